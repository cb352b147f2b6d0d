"""Stage `metadata`: title, site name and publication date, from the markup or the text lines.

HTML pages carry their metadata several times over: `<h1>`, `og:title`, JSON-LD `headline` and
`<title>` for the headline; `og:site_name`, JSON-LD `publisher` and the title suffix for the site;
JSON-LD `datePublished`, `article:published_time`, `<time>` and dated lines for the date. The
stage reads all of them from the one parsed tree (`doc.tree`) and picks by agreement. Plain-text
scrapes open with the page's `<title>` line; dated lines in their body are lifted out.

A date is only given where the page states one as its publication date: an "Updated" date, a
copyright year or a date on a page that is no article (a product, a shop category, a service
page) are not publication dates. Measured on wcxb-dev with `bench/meta_eval.py`.
"""

from __future__ import annotations

import functools
import html
import logging
import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import regex
from lxml import etree
from lxml.html import HtmlElement

from cleaner import jsonld, pageindex
from cleaner.dates import (
    find_date,
    find_dates,
    is_dateline,
    opening_date,
    parse_date,
    signed_tail,
    writes_day_first,
    written_by,
)
from cleaner.document import Block, Document, Meta
from cleaner.page_facts import (
    ARTICLE_TYPES,
    DATELINE_CHARS,
    ISO_INSTANT,
    NOT_ARTICLE_TYPES,
    Facts,
    gather,
    heading_text,
    ld_headline,
    looks_like_article,
    page_kind,
)
from cleaner.pageindex import PageIndex
from cleaner.rules import Rules
from cleaner.site_names import (
    TITLE_PREFIX,
    brand_site,
    home_link_site,
    logo_site,
    named_title_site,
    project_name,
    site_names,
    text_site,
)
from cleaner.titles import (
    MAX_TITLE_PARTS,
    choose_html_title,
    choose_text_title,
    choose_title,
    clean_heading,
    clean_site_name,
    keep_wide_spaces,
    title_parts,
)

logger = logging.getLogger(__name__)

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
# Meta names of the change date: never a date on their own, only a witness that a shown date is
# the page's current date.
_MODIFIED_METAS = ("article:modified_time", "og:updated_time", "og:article:modified_time")


@functools.cache
def _url_date_re() -> regex.Pattern[str]:
    return regex.compile(r"/((?:19|20)\d{2})[/-]([01]\d)[/-]([0-3]\d)(?:/|[-_]|$)")


_PRECEDING_TEXT = "preceding::text()[normalize-space()][position() <= 12]"
# How many text nodes after the headline make up its byline region, how long a text there may
# be to count as a dateline, and how many different dates the region may show before it looks
# like a list of teasers rather than one article's header.
_HEADER_TEXTS = 25
_HEADER_TEXTS_BEFORE = 6
_BYLINE_TEXTS = 10
_MAX_HEADER_DATES = 1
# Text nodes that may hold a publication label, found cheaply by substring; `_PUBLISHED` then
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
def _published_re() -> regex.Pattern[str]:
    return regex.compile(
        r"(?i)^\W*(?:(?:first\s+|originally\s+)?published|posted|written\s+by|veröffentlicht|erschienen|"
        r"publié|publiée|publicado|publicada|pubblicato|pubblicata)\b",
    )


@functools.cache
def _published_anywhere_re() -> regex.Pattern[str]:
    return regex.compile(
        r"(?i)\b(?:published|posted\s+on|veröffentlicht|erschienen\s+am|publié|publiée|publicado|"
        r"publicada|pubblicato|pubblicata)\b",
    )


# Labels forum and Q&A software put before a thread's first date ("Start date Mar 27, 2025",
# "asked Mar 26, 2019 at 16:18"; wcxb-dev text forum scrapes 0514, 1177), and phpBB's post
# header "by <user> » <date>", whose first one is the opening post's (wcxb-dev-text 0540).
@functools.cache
def _thread_start_re() -> regex.Pattern[str]:
    return regex.compile(
        r"(?i)^\W*(?:start\s+date|asked|date\s+de\s+début|fecha\s+de\s+inicio|data\s+di\s+inizio|"
        r"erstellt\s+am)\b\W*\w|^\s*by\s+[^»\s][^»]{0,60}\s»\s+\w",
    )


# A forum post's number "#1" at the start or end of its header line, or glued to an ISO date
# ("#1 · Jan 3, 2024", "11-29-2024, 09:03 AM #1", "Aug 08, 2006#12006-08-08T22:13").
_FIRST_POST_MARK = re.compile(r"^\s*#1(?!\d)|(?<![\w#])#1\s*$|#1(?=\d{4}-\d\d-\d\d)")
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


# Discourse's topic map line and the opening post's month-and-year header above it, within
# `_TOPIC_MAP_REACH` lines (`_topic_created_date`).
@functools.cache
def _topic_created_re() -> regex.Pattern[str]:
    return regex.compile(
        r"(?i)^\s*created\s+(?P<when>(?P<month>\p{L}{3,9})\.?\s+(?P<day>\d{1,2})\b.*)$"
    )


@functools.cache
def _month_year_re() -> regex.Pattern[str]:
    return regex.compile(r"^\s*(?P<month>\p{L}{3,9})\.?\s+(?P<year>(?:19|20)\d\d)\s*$")


_TOPIC_MAP_REACH = 30


# What may stand before the date that opens a post's header line: one word at most.
_OPENING_WORD = regex.compile(r"\W*(?:\w+\W+)?")
_INNER_TEXTS = "(.//text() | following::text())[normalize-space()][position() <= 3]"
_TAIL_TEXTS = "following::text()[normalize-space()][position() <= 3]"


