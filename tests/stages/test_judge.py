"""Stage judge: discard pages with no article, keep everything else (listings with prose too)."""

from __future__ import annotations

import lxml.html
import pytest

import cleaner
from cleaner import Discard, Document
from cleaner.document import Block
from cleaner.stages.judge import Judge, judge

PROSE = (
    "The council met on Monday to discuss the new budget for the coming year, "
    "and several members raised concerns about the cost of road repairs."
)


def _assert_judged(doc: Document, *, discarded: bool, reason: str) -> None:
    """`judge` raises Discard matching `reason` when `discarded`, else hands `doc` back as it is."""
    if discarded:
        with pytest.raises(Discard, match=reason):
            judge(doc)
    else:
        assert judge(doc) is doc


def _doc(*blocks: Block) -> Document:
    return Document(raw="", kind="html", blocks=blocks)


def test_judge_keeps_an_article():
    """A page with a few paragraphs of prose passes unchanged."""
    doc = _doc(Block(PROSE), Block(PROSE))
    assert judge(doc) is doc


@pytest.mark.parametrize(
    "blocks",
    [
        (),
        (Block("Home"), Block("Contact us")),
        (Block(PROSE, dropped_by="boilerplate"), Block("Menu")),
        (Block(PROSE, kind="caption"),),
    ],
)
def test_judge_discards_pages_without_body_text(blocks):
    """Empty pages, a few stray words, or text only in dropped or non-body blocks are discarded."""
    with pytest.raises(Discard, match=r"^not_article: "):
        judge(_doc(*blocks))


def test_judge_discards_a_page_of_headline_links():
    """A category page whose body is nothing but linked headlines is not an article."""
    headlines = [
        Block(f"Headline number {i} about the local election results", link_density=1.0)
        for i in range(12)
    ]
    with pytest.raises(Discard, match="list of links"):
        judge(_doc(*headlines))


def test_judge_keeps_a_long_list_of_links():
    """A long list of linked items is a listing page's content, not an empty category page."""
    items = [
        Block(f"Product {i} in the new summer range for the garden", link_density=1.0)
        for i in range(40)
    ]
    doc = _doc(*items)
    assert judge(doc) is doc


def test_judge_keeps_a_listing_with_prose():
    """Linked headlines with an introduction in prose stay: listing pages have main content."""
    headlines = [Block(f"Product {i} in the summer range", link_density=1.0) for i in range(12)]
    doc = _doc(Block(PROSE), *headlines)
    assert judge(doc) is doc


def test_judge_discards_a_login_wall():
    """A short page that is mostly a sign-in prompt is a login wall."""
    doc = _doc(
        Block("Sign in to continue reading this story and many more like it."),
        Block("Create a free account today."),
    )
    with pytest.raises(Discard, match="login"):
        judge(doc)


@pytest.mark.parametrize(
    "text",
    [
        (
            "Apple said on Monday that users will soon be able to sign in to its services with a "
            "passkey instead of a password, a change it first announced at its developer conference "
            "in June and that rivals Google and Microsoft have also adopted."
        ),
        (
            "Wer sich für den Stadtlauf am Sonntag anmelden will, kann das noch bis Freitag im "
            "Bürgerbüro tun; die Stadt rechnet mit mehr als 2.000 Läuferinnen und Läufern und "
            "sperrt dafür die Innenstadt zwischen acht und vierzehn Uhr."
        ),
    ],
)
def test_judge_keeps_a_short_article_that_mentions_signing_in(text):
    """A short news item whose paragraph mentions signing in or registering is not a wall."""
    doc = _doc(Block(text))
    assert judge(doc) is doc


@pytest.mark.parametrize(
    ("lines", "lang"),
    [
        (
            (
                "Já é assinante? Faça login para continuar a ler.",
                "Assine agora e leia sem limites.",
            ),
            "pt",
        ),
        (
            (
                "Word abonnee en lees dit artikel verder.",
                "Al abonnee? Inloggen om verder te lezen.",
            ),
            "nl",
        ),
    ],
)
def test_judge_discards_a_login_wall_in_pt_and_nl(lines, lang):
    """Login and subscription walls are recognised in Portuguese and Dutch too."""
    doc = _doc(*(Block(t) for t in lines)).evolve(lang=lang)
    with pytest.raises(Discard, match="login"):
        judge(doc)


