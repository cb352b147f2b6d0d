"""Stage strip_boilerplate: drop rules by language, and the comment-thread cut."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner.document import Block
from cleaner.pipeline import make_doc
from cleaner.rules import Rules
from cleaner.stages.boilerplate import (
    StripBoilerplate,
    cut_thread,
    drop_labelled_sections,
    strip_boilerplate,
)

ARTICLE = [
    "The city council voted on Tuesday to expand the bus network to three new districts, a plan that had been debated for more than two years.",
    "Supporters said the new routes would cut commuting times for thousands of residents, while critics warned about the cost to taxpayers.",
    "The first of the new lines is due to open in the spring, the transport department said in a statement after the vote.",
    "Officials said fares would not rise this year, although they did not rule out an increase once all three lines were running.",
    "The mayor called the decision a turning point for the city and thanked the residents who had campaigned for better transport.",
]
COMMENT = "I have been waiting for this for years. The number 12 bus is always late and always full when I take it to work in the morning."


@pytest.mark.parametrize(
    ("lang", "text", "reason"),
    [
        ("en", "Sponsored Content", "sponsored"),
        ("en", "12 comments", "comment_prompt"),
        ("en", "The bill was sponsored by three parties and passed easily.", None),
        ("en", "Related: the minister said the talks would resume on Monday.", None),
        ("de", "Lesen Sie auch", "related"),
        ("de", "Anzeige", "sponsored"),
        ("de", "Anzeige gegen den Fahrer wurde erstattet, teilte die Polizei mit.", None),
        ("fr", "Lire aussi", "related"),
        ("fr", "Publicité", "sponsored"),
        ("es", "Te puede interesar", "related"),
        ("es", "Publicidad", "sponsored"),
        ("it", "Leggi anche", "related"),
        ("it", "Pubblicità", "sponsored"),
        ("it", "© RIPRODUZIONE RISERVATA", "copyright"),
        ("en", "Facebook Twitter WhatsApp", "share"),
        ("de", "Facebook Twitter WhatsApp", "share"),
    ],
)
def test_strip_boilerplate_labels_blocks_by_language(lang, text, reason):
    """A block is labelled with the first drop category of the page's language, or kept."""
    doc = strip_boilerplate(make_doc(text, lang=lang))
    assert doc.blocks[0].dropped_by == reason


@pytest.mark.parametrize(
    ("lang", "text", "reason"),
    [
        ("en", "Lesen Sie auch", None),
        ("de", "Lesen Sie auch", "related"),
        ("fr", "Leggi anche", None),
        ("it", "Leggi anche", "related"),
        ("pt", "Deixe um comentário", "comment_prompt"),
        ("nl", "Plaats een reactie", "comment_prompt"),
        ("pt", "Leave a Reply", "comment_prompt"),  # English interface text: common-en.toml
        ("pt", "Read more: How the Fed decides on rates", None),  # no English teaser rule
        ("zu", "Leave a Reply", "comment_prompt"),  # no Zulu rules file: English
        ("fi", "Jätä kommentti", "comment_prompt"),
        ("nb", "Legg igjen en kommentar", "comment_prompt"),  # Bokmål reads no.toml
        ("he", "קראו עוד: הקו החדש של המטרונית", "related"),
        (None, "Leave a Reply", "comment_prompt"),
    ],
)
def test_strip_boilerplate_selects_rules_by_doc_lang(lang, text, reason):
    """Rules come from doc.lang; an unknown or missing language gets the English rules."""
    assert strip_boilerplate(make_doc(text, lang=lang)).blocks[0].dropped_by == reason


def test_strip_boilerplate_keeps_earlier_drop_reasons():
    """A block already dropped by an earlier stage keeps its reason."""
    doc = make_doc("ADVERTISEMENT", *ARTICLE)
    doc = doc.evolve(blocks=(doc.blocks[0].drop("menu"), *doc.blocks[1:]))
    assert strip_boilerplate(doc).blocks[0].dropped_by == "menu"