# The meta tag some CMSs carry their JSON-LD in (its `content` is the script's text).
_LD_META = "script:ld+json"


def metadata(doc: Document) -> Document:
    """Find the page's title, site name and publication date.

    HTML: from meta tags, JSON-LD, `<title>`, `<h1>` and `<time>` in the one parsed tree.
    Text: the first line is the page title; a line that is only a date is lifted out.

    Reads: kind, tree, jsonld, blocks, url, lang, meta.
    Writes: meta.title, meta.site_name, meta.date, blocks[].dropped_by ("title", "date").
    """
    if doc.kind == "text":
        return _text_metadata(doc)
    if doc.kind != "html" or doc.tree is None:
        return doc
    facts = gather(pageindex.of(doc), jsonld.of(doc), doc.decoded)
    if carried := facts.metas.get(_LD_META):
        # JSON-LD carried in a meta tag, not a script (`JsonLd.plus`): its article node dates
        # the page as a script's would (wcxb-dev 4053).
        ld = jsonld.of(doc).plus(carried)
        facts = replace(facts, ld=ld.nodes, top_types=ld.top_types)
    sites = site_names(facts)
    if not sites and (home := home_link_site(facts.title_tag, doc.decoded)):
        sites = [home]
    sources: dict[str, Any] = {
        "h1s": facts.h1s,
        "og_title": facts.metas.get("og:title") or facts.metas.get("twitter:title"),
        "ld_headline": ld_headline(facts),
        "title_tag": facts.title_tag,
        "site_names": sites,
        "lines": _shown_title_parts(facts.title_tag, doc.decoded),
    }
    # The rules' pick is the headline the page shows (its dateline's anchor, the block lifted
    # out of the body); the title model says which wording the page is titled by.
    headline, title_site = choose_title(**sources)
    title = choose_html_title(rule_title=headline, page_kind=page_kind(facts), **sources)
    # Candidates are compared with whitespace collapsed: the markup keeps the headline's
    # full-width spaces (golden ja-nyusu-oame-kansui-html).
    title = keep_wide_spaces(title, [doc.decoded[:_WIDE_SPACE_CHARS]])
    if title_site and not sites and not doc.meta.site_name:
        title_site = project_name(title_site, doc.decoded) or title_site
    # A site's name never keeps a separator mark from a title it was split from.
    site = clean_site_name(doc.meta.site_name or (sites[0] if sites else None) or title_site)
    date = doc.meta.date or _html_date(facts, doc, headline)
    blocks = _drop_headline_and_dateline(doc, headline, date)
    return doc.evolve(
        blocks=blocks,
        meta=doc.meta.evolve(title=doc.meta.title or title, site_name=site, date=date),
    )


def _shown_title_parts(title: str, markup: str) -> list[str]:
    """Runs of the `<title>`'s parts that the page shows as an element's whole text.

    "Comune di Valdora - Notizie - Lavori sul ponte vecchio" with "<b>Lavori sul ponte
    vecchio</b>" in the page: the shown run is the headline (it-vecchio-cms-br-redazione).
    """
    shown = []
    prefixed = TITLE_PREFIX.match(title)
    if prefixed:
        # The headline after a "Site:" prefix, where an element shows it whole (titles'
        # `_site_prefix`: golden pt-repositorio-dissertacao-resumo-html's metadata table cell).
        head = " ".join(title[prefixed.end("site") :].lstrip(" \t\n:").split())
        escaped = html.escape(head, quote=False)
        if f">{head}<" in markup or (escaped != head and f">{escaped}<" in markup):
            shown.append(head)
    parts = title_parts(title)
    if not 2 <= len(parts) <= MAX_TITLE_PARTS:
        return shown
    for i in range(len(parts)):
        for j in range(i + 1, len(parts) + 1):
            run = title[title.find(parts[i]) : title.rfind(parts[j - 1]) + len(parts[j - 1])]
            if (i, j) == (0, len(parts)):
                continue
            # Each test scans the whole markup: the escaped run only when it differs.
            escaped = html.escape(run, quote=False)
            if f">{run}<" in markup or (escaped != run and f">{escaped}<" in markup):
                shown.append(run)
    return shown


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
    return None


# How far a zone's local time may be from UTC: UTC-12 to UTC+14.
_ZONE_BEHIND = timedelta(hours=12)
_ZONE_AHEAD = timedelta(hours=14)


