"""Reading batch inputs: page files, gzip, folders, globs, JSONL and WARC."""

from __future__ import annotations

import gzip
import io
import json
import os
import sys
from pathlib import Path

import pytest

import cleaner
from cleaner import sources
from cleaner.batch import Page
from cleaner.sources import (
    InputError,
    Unreadable,
    check,
    expand,
    input_kind,
    is_single_page,
    read_inputs,
    read_jsonl,
    read_warc,
    stdin_holds_jsonl,
)
from cleaner.stages.decode import decode_bytes
from tests.batch_stages import page, write_warc


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("a.html", "page"),
        ("a.HTM", "page"),
        ("dir/a.txt.gz", "page"),
        ("a.jsonl", "jsonl"),
        ("a.jsonl.gz", "jsonl"),
        ("a.ndjson", "jsonl"),
        ("Saved Page.mhtml", "page"),
        ("a.mht", "page"),
        ("a.json", None),
        ("CC-MAIN-1.warc.gz", "warc"),
        ("a.warc", "warc"),
        ("a.png", None),
        ("README", None),
    ],
)
def test_input_kind_from_the_file_name(name: str, kind: str | None):
    """The suffix (before an optional .gz) tells how a file is read."""
    assert input_kind(name) == kind


def test_expand_walks_folders_recursively_in_sorted_order(tmp_path: Path):
    """A folder gives its known files, sorted, sub-folders included; other files are skipped."""
    for name in ["b.html", "a.txt", "sub/c.html.gz", "notes.png", "sub/d.jsonl"]:
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_bytes(b"x")
    found = [(Path(p).relative_to(tmp_path).as_posix(), k) for p, k in expand([str(tmp_path)])]
    assert found == [
        ("a.txt", "page"),
        ("b.html", "page"),
        ("sub/c.html.gz", "page"),
        ("sub/d.jsonl", "jsonl"),
    ]


def test_expand_globs_and_rejects_what_does_not_exist(tmp_path: Path):
    """A glob expands sorted; a missing path or an empty glob raises InputError."""
    for name in ["b.html", "a.html", "c.txt"]:
        (tmp_path / name).write_bytes(b"x")
    found = [Path(p).name for p, _ in expand([str(tmp_path / "*.html")])]
    assert found == ["a.html", "b.html"]
    with pytest.raises(InputError, match="no such file"):
        check([str(tmp_path / "missing.html")])
    with pytest.raises(InputError, match="no file matches"):
        check([str(tmp_path / "*.warc")])
    with pytest.raises(InputError, match="only once"):
        check(["-", "-"])


def test_is_single_page_only_for_one_page_file_or_stdin(tmp_path: Path):
    """One page file or - is a single page; a folder, a glob or a JSONL file is a batch."""
    (tmp_path / "a.html").write_bytes(b"x")
    (tmp_path / "a.jsonl").write_bytes(b"")
    assert is_single_page([str(tmp_path / "a.html")])
    assert is_single_page(["-"])
    assert not is_single_page([str(tmp_path)])
    assert not is_single_page([str(tmp_path / "*.html")])
    assert not is_single_page([str(tmp_path / "a.jsonl")])
    assert not is_single_page([str(tmp_path / "a.html"), "-"])


def test_read_inputs_reads_gzip_and_reports_a_corrupt_one(tmp_path: Path):
    """A .gz page is decompressed; a corrupt one becomes an Unreadable in its place."""
    (tmp_path / "a.html.gz").write_bytes(gzip.compress(page(1).encode()))
    (tmp_path / "b.html.gz").write_bytes(b"not gzip at all")
    (tmp_path / "c.html").write_text(page(3))
    items = list(read_inputs([str(tmp_path)]))
    assert isinstance(items[0], Page)
    assert items[0].raw == page(1).encode()
    assert isinstance(items[1], Unreadable)
    assert items[1].source.endswith("b.html.gz")
    assert isinstance(items[2], Page)
    assert items[2].source == str(tmp_path / "c.html")


