"""Stage `detect`: tell HTML from a text scrape, parse HTML once, read the declared language."""

from __future__ import annotations

import logging
from typing import Any

import lxml.etree
import lxml.html
import regex

from cleaner.document import Document
from cleaner.errors import Discard
from cleaner.jsonld import JsonLd
from cleaner.pageindex import PageIndex

logger = logging.getLogger(__name__)

# A document is HTML when it opens like one (doctype, <html>, <head>, <body>, <frameset>, a
# comment), or when tags of the page structure make up a clear share of its start. A plain-text
# scrape that quotes "<b>" once in a paragraph is still text.
_HTML_START = regex.compile(
    r"^\s*(?:<!doctype\s+html|<html\b|<head\b|<body\b|<frameset\b|<!--"
    r"|<\?xml[^>]*>\s*<(?:!doctype|html))",
    regex.I,
)
# A tag of the page structure, with its attributes.
_STRUCTURE_NAME = (
    r"(?:html|head|body|div|p|span|a|table|tr|td|ul|ol|li|h[1-6]|meta|link|script|style|article"
    r"|section|nav|header|footer|br|img)\b[^>]{0,500}>"
)
_STRUCTURE_TAG = regex.compile(rf"</?{_STRUCTURE_NAME}", regex.I)
# A fragment of markup (a JSONL row's "<p>…</p>", a CMS field's "<div>…</div>") opens with a
# structure tag and closes with one: too few tags for the count below, but no text scrape both
# opens and ends on a tag (the scrapes quoting tags in wcxb-dev-text open and end on prose).
_FRAGMENT_OPEN = regex.compile(rf"^\s*<{_STRUCTURE_NAME}", regex.I)
_FRAGMENT_CLOSE = regex.compile(r"</[a-z][a-z0-9]*\s*>\s*$", regex.I)
_LANG = regex.compile(r"^[a-z]{2,3}(?=[-_]|$)", regex.I)
_MIN_TAGS = 5
# ... and the tags sit on a good share of its lines. A text scrape of a page about HTML quotes
# tags in its code samples ("<div class=...>", MDN's "<table>" page): up to 29% of the non-empty
# lines of a wcxb-dev-text scrape carry one (12 of them have >= 5 tags, up to 13% of the
# characters), while HTML that does not open like HTML (two wcxb-dev pages) has them on 54% and
# 72% of its lines.
_TAGGED_LINES = 0.4
# Every element of the tree is a plain `HtmlElement`, chosen inside libxml2. lxml.html's own
# parser picks a class per tag name (FormElement, InputElement, ...) in a Python callback run for
# every element proxy any stage creates: 1.5 ms a page on sh-html, through every walk of the
# tree (segmenting, trafilatura, metadata). No stage uses the form classes' extra methods.
_CLASS_LOOKUP = lxml.etree.ElementDefaultClassLookup(
    element=lxml.html.HtmlElement,
    comment=lxml.html.HtmlComment,
    pi=lxml.html.HtmlProcessingInstruction,
    entity=lxml.html.HtmlEntity,
)
_SNIFF_CHARS = 20_000

# A scrape joined with spaces, not lines (`soup.get_text(" ")`, `" ".join(text.split())`) is
# one line: the title line, the menus and the article in one, so the text stages saw a single
# unit and discarded it as "0 words of body text", its whole text the title (usertest, session
# 18). No scrape of sh-text, wcxb-dev-text or the golden pages is one line, and their longest
# lines (one paragraph) run to 33,000 characters, so only a page with no line break at all and
# more than `_UNBROKEN_CHARS` characters is broken again, after each sentence's end.
_UNBROKEN_CHARS = 1000
_SENTENCE_BREAK = regex.compile(r"(?<=[.!?…][\"'”’»)\]]?)\s+(?=\S)|(?<=[。！？])\s*(?=\S)")


def _broken_lines(text: str) -> str:
    """`text`, or a scrape of no line break broken into a line per sentence (`_UNBROKEN_CHARS`)."""
    body = text.strip()
    if len(body) <= _UNBROKEN_CHARS or "\n" in body:
        return text
    logger.info("detect: a %d-character text with no line break, read a sentence a line", len(body))
    return _SENTENCE_BREAK.sub("\n", body)


