"""Why an HTML block was removed: a specific label from its markup, for `Article.removed`.

The block model and the page rules of `extract_html` decide *whether* a block goes; they give
every block they drop the one reason "boilerplate", which cannot tell a menu from a comment
thread from a related-articles rail. `reason` reads what the page's own markup says of the
block: its element and a few of its ancestors (tags such as `<nav>` and `<footer>`, ARIA roles,
class and id words such as "breadcrumb", "comments", "related-posts"), and falls back on what the
classifier saw ("links" for a block of link text, "low_text" for a short one). It never changes
what is removed, only the label: `relabel` replaces the reason of the blocks dropped as
"boilerplate" after every rule of the stage has read them.

The labels share the `strip_boilerplate` stage's names where they mean the same thing
(`navigation`, `breadcrumb`, `related`, `share`, `cookies`, `newsletter`, `sponsored`,
`comments`, `toc`, `tags`, `author_bio`, `paywall`), so one vocabulary covers both stages
(docs/stages.md, "What a removed block's reason means").
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cleaner.htmlblocks import COMMENT_WORDS, SIGNATURE_WORDS, USER_CARD_WORDS, attr_word_list

if TYPE_CHECKING:
    from collections.abc import Sequence

    from lxml.html import HtmlElement

    from cleaner.document import Block
    from cleaner.htmlblocks import RawBlock

FALLBACK = "boilerplate"
"""The reason of a removed block that nothing marks and that is neither links nor short."""
LINKS = "links"
"""The reason of an unmarked removed block whose text sits mostly in links (a list of links)."""
LOW_TEXT = "low_text"
"""The reason of an unmarked removed block too short to be prose (a label, a date, a button)."""


@dataclass(frozen=True, slots=True)
class ReasonMarks:
    """What marks a removed block's box as one kind of page furniture.

    Attributes:
        label: The reason given (`strip_boilerplate`'s category name where one means the same).
        words: Class and id words, compared whole after splitting on non-letters and camelCase
            ("related-posts", "relatedPosts" -> related, posts), or two neighbours joined
            ("site-header" -> siteheader): a theme's class names are mostly English whatever
            the page's language, so one list serves every language.
        tags: Element names that mark the box (`<nav>`, `<footer>`).
        roles: ARIA `role` values that mark it ("navigation", "contentinfo").
        specific: Whether the label names what the box is (a breadcrumb, a comment thread)
            rather than where it sits on the page (header, footer, sidebar, a menu): the nearest
            specific mark of the walk wins over a nearer place mark ("Share" buttons in a
            footer are share buttons).
        examples: `class id` strings that must give the label (tests/test_removal_reasons.py).
    """

    label: str
    words: frozenset[str]
    tags: frozenset[str] = frozenset()
    roles: frozenset[str] = frozenset()
    specific: bool = True
    examples: tuple[str, ...] = ()


# In the order a box marked twice is read: its most specific mark first ("comment-nav" is the
# comments' pager: comments; "footer-menu" a menu: navigation). The words were read off the
# markup of the golden pages and of wcxb-dev's error report, and the class names of the common
# CMSs and plugins (WordPress, Drupal, Discourse, Disqus, OneTrust, AddThis, Mailchimp).
MARKS: tuple[ReasonMarks, ...] = (
    ReasonMarks(
        "cookies",
        frozenset(
            {
                *("cookie", "cookies", "consent", "gdpr", "onetrust", "cookiebot"),
                *("usercentrics", "didomi", "tarteaucitron", "cookielaw", "cookiebanner"),
            },
        ),
        examples=("cookie-notice", "onetrust-banner-sdk", "gdpr-popup", "CookieConsent"),
    ),
    ReasonMarks(
        "comments",
        frozenset({*COMMENT_WORDS, "respond", "discussion", "commentlist", "commentform"}),
        examples=("comments-area", "comment-respond", "section_comentarios", "disqus_thread"),
    ),
    ReasonMarks(
        "user_card",
        frozenset({*SIGNATURE_WORDS, *USER_CARD_WORDS}),
        examples=("postprofile", "message-signature", "message-userDetails", "user-info"),
    ),
    ReasonMarks(
        "breadcrumb",
        frozenset(
            {"breadcrumb", "breadcrumbs", "crumbs", "crumb", "breadcrumbtrail", "ariane"},
        ),
        examples=("breadcrumb", "nav-breadcrumbs", "fil-ariane", "BreadcrumbList_list"),
    ),
    ReasonMarks(
        "pagination",
        frozenset(
            {
                *("pagination", "pager", "paging", "paginator", "pagenav", "pagenavi"),
                *("postnav", "postnavigation", "navlinks", "nextprev", "prevnext"),
            },
        ),
        examples=("pagination", "wp-pagenavi", "post-navigation", "nav-links", "pager"),
    ),
    ReasonMarks(
        "toc",
        # "table-of-contents" joins two words at a time: "ofcontents"
        frozenset({"toc", "tableofcontents", "ofcontents", "inhaltsverzeichnis", "sommaire"}),
        examples=("toc", "ez-toc-container", "table-of-contents", "TableOfContents"),
    ),
    ReasonMarks(
        "share",
        frozenset(
            {
                *("share", "sharing", "shares", "sharebar", "social", "socials", "addthis"),
                *("sharethis", "shariff", "sns", "teilen", "partager", "compartir"),
                *("condividi", "socialmedia", "sociallinks", "followus"),
            },
        ),
        examples=("share-buttons", "social-links", "addthis_toolbox", "ShareBar_bar__e4Rt6"),
    ),
    ReasonMarks(
        "newsletter",
        frozenset(
            {
                *("newsletter", "newsletters", "subscribe", "subscription", "signup"),
                *("optin", "mailchimp", "nieuwsbrief", "abonnieren", "inscription"),
                *("mailinglist", "emailsignup"),
            },
        ),
        examples=("newsletter-signup", "mc4wp-form mailchimp", "subscribe-box", "nl-signup"),
    ),
    ReasonMarks(
        "paywall",
        frozenset({"paywall", "premium", "metered", "regwall"}),
        examples=("paywall", "article-paywall", "regwall-offer"),
    ),
    ReasonMarks(
        "sponsored",
        frozenset(
            {
                *("ad", "ads", "adv", "advert", "adverts", "advertisement", "advertising"),
                *("sponsor", "sponsored", "sponsors", "adsense", "adslot", "adunit"),
                *("dfp", "promo", "promoted", "promotion", "anzeige", "werbung"),
                *("publicidad", "reklama", "taboola", "outbrain"),
            },
        ),
        examples=("ad-slot", "advertisement", "sponsored-content", "adsbygoogle ads", "promo"),
    ),
    ReasonMarks(
        "related",
        frozenset(
            {
                *(
                    "related",
                    "relatedposts",
                    "recommended",
                    "recommendations",
                    "recommendation",
                    "recirc",
                ),
                *("relacionados", "relacionadas", "correlati", "similar", "popular"),
                *("trending", "mostread", "mostpopular", "morestories", "readmore"),
                *("readnext", "youmaylike", "alsolike", "teaser", "teasers", "empfehlungen"),
                *("upsell", "crosssell", "recent", "recentposts", "latest", "morenews"),
            },
        ),
        examples=("related-posts", "jp-relatedposts", "most-read", "recirc-module", "teaser"),
    ),
    ReasonMarks(
        "tags",
        frozenset(
            {"tags", "tagcloud", "taglist", "posttags", "keywords", "catlinks"},
        ),
        examples=("post-tags", "tagcloud", "article-keywords", "mw-normal-catlinks"),
    ),
    ReasonMarks(
        "feedback",
        frozenset({"feedback", "helpful", "wasthishelpful", "pagefeedback", "usefulness"}),
        examples=("feedback", "was-this-helpful", "page-feedback-widget"),
    ),
    ReasonMarks(
        "author_bio",
        frozenset({"authorbox", "authorbio", "aboutauthor", "authorinfo", "authorcard"}),
        examples=("author-box", "about-the-author about-author", "AuthorCard_card__J9pQz"),
    ),
    ReasonMarks(
        # a figure's caption the model left out: the captions stage reads captions from the
        # markup, so one inside the article is in `Article.captions` all the same (golden
        # km-pormean-spean-tonle-sap-html: "figcaption.wp-caption-text")
        "caption",
        frozenset(
            {
                *("caption", "captions", "figcaption", "imagecaption", "photocaption"),
                *("bildunterschrift", "legende", "didascalia", "thumbcaption"),
            },
        ),
        tags=frozenset({"figcaption"}),
        examples=("wp-caption-text", "article__bildunterschrift", "thumbcaption", "photoCaption"),
    ),
    ReasonMarks(
        "navigation",
        frozenset(
            {
                *("nav", "navbar", "navigation", "menu", "menus", "submenu", "megamenu"),
                *("navi", "topnav", "mainnav", "sitenav", "skip", "skiplink", "skiplinks"),
                *("subnav", "sidenav", "navbox", "dropdown", "offcanvas", "hamburger"),
                *("navegacion", "navigazione"),
                # Korean portals' global, local and side navigation bars: "ul.gnb", "div.lnb"
                *("gnb", "lnb", "snb"),
            },
        ),
        tags=frozenset({"nav", "menu"}),
        roles=frozenset({"navigation", "menu", "menubar", "search"}),
        specific=False,
        examples=("main-menu", "navbar-nav", "skip-link", "site-navigation", "gnb", "pmc-sidenav"),
    ),
    ReasonMarks(
        "article_meta",
        frozenset(
            {
                *("meta", "entrymeta", "postmeta", "articlemeta", "metadata", "byline"),
                *("dateline", "postedon", "postdate", "pubdate", "timestamp"),
            },
        ),
        specific=False,
        examples=("entry-meta", "post-meta", "article__byline", "meta__date"),
    ),
    ReasonMarks(
        "header",
        frozenset(
            {
                *("masthead", "topbar", "siteheader", "pageheader", "globalheader"),
                *("mainheader", "topheader", "headerbar", "branding", "sitebranding"),
            },
        ),
        tags=frozenset({"header"}),
        roles=frozenset({"banner"}),
        specific=False,
        examples=("site-header", "masthead", "global-header", "top-bar"),
    ),
    ReasonMarks(
        "footer",
        frozenset(
            {
                *("footer", "colophon", "copyright", "sitefooter", "pagefooter"),
                *("globalfooter", "bottombar", "legal", "imprint", "impressum"),
            },
        ),
        tags=frozenset({"footer"}),
        roles=frozenset({"contentinfo"}),
        specific=False,
        examples=("site-footer", "colophon", "copyright", "footer-widgets"),
    ),
    ReasonMarks(
        "sidebar",
        frozenset(
            {"sidebar", "aside", "widgetarea", "rail", "rightrail", "sidebox", "lateral"},
        ),
        tags=frozenset({"aside"}),
        roles=frozenset({"complementary"}),
        specific=False,
        examples=("sidebar", "widget-area", "right-rail", "barra-lateral"),
    ),
)
"""The marks of each label, most specific first."""

# A `<header>` inside the article is the article's own (its kicker, date, share line), not the
# site's header above it: it marks nothing.
_ARTICLE_TAGS = frozenset({"article", "main"})
# How many elements the walk reads, the block's own first: a menu entry's `<li>` sits in a
# `<ul>` in a `<div>` in the `<nav>`, a footer's line a few wrappers deeper. Eight reaches the
# landmark of every marked block of the first 40 golden HTML pages that has one; further up
# the words are a page layout's ("has-sidebar", "header-fixed" on the page's wrapper).
_MAX_UP = 8
# An unmarked block with more of its text in links than this is a list of links.
_LINKED = 0.5
# An unmarked block of fewer words than this is a label, a date, a button: too little text.
_LOW_WORDS = 10

_STOP_TAGS = frozenset({"body", "html"})
_MARK_TAGS = frozenset(t for m in MARKS for t in m.tags)
_NO_MARKS: tuple[str | None, str | None] = (None, None)

# What the walk found from one element up: the nearest specific label and its distance, the
# nearest place label and its distance (`_FAR` when none). Memoised per element and page, so
# every element is read once however many blocks sit under it.
_State = tuple[str | None, int, str | None, int]
_FAR = 1 << 20
_NOTHING: _State = (None, _FAR, None, _FAR)


# Where each word, tag and role first marks a label (its index in MARKS): one look-up a word.
_BY_WORD: dict[str, int] = {}
_BY_TAG: dict[str, int] = {}
_BY_ROLE: dict[str, int] = {}
for _i, _m in reversed(tuple(enumerate(MARKS))):
    _BY_WORD.update(dict.fromkeys(_m.words, _i))
    _BY_TAG.update(dict.fromkeys(_m.tags, _i))
    _BY_ROLE.update(dict.fromkeys(_m.roles, _i))


# 1024 entries: a site's pages share their classes, and most class strings are a page's own
# (hashed CSS names) and miss anyway; 8192 raised the bench's peak RSS on sh-html by ~3 MB
# (91 -> 94 MB, session 18's final bench) for no measurable speed.
@functools.lru_cache(maxsize=1024)
def marks_of(tag: str, role: str, attrs: str) -> tuple[str | None, str | None]:
    """Return the specific label and the place label one element's markup gives, if any.

    The element's first mark in `MARKS` order: its words whole or two neighbours joined
    ("site-header" -> siteheader), its tag, its role. The specific labels come first in
    MARKS, so a specific mark outranks any place mark of the same element. Cached across
    pages: a site's pages share their classes.

    Args:
        tag: The element's name.
        role: Its ARIA `role`, lower-case ("" for none).
        attrs: Its class and id, space-separated.
    """
    best = min(_BY_TAG.get(tag, _FAR), _BY_ROLE.get(role, _FAR))
    by_word = _BY_WORD.get
    previous = ""
    # a page's class strings are mostly its own (hashed CSS names, "menu-item-1234"): most
    # calls miss the cache, so one pass over the words, no sets
    for word in attr_word_list(attrs):
        best = min(best, by_word(word, _FAR), by_word(previous + word, _FAR))
        previous = word
    if best == _FAR:
        return _NO_MARKS
    mark = MARKS[best]
    return (mark.label, None) if mark.specific else (None, mark.label)


def _own_marks(el: HtmlElement, tag: str) -> tuple[str | None, str | None]:
    """The marks of one element (`marks_of`); a `<header>` inside the article marks nothing."""
    # The attribute names first (none on most elements), then the values of the three read
    # here alone: a link's address is never decoded (as `htmlblocks.segment` reads them)
    keys = el.keys()
    if keys:
        get = el.get
        cls = get("class") if "class" in keys else None
        ident = get("id") if "id" in keys else None
        role = get("role") if "role" in keys else None
        if cls is None and ident is None and role is None and tag not in _MARK_TAGS:
            return _NO_MARKS
        marks = marks_of(tag, role.lower() if role else "", f"{cls or ''} {ident or ''}")
    elif tag not in _MARK_TAGS:
        return _NO_MARKS  # a bare <li>, <p>, <div>
    else:
        marks = marks_of(tag, "", " ")
    if (
        marks[1] == "header"
        and tag == "header"
        and marks[0] is None
        and any(a.tag in _ARTICLE_TAGS for a in el.iterancestors())
    ):
        return _NO_MARKS
    return marks


def _state(element: HtmlElement, memo: dict[HtmlElement, _State]) -> _State:
    """What the walk finds from `element` up, read once per element (see `_State`).

    `memo` holds the boxes where the walk stops (`_NOTHING`: see `_page_memo`) and what it
    found from each element read before.
    """
    path: list[tuple[HtmlElement, str]] = []
    node: HtmlElement | None = element
    state = _NOTHING
    while node is not None:
        known = memo.get(node)
        if known is not None:
            state = known
            break
        tag = node.tag
        if tag in _STOP_TAGS:
            break
        path.append((node, tag))
        node = node.getparent()
    for node, tag in reversed(path):
        specific, place = _own_marks(node, tag)
        if specific is None and place is None:
            if state is not _NOTHING:
                state = (state[0], state[1] + 1, state[2], state[3] + 1)
        else:
            above_specific, specific_up, above_place, place_up = state
            state = (
                (specific, 0) if specific is not None else (above_specific, specific_up + 1)
            ) + ((place, 0) if place is not None else (above_place, place_up + 1))
        memo[node] = state
    return state


def _page_memo(content: frozenset[HtmlElement]) -> dict[HtmlElement, _State]:
    """A page's memo for `_state`: the walk stops at every box of `content`."""
    return dict.fromkeys(content, _NOTHING)


def content_boxes(elements: Sequence[HtmlElement]) -> frozenset[HtmlElement]:
    """Return every element that holds one of `elements` (the kept blocks'), themselves too.

    A box that holds kept text is the article's, whatever its class says ("has-sidebar",
    "content-with-comments" on the page's wrapper): the walk of `reason` stops below it.
    """
    boxes: set[HtmlElement] = set()
    for el in elements:
        node: HtmlElement | None = el
        while node is not None and node not in boxes:
            boxes.add(node)
            node = node.getparent()
    return frozenset(boxes)


def reason(
    element: HtmlElement,
    *,
    words: int,
    link_density: float,
    content: frozenset[HtmlElement] = frozenset(),
    memo: dict[HtmlElement, _State] | None = None,
) -> str:
    """Return why a removed HTML block was removed, from its markup and its figures.

    The walk reads the block's element and up to `_MAX_UP` - 1 ancestors, stopping below
    `<body>` and below any box in `content` (see `content_boxes`). The nearest specific mark
    (a comment thread, a related rail, a share bar, ...) wins; else the nearest place mark
    (navigation, header, footer, sidebar; a `<header>` inside `<article>` or `<main>` is the
    article's and marks nothing); else "links" when most of the text is links, "low_text"
    when it is short, and "boilerplate" when it is prose the classifier ruled out.

    Args:
        element: The element that holds the block's text.
        words: The block's word count (`cleaner.words.count_words`).
        link_density: The share of its characters inside links.
        content: The boxes that hold kept text, where the walk stops.
        memo: What the walk found from each element, for one page: made from `content` by
            the first call given an empty dict, then shared by every block of the page.
    """
    if memo is None:
        memo = _page_memo(content)
    elif not memo:
        memo.update(_page_memo(content))
    return _label(_state(element, memo), linked=link_density > _LINKED, words=words)


def _label(state: _State, *, linked: bool, words: int) -> str:
    """The reason a walk's `state` and the block's figures give (see `reason`)."""
    specific, specific_up, place, place_up = state
    if specific is not None and specific_up < _MAX_UP:
        return specific
    if place is not None and place_up < _MAX_UP:
        return place
    if linked:
        return LINKS
    return LOW_TEXT if words < _LOW_WORDS else FALLBACK


def relabel(
    raw: Sequence[RawBlock],
    blocks: Sequence[Block],
    words: Sequence[int],
    *,
    dropped_by: str = FALLBACK,
) -> list[Block]:
    """Give each block dropped as `dropped_by` its specific reason (`reason`), in place of it.

    `raw`, `blocks` and `words` run in parallel (extract_html's columns). Only the label
    changes: the same blocks are kept and dropped, with the same text, kind and origin.
    """
    content = content_boxes([r.element for r, b in zip(raw, blocks, strict=True) if b.kept])
    memo = _page_memo(content)
    out = list(blocks)
    for i, b in enumerate(blocks):
        if b.dropped_by != dropped_by:
            continue
        r = raw[i]
        label = _label(
            _state(r.element, memo), linked=r.link_chars > _LINKED * len(r.text), words=words[i]
        )
        if label != dropped_by:
            # positional: the Block's own constructor, a tenth of `evolve`'s cost
            out[i] = type(b)(b.text, b.kind, b.link_density, b.origin, label, b.dropped_in)
    return out
