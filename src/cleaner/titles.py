"""Titles: split "Headline – Site Name" into its headline and the site's name."""

from __future__ import annotations

import html
import json
import logging
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import regex

from cleaner.dates import find_dates
from cleaner.rules import Lexicon, Rules
from cleaner.trees import TreeEnsemble

logger = logging.getLogger(__name__)

# A pattern that never matches: a word kind no rules file gives.
_NEVER = regex.compile(r"(?!)")

# Separators sites put between the headline and their own name. A plain hyphen counts only with
# spaces around it, so "Nagorno-Karabakh" is never split. Chinese and Japanese titles use
# full-width bars ("｜", "丨", "│", "－") and an underscore ("标题_江城新闻网") without spaces; the
# underscore only next to a Han or kana letter, so "snake_case" is never split.
_CJK = r"[\p{Han}\p{Hiragana}\p{Katakana}]"
_MARKS = r"(?:[|–—•·»«~/]|-{1,2}|::)"
# Text inside French guillemets is a quotation, never split: French typography spaces them
# ("« Nous aurons perdu … »"), so their spaced marks are no separators
# (fr-entretien-propos-recueillis-text). Marks in a row ("» |") are one separator.
# A spaced colon is French punctuation inside a headline ("Glaciers : « … »",
# "Réforme : le gouvernement recule"): it separates only a last part of at most three words,
# the "Headline : Site" form ("Science : NPR", "Video Games : Target" in wcxb-dev).
_SEPARATOR = regex.compile(
    r"\s*«[^«»]*»(*SKIP)(*FAIL)"
    rf"|\s+{_MARKS}(?:\s+{_MARKS})*\s+"
    r"|\s+:\s+(?=(?:[^\s|–—•·»«~/:\-]\S*\s*){1,3}$)"
    r"|\s*+[｜丨│－]\s*+"
    rf"|(?<={_CJK})\s*+_\s*+(?=\S)|\s*+_\s*+(?={_CJK})",
)
# What a site's name never starts or ends with: a separator mark left over from a split.
_SITE_EDGE = "|–—•·:»«~/-_｜丨│－ \t"
# A site suffix is short: the longest in the seed and the benchmark titles is six words.
_MAX_SITE_WORDS = 6


