"""Tests for the text_forms stage: other tools' text scrapes read into extract_text's form."""

from __future__ import annotations

import importlib
import random
import time
from pathlib import Path

import pytest
import regex

import cleaner
from cleaner.document import Document
from cleaner.stages.text_forms import _repeats, recognise, rewrite, text_forms

# The module (the package's `text_forms` name is the stage function).
text_forms_module = importlib.import_module("cleaner.stages.text_forms")

# Plain scrapes in our own form, with a stray markdown-ish or dump-ish line: never rewritten.
PLAIN = [
    ["A title", "", "A line with one [1] footnote marker.", "* one star line"],
    ["Title", "# 1 seed wins", "See [the list](https://e.x/l) here.", "Plain text again."],
    ["Prices", "[1]a", "[2]b", "[3]c", "[2]d"],  # four markers, not a dump's five
    ["Headline", "", "\t", "Text of the story goes on here.", "   "],
]


@pytest.mark.parametrize("lines", PLAIN)
def test_plain_scrape_passes_untouched(lines: list[str]) -> None:
    text = "\n".join(lines)
    assert recognise(text) is None
    assert rewrite(text) == (None, text, ())


MARKDOWN = [
    (
        # a reader service's header: the Title line is the title line, the fields go
        [
            "Title: Bridge reopens",
            "",
            "URL Source: https://e.x/news/bridge",
            "",
            "Published Time: 2026-11-25T09:40:00+02:00",
            "",
            "Markdown Content:",
            "*   [News](https://e.x/news)",
            "",
            "The **old** bridge [reopened](https://e.x/b) today.",
        ],
        ["Bridge reopens", "", "• News", "", "The old bridge reopened today."],
    ),
    (
        # html2text: ATX headings, links, a paragraph wrapped over two lines, a rule
        [
            "[![Acme](/logo.svg)](/) [Home](/) [Docs](/docs/)",
            "[Blog](/blog/) [Login](/login)",
            "",
            "# Webhooks",
            "",
            "Webhooks tell your server when an `invoice` is paid; see",
            "[the limits](/docs/limits/) first.",
            "",
            "* * *",
        ],
        [
            "Webhooks",
            "",
            "Acme",
            "Home Docs Blog Login",
            "",
            "Webhooks",
            "",
            "Webhooks tell your server when an invoice is paid; see the limits first.",
        ],
    ),
    (
        # a setext headline (the one h1: the title line, as an ATX one's), an image line, a
        # quote, a code block kept as code
        [
            "[Site](/) [News](/n) [Sport](/s)",
            "",
            "Town hall opens",
            "===============",
            "",
            "![Image 1: The hall](https://e.x/hall.jpg)",
            "",
            "> \u201cAt last,\u201d said the mayor.",
            "",
            "Read [more](/more) about [the hall](/hall).",
            "",
            "    print('hello')",
            "    print('bye')",
        ],
        [
            "Town hall opens",
            "",
            "Site News Sport",
            "",
            "Town hall opens",
            "",
            "",
            "\u201cAt last,\u201d said the mayor.",
            "",
            "Read more about the hall.",
            "",
            "print('hello')",
            "print('bye')",
        ],
    ),
]


MARKDOWN.append(
    (
        # an ordered list padded after its numbers: one block per item, the number is markup;
        # a number at a soft break inside a paragraph goes on with the sentence (golden
        # ms-panduan-markdown-pencetak-resit-bluetooth-text, round U)
        [
            "Title: Steps",
            "",
            "URL Source: https://e.x/steps",
            "",
            "Markdown Content:",
            "1.  Switch the printer on.",
            "2.  Open **Settings > Bluetooth**.",
            "3.  Enter `0000`.",
            "",
            "The printer was sold in",
            "2026. It prints receipts.",
        ],
        [
            "Steps",
            "",
            "• Switch the printer on.",
            "• Open Settings > Bluetooth.",
            "• Enter 0000.",
            "",
            "The printer was sold in 2026. It prints receipts.",
        ],
    ),
)


