"""Stage `extract_html`: the main content of an HTML page as blocks, through trafilatura."""

from __future__ import annotations

import logging

import lxml.html
from trafilatura import bare_extraction

from cleaner.document import Block, BlockKind, Document

logger = logging.getLogger(__name__)

# trafilatura's output vocabulary (settings.TAG_CATALOG) mapped onto block kinds.
_KIND: dict[str, BlockKind] = {
    "p": "paragraph",
    "head": "heading",
    "item": "list_item",
    "quote": "quote",
    "code": "code",
    "table": "table",
}


def _blocks_from_body(body: lxml.html.HtmlElement) -> list[Block]:
    blocks: list[Block] = []
    for el in body:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag == "list":
            for item in el.iter("item"):
                text = " ".join(item.itertext()).strip()
                if text:
                    blocks.append(Block(text=text, kind="list_item", origin="list/item"))
            continue
        text = " ".join(el.itertext()).strip()
        if text:
            blocks.append(Block(text=text, kind=_KIND.get(tag, "paragraph"), origin=tag))
    return blocks


def extract_html(doc: Document) -> Document:
    """Cut the main content of an HTML page into blocks; a no-op on plain text.

    Reads: tree, url. Writes: blocks.
    """
    if doc.kind != "html" or doc.tree is None:
        return doc
    result = bare_extraction(
        lxml.html.tostring(doc.tree, encoding="unicode"),
        url=doc.url,
        fast=True,
        include_comments=False,
        include_tables=True,
        with_metadata=False,
    )
    body = getattr(result, "body", None)
    if body is None:
        return doc.evolve(blocks=())
    return doc.evolve(blocks=tuple(_blocks_from_body(body)))
