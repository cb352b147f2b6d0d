"""The metadata stage: title, site name and date from HTML markup and from text scrapes."""

from __future__ import annotations

import pytest

from cleaner.document import Block, Document
from cleaner.stages.detect import parse_html
from cleaner.stages.metadata import metadata
from cleaner.text_metadata import _sentence_lead


def _html(head: str, body: str, url: str | None = None) -> Document:
    html = f"<html><head>{head}</head><body>{body}</body></html>"
    return Document(raw=html, decoded=html, kind="html", tree=parse_html(html), url=url)


def _text(*lines: str) -> Document:
    blocks = tuple(Block(text=line) for line in lines)
    text = "\n\n".join(lines)
    return Document(raw=text, decoded=text, kind="text", blocks=blocks)


ARTICLE_HEAD = (
    '<meta property="og:type" content="article">'
    '<meta property="og:site_name" content="Daily Planet">'
    "<title>Council votes to close the bridge | Daily Planet</title>"
)


def test_metadata_reads_title_and_site_from_html():
    """The <h1> agreeing with the <title> is the title; og:site_name is the site."""
    doc = metadata(_html(ARTICLE_HEAD, "<h1>Council votes to close the bridge</h1><p>Text.</p>"))
    assert doc.meta.title == "Council votes to close the bridge"
    assert doc.meta.site_name == "Daily Planet"


def test_metadata_keeps_the_full_width_space_of_an_html_title():
    """A Japanese headline's ideographic space survives (golden ja-nyusu-oame-kansui-html)."""
    head = "<title>青梅市　関水の工事が完了 - 湊ニュース</title>"
    doc = metadata(_html(head, "<h1>青梅市\u3000関水の工事が完了</h1><p>本文です。</p>"))
    assert doc.meta.title == "青梅市\u3000関水の工事が完了"


def test_metadata_takes_the_site_from_the_title_suffix():
    """Without og:site_name the title's suffix names the site."""
    doc = metadata(_html("<title>Council votes to close the bridge – Daily Planet</title>", ""))
    assert doc.meta.site_name == "Daily Planet"
    assert doc.meta.title == "Council votes to close the bridge"


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ('<meta property="article:published_time" content="2024-03-12T08:00:00Z">', "2024-03-12"),
        (
            (
                '<script type="application/ld+json">{"@type": "NewsArticle", '
                '"datePublished": "2023-11-02", "dateModified": "2024-01-01"}</script>'
            ),
            "2023-11-02",
        ),
        (
            (
                '<script type="application/ld+json">{"@graph": [{"@type": "BlogPosting", '
                '"datePublished": "2022-05-06T10:00:00+02:00"}]}</script>'
            ),
            "2022-05-06",
        ),
        (
            (
                '<script type="application/ld+json">{"@type": "JobPosting", '
                '"datePosted": "2026-02-03", "validThrough": "2026-03-01"}</script>'
            ),
            "2026-02-03",
        ),
    ],
)
def test_metadata_reads_declared_publication_dates(head, expected):
    """JSON-LD datePublished of an article and article:published_time give the date."""
    assert metadata(_html(head, "<h1>Headline</h1>")).meta.date == expected


def test_metadata_reads_json_ld_with_raw_line_breaks_in_its_strings():
    """A JSON-LD block with an unescaped line break in a string still gives its date."""
    head = (
        '<script type="application/ld+json">{"@type": "DiscussionForumPosting",\n'
        '"articleBody": "First line.\nSecond line.\tTabbed.",\n'
        '"datePublished": "2024-02-21 13:00:00"}</script>'
    )
    assert metadata(_html(head, "<h1>Headline</h1>")).meta.date == "2024-02-21"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            (
                "{&quot;@type&quot;:&quot;Article&quot;,"
                "&quot;datePublished&quot;:&quot;2025-11-17T09:00:00-05:00&quot;}"
            ),
            "2025-11-17",
        ),
        # a product's date is none, as in a script
        (
            (
                "{&quot;@type&quot;:&quot;Product&quot;,"
                "&quot;datePublished&quot;:&quot;2025-11-17&quot;}"
            ),
            None,
        ),
        # what does not parse gives nothing
        ("{&quot;@type&quot;:&quot;Article&quot;,", None),
    ],
)
def test_metadata_reads_json_ld_carried_in_a_meta_tag(content: str, expected: str | None):
    """`<meta name="script:ld+json" content="...">` is read as a JSON-LD script (wcxb-dev 4053)."""
    head = f'<meta name="script:ld+json" content="{content}">'
    assert metadata(_html(head, "<h1>Headline</h1><p>Text.</p>")).meta.date == expected


def test_metadata_reads_the_dateline_under_the_headline():
    """A short dated text right under the <h1> is the publication date."""
    body = (
        "<article><h1>Headline here</h1><div>By Ann Lee · March 3, 2024</div><p>Text.</p></article>"
    )
    assert metadata(_html("", body)).meta.date == "2024-03-03"


@pytest.mark.parametrize(
    ("head", "body"),
    [
        ('<meta property="og:updated_time" content="2024-03-12">', "<h1>Headline</h1>"),
        ('<meta property="article:modified_time" content="2024-03-12">', "<h1>Headline</h1>"),
        ("", "<h1>Shop</h1><footer>© 2024 Shop Inc.</footer>"),
        (
            (
                '<script type="application/ld+json">{"@type": "Product", "name": "Desk", '
                '"datePublished": "2024-01-05"}</script>'
            ),
            "<h1>Desk</h1>",
        ),
        (
            "",
            (
                "<h1>Latest posts</h1><p>Post one</p><p>March 1, 2024</p><p>Post two</p>"
                "<p>February 20, 2024</p><p>Post three</p><p>January 9, 2024</p>"
            ),
        ),
    ],
)
def test_metadata_invents_no_date(head, body):
    """Change dates, copyright years, product dates and teaser lists give no publication date."""
    assert metadata(_html(head, body)).meta.date is None


@pytest.mark.parametrize(
    "body",
    [
        "<h1>Headline</h1><p>Updated March 5, 2024</p><p>Text.</p>",
        "<h1>Headline</h1><p>Aktualisiert am 5. März 2024</p>",
        "<h1>Headline</h1><p>Terakhir diperbarui: 12 Januari 2026</p>",
        "<h1>Headline</h1><p>Updated March 5, 2024</p><p>Updated April 9, 2024</p>",
        # The label over an inline wrapper of the <time> (golden ja-dokyumento-api-ninsho-html).
        (
            '<h1>Headline</h1><span>最終更新日: <b><time datetime="2026-10-02">2026年10月2日</time>'
            "</b></span>"
        ),
        (
            '<h1>Headline</h1><p>Last updated: <strong><time datetime="2024-03-05">March 5, '
            "2024</time></strong></p>"
        ),
    ],
)
def test_metadata_does_not_date_a_page_by_its_update_alone(body):
    """A header whose only date is labelled "Updated" leaves the page undated (issue 2 contract)."""
    assert metadata(_html("", body)).meta.date is None


@pytest.mark.parametrize(
    ("shown", "expected"),
    [
        ("March 3, 2019", "2019-03-03"),  # shown before the declared date: the first edition
        ("March 3, 2025", "2024-06-01"),  # shown after it: the declared date stands
        ("June 20, 2024", "2024-06-01"),  # the declared change date: the declared date stands
    ],
)
def test_metadata_prefers_an_earlier_shown_date_to_the_declared_one(shown, expected):
    """A republished article keeps its first date under the headline: it beats the declared one."""
    head = (
        '<meta property="article:published_time" content="2024-06-01T08:00:00Z">'
        '<meta property="article:modified_time" content="2024-06-20T08:00:00Z">'
    )
    body = f"<h1>Headline</h1><div>By Ann Lee · {shown}</div><p>Text.</p>"
    assert metadata(_html(head, body)).meta.date == expected


def test_metadata_reads_the_date_in_an_article_url():
    """A full date in the URL path of an article is its publication date."""
    doc = _html(
        '<meta property="og:type" content="article">',
        "<h1>Headline</h1>",
        url="https://example.org/2021/07/09/headline/",
    )
    assert metadata(doc).meta.date == "2021-07-09"


def test_metadata_lifts_the_text_title_line_and_its_site():
    """The first line of a text scrape is the title; its suffix is the site."""
    doc = metadata(_text("Rain returns to the valley – Valley Post", "Rain fell all night long."))
    assert (doc.meta.title, doc.meta.site_name) == ("Rain returns to the valley", "Valley Post")
    assert doc.blocks[0].dropped_by == "title"
    assert doc.blocks[1].kept


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Published: 12 March 2024", "2024-03-12"),
        ("12 mars 2024", "2024-03-12"),
        ("12 de marzo de 2024", "2024-03-12"),
        ("Veröffentlicht am 12.03.2024", "2024-03-12"),
    ],
)
def test_metadata_lifts_a_text_dateline(line, expected):
    """A line that is only a date under the repeated headline is lifted into meta.date."""
    doc = metadata(
        _text("Rain returns | Valley Post", "Rain returns", line, "Rain fell all night.")
    )
    assert doc.meta.date == expected
    assert doc.blocks[2].dropped_by == "date"
    assert doc.blocks[3].kept


def test_metadata_skips_an_updated_text_dateline():
    """An "Updated" line is not the publication date and gives none."""
    doc = metadata(
        _text(
            "Rain returns | Valley Post",
            "Rain returns",
            "Updated 5 March 2024",
            "Rain fell all night.",
        )
    )
    assert doc.meta.date is None


def test_metadata_finds_no_date_in_plain_prose():
    """A date inside a body sentence is not a dateline when no headline line frames it."""
    doc = metadata(
        _text(
            "Rain returns – Valley Post",
            "On 12 March 2024 the council voted to close the bridge for good.",
        )
    )
    assert doc.meta.date is None
    assert doc.blocks[1].kept