MARKDOWN.append(
    (
        # fenced code blocks (a reader service's <pre>, golden
        # ja-dokyumento-vitepress-kankyo-hensu-markdown-text, round X): the code line by line, a
        # comment inside no heading, the fences gone; a fence interrupts a paragraph; a stray
        # fence with no closing one is left as text; a strike-through's marks go
        [
            "# Env",
            "",
            "Set the port:",
            "```sh",
            "# .env",
            "PORT=8080",
            "",
            "tsubame serve",
            "```",
            "",
            "~~~",
            "a = 1",
            "~~~~",
            "",
            "Was ~~249 zł~~ now 199 zł.",
            "",
            "* [Home](/)",
            "* [Docs](/docs)",
            "* [Blog](/blog)",
            "",
            "``` a stray fence",
        ],
        [
            "Env",
            "",
            "Set the port:",
            "# .env",
            "PORT=8080",
            "",
            "tsubame serve",
            "",
            "a = 1",
            "",
            "Was 249 zł now 199 zł.",
            "",
            "• Home",
            "• Docs",
            "• Blog",
            "",
            "``` a stray fence",
        ],
    ),
)
MARKDOWN.append(
    (
        # a pipe table (html2text's "Col | Col" rows under a "---|---" delimiter row, GFM's with
        # outer pipes and alignment colons): one row a line, its cells split by a tab as our
        # form's table rows are; a lone "a | b" line without a delimiter row is prose
        [
            "* [Home](/)",
            "* [Shop](/shop)",
            "* [Blog](/blog)",
            "",
            "Specs of the lamp, wrapped",
            "at the column.",
            "Power | 9 W",
            "---|---",
            "Flux | 520 [lm](/units)",
            "Weight | 1,1 kg",
            "",
            "| Size | Width | Price |",
            "|:-----|:-----:|------:|",
            "| S | 40 cm | **9 zł** |",
            "After the table.",
            "",
            "Either this | or that.",
        ],
        [
            "• Home",
            "• Shop",
            "• Blog",
            "",
            "Specs of the lamp, wrapped at the column.",
            "Power\t9 W",
            "Flux\t520 lm",
            "Weight\t1,1 kg",
            "",
            "Size\tWidth\tPrice",
            "S\t40 cm\t9 zł",
            "After the table.",
            "",
            "Either this | or that.",
        ],
    ),
)


@pytest.mark.parametrize(("lines", "expected"), MARKDOWN)
def test_markdown_is_read_as_lines(lines: list[str], expected: list[str]) -> None:
    form, text, _ = rewrite("\n".join(lines))
    assert form == "markdown"
    assert text.splitlines() == expected


def test_markdown_removals_have_reasons() -> None:
    _, _, removed = rewrite("\n".join(MARKDOWN[0][0]))
    assert [(b.text, b.dropped_by) for b in removed] == [
        ("URL Source: https://e.x/news/bridge", "markdown_header"),
        ("Published Time: 2026-11-25T09:40:00+02:00", "markdown_header"),
        ("Markdown Content:", "markdown_header"),
    ]
    _, _, removed = rewrite("\n".join(MARKDOWN[2][0]))
    assert [(b.text, b.dropped_by) for b in removed] == [("Image 1: The hall", "image")]


DUMPS = [
    (
        # lynx: markers, indented paragraphs wrapped at ~40, the References list
        [
            "   [1]Skip to content",
            "   [2]Water Works",
            "",
            "     * [3]About",
            "     * [4]Contact",
            "",
            "New treatment plant opens in the valley",
            "",
            "   The plant serves 180,000 people in the north",
            "   of the city. It took two years to build.",
            "",
            "   [5]Facebook",
            "",
            "References",
            "",
            "   1. https://e.x/#content",
            "   2. https://e.x/",
            "   3. https://e.x/about",
            "   4. https://e.x/contact",
            "   5. https://facebook.com/share",
        ],
        [
            "New treatment plant opens in the valley",
            "",
            "Skip to content",
            "Water Works",
            "",
            "* About",
            "* Contact",
            "",
            "New treatment plant opens in the valley",
            "",
            "The plant serves 180,000 people in the north of the city. It took two years to build.",
            "",
            "Facebook",
        ],
    ),
    (
        # w3m: a rule line wider than the text, a word hyphenated at the wrap, a short line ends
        [
            "[1]Forum [2]Home [3]Search [4]Login [5]Register",
            "",
            "Outdoor unit freezes in hard frost",
            "",
            "\u2501" * 60,
            "",
            "Hello. The outdoor unit of our heat pump is now co-",
            "vered in ice.",
            "Any ideas?",
        ],
        [
            "Outdoor unit freezes in hard frost",
            "",
            "Forum Home Search Login Register",
            "",
            "Outdoor unit freezes in hard frost",
            "",
            "",
            "\u2501" * 60,
            "",
            "",
            "Hello. The outdoor unit of our heat pump is now covered in ice.",
            "Any ideas?",
        ],
    ),
]


@pytest.mark.parametrize(("lines", "expected"), DUMPS)
def test_dump_is_read_as_lines(lines: list[str], expected: list[str]) -> None:
    form, text, _ = rewrite("\n".join(lines))
    assert form == "dump"
    assert text.splitlines() == expected


