"""Markdown for the terminal, bench/RESULTS.md and the per-page error reports in bench/errors/."""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import re
import subprocess
from collections import Counter
from collections.abc import Callable, Sequence
from importlib import metadata as importlib_metadata
from pathlib import Path
from typing import Any

from bench import metrics
from bench.data import REPO, BenchSet, Truth
from bench.score import META_FIELDS, NO_BODY, Row, meta_outcomes, page_f1
from bench.tools import DESCRIPTIONS, REFERENCE

PACKAGES = (
    "scrape-cleaner",
    "trafilatura",
    "htmldate",
    "courlan",
    "justext",
    "readability-lxml",
    "lxml",
    "beautifulsoup4",
    "charset-normalizer",
    "regex",
)
SET_ORDER = ("sh-html", "sh-text", "wcxb-dev", "wcxb-dev-text")
TYPE_ORDER = ("article", "service", "product", "collection", "forum", "listing", "documentation")


def now() -> str:
    """The current UTC time, to the minute."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


def versions() -> dict[str, str]:
    """Installed versions of the packages that matter to the figures, and Python's."""
    out = {"python": platform.python_version()}
    for name in PACKAGES:
        try:
            out[name] = importlib_metadata.version(name)
        except importlib_metadata.PackageNotFoundError:
            out[name] = "not installed"
    return out


def machine() -> dict[str, Any]:
    """Cores, CPU model, memory and load: what the speed figures depend on."""
    cpu = "unknown"
    mem_gb = 0.0
    try:
        info = Path("/proc/cpuinfo").read_text()
        m = re.search(r"^model name\s*:\s*(.+)$", info, re.MULTILINE)
        cpu = m.group(1).strip() if m else platform.processor() or "unknown"
        mm = re.search(r"^MemTotal:\s*(\d+)", Path("/proc/meminfo").read_text(), re.MULTILINE)
        mem_gb = int(mm.group(1)) / 1024 / 1024 if mm else 0.0
    except OSError:
        pass
    return {
        "cores": os.cpu_count(),
        "cpu": cpu,
        "memory_gb": round(mem_gb, 1),
        "system": f"{platform.system()} {platform.release()}",
        "load_1m": round(os.getloadavg()[0], 2),
    }


def commit() -> str:
    """The repository's commit, with '+dirty' when the working tree has changes under src/."""
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=REPO,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", "src"],
            cwd=REPO,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return head + ("+dirty" if dirty else "")


# --------------------------------------------------------------------------- tables


def _f(x: float | None, digits: int = 3) -> str:
    return "–" if x is None else f"{x:.{digits}f}"


def _pm(res: dict[str, Any], key: str) -> str:
    ci = res.get(f"{key}_ci")
    return f"{res[key]:.3f} ± {ci:.3f}" if ci else f"{res[key]:.3f}"


def _ratio(x: float | None) -> str:
    return "–" if x is None else f"{x:.2f}×"


def _speed_cells(res: dict[str, Any]) -> list[str]:
    return [
        f"{res['pages_per_s']:.1f}",
        _ratio(res.get("speed_ratio")),
        "–" if res["rss_peak_mb"] is None else f"{res['rss_peak_mb']:.0f}",
    ]


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(" --- " for _ in header) + "|"]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


def _sh_table(result: dict[str, Any]) -> str:
    header = [
        "tool",
        "F1",
        "precision",
        "recall",
        "accuracy",
        "pages/s",
        "× bare",
        "peak RSS MB",
        "empty",
    ]
    rows = []
    for tool, res in result["tools"].items():
        rows.append(
            [
                f"**{tool}**" if tool == "cleaner" else tool,
                _pm(res, "f1"),
                _pm(res, "precision"),
                _pm(res, "recall"),
                _pm(res, "accuracy"),
                *_speed_cells(res),
                str(res["empty"]),
            ]
        )
    return _table(header, rows)


def _meta_cell(res: dict[str, Any], field: str, part: str) -> str:
    m = res.get("meta", {}).get(field)
    if not m:
        return "–"
    if part == "acc":
        return f"{m['accuracy']:.3f} ({m['correct']}/{m['with_truth']})"
    return f"{m['invented']}/{m['without_truth']} ({m['invented_rate']:.1%})"


