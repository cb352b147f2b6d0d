"""Shapes of one line of text that more than one stage reads: a team list's "Name – role" line.

A sentence's end and a headline's start are what the team list's test reads.

`extract_text` keeps a team list after an article with `roster_line`; the byline stage reads a
credit line that is one of several such lines as the page's staff, not its writer. One
definition, so the two stages agree on what a team list's line is.
"""

from __future__ import annotations

import regex

from cleaner.words import count_words

# The marks a sentence (or a quote, a label, a parenthesis) ends on; a regex character class's
# body. `textclassify` adds a closing square bracket for its model feature ("[1]", "[edit]").
SENTENCE_MARKS = r".!?…。！？:;\"”»’)"
# A line that ends a sentence (or a quote, a label, a parenthesis): prose, not a heading.
SENTENCE_END = regex.compile(rf"[{SENTENCE_MARKS}]$")
OPENING_QUOTES = "\"'“‘«„¿¡"

# A team list's line, "Name – role": the name 1-4 words, a dash between spaces, then the role
# (golden es-quienes-somos-empresa-solar-text, round L: "Vicente Ferrer Llopis – Director
# técnico"). Group 1 is the name, group 2 the role.
ROSTER = regex.compile(r"^(\S+(?:\s+\S+){0,3})\s+[–—-]\s+(\S.*)$")
# The role is a job title, not a sentence: at most this many words.
ROSTER_ROLE_WORDS = 6
_DIGIT = regex.compile(r"\d")


def headline_start(text: str) -> bool:
    """Whether `text` opens as a headline does: a capital, a digit or a letter without case."""
    c = text.lstrip(OPENING_QUOTES)[:1]
    return c.isalnum() and not c.islower()


def roster_line(text: str) -> bool:
    """Whether `text` is one "Name – role" line of a team list (`ROSTER`).

    Every word of the name opens like a headline, the role runs to `ROSTER_ROLE_WORDS` words,
    and the line holds no digit and ends no sentence: a testimonial signed "– Name R., Town"
    opens on a quoted sentence, a dated teaser has its digits.
    """
    m = ROSTER.match(text)
    return (
        m is not None
        and all(headline_start(w) for w in m.group(1).split())
        and not SENTENCE_END.search(m.group(1))
        and count_words(m.group(2)) <= ROSTER_ROLE_WORDS
        and not _DIGIT.search(text)
        and not SENTENCE_END.search(text)
    )
