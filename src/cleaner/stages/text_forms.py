"""Read a text scrape written by another tool (markdown, a lynx or w3m dump, get_text) as ours.

`extract_text` was built for one scraper's form: the `<title>` on the first line, then one line
per block element. Users' scrapes come from other tools too (round S of the golden pages,
session 21): a reader service's or html2text's markdown (`[text](url)` links, `#` headings,
`![alt](src)` images, a `Title:` / `URL Source:` header), a `lynx -dump` or `w3m -dump` (`[N]`
before every link, paragraphs indented and hard-wrapped, lynx's `References` list of URLs), and
BeautifulSoup's `get_text()` (the doctype's `html` word first, lines of only tabs, runs of blank
lines). This stage recognises the form from the text's own signals, several lines of it, never
one `*` or one `[1]`, and rewrites the text into the form `extract_text` reads; what it takes
out (a header line, an image, a rule, the References list) goes to the removed account with a
reason. A scrape in our own form, or in no form this stage knows, passes through untouched.
"""

from __future__ import annotations

import itertools
import logging
from dataclasses import dataclass
from typing import Literal

import regex

from cleaner.dates import find_dates
from cleaner.document import Block, Document

logger = logging.getLogger(__name__)

Form = Literal["markdown", "dump", "gettext", "regions", "framed"]

# -- markdown -----------------------------------------------------------------------------------

# A reader service's header (r.jina.ai and the like): "Title: ...", "URL Source: ...",
# "Published Time: ...", then "Markdown Content:" and the page (golden uk-novyny-markdown-reader).
_READER_TITLE = regex.compile(r"Title: ?(.*)")
_READER_START = "Markdown Content:"
_READER_HEAD_LINES = 12  # the header's fields stand in the first lines, blank lines between

_IMAGE = regex.compile(r"!\[([^\[\]]*)\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*(?:\s+\"[^\"]*\")?\)")
_LINK = regex.compile(r"\[([^\[\]]*)\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*(?:\s+\"[^\"]*\")?\)")
_LINKED_IMAGE = regex.compile(r"\[!\[([^\[\]]*)\]\([^()\s]*\)\]\([^()\s]*\)\s*")
_ATX = regex.compile(r"#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*")
_SETEXT = regex.compile(r"(?:=+|-+)[ \t]*")
# A setext first-level heading's underline: three "=" at least.
_SETEXT_H1 = regex.compile(r"={3,}[ \t]*")
_RULE = regex.compile(r"(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})")
_MD_BULLET = regex.compile(r"([ \t]*)[*+-][ \t]+(\S.*)")
# An ordered list's item, "1.  Hidupkan pencetak ..." (html2text and reader services pad the
# number): a block of its own like a bullet, not a soft-wrapped line of one paragraph (golden
# ms-panduan-markdown-pencetak-resit-bluetooth-text, round U, ran its three steps into one).
# The number is the list's markup (an <ol> counts itself): the item is kept as a bullet.
_MD_ORDERED = regex.compile(r"([ \t]*)\d{1,3}[.)][ \t]+(\S.*)")
_QUOTE = regex.compile(r"[ \t]{0,3}>[ \t]?(.*)")
# Strong emphasis, "**words**" or "__words__": an opening pair before a non-space, the nearest
# closing pair after a non-space on the same line (the pattern `(\*\*|__)(?=\S)(.+?)(?<=\S)\1`
# read so). `_unstrong` reads it without the pattern, which looked for a closing pair to the
# line's end at every opening pair: quadratic on a line of pairs never closed (bench/hostile's
# "**a " * 250,000: 8,000 pairs took 9 s).
_STRONG_OPEN = regex.compile(r"(?:\*\*|__)(?=\S)")
_STRONG_CLOSE = {mark: regex.compile(rf"(?<=\S){regex.escape(mark)}") for mark in ("**", "__")}
_EMPHASIS = regex.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_CODE_SPAN = regex.compile(r"`([^`\n]+)`")
# GFM's strike-through, html2text's and reader services' <del>/<s>: a shop's old price
# ("~~Pierwotna cena wynosiła: 249,00 zł.~~Aktualna cena wynosi: 199,00 zł.", golden
# pl-produkt-woocommerce-html2text-lampka-biurkowa-text, round X); the words stay, the marks go.
_STRIKE = regex.compile(r"~~(?=\S)([^~\n]+?)(?<=\S)~~")
# A fenced code block, CommonMark's: a line of three or more backticks or tildes (an info string
# such as "sh" after them), the code, and a closing line of the same character at least as long.
# Reader services print a page's <pre> so (golden ja-dokyumento-vitepress-kankyo-hensu-markdown,
# round X): read as paragraphs, the fences ran the code into one line as a code span ("`` export
# ... ``"), the "# .env" comment inside became a heading, and the page's end after the last block
# was cut as outside_article. The code is kept line by line, as an indented block is; the fences
# are syntax. An opening fence with no closing one is left as it is: CommonMark would run it to
# the page's end, a scrape's stray "```" should not swallow the page.
_FENCE_OPEN = regex.compile(r"[ ]{0,3}(`{3,}(?=[^`]*$)|~{3,}).*")
_FENCE_CLOSE = regex.compile(r"[ ]{0,3}(`{3,}|~{3,})[ \t]*")
_ESCAPE = regex.compile(r"\\([\\`*_{}\[\]()#+\-.!>|])")
# A pipe table, GFM's: a header row of cells split by "|", a delimiter row of dashes under it (an
# alignment colon at either end of a cell, outer pipes optional) with as many cells, then a row a
# line. html2text prints an HTML table so with a bare "---|---" (golden
# pl-produkt-woocommerce-html2text-lampka-biurkowa-text, round X: "Moc | 9 W" / "---|---" /
# "Strumień świetlny | 520 lm"); read as a paragraph, the rows ran into one line that
# extract_text cut as outside_article. Each row becomes a line with its cells split by a tab, as
# our form prints a table's row (extract_text's `_TAB_ROW` reads a two-cell row as a label and
# its value). The table ends at a blank line or a line without a pipe: no converter prints a row
# without one, and a scrape's line after a table is its own block. A delimiter row holds two
# cells at least, so a rule ("---") or a setext underline is none.
_TABLE_DELIMITER = regex.compile(
    r"[ \t]*(?:\|[ \t]*)?:?-+:?(?:[ \t]*\|[ \t]*:?-+:?)+[ \t]*(?:\|[ \t]*)?",
)
_CELL_SPLIT = regex.compile(r"(?<!\\)\|")
# Markdown's evidence: lines holding a link or an image in markdown syntax, three at least (a
# plain scrape quoting one "[1](2)" stays plain) and a tenth of the page's lines or more: reader
# services and html2text print every menu item and link so (uk-novyny-markdown-reader: 18 of 40
# lines, hr-dokumentacija-html2text: 17 of 54), where a scrape in our form of a page that shows
# some markdown as it is holds few (wcxb-dev-text 4258, a blog post: 10 of 520 lines; 4523, a
# reference list: 5 of 1,000; no other text page of sh-text, wcxb-dev or the goldens has 3).
# ATX headings are no evidence: a shell or Python comment is one (wcxb-dev-text 0437's git
# how-to, 26 '# ' lines).
_MD_EVIDENCE_LINES = 3
_MD_SHARE = 0.10
# A card: one link whose text runs over lines joined by markdown's hard break, a backslash at
# the line's end ("[Title\\" / "\\" / "Description\\" / "![](icon)Publisher](url)"). Reader
# services print Ghost's bookmark cards and "read more" cards so (golden
# az-ghost-bulleten-markdown-budce-text, round V): a link to another page, title, description
# and publisher, never the article's words; it goes out whole, as a link alone on its line
# would be cut. A card is a few lines; a longer run is no card.
_CARD_MAX_LINES = 16
_CARD_END = regex.compile(r".*\]\([^()\s]*(?:\s+\"[^\"]*\")?\)[ \t]*")
# A button: a paragraph that is nothing but one link, or two side by side, of a few words. Reader
# services and html2text print a page's call-to-action buttons so, between the body's paragraphs
# (golden wo-sarwis-jina-squarespace-nataal-takk-ceet-text, round AC: "[Jël ab rendez-vous](url)"
# under the hero, "[Laaj ab njëg](url)" under the prices); nothing else told them from a short
# paragraph. Only a lone one goes: a link line next to another (a menu, a "Sources" or "See also"
# list printed without bullets) is left to extract_text, which reads runs of short lines, and so is
# one straight under a heading (a docs section that is only its link) or one whose words are a URL
# (a post that links a page).
_BUTTON_MAX_LINKS = 2
_BUTTON_MAX_WORDS = 6
_BUTTON_URLISH = regex.compile(r"://|www\.|\.[a-z]{2,4}/", regex.I)

