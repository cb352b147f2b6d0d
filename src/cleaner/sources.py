"""Reading batch inputs: page files (plain or gzipped), folders, globs, stdin, JSONL and WARC.

Every reader is a generator: it opens one file at a time and yields one `Page` per page, with
`Page.source` saying where it came from, so a batch over a folder of a million files or a
multi-gigabyte WARC never holds more than a page in memory. A page that cannot be read (a
corrupt gzip, a JSONL line that is not JSON) is yielded as an `Unreadable` record in its place,
never skipped silently.

Sources, as written in the command line's output and matched by `--resume`:

* a page file: its path as given or as found in a folder (`pages/a.html`, `pages/b.txt.gz`);
* a JSONL line: `path:line` with the line number from 1 (`pages.jsonl:12`);
* a WARC record: `path#record-id` (`crawl.warc.gz#<urn:uuid:...>`); its target URI is the
  page's url and its record id the page's id;
* standard input: `-`.

Example:
    >>> from cleaner.sources import input_kind
    >>> input_kind("a/b.html.gz"), input_kind("c.jsonl"), input_kind("d.warc.gz")
    ('page', 'jsonl', 'warc')
"""

from __future__ import annotations

import codecs
import collections
import glob
import gzip
import importlib
import io
import json
import logging
import os
import re
import sys
import zlib
from collections.abc import Container, Iterable, Iterator
from pathlib import Path
from typing import IO, Any, Literal, TypeAlias

from cleaner.batch import Page
from cleaner.batch import Unreadable as Unreadable  # noqa: PLC0414 - re-exported (mypy --strict)
from cleaner.errors import CleanerError
from cleaner.surrogates import replace_surrogates

logger = logging.getLogger(__name__)

InputKind: TypeAlias = Literal["page", "jsonl", "warc"]
"""How a file is read: one page, one page per JSONL line, or one page per WARC HTML response."""

PAGE_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml", ".txt", ".mhtml", ".mht"})
"""Suffixes of files holding one page each (optionally followed by `.gz`).

`.mhtml` / `.mht` (a browser's "Webpage, Single File") is a MIME archive: its HTML part is
the page (see `read_page`).
"""

# The header block of a MIME archive (MHTML): "Name: value" lines up to the first blank line,
# one of them a multipart/related content type. Read from the first 8 kB only.
_MHTML_HEAD = re.compile(
    rb"\A(?:[!-9;-~]++:[^\r\n]*+\r?\n(?:[ \t][^\r\n]*+\r?\n)*+)*?"
    rb"content-type:[ \t]*+multipart/related",
    re.IGNORECASE,
)

_GLOB_CHARS = frozenset("*?[")
_WEB_ADDRESS = re.compile(r"https?://", re.IGNORECASE)
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_UNTYPED = frozenset({"", "application/octet-stream", "unknown/unknown"})
_READ_ERRORS = (OSError, EOFError, zlib.error, UnicodeDecodeError)


class InputError(CleanerError):
    """An input named on the command line does not exist, matches nothing, or cannot be used."""


SourceItem: TypeAlias = Page | Unreadable
"""What the readers yield."""


def input_kind(path: str | os.PathLike[str]) -> InputKind | None:
    """Return how a file is read, from its name; None when it is not a known input type.

    `.html`, `.htm`, `.xhtml`, `.shtml`, `.txt` are pages; `.jsonl` (or `.ndjson`) is JSONL;
    `.warc` and `.arc` are WARC; each may be followed by `.gz`.
    """
    name = os.fspath(path).lower()
    name = name.removesuffix(".gz")
    suffix = os.path.splitext(name)[1]  # noqa: PTH122 - works on str without building a Path
    if suffix in PAGE_SUFFIXES:
        return "page"
    if suffix in {".jsonl", ".ndjson"}:
        # .ndjson is the same format under another name (many exporters write it); it was
        # read as one page, titled with its first record's raw JSON.
        return "jsonl"
    if suffix in {".warc", ".arc"}:
        return "warc"
    return None


def is_single_page(args: Iterable[str]) -> bool:
    """Whether the inputs name exactly one page: one page file (or `-`), no folder or glob."""
    items = list(args)
    if len(items) != 1:
        return False
    arg = items[0]
    if arg == "-":
        return True
    if _GLOB_CHARS & set(arg) and not Path(arg).exists():
        return False
    path = Path(arg)
    return path.is_file() and input_kind(path) in {"page", None}


