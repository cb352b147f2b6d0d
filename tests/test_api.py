"""The public front door: clean() on str, bytes and bad input; __all__ is complete."""

from __future__ import annotations

import subprocess
import sys

import pytest

import cleaner
from cleaner.batch import Result
from tests.conftest import ROOT

ARTICLE_HTML = (
    "<html lang='en'><head><title>Rain returns - Daily Post</title></head><body>"
    "<nav><a href='/'>Home</a> <a href='/w'>World</a></nav><article><h1>Rain returns</h1>"
    + "".join(
        f"<p>Paragraph {i} of the story says that the rain came back to the valley after a "
        "long dry summer, and farmers were glad of it.</p>"
        for i in range(6)
    )
    + "</article></body></html>"
)


def test_clean_accepts_str_and_bytes_alike():
    """The same page as str or UTF-8 bytes gives the same body."""
    from_str = cleaner.clean(ARTICLE_HTML)
    from_bytes = cleaner.clean(ARTICLE_HTML.encode("utf-8"))
    assert from_str.kind == "html"
    assert from_str.body
    assert from_str.body == from_bytes.body


def test_clean_passes_url_and_lang_through():
    """url and lang given by the caller appear on the Article."""
    article = cleaner.clean(ARTICLE_HTML, url="https://example.org/a", lang="en")
    assert article.url == "https://example.org/a"
    assert article.lang == "en"


@pytest.mark.parametrize("raw", ["", "   \n\t ", b"", b"\x00\x00", "\ufeff"])
def test_clean_discards_empty_input(raw):
    """Empty or whitespace-only input is discarded as empty, never raised."""
    article = cleaner.clean(raw)
    assert article.discarded is not None
    assert article.discarded.startswith("empty")
    assert article.body == ()


@pytest.mark.parametrize("bad", [None, 1, 1.0, object(), ["x"]])
def test_clean_raises_type_error_on_wrong_type(bad):
    """A wrong Python type is a TypeError telling the user what to pass."""
    with pytest.raises(TypeError, match="str or bytes"):
        cleaner.clean(bad)


def test_clean_with_custom_pipeline_runs_it():
    """A pipeline given to clean() is the one that runs."""
    pipeline = cleaner.DEFAULT.without("judge", "metadata")
    article = cleaner.clean("Just a few words here.", pipeline=pipeline)
    assert article.discarded is None


def test_public_names_are_exported_and_documented():
    """Every name in __all__ exists and has a docstring."""
    for name in cleaner.__all__:
        obj = getattr(cleaner, name)
        if name in {"__version__", "DEFAULT", "Stage"}:
            continue
        assert obj.__doc__, name


def test_all_is_sorted():
    """__all__ is kept sorted so additions are easy to review."""
    assert cleaner.__all__ == sorted(cleaner.__all__, key=lambda n: (not n.isupper(), n))


@pytest.mark.parametrize("options", [{"url": 5}, {"lang": 5}, {"url": b"https://e.org"}])
def test_clean_raises_type_error_on_a_wrong_url_or_lang_type(options):
    """A url or lang that is not a str is the caller's mistake: TypeError, not a failed page."""
    with pytest.raises(TypeError, match="must be a str or None"):
        cleaner.clean(ARTICLE_HTML, **options)


@pytest.mark.parametrize(
    ("given", "lang"),
    [("DE", "de"), ("en_GB", "en-gb"), (" pt-BR ", "pt-br"), ("zh-Hant-TW", "zh-hant-tw")],
)
def test_clean_normalises_the_callers_language_tag(given, lang):
    """Stages compare tags in lower case with hyphens ("en-gb" reads dates day first)."""
    assert cleaner.clean(ARTICLE_HTML, lang=given).lang == lang


@pytest.mark.parametrize("lang", ["english", "en gb", "e"])
def test_clean_raises_value_error_on_a_malformed_language_tag(lang):
    """A name or a typo is no tag: it would silently fall back to English rules."""
    with pytest.raises(ValueError, match="ISO 639 code"):
        cleaner.clean(ARTICLE_HTML, lang=lang)


def test_importing_the_command_line_does_not_load_the_stages():
    """`cleaner --help`, `-V` and usage errors answer without importing every stage.

    They paid about a second of CPU for the stages, rules and models (0.99 s -> 0.15 s).
    """
    code = (
        "import sys, cleaner.cli, cleaner.batch\n"
        "heavy = sorted(m for m in sys.modules if m in {'cleaner.api', 'cleaner.stages'})\n"
        "print(heavy)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.strip() == "[]"


def test_lazy_public_names_are_the_real_ones():
    """The names loaded on first use are the objects of their modules."""
    from cleaner.api import DEFAULT, clean  # noqa: PLC0415
    from cleaner.fetcher import fetch  # noqa: PLC0415

    assert cleaner.DEFAULT is DEFAULT
    assert cleaner.clean is clean
    assert cleaner.fetch is fetch
    assert cleaner.stages.Decode.__name__ == "Decode"
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        _ = cleaner.nope  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "raw", ["https://example.org/news/1", b"  http://example.org/a?b=c#d\n", "HTTPS://E.ORG"]
)
def test_clean_says_to_fetch_a_web_address_first(raw):
    """A URL passed as the page is discarded as 'url' with what to do, not as 'not_article'.

    A user saw clean("https://...") titled with the address and discarded as 'not_article: 0
    words of body text', which never said the address had not been fetched.
    """
    article = cleaner.clean(raw)
    assert article.discarded is not None
    assert article.discarded.startswith("url: ")
    assert "cleaner.fetch" in article.discarded
    assert article.title is None


