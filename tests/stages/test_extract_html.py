"""Stage extract_html and its block cutter (cleaner.htmlblocks), on pages built by hand."""

from __future__ import annotations

import json
from pathlib import Path

import lxml.html
import pytest

import cleaner
from cleaner import Document, htmlblocks
from cleaner.document import Block
from cleaner.jsonld import JsonLd
from cleaner.pageindex import PageIndex
from cleaner.stages.detect import parse_html
from cleaner.stages.extract_html import (
    BlockModel,
    ExtractHtml,
    _button_rows,
    _card_blocks,
    _code_titles,
    _comment_blocks,
    _copies,
    _counter_blocks,
    _declares_article,
    _declares_discussion,
    _disclaimer_blocks,
    _end_callout,
    _footer_blocks,
    _headed_lists,
    _lead_blocks,
    _marked_deks,
    _mediawiki,
    _open_prose,
    _orphan_heads,
    _overlay_blocks,
    _paywall_blocks,
    _policy_blocks,
    _post_code,
    _post_quotes,
    _pull_quotes,
    _quote_controls,
    _recommendation_blocks,
    _record_blocks,
    _repeats,
    _review_blocks,
    _sells,
    _sibling_posts,
    _signup_blocks,
    _spec_blocks,
    _summary_blocks,
    _tab_labels,
    _time_heads,
    _wiki_blocks,
    base_opinion,
    element_path,
    extract_html,
    load_model,
    page_thresholds,
)

PARAS = [
    (
        "The river burst its banks on Tuesday night, flooding more than two hundred homes in the "
        "lower town and forcing the evacuation of the hospital's ground floor."
    ),
    (
        "Emergency crews worked through the night to move patients, while volunteers filled "
        "sandbags outside the town hall until the early hours of the morning."
    ),
    (
        "The mayor said the council would ask the government for help with the cost of repairs, "
        "which engineers expect to run to several million over the next two years."
    ),
    (
        "Residents who lost their homes are being housed in the sports centre, where the Red "
        "Cross has set up beds, a kitchen and a desk for insurance questions."
    ),
]

PAGE = f"""<!DOCTYPE html><html lang="en"><head><title>Flood – Town News</title>
<style>p {{ color: red }}</style><script>var x = "not text";</script></head>
<body>
<nav class="main-menu"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>
<article class="post-content">
<h1>River floods the lower town</h1>
<p>{PARAS[0]}</p><p>{PARAS[1]}</p>
<h2>Help for residents</h2>
<p>{PARAS[2]}</p><p>{PARAS[3]}</p>
</article>
<footer class="site-footer"><ul><li><a href="/about">About us</a></li>
<li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms of use</a></li></ul>
<p>Copyright 2024 Town News. All rights reserved.</p></footer>
</body></html>"""


