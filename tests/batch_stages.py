"""Helpers for the batch tests: module-level stages (picklable by name), page and WARC makers."""

from __future__ import annotations

import io
import os
import time
from pathlib import Path

from cleaner.document import Document

MARKERS = ("FAIL", "HANG", "CRASH", "SLOW", "DAWDLE")


def _text(doc: Document) -> str:
    raw = doc.raw
    return raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw


def misbehave(doc: Document) -> Document:
    """Fail, hang, kill the process or dawdle (briefly or for 4 s) when the page contains a marker word.

    Reads: raw. Writes: nothing.
    """
    text = _text(doc)
    if "FAIL" in text:
        raise ValueError("this page asked to fail")
    if "HANG" in text:
        time.sleep(600)
    if "CRASH" in text:
        os._exit(3)
    if "SLOW" in text:
        time.sleep(0.05)
    if "DAWDLE" in text:
        # past a 1 s limit, yet short: a test of a limit that does not hold fails in seconds
        time.sleep(4)
    return doc


def pid(doc: Document) -> Document:
    """Put the worker's process id into the title, to count workers.

    Reads: meta. Writes: meta.title.
    """
    return doc.evolve(meta=doc.meta.evolve(title=str(os.getpid())))


def page(i: int, marker: str = "") -> str:
    """Return a small HTML article numbered `i`, with an optional marker word in its body."""
    body = "".join(
        f"<p>Paragraph {k} of story {i} tells what happened in the town council meeting "
        f"on that rainy evening, in plenty of words. {marker}</p>"
        for k in range(4)
    )
    return (
        f"<html><head><title>Story {i} - Example News</title></head><body><article>"
        f"<h1>Story {i}</h1>{body}</article></body></html>"
    )


def dawdle(doc: Document) -> Document:
    """Take 0.5 s per page, so a run can be interrupted halfway.

    Reads: nothing. Writes: nothing.
    """
    # 0.5 s, not 0.1: at 0.1 s a run of 60 pages under a load of 5-8 (benchmarks and other
    # test runs on two cores) twice ended before tests/test_cli.py's SIGINT reached it.
    time.sleep(0.5)
    return doc


def drop_second(doc: Document) -> Document:
    """Drop the second kept block with the reason "test_reason", for --explain tests.

    Reads: blocks. Writes: blocks[].dropped_by.
    """
    kept = [i for i, b in enumerate(doc.blocks) if b.kept]
    if len(kept) < 2:
        return doc
    blocks = list(doc.blocks)
    blocks[kept[1]] = blocks[kept[1]].drop("test_reason")
    return doc.evolve(blocks=tuple(blocks))


def write_warc(
    path: Path, records: list[tuple[str, str, bytes]], *, gzip: bool = True
) -> list[str]:
    """Write a WARC of (url, content type, body) responses, each after its request record.

    Returns the WARC-Record-IDs of the response records, in order.
    """
    from warcio.statusandheaders import StatusAndHeaders  # noqa: PLC0415
    from warcio.warcwriter import WARCWriter  # noqa: PLC0415

    ids = []
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gzip)
        for url, content_type, body in records:
            request = writer.create_warc_record(
                url,
                "request",
                payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"),
                http_headers=StatusAndHeaders("GET / HTTP/1.1", [], is_http_request=True),
            )
            writer.write_record(request)
            headers = StatusAndHeaders(
                "200 OK",
                [("Content-Type", content_type), ("Content-Length", str(len(body)))],
                protocol="HTTP/1.1",
            )
            response = writer.create_warc_record(
                url,
                "response",
                payload=io.BytesIO(body),
                http_headers=headers,
            )
            writer.write_record(response)
            ids.append(response.rec_headers.get_header("WARC-Record-ID"))
    return ids
