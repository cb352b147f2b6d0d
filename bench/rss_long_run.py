"""RSS of one process over a long in-process `clean_many` run: do the caches stay bounded?

The golden pages are cycled, each copy made unique (a token in its `<title>` or title line, its
first three `<p>` or paragraphs, and its url) so that no cache keyed by a page's title, opening
text or address is hit; RSS is printed after 500, 1,000, 2,000, 5,000, 10,000 ... pages. The
page's other lines (headings, bylines, list items, a `<p class>`) come again with every cycle of
the set: a memo keyed by such a line is hit there, and its growth would not show here.
Session 21: 134 MB after 500 pages, 138 after 5,000, 142 after 20,000 (docs/batch.md).

    python bench/rss_long_run.py 5000
    python bench/rss_long_run.py 5000 --at 9df9450   # only the pages committed by then
"""

from __future__ import annotations

import argparse
import gc
import itertools
import subprocess
from collections.abc import Iterator
from pathlib import Path

import cleaner
from cleaner.batch import Page

ROOT = Path(__file__).resolve().parent.parent
MARKS = (500, 1000, 2000, 5000, 10_000, 15_000, 20_000)


def _page_paths(at: str | None) -> list[Path]:
    if at is None:
        return sorted(
            p for p in (ROOT / "fixtures" / "pages").iterdir() if p.suffix in (".html", ".txt")
        )
    names = subprocess.run(
        ["git", "ls-tree", "--name-only", at, "fixtures/pages/"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    ).stdout.split()
    return [ROOT / n for n in names if n.endswith((".html", ".txt"))]


def _rss_mb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) // 1024
    return -1


def _pages(texts: list[str], n: int) -> Iterator[Page]:
    for i, text in zip(range(n), itertools.cycle(texts), strict=False):
        tag = f"v{i}x"
        if text.lstrip().startswith("<"):
            raw = text.replace("<p>", f"<p>{tag} ", 3).replace("<title>", f"<title>{tag} ", 1)
        else:
            raw = f"{tag} " + text.replace("\n\n", f"\n\n{tag} ", 3)
        yield Page(raw=raw, url=f"https://site{i}.example/{i}/story", id=str(i))


def main() -> None:
    """Clean the pages and print the process's RSS at each mark."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", type=int, nargs="?", default=5000)
    parser.add_argument("--at", help="only the golden pages committed at this commit")
    args = parser.parse_args()
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in _page_paths(args.at)]
    marks = {*MARKS, args.pages}
    for n, _ in enumerate(cleaner.clean_many(_pages(texts, args.pages)), 1):
        if n in marks:
            gc.collect()
            print(f"{n} pages: RSS {_rss_mb()} MB", flush=True)


if __name__ == "__main__":
    main()
