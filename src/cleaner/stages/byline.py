"""Stage `byline`: find who wrote the page and take the byline lines out of its body.

Authors come, in this order of trust, from the page's structured data (JSON-LD `author` of the
article, a Person and not an Organization), its meta tags (`author`, `article:author`,
`dc.creator`, ...), its byline markup (`rel="author"`, `itemprop="author"`, elements whose class
or id says "author" or "byline"), and byline lines in the text ("By Jane Doe | Reuters",
"Von Anna Müller", "Par Jean Dupont"). A plain-text scrape has only the last. Byline lines and
author boxes found among the blocks are dropped with the reason "byline".
"""

from __future__ import annotations

import functools
import itertools
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import cast
from urllib.parse import urlsplit

import lxml.etree
import lxml.html
import regex

from cleaner import byline_words, jsonld, pageindex
from cleaner.authors import (
    NAME_SPLIT,
    REPLY_SUBJECT,
    Byline,
    bio_name,
    by_credit,
    clean_names,
    credit_value,
    dated_by_credit,
    has_intro_word,
    is_agency,
    is_intro,
    is_job_title,
    is_role,
    looks_like_name,
    may_be_post_header,
    names_part,
    opens_with_intro,
    parse_byline,
    parse_post_header,
    parse_thread_starter,
    unglue,
    without_weekday,
)
from cleaner.dates import READING_TIME, find_date, find_dates, is_dateline, is_short_date
from cleaner.document import Block, Document
from cleaner.jsonld import JsonLd
from cleaner.pageindex import PageIndex
from cleaner.rules import Rules
from cleaner.titles import title_parts

logger = logging.getLogger(__name__)

# schema.org types whose `author` is the author of the page itself. A Product's or a Recipe's
# nested `review` has authors too; those are readers, not the page's author.
_PAGE_TYPES = frozenset(
    t.casefold()
    for t in (
        "Article",
        "NewsArticle",
        "BlogPosting",
        "Blog",
        "Report",
        "TechArticle",
        "ScholarlyArticle",
        "AnalysisNewsArticle",
        "OpinionNewsArticle",
        "ReportageNewsArticle",
        "ReviewNewsArticle",
        "BackgroundNewsArticle",
        "LiveBlogPosting",
        "SocialMediaPosting",
        "DiscussionForumPosting",
        "Question",
        "Recipe",
        "HowTo",
        "WebPage",
        "MedicalWebPage",
        "ItemPage",
        "AboutPage",
        "CreativeWork",
        "Review",
        "VideoObject",
        "PodcastEpisode",
        "Guide",
        "Course",
        "Dataset",
        "Book",
        "Chapter",
        "Thesis",
        "MedicalScholarlyArticle",
        "QAPage",
        "Legislation",
        "PublicationIssue",
    )
)
# An `author` typed as one of these is not taken, unlike a team or company the author meta tag
# or a byline credits (see `credit_value`): on wcxb-dev an Organization author was the truth on
# 6 pages, but the page had no author on 14 and a person's byline on 8 (it is the publisher
# that the CMS fills in, not a credit anyone wrote).
_ORG_TYPES = frozenset(
    t.casefold()
    for t in (
        "Organization",
        "NewsMediaOrganization",
        "Corporation",
        "LocalBusiness",
        "EducationalOrganization",
        "GovernmentOrganization",
        "NGO",
        "Brand",
        "WebSite",
        "MedicalOrganization",
        "OnlineBusiness",
        "Store",
        "Project",
    )
)
# Meta tags that hold the page's author as a name (article:author often holds a profile URL,
# which is skipped).
_META_AUTHOR = frozenset(
    {
        "author",
        "article:author",
        "og:article:author",
        "dc.creator",
        "dcterms.creator",
        "dc.creator.personalname",
        "parsely-author",
        "sailthru.author",
        "byl",
        "citation_author",
        "book:author",
        "twitter:data1:author",
        "cxenseparse:author",
        "dc:creator",
    },
)
# Class and id words of byline markup, matched as whole words (split on space, "-", "_").
_BYLINE_WORDS = frozenset(
    {
        "author",
        "authors",
        "byline",
        "bylines",
        "authorname",
        "author-name",
        "writer",
        "autor",
        "auteur",
        "autore",
        "autorin",
        "verfasser",
        "firma",
    },
)
# Class and id words of the places where a name is somebody else's: comment threads, teasers
# of other stories, menus, footers, reviews.
_ELSEWHERE_WORDS = frozenset(
    {
        "comment",
        "comments",
        "commentlist",
        "reply",
        "replies",
        "respond",
        "related",
        "recommended",
        "recirc",
        "teaser",
        "teasers",
        "card",
        "cards",
        "nav",
        "navigation",
        "menu",
        "footer",
        "sidebar",
        "widget",
        "review",
        "reviews",
        "testimonial",
        "testimonials",
        "popular",
        "trending",
        "more",
        "latest",
        "newsletter",
        "promo",
        "carousel",
        "slider",
        "feed",
        "breadcrumb",
        "breadcrumbs",
        "share",
        "social",
        "quote",
        "blockquote",
        # The same places in other languages (plural only: an "opinion" class marks a news
        # site's opinion column, "opiniones" a shop's customer reviews: golden
        # es-producto-cafetera-opiniones).
        "kommentare",
        "commentaires",
        "comentarios",
        "commenti",
        "opiniones",
        "opinioni",
        "avis",
        "bewertungen",
        "rezensionen",
        "recensioni",
        "resenas",
        "reseñas",
        "avaliacoes",
        "avaliações",
        "relacionados",
        "correlati",
    },
)
# Class words that make a "footer" the story's own ("entry-footer", "post-footer").
_OWN_PARTS = frozenset({"entry", "post", "article", "story"})
# <footer> is not among the tags: inside an <article> it is where the byline often sits.
_ELSEWHERE_TAGS = frozenset({"nav", "aside", "form", "blockquote"})
# The page's root elements carry template classes ("menu_sidebar_slide_left") that say
# nothing about where an element sits.
_ROOT_TAGS = frozenset({"body", "html"})
_WORD_SPLIT = regex.compile(r"[\s_-]+")
# Links to an author's page: "/author/jane-doe", "/authors/jane-doe/", "/autor/...".
_AUTHOR_HREF = regex.compile(
    r"(?i)/(?:author|authors|autor|autoren|auteur|auteurs|autore|autori|writers?|byline|"
    r"contributors?|people|staff|redaktion/autoren)/[^/?#]+/?(?:[?#]|$)",
)
# How many elements after the first <h1> may hold the byline, and which of them hold a line.
_HEADER_ELEMENTS = 60
_MAX_NAME_PIECE = 60
# A piece read on its own must be a full name: single words in byline markup are labels
# ("By", "Services", "Offline") far more often than user names.
_MIN_PIECE_WORDS = 2
# How many one-name lines may stand above the shared date line.
_MAX_STACKED_NAMES = 4
# Three different people in byline markup with none under the headline: a teaser list.
_TEASER_PEOPLE = 3
_HOST_NOISE = frozenset(
    {"www", "m", "blog", "com", "org", "net", "co", "uk", "de", "fr", "it", "es"},
)
_MAX_NAME_DATE_CHARS = 90
_SEPARATORS = " ,|•·-–—"
# How many header lines after a bare name its date line may come.
_NAME_DATE_REACH = 4
# "Mahua Das in Project Management": the section after the name.
_IN_SECTION = regex.compile(r"\s+in\s+\p{Lu}.*$")
_DATE_LABEL = regex.compile(
    r"(?i)^(?:last\s+)?(?:updated|published|posted|modified|veröffentlicht|aktualisiert|publié|"
    r"mis\s+à\s+jour|publicado|actualizado|pubblicato|aggiornato)\b",
)
# Byline markup: the elements `PageIndex.byline_candidates` picks by substring tests on their
# class, id, itemprop, rel and (links) href, in the walk of the tree it shares with the captions
# stage; `_is_byline_markup` then tests the words ("uthor" catches lower and capitalised
# spellings; links are picked for "/aut" and `_AUTHOR_HREF` sorts them). It replaced the XPath
# `//@class[contains(., 'uthor') or ...]/.. | ...`, which took 2.2 ms a page on sh-html (five
# descendant scans, each contains() copying the value) for the same elements.
# Pages repeat their short lines (header lines are read from the tree and again as blocks; a
# site's template repeats on all its pages): the pure line readers keep their answers.
_CACHE_SIZE = 8192
_SUBHEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_LINE_TAGS = frozenset({"p", "div", "span", "address", "small", "li", "time", "a", "em"})
_BLOCK_TAGS = frozenset({"div", "p", "section", "article", "ul", "ol", "table", "figure"})
# A byline element holds a line of text, not a story: "By Jane Doe | March 3, 2024 | 5 min".
_MAX_BYLINE_CHARS = 200
# How far from the start of the article a byline line may sit (blocks), and how far before the
# end an author box may start.
_HEAD_BLOCKS = 25
_AFTER_STORY_BLOCKS = 3
_TEASER_PROBE = 8
_TAIL_BLOCKS = 6
# A block of this many words is a paragraph of the story, not a menu item or a byline.
_STORY_WORDS = 25
_MAX_CAPITALISED_SHARE = 0.4
_LONG_BLOCK_CHARS = 3000
_SENTENCE_END = regex.compile(r"[.!?…][\"'”»)]?(?:\s|$)")
# "About the author", "Über den Autor", "À propos de l'auteur", "Sobre el autor", "L'autore".
_AUTHOR_BOX = regex.compile(
    r"(?i)^(?:about\s+the\s+author|about\s+the\s+authors|über\s+(?:den|die)\s+autor(?:in)?|"
    r"zum\s+autor|zur\s+autorin|à\s+propos\s+de\s+l['’]auteur|l['’]auteur|sobre\s+el\s+autor|"
    r"sobre\s+la\s+autora|l['’]autore|sull['’]autore|meet\s+the\s+author)\b",
)


@dataclass(slots=True)
class _Found:
    """What one pass over the tree finds."""

    ld: JsonLd = field(default_factory=JsonLd)
    meta: dict[str, list[str]] = field(default_factory=dict)
    markup: list[str] = field(default_factory=list)
    header: list[str] = field(default_factory=list)
    site_name: str | None = None
    og_type: str | None = None
    title: str = ""


def byline(doc: Document) -> Document:
    """Find the page's authors and drop byline lines and author boxes from the body.

    Reads: tree, jsonld, blocks, lang, meta.site_name. Writes: meta.authors, meta.date (only
    from a date in a byline line, when no date is known yet), blocks[].kind and
    blocks[].dropped_by ("byline").
    """
    site = doc.meta.site_name
    names: tuple[str, ...] = ()
    markup_lines: list[str] = []
    found: _Found | None = None
    if doc.kind == "html" and doc.tree is not None:
        found = _scan(pageindex.of(doc), jsonld.of(doc))
        site = site or found.site_name
        names = _from_markup(found, site, doc.lang, _host_label(doc.url))
        markup_lines = found.markup
    blocks, from_text, date = _lift_bylines(
        doc.blocks,
        doc.lang,
        site,
        markup_lines,
        box_names=doc.kind == "text",
        title=found.title if found is not None else "",
    )
    thread = _thread_posts(blocks, doc.lang)
    thread_date: str | None = None
    if thread is not None:
        # A byline found above the posts (a blog's, over comments that say "X wrote:") wins.
        blocks, starter, started = thread
        thread_date = started
        if not from_text:
            from_text, date = starter, started or date
    teasers = found is not None and (
        _dated_teasers(found.markup, doc.lang) or _story_list(found, site, doc.lang)
    )
    if teasers:
        # The bylines lifted from the blocks, or read as a thread's posts, are the teasers'.
        from_text, date = (), None
    # A forum's "Thread starter X" label says outright who wrote the thread: it beats the
    # lines and markup read as bylines (wcxb-dev forum pages, HTML and text).
    starter = next(
        (
            (name,)
            for b in blocks
            if "tarte" in b.text and (name := parse_thread_starter(b.text)) is not None
        ),
        (),
    )
    if not starter and doc.kind == "text":
        starter = _asker(blocks, doc.lang)
    authors = doc.meta.authors or starter or _desk_yields(names, from_text, site) or from_text
    if not authors and doc.kind == "text":
        authors, card_date = _text_last_resort(blocks, doc.lang, site)
        date = date or card_date
    if not authors and found is not None and doc.tree is not None:
        authors = _html_last_resort(found, doc.tree, site, teasers=teasers)
    if not starter and thread is None:
        # A thread's poster heads their own post, which is no bio (wcxb-dev forum 0561).
        blocks = _drop_author_card(blocks, authors)
    meta = doc.meta.evolve(authors=authors)
    if date and not doc.meta.date and (doc.kind == "text" or date == thread_date):
        # A thread's first post header dates an HTML page too (de-forum-thread-waermepumpe).
        meta = meta.evolve(date=date)
    return doc.evolve(blocks=blocks, meta=meta)


def _text_last_resort(
    blocks: tuple[Block, ...], lang: str | None, site: str | None
) -> tuple[tuple[str, ...], str | None]:
    """The last resorts of a text scrape that names no author, and the date they give.

    A thread's posters' cards, the starter's first, then a "Written by" line anywhere.
    """
    authors, date = _floor_starter(blocks, lang)
    if not authors:
        authors, date = _card_starter(blocks, lang)
    authors = authors or _first_post_poster(blocks) or _labelled_author(blocks, site)
    return authors or _text_credit(blocks, lang), date


