"""The command line: clean pages from files, folders, globs, stdin, JSONL and WARC archives.

Examples:
    cleaner page.html                          # one page: the Article as pretty JSON
    cat scrape.txt | cleaner -                 # from standard input
    cleaner pages/ -o out.jsonl --workers 2    # a folder, recursively: one JSONL line per page
    cleaner 'crawl/*.warc.gz' -o out.jsonl     # WARC archives: one line per HTML response
    cleaner pages/ -o out.jsonl --resume       # go on after an interrupted run
    cleaner --explain page.html                # every removed block, with its reason and stage

Exit status: 0 when every page was processed (discarded and failed pages included: they have
their line in the output); 1 when some input could not be read (it has an error line too);
2 on bad arguments, inputs that do not exist, or output that cannot be written (a full disk:
the lines before are whole); 130 when interrupted (the output file is valid:
every line is written whole and flushed, and `--resume` carries on from it); 141 when the
program reading the output closed the pipe.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import glob
import gzip
import importlib
import json
import logging
import os
import sys
import textwrap
import time
import zlib
from collections.abc import Container, Iterable, Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, Never

from tqdm import tqdm

from cleaner.batch import Page, PageError, Result, clean_many
from cleaner.document import Article
from cleaner.errors import CleanerError
from cleaner.pipeline import Pipeline, Stage, stage_name
from cleaner.sources import (
    InputError,
    Unreadable,
    check,
    expand,
    input_kind,
    is_single_page,
    read_inputs,
    stdin_holds_jsonl,
)
from cleaner.surrogates import replace_surrogates

logger = logging.getLogger(__name__)

FORMATS = ("jsonl", "json", "text", "markdown")
DEFAULT_TIMEOUT = 60.0
"""Seconds a page may take in a batch before its worker is stopped (`--timeout`)."""

EXIT_OK, EXIT_UNREADABLE, EXIT_USAGE, EXIT_INTERRUPTED, EXIT_BROKEN_PIPE = 0, 1, 2, 130, 141


class _WriteFailedError(Exception):
    """Writing the output failed mid-run (a full disk, a lost network share)."""

    def __init__(self, exc: OSError) -> None:
        super().__init__(str(exc))
        self.reason = exc.strerror or str(exc)


class UsageError(CleanerError):
    """The arguments do not fit together; the message says how to fix them."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cleaner",
        description="Turn raw scraped web pages (HTML or plain-text scrapes) into clean articles.",
        epilog=textwrap.dedent(__doc__ or "").split("\n", 1)[1],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "inputs",
        nargs="*",
        metavar="INPUT",
        help="page files (.html, .htm, .txt, a browser's .mhtml, and gzipped), folders "
        "(recursive), globs, .jsonl or .ndjson files (html or text, optional url, id, lang), "
        ".warc/.warc.gz archives, or - for standard input",
    )
    parser.add_argument("-V", "--version", action="version", version=f"%(prog)s {_version()}")
    parser.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    parser.add_argument(
        "-f",
        "--format",
        choices=FORMATS,
        help="output format (default: json for a single page, jsonl otherwise)",
    )
    parser.add_argument(
        "-w",
        "--workers",
        type=_positive_int,
        default=1,
        metavar="N",
        help="worker processes for a batch (default: 1)",
    )
    parser.add_argument(
        "-t",
        "--timeout",
        type=_positive_float,
        metavar="S",
        help=f"seconds a page may take before it is given up (default: {DEFAULT_TIMEOUT:g} "
        "in a batch; none for a single page unless given)",
    )
    parser.add_argument(
        "--resume",
        action="store_true",
        help="skip the pages already in the -o file (JSONL) and append the rest",
    )
    parser.add_argument(
        "--no-removed",
        action="store_true",
        help="leave the removed blocks out of JSON/JSONL output (most of a line's size)",
    )
    parser.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="no progress bar and no summary line",
    )
    parser.add_argument(
        "--explain",
        metavar="PAGE",
        help="print every block removed from PAGE with its reason and stage",
    )
    parser.add_argument("--url", help="the page's address (a single page only)")
    parser.add_argument(
        "--lang",
        help="ISO 639-1 code of the pages' language (a JSONL line's own lang wins); "
        "detected when not given",
    )
    parser.add_argument(
        "--stage",
        action="append",
        default=[],
        metavar="MODULE:NAME",
        help="add a custom stage (any Document -> Document callable, from a module here or "
        "importable) at the end of the pipeline; one named like a default stage takes its place "
        "(repeatable)",
    )
    parser.add_argument(
        "--rules",
        action="append",
        default=[],
        metavar="FILE",
        help="your own boilerplate rules file (.toml, as docs/rules.md), merged after the "
        "shipped rules for every page, or a folder of them (its common.toml for every page, "
        "<code>.toml for that language's pages) (repeatable)",
    )
    parser.add_argument(
        "--without",
        action="append",
        default=[],
        metavar="STAGE",
        help="leave a default stage out (repeatable)",
    )
    return parser


