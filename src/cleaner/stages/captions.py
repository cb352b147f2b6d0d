"""Stage `captions`: lift figure captions out of the body and split off their photo credits."""

from __future__ import annotations

import regex

from cleaner.document import Caption, Document

# "(AP Photo/Name)", "(REUTERS/Name)" at the end of a caption line.
_TRAILING_CREDIT = regex.compile(
    r"^(?P<text>.{20,}?)\s*\((?P<credit>(?:AP|AFP|Reuters|REUTERS|Getty|EPA)[^()]{0,80}(?:Photo|Images|/)[^()]{0,80})\)\s*$",
)


def split_credit(text: str) -> Caption | None:
    """Return the caption and credit of a caption line, or None when `text` is no caption."""
    match = _TRAILING_CREDIT.match(text)
    if match is None:
        return None
    return Caption(text=match["text"].strip(), credit=match["credit"].strip())


def captions(doc: Document) -> Document:
    """Find caption blocks by their photo credit, record them, and take them out of the body.

    Reads: blocks. Writes: meta.captions, blocks[].dropped_by ("caption").
    """
    found = list(doc.meta.captions)
    blocks = []
    for b in doc.blocks:
        cap = split_credit(b.text) if b.kept else None
        if cap is None:
            blocks.append(b)
            continue
        found.append(cap)
        blocks.append(b.evolve(kind="caption").drop("caption"))
    return doc.evolve(blocks=tuple(blocks), meta=doc.meta.evolve(captions=tuple(found)))
