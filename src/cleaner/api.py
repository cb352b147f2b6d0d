"""The front door: `DEFAULT` pipeline and `clean()`."""

from __future__ import annotations

import regex

from cleaner import stages
from cleaner.document import Article
from cleaner.pipeline import Pipeline, normalize_lang

DEFAULT = Pipeline(
    [
        stages.decode,
        stages.detect,
        stages.extract_html,
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

# A language tag once normalised: an ISO 639 code, then subtags ("en-gb", "zh-hant-tw").
_LANG_TAG = regex.compile(r"[a-z]{2,3}(?:-[a-z0-9]{1,8})*")


def clean(
    raw: str | bytes,
    *,
    url: str | None = None,
    lang: str | None = None,
    pipeline: Pipeline | None = None,
) -> Article:
    r"""Clean one page, HTML or a plain-text scrape, and return its Article.

    Never raises on `str` or `bytes` input: a page with nothing to keep comes back with
    `discarded` set to the reason and an empty body.

    Args:
        raw: The page as `str` or `bytes` (bytes are decoded from the BOM, the page's declared
            charset, or detection).
        url: The page's address, used for metadata and relative links.
        lang: ISO 639 code of the page's language, a region maybe ("de", "en-GB", "pt_BR";
            any case); detected when None.
        pipeline: The pipeline to run; `DEFAULT` when None.

    Returns:
        The Article.

    Raises:
        TypeError: `raw` is not `str` or `bytes`, or `url` or `lang` is not `str` or None.
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
    for name, value in (("url", url), ("lang", lang)):
        if value is not None and not isinstance(value, str):
            # A stage failed on it later, and the page came back discarded as an "error: ...".
            raise TypeError(f"{name} must be a str or None, got {type(value).__name__}")
    tag = normalize_lang(lang)
    if tag is not None and not _LANG_TAG.fullmatch(tag):
        # A stage would read it as an unknown language and quietly fall back to English rules.
        raise ValueError(
            f"lang must be an ISO 639 code such as 'en', 'de' or 'pt-BR', got {lang!r}"
        )
    return (pipeline or DEFAULT)(raw, url=url, lang=lang)