def _version() -> str:
    from cleaner import __version__  # noqa: PLC0415 - the package imports this module's peers

    return __version__


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, got {value}")
    return value


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"must be more than 0, got {text}")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.ERROR if args.quiet else logging.WARNING,
        format="cleaner: %(levelname)s: %(message)s",
    )
    try:
        pipeline = _pipeline(args.stage, args.without, args.rules)
        _check_streams([*args.inputs, args.explain], args.output)
        if args.explain is not None:
            _require(not args.inputs, "--explain takes its page itself: give no other input")
            _check_explain_options(args)
            _check_lang(args.lang)
            _stdin_hint([args.explain], quiet=args.quiet)
            return _explain(args, pipeline)
        _require(bool(args.inputs), "give at least one input: a file, folder, glob, or - for stdin")
        check(args.inputs)
        _check_output_is_no_input(args.inputs, args.output)
        # JSON lines piped in (`zcat dump.jsonl.gz | cleaner -`) are a batch, not one page.
        single = is_single_page(args.inputs) and not (args.inputs == ["-"] and stdin_holds_jsonl())
        # --lang holds for a batch too (a folder of German pages); a JSONL line's own wins.
        _require(single or not args.url, "--url applies to a single page")
        _check_lang(args.lang)
        fmt = args.format or _format_of(args.output) or ("json" if single else "jsonl")
        _require(
            not args.resume or (args.output is not None and fmt == "jsonl"),
            "--resume needs -o FILE in the jsonl format (a .jsonl file name, or -f jsonl)",
        )
        _stdin_hint(args.inputs, quiet=args.quiet)
        # More workers than CPUs: clean_many warns (for the library's users too).
        return _run(args, pipeline, single=single, fmt=fmt)
    except (UsageError, InputError) as exc:
        parser.print_usage(sys.stderr)
        sys.stderr.write(f"cleaner: error: {exc}\n")
        return EXIT_USAGE
    except CleanerError as exc:
        sys.stderr.write(f"cleaner: error: {exc}\n")
        return EXIT_USAGE


_SUFFIX_FORMATS = {
    ".jsonl": "jsonl",
    ".json": "json",
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
}


def _format_of(output: str | None) -> str | None:
    """The format an `-o` file's name asks for, when `-f` is not given.

    Why: `cleaner page.html -o a.jsonl` wrote pretty JSON into a .jsonl file (and `--resume`
    then refused it), and a batch with `-o out.json` wrote JSON lines into a .json file.
    """
    if output is None or output == "-":
        return None
    return _SUFFIX_FORMATS.get(Path(output.lower().removesuffix(".gz")).suffix)


def _stdin_hint(inputs: list[str], *, quiet: bool) -> None:
    """Say how to end the page when `-` reads it from a terminal.

    Why: `cleaner -` typed at a prompt waited without a word, as if it hung.
    """
    if "-" in inputs and not quiet and sys.stdin is not None and sys.stdin.isatty():
        sys.stderr.write(
            "cleaner: reading a page from standard input; end it with Ctrl-D (Ctrl-Z, Enter "
            "on Windows), or pipe one in: cat page.html | cleaner -\n",
        )


def _check_streams(inputs: list[str | None], output: str | None) -> None:
    """Refuse to read a closed stdin or to write a closed stdout.

    Why: `cleaner - <&-` (a cron job with no input) and `cleaner page.html >&-` stopped with
    "'NoneType' object has no attribute 'buffer'" tracebacks (Python sets them to None).
    """
    if "-" in inputs and sys.stdin is None:
        raise UsageError(
            "standard input is closed: give a page file, or pipe the page in (cat page.html | "
            "cleaner -)"
        )
    if (output is None or output == "-") and sys.stdout is None:
        raise UsageError("standard output is closed: write to a file with -o FILE")


