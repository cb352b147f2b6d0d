"""Stage `extract_text`: a plain-text scrape cut into blocks, menus and other junk labelled."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import regex

from cleaner.document import Block, BlockKind, Document
from cleaner.stages.language import guess_language, stopwords
from cleaner.textclassify import TextModel, Unit, default_model, segment

logger = logging.getLogger(__name__)

_WORD = regex.compile(r"\w+")
_SENTENCE_END = regex.compile(r"[.!?…。！？:;\"”»’)]$")
# Lines of at least this many words carry the language; menus would vote for English.
_LANG_LINE_WORDS = 8
# Subheadings in the benchmark articles are at most a dozen words and end without a full stop.
_HEADING_MAX_WORDS = 12
# The title line of a scrape (the page's <title>) is longer than this only when the scrape has
# no title line at all and opens on a paragraph.
_TITLE_MAX_WORDS = 40


@dataclass(frozen=True, slots=True)
class Verdict:
    """What the classifier decided about one unit.

    Attributes:
        unit: The unit (its lines and where they are).
        score: Probability that the unit is article content.
        reason: Why it is dropped, or None when it is kept.
    """

    unit: Unit
    score: float
    reason: str | None


def page_language(text: str) -> str | None:
    """Guess the language of a text scrape from its longer lines (menus are left out)."""
    lines = [x for x in text.splitlines() if len(x.split()) >= _LANG_LINE_WORDS]
    return guess_language(" ".join(lines) if lines else text)


def _reason(unit: Unit, score: float, title: str, run_short: bool, in_span: bool) -> str:
    """Name why a unit the model rejected is boilerplate (every removal is explained)."""
    text = " ".join(unit.lines)
    if title and text.casefold() in title.casefold() and len(text) > 15:
        return "title_repeat"
    if run_short:
        return "menu"
    if not in_span:
        return "outside_article"
    return "low_density" if score < 0.5 else "context"


def classify(
    text: str,
    lang: str | None = None,
    *,
    model: TextModel | None = None,
) -> list[Verdict]:
    """Classify every unit of a text scrape as content or boilerplate.

    The first unit is the scrape's title line (the page's `<title>`); it is always kept, for the
    `metadata` stage to lift.

    Args:
        text: The scrape.
        lang: ISO 639-1 code; guessed from the text when None.
        model: The model to score with; the shipped one when None.

    Returns:
        One verdict per unit, in page order.
    """
    units = segment(text)
    if not units:
        return []
    model = model or default_model()
    stops = stopwords(lang or page_language(text))
    first = " ".join(units[0].lines)
    has_title = len(first.split()) <= _TITLE_MAX_WORDS
    title = first if has_title else ""
    scores = model.score(units, stops, title)
    keep = [s >= model.threshold for s in scores]
    kept_idx = [i for i, k in enumerate(keep) if k]
    lo, hi = (kept_idx[0], kept_idx[-1]) if kept_idx else (0, -1)
    out = []
    for i, (unit, score) in enumerate(zip(units, scores, strict=True)):
        if i == 0 and has_title:
            out.append(Verdict(unit, 1.0, None))
            continue
        if keep[i]:
            out.append(Verdict(unit, score, None))
            continue
        words = len(_WORD.findall(" ".join(unit.lines)))
        prev_short = i > 0 and len(units[i - 1].lines[0].split()) < 5
        next_short = i + 1 < len(units) and len(units[i + 1].lines[0].split()) < 5
        run_short = words < 5 and (prev_short or next_short)
        out.append(Verdict(unit, score, _reason(unit, score, title, run_short, lo <= i <= hi)))
    return out


def _kind(unit: Unit, is_first: bool) -> BlockKind:
    if is_first:
        return "title"
    if unit.bullet:
        return "list_item"
    text = " ".join(unit.lines)
    if (
        len(unit.lines) == 1
        and len(text.split()) <= _HEADING_MAX_WORDS
        and not _SENTENCE_END.search(text)
        and text[:1].isupper()
    ):
        return "heading"
    return "paragraph"


def extract_text(doc: Document) -> Document:
    """Cut a plain-text scrape into blocks and label menus, teasers and other page furniture.

    Lines become blocks (lines of a hard-wrapped paragraph become one block, joined later by
    `normalize`); a two-pass classifier (`cleaner.textclassify`) scores each block from its own
    features and its neighbours', and the blocks it rejects are dropped with a reason:
    "menu" (a run of short lines), "title_repeat", "outside_article" (before the first or after
    the last kept block), "low_density" or "context". The first line, the page's title, is kept
    for the `metadata` stage. A no-op on HTML.

    Reads: decoded, kind, lang. Writes: blocks.
    """
    if doc.kind != "text":
        return doc
    verdicts = classify(doc.decoded, doc.lang)
    blocks = []
    for i, v in enumerate(verdicts):
        origin = f"lines {v.unit.first}-{v.unit.last}"
        block = Block(
            text=v.unit.text,
            kind=_kind(v.unit, i == 0 and v.reason is None and v.score == 1.0),
            origin=origin,
        )
        blocks.append(block.drop(v.reason) if v.reason else block)
    logger.debug("extract_text: %d of %d blocks kept", sum(b.kept for b in blocks), len(blocks))
    return doc.evolve(blocks=tuple(blocks))
