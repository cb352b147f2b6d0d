"""Stage `normalize`: Unicode and whitespace clean-up of every block, wrapped lines rejoined.

Only invisible and layout characters change: NFC composition, the many Unicode spaces, zero-width
characters, the soft hyphen, line ends. Content characters (curly quotes, dashes, ellipses) are
left as the page wrote them.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

import regex

from cleaner.document import Document
from cleaner.rules import Rules
from cleaner.stages.language import stopwords

# Every Unicode space separator (NBSP, narrow NBSP, em space, ...) and tabs become one space.
# The separators (\p{Zs}: tests/stages/test_normalize.py checks the list against the regex
# module's) are spelled out for the standard library's `re`: with `regex` the class made the
# substitution the stage's main cost on accented text.
_OTHER_SPACES = "\xa0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v"
_SPACES = re.compile(f"[ {_OTHER_SPACES}]+")
# Where `_SPACES` changes anything: a space other than " ", or two spaces in a row.
_SPACES_CHANGE = re.compile(f"[{_OTHER_SPACES}]|  ")
# Zero-width characters, the word joiner, the BOM and the soft hyphen are invisible and split
# words for search. The zero-width non-joiner and joiner are spelling after a letter of the
# Arabic script or an Indic one: Persian writes "می‌رسد" and "بهره‌برداری" with a ZWNJ, Hindi
# picks a conjunct's form with them (golden fa-khabar-metro-text: its title and site name lost
# theirs); elsewhere they go like the others.
_INVISIBLE = re.compile(
    "[\u200b\u2060\ufeff\u00ad]"
    "|(?<![\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc\u0900-\u0dff])[\u200c\u200d]"
)
_CRLF = regex.compile(r"\r\n?|[\u2028\u2029\x85]")
# A word broken at a line end, with a hyphen ("Verhand-\nlungstisch") or without one.
_HYPHEN_BREAK = regex.compile(r"(\w+)-[ \t]*\n[ \t]*(\w+)")
_BARE_BREAK = regex.compile(r"(\w+)[ \t]*\n[ \t]*(\w+)")
_NEWLINES = regex.compile(r"\s*\n\s*")
_WORD = regex.compile(r"\w+")
# A permalink sign ("#", pilcrow, section sign, link emoji) that documentation generators glue
# to the end of a heading (golden page en-docs-code-blocks-sidebar). A single capital letter
# before the hash is a language name (C sharp, F sharp), not an anchor.
_HEADING_ANCHOR = regex.compile(r"(?<!(?:^|\s)\p{Lu})\s*[#¶§🔗]\s*$")
# A block this short that ends in a wiki's edit link is a section heading as a text scrape prints
# it ("Orúkọ[àtúnṣe]": golden yo-iwe-imo-odo-alaran-text), the link glued to the heading line.
_EDIT_LINE_CHARS = 150
# A wiki's footnote marks after a sentence's end or a quotation: "… kìlómítà.[1]", "… Foundation.[2]
# They were …" (golden yo-iwe-imo-odo-alaran-text; wcxb-dev-text 2905 and 1405 print them and
# their truth leaves them out). Only after punctuation and before a space or the end, so an
# index ("items[1]", "a[0] = 1") stays, and up to three digits, several marks in a row.
_FOOTNOTE_MARKS = regex.compile(r"(?<=[.,;:!?\"”’»)])(?:\[\d{1,3}\])++(?=\s|$)")


@functools.cache
def edit_link() -> regex.Pattern[str]:
    """A wiki's section edit link at a text's end: one or two of `[words.wiki_edit]` in brackets.

    MediaWiki writes "Installation[edit]" or "Voraussetzungen[Bearbeiten | Quelltext
    bearbeiten]" in the wiki's language (golden de-wiki-anleitung-pihole-html). Only these words
    inside the brackets: "Results [PDF]" stays. The words are rules data (common.toml, one list
    for every wiki language: a page's language is often not declared where its headings are
    read), with examples the tests check; longest first, as the alternation tries them.
    """
    words = "|".join(
        regex.escape(w) for w in sorted(Rules.load(None).lexicon("wiki_edit").words, key=len)[::-1]
    )
    return regex.compile(rf"(?i)\s*\[\s*(?:{words})(?:\s*\|\s*(?:{words}))?\s*\]\s*$")


def vocabulary(texts: Iterable[str]) -> frozenset[str]:
    """Return the lower-cased words of `texts` that are not broken at a line end.

    It is the evidence `join_lines` uses: a rejoined word is real when the page writes it
    whole somewhere else. Hyphenated compounds are kept whole too ("well-known").
    """
    words: set[str] = set()
    for text in texts:
        unbroken = _HYPHEN_BREAK.sub(" ", _BARE_BREAK.sub(" ", _CRLF.sub("\n", text)))
        words.update(w.lower() for w in regex.findall(r"\w+(?:-\w+)*", unbroken))
    return frozenset(words)


def _join_hyphen(left: str, right: str, vocab: frozenset[str], stops: frozenset[str]) -> str:
    """Rejoin `left-` + newline + `right` as the page most likely meant it.

    Joined without the hyphen when the page writes the joined word elsewhere; with it when it
    writes the hyphenated compound elsewhere, when `right` starts with a capital or a digit
    ("GDL-Chef", "COVID-19"), or when both halves are words the page uses on their own or
    `left` is a stop word ("so-called", "well-known"). Otherwise the hyphen was the typesetter's
    ("Verhand-lungstisch"), and it goes.
    """
    joined = f"{left}{right}"
    hyphenated = f"{left}-{right}"
    low_l, low_r = left.lower(), right.lower()
    if joined.lower() in vocab:
        return joined
    if hyphenated.lower() in vocab or not right[:1].islower():
        return hyphenated
    if low_l in stops or (low_l in vocab and low_r in vocab):
        return hyphenated
    return joined


def join_lines(
    text: str,
    vocab: frozenset[str] = frozenset(),
    stops: frozenset[str] = frozenset(),
) -> str:
    """Join the lines of a hard-wrapped paragraph into one line.

    A word broken by a line-end hyphen is rejoined by the rule of `_join_hyphen`; a word broken
    by a bare newline is rejoined only where the page writes the joined word elsewhere and not
    both halves on their own. Every other line end becomes a space.

    Args:
        text: The paragraph, lines separated by newlines (CR and CRLF are accepted).
        vocab: Words the page writes whole elsewhere (see `vocabulary`).
        stops: Stop words of the page's language.
    """
    if not ("\n" in text or "\r" in text or "\u2028" in text or "\u2029" in text or "\x85" in text):
        return text  # no line end of any kind: what the substitution below would leave
    text = _CRLF.sub("\n", text)
    if "\n" not in text:
        return text
    text = _HYPHEN_BREAK.sub(lambda m: _join_hyphen(m[1], m[2], vocab, stops), text)

    def bare(m: regex.Match[str]) -> str:
        left, right = m[1], m[2]
        if f"{left}{right}".lower() in vocab and not (
            left.lower() in vocab and right.lower() in vocab
        ):
            return f"{left}{right}"
        return f"{left} {right}"

    text = _BARE_BREAK.sub(bare, text)
    return _NEWLINES.sub(" ", text)


def normalize_text(
    text: str,
    vocab: frozenset[str] = frozenset(),
    stops: frozenset[str] = frozenset(),
) -> str:
    """Return `text` in NFC, on one line, with spaces collapsed and invisible characters removed.

    Idempotent: normalising twice gives the same text as once.

    Args:
        text: A block's text.
        vocab: Words the page writes whole, for rejoining words broken at line ends.
        stops: Stop words of the page's language (see `join_lines`).
    """
    if text.isascii():
        # Most blocks (87% on sh-html): NFC and the invisible characters cannot change them,
        # and their only spaces to squeeze are ASCII ones; the regexes cost 6 us a block.
        if "\n" in text or "\r" in text:
            text = join_lines(text, vocab, stops)
        if "  " in text or "\t" in text or "\f" in text or "\v" in text:
            text = _SPACES.sub(" ", text)
        return text.strip()
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    text = join_lines(text, vocab, stops)
    if _SPACES_CHANGE.search(text):
        text = _SPACES.sub(" ", text)
    return text.strip()


def strip_heading_anchor(text: str) -> str:
    """Return a heading without a permalink sign ("#", "¶", "§", "🔗") or wiki edit link at its end.

    Example:
        >>> strip_heading_anchor("A basic policy#")
        'A basic policy'
        >>> strip_heading_anchor("Why we still write C#")
        'Why we still write C#'
    """
    if text[-1] == "]":
        stripped = edit_link().sub("", text)
        return stripped or text
    if text[-1] not in "#¶§🔗":
        return text
    stripped = _HEADING_ANCHOR.sub("", text)
    return stripped or text


def strip_footnote_marks(text: str) -> str:
    """Return `text` without a wiki's footnote marks after punctuation ("… river.[1]").

    Example:
        >>> strip_footnote_marks("It flows into the Ogun.[1][2] Farmers fish there.")
        'It flows into the Ogun. Farmers fish there.'
        >>> strip_footnote_marks("print(items[1])")
        'print(items[1])'
    """
    return _FOOTNOTE_MARKS.sub("", text)


def normalize(doc: Document) -> Document:
    """Normalise Unicode and whitespace in every block, join wrapped lines; drop empty blocks.

    Headings, and short lines ending in a wiki's edit link, lose a permalink sign or that link
    glued to their end (see `strip_heading_anchor`); footnote marks after punctuation go from
    every block but code (see `strip_footnote_marks`).

    Reads: blocks, lang. Writes: blocks[].text, blocks[].dropped_by ("empty").
    """
    wrapped = any("\n" in b.text or "\r" in b.text for b in doc.blocks)
    vocab = vocabulary(b.text for b in doc.blocks) if wrapped else frozenset()
    stops = stopwords(doc.lang) if wrapped else frozenset()
    blocks = []
    for b in doc.blocks:
        text = normalize_text(b.text, vocab, stops)
        if text and (b.kind == "heading" or (len(text) <= _EDIT_LINE_CHARS and text[-1] == "]")):
            text = strip_heading_anchor(text)
        if "[" in text and b.kind != "code":
            text = strip_footnote_marks(text)
        nb = b if text == b.text else b.evolve(text=text)
        blocks.append(nb if text else nb.drop("empty"))
    return doc.evolve(blocks=tuple(blocks))
