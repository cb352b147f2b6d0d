"""What an HTML page's markup says about itself, gathered in one pass over the parsed tree.

The `metadata` stage picks the title, the site name and the publication date from these facts:
the meta tags, the JSON-LD nodes and their types, the `<title>`, the `<h1>`s, and the dates the
markup marks as published (`itemprop=datePublished`, a `<time class="published">`) or shows
under the headline. `page_kind` says what the markup presents the page as (an article, a shop
page). Split out of `stages/metadata.py` in session 21; no rule changed.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import regex
from lxml import etree
from lxml.html import HtmlElement

from cleaner import jsonld
from cleaner.dates import (
    DATELINE_CHARS,
    find_date,
    find_dates,
    parse_date,
)
from cleaner.htmlblocks import BLOCK_TAGS
from cleaner.jsonld import JsonLd
from cleaner.pageindex import PageIndex
from cleaner.titles import (
    clean_heading,
)

__all__ = [
    "ARTICLE_TYPES",
    "ISO_INSTANT",
    "NOT_ARTICLE_TYPES",
    "Facts",
    "gather",
    "heading_text",
    "ld_headline",
    "looks_like_article",
    "page_kind",
]

# JSON-LD types whose `datePublished` is the article's publication date (schema.org names).
ARTICLE_TYPES = frozenset(
    {
        "article",
        "newsarticle",
        "blogposting",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "reviewnewsarticle",
        "backgroundnewsarticle",
        "techarticle",
        "scholarlyarticle",
        "report",
        "liveblogposting",
        "socialmediaposting",
        "discussionforumposting",
        "question",
        "qapage",
        "posting",
        "medicalwebpage",
        "videoobject",
        "podcastepisode",
        "recipe",
        "howto",
        "pressrelease",
    },
)
# Types whose date says nothing about an article: the page sells or lists something.
NOT_ARTICLE_TYPES = frozenset(
    {
        "product",
        "productgroup",
        "offer",
        "aggregateoffer",
        "review",
        "softwareapplication",
        "collectionpage",
        "searchresultspage",
        "course",
        "event",
        "jobposting",
        "itempage",
        "profilepage",
    },
)
# Organization, WebSite, ItemList and the like are left out of both sets: nearly every page,
# article or not, names its publisher and breadcrumbs (wcxb-dev 0280 lost its date to them).
# Through the attribute nodes: the test runs only where an itemprop exists, a third of the time
# of the same test on every element (`//*[@itemprop=...]`, sh-html), for the same elements.
_DATE_ITEMS = etree.XPath("//@itemprop[. = 'datePublished' or . = 'dateCreated']/..")
# `regex` finds this literal-led pattern in a long page twice as fast as `re` (sh-html).
_ITEMPROP_DATE = regex.compile(r"itemprop=[\"']?date(?:Published|Created)")
# Class/id words that mark an element as the change date, not the publication date.
_UPDATE_CLASS = regex.compile(r"(?i)updat|modif|edited|revis")


# The `_..._re()` functions of the metadata modules compile their pattern on first use: each
# serves only HTML pages or only text pages, and a process of one kind need not compile the
# other's (docs/metadata.md, "First call").
# Class words that mark a <time> as the publication date (WordPress "entry-date published").
@functools.cache
def _published_class_re() -> regex.Pattern[str]:
    return regex.compile(r"(?i)publish|pubdate|entry-date|post-date")


# An ISO instant with its zone ("2025-12-18T21:46:01-05:00", "...Z"): the zone says whose day it is.
ISO_INSTANT = re.compile(
    r"\s*(?P<date>\d{4}-\d{2}-\d{2})[T ](?P<time>\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?"
    r"(?P<zone>[Zz]|[+-]\d{2}:?\d{2})\s*$",
)


_MAX_H1S = 5
# Only the first <time>s after the headline belong to its header (published, updated); later
# ones date comments (en-blog-wordpress-sourdough-comments).
_HEADER_TIMES = 3
# Microdata on any element that names the publication date (a forum question's "dateCreated").
_DATE_ITEMPROPS = frozenset({"datePublished", "dateCreated"})


@dataclass(slots=True)
class Facts:
    """What the markup says, gathered in one pass over the tree."""

    metas: dict[str, str] = field(default_factory=dict)
    ld: tuple[dict[str, Any], ...] = ()
    top_types: frozenset[str] = frozenset()
    title_tag: str = ""
    h1s: list[str] = field(default_factory=list)
    header_dates: list[str] = field(default_factory=list)
    item_dates: list[str] = field(default_factory=list)
    article_tag: bool = False
    # The first time-zone offset a header or published <time> states ("-05:00"): the page's own.
    local_offset: timedelta | None = None


# -- gathering --------------------------------------------------------------------------------


def gather(index: PageIndex, ld: JsonLd, markup: str = "") -> Facts:
    """Read meta tags, `<title>`, `<h1>`s and dates near the first `<h1>`; take the JSON-LD."""
    facts = Facts(ld=ld.nodes, top_types=ld.top_types)
    # The page index lists the elements by tag from one walk in C, shared with the other
    # stages; a Python loop over every element costs ~5 ms on a big page.
    for meta in index.elements("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        content = meta.get("content")
        if key and content and key not in facts.metas:
            facts.metas[key] = " ".join(content.split())
    title = index.first("title")
    if title is not None:
        facts.title_tag = " ".join(title.text_content().split())
    _gather_headings(index, facts)
    # Walking every element for its itemprop costs ~1.5 ms; most pages have no such markup.
    if not markup or _ITEMPROP_DATE.search(markup):
        facts.item_dates.extend(_item_dates(index.tree))
    return facts


def _gather_headings(index: PageIndex, facts: Facts) -> None:
    """Collect `<h1>` texts, whether there is an `<article>`, and the header's dates."""
    seen_h1 = False
    times = 0
    facts.article_tag = index.first("article") is not None
    # The index's lists come from a walk by tag in C; an XPath test on every element's
    # attributes costs several ms.
    for el in index.elements("h1", "time"):
        if el.tag == "h1":
            if _in_dialog(el):
                continue
            text = clean_heading(heading_text(el))
            if text and len(facts.h1s) < _MAX_H1S:
                facts.h1s.append(text)
                seen_h1 = True
        elif _marked_published(el):
            found = _element_date(el)
            if found:
                facts.item_dates.append(found)
                facts.local_offset = facts.local_offset or _offset(el.get("datetime"))
        elif seen_h1:
            times += 1
            found = _element_date(el, marked=False) if times <= _HEADER_TIMES else None
            if found:
                facts.header_dates.append(found)
                facts.local_offset = facts.local_offset or _offset(el.get("datetime"))


