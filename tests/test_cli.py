"""The `cleaner` command line: inputs, output formats, workers, resume, explain, exit codes."""

from __future__ import annotations

import io
import itertools
import json
import logging
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import cleaner
from cleaner import Document, Result
from cleaner.cli import as_markdown, main, resume_state
from tests.batch_stages import page, write_warc
from tests.conftest import FIXTURES, ROOT

SEED = FIXTURES / "pages" / "magazine-creations-karabakh.txt"


def _folder(tmp_path: Path, count: int = 50) -> Path:
    folder = tmp_path / "pages"
    (folder / "sub").mkdir(parents=True)
    for i in range(count):
        # Half in a sub-folder: the walk is recursive and sorted, so sub/ comes after the files.
        where = folder / "sub" if i >= count // 2 else folder
        (where / f"page-{i:03d}.html").write_text(page(i), encoding="utf-8")
    return folder


def _lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_cli_single_file_prints_the_article_as_json(capsys: pytest.CaptureFixture[str]):
    """One page file gives the Article as pretty JSON, equal to clean() of the same bytes."""
    assert main([str(SEED)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("{\n  ")
    assert json.loads(out) == cleaner.clean(SEED.read_bytes()).to_dict()


def test_cli_reads_stdin_with_url_and_lang(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
):
    """`-` reads the page from standard input; --url and --lang reach the article."""
    stdin = io.TextIOWrapper(io.BytesIO(page(4).encode()))
    monkeypatch.setattr(sys, "stdin", stdin)
    assert main(["-", "--url", "https://e.org/4", "--lang", "fr"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["title"], data["url"], data["lang"]) == ("Story 4", "https://e.org/4", "fr")


def test_cli_folder_with_two_workers_writes_one_line_per_page_in_order(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
):
    """50 pages, --workers 2: 50 JSONL lines in input order, each naming its source."""
    folder = _folder(tmp_path)
    out = tmp_path / "out.jsonl"
    assert main([str(folder), "--workers", "2", "-o", str(out)]) == 0
    lines = _lines(out)
    expected = [str(folder / f"page-{i:03d}.html") for i in range(25)]
    expected += [str(folder / "sub" / f"page-{i:03d}.html") for i in range(25, 50)]
    assert [line["source"] for line in lines] == expected
    assert [line["title"] for line in lines] == [f"Story {i}" for i in range(50)]
    assert all(line["status"] == "kept" for line in lines)
    summary = capsys.readouterr().err
    assert "50 pages" in summary
    assert "50 kept, 0 discarded, 0 failed" in summary
    assert "cleaning" not in summary  # no progress bar when stderr is not a terminal


def test_cli_jsonl_input_gives_one_line_per_record(tmp_path: Path):
    """A JSONL input of 50 pages gives 50 lines, sources path:line, ids and urls carried."""
    src = tmp_path / "in.jsonl"
    records = [{"html": page(i), "url": f"https://e.org/{i}", "id": f"r{i}"} for i in range(50)]
    src.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main([str(src), "-w", "2", "-o", str(out), "-q"]) == 0
    lines = _lines(out)
    assert [line["source"] for line in lines] == [f"{src}:{i}" for i in range(1, 51)]
    assert [line["id"] for line in lines] == [f"r{i}" for i in range(50)]
    assert [line["url"] for line in lines] == [f"https://e.org/{i}" for i in range(50)]
    assert [line["title"] for line in lines] == [f"Story {i}" for i in range(50)]


def test_cli_jsonl_line_without_a_page_keeps_its_id_and_url(tmp_path: Path):
    """A line with an id and url but no page gets an error line with that id and url.

    Its error line said "id": null, so the output did not join back to the input by id.
    """
    src = tmp_path / "in.jsonl"
    rows = [{"id": "r0", "html": page(0)}, {"id": 7, "url": "https://e.org/7", "content": "x"}]
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main([str(src), "-o", str(out), "-q"]) == 1
    lines = _lines(out)
    assert [(line["id"], line["url"], line["status"]) for line in lines] == [
        ("r0", None, "kept"),
        ("7", "https://e.org/7", "failed"),
    ]


def test_cli_warc_gives_one_line_per_html_response(tmp_path: Path):
    """A WARC made here: one line per HTML response record, with its target URI and id."""
    warc = tmp_path / "crawl.warc.gz"
    ids = write_warc(
        warc,
        [
            ("https://e.org/a", "text/html", page(1).encode()),
            ("https://e.org/robots.txt", "text/plain", b"User-agent: *"),
            ("https://e.org/b", "text/html; charset=utf-8", page(2).encode()),
        ],
    )
    out = tmp_path / "out.jsonl"
    assert main([str(warc), "-o", str(out), "-q"]) == 0
    lines = _lines(out)
    assert [line["url"] for line in lines] == ["https://e.org/a", "https://e.org/b"]
    assert [line["id"] for line in lines] == [ids[0], ids[2]]
    assert [line["source"] for line in lines] == [f"{warc}#{ids[0]}", f"{warc}#{ids[2]}"]
    assert [line["title"] for line in lines] == ["Story 1", "Story 2"]


def test_cli_resume_after_a_cut_off_run_has_no_duplicates_or_gaps(tmp_path: Path):
    """An output cut mid-line after 20 pages is repaired and completed by --resume."""
    folder = _folder(tmp_path)
    out = tmp_path / "out.jsonl"
    assert main([str(folder), "-o", str(out), "-q"]) == 0
    whole = out.read_text(encoding="utf-8").splitlines(keepends=True)
    out.write_text("".join(whole[:20]) + whole[20][:40], encoding="utf-8")
    assert len(resume_state(out)) == 20
    assert main([str(folder), "-o", str(out), "--resume", "-q", "-w", "2"]) == 0
    assert out.read_text(encoding="utf-8").splitlines(keepends=True) == whole


def test_cli_resume_keeps_a_page_named_twice_twice(tmp_path: Path):
    """A source given twice wrote two lines; a run cut after the first resumes with the other."""
    folder = _folder(tmp_path, 2)
    a, b = str(folder / "page-000.html"), str(folder / "sub" / "page-001.html")
    out = tmp_path / "out.jsonl"
    assert main([a, b, a, "-o", str(out), "-q"]) == 0
    whole = out.read_text(encoding="utf-8").splitlines(keepends=True)
    assert [line["source"] for line in _lines(out)] == [a, b, a]
    out.write_text(whole[0], encoding="utf-8")
    assert main([a, b, a, "-o", str(out), "--resume", "-q"]) == 0
    assert out.read_text(encoding="utf-8").splitlines(keepends=True) == whole


def test_cli_never_reads_its_own_output_file(tmp_path: Path):
    """An output file inside the input folder is not read back as input, even on --resume."""
    folder = _folder(tmp_path, 3)
    out = folder / "out.jsonl"
    assert main([str(folder), "-o", str(out), "-q"]) == 0
    assert main([str(folder), "-o", str(out), "-q", "--resume"]) == 0
    assert [Path(str(line["source"])).name for line in _lines(out)] == [
        "page-000.html",
        "page-001.html",
        "page-002.html",
    ]


# `python -m cleaner`, but with Ctrl-C's default handler put back first: a process started with
# SIGINT ignored (a test run launched in the background, `pytest &` or `nohup`, passes SIG_IGN to
# its children, and Python then installs no KeyboardInterrupt handler) never sees the signal. In
# such a run (CI started in the background) this test saw the CLI finish all its pages with
# exit 0; the flakes first blamed on load had the same cause.
_CLI_WITH_CTRL_C = (
    "import runpy, signal; signal.signal(signal.SIGINT, signal.default_int_handler); "
    "runpy.run_module('cleaner', run_name='__main__', alter_sys=True)"
)


def test_cli_ctrl_c_leaves_a_valid_file_that_resume_completes(tmp_path: Path):
    """`python -m cleaner` gets SIGINT mid-run: exit 130, lines whole; --resume adds the rest."""
    # 60 pages of 0.1 s (tests.batch_stages.dawdle). The resume runs without the dawdling stage
    # (it changes nothing in the output).
    folder = _folder(tmp_path, 60)
    out = tmp_path / "out.jsonl"
    arguments = [str(folder), "-o", str(out), "-q", "--stage", "tests.batch_stages:dawdle"]
    command = [sys.executable, "-c", _CLI_WITH_CTRL_C, *arguments]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), *sys.path])}
    process = subprocess.Popen(command, cwd=ROOT, env=env, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if out.exists() and out.read_text(encoding="utf-8").count("\n") >= 3:
            break
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    assert b"--resume" in err
    first = _lines(out)
    assert 3 <= len(first) < 60
    assert main([*arguments[:-2], "--resume"]) == 0
    lines = _lines(out)
    assert [Path(str(line["source"])).name for line in lines] == [
        f"page-{i:03d}.html" for i in range(60)
    ]


def test_cli_explain_lists_each_removed_block_with_reason_and_stage(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
):
    """--explain PAGE prints a line per removed block: its stage, its reason and its text."""
    path = tmp_path / "p.html"
    path.write_text(page(7), encoding="utf-8")
    assert main(["--explain", str(path), "--stage", "tests.batch_stages:drop_second"]) == 0
    out = capsys.readouterr().out
    line = next(x for x in out.splitlines() if "test_reason" in x)
    assert line.split()[:2] == ["drop_second", "test_reason"]
    assert "tory 7" in line  # the text of the block, whichever block was second


@pytest.mark.parametrize(("fmt", "title_line"), [("text", "Story 3"), ("markdown", "# Story 3")])
def test_cli_text_and_markdown_formats(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    fmt: str,
    title_line: str,
):
    """Plain text and Markdown start with the title, then the body paragraphs, blank-separated."""
    path = tmp_path / "p.html"
    path.write_text(page(3), encoding="utf-8")
    assert main([str(path), "-f", fmt]) == 0
    chunks = capsys.readouterr().out.rstrip("\n").split("\n\n")
    assert chunks[0] == title_line
    paragraphs = [c for c in chunks if c.startswith("Paragraph ")]
    assert len(paragraphs) == 4
    assert paragraphs[0].startswith("Paragraph 0 of story 3")


def test_cli_json_format_of_a_batch_is_one_array(tmp_path: Path):
    """-f json over several pages writes one valid JSON array, one object per page."""
    folder = _folder(tmp_path, 3)
    out = tmp_path / "out.json"
    assert main([str(folder), "-f", "json", "-o", str(out), "-q"]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [item["title"] for item in data] == ["Story 0", "Story 1", "Story 2"]


def test_cli_unreadable_input_gets_an_error_line_and_exit_1(tmp_path: Path):
    """A corrupt .gz in a folder: its own error line, the other pages cleaned, exit status 1."""
    folder = _folder(tmp_path, 4)
    (folder / "page-001.html").write_bytes(b"")
    (folder / "page-001b.html.gz").write_bytes(b"not gzip")
    out = tmp_path / "out.jsonl"
    assert main([str(folder), "-o", str(out), "-q"]) == 1
    lines = _lines(out)
    assert [line["status"] for line in lines] == ["kept", "discarded", "failed", "kept", "kept"]
    error = lines[2]["error"]
    assert isinstance(error, dict)
    assert error["type"] == "Unreadable"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        ([], "give at least one input"),
        (["missing.html"], "no such file or folder"),
        (["nothing-*.warc"], "no file matches"),
        ([str(FIXTURES), "--url", "https://e.org"], "single page"),
        ([str(FIXTURES), "--resume"], "--resume needs -o"),
        ([str(SEED), "--stage", "nomodule"], "MODULE:NAME"),
        # a name that is no stage: the message says what a stage is (it said "is not callable")
        ([str(SEED), "--stage", "tests.test_cli:SEEN"], "takes a cleaner.Document and returns one"),
        ([str(SEED), "--without", "nostage"], "no stage named"),
        (["--explain", str(SEED), str(SEED)], "no other input"),
    ],
)
def test_cli_bad_arguments_exit_2_with_a_message(
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    message: str,
):
    """Bad arguments or missing inputs: exit status 2 and a message saying what is wrong."""
    assert main(argv) == 2
    assert message in capsys.readouterr().err