def expand(
    args: Iterable[str],
    *,
    passed_over: collections.Counter[str] | None = None,
    unreadable: list[Unreadable] | None = None,
) -> Iterator[tuple[str, InputKind]]:
    """Yield `(path, kind)` for every input file the arguments name, in a stable order.

    A folder is walked recursively in sorted order and keeps only files of a known type; a
    glob is expanded (`**` recurses) and sorted; a file named directly is read as a page unless
    its name says JSONL or WARC; `-` is standard input, read as one page.

    Args:
        args: Paths, folders, globs and `-`, as on the command line.
        passed_over: Counts, by suffix, the files a folder holds of no known type.
        unreadable: Gets an `Unreadable` for each folder that could not be listed (`read_inputs`
            yields it in the folder's place).

    Raises:
        InputError: An argument is neither an existing path nor a glob that matches something.
    """
    for item in _expand(args, passed_over):
        if isinstance(item, Unreadable):
            if unreadable is not None:
                unreadable.append(item)
        else:
            yield item


def _expand(
    args: Iterable[str],
    passed_over: collections.Counter[str] | None = None,
) -> Iterator[tuple[str, InputKind] | Unreadable]:
    """`expand`, with an `Unreadable` in the place of each folder that could not be listed."""
    for arg in args:
        if arg == "-":
            yield "-", "page"
            continue
        path = Path(arg)
        if path.is_dir():
            yield from _walk(arg, passed_over)
        elif path.exists():
            yield arg, input_kind(arg) or "page"
        elif _GLOB_CHARS & set(arg):
            yield from _glob(arg, passed_over)
        else:
            raise InputError(f"no such file or folder: {arg!r}")


def check(args: Iterable[str]) -> None:
    """Check, before any page is read, that every argument names something that exists.

    Raises:
        InputError: An argument is missing, a glob matches nothing, or `-` is given twice.
    """
    args = list(args)
    if args.count("-") > 1:
        raise InputError("standard input (-) can be read only once")
    for arg in args:
        if arg != "-" and Path(arg).is_file() and _is_json(arg):
            # A JSON array of records was read as one page, titled with its raw JSON.
            raise InputError(
                f"{arg!r} is JSON, not a page: cleaner reads JSON lines, one object per line "
                "(a .jsonl file with 'html' or 'text', optional 'url', 'id', 'lang'); convert an "
                f"array with: jq -c '.[]' '{arg}' > pages.jsonl",
            )
        if arg == "-" or Path(arg).exists():
            continue
        if _WEB_ADDRESS.match(arg):
            # It said "no such file or folder: 'https://...'" (or, with a '?', "no file
            # matches"), which never said that addresses are not fetched.
            raise InputError(
                f"{arg!r} is a web address: cleaner reads pages from files, folders, JSONL, WARC "
                f"or stdin, and fetches nothing. Fetch it first: curl -sL '{arg}' | cleaner - "
                f"--url '{arg}' (or cleaner.fetch in Python)",
            )
        if not (_GLOB_CHARS & set(arg)):
            raise InputError(f"no such file or folder: {arg!r}")
        if not glob.glob(arg, recursive=True):  # noqa: PTH207 - str patterns
            raise InputError(f"no file matches {arg!r}")


def _is_json(path: str) -> bool:
    """Whether a file's name says JSON (not JSON lines): `.json`, maybe gzipped."""
    return os.path.splitext(path.lower().removesuffix(".gz"))[1] == ".json"  # noqa: PTH122


def _first_visit(folder: str, seen: set[str]) -> bool:
    """Whether the real folder behind `folder` is not in `seen` yet; it is added to it."""
    real = os.path.realpath(folder)
    if real in seen:
        return False
    seen.add(real)
    return True