def _wcxb_tables(result: dict[str, Any]) -> str:
    tools = result["tools"]
    header = [
        "tool",
        "word F1",
        "precision",
        "recall",
        "with found",
        "without leaked",
        "pages/s",
        "× bare",
        "peak RSS MB",
        "empty",
    ]
    rows = []
    for tool, res in tools.items():
        body = tool not in NO_BODY
        rows.append(
            [
                f"**{tool}**" if tool == "cleaner" else tool,
                _f(res["f1"]) if body else "–",
                _f(res["precision"]) if body else "–",
                _f(res["recall"]) if body else "–",
                f"{res['with_rate']:.1%}" if body else "–",
                f"{res['without_rate']:.1%}" if body else "–",
                *_speed_cells(res),
                str(res["empty"]) if body else "–",
            ]
        )
    main = _table(header, rows)
    tools = {t: r for t, r in tools.items() if t not in NO_BODY}
    types = [t for t in TYPE_ORDER if any(t in r["by_type"] for r in tools.values())]
    types += sorted({t for r in tools.values() for t in r["by_type"]} - set(types))
    first = next(iter(tools.values()))
    header = ["tool", *[f"{t} ({first['by_type'].get(t, {}).get('n', 0)})" for t in types], "all"]
    rows = [
        [tool, *[_f(res["by_type"].get(t, {}).get("f1")) for t in types], _f(res["f1"])]
        for tool, res in tools.items()
    ]
    per_type = _table(header, rows)
    header = [
        "tool",
        "title exact",
        "author exact",
        "author invented",
        "date exact",
        "date invented",
    ]
    rows = [
        [
            tool,
            _meta_cell(res, "title", "acc"),
            _meta_cell(res, "author", "acc"),
            _meta_cell(res, "author", "inv"),
            _meta_cell(res, "date", "acc"),
            _meta_cell(res, "date", "inv"),
        ]
        for tool, res in result["tools"].items()
        if res.get("meta")
    ]
    meta = _table(header, rows)
    return (
        f"{main}\n\nWord F1 by page type (pages):\n\n{per_type}\n\n"
        f"Metadata (exact after whitespace/case normalisation; accuracy over pages whose truth "
        f"has the field; invented = a value given where the truth has none):\n\n{meta}"
    )


def set_section(result: dict[str, Any]) -> str:
    """The tables of one set, as Markdown."""
    subset = "" if result["subset"] == "full" else f" (subset: {result['subset']})"
    head = (
        f"### {result['set']}: {result['pages']} of {result['total_pages']} pages{subset}\n\n"
        f"Run {result['date']} at commit `{result['commit']}`; "
        f"load average at the end {result['machine']['load_1m']}; "
        f"URLs {'given to' if result['urls'] else 'withheld from'} the tools."
    )
    body = _sh_table(result) if result["family"] == "sh" else _wcxb_tables(result)
    speed = result.get("interleaved")
    if speed:
        rate, ratio = speed["pages_per_s"], speed["ratio"]
        body += (
            f"\n\nInterleaved speed (the two tools timed again on the same {speed['chunk']}-page "
            f"chunks in turn, so machine drift falls on both): "
            + ", ".join(f"{tool} {rate[tool]:.1f} pages/s ({_ratio(ratio[tool])})" for tool in rate)
            + "."
        )
    reused = [t for t, r in result["tools"].items() if r.get("reused")]
    note = (
        f"\n\nReused outputs (same tool version, same pages) from an earlier run: "
        f"{', '.join(reused)}."
        if reused
        else ""
    )
    return f"{head}\n\n{body}{note}\n"


# --------------------------------------------------------------------------- targets