def test_clean_reads_a_page_that_holds_an_address_as_a_page():
    """Text around an address, or an address in markup, is a page like any other."""
    assert not (cleaner.clean("See https://example.org/a for more.").discarded or "").startswith(
        "url"
    )
    assert not (cleaner.clean(ARTICLE_HTML + " https://e.org").discarded or "").startswith("url")


def test_clean_raises_type_error_on_a_pipeline_that_is_not_one():
    """pipeline=[stage] said "'list' object is not callable"; now it says how to build one."""
    with pytest.raises(TypeError, match=r"cleaner\.Pipeline"):
        cleaner.clean(ARTICLE_HTML, pipeline=[cleaner.DEFAULT["judge"]])  # type: ignore[arg-type]


def test_article_reads_back_from_its_json_and_from_a_batch_line():
    """A user who wrote articles as JSON (to_dict, the command line's JSONL) had no way to get
    an Article back: `Article.from_dict` is to_dict's inverse, and a batch line's extra keys
    (id, source, status, error, text) are left aside; a failed page's line has no article.
    """
    import json  # noqa: PLC0415

    from cleaner import Article, Page, clean_many  # noqa: PLC0415

    raw = (ROOT / "fixtures" / "pages" / "magazine-creations-karabakh.txt").read_bytes()
    article = cleaner.clean(raw, url="https://e.org/a")
    assert article.captions
    assert article.removed
    assert article.body
    assert Article.from_dict(json.loads(json.dumps(article.to_dict()))) == article
    kept, failed = clean_many([Page(raw=raw, id="a", url="https://e.org/a"), Page(raw=5)])  # type: ignore[arg-type]
    assert Article.from_dict(json.loads(json.dumps(kept.to_dict()))) == kept.article
    with pytest.raises(ValueError, match="failed page has no article"):
        Article.from_dict(failed.to_dict())
    with pytest.raises(TypeError, match="authors must be a list of str"):
        Article.from_dict({"authors": "Ann Lee"})


@pytest.mark.parametrize("data", [{}, {"article": {"title": "T", "body": ["One."]}}, {"id": "a"}])
def test_article_from_a_mapping_with_no_article_field_raises(data):
    """`Article.from_dict({})` gave an empty Article without a word (session 24's review): a
    mapping with none of an Article's fields is no article, and the error says what to pass."""
    from cleaner import Article  # noqa: PLC0415

    with pytest.raises(ValueError, match=r"none of them .*pass Article\.to_dict\(\)'s output"):
        Article.from_dict(data)


def test_article_from_a_line_without_removed_or_text_reads_back():
    """A `--no-removed` line and a hand-written dict of some fields still read back."""
    from cleaner import Article  # noqa: PLC0415

    article = Article(title="T", body=("One.", "Two."), kind="html")
    line = {k: v for k, v in article.to_dict().items() if k not in ("removed", "text")}
    assert Article.from_dict(line) == article
    assert Article.from_dict({"title": "T"}) == Article(title="T")


@pytest.mark.parametrize(
    "raw",
    [
        "fixtures/pages/en-wire-ap-wildfire.html",
        b"My Pages/story one.HTM\n",
        "dump.warc.gz",
        "/home/me/Downloads/Story 3.mhtml",
    ],
)
def test_a_file_name_passed_as_the_page_says_to_read_the_file(raw: str | bytes):
    """`cleaner.clean("page.html")` came back as 'not_article: 0 words of body text', which never
    said that the name, not the file, was passed; a batch page checks the same.
    """
    article = cleaner.clean(raw)
    assert article.discarded is not None
    assert article.discarded.startswith("path: the input is a file's name")
    [result] = cleaner.clean_many([raw])
    assert result.article is not None
    assert result.article.discarded == article.discarded


def test_a_one_line_page_ending_in_a_file_name_is_no_file_name():
    """A page of markup, or a line longer than a file name, is cleaned as a page."""
    line = "A sentence of the story that goes on and on. " * 8 + "See story.html"
    assert not (cleaner.clean(line).discarded or "").startswith("path:")
    assert not (cleaner.clean("<p>see a.html</p>").discarded or "").startswith("path:")


