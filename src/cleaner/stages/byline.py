"""Stage `byline`: find who wrote the page and take the byline lines out of its body.

Authors come, in this order of trust, from the page's structured data (JSON-LD `author` of the
article, a Person and not an Organization), its meta tags (`author`, `article:author`,
`dc.creator`, ...), its byline markup (`rel="author"`, `itemprop="author"`, elements whose class
or id says "author" or "byline"), and byline lines in the text ("By Jane Doe | Reuters",
"Von Anna Müller", "Par Jean Dupont"). A plain-text scrape has only the last. Byline lines and
author boxes found among the blocks are dropped with the reason "byline".

This module ranks the sources; the readers live beside it: `cleaner.author_markup` (what an
HTML page's markup says), `cleaner.byline_blocks` (bylines among the blocks, and what goes
from the body), `cleaner.byline_lines` (what one line and its neighbours say),
`cleaner.thread_authors` (a forum thread's starter), and `cleaner.authors` (a byline's names).
"""

from __future__ import annotations

import lxml.html
import regex

from cleaner import jsonld, pageindex
from cleaner.author_markup import (
    NOT_ARTICLE_OG_TYPES,
    Found,
    dated_teasers,
    from_markup,
    host_label,
    line_credit,
    markup_team,
    poster_attribute,
    poster_username,
    scan,
    story_list,
)
from cleaner.authors import (
    field_byline,
    has_intro_word,
    has_starter_hint,
    is_agency,
    is_role,
    looks_like_name,
    parse_byline,
    parse_thread_starter,
)
from cleaner.byline_blocks import (
    archive_link_name,
    drop_author_card,
    labelled_author,
    lift_bylines,
    text_credit,
)
from cleaner.byline_lines import is_publication_intro, never_lower, plain_name
from cleaner.byline_words import shared_words
from cleaner.dates import DATELINE_CHARS, find_dates
from cleaner.document import Block, Document
from cleaner.thread_authors import (
    asker,
    avatar_starter,
    card_handle,
    card_starter,
    dotted_starter,
    first_post_head,
    first_post_poster,
    floor_starter,
    profile_starter,
    thread_posts,
)
from cleaner.titles import title_parts


def byline(doc: Document) -> Document:
    """Find the page's authors and drop byline lines and author boxes from the body.

    Reads: tree, jsonld, blocks, lang, meta.site_name. Writes: meta.authors, meta.date (only
    from a date in a byline line, when no date is known yet), blocks[].kind and
    blocks[].dropped_by ("byline").
    """
    site = doc.meta.site_name
    names: tuple[str, ...] = ()
    markup_lines: list[str] = []
    found: Found | None = None
    if doc.kind == "html" and doc.tree is not None:
        found = scan(pageindex.of(doc), jsonld.of(doc))
        site = site or found.site_name
        names = from_markup(found, site, doc.lang, host_label(doc.url))
        markup_lines = found.markup
    blocks, from_text, date = lift_bylines(
        doc.blocks,
        doc.lang,
        site,
        markup_lines,
        box_names=doc.kind == "text",
        title=found.title if found is not None else "",
    )
    thread = thread_posts(blocks, doc.lang)
    thread_date: str | None = None
    if thread is not None:
        # A byline found above the posts (a blog's, over comments that say "X wrote:") wins.
        blocks, starter, started = thread
        thread_date = started
        if not from_text:
            from_text, date = starter, started or date
    teasers = found is not None and (
        dated_teasers(found.markup, doc.lang) or story_list(found, site, doc.lang)
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
            if has_starter_hint(b.text) and (name := parse_thread_starter(b.text)) is not None
        ),
        (),
    )
    if not starter and doc.kind == "text":
        starter, from_text = _text_starter(blocks, doc.lang, from_text, threaded=thread is not None)
    from_text = _field_cut(doc, blocks, from_text)
    authors = doc.meta.authors or starter or _desk_yields(names, from_text, site) or from_text
    if not authors and doc.kind == "text":
        authors, card_date = _text_last_resort(blocks, doc.lang, site)
        authors = (
            authors
            or _field_byline(blocks, doc.decoded, doc.lang)
            or _name_under_headline(blocks, doc.lang)
            or _avatar_name(blocks, blocks[0].text if blocks else "", _pictured(blocks))
            or archive_link_name(blocks, doc.lang)
        )
        date = date or card_date
    if not authors and found is not None and doc.tree is not None:
        authors = (
            _html_last_resort(found, doc.tree, site, teasers=teasers)
            or _avatar_name(blocks, found.title, _avatar_alts(doc.tree))
            or archive_link_name(blocks, doc.lang)
        )
    if not starter and thread is None:
        # A thread's poster heads their own post, which is no bio (wcxb-dev forum 0561).
        blocks = drop_author_card(blocks, authors)
    meta = doc.meta.evolve(authors=authors)
    if date and not doc.meta.date and (doc.kind == "text" or date == thread_date):
        # A thread's first post header dates an HTML page too (de-forum-thread-waermepumpe).
        meta = meta.evolve(date=date)
    return doc.evolve(blocks=blocks, meta=meta)


