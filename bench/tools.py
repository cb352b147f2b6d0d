"""The tools under comparison, each behind one function ``raw bytes -> Prediction``.

A tool is set up once (imports, stoplists) by its factory, outside the timed loop; the returned
callable is what the worker times. Every tool sees only the page's input (HTML, or the text
scrape): never its ground truth, and its URL only when the run asks for ``--url`` (then every tool
that takes one gets it).

Text scrapes go to ``cleaner`` as they are. The HTML peers get them wrapped as HTML, each
non-empty line one ``<p>`` (the scrape put one block element per line), since none of them reads
plain text.
"""

from __future__ import annotations

import hashlib
import html
import inspect
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from bench.data import Kind


@dataclass(frozen=True)
class Prediction:
    """What one tool made of one page."""

    body: str = ""
    title: str | None = None
    authors: tuple[str, ...] = ()
    date: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


Extractor = Callable[[bytes, str | None], Prediction]
"""A set-up tool: (page bytes, url or None) -> Prediction."""


def wrap_text(raw: bytes) -> str:
    """A text scrape as minimal HTML: one ``<p>`` per non-empty line."""
    text = raw.decode("utf-8", errors="replace")
    paras = "".join(f"<p>{html.escape(line)}</p>\n" for line in text.splitlines() if line.strip())
    return f"<html><body>\n{paras}</body></html>"


_BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "td",
        "th",
        "tr",
        "table",
        "br",
        "pre",
        "blockquote",
        "section",
        "article",
        "header",
        "footer",
        "figure",
        "figcaption",
        "dd",
        "dt",
        "dl",
        "main",
        "aside",
        "nav",
        "form",
    ],
)


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment, a line break at every block element (for readability)."""
    import lxml.html  # noqa: PLC0415  (only readability needs it)

    if not fragment.strip():
        return ""
    root = lxml.html.fromstring(fragment)
    parts: list[str] = []

    def walk(el: Any) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        block = tag in _BLOCK_TAGS
        if block:
            parts.append("\n")
        if el.text and tag not in {"script", "style"}:
            parts.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                parts.append(child.tail)
        if block:
            parts.append("\n")

    walk(root)
    lines = (" ".join(line.split()) for line in "".join(parts).splitlines())
    return "\n".join(line for line in lines if line)


def _input(raw: bytes, kind: Kind) -> bytes | str:
    return raw if kind == "html" else wrap_text(raw)


def make_cleaner(kind: Kind) -> Extractor:
    """``cleaner.clean()``: HTML or the text scrape, as bytes."""
    import cleaner  # noqa: PLC0415

    del kind  # cleaner detects the input kind itself

    def run(raw: bytes, url: str | None) -> Prediction:
        a = cleaner.clean(raw, url=url)
        return Prediction(
            body=a.text,
            title=a.title,
            authors=tuple(a.authors),
            date=a.date,
            extra={"discarded": a.discarded} if a.discarded else {},
        )

    return run


def make_trafilatura(kind: Kind) -> Extractor:
    """``trafilatura.extract(include_comments=False)``: its default mode, with fallbacks."""
    import trafilatura  # noqa: PLC0415

    def run(raw: bytes, url: str | None) -> Prediction:
        out = trafilatura.extract(_input(raw, kind), url=url, include_comments=False)
        return Prediction(body=out or "")

    return run


def make_trafilatura_fast(kind: Kind) -> Extractor:
    """``trafilatura.extract(fast=True, include_comments=False)``: no fallback extractors."""
    import trafilatura  # noqa: PLC0415

    def run(raw: bytes, url: str | None) -> Prediction:
        out = trafilatura.extract(_input(raw, kind), url=url, include_comments=False, fast=True)
        return Prediction(body=out or "")

    return run


def make_trafilatura_bare(kind: Kind) -> Extractor:
    """``trafilatura.bare_extraction(with_metadata=True)``: text plus title, author, date.

    The speed reference: it delivers the same fields as a full cleaner Article.
    """
    import trafilatura  # noqa: PLC0415

    def run(raw: bytes, url: str | None) -> Prediction:
        doc = trafilatura.bare_extraction(_input(raw, kind), url=url, with_metadata=True)
        if doc is None:
            return Prediction()
        d = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
        author = d.get("author")
        return Prediction(
            body=d.get("text") or "",
            title=d.get("title"),
            authors=tuple(a.strip() for a in author.split(";")) if author else (),
            date=d.get("date"),
        )

    return run


def make_readability(kind: Kind) -> Extractor:
    """readability-lxml: ``Document(page).summary()`` as text; ``short_title()`` as title."""
    from readability import Document  # noqa: PLC0415

    def run(raw: bytes, url: str | None) -> Prediction:
        doc = Document(_input(raw, kind), url=url)
        return Prediction(
            body=html_to_text(doc.summary(html_partial=True)), title=doc.short_title()
        )

    return run


def make_justext(kind: Kind) -> Extractor:
    """jusText with its English stoplist (how the published benchmarks run it)."""
    import justext  # noqa: PLC0415

    stoplist = justext.get_stoplist("English")

    def run(raw: bytes, url: str | None) -> Prediction:
        del url
        paras = justext.justext(_input(raw, kind), stoplist)
        return Prediction(body="\n\n".join(p.text for p in paras if not p.is_boilerplate))

    return run


def make_scrape(kind: Kind) -> Extractor:
    """No cleaning: the text scrape handed back as it is (text sets only)."""
    if kind != "text":
        raise ValueError("the 'scrape' baseline exists only for text sets")

    def run(raw: bytes, url: str | None) -> Prediction:
        del url
        return Prediction(body=raw.decode("utf-8", errors="replace"))

    return run


TOOLS: dict[str, Callable[[Kind], Extractor]] = {
    "cleaner": make_cleaner,
    "trafilatura": make_trafilatura,
    "trafilatura-fast": make_trafilatura_fast,
    "trafilatura-bare": make_trafilatura_bare,
    "readability": make_readability,
    "justext": make_justext,
    "scrape": make_scrape,
}
"""Every tool by its name on the command line and in the tables."""


def adapter_hash(name: str) -> str:
    """A hash of the code that runs a tool here, so changed adapters invalidate saved outputs."""
    parts = [
        inspect.getsource(TOOLS[name]),
        inspect.getsource(wrap_text),
        inspect.getsource(html_to_text),
        inspect.getsource(_input),
    ]
    return hashlib.sha256("".join(parts).encode()).hexdigest()[:12]


REFERENCE = "trafilatura-bare"
"""Speed ratios are against this tool (issue 3: ``bare_extraction(with_metadata=True)``)."""

DESCRIPTIONS: dict[str, str] = {
    "cleaner": "cleaner.clean(page) - the full Article",
    "trafilatura": "trafilatura.extract(page, include_comments=False)",
    "trafilatura-fast": "trafilatura.extract(page, include_comments=False, fast=True)",
    "trafilatura-bare": "trafilatura.bare_extraction(page, with_metadata=True)",
    "readability": "readability.Document(page).summary() as text; short_title()",
    "justext": "justext.justext(page, English stoplist), non-boilerplate paragraphs",
    "scrape": "no cleaning: the text scrape itself",
}


def default_tools(kind: Kind) -> list[str]:
    """The tools a run compares when none are named."""
    names = [
        "cleaner",
        "trafilatura",
        "trafilatura-fast",
        "trafilatura-bare",
        "readability",
        "justext",
    ]
    return [*names, "scrape"] if kind == "text" else names


def make_htmldate(kind: Kind) -> Extractor:
    """htmldate alone (date only): ``find_date(page, original_date=True)``, as trafilatura calls it.

    Appended here rather than in the table above so that adding it left the source lines of the
    other adapters (and so their reuse keys) untouched.
    """
    from htmldate import find_date  # noqa: PLC0415

    def run(raw: bytes, url: str | None) -> Prediction:
        date = find_date(_input(raw, kind), url=url, original_date=True)
        return Prediction(date=date)

    return run


TOOLS["htmldate"] = make_htmldate
DESCRIPTIONS["htmldate"] = "htmldate.find_date(page, original_date=True): the date alone"


def make_trafilatura_precision(kind: Kind) -> Extractor:
    """``trafilatura.extract(include_comments=False, favor_precision=True)``: its precision mode.

    The best peer the issue quotes for sh-html; run by default on the Scrapinghub sets only
    (cheap there), on request elsewhere.
    """
    import trafilatura  # noqa: PLC0415

    def run(raw: bytes, url: str | None) -> Prediction:
        out = trafilatura.extract(
            _input(raw, kind), url=url, include_comments=False, favor_precision=True
        )
        return Prediction(body=out or "")

    return run


TOOLS["trafilatura-precision"] = make_trafilatura_precision
DESCRIPTIONS["trafilatura-precision"] = (
    "trafilatura.extract(page, include_comments=False, favor_precision=True)"
)
