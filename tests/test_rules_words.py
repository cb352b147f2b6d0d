"""The `[byline.*]` word lists of the rules files: schema, merging, and every example a test."""

from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path

import pytest

from cleaner import byline_words
from cleaner.authors import bio_name, parse_byline
from cleaner.rules import Rules

RULES_DIR = resources.files("cleaner") / "rules"
SHIPPED = sorted(p.name for p in RULES_DIR.iterdir() if p.name.endswith(".toml"))
LANGS = [n.removesuffix(".toml") for n in SHIPPED if not n.startswith("common")]
MERGED_INTO = {"common.toml": LANGS, "common-en.toml": [lang for lang in LANGS if lang != "en"]}


def _cases(key: str) -> list[tuple[str, str, str]]:
    """(language, kind, text) for every `key` entry of every shipped `[byline.*]` table."""
    out = []
    for name in SHIPPED:
        langs = MERGED_INTO.get(name, [name.removesuffix(".toml")])
        doc = tomllib.loads((RULES_DIR / name).read_text(encoding="utf-8"))
        for kind, body in doc.get("byline", {}).items():
            for text in body.get(key, []):
                out.extend((lang, kind, text) for lang in langs)
    return out


def test_rules_byline_ships_examples_for_every_kind():
    """Every byline kind has at least one shipped example (the cases below are not vacuous)."""
    kinds = {kind for _, kind, _ in _cases("examples")}
    assert kinds == {
        "bio_copula",
        "bio_label",
        "bio_writer",
        "date_label",
        "thread_starter",
        "floor_label",
        "posted_label",
        "intro",
        "update_label",
        "publish_label",
        "signed_label",
        "title_credit",
        "title_shop",
    }


@pytest.mark.parametrize(("lang", "kind", "text"), _cases("examples"))
def test_rules_byline_example_is_recognised(lang, kind, text):
    """Each example is read by its kind, in the shape the byline stage reads it."""
    assert byline_words.example_holds(kind, lang, text)


@pytest.mark.parametrize(("lang", "kind", "text"), _cases("counter_examples"))
def test_rules_byline_counter_example_is_not(lang, kind, text):
    """Each counter-example (a real sentence the words occur in) is left alone."""
    assert not byline_words.example_holds(kind, lang, text)


def test_rules_byline_words_merge_common_english_after_the_language():
    """A German page reads German and English bio copulas; an English page English only."""
    german = Rules.load("de").lexicon("bio_copula").words
    assert german[:2] == ("ist", "war")
    assert "is" in german
    assert "ist" not in Rules.load("en").lexicon("bio_copula").words
    assert Rules.load("ja").lexicon("intro").words == ()


def test_rules_byline_language_words_are_read_only_on_their_pages():
    """A German bio is read on a German page, not on an English one; English on both."""
    bio = "Anna Müller ist freie Journalistin in Hamburg und schreibt über Reisen."
    assert bio_name(bio, "de") == "Anna Müller"
    assert bio_name(bio, "en") is None
    assert bio_name("Julia Gralberg is a travel writer.", "de") == "Julia Gralberg"


def test_rules_byline_local_intro_follows_the_page_language_with_its_region():
    """Maltese "Minn" is a byline on a Maltese page (region suffix too), nowhere else."""
    line = "Minn Karl Azzopardi"
    assert parse_byline(line, "mt") is not None
    assert parse_byline(line, "mt-MT") is not None
    assert parse_byline(line, "en") is None


def test_rules_byline_patterns_are_cached_per_language():
    """A language's byline patterns are compiled once and shared by its pages."""
    assert byline_words.date_label_end("fr") is byline_words.date_label_end("fr")
    assert byline_words.copula("it") is byline_words.copula("it")


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('[byline.bio_copula]\nword = ["is"]\nexamples = ["A B is x"]\n', "unknown key"),
        ('[byline.bio_copula]\nparticles = ["on"]\nexamples = ["x"]\n', "unknown key"),
        ('[byline.copulas]\nwords = ["is"]\nexamples = ["x"]\n', "unknown byline kind"),
        ('[byline.bio_copula]\nwords = ["is"]\n', "needs `examples`"),
        ('[byline.bio_copula]\nwords = "is"\nexamples = ["x"]\n', "list of strings"),
        ('[byline.bio_copula]\nwords = [" "]\nexamples = ["x"]\n', "empty string"),
    ],
)
def test_rules_byline_bad_table_raises_value_error(tmp_path: Path, body, message):
    """A misspelt key or kind, or a kind without examples, fails loudly naming the file."""
    path = tmp_path / "bad.toml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ValueError, match=message) as info:
        Rules.load("en", path)
    assert "bad.toml" in str(info.value)


def test_rules_byline_lexicon_names_unknown_kinds():
    """Asking for a kind that does not exist is a KeyError, a missing one an empty list."""
    with pytest.raises(KeyError):
        Rules.load("en").lexicon("copulas")
    assert Rules.load("en").lexicon("thread_starter").words == ()