def _glob(
    pattern: str,
    passed_over: collections.Counter[str] | None = None,
) -> Iterator[tuple[str, InputKind] | Unreadable]:
    """The files a glob matches, sorted; a folder it matches is walked."""
    matches = sorted(glob.glob(pattern, recursive=True))  # noqa: PTH207 - str patterns
    if not matches:
        raise InputError(f"no file matches {pattern!r}")
    # `**` follows links to folders, a link back up the tree too: the same page was
    # matched once per turn of the loop (about 40 times). Each folder counts once.
    # Of a file's paths the shortest is kept, in the sorted order.
    folders: set[str] = set()
    real: dict[str, str] = {}  # folder -> its real path, found once per folder

    def key(match: str) -> tuple[str, str]:
        folder, name = os.path.split(match)
        if folder not in real:
            real[folder] = os.path.realpath(folder or ".")
        return real[folder], name

    shortest: dict[tuple[str, str], str] = {}
    for match in sorted(matches, key=lambda m: (m.count(os.sep), m)):
        shortest.setdefault(key(match), match)
    for match in matches:
        if Path(match).is_dir():
            yield from _walk(match, passed_over, folders)
            continue
        if shortest[key(match)] != match:
            continue
        if (kind := input_kind(match)) is not None:
            yield match, kind


def _walk(
    top: str,
    passed_over: collections.Counter[str] | None = None,
    seen: set[str] | None = None,
) -> Iterator[tuple[str, InputKind] | Unreadable]:
    # os.walk passes over a folder it cannot list (no read or search permission) without a
    # word: its pages were lost and the run ended with status 0. Each such folder is an
    # Unreadable in its place now (os.walk reports it just before it walks on past it).
    errors: list[OSError] = []
    seen = set() if seen is None else seen
    if not _first_visit(top, seen):
        return
    # Links to folders are followed (`pages/2024 -> /mnt/archive/2024` was passed over without
    # a word, its pages lost), each real folder once, so a link back up the tree ends.
    for dirpath, dirnames, filenames in os.walk(top, onerror=errors.append, followlinks=True):
        yield from _folder_errors(errors)
        # Hidden folders and files are passed over, as a glob's `*` passes over them: a copy
        # of a folder from a Mac held `._story.html` (AppleDouble: binary metadata) beside each
        # page, read as a page of its own and discarded as 'binary', and `.git/` was walked.
        dirnames[:] = [
            name
            for name in sorted(dirnames)
            if not name.startswith(".") and _first_visit(os.path.join(dirpath, name), seen)  # noqa: PTH118
        ]
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            if (kind := input_kind(name)) is not None:
                yield os.path.join(dirpath, name), kind  # noqa: PTH118 - str paths are the sources
            elif passed_over is not None:
                passed_over[os.path.splitext(name)[1].lower() or "(none)"] += 1  # noqa: PTH122
    yield from _folder_errors(errors)


def _folder_errors(errors: list[OSError]) -> Iterator[Unreadable]:
    """Turn the folders os.walk could not list into `Unreadable` records, and forget them."""
    for exc in errors:
        folder = os.fsdecode(exc.filename) if exc.filename is not None else "a folder"
        yield Unreadable(
            folder,
            f"cannot read the folder {folder}: {_reason(exc)}; none of its pages were read: "
            "give read access to it (chmod u+rx) and run again (--resume reads only what is "
            "missing)",
        )
    errors.clear()


def read_inputs(
    args: Iterable[str],
    *,
    skip: Container[str] = frozenset(),
    stdin: IO[bytes] | None = None,
    exclude: Path | None = None,
) -> Iterator[SourceItem]:
    """Yield every page the arguments name, in order, skipping sources listed in `skip`.

    Args:
        args: Paths, folders, globs and `-`, as on the command line.
        skip: Sources already done (for `--resume`); they are not read again.
        stdin: Where `-` reads from; `sys.stdin.buffer` by default.
        exclude: A file never to read, even when a folder or glob names it: the output file
            (`cleaner . -o out.jsonl` must not read its own output as input).

    Raises:
        InputError: An argument names nothing (see `expand`).
    """
    excluded = exclude.resolve() if exclude is not None else None
    passed_over: collections.Counter[str] = collections.Counter()
    for entry in _expand(args, passed_over):
        if isinstance(entry, Unreadable):
            if entry.source not in skip:
                yield entry
            continue
        path, kind = entry
        if excluded is not None and path != "-" and Path(path).resolve() == excluded:
            continue
        if kind == "jsonl" or (path == "-" and stdin_holds_jsonl(stdin)):
            items = read_jsonl(path, skip=skip, stdin=stdin)
        elif kind == "warc":
            items = read_warc(path, skip=skip)
        elif path not in skip:
            items = iter([read_page(path, stdin=stdin)])
        else:
            continue
        # A read error already reported in an earlier run is not reported again on --resume.
        yield from (item for item in items if isinstance(item, Page) or item.source not in skip)
    if passed_over:
        # A folder of .php or .aspx pages (a site mirror) gave "0 pages" and no word why.
        logger.warning(
            "passed over %d file(s) of other types in the folders given (%s): cleaner reads %s "
            "and the same with .gz; name a file directly to read it as a page",
            passed_over.total(),
            ", ".join(f"{suffix}: {n}" for suffix, n in passed_over.most_common(5)),
            ", ".join(sorted(PAGE_SUFFIXES | {".jsonl", ".ndjson", ".warc", ".arc"})),
        )


