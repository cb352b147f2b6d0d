"""The byline stage: authors from markup and byline lines, byline blocks out of the body."""

from __future__ import annotations

import time

import pytest

import cleaner
from cleaner.author_markup import dated_teasers
from cleaner.byline_blocks import _FURNITURE, _SIGN_OFF_END, sign_off_names
from cleaner.document import Block, Document
from cleaner.pipeline import make_doc
from cleaner.rules import Rules
from cleaner.stages.byline import _desk_yields, avatar_alt_name, byline
from cleaner.stages.detect import parse_html
from cleaner.thread_authors import first_post_head, profile_starter

STORY = "The council voted on Tuesday to expand the city's bus network, adding six new routes."


def _html_doc(html: str, *texts: str) -> Document:
    doc = make_doc(*texts, kind="html")
    return doc.evolve(tree=parse_html(html), decoded=html)


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Jane Doe and John Roe, Associated Press", ("Jane Doe", "John Roe")),
        ("Von Anna Schmidt", ("Anna Schmidt",)),
        ("Par Jean Dupont", ("Jean Dupont",)),
        ("Por Lucía Romero", ("Lucía Romero",)),
        ("di Marco Rossi", ("Marco Rossi",)),
        ("Jane Doe | Reuters", ("Jane Doe",)),
    ],
)
def test_byline_lifts_a_byline_line_from_a_text_scrape(line, authors):
    """A byline line under the headline gives the authors and leaves the body."""
    doc = byline(make_doc("Buses for everyone", line, STORY))
    assert doc.meta.authors == authors
    assert doc.blocks[1].dropped_by == "byline"
    assert doc.blocks[2].kept


def test_byline_posted_by_admin_leaves_the_body_but_names_nobody():
    """A placeholder byline is dropped, but "admin" is not an author."""
    doc = byline(make_doc("Buses for everyone", "Posted by admin on March 3, 2020", STORY))
    assert doc.meta.authors == ()
    assert doc.blocks[1].dropped_by == "byline"
    assert doc.meta.date == "2020-03-03"


def test_byline_keeps_a_sentence_that_mentions_by():
    """A body sentence with "by" in it is not a byline."""
    text = "The plan was drawn up by the transport department and approved by the mayor."
    doc = byline(make_doc("Buses for everyone", text, STORY))
    assert doc.meta.authors == ()
    assert all(b.kept for b in doc.blocks)


def test_byline_drops_the_author_box_at_the_end():
    """An "About the author" block at the end of the story leaves the body."""
    doc = byline(make_doc("Buses", "By Jane Doe", STORY, STORY, "About the author"))
    assert doc.blocks[-1].dropped_by == "byline"


def test_byline_medically_reviewed_is_not_the_author():
    """A reviewer's credit names no author."""
    doc = byline(make_doc("Sleep well", "Medically reviewed by Dr. Alan Smith", STORY))
    assert doc.meta.authors == ()


@pytest.mark.parametrize(
    ("head", "authors"),
    [
        (
            (
                '<script type="application/ld+json">{"@type": "NewsArticle", "author": '
                '[{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "John Roe"}]}'
                "</script>"
            ),
            ("Jane Doe", "John Roe"),
        ),
        (
            (
                '<script type="application/ld+json">{"@type": "NewsArticle", "author": '
                '{"@type": "Organization", "name": "Daily Planet"}}</script>'
            ),
            (),
        ),
        (
            (
                '<script type="application/ld+json">{"@graph": [{"@type": "Article", "author": '
                '{"@id": "#p1"}}, {"@type": "Person", "@id": "#p1", "name": "Ana Ruiz"}]}</script>'
            ),
            ("Ana Ruiz",),
        ),
        ('<meta name="author" content="Jane Doe">', ("Jane Doe",)),
        ('<meta property="article:author" content="https://facebook.com/janedoe">', ()),
        ('<meta name="author" content="admin">', ()),
    ],
)
def test_byline_reads_structured_data_and_meta_tags(head, authors):
    """JSON-LD persons and meta author tags give the authors; organisations and URLs do not."""
    html = f"<html><head>{head}</head><body><h1>Buses</h1><p>{STORY}</p></body></html>"
    assert byline(_html_doc(html, STORY)).meta.authors == authors


@pytest.mark.parametrize(
    ("body", "authors"),
    [
        (
            '<p class="byline">By <a rel="author" href="/author/jane-doe">Jane Doe</a></p>',
            ("Jane Doe",),
        ),
        (
            (
                '<div class="author-info"><span class="author-name">Jane Doe</span>'
                '<span class="author-title">Senior Editor</span></div>'
            ),
            ("Jane Doe",),
        ),
        (
            '<p class="meta">Von Anna Schmidt und Jonas Weber · 15.03.2024</p>',
            ("Anna Schmidt", "Jonas Weber"),
        ),
        ('<div class="comments"><span class="comment-author">Bob Stone</span></div>', ()),
        # The date first, then the writer and whom they write for (wcxb-dev 0379).
        (
            (
                '<div class="post-meta">Dec. 19, 2025 · Niko Matsakis on behalf of Vision Doc group'
                "</div>"
            ),
            ("Niko Matsakis",),
        ),
        # The writer's card lists their latest stories, whose titles read like names
        # (wcxb-dev 4064).
        (
            (
                '<div class="author-name">Zackery Cuevas</div><div class="author-card">Read the'
                " latest from Zackery Cuevas<ul><li>Super Bomberman Collection</li>"
                "<li>Resident Evil Requiem</li></ul></div>"
            ),
            ("Zackery Cuevas",),
        ),
    ],
)
def test_byline_reads_byline_markup_under_the_headline(body, authors):
    """Byline elements and byline lines under the <h1> give the authors; comment authors do not."""
    html = f"<html><body><article><h1>Buses</h1>{body}<p>{STORY}</p></article></body></html>"
    assert byline(_html_doc(html, STORY)).meta.authors == authors


def test_byline_prefers_the_fuller_visible_byline_over_the_meta_tag():
    """When the meta tag names one of two authors, the visible byline's list wins."""
    html = (
        '<html><head><meta name="author" content="Julien Moreau"></head><body><h1>Film</h1>'
        '<p class="signature">Par Julien Moreau et Sophie Lambert</p><p>Texte.</p></body></html>'
    )
    doc = byline(_html_doc(html, "Texte."))
    assert doc.meta.authors == ("Julien Moreau", "Sophie Lambert")


def test_byline_author_tag_naming_the_site_yields_to_the_visible_byline():
    """A paper's name in its author meta tag is no person when the byline names the reporter."""
    html = (
        '<html><head><meta name="author" content="Daily Northwind">'
        '<meta property="og:site_name" content="Daily Northwind"></head><body><h1>Buses</h1>'
        '<div class="reporter"><span class="name">Jane Doe, Staff Reporter, Khulna</span></div>'
        f"<p>{STORY}</p></body></html>"
    )
    assert byline(_html_doc(html, STORY)).meta.authors == ("Jane Doe",)


@pytest.mark.parametrize(
    ("signature", "authors"),
    [
        ("Scritto da Luca Giacometto", ("Luca Giacometto",)),
        ("", ("Redazione",)),
    ],
)
def test_byline_desk_in_the_markup_yields_to_a_person_the_page_names(signature, authors):
    """A desk the microdata credits ("Redazione") gives way to the byline line's person
    (golden it-cronaca-locale-joomla-html), and stays when no person is named."""
    foot = f"<p>{signature}</p>" if signature else ""
    html = (
        '<html><head><meta name="author" content="Redazione"></head><body><h2>Neve</h2>'
        '<dd itemprop="author" itemscope itemtype="https://schema.org/Person">Scritto da '
        f'<span itemprop="name">Redazione</span></dd><div><p>{STORY}</p>{foot}</div></body></html>'
    )
    texts = (STORY, signature) if signature else (STORY,)
    assert byline(_html_doc(html, *texts)).meta.authors == authors


def test_byline_drops_an_html_byline_block():
    """A byline that trafilatura kept among the blocks leaves the body."""
    html = "<html><body><h1>Buses</h1><p>By Jane Doe</p><p>Story.</p></body></html>"
    doc = byline(_html_doc(html, "By Jane Doe", STORY))
    assert doc.blocks[0].dropped_by == "byline"
    assert doc.meta.authors == ("Jane Doe",)


def test_byline_keeps_authors_a_caller_already_set():
    """Authors already in the metadata are left alone."""
    doc = make_doc("Buses", "By Jane Doe", STORY)
    doc = doc.evolve(meta=doc.meta.evolve(authors=("Given Name",)))
    assert byline(doc).meta.authors == ("Given Name",)


def test_byline_leaves_dropped_blocks_dropped():
    """A block another stage removed keeps its reason."""
    doc = make_doc("Buses", "By Jane Doe", STORY)
    doc = doc.evolve(blocks=(doc.blocks[0], doc.blocks[1].drop("menu"), doc.blocks[2]))
    out = byline(doc)
    assert out.blocks[1].dropped_by == "menu"
    assert isinstance(out.blocks[1], Block)


@pytest.mark.parametrize(
    ("lines", "authors"),
    [
        (("Written by", "Edzel Tabing"), ("Edzel Tabing",)),
        # a colon-only label on a line of its own (Drupal's field label, whose colon the
        # stylesheet draws) over the name alone
        (("Autor", "Edzel Tabing"), ("Edzel Tabing",)),
        (("ଲେଖା", "ସୁଭଶ୍ରୀ ମହାପାତ୍ର"), ("ସୁଭଶ୍ରୀ ମହାପାତ୍ର",)),
        (("Dakota Hebert July 3, 2025",), ("Dakota Hebert",)),
        (("2025-12-17 · Trond Teigen",), ("Trond Teigen",)),
        # the date's label (and time) between the name and the date
        (("Patrick Clarke Published 10:19am 19 December 2025",), ("Patrick Clarke",)),
        (("David Hartshorne•Updated on Jul 4, 2024 •28 min read",), ("David Hartshorne",)),
        (
            ("Ana Beltrán", "Pablo Herrero", "Madrid - 15 ENE 2024 - 06:00 CET"),
            ("Ana Beltrán", "Pablo Herrero"),
        ),
    ],
)
def test_byline_reads_split_and_dated_name_lines(lines, authors):
    """An intro and a name on two lines, and name lines next to their date, are bylines."""
    doc = byline(make_doc("Buses for everyone", *lines, STORY, lang="es"))
    assert doc.meta.authors == authors
    assert all(not b.kept for b in doc.blocks[1 : 1 + len(lines) - 1])


@pytest.mark.parametrize("reason", ["links", "navigation"])
def test_byline_colon_free_label_over_a_menu_entry_is_no_author(reason):
    """A label without its colon over a name dropped as menu links is two menu entries.

    A search page's footer menu read "Contributors" over "Local Business" as a byline
    (wcxb-dev 0337); the same pair in the story's meta line is one (golden or-khabar).
    """
    doc = make_doc("Buses for everyone", STORY, "Contributors", "Local Business", lang="en")
    blocks = (*doc.blocks[:2], doc.blocks[2].drop(reason), doc.blocks[3].drop(reason))
    assert byline(doc.evolve(blocks=blocks)).meta.authors == ()
    kept = (*doc.blocks[:2], doc.blocks[2].drop("article_meta"), doc.blocks[3])
    assert byline(doc.evolve(blocks=kept)).meta.authors == ("Local Business",)


@pytest.mark.parametrize(
    ("credit", "place", "lang"),
    [
        ("Redacción", "Villanueva del Campo | 10/02/2025 - 13:27 h.", "es"),
        ("EFE", "San Sebastián | 10/02/2025", "es"),
        ("Redação", "Vila Nova de Gaia | 10/02/2025", "pt"),
    ],
)
def test_byline_place_under_a_newsroom_credit_is_no_author(credit, place, lang):
    """A "Place | date" line under "Redacción" or a wire names where, not who; its date counts."""
    doc = byline(make_doc("Buses for everyone", credit, place, STORY, lang=lang))
    assert doc.meta.authors == ()
    assert doc.meta.date == "2025-02-10"


def test_byline_reads_the_writer_of_an_author_card_bio():
    """A name alone on a line and a bio opening with it and a writing trade: the author."""
    bio = "Julia Gralberg is a freelance travel writer and the founder of a small agency."
    doc = byline(make_doc("Hotel hacks", STORY, STORY, "Julia Gralberg", bio))
    assert doc.meta.authors == ("Julia Gralberg",)


@pytest.mark.parametrize(
    ("card", "authors"),
    [
        # "Author" over each person's initials, name and title
        (
            ("Author", "CP", "Chengcheng Pei", "Staff Software Engineer", "YL", "Yuan Lin"),
            ("Chengcheng Pei", "Yuan Lin"),
        ),
        # "Author" under the name
        (("Nawaz Dhandala", "Author", "@nawazdhandala • Jan 26, 2026"), ("Nawaz Dhandala",)),
        # a name right under the first is the next block's heading
        (("Author", "Lisa D. Ellis", "Related Program"), ("Lisa D. Ellis",)),
        # "Author:" labels what follows, never the line above it
        (("Logging Howto", "Author:", "vinay at example dot com"), ()),
    ],
)
def test_byline_reads_an_author_card_by_its_label(card, authors):
    """An "Author" label names the people of its card, past their initials and titles."""
    doc = byline(make_doc("Faster queries", STORY, STORY, *card))
    assert doc.meta.authors == authors


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # a "By" line naming somebody the meta tag does not: the page's writer
        ("<p>By: Paul Fenaroli</p>", ("Paul Fenaroli",)),
        ("<p>Von Anna Schmidt</p>", ("Anna Schmidt",)),
        # no byline on the page: the meta tag's name stays
        ("<p>November 3, 2023</p>", ("Luke Daigle",)),
    ],
)
def test_byline_visible_by_line_beats_a_hidden_meta_author(header, authors):
    """A meta author the page never shows yields to a "By" line under the headline."""
    html = (
        '<html><head><meta name="author" content="Luke Daigle"></head>'
        f"<body><h1>Buses</h1>{header}<p>{STORY}</p></body></html>"
    )
    assert byline(_html_doc(html, STORY)).meta.authors == authors