def test_strip_boilerplate_never_mutates_its_input():
    """The stage returns a new document and leaves the old one as it was."""
    doc = make_doc("ADVERTISEMENT", *ARTICLE)
    out = strip_boilerplate(doc)
    assert doc.blocks[0].kept
    assert not out.blocks[0].kept


def _reasons(*texts: str, lang: str = "en") -> list[str | None]:
    return [b.dropped_by for b in strip_boilerplate(make_doc(*texts, lang=lang)).blocks]


def test_strip_boilerplate_cuts_a_trailing_comment_thread():
    """Marker late in the page, thread furniture after it: the marker and the rest are dropped."""
    reasons = _reasons(
        *ARTICLE,
        "3 Comments",
        "jane says:",
        "May 5, 2019 at 6:34 am",
        COMMENT,
        "Reply",
        "bob says:",
        "May 5, 2019 at 7:02 am",
        "Totally agree.",
        "Reply",
    )
    assert reasons[:5] == [None] * 5
    assert reasons[5] == "comment_prompt"
    assert None not in reasons[6:]
    assert reasons[8] == reasons[11] == "comments"


@pytest.mark.parametrize(
    ("lang", "marker", "signal"),
    [
        ("de", "Kommentare", "vor 3 Stunden"),
        ("fr", "12 commentaires", "Répondre"),
        ("es", "Comentarios", "hace 2 horas"),
        ("it", "Commenti", "Rispondi"),
    ],
)
def test_strip_boilerplate_cuts_threads_in_each_language(lang, marker, signal):
    """Each language's markers and thread signals drive the cut."""
    reasons = _reasons(*ARTICLE, marker, "Anna", signal, COMMENT, signal, lang=lang)
    assert reasons[:5] == [None] * 5
    assert None not in reasons[5:]
    assert reasons[6] == reasons[8] == "comments"


def test_strip_boilerplate_marker_near_the_top_does_not_wipe_the_article():
    """'Leave a comment' under the byline, before the article, cuts nothing."""
    reasons = _reasons("Posted by admin", "Leave a comment", *ARTICLE, "Reply")
    assert reasons[1] == "comment_prompt"
    assert reasons[2:7] == [None] * 5


def test_strip_boilerplate_marker_before_more_article_cuts_nothing():
    """A 'Comments' heading followed by a run of prose without thread signals is not a thread."""
    reasons = _reasons(*ARTICLE, "Comments", *ARTICLE)
    assert reasons[6:] == [None] * 5


def test_strip_boilerplate_prose_after_marker_needs_a_signal():
    """One prose block after a late marker, with no signal at all, stays."""
    reasons = _reasons(*ARTICLE, "Discussion", COMMENT)
    assert reasons[-1] is None


def test_strip_boilerplate_cut_takes_a_comment_form_without_signals():
    """A late marker followed only by short form furniture drops it all."""
    reasons = _reasons(*ARTICLE, "Leave a Reply", "Name *", "Email *", "Notify me", "Website")
    assert reasons[5:] == [
        "comment_prompt",
        "comment_prompt",
        "comment_prompt",
        "comments",
        "comment_prompt",
    ]


def test_strip_boilerplate_cut_can_be_switched_off():
    """cut_threads=False applies only the drop categories."""
    stage = StripBoilerplate(cut_threads=False)
    doc = stage(make_doc(*ARTICLE, "3 Comments", "jane says:", COMMENT, "Reply"))
    assert [b.dropped_by for b in doc.blocks][5:] == [
        "comment_prompt",
        None,
        None,
        "comment_prompt",
    ]


def test_cut_thread_is_linear_on_many_markers():
    """Thousands of marker blocks are handled in one pass, not one pass per marker."""
    cut = Rules.load("en").cut[0]
    marker = Block(text="1 comment", dropped_by="comment_prompt")
    blocks = [Block(text=t) for t in ARTICLE] + [marker] * 20_000 + [Block(COMMENT), Block("Reply")]
    out = cut_thread(blocks, cut)
    assert out[-2].dropped_by == out[-1].dropped_by == "comments"
    assert out[4].kept


