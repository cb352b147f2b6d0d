"""clean_many: one result per input, in order, whatever the pages do to their workers."""

from __future__ import annotations

import itertools
import multiprocessing
import os
import pickle
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import cleaner
from cleaner.batch import Page, PageError, Result, _worker_main, clean_many
from cleaner.document import Article, Document
from cleaner.errors import PipelineError
from tests.batch_stages import misbehave, page, pid

MISBEHAVING = cleaner.DEFAULT.insert(misbehave, before="decode")


def test_clean_many_in_process_keeps_order_and_count_over_mixed_inputs():
    """str, bytes, Page, Document and a wrong type each give one result, in input order."""
    inputs: list[object] = [
        page(0),
        page(1).encode(),
        Page(raw=page(2), id="two", url="https://example.org/2", source="s2"),
        Document(raw=page(3), url="https://example.org/3"),
        42,
        b"",
    ]
    results = list(clean_many(inputs))  # type: ignore[arg-type]
    assert [r.index for r in results] == list(range(6))
    assert [r.status for r in results] == ["kept", "kept", "kept", "kept", "failed", "discarded"]
    assert results[0].article is not None
    assert results[0].article.title == "Story 0"
    assert (results[2].id, results[2].source, results[2].url) == (
        "two",
        "s2",
        "https://example.org/2",
    )
    assert results[3].url == "https://example.org/3"
    assert results[4].error is not None
    assert results[4].error.type == "TypeError"


def test_clean_many_workers_give_the_same_articles_as_in_process():
    """Two worker processes produce exactly the articles the calling process does."""
    pages = [page(i) for i in range(6)]
    here = [r.article for r in clean_many(pages)]
    there = [r.article for r in clean_many(pages, workers=2)]
    assert there == here
    assert all(a is not None and a.discarded is None for a in there)


def test_clean_many_workers_survive_failing_hanging_and_crashing_pages():
    """A failing, a hanging and a crashing page each yield an error; every other page comes out."""
    markers = ["", "FAIL", "", "HANG", "", "CRASH", "", "", "CRASH", ""]
    pages = [Page(raw=page(i, m), id=f"p{i}") for i, m in enumerate(markers)]
    results = list(clean_many(pages, workers=2, timeout=1.5, pipeline=MISBEHAVING))
    assert [r.id for r in results] == [f"p{i}" for i in range(len(markers))]
    errors = {r.id: r.error.type for r in results if r.error is not None}
    assert errors == {"p1": "ValueError", "p3": "Timeout", "p5": "WorkerDied", "p8": "WorkerDied"}
    for i, result in enumerate(results):
        if markers[i] == "":
            assert result.article is not None
            assert result.article.title == f"Story {i}"


def test_clean_many_reads_on_after_a_slow_page_fills_the_window():
    """A slow page with fast ones finishing after it (window 2) does not stall the batch."""
    markers = ["SLOW", "", "SLOW", "", "", "SLOW", "", ""]
    pages = [page(i, m) for i, m in enumerate(markers)]
    results = list(clean_many(pages, workers=2, window=2, pipeline=MISBEHAVING))
    assert [r.index for r in results] == list(range(len(markers)))
    assert all(r.status == "kept" for r in results)


def test_clean_many_timeout_message_names_the_limit():
    """A page past its time limit yields a Timeout error that says how long the limit was."""
    results = list(
        clean_many(
            [page(0, "HANG"), page(1)], workers=1, isolate=True, timeout=1.0, pipeline=MISBEHAVING
        ),
    )
    assert results[0].error is not None
    assert results[0].error.type == "Timeout"
    assert "1 s" in results[0].error.message
    assert results[1].status == "kept"


def test_clean_many_replaces_a_dead_worker():
    """After a worker dies, a new process cleans the next pages."""
    pipeline = MISBEHAVING.insert(pid, after="judge")
    results = list(
        clean_many([page(0), page(1, "CRASH"), page(2)], isolate=True, pipeline=pipeline),
    )
    assert [r.status for r in results] == ["kept", "failed", "kept"]
    assert results[1].error is not None
    assert "exited with code 3" in results[1].error.message
    assert results[0].article is not None
    assert results[2].article is not None
    assert results[0].article.title != results[2].article.title  # different process ids


