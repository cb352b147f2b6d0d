"""The page's JSON-LD, found and parsed once: scripts, top nodes, nested nodes, types."""

from __future__ import annotations

import pytest

from cleaner import Document
from cleaner.jsonld import JsonLd, of, types
from cleaner.stages.detect import Detect, parse_html


def _page(*scripts: str, script_type: str = "application/ld+json") -> str:
    body = "".join(f'<script type="{script_type}">{s}</script>' for s in scripts)
    return f"<html><head>{body}</head><body><p>Text.</p></body></html>"


def _read(*scripts: str, script_type: str = "application/ld+json") -> JsonLd:
    return JsonLd.read(parse_html(_page(*scripts, script_type=script_type)))


@pytest.mark.parametrize(
    ("scripts", "top_types", "all_types"),
    [
        # one object
        (['{"@type": "NewsArticle", "headline": "A"}'], {"newsarticle"}, {"newsarticle"}),
        # a type array, case folded
        (['{"@type": ["WebPage", "Article"]}'], {"webpage", "article"}, {"webpage", "article"}),
        # non-string members of a type array are skipped
        (['{"@type": ["Product", 3, null]}'], {"product"}, {"product"}),
        # a list at the top level, nested lists flattened
        (
            ['[{"@type": "Organization"}, [{"@type": "WebSite"}]]'],
            {"organization", "website"},
            {"organization", "website"},
        ),
        # @graph members are top nodes; a nested author is not
        (
            [
                (
                    '{"@context": "https://schema.org", "@graph": [{"@type": "WebPage"},'
                    ' {"@type": "BlogPosting", "author": {"@type": "Person", "name": "A"}}]}'
                ),
            ],
            {"webpage", "blogposting"},
            {"webpage", "blogposting", "person"},
        ),
        # a raw line break inside a string still parses (strict=False)
        (['{"@type": "Article", "articleBody": "one\nline\tand tab"}'], {"article"}, {"article"}),
        # broken JSON: no nodes, but the first type it names is salvaged for all_types
        (['{"@type": "NewsArticle", "keywords": ["a", ],}'], set(), {"newsarticle"}),
        (["{'@type': 'Article'}"], set(), set()),
        # several scripts: the good one still counts when another is broken
        (['{"@type": "Recipe"}', "{oops"], {"recipe"}, {"recipe"}),
        # empty and blank scripts give nothing
        (["", "   "], set(), set()),
        # a bare string or number is valid JSON but no node
        (['"just text"', "42"], set(), set()),
    ],
)
def test_jsonld_reads_top_and_all_types(
    scripts: list[str], top_types: set[str], all_types: set[str]
) -> None:
    """Top nodes and their types, nested nodes and salvaged types, for each shape of script."""
    ld = _read(*scripts)
    assert ld.top_types == top_types
    assert ld.all_types == all_types
    assert ld.scripts == len(scripts)


@pytest.mark.parametrize(
    ("script_type", "found"),
    [
        ("application/ld+json", True),
        ("Application/LD+JSON", True),
        ("  application/ld+json\n", True),
        ("application/json", False),
        ("text/javascript", False),
    ],
)
def test_jsonld_script_type_is_compared_case_free_and_stripped(
    script_type: str, *, found: bool
) -> None:
    """A script counts by its type in any case and with white space around it, and only then."""
    ld = _read('{"@type": "Event"}', script_type=script_type)
    assert ld.scripts == int(found)
    assert ld.declares({"event"}) is found


def test_jsonld_script_without_type_is_not_counted() -> None:
    """A script with no type attribute is JavaScript, not JSON-LD."""
    ld = JsonLd.read(parse_html('<html><script>{"@type": "Event"}</script><p>x</p></html>'))
    assert ld.scripts == 0
    assert ld.nodes == ()


