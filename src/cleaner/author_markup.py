"""Authors from an HTML page's markup: JSON-LD, meta tags, byline elements, header lines.

One walk over the page (`scan`, on the elements `PageIndex` picks) collects every author
signal its markup holds: the JSON-LD nodes, the author meta tags and og:type, the text of the
byline elements outside comments, menus and teasers, and the short lines between the `<h1>`
and the story. `from_markup` weighs them (structured names first; a visible byline that names
more people, or a "By" line naming somebody the tags never show, wins) and tells a list of
teasers from the page's own byline (`dated_teasers`, `story_list`). The last resorts of a page
that names nobody are here too: a team's credit (`line_credit`, `markup_team`) and a forum
post's poster attribute (`poster_attribute`).
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import cast
from urllib.parse import urlsplit

import lxml.etree
import lxml.html
import regex

from cleaner import byline_words, jsonld
from cleaner.authors import (
    by_credit,
    clean_names,
    credit_value,
    has_intro_word,
    is_agency,
    is_intro,
    is_job_title,
    is_role,
    looks_like_name,
    name_split,
    opens_with_intro,
    parse_byline,
)
from cleaner.byline_lines import (
    CREDIT_HEADER_LINES,
    DATE_LABEL,
    MAX_BYLINE_CHARS,
    MAX_NAME_PIECE,
    MIN_PIECE_WORDS,
    QUOTATION,
    dateline,
    name_and_date,
    plain_name,
)
from cleaner.dates import find_date
from cleaner.jsonld import JsonLd
from cleaner.pageindex import PageIndex
from cleaner.thread_authors import MAX_CARD_NAME, thread_starter

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
# Class and id words of byline markup ("byline", "author", "autor", "verfasser"), matched as
# whole words (split on space, "-", "_"): `[words.byline_class]` in common.toml.
# Class and id words of the places where a name is somebody else's: comment threads, teasers
# of other stories, menus, footers, reviews ("comments", "related", "sidebar", "opiniones"):
# `[words.elsewhere_class]` in common.toml.
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
_SUBHEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_LINE_TAGS = frozenset({"p", "div", "span", "address", "small", "li", "time", "a", "em"})
_BLOCK_TAGS = frozenset({"div", "p", "section", "article", "ul", "ol", "table", "figure"})
# Byline markup: the elements `PageIndex.byline_candidates` picks by substring tests on their
# class, id, itemprop, rel and (links) href, in the walk of the tree it shares with the captions
# stage; `_is_byline_markup` then tests the words ("uthor" catches lower and capitalised
# spellings; links are picked for "/aut" and `_AUTHOR_HREF` sorts them). It replaced the XPath
# `//@class[contains(., 'uthor') or ...]/.. | ...`, which took 2.2 ms a page on sh-html (five
# descendant scans, each contains() copying the value) for the same elements.
# Three different people in byline markup with none under the headline: a teaser list.
_TEASER_PEOPLE = 3
_HOST_NOISE = frozenset(
    {"www", "m", "blog", "com", "org", "net", "co", "uk", "de", "fr", "it", "es"},
)
# How many header lines after a bare name its date line may come.
_NAME_DATE_REACH = 4


@dataclass(slots=True)
class Found:
    """What one pass over the tree finds."""

    ld: JsonLd = field(default_factory=JsonLd)
    meta: dict[str, list[str]] = field(default_factory=dict)
    markup: list[str] = field(default_factory=list)
    header: list[str] = field(default_factory=list)
    site_name: str | None = None
    og_type: str | None = None
    title: str = ""


# Forum software names each post's writer in an attribute of the post's element, not in its
# text: reddit's `<shreddit-post author="...">`, XenForo's `data-author`, Discourse's
# `data-username`. The first such element outside comments, menus and asides is the thread's
# opening post (wcxb-dev: on the HTML pages where nothing else named an author, the first
# value was the author on all 5 pages that have one, and no page without an author has one;
# golden ru-forum-tema-kotel-html).
_POSTER_XPATH = lxml.etree.XPath("(//@author | //@data-author | //@data-username)/..")
_MAX_POSTERS = 5


def poster_attribute(tree: lxml.html.HtmlElement, site: str | None) -> tuple[str, ...]:
    """The user name the first post element of a forum page carries in an attribute."""
    for el in _elements(_POSTER_XPATH(tree))[:_MAX_POSTERS]:
        if not isinstance(el.tag, str) or el.tag == "meta" or _in_comments(el):
            continue
        value = " ".join(
            (el.get("author") or el.get("data-author") or el.get("data-username") or "").split()
        )
        if not value or len(value) > MAX_CARD_NAME or is_agency(value):
            continue
        if site and value.casefold() == site.casefold():
            continue
        return (value,)
    return ()


# Forum software prints each post's poster in an element of class "username": Flarum's
# `span.username` in `h3.PostUser-name`, phpBB's and XenForo's and vBulletin's `a.username`
# (golden yue-taolun-flarum-dinfanbou-faan-dai-nung-html, round AC: a Flarum thread saved
# rendered, no JSON-LD, no attribute naming the poster). The first such name outside comments,
# menus and asides is the starter's where it comes back in a later post's head (the starter
# replies): one name alone, or names that never repeat, are a widget's (a "latest posts" box).
# Only on a page that declares no article (`og:type`), and outside menus, asides, forms and
# quotes, but not outside "comment" boxes: Flarum's posts are `article.CommentPost`, and a blog's
# commenters under an article, who reply to each other, are what the `og:type` test keeps out.
_USERNAME_XPATH = lxml.etree.XPath(
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' username ')]"
)
_MIN_USERNAMES = 3


def poster_username(
    tree: lxml.html.HtmlElement, site: str | None, og_type: str | None
) -> tuple[str, ...]:
    """The thread starter a forum page's "username" elements name, if the starter posts again."""
    if og_type == "article":
        return ()
    names = [
        " ".join(el.text_content().split())
        for el in _elements(_USERNAME_XPATH(tree))
        if isinstance(el.tag, str) and not any(a.tag in _ELSEWHERE_TAGS for a in el.iterancestors())
    ]
    names = [n for n in names if n and len(n) <= MAX_CARD_NAME]
    if len(names) < _MIN_USERNAMES:
        return ()
    first = names[0]
    if first not in names[1:] or is_agency(first) or (site and first.casefold() == site.casefold()):
        return ()
    return (first,)


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


