"""Cut a parsed HTML page into text blocks and describe each one for the block classifier.

One pass over the lxml tree (`lxml.etree.iterwalk`, which runs in C) turns every run of text
between block-level tags into a `RawBlock`: its text, how much of it sits inside links, the tag
that holds it, and what its ancestors say about it (landmarks such as `<nav>`, class/id words
such as "sidebar" or "content"). `features` turns a block and its neighbours into the numbers the
block model in `cleaner.stages.extract_html` weighs, among them where the block sits against the
main container (the deepest element holding most of the text trafilatura kept). The tree
is only read, never changed.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

import lxml.etree
import regex

from cleaner.words import count_words

if TYPE_CHECKING:
    from collections.abc import Callable, Container, Sequence

    from lxml.html import HtmlElement

# Elements whose content is never page text (scripts, styles, form widgets, embedded media).
# Not <button>: browsers close it at the next block, but lxml nests the rest of the page in an
# unclosed one (wcxb-dev: 55 pages came out empty when button subtrees were skipped).
SKIP_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "head",
        "iframe",
        "object",
        "embed",
        "canvas",
        "select",
        "option",
        "textarea",
        "input",
        "math",
        "video",
        "audio",
        "map",
        "title",
        "meta",
        "link",
        # Shopify Dawn's quantity box (and of every theme built on it): two buttons whose hidden
        # labels name the product, "Decrease quantity for X − Increase quantity for X +", in the
        # shop's language, and a number field (round Z golden hy-apranq-shopify-*; wcxb-dev
        # 4017, 4024, 4029, 4789, whose truths hold none of it)
        "quantity-input",
    },
)

# Elements that start and end a block; everything else (a, span, b, em, ...) is inline.
BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "main",
        "aside",
        "header",
        "footer",
        "nav",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "pre",
        "table",
        "tr",
        "td",
        "th",
        "thead",
        "tbody",
        "tfoot",
        "caption",
        "figure",
        "figcaption",
        "form",
        "fieldset",
        "legend",
        "address",
        "details",
        "summary",
        "hr",
        "body",
        "html",
        "center",
        "menu",
        "label",
        "hgroup",
        "picture",
        "br",
    },
)

# Landmarks whose content is almost never the main text, and those that usually hold it.
_BOILER_TAGS = frozenset({"nav", "header", "footer", "aside", "form", "menu"})
_CONTENT_TAGS = frozenset({"article", "main"})

# Class/id words of a comment section, in the languages of the golden pages and more: English
# "comments" alone missed the Portuguese `section.comentarios > div.comentario` of golden
# pt-noticia-mais-lidas-comentarios-html. They count as boilerplate words too.
COMMENT_WORDS = frozenset(
    {
        "comment",
        "comments",
        "comentarios",
        "comentario",
        "comentarii",
        "commentaires",
        "commentaire",
        "kommentare",
        "kommentar",
        "kommentarer",
        "kommentit",
        "commenti",
        "commento",
        "reacties",
        "reactie",
        "komentarze",
        "komentarz",
        "komentare",
        "komentar",
        "yorumlar",
        "disqus",
    },
)
"""Class/id words that mark a comment section (any language; see `comment_box`)."""

# Class words of a forum post's signature and of the poster's card beside the post (rank, post
# count, join date), as phpBB (`dl.postprofile`, `div.signature`), XenForo
# (`div.message-userDetails`, `h5.userTitle`, `div.message-userExtras`, `div.message-signature`),
# vBulletin (`div.userinfo`, `div.signaturecontainer`) and Stack Exchange (`div.post-signature`,
# `div.user-details`) write them. wcxb-dev and scrapinghub truth keeps 5% of the words in
# signature boxes (36 pages) and 0-9% of those in the card boxes but `postprofile` and
# `userDetails` (14% and 30%: the poster's name, which `extract_html` keeps). A two-word class
# ("user-info") counts joined. They count as boilerplate words too.
SIGNATURE_WORDS = frozenset({"signature", "signaturecontainer"})
"""Class words of a forum post's signature box (see `card_attrs`)."""
USER_CARD_WORDS = frozenset(
    {
        "postprofile",
        "userinfo",
        "userdetails",
        "usertitle",
        "userextras",
        "userstats",
        "posterinfo",
        "miniprofile",
    },
)
"""Class words of the poster's card beside a forum post (see `card_attrs`)."""

# Class/id words (split on non-letters, compared whole, as resiliparse does) that mark page
# furniture, and those that mark the main text. Calibrated on the wcxb-dev error report:
# leaked menus, share bars, "related" rails, cookie banners.
_BOILER_WORDS = frozenset(
    {
        "nav",
        "navbar",
        "navigation",
        "menu",
        "menus",
        "footer",
        "header",
        "sidebar",
        "side",
        "aside",
        "widget",
        "widgets",
        "breadcrumb",
        "breadcrumbs",
        "share",
        "sharing",
        "social",
        "related",
        "recommended",
        "promo",
        "advert",
        "ad",
        "ads",
        "banner",
        "cookie",
        "cookies",
        "consent",
        "newsletter",
        "subscribe",
        "signup",
        "login",
        "popup",
        "modal",
        "toolbar",
        "pagination",
        "pager",
        "tags",
        "tag",
        "meta",
        "byline",
        "author",
        "skip",
        "sponsored",
        "teaser",
        "more",
        "footnote",
        "masthead",
        "topbar",
        "dropdown",
        "offcanvas",
        "overlay",
        "copyright",
        "legal",
        "hidden",
        "sr",
        "visually",
        "screen",
        # a forum post's signature line (golden de-forum-thread-waermepumpe)
        *SIGNATURE_WORDS,
        *USER_CARD_WORDS,
        *COMMENT_WORDS,
    },
)
_CONTENT_WORDS = frozenset(
    {
        "content",
        "article",
        "post",
        "entry",
        "body",
        "main",
        "text",
        "story",
        "prose",
        "description",
        "product",
        "detail",
        "details",
        "richtext",
        "markdown",
        "blog",
        "thread",
        "message",
        "answer",
        "question",
        "review",
        "reviews",
        "docs",
        "documentation",
    },
)
_WORD_SPLIT = regex.compile(r"[^\p{L}]+")
_ASCII_WORD = re.compile("[a-z]+")
_TOKEN = regex.compile(r"\w+")
# `_TOKEN` on ASCII text: the regex module's \w matches only these there, and `re` finds them in
# 2/3 of the time (most blocks are ASCII: 87% on sh-html)
_ASCII_TOKEN = re.compile("[a-z0-9_]+")
# Non-ASCII characters that are in no `_TOKEN` run: the quotes, dashes, spaces and symbols of
# typeset English. A text whose other characters are all ASCII has `_ASCII_TOKEN`'s tokens (these
# are no [a-z0-9_] either): on sh-html 2,534 of the 4,145 non-ASCII texts (1.0 of their 1.4
# million characters), on which `_TOKEN` took twice `re`'s time (tokens 0.8 -> 0.5 ms a page).
NON_WORD_CHARS = (
    "\u2018\u2019\u201a\u201c\u201d\u201e\u2013\u2014\u2212\u2026\u2022\u00b7\u2032\u2033"
    "\u00ab\u00bb\u00a0\u2009\u202f\u200b\u20ac\u00a3\u00a9\u00ae\u00b0\u2122\u00a7\u00b6"
    "\u00b4\u00d7"
)
"""Characters `tokens` reads as ASCII text's separators (each is no `\\w` of the regex module)."""
_NOT_ASCII_WORDS = re.compile(f"[^\\x00-\\x7f{NON_WORD_CHARS}]")
_SENTENCE_END = regex.compile(r"[.!?…:;»\"”')。！？]\s*$")
# The characters `_SENTENCE_END` ends on. Its `\s` is a subset of `str.isspace` (checked over
# every code point), so a text whose last character is not a space ends a sentence exactly
# when that character is one of these.
_SENTENCE_END_CHARS = frozenset(".!?…:;»\"”')。！？")
_PUNCT = ",.;:!?，。；：！？、"
_ASCII_PUNCT = ",.;:!?"
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})

