"""The `[words.*]` word lists of the rules files: schema, merging, and every example a test."""

from __future__ import annotations

import logging
import tomllib
from importlib import resources
from pathlib import Path

import pytest

from cleaner import byline_words
from cleaner.authors import bio_name, parse_byline
from cleaner.rules import Rules, is_whole_line

RULES_DIR = resources.files("cleaner") / "rules"
SHIPPED = sorted(p.name for p in RULES_DIR.iterdir() if p.name.endswith(".toml"))
LANGS = [n.removesuffix(".toml") for n in SHIPPED if not n.startswith("common")]
MERGED_INTO = {"common.toml": LANGS, "common-en.toml": [lang for lang in LANGS if lang != "en"]}


def _cases(key: str) -> list[tuple[str, str, str]]:
    """(language, kind, text) for every `key` entry of every shipped `[words.*]` table."""
    out = []
    for name in SHIPPED:
        langs = MERGED_INTO.get(name, [name.removesuffix(".toml")])
        doc = tomllib.loads((RULES_DIR / name).read_text(encoding="utf-8"))
        for kind, body in doc.get("words", {}).items():
            for text in body.get(key, []):
                out.extend((lang, kind, text) for lang in langs)
    return out


def test_rules_words_ships_examples_for_every_kind():
    """Every words kind has at least one shipped example (the cases below are not vacuous)."""
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
        "month_name",
        "title_credit",
        "title_shop",
        "title_byline",
        "review_pros",
        "review_cons",
        "reviews_head",
        "policy_tab",
        "shop_button",
        "not_found_title",
        "skip_link",
        "not_name",
        "role",
        "name_particle",
        "author_intro",
        "agency",
        "not_author_intro",
        "other_credit",
        "wiki_edit",
        "placeholder",
        "not_by_credit",
        "credit_small_word",
        "not_title",
        "credential",
        "name_and",
        "credit_label",
        "rights_notice",
        "caption_class",
        "credit_class",
        "byline_class",
        "section_label",
        "post_by",
        "post_wrote",
        "card_label",
        "elsewhere_class",
        "other_label",
        "text_credit",
        "sign_off",
        "writer_label",
        "author_box",
        "author_label",
        "publish_alone",
        "published_in",
        "follow_button",
        "post_pager",
        "asked_label",
        "team_word",
    }


@pytest.mark.parametrize(("lang", "kind", "text"), _cases("examples"))
def test_rules_words_example_is_recognised(lang, kind, text):
    """Each example is read by its kind, in the shape the byline stage reads it."""
    assert byline_words.example_holds(kind, lang, text)


@pytest.mark.parametrize(("lang", "kind", "text"), _cases("counter_examples"))
def test_rules_words_counter_example_is_not(lang, kind, text):
    """Each counter-example (a real sentence the words occur in) is left alone."""
    assert not byline_words.example_holds(kind, lang, text)


def test_rules_words_words_merge_common_english_after_the_language():
    """A German page reads German and English bio copulas; an English page English only."""
    german = Rules.load("de").lexicon("bio_copula").words
    assert german[:2] == ("ist", "war")
    assert "is" in german
    assert "ist" not in Rules.load("en").lexicon("bio_copula").words
    assert Rules.load("ja").lexicon("intro").words == ()


def test_rules_words_language_words_are_read_only_on_their_pages():
    """A German bio is read on a German page, not on an English one; English on both."""
    bio = "Anna Müller ist freie Journalistin in Hamburg und schreibt über Reisen."
    assert bio_name(bio, "de") == "Anna Müller"
    assert bio_name(bio, "en") is None
    assert bio_name("Julia Gralberg is a travel writer.", "de") == "Julia Gralberg"


def test_rules_words_local_intro_follows_the_page_language_with_its_region():
    """Maltese "Minn" is a byline on a Maltese page (region suffix too), nowhere else."""
    line = "Minn Karl Azzopardi"
    assert parse_byline(line, "mt") is not None
    assert parse_byline(line, "mt-MT") is not None
    assert parse_byline(line, "en") is None


def test_rules_words_patterns_are_cached_per_language():
    """A language's byline patterns are compiled once and shared by its pages."""
    assert byline_words.date_label_end("fr") is byline_words.date_label_end("fr")
    assert byline_words.copula("it") is byline_words.copula("it")


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('[words.bio_copula]\nword = ["is"]\nexamples = ["A B is x"]\n', "unknown key"),
        ('[words.bio_copula]\nparticles = ["on"]\nexamples = ["x"]\n', "unknown key"),
        ('[words.copulas]\nwords = ["is"]\nexamples = ["x"]\n', "unknown words kind"),
        ('[words.bio_copula]\nwords = ["is"]\n', "needs `examples`"),
        ('[words.bio_copula]\nwords = "is"\nexamples = ["x"]\n', "list of strings"),
        ('[words.bio_copula]\nwords = [" "]\nexamples = ["x"]\n', "empty string"),
        ('[byline.copulas]\nwords = ["is"]\nexamples = ["x"]\n', r"unknown words kind"),
        (
            '[byline.intro]\nwords = ["x"]\nexamples = ["x"]\n[words.intro]\nwords = ["y"]\n',
            r"in both \[byline\.\*\] and \[words\.\*\]",
        ),
    ],
)
def test_rules_words_bad_table_raises_value_error(tmp_path: Path, body, message):
    """A misspelt key or kind, or a kind without examples, fails loudly naming the file."""
    path = tmp_path / "bad.toml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ValueError, match=message) as info:
        Rules.load("en", path)
    assert "bad.toml" in str(info.value)


