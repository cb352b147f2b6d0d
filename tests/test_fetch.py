"""cleaner.fetch against a real HTTP server that the test starts on 127.0.0.1."""

from __future__ import annotations

import gzip
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

import cleaner
from cleaner.fetcher import (
    BlockedAddressError,
    ConnectionFailedError,
    ContentEncodingError,
    ContentTypeError,
    FetchTimeoutError,
    HTTPStatusError,
    ResponseTooLargeError,
    TooManyRedirectsError,
    UnsupportedURLError,
    fetch,
)

PAGE = (
    "<html><head><title>Café news</title></head><body><article><h1>Café news</h1>"
    + "<p>The café on the corner reopened on Monday after a long renovation, its owner said.</p>"
    * 5
    + "</article></body></html>"
)
# The endless body stops by itself after this many chunks, so no test can leave it running.
MAX_CHUNKS = 2000


class Handler(BaseHTTPRequestHandler):
    """Serves one behaviour per path."""

    def log_message(self, *args: object) -> None:
        """Keep the test output quiet."""

    def _send(self, status: int, body: bytes, ctype: str = "text/html; charset=iso-8859-1") -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except OSError:
            return  # the client gave up first: that is what some tests check

    def do_GET(self) -> None:  # noqa: C901, PLR0912, PLR0915 - one branch per behaviour under test
        path = self.path
        if path == "/page":
            self._send(200, PAGE.encode("iso-8859-1"))
        elif path == "/slow":
            time.sleep(1)
            self._send(200, b"late")
        elif path == "/endless":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(MAX_CHUNKS):
                    self.wfile.write(b"<p>more and more</p>" * 100)
            except OSError:
                return
        elif path == "/trickle":
            # A few bytes every 0.05 s, for 3 s at most: never silent long enough for a read
            # timeout, so only the total deadline can stop it.
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(60):
                    self.wfile.write(b"<p>x</p>")
                    self.wfile.flush()
                    time.sleep(0.05)
            except OSError:
                return
        elif path == "/huge-declared":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(10**10))
            self.end_headers()
        elif path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop2")
            self.end_headers()
        elif path == "/loop2":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.end_headers()
        elif path == "/utf8-declared-latin1":
            self._send(200, PAGE.encode("utf-8"))
        elif path == "/hop":
            self.send_response(301)
            self.send_header("Location", "/page")
            self.end_headers()
        elif path in ("/brotli", "/zstd"):
            # A server (or CDN) that compresses though the client asked for no encoding.
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Encoding", path[1:].replace("brotli", "br"))
            self.send_header("Content-Length", "10")
            self.end_headers()
            self.wfile.write(b"\x1b\x0b\x00\xf8\xa5\x9c\x8c\x03\x00\x00")
        elif path == "/gzip-bomb":
            body = gzip.compress(b"\0" * 60_000_000, compresslevel=9)
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            try:
                self.wfile.write(body)
            except OSError:
                return
        elif path == "/image":
            self._send(200, b"\x89PNG\r\n\x1a\n" + bytes(100), ctype="image/png")
        else:
            self._send(404, b"not here")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """A threaded HTTP server on 127.0.0.1 with an ephemeral port."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_fetch_reads_page_with_header_charset(server):
    """A page is fetched, decoded by its header charset, and cleans."""
    page = fetch(f"{server}/page", allow_private=True)
    assert page.status == 200
    assert page.charset == "iso-8859-1"
    assert "café on the corner" in page.text
    article = cleaner.clean(page.text, url=page.url)
    assert any("café on the corner" in p for p in article.body)


def test_fetch_refuses_loopback_without_allow_private(server):
    """A loopback address is refused unless the caller allows private addresses."""
    with pytest.raises(BlockedAddressError, match="allow_private"):
        fetch(f"{server}/page")


@pytest.mark.parametrize(
    "url", ["ftp://example.org/x", "file:///etc/passwd", "javascript:alert(1)", "http:///nohost"]
)
def test_fetch_refuses_other_schemes_and_hostless_urls(url):
    """Only http(s) URLs with a host are fetched."""
    with pytest.raises(UnsupportedURLError):
        fetch(url)


def test_fetch_text_reads_utf8_bytes_as_utf8_whatever_the_header_says(server):
    """A page saved as UTF-8 behind a Latin-1 header reads right, not as mojibake."""
    page = fetch(f"{server}/utf8-declared-latin1", allow_private=True)
    assert page.charset == "iso-8859-1"
    assert "Café news" in page.text
    assert "Ã" not in page.text


def test_fetch_says_how_to_write_a_url_without_scheme():
    """A bare host and path is refused with the full URL to write instead."""
    with pytest.raises(UnsupportedURLError, match=r"like https://example\.org/news/1"):
        fetch("example.org/news/1")


@pytest.mark.parametrize(
    ("url", "hint"),
    [(b"https://e.org/", "decode it first"), (None, "give its address"), (5, "give its address")],
)
def test_fetch_says_what_to_do_with_a_url_that_is_no_str(url, hint):
    """Bytes are to be decoded; None or a number is no address to decode (it said so too)."""
    with pytest.raises(TypeError, match=f"fetch takes the URL as a str, got .*: {hint}$"):
        cleaner.fetch(url)


def test_fetch_reports_a_refused_connection_as_such_not_as_a_timeout():
    """A closed port fails at once as ConnectionFailedError; it was a FetchTimeoutError."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    # The port is closed now: connecting to it is refused.
    with pytest.raises(ConnectionFailedError, match="refused"):
        fetch(f"http://127.0.0.1:{port}/", allow_private=True, timeout=5)