def test_dump_references_are_removed_and_rules_left_to_extract_text() -> None:
    _, _, removed = rewrite("\n".join(DUMPS[0][0]))
    assert [b.dropped_by for b in removed] == ["references"]
    assert removed[0].text.startswith("References\n1. https://e.x/#content")
    # a rule stays a line of its own: extract_text drops it and reads a signature under it
    _, text, removed = rewrite("\n".join(DUMPS[1][0]))
    assert not removed
    assert "\u2501" * 60 in text.splitlines()


GETTEXT = [
    (
        ["html", "", "", "Laptop review | TechTest", "", "\t\t", "   ", "TechTest", "\t", "News"]
        + ["\t"] * 8,
        ["Laptop review | TechTest", "", "TechTest", "", "News"],
    ),
]


# get_text's split where an inline tag stood: joined only where the text proves it.
_TABS = ["\t"] * 8
GETTEXT += [
    (
        [
            "Review: a small laptop | TechTest",
            "",
            "The case is stiff. The keyboard has a travel of",
            "  1.3 mm",
            ", which is plenty for a day of typing.",
            *_TABS,
            "The screen is dim. It reaches only",
            "300 nits outdoors.",
        ],
        [
            "Review: a small laptop | TechTest",
            "",
            (
                "The case is stiff. The keyboard has a travel of 1.3 mm, which is plenty for a day"
                " of typing."
            ),
            "",
            "The screen is dim. It reaches only",
            "300 nits outdoors.",
        ],
    ),
    (
        # a headline over 'by' / a name: no sentence inside the headline, nothing joined
        ["A small laptop with a dim screen", "", "by", "Ann Lee", "", "12 comments", *_TABS],
        ["A small laptop with a dim screen", "", "by", "Ann Lee", "", "12 comments"],
    ),
    (
        # a lower-case line after prose that stops mid-sentence goes on it; a breadcrumb's '»' not
        ["Home", "»", "Reviews", "", "It is light. It weighs", "only a kilo.", *_TABS],
        ["Home", "»", "Reviews", "", "It is light. It weighs only a kilo."],
    ),
]


@pytest.mark.parametrize(("lines", "expected"), GETTEXT)
def test_gettext_whitespace_is_read_as_lines(lines: list[str], expected: list[str]) -> None:
    form, text, removed = rewrite("\n".join(lines))
    assert form == "gettext"
    assert text.splitlines() == expected
    assert [(b.text, b.dropped_by) for b in removed] == (
        [("html", "doctype")] if lines[0] == "html" else []
    )


def test_stage_is_a_no_op_on_html_and_plain_text() -> None:
    html = Document(raw="", decoded="[1]a [2]b [3]c [4]d [5]e", kind="html")
    assert text_forms(html) is html
    plain = Document(raw="", decoded="Title\n\nA plain paragraph.", kind="text")
    assert text_forms(plain) is plain


def test_stage_sits_before_extract_text() -> None:
    names = cleaner.DEFAULT.names
    assert names.index("detect") < names.index("text_forms") < names.index("extract_text")


def test_markdown_scrape_cleans_without_link_targets() -> None:
    page = (
        "\n".join(MARKDOWN[0][0][:-1])
        + "\n\n"
        + (
            "The **old** bridge over the [river](https://e.x/r) reopened today after two years"
            " of work, the city said. "
        )
        * 3
    )
    article = cleaner.clean(page)
    assert article.title == "Bridge reopens"
    assert not any("https://" in p or "**" in p for p in article.body)


def test_markdownify_setext_h1_is_the_title_over_a_breadcrumb() -> None:
    """markdownify underlines its one h1: the title, not the breadcrumb list over it (round AD
    golden sm-fono-nodebb-markdownify-toe-toto-talo-text)."""
    page = (
        "[Skip to content](#content)\n\n"
        "* [Categories](/categories)\n* [Recent](/recent)\n* [Tags](/tags)\n\n"
        "1. [Home](/)\n2. [Farming](/category/6/farming)\n3. Replanting taro after the storm\n\n"
        "Replanting taro after the storm\n===============================\n\n"
        + "The storm last week ruined the taro patch of our family, and most roots rotted. " * 3
        + "\n\n[Reply](/compose) [Log in to reply](/login)\n"
    )
    article = cleaner.clean(page)
    assert article.title == "Replanting taro after the storm"


