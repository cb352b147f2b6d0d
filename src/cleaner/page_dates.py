"""An HTML page's publication date: what the markup declares, checked against what it shows.

`html_date` walks the chain: a job ad's `datePosted`; no date for a shop, product or event page;
the declared `datePublished` (article JSON-LD, then date metas) read in the page's own time
zone, unless the byline under the headline shows the same instant's local day, the declared
change date as its one date, or an earlier first date; an article's lone `dateModified`; then
the dates the page shows: marked `<time>`s and microdata, a date near the headline, an authored
WebPage's date, the URL's date, a labelled date anywhere, a published/updated pair, a forum
thread's first post, a dateline among the first blocks and the blocks under the headline. An
"Updated" date is never the publication date (docs/metadata.md).

A few rules serve text scrapes too (`cleaner.text_metadata`): the publication labels
(`published_re`, `thread_start_re`), the published/updated pair (`published_before_update`),
the date a post's author line signs (`signed_date`),
the URL's date (`url_date`) and the language dates are read in (`date_lang`). Split out of
`stages/metadata.py` in session 21; no rule changed.
"""

from __future__ import annotations

import functools
import re
from datetime import UTC, datetime, timedelta
from typing import Any

import regex
from lxml import etree
from lxml.html import HtmlElement

from cleaner import jsonld, pageindex
from cleaner.byline_words import alone
from cleaner.dates import (
    DATELINE_CHARS,
    find_date,
    find_dates,
    is_dateline,
    parse_date,
    signed_tail,
    writes_day_first,
    written_by,
)
from cleaner.document import Document
from cleaner.page_facts import (
    ARTICLE_TYPES,
    ISO_INSTANT,
    NOT_ARTICLE_TYPES,
    Facts,
    heading_text,
    looks_like_article,
)
from cleaner.pageindex import PageIndex
from cleaner.titles import (
    clean_heading,
)

__all__ = [  # the HTML date's chain; the rest is what text_metadata's text rules share
    "MAX_HEADER_DATES",
    "OVERLAP_WORD",
    "YEAR_LIKE",
    "date_lang",
    "html_date",
    "published_before_update",
    "published_re",
    "signed_date",
    "thread_start_re",
    "url_date",
]

# Meta names (lower case) that name the publication date, most trusted first. The first three
# are right on 329 of 345 wcxb-dev pages that carry them; `og:updated_time` and
# `article:modified_time` are change dates and are wrong more often than right (212 of 312).
_DATE_METAS = (
    "article:published_time",
    "og:article:published_time",
    "article.published",
    "datepublished",
    "published_time",
    "og:published_time",
    "publishdate",
    "publish-date",
    "publish_date",
    "published",
    "published-date",
    "og:publish_date",
    "cxenseparse:publishtime",
    "ms.date",
    "pubdate",
    "sailthru.date",
    "parsely-pub-date",
    "citation_publication_date",
    "citation_date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "date",
)
# A CMS's own prefix before a publication-date meta name ("w-published-date", wcxb-dev 0237:
# +1; the other prefixed date names there, "og:publication_time" and "published_at", stand
# on pages whose truth has no date and are left out).
_DATE_META_SUFFIXES = ("-published-date", "_published_date", "-publish-date", "_publish_date")
# Meta names of the change date: never a date on their own, only a witness that a shown date is
# the page's current date.
_MODIFIED_METAS = ("article:modified_time", "og:updated_time", "og:article:modified_time")


# A full date in a URL's path (`url_date`).
@functools.cache
def _url_date_re() -> regex.Pattern[str]:
    return regex.compile(r"/((?:19|20)\d{2})[/-]([01]\d)[/-]([0-3]\d)(?:/|[-_]|$)")


_PRECEDING_TEXT = "preceding::text()[normalize-space()][position() <= 12]"
# How many text nodes after the headline make up its byline region (a text there counts as a
# dateline up to `DATELINE_CHARS`), and how many different dates the region may show before it
# looks like a list of teasers rather than one article's header.
_HEADER_TEXTS = 25
_HEADER_TEXTS_BEFORE = 6
_BYLINE_TEXTS = 10
MAX_HEADER_DATES = 1
# Text nodes that may hold a publication label, found cheaply by substring; `published_re` then
# checks the label as a word at the start of the text.
_LABEL_TEXT = (
    "//text()[contains(., 'ublish') or contains(., 'osted') or contains(., 'eröffentlicht')"
    " or contains(., 'ublié') or contains(., 'ublicado') or contains(., 'ubblicato')"
    " or contains(., 'rschienen') or contains(., 'ritten by')]"
)


