"""Bylines among a page's blocks: where the byline stage looks for them, and what it drops.

The passes over the blocks of either kind of page (`lift_bylines`): the lines right under a
text scrape's repeated headline, the lines over the story's first paragraph, the author box
and credit lines at its end, a labelled byline ("Written by", "Author:") anywhere, a writer's
bio, a name that signs the story at its foot. Each line is read by `cleaner.byline_lines` and
`cleaner.authors`; the byline lines found are dropped with the reason "byline", their date
lines with "date". Also the last resorts of a text scrape that names nobody (`text_credit`,
`labelled_author`) and the author card under a story once its author is known
(`drop_author_card`).
"""

from __future__ import annotations

import functools

import regex

from cleaner import byline_words
from cleaner.authors import (
    REPLY_SUBJECT,
    Byline,
    bio_name,
    by_credit,
    clean_names,
    dated_by_credit,
    is_agency,
    is_intro,
    is_job_title,
    is_role,
    names_part,
    opens_with_intro,
    parse_byline,
)
from cleaner.byline_lines import (
    ALNUM_CHAR,
    CACHE_SIZE,
    CREDIT_HEADER_LINES,
    FIRST_PERSON,
    MAX_BYLINE_CHARS,
    MAX_NAME_PIECE,
    SENTENCE_END,
    WORD_RE,
    bare_name,
    closing_byline,
    credit_under_headline,
    dateline,
    is_credit_line,
    is_story_paragraph,
    name_line,
    never_lower,
    parse_block,
    plain_name,
    post_card,
    speaker_line,
)
from cleaner.dates import find_date, find_dates
from cleaner.document import Block
from cleaner.line_shapes import roster_line
from cleaner.rules import Rules
from cleaner.titles import title_parts

# How far from the start of the article a byline line may sit (blocks), and how far before the
# end an author box may start.
_HEAD_BLOCKS = 25
_AFTER_STORY_BLOCKS = 3
_TEASER_PROBE = 8
_TAIL_BLOCKS = 6


def text_credit(blocks: tuple[Block, ...], lang: str | None) -> tuple[str, ...]:
    """The team or company a "By ..." line right under a scrape's headline credits.

    "By The Currency editors", "By the Lavazza Team 2–3 minutes", "August 12, 2025 By The
    Diggs Team" (wcxb-dev-text 0146, 4041, 4596): what `line_credit` reads in an HTML page's
    header, when no person is named.
    """
    near = _after_headline(blocks)
    if near is None:
        # No headline found: the lines over the story's first paragraph (0146).
        story = next((i for i, b in enumerate(blocks) if b.kept and is_story_paragraph(b.text)), 0)
        near = range(max(0, story - CREDIT_HEADER_LINES), story)
    for i in near:
        line = " ".join(blocks[i].text.split())
        credit = by_credit(line) or dated_by_credit(line, lang)
        if credit is not None and not plain_name(credit):
            return (credit,)
    return ()


# How far from the end of the kept blocks an author card's bio may stand, and how long it is.
_CARD_BIO_REACH = 2
_MAX_CARD_BIO_CHARS = 400
# A bio opening with the author's name needs a name of this many words (one word is as often
# the subject of the story's last sentence).
_CARD_NAME_WORDS = 2


def drop_author_card(blocks: tuple[Block, ...], authors: tuple[str, ...]) -> tuple[Block, ...]:
    """Drop the bio under the author's name alone on a line, or opening with it, after a story.

    "Léa Fontaine" / "Ariégeoise d'adoption, je partage ici mes randonnées ..." under the
    related posts: the author card, whose name line the extraction dropped and whose bio it
    kept (golden fr-blog-randonnee-lac-commentaires-text). Only under a story of several
    prose paragraphs (wcxb-dev: 7 pages' bodies better, none worse). The card may print the
    name in bold at the head of the bio instead, "**ليلى المنصوري** كاتبة وباحثة ..." (round W
    golden ar-amp-maqal-raey-maktabat-ahya-html): a bio opening with the whole name of the
    page's author (two words or more) goes as well.
    """
    names = {" ".join(a.split()).casefold() for a in authors}
    if not names:
        return blocks
    opening = tuple(n + " " for n in names if len(n.split()) >= _CARD_NAME_WORDS)
    kept = [i for i, b in enumerate(blocks) if b.kept]
    for i in kept[-_CARD_BIO_REACH:]:
        bio = blocks[i]
        story = sum(len(blocks[j].text) >= _SIGNED_PARAGRAPH_CHARS for j in kept if j < i)
        head = " ".join(bio.text.split()).casefold()
        if (
            story >= _SIGNED_PARAGRAPHS
            and i > 0
            and (
                (
                    " ".join(blocks[i - 1].text.split()).casefold() in names
                    and not blocks[i - 1].kept
                )
                or head.startswith(opening)
            )
            and len(bio.text) <= _MAX_CARD_BIO_CHARS
        ):
            out = list(blocks)
            out[i] = bio.evolve(kind="byline").drop("byline")
            return tuple(out)
    return blocks


