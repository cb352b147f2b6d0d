"""The normalize stage: Unicode and whitespace clean-up, wrapped lines joined, content untouched."""

from __future__ import annotations

import importlib
import unicodedata

import pytest

from cleaner.document import Block
from cleaner.pipeline import make_doc
from cleaner.stages.normalize import (
    join_lines,
    normalize,
    normalize_text,
    strip_heading_anchor,
    vocabulary,
)

nz = importlib.import_module("cleaner.stages.normalize")

TEXTS = [
    ("Cafe\u0301 au lait", "Café au lait"),  # NFC composes e + combining acute
    ("a\u00a0b", "a b"),  # NBSP
    ("10\u202f000 km", "10 000 km"),  # narrow NBSP
    ("em\u2003space and\u2009thin", "em space and thin"),
    ("zero\u200bwidth\u200cjoin\u200d\u2060ers", "zerowidthjoiners"),
    # Persian and Hindi spell with the non-joiner and joiner: kept after their letters
    ("بهره\u200cبرداری می\u200cرسد", "بهره\u200cبرداری می\u200cرسد"),
    ("क्\u200dष", "क्\u200dष"),
    ("soft\u00adhyphen", "softhyphen"),
    ("\ufeffBOM first", "BOM first"),
    ("tabs\t\tand   spaces", "tabs and spaces"),
    ("line one\r\nline two", "line one line two"),
    ("old mac\rline end", "old mac line end"),
    ("  padded  ", "padded"),
    ("“Curly” quotes — and – dashes… stay", "“Curly” quotes — and – dashes… stay"),
    ("'straight' \"quotes\" - hyphen", "'straight' \"quotes\" - hyphen"),
    ("«Guillemets» et „Anführungszeichen“", "«Guillemets» et „Anführungszeichen“"),
    ("", ""),
    ("é\u1680ogham\u3000ideographic\u205fmath\u2007figure", "é ogham ideographic math figure"),
    ("é one  two\vthree\fend ", "é one two three end"),
    ("\u2028é line\u2029sep\x85next", "é line sep next"),
    ("é already clean", "é already clean"),
]


def test_normalize_spaces_are_the_unicode_space_separators():
    """The spelled-out space class matches what the regex module's [\\p{Zs}\\t\\f\\v] matches."""
    import regex  # noqa: PLC0415 - the reference, only here

    every = "".join(map(chr, range(0x110000)))
    assert nz._SPACES.findall(every) == regex.findall(r"[\p{Zs}\t\f\v]+", every)
    assert len(regex.findall(r"[\p{Zs}\t\f\v]", every)) == 20


@pytest.mark.parametrize(("text", "expected"), TEXTS)
def test_normalize_text_cleans_invisible_and_layout_characters(text, expected):
    """Spaces, invisible characters and line ends are normalised; quotes and dashes are not."""
    assert normalize_text(text) == expected


@pytest.mark.parametrize(("text", "expected"), TEXTS)
def test_normalize_text_is_idempotent(text, expected):
    """Normalising a normalised text changes nothing."""
    once = normalize_text(text)
    assert normalize_text(once) == once == expected


VOCAB = vocabulary(
    ["An example of a well-known rule, well worth it.", "Known issues. Agreement was reached."],
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("an exam-\nple here", "an example here"),  # the page writes "example" whole
        ("a well-\nknown rule", "a well-known rule"),  # the compound is written elsewhere
        ("the so-\ncalled deal", "the so-called deal"),  # "so" is a stop word
        ("the GDL-\nChef said", "the GDL-Chef said"),  # a capital after the hyphen
        ("COVID-\n19 cases", "COVID-19 cases"),  # a digit after the hyphen
        ("die Verhand-\nlungen", "die Verhandlungen"),  # a typesetter's hyphen
        ("the agree-\nment", "the agreement"),
        ("an exam\nple here", "an example here"),  # bare break, joined word on the page
        ("worth\nit", "worth it"),  # both halves are words: a space
        ("first line\nsecond line", "first line second line"),
        ("ends here.\n\nNext", "ends here. Next"),
        ("Personen- und\nGüterverkehr", "Personen- und Güterverkehr"),  # suspended hyphen
    ],
)
def test_join_lines_rejoins_words_only_on_evidence(text, expected):
    """Wrapped lines join with a space; a broken word is rejoined where it is the real word."""
    assert join_lines(text, VOCAB, frozenset({"so", "the", "an", "a"})) == expected


