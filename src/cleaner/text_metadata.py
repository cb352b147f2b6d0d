"""A plain-text scrape's title, site name and publication date, read from its lines.

A scrape opens with the page's `<title>` line (or a "skip to content" link, and then the first
headline-shaped line is the title); `text_metadata` picks the title and the site from it with
`titles.choose_text_title` and `cleaner.site_names`, labels the title line and the repeated
headline as dropped, and dates the scrape (`_scrape_date`): a thread's start date, the head's
dateline (a lone date line, a labelled line, a byline's date under the headline, a
place-and-date opening), then a lone early date, a labelled date anywhere, a date beside a
headline worded apart, a signed author box, a published/updated pair, a post's meta line with
its comment count, the date under a later repeat of the headline. A dateline it takes is
labelled dropped ("date"). Split out of `stages/metadata.py` in session 21; no rule changed.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re

import regex

from cleaner.authors import looks_like_name, opens_with_intro, parse_byline
from cleaner.dates import (
    DATELINE_CHARS,
    find_date,
    find_dates,
    is_dateline,
    opening_date,
)
from cleaner.document import Block, Document, Meta
from cleaner.page_dates import (
    MAX_HEADER_DATES,
    OVERLAP_WORD,
    YEAR_LIKE,
    date_lang,
    pager_date,
    published_before_update,
    published_re,
    signed_date,
    thread_start_re,
    url_date,
)
from cleaner.rules import Rules
from cleaner.site_names import (
    MASTHEAD_REACH,
    brand_site,
    copyright_owner,
    copyright_site,
    logo_site,
    named_title_site,
    text_site,
)
from cleaner.titles import (
    choose_text_title,
    clean_site_name,
    eligible,
    keep_wide_spaces,
    split_title,
    title_parts,
)


# The `_..._re()` functions compile their pattern on first use: a process that cleans only HTML
# pages need not compile them (docs/metadata.md, "First call").
# A publication label anywhere in a short line ("... | Posted on <date>"), not only opening it.
@functools.cache
def _published_anywhere_re() -> regex.Pattern[str]:
    return regex.compile(
        r"(?i)\b(?:published|posted\s+on|veröffentlicht|erschienen\s+am|publié|publiée|publicado|"
        r"publicada|pubblicato|pubblicata)\b",
    )


# A forum post's number "#1" at the start or end of its header line, or glued to an ISO date
# ("#1 · Jan 3, 2024", "11-29-2024, 09:03 AM #1", "Aug 08, 2006#12006-08-08T22:13").
_FIRST_POST_MARK = re.compile(r"^\s*#1(?!\d)|(?<![\w#])#1\s*$|#1(?=\d{4}-\d\d-\d\d)")


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


# Only the top of a text scrape holds the headline and its dateline; further down, a date line
# belongs to a comment or a related-article teaser. The head itself ends at the body's third
# long block (`_TEXT_BODY_STARTED`); this bounds the search for the headline's line, which a
# shop's mega-menu may push past block 400 (wcxb-dev-text 4809: headline and dateline at
# blocks 512-513 of 631; 400 until session 28, 800 moved no other page).
_TEXT_HEAD_BLOCKS = 800
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
# How far into a long line its opening label's date may stand (`_labelled_opening`).
_LABELLED_OPENING_CHARS = 60
# A lone date counts in the first 40% of a scrape's blocks (see `_lone_text_date`).
_LONE_DATE_REACH = 0.4
# A lone date counts on a byline-sized line; a longer one is a caption or a sentence that
# mentions a day ("... arrives in Goris on September 25, 2023", magazine-creations-karabakh).
_LONE_DATE_CHARS = 100


# How far into a scrape a title's full-width spaces are looked for (the `<title>` line and the
# headline under the menus).
WIDE_SPACE_CHARS = 20_000


# A line of script code opening a scrape, before its `<title>` line: BeautifulSoup's get_text()
# keeps the text of a <head>'s <script> ("window.dataLayer = window.dataLayer || [];",
# "gtag('js', new Date());"; golden hr-usporedba-gettext-robotski-usisavaci-text, round Y, took
# the first as its title). A statement or a brace ends it, and code punctuation stands before.
_SCRIPT_LINE = regex.compile(r"(?:.*[=(){}\[\]].*[;{}]|[{}\[\]()]+;?)")
# How many such lines may stand before the title line (a head's analytics snippets).
_SCRIPT_LEAD = 20


def _script_lead(blocks: tuple[Block, ...]) -> int:
    """How many blocks of script code open the scrape, under `_SCRIPT_LEAD`, short of all."""
    lead = 0
    while (
        lead < min(_SCRIPT_LEAD, len(blocks) - 1)
        and _SCRIPT_LINE.fullmatch(blocks[lead].text.strip()) is not None
    ):
        lead += 1
    return lead


def text_metadata(doc: Document) -> Document:
    """Title from the first line (the scrape's `<title>`), date from a dateline under it.

    Lines of script code before the first line (`_script_lead`) are passed over.
    """
    if lead := _script_lead(doc.blocks):
        read = _text_metadata(doc.evolve(blocks=doc.blocks[lead:]))
        return read.evolve(blocks=doc.blocks[:lead] + read.blocks)
    if lead := _placeholder_lead(doc.blocks):
        read = _text_metadata(doc.evolve(blocks=doc.blocks[lead:]))
        first = doc.blocks[0]
        title_line = first.evolve(kind="title").drop("title") if first.kept else first
        return read.evolve(blocks=(title_line, *doc.blocks[1:lead], *read.blocks))
    return _text_metadata(doc)


# A `<title>` of one letter is a placeholder ("A", "x": wcxb-dev-text 0255, 0384), as
# `titles.eligible` reads it.
_PLACEHOLDER_CHARS = 2


def _placeholder_lead(blocks: tuple[Block, ...]) -> int:
    """Where the headline stands when the title line is a placeholder, else 0.

    The headline is the first headline-shaped line under it (`_first_headline`); it is read
    as the title line, as under a skip link: the placeholder shares no word with it, so no
    candidate of the title chooser held it ("Contact Us" was taken on 0255).
    """
    if not blocks or sum(map(len, _WORD_CHARS.findall(blocks[0].text))) >= _PLACEHOLDER_CHARS:
        return 0
    for i, block in enumerate(blocks[1:_TEXT_TITLE_BLOCKS], start=1):
        text = " ".join(block.text.split())
        if len(text.split()) > _HEADLINE_BODY_WORDS:
            return 0
        if _headline_shaped(text):
            return i
    return 0


_WORD_CHARS = regex.compile(r"\w+")


def _text_metadata(doc: Document) -> Document:
    """`text_metadata` of a scrape whose first block is its first line of text."""
    if not doc.blocks:
        return doc
    blocks = list(doc.blocks)
    meta = doc.meta
    first = _title_line(blocks[0], date_lang(doc))
    headline_at = -1
    banner = _sentence_lead(first)
    if banner or is_skip_link(first.text):
        # The scrape opens with a skip link, not the page's <title>: the headline is the
        # first heading-sized line under the menus, and no title line names the site
        # (en-liveblog-storm-text). Under a paragraph of sentences (a cookie banner) the
        # headline is the line over the body's first paragraph: the banner's buttons come
        # first and are headline-shaped.
        title = (banner and _headline_over_body(blocks[1:_TEXT_TITLE_BLOCKS])) or _first_headline(
            blocks[1:_TEXT_TITLE_BLOCKS], doc.decoded.split("\n")
        )
        meta = meta.evolve(
            title=meta.title or title,
            site_name=meta.site_name
            or clean_site_name(copyright_site(doc, _masthead_blocks(blocks, title))),
        )
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
        title = keep_wide_spaces(title, [doc.decoded[:WIDE_SPACE_CHARS]])
        site = named_title_site(doc, first.text, title) or site
        if site:
            site = brand_site(blocks, first.text, site, title) or logo_site(
                doc, blocks, first.text, site, title
            )
        meta = meta.evolve(
            title=meta.title or title,
            site_name=clean_site_name(
                meta.site_name
                or site
                or text_site(doc, blocks, title)
                # A reader service or a dump whose title line is the headline alone: the
                # masthead under it names the site with the footer's copyright line (round X
                # goldens pl-produkt-*, tr-hizmet-*).
                or copyright_site(doc, _masthead_blocks(blocks, title))
            ),
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
    meta, blocks = _masthead_title(meta, blocks, date_lang(doc))
    meta, blocks = _wiki_tagline_title(meta, blocks)
    return doc.evolve(blocks=tuple(blocks), meta=_copyright_site_alone(doc, meta))


def _copyright_site_alone(doc: Document, meta: Meta) -> Meta:
    """`meta` named by the copyright line's owner alone, where nothing else names a site.

    Only an extractor's output with no title line and no masthead (trafilatura's keeps the
    title in its metadata): the footer's copyright line is all it shows of the site (round AA
    golden dv-blog-trafilatura-no-comments-gondudhoh-saafukurun-text). Under a title line or a
    masthead the owner alone stays no site: it is often a company the page does not show
    (`copyright_site`).
    """
    if meta.site_name is not None or meta.title is not None:
        return meta
    return meta.evolve(site_name=clean_site_name(copyright_owner(doc)))


# A wiki's tagline under the headline, "From <wiki>" (MediaWiki's `siteSub`: "From Wikipedia,
# the free encyclopedia", "Aus Wikipedia, der freien Enzyklopädie", "Ex Vicipaedia"). A dump
# with no <title> line opens with the wiki's name; the title chooser took the tagline, which
# holds that name (round AB golden la-declinatio-prima-links-dump-grammatica-text: "Ex
# Grammatica Aperta" under "Declinatio prima", the first line "Grammatica Aperta").
_FROM_WORDS = regex.compile(
    r"(?i)^(?:from|aus|de|da|du|van|uit|ex|z|ze|från|fra|frå|iz|из|з|από|kutoka|dari|lähde:)\s+"
)


def _wiki_tagline_title(meta: Meta, blocks: list[Block]) -> tuple[Meta, list[Block]]:
    """The headline over a "From <wiki>" tagline taken as the title, the wiki as the site.

    Only where the title is the tagline or the wiki's name, and that name is the first line:
    the line over the tagline, headline-sized and no sentence, is the headline.
    """
    first = " ".join(blocks[0].text.split()) if blocks else ""
    title = " ".join((meta.title or "").split())
    at = next(
        (i for i, b in enumerate(blocks[2:_TEXT_TITLE_BLOCKS], start=2) if _tagline(b.text, first)),
        None,
    )
    if at is None or title not in {first, " ".join(blocks[at].text.split())}:
        return meta, blocks
    headline = " ".join(blocks[at - 1].text.split())
    if not 0 < len(headline.split()) <= _HEADLINE_WORDS[1] or _SENTENCE_END.search(headline):
        return meta, blocks
    blocks = list(blocks)
    for i in (at - 1, at):
        if blocks[i].kept:
            blocks[i] = blocks[i].evolve(kind="title").drop("title")
    return meta.evolve(title=headline, site_name=meta.site_name or first), blocks


def _tagline(text: str, wiki: str) -> bool:
    """Whether `text` is "From <wiki>", alone or before a comma's gloss (`_FROM_WORDS`)."""
    text = " ".join(text.split())
    m = _FROM_WORDS.match(text)
    if m is None or not wiki:
        return False
    rest = text[m.end() :]
    return rest == wiki or rest.startswith(wiki + ",")