def test_metadata_gives_no_date_for_a_list_of_dated_teasers():
    """Several datelines with different dates make a listing page: no date is given."""
    doc = metadata(
        _text(
            "Économie : toute l'actualité | Le Courrier",
            "Toute l'actualité",
            "Budget : le gouvernement cherche 40 milliards",
            "Publié le 12/09/2024",
            "Immobilier : les taux baissent",
            "Publié le 11/09/2024",
        )
    )
    assert doc.meta.date is None
    assert doc.meta.title == "Toute l'actualité"
    assert doc.meta.site_name == "Le Courrier"


def test_metadata_takes_the_text_site_from_a_recurring_logo_line():
    """Without a title suffix, the short line under the title that recurs later is the site."""
    doc = metadata(
        _text(
            "Plant to open in Ohio",
            "Newswire Hub",
            "Products",
            "Plant to open in Ohio",
            "TOLEDO, June 11, 2024 /Newswire Hub/ -- The company said it would build a plant.",
        )
    )
    assert doc.meta.site_name == "Newswire Hub"


def test_metadata_prefers_the_logo_line_among_the_title_parts_to_the_last_part():
    """A title's last part can be a section ("Careers at X"); the logo line names the site."""
    doc = metadata(
        _text(
            "Backend Engineer - Remote - Tallgrass Ledger | Careers at Tallgrass",
            "Tallgrass Ledger",
            "Jobs",
            "Backend Engineer",
            "Tallgrass Ledger builds accounting software for veterinary clinics across the US.",
        )
    )
    assert doc.meta.site_name == "Tallgrass Ledger"


def test_metadata_reads_a_labelled_date_far_from_the_headline():
    """A "Published" label with its date in a sidebar gives the date."""
    body = (
        "<h1>Headline</h1>" + "<p>Body text of the article.</p>" * 40 + "<aside><h4>Published</h4>"
        "<div>July 8, 2025</div></aside>"
    )
    assert metadata(_html("", body)).meta.date == "2025-07-08"


def test_metadata_reads_the_date_of_a_page_reviewing_a_product():
    """A Review at the top of the JSON-LD is the page's own article, dated."""
    head = (
        '<script type="application/ld+json">{"@type": "Review", "datePublished": "2024-04-03",'
        ' "itemReviewed": {"@type": "Product", "name": "Q7"}}</script>'
    )
    assert metadata(_html(head, "<h1>Q7 review</h1>")).meta.date == "2024-04-03"


def test_metadata_ignores_comment_times_under_the_article_header():
    """The header's published <time> wins; comment times further down do not make it a list."""
    body = (
        '<h1>Sourdough</h1><span>Posted on <time class="entry-date published" '
        'datetime="2023-11-02T08:30:11+00:00">November 2, 2023</time><time class="updated" '
        'datetime="2024-01-09">January 9, 2024</time></span><p>Text.</p>'
        "<ol><li><time>November 3, 2023 at 7:51 pm</time></li>"
        "<li><time>November 4, 2023 at 9:02 pm</time></li></ol>"
    )
    assert metadata(_html("", body)).meta.date == "2023-11-02"


def test_metadata_reads_a_press_release_opening_dateline():
    """The place-and-date opening of the first paragraph dates a text press release."""
    doc = metadata(
        _text(
            "Communiqué de presse - La Région lance un fonds pour les PME industrielles",
            "Région Sud",
            "La Région lance un fonds pour les PME industrielles",
            "Montpellier, le 5 mars 2024 – La Région a présenté mardi un nouveau fonds "
            "d'investissement de 25 millions d'euros destiné aux petites et moyennes entreprises "
            "industrielles qui souhaitent moderniser leurs outils de production.",
            "Contact presse : Région Sud",
        )
    )
    assert doc.meta.date == "2024-03-05"
    assert doc.meta.title == "La Région lance un fonds pour les PME industrielles"
    assert doc.meta.site_name == "Région Sud"


@pytest.mark.parametrize(
    "head",
    [
        (
            '<script type="application/ld+json">{"@type": ["Article", 3], "headline": {"a": 1},'
            ' "datePublished": ["2024-01-01"], "publisher": "x"}</script>'
        ),
        '<script type="application/ld+json">{"@graph": "not a list", "@type": null}</script>',
        '<script type="application/ld+json">{broken json</script>',
        '<meta property="article:published_time" content="9999-99-99">',
    ],
)
def test_metadata_survives_odd_markup(head):
    """Malformed JSON-LD, absurd titles and impossible dates give no error and no date."""
    doc = metadata(_html(head, "<h1>Headline</h1>"))
    assert doc.meta.date is None
    assert doc.meta.title == "Headline"


def test_metadata_handles_a_title_with_thousands_of_separators():
    """A hostile <title> with 2,000 parts is read in linear time and gives some title."""
    doc = metadata(_html("<title>" + " | ".join(["part"] * 2000) + "</title>", "<p>x</p>"))
    assert doc.meta.title
    assert doc.meta.date is None


_REVISED_LD = (
    '<script type="application/ld+json">{"@type": "Article", "datePublished": "2021-04-10",'
    ' "dateModified": "2025-09-04"}</script>'
)


def test_metadata_takes_the_shown_change_date_the_page_dates_itself_by():
    """One unlabelled date under the headline that is the declared dateModified wins."""
    body = "<h1>Seed saving</h1><p>By Ann Lee</p><time datetime='2025-09-04'>Sep 4, 2025</time>"
    assert metadata(_html(_REVISED_LD, body)).meta.date == "2025-09-04"


def test_metadata_keeps_the_declared_date_the_page_also_shows_as_published():
    """A page showing its published date (marked) besides the change date keeps the former."""
    body = (
        "<h1>Seed saving</h1><time class='post-date' datetime='2021-04-10'>Apr 10, 2021</time>"
        "<time datetime='2025-09-04'>Sep 4, 2025</time>"
    )
    assert metadata(_html(_REVISED_LD, body)).meta.date == "2021-04-10"


def test_metadata_skips_a_time_whose_own_text_says_updated():
    """An unmarked <time> reading "Updated on ..." is no publication date to prefer."""
    body = "<h1>Seed saving</h1><time datetime='2025-09-04'>Updated on Sep 4, 2025</time>"
    assert metadata(_html(_REVISED_LD, body)).meta.date == "2021-04-10"


@pytest.mark.parametrize(
    ("ld", "expected"),
    [
        ('{"@type": "BlogPosting", "dateModified": "2025-10-01T09:00:00Z"}', "2025-10-01"),
        ('{"@type": "WebPage", "dateModified": "2025-10-01T09:00:00Z"}', None),
    ],
)
def test_metadata_takes_the_only_date_an_article_declares(ld, expected):
    """An article declaring only dateModified is dated by it; a generic WebPage is not."""
    head = f'<script type="application/ld+json">{ld}</script>'
    assert metadata(_html(head, "<h1>Price guide</h1>")).meta.date == expected


@pytest.mark.parametrize(
    ("post", "expected"),
    [
        # FluxBB: the number, then the date as the permalink; the poster's join date further on.
        (
            (
                '<h2><span>#1</span> <a href="?pid=7">2025-11-01 15:14:37</a></h2>'
                "<p>ann</p><p>Registered: 2019-01-05</p>"
            ),
            "2025-11-01",
        ),
        # vBulletin: the date, then "#" and the number in their own elements.
        (
            '<td>30th March 2025, 16:26</td><td>#<a href="?p=7"><strong>1</strong></a></td>',
            "2025-03-30",
        ),
    ],
)
def test_metadata_dates_a_forum_thread_by_its_first_post(post, expected):
    """The date beside a thread's "#1" permalink is the thread's, whatever the replies say."""
    reply = '<div><span>#2</span> <a href="?pid=8">2025-12-03 09:00:00</a></div>'
    doc = _html("", f"<h1>ISO will not boot</h1>{post}<p>Question text.</p>{reply}")
    assert metadata(doc).meta.date == expected


def test_metadata_takes_no_date_from_a_ranking_number():
    """A "#1" with no date beside it gives no date."""
    body = "<h1>Charts</h1><ol><li><b>#1</b> Song title</li><li><b>#2</b> Other</li></ol>"
    assert metadata(_html("", body)).meta.date is None


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Start date Mar 27, 2025", "2025-03-27"),
        ("Fecha de inicio 27/03/2025", "2025-03-27"),
        ("Thread starter ann", None),
        ("#1 · Mar 27, 2025 (Edited)", "2025-03-27"),
        ("03-27-2025, 09:03 AM #1", "2025-03-27"),
        ("Mar 27, 2025#12025-03-27T22:13+00:00", "2025-03-27"),
        ("Mar 27, 2025 #12", None),
        ("Ranked #1 on Mar 27, 2025 in sales", None),
        ("by ann » Thu Mar 27, 2025 1:47 am", "2025-03-27"),
        ("by ann on Mar 27, 2025", None),
    ],
)
def test_metadata_dates_a_text_thread_by_its_start_date(label, expected):
    """A labelled thread start date wins over the reply dates that follow it."""
    doc = metadata(
        _text(
            "You and your friends | Forum",
            "You and your friends",
            "Thread starter ann",
            label,
            "Mar 28, 2025",
            "Mar 29, 2025",
        )
    )
    assert doc.meta.date == expected


