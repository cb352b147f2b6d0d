"""cleaner.trafilatura_pass: the same body as trafilatura's fast bare_extraction, for less."""

from __future__ import annotations

from copy import copy
from pathlib import Path

import lxml.html
import pytest
import trafilatura
from lxml.etree import tostring
from trafilatura import xpaths
from trafilatura.baseline import html2txt

from cleaner import trafilatura_pass as tp
from cleaner.document import Document
from cleaner.stages.decode import decode
from cleaner.stages.detect import parse_html

PAGES = sorted((Path(__file__).resolve().parent.parent / "fixtures" / "pages").glob("*.html"))

PARA = (
    "The council met on Tuesday to discuss the new budget for the coming year, and the members "
    "agreed after a long debate to raise the money spent on schools and the public library."
)


def _bare_body(tree: lxml.html.HtmlElement) -> bytes | None:
    body = tp.reference_body(tree)
    return None if body is None else tostring(body)


def _mine(tree: lxml.html.HtmlElement) -> bytes | None:
    body = tp.main_content(tree)
    return None if body is None else tostring(body)


@pytest.mark.parametrize("path", PAGES, ids=[p.stem for p in PAGES])
def test_trafilatura_pass_body_equals_bare_extraction_on_golden_pages(path):
    """Every golden HTML page gets trafilatura's own body, element for element."""
    # decoded as the pipeline decodes it: a golden page may be in a legacy charset it does not
    # declare (round N's es-cronica-baloncesto-estadisticas-sin-charset-html is Latin-1)
    tree = parse_html(decode(Document(raw=path.read_bytes())).decoded)
    before = tostring(tree)
    assert _mine(tree) == _bare_body(tree)
    assert tostring(tree) == before  # the page is left as it was


# Pages built to hit each filter and each rare path (recovery, baseline, recall retry).
HAND_PAGES = {
    "article": f"<html><body><nav>Home News</nav><article><h1>Budget</h1><p>{PARA}</p>"
    f"<p>{PARA} Again.</p><div class='share-buttons'>Share this</div></article></body></html>",
    "short": f"<html><body><div class='x'><p>{PARA[:120]}</p></div>"
    "<footer>Footer text here</footer></body></html>",
    "stray": f"<html><body><div id='main-content'><span>one</span></div>"
    f"<div class='a'><p>{PARA}</p></div><div class='b'><p>{PARA} Two.</p></div></body></html>",
    "comments": f"<html><body><article><p>{PARA}</p><p>{PARA} Three.</p></article>"
    "<section id='comments'><p>Great post!</p></section><ol class='commentlist'><li>Nice</li></ol>"
    "<ul id='comment-2'><li>Me too</li></ul></body></html>",
    "forum": '<html><head><script type="application/ld+json">{"@type": "DiscussionForumPosting"}'
    f"</script></head><body><div class='comment-body'><p>{PARA}</p></div>"
    f"<div class='comment-body'><p>{PARA} Four.</p></div></body></html>",
    "empty": "<html><body><div class='cookie-banner'>We use cookies</div></body></html>",
    "hidden": f"<html><body><main><p>{PARA}</p><div style='display:none'>secret</div>"
    f"<p aria-hidden='true'>hidden too</p><p>{PARA} Five.</p><div class='teaser'>Read more</div>"
    "<figure><div class='caption'>A photo</div></figure></main></body></html>",
    "no-body": f"<div><p>{PARA}</p><p>{PARA} Six.</p></div>",
    # teasers are pruned in the main pass and kept by the recall retry, which wins here
    "recall-retry": f"<html><body><article><p>{PARA}</p><p>{PARA} B.</p><div class='teaser'>"
    + "".join(f"<p>{PARA} {i}</p>" for i in range(20))
    + "</div></article></body></html>",
    # an <aside> inside an <aside> ends trafilatura's deletion walk for that tag: the later one
    # stays (tree_cleaning's quirk, kept by the port); a page with no <aside> skips the tag
    "nested-clean": f"<html><body><article><p>{PARA}</p><aside>a<aside>b</aside></aside>"
    f"<p>{PARA} C.</p><aside><p>{PARA} kept aside</p></aside><script>x</script>tail"
    "</article></body></html>",
    "forum-word": '<html><head><script type="application/ld+json">{"name": "'
    'DiscussionForumPosting"}</script></head><body><div class="comment-body">'
    f"<p>{PARA}</p></div><article><p>{PARA} Seven.</p></article></body></html>",
}