def test_clean_many_recycles_workers_after_max_pages():
    """With max_pages_per_worker=2, eight pages are cleaned by four different processes."""
    pipeline = cleaner.DEFAULT.insert(pid, after="judge")
    results = list(
        clean_many(
            [page(i) for i in range(8)], isolate=True, pipeline=pipeline, max_pages_per_worker=2
        ),
    )
    pids = [r.article.title for r in results if r.article is not None]
    assert len(pids) == 8
    assert len(set(pids)) == 4


@pytest.mark.parametrize("workers", [1, 2])
def test_clean_many_streams_an_endless_input(workers: int):
    """Results come out of an endless generator, reading only a window ahead."""
    pulled = 0

    def endless() -> Iterator[str]:
        nonlocal pulled
        for i in itertools.count():
            pulled += 1
            yield page(i)

    results = clean_many(endless(), workers=workers, window=8)
    first = list(itertools.islice(results, 5))
    results.close()  # type: ignore[attr-defined]
    assert [r.index for r in first] == [0, 1, 2, 3, 4]
    assert pulled <= 5 + 8


def test_pipeline_pipe_forwards_to_clean_many():
    """Pipeline.pipe yields Results with the pipeline's own stages applied."""
    pipeline = cleaner.DEFAULT.without("judge")
    results = list(pipeline.pipe([page(0), b""]))
    assert all(isinstance(r, Result) for r in results)
    assert [r.index for r in results] == [0, 1]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"workers": 0}, "workers must be 1 or more"),
        ({"timeout": 0}, "timeout must be a positive"),
        ({"max_pages_per_worker": 0}, "max_pages_per_worker"),
        ({"workers": 4, "window": 2}, "window must be at least"),
        ({"workers": 2, "isolate": False}, "isolate=False"),
    ],
)
def test_clean_many_rejects_bad_options(options: dict[str, int], message: str):
    """Out-of-range options raise ValueError at the call, before any page is read."""
    with pytest.raises(ValueError, match=message):
        clean_many([], **options)  # type: ignore[arg-type]


def test_clean_many_rejects_an_unpicklable_pipeline_for_workers():
    """A stage that cannot be pickled raises PipelineError when workers are asked for."""
    pipeline = cleaner.DEFAULT.insert(lambda doc: doc, name="noop")
    with pytest.raises(PipelineError, match="module-level"):
        clean_many([page(0)], workers=2, pipeline=pipeline)


@pytest.mark.parametrize(
    ("result", "status"),
    [
        (Result(index=0, article=Article(body=("x",))), "kept"),
        (Result(index=0, article=Article(discarded="empty")), "discarded"),
        (Result(index=0, error=PageError("Timeout", "too slow")), "failed"),
    ],
)
def test_result_status_and_dict(result: Result, status: str):
    """status follows article/error; to_dict has the status and, for failures, the error."""
    data = result.to_dict()
    assert result.status == status
    assert data["status"] == status
    assert ("body" in data) == (result.article is not None)
    if result.error is not None:
        assert data["error"] == {"type": "Timeout", "message": "too slow"}


def test_clean_many_says_to_guard_a_script_that_starts_workers_unguarded(tmp_path):
    """A script without the `__main__` guard gets an error that names the guard to add."""
    script = tmp_path / "unguarded.py"
    script.write_text(
        "from cleaner import clean_many\n"
        "print([r.status for r in clean_many(['x'], isolate=True, timeout=30)])\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
        cwd=tmp_path,
    )
    assert done.returncode != 0
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith("cleaner.errors.PipelineError")
    assert 'if __name__ == "__main__":' in last


@pytest.mark.parametrize("one_page", ["<p>A page.</p>", b"<p>A page.</p>", Page(raw="A page.")])
def test_clean_many_refuses_a_single_page_instead_of_iterating_over_it(one_page: object):
    """One page passed alone is a TypeError: a str gave one result per character."""
    with pytest.raises(TypeError, match=r"iterable of pages.*cleaner\.clean\(page\)"):
        clean_many(one_page)  # type: ignore[arg-type]


def test_clean_many_holds_a_timeout_given_with_one_worker():
    """clean_many(pages, timeout=S) with the default workers=1 stops a hanging page.

    A user saw the limit ignored: with one worker the pages were cleaned in the calling
    process, where nothing can stop a page, and a hanging page hung the batch. (DAWDLE sleeps
    4 s, so without the limit the test fails in seconds rather than hanging.)
    """
    results = list(clean_many([page(0, "DAWDLE"), page(1)], timeout=1.0, pipeline=MISBEHAVING))
    assert [r.status for r in results] == ["failed", "kept"]
    assert results[0].error is not None
    assert results[0].error.type == "Timeout"


