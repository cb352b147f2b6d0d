"""Scoring functions, exactly as the data READMEs in ../shared/bench/ define them.

Pure functions on strings and numbers: no file access, so tests/test_bench_metrics.py can check
them on hand-made examples.

Scrapinghub (``scrapinghub/README.md``):
    tokens are ``\\w+`` runs (case kept); each text is a multiset of 4-token shingles (a text of
    fewer than 4 tokens is one shingle of all its tokens); per document TP/FP/FN are the shared,
    extra-predicted and missing shingle counts, divided by their sum; precision and recall are
    means over documents (an empty prediction is left out of the precision mean and counts 0 for
    recall; an empty truth is left out of the recall mean); F1 comes from the two means; accuracy
    is the share of documents whose token sequence equals the truth's; ± from a seeded bootstrap.

WCXB (``wcxb-dev/README.md``):
    lower-case ``\\w+`` tokens as bags of words; per-page precision and recall from the bag
    overlap; F1 per page, averaged over pages. Metadata: exact match after whitespace and case
    normalisation (dates as YYYY-MM-DD); authors compared as a set of names, case-free.
"""

from __future__ import annotations

import random
import re
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

_WORD = re.compile(r"\w+")
SHINGLE = 4
"""Shingle length of the Scrapinghub metric (its README: 4-token shingles)."""
BOOTSTRAP = 200
"""Bootstrap resamples for the ± figures (Scrapinghub README: 200 by default)."""
Z95 = 1.96
"""± is 1.96 bootstrap standard deviations: a 95% interval, as the original benchmark prints."""


def tokens(text: str | None) -> list[str]:
    """The ``\\w+`` runs of a text, case kept (Scrapinghub tokens)."""
    return _WORD.findall(text or "")


def words(text: str | None) -> list[str]:
    """The lower-cased ``\\w+`` runs of a text (WCXB tokens)."""
    return _WORD.findall((text or "").lower())


# --------------------------------------------------------------------------- Scrapinghub


def shingles(text: str | None, n: int = SHINGLE) -> Counter[tuple[str, ...]]:
    """The multiset of n-token shingles of a text; fewer than n tokens make one shingle."""
    toks = tokens(text)
    if not toks:
        return Counter()
    if len(toks) < n:
        return Counter([tuple(toks)])
    return Counter(tuple(toks[i : i + n]) for i in range(len(toks) - n + 1))


@dataclass(frozen=True)
class Match:
    """One document's shingle comparison: TP, FP, FN divided by their sum (they add up to 1).

    ``pred_empty``/``true_empty`` remember which side had no shingles, since the normalised
    counts alone cannot tell an empty prediction from a wholly wrong one.
    """

    tp: float
    fp: float
    fn: float
    pred_empty: bool
    true_empty: bool

    @property
    def precision(self) -> float | None:
        """TP/(TP+FP); 1 when FP and FN are both 0; None (left out) for an empty prediction."""
        if self.fp == 0 and self.fn == 0:
            return 1.0
        if self.pred_empty:
            return None
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        """TP/(TP+FN); 1 when FP and FN are both 0; None (left out) for an empty truth."""
        if self.fp == 0 and self.fn == 0:
            return 1.0
        if self.true_empty:
            return None
        return self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float:
        """This document's own F1 (for ranking pages in the error report only)."""
        p, r = self.precision or 0.0, self.recall or 0.0
        return 2 * p * r / (p + r) if p + r else 0.0


def shingle_match(pred: str | None, true: str | None) -> Match:
    """Compare one prediction with its truth as shingle multisets."""
    ps, ts = shingles(pred), shingles(true)
    tp = float(sum((ps & ts).values()))
    fp = float(sum((ps - ts).values()))
    fn = float(sum((ts - ps).values()))
    total = tp + fp + fn
    if total:
        tp, fp, fn = tp / total, fp / total, fn / total
    return Match(tp, fp, fn, pred_empty=not ps, true_empty=not ts)


def _mean(values: Iterable[float | None]) -> float:
    kept = [v for v in values if v is not None]
    return statistics.fmean(kept) if kept else 0.0