@pytest.mark.parametrize("name", sorted(HAND_PAGES))
def test_trafilatura_pass_body_equals_bare_extraction_on_hand_made_pages(name):
    """Pages aimed at each filter and rare path come out as trafilatura makes them."""
    html = HAND_PAGES[name]
    tree = lxml.html.document_fromstring(html) if name != "no-body" else lxml.html.fromstring(html)
    assert _mine(tree) == _bare_body(tree)


FILTER_CASES = [
    '<div class="share-x" id="a">x</div>',
    '<div id="footer-1" class="main">x</div>',
    '<div class="main" id="footer-1">x</div>',
    '<span class="post-nav">x</span><p class="byline">x</p><p class="bar-x">x</p>',
    '<div class="x ad y">x</div><div class="ad-slot">x</div><div class="lead">x</div>',
    '<div id="cookie-notice" class="c">x</div><div class="c" id="cookie-notice">x</div>',
    '<div role="Navigation">x</div><div data-component="MostPopularStories-1">x</div>',
    '<div data-lp-replacement-content="">x</div><section class="widget">x</section>',
    '<em class="reply-to">x</em><b id="reply-1" class="c">x</b><i class="c" id="reply-1">x</i>',
    '<a id="hidden-x">x</a><a style="color:red" id="x-hidden">x</a><a id="y" style="hidden">x</a>',
    '<a style="display: none">x</a><a class="comments-title">x</a><a class="x hidden">x</a>',
    '<a aria-hidden="true">x</a><a id="akismet">x</a><a class="noprint">x</a>',
    '<div class="Teaser">x</div><p id="xTeaser">x</p><div class="img-caption">x</div>',
    '<div class="infinite-scroll">x</div><aside id="mvp-post-add-box"><h1>x</h1></aside>',
    '<section class="infinitescroll"><h1>x</h1></section><div class="elementor-share-buttons">x</div>',
    '<div id="comments">x</div><div class="commentary">x</div><ol class="comment-list">x</ol>',
    '<ul id="disqus_thread">x</ul><ul id="Comment-3">x</ul><details class="post-comments">x</details>',
    '<div class="post">x</div><section itemprop="articleBody">x</section><main>x</main>',
    '<div class="entry-content">x</div><div id="story-body">x</div><div class="FullText">x</div>',
    '<div class="text">x</div><div id="contentBody">x</div><div class="page-Content">x</div>',
    '<div class="Main-Content">x</div><div role="main">x</div><section id="mainbar">x</section>',
    '<div class="article first">x</div><article>x</article><div class="single-post">x</div>',
]


@pytest.mark.parametrize("fragment", FILTER_CASES)
def test_trafilatura_pass_filters_select_what_the_xpaths_select(fragment):
    """Each predicate picks exactly the elements of its XPath expression, in document order."""
    tree = lxml.html.document_fromstring(f"<html><body><div>{fragment}</div></body></html>")
    for comments in (True, False):
        want = set(xpaths.RAW_TREE_PRUNE_XPATH[0](tree)) | set(xpaths.RAW_TREE_PRUNE_XPATH[1](tree))
        if comments:
            want |= set(xpaths.REMOVE_COMMENTS_AND_LISTS_XPATH[0](tree))
        got = {e for e in tree.iterdescendants("*") if tp._is_raw_pruned(e, comments=comments)}
        assert got == want
    overall = xpaths.OVERALL_DISCARD_XPATH
    assert set(tp._matches(tree, tp._is_discarded)) == set(overall[0](tree)) | set(overall[1](tree))
    assert tp._matches(tree, tp._is_caption) == xpaths.DISCARD_IMAGE_ELEMENTS[0](tree)
    assert tp._matches(tree, tp._is_teaser) == xpaths.TEASER_DISCARD_XPATH[0](tree)
    for expr, test in zip(xpaths.BODY_XPATH, tp.BODY_TESTS, strict=True):
        assert tp._first_match(tree, test) is next(iter(expr(tree)), None)