def test_clean_many_default_timeout_keeps_one_worker_in_process():
    """Without a timeout of the caller's, workers=1 cleans here (a lambda stage still works)."""
    pipeline = cleaner.DEFAULT.insert(("noop", lambda doc: doc), after="judge")
    assert [r.status for r in clean_many([page(0)], pipeline=pipeline)] == ["kept"]
    assert [r.status for r in clean_many([page(0)], pipeline=pipeline, timeout=None)] == ["kept"]


def test_clean_many_refuses_a_timeout_it_cannot_enforce():
    """isolate=False with a timeout is a contradiction: ValueError, not a silently ignored limit."""
    with pytest.raises(ValueError, match="cannot be enforced"):
        clean_many([page(0)], timeout=5, isolate=False)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"workers": "2"}, "workers must be a whole number"),
        ({"workers": 2.5}, "workers must be a whole number"),
        ({"timeout": "5"}, "timeout must be a number"),
        ({"window": 8.0}, "window must be a whole number"),
    ],
)
def test_clean_many_rejects_options_of_the_wrong_type(options: dict[str, object], message: str):
    """workers="2" (read from a config file) said "'<' not supported between str and int"."""
    with pytest.raises(TypeError, match=message):
        clean_many([], **options)  # type: ignore[arg-type]


@pytest.mark.parametrize("workers", [1, 2])
def test_clean_many_checks_a_pages_language_tag_as_clean_does(workers: int):
    """Page(lang="english") is a failed page (ValueError), as clean() raises on it.

    A user saw it cleaned with English rules and 'english' written as the article's lang.
    """
    pages = [Page(raw=page(0), lang="english"), Page(raw=page(1), lang="DE")]
    results = list(clean_many(pages, workers=workers))
    assert results[0].error is not None
    assert results[0].error.type == "ValueError"
    assert "ISO 639" in results[0].error.message
    assert results[1].article is not None
    assert results[1].article.lang == "de"


@pytest.mark.parametrize("workers", [1, 2])
def test_clean_many_gives_every_page_read_before_the_input_fails(workers: int):
    """An input that raises mid-way: the pages read before it get results, then it is raised.

    With workers, the pages read ahead and in flight were lost: the error came out first.
    """

    def failing() -> Iterator[str]:
        yield page(0)
        yield page(1)
        raise OSError("the disk went away")

    seen: list[int] = []
    with pytest.raises(OSError, match="disk went away"):
        seen.extend(r.index for r in clean_many(failing(), workers=workers))
    assert seen == [0, 1]


@pytest.mark.parametrize("workers", [1, 2])
def test_clean_many_takes_a_readers_unreadable_record_as_an_error_result(
    tmp_path: Path, workers: int
):
    """`clean_many(read_warc(path))` on a truncated archive gave "a page must be str, bytes,
    cleaner.batch.Page or cleaner.Document, got Unreadable" for the part it could not read; now
    the record's own message, as an "Unreadable" error, with its source.
    """
    from cleaner.sources import read_warc  # noqa: PLC0415
    from tests.batch_stages import write_warc  # noqa: PLC0415

    whole = tmp_path / "whole.warc"
    write_warc(
        whole, [(f"https://e.org/{i}", "text/html", page(i).encode()) for i in range(2)], gzip=False
    )
    cut = tmp_path / "cut.warc"
    cut.write_bytes(whole.read_bytes()[:-200])
    results = list(clean_many(read_warc(str(cut)), workers=workers))
    assert [r.status for r in results] == ["kept", "failed"]
    error = results[1].error
    assert error is not None
    assert error.type == "Unreadable"
    assert "cut short" in error.message
    assert results[1].source is not None
    assert results[1].source.startswith(str(cut))


def test_workers_start_as_pages_wait_for_them(monkeypatch: pytest.MonkeyPatch):
    """Every worker was started before the first page was read: `-w 16` on two pages started
    16 processes, and an input with no page waited for workers it never used.
    """
    import cleaner.batch  # noqa: PLC0415

    started: list[int] = []
    start = cleaner.batch._Pool._start

    def counted(self: cleaner.batch._Pool) -> object:
        started.append(1)
        return start(self)

    monkeypatch.setattr(cleaner.batch._Pool, "_start", counted)
    results = list(clean_many([page(1), page(2)], workers=8))
    assert [r.status for r in results] == ["kept", "kept"]
    assert len(started) == 2
    started.clear()
    assert list(clean_many([], workers=8)) == []
    assert started == []