def test_rules_words_lexicon_names_unknown_kinds():
    """Asking for a kind that does not exist is a KeyError, a missing one an empty list."""
    with pytest.raises(KeyError):
        Rules.load("en").lexicon("copulas")
    assert Rules.load("en").lexicon("thread_starter").words == ()


def test_rules_words_old_byline_table_is_read_as_words_with_a_warning(tmp_path: Path, caplog):
    """A user's file of session 15 (`[byline.<kind>]`) still loads, and is told the new name."""
    path = tmp_path / "old.toml"
    path.write_text(
        '[byline.bio_copula]\nwords = ["isch"]\nexamples = ["Anna Meier isch Journalistin."]\n',
        encoding="utf-8",
    )
    with caplog.at_level(logging.WARNING, logger="cleaner.rules"):
        rules = Rules.load("de", path)
    assert "isch" in rules.lexicon("bio_copula").words
    assert rules.lexicon("bio_copula").sources[-1] == f"{path} [words.bio_copula]"
    assert any(
        "[words.<kind>]" in r.getMessage() and "old.toml" in r.getMessage() for r in caplog.records
    )


def test_rules_words_heading_is_the_words_alone_on_the_line():
    """A heading kind's line is one of its words alone, any case, a colon maybe; no more."""
    rules = Rules.load("de")
    assert rules.heading("review_pros", "VORTEILE:")
    assert rules.heading("review_pros", "  Pros ")  # common.toml's words on a German page
    assert rules.heading("review_cons", "What  we don't like：")
    assert not rules.heading("review_pros", "Vorteile und Nachteile")
    assert not rules.heading("review_cons", "Vorteile")
    assert not Rules.load("en").heading("review_pros", "Vorteile")
    with pytest.raises(KeyError):
        rules.heading("bio_copula", "ist")


def test_rules_words_review_headings_are_still_lifted(tmp_path: Path):
    """`lifted("review_pros", ...)`, the `[lift.*]` call of session 15, reads the words too."""
    rules = Rules.load("fr")
    assert rules.lifted("review_pros", "Points forts :")
    assert not rules.lifted("review_pros", "Points forts de la ville")
    extra = tmp_path / "lift.toml"
    extra.write_text(
        "[lift.review_pros]\npatterns = ['^bons points$']\nexamples = ['Bons points']\n",
        encoding="utf-8",
    )
    assert Rules.load("fr", extra).lifted("review_pros", "Bons points")


def test_rules_words_name_words_are_one_list_for_every_language():
    """`authors`' name words are common.toml's, the same set whatever the page's language."""
    not_name = byline_words.shared_words("not_name")
    assert {"the", "montag", "ayuntamiento", "વિભાગ"} <= not_name
    assert (
        byline_words.lexicon("not_name", "ja").words == byline_words.lexicon("not_name", "de").words
    )
    assert "von" in byline_words.shared_words("name_particle")
    assert "publicysta" in byline_words.shared_words("role")


def test_rules_words_author_intros_keep_their_order_and_strict_list():
    """The intros are read in file order (longer first wins) with their `strict` words."""
    lexicon = byline_words.lexicon("author_intro", "de")
    assert lexicon.words.index("written by") < lexicon.words.index("by")
    assert {"by", "von", "na"} <= set(lexicon.strict) <= {w.rstrip(":") for w in lexicon.words}


def test_rules_words_not_author_intros_follow_the_page_language_with_its_region():
    """Portuguese "Na" is no intro on a Portuguese page, region or not, nor in Bosnian (hr.toml)."""
    assert "na" in byline_words.not_author_intros("pt")
    assert "na" in byline_words.not_author_intros("pt-br")
    assert "na" in byline_words.not_author_intros("bs")
    assert "na" not in byline_words.not_author_intros("sw")
    assert parse_byline("Na Câmara Municipal", "pt-br") is None
    assert parse_byline("Na Amina Juma", "sw") is not None


@pytest.mark.parametrize(
    ("kind", "text", "expected"),
    [
        ("policy_tab", "Shipping & Returns", True),
        ("policy_tab", "  SHIPPING   &  RETURNS: ", True),
        ("shop_button", "Add to Cart", True),
        ("shop_button", "ADD TO CART：", True),
        # a line that only holds the words is no whole-line match
        ("shop_button", "Add to Cart to save 10%", False),
        ("policy_tab", "Our shipping & returns promise explained", False),
    ],
)
def test_is_whole_line_matches_the_whole_line_in_any_case_with_a_colon(
    kind: str, text: str, expected: bool
) -> None:
    """`rules.is_whole_line`: one of the shipped words alone, spaces, case and colon aside."""
    assert is_whole_line(kind, text) is expected
