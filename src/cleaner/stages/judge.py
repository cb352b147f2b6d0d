"""Stage `judge`: discard a page that holds no article.

Three cases, each deliberately narrow: listing, product and forum pages still carry main content
that a reader wants (wcxb-dev scores them), so a page is discarded only when essentially nothing
article-like is left after the other stages:

* too little body text at all (an empty page, a bare shell of a single-page app);
* a body that is almost all link text with next to no prose around it (a category page of
  headlines, a tag cloud, a site map);
* a short body that is mostly a login or subscription prompt (a paywall or login wall);
* a page whose JSON-LD calls it a collection (a section front) and declares no article, whose
  body is one teaser: a linked headline and at most one paragraph under it. Where several
  teasers are left, the listing is the content (wcxb-dev 2967, a news section whose truth is its
  31 teasers, lost F1 0.93 to a rule that took any number);
* a page that says only og:type "website", with no JSON-LD at all, or whose <body> class marks
  a site search's results ("search-results"), whose short body is nothing but three or more
  teasers (date lines and summaries under linked headlines): an author archive, a section
  front or a search page;
* a shop's product grid: the page holds four or more lines that are nothing but a price (kept
  or dropped: one per product tile) and the body left is short, the tail of the last tile and
  the pagination (golden it-negozio-categoria-scarpe-text, a category page as a text scrape).
  A product page has one price, and a listing whose tiles were kept is long. Text scrapes only:
  on wcxb-dev HTML it took four pages, two product pages with a related-products strip (their
  short description is the body) and two shop fronts whose truth is their tiles. On
  wcxb-dev-text it takes two pages: a shop grid whose truth is 36 words of tiles (19 kept) and
  one whose truth is empty; no scrapinghub text page.
* a shop's category page as HTML: its JSON-LD declares a collection (ItemList) and no article,
  and its short body (at most `max_teaser_words`) holds four or more tile price lines
  ("7,480円（税込）"), a lead line and the product tiles (golden
  ja-tsuhan-kategori-furaipan-ichiran-html). A category with a long text of its own is content
  (wcxb-dev 0632). Without the declaration, as many add-to-cart buttons as price lines, four
  or more, on a short page that declares no article and no product (golden
  tr-kategori-kislik-bot-urun-listesi-html; no wcxb-dev page of 250 words or fewer). Or a
  <body> class naming a shop category's template ("template-collection", "tax-product_cat",
  "catalog-category-view"), four or more removed price lines and a short body of the
  category's own text, every tile gone (golden pl-kolekcja-kurtki-zimowe-shopify-filtry-html;
  `_templated_prices`).
* a text scrape of a shop's category page with a filter sidebar: three or more facet lines with
  product counts ("Nordia (31)"), four or more tile price lines ("89,90 €/kpl"), kept or
  dropped, and at most `max_grid_words` kept outside the tiles (golden
  fi-kategoria-talvirenkaat-suodattimet-text, round U: its tiles kept, 115 words, 57 of them
  the category's own). A grid without facets is left alone: the wcxb-dev-text truth keeps the
  tiles of many collection pages (4736: 166 words, 22 outside its 14 kept tiles; no
  wcxb-dev-text or sh-text page has the facets, the prices and so little text of its own).
* a not-found (HTTP 404) error page whose <body> class says so ("error404", "page--404",
  "not-found"; golden de-fehlerseite-404-empfehlungen-html): its apology and its suggested
  teasers are no article, however long. Without the class, a short body under a <title> part
  or a first <h1> that is the bare status code ("404 | Site", "<h1>404</h1>") or a not-found
  phrase alone ("Page not found", "Seite nicht gefunden").
* a text scrape of a tag page or section front: three or more short dated lines ("Belföld ·
  2026. március 30. · 2 perc olvasás", kept or dropped) with at least two different dates, and
  every kept body block in a teaser between them, a headline with at most two short lines
  under it (golden hu-cimke-oldal-lista-text). One real paragraph anywhere keeps the page.
  The teasers count kept or dropped: a listing whose teasers extraction dropped but for one
  summary sentence is still one (golden zh-lanmu-keji-liebiao-text).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from cleaner import htmlblocks, jsonld, pageindex
from cleaner.dates import find_date
from cleaner.document import BODY_KINDS, Block, Document
from cleaner.errors import Discard, PipelineError
from cleaner.rules import Rules
from cleaner.titles import title_parts
from cleaner.words import count_words

if TYPE_CHECKING:
    from lxml.html import HtmlElement

    from cleaner.jsonld import JsonLd

# A login or paywall prompt, in the languages we ship rules for. Only consulted on short bodies
# (see `Judge.wall_words`), where such a prompt is the page rather than a line at its foot.
_WALL = regex.compile(
    r"\b(?:(?:sign|log)\s?in|subscribe|create (?:an|your|a free) account|register"
    r"|anmelden|einloggen|registrieren|abonnieren|se connecter|connexion|s'abonner|abonnez-vous"
    r"|iniciar sesión|inicia sesión|suscríbete|regístrate|accedi|registrati|abbonati"
    r"|faça login|fazer login|inicie sessão|iniciar sessão|assine|inscreva-se|cadastre-se"
    r"|registe-se|registre-se|inloggen|aanmelden|registreren|abonneren|word abonnee)\b",
    regex.I,
)

# A prompt speaks to the reader; a news item that mentions signing in does not. Used for blocks
# longer than `Judge.max_prompt_words` (wcxb-dev-text 4750: a 45-word "By opting in, you agree to
# subscribe to our newsletter..." block is the whole page). German "Sie" is told from "sie"
# (they) by its capital, so that language has its own case-sensitive pattern.
_READER = regex.compile(
    r"\b(?:you|your|vous|votre|vos|usted|tu|tus|tuo|tua|tuoi|você|vocês|seu|sua|jij|je|jouw|uw)\b",
    regex.I,
)
_READER_DE = regex.compile(r"\b(?:Sie|Ihr|Ihre|Ihren|Ihrem|Ihrer|du|dein|deine|deinen|dich|dir)\b")


def _is_prompt(block: Block, words: int, max_words: int) -> bool:
    """Whether a block is a login or subscription prompt (see `Judge.max_prompt_words`)."""
    if not _WALL.search(block.text):
        return False
    return words <= max_words or bool(
        _READER.search(block.text) or _READER_DE.search(block.text),
    )


# The JSON-LD types that make a page a collection of other pages, and those of an article in
# it (any type ending in "article" counts too).
_LD_COLLECTION = frozenset({"collectionpage", "itemlist", "searchresultspage"})
_LD_ARTICLE = frozenset({"blogposting", "qapage", "discussionforumposting"})

# A heading with more of its text in links than this is a teaser's headline.
_LINKED = 0.9
# A section front or archive without JSON-LD: og:type "website" is its only honest signal
# (golden bg-avtor-arhiv-statii-html, an author archive). Teasers are runs of at most this many
# body blocks (a date line and a summary) under linked headlines, and it takes this many.
_MAX_TEASER_BLOCKS = 2
_MIN_TEASERS = 3
# A wholly linked line of at most this many words beside a teaser's headline is its kicker.
_KICKER_WORDS = 4
_OG_TYPE = regex.compile(r"\s*website\s*", regex.I)
# A site search's results page says so in its markup, not in og:type or JSON-LD, which such
# pages mostly lack (golden bg-tarsene-rezultati-html, a WordPress search): WordPress puts
# "search-results" (or "search-no-results") on <body>, other CMSs "page-search",
# "search-page" or "template-search". WordPress's "archive" is as sure a sign of a list of
# posts (its tag, category, author and date archives; golden zu-umaki-izindaba-zemfundo-html,
# round M); on wcxb-dev 9 pages carry it and none is discarded by it (none is teasers only).
# Ghost's tag and author archives are "tag-template" and "author-template" (golden
# id-ghost-tag-arsip-banjir-jabodetabek-html, round W: og:type website beside Ghost's Series
# JSON-LD, so `_declares_website` stands aside); no page of wcxb-dev or sh-html carries either.
_LISTING_BODY_CLASSES = frozenset(
    {
        "search-results",
        "search-no-results",
        "page-search",
        "search-page",
        "template-search",
        "archive",
        "tag-template",
        "author-template",
    },
)

# A not-found (HTTP 404) page says so in its <body> class: WordPress "error404", Shopify
# "template-404", Drupal themes "page-404" / "page--404" (golden
# de-fehlerseite-404-empfehlungen-html, round N: an apology paragraph that reads like prose and
# four teasers), and the generic "error-page", "not-found", "page-not-found". Whole class words
# only: "404" inside a word is an id ("postid-154043", "page-node-353404" on wcxb-dev); no page
# of wcxb-dev or sh-html carries one of these words. The page is discarded whatever its body:
# the template is the error page's, an article about a 404 error is served by an article's.
_NOT_FOUND_BODY_CLASSES = frozenset(
    {
        "error404",
        "error-404",
        "page-404",
        "page--404",
        "template-404",
        "error-page",
        "not-found",
        "notfound",
        "page-not-found",
    },
)

# A shop's category page says so in its <body> class: Shopify's "template-collection",
# WooCommerce's product category and tag archives ("tax-product_cat", "tax-product_tag") and
# its shop page ("post-type-archive-product"), Magento's "catalog-category-view" (golden
# pl-kolekcja-kurtki-zimowe-shopify-filtry-html, round R: six price tiles that `extract_html`
# dropped, so the grid rules that count kept price lines do not fire, and an SEO block under
# the grid kept). Whole class words only. See `_templated_prices`.
_COLLECTION_BODY_CLASSES = frozenset(
    {
        "template-collection",
        "tax-product_cat",
        "tax-product_tag",
        "post-type-archive-product",
        "catalog-category-view",
    },
)
# A removed block of at most this many words holding a price is a tile's price line ("Cena
# regularna649,00 zł", "Special Price $173.00"), not a paragraph mentioning one.
_TILE_PRICE_WORDS = 6
# ... and the rule fires only where no tile is left in the body: every kept block but the
# headings has at least this many words (the category's text, not a product's name). wcxb-dev
# 4247 (`tax-product_cat`, 18 removed prices) kept its tiles' names, which its truth keeps.
_CATEGORY_TEXT_WORDS = 12

# Without such a class, a not-found page's title or heading is often the bare status code,
# "<title>404 | Site</title>", "<h1>404</h1>", or says so in words ("Page not found",
# "Seite nicht gefunden": `[words.not_found_title]`). A title part (`titles.title_parts`: split
# at the separators a site name hangs on) or the first <h1> that is nothing but "404"
# (punctuation aside) or such words marks one; a title that merely holds the number ("Peugeot
# 404", "How to fix a 404 error") does not. Only on a body of at most `Judge.max_teaser_words`:
# an error page is short once its menus are dropped. No <title> part or <h1> of wcxb-dev or
# sh-html is either.
_STATUS_404 = regex.compile(r"\W*404\W*")

# A product tile's price line (`htmlblocks.PRICE_LINE`): one price, or a price and the
# struck-out old one ("119,92 € 149,90 €", "$64.95", "229,00 EUR"), a short tax note after it
# maybe ("7,480円（税込）", "€ 19,90 (inkl. MwSt.)"; golden
# ja-tsuhan-kategori-furaipan-ichiran-html), the lira's and the rouble's ("2.199,90 TL
# 1.649,90 TL"; golden tr-kategori-kislik-bot-urun-listesi-html). The text scrapes' grid rule
# and the HTML ones read the same pattern, as `extract_html`'s grids of other products do.
_TILE_PRICE = htmlblocks.PRICE_LINE
# A text scrape's tile price may carry the unit it is per ("89,90 €/kpl", "12,90 €/Stk.",
# "349 Kč/ks", "19,99 zł/szt.", "$4.50/pc"; golden fi-kategoria-talvirenkaat-suodattimet-text,
# round U). The unit is read by its shape, a slash and an abbreviation of at most four letters,
# not as a list of words: every shop language writes its own. On wcxb-dev-text the suffix adds
# price lines to three pages (0589, 4024, 4891), none short enough for a grid rule.
_UNIT_PRICE = r"(?:\s*+/\s*+[\p{L}²³]{1,4}\.?)?"
_TEXT_TILE_PRICE = regex.compile(
    rf"(?:{htmlblocks.PRICE_AMOUNT}{_UNIT_PRICE}\s*+){{1,2}}(?:[(（][^()（）]{{1,16}}[)）])?",
    regex.IGNORECASE,
)
# A shop category's filter sidebar: facet values with the count of products under each
# ("205/55 R16 (48)", "Nordia (31)", "alle 100 € (44)"), kept or dropped. A star rating's
# count ("★★★★☆ (21)") is a tile's, not a facet's.
_FACET = regex.compile(r"[^()★☆]{1,40}?\s\(\d[\d.,]*\)")
# Three facet lines at least: set with the rule in a08f140 (session 24) by golden
# fi-kategoria-talvirenkaat-suodattimet-text (three facets a group: sizes, brands, prices); with
# the grid's price lines it discarded no other page of the 1497 wcxb-dev-text pages.
_MIN_FACETS = 3
# A tile: its price line and the lines above it back to the previous tile's price, at most this
# many (a name, a size or spec line, a rating, a badge: golden fi-kategoria-...-text).
_TILE_LINES = 4


def _declares_collection(ld: JsonLd) -> bool:
    """Whether the page's JSON-LD names a collection page and no article, nested ones included."""
    return not ld.all_types.isdisjoint(_LD_COLLECTION) and not any(
        t.endswith("article") or t in _LD_ARTICLE for t in ld.all_types
    )