def test_byline_by_line_under_the_headline_beats_a_shown_meta_author():
    """The meta author shown in an author link elsewhere yields to the headline's "By" line."""
    html = (
        '<html><head><meta name="author" content="Stef Keegan"></head>'
        '<body><a rel="author" href="/author/stef">Stef Keegan</a><h1>Buses</h1>'
        f"<p>By Lizzie Streit, MS, RDN, LD</p><p>{STORY}</p></body></html>"
    )
    assert byline(_html_doc(html, STORY)).meta.authors == ("Lizzie Streit",)


def test_byline_first_name_by_line_keeps_the_meta_authors_full_name():
    """ "Par Claire" under the headline is the first name of the tags' "Claire Dubois"."""
    html = (
        '<html><head><meta name="author" content="Claire Dubois"></head>'
        '<body><a rel="author" href="/author/claire">Claire Dubois</a><h1>Tarte</h1>'
        f"<p>Par Claire</p><p>{STORY}</p></body></html>"
    )
    doc = _html_doc(html, STORY).evolve(lang="fr")
    assert byline(doc).meta.authors == ("Claire Dubois",)


def test_byline_bio_without_the_name_line_is_no_author():
    """A bio alone may be a quoted expert's: without the name's own line it names nobody."""
    bio = "Julia Gralberg is a freelance travel writer and the founder of a small agency."
    doc = byline(make_doc("Hotel hacks", STORY, STORY, bio))
    assert doc.meta.authors == ()


def test_byline_heading_under_the_bylines_date_is_no_second_byline():
    """ "Name" / "Published: date" / "Content Map": the heading is no teaser's byline."""
    doc = byline(
        make_doc(
            "Top Frameworks | Site",
            "Top Frameworks",
            "Trung Tran",
            "Published: 27/05/2024",
            "Content Map",
            STORY * 2,
        )
    )
    assert doc.meta.authors == ("Trung Tran",)


@pytest.mark.parametrize(
    ("lines", "lang"),
    [
        # a lower-case trade, then more after a comma
        (("Tomasz Zieliński", "publicysta, były radny miasta", "15 stycznia 2027, 06:00"), "pl"),
        # the trade and the desk over the date line
        (("Jana Krüger", "Redakteurin Smart Home", "21.11.2026, 10:05 Uhr"), "de"),
    ],
)
def test_byline_reads_a_name_over_its_role_line_under_the_headline(lines, lang):
    """Under a scrape's repeated headline, a name over its writer's role line is the byline."""
    title = "Miasto, które boi się rowerów"
    doc = make_doc(f"{title} | Gazeta", "Menu", title, *lines, STORY * 2, lang=lang)
    doc = doc.evolve(
        blocks=tuple(b.drop("title_repeat") if i == 2 else b for i, b in enumerate(doc.blocks))
    )
    assert byline(doc).meta.authors == (lines[0],)


def test_byline_ignores_a_lone_name_line_without_a_date():
    """A short capitalised line alone (a heading, a menu entry) names nobody."""
    doc = byline(make_doc("Buses for everyone", "Staying Productive", STORY))
    assert doc.meta.authors == ()
    assert all(b.kept for b in doc.blocks)


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        ("<div>Matteo Laratta</div><div>Last Updated: May 3, 2024</div>", ("Matteo Laratta",)),
        ("<p>Dec 26, 2025 • Mahua Das in Project Management</p>", ("Mahua Das",)),
        ("<div>Written by</div><div>Edzel Tabing</div>", ("Edzel Tabing",)),
        ("<div>Staying Productive</div><div>Working from home</div>", ()),
        ("<div>Kev</div><div>January 1, 2026</div>", ("Kev",)),
        ("<div>ServiceTitan</div><div>November 26th, 2024</div>", ("ServiceTitan",)),
        ("<div>Feature</div><div>March 3, 2025</div>", ()),
        ("<div>Kev</div><div>Updated January 1, 2026</div>", ()),
        ("<p>Jane Doe March 3, 2024 | 12 Comments</p>", ("Jane Doe",)),
        ("<div>VEHICLE MAINTENANCE SCHEDULE</div><div>March 3, 2025</div>", ()),
        # the weekday opening the date is no part of the name
        ("<p>Adam RobertsFri 5 Dec 2025 12.00 CET</p>", ("Adam Roberts",)),
    ],
)
def test_byline_reads_unmarked_lines_under_the_headline(header, authors):
    """Name lines beside the date under the <h1> are the byline; other short lines are not."""
    html = f"<html><body><h1>Buses</h1>{header}<p>{STORY}</p></body></html>"
    assert byline(_html_doc(html, STORY)).meta.authors == authors


def test_byline_teaser_list_names_no_author():
    """Bylines of several different people among teasers are not the page's author."""
    doc = byline(
        make_doc(
            "Sport",
            "Il Como vince",
            "di Luca Ferrari · 2 ore fa",
            "Lecco, nuovo stadio",
            "di Sara Colombo · 5 ore fa",
            STORY,
            STORY,
            lang="it",
        ),
    )
    assert doc.meta.authors == ()


@pytest.mark.parametrize(
    ("html", "authors"),
    [
        (
            '<html><head><meta name="author" content="Redfin"></head><body><p>x</p></body></html>',
            ("Redfin",),
        ),
        (
            (
                '<html><head><meta name="author" content="Redfin"></head><body><h1>Homes</h1>'
                "<p>By Jane Doe | March 3, 2024</p><p>x</p></body></html>"
            ),
            ("Jane Doe",),
        ),
        (
            "<html><body><h1>Timers</h1><p>By: ShawnHymel | December 16, 2025</p><p>x</p></body></html>",
            ("ShawnHymel",),
        ),
    ],
)
def test_byline_brand_of_the_host_is_a_credit_only_when_no_person_is_named(html, authors):
    """A meta author naming the site's own brand is returned only when no byline names a person."""
    host = "redfin" if "Redfin" in html else "shawnhymel"
    doc = _html_doc(html, "x").evolve(url=f"https://www.{host}.com/page")
    assert byline(doc).meta.authors == authors


def test_byline_reads_every_value_of_a_repeated_author_meta_tag():
    """One citation_author tag per author: all of them are the authors, in order."""
    html = (
        '<html><head><meta name="citation_author" content="Aditya Mahindru">'
        '<meta name="citation_author" content="Pradeep Patil">'
        '<meta name="citation_author" content="Varun Agrawal"></head><body><p>x</p></body></html>'
    )
    doc = byline(_html_doc(html, "x"))
    assert doc.meta.authors == ("Aditya Mahindru", "Pradeep Patil", "Varun Agrawal")


@pytest.mark.parametrize(
    ("meta", "body", "authors"),
    [
        ("The Investopedia Team", "<p>x</p>", ("The Investopedia Team",)),
        (
            "Camphouse Team",
            "<h1>Events</h1><p>By Ana Ruiz | 3 March 2024</p><p>x</p>",
            ("Ana Ruiz",),
        ),
        ("admin", "<p>x</p>", ()),
    ],
)
def test_byline_meta_credit_of_a_team_only_without_a_person(meta, body, authors):
    """A team credited in the author meta tag is the author unless a byline names a person."""
    html = f'<html><head><meta name="author" content="{meta}"></head><body>{body}</body></html>'
    assert byline(_html_doc(html, "x")).meta.authors == authors


def test_byline_forum_thread_is_credited_to_its_first_poster():
    """On a forum thread the first post's user is the author, not the people who replied."""
    posts = "".join(
        f'<div class="post"><div class="author">{user} {count} posts · Joined 2020</div>'
        f"<p>{STORY}</p></div>"
        for user, count in (("JWoodguy13", 14), ("golftango29", 1430), ("wolfmw", 1674))
    )
    html = f"<html><body><h1>Brake noise</h1>{posts}</body></html>"
    assert byline(_html_doc(html, STORY)).meta.authors == ("JWoodguy13",)


@pytest.mark.parametrize(
    ("cards", "authors"),
    [
        # A Q&A page's user cards: name, reputation and badge counts run together.
        (
            ["Eduardo Poças 111 silver badge11 bronze badge", "Ace 85244 silver badges1010 bronze"],
            ("Eduardo Poças",),
        ),
        (
            ["jldugger 14.6k2020 gold badges8383 silver badges", "Kevin Dente 2,25511 gold badge"],
            ("jldugger",),
        ),
    ],
)
def test_byline_qa_page_is_credited_to_the_first_user_card(cards, authors):
    """A Q&A thread's badge cards mark it as a thread: the first card's user is the author."""
    body = "".join(f'<div class="user-details" itemprop="author">{c}</div>' for c in cards)
    html = f"<html><body><h1>How do I undo a commit?</h1>{body}</body></html>"
    assert byline(_html_doc(html, STORY)).meta.authors == authors


def test_byline_discourse_thread_is_credited_to_the_first_post_header():
    """A Discourse thread's first post header ("user date, time 1") names the author."""
    posts = "".join(
        f'<div class="topic-post"><div class="crawler-post-meta">'
        f'<span class="creator" itemprop="author"><a href="/u/{u}">{u}</a></span> '
        f"<span><time>{d}</time> <span>{n}</span></span></div><p>{STORY}</p></div>"
        for u, d, n in (("hayley.p", "2 May 2025 18:48", 1), ("alison100", "3 May 2025 9:12", 2))
    )
    html = f"<html><body><h1>Exercise tips</h1>{posts}</body></html>"
    assert byline(_html_doc(html, STORY)).meta.authors == ("hayley.p",)


def test_byline_dropped_menu_line_with_a_job_word_names_nobody():
    """A menu entry the extraction dropped ("Development - Contributing") is no byline."""
    menu = Block(text="Development - Contributing").drop("boilerplate")
    doc = make_doc("Getting started", STORY, kind="html")
    doc = doc.evolve(blocks=(doc.blocks[0], menu, *doc.blocks[1:]))
    assert byline(doc).meta.authors == ()


@pytest.mark.parametrize(
    ("origin", "authors"),
    [
        # A shop grid's tile, the whole card one link (wcxb-dev 4022): a variant, not a person.
        ("/html/body/main/div[43]/div/a/div/div[2]/p", ()),
        ("/html/body/main/ul/li[3]/a[2]/div/p", ()),
        # The same line as a paragraph of its own is a "Name, Job Title" byline.
        ("/html/body/main/article/div[2]/p", ("Camo Black",)),
    ],
)
def test_byline_shape_only_line_in_a_link_card_names_nobody(
    origin: str, authors: tuple[str, ...]
) -> None:
    """A kept "Name, Job Title"-shaped line inside a link that wraps blocks is a tile's text."""
    tile = Block(text="Camo Black, 80's Vice Pockets", origin=origin)
    doc = make_doc("Getting started", STORY, kind="html")
    doc = doc.evolve(blocks=(doc.blocks[0], tile, *doc.blocks[1:]))
    assert byline(doc).meta.authors == authors


def test_byline_names_list_under_the_headline_beats_a_shorter_markup_byline():
    """All four names under the headline win over byline markup naming only the first."""
    html = (
        "<html><body><h1>Free courses</h1><p>Rui Ma, Heba Ledwon, Manoel Cortes Mendez &amp; "
        'Suparn Patra</p><p>Nov 25, 2025</p><a class="author" href="/x">Rui Ma</a>'
        f"<p>{STORY}</p></body></html>"
    )
    authors = byline(_html_doc(html, STORY)).meta.authors
    assert authors == ("Rui Ma", "Heba Ledwon", "Manoel Cortes Mendez", "Suparn Patra")


def test_byline_publication_beside_its_author_is_no_author():
    """ "By Emily Baron Cadloff, Modern Farmer" on Modern Farmer names one person."""
    html = (
        '<html><head><meta property="og:site_name" content="Modern Farmer"></head><body>'
        "<h1>Farm news</h1><p>by Emily Baron Cadloff, Modern Farmer October 10, 2021</p>"
        f"<p>{STORY}</p></body></html>"
    )
    assert byline(_html_doc(html, STORY)).meta.authors == ("Emily Baron Cadloff",)


def test_byline_meta_credit_is_not_taken_on_a_page_that_says_it_is_no_article():
    """A shop's or a site's home page (og:type website) credits its owner, not an author."""
    html = (
        '<html><head><meta property="og:type" content="website">'
        '<meta name="author" content="Enrollment Team"></head><body><p>x</p></body></html>'
    )
    assert byline(_html_doc(html, "x")).meta.authors == ()


