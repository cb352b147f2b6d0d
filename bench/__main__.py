"""Run the benchmark: ``python -m bench --set sh-html [--limit N] [--sample K] [--tools a,b]``.

Each tool runs over the same pages in a worker process of its own (``bench.worker``), one after
another; the parent then scores their outputs against the ground truth (which only it reads),
prints the tables, and (for a run over a whole set) writes ``bench/results/<set>.json``,
``bench/errors/<set>.md`` and regenerates ``bench/RESULTS.md`` from every set's latest results.

Peer tools do not change between runs, so their outputs on the same pages (same tool version, same
page ids, same URL option) are reused from ``bench/out/`` unless ``--fresh`` is given; cleaner
always runs. On sh-html (where the speed target is) cleaner and the speed reference are then
timed once more side by side (``--interleave``). See bench/README.md.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench import report
from bench.data import REPO, SETS, Truth, select, truth
from bench.score import Row, score
from bench.tools import REFERENCE, TOOLS, adapter_hash, default_tools

OUT = REPO / "bench" / "out"
RESULTS = REPO / "bench" / "results"
ERRORS = REPO / "bench" / "errors"

_TOOL_PACKAGES: dict[str, tuple[str, ...]] = {
    "cleaner": ("scrape-cleaner",),
    "trafilatura": ("trafilatura", "htmldate", "lxml"),
    "trafilatura-fast": ("trafilatura", "htmldate", "lxml"),
    "trafilatura-bare": ("trafilatura", "htmldate", "lxml"),
    "readability": ("readability-lxml", "lxml"),
    "justext": ("justext", "lxml"),
    "scrape": (),
    "htmldate": ("htmldate", "lxml"),
    "trafilatura-precision": ("trafilatura", "htmldate", "lxml"),
}


def _cache_key(tool: str, set_name: str, ids: list[str], urls: bool) -> dict[str, Any]:
    versions = report.versions()
    return {
        "tool": tool,
        "set": set_name,
        "ids": hashlib.sha256("\n".join(ids).encode()).hexdigest()[:16],
        "urls": urls,
        "versions": {p: versions.get(p, "?") for p in _TOOL_PACKAGES[tool]},
        "adapter": adapter_hash(tool),
    }


def _lines(path: Path) -> list[str]:
    # split("\n"), not splitlines(): JSON keeps U+2028, U+0085 and friends raw inside strings
    # (ensure_ascii=False), and splitlines() would cut a record there (seen in the text scrapes).
    return [line for line in path.read_text("utf-8").split("\n") if line]


def _read_output(path: Path) -> tuple[list[Row], dict[str, Any]] | None:
    if not path.exists():
        return None
    lines = _lines(path)
    if not lines:
        return None
    last = json.loads(lines[-1])
    if "stats" not in last:
        return None  # an interrupted run
    return [json.loads(line) for line in lines[:-1]], last["stats"]


def _run_tool(
    tool: str,
    set_name: str,
    ids: list[str],
    run_dir: Path,
    *,
    urls: dict[str, str] | None,
    fresh: bool,
) -> tuple[list[Row], dict[str, Any], bool]:
    """Run (or reuse) one tool; returns its rows, its stats, and whether they were reused."""
    out = run_dir / f"{tool}.jsonl"
    key = _cache_key(tool, set_name, ids, urls is not None)
    if not fresh and tool != "cleaner":
        cached = _read_output(out)
        if cached and cached[1].get("key") == key:
            return cached[0], cached[1], True
    ids_file = run_dir / "ids.txt"
    ids_file.write_text("\n".join(ids) + "\n")
    cmd = [sys.executable, "-m", "bench.worker", "--set", set_name, "--tool", tool]
    cmd += ["--ids", str(ids_file), "--out", str(out)]
    if urls is not None:
        url_file = run_dir / "urls.json"
        url_file.write_text(json.dumps(urls))
        cmd += ["--urls", str(url_file)]
    log = run_dir / f"{tool}.stderr"
    with log.open("w") as err:
        proc = subprocess.run(cmd, cwd=REPO, stderr=err, check=False)
    result = _read_output(out)
    if proc.returncode != 0 or result is None:
        raise RuntimeError(f"{tool} failed on {set_name} (exit {proc.returncode}); see {log}")
    rows, stats = result
    stats["key"] = key
    stats["run_at"] = report.now()
    # Rewrite the stats line with the cache key so the next run can reuse these outputs.
    lines = _lines(out)
    lines[-1] = json.dumps({"stats": stats})
    out.write_text("\n".join(lines) + "\n", "utf-8")
    return rows, stats, False


# Pages per turn in the interleaved speed run: short enough that both tools see the same machine
# speed (this VM drifts within minutes), long enough that the pipe round trip (~0.1 ms) is noise
# beside ~0.5 s of extraction.
_CHUNK = 10
# The set the speed target is measured on: interleaved by default there only, since the
# extra pass costs both tools' CPU time again (8 minutes more on wcxb-dev).
_SPEED_SET = "sh-html"


def _interleaved_speed(set_name: str, ids: list[str], tools: list[str]) -> dict[str, Any]:
    """Time `tools` on the same chunks of pages in turn, each in its own serving worker.

    The order within a turn alternates, so neither tool always runs first after the other. The
    figures are CPU seconds as in the main run; only their pairing differs.
    """
    procs = {
        tool: subprocess.Popen(
            [sys.executable, "-m", "bench.worker", "--set", set_name, "--tool", tool, "--serve"],
            cwd=REPO,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for tool in tools
    }
    cpu = dict.fromkeys(tools, 0.0)
    try:
        for turn, start in enumerate(range(0, len(ids), _CHUNK)):
            chunk = json.dumps(ids[start : start + _CHUNK])
            for tool in tools if turn % 2 == 0 else tools[::-1]:
                proc = procs[tool]
                assert proc.stdin is not None
                assert proc.stdout is not None
                proc.stdin.write(chunk + "\n")
                proc.stdin.flush()
                answer = proc.stdout.readline()
                if not answer:
                    raise RuntimeError(f"{tool}'s speed worker on {set_name} stopped")
                cpu[tool] += json.loads(answer)["cpu"]
    finally:
        for proc in procs.values():
            if proc.stdin is not None:
                proc.stdin.close()
            proc.wait()
    rate = {tool: len(ids) / cpu[tool] if cpu[tool] else 0.0 for tool in tools}
    ref = rate.get(REFERENCE) or 0.0
    return {
        "chunk": _CHUNK,
        "pages_per_s": rate,
        "ratio": {tool: rate[tool] / ref if ref else None for tool in tools},
    }


def run_set(set_name: str, args: argparse.Namespace) -> dict[str, Any]:
    """Run every chosen tool over one set and score them."""
    bench_set = SETS[set_name]
    truths = truth(bench_set)
    ids = select(list(truths), limit=args.limit, sample=args.sample)
    subset = (
        "full" if len(ids) == len(truths) else f"sample{args.sample or 1}-limit{args.limit or 0}"
    )
    run_dir = (args.out_dir or OUT) / set_name / subset
    run_dir.mkdir(parents=True, exist_ok=True)
    tools = _tool_list(args, bench_set.kind, bench_set.family)
    urls = {i: truths[i].url for i in ids} if args.url else None
    print(
        f"== {set_name}: {len(ids)} of {len(truths)} pages; tools: {', '.join(tools)}", flush=True
    )
    page_truths: list[Truth] = [truths[i] for i in ids]
    tool_results: dict[str, Any] = {}
    all_rows: dict[str, list[Row]] = {}
    for tool in tools:
        started = time.monotonic()
        if args.rescore:
            got = _read_output(run_dir / f"{tool}.jsonl")
            if got is None:
                print(f"   {tool:18} no saved output in {run_dir}; skipped", flush=True)
                continue
            rows, stats, reused = got[0], got[1], True
        else:
            rows, stats, reused = _run_tool(
                tool,
                set_name,
                ids,
                run_dir,
                urls=urls,
                fresh=args.fresh,
            )
        if [r["id"] for r in rows] != ids:
            raise RuntimeError(f"{tool}'s output in {run_dir} does not cover the chosen pages")
        res = score(bench_set, tool, rows, page_truths, stats, n_bootstrap=args.bootstrap)
        res["reused"] = reused
        res["run_at"] = stats.get("run_at") or report.now()
        tool_results[tool] = res
        all_rows[tool] = rows
        took = time.monotonic() - started
        headline = res["f1"]
        print(
            f"   {tool:18} F1 {headline:.3f}  {res['pages_per_s']:6.1f} pages/s (CPU)  "
            f"peak RSS {_mb(res['rss_peak_mb'])}  {'reused' if reused else f'{took:.0f}s'}",
            flush=True,
        )
    ref = tool_results.get(REFERENCE)
    for res in tool_results.values():
        res["speed_ratio"] = (
            res["pages_per_s"] / ref["pages_per_s"] if ref and ref["pages_per_s"] else None
        )
        res["rss_ratio"] = (
            res["rss_peak_mb"] / ref["rss_peak_mb"]
            if ref and ref["rss_peak_mb"] and res["rss_peak_mb"]
            else None
        )
    interleave = args.interleave if args.interleave is not None else set_name == _SPEED_SET
    speed = None
    if interleave and not args.rescore and {"cleaner", REFERENCE} <= set(tool_results):
        speed = _interleaved_speed(set_name, ids, ["cleaner", REFERENCE])
        print(
            f"   interleaved speed: cleaner {speed['pages_per_s']['cleaner']:.1f} pages/s, "
            f"{REFERENCE} {speed['pages_per_s'][REFERENCE]:.1f}: "
            f"{speed['ratio']['cleaner']:.2f}×",
            flush=True,
        )
    write = args.write if args.write is not None else subset == "full"
    result = {
        "written": write,
        "set": set_name,
        "family": bench_set.family,
        "kind": bench_set.kind,
        "pages": len(ids),
        "total_pages": len(truths),
        "subset": subset,
        "urls": bool(args.url),
        "date": report.now(),
        "versions": report.versions(),
        "machine": report.machine(),
        "commit": report.commit(),
        "tools": tool_results,
        "interleaved": speed,
    }
    print(report.set_section(result), flush=True)
    if write:
        RESULTS.mkdir(exist_ok=True)
        ERRORS.mkdir(exist_ok=True)
        (RESULTS / f"{set_name}.json").write_text(json.dumps(result, indent=1) + "\n", "utf-8")
        (ERRORS / f"{set_name}.md").write_text(
            report.error_report(result, bench_set, page_truths, all_rows),
            "utf-8",
        )
        print(f"wrote {RESULTS / f'{set_name}.json'} and {ERRORS / f'{set_name}.md'}", flush=True)
    else:
        path = run_dir / "errors.md"
        path.write_text(report.error_report(result, bench_set, page_truths, all_rows), "utf-8")
        why = "subset run" if subset != "full" else "--no-write"
        print(f"({why}: RESULTS.md left alone; error report in {path})", flush=True)
    return result


def _mb(value: float | None) -> str:
    return "unknown" if value is None else f"{value:.0f} MB"


def _tool_list(args: argparse.Namespace, kind: str, family: str) -> list[str]:
    tools = args.tools.split(",") if args.tools else default_tools(kind)  # type: ignore[arg-type]
    if not args.tools and kind == "html" and family == "wcxb":
        tools.append("htmldate")  # the date-only reference the issue quotes for WCXB
    if not args.tools and family == "sh":
        tools.insert(tools.index("trafilatura-bare"), "trafilatura-precision")
    if args.skip:
        tools = [t for t in tools if t not in set(args.skip.split(","))]
    unknown = [t for t in tools if t not in TOOLS]
    if unknown:
        raise SystemExit(f"unknown tool(s) {unknown}; choose from {sorted(TOOLS)}")
    if kind == "html" and "scrape" in tools:
        tools.remove("scrape")
    return tools


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--set",
        action="append",
        choices=[*SETS, "all"],
        help="set to run (repeatable; 'all' for the four)",
    )
    parser.add_argument("--limit", type=int, help="only the first N pages (after --sample)")
    parser.add_argument("--sample", type=int, help="only every K-th page (reproducible)")
    parser.add_argument("--tools", help="comma-separated tools (default: all for the set)")
    parser.add_argument("--skip", help="comma-separated tools to leave out")
    parser.add_argument(
        "--url",
        action="store_true",
        help="pass each page's URL to the tools (default: the page alone)",
    )
    parser.add_argument("--fresh", action="store_true", help="rerun peers even if outputs match")
    parser.add_argument(
        "--rescore", action="store_true", help="run nothing: score the outputs saved in bench/out/"
    )
    parser.add_argument(
        "--out-dir",
        type=Path,
        help="where the raw outputs go (default bench/out/); give each concurrent run its own",
    )
    i = parser.add_mutually_exclusive_group()
    i.add_argument(
        "--interleave",
        dest="interleave",
        action="store_true",
        default=None,
        help=f"time cleaner and {REFERENCE} again side by side, chunk by chunk "
        f"(default: on for {_SPEED_SET} only)",
    )
    i.add_argument("--no-interleave", dest="interleave", action="store_false")
    parser.add_argument("--bootstrap", type=int, default=200, help="bootstrap resamples (SH ±)")
    w = parser.add_mutually_exclusive_group()
    w.add_argument(
        "--write",
        dest="write",
        action="store_true",
        default=None,
        help="write results/errors/RESULTS.md even for a subset",
    )
    w.add_argument(
        "--no-write",
        dest="write",
        action="store_false",
        help="do not write results even for a full set",
    )
    parser.add_argument(
        "--report-only",
        action="store_true",
        help="only regenerate bench/RESULTS.md from bench/results/*.json",
    )
    args = parser.parse_args(argv)
    written = False
    if not args.report_only:
        names = args.set or ["sh-html"]
        if "all" in names:
            names = list(SETS)
        for name in names:
            written = run_set(name, args)["written"] or written
    if args.report_only or written:
        path = report.write_results(RESULTS, REPO / "bench" / "RESULTS.md")
        print(f"regenerated {path}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
