"""Batches: `clean_many()` yields exactly one `Result` per input page, in input order.

`clean_many` streams: it reads the input lazily and keeps at most a small window of pages in
flight, so a run over millions of pages uses the memory of a few. With `workers=1` and no
`timeout` given the pages are cleaned in the calling process, with no time limit. With
`workers > 1`, a `timeout`, or `isolate=True` they are cleaned in worker processes of a small
pool of our own, built for what a long batch needs and
`concurrent.futures.ProcessPoolExecutor` does not give:

* **per-page time limits**: a page that runs past `timeout` seconds has its worker killed and
  replaced, and yields an error result (a thread or a pool future cannot be stopped, and a
  hang inside lxml's C code cannot be interrupted from within the process);
* **crash isolation**: a worker that dies (segfault, `os._exit`, out of memory) is replaced and
  only the page it was cleaning yields an error result, where `ProcessPoolExecutor` raises
  `BrokenProcessPool` for every page in flight and refuses new work;
* **recycling**: a worker exits after `max_pages_per_worker` pages and a fresh one takes its
  place, so memory that a parser leaks or fragments cannot creep over a long run;
* **the pipeline is sent once per worker**: pickled once here, unpickled once in each worker.

Each worker cleans one page at a time, so a death or a time-out is always charged to the right
page and to no other. Workers are started with the 'forkserver' method where the platform has
it (a fresh, single-threaded server process that has already imported `cleaner`, so a new worker
starts in milliseconds and never inherits the caller's threads or locks), else with 'spawn'.
Programs that call `clean_many(workers=...)` from a script need the usual
`if __name__ == "__main__":` guard.

Example:
    >>> from cleaner.batch import Page, clean_many
    >>> story = "<html><body><p>" + "A sentence of the story. " * 10 + "</p></body></html>"
    >>> pages = [Page(raw=story, id="a"), b""]
    >>> [(r.id, r.status) for r in clean_many(pages)]
    [('a', 'kept'), (None, 'discarded')]
"""

from __future__ import annotations

import logging
import multiprocessing
import multiprocessing.connection
import os
import pickle
import signal
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeAlias

from cleaner.document import Article, Document
from cleaner.errors import PipelineError
from cleaner.pipeline import PAGE_LABEL, Pipeline

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.context import ForkServerContext, SpawnContext
    from multiprocessing.process import BaseProcess

logger = logging.getLogger(__name__)

Status: TypeAlias = Literal["kept", "discarded", "failed"]
"""What became of a page: an article was kept, the page was discarded, or cleaning failed."""

START_TIMEOUT = 120.0
"""Seconds a new worker may take to load the pipeline and warm up before the batch gives up.

Generous on purpose: a worker started with 'spawn' on a loaded machine imports every stage
(about 2 s of wall time with ten jobs on two cores); this only catches a pipeline that hangs.
"""


class _DefaultTimeout(float):
    """The default `timeout`, told apart by identity from a limit the caller gave."""

    __slots__ = ()


DEFAULT_TIMEOUT: float = _DefaultTimeout(60.0)
"""Seconds a page may take in a worker process when the caller gives no `timeout`.

A caller's own `timeout=` (even 60) asks for a limit, and makes `clean_many` use a worker
process even with `workers=1`; this default alone does not, so a plain `clean_many(pages)` stays
in the calling process. Why 60: docs/robustness.md (the slowest hostile input takes seconds).
"""

DEFAULT_MAX_PAGES_PER_WORKER = 500
"""Pages a worker cleans before it is replaced by a fresh one.

Why 500: a fresh worker costs a few milliseconds under 'forkserver' plus its warm-up (about a
second under 'spawn'), while 500 pages take 10-30 s of CPU, so the cost is below 1%; with it the
RSS of all processes stayed flat over 5,430 Scrapinghub pages (+0.5% from the first thousand
to the last, bench/BATCH.md).
"""


@dataclass(frozen=True, slots=True, kw_only=True)
class Page:
    """One page of a batch, with what is known about it besides its content.

    Attributes:
        raw: The page: HTML or a plain-text scrape, as `str` or `bytes`.
        url: The page's address, used for metadata.
        id: The caller's identifier, handed back unchanged in the `Result`.
        lang: ISO 639-1 code of the page's language, when known; detected otherwise.
        source: Where the page was read from (a path, `path:line`, a WARC file and record);
            handed back in the `Result`. The command line writes it and `--resume` keys on it.
    """

    raw: str | bytes
    url: str | None = None
    id: str | None = None
    lang: str | None = None
    source: str | None = None


