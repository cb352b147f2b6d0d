"""extract_html's tile rules: the other fields (`_tile_mates`) and the headlines
(`_teaser_heads`) of a listing's kept tiles; the section heads over kept prose (`_section_heads`)."""

from __future__ import annotations

import lxml.html
import pytest

from cleaner import htmlblocks
from cleaner.document import Block
from cleaner.stages.extract_html import (
    _TILE_TEASER,
    _section_heads,
    _teaser_heads,
    _tile_mates,
    _tile_roots,
)

_HEADS = ["Building brains for bulldozers", "What is new this March", "Your year in review"]
_TEASERS = [
    "Ryan chats with the CTO of a robotics firm about self-driving diggers on building sites.",
    "All that is new on the site last month, including the redesign now available in beta.",
    "From tough questions to standout answers, your team built a lot this year with us.",
]
_AUTHORS = ["Phoebe Sajor", "Zach Rutta", "Ryan Donovan"]


def _tile(head: str, teaser: str, author: str, extra: str) -> str:
    return (
        f'<article class="post"><a href="/p"><h2 class="title">{head}</h2></a>'
        f'<p class="excerpt">{teaser}</p><div class="name">{author}</div>{extra}</article>'
    )


def _page(extra: str = "", wrap: str = "main") -> str:
    """A blog index: one `article` tile per post (linked headline, teaser, author, `extra`)."""
    tiles = "".join(
        _tile(h, t, a, extra) for h, t, a in zip(_HEADS, _TEASERS, _AUTHORS, strict=True)
    )
    return f'<html><body><{wrap}><div class="posts">{tiles}</div></{wrap}></body></html>'


def _run(html: str, kept: set[str]) -> set[str]:
    raw = htmlblocks.segment(lxml.html.document_fromstring(html))
    blocks = [Block(b.text, dropped_by=None if b.text in kept else "boilerplate") for b in raw]
    words = [len(b.text.split()) for b in raw]
    return {raw[i].text for i in _tile_mates(raw, blocks, words)}


def test_the_headlines_and_authors_of_kept_teasers_come_back():
    """Every teaser was kept, no headline, no author: their tiles' fields come back."""
    assert _run(_page(), set(_TEASERS)) == set(_HEADS) | set(_AUTHORS)


def test_only_the_tiles_whose_field_was_kept():
    """Two teasers of three hold over 80% of the group's words? No: the group is not kept."""
    assert _run(_page(), set(_TEASERS[:1])) == set()


def test_a_page_that_kept_no_tile_is_left_alone():
    assert _run(_page(), set()) == set()


@pytest.mark.parametrize("wrap", ["footer", "nav", "aside", "header"])
def test_tiles_in_a_landmark_stay_out(wrap):
    """A footer's or a menu's tiles are furniture: `_tiles` never calls them tiles."""
    assert _run(_page(wrap=wrap), set(_TEASERS)) == set()


def test_a_box_with_more_boilerplate_hints_than_the_kept_field_stays_out():
    """A share bar inside each tile names itself furniture: it stays the model's call."""
    share = '<div class="share-buttons"><span>Share this post on every network</span></div>'
    assert "Share this post on every network" not in _run(_page(share), set(_TEASERS))


def test_a_form_inside_a_tile_stays_out():
    """A form's field labels beside a kept text are no field of the entry (wcxb-dev 4273)."""
    form = '<form><label>Your email address please</label><input name="email"></form>'
    assert "Your email address please" not in _run(_page(form), set(_TEASERS))


@pytest.mark.parametrize(
    "extra",
    [
        # a "read more" link under each teaser (golden mi-rarangi-turanga-mahi-drupal-html)
        '<a class="more" href="/p">Read more</a>',
        # a Q&A post's vote buttons (golden pl-pytania-odpowiedzi-wilgoc-html)
        '<div class="votes"><button>Up</button><span>23 votes so far</span></div>',
    ],
)
def test_buttons_inside_a_tile_stay_out(extra):
    """A short link alone or a box of buttons is a control, not a field of the entry."""
    text = lxml.html.fromstring(extra).text_content()
    assert text not in _run(_page(extra), set(_TEASERS))


def test_a_field_of_one_tile_only_stays_out():
    """A block that repeats in no other tile is no field of the listing's entries."""
    html = _page().replace(
        f'<div class="name">{_AUTHORS[0]}</div>',
        f'<div class="name">{_AUTHORS[0]}</div><div class="x">Once only in the first</div>',
    )
    assert "Once only in the first" not in _run(html, set(_TEASERS))