def _shown_local_day(  # noqa: PLR0913 - the facts _html_date has gathered
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

    A WebPage's date is usually when a business page was set up (see `_html_date`), but a page
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


def _html_date(facts: Facts, doc: Document, title: str | None) -> str | None:
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
    shown = header[0] if header and len(set(header)) <= _MAX_HEADER_DATES else None
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
    lang = _date_lang(doc)
    if visible is None and doc.tree is not None:
        visible = _date_near_headline(pageindex.of(doc), title, lang)
    # A generic WebPage's datePublished is left out: it is when the page was set up, and Yoast
    # marks every page og:type=article and dates it (wcxb-dev: taking it added no right date
    # and invented dates on 4% of the undated service and product pages).
    return (
        visible
        or _authored_page_date(facts)
        or _url_date(doc.url)
        or (_labelled_date(doc.tree, doc.decoded, lang) if doc.tree is not None else None)
        or (_date_over_update(doc.tree, lang) if doc.tree is not None else None)
        or (_first_post_date(doc.tree, doc.decoded, lang) if doc.tree is not None else None)
        or (_post_header_date(doc.tree, doc.decoded, lang) if doc.tree is not None else None)
        or (_text_date(doc) if looks_like_article(facts) else None)
        # Ungated by page type: Yoast and Substack mark articles og:type=website (wcxb-dev:
        # +4 right, +2 invented, an events list and a sports schedule under their headings).
        or _block_date_under_title(doc, title)
        or (_thread_time_date(pageindex.of(doc).elements("time")) if doc.tree is not None else None)
        # A header that shows only "Updated <date>" leaves the page undated: the core contract
        # (issue 2, and the golden pages) says an "Updated" date is never the publication date.
        # As the last resort it would be wcxb-dev's truth on 15 pages, a wrong date on 8 and an
        # invented one on 4 (and cost six golden dates): we keep the contract (docs/metadata.md).
    )


def _date_lang(doc: Document) -> str | None:
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
        if parent is None or parent.tag in {"script", "style", "noscript", "template"}:
            continue
        text = " ".join(str(node).split())
        if len(text) > DATELINE_CHARS or not _published_re().search(text):
            continue
        dates = [d for d in find_dates(text, lang) if not d.updated]
        if not dates:
            # The label and the texts after it: inside its element if it is the element's
            # own text, after the element if it is the tail.
            texts = parent.xpath(_TAIL_TEXTS if node.is_tail else _INNER_TEXTS)
            line = " ".join(" ".join(str(t).split()) for t in texts)[:DATELINE_CHARS]
            dates = [d for d in find_dates(line, lang) if not d.updated]
        found.update(d.iso for d in dates[:1])
        if len(found) > _MAX_HEADER_DATES:
            return None
    return next(iter(found), None)


def _date_over_update(tree: HtmlElement, lang: str | None) -> str | None:
    """The publication date of a published/updated pair among the page's visible texts.

    A header prints the two as a pair ("December 3, 2025." / "Updated: December 7, 2025",
    wcxb-dev 4371): see `_published_before_update`.
    """
    nodes = _VISIBLE_TEXTS(tree)
    texts = _texts(nodes if isinstance(nodes, list) else [], _POST_MAX_TEXTS)
    return _published_before_update(texts, lang, reach=_POST_REACH)


def _published_before_update(texts: list[str], lang: str | None, *, reach: int) -> str | None:
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
        if len(text) > DATELINE_CHARS or not _YEAR_LIKE.search(text):
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
    the header `_THREAD_START` knows.
    """
    if "»" not in markup and "&raquo;" not in markup:
        return None
    nodes = _VISIBLE_TEXTS(tree)
    texts = _texts(nodes if isinstance(nodes, list) else [], _POST_MAX_TEXTS)
    for i, text in enumerate(texts):
        if not text.startswith("»") or i < _POST_HEADER_TEXTS - 1:
            continue
        line = " ".join(texts[i - _POST_HEADER_TEXTS + 1 : i + 1])
        if len(line) <= DATELINE_CHARS and _thread_start_re().search(line):
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


_HIDDEN_TAGS = frozenset({"script", "style", "noscript", "template"})


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
        if parent is not None and parent.tag in {"script", "style", "noscript", "template"}:
            continue
        texts.append(" ".join(str(node).split()))
        if len(texts) >= limit:
            break
    return texts


def _window_dates(texts: list[str], lang: str | None) -> str | None:
    """The one publication date in a window of texts; "" if it shows several; None if none."""
    found: list[str] = []
    previous = ""
    for text in texts:
        if len(text) <= DATELINE_CHARS:
            # The text before joins in, so that a label in its own element ("Updated") counts.
            context = previous[-30:] + " "
            dates = [d for d in find_dates(context + text, lang) if d.start >= len(context)]
            if dates and _IN_SENTENCE.search(text) and not is_dateline(text, lang):
                dates = []
            found.extend(d.iso for d in dates if not d.updated)
        previous = text
    if not found:
        return None
    return found[0] if len(set(found)) <= _MAX_HEADER_DATES else ""


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
    title_words = set(_OVERLAP_WORD.findall(wanted))
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
            shared = title_words & set(_OVERLAP_WORD.findall(text))
            if len(shared) >= _H2_TITLE_WORDS * len(title_words):
                first_h2 = el
    return first_h1 if first_h1 is not None else first_h2


def _url_date(url: str | None) -> str | None:
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


# A body paragraph: past it, a date line is a post's or a section's, not the article's.
_HEAD_PARAGRAPH_CHARS = 200


def _drop_headline_and_dateline(
    doc: Document, title: str | None, date: str | None
) -> tuple[Block, ...]:
    """Label a leading body block that repeats the headline, and datelines near the top."""
    blocks = list(doc.blocks)
    wanted = " ".join((title or "").split()).casefold()
    # The first 8 KEPT blocks: a cookie bar and a menu of dropped blocks before the headline
    # pushed the dateline out of reach (golden pages pt-noticia-foto-credito-cookies,
    # it-cronaca-ansa-nevicata).
    # Only the head of the article: one dateline at most, none after the first long paragraph,
    # and past the first 8 blocks only one that carries the page's own date (a forum's per-post
    # dates are content, wcxb-dev).
    top = [i for i, block in enumerate(blocks) if block.kept][:8]
    dated = False
    for i in top:
        block = blocks[i]
        if len(block.text) > _HEAD_PARAGRAPH_CHARS:
            break
        text = " ".join(block.text.split()).casefold()
        if wanted and text == wanted and block.kind in {"heading", "paragraph"}:
            blocks[i] = block.evolve(kind="title").drop("title")
        elif (
            date
            and not dated
            and len(block.text) <= 120
            and is_dateline(block.text, doc.lang)
            and (i < 8 or find_date(block.text, doc.lang) == date)
        ):
            blocks[i] = block.evolve(kind="date").drop("date")
            dated = True
    return tuple(blocks)


# -- plain text -------------------------------------------------------------------------------

# Only the top of a text scrape holds the headline and its dateline; further down, a date line
# belongs to a comment or a related-article teaser.
_TEXT_HEAD_BLOCKS = 400
# The repeated headline is looked for among the first blocks only: further down, runs of the
# title turn up in breadcrumbs and footers (wcxb-dev text scrapes).
_TEXT_TITLE_BLOCKS = 400
# The body has begun after this many long blocks; a dateline comes before it.
_TEXT_BODY_STARTED = 3
# How close to the repeated headline a dated byline must be, and how long a dated line may be
# ("By A, B and C / Published 9:14 PM EST, Tue January 16, 2024").
_TEXT_BYLINE_REACH = 4
_TEXT_DATED_CHARS = 200
_KEPT_PARAGRAPH_CHARS = 120
_KEPT_PARAGRAPHS = 2
# Four lower-case words in a row: running prose, whose date ("join our book launch online on
# 19th June 2022") is an event's, not a dateline's (`_window_dates`; wcxb-dev 0470, 0577).
_IN_SENTENCE = regex.compile(r"\b\p{Ll}{2,}\s+\p{Ll}{2,}\s+\p{Ll}{2,}\s+\p{Ll}{2,}\b")
# How far into a long line its opening label's date may stand (`_labelled_opening`).
_LABELLED_OPENING_CHARS = 60
# A lone date counts in the first 40% of a scrape's blocks (see `_lone_text_date`).
_LONE_DATE_REACH = 0.4
# A lone date counts on a byline-sized line; a longer one is a caption or a sentence that
# mentions a day ("... arrives in Goris on September 25, 2023", magazine-creations-karabakh).
_LONE_DATE_CHARS = 100
# A cheap test before the date patterns run: a full date has a four-digit year.
_YEAR_LIKE = re.compile(r"(?:19|20)\d\d")


# How far into a scrape a title's full-width spaces are looked for (the `<title>` line and the
# headline under the menus).
_WIDE_SPACE_CHARS = 20_000


def _text_metadata(doc: Document) -> Document:
    """Title from the first line (the scrape's `<title>`), date from a dateline under it."""
    if not doc.blocks:
        return doc
    blocks = list(doc.blocks)
    meta = doc.meta
    first = blocks[0]
    headline_at = -1
    if _skip_link_re().match(first.text):
        # The scrape opens with a skip link, not the page's <title>: the headline is the
        # first heading-sized line under the menus, and no title line names the site
        # (en-liveblog-storm-text).
        title = _first_headline(blocks[1:_TEXT_TITLE_BLOCKS])
        meta = meta.evolve(title=meta.title or title)
        first = Block(text="")
        blocks[1:] = [
            b.evolve(kind="title").drop("title") if b.kept and b.text == title else b
            for b in blocks[1:]
        ]
    if first.text.strip():
        # Dropped blocks count too: extract_text drops the repeated headline ("title_repeat").
        later = [b.text for b in blocks[1:_TEXT_TITLE_BLOCKS]]
        title, site = choose_text_title(
            first.text,
            later,
            [meta.site_name] if meta.site_name else [],
            _blank_gaps(blocks[: _TEXT_TITLE_BLOCKS + 1])[1:],
        )
        # `normalize` made the blocks' full-width spaces plain: the scrape itself has them.
        title = keep_wide_spaces(title, [doc.decoded[:_WIDE_SPACE_CHARS]])
        site = named_title_site(doc, first.text, title) or site
        if site:
            site = brand_site(blocks, first.text, site, title) or logo_site(
                doc, blocks, first.text, site, title
            )
        meta = meta.evolve(
            title=meta.title or title,
            site_name=clean_site_name(meta.site_name or site or text_site(doc, blocks, title)),
        )
        if first.kept:
            blocks[0] = first.evolve(kind="title").drop("title")
        wanted = _headline_key(title or "")
        for i, block in enumerate(blocks[1:_TEXT_HEAD_BLOCKS], start=1):
            if wanted and _headline_key(block.text) == wanted:
                headline_at = i
                if block.kept:
                    blocks[i] = block.evolve(kind="title").drop("title")
                break
    if meta.date is None:
        meta, blocks = _scrape_date(doc, meta, blocks, headline_at)
    return doc.evolve(blocks=tuple(blocks), meta=meta)


_LINE_SPAN = re.compile(r"^lines (\d+)-(\d+)$")
# Typographic quotes as the plain ones: a page's <title> and its shown headline often differ
# only there ("Budget Traveler's Guide" over "Budget Traveler’s Guide", wcxb-dev-text 0071).
_CURLY_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})