def _listed_prices(doc: Document, body: list[Block]) -> int:
    """How many kept body blocks of an HTML collection page are a tile's price (`_TILE_PRICE`).

    A shop's category page: its JSON-LD lists the products (ItemList) and declares no article,
    and what is kept is a lead line and the tiles, each with its price (golden
    ja-tsuhan-kategori-furaipan-ichiran-html: 204 words, four tiles of a name, a sentence, a
    price, a rating). 0 on a text scrape or a page that declares no collection. The caller
    bounds the body's length: a collection whose text is long is content (wcxb-dev 0632, a
    shop category whose truth is 1,277 words of buying advice).
    """
    if doc.kind != "html" or not _declares_collection(jsonld.of(doc)):
        return 0
    return sum(1 for b in body if _TILE_PRICE.fullmatch(b.text.strip()))


def _carted_prices(doc: Document, body: list[Block], ld: JsonLd) -> int:
    """How many kept price lines an HTML shop grid shows beside as many add-to-cart buttons.

    A shop's category page that declares no collection (golden
    tr-kategori-kislik-bot-urun-listesi-html: og:type website, a BreadcrumbList alone): each
    tile has its price line and its "Sepete Ekle" button, which `strip_boilerplate` drops as
    "shop" (`[drop.shop]`). The fewer of the two counts; 0 where the page declares an article
    or a product (a product page's related strip: wcxb-dev 3021) or is a text scrape (its grid
    rule reads the prices alone).
    """
    if doc.kind != "html" or any(
        t.endswith("article") or t in _LD_ARTICLE or t == "product" for t in ld.all_types
    ):
        return 0
    carts = sum(1 for b in doc.blocks if b.dropped_by == "shop")
    if not carts:
        return 0
    return min(carts, sum(1 for b in body if _TILE_PRICE.fullmatch(b.text.strip())))


