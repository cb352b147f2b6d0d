"""Score the authors `cleaner` finds on wcxb-dev against the ground truth, HTML and text.

    python bench/authors_eval.py                      # full set, HTML and text
    python bench/authors_eval.py --sample 60 --kind text --show 20
    python bench/authors_eval.py --baseline /tmp/traf_authors.json   # score saved peer output

Metric (issue 3): a page is right when the set of names we return equals the set the ground
truth names, case-free and whitespace-collapsed. The ground truth writes several people in one
string ("A, B and C", "A & B", "A; B"), and keeps credentials after a name ("Dylan Bailey, MS,
RD"); it is split on those separators and pure credentials are dropped, nothing else. A page whose
truth has no author is right only when we return none; returning one there is an *invention*.

The HTML run skips the body extraction (trafilatura) unless --full: the author code reads the
tree, so the figures are the same and a full-set run takes a minute instead of many.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

import cleaner
from cleaner.document import Document
from cleaner.pipeline import Pipeline

DATA = Path(__file__).resolve().parents[2] / "shared" / "bench" / "wcxb-dev"

_SPLIT = re.compile(r"\s*(?:;|&|,|\band\b|\|)\s*", re.IGNORECASE)
_CREDENTIAL = re.compile(
    r"^(?:(?:[A-Z][A-Z\d-]{1,7}|(?:[A-Z][a-z]?\.){1,4}[A-Z]?[a-z]?\.?|Ph\.?D\.?|\d+)[®™]?"
    r"(?:\s*\([^()]*\))?\s*)+$",
)


def truth_names(value: str | None) -> frozenset[str]:
    """The ground truth's author string as a set of case-free names."""
    if not value:
        return frozenset()
    parts = [p.strip(" .") for p in _SPLIT.split(value)]
    names = [p for i, p in enumerate(parts) if p and not (i and _CREDENTIAL.match(p))]
    return frozenset(" ".join(n.split()).casefold() for n in names)


def our_names(authors: tuple[str, ...] | list[str]) -> frozenset[str]:
    """Our authors as a set of case-free names."""
    return frozenset(" ".join(a.split()).casefold().strip(" .") for a in authors if a.strip())


def load(data: Path, ids: list[str] | None) -> list[tuple[str, dict[str, object]]]:
    return [
        (path.stem, json.loads(path.read_text(encoding="utf-8")))
        for path in sorted((data / "ground-truth").glob("*.json"))
        if ids is None or path.stem in ids
    ]


def _html_pipeline(full: bool) -> Pipeline:
    if full:
        return cleaner.DEFAULT
    # metadata's own author fallback and the body extraction are skipped: see the module doc.
    return cleaner.DEFAULT.without("extract_html", "metadata", "judge")


class _Timed:
    """Wrap a stage and add up the time it takes."""

    def __init__(self, name: str, stage: Callable[[Document], Document]) -> None:
        self.name = name
        self.stage = stage
        self.seconds = 0.0

    def __call__(self, doc: Document) -> Document:
        start = time.perf_counter()
        try:
            return self.stage(doc)
        finally:
            self.seconds += time.perf_counter() - start


def run(kind: str, rows: list[tuple[str, dict[str, object]]], *, data: Path, full: bool, show: int,
        baseline: dict[str, str | None] | None) -> dict[str, float]:
    pipeline = _html_pipeline(full) if kind == "html" else cleaner.DEFAULT
    timers = {}
    for name in ("captions", "byline"):
        if name in pipeline.names:
            timers[name] = _Timed(name, pipeline[name])
            pipeline = pipeline.replace(name, timers[name])
    right = invented = without = with_author = found_right = 0
    errors: list[str] = []
    for page_id, gt in rows:
        fields = gt["ground_truth"]
        truth_value = fields.get("author") if isinstance(fields, dict) else None
        truth = truth_names(truth_value)
        if baseline is not None:
            got_list = [a.strip() for a in (baseline.get(page_id) or "").split(";") if a.strip()]
            got = our_names(got_list)
        else:
            ext = "html" if kind == "html" else "txt"
            with gzip.open(data / kind / f"{page_id}.{ext}.gz") as fh:
                raw = fh.read()
            article = pipeline(raw, url=gt.get("url"))  # type: ignore[arg-type]
            got = our_names(article.authors)
        ok = got == truth
        right += ok
        if truth:
            with_author += 1
            found_right += ok
        else:
            without += 1
            invented += bool(got)
        if not ok and len(errors) < show:
            errors.append(f"  {page_id} truth={truth_value!r} got={sorted(got)}")
    n = len(rows)
    result = {
        "pages": n,
        "exact": right / n if n else 0.0,
        "exact_with_author": found_right / with_author if with_author else 0.0,
        "invented": invented,
        "without": without,
        "invented_rate": invented / without if without else 0.0,
    }
    for name, timer in timers.items():
        result[f"ms_{name}"] = 1000 * timer.seconds / n if n else 0.0
    print(f"[{kind}] " + "  ".join(
        f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in result.items()))
    for line in errors:
        print(line)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--kind", choices=["html", "text", "both"], default="both")
    parser.add_argument("--sample", type=int, default=0, help="score a random subset of N pages")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--ids", nargs="*", help="score only these page ids")
    parser.add_argument("--show", type=int, default=0, help="print up to N wrong pages")
    parser.add_argument("--full", action="store_true", help="run the whole pipeline on HTML")
    parser.add_argument("--baseline", type=Path, help="JSON {id: 'A; B'} of a peer's authors")
    parser.add_argument("--data", type=Path, default=DATA, help="the wcxb-dev folder")
    args = parser.parse_args(argv)
    rows = load(args.data, args.ids)
    if args.sample:
        rows = random.Random(args.seed).sample(rows, min(args.sample, len(rows)))
    baseline = json.loads(args.baseline.read_text()) if args.baseline else None
    kinds = ["html", "text"] if args.kind == "both" else [args.kind]
    for kind in kinds:
        run(kind, rows, data=args.data, full=args.full, show=args.show, baseline=baseline)
    return 0


if __name__ == "__main__":
    sys.exit(main())
