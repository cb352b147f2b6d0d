"""Stage `judge`: discard a page that holds no article."""

from __future__ import annotations

from cleaner.document import BODY_KINDS, Document
from cleaner.errors import Discard

# Fewer kept body words than this and the page has no article to speak of.
MIN_WORDS = 10


def judge(doc: Document) -> Document:
    """Discard the page when nothing worth calling an article is left.

    Reads: blocks. Writes: nothing; raises Discard("not_article").
    """
    words = sum(len(b.text.split()) for b in doc.blocks if b.kept and b.kind in BODY_KINDS)
    if words < MIN_WORDS:
        raise Discard(f"not_article: {words} words of body text")
    return doc
