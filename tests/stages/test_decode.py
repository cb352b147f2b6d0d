"""Stage decode: bytes to text by BOM, declared charset or detection; binary and empty input."""

from __future__ import annotations

import pytest

from cleaner import Discard, Document
from cleaner.stages.decode import Decode, decode

TEXT = "Größere Änderungen im Café: «déjà vu» – naïve façade"


@pytest.mark.parametrize(
    "raw",
    [
        TEXT.encode("utf-8"),
        b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),
        TEXT.encode("utf-16-le"),
        f'<html><head><meta charset="iso-8859-1"></head><body><p>{TEXT[:20]}</p></body></html>'.encode(
            "iso-8859-1",
        ),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16le-no-bom", "meta-latin1"],
)
def test_decode_recovers_text_from_common_encodings(raw):
    """UTF-8, UTF-8 with BOM, UTF-16 with and without BOM, and declared Latin-1 decode right."""
    out = decode(Document(raw=raw)).decoded
    assert "Größere" in out
    assert not out.startswith("\ufeff")


def test_decode_drops_nul_bytes_and_bom_from_str():
    """NULs and a leading BOM never reach later stages."""
    out = decode(Document(raw="\ufeffHello\x00 world")).decoded
    assert out == "Hello world"


@pytest.mark.parametrize(
    ("raw", "kind"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(200), "png"),
        (b"%PDF-1.7\n" + bytes(200), "pdf"),
        (b"\x1f\x8b\x08\x00" + bytes(200), "gzip"),
        (b"PK\x03\x04" + bytes(200), "zip"),
    ],
)
def test_decode_discards_binary_files(raw, kind):
    """A binary file saved as a page is discarded, naming what it is."""
    with pytest.raises(Discard, match=rf"binary.*{kind}"):
        decode(Document(raw=raw))


def test_decode_discards_control_character_soup():
    """Bytes that decode to mostly control characters are binary, not a page."""
    with pytest.raises(Discard, match="binary"):
        decode(Document(raw=bytes(range(1, 9)) * 500))


def test_decode_discards_input_over_the_size_limit_before_parsing():
    """Input over max_bytes is discarded as too_large, naming the option."""
    with pytest.raises(Discard, match=r"too_large.*max_bytes"):
        Decode(max_bytes=10)(Document(raw="x" * 11))


@pytest.mark.parametrize("raw", ["", " \n ", b"\x00\x00\x00"])
def test_decode_discards_empty_input(raw):
    """Nothing but whitespace or NULs is empty."""
    with pytest.raises(Discard, match="empty"):
        decode(Document(raw=raw))


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        ("plain text\twith\nwhitespace\r\f", 0),
        ("a\x01b\x0bc\x1f", 3),
        ("\x00\x1b\ufffd", 3),
        ("é\x7f", 0),
    ],
)
def test_decode_control_share_counts_c0_controls_but_whitespace(text, bad):
    """C0 controls other than tab, newline, CR and form feed count, and U+FFFD; DEL does not."""
    from cleaner.stages.decode import _control_byte_share, _control_share  # noqa: PLC0415

    assert _control_share(text) == bad / len(text)
    raw = text.replace("\ufffd", "").encode("utf-8")
    expected = sum(1 for b in raw if 0 < b < 32 and b not in (9, 10, 12, 13, 27))
    assert _control_byte_share(raw) == expected / len(raw)
