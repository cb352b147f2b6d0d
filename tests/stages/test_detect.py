"""Stage detect: HTML or text, one parse, the declared language."""

from __future__ import annotations

import pytest

import cleaner
from cleaner import Discard, Document
from cleaner.stages.detect import Detect, detect, looks_like_html


@pytest.mark.parametrize(
    ("text", "is_html"),
    [
        ("<!DOCTYPE html><html><body><p>x</p></body></html>", True),
        ("  <html><p>x</p></html>", True),
        ("<div><p>One</p><p>Two</p><span>3</span><a href=x>4</a><br></div>", True),
        ("Title – Site\n\nA paragraph about <b> tags in a sentence.\n", False),
        ("Plain text scrape\n\nWith two paragraphs.", False),
        ("x < y and y > z in maths, so x < z.", False),
        (
            (
                "Flexbox - Learn | Docs\nSkip to content\nA flex container:\n"
                '<div class="box">\n<div>One</div>\n<div>Two</div>\n</div>\n'
                "The items line up in a row.\nEach item grows.\nNext: grid\nPrevious: floats\n"
                "Footer links\nPrivacy\nTerms\n"
            ),
            False,
        ),
        ("<div>\n<p>One</p>\n<p>Two</p>\n<span>3</span>\nplain\n</div>", True),
        # a fragment, as a JSONL row or a CMS field holds it: opens and closes on a tag
        ("<p>" + "A sentence of the story. " * 10 + "</p>", True),
        ("  <div>Short text</div>\n", True),
        ("<b>Bold</b> opens this scrape\nand prose closes it.", False),
        ("A scrape that ends on a quoted tag </p>", False),
        # a bare frameset, without <html> around it, is a page of frames (usertest, session 17)
        ('<frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset>', True),
    ],
)
def test_looks_like_html_tells_markup_from_text(text, is_html):
    """HTML opens like HTML, or is a fragment, or has structure tags on many lines; a scrape quoting
    code is text."""
    assert looks_like_html(text) is is_html


@pytest.mark.parametrize(
    ("html", "lang"),
    [
        ('<html lang="de-DE"><body><p>x</p></body></html>', "de"),
        (
            '<html><head><meta http-equiv="content-language" content="fr"></head><body>x</body></html>',
            "fr",
        ),
        (
            '<html><head><meta property="og:locale" content="es_ES"></head><body>x</body></html>',
            "es",
        ),
        ("<html><body><p>x</p></body></html>", None),
    ],
)
def test_detect_reads_declared_language(html, lang):
    """<html lang>, content-language and og:locale give the page's language."""
    doc = detect(Document(raw=html, decoded=html))
    assert doc.kind == "html"
    assert doc.tree is not None
    assert doc.lang == lang


def test_detect_keeps_the_callers_language():
    """A language given by the caller wins over the page's declaration."""
    html = '<html lang="de"><body><p>x</p></body></html>'
    assert detect(Document(raw=html, decoded=html, lang="it")).lang == "it"


def test_detect_marks_text_and_parses_nothing():
    """A text scrape gets kind text and no tree."""
    doc = detect(Document(raw="a\n\nb", decoded="a\n\nb"))
    assert doc.kind == "text"
    assert doc.tree is None


def test_detect_does_not_expand_xml_entities():
    """An XML document with an entity bomb neither expands nor fetches entities."""
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
        '<!ENTITY ext SYSTEM "file:///etc/passwd">]>'
        "<html><body><p>&lol2; &ext;</p></body></html>"
    )
    doc = detect(Document(raw=bomb, decoded=bomb))
    text = doc.tree.text_content() if doc.tree is not None else ""
    assert "lollollol" not in text
    assert "root:" not in text


def test_detect_discards_html_with_too_many_elements():
    """A page past max_elements is discarded as too_complex without extraction."""
    html = "<html><body>" + "<p>x</p>" * 50 + "</body></html>"
    with pytest.raises(Discard, match=r"too_complex.*max_elements"):
        Detect(max_elements=20)(Document(raw=html, decoded=html))