def _text_credit(blocks: tuple[Block, ...], lang: str | None) -> tuple[str, ...]:
    """The team or company a "By ..." line right under a scrape's headline credits.

    "By The Currency editors", "By the Lavazza Team 2–3 minutes", "August 12, 2025 By The
    Diggs Team" (wcxb-dev-text 0146, 4041, 4596): what `_line_credit` reads in an HTML page's
    header, when no person is named.
    """
    near = _after_headline(blocks)
    if near is None:
        # No headline found: the lines over the story's first paragraph (0146).
        story = next((i for i, b in enumerate(blocks) if b.kept and _is_story_paragraph(b.text)), 0)
        near = range(max(0, story - _CREDIT_HEADER_LINES), story)
    for i in near:
        line = " ".join(blocks[i].text.split())
        credit = by_credit(line) or dated_by_credit(line, lang)
        if credit is not None and not _plain_name(credit):
            return (credit,)
    return ()


# How far from the end of the kept blocks an author card's bio may stand, and how long it is.
_CARD_BIO_REACH = 2
_MAX_CARD_BIO_CHARS = 400


def _drop_author_card(blocks: tuple[Block, ...], authors: tuple[str, ...]) -> tuple[Block, ...]:
    """Drop the bio under the author's name alone on a line at the end of a story.

    "Léa Fontaine" / "Ariégeoise d'adoption, je partage ici mes randonnées ..." under the
    related posts: the author card, whose name line the extraction dropped and whose bio it
    kept (golden fr-blog-randonnee-lac-commentaires-text). Only under a story of several
    prose paragraphs (wcxb-dev: 7 pages' bodies better, none worse).
    """
    names = {" ".join(a.split()).casefold() for a in authors}
    if not names:
        return blocks
    kept = [i for i, b in enumerate(blocks) if b.kept]
    for i in kept[-_CARD_BIO_REACH:]:
        bio = blocks[i]
        story = sum(len(blocks[j].text) >= _SIGNED_PARAGRAPH_CHARS for j in kept if j < i)
        if (
            story >= _SIGNED_PARAGRAPHS
            and i > 0
            and " ".join(blocks[i - 1].text.split()).casefold() in names
            and not blocks[i - 1].kept
            and len(bio.text) <= _MAX_CARD_BIO_CHARS
        ):
            out = list(blocks)
            out[i] = bio.evolve(kind="byline").drop("byline")
            return tuple(out)
    return blocks


def _html_last_resort(
    found: _Found, tree: lxml.html.HtmlElement, site: str | None, *, teasers: bool
) -> tuple[str, ...]:
    """The last resorts of an HTML page that names no author.

    A team or company a "By" line or byline markup credits, else the poster an attribute names.
    """
    authors: tuple[str, ...] = ()
    if found.og_type not in _NOT_ARTICLE_OG_TYPES and not teasers:
        authors = _line_credit(found)
    if not authors and not teasers:
        authors = _markup_team(found)
    return authors or _poster_attribute(tree, site)


def _desk_yields(
    markup: tuple[str, ...], lines: tuple[str, ...], site: str | None
) -> tuple[str, ...]:
    """The markup's names, unless they are all desks and a byline line names a person.

    A desk the markup credits ("Redazione" in the microdata's author) yields to the person the
    page's own byline line names ("Scritto da Luca Giacometto" at the foot: golden
    it-cronaca-locale-joomla-html). So does the publication's own name in the author tag
    ("Five Books" over the story's "Sylvia Bishop": wcxb-dev 4371).
    """
    key = " ".join(site.split()).casefold() if site else None

    def desk(name: str) -> bool:
        return is_agency(name) or " ".join(name.split()).casefold() == key

    if markup and lines and all(map(desk, markup)) and not any(map(desk, lines)):
        return ()
    return markup


# Forum software names each post's writer in an attribute of the post's element, not in its
# text: reddit's `<shreddit-post author="...">`, XenForo's `data-author`, Discourse's
# `data-username`. The first such element outside comments, menus and asides is the thread's
# opening post (wcxb-dev: on the HTML pages where nothing else named an author, the first
# value was the author on all 5 pages that have one, and no page without an author has one;
# golden ru-forum-tema-kotel-html).
_POSTER_XPATH = lxml.etree.XPath("(//@author | //@data-author | //@data-username)/..")
_MAX_POSTERS = 5


def _poster_attribute(tree: lxml.html.HtmlElement, site: str | None) -> tuple[str, ...]:
    """The user name the first post element of a forum page carries in an attribute."""
    for el in _elements(_POSTER_XPATH(tree))[:_MAX_POSTERS]:
        if not isinstance(el.tag, str) or el.tag == "meta" or _in_comments(el):
            continue
        value = " ".join(
            (el.get("author") or el.get("data-author") or el.get("data-username") or "").split()
        )
        if not value or len(value) > _MAX_CARD_NAME or is_agency(value):
            continue
        if site and value.casefold() == site.casefold():
            continue
        return (value,)
    return ()


# Containers of the readers' comments: a commenter's name is no author. Not the whole
# `_elsewhere` test: reddit's thread sits in a "fixed-sidebar" layout container.
_COMMENTS = regex.compile(r"(?i)comment|kommentar|commentaire|comentario|commento|repl(?:y|ies)")


def _in_comments(el: lxml.html.HtmlElement) -> bool:
    """Whether `el` sits in a menu, an aside or a form, or in a comment section."""
    for anc in el.iterancestors():
        if anc.tag in _ROOT_TAGS:
            # "comments-page" on <body>: the page of a thread, not a comment section in it.
            return False
        if anc.tag in _ELSEWHERE_TAGS:
            return True
        if _COMMENTS.search(f"{anc.get('class') or ''} {anc.get('id') or ''}"):
            return True
    return False


# A Q&A site's question card as a scrape prints it: "asked Mar 26, 2019 at 16:18" over the
# asker's user name (Stack Exchange, in its English, Spanish, Portuguese and Russian sites).
_ASKED = regex.compile(r"(?i)^(?:asked|preguntad[oa]|perguntad[oa]|задан)\s+\S")
# The question card comes before the answers; far down, an "asked" line is a related question's.
_ASKED_REACH = 400


def _asker(blocks: tuple[Block, ...], lang: str | None) -> tuple[str, ...]:
    """The user a scrape's first "asked <date>" line credits on the line under it, if any.

    The question's asker is the thread's starter, whom WCXB scores as a forum's author
    (wcxb-dev-text: 9 of 12 such pages; the HTML page's markup names the same user).
    """
    for i, b in enumerate(blocks[: _ASKED_REACH - 1]):
        text = b.text
        if len(text) > _MAX_NAME_DATE_CHARS or not _ASKED.match(text):
            continue
        if not find_dates(text, lang):
            continue
        name = " ".join(blocks[i + 1].text.split()) if i + 1 < len(blocks) else ""
        if looks_like_name(name, strict=False) and not is_role(name):
            return (name,)
        # The question's header dates it too ("Preguntada el 3 nov 2026" over "Modificada hace
        # 5 días"): the card's own line, with the user under it, comes further down (golden
        # es-preguntas-respuestas-limonero-hojas-text).
    return ()


# Labels a forum's user card prints over a date, which name no poster ("Joined" / "Feb 2019",
# "Followers" / "June 14, 2024": wcxb-dev-text 0544, 0558).
_CARD_LABELS = frozenset(
    {
        "joined",
        "followers",
        "location",
        "current location",
        "members",
        "member",
        "messages",
        "posts",
        "threads",
        "replies",
        "views",
        "cite",
        "original poster",
        "moderator",
        "admin",
        "administrator",
        "guest",
        "reputation",
        "registered",
        "last seen",
        "advertisement",
    },
)
# A post's short date as Discourse prints it, without its day or its year ("Feb 2024",
# "Feb 3", "Jan '23": golden en-community-thread-solved-text).
_SHORT_POST_DATE = regex.compile(
    r"(?i)^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+"
    r"(?:\d{1,2}|'\d\d|\d{4})$",
)
_MAX_CARD_NAME = 40
_MAX_CARD_DATE = 80
# A user card's rank line between name and date ("Regular", "New member").
_MAX_RANK_WORDS = 2


def _card_name(line: str) -> bool:
    """Whether `line` can be a user card's name line: a short user name, not a label."""
    return (
        len(line) <= _MAX_CARD_NAME
        and line.casefold() not in _CARD_LABELS
        and looks_like_name(line, strict=False)
        and not is_role(line)
    )


def _card_date(line: str, lang: str | None) -> tuple[bool, str | None]:
    """Whether `line` is a post's date line (a date opens it), and its full date if it has one."""
    if len(line) > _MAX_CARD_DATE:
        return False, None
    found = find_dates(line, lang)
    if found and found[0].start == 0:
        return True, found[0].iso
    return bool(_SHORT_POST_DATE.match(line)), None


def _card_starter(
    blocks: tuple[Block, ...],
    lang: str | None,
) -> tuple[tuple[str, ...], str | None]:
    """The thread starter and first post's date from a text thread's user cards, if any.

    A thread scraped as text prints each post under its poster's name line over the post's
    date line, a short rank line maybe between ("marta_k" / "Feb 2024", "dpowell" / "Regular"
    / "Feb 3", "ColdJ" / "June 14, 20241 yr in Kerbal Network": Discourse, Invision). The
    first card is the starter's; it must come back in a later card (the starter replies, or
    the forum repeats its card), which comments under an article or a list of teasers seldom
    do (wcxb-dev-text forum pages 0544, 0547, 0560).
    """
    lines = [" ".join(b.text.split()) for b in blocks]
    # Dates first: they are rarer and cheaper to test than names (byline CPU, wcxb-dev-text).
    dated = [_card_date(line, lang) for line in lines]
    cards: list[tuple[str, str | None]] = []
    for i, name in enumerate(lines[:-1]):
        if dated[i][0] or len(name) > _MAX_CARD_NAME:
            continue
        is_date, iso = dated[i + 1]
        # A rank line between ("Regular"), but no name: "cancel selecting" over "marta_k" over
        # "Feb 2024" is marta_k's card.
        if (
            not is_date
            and i + 2 < len(lines)
            and dated[i + 2][0]
            and len(lines[i + 1].split()) <= _MAX_RANK_WORDS
            and not _card_name(lines[i + 1])
        ):
            is_date, iso = dated[i + 2]
        if not is_date or not _card_name(name):
            continue
        cards.append((name, iso))
        if len(cards) == 1 and any(len(b.text.split()) >= _STORY_WORDS for b in blocks[:i]):
            # Prose above the first card: comments under an article, not a thread.
            return (), None
    if len(cards) < _MIN_THREAD_POSTS:
        return (), None
    first, date = cards[0]
    key = first.casefold()
    if not any(n.casefold() == key or n.casefold().startswith(key + " ") for n, _ in cards[1:]):
        return (), None
    return (first,), date


# The label Chinese forums (Discuz!, Tieba, Tianya) print on the first post's card in place of
# its floor number: "楼主", the thread's starter; the later floors are "沙发", "板凳", "地板",
# "5#", "第5楼". A reply by the starter shows the floor and "楼主" both. A post's date line
# under its card: "发表于 2026-11-20 21:14 | 只看该作者" (Discuz!). The words are zh.toml's
# `[byline.thread_starter]`, `[byline.floor_label]` and `[byline.posted_label]`.
# How far under the starter label the card's date line may stand: the poster's counts
# ("主题 3", "帖子 17", "积分 42") and rank ("新手上路") come between.
_FLOOR_CARD_LINES = 8


def _floor_starter(
    blocks: tuple[Block, ...],
    lang: str | None,
) -> tuple[tuple[str, ...], str | None]:
    """The thread starter and first post's date from a Chinese forum thread's "楼主" card.

    A Discuz! thread scraped as text prints each post under its poster's card: the user name,
    the floor label ("楼主" on the first post), the poster's counts and rank, and the
    "发表于 <date>" line (golden zh-luntan-tiezi-louceng-text). The name over the first "楼主"
    with such a date line under it is the author; that date, the page's.
    """
    starters = byline_words.thread_starters(lang)
    if not starters:
        return (), None
    floor = byline_words.floor_label(lang)
    lines = [" ".join(b.text.split()) for b in blocks]
    for i, line in enumerate(lines):
        if line not in starters or i == 0:
            continue
        j = i - 2 if i > 1 and floor.match(lines[i - 1]) else i - 1
        name = lines[j]
        if name in starters or floor.match(name) or not _card_name(name):
            return (), None
        posted = byline_words.posted_label(lang)
        for below in lines[i + 1 : i + 1 + _FLOOR_CARD_LINES]:
            if len(below) > _MAX_CARD_DATE:
                break
            label = posted.match(below)
            found = find_dates(below[label.end() :] if label else below, lang)
            if found and found[0].start == 0:
                return (name,), found[0].iso
        return (), None
    return (), None


# A thread shows one header per post; a single "Posted by X on date" is a blog's byline.
_MIN_THREAD_POSTS = 2
# The header of a thread's first post, "#1" at its start or end ("#1 2025-11-01 15:14:37",
# "11-29-2024, 09:03 AM #1", "#1 | Link"): FluxBB, vBulletin, MyBB.
_POST_ONE = regex.compile(r"^\s*#1(?!\d)|(?<![\w#])#1\s*$")
_POST_ONE_CHARS = 60


def _first_post_poster(blocks: tuple[Block, ...]) -> tuple[str, ...]:
    """The user name on the line under a text thread's "#1" post header or community header.

    The forum prints the poster's card right under the first post's number ("#1 2025-11-01
    15:14:37" / "chunix64" / "Member"); the name comes back in the thread (the starter's later
    posts, quotes, the card of a reply), which a ranking's "#1" line over a word does not
    (wcxb-dev-text forum pages 0525, 0533, 0541; "Last edited by chunix64" counts). One
    capitalised word is a label ("Hardcover", "Features" under a ranking's "#1").
    """
    lines = [" ".join(b.text.split()) for b in blocks]
    for i, line in enumerate(lines[:-1]):
        if len(line) <= _POST_ONE_CHARS and _COMMUNITY_HEADER.match(line):
            # A community post's header "r/Cooking •" over its poster and its title: no
            # later card (wcxb-dev-text 0561, 0563, 4008).
            name = lines[i + 1]
            return (name,) if _card_name(name) and not _PLAIN_WORD.match(name) else ()
        if len(line) > _POST_ONE_CHARS or "#1" not in line or not _POST_ONE.search(line):
            continue
        name = lines[i + 1]
        if (
            _card_name(name)
            and not _PLAIN_WORD.match(name)
            and any(name in later for later in lines[i + 2 :])
        ):
            return (name,)
        return ()
    return ()


