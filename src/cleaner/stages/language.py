"""Stage `detect_language`: the page's language, from the caller, the page, or its text."""

from __future__ import annotations

import functools
import logging
from collections import Counter

import regex
from justext import get_stoplist, get_stoplists

from cleaner.document import Document

logger = logging.getLogger(__name__)

# jusText names its stoplists in English; the rules and the caller speak ISO 639-1.
STOPLIST_NAMES: dict[str, str] = {
    "en": "English",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "it": "Italian",
    "pt": "Portuguese",
    "nl": "Dutch",
    "sv": "Swedish",
    "da": "Danish",
    "no": "Norwegian_Bokmal",
    "fi": "Finnish",
    "pl": "Polish",
    "cs": "Czech",
    "ro": "Romanian",
    "hu": "Hungarian",
    "tr": "Turkish",
    "ru": "Russian",
    "uk": "Ukrainian",
    "ca": "Catalan",
    "el": "Greek",
    "id": "Indonesian",
}
_WORD = regex.compile(r"\w+")
# Detection reads this many characters of kept text: enough for a stable vote on every fixture.
_SAMPLE_CHARS = 5000
# Below this share of stop words no language is claimed (fixtures: menus-only pages score < 0.1).
_MIN_SHARE = 0.12


@functools.cache
def stopwords(lang: str | None) -> frozenset[str]:
    """Return jusText's stop words for an ISO 639-1 code (English when unknown)."""
    name = STOPLIST_NAMES.get((lang or "en").lower(), "English")
    if name not in get_stoplists():
        name = "English"
    return frozenset(get_stoplist(name))


@functools.cache
def _all_stoplists() -> tuple[tuple[str, frozenset[str]], ...]:
    return tuple((code, stopwords(code)) for code in STOPLIST_NAMES)


def guess_language(text: str) -> str | None:
    """Return the ISO 639-1 code whose stop words cover most of `text`, or None if unsure."""
    words = [w.lower() for w in _WORD.findall(text[:_SAMPLE_CHARS])]
    if len(words) < 10:
        return None
    # Each distinct word is looked up once per stop list, by a set intersection in C: the same
    # counts as testing every word against every list (21 lists x ~800 words: 1.3 ms a page).
    # (A set, not `counts.keys()`: a dict view's "&" was 20 times slower than the plain loop.)
    counts = Counter(words)
    distinct = set(counts)
    best, best_share = None, 0.0
    for code, stops in _all_stoplists():
        share = sum(map(counts.__getitem__, distinct.intersection(stops))) / len(words)
        if share > best_share:
            best, best_share = code, share
    return best if best_share >= _MIN_SHARE else None


def detect_language(doc: Document) -> Document:
    """Set `lang` when neither the caller nor the page gave one, by stop-word overlap.

    Reads: lang, blocks. Writes: lang.
    """
    if doc.lang:
        return doc
    text = " ".join(b.text for b in doc.blocks if b.kept and len(b.text) > 40)
    if not text:
        text = doc.decoded
    return doc.evolve(lang=guess_language(text))
