"""extract_html's field-label and notice rules (`_field_blocks`, `_notice_blocks`)."""

from __future__ import annotations

import lxml.html
import pytest

from cleaner import htmlblocks
from cleaner.document import Block
from cleaner.stages.extract_html import _field_blocks, _notice_blocks

_TEXT = "The desk rises from 25 to 50 inches and holds up to 355 pounds on its steel frame."


def _raw(inner: str) -> list[htmlblocks.RawBlock]:
    html = f"<html><body><main><p>{_TEXT}</p><p>{_TEXT}</p>{inner}</main></body></html>"
    return htmlblocks.segment(lxml.html.document_fromstring(html))


def _fields(inner: str) -> set[str]:
    raw = _raw(inner)
    blocks = [Block(b.text) for b in raw]
    return {raw[i].text for i in _field_blocks(raw, blocks)}


@pytest.mark.parametrize(
    ("inner", "dropped"),
    [
        # a label naming a number or text field by `for`, or holding one
        ('<div><label for="q">Quantity:</label><input type="number" id="q"></div>', {"Quantity:"}),
        ('<div><label><span>Your name</span><input name="n"></label></div>', {"Your name"}),
        # a select and a textarea
        (
            (
                '<label for="s">Sort by:</label><select id="s"><option>Price</option></select>'
                '<label for="m">Message</label><textarea id="m"></textarea>'
            ),
            {"Sort by:", "Message"},
        ),
        # a short label naming a checkbox outside it: a category's "Compare"
        ('<input type="checkbox" id="c1"><label for="c1">Compare</label>', {"Compare"}),
        # a CSS accordion: the question names its hidden checkbox, and is the FAQ's text
        (
            (
                '<input type="checkbox" id="f1" hidden><label for="f1">How does the CMS compare to '
                "a traditional one?</label><div><p>It stores the content apart.</p></div>"
            ),
            set(),
        ),
        # a label naming nothing on the page, or a hidden input or a button
        ('<label for="gone">Delivery</label>', set()),
        ('<label><input type="hidden" value="1">Delivery</label>', set()),
        ('<label for="b">Go</label><input type="submit" id="b">', set()),
        # no label at all
        ("<p>Ships the same day.</p>", set()),
    ],
)
def test_field_labels(inner, dropped):
    assert _fields(inner) == dropped


def _notices(inner: str) -> set[str]:
    raw = _raw(inner)
    blocks = [Block(b.text) for b in raw]
    words = [len(b.text.split()) for b in raw]
    return {raw[i].text for i in _notice_blocks(raw, blocks, words)}


_XENFORO = (
    '<ul class="notices notices--block"><li class="notice js-notice notice--primary">'
    '<div class="notice-content">Scam Alert. Members are reminded to not send money.</div>'
    "</li></ul>"
)


@pytest.mark.parametrize(
    ("inner", "dropped"),
    [
        # XenForo's announcements, phpBB's edit note, XenForo 1's class
        (_XENFORO, {"Scam Alert. Members are reminded to not send money."}),
        (
            (
                '<div class="postbody"><div class="notice">Last edited by Minoa on Tue Aug 27, 2019,'
                " edited 1 time in total.</div></div>"
            ),
            {"Last edited by Minoa on Tue Aug 27, 2019, edited 1 time in total."},
        ),
        (
            '<div class="baseHtml noticeContent"><p>Advertise anything here.</p></div>',
            {"Advertise anything here."},
        ),
        # a class that only contains the word: Kubernetes' docs' feature state is their text
        ('<div class="feature-state-notice feature-stable">FEATURE STATE: v1.25</div>', set()),
        # an id is no class
        ('<div id="notice"><p>Opening hours change on Monday.</p></div>', set()),
    ],
)
def test_notices(inner, dropped):
    assert _notices(inner) == dropped


def test_a_page_of_notices_keeps_them():
    """Where the page would keep too little else, the notices stay (the overlay rule's guard)."""
    html = f"<html><body><main>{_XENFORO}<p>Hi all.</p></main></body></html>"
    raw = htmlblocks.segment(lxml.html.document_fromstring(html))
    blocks = [Block(b.text) for b in raw]
    words = [len(b.text.split()) for b in raw]
    assert _notice_blocks(raw, blocks, words) == set()
