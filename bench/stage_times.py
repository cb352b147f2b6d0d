"""Per-stage CPU time of the default pipeline over a benchmark set: where a page's time goes.

Runs `cleaner.DEFAULT` stage by stage on each page (process CPU time, as `python -m bench`
measures it) and prints the mean milliseconds per page of every stage, plus the pipeline's own
overhead (labelling drops, building the Article). Optionally also times
`trafilatura.bare_extraction(page, with_metadata=True)` on the same pages, the speed reference:
page by page, right before or after cleaner's run of the same page (the order alternates), so
the ratio holds up on a machine whose load drifts (two separate passes swung 0.95x-1.36x here).
A first untimed call warms the lazy set-up (models, rules) on the first page only, as the bench
worker's first call does: the rules of the other languages are compiled inside the timed calls,
as in a bench run (use --rounds 2 to see the steady state).

    python bench/stage_times.py --set sh-html                 # all 181 pages
    python bench/stage_times.py --set wcxb-dev --sample 20 --bare
    python bench/stage_times.py --set sh-html --profile 30    # cProfile, the top 30 functions
    python bench/stage_times.py --set sh-html --rounds 2 --split  # first pass vs the later ones

With --split the first pass and the later ones are shown side by side: the first pays the
one-time set-up a bench run pays (the rules of every language after the first page's compiled,
patterns compiled as their first block needs them, the stop-word index, cold caches), the later
ones show the steady state of a long batch. On sh-html (session 18) the first pass spent ~3 ms a
page more in byline, strip_boilerplate and detect_language (2.0, 0.8 and 0.35), ~10% of the
bench's figure: regex compiles ~0.9 ms a page, the rules files ~0.3, the stop-word index ~0.3.

But a later pass reads the same pages again, and the stages remember what they read of a text
(`functools.lru_cache` on the line readers: `authors.parse_byline` holds 4,720 texts after one
sh-html pass, `htmlblocks.attr_hints` 16,384): there every text is a hit, which no new page of a
long batch gets. --cold-caches empties those memos (every bounded cache of 1,024 entries or more;
the smaller and unbounded ones hold compiled patterns, rules and models: set-up, kept) before
each later pass, so that pass shows what a new page costs once the set-up is paid. On sh-html
(session 21): byline 3.05 first pass, 1.47 later, 2.88-3.00 later with cold caches; the 1.43
ms "steady state" of session 20 was the caches. strip_boilerplate's and detect_language's
first-pass extra (0.7, 0.2) is set-up, and stays away with cold caches.

    python bench/stage_times.py --set sh-html --rounds 3 --split --cold-caches
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import gc
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


def _run_stages(
    pages: list[bytes],
    rounds: int,
    *,
    bare: bool,
    first_round: int = 0,
    cold_caches: bool = False,
) -> dict[str, float]:
    """CPU seconds per stage over all pages; with `bare`, bare_extraction's under "(bare)".

    `first_round` numbers the rounds on from there (the bare call alternates sides by round);
    with `cold_caches` the text memos are emptied before each round (untimed).
    """
    import cleaner  # noqa: PLC0415
    from cleaner.document import Article, Document  # noqa: PLC0415
    from cleaner.errors import Discard  # noqa: PLC0415

    pipe = cleaner.DEFAULT
    totals: dict[str, float] = defaultdict(float)
    clock = time.process_time
    for r in range(first_round, first_round + rounds):
        if cold_caches:
            clear_text_caches()
        for k, raw in enumerate(pages):
            if bare and (k + r) % 2:
                totals["(bare)"] += _time_bare(raw)
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
            if bare and not (k + r) % 2:
                totals["(bare)"] += _time_bare(raw)
    return totals


# A bounded `lru_cache` this large remembers texts a stage read (see the module docstring); the
# set-up caches (compiled patterns, rules files, models) are unbounded or hold at most 256.
_TEXT_CACHE_SIZE = 1024


def clear_text_caches() -> int:
    """Empty every text memo (a bounded `lru_cache` of `_TEXT_CACHE_SIZE` or more); count them."""
    caches = [
        o
        for o in gc.get_objects()
        if isinstance(o, functools._lru_cache_wrapper)  # noqa: SLF001 - the type lru_cache makes
        and (o.cache_info().maxsize or 0) >= _TEXT_CACHE_SIZE
    ]
    for cache in caches:
        cache.cache_clear()
    return len(caches)


def _time_bare(raw: bytes) -> float:
    from trafilatura import bare_extraction  # noqa: PLC0415

    t0 = time.process_time()
    bare_extraction(raw, with_metadata=True)
    return time.process_time() - t0


def main(argv: list[str] | None = None) -> None:
    """Print the per-stage times (see the module docstring)."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--set", default="sh-html", choices=sorted(SETS))
    ap.add_argument("--sample", type=int, default=1, help="every K-th page")
    ap.add_argument("--limit", type=int, default=None, help="the first N pages of those")
    ap.add_argument("--rounds", type=int, default=1, help="timed passes over the pages")
    ap.add_argument("--bare", action="store_true", help="also time trafilatura bare_extraction")
    ap.add_argument(
        "--split",
        action="store_true",
        help="with --rounds 2 or more: the first pass and the later ones side by side",
    )
    ap.add_argument(
        "--cold-caches",
        action="store_true",
        help="empty the stages' text memos before every pass after the first (see above)",
    )
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

    cleaner.clean(pages[0])  # warm-up, as the bench worker's untimed first call
    if args.bare:
        _time_bare(pages[0])
    n = len(pages) * args.rounds
    if args.profile:
        prof = cProfile.Profile()
        prof.enable()
        for r in range(args.rounds):
            if args.cold_caches and r:
                clear_text_caches()
            for raw in pages:
                cleaner.clean(raw)
        prof.disable()
        stats = pstats.Stats(prof)
        stats.sort_stats("cumulative").print_stats(args.profile)
        stats.sort_stats("tottime").print_stats(args.profile)
        return
    if args.split and args.rounds > 1:
        _print_split(args.set, pages, args.rounds, bare=args.bare, cold_caches=args.cold_caches)
        return
    totals = _run_stages(pages, 1, bare=args.bare)
    if args.rounds > 1:
        later = _run_stages(
            pages, args.rounds - 1, bare=args.bare, first_round=1, cold_caches=args.cold_caches
        )
        for name, sec in later.items():
            totals[name] += sec
    bare = totals.pop("(bare)", 0.0)
    total = sum(totals.values())
    sys.stdout.write(f"{args.set}: {len(pages)} pages x {args.rounds}, ms of CPU per page\n")
    for name, sec in sorted(totals.items(), key=lambda kv: -kv[1]):
        sys.stdout.write(f"  {name:<18} {1000 * sec / n:7.2f}\n")
    sys.stdout.write(f"  {'TOTAL':<18} {1000 * total / n:7.2f}   ({n / total:.1f} pages/s)\n")
    if args.bare:
        sys.stdout.write(
            f"  trafilatura bare   {1000 * bare / n:7.2f}   ({n / bare:.1f} pages/s); "
            f"cleaner = {bare / total:.2f}x bare\n",
        )


def _print_split(
    set_name: str, pages: list[bytes], rounds: int, *, bare: bool, cold_caches: bool = False
) -> None:
    """Print the first pass's ms per page beside the later passes' (see the module docstring)."""
    first = _run_stages(pages, 1, bare=bare)
    later = _run_stages(pages, rounds - 1, bare=bare, first_round=1, cold_caches=cold_caches)
    n1, n2 = len(pages), len(pages) * (rounds - 1)
    out = sys.stdout.write
    later_name = "later passes, text memos emptied" if cold_caches else "later passes"
    out(f"{set_name}: {len(pages)} pages, ms of CPU per page: first pass, {later_name}\n")
    for name in sorted(first, key=lambda k: -first[k]):
        ms1, ms2 = 1000 * first[name] / n1, 1000 * later.get(name, 0.0) / n2
        out(f"  {name:<18} {ms1:7.2f} {ms2:7.2f}\n")
    t1 = sum(v for k, v in first.items() if k != "(bare)")
    t2 = sum(v for k, v in later.items() if k != "(bare)")
    out(f"  {'TOTAL (cleaner)':<18} {1000 * t1 / n1:7.2f} {1000 * t2 / n2:7.2f}\n")


if __name__ == "__main__":
    main()