def _text_starter(
    blocks: tuple[Block, ...], lang: str | None, from_text: tuple[str, ...], *, threaded: bool
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A text Q&A page's asker, and the names the byline passes read, maybe a card's user name.

    A forum card's display name read under the headline ("Marta") yields to the user name the
    card prints over it ("martaverde", `card_handle`), where no post header made a thread.
    """
    starter = asker(blocks, lang)
    if starter or threaded:
        return starter, from_text
    return starter, card_handle(blocks, lang, from_text)


def _text_last_resort(
    blocks: tuple[Block, ...], lang: str | None, site: str | None
) -> tuple[tuple[str, ...], str | None]:
    """The last resorts of a text scrape that names no author, and the date they give.

    A thread's posters' cards, the starter's first, then a "Written by" line anywhere.
    """
    authors, date = floor_starter(blocks, lang)
    if not authors:
        authors, date = card_starter(blocks, lang)
    if not authors:
        authors, date = dotted_starter(blocks, lang)
    if not authors:
        authors, date = first_post_head(blocks, lang)
    authors = (
        authors
        or first_post_poster(blocks)
        or avatar_starter(blocks)
        or profile_starter(blocks)
        or labelled_author(blocks, site, lang)
    )
    return authors or text_credit(blocks, lang), date


def _field_byline(blocks: tuple[Block, ...], decoded: str, lang: str | None) -> tuple[str, ...]:
    """The names of the first one-line block whose scrape line is a byline read field by field.

    `normalize` squashes the runs of spaces between a line's printed elements, so "By A. J. Neal
    View In Digital Edition" reads as no byline; the scrape's own line still parts them
    (`authors.field_byline`). Only lines whose squashed text names nobody are read again. On
    wcxb-dev-text, as the last resort: 3 right (0277, 0484, 4823), none wrong or invented.
    """
    lines: list[str] | None = None
    for b in blocks[1:]:
        span = b.line_span()
        if span is None or span[0] != span[1] or not has_intro_word(b.text, lang):
            continue
        lines = lines if lines is not None else decoded.splitlines()
        n = span[0] - 1
        line = lines[n] if n < len(lines) else ""
        if line == " ".join(line.split()) or " ".join(line.split()) != " ".join(b.text.split()):
            continue  # no runs of spaces, or `normalize` changed more than the spaces
        parsed = parse_byline(b.text, lang)
        if parsed is not None and parsed.names:
            continue
        if names := field_byline(line, lang):
            return names
    return ()


def _field_cut(doc: Document, blocks: tuple[Block, ...], names: tuple[str, ...]) -> tuple[str, ...]:
    """`names` cut where the scrape's byline line parts them from what the page printed after.

    A byline read whole over its date runs the name into the section link beside it: "by Harsh
    Vaibhav  Global Commons May 2nd 202511 mins" is "Harsh Vaibhav Global Commons" to
    `parse_byline` (wcxb-dev-text 4511), the scrape's run of spaces after "Vaibhav" says where
    the name ends (`authors.field_byline`). Only a one-line block with a byline's intro word
    whose fields give as many names, each the start of its name in `names`: the cut shortens
    a name, never adds one.
    """
    if doc.kind != "text" or not names:
        return names
    lines: list[str] | None = None
    for b in blocks:
        span = b.line_span()
        if span is None or span[0] != span[1] or not has_intro_word(b.text, doc.lang):
            continue
        lines = lines if lines is not None else doc.decoded.splitlines()
        n = span[0] - 1
        fields = field_byline(lines[n], doc.lang) if n < len(lines) else ()
        if fields and len(fields) == len(names):
            cut = tuple(
                f for f, name in zip(fields, names, strict=True) if name.startswith(f + " ")
            )
            if len(cut) == len(names):
                return cut
    return names


# How far under the headline the writer's name may stand (a standfirst or a category between),
# how far under the name its date (a line of `DATELINE_CHARS` at most), and how many of a name's
# words (wcxb-dev-text 0150, 0270, 4232, 4252, 4459: see `_name_under_headline`).
_NAME_REACH = 3
_NAME_DATE_REACH = 4
_NAME_WORDS = (2, 3)
# The headline: a line repeating the title line or a part of it of three words or more, among
# the scrape's first 300 lines.
_HEADLINE_MIN_WORDS = 3
_HEADLINE_SCAN = 300
# Typographic quotes as plain ones: the headline prints "Beginner’s" where the `<title>` has "'".
_PLAIN_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})


def _key(text: str) -> str:
    """`text` compared as a title: plain quotes, one space, case-free."""
    return " ".join(text.translate(_PLAIN_QUOTES).split()).casefold()


def _title_keys(first: str) -> set[str]:
    """The title line and its parts of three words or more, as `_key`s."""
    return {_key(t) for t in (first, *title_parts(first)) if len(t.split()) >= _HEADLINE_MIN_WORDS}


def _headline_at(blocks: tuple[Block, ...]) -> int | None:
    """The index of the headline, None if there is none.

    The first block among the first 300 repeating the title line or a part of it of three words
    or more.
    """
    if not blocks:
        return None
    wanted = _title_keys(blocks[0].text)
    return next(
        (i for i, b in enumerate(blocks[1:_HEADLINE_SCAN], start=1) if _key(b.text) in wanted),
        None,
    )


def _name_under_headline(blocks: tuple[Block, ...], lang: str | None) -> tuple[str, ...]:
    """A full name alone on a line just under the headline, with a date beside it.

    The first line that repeats the `<title>` line or a part of it of three words or more is
    the headline; a name of two or three capitalised words within three lines under it (past
    a standfirst, under a menu the other passes stop at) names the writer when a date stands
    within four lines under it or two over the headline: "Joshua Waller" / "30 January 2025",
    "Emmanuel Oyibo" / "#Cloud Computing" / "Published on Oct 21, 2025", "April 18, 2024" /
    headline / "Tim Enwall" (wcxb-dev-text 0150, 0270, 4232, 4252, 4459; a forum card's
    "Linc Admin" and a listing's first post, 0559 and 2900, are its two misses). Without the
    date, menus' entries under a repeated heading were names as often ("Campus Directory").
    The page must never write the name's words in lower case (`never_lower`).
    """
    if not blocks:
        return ()
    wanted = _title_keys(blocks[0].text)
    at = _headline_at(blocks)
    if at is None:
        return ()
    low, high = _NAME_WORDS
    for j in range(at + 1, min(len(blocks), at + 1 + _NAME_REACH)):
        name = " ".join(blocks[j].text.split())
        if (
            not low <= len(name.split()) <= high
            or not plain_name(name)
            or is_role(name)
            or is_agency(name)
            or _key(name) in wanted
            or not never_lower(blocks, name)
        ):
            continue
        if is_publication_intro(blocks[j - 1].text, lang):
            return ()  # "Published in" / "Build Notes": a publication (en-medium-howto-claps-text)
        near = [*blocks[j + 1 : j + 1 + _NAME_DATE_REACH], *blocks[max(1, at - 2) : at]]
        dated = any(len(b.text) <= DATELINE_CHARS and find_dates(b.text, lang) for b in near)
        return (name,) if dated else ()
    return ()


def _avatar_name(blocks: tuple[Block, ...], title: str, pictured: set[str]) -> tuple[str, ...]:
    """A name printed alone just under the headline that a picture shows as its avatar.

    A help centre or blog prints the writer's picture, name and date (or "Updated 3 days ago",
    no date) under the headline; a markdown scrape keeps the picture as "![Avatar Nurul
    Aina](…)" (`_pictured`), an HTML page as `<img alt="Avatar Nurul Aina">` (`_avatar_alts`).
    `title` is the scrape's title line or the page's `<title>`. The name stands within three
    blocks under a block repeating the title or a part of it of three words or more: any of
    them, as the first may be the site's name over a menu (round U golden
    ms-panduan-markdown-pencetak-resit-bluetooth-text: "Pusat Bantuan KedaiKu" over its menu,
    the headline, then "Nurul Aina" / "Dikemas kini 3 hari lalu"). On the 35 wcxb-dev HTML
    pages with such a picture, read alone it names 21 writers, all right, and nobody on the
    others (a forum's and a service page's); every one of them is named by markup already.
    """
    if not pictured:
        return ()
    wanted = _title_keys(title)
    for i, b in enumerate(blocks[:_HEADLINE_SCAN]):
        if _key(b.text) not in wanted:
            continue
        for under in blocks[i + 1 : i + 1 + _NAME_REACH]:
            if _key(under.text) in pictured:
                return (" ".join(under.text.split()),)
    return ()


def _avatar_alts(tree: lxml.html.HtmlElement) -> set[str]:
    """The people an HTML page's pictures name as avatars in their alt texts, as `_key`s."""
    return {
        _key(named[0])
        for alt in tree.xpath("//img/@alt")
        if (named := avatar_alt_name(str(alt))) is not None
    }