# A byline line is short: a <title> opening with "By" runs on ("By the Numbers: How ...").
_BYLINE_FIRST_WORDS = 8


def _title_line(first: Block, lang: str | None) -> Block:
    """The scrape's first block as its title line, or an empty block when it is a byline.

    A scrape opening with its byline ("ލިޔުނީ: Name", "By Jane Doe") is an extractor's output
    that left the headline out (trafilatura keeps it in its metadata), not a page's <title>
    line. A byline is never the title, and no other line may be made one (round AA golden
    dv-blog-trafilatura-no-comments-gondudhoh-saafukurun-text, whose title was its author line).
    """
    return Block(text="") if _byline_first(first.text, lang) else first


def _byline_first(text: str, lang: str | None) -> bool:
    """Whether the scrape's first line is a byline: an author intro and names, nothing else."""
    line = " ".join(text.split())
    if not line or len(line.split()) > _BYLINE_FIRST_WORDS or not opens_with_intro(line):
        return False
    parsed = parse_byline(line, lang)
    return parsed is not None and bool(parsed.names)


def _masthead_blocks(blocks: list[Block], title: str | None) -> list[Block]:
    """The blocks under the first line that a masthead stands in: down to the headline's line."""
    wanted = _headline_key(title or "")
    top = next(
        (
            i
            for i, b in enumerate(blocks[1:], start=1)
            if wanted and _headline_key(b.text) == wanted
        ),
        len(blocks),
    )
    return blocks[1 : min(top, 1 + MASTHEAD_REACH)]