def test_the_posts_of_a_thread_are_no_teasers():
    """Kept texts longer than `_TILE_TEASER` words a tile are posts: their cards stay out."""
    posts = [f"{t} " + " ".join(["more"] * _TILE_TEASER) for t in _TEASERS]
    html = _page()
    for short, long in zip(_TEASERS, posts, strict=True):
        html = html.replace(short, long)
    assert _run(html, set(posts)) == set()


def test_a_text_already_kept_is_not_taken_twice():
    """A headline already kept elsewhere on the page is not kept again from its tile."""
    html = _page().replace("<main>", f"<main><h1>{_HEADS[0]}</h1>")
    assert _run(html, set(_TEASERS) | {_HEADS[0]}) == set(_HEADS[1:]) | set(_AUTHORS)


def test_a_tile_is_the_highest_box_that_holds_one_member():
    """Each member's tile stops below the box that holds two members."""
    root = lxml.html.fromstring(
        '<div id="grid"><section id="a"><div><p id="p1">x</p></div></section>'
        '<section id="b"><p id="p2">y</p></section></div>'
    )
    members = [root.get_element_by_id("p1"), root.get_element_by_id("p2")]
    assert [t.get("id") for t in _tile_roots(members)] == ["a", "b"]


def _heads(html: str, kept: set[str]) -> set[str]:
    raw = htmlblocks.segment(lxml.html.document_fromstring(html))
    blocks = [Block(b.text, dropped_by=None if b.text in kept else "boilerplate") for b in raw]
    words = [len(b.text.split()) for b in raw]
    return {raw[i].text for i in _teaser_heads(raw, blocks, words)}


@pytest.mark.parametrize(
    ("kept", "heads"),
    [
        (set(_TEASERS), set(_HEADS)),  # every teaser kept: every headline comes back, no author
        (set(_TEASERS[:1]), set(_HEADS[:1])),  # one teaser kept: its own tile's headline only
        (set(), set()),  # no teaser kept: no entry
        (set(_AUTHORS), set()),  # a kept author line is no teaser (too short)
    ],
)
def test_teaser_heads_takes_the_headline_of_each_kept_teaser(kept, heads):
    """A listing's linked headline comes back over its kept summary, in that tile alone."""
    assert _heads(_page(), kept) == heads


@pytest.mark.parametrize("wrap", ["footer", "nav", "aside", "header"])
def test_teaser_heads_leaves_a_landmark_alone(wrap):
    """A footer's or a menu's teaser tiles are furniture: `_tiles` never calls them tiles."""
    assert _heads(_page(wrap=wrap), set(_TEASERS)) == set()


def test_teaser_heads_leaves_a_linked_teaser_alone():
    """A kept line that is mostly a link (a "read also" entry) is no teaser."""
    tiles = "".join(
        f'<div class="card"><h3>{h}</h3><p><a href="/x">{t}</a></p></div>'
        for h, t in zip(_HEADS, _TEASERS, strict=True)
    )
    page = f"<html><body><main>{tiles}</main></body></html>"
    assert _heads(page, set(_TEASERS)) == set()


_EVENTS = [
    ("Leygardagur 5. desember kl. 20.00", "Jólakonsertur við kóri", "Stóri salurin"),
    ("Týsdagur 8. desember kl. 19.30", "Bókakvøld: Nýggjar skaldsøgur", "Bókasavnið"),
    ("Leygardagur 12. desember kl. 13.00", "Jólaverkstað fyri børn", "Verkstaðið"),
]


def _event_page(head: str = "header") -> str:
    """An events listing (The Events Calendar's markup): each entry an `<article>` whose own
    `head` element holds the date line, the linked title and the venue, over a description."""
    cards = "".join(
        f'<div class="row"><article class="event"><div class="details"><{head} class="eh">'
        f'<div class="when">{d}</div><h3 class="title"><a href="/e">{t}</a></h3>'
        f'<address class="venue">{v}</address></{head}><div class="desc"><p>{x}</p></div>'
        "</div></article></div>"
        for (d, t, v), x in zip(_EVENTS, _TEASERS, strict=True)
    )
    return f'<html><body><main><div class="list">{cards}</div></main></body></html>'


@pytest.mark.parametrize(
    ("kept", "back"),
    [
        # every description kept: each entry's title, date line and venue come back
        (set(_TEASERS), {line for event in _EVENTS for line in event}),
        # one kept: that entry's head alone
        (set(_TEASERS[:1]), set(_EVENTS[0])),
        # no description kept: no entry
        (set(), set()),
    ],
)
def test_an_entrys_own_header_is_no_landmark(kept, back):
    """A `<header>` inside an `<article>` is the entry's head (golden fo-tiltok-*), not the
    page's banner: its heading and its other lines come back over a kept description."""
    assert _heads(_event_page(), kept) == back