def _pictured(blocks: tuple[Block, ...]) -> set[str]:
    """The people a markdown scrape's pictures name as avatars (`avatar_alt_name`), as `_key`s."""
    return {
        _key(named[0])
        for b in blocks
        if b.dropped_by == "image" and (named := avatar_alt_name(b.text)) is not None
    }


# An author's picture in a scrape's markdown, by its alt text: "![Avatar Nurul Aina](…)",
# "![Nurul Aina's avatar](…)", "![Foto von Anna Weber](…)" (round U golden
# ms-panduan-markdown-pencetak-resit-bluetooth-text, a help centre's article card): the words
# pages of many languages use for a profile picture's alt text; the name is what is left.
# `text_forms` takes the picture out as a dropped block ("image") of its alt text.
_AVATAR_ALT = regex.compile(
    r"(?i)^(?:(?:user\s+)?avatar|аватар|profile\s+(?:picture|photo|image)|profilbild"
    r"|photo\s+de\s+profil|foto\s+(?:de\s+)?perfil|gambar\s+profil|foto\s+profil)"
    r"(?:\s*:|\s+(?:of|for|von|de|di|van|do|da|dari))?\s+(?P<name>.+)$"
    r"|^(?P<owner>.+?)(?:['’]s)?\s+(?:avatar|profile\s+(?:picture|photo))$"
    r"|^(?:photo|picture|foto|bild)\s+(?:of|von|de|di|van|do|da)\s+(?P<subject>.+)$"
)


