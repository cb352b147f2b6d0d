"""Check `cleaner.trafilatura_pass` against trafilatura itself over benchmark pages, and time both.

For every page (parsed as `detect` parses it, its blocks numbered as `extract_html` numbers
them), the body `trafilatura_pass.main_content` returns must serialise exactly like the body of
`bare_extraction(tree, fast=True, include_comments=False, include_tables=True,
output_format="txt")`. Also checks the filters one by one against trafilatura's XPath
expressions, on the raw and on the cleaned tree. Prints the pages that differ and the CPU time
per page of each.

    python bench/trafilatura_pass_check.py --set sh-html
    python bench/trafilatura_pass_check.py --set wcxb-dev --sample 5
"""

from __future__ import annotations

import argparse
import sys
import time
from copy import copy
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.data import SETS, select, truth


def _trees(set_name: str, sample: int, limit: int | None) -> list[tuple[str, object]]:
    from cleaner import DEFAULT, htmlblocks  # noqa: PLC0415
    from cleaner.document import Document  # noqa: PLC0415

    bset = SETS[set_name]
    out = []
    for page_id in select(list(truth(bset)), sample=sample, limit=limit):
        doc = Document(raw=bset.read(page_id))
        try:
            doc = DEFAULT["detect"](DEFAULT["decode"](doc))
        except Exception:
            continue
        if doc.tree is None:
            continue
        # number the block elements as extract_html does, so the outputs carry the same marks
        seen: dict[object, int] = {}
        for b in htmlblocks.segment(doc.tree):
            if b.element not in seen:
                seen[b.element] = len(seen)
                b.element.set("data-cleaner-i", str(seen[b.element]))
        out.append((page_id, doc.tree))
    return out


def _filters_agree(tree: object) -> list[str]:
    """Names of the filters whose Python predicate disagrees with trafilatura's XPath."""
    from trafilatura import xpaths  # noqa: PLC0415
    from trafilatura.baseline import html2txt  # noqa: PLC0415
    from trafilatura.htmlprocessing import convert_tags, tree_cleaning  # noqa: PLC0415

    from cleaner import trafilatura_pass as tp  # noqa: PLC0415

    bad = []
    cleaned = convert_tags(tree_cleaning(copy(tree), tp._options()), tp._options())  # noqa: SLF001
    for t in (tree, cleaned):
        for comments in (True, False):
            want = set(xpaths.RAW_TREE_PRUNE_XPATH[0](t)) | set(xpaths.RAW_TREE_PRUNE_XPATH[1](t))
            if comments:
                want |= set(xpaths.REMOVE_COMMENTS_AND_LISTS_XPATH[0](t))
            got = {e for e in t.iterdescendants("*") if tp._is_raw_pruned(e, comments=comments)}  # noqa: SLF001
            if got != want:
                bad.append(f"raw(comments={comments})")
        want = set(xpaths.OVERALL_DISCARD_XPATH[0](t)) | set(xpaths.OVERALL_DISCARD_XPATH[1](t))
        if set(tp._matches(t, tp._is_discarded)) != want:  # noqa: SLF001
            bad.append("overall")
        if tp._matches(t, tp._is_caption) != xpaths.DISCARD_IMAGE_ELEMENTS[0](t):  # noqa: SLF001
            bad.append("caption")
        if tp._matches(t, tp._is_teaser) != xpaths.TEASER_DISCARD_XPATH[0](t):  # noqa: SLF001
            bad.append("teaser")
        for i, (expr, test) in enumerate(zip(xpaths.BODY_XPATH, tp.BODY_TESTS, strict=True)):
            want_first = next((s for s in expr(t) if s is not None), None)
            if tp._first_match(t, test) is not want_first:  # noqa: SLF001
                bad.append(f"body{i}")
    for forum in (False, True):
        pruned = tp._pruned_copy(tree, forum=forum)  # noqa: SLF001
        if tp._page_text_length(tree, forum=forum) != len(html2txt(pruned)):  # noqa: SLF001
            bad.append(f"page_text_length(forum={forum})")
    return bad


def main(argv: list[str] | None = None) -> int:
    """Compare and time (see the module docstring); exit 1 when a page differs."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--set", default="sh-html", choices=["sh-html", "wcxb-dev"])
    ap.add_argument("--sample", type=int, default=1)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--no-filters", action="store_true", help="skip the filter-by-filter check")
    args = ap.parse_args(argv)

    from lxml.etree import tostring  # noqa: PLC0415

    from cleaner.trafilatura_pass import main_content, reference_body  # noqa: PLC0415

    pages = _trees(args.set, args.sample, args.limit)
    t_old = t_new = 0.0
    differ = 0
    for page_id, tree in pages:
        before = tostring(tree)
        t0 = time.process_time()
        want = reference_body(tree)
        t1 = time.process_time()
        mine = main_content(tree)
        t2 = time.process_time()
        t_old += t1 - t0
        t_new += t2 - t1
        same = (want is None and mine is None) or (
            want is not None and mine is not None and tostring(want) == tostring(mine)
        )
        problems = [] if same else ["body"]
        if tostring(tree) != before:
            problems.append("input changed")
        if not args.no_filters:
            problems += _filters_agree(tree)
        if problems:
            differ += 1
            sys.stdout.write(f"DIFF {page_id}: {', '.join(problems)}\n")
    n = len(pages) or 1
    sys.stdout.write(
        f"{args.set}: {len(pages)} pages, {differ} differ; ms/page bare_extraction "
        f"{1000 * t_old / n:.2f}, trafilatura_pass {1000 * t_new / n:.2f}\n",
    )
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