# Character references a page escaped twice, so that they reach the text still written: JSON-LD
# headlines and publisher names ("Budget Traveler&#8217;s Guide", "Camels &amp; Chocolate": 37
# wcxb-dev pages), now and then og:title ("TFC8&reg;", wcxb-dev 0629). Twice over at most
# ("finally&amp;#8230;", wcxb-dev 0457).
_ESCAPED = re.compile(r"&(?:#\d{2,7}|#[xX][0-9a-fA-F]{2,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Characters that show nothing: a soft hyphen ("Assis\xadtance", wcxb-dev 4554), a zero-width
# space, a byte-order mark, and the bidi embeddings and isolates a page wraps a name in
# ("\u202aGeoffrey Hinton\u202c", wcxb-dev-text 2917's `<title>`). Joiners stay: Indic and
# Persian words need them; so do the left-to-right and right-to-left marks, which order a
# right-to-left title's mixed runs.
_INVISIBLE = str.maketrans(
    "", "", "\xad\u200b\ufeff\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
# UTF-8 read as Latin-1 or Windows-1252: "â\x80\x94" / "â€”" for "—" (wcxb-dev 0666, 4656).
_MOJIBAKE = re.compile(
    "[\u00c2\u00c3\u00e2][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d"
    "\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030"
    "\u2039\u203a\u20ac\u2122]"
)


def clean_source(text: str | None) -> str | None:
    """A title or site name as the page meant it: references unescaped, mojibake undone.

    Whatever a page's markup holds is read as text; these are its writing slips, not its words.
    """
    if not text:
        return text
    for _ in range(2):
        if "&" not in text or not _ESCAPED.search(text):
            break
        text = html.unescape(text)
    if _MOJIBAKE.search(text):
        # The same repair as the decode stage's (ftfy): a source read from JSON-LD escapes or
        # character references never passed through decode as characters. ftfy also mends a
        # title holding mojibake beside real non-Latin-1 characters ("itertools â\x80\x94 ...
        # looping — Python", wcxb-dev 0666), where a whole-string cp1252 round trip fails; on
        # the other 32 mojibake title sources of wcxb-dev and sh-html the two agree. ftfy
        # leaves a lone "â„¢" (™) alone, as "â„" can be real Latin-1 text; a title holding
        # nothing but Windows-1252 characters is taken back whole.
        # Imported here: ftfy costs 35-55 ms to import, and few titles hold mojibake.
        from ftfy import fix_encoding  # noqa: PLC0415

        text = fix_encoding(text)
        if _MOJIBAKE.search(text):
            for codec in ("cp1252", "latin-1"):
                try:
                    text = text.encode(codec).decode("utf-8")
                    break
                except UnicodeError:
                    continue
    return text.translate(_INVISIBLE)


# A title part that is a byline, not the site's name: "What the tide tables don't tell you - by
# Jonah Reyes", as Substack titles its posts (golden en-newsletter-substack-tide-essay-text). A
# "by" word written as a byline writes it (lower case or capitalised, never a site's "De
# Telegraaf"), then one or two capitalised names of up to four words; the page's other evidence
# (og:site_name, the logo line) names the site.
_NAME_WORDS = (
    r"\p{Lu}[\p{L}\p{M}.'’-]*"
    r"(?:\s+(?:(?:de|la|van|von|der|den|da|di|del|du|le|dos|das)\s+){0,2}\p{Lu}[\p{L}\p{M}.'’-]*){0,3}"
)
_BYLINE_PART = regex.compile(
    rf"^(?:by|By|BY|von|Von|par|Par|por|Por|door|Door)\s+{_NAME_WORDS}"
    rf"(?:\s*(?:,|and|&|und|et|y|e|en)\s+{_NAME_WORDS})?$"
)


def is_byline_part(part: str | None) -> bool:
    """Whether a title part is a byline ("by Jonah Reyes") rather than a site's name."""
    return bool(part) and _BYLINE_PART.match(" ".join((part or "").split())) is not None


# A title part that credits the site's software, not the site: "<thread> - <board> - <forum> -
# Powered by Discuz!" (golden zh-luntan-tiezi-louceng-text). It is neither the headline nor the
# site's name, so it goes before the title is split and the part before it is read as usual.
# The credit words are data (`[words.title_credit]` in rules/common.toml: English "Powered
# by", which Discuz!, phpBB and many CMSs print untranslated, and WordPress's French
# "(Fièrement) propulsé par"); the shape is code: the words open the part, a few words of name
# follow, any case.
def _alternation(words: Iterable[str]) -> str:
    """The words as one regex alternation; a space in a phrase stands for any whitespace run."""
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in words)


@cache
def _title_words(kind: str) -> Lexicon:
    """The `[words.<kind>]` words title parts are read with: the same in every language.

    A title is split before its page's language is known to it, so the words are the common
    file's (`Rules.load()` merges common.toml into every language).
    """
    return Rules.load().lexicon(kind)


@cache
def _credit_part() -> regex.Pattern[str]:
    """`title_credit`: a credit part, "Powered by Discuz!" (the words, then 1-4 words of name)."""
    words = _title_words("title_credit").words
    if not words:
        return _NEVER
    return regex.compile(rf"^(?:{_alternation(words)})\s+\S+(?:\s+\S+){{0,3}}$", regex.IGNORECASE)


def is_credit_part(part: str | None) -> bool:
    """Whether a title part credits the site's software ("Powered by Discuz!")."""
    return bool(part) and _credit_part().match(" ".join((part or "").split())) is not None


def _without_credits(title: str, parts: list[str]) -> tuple[str, list[str]]:
    """`title` and its `parts` without the software credit parts at their end."""
    kept = list(parts)
    while len(kept) > 1 and is_credit_part(kept[-1]):
        kept.pop()
    if len(kept) == len(parts):
        return title, parts
    return _join(title, kept), kept


# A shop's SEO wrapper around its name in a title part: "купить в интернет-магазине ТехноДом
# Сибирь по цене 2 490 ₽" (golden ru-tovar-chaynik-otzyvy-text), the Ukrainian "купити в
# інтернет-магазині X за ціною ...". Only the whole "buy in the online shop X" phrase counts
# (an English "Buy ... at X" is as often a headline's own words), and after the name only a
# price or delivery tail ("по цене ...", "с доставкой ...") goes; the name may be quoted. The
# phrases and tails are data (`[words.title_shop]` in rules/common.toml, `words` and `tails`).
@cache
def _shop_part() -> regex.Pattern[str]:
    """`title_shop`: the wrapper phrase, the (maybe quoted) name, then maybe a tail."""
    lex = _title_words("title_shop")
    if not lex.words:
        return _NEVER
    tails = rf"(?:,?\s+(?:{_alternation(lex.tails)})\b.*)?" if lex.tails else ""
    return regex.compile(
        rf"^(?:{_alternation(lex.words)})\s+"
        r"[«\"„“]?(?P<name>[^«»\"„“”]+?)[»\"”“]?"
        rf"{tails}$",
        regex.IGNORECASE,
    )


def shop_site_name(part: str) -> str | None:
    """The shop's name inside an SEO title part "купить в интернет-магазине X по цене ...".

    None when `part` is no such wrapper.
    """
    m = _shop_part().match(" ".join(part.split()))
    return m["name"].strip() if m else None


def split_title(title: str, site_hint: str | None = None) -> tuple[str, str | None]:
    """Return `(headline, site)` from a page title such as "Headline – Site Name".

    With `site_hint` (og:site_name and the like), the part that matches the hint is the site.
    Without it, the last short part after a separator is taken as the site when the rest is
    longer than it. A software credit part at the end ("Powered by Discuz!") is neither.
    """
    title = " ".join(title.split())
    title, parts = _without_credits(title, _SEPARATOR.split(title))
    if len(parts) < 2:
        return title, None
    if site_hint:
        hint = _site_key(site_hint)
        for i in (len(parts) - 1, 0):
            if hint and _site_key(parts[i]) == hint:
                rest = parts[:i] + parts[i + 1 :]
                return _join(title, rest), clean_site_name(parts[i])
        return title, None
    last, first = parts[-1].strip(), parts[0].strip()
    head = _join(title, parts[:-1])
    # A shop's SEO wrapper is long, the name inside it short: the name decides.
    last = shop_site_name(last) or last
    # A question is the headline's own end, never a site's name ("Wärmepumpe taktet ständig
    # im Übergang – was tun?": de-forum-thread-waermepumpe).
    byline = is_byline_part(last)
    if byline or (
        len(last.split()) <= _MAX_SITE_WORDS and len(head) > len(last) and last[-1:] != "?"
    ):
        # a byline ends the headline, however long, but names no site
        return head, None if byline else clean_site_name(last)
    if len(first.split()) <= _MAX_SITE_WORDS and len(_join(title, parts[1:])) > len(first) * 2:
        return _join(title, parts[1:]), clean_site_name(first)
    return title, None


# "Site: Headline": repositories and blog platforms put the site's name first with a colon
# ("Repositório Institucional UFVS: <title>" on DSpace, "<blog name>: <post title>" on Blogger;
# round M goldens pt-repositorio-dissertacao-resumo-html, te-blog-karthika-deepalu-vyakhyalu-html).
# `_SEPARATOR` never splits there (a colon opens headlines: "Review: …"), so the first part is
# split off only where the page names it as its site and writes the rest alone as its headline
# (og:title, an <h1>, an element's whole text): "Figma: The Collaborative Interface Design Tool"
# with og:site_name "Figma" and the same og:title is a homepage's whole title (wcxb-dev 2833).
_COLON_PREFIX = regex.compile(r"^(?P<site>[^:]{1,80}?)\s*:\s+(?P<head>\S.*)$")


def _prefix_split(
    title: str,
    site_names: Sequence[str],
    alone: Sequence[str | None],
    split: tuple[str, str | None],
) -> tuple[str, str | None]:
    """`split` (the title's headline and site so far), or the "Site: Headline" split of `title`.

    Only where no site was split off yet and the page writes the headline `alone` (og:title,
    JSON-LD headline, an `<h1>`, an element's whole text).
    """
    if split[1] is not None:
        return split
    shown = {_norm(x) for x in alone if x}
    for hint in site_names:
        prefixed = _site_prefix(title, hint)
        if prefixed and _norm(prefixed[0]) in shown:
            return prefixed
    return split


def _site_prefix(title: str, site_hint: str) -> tuple[str, str | None] | None:
    """`(headline, site)` of a "Site: Headline" title whose first part is `site_hint`, else None."""
    m = _COLON_PREFIX.match(title)
    hint = _site_key(site_hint)
    if m is None or not hint or _site_key(m["site"]) != hint:
        return None
    return m["head"], clean_site_name(m["site"])


# The `_..._re()` functions compile their pattern on first use: HTML-only or text-only ones,
# or ones few pages reach, so a process that meets no such page does not compile them (the
# first `clean()` of a process pays every module-level compile; docs/metadata.md, "First call").
# A site's name as the title and og:site_name may write it differently: "WRAL" / "WRAL.com",
# "Pest-R-Us Pest Services" / "Pest~R~Us Pest Services" (wcxb-dev 0205, 2111).
@cache
def _domain_end_re() -> regex.Pattern[str]:
    return regex.compile(r"\.(?:com|org|net|edu|gov|info|io|co|[a-z]{2})(?:\.[a-z]{2})?$")


_NOT_ALNUM = regex.compile(r"[\W_]+")


def clean_site_name(name: str | None) -> str | None:
    """`name` without separator marks at its ends ("| Le Journal" gives "Le Journal").

    A shop's SEO wrapper gives the shop's name ("купить в интернет-магазине X по цене ...").
    """
    if name is None:
        return None
    name = (clean_source(name) or "").strip(_SITE_EDGE)
    return (shop_site_name(name) or name).strip(_SITE_EDGE) or None


def _site_key(name: str) -> str:
    """A site name case-free, without a domain ending, spaces or punctuation."""
    return _NOT_ALNUM.sub("", _domain_end_re().sub("", name.casefold().strip()))


def title_parts(title: str) -> list[str]:
    """The parts of a page title between its separators ("A | B – C" gives A, B and C)."""
    return [p.strip() for p in _SEPARATOR.split(" ".join(title.split())) if p.strip()]


def _join(title: str, parts: list[str]) -> str:
    """Rejoin the headline parts with the separators they had in `title`."""
    if not parts:
        return ""
    start = title.find(parts[0])
    end = title.rfind(parts[-1]) + len(parts[-1])
    return title[start:end].strip() if start >= 0 and end > start else " ".join(parts).strip()


# Marks documentation generators and anchors append to headings ("Logging HOWTO¶").
# A "#" counts only with a space before it, so "C#" keeps its sharp.
_HEADING_MARKS = regex.compile(r"^[\s#¶§🔗]+|(?:\s+#|[\s¶§🔗])+$")
# An <h1> that shares fewer words than this with the page's own title is a slogan, a logo or a
# section name rather than the headline (wcxb-dev: with no word shared, the meta title is right
# 69 times against 19; from 0.3 up the <h1> is right twice as often).
_MIN_H1_OVERLAP = 0.3
_WORD = regex.compile(r"\w+")
# Real titles have at most a handful of parts; runs of parts are tried pairwise, so a hostile
# title with hundreds of separators is not split by runs at all.
MAX_TITLE_PARTS = 8
# A text line stands in for the <h1> when it shares at least half its words with the title
# and is heading-sized.
_MIN_LINE_OVERLAP = 0.35
_MIN_LINE_WORDS = 2
# A line this long is a paragraph: the body has begun (wcxb-dev text, every 5th page: the title
# went 0.620 -> 0.660, and 0.649 -> 0.659 on the pages in between; 20 to 50 words all help).
_BODY_LINE_WORDS = 30
_MAX_LINE_WORDS = 25
# A title found at the start of a longer <h1> must be this long to be taken for the headline.
_MIN_LEAD_CHARS = 8


# What runs into a headline at the front of an <h1>: a date (it has a digit) or a label ending
# in a colon or a separator ("Blog:", "News »").
# How a headline goes on past a cut meta title: a space or punctuation, then at most a dozen
# words; and the bylines that end an <h1> run on into the page's header.
@cache
def _headline_goes_on_re() -> regex.Pattern[str]:
    return regex.compile(r"^(?:[?!.]|[,:;]?\s+\p{L}\S*(?:\s+\S+){0,11})$")


@cache
def _byline_re() -> regex.Pattern[str]:
    return regex.compile(
        r"(?i)\b(?:posted|published|updated|written|by\s+\p{Lu}|von|par|por)\b"
        # a source's address and a comment count ("(latimes.com) 87", wcxb-dev 0396)
        r"|\(\S+\.\S+\)|\b\d+\s*$",
    )


# A letter and a lower-case letter: where a title cut short stops inside a word.
_CUT_WORD = regex.compile(r"^\p{L}\p{Ll}$")
_LEAD_IN = regex.compile(r"\d|[:|»>/–—-]$")


_WIDE_SPACE = "\u3000"


def keep_wide_spaces(title: str | None, sources: Sequence[str]) -> str | None:
    """`title` with the ideographic spaces the page wrote in it, where whitespace was collapsed.

    A Japanese or Chinese headline separates its phrases with a full-width space ("開館　利用者
    アンケート"); candidates are compared with whitespace collapsed, which turns it into an
    ASCII space. The page's characters are kept (golden ja-nyusu-toshokan-text).
    """
    if not title or " " not in title:
        return title
    for source in sources:
        if _WIDE_SPACE not in source:
            continue
        words = title.split(" ")
        pattern = r"[^\S\n]+".join(regex.escape(w) for w in words)
        found = regex.search(pattern, source)
        if found is not None:
            return regex.sub(r"[^\S\u3000\n]+", " ", found.group())
    return title


def clean_heading(text: str) -> str:
    """Return a heading's text with whitespace collapsed and anchor marks ("¶", "#") removed.

    An icon font's glyph is a private-use character: no script writes it ("Ansible
    playbooks\uf0c1", the anchor link Sphinx's theme draws after wcxb-dev 0687's `<h1>`).
    """
    if _PRIVATE_USE.search(text):
        text = _PRIVATE_USE.sub(" ", text)
    return _HEADING_MARKS.sub("", " ".join(text.split()))


_PRIVATE_USE = regex.compile(r"\p{Co}")


def _norm(text: str | None) -> str:
    return " ".join((text or "").split()).casefold()


def _overlap(a: str, b: str) -> float:
    """Jaccard overlap of the word sets of `a` and `b`."""
    wa, wb = set(_WORD.findall(a.casefold())), set(_WORD.findall(b.casefold()))
    return len(wa & wb) / len(wa | wb) if wa and wb else 0.0


def _split_with_hints(title: str, site_names: Sequence[str]) -> tuple[str, str | None]:
    """Split `title` with the first site name that matches one end, else by its shape."""
    for hint in site_names:
        head, site = split_title(title, hint)
        if site:
            return head, site
    return split_title(title)


def _split_with_known_site(title: str, site_names: Sequence[str]) -> tuple[str, str | None]:
    """Split `title` only where one of `site_names` ends (or opens) it; else keep it whole."""
    for hint in site_names:
        head, site = split_title(title, hint)
        if site and head:
            return head, site
    return " ".join(title.split()), None


def _split_by_lines(
    title: str, lines: Sequence[str], site_names: Sequence[str]
) -> tuple[str, str | None] | None:
    """Split `title` where a later line of the page repeats a run of its parts as the headline.

    The longest run shown wins: a logo or a section name is shorter than the headline.
    """
    title = " ".join(title.split())
    title, parts = _without_credits(title, _SEPARATOR.split(title))
    if not 2 <= len(parts) <= MAX_TITLE_PARTS:
        return None
    names = {_norm(n) for n in site_names}
    # Where each line first appears, and the line as the page shows it (its capitals may
    # differ from the <title>'s).
    shown: dict[str, tuple[int, str]] = {}
    for index, line in enumerate(lines):
        key = _norm(line)
        if key and key not in names and key not in shown:
            shown[key] = (index, " ".join(line.split()))
    best: tuple[int, str, str | None] | None = None
    for i in range(len(parts)):
        for j in range(len(parts), i, -1):
            if (i, j) == (0, len(parts)):
                continue
            head = _join(title, parts[i:j])
            found = shown.get(_norm(head))
            # The site is the outermost part on the other side ("Site - Section - Head").
            site = (parts[-1] if j < len(parts) else parts[0]).strip()
            # Sites sit at the end of titles: the last part alone, shown on the page, is the
            # logo unless it is longer than the first part (wcxb-dev 1435 "... | Generation
            # Tux"; it-vecchio-cms-br-redazione "Comune di Valdora - Notizie - <headline>").
            logo = i == len(parts) - 1 and len(head) <= len(site)
            if found and not logo and (best is None or len(head) > best[0]):
                best = (
                    len(head),
                    found[1],
                    None if is_byline_part(site) else clean_site_name(site),
                )
    return (best[1], best[2]) if best else None


def _split_by_h1(title: str, h1s: Sequence[str], names: set[str]) -> tuple[str, str | None] | None:
    """Split `title` where an `<h1>` is one of its parts: that part is the headline.

    "News" in "News | National Student Support Accelerator", "systemd" in "systemd - ArchWiki"
    are the headline even where the site calls that part its name elsewhere (wcxb-dev 0082,
    2879). A logo `<h1>` is the site's part: the last one, or one the page names as its site;
    another `<h1>` that is a part wins over it (wcxb-dev 0288, 0499).
    """
    parts = title_parts(title)
    last = _norm(parts[-1]) if parts else ""
    found = [
        split
        for h1 in h1s
        if _norm(h1) not in names and (split := _split_by_lines(title, [h1], ()))
    ]
    return next((f for f in found if _norm(f[0]) != last), found[0]) if found else None


def _like_title(head: str, lines: Sequence[str]) -> list[str]:
    """The heading-like line that shares the most words with `head` (at least half), if any.

    Only lines before the first paragraph count: the headline opens the article, and the
    subheadings inside its body share words with the title too ("Questions About the Best
    Tax Software" under "Best Tax Preparation Software").
    """
    best, best_overlap = "", _MIN_LINE_OVERLAP
    for line in lines:
        words = len(line.split())
        if words > _BODY_LINE_WORDS:
            break
        if _MIN_LINE_WORDS <= words <= _MAX_LINE_WORDS and not line.rstrip().endswith("."):
            overlap = _overlap(line, head)
            if overlap > best_overlap:
                best, best_overlap = line, overlap
    return [best] if best else []


def _h1_around_title(h1: str, known: set[str]) -> str | None:
    """The headline in an `<h1>` that holds one of the page's titles with more text around it.

    An `<h1>` that runs a title on into more text ("Headline Posted on July 1, 2024 by admin",
    "Black EditionComplete protein meal") holds the headline as its start, unless the rest
    goes on with the headline's own words: meta titles are often cut short of the `<h1>`
    ("... in the Bay Area" / ": Room-by-Room Breakdown", wcxb-dev 0183, 4070). A rest glued
    on, or one with a date or a byline, is no headline. One that a date or a section label
    runs into ("Dec 18 2025 Headline", "Blog: Headline") holds it as its end (wcxb-dev 0450,
    3036); the part before must be such a date or label, not a word of the headline ("The",
    "Free": wcxb-dev 4601, 0028).
    """
    text = " ".join(h1.split())
    lead = max((k for k in known if _norm(h1).startswith(k)), key=len, default="")
    if len(lead) >= _MIN_LEAD_CHARS:
        rest = text[len(lead) :]
        if (
            _headline_goes_on_re().match(rest)
            and not find_dates(rest)
            and not _byline_re().search(rest)
        ):
            return text
        if _CUT_WORD.match(text[len(lead) - 1 : len(lead) + 1]):
            # The meta title was cut inside a word ("... laptop, and k | Shop" over the
            # <h1>'s "... laptop, and keyboard (checklist)", wcxb-dev 4524): the <h1> is whole.
            return text
        return text[: len(lead)].strip()
    tail = max((k for k in known if _norm(h1).endswith(" " + k)), key=len, default="")
    lead_in = text[: len(text) - len(tail)].strip()
    if len(tail) >= _MIN_LEAD_CHARS and _LEAD_IN.search(lead_in):
        return text[len(text) - len(tail) :].strip()
    return None


def _written_twin(h1: str, metas: Sequence[str]) -> str | None:
    """The meta title that writes an `<h1>`'s very words better, if one does.

    An `<h1>` built of several elements loses the spaces and separators between them:
    "RemoteFull Stack Programming Jobs" for "Remote Full-Stack Programming Jobs", "Info
    Ultimate Graphics Card Guide" for "Info - Ultimate Graphics Card Guide" (wcxb-dev 4354,
    4311, 0029: the truth writes the meta title's way). Only such twins: the same letters and
    digits, the `<h1>` with fewer words or with a space where the meta title has a separator.
    Quotes and dashes that merely differ stay the `<h1>`'s (the truth took the `<h1>`'s 20
    times, the meta title's 13).
    """
    key = _ALNUM.sub("", h1.casefold())
    for meta in metas:
        if not meta or _norm(meta) == _norm(h1) or _ALNUM.sub("", meta.casefold()) != key:
            continue
        glued = len(_WORD.findall(h1)) < len(_WORD.findall(meta))
        unseparated = _norm(" ".join(_SEPARATOR.split(meta))) == _norm(h1)
        if glued or unseparated:
            return " ".join(meta.split())
    return None


_ALNUM = regex.compile(r"[\W_]+")
_YEAR_IN = regex.compile(r"\b(?:19|20)\d\d\b")


def choose_title(  # noqa: PLR0913 - each source a page offers is its own keyword
    *,
    h1s: Sequence[str],
    og_title: str | None,
    ld_headline: str | None,
    title_tag: str | None,
    site_names: Sequence[str],
    lines: Sequence[str] = (),
) -> tuple[str | None, str | None]:
    """Return `(headline, site suffix)` chosen from the sources a page offers.

    An `<h1>` that repeats one of the page's own titles (og:title, JSON-LD headline, `<title>`,
    with or without the site part) wins. Otherwise the first `<h1>` wins when it shares enough
    words with the title; a slogan or logo `<h1>` loses to the title with its site part split off.
    An `<h1>` whose elements ran together is written as the meta title writes the same words.

    Args:
        h1s: Texts of the page's `<h1>` elements, in page order.
        og_title: The og:title (or twitter:title) value.
        ld_headline: The JSON-LD `headline` of the article.
        title_tag: The `<title>`, or the first line of a text scrape.
        site_names: Names the page gives its site (og:site_name, JSON-LD publisher), best first.
        lines: Texts the page shows on their own (later lines of a text scrape, whole element
            texts of an HTML page), where the headline often appears without the site part.
    """
    h1s = [clean_source(h) or "" for h in h1s]
    og_title, ld_headline = clean_source(og_title), clean_source(ld_headline)
    title_tag = clean_source(title_tag)
    site_names = [n for n in (clean_source(n) for n in site_names) if n]
    title, site = _choose_title(
        h1s=h1s,
        og_title=og_title,
        ld_headline=ld_headline,
        title_tag=title_tag,
        site_names=site_names,
        lines=lines,
    )
    if title and any(_norm(h) == _norm(title) for h in h1s):
        sources = [t for t in (og_title, title_tag) if t]
        metas = [*sources, *(_split_with_hints(t, site_names)[0] for t in sources)]
        title = _written_twin(title, metas) or title
    return (_without_kicker(title) if title else title), site


# A press release's kind printed before its headline with a colon: "Pressemitteilung: …",
# "Press release: …", "Kominike: …" (round N golden ht-kominike-meri-netwayaj-kanal-text, whose
# <h1> and title line both carry it). The gold's title is the headline without such a kicker
# (fixtures/README.md); no title of wcxb-dev's truth starts with one of these words.
_KICKER = regex.compile(
    r"(?i)^(?:press\s+release|news\s+release|media\s+release|press\s+statement"
    r"|pressemitteilung|pressemeldung|presseinformation|medienmitteilung"
    r"|communiqué(?:\s+de\s+presse)?|comunicado(?:\s+de\s+(?:prensa|imprensa))?|nota\s+de\s+prensa"
    r"|comunicato(?:\s+stampa)?|persbericht|komunikat(?:\s+prasowy)?|pressmeddelande"
    r"|pressemelding|pressemeddelelse|lehdistötiedote|tiedote|tisková\s+zpráva"
    r"|tlačová\s+správa|comunicat(?:\s+de\s+presă)?|sajtóközlemény|basın\s+(?:bülteni|açıklaması)"
    r"|пресс-релиз|прес-реліз|kominike(?:\s+pou\s+laprès)?)\s*:\s+(?P<head>\S.*)$"
)
# The words a headline keeps after its kicker at least: "Communiqué : Résultats" stays whole.
_MIN_KICKED_WORDS = 4


# A book shop's catalogue title: "Title: Subtitle: Clear, James: 9780735211292: Amazon.com:
# Books" (wcxb-dev 0613, HTML and text): the parts from the ISBN on are the shop's record, and
# the part before it, written "Surname, Given", the author. No other wcxb-dev, sh or golden
# title holds a part of ten or thirteen ISBN digits.
_ISBN_PART = re.compile(r"(?:97[89][- ]?)?(?:\d[- ]?){9}[\dXx]")
_SURNAME_FIRST = regex.compile(r"\p{Lu}[\p{L}'.-]*(?: \p{L}[\p{L}'.-]*){0,2}, \p{L}[\p{L}'. -]*")


def _is_isbn(text: str) -> bool:
    """Whether `text` is an ISBN-10 or ISBN-13 whose check digit holds (a phone number's rarely)."""
    if not _ISBN_PART.fullmatch(text):
        return False
    digits = [10 if c in "Xx" else int(c) for c in text if c.isdigit() or c in "Xx"]
    if len(digits) == 13:
        weighted = sum(d * (3 if i % 2 else 1) for i, d in enumerate(digits))
        return digits[-1] != 10 and weighted % 10 == 0
    return len(digits) == 10 and sum(d * (10 - i) for i, d in enumerate(digits)) % 11 == 0


def without_catalogue_tail(title: str | None) -> str | None:
    """`title` without a catalogue's tail: the parts from an ISBN on, and an author before it.

    "Atomic Habits: An Easy & Proven Way ...: Clear, James: 9780735211292: Amazon.com: Books"
    -> "Atomic Habits: An Easy & Proven Way ..."; a title with no colon part that is an ISBN
    comes back as it is.
    """
    if not title or ": " not in title:
        return title
    parts = title.split(": ")
    for k in range(1, len(parts)):
        if _is_isbn(parts[k].strip()):
            end = k - 1 if k >= 2 and _SURNAME_FIRST.fullmatch(parts[k - 1].strip()) else k
            return ": ".join(parts[:end])
    return title


def _without_kicker(title: str) -> str:
    """`title` without a press release's kicker ("Pressemitteilung: ") before its headline."""
    m = _KICKER.match(title)
    if m is None or len(m["head"].split()) < _MIN_KICKED_WORDS:
        return title
    return m["head"]


def _choose_title(  # noqa: PLR0913 - each source a page offers is its own keyword
    *,
    h1s: Sequence[str],
    og_title: str | None,
    ld_headline: str | None,
    title_tag: str | None,
    site_names: Sequence[str],
    lines: Sequence[str] = (),
) -> tuple[str | None, str | None]:
    """`choose_title` before an `<h1>` that ran together is written as the meta title."""
    site: str | None = None
    tag_head = ""
    if title_tag:
        by_lines = _split_by_shown(title_tag, lines, site_names, h1s) if lines else None
        tag_head, site = by_lines or _split_with_hints(title_tag, site_names)
        tag_head, site = _prefix_split(
            title_tag, site_names, (og_title, ld_headline, *h1s, *lines), (tag_head, site)
        )
        if lines and not by_lines and not h1s:
            # A text scrape has no <h1> markup: the line most like the title stands for it.
            h1s = _like_title(tag_head, lines)
    og_head = _split_with_hints(og_title, site_names)[0] if og_title else ""
    meta_head = og_head or tag_head or ld_headline or ""
    known = {_norm(x) for x in (og_title, og_head, title_tag, tag_head, ld_headline) if x}
    names = {_norm(n) for n in site_names}
    by_h1 = _split_by_h1(title_tag, h1s, names) if title_tag else None
    if by_h1:
        return by_h1
    for h1 in h1s:
        if _norm(h1) in known and _norm(h1) not in names:
            # The page prints its whole <title> as the <h1>, site suffix and all ("... –
            # Artlyst" with og:site_name "Artlyst", wcxb-dev 0408): the site part goes; with no
            # site name known, a short last part goes ("... - ProMatcher Cost Report", "... |
            # Opinion": wcxb-dev +6, -2). A short first part stays: in an <h1> it is as often
            # the brand of a product ("the DJ - Pour Over Electric Kettle").
            head, h1_site = _split_with_known_site(h1, site_names)
            if h1_site is None:
                cut, last = split_title(h1)
                # A dated last part is the headline's own ("... under $50 - March 2026").
                if last and " ".join(h1.split()).endswith(last) and not _YEAR_IN.search(last):
                    head, h1_site = cut, last
            return head, site or h1_site
    around = _h1_around_title(h1s[0], known) if h1s else None
    if around:
        return around, site
    headline = next((h for h in h1s if _norm(h) not in names), "")
    if headline and (
        not meta_head
        or _overlap(headline, meta_head) >= _MIN_H1_OVERLAP
        # "Calcio" under "Calcio: ultime notizie, risultati e classifiche": a section page's
        # <h1> is the start of its own title (it-categoria-sport-lista).
        or _norm(meta_head).startswith(_norm(headline) + ":")
    ):
        return headline, site
    # With no <h1> at all, an og:title's tagline goes (`_without_tagline`).
    tagless = _without_tagline(og_head) if og_head and not h1s else ""
    return (tagless or meta_head or headline or None), site


def _split_by_shown(
    title: str, lines: Sequence[str], site_names: Sequence[str], h1s: Sequence[str]
) -> tuple[str, str | None] | None:
    """`_split_by_lines`, unless the part it splits off as the site opens the first `<h1>`.

    That part is the headline's short form, and the other shown part the site ("Paginação -
    Documentação da API Ponte" over the `<h1>` "Paginação com cursores", both parts shown in a
    docs theme's header: golden pt-documentacao-api-paginacao-mkdocs-html).
    """
    split = _split_by_lines(title, lines, site_names)
    if split and split[1] and h1s and _opens(h1s[0], split[1]):
        rest = [line for line in lines if _norm(line) != _norm(split[0])]
        return _split_by_lines(title, rest, site_names) or split
    return split


def _opens(text: str, start: str) -> bool:
    """Whether `text` opens with the whole words of `start` and goes on (case and spaces free)."""
    key, head = _norm(text), _norm(start)
    return bool(head) and key.startswith(head + " ")


def _without_tagline(og_head: str) -> str:
    """The first part of an og:title that still has parts once the site is cut, else all of it.

    With no `<h1>` to say where the headline ends, short parts after it are a tagline or a
    section ("Cloudflare CDN | Content Delivery Network", "Build your first app | Get started":
    wcxb-dev +3, -1). A question stays the headline's own end ("... – was tun?",
    de-forum-thread-waermepumpe). Text scrapes have no og:title (there the cut lost 3).
    """
    parts = title_parts(og_head)
    if 2 <= len(parts) <= 3 and all(
        len(p.split()) <= _MAX_SITE_WORDS and not p.endswith("?") for p in parts[1:]
    ):
        return parts[0]
    return og_head


# -- learned choice for text scrapes ------------------------------------------------------------

# A text scrape has no markup to say which line is the headline: the `<title>` line, a run of its
# parts and the heading-like lines that share its words are candidates, and a linear model learned
# from wcxb-dev-text (bench/train_titles.py, ships as models/titles.json) scores them. Lines are
# candidates only before the body starts, only if they share this much with the title (Jaccard),
# and only the few that share the most.
_CANDIDATE_LINE_OVERLAP = 0.2
_CANDIDATE_LINES = 3
# A first line this long is no `<title>`: the rules' pick stands and the candidates are not
# built (a 5 MB one-line scrape took 10 s in them: tests/test_hostile.py).
_MAX_MODEL_TITLE_CHARS = 500
_MODEL_PATH = Path(__file__).with_name("models") / "titles.json"
# The stdlib engine finds words several times faster than `regex` on short lines.
_FAST_WORD = re.compile(r"\w+")
# Two sentences in a row ("It rained. The river rose."): a line of prose, never a headline.
_SENTENCES = regex.compile(r"[.!?]\s+\p{Lu}.*\.$")
_CURLY = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})