def test_judge_discards_a_long_prompt_that_addresses_the_reader():
    """A long sign-up block that speaks to the reader is still a wall when it is the page."""
    doc = _doc(
        Block("Trade-in offers, repair tips and more."),
        Block(
            "By opting in, you agree to subscribe to our newsletter and stay updated on news and "
            "offers. Don't worry, if you change your mind, you can unsubscribe at any time. "
            "Please view our privacy notice for details.",
        ),
    )
    with pytest.raises(Discard, match="subscription wall"):
        judge(doc)


def test_judge_keeps_an_article_with_a_subscribe_line():
    """A real article that ends with a subscribe prompt is still an article."""
    doc = _doc(Block(PROSE), Block(PROSE), Block("Subscribe to our newsletter."))
    assert judge(doc) is doc


@pytest.mark.parametrize(("min_words", "discarded"), [(5, False), (50, True)])
def test_judge_min_words_is_an_option(min_words, discarded):
    """The word floor is a constructor option."""
    doc = _doc(Block("One two three four five six seven eight nine ten eleven twelve."))
    if discarded:
        with pytest.raises(Discard):
            Judge(min_words=min_words)(doc)
    else:
        assert Judge(min_words=min_words)(doc) is doc


@pytest.mark.parametrize(
    "text",
    [
        "记者昨日从市轨道交通集团获悉，地铁5号线一期工程已完成全部铺轨和设备安装，计划于今年年底开通试运营。",
        "湊市教育委員会は8日、市立中央図書館の開館時間を来年4月から平日に限り午後9時まで延長すると発表した。",
    ],
)
def test_judge_counts_words_of_unspaced_scripts(text):
    """A Chinese or Japanese paragraph has no spaces but is dozens of words, not one."""
    doc = _doc(Block(text), Block(text))
    assert judge(doc) is doc


def test_judge_still_discards_a_short_han_menu():
    """A few Han menu words are still too little body text."""
    with pytest.raises(Discard, match=r"^not_article: "):
        judge(_doc(Block("首页"), Block("新闻")))


_COLLECTION_LD = '{"@context":"https://schema.org","@type":"CollectionPage","name":"Economy"}'
_ARTICLE_LD = '{"@context":"https://schema.org","@type":"NewsArticle","headline":"Exports up"}'
_HEADLINE = Block("Textile exports rise 12% and firms hire 300 people", "heading", 1.0)


def _page(ld: str, *blocks: Block) -> Document:
    html = (
        f'<html><head><script type="application/ld+json">{ld}</script></head><body></body></html>'
    )
    return Document(raw="", kind="html", blocks=blocks, tree=lxml.html.document_fromstring(html))


@pytest.mark.parametrize(
    ("ld", "blocks", "discarded"),
    [
        # a section front whose lead teaser got through: headline, summary
        (_COLLECTION_LD, (_HEADLINE, Block(PROSE)), True),
        (_COLLECTION_LD, (_HEADLINE, Block(PROSE), Block(PROSE)), False),
        # several teasers: the listing is the content
        (_COLLECTION_LD, (_HEADLINE, Block(PROSE), _HEADLINE, Block(PROSE)), False),
        # an unlinked heading is the article's own
        (_COLLECTION_LD, (Block(_HEADLINE.text, "heading"), Block(PROSE)), False),
        # an article declared beside the collection, or no collection at all
        (_COLLECTION_LD + _ARTICLE_LD, (_HEADLINE, Block(PROSE)), False),
        (_ARTICLE_LD, (_HEADLINE, Block(PROSE)), False),
        # any member of a type list counts, and an article nested in the collection
        ('{"@type": ["WebPage", "CollectionPage"]}', (_HEADLINE, Block(PROSE)), True),
        (
            '{"@type": "CollectionPage", "mainEntity": {"@type": "Article"}}',
            (_HEADLINE, Block(PROSE)),
            False,
        ),
    ],
)
def test_judge_discards_a_collection_page_left_with_one_teaser(ld, blocks, discarded):
    """A page declaring a CollectionPage whose body is one linked headline and summary goes."""
    doc = _page(ld, *blocks)
    _assert_judged(doc, discarded=discarded, reason="collection")