def test_byline_credit_line_at_the_end_of_html_names_nobody_but_leaves_the_body():
    """In HTML a trailing "by Jane Doe" without author markup is a teaser's credit."""
    doc = make_doc(
        "Buses for everyone", STORY, STORY, "More stories", "by Lauren Dragan", kind="html"
    )
    doc = byline(doc.evolve(tree=parse_html("<html><body><p>x</p></body></html>")))
    assert doc.meta.authors == ()
    assert doc.blocks[-1].dropped_by == "byline"


@pytest.mark.parametrize(
    ("lang", "lines", "authors"),
    [
        (
            "en",
            ("Written by Camila Karalyte", "Junior Affiliate Content Writer"),
            ("Camila Karalyte",),
        ),
        ("en", ("THE AUTHOR", "Chirag Bhardwaj", "VP - Technology"), ("Chirag Bhardwaj",)),
        ("de", ("Autorin: Anna Müller",), ("Anna Müller",)),
        ("pl", ("Autorzy: Jan Kowalski i Anna Nowak",), ("Jan Kowalski", "Anna Nowak")),
        ("tr", ("Yazan: Ahmet Yılmaz",), ("Ahmet Yılmaz",)),
        ("ru", ("Автор: Ольга Смирнова",), ("Ольга Смирнова",)),
        ("ja", ("執筆者：山田 太郎",), ("山田 太郎",)),
        ("de", ("Über die Autorin", "Anna Müller", "Redakteurin"), ("Anna Müller",)),
        ("pl", ("Autorka", "Anna Nowak", "Dziennikarka"), ("Anna Nowak",)),
        ("pl", ("Autorka książki Anna Nowak",), ()),
        ("en", ("By Jane Doe",), ()),
        # Another language's label is no label: Turkish "Yazar:" on an English page.
        ("en", ("Yazar: Ahmet Yılmaz",), ()),
    ],
)
def test_byline_labelled_byline_far_below_the_story_start_is_read(lang, lines, authors):
    """A line that says it names the author counts wherever it stands; a bare "By" does not.

    The labels are the `writer_label`, `author_box` and `author_label` words of the page's
    language and English.
    """
    filler = [STORY] * 40
    doc = byline(make_doc("Buses for everyone", *filler, *lines, *filler, lang=lang))
    assert doc.meta.authors == authors


THREAD_TITLE = "Chain skips on the small cogs"
FIRST_POST = "My chain started skipping on the small cogs after I fitted a new one last week, why?"
REPLY = "Your cassette is worn: a new chain does not sit on teeth shaped by the old one."


@pytest.mark.parametrize(
    ("first_header", "reply_header", "authors", "date"),
    [
        (
            "Post by tandem_tess » Sat Mar 09, 2024 8:41 pm",
            "Post by gearjammer » Sat Mar 09, 2024 9:05 pm",
            ("tandem_tess",),
            "2024-03-09",
        ),
        (
            "Posted by Lena Hart on 3 May 2023",
            "Posted by Tom Byrne on 4 May 2023",
            ("Lena Hart",),
            "2023-05-03",
        ),
        (
            "Beitrag von radler_77 » 12.01.2024, 08:15",
            "Beitrag von Kette42 » 12.01.2024, 09:40",
            ("radler_77",),
            "2024-01-12",
        ),
        ("tandem_tess wrote:", "gearjammer wrote:", ("tandem_tess",), None),
    ],
)
def test_byline_reads_a_forum_thread_starter(first_header, reply_header, authors, date):
    """A thread's author and date are its first post's; headers and "Re:" lines leave the body."""
    doc = byline(
        make_doc(
            THREAD_TITLE,
            "Joined: Sun Apr 03, 2022 7:12 pm",
            first_header,
            FIRST_POST,
            f"Re: {THREAD_TITLE}",
            reply_header,
            REPLY,
        )
    )
    assert doc.meta.authors == authors
    assert doc.meta.date == date
    assert [b.dropped_by for b in doc.blocks[2:]] == [
        "byline",
        None,
        "title",
        "byline",
        None,
    ]


def test_byline_keeps_a_re_line_outside_a_thread():
    """A single "Re:" line without a thread of post headers stays in the body."""
    doc = byline(
        make_doc(
            "Buses for everyone",
            "By Jane Doe",
            STORY,
            "Re: the council's answer",
            STORY,
        )
    )
    assert doc.meta.authors == ("Jane Doe",)
    assert doc.blocks[3].kept


def test_byline_article_byline_wins_over_comment_headers():
    """Comments quoting "X wrote:" under a bylined article do not change its author."""
    doc = byline(
        make_doc(
            "Buses for everyone",
            "By Jane Doe",
            STORY,
            "Sam Rivers wrote:",
            "Great news.",
            "Ola Berg wrote:",
            "Not for my street.",
        )
    )
    assert doc.meta.authors == ("Jane Doe",)


def test_byline_thread_starter_label_names_the_author_of_a_text_thread():
    """A "Thread starter X" line in a scraped thread credits X, not a later byline-like line."""
    doc = byline(
        make_doc(
            "Brake noise after pad change",
            "Thread starter JWoodguy13",
            "Start date Mar 3, 2024",
            STORY,
            "Jane Doe | Reuters",
            STORY,
        )
    )
    assert doc.meta.authors == ("JWoodguy13",)


def test_byline_thread_starter_label_beats_byline_markup():
    """In HTML too, "Thread starter X" names the author over a reply's byline markup."""
    html = (
        '<html><body><h1>Replace a GPU fan</h1><div class="message-author">'
        '<a href="/members/lutfij.1/">Lutfij Moderator</a></div></body></html>'
    )
    doc = _html_doc(html, "Replace a GPU fan", "Thread starter ridwan123", STORY)
    assert byline(doc).meta.authors == ("ridwan123",)


@pytest.mark.parametrize(
    ("og_type", "authors"),
    [("product", ()), ("product.group", ()), ("article", ("Arman Jakimov",))],
)
def test_byline_author_meta_of_a_product_page_names_nobody(og_type, authors):
    """A product page's author meta tag names the brand or seller; an article's its author."""
    html = (
        f'<html><head><meta property="og:type" content="{og_type}">'
        '<meta name="author" content="Arman Jakimov"></head><body><p>x</p></body></html>'
    )
    assert byline(_html_doc(html, "x")).meta.authors == authors


def test_byline_html_thread_is_dated_by_its_first_post_header():
    """Post headers ("Beitrag von X » date") date an HTML thread by its first post."""
    lines = (
        "Beitrag von heizkurve_harald » Mo 11. Nov 2024, 20:14",
        STORY,
        "Beitrag von Vorlauf38 » Mo 11. Nov 2024, 21:03",
        STORY,
    )
    doc = byline(_html_doc("<html><body><p>x</p></body></html>", *lines).evolve(lang="de"))
    assert doc.meta.authors == ("heizkurve_harald",)
    assert doc.meta.date == "2024-11-11"


def _scrape_with_far_story(*byline_lines: str) -> Document:
    """A text scrape: title line, repeated headline, the byline lines, a long contents list."""
    contents = [f"Chapter {n} of the guide" for n in range(1, 31)]
    doc = make_doc(
        "Buses for everyone | Daily Example",
        "Buses for everyone",
        *byline_lines,
        "Share article",
        *contents,
        STORY + " " + STORY,
    )
    blocks = list(doc.blocks)
    blocks[1] = blocks[1].drop("title_repeat")
    return doc.evolve(blocks=tuple(blocks))


@pytest.mark.parametrize(
    ("lines", "authors", "date"),
    [
        (("By Hanna Berg",), ("Hanna Berg",), None),
        (("Hanna Berg", "Trending Editor"), ("Hanna Berg",), None),
        (("By", "Hanna Berg"), ("Hanna Berg",), None),
        (("Hanna Berg", "March 3, 2025 · 6 min read"), ("Hanna Berg",), "2025-03-03"),
        (("Hanna Berg", "Last Updated: Dec 17, 2025 • 5 min read"), ("Hanna Berg",), None),
        (("Business Communications", "Executive Education"), (), None),
        (("Spring Setup Sale", "Sale ends 03/31/2026. While supplies last."), (), None),
    ],
)
def test_byline_reads_the_byline_under_a_scrapes_headline(lines, authors, date):
    """Right under a scrape's repeated headline, a name beside a date, time or job is the author."""
    doc = byline(_scrape_with_far_story(*lines))
    assert doc.meta.authors == authors
    assert doc.meta.date == date


def test_byline_job_title_under_the_byline_is_no_second_person():
    """'National Biotech Reporter' over the date line does not make the byline a teaser's."""
    doc = byline(
        _scrape_with_far_story("By Hanna Berg", "Dec. 18, 2025", "National Biotech Reporter")
    )
    assert doc.meta.authors == ("Hanna Berg",)


@pytest.mark.parametrize(
    ("lines", "date"),
    [
        (("Written by Hanna Berg", "April 8, 2024"), "2024-04-08"),
        (("By Hanna Berg", "Share", "12.12.2025"), "2025-12-12"),
        (("By Hanna Berg", "Page updated:", "12 November 2025"), None),
        (("By Hanna Berg", "Updated April 8, 2024"), None),
    ],
)
def test_byline_dates_a_scrape_by_the_dateline_under_its_byline(lines, date):
    """A date line just under a scrape's byline is its date; an 'Updated' one is not."""
    doc = byline(_scrape_with_far_story(*lines))
    assert doc.meta.authors == ("Hanna Berg",)
    assert doc.meta.date == date


def _html_blocks(*blocks: Block) -> Document:
    html = "<html><body><p>x</p></body></html>"
    return Document(
        raw=html, decoded=html, kind="html", tree=parse_html(html), blocks=blocks, lang="en"
    )


@pytest.mark.parametrize(
    ("name_block", "filler", "authors"),
    [
        (Block(text="Elliot Raba"), 0, ("Elliot Raba",)),
        (Block(text="Elliot Raba").drop("boilerplate"), 0, ("Elliot Raba",)),
        (Block(text="NFL Schedule", kind="heading"), 0, ()),
        (Block(text="Major Update").drop("boilerplate"), 30, ()),
    ],
)
def test_byline_html_name_line_needs_a_kept_or_early_block_and_no_heading(
    name_block, filler, authors
):
    """An HTML name over a date is a byline unless it is a heading or a dropped block far down."""
    blocks = (
        *(Block(text=f"Menu entry {n}").drop("boilerplate") for n in range(filler)),
        name_block,
        Block(text="March 16, 2026"),
        Block(text=STORY + " " + STORY),
    )
    assert byline(_html_blocks(*blocks)).meta.authors == authors


def test_byline_finds_a_scrapes_headline_that_is_not_repeated_word_for_word():
    """Without a repeated headline, the line most like the title line anchors the byline."""
    doc = _scrape_with_far_story("By Hanna Berg")
    blocks = list(doc.blocks)
    blocks[1] = Block(text="Buses for everyone from May")
    doc = byline(doc.evolve(blocks=tuple(blocks)))
    assert doc.meta.authors == ("Hanna Berg",)


@pytest.mark.parametrize(
    ("lines", "authors"),
    [
        (("By", "The Investopedia Team"), ("The Investopedia Team",)),
        (
            ("Written By", "Hanna Berg", "Staff Writer", "Fact Checked By", "Ola Nordmann"),
            ("Hanna Berg",),
        ),
        (
            ("Hanna Berg", "Staff Writer", "Print", "Email", "Save", "Like", "Editor, Embarque"),
            ("Hanna Berg",),
        ),
        (("The Investopedia Team", "Share"), ()),
    ],
)
def test_byline_reads_team_credits_and_ignores_later_credits_under_a_headline(lines, authors):
    """A 'By' over a team credits the team; later credit lines make the byline no teaser."""
    assert byline(_scrape_with_far_story(*lines)).meta.authors == authors


@pytest.mark.parametrize(
    ("lines", "authors"),
    [
        (("19 Dec, 2025", "Newsdesk"), ("Newsdesk",)),
        (("Staff", "April 18, 2025"), ("Staff",)),
        (("The Upwork Team", "Published", "|", "Oct 10, 2025"), ("The Upwork Team",)),
        # No date beside it: a menu's or a page's "Our Team" as often as a credit.
        (("Our Team", "Share"), ()),
        (("The Upwork Team", "Freelance tips", "Oct 10, 2025"), ()),
    ],
)
def test_byline_team_alone_beside_the_date_under_a_headline_credits_it(lines, authors):
    """A team's name in the byline's place, with the date line right over or under it."""
    assert byline(_scrape_with_far_story(*lines)).meta.authors == authors