FOUND = 0.5
"""A block counts as trafilatura's when at least this share of it is found in its output."""
_LIST_TAGS = frozenset({"li", "dd", "dt"})
_CELL_TAGS = frozenset({"td", "th"})


@dataclass(frozen=True, slots=True, init=False)
class RawBlock:
    """A run of page text between two block boundaries, with what its ancestors say.

    Attributes:
        text: The text, whitespace collapsed.
        tag: The tag of the nearest block-level element that holds the text.
        link_chars: How many characters of `text` sit inside `<a>` elements.
        depth: The nesting depth of that element.
        boiler: Boilerplate hints among the ancestors (landmark tags and class/id words).
        content: Main-content hints among the ancestors.
        in_list: Whether the text sits in a list (`li`, `dd`, `dt`).
        in_table: Whether the text sits in a table cell.
        element: The element that holds the text (for the block's origin).
    """

    text: str
    tag: str
    link_chars: int
    depth: int
    boiler: int
    content: int
    in_list: bool
    in_table: bool
    element: HtmlElement

    def __init__(  # noqa: PLR0913, PLR0917 - the dataclass's own fields, in order
        self,
        text: str,
        tag: str,
        link_chars: int,
        depth: int,
        boiler: int,
        content: int,
        in_list: bool,
        in_table: bool,
        element: HtmlElement,
    ) -> None:
        """Make a block: the fields in order, set through the slots' descriptors.

        A frozen dataclass's generated `__init__` calls `object.__setattr__` once a field;
        `segment` makes ~165 blocks a page on sh-html (1.9 us saved each, as
        `cleaner.document.Block.__init__`).
        """
        _SET_TEXT(self, text)
        _SET_TAG(self, tag)
        _SET_LINK_CHARS(self, link_chars)
        _SET_DEPTH(self, depth)
        _SET_BOILER(self, boiler)
        _SET_CONTENT(self, content)
        _SET_IN_LIST(self, in_list)
        _SET_IN_TABLE(self, in_table)
        _SET_ELEMENT(self, element)

    @property
    def link_density(self) -> float:
        """Share of the characters inside links."""
        return self.link_chars / len(self.text) if self.text else 0.0


(
    _SET_TEXT,
    _SET_TAG,
    _SET_LINK_CHARS,
    _SET_DEPTH,
    _SET_BOILER,
    _SET_CONTENT,
    _SET_IN_LIST,
    _SET_IN_TABLE,
    _SET_ELEMENT,
) = (
    RawBlock.__dict__[name].__set__
    for name in (
        "text",
        "tag",
        "link_chars",
        "depth",
        "boiler",
        "content",
        "in_list",
        "in_table",
        "element",
    )
)


# The answers `attr_hints` gives, one tuple each, shared by every cached string that gives it:
# a cache filled by sh-html's 181 pages holds 16,384 strings, nearly all answering (0, 0) or
# (1, 0): a tuple of its own for each held 0.9 MB (one process over sh-html: peak 96 -> 94-95 MB).
# A smaller cache would save more, but a miss costs ~6 us and at 4,096 a page misses 38 more.
_HINT_PAIRS: dict[tuple[int, int], tuple[int, int]] = {}


@functools.lru_cache(maxsize=16384)
def attr_hints(attrs: str) -> tuple[int, int]:
    """Count the boilerplate and content words of a "class id role" string.

    Cached across pages: a site's pages share their class names, and so do frameworks.
    """
    low = attrs.lower()
    # ASCII text has no letters but a-z once lower-cased: the `re` scan finds the same words
    words = set(_ASCII_WORD.findall(low)) if low.isascii() else set(_WORD_SPLIT.split(low))
    boiler = len(words & _BOILER_WORDS)
    pairs = _joined_pairs(low)
    if pairs:
        # a two-word card class ("user-info") counts once, as the one word would
        boiler += len((pairs - words) & USER_CARD_WORDS)
    hints = (boiler, len(words & _CONTENT_WORDS))
    return _HINT_PAIRS.setdefault(hints, hints)


_PAIR = re.compile("([a-z]+)[-_]([a-z]+)")


def _joined_pairs(low: str) -> set[str]:
    """Return the two-word class names of a lower-case attribute string, joined ("userinfo")."""
    return {a + b for a, b in _PAIR.findall(low)} if ("-" in low or "_" in low) else set()


@functools.lru_cache(maxsize=4096)
def card_attrs(cls: str) -> int:
    """Whether a class string names a forum signature (2), a poster's card (1) or neither (0).

    Class words count whole and, for two-word names ("user-info", "post_profile"), joined.
    """
    low = cls.lower()
    if not any(part in low for part in ("signature", "user", "profile", "poster")):
        return 0  # every card word holds one of these: most classes are answered here
    words = set(_ASCII_WORD.findall(low)) | _joined_pairs(low)
    if not words.isdisjoint(SIGNATURE_WORDS):
        return 2
    return 1 if not words.isdisjoint(USER_CARD_WORDS) else 0


@functools.lru_cache(maxsize=16384)
def comment_attrs(attrs: str) -> bool:
    """Whether a "class id" string names a comment section (`COMMENT_WORDS`)."""
    low = attrs.lower()
    words = set(_ASCII_WORD.findall(low)) if low.isascii() else set(_WORD_SPLIT.split(low))
    return not words.isdisjoint(COMMENT_WORDS)


_CAMEL = re.compile("(?<=[a-z])(?=[A-Z])")
_CAMEL_MIN = 3