def test_judge_discard_teasers_is_an_option():
    """discard_teasers=False keeps the lone teaser of a collection page."""
    doc = _page(_COLLECTION_LD, _HEADLINE, Block(PROSE))
    assert Judge(discard_teasers=False)(doc) is doc


def _site_page(head: str, *blocks: Block) -> Document:
    html = f"<html><head>{head}</head><body></body></html>"
    return Document(raw="", kind="html", blocks=blocks, tree=lxml.html.document_fromstring(html))


_WEBSITE = '<meta property="og:type" content="website">'
_DATE = Block("17 February 2026")
_LEDE = Block("The council signed the contract for forty electric buses on the busiest lines.")
_DROPPED_HEADLINE = _HEADLINE.drop("menu")
_TEASERS = (*(_DROPPED_HEADLINE, _DATE, _LEDE) * 3,)


@pytest.mark.parametrize(
    ("head", "blocks", "discarded"),
    [
        # an author archive: dated teasers under linked headlines the extractor dropped
        (_WEBSITE, _TEASERS, True),
        (_WEBSITE, (*(_HEADLINE, _LEDE) * 3,), True),
        # two teasers are not yet a listing
        (_WEBSITE, _TEASERS[:6], False),
        # an article: a run of paragraphs under one headline
        (_WEBSITE, (_HEADLINE, _DATE, _LEDE, Block(PROSE), *_TEASERS), False),
        # og:type article, or any JSON-LD, says more than "website"
        ('<meta property="og:type" content="article">', _TEASERS, False),
        (_WEBSITE + f'<script type="application/ld+json">{_ARTICLE_LD}</script>', _TEASERS, False),
        ("", _TEASERS, False),
    ],
)
def test_judge_discards_a_website_page_of_teasers_only(head, blocks, discarded):
    """og:type website, no JSON-LD, and a body of three or more short teasers: a section front."""
    doc = _site_page(head, *blocks)
    _assert_judged(doc, discarded=discarded, reason="section front")


_KICKER = Block("Liputan Khusus Pilihan", link_density=1.0)
_KICKER5 = Block("Liputan Khusus dari redaksi kami", link_density=1.0)


def _body_class_page(body_class: str, *blocks: Block) -> Document:
    html = f'<html><head></head><body class="{body_class}"></body></html>'
    return Document(raw="", kind="html", blocks=blocks, tree=lxml.html.document_fromstring(html))


@pytest.mark.parametrize(
    ("body_class", "blocks", "discarded"),
    [
        # a WordPress search page (golden bg-tarsene-rezultati-html): no og:type, no JSON-LD
        ("search search-results logged-out", _TEASERS, True),
        ("page-search", _TEASERS, True),
        # an article on the same site, its search box in the header
        (
            "single single-post has-search",
            (_HEADLINE, _DATE, _LEDE, Block(PROSE), *_TEASERS),
            False,
        ),
        # a search page is still judged by its body: one real article keeps it
        ("search-results", (_HEADLINE, _DATE, _LEDE, Block(PROSE), Block(PROSE)), False),
        # a WordPress tag or category archive of teasers (golden zu-umaki-izindaba-zemfundo-html)
        ("archive tag tag-imfundo", _TEASERS, True),
        ("archive category", (_HEADLINE, _DATE, _LEDE, Block(PROSE), Block(PROSE)), False),
        ("single single-post archived-post", _TEASERS, False),  # no "archive" class word
        # Ghost's tag and author archives (golden id-ghost-tag-arsip-banjir-jabodetabek-html),
        # each headline under its linked kicker, the first one too
        ("tag-template tag-banjir", (*(_KICKER, _HEADLINE, _LEDE) * 3,), True),
        ("author-template author-rina", _TEASERS, True),
        ("post-template tag-banjir", (*(_KICKER, _HEADLINE, _LEDE) * 3,), False),
        # a linked line of five words is no kicker
        ("tag-template", (_KICKER5, *(_HEADLINE, _LEDE) * 3), False),
    ],
)
def test_judge_discards_a_search_results_page_of_teasers(body_class, blocks, discarded):
    """A <body> class naming search results or a post archive, and a body of teasers only."""
    doc = _body_class_page(body_class, *blocks)
    _assert_judged(doc, discarded=discarded, reason="section front")