def looks_like_html(text: str) -> bool:
    """Return True when `text` is an HTML document rather than a plain-text scrape."""
    head = text[:_SNIFF_CHARS]
    if _HTML_START.match(head):
        return True
    if _FRAGMENT_OPEN.match(head) and _FRAGMENT_CLOSE.search(text[-200:]):
        return True
    tags = _STRUCTURE_TAG.findall(head)
    if len(tags) < _MIN_TAGS or sum(map(len, tags)) <= len(head.strip()) * 0.02:
        return False
    lines = [x for x in head.splitlines() if x.strip()]
    tagged = sum(1 for x in lines if _STRUCTURE_TAG.search(x))
    return tagged >= _TAGGED_LINES * len(lines)


def declared_language(
    tree: lxml.html.HtmlElement,
    index: PageIndex | None = None,
) -> str | None:
    """Return the language code the page declares (`<html lang>`, content-language, og:locale).

    Args:
        tree: The parsed page.
        index: The page's index, whose `<meta>` list saves a walk of the tree.
    """
    candidates: list[str] = []
    root = tree.getroottree().getroot()
    candidates.append(root.get("lang") or root.get("xml:lang") or "")
    metas = index.elements("meta") if index is not None else root.iterfind(".//meta")
    for meta in metas:
        key = (meta.get("http-equiv") or meta.get("property") or meta.get("name") or "").lower()
        if key in {"content-language", "og:locale", "language", "dc.language"}:
            candidates.append(meta.get("content") or "")
    for value in candidates:
        match = _LANG.match(value.strip())
        if match:
            return match.group(0).lower()
    return None


# libxml2 stops reading at 256 levels of nesting (2048 with XML_PARSE_HUGE), and in recover mode
# it says so only in its error log: a page whose article sat under 300 unclosed wrappers came back
# "not_article: 0 words" (docs/robustness.md, session 19's review). So a page cut there is parsed
# again with the higher limit, and its elements below `_FLAT_DEPTH` are flattened: the stages
# walk the tree recursively (extract_html's element_path recursed past Python's 1,000 frames
# on a 1,000-deep page), and the deepest of the benchmark pages nests 55 deep.
_DEPTH_CUT = "Excessive depth in document"
# libxml2 also stops at a text node or attribute value over 10,000,000 characters (an inline
# script's bundle, a data: URI of a saved page's picture) and, in recover mode, gives back an
# empty tree, the article before it lost too: an 11 MB inline script made a page "not_article:
# 0 words" (session 23's review; tests/stages/test_detect.py). Its message names the option
# that lifts the limit (older libxml2: "huge text node"); the page, under Decode's 20 MB, is
# read again with it. libxml2 2.14's depth message names the option too ("Excessive depth in
# document: 256, use XML_PARSE_HUGE option"): `parse_html` asks for the depth first.
_SIZE_CUT = ("XML_PARSE_HUGE", "huge text node")
_HUGE_DEPTH = 2048
_FLAT_DEPTH = 200
_MAX_DEPTH = 256
# Generic wrappers stripped first under `_FLAT_DEPTH` (their text and children move up), so the
# paragraphs, headings and lists of a deep article stay blocks; if the subtree is still too deep,
# every tag in it goes.
_WRAPPERS = (
    "div", "span", "font", "section", "article", "main", "center", "b", "i", "u", "s",
    "em", "strong", "small", "big", "blockquote",
)  # fmt: skip


def _parser(*, huge: bool) -> lxml.etree.HTMLParser:
    parser = lxml.etree.HTMLParser(
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        huge_tree=huge,
        # libxml2's table of id attributes serves only XPath's id() and DTD validation, which
        # nothing here (nor trafilatura) uses: not building it saves 0.05 ms a page (sh-html).
        collect_ids=False,
    )
    parser.set_element_class_lookup(_CLASS_LOOKUP)
    return parser