def _check_output_is_no_input(inputs: list[str], output: str | None) -> None:
    """Refuse an `-o` file that is also named as an input.

    Why: `cleaner pages.jsonl -o pages.jsonl` opened the output for writing, which emptied
    the input before a line of it was read: the pages were lost and the run said nothing. (A
    folder or glob that merely holds the output file passes over it: see `read_inputs`.)
    """
    if output is None or output == "-" or not Path(output).exists():
        return
    for arg in inputs:
        if arg != "-" and Path(arg).is_file() and Path(arg).samefile(output):
            raise UsageError(
                f"-o {output!r} is also an input: writing it would empty it before it is read; "
                "write to another file",
            )
    # `cleaner pages/ -o pages/b.html` wrote its JSON over the page b.html (session 24's
    # review): the folder passes over the output file, and its page was lost unread. A run's
    # own earlier output there (`-o pages/out.jsonl` again, or with --resume) is no page.
    if input_kind(output) is None or _written_by_cleaner(Path(output)):
        return
    if any(_holds(arg, Path(output).resolve()) for arg in inputs if arg != "-"):
        raise UsageError(
            f"-o {output!r} is a page of the inputs (a folder or glob holds it): writing it "
            "would replace that page; write to a file outside the inputs",
        )


def _holds(arg: str, path: Path) -> bool:
    """Whether the input `arg`, a folder or a glob, holds the file at the resolved `path`."""
    if Path(arg).is_dir():
        return path.is_relative_to(Path(arg).resolve())
    if not glob.has_magic(arg):
        return False
    matches = glob.iglob(arg, recursive=True)  # noqa: PTH207 - str patterns, as sources reads
    return any(Path(match).resolve() == path for match in matches)


def _written_by_cleaner(path: Path) -> bool:
    """Whether a file is empty, or opens as our JSONL or our batch text output does."""
    try:
        with gzip.open(path, "rt") if path.suffix == ".gz" else path.open() as stream:
            first = stream.readline(1 << 20)
        if not first.strip() or (first.startswith("==> ") and first.rstrip().endswith(" <==")):
            return True
        line = json.loads(first)
    except (OSError, ValueError, EOFError):
        return False
    return isinstance(line, dict) and line.get("status") in {"kept", "discarded", "failed"}


def _check_lang(lang: str | None) -> None:
    """Refuse a --lang that is no language tag, as clean() does.

    Why: `--lang english` was taken, and the page cleaned with English rules as a fallback.
    """
    from cleaner.api import check_options  # noqa: PLC0415 - api imports every stage

    try:
        check_options(None, lang)
    except ValueError as exc:
        raise UsageError(f"--{exc}") from None


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise UsageError(message)


_NEEDED = frozenset({"decode", "detect"})
"""Default stages whose output every later stage reads: `--without` refuses them."""


def _pipeline(stages: list[str], without: list[str], rules: list[str] | None = None) -> Pipeline:
    from cleaner.api import DEFAULT  # noqa: PLC0415 - api imports every stage; --help stays fast

    pipeline = DEFAULT
    for name in sorted(_NEEDED & set(without)):
        # `--without decode` cleaned every page to 'not_article: 0 words of body text', as if
        # no page were an article: every later stage reads what these two make.
        raise UsageError(
            f"--without {name}: every later stage reads what {name} makes, so every page would "
            f"come out empty; to change it, give your own with --stage MODULE:NAME (a stage "
            f"named {name!r} takes its place)",
        )
    try:
        if without:
            pipeline = pipeline.without(*without)
    except KeyError as exc:
        raise UsageError(str(exc.args[0])) from None
    if rules:
        pipeline = _with_rules(pipeline, rules)
    for spec in stages:
        stage = _load_stage(spec)
        name = stage_name(stage)
        # A stage named like one of the pipeline's takes its place (a house `metadata`, a
        # `strip_boilerplate` with other rules): appended, it stopped the run as a duplicate
        # name, and at the end it would have run after `judge`.
        pipeline = pipeline.replace(name, stage) if name in pipeline else pipeline.insert(stage)
    return pipeline


def _with_rules(pipeline: Pipeline, files: list[str]) -> Pipeline:
    """The pipeline whose `strip_boilerplate` also reads the user's rules `files`.

    Why: a command-line user's house phrases ("A word from our sponsor") needed a Python
    module holding a `StripBoilerplate(extra_rules=...)` for `--stage`.
    """
    from cleaner.stages.boilerplate import StripBoilerplate  # noqa: PLC0415 - a stage module

    if "strip_boilerplate" not in pipeline:
        raise UsageError("--rules needs the strip_boilerplate stage, which --without leaves out")
    try:
        stage = StripBoilerplate(extra_rules=files)
    except FileNotFoundError as exc:
        # as an input that does not exist is told (it said "[Errno 2] No such file or
        # directory": the OS's words; session 24's review)
        raise UsageError(f"--rules: no such file or folder: {exc.filename or exc!r}") from None
    except (OSError, ValueError) as exc:
        raise UsageError(f"--rules: {exc}") from None
    return pipeline.replace("strip_boilerplate", stage)