# A dialog the page opens over itself: the element, an ARIA dialog, or a modal's class
# (Bootstrap's "modal", "modal-dialog", Stack Overflow's "s-modal", "modal_dialog"; not
# "modal-open", which Bootstrap sets on the <body> while a modal shows).
_DIALOG_TAGS = frozenset({"dialog", "modal-dialog"})
_DIALOG_ROLES = frozenset({"dialog", "alertdialog"})
_MODAL_CLASS = regex.compile(
    r"(?i)(?:^|\s)(?:\S*[-_])?modal(?:[-_](?:dialog|content|body|container|wrapper|window|box))?"
    r"(?=\s|$)"
)


def _in_dialog(el: HtmlElement) -> bool:
    """Whether `el` stands in a dialog or a modal, which the page opens over itself.

    A modal's `<h1>` heads a newsletter sign-up, a search box or a feedback form, never the
    page: wcxb-dev 0956's first `<h1>` was a newsletter modal's "Don't miss tomorrow's tech
    industry news" over the page's "Cloud"; GitHub's search and feedback dialogs (2909, 2910:
    "Search code, repositories, users, issues, pull requests...") hold every `<h1>` the page
    has. Hidden blocks are not skipped so: Discourse prints its topic's `<h1>` in `<noscript>`,
    shops in a `display: none` copy.
    """
    for up in el.iterancestors():
        if not isinstance(up.tag, str):
            continue
        if up.tag in _DIALOG_TAGS or up.get("role") in _DIALOG_ROLES:
            return True
        if up.get("aria-modal") == "true" or _MODAL_CLASS.search(up.get("class") or ""):
            return True
    return False