# A label as the first text of an element, checked on the markup before walking the tree.
@functools.cache
def _label_in_markup_re() -> re.Pattern[str]:
    return re.compile(
        r">\s*(?:first\s+|originally\s+)?(?:published|posted|written\s+by|ver(?:ö|&ouml;)ffentlicht|erschienen|"
        r"publi(?:é|&eacute;)|publicad|pubblicat)",
        re.IGNORECASE,
    )


@functools.cache
def published_re() -> regex.Pattern[str]:
    """A publication label opening a text ("Published", "Posted on", "Veröffentlicht", "Publié").

    Compiled on first use, as the other `_re()` functions; the HTML and the text rules share it.
    """
    return regex.compile(
        r"(?i)^\W*(?:(?:first\s+|originally\s+)?published|posted|written\s+by|veröffentlicht|erschienen|"
        r"publié|publiée|publicado|publicada|pubblicato|pubblicata)\b",
    )


# Labels forum and Q&A software put before a thread's first date ("Start date Mar 27, 2025",
# "asked Mar 26, 2019 at 16:18"; wcxb-dev text forum scrapes 0514, 1177), and phpBB's post
# header "by <user> » <date>", whose first one is the opening post's (wcxb-dev-text 0540).
@functools.cache
def thread_start_re() -> regex.Pattern[str]:
    """A thread's start label, or phpBB's "by <user> » <date>" post header, opening a line."""
    return regex.compile(
        r"(?i)^\W*(?:start\s+date|asked|date\s+de\s+début|fecha\s+de\s+inicio|data\s+di\s+inizio|"
        r"erstellt\s+am)\b\W*\w|^\s*by\s+[^»\s][^»]{0,60}\s»\s+\w",
    )


# The "#1" permalink of a forum thread's first post, as one text ("#1") or two ("#", "1").
_POST_ONE_MARKUP = re.compile(r"#(?:<[^<>]{0,400}>)*1<")
_VISIBLE_TEXTS = etree.XPath("//text()[normalize-space()]")
# A thread's first post sits near the top; past this many texts, "#1" is something else.
_POST_MAX_TEXTS = 3000
_POST_REACH = 2
# phpBB's post header is three texts: "by", the poster, "» <date>" (`_post_header_date`).
_POST_HEADER_TEXTS = 3
# JSON-LD types of a forum thread or Q&A page: its declared date is its first post's.
_THREAD_TYPES = frozenset({"discussionforumposting", "qapage", "question"})
# A thread dated by its `<time>` elements shows at least this many, and at most one in this
# many earlier than the first (`_thread_time_date`).
_THREAD_MIN_TIMES = 3
_THREAD_EARLIER_PER = 20
_INNER_TEXTS = "(.//text() | following::text())[normalize-space()][position() <= 3]"
_TAIL_TEXTS = "following::text()[normalize-space()][position() <= 3]"
# Elements whose text the page never shows.
_HIDDEN_TAGS = frozenset({"script", "style", "noscript", "template"})
# Four lower-case words in a row: running prose, whose date ("join our book launch online on
# 19th June 2022") is an event's, not a dateline's (`_window_dates`; wcxb-dev 0470, 0577).
_IN_SENTENCE = regex.compile(r"\b\p{Ll}{2,}\s+\p{Ll}{2,}\s+\p{Ll}{2,}\s+\p{Ll}{2,}\b")
# A cheap test before the date patterns run: a full date has a four-digit year.
YEAR_LIKE = re.compile(r"(?:19|20)\d\d")
# A word, as a headline and a heading (or a title line and a scrape's line) are compared by
# the words they share (`_headline_element`, text_metadata's `_word_set` and `_jaccard`).
OVERLAP_WORD = regex.compile(r"\w+")


def _declared_value(facts: Facts, lang: str | None) -> tuple[str, str] | None:
    """The publication date the markup declares, as it writes it and as a date.

    Article JSON-LD first, then date meta tags.
    """
    own_review = "review" in facts.top_types
    for node in facts.ld:
        value = node.get("datePublished") or node.get("dateCreated")
        types = jsonld.types(node)
        if (types & ARTICLE_TYPES or (own_review and "review" in types)) and isinstance(value, str):
            d = parse_date(value)
            if d:
                return value, d
    for key in _DATE_METAS:
        value = facts.metas.get(key)
        if value and (d := parse_date(value, lang)):
            return value, d
    for key, value in facts.metas.items():
        if key.endswith(_DATE_META_SUFFIXES) and (d := parse_date(value, lang)):
            return value, d
    return None