def _load_stage(spec: str) -> Stage:
    module_name, _, attr = spec.partition(":")
    if not module_name or not attr:
        raise UsageError(f"--stage wants MODULE:NAME, like mypkg.stages:drop_short; got {spec!r}")
    here = str(Path.cwd())
    if here not in sys.path and "" not in sys.path:
        # The installed `cleaner` script, unlike `python -m cleaner`, did not find a module in
        # the current folder ("No module named 'mystages'"). Added before any worker process
        # starts, so the workers, which unpickle the stage, find it too; added last, so a file
        # of the folder never shadows an installed module the workers import (a `regex.py`).
        sys.path.append(here)
    try:
        stage = getattr(importlib.import_module(module_name), attr)
    except ModuleNotFoundError as exc:
        if exc.name is None or not (module_name + ".").startswith(exc.name + "."):
            # a module the user's module imports is missing: its own message says which
            raise UsageError(f"cannot load stage {spec!r}: {exc}") from None
        # "No module named 'mystages'" alone did not say where it was looked for
        file = module_name.replace(".", os.sep) + ".py"
        raise UsageError(
            f"cannot load stage {spec!r}: {exc}: MODULE is a file {file} in {here} (the "
            "current folder) or an installed module",
        ) from None
    except (ImportError, AttributeError) as exc:
        raise UsageError(f"cannot load stage {spec!r}: {exc}") from None
    if isinstance(stage, type):
        # A configurable stage is a class (docs/stages.md): build it with its defaults. Added
        # as the class itself, every page failed with "__init__() takes 1 positional argument".
        try:
            stage = stage()
        except Exception as exc:  # noqa: BLE001 - any error of the user's constructor
            raise UsageError(
                f"cannot build stage {spec!r} with its default options ({exc}): "
                "name a module-level instance instead, like mypkg.stages:drop_short_8",
            ) from None
    if not callable(stage):
        raise UsageError(
            f"stage {spec!r} is a {type(stage).__name__}, not a stage: NAME must be a function "
            "(or an object with __call__) that takes a cleaner.Document and returns one "
            "(docs/stages.md)",
        )
    return stage  # type: ignore[no-any-return]


# -- explain --------------------------------------------------------------------------------


def _check_explain_options(args: argparse.Namespace) -> None:
    """Refuse the batch and output-format options, which `--explain` has no use for.

    It prints its own report of one page, cleaned in this process: `-f json` and `-w 4` were
    taken and silently ignored (session 19's review).
    """
    given = [
        name
        for name, set_ in (
            ("-f/--format", args.format is not None),
            ("-w/--workers", args.workers != 1),
            ("-t/--timeout", args.timeout is not None),
            ("--resume", args.resume),
            ("--no-removed", args.no_removed),
        )
        if set_
    ]
    _require(
        not given,
        f"--explain does not take {', '.join(given)}: it prints its own report of one page "
        "(for the article as JSON with its removed blocks, run: cleaner PAGE -f json)",
    )


def _explain(args: argparse.Namespace, pipeline: Pipeline) -> int:
    check([args.explain])
    # A folder, glob, JSONL or WARC file holds many pages: explaining the first one alone
    # (as it did) passed one page off as the whole input.
    # JSON lines on stdin are many pages too: the first was explained, the rest passed over.
    jsonl_stdin = args.explain == "-" and stdin_holds_jsonl()
    _require(
        is_single_page([args.explain]) and not jsonl_stdin,
        f"--explain takes one page file or - (stdin), not "
        f"{'JSON lines on stdin' if jsonl_stdin else repr(args.explain)}: for many pages, "
        "run them as a batch; each JSONL line lists its removed blocks under 'removed'",
    )
    item = next(read_inputs([args.explain]), None)
    if isinstance(item, Unreadable):
        sys.stderr.write(f"cleaner: error: {item.message}\n")
        return EXIT_UNREADABLE
    if item is None:
        raise InputError(f"{args.explain!r} holds no page")
    from cleaner.api import clean  # noqa: PLC0415 - api imports every stage

    # clean(), as a batch does, so the page is checked alike (a bare web address, say)
    article = clean(
        item.raw, url=args.url or item.url, lang=args.lang or item.lang, pipeline=pipeline
    )
    with _output(args.output, append=False) as out:
        out.write(explanation(article, source=item.source or args.explain))
    return EXIT_OK