@pytest.mark.parametrize(
    ("lines", "authors"),
    [
        (("December 14, 2025", "/", "Hanna Berg"), ("Hanna Berg",)),
        (("Hanna Berg", "•", "March 3, 2025"), ("Hanna Berg",)),
        # The byline's own fields, each on its line: the field past the date is no second name.
        (
            ("Hanna Berg, Transport Expert", "•", "Friday, December 19, 2025", "•", "Ad Notice"),
            ("Hanna Berg",),
        ),
        (("December 14, 2025", "Menu", "Hanna Berg"), ()),
    ],
)
def test_byline_name_and_date_lines_apart_by_a_separator_line(lines, authors):
    """A scrape puts a byline's separator on a line of its own between the name and the date."""
    assert byline(_scrape_with_far_story(*lines)).meta.authors == authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Hanna Berg Founder & Lead Reviewer", ("Hanna Berg",)),
        ("Hanna Berg Contributing Writer | Transport, cities and buses", ("Hanna Berg",)),
        # A one-word title is as often a name's or a brand's last word; a bracket is a gloss.
        ("Big Board Owner", ()),
        ("Amazon Web Services (contributors)", ()),
        ("Product Marketing Manager", ()),
    ],
)
def test_byline_name_and_job_title_on_one_line_under_a_headline(line, authors):
    """A scrape runs "Name" and "Job Title" into one line under the headline."""
    assert byline(_scrape_with_far_story(line)).meta.authors == authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("September 1, 2016September 8, 2016Hanna Berg", ("Hanna Berg",)),
        (
            "The city will add six routes by May. By Hanna Berg on Dec. 19, 2025",
            ("Hanna Berg",),
        ),
        # Without its date, "By" after a sentence opens prose as often.
        ("The city will add six routes. By Hanna Berg", ()),
        ("The city plans six routes. By 2030 the network doubles", ()),
    ],
)
def test_byline_glued_dates_and_a_standfirst_ending_in_a_byline(line, authors):
    """A scrape runs a post's two dates into its writer, or a standfirst into its byline."""
    assert byline(_scrape_with_far_story(line)).meta.authors == authors


@pytest.mark.parametrize(
    ("lines", "authors"),
    [
        (("J Offline", "J Offline", "julian", "wrote on last edited by", "#1"), ("julian",)),
        (("L Offline", "luizjr4 | Premium", "last edited by"), ("luizjr4",)),
        # The initial must be the name's: "Menu" under a "J Online" status is no card.
        (("J Online", "Menu", "wrote on last edited by"), ()),
    ],
)
def test_byline_text_thread_starter_under_its_avatar_card(lines, authors):
    """A scraped thread's first avatar card ("J Offline") stands over the starter's name."""
    doc = make_doc(
        "Roadmap question | Example Forum",
        STORY,
        *lines,
        STORY,
        "Reply by julian and luizjr4 and Menu",
    )
    assert byline(doc).meta.authors == authors


@pytest.mark.parametrize(
    ("lines", "authors"),
    [
        (("Hanna Berg", "Marketing Director", "March 3, 2025"), ("Hanna Berg",)),
        (("Hanna Berg", "Ola Nordmann", "March 3, 2025"), ("Hanna Berg", "Ola Nordmann")),
        (("Feature", "Mar 27, 2025"), ()),
        (("Wyndo", "Mar 27, 2025"), ("Wyndo",)),
    ],
)
def test_byline_job_title_and_section_label_over_the_date_name_nobody(lines, authors):
    """A job title under the name adds no one; a story kind's label over the date is no name."""
    assert byline(_scrape_with_far_story(*lines)).meta.authors == authors


def test_byline_credits_a_scraped_question_to_its_asker():
    """A Q&A scrape's "asked <date>" line names the asker on the line under it."""
    doc = byline(
        make_doc(
            "Why is RAID not a backup? - Server Fault",
            "Why is RAID not a backup?",
            STORY,
            "edited Mar 27, 2019 at 3:52",
            "Some Editor",
            "asked May 2, 2009 at 0:01",
            "jldugger",
            "14.6k 20 83 131",
            STORY,
        )
    )
    assert doc.meta.authors == ("jldugger",)


def test_byline_dateline_right_under_the_headline_dates_a_scrape_with_a_byline_below():
    """The date line between the headline and the byline under it dates the scrape."""
    doc = byline(
        make_doc(
            "2026 Real Estate Outlook | Realtor News",
            "Home",
            "2026 Real Estate Outlook",
            "January 5, 2026",
            "Residential Real Estate, Mortgages & Home Financing",
            "By: Melissa Dittmann Tracey",
            STORY,
        )
    )
    assert (doc.meta.authors, doc.meta.date) == (("Melissa Dittmann Tracey",), "2026-01-05")


@pytest.mark.parametrize(
    ("lines", "authors"),
    [
        (
            ["Naftali Tishby, Fernando C. Pereira, William Bialek", "24 Apr 2000 • 3 min read"],
            ("Naftali Tishby", "Fernando C. Pereira", "William Bialek"),
        ),
        (["By Clay", "Mar 14, 2024"], ("Clay",)),
        (["Wyndo", "Dec 04, 2025"], ("Wyndo",)),
        (["Prep", "10 mins"], ()),
        (["Released", "5 Dec, 2019"], ()),
        (["Chris Toy", "•", "March 17, 2025"], ("Chris Toy",)),
        (["By Rabbids", "March 19, 2024 in Build Hardware Troubleshooting"], ("Rabbids",)),
        (["By Resy Staff", "Published: Nov. 19, 2025"], ("Resy Staff",)),
        (["by Marketing Team", "31 May, 2023"], ("Marketing Team",)),
        (["Anna Schmidt und Jonas Weber", "12.03.2024"], ("Anna Schmidt", "Jonas Weber")),
        (["Marie Dubois et Paul Martin", "4 mars 2024"], ("Marie Dubois", "Paul Martin")),
        (
            ["Ana García, Luis Pérez y Marta Ruiz", "4 de marzo de 2024"],
            ("Ana García", "Luis Pérez", "Marta Ruiz"),
        ),
    ],
)
def test_byline_reads_name_lists_and_single_names_over_a_date_under_the_headline(lines, authors):
    """Under a scrape's headline a name list, one name or a team over a date line is its byline."""
    doc = byline(
        make_doc("The information bottleneck | Blog", "The information bottleneck", *lines, STORY)
    )
    assert doc.meta.authors == authors


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        ("<p>By The Currency editors</p>", ("The Currency editors",)),
        ("<p>by whova | Apr 21, 2025</p>", ("whova",)),
        ("<p>By Industry</p>", ()),
    ],
)
def test_byline_by_line_under_the_headline_credits_a_team(header, authors):
    """A "By" line under the <h1> that names no person credits the team or company it names."""
    html = f"<html><body><h1>Buses</h1>{header}<p>{STORY}</p></body></html>"
    assert byline(_html_doc(html, STORY)).meta.authors == authors


@pytest.mark.parametrize(
    ("cards", "authors"),
    [
        # A blog post credited to its team where a writer's name would stand (wcxb-dev 4606).
        ('<span class="author-name">The Upwork Team</span>', ("The Upwork Team",)),
        ('<span class="author-name">Newsdesk</span>', ("Newsdesk",)),
    ],
)
def test_byline_markup_naming_a_team_alone_credits_it(cards, authors):
    """Byline markup holding only a team's name credits the team, on any og:type."""
    html = (
        '<html><head><meta property="og:type" content="website"></head><body><h1>Buses</h1>'
        f"<p>{STORY}</p>{cards}</body></html>"
    )
    assert byline(_html_doc(html, STORY)).meta.authors == authors


def test_byline_team_beside_people_in_markup_is_a_teasers_credit():
    """Beside people's names a staff credit is one teaser's among others (wcxb-dev 1310)."""
    cards = "".join(
        f'<span class="author-name">{name}</span>'
        for name in ("AppleInsider Staff", "Marko Zivkovic", "Malcolm Owen")
    )
    html = f"<html><body><h1>Latest News</h1><p>{STORY}</p>{cards}</body></html>"
    assert "AppleInsider Staff" not in byline(_html_doc(html, STORY)).meta.authors


def test_byline_by_line_of_a_product_is_its_brand():
    """ "By Acme Tools" under a product's name is the brand, not an author."""
    html = (
        '<html><head><meta property="og:type" content="product"></head><body><h1>Drill</h1>'
        f"<p>By Acme Tools</p><p>{STORY}</p></body></html>"
    )
    assert byline(_html_doc(html, STORY)).meta.authors == ()


@pytest.mark.parametrize(
    ("line", "authors"),
    [("By 3i Global", ("3i Global",)), ("By Industry", ())],
)
def test_byline_by_line_credit_under_a_scrape_headline(line, authors):
    """A text scrape's "By <company>" line right under the headline credits the company."""
    headline = "Buses for everyone on every route"
    doc = byline(make_doc(headline, headline, line, STORY))
    assert doc.meta.authors == authors
    assert (doc.blocks[2].dropped_by == "byline") is bool(authors)


def test_byline_name_over_its_email_and_date_under_the_headline():
    """ "Kadri Tamm" / her e-mail / the date under the headline (not the site's name) is the byline."""
    headline = "Buses for everyone on every route"
    lines = (
        f"{headline} | City Paper",
        "City Paper",
        *(f"Menu entry {k}" for k in range(8)),
        headline,
        "Kadri Tamm",
        "kadri.tamm@citypaper.example",
        "14. November 2025, 09:12",
        STORY,
    )
    doc = make_doc(*lines)
    repeats = {1, 10}
    doc = doc.evolve(
        blocks=tuple(
            b.drop("title_repeat") if i in repeats else b for i, b in enumerate(doc.blocks)
        )
    )
    assert byline(doc).meta.authors == ("Kadri Tamm",)


@pytest.mark.parametrize(
    ("footer_class", "authors"),
    [("entry-footer", ("Sakura Ito",)), ("site-footer", ())],
)
def test_byline_reads_the_author_line_of_the_story_footer(footer_class, authors):
    """An "entry-footer" is the story's own foot; a site footer's names are nobody's byline."""
    html = (
        # A story long enough that the lines under the headline end before the footer.
        f"<html><body><article><h1>Buses</h1><p>{STORY * 3}</p><footer class='{footer_class}'>"
        "<p class='entry-author'>Written by: Sakura Ito</p></footer></article></body></html>"
    )
    assert byline(_html_doc(html, STORY)).meta.authors == authors


REPLY = "That was it, thank you. The by-id path worked at once after the reboot."


@pytest.mark.parametrize(
    ("lines", "authors", "date"),
    [
        # Invision: the starter's card comes back over a later post.
        (
            (
                "Followers",
                "June 14, 2024",
                "ColdJ",
                "June 14, 20241 yr in Kerbal Network",
                REPLY,
                "Jeb",
                "June 15, 2024",
                REPLY,
                "ColdJ",
                "June 16, 2024",
                REPLY,
            ),
            ("ColdJ",),
            "2024-06-14",
        ),
        # Discourse: a short date without its day, a rank line over a reply's date.
        (
            (
                "cancel selecting",
                "marta_k",
                "Feb 2024",
                "1",
                REPLY,
                "dpowell",
                "Regular",
                "Feb 3",
                REPLY,
                "marta_k",
                "Feb 3",
                REPLY,
            ),
            ("marta_k",),
            None,
        ),
        # The first poster never comes back: no thread is told.
        (("Ann", "June 14, 2024", REPLY, "Bob", "June 15, 2024", REPLY), (), None),
        # Comments under an article: prose comes before the first card.
        ((STORY * 2, "Ann", "June 14, 2024", REPLY, "Ann", "June 15, 2024", REPLY), (), None),
    ],
)
def test_byline_text_thread_is_credited_to_its_first_user_card(lines, authors, date):
    """A text thread's first user card (name over date) names and dates it if the name recurs."""
    doc = byline(make_doc(*lines))
    assert doc.meta.authors == authors
    assert doc.meta.date == date


def test_byline_reads_citation_authors_written_surname_first():
    """A journal page's citation_author tags ("Popescu, Andreea") name people given name first."""
    html = (
        '<html><head><meta name="citation_author" content="Popescu, Andreea">'
        '<meta name="citation_author" content="Ionescu, Mihai"></head><body><p>x</p></body></html>'
    )
    assert byline(_html_doc(html, "x")).meta.authors == ("Andreea Popescu", "Mihai Ionescu")


@pytest.mark.parametrize(
    ("title", "authors"),
    [("Former Deputy Tech Editor", ()), ("Podium Staff", ("Podium Staff",))],
)
def test_byline_job_title_beside_the_date_is_no_author(title, authors):
    """A job title over the date line is no name; a team's credit there still is."""
    html = (
        f"<html><body><h1>Best mice</h1><p>Guide</p><p>{title}</p>"
        f"<p>Updated on Jan. 16, 2026</p><p>{STORY}</p></body></html>"
    )
    assert byline(_html_doc(html, STORY)).meta.authors == authors


@pytest.mark.parametrize(
    ("post", "authors"),
    [
        ('<shreddit-post author="ControlCAD" post-title="Bolt sizes">', ("ControlCAD",)),
        ('<article class="message" data-author="Sergey_K">', ("Sergey_K",)),
        ('<div class="topic-post"><a data-username="Need2KnowLion" href="#">', ("Need2KnowLion",)),
    ],
)
def test_byline_forum_poster_in_an_attribute_is_the_author(post, authors):
    """A thread whose posts name their writer only in an attribute is credited to the first."""
    html = (
        f"<html><body><main><h1>Which bolt size?</h1>{post}<p>{STORY}</p></main>"
        '<div data-author="second_user"><p>Try M8.</p></div></body></html>'
    )
    doc = byline(_html_doc(html, "Which bolt size?", STORY))
    assert doc.meta.authors == authors


def test_byline_commenter_in_an_attribute_is_no_author():
    """A comment section's data-author names a reader, not the article's writer."""
    html = (
        f"<html><body><article><h1>Buses for everyone</h1><p>{STORY}</p></article>"
        '<section id="comments"><div data-author="Manuel_Q"><p>Finally!</p></div></section>'
        "</body></html>"
    )
    doc = byline(_html_doc(html, "Buses for everyone", STORY))
    assert doc.meta.authors == ()


