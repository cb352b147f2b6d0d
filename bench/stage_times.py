"""Per-stage CPU time of the default pipeline over a benchmark set: where a page's time goes.

Runs `cleaner.DEFAULT` stage by stage on each page (process CPU time, as `python -m bench`
measures it) and prints the mean milliseconds per page of every stage, plus the pipeline's own
overhead (labelling drops, building the Article). Optionally also times
`trafilatura.bare_extraction(page, with_metadata=True)` on the same pages, the speed reference.
A first untimed pass warms the lazy set-up (models, rules), as the bench worker's first call does.

    python bench/stage_times.py --set sh-html                 # all 181 pages
    python bench/stage_times.py --set wcxb-dev --sample 20 --bare
    python bench/stage_times.py --set sh-html --profile 30    # cProfile, the top 30 functions
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.data import SETS, select, truth


def _pages(set_name: str, sample: int, limit: int | None) -> list[bytes]:
    bset = SETS[set_name]
    ids = select(list(truth(bset)), sample=sample, limit=limit)  # the page ids only
    return [bset.read(i) for i in ids]


def _run_stages(pages: list[bytes], rounds: int) -> dict[str, float]:
    import cleaner  # noqa: PLC0415
    from cleaner.document import Article, Document  # noqa: PLC0415
    from cleaner.errors import Discard  # noqa: PLC0415

    pipe = cleaner.DEFAULT
    totals: dict[str, float] = defaultdict(float)
    clock = time.process_time
    for _ in range(rounds):
        for raw in pages:
            doc = Document(raw=raw)
            for i, (name, stage) in enumerate(pipe.stages):
                t0 = clock()
                try:
                    doc = pipe._run_stage(name, stage, doc, labelled=i > 0)  # noqa: SLF001 - the pipeline's own step
                except Discard:
                    totals[name] += clock() - t0
                    break
                totals[name] += clock() - t0
            t0 = clock()
            Article.from_document(doc)
            totals["(article)"] += clock() - t0
    return totals


def _run_bare(pages: list[bytes], rounds: int) -> float:
    from trafilatura import bare_extraction  # noqa: PLC0415

    total = 0.0
    for _ in range(rounds):
        for raw in pages:
            t0 = time.process_time()
            bare_extraction(raw, with_metadata=True)
            total += time.process_time() - t0
    return total


def main(argv: list[str] | None = None) -> None:
    """Print the per-stage times (see the module docstring)."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--set", default="sh-html", choices=sorted(SETS))
    ap.add_argument("--sample", type=int, default=1, help="every K-th page")
    ap.add_argument("--limit", type=int, default=None, help="the first N pages of those")
    ap.add_argument("--rounds", type=int, default=1, help="timed passes over the pages")
    ap.add_argument("--bare", action="store_true", help="also time trafilatura bare_extraction")
    ap.add_argument(
        "--profile",
        type=int,
        default=0,
        metavar="N",
        help="instead of timing, cProfile the pipeline and print the top N functions",
    )
    args = ap.parse_args(argv)

    pages = _pages(args.set, args.sample, args.limit)
    import cleaner  # noqa: PLC0415

    for raw in pages[:3]:  # warm-up: models, rules, caches
        cleaner.clean(raw)
    n = len(pages) * args.rounds
    if args.profile:
        prof = cProfile.Profile()
        prof.enable()
        for _ in range(args.rounds):
            for raw in pages:
                cleaner.clean(raw)
        prof.disable()
        stats = pstats.Stats(prof)
        stats.sort_stats("cumulative").print_stats(args.profile)
        stats.sort_stats("tottime").print_stats(args.profile)
        return
    totals = _run_stages(pages, args.rounds)
    total = sum(totals.values())
    sys.stdout.write(f"{args.set}: {len(pages)} pages x {args.rounds}, ms of CPU per page\n")
    for name, sec in sorted(totals.items(), key=lambda kv: -kv[1]):
        sys.stdout.write(f"  {name:<18} {1000 * sec / n:7.2f}\n")
    sys.stdout.write(f"  {'TOTAL':<18} {1000 * total / n:7.2f}   ({n / total:.1f} pages/s)\n")
    if args.bare:
        bare = _run_bare(pages, args.rounds)
        sys.stdout.write(
            f"  trafilatura bare   {1000 * bare / n:7.2f}   ({n / bare:.1f} pages/s); "
            f"cleaner = {bare / total:.2f}x bare\n",
        )


if __name__ == "__main__":
    main()
