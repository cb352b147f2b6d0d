"""Turn one tool's predictions on one set into the figures of the tables (JSON-ready dicts)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from bench import metrics
from bench.data import BenchSet, Truth

Row = dict[str, Any]
"""One line of a worker's output: id, body, title, authors, date, seconds, cpu, error, extra."""

META_FIELDS: dict[str, tuple[str, ...]] = {
    "cleaner": ("title", "author", "date"),
    "trafilatura-bare": ("title", "author", "date"),
    "readability": ("title",),
    "htmldate": ("date",),
}
"""Which metadata fields each tool reports (the others give a body only)."""

NO_BODY = frozenset({"htmldate"})
"""Tools that give no body: left out of the body-text tables."""


def speed(stats: dict[str, Any]) -> dict[str, Any]:
    """Pages/s by CPU time and by wall clock, and peak RSS, from a worker's stats line."""
    pages = stats.get("pages", 0)
    cpu = stats.get("cpu_seconds") or 0.0
    wall = stats.get("seconds") or 0.0
    return {
        "pages": pages,
        "errors": stats.get("errors", 0),
        "pages_per_s": pages / cpu if cpu else 0.0,
        "pages_per_s_wall": pages / wall if wall else 0.0,
        "ms_per_page": 1000 * cpu / pages if pages else 0.0,
        # Outputs saved before the worker read VmHWM carry the parent's memory in ru_maxrss
        # (see bench/worker.py): their peak RSS is unknown, not that figure.
        "rss_peak_mb": stats.get("rss_peak_mb") if stats.get("rss_source") else None,
        "rss_setup_mb": stats.get("rss_setup_mb") if stats.get("rss_source") else None,
    }


def score_sh(rows: Sequence[Row], truths: Sequence[Truth], *, n_bootstrap: int) -> dict[str, Any]:
    """Scrapinghub shingle precision, recall, F1, accuracy (with ±) of one tool."""
    s = metrics.sh_score(
        [r["body"] for r in rows], [t.body for t in truths], n_bootstrap=n_bootstrap
    )
    return {
        "precision": s.precision,
        "recall": s.recall,
        "f1": s.f1,
        "accuracy": s.accuracy,
        "precision_ci": s.precision_ci,
        "recall_ci": s.recall_ci,
        "f1_ci": s.f1_ci,
        "accuracy_ci": s.accuracy_ci,
    }


def _meta(outcomes: list[metrics.MetaOutcome]) -> dict[str, Any]:
    m = metrics.meta_score(outcomes)
    return {
        "accuracy": m.accuracy,
        "correct": m.correct,
        "with_truth": m.with_truth,
        "invented": m.invented,
        "without_truth": m.without_truth,
        "invented_rate": m.invented_rate,
    }


def meta_outcomes(field: str, row: Row, t: Truth) -> metrics.MetaOutcome:
    """Compare one metadata field of a prediction with the truth."""
    if field == "title":
        return metrics.title_outcome(row.get("title"), t.title)
    if field == "author":
        return metrics.author_outcome(row.get("authors"), t.author)
    return metrics.date_outcome(row.get("date"), t.date)


def score_wcxb(rows: Sequence[Row], truths: Sequence[Truth], tool: str) -> dict[str, Any]:
    """WCXB word P/R/F1 overall and per page type, snippet rates, and metadata of one tool."""
    per_page = [metrics.word_prf(r["body"], t.body) for r, t in zip(rows, truths, strict=True)]
    by_type: dict[str, list[float]] = defaultdict(list)
    for s, t in zip(per_page, truths, strict=True):
        by_type[t.page_type].append(s.f1)
    with_found = with_total = without_found = without_total = 0
    for r, t in zip(rows, truths, strict=True):
        f, n = metrics.snippet_hits(r["body"], t.with_snippets)
        with_found, with_total = with_found + f, with_total + n
        f, n = metrics.snippet_hits(r["body"], t.without_snippets)
        without_found, without_total = without_found + f, without_total + n
    n = len(per_page) or 1
    out: dict[str, Any] = {
        "f1": sum(s.f1 for s in per_page) / n,
        "precision": sum(s.precision for s in per_page) / n,
        "recall": sum(s.recall for s in per_page) / n,
        "by_type": {k: {"n": len(v), "f1": sum(v) / len(v)} for k, v in sorted(by_type.items())},
        "with_found": with_found,
        "with_total": with_total,
        "with_rate": with_found / with_total if with_total else 0.0,
        "without_found": without_found,
        "without_total": without_total,
        "without_rate": without_found / without_total if without_total else 0.0,
        "meta": {},
    }
    for field in META_FIELDS.get(tool, ()):
        out["meta"][field] = _meta(
            [meta_outcomes(field, r, t) for r, t in zip(rows, truths, strict=True)],
        )
    return out


def page_f1(family: str, row: Row, t: Truth) -> tuple[float, float, float]:
    """(F1, precision, recall) of one page in the set's own metric, for ranking pages."""
    if family == "sh":
        m = metrics.shingle_match(row["body"], t.body)
        return m.f1, m.precision or 0.0, m.recall or 0.0
    s = metrics.word_prf(row["body"], t.body)
    return s.f1, s.precision, s.recall


def score(
    bench_set: BenchSet,
    tool: str,
    rows: Sequence[Row],
    truths: Sequence[Truth],
    stats: dict[str, Any],
    *,
    n_bootstrap: int,
) -> dict[str, Any]:
    """All figures of one tool on one set."""
    out = speed(stats)
    if bench_set.family == "sh":
        out.update(score_sh(rows, truths, n_bootstrap=n_bootstrap))
    else:
        out.update(score_wcxb(rows, truths, tool))
    out["discarded"] = sum(1 for r in rows if (r.get("extra") or {}).get("discarded"))
    out["empty"] = sum(1 for r in rows if not (r.get("body") or "").strip())
    return out