@pytest.mark.parametrize(
    ("lines", "authors"),
    [
        (
            ("#1 2025-11-01 15:14:37", "chunix64", "Member", REPLY, "Last edited by chunix64"),
            ("chunix64",),
        ),
        (("11-29-2024, 09:03 AM #1", "HOSTLAR", "View Profile", REPLY, "HOSTLAR"), ("HOSTLAR",)),
        # The name never comes back: no poster is told.
        (("#1 2025-11-01 15:14:37", "chunix64", "Member", REPLY), ()),
        (("Go to Cooking", "r/Cooking •", "EuroStepJam", "Enameled pans", STORY), ("EuroStepJam",)),
        (("r/Cooking", "Get App", STORY), ()),
        # A ranking's "#1" over a capitalised label.
        (("#1 Best Seller", "Hardcover", STORY, "Hardcover"), ()),
    ],
)
def test_byline_text_thread_is_credited_to_the_poster_under_post_one(lines, authors):
    """The user name under a text thread's "#1" post header names it if it comes back."""
    assert byline(make_doc(*lines)).meta.authors == authors


@pytest.mark.parametrize(
    ("lines", "authors"),
    [
        ((STORY, STORY, "Author: Kashmir Brummel", "Share this"), ("Kashmir Brummel",)),
        ((STORY, "written by Our Editors", STORY), ("Our Editors",)),
        # Different writers on different lines: a list of reviews, none is the author.
        ((STORY, "Written by Faith Cox", STORY, "Written by Jason Warner"), ()),
    ],
)
def test_byline_text_scrape_is_credited_to_its_one_labelled_writer(lines, authors):
    """A text scrape's "Written by" / "Author:" lines credit their writer when they name one."""
    assert byline(make_doc("A headline", *lines)).meta.authors == authors


@pytest.mark.parametrize(
    ("lang", "lines", "authors"),
    [
        (
            "en",
            ["Priya Raman", "Follow", "Published in", "Build Notes", "·", "7 min read"],
            ("Priya Raman",),
        ),
        ("en", ["Published in", "Build Notes", "·", "7 min read", "·", "Mar 14, 2025"], ()),
        ("es", ["Publicado en", "Notas de Obra", "·", "7 min de lectura"], ()),
        # the `published_in` and `follow_button` words of the page's language
        ("pl", ["Opublikowano w", "Notatki Budowy", "·", "7 min czytania"], ()),
        ("nl", ["Priya Raman", "Volgen", "Gepubliceerd in", "Bouwnotities", "·"], ("Priya Raman",)),
    ],
)
def test_byline_blog_platform_card_names_the_writer_not_the_publication(lang, lines, authors):
    """A writer over "Follow" is the author; the name under "Published in" is a publication."""
    title = ("How I cut CI time | Medium", "How I cut CI time")
    doc = byline(make_doc(*title, *lines, STORY, lang=lang))
    assert doc.meta.authors == authors


def test_byline_blog_author_box_listing_all_posts_is_no_forum():
    """ "Alle Beiträge von X anzeigen" in a blog's author box keeps the byline's full name."""
    html = (
        '<html><body><article><h1>E-Bike im Test</h1><div class="entry-meta">'
        '<span class="byline"> von <span class="author vcard"><a class="url fn n" '
        'href="/author/jonas/">Jonas Weber</a></span></span></div>'
        f"<p>{STORY}</p>"
        '<div class="author-info"><h2 class="author-title">Über Jonas Weber</h2>'
        '<p class="author-bio">Jonas fährt Rad. <a class="author-link" href="/author/jonas/">'
        "Alle Beiträge von Jonas Weber anzeigen</a></p></div></article></body></html>"
    )
    doc = byline(_html_doc(html, "E-Bike im Test", STORY))
    assert doc.meta.authors == ("Jonas Weber",)


@pytest.mark.parametrize(
    ("title", "authors"),
    [("News | Metro Herald", ()), ("Buses for everyone arrive | Metro Herald", ("Jane Doe",))],
)
def test_byline_under_a_teaser_headline_names_nobody(title, authors):
    """On a section front the first story's byline stands under a headline the <title> lacks."""
    html = (
        f"<html><head><title>{title}</title></head><body><h2>Buses for everyone arrive</h2>"
        f"<p>By Jane Doe</p><p>{STORY}</p></body></html>"
    )
    doc = _html_doc(html, "Buses for everyone arrive", "By Jane Doe", STORY)
    doc = doc.evolve(blocks=(doc.blocks[0].evolve(kind="heading"), *doc.blocks[1:]))
    out = byline(doc)
    assert out.meta.authors == authors
    assert out.blocks[1].dropped_by == "byline"


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Contact: <span>Ron Sands</span>", ()),
        ("Posted under <a href='/c/tires'>Car Tires</a>", ()),
        ("<a href='/c/n'>Nonessential Thoughts</a>, <a href='/c/t'>Technology</a>", ()),
        ("Per <a href='/autors/mv'>Marta Vilanova</a>", ("Marta Vilanova",)),
    ],
)
def test_byline_header_value_of_another_label_is_no_author(line, authors):
    """A contact person or a category beside the date is no byline; an unknown intro still is."""
    html = (
        f"<html><body><h1>Buses</h1><div><p>{line}</p><p>Updated: June 2, 2025</p></div>"
        f"<p>{STORY}</p></body></html>"
    )
    assert byline(_html_doc(html, STORY)).meta.authors == authors


@pytest.mark.parametrize(
    ("ld_type", "authors"),
    [("CollectionPage", ()), ("ItemList", ()), ("Product", ()), ("WebSite", ("Connie Loizos",))],
)
def test_byline_author_meta_tag_of_a_list_page_is_no_author(ld_type, authors):
    """A section front's or a shop's author meta tag names the newest story's writer or the firm."""
    html = (
        f'<html><head><script type="application/ld+json">{{"@type": "{ld_type}"}}</script>'
        '<meta name="author" content="Connie Loizos"></head>'
        f"<body><h1>Latest</h1><p>{STORY}</p></body></html>"
    )
    assert byline(_html_doc(html, STORY)).meta.authors == authors


def test_byline_labelled_lines_of_a_teaser_list_name_nobody():
    """Labelled lines of one form naming different people are teasers; comments differ."""
    teasers = ("Written by Faith Cox on Jul 5th 2022", "Written by Jason Warner on May 4th 2020")
    head = ("Reviews", "Our customers say", STORY, STORY, STORY, STORY, STORY, STORY, STORY)
    assert byline(make_doc(*head, teasers[0], STORY, teasers[1], STORY)).meta.authors == ()
    post = "Posted by David at December 16, 2025 11:15 AM"
    comment = "Posted by: John at December 18, 2025 05:48 PM"
    doc = byline(make_doc(*head, post, STORY, comment, STORY))
    assert doc.meta.authors == ("David",)


def test_byline_speaker_under_a_quotation_is_no_author():
    """A name and role under a pull quote or a testimonial is its speaker, not the writer."""
    html = (
        "<html><body><h1>Industry News</h1><div><p>&quot;Having good market intelligence is"
        " no longer optional&quot;</p><p>Rakesh Pabbi - Senior Partner</p></div>"
        f"<p>{STORY}</p></body></html>"
    )
    assert byline(_html_doc(html, STORY)).meta.authors == ()


def test_byline_speaker_under_a_scraped_testimonial_is_no_author():
    """A scrape loses the quotation marks: under first-person prose, "Name, Role" is a speaker."""
    quote = (
        "RSM has provided an unmatched support system. I believe joining RSM was the best"
        " career decision I could have made."
    )
    doc = byline(
        make_doc("Spotlight on culture", quote, "Samiah Leggett, Senior Associate, RSM US")
    )
    assert doc.meta.authors == ()


def test_byline_writer_under_a_first_person_standfirst_stays() -> None:
    """Only a name and title with no byline word under first-person prose is a speaker."""
    standfirst = (
        "This is the real journey of building a smart home from scratch, and I made every"
        " mistake along the way."
    )
    doc = byline(make_doc("Building my smart home", standfirst, "By Jane Doe, Staff Writer", STORY))
    assert doc.meta.authors == ("Jane Doe",)


def test_byline_dated_teasers_newest_first_name_nobody() -> None:
    """A front page's stories, newest first, each 'Posted by' one editor: no page author."""
    stories = []
    for day, hour in (
        (8, "03:34AM"),
        (7, "11:44PM"),
        (7, "09:34PM"),
        (7, "07:16PM"),
        (6, "05:16PM"),
    ):
        stories.append(
            f"<h2>Story at {hour}</h2><div class='story-byline'>Posted by EditorDavid on"
            f" March 0{day}, 2026 @{hour} from the dept.</div><p>{STORY}</p>"
        )
    html = f"<html><head><title>News for nerds</title></head><body>{''.join(stories)}</body></html>"
    assert byline(_html_doc(html, STORY)).meta.authors == ()


def test_byline_thread_posts_oldest_first_keep_their_starter() -> None:
    """Dated bylines running oldest first are a thread's or a blog's posts, not teasers."""
    lines = [
        f"Posted by Ann Lee on March 0{d}, 2026 at {h}:00"
        for d, h in ((1, 9), (2, 9), (2, 11), (3, 9), (4, 9))
    ]
    assert not dated_teasers(lines, "en")
    assert dated_teasers(lines[::-1], "en")


def test_byline_blog_home_page_with_dated_stories_names_nobody() -> None:
    """Under a blog's name, each story's title, date and writer: a list, not one story."""
    stories = [
        ("Allocating on the Stack", "27 February 2026", "Keith Randall"),
        ("Using go fix to modernize code", "17 February 2026", "Alan Donovan"),
        ("Results from the survey", "3 February 2026", "Todd Kulesza"),
    ]
    body = "".join(
        f"<p><a href='/s{i}'>{t}</a>, <span class='date'>{d}</span></p>"
        f"<p class='author'>{a}</p><p>A summary of the story.</p>"
        for i, (t, d, a) in enumerate(stories)
    )
    html = f"<html><head><title>The Blog</title></head><body><h1>The Blog</h1>{body}</body></html>"
    assert byline(_html_doc(html, STORY)).meta.authors == ()


def _signed_scrape(*foot: str, kind: str = "text") -> Document:
    """A scrape's story of three paragraphs, then the dropped lines under it."""
    story = [
        f"{STORY} The work starts in spring and ends before the winter, said the mayor {n}."
        for n in range(3)
    ]
    doc = make_doc("Buses for everyone | Daily Example", *story, *foot, kind=kind)
    kept = 1 + len(story)
    return doc.evolve(blocks=doc.blocks[:kept] + tuple(b.drop("menu") for b in doc.blocks[kept:]))


@pytest.mark.parametrize(
    ("foot", "expected"),
    [
        # The writer signs under the story, the tags follow (golden az-xeber-hamam-berpa-text).
        (("Aygün Məmmədova", "Teqlər:", "Gəncə"), ("Aygün Məmmədova",)),
        # The next section's heading over its blurb: its words are the page's words too.
        (("Latest Insights", "Discover the latest insights from our analysts.", "Whitepaper"), ()),
        # A name over a forum poster's lower-case rank is no signature.
        (("Jan White", "pollinator", "Posts: 1455"), ()),
    ],
)
def test_byline_reads_a_name_signing_a_scrapes_story(foot, expected) -> None:
    """A bare name right under a scrape's last paragraph, over a label or nothing, signs it."""
    assert byline(_signed_scrape(*foot)).meta.authors == expected


def test_byline_takes_no_testimonial_speaker_as_a_signature() -> None:
    """Under a quotation, a name over a job title is the speaker's."""
    doc = _signed_scrape("Robert Cameron", "Product Manager at Unbounce")
    quote = "“We proactively encourage our customers to connect their tools with us, and they do.”"
    doc = doc.evolve(blocks=(*doc.blocks[:3], Block(text=quote), *doc.blocks[4:]))
    assert byline(doc).meta.authors == ()


@pytest.mark.parametrize(
    ("markup", "lines", "expected"),
    [
        # The publication's name in the author tag yields to the story's writer (wcxb-dev 4371).
        (("Five Books",), ("Sylvia Bishop",), ()),
        (("Redazione",), ("Luca Giacometto",), ()),
        (("Jane Doe",), ("Sylvia Bishop",), ("Jane Doe",)),
        # An office with lower-case words in its name yields (sl-typo3-univerza-novica-grafen).
        (("Služba za komuniciranje",), ("Tina Zupan",), ()),
        (("Office of communications",), ("Tina Zupan",), ()),
        # ... but not to another office, nor does a team's credit or a particle's name yield.
        (("Služba za komuniciranje",), ("Urad za medije",), ("Služba za komuniciranje",)),
        (("The Investopedia Team",), ("Yarilet Perez",), ("The Investopedia Team",)),
        (("Ursula von der Leyen",), ("Tina Zupan",), ("Ursula von der Leyen",)),
    ],
)
def test_byline_desk_or_publication_in_markup_yields_to_a_byline_line(markup, lines, expected):
    """Markup naming only a desk or the site itself yields to a person a byline line names."""
    assert _desk_yields(markup, lines, "Five Books") == expected