def _cut_by_depth(parser: lxml.etree.HTMLParser) -> bool:
    """True when the parser stopped at its nesting limit (a fatal error: the last one logged)."""
    error = parser.error_log.last_error
    return error is not None and _DEPTH_CUT in error.message


def _cut_by_size(parser: lxml.etree.HTMLParser) -> bool:
    """True when the parser stopped at a text or attribute over its size limit (`_SIZE_CUT`)."""
    error = parser.error_log.last_error
    return error is not None and any(cut in error.message for cut in _SIZE_CUT)


def _at_depth(tree: lxml.html.HtmlElement, depth: int) -> list[lxml.html.HtmlElement]:
    """The elements `depth` levels down from the root (the root is level 1)."""
    found: list[lxml.html.HtmlElement] = tree.xpath("/" + "/".join(["*"] * depth))
    return found


# Tags whose text stays a phrase of the text around it when the tag goes; any other stripped
# element gets a line break on either side, or two <div> paragraphs glued their words
# ("goes on here.Sentence 0": tests/test_hostile.py).
_INLINE = frozenset(
    ("span", "font", "b", "i", "u", "s", "em", "strong", "small", "big", "a", "code", "abbr",
     "sub", "sup", "mark", "q", "cite", "time", "label")
)  # fmt: skip


def _strip(top: lxml.html.HtmlElement, tags: tuple[str, ...], *, leaves: bool) -> None:
    """Drop the tags of the elements of `tags` under `top` (every tag with "*").

    Their text and children stay, and a block's text stays apart from its neighbours'.
    `leaves`: also the elements with no child element (when False, a paragraph `<div>` of
    text stays a block). Which elements go is decided on the tree as given.

    Each run of dropped elements is unwrapped at once (`_unwrap`): the elements that stay move
    once, straight to their new parent. Dropping the tags one by one moved every element under
    a wrapper once per wrapper above it, and lxml walks a moved element's subtree: 20,000 items
    under 1,000 wrappers took 5.8 s, under 1,800 15.7 s (tests/test_hostile.py).
    """
    dropped = {
        element
        for element in top.iter(*tags)
        if element is not top and isinstance(element.tag, str) and (leaves or len(element))
    }
    if not dropped:
        return
    boxes = [top]
    while boxes:
        box = boxes.pop()
        for child in list(box):
            if child in dropped:
                boxes += _unwrap(child, dropped)
            else:
                boxes.append(child)


def _unwrap(element: lxml.html.HtmlElement, dropped: set[lxml.html.HtmlElement]) -> list[Any]:
    """Replace `element` by its content with the tags of `dropped` gone; return what stays.

    The result is what dropping the tags one by one gave (lxml's `drop_tag`): a block's tag
    becomes a line break before its text and one before its tail, an inline tag (`_INLINE`)
    nothing; the texts between the elements that stay are joined. Those elements move before
    `element`, which is then removed; their own dropped descendants are their caller's next
    work (`_strip`).
    """
    pieces = _content(element, dropped)
    parent = element.getparent()
    before = element.getprevious()
    text: list[str] = []
    for piece in pieces:
        if isinstance(piece, str):
            text.append(piece)
            continue
        if text:
            _append_text(parent, before, "".join(text))
            text = []
        element.addprevious(piece)
        piece.tail = None
        before = piece
    if text:
        _append_text(parent, before, "".join(text))
    parent.remove(element)
    return [piece for piece in pieces if not isinstance(piece, str)]


def _content(element: lxml.html.HtmlElement, dropped: set[lxml.html.HtmlElement]) -> list[Any]:
    """The texts and the elements that stay of `element` and its tail, in document order.

    `element` and the elements of `dropped` under it open into their text and children, a
    block's with a line break before its text and one before its tail; any other element is
    one piece, its tail the next. A loop, not recursion: a run of wrappers is 2,000 deep.
    """
    pieces: list[Any] = []
    stack: list[tuple[Any, bool]] = [(element, False)]
    while stack:
        node, closing = stack.pop()
        if node is not element and node not in dropped:
            pieces.append(node)
            if node.tail:
                pieces.append(node.tail)
            continue
        if node.tag not in _INLINE:
            pieces.append("\n")
        if closing:
            if node.tail:
                pieces.append(node.tail)
            continue
        if node.text:
            pieces.append(node.text)
        stack.append((node, True))
        stack += [(child, False) for child in reversed(node)]
    return pieces


