"""Counting words in any script, including those written without spaces between words.

Every length threshold in the library (the judge's minimum body, the text and HTML classifiers'
length features, the short-line limits of menus, titles and bylines) was set in words of
space-delimited languages. `len(text.split())` makes a paragraph of Chinese, Japanese or Thai one
"word", so such a page lost every line as a menu and was then discarded as empty. Here a run of a
script written without spaces counts as the number of words the same text would have in a
space-delimited language, estimated from its number of characters:

* Han (Chinese characters, Japanese kanji): 1.5 characters per word. Segmented Chinese corpora
  (PKU, CTB) average 1.5-1.7 characters per word, and translators' rule of thumb is 1.5-1.8
  Chinese characters per English word; the low end keeps a short paragraph above the
  classifiers' "short line" limits.
* Hiragana and Katakana: 2.5 characters per word. Kana spell particles, endings and loan words
  (Japanese morphemes are longer in kana than in kanji); with kanji at 1.5 this puts ordinary
  Japanese prose at about 2 characters per word, translators' rule of thumb for Japanese.
* Thai, Lao, Khmer, Myanmar, Tibetan: 5 code points per word. These abugidas write a word as 2-4
  letters plus vowel and tone marks, which are code points of their own.

Hangul (Korean) is spaced between phrases and is counted by spaces like Latin. Text with none of
these scripts (checked by `str.isascii` first, then one regex search) is counted by
`len(text.split())`, so every count on space-delimited text, and every learned model's output on
it, stays what it was.
"""

from __future__ import annotations

import functools
import re

import regex

# Code point ranges, not `\p{Han}`: the stdlib `re` with a plain class is the fastest search for
# the common case, a page with none of these characters.
_HAN = (
    "\u3005\u3007\u3021-\u3029\u3038-\u303b"  # 々 〇 Suzhou numerals, 〻
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    "\U00020000-\U0003134f"
)
_KANA = "\u3040-\u309f\u30a0-\u30ff\u31f0-\u31ff\uff66-\uff9f"
_SEA = "\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff\u19e0-\u19ff"
# Characters per word for each group of `_RUN` (see the module docstring).
_RATIOS = (1.5, 2.5, 5.0)
# A run of at most this many characters is one word: Chinese and Japanese words are one to four
# characters, and such a run standing alone between spaces or punctuation is a name ("王小明"), a
# menu item ("首页"), a kanji compound ("図書館") or a language's name in a language menu
# ("简体中文"). Counted by characters, the language menu of an English page (wcxb-dev-text 0448,
# 3067) grew by a few words and moved the text classifier's decisions elsewhere on the page.
_ONE_WORD_RUN = 4

_UNSPACED = re.compile(f"[{_HAN}{_KANA}{_SEA}]")
_RUN = re.compile(f"([{_HAN}]+)|([{_KANA}]+)|([{_SEA}]+)")
# Removed before counting the spaced rest: the unspaced runs themselves and the CJK and
# full-width punctuation that sits between them ("，" "。" "：" "「"), which is no word.
_NOT_SPACED_WORD = re.compile(
    f"[{_HAN}{_KANA}{_SEA}\u3000-\u3004\u3008-\u3020\u3030-\u3037\u303c-\u303f"
    "\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u30fb]+",
)
# The `regex` module's `\w` (it takes combining marks, as Devanagari vowel signs): the same
# tokens textclassify has always used.
_WORD = regex.compile(r"\w+")


def has_unspaced(text: str) -> bool:
    """Whether `text` holds any character of a script written without spaces between words."""
    return not text.isascii() and _UNSPACED.search(text) is not None


# Texts up to this many characters have their count remembered (`_CACHED_COUNTS` of them): the
# stages count the same block texts again and again (segmenting's features, extract_html, judge,
# boilerplate: 415 calls a page on sh-html for 130 distinct texts), and a lookup costs less than
# splitting the text (count_words 0.59 -> 0.30 ms a page). The bound keeps what the cache holds
# small (at most ~2 MB of text); longer texts are counted each time.
_CACHED_CHARS = 500
_CACHED_COUNTS = 1024


def count_words(text: str) -> int:
    """Return the number of words in `text`, in any script.

    Space-delimited text counts as `len(text.split())`. Runs of Han, Kana and Southeast Asian
    scripts count by their length (see the module docstring); a run of up to four characters is
    one word.

    Args:
        text: Any text.

    Returns:
        The estimated number of words.
    """
    if len(text) <= _CACHED_CHARS:
        return _count_short(text)
    return _count(text)


@functools.lru_cache(maxsize=_CACHED_COUNTS)
def _count_short(text: str) -> int:
    """`_count`, remembered for short texts (see `_CACHED_CHARS`)."""
    return _count(text)


def _count(text: str) -> int:
    """`count_words` itself."""
    if text.isascii() or _UNSPACED.search(text) is None:
        return len(text.split())
    unspaced = 0.0
    for match in _RUN.finditer(text):
        group = match.lastindex or 1
        n = len(match.group(group))
        unspaced += 1.0 if n <= _ONE_WORD_RUN else n / _RATIOS[group - 1]
    return len(_NOT_SPACED_WORD.sub(" ", text).split()) + round(unspaced)


def word_tokens(text: str) -> list[str]:
    r"""Return the `\w+` tokens of `text`, runs of unspaced scripts cut into word-sized pieces.

    Features that look at tokens (stop-word shares, token counts) see a Chinese sentence as about
    as many tokens as `count_words` counts words, instead of one. For text without such scripts
    this is exactly `regex.findall(r"\w+", text)` (the `regex` module, not `re`).

    Args:
        text: Any text.

    Returns:
        The tokens, in order.
    """
    tokens = _WORD.findall(text)
    if text.isascii() or _UNSPACED.search(text) is None:
        return tokens
    out: list[str] = []
    for token in tokens:
        if _UNSPACED.search(token) is None:
            out.append(token)
            continue
        start = 0
        for match in _RUN.finditer(token):
            if match.start() > start:
                out.append(token[start : match.start()])
            group = match.lastindex or 1
            run = match.group(group)
            pieces = 1 if len(run) <= _ONE_WORD_RUN else round(len(run) / _RATIOS[group - 1])
            out.extend(
                run[i * len(run) // pieces : (i + 1) * len(run) // pieces] for i in range(pieces)
            )
            start = match.end()
        if start < len(token):
            out.append(token[start:])
    return out