@dataclass(frozen=True, slots=True)
class Unreadable:
    """A page, line or file that could not be read, in the place its pages would have had.

    The readers of `cleaner.sources` yield it (also importable from there); `clean_many` turns
    it into an `"Unreadable"` error result in its place.

    Attributes:
        source: Where it was (same form as `Page.source`).
        message: What went wrong, for the user.
        url: The page's address when the input names it (a WARC record's, a JSONL line's):
            its error result carries it, as a page's result does.
        id: The page's id when the input names it (a JSONL line with an `id` but no page):
            its error result carries it, so the output joins back to the input by id.
    """

    source: str
    message: str
    url: str | None = None
    id: str | None = None


FETCHED_HINT = "pass the fetched page's text and address: clean(page.text, url=page.url)"
"""What to do with a `cleaner.fetch` response passed where a page goes."""


def is_fetched(page: object) -> bool:
    """Whether `page` is a `cleaner.fetch` response (`Fetched`), not the page it holds.

    `clean(cleaner.fetch(url))` said only "read the file or response body first" (session 20's
    review). Told by the loaded module, so that neither this check nor `clean()` imports the
    fetcher (and urllib3): whoever holds a `Fetched` has loaded it.
    """
    fetcher = sys.modules.get("cleaner.fetcher")
    return fetcher is not None and isinstance(page, fetcher.Fetched)


PageInput: TypeAlias = str | bytes | Page | Document | Unreadable
"""One page for a batch: raw text or bytes, a `Page` record, or a `Document` (url and lang);
or an `Unreadable` record of `cleaner.sources`' readers, which yields an error result.

Why `Unreadable`: `clean_many(read_warc(path))`, as docs/batch.md writes it, failed
`mypy --strict` (the readers yield `Page | Unreadable`).
"""


@dataclass(frozen=True, slots=True)
class PageError:
    """Why a page yielded no article.

    Attributes:
        type: The exception's class name, or `"Timeout"` (the page ran past its time limit) or
            `"WorkerDied"` (the process cleaning it died).
        message: A human-readable explanation.
    """

    type: str
    message: str

    def to_dict(self) -> dict[str, str]:
        """Return `{"type": ..., "message": ...}`."""
        return {"type": self.type, "message": self.message}


@dataclass(frozen=True, slots=True, kw_only=True)
class Result:
    """The outcome for one input page of `clean_many`.

    Exactly one of `article` and `error` is set. A discarded page (empty, not an article) is not
    an error: it has an `article` whose `discarded` says why.

    Attributes:
        index: The page's position in the input, from 0.
        id: The page's `id` when it was given as a `Page` (or an `Unreadable` naming one), else
            None.
        source: The page's `source` when it was given as a `Page`, else None.
        url: The page's address, when it was given.
        article: The cleaned article, or None when cleaning failed.
        error: Why cleaning failed (an exception, a time-out, a dead worker), or None.
    """

    index: int
    id: str | None = None
    source: str | None = None
    url: str | None = None
    article: Article | None = None
    error: PageError | None = None

    @property
    def status(self) -> Status:
        """`"kept"`, `"discarded"` or `"failed"`."""
        if self.article is None:
            return "failed"
        return "discarded" if self.article.discarded is not None else "kept"

    @property
    def ok(self) -> bool:
        """Whether the page was cleaned without error (it may still have been discarded)."""
        return self.error is None

    def to_dict(self) -> dict[str, Any]:
        """Return the result as plain JSON types: id, source, url, status, error, article fields.

        A failed page has `error` set and no article fields.
        """
        out: dict[str, Any] = {
            "id": self.id,
            "source": self.source,
            "url": self.url,
            "status": self.status,
            "error": None if self.error is None else self.error.to_dict(),
        }
        if self.article is not None:
            fields = self.article.to_dict()
            fields["url"] = fields["url"] or self.url
            out.update(fields)
        return out


# -- turning inputs into tasks ------------------------------------------------------------------

_Task: TypeAlias = tuple[int, "str | bytes | Document", "str | None", "str | None"]
"""What a worker receives: (index, raw or Document, url, lang)."""

_Outcome: TypeAlias = tuple[int, "Article | None", "tuple[str, str] | None"]
"""What a worker sends back: (index, article, (error type, message))."""


