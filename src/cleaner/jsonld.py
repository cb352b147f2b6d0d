"""A page's JSON-LD structured data, found and parsed once.

`detect` reads it when it parses the page (`JsonLd.read`) and carries it on the Document
(`Document.jsonld`); `extract_html`, `byline`, `metadata` and `judge` take it from there
(`of`), so each script is parsed once a page instead of once a stage.

A script counts when its `type` is "application/ld+json" in any case and with any white space
around it. Its text is parsed with `strict=False`: CMS templates paste an article's body into
`articleBody` with raw line breaks and tabs, and the whole block would otherwise be lost with
its `datePublished` and `author` (wcxb-dev 0574, a forum thread's DiscussionForumPosting). A
script that still does not parse (trailing commas, `//` comments, single quotes) gives no
nodes, but the types it names are salvaged from its text (`JsonLd.all_types`): an article
template's JSON-LD broken by one stray comma still says the page is an article (4 sh-html
pages).

String values are read as the page meant them: a CMS that writes its JSON-LD through an HTML
escaping filter leaves character references in it ("O&#039;Brien", "Q&amp;A"), which JSON
does not undo; `_unescaped` does, once, for every string holding one.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import regex

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator
    from collections.abc import Set as AbstractSet

    from lxml.html import HtmlElement

    from cleaner.document import Document

__all__ = ["JsonLd", "of", "types"]

_SCRIPT_TYPE = "application/ld+json"

# How deep `JsonLd.nodes` looks for typed objects inside a script: the article's author, its
# publisher, an offer of a product lie within a few levels; deeper nesting is a site's
# navigation or a list of every product it sells.
_MAX_DEPTH = 6

# The type a script names first where it says "@type" (a string, or the first of a list):
# what a script that does not parse as JSON is still read for.
_NAMED_TYPE = regex.compile(r'"@type"\s*:\s*\[?\s*"([^"]*)"')

# A character reference: named ("&amp;"), decimal ("&#039;") or hexadecimal ("&#x27;").
_REFERENCE = regex.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


@dataclass(frozen=True, slots=True)
class JsonLd:
    """The JSON-LD of one page. Read-only: the nodes are the parsed JSON, shared by the stages.

    Attributes:
        scripts: How many JSON-LD scripts the page has, empty and broken ones included.
        top: The objects at the top of each script that parses, and the members of their
            `@graph`, in page order: the page's own entities.
        nodes: Every object with an `@type` in each script that parses, nested ones included
            (to `_MAX_DEPTH` levels), in document order.
        top_types: The lower-cased types of the `top` nodes.
        all_types: The lower-cased types of all `nodes`, and those named in the scripts that
            do not parse.
    """

    scripts: int = 0
    top: tuple[dict[str, Any], ...] = ()
    nodes: tuple[dict[str, Any], ...] = ()
    top_types: frozenset[str] = frozenset()
    all_types: frozenset[str] = frozenset()

    @classmethod
    def read(cls, tree: HtmlElement, *, elements: Iterable[HtmlElement] | None = None) -> JsonLd:
        """Find and parse the JSON-LD scripts of a parsed page.

        Args:
            tree: The parsed page.
            elements: The page's `<script>` elements in page order, when the caller has them
                (`PageIndex.elements("script")`): they save a walk of the tree.
        """
        scripts = 0
        top: list[dict[str, Any]] = []
        nodes: list[dict[str, Any]] = []
        salvaged: set[str] = set()
        for script in tree.iter("script") if elements is None else elements:
            if (script.get("type") or "").strip().casefold() != _SCRIPT_TYPE:
                continue
            scripts += 1
            text = script.text
            if not text:
                continue
            parsed = _parse(text)
            if parsed is None:
                salvaged.update(t.casefold() for t in _NAMED_TYPE.findall(text))
                continue
            top.extend(parsed[0])
            nodes.extend(parsed[1])
        top_types = frozenset(t for node in top for t in types(node))
        all_types = frozenset(t for node in nodes for t in types(node)) | salvaged
        return cls(
            scripts=scripts,
            top=tuple(top),
            nodes=tuple(nodes),
            top_types=top_types,
            all_types=all_types,
        )

    def plus(self, text: str) -> JsonLd:
        """This JSON-LD with one more script's `text`, as a page carries it outside a `<script>`.

        Some CMSs write their JSON-LD into a meta tag's `content` (`<meta name="script:ld+json"
        content="{&quot;@type&quot;:&quot;Article&quot;, ...}">`, wcxb-dev 4053): the same
        nodes, read after the page's scripts. A text that does not parse adds nothing.
        """
        parsed = _parse(text)
        if parsed is None:
            return self
        top, nodes = parsed
        return JsonLd(
            scripts=self.scripts + 1,
            top=self.top + top,
            nodes=self.nodes + nodes,
            top_types=self.top_types | {t for node in top for t in types(node)},
            all_types=self.all_types | {t for node in nodes for t in types(node)},
        )

    def declares(self, wanted: AbstractSet[str]) -> bool:
        """Whether one of the page's own (`top`) entities has one of the `wanted` types.

        Args:
            wanted: Lower-cased type names.
        """
        return not self.top_types.isdisjoint(wanted)


def of(doc: Document) -> JsonLd:
    """The JSON-LD of a document: what `detect` read, or read now from a hand-made Document."""
    if doc.jsonld is not None:
        return doc.jsonld
    return JsonLd() if doc.tree is None else JsonLd.read(doc.tree)


def types(node: dict[str, Any]) -> frozenset[str]:
    """The lower-cased `@type` names of a JSON-LD node (a string or a list of them)."""
    value = node.get("@type")
    if isinstance(value, str):
        return frozenset((value.casefold(),))
    if isinstance(value, list):
        return frozenset(v.casefold() for v in value if isinstance(v, str))
    return frozenset()


def _parse(text: str) -> tuple[tuple[dict[str, Any], ...], tuple[dict[str, Any], ...]] | None:
    """One script's top nodes and all its typed nodes (`JsonLd.top`, `.nodes`); None if no JSON."""
    try:
        data = json.loads(text, strict=False)
    except ValueError:
        return None
    data = _unescaped(data)
    return tuple(_top_nodes(data)), tuple(_all_nodes(data, 0))


def _unescaped(data: object) -> object:
    """Parsed JSON with the character references in its strings (keys and values) unescaped.

    Containers are rebuilt only where a string changes, so a script without references keeps
    its parsed objects.
    """
    if isinstance(data, str):
        return html.unescape(data) if "&" in data and _REFERENCE.search(data) else data
    if isinstance(data, list):
        items = [_unescaped(item) for item in data]
        return data if all(a is b for a, b in zip(items, data, strict=True)) else items
    if isinstance(data, dict):
        pairs = {_unescaped(k): _unescaped(v) for k, v in data.items()}
        same = len(pairs) == len(data) and all(k in data and data[k] is v for k, v in pairs.items())
        return data if same else pairs
    return data


def _top_nodes(data: object) -> Iterator[dict[str, Any]]:
    """The objects at the top of a parsed script (lists flattened), and of their `@graph`."""
    if isinstance(data, list):
        for item in data:
            yield from _top_nodes(item)
    elif isinstance(data, dict):
        yield data
        graph = data.get("@graph")
        if isinstance(graph, list):
            yield from (item for item in graph if isinstance(item, dict))


def _all_nodes(data: object, depth: int) -> Iterator[dict[str, Any]]:
    """Every object with an `@type` in a parsed script, `@graph` members and nested ones."""
    if depth > _MAX_DEPTH:
        return
    if isinstance(data, list):
        for item in data:
            yield from _all_nodes(item, depth + 1)
    elif isinstance(data, dict):
        if "@type" in data:
            yield data
        for value in data.values():
            if isinstance(value, (list, dict)):
                yield from _all_nodes(value, depth + 1)