def test_detect_discards_text_with_too_many_lines():
    """A text scrape past max_lines is discarded as too_complex."""
    text = "line\n" * 30
    with pytest.raises(Discard, match=r"too_complex.*max_lines"):
        Detect(max_lines=10)(Document(raw=text, decoded=text))


def test_detect_counts_elements_exactly_at_the_limit():
    """max_elements counts every element of the parsed page: 202 pass a limit of 202, not 201."""
    html = "<html><body>" + "<div><p>a<b>b</b></p><!-- c --><br></div>" * 50 + "</body></html>"
    doc = Detect(max_elements=202)(Document(raw=html.encode(), decoded=html))
    assert doc.kind == "html"
    with pytest.raises(Discard, match=r"too_complex: 202 elements > 201"):
        Detect(max_elements=201)(Document(raw=html.encode(), decoded=html))


@pytest.mark.parametrize(
    "html",
    [
        "just text, no tag at all",
        "text<b>bold</b> text<i>x</i> more",
        "<p>a<p>b<p>c<p>d",
        "<table><td>x<td>y<td>z</table>",
        "<li>a<li>b<dd>c<dt>d<option>e",
        "<b><i>x</b>y</i>z<u>w</b>v",
        "a<br>b<br>c<br>d<br>e<hr>f<img>g",
        "<td>cell</td>text<tr>row</tr>more<th>h",
        "<html><head><title>t</title></head>" + "<span>a</span>b" * 40,
    ],
)
def test_detect_skips_the_count_only_where_four_elements_a_tag_fit(html):
    """The parser makes at most 4 elements per "<" (plus 16), the bound that skips the count."""
    from cleaner.stages.detect import parse_html  # noqa: PLC0415

    assert sum(1 for _ in parse_html(html).iter()) <= 4 * (html.count("<") + 1) + 16


def test_detect_parses_every_element_as_a_plain_html_element():
    """Form tags, too, come out as HtmlElement (a class chosen in C), with text_content()."""
    import lxml.html  # noqa: PLC0415

    html = "<html><body><form><label>L</label><input value=1><p>x <b>y</b></p></form></body></html>"
    doc = detect(Document(raw=html, decoded=html))
    assert doc.tree is not None
    assert {type(el) for el in doc.tree.iter()} == {lxml.html.HtmlElement}
    assert doc.tree.find(".//p").text_content() == "x y"


@pytest.mark.parametrize(
    "options",
    [{"max_elements": 0}, {"max_elements": -5}, {"max_lines": 0}, {"max_lines": 1.5}],
)
def test_detect_refuses_limits_that_would_discard_every_page(options):
    """A limit under 1 made every page 'too_complex': it is refused when the stage is built."""
    with pytest.raises(ValueError, match="positive whole number"):
        Detect(**options)


def test_a_bare_frameset_fragment_is_discarded_as_a_frameset():
    """It was read as a text scrape and discarded as "not_article: 0 words"."""
    page = '<frameset cols="50%,50%"><frame src="left.html"><frame src="right.html"></frameset>'
    discarded = cleaner.clean(page).discarded
    assert discarded is not None
    assert discarded.startswith("frameset:")
    assert "left.html" in discarded


