"""cleaner.removal_reasons: why an HTML block was removed, read from its markup."""

from __future__ import annotations

import re
from pathlib import Path

import lxml.html
import pytest

from cleaner import Rules, pageindex
from cleaner.document import Block, Document
from cleaner.removal_reasons import (
    FALLBACK,
    LINKS,
    LOW_TEXT,
    MARKS,
    content_boxes,
    marks_of,
    reason,
    relabel,
)
from cleaner.stages.extract_html import ExtractHtml
from cleaner.words import count_words

ROOT = Path(__file__).resolve().parents[1]
PROSE = (
    "The council voted on Tuesday to extend the tram line to the harbour, a plan that "
    "residents of the eastern districts had asked for since the old ferry stopped running."
)


def _element(html: str, xpath: str) -> lxml.html.HtmlElement:
    tree = lxml.html.fromstring(html)
    [el] = tree.xpath(xpath)
    return el


def _reason(html: str, xpath: str = "//*[@id='x']", **figures: float) -> str:
    el = _element(html, xpath)
    text = el.text_content()
    return reason(
        el,
        words=int(figures.get("words", count_words(text))),
        link_density=figures.get("link_density", 0.0),
    )


@pytest.mark.parametrize(
    ("mark", "example"),
    [(m, e) for m in MARKS for e in m.examples],
    ids=lambda x: x if isinstance(x, str) else x.label,
)
def test_every_example_class_gives_its_label(mark, example):
    """Each label's example class/id strings are its tests: a `<div>` so named gets it."""
    specific, place = marks_of("div", "", example)
    assert (specific if mark.specific else place) == mark.label


def test_every_label_has_examples_and_the_specific_ones_come_first():
    """The walk takes an element's first mark in MARKS: specific labels (what a box is) must
    precede place labels (where it sits), and each label has examples to test it by."""
    assert all(m.examples for m in MARKS)
    kinds = [m.specific for m in MARKS]
    assert kinds == sorted(kinds, reverse=True)
    labels = [m.label for m in MARKS]
    assert len(labels) == len(set(labels))
    assert not {FALLBACK, LINKS, LOW_TEXT} & set(labels)


@pytest.mark.parametrize(
    "attrs",
    ["entry-content", "article-body", "post", "content main", "has-sidebar-toggle-2 prose"],
)
def test_a_content_box_marks_nothing(attrs):
    """The article's own boxes carry no furniture word."""
    specific, place = marks_of("div", "", attrs)
    assert (specific, place) == (None, None) or attrs.startswith("has-sidebar")


@pytest.mark.parametrize(
    ("attrs", "marks"),
    [
        # Adobe AEM prefixes every component's class with "cmp-" (wcxb-dev 4650, 4286): no
        # consent manager's mark
        ("cmp-breadcrumb__item", ("breadcrumb", None)),
        ("cmp-container cmp-teaser__content", ("related", None)),
        ("cmp-container-v2__content", (None, None)),
        # Elementor calls every content element a widget (wcxb-dev 0097): no sidebar's mark
        ("elementor-widget-container", (None, None)),
        ("fine-print-section fine-topics", (None, None)),
        ("pub-date", (None, "article_meta")),
    ],
)
def test_a_frameworks_own_words_mark_nothing(attrs, marks):
    """Class words a framework puts on every element do not name a box."""
    assert marks_of("div", "", attrs) == marks


def test_the_shared_labels_are_strip_boilerplate_categories():
    """One vocabulary for the stages: a label that names what strip_boilerplate's rules also
    remove is spelt as that rules category (cookies, not cookie_notice), one another stage
    gives as that stage does (comments, user_card, caption)."""
    categories = {
        c.name for lang in (None, *Rules.shipped_languages()) for c in Rules.load(lang).drop
    }
    place = {m.label for m in MARKS if not m.specific}
    # comments: the cut rule's name; user_card: extract_text's; caption: the captions stage's
    extract_only = {"comments", "user_card", "pagination", "caption"} | place - {"navigation"}
    assert {m.label for m in MARKS} - extract_only <= categories
    assert "navigation" in categories