def test_read_jsonl_gives_one_page_per_line_with_its_fields(tmp_path: Path):
    """html or text, url, id and lang are read; blank lines are skipped; bad lines reported."""
    path = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"html": "<p>one</p>", "url": "https://e.org/1", "id": 7, "lang": "de"}),
        "",
        json.dumps({"text": "two"}),
        "{not json",
        json.dumps({"url": "https://e.org/none"}),
        json.dumps(["a list"]),
    ]
    path.write_text("\n".join(lines) + "\n")
    items = list(read_jsonl(str(path)))
    assert items[0] == Page(
        raw="<p>one</p>", url="https://e.org/1", id="7", lang="de", source=f"{path}:1"
    )
    assert items[1] == Page(raw="two", source=f"{path}:3")
    assert [type(i).__name__ for i in items[2:]] == ["Unreadable"] * 3
    assert [i.source for i in items[2:]] == [f"{path}:4", f"{path}:5", f"{path}:6"]


def test_read_jsonl_skips_sources_already_done(tmp_path: Path):
    """Lines whose source is in `skip` are not yielded."""
    path = tmp_path / "in.jsonl.gz"
    path.write_bytes(
        gzip.compress(
            b"".join(json.dumps({"text": f"page {i}"}).encode() + b"\n" for i in range(4))
        )
    )
    items = list(read_jsonl(str(path), skip={f"{path}:1", f"{path}:3"}))
    assert [i.source for i in items] == [f"{path}:2", f"{path}:4"]


@pytest.mark.parametrize("gzipped", [True, False])
def test_read_warc_yields_html_responses_only(tmp_path: Path, gzipped: bool):
    """Requests and non-HTML responses are passed over; url and id come from the record."""
    path = tmp_path / ("crawl.warc.gz" if gzipped else "crawl.warc")
    ids = write_warc(
        path,
        [
            ("https://e.org/a", "text/html; charset=utf-8", page(1).encode()),
            ("https://e.org/logo.png", "image/png", b"\x89PNG"),
            ("https://e.org/b", "application/xhtml+xml", page(2).encode()),
            ("https://e.org/c", "text/html; charset=windows-1252", "café".encode("cp1252")),
        ],
        gzip=gzipped,
    )
    items = list(read_warc(str(path)))
    assert all(isinstance(i, Page) for i in items)
    pages = [i for i in items if isinstance(i, Page)]
    assert [p.url for p in pages] == ["https://e.org/a", "https://e.org/b", "https://e.org/c"]
    assert [p.id for p in pages] == [ids[0], ids[2], ids[3]]
    assert [p.source for p in pages] == [f"{path}#{ids[0]}", f"{path}#{ids[2]}", f"{path}#{ids[3]}"]
    assert pages[0].raw == page(1)  # decoded with the HTTP charset
    assert pages[1].raw == page(2).encode()  # no charset: left to the decode stage
    assert pages[2].raw == "café"


def test_read_warc_reports_a_file_that_is_not_a_warc(tmp_path: Path):
    """A broken archive yields an Unreadable naming the file, not an exception."""
    path = tmp_path / "broken.warc.gz"
    path.write_bytes(b"garbage here\n" * 3)
    items = list(read_warc(str(path)))
    assert len(items) == 1
    assert isinstance(items[0], Unreadable)
    assert str(path) in items[0].message


def test_read_inputs_skips_a_read_error_already_reported(tmp_path: Path):
    """On --resume, a broken archive reported last time is not reported again."""
    path = tmp_path / "broken.warc.gz"
    path.write_bytes(b"garbage here\n" * 3)
    first = list(read_inputs([str(path)]))
    assert [type(i).__name__ for i in first] == ["Unreadable"]
    assert list(read_inputs([str(path)], skip={first[0].source})) == []


@pytest.mark.parametrize("gzipped", [True, False])
def test_read_warc_never_passes_off_part_of_a_truncated_file(tmp_path: Path, gzipped: bool):
    """A WARC cut off anywhere gives whole pages, then an Unreadable, and never raises.

    Before, a record cut short was yielded as if whole (half a page cleaned as the page), and a
    .warc.gz cut inside a record's headers made warcio raise AttributeError out of the run.
    """
    whole = tmp_path / ("whole.warc.gz" if gzipped else "whole.warc")
    bodies = [page(i).encode() for i in range(3)]
    write_warc(
        whole, [(f"https://e.org/{i}", "text/html", b) for i, b in enumerate(bodies)], gzip=gzipped
    )
    data = whole.read_bytes()
    cut = tmp_path / whole.name.replace("whole", "cut")
    cut_short = 0
    for end in range(40, len(data), 37):
        cut.write_bytes(data[:end])
        items = list(read_warc(str(cut)))
        pages = [i for i in items if isinstance(i, Page)]
        assert [p.raw for p in pages] == bodies[: len(pages)]
        assert all(isinstance(i, Unreadable) for i in items[len(pages) :])
        cut_short += any("cut short" in i.message for i in items if isinstance(i, Unreadable))
    assert cut_short  # some cuts fall inside a body: those are said to be cut short