def _masthead_title(meta: Meta, blocks: list[Block], lang: str | None) -> tuple[Meta, list[Block]]:
    """The title and site when the first line was the site's masthead, not a <title>.

    The headline is the one over the dateline (`_headline_over_dateline`); the masthead's name
    after a separator in it is the site's, not the headline's.
    """
    masthead = " ".join(blocks[0].text.split())
    logo = _logo_title(meta, blocks)
    at = (
        _headline_over_dateline(blocks, meta, lang, logo is not None)
        if masthead == meta.title or logo
        else None
    )
    if at is None:
        return meta, blocks
    masthead = logo or masthead
    headline, _ = split_title(blocks[at].text, masthead)
    blocks = list(blocks)
    if blocks[at].kept:
        blocks[at] = blocks[at].evolve(kind="title").drop("title")
    return meta.evolve(title=headline, site_name=masthead), blocks


# A scrape with no <title> line opens with the site's masthead, one to three words ("트래블온",
# "مجلة المدار": goldens ko-riseutikeul-jeju-gyeoul-yeohaengji-gettext-strip-text and
# ar-tahqiq-tawil-sur-alazbakiya-iqtibasat-text, round X, get_text of a news page and a
# magazine's long-read, where the masthead became the title). A short first line is often the
# page's real <title> ("Backup Strategy", "DEV Community": wcxb-dev-text 0495, 3014), so the
# masthead reading needs an article's head under it: the page's dateline, and a headline-shaped
# line within `_DATELINE_REACH` lines above it (the topmost: a standfirst or a byline may stand
# between them).
_MASTHEAD_WORDS = 3
_DATELINE_REACH = 5
# The dateline writes its year: a relative date ("·5d ago·9 min read") under a blog index's first
# teaser is no article's head (wcxb-dev-text 2972, whose title is the masthead "Netflix TechBlog").
_YEAR = regex.compile(r"(?<!\d)\d{4}(?!\d)")