def _tree(html: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(html)


def _doc(html: str) -> Document:
    return Document(raw=html, decoded=html, kind="html", tree=_tree(html))


@pytest.mark.parametrize(
    ("html", "texts"),
    [
        ("<p>one <b>two</b> three</p>", ["one two three"]),
        ("<p>New<b>castle</b> upon Tyne</p>", ["Newcastle upon Tyne"]),
        ("<div>intro<p>para</p>outro</div>", ["intro", "para", "outro"]),
        ("<p>kept</p><script>var a = 1;</script><style>p{}</style><p>also</p>", ["kept", "also"]),
        ('<p>seen</p><div hidden><p>unseen</p></div><p style="display: none">gone</p>', ["seen"]),
        ("<ul><li>first</li><li>second</li></ul>", ["first", "second"]),
        ("<p>  spaced \n\n  out   text </p>", ["spaced out text"]),
        ("<p>a<select><option>One</option></select>b</p>", ["ab"]),
        ("<div><button>Menu<div><p>page</p></div></div>", ["Menu", "page"]),
        # a button is a box of its own: its label never runs into the text around it
        # (golden el-katigoria-kafetieres-espresso-filtra-html's "-17%Προσθήκη")
        ("<p><span>-17%</span><button>Add to cart</button></p>", ["-17% Add to cart"]),
        ("<p>Size<button>S</button><button>M</button>left</p>", ["Size S M left"]),
        ("<p>Rated for <button>fit</button>, <button>price</button></p>", ["Rated for fit, price"]),
        # and from the next element's word (golden is-nuxt-beinlysing-eldgos-sundhnuk-html)
        (
            "<p><button>Auto-update</button><span>3 new posts</span></p>",
            ["Auto-update 3 new posts"],
        ),
        ("<p><button>Sort</button><span>, then filter</span></p>", ["Sort, then filter"]),
        ("<p><span>New</span><span>castle</span></p>", ["Newcastle"]),
    ],
)
def test_segment_cuts_text_at_block_tags(html, texts):
    """Block tags start new blocks, inline tags do not split words, scripts and hidden text go."""
    assert [b.text for b in htmlblocks.segment(_tree(html))] == texts


def test_segment_measures_links_and_landmarks():
    """Link share, the holding tag and the landmark/class hints are recorded per block."""
    html = (
        '<nav><p><a href="/">Home page</a></p></nav>'
        '<div class="article-body"><p>Read <a href="/x">this</a> today</p></div>'
    )
    nav, para = htmlblocks.segment(_tree(html))
    assert nav.link_density == 1.0
    assert nav.boiler >= 1
    assert para.tag == "p"
    assert para.content >= 1
    assert 0.2 < para.link_density < 0.4


@pytest.mark.parametrize(
    ("block", "other", "expected"),
    [
        ("the river burst its banks", "yesterday the river burst its banks again", 1.0),
        ("the river burst its banks", "nothing in common at all here", 0.0),
        ("river banks", "the river banks flooded", 1.0),
        ("river", "rivers flooded", 0.0),
    ],
)
def test_overlap_is_the_share_of_trigrams_found(block, other, expected):
    """A block's overlap is the share of its trigrams (or its whole text, if short) in the other."""
    toks = htmlblocks.tokens(other)
    got = htmlblocks.overlap(
        htmlblocks.tokens(block),
        set(htmlblocks.trigrams(toks)),
        f" {' '.join(toks)} ",
    )
    assert got == expected


def test_features_rows_match_feature_names():
    """Every block gets one value per feature name."""
    blocks = htmlblocks.segment(_tree(PAGE))
    rows = htmlblocks.features(blocks, [0.0] * len(blocks), [0.0] * len(blocks))
    assert len(rows) == len(blocks)
    assert {len(r) for r in rows} == {len(htmlblocks.FEATURE_NAMES)}


def test_base_opinion_finds_what_trafilatura_kept():
    """trafilatura's verdict comes back per block: article paragraphs in, menu links out."""
    tree = _tree(PAGE)
    blocks = htmlblocks.segment(tree)
    by_number, by_text = base_opinion(tree, blocks, url=None)
    verdict = {b.text: (n, t) for b, n, t in zip(blocks, by_number, by_text, strict=True)}
    assert verdict[PARAS[0]] == (1.0, 1.0)
    assert verdict["Home"] == (0.0, 0.0)


@pytest.mark.parametrize(
    ("texts", "other", "expected"),
    [
        (["Home", "News", PARAS[0]], PARAS[0], [0.0, 0.0, 1.0]),
        (["Background", PARAS[1]], f"{PARAS[0]} Background {PARAS[1]}", [1.0, 1.0]),
        (["Background", "Sport"], f"{PARAS[0]} Background info", [0.0, 0.0]),
    ],
)
def test_align_matches_short_blocks_only_in_context(texts, other, expected):
    """A short block counts as found only where the other text has it next to its neighbour."""
    blocks = htmlblocks.segment(_tree("".join(f"<p>{t}</p>" for t in texts)))
    assert htmlblocks.align(blocks, other) == expected


def test_extract_html_keeps_the_article_and_drops_the_menus():
    """The shipped model keeps the paragraphs of a plain article and drops nav and footer."""
    doc = extract_html(_doc(PAGE))
    kept = [b.text for b in doc.blocks if b.kept]
    for para in PARAS:
        assert para in kept
    dropped = {b.text: b.dropped_by for b in doc.blocks if not b.kept}
    # named by their boxes (cleaner.removal_reasons): the <nav>'s menu, the <footer>'s links
    assert dropped.get("Home") == "navigation"
    assert dropped.get("Privacy policy") == "footer"


def test_extract_html_label_removed_off_gives_one_reason_and_the_same_cut():
    labelled = ExtractHtml()(_doc(PAGE))
    plain = ExtractHtml(label_removed=False)(_doc(PAGE))
    assert [b.text for b in plain.blocks if b.kept] == [b.text for b in labelled.blocks if b.kept]
    assert {b.dropped_by for b in plain.blocks if not b.kept} == {"boilerplate"}
    assert len({b.dropped_by for b in labelled.blocks if not b.kept}) > 1


def test_extract_html_labels_kinds_links_and_origins():
    """Blocks carry their kind, their link density and the element path they came from."""
    doc = extract_html(_doc(PAGE))
    by_text = {b.text: b for b in doc.blocks}
    assert by_text["Help for residents"].kind == "heading"
    assert by_text[PARAS[0]].kind == "paragraph"
    assert by_text[PARAS[0]].origin.endswith("/article/p[1]")
    assert by_text["Home"].kind == "list_item"
    assert by_text["Home"].link_density == 1.0
    assert by_text[PARAS[0]].link_density == 0.0


def test_extract_html_drops_the_headline_repeated_from_the_title():
    """The h1 that repeats the page title is dropped as "title"; other headings stay."""
    page = PAGE.replace(
        "<title>Flood – Town News</title>", "<title>River floods the lower town | Town News</title>"
    )
    doc = extract_html(_doc(page))
    by_text = {b.text: b for b in doc.blocks}
    assert by_text["River floods the lower town"].dropped_by == "title"
    assert by_text["Help for residents"].kept


def test_extract_html_keeps_a_products_name_repeated_from_the_title():
    """On a product page (JSON-LD Product, no article) the h1 is the product's name: it stays."""
    ld = json.dumps({"@context": "https://schema.org", "@type": "Product", "name": "Trail 25"})
    page = PAGE.replace(
        "<title>Flood – Town News</title>",
        f"<title>River floods the lower town | Town News</title>"
        f"<script type='application/ld+json'>{ld}</script>",
    )
    by_text = {b.text: b for b in extract_html(_doc(page)).blocks}
    assert by_text["River floods the lower town"].kept


def test_extract_html_min_recovered_words_refuses_short_blocks_trafilatura_left_out():
    """With min_recovered_words, a short block trafilatura did not keep is not taken back."""
    n = len(htmlblocks.FEATURE_NAMES)
    keep_all = BlockModel(weights=(50.0,) + (0.0,) * (n - 1))
    doc = ExtractHtml(model=keep_all, min_recovered_words=5)(_doc(PAGE))
    by_text = {b.text: b for b in doc.blocks}
    assert not by_text["Home"].kept
    assert by_text[PARAS[0]].kept


def test_extract_html_leaves_the_tree_untouched():
    """The tree from detect is read, never pruned."""
    doc = _doc(PAGE)
    before = lxml.html.tostring(doc.tree)
    extract_html(doc)
    assert lxml.html.tostring(doc.tree) == before


def test_segment_keeps_a_page_sized_hidden_or_noscript_body():
    """A hidden div or a noscript holding a whole page is read; a small hidden widget is not."""
    body = "".join(f"<p>Paragraph {i} of the thread.</p>" for i in range(210))
    for wrapper in (f"<div hidden>{body}</div>", f"<noscript>{body}</noscript>"):
        texts = [b.text for b in htmlblocks.segment(_tree(f"<html><body>{wrapper}</body></html>"))]
        assert len(texts) == 210
    small = "<html><body><div hidden><p>Cookie settings</p></div><p>Text</p></body></html>"
    assert [b.text for b in htmlblocks.segment(_tree(small))] == ["Text"]


def test_segment_reads_a_streamed_react_segment_however_small():
    """React's late `<div hidden id="S:N">` is shown by its script; other hidden divs are not."""
    page = (
        '<html><body><template id="B:0"></template><p>Menu</p>'
        '<div hidden id="S:0"><p>The article, sent late.</p></div>'
        '<div hidden id="S:x"><p>Cookie settings</p></div>'
        '<script>$RC("B:0","S:0")</script></body></html>'
    )
    texts = [b.text for b in htmlblocks.segment(_tree(page))]
    assert texts == ["Menu", "The article, sent late."]


def test_extract_html_takes_a_model():
    """A model passed to the constructor decides instead of the shipped one."""
    n = len(htmlblocks.FEATURE_NAMES)
    keep_all = BlockModel(weights=(50.0,) + (0.0,) * (n - 1))
    doc = ExtractHtml(
        model=keep_all, drop_nav_links=False, drop_lone_links=False, drop_footers=False
    )(_doc(PAGE))
    assert all(b.kept for b in doc.blocks)
    assert "Home" in [b.text for b in doc.blocks]


def test_extract_html_keeps_the_best_blocks_when_none_pass():
    """When no block reaches the threshold, the best-scored ones are kept rather than none."""
    n = len(htmlblocks.FEATURE_NAMES)
    weights = [0.0] * n
    weights[0] = -20.0
    weights[htmlblocks.FEATURE_NAMES.index("log_words")] = 2.0
    doc = ExtractHtml(model=BlockModel(weights=tuple(weights)))(_doc(PAGE))
    kept = [b.text for b in doc.blocks if b.kept]
    assert PARAS[0] in kept
    assert "Home" not in kept


def test_extract_html_passes_text_through():
    """A plain-text document is left as it is."""
    doc = Document(raw="just text", decoded="just text", kind="text")
    assert extract_html(doc) is doc


@pytest.mark.parametrize(
    ("coverage", "expected"),
    [(0.1, 0.5), (0.29, 0.5), (0.3, 0.65), (0.9, 0.65)],
)
def test_block_model_threshold_for_is_stricter_on_covered_pages(coverage, expected):
    """Where trafilatura's choice covers enough of the page, the covered threshold applies."""
    model = BlockModel(weights=(0.0,), threshold=0.5, covered_threshold=0.65, covered_share=0.3)
    assert model.threshold_for(coverage) == expected


def test_extract_html_found_threshold_keeps_what_trafilatura_kept():
    """With a lower bar for trafilatura's blocks, they pass where the others do not."""
    n = len(htmlblocks.FEATURE_NAMES)
    unsure = (-0.4,) + (0.0,) * (n - 1)  # every block at p = 0.40
    model = BlockModel(weights=unsure, threshold=0.5, found_threshold=0.35)
    doc = ExtractHtml(model=model)(_doc(PAGE))
    by_text = {b.text: b for b in doc.blocks}
    assert by_text[PARAS[0]].kept
    assert not by_text["Home"].kept


def test_load_model_refuses_a_file_for_other_features():
    """A model file trained on another feature list is refused, not misread."""
    text = json.dumps({"features": ["bias"], "weights": [0.0], "threshold": 0.5})
    with pytest.raises(ValueError, match="other features"):
        load_model(text)


def _stump(feature: str, threshold: float, low: float, high: float) -> dict[str, object]:
    """A one-split tree-ensemble model file entry over the block features."""
    names = list(htmlblocks.FEATURE_NAMES)
    return {
        "kind": "tree-ensemble",
        "features": names,
        "base": 0.0,
        "trees": [
            {
                "feature": [names.index(feature), -1, -1],
                "threshold": [threshold, 0.0, 0.0],
                "left": [1, 0, 0],
                "right": [2, 0, 0],
                "value": [0.0, low, high],
            },
        ],
    }


def test_load_model_reads_a_tree_first_pass():
    """A file with first_pass trees scores blocks by the trees, not by the weights."""
    n = len(htmlblocks.FEATURE_NAMES)
    data = {
        "features": list(htmlblocks.FEATURE_NAMES),
        "weights": [-50.0] + [0.0] * (n - 1),  # would reject every block
        "first_pass": _stump("log_words", 1.5, -3.0, 3.0),
        "threshold": 0.5,
    }
    model = load_model(json.dumps(data))
    doc = ExtractHtml(model=model, drop_nav_links=False, drop_lone_links=False)(_doc(PAGE))
    by_text = {b.text: b for b in doc.blocks}
    assert by_text[PARAS[0]].kept  # log1p(25+ words) > 1.5
    assert not by_text["Home"].kept  # log1p(1) < 1.5


def test_load_model_refuses_trees_over_other_features():
    """Trees that read another feature list are refused, as logistic weights are."""
    n = len(htmlblocks.FEATURE_NAMES)
    stump = _stump("log_words", 1.5, -3.0, 3.0)
    stump["features"] = [f"f{i}" for i in range(n)]
    data = {
        "features": list(htmlblocks.FEATURE_NAMES),
        "weights": [0.0] * n,
        "first_pass": stump,
        "threshold": 0.5,
    }
    with pytest.raises(ValueError, match="other features"):
        load_model(json.dumps(data))


def test_extract_html_drops_a_table_of_contents_link_that_repeats_a_heading():
    """A linked list entry inside <nav> is dropped even where a kept heading repeats its words."""
    toc = '<nav aria-label="On this page"><ul>' + "".join(
        f'<li><a href="#s{i}">{h}</a></li>'
        for i, h in enumerate(["Who can apply", "After you apply"])
    )
    sections = "".join(
        f'<h2 id="s{i}">{h}</h2><p>{para}</p>'
        for i, (h, para) in enumerate(
            zip(["Who can apply", "After you apply"], PARAS, strict=False)
        )
    )
    html = f"<html><body><main><h1>Permits</h1>{toc}</ul></nav>{sections}</main></body></html>"
    doc = extract_html(_doc(html))
    nav_blocks = [b for b in doc.blocks if "/nav/" in b.origin]
    assert nav_blocks, "the table of contents is cut into blocks"
    assert not any(b.kept for b in nav_blocks)
    assert [b.text for b in doc.blocks if b.kept and b.kind == "heading"].count(
        "After you apply"
    ) == 1


THREAD = """<html><body><div class="topbar"><a href="/">Forum</a></div>
<div class="posts">
<div class="post"><div class="postbody"><div class="content">{a}</div></div></div>
<div class="post"><div class="postbody"><div class="content">{b}</div>
<div class="signature">Sent from my phone</div></div></div>
</div><table><tr><td>cell one</td><td>cell two</td></tr></table></body></html>"""


def test_features_group_share_marks_a_later_post_whose_first_post_trafilatura_took():
    """A left-out block shares a class path with the kept first post: grp_ext says so."""
    tree = _tree(THREAD.format(a=PARAS[0], b=PARAS[1]))
    blocks = htmlblocks.segment(tree)
    texts = [b.text for b in blocks]
    ext = [1.0 if t == PARAS[0] else 0.0 for t in texts]
    rows = htmlblocks.features(blocks, ext, ext)
    col = htmlblocks.FEATURE_NAMES.index
    names = htmlblocks.FEATURE_NAMES
    row = {t: dict(zip(names, r, strict=True)) for t, r in zip(texts, rows, strict=True)}
    assert row[PARAS[1]]["grp_ext"] == 1.0  # the second post's content
    assert row["Sent from my phone"]["grp_ext"] == 0.0  # a path trafilatura took nowhere
    assert row[PARAS[0]]["grp_ext"] == 0.0  # kept blocks carry no group features
    assert rows[texts.index("cell one")][col("grp_size")] == 0.0  # table cells have no group
    # the signature lies outside the first post, the main container, and its path is not kept
    assert row["Sent from my phone"]["lost_outside"] == 0.0  # coverage < 15%: not looked for


def test_features_outside_main_marks_kept_text_away_from_the_article():
    """A block trafilatura kept outside the element holding most of its text is flagged."""
    html = (
        f"<html><body><article><p>{PARAS[0]}</p><p>{PARAS[1]}</p><p>{PARAS[2]}</p></article>"
        "<aside><p>Top stories: the council votes on the budget today.</p></aside></body></html>"
    )
    blocks = htmlblocks.segment(_tree(html))
    ones = [1.0] * len(blocks)
    rows = htmlblocks.features(blocks, ones, ones)
    flag = [r[htmlblocks.FEATURE_NAMES.index("found_outside")] for r in rows]
    assert flag == [0.0, 0.0, 0.0, 1.0]


def test_segment_reads_a_noscript_with_a_page_of_text_in_few_elements():
    """A <noscript> with 2,000+ characters is the page for crawlers, however few its elements."""
    post = " ".join(PARAS)
    posts = "".join(f"<div>{post}</div>" for _ in range(4))  # ~2,500 characters
    html = f"<html><body><noscript>{posts}</noscript>"
    html += "<noscript><p>Please enable JavaScript.</p></noscript></body></html>"
    texts = [b.text for b in htmlblocks.segment(_tree(html))]
    assert texts == [post] * 4


def test_extract_html_drops_a_lone_linked_word_trafilatura_left_out():
    """A one-word link ("Reply") is dropped even where the model would keep it."""
    n = len(htmlblocks.FEATURE_NAMES)
    keep_all = BlockModel(weights=(50.0,) + (0.0,) * (n - 1))
    html = PAGE.replace("</article>", '<div class="actions"><a href="#r">Reply</a></div></article>')
    doc = ExtractHtml(model=keep_all, drop_nav_links=False)(_doc(html))
    by_text = {b.text: b for b in doc.blocks}
    assert not by_text["Reply"].kept
    assert by_text[PARAS[0]].kept


@pytest.mark.parametrize(
    ("coverage", "expected"),
    [(0.1, 0.5), (0.3, 0.65), (0.9, 0.65)],
)
def test_block_model_found_threshold_for_is_stricter_on_covered_pages(coverage, expected):
    """Trafilatura's own blocks face the covered-found bar where its choice covers the page."""
    model = _two_bar_model()
    assert model.found_threshold_for(coverage) == expected


def _two_bar_model() -> BlockModel:
    """A model with the shipped model's shape of bars: 0.5 / 0.55 left out, 0.5 / 0.65 found."""
    return BlockModel(
        weights=(0.0,),
        threshold=0.5,
        covered_threshold=0.55,
        covered_share=0.3,
        found_threshold=0.5,
        covered_found_threshold=0.65,
    )


def _long_story_with_teasers(*, json_ld: str) -> str:
    """A 300-word story under a rail of 60 linked headlines (teaser words outnumber it 2:1)."""
    story = "".join(f"<p>{p} Part {k}.</p>" for k, p in enumerate(PARAS * 3))
    rail = "".join(
        f'<li><a href="/story/{i}">Council votes on plan number {i} for the new harbour bridge</a>'
        "</li>"
        for i in range(60)
    )
    return PAGE.replace("</head>", f"{json_ld}</head>").replace(
        "</article>",
        f"{story}</article><div><ul>{rail}</ul></div>",
    )


@pytest.mark.parametrize(
    ("json_ld", "teasers_kept"),
    [
        ('<script type="application/ld+json">{"@type": "NewsArticle"}</script>', False),
        ('<script type="application/ld+json">{"@type": ["BlogPosting"]}</script>', False),
        ('<script type="application/ld+json">{"@type": "CollectionPage"}</script>', True),
        ("", True),
    ],
)
def test_extract_html_drops_teaser_links_under_a_declared_article(json_ld, teasers_kept):
    """Linked headlines trafilatura left out go where the page declares the article it found."""
    n = len(htmlblocks.FEATURE_NAMES)
    keep_all = BlockModel(weights=(50.0,) + (0.0,) * (n - 1), covered_threshold=0.5)
    doc = ExtractHtml(model=keep_all, drop_nav_links=False)(
        _doc(
            _long_story_with_teasers(
                json_ld=json_ld,
            )
        )
    )
    by_text = {b.text: b for b in doc.blocks}
    assert by_text[PARAS[0]].kept
    teaser = by_text["Council votes on plan number 7 for the new harbour bridge"]
    assert teaser.kept is teasers_kept


@pytest.mark.parametrize(
    ("coverage", "open_threshold", "expected"),
    [
        (0.1, 0.45, (0.45, 0.45, 0.45)),  # little found, no article declared: the lower bars
        (0.1, None, (0.5, 0.5, 0.5)),  # an article declared: the model's bars
        (0.3, 0.45, (0.55, 0.65, 0.45)),  # covered: the covered bars, but for headings
        (0.1, 0.6, (0.5, 0.5, 0.5)),  # never above the model's own bars
    ],
)
def test_page_thresholds_are_lower_on_pages_that_declare_no_article(
    coverage,
    open_threshold,
    expected,
):
    """The open bar applies only below the covered share (headings: always), only lowering."""
    model = _two_bar_model()
    assert page_thresholds(model, coverage, open_threshold=open_threshold) == expected


_LEAD_PAGE = f"""<html><body><article>
<h1>River floods the lower town</h1>
<p class="lead">{PARAS[3]}</p>
<div class="byline">By Ann Smith, 3 May 2024</div>
<p>{PARAS[0]}</p><p>{PARAS[1]}</p>
</article></body></html>"""


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        (_LEAD_PAGE, [PARAS[3]]),
        # two prose paragraphs left out above the text are no single lead
        (_LEAD_PAGE.replace("<div class", f"<p>{PARAS[2]}</p><div class"), []),
        # no headline above the text: nothing to call a lead
        (_LEAD_PAGE.replace("h1>", "h2>"), []),
    ],
)
def test_lead_blocks_finds_the_one_prose_paragraph_under_the_headline(html, expected):
    """The standfirst between the <h1> and the first kept paragraph is found, alone."""
    raw = htmlblocks.segment(_tree(html))
    blocks = [
        Block(text=b.text, dropped_by=None if b.text in PARAS[:2] else "boilerplate") for b in raw
    ]
    words = [len(b.text.split()) for b in raw]
    assert [raw[i].text for i in _lead_blocks(raw, blocks, words)] == expected


