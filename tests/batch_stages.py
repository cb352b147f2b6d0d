"""Module-level stages that misbehave on purpose, for the batch tests (picklable by name)."""

from __future__ import annotations

import os
import time

from cleaner.document import Document

MARKERS = ("FAIL", "HANG", "CRASH", "SLOW")


def _text(doc: Document) -> str:
    raw = doc.raw
    return raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw


def misbehave(doc: Document) -> Document:
    """Fail, hang, kill the process or dawdle when the page contains a marker word.

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