def test_vocabulary_leaves_out_broken_fragments():
    """Fragments at a line break are no evidence of a word; hyphenated compounds stay whole."""
    vocab = vocabulary(["a Verhand-\nlung and a well-known case"])
    assert "verhand" not in vocab
    assert "lung" not in vocab
    assert "well-known" in vocab


def test_normalize_joins_wrapped_block_with_page_vocabulary():
    """A wrapped block is joined, using words from other blocks of the page as evidence."""
    doc = make_doc("The com-\nmittee met on\nMonday.", "The committee will meet again.")
    out = normalize(doc)
    assert out.blocks[0].text == "The committee met on Monday."
    assert out.blocks[1].text == "The committee will meet again."


def test_normalize_drops_blocks_left_empty():
    """A block of only invisible characters is dropped as empty; others keep their label."""
    doc = make_doc("\u200b\u00ad \u00a0", "Kept text.")
    doc = doc.evolve(blocks=(*doc.blocks, Block(text="x", dropped_by="menu")))
    out = normalize(doc)
    assert [b.dropped_by for b in out.blocks] == ["empty", None, "menu"]


def test_normalize_keeps_unchanged_blocks_identical():
    """A block already clean is passed through as the same object."""
    doc = make_doc("Already clean.")
    assert normalize(doc).blocks[0] is doc.blocks[0]


@pytest.mark.parametrize(
    "text",
    [
        "Plain text.",
        "  two  spaces\tand a tab  ",
        "line one\r\nline two\rthree",
        "form\x0cfeed\x0bvertical",
        "\x1cedge controls\x1f",
        "caf\u00e9\u00a0au lait\u2009now",
        "zero\u200bwidth and soft\u00adhyphen",
        "e\u0301 composed",
        "",
    ],
)
def test_normalize_text_ascii_fast_path_matches_the_general_path(text):
    """ASCII blocks skip NFC and the invisible-character pass and come out as the full path has it."""
    full = nz._SPACES.sub(
        " ", nz.join_lines(nz._INVISIBLE.sub("", unicodedata.normalize("NFC", text)))
    )
    assert normalize_text(text) == full.strip()


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("A basic policy#", "A basic policy"),
        ("Installation ¶", "Installation"),
        ("Usage 🔗", "Usage"),
        ("Why we still write C#", "Why we still write C#"),
        ("F#", "F#"),
        ("#", "#"),
        ("Retries and backoff", "Retries and backoff"),
        ("Voraussetzungen[Bearbeiten]", "Voraussetzungen"),
        ("History [edit]", "History"),
        ("Installation[Bearbeiten | Quelltext bearbeiten]", "Installation"),
        ("Histoire[modifier | modifier le code]", "Histoire"),
        ("歴史[編集]", "歴史"),
        ("Results [PDF]", "Results [PDF]"),
        ("[edit]", "[edit]"),
    ],
)
def test_strip_heading_anchor_removes_permalink_signs(heading, expected):
    """A permalink sign or wiki edit link after a heading goes; C# and "[PDF]" stay."""
    assert strip_heading_anchor(heading) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ó dà sínú Odò Ògùn.[1]", "Ó dà sínú Odò Ògùn."),
        (
            "It flows into the Ogun.[1][2] Farmers fish there.",
            "It flows into the Ogun. Farmers fish there.",
        ),
        (
            "“We will stay,” she said.”[12] Then she left.",
            "“We will stay,” she said.” Then she left.",
        ),
        ("print(items[1])", "print(items[1])"),
        ("See the notes [1] below.", "See the notes [1] below."),
        ("a[0] = 1", "a[0] = 1"),
        ("Version 2.[1234]", "Version 2.[1234]"),
    ],
)
def test_strip_footnote_marks_only_after_punctuation(text, expected):
    """A wiki's "[1]" after a sentence's end goes; an index or a spaced reference stays."""
    assert nz.strip_footnote_marks(text) == expected


def test_normalize_strips_edit_link_and_footnotes_of_a_text_scrape():
    """A text scrape's heading line keeps no "[àtúnṣe]" and its paragraphs no "[1]"; code keeps both."""
    doc = make_doc("Ìtàn[àtúnṣe]", "Odò náà ṣàn sínú Odò Ògùn.[1]")
    long = "A long paragraph that ends in brackets " * 5 + "[edit]"
    doc = doc.evolve(blocks=(*doc.blocks, Block("x = items.[1]", "code"), Block(long)))
    out = [b.text for b in normalize(doc).blocks]
    assert out[:3] == ["Ìtàn", "Odò náà ṣàn sínú Odò Ògùn.", "x = items.[1]"]
    assert out[3].endswith("[edit]")
