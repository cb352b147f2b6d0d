"""The page index: elements by tag and the byline and caption candidates, from one walk each."""

from __future__ import annotations

import lxml.etree
import pytest

from cleaner import Document
from cleaner.htmlblocks import segment
from cleaner.pageindex import PageIndex, of
from cleaner.stages.detect import detect, parse_html

_PAGE = """<html lang="en"><head><title>Headline | Site</title>
<meta property="og:type" content="article"><meta name="author" content="Jane Doe">
<script type="application/ld+json">{"@type": "NewsArticle"}</script></head>
<body><article><h1>Headline</h1><time datetime="2024-03-01">1 March</time>
<p class="byline">By <a rel="author" href="/x">Jane Doe</a></p>
<div id="post-author"><span itemprop="author">Jane</span></div>
<span itemprop="creator">Ann</span><span itemprop="authorship">no</span>
<a href="/authors/jane">Jane</a><a href="/people/ann/">Ann</a><a href="/news/1">story</a>
<div href="/aut/x">not a link</div><div class="Writer-box">W: case</div>
<h2>Sub</h2><p class="firma">F</p><p class="plain">story text</p>
<figure><img src="a.jpg"><figcaption>A caption</figcaption></figure>
<div class="image-caption">C</div><p class="Legend">no: case</p><span class="legend">L</span>
<div class="wp-didascalia">D</div><div class="bildunterschrift">B</div>
<p class="légende">Lé</p><p class="pie-de-foto">P</p></article>
<h1>Second</h1><meta name="x" content="late"></body></html>"""

# The XPath the byline stage used before the index; the walk must pick the same elements.
_BYLINE_XPATH = lxml.etree.XPath(
    "//@class[contains(., 'uthor') or contains(., 'yline') or contains(., 'autor') "
    "or contains(., 'auteur') or contains(., 'writer') or contains(., 'firma')]/.. "
    "| //@id[contains(., 'uthor') or contains(., 'yline')]/.. "
    "| //@itemprop[. = 'author' or . = 'creator']/.. | //@rel[contains(., 'author')]/.. "
    "| //a/@href[contains(., '/aut') or contains(., '/people/') or contains(., '/staff/') "
    "or contains(., '/contributor')]/..",
)


@pytest.fixture
def index() -> PageIndex:
    """An index of the sample page."""
    return PageIndex(parse_html(_PAGE))


@pytest.mark.parametrize(
    "tags",
    [("meta",), ("title",), ("h1", "time"), ("h1", "h2"), ("script",), ("article",)],
)
def test_pageindex_elements_as_iter(index: PageIndex, tags: tuple[str, ...]) -> None:
    """`elements` gives what `tree.iter(*tags)` gives, in the same order."""
    assert index.elements(*tags) == list(index.tree.iter(*tags))
    assert index.elements(*tags)


def test_pageindex_elements_answers_stay_whole(index: PageIndex) -> None:
    """A caller changing the list it got does not change the next answer (they are kept)."""
    metas = index.elements("meta")
    metas.clear()
    assert index.elements("meta") == list(index.tree.iter("meta"))
    assert index.elements("time", "h1") == list(index.tree.iter("h1", "time"))


def test_pageindex_first_of_each_tag(index: PageIndex) -> None:
    """`first` is the first element with the tag, or None when the page has none."""
    first_h1 = index.first("h1")
    assert first_h1 is not None
    assert first_h1.text == "Headline"
    assert PageIndex(parse_html("<html><body><p>x</p></body></html>")).first("h1") is None


def test_pageindex_unknown_tag_raises(index: PageIndex) -> None:
    """A tag the index does not collect is an error, not an empty list."""
    with pytest.raises(ValueError, match="collects only"):
        index.elements("p")


def test_pageindex_byline_candidates_as_xpath(index: PageIndex) -> None:
    """The byline candidates are the elements the byline XPath picked, in page order."""
    picked = list(index.byline_candidates)
    assert picked == _BYLINE_XPATH(index.tree)
    texts = [" ".join(el.text_content().split()) for el in picked]
    assert texts == ["By Jane Doe", "Jane Doe", "Jane", "Jane", "Ann", "Jane", "Ann", "F"]


def test_pageindex_caption_candidates(index: PageIndex) -> None:
    """Figcaptions and elements whose class holds a caption word (case as written) are picked."""
    texts = [el.text_content() for el in index.caption_candidates]
    assert texts == ["A caption", "C", "L", "D", "B", "Lé", "P"]


def test_pageindex_of_document() -> None:
    """`detect` leaves an index on the Document; a hand-made Document gets one; text has none."""
    doc = detect(Document(raw=_PAGE, decoded=_PAGE))
    assert of(doc) is doc.index
    hand_made = Document(raw="", kind="html", tree=parse_html(_PAGE))
    assert of(hand_made).elements("title")
    with pytest.raises(ValueError, match="no parsed tree to index: run the `detect` stage"):
        of(Document(raw="text", decoded="text", kind="text"))


def test_pageindex_class_marks_remembered_across_pages() -> None:
    """A class string is tested once per process: a later page with it gets the same answer.

    One class can mark both a caption and a byline ("photo-caption author"); a class seen
    before as neither stays neither, and the id, itemprop, rel and href tests still run on it.
    """
    page = (
        '<html><body><p class="photo-caption author">Both</p><p class="plain">None</p>'
        '<p class="plain" id="byline-1">Id</p><p class="plain" itemprop="author">Prop</p>'
        '<a class="plain" href="/staff/x">Link</a></body></html>'
    )
    for _ in range(2):  # the second page is answered from what the first one left
        index = PageIndex(parse_html(page))
        assert [el.text for el in index.caption_candidates] == ["Both"]
        assert [el.text for el in index.byline_candidates] == ["Both", "Id", "Prop", "Link"]
        assert list(index.byline_candidates) == _BYLINE_XPATH(index.tree)


_HIDDEN = """<html><head><title>T</title><meta name="byline" content="x"></head><body>
<div hidden><p class="author">Hidden author</p><figcaption>Hidden caption</figcaption></div>
<figcaption>Shown caption</figcaption><script class="caption">x</script>
<noscript><a href="/staff/jo">Jo</a></noscript><!-- <p class="author">comment</p> -->
<p><span class="byline">By <a rel="author" href="/x">Ann</a></span> text.</p>
<div style="display: none" id="author-box"><img class="imageText"></div></body></html>"""


@pytest.mark.parametrize("page", [_PAGE, _HIDDEN])
def test_pageindex_blocks_walk_finds_the_same_candidates(page: str) -> None:
    """`blocks` (segment's walk, skipped and hidden subtrees too) leaves the walk's candidates."""
    walked = PageIndex(parse_html(page))
    expected = (walked.byline_candidates, walked.caption_candidates)
    shared = PageIndex(walked.tree)
    assert shared.blocks == segment(walked.tree)
    assert "_marked" in shared.__dict__  # set by the blocks' walk, no walk of its own
    assert (shared.byline_candidates, shared.caption_candidates) == expected
    assert expected[0]
    assert expected[1]


def test_pageindex_blocks_of_a_subtree_leave_the_candidates_to_their_walk() -> None:
    """An index of an element below the root finds the candidates of the whole page."""
    tree = parse_html(_HIDDEN)
    body = tree.find("body")
    assert body is not None
    index = PageIndex(body)
    assert index.blocks == segment(body)
    assert "_marked" not in index.__dict__
    assert index.byline_candidates == PageIndex(tree).byline_candidates