def test_read_jsonl_reads_text_when_html_is_null(tmp_path: Path):
    """A line with `"html": null` and a `text` is the text page, not a line without a page."""
    path = tmp_path / "pages.jsonl"
    path.write_text(json.dumps({"html": None, "text": "the page"}) + "\n", encoding="utf-8")
    items = list(read_jsonl(str(path)))
    assert [type(i).__name__ for i in items] == ["Page"]
    assert isinstance(items[0], Page)
    assert items[0].raw == "the page"


def test_jsonl_page_with_a_lone_surrogate_is_cleaned_whole(tmp_path: Path):
    """A row's "\\udcff" (surrogateescape) stopped lxml's parse there: 'not_article: 0 words'."""
    import cleaner  # noqa: PLC0415 - the stages load only for this test

    html = "<html><body><article><h1>Lone</h1><p>" + "".join(
        f"Sentence {i} holds a lone surrogate \udcff in it, long enough to keep. " for i in range(6)
    )
    source = tmp_path / "in.jsonl"
    source.write_text(
        json.dumps({"html": html + "</p></article></body></html>"}) + "\n", encoding="utf-8"
    )
    (item,) = read_inputs([str(source)])
    assert isinstance(item, Page)
    assert isinstance(item.raw, str)
    assert "\udcff" not in item.raw
    article = cleaner.clean(item.raw)
    assert article.discarded is None
    assert "Sentence 5 holds a lone surrogate \ufffd in it" in article.text


def test_read_warc_passes_over_error_pages_and_revisits_and_reads_resources(tmp_path: Path):
    """Only a 2xx response or a resource record of HTML is a page.

    A crawl's 404 page ("Page not found" and a paragraph of apology) was cleaned and kept as an
    article, and a redirect's "Moved Permanently" stub gave a line too; a `resource` record (an
    archived page without its HTTP exchange) was passed over.
    """
    import io  # noqa: PLC0415

    from warcio.statusandheaders import StatusAndHeaders  # noqa: PLC0415
    from warcio.warcwriter import WARCWriter  # noqa: PLC0415

    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)

        def response(url: str, status: str, body: bytes) -> None:
            headers = StatusAndHeaders(status, [("Content-Type", "text/html")], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers
            )
            writer.write_record(record)

        response("https://e.org/ok", "200 OK", page(1).encode())
        response("https://e.org/gone", "404 Not Found", page(2).encode())
        response("https://e.org/old", "301 Moved Permanently", b"<h1>Moved Permanently</h1>")
        response("https://e.org/oops", "500 Internal Server Error", page(3).encode())
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_revisit_record(
                "https://e.org/ok",
                digest="sha1:AAAA",
                refers_to_uri="https://e.org/ok",
                refers_to_date="2026-01-01T00:00:00Z",
                http_headers=headers,
            )
        )
        writer.write_record(
            writer.create_warc_record(
                "https://e.org/saved",
                "resource",
                payload=io.BytesIO(page(4).encode()),
                warc_content_type="text/html",
            )
        )
        writer.write_record(
            writer.create_warc_record(
                "https://e.org/shot.png",
                "resource",
                payload=io.BytesIO(b"\x89PNG"),
                warc_content_type="image/png",
            )
        )
    pages = list(read_warc(str(path)))
    assert [(type(p).__name__, p.url) for p in pages if isinstance(p, Page)] == [
        ("Page", "https://e.org/ok"),
        ("Page", "https://e.org/saved"),
    ]
    assert len(pages) == 2
    assert [p.raw for p in pages if isinstance(p, Page)] == [page(1).encode(), page(4).encode()]


def test_a_json_file_is_refused_with_how_to_make_json_lines(tmp_path: Path):
    """`cleaner pages.json` (an array of records) read the file as one page, titled with its
    raw JSON; it is now a usage error saying how to get JSON lines. `.ndjson` is read as JSONL
    (it was one page too).
    """
    records = [{"html": page(1)}, {"html": page(2)}]
    array = tmp_path / "pages.json"
    array.write_text(json.dumps(records), encoding="utf-8")
    with pytest.raises(InputError, match=r"jq -c '\.\[\]'"):
        check([str(array)])
    lines = tmp_path / "pages.ndjson"
    lines.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    check([str(lines)])
    items = list(read_inputs([str(lines)]))
    assert [i.raw for i in items if isinstance(i, Page)] == [page(1), page(2)]