def test_a_worker_whose_caller_is_gone_ends_quietly():
    """Ctrl-C while workers started: a worker printed a BrokenPipeError traceback on 'ready'."""
    parent, child = multiprocessing.Pipe()
    parent.close()
    before = signal.getsignal(signal.SIGINT)
    try:
        _worker_main(child, pickle.dumps(cleaner.DEFAULT))  # returns, raises nothing
    finally:
        signal.signal(signal.SIGINT, before)
        child.close()


def test_a_dict_page_result_says_how_to_make_a_page_of_it():
    """`clean_many(json.loads(line) for line in f)` said only 'got dict', not what to pass."""
    (result,) = clean_many([{"html": page(1), "url": "https://e.org/a"}])
    assert result.error is not None
    assert result.error.type == "TypeError"
    assert "Page(raw=row['html']" in result.error.message
    assert "read_jsonl" in result.error.message


class _NoForkserver:
    """A 'forkserver' context whose server cannot start, as with a long TMPDIR.

    (`TMPDIR=/a/path/of/more/than/100/characters`: the server's socket path is too long, and
    `process.start()` raised `OSError: AF_UNIX path too long` out of the batch.)
    """

    def __init__(self) -> None:
        self._real = multiprocessing.get_context("forkserver")

    def get_start_method(self) -> str:
        return "forkserver"

    def Pipe(self, *, duplex: bool = True) -> object:
        return self._real.Pipe(duplex=duplex)

    def Process(self, **kwargs: object) -> object:
        process = self._real.Process(**kwargs)  # type: ignore[arg-type]

        def start() -> None:
            raise OSError("AF_UNIX path too long")

        process.start = start  # type: ignore[method-assign]
        return process


def test_a_batch_starts_its_workers_with_spawn_when_the_forkserver_cannot_start(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
):
    """The forkserver failing to start stopped the batch with a traceback; spawn needs no
    socket, so the batch goes on with it (and says so)."""
    monkeypatch.setattr(cleaner.batch, "_context", _NoForkserver)
    results = list(clean_many([page(0), page(1)], workers=2, timeout=60))
    assert [r.status for r in results] == ["kept", "kept"]
    assert "spawn" in caplog.text


@pytest.mark.parametrize(
    ("call", "missing"),
    [
        ("clean_dataset", "ray"),
        ("schema", "pyarrow"),
        ("CleanBatch", "pyarrow"),
    ],
)
def test_ray_adapter_without_its_extra_says_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch, call: str, missing: str
):
    """Without Ray (or pyarrow) the adapter said only "No module named 'ray'"; it names the
    extra that brings it."""
    from cleaner import ray_data  # noqa: PLC0415 - imports without Ray

    monkeypatch.setitem(sys.modules, missing, None)  # import fails as if not installed
    if missing == "ray":
        monkeypatch.setitem(sys.modules, "ray.data", None)

    class Dataset:  # what clean_dataset reads of a Dataset before it needs Ray
        def map_batches(self) -> None: ...

    actions = {
        "clean_dataset": lambda: ray_data.clean_dataset(Dataset()),
        "schema": ray_data.schema,
        "CleanBatch": lambda: ray_data.CleanBatch()({"html": [page(1)]}),
    }
    with pytest.raises(ImportError, match=r"pip install 'scrape-cleaner\[ray\]'"):
        actions[call]()


def test_ray_adapter_refuses_what_is_no_ray_dataset():
    """clean_dataset(a list of pages) said "'list' object has no attribute 'map_batches'"."""
    from cleaner import ray_data  # noqa: PLC0415

    with pytest.raises(TypeError, match="clean_many"):
        ray_data.clean_dataset([page(1)])


def _stage_of_a_notebook(doc: Document) -> Document:
    """A stage as a notebook (or `python -c`, or a script piped to python) defines it."""
    return doc


