"""Byline lines: what one line of a page, with the lines beside it, says about its writer.

The readers that both of the byline stage's sources of visible names share: the lines of an
HTML page's byline markup and header (`cleaner.author_markup`) and the blocks of either kind of
page (`cleaner.byline_blocks`, which decides where to look and what to drop). `cleaner.authors`
reads a line by its words ("By", "Von", a role, an agency); the readers here read a line by its
shape and its neighbours: a name beside its date ("Dakota Hebert July 3, 2025", `name_and_date`),
a name alone over a dateline or a job title (`name_line`, `bare_name`), a post card (`post_card`),
a team's credit, a quotation's speaker, a paragraph of the story.
"""

from __future__ import annotations

import functools

import regex

from cleaner import byline_words
from cleaner.authors import (
    Byline,
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
    names_part,
    parse_byline,
    unglue,
    without_weekday,
)
from cleaner.dates import READING_TIME, find_date, find_dates, is_dateline, is_short_date
from cleaner.document import Block

# Pages repeat their short lines (header lines are read from the tree and again as blocks; a
# site's template repeats on all its pages): the pure line readers keep their answers.
CACHE_SIZE = 8192
# A byline element holds a line of text, not a story: "By Jane Doe | March 3, 2024 | 5 min".
MAX_BYLINE_CHARS = 200
# The longest piece of a byline element read on its own ("Jane Doe", "Senior Editor"), and the
# longest line read as a newsroom's credit ("Redacción" over the place the story was filed from).
MAX_NAME_PIECE = 60
# A piece read on its own must be a full name: single words in byline markup are labels
# ("By", "Services", "Offline") far more often than user names.
MIN_PIECE_WORDS = 2
# How many one-name lines may stand above the shared date line.
_MAX_STACKED_NAMES = 4
# The longest line read as a name beside its date ("Sarah Schwartz, December 17, 2025").
MAX_NAME_DATE_CHARS = 90
_SEPARATORS = " ,|•·-–—"
# "Mahua Das in Project Management": the section after the name.
_IN_SECTION = regex.compile(r"\s+in\s+\p{Lu}.*$")
DATE_LABEL = regex.compile(
    r"(?i)^(?:last\s+)?(?:updated|published|posted|modified|veröffentlicht|aktualisiert|publié|"
    r"mis\s+à\s+jour|publicado|actualizado|pubblicato|aggiornato)\b",
)
# A block of this many words is a paragraph of the story, not a menu item or a byline.
STORY_WORDS = 25
_MAX_CAPITALISED_SHARE = 0.4
_LONG_BLOCK_CHARS = 3000
SENTENCE_END = regex.compile(r"[.!?…][\"'”»)]?(?:\s|$)")
# How many lines under the headline may hold a "By <team>" credit.
CREDIT_HEADER_LINES = 8
WORD_RE = regex.compile(r"\w+")


# A line that is all one quotation: '"Having good market intelligence is ..."'.
QUOTATION = regex.compile(r'^\s*["“”„«»‘’\'][^"“”„«»]{10,}["“”„«»‘’\'][.!?]?\s*$')
# A first-person statement's pronouns, in the languages whose rules files have bylines: a
# testimonial loses its quotation marks in a scrape ("RSM has provided an unmatched support
# system. I believe joining RSM was ..." over "Samiah Leggett, Senior Associate, RSM US":
# wcxb-dev-text 1056).
FIRST_PERSON = regex.compile(
    r"(?<!\w)(?:I(?:['’](?:m|ve|d|ll))?|[Mm]y|ich|mein(?:e[nmrs]?)?|je|j['’]|yo|io|ik|eu)(?!\w)"
)
# A speaker's line: a name, then a comma or a dash and what the speaker does ("Samiah
# Leggett, Senior Associate, RSM US", "Maor Shlomo, Founder of Base44"). A bare name under a
# writer's first-person standfirst is the writer's byline (wcxb-dev-text 0487, 4439, 4446).
_NAME_AND_TITLE = regex.compile(r"^[^,|–—]{3,60}?(?:,|\s[-–—|]\s)\s*\S")
# A quotation's speaker is read under prose, not under a headline.
_MIN_QUOTE_WORDS = 8


