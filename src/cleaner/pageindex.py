"""One index of a parsed page's elements, walked once and shared by the stages that read the tree.

Detect, byline, metadata, captions and judge each used to walk the whole tree for what they
read: the `<meta>` tags (four walks), the `<h1>`s (three), `<title>`, `<time>`, `<script>`, and
the elements whose class names a byline or a caption (an XPath over every attribute, 2.2 ms a
page on sh-html, and a Python walk). A walk by tag runs in C but still visits every node (about
0.15 ms a page each on sh-html); `PageIndex` does each kind of walk once per page.

The index is built lazily, part by part, on first use: a pipeline without the stages that need
a part never pays for it. The tree is read-only for every stage (`Document.tree`), so what the
index holds stays true for the whole run.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from cleaner import htmlblocks

if TYPE_CHECKING:
    from lxml.html import HtmlElement

    from cleaner.document import Document

# The tags the stages look up by name: one C walk collects them all.
_TAGS = ("meta", "title", "h1", "h2", "time", "article", "script")
_TAG_SET = frozenset(_TAGS)

# What the byline stage reads as author markup (`author_markup.scan`): a class holding "uthor",
# "yline", "autor", "auteur", "writer" or "firma"; an id holding "uthor" or "yline"; itemprop
# "author" or "creator"; rel holding "author"; or a link whose href holds "/aut", "/people/",
# "/staff/" or "/contributor". Substring tests, as the XPath `//@class[contains(., 'uthor') or
# ...]/.. | ...` this walk replaced made them (the same elements on all sh-html pages).
# What the captions stage reads as a caption (`captions.html_captions`): a <figcaption>, or a
# class holding "aption", "legend", "égende", "pie-de-foto", "didascalia" or "bildunterschrift"
# (whole words are tested afterwards: "égende" and "pie-de-foto" let captions' own words
# "légende" and "pie-de-foto" through, which no other part matched; round E hold-out check),
# "mageText", "mage-text", "mgtext" or "ildtext" (an image's text: "div.imageText", golden
# is-tilkynning-vatnslokun-html; "bildtext").
# The tests are written out as chains of `in`: a generator over a tuple of parts per element
# doubled the walk's time.


class PageIndex:
    """The elements of one parsed page that the stages look up, each kind found in one walk.

    Args:
        tree: The parsed page (`Document.tree`). It must not change while the index is used.
    """

    __slots__ = ("__dict__", "tree")

    def __init__(self, tree: HtmlElement) -> None:
        """Keep the tree; nothing is walked until a part is first asked for."""
        self.tree = tree

    @cached_property
    def _tagged(self) -> tuple[tuple[str, HtmlElement], ...]:
        """Every element whose tag is in `_TAGS`, with its tag, in page order."""
        return tuple((el.tag, el) for el in self.tree.iter(*_TAGS))

    def elements(self, *tags: str) -> list[HtmlElement]:
        """The elements with one of `tags` (all in `_TAGS`), in page order.

        The same elements, in the same order, as `tree.iter(*tags)` gives.

        Raises:
            ValueError: A tag the index does not collect.
        """
        found = self._picked.get(tags)
        if found is None:
            wanted = frozenset(tags)
            if not wanted <= _TAG_SET:
                raise ValueError(f"PageIndex collects only {_TAGS}, not {sorted(wanted)}")
            found = self._picked[tags] = tuple(el for tag, el in self._tagged if tag in wanted)
        return list(found)

    @cached_property
    def _picked(self) -> dict[tuple[str, ...], tuple[HtmlElement, ...]]:
        """`elements`' answers, by the tags asked for.

        The stages ask ~13 times a page for the same few tag sets, and each answer was a scan
        of every element `_tagged` holds.
        """
        return {}

    def first(self, tag: str) -> HtmlElement | None:
        """The first element with `tag` (one of `_TAGS`), or None: `next(tree.iter(tag))`."""
        found = self.elements(tag)
        return found[0] if found else None

    @cached_property
    def _marked(self) -> tuple[tuple[HtmlElement, ...], tuple[HtmlElement, ...]]:
        """The byline markup candidates and the caption candidates, from one Python walk.

        One walk over every element tests both stages' attributes: the byline test alone as
        an XPath (five descendant scans in libxml2) cost twice the walk for both. A class
        string is tested once per process (`htmlblocks.class_marks`): a page repeats its
        classes, and the seventeen substring tests per element were most of the walk. Where
        `blocks` was read first, its walk found them already.
        """
        byline: list[HtmlElement] = []
        caption: list[HtmlElement] = []
        htmlblocks.mark_candidates(self.tree.getroottree().getroot(), byline, caption)
        return tuple(byline), tuple(caption)

    @cached_property
    def blocks(self) -> list[htmlblocks.RawBlock]:
        """The page's text blocks (`htmlblocks.segment` of the tree), shared by the stages.

        The walk that cuts them finds the byline and caption candidates as well, which then
        cost no walk of their own (`_marked`: ~1 ms a page on sh-html) when the tree is the
        page's root element, as `detect` makes it.
        """
        byline: list[HtmlElement] = []
        caption: list[HtmlElement] = []
        blocks = htmlblocks.segment(self.tree, candidates=(byline, caption))
        if self.tree.getroottree().getroot() is self.tree and "_marked" not in self.__dict__:
            # the same elements, in the same order, as `_marked`'s walk from the root finds
            self.__dict__["_marked"] = (tuple(byline), tuple(caption))
        return blocks

    @property
    def byline_candidates(self) -> tuple[HtmlElement, ...]:
        """The elements whose attributes may mark a byline, in page order."""
        return self._marked[0]

    @property
    def caption_candidates(self) -> tuple[HtmlElement, ...]:
        """The `<figcaption>`s and the elements whose class may mark a caption, in page order."""
        return self._marked[1]


def of(doc: Document) -> PageIndex:
    """The index of a document's tree: the one `detect` made, or a new one for a hand-made Document.

    Raises:
        ValueError: The document has no tree (a text scrape, or a Document before `detect`).
    """
    if doc.index is not None:
        return doc.index
    if doc.tree is None:
        raise ValueError(
            "the document has no parsed tree to index: run the `detect` stage before this one "
            "(it parses an HTML page; a text scrape has no tree), or make the Document with "
            "tree=parse_html(html) (from cleaner.stages.detect import parse_html)",
        )
    return PageIndex(doc.tree)