def attr_word_list(attrs: str) -> list[str]:
    """Return the lower-case words of a "class id" string in order, camelCase names split too.

    CSS-module and React class names join their words by case ("averageCustomerReviews",
    "AuthorCard_card__J9pQz"), which the split on non-letters alone leaves whole. In order,
    for a reader that joins neighbours ("site-header" -> site, header: `removal_reasons`).
    """
    split = (attrs if attrs.islower() else _CAMEL.sub(" ", attrs)).lower()
    if split.isascii():
        return _ASCII_WORD.findall(split)
    return [w for w in _WORD_SPLIT.split(split) if w]


@functools.lru_cache(maxsize=16384)
def attr_words(attrs: str) -> frozenset[str]:
    """Return the set of `attr_word_list`'s words, cached (the page rules ask per box)."""
    return frozenset(attr_word_list(attrs))


def boiler_attrs(attrs: str) -> bool:
    """Whether a "class id" string names page furniture, camelCase names split too.

    `attr_hints` feeds the model, which was trained on whole-word class names; the page rules
    that ask whether one box calls itself furniture also read CSS-module names
    ("InlineRelated_box__G5fLk", "ShareBar_bar__e4Rt6"), whose parts of three letters or more
    count (the two-letter bits of a hashed suffix do not).
    """
    if attr_hints(attrs)[0]:
        return True
    if attrs.islower():
        return False
    return any(len(w) >= _CAMEL_MIN and w in _BOILER_WORDS for w in attr_words(attrs))


# A hidden or <noscript> element this big is the page itself, not a widget: server-rendered
# apps stream their body into a hidden div, forums serve theirs in <noscript> for crawlers
# (wcxb-dev: 50 pages came out empty when such subtrees were skipped).
_PAGE_SIZED = 200


def _holds_page(el: HtmlElement) -> bool:
    return any(n >= _PAGE_SIZED for n, _ in enumerate(el.iter(), 1))


# React's streaming server render (Next.js, Remix, ...) sends each suspended part of the page
# late, as `<div hidden id="S:7">`, and a script (`$RC("B:7","S:7")`) moves it into its place:
# the browser shows it, so it is no hidden widget whatever its size (wcxb-dev 0384's article,
# 0602's product text; 33 wcxb-dev pages stream so, no scrapinghub page).
_STREAMED = re.compile(r"S:\d+")


def _shown_later(el: HtmlElement) -> bool:
    ident = el.get("id")
    return ident is not None and _STREAMED.fullmatch(ident) is not None


def _shown_link(el: HtmlElement, keys: list[str]) -> bool:
    """Whether `el` is a link that `aria-hidden` hides from screen readers alone, not the eye.

    A card's second link to the same story (the first is its headline) is `aria-hidden` with
    `tabindex="-1"` so a screen reader does not read the link twice; inside a paragraph it is
    the teaser's text on screen (wcxb-dev 1310: each card's summary is such a link inside its
    `<p>`, which the truth keeps). Elsewhere an `aria-hidden` link is an icon or a carousel's
    copy (wcxb-dev 0612's product slides sit in `<div>`s), hidden as before.
    """
    if el.tag != "a" or "hidden" in keys or "style" in keys:
        return False
    parent = el.getparent()
    return parent is not None and parent.tag == "p" and el.get("tabindex") == "-1"


# A folded panel's class words: an accordion's or a tab's content, which a click shows. Its text is
# the page's (a service's offers, a category's buying guide, a product's details, FAQ answers):
# of the text hidden in such boxes on wcxb-dev, most is the truth's (accordion boxes 5,500 of
# 6,800 words on 30 pages, `role="tabpanel"` 4,000 of 5,100 on 19, `collapse` 1,200 of 2,400),
# against 0.09 of other hidden `<div>`s (menus, dialogs, carousel copies).
_PANEL_WORDS = frozenset({"accordion", "collapse", "collapsible", "tabpanel", "faq", "faqs"})
# The same widgets fold a site's menus (a navbar's `collapse`, a footer's link accordions, a mega
# menu's panels) and dialogs: those stay hidden.
_PANEL_FURNITURE = frozenset(
    {
        "menu",
        "submenu",
        "nav",
        "navbar",
        "navigation",
        "dropdown",
        "mega",
        "modal",
        "dialog",
        "popup",
        "popover",
        "drawer",
        "search",
        "cookie",
        "consent",
        "header",
        "footer",
    },
)


def _folded_panel(
    el: HtmlElement,
    keys: list[str],
    controlled: Callable[[], frozenset[str]],
) -> bool:
    """Whether a hidden `el` is a folded accordion or tab panel, shown on a click.

    `role="tabpanel"`, a class/id word of `_PANEL_WORDS` (camelCase split:
    "FAQ_accordionItem__uz"), or an id a control of the page discloses (`aria-controls`: the
    ARIA pattern of accordions and tabs, whatever their class names), and no word of a menu or
    dialog (`_PANEL_FURNITURE`: hamburger buttons disclose their menus the same way).
    `controlled` gives the page's disclosed ids, asked last: reading them walks the whole page
    (~1 ms on sh-html), which most hidden elements are decided without.
    """
    cls = el.get("class") if "class" in keys else None
    ident = el.get("id") if "id" in keys else None
    if cls is None and ident is None:
        return "role" in keys and el.get("role") == "tabpanel"
    words = attr_words(f"{cls or ''} {ident or ''}")
    if not words.isdisjoint(_PANEL_FURNITURE):
        return False
    return (
        ("role" in keys and el.get("role") == "tabpanel")
        or not words.isdisjoint(_PANEL_WORDS)
        or (ident is not None and ident in controlled())
    )


def _controlled_ids(root: HtmlElement) -> frozenset[str]:
    """The ids that the page's controls disclose (`aria-controls`, space-separated lists)."""
    return frozenset(w for value in root.xpath("//@aria-controls") for w in str(value).split())


# A <noscript> with this much text is the page served to crawlers, however few its elements:
# a Discourse thread's posts are ~130-190 plain elements there (wcxb-dev: 3 forum pages came out
# empty); no <noscript> of scrapinghub or the golden pages holds even 500 characters.
_PAGE_CHARS = 2000


def _noscript_page(el: HtmlElement) -> bool:
    return _holds_page(el) or len(el.text_content()) >= _PAGE_CHARS


def heads_quote(el: HtmlElement) -> bool:
    """Whether a `<cite>` opens a quote: the "X wrote:" line a forum puts atop a quoted post.

    phpBB writes `<blockquote><div><cite>X wrote: ↑ date</cite>quoted text</div></blockquote>`;
    the `<cite>` is inline there, so without a boundary the attribution runs into the quote
    ("19:42her er det ...", golden nb-forum-traad-sitat-svar-html). A `<cite>` inside a
    sentence ("as <cite>Nature</cite> reported") or after a pull quote is no such line.
    """
    parent = el.getparent()
    if parent is None or (parent.text and not parent.text.isspace()):
        return False
    if parent.tag != "blockquote":
        if parent.tag != "div":
            return False
        grand = parent.getparent()
        if grand is None or grand.tag != "blockquote" or parent.getprevious() is not None:
            return False
    return el.getprevious() is None


