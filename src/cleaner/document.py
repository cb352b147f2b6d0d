"""The data that flows between stages (`Block`, `Meta`, `Document`) and the result (`Article`).

Every object here is a frozen dataclass: a stage never mutates what it is given, it returns a new
object through `evolve`. Stages *label* blocks (`Block.dropped_by`) instead of deleting them, so
every removal can be explained afterwards (`Article.removed`, `cleaner --explain`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from lxml.html import HtmlElement

    from cleaner.jsonld import JsonLd
    from cleaner.pageindex import PageIndex

BlockKind = Literal[
    "heading",
    "paragraph",
    "list_item",
    "quote",
    "code",
    "table",
    "caption",
    "byline",
    "title",
    "date",
]
"""What a block is. Body blocks are headings, paragraphs, list items, quotes, code and tables."""

BODY_KINDS: frozenset[str] = frozenset(
    {"heading", "paragraph", "list_item", "quote", "code", "table"},
)
"""Block kinds that belong in `Article.body` when kept."""

InputKind = Literal["html", "text"]


@dataclass(frozen=True, slots=True, init=False)
class Block:
    """One paragraph-sized piece of text: the grain every cleaning stage works on.

    Attributes:
        text: The block's text.
        kind: What the block is (see `BlockKind`).
        link_density: Share of the characters that sit inside links (0.0 for plain text).
        origin: Where it came from, for explanations: an element path or "lines 12-14".
        dropped_by: Why a stage removed it ("sponsored", "comment_prompt", ...); None if kept.
        dropped_in: The name of the stage that removed it; filled in by the pipeline.
        kept: Whether no stage has removed this block (`dropped_by` is None); set by the
            constructor, not an argument of it.
    """

    text: str
    kind: BlockKind = "paragraph"
    link_density: float = 0.0
    origin: str = ""
    dropped_by: str | None = None
    dropped_in: str | None = None
    # A stored field, not a property: the stages read it ~5,600 times a page on sh-html (every
    # rule of extract_html walks the blocks), and a property call cost 0.1 us more each, about
    # 0.5 ms a page (speed helper, session 19). Left out of ==, hash and repr: it follows from
    # `dropped_by`.
    kept: bool = field(init=False, repr=False, compare=False)

    def __init__(  # noqa: PLR0913, PLR0917 - the dataclass's own fields, in order
        self,
        text: str,
        kind: BlockKind = "paragraph",
        link_density: float = 0.0,
        origin: str = "",
        dropped_by: str | None = None,
        dropped_in: str | None = None,
    ) -> None:
        """Make a block: the fields in order, as the dataclass's own `__init__` takes them.

        Written out to set the slots through their descriptors: a frozen dataclass's generated
        `__init__` goes through `object.__setattr__` once a field, and ~440 blocks are made a
        page on sh-html (0.7 us saved each).
        """
        _SET_TEXT(self, text)
        _SET_KIND(self, kind)
        _SET_LINK_DENSITY(self, link_density)
        _SET_ORIGIN(self, origin)
        _SET_DROPPED_BY(self, dropped_by)
        _SET_DROPPED_IN(self, dropped_in)
        _SET_KEPT(self, dropped_by is None)

    def drop(self, reason: str) -> Block:
        """Return a copy labelled as removed for `reason`; a dropped block keeps its reason."""
        if self.dropped_by is not None:
            return self
        return Block(self.text, self.kind, self.link_density, self.origin, reason, self.dropped_in)

    def evolve(self, **changes: Any) -> Block:  # noqa: ANN401 - mirrors dataclasses.replace
        """Return a copy with `changes` applied.

        Raises:
            TypeError: A change names no field of Block.
        """
        # what dataclasses.replace does, without its walk over the fields' metadata: blocks are
        # evolved a hundred times a page (drops labelled by the pipeline, normalised text)
        fields: dict[str, Any] = {
            "text": self.text,
            "kind": self.kind,
            "link_density": self.link_density,
            "origin": self.origin,
            "dropped_by": self.dropped_by,
            "dropped_in": self.dropped_in,
        }
        fields.update(changes)
        return Block(**fields)

    def line_span(self) -> tuple[int, int] | None:
        """The scrape's first and last line numbers a text block came from ("lines 12-14").

        None for a block whose origin is no line span (an HTML element path).
        """
        m = _LINE_SPAN.match(self.origin)
        return (int(m[1]), int(m[2])) if m else None


# The origin a text block's extraction writes (`extract_text`, `text_forms`).
_LINE_SPAN = re.compile(r"^lines (\d+)-(\d+)$")


# The slots' own setters, which a frozen class's `__setattr__` does not guard (`Block.__init__`).
(
    _SET_TEXT,
    _SET_KIND,
    _SET_LINK_DENSITY,
    _SET_ORIGIN,
    _SET_DROPPED_BY,
    _SET_DROPPED_IN,
    _SET_KEPT,
) = (
    Block.__dict__[name].__set__
    for name in ("text", "kind", "link_density", "origin", "dropped_by", "dropped_in", "kept")
)


@dataclass(frozen=True, slots=True)
class Caption:
    """A figure caption and, separately, its photo credit.

    Attributes:
        text: The caption without its credit.
        credit: The credit ("AP Photo/Vasily Krestyaninov"), or None when the page gives none.
    """

    text: str
    credit: str | None = None

    def to_dict(self) -> dict[str, str | None]:
        """Return the caption as `{"text": ..., "credit": ...}`."""
        return {"text": self.text, "credit": self.credit}


@dataclass(frozen=True, slots=True, init=False)
class Removed:
    """One block that the pipeline removed from the body, and why.

    Attributes:
        text: The block's text.
        reason: The label the stage gave ("sponsored", "menu", "caption", ...).
        stage: The name of the stage that removed it.
        origin: Where the block came from in the input: the element's path in an HTML page
            ("/html/body/header/nav/ul/li[2]"), "lines 12-14" in a text scrape; "" when unknown.
    """

    text: str
    reason: str
    stage: str
    origin: str = ""

    def __init__(self, text: str, reason: str, stage: str, origin: str = "") -> None:
        """Make a record: the fields in order, set through the slots' descriptors.

        `Article.from_document` makes one per removed block (~140 a page on sh-html): see
        `Block.__init__` for why it is written out.
        """
        _SET_REMOVED_TEXT(self, text)
        _SET_REMOVED_REASON(self, reason)
        _SET_REMOVED_STAGE(self, stage)
        _SET_REMOVED_ORIGIN(self, origin)

    def to_dict(self) -> dict[str, str]:
        """Return the record with plain JSON types."""
        return {
            "text": self.text,
            "reason": self.reason,
            "stage": self.stage,
            "origin": self.origin,
        }


_SET_REMOVED_TEXT, _SET_REMOVED_REASON, _SET_REMOVED_STAGE, _SET_REMOVED_ORIGIN = (
    Removed.__dict__[name].__set__ for name in ("text", "reason", "stage", "origin")
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Meta:
    """Page metadata gathered by the metadata stages.

    Attributes:
        title: The headline without the site suffix.
        site_name: The publication's name.
        authors: Person names from the byline, in page order.
        date: First-publication date as ISO `YYYY-MM-DD`.
        captions: Figure captions with their credits, in page order.
    """

    title: str | None = None
    site_name: str | None = None
    authors: tuple[str, ...] = ()
    date: str | None = None
    captions: tuple[Caption, ...] = ()

    def evolve(self, **changes: Any) -> Meta:  # noqa: ANN401 - mirrors dataclasses.replace
        """Return a copy with `changes` applied."""
        return replace(self, **changes)


@dataclass(frozen=True, slots=True, kw_only=True)
class Document:
    """Everything a stage may read or write while one page moves through the pipeline.

    Attributes:
        raw: The input, untouched.
        url: The page's address, if the caller gave one.
        lang: ISO 639-1 language code: given by the caller, declared by the page, or detected.
        decoded: The input as text (set by `decode`).
        kind: "html" or "text", or None before `detect` ran.
        tree: The parsed HTML (set by `detect`). Read-only: a stage that prunes works on a copy.
        jsonld: The page's JSON-LD, parsed once with the tree (set by `detect`; read it with
            `cleaner.jsonld.of`, which also reads a hand-made Document's tree).
        index: The tree's elements the stages look up, each kind found in one walk (set by
            `detect`; read it with `cleaner.pageindex.of`).
        blocks: The page cut into blocks (set by the extract stages), labelled by later stages.
        meta: Metadata gathered so far.
    """

    raw: str | bytes
    url: str | None = None
    lang: str | None = None
    decoded: str = ""
    kind: InputKind | None = None
    tree: HtmlElement | None = field(default=None, compare=False, repr=False)
    jsonld: JsonLd | None = field(default=None, compare=False, repr=False)
    index: PageIndex | None = field(default=None, compare=False, repr=False)
    blocks: tuple[Block, ...] = ()
    meta: Meta = field(default_factory=Meta)

    def evolve(self, **changes: Any) -> Document:  # noqa: ANN401 - mirrors dataclasses.replace
        """Return a copy with `changes` applied."""
        return replace(self, **changes)

    def __repr__(self) -> str:
        """Show the page's size, kind, language and blocks' count, not the page itself.

        The generated repr printed `raw` and `decoded` whole (up to 20 MB each) when a stage's
        author printed a Document to debug it (session 21's review).
        """
        kept = sum(b.kept for b in self.blocks)
        return (
            f"Document(url={_short(self.url)}, lang={self.lang!r}, kind={self.kind!r}, "
            f"raw=<{len(self.raw)} {type(self.raw).__name__}>, "
            f"decoded=<{len(self.decoded)} characters>, "
            f"blocks=<{len(self.blocks)}, {kept} kept>, meta={self.meta!r})"
        )

    @property
    def kept_blocks(self) -> tuple[Block, ...]:
        """The blocks no stage has removed, in page order."""
        return tuple(b for b in self.blocks if b.kept)


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    """The clean result for one page. Field names follow the gold files in `fixtures/pages/`.

    Attributes:
        title: The headline without the site suffix, or None.
        site_name: The publication's name, or None.
        authors: Person names from the byline (no "By", no agency, no role words); a page
            that credits no person gets the team or desk its author tag names ("News Desk").
        date: First-publication date as ISO `YYYY-MM-DD`, or None when the page gives none.
        captions: Figure captions with their credits, in page order.
        body: Kept body paragraphs in page order (subheadings and list items included).
        kind: "html" or "text": the form of the input.
        lang: The page's language: the caller's tag as normalised ("en-GB" -> "en-gb",
            "pt_BR" -> "pt-br"), else the ISO 639-1 code the page declares or that is detected
            ("en"); None if unknown.
        url: The page's address, as given.
        discarded: None, or why the page has no article ("empty", "binary", "not_article", ...).
            A discarded article has an empty body.
        removed: Every block removed from the body, with its reason and stage.
    """

    title: str | None = None
    site_name: str | None = None
    authors: tuple[str, ...] = ()
    date: str | None = None
    captions: tuple[Caption, ...] = ()
    body: tuple[str, ...] = ()
    kind: InputKind = "text"
    lang: str | None = None
    url: str | None = None
    discarded: str | None = None
    removed: tuple[Removed, ...] = ()

    @property
    def text(self) -> str:
        """The body joined with blank lines."""
        return "\n\n".join(self.body)

    def __repr__(self) -> str:
        """Show the metadata and the body's size, not the body: a page's is 50 KB and more.

        The generated repr printed every paragraph and every removed block, into a REPL, a
        log line or a `Result`'s repr (session 21's review). `to_dict()` gives everything.
        """
        chars = sum(len(p) for p in self.body)
        return (
            f"Article(title={_short(self.title)}, site_name={_short(self.site_name)}, "
            f"authors={self.authors!r}, date={self.date!r}, kind={self.kind!r}, "
            f"lang={self.lang!r}, url={_short(self.url)}, discarded={_short(self.discarded)}, "
            f"body=<{len(self.body)} paragraphs, {chars} characters>, "
            f"captions=<{len(self.captions)}>, removed=<{len(self.removed)} blocks>)"
        )

    @classmethod
    def from_document(cls, doc: Document, *, discarded: str | None = None) -> Article:
        """Build the result from the last Document of a pipeline run.

        Args:
            doc: The document after the last stage (or the stage that discarded it).
            discarded: The reason the page was rejected; the body is then left empty.
        """
        body: tuple[str, ...] = ()
        if discarded is None:
            body = tuple(b.text for b in doc.blocks if b.kept and b.kind in BODY_KINDS and b.text)
        # positional: a frozen dataclass's keyword call costs a third more, ~140 records a page
        removed = tuple(
            Removed(b.text, b.dropped_by, b.dropped_in or "", b.origin)
            for b in doc.blocks
            if b.dropped_by is not None
        )
        return cls(
            title=doc.meta.title,
            site_name=doc.meta.site_name,
            authors=doc.meta.authors,
            date=doc.meta.date,
            captions=doc.meta.captions,
            body=body,
            kind=doc.kind or "text",
            lang=doc.lang,
            url=doc.url,
            discarded=discarded,
            removed=removed,
        )

    def to_text(self) -> str:
        """Return the article as plain text: the title, a blank line, the body paragraphs.

        What `cleaner -f text` writes; empty for a discarded page (its title alone, as it was,
        read as a page of nothing but a headline: a login wall's "Sign in to continue reading").
        """
        if self.discarded is not None:
            return ""
        parts = [self.title] if self.title else []
        parts += list(self.body)
        return "\n\n".join(parts) + "\n" if parts else ""

    def to_markdown(self) -> str:
        """Return the article as Markdown: title heading, metadata line, body, captions as quotes.

        What `cleaner -f markdown` writes; empty for a discarded page. A paragraph that starts
        like Markdown markup ("#1 seed wins", "- Berlin, 3 May", "1999. A year") has it escaped,
        so it stays a paragraph.
        """
        if self.discarded is not None:
            return ""
        parts: list[str] = []
        if self.title:
            parts.append(f"# {self.title}")
        meta = [", ".join(self.authors)] if self.authors else []
        meta += [x for x in (self.date, self.site_name) if x]
        if meta:
            parts.append("*" + " · ".join(meta) + "*")
        parts += [_plain_start(paragraph) for paragraph in self.body]
        parts += [f"> {c.text}" + (f" ({c.credit})" if c.credit else "") for c in self.captions]
        return "\n\n".join(parts) + "\n" if parts else ""

    def to_dict(self) -> dict[str, Any]:
        """Return the article as plain JSON types, with exactly the public field names."""
        return {
            "title": self.title,
            "site_name": self.site_name,
            "authors": list(self.authors),
            "date": self.date,
            "captions": [c.to_dict() for c in self.captions],
            "body": list(self.body),
            "text": self.text,
            "kind": self.kind,
            "lang": self.lang,
            "url": self.url,
            "discarded": self.discarded,
            "removed": [r.to_dict() for r in self.removed],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """Rebuild an Article from `to_dict()`'s output, or from a line `cleaner` wrote.

        The inverse of `to_dict()`: `Article.from_dict(json.loads(line))` gives back the
        article of a JSONL line of the command line or of `Result.to_dict()`, whose extra keys
        (`id`, `source`, `status`, `error`, and `text`, which `body` makes) are left aside.
        Fields a line does not have take their defaults (a `--no-removed` line has no
        `removed`), but a mapping with none of an Article's fields is no article: `{}`, or an
        article wrapped in another key, raises rather than reading as an empty article.

        Raises:
            ValueError: `data` has none of an Article's fields, is a failed page's line (it has
                an `error` and no article), or `kind` is not "html" or "text".
            TypeError: `data` is not a mapping, or a field has the wrong type.

        Example:
            >>> article = Article(title="T", body=("One.", "Two."), authors=("Ann Lee",))
            >>> Article.from_dict(article.to_dict()) == article
            True
        """
        if not isinstance(data, Mapping):
            raise TypeError(f"from_dict takes a mapping, got {type(data).__name__}")
        if data.get("status") == "failed" or (data.get("error") and "body" not in data):
            raise ValueError(
                f"a failed page has no article: {data.get('error')!r} (source "
                f"{data.get('source')!r}); only kept and discarded pages can be read back",
            )
        if not _ARTICLE_KEYS.intersection(data):
            keys = ", ".join(repr(k) for k in list(data)[:8]) or "none"
            raise ValueError(
                f"from_dict reads an Article's fields ({', '.join(sorted(_ARTICLE_KEYS))}) and "
                f"the mapping has none of them (its keys: {keys}): pass Article.to_dict()'s "
                "output or a line that cleaner wrote",
            )
        kind = data.get("kind", "text")
        if kind not in ("html", "text"):
            raise ValueError(f"kind must be 'html' or 'text', got {kind!r}")
        return cls(
            title=_optional_str(data, "title"),
            site_name=_optional_str(data, "site_name"),
            authors=tuple(_strings(data, "authors")),
            date=_optional_str(data, "date"),
            captions=tuple(
                Caption(_str(c, "text", "captions[].text"), _optional_str(c, "credit"))
                for c in _mappings(data, "captions")
            ),
            body=tuple(_strings(data, "body")),
            kind=kind,
            lang=_optional_str(data, "lang"),
            url=_optional_str(data, "url"),
            discarded=_optional_str(data, "discarded"),
            removed=tuple(
                Removed(
                    _str(r, "text", "removed[].text"),
                    _str(r, "reason", "removed[].reason"),
                    _str(r, "stage", "removed[].stage"),
                    _optional_str(r, "origin") or "",
                )
                for r in _mappings(data, "removed")
            ),
        )


# The keys of `Article.to_dict()`: a mapping holding none of them is no article (`from_dict`).
_ARTICLE_KEYS = frozenset(Article().to_dict())

# A title or url longer than a terminal line says nothing more in a repr.
_REPR_CHARS = 80


def _short(value: str | None) -> str:
    """`repr(value)`, cut to `_REPR_CHARS` characters with "..." (a title, a url, a reason)."""
    if value is None or len(value) <= _REPR_CHARS:
        return repr(value)
    return repr(value[:_REPR_CHARS] + "...")


def _optional_str(data: Mapping[str, Any], key: str) -> str | None:
    value = data.get(key)
    if value is not None and not isinstance(value, str):
        raise TypeError(f"{key} must be a str or null, got {type(value).__name__}")
    return value


def _str(data: Mapping[str, Any], key: str, where: str) -> str:
    value = data.get(key)
    if not isinstance(value, str):
        raise TypeError(f"{where} must be a str, got {type(value).__name__}")
    return value


def _strings(data: Mapping[str, Any], key: str) -> list[str]:
    values = data.get(key) or []
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise TypeError(f"{key} must be a list of str")
    return values


def _mappings(data: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
    values = data.get(key) or []
    if not isinstance(values, list) or not all(isinstance(v, Mapping) for v in values):
        raise TypeError(f"{key} must be a list of objects")
    return values


_MARKDOWN_START = re.compile(r"(?:[#>]|[-*+](?=\s)|\d{1,9}[.)](?=\s)|={3,}|-{3,}|`{3,}|~{3,})")


def _plain_start(paragraph: str) -> str:
    """Escape a paragraph's leading Markdown marker, so the text stays a paragraph.

    Why: "#1 seed wins the final" became a heading, "- Berlin, 3 May" a list item and
    "1999. A year of change" a numbered list in the Markdown output.
    """
    match = _MARKDOWN_START.match(paragraph)
    if match is None:
        return paragraph
    if match.group()[0].isdigit():
        number = match.group()[:-1]
        return f"{number}\\{match.group()[-1]}{paragraph[match.end() :]}"
    return "\\" + paragraph