def heading_text(el: HtmlElement) -> str:
    """A heading's text with its block children and line breaks apart.

    `text_content()` glues them: `<h1>Data Analytics<span><br>Agency</span></h1>` read
    "Data AnalyticsAgency" and `<h1><div>News</div><div>News</div></h1>` "NewsNews" (wcxb-dev
    0247 and other service pages' headings lost their title that way).

    Code is no text: a `<style>` a CSS-in-JS library puts inside the heading (wcxb-dev 0629's
    `<h1>` read ".css-1a8e5pi{cursor:pointer;...}Augustinus Bader ...") and a `<script>` or
    `<template>` are skipped. So is a `<button>`'s label ("Crate tokio Copy item path", the
    rustdoc heading of wcxb-dev 4397), unless the heading has no other words: an accordion
    writes its heading's text as a button.

    Text only a screen reader reads (`_SCREEN_READER_CLASS`: "sr-only", "visually-hidden",
    ...) is no word the page shows either: Shopify's "Collection:" before a collection's name
    (wcxb-dev 2897's "Collection: Sennheiser"), XenForo's hidden thread label (0523's "Player
    Squad 2024 - 2025"). A heading that is nothing but such text (a logo's `<h1>`) keeps it.
    """
    for hidden in (True, False):
        parts = [el.text or ""]
        _heading_parts(el, parts, skip=_NOT_HEADING_WORDS, hidden=hidden)
        text = "".join(parts)
        if text.strip():
            return text
    if next(el.iter("button"), None) is None:
        return text
    parts = [el.text or ""]
    _heading_parts(el, parts, skip=_NOT_HEADING_TEXT, hidden=False)
    return "".join(parts)


# Elements inside a heading whose text is code, never words a reader reads; and those whose
# text is a control's label, where the heading has words besides.
_NOT_HEADING_TEXT = frozenset({"style", "script", "template"})
_NOT_HEADING_WORDS = _NOT_HEADING_TEXT | {"button"}


# The classes that hide an element's text from the eye and leave it to screen readers:
# Bootstrap's and Tailwind's "sr-only", WordPress's "screen-reader-text", Shopify's
# "visually-hidden", Drupal's "element-invisible", Foundation's "show-for-sr", XenForo's
# "label--hidden". Not a bare "hidden": Tailwind's "hidden md:block" shows on wide screens.
_SCREEN_READER_CLASS = regex.compile(
    r"(?i)(?:^|\s)(?:sr-only|screen-reader-text|screen-reader-only|visually-hidden"
    r"|visuallyhidden|u-visually-hidden|element-invisible|show-for-sr|label--hidden"
    r"|a11y-hidden|assistive-text)(?=\s|$)"
)


def _heading_parts(
    el: HtmlElement, parts: list[str], skip: frozenset[str], *, hidden: bool
) -> None:
    for child in el:
        tag = child.tag if isinstance(child.tag, str) else ""
        apart = tag == "br" or tag in BLOCK_TAGS
        if apart:
            parts.append(" ")
        if (
            isinstance(child.tag, str)
            and tag not in skip
            and not (hidden and _SCREEN_READER_CLASS.search(child.get("class") or ""))
        ):
            if child.text:
                parts.append(child.text)
            _heading_parts(child, parts, skip, hidden=hidden)
        if apart:
            parts.append(" ")
        if child.tail:
            parts.append(child.tail)