# How far a zone's local time may be from UTC: UTC-12 to UTC+14.
_ZONE_BEHIND = timedelta(hours=12)
_ZONE_AHEAD = timedelta(hours=14)


def _shown_local_day(  # noqa: PLR0913 - the facts html_date has gathered
    facts: Facts,
    doc: Document,
    *,
    value: str,
    declared: str,
    shown: str | None,
    title: str | None,
) -> str | None:
    """The day the byline shows, where it is the declared UTC instant's day in some zone.

    The markup states the instant in UTC ("2026-11-25T22:30:00+00:00") and the byline under
    the headline prints the local day ("26 تشرين الثاني 2026", Beirut's half past midnight):
    the page is dated as it shows itself (round P golden ar-maqal-zaytoun-beqaa-tishrin-html).
    Where the page states its own offset, `_in_local_zone` has read the instant already.
    `value` is the declared date as the markup writes it, `declared` the date read from it.
    """
    if facts.local_offset is not None:
        return None
    m = ISO_INSTANT.match(value)
    if not m or m["zone"] not in _UTC_ZONES:
        return None
    if shown is None and doc.tree is not None:
        shown = _date_near_headline(
            pageindex.of(doc), title, doc.lang, reach=_BYLINE_TEXTS, above=False
        )
    if shown is None or shown == declared:
        return None
    try:
        instant = datetime.fromisoformat(f"{m['date']}T{m['time']}")
    except ValueError:
        return None
    days = {(instant - _ZONE_BEHIND).date().isoformat(), (instant + _ZONE_AHEAD).date().isoformat()}
    return shown if shown in days else None


# How an ISO instant writes UTC.
_UTC_ZONES = frozenset({"Z", "z", "+00:00", "+0000", "-00:00"})


def _in_local_zone(value: str, offset: timedelta | None) -> str | None:
    """The date of a UTC timestamp in the page's own time zone, when the page shows one.

    Metadata often states the instant in UTC while the page prints its local date: 02:41 UTC
    on the 19th is the evening of the 18th in New York (wcxb-dev 0479, 0481).
    """
    if offset is None:
        return None
    m = ISO_INSTANT.match(value)
    if not m or m["zone"] not in _UTC_ZONES:
        return None
    try:
        instant = datetime.fromisoformat(f"{m['date']}T{m['time']}").replace(tzinfo=UTC)
    except ValueError:
        return None
    return (instant + offset).date().isoformat()


def _modified_dates(facts: Facts, lang: str | None) -> set[str]:
    """The change dates the markup declares (article JSON-LD `dateModified`, modified metas)."""
    found = set()
    for node in facts.ld:
        value = node.get("dateModified")
        if (
            isinstance(value, str)
            and jsonld.types(node) & ARTICLE_TYPES
            and (d := parse_date(value))
        ):
            found.add(d)
    for key in _MODIFIED_METAS:
        value = facts.metas.get(key)
        if value and (d := parse_date(value, lang)):
            found.add(d)
    return found


def _only_modified_date(facts: Facts, lang: str | None) -> str | None:
    """The `dateModified` of an article JSON-LD node that declares no other date."""
    for node in facts.ld:
        value = node.get("dateModified")
        if (
            isinstance(value, str)
            and jsonld.types(node) & ARTICLE_TYPES
            and not any(node.get(k) for k in ("datePublished", "dateCreated", "uploadDate"))
        ):
            return parse_date(value, lang)
    return None


def _shown_revision(facts: Facts, doc: Document, declared: str, shown: str | None) -> str | None:
    """The declared change date, where the page shows it unlabelled as its one date.

    The page shows one unlabelled `<time>` under its headline, and it is the declared
    `dateModified`, not the declared `datePublished`: the page presents the revised article as
    of that date (wcxb-dev 0041, 0214). A date the page labels "Updated" never reaches
    `header_dates`. A page that also shows the declared date marked as published keeps it
    (wcxb-dev 4679). Dates in plain text near the headline are no such witness: taken too,
    they gained 5 pages and lost 8 on wcxb-dev.
    """
    if shown is None or declared in facts.item_dates:
        return None
    return shown if shown in _modified_dates(facts, doc.lang) - {declared} else None