@pytest.mark.parametrize(
    ("time", "expected"),
    [
        ('<time datetime="2025-12-18T21:46:01-05:00">Dec 18</time>', "2025-12-18"),
        ('<time datetime="2025-12-19T08:46:01+05:00">Dec 19</time>', "2025-12-19"),
        ("<p>By Ann Lee</p>", "2025-12-19"),
    ],
)
def test_metadata_dates_a_utc_timestamp_in_the_pages_own_zone(time, expected):
    """A UTC published_time is read in the time zone the page's header <time> states."""
    head = '<meta property="article:published_time" content="2025-12-19T02:41:41+00:00">'
    assert metadata(_html(head, f"<h1>Comfort watches</h1>{time}")).meta.date == expected


def _scrape(date_line: str, at: int, total: int = 12) -> Document:
    lines = [f"Menu item {i}" for i in range(1, total)]
    lines.insert(at, date_line)
    return _text("A page about gardens | Green Site", *lines)


@pytest.mark.parametrize(
    ("doc", "expected"),
    [
        (_scrape("By Ann Lee · October 8, 2025", at=3), "2025-10-08"),
        (_scrape("Publié le 8 octobre 2025", at=3), "2025-10-08"),
        (_scrape("Mis à jour le 8 octobre 2025", at=3), None),
        (_scrape("This page was last modified on 8 October 2025.", at=10), None),
    ],
)
def test_metadata_dates_a_scrape_by_its_lone_early_date(doc, expected):
    """A scrape's only date dates it in its upper part; a footer's or a change date does not."""
    assert metadata(doc).meta.date == expected


def test_metadata_takes_no_lone_date_when_the_scrape_shows_two():
    """Two different dates in a scrape make neither its lone date."""
    doc = _text("Title | Site", "Menu", "March 5, 2024", "Menu", "Event on April 9, 2024", "Menu")
    assert metadata(doc).meta.date is None


@pytest.mark.parametrize(
    "skip",
    [
        "Skip to main content",
        "Zum Inhalt springen",
        "Jump to content",
        "Pular para o conteúdo",
        "Ir al contenido",
        "Przejdź do treści",
        "İçeriğe geç",
        "Перейти к содержимому",
        "본문 바로가기",
        "コンテンツへスキップ",
        "بازدان بۆ ناوەڕۆک",
        "Hoppa till innehåll",
        "ནང་དོན་ལུ་འགྱོ།",
    ],
)
def test_metadata_text_scrape_opening_with_a_skip_link_takes_the_first_headline(skip):
    """A skip link is no <title> line: the first headline-shaped line under the menus is."""
    doc = metadata(
        _text(
            skip,
            "The Northern Ledger",
            "News",
            "UK weather",
            "Storm Ewan live: thousands without power as gusts hit Scotland",
            "By Amira Haddad",
        )
    )
    assert doc.meta.title == "Storm Ewan live: thousands without power as gusts hit Scotland"
    assert doc.meta.site_name is None


@pytest.mark.parametrize("by", ["by", "na", "par", "von"])
def test_metadata_skip_link_site_is_the_masthead_the_copyright_line_names(by):
    """The copyright line's owner after its language's "by" ("© 2026 na Hale Kukui", Wix's "by"
    translated; round AD golden haw-huahana-wix-playwright-inner-text-kiaha-koa-text) names the
    site where the masthead shows that name."""
    doc = metadata(
        _text(
            "Skip to Main Content",
            "Hale Kukui",
            "Home",
            "Shop",
            "Hand-carved koa bowl, small",
            "A koa bowl carved by hand in Hilo from a tree the wind brought down on the farm.",
            f"© 2026 {by} Hale Kukui. Powered and secured by Wix",
        )
    )
    assert doc.meta.site_name == "Hale Kukui"


def test_metadata_skip_link_headline_is_no_glued_menu_or_breadcrumb():
    """Under a skip link, menu items glued on one line and a breadcrumb are no headline.

    A w3m dump prints a menu bar on one line (golden pt-ao-vivo-enem-segundo-dia-w3m-dump-text,
    round X): every word capitalised, no sentence mark; a breadcrumb has its separator.
    """
    doc = metadata(
        _text(
            "Pular para o conteúdo",
            "☰ Menu Diário Paulista Assine Entrar",
            "Últimas Política Economia Educação Cidades Esportes",
            "Educação › Enem 2026 › Notícias",
            "AO VIVO",
            "Enem 2026 ao vivo: segundo dia de provas tem matemática",
            "Por Mariana Souza e Rafael Lima",
        )
    )
    assert doc.meta.title == "Enem 2026 ao vivo: segundo dia de provas tem matemática"


def test_metadata_skip_link_headline_is_no_row_of_tab_cells_or_slash_trail():
    """Under a skip link, a top bar's tab-split cells and a slash-split trail are no headline.

    A select-all copy of a service page (golden ku-sorani-xizmetguzari-select-all-pakkirdnewe-
    text) opens on a Sorani skip link ("بازدان بۆ ناوەڕۆک", `[words.skip_link]`), then a top
    bar (phone, hours, languages) whose cells the copy splits by tabs, the menu and a trail.
    """
    lines = [
        "بازدان بۆ ناوەڕۆک",
        "٠٧٥٠ ٤٤٤ ٢١٢١\tشەممە - پێنجشەممە: ٨ی بەیانی - ٦ی ئێوارە\tEnglish\tعربي",
        "ئاسۆ بۆ پاککردنەوە",
        "سەرەکی / خزمەتگوزارییەکان / پاککردنەوەی ماڵ",
        "خزمەتگوزاری پاککردنەوەی ماڵ و ئاپارتمان لە هەولێر",
    ]
    blocks = tuple(
        Block(text=" ".join(line.split()), origin=f"lines {i}-{i}")
        for i, line in enumerate(lines, start=1)
    )
    text = "\n".join(lines)
    doc = metadata(Document(raw=text, decoded=text, kind="text", blocks=blocks))
    assert doc.meta.title == "خزمەتگوزاری پاککردنەوەی ماڵ و ئاپارتمان لە هەولێر"


def test_metadata_text_scrape_opening_with_a_masthead_takes_the_headline_over_its_dateline():
    """A short first line over an article's head (headline, byline, dated line) is the masthead.

    get_text of a news page has no <title> line (goldens ko-riseutikeul-jeju-gyeoul-yeohaengji-
    gettext-strip-text, ar-tahqiq-tawil-sur-alazbakiya-iqtibasat-text, round X): the masthead
    is the site, the headline-shaped line over the dateline the title.
    """
    doc = metadata(
        _text(
            "Harbour Post",
            "News",
            "Sport",
            "Ferry fares to rise by a fifth from January",
            "By Ana Reyes",
            "24 November 2026",
            "The island's ferry operator will raise fares by 20 per cent from January, it said.",
        )
    )
    assert (doc.meta.title, doc.meta.site_name) == (
        "Ferry fares to rise by a fifth from January",
        "Harbour Post",
    )


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        # a dump's logo alt in brackets beside the login links (round AA golden
        # ug-xewer-w3m-dump-turpan-kishmish-text)
        (
            "[Harbour Post]   Log in | Register",
            ("Ferry fares to rise by a fifth from January", "Harbour Post"),
        ),
        # a <title> line opening with a bracketed kicker runs on: the title line's rules
        ("[Interview] Ferry fares to rise by a fifth from January - Harbour Post", None),
    ],
)
def test_metadata_dump_opening_with_a_bracketed_logo_takes_the_headline_over_its_dateline(
    first, expected
):
    """A w3m or lynx dump prints the masthead's logo as "[alt]": the site, not the title."""
    doc = metadata(
        _text(
            first,
            "News Sport Weather",
            "Ferry fares to rise by a fifth from January",
            "By Ana Reyes",
            "24 November 2026",
            "The island's ferry operator will raise fares by 20 per cent from January, it said.",
        )
    )
    if expected:
        assert (doc.meta.title, doc.meta.site_name) == expected
    else:
        assert doc.meta.site_name != "Interview"


@pytest.mark.parametrize(
    ("first", "title"),
    [
        # trafilatura's output leaves the headline out: the byline opens it (round AA golden
        # dv-blog-trafilatura-no-comments-gondudhoh-saafukurun-text)
        ("By Ana Reyes", None),
        ("ލިޔުނީ: މަރިޔަމް ޝާހިދާ", None),
        # a <title> line opening with "By" is a title
        (
            "By the Numbers: Ferry fares to rise by a fifth",
            "By the Numbers: Ferry fares to rise by a fifth",
        ),
    ],
)
def test_metadata_text_opening_with_its_byline_has_no_title_line(first, title):
    """A byline first line is an extractor's output without the headline: no title at all."""
    doc = metadata(
        _text(
            first,
            "24 November 2026",
            "The island's ferry operator will raise fares by 20 per cent from January, it said.",
            "Passengers on the morning crossing said the rise would hit commuters hardest.",
        )
    )
    assert doc.meta.title == title


@pytest.mark.parametrize(
    ("first", "footer", "site"),
    [
        # trafilatura's output keeps the footer's copyright line, all it shows of the site
        # (round AA golden dv-blog-trafilatura-no-comments-gondudhoh-saafukurun-text)
        ("ލިޔުނީ: މަރިޔަމް ޝާހިދާ", "© 2026 ރާޅު ދިރާސާ", "ރާޅު ދިރާސާ"),
        ("By Ana Reyes", "© 2026 Harbour Post. All rights reserved.", "Harbour Post"),
        # an owner in lower case is no name
        ("By Ana Reyes", "© 2026 all rights reserved", None),
        # under a title line the owner alone stays no site (it may be a company the page
        # does not show): the title line and the masthead name it
        ("Ferry fares to rise by a fifth", "© 2026 Harbour Media Group LLC", None),
    ],
)
def test_metadata_text_without_a_title_line_is_named_by_its_copyright_line(first, footer, site):
    """An extractor's output with no title line names its site by the copyright owner alone."""
    doc = metadata(
        _text(
            first,
            "24 November 2026",
            "The island's ferry operator will raise fares by 20 per cent from January, it said.",
            "Passengers on the morning crossing said the rise would hit commuters hardest.",
            footer,
        )
    )
    assert doc.meta.site_name == site