def speaker_line(above: str, line: str, lang: str | None) -> bool:
    """Whether `line` names the speaker of the quotation or testimonial `above` it.

    Under a quotation ('"Having good market intelligence is ..."') a name is the speaker's
    (wcxb-dev 0147's pull quote). A scrape loses the quotation marks: under first-person prose
    a name line without a byline word ("By", "Written by") is the speaker all the same.
    """
    if QUOTATION.match(above):
        return True
    return (
        bool(_NAME_AND_TITLE.match(line))
        and len(above.split()) >= _MIN_QUOTE_WORDS
        and above.rstrip()[-1:] in '.!?"”»'
        and bool(FIRST_PERSON.search(above))
        and not has_intro_word(line, lang)
        and find_date(line, lang) is None
    )


def never_lower(blocks: tuple[Block, ...] | list[Block], text: str) -> bool:
    """Whether no word of `text` is written in lower case anywhere on the page.

    A name's words are capitalised wherever they stand; a heading's ("Key Features", "Latest
    Insights") come back in lower case in the prose.
    """
    words = {w.casefold() for w in WORD_RE.findall(text)}
    lower = (w for b in blocks for w in WORD_RE.findall(b.text) if w.islower())
    return not any(w in words for w in lower)


def parse_block(  # noqa: PLR0913 - the near-headline pass reads team credits too
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


def is_story_paragraph(text: str) -> bool:
    """Whether `text` reads as a paragraph of prose: long, with sentences, mostly lower case.

    A run of menu entries that a scrape joined into one block is long too, but it has no
    sentence ends and its words are capitalised.
    """
    if len(text) > _LONG_BLOCK_CHARS:
        # Nothing this long is a menu; and counting its words would cost time on huge pages.
        return True
    words = text.split()
    if len(words) < STORY_WORDS or not SENTENCE_END.search(text):
        return False
    capitalised = sum(w[:1].isupper() for w in words)
    return capitalised <= len(words) * _MAX_CAPITALISED_SHARE


def name_line(
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
    dated = name_and_date(text, lang)
    if dated is not None:
        return dated
    placed = _name_of_place_line(blocks, i, text, lang)
    if placed is not None:
        return placed
    if not looks_like_name(text) or len(text.split()) < MIN_PIECE_WORDS:
        return None
    if site and text.casefold() == site.casefold():
        return None
    j = i + 1
    while j < len(blocks) and j <= i + _MAX_STACKED_NAMES and plain_name(blocks[j].text):
        j += 1
    if j + 1 < len(blocks) and not ALNUM_CHAR.search(blocks[j].text):
        # "Matt Check" / "/" / "December 14, 2025": the separator got a line of its own.
        j += 1
    k = i - 2 if i > 1 and not ALNUM_CHAR.search(blocks[i - 1].text) else i - 1
    after = blocks[j].text if j < len(blocks) else ""
    before = blocks[k].text if k >= 0 else ""
    for line in (after, before):
        if line and len(line) <= MAX_BYLINE_CHARS and dateline(line, lang):
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
    if not sep or "," in place or not plain_name(name) or is_role(name):
        return None
    words = place.split()
    if not words or len(words) > _MAX_PLACE_WORDS or any(w[:1].islower() for w in words):
        return None
    if not _PLACE_CHARS.fullmatch(place) or is_role(place) or is_agency(place):
        return None
    if len(words) > 1 and plain_name(place):
        return None
    below = blocks[i + 1].text if i + 1 < len(blocks) else ""
    if not below or len(below) > MAX_BYLINE_CHARS or not dateline(below, lang):
        return None
    return Byline(names=(name,), date=find_date(below, lang))


# A reporter's place after the name: "Ludhiana", "New Delhi", "Santa Cruz Norte" at most, in
# letters only (no digits: "Jane Doe, 12 comments" is no place).
_MAX_PLACE_WORDS = 3
_PLACE_CHARS = regex.compile(r"[\p{L}\p{M}'’.\- ]+")


# A team's credit: "The Investopedia Team", "Podium Staff", "News Desk", "Die Redaktion"
# (`team_word`, one list for every language): `byline_words.team_credit()`, loaded on first use
# as every rule is (it was loaded at import time until session 24).


def bare_name(
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
    if byline_words.team_credit().search(text) and (
        (i > 0 and is_intro(blocks[i - 1].text))
        or (len(text.split()) <= _MAX_TEAM_WORDS and _dated_beside(blocks, i, lang))
    ):
        # "By" over "The Investopedia Team": a team a byline credits (wcxb-dev-text). Or the
        # team alone in the byline's place beside the story's date: "Newsdesk" under "19 Dec,
        # 2025", "The Upwork Team" over "Published" / "|" / "Oct 10, 2025" (0456, 4606).
        credit = credit_value(text)
        return Byline(names=(credit,)) if credit else None
    one = plain_name(text) and not is_role(text)
    names = (text,) if one else _names_beside_date(text)
    # "Rasmus Barslund Founder & Lead Reviewer", "Eli Manikan Contributing Writer | Strategy,
    # ...": the name and the job title a scrape ran into one line, as "Name" over "Job Title"
    # under the headline (wcxb-dev-text 4674, 4683).
    titled = None if names else _name_with_title(text)
    names = (titled,) if titled else names
    # "Published in" / "Build Notes" / "·" / "7 min read": the publication a blog platform's
    # post belongs to, not its writer (golden en-medium-howto-claps-text).
    if (
        not names
        or (site and text.casefold() == site.casefold())
        or (i > 0 and is_publication_intro(blocks[i - 1].text, lang))
    ):
        return None
    if titled or (
        one and ((i > 0 and is_intro(blocks[i - 1].text)) or (top and _over_story(blocks, i, text)))
    ):
        # Under a lone "By"; or alone between the headline and the story's first paragraph
        # ("Andrei Zakhareuski", wcxb-dev-text 0018).
        return Byline(names=names)
    j = i + 1

    if j + 1 < len(blocks) and (
        not ALNUM_CHAR.search(blocks[j].text) or _EMAIL_LINE.match(blocks[j].text)
    ):
        # "Chris Toy" / "•" / "March 17, 2025": the bullet between them got a line of its own;
        # "Kadri Tamm" / "kadri.tamm@..." / "14. november 2025": so did the author's e-mail
        # (golden et-uudised-praam-text).
        j += 1
    line = " ".join(blocks[j].text.split()) if j < len(blocks) else ""
    if not line or len(line) > MAX_BYLINE_CHARS:
        return None
    # "March 19, 2024 in Build Hardware Troubleshooting": the forum section after the date.
    bare = _IN_SECTION.sub("", READING_TIME.sub(" ", line)).strip()
    if (not bare and one) or (
        bare and (dateline(bare, lang) or (DATE_LABEL.match(bare) and find_dates(bare, lang)))
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
        or byline_words.alone("follow_button", lang).match(line) is not None
        or _lower_case_title(line)
    )
    date = find_date(blocks[j + 1].text, lang) if dated else None
    return Byline(names=names, date=date) if one and signed else None


# The most words of a team's credit standing alone ("The Upwork Team", "TOI Lifestyle Desk").
_MAX_TEAM_WORDS = 4
# Lines between a byline and its date that say nothing of their own: a separator ("|", "/"),
# or the date's label alone ("Published", "Posted on:": `publish_alone`).
_FILLER_LINES = 2


def _dated_beside(blocks: tuple[Block, ...], i: int, lang: str | None) -> bool:
    """Whether a dateline stands right over or under line `i`, past separator or label lines.

    The labels are the `publish_alone` words of `lang` and English ("Published", "Posted on:").
    """
    label = byline_words.alone("publish_alone", lang)
    for step in (1, -1):
        j = i + step
        for _ in range(_FILLER_LINES):
            if not 0 <= j < len(blocks):
                break
            text = blocks[j].text
            if ALNUM_CHAR.search(text) and not label.match(text):
                break
            j += step
        if (
            0 <= j < len(blocks)
            and len(blocks[j].text) <= MAX_BYLINE_CHARS
            and dateline(blocks[j].text, lang)
        ):
            return True
    return False


# How many words of a line may be the name before its job title ("Jean-Luc de la Tour").
_TITLED_NAME_WORDS = (2, 3)
# A title of one word after two capitalised ones is as often a name's last word: "Big Board
# Owner" (a forum rank); a bracket is a gloss, no title: "Amazon Web Services (contributors)"
# (wcxb-dev-text 0558, 4412).
_MIN_TITLE_WORDS = 2


def _name_with_title(text: str) -> str | None:
    """The full name a line opens with when a job title is all the rest says, else None.

    The title, of two words or more, ends at a bar ("Contributing Writer | Strategy, colony
    sims") or before the employer ("Founder at Oakywood"). No word of the name may be a role
    word, so a title alone ("Product Marketing Manager") names nobody.
    """
    words = text.split()
    for k in _TITLED_NAME_WORDS:
        head, rest = words[:k], " ".join(words[k:])
        title = rest.partition(" | ")[0].partition(" at ")[0].strip()
        if (
            len(title.split()) >= _MIN_TITLE_WORDS
            and "(" not in title
            and is_job_title(title)
            and plain_name(" ".join(head))
            and not any(is_role(w) for w in head)
        ):
            return " ".join(head)
    return None


def _over_story(blocks: tuple[Block, ...], i: int, text: str) -> bool:
    """Whether the name `text` on line `i` stands right over the story's first paragraph.

    Not the name printed twice (the avatar's alt text, then the name: 1405, 4589): a menu's
    doubled entries are as common ("Subject Area" / "Subject Area", 4343). A heading's words
    come back in lower case on the page (`never_lower`).
    """
    j = i + 1
    return (
        j < len(blocks)
        and blocks[j].kept
        and is_story_paragraph(blocks[j].text)
        and never_lower(blocks, text)
    )


def post_card(blocks: tuple[Block, ...], i: int, site: str | None) -> Byline | None:
    """A blog platform's post card under a scrape's headline: name, short date, reading time.

    "Gabo" / "Jan 23" / "11 min read", "Kalyn Keen" / "Jun 9" / "5 min read" (Wix blogs,
    wcxb-dev-text): the date has no year and the name may be a first name alone, so the three
    lines together say it is the writer's card.
    """
    if i + 2 >= len(blocks):
        return None
    text = " ".join(blocks[i].text.split())
    name = plain_name(text) or (_ONE_WORD.match(text) is not None and not is_role(text))
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
        and len(blocks[j].text) <= MAX_BYLINE_CHARS
        and dateline(blocks[j].text, lang)
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


def is_publication_intro(text: str, lang: str | None) -> bool:
    """Whether `text` is a blog platform's "Published in" alone, over the publication's name.

    The `published_in` words of `lang` and English, the whole line, any case.

    Example:
        >>> is_publication_intro("Published in", "en"), is_publication_intro("Published", "en")
        (True, False)
    """
    return byline_words.alone("published_in", lang).match(text) is not None


ALNUM_CHAR = regex.compile(r"[\p{L}\p{N}]")
_EMAIL_LINE = regex.compile(r"^\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$")


def credit_under_headline(text: str) -> Byline | None:
    """The team or company a "By ..." line under a scrape's headline credits (see `by_credit`)."""
    credit = by_credit(text) if len(text) <= MAX_BYLINE_CHARS else None
    return Byline(names=(credit,)) if credit else None


# "By Resy Staff", "by Marketing Team", "By The Currency editors": a byline crediting a team.
_BY_TEAM = regex.compile(r"^(?i:by)\s+(?P<team>.+)$")


def _team_byline(text: str, parsed: Byline) -> Byline | None:
    """The team a byline under a scrape's headline credits, where it names no person.

    WCXB counts such credits as the author, as it does a team's meta author tag (see
    `credit_value`); a "By" line right under the headline says the team wrote the story.
    """
    m = _BY_TEAM.match(" ".join(text.split()))
    if m is None or not byline_words.team_credit().search(m["team"]):
        return None
    credit = credit_value(m["team"])
    return Byline(names=(credit,), date=parsed.date) if credit else None


# "By Clay": a lone word after "By" (a name only over a date line).
_BY_ONE_WORD = regex.compile(r"^(?i:by)\s+(?P<name>\p{Lu}[\p{L}\d._-]{1,30})$")
# "Wyndo" over "Dec 04, 2025": a first name or a pen name alone.
_ONE_WORD = regex.compile(r"^(?P<name>\p{Lu}\p{Ll}{2,20})$")


# Where a standfirst's last sentence starts with "By": "... and Canada. By Lisa Jennings".
_BY_AFTER_SENTENCE = regex.compile(r"[.!?…][\"'”»)]?\s+(?=(?i:by)\s+\p{Lu})")


def closing_byline(text: str, lang: str | None, site: str | None) -> Byline | None:
    """The dated byline a line under a scrape's headline ends with, after its standfirst.

    "The global bakery-cafe chain's North America division is positioning for ambitious growth
    beyond the U.S. and Canada. By Lisa Jennings on Dec. 19, 2025" (wcxb-dev-text 0153): the
    scrape ran the standfirst and the byline into one line. Only with its date: "By" after a
    sentence opens prose as often ("By 2030, ...").
    """
    if len(text) > MAX_BYLINE_CHARS:
        return None
    cuts = list(_BY_AFTER_SENTENCE.finditer(text))
    if not cuts:
        return None
    parsed = parse_byline(text[cuts[-1].end() :], lang, site_name=site)
    return parsed if parsed is not None and parsed.names and parsed.date else None


def _names_beside_date(text: str) -> tuple[str, ...]:
    """The names of a line that is a byline only when a date line stands under it.

    A list of full names ("Naftali Tishby, Fernando C. Pereira, William Bialek"), one
    capitalised word ("Wyndo"), or "By" and one word ("By Clay", which alone is as often a
    filter label: "Shop by Brand").
    Under a scrape's headline and over its date line, both are its byline (wcxb-dev-text).
    """
    if m := _BY_ONE_WORD.match(text) or _ONE_WORD.match(text):
        name = m["name"]
        return (
            (name,)
            if looks_like_name(name, strict=False)
            and not is_role(name)
            and name.casefold() not in byline_words.shared_words("section_label")
            else ()
        )
    # "Naftali Tishby, Fernando C. Pereira, William Bialek": full names in a list, split where
    # `authors` splits a byline's names ("A, B and C", "A und B", "A et B").
    parts = [p for p in name_split().split(text) if p]
    if len(parts) < 2 or not all(plain_name(p) and not is_role(p) for p in parts):
        return ()
    return tuple(parts)


# A section's or a story kind's label over the date line is no name ("Feature" / "March 3,
# 2025": wcxb-dev 4377, HTML and text): `[words.section_label]` in en.toml.


def names_beside_date(text: str) -> tuple[str, ...]:
    """`_names_beside_date`, for the examples of `[words.section_label]` (`byline_words`)."""
    return _names_beside_date(text)


@functools.lru_cache(maxsize=CACHE_SIZE)
def dateline(text: str, lang: str | None) -> bool:
    """`is_dateline`, remembered: the same header lines are asked about again and again."""
    return is_dateline(text, lang)


# A blog theme's post header ends in the count of its comments: "Susan   December 9, 2024   0
# Comments" (wcxb-dev-text).
# The same count opening a meta row, a separator after it ("109 Comments |  Jill Winger |
# Last Updated:  March 11, 2019", wcxb-dev-text 4660).
_COMMENT_COUNT_FIRST = regex.compile(
    r"(?i)^\s*(?:\d+|no)\s+(?:comments?|responses?|replies|kommentare?|commentaires?|"
    r"comentarios?|commenti|reacties)\s*[|·•–—-]\s*",
)
_COMMENT_COUNT = regex.compile(
    r"(?i)\s*[|·•–—-]?\s*(?:\d+|no)\s+(?:comments?|responses?|replies|kommentare?|"
    r"commentaires?|comentarios?|commenti|reacties)\s*$",
)


# A date's label ends the text before the date: "Published:", "• Updated on", "Last Updated:",
# with the time before the date ("Published 10:19am 19 December 2025"): the `[words.date_label]`
# words of the page's language (`byline_words.date_label_end`).


# A year run into the next word by a scrape: "September 1, 2016September 8, 2016Autumn Adams".
_YEAR_GLUED = regex.compile(r"(?<=\b(?:19|20)\d\d)(?=\p{Lu})")
# A post's length beside its reading time: "6279 words" (wcxb-dev-text 0415).
_WORD_COUNT = regex.compile(r"(?i)[\s•·|,–—-]*\b\d[\d,.]*\s*words\b[\s•·|,–—-]*")


@functools.lru_cache(maxsize=CACHE_SIZE)
def name_and_date(text: str, lang: str | None) -> Byline | None:
    """Read "Dakota Hebert July 3, 2025" or "Sarah Schwartz, December 17, 2025"."""
    if len(text) > MAX_NAME_DATE_CHARS:
        return None
    text = _YEAR_GLUED.sub(" ", _COMMENT_COUNT.sub("", _COMMENT_COUNT_FIRST.sub("", unglue(text))))
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
        own = labelled and plain_name(name) and text[:1] not in _SEPARATORS
        return Byline(names=(name,)) if own else None
    if not name:
        # "2025-12-17 · Trond Teigen": the date first. A second date right after it is the
        # post's update ("September 1, 2016September 8, 2016Autumn Adams": wcxb-dev-text 0305).
        end = found[0].end
        for later in found[1:]:
            if text[end : later.start].strip(_SEPARATORS):
                break
            end = later.end
        rest = _WORD_COUNT.sub(" ", READING_TIME.sub(" ", text[end:]))
        # "December 15, 2025 · 30 min · 6279 words · Ash Vardanian" (wcxb-dev-text 0415).
        name = _IN_SECTION.sub("", rest).strip(_SEPARATORS)
        # "Dec. 19, 2025 · Niko Matsakis on behalf of Vision Doc group" (wcxb-dev 0379).
        name = names_part(name).strip(_SEPARATORS) or name
        return Byline(names=(name,), date=found[0].iso) if plain_name(name) else None
    if not plain_name(name) or not is_dateline(text[found[0].start :], lang):
        return None
    return Byline(names=(name,), date=found[0].iso)


def plain_name(text: str) -> bool:
    """Whether `text` is only a full name: two words or more, and not all in capitals."""
    text = " ".join(text.split())
    # A line in capitals alone is a heading or a label ("VEHICLE MAINTENANCE SCHEDULE",
    # wcxb-dev 4185); a byline in capitals has its "By".
    return looks_like_name(text) and len(text.split()) >= MIN_PIECE_WORDS and not text.isupper()


def is_credit_line(text: str) -> bool:
    """Whether a line at the end of the article is only a credit ("Written by Jane Doe")."""
    words = text.split()
    return len(words) <= 12 and looks_like_name(" ".join(words[-2:]), strict=False)
