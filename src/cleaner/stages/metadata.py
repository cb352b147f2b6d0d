"""Stage `metadata`: title, site name, authors and date of an HTML page, from its markup."""

from __future__ import annotations

import logging

from trafilatura.metadata import extract_metadata

from cleaner.document import Document
from cleaner.titles import split_title

logger = logging.getLogger(__name__)


def metadata(doc: Document) -> Document:
    """Read the page's metadata from its HTML (meta tags, JSON-LD, `<title>`, htmldate).

    Reads: tree, url, meta. Writes: meta.title, meta.site_name, meta.authors, meta.date.
    """
    if doc.kind == "text":
        return _text_title(doc)
    if doc.kind != "html" or doc.tree is None:
        return doc
    found = extract_metadata(doc.tree, default_url=doc.url)
    site = doc.meta.site_name or found.sitename or None
    title = doc.meta.title or (found.title and split_title(found.title, site)[0]) or None
    authors = doc.meta.authors or tuple(
        a.strip() for a in (found.author or "").split(";") if a.strip()
    )
    date = doc.meta.date or found.date or None
    return doc.evolve(
        meta=doc.meta.evolve(title=title, site_name=site, authors=authors, date=date),
    )


def _text_title(doc: Document) -> Document:
    """Lift the title line (the first line of a text scrape) into the metadata."""
    if not doc.blocks or not doc.blocks[0].kept:
        return doc
    first = doc.blocks[0]
    title, site = split_title(first.text, doc.meta.site_name)
    meta = doc.meta.evolve(title=doc.meta.title or title, site_name=doc.meta.site_name or site)
    blocks = (first.evolve(kind="title").drop("title"), *doc.blocks[1:])
    return doc.evolve(blocks=blocks, meta=meta)