@dataclass(slots=True)
class _Candidate:
    """One title candidate and what is known about where it comes from."""

    text: str
    sources: set[str] = field(default_factory=set)
    run_head: float = 0.0
    run_tail: float = 0.0
    run_mid: float = 0.0
    dropped_site: float = 0.0
    dropped_words: float = 10.0


def _candidate_lines(title: str, lines: Sequence[str]) -> list[str]:
    """The heading-like lines before the body that share the most words with `title`."""
    scored: list[tuple[float, int, str]] = []
    # `_overlap` by hand, the title's words split once: a scrape has hundreds of lines.
    title_words = set(_FAST_WORD.findall(title.casefold()))
    for index, line in enumerate(lines):
        split = line.split()
        if len(split) > _BODY_LINE_WORDS:
            break
        if not 1 <= len(split) <= _MAX_LINE_WORDS or _SENTENCES.search(line):
            continue
        line_words = set(_FAST_WORD.findall(line.casefold()))
        if line_words & title_words:
            overlap = len(line_words & title_words) / len(line_words | title_words)
            if overlap > _CANDIDATE_LINE_OVERLAP:
                scored.append((-overlap, index, " ".join(split)))
    return [line for _, _, line in sorted(scored)[:_CANDIDATE_LINES]]


# Lines the first body-sized line hides from `_candidate_lines`: a scrape often prints the
# `<title>` first and the page's `<h1>`, worded apart, further down, under menus, a cookie notice
# or a disclosure paragraph (wcxb-dev-text: 88 titles shown on a line that was no candidate).
# Such a line is a candidate when it stands over the story's byline or dateline ("head"), or,
# past the first paragraph, when it shares most of the title's words ("late").
_LATE_LINE_OVERLAP = 0.5
_LATE_SCAN_LINES = 300
_HEAD_LINE_WORDS = (2, 20)