# -- lynx and w3m dumps -------------------------------------------------------------------------

# A link marker stands straight before the link's words ("[3]About", "[13][IMG]"), a post's
# number ("[20]#2") or an arrow that links to a quoted post ("[26]>": MyBB, round Z golden
# ta-mandram-mybb-lynx-dump-suvar-eeram-text); a citation "[27]." or "[4,5]" in an article's
# prose does not (wcxb-dev-text 4063, a review with 37).
_MARKER = regex.compile(r"\[(\d{1,4})\](?=[\p{L}\p{N}\[@„“\"'«(#>»])")
_LINE_MARKER = regex.compile(r"[ \t]*(?:[*+•o·-][ \t]+)?\[\d{1,4}\](?=[\p{L}\p{N}\[])", regex.M)
_IMG = regex.compile(r"\[(?:IMG|INLINE|image)\]\s*")
# lynx names an image without alt text by its file, "[spanakopita-tapsi.jpg]": a line of that
# alone is an image (golden el-syntagi-lynx-dump-spanakopita-horiatiki-text, round Y).
_IMG_FILE = regex.compile(r"(?i)\[[^\[\]\s]{1,200}\.(?:jpe?g|png|gif|webp|svg|avif|bmp)\]")
_REFERENCES_HEAD = regex.compile(r"(?:References|Visible links|Hidden links):?")
_REFERENCE = regex.compile(r"[ \t]*\d{1,4}\.[ \t]+(?:https?|ftp|mailto|file|javascript):\S*")
_BOX_RULE = regex.compile(r"[ \t]*[━─═_\-–—=]{8,}[ \t]*")
_DUMP_BULLET = regex.compile(r"[ \t]*(?:[*+•o·]|\d{1,3}\.)[ \t]+\S")
# A dump numbers its links 1, 2, 3, ... in page order: five distinct numbers, most of them
# rising, are a dump's; a scrape's "[1]" footnote or two is not (cs-tiskova-zprava-lynx-dump: 23,
# fi-keskustelu-w3m-dump: 31).
_DUMP_MIN_MARKERS = 5
# "most of them rising": a dump repeats a number where a link is printed twice (a logo and its
# name), so not all.
_DUMP_RISING_SHARE = 0.8
# ... and a dump's menu puts markers first on their lines, three at least (cs-tiskova: 15,
# fi-keskustelu: 12), where a paper's citations stand inside sentences.
_DUMP_MIN_LINE_MARKERS = 3
# A hard-wrapped line is one whose next word would not have fitted: the wrap width is read from
# the page's long lines, a rule line of box characters left aside (it ran past the width in
# fi-keskustelu-w3m-dump and made every line look short).
_WRAP_SLACK = 2
_HEADLINE_WORDS = (4, 20)
_SENTENCE_END = regex.compile(r"[.!?…:][\"'”’»)]?$")

# -- BeautifulSoup get_text ----------------------------------------------------------------------

_BLANKISH = regex.compile(r"[ \t\u00a0]+")
# get_text() of a whole document starts with the doctype's "html" word, then the <title>.
_DOCTYPE_WORD = regex.compile(r"(?i)html")
# Lines of only spaces or tabs: an indented template's whitespace between tags. Our scraper
# writes none; get_text writes dozens (ro-recenzie: 40, hu-termek: 60).
_GETTEXT_MIN_BLANKISH = 8
# A line that goes on the sentence of the line before: it starts with a comma, a semicolon, a
# colon, a stop or a closing bracket or quote.
_CONTINUES = regex.compile(r"[,;:.!?)\]”’]")  # not '»': a breadcrumb's separator
_INNER_SENTENCE = regex.compile(r"\p{Ll}[.!?]\s+\p{Lu}")
_INLINE_MAX_WORDS = 12


# -- get_text(separator=" "): one region a line ------------------------------------------------