@pytest.mark.parametrize(
    ("logo", "expected"),
    [
        # the logo under the title line is the title's site part: the headline is the title
        ("Harbour Post", ("Ferry fares to rise by a fifth from January", "Harbour Post")),
        # a logo that is no part of the title line leaves the title to the title line's rules
        ("Harbour Times", None),
    ],
)
def test_metadata_title_that_is_the_logo_yields_to_the_headline_over_the_dateline(logo, expected):
    """A print page's <title> names the site and the page's kind, no headline.

    Golden pt-versao-impressao-imprimir-ponte-douro-text: "Jornal da Ribeira - Versão para
    impressão" over the logo "Jornal da Ribeira" gave the logo as the title.
    """
    doc = metadata(
        _text(
            "Harbour Post - Print version",
            logo,
            "Print",
            "Close window",
            "Ferry fares to rise by a fifth from January",
            "By Ana Reyes",
            "24 November 2026",
            "The island's ferry operator will raise fares by 20 per cent from January, it said.",
        )
    )
    if expected:
        assert (doc.meta.title, doc.meta.site_name) == expected
    else:
        assert doc.meta.title != "Ferry fares to rise by a fifth from January"


@pytest.mark.parametrize(
    "head",
    [
        # a relative date under a teaser (wcxb-dev-text 2972, a blog index)
        ["Ferry fares to rise by a fifth from January", "·5d ago·9 min read"],
        # a teaser printed twice
        [
            "Ferry fares to rise by a fifth from January",
            "24 November 2026",
            "Ferry fares to rise by a fifth from January",
        ],
    ],
)
def test_metadata_masthead_reading_needs_a_dated_headline_standing_once(head):
    """A short first line stays the title without a dated, once-printed headline under it."""
    doc = metadata(_text("Harbour Post", "News", *head, "More news"))
    assert doc.meta.title == "Harbour Post"


@pytest.mark.parametrize(("stars", "expected"), [("Oceniono 4 na 5", None), ("", "2026-11-02")])
def test_metadata_text_review_header_under_a_description_dates_no_page(stars, expected):
    """A dated review header next to its rating line under a product's text dates the review.

    Golden pl-produkt-woocommerce-html2text-lampka-biurkowa-text, round X: "Paweł – 2 listopada
    2026" next to "Oceniono 4 na 5" (pl `shop`) was taken as the page's date; without the rating
    line the same line still dates the page.
    """
    long = "Lumo 2 to druga wersja naszej lampki, która oświetla klawiaturę i kartkę obok. " * 3
    lines = [
        "Lampka biurkowa Lumo 2 | Świetlik.pl",
        "Opis",
        long,
        long,
        stars,
        "Paweł – 2 listopada 2026",
    ]
    doc = _text(*(line for line in lines if line))
    assert metadata(doc.evolve(lang="pl")).meta.date == expected


@pytest.mark.parametrize(
    ("headers", "lang", "expected"),
    [
        (("Bert VijnReviewed 17/06/2024", "David SayersReviewed 03/04/2024"), "en", None),
        (("**Marta K.** – 14 listopada 2026", "**Paweł** – 2 listopada 2026"), "pl", None),
        (("Bert VijnReviewed 17/06/2024",), "en", "2024-06-17"),
    ],
)
def test_metadata_text_two_name_and_date_headers_under_a_description_are_reviews(
    headers, lang, expected
):
    """Two lines of a name and a date alone under a product's text head customer reviews.

    wcxb-dev-text 4137 (a chess shop's category text, its reviews' "Bert VijnReviewed
    17/06/2024" taken as the page's date; no rating line beside them in the scrape). One such
    line alone may still be the story's byline with its date.
    """
    long = "The chess set is the classic design that players recognise in an instant. " * 3
    lines = ["Chess Sets - The Chess Co", "Chess Sets", long, long]
    for header in headers:
        lines += [header, "Lovely chess set, high quality, great detail."]
    assert metadata(_text(*lines).evolve(lang=lang)).meta.date == expected


def _long_scrape(*tail: str) -> Document:
    """A scrape whose story starts early and whose labelled date sits far below it."""
    story = "The garden club met on a cold morning and planted forty young trees along the river. "
    lines = [f"{story}{story}Paragraph {i} goes on about soil, roots and water." for i in range(30)]
    return _text("A page about gardens | Green Site", *lines, *tail)


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        (("Published August 13, 2025",), "2025-08-13"),
        (("Published", "Feb 2, 2023"), "2023-02-02"),
        (("Posted on April 13, 2023", "Posted on May 2, 2023"), None),
        (("Updated August 13, 2025",), None),
        (("August 13, 2025",), None),
    ],
)
def test_metadata_dates_a_scrape_by_its_one_labelled_date_anywhere(tail, expected):
    """A date labelled as published counts wherever it stands; two labelled dates are a list's."""
    assert metadata(_long_scrape(*tail)).meta.date == expected


@pytest.mark.parametrize(
    "lines",
    [
        ["Released", "21 Aug, 2012"],
        ["Release Date:", "21 Aug, 2012"],
        ["Erscheinungsdatum: 21.08.2012"],
    ],
)
def test_metadata_a_release_date_dates_no_text_scrape(lines):
    """A product's release date, labelled on its line or the one before, is no publication date."""
    doc = metadata(
        _text("Counter-Strike 2 on Steam", "Counter-Strike 2", "Valve", *lines, "A shooter.")
    )
    assert doc.meta.date is None


def test_metadata_a_date_field_below_the_story_dates_no_text_scrape():
    """A "Data:" field in a list of facts under the story is an event's date."""
    story = "Depois de uma digressão pela Galiza, a orquestra regressa a casa. " * 4
    doc = metadata(
        _text("Concerto | Agenda", "Concerto", story, "Data: 15 de março de 2025, às 21:30")
    )
    assert doc.meta.date is None


def test_metadata_released_on_the_dateline_itself_is_the_publication():
    """A "Released <date>" line under the headline dates the page; a lone "Released" does not."""
    doc = metadata(
        _text(
            "Climate and yields | Research Service",
            "Climate and yields",
            "Released Wednesday, March 2, 2022",
            "Yields fell.",
        )
    )
    assert doc.meta.date == "2022-03-02"


@pytest.mark.parametrize(
    ("under", "expected"),
    [
        (["Luke Kim", "December 17, 2025"], "2025-12-17"),
        (["Dec 17, 2025"], "2025-12-17"),
        (["Updated Dec 17, 2025"], None),
        (["Dec 17, 2025", "Jan 5, 2026"], None),
        (["Luke Kim", "Share", "Tweet", "Copy link", "December 17, 2025"], None),
    ],
)
def test_metadata_dates_a_page_by_the_blocks_under_a_headline_that_is_no_h1(under, expected):
    """The one date in the few blocks under the headline's block dates a page with no <h1>."""
    body = '<div class="title">Council votes to close the bridge</div>'
    title = "Council votes to close the bridge"
    # No og:type: a page that does not say it is an article (Yoast's "website" pages).
    doc = _html(f"<title>{title} | Daily Planet</title>", body)
    blocks = (Block("Menu"), Block(title, kind="heading"), *(Block(t) for t in under))
    doc = doc.evolve(blocks=(*blocks, Block("The council voted on Tuesday to close it.")))
    assert metadata(doc).meta.date == expected


def _reworded(*around: str) -> Document:
    """A scrape whose headline is worded apart from its title, with a footer date far below."""
    menu = [f"Menu item {i}" for i in range(20)]
    story = "Renting a car gives you the freedom to stop wherever the road looks good. " * 4
    return _text(
        "Need a Change? 7 Vital Tips to Hit the Road in a Rental Car | Drive Site",
        *menu,
        *around,
        *[story] * 10,
        "Offer ends March 1, 2026",
    )


@pytest.mark.parametrize(
    ("around", "expected"),
    [
        (("Travel desk by Ann Lee, September 8, 2021", "7 Vital Tips on How to Rent a Car"), None),
        (
            (
                "Travel desk by Ann Lee, September 8, 2021",
                "Need a Change? 7 Vital Tips to Rent a Car",
            ),
            "2021-09-08",
        ),
        (
            (
                "Sponsor of the week, September 9, 2021",
                "Travel desk by Ann Lee, September 8, 2021",
                "Need a Change? 7 Vital Tips to Rent a Car",
            ),
            None,
        ),
    ],
)
def test_metadata_dates_a_scrape_beside_its_reworded_headline(around, expected):
    """The one date beside the line that repeats most of the title dates the scrape."""
    assert metadata(_reworded(*around)).meta.date == expected


def test_metadata_site_name_keeps_no_separator_mark():
    """og:site_name written with a separator ("| Daily Planet") is the bare name."""
    head = '<meta property="og:site_name" content="| Daily Planet"><title>Bridge shut</title>'
    doc = metadata(_html(head, "<h1>Bridge shut</h1><p>Text.</p>"))
    assert doc.meta.site_name == "Daily Planet"


def test_metadata_text_title_keeps_french_quote_and_colon():
    """A French scrape's title keeps its spaced colon and guillemets; the site has no mark."""
    doc = metadata(
        _text(
            "Glaciers : « Nous aurons perdu la glace avant 2050 » | Le Journal des Alpes",
            "Le Journal des Alpes",
            "Glaciers : « Nous aurons perdu la glace avant 2050 »",
            "La glaciologue répond à nos questions sur la fonte des glaciers alpins cet été.",
        )
    )
    assert doc.meta.title == "Glaciers : « Nous aurons perdu la glace avant 2050 »"
    assert doc.meta.site_name == "Le Journal des Alpes"