@pytest.mark.parametrize(
    "html",
    [
        "<html><body><p>a<b>b</b>c</p><div>d<script>x</script>e</div>f</body></html>",
        "<html><body><div>one<footer>gone</footer>two<aside>x</aside>three</div></body></html>",
        "<html><body><p>x</p><div class='cookie-banner'>c</div>tail<span>s</span>t</body></html>",
        (
            "<html><body><span>in\u200bline</span><p>blo\u200bck</p><div><i>a</i>"
            "<style>s</style>b</div></body></html>"
        ),
        "<html><body><div id='comments'>c</div>after<ul id='comment-1'><li>x</li></ul></body></html>",
        "<html><body><div>a</div><!-- note -->b<p>c</p></body></html>",
        "<div><p>no</p>body<footer>f</footer>t</div>",
        # longer than a chunk of pieces: words that run across a chunk's edge, spaces at edges
        "<html><body><p>" + "<b>wo</b>rd" * 80 + "</p></body></html>",
        "<html><body>" + "<div> a </div><i>b </i><p>\n</p>" * 50 + "</body></html>",
        "<html><body>" + "<p>x\x07y</p><span>\x07z</span>" * 70 + "</body></html>",
    ],
)
def test_trafilatura_pass_page_text_length_equals_html2txt(html):
    """The length read in one walk is html2txt's, deleted tails and padding included."""
    tree = lxml.html.fromstring(html)
    for forum in (False, True):
        assert tp._page_text_length(tree, forum=forum) == len(
            html2txt(tp._pruned_copy(tree, forum=forum)),
        )


def test_trafilatura_pass_page_text_length_stops_once_enough():
    """With `enough`, the walk stops at the first chunk whose length settles the test."""
    tree = lxml.html.fromstring("<html><body>" + "<p>some words here</p>" * 400 + "</body></html>")
    full = tp._page_text_length(tree, forum=False)
    early = tp._page_text_length(tree, forum=False, enough=lambda n: n > 100)
    assert 100 < early < full
    assert tp._page_text_length(tree, forum=False, enough=lambda n: n > full) == full


def test_trafilatura_pass_calls_trafilatura_itself_with_another_version(monkeypatch):
    """With a trafilatura version it was not ported from, the pass is bare_extraction itself."""
    calls = []

    def fake(tree, **kwargs):
        calls.append(kwargs)

    monkeypatch.setattr(trafilatura, "__version__", "0.0.1")
    monkeypatch.setattr(tp, "bare_extraction", fake)
    tree = lxml.html.document_fromstring(HAND_PAGES["article"])
    assert tp.main_content(tree, url="https://example.com/a") is None
    assert len(calls) == 1
    assert calls[0]["fast"] is True
    assert calls[0]["url"] == "https://example.com/a"


def test_trafilatura_pass_leaves_the_tree_and_its_copy_alone():
    """The input tree is not modified, and a copy of it gives the same body."""
    tree = lxml.html.document_fromstring(HAND_PAGES["hidden"])
    before = tostring(tree)
    first = _mine(tree)
    assert tostring(tree) == before
    assert _mine(copy(tree)) == first


@pytest.mark.parametrize(
    "scripts",
    [
        '<script type="application/ld+json">{"@type": "DiscussionForumPosting"}</script>',
        '<script type="application/json">{"@type": "DiscussionForumPosting"}</script>',
        '<script type="application/ld+json ">{"@type": "DiscussionForumPosting"}</script>',
        '<script>{"@type": "DiscussionForumPosting"}</script>',
        (
            '<script type="application/ld+json">{"@type": "NewsArticle"}</script><div>'
            '<script type="application/ld+json">{"@type": ["DiscussionForumPosting"]}</script></div>'
        ),
        '<script type="application/ld+json"></script>',
    ],
)
def test_trafilatura_pass_forum_thread_page_as_trafilatura(scripts):
    """The forum test finds the JSON-LD scripts by tag and reads their type as the path did."""
    from trafilatura.core import _forum_thread_page  # noqa: PLC0415 - the reference

    tree = lxml.html.document_fromstring(
        f"<html><head>{scripts}</head><body><p>x</p></body></html>"
    )
    assert tp._forum_thread_page(tree) == _forum_thread_page(tree)


