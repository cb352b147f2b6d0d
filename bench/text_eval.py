"""Quick scorer for the plain-text path: sh-text (shingle P/R/F1) and wcxb-dev-text (word F1).

Run from the repository root:

    python bench/text_eval.py --set sh --limit 60
    python bench/text_eval.py --set wcxb --limit 80 --worst 5
    python bench/text_eval.py --set sh --raw        # the scrape handed back unchanged

The metrics follow the READMEs of ../shared/bench/scrapinghub and ../shared/bench/wcxb-dev. The
official, side-by-side suite is bench/__main__.py; this file only steers the text classifier.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import regex

BENCH = Path(
    os.environ.get("CLEANER_BENCH_DATA", Path(__file__).resolve().parents[2] / "shared" / "bench"),
)
_TOKEN = regex.compile(r"\w+")


def sh_pages() -> Iterator[tuple[str, Path, str]]:
    """Yield (id, scrape path, gold body) for every Scrapinghub page, in id order."""
    root = BENCH / "scrapinghub"
    gold = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    for pid in sorted(gold):
        yield pid, root / "text" / f"{pid}.txt.gz", gold[pid]["articleBody"]


def wcxb_pages() -> Iterator[tuple[str, Path, str]]:
    """Yield (id, scrape path, gold main content) for every WCXB dev page, in id order."""
    root = BENCH / "wcxb-dev"
    for path in sorted((root / "ground-truth").glob("*.json")):
        gt = json.loads(path.read_text(encoding="utf-8"))
        pid = path.stem
        yield pid, root / "text" / f"{pid}.txt.gz", gt["ground_truth"].get("main_content") or ""


def wcxb_types() -> dict[str, str]:
    """Return the page type of every WCXB dev page."""
    root = BENCH / "wcxb-dev"
    out = {}
    for path in sorted((root / "ground-truth").glob("*.json")):
        gt = json.loads(path.read_text(encoding="utf-8"))
        out[path.stem] = gt["_internal"]["page_type"]["primary"]
    return out


def read_scrape(path: Path) -> bytes:
    """Return the raw bytes of one gzip'd scrape."""
    with gzip.open(path, "rb") as fh:
        return fh.read()


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    """Return the multiset of n-token shingles (all tokens as one shingle if fewer than n)."""
    toks = _TOKEN.findall(text)
    if not toks:
        return Counter()
    if len(toks) < n:
        return Counter([tuple(toks)])
    return Counter(tuple(toks[i : i + n]) for i in range(len(toks) - n + 1))


def sh_score(pred: str, gold: str) -> tuple[float | None, float | None]:
    """Return (precision, recall) of one page; None where the README leaves it out of the mean."""
    p, g = shingles(pred), shingles(gold)
    tp = sum((p & g).values())
    fp = sum(p.values()) - tp
    fn = sum(g.values()) - tp
    if fp == 0 and fn == 0:
        return 1.0, 1.0
    prec = tp / (tp + fp) if p else None
    rec = tp / (tp + fn) if g else None
    return prec, rec


def word_f1(pred: str, gold: str) -> float:
    """Return the bag-of-words F1 of lower-cased \\w+ tokens (the WCXB metric)."""
    p = Counter(t.lower() for t in _TOKEN.findall(pred))
    g = Counter(t.lower() for t in _TOKEN.findall(gold))
    if not p and not g:
        return 1.0
    tp = sum((p & g).values())
    if tp == 0:
        return 0.0
    prec, rec = tp / sum(p.values()), tp / sum(g.values())
    return 2 * prec * rec / (prec + rec)


def cleaner_text(raw: bytes) -> str:
    """Return the body text cleaner gives for one scrape ('' when discarded)."""
    import cleaner  # noqa: PLC0415 - keep --raw runs free of the library import

    return cleaner.clean(raw).text


def evaluate(
    which: str,
    extract: Callable[[bytes], str],
    *,
    limit: int | None = None,
    every: int = 1,
    offset: int = 0,
    worst: int = 0,
) -> dict[str, float]:
    """Score `extract` on a subset of one set and print the summary (and the worst pages)."""
    pages = list(sh_pages() if which == "sh" else wcxb_pages())[offset::every]
    if limit:
        pages = pages[:limit]
    types = wcxb_types() if which == "wcxb" else {}
    precs, recs, f1s = [], [], []
    per_type: dict[str, list[float]] = {}
    rows = []
    t0 = time.perf_counter()
    for pid, path, gold in pages:
        pred = extract(read_scrape(path))
        if which == "sh":
            prec, rec = sh_score(pred, gold)
            if prec is not None:
                precs.append(prec)
            if rec is not None:
                recs.append(rec)
            pf = 2 * (prec or 0) * (rec or 0) / ((prec or 0) + (rec or 0) or 1)
            rows.append((pf, pid, prec, rec))
        else:
            f = word_f1(pred, gold)
            f1s.append(f)
            per_type.setdefault(types[pid], []).append(f)
            rows.append((f, pid, None, None))
    secs = time.perf_counter() - t0
    out: dict[str, float] = {"pages": len(pages), "ms_per_page": 1000 * secs / max(len(pages), 1)}
    if which == "sh":
        prec = sum(precs) / len(precs) if precs else 0.0
        rec = sum(recs) / len(recs) if recs else 0.0
        out |= {"precision": prec, "recall": rec, "f1": 2 * prec * rec / ((prec + rec) or 1)}
    else:
        out["f1"] = sum(f1s) / len(f1s) if f1s else 0.0
        for t, vals in sorted(per_type.items()):
            out[f"f1_{t}"] = sum(vals) / len(vals)
    print(json.dumps({k: round(v, 4) for k, v in out.items()}))
    for f, pid, prec, rec in sorted(rows)[:worst]:
        print(f"  worst {pid[:16]} f1={f:.3f} p={prec} r={rec}")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=["sh", "wcxb"], default="sh")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--every", type=int, default=1, help="take every k-th page")
    parser.add_argument("--offset", type=int, default=0)
    parser.add_argument("--worst", type=int, default=0)
    parser.add_argument("--raw", action="store_true", help="score the scrape unchanged")
    parser.add_argument("--model", type=Path, help="model file to score with (default: shipped)")
    args = parser.parse_args()
    if args.model:
        import importlib  # noqa: PLC0415

        from cleaner.textclassify import TextModel  # noqa: PLC0415

        # The module, not the stage function cleaner.stages re-exports under the same name.
        extract_text = importlib.import_module("cleaner.stages.extract_text")

        data = json.loads(args.model.read_text(encoding="utf-8"))
        if data.get("third"):
            parser.error(
                "the library reads two passes only; score a --passes 3 model with "
                "bench/train_text.py's check, or add the third pass to TextModel first"
            )
        model = TextModel.from_dict(data)
        extract_text.default_model = lambda: model  # type: ignore[assignment]
    extract = (lambda b: b.decode("utf-8")) if args.raw else cleaner_text
    evaluate(
        args.set, extract, limit=args.limit, every=args.every, offset=args.offset, worst=args.worst
    )


if __name__ == "__main__":
    main()