def test_fetch_times_out_on_a_slow_server(server):
    """A server silent for longer than the timeout raises FetchTimeoutError."""
    with pytest.raises(FetchTimeoutError):
        fetch(f"{server}/slow", allow_private=True, timeout=0.2)


def test_fetch_deadline_holds_against_a_trickling_body(server):
    """A body that trickles in a few bytes at a time stops at the deadline, not at its end."""
    started = time.monotonic()
    with pytest.raises(FetchTimeoutError, match=r"longer than 0\.5s"):
        fetch(f"{server}/trickle", allow_private=True, timeout=1, deadline=0.5)
    # Before the fix one read waited for 64 KB, so the fetch ran until the server stopped (3 s).
    assert time.monotonic() - started < 2


def test_fetch_stops_reading_an_endless_body(server):
    """An endless body stops at the size cap."""
    with pytest.raises(ResponseTooLargeError, match="max_bytes"):
        fetch(f"{server}/endless", allow_private=True, max_bytes=200_000)


def test_fetch_refuses_a_declared_oversize_body(server):
    """A Content-Length over the cap fails before reading."""
    with pytest.raises(ResponseTooLargeError):
        fetch(f"{server}/huge-declared", allow_private=True, max_bytes=1000)


def test_fetch_breaks_redirect_loops(server):
    """A redirect loop raises TooManyRedirectsError."""
    with pytest.raises(TooManyRedirectsError):
        fetch(f"{server}/loop", allow_private=True)


def test_fetch_follows_a_relative_redirect(server):
    """A redirect is followed and recorded."""
    page = fetch(f"{server}/hop", allow_private=True)
    assert page.url.endswith("/page")
    assert page.redirects == (f"{server}/hop",)


def test_fetch_refuses_wrong_content_type(server):
    """An image is not a page."""
    with pytest.raises(ContentTypeError, match="image/png"):
        fetch(f"{server}/image", allow_private=True)


def test_fetch_raises_on_http_error_status(server):
    """A 404 raises HTTPStatusError carrying the status."""
    with pytest.raises(HTTPStatusError) as info:
        fetch(f"{server}/missing", allow_private=True)
    assert info.value.status == 404


@pytest.mark.parametrize(
    "raw", ["<html><body><p>A page.</p></body></html>", "A page of text, not an address."]
)
def test_fetch_says_a_page_is_no_url(raw):
    """A page passed to fetch() was told 'write it in full, like https://<html>...'."""
    with pytest.raises(UnsupportedURLError, match=r"not a URL.*cleaner\.clean\(\)"):
        fetch(raw)