def _open(path: str) -> IO[bytes]:
    if path.lower().endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value] # GzipFile is a binary IO
    return Path(path).open("rb")


def read_page(path: str, *, stdin: IO[bytes] | None = None) -> SourceItem:
    """Read one page file (gzipped if its name ends in `.gz`), or standard input for `-`."""
    try:
        if path == "-":
            raw = (stdin or sys.stdin.buffer).read()
        else:
            with _open(path) as handle:
                raw = handle.read()
    except _READ_ERRORS as exc:
        return Unreadable(path, f"cannot read {path}: {_reason(exc)}")
    if is_mhtml(raw):
        unwrapped = unwrap_mhtml(raw)
        if unwrapped is None:
            return Unreadable(path, f"{path} is a MIME archive (MHTML) with no HTML part")
        return Page(raw=unwrapped[0], url=unwrapped[1], source=path)
    return Page(raw=raw, source=path)


def is_mhtml(raw: str | bytes) -> bool:
    r"""Whether a page is a MIME archive (MHTML: a browser's "Webpage, Single File").

    Example:
        >>> is_mhtml(b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=b\r\n")
        True
        >>> is_mhtml("<html><body><p>Content-Type: multipart/related</p></body></html>")
        False
    """
    head = raw[:8192]
    if isinstance(head, str):
        head = head.encode("utf-8", "replace")
    return _MHTML_HEAD.match(head) is not None


def unwrap_mhtml(raw: str | bytes) -> tuple[str | bytes, str | None] | None:
    """Return a MIME archive's HTML part and its address (`Content-Location`); None if none.

    Why: a page saved as "Webpage, Single File" was cleaned as text, its quoted-printable
    source (`<html lang=3D"ar">`, `=D8=A7=D9=81...`) taken for the article, exit status 0.
    The part is returned as bytes, or as `str` when its header names a charset that fits.
    """
    import email  # noqa: PLC0415 - the parser is needed only for an archive, which is rare
    import email.policy  # noqa: PLC0415

    if isinstance(raw, str):
        archive = email.message_from_string(raw, policy=email.policy.compat32)
    else:
        archive = email.message_from_bytes(raw, policy=email.policy.compat32)
    for part in archive.walk():
        if part.get_content_type() not in _HTML_TYPES:
            continue
        body = part.get_payload(decode=True)
        if not isinstance(body, bytes):
            continue
        charset = part.get_content_charset()
        url = part.get("Content-Location") or archive.get("Snapshot-Content-Location")
        return (_decode(body, f"; charset={charset}") if charset else body), (
            str(url) if url else None
        )
    return None


# The start of a JSON lines stream: an object's first key (`{"html": ...`, `{"id": ...`).
_JSON_OBJECT_START = re.compile(rb'\A(?:\xef\xbb\xbf)?\s*+\{\s*+"(?:[^"\\\r\n]|\\.){0,200}+"\s*+:')


def stdin_holds_jsonl(stdin: IO[bytes] | None = None) -> bool:
    """Whether standard input (piped, not a terminal) starts like JSON lines, without reading it.

    Why: `zcat dump.jsonl.gz | cleaner - -o out.jsonl` was cleaned as one page, titled with
    the first record's raw JSON. No HTML page or text scrape opens with `{"key":`.
    """
    stream = stdin or sys.stdin.buffer
    peek = getattr(stream, "peek", None)
    if peek is None or stream.isatty():
        return False
    try:
        head = peek(4096)
    except (OSError, ValueError):
        return False
    head = head[:4096]
    if head[:2] in _UTF16_BOMS:
        head = head.decode("utf-16", "ignore").encode()
    return _JSON_OBJECT_START.match(head) is not None