def test_cli_rejects_zero_workers(capsys: pytest.CaptureFixture[str]):
    """--workers 0 is refused by the argument parser (exit status 2)."""
    with pytest.raises(SystemExit) as exit_info:
        main([str(SEED), "--workers", "0"])
    assert exit_info.value.code == 2
    assert "must be 1 or more" in capsys.readouterr().err


SEEN: list[object] = []
"""What `record_page` saw: the pages the pipeline was given (in-process runs only)."""


def record_page(doc: cleaner.Document) -> cleaner.Document:
    """Note the raw page in SEEN; change nothing."""
    SEEN.append(doc.raw)
    return doc


class DropAll:
    """Drop every kept block with reason `reason` (a configurable stage, as docs/stages.md shows)."""

    name = "drop_all"

    def __init__(self, *, reason: str = "all_gone") -> None:
        """Set the drop reason."""
        self.reason = reason

    def __call__(self, doc: cleaner.Document) -> cleaner.Document:
        """Drop every kept block."""
        return doc.evolve(blocks=tuple(b.drop(self.reason) if b.kept else b for b in doc.blocks))


def test_cli_stage_option_builds_a_stage_class_with_its_defaults(
    capsys: pytest.CaptureFixture[str],
):
    """--stage MODULE:Class adds an instance; the class itself failed on every page."""
    assert main(["--explain", str(SEED), "--stage", "tests.test_cli:DropAll"]) == 0
    out = capsys.readouterr().out
    assert "error" not in out.splitlines()[0]
    assert any(line.split()[:2] == ["drop_all", "all_gone"] for line in out.splitlines())