# The byline and caption candidates of `cleaner.pageindex` (see the comment over `PageIndex` for
# what each test stands for), found here so that `segment`'s walk can find them as well.
CAPTION_MARK = 2
"""The `class_marks` bit of a class that may mark a caption."""
BYLINE_MARK = 1
"""The `class_marks` bit of a class that may mark a byline."""
# What `class_marks` answered, by class string; bounded (a site's pages share their classes, a
# long batch of many sites must not grow it without end).
_CLASS_MARKS: dict[str, int] = {}
_CLASS_MARKS_MAX = 16384


def class_marks(cls: str) -> int:
    """The `CAPTION_MARK` and `BYLINE_MARK` bits of a class string, remembered per process."""
    mark = _CLASS_MARKS.get(cls)
    if mark is not None:
        return mark
    mark = 0
    if (
        "aption" in cls
        or "legend" in cls
        or "égende" in cls
        or "pie-de-foto" in cls
        or "didascalia" in cls
        or "bildunterschrift" in cls
        or "mageText" in cls
        or "mage-text" in cls
        or "magetext" in cls
        or "mgtext" in cls
        or "ildtext" in cls
    ):
        mark |= CAPTION_MARK
    if (
        "uthor" in cls
        or "yline" in cls
        or "autor" in cls
        or "auteur" in cls
        or "writer" in cls
        or "firma" in cls
    ):
        mark |= BYLINE_MARK
    if len(_CLASS_MARKS) < _CLASS_MARKS_MAX:
        _CLASS_MARKS[cls] = mark
    return mark


_AUTHOR_PROPS = frozenset({"author", "creator"})


def _author_href(href: str | None) -> bool:
    return href is not None and (
        "/aut" in href or "/people/" in href or "/staff/" in href or "/contributor" in href
    )


def byline_attrs(el: HtmlElement) -> bool:
    """Whether an attribute of `el` other than its class marks it as a byline."""
    ident = el.get("id")
    if ident is not None and ("uthor" in ident or "yline" in ident):
        return True
    itemprop = el.get("itemprop")
    if itemprop is not None and itemprop in _AUTHOR_PROPS:
        return True
    rel = el.get("rel")
    if rel is not None and "author" in rel:
        return True
    return el.tag == "a" and _author_href(el.get("href"))


def mark_candidates(
    root: HtmlElement,
    byline: list[HtmlElement],
    caption: list[HtmlElement],
) -> None:
    """Add every element of `root`'s subtree (itself too) that may be a byline or a caption.

    In document order, to `byline` and `caption`: the tests of `PageIndex.byline_candidates`
    and `PageIndex.caption_candidates`.
    """
    for el in root.iter(lxml.etree.Element):
        cls = el.get("class")
        mark = class_marks(cls) if cls is not None else 0
        if mark & CAPTION_MARK or el.tag == "figcaption":
            caption.append(el)
        if mark & BYLINE_MARK or byline_attrs(el):
            byline.append(el)


# Frames on the walk's stack are plain tuples (cheaper than objects on a hot loop):
# (tag of the holding block, boiler, content, in_list, in_table, holding element, is_block, is_link)
_Frame = tuple[str, int, int, bool, bool, "HtmlElement", bool, bool]


# MediaWiki's furniture INSIDE a heading or a paragraph, where the furniture box rule of
# extract_html (`_wiki_blocks`), which drops whole blocks, cannot reach it: the "[edit]" link
# in every section heading (`span.mw-editsection`) and the footnote marker after a sentence
# (`sup.reference`, "[1]"). Golden th-wiki-mediawiki-talat-nam-khlong-suan-html (round Y) read
# "ประวัติ[แก้ไข]" and "…ทางเข้าตลาด[3]". Read as skipped tags, like a hidden element.
_WIKI_INLINE_CLASS = "mw-editsection"
_WIKI_MARKER_CLASS = "reference"


_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def _wiki_inline(el: HtmlElement, tag: str, cls: str) -> bool:
    """Whether `el` (of `tag` and class `cls`) is MediaWiki's edit link or footnote marker.

    Only an edit link inside its heading: MediaWiki 1.42's `div.mw-heading` puts it beside the
    `<h2>`, a block of its own that the furniture box rule weighs (wcxb-dev 2904, a list page,
    lost its one-letter headings "E", "I", "J" to the model with that block gone: 0.477 ->
    0.466).
    """
    if _WIKI_INLINE_CLASS in cls:
        parent = el.getparent()
        return (
            _WIKI_INLINE_CLASS in cls.split()
            and parent is not None
            and str(parent.tag).lower() in _HEADINGS
        )
    return tag == "sup" and _WIKI_MARKER_CLASS in cls.split()


# A price box's screen-reader labels: Shopify Dawn (and every theme built on it) prints "Regular
# price", "Sale price", "Unit price" and "per" in the shop's language as
# `span.visually-hidden` inside `div.price`, WooCommerce "Original price was: 249€." as
# `span.screen-reader-text` inside `span.price`. The eye sees the figures alone, printed beside
# them, so the label is no page text in any language (round Z golden
# hy-apranq-shopify-urc-tey-aragats-html, whose Armenian labels only a phrase rule dropped; of
# the 10 Dawn pages of wcxb-dev, one truth keeps a label, 3026's "Sale price $799"; 0638 0.348
# -> 0.529, 2897 0.418 -> 0.503).
_SR_CLASSES = frozenset({"visually-hidden", "visuallyhidden", "sr-only", "screen-reader-text"})
# Dawn's label sits in `.price__sale` in `.price__container` in `.price`: three levels up finds
# the box and stops short of a page-wide "pricing" section.
_PRICE_BOX_DEPTH = 3
# Outside a price box the same classes hide a control's name ("Skip to search results", "Clear
# Search", "Add to favorites. 0 people have favorited this", "Rated 4 stars out of 5", "Product
# Link", a tile's "Number of reviews:"), which no eye reads either (session 28: wcxb-dev 2953
# 0.148 -> 0.533, 3000 0.622 -> 0.783, 3051 0.629 -> 0.736, 4379 0.906 -> 0.989). Three kinds
# stay: a label in a table cell stands for the icon beside it (a comparison table's check marks
# read "Yes" / "No", wcxb-dev 4869, whose truth keeps them), one of more than this many words
# is a tooltip's or a title's text (4869's row notes, 0599's product name), and a link's only
# name is left to the rules that read links and cards (a phpBB card's "Contact <name>":
# without it golden yi-forum-phpbb-klaviatur-android-html's last card read as a new one, its
# poster's name kept, 0.963 -> 0.950).
_SR_LABEL_WORDS = 20
_CELLS = frozenset({"td", "th"})