# A page of a few lines of which one runs past `_REGION_CHARS` holds whole regions glued with
# spaces: header, article, share and related links on one line (sv-recept-gettext-separator:
# 5 lines, one of 1,796 characters). No text page of sh-text, wcxb-dev or the goldens in our form
# has so few lines (at most `_REGION_MAX_LINES`) with a line that long; detect breaks a page of
# no line break at all the same way.
_REGION_CHARS = 1000
_REGION_MAX_LINES = 15
# ... and the long line glues furniture to prose: a run of 5+ words, most of them capitalised,
# with no sentence end in it ("Hem » Recept » Bröd Kardemummabullar", "Dela: Facebook Pinterest").
# The run starts at a word's start and its words and gaps are possessive: tried at every letter of
# a long word, the pattern was quadratic (bench/hostile's 1 MB word: 100 KB took 94 s). It is
# only searched for (is there such a run?), so it takes exactly four items before the capital: a
# run of more holds one of four items before a capital too, found where its last four start
# (a space before them). `{4,}` took every item to the line's end and gave them back one by one
# at every start: quadratic on a line of spaced dashes (bench/hostile's 1 MB dash rule: 20 KB
# 7.6 s, 80 KB 112 s).
_TITLE_RUN = regex.compile(
    r"(?<![\p{L}\p{N}'’-])(?:(?:\p{Lu}[\p{L}\p{N}'’-]*+|[»›|/·•–-])[ \t]++){4}\p{Lu}"
)
_TITLE_SUFFIX = regex.compile(r"\s+[–—|·-]\s+")
_HEADLINE_MIN_CHARS = 12
# A capitalised label and a colon after a word with no stop: a fact of a card or a table row.
_LABEL_BREAK = regex.compile(r"(?<=[\p{L}\p{N})])\s+(?=\p{Lu}\p{Ll}+:\s)")
# A prose sentence at the end of a piece: 8+ words, 70% of them after the first in lower case,
# after furniture of which 40% or more of the words are capitalised or figures.
_PROSE_MIN_WORDS = 8
_ENDS_SENTENCE = regex.compile(r"[.!?…][\"'”’»)]?$")
_PROSE_LOWER = 0.7
_FURNITURE_CAPITAL = 0.4
_SENTENCE_BREAK = regex.compile(r"(?<=[.!?…][\"'”’»)\]]?)\s+(?=\S)")


@dataclass(frozen=True, slots=True)
class _Rewrite:
    """The text in our form and the lines taken out of it, each with its reason."""

    text: str
    removed: tuple[tuple[str, str, int], ...]  # (text, reason, first line number)


def recognise(text: str) -> Form | None:
    r"""Name the form of a text scrape: "markdown", "dump", "regions", "gettext", or None.

    "regions" is `get_text(separator=" ")`: whole regions of the page a line. None is our own
    form, or one this stage does not know: the scrape passes untouched.

    Example:
        >>> recognise("Title\n\nA plain line.\n* one star\n[1] a footnote")
        >>> recognise("Title: A page\n\nURL Source: https://e.x/a\n\nMarkdown Content:\nText")
        'markdown'
    """
    lines = text.splitlines()
    if _reader_header(lines) is not None:
        return "markdown"
    if _numbered_links(text) or _lynx_layout(lines):
        return "dump"
    links = sum(1 for line in lines if _LINK.search(line))
    nonblank = sum(1 for line in lines if line.strip())
    if links >= _MD_EVIDENCE_LINES and links >= _MD_SHARE * nonblank:
        return "markdown"
    if _region_lines(lines):
        return "regions"
    if sum(
        1 for line in lines if line and _BLANKISH.fullmatch(line)
    ) >= _GETTEXT_MIN_BLANKISH or _first_word_is_doctype(lines):
        return "gettext"
    return None


def _numbered_links(text: str) -> bool:
    """Whether the scrape numbers its links as a dump does: `[N]` markers, mostly rising."""
    numbers = [int(m.group(1)) for m in _MARKER.finditer(text)]
    if (
        len(set(numbers)) < _DUMP_MIN_MARKERS
        or len(_LINE_MARKER.findall(text)) < _DUMP_MIN_LINE_MARKERS
    ):
        return False
    rising = sum(b > a for a, b in itertools.pairwise(numbers))
    return rising >= _DUMP_RISING_SHARE * (len(numbers) - 1)


# `lynx -dump -nolist` prints no link numbers, only its layout: the text indented three spaces,
# headings at the margin, list items deeper (golden zgh-tasna-dokuwiki-lynx-nolist-anasiw-
# tifinagh-text, round AD: read as our form, its tagline became the title). Our scraper's form
# indents nothing, so the layout is the evidence: half the nonblank lines, eight at least, at
# three spaces, two headings or more at the margin, and no line at one or two spaces or a tab.
_LYNX_TEXT = regex.compile(r"   \S")
_LYNX_ODD_INDENT = regex.compile(r"(?: {1,2}|[ ]*\t)\S")
_LYNX_MIN_TEXT_LINES = 8
_LYNX_TEXT_SHARE = 0.5
_LYNX_MIN_HEADINGS = 2


def _lynx_layout(lines: list[str]) -> bool:
    """Whether the scrape is laid out as lynx prints a page: text at three spaces, headings out."""
    nonblank = [line for line in lines if line.strip()]
    text = sum(1 for line in nonblank if _LYNX_TEXT.match(line))
    headings = sum(1 for line in nonblank if not line[0].isspace())
    return (
        text >= max(_LYNX_MIN_TEXT_LINES, _LYNX_TEXT_SHARE * len(nonblank))
        and headings >= _LYNX_MIN_HEADINGS
        and not any(_LYNX_ODD_INDENT.match(line) for line in nonblank)
    )


def _region_lines(lines: list[str]) -> bool:
    """A few lines, one of them whole regions glued with spaces: get_text(separator=" ")."""
    nonblank = [line for line in lines if line.strip()]
    return len(nonblank) <= _REGION_MAX_LINES and any(
        len(line) > _REGION_CHARS and _TITLE_RUN.search(line) for line in nonblank
    )


def _regions(text: str) -> _Rewrite:
    """Break a region's line into blocks: around the headline, after sentences, before labels.

    Where the blocks of a region were glued with spaces the text still shows some seams: the
    headline (the title line's words before its site suffix) stands inside the line, each
    sentence ends with a stop, a prose sentence begins with a capital after a run of furniture
    ("Skriv ut recept Nu när mörkret ..."), and a fact is a capitalised label and a colon
    ("Förberedelse: 30 minuter"); sv-recept-gettext-separator. The title line and short lines
    stay as they are.
    """
    lines = text.splitlines()
    first = next((line.strip() for line in lines if line.strip()), "")
    headline = _TITLE_SUFFIX.split(first, maxsplit=1)[0].strip()
    out: list[str] = []
    for line in lines:
        if len(line) <= _REGION_CHARS:
            out.append(line)
            continue
        seamed = line
        if len(headline) >= _HEADLINE_MIN_CHARS:
            seamed = line.replace(headline, f"\n{headline}\n")
        for piece in _SENTENCE_BREAK.sub("\n", seamed).splitlines():
            out += [_LABEL_BREAK.sub("\n", part) for part in _prose_start(piece.strip())]
    # a blank line between the pieces: each is a block, never read as a wrapped paragraph's line
    return _Rewrite(
        "\n\n".join(piece.strip() for line in out for piece in line.split("\n") if piece.strip()),
        (),
    )


def _prose_start(piece: str) -> list[str]:
    """`piece` cut before the prose sentence that ends it, when furniture stands before it."""
    if not _ENDS_SENTENCE.search(piece):
        return [piece]  # a prose sentence ends with a stop
    words = piece.split(" ")
    for i in range(len(words) - _PROSE_MIN_WORDS, 0, -1):
        word, before = words[i], words[i - 1]
        # a capitalised word of two letters or more ("I" starts no English sentence more often
        # than it stands inside one) after a word with no stop
        if len(word) < 2 or not word[:1].isupper() or not before or not before[-1:].isalnum():
            continue
        tail = words[i + 1 :]
        lower = sum(1 for w in tail if w[:1].islower())
        head = words[:i]
        capital = sum(1 for w in head if w[:1].isupper() or w[:1].isdigit())
        if lower >= _PROSE_LOWER * len(tail) and capital >= _FURNITURE_CAPITAL * len(head):
            return [" ".join(head), " ".join(words[i:])]
    return [piece]