# A logo's alt in brackets opening the first line, alone or before the links beside it: a w3m or
# lynx dump's image. One to `_MASTHEAD_WORDS` words; an alt that only says "image" names no site.
_BRACKETED_LOGO = regex.compile(r"^\s*\[(?P<alt>[^\[\]\d]+?(?:\s[^\[\]\s\d]+){0,2})\](?:\s|$)")
_IMAGE_WORDS = frozenset({"img", "image", "logo", "icon", "inline", "bild", "imagen", "immagine"})


def _logo_title(meta: Meta, blocks: list[Block]) -> str | None:
    """The title when it is the site's logo: the line under the title line, a run of it.

    "Jornal da Ribeira" printed under "Jornal da Ribeira - Versão para impressão" (a print
    page's `<title>` names the site and the page's kind, no headline: golden
    pt-versao-impressao-imprimir-ponte-douro-text). Or the logo's alt a dump prints in brackets
    opening the first line (`_BRACKETED_LOGO`). None when the title is anything else.
    """
    bracketed = _BRACKETED_LOGO.match(blocks[0].text) if blocks else None
    if (
        bracketed is not None
        and bracketed["alt"].casefold() not in _IMAGE_WORDS
        # beside it a few link words at most: a <title> line's bracketed kicker ("[인터뷰]
        # "…" … - 마을신문", golden ko-inteobyu-mundap-text) runs on
        and len([w for w in blocks[0].text[bracketed.end() :].split() if w.isalpha()])
        <= _MASTHEAD_WORDS
    ):
        # A dump prints the masthead's logo as its alt in brackets, the login links beside it:
        # "[تارىم خەۋەرلىرى]   كىرىش | تىزىملىتىش" (w3m, round AA golden
        # ug-xewer-w3m-dump-turpan-kishmish-text, whose title was that line).
        return " ".join(bracketed["alt"].split())
    title = meta.title or ""
    if len(blocks) < 2 or not 0 < len(title.split()) <= _MASTHEAD_WORDS:
        return None
    logo = " ".join(blocks[1].text.split())
    parts = title_parts(blocks[0].text)
    if logo != title or len(parts) < 2 or title not in {parts[0], parts[-1]}:
        return None
    return title