def _target_rows(results: dict[str, dict[str, Any]]) -> list[list[str]]:
    """One row per issue-3 target: goal, cleaner, trafilatura and the best peer here, verdict."""
    rows: list[list[str]] = []

    def tools_of(set_name: str) -> dict[str, dict[str, Any]]:
        r = results.get(set_name)
        return r["tools"] if r else {}

    def add(cells: list[str], ok: bool | None) -> None:
        verdict = "not run" if ok is None else ("**met**" if ok else "not met")
        rows.append([*cells, verdict])

    def f1_target(
        set_name: str, label: str, goal: float, getter: Callable[[dict[str, Any]], float | None]
    ) -> None:
        tools = tools_of(set_name)
        c = tools.get("cleaner")
        v = getter(c) if c else None
        t = tools.get("trafilatura")
        peers = [(getter(r), n) for n, r in tools.items() if n != "cleaner" and n not in NO_BODY]
        scored = [(x, n) for x, n in peers if x is not None]
        best = max(scored) if scored else None
        cells = [
            label,
            f"≥ {goal}",
            _f(v),
            _f(getter(t)) if t else "–",
            f"{best[0]:.3f} ({best[1]})" if best else "–",
        ]
        add(cells, None if v is None else v >= goal)

    f1_target("sh-html", "sh-html shingle F1", 0.975, lambda c: c["f1"])
    f1_target("sh-text", "sh-text shingle F1", 0.92, lambda c: c["f1"])
    f1_target("wcxb-dev-text", "wcxb-dev-text word F1", 0.85, lambda c: c["f1"])
    f1_target("wcxb-dev", "wcxb-dev word F1, all page types", 0.88, lambda c: c["f1"])
    f1_target(
        "wcxb-dev",
        "wcxb-dev word F1, articles",
        0.955,
        lambda c: c["by_type"].get("article", {}).get("f1"),
    )
    tools = tools_of("wcxb-dev")
    meta = (tools.get("cleaner") or {}).get("meta", {})
    ref_meta = (tools.get(REFERENCE) or {}).get("meta", {})

    def meta_value(m: dict[str, Any] | None, field: str) -> str:
        if not m:
            return "–"
        if field == "title":
            return _f(m["accuracy"])
        return (
            f"{m['accuracy']:.3f}; invented on {m['invented']}/{m['without_truth']} "
            f"({m['invented_rate']:.1%})"
        )

    def best_meta(field: str) -> str:
        have = [
            (r["meta"][field]["accuracy"], n)
            for n, r in tools.items()
            if n != "cleaner" and field in r.get("meta", {})
        ]
        if not have:
            return "–"
        _, name = max(have)
        return f"{meta_value(tools[name]['meta'][field], field)} ({name})"

    for field, goal, max_inv in (
        ("title", 0.90, None),
        ("author", 0.85, 0.05),
        ("date", 0.90, 0.10),
    ):
        m = meta.get(field)
        ok = None
        if m:
            ok = m["accuracy"] >= goal and (max_inv is None or m["invented_rate"] <= max_inv)
        cells = [
            f"wcxb-dev {field} exact",
            f"≥ {goal}" + (f", invented ≤ {max_inv:.0%}" if max_inv is not None else ""),
            meta_value(m, field),
            meta_value(ref_meta.get(field), field) + f" ({REFERENCE})",
            best_meta(field),
        ]
        add(cells, ok)
    tools = tools_of("sh-html")
    c, ref = tools.get("cleaner"), tools.get(REFERENCE)
    speed_goal = f"≥ 1.5× {REFERENCE}, peak RSS no higher"
    speed = (results.get("sh-html") or {}).get("interleaved")
    if c and ref and c["rss_peak_mb"] is not None and ref["rss_peak_mb"] is not None:
        ratio = c["speed_ratio"] or 0.0
        value = (
            f"{ratio:.2f}× ({c['pages_per_s']:.1f} vs {ref['pages_per_s']:.1f} pages/s); "
            f"peak RSS {c['rss_peak_mb']:.0f} vs {ref['rss_peak_mb']:.0f} MB"
        )
        if speed:
            # The side-by-side figure is the verdict's: the sequential runs of the two tools
            # can meet different machine speeds (0.87x and 1.78x an hour apart, same code).
            ratio = speed["ratio"]["cleaner"] or 0.0
            value = (
                f"{ratio:.2f}× interleaved ({speed['pages_per_s']['cleaner']:.1f} vs "
                f"{speed['pages_per_s'][REFERENCE]:.1f} pages/s); sequential runs {value}"
            )
        ok = ratio >= 1.5 and c["rss_peak_mb"] <= ref["rss_peak_mb"]
        add(["sh-html speed, full Article", speed_goal, value, "", ""], ok)
    else:
        add(["sh-html speed, full Article", speed_goal, "–", "", ""], None)
    return rows


def write_results(results_dir: Path, path: Path) -> Path:
    """Regenerate bench/RESULTS.md from every ``results_dir/<set>.json``."""
    results: dict[str, dict[str, Any]] = {}
    for name in SET_ORDER:
        f = results_dir / f"{name}.json"
        if f.exists():
            results[name] = json.loads(f.read_text("utf-8"))
    lines = [
        "# Benchmark results",
        "",
        (
            "Generated by `python -m bench` (see [README.md](README.md) for how to run it and what "
            "each number means); do not edit by hand. Per-page error reports: [errors/](errors/)."
        ),
        "",
        f"Regenerated {now()}.",
        "",
    ]
    if results:
        latest = max(results.values(), key=lambda r: r["date"])
        m = latest["machine"]
        lines += [
            (
                f"Machine: {m['cores']} cores, {m['cpu']}, {m['memory_gb']} GB RAM, {m['system']}; "
                "shared with other work while these ran, so speed is measured in CPU time "
                "(see README)."
            ),
            "",
            "Versions: " + ", ".join(f"{k} {v}" for k, v in latest["versions"].items()) + ".",
            "",
        ]
    lines += [
        "## Targets (issue 3)",
        "",
        _table(
            ["target", "goal", "cleaner", "trafilatura here", "best peer here", "verdict"],
            _target_rows(results),
        ),
        "",
    ]
    lines += [
        "## Tools",
        "",
        _table(["name", "what runs"], [[k, f"`{v}`"] for k, v in DESCRIPTIONS.items()]),
        "",
    ]
    for name in SET_ORDER:
        if name in results:
            lines += [set_section(results[name])]
        else:
            lines += [f"### {name}\n\nNot run yet.\n"]
    path.write_text("\n".join(lines), "utf-8")
    return path


