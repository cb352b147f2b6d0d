"""Train the HTML block classifier shipped in src/cleaner/models/blocks.json.

Each page of a benchmark set is parsed and cut into blocks exactly as `extract_html` does
(`cleaner.htmlblocks`); a block's label is whether most of its token trigrams occur in the
page's ground-truth text. A logistic regression (numpy, Newton steps, L2) is fitted with every
page weighing the same (a block weighs its share of the page's words), like the word-F1 metric.

    python bench/train_blocks.py --cache /tmp/blocks --every 2   # build the features once (slow)
    python bench/train_blocks.py --cache /tmp/blocks --every 2 --refeature  # after editing features
    python bench/train_blocks.py --cache /tmp/blocks --every 2 --fit --with-sh --thr 0.5 \
        --found-thr 0.5 --covered-thr 0.55 --covered-found-thr 0.65 \
        --out src/cleaner/models/blocks.json   # the shipped model

Thresholds: `--thr` is the bar for a block trafilatura did not keep (recovered text), `--found-thr`
the bar for one it kept. Chosen on whole-pipeline runs (bench/html_eval.py --model FILE), not on
this script's block-level figures: the two disagree (the later stages drop captions, bylines and
titles that count as leaks here).

Training uses wcxb-dev only; scrapinghub is the cross-set check (and wcxb pages are split by
id parity to report a held-out figure too). The script also prints the figures at the thresholds
of `--out` and a cross-set line (fitted on wcxb-dev alone, scored on all scrapinghub pages);
`--holdout` fits `--out` on the even ids of both sets only, so whole-pipeline runs on the odd
ids (`html_eval.py --set sh --every 2 --offset 1`) are on pages the model never saw.

`--trees` fits boosted trees (scikit-learn, bench-only) for the first pass instead of logistic
weights; they ship as the model file's `first_pass` (scored by `cleaner.trees`), the second pass
stays logistic. `--holdout odd` fits on the odd ids instead, so each page of both sets can be
scored by a model that never saw it (`html_eval.py --parity even|odd --model FILE`), and
`--out-only` skips the block-level figures. Measured 2026-11-26 (docs/models.md): not shipped.

`--without-trafilatura` (with a --cache of its own) builds every block's features with
trafilatura's verdicts at 0 and the pass not run, the variant a gate on the pass would ask first
(session 22, speed helper). Held out at block level (wcxb-dev odd ids of every 2nd page, sh odd
positions; two-pass at 0.5): wcxb 0.8502 -> 0.8264 (article .944 -> .934, collection .608 ->
.565, docs .882 -> .855, forum .833 -> .806, listing .600 -> .527, product .597 -> .566, service
.792 -> .747), sh 0.9624 -> 0.9294; trafilatura's choice alone: 0.8111 and 0.9526. The gate it
was made for is not shipped (docs/models.md).

The class-path group features (tried on every block on 2026-11-25 and not shipped then) ship
since 2026-11-26 on the blocks trafilatura left out only, table cells excluded, with the
main-container features; docs/models.md has the held-out figures and what was tried.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import html_eval
from cleaner import htmlblocks
from cleaner.stages.detect import parse_html
from cleaner.stages.extract_html import base_opinion

WITHOUT_TRAFILATURA = False
"""`--without-trafilatura`: every block's trafilatura features read 0 (the pass is not run)."""