def _first_word_is_doctype(lines: list[str]) -> bool:
    """The first line is the doctype's "html" and blank lines follow it (get_text of a page)."""
    return (
        len(lines) > 2
        and _DOCTYPE_WORD.fullmatch(lines[0].strip()) is not None
        and not lines[1].strip()
    )


def _reader_header(lines: list[str]) -> int | None:
    """The index of the "Markdown Content:" line of a reader service's header, or None."""
    if not lines or _READER_TITLE.fullmatch(lines[0]) is None:
        return None
    for i, line in enumerate(lines[:_READER_HEAD_LINES]):
        if line.strip() == _READER_START:
            return i
    return None


# -- markdown -----------------------------------------------------------------------------------


def _inline(text: str) -> str:
    """A markdown line's text: links and images to their words, emphasis and code marks gone."""
    text = _IMAGE.sub(lambda m: m.group(1), text)
    for _ in range(3):  # a link around an image's words: "[![logo](a)](b)" -> "[logo](b)"
        new = _LINK.sub(lambda m: m.group(1), text)
        if new == text:
            break
        text = new
    text = _CODE_SPAN.sub(lambda m: m.group(1), text)
    text = _unstrong(text)
    text = _STRIKE.sub(lambda m: m.group(1), text)
    text = _EMPHASIS.sub(lambda m: m.group(1), text)
    return _ESCAPE.sub(lambda m: m.group(1), text)


def _unstrong(text: str) -> str:
    r"""`text` with each strong emphasis "**words**" (or "__words__") read as its words.

    The same text as `regex.sub(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", r"\2", text)`, in linear time:
    an opening pair that finds no closing pair on its line tells that no later pair of the same
    marks on that line finds one either (their closing pairs would be its own), so the line's
    rest is not searched again for that mark.

    Example:
        >>> _unstrong("**Bold**, __also__, ** spaced ** and **a **b**")
        'Bold, also, ** spaced ** and a **b'
    """
    out: list[str] = []
    done = 0  # the text before this is in `out`
    pos = 0
    line_end = -1  # the end of the opening pair's line
    closed_until = {"**": -1, "__": -1}  # no closing pair for this mark before this line end
    while (opening := _STRONG_OPEN.search(text, pos)) is not None:
        start = opening.start()
        mark = opening.group()
        if start > line_end:
            line_end = text.find("\n", start)
            line_end = len(text) if line_end < 0 else line_end
        if start < closed_until[mark]:
            pos = start + 1
            continue
        closing = _STRONG_CLOSE[mark].search(text, start + 3, line_end)
        if closing is None:
            closed_until[mark] = line_end
            pos = start + 1
            continue
        out += [text[done:start], text[start + 2 : closing.start()]]
        done = pos = closing.end()
    out.append(text[done:])
    return "".join(out)


def _is_image_line(line: str) -> bool:
    """A line that is nothing but images (or images in links): no words of the text."""
    rest = _LINK.sub("", _IMAGE.sub("[]()", line))
    return bool(_IMAGE.search(line)) and not rest.strip()


def _markdown_head(lines: list[str]) -> tuple[list[str], list[tuple[str, str, int]], int]:
    """The title line our form starts with, the header lines taken out, where the page starts."""
    header = _reader_header(lines)
    if header is not None:
        title = _READER_TITLE.fullmatch(lines[0])
        removed = [
            (line.strip(), "markdown_header", n)
            for n, line in enumerate(lines[1 : header + 1], start=2)
            if line.strip()
        ]
        return [title.group(1).strip() if title else "", ""], removed, header + 1
    h1 = _single_h1(lines)
    if h1 is not None:
        # No <title> line: the one first-level heading is the page's title, as our scraper's
        # first line would be (hr-dokumentacija-html2text); extract_text drops its repeat.
        return [h1, ""], [], 0
    return [], [], 0


def _code_line(line: str) -> str:
    """A code block's line without the block's indent of four spaces or a tab."""
    return line[4:] if line.startswith("    ") else line.removeprefix("\t")


def _markdown_block(line: str, *, in_paragraph: bool = False) -> tuple[str, str] | None:
    """A line that is a block of its own: ("rule"|"image", text) taken out, ("", text) kept.

    Inside a paragraph (`in_paragraph`) a line opening on a number other than 1 goes on with
    it (`_wrapped_number`).
    """
    stripped = line.strip()
    if _RULE.fullmatch(stripped):
        return "rule", stripped
    if _is_image_line(stripped):
        return "image", _inline(stripped).strip() or stripped
    atx = _ATX.fullmatch(stripped)
    if atx and stripped.startswith("#"):
        return "", _inline(atx.group(1))
    bullet = _MD_BULLET.fullmatch(line) or (
        None if in_paragraph and _wrapped_number(line) else _MD_ORDERED.fullmatch(line)
    )
    if bullet:
        return "", "• " + _inline(bullet.group(2))
    quote = _QUOTE.fullmatch(line)
    if quote:
        return "", _inline(quote.group(1))
    return None


def _fence_end(lines: list[str], start: int) -> int | None:
    """The index of the fence closing the code block that `lines[start]` opens, or None."""
    opening = _FENCE_OPEN.fullmatch(lines[start])
    if opening is None:
        return None
    fence = opening.group(1)
    for i in range(start + 1, len(lines)):
        closing = _FENCE_CLOSE.fullmatch(lines[i].rstrip())
        if closing and closing.group(1)[0] == fence[0] and len(closing.group(1)) >= len(fence):
            return i
    return None


def _fenced_or_table(lines: list[str], start: int) -> tuple[list[str], int] | None:
    """The lines of the code block or table `lines[start]` opens, and the index after it.

    A fenced block's code is kept line by line, the fences go; a table's rows become lines of
    tab-split cells, its delimiter row goes. None: `lines[start]` opens neither.
    """
    fence_end = _fence_end(lines, start)
    if fence_end is not None:
        return [x.rstrip() for x in lines[start + 1 : fence_end]], fence_end + 1
    table_end = _table_end(lines, start)
    if table_end is not None:
        rows = [lines[start], *lines[start + 2 : table_end]]
        return ["\t".join(_cells(row)) for row in rows], table_end
    return None


def _cells(row: str) -> list[str]:
    """A pipe table row's cells, each read as markdown text; empty cells left out."""
    row = row.strip()
    row = row.removeprefix("|")
    if row.endswith("|") and not row.endswith("\\|"):
        row = row[:-1]
    return [cell for part in _CELL_SPLIT.split(row) if (cell := _inline(part).strip())]


