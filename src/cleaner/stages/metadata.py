"""Stage `metadata`: title, site name and publication date, from the markup or the text lines.

HTML pages carry their metadata several times over: `<h1>`, `og:title`, JSON-LD `headline` and
`<title>` for the headline; `og:site_name`, JSON-LD `publisher` and the title suffix for the site;
JSON-LD `datePublished`, `article:published_time`, `<time>` and dated lines for the date. The
stage reads all of them from the one parsed tree (`doc.tree`) and picks by agreement. Plain-text
scrapes open with the page's `<title>` line; dated lines in their body are lifted out.

A date is only given where the page states one as its publication date: an "Updated" date, a
copyright year or a date on a page that is no article (a product, a shop category, a service
page) are not publication dates. Measured on wcxb-dev with `bench/meta_eval.py`.

This module is the stage: the HTML title's choice from the gathered candidates and the blocks
it lifts out of the body. The rules live apart: `cleaner.page_facts` (what the markup says),
`cleaner.site_names` (the site's name, HTML and text), `cleaner.page_dates` (an HTML page's
publication date) and `cleaner.text_metadata` (a text scrape's title, site and date).
"""

from __future__ import annotations

import html
from dataclasses import replace
from typing import Any

from cleaner import jsonld, pageindex
from cleaner.dates import (
    find_date,
    is_dateline,
)
from cleaner.document import Block, Document
from cleaner.page_dates import (
    html_date,
)
from cleaner.page_facts import (
    gather,
    ld_headline,
    page_kind,
)
from cleaner.site_names import (
    TITLE_PREFIX,
    home_link_site,
    project_name,
    site_names,
)
from cleaner.text_metadata import WIDE_SPACE_CHARS, text_metadata
from cleaner.titles import (
    MAX_TITLE_PARTS,
    choose_html_title,
    choose_title,
    clean_site_name,
    keep_wide_spaces,
    title_parts,
)

# The meta tag some CMSs carry their JSON-LD in (its `content` is the script's text).
_LD_META = "script:ld+json"


def metadata(doc: Document) -> Document:
    """Find the page's title, site name and publication date.

    HTML: from meta tags, JSON-LD, `<title>`, `<h1>` and `<time>` in the one parsed tree.
    Text: the first line is the page title; a line that is only a date is lifted out.

    Reads: kind, tree, jsonld, blocks, url, lang, meta.
    Writes: meta.title, meta.site_name, meta.date, blocks[].dropped_by ("title", "date").
    """
    if doc.kind == "text":
        return text_metadata(doc)
    if doc.kind != "html" or doc.tree is None:
        return doc
    facts = gather(pageindex.of(doc), jsonld.of(doc), doc.decoded)
    if carried := facts.metas.get(_LD_META):
        # JSON-LD carried in a meta tag, not a script (`JsonLd.plus`): its article node dates
        # the page as a script's would (wcxb-dev 4053).
        ld = jsonld.of(doc).plus(carried)
        facts = replace(facts, ld=ld.nodes, top_types=ld.top_types)
    sites = site_names(facts)
    if not sites and (home := home_link_site(facts.title_tag, doc.decoded)):
        sites = [home]
    sources: dict[str, Any] = {
        "h1s": facts.h1s,
        "og_title": facts.metas.get("og:title") or facts.metas.get("twitter:title"),
        "ld_headline": ld_headline(facts),
        "title_tag": facts.title_tag,
        "site_names": sites,
        "lines": _shown_title_parts(facts.title_tag, doc.decoded),
    }
    # The rules' pick is the headline the page shows (its dateline's anchor, the block lifted
    # out of the body); the title model says which wording the page is titled by.
    headline, title_site = choose_title(**sources)
    title = choose_html_title(rule_title=headline, page_kind=page_kind(facts), **sources)
    # Candidates are compared with whitespace collapsed: the markup keeps the headline's
    # full-width spaces (golden ja-nyusu-oame-kansui-html).
    title = keep_wide_spaces(title, [doc.decoded[:WIDE_SPACE_CHARS]])
    if title_site and not sites and not doc.meta.site_name:
        title_site = project_name(title_site, doc.decoded) or title_site
    # A site's name never keeps a separator mark from a title it was split from.
    site = clean_site_name(doc.meta.site_name or (sites[0] if sites else None) or title_site)
    date = doc.meta.date or html_date(facts, doc, headline)
    blocks = _drop_headline_and_dateline(doc, headline, date)
    return doc.evolve(
        blocks=blocks,
        meta=doc.meta.evolve(title=doc.meta.title or title, site_name=site, date=date),
    )


