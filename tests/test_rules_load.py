"""`Rules.load`'s language argument: tags load their rules, a language's name is an error."""

from __future__ import annotations

import pytest

import cleaner
from cleaner.rules import Rules

_STORY = (
    "The council voted on Tuesday to expand the city's bus network, adding six new routes "
    "that will connect the northern suburbs with the hospital and the university campus."
)


@pytest.mark.parametrize("name", ["english", "German", "Deutsch", "de_DE.UTF-8", "common"])
def test_rules_load_language_name_is_a_value_error_naming_the_tags(name):
    """A name where a tag belongs fails loudly (it loaded English rules silently until now)."""
    with pytest.raises(ValueError, match="not a language tag") as info:
        Rules.load(name)
    message = str(info.value)
    assert repr(name) in message
    assert "'en'" in message
    assert ", de, " in message  # the shipped languages are listed


@pytest.mark.parametrize(
    ("tag", "own"),
    [("DE", "de.toml"), (" en_GB ", "en.toml"), ("zh-Hant-TW", "zh.toml"), ("es-419", "es.toml")],
)
def test_rules_load_any_spelling_of_a_tag_loads_its_file(tag, own):
    """Case, "_" for "-", spaces and any region or script subtag still load the language."""
    assert any(source.endswith(own) for source in Rules.load(tag).sources)


def test_rules_load_unshipped_tag_still_gets_english_rules():
    """A tag without a file is no error: the common and English rules, as before."""
    assert Rules.load("xx-unknown-test").sources[-1].endswith("en.toml")


@pytest.mark.parametrize(
    "head",
    [
        '<html lang="english">',
        '<html lang="en_US.UTF-8">',
        '<html lang="Deutsch">',
        '<html lang="x-default">',
        '<html><head><meta http-equiv="content-language" content="german"></head>',
    ],
)
def test_rules_load_page_declared_language_never_raises(head):
    """What a page declares reaches the rules as a tag or not at all: the page is cleaned."""
    page = f"{head}<body><h1>Buses</h1><p>{_STORY}</p></body></html>"
    article = cleaner.clean(page)
    assert article.discarded is None
    assert "six new routes" in article.text


def test_rules_repr_summarises_instead_of_printing_every_phrase():
    """A stage holding rules printed ~100 KB of phrases in its repr."""
    text = repr(Rules.load("de"))
    assert len(text) < 300
    assert text.startswith("Rules(lang='de', drop=")
    assert "de.toml" in text