def avatar_alt_name(alt: str) -> tuple[str, bool] | None:
    """The person an image's alt text names, and whether it says "avatar" (not "photo of").

    Example:
        >>> avatar_alt_name("Avatar Nurul Aina"), avatar_alt_name("Foto von Anna Weber")
        (('Nurul Aina', True), ('Anna Weber', False))
    """
    m = _AVATAR_ALT.match(" ".join(alt.split()))
    if m is None:
        return None
    name = (m["name"] or m["owner"] or m["subject"] or "").strip()
    if not plain_name(name) or is_role(name) or is_agency(name):
        return None
    return name, m["subject"] is None


def _html_last_resort(
    found: Found, tree: lxml.html.HtmlElement, site: str | None, *, teasers: bool
) -> tuple[str, ...]:
    """The last resorts of an HTML page that names no author.

    A team or company a "By" line or byline markup credits, else the poster an attribute names.
    """
    authors: tuple[str, ...] = ()
    if found.og_type not in NOT_ARTICLE_OG_TYPES and not teasers:
        authors = line_credit(found)
    if not authors and not teasers:
        authors = markup_team(found)
    return authors or poster_attribute(tree, site) or poster_username(tree, site, found.og_type)


def _lower_word(name: str) -> bool:
    """Whether `name` has a lower-case word after its first that is no surname particle.

    A team's credit has none ("The Investopedia Team" in the markup stands over a reviewer's
    line: wcxb-dev 0044).
    """
    particles = shared_words("name_particle")
    return any(w[:1].islower() and w.casefold() not in particles for w in name.split()[1:])


def _desk_yields(
    markup: tuple[str, ...], lines: tuple[str, ...], site: str | None
) -> tuple[str, ...]:
    """The markup's names, unless they are all desks and a byline line names a person.

    A desk the markup credits ("Redazione" in the microdata's author) yields to the person the
    page's own byline line names ("Scritto da Luca Giacometto" at the foot: golden
    it-cronaca-locale-joomla-html). So does the publication's own name in the author tag
    ("Five Books" over the story's "Sylvia Bishop": wcxb-dev 4371). So does an office: a
    value of several words that is no person's name, a unit's name with lower-case words in
    it ("Služba za komuniciranje", a university's communications office, over the story's
    closing "Besedilo: Tina Zupan": golden sl-typo3-univerza-novica-grafen-html).
    """
    key = " ".join(site.split()).casefold() if site else None

    def desk(name: str) -> bool:
        return (
            is_agency(name)
            or " ".join(name.split()).casefold() == key
            or (_lower_word(name) and not looks_like_name(name))
        )

    if markup and lines and all(map(desk, markup)) and not any(map(desk, lines)):
        return ()
    return markup