def test_metadata_takes_the_logo_line_ending_the_title_site_part() -> None:
    """A title part running on into the logo line names a part of the site (its help centre)."""
    doc = metadata(
        _text(
            "Zoznam zmien | Pomocník Faktúrka",
            "Faktúrka",
            "Funkcie",
            "Zoznam zmien",
            "Tu nájdete prehľad noviniek vo webovej aj mobilnej aplikácii.",
            "© 2026 Faktúrka",
        )
    )
    assert doc.meta.site_name == "Faktúrka"


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        # Blogger: the blog's name first, og:title the post's title, a logo link home.
        (
            '<meta property="og:title" content="Lamps on the village pond">',
            (
                "<h1><a href='https://blog.example/'>Village Diary</a></h1><h3>Lamps on the"
                " village pond</h3><p>We went home for the full moon this year.</p>"
            ),
            ("Lamps on the village pond", "Village Diary"),
        ),
        # DSpace: no og:title; the title shown in the metadata table, the breadcrumb root home.
        (
            "",
            (
                '<ol><li><a href="/">Village Diary</a></li></ol><table><tr><td>Title:'
                "</td><td>Lamps on the village pond</td></tr></table><p>Abstract text here.</p>"
            ),
            ("Lamps on the village pond", "Village Diary"),
        ),
        # A kicker linking to its section is no site: the title stays whole.
        (
            '<meta property="og:title" content="Lamps on the village pond">',
            "<a href='/opinion/'>Village Diary</a><h1>Lamps on the village pond</h1><p>Text.</p>",
            ("Lamps on the village pond", None),
        ),
    ],
)
def test_metadata_reads_a_site_name_prefix_linked_home(head, body, expected) -> None:
    """A "Site: Headline" <title> gives its site where a link to the site's root shows it."""
    doc = metadata(_html(f"<title>Village Diary: Lamps on the village pond</title>{head}", body))
    assert (doc.meta.title, doc.meta.site_name) == expected


def test_metadata_dates_a_thread_by_its_declared_first_post():
    """A forum posting's declared date stands over a date in its opening post's words."""
    head = (
        '<script type="application/ld+json">{"@type": "DiscussionForumPosting",'
        ' "headline": "Vanilla goes closed", "dateCreated": "2025-03-01 16:35:52"}</script>'
    )
    body = "<h1>Vanilla goes closed</h1><p>On 2 Dec 2024, I received this message.</p>"
    assert metadata(_html(head, body)).meta.date == "2025-03-01"


def _thread(*stamps: str) -> str:
    posts = "".join(
        f'<div class="post"><time datetime="{s}">1 year ago</time><p>Reply {n}.</p></div>'
        for n, s in enumerate(stamps)
    )
    return f"<h1>Rust project goals</h1>{posts}"


@pytest.mark.parametrize(
    ("stamps", "expected"),
    [
        # Oldest first: the opening post's time dates the thread.
        (("2024-08-12T10:00", "2024-08-12T17:22", "2024-08-13T01:09"), "2024-08-12"),
        # Newest first, or in no order: a feed of teasers, no date.
        (("2026-03-07T10:44", "2026-03-06T16:10", "2026-03-08T08:20"), None),
    ],
)
def test_metadata_dates_a_thread_by_its_first_time(stamps, expected):
    """A page whose `<time>`s run oldest first is a thread, dated by the first one."""
    assert metadata(_html("<title>Rust project goals</title>", _thread(*stamps))).meta.date == (
        expected
    )


@pytest.mark.parametrize(
    ("below", "expected"),
    [
        ("Posted April 18, 2024  (edited)", "2024-04-18"),
        ("2019-02-23, 09:14 PM  (This post was last modified: 2024-01-05 by Sky.)", "2019-02-23"),
        # The date inside the first post's words is no post header.
        ("The final version comes out in a week's time, around 25th April 2024.", None),
    ],
)
def test_metadata_dates_a_text_thread_by_the_line_under_its_lone_first_post_mark(below, expected):
    """A lone "#1" line (Invision, MyBB) has its post's date on the line under it."""
    doc = _text(
        "Pros and cons of a travel agent - Cruise Forum",
        "thanosmano",
        "Members",
        "#1",
        below,
        "Just thought I would make an updated thread to discuss the pros and cons of using an "
        "agent to book your cruise, since the last one is years old and things have changed.",
    )
    assert metadata(doc).meta.date == expected


def test_metadata_dates_a_phpbb_thread_by_its_first_post_header():
    """phpBB's "by <user> » <date>" header of the first post dates the thread, not a reply's."""
    posts = "".join(
        f'<div class="post"><p class="author">by <a href="/u/{n}">{n}</a> » {d}</p>'
        f"<div>Reply text.</div></div>"
        for n, d in (
            ("Outer", "Tue Aug 27, 2019 1:47 am"),
            ("Minoa", "Wed Aug 28, 2019 5:58 am"),
        )
    )
    body = f"<h1>Football season</h1>{posts}"
    assert metadata(_html("<title>Football season</title>", body)).meta.date == "2019-08-27"


def test_metadata_leaves_related_news_dates_under_a_short_paragraphed_story_out():
    """Two kept body paragraphs end the head, even short ones: dates under them are teasers'."""
    doc = _text(
        "Old bathhouse reopens after restoration | City News",
        "Society",
        "25 November 2026, 14:20",
        "Old bathhouse reopens after restoration",
        "The 120-year-old bathhouse in the historic centre reopened to visitors on Tuesday "
        "after two years of restoration work, the city's press office said in a statement.",
        "The city administration said the domes, the brick walls and the old water channels "
        "were restored with the original techniques and materials.",
        "Related news",
        "23 November 2026",
        "New school building goes up in the north",
        "22 November 2026",
        "Train timetable to the capital changes",
    )
    assert metadata(doc).meta.date == "2026-11-25"


@pytest.mark.parametrize(
    ("created", "expected"),
    [
        ("created Feb 3", "2024-02-03"),  # the day from the topic map, the year from the header
        ("created Feb 3, 2023", "2023-02-03"),  # a full date stands as it is
        ("created Mar 3", None),  # another month than the header's: no year to give it
    ],
)
def test_metadata_dates_a_discourse_topic_by_its_topic_map(created, expected):
    """Discourse shows "Feb 2024" over the first post and "created Feb 3" in its topic map."""
    doc = _text(
        "Zigbee stick not found after moving hosts - Integrations - Hub Community",
        "marta_k",
        "Feb 2024",
        "I moved my setup from a Raspberry Pi to an old NUC over the weekend and restored the "
        "backup; the one thing that did not come back is the Zigbee coordinator.",
        created,
        "last reply Feb 4",
        "4 replies",
    )
    assert metadata(doc).meta.date == expected


def test_metadata_reads_the_date_opening_a_long_posted_on_line():
    """WordPress's "Posted on <date><date> in <categories>" line, long with its categories."""
    cats = ", ".join(f"Category number {n}" for n in range(12))
    doc = _text(
        "Nutritional Myths Debunked - Logan University",
        "Nutritional Myths Debunked",
        f"Posted on November 25, 2024December 3, 2024 in {cats}",
        "In the ever-evolving field of nutrition, separating fact from fiction is crucial for "
        "maintaining a healthy diet. Numerous nutrition myths have been circulating for years, "
        "and some of them keep coming back in new forms every season.",
    )
    assert metadata(doc).meta.date == "2024-11-25"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Join us for the book launch online on 19th June 2022", None),
        ("By Ann Lee · 19 June 2022", "2022-06-19"),
    ],
)
def test_metadata_reads_no_date_from_prose_under_the_headline(line, expected):
    """A date in a sentence under the headline is an event's; a byline's date is the page's."""
    body = f"<h1>Library</h1><p>{line}</p><p>Books for everyone.</p>"
    assert metadata(_html("<title>Library</title>", body)).meta.date == expected


@pytest.mark.parametrize(
    ("related", "expected"),
    [
        ((), "2024-04-08"),
        # Related posts signed and dated apart: a list, no date.
        (("Written by Emily Walker", "July 7, 2025"), None),
    ],
)
def test_metadata_dates_a_scrape_by_its_signed_author_box(related, expected):
    """A "Written by <name>" line over a date line at the foot of a post dates it."""
    doc = _text(
        "How apps are made: a guide to mobile app development",
        *(
            f"Stage {n}: mobile apps are everywhere, and the way they are made has changed a "
            "lot over the last ten years; this guide walks through every stage from the idea "
            "to the store release, with what each one costs and how long it takes."
            for n in range(6)
        ),
        "Written by Moses Kim and Kate Shokurova",
        "April 8, 2024",
        *related,
    )
    assert metadata(doc).meta.date == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (("August 12, 2025  By  The Diggs Team",), "2025-08-12"),
        (("August 12, 2025 | by Ann Lee",), "2025-08-12"),
        # A date then prose, not a name: no signature.
        (("August 12, 2025 by the river we met again",), None),
        # Related posts signed and dated apart: a list, no date.
        (("August 12, 2025 By Ann Lee", "July 7, 2025 By Tom Reed"), None),
    ],
)
def test_metadata_dates_a_scrape_by_a_signed_date_line(lines, expected):
    """A "<date> By <name>" meta line at the foot of a post dates it, when it is the only one."""
    doc = _text(
        "Puppy obedience training: how to train your new puppy",
        *(
            f"Step {n}: training a puppy takes patience, and the first weeks at home shape "
            "how it behaves for years; this guide walks through sitting, staying and walking "
            "on a lead, with what each lesson needs and how long it takes to learn."
            for n in range(6)
        ),
        *lines,
    )
    assert metadata(doc).meta.date == expected