def test_strip_boilerplate_user_rules_file(tmp_path: Path):
    """extra_rules adds a user's file on top of the shipped rules of every page's language."""
    house = tmp_path / "house.toml"
    house.write_text(
        '[drop.house_promo]\nexact = ["try acme weekly"]\nexamples = ["Try Acme Weekly"]\n',
        encoding="utf-8",
    )
    stage = StripBoilerplate(extra_rules=[house])
    doc = stage(make_doc("Try Acme Weekly", "Lesen Sie auch", lang="de"))
    assert [b.dropped_by for b in doc.blocks] == ["house_promo", "related"]


@pytest.mark.parametrize("as_given", [str, Path], ids=["str", "Path"])
def test_strip_boilerplate_takes_one_bare_rules_file(tmp_path: Path, as_given):
    """extra_rules="house.toml" is one file (it was read letter by letter: "No such file: 'h'")."""
    house = tmp_path / "house.toml"
    house.write_text(
        '[drop.house_promo]\nexact = ["try acme weekly"]\nexamples = ["Try Acme Weekly"]\n',
        encoding="utf-8",
    )
    stage = StripBoilerplate(extra_rules=as_given(house))
    assert stage.extra_rules == (str(house),)
    assert stage(make_doc("Try Acme Weekly", lang="en")).blocks[0].dropped_by == "house_promo"


def test_strip_boilerplate_checks_user_rules_files_when_built(tmp_path: Path):
    """A missing or broken user file fails when the stage is built, not on every page."""
    with pytest.raises(FileNotFoundError):
        StripBoilerplate(extra_rules=[tmp_path / "missing.toml"])
    broken = tmp_path / "broken.toml"
    broken.write_text('[drop.house]\nexact = ["x"]\n', encoding="utf-8")  # no examples
    with pytest.raises(ValueError, match=r"broken\.toml"):
        StripBoilerplate(extra_rules=[broken])


def test_strip_boilerplate_given_rules_apply_to_every_page():
    """rules= fixes the rules whatever doc.lang says."""
    stage = StripBoilerplate(rules=Rules.load("de"))
    assert stage(make_doc("Lesen Sie auch", lang="en")).blocks[0].dropped_by == "related"


def _kept(doc):
    return [b.text for b in doc.blocks if b.kept]


def test_strip_boilerplate_text_drops_headlines_under_a_related_label():
    """In a text scrape, headlines under a bare related label go; the subheading over prose stays."""
    doc = make_doc(
        ARTICLE[0],
        "Notícies relacionades",
        "Els retards a la R3 es disparen al febrer",
        "Ripoll reclama més freqüències per a l'estació",
        "Més freqüència als matins",
        ARTICLE[1],
        lang="ca",
    )
    assert _kept(strip_boilerplate(doc)) == [ARTICLE[0], "Més freqüència als matins", ARTICLE[1]]


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("Related articles", "html"),  # HTML: the extractor judges links, not this pass
        ("Don't miss:", "text"),  # a label with a colon runs into a teaser as often as a list
    ],
)
def test_strip_boilerplate_related_list_needs_a_bare_label_in_text(label, kind):
    """The headline lines stay after a colon label, and on HTML pages."""
    doc = make_doc(ARTICLE[0], label, "Council approves new tram depot", ARTICLE[1], kind=kind)
    assert "Council approves new tram depot" in _kept(strip_boilerplate(doc))


def test_strip_boilerplate_related_list_under_a_colon_label_closing_the_text():
    """A colon label's headlines go when nothing is kept after them; a question is a headline."""
    doc = make_doc(
        ARTICLE[0],
        ARTICLE[1],
        "Tu aimeras aussi :",
        "Le tour des lacs de Bastan en deux jours",
        "Que mettre dans son sac pour une rando à la journée ?",
        "Cascade du Garet : une balade facile en famille",
        lang="fr",
    )
    assert _kept(strip_boilerplate(doc)) == [ARTICLE[0], ARTICLE[1]]