def _late_lines(title: str, lines: Sequence[str]) -> list[tuple[str, str]]:
    """Lines past `_candidate_lines`' reach that may be the headline, each with its source name.

    The first heading-like line over a byline or dateline ("head"), the first line past the
    body's start that shares most of `title`'s words ("late"), the longest short line whose
    words run inside the title's ("sub") and the last step of a breadcrumb trail ("crumb").
    """
    scan = lines[:_LATE_SCAN_LINES]
    out = [("head", line) for line in [_line_over_byline(scan)] if line]
    out += [("late", line) for line in [_late_title_line(title, scan)] if line]
    out += [("sub", line) for line in [_title_word_run(title, scan)] if line]
    return out + [("crumb", line) for line in [_crumb_step(scan)] if line]


# A category or shop page's heading is often a few words of its `<title>`: "Electric Guitars"
# under "Buy Electric Guitars at Thomann – Thomann UK", "Science" under "Science News: ... | AP
# News" (wcxb-dev-text: 25 collection, listing and docs titles shown on a line no candidate held).
_SUB_LINE_WORDS = 6


def _title_word_run(title: str, lines: Sequence[str]) -> str | None:
    """The longest short line whose words run unbroken inside `title`'s (not all of them)."""
    title_words = _FAST_WORD.findall(title.casefold())
    padded = f" {' '.join(title_words)} "
    best, best_words = None, 0
    for line in lines:
        split = line.split()
        if not 1 <= len(split) <= _SUB_LINE_WORDS or line.rstrip().endswith((".", ":", ",")):
            continue
        words = _FAST_WORD.findall(line.casefold())
        if best_words < len(words) < len(title_words) and f" {' '.join(words)} " in padded:
            best, best_words = " ".join(split), len(words)
    return best