def test_metadata_finds_a_scrape_headline_written_with_typographic_quotes():
    """The headline line matches the title line though it curls its apostrophe, and dates it."""
    doc = _text(
        "Budget Traveler's Guide To Travel Insurance - Budget Travel With Gabby",
        "Home",
        "Budget Traveler’s Guide To Travel Insurance",
        # The post's date and its change date, glued as a scrape joins inline elements.
        "On January 12, 2025January 22, 2025 By Gabby BoucherIn Budget Travel, Budget Travel "
        "Guides, Travel Resources, Travel Tips",
        *(
            f"Part {n}: travel insurance pays for the trip you could not take, the doctor you "
            "had to see abroad and the bag the airline lost; this guide says what a cheap "
            "policy covers, what it leaves out and how to claim when something goes wrong."
            for n in range(6)
        ),
        "Related: packing light",
        "March 3, 2024",
    )
    assert metadata(doc).meta.date == "2025-01-12"


def test_metadata_reads_the_date_of_a_signed_author_box_far_from_the_headline():
    """An HTML "Written by <names>" box over its date, at the foot of a long post, dates it."""
    paragraphs = "".join(
        f"<p>Step {n} of making an app, explained at length.</p>" for n in range(40)
    )
    body = (
        f"<h1>How apps are made</h1>{paragraphs}"
        '<div class="author-box"><span>Written by</span> <a href="/a">Moses Kim</a>'
        "<span>April 8, 2024</span></div>"
    )
    assert metadata(_html("<title>How apps are made</title>", body)).meta.date == "2024-04-08"


def test_metadata_text_site_is_the_title_part_standing_as_a_line() -> None:
    """The title line's last part printed alone under the menus is the site, not the headline."""
    doc = metadata(
        _text(
            "Odò Aláràn - Ìwé Ìmọ̀ Yorùbá",
            "Lọ sí ìtọ́sọ́nà",
            "Lọ sí àwárí",
            "Ìwé Ìmọ̀ Yorùbá",
            "Odò Aláràn",
            "Láti Ìwé Ìmọ̀ Yorùbá, ìwé ìmọ̀ ọ̀fẹ́",
            "Odò Aláràn jẹ́ odò kan ní apá gúúsù ìwọ̀-oòrùn Nàìjíríà, ó sì dà sínú Odò Ògùn.",
        )
    )
    assert (doc.meta.title, doc.meta.site_name) == ("Odò Aláràn", "Ìwé Ìmọ̀ Yorùbá")


def test_metadata_text_site_is_the_title_part_a_copyright_line_names() -> None:
    """A copyright line naming the title's last part makes that part the site."""
    doc = metadata(
        _text(
            "Harbour ferry fares rise again - Coastline Courier",
            "Menu",
            "Harbour ferry fares rise again",
            "Fares on the harbour ferry rise by ten per cent from March, the operator said.",
            "© 2025 Coastline Courier. All rights reserved.",
        )
    )
    assert doc.meta.site_name == "Coastline Courier"


def test_metadata_text_site_reads_a_caseless_logo_line() -> None:
    """A logo line in a script without case (CJK) names the site like a capitalised one."""
    doc = metadata(
        _text(
            "東京の桜が満開に",
            "桜ニュース",
            "東京の桜が満開に",
            "東京都心の桜が今日満開になったと気象庁が発表しました。",
            "桜ニュース",
        )
    )
    assert doc.meta.site_name == "桜ニュース"


@pytest.mark.parametrize(
    ("logo", "site"),
    [
        # Georgian's Mkhedruli has capitals in Unicode that the language does not write
        # (golden ka-ragbi-matchis-mimokhilva-w3m-dump-text).
        ("სპორტული კურიერი", "სპორტული კურიერი"),
        # a lower-case line in a cased script is a menu entry
        ("sportske vijesti", None),
    ],
)
def test_metadata_text_site_reads_a_georgian_logo_line(logo: str, site: str | None) -> None:
    """A Georgian logo line names the site as a capitalised one does; a lower-case one does not."""
    doc = metadata(
        _text(
            "ბორჯღალოსნებმა იტალია თბილისში 28:19 დაამარცხეს",
            logo,
            "ბორჯღალოსნებმა იტალია თბილისში 28:19 დაამარცხეს",
            "საქართველოს ნაკრებმა შემოდგომის სერიის ბოლო მატჩში იტალია 28:19 დაამარცხა.",
            f"© 2026 {logo}",
        )
    )
    assert doc.meta.site_name == site


def test_metadata_text_site_is_not_the_title_slogan() -> None:
    """A slogan after the brand on a home page's title line is not the site's name."""
    doc = metadata(
        _text(
            "Quarry Code - The open source code editor for teams",
            "Quarry Code",
            "Docs",
            "The open source code editor for teams",
            "Quarry Code is free and runs everywhere; download it for your system today.",
            "© 2025 Quarry Code",
        )
    )
    assert doc.meta.site_name == "Quarry Code"


@pytest.mark.parametrize(
    ("title_line", "logo", "expected"),
    [
        # a logo of a few words that opens the title's part names the site without the tail
        (
            "Handmill KASANE | Coffee Tools Mametoki Online Store",
            "Coffee Tools Mametoki",
            "Coffee Tools Mametoki",
        ),
        # a one-word logo line is as often the brand of a blog or a menu entry
        ("How we cut invoice time | Ledgerly Blog", "Ledgerly", "Ledgerly Blog"),
    ],
)
def test_metadata_takes_the_logo_line_that_opens_the_titles_site_part(
    title_line: str, logo: str, expected: str
):
    """A scrape's logo line that opens the title's site part is the site's name (golden ja-...)."""
    doc = metadata(_text(title_line, logo, "A paragraph of the page body, long enough to count."))
    assert doc.meta.site_name == expected


_BODY = "A paragraph of the page body, long enough to count as the story's opening."


@pytest.mark.parametrize(
    ("title_line", "lines", "expected"),
    [
        # the logo near the top prints the name; ", OH" is where the county is
        (
            "Warming Centers Open | Harlow County, OH",
            ("Skip to main content", "Select Language", "Harlow County", "Residents"),
            "Harlow County",
        ),
        # a name with a comma of its own, printed whole as a line
        (
            "Book Beat | Smart Bitches, Trashy Books",
            ("Smart Bitches, Trashy Books", "Smart Bitches"),
            "Smart Bitches, Trashy Books",
        ),
        # a one-word name stays whole: a menu entry as often as a logo
        ("Warming Centers Open | Harlow, OH", ("Harlow", "Residents"), "Harlow, OH"),
    ],
)
def test_metadata_takes_the_logo_name_of_a_name_comma_place_site_part(
    title_line: str, lines: tuple[str, ...], expected: str
):
    """ "Name, Place" as the title's site part is the logo's name (golden en-county-press-...)."""
    doc = metadata(_text(title_line, *lines, _BODY))
    assert doc.meta.site_name == expected


def test_metadata_leaves_a_name_comma_place_site_part_whose_logo_is_far_down() -> None:
    """A line printing the name deep in the scrape (a footer, a comparison) is no logo."""
    menu = tuple(f"Menu entry {n}" for n in range(30))
    doc = metadata(_text("Warming Centers Open | Harlow County, OH", *menu, "Harlow County", _BODY))
    assert doc.meta.site_name == "Harlow County, OH"


@pytest.mark.parametrize(
    ("instant", "shown", "expected"),
    [
        # 22:30 UTC is past midnight east of Greenwich: the byline's local day
        ("2026-11-25T22:30:00+00:00", "26 November 2026", "2026-11-26"),
        # a day no zone reaches from 08:00 UTC stays the declared one
        ("2026-11-25T08:00:00+00:00", "26 November 2026", "2026-11-25"),
        # an instant with its own offset is read as declared
        ("2026-11-25T22:30:00-05:00", "26 November 2026", "2026-11-25"),
    ],
)
def test_metadata_dates_a_utc_instant_by_the_local_day_under_the_headline(
    instant: str, shown: str, expected: str
):
    """A declared UTC instant whose local day the byline shows is dated by that day."""
    head = f'<meta property="article:published_time" content="{instant}">'
    body = f"<h1>Olive harvest ends</h1><p>{shown}</p><p>The harvest ended early this year.</p>"
    assert metadata(_html(head, body)).meta.date == expected


@pytest.mark.parametrize(
    ("title", "home", "expected"),
    [
        # Sphinx in Thai: "documentation <project> <version>"; the home link shows the project
        ("การตัดคำ &mdash; เอกสาร Salaeng 2.4", "Salaeng", "Salaeng"),
        ("Quickstart &mdash; Quarry 5.6.2 documentation", "Quarry", "Quarry"),
        # the page shows the whole part: it is the site's own name
        (
            "Quickstart &mdash; Quarry 5.6.2 documentation",
            "Quarry 5.6.2 documentation",
            "Quarry 5.6.2 documentation",
        ),
        # no run before the version is shown: the part stays
        ("Quickstart &mdash; Quarry 5.6.2 documentation", "Home", "Quarry 5.6.2 documentation"),
    ],
)
def test_metadata_names_a_docs_site_by_the_project_before_its_version(
    title: str, home: str, expected: str
) -> None:
    """A title part "<project> <version> documentation" is the project's where it is shown."""
    doc = metadata(
        _html(
            f"<title>{title}</title>",
            f'<nav><a href="../index.html">{home}</a></nav>'
            f"<h1>{title.split(' &mdash; ', maxsplit=1)[0]}</h1><p>Body text of the page.</p>",
        )
    )
    assert doc.meta.site_name == expected