_APOLOGY = Block(
    "Der Artikel, den Sie suchen, wurde möglicherweise verschoben, umbenannt oder ist nicht mehr"
    " verfügbar. Nutzen Sie unsere Suche oder starten Sie auf der Startseite neu, dort finden Sie"
    " die aktuellen Nachrichten aus Bremen und der Region.",
)
_ABOUT_404 = (
    Block("How to fix a 404 Not Found error on your WordPress site", kind="heading"),
    Block(PROSE),
    Block(PROSE),
)


@pytest.mark.parametrize(
    ("body_class", "blocks", "discarded"),
    [
        # a regional paper's 404 page: a prose apology and teasers (golden
        # de-fehlerseite-404-empfehlungen-html, round N)
        ("page page--error page--404", (_APOLOGY, *_TEASERS), True),
        ("error404 logged-out", (_APOLOGY,), True),  # WordPress
        ("template-404", (_APOLOGY, Block(PROSE)), True),  # Shopify
        ("page-404", (_APOLOGY,), True),
        ("home ERROR-PAGE", (_APOLOGY,), True),  # any case
        ("not-found", (_APOLOGY,), True),
        # an article about 404 errors, its ids holding "404", and classes that merely contain
        # the words: kept
        ("single single-post postid-154043", _ABOUT_404, False),
        ("page-node-353404 path-node", _ABOUT_404, False),
        ("single post-error-pages tag-not-found-errors", _ABOUT_404, False),
        ("single has-error-page-link", (_APOLOGY, Block(PROSE)), False),
    ],
)
def test_judge_discards_a_not_found_error_page(body_class, blocks, discarded):
    """A <body> class naming a not-found (404) page discards it, whatever its body says."""
    doc = _body_class_page(body_class, *blocks)
    _assert_judged(doc, discarded=discarded, reason=r"not_article: an error page \(404 not found\)")


def _titled_page(title: str, h1: str, *blocks: Block) -> Document:
    html = f"<html><head><title>{title}</title></head><body><h1>{h1}</h1></body></html>"
    return Document(raw="", kind="html", blocks=blocks, tree=lxml.html.document_fromstring(html))


@pytest.mark.parametrize(
    ("title", "h1", "blocks", "discarded"),
    [
        # a not-found page without a telling class: the bare status code in its title or <h1>
        ("404 | Weser-Kurier am Abend", "Hoppla! Diese Seite gibt es nicht.", (_APOLOGY,), True),
        ("Weser-Kurier am Abend – 404", "Hoppla!", (_APOLOGY, *_TEASERS), True),
        ("Weser-Kurier am Abend", "404", (_APOLOGY,), True),
        ("Weser-Kurier am Abend", " 404! ", (_APOLOGY,), True),
        # the number in a title or heading that says more, and a long body: kept
        ("Peugeot 404 | Classic Cars", "Peugeot 404", (_APOLOGY,), False),
        (
            "How to fix a 404 Not Found error | Web Tips",
            "How to fix a 404 Not Found error",
            _ABOUT_404,
            False,
        ),
        ("Room 404 - Hotel Review", "404 reasons to stay", (_APOLOGY,), False),
        ("404 | Site", "404", (_APOLOGY, *(Block(PROSE),) * 12), False),
        # a not-found phrase of [words.not_found_title] alone, in any language the list holds
        ("Seite nicht gefunden | Weser-Kurier", "Hoppla!", (_APOLOGY,), True),
        ("Weser-Kurier", "Page Not Found", (_APOLOGY,), True),
        ("Página no encontrada – Diario", "Lo sentimos", (_APOLOGY,), True),
        ("Not found: the lost cities of the Amazon | Travel", "Lost cities", (_APOLOGY,), False),
        ("Page not found | Site", "Page not found", (_APOLOGY, *(Block(PROSE),) * 12), False),
    ],
)
def test_judge_discards_a_short_page_titled_404(title, h1, blocks, discarded):
    """A short body under a <title> part or a first <h1> that is the bare code 404 or a
    not-found phrase alone: an error page."""
    doc = _titled_page(title, h1, *blocks)
    _assert_judged(
        doc, discarded=discarded, reason=r"not_article: an error page \(titled not found"
    )