def _table_end(lines: list[str], start: int) -> int | None:
    """The index after the pipe table whose header row is `lines[start]`, or None for no table."""
    if start + 1 >= len(lines) or "|" not in lines[start]:
        return None
    delimiter = lines[start + 1]
    if not _TABLE_DELIMITER.fullmatch(delimiter):
        return None
    head = lines[start].strip()
    head_cells = len(_CELL_SPLIT.split(head.removeprefix("|").removesuffix("|")))
    if head_cells != len(delimiter.strip().strip("|").split("|")):
        return None
    end = start + 2
    while end < len(lines) and lines[end].strip() and "|" in lines[end]:
        end += 1
    return end


def _wrapped_number(line: str) -> bool:
    """Whether a line inside a paragraph opens on a number that starts no list.

    As CommonMark has it, only an ordered list starting at 1 interrupts a paragraph: "2026. The"
    or "3. November" at a soft break goes on with the sentence.
    """
    m = _MD_ORDERED.fullmatch(line)
    return m is not None and not line.strip().startswith(("1.", "1)"))


def _markdown(text: str) -> _Rewrite:
    """A markdown scrape in our form: inline marks read out, images and rules taken out."""
    lines, cards = _take_cards(text.splitlines())
    out, removed, i = _markdown_head(lines)
    removed += cards
    paragraph: list[str] = []  # a paragraph's lines: markdown's soft breaks go on one line
    code = False
    while i < len(lines):
        line = lines[i].rstrip()
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        i += 1
        verbatim = _fenced_or_table(lines, i - 1)
        if verbatim is not None:
            # a fence or a table interrupts a paragraph
            out += _flushed(paragraph) + verbatim[0]
            paragraph = []
            i = verbatim[1]
            code = False
            continue
        indented = line.startswith(("    ", "\t"))
        if code and (indented or not line):
            out.append(_code_line(line))
            continue
        # four spaces after a blank line (not a nested bullet): a code block, kept line by line
        code = (
            indented and not paragraph and not _MD_BULLET.fullmatch(line) and not (out and out[-1])
        )
        if code:
            out.append(_code_line(line))
            continue
        if paragraph and (not line or _markdown_block(line, in_paragraph=True) is not None):
            out.append(_inline(" ".join(paragraph)))
            paragraph = []
        if not line:
            out.append("")
        elif not paragraph and _SETEXT.fullmatch(nxt) and not _MD_BULLET.fullmatch(line):
            out.append(_inline(line.strip()))  # a setext heading; its underline is syntax
            i += 1
        elif (
            block := _markdown_block(line, in_paragraph=bool(paragraph))
            or (None if paragraph or nxt else _button(lines, i - 1))
        ) is not None:
            reason, words = block
            if reason:
                removed.append((words, reason, i))
            else:
                out.append(words)
        else:
            logo, rest = _split_logo(line.strip()) if not paragraph else ([], line.strip())
            out += logo
            paragraph.append(rest)
    out += _flushed(paragraph)
    return _Rewrite("\n".join(out), tuple(removed))


def _link_only(line: str) -> int:
    """How many links (or images) a line is made of, bullet and all: 0 when it holds other words."""
    bullet = _MD_BULLET.fullmatch(line) or _MD_ORDERED.fullmatch(line)
    stripped = (bullet.group(2) if bullet else line).strip()
    images = _IMAGE.sub("[]()", stripped)
    links = len(_LINK.findall(images))
    return links if links and not _LINK.sub("", images).strip() else 0


def _button(lines: list[str], i: int) -> tuple[str, str] | None:
    """("button", its words) when `lines[i]`, a paragraph of one line, is a button, or None.

    A button (`_BUTTON_MAX_WORDS`) is one or two links of a few words, alone between lines
    that are no links, and under no heading.
    """
    line = lines[i].strip()
    if not 0 < _link_only(line) <= _BUTTON_MAX_LINKS or _is_image_line(line):
        return None
    words = _inline(line)
    if len(words.split()) > _BUTTON_MAX_WORDS or _BUTTON_URLISH.search(words):
        return None
    before = next((lines[j] for j in range(i - 1, -1, -1) if lines[j].strip()), "")
    after = next((lines[j] for j in range(i + 1, len(lines)) if lines[j].strip()), "")
    if any(_link_only(x) and not _is_image_line(x.strip()) for x in (before, after)):
        return None  # a picture is no link line: a hero's button stands over its photo
    if before.lstrip().startswith("#") or _SETEXT.fullmatch(before.strip()) is not None:
        return None
    return "button", words


def _flushed(paragraph: list[str]) -> list[str]:
    """A paragraph's soft-broken lines as its one line of text, or nothing for no paragraph."""
    return [_inline(" ".join(paragraph))] if paragraph else []


def _take_cards(lines: list[str]) -> tuple[list[str], list[tuple[str, str, int]]]:
    """The lines with each card (`_link_card`) blanked, and the cards' words taken out."""
    out = list(lines)
    cards = []
    i = 0
    while i < len(out):
        end = _link_card(out, i) if i == 0 or not out[i - 1].strip() else None
        if end is None:
            i += 1
            continue
        words = _inline(" ".join(x.strip().removesuffix("\\") for x in out[i:end]))
        cards.append((" ".join(words.split()), "link_card", i + 1))
        out[i:end] = [""] * (end - i)
        i = end
    return out, cards


def _link_card(lines: list[str], start: int) -> int | None:
    """The end (exclusive) of a card starting at `start`: one link over hard-broken lines, or None.

    The lines from `start` open on "[", each ends on markdown's hard break (a backslash) but the
    last, and the last closes the first "[" with "](url)" at its end.
    """
    first = lines[start].strip()
    if not first.startswith("[") or not first.endswith("\\"):
        return None
    for end in range(start + 1, min(len(lines), start + _CARD_MAX_LINES)):
        line = lines[end].strip()
        if line.endswith("\\"):
            continue
        if not _CARD_END.fullmatch(line):
            return None
        return end + 1 if _closes_at_end("\n".join(lines[start : end + 1]).strip()) else None
    return None


def _closes_at_end(text: str) -> bool:
    """Whether the "[" opening `text` is closed by the last "](" of it and by no bracket before."""
    depth = 0
    close = text.rfind("](")
    i = 0
    while i < len(text):
        c = text[i]
        if c == "\\":
            i += 2  # an escaped bracket counts for nothing
            continue
        if c == "[":
            depth += 1
        elif c == "]":
            depth -= 1
            if depth == 0:
                return i == close
        i += 1
    return False