def test_lines_the_stage_takes_out_reach_the_removed_account() -> None:
    """A reader header's lines are in Article.removed with text_forms' reason, not lost."""
    page = (
        "\n".join(MARKDOWN[0][0][:-1])
        + "\n\n"
        + ("The old bridge over the river reopened today after two years of work, the city said. ")
        * 3
    )
    removed = {(b.text, b.reason) for b in cleaner.clean(page).removed}
    assert ("URL Source: https://e.x/news/bridge", "markdown_header") in removed
    assert ("Markdown Content:", "markdown_header") in removed


# get_text(separator=" "): one region a line. The long line is written out by hand: a menu,
# the headline, a dateline, two sentences of prose, a card's facts, share links.
_REGION = (
    "Home » Recipes » Bread Seed loaf for winter Published 3 May 2026 by Ann Lee Jump to recipe"
    " Print Now that the evenings are dark I bake this loaf every single week of the winter."
    " It keeps for days and toasts well. Seed loaf for winter Prep: 20 minutes Oven: 45 minutes"
    " Mix the flour, the seeds and the salt in a large bowl and add the warm water slowly."
    " Share: Facebook Pinterest Email More recipes you may like Rye Rolls Oat Cookies"
)
REGIONS = [
    (
        [
            "Seed loaf for winter – Ann's Kitchen",
            "Ann's Kitchen Home Recipes Bread About",
            " ".join([_REGION] * 4),
        ],
        [
            "Seed loaf for winter – Ann's Kitchen",
            "Ann's Kitchen Home Recipes Bread About",
            "Home » Recipes » Bread",
            "Seed loaf for winter",
            "Published 3 May 2026 by Ann Lee Jump to recipe Print",
            "Now that the evenings are dark I bake this loaf every single week of the winter.",
            "It keeps for days and toasts well.",
            "Seed loaf for winter",
            "Prep: 20 minutes",
            "Oven: 45 minutes",
            "Mix the flour, the seeds and the salt in a large bowl and add the warm water slowly.",
            (
                "Share: Facebook Pinterest Email More recipes you may like Rye Rolls Oat Cookies"
                " Home » Recipes » Bread"
            ),
        ],
    ),
]


@pytest.mark.parametrize(("lines", "expected"), REGIONS)
def test_region_lines_are_cut_into_blocks(lines: list[str], expected: list[str]) -> None:
    form, text, removed = rewrite("\n".join(lines))
    assert form == "regions"
    assert [line for line in text.splitlines() if line][: len(expected)] == expected
    assert removed == ()


def test_a_long_paragraph_in_our_form_is_no_region_line() -> None:
    paragraph = "The council met on Monday and agreed the budget for the coming year. " * 20
    text = "Budget agreed\n\n" + paragraph + "\n\nMore news"
    assert recognise(text) is None


def test_a_long_word_is_read_in_linear_time() -> None:
    """bench/hostile's 1 MB word: the title-run pattern tried every letter (20 KB took ~4 s)."""
    lines = ["Title", "", "A" * 20_000, "", "B" * 20_000]
    start = time.process_time()
    assert recognise("\n".join(lines)) is None
    assert time.process_time() - start < 1.0


def test_a_line_of_spaced_dashes_is_read_in_linear_time() -> None:
    """bench/hostile's 1 MB dash rule: the title run's `{4,}` took 7.6 s on 10,000 pairs."""
    text = "Title\n\n" + "- " * 10_000 + "x"
    start = time.process_time()
    assert recognise(text) is None
    assert time.process_time() - start < 1.0


def test_title_run_finds_a_long_run_as_before() -> None:
    """`{4}` for `{4,}`: a run of more than four items is still found (by its last four)."""
    line = "x" * 1001 + " Hem » Recept » Bröd » Kakor » Kardemummabullar Dela: Facebook"
    assert recognise(f"Title\n\n{line}") == "regions"
    assert recognise("Title\n\n" + "x" * 1001 + " Hem » recept » bröd") is None


def test_bold_marks_never_closed_are_read_in_linear_time() -> None:
    """bench/hostile's markdown line of "**a " never closed: the strong pattern took 9 s on 8,000."""
    text = "Title: A page\n\nURL Source: https://e.x/a\n\nMarkdown Content:\n" + "**a " * 8_000
    start = time.process_time()
    form, rewritten, _ = rewrite(text)
    assert form == "markdown"
    assert "**a **a" in rewritten
    assert time.process_time() - start < 1.0


STRONG = regex.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")  # the pattern `_unstrong` replaced


@pytest.mark.parametrize(
    "text",
    [
        "**Bold** and __also__",
        "** spaced ** and __ spaced __",
        "**a **b** c**",
        "***both*** and ****four****",
        "**one\nline** then **two**\n**three",
        "__a **b__ c**",
        "**\xa0x\xa0** and **x\x1c**",
    ],
)
def test_unstrong_reads_strong_emphasis_as_the_pattern_did(text: str) -> None:
    assert text_forms_module._unstrong(text) == STRONG.sub(lambda m: m.group(2), text)