# A line that labels its writer outright, wherever it stands ("Written by Kate Shokurova",
# "Author: Kashmir Brummel", "written by Our Editors"): past the head under a long standfirst,
# or in an author box at the foot of the story.
_WRITTEN_BY = regex.compile(r"(?i)^(?:written\s+by|author\s*:)\s*\S")
_WRITTEN_BY_CHARS = 80


def _labelled_author(blocks: tuple[Block, ...], site: str | None) -> tuple[str, ...]:
    """The one writer a text scrape's "Written by" / "Author:" lines name, if they name one.

    Lines naming different writers are a list's (reviews, a bookshop's authors): none.
    """
    found: set[tuple[str, ...]] = set()
    for block in blocks:
        line = " ".join(block.text.split())
        if len(line) > _WRITTEN_BY_CHARS or not _WRITTEN_BY.match(line):
            continue
        parsed = parse_byline(line, site_name=site)
        names = parsed.names if parsed is not None else ()
        if not names and (credit := by_credit(line)) is not None:
            names = (credit,)
        if names:
            found.add(names)
        if len(found) > 1:
            return ()
    return next(iter(found), ())


_COMMUNITY_HEADER = regex.compile(r"^r/\w{2,}\s*[•·]$")
# One capitalised word ("Hardcover", "Features"): a label under a ranking's "#1", not a user name.
_PLAIN_WORD = regex.compile(r"^\p{Lu}\p{Ll}+$")


def _thread_posts(
    blocks: tuple[Block, ...],
    lang: str | None,
) -> tuple[tuple[Block, ...], tuple[str, ...], str | None] | None:
    """Read a forum thread: the thread starter, the first post's date, and the post headers.

    A thread scraped as text wraps every post in a header ("Post by X » date", "X wrote:")
    and a reply subject ("Re: <title>"): those lines are dropped, and the first post's header
    names the author and dates the page, as WCXB scores forums (en-forum-thread-posts-text).
    Dropped blocks are read too: an extraction stage may have dropped the headers already.
    None when the page shows fewer than two post headers.
    """
    headers = [
        (i, parsed)
        for i, b in enumerate(blocks)
        # The cheap test first: most blocks are no header, and the cached reader would hash
        # every block's whole text (sh-html: 0.9 ms a page).
        if may_be_post_header(b.text) and (parsed := parse_post_header(b.text, lang)) is not None
    ]
    if len(headers) < _MIN_THREAD_POSTS:
        return None
    out = list(blocks)
    for i, _ in headers:
        if blocks[i].kept:
            out[i] = blocks[i].evolve(kind="byline").drop("byline")
    texts = {" ".join(b.text.split()).casefold() for b in blocks}
    for i, b in enumerate(blocks):
        short = b.kept and len(b.text) <= _MAX_BYLINE_CHARS
        m = REPLY_SUBJECT.fullmatch(b.text) if short else None
        if m is not None and " ".join(m["subject"].split()).casefold() in texts:
            # A reply's subject repeats the thread's title, which the page shows elsewhere.
            out[i] = b.evolve(kind="title").drop("title")
    first = headers[0][1]
    return tuple(out), first.names, first.date


def _scan(index: PageIndex, ld: JsonLd) -> _Found:
    """Collect every author signal of the page.

    The page index picks the few elements worth a look with cheap substring tests, and the
    full tests run only on those: running them on every element cost about 20 ms a page.
    """
    found = _Found(ld=ld)
    for el in index.elements("meta"):
        _read_meta(el, found)
    memo: dict[lxml.html.HtmlElement, bool] = {}
    for el in index.byline_candidates:
        if _is_byline_markup(el) and not _elsewhere(el, memo):
            text = " ".join(el.text_content().split())
            if 0 < len(text) <= _MAX_BYLINE_CHARS:
                found.markup.append(text)
                found.markup.extend(_chunks(el, text))
    title_el = index.first("title")
    if title_el is not None:
        found.title = " ".join(title_el.text_content().split())
    h1 = index.first("h1")
    seen = 0
    for el in _following(h1) if h1 is not None else ():
        tag = el.tag
        if not isinstance(tag, str):
            continue
        if tag in _SUBHEADINGS:
            # The byline sits between the headline and the story: a new heading means the
            # story (or a list of teasers, each with its own byline) has begun.
            break
        seen = _header_line(el, tag, seen, found.header)
        if seen >= _HEADER_ELEMENTS:
            break
    return found


def _elements(result: object) -> list[lxml.html.HtmlElement]:
    """The elements of an XPath result (a node-set query returns only elements)."""
    return cast("list[lxml.html.HtmlElement]", result)


def _following(el: lxml.html.HtmlElement) -> Iterator[lxml.html.HtmlElement]:
    """The elements after `el` in document order (XPath's `following::*`), lazily."""
    node: lxml.html.HtmlElement | None = el
    while node is not None:
        for sib in node.itersiblings():
            yield from sib.iter()
        node = node.getparent()


def _chunks(el: lxml.html.HtmlElement, whole: str) -> list[str]:
    """The separate text pieces of a byline element ("By", "Jane Doe", "Senior Editor").

    Markup puts the name and the job title in elements of their own; read together they run
    into one another ("Joakim Edin Research & Development").
    """
    pieces = [" ".join(t.split()) for t in el.itertext()]
    return [
        p
        for p in pieces
        if p != whole and len(p) <= _MAX_NAME_PIECE and len(p.split()) >= _MIN_PIECE_WORDS
    ]


def _read_meta(el: lxml.html.HtmlElement, found: _Found) -> None:
    """Keep the author meta tags, og:type and og:site_name."""
    key = (el.get("name") or el.get("property") or el.get("itemprop") or "").casefold()
    if key in _META_AUTHOR and el.get("content"):
        # One tag per author ("citation_author" on papers): all values of a key count.
        found.meta.setdefault(key, []).append(el.get("content") or "")
    elif key == "og:type" and not found.og_type:
        found.og_type = (el.get("content") or "").strip().casefold() or None
    elif key == "og:site_name" and not found.site_name:
        found.site_name = " ".join((el.get("content") or "").split()) or None


def _header_line(el: lxml.html.HtmlElement, tag: str, seen: int, lines: list[str]) -> int:
    """Keep the short text lines right after the headline; return how far we have looked.

    The byline sits between the headline and the first paragraph of the story, often in
    markup that names it nothing in particular (`<p class="meta">Von ... · 15.03.2024</p>`).
    Looking stops at the first long paragraph.
    """
    if tag not in _LINE_TAGS:
        return seen + 1
    if tag == "div" and any(child.tag in _BLOCK_TAGS for child in el):
        return seen + 1
    text = " ".join(el.text_content().split())
    if tag == "p" and len(text) > _MAX_BYLINE_CHARS:
        return _HEADER_ELEMENTS
    if 3 <= len(text) <= _MAX_BYLINE_CHARS and (not lines or lines[-1] != text):
        lines.append(text)
    return seen + 1


def _is_byline_markup(el: lxml.html.HtmlElement) -> bool:
    if "author" in (el.get("rel") or "").casefold().split():
        return True
    if el.tag == "a" and _AUTHOR_HREF.search(el.get("href") or ""):
        return True
    if (el.get("itemprop") or "").casefold() in {"author", "creator"}:
        return True
    words = el.get("class") or ""
    ident = el.get("id") or ""
    if not words and not ident:
        return False
    tokens = set(_WORD_SPLIT.split(f"{words} {ident}".casefold()))
    return bool(tokens & _BYLINE_WORDS)


def _elsewhere(el: lxml.html.HtmlElement, memo: dict[lxml.html.HtmlElement, bool]) -> bool:
    """Whether `el` sits in a comment thread, a teaser list, a menu or a footer.

    `memo` keeps the answer for every ancestor walked: the byline elements of a page share
    most of their ancestors (wcxb-dev: a third of the byline stage's Python time went here).
    """
    path = []
    result = False
    for anc in el.iterancestors():
        known = memo.get(anc)
        if known is not None:
            result = known
            break
        path.append(anc)
        if anc.tag in _ROOT_TAGS:
            break
        if anc.tag in _ELSEWHERE_TAGS:
            result = True
            break
        words = f"{anc.get('class') or ''} {anc.get('id') or ''}".casefold()
        tokens = set(_WORD_SPLIT.split(words)) if words.strip() else set()
        hits = tokens & _ELSEWHERE_WORDS
        if hits and not (hits == {"footer"} and tokens & _OWN_PARTS):
            # An "entry-footer" or "post-footer" is the story's own foot, where its byline
            # often sits (golden ja-burogu-komento-onsen-html), not the page's footer.
            result = True
            break
    for anc in path:
        # Every element walked lies inside the one that decided (or under the root).
        memo[anc] = result
    return result


def _from_markup(
    found: _Found,
    site: str | None,
    lang: str | None,
    host: str | None,
) -> tuple[str, ...]:
    """The authors the markup names: JSON-LD first, then meta tags, then byline elements.

    A visible byline that names the same people and more ("Par A et B" where the meta tag
    has only A) wins over the shorter list.
    """
    site_key = " ".join(site.split()).casefold() if site else None
    names = tuple(
        n
        for n in _from_jsonld(found.ld, site)
        if not (host and " " not in n and n.casefold() == host)
    )
    if not names and not (found.og_type or "").startswith("product") and not _no_story(found.ld):
        # A product page's author meta tag names the brand or the shop's owner (wcxb-dev:
        # 4 such names, none the page's author).
        names = next(
            (
                n
                for n in (
                    _meta_names(v, site, host, one_each=k in _ONE_AUTHOR_TAGS)
                    for k, v in found.meta.items()
                )
                if n
            ),
            (),
        )
    if names and site_key and all(" ".join(n.split()).casefold() == site_key for n in names):
        # The author tag names the site itself ("দৈনিক নদীবার্তা", the paper, over a byline
        # naming its reporter: golden bn-khobor-notun-train-html): the byline's people win.
        # Without one the site's name stays (a personal blog is named after its author).
        visible = _visible_names(found, site, lang)
        return visible or names
    if names and not _seen_in(names[0], found):
        # The visible lines can only add to the structured names if they hold the first of
        # them; without it, reading them is wasted time (half the byline stage's cost). But a
        # "By" line under the headline or in the byline markup naming somebody else beats a
        # name the page never shows: the CMS user who uploaded the story ("Stef Keegan" in
        # the meta tag, "By Lizzie Streit, MS, RDN, LD" on the page: wcxb-dev 4126, 0297).
        return _intro_byline(found, site, lang) or _over_handle(names, found, site, lang) or names
    visible = _visible_names(found, site, lang)
    if not names:
        if visible or found.og_type in _NOT_ARTICLE_OG_TYPES or _no_story(found.ld):
            return visible
        return _meta_credit(found.meta)
    if len(visible) > len(names) and _folded(names) <= _folded(visible):
        return visible
    # "By Lizzie Streit, MS, RDN, LD" under the headline, "Stef Keegan" in the meta tag and an
    # author link elsewhere: the "By" line under the headline is the story's (wcxb-dev 4126).
    header = _intro_byline(_Found(header=found.header), site, lang)
    # Only a byline sharing no word with the tags' names: "Par Claire" under the headline
    # is the first name of the JSON-LD's "Claire Dubois" (golden fr-blog-recette-tarte-
    # commentaires-html).
    return header if header and not _name_words(names) & _name_words(header) else names


def _over_handle(
    names: tuple[str, ...], found: _Found, site: str | None, lang: str | None
) -> tuple[str, ...]:
    """The person byline markup names, where the tags give only a user name the page never shows.

    "andrew.keaveney" in the meta tag, "Denise Everheart" in the author box: the CMS user who
    uploaded the story (wcxb-dev 0195). A handle spelling the shown name ("srauturier" for
    "Solene Rauturier") is that person's and stays.
    """
    if len(names) != 1 or " " in names[0]:
        return ()
    handle = names[0].casefold()
    shown = _visible_names(found, site, lang)
    if not shown or any(
        w.casefold() in handle for n in shown for w in n.split() if len(w) > _MAX_INITIAL_CHARS
    ):
        return ()
    return shown


# Name words this short ("J.", "de") are never looked for in a user name.
_MAX_INITIAL_CHARS = 2


def _name_words(names: tuple[str, ...]) -> set[str]:
    return {w.casefold() for n in names for w in n.split()}


# JSON-LD types of pages that list things (a section front, a search, a shop's wares) and of
# the things a shop sells, and of the stories whose page has an author all the same.
_LIST_TYPES = frozenset({"collectionpage", "itemlist", "searchresultspage"})
_STORY_TYPES = frozenset(
    {
        "article",
        "newsarticle",
        "blogposting",
        "report",
        "techarticle",
        "scholarlyarticle",
        "liveblogposting",
        "discussionforumposting",
        "socialmediaposting",
        "qapage",
        "question",
        "recipe",
        "howto",
        "review",
        "opinionnewsarticle",
        "analysisnewsarticle",
        "reportagenewsarticle",
        "reviewnewsarticle",
        "backgroundnewsarticle",
    }
)


