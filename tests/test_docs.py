"""The Python examples in the README, the docs and the docstrings run as written."""

from __future__ import annotations

import doctest
import importlib
import importlib.util
import pkgutil
import re

import pytest

import cleaner
from tests.conftest import ROOT

DOCS = [
    ROOT / "README.md",
    ROOT / "docs" / "stages.md",
    ROOT / "docs" / "rules.md",
    ROOT / "docs" / "batch.md",
    ROOT / "docs" / "text_forms.md",
]
# Blocks that need the network, a cluster or data the reader supplies are shown, not run (the Ray
# blocks of docs/batch.md read s3:// and the reader's WARC paths; tests/test_ray_data.py runs
# the adapter on a local cluster instead).
SKIP_MARKERS = (
    "cleaner.fetch(",
    "s3://",
    "my_local_or_mounted_warc_paths",
)
# Blocks for an optional extra run only where it is installed.
EXTRA_MARKERS = {"import ray": "ray"}


def _python_blocks(path):
    blocks = re.findall(r"```python\n(.*?)```", path.read_text(encoding="utf-8"), flags=re.DOTALL)
    return [
        b
        for b in blocks
        if not any(m in b for m in SKIP_MARKERS)
        and all(
            importlib.util.find_spec(module) is not None
            for marker, module in EXTRA_MARKERS.items()
            if marker in b
        )
    ]


def _shown_values(path):
    """The lines of a document's python blocks that show a value in a comment.

    `article.title       # 'Thousands of ...'`: an expression, then a comment that opens as a
    Python literal does (a quote, a bracket). README's tour showed them and no test read them.
    """
    blocks = re.findall(r"```python\n(.*?)```", path.read_text(encoding="utf-8"), flags=re.DOTALL)
    pattern = r"^([a-z_][\w.]*)\s+# (['(\[].*)$"
    return [m for block in blocks for m in re.findall(pattern, block, flags=re.MULTILINE)]


def test_readme_tour_shows_what_clean_gives(monkeypatch):
    """README's five-minute tour shows `article.title`, `.site_name`, `.captions` in comments.

    Each shown value is the repr `clean` gives, "…" standing for the rest of a text; the body
    is the paragraphs it says. Nothing read those comments (session 23's review).
    """
    monkeypatch.chdir(ROOT)
    raw = (ROOT / "fixtures/pages/magazine-creations-karabakh.txt").read_bytes()
    namespace = {"article": cleaner.clean(raw)}
    shown = _shown_values(ROOT / "README.md")
    assert len(shown) >= 3
    checker = doctest.OutputChecker()
    for expression, value in shown:
        got = repr(eval(expression, namespace))  # the README's own expressions
        want = value.replace("…", "...")
        assert checker.check_output(want, got, doctest.ELLIPSIS), (expression, got)
    said = re.search(r"article\.body\s+# the (\d+) paragraphs", (ROOT / "README.md").read_text())
    assert said is not None
    assert len(namespace["article"].body) == int(said.group(1))


def _named_files(path):
    """The document's file blocks: a fenced block whose first line is a comment naming a file.

    docs/rules.md shows `house.toml` in a ```toml block opening with `# house.toml`, and its
    python block hands that file to the stage.
    """
    text = path.read_text(encoding="utf-8")
    pattern = r"```\w+\n# ([\w.-]+\.\w+)\n(.*?)```"
    return re.findall(pattern, text, flags=re.DOTALL)


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_docs_python_examples_run(path, monkeypatch, tmp_path):
    """Each document's python blocks run in order, in one namespace, as a reader would run them.

    They run from a scratch folder that holds the repository's `fixtures/` and the files the
    document shows (`_named_files`), as a script would (`__name__ == "__main__"`), so an
    example guarded for worker processes runs its guarded part too.
    """
    (tmp_path / "fixtures").symlink_to(ROOT / "fixtures")
    for name, body in _named_files(path):
        (tmp_path / name).write_text(body, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    blocks = _python_blocks(path)
    assert blocks
    namespace: dict[str, object] = {"__name__": "__main__"}
    for block in blocks:
        exec(compile(block, str(path), "exec"), namespace)


def _modules() -> list[str]:
    names = [cleaner.__name__]
    names += [m.name for m in pkgutil.walk_packages(cleaner.__path__, prefix="cleaner.")]
    # `python -m cleaner` runs the command line on import: it has no examples to run.
    names = [n for n in names if not n.endswith(".__main__")]
    return sorted(names)


@pytest.mark.parametrize("name", _modules())
def test_docstring_examples_run(name):
    """Every `>>>` example in the package's docstrings gives the output it shows.

    The suite never ran them before: `clean()`'s example did not even parse, and
    `cleaner.batch`'s expected a bare `<p>` fragment to be kept.
    """
    if name == "cleaner.ray_data" and importlib.util.find_spec("pyarrow") is None:
        pytest.skip("the Ray adapter's example needs pyarrow (pip install 'scrape-cleaner[ray]')")
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS, verbose=False, report=False)
    assert result.failed == 0, (
        f"{result.failed} docstring example(s) of {name} fail: run pytest --doctest-modules {module.__file__}"
    )


