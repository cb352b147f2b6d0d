"""Stage `decode`: turn the raw input into text, or discard what is not text at all."""

from __future__ import annotations

import logging
import re
import unicodedata
from collections import Counter
from typing import Any

import charset_normalizer
from bs4.dammit import EncodingDetector, UnicodeDammit

from cleaner.document import Document
from cleaner.errors import Discard
from cleaner.surrogates import replace_surrogates

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


# Compressed data by its magic number, with how to decompress it: a page still compressed (an
# HTTP body read without its Content-Encoding, `cat a.html.gz | cleaner -`) was discarded as
# "binary: the input is mostly control characters" (bzip2, xz), which said neither what it was
# nor what to do (usertest, session 19).
_COMPRESSED: tuple[tuple[bytes, str, str], ...] = (
    (b"\x1f\x8b", "gzip", "gzip.decompress(raw), or zcat FILE | cleaner -"),
    (b"BZh", "bzip2", "bz2.decompress(raw), or bzcat FILE | cleaner -"),
    (b"\xfd7zXZ\x00", "xz", "lzma.decompress(raw), or xzcat FILE | cleaner -"),
    (b"(\xb5/\xfd", "zstd", "zstd -dc FILE | cleaner -"),
)


def _looks_binary(data: bytes) -> str | None:
    """The discard reason of bytes that are a binary file by their magic number, else None."""
    for magic, name, how in _COMPRESSED:
        if data.startswith(magic):
            if name == "bzip2" and data[3:4] not in b"123456789":
                continue  # "BZh" then a block size digit; a text page may open with "BZh"
            return f"binary: the input is {name}-compressed: decompress it first ({how})"
    for magic, name in _BINARY_MAGIC:
        if data.startswith(magic):
            return f"binary: the input is a {name} file, not a web page"
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


# A UTF-8 lead byte (C2-F4) then a continuation byte (80-BF), both read as Windows-1252 or
# Latin-1: "Ã©" for "é", "â€™" for "’", "â\x80\x94" for "—". Text that went through such a
# decode before it was saved is valid UTF-8 again, so no charset choice here can undo it: the
# bytes of wcxb-dev 0666, 4177 and 4656 (HTML and text scrapes alike) spell "â€™" themselves.
# The pair is only a hint; ftfy judges each line that holds one.
_MOJIBAKE_HINT = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
    "\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030"
    "\u2039\u203a\u20ac\u2122]"
)
# The same pairs in the text's UTF-8 bytes: a page is searched with this one, whose literal first
# byte lets the engine skip ahead (0.05 ms a page over the benchmark pages, where the character
# classes above cost 0.7 ms; 22 of 1,120 pages hold a pair).
_MOJIBAKE_HINT_UTF8 = re.compile(
    rb"\xc3[\x82-\xb4](?:\xc2[\x80-\xbf]|\xc5[\x92\x93\xa0\xa1\xb8\xbd\xbe]|\xc6\x92|\xcb[\x86\x9c]"
    rb"|\xe2(?:\x80[\x93\x94\x98-\x9a\x9c-\x9e\xa0-\xa2\xa6\xb0\xb9\xba]|\x82\xac|\x84\xa2))"
)


# A pair whose lead is Â, Ã, Ä or Å (Latin letters, nbsp and signs: "Ã©", "Â°", "Ä…"), or "â€"
# (quotes and dashes), is near-certain mojibake on its own; any other lead (à, Ð, ã, ...) is also
# a real letter followed by a sign in Latin-1 text ("àµ" passed for Malayalam "ൠ" in the property
# test test_clean_body_of_html_holds_only_input_words), so such pairs count only three or more to
# a line, as a whole mojibake line of Cyrillic, Greek or CJK text has many.
_STRONG_HINT = re.compile("[\u00c2-\u00c5][\u0080-\u00bf]|\u00e2[\u20ac\u0080]")
_WEAK_PAIRS_NEEDED = 3


def _worth_repairing(line: str) -> bool:
    """Whether a line holds mojibake strong enough to hand to ftfy (see `_STRONG_HINT`)."""
    if _STRONG_HINT.search(line):
        return True
    return len(_MOJIBAKE_HINT.findall(line)) >= _WEAK_PAIRS_NEEDED