def _hidden_label(el: HtmlElement, cls: str) -> bool:
    """Whether `el` (of class `cls`) is a label for screen readers alone, no page text.

    A `_SR_CLASSES` element inside a price box (`_PRICE_BOX_DEPTH` levels up), or anywhere
    else when it holds at most `_SR_LABEL_WORDS` words, sits in no table cell and is not the
    whole text of the link around it.
    """
    if not _SR_CLASSES.intersection(cls.split()):
        return False
    for depth, box in enumerate(el.iterancestors(), 1):
        if "price" in (box.get("class") or "").lower():
            return True
        if depth == _PRICE_BOX_DEPTH:
            break
    if any(str(box.tag).lower() in _CELLS for box in el.iterancestors()):
        return False
    text = el.text_content()
    parent = el.getparent()
    if (
        parent is not None
        and str(parent.tag).lower() == "a"
        and parent.text_content().strip() == text.strip()
    ):
        return False
    return len(text.split()) <= _SR_LABEL_WORDS


def segment(  # noqa: C901, PLR0912, PLR0915 - one hot loop over the tree; helpers would cost a call per element
    root: HtmlElement,
    *,
    candidates: tuple[list[HtmlElement], list[HtmlElement]] | None = None,
) -> list[RawBlock]:
    """Cut the page under `root` into text blocks, in document order.

    Args:
        root: The parsed page (the `<html>` element, or any element to start from).
        candidates: Two lists to which the same walk adds the byline and the caption
            candidates of `root`'s subtree (`mark_candidates`), in document order: the walk
            reads the attributes anyway, and a walk of its own cost `PageIndex` ~1 ms a page.

    Returns:
        The non-empty blocks. Whitespace inside each is collapsed to single spaces; text in
        `SKIP_TAGS` and hidden elements is left out.
    """
    blocks: list[RawBlock] = []
    # The text since the last block boundary. It opens with a piece that is not all whitespace:
    # whitespace before a block's first word is no part of it, and most text between block tags
    # of an indented page is only that, so a boundary has something to flush only where there is
    # text (sh-html: 55,000 of 85,000 boundaries flushed whitespace alone).
    parts: list[str] = []
    link_parts: list[str] = []
    stack: list[_Frame] = []
    owners: list[_Frame] = []  # the block frames of `stack`: the innermost one holds new text
    link_depth = 0
    after_button = False  # a button ended with no text after it: the next element's is apart

    def flush(depth: int) -> None:
        text = " ".join("".join(parts).split())  # never empty: see `parts`
        parts.clear()
        link_chars = 0
        if link_parts:
            link_chars = min(len(text), len(" ".join("".join(link_parts).split())))
            link_parts.clear()
        if owners:
            owner = owners[-1]
            blocks.append(
                RawBlock(
                    text,
                    owner[0],
                    link_chars,
                    depth,
                    owner[1],
                    owner[2],
                    owner[3],
                    owner[4],
                    owner[5],
                ),
            )

    skip_tags, block_tags, list_tags, cell_tags = SKIP_TAGS, BLOCK_TAGS, _LIST_TAGS, _CELL_TAGS
    marking = candidates is not None
    byline, caption = candidates if candidates is not None else ([], [])
    disclosed: list[frozenset[str]] = []  # `_controlled_ids`, read once, when a panel asks

    def controlled() -> frozenset[str]:
        if not disclosed:
            disclosed.append(_controlled_ids(root))
        return disclosed[0]

    walker = lxml.etree.iterwalk(root, events=("start", "end"))
    for event, el in walker:
        tag = el.tag
        if event == "start":
            if tag.__class__ is not str:
                continue
            raw_tag = tag
            tag = tag.lower()
            boiler = content = 0
            # The attribute names (none on most elements), then the values of those read here
            # alone: the values of the others (links, image sources) are never decoded.
            keys = el.keys()
            if keys:
                get = el.get
                style = get("style") if "style" in keys else None
                if (
                    "hidden" in keys
                    or ("aria-hidden" in keys and get("aria-hidden") == "true")
                    or (style and "display:none" in style.replace(" ", "").lower())
                ) and not (
                    _holds_page(el)
                    or _shown_later(el)
                    or _shown_link(el, keys)
                    or _folded_panel(el, keys, controlled)
                ):
                    tag = "script"
                else:
                    cls = get("class") if "class" in keys else None
                    ident = get("id") if "id" in keys else None
                    role = get("role") if "role" in keys else None
                    key = f"{cls or ''} {ident or ''} {role or ''}"
                    if len(key) > 2:
                        boiler, content = attr_hints(key)
                    if cls is not None and (
                        _wiki_inline(el, tag, cls)
                        or (
                            ("hidden" in cls or "sr-" in cls or "reader" in cls)
                            and _hidden_label(el, cls)
                        )
                    ):
                        tag = "script"
            if tag in skip_tags and not (tag == "noscript" and _noscript_page(el)):
                # iterwalk still sends the skipped element's "end", which adds its tail
                walker.skip_subtree()
                if marking:
                    mark_candidates(el, byline, caption)
                stack.append(
                    (stack[-1][0] if stack else tag, 0, 0, False, False, el, False, False),
                )
                continue
            if marking:
                # `mark_candidates` on this element, from the attributes read above (a hidden
                # element that is not skipped read its class and id in the branch above too)
                if keys:
                    mark = 0
                    if cls is not None:
                        known = _CLASS_MARKS.get(cls)
                        mark = class_marks(cls) if known is None else known
                    if mark & CAPTION_MARK or raw_tag == "figcaption":
                        caption.append(el)
                    if mark & BYLINE_MARK or (
                        (ident is not None and ("uthor" in ident or "yline" in ident))
                        or ("itemprop" in keys and get("itemprop") in _AUTHOR_PROPS)
                        or ("rel" in keys and "author" in get("rel"))
                        or (raw_tag == "a" and "href" in keys and _author_href(get("href")))
                    ):
                        byline.append(el)
                elif raw_tag == "figcaption":
                    caption.append(el)
            is_block = tag in block_tags or (tag == "cite" and heads_quote(el))
            if is_block and parts:
                flush(len(stack))
            if tag in _BOILER_TAGS:
                boiler += 1
            elif tag in _CONTENT_TAGS:
                content += 1
            is_link = tag == "a"
            if stack:
                parent = stack[-1]
                frame = (
                    tag if is_block else parent[0],
                    boiler + parent[1],
                    content + parent[2],
                    parent[3] or tag in list_tags,
                    parent[4] or tag in cell_tags,
                    el if is_block else parent[5],
                    is_block,
                    is_link,
                )
            else:
                frame = (
                    tag,
                    boiler,
                    content,
                    tag in list_tags,
                    tag in cell_tags,
                    el,
                    is_block,
                    is_link,
                )
            stack.append(frame)
            if is_block:
                owners.append(frame)
            elif is_link:
                link_depth += 1
            elif parts and (tag == "button" or (after_button and (el.text or "")[:1].isalnum())):
                # a button is drawn as a box of its own: its label is a word apart from the
                # inline text before it (a tile's badge `<span>-17%</span><button>Add to
                # cart</button>` read "-17%Add", golden
                # el-katigoria-kafetieres-espresso-filtra-html), and from an element's after it
                # ("Uppfæra sjálfkrafa</button><span>3 nýjar", golden is-nuxt-beinlysing-*)
                parts.append(" ")
            after_button = False
            text = el.text
            if text and (parts or not text.isspace()):
                parts.append(text)
                if link_depth:
                    link_parts.append(text)
        else:
            if stack and tag.__class__ is str:
                frame = stack[-1]
                if frame[6]:
                    if parts:
                        flush(len(stack))
                    owners.pop()
                elif frame[7]:
                    link_depth -= 1
                elif parts and el.tag == "button":
                    # and from a word after it (see the "start" branch); not from a comma
                    tail = el.tail
                    if tail and tail[0].isalnum():
                        parts.append(" ")
                    after_button = not tail
                stack.pop()
            text = el.tail
            if text and (parts or not text.isspace()):
                parts.append(text)
                if link_depth:
                    link_parts.append(text)
    if parts:
        owners.append(("body", 0, 0, False, False, root, True, False))
        flush(len(stack))
    return blocks


