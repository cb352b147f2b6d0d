"""Content/boilerplate classifier for plain-text scrapes: units from lines, features, a small model.

A naive scrape writes every block element of a page on its own line, with blank lines around
paragraphs, headings, lists and figures; menus, footers and teaser lists make up half its words.
This module cuts such a scrape into units (one per line, or one per paragraph when the text is
hard-wrapped), describes each unit by a few numbers (length, stop-word density, punctuation,
capitalisation, the run of short lines it sits in, its position), and scores it in two passes
whose model ships in `models/text_blocks.json` (learned by `bench/train_text.py` from the
benchmark scrapes; boosted trees evaluated by `cleaner.trees`, or logistic regressions): the
first pass looks at the unit alone, the second also at what the first pass said about its
neighbours and about the stretch of the page the article occupies (as jusText lets a block
follow its neighbours). Everything is pure Python: ~20 ms of CPU a page of 180 units (sh-text).
"""

from __future__ import annotations

import functools
import json
import math
import operator
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from typing import Any

import regex

from cleaner.line_shapes import SENTENCE_MARKS
from cleaner.trees import TreeEnsemble
from cleaner.words import word_tokens

_ALPHA_WORD = regex.compile(r"\p{L}[\p{L}'’-]*")
_BULLET = regex.compile(r"^(?:[-*•·▪◦‣–—+]|\d{1,3}[.)]|[a-zA-Z][.)]|\(\d{1,3}\))\s+\S")
# A sentence's end as `line_shapes.SENTENCE_END` reads it, or a closing square bracket: the
# model was trained on this feature.
_SENTENCE_END = regex.compile(rf"[{SENTENCE_MARKS}\]]$")
_PUNCT = regex.compile(r"[.,;:!?…。，、]")
_SEPARATORS = regex.compile(r"\s[|»›>/·•]\s|\s[|»›]\s?|^[|»›]")
_LINKISH = regex.compile(
    r"https?://|www\.|\S@\S|\.(?:com|org|net|html?)\b|©|\(c\)\s*\d{4}",
    regex.IGNORECASE,
)
_DIGIT = regex.compile(r"\d")
# Times and numeric dates mark comment headers and teaser lists ("3:45 pm", "19.11.2019").
DATETIME = regex.compile(r"\b\d{1,2}:\d{2}\b|\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b")
# Neighbourhood half-width for the structure features: a comment thread or a teaser list shows
# as many short and dated lines within a few lines of each other.
_NEAR = 5

# Hard-wrapped text: lines are at most this long (mail and plain-text editors wrap at 70-80;
# 100 leaves room for wide wrappers). A scrape whose long lines go past it is not wrapped.
MAX_WRAP_WIDTH = 100
# A line shorter than this is never a wrapped line worth measuring the width on.
_MIN_WRAP_LINE = 40
# Share of the measured lines that must sit within `_FULL_SLACK` of the width for the text to
# count as wrapped: a wrapped paragraph's lines are all near the width but its last one.
_MIN_FULL_SHARE = 0.3
_FULL_SLACK = 15
# Share of long lines allowed past the width (title and standfirst lines in
# es-noticia-alquiler-text), and share of full lines that must go on in lower case or after a
# hyphen (German capitalises nouns: about 40% in de-agentur-dpa-bahnstreik; headlines: ~0%).
_MAX_LONG_SHARE = 0.25
_MIN_LOWER_SHARE = 0.25
# ... and in a script with no case, share of full lines that end mid-sentence where the next
# word would not have fitted (`_caseless_goes_on`).
_MIN_CASELESS_SHARE = 0.5
# A line at least this share of the wrap width long is a wrapped line that continues (ragged
# right margins in the hand-wrapped fixtures, e.g. de-agentur-dpa-bahnstreik, reach 0.8).
_FULL_SHARE = 0.75
# Features read at most this many characters of a unit (its two ends).
MAX_SAMPLE_CHARS = 4000
# A "short" line for menu runs: the menus of the sh-text scrapes are lines of 1-4 words.
SHORT_WORDS = 5


