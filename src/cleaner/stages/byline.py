"""Stage `byline`: take the title, byline and date lines of a page out of its body."""

from __future__ import annotations

from cleaner.document import Document
from cleaner.titles import split_title


def byline(doc: Document) -> Document:
    """Lift the title line of a text scrape into the metadata.

    Reads: blocks, kind. Writes: meta.title, meta.site_name, blocks[].dropped_by ("title").
    """
    if doc.kind != "text" or not doc.blocks:
        return doc
    first = doc.blocks[0]
    if not first.kept:
        return doc
    title, site = split_title(first.text, doc.meta.site_name)
    meta = doc.meta.evolve(title=doc.meta.title or title, site_name=doc.meta.site_name or site)
    blocks = (first.evolve(kind="title").drop("title"), *doc.blocks[1:])
    return doc.evolve(blocks=blocks, meta=meta)
