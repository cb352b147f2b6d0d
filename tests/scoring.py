"""Shingle precision/recall/F1 of a body against its gold, as the Scrapinghub benchmark scores it.

A thin view over `bench.metrics` (the one implementation of the metric, checked on hand-worked
examples in tests/test_bench_metrics.py), shaped for the golden-page tests: per page
``(precision, recall, F1)`` and a corpus ``(precision, recall, F1)`` where F1 is taken of the mean
precision and the mean recall, as the benchmark's README defines it.
"""

from __future__ import annotations

from collections.abc import Iterable

from bench.metrics import f1_of, shingle_match


def prf(predicted: str, truth: str) -> tuple[float | None, float | None, float]:
    """Return (precision, recall, F1) of one document; None where the README leaves it out."""
    match = shingle_match(predicted, truth)
    return match.precision, match.recall, match.f1


def corpus_prf(pairs: Iterable[tuple[str, str]]) -> tuple[float, float, float]:
    """Return (precision, recall, F1) over (predicted, truth) pairs: F1 of the mean P and mean R."""
    scores = [prf(pred, truth) for pred, truth in pairs]
    ps = [p for p, _, _ in scores if p is not None]
    rs = [r for _, r, _ in scores if r is not None]
    precision = sum(ps) / len(ps) if ps else 0.0
    recall = sum(rs) / len(rs) if rs else 0.0
    return precision, recall, f1_of(precision, recall)
