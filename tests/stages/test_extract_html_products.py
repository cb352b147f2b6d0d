"""extract_html's other-products rule: the rails of other products under a product page's own."""

from __future__ import annotations

import lxml.html
import pytest

import cleaner
from cleaner import htmlblocks
from cleaner.document import Block
from cleaner.jsonld import JsonLd
from cleaner.stages.extract_html import ExtractHtml, _one_product, _other_product_blocks, _spec_list

DESCRIPTION = (
    "This cordless drill drives screws into hardwood and masonry alike, with two speeds, a "
    "clutch of twenty settings and a battery that lasts a full working day on one charge."
)


def _tile(name: str, price: str) -> str:
    return (
        f"<li class='card'><div class='body'><h3><a href='/p/{name[:3]}'>{name}</a></h3>"
        f"<div class='price'>{price}</div><div class='ship'>+ $5.00 delivery</div></div></li>"
    )


def _page(grid_title: str, tiles: str) -> str:
    return (
        "<html><body><main><div class='product'><h1>Cordless Drill X200</h1>"
        f"<div class='buy'>$129.00</div><p>{DESCRIPTION}</p></div>"
        f"<section class='rail'><h2>{grid_title}</h2><ul class='cards'>{tiles}</ul></section>"
        "</main></body></html>"
    )


OTHERS = (
    _tile("Impact Driver Z9 with case", "$99.00")
    + _tile("Hammer Drill H4 brushless", "EUR 149,00")
    + _tile("Angle Grinder G2 small", "79,90 €")
)


def _dropped(html: str) -> set[str]:
    raw = htmlblocks.segment(lxml.html.document_fromstring(html))
    blocks = [Block(b.text) for b in raw]
    words = [len(b.text.split()) for b in raw]
    return {raw[i].text for i in _other_product_blocks(raw, blocks, words)}


def test_other_products_rail_goes():
    """Three priced tiles of other products under the product: every kept block of them goes."""
    dropped = _dropped(_page("Similar items", OTHERS))
    assert "Impact Driver Z9 with case" in dropped
    assert "79,90 €" in dropped
    assert "+ $5.00 delivery" in dropped
    # the product's own name, price and description stay
    assert not dropped & {"Cordless Drill X200", "$129.00", DESCRIPTION}


@pytest.mark.parametrize(
    ("title", "tiles"),
    [
        # the grid names the page's product: its editions or a comparison with it, the content
        ("Which drill is right for you?", OTHERS + _tile("Cordless Drill X200", "$129.00")),
        # tiles without prices are no shop's rail (a list of guides, of features)
        (
            "Guides",
            "".join(
                f"<li class='card'><div class='body'><h3><a href='/g'>{t}</a></h3>"
                f"<div class='price'>Read the guide</div></div></li>"
                for t in ("Drilling tiles", "Drilling steel", "Drilling concrete")
            ),
        ),
        # two priced tiles are no grid
        ("Similar items", _tile("Impact Driver Z9", "$99.00") + _tile("Hammer H4", "$149.00")),
    ],
)
def test_other_products_rule_keeps_the_rest(title, tiles):
    """A grid naming the product, tiles without prices, or under three tiles: nothing goes."""
    assert _dropped(_page(title, tiles)) == set()


def test_other_products_stay_when_the_page_has_nothing_else():
    """Without the product's own text outside links, the rail is the page and stays."""
    html = f"<html><body><main><ul class='cards'>{OTHERS}</ul></main></body></html>"
    assert _dropped(html) == set()


@pytest.mark.parametrize(
    ("top", "one"),
    [
        ([{"@type": "Product", "name": "Drill"}], True),
        ([{"@type": "ProductGroup", "name": "Drill"}, {"@type": "BreadcrumbList"}], True),
        # a category page: one Product per tile, or an ItemList holding them
        ([{"@type": "Product", "name": "A"}, {"@type": "Product", "name": "B"}], False),
        ([{"@type": "ItemList", "itemListElement": [{"@type": "Product"}]}], False),
        ([], False),
    ],
)
def test_one_product_is_a_product_page(top, one):
    """A page whose own JSON-LD entities hold exactly one product is a product page."""
    assert _one_product(JsonLd(top=tuple(top))) is one


def test_switch():
    """The rule has a switch, on by default."""
    assert ExtractHtml().drop_other_products is True
    assert ExtractHtml(drop_other_products=False).drop_other_products is False


@pytest.mark.parametrize(
    ("markup", "spec"),
    [
        # 1C-Bitrix's property list (round AC golden tk-haryt-bitrix-elektrik-caynek-arcalyk-html)
        ("<dt>Göwrümi</dt><dd>1,7 l</dd><dt>Kuwwaty</dt><dd>2200 Wt</dd>", True),
        # pairs wrapped in a <div>, as HTML allows
        ("<div><dt>Weight</dt><dd>1.1 kg</dd></div><div><dt>Power</dt><dd>2200 W</dd></div>", True),
        # one pair is no spec sheet
        ("<dt>Weight</dt><dd>1.1 kg</dd>", False),
        # a glossary's long definitions are prose
        ("<dt>Kettle</dt><dd>" + "word " * 20 + "</dd><dt>Pot</dt><dd>A pot.</dd>", False),
        # terms with several values each are no name/value list
        ("<dt>Colour</dt><dd>Red</dd><dd>Blue</dd><dt>Size</dt><dd>M</dd>", False),
    ],
)
def test_spec_list_is_a_dl_of_short_name_value_pairs(markup: str, spec: bool) -> None:
    """A `<dl>` of at least two short `<dt>`/`<dd>` pairs in turn is a product's spec sheet."""
    dl = lxml.html.fragment_fromstring(f"<dl>{markup}</dl>")
    assert _spec_list(dl) is spec


def test_spec_list_rows_of_a_product_page_are_kept() -> None:
    """The dt/dd rows of a product's property list beside its description stay in the body."""
    rows = "".join(
        f"<dt>{k}</dt><dd>{v}</dd>"
        for k, v in (("Göwrümi", "1,7 l"), ("Kuwwaty", "2200 Wt"), ("Agramy", "1,1 kg"))
    )
    text = (
        "Arçalyk EK-1720 elektrik çäýnegi 1,7 litr suwy bary-ýogy dört minudyň içinde gaýnadýar. "
        "Onuň korpusy poslamaýan polatdan ýasalan, içki gapdaly bolsa aýna bilen örtülen."
    )
    html = (
        '<html><head><meta property="og:type" content="product"><title>Çäýnek</title></head>'
        '<body><main><h1>Çäýnek</h1><div class="tabs"><div class="tab">'
        f"<p>{text}</p><p>{text}</p></div>"
        f'<div class="tab"><dl class="product-item-detail-properties">{rows}</dl></div></div>'
        "</main></body></html>"
    )
    body = cleaner.clean(html).text
    assert "Göwrümi" in body
    assert "2200 Wt" in body