def _task(index: int, page: object) -> tuple[_Task, Result] | Result:
    """Split an input into the task a worker runs and the result skeleton kept here.

    An input that is no page gives its finished error result instead.
    """
    if isinstance(page, Page):
        if not isinstance(page.raw, (str, bytes)):
            error = PageError("TypeError", f"Page.raw must be str or bytes, got {_kind(page.raw)}")
            return Result(index=index, id=page.id, source=page.source, url=page.url, error=error)
        shell = Result(index=index, id=page.id, source=page.source, url=page.url)
        return (index, page.raw, page.url, page.lang), shell
    if isinstance(page, Document):
        return (index, page, None, None), Result(index=index, url=page.url)
    if isinstance(page, (bytearray, memoryview)):
        page = bytes(page)
    if isinstance(page, (str, bytes)):
        return (index, page, None, None), Result(index=index)
    if isinstance(page, Unreadable):
        # clean_many(read_warc(path)) on a damaged file said "a page must be str, bytes, ...,
        # got Unreadable", not what could not be read.
        error = PageError("Unreadable", page.message)
        return Result(index=index, id=page.id, source=page.source, url=page.url, error=error)
    message = (
        f"a page must be str, bytes, cleaner.batch.Page or cleaner.Document, got {_kind(page)}"
    )
    if is_fetched(page):
        message += f": {FETCHED_HINT}"
    elif isinstance(page, dict):
        # A JSONL dump's rows (`json.loads(line)`) are the likeliest dicts: say how to hand
        # them on, not only that a dict is wrong.
        message += (
            ": make each row a Page(raw=row['html'], url=row.get('url'), id=row.get('id')), or "
            "read the file with cleaner.sources.read_jsonl(path)"
        )
    return Result(index=index, error=PageError("TypeError", message))


def _kind(value: object) -> str:
    return type(value).__name__


def _clean_one(pipeline: Pipeline, task: _Task) -> _Outcome:
    """Clean one page; a failure becomes an error tuple, never an exception."""
    from cleaner.api import clean  # noqa: PLC0415 - api imports every stage, which is heavy

    index, raw, url, lang = task
    # A failing stage's log line names the page by its place in the input (and its url), from 0
    # as `Result.index` counts: "page 1 of the batch" was read as the first page.
    label = PAGE_LABEL.set(f"the batch's page at index {index}")
    try:
        # Through clean(), so a page of a batch is checked as one page is: a Page(lang="english")
        # was cleaned with English rules where clean() raises ValueError on it.
        article = clean(raw, url=url, lang=lang, pipeline=pipeline)
    except Exception as exc:  # noqa: BLE001 - one bad page must never stop a batch
        return index, None, (type(exc).__name__, str(exc))
    finally:
        PAGE_LABEL.reset(label)
    # Pipeline.__call__ turns a failing stage into discarded="error: <type>: <message>" (its
    # documented contract); a batch reports that as an error, not as a discarded page.
    if article.discarded is not None and article.discarded.startswith("error: "):
        kind, _, message = article.discarded.removeprefix("error: ").partition(": ")
        return index, None, (kind, message)
    return index, article, None


def _finish(shell: Result, outcome: _Outcome) -> Result:
    _, article, error = outcome
    if error is not None:
        return replace(shell, error=PageError(*error))
    return replace(shell, article=article)


# -- the public entry point ---------------------------------------------------------------------