@dataclass(frozen=True, slots=True)
class Unit:
    """One candidate block of a text scrape.

    Attributes:
        lines: The source lines it was made of (several only when the text is hard-wrapped).
        first: Line number (1-based) of its first line.
        last: Line number of its last line.
        group: Index of its blank-line-separated group.
        bullet: Whether it starts with a list bullet or number.
    """

    lines: tuple[str, ...]
    first: int
    last: int
    group: int
    bullet: bool = False

    @property
    def text(self) -> str:
        """The unit's text, wrapped lines joined with newlines (normalize joins them)."""
        return "\n".join(self.lines)

    @property
    def sample(self) -> str:
        """The text the features are computed on: all of it, or both ends of a huge unit.

        A unit longer than `MAX_SAMPLE_CHARS` is prose by any measure; sampling keeps a 5 MB
        one-line page (tests/test_hostile.py) within its time budget.
        """
        text = " ".join(self.lines)
        if len(text) <= MAX_SAMPLE_CHARS:
            return text
        half = MAX_SAMPLE_CHARS // 2
        return f"{text[:half]} {text[-half:]}"


def _wrap_width(lines: list[str]) -> int | None:
    """Return the width a hard-wrapped text was wrapped at, or None when it is not wrapped.

    `lines` are the stripped lines, blank ones included. A wrapped text has most of its long
    lines near one width, and the line after a full line often goes on mid-sentence, in lower
    case; a list of teaser headlines (also 40-100 characters a line) starts every line with a
    capital. A few longer lines (the title, a standfirst) are allowed.
    """
    lengths = [len(x) for x in lines if len(x) >= _MIN_WRAP_LINE]
    if len(lengths) < 3:
        return None
    too_long = sum(1 for n in lengths if n > MAX_WRAP_WIDTH)
    if too_long > _MAX_LONG_SHARE * len(lengths):
        return None
    fitting = [n for n in lengths if n <= MAX_WRAP_WIDTH]
    # The width is where the most lines end within the slack: the longest line may be a
    # caption or a dateline that happens to fit (es-noticia-alquiler-text).
    width = max(fitting, key=lambda w: (sum(1 for n in fitting if w - _FULL_SLACK <= n <= w), w))
    full = [
        i
        for i, x in enumerate(lines[:-1])
        if width - _FULL_SLACK <= len(x) <= width and lines[i + 1]
    ]
    if len(full) < max(3, _MIN_FULL_SHARE * len(fitting)):
        return None
    lower = sum(1 for i in full if lines[i + 1][:1].islower() or lines[i].endswith("-"))
    caseless = sum(1 for i in full if _caseless_goes_on(lines[i], lines[i + 1], width))
    if lower < _MIN_LOWER_SHARE * len(full) and caseless < _MIN_CASELESS_SHARE * len(full):
        return None
    return width


# A line that ends mid-sentence: on a letter or a comma (the Arabic one too).
_MID_SENTENCE_END = regex.compile(r"[\p{L}\p{M},،]$")


def _caseless_goes_on(line: str, nxt: str, width: int) -> bool:
    """Whether `nxt`, in a script with no case (Arabic, Uyghur, Devanagari...), goes on `line`.

    No letter of such a script is lower case, so a wrapped Uyghur w3m dump was read as
    unwrapped, every line a block (round AA golden ug-xewer-w3m-dump-turpan-kishmish-text).
    `line` ends mid-sentence and the next word would not have fitted on it (a greedy wrapper's
    break); `_MIN_CASELESS_SHARE` of the full lines must: a select-all copy's lines of one item
    each fit it less often (golden ku-sorani-xizmetguzari-select-all-pakkirdnewe-text, 3 of 8).
    """
    first = nxt[:1]
    return (
        first.isalpha()
        and not first.isupper()
        and not first.islower()
        and _MID_SENTENCE_END.search(line) is not None
        and len(line) + 1 + len(nxt.split(maxsplit=1)[0]) > width
    )


def _continues(prev: str, nxt: str, width: int) -> bool:
    """Whether `nxt` is the wrapped continuation of `prev`.

    It is when `prev` is nearly full, or when the next word would not have fitted on it (a
    greedy wrapper's rule). Hand-wrapped text is ragged, so "nearly full" is generous; a short
    line that the next word would have fitted is a heading, a list line or a paragraph's end.
    """
    if _BULLET.match(nxt):
        return False
    first_word = nxt.split(maxsplit=1)[0]
    return len(prev) >= _FULL_SHARE * width or len(prev) + 1 + len(first_word) > width - 2