def test_unstrong_agrees_with_the_pattern_on_random_lines() -> None:
    rnd = random.Random(25)
    pieces = ["*", "**", "_", "__", "a", " ", "\n", "b", "\t", "***", "\xa0"]
    for _ in range(5_000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 20)))
        assert text_forms_module._unstrong(text) == STRONG.sub(lambda m: m.group(2), text), text


def test_docs_example_runs() -> None:
    doc = Path(__file__).resolve().parents[2] / "docs" / "text_forms.md"
    blocks = regex.findall(r"```python\n(.*?)```", doc.read_text(encoding="utf-8"), flags=regex.S)
    assert blocks
    for block in blocks:
        exec(compile(block, str(doc), "exec"), {})


def test_markdown_link_card_goes_out_whole() -> None:
    # a Ghost bookmark card as a reader service prints it: one link over hard-broken lines
    # (golden az-ghost-bulleten-markdown-budce-text, round V); a link inside a sentence, and a
    # bracket closed before the line's end, are no card
    lines = [
        "Title: Budget",
        "",
        "URL Source: https://e.x/budget",
        "",
        "Markdown Content:",
        "The budget passed on Friday.",
        "",
        "[Budget 2027: the figures\\",
        "\\",
        "The ministry's paper, with tables.\\",
        "\\",
        "![](https://e.x/icon.png)Ministry](https://m.x/budget)",
        "",
        "[Note] the vote was close\\",
        "and [late](https://e.x/late)",
        "",
        "Experts worry about the oil price.",
    ]
    _, text, removed = rewrite("\n".join(lines))
    assert "Budget 2027" not in text
    assert "Experts worry about the oil price." in text.splitlines()
    assert "The budget passed on Friday." in text.splitlines()
    assert "Note" in text
    assert [(b.text, b.dropped_by) for b in removed if b.dropped_by == "link_card"] == [
        ("Budget 2027: the figures The ministry's paper, with tables. Ministry", "link_card")
    ]


def test_markdown_button_alone_between_paragraphs_goes_out() -> None:
    # a call-to-action button as a reader service prints it, a link alone on its line between
    # the body's paragraphs (golden wo-sarwis-jina-squarespace-nataal-takk-ceet-text, round AC),
    # and two side by side; a link list without bullets, a link under a heading, a URL's link
    # and a link inside a sentence stay for extract_text
    lines = [
        "Title: Prices",
        "",
        "URL Source: https://e.x/prices",
        "",
        "Markdown Content:",
        "We photograph weddings and birthdays in the city and around it.",
        "",
        "[Book a date](https://e.x/book)",
        "",
        "![Image 1: a couple](https://e.x/couple.jpg)",
        "",
        "The full day costs 650 euros, with two photographers.",
        "",
        "[Buy a ticket](https://e.x/t)[Add to calendar](https://e.x/c)",
        "",
        "Sources",
        "",
        "[The city's archive](https://a.x/)",
        "",
        "[The national library](https://l.x/)",
        "",
        "## Download",
        "",
        "[The price list](https://e.x/list.pdf)",
        "",
        "The forum's post linked this page:",
        "",
        "[https://e.x/old-prices](https://e.x/old-prices)",
        "",
        "Read [our terms](https://e.x/terms) before you book.",
    ]
    _, text, removed = rewrite("\n".join(lines))
    kept = text.splitlines()
    assert [(b.text, b.dropped_by) for b in removed if b.dropped_by == "button"] == [
        ("Book a date", "button"),
        ("Buy a ticketAdd to calendar", "button"),
    ]
    assert "Book a date" not in text
    assert "The full day costs 650 euros, with two photographers." in kept
    for line in (
        "The city's archive",
        "The national library",
        "The price list",
        "https://e.x/old-prices",
        "Read our terms before you book.",
    ):
        assert line in kept


@pytest.mark.parametrize(
    ("headline", "first"),
    [
        # a score in a five-word Georgian headline (golden ka-ragbi-matchis-mimokhilva-w3m-dump-text)
        ("ბორჯღალოსნებმა იტალია თბილისში 28:19 დაამარცხეს", True),
        # a dateline, and a line of figures, are no headline
        ("27 ნოემბერი, 2026 21:05", False),
        ("Lauantai 14.3.2026 klo 12.05", False),
    ],
)
def test_dump_headline_takes_a_score_not_a_date(headline: str, first: bool) -> None:
    lines = [
        "[1]Site",
        "",
        "[2]Home  [3]Rugby  [4]Football  [5]Video",
        "",
        headline,
        "",
        "The national team beat the visitors on Saturday in front of forty thousand people.",
        "",
        "[6]Facebook  [7]X",
    ]
    form, text, _ = rewrite("\n".join(lines))
    assert form == "dump"
    assert (text.splitlines()[0] == headline) is first