def _append_text(
    parent: lxml.html.HtmlElement, before: lxml.html.HtmlElement | None, text: str
) -> None:
    """Put `text` where it reads after `before` (its tail), or first in `parent` (no `before`)."""
    if before is None:
        parent.text = (parent.text or "") + text
    else:
        before.tail = (before.tail or "") + text


def _flatten(tree: lxml.html.HtmlElement) -> None:
    """Drop the wrappers (then every tag) under `_FLAT_DEPTH` until none is below `_MAX_DEPTH`.

    The text stays, in document order, a line break where a block element was.
    """
    tops = _at_depth(tree, _FLAT_DEPTH)
    for top in tops:
        _strip(top, _WRAPPERS, leaves=False)
    if _at_depth(tree, _MAX_DEPTH):
        for top in tops:
            _strip(top, ("*",), leaves=True)


def _take_in_trailing_roots(tree: lxml.html.HtmlElement) -> None:
    """Move what follows `</html>` into `<body>`, where a browser shows it.

    A page that closes `</body></html>` and then goes on (a template that prints the article
    after the layout's closing tags, a second document pasted in) is read by libxml2 as a
    second `<html>` root beside the first, which no stage walks; browsers (the HTML standard's
    "after after body" mode) put that markup at the end of `<body>`. wcxb-dev 0310's whole
    article sits there (18 wcxb-dev pages have text after `</html>`; no Scrapinghub page).
    """
    extra = [el for el in tree.itersiblings() if isinstance(el.tag, str)]
    if not extra:
        return
    body = tree.find("body")
    if body is None:
        body = lxml.html.Element("body")
        tree.append(body)
    for root in extra:
        for child in list(root):
            if child.tag in {"head", "body"}:
                for inner in list(child):
                    body.append(inner)
                root.remove(child)
            else:
                body.append(child)


def parse_html(text: str) -> lxml.html.HtmlElement:
    """Parse HTML with lxml, tolerant of broken markup; never fetches or expands entities.

    A page nested deeper than 256 levels is read to 2048 levels and its deep parts flattened
    (`_flatten`): its text is all there, at most 256 levels down. A page with a text or an
    attribute over 10 MB (`_SIZE_CUT`) is read again without that limit.

    Raises:
        Discard: The markup has no element at all ("empty"), or nests deeper than 2048
            levels, where the parser stops reading ("too_complex").
    """
    # An XML declaration with an encoding is refused by lxml for str input; it is noise here.
    if text.lstrip().startswith("<?xml"):
        text = regex.sub(r"^\s*<\?xml[^>]*\?>", "", text, count=1)
    parser = _parser(huge=False)
    try:
        tree = lxml.html.document_fromstring(text, parser=parser)
        # the depth first: libxml2 2.14's depth message names XML_PARSE_HUGE too
        if _cut_by_depth(parser):
            logger.info("detect: the markup nests deeper than 256 levels; read again, flattened")
        elif _cut_by_size(parser):
            logger.info("detect: a text or attribute over 10 MB; read again without the limit")
        else:
            _take_in_trailing_roots(tree)
            return tree
        parser = _parser(huge=True)
        tree = lxml.html.document_fromstring(text, parser=parser)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise Discard(f"empty: the HTML has no content ({exc})") from exc
    if _cut_by_depth(parser):
        raise Discard(
            f"too_complex: the markup nests deeper than {_HUGE_DEPTH} elements, past which the "
            "HTML parser reads nothing (unclosed tags?); the rest of the page would be lost",
        )
    _flatten(tree)
    _take_in_trailing_roots(tree)
    return tree