def read_jsonl(
    path: str,
    *,
    skip: Container[str] = frozenset(),
    stdin: IO[bytes] | None = None,
) -> Iterator[SourceItem]:
    """Yield one page per non-blank line of a JSONL file (gzipped if its name ends in `.gz`).

    Each line is an object with `html` or `text` (the page) and optionally `url`, `id` and
    `lang`. A line that is not such an object yields an `Unreadable` in its place. The path
    `-` reads standard input (or `stdin`), its lines' sources `-:1`, `-:2`, ...
    """
    try:
        handle = _StdinHandle(stdin or sys.stdin.buffer) if path == "-" else _open(path)
    except _READ_ERRORS as exc:
        yield Unreadable(path, f"cannot read {path}: {_reason(exc)}")
        return
    number = 0
    with handle as stream:
        try:
            for number, line in enumerate(_json_lines(stream), start=1):
                if not line.strip():
                    continue
                source = f"{path}:{number}"
                if source not in skip:
                    yield _jsonl_page(line, source)
        except _READ_ERRORS as exc:
            yield Unreadable(f"{path}:{number + 1}", f"cannot read {path}: {_reason(exc)}")


_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def _json_lines(stream: IO[bytes]) -> Iterator[bytes | str]:
    """The lines of a JSONL stream: bytes, or text when it is UTF-16 (it opens with a BOM).

    Why: Windows PowerShell's `>` writes UTF-16; its lines, split at the byte 0x0a, were
    'not JSON' one in two and garbled the others.
    """
    peek = getattr(stream, "peek", None)
    head = peek(2)[:2] if peek is not None else b""
    if head not in _UTF16_BOMS:
        yield from stream
        return
    text = io.TextIOWrapper(stream, encoding="utf-16", errors="surrogateescape")
    try:
        yield from text
    finally:
        text.detach()  # the caller closes the stream (and never closes stdin)


