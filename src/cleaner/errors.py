"""The exceptions `cleaner` raises, and `Discard`, which a stage raises to reject a page."""

from __future__ import annotations


class CleanerError(Exception):
    """Base class of every error `cleaner` raises on purpose."""


class Discard(Exception):  # noqa: N818 - a signal like Scrapy's DropItem, not an error
    """Raised by a stage to reject the page: empty, binary, too large, not an article.

    The pipeline stops and returns `Article(discarded=reason)`. It is not an error: a discarded
    page is a normal outcome, and a batch writes a result for it like any other page.

    Args:
        reason: A short, stable code (`"empty"`, `"not_article"`, ...), then optionally
            `": "` and a human explanation.
    """

    def __init__(self, reason: str) -> None:
        """Create the signal with its `reason`."""
        super().__init__(reason)
        self.reason = reason


class PipelineError(CleanerError):
    """A pipeline was built or edited wrongly: duplicate or unknown stage names, bad stages."""


class StageNotFound(PipelineError, KeyError):  # noqa: N818 - named for what `[]` looks up
    """No stage of a pipeline has the name asked for (`pipeline["x"]`, `without`, `insert`).

    A `PipelineError`, as this module says unknown names are, and a `KeyError`, as a lookup by
    name raises: it raised a bare KeyError, which `except cleaner.PipelineError` let through
    (session 23's review). Its message reads as given, without KeyError's quotes.
    """

    def __str__(self) -> str:
        """The message as given (KeyError's `str` shows the repr of its argument)."""
        return str(self.args[0]) if self.args else ""


class ModelError(CleanerError, ValueError):
    """A shipped model file is malformed: retrain it with its script in bench/, or reinstall."""