def scan(index: PageIndex, ld: JsonLd) -> Found:
    """Collect every author signal of the page.

    The page index picks the few elements worth a look with cheap substring tests, and the
    full tests run only on those: running them on every element cost about 20 ms a page.
    """
    found = Found(ld=ld)
    for el in index.elements("meta"):
        _read_meta(el, found)
    memo: dict[lxml.html.HtmlElement, bool] = {}
    for el in index.byline_candidates:
        if _is_byline_markup(el) and not _elsewhere(el, memo):
            text = " ".join(el.text_content().split())
            if 0 < len(text) <= MAX_BYLINE_CHARS:
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
        if p != whole and len(p) <= MAX_NAME_PIECE and len(p.split()) >= MIN_PIECE_WORDS
    ]


def _read_meta(el: lxml.html.HtmlElement, found: Found) -> None:
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
    if tag == "p" and len(text) > MAX_BYLINE_CHARS:
        return _HEADER_ELEMENTS
    if 3 <= len(text) <= MAX_BYLINE_CHARS and (not lines or lines[-1] != text):
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
    return is_byline_class(f"{words} {ident}")


def elsewhere_words(value: str) -> frozenset[str]:
    """The words of a class or id attribute that place a name elsewhere (`_elsewhere`'s test).

    Example:
        >>> sorted(elsewhere_words("comment-list reply"))
        ['comment', 'reply']
    """
    tokens = set(_WORD_SPLIT.split(value.casefold())) if value.strip() else set()
    return frozenset(tokens & byline_words.shared_words("elsewhere_class"))


def is_byline_class(value: str) -> bool:
    """Whether a class or id attribute's words name byline markup (`[words.byline_class]`).

    Example:
        >>> is_byline_class("post-author vcard"), is_byline_class("comment-body")
        (True, False)
    """
    tokens = set(_WORD_SPLIT.split(value.casefold()))
    return bool(tokens & byline_words.shared_words("byline_class"))


