"""extract_html's starved-page rule (`_starved_group`): a shop grid none of whose tiles was kept."""

from __future__ import annotations

import lxml.html
import pytest

from cleaner import htmlblocks
from cleaner.document import Block
from cleaner.stages.extract_html import _STARVED_WORDS, _starved_group

_NAMES = ["Walnut Desk Lamp", "Oak Side Table", "Linen Floor Cushion", "Brass Wall Hook"]
_PRICES = ["$49.00", "$129.00", "$35.00", "$12.50"]
_NOTICE = "Free shipping on all orders over fifty dollars!"


def _page(wrap: str = "main", tiles: int = 4) -> str:
    """A shop page: a notice, then a grid of one `li` tile per product (name, price)."""
    grid = "".join(
        f'<li class="product"><h2 class="product-title">{name}</h2>'
        f'<span class="price">{price}</span></li>'
        for name, price in list(zip(_NAMES, _PRICES, strict=True))[:tiles]
    )
    return (
        f'<html><body><p class="notice">{_NOTICE}</p>'
        f'<{wrap}><ul class="products">{grid}</ul></{wrap}></body></html>'
    )


def _run(html: str, kept: set[str]) -> set[str]:
    raw = htmlblocks.segment(lxml.html.document_fromstring(html))
    blocks = [Block(b.text, dropped_by=None if b.text in kept else "boilerplate") for b in raw]
    words = [len(b.text.split()) for b in raw]
    return {raw[i].text for i in _starved_group(raw, blocks, words)}


def test_a_grid_none_of_whose_tiles_was_kept_comes_back_on_a_starved_page():
    """Only the notice was kept: the product names, the biggest group of tiles, come back."""
    assert _run(_page(), {_NOTICE}) == set(_NAMES)


def test_a_page_that_kept_nothing_stays_empty():
    """An empty result is a shell or an error page, not a starved one."""
    assert _run(_page(), set()) == set()


def test_a_page_that_kept_enough_is_left_alone():
    """Past the starved mark the page's kept text is its content."""
    long_notice = " ".join(["word"] * _STARVED_WORDS)
    html = _page().replace(_NOTICE, long_notice)
    assert _run(html, {long_notice}) == set()


@pytest.mark.parametrize("wrap", ["footer", "nav", "aside", "header"])
def test_a_grid_in_a_landmark_stays_out(wrap):
    """A footer's or a menu's tiles are furniture, however little the page kept."""
    assert _run(_page(wrap), {_NOTICE}) == set()


def test_a_group_smaller_than_what_was_kept_stays_out():
    """Three short tiles (9 words of names) hold fewer words than a 12-word notice."""
    notice = "Every order placed before noon ships the same day from our own warehouse."
    html = _page(tiles=3).replace(_NOTICE, notice)
    assert _run(html, {notice}) == set()