_Q = "Why does water gather on the bedroom windows every morning but not in the kitchen?"
_A = "The windows are not to blame: three people breathe out a lot of water in a closed room."


def _thread(answer: str) -> str:
    return (
        f'<html><body><main><div id="q"><div class="post"><div class="body"><p>{_Q}</p>'
        f'</div></div></div><div id="answers">{answer}</div></main></body></html>'
    )


def _sibling_posts_of(page: str) -> tuple[set[str], set[str]]:
    """`_sibling_posts` on `page` where trafilatura kept the question `_Q` alone: the texts of
    the posts taken back and of the twins among them."""
    raw = htmlblocks.segment(_tree(page))
    first = [b.text for b in raw].index(_Q)
    ext = [1.0 if i == first else 0.0 for i in range(len(raw))]
    blocks = [
        Block(b.text) if i == first else Block(b.text, dropped_by="boilerplate")
        for i, b in enumerate(raw)
    ]
    words = [len(b.text.split()) for b in raw]
    posts, twins = _sibling_posts(raw, blocks, words, ext, [0.0] * len(raw))
    return {raw[i].text for i in posts}, {raw[i].text for i in twins}


@pytest.mark.parametrize(
    ("answer", "kept"),
    [
        # another post of the same kind: same box, a post class word shared
        (f'<div class="post answer"><div class="body"><p>{_A}</p></div></div>', True),
        (f'<div class="post"><div class="body"><p>{_A}</p></div></div>', True),
        # a box of another kind
        (f'<div class="comment"><div class="body"><p>{_A}</p></div></div>', False),
        (f'<div class="post"><div class="text"><p>{_A}</p></div></div>', False),
        # a list item, the footer, a short line, a link
        (f'<div class="post"><div class="body"><li>{_A}</li></div></div>', False),
        (f'<footer><div class="post"><div class="body"><p>{_A}</p></div></div></footer>', False),
        ('<div class="post"><div class="body"><p>Thanks, that helped.</p></div></div>', False),
        (f'<div class="post"><div class="body"><p><a href="/x">{_A}</a></p></div></div>', False),
    ],
)
def test_sibling_posts_takes_back_posts_in_the_kept_posts_box(answer, kept):
    """A left-out prose block whose path ends like a kept post's is taken back, others not."""
    found, _ = _sibling_posts_of(_thread(answer))
    assert (_A in found) is kept
    assert _Q not in found


_RHYMIX_REPLY = (
    f'<ul><li id="comment_7" class="fdb_itm"><div class="comment_7_2 xe_content"><p>{_A}</p>'
    "</div></li></ul>"
)


@pytest.mark.parametrize(
    ("reply", "twin"),
    [
        # Rhymix: the reply's text box has the post's text class, its numbered class and its
        # item's id name a comment (golden ko-forum-rhymix-gyeoul-kaemping-nanro-gyeongbogi-html)
        (_RHYMIX_REPLY, True),
        # a box of the text class numbered for no post (sh-html 1ee91d1f: a statement box
        # beside the story, in its `div.wsw` text class)
        (f'<ul><li class="fdb_itm"><div class="xe_content"><p>{_A}</p></div></li></ul>', False),
        # the reply's box calls itself a comment, or its text box is of another class
        (f'<div class="comment"><div class="xe_content"><p>{_A}</p></div></div>', False),
        (
            f'<ul><li class="fdb_itm"><div class="comment_7_2 text"><p>{_A}</p></div></li></ul>',
            False,
        ),
    ],
)
def test_sibling_posts_takes_back_replies_in_the_posts_own_text_box(reply: str, twin: bool) -> None:
    """A reply in a box of the post's text class, wherever it sits, is a post of the thread."""
    page = (
        f'<html><body><main><article><div class="document_1_2 xe_content"><p>{_Q}</p></div>'
        f"</article>{reply}</main></body></html>"
    )
    posts, twins = _sibling_posts_of(page)
    assert (twins == {_A}) is twin
    assert (posts == {_A}) is twin


def test_extract_html_keeps_the_answers_of_a_question_page_unless_switched_off():
    """The Polish Q&A golden page keeps its answers; keep_sibling_posts=False loses them."""
    page = Path(__file__).parents[2] / "fixtures/pages/pl-pytania-odpowiedzi-wilgoc-html.html"
    html = page.read_text(encoding="utf-8")
    answer = "Czarne kropki to pleśń."

    def kept_text(stage: ExtractHtml) -> str:
        doc = stage(_doc(html))
        return " ".join(b.text for b in doc.blocks if b.kept)

    assert answer in kept_text(ExtractHtml())
    # the group rule takes the answers back too (the same class path as the kept question's)
    off = ExtractHtml(keep_sibling_posts=False, keep_group_mates=False)
    assert answer not in kept_text(off)


@pytest.mark.parametrize(
    ("ld", "declared"),
    [
        ('{"@type": "NewsArticle"}', True),
        ('{"@type": "BlogPosting"}', True),
        ('{"@type": "article"}', True),  # lower case, as some blog engines write it
        ('{"@type": ["WebPage", "Article"]}', True),
        ('{"@type": "Blog", "blogPost": [{"@type": "BlogPosting"}]}', True),  # nested
        ('{"@type": "NewsArticle", "keywords": ["a", ],}', True),  # broken, named all the same
        ('{"@type": "WebPage", "name": "Articles"}', False),
        ('{"@type": "Product"}', False),
    ],
)
def test_extract_html_declares_article_from_jsonld(ld, declared):
    """Any JSON-LD node typed as an article or blog post marks the page as one."""
    html = f'<html><head><script type="application/ld+json">{ld}</script></head><p>x</p></html>'
    assert _declares_article(JsonLd.read(lxml.html.document_fromstring(html))) is declared


_COMMENT = (
    "I grew up in the lower town and have never seen the water this high, the council "
    "should have built the new wall years ago."
)


def _commented(box: str, *, article_kept: bool = True) -> tuple[list[htmlblocks.RawBlock], ...]:
    """The flood page with one comment in `box`; ext marks the article's paragraphs kept."""
    html = PAGE.replace("</article>", f"</article>{box.format(_COMMENT)}")
    raw = htmlblocks.segment(_tree(html))
    kept = set(PARAS) if article_kept else {_COMMENT}
    return raw, [1.0 if b.text in kept else 0.0 for b in raw]


@pytest.mark.parametrize(
    ("box", "article_kept", "dropped"),
    [
        ('<section class="comments"><div class="comment"><p>{}</p></div></section>', True, True),
        ('<div id="comentarios"><p>{}</p></div>', True, True),
        ('<div class="kommentare"><div><p>{}</p></div></div>', True, True),
        # Wix names its components in data-hook, with no class that says so
        (
            '<div data-hook="comments-root"><div data-hook="comment"><p>{}</p></div></div>',
            True,
            True,
        ),
        # no comment box, or the text trafilatura kept is the comments (a forum thread)
        ('<div class="replies"><p>{}</p></div>', True, False),
        ('<div data-hook="post-footer"><p>{}</p></div>', True, False),
        ('<section class="comments"><p>{}</p></section>', False, False),
    ],
)
def test_comment_blocks_are_the_comment_section_under_a_found_article(box, article_kept, dropped):
    """Blocks in a comment box go when trafilatura kept an article outside such boxes."""
    raw, ext = _commented(box, article_kept=article_kept)
    words = [len(b.text.split()) for b in raw]
    found = {raw[i].text for i in _comment_blocks(raw, words, ext, ext)}
    assert (_COMMENT in found) is dropped
    assert not found & set(PARAS)


def test_extract_html_drops_a_news_pages_comments_unless_switched_off_or_reviews():
    """The Portuguese golden page loses its readers' comments; a page of reviews keeps them."""
    page = Path(__file__).parents[2] / "fixtures/pages/pt-noticia-mais-lidas-comentarios-html.html"
    # each comment's own box neutral: the comment section alone says what they are
    html = page.read_text(encoding="utf-8").replace('class="comentario"', 'class="c"')
    comment = "E os lugares de estacionamento, onde ficam?"

    def kept_text(stage: ExtractHtml, page_html: str) -> str:
        doc = stage(_doc(page_html))
        return " ".join(b.text for b in doc.blocks if b.kept)

    assert comment not in kept_text(ExtractHtml(), html)
    assert comment in kept_text(ExtractHtml(drop_comment_sections=False), html)
    reviews = html.replace(
        "</head>",
        '<script type="application/ld+json">{"@type": "Review"}</script></head>',
    )
    assert comment in kept_text(ExtractHtml(), reviews)


@pytest.mark.parametrize(
    ("html", "texts"),
    [
        # phpBB's quote: the "X wrote:" line is a block of its own, apart from the quote
        (
            "<blockquote><div><cite>Ola wrote: 10:42</cite>the quoted line</div></blockquote>",
            ["Ola wrote: 10:42", "the quoted line"],
        ),
        ("<blockquote><cite>Ola wrote:</cite>the quoted line</blockquote>", None),
        # a cite inside a sentence or after a pull quote stays inline
        ("<p>As <cite>Nature</cite> reported, it rained.</p>", ["As Nature reported, it rained."]),
        (
            "<blockquote><div>Rain, <cite>Ola</cite> said.</div></blockquote>",
            ["Rain, Ola said."],
        ),
        (
            "<blockquote><p>A quote.</p><div><cite>Ola</cite> in 2020</div></blockquote>",
            ["A quote.", "Ola in 2020"],
        ),
    ],
)
def test_segment_cuts_a_cite_that_opens_a_quote(html, texts):
    """A <cite> heading a blockquote ends a block; one inside a sentence does not."""
    blocks = htmlblocks.segment(_tree(f"<html><body>{html}</body></html>"))
    assert [b.text for b in blocks] == (texts or ["Ola wrote:", "the quoted line"])
    assert (blocks[0].tag == "cite") is ("wrote" in blocks[0].text)


def _all_kept(raw: list[htmlblocks.RawBlock]) -> list[Block]:
    """Every block of `raw` as the model kept it."""
    return [Block(text=b.text, kind="paragraph") for b in raw]


def _carded_thread(posts: int, sig: str = "div") -> str:
    """A thread of `posts` posts, each with a phpBB user card and a signature in a `sig`."""
    post = """<div class="post"><dl class="postprofile"><dt><a href="/u/{n}">Ola{n}</a></dt>
<dd class="profile-rank">Veteran</dd><dd><strong>Posts:</strong> 4811</dd></dl>
<div class="postbody"><div class="content">{text}</div>
<{sig} class="signature">Volvo V70 2.4 -06</{sig}></div></div>"""
    return "".join(post.format(n=i, text=PARAS[i % len(PARAS)], sig=sig) for i in range(posts))