# The longest line the last resort reads as a labelled writer's ("Written by Kate Shokurova",
# "Author: Kashmir Brummel", "written by Our Editors"): past the head under a long standfirst,
# or in an author box at the foot of the story.
_WRITTEN_BY_CHARS = 80


def labelled_author(
    blocks: tuple[Block, ...], site: str | None, lang: str | None
) -> tuple[str, ...]:
    """The one writer a text scrape's labelled lines ("Written by", "Author:") name, if one.

    The labels are the `writer_label` words of the page's language and English. Lines naming
    different writers are a list's (reviews, a bookshop's authors): none.
    """
    label = byline_words.writer_label(lang)
    found: set[tuple[str, ...]] = set()
    for block in blocks:
        line = " ".join(block.text.split())
        m = label.match(line) if len(line) <= _WRITTEN_BY_CHARS else None
        if m is None or not line[m.end() :].strip():
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


# The longest line read as an author archive's link ("View all posts by Ray Ansari →").
_ARCHIVE_LINK_CHARS = 90
# What may follow the name on such a line: an arrow, or the verb German puts last ("Alle
# Beiträge von Jonas Weber anzeigen", WordPress's translation).
_ARCHIVE_LINK_TAIL = regex.compile(r"(?:\s+\p{Ll}+)?[\s→»›>.:]*$")


def archive_link_name(blocks: tuple[Block, ...], lang: str | None) -> tuple[str, ...]:
    """The person the first author archive link names: "View all posts by Ray Ansari".

    An author box ends with a link to the writer's other posts, which the `drop.author_bio`
    phrases of the page's language read ("View all posts by", "More articles by", "Alle
    Beiträge von", "Tutti gli articoli di", "Все статьи автора"); the rest of the line is the
    writer's full name. Of the 11 wcxb-dev-text pages printing such a line, it names the truth's
    (first) writer on all 11; on 10 another pass names them already (wcxb-dev-text 4599 is the
    eleventh; 4058 and 4068 link a reviewer's and co-writers' archives after the writer's, whom
    the truth alone names: the first line counts).
    """
    bio = Rules.load(lang).category("drop", "author_bio")
    for block in blocks:
        line = " ".join(block.text.split())
        if len(line) > _ARCHIVE_LINK_CHARS:
            continue
        folded = line.casefold()
        if len(folded) != len(line):
            continue  # a letter casefolds to two (ß): the phrase's end is not the line's
        phrase = next((p for p in bio.phrases if folded.startswith(p + " ")), None)
        if phrase is None:
            continue
        name = _ARCHIVE_LINK_TAIL.sub("", line[len(phrase) :]).strip()
        name = names_part(name.split(",")[0])
        if plain_name(name) and not is_role(name) and not is_agency(name):
            return (name,)
    return ()


def lift_bylines(  # noqa: PLR0913 - an HTML page's <title> tells teasers from its story
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
    story = next((i for i in kept if is_story_paragraph(blocks[i].text)), fallback)
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
        signed = (
            (_sign_off(out, site, lang) or _signature(out, site, lang, first_person=box_names))
            if not names
            else None
        )
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
    if opens_with_intro(text) and len(text) <= MAX_BYLINE_CHARS:
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
        or dateline(below, lang)
        or is_job_title(below)
        or below.startswith(text)
        or (
            first_person
            and FIRST_PERSON.search(" ".join(below.split()[:_BIO_OPENING_WORDS])) is not None
        )
    ):
        return None
    out[i] = out[i].evolve(kind="byline").drop("byline")
    # "Andrew Liptak" / "01 May 2025": the signature's date dates the story (wcxb-dev-text).
    return Byline(names=(text,), date=find_date(below, lang) if dateline(below, lang) else None)