def test_read_warc_reads_an_untyped_response_common_crawl_identified_as_html(tmp_path: Path):
    """A response with no Content-Type (or application/octet-stream) was passed over, though
    Common Crawl's WARC-Identified-Payload-Type says it is HTML; a type the server did give
    still decides (an image stays an image).
    """
    import io  # noqa: PLC0415

    from warcio.statusandheaders import StatusAndHeaders  # noqa: PLC0415
    from warcio.warcwriter import WARCWriter  # noqa: PLC0415

    path = tmp_path / "cc.warc.gz"
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for i, (content_type, identified) in enumerate(
            [
                (None, "text/html"),
                ("application/octet-stream", "text/html"),
                (None, None),
                ("image/png", "text/html"),
                (None, "application/pdf"),
            ]
        ):
            fields = [("Content-Type", content_type)] if content_type else []
            headers = StatusAndHeaders("200 OK", fields, protocol="HTTP/1.1")
            extra = {"WARC-Identified-Payload-Type": identified} if identified else None
            record = writer.create_warc_record(
                f"https://e.org/{i}",
                "response",
                payload=io.BytesIO(page(i).encode()),
                http_headers=headers,
                warc_headers_dict=extra,
            )
            writer.write_record(record)
    pages = [p for p in read_warc(str(path)) if isinstance(p, Page)]
    assert [p.url for p in pages] == ["https://e.org/0", "https://e.org/1"]
    assert pages[0].raw == page(0).encode()


def test_a_folder_says_what_it_passed_over(tmp_path: Path, caplog: pytest.LogCaptureFixture):
    """A folder of a site mirror's .php pages gave "0 pages" and no word why: the files of no
    known type are counted by suffix in a warning (dot files left out), and .xhtml / .shtml
    pages are read.
    """
    (tmp_path / "a.php").write_text(page(1), encoding="utf-8")
    (tmp_path / "b.php").write_text(page(2), encoding="utf-8")
    (tmp_path / "logo.png").write_bytes(b"\x89PNG")
    (tmp_path / ".DS_Store").write_bytes(b"\x00")
    (tmp_path / "c.xhtml").write_text(page(3), encoding="utf-8")
    (tmp_path / "d.shtml").write_text(page(4), encoding="utf-8")
    with caplog.at_level("WARNING", logger="cleaner.sources"):
        items = list(read_inputs([str(tmp_path)]))
    assert [Path(i.source or "").name for i in items if isinstance(i, Page)] == [
        "c.xhtml",
        "d.shtml",
    ]
    [record] = caplog.records
    assert "passed over 3 file(s)" in record.getMessage()
    assert ".php: 2, .png: 1" in record.getMessage()