@pytest.mark.parametrize("as_text", [False, True])
def test_a_saved_mhtml_page_is_cleaned_as_its_html_part(as_text: bool):
    """`cleaner.clean(Path("page.mhtml").read_bytes())` cleaned the MIME source as text."""
    from tests.test_sources import _mhtml  # noqa: PLC0415 - the MHTML writer lives there

    raw = _mhtml(
        "<html><head><title>Story 3 - Example News</title></head><body><article>"
        + "<p>Caf\u00e9 owners met on Tuesday to debate the new rules for terraces.</p>" * 6
        + "</article></body></html>",
        "https://example.org/story-3",
    )
    article = cleaner.clean(raw.decode("ascii") if as_text else raw)
    assert article.title == "Story 3"
    assert article.url == "https://example.org/story-3"
    assert article.body[0].startswith("Caf\u00e9 owners met")
    [result] = cleaner.clean_many([raw])
    assert result.article == article


@pytest.mark.parametrize(
    ("compress", "name"),
    [
        (lambda data: __import__("gzip").compress(data), "gzip"),
        (lambda data: __import__("bz2").compress(data), "bzip2"),
        (lambda data: __import__("lzma").compress(data), "xz"),
    ],
)
def test_a_compressed_page_says_to_decompress_it_first(compress, name: str):
    """A page still compressed (an HTTP body read without its Content-Encoding, `cat a.html.gz |
    cleaner -`) was discarded as 'binary: the input is mostly control characters', which never
    said what it was nor what to do."""
    raw = compress(
        b"<html><body>" + b"<p>A sentence of the story here.</p>" * 20 + b"</body></html>"
    )
    article = cleaner.clean(raw)
    assert article.discarded is not None
    assert article.discarded.startswith(f"binary: the input is {name}-compressed")
    assert "decompress it first" in article.discarded


_USER_SCRIPT = '''
"""A user's pipeline script, as the README and docs/batch.md write one."""
from __future__ import annotations

import cleaner
from cleaner import Article, Document, clean_many
from cleaner.batch import Page, Result
from cleaner.fetcher import ContentEncodingError
from cleaner.sources import Unreadable, read_inputs, read_jsonl, read_warc


def drop_short(doc: Document) -> Document:
    """Drop kept paragraphs of fewer than five words."""
    return doc.evolve(blocks=tuple(
        b.drop("short") if b.kept and len(b.text.split()) < 5 else b for b in doc.blocks))


def main() -> None:
    """Clean pages every way the docs show."""
    pipeline = cleaner.DEFAULT.insert(drop_short, after="strip_boilerplate").without("judge")
    article: Article = cleaner.clean(b"<p>x</p>", pipeline=pipeline)
    print(Article.from_dict(article.to_dict()).to_markdown())
    results: list[Result] = list(clean_many(read_warc("crawl.warc.gz"), workers=2))
    results += clean_many(read_jsonl("pages.jsonl"))
    results += clean_many(read_inputs(["pages/"]), timeout=30)
    results += pipeline.pipe([Page(raw=b"<p>x</p>", id="a")], workers=2)
    print([r.status for r in results])
    problems: list[Unreadable] = [i for i in read_warc("crawl.warc.gz") if isinstance(i, Unreadable)]
    addresses: list[str | None] = [p.url for p in problems]
    print(problems, addresses)
    try:
        page = cleaner.fetch("https://example.org/news/1")
    except ContentEncodingError as exc:
        print(exc.url)
    else:
        print(cleaner.clean(page.text, url=page.url).title)
'''


@pytest.mark.slow
def test_a_users_script_type_checks_under_mypy_strict(tmp_path):
    """`clean_many(read_warc(path))`, as docs/batch.md writes it, failed `mypy --strict`: the
    readers yield `Page | Unreadable` and `clean_many` took no `Unreadable` (the command line
    itself needed a `type: ignore` for it)."""
    api = pytest.importorskip("mypy.api")
    script = tmp_path / "user.py"
    script.write_text(_USER_SCRIPT, encoding="utf-8")
    out, err, status = api.run(
        ["--strict", "--cache-dir", str(tmp_path / ".mypy_cache"), str(script)]
    )
    assert status == 0, out + err


def test_a_fetched_response_passed_as_the_page_says_which_field_to_pass():
    """`clean(cleaner.fetch(url))` said "read the file or response body first", and a batch of
    them "got Fetched": both now say to pass `page.text` with `url=page.url`."""
    from cleaner.fetcher import Fetched  # noqa: PLC0415

    fetched = Fetched(url="https://e.org/a", status=200, content=b"<p>A page.</p>")
    with pytest.raises(TypeError, match=r"clean\(page\.text, url=page\.url\)"):
        cleaner.clean(fetched)  # type: ignore[arg-type]
    (result,) = cleaner.clean_many([fetched])  # type: ignore[list-item]
    assert result.error is not None
    assert "clean(page.text, url=page.url)" in result.error.message


def test_article_and_document_repr_show_sizes_not_the_page() -> None:
    """repr() of a page's Article, its Result and a Document stays short (session 21)."""
    body = tuple(f"Paragraph {i} of the story. " * 40 for i in range(60))  # ~70 KB
    article = cleaner.Article(title="T" * 300, body=body, url="https://example.com/a")
    assert len(repr(article)) < 500
    assert "60 paragraphs" in repr(article)
    assert len(repr(Result(index=0, article=article))) < 600
    assert len(repr(cleaner.Document(raw="<p>x</p>" * 100_000))) < 500