def test_byline_markup_line_in_sentence_case_is_no_name() -> None:
    """Byline markup over the date holding "Personal finance" names a category, not a person."""
    html = (
        '<html><body><h1>Tax services reviewed</h1><div class="post-author">Personal finance'
        f'</div><div class="post-author">January 27, 2025</div><p>{STORY}</p></body></html>'
    )
    doc = _html_doc(html, "Tax services reviewed", "Personal finance", "January 27, 2025", STORY)
    assert byline(doc).meta.authors == ()


@pytest.mark.parametrize(
    ("tag", "card", "authors"),
    [
        # The uploader's user name in the tag, the writer in the author box (wcxb-dev 0195).
        ("andrew.keaveney", "Denise Everheart", ("Denise Everheart",)),
        # A user name spelling the shown name is that person's own.
        ("srauturier", "Solene Rauturier", ("srauturier",)),
    ],
)
def test_byline_unseen_user_name_in_the_tag_yields_to_the_author_box(tag, card, authors):
    """A meta tag's user name the page never shows yields to another person's byline markup."""
    html = (
        f'<html><head><meta name="author" content="{tag}"></head><body><h1>Buses</h1>'
        f'<p>{STORY}</p><div class="author-info"><span class="author-name">{card}</span>'
        "</div></body></html>"
    )
    assert byline(_html_doc(html, STORY)).meta.authors == authors


def test_byline_reads_a_by_line_signing_a_scrapes_story() -> None:
    """A "By" line right under the story's last paragraph names its writer (wcxb-dev-text 0328)."""
    doc = byline(_signed_scrape("By Scott Kasun", "Related Topics", "Insights"))
    assert doc.meta.authors == ("Scott Kasun",)


def test_byline_reads_the_writers_bio_closing_a_scrapes_story() -> None:
    """A name over a bio opening with it, kept as the story's end, is the author box."""
    doc = _signed_scrape()
    bio = "Lauren Vetter is a growth-focused marketing professional in healthcare technology."
    doc = doc.evolve(blocks=(*doc.blocks, Block(text="Lauren Vetter"), Block(text=bio)))
    out = byline(doc)
    assert out.meta.authors == ("Lauren Vetter",)
    assert all(b.dropped_by == "byline" for b in out.blocks[-2:])


def test_byline_finds_a_scrapes_headline_worded_as_the_titles_first_part() -> None:
    """The headline shares enough words with the title's part before the site's name."""
    contents = [f"Chapter {n} of the guide" for n in range(1, 31)]
    doc = make_doc(
        "Top 11 SEO Strategies for 2025 | LuccaAM",
        "Get started",
        "11 SEO Strategies for 2025 to Boost Rankings and Stay Ahead",
        "by Jason Rostar | SEO | 8 min Read",
        "Content",
        *contents,
        STORY,
    )
    doc = doc.evolve(
        blocks=(doc.blocks[0], *(b.drop("menu") for b in doc.blocks[1:-1]), doc.blocks[-1])
    )
    assert byline(doc).meta.authors == ("Jason Rostar",)


def test_byline_reads_a_date_first_line_with_its_reading_time_and_length() -> None:
    """The date, the reading time and the word count, then the writer's name."""
    doc = make_doc(
        "Full Unicode Search | Blog",
        "Full Unicode Search",
        "December 15, 2025 · 30 min · 6279 words · Ash Vardanian",
        STORY,
    )
    assert byline(doc).meta.authors == ("Ash Vardanian",)


@pytest.mark.parametrize(
    ("lines", "authors"),
    [
        (("Gabo", "Jan 23", "11 min read"), ("Gabo",)),
        (("Kalyn Keen", "2 days ago", "5 min read"), ("Kalyn Keen",)),
        # Without the reading time under it, a word over a short date is a heading's.
        (("Events", "Jan 23", "Concert in the park"), ()),
    ],
)
def test_byline_reads_a_blog_platforms_post_card(lines, authors) -> None:
    """Name, a date without its year and a reading time under a scrape's headline: the writer."""
    headline = "The future of video production"
    doc = make_doc(f"{headline} | Blog", headline, *lines, STORY)
    assert byline(doc).meta.authors == authors


def test_byline_reads_a_name_signing_an_html_story() -> None:
    """HTML pages sign their stories with a bare name too (wcxb-dev 4688)."""
    doc = _signed_scrape("Aygün Məmmədova", "Teqlər:", kind="html")
    assert byline(doc).meta.authors == ("Aygün Məmmədova",)


def test_byline_takes_no_html_comment_header_as_a_signature() -> None:
    """On an HTML page a name over a first-person post is a comment's header (wcxb-dev 2914)."""
    doc = _signed_scrape(
        "Tanay Kothari", "Hey everyone, I'm Tanay, co-founder of the app.", kind="html"
    )
    assert byline(doc).meta.authors == ()


def test_byline_drops_the_authors_card_bio_at_the_end() -> None:
    """The bio under the author's name alone, at a story's end, is their card's (not a thread's)."""
    bio = "Ariégeoise d'adoption, je partage ici mes randonnées préférées et mes bons plans."
    doc = make_doc("Le lac | Carnets", "Par Léa Fontaine", STORY, STORY, STORY, "Léa Fontaine", bio)
    doc = doc.evolve(blocks=(*doc.blocks[:5], doc.blocks[5].drop("low_density"), doc.blocks[6]))
    out = byline(doc)
    assert out.meta.authors == ("Léa Fontaine",)
    assert out.blocks[-1].dropped_by == "byline"


@pytest.mark.parametrize(
    ("last", "dropped"),
    [
        # round W golden ar-amp-maqal-raey-maktabat-ahya-html: the name in bold opens the bio
        ("Léa Fontaine randonneuse et photographe, écrit ici chaque vendredi.", True),
        # a story's last sentence about somebody else, or the author's first name alone
        ("Marc Fontaine, son frère, garde le refuge depuis vingt ans.", False),
        ("Léa a grandi dans la vallée et connaît chaque sentier du massif.", False),
    ],
)
def test_byline_drops_a_bio_that_opens_with_the_authors_name(last: str, dropped: bool) -> None:
    """A short paragraph after a story that opens with its author's whole name is their bio."""
    doc = make_doc("Le lac | Carnets", "Par Léa Fontaine", STORY, STORY, STORY, last)
    out = byline(doc)
    assert out.meta.authors == ("Léa Fontaine",)
    assert (out.blocks[-1].dropped_by == "byline") is dropped
    assert out.blocks[2].kept


@pytest.mark.parametrize(
    ("heading", "authors"),
    [
        # the title line opens with the heading: the page's headline, no name
        ("Ceisteanna Coitianta", ()),
        # a name the title holds after its separator is a byline all the same
        ("Seán Ó Briain", ("Seán Ó Briain",)),
    ],
)
def test_byline_headline_repeated_from_the_title_is_no_name(heading, authors):
    """A text scrape's repeated headline over the date line is no name (golden ga-*-text)."""
    title = "Ceisteanna Coitianta | Seán Ó Briain"
    doc = make_doc(title, "Baile", heading, "3 Samhain 2026", STORY * 2, lang="ga")
    doc = doc.evolve(
        blocks=tuple(
            b.drop("title_repeat") if i == 2 else b.evolve(kind="title") if i == 0 else b
            for i, b in enumerate(doc.blocks)
        )
    )
    assert byline(doc).meta.authors == authors


_CARD = ("主题 3", "帖子 17", "积分 42", "新手上路")


@pytest.mark.parametrize(
    ("lines", "authors", "date"),
    [
        # Discuz!: the name over "楼主", the counts and rank, then "发表于 <date>"
        (
            (
                "[求助] 暖气片上热下凉",
                "暖气小白2026",
                "楼主",
                *_CARD,
                "发表于 2026-11-20 21:14 | 只看该作者",
                STORY,
                "老周修暖气",
                "沙发",
                *_CARD,
                "发表于 2026-11-20 21:40 | 只看该作者",
                STORY,
            ),
            ("暖气小白2026",),
            "2026-11-20",
        ),
        # no post date under the label: a word of a reply, not a card
        (("老周修暖气", "楼主", STORY, STORY), (), None),
        # a floor label is no name
        (("沙发", "楼主", "发表于 2026-11-20 21:14"), (), None),
    ],
)
def test_byline_chinese_thread_is_credited_to_the_starter_card(lines, authors, date):
    """A Chinese forum's "楼主" card names the thread's starter and dates the thread."""
    doc = byline(make_doc(*lines, lang="zh"))
    assert doc.meta.authors == authors
    assert doc.meta.date == date


LONG_STORY = (
    "The council voted on Tuesday to expand the city's bus network, adding six new routes "
    "that will link the northern suburbs with the hospital, the university and the station."
)


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By The Currency editors", ("The Currency editors",)),
        ("By the Lavazza Team 2–3 minutes", ("the Lavazza Team",)),
        ("August 12, 2025 By The Diggs Team", ("The Diggs Team",)),
        ("May 21, 2025April 24, 2025 by The Ritualist", ("The Ritualist",)),
        # a sentence, not a credit
        ("By signing up you agree to our terms", ()),
    ],
)
def test_byline_text_scrape_takes_a_team_credit_under_the_headline(line, authors):
    """A "By" line under a scrape's headline that credits a team names it when no person is."""
    doc = make_doc(
        "Buses for everyone | City News", "Buses for everyone", line, LONG_STORY, LONG_STORY
    )
    assert byline(doc).meta.authors == authors


@pytest.mark.parametrize(
    ("name", "authors"),
    [
        ("Andrei Zakhareuski", ("Andrei Zakhareuski",)),
        # words the page writes in lower case: a heading, not a name
        ("Council Routes", ()),
    ],
)
def test_byline_text_scrape_reads_a_name_between_headline_and_story(name, authors):
    """A full name alone between a scrape's headline and its first paragraph is the writer."""
    doc = make_doc("Buses for everyone | City News", "Buses for everyone", name, LONG_STORY)
    assert byline(doc).meta.authors == authors


def test_byline_qa_asker_is_read_from_the_card_not_the_dated_header():
    """A question's dated header line has no user under it; its card further down does."""
    doc = make_doc(
        "¿Por qué se le caen las hojas a mi limonero?",
        "Preguntada el 3 nov 2026",
        "Modificada hace 5 días",
        LONG_STORY,
        "preguntada el 3 nov 2026",
        "lucia_en_zaragoza",
    ).evolve(lang="es")
    assert byline(doc).meta.authors == ("lucia_en_zaragoza",)


PA_STORY = (
    "ਲੁਧਿਆਣਾ ਜ਼ਿਲ੍ਹੇ ਦੀਆਂ ਅਨਾਜ ਮੰਡੀਆਂ ਵਿੱਚ ਇਸ ਸਾਲ ਝੋਨੇ ਦੀ ਸਰਕਾਰੀ ਖਰੀਦ ਬੁੱਧਵਾਰ ਨੂੰ ਮੁਕੰਮਲ ਹੋ ਗਈ। "
    "ਜ਼ਿਲ੍ਹਾ ਮੰਡੀ ਅਫ਼ਸਰ ਨੇ ਦੱਸਿਆ ਕਿ ਇਸ ਸੀਜ਼ਨ ਵਿੱਚ ਕੁੱਲ 11.2 ਲੱਖ ਟਨ ਝੋਨਾ ਖਰੀਦਿਆ ਗਿਆ।"
)


@pytest.mark.parametrize(
    ("name_line", "authors"),
    [
        # "Name, City" over the date lines: the reporter, not the place
        ("ਹਰਪ੍ਰੀਤ ਸਿੰਘ ਗਿੱਲ, ਲੁਧਿਆਣਾ", ("ਹਰਪ੍ਰੀਤ ਸਿੰਘ ਗਿੱਲ",)),
        # without it, the share label under the "updated" line names nobody
        ("ਖੇਤੀਬਾੜੀ", ()),
    ],
)
def test_byline_share_label_is_no_name_and_name_city_line_is(name_line, authors):
    """ "ਸਾਂਝਾ ਕਰੋ" (Share) is furniture; "Name, City" is the byline (golden pa-khabar-*-text)."""
    headline = "ਲੁਧਿਆਣਾ ਦੀ ਅਨਾਜ ਮੰਡੀ ਵਿੱਚ ਝੋਨੇ ਦੀ ਖਰੀਦ ਮੁਕੰਮਲ"
    doc = make_doc(
        f"{headline} | ਪੰਜਾਬ ਟਾਈਮਜ਼ ਨਿਊਜ਼",
        headline,
        name_line,
        "ਪ੍ਰਕਾਸ਼ਿਤ: 25 ਨਵੰਬਰ 2026, 07:20 PM",
        "ਅੱਪਡੇਟ: 26 ਨਵੰਬਰ 2026, 09:05 AM",
        "ਸਾਂਝਾ ਕਰੋ",
        "WhatsApp",
        PA_STORY,
        PA_STORY,
        lang="pa",
    )
    doc = doc.evolve(
        blocks=tuple(
            b.evolve(kind="title") if i == 0 else b.drop("title_repeat") if i == 1 else b
            for i, b in enumerate(doc.blocks)
        )
    )
    assert byline(doc).meta.authors == authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Jane Doe, Madrid", ("Jane Doe",)),
        # two capitalised words after the comma may be a co-author: never read as a place
        ("Jane Doe, John Smith", ()),
        ("Jane Doe, New Delhi", ()),
        # a headline's words are no name
        ("Breaking News, Madrid", ()),
    ],
)
def test_byline_name_and_city_over_the_date_line(line, authors):
    """A reporter's "Name, City" line right over the date line names the reporter."""
    doc = make_doc("Buses for everyone", line, "March 3, 2025", STORY, STORY)
    assert byline(doc).meta.authors == authors