def segment(text: str) -> list[Unit]:
    """Cut a text scrape into units: one per line, hard-wrapped paragraph lines joined."""
    raw_lines = text.splitlines()
    stripped = [x.strip() for x in raw_lines]
    width = _wrap_width(stripped)
    units: list[Unit] = []
    group = 0
    prev_blank = True
    for no, line in enumerate(stripped, start=1):
        if not line:
            if not prev_blank:
                group += 1
            prev_blank = True
            continue
        last = units[-1] if units else None
        if (
            width is not None
            and not prev_blank
            and last is not None
            and last.last == no - 1
            and _continues(last.lines[-1], line, width)
        ):
            units[-1] = Unit(
                lines=(*last.lines, line),
                first=last.first,
                last=no,
                group=last.group,
                bullet=last.bullet,
            )
        else:
            bullet = bool(_BULLET.match(line))
            units.append(Unit(lines=(line,), first=no, last=no, group=group, bullet=bullet))
        prev_blank = False
    return units


FEATURES: tuple[str, ...] = (
    "log_chars",
    "log_words",
    "stop_density",
    "stop_rel",
    "sentence_end",
    "punct_per_word",
    "cap_share",
    "digit_share",
    "separators",
    "linkish",
    "duplicate",
    "title_overlap",
    "position",
    "log_group_lines",
    "group_short_share",
    "log_group_words_per_line",
    "log_short_run",
    "short_titlecase",
    "bullet",
    "ends_colon",
    "starts_lower",
    "all_caps",
    "words_lt3",
    "words_ge12",
    "stop_zero",
    "datetime",
    "win_short_share",
    "log_win_words",
    "win_datetime_share",
)
"""Names of the per-unit features, in the order the model's first pass reads them."""
_LOG_WORDS = FEATURES.index("log_words")

CONTEXT_FEATURES: tuple[str, ...] = (
    "p_self",
    "p_prev",
    "p_next",
    "p_win3",
    "p_win10",
    "p_win30",
    "in_span",
    "log_span_dist",
    "good_before",
    "good_min",
    "page_best",
    "p_rel",
    "win_rel",
    "page_good_share",
)
"""Names of the context features the second pass adds, computed from the first pass."""


def _share(words: list[str], vocabulary: set[str] | frozenset[str]) -> float:
    return sum(1 for w in words if w in vocabulary) / len(words) if words else 0.0


def _is_short(text: str, words: int) -> bool:
    return words < SHORT_WORDS and not _SENTENCE_END.search(text)


