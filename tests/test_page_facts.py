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


@pytest.mark.parametrize(
    "dialog",
    [
        # a newsletter modal over the page (wcxb-dev 0956)
        "<div class=\"modal_dialog\"><h1>Don't miss tomorrow's news</h1></div>",
        # GitHub's search dialog (wcxb-dev 2909)
        "<modal-dialog><h1>Search code, repositories, users</h1></modal-dialog>",
        "<dialog open><h1>We respect your privacy</h1></dialog>",
        '<aside class="s-modal js-feed-link-modal"><h1>Subscribe to RSS</h1></aside>',
        '<div role="dialog"><h1>Sign up</h1></div>',
        '<div aria-modal="true"><div><h1>Sign up</h1></div></div>',
    ],
)
def test_gather_skips_an_h1_in_a_dialog_or_modal(dialog: str) -> None:
    """A dialog's or a modal's <h1> heads a form the page opens over itself, never the page."""
    doc = metadata(_html("<title>x</title>", f"{dialog}<h1>Cloud</h1><p>Text.</p>"))
    assert gather(pageindex.PageIndex(doc.tree), JsonLd()).h1s == ["Cloud"]


def test_gather_keeps_an_h1_under_a_body_with_a_modal_open() -> None:
    """Bootstrap's "modal-open" on the <body> while a modal shows is no modal of its own."""
    html = '<html><head></head><body class="modal-open"><div class="x"><h1>Cloud</h1></div></body></html>'
    doc = Document(raw=html, decoded=html, kind="html", tree=parse_html(html))
    assert gather(pageindex.PageIndex(doc.tree), JsonLd()).h1s == ["Cloud"]


@pytest.mark.parametrize(
    ("h1", "expected"),
    [
        # a CSS-in-JS library's <style> inside the heading (wcxb-dev 0629)
        (
            (
                "<style>.css-1a8e{cursor:pointer}</style><a>Augustinus Bader</a> <br>"
                "<style>.css-wk{white-space:pre-wrap}</style><span>The Cream</span>"
            ),
            "Augustinus Bader The Cream",
        ),
        ("<script>window.x = 1;</script>Release notes", "Release notes"),
        # a control's label beside the heading's words (rustdoc, wcxb-dev 4397)
        (
            "Crate <span>tokio</span>&nbsp;<button title='Copy'>Copy item path</button>",
            "Crate tokio",
        ),
        # an accordion's heading is its button's label
        ("<button aria-expanded='false'>How do refunds work?</button>", "How do refunds work?"),
        # an icon font's glyph in the anchor link (wcxb-dev 0687)
        ("Ansible playbooks<a class='headerlink' href='#a'>\uf0c1</a>", "Ansible playbooks"),
        # text only a screen reader reads: Shopify's collection label (wcxb-dev 2897) and
        # XenForo's hidden thread label (0523)
        ("<span class='visually-hidden'>Collection:</span> Sennheiser", "Sennheiser"),
        (
            "<span class='label label--hidden'>Player</span><span>&nbsp;</span>Squad 2024 - 2025",
            "Squad 2024 - 2025",
        ),
        # ... unless the heading is nothing else (a logo's <h1>)
        ("<span class='sr-only'>Houstonia Magazine</span>", "Houstonia Magazine"),
        # Tailwind's "hidden md:inline" shows on wide screens
        ("Pricing <span class='hidden md:inline'>plans</span>", "Pricing plans"),
    ],
)
def test_heading_text_skips_code_controls_and_icon_glyphs(h1: str, expected: str) -> None:
    """A heading's <style>, <script>, button label and icon glyphs are no words of it."""
    doc = metadata(_html("<title>x</title>", f"<h1>{h1}</h1><p>Text.</p>"))
    assert gather(pageindex.PageIndex(doc.tree), JsonLd()).h1s == [expected]
