"""extract_html's choice rule (`_choice_blocks`): a radio button's or a checkbox's label goes."""

from __future__ import annotations

import lxml.html
import pytest

from cleaner import htmlblocks
from cleaner.document import Block
from cleaner.stages.extract_html import _choice_blocks

_TEXT = "Une bouilloire en inox brossé qui chauffe l'eau à la bonne température."


def _dropped(inner: str) -> set[str]:
    html = f"<html><body><main><p>{_TEXT}</p>{inner}</main></body></html>"
    raw = htmlblocks.segment(lxml.html.document_fromstring(html))
    blocks = [Block(b.text) for b in raw]
    return {raw[i].text for i in _choice_blocks(raw, blocks)}


@pytest.mark.parametrize(
    ("inner", "dropped"),
    [
        # a variant picker: each option a label around its radio (golden fr-produit-bouilloire-*)
        (
            (
                '<ul><li><label><input type="radio" name="c"><span>Noir mat</span></label></li>'
                '<li><label><input type="radio" name="c"><span>Crème (+5,00 €)</span></label>'
                "</li></ul>"
            ),
            {"Noir mat", "Crème (+5,00 €)"},
        ),
        # a filter's checkboxes, the type in any case
        (
            (
                '<div><label><input type="CHECKBOX"> Waterproof</label></div>'
                '<div><label><input type="checkbox"> Leather</label></div>'
            ),
            {"Waterproof", "Leather"},
        ),
        # a label of a number or text field is a form's, not an option: the model's call
        ('<div><label for="q">Quantité</label><input type="number" id="q"></div>', set()),
        ('<div><label><input type="text"> Your name</label></div>', set()),
    ],
)
def test_choice_labels(inner, dropped):
    assert _dropped(inner) == dropped


def test_the_text_stays():
    """A page without inputs keeps everything."""
    assert _dropped("<p>Another paragraph of the description.</p>") == set()
