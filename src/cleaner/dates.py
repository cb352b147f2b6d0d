"""Dates written in running text: find them, parse them to ISO `YYYY-MM-DD`, tell labels apart.

Pages write dates in many shapes and languages: "March 12, 2024", "12 March 2024",
"12. März 2024", "12 mars 2024", "12 de marzo de 2024", "12 marzo 2024", "12.03.2024",
"2024-03-12T08:00:00Z", "2024年3月12日". `find_dates` finds all of them with their position and
whether a label before them marks them as an update ("Updated", "Aktualisiert", "Mis à jour",
"Actualizado", "Aggiornato", ...), which is not the first-publication date. `find_date` returns the
first date that is not an update; `is_dateline` tells whether a line is only a date and its labels,
so that a stage may lift it out of the body.

Only full dates count (day, month and year): "March 2024" or a bare year says too little to be a
publication date.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass

import regex

logger = logging.getLogger(__name__)

# Month names and their usual abbreviations in en, de, fr, es, it, pt, nl. Keys are lower case;
# accents are kept and the unaccented spellings scrapes often use are listed as well.
_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "january jan januar jänner jän janvier janv enero ene gennaio gen janeiro januari",
        "february feb februar feber février fevrier févr fevr febrero febbraio fevereiro februari",
        "march mar märz maerz mär mars marzo março marco maart",
        "april apr avril avr abril abr aprile",
        "may mai mayo maggio mag maio mei",
        "june jun juni juin junio giugno giu junho",
        "july jul juli juillet juil julio luglio lug julho",
        "august aug août aout agosto ago augustus",
        "september sep sept septembre septiembre setiembre settembre set setembro",
        "october oct oktober okt octobre octubre ottobre ott outubro",
        "november nov novembre noviembre novembro",
        "december dec dezember dez décembre decembre déc diciembre dic dicembre dezembro",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTHS.setdefault(_name, _number)

_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_DAY = r"(?P<day>[0-3]?\d)"
# Weekday names are allowed between a label and a date but carry no information.
_ORDINAL = r"(?:st|nd|rd|th|er|e|º|°|\.)?"

_PATTERNS: tuple[tuple[str, regex.Pattern[str]], ...] = (
    # 2024-03-12, 2024/03/12, 2024.03.12, 2024-03-12T08:00:00Z
    (
        "ymd",
        regex.compile(
            r"(?<![\d.])(?P<year>(?:19|20)\d{2})(?P<sep>[-/.])(?P<month>[01]?\d)(?P=sep)"
            r"(?P<day>[0-3]?\d)(?![\d])",
        ),
    ),
    # 2024年3月12日, 2024년 3월 12일
    (
        "cjk",
        regex.compile(
            rf"{_YEAR}\s*[年년]\s*(?P<month>[01]?\d)\s*[月월]\s*(?P<day>[0-3]?\d)\s*[日일]?",
        ),
    ),
    # March 12, 2024; Mar. 12th 2024; March 12 , 2024
    (
        "mdy",
        regex.compile(
            rf"(?i)(?<!\w)(?P<mname>{_MONTH})\.?\s+{_DAY}(?:st|nd|rd|th)?\s*,?\s*{_YEAR}(?!\d)",
        ),
    ),
    # 12 March 2024; 12. März 2024; 1er mars 2024; 12 de marzo de 2024; 12th of March, 2024
    (
        "dmy",
        regex.compile(
            rf"(?i)(?<![\w.])(?<!\d[.,]){_DAY}{_ORDINAL}\s*(?:de\s+|of\s+)?(?P<mname>{_MONTH})\.?"
            rf",?\s*(?:de\s+|del\s+|de\s+l'an\s+)?{_YEAR}(?!\d)",
        ),
    ),
    # 12.03.2024, 12/03/2024, 03/12/2024, 12-03-2024
    (
        "numeric",
        regex.compile(
            rf"(?<![\d.])(?P<a>[0-3]?\d)(?P<sep>[./-])(?P<b>[0-3]?\d)(?P=sep){_YEAR}(?![\d])",
        ),
    ),
)

# Labels that say a date is not the first publication: it is when the page was changed.
_UPDATE_LABEL = regex.compile(
    r"(?i)\b(?:(?:last\s+)?updated?|modified|revised|edited|changed|"
    r"aktualisiert|geändert|"
    r"mis\s+à\s+jour|mise\s+à\s+jour|modifié|actualisé|"
    r"actualizado|actualización|modificado|"
    r"aggiornato|aggiornamento|modificato|"
    r"atualizado|atualização|bijgewerkt)\b",
)
# Labels that say a date is the publication: they cancel an earlier update label on the line.
_PUBLISH_LABEL = regex.compile(
    r"(?i)\b(?:published|posted|publish(?:ed)?\s+on|first\s+published|date|dated|"
    r"veröffentlicht|erschienen|publiziert|datum|vom|"
    r"publié|publiée|publication|posté|"
    r"publicado|publicada|publicación|fecha|"
    r"pubblicato|pubblicata|pubblicazione|data|"
    r"gepubliceerd|geplaatst)\b",
)
# Labels of a forum user's profile line: the date after one is when somebody joined, never
# when the page was written, so it is left out ("Joined: Sun Apr 03, 2022 7:12 pm" above a
# post dated the page 2022 in en-forum-thread-posts-text). The label must stand right before
# the date, a weekday at most between them.
_PROFILE_LABEL = regex.compile(
    r"(?i)\b(?:joined|member\s+since|registered(?:\s+on)?|mitglied\s+seit|dabei\s+seit|"
    r"registriert(?:\s+seit)?|inscrit(?:e)?(?:\s+(?:le|depuis))?|membre\s+depuis|"
    r"registrado(?:\s+el)?|miembro\s+desde|iscritto(?:\s+il)?|membro\s+dal|"
    r"lid\s+sinds|geregistreerd(?:\s+op)?)\s*:?\s*(?:\p{L}{2,10}\.?,?\s+)?$",
)
# At most this many dates are reported for one text (a byline holds one or two; a calendar
# page a few hundred).
_MAX_DATES = 500
# Dates are looked for in lines, bylines and metadata values: only the first 20,000 characters
# of a text are read, so a hostile 5 MB line costs milliseconds.
_MAX_CHARS = 20_000
# Every pattern needs a year from 1900 to 2099: a text without one holds no full date, and most
# texts a stage asks about have none (this test costs a fraction of the patterns').
_YEAR_HINT = re.compile(r"(?:19|20)\d\d")
# How far back (characters) a label can sit before the date it qualifies: "Updated on
# Tuesday, 12 March 2024 at" is about 30 characters from label to number.
_LABEL_REACH = 40

# What may surround a date on a line that is nothing but a date: labels, weekdays, times,
# time zones, separators, "at"/"um"/"à", reading times are not allowed (they are other metadata).
_WEEKDAYS = regex.compile(
    r"(?i)\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\b|"
    r"\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    r"lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|"
    r"lunedì|lunedi|martedì|martedi|mercoledì|mercoledi|giovedì|giovedi|venerdì|venerdi|"
    r"sabato|domenica)\b",
)
_TIME = regex.compile(
    r"(?i)\b\d{1,2}(?:[:.h]\d{2}){1,2}\s*(?:[ap]\.?m\.?|uhr|h)?\b|\b\d{1,2}\s*[ap]\.?m\.?(?!\w)|"
    r"\b(?:[A-Z]{2,4}T|UTC|GMT|CET|CEST|MEZ|MESZ|ET|PT)\b(?:\s*[+-]\d{1,2}(?::?\d{2})?)?|"
    r"T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?",
)
_FILLER = regex.compile(
    r"(?i)\b(?:on|at|am|um|le|el|il|à|a\s+las|alle|ore|h|the|of|in|de|du|del|der|den|"
    r"originally|first|last|article|story|news|time|date)\b",
)
# A dateline holds at most this many words besides the date and its labels ("Posted on
# Tuesday, 12 March 2024 at 10:15 am" leaves none; "12 March 2024 | Opinion" leaves one).
_DATELINE_SPARE_WORDS = 1


@dataclass(frozen=True, slots=True)
class FoundDate:
    """One date found in a text.

    Attributes:
        iso: The date as `YYYY-MM-DD`.
        start: Offset of the date's first character in the text.
        end: Offset just past the date's last character.
        updated: Whether a label before it ("Updated", "Aktualisiert", ...) marks it as a change
            date rather than the first publication.
    """

    iso: str
    start: int
    end: int
    updated: bool = False


def _iso(year: int, month: int, day: int) -> str | None:
    """Return `YYYY-MM-DD` if year, month and day make a real calendar date."""
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _numeric(a: int, b: int, sep: str, lang: str | None) -> tuple[int, int]:
    """Return (month, day) of a numeric date `a<sep>b<sep>year`.

    A part above 12 is the day. Otherwise English pages write month first with slashes
    ("03/12/2024" is March 12 in the US), and everyone else, and dots everywhere, write day first.
    """
    if a > 12 >= b:
        return b, a
    if b > 12 >= a:
        return a, b
    if sep == "/" and (lang is None or lang == "en"):
        return a, b
    return b, a


def _label_before(text: str, start: int, floor: int) -> bool:
    """Whether the nearest label before `start` (after `floor`) marks an update."""
    window_start = max(floor, start - _LABEL_REACH)
    window = text[window_start:start]
    update = [m.end() for m in _UPDATE_LABEL.finditer(window)]
    if not update:
        return False
    publish = [m.end() for m in _PUBLISH_LABEL.finditer(window)]
    return not publish or max(update) > max(publish)


def find_dates(text: str, lang: str | None = None) -> tuple[FoundDate, ...]:
    """Return every full date in `text`, in text order.

    Args:
        text: Any text: a line, a paragraph, an attribute value. Only its first 20,000
            characters are read.
        lang: ISO 639-1 code of the text's language; decides "03/04/2024" (month first in
            English, day first elsewhere). None is read as English for slashes only.

    Returns:
        The dates found, each with its position and whether it is labelled as an update.
        A date labelled as a user's join date ("Joined:", "Member since", "Mitglied seit")
        is left out: it never dates the page.

    Example:
        >>> [d.iso for d in find_dates("Published 12 March 2024, updated 3/14/2024")]
        ['2024-03-12', '2024-03-14']
    """
    text = text[:_MAX_CHARS]
    if not text or not _YEAR_HINT.search(text):
        return ()
    spans: list[tuple[int, int, str]] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            # Overlap is checked pairwise; a text with hundreds of dates is cut short.
            if len(spans) >= _MAX_DATES:
                break
            if any(s < m.end() and m.start() < e for s, e, _ in spans):
                continue
            iso = _match_iso(kind, m, lang)
            if iso is not None:
                spans.append((m.start(), m.end(), iso))
    spans.sort()
    found: list[FoundDate] = []
    floor = 0
    for start, end, iso in spans:
        if not _PROFILE_LABEL.search(text, max(floor, start - _LABEL_REACH), start):
            found.append(FoundDate(iso, start, end, updated=_label_before(text, start, floor)))
        floor = end
    return tuple(found)


def _match_iso(kind: str, m: regex.Match[str], lang: str | None) -> str | None:
    """Turn one pattern match into an ISO date, or None if it is not a calendar date."""
    year = int(m["year"])
    if kind in {"ymd", "cjk"}:
        return _iso(year, int(m["month"]), int(m["day"]))
    if kind == "numeric":
        month, day = _numeric(int(m["a"]), int(m["b"]), m["sep"], lang)
        return _iso(year, month, day)
    named = _MONTHS.get(m["mname"].casefold())
    if named is None:
        return None
    return _iso(year, named, int(m["day"]))


def find_date(text: str, lang: str | None = None) -> str | None:
    """Return the first publication date written in `text` as `YYYY-MM-DD`, or None.

    Dates labelled as updates ("Updated March 5, 2024") are skipped.

    Args:
        text: Any text, e.g. a byline "By Jane Doe | March 3, 2024".
        lang: ISO 639-1 code of the text's language (see `find_dates`).

    Example:
        >>> find_date("By Jane Doe | March 3, 2024")
        '2024-03-03'
        >>> find_date("Aktualisiert am 5. März 2024") is None
        True
    """
    for found in find_dates(text, lang):
        if not found.updated:
            return found.iso
    return None


def parse_date(value: str, lang: str | None = None) -> str | None:
    """Return the date a metadata value holds ("2024-03-12T08:00:00+01:00") as `YYYY-MM-DD`.

    Unlike `find_date` the value is taken as a date whatever its label: it comes from a field
    that names it (`datePublished`, `article:published_time`, `<time datetime>`).
    """
    found = find_dates(value.strip()[:200], lang)
    return found[0].iso if found else None


def is_dateline(text: str, lang: str | None = None) -> bool:
    """Whether `text` is only a date with its labels ("Published: Tuesday, 12 March 2024, 10:15").

    Such a line is metadata, not body: the metadata stage lifts it out.
    """
    if len(text) > 120:
        return False
    found = find_dates(text, lang)
    if not found:
        return False
    rest = text
    for f in reversed(found):
        rest = rest[: f.start] + " " + rest[f.end :]
    rest = _UPDATE_LABEL.sub(" ", rest)
    rest = _PUBLISH_LABEL.sub(" ", rest)
    rest = _WEEKDAYS.sub(" ", rest)
    rest = _TIME.sub(" ", rest)
    rest = _FILLER.sub(" ", rest)
    words = [w for w in regex.split(r"[\W_]+", rest) if w]
    return len(words) <= _DATELINE_SPARE_WORDS


# What follows the date of a news dateline that opens the first paragraph: a dash, a slash
# ("/Newswire Hub/"), a colon or an agency in brackets ("(dpa)").
_AFTER_OPENING = regex.compile(r"^\s*(?:[–—-]{1,2}|/|:|\()")
# The place before it is short: "Montpellier, le", "TOLEDO, Ohio,", "BERLIN,".
_OPENING_REACH = 60
_OPENING_WORDS = 5


def opening_date(text: str, lang: str | None = None) -> str | None:
    """The date of a dateline that opens a paragraph ("Montpellier, le 5 mars 2024 – La ...").

    Press releases and wire stories start their first paragraph with place and date; the
    date then stands for the publication.

    Example:
        >>> opening_date("TOLEDO, Ohio, June 11, 2024 /Newswire/ -- Northwind said today ...")
        '2024-06-11'
    """
    head = text[: _OPENING_REACH + 40]
    found = find_dates(head, lang)
    if not found:
        return None
    first = found[0]
    before = head[: first.start]
    if first.updated or first.start > _OPENING_REACH or "," not in before:
        return None
    if len(before.split()) > _OPENING_WORDS or not _AFTER_OPENING.match(head[first.end :]):
        return None
    return first.iso