@pytest.mark.parametrize(
    ("title_line", "logo", "expected"),
    [
        # the brand over a tagline of many words, its logo line right under the title line
        ("Ledgerly – billing and accounts software for small shops", "Ledgerly", "Ledgerly"),
        # a short site part is a name: the headline printed under the title is no logo
        ("Council votes to close it – Daily Planet", "Council votes to close it", "Daily Planet"),
    ],
)
def test_metadata_names_a_brand_and_tagline_home_page_by_its_brand(
    title_line: str, logo: str, expected: str
) -> None:
    """ "Brand – tagline" over the logo "Brand" is the brand's site (golden hi-saas-...)."""
    doc = metadata(_text(title_line, logo, "Features", "Prices", _BODY))
    assert doc.meta.site_name == expected


_BRIDGE = (
    "The council voted on Tuesday to keep the old bridge open for buses, walkers and cyclists,"
    " after a long debate that ran well into the night and left few people happy."
)


@pytest.mark.parametrize(
    ("under_headline", "date"),
    [
        (("Jane Walker", "30 January 2025"), "2025-01-30"),
        # Two dates under the headline are a list's still: none.
        (("30 January 2025", "A teaser on buses", "2 February 2025"), None),
    ],
)
def test_scrape_dateline_under_a_headline_below_dated_menu_teasers(under_headline, date):
    """A menu's dated teasers over the headline do not make the story's own dateline a list's:
    the head is read again from the headline on (wcxb-dev-text 0270)."""
    doc = _text(
        "Buses keep the old bridge | Town Crier",
        "A teaser on roads",
        "December 19, 2025",
        "A teaser on rail",
        "December 17, 2025",
        "Buses keep the old bridge",
        *under_headline,
        _BRIDGE,
        _BRIDGE,
        _BRIDGE,
    )
    assert metadata(doc).meta.date == date


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("Published Time: 2026-11-20T10:15:00+02:00", "2026-11-20"),
        ("Published Time: 2026-11-20", "2026-11-20"),
        ("Published Time: 2026-13-40T10:15:00Z", "2026-12-13"),  # no date: the body's line
        ("URL Source: https://e.example/2026-11-20", "2026-12-13"),
    ],
)
def test_metadata_text_reader_header_published_time_is_the_date(published, expected):
    """A reader service's "Published Time:" header dates the page, not a date line of the body.

    Golden uk-podiia-reader-markdown-orhannyi-kontsert-text (round Y): an event page whose bold
    "13 грудня 2026" line, the concert's day, was taken as the page's date; the header (which
    text_forms takes out as "markdown_header") carries the page's article:published_time.
    """
    header = Block(text=published).drop("markdown_header")
    doc = _text(
        "Organ night by candlelight | Events | City Culture",
        "Organ night by candlelight",
        "13 December 2026, Sunday, 19:00",
        "The organ hall will be lit by candles alone on the eve of the holidays. " * 3,
    )
    doc = doc.evolve(blocks=(*doc.blocks, header), lang="en")
    assert metadata(doc).meta.date == expected


@pytest.mark.parametrize(
    "code",
    [
        ["window.dataLayer = window.dataLayer || [];", "gtag('config', 'G-7XK2PLM9QW');"],
        ["function gtag(){dataLayer.push(arguments);}"],
        ["}"],
    ],
)
def test_metadata_text_script_lines_before_the_title_line_are_passed_over(code):
    """get_text() keeps a head's script code above the `<title>` line: no title, no site.

    Golden hr-usporedba-gettext-robotski-usisavaci-text (round Y) took "window.dataLayer =
    window.dataLayer || [];" as its title and found no site name.
    """
    doc = _text(
        *code,
        "Robot vacuums under 400 euros compared | Tehnoklik",
        "Robot vacuums under 400 euros compared",
        "We tested three popular models in the same flat for three weeks. " * 3,
    )
    meta = metadata(doc.evolve(lang="en")).meta
    assert (meta.title, meta.site_name) == ("Robot vacuums under 400 euros compared", "Tehnoklik")


@pytest.mark.parametrize(
    ("head", "footer", "site"),
    [
        # w3m's masthead shares its line with the menu (golden
        # pt-ao-vivo-enem-segundo-dia-w3m-dump-text, round X)
        (
            "☰ Menu  Diário Paulista      Assine  Entrar",
            "© 2026 Diário Paulista. Todos os direitos reservados.",
            "Diário Paulista",
        ),
        # the logo's alt on a line of its own, the footer's owner with a tagline (golden
        # pl-produkt-woocommerce-html2text-lampka-biurkowa-text)
        (
            "Świetlik.pl",
            "© 2026 Świetlik.pl – Oświetlenie LED. Wszelkie prawa zastrzeżone.",
            "Świetlik.pl",
        ),
        # the owner's legal form is not on the logo (golden
        # hu-termek-beautifulsoup-gettext-ontottvas-serpenyo-text)
        ("Konyhaguru", "© 2026 Konyhaguru Kft.", "Konyhaguru"),
        # a copyright owner the head does not show names no site
        ("Menu", "© 2026 Diário Paulista. Todos os direitos reservados.", None),
        # a head that shows a name no copyright line owns names none either
        ("The Northern Ledger", "Todos os direitos reservados.", None),
    ],
)
def test_metadata_text_site_under_a_skip_link_is_the_copyright_owner_the_head_shows(
    head: str, footer: str, site: str | None
) -> None:
    """Under a skip link no title line names the site: the copyright owner the masthead shows.

    Round X's skip-link scrapes (pt-ao-vivo-*, pl-produkt-*, tr-hizmet-*) had no site name: the
    masthead is a logo's alt or a piece of a menu line, and the footer's copyright line names
    the same owner.
    """
    doc = metadata(
        _text(
            "Pular para o conteúdo",
            head,
            "Últimas  Política  Economia",
            "Enem 2026 ao vivo: segundo dia de provas tem matemática",
            "Por Mariana Souza e Rafael Lima",
            "Os portões foram fechados às 13h em todo o país, e os candidatos entraram a tempo.",
            footer,
        )
    )
    assert doc.meta.title == "Enem 2026 ao vivo: segundo dia de provas tem matemática"
    assert doc.meta.site_name == site


def test_metadata_text_site_under_a_headline_title_line_is_the_copyright_owner_shown() -> None:
    """A title line that is the headline alone names no site: the masthead and footer do.

    Round X goldens pl-produkt-* (a reader service's markdown: the logo's alt "Świetlik.pl")
    and tr-hizmet-* (a lynx dump: "[4]Boğaziçi Nakliyat"), whose footers print the owner.
    """
    doc = metadata(
        _text(
            "İstanbul Evden Eve Nakliyat",
            "İçeriğe geç",
            "☎ 0216 555 48 20 | Pzt–Cmt 08:00–20:00",
            "Boğaziçi Nakliyat",
            "Ana Sayfa",
            "İstanbul Evden Eve Nakliyat",
            "Taşınma gününden önce eksperimiz evinize gelir ve eşyaları listeler.",
            "© 2026 Boğaziçi Nakliyat. Tüm hakları saklıdır.",
        )
    )
    assert doc.meta.site_name == "Boğaziçi Nakliyat"


@pytest.mark.parametrize(
    ("footer", "expected"),
    [
        (("August 12, 2025  By  The Diggs Team",), "2025-08-12"),
        # Related posts each signed with their own date: a list, no date.
        (("August 12, 2025 By Ann Lee", "July 7, 2025 By Tom Reed"), None),
        # A date then prose, not a name: no signature.
        (("August 12, 2025 by the river we met again",), None),
    ],
)
def test_metadata_dates_an_html_page_by_its_signed_footer_line(footer, expected):
    """A post with no `<h1>` is dated by the "<date> By <name>" line at its foot (wcxb-dev 4596)."""
    paragraphs = [
        f"Step {n}: a puppy learns to sit, stay and walk on a lead over its first weeks at home."
        for n in range(6)
    ]
    body = "".join(f"<p>{p}</p>" for p in [*paragraphs, *footer])
    html = f"<html><head><title>Puppy training</title></head><body>{body}</body></html>"
    doc = Document(
        raw=html,
        decoded=html,
        kind="html",
        tree=parse_html(html),
        blocks=tuple(Block(text=t) for t in [*paragraphs, *footer]),
    )
    assert metadata(doc).meta.date == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # A CMS's prefix before a publication-date meta name (wcxb-dev 0237).
        ("w-published-date", "2025-05-27"),
        ("site_publish_date", "2025-05-27"),
        # A record's field, no publication label: left out (wcxb-dev 4618, 4649).
        ("published_at", None),
        ("x-published-dates", None),
    ],
)
def test_metadata_reads_a_prefixed_publication_date_meta(name, expected):
    """A meta name ending in "-published-date" declares the publication date as the plain one."""
    head = f'<meta name="{name}" content="2025-05-27T06:03:43.274Z">'
    assert metadata(_html(head, "<h1>Headline</h1><p>Text.</p>")).meta.date == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("November 28, 2025/Living Healthy/Wellness", "2025-11-28"),
        ("March 20, 2023  |  Wellness & Prevention", "2023-03-20"),
        # Prose after the date, or a long trail of sections: no dateline.
        ("March 20, 2023 | by the river we met again", None),
        ("March 20, 2023 | Wellness | Prevention | Food | Sleep", None),
    ],
)
def test_metadata_reads_a_text_dateline_filed_under_its_section_trail(line, expected):
    """A date opening a line over its sections dates the reworded headline under it (0027)."""
    doc = _text(
        "How To Meditate Properly and Effectively",
        "Find a Provider",
        "Make an Appointment",
        "Advertisement",
        line,
        "What Meditation Can Do for You",
        *(
            f"Part {n}: meditation asks for a few quiet minutes a day; breathing slowly and "
            "noticing where the mind wanders is the whole of the first lesson, and the rest "
            "of this guide says how to keep at it when a busy week gets in the way."
            for n in range(6)
        ),
        "Related: March 3, 2024",
        "Related: April 9, 2024",
    )
    assert metadata(doc).meta.date == expected


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        # "Last Updated" and "on" in elements of their own: still an update, no date.
        ("<span>Last Updated</span> <span>on</span>", None),
        ("<span>Updated</span> <span>·</span>", None),
        ("<span>Published</span> <span>on</span>", "2026-02-27"),
        ("<span>By Gene Petrino</span> <span>on</span>", "2026-02-27"),
    ],
)
def test_metadata_reads_an_update_label_split_over_elements(label, expected):
    """A label split over two elements before the header's date still labels it (wcxb-dev 4601)."""
    body = (
        "<h1>The best home security cameras</h1>"
        f'<div class="meta">{label} <span class="date">Feb 27, 2026</span></div>'
        "<p>Cameras watch the door and the yard; this guide compares twelve of them.</p>"
    )
    doc = metadata(_html("<title>The best home security cameras</title>", body))
    assert doc.meta.date == expected