def clean_many(  # noqa: PLR0913 - keyword-only knobs of a batch, each documented
    pages: Iterable[PageInput],
    *,
    workers: int = 1,
    timeout: float | None = DEFAULT_TIMEOUT,
    pipeline: Pipeline | None = None,
    isolate: bool | None = None,
    max_pages_per_worker: int = DEFAULT_MAX_PAGES_PER_WORKER,
    window: int | None = None,
) -> Iterator[Result]:
    """Clean many pages, yielding exactly one `Result` per input, in input order.

    Nothing is ever dropped: a page that fails, runs past its time limit or kills its worker
    yields a result whose `error` says so, and the batch goes on. Input of a wrong type (say,
    a dict) yields a `TypeError` result too, a `Page` whose `lang` is no language tag a
    `ValueError` result: each page is checked as `cleaner.clean` checks one.

    Args:
        pages: Any iterable of pages: `str`, `bytes`, `Page` records (with url, id, lang,
            source) or `Document`s. Read lazily, a few pages ahead of the output. What the
            readers of `cleaner.sources` yield goes straight in (`clean_many(read_warc(path))`):
            their `Unreadable` record yields an `"Unreadable"` error result in its place.
        workers: Number of worker processes. With 1, no `timeout` given and `isolate` not set,
            pages are cleaned in this process: no start-up cost, but no time limit and no
            crash isolation.
        timeout: Seconds one page may take before its worker process is killed and the page
            yields a `"Timeout"` error; None for no limit. Default 60 s in worker processes.
            Given with `workers=1`, it makes the batch use one worker process, since only a
            process can be stopped mid-page (a page cleaned in the calling process cannot).
        pipeline: The pipeline to run; `cleaner.DEFAULT` when None. Its stages must be
            picklable (module-level functions or classes) when worker processes are used.
        isolate: Use worker processes even when `workers == 1`, so `timeout` is enforced and a
            crash is survived. None means: use them when `workers > 1` or a `timeout` is given.
        max_pages_per_worker: A worker is replaced by a fresh one after this many pages, so
            memory cannot creep over a long run.
        window: At most this many pages are read ahead of the output (in flight or waiting for
            an earlier page); by default 4 per worker, at least 8.

    Yields:
        One `Result` per input page, in input order.

    Raises:
        TypeError: `pages` is one page (a `str`, `bytes`, `Page` or `Document`), not an
            iterable of pages; or `workers`, `max_pages_per_worker` or `window` is not an int,
            or `timeout` not a number or None.
        ValueError: `workers`, `timeout`, `max_pages_per_worker` or `window` is out of range, or
            `isolate=False` with `workers > 1` or with a `timeout` (which only a worker
            process can enforce).
        PipelineError: The pipeline cannot be pickled for, or loaded in, a worker process.
        Exception: Whatever iterating `pages` raised, once every page it gave before has its
            result.
    """
    if isinstance(pages, (str, bytes, bytearray, memoryview, Page, Document)):
        # A page is itself iterable (characters, byte values): it gave one result per
        # character instead of one for the page.
        raise TypeError(
            f"clean_many takes an iterable of pages, got one {_kind(pages)}: pass [page], "
            "or use cleaner.clean(page) for a single page",
        )
    _check_numbers(workers=workers, timeout=timeout, max_pages=max_pages_per_worker, window=window)
    if workers < 1:
        raise ValueError(f"workers must be 1 or more, got {workers}")
    if timeout is not None and timeout <= 0:
        raise ValueError(f"timeout must be a positive number of seconds or None, got {timeout}")
    if max_pages_per_worker < 1:
        raise ValueError(f"max_pages_per_worker must be 1 or more, got {max_pages_per_worker}")
    if window is not None and window < workers:
        raise ValueError(f"window must be at least workers ({workers}), got {window}")
    if isolate is False and workers > 1:
        raise ValueError("isolate=False runs pages in this process: use workers=1 with it")
    # A limit the caller gave (not the default) must hold: in-process it was silently ignored,
    # so clean_many(pages, timeout=5) let a page run for minutes.
    limited = timeout is not None and timeout is not DEFAULT_TIMEOUT
    if isolate is False and limited:
        raise ValueError(
            f"timeout={timeout:g} cannot be enforced with isolate=False (a page cleaned in this "
            "process cannot be stopped): drop isolate=False, or pass timeout=None",
        )
    from cleaner.api import DEFAULT  # noqa: PLC0415 - api imports every stage, which is heavy

    pipe = pipeline or DEFAULT
    if workers == 1 and not isolate and not limited:
        return _in_process(pages, pipe)
    _check_cpus(workers)
    pool = _Pool(
        pipe,
        workers=workers,
        timeout=timeout,
        max_pages_per_worker=max_pages_per_worker,
    )
    return pool.run(pages, window=window or max(8, 4 * workers))


def _check_numbers(
    *,
    workers: object,
    timeout: object,
    max_pages: object,
    window: object,
) -> None:
    """Raise TypeError on a knob of the wrong type ("2" from a config file compared badly)."""
    for name, value, optional in (
        ("workers", workers, False),
        ("max_pages_per_worker", max_pages, False),
        ("window", window, True),
    ):
        if (value is None and optional) or (isinstance(value, int) and not isinstance(value, bool)):
            continue
        raise TypeError(f"{name} must be a whole number (int), got {_kind(value)} {value!r}")
    if timeout is not None and (isinstance(timeout, bool) or not isinstance(timeout, (int, float))):
        raise TypeError(
            f"timeout must be a number of seconds or None, got {_kind(timeout)} {timeout!r}",
        )


