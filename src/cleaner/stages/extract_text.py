"""Stage `extract_text`: a plain-text scrape cut into blocks, with menus and other junk labelled."""

from __future__ import annotations

import logging

from cleaner.document import Block, Document

logger = logging.getLogger(__name__)


def extract_text(doc: Document) -> Document:
    """Split a plain-text scrape into blocks on blank lines; a no-op on HTML.

    Reads: decoded. Writes: blocks.
    """
    if doc.kind != "text":
        return doc
    blocks: list[Block] = []
    line_no = 0
    start = 0
    current: list[str] = []
    for line_no, line in enumerate(doc.decoded.splitlines(), start=1):
        if line.strip():
            if not current:
                start = line_no
            current.append(line.strip())
        elif current:
            blocks.append(Block(text=" ".join(current), origin=f"lines {start}-{line_no - 1}"))
            current = []
    if current:
        blocks.append(Block(text=" ".join(current), origin=f"lines {start}-{line_no}"))
    return doc.evolve(blocks=tuple(blocks))