def _elsewhere(el: lxml.html.HtmlElement, memo: dict[lxml.html.HtmlElement, bool]) -> bool:
    """Whether `el` sits in a comment thread, a teaser list, a menu or a footer.

    `memo` keeps the answer for every ancestor walked: the byline elements of a page share
    most of their ancestors (wcxb-dev: a third of the byline stage's Python time went here).
    """
    path = []
    result = False
    in_story = False
    elsewhere = byline_words.shared_words("elsewhere_class")
    for anc in el.iterancestors():
        if not in_story:
            # Above the story's item the answer depends on having come through it, so
            # neither the memo nor the walk past it is shared with other elements.
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
        hits = tokens & elsewhere
        if in_story:
            # Blogger wraps the posts in its "widget Blog" like the sidebar's gadgets: a
            # widget holding the story's own microdata item is the page's main column
            # (golden te-blog-karthika-deepalu-vyakhyalu-html).
            hits -= {"widget"}
        if hits and not (hits == {"footer"} and tokens & _OWN_PARTS):
            # An "entry-footer" or "post-footer" is the story's own foot, where its byline
            # often sits (golden ja-burogu-komento-onsen-html), not the page's footer.
            result = True
            break
        if not in_story and _story_item(anc):
            in_story = True
    for anc in path:
        # Every element walked lies inside the one that decided (or under the root).
        memo[anc] = result
    return result


# The microdata types of a story's item ("BlogPosting", "NewsArticle", "Article", ...).
_STORY_ITEMTYPE = regex.compile(r"(?i)(?:article|posting)/?$")
_ARTICLE_BODY = lxml.etree.XPath(".//*[contains(@itemprop, 'articleBody')]")


def _story_item(el: lxml.html.HtmlElement) -> bool:
    """Whether `el` is a story's microdata item holding the story's text (`articleBody`).

    A teaser in a "recent posts" widget may be an item of the same type, but it holds no
    article body.
    """
    itemtype = el.get("itemtype")
    if el.get("itemscope") is None or not itemtype:
        return False
    if not _STORY_ITEMTYPE.search(itemtype.split()[0]):
        return False
    return bool(_ARTICLE_BODY(el))