def page_rows(
    html: str,
    truth: str,
    ext: tuple[list[float], list[float]] | None = None,
) -> dict[str, Any] | None:
    try:
        tree = parse_html(html)
    except Exception:
        return None
    blocks = htmlblocks.segment(tree)
    if not blocks:
        return None
    if WITHOUT_TRAFILATURA:
        # the variant for gating the pass (speed helper, session 22): the features a page's
        # blocks have before trafilatura is asked, its verdicts all 0 (found nothing)
        ext = ([0.0] * len(blocks), [0.0] * len(blocks))
    elif ext is None or len(ext[0]) != len(blocks):
        ext = base_opinion(tree, blocks, url=None)
    feats = htmlblocks.features(blocks, *ext)
    ttoks = htmlblocks.tokens(truth)
    tgrams = set(htmlblocks.trigrams(ttoks))
    tjoined = f" {' '.join(ttoks)} "
    labels = [htmlblocks.overlap(htmlblocks.tokens(b.text), tgrams, tjoined) for b in blocks]
    return {
        "texts": [b.text for b in blocks],
        "X": np.asarray(feats, dtype=np.float64),
        "y": np.asarray(labels, dtype=np.float64),
        "truth": truth,
        "ext": ext,
    }


def build(cache: Path, which: str, old: dict[str, Any] | None = None, every: int = 1) -> None:
    """Compute every page's blocks, features and labels; reuse trafilatura's overlap from `old`."""
    pages = html_eval.load_sh() if which == "sh" else html_eval.load_wcxb()
    out = {}
    for k, (pid, html, truth, kind) in enumerate(pages[::every]):
        prev = (old or {}).get(pid)
        rows = page_rows(html, truth, prev["ext"] if prev else None)
        if rows is not None:
            rows["type"] = kind
            out[pid] = rows
        if k % 100 == 0:
            print(which, k, file=sys.stderr)
    (cache / f"{which}.pkl").write_bytes(pickle.dumps(out))


