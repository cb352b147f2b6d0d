"""A safe fetch for users who start from URLs: `cleaner.fetch(url)` then `cleaner.clean(...)`.

Fetching is an edge function, never hidden inside a stage: the pipeline stays pure and
testable, and a batch that starts from URLs decides its own concurrency and politeness.

What makes it safe for unattended runs over URLs someone else chose:

- http and https only;
- connect and read timeouts, and a total deadline for the whole body;
- a size cap that stops reading (the body is streamed, never loaded whole first);
- a bounded number of redirects, each hop checked again;
- private, loopback, link-local and other non-public addresses refused unless the caller allows
  them (so a page cannot make the fetcher reach the machine's own services);
- a specific exception type for every failure.

Example:
    >>> import cleaner
    >>> page = cleaner.fetch("https://example.org/news/1")  # doctest: +SKIP
    >>> article = cleaner.clean(page.text, url=page.url)  # doctest: +SKIP
"""

from __future__ import annotations

import ipaddress
import logging
import re
import socket
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from email.message import Message
from urllib.parse import urljoin, urlsplit

import urllib3

from cleaner.errors import CleanerError
from cleaner.stages.decode import DEFAULT_MAX_BYTES, decode_bytes, decode_declared

logger = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 10.0
"""Seconds to connect, and seconds of silence allowed while reading."""
DEFAULT_DEADLINE = 30.0
"""Seconds for the whole response, however slowly it trickles in."""
DEFAULT_MAX_REDIRECTS = 5
"""Redirects followed; browsers allow 20, but article pages need at most two or three."""
_CHUNK = 64 * 1024
_PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml")
_USER_AGENT = "cleaner (+https://pypi.org/project/scrape-cleaner/)"


class FetchError(CleanerError):
    """Base class of every fetch failure.

    Attributes:
        url: The address that failed.
    """

    def __init__(self, message: str, *, url: str) -> None:
        """Create the error for `url`."""
        super().__init__(message)
        self.url = url


class UnsupportedURLError(FetchError):
    """The URL is not http(s), or has no host."""


class BlockedAddressError(FetchError):
    """The host resolves to a private, loopback, link-local or otherwise non-public address."""


class FetchTimeoutError(FetchError):
    """The server did not answer, or the body did not arrive, in time."""


class ResponseTooLargeError(FetchError):
    """The body is larger than the size cap."""


class TooManyRedirectsError(FetchError):
    """The server redirected more often than allowed (or in a loop)."""


class HTTPStatusError(FetchError):
    """The server answered with an error status (4xx or 5xx).

    Attributes:
        status: The HTTP status code.
    """

    def __init__(self, message: str, *, url: str, status: int) -> None:
        """Create the error with the status."""
        super().__init__(message, url=url)
        self.status = status


class ContentTypeError(FetchError):
    """The response is not a web page (an image, a PDF, a video...)."""


class ContentEncodingError(FetchError):
    """The body is compressed in a way that cannot be undone here (brotli without its package)."""


class ConnectionFailedError(FetchError):
    """The host could not be resolved or reached."""


@dataclass(frozen=True, slots=True)
class Fetched:
    """A fetched page.

    Attributes:
        url: The final address, after redirects.
        status: The HTTP status code.
        content: The body bytes (at most the size cap).
        content_type: The media type from the Content-Type header, lower-case.
        charset: The charset the headers declare, or None.
        redirects: The addresses passed through before `url`.
    """

    url: str
    status: int
    content: bytes
    content_type: str = ""
    charset: str | None = None
    redirects: tuple[str, ...] = field(default=())

    @property
    def text(self) -> str:
        """The body as text: the header charset first, then the page's own, then detection.

        Non-ASCII bytes that are valid UTF-8 are read as UTF-8 whatever the header says, as
        the decode stage does: servers that declare Latin-1 for pages saved as UTF-8 are
        common, and `text` gave mojibake for them ("CafÃ©").
        """
        if self.charset:
            if not self.content.isascii():
                try:
                    return self.content.decode("utf-8")
                except UnicodeDecodeError:
                    pass
            # A wrong single-byte charset (KOI8-R served as windows-1251) is judged as the
            # decode stage judges a <meta charset>: `text` was "лПОЖЕТЕОГЙС".
            text = decode_declared(self.content, self.charset)
            if text is not None:
                return text
            logger.info("declared charset %r failed for %s; detecting", self.charset, self.url)
        return decode_bytes(self.content)


def _cause(exc: Exception) -> str:
    """The operating system's words for a failed connection ("Connection refused")."""
    text = str(exc)
    return text.rsplit("] ", 1)[-1] if "] " in text else text