# --------------------------------------------------------------------------- error reports

_SNIP = 220
_SHOW_PAGES = 30
_SHOW_LINES = 4


def _clip(text: str, n: int = _SNIP) -> str:
    text = " ".join(text.split())
    text = text if len(text) <= n else text[: n - 1] + "…"
    return text.replace("|", "\\|")


def _grams(text: str, n: int = 3) -> set[tuple[str, ...]]:
    w = metrics.words(text)
    if len(w) < n:
        return {tuple(w)} if w else set()
    return {tuple(w[i : i + n]) for i in range(len(w) - n + 1)}


def _unmatched(lines_of: str, other: str) -> list[str]:
    """Lines of the first text whose word trigrams are mostly absent from the other text."""
    other_grams = _grams(other)
    out = []
    for line in lines_of.splitlines():
        g = _grams(line)
        if not g:
            continue
        if sum(x in other_grams for x in g) / len(g) < 0.5:
            out.append(line.strip())
    out.sort(key=len, reverse=True)
    return out


def _page_block(bench_set: BenchSet, t: Truth, row: Row, others: dict[str, Row]) -> list[str]:
    f1, p, r = page_f1(bench_set.family, row, t)
    peer = "; ".join(
        f"{name} {page_f1(bench_set.family, o, t)[0]:.2f}" for name, o in others.items()
    )
    extra = row.get("extra") or {}
    flags = f", discarded: {extra['discarded']}" if extra.get("discarded") else ""
    path = bench_set.page_path(t.page_id)
    out = [
        f"#### `{t.page_id}` ({t.page_type}) F1 {f1:.2f} (P {p:.2f}, R {r:.2f}){flags}",
        "",
        f"{t.url}  \ninput: `{path}`  \npeers: {peer or '–'}",
        "",
    ]
    leaked = _unmatched(row["body"], t.body)
    missed = _unmatched(t.body, row["body"])
    if leaked:
        out.append(f"- leaked ({len(leaked)} lines not in the truth), longest first:")
        out += [f"  - `{_clip(x)}`" for x in leaked[:_SHOW_LINES]]
    if missed:
        out.append(f"- missed ({len(missed)} truth lines not in the output), longest first:")
        out += [f"  - `{_clip(x)}`" for x in missed[:_SHOW_LINES]]
    tw = metrics.words(row["body"])
    bad_without = [s for s in t.without_snippets if metrics.contains_snippet(tw, s)]
    lost_with = [
        s for s in t.with_snippets if metrics.words(s) and not metrics.contains_snippet(tw, s)
    ]
    if bad_without:
        out.append(
            "- must-not snippets present: "
            + "; ".join(f"`{_clip(s, 80)}`" for s in bad_without[:5])
        )
    if lost_with:
        out.append(
            "- must-have snippets absent: " + "; ".join(f"`{_clip(s, 80)}`" for s in lost_with[:5])
        )
    if not row["body"].strip():
        out.append("- the output is empty")
    out.append("")
    return out


def _meta_misses(truths: Sequence[Truth], rows: Sequence[Row], fields: Sequence[str]) -> list[str]:
    out: list[str] = []
    for field in fields:
        wrong, invented = [], []
        for t, r in zip(truths, rows, strict=True):
            o = meta_outcomes(field, r, t)
            got = r.get("authors") if field == "author" else r.get(field)
            want = {"title": t.title, "author": t.author, "date": t.date}[field]
            cells = [
                f"`{t.page_id}`",
                t.page_type,
                _clip(str(want), 90),
                _clip(str(got or "–"), 90),
            ]
            if o.invented:
                invented.append(cells)
            elif o.has_truth and not o.correct:
                wrong.append(cells)
        n_truth = sum(
            1 for t in truths if {"title": t.title, "author": t.author, "date": t.date}[field]
        )
        out += [
            (
                f"### {field}: {len(wrong)} wrong of {n_truth}; invented on {len(invented)} "
                f"of {len(truths) - n_truth} pages without one"
            ),
            "",
        ]
        if wrong:
            out += [
                "Wrong (first 40):",
                "",
                _table(["page", "type", "truth", "cleaner"], wrong[:40]),
                "",
            ]
        if invented:
            out += [
                "Invented (first 25):",
                "",
                _table(["page", "type", "truth", "cleaner"], invented[:25]),
                "",
            ]
    return out