def f1_of(precision: float, recall: float) -> float:
    """Harmonic mean; 0 when both are 0."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass(frozen=True)
class ShScore:
    """Scrapinghub figures for one tool on one set, with their bootstrap ± (95%)."""

    precision: float
    recall: float
    f1: float
    accuracy: float
    precision_ci: float = 0.0
    recall_ci: float = 0.0
    f1_ci: float = 0.0
    accuracy_ci: float = 0.0


def _sh_point(matches: Sequence[Match], exact: Sequence[bool]) -> tuple[float, float, float, float]:
    p = _mean(m.precision for m in matches)
    r = _mean(m.recall for m in matches)
    acc = sum(exact) / len(exact) if exact else 0.0
    return p, r, f1_of(p, r), acc


def sh_score(
    preds: Sequence[str | None],
    truths: Sequence[str | None],
    *,
    n_bootstrap: int = BOOTSTRAP,
    seed: int = 0,
) -> ShScore:
    """Scrapinghub precision, recall, F1 (from the two means) and accuracy, with bootstrap ±.

    Args:
        preds: Predicted article bodies, one per document.
        truths: True article bodies, in the same order.
        n_bootstrap: Resamples for the ± figures; 0 for none.
        seed: Seed of the bootstrap, so reruns print the same ±.
    """
    if len(preds) != len(truths):
        raise ValueError("sh_score needs one prediction per truth, in the same order")
    matches = [shingle_match(p, t) for p, t in zip(preds, truths, strict=True)]
    exact = [tokens(p) == tokens(t) for p, t in zip(preds, truths, strict=True)]
    p, r, f1, acc = _sh_point(matches, exact)
    if n_bootstrap < 2 or len(matches) < 2:
        return ShScore(p, r, f1, acc)
    rng = random.Random(seed)
    n = len(matches)
    samples: list[tuple[float, float, float, float]] = []
    for _ in range(n_bootstrap):
        idx = [rng.randrange(n) for _ in range(n)]
        samples.append(_sh_point([matches[i] for i in idx], [exact[i] for i in idx]))
    ci = [Z95 * statistics.stdev(s[k] for s in samples) for k in range(4)]
    return ShScore(p, r, f1, acc, *ci)


# --------------------------------------------------------------------------- WCXB


@dataclass(frozen=True)
class WordScore:
    """Bag-of-words precision, recall and F1 of one page."""

    precision: float
    recall: float
    f1: float


def word_prf(pred: str | None, true: str | None) -> WordScore:
    """WCXB word-level scores of one page (lower-case ``\\w+`` bags of words).

    Both empty scores 1 (nothing to find, nothing added); exactly one side empty scores 0.
    """
    pw, tw = Counter(words(pred)), Counter(words(true))
    if not pw and not tw:
        return WordScore(1.0, 1.0, 1.0)
    if not pw or not tw:
        return WordScore(0.0, 0.0, 0.0)
    overlap = sum((pw & tw).values())
    p = overlap / sum(pw.values())
    r = overlap / sum(tw.values())
    return WordScore(p, r, f1_of(p, r))


def contains_snippet(text_words: Sequence[str], snippet: str) -> bool:
    """Whether the snippet's words occur in the text as a contiguous run (case-free).

    Comparing word runs rather than raw substrings keeps the check blind to whitespace, line
    breaks and punctuation spacing, which differ between extractors for the same text.
    """
    sw = words(snippet)
    if not sw:
        return False
    n = len(sw)
    first = sw[0]
    return any(
        text_words[i] == first and list(text_words[i : i + n]) == sw
        for i in range(len(text_words) - n + 1)
    )


def snippet_hits(text: str | None, snippets: Iterable[str]) -> tuple[int, int]:
    """(found, scorable) for a list of snippets in a text; snippets with no words are skipped."""
    tw = words(text)
    found = total = 0
    for s in snippets:
        if not words(s):
            continue
        total += 1
        found += contains_snippet(tw, s)
    return found, total


# --------------------------------------------------------------------------- metadata

_SPACE = re.compile(r"\s+")
# Separators between several names in one author string: "A, B & C", "A and B", "A; B", "A | B".
_AUTHOR_SPLIT = re.compile(r"\s*(?:[,;|&/]|\band\b)\s*", re.IGNORECASE)
# Credentials after a name ("Dylan Bailey, MS, RD, FAND", "Jane Doe, PhD") are not names: the
# set comparison would otherwise demand them as extra authors. Seen in WCXB ground truth.
_CREDENTIAL = re.compile(
    r"^(?:[A-Z]{2,5}|Ph\.?\s?D\.?|M\.?\s?D\.?|Jr\.?|Sr\.?|Dr\.?|M\.?S\.?|R\.?N\.?|B\.?S\.?)$",
)


def norm_text(value: str | None) -> str:
    """Whitespace collapsed, stripped and case-folded: the form metadata is compared in."""
    return _SPACE.sub(" ", value or "").strip().casefold()


def author_set(value: str | Sequence[str] | None) -> frozenset[str]:
    """The names in an author field as a case-free set.

    Args:
        value: One string (possibly several names joined by ``,``, ``;``, ``&``, ``and``, ``|``
            or ``/``) or a sequence of names (each may itself be such a string).
    """
    if value is None:
        return frozenset()
    items = [value] if isinstance(value, str) else list(value)
    parts = [
        _SPACE.sub(" ", part).strip(" .\t\n")
        for item in items
        for part in _AUTHOR_SPLIT.split(item or "")
    ]
    parts = [p for p in parts if p]
    names = [p for p in parts if not _CREDENTIAL.match(p)]
    # A field made only of credential-like parts is a name after all ("WRAL", a station's
    # call sign, in WCXB ground truth): keep it rather than turn a truth into "none".
    return frozenset(p.casefold() for p in (names or parts))


def norm_date(value: str | None) -> str:
    """The YYYY-MM-DD prefix of a date string; any other non-empty value, stripped, as it is.

    Two WCXB truths give only a month ("2015-11"): they still count as pages with a date, and
    only the same string matches them.
    """
    m = re.match(r"\s*(\d{4}-\d{2}-\d{2})", value or "")
    return m.group(1) if m else (value or "").strip()


@dataclass(frozen=True)
class MetaOutcome:
    """How one predicted metadata field compares with the truth.

    Attributes:
        has_truth: The truth gives a value (the page counts toward accuracy).
        correct: The prediction equals the truth (only meaningful when ``has_truth``).
        invented: The truth gives none but the prediction gives one.
    """

    has_truth: bool
    correct: bool
    invented: bool


def _outcome(pred: object, true: object) -> MetaOutcome:
    if not true:
        return MetaOutcome(has_truth=False, correct=not pred, invented=bool(pred))
    return MetaOutcome(has_truth=True, correct=pred == true, invented=False)


def title_outcome(pred: str | None, true: str | None) -> MetaOutcome:
    """Exact title match after whitespace and case normalisation."""
    return _outcome(norm_text(pred), norm_text(true))


def author_outcome(
    pred: str | Sequence[str] | None, true: str | Sequence[str] | None
) -> MetaOutcome:
    """Author names compared as a case-free set."""
    return _outcome(author_set(pred), author_set(true))


def date_outcome(pred: str | None, true: str | None) -> MetaOutcome:
    """Exact YYYY-MM-DD match."""
    return _outcome(norm_date(pred), norm_date(true))


@dataclass(frozen=True)
class MetaScore:
    """Accuracy over pages whose truth has a value; inventions over pages whose truth has none."""

    correct: int
    with_truth: int
    invented: int
    without_truth: int

    @property
    def accuracy(self) -> float:
        """Share of pages with a true value that got exactly that value."""
        return self.correct / self.with_truth if self.with_truth else 0.0

    @property
    def invented_rate(self) -> float:
        """Share of pages without a true value that got one anyway."""
        return self.invented / self.without_truth if self.without_truth else 0.0


def meta_score(outcomes: Iterable[MetaOutcome]) -> MetaScore:
    """Sum per-page outcomes of one field."""
    correct = with_truth = invented = without_truth = 0
    for o in outcomes:
        if o.has_truth:
            with_truth += 1
            correct += o.correct
        else:
            without_truth += 1
            invented += o.invented
    return MetaScore(correct, with_truth, invented, without_truth)