def test_read_jsonl_reads_text_when_html_is_empty(tmp_path: Path):
    """An export with both columns gives a text-only row `"html": ""`: its text was passed over
    for the empty html, and the page discarded as 'empty'. A row empty in both stays empty.
    """
    path = tmp_path / "pages.jsonl"
    rows = [
        {"html": "", "text": "the page"},
        {"html": "", "text": ""},
        {"html": "<p>x</p>", "text": "t"},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    items = list(read_jsonl(str(path)))
    assert [i.raw for i in items if isinstance(i, Page)] == ["the page", "", "<p>x</p>"]


def _mhtml(html: str, url: str) -> bytes:
    """A page as a browser saves it as "Webpage, Single File": MIME, quoted-printable HTML."""
    import quopri  # noqa: PLC0415 - only this helper writes MHTML

    body = quopri.encodestring(html.encode("utf-8")).decode("ascii")
    return (
        "From: <Saved by Blink>\r\n"
        f"Snapshot-Content-Location: {url}\r\n"
        "Subject: Story 3\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="----B"\r\n'
        "\r\n"
        "------B\r\n"
        "Content-Type: text/html\r\n"
        "Content-ID: <frame-1@mhtml.blink>\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n"
        f"Content-Location: {url}\r\n"
        "\r\n"
        f"{body}\r\n"
        "------B\r\n"
        "Content-Type: image/png\r\n"
        "Content-Transfer-Encoding: base64\r\n"
        "\r\n"
        "iVBORw0KGgo=\r\n"
        "------B--\r\n"
    ).encode("ascii")


def test_a_saved_mhtml_page_is_read_as_its_html_part(tmp_path: Path):
    """A page saved as .mhtml was cleaned as text: its quoted-printable source was the body."""
    html = page(3).replace("Paragraph 0", "Caf\u00e9 paragraph 0")
    (tmp_path / "sub").mkdir()
    saved = tmp_path / "sub" / "Story 3.mhtml"
    saved.write_bytes(_mhtml(html, "https://example.org/story-3"))
    (item,) = read_inputs([str(tmp_path)])
    assert isinstance(item, Page)
    assert item.url == "https://example.org/story-3"
    raw = item.raw.decode("utf-8") if isinstance(item.raw, bytes) else item.raw
    assert "Caf\u00e9 paragraph 0" in raw
    assert "=3D" not in raw
    article = cleaner.clean(item.raw, url=item.url)
    assert article.title == "Story 3"
    assert article.body[0].startswith("Caf\u00e9 paragraph 0 of story 3")


def test_a_jsonl_line_without_a_page_names_its_keys_and_the_fix(tmp_path: Path):
    """A dump with 'content' got "has no 'html' or 'text' string" per line, no word what to do."""
    dump = tmp_path / "dump.jsonl"
    dump.write_text(json.dumps({"content": page(1), "url": "https://e.org/1"}) + "\n")
    (item,) = read_jsonl(str(dump))
    assert isinstance(item, Unreadable)
    assert "'content', 'url'" in item.message
    assert "jq -c" in item.message


def test_a_folder_walk_passes_over_hidden_files_and_folders(tmp_path: Path):
    """A Mac's `._a.html` (binary metadata) and `.git/` were read as pages, as no glob does."""
    for name in ["a.html", "._a.html", ".git/b.html", "sub/.hidden.html", "sub/c.html"]:
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_bytes(b"x")
    found = [Path(p).relative_to(tmp_path).as_posix() for p, _ in expand([str(tmp_path)])]
    assert found == ["a.html", "sub/c.html"]
    named = tmp_path / "._a.html"
    assert [p for p, _ in expand([str(named)])] == [str(named)]  # named directly: read


def test_a_folder_that_cannot_be_listed_is_an_unreadable_in_its_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """A sub-folder the user may not list (`chmod 000`, another user's) was passed over without
    a word by the walk (os.walk drops what it cannot list): its pages were lost, exit status 0.
    """
    for name in ["a.html", "locked/b.html", "z/c.html"]:
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_bytes(page(1).encode())
    locked = str(tmp_path / "locked")
    real_scandir = os.scandir

    def scandir(path: object = ".") -> object:
        if os.fspath(path) == locked:  # type: ignore[arg-type]
            raise PermissionError(13, "Permission denied", locked)
        return real_scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    items = list(read_inputs([str(tmp_path)]))
    assert [(type(i).__name__, Path(i.source or "").name) for i in items] == [
        ("Page", "a.html"),
        ("Unreadable", "locked"),
        ("Page", "c.html"),
    ]
    assert "cannot read the folder" in items[1].message  # type: ignore[union-attr]
    assert "Permission denied" in items[1].message  # type: ignore[union-attr]
    assert [p for p, _ in expand([str(tmp_path)])] == [
        str(tmp_path / "a.html"),
        str(tmp_path / "z" / "c.html"),
    ]


def _warc_boundaries(path: Path) -> set[int]:
    from warcio.archiveiterator import ArchiveIterator  # noqa: PLC0415

    with path.open("rb") as handle:
        records = ArchiveIterator(handle)
        return {records.get_record_offset() for _ in records} | {path.stat().st_size}


@pytest.mark.parametrize("gzipped", [True, False])
def test_read_warc_says_when_a_file_ends_inside_a_record(tmp_path: Path, gzipped: bool):
    """A WARC cut inside a record's headers gave the records before it and stopped without a
    word: a download cut at 100 bytes gave 0 pages, exit status 0 (warcio reads an unfinished
    header as the end of the file). Every cut that is not at a record's end says so now.
    """
    whole = tmp_path / ("whole.warc.gz" if gzipped else "whole.warc")
    bodies = [page(i).encode() for i in range(3)]
    write_warc(
        whole, [(f"https://e.org/{i}", "text/html", b) for i, b in enumerate(bodies)], gzip=gzipped
    )
    data = whole.read_bytes()
    boundaries = _warc_boundaries(whole)
    cut = tmp_path / whole.name.replace("whole", "cut")
    for end in [*range(1, len(data), 29), *(b + 30 for b in boundaries if b + 30 < len(data))]:
        cut.write_bytes(data[:end])
        items = list(read_warc(str(cut)))
        if any(0 <= b - end <= 8 for b in boundaries):
            continue  # at a record's end, or in its closing CRLFs or gzip trailer: all is read
        assert items, end
        assert isinstance(items[-1], Unreadable), end
        assert "truncated" in items[-1].message or "damaged" in items[-1].message, end


def test_read_warc_refuses_a_file_that_is_no_archive_at_all(tmp_path: Path):
    """A text file named .warc was read by warcio as an old ARC record and passed over: 0
    pages, exit status 0, not a word."""
    path = tmp_path / "notes.warc"
    path.write_bytes(b"hello world, this is not an archive\n")
    items = list(read_warc(str(path)))
    assert [type(i).__name__ for i in items] == ["Unreadable"]
    assert "not a WARC" in items[0].message  # type: ignore[union-attr]


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
def test_stdin_json_lines_are_seen_with_a_byte_order_mark(bom: bytes):
    """JSON lines exported on Windows open with a UTF-8 BOM: piped in, they were cleaned as one
    page titled with the first record's raw JSON."""
    stream = io.BufferedReader(io.BytesIO(bom + b'{"html": "<p>a</p>"}\n{"html": "<p>b</p>"}\n'))
    assert stdin_holds_jsonl(stream)
    items = list(read_jsonl("-", stdin=stream))
    assert [(type(i).__name__, i.source) for i in items] == [("Page", "-:1"), ("Page", "-:2")]


@pytest.mark.parametrize(
    "data",
    [
        b"\x1f\x8b\x08\x00garbage",  # a gzip header, then nothing that inflates
        b"plain text, not gzip at all",
        gzip.compress(page(1).encode())[:60],  # cut short
    ],
)
def test_a_broken_gzip_page_says_what_to_do(tmp_path: Path, data: bytes):
    """`cannot read a.html.gz: EOFError: Compressed file ended before the end-of-stream marker
    was reached` named Python's exception, not the cause nor the fix."""
    path = tmp_path / "a.html.gz"
    path.write_bytes(data)
    [item] = read_inputs([str(path)])
    assert isinstance(item, Unreadable)
    assert "EOFError" not in item.message
    assert "BadGzipFile" not in item.message
    assert "gzip" in item.message
    assert "download" in item.message or "gunzip" in item.message


def test_a_folder_walk_follows_linked_folders_once_each(tmp_path: Path):
    """A folder linked into the input folder (`pages/2024 -> /mnt/archive/2024`) was passed over
    without a word (os.walk does not follow links), its pages lost; a link back up the tree
    must not walk round for ever."""
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "x.html").write_bytes(b"x")
    (tmp_path / "pages" / "real").mkdir(parents=True)
    (tmp_path / "pages" / "real" / "y.html").write_bytes(b"y")
    (tmp_path / "pages" / "linked").symlink_to(tmp_path / "elsewhere")
    (tmp_path / "pages" / "real" / "loop").symlink_to(tmp_path / "pages")
    top = tmp_path / "pages"
    found = [Path(p).relative_to(top).as_posix() for p, _ in expand([str(top)])]
    assert found == ["linked/x.html", "real/y.html"]