def weights_of(
    pages: dict[str, Any],
    key: str = "X",
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    xs, ys, ws = [], [], []
    for p in pages.values():
        words = np.array([len(t.split()) for t in p["texts"]], dtype=np.float64)
        xs.append(p[key])
        ys.append((p["y"] >= 0.5).astype(np.float64))
        ws.append(words / max(words.sum(), 1.0))
    return np.vstack(xs), np.concatenate(ys), np.concatenate(ws)


def fit_lr(x: np.ndarray, y: np.ndarray, w: np.ndarray, l2: float = 1e-3) -> np.ndarray:
    beta = np.zeros(x.shape[1])
    for _ in range(30):
        z = np.clip(x @ beta, -30, 30)
        p = 1 / (1 + np.exp(-z))
        grad = x.T @ (w * (p - y)) + l2 * beta * w.sum()
        h = (x * (w * p * (1 - p))[:, None]).T @ x + l2 * w.sum() * np.eye(x.shape[1])
        step = np.linalg.solve(h, grad)
        beta -= step
        if np.abs(step).max() < 1e-6:
            break
    return beta


STAGE2_NAMES = ("bias", "logit", "p_prev", "p_next", "p_win", "p_prev2", "p_next2")


def stage2_rows(p1: np.ndarray, words: np.ndarray) -> np.ndarray:
    """Second-pass inputs: a block's first-pass logit and its neighbours' probabilities."""
    n = len(p1)
    logit = np.log(np.clip(p1, 1e-6, 1 - 1e-6) / np.clip(1 - p1, 1e-6, 1))
    pad = np.concatenate([[0.0, 0.0], p1, [0.0, 0.0]])
    wpad = np.concatenate([[0.0, 0.0], words, [0.0, 0.0]])
    num = sum(pad[k : k + n] * wpad[k : k + n] for k in range(5))
    den = sum(wpad[k : k + n] for k in range(5))
    win = np.where(den > 0, num / np.maximum(den, 1e-9), 0.0)
    return np.column_stack(
        [np.ones(n), logit, pad[1 : n + 1], pad[3 : n + 3], win, pad[0:n], pad[4 : n + 4]],
    )


def fit_first(x: np.ndarray, y: np.ndarray, w: np.ndarray, *, trees: bool) -> Any:
    """Fit the first pass: logistic weights, or boosted trees (`--trees`, a scikit-learn model).

    The trees: at most 100 of depth 4, 16 leaves, 40 rows a leaf, stopped early on a
    tenth of the rows held back (without it the trees overfit: scrapinghub's odd pages fell
    below the logistic pass). Each page's rows weigh 1 in all, as in `weights_of`.
    """
    if not trees:
        return fit_lr(x, y, w)
    from sklearn.ensemble import HistGradientBoostingClassifier  # noqa: PLC0415

    m = HistGradientBoostingClassifier(
        max_iter=TREES,
        max_depth=4,
        learning_rate=0.1,
        max_leaf_nodes=16,
        min_samples_leaf=40,
        early_stopping=True,
        random_state=0,
    )
    m.fit(x, y, sample_weight=w)
    return m


TREES = 100


def first_probs(x: np.ndarray, first: Any) -> np.ndarray:
    """The first pass's probabilities for one page's rows."""
    if isinstance(first, np.ndarray):
        return 1 / (1 + np.exp(-np.clip(x @ first, -30, 30)))
    return first.predict_proba(x)[:, 1]


def with_stage2(pages: dict[str, Any], beta: Any) -> None:
    for p in pages.values():
        words = np.array([len(t.split()) for t in p["texts"]], dtype=np.float64)
        p["X2"] = stage2_rows(first_probs(p["X"], beta), words)


def page_f1(p: dict[str, Any], keep: np.ndarray, metric: str) -> float:
    pred = "\n\n".join(t for t, k in zip(p["texts"], keep, strict=True) if k)
    if metric == "sh":
        return html_eval.shingle_counts(pred, p["truth"])  # type: ignore[return-value]
    return html_eval.word_prf(pred, p["truth"])[2]


EXT = htmlblocks.FEATURE_NAMES.index("ext")
EXT_TEXT = htmlblocks.FEATURE_NAMES.index("ext_text")
COVERAGE = htmlblocks.FEATURE_NAMES.index("coverage")


def evaluate(
    pages: dict[str, Any],
    beta: np.ndarray | None,
    metric: str,
    thr: float,
    key: str = "X",
    *,
    found_thr: float | None = None,
    covered_thr: float | None = None,
    covered_share: float = 0.3,
) -> str:
    """Page scores of keeping the blocks as extract_html would (block text only)."""
    scores, by = [], {}
    for p in pages.values():
        if beta is None:
            keep = p["X"][:, EXT] >= 0.5
        else:
            prob = 1 / (1 + np.exp(-np.clip(p[key] @ beta, -30, 30)))
            found = (p["X"][:, EXT] >= 0.5) | (p["X"][:, EXT_TEXT] >= 0.5)
            rec = (
                covered_thr
                if (covered_thr is not None and p["X"][0, COVERAGE] >= covered_share)
                else thr
            )
            keep = np.where(found, prob >= (thr if found_thr is None else found_thr), prob >= rec)
            if not keep.any():
                keep = prob >= 0.6 * prob.max()
        scores.append(page_f1(p, keep, metric))
        by.setdefault(p["type"], []).append(scores[-1])
    if metric == "sh":
        prec, rec, f1 = html_eval.sh_aggregate(scores)
        return f"sh F1={f1:.4f} P={prec:.4f} R={rec:.4f}"
    per = " ".join(f"{k[:4]}={np.mean(v):.3f}" for k, v in sorted(by.items()))
    return f"wcxb F1={np.mean(scores):.4f} n={len(scores)} {per}"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", type=Path, required=True)
    ap.add_argument("--fit", action="store_true")
    ap.add_argument("--every", type=int, default=1, help="build from every k-th wcxb page")
    ap.add_argument(
        "--with-sh",
        action="store_true",
        help="also train on every 2nd scrapinghub page; the others stay held out",
    )
    ap.add_argument("--thr", type=float, default=0.5)
    ap.add_argument(
        "--covered-thr",
        type=float,
        default=None,
        help="threshold on pages where trafilatura's choice covers --covered-share",
    )
    ap.add_argument("--covered-share", type=float, default=0.3)
    ap.add_argument(
        "--found-thr",
        type=float,
        default=None,
        help="threshold for the blocks trafilatura kept (default: the same)",
    )
    ap.add_argument(
        "--covered-found-thr",
        type=float,
        default=None,
        help="threshold for the non-heading blocks trafilatura kept on covered pages",
    )
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument(
        "--holdout",
        nargs="?",
        const="even",
        choices=["even", "odd"],
        default=None,
        help="--out fits on the even (or odd) wcxb ids and scrapinghub positions only",
    )
    ap.add_argument(
        "--out-only",
        action="store_true",
        help="fit and write --out without the block-level figures (quicker)",
    )
    ap.add_argument(
        "--trees",
        action="store_true",
        help="boosted trees for the first pass (shipped as first_pass) instead of weights",
    )
    ap.add_argument(
        "--refeature",
        action="store_true",
        help="recompute features (after editing htmlblocks), keep the cached overlap",
    )
    ap.add_argument(
        "--without-trafilatura",
        action="store_true",
        help="features without trafilatura's verdicts (all 0); use a cache of its own",
    )
    args = ap.parse_args()
    global WITHOUT_TRAFILATURA  # noqa: PLW0603 - one switch read by page_rows
    WITHOUT_TRAFILATURA = args.without_trafilatura
    args.cache.mkdir(parents=True, exist_ok=True)
    # The pickles do not say which features they hold: a cache built with the pass and one
    # built without it would mix silently (session 23's review), so the cache names its variant.
    variant = "without-trafilatura" if WITHOUT_TRAFILATURA else "with-trafilatura"
    marker = args.cache / "variant.txt"
    if marker.exists() and marker.read_text().strip() != variant:
        ap.error(
            f"{args.cache} holds features {marker.read_text().strip()}, not {variant}: "
            "give this run a --cache of its own"
        )
    # A cache from before the marker was built with the pass: the old runs had no other variant.
    old_cache = any((args.cache / f"{w}.pkl").exists() for w in ("wcxb", "sh"))
    if not marker.exists() and old_cache and WITHOUT_TRAFILATURA:
        ap.error(f"{args.cache} holds features built with the pass: use a new --cache")
    marker.write_text(variant + "\n")
    for which in ("wcxb", "sh"):
        path = args.cache / f"{which}.pkl"
        if not path.exists():
            build(args.cache, which, every=args.every if which == "wcxb" else 1)
        elif args.refeature:
            build(
                args.cache,
                which,
                pickle.loads(path.read_bytes()),
                every=args.every if which == "wcxb" else 1,
            )
    if not args.fit:
        return

    wcxb = pickle.loads((args.cache / "wcxb.pkl").read_bytes())
    sh = pickle.loads((args.cache / "sh.pkl").read_bytes())
    train = {k: v for k, v in wcxb.items() if int(k) % 2 == 0}
    test = {k: v for k, v in wcxb.items() if int(k) % 2 == 1}
    sh_keys = sorted(sh)
    sh_all = {k: dict(v) for k, v in sh.items()}
    sh_train = {k: sh[k] for k in sh_keys[::2]} if args.with_sh else {}
    if args.with_sh:
        # news conventions (no standfirst, no title, no bylines in the body) are taught by
        # scrapinghub's even pages; its odd pages stay out of training as the cross-set check
        sh = {k: sh[k] for k in sh_keys[1::2]}
        train |= {f"sh{k}": v for k, v in sh_train.items()}
    kw = {
        "found_thr": args.found_thr,
        "covered_thr": args.covered_thr,
        "covered_share": args.covered_share,
    }
    if not args.out_only:
        # the figures; --out-only goes straight to the model file
        beta = fit_first(*weights_of(train), trees=args.trees)
        print(
            "base  ",
            evaluate(test, None, "wcxb", args.thr),
            "|",
            evaluate(sh, None, "sh", args.thr),
        )
        if not args.trees:
            for name, b in zip(htmlblocks.FEATURE_NAMES, beta, strict=True):
                print(f"  {name:14} {b:+.3f}")
            print(
                "model ",
                evaluate(test, beta, "wcxb", args.thr),
                "|",
                evaluate(sh, beta, "sh", args.thr),
            )
        for pages in (train, test, sh):
            with_stage2(pages, beta)
        beta2 = fit_lr(*weights_of(train, "X2"))
        print("stage2", dict(zip(STAGE2_NAMES, np.round(beta2, 3), strict=True)))
        for thr in (0.4, 0.5, 0.6):
            print(
                f"two-pass thr={thr}",
                evaluate(test, beta2, "wcxb", thr, "X2"),
                "|",
                evaluate(sh, beta2, "sh", thr, "X2"),
            )
        print(
            "two-pass, the --thr/--found-thr/--covered-thr of --out:",
            evaluate(test, beta2, "wcxb", args.thr, "X2", **kw),
            "|",
            evaluate(sh, beta2, "sh", args.thr, "X2", **kw),
        )
        # the cross-set check: trained on wcxb-dev alone, scored on all of scrapinghub
        wonly = dict(wcxb)
        beta_w = fit_first(*weights_of(wonly), trees=args.trees)
        for pages in (wonly, sh_all):
            with_stage2(pages, beta_w)
        beta_w2 = fit_lr(*weights_of(wonly, "X2"))
        print(
            "cross-set: wcxb-dev only -> scrapinghub (all pages):",
            evaluate(sh_all, beta_w2, "sh", args.thr, "X2", **kw),
        )
    if args.out:
        everything = wcxb | {f"sh{k}": v for k, v in sh_train.items()}
        if args.holdout:
            # for whole-pipeline checks on pages the model never saw (the other parity's ids
            # of wcxb-dev, the other positions of scrapinghub)
            parity = 0 if args.holdout == "even" else 1
            everything = {k: v for k, v in wcxb.items() if int(k) % 2 == parity} | {
                f"sh{k}": sh_all[k] for k in sh_keys[parity::2]
            }
        full = fit_first(*weights_of(everything), trees=args.trees)
        with_stage2(everything, full)
        full2 = fit_lr(*weights_of(everything, "X2"))
        first: dict[str, Any] = {}
        if args.trees:
            from trees_export import check as check_export  # noqa: PLC0415
            from trees_export import export  # noqa: PLC0415

            first = {"first_pass": export(full, list(htmlblocks.FEATURE_NAMES))}
            x_all = weights_of(everything)[0]
            check_export(first["first_pass"], full, x_all[:: max(1, len(x_all) // 20000)])
            # the logistic weights stay beside the trees, unused, so the file keeps its shape
            lr = fit_lr(*weights_of(everything))
        else:
            lr = full
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(
            json.dumps(
                {
                    "features": list(htmlblocks.FEATURE_NAMES),
                    "weights": [round(float(b), 5) for b in lr],
                    **first,
                    "stage2_features": list(STAGE2_NAMES),
                    "stage2_weights": [round(float(b), 5) for b in full2],
                    "threshold": args.thr,
                    **(
                        {"covered_threshold": args.covered_thr, "covered_share": args.covered_share}
                        if args.covered_thr is not None
                        else {}
                    ),
                    **({"found_threshold": args.found_thr} if args.found_thr is not None else {}),
                    **(
                        {"covered_found_threshold": args.covered_found_thr}
                        if args.covered_found_thr is not None
                        else {}
                    ),
                    "trained_on": f"wcxb-dev (every {args.every} page(s))"
                    + (" + scrapinghub even pages" if args.with_sh else "")
                    + "; bench/train_blocks.py",
                },
                indent=1,
            )
            + "\n"
        )


if __name__ == "__main__":
    main()
