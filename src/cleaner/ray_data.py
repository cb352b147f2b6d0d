"""Ray Data adapter: clean a Dataset of raw pages into a Dataset of articles with a fixed schema.

Install the extra first: `pip install 'scrape-cleaner[ray]'`. Then:

    import ray
    from cleaner.ray_data import clean_dataset

    ds = ray.data.read_binary_files("s3://bucket/pages/", include_paths=True)
    articles = clean_dataset(ds)            # one row per input row, never fewer
    articles.write_parquet("s3://bucket/articles/")

`CleanBatch` is the callable class behind it, for `Dataset.map_batches`: Ray builds one per
actor, so the pipeline is built (or unpickled) once per worker and reused for every batch.
Every input row gives exactly one output row with the columns of `SCHEMA`; a page that fails
gives a row with `status="failed"` and `error_type`/`error_message` set, never a missing row.

Input columns, looked up in this order:

* the page: `html`, `text`, `raw` or `bytes` (what `ray.data.read_binary_files` makes); row by
  row the first of them that holds one (a null or empty `html` gives way to `text`);
* its identifier: `id`, else `path` (`read_binary_files(..., include_paths=True)`);
* its address: `url`; its language: `lang` (both optional).

See docs/batch.md for a Common Crawl example.
"""

from __future__ import annotations

import importlib
import math
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from cleaner.batch import Page, Result, clean_many
from cleaner.pipeline import Pipeline

if TYPE_CHECKING:
    import pyarrow as pa  # type: ignore[import-untyped,import-not-found,unused-ignore]

RAW_COLUMNS = ("html", "text", "raw", "bytes")
"""Columns that may hold the page, in order of preference."""

ID_COLUMNS = ("id", "path")
"""Columns that may hold the page's identifier, in order of preference."""

COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "string"),
    ("url", "string"),
    ("status", "string"),
    ("error_type", "string"),
    ("error_message", "string"),
    ("title", "string"),
    ("site_name", "string"),
    ("authors", "list<string>"),
    ("date", "string"),
    ("captions", "list<struct<text: string, credit: string>>"),
    ("body", "list<string>"),
    ("text", "string"),
    ("kind", "string"),
    ("lang", "string"),
    ("discarded", "string"),
)
"""The output columns and their Arrow types (see `schema()`); the same for every row."""


def _optional(module: str) -> Any:  # noqa: ANN401 - ray.data or pyarrow, untyped here
    """Import a module of the `ray` extra, or say how to install it.

    Without it the adapter said only "No module named 'ray'" (session 20's review).
    """
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise ImportError(
            f"cleaner.ray_data needs {module.partition('.')[0]} (the ray extra): "
            "pip install 'scrape-cleaner[ray]'",
        ) from exc


def schema() -> pa.Schema:
    """Return the Arrow schema of the output rows (needs pyarrow, which Ray brings)."""
    pa = _optional("pyarrow")
    text = pa.string()
    caption = pa.struct([("text", text), ("credit", text)])
    types = {
        "string": text,
        "list<string>": pa.list_(text),
        "list<struct<text: string, credit: string>>": pa.list_(caption),
    }
    return pa.schema([(name, types[kind]) for name, kind in COLUMNS])


def result_row(result: Result) -> dict[str, Any]:
    """Turn one `Result` into an output row: a dict with exactly the `COLUMNS` keys."""
    article = result.article
    error = result.error
    return {
        "id": result.id,
        "url": (article.url if article else None) or result.url,
        "status": result.status,
        "error_type": error.type if error else None,
        "error_message": error.message if error else None,
        "title": article.title if article else None,
        "site_name": article.site_name if article else None,
        "authors": list(article.authors) if article else [],
        "date": article.date if article else None,
        "captions": [c.to_dict() for c in article.captions] if article else [],
        "body": list(article.body) if article else [],
        "text": article.text if article else "",
        "kind": article.kind if article else None,
        "lang": article.lang if article else None,
        "discarded": article.discarded if article else None,
    }