def _templated_prices(doc: Document, body: list[Block]) -> int:
    """How many removed price lines an HTML page whose <body> class names a shop category shows.

    Each product tile's price, whatever rule removed it (`extract_html` drops them as low text
    or links, `strip_boilerplate` as "shop"): a block of at most `_TILE_PRICE_WORDS` words
    holding a price (`htmlblocks.PRICE`). 0 on a text scrape, a page without such a class
    (`_COLLECTION_BODY_CLASSES`), one whose JSON-LD declares an article or a product, and
    one whose body still holds a line shorter than `_CATEGORY_TEXT_WORDS` that is no heading
    (a tile's name: the grid is the body, as the wcxb-dev truth has it).
    """
    if doc.kind != "html" or not _body_class_in(doc.tree, _COLLECTION_BODY_CLASSES):
        return 0
    if any(b.kind != "heading" and _words(b) < _CATEGORY_TEXT_WORDS for b in body):
        return 0
    ld = jsonld.of(doc)
    if any(t.endswith("article") or t in _LD_ARTICLE or t == "product" for t in ld.all_types):
        return 0
    return sum(
        1
        for b in doc.blocks
        if not b.kept and _words(b) <= _TILE_PRICE_WORDS and htmlblocks.PRICE.search(b.text)
    )