def _shown_original(
    facts: Facts, doc: Document, declared: str, shown: str | None, title: str | None
) -> str | None:
    """An earlier date the page shows under its headline than the one its markup declares.

    A republished or migrated article keeps its first date in the byline while the CMS
    declares the day it was moved (wcxb-dev: a shown date before the declared one, not a
    declared change date, was the truth 14 times against 3; a later one only 4 against 9).
    """
    if shown is None and doc.tree is not None:
        # Only the byline right under the headline: this runs on every page with a declared
        # date, and ten texts found the same dates as 25 with the texts above (wcxb-dev).
        shown = _date_near_headline(
            pageindex.of(doc), title, doc.lang, reach=_BYLINE_TEXTS, above=False
        )
    if shown is None or shown >= declared or shown in _modified_dates(facts, doc.lang):
        return None
    return shown


def _authored_page_date(facts: Facts) -> str | None:
    """The `datePublished` of a generic WebPage node that names its author.

    A WebPage's date is usually when a business page was set up (see `html_date`), but a page
    node that names who wrote it is an authored piece the CMS did not type as an Article
    (wcxb-dev 0154, 0165: right twice, one date invented on 2018).
    """
    for node in facts.ld:
        value = node.get("datePublished")
        if (
            isinstance(value, str)
            and "webpage" in jsonld.types(node)
            and node.get("author")
            and (d := parse_date(value))
        ):
            return _in_local_zone(value, facts.local_offset) or d
    return None


def _job_posted(facts: Facts) -> str | None:
    """The `datePosted` of a job ad's JSON-LD: the ad's publication date.

    A job ad is no article, but it prints when it was posted ("Publicerad: 3 februari 2026",
    golden sv-platsannons-sjukskoterska-html); no wcxb-dev page carries JobPosting JSON-LD.
    """
    for node in facts.ld:
        posted = node.get("datePosted")
        if (
            isinstance(posted, str)
            and "jobposting" in jsonld.types(node)
            and (d := parse_date(posted))
        ):
            return _in_local_zone(posted, facts.local_offset) or d
    return None


def html_date(facts: Facts, doc: Document, title: str | None) -> str | None:
    """The first-publication date of an HTML page, or None when it states none."""
    top = facts.top_types
    posted = _job_posted(facts)
    if posted:
        return posted
    # Event's subtypes (MusicEvent, TheaterEvent, SportsEvent...) date the event, not the page
    # (golden es-evento-festival-jazz-entradas-html: "Del 13 al 15 de marzo" under the <h1>).
    events = any(t.endswith("event") for t in top)
    shop = bool(
        (top & NOT_ARTICLE_TYPES or events) and not top & (ARTICLE_TYPES | {"review"}),
    ) or (facts.metas.get("og:type", "").lower() == "product")
    if shop:
        return None
    found = _declared_value(facts, doc.lang)
    header = facts.header_dates
    shown = header[0] if header and len(set(header)) <= MAX_HEADER_DATES else None
    if found is not None:
        declared = _in_local_zone(found[0], facts.local_offset) or found[1]
        if top & _THREAD_TYPES:
            # A thread's own markup dates its first post; the dates under its headline are the
            # post's words ("On 2 Dec 2024, I received ...", wcxb-dev forum 0559).
            return declared
        return (
            _shown_local_day(
                facts, doc, value=found[0], declared=declared, shown=shown, title=title
            )
            or _shown_revision(facts, doc, declared, shown)
            or _shown_original(facts, doc, declared, shown, title)
            or declared
        )
    # An article whose markup declares only a change date has no other date to give; the
    # change date is then the date the page is dated by (wcxb-dev 0026, 0267).
    modified_only = _only_modified_date(facts, doc.lang)
    if modified_only:
        return modified_only
    visible = facts.item_dates[0] if facts.item_dates else None
    if visible is None:
        visible = shown
    lang = date_lang(doc)
    if visible is None and doc.tree is not None:
        visible = _date_near_headline(pageindex.of(doc), title, lang)
    # A generic WebPage's datePublished is left out: it is when the page was set up, and Yoast
    # marks every page og:type=article and dates it (wcxb-dev: taking it added no right date
    # and invented dates on 4% of the undated service and product pages).
    return (
        visible
        or _authored_page_date(facts)
        or url_date(doc.url)
        or (_labelled_date(doc.tree, doc.decoded, lang) if doc.tree is not None else None)
        or (_date_over_update(doc.tree, lang) if doc.tree is not None else None)
        or (_first_post_date(doc.tree, doc.decoded, lang) if doc.tree is not None else None)
        or (_post_header_date(doc.tree, doc.decoded, lang) if doc.tree is not None else None)
        or (_text_date(doc) if looks_like_article(facts) else None)
        # Ungated by page type: Yoast and Substack mark articles og:type=website (wcxb-dev:
        # +4 right, +2 invented, an events list and a sports schedule under their headings).
        or _block_date_under_title(doc, title)
        or (_thread_time_date(pageindex.of(doc).elements("time")) if doc.tree is not None else None)
        # A post's footer line that signs its date ("August 12, 2025  By  The Diggs Team") on a
        # page with no headline `<h1>` to anchor a byline (wcxb-dev 4596: +1, none invented).
        or signed_date([b.text for b in doc.blocks], lang)
        # A header that shows only "Updated <date>" leaves the page undated: the core contract
        # (issue 2, and the golden pages) says an "Updated" date is never the publication date.
        # As the last resort it would be wcxb-dev's truth on 15 pages, a wrong date on 8 and an
        # invented one on 4 (and cost six golden dates): we keep the contract (docs/metadata.md).
    )