def test_lynx_dump_headline_is_a_line_at_the_margin() -> None:
    """lynx indents a page's text three spaces and prints its headings at the margin.

    Golden el-syntagi-lynx-dump-spanakopita-horiatiki-text (round Y): the masthead's tagline
    "Σπιτικές συνταγές από την Ήπειρο", four words alone on an indented line, was taken as the
    headline over the unindented "Χωριάτικη σπανακόπιτα με χειροποίητο φύλλο".
    """
    lines = [
        "   [1]Kitchen Notes",
        "",
        "   Home recipes from the mountain villages",
        "",
        "     * [2]Home",
        "     * [3]Recipes",
        "     * [4]Contact",
        "",
        "Village spinach pie with a hand-rolled crust",
        "",
        "   By [5]Kate Papas | 22 November 2026",
        "",
        "   My grandmother never bought her pastry. She rolled three sheets on the",
        "   kitchen table and filled them with whatever was green in the garden.",
    ]
    form, text, _ = rewrite("\n".join(lines))
    assert form == "dump"
    assert text.splitlines()[0] == "Village spinach pie with a hand-rolled crust"


def test_lynx_dump_headline_is_found_under_a_wrapped_breadcrumb() -> None:
    """A breadcrumb's wrapped end, with no link of its own, is furniture, not the text's start.

    Golden ta-mandram-mybb-lynx-dump-suvar-eeram-text (round Z): the trail's last step wrapped
    onto a line of its own, long and unlinked, so the search stopped there, no headline was put
    first and the title was the `#[1]` feed link's site name.
    """
    lines = [
        "   #[1]Home Fixes Forum - RSS Syndication",
        "",
        "   [2]Home Fixes Forum",
        "     * [3]Search",
        "     * [4]Members",
        "",
        "   [5]Home Fixes Forum > [6]Houses and building > [7]Repairs and",
        "   help > Damp on the bedroom wall and the paint peeling off",
        "",
        "   [8]Thread Modes",
        "",
        "Damp on the bedroom wall and the paint peeling off",
        "",
        "   [9]Selvaraj [10]Offline",
        "",
        "   Hello everyone. We live in a ten-year-old house and since the rains",
        "   began the west wall of the bedroom has been damp up to two feet.",
    ]
    form, text, _ = rewrite("\n".join(lines))
    assert form == "dump"
    assert text.splitlines()[0] == "Damp on the bedroom wall and the paint peeling off"


def test_lynx_dump_image_named_by_its_file_is_taken_out() -> None:
    """lynx prints an image without alt text as its file's name in brackets: an image line.

    Golden el-syntagi-lynx-dump-spanakopita-horiatiki-text (round Y) kept
    "[spanakopita-tapsi.jpg]" as a line of the body, over the photo's caption.
    """
    lines = [
        "   [1]Home [2]Recipes [3]About [4]Contact [5]Shop",
        "",
        "   The pie is best eaten warm, with a glass of cold milk beside it.",
        "",
        "   [spanakopita-tapsi.jpg]",
        "",
        "   The pie in its tin, just before it is cut.",
        "",
        "   [gallery.tray.PNG] A tray of pies",
    ]
    form, text, removed = rewrite("\n".join(lines))
    assert form == "dump"
    assert "spanakopita-tapsi.jpg" not in text
    assert ("[spanakopita-tapsi.jpg]", "image") in [(b.text, b.dropped_by) for b in removed]
    assert "[gallery.tray.PNG] A tray of pies" in text  # words after it: a line of text


def test_lynx_dump_link_header_and_a_wrapped_breadcrumb_are_no_headline() -> None:
    """lynx's `#[1]…` line of <head> links goes, and a breadcrumb's wrapped tail is a link line.

    Golden ta-mandram-mybb-lynx-dump-suvar-eeram-text (round Z): the breadcrumb's second line,
    which holds the thread's title and no marker, ended the search for the headline, and the
    site name on the `#[1]… RSS Syndication` line became the title.
    """
    lines = [
        "   #[1]Garden Forum - RSS Syndication",
        "",
        "   [2]Garden Forum",
        "     * [3]Search",
        "     * [4]Members",
        "     * [5]Help",
        "",
        "   [6]Garden Forum › [7]House and building › [8]Repairs and",
        "   help › Damp in the bedroom wall after the monsoon rains, the paint peels",
        "",
        "Damp in the bedroom wall after the monsoon rains",
        "",
        "   Hello all. We live in a ten-year-old house and since the rains began the",
        "   west wall of the bedroom is damp up to two feet from the floor.",
    ]
    form, text, removed = rewrite("\n".join(lines))
    assert form == "dump"
    assert text.splitlines()[0] == "Damp in the bedroom wall after the monsoon rains"
    assert "RSS Syndication" not in text
    assert ("links", "#[1]Garden Forum - RSS Syndication") in [
        (b.dropped_by, b.text) for b in removed
    ]