def test_judge_keeps_long_teasers_of_a_website_page():
    """Teasers with more words than max_teaser_words are a listing whose items are content."""
    doc = _site_page(_WEBSITE, *_TEASERS)
    assert Judge(max_teaser_words=20)(doc) is doc


def _tile(name: str, price: str) -> tuple[Block, ...]:
    return (
        Block(name, kind="heading", dropped_by="menu"),
        Block(price, dropped_by="menu"),
        Block("Aggiungi al carrello", kind="heading", dropped_by="menu"),
    )


@pytest.mark.parametrize(
    ("prices", "prose", "discarded"),
    [
        (("189,90 €", "119,92 € 149,90 €", "164,99 €", "229,00 €"), 1, True),
        (("$64.95", "$79.95", "EUR 12", "129 zł"), 1, True),
        (("89,90 €/kpl", "12,90 €/Stk.", "349 Kč/ks", "$4.50/pc"), 1, True),  # per unit
        (("189,90 €", "119,92 €", "164,99 €"), 1, False),  # three prices: a product page's few
        (("189,90 €", "119,92 €", "164,99 €", "229,00 €"), 6, False),  # long body: a listing kept
        (("189,90 € a night", "from 119 €", "164,99 € each", "229 € total"), 1, False),
    ],
)
def test_judge_discards_a_shop_grid_whose_tiles_were_dropped(prices, prose, discarded):
    """Four price-only lines and a short body left: a product category page, not an article."""
    tiles = [b for i, p in enumerate(prices) for b in _tile(f"Scarpa modello {i}", p)]
    doc = Document(raw="", kind="text", blocks=(*tiles, *(Block(PROSE) for _ in range(prose))))
    _assert_judged(doc, discarded=discarded, reason="product grid")


def _text_tile(name: str, price: str) -> tuple[Block, ...]:
    return (
        Block(name),
        Block("205/55 R16 94T XL"),
        Block("★★★★☆ (21)"),
        Block(price),
        Block("Lisää ostoskoriin", dropped_by="menu"),
    )


_FACETS = (Block("Nordia (31)", dropped_by="menu"), Block("Polaris (22)"), Block("C (52)"))


@pytest.mark.parametrize(
    ("facets", "prices", "prose", "discarded"),
    [
        (_FACETS, ("89,90 €/kpl", "74,90 €/kpl", "69,00 €/kpl", "112,00 €/kpl"), 3, True),
        (_FACETS, ("12,90 €/Stk.", "349 Kč/ks", "19,99 zł / szt.", "$4.50/pc"), 3, True),
        (_FACETS, ("89,90 €", "74,90 €", "69,00 €", "112,00 €"), 3, True),
        (_FACETS[:2], ("89,90 €", "74,90 €", "69,00 €", "112,00 €"), 3, False),  # two facets
        ((), ("89,90 €", "74,90 €", "69,00 €", "112,00 €"), 3, False),  # tiles kept: content
        (_FACETS, ("89,90 €", "74,90 €", "69,00 €"), 3, False),  # three prices
        (_FACETS, ("89,90 €", "74,90 €", "69,00 €", "112,00 €"), 5, False),  # own long text
        (_FACETS, ("89,90 € a night", "from 74 €", "69 € each", "112 € total"), 3, False),
    ],
)
def test_judge_discards_a_text_grid_beside_a_filter_sidebar(facets, prices, prose, discarded):
    """Facets with counts and four priced tiles, little text of its own: a shop's category."""
    tiles = [b for i, p in enumerate(prices) for b in _text_tile(f"Nordia Frost {i}", p)]
    blocks = (*facets, *tiles, *(Block(PROSE) for _ in range(prose)))
    doc = Document(raw="", kind="text", blocks=blocks)
    _assert_judged(doc, discarded=discarded, reason="filtered product grid")


def test_judge_leaves_html_shop_grids_to_the_markup():
    """An HTML page with a grid of prices and a short body is kept (a product page's strip)."""
    tiles = [b for i in range(5) for b in _tile(f"Buckle {i}", f"${250 + i}")]
    doc = _doc(Block("$ 335.00"), Block(PROSE), *tiles)
    assert judge(doc) is doc