# How many lines under a story's last prose paragraph a sign-off may stand: past an ad's label,
# a "Read also" link or a photo credit ("Реклама" between: golden
# ru-intervyu-vopros-otvet-arhitektor-peshehody-text).
_SIGN_OFF_REACH = 4
# Where a sign-off's names stop: a sentence's end after a word (not an initial's dot), a
# separator, or the next label ("Беседовал Илья Морозов. Фото: ...", "Text: A, Fotos: B").
# One space at most before a separator (the line's spaces are collapsed first): `\s*` there was
# tried at every space of a run, quadratic on a long line of spaces (session 24's review).
_SIGN_OFF_END = regex.compile(r"(?<=\p{L}{2})\.(?:\s|$)|\s?[;|•·/]|,\s?[\p{L} ]{2,20}[:：]")


def sign_off_names(line: str, lang: str | None, site: str | None = None) -> tuple[str, ...]:
    """The writers a line signing a story off names, if it opens with a `sign_off` label.

    "Беседовал Илья Морозов", "Propos recueillis par Jean Dupont", "Das Gespräch führte Anna
    Müller.", "Tekst: Lotte Jansen, beeld: Trapkracht" (the words' credit, not the pictures').
    """
    pattern = byline_words.sign_off(lang)
    text = " ".join(line.split())
    m = pattern.match(text) if pattern is not None and len(text) <= MAX_BYLINE_CHARS else None
    if m is None:
        return ()
    rest = _SIGN_OFF_END.split(text[m.end() :], maxsplit=1)[0]
    return clean_names(rest, site_name=site, strict=True)


def _sign_off(out: list[Block], site: str | None, lang: str | None) -> Byline | None:
    """The writer a labelled line under a story's end signs it off with.

    An interview's interviewer signs off after the text ("Беседовал Илья Морозов", "Propos
    recueillis par ...", "Das Gespräch führte ...") and many sites put the writer's credit
    there ("Text: ...", "Tekst: ..."), often under an ad's label or a "Read also" link that
    the extraction dropped (golden ru-intervyu-vopros-otvet-arhitektor-peshehody-text). The
    labels are the `sign_off` words of the page's language (and English); the line stands
    within `_SIGN_OFF_REACH` lines under the last prose paragraph of a story of several.
    """
    kept = [i for i, b in enumerate(out) if b.kept]
    prose = [i for i in kept if len(out[i].text) >= _SIGNED_PARAGRAPH_CHARS]
    if len(prose) < _SIGNED_PARAGRAPHS:
        return None
    for i in range(prose[-1] + 1, min(len(out), prose[-1] + 1 + _SIGN_OFF_REACH)):
        names = sign_off_names(out[i].text, lang, site)
        if names:
            out[i] = out[i].evolve(kind="byline").drop("byline")
            return Byline(names=names)
    return None


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
        not plain_name(name)
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
    if kept[-1] == i and SENTENCE_END.search(out[i].text):
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
        not plain_name(text)
        or is_role(text)
        or (site and text.casefold() == site.casefold())
        or _QUOTE_OPENING.match(out[i - 1].text)
    ):
        return False
    return never_lower(out, text)


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
    words = {w.casefold() for w in WORD_RE.findall(title)}
    if not words:
        return False
    lifted = next(
        (i for i, b in enumerate(out) if b is not blocks[i] and b.dropped_by == "byline"), None
    )
    if lifted is None:
        return False
    for i in range(lifted - 1, max(-1, lifted - 1 - _BYLINE_HEADING_REACH), -1):
        if blocks[i].kind == "heading":
            return not any(w.casefold() in words for w in WORD_RE.findall(blocks[i].text))
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
        set(WORD_RE.findall(t)) for t in (whole, max(title_parts(whole), key=len, default=""))
    ]
    if not titles[0]:
        return None
    low, high = _HEADLINE_WORDS
    for i in range(1, min(len(blocks), _HEADLINE_REACH)):
        text = blocks[i].text
        if not low <= len(text.split()) <= high or REPLY_SUBJECT.fullmatch(text):
            # A reply's subject repeats the title too ("Re: <title>"), far below the headline.
            continue
        words = set(WORD_RE.findall(text.casefold()))
        if any(t and len(words & t) >= _HEADLINE_OVERLAP * len(words | t) for t in titles):
            return i
    return None


