"""Run clean() over the hostile corpus and report crashes, time and memory: bench/HOSTILE.md.

    python bench/hostile.py            # all cases, one subprocess each (so RSS is per case)

Cases: every file in fixtures/hostile/, the big generated inputs of tests/test_hostile.py, and a
sample of random byte strings and mutated benchmark-like pages. A case "crashes" when clean()
raises or returns a stage error (discarded="error: ...").
"""

from __future__ import annotations

import json
import platform
import random
import resource
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOSTILE = ROOT / "fixtures" / "hostile"


def generated() -> dict[str, bytes]:
    """The big and random cases, made on the fly."""
    rnd = random.Random(20261125)
    cases = {
        "gen:50MB-page": b"<html><body>" + b"<p>filler text here</p>" * (50_000_000 // 23),
        "gen:nesting-100000": (
            "<html><body>" + "<div>" * 100_000 + "deep " * 50 + "</div>" * 100_000
        ).encode(),
        "gen:tables-10000": ("<table><tr><td>" * 10_000 + "x").encode(),
        "gen:5MB-line-text": b"word " * 1_000_000,
        "gen:5MB-line-html": b"<p>" + b"word " * 1_000_000 + b"</p>",
        # one 1 MB word, no space: a pattern that tries every start of a run of letters and
        # every length of it is quadratic here (text_forms' title run: 94 s for 100 KB)
        "gen:1MB-word-text": b"Title\n\n" + b"A" * 1_000_000,
        "gen:1MB-word-html": b"<html><body><p>" + b"A" * 1_000_000 + b"</p></body></html>",
        # a 1 MB line of spaced dashes, and of bold marks never closed: the title run tried at
        # every dash counts its items down one by one (20 KB 7.6 s at 4bd78ce), and markdown's
        # strong pattern looked for its closing marks to the end of the line at every opening
        "gen:1MB-dash-rule-text": b"Title\n\n" + b"- " * 500_000 + b"x",
        "gen:1MB-bold-marks-text": (
            b"Title: A page\n\nURL Source: https://e.x/a\n\nMarkdown Content:\n" + b"**a " * 250_000
        ),
        # a UTF-16 page cut at an odd byte (a capped download): read as UTF-16, not "binary"
        "gen:utf16-cut": ("<p>" + "Сегодня в городе прошёл праздник. " * 40 + "</p>").encode(
            "utf-16-le"
        )[:-1],
        "gen:100000-paragraphs-html": b"<html><body>" + b"<p>tiny para here.</p>" * 100_000,
        "gen:100000-paragraphs-text": b"Title\n\n" + b"tiny para here.\n\n" * 100_000,
        "gen:50000-short-lines-text": b"Title\n" + b"Menu item\n" * 50_000,
        "gen:backtracking-spaces": b"By " + b" " * 200_000 + b"x",
        "gen:backtracking-letters": ("Photo: " + "a/" * 100_000).encode(),
        "gen:many-attributes": b"<div "
        + b" ".join(f"a{i}='v'".encode() for i in range(50_000))
        + b">x</div>",
        "gen:many-entities": b"<p>" + b"&amp;&lt;&#1234;&#x1F600;" * 100_000 + b"</p>",
    }
    for i in range(40):
        cases[f"gen:random-bytes-{i}"] = rnd.randbytes(rnd.randint(1, 200_000))
    for i in range(20):
        words = [
            rnd.choice(
                [
                    "<p>",
                    "</p>",
                    "<div>",
                    "</div>",
                    "<a href=x>",
                    "</a>",
                    "By",
                    "Photo:",
                    "Reuters",
                    "Share",
                    "the",
                    "news",
                    "\n\n",
                    "—",
                    "\u00a0",
                    "<!--",
                    "-->",
                    "<script>",
                    "</script>",
                    "&nbsp;",
                    "<h1>",
                    "</h1>",
                ]
            )
            for _ in range(20_000)
        ]
        cases[f"gen:random-tags-{i}"] = " ".join(words).encode()
    return cases


def run_case(name: str) -> dict[str, object]:
    """Clean one case in this process and return its figures (called in a subprocess)."""
    import cleaner  # noqa: PLC0415 - imported in the child only

    raw = (HOSTILE / name).read_bytes() if not name.startswith("gen:") else generated()[name]
    started = time.perf_counter()
    try:
        article = cleaner.clean(raw)
        outcome = article.discarded or "kept"
        crashed = outcome.startswith("error")
    except Exception as exc:
        outcome, crashed = f"raised {type(exc).__name__}: {exc}", True
    elapsed = time.perf_counter() - started
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "case": name,
        "seconds": elapsed,
        "rss_mb": rss_mb,
        "outcome": outcome[:90],
        "crashed": crashed,
    }