def test_byline_furniture_categories_are_drop_categories_of_the_rules() -> None:
    """Every category the byline stage reads as furniture is one the rules files declare.

    A renamed `drop.*` category would otherwise leave a name in `byline_blocks._FURNITURE` that never matches.
    """
    declared = {c.name for lang in Rules.shipped_languages() for c in Rules.load(lang).drop}
    declared |= {c.name for c in Rules.load(None).drop}
    assert _FURNITURE - declared == set()


_META_ROW = (
    "<html><body><h1>સોલાર પંપ સહાય યોજના</h1><div class='pr-meta'>"
    "<span>ક્રમાંક: ૧૮૪૨</span> | <span>પ્રકાશિત તારીખ: 25-11-2026 17:40</span> | "
    "<span>{last}</span></div><p>{story}</p></body></html>"
)


@pytest.mark.parametrize(
    ("last", "authors"),
    [
        ("ઊર્જા અને પેટ્રોકેમિકલ્સ વિભાગ", ()),
        ("Energy Petrochemicals Department", ()),
        ("રમેશભાઈ પટેલ", ("રમેશભાઈ પટેલ",)),
        ("Jane Doe", ("Jane Doe",)),
    ],
)
def test_byline_a_department_in_a_dated_meta_row_is_no_author(last, authors):
    """The segment after the date in a meta row names its author only if it reads as a person.

    A press release's issuing department there ("ઊર્જા અને પેટ્રોકેમિકલ્સ વિભાગ": golden
    gu-akhbari-yadi-solar-pump-sahay-html) is no author; a name in its place is.
    """
    html = _META_ROW.format(last=last, story=STORY)
    assert byline(_html_doc(html, STORY)).meta.authors == authors


@pytest.mark.parametrize(
    ("body_prop", "authors"),
    [("description articleBody", ("Srivalli Konduri",)), ("description", ())],
)
def test_byline_reads_the_author_microdata_of_a_story_item_in_a_widget(body_prop, authors):
    """Blogger's posts sit in a "widget Blog": the story's microdata item's author is read there.

    A widget's teaser item holds no article body: its author stays no byline.
    """
    html = (
        "<html><body><h1>My village</h1><div class='widget Blog'>"
        "<div class='post hentry' itemscope itemtype='http://schema.org/BlogPosting'>"
        f"<h3 itemprop='name'>Lamps on the lake</h3><div itemprop='{body_prop}'>"
        f"<p>{STORY * 3}</p></div><div class='post-footer'><span class='post-author vcard'>"
        "Posted by <span class='fn' itemprop='author' itemscope itemtype='http://schema.org/Person'>"
        "<span itemprop='name'>Srivalli Konduri</span></span></span></div></div></div>"
        "</body></html>"
    )
    assert byline(_html_doc(html, STORY)).meta.authors == authors


def test_byline_french_qa_asker_is_the_user_under_the_asked_line():
    """ "Posée le <date>" is the question's dated header, no name; the card's user is the asker."""
    doc = make_doc(
        "Chaudière qui se met en sécurité la nuit ?",
        "Posée le 18 nov. 2026",
        "Modifiée il y a 6 jours",
        LONG_STORY,
        "demandée le 18 nov. 2026",
        "marc_dans_le_jura",
    ).evolve(lang="fr")
    assert byline(doc).meta.authors == ("marc_dans_le_jura",)


def test_byline_hiring_company_under_a_job_title_is_no_author():
    """A job posting's company line ("Говь Трейд ХХК") over its date names no writer."""
    doc = make_doc(
        "Ахлах нягтлан бодогч",
        "Ахлах нягтлан бодогч",
        "Говь Трейд ХХК",
        "Нийтэлсэн: 2026.11.24",
        LONG_STORY,
    ).evolve(lang="mn")
    assert byline(doc).meta.authors == ()


def test_text_byline_read_field_by_field_from_the_scrape_line():
    """A byline line whose names the scrape's runs of spaces part from a link after them
    ("By A. J. Neal    View In Digital Edition") names the writer, read off the scrape's own line:
    `normalize` squashed the block's text (wcxb-dev-text 0484)."""
    lines = ["Buses for everyone", "By A. J. Neal \xa0\xa0 View In Digital Edition", STORY]
    blocks = tuple(
        Block(text=" ".join(t.split()), origin=f"lines {2 * i + 1}-{2 * i + 1}")
        for i, t in enumerate(lines)
    )
    text = "\n\n".join(lines)
    doc = Document(raw=text, decoded=text, kind="text", lang="en", blocks=blocks)
    assert byline(doc).meta.authors == ("A. J. Neal",)
    squashed = doc.evolve(decoded="\n\n".join(" ".join(t.split()) for t in lines))
    assert byline(squashed).meta.authors == ()


def test_text_byline_over_its_date_cut_where_the_scrape_line_parts_the_name():
    """A byline read whole over its date ends its name where the scrape's run of spaces does.

    "by Harsh Vaibhav  Global Commons May 2nd 202511 mins" (wcxb-dev-text 4511): the section's
    link after the name ran into it, "Harsh Vaibhav Global Commons"; the scrape's own line
    parts them.
    """
    lines = [
        "Four technologies in the fight against climate change",
        "by Harsh Vaibhav  Global Commons May 2nd 202511 mins",
        STORY,
    ]
    blocks = tuple(
        Block(text=" ".join(t.split()), origin=f"lines {2 * i + 1}-{2 * i + 1}")
        for i, t in enumerate(lines)
    )
    text = "\n\n".join(lines)
    doc = Document(raw=text, decoded=text, kind="text", lang="en", blocks=blocks)
    out = byline(doc)
    assert (out.meta.authors, out.meta.date) == (("Harsh Vaibhav",), "2025-05-02")
    squashed = doc.evolve(decoded="\n\n".join(" ".join(t.split()) for t in lines))
    assert byline(squashed).meta.authors == ("Harsh Vaibhav Global Commons",)


@pytest.mark.parametrize(
    ("under", "authors"),
    [
        # The name under the headline, its date two lines down past a category.
        (("Jane Walker", "#Transport", "Published on Oct 21, 2025"), ("Jane Walker",)),
        # Past a standfirst.
        (
            ("Buses will keep crossing the bridge.", "Jane Walker", "30 January 2025"),
            ("Jane Walker",),
        ),
        # No date near it: a menu's entry as often as a name.
        (("Jane Walker", "#Transport"), ()),
        # Words the page writes in lower case elsewhere: a heading, not a name.
        (("Bridge Repairs", "30 January 2025"), ()),
    ],
)
def test_text_name_under_a_headline_below_a_menu(under, authors):
    """A full name alone just under the headline, with a date beside it, names the writer when
    no other pass does: the title line's repeat the extraction dropped is the site's name over
    a menu, and the headline stands below it (wcxb-dev-text 0270, 4232)."""
    menu = ("Home", "News", "Sport", "Weather", "Contact", "About us")
    headline = "Buses keep the old bridge open"
    lines = (f"{headline} | Town Crier", "Town Crier", *menu, headline, *under, STORY)
    doc = make_doc(*lines, "The bridge repairs start in May.")
    blocks = list(doc.blocks)
    blocks[1] = blocks[1].drop("title_repeat")
    assert byline(doc.evolve(blocks=tuple(blocks))).meta.authors == authors


@pytest.mark.parametrize(
    ("lang", "tail", "authors"),
    [
        # An interview's interviewer signs off under its end, past an ad's label (golden
        # ru-intervyu-vopros-otvet-arhitektor-peshehody-text).
        ("ru", ("Реклама", "Беседовал Илья Морозов", "Фото: пресс-служба"), ("Илья Морозов",)),
        ("fr", ("Propos recueillis par Jean Dupont",), ("Jean Dupont",)),
        ("de", ("Anzeige", "Das Gespräch führte Anna Müller."), ("Anna Müller",)),
        ("es", ("Entrevista de Ana García",), ("Ana García",)),
        ("it", ("Intervista di Marco Rossi",), ("Marco Rossi",)),
        ("pl", ("Rozmawiała Anna Nowak",), ("Anna Nowak",)),
        ("nl", ("Tekst: Lotte Jansen, beeld: Trapkracht",), ("Lotte Jansen",)),
        ("en", ("Advertisement", "Text: Jane Doe"), ("Jane Doe",)),
        # too far under the story's end: the next page part's
        ("ru", ("Реклама", "Читайте также", "Новости", "Спорт", "Беседовал Илья Морозов"), ()),
        # another language's label
        ("en", ("Advertisement", "Das Gespräch führte Anna Müller."), ()),
        # the label before no name
        ("fr", ("Propos recueillis par téléphone.",), ()),
    ],
)
def test_byline_sign_off_under_the_story_names_its_writer(lang, tail, authors):
    """A labelled sign-off within a few lines under the story's end names its writer."""
    doc = byline(make_doc("Buses for everyone", STORY, STORY, STORY, *tail, lang=lang))
    assert doc.meta.authors == authors


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Text: Jane Doe / Photo: John Smith", ("Jane Doe",)),
        ("Text: Jane Doe; pictures by the town", ("Jane Doe",)),
        ("Text: Jane Doe | Town Crier", ("Jane Doe",)),
        ("Text: Jane Doe • Photo: John Smith", ("Jane Doe",)),
        ("Tekst: Lotte Jansen, beeld: Trapkracht", ("Lotte Jansen",)),
        ("Беседовал Илья Морозов. Фото: пресс-служба", ("Илья Морозов",)),
    ],
)
def test_sign_off_names_stop_at_a_separator_or_the_next_label(line, names):
    """A sign-off's names end at a separator, a sentence's end or the next label."""
    lang = "ru" if line.startswith("Б") else "nl" if line.startswith("Tekst") else "en"
    assert sign_off_names(line, lang) == names


def test_sign_off_end_is_linear_on_a_long_line_of_spaces():
    """A 100,000-character run of spaces is split at once (`\\s*` before a separator was tried at
    every space of the run: quadratic, minutes on such a line)."""
    start = time.perf_counter()
    assert _SIGN_OFF_END.split(" " * 100_000 + "x", maxsplit=1) == [" " * 100_000 + "x"]
    assert time.perf_counter() - start < 2


@pytest.mark.parametrize(
    ("alt", "named"),
    [
        ("Avatar Nurul Aina", ("Nurul Aina", True)),
        ("Avatar of Jean Dupont", ("Jean Dupont", True)),
        ("Jane Doe's avatar", ("Jane Doe", True)),
        ("Profile picture of Li Wei", ("Li Wei", True)),
        ("Foto von Anna Weber", ("Anna Weber", False)),
        # a photo credit, a bare word, no name
        ("Photo: John Smith", None),
        ("User avatar", None),
        ("Company logo", None),
    ],
)
def test_avatar_alt_name(alt, named):
    """The person an image's alt text names as its avatar."""
    assert avatar_alt_name(alt) == named


@pytest.mark.parametrize(
    ("picture", "authors"),
    [
        ("Avatar Nurul Aina", ("Nurul Aina",)),
        ("Nurul Aina's avatar", ("Nurul Aina",)),
        # a picture of something else: the name line alone, with no date, names nobody
        ("Printer on a shop counter", ()),
        # another person's avatar
        ("Avatar Siti Rahman", ()),
    ],
)
def test_text_name_under_the_headline_that_an_avatar_picture_names(picture, authors):
    """A markdown scrape's `![Avatar Name](…)` over the name printed alone under the headline,
    beside an update line with no date (round U golden
    ms-panduan-markdown-pencetak-resit-bluetooth-text)."""
    text = (
        "Title: Menyambung pencetak resit | Pusat Bantuan KedaiKu\n\n"
        "URL Source: https://bantuan.example/ms/artikel/pencetak\n\n"
        "Markdown Content:\n"
        "Menyambung pencetak resit\n=========================\n\n"
        f"![{picture}](https://bantuan.example/avatars/a.png)\n\n"
        "Nurul Aina\n\nDikemas kini 3 hari lalu\n\n"
        "Panduan ini menerangkan cara memasangkan pencetak resit terma Bluetooth dengan tablet "
        "yang menjalankan aplikasi, supaya resit dicetak secara automatik setiap kali jualan.\n\n"
        "Dalam aplikasi, pergi ke Lagi > Tetapan > Pencetak dan ketik Tambah pencetak. Pilih "
        "jenis sambungan Bluetooth, kemudian pilih pencetak yang telah dipasangkan tadi.\n"
    )
    assert cleaner.clean(text).authors == authors


@pytest.mark.parametrize(
    ("alt", "authors"),
    [
        ("Avatar Nurul Aina", ("Nurul Aina",)),
        ("Avatar", ()),
        ("Avatar Siti Rahman", ()),
    ],
)
def test_html_name_under_the_headline_that_an_avatar_img_names(alt, authors):
    """An HTML page's `<img alt="Avatar Name">` over the name printed alone under the `<h1>`,
    in markup that says nothing of an author (no class, no itemprop)."""
    body = (
        "Panduan ini menerangkan cara memasangkan pencetak resit terma Bluetooth dengan tablet "
        "yang menjalankan aplikasi, supaya resit dicetak secara automatik setiap kali jualan."
    )
    html = (
        "<html><head><title>Menyambung pencetak resit Bluetooth - Pusat Bantuan</title></head>"
        "<body><main><article><h1>Menyambung pencetak resit Bluetooth</h1>"
        f'<div><img src="/a.png" alt="{alt}"></div><div><span>Nurul Aina</span></div>'
        "<div>Dikemas kini 3 hari lalu</div>"
        f"<p>{body}</p><p>{body}</p></article></main></body></html>"
    )
    assert cleaner.clean(html).authors == authors