@pytest.mark.parametrize(
    ("posts", "sig", "dropped"),
    [
        (3, "div", {"Veteran", "Posts: 4811", "Volvo V70 2.4 -06"}),
        (3, "p", {"Veteran", "Posts: 4811", "Volvo V70 2.4 -06"}),
        # one card and one signature on the page: no thread; the signature box goes, and so
        # does a `p.signature` that is no sentence (a story's sign-off sentence stays: see
        # test_card_blocks_drop_a_storys_signature_line_unless_a_sentence)
        (1, "div", {"Volvo V70 2.4 -06"}),
        (1, "p", {"Volvo V70 2.4 -06"}),
    ],
)
def test_card_blocks_are_a_threads_user_cards_and_signatures_but_the_name(posts, sig, dropped):
    """A thread's cards and signatures go, the poster's name and the posts stay."""
    thread = _carded_thread(posts, sig)
    raw = htmlblocks.segment(_tree(f"<html><body>{thread}</body></html>"))
    words = [len(b.text.split()) for b in raw]
    found = {raw[i].text for i in _card_blocks(raw, _all_kept(raw), words)}
    assert found == dropped
    assert not found & set(PARAS)


def _xenforo_thread(names: list[tuple[str, str]]) -> str:
    """A XenForo 2 thread: each post's `data-author` and the name its user card shows."""
    post = """<article class="message message--post" data-author="{author}"><div class="message-inner">
<div class="message-cell message-cell--user"><section class="message-user">
<div class="message-userDetails"><h4 class="message-name"><a class="username" href="/m/{n}">{name}</a>
</h4><h5 class="userTitle">Well-known member</h5></div></section></div>
<div class="message-cell message-cell--main"><article class="message-body"><div class="bbWrapper">
{text}</div></article></div></div></article>"""
    return "".join(
        post.format(n=i, author=a, name=n, text=PARAS[i % len(PARAS)])
        for i, (a, n) in enumerate(names)
    )


@pytest.mark.parametrize(
    ("names", "dropped"),
    [
        # the name its post declares as its author heads the card (golden
        # he-forum-xenforo-dud-shemesh-tguvot-html's truth leaves it out)
        ([("Dani Cohen", "Dani Cohen"), ("Roni", "Roni")], {"Dani Cohen", "Roni"}),
        # a post that declares another author (or none) keeps the linked name
        ([("Dani Cohen", "Dani"), ("Roni", "Roni")], {"Roni"}),
    ],
)
def test_card_blocks_drop_the_name_a_post_declares_as_its_author(names, dropped):
    """A user card's linked name goes where it is its post's `data-author`."""
    raw = htmlblocks.segment(_tree(f"<html><body>{_xenforo_thread(names)}</body></html>"))
    words = [len(b.text.split()) for b in raw]
    found = {raw[i].text for i in _card_blocks(raw, _all_kept(raw), words)}
    assert found == {"Well-known member"} | dropped


def test_card_blocks_leave_a_thread_sized_box_named_like_a_card():
    """A box of a thread's size is a container, whatever its class says (wcxb-dev 0560)."""
    long_posts = "".join(f"<p>{t}</p>" for t in PARAS * 2)
    html = f'<html><body><div class="postprofile_container">{long_posts}</div></body></html>'
    raw = htmlblocks.segment(_tree(html))
    assert _card_blocks(raw, _all_kept(raw), [len(b.text.split()) for b in raw]) == set()


def test_extract_html_drops_the_forum_pages_cards_unless_switched_off():
    """Golden nb-forum-traad-sitat-svar-html loses its rank lines and signatures."""
    page = Path(__file__).parents[2] / "fixtures/pages/nb-forum-traad-sitat-svar-html.html"
    html = page.read_text(encoding="utf-8")

    def kept(stage: ExtractHtml) -> list[str]:
        return [b.text for b in stage(_doc(html)).blocks if b.kept]

    on, off = kept(ExtractHtml()), kept(ExtractHtml(drop_user_cards=False))
    for furniture in ("Veteran", "Tesla Model 3 LR 2021"):
        assert furniture in off
        assert furniture not in on
    assert "Bjørnar" in on  # the poster's name, which the shared truth keeps
    assert not any(t.startswith("Kari_S skrev") for t in on)


_LINKS = (
    '<ul class="links"><li><a href="/a">The population figures of the northern towns</a></li>'
    '<li><a href="/b">Our episode on the housing market (episode 32)</a></li></ul>'
)


@pytest.mark.parametrize(
    ("html", "found"),
    [
        # between the kept heading and the kept credits line: the show notes' links
        (
            f"<section><p>{PARAS[0]}</p><h2>Links</h2>{_LINKS}<p>{PARAS[1]}</p></section>",
            {
                "The population figures of the northern towns",
                "Our episode on the housing market (episode 32)",
            },
        ),
        # a list under its own heading at the text's end ("Related") is no part of it
        (f"<section><p>{PARAS[0]}</p><h2>Links</h2>{_LINKS}</section>", set()),
        # no heading above: a list of its own
        (f"<section><p>{PARAS[0]}</p>{_LINKS}<p>{PARAS[1]}</p></section>", set()),
        # a row of buttons in a list (phpBB's "Siter") is a control
        (
            f'<div><h3>Re: a thread</h3><ul><li><a href="/q">Quote</a></li></ul><p>{PARAS[1]}</p></div>',
            set(),
        ),
    ],
)
def test_headed_lists_are_a_left_out_list_between_a_kept_heading_and_text(html, found):
    """A list left out between a kept heading and a kept block comes back."""
    raw = htmlblocks.segment(_tree(f"<html><body>{html}</body></html>"))
    blocks = [
        Block(
            text=b.text,
            kind="paragraph",
            dropped_by=None if b.tag in {"p", "h2", "h3"} else "boilerplate",
        )
        for b in raw
    ]
    assert {raw[i].text for i in _headed_lists(raw, blocks)} == found


def test_extract_html_keeps_the_show_notes_links_unless_switched_off():
    """Golden lb-podcast-episod-dierfer-eislek-html keeps its "Links zur Episod" list."""
    page = Path(__file__).parents[2] / "fixtures/pages/lb-podcast-episod-dierfer-eislek-html.html"
    html = page.read_text(encoding="utf-8")

    def kept(stage: ExtractHtml) -> list[str]:
        return [b.text for b in stage(_doc(html)).blocks if b.kept]

    on, off = kept(ExtractHtml()), kept(ExtractHtml(keep_headed_lists=False))
    item = "Eis Episod iwwer de Wunnengsmaart (Episod 32)"
    assert item in on
    assert item not in off


_XF_QUOTE = (
    '<blockquote class="bbCodeBlock"><div class="bbCodeBlock-title"><a href="/p/1">Ola a dit :</a>'
    '</div><div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent">'
    "rentre la batterie au chaud la nuit.</div></div></blockquote>"
)


@pytest.mark.parametrize(
    ("html", "found"),
    [
        # XenForo: the quote inside the reply's own element; its head stays out
        (
            f'<div class="bbWrapper">{_XF_QUOTE}{PARAS[0]}</div>',
            {"rentre la batterie au chaud la nuit."},
        ),
        # a pull quote beside the paragraphs is no reply's quote
        (f"<div><p>{PARAS[0]}</p>{_XF_QUOTE}<p>{PARAS[1]}</p></div>", set()),
        # a quote of a whole kept post repeats it: counted once
        (
            (
                f'<p>{PARAS[1]}</p><div class="bbWrapper"><blockquote><div>{PARAS[1]}</div>'
                f'<div><a role="button">Click to expand...</a></div></blockquote>{PARAS[0]}</div>'
            ),
            set(),
        ),
    ],
)
def test_post_quotes_are_a_replys_quoted_lines_but_the_head(html, found):
    """A quote set inside a kept post's text comes back, its "X a dit :" head does not."""
    raw = htmlblocks.segment(_tree(f"<html><body>{html}</body></html>"))
    quoted = [any(a.tag == "blockquote" for a in b.element.iterancestors()) for b in raw]
    blocks = [
        Block(
            text=b.text,
            kind="paragraph",
            dropped_by=None if b.text in PARAS and not q else "boilerplate",
        )
        for b, q in zip(raw, quoted, strict=True)
    ]
    words = [len(b.text.split()) for b in raw]
    assert {raw[i].text for i in _post_quotes(raw, blocks, words)} == found


def test_quote_controls_are_a_quotes_button_kept_with_its_post():
    """XenForo's "Click to expand..." (an `a[role=button]` with no href) in a kept quote goes, in
    any language (round AD golden mai-charcha-xenforo-mithila-painting-kagaj-html)."""
    html = (
        f'<div class="bbWrapper"><blockquote><div>{PARAS[1]}</div><div class="bbCodeBlock-'
        'expandLink"><a role="button" tabindex="0">विस्तार करबाक लेल क्लिक करू...</a></div>'
        f"</blockquote>{PARAS[0]}<button>Reply</button></div>"
    )
    raw = htmlblocks.segment(_tree(f"<html><body>{html}</body></html>"))
    blocks = [Block(text=b.text, kind="paragraph") for b in raw]
    found = {raw[i].text for i in _quote_controls(raw, blocks)}
    assert found == {"विस्तार करबाक लेल क्लिक करू..."}


def test_extract_html_keeps_a_forum_replys_quote_unless_switched_off():
    """Golden fr-forum-fil-batterie-velo-hiver-html keeps the quoted line of a reply."""
    page = Path(__file__).parents[2] / "fixtures/pages/fr-forum-fil-batterie-velo-hiver-html.html"
    html = page.read_text(encoding="utf-8")

    def kept(stage: ExtractHtml) -> list[str]:
        return [b.text for b in stage(_doc(html)).blocks if b.kept]

    on, off = kept(ExtractHtml()), kept(ExtractHtml(keep_post_quotes=False))
    quoted = "rentre la batterie au chaud la nuit et ne la charge jamais quand elle sort du froid."
    assert quoted in on
    assert quoted not in off
    assert "Gégé du Vercors a dit :" not in on


_REVIEWS = [
    "Olivia is a wonderful teacher, and her classes changed the way I move through every day.",
    "I have been to many classes over the years, and hers are by far the clearest and kindest.",
    "The retreat in Spain was a week of good food, patient teaching and long walks by the sea.",
    "Her explanations of anatomy finally made sense of the poses I had been doing wrong for years.",
]
_CONTACT = "Use the form on the right to contact us about classes, retreats and private lessons."


def _service_page(reviews: int = len(_REVIEWS)) -> str:
    quotes = "".join(f"<blockquote>{r}</blockquote>" for r in _REVIEWS[:reviews])
    return (
        f'<html><body><div class="contact"><p>{_CONTACT}</p></div>'
        f'<div class="reviews"><h2>Reviews</h2>{quotes}</div>'
        "<footer><p>Copyright 2026 Yoga with Olivia, all rights reserved in every land.</p>"
        "</footer></body></html>"
    )


@pytest.mark.parametrize(
    ("prob", "reviews", "taken"),
    [
        # the left-out prose in the prose container comes back, the kept contact text is no news
        (0.3, 4, set(_REVIEWS)),
        # the model rules it out
        (0.1, 4, set()),
        # too little prose on the page to look for a container: one review
        (0.3, 1, set()),
    ],
)
def test_open_prose_takes_back_the_prose_in_the_prose_container(prob, reviews, taken):
    """Prose left out inside the container holding most of the page's prose comes back."""
    raw = htmlblocks.segment(_tree(_service_page(reviews)))
    texts = [b.text for b in raw]
    contact = texts.index(_CONTACT)
    ext = [1.0 if i == contact else 0.0 for i in range(len(raw))]
    blocks = [
        Block(b.text) if i == contact else Block(b.text, dropped_by="boilerplate")
        for i, b in enumerate(raw)
    ]
    words = [len(t.split()) for t in texts]
    found = _open_prose(raw, blocks, words, ext, [0.0] * len(raw), probs=[prob] * len(raw))
    assert {texts[i] for i in found} == taken


def test_open_prose_leaves_out_the_prose_outside_the_container():
    """The footer's sentence and the contact box sit outside the reviews' box: not taken."""
    raw = htmlblocks.segment(_tree(_service_page()))
    texts = [b.text for b in raw]
    blocks = [Block(t, dropped_by="boilerplate") for t in texts]
    words = [len(t.split()) for t in texts]
    zeros = [0.0] * len(raw)
    found = {
        texts[i] for i in _open_prose(raw, blocks, words, zeros, zeros, probs=[0.3] * len(raw))
    }
    assert found == set(_REVIEWS)
    assert _CONTACT not in found


