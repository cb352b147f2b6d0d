"""The site's name: what the markup declares it as, or the logo line a text scrape prints.

HTML: `og:site_name`, the JSON-LD publisher or WebSite and the app name (`site_names`); where
none is given, the `<title>`'s "Site:" prefix that a link to the site's root shows
(`home_link_site`), or the project a documentation title names before its version
(`project_name`). Text scrapes: the title line's last part where the scrape prints it as a line
or in a copyright line (`named_title_site`), a home page's brand over its tagline
(`brand_site`), and the logo line under the title line where it says better than the title's
part (`logo_site`, `text_site`). The `metadata` stage chooses among them with the title
(`titles.choose_title`). Split out of `stages/metadata.py` in session 21; no rule changed.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

import regex

from cleaner import jsonld
from cleaner.document import Block, Document
from cleaner.page_facts import (
    Facts,
)
from cleaner.titles import (
    title_parts,
)

# Meta names that name the site, most trusted first.
_SITE_METAS = ("og:site_name", "application-name", "apple-mobile-web-app-title", "twitter:site")


# -- HTML -------------------------------------------------------------------------------------

# The first part of a "Site: Headline" `<title>` (see titles._site_prefix) and a link to the
# site's root ("/", "https://host/") whose text or logo's alt is that part, written as it is
# escaped in markup: the site's name where no meta gives one (Blogger's blog name in
# `<h1 class='title'><a href='https://host/'>`, DSpace's breadcrumb root; round M goldens
# te-blog-karthika-deepalu-vyakhyalu-html, pt-repositorio-dissertacao-resumo-html).
TITLE_PREFIX = regex.compile(r"^\s*(?P<site>[^:|–—]{2,80}?)\s*:\s+\S")
_HOME_HREF = r"""href=["'](?:https?://[^/"'\s]+)?/?["']"""
# A site's name in a title is short: six words at most (titles._MAX_SITE_WORDS).
_MAX_PREFIX_WORDS = 6


def home_link_site(title_tag: str, markup: str) -> str | None:
    """The `<title>`'s "Site:" prefix where a link to the site's root shows it, else None."""
    m = TITLE_PREFIX.match(title_tag)
    if m is None or len(m["site"].split()) > _MAX_PREFIX_WORDS:
        return None
    name = html.escape(" ".join(m["site"].split()), quote=False)
    quoted = regex.escape(name)
    text = rf"""\s*(?:{quoted}|<img\b[^>]*\balt=["']{quoted}["'][^>]*>)\s*"""
    home = regex.compile(rf"<a\b[^>]*{_HOME_HREF}[^>]*>{text}</a>", regex.IGNORECASE)
    return " ".join(m["site"].split()) if home.search(markup) else None


# A version number standing as a word of a title's site part ("2.4", "3.14.3", "v5.2").
_VERSION_WORD = regex.compile(r"^v?\d+(?:\.\d+)+$")


def project_name(site: str, markup: str) -> str | None:
    """The project a documentation site's title part names before its version, if shown.

    Sphinx writes "<page> — <project> <version> documentation" in the page's language
    ("เอกสาร Salaeng 2.4", Thai for "Salaeng 2.4 documentation"); the site is the project,
    which the page prints as its home link's text (golden
    th-ekasan-sphinx-readthedocs-tat-kham-html, "Salaeng"). The longest run of words right
    before the one version number that the page shows as an element's whole text; none where
    the page shows the whole part.
    """
    words = site.split()
    at = [i for i, word in enumerate(words) if _VERSION_WORD.match(word)]
    if len(at) != 1 or _shown_whole(" ".join(words), markup):
        return None
    for start in range(at[0]):
        run = " ".join(words[start : at[0]])
        if _shown_whole(run, markup):
            return run
    return None


def _shown_whole(text: str, markup: str) -> bool:
    """Whether an element of the page has `text` as its whole text (markup searched as is)."""
    escaped = html.escape(text, quote=False)
    return f">{text}<" in markup or (escaped != text and f">{escaped}<" in markup)


def site_names(facts: Facts) -> list[str]:
    """Names the page gives its site: og:site_name, JSON-LD publisher or WebSite, app name."""
    names: list[str] = []
    for key in _SITE_METAS:
        value = facts.metas.get(key, "").strip()
        if key == "twitter:site":
            continue  # a handle ("@nytimes"), kept out: it is not how the name is written
        if value:
            names.append(value)
    for node in facts.ld:
        types = jsonld.types(node)
        if "website" in types or "newsmediaorganization" in types:
            name = node.get("name")
            if isinstance(name, str) and name.strip():
                names.append(" ".join(name.split()))
        publisher = node.get("publisher")
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            names.append(" ".join(publisher["name"].split()))
    seen: set[str] = set()
    unique = []
    for name in names:
        if name.casefold() not in seen and len(name) <= 80:
            seen.add(name.casefold())
            unique.append(name)
    return unique


# -- text scrapes ------------------------------------------------------------------------------

# The logo line sits within the first blocks after the title and is a short name.
_TEXT_LOGO_REACH = 2
_TEXT_LOGO_WORDS = 6


# A copyright line names the site's owner: "© 2025 X", "Copyright (c) 2019-2025 X".
_COPYRIGHT_LINE = re.compile(r"(?:©|\(c\)|\bcopyright\b)", re.IGNORECASE)


def named_title_site(doc: Document, title_line: str, title: str | None) -> str | None:
    """The title line's last part where the scrape names it as the site, else None.

    The last part after a separator (" - ", " | ", " – ") is the site when the scrape also
    prints it on a line of its own (the logo) or in a copyright line: right on 303 of 321
    wcxb-dev-text scrapes whose title line has such a part. The rules' pick can take the
    headline for the site when both parts stand as lines ("Odò Aláràn - Ìwé Ìmọ̀ Yorùbá":
    golden yo-iwe-imo-odo-alaran-text).
    """
    parts = title_parts(title_line)
    if len(parts) < 2:
        return None
    last = " ".join(parts[-1].split())
    if not last or last.casefold() == " ".join((title or "").split()).casefold():
        return None
    words = last.split()
    if last.endswith(".") or 2 * sum(w[0].islower() for w in words) > len(words):
        # A sentence is the site's slogan, not its name ("Visual Studio Code - The open
        # source AI code editor": wcxb-dev-text 2831, 2851).
        return None
    # Whole words only: "News" is not named by "© 2025 Fox Newsroom".
    named = re.compile(rf"(?<!\w){re.escape(last)}(?!\w)")
    for line in doc.decoded.splitlines():
        text = " ".join(line.split())
        if text == last or (_COPYRIGHT_LINE.search(text) and named.search(text)):
            return last
    return None


# A brand title of at most this many words over a site part of at least that many is a home
# page's brand and tagline (`logo_site`).
_BRAND_WORDS = 3
_TAGLINE_WORDS = 5
# How many words a logo line needs to name the site inside a longer title part (`logo_site`).
_LOGO_HEAD_WORDS = 2
# How far under the title line a logo names the site of a "Name, Place" title part: past a
# skip link, a language picker and an alert bar (golden
# en-county-press-release-immediate-release-text: 11 lines); not a footer's or a comparison's
# list of names ("Daily Harvest" 150 lines down, wcxb-dev-text 4884).
_COMMA_LOGO_REACH = 20


def logo_site(
    doc: Document, blocks: list[Block], title_line: str, site: str, title: str | None = None
) -> str:
    """The site split off the title line, or the logo line under it where that says better."""
    if " ".join(title_line.split()).startswith(site):
        # A title prefix is as often a section as the site ("Communiqué de presse - ...",
        # fr-communique-presse-text): the logo line under the title says which, even where
        # the title model took that logo line for the headline ("About - State of AI
        # newsletter": wcxb-dev-text 4440).
        return text_site(doc, blocks) or site
    logo = text_site(doc, blocks, title)
    if logo and logo in title_parts(title_line):
        # The logo line names the site when it is one of the title's parts: the last part can
        # be a section ("... - Tallgrass Ledger | Careers at Tallgrass": golden
        # en-jobs-backend-engineer-remote-text). Small fix by the hold-out engineer.
        return logo
    if logo and site.endswith(f" {logo}"):
        # A title part that runs on into the logo line names a part of the site: its help
        # centre or blog ("Zoznam zmien | Pomocník Faktúrka" over the logo "Faktúrka":
        # golden sk-zoznam-zmien-aplikacia-text).
        return logo
    if logo and len(logo.split()) >= _LOGO_HEAD_WORDS and site.startswith(f"{logo} "):
        # A logo line of a few words that opens the title part, which goes on with a tail:
        # the site's name is the logo's ("珈琲道具の店 まめとき 公式オンラインストア" over the
        # logo "珈琲道具の店 まめとき", "Kassenbuch Plus Hilfe-Center" over "Kassenbuch Plus":
        # goldens ja-shohin-kohi-mill-rebyu-text, de-versionshinweise-kassenbuch-text). A
        # one-word line is as often a menu entry ("ਪੰਜਾਬ" under "... | ਪੰਜਾਬ ਟਾਈਮਜ਼ ਨਿਊਜ਼") or the
        # brand of a site's blog ("Ledgerly" under "... | Ledgerly Blog"; goldens
        # pa-khabar-ludhiana-mandi-jhona-text, en-company-blog-cta-related-posts-text).
        return logo
    return _comma_logo_name(blocks, site) or site


def brand_site(blocks: list[Block], title_line: str, site: str, title: str | None) -> str | None:
    """The brand a home page is titled by, where the title line's other part is a tagline."""
    brand = " ".join((title or "").split())
    if (
        brand
        and len(brand.split()) <= _BRAND_WORDS
        and len(site.split()) >= _TAGLINE_WORDS
        and " ".join(title_line.split()).startswith(brand)
        and len(blocks) > 1
        and " ".join(blocks[1].text.split()) == brand
    ):
        # "Brand – a tagline of many words" over the logo line "Brand": a product's home page
        # titled by its brand, which is the site's name too; the tagline names nothing (round
        # R golden hi-saas-landing-billing-kimat-faq-text).
        return brand
    return None


def _comma_logo_name(blocks: list[Block], site: str) -> str | None:
    """The name of a "Name, Place" site part that the logo line near the top prints alone."""
    name, comma, tail = (" ".join(part.split()) for part in site.partition(","))
    lines = {" ".join(b.text.split()) for b in blocks[1:_COMMA_LOGO_REACH]}
    if (
        comma
        and len(name.split()) >= _LOGO_HEAD_WORDS
        and name in lines
        and not {tail, " ".join(site.split())} & lines
    ):
        # A site part that names its place after a comma ("Harlow County, OH") where the logo
        # line near the top prints the name alone: the site is the logo's name (golden
        # en-county-press-release-immediate-release-text). Not where the part itself or its
        # tail is printed as a line: a name with a comma of its own ("Smart Bitches, Trashy
        # Books", wcxb-dev-text 0461) or two names ("Reading Corps, Math Corps", 0175).
        return name
    return None


def text_site(doc: Document, blocks: list[Block], title: str | None = None) -> str | None:
    """The site's name when the title line has none: the logo line under the title.

    Scrapes put the site's logo text right after the `<title>` line (or after a "skip to
    content" link); it counts only when it recurs further down (footer, dateline, copyright).
    The headline printed right under the title line recurs too, and is not the site.
    """
    headline = " ".join((title or "").split()).casefold()
    for block in blocks[1 : 1 + _TEXT_LOGO_REACH]:
        text = " ".join(block.text.split())
        if headline and text.casefold() == headline:
            continue
        words = text.split()
        if (
            0 < len(words) <= _TEXT_LOGO_WORDS
            and not text.endswith((".", ":", "!", "?"))
            and doc.decoded.count(text) >= 2
            # A name has a capital, or is in a script without case ("知乎", "ヨドバシ"): a
            # lower-case line is a menu entry. Georgian's Mkhedruli letters have capitals in
            # Unicode (Mtavruli) that the language does not write, and are their own title
            # case: "სპორტული კურიერი" is a name (golden ka-ragbi-matchis-mimokhilva-w3m-dump-text).
            and any(c.isalpha() and c.title() == c for c in text)
        ):
            return text
    return None


# The owner a copyright line names: "© 2026 Diário Paulista. Todos os direitos reservados.",
# "Copyright (c) 2019-2025 by Name", "© Name 2024". The name ends at a sentence's end, a
# separator with spaces round it (a tagline: "Świetlik.pl – Oświetlenie LED"), a comma or a
# year.
_COPYRIGHT_OWNER = regex.compile(
    r"(?i)(?:©|\(c\)|\bcopyright\b)(?:\s*(?:©|\(c\)))?\s*"
    r"(?:\d{4}(?:\s*[-–—]\s*\d{2,4})?\s*)?(?:by\s+)?(?P<owner>\S.*)"
)
# The Tibetan script's shad "།" ends a clause as a full stop does, glued to the word before:
# "© ༢༠༢༦ ཐིམ་ཕུ་ཁྲོམ་སྡེ། དབང་ཆ་…" (golden dz-lasrim-inscriptis-typo3-thimphu-thromde-text).
_OWNER_END = regex.compile(r"\.(?=\s|$)|\s[-–—|•·]\s|[,;།]|\s\d{4}\b|\s{2,}")
# A copyright owner has a short name: the company's, at most this many words with its legal form
# ("Boğaziçi Nakliyat Ltd. Şti.").
_OWNER_WORDS = 6
# How many blocks under the top a masthead stands in: past a skip link, a contact bar, a logo
# and a menu of a dozen entries (golden tr-hizmet-evden-eve-nakliyat-lynx-dump-text: the
# logo is the 3rd block, the headline the 14th).
MASTHEAD_REACH = 20
# lynx's link numbers ("[4]Boğaziçi Nakliyat") and a w3m line's gaps of two spaces or more
# between the menu's pieces ("☰ Menu  Diário Paulista      Assine  Entrar").
_LINK_NUMBER = regex.compile(r"\[\d+\]")
_GAP = regex.compile(r"\s{2,}|\t")
_BRACKETED = regex.compile(r"\[[^\[\]]+\]")


def copyright_site(doc: Document, head: list[Block]) -> str | None:
    """The copyright line's owner where the page's masthead (in `head`) shows the name.

    A scrape with no title line names its site only in the masthead, which is a logo's alt, a
    line among the menus or a piece of a menu line, and in the footer's copyright line (round
    X goldens pt-ao-vivo-enem-segundo-dia-w3m-dump-text, pl-produkt-woocommerce-html2text-
    lampka-biurkowa-text, tr-hizmet-evden-eve-nakliyat-lynx-dump-text). Either alone is weak:
    a menu line or a tagline is no name, and the copyright owner is often a company the page
    does not show ("© 2025 Fox Media LLC"). The two agreeing are the site: the longest run of
    the owner's first words (the owner without its legal form: "Konyhaguru Kft.") that a
    block of the head, or a gap-separated piece of its line, is alone.
    """
    shown = _masthead_pieces(doc, head)
    if not shown:
        return None
    for words in _copyright_owners(doc):
        for start in _owner_starts(words):
            for end in range(len(words), start, -1):
                name = " ".join(words[start:end])
                # A name has a capital or is in a script without case (`text_site`): a
                # lower-case line in a cased script is a menu entry.
                if name.casefold() in shown and _named(name):
                    return name
    return None


def _owner_starts(words: list[str]) -> list[int]:
    """Where the owner's name may start among `words`: first, or after a lower-case "by".

    A lower-case word before the owner is its language's "by", which the pattern reads in
    English only: Wix's "© 2026 by Name" translated, "© 2026 na Hale Kukui" (Hawaiian; round
    AD golden haw-huahana-wix-playwright-inner-text-kiaha-koa-text).
    """
    return [0, 1] if len(words) > 1 and words[0].islower() and words[0].isalpha() else [0]


def _named(name: str) -> bool:
    """Whether `name` has a capital or is in a script without case (`text_site`)."""
    return any(c.isalpha() and c.title() == c for c in name)


def _copyright_owners(doc: Document) -> Iterator[list[str]]:
    """The words of each copyright line's owner (at most `_OWNER_WORDS`), the last line first."""
    for line in reversed(doc.decoded.splitlines()):
        m = _COPYRIGHT_OWNER.search(line)
        if m is None:
            continue
        owner = _OWNER_END.split(" ".join(_GAP.split(m["owner"].strip()))[:200], maxsplit=1)[0]
        words = owner.split()
        if words and len(words) <= _OWNER_WORDS:
            yield words


def copyright_owner(doc: Document) -> str | None:
    """The last copyright line's owner alone, a scrape's last resort for its site name.

    An extractor's output (trafilatura's, with the title in its metadata) keeps no title line
    and no masthead; the footer's "© 2026 <Name>" may be all of the site it shows (round AA
    golden dv-blog-trafilatura-no-comments-gondudhoh-saafukurun-text). A lower-case "by"
    in the page's language before it is left out (`_owner_starts`).
    """
    for words in _copyright_owners(doc):
        name = " ".join(words[_owner_starts(words)[-1] :])
        if _named(name):
            return name
    return None


def _masthead_pieces(doc: Document, head: list[Block]) -> set[str]:
    """The texts the head's blocks show alone: each block's and each piece of its lines."""
    lines = doc.decoded.splitlines()
    pieces: set[str] = set()
    for block in head:
        texts = [block.text]
        span = block.line_span()
        if span:
            texts += lines[span[0] - 1 : span[1]]
        for text in texts:
            for piece in [text, *_GAP.split(_LINK_NUMBER.sub(" ", text))]:
                name = " ".join(piece.split())
                # A dump prints the logo's alt in brackets ("[Lùth na Gàidhealtachd]": pandoc
                # and w3m, round AA golden gd-seirbheis-pandoc-plain-tabhartas-teasachaidh-text).
                if _BRACKETED.fullmatch(name):
                    name = name[1:-1].strip()
                if name and any(c.isalpha() for c in name):
                    pieces.add(name.casefold())
    return pieces