class _StdinHandle:
    """Standard input as a context manager that leaves it open (`with` closed sys.stdin)."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream

    def __enter__(self) -> IO[bytes]:
        return self._stream

    def __exit__(self, *exc: object) -> None:
        return None


def _jsonl_page(line: bytes | str, source: str) -> SourceItem:
    try:
        record = json.loads(line)
    except ValueError as exc:
        return Unreadable(source, f"line {source} is not JSON: {exc}")
    if not isinstance(record, dict):
        return Unreadable(source, f"line {source} is not a JSON object")
    # A null or empty `html` beside a `text` is no page in `html` (exports with both columns:
    # a text-only row's "html": "" made its text a page discarded as 'empty').
    raw = record.get("html")
    if raw is None or (raw == "" and record.get("text")):
        raw = record.get("text")
    if not isinstance(raw, str):
        # its url and id still name the page, as they would on its result (the id said null,
        # and the error line did not join back to the input by id: session 23's review)
        url, page_id = record.get("url"), record.get("id")
        return Unreadable(
            source,
            _no_page_message(record, source),
            url=url if isinstance(url, str) else None,
            id=_field_text(page_id),
        )
    # JSON can escape a lone surrogate ("\udcff": Python's surrogateescape of a byte it could
    # not decode); lxml stopped parsing at it, and the page was discarded as 'not_article'.
    raw = replace_surrogates(raw)
    fields = {key: _field_text(record.get(key)) for key in ("url", "id", "lang")}
    return Page(raw=raw, url=fields["url"], id=fields["id"], lang=fields["lang"], source=source)


def _field_text(value: object) -> str | None:
    """A JSONL line's `url`, `id` or `lang` as text: a string as it is, anything else as JSON.

    An object, list or boolean id came out as Python's repr ("{'$oid': '5f1d'}", "True"), and
    the output did not join back to the input by id (session 24's review); numbers read alike.
    """
    if value is None or isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


_JSON_TYPES = {
    list: "a list",
    dict: "an object",
    bool: "a boolean",
    int: "a number",
    float: "a number",
}


def _no_page_message(record: dict[str, Any], source: str) -> str:
    """What a JSONL line without a page string lacks, and what to do about it."""
    for key in ("html", "text"):
        kind = _JSON_TYPES.get(type(record.get(key)))
        if kind is not None:
            # A list or an object in 'html' was told to rename a 'content' key with jq.
            return (
                f"line {source}: its '{key}' is {kind}, not a string: put the page's "
                f"{'HTML' if key == 'html' else 'text'} in '{key}' as one string"
            )
    if "html" in record or "text" in record:
        present = " and ".join(f"'{key}'" for key in ("html", "text") if key in record)
        verb = "are" if " and " in present else "is"
        return (
            f"line {source}: {present} {verb} null or empty: the line holds no page "
            "(a failed fetch?)"
        )
    # It said only "has no 'html' or 'text' string": a dump that names its page otherwise
    # ('content', 'raw_content', 'body') got one such line per page and no word what to do.
    keys = ", ".join(repr(key) for key in list(record)[:8]) or "none"
    return (
        f"line {source} has no 'html' or 'text' string (its keys: {keys}): put the page in "
        "'html' or 'text', e.g. jq -c '{html: .content, url: .url}' for a 'content' key"
    )


def read_warc(path: str, *, skip: Container[str] = frozenset()) -> Iterator[SourceItem]:
    """Yield one page per HTML response record of a WARC file (gzipped or not), through warcio.

    Pages are the `response` records of a successful (2xx) HTTP status with an HTML content
    type (with none, or `application/octet-stream`, Common Crawl's WARC-Identified-Payload-Type
    decides), and the `resource` records of one (an archived page without its HTTP exchange).
    Requests, metadata, revisits (a repeat of an earlier capture, without its body), responses
    of other types (images, PDF, robots.txt) and of other statuses (a redirect's "Moved", a 404
    or 500 error page) are not the page asked for and are passed over. The body is decoded from
    the charset of the HTTP Content-Type when it names one that works, else left as bytes for
    the `decode` stage.
    """
    from warcio.archiveiterator import ArchiveIterator  # noqa: PLC0415 - only WARC runs pay for it

    try:
        handle = Path(path).open("rb")  # noqa: SIM115 - closed by the `with` below
    except OSError as exc:
        yield Unreadable(path, f"cannot read {path}: {_reason(exc)}")
        return
    with handle:
        try:
            records = ArchiveIterator(handle)
            for record in records:
                content_type = _page_type(record)
                if content_type is None:
                    problem = _passed_over_problem(path, record)
                    if problem is not None:
                        yield Unreadable(f"{path}#read-error", problem)
                        return
                    continue
                record_id = record.rec_headers.get_header("WARC-Record-ID") or ""
                source = f"{path}#{record_id}"
                if source in skip:
                    continue
                item, cut = _record_item(path, record, source, content_type)
                yield item
                if cut:
                    return
            if not _ends_whole(records, handle):
                # warcio takes a record whose headers the file cuts off for the end of the file:
                # a download stopped 100 bytes in gave 0 pages and exit status 0, and one cut
                # in a later record's headers lost that record and the rest without a word.
                yield Unreadable(
                    f"{path}#read-error",
                    f"cannot read {path} to its end: the file is truncated or damaged after "
                    "its last whole record (a download cut short?); download it again",
                )
        except _READ_ERRORS as exc:
            yield Unreadable(f"{path}#read-error", f"cannot read {path}: {_reason(exc)}")
        except Exception as exc:  # noqa: BLE001 - warcio fails on damaged files with any error
            # A .warc.gz cut between two records made warcio raise AttributeError (a None
            # target URI); the run must report the file, not stop with a traceback. Its
            # ArchiveLoadFailed said "Invalid WARC record, first line: ...", not what to do.
            yield Unreadable(
                f"{path}#read-error",
                f"cannot read {path}: the file is damaged or truncated ({_reason(exc)}); "
                "download it again",
            )


def _record_item(
    path: str,
    record: Any,  # noqa: ANN401 - a warcio record
    source: str,
    content_type: str,
) -> tuple[SourceItem, bool]:
    """The page of a response record, or why it cannot be read; and whether the file ends there."""
    body = _body(record)
    missing = _missing_bytes(record)
    url = record.rec_headers.get_header("WARC-Target-URI")
    if missing or _cut_short(record):
        # warcio hands back a cut-off record's body without a word; cleaning it would pass half
        # a page off as the page (a download stopped mid-file).
        return Unreadable(
            source,
            f"cannot read {path}: the record of {url} is cut short "
            f"({f'{missing} bytes' if missing else 'its length'} missing): the "
            "file is truncated; download it again",
            url=url,
        ), True
    if isinstance(body, str):
        return Unreadable(source, body, url=url), False
    record_id = record.rec_headers.get_header("WARC-Record-ID") or ""
    return Page(
        raw=_decode(body, content_type), url=url, id=record_id or None, source=source
    ), False


def _body(record: Any) -> bytes | str:  # noqa: ANN401 - a warcio record
    """A response record's body, its Content-Encoding undone; or why it cannot be read.

    warcio undoes gzip and deflate. Any other Content-Encoding it passed over without a word
    and handed the compressed bytes back as the page, cleaned into "binary: ..." or nonsense
    (session 19's review); brotli ("br", most browsers' choice) it undoes only with the brotli
    package, and warcio 1.8's use of brotli 1.2 raises AttributeError, which stopped the whole
    file. So brotli is undone here, with the optional brotli package (`scrape-cleaner[brotli]`).
    """
    from warcio.bufferedreaders import BufferedReader, ChunkedDataReader  # noqa: PLC0415

    headers = record.http_headers
    encoding = (headers.get_header("Content-Encoding") or "").strip().lower() if headers else ""
    if encoding in ("", "identity") or (
        encoding != "br" and encoding in BufferedReader.get_supported_decompressors()
    ):
        return bytes(record.content_stream().read())
    url = record.rec_headers.get_header("WARC-Target-URI")
    where = f"the record of {url} is compressed (Content-Encoding: {encoding})"
    if encoding != "br":
        return f"{where}, which warcio cannot undo; decompress the body and write the record again"
    try:
        # The optional extra scrape-cleaner[brotli]; imported by name, untyped either way.
        brotli: Any = importlib.import_module("brotli")
    except ImportError:
        return (
            f"{where}: to read it, install brotli: "
            "pip install brotli (or pip install 'scrape-cleaner[brotli]')"
        )
    stream = record.raw_stream
    if headers.get_header("Transfer-Encoding") == "chunked":
        stream = ChunkedDataReader(stream, decomp_type=None)
    data = stream.read()
    try:
        return bytes(brotli.decompress(data))
    except brotli.error as exc:
        return f"{where}, and its brotli data is damaged ({exc}): the record cannot be read"


def _passed_over_problem(path: str, record: Any) -> str | None:  # noqa: ANN401 - a warcio record
    """What is wrong with a record that holds no page, when it is no record of a sound WARC."""
    if record.format == "arc" and not _is_arc(path):
        # warcio reads any line as an old ARC record's header: a text file named .warc gave
        # 0 pages and exit status 0, without a word.
        return (
            f"cannot read {path}: it is not a WARC file (it does not open with a 'WARC/1.0' "
            "header): name an archive of Common Crawl, wget --warc-file or a browser crawler, "
            "or give a page file its own suffix (.html, .txt)"
        )
    if _cut_short(record):
        # A cut in a request's or an image's record is the file's end all the same: the
        # pages after it are lost, and the run must say so.
        return (
            f"cannot read {path}: it ends inside a {record.rec_type} record: the file is "
            "truncated; download it again"
        )
    return None


def _ends_whole(records: Any, handle: IO[bytes]) -> bool:  # noqa: ANN401 - an ArchiveIterator
    """Whether warcio read a WARC file to its end, its last gzip member included."""
    end, size = getattr(records, "offset", None), os.fstat(handle.fileno()).st_size
    if isinstance(end, int) and end < size:
        return False  # bytes after the last record warcio could read
    if size == 0:
        return True
    last = records.get_record_offset()
    handle.seek(last)
    if handle.read(2) != b"\x1f\x8b":
        return True
    # The last gzip member gave a whole record but may lack its end (the last bytes of the
    # deflate stream, its trailer): a cut there lost every record after it.
    handle.seek(last)
    member = zlib.decompressobj(wbits=31)
    while not member.eof and (chunk := handle.read(1 << 16)):
        member.decompress(chunk, 1 << 16)
        while member.unconsumed_tail and not member.eof:
            member.decompress(member.unconsumed_tail, 1 << 16)
    return member.eof


def _is_arc(path: str) -> bool:
    """Whether a file's name says ARC, the WARC format's predecessor (`.arc`, `.arc.gz`)."""
    return path.lower().removesuffix(".gz").endswith(".arc")


def _page_type(record: Any) -> str | None:  # noqa: ANN401 - a warcio ArcWarcRecord
    """The content type of a WARC record that holds a page; None for any other record.

    Why: a crawl's 404 and 500 pages ("Page not found", "We looked everywhere ...") were
    cleaned and kept as articles, and a `resource` record (an archived page with no HTTP
    exchange, as wget and browser-based crawlers write some) was passed over.
    """
    if record.rec_type == "response" and record.http_headers is not None:
        status = record.http_headers.get_statuscode() or ""
        if not status.startswith("2"):
            return None
        content_type = record.http_headers.get_header("Content-Type") or ""
    elif record.rec_type == "resource":
        content_type = record.rec_headers.get_header("Content-Type") or ""
    else:
        return None
    if _media_type(content_type) in _UNTYPED:
        # No type, or "application/octet-stream": Common Crawl names what the payload is in
        # WARC-Identified-Payload-Type; such an HTML page was passed over.
        identified = record.rec_headers.get_header("WARC-Identified-Payload-Type") or ""
        if _media_type(identified) in _HTML_TYPES:
            return str(content_type)
    if _media_type(content_type) not in _HTML_TYPES:
        return None
    return str(content_type)


def _media_type(content_type: str) -> str:
    return content_type.partition(";")[0].strip().lower()


def _cut_short(record: Any) -> bool:  # noqa: ANN401 - a warcio ArcWarcRecord
    """Whether a WARC record lacks bytes it declares, or the Content-Length every record has.

    Why: a file cut inside a record's headers gave that record without its length (and
    without its body) as if whole.
    """
    length = record.rec_headers.get_header("Content-Length") or ""
    if record.format == "warc" and not length.strip().isdigit():
        return True
    return _missing_bytes(record) > 0


def _missing_bytes(record: object) -> int:
    """Bytes of a WARC record's declared length that the file did not hold (0 when whole)."""
    stream = getattr(record, "raw_stream", None)
    if stream is None or not hasattr(stream, "limit"):
        return 0
    stream.read()  # the rest of the record, if content_stream() stopped early
    limit = stream.limit
    return limit if isinstance(limit, int) and limit > 0 else 0