# The longest line read as a labelled byline: a label and two or three names ("Written by Jane
# Doe and John Smith" is 38 characters); longer lines are sentences that happen to open with a
# label's words. The last resort reads every block of a page, so the bound also spares the label
# patterns the body's paragraphs. Set with the last resort (session 11, a470d6e) without a page
# that needs it: unbounded, no wcxb-dev author moves in either kind (1497 HTML and 1497 text
# pages, `bench.meta_eval --cache`) and no golden (`bench.goldens -v`), session 24.
_MAX_LABELLED_CHARS = 100


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
    box = byline_words.author_box(lang)
    author_label = byline_words.author_label(lang)
    writer_label = byline_words.writer_label(lang)
    names: tuple[str, ...] = ()
    form: tuple[bool, str] = (True, "")
    for i, b in enumerate(blocks):
        text = b.text
        if len(text) > _MAX_LABELLED_CHARS:
            continue
        if (box.match(text) or author_label.match(text)) and i + 1 < len(blocks):
            # "About the author" / "THE AUTHOR" over the author's name, or "Author" under it
            # ("Nawaz Dhandala" / "Author" / "@nawazdhandala • Jan 26, 2026": wcxb-dev 4414).
            card = _names_by_label(blocks, i, lang)
            if card and not names:
                return card
            continue
        label = writer_label.match(text)
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


def _names_by_label(blocks: tuple[Block, ...], i: int, lang: str | None) -> tuple[str, ...]:
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
        if not carded or not plain_name(line) or len(names) == _MAX_CARD_PEOPLE:
            break
        names.append(line)
        carded = False
    if names:
        return tuple(names)
    # Under the name only without a colon: "Author:" labels what follows ("Logging HOWTO" /
    # "Author:" / "Vinay Sajip <vinay_sajip at ...>", wcxb-dev 2859).
    label = blocks[i].text.strip()
    above = " ".join(blocks[i - 1].text.split()) if i > 0 else ""
    if (
        byline_words.author_label(lang).match(label)
        and not label.endswith(":")
        and plain_name(above)
    ):
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
            len(b.text) > MAX_BYLINE_CHARS
            or (0 < i < head.stop and speaker_line(blocks[i - 1].text, b.text, lang))
            or _is_headline(b, title)
        ):
            continue
        # A furniture line is skipped whatever it reads as; the rules that tell one cost more
        # than reading the line as a byline, which most lines are not: they are asked only of
        # a line that reads as one (the line readers are pure, so the outcome is the same).
        if i >= head.stop:
            teasers = teasers or _teaser_byline(b.text, lang, site, names)
            continue
        parsed = (
            parse_block(b, lang, site, markup, trust_dropped=trust_dropped, teams=bare_names)
            or (
                name_line(blocks, i, lang, site) if trust_dropped or _html_name_line(b, i) else None
            )
            or (bare_name(blocks, i, lang, site, top=i == head.start) if bare_names else None)
            or (post_card(blocks, i, site) if bare_names else None)
            or (credit_under_headline(b.text) if bare_names else None)
            or (closing_byline(b.text, lang, site) if bare_names else None)
        )
        if parsed is None and is_intro(b.text) and i + 1 < len(blocks):
            parsed = _intro_byline(blocks, out, i, lang, site)
        if (
            parsed is None
            or _furniture(b.text, lang)
            or (names and _past_own_date(blocks, i, last_byline, lang))
        ):
            continue
        parsed = _filed_from(parsed, blocks, i, lang)
        if not names or i == last_byline + 1:
            # Names on consecutive lines ("Ana Beltrán" / "Pablo Herrero") are one byline; a
            # job title under the name is none ("Liza Burke" / "Marketing Director" / "May 14,
            # 2025": wcxb-dev-text 1974).
            names += tuple(n for n in parsed.names if n not in names and not (names and is_role(n)))
        elif (
            set(parsed.names) - set(names)
            and not all(map(is_role, parsed.names))
            and not _glued_repeat(parsed.names, names)
        ):
            # A job title under the byline ("National Biotech Reporter" over the date line)
            # is no second person.
            teasers = True
        last_byline = i
        date = date or parsed.date or _date_below(blocks, out, i, lang)
        if b.kept:
            out[i] = b.evolve(kind="byline").drop("byline")
    return names, date, teasers