# A breadcrumb trail the page prints as one line, from its home to the page itself: "Home -
# Library - Blog - How Machine Learning ...", "Home>Blog>Big Data Analytics in Retail: ...",
# "Home » Archive » Financial Literacy » Do Millennials ...?" (wcxb-dev-text); its last step
# names the page. The trail opens with the home page's name, in the languages the seed has.
_HOME_WORDS = (
    r"home|home\s*page|start|startseite|accueil|inicio|início|strona\s+główna|главная"
    r"|domů|etusivu|hjem|hem|forside|kezdőlap|ana\s+sayfa"
)


@cache
def _trail_re() -> regex.Pattern[str]:
    return regex.compile(rf"(?i)^(?:{_HOME_WORDS})\s*(?:[>»›/|]|-{{1,2}}|::)\s*(?=\S)")


# The home page's name alone: no trail's last step, no page's title ("Home - The GitHub Blog"
# is the blog's front page, wcxb-dev 2902).
_HOME = regex.compile(rf"(?i)^(?:{_HOME_WORDS})$")


@cache
def _trail_step_re() -> regex.Pattern[str]:
    return regex.compile(r"\s*(?:[>»›|]|::)\s*|\s+[-/]\s+|(?<=\p{Ll})/(?=\p{L})")


# A trail is a short line: a longer one is a menu or prose that opens with "Home".
_CRUMB_CHARS = 300


def _crumb_step(lines: Sequence[str]) -> str | None:
    """The last step of the first breadcrumb trail printed on a line of its own, if any."""
    for line in lines:
        if len(line) <= _CRUMB_CHARS and _trail_re().match(line):
            step = _trail_step_re().split(" ".join(line.split()))[-1].strip()
            # a trail that stops at the home page names no page
            if step and not _HOME.match(step):
                return step
    return None


def _line_over_byline(lines: Sequence[str]) -> str | None:
    """The first heading-like line that a byline or a dateline follows within a few lines."""
    # Each line is read for a byline or dateline once, though three headings may look below it.
    marks = [False] * (len(lines) + _HEAD_REACH)
    for index, line in enumerate(lines):
        marks[index] = _is_byline_or_dateline(line)
    for index, line in enumerate(lines):
        if (
            any(marks[index + 1 : index + 1 + _HEAD_REACH])
            and not marks[index]
            and _HEAD_LINE_WORDS[0] <= len(split := line.split()) <= _HEAD_LINE_WORDS[1]
            and not line.rstrip().endswith((".", ":", ","))
            and not _SENTENCES.search(line)
        ):
            return " ".join(split)
    return None


def _late_title_line(title: str, lines: Sequence[str]) -> str | None:
    """The first line after the first body-sized one that shares most of `title`'s words."""
    title_words = set(_FAST_WORD.findall(title.casefold()))
    body = False
    for line in lines:
        # A line shorter than this has too few words to be the body's first paragraph.
        if not body and len(line) < 2 * _BODY_LINE_WORDS:
            continue
        split = line.split()
        if len(split) > _BODY_LINE_WORDS:
            body = True
        elif body and len(split) <= _MAX_LINE_WORDS:
            line_words = set(_FAST_WORD.findall(line.casefold()))
            union = line_words | title_words
            if (
                union
                and len(line_words & title_words) / len(union) >= _LATE_LINE_OVERLAP
                and not _SENTENCES.search(line)
            ):
                return " ".join(split)
    return None


def _add_candidate(
    found: dict[str, _Candidate], text: str | None, source: str
) -> _Candidate | None:
    """Add `text` (whitespace collapsed) from `source` to the candidates; None if it is empty."""
    text = " ".join((text or "").split())
    if not text:
        return None
    cand = found.setdefault(text, _Candidate(text))
    cand.sources.add(source)
    return cand


def _add_runs(found: dict[str, _Candidate], text: str, source: str, sites: set[str]) -> None:
    """Add every run of `text`'s parts but the whole, with what the run leaves out."""
    parts = _SEPARATOR.split(text)
    if not 2 <= len(parts) <= MAX_TITLE_PARTS:
        return
    for i in range(len(parts)):
        for j in range(i + 1, len(parts) + 1):
            cand = (
                None
                if (i, j) == (0, len(parts))
                else _add_candidate(found, _join(text, parts[i:j]), source)
            )
            if cand is None:
                continue
            dropped = parts[:i] + parts[j:]
            cand.run_head = max(cand.run_head, float(i == 0))
            cand.run_tail = max(cand.run_tail, float(j == len(parts)))
            cand.run_mid = max(cand.run_mid, float(i > 0 and j < len(parts)))
            cand.dropped_site = max(
                cand.dropped_site, float(any(_norm(p) in sites for p in dropped))
            )
            cand.dropped_words = min(cand.dropped_words, sum(len(p.split()) for p in dropped))


def text_title_candidates(
    title_line: str,
    lines: Sequence[str],
    site_names: Sequence[str],
    rule_title: str | None,
    gaps: Sequence[tuple[bool, bool]] = (),
) -> list[tuple[str, dict[str, float]]]:
    """The title candidates of a text scrape, each with the features the title model scores.

    Args:
        title_line: The scrape's first line (the page's `<title>`).
        lines: The lines after it, in order.
        site_names: Names the page is known to give its site.
        rule_title: The title `choose_title` picks by its rules (a candidate and a feature).
        gaps: For each of `lines`, whether a blank line stands before it and after it in the
            scrape (empty when unknown).
    """
    title = " ".join(title_line.translate(_INVISIBLE).split())
    found: dict[str, _Candidate] = {}
    _add_candidate(found, rule_title, "rule")
    _add_candidate(found, title, "title")
    sites = {_norm(s) for s in site_names}
    shown = _candidate_lines(title, lines)
    for run_source, text in [("title_run", title)] + [("line_run", line) for line in shown[:1]]:
        _add_runs(found, text, run_source, sites)
    for index, line in enumerate(shown):
        _add_candidate(found, line, "line_first" if index == 0 else "line")
    late = _late_lines(title, lines)
    for source, line in late:
        _add_candidate(found, line, source)
    first_line = shown[0] if shown else ""
    heads = _header_lines(lines, {_norm(c) for c in found})
    pooled = _pooled_sources(found)
    page = _text_page_kind(lines, any(source == "head" for source, _ in late))
    apart = _apart_lines(lines, gaps, set(found))
    return [
        (c.text, _features(c, title, first_line, sites, pooled, heads, page) | apart(c.text))
        for c in found.values()
    ]


# A scrape prints the page's `<h1>` as a paragraph of its own, a blank line over and under it,
# where a menu's, a list's or a card's lines stand one under the other (wcxb-dev-text: 867 of the
# 1078 titles shown on a line stand apart, against a quarter of a median page's first lines).
# Held out on wcxb-dev-text (session 13): 0.733 -> 0.739 (5-fold x 2), 0.743 -> 0.747 (even ids
# fitted, odd scored), 0.715 -> 0.725 (the other way); the share of a page's first lines that
# stand apart, as a third feature, did no better (0.736).


def _apart_lines(
    lines: Sequence[str], gaps: Sequence[tuple[bool, bool]], keys: set[str]
) -> Callable[[str], dict[str, float]]:
    """The gap features of a candidate: does the first line that shows it stand apart or not."""
    firsts: dict[str, tuple[bool, bool]] = {}
    if gaps:
        for line, gap in zip(lines[:_LATE_SCAN_LINES], gaps, strict=False):
            key = " ".join(line.split())
            if key in keys and key not in firsts:
                firsts[key] = gap

    def features(text: str) -> dict[str, float]:
        gap = firsts.get(text)
        return {
            "apart": float(gap is not None and all(gap)),
            "tight": float(gap is not None and not all(gap)),
        }

    return features


# A price on a line of its own or opening one ("$110", "€ 24,99", "129,00 €"): a shop's scrape.
@cache
def _price_line_re() -> re.Pattern[str]:
    return re.compile(r"^\s*(?:[$€£¥]\s?\d[\d.,]*|\d[\d.,]*\s?(?:[$€£¥]|EUR|USD|Kč|zł|kr))\b")


_SHOP_PRICES = 2


def _text_page_kind(lines: Sequence[str], has_head: bool) -> tuple[float, float]:
    """What a scrape looks like: a story (a headline over a byline or dateline), a shop (prices).

    HTML pages say it in their markup (`page_kind`); the truth takes a story's `<h1>` and a
    shop's meta title more often, as on HTML pages.
    """
    prices = sum(1 for line in lines[:_LATE_SCAN_LINES] if _price_line_re().match(line))
    return float(has_head), float(prices >= _SHOP_PRICES)