def _shown_title_parts(title: str, markup: str) -> list[str]:
    """Runs of the `<title>`'s parts that the page shows as an element's whole text.

    "Comune di Valdora - Notizie - Lavori sul ponte vecchio" with "<b>Lavori sul ponte
    vecchio</b>" in the page: the shown run is the headline (it-vecchio-cms-br-redazione).
    """
    shown = []
    prefixed = TITLE_PREFIX.match(title)
    if prefixed:
        # The headline after a "Site:" prefix, where an element shows it whole (titles'
        # `_site_prefix`: golden pt-repositorio-dissertacao-resumo-html's metadata table cell).
        head = " ".join(title[prefixed.end("site") :].lstrip(" \t\n:").split())
        escaped = html.escape(head, quote=False)
        if f">{head}<" in markup or (escaped != head and f">{escaped}<" in markup):
            shown.append(head)
    parts = title_parts(title)
    if not 2 <= len(parts) <= MAX_TITLE_PARTS:
        return shown
    for i in range(len(parts)):
        for j in range(i + 1, len(parts) + 1):
            run = title[title.find(parts[i]) : title.rfind(parts[j - 1]) + len(parts[j - 1])]
            if (i, j) == (0, len(parts)):
                continue
            # Each test scans the whole markup: the escaped run only when it differs.
            escaped = html.escape(run, quote=False)
            if f">{run}<" in markup or (escaped != run and f">{escaped}<" in markup):
                shown.append(run)
    return shown


# A body paragraph: past it, a date line is a post's or a section's, not the article's.
_HEAD_PARAGRAPH_CHARS = 200
# The head's reach: the first 8 KEPT blocks, and past the 8th block of the page only a line of
# the page's own date (2859c87: a cookie bar and a menu of dropped blocks before the headline
# pushed the dateline out of reach on goldens pt-noticia-foto-credito-cookies and
# it-cronaca-ansa-nevicata; a forum's per-post dates further down are content, wcxb-dev).
_HEAD_BLOCKS = 8


def _drop_headline_and_dateline(
    doc: Document, title: str | None, date: str | None
) -> tuple[Block, ...]:
    """Label a leading body block that repeats the headline, and datelines near the top."""
    blocks = list(doc.blocks)
    wanted = " ".join((title or "").split()).casefold()
    # Only the head of the article: one dateline at most, none after the first long paragraph
    # (see `_HEAD_BLOCKS`). `is_dateline` reads no line over 120 characters.
    top = [i for i, block in enumerate(blocks) if block.kept][:_HEAD_BLOCKS]
    dated = False
    for i in top:
        block = blocks[i]
        if len(block.text) > _HEAD_PARAGRAPH_CHARS:
            break
        text = " ".join(block.text.split()).casefold()
        if wanted and text == wanted and block.kind in {"heading", "paragraph"}:
            blocks[i] = block.evolve(kind="title").drop("title")
        elif (
            date
            and not dated
            and is_dateline(block.text, doc.lang)
            and (i < _HEAD_BLOCKS or find_date(block.text, doc.lang) == date)
        ):
            blocks[i] = block.evolve(kind="date").drop("date")
            dated = True
    return tuple(blocks)