def _faceted_grid_text(blocks: tuple[Block, ...], min_prices: int) -> int:
    """How many words a faceted text grid keeps outside its tiles, or -1 if it is none.

    A text scrape of a shop's category page (golden fi-kategoria-talvirenkaat-suodattimet-text,
    round U): a filter sidebar of `_MIN_FACETS` or more facet lines with counts (`_FACET`) and
    `min_prices` or more tile price lines (`_TEXT_TILE_PRICE`), kept or dropped. The words
    counted are the kept body blocks outside the tiles (each price line and the `_TILE_LINES`
    lines above it): the category's own text. -1 without facets or with fewer prices.
    """
    prices = [bool(_TEXT_TILE_PRICE.fullmatch(b.text.strip())) for b in blocks]
    if sum(prices) < min_prices:
        return -1
    if sum(1 for b in blocks if _FACET.fullmatch(b.text.strip())) < _MIN_FACETS:
        return -1
    in_tile = [False] * len(blocks)
    for i, price in enumerate(prices):
        if not price:
            continue
        in_tile[i] = True
        for j in range(i - 1, max(-1, i - 1 - _TILE_LINES), -1):
            if prices[j]:
                break
            in_tile[j] = True
    return sum(
        _words(b)
        for b, tiled in zip(blocks, in_tile, strict=True)
        if b.kept and b.kind in BODY_KINDS and not tiled
    )


