r"""cleaner: turn raw scraped web pages into clean, structured articles.

Example:
    >>> import cleaner
    >>> article = cleaner.clean("Title - Site\\n\\n" + "A plain sentence of the story. " * 8)
    >>> article.kind
    'text'
"""

from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING

from cleaner.batch import Page, PageError, Result, clean_many
from cleaner.document import Article, Block, Caption, Document, Meta, Removed
from cleaner.errors import CleanerError, Discard, PipelineError
from cleaner.pipeline import Pipeline, Stage

if TYPE_CHECKING:
    from cleaner import stages
    from cleaner.api import DEFAULT, clean
    from cleaner.fetcher import Fetched, FetchError, fetch
    from cleaner.rules import Rules

logging.getLogger(__name__).addHandler(logging.NullHandler())

# Loaded on first use (PEP 562): the stages, rules and models take about a second of CPU to
# import, which `cleaner --help`, a usage error, or `from cleaner.batch import Page` paid for
# nothing (importing the command line: 0.99 s -> 0.15 s). `cleaner.clean(...)` loads them.
_LAZY = {
    "DEFAULT": "cleaner.api",
    "clean": "cleaner.api",
    "stages": "cleaner.stages",
    "Fetched": "cleaner.fetcher",
    "FetchError": "cleaner.fetcher",
    "fetch": "cleaner.fetcher",
    "Rules": "cleaner.rules",
}


if not TYPE_CHECKING:  # type checkers see the imports above, and a typo stays an error

    def __getattr__(name: str) -> object:
        """Import the heavy public names when first asked for."""
        module_name = _LAZY.get(name)
        if module_name is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        module = importlib.import_module(module_name)
        value = module if module_name == f"{__name__}.{name}" else getattr(module, name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        """List the lazy names with the loaded ones."""
        return sorted(set(globals()) | set(_LAZY))


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