def test_fetch_raises_type_error_on_bytes():
    """fetch(b'https://...') failed as the unsupported scheme "b'https'"."""
    with pytest.raises(TypeError, match="as a str"):
        fetch(b"https://example.org/")  # type: ignore[arg-type]


def test_fetch_takes_a_url_with_its_newline(server):
    """A URL read from a file with its line end is fetched (urllib3 refused the newline)."""
    page = fetch(f"{server}/page\n", allow_private=True)
    assert page.status == 200


def test_fetch_says_what_to_check_when_a_name_does_not_resolve(monkeypatch: pytest.MonkeyPatch):
    """With no network, fetch said 'cannot resolve example.org: [Errno -2] Name or service not
    known' and nothing of what to check."""

    def no_dns(*args: object, **kwargs: object) -> object:
        raise socket.gaierror(-2, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_dns)
    with pytest.raises(ConnectionFailedError, match="check the address and the network"):
        fetch("https://example.org/news/1")


@pytest.mark.parametrize(
    ("path", "options", "keyword"),
    [
        ("/slow", {"timeout": 0.2}, "timeout="),
        ("/trickle", {"timeout": 1, "deadline": 0.5}, "deadline="),
    ],
)
def test_fetch_timeouts_name_the_option_to_raise(server, path, options, keyword):
    """'took longer than 0.5s' and 'did not answer within 0.2s' did not say which limit to raise."""
    with pytest.raises(FetchTimeoutError, match=keyword):
        fetch(f"{server}{path}", allow_private=True, **options)


_RU_PAGE = (
    "<html><head><title>Новости</title></head><body><article><h1>Конференция в Москве</h1>"
    + "<p>В Москве прошла конференция, посвящённая развитию городской среды и новым правилам "
    "благоустройства дворов.</p>" * 4 + "</article></body></html>"
)


@pytest.mark.parametrize(("codec", "header"), [("koi8-r", "windows-1251"), ("cp1251", "koi8-r")])
def test_fetched_text_overrules_a_header_charset_that_makes_cyrillic_nonsense(codec, header):
    """A server that names the wrong Cyrillic charset gave "лПОЖЕТЕОГЙС" in `text` (and so in the
    README's clean(page.text)); the decode stage's judgement of a declaration holds here too."""
    from cleaner.fetcher import Fetched  # noqa: PLC0415

    page = Fetched(url="https://e.org/", status=200, content=_RU_PAGE.encode(codec), charset=header)
    assert "Конференция в Москве" in page.text


@pytest.mark.parametrize(("path", "encoding"), [("/brotli", "br"), ("/zstd", "zstd")])
def test_fetch_names_a_body_compressed_in_a_way_it_cannot_undo(
    server, monkeypatch: pytest.MonkeyPatch, path: str, encoding: str
):
    """A body in a Content-Encoding urllib3 cannot undo (brotli without the brotli package)
    came back as the page, compressed bytes cleaned into "binary: ..." or nonsense."""
    import urllib3.response  # noqa: PLC0415

    # As without the brotli package (urllib3 lists the encodings it can undo at import).
    decoders = ["gzip", "x-gzip", "deflate"]
    monkeypatch.setattr(urllib3.response.BaseHTTPResponse, "CONTENT_DECODERS", decoders)
    with pytest.raises(ContentEncodingError, match=f"Content-Encoding: {encoding}") as info:
        fetch(f"{server}{path}", allow_private=True)
    if encoding == "br":
        assert "pip install brotli" in str(info.value)


def test_fetch_caps_a_gzip_bomb_by_its_decompressed_size(server):
    """60 MB of zeros sent gzipped (58 KB on the wire) is stopped at the size cap."""
    with pytest.raises(ResponseTooLargeError):
        fetch(f"{server}/gzip-bomb", allow_private=True, max_bytes=1_000_000)