def _glued_repeat(later: tuple[str, ...], names: tuple[str, ...]) -> bool:
    """Whether each of a later byline's names opens with a name already found, glued on.

    An author card under the story runs the user name into its next words: "By MixmasterFred"
    under the headline, "By MixmasterFredebenisterie Frederic LauziereFollow" in the card
    (wcxb-dev-text 0122): the same writer, no teaser's.
    """
    return all(
        any(n.startswith(m) and n[len(m) : len(m) + 1].isalpha() for m in names) for n in later
    )


# A name line dropped as a run of links or as navigation is a menu's entry: in a search page's
# footer menu "Contributors" over "Local Business" gave that author (wcxb-dev 0337) once a
# colon-free label was read as one with its colon.
_MENU_REASONS = frozenset({"links", "navigation"})


def _intro_byline(
    blocks: tuple[Block, ...], out: list[Block], i: int, lang: str | None, site: str | None
) -> Byline | None:
    """Read "Written by" on a line of its own with the name on the next; drop that line too.

    None on a furniture line, before the next line is touched.
    """
    if _furniture(blocks[i].text, lang):
        return None
    label, name = blocks[i].text.strip(), " ".join(blocks[i + 1].text.split())
    parsed = parse_byline(f"{label} {name}", lang, site_name=site)
    if (
        (parsed is None or not parsed.names)
        and not label.endswith((":", "፡"))
        and blocks[i + 1].dropped_by not in _MENU_REASONS
    ):
        # A label over a line that is one name alone is one with its colon: Drupal's
        # `div.field__label` ("ଲେଖା" over the reporter's link, golden or-khabar-drupal-kathajodi-
        # dwitiya-setu-html) gets its colon from the stylesheet, so a colon-only intro ("Autor",
        # "ଲେଖା") reads as "Autor:". Not over a line with more than the name: "Redacción" over
        # "Villanueva del Campo | 10/02/2025" names a place (es-breve-local-pie-foto-largo-text).
        labelled = parse_byline(f"{label}: {name}", lang, site_name=site)
        if labelled is not None and labelled.names == (name,):
            parsed = labelled
    if parsed is not None and parsed.names and blocks[i + 1].kept:
        out[i + 1] = blocks[i + 1].evolve(kind="byline").drop("byline")
    return parsed


def _teaser_byline(text: str, lang: str | None, site: str | None, names: tuple[str, ...]) -> bool:
    """Whether `text`, past the head, is a byline naming others than `names` (a teaser's).

    Without a byline in the head there is nobody else to name: the line is not read.
    """
    if not names:
        return False
    later = parse_byline(text, lang, site_name=site)
    return bool(later and set(later.names) - set(names)) and not _furniture(text, lang)


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


@functools.lru_cache(maxsize=CACHE_SIZE)
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
    if i == last_byline + 2:
        return dateline(blocks[i - 1].text, lang)
    # "Mike Marshall, Shipping Expert" / "•" / "Friday, December 19, 2025" / "•" / "Advertiser
    # Disclosure": the separators got lines of their own (wcxb-dev-text 0056).
    between = [b.text for b in blocks[last_byline + 1 : i]]
    return (
        0 <= last_byline < i - 2
        and sum(bool(ALNUM_CHAR.search(t)) for t in between) == 1
        and any(dateline(t, lang) for t in between)
    )


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
    if len(above) > MAX_NAME_PIECE or not is_agency(above):
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
        if len(text) > MAX_BYLINE_CHARS or not dateline(text, lang):
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
        if not b.kept or len(b.text) > MAX_BYLINE_CHARS:
            continue
        if (
            byline_words.author_box(lang).match(b.text)
            or " ".join(b.text.split()).casefold() in markup
        ):
            out[i] = b.evolve(kind="byline").drop("byline")
            continue
        parsed = parse_byline(b.text, lang, site_name=site)
        if parsed is not None and parsed.names and is_credit_line(b.text) and not _roster(out, i):
            names = names or parsed.names
            out[i] = b.evolve(kind="byline").drop("byline")
    return names


def _roster(out: list[Block], i: int) -> bool:
    """Whether block i is one "Name – role" line of a team list: a kept neighbour is one too.

    A team list the body keeps ("Vicente Ferrer Llopis – Director técnico" / "Lucía Navarro
    Soler – Instalaciones", golden es-quienes-somos-empresa-solar-text, round L) names the
    page's staff, not its writer; one such line alone is a credit.
    """

    def line(k: int) -> bool:
        return 0 <= k < len(out) and out[k].kept and roster_line(out[k].text.strip())

    return line(i) and (line(i - 1) or line(i + 1))