def _declares_website(doc: Document, ld: JsonLd) -> bool:
    """Whether the page says og:type "website" and has no JSON-LD, of an article or anything."""
    if doc.tree is None:
        return False
    og = [
        m.get("content") or ""
        for m in pageindex.of(doc).elements("meta")
        if (m.get("property") or m.get("name") or "").strip().casefold() == "og:type"
    ]
    if not og or not all(_OG_TYPE.fullmatch(t) for t in og):
        return False
    # Any JSON-LD (a JobPosting, an Event, an FAQPage) says what the page is better than
    # og:type, which most sites leave at "website" on every page.
    return ld.scripts == 0


def _declares_listing(tree: HtmlElement | None) -> bool:
    """Whether the page's <body> names it a list of posts: search results or a post archive."""
    return _body_class_in(tree, _LISTING_BODY_CLASSES)


def _declares_not_found(tree: HtmlElement | None) -> bool:
    """Whether the page's <body> class names it a not-found (HTTP 404) error page."""
    return _body_class_in(tree, _NOT_FOUND_BODY_CLASSES)


def _body_class_in(tree: HtmlElement | None, classes: frozenset[str]) -> bool:
    """Whether a class word of the page's <body> (any case) is one of `classes`."""
    if tree is None:
        return False
    body = tree.find("body") if tree.tag != "body" else tree
    if body is None:
        return False
    return not classes.isdisjoint((body.get("class") or "").casefold().split())


def _titled_404(doc: Document) -> bool:
    """Whether the page's <title> has a part, or its first <h1> is, an error page's title.

    The bare status code 404, or a `[words.not_found_title]` phrase alone ("Page not found",
    "Seite nicht gefunden").
    """
    if doc.tree is None:
        return False
    index = pageindex.of(doc)
    title = index.first("title")
    parts = title_parts(title.text_content()) if title is not None else []
    h1 = index.first("h1")
    if h1 is not None:
        parts.append(h1.text_content().strip())
    rules = Rules.load(doc.lang)
    return any(
        _STATUS_404.fullmatch(part) or rules.heading("not_found_title", part) for part in parts
    )


def _teasers_only(blocks: tuple[Block, ...]) -> bool:
    """Whether every kept body block sits in a teaser: a short run under a linked headline.

    The headlines count kept or dropped (extraction often drops a run of linked headings and
    leaves the date lines and summaries between them).
    """
    teasers = 0
    run = 0
    for block in blocks:
        if block.kind == "heading" and block.link_density > _LINKED:
            teasers += 1
            run = 0
        elif block.kept and block.link_density > _LINKED and _words(block) <= _KICKER_WORDS:
            # a teaser's kicker over its headline, linked with it ("Liputan Khusus Pilihan":
            # Ghost's primary tag and featured mark, golden
            # id-ghost-tag-arsip-banjir-jabodetabek-html), even over the first headline
            continue
        elif block.kept and block.kind in BODY_KINDS:
            run += 1
            if teasers == 0 or run > _MAX_TEASER_BLOCKS:
                return False
    return teasers >= _MIN_TEASERS


def _lone_teaser(body: list[Block]) -> bool:
    """Whether a body is one linked headline with at most one paragraph under it."""
    return (
        0 < len(body) <= 2  # a headline and its summary
        and body[0].kind == "heading"
        and body[0].link_density > _LINKED
        and all(b.kind == "paragraph" for b in body[1:])
    )


# A text listing's teaser: a headline of at most this many words, ending in no sentence mark,
# with at most this many blocks and words in all; a teaser's date line has at most this many
# words (section, date, reading time).
_TEASER_HEADLINE_WORDS = 16
_TEXT_TEASER_BLOCKS = 3
_TEXT_TEASER_WORDS = 60
_TEASER_DATELINE_WORDS = 12
# A teaser's meta line after its date line: a source or a comment count (golden
# zh-lanmu-keji-liebiao-text: '东方快讯网', '评论 128').
_TEASER_META_WORDS = 3
_HEADLINE_END = (".", "!", "?", "…", ":", ";", "。", "！", "？")
# A headline over its date line may ask or exclaim ("室温は何度変わる？"); it states nothing.
_STATEMENT_END = (".", "…", ":", ";", "。")
# The lead above a profile's first teaser (golden en-author-profile-page-text: a role line, a
# 56-word bio, three contact lines and "Latest from ...", 77 words): at most this many words and
# this many blocks longer than a headline.
_LEAD_WORDS = 120
_LEAD_LONG_BLOCKS = 1


