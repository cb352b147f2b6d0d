"""extract_html's declared-summary rule (`_declared_blocks`)."""

from __future__ import annotations

import json

import lxml.html
import pytest

from cleaner import Document, htmlblocks, jsonld
from cleaner.document import Block
from cleaner.pageindex import PageIndex
from cleaner.stages.extract_html import BlockModel, ExtractHtml, _declared_blocks

_BLURB = (
    "Keep your gear within easy reach in the Trail 25 pack, designed to fit a wide range of "
    "body types with pockets galore."
)
_OTHER = "Free shipping on orders over 50 dollars and free returns within thirty days of delivery."


def _page(head: str, body: str) -> str:
    return f"<html><head>{head}</head><body><main>{body}</main></body></html>"


def _meta(text: str) -> str:
    return f'<meta property="og:description" content="{text}">'


def _ld(node: dict[str, object]) -> str:
    return f'<script type="application/ld+json">{json.dumps(node)}</script>'


def _taken(html: str, kept: set[str], dropped_by: str = "boilerplate") -> set[str]:
    tree = lxml.html.document_fromstring(html)
    raw = htmlblocks.segment(tree)
    blocks = [Block(b.text, dropped_by=None if b.text in kept else dropped_by) for b in raw]
    words = [len(b.text.split()) for b in raw]
    taken = _declared_blocks(raw, blocks, words, jsonld.JsonLd.read(tree), PageIndex(tree))
    return {raw[i].text for i in taken}


@pytest.mark.parametrize(
    ("head", "body", "kept", "taken"),
    [
        # the page's og:description is the blurb the model dropped: it comes back
        (_meta(_BLURB), f"<p>{_BLURB}</p><p>{_OTHER}</p>", {_OTHER}, {_BLURB}),
        # so does a JSON-LD Product's description
        (_ld({"@type": "Product", "description": _BLURB}), f"<p>{_BLURB}</p>", set(), {_BLURB}),
        # the kept text says it already (in a longer paragraph): nothing comes back
        (
            _meta(_BLURB),
            f"<p>{_BLURB} Now in green.</p><p>{_BLURB}</p>",
            {f"{_BLURB} Now in green."},
            set(),
        ),
        # a dropped block that is not the description stays out
        (_meta(_BLURB), f"<p>{_OTHER}</p>", set(), set()),
        # a description too short to tell (a tagline, a name) counts for nothing
        (
            _meta("Trail 25 pack"),
            "<p>Trail 25 pack in green and blue for day hikes</p>",
            set(),
            set(),
        ),
        # a block of under eight words whose words are the description's stays out
        (_meta(_BLURB), "<p>Trail 25 pack, pockets galore.</p>", set(), set()),
        # above the page's h1 it is a banner that says the description's last sentence
        (_meta(_BLURB), f"<p>{_BLURB}</p><h1>Trail 25</h1><p>{_OTHER}</p>", set(), set()),
        (_meta(_BLURB), f"<h1>Trail 25</h1><p>{_BLURB}</p>", set(), {_BLURB}),
        # the same text twice comes back once
        (_meta(_BLURB), f"<p>{_BLURB}</p><div><p>{_BLURB}</p></div>", set(), {_BLURB}),
        # a description declared four times (og:, plain and twitter: meta tags, JSON-LD) counts
        # once: the kept paragraph that says it is the whole of it, not a quarter
        (
            _meta(_BLURB)
            + f'<meta name="description" content="{_BLURB}">'
            + f'<meta name="twitter:description" content="  {_BLURB}">'
            + _ld({"@type": "Product", "description": _BLURB}),
            f"<p>{_BLURB} Now in green.</p><p>{_BLURB}</p>",
            {f"{_BLURB} Now in green."},
            set(),
        ),
    ],
)
def test_declared_blocks_are_the_dropped_description(head, body, kept, taken):
    assert _taken(_page(head, body), kept) == taken


@pytest.mark.parametrize("reason", ["title", "copy"])
def test_declared_blocks_leave_a_title_or_a_copy_out(reason):
    """A block dropped as the page's title or as a later copy stays dropped."""
    assert _taken(_page(_meta(_BLURB), f"<p>{_BLURB}</p>"), set(), reason) == set()


def _kept_texts(stage: ExtractHtml, html: str) -> set[str]:
    tree = lxml.html.document_fromstring(html)
    doc = stage(Document(raw=html, decoded=html, kind="html", tree=tree))
    return {b.text for b in doc.blocks if b.kept}


def test_declared_summary_is_a_switch():
    """A model that keeps `<p>` blocks only drops the blurb in a `<div>`: the rule brings it
    back, and with the switch off it stays out."""
    weights = [0.0] * len(htmlblocks.FEATURE_NAMES)
    weights[htmlblocks.FEATURE_NAMES.index("bias")] = -5.0
    weights[htmlblocks.FEATURE_NAMES.index("p")] = 10.0
    paras_only = BlockModel(weights=tuple(weights))
    html = _page(_meta(_BLURB), f"<h1>Trail 25</h1><div>{_BLURB}</div><p>{_OTHER}</p>")
    assert ExtractHtml().keep_declared_summary is True
    assert _BLURB in _kept_texts(ExtractHtml(model=paras_only), html)
    off = ExtractHtml(model=paras_only, keep_declared_summary=False)
    assert _BLURB not in _kept_texts(off, html)
    assert _OTHER in _kept_texts(off, html)