def tokens(text: str) -> list[str]:
    r"""Return the lower-case `\w+` tokens of `text`."""
    low = text.lower()
    if low.isascii() or _NOT_ASCII_WORDS.search(low) is None:
        return _ASCII_TOKEN.findall(low)
    return _TOKEN.findall(low)


def trigrams(toks: Sequence[str]) -> list[tuple[str, ...]]:
    """Return the token trigrams of `toks` (the whole sequence when shorter than three)."""
    if len(toks) < 3:
        return [tuple(toks)] if toks else []
    return list(zip(toks, toks[1:], toks[2:], strict=False))


def overlap(toks: Sequence[str], grams: set[tuple[str, ...]], joined: str) -> float:
    """Share of a block's trigrams found in another text (`grams`, or `joined` for short blocks).

    Args:
        toks: The block's tokens.
        grams: The other text's trigrams.
        joined: The other text's tokens joined by single spaces, padded with a space each side.
    """
    if not toks:
        return 0.0
    if len(toks) < 3:
        return 1.0 if f" {' '.join(toks)} " in joined else 0.0
    hits = sum(map(grams.__contains__, zip(toks, toks[1:], toks[2:], strict=False)))
    return hits / (len(toks) - 2)


FEATURE_NAMES: tuple[str, ...] = (
    "bias",
    "ext",
    "ext_prev",
    "ext_next",
    "ext_win",
    "log_words",
    "link_density",
    "link_only",
    "sentence_end",
    "punct_density",
    "boiler",
    "content",
    "heading",
    "h1",
    "list",
    "table",
    "p",
    "position",
    "depth",
    "ld_win",
    "words_win",
    "coverage",
    "ext_x_words",
    "ext_x_ld",
    "in_span",
    "short",
    "lowcov_words",
    "lowcov_ld",
    "lowcov_sentence",
    "lowcov_boiler",
    "nothing_found",
    "ext_x_boiler",
    "ext_text",
    "ext_text_win",
    "grp_ext",
    "grp_size",
    "grp_share",
    "grp_ld",
    "grp_parent_ext",
    "grp_alone",
    "found_outside",
    "lost_outside",
)
"""The names of the classifier's inputs, in the order `features` returns them."""

_DIGITS = regex.compile(r"\d")

# A price: a currency sign or code next to a number ("$19.95", "EUR 163.12", "19,99€", "1 299 kr",
# "7,480円", "2.199,90 TL", "1 990 Ft"), any case but the forint's "Ft" ("6 ft" is a length). One
# pattern for the shop rules of every stage: `extract_html`'s grids of other products (a tile's
# price line, searched in a short block) and `judge`'s shop grids (blocks that are nothing but
# one or two prices, `PRICE_LINE`). Until session 20 each stage wrote its own list of currencies.
#
# The digit runs are possessive, and an amount before its currency starts at its number's first
# digit only (`(?<!\d[.,]*+)`): from a later digit of the same number the run ends where it ends
# from the first, so it matched there if anywhere, and a search tried at every digit of a long
# number ran each to the number's end (a block of 40,000 digits: 4.8 s, of 100,000 ~30 s).
#
# The signs of the kip, naira, cedi, hryvnia, tenge, lari, peso, dong, taka, baht and tugrik, and
# the Rwandan franc's "Frw"/"RWF", the shilling's "KSh"/"UGX"/"TZS" and the rufiyaa's "MVR" as
# codes (round AA golden rw-icyiciro-gukoporora-ibikoresho-byo-mu-gikoni-text: eight "18,700 Frw"
# tiles read as no price, so the category page was kept as an article). The Malawian kwacha's
# "MK"/"MWK" (round AD golden ny-gulu-opencart-zitenje-html: "MK18,500.00"), "MK" in capitals
# only: "Mk 7" is a car's mark.
PRICE_AMOUNT = (
    r"(?:(?:[£$€¥￥₩₺₽₹₭₦₵₴₸₾₱₫৳฿₮]|\b(?:eur|usd|gbp|chf|cad|aud|rs|kr|zł|frw|rwf|ksh|kes|ugx"
    r"|tzs|mvr|mwk|(?-i:MK))\.?)\s*+\d[\d.,]*+"
    r"|(?=\d)(?<!\d[.,]*+)\d[\d.,]*+\s*+"
    r"(?:[€£$¥₩₺₽₹円元₭₦₵₴₸₾₱₫৳฿₮]|(?:eur|usd|chf|zł|kč|kr|lei|tl|руб\.?|(?-i:Ft)|frw|rwf|ksh|kes"
    r"|ugx|tzs|mvr|mwk)(?!\w)))"
)
PRICE = regex.compile(PRICE_AMOUNT, regex.IGNORECASE)
# A block that is nothing but a price, or the price and the struck-out old one, with a short
# tax note after it maybe ("119,92 € 149,90 €", "$64.95", "4,400円 3,520円（税込）", "€ 19,90
# (inkl. MwSt.)"): a product tile's price line (`fullmatch` it on the stripped text). OpenCart
# prints the price without tax under a label of its own between the two, "$122.00 Ex Tax:
# $100.00", in the shop's language ("MK18,500.00 Popanda Msonkho: MK15,948.28", round AD golden
# ny-gulu-opencart-zitenje-html): up to three words ending in a colon, then that price.
PRICE_LINE = regex.compile(
    rf"(?:{PRICE_AMOUNT}\s*+){{1,2}}(?:(?:[\p{{L}}\p{{M}}.]++\s*+){{1,3}}:\s*+{PRICE_AMOUNT}\s*+)?"
    r"(?:[(（][^()（）]{1,16}[)）])?",
    regex.IGNORECASE,
)


