"""Stage `byline`: take the byline lines of a page out of its body."""

from __future__ import annotations

from cleaner.document import Document


def byline(doc: Document) -> Document:
    """Lift byline lines into the metadata (the title line is the `metadata` stage's job).

    Reads: blocks, kind. Writes: nothing yet.
    """
    return doc