def _headline_key(text: str) -> str:
    """`text` as a headline is compared: spaces collapsed, quotes plain, case folded."""
    return " ".join(text.translate(_CURLY_QUOTES).split()).casefold()


def _blank_gaps(blocks: list[Block]) -> list[tuple[bool, bool]]:
    """For each block of a text scrape, whether a blank line stands right before it and after it.

    The scrape's line numbers are in each block's origin ("lines 12-12"); a block without them
    (a scrape split otherwise) counts as standing close to its neighbours. The first block has
    the top of the scrape over it, the last the end under it.
    """
    spans = [_LINE_SPAN.match(b.origin) for b in blocks]
    bounds = [(int(m[1]), int(m[2])) if m else None for m in spans]
    gaps = []
    for i, span in enumerate(bounds):
        if span is None:
            gaps.append((False, False))
            continue
        prev = bounds[i - 1] if i else (0, 0)
        after = bounds[i + 1] if i + 1 < len(bounds) else None
        gaps.append(
            (
                prev is not None and span[0] > prev[1] + 1,
                after is None or after[0] > span[1] + 1,
            )
        )
    return gaps


def _scrape_date(
    doc: Document, meta: Meta, blocks: list[Block], headline_at: int
) -> tuple[Meta, list[Block]]:
    """Date a text scrape: a thread's start date, its dateline, else its lone early date."""
    lang = _date_lang(doc)
    rules_lang = doc.lang  # the rules files go by the page's language, not its date reading
    if lang != doc.lang:
        doc = doc.evolve(lang=lang)  # read its dates day first; the article keeps its language
    if start := _thread_start_date(blocks, lang) or _topic_created_date(blocks, lang):
        return meta.evolve(date=start), blocks
    meta, blocks = _text_dateline(doc, meta, blocks, headline_at)
    if meta.date is None and (lone := _lone_text_date(blocks, lang)):
        meta = meta.evolve(date=lone)
    if meta.date is None and (labelled := _labelled_text_date(blocks, lang)):
        meta = meta.evolve(date=labelled)
    if meta.date is None and (beside := _date_beside_headline(blocks, lang)):
        meta = meta.evolve(date=beside)
    if meta.date is None and (signed := _signed_date(blocks, lang)):
        meta = meta.evolve(date=signed)
    texts = [b.text for b in blocks[1:]]
    if meta.date is None and (paired := _published_before_update(texts, lang, reach=1)):
        meta = meta.evolve(date=paired)
    if meta.date is None and (commented := _commented_date(blocks, rules_lang, lang)):
        meta = meta.evolve(date=commented)
    if meta.date is None and (repeated := _repeated_headline_date(blocks, lang)):
        meta = meta.evolve(date=repeated)
    return meta, blocks