def _no_story(ld: JsonLd) -> bool:
    """Whether the page's JSON-LD declares a list of things or a product, and no story.

    The author meta tag of such a page names the publisher ("Condé Nast" on a section front),
    the writer of the newest story listed (parsely-author on a news site's home page) or the
    business ("Redfin" on a list of homes for sale): on wcxb-dev none of the three was right.
    """
    return ld.declares(_LIST_TYPES | _PRODUCT_TYPES) and not ld.declares(_STORY_TYPES)


# How many lines under the headline may hold a "By <team>" credit.
_CREDIT_HEADER_LINES = 8


def _line_credit(found: _Found) -> tuple[str, ...]:
    """The team or company a "By ..." line of byline markup or under the headline credits.

    "By The Currency editors", "By 3i Global", "by whova | Apr 21, 2025": no person is named
    anywhere, and the byline says outright who stands behind the text (see `by_credit`).
    """
    if (found.og_type or "").startswith("product") or found.ld.declares(_PRODUCT_TYPES):
        # "by Boss Office Products" under a product's name is its brand, not an author.
        return ()
    for line in (*found.markup, *found.header[:_CREDIT_HEADER_LINES]):
        credit = by_credit(line)
        if credit is not None and not _plain_name(credit):
            # A person's name after "By" was read as a byline already, unless the page's
            # byline markup turned out to be a list of teasers.
            return (credit,)
    return ()


def _markup_team(found: _Found) -> tuple[str, ...]:
    """A team's name alone in byline markup: "The Upwork Team", "EDB Team", "Newsdesk".

    The page credits its desk where a writer's name would stand (wcxb-dev 4233, 4413, 4606,
    0456); Yoast marks such blog posts og:type=website, so the page type does not gate it.
    """
    if (
        (found.og_type or "").startswith("product")
        or found.ld.declares(_PRODUCT_TYPES)
        # People named beside it: a list of teasers, one of them the staff's (wcxb-dev 1310).
        or any(_plain_name(line) and not _TEAM_CREDIT.search(line) for line in found.markup)
    ):
        return ()
    for line in found.markup:
        credit = credit_value(line) if _TEAM_CREDIT.search(line) else None
        if credit is not None:
            return (credit,)
    return ()


_PRODUCT_TYPES = frozenset({"product", "productgroup", "offer", "aggregateoffer"})


def _intro_byline(found: _Found, site: str | None, lang: str | None) -> tuple[str, ...]:
    """The names of the first header or byline-markup line that opens with a byline intro."""
    for line in (*found.header[:_CREDIT_HEADER_LINES], *found.markup):
        if len(line) > _MAX_BYLINE_CHARS or not opens_with_intro(line):
            continue
        parsed = parse_byline(line, lang, site_name=site)
        if parsed is not None and parsed.names:
            return parsed.names
    return ()


def _seen_in(name: str, found: _Found) -> bool:
    """Whether the last word of `name` occurs in a byline element or a line under the headline."""
    key = name.rsplit(maxsplit=1)[-1].casefold() if name.split() else ""
    return any(key in line.casefold() for line in (*found.markup, *found.header))


def _visible_names(found: _Found, site: str | None, lang: str | None) -> tuple[str, ...]:
    """The authors the visible page names: its byline markup and the lines under the headline."""
    header = _first_byline(found.header, site, lang)
    poster = _thread_starter(found.markup, found.header)
    visible = poster or _first_names(found.markup, site, lang)
    if visible and not poster and not header and _many_people(found.markup, site, lang, visible):
        # Byline markup naming several different people, none of them under the headline:
        # a list of teasers (a section front, related stories), not this page's author.
        visible = ()
    if visible and not poster and not header and _dated_teasers(found.markup, lang):
        visible = ()
    if not poster and _story_list(found, site, lang):
        return ()
    if len(header) > len(visible) and _folded(visible) <= _folded(header):
        # "Rui Ma, Heba Ledwon, ... & Suparn Patra" under the headline; markup has one.
        visible = header
    return visible or header


# A front page's teasers: this many dated bylines in its markup, over two days or more.
_TEASER_BYLINES = 5


def _dated_teasers(lines: list[str], lang: str | None) -> bool:
    """Whether the byline markup holds `_TEASER_BYLINES` dated bylines, newest first, over days.

    A front page lists its stories newest first, each with its byline, however few people
    write them ("Posted by EditorDavid on Sunday March 08, 2026 @03:34AM" over eleven more
    "Posted by EditorDavid on Saturday March 07, ...": wcxb-dev 2899). A thread's posts run
    oldest first; a live blog's entries share their day.
    """
    days: list[str] = []
    seen: set[str] = set()
    for line in lines:
        if len(line) > _MAX_BYLINE_CHARS or line in seen or not has_intro_word(line, lang):
            continue
        parsed = parse_byline(line, lang)
        if parsed is not None and parsed.names and parsed.date:
            seen.add(line)
            days.append(parsed.date[:10])
    return (
        len(days) >= _TEASER_BYLINES
        and len(set(days)) > 1
        and all(a >= b for a, b in itertools.pairwise(days))
    )


def _story_list(found: _Found, site: str | None, lang: str | None) -> bool:
    """Whether the lines under the `<h1>` date two or more stories, their markup three people.

    A blog's home page prints each story's title, date and writer under the blog's name
    ("Allocating on the Stack, 27 February 2026" / "Keith Randall", then "Using go fix ...,
    17 February 2026" / "Alan Donovan": wcxb-dev 2900). A story's own header dates it once
    (an "Updated" date is no second one).
    """
    days = {day for line in found.header if (day := find_date(line, lang))}
    if len(days) < 2:
        return False
    first = _first_names(found.markup, site, lang)
    return bool(first) and _many_people(found.markup, site, lang, first)


# What a forum thread prints beside each post's author: "1,430 posts · Joined 2022",
# "Discussion starter", "Post by galitsyn » 11. Sep 2024", "Beiträge: 12".
_FORUM_SIGNS = regex.compile(
    r"(?i)(?:\b\d[\d,.]*\s*k?\s+posts?\b|\bjoined\b|\bdiscussion\s+starter\b|"
    r"\bthread\s+starter\b|\boriginal\s+poster\b|^post\s+by\b|"
    # "Beiträge" only with its count ("Beiträge: 12", "4 Beiträge"): alone it is a blog's
    # "Alle Beiträge von Jonas Weber anzeigen" (golden de-testbericht-wordpress-fazit-html).
    r"\bbeiträge\s*:\s*\d|\d[\d.]*\s+beiträge\b|"
    r"\bmessages?\s*:\s*\d|\bregistriert\b|\binscrit\b|\bregistrado\b|\biscritto\b|"
    # A Q&A site's user card ("ewok 4,7011818 gold badges5353 silver badges") and the first
    # post's header of a Discourse thread ("hayley.p 2 May 2025 18:48 1": its number is 1).
    r"\d\s*(?:gold|silver|bronze)\s+badges?\b|\d{1,2}:\d{2}\s*(?:[ap]m)?\s+1$)",
)
# A Q&A user card: the user's name, then the reputation and badge counts run together.
_BADGE_CARD = regex.compile(r"^(?P<user>\S.{0,40}?)\s+\d[\d,.]*k?\d*\s*(?:gold|silver|bronze)\s")
# The poster's user name at the start of a post's byline element: "Laubrani (Laubrani)",
# "Ejp55230 E" (the avatar's letter after it), "Post by galitsyn » 11. Sep 2024".
_POSTER = regex.compile(r"(?i)^(?:post(?:ed)?\s+by\s+)?(?P<user>[^\s()»|·,:]{2,30})(?:\s|$)")


# Words a post's header starts with that are no user name: "wrote", a month, "Senior".
_NOT_USER = regex.compile(
    r"(?i)^(?:wrote|said|quote|reply|re|posted|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|"
    r"nov|dec|january|february|march|april|june|july|august|september|october|november|"
    r"december|today|yesterday|member|guest|moderator|admin)\.?$",
)


def _thread_starter(markup: list[str], header: list[str]) -> tuple[str, ...]:
    """The user who started a forum thread: the first post's author.

    A thread is told by what forums print beside their posters (counts of posts, "Joined",
    "Discussion starter"); its author is the first poster, whom the wcxb-dev forum pages'
    ground truth names (user names like "JWoodguy13", "hayley.p"). Later posters are replies.
    """
    if not any(_FORUM_SIGNS.search(line) for line in (*markup, *header)):
        return ()
    for line in markup:
        m = _BADGE_CARD.match(line) or _POSTER.match(line)
        if m is None:
            continue
        user = m["user"]
        if (
            looks_like_name(user, strict=False)
            and not is_intro(user)
            and not is_role(user)
            and not _NOT_USER.match(user)
        ):
            return (user,)
    return ()


def _folded(names: tuple[str, ...]) -> set[str]:
    """Names compared case-free and without an honorific ("Dr Marna van der Merwe")."""
    return {_HONORIFIC.sub("", n).casefold() for n in names}


_HONORIFIC = regex.compile(r"(?i)^(?:dr|prof|mr|mrs|ms|sir|dame|rev)\.?\s+")


# og:type values of pages that are no article: their author meta tag names the site's owner
# (wcxb-dev: 5 of the 6 such credits were on pages without an author).
_NOT_ARTICLE_OG_TYPES = frozenset(
    {"website", "product", "product.item", "product.group", "profile", "business.business"},
)


def _meta_credit(meta: dict[str, list[str]]) -> tuple[str, ...]:
    """A team, desk or company the author meta tag credits, when no person is named anywhere.

    The last resort: a visible byline or structured data naming a person always wins.
    """
    for values in meta.values():
        credit = credit_value(values[0])
        if credit is not None:
            return (credit,)
    return ()


def _meta_names(
    values: list[str],
    site: str | None,
    host: str | None,
    *,
    one_each: bool = False,
) -> tuple[str, ...]:
    """The names of a meta tag's author values, without the brand that many sites put there.

    With `one_each` (a tag per author, as `_ONE_AUTHOR_TAGS`), a value "Popescu, Andreea" is
    one person written surname first, as library catalogues write names.
    """
    names: list[str] = []
    for value in values:
        flipped = _surname_first(value) if one_each else None
        found = (flipped,) if flipped else clean_names(value, site_name=site)
        names.extend(n for n in found if n not in names)
    if host and len(names) == 1 and names[0].replace(" ", "").casefold() == host:
        return ()
    return tuple(names)


# Meta tags that hold one author each, often surname first ("citation_author" of the Highwire
# Press tags that journal pages carry: golden ro-rezumat-articol-stiintific-html).
_ONE_AUTHOR_TAGS = frozenset({"citation_author", "dc.creator", "dcterms.creator"})
# A surname of one or two words, then the given names (initials allowed).
_MAX_SURNAME_WORDS = 2
_MAX_GIVEN_WORDS = 3


def _surname_first(value: str) -> str | None:
    """The name "Popescu, Andreea" writes surname first, as "Andreea Popescu"; else None."""
    parts = [" ".join(p.split()) for p in value.split(",")]
    if len(parts) != 2:
        return None
    surname, given = parts
    if not (
        0 < len(surname.split()) <= _MAX_SURNAME_WORDS
        and 0 < len(given.split()) <= _MAX_GIVEN_WORDS
    ):
        return None
    name = f"{given} {surname}"
    if is_role(given) or is_role(surname) or not looks_like_name(name):
        return None
    return name


def _host_label(url: str | None) -> str | None:
    """The distinctive part of a page's host name ("redfin" for https://www.redfin.com/...)."""
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    labels = [x for x in host.split(".") if x and x not in _HOST_NOISE]
    return labels[-2].casefold() if len(labels) >= 2 else (labels[0].casefold() if labels else None)


def _many_people(
    lines: list[str],
    site: str | None,
    lang: str | None,
    first: tuple[str, ...],
) -> bool:
    """Whether byline markup names at least `_TEASER_PEOPLE` different people.

    The first byline's people count as one, however many co-authors it names ("Written by
    A, B and C" beside "Reviewed by D" is one story's credits, not teasers).
    """
    own = tuple(n.casefold() for n in first)
    # The author's own card lists their latest stories: "Read the latest from Zackery Cuevas
    # ... Super Bomberman Collection Resident Evil Requiem" names games, not people (wcxb-dev
    # 4064).
    cards = [f for line in lines if any(o in (f := line.casefold()) for o in own)]
    others: set[str] = set()
    for text in lines:
        parsed = parse_byline(text, lang, site_name=site)
        names = (
            parsed.names
            if parsed is not None and parsed.names
            else clean_names(
                text,
                site_name=site,
                strict=True,
                min_words=_MIN_PIECE_WORDS,
            )
        )
        # "Dr Marna van der Merwe Research" (a name run into its job title) is no one new.
        others.update(
            key
            for n in names
            if not (key := n.casefold()).startswith(own) and not any(key in c for c in cards)
        )
        if len(others) >= _TEASER_PEOPLE - 1:
            return True
    return False


def _first_names(lines: list[str], site: str | None, lang: str | None) -> tuple[str, ...]:
    """The names of the first byline element that names somebody."""
    for text in lines:
        parsed = parse_byline(text, lang, site_name=site)
        if parsed is not None and parsed.names:
            return parsed.names
        names = clean_names(text, site_name=site, strict=True, min_words=_MIN_PIECE_WORDS)
        if names:
            return names
        # "Dec. 19, 2025 · Niko Matsakis on behalf of Vision Doc group" (wcxb-dev 0379).
        dated = _name_and_date(text, lang)
        if dated is not None and dated.names:
            return dated.names
    return ()