def _split_logo(line: str) -> tuple[list[str], str]:
    """A linked image first on a line of links (the site's logo) as a line of its own, and the rest.

    Our form gives the logo a block of its own; html2text puts it first on the line of the top
    links ('[![Računko](/static/logo.svg)](/) [Dokumentacija](/docs/)': hr-dokumentacija).
    """
    logo = _LINKED_IMAGE.match(line)
    if logo is None or logo.end() == len(line):
        return [], line
    return [_inline(logo.group(1))], line[logo.end() :]


def _single_h1(lines: list[str]) -> str | None:
    """The page's one h1, ATX ("# Title") or setext ("Title" over "====="), or None.

    `markdownify` underlines its h1 by default (its `heading_style` is "underlined"): a whole
    page so converted has no "# " line (round AD golden sm-fono-nodebb-markdownify-toe-toto-talo-
    text, a NodeBB thread whose breadcrumb came first).
    """
    h1 = [_inline(line[2:].strip()) for line in lines if line.startswith("# ")]
    h1 += [
        _inline(line.strip())
        for line, under in itertools.pairwise(lines)
        if line.strip() and _SETEXT_H1.fullmatch(under) and not _MD_BULLET.fullmatch(line)
    ]
    return h1[0] if len(h1) == 1 and h1[0] else None


# -- lynx and w3m dumps -------------------------------------------------------------------------


# What takes no column on a terminal: combining marks (the vowel signs and viramas of Indic,
# Thai, Khmer and Burmese text) and zero-width characters; and what takes two (Han, kana,
# Hangul, full-width forms).
_ZERO_WIDTH = regex.compile(r"[\p{M}\u200b-\u200f\u2060\ufeff]")
_DOUBLE_WIDTH = regex.compile(
    r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\uff01-\uff60\u3000-\u303f]"
)


def _cols(line: str) -> int:
    """The columns `line` takes on a terminal, as lynx and w3m count them when they wrap.

    A Tamil line of 44 columns is 63 code points: measured in code points, a dump's lines
    looked of all lengths and none wrapped (round Z golden
    ta-mandram-mybb-lynx-dump-suvar-eeram-text lost each post's first line).
    """
    if line.isascii():
        return len(line)
    return len(line) - len(_ZERO_WIDTH.findall(line)) + len(_DOUBLE_WIDTH.findall(line))


def _wrap_width(lines: list[str]) -> int:
    """The width the dump was wrapped at: its lines of words' 95th percentile of length.

    Rules are left aside; the top twentieth of lines (an unwrapped URL or code line) do not set
    the width.
    """
    lengths = sorted(
        _cols(line.rstrip())
        for line in lines
        if " " in line.strip() and not _BOX_RULE.fullmatch(line)
    )
    if not lengths:
        return 0
    return lengths[int(0.95 * (len(lengths) - 1))]


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _cut_references(lines: list[str]) -> tuple[list[str], list[tuple[str, str, int]]]:
    """The dump without lynx's closing list of link targets, and that list as one removed block."""
    for i in range(len(lines) - 1, -1, -1):
        if _REFERENCES_HEAD.fullmatch(lines[i].strip()):
            refs = [line.strip() for line in lines[i:] if line.strip()]
            if len(refs) > 1 and all(
                _REFERENCE.fullmatch(line) for line in lines[i + 1 :] if line.strip()
            ):
                return lines[:i], [("\n".join(refs), "references", i + 1)]
            break
    return lines, []


def _dump(text: str) -> _Rewrite:
    lines = text.splitlines()
    lines, removed = _cut_references(lines)
    lines, head = _cut_link_header(lines)
    removed += head
    linked = [_MARKER.search(line) is not None for line in lines]
    lines = [_MARKER.sub("", line) for line in lines]
    width = _wrap_width(lines)
    title = _dump_headline(lines, linked, width)
    out: list[str] = []
    prev_raw = ""
    for n, raw in enumerate(lines, start=1):
        line = raw.rstrip()
        stripped = line.strip()
        if not stripped:
            out.append("")
            prev_raw = ""
            continue
        if _BOX_RULE.fullmatch(line):
            # The rule stays, a line of its own, for extract_text to drop as "rule" (it scores
            # no rule): in a thread the short lines under it are a poster's signature (golden
            # ta-mandram-mybb-lynx-dump-suvar-eeram-text, MyBB's `----` over "பழைய வீடு, ...").
            out += ["", stripped, ""]
            prev_raw = ""
            continue
        if _IMG.match(stripped) or _IMG_FILE.fullmatch(stripped):
            removed.append((stripped, "image", n))
            out.append("")
            prev_raw = ""
            continue
        if prev_raw and _wrapped(prev_raw, line, width):
            last = out[-1]
            if regex.search(r"\p{L}-$", last) and stripped[:1].islower():
                out[-1] = last[:-1] + stripped  # a word hyphenated at the wrap
            else:
                out[-1] = f"{last} {stripped}"
            prev_raw = line
            continue
        out.append(stripped)
        prev_raw = line
    if title:
        # A dump prints no <title>: the headline stands first, as our scraper's title line
        # (extract_text drops its repeat below).
        out = [title, "", *out]
    return _Rewrite("\n".join(out), tuple(removed))


# lynx prints the page's <link rel="alternate"> elements (feeds, other languages) as a first line
# of its own, "#[1]Site name - RSS Syndication [2]alternate": the markers of the <head>, never
# the page's text (golden el-syntagi-lynx-dump-spanakopita-horiatiki-text, round Z's
# ta-mandram-mybb-lynx-dump-suvar-eeram-text, whose site name on it became the title).
_LINK_HEADER = regex.compile(r"[ \t]*#\[\d{1,4}\]\S.*")


def _cut_link_header(lines: list[str]) -> tuple[list[str], list[tuple[str, str, int]]]:
    """The dump without lynx's `#[1]…` line of <head> links at its top, and that line removed."""
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        if _LINK_HEADER.fullmatch(line):
            return [*lines[:i], "", *lines[i + 1 :]], [(line.strip(), "links", i + 1)]
        break
    return lines, []


