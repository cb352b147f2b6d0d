"""Shingle precision/recall/F1 of a body against its gold, as the Scrapinghub benchmark scores it.

The metric is the one defined in the benchmark's README (``shared/bench/scrapinghub``): tokens are
the Unicode ``\\w+`` runs of a text (case kept), each text becomes a multiset of 4-token shingles
(a text of fewer than 4 tokens is one shingle of all its tokens), and TP/FP/FN are the multiset
overlaps. Corpus scores average precision and recall over documents, then take F1 of the means.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

_TOKEN = re.compile(r"\w+")
SHINGLE = 4


def shingles(text: str) -> Counter[tuple[str, ...]]:
    """Return the multiset of 4-token shingles of `text` (one short shingle if it is shorter)."""
    tokens = _TOKEN.findall(text)
    if not tokens:
        return Counter()
    if len(tokens) < SHINGLE:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1))


def prf(predicted: str, truth: str) -> tuple[float | None, float | None, float]:
    """Return (precision, recall, F1) of one document; None where the README leaves it out."""
    pred, gold = shingles(predicted), shingles(truth)
    tp = sum((pred & gold).values())
    fp, fn = sum(pred.values()) - tp, sum(gold.values()) - tp
    if fp == 0 and fn == 0:
        return 1.0, 1.0, 1.0
    precision = tp / (tp + fp) if pred else None
    recall = tp / (tp + fn) if gold else None
    return precision, recall, f1(precision or 0.0, recall or 0.0)


def f1(precision: float, recall: float) -> float:
    """Return the harmonic mean of `precision` and `recall` (0 when both are 0)."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def corpus_prf(pairs: Iterable[tuple[str, str]]) -> tuple[float, float, float]:
    """Return (precision, recall, F1) over (predicted, truth) pairs: F1 of the mean P and mean R."""
    scores = [prf(pred, truth) for pred, truth in pairs]
    ps = [p for p, _, _ in scores if p is not None]
    rs = [r for _, r, _ in scores if r is not None]
    precision = sum(ps) / len(ps) if ps else 0.0
    recall = sum(rs) / len(rs) if rs else 0.0
    return precision, recall, f1(precision, recall)