def explanation(article: Article, *, source: str) -> str:
    """Return the `--explain` report: a summary line, then one line per removed block."""
    lines = [
        f"{source}: {len(article.body)} body blocks kept, {len(article.removed)} removed"
        + (f"; page discarded: {article.discarded}" if article.discarded else ""),
        (
            f"title: {article.title!r}  site: {article.site_name!r}  "
            f"authors: {list(article.authors)!r}  date: {article.date!r}"
        ),
    ]
    if article.removed:
        lines.append(f"{'stage':<18} {'reason':<20} text")
    for removed in article.removed:
        text = textwrap.shorten(removed.text, width=90, placeholder=" …") or "(empty)"
        lines.append(f"{removed.stage or '?':<18} {removed.reason:<20} {text}")
    return "\n".join(lines) + "\n"


# -- the run --------------------------------------------------------------------------------


@dataclass(slots=True)
class _Tally:
    kept: int = 0
    discarded: int = 0
    failed: int = 0
    unreadable: int = 0
    timed_out: int = 0
    timeout: float | None = None
    started: float = field(default_factory=time.monotonic)

    @property
    def total(self) -> int:
        return self.kept + self.discarded + self.failed

    def add(self, result: Result, *, unreadable: bool) -> None:
        status = result.status
        if status == "kept":
            self.kept += 1
        elif status == "discarded":
            self.discarded += 1
        else:
            self.failed += 1
            self.unreadable += unreadable
            self.timed_out += result.error is not None and result.error.type == "Timeout"

    def summary(self) -> str:
        seconds = time.monotonic() - self.started
        rate = self.total / seconds if seconds > 0 else 0.0
        line = (
            f"cleaner: {self.total} page{'' if self.total == 1 else 's'} in {seconds:.1f} s "
            f"({rate:.1f} pages/s): "
            f"{self.kept} kept, {self.discarded} discarded, {self.failed} failed"
        )
        # `--timeout 0.001` failed every page, and the summary said only "3 failed".
        why = [f"{self.unreadable} unreadable"] if self.unreadable else []
        if self.timed_out:
            why.append(
                f"{self.timed_out} timed out after {self.timeout or DEFAULT_TIMEOUT:g} s: "
                "raise --timeout if pages need longer"
            )
        if why:
            line += f" ({'; '.join(why)})"
        return line


def _pages(  # noqa: PLR0913 - keyword-only, each from one command-line option
    inputs: list[str],
    done: Container[str],
    unreadable: collections.deque[Unreadable | None],
    *,
    url: str | None = None,
    lang: str | None = None,
    output: str | None = None,
) -> Iterator[Page | Unreadable]:
    """Yield the pages to clean; note in `unreadable`, in step, which stand for a read error."""
    exclude = Path(output) if output and output != "-" else None
    for item in read_inputs(inputs, skip=done, exclude=exclude):
        if isinstance(item, Unreadable):
            unreadable.append(item)
            # The record itself keeps the order: clean_many answers a non-page with an error
            # result at once, without cleaning anything, and that result is replaced by the
            # read error. (An empty page in its place went through the whole pipeline, whose
            # decode stage logged a warning about it.)
            yield item
        else:
            unreadable.append(None)
            if url or (lang and not item.lang):
                yield replace(item, url=url or item.url, lang=item.lang or lang)
            else:
                yield item


def _count_pages(inputs: list[str], done: Container[str], output: str | None) -> int | None:
    """The number of pages the inputs hold when all are page files; None when unknown."""
    excluded = Path(output).resolve() if output and output != "-" else None
    unlisted: list[Unreadable] = []  # a folder that cannot be listed has an error line
    count = 0
    for path, kind in expand(inputs, unreadable=unlisted):
        if kind != "page" or path == "-":
            return None  # `-` may hold JSON lines (stdin_holds_jsonl): a count of 1 was wrong
        if path in done or (path != "-" and Path(path).resolve() == excluded):
            continue
        count += 1
    return count + sum(item.source not in done for item in unlisted)


def _results(
    pages: Iterator[Page | Unreadable],
    args: argparse.Namespace,
    pipeline: Pipeline,
    *,
    single: bool,
) -> Iterator[Result]:
    if single:
        # One page: clean it here, no worker to start, unless a time limit was asked for.
        return clean_many(
            pages,  # an Unreadable yields an error result, replaced in _run by the read error
            pipeline=pipeline,
            isolate=args.timeout is not None,
            timeout=args.timeout,
        )
    return clean_many(
        pages,
        pipeline=pipeline,
        workers=args.workers,
        isolate=True,
        timeout=args.timeout or DEFAULT_TIMEOUT,
    )