def test_common_crawl_example_hands_on_the_pages_bytes(tmp_path):
    """docs/batch.md's `warc_rows` gives each page as archived, so the decode stage reads it.

    It decoded bytes as UTF-8 with 'replace': a windows-1251 page whose HTTP header named no
    charset came out as U+FFFD only. The function is run from the document itself, without Ray.
    """
    from cleaner.batch import Page, clean_many  # noqa: PLC0415
    from cleaner.sources import read_warc  # noqa: PLC0415
    from tests.batch_stages import write_warc  # noqa: PLC0415

    text = (ROOT / "docs" / "batch.md").read_text(encoding="utf-8")
    source = re.search(r"\ndef warc_rows\(row\):\n(?:    .*\n|\n)+", text)
    assert source is not None
    namespace: dict[str, object] = {"read_warc": read_warc, "Page": Page}
    exec(compile(source.group(), "docs/batch.md", "exec"), namespace)
    words = "Сегодня в городе прошёл большой праздник, и жители вышли на улицы."
    html = (
        "<html><head><meta charset=windows-1251><title>Новости</title></head><body><article>"
        f"<h1>Новости дня</h1>{f'<p>{words}</p>' * 6}</article></body></html>"
    )
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, [("https://e.org/ru", "text/html", html.encode("cp1251"))])
    rows = list(namespace["warc_rows"]({"path": str(path)}))  # type: ignore[operator]
    assert [row["url"] for row in rows] == ["https://e.org/ru"]
    page = next(iter(rows[0].values()))
    [result] = clean_many([Page(raw=page, url=rows[0]["url"])])
    assert result.article is not None
    assert result.article.body[0] == words


def test_stages_md_explains_every_reason_the_default_stages_give():
    """`Article.removed` and `--explain` name a reason per block ("low_density", "toc",
    "user_card", "boilerplate") that no page of the docs explained. docs/stages.md's table
    must hold each reason a default stage gives on a sample of the golden pages, and each
    literal `.drop("...")` of the package; a strip_boilerplate reason may be a rules category.
    """
    from cleaner import Rules  # noqa: PLC0415

    text = (ROOT / "docs" / "stages.md").read_text(encoding="utf-8")
    section = text.split("## What a removed block's reason means", 1)[1].split("\n## ", 1)[0]
    documented = {
        (stage, reason)
        for stages, reasons in re.findall(r"^\| (.+?) \| (.+?) \|", section, flags=re.MULTILINE)
        for stage in re.findall(r"`(\w+)`", stages)
        for reason in re.findall(r"`(\w+)`", reasons)
    }
    categories = {
        c.name for lang in (None, *Rules.shipped_languages()) for c in Rules.load(lang).drop
    }
    pages = sorted((ROOT / "fixtures" / "pages").glob("*.html"))[::12]
    pages += sorted((ROOT / "fixtures" / "pages").glob("*.txt"))[::12]
    given = {
        (r.stage, r.reason)
        for path in pages
        for r in cleaner.clean(path.read_bytes()).removed
        if not (r.stage == "strip_boilerplate" and r.reason in categories)
    }
    assert given - documented == set()
    literal = set(
        re.findall(
            r'\.drop\(\s*"(\w+)"',
            "".join(
                p.read_text(encoding="utf-8") for p in (ROOT / "src" / "cleaner").rglob("*.py")
            ),
        )
    )
    assert literal - {reason for _, reason in documented} == set()


def test_readme_counts_the_languages_the_rules_ship():
    """README's "N languages" is the number of languages with a rules file.

    It said 74 while 90 shipped (sixteen added since it was written; session 23's review).
    """
    from cleaner import Rules  # noqa: PLC0415

    said = re.search(r"(\d+) languages, from English", (ROOT / "README.md").read_text())
    assert said is not None
    assert int(said.group(1)) == len(Rules.shipped_languages())


