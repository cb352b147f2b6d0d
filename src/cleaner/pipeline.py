"""The `Stage` contract and the `Pipeline`: an immutable, named, ordered sequence of stages.

A stage is any callable `Document -> Document` that returns a new document and never mutates its
input. A `Pipeline` runs them in order; editing one (`without`, `replace`, `insert`) returns a new
pipeline, so `DEFAULT` can never be changed by accident.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Iterable, Iterator
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, TypeAlias

from cleaner.document import Article, Block, Document
from cleaner.errors import Discard, PipelineError, StageNotFound

if TYPE_CHECKING:
    from cleaner.batch import PageInput, Result

logger = logging.getLogger(__name__)

PAGE_LABEL: ContextVar[str | None] = ContextVar("cleaner_page_label", default=None)
"""What the caller calls the page being cleaned ("the batch's page at index 12"), for the log
line of a stage that fails on it; `clean_many` sets it (a context variable: each thread its
own, and each worker process sets its own around each page)."""

Stage: TypeAlias = Callable[[Document], Document]
"""A pipeline step: takes a Document and returns a new one. Any function or callable object."""


def stage_name(stage: Stage) -> str:
    """Return the name a stage goes by: its `name` attribute, else `__name__`, else its function's.

    Raises:
        PipelineError: The stage has no usable name; pass a `("name", stage)` pair instead.
    """
    name = getattr(stage, "name", None)
    if isinstance(name, str) and name:
        return name
    if isinstance(stage, functools.partial):
        return stage_name(stage.func)
    name = getattr(stage, "__name__", None)
    if isinstance(name, str) and name and name != "<lambda>":
        return name
    raise PipelineError(
        f"cannot tell the name of stage {stage!r}: give it a `name` attribute, "
        "or pass it as a (name, stage) pair",
    )


def _label_new_drops(doc: Document, name: str) -> Document:
    """Record `name` as the remover of every block dropped since the last stage."""
    blocks = doc.blocks
    new = [i for i, b in enumerate(blocks) if b.dropped_in is None and b.dropped_by is not None]
    if not new:
        return doc
    out = list(blocks)
    for i in new:
        b = blocks[i]
        out[i] = Block(b.text, b.kind, b.link_density, b.origin, b.dropped_by, name)
    return doc.evolve(blocks=tuple(out))


def _check_raw(raw: object) -> None:
    if not isinstance(raw, (str, bytes, bytearray, memoryview, Document)):
        raise TypeError(
            f"cleaner expects a page as str or bytes (or a cleaner.Document), "
            f"got {type(raw).__name__}: read the file or response body first",
        )


class Pipeline:
    """An ordered, named, immutable sequence of stages.

    Example:
        >>> import cleaner
        >>> cleaner.DEFAULT.names[:2]
        ('decode', 'detect')
        >>> shorter = cleaner.DEFAULT.without("metadata")
        >>> "metadata" in shorter.names, "metadata" in cleaner.DEFAULT.names
        (False, True)
    """

    __slots__ = ("_stages",)

    def __init__(self, stages: Iterable[Stage | tuple[str, Stage]]) -> None:
        """Build a pipeline from stages or `(name, stage)` pairs, in order.

        Raises:
            PipelineError: Two stages share a name, or a stage is not callable or is a class
                rather than an instance of one.
        """
        pairs: list[tuple[str, Stage]] = []
        for item in stages:
            name, stage = item if isinstance(item, tuple) else (stage_name(item), item)
            if not callable(stage):
                raise PipelineError(
                    f"stage {name!r} is not callable: {stage!r}. A stage is a function (or an "
                    "object with __call__) that takes a Document and returns one (docs/stages.md)",
                )
            if isinstance(stage, type):
                # A class is callable, but calling it with a page makes an instance, not a
                # Document: every page then failed with a TypeError far from the mistake.
                raise PipelineError(
                    f"stage {name!r} is the class {stage.__name__}, not a stage: "
                    f"pass an instance, e.g. {stage.__name__}()",
                )
            if name in (n for n, _ in pairs):
                raise PipelineError(
                    f"duplicate stage name {name!r}; names so far: {[n for n, _ in pairs]}. "
                    "Pass a (name, stage) pair to give the stage a new name.",
                )
            pairs.append((name, stage))
        self._stages: tuple[tuple[str, Stage], ...] = tuple(pairs)

    # -- reading ------------------------------------------------------------------------------

    @property
    def names(self) -> tuple[str, ...]:
        """The stage names, in order."""
        return tuple(n for n, _ in self._stages)

    @property
    def stages(self) -> tuple[tuple[str, Stage], ...]:
        """The `(name, stage)` pairs, in order."""
        return self._stages

    def __getitem__(self, name: str) -> Stage:
        """Return the stage called `name`.

        Raises:
            StageNotFound: No stage has that name (a `PipelineError` and a `KeyError`); the
                message lists the names there are.
        """
        for n, stage in self._stages:
            if n == name:
                return stage
        raise StageNotFound(f"no stage named {name!r}; stages: {list(self.names)}")

    def __contains__(self, name: object) -> bool:
        """Return whether a stage is called `name` (`"judge" in pipeline`, as `[]` takes names).

        Without this, `in` fell back to `__iter__` and compared names with `(name, stage)` pairs,
        so `"judge" in DEFAULT` was False (found by the usertest helper, session 16).
        """
        return any(n == name for n, _ in self._stages)

    def __len__(self) -> int:
        """Return the number of stages."""
        return len(self._stages)

    def __iter__(self) -> Iterator[tuple[str, Stage]]:
        """Iterate over the `(name, stage)` pairs."""
        return iter(self._stages)

    def __repr__(self) -> str:
        """Show the stage names."""
        return f"Pipeline({list(self.names)!r})"

    def __eq__(self, other: object) -> bool:
        """Two pipelines are equal when they hold the same named stages in the same order."""
        return isinstance(other, Pipeline) and self._stages == other._stages

    def __hash__(self) -> int:
        """Hash by the stage names, consistent with equality."""
        return hash(self.names)

    # -- editing: each returns a new pipeline -----------------------------------------------

    def _index(self, name: str) -> int:
        for i, (n, _) in enumerate(self._stages):
            if n == name:
                return i
        raise StageNotFound(f"no stage named {name!r}; stages: {list(self.names)}")

    def without(self, *names: str) -> Pipeline:
        """Return a new pipeline without the named stages.

        Raises:
            StageNotFound: A name is not in the pipeline (a `PipelineError`, a `KeyError`).
        """
        for name in names:
            self._index(name)
        return Pipeline([(n, s) for n, s in self._stages if n not in names])

    def replace(self, name: str, stage: Stage) -> Pipeline:
        """Return a new pipeline where `stage` takes the place (and the name) of stage `name`.

        Raises:
            StageNotFound: No stage has that name (a `PipelineError`, a `KeyError`).
        """
        i = self._index(name)
        pairs = list(self._stages)
        pairs[i] = (name, stage)
        return Pipeline(pairs)

    def insert(
        self,
        stage: Stage | tuple[str, Stage],
        *,
        before: str | None = None,
        after: str | None = None,
        name: str | None = None,
    ) -> Pipeline:
        """Return a new pipeline with `stage` added before or after a named stage, or at the end.

        Args:
            stage: The stage to add, or a `(name, stage)` pair as the constructor takes.
            before: Put it just before the stage of this name.
            after: Put it just after the stage of this name.
            name: The name to give it; by default the stage's own name (or the pair's).

        Raises:
            StageNotFound: `before` or `after` names no stage (a `KeyError` too).
            PipelineError: Both `before` and `after` were given, or the name is taken.
        """
        if before is not None and after is not None:
            raise PipelineError("give `before` or `after`, not both")
        if isinstance(stage, tuple):
            name, stage = name or stage[0], stage[1]
        pair = (name or stage_name(stage), stage)
        pairs = list(self._stages)
        if before is not None:
            pairs.insert(self._index(before), pair)
        elif after is not None:
            pairs.insert(self._index(after) + 1, pair)
        else:
            pairs.append(pair)
        return Pipeline(pairs)

    # -- running ------------------------------------------------------------------------------

    def _run_stage(
        self,
        name: str,
        stage: Stage,
        doc: Document,
        *,
        labelled: bool = False,
    ) -> Document:
        """Run one stage and label its drops; `labelled`: every drop in `doc` has its stage."""
        try:
            out = stage(doc)
        except Discard:
            raise
        except Exception as exc:
            exc.add_note(f"in cleaner stage {name!r}")
            raise
        if not isinstance(out, Document):
            raise PipelineError(
                f"stage {name!r} returned {type(out).__name__}, not a Document: "
                "a stage must return doc.evolve(...) or doc itself",
            )
        if type(out.blocks) is not tuple:
            # A generator or list of blocks would fail stages later with an error that names
            # neither the stage nor the fix ("'generator' object is not subscriptable"; session
            # 20's user review): the stage that made it is told here.
            raise PipelineError(
                f"stage {name!r} set blocks to a {type(out.blocks).__name__}, not a tuple: "
                "return doc.evolve(blocks=tuple(...))",
            )
        if labelled and out.blocks is doc.blocks:
            return out  # the blocks did not change: no new drop to label (most stages)
        return _label_new_drops(out, name)

    def run(self, doc: Document) -> Document:
        """Run every stage on `doc` and return the last Document.

        Raises:
            TypeError: `doc` is not a Document (call the pipeline itself on raw `str`/`bytes`).
            Discard: A stage rejected the page.
            Exception: A stage failed; the exception carries a note naming the stage.
        """
        if not isinstance(doc, Document):
            raise TypeError(
                f"Pipeline.run takes a Document, not {type(doc).__name__}: call the pipeline "
                "itself on a raw page (`pipeline(raw)`), or build one with `make_doc`",
            )
        for i, (name, stage) in enumerate(self._stages):
            doc = self._run_stage(name, stage, doc, labelled=i > 0)
        return doc

    def trace(
        self,
        raw: str | bytes | Document,
        *,
        url: str | None = None,
        lang: str | None = None,
    ) -> list[tuple[str, Document]]:
        """Run the pipeline and return the Document after every stage, for debugging a page.

        A stage that discards the page ends the trace; the last pair is that stage's name and
        the document it was given.
        """
        doc = _as_document(raw, url=url, lang=lang)
        out: list[tuple[str, Document]] = [("input", doc)]
        for i, (name, stage) in enumerate(self._stages):
            try:
                doc = self._run_stage(name, stage, doc, labelled=i > 0)
            except Discard:
                out.append((name, doc))
                break
            out.append((name, doc))
        return out

    def __call__(
        self,
        raw: str | bytes | Document,
        *,
        url: str | None = None,
        lang: str | None = None,
    ) -> Article:
        """Clean one page and return its Article; never raises on `str` or `bytes` input.

        A page a stage rejects comes back with `discarded` set to the reason. A stage that fails
        is logged with its traceback and the page comes back with
        `discarded="error: <type>: <message> (in stage '<name>')"`, so one bad page never stops
        a batch.

        Raises:
            TypeError: `raw` is not `str`, `bytes` or a `Document`.
        """
        _check_raw(raw)
        doc = _as_document(raw, url=url, lang=lang)
        for i, (name, stage) in enumerate(self._stages):
            try:
                doc = self._run_stage(name, stage, doc, labelled=i > 0)
            except Discard as signal:
                logger.debug("page discarded by %s: %s", name, signal.reason)
                return Article.from_document(doc, discarded=signal.reason)
            except Exception as exc:
                # Which page: "failed; the page is discarded" named none of a batch's million.
                logger.exception(
                    "cleaner stage %r failed on %s; the page is discarded", name, _which(doc)
                )
                # The stage's name goes in the reason: a user's stage that raised came back as
                # "error: RuntimeError: my bug", and a batch's error as "my bug", naming no stage.
                reason = f"error: {type(exc).__name__}: {exc} (in stage {name!r})"
                return Article.from_document(doc, discarded=reason)
        return Article.from_document(doc)

    def pipe(
        self,
        pages: Iterable[PageInput],
        *,
        workers: int = 1,
        **options: Any,  # noqa: ANN401 - forwarded to cleaner.clean_many
    ) -> Iterator[Result]:
        """Clean many pages: one result per input, in input order. See `cleaner.clean_many`."""
        from cleaner.batch import clean_many  # noqa: PLC0415 - batch imports this module

        return clean_many(pages, workers=workers, pipeline=self, **options)


def _which(doc: Document) -> str:
    """The page for a log line: its label in a batch (`PAGE_LABEL`), its url, or both."""
    label = PAGE_LABEL.get()
    if label and doc.url:
        return f"{label} ({doc.url})"
    return label or doc.url or "a page without a url"


def _as_document(raw: str | bytes | Document, *, url: str | None, lang: str | None) -> Document:
    # Imported here: cleaner.rules compiles the rule machinery (50 ms), which the command line's
    # start-up (`cleaner --help`, reading inputs) loads this module without needing.
    from cleaner.rules import language_tag  # noqa: PLC0415

    lang = language_tag(lang)
    if isinstance(raw, Document):
        return raw.evolve(url=url or raw.url, lang=lang or raw.lang)
    if isinstance(raw, (bytearray, memoryview)):
        raw = bytes(raw)
    return Document(raw=raw, url=url, lang=lang)


def blocks_text(doc: Document) -> list[str]:
    """Return the text of the kept blocks of `doc` (a helper for tests and debugging)."""
    return [b.text for b in doc.blocks if b.kept]


def make_doc(*texts: str, lang: str | None = "en", kind: str = "text") -> Document:
    """Build a Document of paragraph blocks by hand, for testing a single stage."""
    blocks = tuple(Block(text=t, origin=f"block {i}") for i, t in enumerate(texts))
    return Document(
        raw="\n\n".join(texts),
        decoded="\n\n".join(texts),
        lang=lang,
        kind="html" if kind == "html" else "text",
        blocks=blocks,
    )