def error_report(
    result: dict[str, Any],
    bench_set: BenchSet,
    truths: Sequence[Truth],
    all_rows: dict[str, list[Row]],
    *,
    tool: str = "cleaner",
) -> str:
    """The per-page error report of one tool on one set (Markdown)."""
    if tool not in all_rows:
        return f"# Error report: {result['set']}\n\n{tool} was not run.\n"
    rows = all_rows[tool]
    peers: list[str] = [
        p for p in ("trafilatura", "trafilatura-bare", "readability", "justext") if p in all_rows
    ]
    res = result["tools"][tool]
    scored = [
        (page_f1(bench_set.family, r, t)[0], i)
        for i, (r, t) in enumerate(zip(rows, truths, strict=True))
    ]
    lines = [
        f"# Error report: {tool} on {result['set']}",
        "",
        (
            f"Generated by `python -m bench --set {result['set']}` on {result['date']} "
            f"(commit `{result['commit']}`), {result['pages']} pages. Headline F1 {res['f1']:.3f}. "
            "Pages are ranked by their own F1 in the set's metric "
            f"({'4-token shingles' if bench_set.family == 'sh' else 'bag of lower-case words'}). "
            "'leaked' lines are output lines whose word trigrams are mostly not in the truth; "
            "'missed' lines are truth lines mostly absent from the output."
        ),
        "",
    ]
    if res.get("discarded"):
        lines += [
            (
                f"{res['discarded']} pages came back discarded; {res['empty']} with an empty body. "
                "Reasons:"
            ),
            "",
        ]
        reasons = Counter(
            _clip(str((r.get("extra") or {}).get("discarded")), 120)
            for r in rows
            if (r.get("extra") or {}).get("discarded")
        )
        lines += [f"- {n} × `{why}`" for why, n in reasons.most_common(10)]
        lines.append("")
    ref_name = "trafilatura" if "trafilatura" in all_rows else (peers[0] if peers else None)
    if ref_name:
        ref_rows = all_rows[ref_name]
        deltas = sorted(
            ((page_f1(bench_set.family, ref_rows[i], truths[i])[0] - f, i) for f, i in scored),
            reverse=True,
        )
        behind = [d for d in deltas if d[0] > 0.05]
        lines += [
            f"## Where {tool} is furthest behind {ref_name}",
            "",
            (
                f"{len(behind)} pages trail {ref_name} by more than 0.05 F1 "
                f"({sum(1 for d in deltas if d[0] < -0.05)} pages lead it by more than 0.05)."
            ),
            "",
        ]
        lines += [
            _table(
                ["page", "type", tool, ref_name, "gap"],
                [
                    [
                        f"`{truths[i].page_id[:16]}`",
                        truths[i].page_type,
                        _f(page_f1(bench_set.family, rows[i], truths[i])[0], 2),
                        _f(page_f1(bench_set.family, ref_rows[i], truths[i])[0], 2),
                        f"{d:+.2f}",
                    ]
                    for d, i in behind[:25]
                ],
            ),
            "",
        ]
    lines += [f"## The {_SHOW_PAGES} worst pages", ""]
    for _, i in sorted(scored)[:_SHOW_PAGES]:
        others = {p: all_rows[p][i] for p in peers}
        lines += _page_block(bench_set, truths[i], rows[i], others)
    fields = META_FIELDS.get(tool, ()) if bench_set.family == "wcxb" else ()
    if fields:
        lines += ["## Metadata misses", ""]
        lines += _meta_misses(truths, rows, fields)
    slow = sorted(rows, key=lambda r: r.get("cpu") or r.get("seconds") or 0.0, reverse=True)[:10]
    lines += [
        "## Slowest pages (CPU seconds)",
        "",
        ", ".join(f"`{r['id']}` {r.get('cpu') or r.get('seconds') or 0:.2f}" for r in slow),
        "",
    ]
    errors = [r for r in rows if r.get("error")]
    if errors:
        lines += ["## Exceptions", ""]
        lines += [f"- `{r['id']}`: {_clip(r['error'], 200)}" for r in errors[:20]]
        lines.append("")
    return "\n".join(lines)
