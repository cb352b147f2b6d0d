"""Forum threads and Q&A pages: who started the thread, as WCXB scores a forum's author.

A thread's author is its first poster. Forums print each post under a header or a user card,
and the readers here find the first one: post headers ("Post by X » date", "X wrote:",
`thread_posts`, which also drops them and the replies' "Re: <title>" subjects), a text
scrape's user cards (`card_starter`, `avatar_starter`), a Chinese forum's "楼主" card
(`floor_starter`), the "#1" post header or a community post's "r/name •" header
(`first_post_poster`), a Q&A question's "asked <date>" card (`asker`), and the signs of a
thread beside an HTML page's byline markup (`thread_starter`). The byline stage
(`cleaner.stages.byline`) ranks them against the page's other sources.
"""

from __future__ import annotations

import regex

from cleaner import byline_words
from cleaner.authors import (
    REPLY_SUBJECT,
    is_intro,
    is_role,
    looks_like_name,
    may_be_post_header,
    parse_post_header,
    verb_post_headers,
)
from cleaner.byline_lines import MAX_BYLINE_CHARS, MAX_NAME_DATE_CHARS, STORY_WORDS
from cleaner.dates import find_dates
from cleaner.document import Block

# A Q&A site's question card as a scrape prints it: "asked Mar 26, 2019 at 16:18" over the
# asker's user name (Stack Exchange, in its English, Spanish, Portuguese and Russian sites; a
# French one's "demandée le 18 nov. 2026": golden fr-questions-reponses-votes-chaudiere-text):
# the `asked_label` words (`byline_words.asked_label`).
# The question card comes before the answers; far down, an "asked" line is a related question's.
_ASKED_REACH = 400


def asker(blocks: tuple[Block, ...], lang: str | None) -> tuple[str, ...]:
    """The user a scrape's first "asked <date>" line credits on the line under it, if any.

    The question's asker is the thread's starter, whom WCXB scores as a forum's author
    (wcxb-dev-text: 9 of 12 such pages; the HTML page's markup names the same user).
    """
    asked = byline_words.asked_label(lang)
    for i, b in enumerate(blocks[: _ASKED_REACH - 1]):
        text = b.text
        if len(text) > MAX_NAME_DATE_CHARS or not asked.match(text):
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


# A post's short date as Discourse prints it, without its day or its year ("Feb 2024",
# "Feb 3", "Jan '23": golden en-community-thread-solved-text).
_SHORT_POST_DATE = regex.compile(
    r"(?i)^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+"
    r"(?:\d{1,2}|'\d\d|\d{4})$",
)
MAX_CARD_NAME = 40
_MAX_CARD_DATE = 80
# A user card's rank line between name and date ("Regular", "New member").
_MAX_RANK_WORDS = 2