def _teaser(headline: str, summary: str, dateline: str) -> tuple[Block, ...]:
    return (Block(headline), Block(summary), Block(dateline))


_SUMMARY = "The works start in April and the ferry keeps a shorter timetable meanwhile."


@pytest.mark.parametrize(
    ("dates", "extra", "discarded"),
    [
        (("30 March 2026", "28 March 2026", "25 March 2026", "21 March 2026"), (), True),
        (("30 March 2026", "28 March 2026", "25 March 2026"), (), True),
        (("30 March 2026", "28 March 2026"), (), False),  # two teasers: too few to tell
        (("30 March 2026",) * 4, (), False),  # one date throughout: a thread of one day
        (("30 March 2026", "28 March 2026", "25 March 2026"), (PROSE + " " + PROSE,), False),
    ],
)
def test_judge_discards_a_text_listing_of_dated_teasers(dates, extra, discarded):
    """A text tag page: headline, summary, 'section · date · reading time' lines, nothing else."""
    blocks = [
        b
        for i, d in enumerate(dates)
        for b in _teaser(
            f"Ferry pier number {i} to be rebuilt", _SUMMARY, f"Local · {d} · 2 min read"
        )
    ]
    doc = Document(raw="", kind="text", lang="en", blocks=(*blocks, *(Block(e) for e in extra)))
    _assert_judged(doc, discarded=discarded, reason="dated teasers")


@pytest.mark.parametrize(
    ("headlines", "discarded"),
    [
        (("Ferry pier {} to be rebuilt", "Will pier {} close for long?"), True),  # search results
        (("The pier {} will be rebuilt.", "The works on pier {} start soon."), False),  # sentences
    ],
)
def test_judge_discards_a_text_listing_whose_dates_stand_under_the_headlines(headlines, discarded):
    """A search page prints headline, date line, summary: the headline comes before its date."""
    dates = ("30 March 2026", "28 March 2026", "25 March 2026", "21 March 2026")
    blocks = [
        b
        for i, d in enumerate(dates)
        for b in (Block(headlines[i % 2].format(i)), Block(f"Local · {d}"), Block(_SUMMARY))
    ]
    doc = Document(raw="", kind="text", lang="en", blocks=tuple(blocks))
    _assert_judged(doc, discarded=discarded, reason="dated teasers")


def test_judge_keeps_a_thread_of_short_dated_posts():
    """Forum posts under dated user lines are sentences, not headlines: the page stays."""
    blocks = [
        b
        for i in range(4)
        for b in (Block(f"user{i} · {10 + i} March 2026"), Block("Same problem here, any fix yet?"))
    ]
    doc = Document(raw="", kind="text", lang="en", blocks=tuple(blocks))
    assert judge(doc) is doc


_BIO = (
    "Jane Roe covers city government, transit and housing for the Ledger. Before joining the "
    "paper in 2019 she spent six years at the Courier, where her reporting on lead pipes won "
    "a regional award. She grew up on the west side of the city."
)


@pytest.mark.parametrize(
    ("bio_paragraphs", "discarded"),
    [
        (1, True),  # a profile: role line, one bio paragraph, contact lines, then teasers
        (2, False),  # two paragraphs before the first teaser: a short story with a list below
    ],
)
def test_judge_discards_a_text_profile_whose_lead_ends_in_teasers(bio_paragraphs, discarded):
    """A text author page: a short lead before the first teaser, dated teasers after it."""
    lead = (
        Block("Senior Reporter, City Hall", "heading"),
        *(Block(_BIO) for _ in range(bio_paragraphs)),
        Block("Email: jroe@ledger.example", "heading"),
        Block("Latest from Jane Roe", "heading"),
    )
    dates = ("12 March 2026", "10 March 2026", "5 March 2026")
    teasers = [
        b
        for i, d in enumerate(dates)
        for b in (
            Block(f"Ferry pier number {i} to be rebuilt", "heading"),
            Block(_SUMMARY),
            Block(d),
        )
    ]
    doc = Document(raw="", kind="text", lang="en", blocks=(*lead, *teasers))
    _assert_judged(doc, discarded=discarded, reason="dated teasers")


_LONG_SUMMARY = (
    "Industry watchers expect satellite messaging to be standard on mid-range phones within "
    "three years."
)