def _pooled_sources(found: dict[str, _Candidate]) -> dict[str, set[str]]:
    """Each candidate's sources under its normalised text.

    Candidates that differ only in case are one candidate to the scorer: their sources pool.
    """
    pooled: dict[str, set[str]] = {}
    for cand in found.values():
        pooled.setdefault(_norm(cand.text), set()).update(cand.sources)
    return pooled


# What follows a headline in a scrape: its byline or its dateline ("By Jane Doe", "Kelia Losa
# Reinoso" / "August 25, 2025", "by Jason Rostar | SEO | 8 min Read"), within a few short lines.
_HEAD_REACH = 3
_HEAD_LINE_CHARS = 80
# A cheap test before the date parser: only a line with two digits in a row (a year, a two-digit
# day) is parsed for a dateline; most short lines under a headline have none.
_TWO_DIGITS = re.compile(r"\d\d")
# A breadcrumb trail that ends with the headline ("Main > Blog > Top 10 ...").
_CRUMB = regex.compile(r"\s(?:[>»›/]|::)\s")


# The byline's intros ("By", "Written by", "Von", "Autorin:") are data: `[words.title_byline]`
# in rules/common.toml, read in every language like the title parts' words; the shape is code:
# the intro opens the line, any case, and a word follows.
@cache
def _byline_start() -> tuple[frozenset[str], regex.Pattern[str]]:
    """`title_byline`: the intros' first words, and the pattern of a line they open.

    The first words (casefolded) are a set lookup that spares most lines the pattern.
    """
    words = _title_words("title_byline").words
    if not words:
        return frozenset(), _NEVER
    firsts = frozenset(w.split()[0] for w in words)
    return firsts, regex.compile(rf"(?i)^(?:{_alternation(words)})\s+\S")


def is_head_byline(line: str) -> bool:
    """Whether `line` opens with a byline's intro, then a word ("By Jane Doe", "Autorin: X").

    Under a headline in a text scrape it marks the headline (`_over_byline`).
    """
    firsts, pattern = _byline_start()
    first = line.split(None, 1)
    return bool(first) and first[0].casefold() in firsts and pattern.match(line.strip()) is not None


def _is_byline_or_dateline(line: str) -> bool:
    """Whether `line` is a short byline ("By Jane Doe") or holds a date ("August 25, 2025")."""
    if len(line) > _HEAD_LINE_CHARS:
        return False
    if is_head_byline(line):
        return True
    return bool(_TWO_DIGITS.search(line) and find_dates(line))


def _over_byline(lines: Sequence[str], index: int) -> bool:
    """Whether a byline or a dateline stands within a few short lines under `lines[index]`."""
    return any(_is_byline_or_dateline(near) for near in lines[index + 1 : index + 1 + _HEAD_REACH])


def _header_lines(lines: Sequence[str], keys: set[str]) -> dict[str, tuple[float, float]]:
    """For each candidate shown as a line: is a byline or dateline under it, a breadcrumb on it.

    The `<h1>` of the page is the line the story's byline or date follows, and the last step of
    its breadcrumb trail (wcxb-dev-text: the truth takes the `<h1>` where a scrape shows both).
    """
    out: dict[str, tuple[float, float]] = {}
    crumbs: list[str] = []
    for index, line in enumerate(lines):
        words = line.split()
        if len(words) > _BODY_LINE_WORDS:
            # The headline stands above the story's first paragraph (as in `_candidate_lines`).
            break
        key = " ".join(words).casefold()
        if len(words) > 2 and _CRUMB.search(key):
            crumbs.append(key)
        if key not in keys or key in out:
            continue
        below = float(_over_byline(lines, index))
        crumb = float(any(c != key and c.endswith(key) for c in crumbs))
        out[key] = (below, crumb)
    return out


def _features(  # noqa: PLR0913, PLR0917 - what the candidate is read against
    cand: _Candidate,
    title: str,
    first_line: str,
    sites: set[str],
    pooled: dict[str, set[str]],
    heads: dict[str, tuple[float, float]],
    page: tuple[float, float] = (0.0, 0.0),
) -> dict[str, float]:
    """The features of one candidate (names as models/titles.json lists them)."""
    text, key = cand.text, _norm(cand.text)
    sources = pooled[key]
    kinds = {s.split("_")[0] for s in sources} - {"rule", *_LINE_SOURCES}
    from_line = float("line" in kinds or bool(sources & _LINE_SOURCES))
    from_title = float("title" in kinds)
    line_key = _norm(first_line)
    straight = key.translate(_CURLY)
    line_vs_title = _overlap(first_line, title) if first_line else 0.0
    head = heads.get(key, (0.0, 0.0))
    x = {f"src_{s}": float(s in sources) for s in _SOURCES}
    x.update(
        agree=float(len(kinds)),
        **_shape_features(cand, key, sites),
        overlap_line=_overlap(text, first_line) if first_line else 0.0,
        overlap_title=_overlap(text, title),
        no_line=float(not first_line),
        curly=float(text != text.translate(_CURLY)),
        has_separator=float(bool(_SEPARATOR.search(text))),
        in_title=float(key in _norm(title)),
        title_parts=min(len(_SEPARATOR.split(title)), 5) / 5,
        agree2=float(len(kinds) >= 2),
        line_in_cand=float(bool(line_key) and line_key in key and line_key != key),
        cand_in_line=float(bool(line_key) and key in line_key and line_key != key),
        line_is_title=float(bool(line_key) and line_key == _norm(title)),
        line_like_title=float(line_vs_title >= 0.5),
        line_one_word=float(bool(first_line) and len(first_line.split()) == 1),
        line_x_overlap=float("line_first" in sources) * line_vs_title,
        straight_twin=float(straight != key and straight in pooled),
        # A headline the scrape prints in capitals (its CSS's doing) and a number the other
        # wording drops, as on HTML pages (session 13, wcxb-dev-text held out: 0.739 -> 0.740,
        # even -> odd 0.752 -> 0.756, odd -> even 0.725 -> 0.730).
        upper=float(_shouting(text)),
        has_digit=float(any(c.isdigit() for c in text)),
        over_byline=head[0],
        story_line=page[0] * from_line,
        story_title=page[0] * from_title,
        shop_line=page[1] * from_line,
        shop_title=page[1] * from_title,
        crumb_tail=head[1],
        curly_twin=float(
            straight == key
            and any(other != key and other.translate(_CURLY) == key for other in pooled)
        ),
    )
    return x


def _shape_features(cand: _Candidate, key: str, sites: set[str]) -> dict[str, float]:
    """The features both title models read off a candidate alone.

    Where it came from in a title's parts, how long it is, and whether it is or holds the
    site's name.
    """
    words = len(cand.text.split())
    return {
        "run_head": cand.run_head,
        "run_tail": cand.run_tail,
        "run_mid": cand.run_mid,
        "dropped_site": cand.dropped_site,
        "dropped_words": min(cand.dropped_words, 10.0) / 10,
        "words": min(words, 30) / 30,
        "one_word": float(words == 1),
        "few_words": float(2 <= words <= 3),
        "many_words": float(words > 15),
        "is_site": float(key in sites),
        "contains_site": float(any(s and s in key for s in sites)),
    }


_SOURCES = (
    "rule",
    "title",
    "title_run",
    "line_run",
    "line_first",
    "line",
    "head",
    "late",
    "sub",
    "crumb",
)
# Lines found past the title-like lines' reach: they do not count in `agree`.
_LINE_SOURCES = frozenset({"head", "late", "sub", "crumb"})


@dataclass(frozen=True, slots=True)
class _TitleModel:
    """A learned title scorer: linear weights and a bias, or a boosted tree ensemble."""

    weights: dict[str, float] = field(default_factory=dict)
    bias: float = 0.0
    trees: TreeEnsemble | None = None

    def score(self, x: dict[str, float]) -> float:
        """The candidate's score (log-odds that it is the page's title)."""
        if self.trees is not None:
            return self.trees.score([x.get(name, 0.0) for name in self.trees.features])
        return self.bias + sum(self.weights.get(name, 0.0) * value for name, value in x.items())


# Rows the text title model walks before its trees are compiled (`TreeEnsemble.walk_first`):
# compiling the 150 trees (6,800 lines of source) costs ~45 ms of CPU, paid by the first text
# page of every process, while a text page scores about 4 candidates (192 rows on 46 fixture
# text pages) and a walk costs 49 us a row against 13 us compiled: a process that cleans a few
# text pages never compiles, one that cleans many pays at most 7 ms more (session 20).
_WALKED_ROWS = 200


@cache
def _load_model(path: Path) -> _TitleModel | None:
    """The title model in a file, or None when the file is missing.

    Both title models (models/titles.json for text scrapes, models/html_titles.json for HTML
    pages) score named features, written by bench/train_titles.py: the HTML one linearly, the
    text one as boosted trees (`kind: tree-ensemble`, `cleaner.trees`).
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        logger.warning("no title model at %s: titles are chosen by rules", path)
        return None
    if data.get("kind") == "tree-ensemble":
        trees = TreeEnsemble.from_data(data, name=path.name, walk_first=_WALKED_ROWS)
        return _TitleModel(trees=trees)
    weights = dict(zip(data["features"], data["weights"], strict=True))
    return _TitleModel(weights=weights, bias=float(data["bias"]))


def _title_model() -> _TitleModel | None:
    """The text-scrape title model (models/titles.json), or None when the file is missing."""
    return _load_model(_MODEL_PATH)


def _best_candidate(
    candidates: Iterable[tuple[str, dict[str, float]]], model: _TitleModel, fallback: str | None
) -> str | None:
    """The candidate `model` scores highest (the first of equals), or `fallback` if none."""
    best, best_score = fallback, float("-inf")
    for text, x in candidates:
        score = model.score(x)
        if score > best_score:
            best, best_score = text, score
    return best


def rule_text_title(
    title_line: str, lines: Sequence[str], site_names: Sequence[str]
) -> tuple[str | None, str | None]:
    """Return `(headline, site suffix)` of a text scrape as `choose_title`'s rules pick them."""
    # The scrape prints the `<title>` as the page wrote it, invisible marks and all.
    return choose_title(
        h1s=[],
        og_title=None,
        ld_headline=None,
        title_tag=title_line.translate(_INVISIBLE),
        site_names=site_names,
        lines=lines,
    )