@pytest.mark.parametrize(
    ("link", "lang", "authors"),
    [
        ("View all posts by Ray Ansari", "en", ("Ray Ansari",)),
        # credentials after a comma, an arrow after the name
        ("More articles by Dylan Bailey, MS, RD, FAND", "en", ("Dylan Bailey",)),
        ("View all posts by Hardtail Canada →", "en", ("Hardtail Canada",)),
        # WordPress's translations: the German verb after the name
        ("Alle Beiträge von Jonas Weber anzeigen", "de", ("Jonas Weber",)),
        ("Tutti gli articoli di Marco Rossi", "it", ("Marco Rossi",)),
        ("Все статьи автора Иван Петров", "ru", ("Иван Петров",)),
        # a user name, a publication: nobody
        ("All posts by admin", "en", ()),
        ("Read more from The Guardian", "en", ()),
    ],
)
def test_byline_text_reads_the_author_archive_link(link, lang, authors):
    """An author box's link to the writer's other posts names the writer (wcxb-dev-text 4599)."""
    bio = "He graduated with a degree in chemistry and writes about home security."
    doc = byline(make_doc("Faster queries", STORY, STORY, bio, link, lang=lang))
    assert doc.meta.authors == authors


def test_byline_text_archive_links_name_the_first_writer_only():
    """Links to a writer's and a reviewer's archives: the writer's, the first, counts."""
    links = ("View all posts by Maureen Salamon", "View all posts by Toni Golen, MD")
    doc = byline(make_doc("Faster queries", STORY, STORY, *links))
    assert doc.meta.authors == ("Maureen Salamon",)


def _discourse_scrape(card: str) -> str:
    post = (
        "Riego con goteo media hora cada mañana y la semana pasada, con la ola de calor, añadí "
        "otro riego por la tarde. ¿Puede ser por eso? ¿Los puedo comer igualmente?"
    )
    reply = (
        "Casi seguro que es el riego irregular. Cuando la tierra se seca mucho y de golpe "
        "recibe mucha agua, el interior del tomate crece más deprisa que la piel."
    )
    return (
        "¿Por qué se me rajan los tomates? - Huerto - Comunidad Huerto en Casa\n\n"
        "¿Por qué se me rajan los tomates?\n\nHuerto urbano y balcón\n\n"
        f"{card}\nAgo 21, 2026, 7:42pm\n1\n{post}\n\n"
        f"jrubio_huerta\nAgo 21, 2026, 8:15pm\n2\n{reply}\n\n"
        f"{card}\nAgo 22, 2026, 10:27am\n3\nGracias, tiene todo el sentido. {post}\n"
    )


@pytest.mark.parametrize(
    ("card", "authors"),
    [
        # Discourse's card: the user name over the display name (golden
        # es-foro-discourse-huerto-tomates-rajados-text)
        ("martaverde\nMarta", ("martaverde",)),
        # a line over the name that holds no part of it is no user name
        ("riego\nMarta", ("Marta",)),
    ],
)
def test_byline_text_thread_card_user_name_over_the_display_name(card, authors):
    """A forum card's user name, not the display name under it, is the thread's author."""
    assert cleaner.clean(_discourse_scrape(card), lang="es").authors == authors


@pytest.mark.parametrize(
    ("by", "authors"),
    [
        # wcxb-dev 0384: the forum's "AI Alignment Forum" link under the date was taken.
        ('by <a href="/users/js">jsteinhardt</a>', ("jsteinhardt",)),
        # "by" and a lower-case word in one element: a phrase's, no user's element.
        ("by design", ("AI Alignment Forum",)),
    ],
)
def test_byline_by_a_user_name_over_the_date_line(by, authors) -> None:
    """ "by" and a user name in an element of its own, over the date line: the post's user."""
    html = (
        "<html><body><h1>Scalable End-to-End Interpretability</h1>"
        f'<div class="header"><span>{by}</span><div>18th Dec 2025</div>'
        f"<div>AI Alignment Forum</div><div>3 min read</div></div><p>{STORY}</p></body></html>"
    )
    doc = _html_doc(html, "Scalable End-to-End Interpretability", "18th Dec 2025", STORY)
    assert byline(doc).meta.authors == authors


@pytest.mark.parametrize(
    ("card", "authors"),
    [
        # wcxb-dev-text 0122: the user name runs into the card's next words.
        ("By MixmasterFredebenisterie Frederic LauziereFollow", ("MixmasterFred",)),
        # Somebody else under the headline: a teaser's byline, no author.
        ("By Frederic Lauziere", ()),
    ],
)
def test_byline_author_card_gluing_the_name_to_its_next_words_is_no_teaser(card, authors):
    """A later "By" line whose name opens with the byline's name, glued on, is its card."""
    doc = make_doc(
        "How to Make Furniture : 21 Steps - Instructables",
        "How to Make Furniture",
        "By MixmasterFred in WorkshopWoodworking",
        "51,967",
        "Introduction: How to Make Furniture",
        card,
        STORY,
    )
    assert byline(doc).meta.authors == authors


@pytest.mark.parametrize(
    ("lines", "authors"),
    [
        # phpBB (wcxb-dev-text 0535): the name over "Posts:" and "Joined:", the post under it.
        (
            (
                "Turning off all LED of RPi 5",
                "16 posts • Page 1 of 1",
                "b.scherer",
                "Posts: 2",
                "Joined: Sun Dec 17, 2023 11:18 am",
                "Turning off all LED of RPi 5",
                REPLY,
                "jahboater",
                "Posts: 9179",
                "Joined: Wed Feb 04, 2015 6:38 pm",
                REPLY,
            ),
            ("b.scherer",),
        ),
        # MyBB (wcxb-dev-text 0558): a rank line of three words between name and counts.
        (
            (
                "SMF vs MyBB? What are the differences?",
                "StarredSkies",
                "Big Board Owner",
                "Posts: 116",
                "Threads: 23",
                REPLY,
                "dvz2005",
                "Posts: 96",
                "Threads: 2",
                REPLY,
            ),
            ("StarredSkies",),
        ),
        # One card alone: a profile box, no thread.
        (("Ann Lee", "Posts: 2", "Joined: May 2020", STORY), ()),
        # Prose over the first card: comments under an article.
        ((STORY * 2, "ann", "Posts: 2", "Joined: 2020", REPLY, "bob", "Posts: 3", REPLY), ()),
    ],
)
def test_byline_text_thread_is_credited_to_its_first_profile_card(lines, authors):
    """A text thread's first user card with the poster's counts ("Posts: 2") names the starter."""
    assert byline(make_doc(*lines)).meta.authors == authors


@pytest.mark.parametrize(
    ("lines", "authors"),
    [
        # Mumsnet (wcxb-dev-text 0578): the starter comes back in a later header.
        (
            (
                "Your favourite 'lowish cost' family meals",
                "60 replies",
                "longshot ·  03/03/2026 19:44",
                REPLY,
                "keepingsanity · 03/03/2026 19:49",
                REPLY,
                "longshot · 03/03/2026 20:53",
                REPLY,
            ),
            ("longshot",),
        ),
        # The first poster never comes back: a list of teasers as often as a thread.
        (
            ("Family meals", "longshot · 03/03/2026 19:44", REPLY, "keeping · 03/03/2026", REPLY),
            (),
        ),
    ],
)
def test_byline_text_thread_is_credited_to_its_first_dotted_post_header(lines, authors):
    """A text thread's one-line "user · date" post headers name the starter if it recurs."""
    assert byline(make_doc(*lines)).meta.authors == authors


@pytest.mark.parametrize(
    ("meta_row", "authors"),
    [
        # wcxb-dev-text 4660: the comment count opens the post's meta row.
        ("109 Comments |  Jill Winger |    Last Updated:  March 11, 2019", ("Jill Winger",)),
        ("No Comments · Jill Winger · March 11, 2019", ("Jill Winger",)),
        # A count with no separator after it is no meta row's opening.
        ("109 Comments Jill Winger March 11, 2019", ()),
    ],
)
def test_byline_meta_row_opening_with_its_comment_count(meta_row, authors):
    """A comment count before the name in a post's meta row is cut off as at its end."""
    doc = make_doc("Organic Pest Control Garden Spray Recipe", meta_row, STORY)
    assert byline(doc).meta.authors == authors


def test_profile_starter_reads_a_mybb_card_with_the_status_beside_the_name() -> None:
    """MyBB prints "name Offline" over a rank and counts: the name, not its status or rank.

    Round Z golden ta-mandram-mybb-lynx-dump-suvar-eeram-text: in Tamil, which writes no
    capitals, the rank "புதிய உறுப்பினர்" (new member) read as a name, and the Tamil labels of the
    counts were no card labels.
    """
    card = ["செல்வராஜ் Offline", "புதிய உறுப்பினர்", "பதிவுகள்: 6", "இணைந்தது: Mar 2025"]
    reply = ["மணிமாறன் Offline", "மூத்த உறுப்பினர்", "பதிவுகள்: 1,284", "இணைந்தது: Jul 2019"]
    lines = [*card, "24-11-2026, 08:15 PM", "வணக்கம்.", *reply, "24-11-2026, 09:02 PM"]
    assert profile_starter(tuple(Block(text=t) for t in lines)) == ("செல்வராஜ்",)


def test_first_post_head_reads_a_stamp_number_and_name_glued_in_one_block() -> None:
    """A dump's vBulletin head "<date>, <time> #1 <name>" names the starter and dates the thread.

    Round AC golden ba-forum-elinks-vbulletin-pomidor-ysenteleri-text: elinks prints the "#1"
    permalink pushed right and the name's line under it with no blank line, one block.
    """
    lines = [
        "24.11.2026, 19:42 #1 Гөлнур_Ф",
        "Гөлнур_Ф вне форума",
        "Һаумыһығыҙ, баҡсасылар!",
        "24.11.2026, 20:15 #2 Ринат_Баҡсасы",
        "25.11.2026, 08:03 #3 Гөлнур_Ф",
    ]
    blocks = tuple(Block(text=t) for t in lines)
    assert first_post_head(blocks, None) == (("Гөлнур_Ф",), "2026-11-24")
    # a name the thread never shows again, or no date opening the head, gives none
    assert first_post_head(blocks[:1], None) == ((), None)
    assert first_post_head((Block(text="Top sellers #1 Hardcover"), *blocks[1:]), None) == (
        (),
        None,
    )


def _flarum(posters: list[str], og: str = "") -> str:
    posts = "".join(
        f'<article class="Post CommentPost"><header class="Post-header"><h3 class="PostUser-name">'
        f'<a href="/u/{n}"><span class="username">{n}</span></a></h3></header>'
        f'<div class="Post-body"><p>{STORY}</p></div></article>'
        for n in posters
    )
    return f"<html><head>{og}</head><body><h1>Rice burns</h1>{posts}</body></html>"


@pytest.mark.parametrize(
    ("posters", "og", "authors"),
    [
        # Flarum's rendered thread: the starter posts first and again (round AC golden
        # yue-taolun-flarum-dinfanbou-faan-dai-nung-html)
        (["阿玲", "雞蛋仔", "陳師傅", "阿玲"], "", ("阿玲",)),
        # the first poster never comes back: a "latest posts" box's names, no starter
        (["阿玲", "雞蛋仔", "陳師傅"], "", ()),
        # an article's commenters replying to each other are no author
        (
            ["reader1", "reader2", "reader1"],
            '<meta property="og:type" content="article">',
            (),
        ),
    ],
)
def test_byline_thread_starter_is_the_first_username_that_posts_again(posters, og, authors):
    """A forum's "username" elements name the starter where the first poster posts again."""
    html = _flarum(posters, og)
    assert byline(_html_doc(html, STORY)).meta.authors == authors


def test_byline_numbered_post_heads_and_a_quote_head_are_dropped() -> None:
    """One-line "user <date> #N" heads name the starter; "<poster>:" over a quote is no body.

    Discourse's crawler view as Resiliparse prints it (round AE golden
    ce-discourse-resiliparse-klaviatura-palochka-text); a "Note:" line names no poster and stays.
    """
    doc = byline(
        make_doc(
            "Typing the palochka on a phone",
            "zelimkhan_d November 26, 2026, 5:42pm #1",
            STORY,
            "madina_kh November 26, 2026, 6:10pm #2",
            "Gboard has the letter under the k key: hold it down.",
            "zelimkhan_d November 27, 2026, 11:48am #3",
            "madina_kh:",
            "Gboard has the letter under the k key: hold it down.",
            "Note:",
            "Thanks, it works now.",
        )
    )
    assert doc.meta.authors == ("zelimkhan_d",)
    assert doc.meta.date == "2026-11-26"
    kept = [b.text for b in doc.blocks if b.kept]
    assert "madina_kh:" not in kept
    assert "Note:" in kept
    assert not any(t.endswith(("#1", "#2", "#3")) for t in kept)