def _in_process(pages: Iterable[PageInput], pipeline: Pipeline) -> Iterator[Result]:
    for index, page in enumerate(pages):
        task = _task(index, page)
        if isinstance(task, Result):
            yield task
            continue
        work, shell = task
        yield _finish(shell, _clean_one(pipeline, work))


# -- the worker pool ----------------------------------------------------------------------------


def _logging_setup() -> tuple[int, str] | None:
    """The calling process's root log level and format, for its workers; None when unset."""
    root = logging.getLogger()
    if not root.handlers:
        return None
    formatter = root.handlers[0].formatter
    fmt = formatter._fmt if formatter is not None else None  # noqa: SLF001 - no public getter
    return root.level, fmt or logging.BASIC_FORMAT


def _worker_main(
    conn: Connection,
    pipeline_bytes: bytes,
    log_setup: tuple[int, str] | None = None,
) -> None:
    """Run in a worker process: load the pipeline once, then clean pages until told to stop."""
    # Ctrl-C in a terminal signals the whole process group: the parent decides what to do
    # (it stops the workers itself), so a worker must not die mid-page with a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A fresh worker has no logging set up, so a library's warning (bs4's "Some characters
    # could not be decoded") went to stderr bare, past `cleaner -q`, through the progress bar.
    # The worker logs as the caller set up (level and format, to stderr), as in-process.
    if log_setup is not None:
        logging.basicConfig(level=log_setup[0], format=log_setup[1])
    try:
        pipeline = pickle.loads(pipeline_bytes)  # noqa: S301 - bytes we pickled in the parent
    except Exception as exc:  # noqa: BLE001 - reported to the parent, which raises it
        conn.send(("init_failed", f"{type(exc).__name__}: {exc}"))
        return
    _warm_up(pipeline)
    # The parent can be gone by the time a worker is ready or done (Ctrl-C while workers
    # start): a worker printed a BrokenPipeError traceback under the user's KeyboardInterrupt.
    try:
        conn.send(("ready", None))
        while True:
            try:
                task = conn.recv()
            except (EOFError, OSError):
                return  # the parent is gone
            if task is None:
                return
            outcome = _clean_one(pipeline, task)
            try:
                conn.send(outcome)
            except OSError:
                raise
            except Exception as exc:  # noqa: BLE001 - e.g. an article a stage made unpicklable
                error = (type(exc).__name__, f"cannot send the result: {exc}")
                conn.send((outcome[0], None, error))
    except OSError:  # BrokenPipeError, ConnectionResetError: the parent is gone
        return


_WARM_UP_PAGES = (
    "<html><head><title>Warm-up - Site</title></head><body><article><h1>Warm-up</h1>"
    + "<p>A sentence of the warm-up page, long enough to be kept as a paragraph.</p>" * 4
    + "</article></body></html>",
    "Warm-up - Site\n\n" + "A sentence of the warm-up text, long enough to be kept. " * 6,
)


def _warm_up(pipeline: Pipeline) -> None:
    """Clean two tiny pages so lazy loading (rules, models, parsers) happens before any timer.

    Why: the first page a fresh worker cleans also pays for every stage's lazy set-up (rule
    files, trafilatura's tables), which under load took longer than a short `timeout` in the
    tests; a time limit should measure the page, not the worker's start.
    """
    for raw in _WARM_UP_PAGES:
        try:
            pipeline(raw)
        except Exception:  # a stage unfit for the sample pages will show on the real ones
            logger.debug("warm-up page failed in a worker", exc_info=True)


@dataclass(slots=True)
class _Worker:
    """One worker process and what it is doing."""

    process: BaseProcess
    conn: Connection
    ready: bool = False
    task: int | None = None  # index of the page it is cleaning
    started: float = 0.0  # when it was given that page (time.monotonic)
    born: float = field(default_factory=time.monotonic)  # when it was started
    done: int = 0  # pages it has cleaned


def _context() -> ForkServerContext | SpawnContext:
    methods = multiprocessing.get_all_start_methods()
    if "forkserver" in methods:
        ctx = multiprocessing.get_context("forkserver")
        # The forkserver imports cleaner once, so each worker it forks starts with the stages
        # already loaded (milliseconds instead of a second). Only effective before the server
        # first starts; harmless after.
        ctx.set_forkserver_preload(["cleaner.api"])
        return ctx
    return multiprocessing.get_context("spawn")