def test_a_glob_through_a_link_loop_gives_each_file_once(tmp_path: Path):
    """`cleaner 'pages/**/*.html'` over a link back up the tree matched the same page once per
    turn of the loop (about 40 times), each cleaned and written again."""
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "y.html").write_bytes(b"y")
    (tmp_path / "real" / "loop").symlink_to(tmp_path)
    found = [Path(p).relative_to(tmp_path).as_posix() for p, _ in expand([f"{tmp_path}/**/*.html"])]
    assert found == ["real/y.html"]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_read_jsonl_reads_a_utf16_file(tmp_path: Path, encoding: str):
    """Windows PowerShell's `>` writes UTF-16 with a BOM: each line was cut at its byte 0x0a,
    so one line in two was 'not JSON' and the others garbled."""
    rows = ['{"html": "<p>é</p>", "url": "https://e.org/1"}', '{"text": "Grüße"}']
    data = "\r\n".join(rows).encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    path = tmp_path / "p.jsonl"
    path.write_bytes(data)
    items = list(read_jsonl(str(path)))
    assert [(type(i).__name__, i.source) for i in items] == [
        ("Page", f"{path}:1"),
        ("Page", f"{path}:2"),
    ]
    assert [i.raw for i in items] == ["<p>é</p>", "Grüße"]  # type: ignore[union-attr]
    stream = io.BufferedReader(io.BytesIO(data))
    assert stdin_holds_jsonl(stream)
    assert [i.raw for i in read_jsonl("-", stdin=stream)] == ["<p>é</p>", "Grüße"]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        "今天市政府宣布了新的公共交通计划，市民们对此表示欢迎并积极参与讨论。",
        "Die Bürger der Stadt haben heute über die neue Straßenbahn abgestimmt.",
    ],
)
def test_read_warc_keeps_a_utf8_page_whose_server_declares_latin1(tmp_path: Path, text: str):
    """A server's default 'charset=ISO-8859-1' over a UTF-8 page (common in crawls) decoded it
    as Latin-1 before the decode stage could look: mojibake the repair could not always undo
    ('公共交通计划' stayed 'å…¬å ±äº¤é€šè®¡åˆ’'), the page's own <meta charset> unread."""
    html = (
        "<html><head><title>T</title></head><body><article><h1>Titel</h1>"
        + f"<p>{text}</p>" * 6
        + "</article></body></html>"
    )
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, [("https://e.org/a", "text/html; charset=ISO-8859-1", html.encode())])
    [item] = read_warc(str(path))
    assert isinstance(item, Page)
    assert text in cleaner.clean(item.raw).body