def _decode(body: bytes, content_type: str) -> str | bytes:
    """Decode with the HTTP charset when it is a real codec that fits; else keep the bytes.

    A body that is valid UTF-8 with non-ASCII bytes under another charset is kept as bytes,
    for the `decode` stage (BOM, `<meta charset>`, detection). Why: a server's default
    'charset=ISO-8859-1' over a UTF-8 page, common in crawls, was decoded as Latin-1 into
    mojibake the repair could not always undo ('公共交通' came out 'å…¬å ±äº¤é€š'); text in
    a legacy charset is almost never valid UTF-8.
    """
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            name = value.strip().strip("\"'")
            try:
                codec = codecs.lookup(name).name
                if codec != "utf-8" and not body.isascii() and _is_utf8(body):
                    return body
            except (LookupError, ValueError):
                # ValueError, not only LookupError: a name holding a NUL byte raises "embedded
                # null character" (as the decode stage's <meta charset> did: CI's fuzz run,
                # session 19)
                return body
            # A wrong single-byte charset (KOI8-R served as windows-1251) is judged as the
            # decode stage judges a <meta charset>: it gave "лПОЖЕТЕОГЙС".
            from cleaner.stages.decode import decode_declared  # noqa: PLC0415 - heavy imports

            text = decode_declared(body, name)
            return body if text is None else text
    return body


def _is_utf8(body: bytes) -> bool:
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _reason(exc: BaseException) -> str:
    """What went wrong reading a file, in words that say what to do about it.

    Why: a broken .gz said "EOFError: Compressed file ended before the end-of-stream marker
    was reached", Python's words, not the cause nor the fix.
    """
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    if isinstance(exc, gzip.BadGzipFile):
        return (
            "it is not gzip data, though its name ends in .gz (check it with gunzip -t); "
            "a plain file must not end in .gz"
        )
    if isinstance(exc, EOFError):
        return "the gzip data ends early: the file is truncated; download or copy it again"
    if isinstance(exc, zlib.error):
        return f"the gzip data is corrupt ({exc}); download or copy it again"
    return f"{type(exc).__name__}: {exc}"