def _group_keys(blocks: Sequence[RawBlock]) -> tuple[list[int], list[int]]:
    """Return each block's class-path key and its parent's (-1 for a table cell).

    A class path is the chain of tags and digit-free class words from the root to the block's
    element: the posts of a thread, the items of a listing and the paragraphs of one body each
    share one. Keys are hashes of (parent key, tag, class words), memoised per element, so a
    page costs one step per distinct ancestor. Table cells get no group: every cell of a table
    shares its path, whatever it holds (the table-cell groups were noise in the 2026-11-25 trial).
    """
    memo: dict[HtmlElement, int] = {}
    classes: dict[str, str] = {}
    own: list[int] = []
    parent_keys: list[int] = []
    for b in blocks:
        if b.in_table:
            own.append(-1)
            parent_keys.append(-1)
            continue
        el = b.element
        chain = []
        node: HtmlElement | None = el
        while node is not None and node not in memo:
            chain.append(node)
            node = node.getparent()
        key = memo[node] if node is not None else 0
        for n in reversed(chain):
            cls = n.get("class")
            if cls:
                words = classes.get(cls)
                if words is None:
                    words = classes[cls] = " ".join(
                        sorted({w for w in cls.split() if not _DIGITS.search(w)}),
                    )
            else:
                words = ""
            key = hash((key, n.tag, words))
            memo[n] = key
        own.append(memo[el])
        parent = el.getparent()
        parent_keys.append(memo[parent] if parent is not None else 0)
    return own, parent_keys


# A group counts as one trafilatura took when it kept this share of its other blocks' words.
_GROUP_KEPT = 0.2

# The main container is looked for only where trafilatura kept this share of the page's words.
_MAIN_COVERAGE = 0.15

# The main container holds at least this share of the words trafilatura kept (the deepest such
# element).
_MAIN_SHARE = 0.7


def _outside_main(
    blocks: Sequence[RawBlock],
    words: Sequence[int],
    found: Sequence[bool],
    share: float = _MAIN_SHARE,
) -> list[bool]:
    """Whether each block lies outside the main container (none on a page where nothing was kept).

    The main container is the deepest element holding `share` of the words of the `found`
    blocks (by default trafilatura's). What it kept outside that element is mostly teaser
    rails and "top stories" boxes after the article (scrapinghub's leaks).
    """
    main = container(blocks, words, found, share)
    if main is None:
        return [False] * len(blocks)
    inside: dict[HtmlElement, bool] = {main: True}
    out = []
    for b in blocks:
        chain = []
        node: HtmlElement | None = b.element
        while node is not None and node not in inside:
            chain.append(node)
            node = node.getparent()
        verdict = node is not None and inside[node]
        for n in chain:
            inside[n] = verdict
        out.append(not verdict)
    return out


def container(
    blocks: Sequence[RawBlock],
    words: Sequence[int],
    chosen: Sequence[bool],
    share: float,
) -> HtmlElement | None:
    """Return the deepest element holding `share` of the chosen blocks' words (None: none chosen).

    Args:
        blocks: The page's blocks in document order.
        words: Their word counts.
        chosen: The blocks whose words count (trafilatura's, or the page's prose).
        share: The share of the chosen words the element holds.
    """
    kept: dict[HtmlElement, int] = {}
    total = 0
    for b, w, f in zip(blocks, words, chosen, strict=True):
        if f and w:
            total += w
            el: HtmlElement | None = b.element
            while el is not None:
                kept[el] = kept.get(el, 0) + w
                el = el.getparent()
    if not total:
        return None
    need = share * total
    # The elements over the bar are ancestors of one another (no two siblings can both hold
    # most of the words): the deepest holds the fewest. On a tie (a wrapper with nothing else
    # in it) the one met first, walking up from the first kept block, is the deeper.
    main = None
    for el, n in kept.items():
        if n >= need and (main is None or n < kept[main]):
            main = el
    return main


def ends_sentence(text: str) -> bool:
    """Whether a block's text ends like a sentence (the `sentence_end` feature)."""
    end = text[-1:]
    if end and not end.isspace():
        return end in _SENTENCE_END_CHARS
    return _SENTENCE_END.search(text) is not None


def _group_rows(
    blocks: Sequence[RawBlock],
    words: Sequence[int],
    found: Sequence[bool],
    total: int,
) -> list[tuple[float, float, float, float, float, float]]:
    """Describe the class-path group of every block trafilatura left out (zeros for the rest).

    For a block trafilatura did not keep: the share of the words of the *other* blocks of its
    group that trafilatura kept (the later posts of a thread whose first post it took), the
    group's size, its share of the page, its link density, the same kept share over the blocks
    whose element has the block's parent's path, and whether it is alone in its group. The
    kept blocks get zeros: on them the features cost golden fields and wcxb-dev pages in the
    2026-11-25 trial (docs/models.md), and trafilatura's own choice already speaks for them.
    """
    own, parents = _group_keys(blocks)
    g_words: dict[int, int] = {}
    g_kept: dict[int, int] = {}
    g_count: dict[int, int] = {}
    g_links: dict[int, float] = {}
    p_words: dict[int, int] = {}
    p_kept: dict[int, int] = {}
    for b, k, pk, w, f in zip(blocks, own, parents, words, found, strict=True):
        if k == -1:
            continue
        g_words[k] = g_words.get(k, 0) + w
        g_count[k] = g_count.get(k, 0) + 1
        g_links[k] = g_links.get(k, 0.0) + b.link_density * w
        # the parent's group: every block held by an element under a same-path parent
        p_words[pk] = p_words.get(pk, 0) + w
        if f:
            g_kept[k] = g_kept.get(k, 0) + w
            p_kept[pk] = p_kept.get(pk, 0) + w
    zero = (0.0, 0.0, 0.0, 0.0, 0.0, 0.0)
    rows = []
    for k, pk, w, f in zip(own, parents, words, found, strict=True):
        if f or k == -1:
            rows.append(zero)
            continue
        others = g_words[k] - w
        n = g_count[k] - 1
        p_others = p_words[pk] - w
        rows.append(
            (
                g_kept.get(k, 0) / others if others > 0 else 0.0,
                math.log1p(n) / 5,
                g_words[k] / total,
                g_links[k] / g_words[k] if g_words[k] else 0.0,
                p_kept.get(pk, 0) / p_others if p_others > 0 else 0.0,
                1.0 if n == 0 else 0.0,
            ),
        )
    return rows


