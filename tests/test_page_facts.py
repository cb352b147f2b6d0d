"""Tests of `cleaner.page_facts`: what the markup says, gathered for the metadata stage."""

from __future__ import annotations

import pytest

from cleaner import pageindex
from cleaner.document import Document
from cleaner.jsonld import JsonLd
from cleaner.page_facts import gather
from cleaner.stages.detect import parse_html
from cleaner.stages.metadata import metadata


def _html(head: str, body: str, url: str | None = None) -> Document:
    html = f"<html><head>{head}</head><body>{body}</body></html>"
    return Document(raw=html, decoded=html, kind="html", tree=parse_html(html), url=url)


@pytest.mark.parametrize(
    ("h1", "expected"),
    [
        # a line break inside an inline child (wcxb-dev 0247)
        ("Data Analytics<span><br>Agency</span>", "Data Analytics Agency"),
        # block children
        ("<div>Latest</div><div>News</div>", "Latest News"),
        # inline children stay glued as the page shows them
        ("Un<b>break</b>able", "Unbreakable"),
    ],
)
def test_metadata_reads_heading_children_apart(h1: str, expected: str) -> None:
    """Block children and <br> of an <h1> are apart; text_content() glued them."""
    doc = metadata(_html("<title>x</title>", f"<h1>{h1}</h1><p>Text.</p>"))
    assert gather(pageindex.PageIndex(doc.tree), JsonLd()).h1s == [expected]