class _Written(Container[str]):
    r"""The sources an earlier run wrote, each as many times as it wrote it, matched as written.

    Why: the writer replaces a lone surrogate (a file name that is not UTF-8, `caf\xe9.html`,
    is `caf\udce9.html` in Python) by U+FFFD, so the source read back never equalled the
    path, and `--resume` cleaned such a page a second time, one duplicate line per run. And a
    source named twice (`cleaner a.html b.html a.html`) wrote two lines: one line read back
    skipped both, and the resumed file lacked the third (usertest, session 18). So a match
    uses up one of the source's lines: `in` answers True as often as the source was written.
    """

    def __init__(self, sources: collections.Counter[str]) -> None:
        self._left = collections.Counter(sources)

    def __contains__(self, source: object) -> bool:
        if not isinstance(source, str):
            return False
        key = replace_surrogates(source)
        if self._left[key] <= 0:
            return False
        self._left[key] -= 1
        return True

    def __bool__(self) -> bool:
        return any(count > 0 for count in self._left.values())


def _run(args: argparse.Namespace, pipeline: Pipeline, *, single: bool, fmt: str) -> int:
    written = resume_state(Path(args.output)) if args.resume else collections.Counter[str]()
    done = _Written(written)
    unreadable: collections.deque[Unreadable | None] = collections.deque()
    page_options = {"url": args.url if single else None, "lang": args.lang}
    results = _results(
        _pages(args.inputs, done, unreadable, output=args.output, **page_options),
        args,
        pipeline,
        single=single,
    )
    tally = _Tally(timeout=args.timeout)
    bar = _progress_bar(args, written, single=single)
    interrupted = False
    with ExitStack() as stack:
        out = stack.enter_context(_output(args.output, append=bool(done) or args.resume))
        writer = _Writer(out, fmt, single=single, removed=not args.no_removed)
        stack.callback(writer.close)
        stack.callback(bar.close)
        stack.callback(results.close)  # type: ignore[attr-defined]
        try:
            for result in results:
                problem = unreadable.popleft()
                if problem is not None:
                    result = Result(  # noqa: PLW2901 - the read error replaces the placeholder
                        index=result.index,
                        id=problem.id,
                        source=problem.source,
                        url=problem.url,
                        error=PageError("Unreadable", problem.message),
                    )
                writer.write(result)
                if single and not args.quiet:
                    _note_discarded(result)
                tally.add(result, unreadable=problem is not None)
                bar.update(1)
                bar.set_postfix_str(
                    f"kept={tally.kept} discarded={tally.discarded} failed={tally.failed}",
                    refresh=False,
                )
        except KeyboardInterrupt:
            interrupted = True
        except BrokenPipeError:
            # The reader went away (`cleaner pages/ | head`): stop quietly, like `cat` would.
            _silence_stdout()
            stack.pop_all()
            results.close()  # type: ignore[attr-defined]
            bar.close()
            return EXIT_BROKEN_PIPE
        except _WriteFailedError as failure:
            # A disk that filled up mid-run ("No space left on device") stopped the run with a
            # traceback. Every line written before is whole, so --resume goes on from there.
            stack.pop_all()
            results.close()  # type: ignore[attr-defined]
            bar.close()
            if out is sys.stdout:
                _silence_stdout()
            else:
                with contextlib.suppress(OSError):
                    out.close()
            sys.stderr.write(_write_failed_message(args, fmt, failure.reason, tally.total))
            return EXIT_USAGE
    return _finish(
        args, tally, fmt=fmt, single=single, interrupted=interrupted, resumed=bool(written)
    )


def _finish(  # noqa: PLR0913 - keyword-only, each a fact of the run
    args: argparse.Namespace,
    tally: _Tally,
    *,
    fmt: str,
    single: bool,
    interrupted: bool,
    resumed: bool,
) -> int:
    """Say how the run went (a warning, the summary, the interrupt) and return its status."""
    if tally.total == 0 and not interrupted and not resumed:
        # An empty folder (a mount that failed, a wrong path in a job) gave an empty output,
        # exit status 0, and no word but "0 pages" in the summary.
        logger.warning(
            "no page in %s: nothing was cleaned (see the suffixes cleaner reads: cleaner --help)",
            ", ".join(args.inputs),
        )
    if not args.quiet and not single:
        sys.stderr.write(tally.summary() + (f"; wrote {args.output}" if args.output else "") + "\n")
    if interrupted:
        sys.stderr.write(_interrupted_message(args, fmt))
        return EXIT_INTERRUPTED
    return EXIT_UNREADABLE if tally.unreadable else EXIT_OK