# A case's time limit, its subprocess killed past it: the slowest case runs 5 s on a loaded
# 2-core machine (a single 5 MB line of text), so a case past this is super-linear. Without a
# limit caught, the first such case (a 100 KB word, 94 s; a 1 MB one, hours: session 24's
# review) stopped the whole run with TimeoutExpired and wrote no report.
CASE_SECONDS = 120


def run_in_subprocess(name: str, seconds: float = CASE_SECONDS) -> dict[str, object]:
    """Run one case in a fresh interpreter: its row, or a crashed row if it died or ran over."""
    try:
        proc = subprocess.run(
            [sys.executable, __file__, "--case", name],
            capture_output=True,
            text=True,
            timeout=seconds,
            check=False,
        )
    except subprocess.TimeoutExpired:
        outcome = f"timed out after {seconds:g} s (super-linear?)"
        return {
            "case": name,
            "seconds": seconds,
            "rss_mb": float("nan"),
            "outcome": outcome,
            "crashed": True,
        }
    if proc.returncode != 0:
        return {
            "case": name,
            "seconds": float("nan"),
            "rss_mb": float("nan"),
            "outcome": f"process died ({proc.returncode})",
            "crashed": True,
        }
    row: dict[str, object] = json.loads(proc.stdout.strip().splitlines()[-1])
    return row


def main() -> None:
    """Run every case in its own subprocess and write bench/HOSTILE.md."""
    if len(sys.argv) == 3 and sys.argv[1] == "--case":
        print(json.dumps(run_case(sys.argv[2])))
        return
    names = sorted(p.name for p in HOSTILE.iterdir()) + list(generated())
    rows = []
    for name in names:
        rows.append(run_in_subprocess(name))
        print(f"{name:40} {rows[-1]['seconds']:7.2f}s {rows[-1]['outcome']}", file=sys.stderr)
    crashed = [r for r in rows if r["crashed"]]
    slowest = max(rows, key=lambda r: r["seconds"])
    fattest = max(rows, key=lambda r: r["rss_mb"])
    n_files = len(list(HOSTILE.iterdir()))
    stamp = f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC"
    machine = f"{platform.machine()} with Python {platform.python_version()}"
    out = [
        "# Hostile inputs: results",
        "",
        f"Made by `python bench/hostile.py` on {stamp}, {machine}; one subprocess per case.",
        "",
        f"- inputs tried: **{len(rows)}** ({n_files} in fixtures/hostile, the rest generated)",
        f"- crashed (raised, stage error, or process died): **{len(crashed)}**",
        f"- slowest: `{slowest['case']}` at {slowest['seconds']:.2f} s",
        f"- peak memory: `{fattest['case']}` at {fattest['rss_mb']:.0f} MB RSS (whole process)",
        "",
        "| case | seconds | peak RSS MB | outcome |",
        "| --- | ---: | ---: | --- |",
    ]
    out += [
        f"| `{r['case']}` | {r['seconds']:.2f} | {r['rss_mb']:.0f} | {r['outcome']} |" for r in rows
    ]
    (ROOT / "bench" / "HOSTILE.md").write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"{len(rows)} inputs, {len(crashed)} crashed; slowest {slowest['seconds']:.2f}s")


if __name__ == "__main__":
    main()
