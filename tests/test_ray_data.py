"""The Ray Data adapter: one row per input row, fixed schema, same articles as clean_many."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from cleaner.batch import Page, clean_many
from tests.batch_stages import page

pytestmark = pytest.mark.ray
ray = pytest.importorskip("ray")
ray_data = pytest.importorskip("cleaner.ray_data")


@pytest.fixture(scope="module")
def local_cluster() -> Iterator[None]:
    """A local Ray cluster of two CPUs, shared by the tests of this module."""
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
    try:
        yield
    finally:
        ray.shutdown()


def test_clean_batch_gives_one_row_per_input_row_with_the_fixed_schema():
    """A batch with a bad row gives as many rows as it had, the bad one as an error row."""
    batch = {
        "bytes": [page(1).encode(), None, b""],
        "path": ["/data/a.html", "/data/b.html", "/data/c.html"],
    }
    table = ray_data.CleanBatch()(batch)
    assert table.schema == ray_data.schema()
    assert table.column("id").to_pylist() == ["/data/a.html", "/data/b.html", "/data/c.html"]
    assert table.column("status").to_pylist() == ["kept", "failed", "discarded"]
    assert table.column("error_type").to_pylist() == [None, "TypeError", None]
    assert table.column("title").to_pylist()[0] == "Story 1"


def test_clean_batch_needs_a_page_column():
    """A batch without a page column raises ValueError naming the columns it looked for."""
    with pytest.raises(ValueError, match="no page column"):
        ray_data.CleanBatch()({"content": ["x"]})


def test_clean_dataset_on_a_local_cluster_matches_clean_many(local_cluster: None, tmp_path: Path):
    """Rows from Ray equal clean_many's results on the same pages, and none is dropped."""
    for i in range(5):
        (tmp_path / f"p{i}.html").write_text(page(i), encoding="utf-8")
    (tmp_path / "empty.html").write_bytes(b"")
    dataset = ray.data.read_binary_files(str(tmp_path), include_paths=True)
    rows = ray_data.clean_dataset(dataset, actors=1, batch_size=4).take_all()
    assert len(rows) == 6
    by_id = {Path(row["id"]).name: row for row in rows}
    paths = sorted(tmp_path.iterdir())
    pages = [Page(raw=p.read_bytes(), id=p.name) for p in paths]
    for result in clean_many(pages):
        expected = ray_data.result_row(result)
        got = by_id[str(result.id)]
        for column, _ in ray_data.COLUMNS:
            if column != "id":
                assert _plain(got[column]) == expected[column], column
    assert by_id["empty.html"]["status"] == "discarded"


def _plain(value: object) -> object:
    """Arrow/numpy list cells come back as arrays: compare them as lists."""
    tolist = getattr(value, "tolist", None)
    return tolist() if callable(tolist) else value


def test_clean_batch_reads_a_rows_text_when_its_html_is_null_or_empty():
    """An export with an `html` and a `text` column: a text-only row (html null or empty) was an
    error row or a page discarded as 'empty'; it is its text, as a JSONL line is read.
    """
    story = "Title\n\n" + "A sentence of the story that goes on for a while. " * 8
    batch = {"html": [page(1), None, ""], "text": [None, story, story], "id": ["a", "b", "c"]}
    pages = ray_data.CleanBatch().pages(batch)
    assert [p.raw if p else None for p in pages] == [page(1), story, story]
    assert ray_data.CleanBatch(raw_column="html").pages(batch)[2].raw == ""


def test_clean_batch_says_what_a_row_without_a_page_holds():
    """A row whose page cell was null said 'a page must be str, bytes, cleaner.batch.Page or
    cleaner.Document, got NoneType', and one holding a number said NoneType too: neither named
    the row's column nor what it held."""
    batch = {"html": [page(1), None, 5], "id": ["a", "b", "c"]}
    table = ray_data.CleanBatch()(batch)
    assert table.column("status").to_pylist() == ["kept", "failed", "failed"]
    messages = table.column("error_message").to_pylist()
    assert "null or empty" in messages[1]
    assert "'html' holds int" in messages[2]
    assert not any("NoneType" in m for m in messages[1:])


def test_clean_batch_takes_each_rows_id_from_the_first_id_column_that_has_one():
    """Rows of mixed sources (`id` in some, `path` in others, as `from_items` unions them) got
    id None where `id` was null, though the docs say the identifier is in `id` or `path`."""
    batch = {"bytes": [page(1).encode(), page(2).encode()], "id": ["a", None], "path": [None, "/y"]}
    table = ray_data.CleanBatch()(batch)
    assert table.column("id").to_pylist() == ["a", "/y"]