def _first_byline(lines: list[str], site: str | None, lang: str | None) -> tuple[str, ...]:
    """The names of the first line under the headline that reads as a byline."""
    for i, line in enumerate(lines):
        if i and _QUOTATION.match(lines[i - 1]):
            # Under a quotation, "Rakesh Pabbi - Senior Partner" is its speaker (a testimonial,
            # a teaser's pull quote: wcxb-dev 0147), not the page's writer.
            continue
        # "Written by" in one element and the name in the next.
        text = f"{line} {lines[i + 1]}" if is_intro(line) and i + 1 < len(lines) else line
        parsed = parse_byline(text, lang, site_name=site) or _name_and_date(text, lang)
        if parsed is not None and parsed.names:
            return parsed.names
        if i and _labelled_otherwise(lines[i - 1], line):
            continue
        # A job title on its own line beside the date is no name ("Former Deputy Tech Editor"
        # under "Will Judd": wcxb-dev 4823).
        title = is_job_title(line) and not _TEAM_CREDIT.search(line)
        people = (line,) if _plain_name(line) and not title else _name_list(line)
        if not people and i + 1 < len(lines) and _one_name_over_date(line, lines[i + 1], lang):
            # "Supermove" over "February 8, 2022": a first name, a user or a company right
            # over the date line under the headline (wcxb-dev).
            return (line,)
        # The names of a list may follow it one per element before the date comes.
        reach = _NAME_DATE_REACH + (len(people) if len(people) > 1 else 0)
        if people and any(
            _DATE_LABEL.match(near) or _dateline(near, lang)
            for near in lines[max(0, i - 2) : i + reach]
            if near != line and len(near) <= _MAX_BYLINE_CHARS
        ):
            # "Matteo Laratta" over "Last Updated: ...": a name beside the date block.
            return people
    return ()


def _labelled_otherwise(whole: str, piece: str) -> bool:
    """Whether header line `piece` is the value of a label other than a byline's in `whole`.

    The header lists an element's text and then its pieces: "Contact: Ron Sands" then "Ron
    Sands", "Posted under Car Tires" then "Car Tires" (wcxb-dev 4025, 4185), "Nonessential
    Thoughts, Technology" (the post's categories) then "Nonessential Thoughts" (0481). A label
    the byline reader does not know is no sign: "Per" and "Tarif:" introduce the author
    (goldens ca-noticia-rodalies-obres-html, tr-tarif-mercimek-kofte-html).
    """
    if piece == whole:
        return False
    if whole.endswith(piece):
        return bool(_OTHER_LABEL.match(whole[: -len(piece)].strip()))
    rest = whole[len(piece) :].lstrip()
    if not (whole.startswith(piece) and rest.startswith(",")):
        return False
    rest = rest[1:].strip()
    return bool(rest) and not (is_role(rest) or is_agency(rest) or _plain_name(rest))


# A line that is all one quotation: '"Having good market intelligence is ..."'.
_QUOTATION = regex.compile(r'^\s*["“”„«»‘’\'][^"“”„«»]{10,}["“”„«»‘’\'][.!?]?\s*$')
# A first-person statement's pronouns, in the languages whose rules files have bylines: a
# testimonial loses its quotation marks in a scrape ("RSM has provided an unmatched support
# system. I believe joining RSM was ..." over "Samiah Leggett, Senior Associate, RSM US":
# wcxb-dev-text 1056).
_FIRST_PERSON = regex.compile(
    r"(?<!\w)(?:I(?:['’](?:m|ve|d|ll))?|[Mm]y|ich|mein(?:e[nmrs]?)?|je|j['’]|yo|io|ik|eu)(?!\w)"
)
# A speaker's line: a name, then a comma or a dash and what the speaker does ("Samiah
# Leggett, Senior Associate, RSM US", "Maor Shlomo, Founder of Base44"). A bare name under a
# writer's first-person standfirst is the writer's byline (wcxb-dev-text 0487, 4439, 4446).
_NAME_AND_TITLE = regex.compile(r"^[^,|–—]{3,60}?(?:,|\s[-–—|]\s)\s*\S")
# A quotation's speaker is read under prose, not under a headline.
_MIN_QUOTE_WORDS = 8


def _speaker_line(above: str, line: str, lang: str | None) -> bool:
    """Whether `line` names the speaker of the quotation or testimonial `above` it.

    Under a quotation ('"Having good market intelligence is ..."') a name is the speaker's
    (wcxb-dev 0147's pull quote). A scrape loses the quotation marks: under first-person prose
    a name line without a byline word ("By", "Written by") is the speaker all the same.
    """
    if _QUOTATION.match(above):
        return True
    return (
        bool(_NAME_AND_TITLE.match(line))
        and len(above.split()) >= _MIN_QUOTE_WORDS
        and above.rstrip()[-1:] in '.!?"”»'
        and bool(_FIRST_PERSON.search(above))
        and not has_intro_word(line, lang)
        and find_date(line, lang) is None
    )


# Labels of a header line's value that is no author: a contact person, a post's category.
_OTHER_LABEL = regex.compile(
    r"(?i)^(?:(?:media\s+|press\s+)?contact|kontakt|contacto|contatto|"
    r"(?:posted|filed|published)\s+(?:in|under)|categor(?:y|ies)|tags?|topics?)\s*:?$",
)


# One word, capitalised or a camel-cased brand ("Kev", "ServiceTitan", "EcoFlow").
_ONE_NAME_WORD = regex.compile(r"^\p{Lu}[\p{Ll}\p{Lu}]{2,24}$")


# A section's or a story kind's label over the date line is no name ("Feature" / "March 3,
# 2025": wcxb-dev 4377).
_SECTION_LABELS = frozenset(
    """
    feature features opinion analysis review reviews interview explainer editorial column
    commentary podcast podcasts video videos insights research events event press papers
    report reports study stories story culture health travel business sports sport politics
    science tech world local lifestyle entertainment finance markets economy education
    careers career webinar webinars whitepaper announcements announcement releases release
    recipes recipe howto tutorial case cases updates
    """.split(),  # noqa: SIM905 - a word list reads best as words
)


def _one_name_over_date(line: str, below: str, lang: str | None) -> bool:
    """Whether `line` is a one-word name and `below` its date line ("Kev" / "January 1, 2026")."""
    if not _ONE_NAME_WORD.match(line) or line.isupper() or is_role(line):
        return False
    if line.casefold() in _SECTION_LABELS:
        return False
    if not looks_like_name(line) or len(below) > _MAX_BYLINE_CHARS:
        return False
    bare = below.strip(" -–—|•·")
    return _dateline(bare, lang) and not _DATE_LABEL.match(bare)


def _name_list(line: str) -> tuple[str, ...]:
    """Return the names of a line made only of two or more full names ("Rui Ma, Heba Ledwon")."""
    if len(line) > _MAX_BYLINE_CHARS:
        return ()
    parts = [p for p in NAME_SPLIT.split(line) if p]
    if len(parts) < 2 or not all(_plain_name(p) for p in parts):
        return ()
    return tuple(" ".join(p.split()) for p in parts)


def _from_jsonld(ld: JsonLd, site: str | None) -> tuple[str, ...]:
    """The authors named by the first of the page's own JSON-LD entities of a page type."""
    nodes = ld.top
    by_id = {str(n["@id"]): n for n in nodes if isinstance(n.get("@id"), str)}
    for node in nodes:
        if not jsonld.types(node) & _PAGE_TYPES:
            continue
        author = node.get("author") or node.get("creator")
        if author is None and "question" in jsonld.types(node):
            continue
        if author is None:
            main = node.get("mainEntity")
            if isinstance(main, dict):
                author = main.get("author")
        names = _jsonld_names(author, by_id, site)
        if names:
            return names
    return ()


def _jsonld_names(
    author: object,
    by_id: dict[str, dict[str, object]],
    site: str | None,
) -> tuple[str, ...]:
    items = author if isinstance(author, list) else [author]
    names: list[str] = []
    for item in items:
        value: object = item
        if isinstance(item, dict):
            node = item
            ref = node.get("@id")
            if "name" not in node and isinstance(ref, str) and ref in by_id:
                node = by_id[ref]
            if jsonld.types(node) & _ORG_TYPES:
                continue
            value = node.get("name")
        if isinstance(value, str):
            names.extend(n for n in clean_names(value, site_name=site) if n not in names)
    return tuple(names)


def _lift_bylines(  # noqa: PLR0913 - an HTML page's <title> tells teasers from its story
    blocks: tuple[Block, ...],
    lang: str | None,
    site: str | None,
    markup_lines: list[str],
    *,
    box_names: bool = True,
    title: str = "",
) -> tuple[tuple[Block, ...], tuple[str, ...], str | None]:
    """Drop byline blocks near the start and author boxes near the end of the article.

    Returns the blocks, the names the first byline gives (or, with `box_names`, the author
    box's), and the date it carries. An HTML page marks its author box up, and the markup
    scan reads it; a credit line at the end of its text without such markup named a related
    story's author on all 6 wcxb-dev pages where it was the only source (none right), while
    in text scrapes it found 4 right and invented none: so only text scrapes use it.
    """
    kept = [i for i, b in enumerate(blocks) if b.kept]
    if not kept:
        return blocks, (), None
    first, last = kept[0], kept[-1]
    # The byline sits just before the story's first real paragraph. Anchoring on that
    # paragraph rather than on the first kept block keeps the search right whether or not
    # the menus above it were dropped.
    # Without a prose paragraph (a scrape of hard-wrapped lines), the first kept block after
    # the title line stands in for it.
    fallback = kept[1] if len(kept) > 1 else first
    story = next((i for i in kept if _is_story_paragraph(blocks[i].text)), fallback)
    head = range(max(0, story - _HEAD_BLOCKS), min(len(blocks), story + _AFTER_STORY_BLOCKS))
    markup = {" ".join(t.split()).casefold() for t in markup_lines}
    out = list(blocks)
    names: tuple[str, ...] = ()
    date: str | None = None
    teasers = False
    near = _after_headline(blocks) if box_names else None
    if near is not None:
        # A text scrape keeps the byline right under its repeated headline, however far the
        # story's first paragraph is (a standfirst, share buttons and a table of contents
        # between them): 'By Hlín Eyjólfsdóttir' two lines under the headline and 30 above
        # the story (wcxb-dev-text).
        names, date, teasers = _lift_head(
            blocks, out, near, lang, (site, markup, box_names), bare_names=True
        )
        if teasers:
            names, date, teasers = (), None, False
        elif names and date is None:
            # A date line right under the headline, then a section line, then the byline
            # ("By: Melissa Dittmann Tracey"): that date line dates the story too, however far
            # down the scrape it stands (wcxb-dev-text).
            date = _date_below(blocks, out, near.start - 1, lang)
    if not names:
        names, date, teasers = _lift_head(blocks, out, head, lang, (site, markup, box_names))
    if teasers:
        # A teaser's byline dates the teaser, not the page.
        date = None
    tail = range(max(first, last - _TAIL_BLOCKS), last + 1)
    boxed = _lift_author_box(out, tail, lang, site, markup)
    names = () if teasers else names or (boxed if box_names else ())
    if not names and not teasers:
        names = _labelled_byline(blocks, lang, site) or _writer_bio(blocks, lang)
        # HTML pages sign stories so too, with no byline markup ("Matt Check" over his bio,
        # wcxb-dev 4688: +3 right, none invented).
        signed = _signature(out, site, lang, first_person=box_names) if not names else None
        if signed is not None:
            names, date = signed.names, date or signed.date
    if names and _under_other_headline(blocks, out, title):
        names, date = (), None
    return tuple(out), names, date


# A signed story: how many prose paragraphs it has over the name, and how long each is at least.
_SIGNED_PARAGRAPHS = 3
_SIGNED_PARAGRAPH_CHARS = 80


def _signature(
    out: list[Block], site: str | None, lang: str | None, *, first_person: bool = True
) -> Byline | None:
    """The byline or the name that signs a scrape's story on the line right under its end.

    "... ziyarətçiləri qəbul edəcək." / "Aygün Məmmədova" / "Teqlər:": many news sites print
    the writer's name alone at the foot of the story, with no "By" (golden
    az-xeber-hamam-berpa-text), or a "By" line ("By Scott Kasun" / "Related Topics",
    wcxb-dev-text 0328). Under a story's end a capitalised pair is as often the next
    section's heading ("Latest Insights", "Peace Lily" over its blurb) or a testimonial's
    speaker, so a bare name counts only when none of its words is written in lower case on
    the page, the paragraph over it is no quotation, and the line under it is what follows a
    signature: nothing, a label ("Teqlər:"), a date, a job title, or the writer's bio. A bio
    in the first person counts only with `first_person` (text scrapes): on an HTML page a
    name over a first-person post is a comment's header ("Tanay Kothari" / "Hey Product
    Hunt 🎉 I'm Tanay, ...", wcxb-dev 2914).
    """
    bio = _closing_bio(out, lang)
    if bio is not None:
        return bio
    i = _story_foot(out)
    if i is None:
        return None
    text = " ".join(out[i].text.split())
    if opens_with_intro(text) and len(text) <= _MAX_BYLINE_CHARS:
        parsed = parse_byline(text, lang, site_name=site)
        if parsed is not None and parsed.names:
            out[i] = out[i].evolve(kind="byline").drop("byline")
            return parsed
    if not _signature_name(out, i, site):
        return None
    below = " ".join(out[i + 1].text.split()) if i + 1 < len(out) else ""
    if not (
        not below
        or below.endswith(":")
        or _dateline(below, lang)
        or is_job_title(below)
        or below.startswith(text)
        or (
            first_person
            and _FIRST_PERSON.search(" ".join(below.split()[:_BIO_OPENING_WORDS])) is not None
        )
    ):
        return None
    out[i] = out[i].evolve(kind="byline").drop("byline")
    # "Andrew Liptak" / "01 May 2025": the signature's date dates the story (wcxb-dev-text).
    return Byline(names=(text,), date=find_date(below, lang) if _dateline(below, lang) else None)