def test_open_prose_leaves_a_comment_thread_alone():
    """A container that names itself a comment section holds readers' comments: not taken."""
    raw = htmlblocks.segment(_tree(_service_page().replace('"reviews"', '"comment-list"')))
    texts = [b.text for b in raw]
    blocks = [Block(t, dropped_by="boilerplate") for t in texts]
    words = [len(t.split()) for t in texts]
    zeros = [0.0] * len(raw)
    assert _open_prose(raw, blocks, words, zeros, zeros, probs=[0.3] * len(raw)) == set()


def test_open_prose_needs_a_container_below_the_body():
    """Prose spread over the whole page (a cookie dialog's and the reviews') gives no container."""
    dialog = "".join(f"<p>{r.replace('Olivia', 'Our partner')}</p>" for r in _REVIEWS)
    html = _service_page().replace("<footer>", f'<div class="dialog">{dialog}</div><footer>')
    raw = htmlblocks.segment(_tree(html))
    texts = [b.text for b in raw]
    blocks = [Block(t, dropped_by="boilerplate") for t in texts]
    words = [len(t.split()) for t in texts]
    zeros = [0.0] * len(raw)
    assert _open_prose(raw, blocks, words, zeros, zeros, probs=[0.3] * len(raw)) == set()


def _blocks_kept_unless(raw: list[htmlblocks.RawBlock], dropped: set[str]) -> list[Block]:
    return [Block(b.text, dropped_by="boilerplate" if b.text in dropped else None) for b in raw]


_WIDGETS = (
    f'<html><body><div class="job"><h2>Deine Aufgaben</h2><ul><li>{PARAS[0]}</li></ul>'
    '<div class="cta-bottom"><a class="btn" href="/apply">Jetzt bewerben</a>'
    '<p class="hint">Bewerbung in 3 Minuten – ohne Anmeldung</p></div></div>'
    '<section class="similar"><h2>Ähnliche Stellen</h2><ul><li><a href="/j/1">Anlagenmechaniker'
    "</a></li><li><a href='/j/2'>Projektleiter</a></li></ul></section>"
    "<section class='faq'><h2>Wie lange dauert es?</h2><p>Zwei Wochen.</p></section>"
    "<section class='faq'><h2>Wer zahlt?</h2><p>Die Firma.</p></section>"
    "<div class='quote'><blockquote><div class='title'>Sergey wrote:</div>the boiler stops"
    "</blockquote></div></body></html>"
)


def test_orphan_heads_drops_a_widget_title_whose_content_went():
    """A unique box's heading or short line goes when the rest of its box was dropped."""
    raw = htmlblocks.segment(_tree(_WIDGETS))
    dropped = {
        "Jetzt bewerben",
        "Anlagenmechaniker",
        "Projektleiter",
        "Zwei Wochen.",
        "Die Firma.",
        "Sergey wrote:",
    }
    blocks = _blocks_kept_unless(raw, dropped)
    words = [len(b.text.split()) for b in raw]
    found = {raw[i].text for i in _orphan_heads(raw, blocks, words)}
    # the FAQ entries repeat their box (tiles of a list), the quoted line is text, the job's
    # heading keeps its list
    assert found == {"Bewerbung in 3 Minuten – ohne Anmeldung", "Ähnliche Stellen"}


def test_button_rows_leave_a_button_each_tile_repeats_beside_its_badge():
    """Tiles' rows differ by their badges only: the same button, the tiles' own (a cart)."""
    tiles = "".join(
        f"<li class='tile'><a href='/p{n}'>Espresso maker {n}</a><p>{n}9,00 €</p>"
        f"<div class='act'><span>{badge}</span><button>Add to cart</button></div></li>"
        for n, badge in enumerate(["-17%", "New"])
    )
    html = f"<html><body><main><p>{PARAS[0]}</p><ul>{tiles}</ul></main></body></html>"
    raw = htmlblocks.segment(_tree(html))
    assert "-17% Add to cart" in [b.text for b in raw]
    assert _button_rows(raw, [Block(b.text) for b in raw]) == set()


@pytest.mark.parametrize(
    ("row", "dropped"),
    [
        ('<a class="btn" href="/apply">Jetzt bewerben</a> <button>Stelle merken</button>', True),
        ("<button>Oui</button> <button>Non</button>", True),
        ('Tags: <a href="/t/1">rivers</a> <a href="/t/2">floods</a>', False),  # a label
        ('<a href="#p3">#3</a> · <a href="#p3">Jan 15, 2024</a>', False),  # a post's number
        ('<a href="/apply">Apply</a>', False),  # one link: the lone-link rule's
        # beside a button, short spans are the row's labels (golden
        # is-nuxt-beinlysing-eldgos-sundhnuk-html's live-blog controls)
        ("<span>Newest first</span><button>Auto-update</button><span>3 new posts</span>", True),
        # without a button, spans are text
        ("<span>Newest first</span> <span>3 new posts</span>", False),
        # a code block's copy button beside the highlighter's token spans: a command, no row
        # (MkDocs Material, golden ti-senedat-mkdocs-material-mitaw-csv-html)
        (
            (
                '<pre><button class="md-clipboard" title="Copy"></button><code><span>'
                '<span class="nb">mekhzen</span> <span class="n">import</span> '
                '<span class="n">data/customers.csv</span> <span class="o">--table</span> '
                '<span class="n">customers</span></span></code></pre>'
            ),
            False,
        ),
    ],
)
def test_button_rows_drops_a_block_of_short_controls_only(row, dropped):
    """A block that is nothing but two or more short links or buttons is a control row."""
    html = f"<html><body><article><p>{PARAS[0]}</p><div class='row'>{row}</div></article></body></html>"
    raw = htmlblocks.segment(_tree(html))
    blocks = [Block(b.text) for b in raw]
    assert bool(_button_rows(raw, blocks)) is dropped


@pytest.mark.parametrize(
    ("tabs", "dropped"),
    [
        # Docusaurus code tabs (golden uk-dokumentatsiia-api-platezhi-versii-html)
        (
            (
                '<ul role="tablist"><li role="tab">cURL</li><li role="tab">Python</li>'
                '<li role="tab">Node.js</li></ul>'
            ),
            {"cURL", "Python", "Node.js"},
        ),
        # the tab is a link inside the list item
        (
            (
                '<ul role="tablist"><li><a role="tab" href="#d">Description</a></li>'
                '<li><a role="tab" href="#r"><span>Reviews (29)</span></a></li></ul>'
            ),
            {"Description", "Reviews (29)"},
        ),
        # a long label heads its panel's text; a list without tabs is text
        ('<ul role="tablist"><li role="tab">Welcome to the first lesson</li></ul>', set()),
        ("<ul><li>cURL</li><li>Python</li></ul>", set()),
    ],
)
def test_tab_labels_are_the_short_labels_of_role_tab(tabs, dropped):
    """A tab's label (`role="tab"`, up to three words) is a control."""
    html = (
        f"<html><body><article><p>{PARAS[0]}</p><div class='tabs'>{tabs}"
        "<div role='tabpanel'><pre>curl -X POST https://api.example/v3/payments</pre></div>"
        "</div></article></body></html>"
    )
    raw = htmlblocks.segment(_tree(html))
    words = [len(b.text.split()) for b in raw]
    assert {raw[i].text for i in _tab_labels(raw, _all_kept(raw), words)} == dropped


def test_extract_html_drops_code_tabs_but_not_their_code_unless_switched_off():
    """The tabs go, the code under them stays (the orphan-head rule runs before)."""
    html = (
        "<html><head><title>Payments</title></head><body><article><h1>Create a payment</h1>"
        f"<p>{PARAS[0]}</p><div class='tabs-container'><ul role='tablist' class='tabs'>"
        "<li role='tab' class='tabs__item'>cURL</li><li role='tab' class='tabs__item'>Python</li>"
        "</ul><div role='tabpanel'><pre><code>curl -X POST https://api.example/v3/payments -d"
        f" amount=100</code></pre></div></div><p>{PARAS[1]}</p></article></body></html>"
    )

    def kept(stage: ExtractHtml) -> list[str]:
        return [b.text for b in stage(_doc(html)).blocks if b.kept]

    on, off = kept(ExtractHtml()), kept(ExtractHtml(drop_tab_labels=False))
    assert "cURL" in off
    assert "cURL" not in on
    assert "Python" not in on
    assert any(t.startswith("curl -X POST") for t in on)


@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        ("Kirjoittaja on Aino Kivelän entinen oppilas.", False),  # a sentence: the sign-off
        ("<em>Umhverfis- og framkvæmdasvið</em>", True),  # a bare name: the issuer's signature
    ],
)
def test_card_blocks_drop_a_storys_signature_line_unless_a_sentence(line, dropped):
    """A story's one `p.signature` stays when it is a sentence and goes when it is a name."""
    html = f'<html><body><div>{"".join(f"<p>{t}</p>" for t in PARAS)}<p class="signature">{line}</p></div></body></html>'
    raw = htmlblocks.segment(_tree(html))
    found = _card_blocks(raw, _all_kept(raw), [len(b.text.split()) for b in raw])
    assert bool(found) is dropped


@pytest.mark.parametrize(
    ("cls", "button", "dropped"),
    [
        ("callout", True, True),  # heading, one line, a button out: a callout
        ("callout", False, False),  # no link out: a closing section of the text
        ("", True, False),  # a box with no class tells nothing
    ],
)
def test_end_callout_drops_the_last_box_when_it_points_elsewhere(cls, button, dropped):
    """The last kept box, a heading over one short line with a link out, is a callout."""
    link = '<a class="btn" href="/contact">Nous écrire</a>' if button else ""
    html = (
        f"<html><body><article><div class='text'>{''.join(f'<p>{t}</p>' for t in PARAS)}</div>"
        f"<div class='{cls}'><h3>Vous n'avez pas trouvé votre réponse ?</h3>"
        f"<p>Nos conseillers vous répondent du lundi au vendredi.</p>{link}</div>"
        "</article></body></html>"
    )
    raw = htmlblocks.segment(_tree(html))
    blocks = [
        Block(b.text, dropped_by="boilerplate" if b.text == "Nous écrire" else None) for b in raw
    ]
    words = [len(b.text.split()) for b in raw]
    assert bool(_end_callout(raw, blocks, words)) is dropped


def test_copies_drops_the_second_copy_of_the_text_only():
    """The article again (a <noscript> copy) goes; a repeated line or a short run stays."""
    text = [Block(p) for p in PARAS]
    words = [len(p.split()) for p in PARAS]
    blocks = [Block("Menu"), *text, Block("Yes"), Block("Yes"), *text, Block("Footer")]
    counts = [1, *words, 1, 1, *words, 1]
    assert _copies(blocks, counts) == set(range(7, 11))
    # one paragraph said twice is no copy of the text, nor a copy the model dropped
    again = [*text, text[0]]
    assert not _copies(again, [*words, words[0]])
    dropped = [*text, *(b.drop("boilerplate") for b in text)]
    assert not _copies(dropped, words * 2)
    assert ExtractHtml(drop_copies=False).drop_copies is False


_SHOP_REVIEWS = (
    "<div class='averageCustomerReviews'><h2>Customer reviews</h2>"
    "<div class='review-item'><p>Great bag, the straps are comfortable and it holds a lot.</p>"
    "</div><div class='review-item'><p>Zip broke after a month of daily use, sadly.</p></div></div>"
)


@pytest.mark.parametrize(
    ("rest", "dropped"),
    [
        (
            PARAS[0],
            {
                "Customer reviews",
                "Great bag, the straps are comfortable and it holds a lot.",
                "Zip broke after a month of daily use, sadly.",
            },
        ),
        ("", set()),  # nothing but reviews: the page is its reviews
    ],
)
def test_review_blocks_are_the_customer_reviews_under_the_description(rest, dropped):
    """Kept blocks in a box naming reviews (camelCase too) go, unless nothing else is kept."""
    html = f"<html><body><main><div class='description'><p>{rest}</p></div>{_SHOP_REVIEWS}</main></body></html>"
    raw = htmlblocks.segment(_tree(html))
    blocks = [Block(b.text) for b in raw]
    words = [len(b.text.split()) for b in raw]
    assert {raw[i].text for i in _review_blocks(raw, blocks, words)} == dropped