def test_strip_boilerplate_related_list_stops_at_a_question_of_two_sentences():
    """A question after another sentence is prose: the list ends above it."""
    doc = make_doc(
        ARTICLE[0],
        "Related articles",
        "Council approves new tram depot",
        "Ferry fares to rise in spring",
        "The plan is final. Who pays for it?",
        ARTICLE[1],
    )
    kept = _kept(strip_boilerplate(doc))
    assert "Council approves new tram depot" not in kept
    assert "Ferry fares to rise in spring" in kept  # the subheading over the prose line
    assert "The plan is final. Who pays for it?" in kept


def test_strip_boilerplate_related_list_stops_at_a_sentence():
    """A line that ends a sentence ends the list: the article goes on."""
    doc = make_doc(ARTICLE[0], "Related articles", "Officials said the plan was final.", ARTICLE[1])
    assert _kept(strip_boilerplate(doc)) == [
        ARTICLE[0],
        "Officials said the plan was final.",
        ARTICLE[1],
    ]


def test_strip_boilerplate_text_drops_network_names_one_to_a_line():
    """In a text scrape, share buttons one to a line go when they stand beside each other."""
    doc = make_doc(
        ARTICLE[0], "Deel dit artikel", "Facebook", "WhatsApp", "LinkedIn", ARTICLE[1], lang="nl"
    )
    assert _kept(strip_boilerplate(doc)) == [ARTICLE[0], ARTICLE[1]]


@pytest.mark.parametrize("kind", ["text", "html"])
def test_strip_boilerplate_keeps_a_lone_network_name(kind):
    """A network's name alone among prose is a subheading or an answer; HTML is left to markup."""
    doc = make_doc(ARTICLE[0], "Facebook", ARTICLE[1], kind=kind)
    assert "Facebook" in _kept(strip_boilerplate(doc))
    html = make_doc(ARTICLE[0], "Facebook", "Twitter", ARTICLE[1], kind="html")
    assert "Twitter" in _kept(strip_boilerplate(html))


def test_strip_boilerplate_related_list_runs_up_to_a_dash_question():
    """The last headline before an interview's dash-led question belongs to the list."""
    doc = make_doc(
        ARTICLE[0],
        "Related articles",
        "Council approves new tram depot",
        "Ferry fares to rise in spring",
        "- What are your plans for next year?",
        ARTICLE[1],
    )
    assert _kept(strip_boilerplate(doc)) == [
        ARTICLE[0],
        "- What are your plans for next year?",
        ARTICLE[1],
    ]


STORY_LINE = "The council approved the new budget on Monday after a long debate about the schools."


@pytest.mark.parametrize(
    ("heading", "bio", "dropped"),
    [
        ("About Marcus Oyelaran", "Marcus leads the finance team at Ledgerly.", True),
        ("Über Jana Roth", "Jana schreibt seit 2015 über Verkehr.", True),
        ("About Northwind Batteries", "Northwind Batteries makes cells for buses.", False),
        ("About New York", "New York is the largest city in the United States.", False),
        ("About Marcus Oyelaran", "Founded in 2001, the firm employs 40 people.", False),
    ],
)
def test_strip_boilerplate_drops_an_author_box_that_calls_the_person_by_first_name(
    heading, bio, dropped
):
    """'About <Name>' and a bio opening with the first name go; a company's or place's stay."""
    doc = strip_boilerplate(make_doc(STORY_LINE, heading, bio, lang="en"))
    got = [b.dropped_by for b in doc.blocks]
    assert got == [None, "author_bio", "author_bio"] if dropped else got == [None, None, None]


def _section_page(label_origin: str, *, tiles: int = 2) -> list[Block]:
    story = [Block(t, origin=f"/html/body/article/p[{n}]") for n, t in enumerate(ARTICLE * 3, 1)]
    label = Block("Customers also viewed", kind="heading", origin=label_origin, dropped_by="shop")
    rail = [
        Block(f"Trail pack {n} 25 litres", origin=f"/html/body/div[3]/ul/li[{n}]")
        for n in range(1, tiles + 1)
    ]
    return [*story, label, *rail]