def unit_features(units: list[Unit], stops: frozenset[str], title: str) -> list[list[float]]:
    """Return the per-unit feature rows (see `FEATURES`) for the units of one page."""
    n = len(units)
    texts = [u.sample for u in units]
    tokens = [word_tokens(t) for t in texts]
    lower = [[w.lower() for w in toks] for toks in tokens]
    counts = Counter(t.casefold() for t in texts)
    title_words = {w.lower() for w in word_tokens(title)}
    stop_d = [_share(low, stops) for low in lower]
    # The page's own reference density: what its longer lines reach. It makes the feature
    # comparable across languages whose stoplists differ in coverage, and across stoplist-less
    # languages (all zero), where it then carries no signal instead of condemning every unit.
    long_d = sorted(d for d, low in zip(stop_d, lower, strict=True) if len(low) >= 12)
    ref = long_d[int(0.75 * (len(long_d) - 1))] if long_d else 0.0

    short = [_is_short(t, len(toks)) for t, toks in zip(texts, tokens, strict=True)]
    run = [0] * n
    i = 0
    while i < n:
        if not short[i]:
            i += 1
            continue
        j = i
        while j < n and short[j]:
            j += 1
        for k in range(i, j):
            run[k] = j - i
        i = j
    groups: dict[int, list[int]] = {}
    for idx, u in enumerate(units):
        groups.setdefault(u.group, []).append(idx)
    # Per-group totals once, not per unit: a group of n short lines (a 50,000-line menu in
    # bench/hostile.py) made this quadratic.
    group_stats = {
        g: (sum(len(tokens[m]) for m in ms), len(ms), sum(1 for m in ms if short[m]) / len(ms))
        for g, ms in groups.items()
    }

    dated = [1.0 if DATETIME.search(t) else 0.0 for t in texts]
    cum_short, cum_words, cum_dated = [0.0], [0.0], [0.0]
    for s_, toks, d_ in zip(short, tokens, dated, strict=True):
        cum_short.append(cum_short[-1] + s_)
        cum_words.append(cum_words[-1] + len(toks))
        cum_dated.append(cum_dated[-1] + d_)

    rows = []
    for idx, u in enumerate(units):
        text, toks, low = texts[idx], tokens[idx], lower[idx]
        lo, hi = max(0, idx - _NEAR), min(n, idx + _NEAR + 1)
        words = len(toks)
        chars = len(text)
        alpha = _ALPHA_WORD.findall(text)
        caps = sum(1 for w in alpha if w[0].isupper())
        g_words, g_lines, g_short = group_stats[u.group]
        d = stop_d[idx]
        rows.append(
            [
                math.log1p(chars),
                math.log1p(words),
                d,
                min(d / ref, 2.0) if ref > 0.05 else 1.0,
                1.0 if _SENTENCE_END.search(text) else 0.0,
                min(len(_PUNCT.findall(text)) / max(words, 1), 2.0),
                caps / len(alpha) if alpha else 0.0,
                len(_DIGIT.findall(text)) / max(chars, 1),
                1.0 if _SEPARATORS.search(text) else 0.0,
                1.0 if _LINKISH.search(text) else 0.0,
                1.0 if counts[text.casefold()] > 1 else 0.0,
                _share(low, title_words) if words <= 25 else 0.0,
                idx / max(n - 1, 1),
                math.log1p(g_lines),
                g_short,
                math.log1p(g_words / g_lines),
                math.log1p(run[idx]),
                1.0 if alpha and words <= 4 and caps == len(alpha) else 0.0,
                1.0 if u.bullet else 0.0,
                1.0 if text.endswith(":") else 0.0,
                1.0 if text[:1].islower() else 0.0,
                1.0 if len(alpha) >= 2 and text.upper() == text != text.lower() else 0.0,
                1.0 if words < 3 else 0.0,
                1.0 if words >= 12 else 0.0,
                1.0 if ref > 0.05 and d == 0 and words >= 3 else 0.0,
                dated[idx],
                (cum_short[hi] - cum_short[lo]) / (hi - lo),
                math.log1p((cum_words[hi] - cum_words[lo]) / (hi - lo)),
                (cum_dated[hi] - cum_dated[lo]) / (hi - lo),
            ],
        )
    return rows


def _best_span(gains: list[float]) -> tuple[int, int]:
    """Return the [start, end) of the contiguous run with the largest sum of `gains`."""
    best, best_span = 0.0, (0, 0)
    run, start = 0.0, 0
    for i, g in enumerate(gains):
        if run <= 0:
            run, start = 0.0, i
        run += g
        if run > best:
            best, best_span = run, (start, i + 1)
    return best_span


