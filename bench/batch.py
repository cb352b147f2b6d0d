"""Batch benchmark: pages/s for 1 and 2 worker processes, and RSS over a long run.

Run from the repository root (needs psutil, in the [bench] extra):

    python -m bench.batch                   # speed on the 181 Scrapinghub HTML pages x2, then
                                            # a long run of 5,430 pages (the 181 repeated 30x)
    python -m bench.batch --repeat 1 --long 1000     # a quick look
    python -m bench.batch --write           # also write the figures to bench/BATCH.md

Speed: the pages are cleaned in this process (`workers=1`), by one worker process
(`isolate=True`) and by two; each run includes starting its workers. Targets (issue 4): two
workers at least 1.7x one worker.

Memory: the long run uses two workers and samples the RSS of this process and of all its
descendants (the forkserver and the workers) every 50 pages; it reports the peak over the first
thousand pages and over the last thousand. Target: the last thousand add less than 10%.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import itertools
import os
import platform
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import psutil

from cleaner.batch import Page, clean_many

REPO = Path(__file__).resolve().parent.parent
DATA = Path(os.environ.get("CLEANER_BENCH_DATA", REPO.parent / "shared" / "bench"))
PAGES = DATA / "scrapinghub" / "html"
SAMPLE_EVERY = 50


def load() -> list[tuple[str, bytes]]:
    files = sorted(PAGES.glob("*.html.gz"))
    if not files:
        sys.exit(f"no pages in {PAGES}: set CLEANER_BENCH_DATA to the folder holding scrapinghub/")
    return [(f.name.removesuffix(".html.gz"), gzip.decompress(f.read_bytes())) for f in files]


def pages(data: list[tuple[str, bytes]], count: int) -> Iterator[Page]:
    for i, (name, raw) in enumerate(itertools.islice(itertools.cycle(data), count)):
        yield Page(raw=raw, id=f"{name}#{i // len(data)}")


def tree_rss() -> tuple[int, int]:
    """RSS of this process, and of this process plus all its descendants, in bytes."""
    me = psutil.Process()
    own = me.memory_info().rss
    total = own
    for child in me.children(recursive=True):
        with contextlib.suppress(psutil.NoSuchProcess):
            total += child.memory_info().rss
    return own, total


def tree_cpu() -> dict[int, float]:
    """CPU seconds (user + system) of this process and of each live descendant, by pid."""
    me = psutil.Process()
    out = {me.pid: sum(me.cpu_times()[:2])}
    for child in me.children(recursive=True):
        with contextlib.suppress(psutil.NoSuchProcess):
            out[child.pid] = sum(child.cpu_times()[:2])
    return out


def speed(data: list[tuple[str, bytes]], count: int) -> list[tuple[str, float, float, int]]:
    """Clean `count` pages three ways; return (label, pages/s, CPU ms per page, failed)."""
    # Warm up: start the forkserver (it imports cleaner once) so no run below pays for it.
    list(clean_many([b""], isolate=True))
    rows = []
    for label, options in [
        ("in-process (workers=1)", {"workers": 1}),
        ("1 worker process", {"workers": 1, "isolate": True}),
        ("2 worker processes", {"workers": 2}),
    ]:
        before = tree_cpu()
        start = time.perf_counter()
        failed = 0
        done = 0
        after: dict[int, float] = {}
        for result in clean_many(pages(data, count), **options):  # type: ignore[arg-type]
            done += 1
            failed += result.error is not None
            if done == count:
                after = tree_cpu()  # the workers are still alive: their CPU time is readable
        seconds = time.perf_counter() - start
        assert done == count
        cpu = sum(t - before.get(pid, 0.0) for pid, t in after.items())
        rows.append((label, count / seconds, 1000 * cpu / count, failed))
        print(
            f"{label:24} {count} pages in {seconds:6.1f} s: {count / seconds:6.1f} pages/s, "
            f"{1000 * cpu / count:5.0f} ms CPU per page ({failed} failed)",
            flush=True,
        )
    return rows


def long_run(data: list[tuple[str, bytes]], count: int) -> dict[str, float]:
    samples: list[tuple[int, int, int]] = []
    start = time.perf_counter()
    failed = 0
    for done, result in enumerate(clean_many(pages(data, count), workers=2), start=1):
        failed += result.error is not None
        if done % SAMPLE_EVERY == 0 or done == count:
            own, total = tree_rss()
            samples.append((done, own, total))
        if done % 1000 == 0:
            print(
                f"  {done} pages, {time.perf_counter() - start:.0f} s, "
                f"RSS {samples[-1][1] / 2**20:.0f} MB here, {samples[-1][2] / 2**20:.0f} MB all",
                flush=True,
            )
    seconds = time.perf_counter() - start
    first = [s for s in samples if s[0] <= 1000]
    last = [s for s in samples if s[0] > count - 1000]
    figures = {
        "pages": count,
        "seconds": seconds,
        "failed": failed,
        "first_own": max(s[1] for s in first) / 2**20,
        "last_own": max(s[1] for s in last) / 2**20,
        "first_all": max(s[2] for s in first) / 2**20,
        "last_all": max(s[2] for s in last) / 2**20,
    }
    print(
        f"long run: {count} pages in {seconds:.0f} s ({count / seconds:.1f} pages/s), "
        f"{failed} failed",
        flush=True,
    )
    for key in ("own", "all"):
        a, b = figures[f"first_{key}"], figures[f"last_{key}"]
        print(
            f"  peak RSS ({key}): first thousand {a:.0f} MB, last thousand {b:.0f} MB "
            f"({(b - a) / a:+.1%})",
            flush=True,
        )
    return figures


def report(
    speeds: list[tuple[str, float, float, int]],
    figures: dict[str, float],
    repeat: int,
    load_before: tuple[float, float, float],
) -> str:
    one = next(rate for label, rate, _, _ in speeds if label.startswith("1 worker"))
    two = next(rate for label, rate, _, _ in speeds if label.startswith("2 worker"))
    cpu_one = next(cpu for label, _, cpu, _ in speeds if label.startswith("1 worker"))
    cpu_two = next(cpu for label, _, cpu, _ in speeds if label.startswith("2 worker"))
    load = os.getloadavg()
    lines = [
        "# Batch benchmark (`python -m bench.batch`)",
        "",
        (
            f"Machine: {os.cpu_count()} cores, Python {platform.python_version()}; load average "
            f"{load_before[0]:.1f} at the start, {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f} "
            "(1/5/15 min) at the end. The cores are"
        ),
        "shared with other jobs running at the same time, so the figures are a lower bound and",
        "the ratio of two workers to one is depressed when the other jobs take CPU.",
        "",
        f"## Speed: the 181 Scrapinghub HTML pages x{repeat}",
        "",
        "| how | pages/s | CPU ms per page (all processes) | cores used | failed |",
        "| --- | ---: | ---: | ---: | ---: |",
        *[
            f"| {label} | {rate:.1f} | {cpu:.0f} | {rate * cpu / 1000:.2f} | {failed} |"
            for label, rate, cpu, failed in speeds
        ],
        "",
        f"Two workers / one worker, wall clock: **{two / one:.2f}x** (target >= 1.7x).",
        "",
        f"CPU per page, two workers / one: {cpu_two / cpu_one:.2f} (1.00 means the pool adds no",
        "work of its own when it runs two workers: with two free cores the speed-up is then",
        "bounded only by how evenly the pages split between the workers).",
        "",
        '"cores used" = pages/s x CPU seconds per page: the CPU the run actually got. When two',
        "workers get no more CPU than one, the machine, not the pool, set the pace: on Linux with",
        "`sched_autogroup_enabled=1` every process of one session shares one CPU share, so",
        "while other sessions keep the cores busy a second worker cannot add CPU.",
        "",
        f"## Memory: {int(figures['pages']):,} pages (the 181 repeated), two workers",
        "",
        (
            f"{figures['pages'] / figures['seconds']:.1f} pages/s, "
            f"{int(figures['failed'])} failed. Peak RSS, sampled every 50 pages:"
        ),
        "",
        "| process | first thousand | last thousand | change |",
        "| --- | ---: | ---: | ---: |",
    ]
    for key, label in (
        ("own", "parent (clean_many's caller)"),
        ("all", "parent + forkserver + workers"),
    ):
        a, b = figures[f"first_{key}"], figures[f"last_{key}"]
        lines.append(f"| {label} | {a:.0f} MB | {b:.0f} MB | {(b - a) / a:+.1%} |")
    lines += ["", "Target: the last thousand add less than 10%.", ""]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=2, help="passes over the 181 for speed")
    parser.add_argument("--long", type=int, default=181 * 30, help="pages in the long run")
    parser.add_argument("--write", action="store_true", help="write bench/BATCH.md")
    args = parser.parse_args()
    data = load()
    load_before = os.getloadavg()
    speeds = speed(data, len(data) * args.repeat)
    figures = long_run(data, args.long)
    text = report(speeds, figures, args.repeat, load_before)
    if args.write:
        (REPO / "bench" / "BATCH.md").write_text(text, encoding="utf-8")
        print("wrote bench/BATCH.md")
    else:
        print(text)


if __name__ == "__main__":
    main()