@pytest.mark.parametrize(
    ("wanted", "expected"),
    [
        ({"product"}, True),
        ({"offer", "product"}, True),
        ({"offer"}, False),  # nested in the product: not the page's own entity
        (set(), False),
    ],
)
def test_jsonld_declares_only_top_types(wanted: set[str], *, expected: bool) -> None:
    """`declares` looks at the page's own entities, not at what they contain."""
    ld = _read('{"@type": "Product", "offers": {"@type": "Offer", "price": "3"}}')
    assert ld.declares(wanted) is expected


def test_jsonld_nodes_in_page_order_with_nested_ones() -> None:
    """`nodes` holds every typed object, parents before children, script by script."""
    ld = _read(
        '{"@type": "Article", "author": [{"@type": "Person", "name": "A"}], "x": {"y": 1}}',
        '{"@type": "Organization", "name": "O"}',
    )
    assert [types(n) for n in ld.nodes] == [{"article"}, {"person"}, {"organization"}]
    assert [n.get("name") for n in ld.top] == [None, "O"]


def test_jsonld_nodes_stop_at_the_depth_limit() -> None:
    """Objects nested deeper than the limit are left out of `nodes`."""
    deep = '{"@type": "Thing"}'
    for _ in range(10):
        deep = f'{{"a": {deep}}}'
    ld = _read(f'{{"@type": "WebPage", "part": {deep}}}')
    assert [types(n) for n in ld.nodes] == [{"webpage"}]


@pytest.mark.parametrize(
    ("node", "expected"),
    [
        ({"@type": "NewsArticle"}, {"newsarticle"}),
        ({"@type": ["A", "b", 1]}, {"a", "b"}),
        ({"@type": 7}, set()),
        ({"name": "no type"}, set()),
    ],
)
def test_jsonld_types_of_a_node(node: dict[str, object], expected: set[str]) -> None:
    """`types` lower-cases a string or the strings of a list, and ignores anything else."""
    assert types(node) == expected


def test_jsonld_detect_reads_it_once_with_the_tree() -> None:
    """`detect` carries the parsed JSON-LD on the Document, and `of` hands out that object."""
    doc = Detect()(Document(raw="", decoded=_page('{"@type": "Article"}')))
    assert doc.jsonld is not None
    assert doc.jsonld.top_types == {"article"}
    assert of(doc) is doc.jsonld
    assert of(doc.evolve(blocks=())) is doc.jsonld


def test_jsonld_of_a_hand_made_document_reads_its_tree() -> None:
    """A Document built without `detect` still answers, from its tree; text has none."""
    tree = parse_html(_page('{"@type": "FAQPage"}'))
    assert of(Document(raw="", kind="html", tree=tree)).top_types == {"faqpage"}
    assert of(Document(raw="", kind="text")) == JsonLd()


def test_jsonld_strings_are_unescaped_once() -> None:
    # a CMS escaping filter leaves references in JSON-LD strings; "&amp;lt;" is unescaped once
    ld = _read(
        '{"@type": "Article", "headline": "Q&amp;A &#8211; part&#x27;s", '
        '"author": {"@type": "Person", "name": "Sean O&#039;Brien"}, '
        '"keywords": ["a &amp;lt; b", "plain & simple"]}'
    )
    article, person = ld.nodes
    assert article["headline"] == "Q&A \u2013 part's"
    assert person["name"] == "Sean O'Brien"
    assert article["author"] is person
    assert article["keywords"] == ["a &lt; b", "plain & simple"]


def test_jsonld_without_references_keeps_its_objects() -> None:
    ld = _read('{"@type": "Article", "author": {"@type": "Person", "name": "Ann Lee"}}')
    assert ld.top[0]["author"] is ld.nodes[1]


def test_plus_adds_a_carried_script_after_the_page_scripts():
    """`plus` reads one more script's text; a text that does not parse changes nothing."""
    ld = _read('{"@type": "WebSite", "name": "Site"}')
    more = ld.plus('{"@type": "Article", "author": {"@type": "Person", "name": "A"}}')
    assert more.scripts == 2
    assert [next(iter(types(n))) for n in more.nodes] == ["website", "article", "person"]
    assert more.top_types == {"website", "article"}
    assert more.all_types == {"website", "article", "person"}
    assert ld.plus('{"@type": "Article",') is ld