def _describe_exit(code: int | None) -> str:
    if code is None:
        return "did not exit"
    if code < 0:
        try:
            return f"was killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"was killed by signal {-code}"
    return f"exited with code {code}"


class _Guarded(Iterator[PageInput]):
    """The caller's pages, ending where its iterator raised; the exception is kept for later.

    Why: the pool reads pages ahead, so an iterator that failed (a file gone mid-read) raised
    out of the batch at once and the pages already read and in flight never got a result;
    in-process, each of them had. Now they all do, and then the exception is raised.
    """

    def __init__(self, pages: Iterator[PageInput]) -> None:
        self._pages = pages
        self.failure: Exception | None = None

    def __next__(self) -> PageInput:
        if self.failure is not None:
            raise StopIteration
        try:
            return next(self._pages)
        except StopIteration:
            raise
        except Exception as exc:  # raised by run() once the pages read are out
            self.failure = exc
            raise StopIteration from exc


def available_cpus() -> int:
    """The CPUs this process may run on (a container's or `taskset`'s share, where known)."""
    affinity = getattr(os, "sched_getaffinity", None)
    if affinity is not None:
        return len(affinity(0))
    return os.cpu_count() or 1


def _check_cpus(workers: int) -> None:
    """Warn of more worker processes than CPUs.

    Why: `workers=64` on a 2-CPU machine started a worker per waiting page, up to 64, each
    holding ~100 MB, and ran no faster than 2; only the command line said so (session 20).
    """
    cpus = available_cpus()
    if workers > cpus:
        logger.warning(
            "%d worker processes (workers=%d, --workers %d) are more than the %d CPUs this run "
            "may use: it will not go faster, and each holds about 100 MB; %d are enough",
            workers,
            workers,
            workers,
            cpus,
            cpus,
        )


def _size_limit(pipeline: Pipeline) -> int | None:
    """The size over which the pipeline's first stage, the default decode, refuses a page."""
    from cleaner.stages.decode import Decode  # noqa: PLC0415 - loaded with the pipeline

    stages = pipeline.stages
    if stages and isinstance(stages[0][1], Decode):
        return stages[0][1].max_bytes
    return None


def _check_importable(pipeline: Pipeline, pickled: bytes) -> None:
    """Refuse a pipeline whose stages live in a `__main__` that worker processes cannot import.

    A stage defined in a notebook, `python -c` or a script piped to python pickles as
    `__main__.name`, and a fresh worker has no such file to import: the batch said "put that
    code under `if __name__ == '__main__':`" (a script read from stdin) or failed in the worker,
    neither naming the stage (session 20's review).
    """
    main_file = getattr(sys.modules.get("__main__"), "__file__", None)
    if b"__main__" not in pickled or (main_file and Path(main_file).is_file()):
        return
    names = [
        name
        for name, stage in pipeline.stages
        if "__main__"
        in {
            getattr(stage, "__module__", None),
            type(stage).__module__,
            getattr(getattr(stage, "func", None), "__module__", None),
        }
    ]
    what = f"stage {', '.join(map(repr, names))} is" if names else "the pipeline's stages are"
    raise PipelineError(
        f"{what} defined in __main__ of an interactive session (a notebook, python -c, or a "
        "script read from stdin), which worker processes cannot import: move it into a module "
        "(a .py file beside it) and import it from there, or use workers=1 with no timeout",
    )