def test_read_warc_still_decodes_a_latin1_page_with_its_header(tmp_path: Path):
    """A page that is Latin-1, as its header says, is not valid UTF-8: the header decodes it."""
    html = "<html><body><p>" + "Ça coûte très cher à Noël. " * 10 + "</p></body></html>"
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, [("https://e.org/a", "text/html; charset=ISO-8859-1", html.encode("latin-1"))])
    [item] = read_warc(str(path))
    assert isinstance(item, Page)
    assert item.raw == html


@pytest.mark.parametrize(
    ("line", "says"),
    [
        ('{"html": ["<p>a</p>"], "url": "u"}', "'html' is a list, not a string"),
        ('{"html": {"body": "x"}}', "'html' is an object, not a string"),
        ('{"html": null, "text": null, "url": "u"}', "'html' and 'text' are null"),
    ],
)
def test_a_jsonl_line_with_a_page_key_of_the_wrong_type_says_so(
    tmp_path: Path, line: str, says: str
):
    """A line whose 'html' was a list, an object or null was told to rename a 'content' key
    with jq, a fix for another line."""
    path = tmp_path / "p.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    [item] = read_jsonl(str(path))
    assert isinstance(item, Unreadable)
    assert says in item.message
    assert "'content'" not in item.message


@pytest.mark.parametrize(
    "content_type", ["text/html; charset=utf-8\x00x", "text/html; charset=nope"]
)
def test_a_warc_body_under_an_impossible_charset_is_left_as_bytes_for_decode(content_type):
    """An HTTP charset that names no codec (unknown, or holding a NUL) leaves the body as bytes."""
    body = "Caf\u00e9".encode("latin-1")
    assert sources._decode(body, content_type) == body


def _write_encoded_warc(path: Path, records: list[tuple[str, str, bytes]]) -> None:
    """Write a WARC of (url, Content-Encoding, body) HTML responses ("" for none)."""
    from warcio.statusandheaders import StatusAndHeaders  # noqa: PLC0415
    from warcio.warcwriter import WARCWriter  # noqa: PLC0415

    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for url, encoding, body in records:
            fields = [("Content-Type", "text/html; charset=utf-8")]
            if encoding:
                fields.append(("Content-Encoding", encoding))
            headers = StatusAndHeaders("200 OK", fields, protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(
                    url, "response", payload=io.BytesIO(body), http_headers=headers
                )
            )