def _item_dates(tree: HtmlElement) -> Iterator[str]:
    """Dates of non-`<time>` elements marked `itemprop=datePublished` (or dateCreated)."""
    items = _DATE_ITEMS(tree)
    for el in items if isinstance(items, list) else []:
        if isinstance(el, HtmlElement) and el.tag != "time":
            found = _element_date(el)
            if found:
                yield found


def _marked_published(el: HtmlElement) -> bool:
    """Whether microdata or a class marks the element as the publication date."""
    if el.get("itemprop") in _DATE_ITEMPROPS:
        return True
    return el.tag == "time" and bool(_published_class_re().search(el.get("class") or ""))


# Inline elements that may wrap a `<time>` between it and its label (`_element_date`).
_INLINE_WRAPPERS = frozenset({"b", "strong", "em", "i", "span"})


def _element_date(el: HtmlElement, *, marked: bool = True) -> str | None:
    """The publication date a `<time>` (or `itemprop=datePublished`) element states, if any.

    `marked` says the markup marks the element as the publication date (microdata, class).
    """
    marks = " ".join(v for v in (el.get("class"), el.get("id"), el.get("itemprop")) if v)
    parent = el.getparent()
    if (
        parent is not None
        and parent.tag in _INLINE_WRAPPERS
        and not (parent.text or "").strip()
        and parent.getparent() is not None
    ):
        # An inline wrapper with no text of its own passes the label and the class up to its
        # parent: "最終更新日: <b><time>" (Docusaurus; golden ja-dokyumento-api-ninsho-html).
        marks += " " + (parent.get("class") or "")
        parent = parent.getparent()
    if parent is not None:
        marks += " " + (parent.get("class") or "")
        before = (parent.text or "")[:40]
        if find_dates(before + " 1 January 2000") and find_date(before + " 1 January 2000") is None:
            return None  # the label in front says "Updated"
    if _UPDATE_CLASS.search(marks):
        return None
    shown = el.text_content()
    if not marked and (own := find_dates(shown[:DATELINE_CHARS])) and own[0].updated:
        # An unmarked <time> whose own text says "Updated on June 18, 2025" (wcxb-dev 0039);
        # one the markup marks as published stays the publication date (wcxb-dev 4048).
        return None
    value = el.get("datetime") or el.get("content") or shown
    return parse_date(value) if value else None


def ld_headline(facts: Facts) -> str | None:
    """The `headline` of the page's article node, if JSON-LD names one."""
    for node in facts.ld:
        headline = node.get("headline")
        if isinstance(headline, str) and headline.strip() and jsonld.types(node) & ARTICLE_TYPES:
            return " ".join(headline.split())
    return None


# -- what the page is ------------------------------------------------------------------------


def looks_like_article(facts: Facts) -> bool:
    """Whether the markup presents the page as an article (or a forum thread), not a shop page."""
    og_type = facts.metas.get("og:type", "").lower()
    if og_type == "article" or any(k.startswith("article:") for k in facts.metas):
        return True
    types: set[str] = set()
    for node in facts.ld:
        types |= jsonld.types(node)
    if types & ARTICLE_TYPES:
        return True
    if types & NOT_ARTICLE_TYPES or og_type in {"product", "website", "profile", "video.other"}:
        return False
    return facts.article_tag


def page_kind(facts: Facts) -> str:
    """What the markup says the page is: "article", "shop" (a product, a shop, a service) or ""."""
    if looks_like_article(facts):
        return "article"
    if facts.metas.get("og:type", "").lower() == "product" or facts.top_types & NOT_ARTICLE_TYPES:
        return "shop"
    return ""


def _offset(value: str | None) -> timedelta | None:
    """The time-zone offset of an ISO datetime ("2025-12-18T21:46:01-05:00"), if it has one."""
    m = ISO_INSTANT.match(value or "")
    if not m or m["zone"] in {"Z", "z"}:
        return None
    hours, minutes = int(m["zone"][1:3]), int(m["zone"][-2:])
    sign = -1 if m["zone"][0] == "-" else 1
    return sign * timedelta(hours=hours, minutes=minutes)