def _closing_bio(out: list[Block], lang: str | None) -> Byline | None:
    """The writer whose bio, under their name alone on a line, closes a scrape's story.

    "Lauren Vetter" / "Lauren Vetter is a growth-focused marketing professional ..." as the
    last paragraph kept (wcxb-dev-text 0306): the author box the extraction kept. Not a
    profile in the story's middle: nothing but short lines may follow it.
    """
    kept = [i for i, b in enumerate(out) if b.kept]
    prose = [i for i in kept if len(out[i].text) >= _SIGNED_PARAGRAPH_CHARS]
    if len(prose) < _SIGNED_PARAGRAPHS or prose[-1] != kept[-1]:
        return None
    p = prose[-1]
    name = " ".join(out[p - 1].text.split())
    bio = " ".join(out[p].text.split())
    if (
        not _plain_name(name)
        or not bio.startswith(name)
        or not byline_words.copula(lang).match(bio[len(name) :])
    ):
        return None
    out[p - 1] = out[p - 1].evolve(kind="byline").drop("byline")
    out[p] = out[p].evolve(kind="byline").drop("byline")
    return Byline(names=(name,))


def _story_foot(out: list[Block]) -> int | None:
    """The line right under a story of several prose paragraphs, with nothing kept after it.

    One short kept line may close the story first ("A version of this post also appeared in
    the Orange County Register.", wcxb-dev-text 0137).
    """
    kept = [i for i, b in enumerate(out) if b.kept]
    prose = [i for i in kept if len(out[i].text) >= _SIGNED_PARAGRAPH_CHARS]
    if len(prose) < _SIGNED_PARAGRAPHS:
        return None
    i = prose[-1] + 1
    if kept[-1] == i and _SENTENCE_END.search(out[i].text):
        i += 1
    if i >= len(out) or kept[-1] > i:
        return None
    return i


def _signature_name(out: list[Block], i: int, site: str | None) -> bool:
    """Whether the line `i` under a story's end is a full name that may sign it.

    Not when the page writes one of its words in lower case ("Latest Insights" over "... the
    latest insights"), nor under a quotation (a testimonial's speaker).
    """
    text = " ".join(out[i].text.split())
    if (
        not _plain_name(text)
        or is_role(text)
        or (site and text.casefold() == site.casefold())
        or _QUOTE_OPENING.match(out[i - 1].text)
    ):
        return False
    return _never_lower(out, text)


def _never_lower(blocks: tuple[Block, ...] | list[Block], text: str) -> bool:
    """Whether no word of `text` is written in lower case anywhere on the page.

    A name's words are capitalised wherever they stand; a heading's ("Key Features", "Latest
    Insights") come back in lower case in the prose.
    """
    words = {w.casefold() for w in _WORD_RE.findall(text)}
    lower = (w for b in blocks for w in _WORD_RE.findall(b.text) if w.islower())
    return not any(w in words for w in lower)


_QUOTE_OPENING = regex.compile(r"^\s*[\"“”„«»‘’']")
# How far into the line under a signature a writer's first-person bio shows ("Hello, and
# welcome! I'm the editor ...").
_BIO_OPENING_WORDS = 6


# How many blocks over a byline the heading it stands under may be ("Headline" / "By X").
_BYLINE_HEADING_REACH = 3


def _under_other_headline(blocks: tuple[Block, ...], out: list[Block], title: str) -> bool:
    """Whether the first byline lifted stands under a heading that shares no word with `title`.

    A section front or a blog's home page shows its first story's headline and byline where an
    article shows its own; the page's `<title>` names the section ("News", "Netflix TechBlog",
    "Latest Cloud Computing News") and none of the story's words. On wcxb-dev the byline under
    such a heading was invented on 6 HTML pages and wrong on a seventh; every byline kept under
    a heading sharing a word with the title was right. (The first block naming the author,
    lifted or not, is no such anchor: the name stands in menus and author cards above the
    story, and 5 right authors were lost.)
    """
    words = {w.casefold() for w in _WORD_RE.findall(title)}
    if not words:
        return False
    lifted = next(
        (i for i, b in enumerate(out) if b is not blocks[i] and b.dropped_by == "byline"), None
    )
    if lifted is None:
        return False
    for i in range(lifted - 1, max(-1, lifted - 1 - _BYLINE_HEADING_REACH), -1):
        if blocks[i].kind == "heading":
            return not any(w.casefold() in words for w in _WORD_RE.findall(blocks[i].text))
    return False


# How many blocks under a text scrape's repeated headline may hold its byline.
_NEAR_HEADLINE = 6
# An HTML page's name line beside a date is read only from blocks the extraction kept, or from
# the page's first blocks: further down, a dropped "name" over a date is a teaser's, an
# event's or a review's ("NFL Schedule", "Mostly Positive", "Major Update": wcxb-dev).
_HTML_NAME_LINE_BLOCKS = 20


def _html_name_line(b: Block, i: int) -> bool:
    """Whether an HTML block may be read as a bare name line: no heading, kept or near the top.

    A heading over a date is an event's or a section's title, never a byline ("NVIDIA GTC" /
    "March 16, 2026", "Today's Hours" / "March 14, 2026": wcxb-dev, 4 of 4 invented).
    """
    return b.kind != "heading" and (b.kept or i < _HTML_NAME_LINE_BLOCKS)


# Where a scrape's headline may stand when extract_text did not find it repeated: a line of
# heading size that shares this much of its words with the title line (Jaccard), among the
# first blocks ("Top 11 SEO Strategies for 2025 | LuccaAM" over "11 SEO Strategies for 2025
# to Boost Rankings and Stay Ahead").
_HEADLINE_OVERLAP = 0.4
_HEADLINE_REACH = 300
_HEADLINE_WORDS = (3, 25)
_WORD_RE = regex.compile(r"\w+")


def _after_headline(blocks: tuple[Block, ...]) -> range | None:
    """The blocks right under the headline a text scrape repeats below its title line."""
    repeats = [i for i, b in enumerate(blocks) if b.dropped_by == "title_repeat"]
    # The title line repeats the site's name as well as the headline ("Lääne Elu Online" over
    # the menu, the headline further down: golden et-uudised-praam-text): the headline is the
    # longer part.
    at = max(repeats, key=lambda i: (len(blocks[i].text.split()), -i)) if repeats else None
    if at is None and blocks:
        at = _headline_like_title(blocks)
    if at is None:
        return None
    return range(at + 1, min(len(blocks), at + 1 + _NEAR_HEADLINE))


def _headline_like_title(blocks: tuple[Block, ...]) -> int | None:
    """The first block after the title line that reads as the headline it names, if any."""
    whole = blocks[0].text.casefold()
    # The whole title line, or its longest part without the site's name ("Top 11 SEO
    # Strategies for 2025 | LuccaAM" over "11 SEO Strategies for 2025 to Boost Rankings and
    # Stay Ahead": wcxb-dev-text 0040).
    titles = [
        set(_WORD_RE.findall(t)) for t in (whole, max(title_parts(whole), key=len, default=""))
    ]
    if not titles[0]:
        return None
    low, high = _HEADLINE_WORDS
    for i in range(1, min(len(blocks), _HEADLINE_REACH)):
        text = blocks[i].text
        if not low <= len(text.split()) <= high or REPLY_SUBJECT.fullmatch(text):
            # A reply's subject repeats the title too ("Re: <title>"), far below the headline.
            continue
        words = set(_WORD_RE.findall(text.casefold()))
        if any(t and len(words & t) >= _HEADLINE_OVERLAP * len(words | t) for t in titles):
            return i
    return None


# A line that says outright that it names the author: "Written by Jane Doe", "Author: Jane
# Doe", "Geschrieben von", "Écrit par", "Escrito por", "Scritto da". Unlike a bare "By", such
# a line is no headline or sentence, wherever it stands.
# The second line lists the "Author:" labels of the other languages the rules files cover
# (plurals, feminine forms; tests/stages/test_byline.py), as authors.parse_byline reads them.
_LABELLED = regex.compile(
    r"(?i)^(?:(?:written|posted|reported|authored|words|story|article)\s+by\b|"
    r"(?:authors?|autor(?:in|a|e)?|auteure?|autrice)\s*:|geschrieben\s+von\b|"
    r"(?:autoren|auteurs|autores|autori|autorzy|autoři|autorka|autorica|avtor(?:ica|ji)?|"
    r"autorius|autorė|autors|autorul|forfatter|författare|szerzők?|yazar|yazan|"
    r"kirjoittaja(?:t)?|penulis|автор(?:ы|и|ка)?|аутор(?:и|ка)?|пише|пишува|نویسنده|"
    r"लेखक|लेखिका|tác\s+giả|ผู้เขียน|作者|執筆者?|ライター|この記事を書いた人|작성자|글쓴이)"
    r"\s*[:：]|"
    r"(?:é|e)crit\s+par\b|escrito\s+por\b|scritto\s+da\b)",
)
_MAX_LABELLED_CHARS = 100
_THE_AUTHOR = regex.compile(r"(?i)^(?:the\s+)?(?:author|autor|auteur|autore)\s*:?$")


def _labelled_byline(
    blocks: tuple[Block, ...],
    lang: str | None,
    site: str | None,
) -> tuple[str, ...]:
    """The names of the first labelled byline line anywhere on the page: the last resort.

    A byline often stands far from where the story's first paragraph was found (after a long
    standfirst, or in a sidebar's author card): "Written by Camila Karalyte" 110 lines below
    the story's start of a wcxb-dev-text page. On wcxb-dev it found 10 more authors in HTML
    (3 more invented) and 19 in text scrapes (4 more invented). Labelled lines of one form
    (label and extraction verdict) naming different people are a list of teasers or reviews,
    each with its writer ("Written by Cristy Andrews ..." / "Written by Hunter Smith ...",
    "Reported by:" over each cost report: wcxb-dev 3033, 0225, 4050), and give nobody.
    """
    names: tuple[str, ...] = ()
    form: tuple[bool, str] = (True, "")
    for i, b in enumerate(blocks):
        text = b.text
        if len(text) > _MAX_LABELLED_CHARS:
            continue
        if (_AUTHOR_BOX.match(text) or _THE_AUTHOR.match(text)) and i + 1 < len(blocks):
            # "About the author" / "THE AUTHOR" over the author's name, or "Author" under it
            # ("Nawaz Dhandala" / "Author" / "@nawazdhandala • Jan 26, 2026": wcxb-dev 4414).
            card = _names_by_label(blocks, i)
            if card and not names:
                return card
            continue
        label = _LABELLED.match(text)
        if label is None:
            continue
        # The label as written, its colon with it ("Posted by" and "Posted by:" differ).
        colon = ":" if text[label.end() :].lstrip().startswith(":") else ""
        written = label[0].casefold().rstrip(" :") + colon
        if is_intro(text) and i + 1 < len(blocks):
            # "Written By" on a line of its own, the name on the next.
            text = f"{text} {blocks[i + 1].text}"
        parsed = parse_byline(text, lang, site_name=site)
        if parsed is None or not parsed.names:
            continue
        if not names:
            names, form = parsed.names, (b.kept, written)
        elif set(parsed.names) - set(names) and form == (b.kept, written):
            # A line of another form is no fellow teaser: a post's "Posted by David at ..."
            # over its readers' comments, "Posted by: John at ..." (wcxb-dev 0452).
            return ()
    return names


# An avatar's initials standing between the "Author" label and the name ("CP").
_INITIALS = regex.compile(r"^\p{Lu}{1,3}$")


def _names_by_label(blocks: tuple[Block, ...], i: int) -> tuple[str, ...]:
    """The plain names an author label at `i` stands over, or the one it stands under.

    Over: each name past its avatar's initials and followed by its job title ("Author" / "CP"
    / "Chengcheng Pei" / "Staff Software Engineer, MongoDB" / "YL" / "Yuan Lin": wcxb-dev
    0444). Under: "Nawaz Dhandala" / "Author" / "@nawazdhandala • Jan 26, 2026" (4414).
    """
    names: list[str] = []
    # A second person only past the first one's title or the next one's initials: a name
    # line right under a name is the next block's heading ("Related Program", wcxb-dev 4079).
    carded = True
    for block in blocks[i + 1 : i + 1 + _CARD_LINES]:
        line = " ".join(block.text.split())
        if _INITIALS.match(line) or (names and is_role(line)):
            carded = True
            continue
        if not carded or not _plain_name(line) or len(names) == _MAX_CARD_PEOPLE:
            break
        names.append(line)
        carded = False
    if names:
        return tuple(names)
    # Under the name only without a colon: "Author:" labels what follows ("Logging HOWTO" /
    # "Author:" / "Vinay Sajip <vinay_sajip at ...>", wcxb-dev 2859).
    label = blocks[i].text.strip()
    above = " ".join(blocks[i - 1].text.split()) if i > 0 else ""
    if _THE_AUTHOR.match(label) and not label.endswith(":") and _plain_name(above):
        return (above,)
    return ()


# How many lines under an author label its card may take, and how many people it may name.
_CARD_LINES = 10
_MAX_CARD_PEOPLE = 4


def _writer_bio(blocks: tuple[Block, ...], lang: str | None) -> tuple[str, ...]:
    """The writer of the first bio that opens with a name the page also prints alone.

    "Julia Gralberg" alone on a line, and "Julia Gralberg is a freelance travel writer, ..."
    under the story: the author card (wcxb-dev 0141, 0352, text 0246, 4078). A bio without
    the name's own line may be a quoted expert's.
    """
    lines: set[str] | None = None
    for b in blocks:
        writer = bio_name(b.text, lang)
        if writer is None:
            continue
        lines = lines if lines is not None else {" ".join(x.text.split()) for x in blocks}
        if writer in lines:
            return (writer,)
    return ()