def date_lang(doc: Document) -> str | None:
    """The language tag dates are read in: "en-gb" where an English page writes the day first.

    An English page whose named dates are all day first ("3 October 2023") writes "03/10/2023"
    for 3 October (`writes_day_first`, wcxb-dev 4690). The region the page declares is no
    such witness: an "en-GB" page wrote "10/12/2023" for October 12 (2235).
    """
    if doc.lang == "en" and writes_day_first(doc.decoded):
        return "en-gb"
    return doc.lang


def _thread_time_date(times: list[HtmlElement]) -> str | None:
    """The first post's date of a thread whose posts carry `<time datetime>` elements.

    A thread lists its posts oldest first, so its first `<time>` is the earliest date on the
    page: the opening post's (wcxb-dev forums 0575, 1066, 0562: Lobsters, a Hive forum,
    old Reddit, none with a date in their markup). One earlier date in twenty is allowed, a
    poster's "member for 19 years" (0562); a feed or a listing of teasers shows its newest
    first, or in no order, and gives none (dev.to's front page, 3014).
    """
    dates = [
        d for el in times if (value := el.get("datetime")) and (d := parse_date(value)) is not None
    ]
    if len(dates) < _THREAD_MIN_TIMES:
        return None
    first, rest = dates[0], dates[1:]
    earlier = sum(d < first for d in rest)
    return first if earlier * _THREAD_EARLIER_PER <= len(rest) else None


def _labelled_date(tree: HtmlElement, markup: str, lang: str | None) -> str | None:
    """A date the page labels as its publication ("Published" / "Feb 2, 2023") anywhere.

    Sidebars and footers of article pages carry it far from the headline (wcxb-dev 0300,
    0463), and so does an author box that signs the post ("Written by" / names / date,
    0233). Several different labelled dates are a list of teasers and give none.
    """
    found: set[str] = set()
    if not _label_in_markup_re().search(markup):
        return None
    for node in tree.xpath(_LABEL_TEXT):
        parent = node.getparent()
        if parent is None or parent.tag in _HIDDEN_TAGS:
            continue
        text = " ".join(str(node).split())
        if len(text) > DATELINE_CHARS or not published_re().search(text):
            continue
        dates = [d for d in find_dates(text, lang) if not d.updated]
        if not dates:
            # The label and the texts after it: inside its element if it is the element's
            # own text, after the element if it is the tail.
            texts = parent.xpath(_TAIL_TEXTS if node.is_tail else _INNER_TEXTS)
            line = " ".join(" ".join(str(t).split()) for t in texts)[:DATELINE_CHARS]
            dates = [d for d in find_dates(line, lang) if not d.updated]
        found.update(d.iso for d in dates[:1])
        if len(found) > MAX_HEADER_DATES:
            return None
    return next(iter(found), None)


def _date_over_update(tree: HtmlElement, lang: str | None) -> str | None:
    """The publication date of a published/updated pair among the page's visible texts.

    A header prints the two as a pair ("December 3, 2025." / "Updated: December 7, 2025",
    wcxb-dev 4371): see `published_before_update`.
    """
    nodes = _VISIBLE_TEXTS(tree)
    texts = _texts(nodes if isinstance(nodes, list) else [], _POST_MAX_TEXTS)
    return published_before_update(texts, lang, reach=_POST_REACH)


