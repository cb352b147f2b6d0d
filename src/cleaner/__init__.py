r"""cleaner: turn raw scraped web pages into clean, structured articles.

Example:
    >>> import cleaner
    >>> article = cleaner.clean("Title - Site\\n\\n" + "A plain sentence of the story. " * 8)
    >>> article.kind
    'text'
"""

from __future__ import annotations

import logging

from cleaner import stages
from cleaner.api import DEFAULT, clean
from cleaner.batch import Page, PageError, Result, clean_many
from cleaner.document import Article, Block, Caption, Document, Meta, Removed
from cleaner.errors import CleanerError, Discard, PipelineError
from cleaner.fetcher import Fetched, FetchError, fetch
from cleaner.pipeline import Pipeline, Stage
from cleaner.rules import Rules

logging.getLogger(__name__).addHandler(logging.NullHandler())

__version__ = "0.1.0"

__all__ = [
    "DEFAULT",
    "Article",
    "Block",
    "Caption",
    "CleanerError",
    "Discard",
    "Document",
    "FetchError",
    "Fetched",
    "Meta",
    "Page",
    "PageError",
    "Pipeline",
    "PipelineError",
    "Removed",
    "Result",
    "Rules",
    "Stage",
    "__version__",
    "clean",
    "clean_many",
    "fetch",
    "stages",
]