def test_extract_html_drops_a_shops_reviews_only_on_a_product_page():
    """The gate: JSON-LD Product and no article; a review article keeps its text."""
    body = "".join(f"<p>{t}</p>" for t in PARAS) + _SHOP_REVIEWS
    for ld_type, gone in (("Product", True), ("Article", False)):
        ld = json.dumps({"@context": "https://schema.org", "@type": ld_type, "name": "Trail 25"})
        html = (
            f"<html><head><script type='application/ld+json'>{ld}</script></head>"
            f"<body><main>{body}</main></body></html>"
        )
        kept = {b.text for b in extract_html(_doc(html)).blocks if b.kept}
        assert ("Zip broke after a month of daily use, sadly." not in kept) is gone
        assert PARAS[1] in kept
    assert ExtractHtml(drop_shop_reviews=False).drop_shop_reviews is False


_POLICY_TABS = (
    "<div class='accordion'><details><summary><h2>Specifications</h2></summary>"
    "<div class='accordion__content'><p>Capacity 6 litres, power 1700 W, weight 5.2 kg.</p></div>"
    "</details></div><div class='accordion'><details><summary><h2>Shipping &amp; Returns</h2>"
    "</summary><div class='accordion__content'><p>Free delivery in two days; returns within "
    "30 days.</p></div></details></div><div class='accordion'><details><summary><h2>Warranty"
    "</h2></summary><div class='accordion__content'><p>Two years at any service centre.</p>"
    "</div></details></div>"
)


def test_policy_blocks_are_a_shops_shipping_and_returns_accordion():
    """The accordion whose summary names the shipping policy goes; the spec and warranty stay."""
    html = f"<html><body><main><p>{PARAS[0]}</p>{_POLICY_TABS}</main></body></html>"
    raw = htmlblocks.segment(_tree(html))
    blocks = [Block(b.text) for b in raw]
    assert {raw[i].text for i in _policy_blocks(raw, blocks)} == {
        "Shipping & Returns",
        "Free delivery in two days; returns within 30 days.",
    }


def test_extract_html_drops_a_shops_policy_tabs_only_on_a_product_page():
    """The gate: JSON-LD Product and no article; an article's "Shipping" FAQ keeps its text."""
    body = "".join(f"<p>{t}</p>" for t in PARAS) + _POLICY_TABS
    policy = "Free delivery in two days; returns within 30 days."
    for ld_type, gone in (("Product", True), ("Article", False)):
        ld = json.dumps({"@context": "https://schema.org", "@type": ld_type, "name": "AirChef 6"})
        html = (
            f"<html><head><script type='application/ld+json'>{ld}</script></head>"
            f"<body><main>{body}</main></body></html>"
        )
        kept = {b.text for b in extract_html(_doc(html)).blocks if b.kept}
        assert (policy not in kept) is gone
        assert PARAS[1] in kept
    assert ExtractHtml(drop_policy_tabs=False).drop_policy_tabs is False


def test_extract_html_reads_an_add_to_cart_button_as_a_product_page():
    """A page declaring nothing but selling from a cart button gets the shop rules."""
    body = "".join(f"<p>{t}</p>" for t in PARAS) + _SHOP_REVIEWS
    zip_line = "Zip broke after a month of daily use, sadly."
    for button, gone in (
        ("<form action='/cart'><input id='add-to-cart-button' type='submit'></form>", True),
        ("<button class='btn AddToCart'>Add</button>", True),
        ("<button class='btn'>Subscribe</button>", False),  # no cart: not known to sell
    ):
        html = f"<html><body><main>{button}{body}</main></body></html>"
        kept = {b.text for b in extract_html(_doc(html)).blocks if b.kept}
        assert (zip_line not in kept) is gone
        assert PARAS[1] in kept
    html = f"<html><body><main><button name='add_to_bag'>Add</button>{body}</main></body></html>"
    kept = {b.text for b in ExtractHtml(cart_shops=False)(_doc(html)).blocks if b.kept}
    assert zip_line in kept


@pytest.mark.parametrize(
    ("control", "sells"),
    [
        ("<input type='submit' id='add-to-cart-button' value='Add to Cart'>", True),
        ("<button name='add'>Add to basket</button>", False),  # the label is no attribute
        ("<input type='submit' value='Add to basket'>", True),
        ("<form class='product-form add_to_bag'></form>", True),
        ("<div class='add-to-cart'>Add</div>", False),  # no button, input or form
        ("<button class='cart-toggle'>Cart (0)</button>", False),  # the header's cart
    ],
)
def test_sells_reads_a_control_that_adds_to_a_cart(control, sells):
    """A button, input or form whose id, class, name or value adds to a cart."""
    assert _sells(_tree(f"<html><body><p>Lamp</p>{control}</body></html>")) is sells


@pytest.mark.parametrize(
    ("rest", "dropped"),
    [
        (
            f"<p>{PARAS[0]}</p>",
            {"Find a dealer", "Use my location to find the closest service provider near me."},
        ),
        # nothing else outside links: the overlay is all the page says, it stays
        (
            "<ul><li><a href='/a'>Trail mower one</a></li><li><a href='/b'>Mower two</a></li></ul>",
            set(),
        ),
    ],
)
def test_overlay_blocks_are_a_modal_or_popup_box(rest, dropped):
    """Kept blocks in a box naming a modal, dialog, popup or lightbox go, if the page has more."""
    html = (
        f"<html><body><main>{rest}<div class='agile-modal-dialog'><div class='modal-content'>"
        "<h4>Find a dealer</h4><p>Use my location to find the closest service provider near "
        "me.</p></div></div><div class='dialogue'><p>Ann: Hello there, how are you?</p></div>"
        "</main></body></html>"
    )
    raw = htmlblocks.segment(_tree(html))
    blocks = [Block(b.text) for b in raw]
    words = [len(b.text.split()) for b in raw]
    assert {raw[i].text for i in _overlay_blocks(raw, blocks, words)} == dropped
    page = f"<html><body><main>{rest}<div class='popup' id='newsletter-popup'><p>{PARAS[3]}</p></div></main></body></html>"
    kept = {b.text for b in extract_html(_doc(page)).blocks if b.kept}
    assert (PARAS[3] not in kept) is bool(dropped)
    assert ExtractHtml(drop_overlays=False).drop_overlays is False


def test_disclaimer_blocks_are_the_kept_blocks_of_a_disclaimer_box():
    """Small print in a box naming a disclaimer goes; a post tagged 'disclaimer' stays."""
    note = "Products are chosen independently by our editors and we may earn a commission."
    inner = (
        "<article class='post tag-disclaimer'>"
        f"<p>{PARAS[0]}</p><div class='entry-disclaimer'><p>{note}</p></div>"
        f"<section><div id='legalDisclaimers'><ul><li>{PARAS[2]}</li></ul></div></section>"
        f"<p>{PARAS[1]}</p></article>"
    )
    raw = htmlblocks.segment(_tree(f"<html><body>{inner}</body></html>"))
    blocks = [Block(b.text) for b in raw]
    found = {raw[i].text for i in _disclaimer_blocks(raw, blocks)}
    assert found == {note, PARAS[2]}
    dropped = [b.drop("boilerplate") if b.text == note else b for b in blocks]
    assert {raw[i].text for i in _disclaimer_blocks(raw, dropped)} == {PARAS[2]}
    page = f"<html><body><main>{inner}</main></body></html>"
    kept = {b.text for b in extract_html(_doc(page)).blocks if b.kept}
    assert note not in kept
    assert PARAS[0] in kept
    assert ExtractHtml(drop_disclaimers=False).drop_disclaimers is False


@pytest.mark.parametrize(
    ("field", "extra", "dropped"),
    [
        ('<input type="email" placeholder="Email address">', "", True),
        ('<input type="text" name="newsletter_email">', "", True),
        ('<input type="text" name="q">', "", False),  # a search box
        ('<input type="email">', " ".join(PARAS), False),  # a page wrapped in one form
    ],
)
def test_signup_blocks_are_a_small_box_with_an_email_field(field, extra, dropped):
    """A box of a few lines with an email field inside the text is a newsletter sign-up."""
    html = (
        f"<html><body><article><p>{PARAS[0]}</p><div class='Newsletter_inline__S2pQw'>"
        f"<p>Morning Commute</p><p>Get the day's transit news in your inbox.</p><p>{extra}</p>"
        f"<form>{field}<button>Sign up</button></form></div><p>{PARAS[1]}</p></article></body></html>"
    )
    raw = htmlblocks.segment(_tree(html))
    found = {raw[i].text for i in _signup_blocks(raw, [Block(b.text) for b in raw])}
    assert ("Morning Commute" in found) is dropped
    assert PARAS[0] not in found
    assert PARAS[1] not in found


def test_repeats_drops_a_long_paragraph_said_again_in_another_box():
    """A 30-word paragraph quoted in a later post goes; in its own box, or short, it stays."""
    long_text = " ".join([PARAS[0], PARAS[1]])
    blocks = [
        Block(long_text, origin="/html/body/div[1]/p[1]"),
        Block("Yes", origin="/html/body/div[1]/p[2]"),
        Block(long_text, origin="/html/body/div[2]/blockquote/p"),  # quoted in a reply
        Block("Yes", origin="/html/body/div[2]/p[1]"),  # short: the page's own
        Block(long_text, origin="/html/body/div[1]/p[3]"),  # again in the first box
        Block(long_text, origin="/html/body/div[3]/p", dropped_by="boilerplate"),
    ]
    words = [len(b.text.split()) for b in blocks]
    assert _repeats(blocks, words) == {2}


@pytest.mark.parametrize(
    ("types", "discussion"),
    [
        ({"recipe", "aggregaterating"}, False),  # the readers' stars over a recipe
        ({"article", "aggregaterating"}, True),
        ({"recipe", "review"}, True),
        ({"product"}, True),
        ({"newsarticle"}, False),
    ],
)
def test_declares_discussion_leaves_a_recipes_rating_out(types, discussion):
    """A recipe's AggregateRating says nothing of its comments; elsewhere a rating does."""
    assert _declares_discussion(JsonLd(all_types=frozenset(types))) is discussion


_SPEC = (
    "<div class='panel'><h2>Additional information</h2><table class='shop_attributes'>"
    "<tr><th>Capacity</th><td><p>1.8 litres</p></td></tr>"
    "<tr><th>Power</th><td><p>700 W</p></td></tr></table></div>"
)


@pytest.mark.parametrize(
    ("html", "taken"),
    [
        (_SPEC, {"Additional information", "Capacity", "1.8 litres", "Power", "700 W"}),
        # three cells a row: a price grid, no name/value table
        (_SPEC.replace("</td></tr>", "</td><td>x</td></tr>"), set()),
        # one row is no table of attributes
        (_SPEC.replace("<tr><th>Power</th><td><p>700 W</p></td></tr>", ""), set()),
        # in the footer or a review box: not the product's
        (f"<footer>{_SPEC}</footer>", set()),
        (f"<div class='reviews'>{_SPEC}</div>", set()),
    ],
)
def test_spec_blocks_are_a_name_value_table_and_its_heading(html, taken):
    """The dropped cells of a two-column table of short rows come back, with the heading."""
    tabs = f"<div class='tabs'><div class='description'><p>{PARAS[0]}</p></div>{html}</div>"
    raw = htmlblocks.segment(_tree(f"<html><body><main>{tabs}</main></body></html>"))
    blocks = [Block(b.text, dropped_by=None if b.text == PARAS[0] else "boilerplate") for b in raw]
    assert {raw[i].text for i in _spec_blocks(raw, blocks)} == taken


def test_spec_blocks_need_kept_text_beside_the_table():
    """A table far from the kept text (a pop-up cart's totals) stays out."""
    html = (
        f"<html><body><main><div class='description'><p>{PARAS[0]}</p></div>"
        f"<div class='fly-cart'><div class='inner'><div class='totals'>{_SPEC}</div></div></div>"
        "</main></body></html>"
    )
    raw = htmlblocks.segment(_tree(html))
    blocks = [Block(b.text, dropped_by=None if b.text == PARAS[0] else "boilerplate") for b in raw]
    assert _spec_blocks(raw, blocks) == set()