def features(
    blocks: Sequence[RawBlock],
    ext: Sequence[float],
    ext_text: Sequence[float],
    *,
    words: Sequence[int] | None = None,
) -> list[list[float]]:
    """Describe every block as a row of numbers (see `FEATURE_NAMES`).

    Args:
        blocks: The page's blocks in document order.
        ext: For each block, whether the base extractor (trafilatura) kept it (by element).
        ext_text: For each block, the share of its text found in the base extractor's text.
        words: The blocks' `count_words`, if the caller has them already (extract_html counts
            them for its own rules: counting again cost ~0.35 ms a page on sh-html).

    Returns:
        One row per block.
    """
    n = len(blocks)
    if words is None:
        words = [count_words(b.text) for b in blocks]
    total = sum(words) or 1
    lds = [b.link_density for b in blocks]
    ext_words = sum(w * e for w, e in zip(words, ext, strict=True))
    coverage = ext_words / total
    kept_idx = [i for i, e in enumerate(ext) if e >= FOUND]
    first, last = (kept_idx[0], kept_idx[-1]) if kept_idx else (-1, -1)
    # prefix sums for the five-block windows
    acc_w = [0, *itertools.accumulate(words)]
    acc_ld = [0.0, *itertools.accumulate(ld * w for ld, w in zip(lds, words, strict=True))]
    acc_e = [0.0, *itertools.accumulate(e * w for e, w in zip(ext, words, strict=True))]
    acc_t = [0.0, *itertools.accumulate(e * w for e, w in zip(ext_text, words, strict=True))]
    found = [e >= FOUND or t >= FOUND for e, t in zip(ext, ext_text, strict=True)]
    groups = _group_rows(blocks, words, found, total)
    outside = _outside_main(blocks, words, found)
    rows: list[list[float]] = []
    low = 1 - coverage
    nothing = 1.0 if coverage < 0.05 else 0.0
    for i, b in enumerate(blocks):
        w = words[i]
        lw = math.log1p(w)
        ld = lds[i]
        e = ext[i]
        lo, hi = max(0, i - 2), min(n, i + 3)
        win_words = acc_w[hi] - acc_w[lo]
        if win_words:
            win_ld = (acc_ld[hi] - acc_ld[lo]) / win_words
            win_ext = (acc_e[hi] - acc_e[lo]) / win_words
            win_ext_text = (acc_t[hi] - acc_t[lo]) / win_words
        else:
            win_ld = win_ext = win_ext_text = 0.0
        text = b.text
        # an ASCII text holds none of the CJK marks: 6 counts instead of 17 (87% of sh-html)
        punct = sum(map(text.count, _ASCII_PUNCT if text.isascii() else _PUNCT))
        end = text[-1:]
        if end and not end.isspace():
            # `_SENTENCE_END` on a text that does not end in whitespace (segment's never do):
            # its last character, without the regex scanning the whole text for an end
            sentence_end = 1.0 if end in _SENTENCE_END_CHARS else 0.0
        else:
            sentence_end = 1.0 if _SENTENCE_END.search(text) else 0.0
        boiler = min(b.boiler, 3) / 3
        tag = b.tag
        rows.append(
            [
                1.0,
                e,
                ext[i - 1] if i else 0.0,
                ext[i + 1] if i + 1 < n else 0.0,
                win_ext,
                lw,
                ld,
                1.0 if ld > 0.9 else 0.0,
                sentence_end,
                punct / (w + 1),
                boiler,
                min(b.content, 3) / 3,
                1.0 if tag in _HEADINGS else 0.0,
                1.0 if tag == "h1" else 0.0,
                1.0 if b.in_list else 0.0,
                1.0 if b.in_table else 0.0,
                1.0 if tag == "p" else 0.0,
                i / n,
                min(b.depth, 40) / 40,
                win_ld,
                math.log1p(win_words),
                coverage,
                e * lw,
                e * ld,
                1.0 if first <= i <= last else 0.0,
                1.0 if w < 4 else 0.0,
                low * lw,
                low * ld,
                low * sentence_end,
                low * boiler,
                nothing,
                e * boiler,
                ext_text[i],
                win_ext_text,
                *groups[i],
                1.0 if outside[i] and found[i] else 0.0,
                # a left-out block outside the main container, unless its class path (or its
                # parent's) is one trafilatura took elsewhere: the later posts of a thread sit
                # outside the first post it took (golden de-forum-thread-waermepumpe); and only
                # where trafilatura found an article: a container around the little it kept of a
                # calculator or a product page says nothing of the rest (wcxb-dev service pages
                # lost their prose)
                1.0
                if outside[i]
                and not found[i]
                and coverage >= _MAIN_COVERAGE
                and groups[i][0] < _GROUP_KEPT
                and groups[i][4] < _GROUP_KEPT
                else 0.0,
            ],
        )
    return rows


def align(
    blocks: Sequence[RawBlock],
    other: str,
    *,
    short: int = 6,
    block_tokens: Sequence[list[str]] | None = None,
    known: Container[int] = (),
) -> list[float]:
    """For each block, the share of its text that `other` (another extractor's output) holds.

    A long block counts the share of its token trigrams found in `other`. A short block (fewer
    than `short` tokens) must also meet a neighbour there (the token pair across one of its
    edges must occur in `other`), so a menu word like "News" is found only where `other` has
    it in the same surroundings, not wherever the word occurs: order-free matching kept every
    "Home" and "News" whose word happened to occur in the article (scrapinghub: precision
    0.917 against trafilatura's own 0.946).

    Args:
        blocks: The page's blocks, in document order.
        other: The other extractor's text.
        short: Blocks with fewer tokens than this are matched with their context.
        block_tokens: The blocks' `tokens`, if the caller has them already.
        known: Positions of blocks whose share the caller sets itself: each gets 0.0 unread
            (`base_opinion` gives the blocks trafilatura kept by element 1.0 whatever their
            text: most of the page's text, and most of the time of its first call).

    Returns:
        One share in [0, 1] per block (0.0 at the `known` positions).
    """
    toks = tokens(other)
    btoks = block_tokens if block_tokens is not None else [tokens(b.text) for b in blocks]
    # `overlap` inlined, and the joined text and the token pairs made only for the short blocks
    # that need them (sh-html: 1.64 -> 1.50 ms a page for base_opinion's two calls)
    grams = (
        set(zip(toks, toks[1:], toks[2:], strict=False)) if len(toks) >= 3 else set(trigrams(toks))
    )
    contains = grams.__contains__
    # a block with no token in `other` has no trigram or short run there: 0 without `overlap`
    # (sh-html: 60% of the blocks; a fifth of align's time)
    disjoint = set(toks).isdisjoint
    joined: str | None = None
    pairs: set[tuple[str, str]] | None = None
    last = len(btoks) - 1
    out: list[float] = []
    for i, bt in enumerate(btoks):
        n = len(bt)
        if not n or (known and i in known) or disjoint(bt):
            out.append(0.0)
            continue
        if n >= 3:  # a trigram's length, as in `overlap`
            own_share = sum(map(contains, zip(bt, bt[1:], bt[2:], strict=False))) / (n - 2)
        else:
            if joined is None:
                joined = f" {' '.join(toks)} "
            own_share = 1.0 if f" {' '.join(bt)} " in joined else 0.0
        if n >= short:
            out.append(own_share)
            continue
        if pairs is None:
            pairs = set(itertools.pairwise(toks))
        sides = []
        if i and btoks[i - 1]:
            sides.append((btoks[i - 1][-1], bt[0]) in pairs)
        if i < last and btoks[i + 1]:
            sides.append((bt[-1], btoks[i + 1][0]) in pairs)
        out.append(own_share if not sides or any(sides) else 0.0)
    return out