@pytest.mark.parametrize(
    ("html", "label"),
    [
        ("<body><nav><ul><li id=x>Home</li></ul></nav></body>", "navigation"),
        ("<body><div role=navigation><p id=x>Sections</p></div></body>", "navigation"),
        ("<body><footer><div><p id=x>© 2025 Acme Media</p></div></footer></body>", "footer"),
        ("<body><aside><ol><li id=x>Most read story</li></ol></aside></body>", "sidebar"),
        ("<body><header><p id=x>Acme Daily</p></header><article></article></body>", "header"),
        (
            "<body><section id=comments><div><p id=x>Great piece!</p></div></section></body>",
            "comments",
        ),
        ("<body><div class=section_comentarios><p id=x>Muy bien</p></div></body>", "comments"),
        ("<body><div class=cookie-banner><p id=x>We use cookies</p></div></body>", "cookies"),
        ("<body><ol class=breadcrumb><li id=x>Home</li></ol></body>", "breadcrumb"),
        ("<body><nav class=breadcrumbs><a><span id=x>News</span></a></nav></body>", "breadcrumb"),
        ("<body><div class=ad-slot><p id=x>Advertisement</p></div></body>", "sponsored"),
        (
            "<body><div class=newsletter-signup><p id=x>Get our emails</p></div></body>",
            "newsletter",
        ),
        ("<body><ul class=pagination><li id=x>Next</li></ul></body>", "pagination"),
    ],
)
def test_the_markup_names_the_block(html, label):
    """A landmark, an ARIA role or a class/id word of the block's box gives the label."""
    assert _reason(html) == label


def test_a_specific_box_inside_a_landmark_wins():
    """Share buttons in the footer are share buttons; a related rail in the sidebar is related."""
    html = "<body><footer><div class=share-tools><p id=x>Share</p></div></footer></body>"
    assert _reason(html) == "share"
    html = "<body><aside><div class=related-posts><ul><li id=x>Story</li></ul></div></aside></body>"
    assert _reason(html) == "related"
    # the nearest specific mark wins: the comment thread's own pager is the comments'
    html = "<body><div class=comments><ul class=pagination><li id=x>2</li></ul></div></body>"
    assert _reason(html) == "pagination"


def test_the_articles_own_header_is_no_page_header():
    """A `<header>` inside `<article>` holds the kicker and the date: no site header."""
    html = "<body><article><header><p id=x>World</p></header><p>Text</p></article></body>"
    assert _reason(html) == LOW_TEXT


@pytest.mark.parametrize(
    ("figures", "label"),
    [
        ({"words": 3, "link_density": 1.0}, LINKS),
        ({"words": 3, "link_density": 0.0}, LOW_TEXT),
        ({"words": 30, "link_density": 0.1}, FALLBACK),
    ],
)
def test_an_unmarked_block_is_named_by_its_figures(figures, label):
    """No mark: a block of links, a short block, or prose the classifier ruled out."""
    assert _reason("<body><div><p id=x>Text</p></div></body>", **figures) == label


def test_the_walk_is_bounded():
    """Eight elements up, the block's own first: a landmark further up is a layout's."""
    inner = "<div>" * 6 + "<p id=x>Deep</p>" + "</div>" * 6
    assert _reason(f"<body><nav>{inner}</nav></body>") == "navigation"
    deeper = "<div>" * 7 + "<p id=x>Deep</p>" + "</div>" * 7
    assert _reason(f"<body><nav>{deeper}</nav></body>") == LOW_TEXT


def test_the_walk_stops_below_a_box_that_holds_kept_text():
    """A wrapper holding the article says nothing of the blocks in it ('has-sidebar')."""
    html = (
        "<body><div class='layout with-sidebar'><p id=k>Kept text</p>"
        "<div><p id=x>Dropped</p></div></div></body>"
    )
    tree = lxml.html.fromstring(html)
    [kept] = tree.xpath("//*[@id='k']")
    [dropped] = tree.xpath("//*[@id='x']")
    assert reason(dropped, words=1, link_density=0.0) == "sidebar"
    content = content_boxes([kept])
    assert reason(dropped, words=1, link_density=0.0, content=content) == LOW_TEXT


