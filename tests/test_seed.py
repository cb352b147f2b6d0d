"""The founding page must come out exactly as its hand-made gold."""

from __future__ import annotations

import json

import cleaner
from tests.conftest import FIXTURES

SEED = FIXTURES / "pages" / "magazine-creations-karabakh"


def test_seed_page_matches_its_gold_exactly():
    """Title, site name, captions with credit and all 27 paragraphs equal the gold."""
    gold = json.loads(SEED.with_suffix(".gold.json").read_text(encoding="utf-8"))
    article = cleaner.clean(SEED.with_suffix(".txt").read_bytes())
    assert article.discarded is None
    assert article.kind == gold["kind"]
    assert article.title == gold["title"]
    assert article.site_name == gold["site_name"]
    assert list(article.authors) == gold["authors"]
    assert article.date == gold["date"]
    assert [c.to_dict() for c in article.captions] == gold["captions"]
    assert list(article.body) == gold["body"]
    for snippet in gold["must_not_contain"]:
        assert snippet not in article.text
