"""extract_html's group rule (`_group_mates`): the rest of a listing's tiles, on hand-made pages."""

from __future__ import annotations

import json

import lxml.html
import pytest

from cleaner import Document, htmlblocks
from cleaner.document import Block
from cleaner.stages.extract_html import BlockModel, ExtractHtml, _group_mates, load_model

_NAMES = ["Walnut Desk Lamp", "Oak Side Table", "Linen Floor Cushion", "Brass Wall Hook"]
_PRICES = ["$49.00", "$129.00", "$35.00", "$12.50"]


def _grid(wrap: str = "main") -> str:
    """A shop grid: one `li` tile per product, each with a name and a price field."""
    tiles = "".join(
        f'<li class="product"><h2 class="product-title">{name}</h2>'
        f'<span class="price">{price}</span></li>'
        for name, price in zip(_NAMES, _PRICES, strict=True)
    )
    return f'<html><body><{wrap}><ul class="products">{tiles}</ul></{wrap}></body></html>'


def _run(html: str, kept: set[str]) -> set[str]:
    raw = htmlblocks.segment(lxml.html.document_fromstring(html))
    blocks = [Block(b.text, dropped_by=None if b.text in kept else "boilerplate") for b in raw]
    words = [len(b.text.split()) for b in raw]
    return {raw[i].text for i in _group_mates(raw, blocks, words)}


def test_the_other_tiles_of_a_grid_come_back():
    """Two product names kept: the other names come back, and no price (no price was kept)."""
    assert _run(_grid(), {_NAMES[0], _NAMES[1]}) == {_NAMES[2], _NAMES[3]}


def test_a_group_of_which_nothing_was_kept_stays_out():
    """The rule extends what was kept; it never opens a group on its own."""
    assert _run(_grid(), set()) == set()


@pytest.mark.parametrize("wrap", ["footer", "nav", "aside", "header"])
def test_tiles_in_a_landmark_stay_out(wrap):
    """A footer's or a sidebar's link grid is furniture whatever was kept of it."""
    assert _run(_grid(wrap), {_NAMES[0]}) == set()


def test_paragraphs_of_one_box_are_no_tiles():
    """A body's paragraphs share their box: a contact line the model dropped stays dropped."""
    body = [
        "The new bridge opens to traffic on Monday after two years of work on the river.",
        "Buses will run every ten minutes across it from the station to the old town.",
        "Press office: press@example.org, phone 555 0100.",
    ]
    html = "<html><body><main>" + "".join(f"<p>{t}</p>" for t in body) + "</main></body></html>"
    assert _run(html, set(body[:2])) == set()


_FEATURES = [
    "Water-repellent ripstop shell",
    "Taped seams at the shoulders",
    "Two zipped hand pockets",
    "Adjustable hood with a stiff brim",
    "Pit zips for airflow",
    "Packs into its own pocket",
    "Drop hem at the back",
    "Reflective logo on the chest",
]


def _feature_list(items: list[str]) -> str:
    lis = "".join(f"<li>{t}</li>" for t in items)
    return f"<html><body><main><h1>Rain Jacket</h1><ul>{lis}</ul></main></body></html>"


def test_a_long_list_of_which_some_items_were_kept_comes_back_whole():
    """Eight items of one list are entries, not a text: the left-out ones come back."""
    assert _run(_feature_list(_FEATURES), set(_FEATURES[:2])) == set(_FEATURES[2:])


def test_a_short_list_in_one_box_stays_the_models_call():
    """Share buttons or 'related' links: a short list with one item kept is left alone."""
    assert _run(_feature_list(_FEATURES[:5]), {_FEATURES[0]}) == set()


def test_a_text_already_kept_does_not_come_back_twice():
    """A tile's name repeated in another tile of the group (a carousel's copy) comes back once."""
    html = _grid().replace(_NAMES[3], _NAMES[2])
    assert _run(html, {_NAMES[0], _NAMES[1]}) == {_NAMES[2]}


def _page(json_ld: str) -> str:
    head = f'<script type="application/ld+json">{json_ld}</script>' if json_ld else ""
    intro = (
        "<p>Our lamps and tables are made by hand in a small workshop from wood we buy from "
        "local forests, and every piece is finished with natural oils.</p>"
    )
    return _grid().replace("<html><body><main>", f"<html><head>{head}</head><body><main>{intro}")


def _first_third_model() -> BlockModel:
    """A model that keeps the blocks of the page's first third (the intro, a tile's fields)."""
    names = list(htmlblocks.FEATURE_NAMES)
    stump = {
        "kind": "tree-ensemble",
        "features": names,
        "base": 0.0,
        "trees": [
            {
                "feature": [names.index("position"), -1, -1],
                "threshold": [0.3, 0.0, 0.0],
                "left": [1, 0, 0],
                "right": [2, 0, 0],
                "value": [0.0, 5.0, -5.0],
            },
        ],
    }
    data = {
        "features": names,
        "weights": [0.0] * len(names),
        "first_pass": stump,
        "threshold": 0.5,
    }
    return load_model(json.dumps(data))


def _kept(html: str, **switches: bool) -> set[str]:
    doc = Document(raw=html, decoded=html, kind="html", tree=lxml.html.document_fromstring(html))
    stage = ExtractHtml(model=_first_third_model(), **switches)
    return {b.text for b in stage(doc).blocks if b.kept}


@pytest.mark.parametrize(
    ("json_ld", "fires"),
    [
        ("", True),
        ('{"@type": "WebPage"}', True),
        # an article's repeated boxes are the model's call; a collection page is `judge`'s
        ('{"@type": "NewsArticle"}', False),
        ('{"@type": "CollectionPage"}', False),
    ],
)
def test_the_stage_runs_the_rule_on_pages_that_declare_no_article(json_ld, fires):
    """The model keeps the grid's first tile; the rule adds the rest where the page allows."""
    html = _page(json_ld)
    assert _kept(html, keep_group_mates=False) & set(_NAMES) == {_NAMES[0]}
    assert (_kept(html) & set(_NAMES) == set(_NAMES)) is fires