def _headline_over_dateline(
    blocks: list[Block], meta: Meta, lang: str | None, logo: bool = False
) -> int | None:
    """The index of the headline over the page's dateline when the first line is a masthead.

    With `logo` the masthead is the line under the first (`_logo_title`), and the search
    starts under it.
    """
    if not meta.date or (not logo and len(blocks[0].text.split()) > _MASTHEAD_WORDS):
        return None
    previous = ""
    for i in range(1, min(len(blocks), _TEXT_HEAD_BLOCKS)):
        text = blocks[i].text
        line = _line_date(text, previous, lang)
        previous = text
        if line is None or line[0] != meta.date:
            continue
        if not _YEAR.search(text):
            return None  # "5d ago" under a blog index's first teaser (wcxb-dev-text 2972)
        j = next(
            (
                j
                for j in range(max(1 + logo, i - _DATELINE_REACH), i)
                if _headline_shaped(blocks[j].text) and eligible(blocks[j].text)
            ),
            None,
        )
        # A listing prints each teaser twice (a carousel, then the list): an article's headline
        # stands once (wcxb-dev-text 2972's "Mount Mayhem at Netflix: …", a blog index).
        if j is None or sum(b.text == blocks[j].text for b in blocks) > 1:
            return None
        return j
    return None


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
    bounds = [b.line_span() for b in blocks]
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


# A reader service's header line "Published Time: 2026-11-20T10:15:00+02:00", which text_forms
# takes out as "markdown_header": the page's article:published_time, written in the page's own
# offset, so its day as printed. It dates the page before any date line of the body, which on an
# event page is the event's (golden uk-podiia-reader-markdown-orhannyi-kontsert-text, round Y,
# took the concert's bold "13 грудня 2026" line).
_READER_PUBLISHED = re.compile(
    r"Published Time:\s*(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-][\d:]{2,5})?)?"
)


def _reader_published(blocks: list[Block]) -> str | None:
    """The ISO day of a reader service's "Published Time:" header line, or None."""
    for block in blocks:
        if block.dropped_by != "markdown_header":
            continue
        found = _READER_PUBLISHED.fullmatch(block.text.strip())
        if found is None:
            continue
        try:
            return dt.date.fromisoformat(found.group(1)).isoformat()
        except ValueError:
            return None
    return None


def _scrape_date(
    doc: Document, meta: Meta, blocks: list[Block], headline_at: int
) -> tuple[Meta, list[Block]]:
    """Date a text scrape: its reader header's date, a thread's start date, its dateline, ...

    Under a reader header's date the body's dateline is still found and taken out where it
    gives the same day; a date line giving another day is no dateline of the page and stays.
    """
    published = _reader_published(blocks)
    dated, dated_blocks = _body_date(doc, meta, list(blocks), headline_at)  # it edits its list
    if published is None or dated.date == published:
        return dated, dated_blocks
    return meta.evolve(date=published), blocks


def _body_date(
    doc: Document, meta: Meta, blocks: list[Block], headline_at: int
) -> tuple[Meta, list[Block]]:
    """Date a text scrape from its lines: a thread's start date, its dateline, else a lone date."""
    lang = date_lang(doc)
    rules_lang = doc.lang  # the rules files go by the page's language, not its date reading
    if lang != doc.lang:
        doc = doc.evolve(lang=lang)  # read its dates day first; the article keeps its language
    if start := _thread_start_date(blocks, lang) or _topic_created_date(blocks, lang):
        return meta.evolve(date=start), blocks
    meta, blocks = _text_dateline(doc, meta, blocks, headline_at)
    if meta.date is not None:
        return meta, blocks
    texts = [b.text for b in blocks[1:]]
    # The last resorts, in this order, where the head gives no dateline.
    date = (
        _lone_text_date(blocks, lang)
        or _labelled_text_date(blocks, lang)
        or _date_beside_headline(blocks, lang)
        or signed_date(texts, lang)
        or published_before_update(texts, lang, reach=1)
        or _commented_date(blocks, rules_lang, lang)
        or _repeated_headline_date(blocks, lang)
        or pager_date(texts, lang)
    )
    return (meta.evolve(date=date) if date else meta), blocks


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
            if len(text) > DATELINE_CHARS or not YEAR_LIKE.search(text):
                continue
            dates = [d for d in find_dates(text, lang) if not d.updated]
            if dates and (j == i + 1 or is_dateline(text, lang)):
                found.add(dates[0].iso)
                break
        if len(found) > MAX_HEADER_DATES:
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
        if len(text) > DATELINE_CHARS or not YEAR_LIKE.search(text):
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
            if len(found) > MAX_HEADER_DATES:
                return None
    return next(iter(found), None)