# ftfy reads at most this many characters of a page (its own `fix_text` decodes segments of at
# most 1,000,000): 0.4 s for a one-line megabyte of mojibake, 0.9 s for one in 19,000 short lines.
# The largest benchmark page is 2 MB; a hostile 20 MB one must not cost ftfy twenty seconds.
_MAX_REPAIR_CHARS = 1_000_000


def repair_mojibake(text: str, utf8: bytes | None = None) -> str:
    """Undo UTF-8 text decoded as Windows-1252 or Latin-1 upstream ("â€™" back to "’").

    ftfy's `fix_encoding` decides, line by line (as its own `fix_text` works), and only on the
    lines holding a telltale pair of characters: its badness test over a whole page cost 30 ms
    on average over the benchmark pages, most of which need nothing. Lines that are right, or
    whose odd characters are real text, come back unchanged.

    Args:
        text: The decoded page.
        utf8: `text` encoded as UTF-8 when the caller has it already (the page's own bytes),
            to spare encoding it again.

    Returns:
        The text with its mojibake lines repaired, up to `_MAX_REPAIR_CHARS` characters of them.
    """
    if text.isascii():
        return text
    data = utf8 if utf8 is not None else text.encode("utf-8", "surrogatepass")
    if _MOJIBAKE_HINT_UTF8.search(data) is None:
        return text
    # Imported here: ftfy costs 25-40 ms of a process's first call (session 20's first-call
    # measurement), and only a page holding a mojibake hint needs it.
    from ftfy import fix_encoding  # noqa: PLC0415 - see the comment above

    out = []
    budget = _MAX_REPAIR_CHARS
    for line in text.splitlines(keepends=True):
        if len(line) <= budget and _MOJIBAKE_HINT.search(line) and _worth_repairing(line):
            budget -= len(line)
            out.append(fix_encoding(line))
        else:
            out.append(line)
    return "".join(out)


# The share of a BOM-less UTF-16 page's high bytes that are of two values, NUL among them
# (`_utf16_codec`): ASCII markup and one script's block. A single-byte page with a NUL in its first
# two bytes has dozens of values there.
_HIGH_BYTES_SHARE = 0.9
_WIDE_ENCODINGS = ("utf-16", "utf-16le", "utf-16be", "utf-32", "utf-32le", "utf-32be")
# The HTML standard's encoding labels that browsers read as Windows-1252, a superset whose
# 0x80-0x9F are curly quotes and dashes where Latin-1 has control characters.
_WEB_ALIASES = dict.fromkeys(
    ("iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii"), "cp1252"
)


def decode_bytes(data: bytes) -> str:
    """Decode page bytes: a BOM first, then a declared charset, then detection.

    A BOM or UTF-16 byte pattern, then UTF-8 if the bytes are valid UTF-8 (or UTF-8 with a
    broken sequence or two: a page cut inside a character), then the page's
    `<meta charset>` (Latin-1 labels read as Windows-1252, as browsers do), then
    charset-normalizer's guess; undecodable bytes are replaced.
    """
    return _decode(data)[0]