def _lift_head(  # noqa: PLR0913 - the near-headline pass reads bare names too
    blocks: tuple[Block, ...],
    out: list[Block],
    head: range,
    lang: str | None,
    known: tuple[str | None, set[str], bool],
    *,
    bare_names: bool = False,
) -> tuple[tuple[str, ...], str | None, bool]:
    """Drop the byline blocks in `head`; return their names, date, and whether they are teasers.

    Teasers: a second byline, apart from the first, naming somebody else (a section front
    lists stories, each with its author). `known` is the site's name, the byline markup's
    lines, and whether lines the extraction dropped are read as "Name, Job Title" bylines.
    """
    site, markup, trust_dropped = known
    names: tuple[str, ...] = ()
    date: str | None = None
    last_byline = -2
    teasers = False
    # A few blocks past the head are read too, only to notice a teaser's byline.
    # Right under a scrape's headline the lines past the window are the story's own credits
    # ("Fact Checked By" / "Editor, Embarque"), not teasers: only the window is read there.
    probe = 0 if bare_names else _TEASER_PROBE
    title = next((b.text for b in blocks if b.kind == "title"), "")
    for i in range(head.start, min(len(blocks), head.stop + probe)):
        b = blocks[i]
        if (
            len(b.text) > _MAX_BYLINE_CHARS
            or (0 < i < head.stop and _speaker_line(blocks[i - 1].text, b.text, lang))
            or _is_headline(b, title)
            or _furniture(b.text, lang)
        ):
            continue
        if i >= head.stop:
            later = parse_byline(b.text, lang, site_name=site)
            teasers = teasers or bool(later and set(later.names) - set(names) and names)
            continue
        parsed = (
            _parse_block(b, lang, site, markup, trust_dropped=trust_dropped, teams=bare_names)
            or (
                _name_line(blocks, i, lang, site)
                if trust_dropped or _html_name_line(b, i)
                else None
            )
            or (_bare_name(blocks, i, lang, site, top=i == head.start) if bare_names else None)
            or (_post_card(blocks, i, site) if bare_names else None)
            or (_credit_under_headline(b.text) if bare_names else None)
        )
        if parsed is None and is_intro(b.text) and i + 1 < len(blocks):
            # "Written by" on a line of its own, the name on the next.
            parsed = parse_byline(f"{b.text} {blocks[i + 1].text}", lang, site_name=site)
            if parsed is not None and parsed.names and blocks[i + 1].kept:
                out[i + 1] = blocks[i + 1].evolve(kind="byline").drop("byline")
        if parsed is None or (names and _past_own_date(blocks, i, last_byline, lang)):
            continue
        parsed = _filed_from(parsed, blocks, i, lang)
        if not names or i == last_byline + 1:
            # Names on consecutive lines ("Ana Beltrán" / "Pablo Herrero") are one byline.
            names += tuple(n for n in parsed.names if n not in names)
        elif set(parsed.names) - set(names) and not all(map(is_role, parsed.names)):
            # A job title under the byline ("National Biotech Reporter" over the date line)
            # is no second person.
            teasers = True
        last_byline = i
        date = date or parsed.date or _date_below(blocks, out, i, lang)
        if b.kept:
            out[i] = b.evolve(kind="byline").drop("byline")
    return names, date, teasers


# What follows the headline in a page's title line: the site's name after a separator.
_TITLE_TAIL = regex.compile(r"^\s*[|–—·•:-]")


# The `drop.*` categories of the rules files whose lines are a page's furniture: a button, a
# label, a menu entry, never a person. Left out are the categories whose lines hold a byline's
# own parts (an author's bio, a date, a reading time, a photographer's, editor's or press
# contact's credit): "Jane Doe · 5 min read" is a byline all the same.
_FURNITURE = frozenset(
    """
    share newsletter navigation cookies comment_prompt related read_also sponsored tags paywall
    copyright app_prompt feedback shop forum_ui event_ui cta code_ui citation_ui podcast_ui
    gallery toc breadcrumb document_form discount
    """.split(),  # noqa: SIM905 - a word list reads best as words
)


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _furniture(text: str, lang: str | None) -> bool:
    """Whether the language's rules drop `text` as furniture (share, follow, subscribe, ...).

    Such a line is never a name, however like one it reads: "ਸਾਂਝਾ ਕਰੋ" (Punjabi "Share")
    under the "updated" date line passed for a name beside its date, in a script without
    capitals to tell a name by (golden pa-khabar-ludhiana-mandi-jhona-text).
    """
    return Rules.load(lang).why_dropped(text) in _FURNITURE


def _is_headline(block: Block, title: str) -> bool:
    """Whether `block` is the headline a text scrape repeats from its title line.

    "Ceisteanna Coitianta" (Irish "Frequently asked questions") over "Nuashonraithe: 3 Samhain
    2026" reads as a name over its date line, but the title line opens with it before the
    site's name: the page's heading (golden ga-ceisteanna-coitianta-colaiste-text). A name the
    title only holds further on ("<story> | Jane Doe") is not the headline.
    """
    if block.dropped_by != "title_repeat" or not title:
        return False
    text, line = " ".join(block.text.split()).casefold(), " ".join(title.split()).casefold()
    return line.startswith(text) and bool(_TITLE_TAIL.match(line[len(text) :]))


def _past_own_date(blocks: tuple[Block, ...], i: int, last_byline: int, lang: str | None) -> bool:
    """Whether `blocks[i]` comes right under the date line that follows the byline found.

    "Trung Tran" / "Published: 27/05/2024" / "Content Map": the line under the byline's own
    date line reads as a name beside that date, but it is the next heading, not a second
    byline (wcxb-dev-text 1222).
    """
    return i == last_byline + 2 and _dateline(blocks[i - 1].text, lang)


def _filed_from(parsed: Byline, blocks: tuple[Block, ...], i: int, lang: str | None) -> Byline:
    """`parsed`, without the name of a place a newsroom's credit line stands over.

    "Redacción" over "Villanueva del Campo | 10/02/2025 - 13:27 h.": under a line that credits
    a newsroom or a wire, a name beside the date is the place the story was filed from; the
    date stays (golden es-breve-local-pie-foto-largo-text).
    """
    if parsed.names and parsed.date and _under_newsroom(blocks, i, lang):
        return Byline(names=(), date=parsed.date, agency=True)
    return parsed


def _under_newsroom(blocks: tuple[Block, ...], i: int, lang: str | None) -> bool:
    """Whether the line over `blocks[i]` only credits a newsroom or a wire ("Redacción", "EFE").

    Under it, a line that is no byline of its own ("Por Ana Ruiz | 10/02/2025" is one) names
    no co-author: newsrooms print the place the story was filed from there ("Villanueva del
    Campo | 10/02/2025").
    """
    if i == 0:
        return False
    above = blocks[i - 1].text
    if len(above) > _MAX_NAME_PIECE or not is_agency(above):
        return False
    return parse_byline(blocks[i].text, lang) is None


# How many lines under a byline its date line may come ("Written by A" / "Share" / "date").
_DATE_BELOW_REACH = 2


def _date_below(
    blocks: tuple[Block, ...], out: list[Block], i: int, lang: str | None
) -> str | None:
    """The date of a dateline just under the byline at `i` (dropped as "date"), if any.

    "Written by Moses Kim" over "April 8, 2024": the scrape split the byline from its date
    (wcxb-dev-text). An "Updated" line is no publication date and is left alone.
    """
    for j in range(i + 1, min(len(blocks), i + 1 + _DATE_BELOW_REACH)):
        text = blocks[j].text
        if len(text) > _MAX_BYLINE_CHARS or not _dateline(text, lang):
            continue
        # The line before joins in: a label on a line of its own ("Page updated:") counts.
        context = blocks[j - 1].text[-30:] + " "
        found = [d for d in find_dates(context + text, lang) if d.start >= len(context)]
        if not found or found[0].updated:
            return None
        if blocks[j].kept:
            out[j] = blocks[j].evolve(kind="date").drop("date")
        return found[0].iso
    return None


def _lift_author_box(
    out: list[Block],
    span: range,
    lang: str | None,
    site: str | None,
    markup: set[str],
) -> tuple[str, ...]:
    """Drop the author box and credit lines at the end of the article; return its names."""
    names: tuple[str, ...] = ()
    for i in span:
        b = out[i]
        if not b.kept or len(b.text) > _MAX_BYLINE_CHARS:
            continue
        if _AUTHOR_BOX.match(b.text) or " ".join(b.text.split()).casefold() in markup:
            out[i] = b.evolve(kind="byline").drop("byline")
            continue
        parsed = parse_byline(b.text, lang, site_name=site)
        if parsed is not None and parsed.names and _is_credit_line(b.text):
            names = names or parsed.names
            out[i] = b.evolve(kind="byline").drop("byline")
    return names


def _parse_block(  # noqa: PLR0913 - the near-headline pass reads team credits too
    b: Block,
    lang: str | None,
    site: str | None,
    markup: set[str],
    *,
    trust_dropped: bool,
    teams: bool = False,
) -> Byline | None:
    """The byline `b` holds, read as a line or known from the page's byline markup.

    With `teams` (under a scrape's headline), a "By" line that credits a team names it.
    """
    parsed = parse_byline(b.text, lang, site_name=site)
    if parsed is not None and teams and not parsed.names:
        parsed = _team_byline(b.text, parsed) or parsed
    if parsed is not None and (
        trust_dropped
        or (b.kept and not _in_link_card(b))
        or not parsed.agency
        or has_intro_word(b.text)
    ):
        # A line the HTML extraction dropped that reads as "Name, Job Title" only by its shape
        # is a menu or a shop's filter far more often ("Development - Contributing",
        # "Conference Chairs - Leather Executive Chairs"; wcxb-dev: 5 inventions gone, no
        # author lost). Text scrapes keep them: their extraction drops real bylines
        # (golden en-wire-name-pipe-agency-text).
        return parsed
    if " ".join(b.text.split()).casefold() in markup:
        # Byline markup naming someone in two words or more writes them capitalised or all in
        # lower case (a user's "crazy lennys", wcxb-dev 4259): "Personal finance" over the date
        # is the post's category (wcxb-dev 4880).
        names = tuple(
            n
            for n in clean_names(b.text, site_name=site)
            if " " not in n or n.islower() or looks_like_name(n)
        )
        return Byline(names=names, date=find_date(b.text, lang))
    return None


# A block under a link that wraps block elements ("…/a/div/div[2]/p"): a card of a grid or a
# teaser list, the whole card one link.
_LINK_CARD = regex.compile(r"/a(?:\[\d+\])?/")


def _in_link_card(b: Block) -> bool:
    """Whether `b` lies inside a link that wraps blocks: a shop tile or a teaser card.

    Such a block that reads as "Name, Job Title" only by its shape is a product's variant
    ("Camo Black, 80's Vice Pockets" on a shop's grid, wcxb-dev 4022, once the extraction kept
    the grid's tiles), the way a dropped line of that shape is a menu entry.
    """
    return _LINK_CARD.search(b.origin) is not None


def _is_story_paragraph(text: str) -> bool:
    """Whether `text` reads as a paragraph of prose: long, with sentences, mostly lower case.

    A run of menu entries that a scrape joined into one block is long too, but it has no
    sentence ends and its words are capitalised.
    """
    if len(text) > _LONG_BLOCK_CHARS:
        # Nothing this long is a menu; and counting its words would cost time on huge pages.
        return True
    words = text.split()
    if len(words) < _STORY_WORDS or not _SENTENCE_END.search(text):
        return False
    capitalised = sum(w[:1].isupper() for w in words)
    return capitalised <= len(words) * _MAX_CAPITALISED_SHARE


def _name_line(
    blocks: tuple[Block, ...],
    i: int,
    lang: str | None,
    site: str | None,
) -> Byline | None:
    """Read a line that is only a name, next to its date line, as many news sites print it.

    "Ana Beltrán" over "Madrid - 15 ENE 2024", or "Dakota Hebert July 3, 2025". A lone name
    elsewhere may be anything (a heading, a menu entry), so the date line is required; names
    stacked above one another ("Ana Beltrán" / "Pablo Herrero") share it.
    """
    text = " ".join(blocks[i].text.split())
    dated = _name_and_date(text, lang)
    if dated is not None:
        return dated
    placed = _name_of_place_line(blocks, i, text, lang)
    if placed is not None:
        return placed
    if not looks_like_name(text) or len(text.split()) < _MIN_PIECE_WORDS:
        return None
    if site and text.casefold() == site.casefold():
        return None
    j = i + 1
    while j < len(blocks) and j <= i + _MAX_STACKED_NAMES and _plain_name(blocks[j].text):
        j += 1
    after = blocks[j].text if j < len(blocks) else ""
    before = blocks[i - 1].text if i > 0 else ""
    for line in (after, before):
        if line and len(line) <= _MAX_BYLINE_CHARS and _dateline(line, lang):
            return Byline(names=(text,), date=find_date(line, lang))
    return None


def _name_of_place_line(
    blocks: tuple[Block, ...], i: int, text: str, lang: str | None
) -> Byline | None:
    """Read "Name, City" over its date line: a reporter and the place the story was filed from.

    "ਹਰਪ੍ਰੀਤ ਸਿੰਘ ਗਿੱਲ, ਲੁਧਿਆਣਾ" over "ਪ੍ਰਕਾਸ਼ਿਤ: 25 ਨਵੰਬਰ 2026" (golden
    pa-khabar-ludhiana-mandi-jhona-text), "Jane Doe, Madrid" over "March 3, 2025": regional
    news prints its correspondents so. The place is one word, or words that do not read as a
    full name: "Jane Doe, John Smith" over a date is two writers (`_names_beside_date`). The
    date line must come right under it.
    """
    name, sep, place = text.partition(",")
    name, place = name.strip(), place.strip()
    if not sep or "," in place or not _plain_name(name) or is_role(name):
        return None
    words = place.split()
    if not words or len(words) > _MAX_PLACE_WORDS or any(w[:1].islower() for w in words):
        return None
    if not _PLACE_CHARS.fullmatch(place) or is_role(place) or is_agency(place):
        return None
    if len(words) > 1 and _plain_name(place):
        return None
    below = blocks[i + 1].text if i + 1 < len(blocks) else ""
    if not below or len(below) > _MAX_BYLINE_CHARS or not _dateline(below, lang):
        return None
    return Byline(names=(name,), date=find_date(below, lang))


