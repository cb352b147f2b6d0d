"""Stage `decode`: turn the raw input into text, or discard what is not text at all."""

from __future__ import annotations

import logging
import re

from bs4.dammit import UnicodeDammit

from cleaner.document import Document
from cleaner.errors import Discard

logger = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 20_000_000
"""Inputs larger than this are discarded as "too_large" without being parsed.

20 MB is ten times the largest page of the benchmark sets (../shared/bench); past it the parse
alone takes seconds and hundreds of megabytes, and no real article needs it.
"""

# Magic numbers of files that are often saved under a .html name by a scraper but are not text.
_BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"%PDF-", "pdf"),
    (b"\x1f\x8b", "gzip"),
    (b"PK\x03\x04", "zip"),
    (b"GIF8", "gif"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"RIFF", "riff"),
    (b"\x00\x00\x01\x00", "ico"),
    (b"wOFF", "woff"),
    (b"7z\xbc\xaf", "7z"),
)
_BOMS = ("\ufeff",)
# A page whose first kilobytes are more than this share of control characters is binary.
_MAX_CONTROL_SHARE = 0.10


def _looks_binary(data: bytes) -> str | None:
    for magic, name in _BINARY_MAGIC:
        if data.startswith(magic):
            return name
    return None


# C0 controls other than tab, newline, form feed and carriage return, and the replacement
# character. Counted in C (a regex, bytes.translate): the Python loops over the 4 KB samples
# cost 0.4 ms a page.
_CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0e-\x1f\ufffd]")
# C0 control bytes other than NUL (UTF-16 is full of them), whitespace and ESC
_CONTROL_BYTES = bytes(b for b in range(1, 32) if b not in (9, 10, 12, 13, 27))


def _control_share(text: str) -> float:
    sample = text[:4096]
    if not sample:
        return 0.0
    return len(_CONTROL_CHARS.findall(sample)) / len(sample)


def _control_byte_share(data: bytes) -> float:
    """Share of C0 control bytes (other than NUL, which UTF-16 is full of, and whitespace)."""
    sample = data[:4096]
    if not sample:
        return 0.0
    return (len(sample) - len(sample.translate(None, _CONTROL_BYTES))) / len(sample)


def decode_bytes(data: bytes) -> str:
    """Decode page bytes: a BOM first, then a declared charset, then detection.

    UnicodeDammit (beautifulsoup4) reads the BOM and `<meta charset>`, and falls back to
    charset detection (charset-normalizer, when installed); undecodable bytes are replaced.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or (
        len(data) > 3 and (data[0] == 0 or data[1] == 0) and data.count(b"\x00") > len(data) // 4
    ):
        # UTF-16 with or without a BOM: UnicodeDammit's byte sniffing handles the BOM case,
        # and half-NUL byte patterns give away the BOM-less one.
        for enc in ("utf-16", "utf-16-le", "utf-16-be"):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if _control_share(text) < _MAX_CONTROL_SHARE:
                return text
    if not data.isascii():
        # Bytes that are valid UTF-8 and not plain ASCII are UTF-8 whatever the page declares:
        # multi-byte sequences almost never arise by chance in single-byte encodings, and pages
        # that declare Latin-1 but are saved as UTF-8 are common (fixtures/hostile/
        # lying-meta-charset.html).
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
    dammit = UnicodeDammit(data, is_html=True)
    if dammit.unicode_markup is not None:
        return dammit.unicode_markup
    return data.decode("utf-8", errors="replace")


class Decode:
    """Decode bytes to text, drop NULs and the BOM; discard empty, binary and oversized input.

    Reads: raw. Writes: decoded.

    Args:
        max_bytes: Inputs larger than this (in bytes, or characters for `str`) are discarded
            with reason "too_large" before any parsing.
    """

    name = "decode"

    def __init__(self, *, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        """Set the size limit."""
        self.max_bytes = max_bytes

    def __call__(self, doc: Document) -> Document:
        """Decode `doc.raw` into `doc.decoded`."""
        raw = doc.raw
        if len(raw) > self.max_bytes:
            raise Discard(f"too_large: {len(raw)} > {self.max_bytes} (see Decode(max_bytes=...))")
        if isinstance(raw, bytes):
            kind = _looks_binary(raw)
            if kind is not None:
                raise Discard(f"binary: the input is a {kind} file, not a web page")
            # Judged on the bytes, before decoding: a charset detector may read control-
            # character soup as UTF-16 and hand back printable nonsense (seen with
            # charset-normalizer alone, without chardet installed).
            if _control_byte_share(raw) > _MAX_CONTROL_SHARE:
                raise Discard("binary: the input is mostly control characters")
            text = decode_bytes(raw)
        else:
            text = raw
        if "\x00" in text:
            # The test finds a NUL faster than `replace` scans a page without one (0.1 ms).
            text = text.replace("\x00", "")
        for bom in _BOMS:
            text = text.removeprefix(bom)
        # `isspace` stops at the first visible character; `strip` would copy the whole page.
        if not text or text.isspace():
            raise Discard("empty")
        if _control_share(text) > _MAX_CONTROL_SHARE:
            raise Discard("binary: the input is mostly control characters")
        return doc.evolve(decoded=text)

    def __repr__(self) -> str:
        """Show the options."""
        return f"Decode(max_bytes={self.max_bytes})"


decode = Decode()