# A name line between a repeated headline and its date ("Joined: ..." is no name: profile
# dates are left out by `find_dates`).
_BYLINE_WORDS = 4


def _repeated_headline_date(blocks: list[Block], lang: str | None) -> str | None:
    """The date right under a later line that repeats the headline, as a thread's first post.

    A forum prints the topic's title over the thread, then the opening post's card and the
    post's own subject, the title again, over the post's date ("Turning off all LED of RPi 5"
    / "Sun Dec 17, 2023 11:23 am", phpBB; wcxb-dev-text 0535), past the few lines
    `_date_beside_headline` reads under the first repeat. A later line repeating the whole
    title line or one of its parts (two words or more), with a date on the next line, or a
    dateline after a short name line, dates the scrape. The first repeat is the headline,
    whose dated lines the other rules read: under it a reply's "Mar 27, 2025 #12" past a
    "Thread starter ann" line dates nothing (tests/stages/test_metadata.py). On
    wcxb-dev-text the shape gives the truth on 183 pages another rule dates right; as the
    last resort it dates 0535 and 0458 (a post's "date • section • author" line under its
    headline), on no page without a truth date. Several different such dates give none.
    """
    title = " ".join(blocks[0].text.split())
    wanted = {w.casefold() for w in (title, *title_parts(title)) if len(w.split()) >= 2}
    found: set[str] = set()
    repeats = 0
    for i, block in enumerate(blocks[1:-1], start=1):
        if " ".join(block.text.split()).casefold() not in wanted:
            continue
        repeats += 1
        if repeats == 1:
            continue  # the headline itself: `_text_dateline` and `_date_beside_headline` read it
        for j in (i + 1, i + 2):
            if j >= len(blocks):
                break
            text = blocks[j].text
            if j > i + 1 and len(blocks[i + 1].text.split()) > _BYLINE_WORDS:
                break
            if len(text) > DATELINE_CHARS or not _YEAR_LIKE.search(text):
                continue
            dates = [d for d in find_dates(text, lang) if not d.updated]
            if dates and (j == i + 1 or is_dateline(text, lang)):
                found.add(dates[0].iso)
                break
        if len(found) > _MAX_HEADER_DATES:
            return None
    return next(iter(found), None)


# What may stand before the date on a post's meta line: the poster's name, a category.
_META_LEAD_CHARS = 40
# The marks that part the date from the comment count ("June 9, 2020 · 6 Comments").
_META_SEPARATORS = " \t·•|/–—-,"
_META_PARTS = regex.compile(r"\s[·•|]\s|\s{3,}")
# A count glued to the word before it at the end of the line, as a scrape joins inline
# elements: Squarespace's "GARDEN MAINTENANCEannette thurmonJune 17, 2021garden, pest control,
# garden maintenance5 Comments" (wcxb-dev-text 4662, 4171).
_GLUED_COUNT = regex.compile(r"(?<=\p{Ll})\d{1,5}\s+\p{L}+\s*$")