def _dated_teasers(blocks: tuple[Block, ...], lang: str | None) -> bool:
    """Whether a text scrape's body is nothing but teasers between short dated lines.

    The dated lines split the page into segments; each segment's kept body blocks must be empty
    or a teaser (a headline first, `_TEXT_TEASER_BLOCKS` blocks and `_TEXT_TEASER_WORDS` words at
    most), and at least `_MIN_TEASERS` segments must hold one. An article's paragraphs, a forum
    post's sentences or a comment fail the teaser shape.
    """
    whole: list[list[Block]] = [[]]  # body blocks between date lines, kept or dropped
    dates: list[str] = []
    for block in blocks:
        if _words(block) <= _TEASER_DATELINE_WORDS and (iso := find_date(block.text, lang)):
            dates.append(iso)
            whole.append([])
        elif block.kind in BODY_KINDS:
            whole[-1].append(block)
    # a listing spans several days; a thread of one evening has one date
    if len(dates) < _MIN_TEASERS or len(set(dates)) < 2:
        return False
    segments = [[b for b in seg if b.kept] for seg in whole]
    if _kept_teasers(segments) or _kept_inside_teasers(whole):
        return True
    # A search page or an archive prints each teaser's date under its headline (headline, date
    # line, summary: golden ja-kensaku-kekka-denkidai-setsuyaku-text, round T): each segment's
    # last block is the next teaser's headline, so the teasers start one block earlier.
    shifted = _headline_first(whole)
    if shifted is None:
        return False
    teasers = 0
    for i, seg in enumerate([b for b in seg if b.kept] for seg in shifted):
        if not seg:
            continue
        if i == 0 or not _is_text_teaser(seg, _STATEMENT_END):
            return False
        teasers += 1
    return teasers >= _MIN_TEASERS


def _headline_first(whole: list[list[Block]]) -> list[list[Block]] | None:
    """The segments of `whole` with each one's last block moved to the next, or None.

    None when a segment before a date line has no block to give, or the block it gives ends a
    sentence (a headline does not).
    """
    out: list[list[Block]] = [list(whole[0])]
    for seg in whole[1:]:
        if not out[-1] or out[-1][-1].text.strip().endswith(_STATEMENT_END):
            return None
        head = out[-1].pop()
        out.append([head, *seg])
    return out


def _kept_teasers(segments: list[list[Block]]) -> bool:
    """Whether every segment's kept body blocks are a teaser and three or more hold one."""
    teasers = 0
    for i, seg in enumerate(segments):
        if not seg:
            continue
        # The text above the first date line may be a profile's head (a role line, a bio,
        # contact lines, "Latest from ...") ending in the first teaser (golden
        # en-author-profile-page-text); an article's paragraphs are more than one.
        if not _is_text_teaser(seg) and (i > 0 or not _lead_then_teaser(seg)):
            return False
        teasers += 1
    return teasers >= _MIN_TEASERS


def _kept_inside_teasers(whole: list[list[Block]]) -> bool:
    """Whether the teasers, counted kept or dropped, are three or more and hold all that is kept.

    Extraction may drop most teasers of a listing (as outside the article or as menus) and keep
    one summary sentence, whose own segment then has no headline and the kept-only count sees a
    single teaser (golden zh-lanmu-keji-liebiao-text: five teasers, one 17-word summary kept). A
    segment holding a kept block must be a teaser with its dropped blocks; a source line and a
    comment count ('东方快讯网', '评论 56') after the date line are skipped as meta lines.
    """
    teasers = 0
    for seg in whole:
        kept = any(b.kept for b in seg)
        core = seg
        while len(core) > 1 and _words(core[0]) <= _TEASER_META_WORDS:
            core = core[1:]
        if core and _is_text_teaser(core):
            teasers += 1
        elif kept:
            return False
    return teasers >= _MIN_TEASERS