def test_cli_explain_refuses_a_folder_instead_of_explaining_its_first_page(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
):
    """--explain on a folder says it takes one page; it used to explain the first page alone."""
    folder = _folder(tmp_path, 2)
    assert main(["--explain", str(folder)]) == 2
    assert "--explain takes one page file" in capsys.readouterr().err


def test_cli_explain_of_an_unreadable_page_exits_1_without_usage(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
):
    """A corrupt page file is a read error (exit 1, what went wrong), not a usage error."""
    path = tmp_path / "p.html.gz"
    path.write_bytes(b"not gzip")
    assert main(["--explain", str(path)]) == 1
    err = capsys.readouterr().err
    assert "cannot read" in err
    assert "usage:" not in err


def test_cli_never_cleans_a_stand_in_for_an_unreadable_page(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
):
    """An unreadable page gets its error line without any page going through the pipeline.

    An empty page used to stand in for it, cleaned for nothing (the decode stage logged a
    warning about its undecodable bytes in the middle of the run).
    """
    monkeypatch.setattr("cleaner.api.DEFAULT", cleaner.DEFAULT.insert(record_page, before="decode"))
    path = tmp_path / "p.html.gz"
    path.write_bytes(b"not gzip")
    out = tmp_path / "out.jsonl"
    SEEN.clear()
    assert main([str(path), "-f", "jsonl", "-o", str(out)]) == 1
    assert [line["status"] for line in _lines(out)] == ["failed"]
    assert SEEN == []


def noisy(doc: cleaner.Document) -> cleaner.Document:
    """Log a warning, as a library under a stage may (bs4 does on undecodable bytes)."""
    logging.getLogger("tests.noisy").warning("noisy stage says hello")
    return doc