_SUMMARY = (
    "<div class='summary'><h1>Rice Cooker DB-18</h1><p class='price'>RM259.00</p>"
    "<div class='short-description'><p>A digital rice cooker of 1.8 litres for four to eight"
    " people, with eight cooking modes.</p></div><p class='stock'>In stock (14 units)</p>"
    "<div class='item-sponsored'><p>You are seeing this ad because of what you searched for"
    " on the shop.</p></div></div>"
)


@pytest.mark.parametrize(
    ("kept", "taken"),
    [
        (
            set(),
            {
                "A digital rice cooker of 1.8 litres for four to eight people, with eight cooking modes."
            },
        ),
        # the description kept already (a second layout carries it): no copy
        (
            {
                "A digital rice cooker of 1.8 litres for four to eight people, with eight cooking modes."
            },
            set(),
        ),
    ],
)
def test_summary_blocks_are_the_prose_beside_the_products_name(kept, taken):
    """Only a whole sentence in the h1's box, outside a furniture box, and not kept already."""
    raw = htmlblocks.segment(_tree(f"<html><body><main>{_SUMMARY}</main></body></html>"))
    blocks = [Block(b.text, dropped_by=None if b.text in kept else "boilerplate") for b in raw]
    assert {raw[i].text for i in _summary_blocks(raw, blocks)} == taken


def test_extract_html_keeps_a_products_spec_table_only_on_a_product_page():
    """The gate: og:type product keeps the attributes table; an article page leaves it out."""
    body = "".join(f"<p>{t}</p>" for t in PARAS)
    for og, kept_spec in (("product", True), ("article", False)):
        html = (
            f"<html><head><meta property='og:type' content='{og}'></head>"
            "<body><main><h1>Rice Cooker</h1>"
            f"<div class='tabs'><div class='description'>{body}</div>{_SPEC}</div>"
            "</main></body></html>"
        )
        kept = [b.text for b in extract_html(_doc(html)).blocks if b.kept]
        assert ("700 W" in kept) is kept_spec
    assert ExtractHtml(keep_spec_tables=False).keep_spec_tables is False


@pytest.mark.parametrize(
    ("html", "dropped"),
    [
        # Docusaurus: a CSS-module class, the code in the next sibling's <pre>
        (
            (
                "<div class='codeBlockTitle_Ktv7'>Terminal</div>"
                "<div class='codeBlockContent_biex'><pre>curl https://api.example/v3</pre></div>"
            ),
            {"Terminal"},
        ),
        ("<div class='code-block-title'>app.py</div><pre>print(1)</pre>", {"app.py"}),
        # no code after it: a title of something else
        ("<div class='code-block-title'>app.py</div><p>Then run it.</p>", set()),
        # a caption names no title (Sphinx: the wcxb-dev truth is split on it)
        ("<div class='code-block-caption'>app.py</div><pre>print(1)</pre>", set()),
        # a plain line before the code is text
        ("<p>Run this in a terminal:</p><pre>curl https://api.example/v3</pre>", set()),
        # a file name beside the copy button in the code's own box, any class (golden
        # it-documentazione-autenticazione-html); the text after the code is the box's too
        (
            (
                "<div class='codice'><span>esempio.py</span><button>Copia</button>"
                "<pre>import os</pre>Poi eseguilo.</div>"
            ),
            {"esempio.py Copia"},
        ),
        # no button: a line that leads into the code
        ("<div><span>Run:</span><pre>make</pre></div>", set()),
    ],
)
def test_code_titles_are_the_title_bar_over_a_code_block(html, dropped):
    """A short line whose class names a code title and that the code follows goes."""
    raw = htmlblocks.segment(_tree(f"<html><body><main>{html}</main></body></html>"))
    blocks = [Block(b.text) for b in raw]
    words = [len(b.text.split()) for b in raw]
    assert {raw[i].text for i in _code_titles(raw, blocks, words)} == dropped
    assert ExtractHtml(drop_code_titles=False).drop_code_titles is False


@pytest.mark.parametrize(
    "html",
    [
        "<html><body>"
        + "<p>x</p>" * 30
        + "<div><p>a</p><!-- c --><p>b</p><span>s</span></div></body></html>",
        (
            "<!-- before --><html><head><title>t</title></head><body><ul><li>1</li><li>2</li></ul>"
            "<h2>h</h2><p>only</p><?pi x?><table><tr><td>c</td><td>d</td></tr></table></body></html>"
        ),
    ],
    ids=["siblings", "root-sibling-comment-pi"],
)
def test_element_path_is_lxml_getpath_of_every_element(html):
    """element_path writes lxml's getpath strings ([n] only among same-named siblings)."""
    tree = parse_html(html)
    getpath = tree.getroottree().getpath
    paths: dict = {}
    elements = [el for el in tree.iter() if isinstance(el.tag, str)]
    assert len(elements) > 8
    for el in reversed(elements):  # children before parents: the memo is built from below
        assert element_path(el, paths, getpath) == getpath(el)


@pytest.mark.parametrize(
    ("story_words", "dropped"),
    [
        # a small box under the lead: the offer goes
        (
            0,
            {
                "Digital $1/week for the first year, billed as $52",
                "Digital + Sunday print $3.50/week",
            },
        ),
        # a box holding the story itself (sh-html f8ff621a's div.paywall): it stays
        (130, set()),
    ],
)
def test_paywall_blocks_are_a_small_paywall_box(story_words, dropped):
    """Kept blocks of a box naming a paywall go when the box is small; a wrapped story stays."""
    story = f"<p>{' '.join(['word'] * story_words)}.</p>" if story_words else ""
    html = (
        f"<html><body><main><p>{PARAS[0]}</p><section class='paywall' id='paywall'>{story}"
        "<ul class='paywall__offers'><li>Digital $1/week for the first year, billed as $52</li>"
        "<li>Digital + Sunday print $3.50/week</li></ul></section>"
        "<div class='wall'><p>Not a paywall word.</p></div></main></body></html>"
    )
    raw = htmlblocks.segment(_tree(html))
    blocks = [Block(b.text) for b in raw]
    assert {raw[i].text for i in _paywall_blocks(raw, blocks)} == dropped
    assert ExtractHtml(drop_paywalls=False).drop_paywalls is False


@pytest.mark.parametrize(
    ("colon", "dropped"),
    [
        # a repository's record: the fields go, the abstract stays
        (
            ":",
            {
                "Type:",
                "Thesis",
                "Author(s):",
                "Doe, Jane",
                "Keywords:",
                "Floods; Rivers",
                "Issue date:",
                "18-Mar-2026",
                "Abstract:",
                "Licence:",
                "Open access",
            },
        ),
        # bare labels: a product's spec table with a long cell, left alone (wcxb-dev 2889)
        ("", set()),
    ],
)
def test_record_blocks_are_a_record_tables_fields(colon, dropped):
    """In a label/value table whose labels end in colons, all but the long prose value goes."""
    rows = [
        ("Type", "Thesis"),
        ("Author(s)", "<a href='/a'>Doe, Jane</a>"),
        ("Keywords", "Floods; Rivers"),
        ("Issue date", "18-Mar-2026"),
        ("Abstract", f"<p>{PARAS[0]}</p><p>{PARAS[1]}</p>"),
        ("Licence", "Open access"),
    ]
    table = "".join(
        f"<tr><td class='label'>{k}{colon}</td><td class='value'>{v}</td></tr>" for k, v in rows
    )
    html = f"<html><body><main><table class='itemDisplayTable'>{table}</table></main></body></html>"
    raw = htmlblocks.segment(_tree(html))
    blocks = [Block(b.text) for b in raw]
    assert {raw[i].text for i in _record_blocks(raw, blocks)} == dropped
    kept = {b.text for b in extract_html(_doc(html)).blocks if b.kept}
    assert PARAS[0] in kept
    assert PARAS[1] in kept
    if dropped:
        assert not kept & dropped
    assert ExtractHtml(drop_record_fields=False).drop_record_fields is False


@pytest.mark.parametrize(
    ("body", "dropped"),
    [
        # an article and a footer trafilatura took along: the footer goes
        (
            f"<p>{PARAS[0]}</p><p>{PARAS[1]}</p>",
            {"Free shipping on orders over $50. Call us at 555-0100, Monday to Friday."},
        ),
        # nothing else kept: the footer stays (judge rules on the page)
        ("<p>Short intro.</p>", set()),
    ],
)
def test_footer_blocks_are_the_kept_blocks_of_a_footer(body, dropped):
    """Kept blocks inside a <footer> go where the page keeps 50+ words outside footers."""
    html = (
        f"<html><body><main>{body}</main><footer class='site'><div><p>Free shipping on orders "
        "over $50. Call us at 555-0100, Monday to Friday.</p></div></footer></body></html>"
    )
    raw = htmlblocks.segment(_tree(html))
    blocks = [Block(b.text) for b in raw]
    words = [len(b.text.split()) for b in raw]
    assert {raw[i].text for i in _footer_blocks(raw, blocks, words)} == dropped
    assert ExtractHtml(drop_footers=False).drop_footers is False


@pytest.mark.parametrize(
    ("rest", "dropped"),
    [
        (f"<p>{PARAS[0]}</p>", {"Trail mower two, our best seller for steep lawns."}),
        # nothing else outside links: the rail is all the page says, it stays
        ("<ul><li><a href='/a'>Trail mower one</a></li></ul>", set()),
    ],
)
def test_recommendation_blocks_are_a_recommendation_rail(rest, dropped):
    """Kept blocks in a box naming recommendations or an upsell go, if the page has more."""
    html = (
        f"<html><body><main>{rest}<section class='ProductRecommendations'><div><p>Trail mower "
        "two, our best seller for steep lawns.</p></div></section><div class='recipe'><p>"
        "Not a recommendation word.</p></div></main></body></html>"
    )
    raw = htmlblocks.segment(_tree(html))
    blocks = [Block(b.text) for b in raw]
    words = [len(b.text.split()) for b in raw]
    assert {raw[i].text for i in _recommendation_blocks(raw, blocks, words)} == dropped
    assert ExtractHtml(drop_recommendations=False).drop_recommendations is False


def test_recommendation_blocks_are_a_box_of_selling_points_too():
    """A box of USPs is the seller's pitch (golden hu-szolgaltatas-konyveles-landing-gyik-html)."""
    html = (
        f"<html><body><main><p>{PARAS[0]}</p><section class='why-us usp-cards'><h2>Why us?</h2>"
        "<div class='card'><h3>Fixed fee</h3><p>No hidden costs.</p></div></section>"
        "<section class='usage'><p>Usage notes stay.</p></section></main></body></html>"
    )
    raw = htmlblocks.segment(_tree(html))
    blocks = [Block(b.text) for b in raw]
    words = [len(b.text.split()) for b in raw]
    found = {raw[i].text for i in _recommendation_blocks(raw, blocks, words)}
    assert found == {"Why us?", "Fixed fee", "No hidden costs."}


WIKI_PAGE = (
    "<html><head><meta name='generator' content='{generator}'></head><body>"
    "<div id='siteNotice'><div class='sitenotice'><p>Join the 2026 writing contest: add your "
    "article by 31 December.</p></div></div>"
    "<div id='mw-content-text'><div class='mw-parser-output'>{body}"
    "<div id='toc' class='toc'><ul><li><a href='#h'>1 History</a></li></ul></div>"
    "<h2><span class='mw-headline'>History</span><span class='mw-editsection'>[<a href='?e'>"
    "edit</a>]</span></h2>"
    "<div class='reflist'><ol class='references'><li>Annual report 2024, p. 58.</li></ol></div>"
    "<div role='navigation' class='navbox'><table><tr><td>Tanks of the district: A, B, C"
    "</td></tr></table></div>"
    "</div></div>"
    "<div class='printfooter'>Retrieved from the wiki</div>"
    "<div id='catlinks' class='catlinks'>Categories: Tanks</div></body></html>"
)