# The shown headline shares most of its words with the `<title>` line or one of its parts,
# though it is often worded apart ("7 Vital Tips on How to Rent a Car" under the title "7 Vital
# Tips to Hit the Road in a Rental Car"); its date stands a line or two above or below it.
_BESIDE_OVERLAP = 0.5
_BESIDE_ABOVE = 2
_BESIDE_BELOW = 3
# ... and another date within eight lines of it makes the pick unsure: none is taken (f9ba08f).
_BESIDE_REACH = 8
# A line repeating the title has at most this many words: a longer one is a paragraph that
# happens to share the title's words (f9ba08f).
_BODY_LINE_WORDS = 30
_HEADLINE_MIN_WORDS = 2


def _date_beside_headline(blocks: list[Block], lang: str | None) -> str | None:
    """The one date in the short lines around the first line that repeats most of the title.

    For scrapes whose dateline stands above the headline, or under a headline worded apart
    from the `<title>` or past the head `_text_dateline` reads (wcxb-dev-text: 6 right, 3
    invented on a listing and two documentation pages; 3 and 1 on the even ids, 3 and 2 on the
    odd). Two different dates near it, or a release date, give none.
    """
    title = " ".join(blocks[0].text.split())
    # Each part's word set once, not once per head line: a first line of a megabyte (a whole
    # scrape on one line) has tens of thousands of parts (session 23's review: 11 s a page).
    wanted = [s for s in map(_word_set, [title, *title_parts(title)]) if s]
    for i, block in enumerate(blocks[1:_TEXT_HEAD_BLOCKS], start=1):
        words = block.text.split()
        if not _HEADLINE_MIN_WORDS <= len(words) <= _BODY_LINE_WORDS:
            continue
        line = _word_set(block.text)
        if not line or max((_jaccard(line, w) for w in wanted), default=0.0) < _BESIDE_OVERLAP:
            continue
        # The date stands within a few lines; dates a little further down count against it,
        # as a list of teasers dates each one.
        near: set[str] = set()
        found: set[str] = set()
        previous = blocks[max(0, i - _BESIDE_ABOVE - 1)].text
        for j in range(max(1, i - _BESIDE_ABOVE), min(len(blocks), i + 1 + _BESIDE_REACH)):
            text = blocks[j].text
            if j != i and len(text) <= DATELINE_CHARS and YEAR_LIKE.search(text):
                if _release_date(previous, text):
                    return None
                dates = {d.iso for d in find_dates(text, lang) if not d.updated}
                found |= dates
                if j <= i + _BESIDE_BELOW:
                    near |= dates
            previous = text
        return near.pop() if len(found) == 1 and near == found else None
    return None


def _word_set(text: str) -> frozenset[str]:
    """The lower-cased words two lines are compared by (`_jaccard`)."""
    return frozenset(OVERLAP_WORD.findall(text.casefold()))


def _jaccard(wa: frozenset[str], wb: frozenset[str]) -> float:
    """Jaccard overlap of two non-empty word sets."""
    return len(wa & wb) / len(wa | wb)


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
        label = published_re().search(text)
        if (
            label is None
            and published_re().search(previous)
            and len(previous) <= _LABEL_ALONE_CHARS
        ):
            label = published_re().search(previous)
        previous = text
        if label is None or not YEAR_LIKE.search(text):
            continue
        dates = [d for d in find_dates(text, lang) if not d.updated]
        found.update(d.iso for d in dates[:1])
        if len(found) > MAX_HEADER_DATES:
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
        if len(text) > _LONE_DATE_CHARS or not YEAR_LIKE.search(text):
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


# A scrape's first line that is the page's "skip to content" link rather than its <title>:
# the words are data (`[words.skip_link]` in rules/common.toml, one list for every language).
# A phrase ends at a word's end ("Zum Inhaltsverzeichnis" is no "Zum Inhalt"), but in the
# scripts written without spaces ("本文へスキップ") the next character may be a letter.
@functools.cache
def _skip_link_re() -> regex.Pattern[str]:
    words = Rules.load().lexicon("skip_link").words
    phrases = sorted(
        (r"\s+".join(regex.escape(w) for w in phrase.split()) for phrase in words),
        key=len,
        reverse=True,
    )
    return regex.compile(
        rf"(?i)^\s*(?:{'|'.join(phrases)})"
        r"(?:(?<=[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}])|(?!\w))"
    )


def is_skip_link(line: str) -> bool:
    """Whether a scrape whose first line is `line` opens on a skip link, not its <title>."""
    return _skip_link_re().match(line) is not None


