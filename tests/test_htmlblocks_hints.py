"""Tests of the class/id word hints `cleaner.htmlblocks.segment` reads off attributes."""

from __future__ import annotations

import pytest
import regex

from cleaner import htmlblocks


@pytest.mark.parametrize(
    ("attrs", "boiler", "content"),
    [
        ("site-nav main-menu  ", 2, 1),
        ("Article_Body post2  ", 0, 3),
        ("sidebar widget-related x-ad", 4, 0),
        ("  ", 0, 0),
        ("navigación contenido  ", 0, 0),  # "navigación" is one word, not "navigaci" + "n"
        ("\u212aommentar  Menü", 1, 0),  # the Kelvin sign lower-cases to an ASCII "k"
        ("comment-\u212aontent  ", 1, 0),  # ... and is no "c"
        ("Menu-Navigation Inhalt", 2, 0),
    ],
)
def test_attr_hints_counts_the_words_whole(attrs, boiler, content):
    """Words are the runs of letters, compared whole, in any case and script."""
    assert htmlblocks.attr_hints(attrs) == (boiler, content)


@pytest.mark.parametrize(
    ("attrs", "comments"),
    [
        ("comments-area ", True),
        ("section comentarios ", True),
        ("kommentar-liste ", True),
        ("commentaires ", True),
        (" disqus_thread", True),
        ("commentBody ", False),  # one word: camel case is not split
        ("post-content main", False),
        ("  ", False),
    ],
)
def test_comment_attrs_names_comment_sections_in_any_language(attrs, comments):
    """A class/id string with a comment word of any language names a comment section."""
    assert htmlblocks.comment_attrs(attrs) is comments


@pytest.mark.parametrize(
    "text",
    [
        "Plain ASCII: words, 42 numbers and snake_case_names!",
        "Crème brûlée und Straße, ÆØÅ",
        "हिन्दी में लिखा",  # Devanagari vowel signs: marks `\w` takes in the regex module
        "\u212a is the Kelvin sign",  # lower-cases to ASCII "k"
        "",
        "Don\u2019t \u201cstop\u201d \u2014 it\u2019s 5\u00a0\u20ac \u00d7 2\u2026",  # typeset English
        "Don\u2019t stop the caf\u00e9",  # the quote with a letter that is no ASCII
        "\u2018Mind\u2019 \u00b2 and \u00bd",  # superscripts: `re`'s \\w, not the regex module's
        "\u201c\u0939\u093f\u0928\u094d\u0926\u0940\u201d",  # quotes round marks
    ],
)
def test_htmlblocks_tokens_are_the_regex_modules_word_runs(text):
    """`tokens` answers as the regex module's lower-cased `\\w+` runs, on ASCII and other text."""
    assert htmlblocks.tokens(text) == regex.findall(r"\w+", text.lower())


def test_htmlblocks_non_word_chars_are_no_word_characters():
    """What `tokens` skips as ASCII text's separators is in no `\\w+` run and stays itself."""
    for ch in htmlblocks.NON_WORD_CHARS:
        assert not ch.isascii()
        assert regex.fullmatch(r"\w", ch) is None, ch
        assert ch.lower() == ch, ch
    assert htmlblocks.tokens("a\u2019b") == ["a", "b"]


@pytest.mark.parametrize(
    ("cls", "kind"),
    [
        ("postprofile", 1),  # phpBB's user card
        ("message-userDetails", 1),  # XenForo's, camel case lower-cased
        ("user-info", 1),  # a two-word class counts joined
        ("post_profile left", 1),
        ("signature", 2),
        ("post-signature grid", 2),  # Stack Exchange's card box is a "signature"
        ("user", 0),
        ("profile-rank", 0),  # only inside a card box
        ("info-user", 0),  # joined in the order written
        ("author-info", 0),  # an article's author box is not a forum card
    ],
)
def test_card_attrs_names_forum_signatures_and_user_cards(cls, kind):
    """A class string naming a signature gives 2, a poster's card 1, anything else 0."""
    assert htmlblocks.card_attrs(cls) == kind


def test_attr_hints_counts_a_two_word_card_class_as_boilerplate():
    """'user-info' is a boilerplate word once, as 'userinfo' is; other pairs count nothing."""
    assert htmlblocks.attr_hints("user-info  ") == (1, 0)
    assert htmlblocks.attr_hints("userinfo  ") == (1, 0)
    assert htmlblocks.attr_hints("main-text  ") == (0, 2)


@pytest.mark.parametrize(
    ("attrs", "words"),
    [
        ("averageCustomerReviews", {"average", "customer", "reviews"}),
        ("AuthorCard_card__J9pQz", {"author", "card", "j", "p", "qz"}),
        ("review-item", {"review", "item"}),
    ],
)
def test_attr_words_splits_camel_case_names(attrs, words):
    """CSS-module and React class names join their words by case; they come out split."""
    assert htmlblocks.attr_words(attrs) == words


@pytest.mark.parametrize(
    ("attrs", "boiler"),
    [
        ("InlineRelated_box__G5fLk", True),  # "related", joined by case
        ("share-bar", True),  # a whole word, as `attr_hints` reads it
        ("ArticleBody_p__Zx81q", False),
        ("text xAdQ", False),  # a hashed suffix's two-letter "Ad" is no word
    ],
)
def test_boiler_attrs_reads_camel_case_furniture_names(attrs, boiler):
    """The page rules' furniture test reads camelCase parts of three letters or more."""
    assert htmlblocks.boiler_attrs(attrs) is boiler