def _commented_date(blocks: list[Block], rules_lang: str | None, lang: str | None) -> str | None:
    """The date of a post's meta line: the date followed by its comment count or categories.

    Blog themes print the post's date with its comment count or its categories on one line,
    above or under the post ("Susan   December 9, 2024   0 Comments", "June 9, 2020 · 6
    Comments", "Monday, August 11th, 2025 at 11:00 am | Categories: Helena, MT"; wcxb-dev-text
    0023, 4673, 4239, all after the body: +3 on the odd ids, none on the even, none invented,
    none on wcxb-dev HTML). The count or the categories is a `drop.comment_prompt` or
    `drop.tags` part of the line for the page's rules, so the languages those files know
    count. A list of teasers gives each its own line and date: several dates give none.
    """
    rules = Rules.load(rules_lang)
    marks = (rules.category("drop", "comment_prompt"), rules.category("drop", "tags"))
    found: set[str] = set()
    for block in blocks[1:]:
        text = block.text
        if len(text) > DATELINE_CHARS or not _YEAR_LIKE.search(text):
            continue
        dates = find_dates(text, lang)
        if len(dates) != 1 or dates[0].updated or dates[0].start > _META_LEAD_CHARS:
            continue
        # The time may stand between the date and the mark ("at 11:00 am | Categories: ...");
        # a scrape glues the count to the last tag ("... garden maintenance5 Comments").
        after = text[dates[0].end :]
        glued = _GLUED_COUNT.search(after)
        parts = [p.strip(_META_SEPARATORS) for p in _META_PARTS.split(after)]
        parts += [glued[0]] if glued else []
        if any(part and mark.matches(part) for part in parts for mark in marks):
            found.add(dates[0].iso)
            if len(found) > _MAX_HEADER_DATES:
                return None
    return next(iter(found), None)


def _signed_date(blocks: list[Block], lang: str | None) -> str | None:
    """The date a post's author line signs, when the scrape shows one such date.

    An author box at the foot of a post names the writer and dates the post on the next line
    ("Written by Moses Kim and Kate Shokurova" / "April 8, 2024", wcxb-dev-text 0233), or a
    meta line gives the date and then its writer ("August 12, 2025  By  The Diggs Team", a
    shop blog's footer, 4596). A list of related posts signs each one with its own date:
    several dates give none.
    """
    found: set[str] = set()
    for i, block in enumerate(blocks[1:], start=1):
        text = block.text
        if len(text) > DATELINE_CHARS:
            continue
        if written_by().match(text) and i + 1 < len(blocks):
            below = blocks[i + 1].text
            if is_dateline(below, lang):
                found.update(d.iso for d in find_dates(below, lang)[:1] if not d.updated)
        elif _YEAR_LIKE.search(text) and (dates := find_dates(text, lang)):
            first = dates[0]
            if (
                len(dates) == 1
                and not first.updated
                and not text[: first.start].strip()
                and signed_tail().match(text[first.end :])
            ):
                found.add(first.iso)
    return found.pop() if len(found) == 1 else None


# The shown headline shares most of its words with the `<title>` line or one of its parts,
# though it is often worded apart ("7 Vital Tips on How to Rent a Car" under the title "7 Vital
# Tips to Hit the Road in a Rental Car"); its date stands a line or two above or below it.
_BESIDE_OVERLAP = 0.5
_BESIDE_ABOVE = 2
_BESIDE_BELOW = 3
_BESIDE_REACH = 8
_HEADLINE_MIN_WORDS = 2


def _date_beside_headline(blocks: list[Block], lang: str | None) -> str | None:
    """The one date in the short lines around the first line that repeats most of the title.

    For scrapes whose dateline stands above the headline, or under a headline worded apart
    from the `<title>` or past the head `_text_dateline` reads (wcxb-dev-text: 6 right, 3
    invented on a listing and two documentation pages; 3 and 1 on the even ids, 3 and 2 on the
    odd). Two different dates near it, or a release date, give none.
    """
    title = " ".join(blocks[0].text.split())
    wanted = [title, *title_parts(title)]
    for i, block in enumerate(blocks[1:_TEXT_HEAD_BLOCKS], start=1):
        words = block.text.split()
        if not _HEADLINE_MIN_WORDS <= len(words) <= _BODY_LINE_WORDS:
            continue
        if max(_word_overlap(block.text, w) for w in wanted) < _BESIDE_OVERLAP:
            continue
        # The date stands within a few lines; dates a little further down count against it,
        # as a list of teasers dates each one.
        near: set[str] = set()
        found: set[str] = set()
        previous = blocks[max(0, i - _BESIDE_ABOVE - 1)].text
        for j in range(max(1, i - _BESIDE_ABOVE), min(len(blocks), i + 1 + _BESIDE_REACH)):
            text = blocks[j].text
            if j != i and len(text) <= DATELINE_CHARS and _YEAR_LIKE.search(text):
                if _release_date(previous, text):
                    return None
                dates = {d.iso for d in find_dates(text, lang) if not d.updated}
                found |= dates
                if j <= i + _BESIDE_BELOW:
                    near |= dates
            previous = text
        return near.pop() if len(found) == 1 and near == found else None
    return None


_OVERLAP_WORD = regex.compile(r"\w+")
_BODY_LINE_WORDS = 30


def _word_overlap(a: str, b: str) -> float:
    """Jaccard overlap of the lower-cased word sets of `a` and `b`."""
    wa = set(_OVERLAP_WORD.findall(a.casefold()))
    wb = set(_OVERLAP_WORD.findall(b.casefold()))
    return len(wa & wb) / len(wa | wb) if wa and wb else 0.0


def _labelled_text_date(blocks: list[Block], lang: str | None) -> str | None:
    """The one date a text scrape labels as its publication ("Published August 13, 2025").

    A label says what the date is wherever the line stands: far below the headline, under a
    long standfirst, or in a sidebar (wcxb-dev-text; the HTML stage's `_labelled_date` reads
    the same labels in the tree). The label may stand on the line before ("Publish date" /
    "15 November 2018"). Several different labelled dates are a list's: none is taken.
    """
    found: set[str] = set()
    previous = ""
    for block in blocks[1:]:
        text = block.text
        if len(text) > DATELINE_CHARS:
            previous = ""
            continue
        label = _published_re().search(text)
        if (
            label is None
            and _published_re().search(previous)
            and len(previous) <= _LABEL_ALONE_CHARS
        ):
            label = _published_re().search(previous)
        previous = text
        if label is None or not _YEAR_LIKE.search(text):
            continue
        dates = [d for d in find_dates(text, lang) if not d.updated]
        found.update(d.iso for d in dates[:1])
        if len(found) > _MAX_HEADER_DATES:
            return None
    return next(iter(found), None)