# A reporter's place after the name: "Ludhiana", "New Delhi", "Santa Cruz Norte" at most, in
# letters only (no digits: "Jane Doe, 12 comments" is no place).
_MAX_PLACE_WORDS = 3
_PLACE_CHARS = regex.compile(r"[\p{L}\p{M}'’.\- ]+")


# A team's credit: "The Investopedia Team", "Podium Staff", "News Desk", "Die Redaktion".
_TEAM_CREDIT = regex.compile(
    r"(?i)(?:\b(?:team|staff|desk|editors|redaktion|rédaction|redacción|redazione|équipe|equipo)"
    r"|newsdesk)$"
)


def _bare_name(
    blocks: tuple[Block, ...],
    i: int,
    lang: str | None,
    site: str | None,
    *,
    top: bool = False,
) -> Byline | None:
    """Read a name alone on its line under a scrape's headline, by the line beside it.

    "Nicoletta Richardson" over "Trending Editor", "Ryan Carrigan" over "Last Updated: Dec 17,
    2025 • 5 min read", "By" over "Sara Brown": a scrape puts the byline's parts on lines of
    their own. Right under the headline, a full name over a date line, a reading time or a
    job title, or under a lone "By", is the author (wcxb-dev-text). The next line only: two
    lines down, a menu's entries are as often dated or titled.
    """
    text = " ".join(blocks[i].text.split())
    if i > 0 and is_intro(blocks[i - 1].text) and _TEAM_CREDIT.search(text):
        # "By" over "The Investopedia Team": a team a byline credits (wcxb-dev-text).
        credit = credit_value(text)
        return Byline(names=(credit,)) if credit else None
    one = _plain_name(text) and not is_role(text)
    names = (text,) if one else _names_beside_date(text)
    # "Published in" / "Build Notes" / "·" / "7 min read": the publication a blog platform's
    # post belongs to, not its writer (golden en-medium-howto-claps-text).
    if (
        not names
        or (site and text.casefold() == site.casefold())
        or (i > 0 and _PUBLICATION_INTRO.match(blocks[i - 1].text))
    ):
        return None
    if one and ((i > 0 and is_intro(blocks[i - 1].text)) or (top and _over_story(blocks, i, text))):
        # Under a lone "By"; or alone between the headline and the story's first paragraph
        # ("Andrei Zakhareuski", wcxb-dev-text 0018).
        return Byline(names=names)
    j = i + 1

    if j + 1 < len(blocks) and (
        not _ALNUM_CHAR.search(blocks[j].text) or _EMAIL_LINE.match(blocks[j].text)
    ):
        # "Chris Toy" / "•" / "March 17, 2025": the bullet between them got a line of its own;
        # "Kadri Tamm" / "kadri.tamm@..." / "14. november 2025": so did the author's e-mail
        # (golden et-uudised-praam-text).
        j += 1
    line = " ".join(blocks[j].text.split()) if j < len(blocks) else ""
    if not line or len(line) > _MAX_BYLINE_CHARS:
        return None
    # "March 19, 2024 in Build Hardware Troubleshooting": the forum section after the date.
    bare = _IN_SECTION.sub("", READING_TIME.sub(" ", line)).strip()
    if (not bare and one) or (
        bare and (_dateline(bare, lang) or (_DATE_LABEL.match(bare) and find_dates(bare, lang)))
    ):
        # A reading time alone counts only under a full name: "Prep" over "10 mins" is a
        # recipe's step (wcxb-dev-text).
        return Byline(names=names, date=find_date(bare, lang) if bare else None)
    # "Jana Krüger" / "Redakteurin Smart Home" / "21.11.2026, 10:05 Uhr": the writer's trade
    # and desk between the name and the date (golden de-saugroboter-test-testnote-text).
    dated = _role_over_date(line, blocks, j + 1, lang)
    # A job title under the name, or a blog platform's follow button ("Priya Raman" /
    # "Follow": golden en-medium-howto-claps-text).
    signed = (
        dated
        or is_job_title(line)
        or _FOLLOW_BUTTON.match(line) is not None
        or _lower_case_title(line)
    )
    date = find_date(blocks[j + 1].text, lang) if dated else None
    return Byline(names=names, date=date) if one and signed else None


def _over_story(blocks: tuple[Block, ...], i: int, text: str) -> bool:
    """Whether the name `text` on line `i` stands right over the story's first paragraph.

    Not the name printed twice (the avatar's alt text, then the name: 1405, 4589): a menu's
    doubled entries are as common ("Subject Area" / "Subject Area", 4343). A heading's words
    come back in lower case on the page (`_never_lower`).
    """
    j = i + 1
    return (
        j < len(blocks)
        and blocks[j].kept
        and _is_story_paragraph(blocks[j].text)
        and _never_lower(blocks, text)
    )


def _post_card(blocks: tuple[Block, ...], i: int, site: str | None) -> Byline | None:
    """A blog platform's post card under a scrape's headline: name, short date, reading time.

    "Gabo" / "Jan 23" / "11 min read", "Kalyn Keen" / "Jun 9" / "5 min read" (Wix blogs,
    wcxb-dev-text): the date has no year and the name may be a first name alone, so the three
    lines together say it is the writer's card.
    """
    if i + 2 >= len(blocks):
        return None
    text = " ".join(blocks[i].text.split())
    name = _plain_name(text) or (_ONE_WORD.match(text) is not None and not is_role(text))
    if (
        not name
        or (site and text.casefold() == site.casefold())
        or not is_short_date(blocks[i + 1].text)
        or READING_TIME.sub("", blocks[i + 2].text).strip()
        or not READING_TIME.search(blocks[i + 2].text)
    ):
        return None
    return Byline(names=(text,))


def _role_over_date(line: str, blocks: tuple[Block, ...], j: int, lang: str | None) -> bool:
    """Whether `line` opens with a role word ("Redakteurin Smart Home") over a date line."""
    words = line.split()
    return (
        0 < len(words) <= _MAX_TITLE_LINE_WORDS
        and is_role(words[0])
        and j < len(blocks)
        and len(blocks[j].text) <= _MAX_BYLINE_CHARS
        and _dateline(blocks[j].text, lang)
    )


# The most words of a job title line with its desk ("Redakteurin Smart Home").
_MAX_TITLE_LINE_WORDS = 5


def _lower_case_title(line: str) -> bool:
    """Whether `line` opens with a job title in lower case, then says more after a comma.

    "publicysta, były radny miasta" under "Tomasz Zieliński": many languages write the
    columnist's trade in lower case, and a line that opens so is no heading nor menu entry
    (golden pl-felieton-opinia-autor-text).
    """
    head, comma, _ = line.partition(",")
    return bool(comma) and head[:1].islower() and is_job_title(head)


# The line over a blog platform's publication name ("Published in" / "Build Notes").
_PUBLICATION_INTRO = regex.compile(
    r"(?i)^\s*(?:published\s+in|publicado\s+en|publié\s+dans|pubblicato\s+(?:in|su)|"
    r"veröffentlicht\s+in)\s*$"
)
# A follow button alone on its line.
_FOLLOW_BUTTON = regex.compile(r"(?i)^\s*(?:follow|folgen|suivre|seguir|segui)\s*$")
_ALNUM_CHAR = regex.compile(r"[\p{L}\p{N}]")
_EMAIL_LINE = regex.compile(r"^\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$")


def _credit_under_headline(text: str) -> Byline | None:
    """The team or company a "By ..." line under a scrape's headline credits (see `by_credit`)."""
    credit = by_credit(text) if len(text) <= _MAX_BYLINE_CHARS else None
    return Byline(names=(credit,)) if credit else None


# "By Resy Staff", "by Marketing Team", "By The Currency editors": a byline crediting a team.
_BY_TEAM = regex.compile(r"^(?i:by)\s+(?P<team>.+)$")


def _team_byline(text: str, parsed: Byline) -> Byline | None:
    """The team a byline under a scrape's headline credits, where it names no person.

    WCXB counts such credits as the author, as it does a team's meta author tag (see
    `credit_value`); a "By" line right under the headline says the team wrote the story.
    """
    m = _BY_TEAM.match(" ".join(text.split()))
    if m is None or not _TEAM_CREDIT.search(m["team"]):
        return None
    credit = credit_value(m["team"])
    return Byline(names=(credit,), date=parsed.date) if credit else None


# "By Clay": a lone word after "By" (a name only over a date line).
_BY_ONE_WORD = regex.compile(r"^(?i:by)\s+(?P<name>\p{Lu}[\p{L}\d._-]{1,30})$")
# "Wyndo" over "Dec 04, 2025": a first name or a pen name alone.
_ONE_WORD = regex.compile(r"^(?P<name>\p{Lu}\p{Ll}{2,20})$")


def _names_beside_date(text: str) -> tuple[str, ...]:
    """The names of a line that is a byline only when a date line stands under it.

    A list of full names ("Naftali Tishby, Fernando C. Pereira, William Bialek"), one
    capitalised word ("Wyndo"), or "By" and one word ("By Clay", which alone is as often a
    filter label: "Shop by Brand").
    Under a scrape's headline and over its date line, both are its byline (wcxb-dev-text).
    """
    if m := _BY_ONE_WORD.match(text) or _ONE_WORD.match(text):
        name = m["name"]
        return (name,) if looks_like_name(name, strict=False) and not is_role(name) else ()
    # "Naftali Tishby, Fernando C. Pereira, William Bialek": full names in a list, split where
    # `authors` splits a byline's names ("A, B and C", "A und B", "A et B").
    parts = [p for p in NAME_SPLIT.split(text) if p]
    if len(parts) < 2 or not all(_plain_name(p) and not is_role(p) for p in parts):
        return ()
    return tuple(parts)


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _dateline(text: str, lang: str | None) -> bool:
    """`is_dateline`, remembered: the same header lines are asked about again and again."""
    return is_dateline(text, lang)


# A blog theme's post header ends in the count of its comments: "Susan   December 9, 2024   0
# Comments" (wcxb-dev-text).
_COMMENT_COUNT = regex.compile(
    r"(?i)\s*[|·•–—-]?\s*(?:\d+|no)\s+(?:comments?|responses?|replies|kommentare?|"
    r"commentaires?|comentarios?|commenti|reacties)\s*$",
)


# A date's label ends the text before the date: "Published:", "• Updated on", "Last Updated:",
# with the time before the date ("Published 10:19am 19 December 2025"): the `[byline.date_label]`
# words of the page's language (`byline_words.date_label_end`).


# A post's length beside its reading time: "6279 words" (wcxb-dev-text 0415).
_WORD_COUNT = regex.compile(r"(?i)[\s•·|,–—-]*\b\d[\d,.]*\s*words\b[\s•·|,–—-]*")


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _name_and_date(text: str, lang: str | None) -> Byline | None:
    """Read "Dakota Hebert July 3, 2025" or "Sarah Schwartz, December 17, 2025"."""
    if len(text) > _MAX_NAME_DATE_CHARS:
        return None
    text = _COMMENT_COUNT.sub("", unglue(text))
    found = find_dates(text, lang)
    if not found:
        return None
    # "Paramita (Guha) Ghosh Published: January 3, 2024", "David Hartshorne•Updated on Jul 4,
    # 2024": the date's label between the name and the date (wcxb-dev-text 4295, 2301). An
    # update's date is no publication date, but the name beside it is still the writer's.
    # "Adam RobertsFri 5 Dec 2025": the weekday opens the date (wcxb-dev 4370).
    label_end = byline_words.date_label_end(lang)
    name = without_weekday(label_end.sub("", text[: found[0].start]).strip(_SEPARATORS))
    if found[0].updated:
        # Not after a separator: ", Global DeskLast Updated: ..." continues the line above
        # ("Advaita Suresh"), a desk beside its writer (wcxb-dev-text 0475).
        labelled = name != text[: found[0].start].strip(_SEPARATORS)
        own = labelled and _plain_name(name) and text[:1] not in _SEPARATORS
        return Byline(names=(name,)) if own else None
    if not name:
        # "2025-12-17 · Trond Teigen": the date first.
        rest = _WORD_COUNT.sub(" ", READING_TIME.sub(" ", text[found[0].end :]))
        # "December 15, 2025 · 30 min · 6279 words · Ash Vardanian" (wcxb-dev-text 0415).
        name = _IN_SECTION.sub("", rest).strip(_SEPARATORS)
        # "Dec. 19, 2025 · Niko Matsakis on behalf of Vision Doc group" (wcxb-dev 0379).
        name = names_part(name).strip(_SEPARATORS) or name
        return Byline(names=(name,), date=found[0].iso) if _plain_name(name) else None
    if not _plain_name(name) or not is_dateline(text[found[0].start :], lang):
        return None
    return Byline(names=(name,), date=found[0].iso)


def _plain_name(text: str) -> bool:
    text = " ".join(text.split())
    # A line in capitals alone is a heading or a label ("VEHICLE MAINTENANCE SCHEDULE",
    # wcxb-dev 4185); a byline in capitals has its "By".
    return looks_like_name(text) and len(text.split()) >= _MIN_PIECE_WORDS and not text.isupper()


def _is_credit_line(text: str) -> bool:
    """Whether a line at the end of the article is only a credit ("Written by Jane Doe")."""
    words = text.split()
    return len(words) <= 12 and looks_like_name(" ".join(words[-2:]), strict=False)
