"""Score the authors `cleaner` finds on wcxb-dev against the ground truth, HTML and text.

    python -m bench.authors_eval                      # full set, HTML and text
    python -m bench.authors_eval --sample 60 --kind text --show 20
    python -m bench.authors_eval --cache /tmp/authors-cache   # fast reruns of the byline stage
    python -m bench.authors_eval --baseline /tmp/traf_authors.json   # score saved peer output
    python -m bench.authors_eval --half odd --dump /tmp/authors.jsonl  # odd ids, every page's names

Metric (issue 3): the one `python -m bench` uses (`bench.metrics.author_outcome`): a page is
right when the set of names we return equals the set the ground truth names, case-free; a page
whose truth has no author is right only when we return none, and returning one there is an
*invention*. URLs are withheld from the pipeline, as `python -m bench` does by default.

The whole pipeline runs, because the byline stage reads the blocks the extraction kept. With
`--cache DIR` the documents as they stand before `byline` are pickled there on the first run
(without their tree, which is parsed again on load) and later runs time and score only the
stages from `byline` on: a full-set run then takes a minute instead of many. The cache goes
stale when a stage before `byline` changes; delete the folder then.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import pickle
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import cast

import cleaner
from bench.metrics import author_outcome
from cleaner.document import Article, Document
from cleaner.errors import Discard
from cleaner.pipeline import Pipeline
from cleaner.stages.detect import parse_html

_REPO = Path(__file__).resolve().parents[1]
_BENCH = Path(os.environ.get("CLEANER_BENCH_DATA", _REPO.parent / "shared" / "bench"))
DATA = _BENCH / "wcxb-dev"
_FIRST_TIMED = "byline"


def load(data: Path, ids: list[str] | None) -> list[tuple[str, dict[str, object]]]:
    """The ground-truth records of the set, as (page id, record), optionally only `ids`."""
    return [
        (path.stem, json.loads(path.read_text(encoding="utf-8")))
        for path in sorted((data / "ground-truth").glob("*.json"))
        if ids is None or path.stem in ids
    ]


class _Timed:
    """Wrap a stage and add up the time it takes."""

    def __init__(self, name: str, stage: Callable[[Document], Document]) -> None:
        self.name = name
        self.stage = stage
        self.seconds = 0.0

    def __call__(self, doc: Document) -> Document:
        start = time.process_time()
        try:
            return self.stage(doc)
        finally:
            self.seconds += time.process_time() - start


def _split(pipeline: Pipeline) -> tuple[Pipeline, Pipeline]:
    """The stages before `byline`, and those from it on."""
    names = pipeline.names
    cut = names.index(_FIRST_TIMED)
    return pipeline.without(*names[cut:]), pipeline.without(*names[:cut])


def _before_byline(
    prefix: Pipeline,
    raw: bytes,
    kind: str,
    cache: Path | None,
    page_id: str,
) -> Document | None:
    """The document as the byline stage gets it (None: discarded before), cached if asked."""
    path = cache / f"{kind}-{page_id}.pickle" if cache is not None else None
    if path is not None and path.exists():
        doc = cast("Document | None", pickle.loads(path.read_bytes()))
        if doc is not None and doc.kind == "html":
            doc = doc.evolve(tree=parse_html(doc.decoded))
        return doc
    try:
        doc = prefix.run(Document(raw=raw))
    except Discard:
        doc = None
    if path is not None:
        # The tree and the page index (lxml elements) do not pickle; both are rebuilt on load.
        path.write_bytes(
            pickle.dumps(doc.evolve(tree=None, index=None) if doc is not None else None)
        )
    return doc


def run(
    kind: str,
    rows: list[tuple[str, dict[str, object]]],
    *,
    data: Path,
    show: int,
    cache: Path | None,
    baseline: dict[str, str | None] | None,
    dump: list[dict[str, object]] | None = None,
) -> dict[str, float]:
    """Score one kind of input ("html" or "text") and print the figures and the wrong pages."""
    prefix, rest = _split(cleaner.DEFAULT)
    timers = {}
    for name in ("byline",):
        timers[name] = _Timed(name, rest[name])
        rest = rest.replace(name, timers[name])
    right = invented = without = with_author = found_right = 0
    errors: list[str] = []
    for page_id, gt in rows:
        fields = gt["ground_truth"]
        truth = fields.get("author") if isinstance(fields, dict) else None
        if baseline is not None:
            got = [a.strip() for a in (baseline.get(page_id) or "").split(";") if a.strip()]
        else:
            ext = "html" if kind == "html" else "txt"
            with gzip.open(data / kind / f"{page_id}.{ext}.gz") as fh:
                raw = fh.read()
            doc = _before_byline(prefix, raw, kind, cache, page_id)
            article = rest(doc) if doc is not None else Article()
            got = list(article.authors)
        outcome = author_outcome(got, truth)
        if outcome.has_truth:
            with_author += 1
            found_right += outcome.correct
        else:
            without += 1
            invented += outcome.invented
        ok = outcome.correct if outcome.has_truth else not outcome.invented
        if dump is not None:
            dump.append({"id": page_id, "kind": kind, "truth": truth, "got": got, "ok": ok})
        right += ok
        if not ok and len(errors) < show:
            errors.append(f"  {page_id} truth={truth!r} got={got}")
    n = len(rows)
    result: dict[str, float] = {
        "pages": n,
        "exact": right / n if n else 0.0,
        "exact_with_author": found_right / with_author if with_author else 0.0,
        "invented": invented,
        "without": without,
        "invented_rate": invented / without if without else 0.0,
    }
    for name, timer in timers.items():
        result[f"cpu_ms_{name}"] = 1000 * timer.seconds / n if n else 0.0
    print(
        f"[{kind}] "
        + "  ".join(
            f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in result.items()
        )
    )
    for line in errors:
        print(line)
    return result


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--kind", choices=["html", "text", "both"], default="both")
    parser.add_argument("--sample", type=int, default=0, help="score a random subset of N pages")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--ids", nargs="*", help="score only these page ids")
    parser.add_argument("--show", type=int, default=0, help="print up to N wrong pages")
    parser.add_argument("--cache", type=Path, help="folder for the documents before `byline`")
    parser.add_argument("--baseline", type=Path, help="JSON {id: 'A; B'} of a peer's authors")
    parser.add_argument("--data", type=Path, default=DATA, help="the wcxb-dev folder")
    parser.add_argument("--half", choices=["even", "odd"], help="score only even or odd page ids")
    parser.add_argument("--dump", type=Path, help="write each page's truth and names (JSON lines)")
    args = parser.parse_args(argv)
    rows = load(args.data, args.ids)
    if args.half is not None:
        parity = 0 if args.half == "even" else 1
        rows = [(page_id, gt) for page_id, gt in rows if int(page_id) % 2 == parity]
    if args.sample:
        rows = random.Random(args.seed).sample(rows, min(args.sample, len(rows)))
    baseline = json.loads(args.baseline.read_text()) if args.baseline else None
    if args.cache is not None:
        args.cache.mkdir(parents=True, exist_ok=True)
    kinds = ["html", "text"] if args.kind == "both" else [args.kind]
    dump: list[dict[str, object]] | None = [] if args.dump is not None else None
    for kind in kinds:
        run(
            kind,
            rows,
            data=args.data,
            show=args.show,
            cache=args.cache,
            baseline=baseline,
            dump=dump,
        )
    if args.dump is not None and dump is not None:
        args.dump.write_text(
            "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in dump), encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