def test_dump_wraps_lines_by_their_columns_not_their_code_points() -> None:
    """lynx wraps at a width in terminal columns: a Tamil vowel sign takes none.

    Golden ta-mandram-mybb-lynx-dump-suvar-eeram-text (round Z) lost each post's first line:
    measured in code points, its lines looked of every length and none seemed wrapped.
    """
    lines = [
        "   [1]Home [2]Forum [3]Search [4]Members [5]Help",
        "",
        "   அனைவருக்கும் வணக்கம். நாங்கள் தாம்பரத்தில் பத்து வருடப் பழைய",
        "   தனி வீட்டில் இருக்கிறோம். இந்த வடகிழக்குப் பருவமழை தொடங்கியதிலிருந்து",
        "   படுக்கையறையின் மேற்குச் சுவரில் தரையிலிருந்து சுமார் இரண்டடி உயரம்",
        "   வரை ஈரம் தெரிகிறது.",
    ]
    _, text, _ = rewrite("\n".join(lines))
    assert text.splitlines()[-1].startswith("அனைவருக்கும் வணக்கம். நாங்கள் தாம்பரத்தில் பத்து வருடப் பழைய தனி")


# A links dump of a bordered table (golden la-declinatio-prima-links-dump-grammatica-text, round
# AB): the frame lines go, each row is a line of tab-split cells, the prose around stays.
FRAMED = [
    "   Nomen rosa sic declinatur:",
    "",
    "   +------------------------------+",
    "   |    Casus    |   Singularis   |",
    "   |-------------+----------------|",
    "   | Nominativus | rosa           |",
    "   |-------------+----------------|",
    "   | Genetivus   | rosae          |",
    "   +------------------------------+",
    "",
    "   Eodem modo declinatur puella.",
]


def test_framed_table_rows_become_cells_and_frames_go() -> None:
    form, text, removed = rewrite("\n".join(FRAMED))
    assert form == "framed"
    lines = text.split("\n")
    assert len(lines) == len(FRAMED)  # line numbers stay
    assert [line for line in lines if "\t" in line] == [
        "   Casus\tSingularis",
        "   Nominativus\trosa",
        "   Genetivus\trosae",
    ]
    assert not any(c in text for c in "+|")
    assert {b.dropped_by for b in removed} == {"rule"}
    assert [b.origin for b in removed][:2] == ["lines 3-3", "lines 5-5"]


def test_framed_table_in_box_drawing_characters() -> None:
    box = ["┌─────┬─────┐", "│ a b │ c   │", "├─────┼─────┤", "│ d   │ e f │", "└─────┴─────┘"]
    _, text, removed = rewrite("\n".join(["Text before.", *box, "Text after."]))
    assert text.split("\n") == ["Text before.", "", "a b\tc", "", "d\te f", "", "Text after."]
    assert len(removed) == 3


@pytest.mark.parametrize(
    "lines",
    [
        # a markdown pipe table opens with a bar, never a corner: left to the markdown reader
        ["| a | b |", "|---|---|", "| c | d |"],
        # a lone rule or a plus sign in prose is no frame
        ["Scores: 3+4", "+---+", "Text after the rule."],
        ["+------+", "| only a top border and a row |"],
    ],
)
def test_no_framed_table_without_a_closed_frame(lines: list[str]) -> None:
    assert text_forms_module._framed_tables("\n".join(lines)).text == "\n".join(lines)


def test_a_run_of_frame_lines_is_read_in_linear_time() -> None:
    """A page of frame lines and no row: retried from each line, 2,000 lines took 19 s."""
    text = "\n".join(["+---+"] * 5_000)
    start = time.process_time()
    assert rewrite(text)[1] == text
    assert time.process_time() - start < 1.0