def _is_text_teaser(seg: list[Block], ends: tuple[str, ...] = _HEADLINE_END) -> bool:
    """Whether a run of kept body blocks is one teaser: a headline and a short summary.

    The headline ends in none of `ends`.
    """
    return not (
        len(seg) > _TEXT_TEASER_BLOCKS
        or sum(map(_words, seg)) > _TEXT_TEASER_WORDS
        or _words(seg[0]) > _TEASER_HEADLINE_WORDS
        or seg[0].text.strip().endswith(ends)
    )


def _lead_then_teaser(seg: list[Block]) -> bool:
    """Whether a run is a short lead (at most one paragraph) followed by one teaser.

    The lead holds at most `_LEAD_LONG_BLOCKS` block of more than `_TEASER_HEADLINE_WORDS` words
    and `_LEAD_WORDS` words in all: a bio is one paragraph, a short news item's body is several.
    """
    for k in range(len(seg) - 1, max(0, len(seg) - _TEXT_TEASER_BLOCKS) - 1, -1):
        if seg[k].kind != "heading" or not _is_text_teaser(seg[k:]):
            continue
        lead = seg[:k]
        return (
            bool(lead)
            and sum(map(_words, lead)) <= _LEAD_WORDS
            and sum(1 for b in lead if _words(b) > _TEASER_HEADLINE_WORDS) <= _LEAD_LONG_BLOCKS
        )
    return False


def _words(block: Block) -> int:
    # Not `len(text.split())`: a Chinese or Japanese paragraph has no spaces, and counted by them
    # a body of three long paragraphs was "8 words" and discarded (cleaner.words).
    return count_words(block.text)


def _require_read(doc: Document) -> None:
    """Raise PipelineError where no stage read a page that never became blocks.

    `DEFAULT.without("decode")` (or "detect") gave every page "not_article: 0 words of body
    text", as if none were an article (usertest, session 19): the extract stages read what
    those two make. A page that was read and has no blocks is a real empty page.
    """
    if doc.blocks or not doc.raw:
        return
    if not doc.decoded:
        missing = "decoded the page ('decode' makes its text)"
    elif doc.kind is None:
        missing = "told HTML from text ('detect' sets the page's kind)"
    else:
        return
    raise PipelineError(
        f"no stage {missing}, so every page would come out 'not_article: 0 words'; put that "
        "stage back (cleaner.DEFAULT has it) or give your own in its place with Pipeline.replace",
    )


