"""Evaluator for the metadata stage: title, site name and date on wcxb-dev (HTML and text).

Scores exact title and date (whitespace- and case-normalised, dates as YYYY-MM-DD) against
../shared/bench/wcxb-dev/ground-truth, the rate of dates invented on pages whose truth has none,
and the time the `metadata` stage takes per page. Prints the misses to steer the work.

    python bench/meta_eval.py --every 20                  # a 75-page HTML subset
    python bench/meta_eval.py --kind text --every 20
    python bench/meta_eval.py --fast --every 5 --show date # skip body extraction (HTML only)
    python bench/meta_eval.py --peer trafilatura --every 20
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import time
from collections import Counter
from pathlib import Path
from typing import Any

import cleaner
from cleaner import stages
from cleaner.document import Block, Document
from cleaner.pipeline import Pipeline

_REPO = Path(__file__).resolve().parents[1]
_BENCH = Path(os.environ.get("CLEANER_BENCH_DATA", _REPO.parent / "shared" / "bench"))
WCXB = _BENCH / "wcxb-dev"
_SPACE = re.compile(r"\s+")


def norm(value: str | None) -> str:
    return _SPACE.sub(" ", value or "").strip().casefold()


def norm_date(value: str | None) -> str:
    m = re.match(r"\s*(\d{4}-\d{2}-\d{2})", value or "")
    return m.group(1) if m else ""


class Timed:
    """Wrap a stage and add up the time it takes."""

    def __init__(self, stage: Any, name: str) -> None:
        self.stage = stage
        self.name = name
        self.seconds = 0.0
        self.calls = 0

    def __call__(self, doc: Document) -> Document:
        t = time.perf_counter()
        out = self.stage(doc)
        self.seconds += time.perf_counter() - t
        self.calls += 1
        return out


def split_lines(doc: Document) -> Document:
    """One block per non-empty line: a stand-in for extract_text when iterating on metadata."""
    if doc.kind != "text":
        return doc
    lines = (" ".join(line.split()) for line in doc.decoded.splitlines())
    return doc.evolve(blocks=tuple(Block(text=line) for line in lines if line))


def load(ids: list[str], kind: str) -> list[tuple[str, bytes, dict[str, Any]]]:
    rows = []
    for i in ids:
        gt = json.loads((WCXB / "ground-truth" / f"{i}.json").read_text(encoding="utf-8"))
        path = WCXB / kind / (f"{i}.html.gz" if kind == "html" else f"{i}.txt.gz")
        rows.append((i, gzip.decompress(path.read_bytes()), gt))
    return rows


def trafilatura_meta(raw: bytes, url: str | None) -> tuple[str | None, str | None, str | None]:
    import trafilatura  # noqa: PLC0415

    doc = trafilatura.bare_extraction(raw.decode("utf-8", "replace"), url=url, with_metadata=True)
    if doc is None:
        return None, None, None
    return doc.title, doc.sitename, doc.date


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--kind", choices=["html", "text"], default="html")
    ap.add_argument("--every", type=int, default=1, help="take every Nth page")
    ap.add_argument("--offset", type=int, default=0)
    ap.add_argument("--types", default="", help="comma-separated page types to keep")
    ap.add_argument("--no-url", action="store_true", help="do not pass the page's url")
    ap.add_argument("--fast", action="store_true", help="HTML: skip body extraction stages")
    ap.add_argument("--peer", choices=["cleaner", "trafilatura"], default="cleaner")
    ap.add_argument("--show", default="", help="print misses: title, date, invented (comma list)")
    args = ap.parse_args()

    ids = sorted(p.name.split(".")[0] for p in (WCXB / "ground-truth").glob("*.json"))
    ids = ids[args.offset :: args.every]
    rows = load(ids, args.kind)
    types = set(filter(None, args.types.split(",")))

    timed = Timed(stages.metadata, "metadata")
    if args.fast:
        pipeline = Pipeline([stages.decode, stages.detect, stages.detect_language, timed])
        if args.kind == "text":
            pipeline = Pipeline(
                [stages.decode, stages.detect, split_lines, stages.detect_language, timed],
            )
    else:
        pipeline = cleaner.DEFAULT.replace("metadata", timed)

    score: Counter[str] = Counter()
    per_type: Counter[tuple[str, str]] = Counter()
    show = set(filter(None, args.show.split(",")))
    t0 = time.perf_counter()
    for i, raw, gt in rows:
        ptype = gt["_internal"]["page_type"]["primary"]
        if types and ptype not in types:
            continue
        truth = gt["ground_truth"]
        url = None if args.no_url else gt.get("url")
        if args.peer == "trafilatura":
            title, site, date = trafilatura_meta(raw, url)
        else:
            art = pipeline(raw, url=url)
            title, site, date = art.title, art.site_name, art.date
            if art.discarded and art.discarded.startswith("error"):
                score["errors"] += 1
                print(f"ERROR {i} {art.discarded[:200]}")
        score["pages"] += 1
        ok_title = norm(title) == norm(truth["title"])
        score["title_ok"] += ok_title
        per_type[(ptype, "n")] += 1
        per_type[(ptype, "title")] += ok_title
        tdate, pdate = norm_date(truth["publish_date"]), norm_date(date)
        if tdate:
            score["date_n"] += 1
            score["date_ok"] += pdate == tdate
            per_type[(ptype, "date_n")] += 1
            per_type[(ptype, "date_ok")] += pdate == tdate
            if pdate != tdate and "date" in show:
                print(f"DATE {i} {ptype:13} want {tdate} got {pdate or '-'}  {gt.get('url')}")
        else:
            score["nodate_n"] += 1
            score["invented"] += bool(pdate)
            per_type[(ptype, "nodate_n")] += 1
            per_type[(ptype, "invented")] += bool(pdate)
            if pdate and "invented" in show:
                print(f"INVENT {i} {ptype:13} got {pdate}  {gt.get('url')}")
        if not ok_title and "title" in show:
            print(
                f"TITLE {i} {ptype:13} want {truth['title']!r}\n{'':24} got  {title!r}"
                f" site={site!r}"
            )
    wall = time.perf_counter() - t0
    n = score["pages"]
    print(f"\n{args.peer} {args.kind} pages={n} (every {args.every}, offset {args.offset})")
    print(f"title exact  {score['title_ok'] / max(n, 1):.3f}   (stage errors: {score['errors']})")
    print(
        f"date exact   {score['date_ok'] / max(score['date_n'], 1):.3f}"
        f" ({score['date_ok']}/{score['date_n']})"
    )
    print(
        f"date invented {score['invented']}/{score['nodate_n']}"
        f" = {score['invented'] / max(score['nodate_n'], 1):.3f}"
    )
    for ptype in sorted({k[0] for k in per_type}):
        c = {k[1]: v for k, v in per_type.items() if k[0] == ptype}
        print(
            f"  {ptype:14} n={c.get('n', 0):4} title {c.get('title', 0) / c['n']:.2f}"
            f"  date {c.get('date_ok', 0)}/{c.get('date_n', 0)}"
            f"  invented {c.get('invented', 0)}/{c.get('nodate_n', 0)}"
        )
    if args.peer == "cleaner" and timed.calls:
        print(
            f"metadata stage {1000 * timed.seconds / timed.calls:.2f} ms/page;"
            f" wall {1000 * wall / max(n, 1):.1f} ms/page"
        )


if __name__ == "__main__":
    main()