DEFAULT_MAX_ELEMENTS = 60_000
"""HTML pages with more elements than this are discarded as "too_complex".

The largest of 680 benchmark pages (all of scrapinghub, every third wcxb-dev page) has 15,795
elements and the 99th percentile 9,192; extraction time grows faster than linearly past that
(100,000 tiny paragraphs took 28 s in fixtures/hostile tests), so four times the largest real page
bounds the time a page may take.
"""
DEFAULT_MAX_LINES = 100_000
"""Plain-text scrapes with more lines than this are discarded as "too_complex" (same reasoning:
the longest benchmark text scrape is a few thousand lines)."""


class Detect:
    """Decide whether the page is HTML or text; parse HTML and read its declared language.

    Reads: decoded, lang. Writes: kind, tree, jsonld (the page's JSON-LD, parsed once for the
    later stages), index (the tree's elements the stages look up, `cleaner.pageindex`), lang
    (when the page declares one and the caller gave none).

    Nesting deeper than 256 levels is flattened to 256 (`parse_html`); past 2048 levels, where
    the parser stops reading, the page is discarded ("too_complex").

    Args:
        max_elements: HTML with more elements is discarded ("too_complex").
        max_lines: Text with more lines is discarded ("too_complex").
    """

    name = "detect"

    def __init__(
        self,
        *,
        max_elements: int = DEFAULT_MAX_ELEMENTS,
        max_lines: int = DEFAULT_MAX_LINES,
    ) -> None:
        """Set the limits.

        Raises:
            ValueError: A limit is not a positive whole number (every page would be discarded
                as too complex).
        """
        for option, value in (("max_elements", max_elements), ("max_lines", max_lines)):
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ValueError(f"Detect({option}={value!r}): give a positive whole number")
        self.max_elements = max_elements
        self.max_lines = max_lines

    def __call__(self, doc: Document) -> Document:
        """Tell the kind of the page, and parse it if it is HTML."""
        if not looks_like_html(doc.decoded):
            lines = doc.decoded.count("\n") + 1
            if lines > self.max_lines:
                raise Discard(
                    f"too_complex: {lines} lines > {self.max_lines} (see Detect(max_lines=...))",
                )
            return doc.evolve(kind="text", decoded=_broken_lines(doc.decoded))
        tree = parse_html(doc.decoded)
        # Every element the parser makes comes from a tag ("<"), or is one it implies: the
        # document's html/head/body, and at most one paragraph or row opened around a tag or a
        # run of text (runs are at most one more than the tags). A page whose "<" count keeps
        # even four elements a "<" under the limit needs no count (sh-html: 0.3 ms a page).
        if 4 * (doc.decoded.count("<") + 1) + 16 <= self.max_elements:
            elements = 0
        else:
            # tree.iter() yields elements, comments and processing instructions. With the plain
            # element class chosen inside libxml2 (`_CLASS_LOOKUP`) a proxy is cheap: the walk
            # takes half the time of libxml2's XPath count(descendant-or-self::node()[not(
            # self::text())]), which builds the node-set of the page first.
            elements = sum(1 for _ in tree.iter())
        if elements > self.max_elements:
            raise Discard(
                f"too_complex: {elements} elements > {self.max_elements} "
                "(see Detect(max_elements=...))",
            )
        if tree.find("body") is None and tree.find("frameset") is not None:
            # A frameset page has no text of its own: its frames are other pages. Saying so
            # tells the user what to fetch ("not_article: 0 words" did not; fixtures/hostile/
            # frameset.html, found by the usertest helper, session 16).
            srcs = [src for frame in tree.iter("frame") if (src := frame.get("src"))]
            raise Discard(
                "frameset: the page holds only frames, no text of its own; fetch and clean "
                f"the frames' pages ({', '.join(srcs[:3]) or 'their src is not given'})",
            )
        index = PageIndex(tree)
        lang = doc.lang or declared_language(tree, index)
        ld = JsonLd.read(tree, elements=index.elements("script"))
        return doc.evolve(kind="html", tree=tree, jsonld=ld, index=index, lang=lang)

    def __repr__(self) -> str:
        """Show the limits."""
        return f"Detect(max_elements={self.max_elements}, max_lines={self.max_lines})"


detect = Detect()