def _progress_bar(
    args: argparse.Namespace, written: collections.Counter[str], *, single: bool
) -> tqdm[Never]:
    """The progress bar on stderr: a batch's, on a terminal, unless -q."""
    show_bar = not (args.quiet or single or not sys.stderr.isatty())
    # its own copy: a match uses up a written line, and the count must not use up the run's
    counted = _count_pages(args.inputs, _Written(written), args.output) if show_bar else None
    return tqdm(
        desc="cleaning",
        # Page files are counted before the run (a folder walk), so the bar shows how far it
        # is and an ETA; JSONL and WARC inputs would have to be read twice to count.
        total=counted,
        unit=" pages",
        # The rate always in pages/s: tqdm's own format turns a rate under 1/s into "3.08s/
        # pages", which is what a batch shows while its first pages and workers start.
        bar_format=_BAR if counted is not None else _COUNTER,
        file=sys.stderr,
        disable=not show_bar,
        mininterval=0.5,
        dynamic_ncols=True,
    )


def _interrupted_message(args: argparse.Namespace, fmt: str) -> str:
    """What Ctrl-C left, and how to go on."""
    if args.output and fmt == "jsonl":
        hint = ": run again with --resume to go on"
    elif args.output:
        # It said to run again with --resume, which then refused a .json/.txt/.md file.
        hint = " (--resume carries on only a JSONL output: -o FILE.jsonl)"
    else:
        hint = ""
    return f"cleaner: interrupted; the output holds every page finished so far{hint}\n"


def _note_discarded(result: Result) -> None:
    """Say on stderr why a single page was discarded.

    Why: `cleaner page.html -f text` printed nothing for a discarded page, and said nothing
    about why (a failed page prints its error in every format).
    """
    if result.status == "discarded":
        assert result.article is not None
        where = result.source or "the page"
        sys.stderr.write(f"cleaner: {where}: discarded: {result.article.discarded}\n")


def _write_failed_message(args: argparse.Namespace, fmt: str, reason: str, written: int) -> str:
    """The error line of a run whose output could not be written (a full disk)."""
    where = args.output if args.output and args.output != "-" else "standard output"
    hint = (
        ": free some space and run again with --resume to go on"
        if args.output and fmt == "jsonl"
        else ""
    )
    return (
        f"cleaner: error: cannot write {where}: {reason}; "
        f"{written} page(s) were written before it{hint}\n"
    )


_BAR = "{l_bar}{bar}| {n_fmt}/{total_fmt} [{elapsed}<{remaining}, {rate_noinv_fmt}{postfix}]"
_COUNTER = "{desc}: {n_fmt}{unit} [{elapsed}, {rate_noinv_fmt}{postfix}]"