@pytest.mark.parametrize(
    ("kept_prose", "discarded"),
    [
        (False, True),  # one summary kept, every other teaser line dropped: still a listing
        (True, False),  # a real paragraph kept beside it: the page stays
    ],
)
def test_judge_counts_dropped_teasers_of_a_text_listing(kept_prose, discarded):
    """Teasers dropped by extraction still count; a kept summary inside one is no article.

    Each teaser is headline, summary, date line, source and comment count (golden
    zh-lanmu-keji-liebiao-text); only the second summary is kept, a sentence without its headline.
    """
    blocks: list[Block] = []
    dates = ("24 March 2026", "23 March 2026", "22 March 2026", "21 March 2026")
    for i, d in enumerate(dates):
        summary = Block(_LONG_SUMMARY if i == 1 else _SUMMARY)
        blocks += [
            Block(f"Ferry pier number {i} to be rebuilt").drop("outside_article"),
            summary if i == 1 else summary.drop("outside_article"),
            Block(d).drop("outside_article"),
            Block("Daily Ledger").drop("menu"),
            Block(f"Comments {i + 10}").drop("menu"),
        ]
    if kept_prose:
        blocks.append(Block(PROSE + " " + PROSE))
    doc = Document(raw="", kind="text", lang="en", blocks=tuple(blocks))
    _assert_judged(doc, discarded=discarded, reason="dated teasers")


_ITEM_LIST_LD = '{"@context":"https://schema.org","@type":"ItemList","numberOfItems":4}'
_PAN = "Hand-forged from one sheet of iron, this pan browns well and gets better with use."


def _kept_tile(price: str) -> tuple[Block, ...]:
    return (Block("Iron frying pan 26 cm", "heading"), Block(_PAN), Block(price))


@pytest.mark.parametrize(
    ("ld", "price", "extra", "discarded"),
    [
        # a shop category: a lead line and four tiles with their prices, the yen's too
        (_ITEM_LIST_LD, "7,480円（税込）", 0, True),
        (_ITEM_LIST_LD, "4,400円 3,520円（税込）", 0, True),
        (_ITEM_LIST_LD, "€ 19,90", 0, True),
        # a category with a long text of its own (wcxb-dev 0632: buying advice) is content
        (_ITEM_LIST_LD, "7,480円（税込）", 12, False),
        # no collection declared, or an article beside it
        (_ARTICLE_LD, "7,480円（税込）", 0, False),
        (_ITEM_LIST_LD + _ARTICLE_LD, "7,480円（税込）", 0, False),
        # a price inside a sentence is no tile's price line
        (_ITEM_LIST_LD, "It costs 7,480円 in the shop.", 0, False),
    ],
)
def test_judge_discards_an_html_shop_category_of_priced_tiles(ld, price, extra, discarded):
    """An HTML page listing products (ItemList, no article) whose short body is tiles goes."""
    tiles = [b for _ in range(4) for b in _kept_tile(price)]
    doc = _page(ld, Block(PROSE), *tiles, *[Block(PROSE)] * extra)
    _assert_judged(doc, discarded=discarded, reason="product list")
    assert Judge(discard_teasers=False)(doc) is doc


_BREADCRUMB_LD = '{"@context":"https://schema.org","@type":"BreadcrumbList"}'
_PRODUCT_LD = '{"@context":"https://schema.org","@type":"Product","name":"Iron pan"}'


@pytest.mark.parametrize(
    ("ld", "price", "carts", "extra", "discarded"),
    [
        # a shop category declaring no collection: four tiles, each a price and a cart button
        # (golden tr-kategori-kislik-bot-urun-listesi-html: the lira's prices)
        (_BREADCRUMB_LD, "2.199,90 TL 1.649,90 TL", 4, 0, True),
        (_BREADCRUMB_LD, "1.299,90 ₺", 4, 0, True),
        (_BREADCRUMB_LD, "$49.00", 6, 0, True),
        # fewer cart buttons than the grid's bar: one product's page with its "Add to cart"
        (_BREADCRUMB_LD, "$49.00", 1, 0, False),
        # a page declaring a product (its related strip) or an article stays
        (_PRODUCT_LD, "$49.00", 4, 0, False),
        (_ARTICLE_LD, "$49.00", 4, 0, False),
        # a category with a long text of its own is content
        (_BREADCRUMB_LD, "$49.00", 4, 12, False),
    ],
)
def test_judge_discards_an_html_grid_of_carted_tiles(ld, price, carts, extra, discarded):
    """Price lines beside as many dropped add-to-cart buttons make a shop grid, declared or not."""
    tiles = [b for _ in range(4) for b in _kept_tile(price)]
    buttons = [Block("Add to cart").drop("shop")] * carts
    doc = _page(ld, Block(PROSE), *tiles, *buttons, *[Block(PROSE)] * extra)
    _assert_judged(doc, discarded=discarded, reason="product list")
    assert Judge(discard_teasers=False)(doc) is doc