def test_cli_quiet_also_silences_warnings_logged_in_worker_processes(tmp_path: Path):
    """-q holds in the workers: a warning logged there no longer reaches stderr bare."""
    folder = _folder(tmp_path, 2)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), *sys.path])}
    done = subprocess.run(
        [sys.executable, "-m", "cleaner", str(folder), "-q", "--stage", "tests.test_cli:noisy"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0
    assert len(done.stdout.splitlines()) == 2
    assert "noisy stage" not in done.stderr


class _Terminal(io.StringIO):
    """A stand-in for stderr on a terminal, so the progress bar is drawn."""

    def isatty(self) -> bool:
        """Claim to be a terminal."""
        return True


def test_cli_progress_bar_counts_against_the_number_of_page_files(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
):
    """Over page files the bar knows the total (how far, and an ETA), minus those resumed."""
    folder = _folder(tmp_path, 3)
    out = tmp_path / "out.jsonl"
    out.write_text(json.dumps({"source": str(folder / "page-000.html")}) + "\n", encoding="utf-8")
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main([str(folder), "-o", str(out), "--resume"]) == 0
    assert "2/2" in terminal.getvalue()
    assert len(_lines(out)) == 3


def test_cli_output_format_follows_the_output_file_name(tmp_path: Path):
    """Without -f, `-o a.jsonl` writes JSON lines even for one page, `-o a.json` one array."""
    single = tmp_path / "one.jsonl"
    assert main([str(SEED), "-o", str(single)]) == 0
    assert [line["status"] for line in _lines(single)] == ["kept"]
    # ... so --resume takes it as it is, and has nothing left to do.
    assert main([str(SEED), "-o", str(single), "--resume"]) == 0
    assert len(_lines(single)) == 1
    folder = _folder(tmp_path, 2)
    array = tmp_path / "all.json"
    assert main([str(folder), "-o", str(array), "-q"]) == 0
    assert [item["title"] for item in json.loads(array.read_text(encoding="utf-8"))] == [
        "Story 0",
        "Story 1",
    ]


def test_cli_version(capsys: pytest.CaptureFixture[str]):
    """--version prints the program's name and version and exits 0."""
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"cleaner {cleaner.__version__}"


def test_cli_markdown_keeps_body_paragraphs_as_paragraphs():
    """A paragraph that starts like Markdown markup is escaped, not turned into a heading or list."""
    article = cleaner.Article(
        title="Final",
        body=("#1 seed wins the final", "- Berlin, 3 May", "1999. A year of change", "Plain."),
    )
    chunks = as_markdown(article).rstrip("\n").split("\n\n")
    assert chunks == [
        "# Final",
        "\\#1 seed wins the final",
        "\\- Berlin, 3 May",
        "1999\\. A year of change",
        "Plain.",
    ]


def test_cli_progress_bar_gives_the_rate_in_pages_per_second(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
):
    """A user saw "3.08s/ pages" while a batch started: the rate now always reads pages/s."""
    from tqdm import tqdm  # noqa: PLC0415 - only this test draws a bar by hand

    from cleaner import cli  # noqa: PLC0415

    for fmt, total in ((cli._BAR, 12), (cli._COUNTER, None)):
        slow = tqdm.format_meter(1, total, 3.08, unit=" pages", prefix="cleaning", bar_format=fmt)
        assert "0.32 pages/s" in slow
        assert "s/ pages" not in slow
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main([str(_folder(tmp_path, 2)), "-o", str(tmp_path / "out.jsonl")]) == 0
    drawn = terminal.getvalue()
    assert "pages/s" in drawn
    assert "s/ pages" not in drawn


def test_cli_summary_counts_one_page_in_the_singular(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
):
    """The summary said "1 pages in 2.6 s"."""
    assert main([str(_folder(tmp_path, 1)), "-o", str(tmp_path / "out.jsonl")]) == 0
    assert "cleaner: 1 page in " in capsys.readouterr().err


@pytest.mark.parametrize("where", [["--explain", str(SEED)], [str(SEED)]])
def test_cli_refuses_a_language_that_is_no_tag(
    where: list[str],
    capsys: pytest.CaptureFixture[str],
):
    """`--lang english` was taken (English rules as the fallback); now exit 2 as clean() raises."""
    assert main([*where, "--lang", "english"]) == 2
    assert "ISO 639 code" in capsys.readouterr().err


@pytest.mark.parametrize("address", ["https://example.org/news/1", "http://e.org/a?b=1"])
def test_cli_says_to_fetch_a_web_address_first(address: str, capsys: pytest.CaptureFixture[str]):
    """`cleaner https://...` said "no such file or folder"; now it says how to fetch it."""
    assert main([address]) == 2
    err = capsys.readouterr().err
    assert "web address" in err
    assert f"curl -sL '{address}' | cleaner - --url '{address}'" in err


@pytest.mark.parametrize("fmt", ["text", "markdown", "json"])
def test_cli_says_why_a_single_page_was_discarded(
    tmp_path: Path,
    fmt: str,
    capsys: pytest.CaptureFixture[str],
):
    """`cleaner page.html -f text` on a page with no article printed nothing, and no reason."""
    short = tmp_path / "short.html"
    short.write_text("<html><body><p>Too short.</p></body></html>", encoding="utf-8")
    assert main([str(short), "-f", fmt]) == 0
    err = capsys.readouterr().err
    assert f"cleaner: {short}: discarded: not_article" in err
    assert main([str(short), "-f", fmt, "-q"]) == 0
    assert capsys.readouterr().err == ""


def test_cli_explain_says_a_web_address_was_not_fetched(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
):
    """`echo URL | cleaner --explain -` explained 'not_article: 0 words'; now 'url: ... fetch'."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"https://example.org/a\n")))
    assert main(["--explain", "-"]) == 0
    assert "page discarded: url: the input is a web address" in capsys.readouterr().out


@pytest.mark.parametrize("fmt", ["jsonl", "text"])
def test_cli_writes_a_page_holding_a_lone_surrogate(tmp_path: Path, fmt: str):
    """A JSONL row with "\\udcff" stopped the run with UnicodeEncodeError, losing later pages."""
    text = "Title line\n\n" + "".join(
        f"Sentence {i} of the story holds a lone surrogate \udcff in it, long enough to keep. "
        for i in range(6)
    )
    source = tmp_path / "in.jsonl"
    rows = [{"text": text, "id": "bad"}, {"html": page(1), "id": "next"}]
    source.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "out.txt"
    assert main([str(source), "-o", str(out), "-f", fmt, "-q"]) == 0
    written = out.read_text(encoding="utf-8")
    assert "surrogate \ufffd in it" in written
    assert "Story 1" in written


def test_cli_lang_holds_for_a_batch_and_a_jsonl_line_keeps_its_own(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
):
    """`cleaner pages/ --lang de` was exit 2 ("--url and --lang apply to a single page"): a user
    with a folder of German pages could not say so. It is the language of every page that gives
    none; a JSONL line's own `lang` wins; `--url` stays a single page's.
    """
    folder = _folder(tmp_path, 2)
    rows = tmp_path / "rows.jsonl"
    rows.write_text(
        json.dumps({"html": page(7), "lang": "fr"}) + "\n" + json.dumps({"html": page(8)}) + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    assert main([str(folder), str(rows), "--lang", "de", "-q", "-o", str(out)]) == 0
    lines = _lines(out)
    assert [line["lang"] for line in lines] == ["de", "de", "fr", "de"]
    assert [line["status"] for line in lines] == ["kept"] * 4
    assert main([str(folder), "--url", "https://e.org/a"]) == 2
    assert "--url applies to a single page" in capsys.readouterr().err


def test_cli_stage_from_a_module_in_the_current_folder(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
):
    """`cleaner --stage mystages:drop_short` beside mystages.py said "No module named
    'mystages'" from the installed script (its sys.path holds its own folder, not the current
    one), where `python -m cleaner` found it.
    """
    (tmp_path / "mystages_ut17.py").write_text(
        "def drop_first(doc):\n"
        "    return doc.evolve(blocks=tuple(b.drop('mine') if b.text.startswith('Paragraph 0')"
        " else b for b in doc.blocks))\n",
        encoding="utf-8",
    )
    (tmp_path / "page.html").write_text(page(1), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "path", [p for p in sys.path if p not in ("", str(tmp_path))])
    assert main(["--explain", "page.html", "--stage", "mystages_ut17:drop_first"]) == 0
    assert "drop_first         mine" in capsys.readouterr().out


def test_cli_stage_named_like_a_default_one_takes_its_place(capsys: pytest.CaptureFixture[str]):
    """A house `metadata` stage stopped the run ("duplicate stage name 'metadata'"); appended
    at the end it would have run after judge. Now it replaces the stage of its name.
    """
    assert main([str(SEED), "--stage", "tests.test_cli:house_metadata", "-q"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "House title"


class HouseMetadata:
    """A house metadata stage: every page gets the same title."""

    name = "metadata"

    def __call__(self, doc: Document) -> Document:
        return doc.evolve(meta=doc.meta.evolve(title="House title"))


house_metadata = HouseMetadata()


def test_cli_rules_file_drops_the_users_phrases(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
):
    """A command-line user's house phrases needed a Python module with a StripBoilerplate for
    --stage; `--rules house.toml` merges the file as StripBoilerplate(extra_rules=...) does,
    and a missing or broken file is a usage error before any page.
    """
    rules = tmp_path / "house.toml"
    rules.write_text(
        '[drop.house_promo]\nmax_chars = 80\nphrases = ["a word from our sponsor"]\n'
        'examples = ["A word from our sponsor: Acme"]\n',
        encoding="utf-8",
    )
    path = tmp_path / "page.html"
    path.write_text(page(1).replace("<h1>", "<p>A word from our sponsor: Acme</p><h1>"), "utf-8")
    assert main([str(path), "-q"]) == 0
    assert "A word from our sponsor: Acme" in capsys.readouterr().out
    assert main(["--explain", str(path), "--rules", str(rules)]) == 0
    assert "house_promo" in capsys.readouterr().out
    assert main([str(path), "--rules", str(tmp_path / "missing.toml")]) == 2
    assert "--rules" in capsys.readouterr().err


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_cli_text_output_of_a_discarded_page_is_no_page(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    fmt: str,
):
    """A discarded page (a login wall) printed its title alone, "Sign in to continue reading",
    as if that were its text: Article.to_text() promised empty. A batch now says
    "discarded: <reason>" under the page's header; a single page prints nothing (its reason
    goes to stderr).
    """
    wall = tmp_path / "wall.html"
    wall.write_text(
        "<html><head><title>Sign in to continue reading - The Herald</title></head><body>"
        "<h1>Sign in to continue reading</h1><form><input name=user><input name=pw></form>"
        "</body></html>",
        encoding="utf-8",
    )
    story = tmp_path / "story.html"
    story.write_text(page(1), encoding="utf-8")
    assert main([str(wall), "-f", fmt]) == 0
    out, err = capsys.readouterr()
    assert out == ""
    assert "discarded: not_article" in err
    assert main([str(wall), str(story), "-f", fmt, "-q"]) == 0
    out = capsys.readouterr().out
    assert f"==> {wall} <==\ndiscarded: not_article" in out
    assert "Sign in" not in out
    assert "Story 1" in out


@pytest.mark.parametrize(
    ("name", "hint"),
    [("out.jsonl", "run again with --resume"), ("out.json", "only a JSONL output")],
)
def test_cli_ctrl_c_says_resume_only_where_it_works(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    name: str,
    hint: str,
):
    """Interrupted with -o out.json, it said to run again with --resume, which then refused
    the file ("--resume needs -o FILE in the jsonl format").
    """
    import cleaner.cli  # noqa: PLC0415

    def interrupted(pages: Iterator[object], **options: object) -> Iterator[Result]:
        yield from cleaner.clean_many(itertools.islice(pages, 1))
        raise KeyboardInterrupt

    monkeypatch.setattr(cleaner.cli, "clean_many", interrupted)
    out = tmp_path / name
    assert main([str(_folder(tmp_path, 3)), "-o", str(out), "-q"]) == 130
    assert hint in capsys.readouterr().err


class _TerminalStdin(io.TextIOWrapper):
    """Standard input that is a terminal, holding one page."""

    def isatty(self) -> bool:
        return True


def test_cli_says_how_to_end_a_page_typed_at_a_terminal(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
):
    """`cleaner -` typed at a prompt waited without a word, as if it hung; piped, it says
    nothing.
    """
    monkeypatch.setattr(sys, "stdin", _TerminalStdin(io.BytesIO(page(5).encode())))
    assert main(["-", "-f", "text"]) == 0
    out, err = capsys.readouterr()
    assert "Ctrl-D" in err
    assert out.startswith("Story 5")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(page(5).encode())))
    assert main(["-", "-f", "text"]) == 0
    assert capsys.readouterr().err == ""


def test_cli_no_removed_leaves_the_removed_blocks_out(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
):
    """The removed-block account was most of every JSONL line (64% of the bytes over the
    golden pages), with no way to leave it out of a big run's output; --no-removed does, and
    --resume still reads the file.
    """
    folder = _folder(tmp_path, 2)
    out = tmp_path / "out.jsonl"
    assert main([str(folder), "-o", str(out), "-q", "--no-removed"]) == 0
    lines = _lines(out)
    assert [("removed" in line, line["status"]) for line in lines] == [(False, "kept")] * 2
    assert main([str(folder), "-o", str(out), "-q", "--no-removed", "--resume"]) == 0
    assert len(_lines(out)) == 2
    assert main([str(SEED), "--no-removed"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert "removed" not in data
    assert data["body"]


def test_cli_refuses_an_output_file_that_is_also_an_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    """`cleaner pages.jsonl -o pages.jsonl` emptied the input before reading it: now exit 2."""
    pages = tmp_path / "pages.jsonl"
    line = json.dumps({"html": page(1), "id": "p1"}) + "\n"
    pages.write_text(line, encoding="utf-8")
    assert main([str(pages), "-o", str(pages), "-q"]) == 2
    assert "also an input" in capsys.readouterr().err
    assert pages.read_text(encoding="utf-8") == line


def test_cli_resume_skips_a_page_whose_file_name_is_not_utf8(tmp_path: Path):
    """A file named in Latin-1 (`caf\\xe9.html`) was cleaned again by every --resume."""
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.html").write_text(page(1), encoding="utf-8")
    (folder / os.fsdecode(b"caf\xe9.html")).write_text(page(2), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main([str(folder), "-o", str(out), "-q"]) == 0
    assert main([str(folder), "-o", str(out), "-q", "--resume"]) == 0
    assert len(_lines(out)) == 2


def test_cli_reads_json_lines_piped_to_stdin_as_a_batch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """`zcat dump.jsonl.gz | cleaner -` was one page titled with the first record's raw JSON."""
    lines = [json.dumps({"html": page(i), "id": f"p{i}"}) for i in (1, 2)]
    stdin = io.TextIOWrapper(io.BufferedReader(io.BytesIO("\n".join(lines).encode())))  # type: ignore[arg-type]
    monkeypatch.setattr(sys, "stdin", stdin)
    out = tmp_path / "out.jsonl"
    assert main(["-", "-o", str(out), "-q"]) == 0
    rows = _lines(out)
    assert [(r["source"], r["id"], r["title"]) for r in rows] == [
        ("-:1", "p1", "Story 1"),
        ("-:2", "p2", "Story 2"),
    ]


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ({"swahili.toml": "x"}, "swahili.toml is not named for a language"),
        ({"rules.txt": "x"}, "the folder holds no .toml file"),
    ],
)
def test_cli_rules_folder_says_how_to_name_its_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str], message: str
):
    """A misnamed file said "Rules.load('swahili'): not a language tag"; none said nothing."""
    folder = tmp_path / "my-rules"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    assert main(["--rules", str(folder), str(SEED), "-q"]) == 2
    err = capsys.readouterr().err
    assert message in err
    assert "sw.toml" in err