def _silence_stdout() -> None:
    """Point stdout at /dev/null so Python's final flush does not fail on the closed pipe."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


class _output:  # noqa: N801 - used like the function `open`
    """Open -o FILE (or stdout) for writing; a context manager that never closes stdout."""

    def __init__(self, path: str | None, *, append: bool) -> None:
        self._path = path
        self._append = append
        self._handle: IO[str] | None = None

    def __enter__(self) -> IO[str]:
        if self._path is None or self._path == "-":
            return sys.stdout
        try:
            if self._path.lower().endswith(".gz"):
                # `-o articles.jsonl.gz` wrote plain text into a file named .gz, which zcat
                # refused. Each page is flushed (a sync flush: readable up to there even if the
                # run is killed); appending adds a gzip member, which every reader reads on.
                self._handle = gzip.open(
                    self._path,
                    "at" if self._append else "wt",
                    encoding="utf-8",
                    newline="\n",
                )
            else:
                self._handle = Path(self._path).open(
                    "a" if self._append else "w",
                    encoding="utf-8",
                    newline="\n",
                )
        except OSError as exc:
            raise InputError(f"cannot write {self._path}: {exc.strerror}") from None
        return self._handle

    def __exit__(self, *exc: object) -> None:
        if self._handle is not None:
            self._handle.close()


class _Writer:
    """Write results in one of the output formats, each page whole and flushed."""

    def __init__(self, out: IO[str], fmt: str, *, single: bool, removed: bool = True) -> None:
        self._out = out
        self._fmt = fmt
        self._single = single
        self._removed = removed
        self._count = 0

    def _data(self, data: dict[str, object]) -> dict[str, object]:
        if not self._removed:
            data.pop("removed", None)
        return data

    def write(self, result: Result) -> None:
        # A lone surrogate (a JSONL row's "\udcff", Python's surrogateescape) cannot be written
        # as UTF-8: the run stopped with a UnicodeEncodeError and every later page was lost.
        text = replace_surrogates(self._render(result))
        self._count += 1
        try:
            self._out.write(text)
            self._out.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise _WriteFailedError(exc) from exc

    def _render(self, result: Result) -> str:
        if self._fmt == "jsonl":
            return json.dumps(self._data(result.to_dict()), ensure_ascii=False) + "\n"
        if self._fmt == "json":
            if self._single:
                data = result.article.to_dict() if result.article else result.to_dict()
                return json.dumps(self._data(data), ensure_ascii=False, indent=2) + "\n"
            body = json.dumps(self._data(result.to_dict()), ensure_ascii=False, indent=2)
            return ("[\n" if self._count == 0 else ",\n") + textwrap.indent(body, "  ")
        header = "" if self._single else f"==> {result.source or result.index} <==\n"
        separator = "" if self._count == 0 else "\n"
        if result.article is None:
            assert result.error is not None
            return f"{separator}{header}error: {result.error.type}: {result.error.message}\n"
        if result.article.discarded is not None and not self._single:
            # A discarded page showed its title alone, as if that were the page's text; a
            # single page's reason goes to stderr (`_run`), its output staying empty.
            return f"{separator}{header}discarded: {result.article.discarded}\n"
        render = as_markdown if self._fmt == "markdown" else as_text
        return separator + header + render(result.article)

    def close(self) -> None:
        """End the output validly: close the JSON array of a batch."""
        if self._fmt == "json" and not self._single:
            self._out.write("[]\n" if self._count == 0 else "\n]\n")
            self._out.flush()


def as_text(article: Article) -> str:
    """Render an article as plain text: the title, a blank line, the body paragraphs."""
    return article.to_text()


def as_markdown(article: Article) -> str:
    """Render an article as Markdown: title heading, a byline of metadata, body, captions."""
    return article.to_markdown()


# -- resume ---------------------------------------------------------------------------------


def resume_state(path: Path) -> collections.Counter[str]:
    """Return the sources already in a JSONL output file, each with its number of lines.

    An interrupted run can leave a last line without its newline (killed mid-write); it is
    removed so the appended lines start on a line of their own and the file stays valid JSONL.

    Raises:
        InputError: The file exists but is not a JSONL output of this program.
    """
    if not path.exists():
        return collections.Counter()
    if path.name.lower().endswith(".gz"):
        return _resume_gzip(path)
    done: collections.Counter[str] = collections.Counter()
    good_end = 0
    with path.open("r+b") as handle:
        for number, line in enumerate(_lines(handle), start=1):
            if not line.endswith(b"\n"):
                break  # a half-written last line
            try:
                record = json.loads(line)
            except ValueError:
                if not handle.read(1):
                    break  # the last line, garbled by the interruption
                raise InputError(
                    f"{path}:{number} is not JSON: --resume needs the JSONL file "
                    "an earlier run wrote",
                ) from None
            source = record.get("source") if isinstance(record, dict) else None
            if not isinstance(source, str):
                raise InputError(
                    f"{path}:{number} has no 'source': --resume needs the JSONL file "
                    "an earlier run wrote",
                )
            done[source] += 1
            good_end += len(line)
        handle.truncate(good_end)
    return done


def _resume_gzip(path: Path) -> collections.Counter[str]:
    """`resume_state` of a gzipped JSONL output, repaired when a run was killed.

    A killed run left it without its gzip trailer and maybe half a line, which cannot be cut
    off in place: the whole lines are written anew.
    """
    done: collections.Counter[str] = collections.Counter()
    good: list[bytes] = []
    whole = True
    with gzip.open(path, "rb") as handle:
        try:
            for number, line in enumerate(_lines(handle), start=1):
                if not line.endswith(b"\n"):
                    whole = False
                    break
                done[_source_of(line, path, number)] += 1
                good.append(line)
        except (EOFError, OSError, zlib.error):
            whole = False  # the end of a run that was killed: no trailer, maybe half a line
        except InputError:
            if handle.read(1):
                raise
            whole = False  # the last line, garbled by the interruption
    if not whole:
        partial = path.with_name(path.name + ".partial")
        with gzip.open(partial, "wb") as out:
            out.writelines(good)
        partial.replace(path)
    return done


def _source_of(line: bytes, path: Path, number: int) -> str:
    """The `source` of one line of an earlier run's output.

    Raises:
        InputError: The line is not such a line.
    """
    try:
        record = json.loads(line)
    except ValueError:
        raise InputError(
            f"{path}:{number} is not JSON: --resume needs the JSONL file an earlier run wrote",
        ) from None
    source = record.get("source") if isinstance(record, dict) else None
    if not isinstance(source, str):
        raise InputError(
            f"{path}:{number} has no 'source': --resume needs the JSONL file an earlier run wrote",
        )
    return source


def _lines(handle: IO[bytes] | gzip.GzipFile) -> Iterable[bytes]:
    while line := handle.readline():
        yield line