def test_dump_question_headline_printed_again_below_is_the_headline() -> None:
    """A headline ending in "?" read as a one-line paragraph; printed again below, it is the title.

    Golden ba-forum-elinks-vbulletin-pomidor-ysenteleri-text (round AC, `elinks -dump` of a
    vBulletin thread): no headline was put first, the logo's alt became the title. A login box
    ("Name [_____]") over it is no paragraph either.
    """
    lines = [
        "   [1]Garden Forum",
        "",
        "   Name [____________________] [ ] Remember me?",
        "   Password [____________________] [ Log in ]",
        "",
        "   [2]Register [3]Help [4]Community [5]Calendar",
        "",
        "   [6]Forum > [7]Garden > [8]Vegetables",
        "",
        "   Why are my tomato seedlings so tall and thin?",
        "",
        "   Thread: Why are my tomato seedlings so tall and thin?",
        "",
        "   Why are my tomato seedlings so tall and thin?",
        "",
        "   Hello gardeners! I sowed tomatoes on the window sill this year and they",
        "   stretched out: thin stems and few leaves. Can they be saved?",
    ]
    form, text, _ = rewrite("\n".join(lines))
    assert form == "dump"
    assert text.splitlines()[0] == "Why are my tomato seedlings so tall and thin?"


def test_dump_one_line_question_printed_once_is_no_headline() -> None:
    """A one-line question that is not printed again stays the text's start: no headline."""
    lines = [
        "   [1]Garden Forum",
        "",
        "   [2]Register [3]Help [4]Community [5]Calendar",
        "",
        "   What do you do when the seedlings stretch?",
        "",
        "   Hello gardeners! I sowed tomatoes on the window sill this year and they",
        "   stretched out: thin stems and few leaves. Can they be saved?",
    ]
    form, text, _ = rewrite("\n".join(lines))
    assert form == "dump"
    assert text.splitlines()[0] == "Garden Forum"  # the logo: no headline put over it


LYNX_NOLIST = [
    "   Skip to content",
    "",
    "Tifinagh Wiki",
    "",
    "   Our language on computers and phones",
    "",
    "Site Tools",
    "",
    "     * Recent Changes",
    "     * Sitemap",
    "",
    "   Trace: » start » keyboard_linux",
    "",
    "Setting up the Tifinagh keyboard on Linux",
    "",
    "   This page shows how to set up the Tifinagh keyboard on a Linux computer.",
    "   The keyboard ships with Ubuntu, Debian and Fedora.",
    "",
    "Setting it up in GNOME",
    "",
    "    1. Open Settings and go to Keyboard.",
    "    2. Under Input Sources press + and pick Berber (Morocco, Tifinagh).",
    "",
    "   To switch between layouts press Super + Space. The layout's name",
    "   shows in the top bar, by the clock.",
    "",
    "   docs/keyboard_linux.txt · Last modified: 2026/11/18 14:02 by tanirt",
]


def test_lynx_dump_without_link_numbers_is_read_by_its_layout() -> None:
    """`lynx -dump -nolist` prints no `[N]`: its layout (text at three spaces) is the evidence.

    Golden zgh-tasna-dokuwiki-lynx-nolist-anasiw-tifinagh-text (round AD) was read as our
    form, and its tagline became the title.
    """
    form, text, _ = rewrite("\n".join(LYNX_NOLIST))
    assert form == "dump"
    assert text.splitlines()[0] == "Setting up the Tifinagh keyboard on Linux"


@pytest.mark.parametrize(
    "lines",
    [
        [line.strip() for line in LYNX_NOLIST],  # our own form indents nothing
        [f" {line}" if line.startswith("   ") else line for line in LYNX_NOLIST],  # 4 spaces
        LYNX_NOLIST[:17],  # too few lines of text
    ],
)
def test_no_lynx_layout_without_its_margins(lines: list[str]) -> None:
    assert recognise("\n".join(lines)) is None


@pytest.mark.parametrize(
    ("lines", "text", "printed_below_line"),
    [
        # printed again alone, spaces aside
        (["Is the ferry late again today?", "", "Is  the ferry late again today?"], 0, True),
        # after a label's colon, with or without its space
        (["Is the ferry late again today?", "Тема: Is the ferry late again today?"], 0, True),
        (["Is the ferry late again today?", "Re:Is the ferry late again today?"], 0, True),
        # only above it, or inside a longer line without a colon: not again below
        (["Is the ferry late again today?", "Is the ferry late again today?"], 1, False),
        (["Is the ferry late again today?", "Why is the ferry late again today?"], 0, False),
    ],
)
def test_dump_repeats_know_a_line_printed_again_below_it(
    lines: list[str], text: int, printed_below_line: bool
) -> None:
    """`_repeats` gives each line's text (alone, or after a colon) its last line, in one pass."""
    repeats = _repeats(lines)
    assert (repeats.get(" ".join(lines[text].split()), -1) > text) is printed_below_line