def _given_url(url: object) -> str:
    """The caller's URL without surrounding whitespace; TypeError or UnsupportedURLError if none."""
    if not isinstance(url, str):
        # b"https://..." read as the scheme "b'https'", and failed as an unsupported scheme.
        # "decode it first" suits bytes only: fetch(None) said it too (session 23's review).
        hint = "decode it first" if isinstance(url, (bytes, bytearray)) else "give its address"
        raise TypeError(f"fetch takes the URL as a str, got {type(url).__name__}: {hint}")
    # A URL read from a file keeps its newline: urllib3 then failed on it.
    url = url.strip()
    if _NOT_A_URL.search(url):
        # A page's content passed here was told "write it in full, like https://<html>...".
        raise UnsupportedURLError(
            f"not a URL: {url[:60]!r}{'...' if len(url) > 60 else ''} holds spaces or markup; "
            "to clean a page you already have, pass it to cleaner.clean()",
            url=url,
        )
    return url


_NOT_A_URL = re.compile(r"[\s<>]")  # never in a URL (RFC 3986 escapes them); always in markup


def _check_url(url: str) -> tuple[str, int]:
    parts = urlsplit(url)
    if not parts.scheme:
        raise UnsupportedURLError(
            f"the URL has no scheme: {url}; write it in full, like https://{url.lstrip('/')}",
            url=url,
        )
    if parts.scheme not in {"http", "https"}:
        raise UnsupportedURLError(
            f"only http and https URLs can be fetched, not {parts.scheme}: {url}",
            url=url,
        )
    if not parts.hostname:
        raise UnsupportedURLError(f"the URL has no host: {url}", url=url)
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as exc:
        raise UnsupportedURLError(f"bad port in {url}", url=url) from exc
    return parts.hostname, port


def _check_address(host: str, port: int, *, url: str, allow_private: bool) -> None:
    try:
        infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    except OSError as exc:
        # It gave the resolver's words alone ("Name or service not known"): no word of what
        # to check, which is mostly the spelling or a machine that is offline.
        raise ConnectionFailedError(
            f"cannot resolve {host}: {exc}: check the address and the network (is this "
            "machine online, or behind a proxy?)",
            url=url,
        ) from exc
    if allow_private:
        return
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])
        if not address.is_global or address.is_multicast:
            raise BlockedAddressError(
                f"{host} resolves to the non-public address {address}; pass "
                "allow_private=True to fetch from local or private networks",
                url=url,
            )


def _content_type(headers: urllib3.HTTPHeaderDict) -> tuple[str, str | None]:
    msg = Message()
    msg["content-type"] = headers.get("content-type", "")
    media = msg.get_content_type().lower() if headers.get("content-type") else ""
    charset = msg.get_param("charset")
    return media, charset if isinstance(charset, str) else None


def fetch(  # noqa: PLR0913 - each limit is its own keyword
    url: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    deadline: float = DEFAULT_DEADLINE,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_redirects: int = DEFAULT_MAX_REDIRECTS,
    allow_private: bool = False,
    pool: urllib3.PoolManager | None = None,
) -> Fetched:
    """Fetch one page over http(s), within limits, and return its bytes and charset.

    Args:
        url: The page's address (http or https).
        timeout: Seconds to connect, and seconds of silence allowed while reading.
        deadline: Seconds for the whole exchange, redirects included.
        max_bytes: Stop reading and fail past this many body bytes (the same default limit as
            `clean()` applies to its input).
        max_redirects: Redirects to follow before failing.
        allow_private: Also fetch from private, loopback and link-local addresses (for
            intranets and tests). Off by default.
        pool: A urllib3 PoolManager to reuse connections across calls.

    Returns:
        The Fetched page.

    Raises:
        TypeError: `url` is not a str.
        UnsupportedURLError: Not an http(s) URL (or no URL at all: spaces, markup).
        BlockedAddressError: The host is not on the public internet and `allow_private` is off.
        ConnectionFailedError: The host cannot be resolved or reached.
        FetchTimeoutError: No answer within `timeout`, or the body took longer than `deadline`.
        TooManyRedirectsError: More than `max_redirects` redirects.
        HTTPStatusError: A 4xx or 5xx status.
        ContentTypeError: The response is not HTML or text.
        ContentEncodingError: The body is compressed in a way that cannot be undone here
            (brotli without the brotli package).
        ResponseTooLargeError: The body is larger than `max_bytes`.
    """
    url = _given_url(url)
    http = pool or urllib3.PoolManager(headers={"User-Agent": _USER_AGENT})
    started = time.monotonic()
    seen: list[str] = []
    current = url
    while True:
        host, port = _check_url(current)
        _check_address(host, port, url=current, allow_private=allow_private)
        remaining = deadline - (time.monotonic() - started)
        if remaining <= 0:
            raise FetchTimeoutError(
                f"{url} took longer than {deadline:g}s: raise deadline= if the server is slow",
                url=url,
            )
        try:
            response = http.request(
                "GET",
                current,
                preload_content=False,
                redirect=False,
                retries=False,
                timeout=urllib3.Timeout(connect=timeout, read=min(timeout, remaining)),
            )
        except urllib3.exceptions.NewConnectionError as exc:
            # Caught before TimeoutError, which urllib3 makes it a subclass of: a refused
            # connection was reported as "did not answer within 10s", at once.
            raise ConnectionFailedError(
                f"cannot connect to {host} port {port}: {_cause(exc)}", url=current
            ) from exc
        except urllib3.exceptions.TimeoutError as exc:
            raise FetchTimeoutError(
                f"{current} did not answer within {timeout:g}s: raise timeout= if the server "
                "is slow",
                url=current,
            ) from exc
        except urllib3.exceptions.HTTPError as exc:
            raise ConnectionFailedError(f"cannot fetch {current}: {exc}", url=current) from exc
        try:
            if response.status in {301, 302, 303, 307, 308} and response.headers.get("location"):
                seen.append(current)
                target = urljoin(current, response.headers["location"])
                if len(seen) > max_redirects or target in seen:
                    raise TooManyRedirectsError(
                        f"{url} redirected more than {max_redirects} times or in a loop "
                        f"(last: {target}); raise max_redirects if this is expected",
                        url=url,
                    )
                current = target
                continue
            if response.status >= 400:
                raise HTTPStatusError(
                    f"{current} answered HTTP {response.status}",
                    url=current,
                    status=response.status,
                )
            media, charset = _content_type(response.headers)
            if media and media not in _PAGE_TYPES:
                raise ContentTypeError(
                    f"{current} is {media}, not a web page; cleaner reads HTML and text",
                    url=current,
                )
            _check_encoding(response.headers, current)
            content = _read_capped(
                response,
                current,
                max_bytes=max_bytes,
                started=started,
                deadline=deadline,
                timeout=timeout,
            )
            return Fetched(
                url=current,
                status=response.status,
                content=content,
                content_type=media,
                charset=charset,
                redirects=tuple(seen),
            )
        finally:
            response.release_conn()