@pytest.mark.parametrize("encoding", ["br", "zstd", "x-made-up"])
def test_read_warc_names_a_record_compressed_in_a_way_it_cannot_undo(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, encoding: str
):
    """A record whose body is compressed by a Content-Encoding that warcio cannot undo (brotli
    without the brotli package, zstd) is an error naming the encoding and the remedy.

    warcio handed the compressed bytes back as the page without a word: a silent
    "binary: ..." or nonsense page instead of "install brotli".
    """
    monkeypatch.setitem(sys.modules, "brotli", None)  # brotli not installed: import fails
    path = tmp_path / "crawl.warc.gz"
    _write_encoded_warc(
        path,
        [
            ("https://e.org/a", encoding, b"\x1b\x0b\x00\xf8\xa5\x9c\x8c\x03\x00\x00"),
            ("https://e.org/b", "gzip", gzip.compress(page(2).encode())),
            ("https://e.org/c", "", page(3).encode()),
        ],
    )
    items = list(read_warc(str(path)))
    assert len(items) == 3
    first = items[0]
    assert isinstance(first, Unreadable)
    assert "https://e.org/a" in first.message
    assert first.url == "https://e.org/a"  # the record's address, as a page's result has it
    assert f"Content-Encoding: {encoding}" in first.message
    if encoding == "br":
        assert "pip install brotli" in first.message
    assert [p.raw for p in items[1:] if isinstance(p, Page)] == [page(2), page(3)]
    results = list(cleaner.clean_many(items, workers=1))
    assert results[0].error is not None
    assert results[0].error.type == "Unreadable"
    assert results[0].url == "https://e.org/a"
    assert [r.error for r in results[1:]] == [None, None]


def test_read_warc_reads_a_brotli_record_with_the_brotli_package(tmp_path: Path):
    """With the optional brotli package (scrape-cleaner[brotli]) a br-encoded record is the page."""
    brotli = pytest.importorskip("brotli")
    path = tmp_path / "crawl.warc.gz"
    _write_encoded_warc(path, [("https://e.org/a", "br", brotli.compress(page(1).encode()))])
    (item,) = read_warc(str(path))
    assert isinstance(item, Page)
    assert item.raw == page(1)


def test_read_warc_overrules_an_http_charset_that_makes_cyrillic_nonsense(tmp_path: Path):
    """A KOI8-R page served as 'charset=windows-1251' was decoded into "лПОЖЕТЕОГЙС"."""
    body = (
        "<html><head><title>Новости</title></head><body><h1>Конференция в Москве</h1>"
        + "<p>В Москве прошла конференция, посвящённая развитию городской среды.</p>" * 5
        + "</body></html>"
    )
    path = tmp_path / "crawl.warc.gz"
    write_warc(
        path, [("https://e.org/ru", "text/html; charset=windows-1251", body.encode("koi8-r"))]
    )
    (item,) = read_warc(str(path))
    assert isinstance(item, Page)
    raw = item.raw if isinstance(item.raw, str) else decode_bytes(item.raw)
    assert "Конференция в Москве" in raw


def test_read_jsonl_keeps_the_address_of_a_line_without_a_page(tmp_path: Path):
    """A JSONL line with a url but a null page is an error result that keeps its url (it
    was None: the failed row could not be matched to its address)."""
    path = tmp_path / "dump.jsonl"
    path.write_text(json.dumps({"url": "https://e.org/x", "html": None}) + "\n", encoding="utf-8")
    (item,) = read_jsonl(str(path))
    assert isinstance(item, Unreadable)
    assert item.url == "https://e.org/x"
    (result,) = cleaner.clean_many([item])
    assert result.url == "https://e.org/x"


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (7, "7"),
        ("a7", "a7"),
        (1.5, "1.5"),
        (True, "true"),
        ({"$oid": "5f1d"}, '{"$oid": "5f1d"}'),
        (["crawl", 3], '["crawl", 3]'),
    ],
)
def test_read_jsonl_gives_an_id_that_is_no_string_as_json(tmp_path: Path, value, text):
    """An id that is an object, a list or a boolean comes out as its JSON, so the output joins
    back to the input: it came out as Python's repr ("{'$oid': '5f1d'}", "True"; session
    24's review). A line without a page keeps its id so too."""
    path = tmp_path / "in.jsonl"
    rows = [{"html": "<p>one</p>", "id": value}, {"id": value, "content": "x"}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    items = list(read_jsonl(str(path)))
    assert [i.id for i in items] == [text, text]