def test_clean_many_says_a_notebooks_stage_cannot_reach_worker_processes(
    monkeypatch: pytest.MonkeyPatch,
):
    """A stage defined in a notebook lives in a `__main__` with no file, which no worker can
    import: the batch said "put that code under if __name__ == '__main__'", which a notebook
    cannot do. It now names the stage and says to move it into a module."""
    import types  # noqa: PLC0415

    notebook = types.ModuleType("__main__")  # no __file__, as in Jupyter or `python -c`
    monkeypatch.setattr(_stage_of_a_notebook, "__module__", "__main__")
    notebook._stage_of_a_notebook = _stage_of_a_notebook  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "__main__", notebook)
    pipeline = cleaner.DEFAULT.insert(_stage_of_a_notebook, after="normalize")
    with pytest.raises(PipelineError, match=r"_stage_of_a_notebook.*into a module"):
        list(clean_many([page(1)], workers=2, pipeline=pipeline))


def test_clean_many_warns_of_more_workers_than_cpus(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
):
    """clean_many(pages, workers=64) on 2 CPUs started up to 64 workers of ~100 MB each, for no
    speed, without a word (only the command line warned)."""
    monkeypatch.setattr(os, "sched_getaffinity", lambda _pid: {0, 1}, raising=False)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    assert [r.status for r in clean_many([page(1)], workers=64)] == ["kept"]
    assert "64 worker processes (workers=64, --workers 64) are more than the 2 CPUs" in caplog.text
    caplog.clear()
    assert [r.status for r in clean_many([page(1)], workers=2)] == ["kept"]
    assert "CPUs" not in caplog.text


def test_clean_many_refuses_an_oversized_page_without_sending_it_to_a_worker(
    monkeypatch: pytest.MonkeyPatch,
):
    """A page over the decode stage's size limit was pickled and sent to a worker only to be
    discarded there as too_large: 50 MB pages cost a second of transfer each and ~150 MB in
    both processes (12 of them with workers=2: 11 s, the process tree at 486 MB). It is refused
    here, with the result the worker gives, and a batch of such pages starts no worker."""
    from cleaner.batch import _Pool  # noqa: PLC0415
    from cleaner.stages import Decode  # noqa: PLC0415

    def no_worker(self: object) -> None:
        raise AssertionError("a worker was started for an oversized page")

    pipeline = cleaner.DEFAULT.replace("decode", Decode(max_bytes=1000))
    pages = [page(1).encode() * 3, Page(raw=page(2) * 3, id="b", url="https://e.org/b")]
    expected = [r.article for r in clean_many(pages, pipeline=pipeline)]  # in this process
    monkeypatch.setattr(_Pool, "_start", no_worker)
    results = list(clean_many(pages, workers=2, pipeline=pipeline))
    assert [r.article for r in results] == expected
    assert all(r.status == "discarded" for r in results)
    assert results[1].id == "b"
    assert expected[0] is not None
    assert expected[0].discarded is not None
    assert expected[0].discarded.startswith("too_large")


def test_clean_many_logs_a_failing_page_once_with_its_index_and_url(
    caplog: pytest.LogCaptureFixture,
):
    """A stage that fails on one page of a batch is logged once, naming that page.

    The log said "cleaner stage 'misbehave' failed; the page is discarded" and nothing more:
    which of a million pages, the log did not say (session 21's review).
    """
    pipeline = cleaner.DEFAULT.insert(misbehave, after="decode")
    pages = [
        Page(raw=page(0), url="https://example.com/a"),
        Page(raw=page(1, "FAIL"), url="https://example.com/b"),
        page(2, "FAIL"),
    ]
    with caplog.at_level("DEBUG", logger="cleaner"):
        results = list(clean_many(pages, pipeline=pipeline))
    assert [r.status for r in results] == ["kept", "failed", "failed"]
    errors = [r.getMessage() for r in caplog.records if r.levelname == "ERROR"]
    assert len(errors) == 2, errors
    # Counted as Result.index counts, from 0: "page 1 of the batch" read as the first page.
    assert "the batch's page at index 1 (https://example.com/b)" in errors[0]
    assert "the batch's page at index 2;" in errors[1]


def test_clean_logs_a_failing_stage_with_the_pages_url(caplog: pytest.LogCaptureFixture):
    """A single page's failing stage is logged with the page's address, when it has one."""
    pipeline = cleaner.DEFAULT.insert(misbehave, after="decode")
    with caplog.at_level("DEBUG", logger="cleaner"):
        article = cleaner.clean(page(0, "FAIL"), url="https://example.com/c", pipeline=pipeline)
    assert (article.discarded or "").startswith("error: ")
    errors = [r.getMessage() for r in caplog.records if r.levelname == "ERROR"]
    assert len(errors) == 1, errors
    assert "https://example.com/c" in errors[0]