def published_before_update(texts: list[str], lang: str | None, *, reach: int) -> str | None:
    """The first-publication date of a published/updated pair, in one text or two.

    The pair stands in one text ("December 3, 2025. Updated: December 7, 2025", "Updated
    November 11, 2022 ... Originally published November 9, 2022": wcxb-dev-text 4371, 4560)
    or as a dateline with the "Updated <date>" in one of the next `reach` texts (a header's
    "December 3, 2025." / "Updated: December 7, 2025", wcxb-dev 4371). The unlabelled (or
    "published") date no later than the update is the publication date, wherever the pair
    stands. Several different pairs are a list of teasers and give none.
    """
    found: set[str] = set()
    for i, text in enumerate(texts):
        if len(text) > DATELINE_CHARS or not YEAR_LIKE.search(text):
            continue
        dates = list(find_dates(text, lang))
        if len(dates) == 1 and not dates[0].updated and is_dateline(text, lang):
            for later in texts[i + 1 : i + 1 + reach]:
                after = find_dates(later[:DATELINE_CHARS], lang)
                if after and after[0].updated:
                    dates.append(after[0])
                    break
        if len(dates) != 2 or dates[0].updated == dates[1].updated:
            continue
        first, update = (dates[1], dates[0]) if dates[0].updated else (dates[0], dates[1])
        if first.iso <= update.iso:
            found.add(first.iso)
    return next(iter(found)) if len(found) == 1 else None


def signed_date(texts: list[str], lang: str | None) -> str | None:
    """The date a post's author line signs, when the page shows one such date.

    An author box at the foot of a post names the writer and dates the post on the next line
    ("Written by Moses Kim and Kate Shokurova" / "April 8, 2024", wcxb-dev-text 0233), or a
    meta line gives the date and then its writer ("August 12, 2025  By  The Diggs Team", a
    shop blog's footer, wcxb-dev 4596 and its scrape). A list of related posts signs each one
    with its own date: several dates give none. Text scrapes read their lines, HTML pages the
    extracted blocks (`html_date`'s last resort).
    """
    found: set[str] = set()
    for i, text in enumerate(texts):
        if len(text) > DATELINE_CHARS:
            continue
        if written_by().match(text) and i + 1 < len(texts):
            below = texts[i + 1]
            if is_dateline(below, lang):
                found.update(d.iso for d in find_dates(below, lang)[:1] if not d.updated)
        elif YEAR_LIKE.search(text) and (dates := find_dates(text, lang)):
            first = dates[0]
            if (
                len(dates) == 1
                and not first.updated
                and not text[: first.start].strip()
                and signed_tail().match(text[first.end :])
            ):
                found.add(first.iso)
    return found.pop() if len(found) == 1 else None


# The post's meta line stands right over the pager (a share line may come between: "Facebook0
# Twitter 0 Likes"), and the pager's two words within a few lines of each other, a neighbour's
# title and date between them (wcxb-dev-text 4113, 4126, 4662).
_PAGER_ABOVE = 2
_PAGER_REACH = 5
_PAGER_ARROWS = " \t←→«»‹›<>"


def _pager_word(text: str) -> bool:
    """Whether `text` is a post pager's word alone ("Previous", "Next »": `[words.post_pager]`)."""
    return bool(alone("post_pager", None).match(text.strip(_PAGER_ARROWS)))


def pager_date(texts: list[str], lang: str | None) -> str | None:
    """The post's date on its meta line right over the post pager ("Previous" / "Next").

    A blog theme prints the post's meta line (writer, date, tags) under the story, then the
    pager to the previous and the next post with their own dates: the line over the first
    pager word dates the page when it holds one date, not labelled an update. A first pager
    word with no second one under it is a listing's pagination, and gives none.
    """
    for i, text in enumerate(texts):
        if not _pager_word(text):
            continue
        if not any(_pager_word(t) for t in texts[i + 1 : i + 1 + _PAGER_REACH]):
            return None
        for above in reversed(texts[max(0, i - _PAGER_ABOVE) : i]):
            if found := find_dates(above, lang):
                return found[0].iso if len(found) == 1 and not found[0].updated else None
        return None
    return None