# A headline has a few words and ends without a full stop; menu entries have one or two.
_HEADLINE_WORDS = (4, 25)
# A block longer than this is the body's first paragraph: the headline stands before it
# (f785243, golden en-liveblog-storm-text, a scrape that opens on a skip link).
_HEADLINE_BODY_WORDS = 30


# A menu's items glued on one line ("☰ Menu Diário Paulista Assine Entrar Últimas Política
# Economia …", golden pt-ao-vivo-enem-segundo-dia-w3m-dump-text, round X, a w3m dump): this many
# words or more, each capitalised or no word at all, and no mark a headline's sentence has.
_MENU_LINE_WORDS = 6
# ... and a breadcrumb's separator ("Educação › Enem 2026", the same page) is no headline's.
_BREADCRUMB_MARK = regex.compile(r"\s[›»>]\s")
# ... or a trail of three steps or more split by slashes ("سەرەکی / خزمەتگوزارییەکان /
# پاککردنەوەی ماڵ", golden ku-sorani-xizmetguzari-select-all-pakkirdnewe-text): one slash may
# join a headline's two words ("Rock / Pop"), two seldom do.
_SLASH_TRAIL = regex.compile(r"\s/\s.*\s/\s")
_HEADLINE_MARK = regex.compile(r"[:,;?!\"'“”‘’«»„]")


def _menu_line(text: str) -> bool:
    """Whether `text` is menu items on one line (`_MENU_LINE_WORDS`), not a headline."""
    words = text.split()
    return (
        len(words) >= _MENU_LINE_WORDS
        and not _HEADLINE_MARK.search(text)
        and all(not w[:1].isalpha() or w[:1].isupper() for w in words)
    )


def _headline_shaped(text: str) -> bool:
    """A few words (`_HEADLINE_WORDS`), no full stop, no menu line and no breadcrumb."""
    text = " ".join(text.split())
    low, high = _HEADLINE_WORDS
    return (
        low <= len(text.split()) <= high
        and not text.endswith(".")
        and not _menu_line(text)
        and not _BREADCRUMB_MARK.search(text)
        and not _SLASH_TRAIL.search(text)
    )


# A first block wrapped over lines ("lines 1-3") with two full sentences or more is a paragraph
# (a cookie banner a whole-page dump prints first), never the page's one-line `<title>`: round AA
# golden gd-seirbheis-pandoc-plain-tabhartas-teasachaidh-text, whose title was its banner.
_SENTENCE_BREAK = regex.compile(r"\w[.!?。؟۔।][\"'”’»)]?\s+\S")
_SENTENCE_END = regex.compile(r"[.!?。؟۔।][\"'”’»)]?$")


def _sentence_lead(first: Block) -> bool:
    """Whether the scrape's first block is a wrapped paragraph of full sentences, no title."""
    span = first.line_span()
    text = " ".join(first.text.split())
    return (
        span is not None
        and span[1] > span[0]
        and _SENTENCE_BREAK.search(text) is not None
        and _SENTENCE_END.search(text) is not None
    )


def _headline_over_body(blocks: list[Block]) -> str | None:
    """The short line right over the first paragraph of `_HEADLINE_BODY_WORDS` words or more.

    A heading of any length but no sentence, list item or menu line: the service page's
    "Tabhartas Teasachaidh Geamhraidh" has three words (gd-seirbheis-*).
    """
    for before, block in itertools.pairwise(blocks):
        if len(block.text.split()) <= _HEADLINE_BODY_WORDS:
            continue
        text = " ".join(before.text.split())
        if (
            0 < len(text.split()) <= _HEADLINE_WORDS[1]
            and not _SENTENCE_END.search(text)
            and text[:1].isalnum()
            and not _menu_line(text)
            and not _BREADCRUMB_MARK.search(text)
        ):
            return text
        return None
    return None


def _first_headline(blocks: list[Block], lines: list[str]) -> str | None:
    """The first line of `blocks` shaped like a headline, before the body's first paragraph.

    `lines` are the scrape's lines, which the blocks' line spans number from 1.
    """
    for block in blocks:
        text = " ".join(block.text.split())
        if len(text.split()) > _HEADLINE_BODY_WORDS:
            return None
        if _headline_shaped(text) and not _tab_cells(block, lines):
            return text
    return None