# A label alone on its line ("Published", "Publish date:") before the date's line.
_LABEL_ALONE_CHARS = 20


def _lone_text_date(blocks: list[Block], lang: str | None) -> str | None:
    """The one full date a text scrape shows anywhere, when it shows it in its first part.

    A scrape whose only date sits in its upper part ("Updated October 8, 2025" under a long
    menu, past the head `_text_dateline` reads) is dated by it; a lone date in the lower part
    is a footer's "last modified" or a sale's end (wcxb-dev text, every other page: right on
    23, invented on 8; anywhere in the page: right on 33, invented on 30).
    """
    found: str | None = None
    first_at = 0
    for i, block in enumerate(blocks[1:], start=1):
        text = block.text
        if len(text) > _LONE_DATE_CHARS or not _YEAR_LIKE.search(text):
            continue
        if _release_date(blocks[i - 1].text, text):
            continue  # a product's release date dates no page (wcxb-dev-text game pages)
        for date in find_dates(text, lang):
            if date.updated:
                continue  # a change date is no publication date (de-rezept-kaesespaetzle)
            if found is None:
                found, first_at = date.iso, i
            elif date.iso != found:
                return None
    if found is None or first_at > _LONE_DATE_REACH * len(blocks):
        return None
    return found


# A scrape's first line that is the page's "skip to content" link rather than its <title>.
@functools.cache
def _skip_link_re() -> regex.Pattern[str]:
    return regex.compile(
        r"(?i)^\s*(?:skip|jump)\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|article|main)\b"
        r"|^\s*(?:zum\s+inhalt|aller\s+au\s+contenu|saltar\s+al\s+contenido|vai\s+al\s+contenuto"
        r"|ir\s+para\s+o\s+conte[úu]do)\b",
    )


# A headline has a few words and ends without a full stop; menu entries have one or two.
_HEADLINE_WORDS = (4, 25)
_HEADLINE_BODY_WORDS = 30


def _first_headline(blocks: list[Block]) -> str | None:
    """The first line of `blocks` shaped like a headline, before the body's first paragraph."""
    low, high = _HEADLINE_WORDS
    for block in blocks:
        text = " ".join(block.text.split())
        words = len(text.split())
        if words > _HEADLINE_BODY_WORDS:
            return None
        if low <= words <= high and not text.endswith("."):
            return text
    return None


def _topic_created_date(blocks: list[Block], lang: str | None) -> str | None:
    """A Discourse topic's start: its topic map's "created Feb 3", the year from the post header.

    Discourse prints the opening post's date as month and year ("Feb 2024") and the day only
    in the topic map under it ("created Feb 3" / "last reply Feb 4"); the two together date
    the thread (golden en-community-thread-solved-text). A "created" line with its year is
    read as it is.
    """
    for i, block in enumerate(blocks[1:_TEXT_HEAD_BLOCKS], start=1):
        m = _topic_created_re().match(block.text)
        if m is None:
            continue
        if found := find_date(m["when"], lang):
            return found
        for above in reversed(blocks[max(1, i - _TOPIC_MAP_REACH) : i]):
            header = _month_year_re().match(above.text)
            if header and header["month"].casefold() == m["month"].casefold():
                return find_date(f"{m['month']} {m['day']}, {header['year']}", lang)
        return None
    return None


def _thread_start_date(blocks: list[Block], lang: str | None) -> str | None:
    """A thread's own start date, labelled as such: reply dates do not make it a list.

    The label is a start label in the page head ("Start date", "asked"), or the first post's
    number beside its date anywhere ("#1 · Jan 3, 2024", "11-29-2024, 09:03 AM #1"), or alone
    on its line with the date on the next one ("#1" / "Posted April 18, 2024", Invision and
    MyBB: wcxb-dev-text 0579, 0558).
    """
    for i, block in enumerate(blocks[1:], start=1):
        text = block.text
        if len(text) > _TEXT_DATED_CHARS or not (
            (i < _TEXT_HEAD_BLOCKS and _thread_start_re().search(text))
            or ("#1" in text and _FIRST_POST_MARK.search(text))
        ):
            continue
        found = [d for d in find_dates(text, lang) if not d.updated]
        if not found and text.strip() == "#1" and i + 1 < len(blocks):
            below = blocks[i + 1].text
            if len(below) <= _TEXT_DATED_CHARS:
                # The post's header opens with its date, after one word at most ("Posted");
                # a date inside the post's first sentence is no header (wcxb-dev-text 0552).
                found = [
                    d
                    for d in find_dates(below, lang)[:1]
                    if not d.updated and _OPENING_WORD.fullmatch(below[: d.start])
                ]
        if found:
            return found[0].iso
    return None