class Judge:
    """Discard the page when nothing worth calling an article is left.

    Reads: blocks (kept body blocks, their text and link_density), kind, lang, jsonld (what
    the page's JSON-LD declares) and tree (its og:type). Writes: nothing; raises
    Discard("not_article: ...").
    """

    name = "judge"

    def __init__(  # noqa: PLR0913 - one keyword per threshold, all optional
        self,
        *,
        min_words: int = 10,
        max_link_share: float = 0.9,
        min_prose_words: int = 15,
        max_link_list_words: int = 100,
        wall_words: int = 60,
        min_wall_share: float = 0.5,
        max_prompt_words: int = 30,
        discard_teasers: bool = True,
        max_teaser_words: int = 250,
        min_grid_prices: int = 4,
        max_grid_words: int = 100,
    ) -> None:
        """Set the thresholds.

        Args:
            min_words: Fewer kept body words than this and there is no article.
            max_link_share: A body whose share of link words is above this ...
            min_prose_words: ... and that has fewer words outside links than this is a list of
                links (a category page), not an article ...
            max_link_list_words: ... unless it is longer than this: a long list of linked
                items is a listing or collection page whose items are its content (wcxb-dev
                scores them; 6 such pages were lost with no length limit).
            wall_words: A body shorter than this ...
            min_wall_share: ... whose blocks with a login/subscribe prompt hold at least this
                share of its words is a login wall.
            max_prompt_words: A longer block counts as a prompt only when it addresses the
                reader ("you", "Sie", "vous"...): a short news item whose one paragraph says
                "sign in", "register" or "anmelden" in a sentence is an article, not a wall.
            discard_teasers: Discard a page whose JSON-LD declares a collection page
                (CollectionPage, ItemList, SearchResultsPage) and no article, and whose body is
                one linked headline with at most one paragraph under it: a section front whose
                lead teaser got through (golden pt-categoria-economia-listagem-html). Also
                discard a page that says only og:type "website" (no JSON-LD) and whose whole
                body is three or more teasers (a date line and a summary under linked
                headlines): an author archive or section front (goldens
                bg-avtor-arhiv-statii-html, it-categoria-sport-lista).
            max_teaser_words: ... but only with at most this many body words: longer teasers
                are a listing whose items are its content (wcxb-dev 2903, a listing of 863
                words, was the one shared page the rule took without this limit).
            min_grid_prices: An HTML page declaring a collection and no article whose body
                of at most `max_teaser_words` keeps this many tile price lines is a shop's
                category page (see `_listed_prices`); also, a page with at least this many
                price-only lines ...
            max_grid_words: ... and at most this many body words is a shop's product grid
                whose tiles were dropped (golden it-negozio-categoria-scarpe-text: 5 prices,
                69 words left); a product page shows one price and its description. With a
                filter sidebar of facet lines, at most this many body words outside the tiles
                (`_faceted_grid_text`).
        """
        self.min_words = min_words
        self.max_link_share = max_link_share
        self.min_prose_words = min_prose_words
        self.max_link_list_words = max_link_list_words
        self.wall_words = wall_words
        self.min_wall_share = min_wall_share
        self.max_prompt_words = max_prompt_words
        self.discard_teasers = discard_teasers
        self.max_teaser_words = max_teaser_words
        self.min_grid_prices = min_grid_prices
        self.max_grid_words = max_grid_words

    def __call__(self, doc: Document) -> Document:  # noqa: C901 - one branch per kind of page
        """Run the stage on `doc`.

        Raises:
            PipelineError: No earlier stage read the page (a pipeline without `decode` or
                `detect`), which would otherwise read as "not_article: 0 words" on every page.
        """
        _require_read(doc)
        if _declares_not_found(doc.tree):
            raise Discard("not_article: an error page (404 not found)")
        body = [b for b in doc.blocks if b.kept and b.kind in BODY_KINDS]
        words = sum(map(_words, body))
        if words < self.min_words:
            raise Discard(f"not_article: {words} words of body text")
        if words <= self.max_teaser_words and _titled_404(doc):
            raise Discard(f"not_article: an error page (titled not found, {words} words)")
        link_words = sum(_words(b) * b.link_density for b in body)
        prose = words - link_words
        if (
            words <= self.max_link_list_words
            and link_words / words > self.max_link_share
            and prose < self.min_prose_words
        ):
            raise Discard(
                f"not_article: a list of links ({round(link_words)} of {words} words in links)",
            )
        if words < self.wall_words:
            wall = sum(n for b in body if _is_prompt(b, n := _words(b), self.max_prompt_words))
            if wall / words >= self.min_wall_share:
                raise Discard(f"not_article: a login or subscription wall ({words} words)")
        if self.discard_teasers and _lone_teaser(body) and _declares_collection(jsonld.of(doc)):
            raise Discard(f"not_article: a collection page of teasers ({words} words)")
        if (
            self.discard_teasers
            and words <= self.max_teaser_words
            and _teasers_only(doc.blocks)
            and (_declares_website(doc, jsonld.of(doc)) or _declares_listing(doc.tree))
        ):
            raise Discard(f"not_article: a section front of teasers ({words} words)")
        if (
            self.discard_teasers
            and doc.kind == "text"
            and words <= self.max_teaser_words
            and _dated_teasers(doc.blocks, doc.lang)
        ):
            raise Discard(f"not_article: a list of dated teasers ({words} words)")
        if (
            self.discard_teasers
            and words <= self.max_teaser_words
            and (
                prices := max(
                    _listed_prices(doc, body),
                    _carted_prices(doc, body, jsonld.of(doc)),
                    _templated_prices(doc, body),
                )
            )
            >= self.min_grid_prices
        ):
            raise Discard(f"not_article: a shop's product list ({prices} prices, {words} words)")
        if doc.kind == "text":
            self._judge_text_grid(doc, words)
        return doc

    def _judge_text_grid(self, doc: Document, words: int) -> None:
        """Raise Discard where a text scrape is a shop's product grid (see the module doc)."""
        if words <= self.max_grid_words:
            prices = sum(1 for b in doc.blocks if _TEXT_TILE_PRICE.fullmatch(b.text.strip()))
            if prices >= self.min_grid_prices:
                raise Discard(
                    f"not_article: a shop's product grid ({prices} prices, {words} words)",
                )
        if not self.discard_teasers:
            return
        own = _faceted_grid_text(doc.blocks, self.min_grid_prices)
        if 0 <= own <= self.max_grid_words:
            raise Discard(
                f"not_article: a shop's filtered product grid ({own} of {words} words its own)",
            )


judge = Judge()
"""The default `judge` stage."""