def _first_post_date(tree: HtmlElement, markup: str, lang: str | None) -> str | None:
    """The date of a forum thread's first post: the date next to its "#1" permalink.

    Forum software (phpBB, FluxBB, MyBB, vBulletin) numbers a thread's posts "#1", "#2", ...
    and dates each; reply dates make the thread look like a list of teasers, but the one
    beside "#1" is the thread's (wcxb-dev forum pages 0541, 0558, 0525). The nearest date
    within two texts wins, after before before on a tie; a "Joined:" date is further away.
    """
    if not _POST_ONE_MARKUP.search(markup):
        return None
    nodes = _VISIBLE_TEXTS(tree)
    texts = _texts(nodes if isinstance(nodes, list) else [], _POST_MAX_TEXTS)
    for i, text in enumerate(texts):
        end = i + 1 if text == "#" and texts[i + 1 : i + 2] == ["1"] else i
        if text != "#1" and end == i:
            continue
        after = texts[end + 1 : end + 1 + _POST_REACH]
        before = texts[max(0, i - _POST_REACH) : i][::-1]
        for distance in range(_POST_REACH):
            for side in (after, before):
                if distance < len(side):
                    dates = find_dates(side[distance][:DATELINE_CHARS], lang)
                    if dates and not dates[0].updated:
                        return dates[0].iso
        return None
    return None


def _post_header_date(tree: HtmlElement, markup: str, lang: str | None) -> str | None:
    """The date of a phpBB thread's first post header, "by <user> » <date>".

    phpBB puts the poster and the date in three texts ("by", the user's link, "» Tue Aug 27,
    2019 1:47 am"); the first such header is the opening post's (wcxb-dev forum 0540, whose
    replies date the page as a list of teasers otherwise). The scrape reads them as one line,
    the header `thread_start_re` knows.
    """
    if "»" not in markup and "&raquo;" not in markup:
        return None
    nodes = _VISIBLE_TEXTS(tree)
    texts = _texts(nodes if isinstance(nodes, list) else [], _POST_MAX_TEXTS)
    for i, text in enumerate(texts):
        if not text.startswith("»") or i < _POST_HEADER_TEXTS - 1:
            continue
        line = " ".join(texts[i - _POST_HEADER_TEXTS + 1 : i + 1])
        if len(line) <= DATELINE_CHARS and thread_start_re().search(line):
            dates = [d for d in find_dates(line, lang) if not d.updated]
            return dates[0].iso if dates else None
    return None


def _date_near_headline(
    index: PageIndex,
    title: str | None,
    lang: str | None,
    *,
    reach: int = _HEADER_TEXTS,
    above: bool = True,
) -> str | None:
    """A date in a short text right after (else just before) the headline element.

    Bylines put the date within a few text nodes of the headline, some headers above it
    (wcxb-dev 0422); a listing page shows a date under every teaser, so a window with several
    different dates gives none. `reach` texts after the headline are read, and the texts above
    it only if `above`.
    """
    anchor = _headline_element(index, title)
    if anchor is None:
        return None
    after = _window_dates(_following_texts(anchor, reach), lang)
    if after is not None or not above:
        return after or None
    nearest_first = list(reversed(anchor.xpath(_PRECEDING_TEXT)))
    before = _window_dates(_texts(nearest_first, _HEADER_TEXTS_BEFORE), lang)
    return before or None


def _following_texts(el: HtmlElement, limit: int) -> list[str]:
    """The first `limit` visible texts after `el` (its descendants left out), in page order.

    What the XPath `following::text()` gives, but walked lazily: libxml2 collects every
    following text node of the page before it applies a position limit, which cost several
    ms on a long page (wcxb-dev).
    """
    texts: list[str] = []

    def take(text: str | None, owner: etree._Element) -> bool:
        # As `_texts` judges an XPath text node: by the element that holds it as its text or
        # its tail; only XML whitespace makes a text blank (a no-break space counts).
        if text and text.strip(" \t\r\n") and owner.tag not in _HIDDEN_TAGS:
            texts.append(" ".join(text.split()))
        return len(texts) >= limit

    node: Any = el
    while node is not None:
        if take(node.tail, node):
            return texts
        for sibling in node.itersiblings():
            for event, sub in etree.iterwalk(sibling, events=("start", "end")):
                if event == "start":
                    if isinstance(sub.tag, str) and take(sub.text, sub):
                        return texts
                elif take(sub.tail, sub):
                    return texts
        node = node.getparent()
    return texts


def _texts(nodes: list[Any], limit: int) -> list[str]:
    """The visible texts among `nodes` (script and style text left out), at most `limit`."""
    texts: list[str] = []
    for node in nodes:
        parent = node.getparent()
        if parent is not None and parent.tag in _HIDDEN_TAGS:
            continue
        texts.append(" ".join(str(node).split()))
        if len(texts) >= limit:
            break
    return texts