def test_a_memo_gives_the_same_answers_in_any_order():
    """The per-page memo is exact: a block read after its neighbours gets what it gets alone."""
    html = (
        "<body><nav class=menu><ul><li id=a>Home</li><li id=b><div class=share>"
        "<p id=c>Share</p></div></li></ul></nav>"
        + "<div>" * 6
        + "<p id=d>x</p>"
        + "</div>" * 6
        + "</body>"
    )
    tree = lxml.html.fromstring(html)
    els = [tree.xpath(f"//*[@id='{i}']")[0] for i in "abcd"]
    alone = [reason(e, words=1, link_density=0.0) for e in els]
    memo: dict = {}
    shared = [reason(e, words=1, link_density=0.0, memo=memo) for e in reversed(els)]
    assert alone == ["navigation", "navigation", "share", LOW_TEXT]
    assert shared[::-1] == alone


PAGE = (
    "<html><head><title>Tram line</title></head><body>"
    "<header class=site-header><nav><ul><li><a href=/>Home</a></li><li><a href=/n>News</a>"
    "</li><li><a href=/s>Sport</a></li></ul></nav></header>"
    "<div class=cookie-notice><p>We use cookies to improve your experience.</p>"
    "<button>Accept</button></div>"
    f"<main><article><h1>Tram line to the harbour</h1><p>{PROSE}</p><p>{PROSE[::-1]}</p>"
    f"<p>{PROSE.upper()}</p><div class=share><a href=/f>Facebook</a> <a href=/t>Twitter</a>"
    "</div></article>"
    "<section id=comments><h2>3 comments</h2><div class=comment><p>First!</p></div></section>"
    "<aside><h3>Most read</h3><ol><li><a href=/1>Storm closes bridge</a></li>"
    "<li><a href=/2>New school opens</a></li></ol></aside></main>"
    "<footer><p>© 2025 Acme Media. All rights reserved.</p></footer></body></html>"
)


def test_relabel_changes_the_reasons_only():
    """On a page through extract_html, the same blocks stay kept and dropped, with the same
    text and origin; only "boilerplate" becomes the box's name."""
    tree = lxml.html.fromstring(PAGE)
    doc = Document(raw=PAGE, decoded=PAGE, kind="html", tree=tree)
    doc = ExtractHtml()(doc)
    raw = pageindex.of(doc).blocks
    blocks = list(doc.blocks)
    out = relabel(raw, blocks, [count_words(r.text) for r in raw])
    assert [b.kept for b in out] == [b.kept for b in blocks]
    assert [(b.text, b.origin, b.kind) for b in out] == [(b.text, b.origin, b.kind) for b in blocks]
    assert all(a == b for a, b in zip(out, blocks, strict=True) if b.dropped_by != FALLBACK)
    why = {b.text: b.dropped_by for b in out if not b.kept}
    assert why.get("Home") == "navigation"
    assert why.get("© 2025 Acme Media. All rights reserved.") == "footer"
    assert why.get("We use cookies to improve your experience.") == "cookies"
    assert sum(r == FALLBACK for r in why.values()) < len(why) / 2


def test_relabel_leaves_other_reasons_and_kept_blocks_alone():
    """Only blocks dropped as "boilerplate" are renamed: a title or a copy keeps its reason."""
    tree = lxml.html.fromstring("<body><p>One</p><nav><p>Two</p><p>Three</p></nav></body>")
    raw = [type("R", (), {"element": p, "text": p.text, "link_chars": 0})() for p in tree.iter("p")]
    blocks = [Block("One"), Block("Two").drop("title"), Block("Three").drop(FALLBACK)]
    out = relabel(raw, blocks, [1, 1, 1])  # type: ignore[arg-type]
    assert [b.dropped_by for b in out] == [None, "title", "navigation"]


def test_the_docs_explain_every_label():
    """docs/stages.md's table of removal reasons names each label extract_html may give."""
    text = (ROOT / "docs" / "stages.md").read_text(encoding="utf-8")
    section = text.split("## What a removed block's reason means", 1)[1].split("\n## ", 1)[0]
    rows = [r for r in section.splitlines() if r.startswith("| `extract_html`")]
    documented = {w for r in rows for w in re.findall(r"`(\w+)`", r.split("|")[2])}
    assert {m.label for m in MARKS} | {FALLBACK, LINKS, LOW_TEXT} <= documented