def test_cli_explain_refuses_json_lines_on_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
):
    """`cat pages.jsonl | cleaner --explain -` explained the first line and passed over the rest
    without a word, as `--explain pages.jsonl` is refused for."""
    lines = [json.dumps({"html": page(i)}) for i in (1, 2)]
    stdin = io.TextIOWrapper(io.BufferedReader(io.BytesIO("\n".join(lines).encode())))  # type: ignore[arg-type]
    monkeypatch.setattr(sys, "stdin", stdin)
    assert main(["--explain", "-"]) == 2
    err = capsys.readouterr().err
    assert "JSON lines" in err
    assert "removed" in err


def test_cli_summary_says_when_pages_ran_out_of_time(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    """`--timeout 0.001` failed every page with a line of its own, and the summary said only
    '0 kept, 0 discarded, 3 failed': it says how many ran out of time, and what to raise."""
    folder = tmp_path / "pages"
    folder.mkdir()
    for i in range(2):
        (folder / f"{i}.html").write_text(page(i) + " HANG", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    code = main([str(folder), "-o", str(out), "-t", "1", "--stage", "tests.batch_stages:misbehave"])
    assert code == 0
    err = capsys.readouterr().err
    assert "2 failed (2 timed out after 1 s: raise --timeout" in err


def test_cli_warns_of_more_workers_than_cpus(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
):
    """`-w 64` on a 2-CPU machine started a worker per waiting page, up to 64 (each holding
    ~100 MB), for no speed: the run says so."""
    monkeypatch.setattr(os, "sched_getaffinity", lambda _pid: {0, 1}, raising=False)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    folder = _folder(tmp_path, count=2)
    assert main([str(folder), "-o", str(tmp_path / "o.jsonl"), "-w", "64"]) == 0
    assert "(workers=64, --workers 64) are more than the 2 CPUs" in caplog.text
    caplog.clear()
    assert main([str(folder), "-o", str(tmp_path / "o.jsonl"), "-w", "2"]) == 0
    assert "CPUs" not in caplog.text


def test_cli_writes_a_gz_output_compressed(tmp_path: Path):
    """`-o articles.jsonl.gz` wrote plain JSON lines into a file named .gz (zcat refused it),
    and `-o one.json.gz` a JSONL batch, not the format its name says."""
    import gzip  # noqa: PLC0415

    folder = _folder(tmp_path, count=4)
    out = tmp_path / "articles.jsonl.gz"
    assert main([str(folder), "-o", str(out), "-q"]) == 0
    with gzip.open(out, "rt", encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    assert [row["title"] for row in rows] == [f"Story {i}" for i in range(4)]
    md = tmp_path / "one.md.gz"
    assert main([str(folder / "page-000.html"), "-o", str(md), "-q"]) == 0
    assert gzip.decompress(md.read_bytes()).decode().startswith("# Story 0")


def test_cli_resume_completes_a_gz_output_cut_off_mid_line(tmp_path: Path):
    """--resume reads a .gz output, a cut-off one too (killed: no gzip trailer, half a line),
    and completes it with no duplicates or gaps."""
    import gzip  # noqa: PLC0415

    folder = _folder(tmp_path, count=6)
    out = tmp_path / "out.jsonl.gz"
    assert main([str(folder), "-o", str(out), "-q"]) == 0
    whole = gzip.decompress(out.read_bytes()).decode().splitlines(keepends=True)
    cut = "".join(whole[:3]) + whole[3][:40]
    buffer = io.BytesIO()
    killed = gzip.GzipFile(fileobj=buffer, mode="wb")
    killed.write(cut.encode())
    killed.flush()  # what each page's flush leaves: readable, but no end of stream nor trailer
    out.write_bytes(buffer.getvalue())
    assert sum(resume_state(out).values()) == 3
    assert main([str(folder), "-o", str(out), "--resume", "-q"]) == 0
    with gzip.open(out, "rt", encoding="utf-8") as handle:
        assert handle.read().splitlines(keepends=True) == whole


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux)")
def test_cli_a_full_disk_stops_the_run_with_a_message_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    """A disk that filled up mid-run ('No space left on device') stopped the run with a
    traceback; it says what happened and how to go on."""
    folder = _folder(tmp_path, count=2)
    assert main([str(folder), "-o", "/dev/full", "-f", "jsonl"]) == 2
    err = capsys.readouterr().err
    assert "cannot write /dev/full" in err
    assert "No space left on device" in err
    assert "--resume" in err


@pytest.mark.parametrize("stage", ["decode", "detect"])
def test_cli_refuses_to_leave_out_a_stage_every_other_reads(
    stage: str, capsys: pytest.CaptureFixture[str]
):
    """`--without decode` (or detect) cleaned every page to 'not_article: 0 words of body
    text', as if no page were an article: the later stages read what these two make."""
    assert (
        main([str(FIXTURES / "pages" / "magazine-creations-karabakh.txt"), "--without", stage]) == 2
    )
    err = capsys.readouterr().err
    assert f"--without {stage}" in err
    assert "--stage" in err


def test_cli_says_when_stdin_or_stdout_is_closed(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
):
    """`cleaner - <&-` (a cron job with no input) and `cleaner page.html >&-` stopped with
    "'NoneType' object has no attribute 'buffer'" tracebacks."""
    monkeypatch.setattr(sys, "stdin", None)
    assert main(["-"]) == 2
    assert "standard input is closed" in capsys.readouterr().err
    monkeypatch.undo()
    monkeypatch.setattr(sys, "stdout", None)
    assert main([str(FIXTURES / "pages" / "magazine-creations-karabakh.txt")]) == 2
    assert "standard output is closed: write to a file with -o FILE" in capsys.readouterr().err


def test_cli_warns_when_the_inputs_hold_no_page(tmp_path: Path, caplog: pytest.LogCaptureFixture):
    """An empty folder (a mount that failed, a wrong path in a job) gave an empty output and
    exit status 0 with no word but '0 pages' in the summary, which -q leaves out."""
    (tmp_path / "empty").mkdir()
    assert main([str(tmp_path / "empty"), "-o", str(tmp_path / "o.jsonl")]) == 0
    assert "no page in" in caplog.text
    assert str(tmp_path / "empty") in caplog.text


@pytest.mark.parametrize(
    ("options", "named"),
    [
        (["-f", "text"], "-f/--format"),
        (["--format", "jsonl"], "-f/--format"),
        (["-w", "2"], "-w/--workers"),
        (["--timeout", "5"], "-t/--timeout"),
        (["--no-removed"], "--no-removed"),
        (["--resume", "-o", "out.jsonl"], "--resume"),
    ],
)
def test_cli_explain_refuses_the_options_it_would_ignore(
    capsys: pytest.CaptureFixture[str],
    options: list[str],
    named: str,
):
    """--explain prints its own report of one page: `-f json` and `-w 4` were silently ignored
    (session 19's review); now each is refused with a usage message naming it, exit status 2."""
    assert main(["--explain", str(SEED), *options]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "usage:" in captured.err
    assert f"--explain does not take {named}" in captured.err


def test_cli_an_unreadable_line_keeps_its_address(tmp_path: Path):
    """A JSONL line with a url and no page gave an error line with "url": null, so the failed
    row could not be matched to its address."""
    src = tmp_path / "in.jsonl"
    rows = [{"url": "https://e.org/a", "html": None}, {"url": "https://e.org/b", "html": page(1)}]
    src.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main([str(src), "-o", str(out), "-q"]) == 1
    assert [(line["status"], line["url"]) for line in _lines(out)] == [
        ("failed", "https://e.org/a"),
        ("kept", "https://e.org/b"),
    ]


def test_cli_rules_file_that_does_not_exist_is_named_as_an_input_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    """`--rules missing.toml` said "[Errno 2] No such file or directory": the OS's words, not
    the command's (session 24's review); an input that does not exist says "no such file or
    folder", and so does a rules file now."""
    missing = tmp_path / "house.toml"
    assert main(["--rules", str(missing), str(SEED), "-q"]) == 2
    err = capsys.readouterr().err
    assert f"--rules: no such file or folder: '{missing}'" in err
    assert "Errno" not in err


def test_cli_stage_whose_module_is_missing_says_where_it_is_looked_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
):
    """`--stage mystages:drop` run from the wrong folder said only "No module named
    'mystages'" (session 24's review): it says where a module is looked for."""
    monkeypatch.chdir(tmp_path)
    assert main(["--stage", "mystages_nowhere:drop", str(SEED), "-q"]) == 2
    err = capsys.readouterr().err
    assert "No module named 'mystages_nowhere'" in err
    assert f"mystages_nowhere.py in {tmp_path}" in err


def test_cli_stage_whose_import_is_missing_names_that_import(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
):
    """A stage module that imports a missing package is told that package, not its own path."""
    (tmp_path / "needs_more.py").write_text("import not_installed_anywhere\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    assert main(["--stage", "needs_more:drop", str(SEED), "-q"]) == 2
    err = capsys.readouterr().err
    assert "No module named 'not_installed_anywhere'" in err
    assert "needs_more.py in" not in err


@pytest.mark.parametrize(
    ("name", "glob"),
    [("b.html", False), ("b.html", True), ("crawl.jsonl", False), ("b.txt", True)],
)
def test_cli_refuses_an_output_file_that_is_a_page_of_an_input_folder_or_glob(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, glob: bool
):
    """`cleaner pages/ -o pages/b.html` wrote its JSON over the page b.html, a page of the
    folder it was cleaning (session 24's review): an existing page, JSONL of pages or WARC the
    inputs hold is refused as an output (exit 2), and is left as it was."""
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.html").write_text(page(1), encoding="utf-8")
    target = folder / name
    kept = json.dumps({"html": page(2), "id": "p2"}) + "\n" if name.endswith(".jsonl") else page(2)
    target.write_text(kept, encoding="utf-8")
    source = str(folder / "*") if glob else str(folder)
    assert main([source, "-o", str(target), "-q"]) == 2
    assert "is a page of the inputs" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == kept


def test_cli_writes_over_its_own_earlier_output_inside_an_input_folder(tmp_path: Path):
    """A run's own JSONL output inside the folder it cleans is written again (and resumed)."""
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.html").write_text(page(1), encoding="utf-8")
    out = folder / "out.jsonl"
    assert main([str(folder), "-o", str(out), "-q"]) == 0
    assert main([str(folder), "-o", str(out), "-q"]) == 0
    assert main([str(folder), "-o", str(out), "-q", "--resume"]) == 0
    assert [row["title"] for row in _lines(out)] == ["Story 1"]


def test_cli_writes_over_its_own_earlier_text_output_inside_an_input_folder(tmp_path: Path):
    """`-f text` output (`==> source <==` heads) in the folder is ours too: written again."""
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.html").write_text(page(1), encoding="utf-8")
    out = folder / "out.txt"
    assert main([str(folder), "-o", str(out), "-q"]) == 0
    assert main([str(folder), "-o", str(out), "-q"]) == 0
    assert out.read_text(encoding="utf-8").startswith(f"==> {folder / 'a.html'} <==")
