"""Tests of `cleaner.page_dates`: an HTML page's publication date."""

from __future__ import annotations

from cleaner import pageindex
from cleaner.page_dates import _headline_element
from cleaner.stages.detect import parse_html


def test_metadata_headline_element_ignores_soft_hyphens() -> None:
    """The title sources have no soft hyphens; the heading's raw text may (wcxb-dev 4554)."""
    tree = parse_html(
        "<html><body><h1>Weekly Planet</h1><h2>Donau\u00addampf\u00adschiff</h2></body></html>"
    )
    found = _headline_element(pageindex.PageIndex(tree), "Donaudampfschiff")
    assert found is not None
    assert found.tag == "h2"
