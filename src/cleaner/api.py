"""The front door: `DEFAULT` pipeline and `clean()`."""

from __future__ import annotations

import regex

from cleaner import stages
from cleaner.batch import FETCHED_HINT, is_fetched
from cleaner.document import Article, Document
from cleaner.pipeline import Pipeline
from cleaner.rules import is_language_tag, language_tag
from cleaner.sources import is_mhtml, unwrap_mhtml

DEFAULT = Pipeline(
    [
        stages.decode,
        stages.detect,
        stages.extract_html,
        stages.text_forms,
        stages.extract_text,
        stages.detect_language,
        stages.strip_boilerplate,
        stages.normalize,
        stages.captions,
        stages.byline,
        stages.metadata,
        stages.judge,
    ],
)
"""The default pipeline. Edit a copy with `without`, `replace` and `insert`."""

# A page that is nothing but one web address: the caller passed the URL, not the page it names.
_URL_ONLY = regex.compile(rb"\s*https?://\S+\s*", regex.IGNORECASE)
_URL_ONLY_MAX = 8192  # bytes; longer inputs are pages (the longest URL browsers take is ~2 kB)

# A page that is nothing but a file's name: the caller passed the path, not the file's content.
# One line of at most 255 characters (a file name's usual limit): a page that short is no
# article anyway, so a one-line scrape ending in "story.html" loses nothing but a vaguer reason.
_PATH_ONLY = regex.compile(
    rb"\s*[^\n<>]{1,255}\.(?:html?|xhtml|shtml|mht(?:ml)?|txt|jsonl|ndjson|warc|arc)(?:\.gz)?\s*",
    regex.IGNORECASE,
)


# What the caller passed instead of a page, and the discard reason that says so.
_NOT_A_PAGE = (
    (
        _PATH_ONLY,
        (
            "path: the input is a file's name, not a page: read the file first "
            "(cleaner.clean(Path(name).read_bytes()))"
        ),
    ),
    (
        _URL_ONLY,
        (
            "url: the input is a web address, not a page: fetch it first "
            "(page = cleaner.fetch(address); cleaner.clean(page.text, url=page.url))"
        ),
    ),
)


_NO_HTML_PART = "empty: the input is a MIME archive (MHTML) with no HTML part"


def check_options(url: object, lang: object) -> None:
    """Raise the error `clean()` raises on a wrong `url` or `lang`; the command line checks too.

    Raises:
        TypeError: `url` or `lang` is not a `str` or None.
        ValueError: `lang` is not a language tag ("english" instead of "en").
    """
    for name, value in (("url", url), ("lang", lang)):
        if value is not None and not isinstance(value, str):
            # A stage failed on it later, and the page came back discarded as an "error: ...".
            raise TypeError(f"{name} must be a str or None, got {type(value).__name__}")
    assert lang is None or isinstance(lang, str)
    tag = language_tag(lang)
    if tag is not None and not is_language_tag(tag):
        # A stage would read it as an unknown language and quietly fall back to English rules.
        raise ValueError(
            f"lang must be an ISO 639 code such as 'en', 'de' or 'pt-BR', got {lang!r}"
        )


def _only(raw: object, pattern: regex.Pattern[bytes]) -> bool:
    """Whether `raw` is one short line that `pattern` matches whole (an address, a file name)."""
    if not isinstance(raw, (str, bytes, bytearray, memoryview)) or len(raw) > _URL_ONLY_MAX:
        return False  # a page's length is checked before any copy: it costs nothing on pages
    data = raw.encode("utf-8", "replace") if isinstance(raw, str) else bytes(raw)
    return pattern.fullmatch(data) is not None


def clean(
    raw: str | bytes | Document,
    *,
    url: str | None = None,
    lang: str | None = None,
    pipeline: Pipeline | None = None,
) -> Article:
    r"""Clean one page, HTML or a plain-text scrape, and return its Article.

    Never raises on `str` or `bytes` input: a page with nothing to keep comes back with
    `discarded` set to the reason and an empty body. A web address alone is not a page: it
    comes back discarded as `"url: ..."`, which says to fetch it first (`cleaner.fetch`), and a
    file's name alone (`"page.html"`) as `"path: ..."`, which says to read the file first.

    Args:
        raw: The page as `str` or `bytes` (bytes are decoded from the BOM, the page's declared
            charset, or detection), or a `Document` (a custom stage's tests build them).
        url: The page's address, used for metadata and relative links.
        lang: ISO 639 code of the page's language, a region maybe ("de", "en-GB", "pt_BR";
            any case); detected when None.
        pipeline: The pipeline to run; `DEFAULT` when None.

    Returns:
        The Article.

    Raises:
        TypeError: `raw` is not `str` or `bytes`, `url` or `lang` is not `str` or None, or
            `pipeline` is not a `Pipeline`.
        ValueError: `lang` is not a language tag ("english" instead of "en").

    Example:
        >>> import cleaner
        >>> paragraphs = "<p>A sentence of the article.</p>" * 5
        >>> page = f"<html><body><article><h1>Hi</h1>{paragraphs}</article></body></html>"
        >>> cleaner.clean(page).kind
        'html'
    """
    # The type check of `raw` (TypeError on None, int, ...) lives in Pipeline.__call__, so a
    # custom pipeline called directly checks the same way.
    check_options(url, lang)
    if is_fetched(raw):
        raise TypeError(f"clean takes a page, not a cleaner.fetch response: {FETCHED_HINT}")
    if pipeline is not None and not isinstance(pipeline, Pipeline):
        # A list of stages failed with "'list' object is not callable".
        raise TypeError(
            f"pipeline must be a cleaner.Pipeline, got {type(pipeline).__name__}: build one with "
            "cleaner.Pipeline([...]) or edit a copy of cleaner.DEFAULT (insert, replace, without)",
        )
    # cleaner.clean("page.html") or clean("https://...") came back as a text page titled with
    # the name and discarded as 'not_article: 0 words', which never said what went wrong.
    for pattern, reason in _NOT_A_PAGE:
        if _only(raw, pattern):
            return Article(url=url, lang=language_tag(lang), discarded=reason)
    if isinstance(raw, (str, bytes)) and is_mhtml(raw):
        # A browser's "Webpage, Single File" (.mhtml) was cleaned as text: its quoted-printable
        # source was the article. Its HTML part is the page, its address the url.
        unwrapped = unwrap_mhtml(raw)
        if unwrapped is None:
            return Article(url=url, lang=language_tag(lang), discarded=_NO_HTML_PART)
        raw, url = unwrapped[0], url or unwrapped[1]
    return (pipeline or DEFAULT)(raw, url=url, lang=lang)