def _link_cases() -> list[str]:
    """Boxes around each of link_density_test's branches, nested as page boxes nest."""
    link = "<a href='/x'>a link</a>"
    long_link = f"<a href='/y'>{PARA}</a>"
    indent = "\n" + " " * 40  # markup indentation: more raw characters than words
    return [
        f"<div>{link}</div><div>{link} short</div>",  # short, every word linked, and not last
        f"<div><p>{PARA}{link}</p></div>",  # long text, one short link
        f"<div>{long_link}</div><div>{long_link} and a few words</div><div>x</div>",
        f"<div>{long_link}{PARA}</div>",  # one long link, but more text than it
        f"<div><ul>{''.join(f'<li>{link}</li>' for _ in range(9))}</ul></div>",  # a link farm
        f"<div>{''.join(f'<p>{long_link}</p>' for _ in range(6))}</div>",  # a listing
        f"<div>{PARA}{''.join(link for _ in range(6))}</div>",  # links in long prose
        "<div><a href='/z'> </a><a href='/w'>\n</a></div>",  # empty links: elemnum 0
        f"<div><img src='a.jpg'>{link}</div>",  # an image container is kept
        f"<p>{link}</p><p>{link} {link}</p><p>{PARA} {link}</p>",
        f"<div>{indent}{link}{indent}<b>x</b>{indent * 20}{PARA}</div>",
        "<div>" * 6 + link + indent.join("<p>word</p>" for _ in range(40)) + "</div>" * 6,
        "<div>" * 4 + "".join(f"<div>{link}{indent * 5}</div>" for _ in range(12)) + "</div>" * 4,
    ]


@pytest.mark.parametrize("fragment", _link_cases())
def test_trafilatura_pass_link_density_test_answers_as_trafilatura(fragment):
    """The port's answers are link_density_test's for every box; its length where it says so."""
    from trafilatura.htmlprocessing import link_density_test  # noqa: PLC0415
    from trafilatura.utils import trim  # noqa: PLC0415

    page = f"<html><body><div>{fragment}</div><div>{PARA}</div></body></html>"
    tree = tp._prepared(lxml.html.document_fromstring(page), tp._options())
    known: dict = {}
    tested = 0
    for el in tree.iter("div", "list", "p"):
        got = tp._link_density_test(el, known)
        assert got[:2] == link_density_test(el, favor_precision=False)
        if got[1]:
            assert got[2] == len(trim(el.text_content()))
        tested += 1
    assert tested > 1
    want = {el for el in tree.iter("div", "list", "p") if el.findall(".//ref")}
    assert {el for el in tp._holding_links(tree) if el.tag in ("div", "list", "p")} == want


@pytest.mark.parametrize("path", PAGES[::4], ids=[p.stem for p in PAGES[::4]])
def test_trafilatura_pass_link_density_test_answers_as_trafilatura_on_golden_pages(path):
    """On real pages too: every box of the prepared tree, the links' lengths shared."""
    from trafilatura.htmlprocessing import link_density_test  # noqa: PLC0415

    tree = parse_html(decode(Document(raw=path.read_bytes())).decoded)
    prepared = tp._prepared(copy(tree), tp._options())
    known: dict = {}
    for el in prepared.iter("div", "list", "p"):
        assert tp._link_density_test(el, known)[:2] == link_density_test(el, favor_precision=False)


@pytest.mark.parametrize("name", sorted(set(HAND_PAGES) - {"no-body"}))
@pytest.mark.parametrize("forum", [False, True])
def test_trafilatura_pass_recall_retry_equals_trafilaturas(name, forum):
    """The recall retry (its main pass ported, the wild-text recovery trafilatura's) gives
    trafilatura's own retry body and text, and leaves the page as it was."""
    from trafilatura.core import _recall_retry  # noqa: PLC0415 - the reference alone

    tree = lxml.html.document_fromstring(HAND_PAGES[name])
    before = tostring(tree)
    r_options = copy(tp._options())
    r_options.focus = "recall"
    want_body, want_text = _recall_retry(tp._pruned_copy(tree, forum=forum), r_options, None)
    got_body, got_text = tp._recall_retry(tree, r_options, forum=forum)
    assert (tostring(got_body), got_text) == (tostring(want_body), want_text)
    assert tostring(tree) == before


def test_trafilatura_pass_recall_retry_recovers_wild_text_as_trafilatura(monkeypatch):
    """A page whose recall main pass finds too little goes through the recovery of wild text."""
    from trafilatura.core import _recall_retry  # noqa: PLC0415 - the reference alone

    html = f"<html><body><div id='main-content'><span>one</span></div><td><p>{PARA}</p></td></body></html>"
    tree = lxml.html.document_fromstring(html)
    r_options = copy(tp._options())
    r_options.focus = "recall"
    calls = []
    real = tp.recover_wild_text

    def spy(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(tp, "recover_wild_text", spy)
    got_body, got_text = tp._recall_retry(tree, r_options, forum=False)
    want_body, want_text = _recall_retry(tp._pruned_copy(tree, forum=False), r_options, None)
    assert calls
    assert (tostring(got_body), got_text) == (tostring(want_body), want_text)
