"""Evaluator for the metadata fields: title, author and date on wcxb-dev (HTML and text).

Scores them as `python -m bench` does (`bench.metrics`: exact title after whitespace and case
normalisation, the author set, the YYYY-MM-DD date; accuracy over pages whose truth has the
field, and the values invented on pages whose truth has none), with URLs withheld from the
pipeline unless `--url` is given. Prints the misses to steer the work and times the stages
from `byline` on.

    python bench/meta_eval.py --every 20                    # a 75-page HTML subset
    python bench/meta_eval.py --kind text --every 20 --show title,author
    python bench/meta_eval.py --cache /tmp/meta-cache       # full set, fast reruns
    python bench/meta_eval.py --cache /tmp/meta-cache --dump /tmp/meta.json   # per-page values
    python bench/meta_eval.py --peer trafilatura --every 20

With `--cache DIR` the documents as they stand before `byline` are pickled there on the first
run (the cache `python -m bench.authors_eval --cache` writes; the tree is parsed again on load)
and later runs run only the stages from `byline` on: a full-set rerun takes a minute or two.
The cache goes stale when a stage before `byline` changes; delete the folder then.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import time
from collections import Counter
from pathlib import Path
from typing import Any

import cleaner
from bench.authors_eval import _before_byline, _split, _Timed
from bench.metrics import author_outcome, date_outcome, title_outcome
from cleaner.document import Article

_REPO = Path(__file__).resolve().parents[1]
_BENCH = Path(os.environ.get("CLEANER_BENCH_DATA", _REPO.parent / "shared" / "bench"))
WCXB = _BENCH / "wcxb-dev"
_FIELDS = ("title", "author", "date")


def load(ids: list[str], kind: str) -> list[tuple[str, bytes, dict[str, Any]]]:
    """The raw page and its ground-truth record for each id."""
    rows = []
    for i in ids:
        gt = json.loads((WCXB / "ground-truth" / f"{i}.json").read_text(encoding="utf-8"))
        path = WCXB / kind / (f"{i}.html.gz" if kind == "html" else f"{i}.txt.gz")
        rows.append((i, gzip.decompress(path.read_bytes()), gt))
    return rows


def trafilatura_meta(raw: bytes, url: str | None) -> tuple[str | None, list[str], str | None]:
    """Title, authors and date as trafilatura's bare_extraction gives them."""
    import trafilatura  # noqa: PLC0415

    doc: Any = trafilatura.bare_extraction(
        raw.decode("utf-8", "replace"),
        url=url,
        with_metadata=True,
    )
    if doc is None:
        return None, [], None
    return doc.title, [a for a in (doc.author or "").split(";") if a.strip()], doc.date


def main() -> None:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--kind", choices=["html", "text"], default="html")
    ap.add_argument("--every", type=int, default=1, help="take every Nth page")
    ap.add_argument("--offset", type=int, default=0)
    ap.add_argument("--types", default="", help="comma-separated page types to keep")
    ap.add_argument("--url", action="store_true", help="pass the page's url (bench does not)")
    ap.add_argument("--cache", type=Path, help="folder for the documents before `byline`")
    ap.add_argument("--dump", type=Path, help="write every page's values and truth as JSON")
    ap.add_argument("--peer", choices=["cleaner", "trafilatura"], default="cleaner")
    ap.add_argument("--show", default="", help="print misses: title, author, date (comma list)")
    args = ap.parse_args()

    ids = sorted(p.name.split(".")[0] for p in (WCXB / "ground-truth").glob("*.json"))
    ids = ids[args.offset :: args.every]
    rows = load(ids, args.kind)
    types = set(filter(None, args.types.split(",")))
    if args.cache is not None:
        args.cache.mkdir(parents=True, exist_ok=True)
    prefix, rest = _split(cleaner.DEFAULT)
    timers = {name: _Timed(name, rest[name]) for name in rest.names}
    for name, timer in timers.items():
        rest = rest.replace(name, timer)

    score: Counter[str] = Counter()
    per_type: Counter[tuple[str, str]] = Counter()
    show = set(filter(None, args.show.split(",")))
    dump: dict[str, dict[str, Any]] = {}
    t0 = time.perf_counter()
    for i, raw, gt in rows:
        ptype = gt["_internal"]["page_type"]["primary"]
        if types and ptype not in types:
            continue
        truth = gt["ground_truth"]
        url = gt.get("url") if args.url else None
        if args.peer == "trafilatura":
            title, authors, date = trafilatura_meta(raw, url)
        else:
            doc = _before_byline(prefix, raw, args.kind, args.cache, i)
            if doc is not None and url:
                doc = doc.evolve(url=url)
            art = rest(doc) if doc is not None else Article()
            title, authors, date = art.title, list(art.authors), art.date
            if art.discarded and art.discarded.startswith("error"):
                score["errors"] += 1
                print(f"ERROR {i} {art.discarded[:200]}")
        score["pages"] += 1
        per_type[(ptype, "n")] += 1
        outcomes = {
            "title": title_outcome(title, truth.get("title")),
            "author": author_outcome(authors, truth.get("author")),
            "date": date_outcome(date, truth.get("publish_date")),
        }
        got = {"title": title, "author": "; ".join(authors), "date": date}
        want = {
            "title": truth.get("title"),
            "author": truth.get("author"),
            "date": truth.get("publish_date"),
        }
        for f, o in outcomes.items():
            if o.has_truth:
                score[f"{f}_n"] += 1
                score[f"{f}_ok"] += o.correct
                per_type[(ptype, f"{f}_n")] += 1
                per_type[(ptype, f"{f}_ok")] += o.correct
            else:
                score[f"{f}_none"] += 1
                score[f"{f}_invented"] += o.invented
                per_type[(ptype, f"{f}_invented")] += o.invented
            wrong = (o.has_truth and not o.correct) or o.invented
            if wrong and f in show:
                print(f"{f.upper():6} {i} {ptype:13} want {want[f]!r}\n{'':26}got  {got[f]!r}")
        dump[i] = {"type": ptype, "got": got, "want": want, "url": gt.get("url")}
    wall = time.perf_counter() - t0
    n = score["pages"]
    print(
        f"\n{args.peer} {args.kind} pages={n} (every {args.every}, offset {args.offset})"
        f"  stage errors: {score['errors']}"
    )
    for f in _FIELDS:
        print(
            f"{f:6} exact {score[f'{f}_ok'] / max(score[f'{f}_n'], 1):.3f}"
            f" ({score[f'{f}_ok']}/{score[f'{f}_n']})"
            f"  invented {score[f'{f}_invented']}/{score[f'{f}_none']}"
            f" = {score[f'{f}_invented'] / max(score[f'{f}_none'], 1):.3f}",
        )
    for ptype in sorted({k[0] for k in per_type}):
        c = {k[1]: v for k, v in per_type.items() if k[0] == ptype}
        print(
            f"  {ptype:14} n={c.get('n', 0):4}"
            + "".join(
                f"  {f} {c.get(f'{f}_ok', 0)}/{c.get(f'{f}_n', 0)} +{c.get(f'{f}_invented', 0)}"
                for f in _FIELDS
            )
        )
    if args.peer == "cleaner" and n:
        print(
            "  ".join(f"{k} {1000 * t.seconds / n:.2f}" for k, t in timers.items())
            + f"  ms/page CPU; wall {1000 * wall / n:.1f} ms/page"
        )
    if args.dump is not None:
        args.dump.write_text(json.dumps(dump, ensure_ascii=False, indent=0), encoding="utf-8")


if __name__ == "__main__":
    main()