def test_a_scrape_joined_with_spaces_is_read_a_sentence_a_line() -> None:
    """`" ".join(text.split())` of a scrape is one line: it was discarded, its text the title."""
    from pathlib import Path  # noqa: PLC0415 - this test's own fixture

    raw = (Path(__file__).parents[2] / "fixtures/pages/magazine-creations-karabakh.txt").read_text()
    lines = cleaner.clean(raw)
    one_line = cleaner.clean(" ".join(raw.split()))
    assert not one_line.discarded
    assert one_line.title == lines.title
    assert lines.body[1] in one_line.text


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("Short note. Two sentences.", 1),  # short: left as it is
        ("A line.\n" + "Word " * 300, 2),  # has line breaks: left as it is
        ("The council met. " * 80, 80),  # long, no break: a sentence a line
        ("会議が開かれた。" * 200, 200),  # no spaces after a CJK full stop
    ],
)
def test_only_a_long_scrape_with_no_line_break_is_broken(text: str, lines: int) -> None:
    doc = Detect()(Document(raw=text, decoded=text))
    assert doc.kind == "text"
    assert len(doc.decoded.strip().splitlines()) == lines


_BEFORE = "<h1>Bridge reopens</h1>\n" + "<p>The old bridge over the river reopened today.</p>\n" * 3
_AFTER = "<p>After the script, the mayor spoke to the crowd at length.</p>\n" * 3


@pytest.mark.parametrize(
    "big",
    [
        "<script>" + "var x = 1;\n" * 1_000_000 + "</script>",  # an inline bundle, 11 MB
        "<img src='data:image/png;base64," + "QUJD" * 2_800_000 + "'>",  # a saved picture, 11 MB
    ],
    ids=["script", "data-uri"],
)
def test_a_text_or_attribute_over_ten_megabytes_keeps_the_page(big: str) -> None:
    """libxml2 stops at a text node or attribute over 10 MB, and everything after it is lost.

    Such a page (under Decode's 20 MB) lost the story under the big node, and came back
    "not_article: 0 words" when all of it stood there; it is read again without the limit
    (`detect._SIZE_CUT`).
    """
    page = f"<html><body>\n{_BEFORE}{big}\n{_AFTER}</body></html>"
    article = cleaner.clean(page)
    assert article.discarded is None
    assert article.body[0] == "The old bridge over the river reopened today."
    assert article.body[-1] == "After the script, the mayor spoke to the crowd at length."


@pytest.mark.parametrize(
    ("html", "said"),
    [
        ("<html><body>" + "<div>" * 300 + "<p>Deep words.</p>", "nests deeper than 256"),
        ("<html><body><p>" + "a" * 10_000_001 + "</p></body></html>", "over 10 MB"),
    ],
    ids=["deep", "huge-text"],
)
def test_a_second_reading_says_why_it_was_needed(
    html: str, said: str, caplog: pytest.LogCaptureFixture
) -> None:
    """libxml2 2.14 names XML_PARSE_HUGE in its depth message too ("Excessive depth in document:
    256, use XML_PARSE_HUGE option"): a deep page was logged as having a text over 10 MB
    (session 24's review). The depth is asked first."""
    from cleaner.stages.detect import parse_html  # noqa: PLC0415

    with caplog.at_level("INFO", logger="cleaner.stages.detect"):
        parse_html(html)
    assert said in caplog.text


def test_detect_reads_markup_after_the_closing_html_tag_into_the_body():
    """What follows `</body></html>` is at the end of `<body>`, as a browser shows it.

    libxml2 reads it as a second `<html>` root that no stage walks: wcxb-dev 0310's article
    came out as its header menu alone (F1 0.08 -> 0.97 once read).
    """
    story = "The council met on Tuesday to discuss the new housing plan for the river. " * 8
    html = (
        "<html><head><title>Plan</title></head><body><nav><a href='/'>Home</a></nav></body>"
        f"</html>\n<div class='post'><h1>Housing plan</h1><p>{story}</p></div>"
        "<html><body><p>A second document's paragraph.</p></body></html>"
    )
    doc = detect(Document(raw=html, decoded=html))
    assert doc.tree is not None
    assert all(len(el) == 0 for el in doc.tree.itersiblings())  # emptied, not walked
    body = doc.tree.find("body")
    assert [el.tag for el in body] == ["nav", "div", "p"]
    assert story.strip() in cleaner.clean(html).text