def context_features(p1: list[float], weights: list[float]) -> list[list[float]]:
    """Return the context rows (see `CONTEXT_FEATURES`) from first-pass scores `p1`.

    Args:
        p1: First-pass probability that each unit is content.
        weights: Each unit's size (words) for the weighted window means.
    """
    n = len(p1)
    pw = [p * w for p, w in zip(p1, weights, strict=True)]
    cum_pw = [0.0]
    cum_w = [0.0]
    for a, b in zip(pw, weights, strict=True):
        cum_pw.append(cum_pw[-1] + a)
        cum_w.append(cum_w[-1] + b)

    def win(i: int, k: int) -> float:
        lo, hi = max(0, i - k), min(n, i + k + 1)
        w = cum_w[hi] - cum_w[lo]
        return (cum_pw[hi] - cum_pw[lo]) / w if w > 0 else 0.0

    start, end = _best_span([(p - 0.5) * w for p, w in zip(p1, weights, strict=True)])
    total_good = cum_pw[-1] or 1.0
    # Page-level context: how strong the page's best stretch is, and where a unit stands against
    # it. The article-trained weights are too strict on listings, shops and forums, whose best
    # blocks score low in absolute terms (wcxb-dev-text collection and listing pages).
    win10 = [win(i, 10) for i in range(n)]
    best = max(win10, default=0.0)
    top = max(p1, default=0.0)
    good_share = total_good / (cum_w[-1] or 1.0)
    rows = []
    for i in range(n):
        dist = 0 if start <= i < end else (start - i if i < start else i - end + 1)
        rows.append(
            [
                p1[i],
                p1[i - 1] if i > 0 else 0.0,
                p1[i + 1] if i + 1 < n else 0.0,
                win(i, 3),
                win10[i],
                win(i, 30),
                1.0 if start <= i < end else 0.0,
                math.log1p(dist),
                cum_pw[i] / total_good,
                min(cum_pw[i], cum_pw[-1] - cum_pw[i + 1]) / total_good,
                best,
                p1[i] / top if top > 0 else 0.0,
                win10[i] / best if best > 0 else 0.0,
                good_share,
            ],
        )
    return rows


@dataclass(frozen=True, slots=True)
class _Logistic:
    """A logistic regression with the standardisation folded into its coefficients."""

    coef: tuple[float, ...]
    intercept: float

    def __call__(self, row: list[float]) -> float:
        z = self.intercept + sum(map(operator.mul, row, self.coef))
        if z < -30:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> _Logistic:
        # w * (x - m) / s == (w / s) * x - w * m / s: one multiply per feature at run time.
        coef = tuple(w / s for w, s in zip(data["weights"], data["scale"], strict=True))
        offset = sum(c * m for c, m in zip(coef, data["mean"], strict=True))
        return cls(coef=coef, intercept=float(data["bias"]) - offset)


@dataclass(frozen=True, slots=True)
class _Trees:
    """A boosted tree ensemble (`cleaner.trees`) read as one pass of the text model."""

    ensemble: TreeEnsemble

    def __call__(self, row: list[float]) -> float:
        return self.ensemble.probability(row)


_Pass = Callable[[list[float]], float]


def _pass(data: dict[str, Any], name: str) -> _Pass:
    """Read one pass: a logistic regression, or a tree ensemble (`kind: tree-ensemble`)."""
    if data.get("kind") == "tree-ensemble":
        return _Trees(TreeEnsemble.from_data(data, name=name))
    return _Logistic.from_dict(data)


@dataclass(frozen=True, slots=True)
class TextModel:
    """The two passes (logistic or boosted trees) and the decision threshold of the classifier."""

    first: _Pass
    second: _Pass
    threshold: float = 0.5

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TextModel:
        """Build a model from its JSON form (as written by `bench/train_text.py`).

        Raises:
            ValueError: The file was trained on other features than this code computes.
            ModelError: A tree pass is malformed.
        """
        if tuple(data["features"]) != FEATURES or tuple(data["context"]) != CONTEXT_FEATURES:
            raise ValueError(
                "the text model was trained on other features than cleaner computes: "
                "retrain it with `python bench/train_text.py`",
            )
        return cls(
            first=_pass(data["first"], "text model, first pass"),
            second=_pass(data["second"], "text model, second pass"),
            threshold=float(data.get("threshold", 0.5)),
        )

    def score(self, units: list[Unit], stops: frozenset[str], title: str) -> list[float]:
        """Return each unit's probability of being article content."""
        if not units:
            return []
        rows = unit_features(units, stops, title)
        p1 = [self.first(r) for r in rows]
        # Each unit's token count, read back from its log_words feature (no second tokenising).
        sizes = [float(round(math.expm1(r[_LOG_WORDS]))) for r in rows]
        ctx = context_features(p1, sizes)
        return [self.second(r + c) for r, c in zip(rows, ctx, strict=True)]


@functools.cache
def default_model() -> TextModel:
    """Return the shipped model (`cleaner/models/text_blocks.json`), loaded once."""
    path = resources.files("cleaner") / "models" / "text_blocks.json"
    return TextModel.from_dict(json.loads(path.read_text(encoding="utf-8")))