def _scalar(value: object) -> object:
    """Turn a numpy/arrow cell into a plain Python value; NaN and None become None."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    item = getattr(value, "item", None)  # numpy scalars
    if callable(item) and not isinstance(value, (bytes, str)):
        value = item()
    if isinstance(value, bytes):
        return value
    if isinstance(value, str):
        return str(value)  # numpy.str_ -> str
    return value


def _text_or_none(value: object) -> str | None:
    value = _scalar(value)
    if value is None:
        return None
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def _first_page(cells: Sequence[object]) -> object:
    """The first cell that holds a non-empty page; else the first cell, as it is."""
    for cell in cells:
        value = _scalar(cell)
        if isinstance(value, (str, bytes)) and value:
            return value
    return cells[0]


def _pick(columns: Iterable[str], names: Sequence[str]) -> str | None:
    present = set(columns)
    return next((n for n in names if n in present), None)


class CleanBatch:
    """A callable class for `Dataset.map_batches`: cleans a batch of raw pages into rows.

    Ray constructs it once per actor, so the pipeline is built once per worker. Give it to
    `map_batches` with `batch_format="numpy"` (or "pandas"/"pyarrow": any mapping of columns
    works); it returns a `pyarrow.Table` with the schema `schema()`, one row per input row.

    Args:
        pipeline: The pipeline to run; `cleaner.DEFAULT` when None.
        timeout: Seconds a page may take; None (the default) cleans in the actor's own process,
            where a hang cannot be stopped. With a number, each batch runs through one worker
            process of `clean_many`, so a page past the limit becomes an error row.
        raw_column: The column holding the page; by default the first of `RAW_COLUMNS`.
        id_column: The column holding its identifier; by default the first of `ID_COLUMNS`.

    Example:
        >>> story = "<html><body><p>" + "A sentence of the story. " * 10 + "</p></body></html>"
        >>> batch = {"html": [story], "id": ["a"]}
        >>> CleanBatch()(batch).column("status").to_pylist()
        ['kept']
    """

    def __init__(
        self,
        pipeline: Pipeline | None = None,
        *,
        timeout: float | None = None,
        raw_column: str | None = None,
        id_column: str | None = None,
    ) -> None:
        """Build the pipeline once for this actor."""
        from cleaner.api import DEFAULT  # noqa: PLC0415 - api imports every stage

        self.pipeline = pipeline or DEFAULT
        self.timeout = timeout
        self.raw_column = raw_column
        self.id_column = id_column

    def pages(self, batch: Mapping[str, Any]) -> list[Page | None]:
        """Turn a batch (a mapping of column name to values) into pages, one per row.

        A row whose page cell is empty or not text/bytes gives None, which `clean_many` turns
        into a `TypeError` result: an error row, not a dropped one.

        Raises:
            ValueError: No column holds the pages.
        """
        raw_col = self.raw_column or _pick(batch.keys(), RAW_COLUMNS)
        if raw_col is None or raw_col not in batch:
            raise ValueError(
                f"no page column in the batch (columns: {sorted(batch.keys())}): name one of "
                f"{list(RAW_COLUMNS)} or pass raw_column=",
            )
        raws = list(batch[raw_col])
        if self.raw_column is None:
            # Row by row, the first page column that holds a page: a row of an export with an
            # `html` and a `text` column, its html null or empty, is its text (it was an error
            # row, or a page discarded as 'empty'), as the command line reads a JSONL line.
            others = [list(batch[c]) for c in RAW_COLUMNS if c in batch and c != raw_col]
            raws = [_first_page(row) for row in zip(raws, *others, strict=True)]
        pages: list[Page | None] = []
        for raw, page_id, url, lang in zip(
            raws,
            self._ids(batch, len(raws)),
            self._column(batch, "url", len(raws)),
            self._column(batch, "lang", len(raws)),
            strict=True,
        ):
            value = _scalar(raw)
            if isinstance(value, (str, bytes)):
                pages.append(Page(raw=value, id=page_id, url=url, lang=lang))
            else:
                pages.append(None)
        return pages

    def _ids(self, batch: Mapping[str, Any], count: int) -> list[str | None]:
        """Each row's identifier: the `id_column`'s, else the first of `ID_COLUMNS` it has.

        Why row by row: rows of mixed sources (`id` in some, `path` in others, as
        `ray.data.from_items` unions them) got id None where `id` was null.
        """
        if self.id_column is not None:
            return self._column(batch, self.id_column, count)
        columns = [self._column(batch, name, count) for name in ID_COLUMNS if name in batch]
        if not columns:
            return [None] * count
        rows = zip(*columns, strict=True)
        return [next((v for v in row if v is not None), None) for row in rows]

    def _no_page(self, batch: Mapping[str, Any], index: int) -> str:
        """Why row `index` holds no page, naming its page column and what the cell holds."""
        names = [self.raw_column] if self.raw_column else [c for c in RAW_COLUMNS if c in batch]
        for name in names:
            value = _scalar(batch[name][index]) if name in batch else None
            if value is not None and not isinstance(value, (str, bytes)):
                return (
                    f"the row's '{name}' holds {type(value).__name__}, not the page (a string "
                    "of HTML or text, or bytes)"
                )
        return (
            f"the row holds no page: its {' and '.join(repr(n) for n in names)} "
            f"{'are' if len(names) > 1 else 'is'} null or empty"
        )

    @staticmethod
    def _column(batch: Mapping[str, Any], name: str | None, count: int) -> list[str | None]:
        if name is None or name not in batch:
            return [None] * count
        return [_text_or_none(v) for v in batch[name]]

    def __call__(self, batch: Mapping[str, Any]) -> pa.Table:
        """Clean every row of the batch; return one output row per input row."""
        pa = _optional("pyarrow")
        if isinstance(batch, pa.Table):
            batch = batch.to_pydict()
        pages = self.pages(batch)
        count = len(pages)
        ids = self._ids(batch, count)
        results = clean_many(
            pages,  # type: ignore[arg-type] # None rows become TypeError results, on purpose
            pipeline=self.pipeline,
            isolate=self.timeout is not None,
            timeout=self.timeout,
        )
        rows = [result_row(r) for r in results]
        for index, (row, page_id) in enumerate(zip(rows, ids, strict=True)):
            row["id"] = page_id
            if pages[index] is None:
                # It said "a page must be str, bytes, cleaner.batch.Page or cleaner.Document,
                # got NoneType" for a null cell and for a number alike.
                row["error_message"] = self._no_page(batch, index)
        columns = {name: [row[name] for row in rows] for name, _ in COLUMNS}
        return pa.Table.from_pydict(columns, schema=schema())


def clean_dataset(  # noqa: PLR0913 - keyword-only knobs, each passed on to Ray
    dataset: Any,  # noqa: ANN401 - a ray.data.Dataset; Ray is an optional extra
    *,
    pipeline: Pipeline | None = None,
    timeout: float | None = None,
    raw_column: str | None = None,
    id_column: str | None = None,
    batch_size: int = 64,
    actors: int | tuple[int, int] | None = None,
) -> Any:  # noqa: ANN401 - a ray.data.Dataset
    """Clean a Ray Dataset of raw pages into a Dataset of articles, one row per input row.

    Args:
        dataset: A `ray.data.Dataset` with a page column (see `CleanBatch`).
        pipeline: The pipeline to run; `cleaner.DEFAULT` when None. Its stages must be
            picklable: Ray sends it to every actor.
        timeout: Seconds a page may take (see `CleanBatch`); None for no limit.
        raw_column: The column holding the page, when not one of `RAW_COLUMNS`.
        id_column: The column holding the identifier, when not one of `ID_COLUMNS`.
        batch_size: Rows per batch handed to an actor.
        actors: Size of the actor pool: a number, or `(min, max)` to autoscale; by default
            from one actor up to as many as the cluster has CPUs for.

    Returns:
        A lazy `ray.data.Dataset` with the columns of `schema()`.
    """
    if not callable(getattr(dataset, "map_batches", None)):
        # A list of pages said "'list' object has no attribute 'map_batches'".
        raise TypeError(
            f"clean_dataset takes a ray.data.Dataset, got {type(dataset).__name__}: make one "
            "(ray.data.from_items, read_binary_files), or clean pages in one process with "
            "cleaner.clean_many",
        )
    data = _optional("ray.data")
    if actors is None:
        compute = data.ActorPoolStrategy(min_size=1, max_size=None)
    elif isinstance(actors, tuple):
        compute = data.ActorPoolStrategy(min_size=actors[0], max_size=actors[1])
    else:
        compute = data.ActorPoolStrategy(size=actors)
    return dataset.map_batches(
        CleanBatch,
        fn_constructor_kwargs={
            "pipeline": pipeline,
            "timeout": timeout,
            "raw_column": raw_column,
            "id_column": id_column,
        },
        batch_size=batch_size,
        batch_format="numpy",
        compute=compute,
    )