def test_a_header_outside_an_article_stays_a_landmark():
    """The same entries in `<section>`s: their `<header>` may be the page's, left alone."""
    page = _event_page().replace("<article", "<section").replace("</article>", "</section>")
    assert _heads(page, set(_TEASERS)) == set()


def test_an_entrys_head_lines_need_their_header():
    """Without the card's `<header>` the heading comes back alone, not the date and venue."""
    back = {t for _, t, _ in _EVENTS}
    assert _heads(_event_page(head="div"), set(_TEASERS)) == back


_SECTIONS = [
    (
        "Enterprise business intelligence",
        "Using data to drive decisions is not new, but the tools are.",
    ),
    ("Customer insights", "We help you see what your customers want before they ask for it."),
]


def _sections(html: str, kept: set[str]) -> set[str]:
    raw = htmlblocks.segment(lxml.html.document_fromstring(html))
    blocks = [Block(b.text, dropped_by=None if b.text in kept else "boilerplate") for b in raw]
    words = [len(b.text.split()) for b in raw]
    return {raw[i].text for i in _section_heads(raw, blocks, words)}


def _service(wrap: str = "main", tail: str = "") -> str:
    """A service page: a heading over a paragraph, section by section."""
    body = "".join(f"<h3>{h}</h3><p>{t}{tail}</p>" for h, t in _SECTIONS)
    return f"<html><body><{wrap}>{body}</{wrap}></body></html>"


@pytest.mark.parametrize(
    ("kept", "heads"),
    [
        ({t for _, t in _SECTIONS}, {h for h, _ in _SECTIONS}),  # both paragraphs kept
        ({_SECTIONS[1][1]}, {_SECTIONS[1][0]}),  # one kept: its own heading only
        (set(), set()),  # nothing kept under them: the headings stay out
    ],
)
def test_section_heads_come_back_over_kept_prose(kept, heads):
    """A heading the model left out comes back where the paragraph under it was kept."""
    assert _sections(_service(), kept) == heads


@pytest.mark.parametrize("wrap", ["footer", "nav", "aside", "header"])
def test_section_heads_leave_a_landmark_alone(wrap):
    """A footer's or a sidebar's widget title over its one kept line stays out."""
    assert _sections(_service(wrap=wrap), {t for _, t in _SECTIONS}) == set()


def test_section_heads_need_a_sentence_under_them():
    """A kept line that ends no sentence (a label, a price, a name) brings back no heading."""
    html = _service().replace(".</p>", " and more</p>")
    assert _sections(html, {t.replace(".", " and more") for _, t in _SECTIONS}) == set()


def test_section_heads_need_prose_right_under_them():
    """A short kept line right under the heading (a date, a badge) is no section's text."""
    html = "<html><body><main><h3>Our offices</h3><p>Open daily.</p></main></body></html>"
    assert _sections(html, {"Open daily."}) == set()


@pytest.mark.parametrize(
    ("heading", "text"),
    [
        # Amharic and Tigrinya end a sentence in "።", Hindi in "।", Armenian in "։", Urdu in
        # "۔", Chinese and Japanese in "。", Burmese in "။"
        ("የአገልግሎት ዝርዝር", "ድርጅታችን ለደንበኞቹ ፈጣንና አስተማማኝ የጥገና አገልግሎት በየቀኑ ያቀርባል።"),
        ("हमारी सेवाएँ", "हम अपने ग्राहकों को हर दिन तेज़ और भरोसेमंद मरम्मत सेवा देते हैं।"),
        (
            "Մեր ծառայությունները",
            "Մենք ամեն օր մեր հաճախորդներին արագ և հուսալի վերանորոգում ենք առաջարկում։",
        ),
        ("ہماری خدمات", "ہم اپنے گاہکوں کو ہر روز تیز اور قابل اعتماد مرمت کی خدمت پیش کرتے ہیں۔"),
        ("服务内容", "我们 每天 为 客户 提供 快速 可靠 的 维修 服务 和 上门 安装。"),
        (
            "ကျွန်ုပ်တို့၏ ဝန်ဆောင်မှု",
            "ကျွန်ုပ်တို့ သည် နေ့စဉ် ဖောက်သည် များ အတွက် မြန်ဆန် ယုံကြည်ရ သော ပြုပြင် ဝန်ဆောင်မှု ပေး ပါ သည်။",
        ),
    ],
)
def test_section_heads_read_the_sentence_ends_of_other_scripts(heading, text):
    """A paragraph ending in its own script's full stop is prose under its heading too."""
    html = f"<html><body><main><h3>{heading}</h3><p>{text}</p></main></body></html>"
    assert _sections(html, {text}) == {heading}
