"""One tool over one set's pages, in a process of its own (``python -m bench.worker ...``).

Run by ``bench.__main__`` once per tool, one at a time, so that each tool's peak RSS is its own
and tools never compete for the CPU. Timing covers the tool call only: each page is read and
decompressed before its clock starts, and results are written after it stops.

Output: a JSON-lines file, one line per page (``id``, ``body``, ``title``, ``authors``, ``date``,
``seconds``, ``cpu``, ``error``, ``extra``), and a last line ``{"stats": {...}}`` with the page
count, the summed extraction time, the error count, and the process's peak RSS (VmHWM)
after set-up and at the end.

With ``--serve`` the worker instead waits on stdin for JSON lists of page ids and answers each
with one JSON line ``{"cpu": seconds}``, the CPU time of the tool calls on those pages: the
parent feeds two such workers (cleaner and the speed reference) the same chunks of pages in turn,
so a change of the machine's speed during the run (this VM drifts by 10-40% between minutes)
falls on both tools alike and their ratio survives it (``--interleave`` in ``bench.__main__``).

Both wall-clock and CPU time (``time.process_time``) are kept: on a machine shared with other
work the wall clock measures the neighbours as much as the tool, while CPU time of a
single-threaded extractor does not, so the tables rank speed by CPU time.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import resource
import sys
import time
import traceback
from pathlib import Path

from bench.data import SETS
from bench.tools import TOOLS, Prediction

RSS_SOURCE = "VmHWM"
"""Marks stats whose peak RSS is this process's own (older outputs used ru_maxrss)."""


def _maxrss_mb() -> float:
    """Peak resident memory of this process's own address space, in MB.

    VmHWM, not ``ru_maxrss``: on Linux a forked-then-exec'd child's ``ru_maxrss`` starts at the
    parent's RSS at fork time, so it would report the benchmark parent's memory, not the tool's.
    """
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        status = ""
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024  # kB
    # No procfs (not Linux): ru_maxrss, KiB on Linux and bytes on macOS; near enough here.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def serve(bench_set_name: str, tool: str) -> int:
    """Answer chunks of page ids from stdin with the CPU seconds the tool spent on them."""
    bench_set = SETS[bench_set_name]
    extract = TOOLS[tool](bench_set.kind)
    warmed = False
    for line in sys.stdin:
        ids = json.loads(line)
        pages = [bench_set.read(page_id) for page_id in ids]
        if not warmed and pages:
            # The same untimed first call as in main(): lazy set-up is not speed.
            with contextlib.suppress(Exception):
                extract(pages[0], None)
            warmed = True
        cpu = 0.0
        for raw in pages:
            cpu_start = time.process_time()
            with contextlib.suppress(Exception):  # errors are counted by the scored run
                extract(raw, None)
            cpu += time.process_time() - cpu_start
        sys.stdout.write(json.dumps({"cpu": cpu}) + "\n")
        sys.stdout.flush()
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--set", required=True, choices=sorted(SETS))
    parser.add_argument("--tool", required=True, choices=sorted(TOOLS))
    parser.add_argument("--ids", type=Path, help="file with one page id a line")
    parser.add_argument("--out", type=Path, help="JSON-lines output")
    parser.add_argument("--urls", type=Path, help="JSON {id: url} to pass to the tools")
    parser.add_argument(
        "--serve", action="store_true", help="time chunks of ids read from stdin (see above)"
    )
    args = parser.parse_args(argv)

    # The library logs through `logging`; keep the peers' and ours quiet alike.
    logging.disable(logging.WARNING)
    if args.serve:
        return serve(args.set, args.tool)
    if args.ids is None or args.out is None:
        parser.error("--ids and --out are required unless --serve is given")
    bench_set = SETS[args.set]
    ids = [line.strip() for line in args.ids.read_text().splitlines() if line.strip()]
    urls: dict[str, str] = json.loads(args.urls.read_text()) if args.urls else {}
    extract = TOOLS[args.tool](bench_set.kind)
    if ids:
        # One untimed call first: lazy set-up inside a tool (compiled patterns, caches, date
        # parsers) is paid once per process and is not what pages/s should measure.
        # A failure here is recorded by the timed call on the same page below.
        with contextlib.suppress(Exception):
            extract(bench_set.read(ids[0]), urls.get(ids[0]))
    rss_setup = _maxrss_mb()

    total = total_cpu = 0.0
    errors = 0
    with args.out.open("w", encoding="utf-8") as out:
        for page_id in ids:
            raw = bench_set.read(page_id)
            url = urls.get(page_id)
            error = None
            start, cpu_start = time.perf_counter(), time.process_time()
            try:
                pred = extract(raw, url)
            except Exception as exc:  # a peer crashing on a page is a data point, not a stop
                pred = Prediction()
                error = f"{type(exc).__name__}: {exc}"[:300]
            elapsed = time.perf_counter() - start
            cpu = time.process_time() - cpu_start
            total += elapsed
            total_cpu += cpu
            if error:
                errors += 1
                traceback.print_exc(limit=2, file=sys.stderr)
            row = {
                "id": page_id,
                "body": pred.body,
                "title": pred.title,
                "authors": list(pred.authors),
                "date": pred.date,
                "seconds": round(elapsed, 5),
                "cpu": round(cpu, 5),
                "error": error,
                "extra": pred.extra,
            }
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        stats = {
            "pages": len(ids),
            "seconds": total,
            "cpu_seconds": total_cpu,
            "errors": errors,
            "rss_setup_mb": rss_setup,
            "rss_peak_mb": _maxrss_mb(),
            "rss_source": RSS_SOURCE,
        }
        out.write(json.dumps({"stats": stats}) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