def _text_dateline(
    doc: Document, meta: Meta, blocks: list[Block], headline_at: int
) -> tuple[Meta, list[Block]]:
    """Find the dateline of a text scrape in the page head, near the headline if there is one.

    The head runs from the title line to the third long paragraph (the body has begun; dates
    further down date comments and teasers).
    A line that is only a date, or a line labelled "Published" / "Veröffentlicht" / ..., counts
    anywhere in the head; a short dated line (a byline with its date) right under the
    headline; a place-and-date opening of the first paragraph. A head with datelines of
    several different dates is a list of teasers (fr-categorie-economie-liste): it gives none,
    unless the headline stands below them and the head read from the headline on has one
    date (a menu's dated teasers over the story: wcxb-dev-text 0270).
    """
    picked, dates = _head_dateline(doc, blocks, headline_at, 1)
    if len(dates) > 1 and headline_at > 1:
        picked, dates = _head_dateline(doc, blocks, headline_at, headline_at + 1)
    if picked is None or len(dates) > 1:
        # Several datelines are a list (no date, not even the URL's); none leaves the URL's.
        url_date = _url_date(doc.url) if picked is None else None
        return (meta.evolve(date=url_date) if url_date else meta), blocks
    i, iso, dateline = picked
    if dateline and blocks[i].kept:
        blocks[i] = blocks[i].evolve(kind="date").drop("date")
    return meta.evolve(date=iso), blocks


def _head_dateline(
    doc: Document, blocks: list[Block], headline_at: int, start: int
) -> tuple[tuple[int, str, bool] | None, set[str]]:
    """The head's dateline from block `start` on (`_text_dateline`), and the head's dates."""
    end = len(blocks)
    picked: tuple[int, str, bool] | None = None
    dates: set[str] = set()
    long_blocks = 0
    kept_paragraphs = 0
    previous = ""
    for i in range(start, min(end, _TEXT_HEAD_BLOCKS)):
        text = blocks[i].text
        # Paragraphs the extractor keeps are the body even when short (a regional paper's
        # two-sentence paragraphs, golden az-xeber-hamam-berpa-text): past two of them, the
        # dated lines are related news under the story.
        kept_paragraphs += picked is not None and _short_body_paragraph(blocks[i], doc.lang)
        if kept_paragraphs >= _KEPT_PARAGRAPHS:
            break
        if len(text) > _TEXT_DATED_CHARS:
            long_blocks += 1
            # Once a date is found and the body has begun, later dates belong to comments
            # (de-blog-kommentare-wandern).
            if picked is not None or long_blocks >= _TEXT_BODY_STARTED:
                break
            opening = (
                opening_date(text, doc.lang) or _labelled_opening(text, doc.lang)
                if long_blocks == 1
                else None
            )
            picked = (i, opening, False) if opening else None
            previous = ""
            continue
        near = headline_at >= 0 and 0 < i - headline_at <= _TEXT_BYLINE_REACH
        line = _line_date(text, previous, doc.lang, body_begun=long_blocks > 0)
        previous = text
        if line is None:
            continue
        iso, dateline, labelled = line
        if dateline or labelled:
            dates.add(iso)
        if picked is None and (dateline or labelled or near):
            picked = (i, iso, dateline)
    return picked, dates


def _labelled_opening(text: str, lang: str | None) -> str | None:
    """The date a long line opens with after a publication label ("Posted on <date> in ...").

    WordPress themes print "Posted on", the date, the change date and the categories as one
    line, which a long category list makes longer than a dateline (wcxb-dev-text 4124).
    """
    if not _published_re().match(text):
        return None
    found = find_dates(text[:_LABELLED_OPENING_CHARS], lang)
    return found[0].iso if found and not found[0].updated else None


def _short_body_paragraph(block: Block, lang: str | None) -> bool:
    """Whether a kept block is a body paragraph too short to count as long, with no date."""
    return (
        block.kept
        and _KEPT_PARAGRAPH_CHARS <= len(block.text) <= _TEXT_DATED_CHARS
        and not find_dates(block.text, lang)
    )


# A product's release date ("Released" / "21 Aug, 2012", "Release Date: 5 Nov, 2020" on a
# game's store page): no publication date.
@functools.cache
def _release_re() -> regex.Pattern[str]:
    return regex.compile(
        r"(?i)\b(?:release\s+date|erscheinungsdatum|date\s+de\s+sortie|"
        r"fecha\s+de\s+lanzamiento|data\s+di\s+uscita|data\s+de\s+lançamento)\b",
    )


_RELEASED_ALONE = regex.compile(r"(?i)^\W*released\W*$")


def _release_date(previous: str, text: str) -> bool:
    """Whether the date on `text` is labelled a release date, on its line or the one before.

    "Released" counts only alone on the line before: "Released Wednesday, March 2, 2022"
    under a report's headline is its publication (wcxb-dev-text).
    """
    return bool(
        _RELEASED_ALONE.match(previous) or _release_re().search(previous[-40:] + " " + text)
    )


# A bare "Date:" field, in the languages whose word for it is no publication label by itself.
@functools.cache
def _date_field_re() -> regex.Pattern[str]:
    return regex.compile(r"(?i)^\W*(?:date|data|datum|fecha)\s*:")


def _line_date(
    text: str, previous: str, lang: str | None, *, body_begun: bool = False
) -> tuple[str, bool, bool] | None:
    """The publication date on a short line: `(iso, is a dateline, is labelled)`, or None.

    The line before joins in, so that a label on its own line ("Last updated:") counts. Once
    the body has begun, a "Date:" field ("Data: 15 de março de 2025, às 21:30" under the
    story) is an event's or a deadline's in a list of facts, not the page's (golden
    pt-evento-concerto-text).
    """
    if (body_begun and _date_field_re().match(text)) or _release_date(previous, text):
        return None
    context = previous[-30:] + " "
    found = [f for f in find_dates(context + text, lang) if f.start >= len(context)]
    if not found or found[0].updated:
        return None
    labelled = bool(_published_anywhere_re().search(context + text))
    return found[0].iso, is_dateline(text, lang), labelled
