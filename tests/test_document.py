"""Data objects: immutability, labels, Article built from a Document, to_dict."""

from __future__ import annotations

import copy
import dataclasses
import json
import pickle

import pytest

from cleaner import Article, Block, Caption, Document, Meta


def test_block_is_frozen():
    """Blocks cannot be changed in place."""
    block = Block(text="x")
    with pytest.raises(dataclasses.FrozenInstanceError):
        block.text = "y"  # type: ignore[misc]


def test_block_drop_keeps_first_reason():
    """Dropping an already dropped block keeps the reason it was first dropped for."""
    block = Block(text="x").drop("menu").drop("sponsored")
    assert block.dropped_by == "menu"
    assert not block.kept


@pytest.mark.parametrize(
    ("block", "kept"),
    [
        (Block("x"), True),
        (Block("x", "heading", 0.5, "/html/body/h1", None, None), True),
        (Block("x", dropped_by="menu"), False),
        (Block("x").drop("menu"), False),
        (Block("x", dropped_by="menu").evolve(dropped_by=None), True),
        (Block("x").evolve(dropped_by="menu", dropped_in="extract_html"), False),
        (dataclasses.replace(Block("x"), dropped_by="ad"), False),
        (dataclasses.replace(Block("x", dropped_by="ad"), dropped_by=None), True),
        (copy.deepcopy(Block("x", dropped_by="ad")), False),
        (pickle.loads(pickle.dumps(Block("x", dropped_by="ad"))), False),
        (pickle.loads(pickle.dumps(Block("x"))), True),
    ],
)
def test_block_kept_follows_dropped_by(block: Block, kept: bool) -> None:
    """`kept` (a stored field) is `dropped_by is None` however the block was made."""
    assert block.kept is kept
    assert block.kept is (block.dropped_by is None)


def test_block_kept_is_no_argument_and_no_part_of_equality():
    """`kept` follows from `dropped_by`: not passed, not compared, hashed or shown."""
    assert Block("x", "paragraph", 0.0, "", "menu") == Block(text="x", dropped_by="menu")
    assert hash(Block("x")) == hash(Block("x"))
    assert "kept" not in repr(Block("x"))
    assert Block.__match_args__ == (
        "text",
        "kind",
        "link_density",
        "origin",
        "dropped_by",
        "dropped_in",
    )
    with pytest.raises(TypeError):
        Block("x", kept=False)  # type: ignore[call-arg]
    with pytest.raises(dataclasses.FrozenInstanceError):
        Block("x").kept = False  # type: ignore[misc]


def test_article_from_document_keeps_body_kinds_in_order():
    """Body holds kept body-kind blocks in order; captions, bylines and drops are left out."""
    doc = Document(
        raw="",
        kind="html",
        blocks=(
            Block(text="Heading", kind="heading"),
            Block(text="By Jane Doe", kind="byline"),
            Block(text="First paragraph."),
            Block(text="Sponsored", dropped_by="sponsored", dropped_in="strip_boilerplate"),
            Block(text="An item", kind="list_item"),
        ),
        meta=Meta(title="T", captions=(Caption("A boy", "AP Photo/X"),)),
    )
    article = Article.from_document(doc)
    assert article.body == ("Heading", "First paragraph.", "An item")
    assert article.text == "Heading\n\nFirst paragraph.\n\nAn item"
    assert [(r.text, r.reason, r.stage) for r in article.removed] == [
        ("Sponsored", "sponsored", "strip_boilerplate"),
    ]


def test_discarded_article_has_empty_body():
    """A discarded page keeps its reason and never a body."""
    doc = Document(raw="", blocks=(Block(text="text"),))
    article = Article.from_document(doc, discarded="not_article")
    assert article.body == ()
    assert article.discarded == "not_article"


def test_to_dict_has_exactly_the_public_keys_and_is_json():
    """to_dict returns the contract's keys with plain JSON types."""
    article = Article(
        title="T",
        authors=("A", "B"),
        captions=(Caption("c", None),),
        body=("p1", "p2"),
        kind="html",
    )
    data = article.to_dict()
    assert set(data) == {
        "title",
        "site_name",
        "authors",
        "date",
        "captions",
        "body",
        "text",
        "kind",
        "lang",
        "url",
        "discarded",
        "removed",
    }
    assert data["captions"] == [{"text": "c", "credit": None}]
    assert data["authors"] == ["A", "B"]
    assert json.loads(json.dumps(data)) == data


def test_article_renders_itself_as_text_and_markdown():
    """From Python, the CLI's text and Markdown outputs had no documented route."""
    from cleaner.cli import as_markdown, as_text  # noqa: PLC0415

    article = Article(
        title="Rain returns",
        authors=("Ann Lee",),
        date="2024-05-01",
        site_name="Daily Post",
        body=("#1 seed wins.", "Farmers were glad."),
        captions=(Caption(text="A field.", credit="AP"),),
    )
    assert article.to_text() == "Rain returns\n\n#1 seed wins.\n\nFarmers were glad.\n"
    assert article.to_markdown() == (
        "# Rain returns\n\n*Ann Lee · 2024-05-01 · Daily Post*\n\n\\#1 seed wins.\n\n"
        "Farmers were glad.\n\n> A field. (AP)\n"
    )
    assert (as_text(article), as_markdown(article)) == (article.to_text(), article.to_markdown())
    assert Article(discarded="empty").to_markdown() == ""


@pytest.mark.parametrize(
    ("origin", "span"),
    [
        ("lines 12-14", (12, 14)),
        ("lines 3-3", (3, 3)),
        ("body/div[2]/p[1]", None),
        ("lines 12", None),
        ("", None),
    ],
)
def test_block_line_span_reads_a_text_blocks_origin(
    origin: str, span: tuple[int, int] | None
) -> None:
    assert Block(text="x", origin=origin).line_span() == span