def _tab_cells(block: Block, lines: list[str]) -> bool:
    """Whether `block` is one scrape line of cells split by tabs, as the scrape prints it.

    A table's row or a top bar's items (phone, opening hours, languages: golden
    ku-sorani-xizmetguzari-select-all-pakkirdnewe-text, a select-all copy) is no headline;
    normalize made the tabs spaces in the block's text.
    """
    span = block.line_span()
    return (
        span is not None and span[0] == span[1] <= len(lines) and "\t" in lines[span[0] - 1].strip()
    )


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
            (i < _TEXT_HEAD_BLOCKS and thread_start_re().search(text))
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
        from_url = url_date(doc.url) if picked is None else None
        return (meta.evolve(date=from_url) if from_url else meta), blocks
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
    reviews = _review_headers(blocks[start : min(end, _TEXT_HEAD_BLOCKS)], doc.lang)
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
        if line is None or (
            long_blocks > 0 and (text in reviews or _review_date(blocks, i, doc.lang))
        ):
            continue
        iso, dateline, labelled = line
        if dateline or labelled:
            dates.add(iso)
        if picked is None and (dateline or labelled or near):
            picked = (i, iso, dateline)
    return picked, dates


# A customer review's header line ("Paweł – 2 listopada 2026") stands next to its star or
# "verified purchase" line, which the rules drop as `rating` or `shop`: under a product's
# description it dates the review, not the page (golden
# pl-produkt-woocommerce-html2text-lampka-biurkowa-text, round X: two description paragraphs,
# under the three long blocks after which the head ends, then the dated reviews).
_REVIEW_CATEGORIES = frozenset({"rating", "shop"})


# A review's header without a rating line beside it in the scrape: a name, a "Reviewed" glued
# or not, a separator and a date that ends the line ("Bert VijnReviewed 17/06/2024",
# "**Paweł** – 2 listopada 2026"). Two different ones in the head are a list of reviews
# (wcxb-dev-text 4137: a chess shop's category text with its reviews under it, one of them
# read as the page's dateline); one alone may be the story's byline with its date.
_REVIEW_HEADER_END = regex.compile(r"(?i)[\s*_]*(?:reviewed)?[\s*_]*[–—|·,:-]?[\s*_]*$")
_REVIEW_HEADER_START = regex.compile(r"^[\s*_]+")
_REVIEW_HEADER_CHARS = 80


def _review_headers(blocks: list[Block], lang: str | None) -> frozenset[str]:
    """The texts of the name-and-date lines of `blocks`, when two or more differ; else none."""
    headers = set()
    for block in blocks:
        text = block.text
        if len(text) > _REVIEW_HEADER_CHARS:
            continue
        found = find_dates(text, lang)
        if len(found) != 1 or text[found[0].end :].strip():
            continue
        name = _REVIEW_HEADER_END.sub("", _REVIEW_HEADER_START.sub("", text[: found[0].start]))
        if name and looks_like_name(name):
            headers.add(text)
    return frozenset(headers) if len(headers) >= _REVIEW_HEADERS else frozenset()


_REVIEW_HEADERS = 2


def _review_date(blocks: list[Block], i: int, lang: str | None) -> bool:
    """Whether the dated block `i` is a review's header: a rating or shop line next to it."""
    rules = Rules.load(lang)
    return any(
        rules.why_dropped(blocks[j].text) in _REVIEW_CATEGORIES
        for j in (i - 1, i + 1)
        if 0 < j < len(blocks)
    )


def _labelled_opening(text: str, lang: str | None) -> str | None:
    """The date a long line opens with after a publication label ("Posted on <date> in ...").

    WordPress themes print "Posted on", the date, the change date and the categories as one
    line, which a long category list makes longer than a dateline (wcxb-dev-text 4124).
    """
    if not published_re().match(text):
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
    return (
        found[0].iso,
        (
            is_dateline(text, lang)
            or _filed_dateline(text, found[0].start - len(context), found[0].end - len(context))
        ),
        labelled,
    )


# A dateline that files the story under its section trail: the date opening the line, then a
# separator and two short parts at most ("November 28, 2025/Living Healthy/Wellness",
# "March 20, 2023  |  Wellness & Prevention": wcxb-dev-text 0027, 4125).
_FILED_TRAIL = regex.compile(
    r"^\s*[/|•·]\s*\p{Lu}[\w&' -]{0,30}?(?:\s*[/|•·]\s*\p{Lu}[\w&' -]{0,30}?)?\s*$"
)


def _filed_dateline(text: str, start: int, end: int) -> bool:
    """Whether `text` is a date (`text[start:end]`, opening it) and the section trail after it."""
    return not text[:start].strip() and bool(_FILED_TRAIL.match(text[end:]))