def test_rules_md_lists_every_shipped_rules_file():
    """docs/rules.md's file tree names each rules file the package ships.

    It had fallen 26 files behind (br ... zu, added sessions 14-19) while its text still
    said it lists them: a user looking for their language's file was told it does not exist.
    """
    text = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"^[├└]── (\S+\.toml)", text, flags=re.MULTILINE))
    shipped = {p.name for p in (ROOT / "src" / "cleaner" / "rules").glob("*.toml")}
    assert shipped - listed == set()


def test_rules_md_table_names_every_shipped_category():
    """docs/rules.md's "Shipped categories" table has a row for each `[drop.<category>]`.

    It had fallen fourteen categories behind (`cta` and `forum_ui`, in 21 and 16 languages
    after session 20's round R, among them): a user reading a removal reason could not look it up.
    """
    text = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    table = text.split("## Shipped categories", 1)[1].split("\n## ", 1)[0]
    listed = set(re.findall(r"^\| `([a-z_.]+)` \|", table, flags=re.MULTILINE))
    shipped = {
        name
        for path in (ROOT / "src" / "cleaner" / "rules").glob("*.toml")
        for name in re.findall(
            r"^\[drop\.([a-z_]+)\]", path.read_text(encoding="utf-8"), flags=re.MULTILINE
        )
    }
    assert shipped - listed == set()


_SHOWN_LINE = re.compile(r"^(?P<expr>[A-Za-z_][^#\n]*?)\s+# (?P<value>['(\[{].*)$", re.MULTILINE)


def _with_checks(block: str) -> str:
    """A python block whose `expression  # 'shown value'` lines check what they show.

    A line of a block that is an expression alone, then a comment opening as a Python literal
    does, shows the value the expression gives ("…" or "..." standing for the rest); it becomes
    a call to `__shown__`, which compares the value's repr with it.
    """

    def check(m: re.Match[str]) -> str:
        try:
            compile(m["expr"], "<shown>", "eval")
        except SyntaxError:
            return m.group()
        return f"__shown__({m['expr']}, {m['value']!r})"

    return _SHOWN_LINE.sub(check, block)


def _shown(value: object, want: str) -> None:
    got = repr(value)
    want = want.replace("…", "...")
    assert doctest.OutputChecker().check_output(want, got, doctest.ELLIPSIS), (want, got)


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_docs_show_the_values_their_examples_give(path, monkeypatch, tmp_path):
    """Each `expression  # 'value'` line of a document's python blocks gives the value shown.

    Only README's tour was checked (`test_readme_tour_shows_what_clean_gives`); docs/rules.md
    showed `Rules.shipped_languages()` as `('cs', 'de', 'en', ...)`, which opens on 'af' since
    the shipped languages grew (session 24's review).
    """
    (tmp_path / "fixtures").symlink_to(ROOT / "fixtures")
    for name, body in _named_files(path):
        (tmp_path / name).write_text(body, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {"__name__": "__main__", "__shown__": _shown}
    checked = 0
    for block in _python_blocks(path):
        source = _with_checks(block)
        checked += source.count("__shown__(")
        exec(compile(source, str(path), "exec"), namespace)
    if path.name in {"README.md", "rules.md"}:
        assert checked >= 2


def test_shown_value_lines_are_checked():
    """The check of shown values can fail: a wrong value shown raises."""
    block = "x = 1 + 1\nx  # 3\nx  # (2,)\n"
    with pytest.raises(AssertionError):
        exec(compile(_with_checks(block), "<t>", "exec"), {"__shown__": _shown})
    exec(
        compile(_with_checks("x = (1, 2, 3)\nx  # (1, ...)\n"), "<t>", "exec"),
        {"__shown__": _shown},
    )


def test_rules_doc_counts_the_languages_with_review_headings():
    """docs/rules.md's `review_pros` row says how many languages' files hold the words.

    It said 21 where 23 did (session 24's review).
    """
    doc = (ROOT / "docs/rules.md").read_text(encoding="utf-8")
    row = re.search(r"^\| `review_pros` \|.*\+ (\d+) languages \|$", doc, flags=re.MULTILINE)
    assert row is not None
    files = sorted((ROOT / "src/cleaner/rules").glob("*.toml"))
    holding = [p.stem for p in files if "[words.review_pros]" in p.read_text(encoding="utf-8")]
    assert int(row.group(1)) == len([lang for lang in holding if lang != "common"])
