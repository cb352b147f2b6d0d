"""The command line: `cleaner FILE` (or `-` for stdin) prints the Article as JSON."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from cleaner.api import clean


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = argparse.ArgumentParser(prog="cleaner", description=__doc__)
    parser.add_argument("path", help="a page file (.html or .txt), or - for stdin")
    parser.add_argument("--url", help="the page's address")
    parser.add_argument("--lang", help="ISO 639-1 code of the page's language")
    args = parser.parse_args(argv)
    if args.path == "-":
        raw = sys.stdin.buffer.read()
    else:
        try:
            raw = Path(args.path).read_bytes()
        except OSError as exc:
            parser.error(f"cannot read {args.path}: {exc.strerror}")
    article = clean(raw, url=args.url, lang=args.lang)
    json.dump(article.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0