def card_name(line: str) -> bool:
    """Whether `line` can be a user card's name line: a short user name, not a label.

    The labels a forum's user card prints over a date ("Joined" / "Feb 2019") are data:
    `[words.card_label]` (common.toml), read as one list for every language.
    """
    return (
        len(line) <= MAX_CARD_NAME
        and line.casefold() not in byline_words.shared_words("card_label")
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


def card_starter(
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
        if dated[i][0] or len(name) > MAX_CARD_NAME:
            continue
        is_date, iso = dated[i + 1]
        # A rank line between ("Regular"), but no name: "cancel selecting" over "marta_k" over
        # "Feb 2024" is marta_k's card.
        if (
            not is_date
            and i + 2 < len(lines)
            and dated[i + 2][0]
            and len(lines[i + 1].split()) <= _MAX_RANK_WORDS
            and not card_name(lines[i + 1])
        ):
            is_date, iso = dated[i + 2]
        if not is_date or not card_name(name):
            continue
        handle = i > 0 and handle_over_display_name(lines[i - 1], name)
        cards.append((lines[i - 1] if handle else name, iso))
        if len(cards) == 1 and any(len(b.text.split()) >= STORY_WORDS for b in blocks[:i]):
            # Prose above the first card: comments under an article, not a thread.
            return (), None
    if len(cards) < _MIN_THREAD_POSTS:
        return (), None
    first, date = cards[0]
    key = first.casefold()
    if not any(n.casefold() == key or n.casefold().startswith(key + " ") for n, _ in cards[1:]):
        return (), None
    return (first,), date


# A post's one-line header: the poster's user name, a dot and the post's date ("longshot ·
# 03/03/2026 19:44": Mumsnet, wcxb-dev-text 0578).
_DOTTED_HEADER = regex.compile(r"^(?P<user>[^\s·•|]{2,30})\s*[·•]\s*(?P<rest>\S.{0,60})$")


def dotted_starter(
    blocks: tuple[Block, ...], lang: str | None
) -> tuple[tuple[str, ...], str | None]:
    """The thread starter and first post's date from one-line "user · date" post headers.

    As with `card_starter`, the first poster must come back in a later header (the starter
    replies), and prose above the first header makes them comments under an article; a list
    of teasers' "Author · date" lines seldom repeats its first author.
    """
    headers: list[tuple[str, str]] = []
    for i, b in enumerate(blocks):
        m = _DOTTED_HEADER.match(" ".join(b.text.split()))
        if m is None:
            continue
        found = find_dates(m["rest"], lang)
        if not found or found[0].start != 0 or not card_name(m["user"]):
            continue
        if not headers and any(x.kept and len(x.text.split()) >= STORY_WORDS for x in blocks[:i]):
            # Kept prose: the menus' long lines the extraction dropped are no story (0578).
            return (), None
        headers.append((m["user"], found[0].iso))
    if len(headers) < _MIN_THREAD_POSTS:
        return (), None
    first, date = headers[0]
    if not any(user == first for user, _ in headers[1:]):
        return (), None
    return (first,), date


# A user card's count or profile line: a `card_label` word, a colon and a value ("Posts: 2",
# "Joined: Sun Dec 17, 2023 11:18 am", "Threads: 23").
_PROFILE_LINE = regex.compile(r"^(?P<label>[^:]{2,25}):\s*\S")
# How many words a rank line between the name and its counts has at most ("Big Board Owner").
_PROFILE_RANK_WORDS = 3


def _profile_line(line: str) -> bool:
    m = _PROFILE_LINE.match(line)
    return m is not None and m["label"].strip().casefold() in byline_words.shared_words(
        "card_label"
    )


def profile_starter(blocks: tuple[Block, ...]) -> tuple[str, ...]:
    """The thread starter from a text thread's user cards that print the poster's counts.

    phpBB, MyBB and SMF print each post under its poster's name, a rank maybe, then "Posts: 2"
    and "Joined: <date>" (wcxb-dev-text 0535, 0558): the card has no post date under the name
    for `card_starter`. Two cards or more make a thread, and the first is the starter's; prose
    above the first card makes them comments under an article.
    """
    lines = [" ".join(b.text.split()) for b in blocks]
    first: str | None = None
    cards = 0
    for i in range(1, len(lines) - 1):
        if not _profile_line(lines[i + 1]) or _profile_line(lines[i]):
            continue
        if (
            _STATUS_TAIL.search(lines[i - 1])
            and _card_user(lines[i - 1])
            and len(lines[i].split()) <= _PROFILE_RANK_WORDS
        ):
            # The name with its status over a rank in a script without capitals ("செல்வராஜ்
            # Offline" / "புதிய உறுப்பினர்"): the rank reads as a name too.
            at = i - 1
        else:
            at = i if _card_user(lines[i]) else i - 1
        if at < i and not (len(lines[i].split()) <= _PROFILE_RANK_WORDS and _card_user(lines[at])):
            # Neither a name over the counts nor a name over a rank ("StarredSkies" / "Big
            # Board Owner").
            continue
        cards += 1
        if first is None:
            if any(len(b.text.split()) >= STORY_WORDS for b in blocks[:at]):
                return ()
            first = _STATUS_TAIL.sub("", lines[at])
    return (first,) if first is not None and cards >= _MIN_THREAD_POSTS else ()


# The poster's status MyBB links beside the name on a card ("செல்வராஜ் Offline", as lynx prints
# "[13]செல்வராஜ் [14]Offline": round Z golden ta-mandram-mybb-lynx-dump-suvar-eeram-text);
# NodeBB's avatar prints it beside the initial (`_AVATAR_STATUS`).
_STATUS = r"(?:Offline|Online)"
_STATUS_TAIL = regex.compile(rf"\s+{_STATUS}$")


def _card_user(line: str) -> bool:
    """Whether `line` can be a user card's name: a short name line, no count line."""
    line = _STATUS_TAIL.sub("", line)
    return card_name(line) and len(line.split()) <= _MAX_RANK_WORDS and not _profile_line(line)


# A user name: one word of letters, digits and "_" / "." / "-", at least one of them lower-case.
_HANDLE = regex.compile(r"^(?=[^\s]*\p{Ll})[\p{L}\p{N}_.-]{3,30}$")
# The shortest first word of a display name looked for inside the user name.
_MIN_SHARED_NAME = 3


def handle_over_display_name(above: str, name: str) -> bool:
    """Whether `above` is the user name a card prints over the poster's display name `name`.

    Discourse prints "martaverde" / "Marta" / "Ago 21, 2026, 7:42pm" / "1": the user name,
    then the full name the user gave, then the date (golden
    es-foro-discourse-huerto-tomates-rajados-text); a thread's author is its user name, as
    WCXB's forum truth takes it. The display name's first word must be inside the user name,
    so that a line of the post above is not taken for one.
    """
    first = name.split(maxsplit=1)[0].casefold() if name.strip() else ""
    return (
        above != name
        and bool(_HANDLE.match(above))
        and len(first) >= _MIN_SHARED_NAME
        and first in above.casefold()
        and card_name(above)
    )


def card_handle(
    blocks: tuple[Block, ...], lang: str | None, names: tuple[str, ...]
) -> tuple[str, ...]:
    """The user name a thread's first card prints over the display name `names` read, if any.

    A byline pass reads the display name under the headline ("Marta" over the post's date);
    the card's user name over it ("martaverde") is the thread's author when the cards make a
    thread (`card_starter`). `names` as they were otherwise.
    """
    if len(names) != 1:
        return names
    lines = [" ".join(b.text.split()) for b in blocks]
    if not any(
        line == names[0] and handle_over_display_name(lines[i - 1], line)
        for i, line in enumerate(lines[1:], start=1)
    ):
        return names
    starter, _ = card_starter(blocks, lang)
    return starter if starter and handle_over_display_name(starter[0], names[0]) else names


# The label Chinese forums (Discuz!, Tieba, Tianya) print on the first post's card in place of
# its floor number: "楼主", the thread's starter; the later floors are "沙发", "板凳", "地板",
# "5#", "第5楼". A reply by the starter shows the floor and "楼主" both. A post's date line
# under its card: "发表于 2026-11-20 21:14 | 只看该作者" (Discuz!). The words are zh.toml's
# `[words.thread_starter]`, `[words.floor_label]` and `[words.posted_label]`.
# How far under the starter label the card's date line may stand: the poster's counts
# ("主题 3", "帖子 17", "积分 42") and rank ("新手上路") come between.
_FLOOR_CARD_LINES = 8


def floor_starter(
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
        if name in starters or floor.match(name) or not card_name(name):
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


def first_post_poster(blocks: tuple[Block, ...]) -> tuple[str, ...]:
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
            return (name,) if card_name(name) and not _PLAIN_WORD.match(name) else ()
        if len(line) > _POST_ONE_CHARS or "#1" not in line or not _POST_ONE.search(line):
            continue
        name = lines[i + 1]
        if (
            card_name(name)
            and not _PLAIN_WORD.match(name)
            and any(name in later for later in lines[i + 2 :])
        ):
            return (name,)
        return ()
    return ()


# The first post's head with the poster's name on the same block: a dump that prints the
# vBulletin head's date and "#1" permalink on one line and the name on the next, with no blank
# line between, gives one block "24.11.2026, 19:42 #1 Гөлнур_Ф" (elinks -dump; round AC golden
# ba-forum-elinks-vbulletin-pomidor-ysenteleri-text). The date opens the head.
_POST_ONE_GLUED = regex.compile(r"^(?P<head>\S.{0,40}?)\s+#1\s+(?P<name>[^\s#]{2,40})$")


def first_post_head(
    blocks: tuple[Block, ...], lang: str | None
) -> tuple[tuple[str, ...], str | None]:
    """The thread starter and first post's date from a "<date> #1 <name>" post head.

    As `first_post_poster` reads a "#1" line over the name, for the head whose name shares its
    block: the name must come back later in the thread (the starter's card again, a quote), and
    the date must open the head. The head is the first "#1" line; any other shape gives none.
    """
    lines = [" ".join(b.text.split()) for b in blocks]
    for i, line in enumerate(lines):
        if "#1" not in line or len(line) > _POST_ONE_CHARS:
            continue
        m = _POST_ONE_GLUED.match(line)
        if m is None:
            return (), None
        name = m["name"]
        found = find_dates(m["head"], lang)
        if (
            not found
            or found[0].start != 0
            or not card_name(name)
            or not any(name in later for later in lines[i + 1 :])
        ):
            return (), None
        return (name,), found[0].iso
    return (), None


_COMMUNITY_HEADER = regex.compile(r"^r/\w{2,}\s*[•·]$")
# One capitalised word ("Hardcover", "Features"): a label under a ranking's "#1", not a user name.
_PLAIN_WORD = regex.compile(r"^\p{Lu}\p{Ll}+$")


# A post card's avatar as a scrape prints it: the user's initial and their status ("J Offline",
# "L Online": NodeBB), over the user name.
_AVATAR_STATUS = regex.compile(rf"^\p{{L}}\s+{_STATUS}$")


def avatar_starter(blocks: tuple[Block, ...]) -> tuple[str, ...]:
    """The user name under a text thread's first avatar card, if the thread names them again.

    "J Offline" / "J Offline" / "julian" / "NodeBB" / "wrote on last edited by" / "#1": the
    first card is the starter's, and the avatar's initial is the name's first letter
    (wcxb-dev-text forum pages 0549, 0552, 0553; "luizjr4 | Premium" carries a badge).
    """
    lines = [" ".join(b.text.split()) for b in blocks]
    for i, line in enumerate(lines[:-1]):
        if len(line) > _POST_ONE_CHARS or not _AVATAR_STATUS.match(line):
            continue
        j = i + 1
        while j < len(lines) - 1 and _AVATAR_STATUS.match(lines[j]):
            j += 1
        name = lines[j].partition(" | ")[0].strip()
        if (
            card_name(name)
            and name[:1].casefold() == line[:1].casefold()
            and any(name in later for later in lines[j + 1 :])
        ):
            return (name,)
        return ()
    return ()


def thread_posts(
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
    if any("»" in b.text for b in blocks):
        # "<name> <verb> » <date>" heads, the verb read off the page (`verb_post_headers`)
        known = {i for i, _ in headers}
        verbs = verb_post_headers([b.text for b in blocks], lang)
        headers = sorted(
            [*headers, *((i, h) for i, h in verbs.items() if i not in known)], key=lambda h: h[0]
        )
    if len(headers) < _MIN_THREAD_POSTS:
        return None
    out = list(blocks)
    for i, _ in headers:
        if blocks[i].kept:
            out[i] = blocks[i].evolve(kind="byline").drop("byline")
    texts = {" ".join(b.text.split()).casefold() for b in blocks}
    # A quote's head is the quoted poster's name and a colon alone on its line ("madina_kh:",
    # Discourse's aside.quote title; round AE golden ce-discourse-resiliparse-klaviatura-
    # palochka-text): only the names the thread's post headers give, so "Note:" stays.
    quoted = {f"{name}:" for _, h in headers for name in h.names}
    for i, b in enumerate(blocks):
        short = b.kept and len(b.text) <= MAX_BYLINE_CHARS
        m = REPLY_SUBJECT.fullmatch(b.text) if short else None
        if m is not None and " ".join(m["subject"].split()).casefold() in texts:
            # A reply's subject repeats the thread's title, which the page shows elsewhere.
            out[i] = b.evolve(kind="title").drop("title")
        elif short and b.text.strip() in quoted and out[i].kept:
            out[i] = b.evolve(kind="byline").drop("byline")
    first = headers[0][1]
    return tuple(out), first.names, first.date


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


def thread_starter(markup: list[str], header: list[str]) -> tuple[str, ...]:
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