@pytest.mark.parametrize(
    ("title_line", "expected"),
    [
        # a one-letter <title> is a placeholder: the headline under it is the title
        ("A", "Choosing pipe material: what is the difference?"),
        # a title line of words stays the title line
        ("Plumbing Guides", "Plumbing Guides"),
    ],
)
def test_metadata_text_placeholder_title_line_yields_to_the_headline(title_line, expected):
    """A `<title>` of one letter shares no word with any line: no candidate held the headline.

    wcxb-dev-text 0255 ("A" over "Choosing Plumbing Material: What's the Difference?") took
    the menu's "Contact Us".
    """
    doc = metadata(
        _text(
            title_line,
            "Choosing pipe material: what is the difference?",
            "Contact Us",
            "Products",
            "Copper, PEX and CPVC each suit some homes better than others, and the choice "
            "depends on the water, the climate and the budget of the house in question.",
        )
    )
    assert doc.meta.title == expected
    assert not doc.blocks[0].kept


_POST = tuple(
    f"Part {n}: nutrition advice changes as research moves on; some of what we were told about "
    "fat, fruit and late meals no longer holds, and this part says what the studies now find "
    "and how to eat well on a budget without counting every calorie."
    for n in range(6)
)


@pytest.mark.parametrize(
    ("footer", "expected"),
    [
        # Squarespace's meta line glues writer, date and tags; a share line may stand between
        # it and the pager, whose neighbours carry dates of their own (wcxb-dev-text 4126, 4662).
        (
            (
                "Stef KeeganAugust 5, 2024",
                "Facebook0  Twitter  0 Likes",
                "Previous",
                "Antioxidants: what are they?",
                "Stef KeeganAugust 19, 2024",
                "Next",
                "What to Know About Cholesterol",
                "Stef KeeganJune 24, 2024",
            ),
            "2024-08-05",
        ),
        (("May 3, 2025", "← Older post", "Spring planting", "Newer post →"), "2025-05-03"),
        # One pager word alone is a listing's pagination: its last teaser dates no page.
        (("Teaser two", "June 24, 2024", "Next", "Contact us", "Imprint"), None),
        # The line over the pager holds two dates, or an update's: no date.
        (("June 3, 2024 - June 9, 2024", "Previous", "A neighbour", "Next"), None),
        (("Updated June 3, 2024", "Previous", "A neighbour", "Next"), None),
    ],
)
def test_metadata_dates_a_scrape_by_the_meta_line_over_its_post_pager(footer, expected):
    """The one date on the line right over a "Previous" / "Next" pair dates an undated post."""
    doc = _text("Outdated Nutrition Facts Debunked | Healthy Meals", *_POST, *footer)
    assert metadata(doc).meta.date == expected


def test_metadata_finds_a_scrape_headline_past_a_long_menu():
    """A headline and its dateline under 500 menu lines still date the scrape (wcxb-dev-text 4809)."""
    menu = [f"Robot model {n}" for n in range(500)]
    doc = _text(
        "How Do Vacuum Robots with Mapping Navigate? | Robot Shop",
        *menu,
        "How Do Vacuum Robots with Mapping Navigate?",
        "2024-11-06",
        *_POST,
    )
    assert metadata(doc).meta.date == "2024-11-06"


def _wrapped(*lines: str) -> Document:
    """A scrape whose first block is wrapped over two lines, as pandoc and w3m print one."""
    blocks = [Block(text=" ".join(lines[0].split("\n")), origin="lines 1-2")]
    text = "\n\n".join(lines)
    start = 4
    for line in lines[1:]:
        blocks.append(Block(text=line, origin=f"lines {start}-{start}"))
        start += 2
    return Document(raw=text, decoded=text, kind="text", blocks=tuple(blocks))


BANNER = (
    "We use cookies to make this website work better. You can accept them\n"
    "all or only use the essential ones."
)


def test_metadata_a_wrapped_paragraph_of_sentences_first_is_no_title():
    """A cookie banner wrapped over lines is no <title>: the line over the body's first paragraph is.

    A whole-page `pandoc -t plain` opens with the banner (round AA golden
    gd-seirbheis-pandoc-plain-tabhartas-teasachaidh-text): its buttons' line is headline-shaped,
    the three-word heading over the body is the title, and the bracketed logo with the
    copyright line name the site.
    """
    body = (
        "Households on a low income can get a one-off grant of up to 450 pounds towards the"
        " cost of heating their home this winter. The scheme is open from December to the end"
        " of February."
    )
    doc = metadata(
        _wrapped(
            BANNER,
            "Accept all cookies Essential cookies only",
            "[Highland Energy]",
            "- Home",
            "Winter Heating Grant",
            body,
            "© 2026 Highland Energy. Registered charity SC051234.",
        )
    )
    assert doc.meta.title == "Winter Heating Grant"
    assert doc.meta.site_name == "Highland Energy"


@pytest.mark.parametrize(
    ("text", "origin", "lead"),
    [
        (BANNER, "lines 1-2", True),
        # One line is a <title>, however it reads; one sentence wrapped is a long headline.
        (BANNER, "lines 1-1", False),
        ("Winter heating grants open to low-income homes across the Highlands", "lines 1-2", False),
        ("Grants open. Apply now", "lines 1-2", False),
    ],
)
def test_sentence_lead_is_a_wrapped_paragraph_of_full_sentences(text, origin, lead):
    """Only a first block over two lines or more, of two sentences and ending as one, is a lead."""
    assert _sentence_lead(Block(text=" ".join(text.split()), origin=origin)) is lead


@pytest.mark.parametrize(
    ("tagline", "title"),
    [
        ("Ex Grammatica Aperta", "Declinatio prima"),
        ("From Grammatica Aperta, the free grammar", "Declinatio prima"),
        # a line that only holds the wiki's name after another word is no tagline
        ("Grammatica Aperta", None),
    ],
)
def test_metadata_wiki_dump_headline_is_over_its_from_tagline(tagline, title):
    """A wiki dump with no <title> line: the headline over "From <wiki>", the wiki the site.

    Round AB golden la-declinatio-prima-links-dump-grammatica-text (a `links -dump`, the
    first line the wiki's name) took the tagline "Ex Grammatica Aperta" as its title.
    """
    doc = metadata(
        _text(
            "Grammatica Aperta",
            "Ars grammatica Latina libera, a discipulis et magistris scripta",
            "Pagina prima | Index rerum | Nomina | Verba | Syntaxis | Lexicon | Auxilium",
            "Declinatio prima",
            tagline,
            "Declinatio prima est classis nominum Latinorum quorum genetivus singularis in -ae"
            " exit. Plurima nomina huius declinationis sunt generis feminini, ut rosa, puella.",
        )
    )
    if title is None:
        assert doc.meta.title != "Declinatio prima" or doc.meta.site_name != "Grammatica Aperta"
    else:
        assert doc.meta.title == title
        assert doc.meta.site_name == "Grammatica Aperta"


def test_metadata_text_site_is_the_copyright_owner_before_a_tibetan_shad() -> None:
    """The shad "།" ends the copyright owner's name as a full stop does (round AC, dz golden).

    "© ༢༠༢༦ ཐིམ་ཕུ་ཁྲོམ་སྡེ། དབང་ཆ་…": the owner is the name before the shad, which the
    masthead under the skip link shows bare.
    """
    doc = metadata(
        _text(
            "ནང་དོན་ལུ་འགྱོ།",
            "ཐིམ་ཕུ་ཁྲོམ་སྡེ",
            "ཁྱིམ།",
            "ཁྲོམ་གྱི་ལས་རིམ་ཚུ། ཟླཝ་ ༡༢ པ་ ༢༠༢༦",
            "ཐིམ་ཕུ་ཁྲོམ་སྡེ་གིས་ ཟླཝ་བཅུ་གཉིས་པའི་ནང་ མི་སེར་ཚུ་གི་དོན་ལུ་ ལས་རིམ་འདི་ཚུ་ གྲ་སྒྲིག་འབད་ཡོདཔ་ཨིན། ལས་རིམ་ག་ར་ལུ་ འཛུལ་ཞུགས་འབད་ནི་ རིན་མེད་ཨིན།",
            "© ༢༠༢༦ ཐིམ་ཕུ་ཁྲོམ་སྡེ། དབང་ཆ་ག་ར་ཉར་ཚགས་འབད་ཡོད།",
        )
    )
    assert doc.meta.title == "ཁྲོམ་གྱི་ལས་རིམ་ཚུ། ཟླཝ་ ༡༢ པ་ ༢༠༢༦"
    assert doc.meta.site_name == "ཐིམ་ཕུ་ཁྲོམ་སྡེ"