@pytest.mark.parametrize(
    ("body", "dropped"),
    [
        # an article among the skin's furniture: the furniture goes, the heading stays
        (
            f"<p>{PARAS[0]}</p><p>{PARAS[1]}</p>",
            {
                "Join the 2026 writing contest: add your article by 31 December.",
                "1 History",
                "Annual report 2024, p. 58.",
                "Tanks of the district: A, B, C",
                "Retrieved from the wiki",
                "Categories: Tanks",
            },
        ),
        # nothing else kept: the furniture stays (judge rules on the page)
        ("<p>Short intro.</p>", set()),
    ],
)
def test_wiki_blocks_are_the_kept_blocks_of_mediawiki_furniture(body, dropped):
    """Golden si-wiki-wewa-thorathuru-pettiya-html: notice, toc, references, navbox go."""
    html = WIKI_PAGE.format(generator="MediaWiki 1.41.1", body=body)
    raw = htmlblocks.segment(_tree(html))
    blocks = [Block(b.text) for b in raw]
    words = [len(b.text.split()) for b in raw]
    got = {raw[i].text for i in _wiki_blocks(raw, blocks, words)}
    assert got == dropped
    assert "History" not in got
    assert ExtractHtml(drop_wiki_furniture=False).drop_wiki_furniture is False


@pytest.mark.parametrize(
    ("generator", "wiki"),
    [("MediaWiki 1.41.1", True), ("mediawiki", True), ("WordPress 6.4", False)],
)
def test_mediawiki_reads_the_generator_meta(generator, wiki):
    """Only a page MediaWiki made gets the wiki rule: a WordPress `toc` plugin is not it."""
    html = WIKI_PAGE.format(generator=generator, body=f"<p>{PARAS[0]}</p>")
    assert _mediawiki(PageIndex(_tree(html))) is wiki


def test_wiki_furniture_goes_on_a_mediawiki_page_only():
    """The whole stage: the site notice the model keeps leaves a MediaWiki page's body only."""
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    notice = "Join the 2026 writing contest: add your article by 31 December."
    for generator, stays in (("MediaWiki 1.41.1", False), ("WordPress 6.4", True)):
        doc = extract_html(_doc(WIKI_PAGE.format(generator=generator, body=body)))
        texts = {b.text for b in doc.blocks if b.kept}
        assert set(PARAS) <= texts
        assert (notice in texts) is stays


@pytest.mark.parametrize(
    ("html", "dropped"),
    [
        # golden ps-anzoruna-anar-tolgha-html: a gallery's counter in Extended Arabic-Indic digits
        (
            (
                "<figure class='gallery-item'><span class='counter'>۱ / ۴</span><img src='a.jpg'>"
                "<figcaption>Farmers pick the ripe fruit.</figcaption></figure>"
            ),
            {"۱ / ۴"},
        ),
        # a slide counter in a box named so, outside any figure
        ("<div class='slide-counter'><span>3 / 12</span></div>", {"3 / 12"}),
        # a score or a fraction in the text stays: wcxb-dev truths keep "1 / 4"
        ("<p>1 / 4</p>", set()),
        # golden ar-maarad-suwar-mahrajan-tumur-buraydah-html: an inline counter beside the
        # slide's figure, so the block is the slide's box and the name sits below it
        (
            (
                "<div class='slide'><span class='counter'>1 / 6</span><figure><img src='a.jpg'>"
                "<figcaption>Farmers pick the ripe fruit.</figcaption></figure></div>"
            ),
            {"1 / 6"},
        ),
        # an inline span of another name holding the numbers is no counter
        ("<div class='slide'><span class='score'>1 / 6</span></div>", set()),
        # a caption that starts with numbers is no counter
        (
            "<figure><figcaption>3 / 12 of the stalls were empty.</figcaption></figure>",
            set(),
        ),
    ],
)
def test_counter_blocks_are_slide_counters_in_a_figure(html, dropped):
    """A block of only digits, a slash and digits, in a figure or counter box, goes."""
    raw = htmlblocks.segment(_tree(f"<html><body><main>{html}</main></body></html>"))
    blocks = [Block(b.text) for b in raw]
    assert {raw[i].text for i in _counter_blocks(raw, blocks)} == dropped
    assert ExtractHtml(drop_slide_counters=False).drop_slide_counters is False


_CODE = '<pre><code>dup = df[df.duplicated("id", keep=False)]</code></pre>'


@pytest.mark.parametrize(
    ("html", "kept", "found"),
    [
        # an answer's code between its kept paragraphs (golden ko-qna-jilmun-dapbyeon-pandas-html)
        (f'<div class="s-prose"><p>{PARAS[0]}</p>{_CODE}<p>{PARAS[1]}</p></div>', {"p"}, 1),
        # one wrapper down: Sphinx's div.highlight > pre
        (f'<div><p>{PARAS[0]}</p><div class="highlight">{_CODE}</div></div>', {"p"}, 1),
        # its box's text was left out: a widget's snippet, not the post's
        (f"<div><p>{PARAS[0]}</p>{_CODE}<p>{PARAS[1]}</p></div>", set(), 0),
        # a kept short line beside it is no post's prose (a sidebar's "Embed this:")
        (f"<aside><p>Embed this:</p>{_CODE}<p>{PARAS[1]}</p></aside>", {"p:Embed this:"}, 0),
        # alone in its box up to the body: nothing to read beside it
        (f"<p>{PARAS[0]}</p>{_CODE}", {"p"}, 0),
    ],
)
def test_post_code_is_a_left_out_code_block_among_a_posts_kept_text(html, kept, found):
    """A `<pre>` left out among kept prose of its own box comes back, whatever it holds."""
    raw = htmlblocks.segment(_tree(f"<html><body>{html}</body></html>"))

    def keep(b: htmlblocks.RawBlock) -> bool:
        return b.tag in kept or f"{b.tag}:{b.text}" in kept

    blocks = [
        Block(text=b.text, kind="paragraph", dropped_by=None if keep(b) else "boilerplate")
        for b in raw
    ]
    got = _post_code(raw, blocks, [len(b.text.split()) for b in raw])
    assert len(got) == found
    assert all(raw[i].tag == "pre" for i in got)


_SAID = (
    "“Thousands of people work at night and had no way home but a taxi”, the deputy mayor said."
    " The night lines will be tried for six months before the city decides on more routes."
)


@pytest.mark.parametrize(
    ("html", "dropped"),
    [
        # a WordPress pull quote the next paragraph says whole goes (golden
        # bg-novini-web-components-main-noshten-transport-html's <pull-quote> is one)
        (
            (
                "<figure class='wp-block-pullquote'><blockquote><p>“Thousands of people work at"
                f" night and had no way home but a taxi”</p></blockquote></figure><p>{_SAID}</p>"
            ),
            {"“Thousands of people work at night and had no way home but a taxi”"},
        ),
        (
            (
                "<blockquote class='pullquote'>Thousands of people work at night and had no way home"
                f"</blockquote><p>{_SAID}</p>"
            ),
            {"Thousands of people work at night and had no way home"},
        ),
        # a quote box after the paragraph it quotes stays: a forum reply quoting an earlier post
        # (golden ru-forum-tema-kotel-html)
        (
            f"<p>{_SAID}</p><blockquote>the night lines will be tried for six months</blockquote>",
            set(),
        ),
        # a snippet in a quote box said again in a longer listing stays (wcxb-dev 2870)
        (
            (
                "<blockquote><pre><code>location /images/ { root /data; }</code></pre>"
                "</blockquote><pre>server { location / { root /data/www; }"
                " location /images/ { root /data; } }</pre>"
            ),
            set(),
        ),
        # a paragraph that is no quote box stays though a later one repeats it
        (f"<p>Thousands of people work at night and had no way home</p><p>{_SAID}</p>", set()),
    ],
)
def test_pull_quotes_are_quote_boxes_the_next_text_says(html, dropped):
    """A kept quote box whose words a longer kept block just after says goes."""
    raw = htmlblocks.segment(_tree(f"<html><body><main>{html}</main></body></html>"))
    blocks = [Block(b.text) for b in raw]
    words = [len(b.text.split()) for b in raw]
    assert {raw[i].text for i in _pull_quotes(raw, blocks, words)} == dropped


_DEK = "Why the slow line to the mountains is the best case for trains, and why nobody pays for it"


@pytest.mark.parametrize(
    ("dek", "kept"),
    [
        # TYPO3's teaser text (schema.org's description) comes back, a heading so marked too
        (f'<div class="teaser-text" itemprop="description"><p>{_DEK}.</p></div>', True),
        (f'<h3 itemprop="description">{_DEK}</h3>', True),
        # an unmarked line there is the lead rule's (off), a class name no mark (the WCXB
        # truth leaves Substack's h3.subtitle out), a linked one a teaser
        (f"<h3>{_DEK}</h3>", False),
        (f'<h3 class="subtitle subtitle-HEEcLo">{_DEK}</h3>', False),
        (f'<h3 itemprop="description"><a href="/other">{_DEK}</a></h3>', False),
        # too short to be a dek
        ('<h3 itemprop="description">Slow trains</h3>', False),
    ],
)
def test_marked_deks_come_back(dek, kept):
    html = (
        '<html><body><article><div class="post-header"><h1>The last train</h1>'
        f'{dek}<div class="meta">Marta</div></div>'
        f'<div class="body">{"".join(f"<p>{p}</p>" for p in PARAS)}</div></article></body></html>'
    )
    raw = htmlblocks.segment(_tree(html))
    blocks = [Block(b.text, dropped_by=None if b.text in PARAS else "boilerplate") for b in raw]
    words = [len(b.text.split()) for b in raw]
    found = {raw[i].text.rstrip(".") for i in _marked_deks(raw, blocks, words)}
    assert (_DEK in found) is kept


def test_keep_marked_deks_brings_the_teaser_back_through_clean():
    """End to end: `ExtractHtml(keep_marked_deks=True)` in a pipeline brings TYPO3's teaser text
    (`itemprop="description"`, golden sl-typo3) back as the body's first paragraph; the
    default pipeline leaves it out, as the shared sets' truths do."""
    page = (
        Path(__file__).resolve().parents[2]
        / "fixtures/pages/sl-typo3-univerza-novica-grafen-html.html"
    )
    raw = page.read_bytes()
    teaser = "Skupina s Fakultete za kemijo in kemijsko tehnologijo je razvila membrano"
    on = cleaner.DEFAULT.replace("extract_html", ExtractHtml(keep_marked_deks=True))
    assert cleaner.clean(raw, pipeline=on).body[0].startswith(teaser)
    assert not any(p.startswith(teaser) for p in cleaner.clean(raw).body)


@pytest.mark.parametrize(
    ("heading", "dropped"),
    [
        # The Events Calendar's month separator (golden fo-tiltok-*)
        ('<h2 class="month-separator"><time datetime="2026-12">Desember 2026</time></h2>', True),
        ("<h2><time datetime='2024-03-12'> March 12, 2024 </time></h2>", True),  # spaces aside
        # a heading that says more than its date is a heading
        ("<h2>Concerts in <time datetime='2026-12'>December 2026</time></h2>", False),
        ("<h2>December 2026</h2>", False),  # no <time>: the model's call
    ],
)
def test_time_heads_are_headings_that_are_only_a_date(heading, dropped):
    """A kept heading whose whole text is one `<time>` is a date label between entries."""
    html = f"<html><body><main>{heading}<p>{PARAS[0]}</p></main></body></html>"
    raw = htmlblocks.segment(_tree(html))
    blocks = [Block(b.text) for b in raw]
    assert bool(_time_heads(raw, blocks)) is dropped


@pytest.mark.parametrize("rule", [True, False])
def test_time_heads_leave_the_month_out_of_an_event_listing(rule):
    """Through the stage: the separator the model keeps goes as "date", the event stays."""
    n = len(htmlblocks.FEATURE_NAMES)
    keep_all = BlockModel(weights=(50.0,) + (0.0,) * (n - 1))
    html = (
        "<html><body><main><h2><time datetime='2026-12'>Desember 2026</time></h2>"
        f"<article><h3>Jólakonsertur</h3><p>{PARAS[0]}</p><p>{PARAS[1]}</p></article>"
        "</main></body></html>"
    )
    doc = ExtractHtml(model=keep_all, drop_time_heads=rule)(_doc(html))
    by_text = {b.text: b for b in doc.blocks}
    assert by_text["Desember 2026"].dropped_by == ("date" if rule else None)
    assert by_text["Jólakonsertur"].kept
    assert by_text[PARAS[0]].kept