class _Pool:
    """A few worker processes, each cleaning one page at a time, replaced when they die."""

    def __init__(
        self,
        pipeline: Pipeline,
        *,
        workers: int,
        timeout: float | None,
        max_pages_per_worker: int,
    ) -> None:
        try:
            self._pipeline_bytes = pickle.dumps(pipeline, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception as exc:
            raise PipelineError(
                f"the pipeline cannot be sent to worker processes ({type(exc).__name__}: "
                f"{exc}): make every stage a module-level function or class, or use workers=1 "
                "with no timeout (cleaning in this process)",
            ) from exc
        _check_importable(pipeline, self._pipeline_bytes)
        self._pipeline = pipeline
        self._max_bytes = _size_limit(pipeline)
        self._size = workers
        self._timeout = timeout
        self._max_pages = max_pages_per_worker
        self._ctx = _context()
        self._workers: list[_Worker] = []

    # -- worker life -----------------------------------------------------------------------

    def _start(self) -> _Worker:
        parent, child = self._ctx.Pipe(duplex=True)
        process = self._ctx.Process(
            target=_worker_main,
            args=(child, self._pipeline_bytes, _logging_setup()),
            name="cleaner-worker",
            daemon=True,
        )
        try:
            process.start()
        except OSError as exc:
            parent.close()
            child.close()
            if self._ctx.get_start_method() != "forkserver":
                raise
            # The forkserver listens on a socket in the temporary folder: with a long TMPDIR
            # ("AF_UNIX path too long") or one that takes no sockets it cannot start, and the
            # batch stopped with a traceback. 'spawn' needs no socket: slower to start, same
            # results.
            logger.warning(
                "cannot start worker processes through a forkserver (%s); using 'spawn' "
                "instead (slower to start: a shorter TMPDIR avoids it)",
                exc,
            )
            self._ctx = multiprocessing.get_context("spawn")
            return self._start()
        child.close()
        worker = _Worker(process=process, conn=parent)
        self._workers.append(worker)
        return worker

    def _kill(self, worker: _Worker) -> None:
        self._workers.remove(worker)
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join(timeout=5)
        worker.conn.close()

    def _retire(self, worker: _Worker) -> None:
        """Ask an idle worker to exit (recycling); it finishes on its own."""
        self._workers.remove(worker)
        try:
            worker.conn.send(None)
        except OSError:
            worker.process.kill()
        worker.process.join(timeout=5)
        if worker.process.is_alive():
            worker.process.kill()
            worker.process.join(timeout=5)
        worker.conn.close()

    def _close(self) -> None:
        for worker in list(self._workers):
            if worker.task is None and worker.ready:
                self._retire(worker)
            else:
                self._kill(worker)

    # -- the run ---------------------------------------------------------------------------

    def run(self, pages: Iterable[PageInput], *, window: int) -> Iterator[Result]:
        """Yield one result per page, in order; stop the workers when done or closed.

        Raises:
            Exception: What the caller's iterator raised, once every page it gave before that
                has its result.
        """
        guarded = _Guarded(iter(pages))
        try:
            yield from self._run(guarded, window)
        finally:
            self._close()
        if guarded.failure is not None:
            raise guarded.failure

    def _run(self, pages: Iterator[PageInput], window: int) -> Iterator[Result]:
        shells: dict[int, Result] = {}  # pages read but not yet finished
        queue: list[_Task] = []  # pages read, waiting for a worker (at most `workers`)
        done: dict[int, Result] = {}  # finished pages waiting for an earlier one
        next_out = 0
        read = 0
        exhausted = False
        while True:
            # Read ahead while the window allows; a page of the wrong type finishes at once.
            while not exhausted and read - next_out < window and len(queue) < self._size:
                try:
                    page = next(pages)
                except StopIteration:
                    exhausted = True
                    break
                task = _task(read, page)
                if isinstance(task, Result):
                    done[read] = task
                elif self._refused_here(task[0]):
                    done[read] = _finish(task[1], _clean_one(self._pipeline, task[0]))
                else:
                    queue.append(task[0])
                    shells[read] = task[1]
                read += 1
            if next_out in done:
                while next_out in done:
                    yield done.pop(next_out)
                    next_out += 1
                # The window has room again: read ahead before waiting, or nothing may be in
                # flight to wait for (a slow page, then fast ones done out of order, filled it).
                continue
            if exhausted and next_out == read:
                return
            self._grow(len(queue))
            self._dispatch(queue, shells, done)
            self._wait(shells, done)

    def _refused_here(self, task: _Task) -> bool:
        """Whether the decode stage refuses the page before reading it (too large).

        Such a page is cleaned here, as fast as a worker would, without pickling megabytes to
        one (a 50 MB page: a second of transfer and ~150 MB in both processes).
        """
        raw = task[1]
        if self._max_bytes is None or not isinstance(raw, (str, bytes)):
            return False
        if len(raw) <= self._max_bytes:
            return False
        from cleaner.sources import is_mhtml  # noqa: PLC0415 - sources imports this module

        return not is_mhtml(raw)  # clean() unwraps MHTML first: its HTML part may fit

    def _grow(self, waiting: int) -> None:
        """Start workers for the pages waiting for one, up to `workers` in all.

        Why: every worker was started before the first page was read, so `cleaner a.html
        b.html -w 16` started 16 processes for two pages, and a folder with no page in it
        waited for a worker it never used.
        """
        idle = sum(1 for w in self._workers if w.task is None)
        while idle < waiting and len(self._workers) < self._size:
            self._start()
            idle += 1

    def _dispatch(
        self,
        queue: list[_Task],
        shells: dict[int, Result],
        done: dict[int, Result],
    ) -> None:
        for worker in list(self._workers):
            if not queue:
                return
            if not worker.ready or worker.task is not None:
                continue
            if worker.done >= self._max_pages:
                self._retire(worker)
                self._start()
                continue
            task = queue.pop(0)
            try:
                worker.conn.send(task)
            except (OSError, EOFError):
                queue.insert(0, task)  # the worker died idle; the wait loop replaces it
                continue
            except Exception as exc:  # noqa: BLE001 - pickling the page failed (e.g. a Document with a tree)
                shell = shells.pop(task[0])
                error = PageError(type(exc).__name__, f"cannot send the page to a worker: {exc}")
                done[task[0]] = replace(shell, error=error)
                continue
            worker.task = task[0]
            worker.started = time.monotonic()

    def _wait(self, shells: dict[int, Result], done: dict[int, Result]) -> None:
        """Wait for a message, a death or a time-out, and handle whatever happened."""
        now = time.monotonic()
        deadlines = [w.born + START_TIMEOUT for w in self._workers if not w.ready]
        if self._timeout is not None:
            deadlines += [w.started + self._timeout for w in self._workers if w.task is not None]
        wait_for = max(0.0, min(deadlines) - now) if deadlines else None
        handles: list[Any] = []
        for worker in self._workers:
            handles += [worker.conn, worker.process.sentinel]
        ready = set(multiprocessing.connection.wait(handles, timeout=wait_for))
        for worker in list(self._workers):
            if worker.conn in ready or worker.process.sentinel in ready:
                self._receive(worker, shells, done)
        now = time.monotonic()
        if any(not w.ready and now - w.born > START_TIMEOUT for w in self._workers):
            raise PipelineError(
                f"a worker process did not load the pipeline within {START_TIMEOUT:g} s: "
                "a stage may hang on start-up, or the machine is overloaded",
            )
        if self._timeout is not None:
            for worker in list(self._workers):
                if worker.task is not None and now - worker.started >= self._timeout:
                    index = worker.task
                    self._kill(worker)
                    self._start()
                    error = PageError(
                        "Timeout",
                        f"cleaning took longer than {self._timeout:g} s; "
                        "the worker was stopped and replaced",
                    )
                    done[index] = replace(shells.pop(index), error=error)

    def _receive(self, worker: _Worker, shells: dict[int, Result], done: dict[int, Result]) -> None:
        try:
            message = worker.conn.recv() if worker.conn.poll() else None
        except (EOFError, OSError):
            message = None
        if message is None:
            self._died(worker, shells, done)
            return
        if message[0] == "init_failed":
            self._kill(worker)
            raise PipelineError(
                f"a worker process could not load the pipeline ({message[1]}): its stages must "
                "be importable in a fresh process (defined in a module, not in __main__ of an "
                "interactive session)",
            )
        if message[0] == "ready":
            worker.ready = True
            return
        outcome: _Outcome = message
        index = outcome[0]
        worker.task = None
        worker.done += 1
        done[index] = _finish(shells.pop(index), outcome)

    def _died(self, worker: _Worker, shells: dict[int, Result], done: dict[int, Result]) -> None:
        worker.process.join(timeout=5)
        how = _describe_exit(worker.process.exitcode)
        index = worker.task
        self._kill(worker)
        self._start()
        if index is None:
            if not worker.ready:
                # Most often the calling script runs clean_many at its top level: each worker
                # imports that script, which starts a batch again and fails (the README's own
                # example did, copied into a file without the guard).
                raise PipelineError(
                    f"a worker process {how} before it was ready: the pipeline could not be "
                    "loaded in a fresh process. If your script calls clean_many at its top "
                    'level, put that code under `if __name__ == "__main__":` (each worker '
                    "imports the script); see the worker's traceback above",
                )
            logger.warning("an idle cleaner worker %s; started a new one", how)
            return
        logger.info("a cleaner worker %s while cleaning page %d; started a new one", how, index)
        error = PageError("WorkerDied", f"the worker process {how} while cleaning this page")
        done[index] = replace(shells.pop(index), error=error)