def choose_text_title(
    title_line: str,
    lines: Sequence[str],
    site_names: Sequence[str],
    gaps: Sequence[tuple[bool, bool]] = (),
) -> tuple[str | None, str | None]:
    """Return `(headline, site suffix)` of a text scrape: the rules' pick, rescored by the model.

    Args:
        title_line: The scrape's first line (the page's `<title>`).
        lines: The lines after it, in order.
        site_names: Names the page is known to give its site.
        gaps: For each of `lines`, whether a blank line stands before it and after it in the
            scrape (empty when unknown).
    """
    # The scrape prints the `<title>` as the page's markup held it: a reference the page
    # escaped twice stays written ("TFC8&reg;", wcxb-dev-text 0629) and UTF-8 read as Latin-1
    # stays garbled ("Investorâ\x80\x99s", 4656), as in the HTML page's sources:
    # `clean_source` mends both there and here (the site's name was mended on its own).
    title_line = clean_source(title_line) or ""
    rule_title, site = rule_text_title(title_line, lines, site_names)
    model = _title_model()
    if model is None or len(title_line) > _MAX_MODEL_TITLE_CHARS:
        return (_without_kicker(rule_title) if rule_title else rule_title), site
    candidates = text_title_candidates(title_line, lines, site_names, rule_title, gaps)
    best = _best_candidate(_eligible(candidates), model, rule_title)
    best = shown_whole(best, candidates) or best
    best = unglued(best, candidates) or best
    best = without_catalogue_tail(best)
    best = _shown_trail_end(best, title_line, lines) or best
    return (_without_kicker(best) if best else best), site


# A `<title>` of this many colon parts or more is a trail ("PostgreSQL: Documentation: 18:
# SELECT", wcxb-dev-text 0670, 2863, 2864), not a headline with its own colon ("Tax 101: ...").
_TRAIL_PARTS = 3


def _shown_trail_end(best: str | None, title_line: str, lines: Sequence[str]) -> str | None:
    """The last part of a colon trail taken whole, where a line prints that part alone.

    The page's heading is the trail's last part, printed under the menus; the HTML page's
    `<h1>` says as much.
    """
    if not best or " ".join(best.split()) != " ".join(title_line.split()):
        return None
    parts = " ".join(title_line.split()).split(": ")
    if len(parts) < _TRAIL_PARTS or not eligible(parts[-1]):
        return None
    shown = {" ".join(line.split()) for line in lines}
    return parts[-1] if parts[-1] in shown else None


def eligible(candidate: str) -> bool:
    """Whether a title candidate can be a page's title: worded, and no fragment of a title.

    A `<title>` of one letter is a placeholder ("x", "A": wcxb-dev-text 0384, 0255), never the
    headline a line under it prints. A candidate that opens with a separator mark is what is
    left of a `<title>` whose headline part is empty ("| Nuts & Volts Magazine", wcxb-dev
    4508); one that ends with a mark or a colon introduces what follows it ("Erik Demaine's
    Folding and Unfolding:", 0406). French guillemets open and close whole quotations. The home
    page's name alone ("Home", `_HOME`) is a menu's label. A line that opens with a copyright
    sign is a footer's ("©2026 Howerton+White", wcxb-dev-text 4245).
    """
    text = candidate.strip()
    if sum(map(len, _FAST_WORD.findall(text))) < 2:
        return False
    return not (
        _OPEN_MARK.match(text)
        or _CLOSE_MARK.search(text)
        or _HOME.match(text)
        or _COPYRIGHT.match(text)
    )


# A footer's copyright line: "©2026 Name", "(c) 2025 Name", "Copyright © 2025 Name".
_COPYRIGHT = regex.compile(
    r"(?i)^(?:©|\(c\)\s*(?:19|20)\d\d|copyright\s*(?:©|\(c\)|(?:19|20)\d\d))"
)


# A separator mark at a candidate's start or end (a dash only spaced or doubled: "-5%" opens a
# headline), or a colon at its end.
_OPEN_MARK = regex.compile(r"^(?:[|•·~/:｜]|[–—-](?:\s|-))")
_CLOSE_MARK = regex.compile(r"(?:[|•·~/:｜]|(?:\s|-)[–—-])$")


def _eligible(
    candidates: Sequence[tuple[str, dict[str, float]]],
) -> Sequence[tuple[str, dict[str, float]]]:
    """The candidates that can be a title (`eligible`), or all of them where none can."""
    return [c for c in candidates if eligible(c[0])] or candidates


# Separator marks that are a headline's own punctuation where the page prints the headline whole
# on a line: a spaced dash ("... überzeugt – bis auf die App", "Динамо – Шахтар 2:1: ...": golden
# de-saugroboter-test-testnote-text, uk-onlain-translyatsiia-matchu-text).
_DASH_MARKS = frozenset("–—-")


def shown_whole(best: str | None, candidates: Sequence[tuple[str, dict[str, float]]]) -> str | None:
    """The headline line `best` was cut from at a dash, where the page shows that line whole.

    The wcxb-dev-text truth cuts a shown headline at a dash more often than not (25 of 39 such
    lines), and the learned model follows it; the page prints the whole line, and its reader
    reads the dash as the headline's punctuation. A cut at a bar ("... | Top 19 Companies") is a
    cut at a layout separator and stands. Returns None when `best` stands.
    """
    features = dict(candidates)
    x = features.get(best or "")
    shown = ("src_line_first", "src_line", *(f"src_{s}" for s in _LINE_SOURCES))
    if best is None or x is None or not x.get("src_line_run") or any(x.get(s) for s in shown):
        # not a cut, or a cut the page shows on a line of its own
        return _kicked_cut_shown(best, x, candidates)
    site = _title_site_part(candidates)
    for text, y in candidates:
        # A line that prints the whole `<title>` may end with the site's name ("... 2025 –
        # Artlyst", wcxb-dev-text 0408): its dash parts are the title's parts.
        whole = y.get("src_line_first") and not y.get("src_title")
        start = text.find(best) if whole else -1
        if start < 0:
            continue
        end = start + len(best)
        marks = [
            m.group().strip()
            for m in _SEPARATOR.finditer(text)
            if m.end() <= start or m.start() >= end
        ]
        if site and _norm(_SEPARATOR.split(text[end:])[-1]) == site:
            # The line ends with the name the `<title>` ends with: the site's, printed once more
            # beside the headline ("... 2025 – Artlyst" under "... 2025 – Artlyst - Artlyst").
            continue
        if marks and all(set(mark) <= _DASH_MARKS for mark in marks):
            return text
    return None


def _title_site_part(candidates: Sequence[tuple[str, dict[str, float]]]) -> str | None:
    """The `<title>`'s last part where the part before it is the same: the site, printed twice.

    "Critics’ Choice: Best UK Art Exhibitions 2025 – Artlyst - Artlyst", "... | RenoFi | RenoFi"
    (a theme's title format adds the site's name to a title that holds it already).
    """
    for text, y in candidates:
        if y.get("src_title"):
            parts = [_norm(p) for p in _SEPARATOR.split(text)]
            if len(parts) >= 3 and parts[-1] and parts[-1] == parts[-2]:
                return parts[-1]
    return None


# A kicker before a `<title>`'s headline: one or two words and a colon ("Test: Vega Nova X5 –
# ...", a podcast's episode number "Еп. 47: ..."), which the page prints on a line of its own
# over the headline, or not at all.
_TITLE_KICKER = regex.compile(
    r"^(?:[\p{L}#][\p{L}\p{M}\p{N}.'’-]*\s){0,1}[\p{L}\p{N}#][\p{L}\p{M}\p{N}.'’-]*:\s+(?=\S)"
)


def _kicked_cut_shown(
    best: str | None,
    x: dict[str, float] | None,
    candidates: Sequence[tuple[str, dict[str, float]]],
) -> str | None:
    """The shown headline line a kicked `<title>` cut at a dash opens, or None.

    "Test: Vega Nova X5 – odličan ekran, prosečna baterija | Tehnoklik" cut to "Test: Vega Nova
    X5", where the page prints "Vega Nova X5 – odličan ekran, prosečna baterija" whole on the
    line under its "TEST" kicker (golden sr-recenzija-telefon-ocena-prednosti-mane-text): the
    cut fell on the headline's own dash, and the line is the headline. So with a line that is
    the cut headline without its kicker: "Еп. 47: Зошто Охридското Езеро се затоплува" under a
    show's episode-number line (golden mk-podkast-epizoda-transkript-ohrid-text).
    """
    if best is None or x is None or not x.get("src_title_run") or x.get("src_line_run"):
        return None
    kicker = _TITLE_KICKER.match(best)
    if kicker is None:
        return None
    head = best[kicker.end() :]
    for text, y in candidates:
        if not (y.get("src_line_first") and not y.get("src_title")) or not text.startswith(head):
            continue
        marks = [m.group().strip() for m in _SEPARATOR.finditer(text) if m.start() >= len(head)]
        if (marks or text == head) and all(set(mark) <= _DASH_MARKS for mark in marks):
            return text
    return None


def unglued(best: str | None, candidates: Sequence[tuple[str, dict[str, float]]]) -> str | None:
    """The candidate that is `best` with a separator mark where `best` has a bare space.

    A scrape prints a forum's thread label and its title, or a headline's two halves, as two
    elements on one line, and the line glues them with a space ("Question Want to know ...")
    where the `<title>` writes the mark between them ("Question - Want to know ...",
    wcxb-dev-text 4311, 4312, 0137): the title's wording is the page's. Only a mark in place
    of a space counts: "Mobile UX Design: The Ultimate Guide" is not glued from "Mobile UX
    Design - The Ultimate Guide" (0232). Returns None when `best` stands.
    """
    if not best:
        return None
    for text, _ in candidates:
        if text != best and _SEPARATOR.search(text) and _SEPARATOR.sub(" ", text) == best:
            return text
    return None


