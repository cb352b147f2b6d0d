"""Quick evaluator for the HTML body path: shingle F1 (scrapinghub) and word F1 (wcxb-dev).

Scores `cleaner.clean(html).text` (or a peer) on a subset or a full set, prints the means, the
worst pages (what leaked, what was missed) and, with `--speed`, pages/s and peak RSS.

    python bench/html_eval.py --set sh --every 4            # every 4th scrapinghub page
    python bench/html_eval.py --set wcxb --every 20 --worst 10
    python bench/html_eval.py --set sh --speed --tool trafilatura-bare

Metrics follow ../shared/bench/scrapinghub/README.md and ../shared/bench/wcxb-dev/README.md.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import resource
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
BENCH = Path(os.environ.get("CLEANER_BENCH_DATA", REPO.parent / "shared" / "bench"))
SH = BENCH / "scrapinghub"
WCXB = BENCH / "wcxb-dev"
_TOKEN = re.compile(r"\w+")


# -- metrics ----------------------------------------------------------------------------------


def shingles(text: str) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text)
    if not tokens:
        return Counter()
    if len(tokens) < 4:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + 4]) for i in range(len(tokens) - 3))


def shingle_counts(pred: str, truth: str) -> tuple[int, int, int]:
    p, t = shingles(pred), shingles(truth)
    tp = sum((p & t).values())
    return tp, sum(p.values()) - tp, sum(t.values()) - tp


def sh_aggregate(rows: list[tuple[int, int, int]]) -> tuple[float, float, float]:
    """Mean per-document precision and recall (TP/FP/FN normalised per doc), F1 of the means."""
    precs, recs = [], []
    for tp, fp, fn in rows:
        if fp == 0 and fn == 0:
            precs.append(1.0)
            recs.append(1.0)
            continue
        if tp + fp > 0:
            precs.append(tp / (tp + fp))
        if tp + fn > 0:
            recs.append(tp / (tp + fn))
    p = sum(precs) / len(precs) if precs else 0.0
    r = sum(recs) / len(recs) if recs else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def word_prf(pred: str, truth: str) -> tuple[float, float, float]:
    p = Counter(_TOKEN.findall(pred.lower()))
    t = Counter(_TOKEN.findall(truth.lower()))
    if not p and not t:
        return 1.0, 1.0, 1.0
    if not p or not t:
        return 0.0, 0.0, 0.0
    common = sum((p & t).values())
    prec, rec = common / sum(p.values()), common / sum(t.values())
    return prec, rec, (2 * prec * rec / (prec + rec) if common else 0.0)


# -- data -------------------------------------------------------------------------------------


def load_sh() -> list[tuple[str, str, str, str]]:
    truth = json.loads((SH / "ground-truth.json").read_text())
    return [
        (
            pid,
            gzip.decompress((SH / "html" / f"{pid}.html.gz").read_bytes()).decode(),
            v["articleBody"],
            "article",
        )
        for pid, v in sorted(truth.items())
    ]


def load_wcxb() -> list[tuple[str, str, str, str]]:
    out = []
    for path in sorted((WCXB / "ground-truth").glob("*.json")):
        gt = json.loads(path.read_text())
        pid = path.stem
        if "main_content" not in gt["ground_truth"]:
            continue  # two dev pages carry no main_content at all: nothing to score
        html = gzip.decompress((WCXB / "html" / f"{pid}.html.gz").read_bytes()).decode()
        out.append(
            (
                pid,
                html,
                gt["ground_truth"]["main_content"] or "",
                gt["_internal"]["page_type"]["primary"],
            )
        )
    return out


# -- tools ------------------------------------------------------------------------------------


def _model_tool(name: str, model: Path) -> Callable[[str], str]:
    """The pipeline with a candidate block model (bench/train_blocks.py --out) in extract_html."""
    import cleaner  # noqa: PLC0415 - only the tool under test is imported
    from cleaner.stages.extract_html import ExtractHtml, load_model  # noqa: PLC0415

    stage = ExtractHtml(model=load_model(model.read_text()))
    pipe = cleaner.DEFAULT.replace("extract_html", stage)
    if name == "cleaner-extract":
        return _extract_only(pipe)
    return lambda html: pipe(html).text


def _extract_only(pipe: Any) -> Callable[[str], str]:
    """The kept blocks' text after `pipe`'s stages up to extract_html, the later ones left out."""
    import cleaner  # noqa: PLC0415 - only the tool under test is imported

    keep = pipe.names[: pipe.names.index("extract_html") + 1]
    head = pipe.without(*[n for n in pipe.names if n not in keep])

    def run(html: str) -> str:
        doc = head.run(cleaner.Document(raw=html))
        return "\n\n".join(b.text for b in doc.blocks if b.kept)

    return run


def make_tool(name: str) -> Callable[[str], str]:
    if name == "cleaner":
        import cleaner  # noqa: PLC0415 - only the tool under test is imported

        return lambda html: cleaner.clean(html).text
    if name == "cleaner-before":
        # the pipeline with the extract_html of commit 205a7eb (trafilatura fast mode's text as
        # blocks), everything else as it is now: the "before" of bench/html_eval.py reports
        import trafilatura  # noqa: PLC0415

        import cleaner  # noqa: PLC0415 - only the tool under test is imported

        def old_extract(doc: Any) -> Any:
            if doc.kind != "html" or doc.tree is None:
                return doc
            res = trafilatura.bare_extraction(
                doc.tree,
                url=doc.url,
                fast=True,
                include_comments=False,
                include_tables=True,
                with_metadata=False,
            )
            body = getattr(res, "body", None)
            blocks = []
            for el in body if body is not None else ():
                text = " ".join(" ".join(el.itertext()).split())
                if text:
                    blocks.append(cleaner.Block(text=text))
            return doc.evolve(blocks=tuple(blocks))

        pipe = cleaner.DEFAULT.replace("extract_html", old_extract)
        return lambda html: pipe(html).text
    if name.startswith("cleaner-minrec"):
        import cleaner  # noqa: PLC0415 - only the tool under test is imported
        from cleaner.stages.extract_html import ExtractHtml  # noqa: PLC0415

        n = int(name.rsplit("-", 1)[1])
        pipe = cleaner.DEFAULT.replace("extract_html", ExtractHtml(min_recovered_words=n))
        return lambda html: pipe(html).text
    if name == "cleaner-extract":
        import cleaner  # noqa: PLC0415 - only the tool under test is imported

        return _extract_only(cleaner.DEFAULT)
    if name.startswith("trafilatura"):
        import trafilatura  # noqa: PLC0415 - only the tool under test is imported

        if name == "trafilatura-bare":

            def bare(html: str) -> str:
                res = trafilatura.bare_extraction(html, with_metadata=True)
                return (res.text if res else "") or ""

            return bare
        fast = name == "trafilatura-fast"
        return lambda html: trafilatura.extract(html, include_comments=False, fast=fast) or ""
    raise SystemExit(f"unknown tool {name}")


def compare_speed(pages: list[tuple[str, str, str, str]]) -> None:
    """Time clean() stage by stage and trafilatura's bare_extraction on the same pages, in turn.

    CPU time (`time.process_time`), because the machine is shared: wall time counts the
    neighbours' work too. Each page runs through both tools back to back, so both see the
    same cache and load conditions.
    """
    import trafilatura  # noqa: PLC0415

    import cleaner  # noqa: PLC0415 - only the tools under test are imported

    per_stage: dict[str, float] = defaultdict(float)
    total_clean = total_traf = 0.0
    for _pid, html, _truth, _kind in pages:
        c0 = time.process_time()
        trafilatura.bare_extraction(html, with_metadata=True)
        total_traf += time.process_time() - c0
        doc = cleaner.Document(raw=html)
        c0 = time.process_time()
        for name, stage in cleaner.DEFAULT.stages:
            s0 = time.process_time()
            try:
                doc = stage(doc)
            except cleaner.Discard:
                per_stage[name] += time.process_time() - s0
                break
            per_stage[name] += time.process_time() - s0
        total_clean += time.process_time() - c0
    n = len(pages)
    print(
        f"trafilatura bare_extraction(with_metadata=True): {total_traf / n * 1000:.1f} ms/page "
        f"CPU = {n / total_traf:.2f} pages/s"
    )
    print(
        f"cleaner clean(): {total_clean / n * 1000:.1f} ms/page CPU = {n / total_clean:.2f} "
        f"pages/s = {total_traf / total_clean:.2f}x trafilatura"
    )
    for name, sec in per_stage.items():
        print(f"  {name:20} {sec / n * 1000:6.1f} ms/page")


# -- main -------------------------------------------------------------------------------------


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", choices=["sh", "wcxb"], default="sh")
    ap.add_argument("--tool", default="cleaner")
    ap.add_argument("--every", type=int, default=1, help="take every k-th page")
    ap.add_argument("--offset", type=int, default=0)
    ap.add_argument(
        "--parity",
        choices=["even", "odd"],
        default=None,
        help="the pages train_blocks.py --holdout leaves out of the other parity's model: "
        "wcxb-dev ids, scrapinghub positions (sorted ids) of this parity",
    )
    ap.add_argument("--type", default=None, help="wcxb page type only")
    ap.add_argument("--worst", type=int, default=0)
    ap.add_argument("--show", type=int, default=300, help="chars of leaked/missed text to show")
    ap.add_argument("--dump", default=None, help="write per-page JSON here")
    ap.add_argument("--speed", action="store_true", help="time the tool only (no scoring)")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument(
        "--model",
        type=Path,
        default=None,
        help="score cleaner with this block model file (train_blocks.py --out)",
    )
    ap.add_argument(
        "--compare",
        action="store_true",
        help="CPU time per page of clean() (by stage) and trafilatura, same process",
    )
    args = ap.parse_args()

    pages = load_sh() if args.set == "sh" else load_wcxb()
    if args.parity:
        rest = 0 if args.parity == "even" else 1
        by_id = [p for p in pages if int(p[0], 16 if args.set == "sh" else 10) % 2 == rest]
        pages = pages[rest::2] if args.set == "sh" else by_id
    pages = pages[args.offset :: args.every]
    if args.type:
        pages = [p for p in pages if p[3] == args.type]
    tool = _model_tool(args.tool, args.model) if args.model else make_tool(args.tool)

    if args.compare:
        compare_speed(pages)
        return
    if args.speed:
        tool(pages[0][1])  # warm imports and caches
        t0, c0 = time.perf_counter(), time.process_time()
        for _ in range(args.repeat):
            for _pid, html, _truth, _kind in pages:
                tool(html)
        dt, cpu = time.perf_counter() - t0, time.process_time() - c0
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        n = len(pages) * args.repeat
        # CPU time is the fair figure on a shared machine: wall time counts the neighbours too
        print(
            f"{args.tool}: {n} pages, wall {dt:.1f}s = {n / dt:.2f} pages/s, "
            f"CPU {cpu:.1f}s = {n / cpu:.2f} pages/s, peak RSS {rss:.0f} MB"
        )
        return

    rows: list[dict[str, Any]] = []
    empty = 0
    t0 = time.perf_counter()
    for pid, html, truth, kind in pages:
        pred = tool(html)
        row: dict[str, Any] = {"id": pid, "type": kind, "pred": pred, "truth": truth}
        if not pred:
            empty += 1
        if args.set == "sh":
            row["counts"] = shingle_counts(pred, truth)
            tp, fp, fn = row["counts"]
            row["score"] = tp / (tp + 0.5 * (fp + fn)) if tp + fp + fn else 1.0
        else:
            row["p"], row["r"], row["score"] = word_prf(pred, truth)
        rows.append(row)
    dt = time.perf_counter() - t0

    if args.set == "sh":
        p, r, f = sh_aggregate([row["counts"] for row in rows])
        print(f"{args.tool} sh n={len(rows)} P={p:.4f} R={r:.4f} F1={f:.4f} ({dt:.1f}s)")
    else:
        by: dict[str, list[float]] = defaultdict(list)
        for row in rows:
            by[row["type"]].append(row["score"])
        allf = sum(row["score"] for row in rows) / len(rows)
        mp = sum(row["p"] for row in rows) / len(rows)
        mr = sum(row["r"] for row in rows) / len(rows)
        print(f"{args.tool} wcxb n={len(rows)} F1={allf:.4f} P={mp:.4f} R={mr:.4f} ({dt:.1f}s)")
        for kind, vals in sorted(by.items()):
            print(f"  {kind:14} n={len(vals):4} F1={sum(vals) / len(vals):.4f}")

    print(f"  empty output on {empty} of {len(rows)} pages")
    for row in sorted(rows, key=lambda x: x["score"])[: args.worst]:
        pw, tw = (
            Counter(_TOKEN.findall(row["pred"].lower())),
            Counter(_TOKEN.findall(row["truth"].lower())),
        )
        leak = [w for w in _TOKEN.findall(row["pred"].lower()) if (pw - tw)[w] > 0]
        miss = [w for w in _TOKEN.findall(row["truth"].lower()) if (tw - pw)[w] > 0]
        print(
            f"--- {row['id']} {row['type']} score={row['score']:.3f} "
            f"pred={len(row['pred'])} truth={len(row['truth'])}"
        )
        print("  LEAK:", " ".join(leak)[: args.show])
        print("  MISS:", " ".join(miss)[: args.show])
    if args.dump:
        Path(args.dump).write_text(json.dumps(rows, default=list, ensure_ascii=False))


if __name__ == "__main__":
    main()
