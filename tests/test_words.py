"""Counting words in spaced and unspaced scripts."""

from __future__ import annotations

import pytest
import regex

from cleaner.words import count_words, has_unspaced, word_tokens


@pytest.mark.parametrize(
    "text",
    [
        "The quick brown fox jumps over the lazy dog.",
        "Die Straße über den Fluß wurde gesperrt, sagte der „Bürgermeister“ – heute.",
        "Новости дня | Главная",
        "한국어 문장은 띄어쓰기를 합니다",
        "مرحبا بكم في موقعنا الإخباري",
        "  \t\n ",
        "",
    ],
)
def test_count_words_spaced_text_counts_like_split(text: str) -> None:
    """Text in spaced scripts counts exactly as `len(text.split())` (models stay unchanged)."""
    assert count_words(text) == len(text.split())


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        # 50 Han characters and 4 commas/full stops: a 30-35 word sentence in English.
        (
            (
                "国家统计局今天发布的数据显示，十月份全国规模以上工业增加值同比增长百分之五点三，"
                "比上月加快零点二个百分点。"
            ),
            28,
            38,
        ),
        # "I read that book." (8 morphemes, 4 English words).
        ("私はその本を読みました。", 4, 8),
        # "Thai is the language used in Thailand" (7 words).
        ("ภาษาไทยเป็นภาษาที่ใช้กันในประเทศไทย", 5, 9),
        ("相关新闻", 1, 1),
        ("记者 王小明", 2, 4),
        ("2026年11月20日 08:30 来源：新华社", 6, 11),
    ],
)
def test_count_words_unspaced_scripts_count_by_characters(text: str, low: int, high: int) -> None:
    """A run of Han, Kana or Thai counts about as many words as its translation has."""
    assert low <= count_words(text) <= high
    assert count_words(text) > len(text.split()) or len(text.split()) >= low


def test_count_words_mixed_latin_and_han() -> None:
    """Latin words beside Han characters count one each; full-width punctuation counts none."""
    assert count_words("iPhone 17 发布：售价") == 2 + 2
    assert count_words("iPhone 17 发布会在北京举行") == 2 + 5


def test_count_words_short_runs_are_one_word_each() -> None:
    """A language menu of an English page counts as split() did: each short run is one word."""
    menu = "English 简体中文 繁體中文 日本語 한국어 ไทย Русский"
    assert count_words(menu) == len(menu.split())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("plain ascii", False),
        ("Größe", False),
        ("Москва", False),
        ("東京", True),
        ("カナ", True),
        ("ไทย", True),
        ("서울", False),
    ],
)
def test_has_unspaced_tells_scripts(text: str, expected: bool) -> None:
    """Han, Kana and Thai are unspaced scripts; Latin, Cyrillic and Hangul are not."""
    assert has_unspaced(text) is expected


@pytest.mark.parametrize(
    "text",
    ["Hello, world: 3 tests_ok!", "Größe über – naïve", "नमस्ते दुनिया", "Привет, мир"],
)
def test_word_tokens_spaced_text_matches_word_regex(text: str) -> None:
    """Without unspaced scripts the tokens are exactly the `regex` module's `\\w+` matches."""
    assert word_tokens(text) == regex.findall(r"\w+", text)


def test_word_tokens_cuts_han_runs_into_word_sized_pieces() -> None:
    """A Han run becomes as many tokens as it counts words, and the pieces rebuild it."""
    text = "国家统计局今天发布的数据显示"
    tokens = word_tokens(text)
    assert "".join(tokens) == text
    assert len(tokens) == count_words(text)
    assert word_tokens("Apple发布iPhone") == ["Apple", "发布", "iPhone"]