def test_labelled_sections_drop_the_tiles_under_a_shop_label():
    """The kept blocks in the box a related or shop label heads go with the label."""
    out = drop_labelled_sections(_section_page("/html/body/div[3]/div/h2"))
    assert [b.dropped_by for b in out[-2:]] == ["shop", "shop"]
    assert all(b.kept for b in out[:-3])


def test_labelled_sections_need_the_label_to_head_its_box():
    """A label after other blocks of its box is a subheading inside the text: nothing goes."""
    blocks = _section_page("/html/body/div[3]/h2")
    blocks.insert(-3, Block("Trail pack 0 20 litres", origin="/html/body/div[3]/p"))
    out = drop_labelled_sections(blocks)
    assert all(b.kept for b in out if b.dropped_by != "shop" or b.kind != "heading")


def test_labelled_sections_leave_a_box_holding_most_of_the_text():
    """A section with most of the page's kept words is the page's own content."""
    out = drop_labelled_sections(_section_page("/html/body/div[3]/h2", tiles=60))
    assert all(b.kept for b in out if b.kind != "heading")


def test_labelled_sections_read_this_stages_labels_only():
    """A heading an earlier stage dropped as "related" (extract_html names a dropped block by
    its box's markup, cleaner.removal_reasons) heads no section: only the label this stage's
    phrase rule gave does, so naming a removed block never removes more.
    """
    page = _section_page("/html/body/div[3]/div/h2")
    before = [b.evolve(dropped_by=None) if b.kind == "heading" else b for b in page]
    assert [b.dropped_by for b in drop_labelled_sections(page, before)[-2:]] == ["shop", "shop"]
    out = drop_labelled_sections(page, page)
    assert all(b.kept for b in out if b.kind != "heading")
    related = [b.evolve(dropped_by="related") if b.kind == "heading" else b for b in page]
    doc = make_doc(lang="en").evolve(blocks=tuple(related), kind="html")
    assert all(b.kept for b in strip_boilerplate(doc).blocks if b.kind != "heading")


def test_labelled_sections_leave_text_scrapes_to_the_related_lists():
    """A text scrape has no boxes: the stage does not run the section rule on it."""
    doc = make_doc(ARTICLE[0], "Customers also viewed", "Trail pack 25 litres", kind="text")
    assert "Trail pack 25 litres" in _kept(strip_boilerplate(doc))


def test_a_users_rules_folder_adds_a_language_without_touching_the_package(tmp_path):
    """A user could add a language only by writing into the installed package; a file of
    extra_rules applied to every language's pages. A folder in extra_rules gives its
    common.toml to every page and its <code>.toml to that language's pages only.
    """
    folder = tmp_path / "my-rules"
    folder.mkdir()
    (folder / "sw.toml").write_text(
        '[drop.related]\nexact = ["habari zinazohusiana"]\nexamples = ["Habari zinazohusiana"]\n',
        encoding="utf-8",
    )
    (folder / "common.toml").write_text(
        '[drop.house_promo]\nmax_chars = 80\nphrases = ["try acme weekly"]\n'
        'examples = ["Try Acme Weekly for free"]\n',
        encoding="utf-8",
    )
    stage = StripBoilerplate(extra_rules=folder)
    texts = ("Habari zinazohusiana", "Try Acme Weekly for free", "Mvua kubwa imenyesha leo.")
    swahili = stage(make_doc(*texts, lang="sw-KE"))
    assert [b.dropped_by for b in swahili.blocks] == ["related", "house_promo", None]
    english = stage(make_doc(*texts, lang="en"))
    assert [b.dropped_by for b in english.blocks] == [None, "house_promo", None]
    (folder / "de.toml").write_text("[drop.related]\nexact = ['x']\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"de\.toml"):
        StripBoilerplate(extra_rules=[folder])


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ({"swahili.toml": "[drop]\n"}, "swahili.toml is not named for a language"),
        ({"rules.txt": "x"}, "the folder holds no .toml file"),
    ],
)
def test_strip_boilerplate_refuses_a_rules_folder_it_cannot_read(
    tmp_path: Path, files: dict[str, str], message: str
) -> None:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        StripBoilerplate(extra_rules=[str(tmp_path)])