def from_markup(
    found: Found,
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
        if visible or found.og_type in NOT_ARTICLE_OG_TYPES or _no_story(found.ld):
            return visible
        return _meta_credit(found.meta)
    if len(visible) > len(names) and _folded(names) <= _folded(visible):
        return visible
    # "By Lizzie Streit, MS, RDN, LD" under the headline, "Stef Keegan" in the meta tag and an
    # author link elsewhere: the "By" line under the headline is the story's (wcxb-dev 4126).
    header = _intro_byline(Found(header=found.header), site, lang)
    # Only a byline sharing no word with the tags' names: "Par Claire" under the headline
    # is the first name of the JSON-LD's "Claire Dubois" (golden fr-blog-recette-tarte-
    # commentaires-html).
    return header if header and not _name_words(names) & _name_words(header) else names


def _over_handle(
    names: tuple[str, ...], found: Found, site: str | None, lang: str | None
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


def line_credit(found: Found) -> tuple[str, ...]:
    """The team or company a "By ..." line of byline markup or under the headline credits.

    "By The Currency editors", "By 3i Global", "by whova | Apr 21, 2025": no person is named
    anywhere, and the byline says outright who stands behind the text (see `by_credit`).
    """
    if (found.og_type or "").startswith("product") or found.ld.declares(_PRODUCT_TYPES):
        # "by Boss Office Products" under a product's name is its brand, not an author.
        return ()
    for line in (*found.markup, *found.header[:CREDIT_HEADER_LINES]):
        credit = by_credit(line)
        if credit is not None and not plain_name(credit):
            # A person's name after "By" was read as a byline already, unless the page's
            # byline markup turned out to be a list of teasers.
            return (credit,)
    return ()


def markup_team(found: Found) -> tuple[str, ...]:
    """A team's name alone in byline markup: "The Upwork Team", "EDB Team", "Newsdesk".

    The page credits its desk where a writer's name would stand (wcxb-dev 4233, 4413, 4606,
    0456); Yoast marks such blog posts og:type=website, so the page type does not gate it.
    """
    if (
        (found.og_type or "").startswith("product")
        or found.ld.declares(_PRODUCT_TYPES)
        # People named beside it: a list of teasers, one of them the staff's (wcxb-dev 1310).
        or any(
            plain_name(line) and not byline_words.team_credit().search(line)
            for line in found.markup
        )
    ):
        return ()
    for line in found.markup:
        credit = credit_value(line) if byline_words.team_credit().search(line) else None
        if credit is not None:
            return (credit,)
    return ()


_PRODUCT_TYPES = frozenset({"product", "productgroup", "offer", "aggregateoffer"})


def _intro_byline(found: Found, site: str | None, lang: str | None) -> tuple[str, ...]:
    """The names of the first header or byline-markup line that opens with a byline intro."""
    for line in (*found.header[:CREDIT_HEADER_LINES], *found.markup):
        if len(line) > MAX_BYLINE_CHARS or not opens_with_intro(line):
            continue
        parsed = parse_byline(line, lang, site_name=site)
        if parsed is not None and parsed.names:
            return parsed.names
    return ()


def _seen_in(name: str, found: Found) -> bool:
    """Whether the last word of `name` occurs in a byline element or a line under the headline."""
    key = name.rsplit(maxsplit=1)[-1].casefold() if name.split() else ""
    return any(key in line.casefold() for line in (*found.markup, *found.header))


def _visible_names(found: Found, site: str | None, lang: str | None) -> tuple[str, ...]:
    """The authors the visible page names: its byline markup and the lines under the headline."""
    header = _first_byline(found.header, site, lang)
    poster = thread_starter(found.markup, found.header)
    visible = poster or _first_names(found.markup, site, lang)
    if visible and not poster and not header and _many_people(found.markup, site, lang, visible):
        # Byline markup naming several different people, none of them under the headline:
        # a list of teasers (a section front, related stories), not this page's author.
        visible = ()
    if visible and not poster and not header and dated_teasers(found.markup, lang):
        visible = ()
    if not poster and story_list(found, site, lang):
        return ()
    if len(header) > len(visible) and _folded(visible) <= _folded(header):
        # "Rui Ma, Heba Ledwon, ... & Suparn Patra" under the headline; markup has one.
        visible = header
    return visible or header


# A front page's teasers: this many dated bylines in its markup, over two days or more.
_TEASER_BYLINES = 5


def dated_teasers(lines: list[str], lang: str | None) -> bool:
    """Whether the byline markup holds `_TEASER_BYLINES` dated bylines, newest first, over days.

    A front page lists its stories newest first, each with its byline, however few people
    write them ("Posted by EditorDavid on Sunday March 08, 2026 @03:34AM" over eleven more
    "Posted by EditorDavid on Saturday March 07, ...": wcxb-dev 2899). A thread's posts run
    oldest first; a live blog's entries share their day.
    """
    days: list[str] = []
    seen: set[str] = set()
    for line in lines:
        if len(line) > MAX_BYLINE_CHARS or line in seen or not has_intro_word(line, lang):
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


@functools.lru_cache(maxsize=4)
def _header_days(header: tuple[str, ...], lang: str | None) -> frozenset[str]:
    """The dates of the header lines under the `<h1>`; `story_list` is asked twice a page."""
    return frozenset(day for line in header if (day := find_date(line, lang)))


def story_list(found: Found, site: str | None, lang: str | None) -> bool:
    """Whether the lines under the `<h1>` date two or more stories, their markup three people.

    A blog's home page prints each story's title, date and writer under the blog's name
    ("Allocating on the Stack, 27 February 2026" / "Keith Randall", then "Using go fix ...,
    17 February 2026" / "Alan Donovan": wcxb-dev 2900). A story's own header dates it once
    (an "Updated" date is no second one).
    """
    if len(_header_days(tuple(found.header), lang)) < 2:
        return False
    first = _first_names(found.markup, site, lang)
    return bool(first) and _many_people(found.markup, site, lang, first)


def _folded(names: tuple[str, ...]) -> set[str]:
    """Names compared case-free and without an honorific ("Dr Marna van der Merwe")."""
    return {_HONORIFIC.sub("", n).casefold() for n in names}


_HONORIFIC = regex.compile(r"(?i)^(?:dr|prof|mr|mrs|ms|sir|dame|rev)\.?\s+")


# og:type values of pages that are no article: their author meta tag names the site's owner
# (wcxb-dev: 5 of the 6 such credits were on pages without an author).
NOT_ARTICLE_OG_TYPES = frozenset(
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


def host_label(url: str | None) -> str | None:
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
                min_words=MIN_PIECE_WORDS,
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
        names = clean_names(text, site_name=site, strict=True, min_words=MIN_PIECE_WORDS)
        if names:
            return names
        # "Dec. 19, 2025 · Niko Matsakis on behalf of Vision Doc group" (wcxb-dev 0379).
        dated = name_and_date(text, lang)
        if dated is not None and dated.names:
            return dated.names
    return ()


def _first_byline(lines: list[str], site: str | None, lang: str | None) -> tuple[str, ...]:
    """The names of the first line under the headline that reads as a byline."""
    for i, line in enumerate(lines):
        if i and QUOTATION.match(lines[i - 1]):
            # Under a quotation, "Rakesh Pabbi - Senior Partner" is its speaker (a testimonial,
            # a teaser's pull quote: wcxb-dev 0147), not the page's writer.
            continue
        # "Written by" in one element and the name in the next.
        text = f"{line} {lines[i + 1]}" if is_intro(line) and i + 1 < len(lines) else line
        parsed = parse_byline(text, lang, site_name=site) or name_and_date(text, lang)
        if parsed is None and _user_over_date(lines, i, lang):
            # "by jsteinhardt" over "18th Dec 2025": a post's header, read as one line, where
            # a bare "by" names a user as often as a person (wcxb-dev 0384).
            parsed = parse_byline(f"{line} · {lines[i + 2]}", lang, site_name=site)
        if parsed is not None and parsed.names:
            return parsed.names
        if i and _labelled_otherwise(lines[i - 1], line):
            continue
        # A job title on its own line beside the date is no name ("Former Deputy Tech Editor"
        # under "Will Judd": wcxb-dev 4823).
        title = is_job_title(line) and not byline_words.team_credit().search(line)
        people = (line,) if plain_name(line) and not title else _name_list(line)
        if not people and i + 1 < len(lines) and _one_name_over_date(line, lines[i + 1], lang):
            # "Supermove" over "February 8, 2022": a first name, a user or a company right
            # over the date line under the headline (wcxb-dev).
            return (line,)
        # The names of a list may follow it one per element before the date comes.
        reach = _NAME_DATE_REACH + (len(people) if len(people) > 1 else 0)
        if people and any(
            DATE_LABEL.match(near) or dateline(near, lang)
            for near in lines[max(0, i - 2) : i + reach]
            if near != line and len(near) <= MAX_BYLINE_CHARS
        ):
            # "Matteo Laratta" over "Last Updated: ...": a name beside the date block.
            return people
    return ()


def _user_over_date(lines: list[str], i: int, lang: str | None) -> bool:
    """Whether header line `i` is a word and a user name, the name an element of its own.

    The header's next line is the name alone (a user's link), the one after it a date line:
    "by jsteinhardt" / "jsteinhardt" / "18th Dec 2025"; not "by design", a phrase in one element.
    """
    if i + 2 >= len(lines):
        return False
    line, name = lines[i], lines[i + 1]
    return (
        len(name.split()) == 1
        and line.endswith(f" {name}")
        and len(line.split()) == len(name.split()) + 1
        and dateline(lines[i + 2], lang)
    )


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
        return is_other_label(whole[: -len(piece)])
    rest = whole[len(piece) :].lstrip()
    if not (whole.startswith(piece) and rest.startswith(",")):
        return False
    rest = rest[1:].strip()
    return bool(rest) and not (is_role(rest) or is_agency(rest) or plain_name(rest))


@functools.cache
def _other_label() -> regex.Pattern[str]:
    """A label of a header line's value that is no author: a contact person, a post's category.

    The labels are `[words.other_label]` in common.toml ("Contact", "Filed under", "Tags"): the
    whole text, any case, a colon maybe.
    """
    words = byline_words.lexicon("other_label", None).words
    alternation = "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in words) or "(?!)"
    return regex.compile(rf"(?i)^(?:{alternation})\s*:?$")


def is_other_label(text: str) -> bool:
    """Whether `text` labels a header line's value that is no author ("Filed under:").

    Example:
        >>> is_other_label("Filed under:"), is_other_label("Written by")
        (True, False)
    """
    return _other_label().match(text.strip()) is not None


# One word, capitalised or a camel-cased brand ("Kev", "ServiceTitan", "EcoFlow").
_ONE_NAME_WORD = regex.compile(r"^\p{Lu}[\p{Ll}\p{Lu}]{2,24}$")


def _one_name_over_date(line: str, below: str, lang: str | None) -> bool:
    """Whether `line` is a one-word name and `below` its date line ("Kev" / "January 1, 2026")."""
    if not _ONE_NAME_WORD.match(line) or line.isupper() or is_role(line):
        return False
    if line.casefold() in byline_words.shared_words("section_label"):
        return False
    if not looks_like_name(line) or len(below) > MAX_BYLINE_CHARS:
        return False
    bare = below.strip(" -–—|•·")
    return dateline(bare, lang) and not DATE_LABEL.match(bare)


def _name_list(line: str) -> tuple[str, ...]:
    """Return the names of a line made only of two or more full names ("Rui Ma, Heba Ledwon")."""
    if len(line) > MAX_BYLINE_CHARS:
        return ()
    parts = [p for p in name_split().split(line) if p]
    if len(parts) < 2 or not all(plain_name(p) for p in parts):
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