def _check_encoding(headers: Mapping[str, str], url: str) -> None:
    """Refuse a body whose Content-Encoding urllib3 cannot undo.

    urllib3 undoes gzip and deflate, brotli ("br") with the brotli package, zstd with zstandard;
    any other it hands back as it came, and the compressed bytes were cleaned as the page
    ("binary: ..." or nonsense; session 20's review). No Accept-Encoding is sent, but servers
    and CDNs compress anyway.
    """
    value = (headers.get("content-encoding") or "").lower()
    decoders = urllib3.response.BaseHTTPResponse.CONTENT_DECODERS
    for encoding in (part.strip() for part in value.split(",")):
        if encoding in ("", "identity") or encoding in decoders:
            continue
        remedy = (
            "install brotli to read it: "
            "pip install brotli (or pip install 'scrape-cleaner[brotli]')"
            if encoding == "br"
            else "it cannot be undone here"
        )
        raise ContentEncodingError(
            f"{url} sent its page compressed (Content-Encoding: {encoding}): {remedy}", url=url
        )


def _read_capped(  # noqa: PLR0913 - the limits travel together
    response: urllib3.BaseHTTPResponse,
    url: str,
    *,
    max_bytes: int,
    started: float,
    deadline: float,
    timeout: float,
) -> bytes:
    declared = response.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise ResponseTooLargeError(
            f"{url} declares {declared} bytes, over the {max_bytes}-byte cap (max_bytes)",
            url=url,
        )
    chunks: list[bytes] = []
    size = 0
    try:
        while True:
            remaining = deadline - (time.monotonic() - started)
            if remaining <= 0:
                raise FetchTimeoutError(
                    f"{url} took longer than {deadline:g}s: raise deadline= if the server is slow",
                    url=url,
                )
            _limit_wait(response, min(timeout, remaining))
            # read1, not stream(): stream(n) blocks until n bytes have come, so a server that
            # trickles a few bytes every second kept one read going far past the deadline
            # (a 6 s deadline took 50 s); read1 returns whatever one receive brings.
            chunk = response.read1(_CHUNK)
            if not chunk:
                break
            size += len(chunk)
            if size > max_bytes:
                raise ResponseTooLargeError(
                    f"{url} sent more than {max_bytes} bytes (max_bytes); reading stopped",
                    url=url,
                )
            chunks.append(chunk)
    except urllib3.exceptions.TimeoutError as exc:
        raise FetchTimeoutError(
            f"{url} stalled for more than {timeout:g}s: raise timeout= if the server is slow",
            url=url,
        ) from exc
    except urllib3.exceptions.HTTPError as exc:
        raise ConnectionFailedError(f"reading {url} failed: {exc}", url=url) from exc
    return b"".join(chunks)


def _limit_wait(response: urllib3.BaseHTTPResponse, seconds: float) -> None:
    """Let the next receive wait at most `seconds`, so the deadline holds within one read."""
    connection = getattr(response, "connection", None)
    sock = getattr(connection, "sock", None)
    if isinstance(sock, socket.socket):
        sock.settimeout(max(seconds, 0.001))
