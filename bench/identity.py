"""Did a change move any output? Hash every page's Article and compare two trees' hashes.

A refactor or a speed change must leave every Article as it was. This script cleans a fixed
sample of pages (every 3rd wcxb-dev page, all of Scrapinghub, every golden page of the same
kind: ~820 HTML or ~810 text pages), hashes each `Article.to_dict()` and writes the hashes;
`compare` lists the pages whose hash differs. Run `write` once in a checkout of the old code and
once in the new (each with its own `src` on the path), then compare::

    PYTHONPATH=/tmp/base/src python -m bench.identity write /tmp/old.json --kind html
    PYTHONPATH=src python -m bench.identity write /tmp/new.json --kind html
    python -m bench.identity compare /tmp/old.json /tmp/new.json

Sessions 17-19 checked every speed and debt change this way (commit messages say "identical on
818 HTML and 807 text pages"); until session 19 the script lived outside the repository and was
lost with the machine.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from bench.data import REPO, SETS, truth

PAGES = REPO / "fixtures" / "pages"


def sample(kind: str) -> Iterator[tuple[str, Callable[[], bytes]]]:
    """The pages of the check, as (name, reader) pairs, in a fixed order."""
    wcxb = SETS["wcxb-dev" if kind == "html" else "wcxb-dev-text"]
    sh = SETS["sh-html" if kind == "html" else "sh-text"]
    for i, pid in enumerate(sorted(truth(wcxb))):
        if i % 3 == 0:
            yield f"wcxb/{pid}", functools.partial(wcxb.read, pid)
    for pid in sorted(truth(sh)):
        yield f"sh/{pid}", functools.partial(sh.read, pid)
    for path in sorted(PAGES.glob("*.html" if kind == "html" else "*.txt")):
        yield f"golden/{path.stem}", path.read_bytes


def write(out: Path, kind: str) -> int:
    """Clean every page of the sample and write {page: hash of its Article JSON} to `out`."""
    import cleaner  # noqa: PLC0415 - the cleaner on the caller's path, old or new

    hashes = {}
    for name, read in sample(kind):
        article = cleaner.clean(read()).to_dict()
        text = json.dumps(article, sort_keys=True, ensure_ascii=False)
        hashes[name] = hashlib.sha1(text.encode()).hexdigest()
    out.write_text(json.dumps(hashes, indent=0) + "\n", encoding="utf-8")
    print(f"{len(hashes)} pages hashed with {cleaner.__file__}", file=sys.stderr)
    return 0


def compare(old: Path, new: Path) -> int:
    """Print the pages whose Article differs (or is on one side only); exit 1 if any."""
    a = json.loads(old.read_text(encoding="utf-8"))
    b = json.loads(new.read_text(encoding="utf-8"))
    differ = sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))
    print(f"{len(a.keys() | b.keys())} pages; {len(differ)} differ")
    for name in differ:
        print(f"  {name}")
    return 1 if differ else 0


def main(argv: list[str] | None = None) -> int:
    """Command line: ``write OUT [--kind html|text]`` or ``compare OLD NEW``."""
    parser = argparse.ArgumentParser(prog="python -m bench.identity", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    w = sub.add_parser("write", help="hash every sample page's Article")
    w.add_argument("out", type=Path)
    w.add_argument("--kind", choices=("html", "text"), default="html")
    c = sub.add_parser("compare", help="list the pages whose hash differs")
    c.add_argument("old", type=Path)
    c.add_argument("new", type=Path)
    args = parser.parse_args(argv)
    if args.command == "write":
        return write(args.out, args.kind)
    return compare(args.old, args.new)


if __name__ == "__main__":
    sys.exit(main())