def _utf16_codec(data: bytes) -> str | None:
    """The UTF-16 codec of bytes that are UTF-16 by their BOM or their NUL bytes, else None.

    A BOM names the byte order ("utf-16" reads it). Without one, a page opening on ASCII ("<",
    a space) has a NUL in its first two bytes, and its characters' high bytes, every other
    byte, are NUL for ASCII and Latin-1 and one more value for most scripts (0x04 for
    Cyrillic, 0x06 for Arabic): a quarter of the bytes NUL, or `_HIGH_BYTES_SHARE` of one
    byte order's high bytes of two values, NUL among them (a Russian page has few NULs: its
    letters' high bytes are 0x04). The NUL bytes' places in the first 4 KB tell the byte
    order: little-endian puts the NUL after its letter ("<" then NUL). Read as little-endian, a
    big-endian page came out as CJK-looking nonsense ("㰀栀琀洀氀㸀" for "<html>"; session 23's
    review, tests/stages/test_decode.py).
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    if len(data) <= 3 or (data[0] != 0 and data[1] != 0):
        return None
    sample = data[:4096]
    little = sample[1::2].count(0) > sample[::2].count(0)
    if data.count(b"\x00") <= len(data) // 4:
        high = sample[1::2] if little else sample[::2]
        two = Counter(high).most_common(2)
        if 0 not in (b for b, _ in two) or sum(n for _, n in two) < _HIGH_BYTES_SHARE * len(high):
            return None
    return "utf-16-le" if little else "utf-16-be"


def _control_share_of_bytes(data: bytes) -> float:
    """The share of control characters at the start of the page, read as UTF-16 if it is.

    A UTF-16 page's bytes are full of control bytes in some scripts: each Cyrillic letter has a
    0x04 byte, Greek 0x03, Hebrew 0x05, Arabic 0x06, Thai 0x0E. Judged byte by byte, every such
    page was discarded as "binary" (session 23's review); judged as the characters its BOM or
    NUL bytes say (`_utf16_codec`), it is text, and a binary file is still mostly controls.
    """
    codec = _utf16_codec(data)
    if codec is None:
        return _control_byte_share(data)
    return _control_share(data[:8192].decode(codec, errors="replace"))


def _decode(data: bytes) -> tuple[str, bool]:
    """`decode_bytes`, and whether the text is the bytes read as UTF-8."""
    codec = _utf16_codec(data)
    if codec is not None:
        # UTF-16 with or without a BOM (`_utf16_codec`): its guess, then the guess with its
        # broken characters as U+FFFD (a page cut at an odd byte, a lone surrogate in a
        # script's string: read strictly by no codec, such a page went on to the single-byte
        # path, a NUL between every letter, and was discarded as "binary"; session 24's
        # review, tests/stages/test_decode.py), then the other byte orders, in case its guess
        # reads controls.
        readings = [(codec, "strict"), (codec, "replace")]
        readings += [
            (enc, "strict") for enc in ("utf-16", "utf-16-le", "utf-16-be") if enc != codec
        ]
        for enc, errors in readings:
            try:
                text = data.decode(enc, errors=errors)
            except UnicodeDecodeError:
                continue
            if _control_share(text) < _MAX_CONTROL_SHARE:
                return text, False
    if data.isascii():
        # Every ASCII-compatible charset reads ASCII bytes alike, so there is nothing to detect
        # (and UnicodeDammit warns "Some characters could not be decoded" on empty input).
        return data.decode("ascii"), False
    # Bytes that are valid UTF-8 and not plain ASCII are UTF-8 whatever the page declares:
    # multi-byte sequences almost never arise by chance in single-byte encodings, and pages
    # that declare Latin-1 but are saved as UTF-8 are common (fixtures/hostile/
    # lying-meta-charset.html).
    try:
        return data.decode("utf-8"), True
    except UnicodeDecodeError as exc:
        first_slip = exc
    slipped = _utf8_with_slips(data, first_slip)
    if slipped is not None:
        return slipped, False
    # A page that declares UTF-16 or UTF-32 but reaches here is not one: real UTF-16 was read
    # above, and a `<meta charset>` readable as ASCII rules the wide encodings out (the HTML
    # standard reads such a declaration as UTF-8). Left in, UnicodeDammit obeys the meta and
    # turns a Latin-1 page into CJK-looking nonsense (found by the usertest helper, session 16).
    return _decode_single_byte(data), False


# UTF-8 characters a page must hold for each broken sequence to be read as UTF-8 all the same.
# A page cut inside its last character (a download capped at N bytes) or holding a stray byte
# has one broken sequence for hundreds of characters; a single-byte charset's text is mostly
# broken sequences, with a few valid pairs by chance (Windows-1251 "Я»" is D0 BB).
_UTF8_CHARS_PER_SLIP = 10


def _utf8_with_slips(data: bytes, first_slip: UnicodeDecodeError) -> str | None:
    """The bytes read as UTF-8 with their few broken sequences as U+FFFD, else None.

    None unless the bytes hold `_UTF8_CHARS_PER_SLIP` UTF-8 characters for each broken
    sequence (more than one each where the page declares UTF-8), or their one broken sequence
    is a character cut at the end after at least one whole one (`first_slip`, strict UTF-8's
    error, says where). Strict UTF-8 failed on such a
    page and detection read all of it in another charset: 47 of the 145 non-ASCII UTF-8 golden
    pages, cut inside a character at 60% of their bytes, came out as mojibake ("EkvÃĪgen" for
    "Ekvägen") or UTF-16 nonsense (session 21's review).
    """
    if first_slip.end == len(data) and not data[: first_slip.start].isascii():
        # A download capped inside its last character, and valid UTF-8 before it: an English
        # page's few curly quotes fall short of the ratio below, and detection read one as Mac
        # Roman ("It‚Äôs"; tests/stages/test_decode.py). A single-byte page's bytes fail
        # before its last one but for a vanishing chance.
        return data.decode("utf-8", errors="replace")
    text = data.decode("utf-8", errors="replace")
    slips = text.count("\ufffd") - data.count("\ufffd".encode())
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore"))
    if slips <= 0:
        return None
    if non_ascii - slips >= _UTF8_CHARS_PER_SLIP * slips:
        return text
    # Fewer, but more whole characters than broken ones and the page declares UTF-8: the bytes
    # bear the declaration out (a stray byte in an English page with a few curly quotes went
    # to detection and came out Mac Roman; tests/stages/test_decode.py). A single-byte page
    # declaring UTF-8 holds hardly a whole one, and is still detected.
    if non_ascii - slips > slips and _declares_utf8(data):
        return text
    return None


def _declares_utf8(data: bytes) -> bool:
    """Whether the page's `<meta charset>` (or its XML declaration) names UTF-8."""
    declared = EncodingDetector.find_declared_encoding(data, is_html=True)
    return declared is not None and declared.lower().replace("_", "-") in {"utf-8", "utf8"}


class _DebugLog(logging.Logger):
    """A logger whose warnings go to this module's log at DEBUG (see `_QuietDammit`)."""

    def warning(self, msg: object, *args: object, **kwargs: Any) -> None:  # noqa: ANN401
        """Log `msg` at DEBUG in cleaner's log."""
        logger.debug(msg, *args, **kwargs)


class _QuietDammit(UnicodeDammit):
    """UnicodeDammit whose last resort says so at DEBUG, in cleaner's log.

    Reading bytes no charset reads whole, with U+FFFD, it logs "Some characters could not be
    decoded, and were replaced with REPLACEMENT CHARACTER." at WARNING on bs4's logger: the
    command line printed it for a binary file named .html in a folder, where a library logs
    nothing above DEBUG on a page (session 21's review); the U+FFFD in the text say as much.
    UnicodeDammit sets its logger in `__init__` and warns there, so the attribute is a
    property whose setter keeps this one.
    """

    @property
    def log(self) -> logging.Logger:
        """The logger UnicodeDammit warns on: `_DebugLog`."""
        return _DAMMIT_LOG

    @log.setter
    def log(self, value: logging.Logger) -> None:
        """Keep `_DAMMIT_LOG`: the logger UnicodeDammit's `__init__` sets is bs4's own."""


_DAMMIT_LOG = _DebugLog(__name__)


def _decode_single_byte(data: bytes) -> str:
    """Decode bytes that are not UTF-8: by their declared charset, else by detection."""
    declared = EncodingDetector.find_declared_encoding(data, is_html=True)
    if declared and declared.lower() not in _WIDE_ENCODINGS:
        for enc in (_WEB_ALIASES.get(declared.lower(), declared), declared):
            text = decode_declared(data, enc)
            if text is not None:
                return text
    # One detector, called here, not through UnicodeDammit: UnicodeDammit asks chardet when it
    # is installed and charset-normalizer otherwise, so the same bytes decoded apart on two
    # machines (round N's es-cronica-baloncesto-estadisticas-sin-charset-html read "Ibáńez"
    # for "Ibáñez" where chardet was missing; found by the usertest helper, session 17).
    guess = _guess_encoding(data)
    dammit = _QuietDammit(
        data,
        known_definite_encodings=[guess] if guess else [],
        is_html=True,
        exclude_encodings=_WIDE_ENCODINGS,
    )
    if dammit.unicode_markup is not None:
        return dammit.unicode_markup
    return data.decode("utf-8", errors="replace")


# A single-byte charset reads any bytes, so a wrong one (KOI8-R declared as Windows-1251, a
# Windows-1251 page declared as Latin-1) raises nothing and gave mojibake ("рТЙЧЕФ", "Ìîñêâå";
# session 19's review). Such text gives itself away in its words: a word of a non-Latin script
# in capitals or with a capital after a small letter (KOI8-R and Windows-1251 hold the same
# letters in swapped cases), three accented Latin letters in a row, a sign between two letters,
# ASCII and Cyrillic letters in one word. Of the words with a non-ASCII character, real text
# has few such: at most 6% on the 164 golden pages of 36 languages re-encoded in their legacy
# charset (Windows-125x, ISO-8859-7, TIS-620 ...) and rightly declared; a wrong Cyrillic charset
# 20-95%. Past `_ODD_WORDS_SHARE`, detection is asked too and its reading wins when it has at
# most half the odd words: on the 19 Cyrillic goldens re-encoded in six charsets and declared
# wrongly, 214 of 242 pages read right (most of the rest Mac-Cyrillic, which Windows-1251 reads
# but for capitals), and none of 38 declared rightly changes. No benchmark page comes here:
# all 3,910 pages and goldens are ASCII or UTF-8 but one, which declares no charset.
# A word: a run of letters, digits and non-ASCII signs, cut at spaces and at ASCII punctuation,
# so that markup does not glue to it ('class="x">Текст' read as one word mixing scripts: the
# right reading of real pages had 24-30% odd words, goldens bg-avtor-arhiv-statii-html and
# ru-forum-tema-kotel-html re-encoded).
_NON_ASCII_WORD = re.compile(r"[^\s!-/:-@\[-`{-~]*[^\x00-\x7f][^\s!-/:-@\[-`{-~]*")
_ODD_WORDS_SAMPLE = 1000
_ODD_WORDS_MIN = 10
_ODD_WORDS_SHARE = 0.15
# Signs that sit between two letters in real words: apostrophes, hyphens, the middle dot, and
# Hebrew's gershayim and geresh (acronyms 'צה״ל', loanwords 'צ׳יפס') and maqaf (the hyphen of
# 'בית־ספר'), all in Windows-1255: without them a rightly declared Hebrew news page read 31%
# odd words and was doubted (tests/stages/test_decode.py).
_IN_WORD_SIGNS = frozenset("’‘ʼ‐‑·״׳־")


def _odd_word(word: str) -> bool:
    """Whether a word with a non-ASCII character reads like a wrong charset's (see above)."""
    letters = [c for c in word if c.isalpha()]
    if not letters or all(c.isascii() for c in letters):
        return False
    if any(c.isascii() for c in letters) and any(ord(c) >= 0x370 for c in letters):
        return True  # Latin and Greek/Cyrillic/... letters in one word
    run = 0
    previous = ""
    for i, c in enumerate(word):
        if not c.isalpha():
            run = 0
            previous = ""
            if (
                not c.isascii()
                and c not in _IN_WORD_SIGNS
                and 0 < i < len(word) - 1
                and word[i - 1].isalpha()
                and word[i + 1].isalpha()
                and not unicodedata.category(c).startswith("M")
            ):
                return True  # a sign between two letters: "Љ®­дҐаҐ"
            continue
        if previous.islower() and c.isupper() and not (previous.isascii() and c.isascii()):
            return True  # "рТЙЧЕФ"
        run = run + 1 if not c.isascii() and ord(c) < 0x370 else 0
        if run >= 3:
            return True  # "Ìîñêâå"
        previous = c
    # In capitals: a word of a non-Latin script only (a Polish or Czech heading "ŹRÓDŁO" is right).
    return sum(1 for c in letters if ord(c) >= 0x370) >= 2 and all(c.isupper() for c in letters)


def _odd_words_share(text: str) -> float:
    """The share of odd words (`_odd_word`) among a sample of the words with non-ASCII.

    0 for a text with too few such words to judge.
    """
    words = _NON_ASCII_WORD.findall(text, 0, 200_000)[:_ODD_WORDS_SAMPLE]
    if len(words) < _ODD_WORDS_MIN:
        return 0.0
    return sum(map(_odd_word, words)) / len(words)


def decode_declared(data: bytes, charset: str) -> str | None:
    """Read bytes by a declared charset (a `<meta charset>`, an HTTP header's).

    A single-byte charset that reads them as nonsense gives way to detection's reading (see
    `_plausible_or_detected`): KOI8-R served as windows-1251 came out "рТЙЧЕФ".

    Returns:
        The text, or None when `charset` is no codec or the bytes do not fit it: detect then,
        as browsers do.
    """
    try:
        text = data.decode(charset)
    except (LookupError, ValueError):
        # ValueError, not only UnicodeDecodeError: a name holding a NUL byte ('utf-8\x00')
        # raises "embedded null character" (found by CI's fuzz run, session 19:
        # fixtures/hostile/meta-charset-with-nul.html).
        return None
    return _plausible_or_detected(data, text)


def _plausible_or_detected(data: bytes, text: str) -> str:
    """`text` (the bytes read by their declared charset), or detection's reading of them.

    Detection is asked when a single-byte declaration gives odd words, and wins when its
    reading has at most half as many.
    """
    if len(text) != len(data):
        return text  # a multi-byte charset: a wrong one fails to decode instead
    share = _odd_words_share(text)
    if share <= _ODD_WORDS_SHARE:
        return text
    # Not charset-normalizer's preemptive reading of the page's own <meta charset>: that is the
    # declaration in doubt (a short KOI8-R page declaring windows-1251 came back windows-1251:
    # fixtures/hostile/koi8r-declared-as-windows-1251.html).
    guess = _guess_encoding(data, trust_declaration=False)
    if guess is None:
        return text
    try:
        other = data.decode(guess)
    except (LookupError, ValueError):
        return text
    if _odd_words_share(other) * 2 > share:
        return text
    logger.info("decode: the declared charset reads as nonsense; %s reads as text", guess)
    return other


def _guess_encoding(data: bytes, *, trust_declaration: bool = True) -> str | None:
    """Return charset-normalizer's encoding for undeclared bytes, Windows-1252 on a tie.

    charset-normalizer scores single-byte encodings by how chaotic and how coherent the text
    reads; Windows-1250 and Windows-1252 read Spanish, French or German text alike but for a
    few letters, and it may list either first. Windows-1252 is what the HTML standard has
    browsers assume for an undeclared legacy page in most locales, so it wins a tie.
    """
    matches = list(charset_normalizer.from_bytes(data, preemptive_behaviour=trust_declaration))
    if not matches:
        return None
    best = matches[0]
    for match in matches:
        if (match.chaos, match.coherence) != (best.chaos, best.coherence):
            break
        if match.encoding == "cp1252":
            return "cp1252"
    return str(best.encoding)


class Decode:
    """Decode to text, repair mojibake, drop NULs and the BOM; discard empty, binary, huge input.

    Mojibake is UTF-8 text that was read as Windows-1252 before the page was saved ("â€™" for
    "’"); see `repair_mojibake`. It is repaired in `str` input too (a scrape saved as text).

    Reads: raw. Writes: decoded.

    Args:
        max_bytes: Inputs larger than this (in bytes, or characters for `str`) are discarded
            with reason "too_large" before any parsing.
    """

    name = "decode"

    def __init__(self, *, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        """Set the size limit.

        Raises:
            ValueError: `max_bytes` is not a positive whole number (every page would be
                discarded as too large).
        """
        if isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes < 1:
            raise ValueError(
                f"Decode(max_bytes={max_bytes!r}): give a positive number of bytes "
                f"(default {DEFAULT_MAX_BYTES})",
            )
        self.max_bytes = max_bytes

    def __call__(self, doc: Document) -> Document:
        """Decode `doc.raw` into `doc.decoded`."""
        raw = doc.raw
        # Named before the size check: a compressed page says how to decompress it at any size
        # (as `clean()` said before the check moved here from cleaner.api).
        binary = _looks_binary(raw) if isinstance(raw, bytes) else None
        if binary is not None:
            raise Discard(binary)
        if len(raw) > self.max_bytes:
            raise Discard(f"too_large: {len(raw)} > {self.max_bytes} (see Decode(max_bytes=...))")
        if isinstance(raw, bytes):
            # Judged on the bytes, before decoding: a charset detector may read control-
            # character soup as UTF-16 and hand back printable nonsense (seen with
            # charset-normalizer alone, without chardet installed).
            if _control_share_of_bytes(raw) > _MAX_CONTROL_SHARE:
                raise Discard("binary: the input is mostly control characters")
            text, is_utf8 = _decode(raw)
            text = repair_mojibake(text, raw if is_utf8 else None)
        else:
            text = repair_mojibake(raw)
            text = replace_surrogates(text)  # lxml stops parsing at a lone surrogate
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