_ARTICLE_PAGE = (
    b"<html><body><article><h1>Title</h1>"
    + b"<p>A paragraph of the story, long enough to count as running text in the article.</p>" * 8
    + b"</article></body></html>"
)


@pytest.mark.parametrize(("missing", "says"), [("decode", "decoded"), ("detect", "HTML from text")])
def test_judge_names_the_missing_stage_of_a_pipeline_that_never_read_the_page(missing, says):
    """Without decode or detect every page came out 'not_article: 0 words' (usertest, session 19)."""
    article = cleaner.DEFAULT.without(missing)(_ARTICLE_PAGE)
    assert article.discarded is not None
    assert article.discarded.startswith("error: PipelineError: no stage")
    assert says in article.discarded
    assert cleaner.clean(_ARTICLE_PAGE).discarded is None


@pytest.mark.parametrize("page", ["<html></html>", "x"])
def test_judge_still_discards_a_read_page_with_no_text_as_not_an_article(page):
    """A page decode and detect did read, with nothing in it, is no pipeline error."""
    assert cleaner.clean(page).discarded == "not_article: 0 words of body text"


def _templated_page(body_class: str, ld: str, *blocks: Block) -> Document:
    html = (
        f'<html><head><script type="application/ld+json">{ld}</script></head>'
        f'<body class="gradient {body_class}"></body></html>'
    )
    return Document(raw="", kind="html", blocks=blocks, tree=lxml.html.document_fromstring(html))


@pytest.mark.parametrize(
    ("body_class", "ld", "prices", "discarded"),
    [
        # a Shopify collection whose tiles extract_html dropped, SEO text kept (golden
        # pl-kolekcja-kurtki-zimowe-shopify-filtry-html)
        ("template-collection", _BREADCRUMB_LD, ["Cena regularna649,00 zł", "429,00 zł"] * 2, True),
        ("tax-product_cat", _BREADCRUMB_LD, ["$49.00"] * 4, True),
        ("catalog-category-view", _BREADCRUMB_LD, ["Special Price $173.00"] * 5, True),
        # three prices are no grid
        ("template-collection", _BREADCRUMB_LD, ["$49.00"] * 3, False),
        # no shop category's class, or a page declaring a product or an article
        ("template-product", _BREADCRUMB_LD, ["$49.00"] * 4, False),
        ("template-collection", _PRODUCT_LD, ["$49.00"] * 4, False),
        ("template-collection", _ARTICLE_LD, ["$49.00"] * 4, False),
        # a removed paragraph mentioning a price is no tile's price line
        ("template-collection", _BREADCRUMB_LD, [PROSE + " Only $49.00."] * 4, False),
        # a tile's name left in the body: the grid is the body (wcxb-dev 4247)
        ("tax-product_cat", _BREADCRUMB_LD, ["$49.00"] * 4, "Kress robotic lawn mower"),
    ],
)
def test_judge_discards_a_shop_category_template_with_removed_prices(
    body_class, ld, prices, discarded
):
    """A <body> class naming a shop category and 4+ removed price lines: not an article."""
    removed = [Block(p).drop("low_text") for p in prices]
    tile = [Block(discarded)] if isinstance(discarded, str) else []
    doc = _templated_page(body_class, ld, Block(PROSE), *removed, *tile, Block(PROSE))
    if discarded is True:
        with pytest.raises(Discard, match="product list"):
            judge(doc)
    else:
        assert judge(doc) is doc
    assert Judge(discard_teasers=False)(doc) is doc