# -- learned choice for HTML pages --------------------------------------------------------------

# An HTML page offers its headline several times over (`<h1>`, og:title, `<title>`, JSON-LD
# headline), worded apart as often as not; which one a reader calls the title is learned the way
# text scrapes learn it (bench/train_titles.py --kind html, ships as models/html_titles.json): the
# rules' pick, every source and every run of the titles' parts are candidates, scored linearly.
_HTML_MODEL_PATH = Path(__file__).with_name("models") / "html_titles.json"
_HTML_SOURCES = ("rule", "h1", "h1b", "og", "tag", "ld", "tag_run", "og_run", "shown")


def _html_title_model() -> _TitleModel | None:
    """The HTML title model (models/html_titles.json), or None when the file is missing."""
    return _load_model(_HTML_MODEL_PATH)


def html_title_candidates(  # noqa: PLR0913 - each source a page offers is its own keyword
    *,
    h1s: Sequence[str],
    og_title: str | None,
    ld_headline: str | None,
    title_tag: str | None,
    site_names: Sequence[str],
    lines: Sequence[str] = (),
    rule_title: str | None = None,
    page_kind: str = "",
) -> list[tuple[str, dict[str, float]]]:
    """The title candidates of an HTML page, each with the features the HTML title model scores.

    Args:
        h1s: Texts of the page's `<h1>` elements, in page order.
        og_title: The og:title (or twitter:title) value.
        ld_headline: The JSON-LD `headline` of the article.
        title_tag: The `<title>`.
        site_names: Names the page gives its site.
        lines: Runs of the `<title>`'s parts the page shows as an element's whole text.
        rule_title: The title `choose_title` picks by its rules (a candidate and a feature).
        page_kind: What the markup says the page is: "article", "shop" or "" (unknown).
    """
    h1s = [clean_source(h) or "" for h in h1s[:2]]
    og_title, ld_headline = clean_source(og_title), clean_source(ld_headline)
    title_tag = clean_source(title_tag)
    site_names = [n for n in (clean_source(n) for n in site_names) if n]
    found: dict[str, _Candidate] = {}
    _add_candidate(found, rule_title, "rule")
    for index, h1 in enumerate(h1s):
        _add_candidate(found, h1, "h1" if index == 0 else "h1b")
    _add_candidate(found, og_title, "og")
    _add_candidate(found, title_tag, "tag")
    _add_candidate(found, ld_headline, "ld")
    sites = {_norm(s) for s in site_names}
    for source, text in (("tag_run", title_tag), ("og_run", og_title)):
        if text and len(text) <= _MAX_MODEL_TITLE_CHARS:
            _add_runs(found, " ".join(text.split()), source, sites)
    for line in lines:
        _add_candidate(found, line, "shown")
    pooled = _pooled_sources(found)
    refs = {
        "h1": " ".join(h1s[0].split()) if h1s else "",
        "og": " ".join((og_title or "").split()),
        "tag": " ".join((title_tag or "").split()),
    }
    h1_words = len(refs["h1"].split())
    return [
        (c.text, _html_features(c, refs, (len(h1s), h1_words), sites, pooled, page_kind))
        for c in found.values()
    ]


def _html_features(  # noqa: PLR0913, PLR0917 - what the candidate is read against
    cand: _Candidate,
    refs: dict[str, str],
    h1_shape: tuple[int, int],
    sites: set[str],
    pooled: dict[str, set[str]],
    page_kind: str,
) -> dict[str, float]:
    """The features of one HTML title candidate (names as models/html_titles.json lists them)."""
    text, key = cand.text, _norm(cand.text)
    sources = pooled[key]
    kinds = {s.split("_")[0] for s in sources} - {"rule", "shown"}
    straight = key.translate(_CURLY)
    h1_key = _norm(refs["h1"])
    h1_count, h1_words = h1_shape
    # The word sets once per candidate and reference (`_overlap` by hand: ~0.4 ms a page less).
    words_of = set(_FAST_WORD.findall(key))
    ref_words = {name: set(_FAST_WORD.findall(ref.casefold())) for name, ref in refs.items()}
    # Product, shop and service pages are titled by their meta title more often than by their
    # <h1> ("Carry-On" over "Quality Carry-On Luggage & Suitcases"); articles by their <h1>.
    from_h1 = float(bool(kinds & {"h1", "h1b"}))
    from_meta = float(bool(kinds & {"og", "tag", "ld"}))
    x = {f"src_{s}": float(s in sources) for s in _HTML_SOURCES}
    for kind in ("article", "shop", ""):
        flag = float(page_kind == kind)
        x[f"kind_{kind or 'other'}_h1"] = flag * from_h1
        x[f"kind_{kind or 'other'}_meta"] = flag * from_meta
        x[f"kind_{kind or 'other'}_only_h1"] = flag * from_h1 * (1 - from_meta)
    x.update(
        agree=min(len(kinds), 4) / 4,
        agree2=float(len(kinds) >= 2),
        h1_alone=float(kinds == {"h1"}),
        meta_alone=float(bool(kinds) and not kinds & {"h1", "h1b"}),
        **_shape_features(cand, key, sites),
        overlap_h1=_jaccard(words_of, ref_words["h1"]),
        overlap_og=_jaccard(words_of, ref_words["og"]),
        overlap_tag=_jaccard(words_of, ref_words["tag"]),
        no_h1=float(h1_count == 0),
        many_h1=float(h1_count > 1),
        h1_in_cand=float(bool(h1_key) and h1_key in key and h1_key != key),
        short_h1_in_cand=float(bool(h1_key) and h1_key in key and h1_key != key and h1_words <= 3),
        short_h1=float(from_h1 and h1_words <= 2),
        cand_in_h1=float(bool(h1_key) and key in h1_key and h1_key != key),
        curly=float(text != text.translate(_CURLY)),
        straight_twin=float(straight != key and straight in pooled),
        has_separator=float(bool(_SEPARATOR.search(text))),
        has_year=float(bool(_YEAR_IN.search(text))),
        has_colon=float(":" in text),
        # A wording's length against the <h1>'s ("Carry-On" under "Carry On Luggage"), an
        # <h1> set in capitals where the meta title is not, a number the other wording drops
        # ("8 Recent Trends ..."). Session 13, held out on wcxb-dev (5-fold x 2, even -> odd,
        # odd -> even): 0.801, 0.807, 0.799 without these three, 0.808, 0.807, 0.801 with them.
        # Tried and left out (no gain): brackets, a closing full stop, words against
        # og:title's, glued words ("teamsand agents").
        upper=float(_shouting(text)),
        vs_h1=min(len(text.split()) / h1_words, 3.0) / 3 if h1_words else 0.0,
        has_digit=float(any(c.isdigit() for c in text)),
        title_parts=min(len(_SEPARATOR.split(refs["tag"])), 5) / 5 if refs["tag"] else 0.0,
    )
    return x


def _shouting(text: str) -> bool:
    """Whether `text` is in capitals all through (at least a few letters of a cased script)."""
    cased = [c for c in text if c.isupper() or c.islower()]
    return len(cased) >= 4 and sum(c.isupper() for c in cased) >= 0.8 * len(cased)


def _jaccard(a: set[str], b: set[str]) -> float:
    """Jaccard overlap of two word sets (0 when either is empty)."""
    return len(a & b) / len(a | b) if a and b else 0.0


def choose_html_title(  # noqa: PLR0913 - each source a page offers is its own keyword
    *,
    rule_title: str | None,
    h1s: Sequence[str],
    og_title: str | None,
    ld_headline: str | None,
    title_tag: str | None,
    site_names: Sequence[str],
    lines: Sequence[str] = (),
    page_kind: str = "",
) -> str | None:
    """Return the title of an HTML page: the rules' pick (`choose_title`), rescored by the model.

    The rules' pick stays the page's shown headline (the anchor of its dateline, the block
    lifted out of the body); the model only says which wording the page is titled by.

    Args:
        rule_title: The title `choose_title` picks.
        h1s: Texts of the page's `<h1>` elements, in page order.
        og_title: The og:title (or twitter:title) value.
        ld_headline: The JSON-LD `headline` of the article.
        title_tag: The `<title>`.
        site_names: Names the page gives its site.
        lines: Runs of the `<title>`'s parts the page shows as an element's whole text.
        page_kind: What the markup says the page is ("article", "shop" or "").
    """
    model = _html_title_model()
    if model is None:
        return rule_title
    candidates = html_title_candidates(
        h1s=h1s,
        og_title=og_title,
        ld_headline=ld_headline,
        title_tag=title_tag,
        site_names=site_names,
        lines=lines,
        rule_title=rule_title,
        page_kind=page_kind,
    )
    best = _best_candidate(_eligible(candidates), model, rule_title)
    return _shown_casing(without_catalogue_tail(best), h1s)


def _shown_casing(best: str | None, h1s: Sequence[str]) -> str | None:
    """`best` in the letter case of the `<h1>` that prints the same words, if one does.

    The model weighs wordings, not letter case: a meta title in title case ("Wergera Fermî ya
    Belgeyan") and the `<h1>` in sentence case ("Wergera fermî ya belgeyan", golden
    ku-xizmet-wergera-fermi-pirs-html) are twins whose run features differ, and the meta one
    may win. The headline the page shows is how the page writes its title, unless it is set in
    capitals, which a meta title writes in its own case ("MACBOOK AIR").
    """
    if best is None:
        return None
    for h1 in h1s[:2]:
        shown = " ".join((clean_source(h1) or "").split())
        if shown != best and _norm(shown) == _norm(best) and not _shouting(shown):
            return shown
    return best