def _dump_headline(lines: list[str], linked: list[bool], width: int) -> str | None:
    """The dump's headline: the first line of 4 to 20 words standing alone, no link, no sentence.

    Menus, breadcrumbs and the logo are links (a `[N]` marker); a kicker ("Tisková zpráva") is
    shorter; the first paragraph is a wrapped line or ends a sentence (cs-tiskova-zprava-lynx-dump,
    fi-keskustelu-w3m-dump). Where the dump indents its text (`_indents_text`: lynx) the headline
    stands at the margin, as lynx prints a heading.
    """
    at_margin = _indents_text(lines)
    repeats = _repeats(lines)
    for i, line in enumerate(lines):
        text = line.strip()
        if (
            not text
            or linked[i]
            or _DUMP_BULLET.match(line)
            or _BOX_RULE.fullmatch(line)
            or _FORM_FIELD.search(line)
        ):
            continue
        if _link_wrap(lines, linked, i) and not _SENTENCE_END.search(text):
            # The wrapped end of a breadcrumb or a menu line ("உதவி › <headline>" under
            # "[9]தமிழ் மன்றம் › [10]…"): furniture, not the text's start (golden
            # ta-mandram-mybb-lynx-dump-suvar-eeram-text, round Z: it hid the headline under it).
            continue
        alone = (i == 0 or not lines[i - 1].strip()) and (
            i + 1 == len(lines) or not lines[i + 1].strip()
        )
        words = len(text.split())
        if (
            alone
            and _HEADLINE_WORDS[0] <= words <= _HEADLINE_WORDS[1]
            and not text.endswith(".")
            and not _dated(text, words)
            and repeats.get(" ".join(text.split()), -1) > i
        ):
            # A question for a headline, or lynx's indented heading, printed again below (a
            # thread's "Тема: <title>" and its first post's title: round AC golden
            # ba-forum-elinks-vbulletin-pomidor-ysenteleri-text, whose "?" read as a sentence).
            return text
        if at_margin and _indent(line) and alone and words <= _HEADLINE_WORDS[1]:
            if _SENTENCE_END.search(text):
                return None  # a paragraph of one line: the text began
            continue  # a tagline or a kicker, indented: no heading
        if alone and _HEADLINE_WORDS[0] <= words <= _HEADLINE_WORDS[1]:
            if _SENTENCE_END.search(text) or _dated(text, words):
                return None
            return text
        if words > _HEADLINE_WORDS[1] or (width and _cols(text) > width // 2):
            return None  # the text began: no headline above it
    return None


# A form's text field as a dump draws it ("Имя [____________________]" in elinks, lynx's bare
# underscores): a login box over the text, never the text's start (round AC golden
# ba-forum-elinks-vbulletin-pomidor-ysenteleri-text: its width read as the first paragraph's).
_FORM_FIELD = regex.compile(r"_{6,}")
_COLON = regex.compile(":")


def _repeats(lines: list[str]) -> dict[str, int]:
    """Each text the dump prints alone on a line or after a label's colon, and its last line.

    A line of `_dump_headline` is printed again below ("Тема: <title>") when its text's last
    line comes after it.

    Made once a dump, in one pass: asking each line in turn to scan the lines below it was
    quadratic (a lynx dump of 5,000 alone indented lines took 18 s). Only a text of 4 to 20
    words is ever asked, so only the colon tails of such a line's length are kept.
    """
    norm = [" ".join(line.split()) for line in lines]
    lengths = {len(t) for t in norm if _HEADLINE_WORDS[0] <= len(t.split()) <= _HEADLINE_WORDS[1]}
    last: dict[str, int] = {}
    for j, other in enumerate(norm):
        last[other] = j
        for colon in _COLON.finditer(other):
            start = colon.end() + (other[colon.end() : colon.end() + 1] == " ")
            if len(other) - start in lengths:
                last[other[start:]] = j
    return last


def _link_wrap(lines: list[str], linked: list[bool], i: int) -> bool:
    """Whether `lines[i]` continues a line with a link in it, no blank line between."""
    j = i - 1
    while j >= 0 and lines[j].strip():
        if linked[j]:
            return True
        j -= 1
    return False


# lynx indents a page's text three spaces and prints headings at the margin: a dump whose
# nonblank lines are indented in this share at least is one (golden
# el-syntagi-lynx-dump-spanakopita-horiatiki-text, round Y: an indented four-word tagline was
# taken as the headline). w3m indents nothing.
_INDENTED_SHARE = 0.5


def _indents_text(lines: list[str]) -> bool:
    """Whether most nonblank lines of the dump are indented (lynx's margin)."""
    nonblank = [line for line in lines if line.strip()]
    indented = sum(1 for line in nonblank if _indent(line))
    return bool(nonblank) and indented >= _INDENTED_SHARE * len(nonblank)


def _dated(text: str, words: int) -> bool:
    """A dateline, no headline: a date in it, or figures in half its words ("27.11.2026 21:05").

    A score in a headline is no date: "ბორჯღალოსნებმა იტალია თბილისში 28:19 დაამარცხეს", five
    words of which one holds figures (golden ka-ragbi-matchis-mimokhilva-w3m-dump-text, round
    V; Georgian says in five words what English says in eight, and any figure in fewer than six
    words had rejected it).
    """
    figures = sum(1 for w in text.split() if regex.search(r"\d", w))
    return bool(find_dates(text)) or 2 * figures >= words


def _wrapped(prev: str, line: str, width: int) -> bool:
    """`line` goes on `prev`'s paragraph: the same margin, and its first word did not fit."""
    if width <= 0 or _DUMP_BULLET.match(line):
        return False
    if _indent(line) != _indent(prev) and not (
        _DUMP_BULLET.match(prev) and _indent(line) > _indent(prev)
    ):
        return False
    first = line.split(maxsplit=1)[0]
    return _cols(prev.rstrip()) + 1 + _cols(first) > width - _WRAP_SLACK


# -- get_text -----------------------------------------------------------------------------------


def _gettext(text: str) -> _Rewrite:
    lines = text.splitlines()
    removed: list[tuple[str, str, int]] = []
    out: list[str] = []
    first = True
    for n, raw in enumerate(lines, start=1):
        stripped = raw.strip()
        if not stripped:
            if out and out[-1]:
                out.append("")
            continue
        if first and _DOCTYPE_WORD.fullmatch(stripped) and _first_word_is_doctype(lines):
            removed.append((stripped, "doctype", n))
            first = False
            continue
        first = False
        out.append(stripped)
    return _Rewrite("\n".join(_join_inline_splits(out)), tuple(removed))


def _join_inline_splits(lines: list[str]) -> list[str]:
    """Join a paragraph get_text split where an inline tag stood, where the text proves it.

    get_text puts an inline element's text (`<a>`, `<strong>`) on lines of its own in some
    templates: "… Tastatura are o cursă de" / "touchpad-ul" / ", care scârțâie …"
    (ro-recenzie-beautifulsoup-gettext). A line that starts with a comma, semicolon or closing
    mark continues the line before it; so does a line in lower case after a prose line (one
    with a sentence's end inside it) that stops mid-sentence; and a short piece between such
    a prose line and a continuation is the inline element itself. A headline over "de" /
    "Mihai Stoica" has no sentence inside it and stays apart.
    """
    out: list[str] = []
    filled: list[int] = []  # where the non-blank lines of `out` stand
    for line in lines:
        if not line:
            out.append(line)
            continue
        if filled and (
            _CONTINUES.match(line) or (line[:1].islower() and _is_open_prose(out[filled[-1]]))
        ):
            at = filled[-1]
            if (
                _CONTINUES.match(line)
                and len(filled) > 1
                and _is_open_prose(out[filled[-2]])
                and _is_inline_piece(out[at])
            ):
                piece = filled.pop()
                at = filled[-1]
                out[at] = _glue(out[at], out[piece])
            out[at] = _glue(out[at], line)
            del out[at + 1 :]
            continue
        out.append(line)
        filled.append(len(out) - 1)
    return out


def _is_open_prose(line: str) -> bool:
    """A line of prose that stops mid-sentence: a sentence's end inside it, none at its end."""
    return bool(_INNER_SENTENCE.search(line)) and not _ENDS_SENTENCE.search(line)


def _is_inline_piece(line: str) -> bool:
    """A few words with no sentence end: the text of one inline element."""
    return len(line.split()) <= _INLINE_MAX_WORDS and not _ENDS_SENTENCE.search(line)


def _glue(line: str, more: str) -> str:
    return line + more if _CONTINUES.match(more) else f"{line} {more}"


# -- framed tables: links and w3m draw a bordered <table> ---------------------------------------

# `links -dump` and `w3m -dump` draw an HTML table's borders: a frame of "+---+---+" (or the
# box-drawing "┌───┬───┐", "├───┼───┤", "└───┴───┘") around rows of "| cell | cell |" (golden
# la-declinatio-prima-links-dump-grammatica-text, round AB: two declension tables, a framed
# contents box and a navigation box). Read as prose, each row kept its bars and ran into the
# frame line under it ("| Nominativus | -a | -ae | |-------------+----…"). A frame line is
# nothing but frame characters, three or more of them rules, between a corner or bar at each end;
# a row starts and ends with a bar. A table is a run of such lines that opens with a corner (a
# "+" or "┌"-like one: a markdown pipe table's "|---|---|" delimiter never does) and holds a
# frame line after a row. Its frame lines become blank lines (taken out as "rule") and each row
# a line of its cells split by a tab, as our form prints a table's row; the indent stays, as a
# dump's paragraphs are read by it. Each row line stays a line: a cell wrapped over two lines
# gives two rows, and nothing else of the page moves.
_FRAME_RULE_CHARS = "-=─━═"
_FRAME_CHARS = "+|┌┐└┘├┤┬┴┼│╔╗╚╝╠╣╦╩╬║┏┓┗┛┣┫┳┻╋┃" + _FRAME_RULE_CHARS
_FRAME_OPEN = "+┌╔┏"
_FRAME_BAR = "|│║┃"
_FRAME_LINE = regex.compile(
    rf"[ \t]*+[{_FRAME_OPEN}{_FRAME_BAR}├╠┣└╚┗][{regex.escape(_FRAME_CHARS)} ]*+"
    rf"(?<=[{regex.escape(_FRAME_CHARS)}])",
)
_FRAME_ROW = regex.compile(rf"([ \t]*+)[{_FRAME_BAR}](.*[^ \t{_FRAME_BAR}].*)[{_FRAME_BAR}][ \t]*+")
_FRAME_CELL_SPLIT = regex.compile(rf"[ \t]*+[{_FRAME_BAR}][ \t]*+")
_FRAME_MIN_RULE = 3


def _frame_line(line: str) -> bool:
    """Whether `line` is a table's border or row separator: frame characters only."""
    if not _FRAME_LINE.fullmatch(line):
        return False
    stripped = line.strip()
    return (
        stripped[-1] in _FRAME_CHARS.replace(_FRAME_RULE_CHARS, "")
        and sum(stripped.count(c) for c in _FRAME_RULE_CHARS) >= _FRAME_MIN_RULE
    )


def _framed_tables(text: str) -> _Rewrite:
    """Rewrite the bordered tables of a links or w3m dump: frames out, a row of cells a line."""
    if not any(c in text for c in _FRAME_OPEN):
        return _Rewrite(text, ())
    lines = text.split("\n")
    removed: list[tuple[str, str, int]] = []
    i = 0
    while i < len(lines):
        if not (lines[i].strip()[:1] in _FRAME_OPEN and _frame_line(lines[i])):
            i += 1
            continue
        end, last_frame, rows = i + 1, i, 0
        while end < len(lines):
            if _frame_line(lines[end]):
                last_frame = end
            elif _FRAME_ROW.fullmatch(lines[end]):
                rows += 1
            else:
                break
            end += 1
        if rows == 0 or last_frame == i:
            # No run starting inside this one is a table either: it holds no row, or no frame
            # after its first line. Skipping it keeps the scan linear: retried from each line, a
            # page of 2,000 "+---+" lines took 19 s (every line read again for each start).
            i = end
            continue
        for k in range(i, last_frame + 1):
            line = lines[k]
            if _frame_line(line):
                removed.append((line.strip(), "rule", k + 1))
                lines[k] = ""
            else:
                m = _FRAME_ROW.fullmatch(line)
                assert m is not None  # the run holds frame lines and rows only
                cells = [c for c in _FRAME_CELL_SPLIT.split(m.group(2).strip()) if c]
                lines[k] = m.group(1) + "\t".join(cells)
        i = last_frame + 1
    return _Rewrite("\n".join(lines), tuple(removed))


_REWRITERS = {"markdown": _markdown, "dump": _dump, "gettext": _gettext, "regions": _regions}


def rewrite(text: str) -> tuple[Form | None, str, tuple[Block, ...]]:
    r"""Return the form of `text`, the text in our scraper's form, and the removed lines as blocks.

    Example:
        >>> form, text, removed = rewrite(
        ...     "# Day out\n\nA [walk](https://e.x/w) by the **sea**.\n\n"
        ...     "![A gull](g.jpg)\n\n* [Home](/)\n* [News](/news)\n")
        >>> form, text.splitlines()[:4]
        ('markdown', ['Day out', '', 'Day out', ''])
        >>> [(b.text, b.dropped_by) for b in removed]
        [('A gull', 'image')]
    """
    framed = _framed_tables(text)
    text = framed.text
    form = recognise(text)
    removed = framed.removed
    if form is not None:
        result = _REWRITERS[form](text)
        text, removed = result.text, removed + result.removed
    elif framed.removed:
        form = "framed"
    else:
        return None, text, ()
    blocks = tuple(
        Block(text=t, origin=f"lines {n}-{n + t.count(chr(10))}").drop(reason)
        for t, reason, n in removed
    )
    return form, text, blocks


def text_forms(doc: Document) -> Document:
    """Rewrite a markdown, lynx/w3m or get_text scrape into the form `extract_text` reads.

    A no-op on HTML and on a scrape in no other tool's form. The lines taken out (a reader
    service's header, an image, a rule, a dump's References list, get_text's doctype word) are
    dropped blocks with reasons "markdown_header", "image", "rule", "link_card", "button",
    "references", "doctype".

    Reads: decoded, kind. Writes: decoded, blocks.
    """
    if doc.kind != "text":
        return doc
    form, text, removed = rewrite(doc.decoded)
    if form is None:
        return doc
    logger.debug("text_forms: read as %s, %d lines taken out", form, len(removed))
    return doc.evolve(decoded=text, blocks=doc.blocks + removed)