# A piece of a label split over elements, no digit in it ("on" in "Last Updated" / "on" /
# "Feb 27, 2026", wcxb-dev 4601): it passes the text before it on to the next one.
_LABEL_PIECE_CHARS = 12


def _window_dates(texts: list[str], lang: str | None) -> str | None:
    """The one publication date in a window of texts; "" if it shows several; None if none."""
    found: list[str] = []
    previous = ""
    for text in texts:
        if len(text) <= DATELINE_CHARS:
            # The texts before join in, so that a label in its own element ("Updated") counts,
            # and one split over two ("Last Updated" / "on" / "Feb 27, 2026", wcxb-dev 4601).
            context = previous[-30:] + " "
            dates = [d for d in find_dates(context + text, lang) if d.start >= len(context)]
            if dates and _IN_SENTENCE.search(text) and not is_dateline(text, lang):
                dates = []
            found.extend(d.iso for d in dates if not d.updated)
        piece = len(text) <= _LABEL_PIECE_CHARS and not any(c.isdigit() for c in text)
        previous = f"{previous[-30:]} {text}" if piece else text
    if not found:
        return None
    return found[0] if len(set(found)) <= MAX_HEADER_DATES else ""


# A page without an `<h1>` shows its headline in the first `<h2>` that holds this share of the
# title's words, worded apart ("Introducing Spice Cayenne: The Next-Generation Data Accelerator
# Built on Vortex" for the title "Introducing the Spice Cayenne Data Accelerator", wcxb-dev 0433).
_H2_TITLE_WORDS = 0.8


def _headline_element(index: PageIndex, title: str | None) -> HtmlElement | None:
    """The element that shows the headline.

    The heading with the title's text, else the first h1, else (a page with no h1) the first
    h2 that holds most of the title's words (wcxb-dev 0433, 4579: +2 dates, none lost or
    invented on either half).
    """
    wanted = " ".join((title or "").split()).casefold()
    first_h1 = None
    title_words = set(OVERLAP_WORD.findall(wanted))
    first_h2 = None
    for el in index.elements("h1", "h2"):
        # The title sources are read without soft hyphens (`titles.clean_source`); a heading
        # may still hold them (wcxb-dev 4554).
        text = clean_heading(heading_text(el).replace("\u00ad", "")).casefold()
        if wanted and text == wanted:
            return el
        if first_h1 is None and el.tag == "h1" and text:
            first_h1 = el
        if first_h2 is None and el.tag == "h2" and title_words:
            shared = title_words & set(OVERLAP_WORD.findall(text))
            if len(shared) >= _H2_TITLE_WORDS * len(title_words):
                first_h2 = el
    return first_h1 if first_h1 is not None else first_h2


def url_date(url: str | None) -> str | None:
    """A full date in the URL path ("/2024/03/12/slug"), as articles of many CMSs carry."""
    if not url:
        return None
    m = _url_date_re().search(url)
    if not m:
        return None
    return parse_date(f"{m[1]}-{m[2]}-{m[3]}")


def _text_date(doc: Document) -> str | None:
    """A dateline among the first kept blocks of the extracted body."""
    for block in doc.blocks[:8]:
        if len(block.text) <= 120 and is_dateline(block.text, doc.lang):
            return find_date(block.text, doc.lang)
    return None


# The headline block is looked for among the first blocks, and its date in the few short blocks
# under it (a byline's name, a reading time and a share bar stand between them).
_TITLE_BLOCKS = 80
_UNDER_TITLE_BLOCKS = 4


def _block_date_under_title(doc: Document, title: str | None) -> str | None:
    """The one date in the short blocks right under the block that repeats the headline.

    Pages whose headline is no `<h1>` (a styled `<div>` or `<p>`, wcxb-dev 0446, 4304) give
    `_date_near_headline` no anchor; the extracted blocks still show the headline and, under
    it, the byline's date. Dropped blocks count: boilerplate rules drop bylines and datelines
    as often as the body keeps them. A window with two different dates gives none.
    """
    wanted = " ".join((title or "").split()).casefold()
    if not wanted:
        return None
    blocks = doc.blocks[:_TITLE_BLOCKS]
    at = next(
        (i for i, b in enumerate(blocks) if " ".join(b.text.split()).casefold() == wanted), None
    )
    if at is None:
        return None
    window = [
        b.text
        for b in doc.blocks[at + 1 : at + 1 + _UNDER_TITLE_BLOCKS]
        if " ".join(b.text.split()).casefold() != wanted
    ]
    return _window_dates(window, doc.lang) or None
