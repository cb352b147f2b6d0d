"""The benchmark sets: where their pages and ground truth live, read in place.

The data stays in ``../shared/bench/`` (next to the repository); nothing is copied into the repo.
Set ``CLEANER_BENCH_DATA`` to point elsewhere.
"""

from __future__ import annotations

import gzip
import json
import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Literal

REPO = Path(__file__).resolve().parent.parent
DATA = Path(os.environ.get("CLEANER_BENCH_DATA", REPO.parent / "shared" / "bench"))

Family = Literal["sh", "wcxb"]
Kind = Literal["html", "text"]


@dataclass(frozen=True)
class BenchSet:
    """One benchmark set: a family of ground truth and the form of its inputs."""

    name: str
    family: Family
    kind: Kind
    root: Path

    def page_path(self, page_id: str) -> Path:
        """The gzip file holding one page's input."""
        if self.kind == "html":
            return self.root / "html" / f"{page_id}.html.gz"
        return self.root / "text" / f"{page_id}.txt.gz"

    def read(self, page_id: str) -> bytes:
        """One page's input bytes, decompressed."""
        with gzip.open(self.page_path(page_id), "rb") as f:
            return f.read()


SETS: dict[str, BenchSet] = {
    "sh-html": BenchSet("sh-html", "sh", "html", DATA / "scrapinghub"),
    "sh-text": BenchSet("sh-text", "sh", "text", DATA / "scrapinghub"),
    "wcxb-dev": BenchSet("wcxb-dev", "wcxb", "html", DATA / "wcxb-dev"),
    "wcxb-dev-text": BenchSet("wcxb-dev-text", "wcxb", "text", DATA / "wcxb-dev"),
}


@dataclass(frozen=True)
class Truth:
    """Ground truth of one page, in one shape for both families (WCXB-only fields empty for SH)."""

    page_id: str
    body: str
    url: str
    page_type: str = "article"
    title: str | None = None
    author: str | None = None
    date: str | None = None
    with_snippets: tuple[str, ...] = ()
    without_snippets: tuple[str, ...] = ()


@cache
def _sh_truth(root: Path) -> dict[str, Truth]:
    raw: dict[str, dict[str, Any]] = json.loads((root / "ground-truth.json").read_text("utf-8"))
    return {
        k: Truth(page_id=k, body=v.get("articleBody") or "", url=v.get("url") or "")
        for k, v in sorted(raw.items())
    }


def _wcxb_one(path: Path) -> Truth:
    d: dict[str, Any] = json.loads(path.read_text("utf-8"))
    g: dict[str, Any] = d.get("ground_truth") or {}
    page_type = ((d.get("_internal") or {}).get("page_type") or {}).get("primary") or "unknown"
    return Truth(
        page_id=path.stem,
        body=g.get("main_content") or "",
        url=d.get("url") or "",
        page_type=page_type,
        title=g.get("title") or None,
        author=g.get("author") or None,
        date=g.get("publish_date") or None,
        with_snippets=tuple(g.get("with") or ()),
        without_snippets=tuple(g.get("without") or ()),
    )


@cache
def _wcxb_truth(root: Path) -> dict[str, Truth]:
    return {p.stem: _wcxb_one(p) for p in sorted((root / "ground-truth").glob("*.json"))}


def truth(bench_set: BenchSet) -> dict[str, Truth]:
    """All ground truth of a set, keyed by page id, in id order.

    Only the scorer calls this; the tools never see it.
    """
    if not bench_set.root.is_dir():
        raise FileNotFoundError(
            f"benchmark data not found at {bench_set.root}: put it there or set CLEANER_BENCH_DATA",
        )
    if bench_set.family == "sh":
        return _sh_truth(bench_set.root)
    return _wcxb_truth(bench_set.root)


def select(ids: list[str], *, limit: int | None = None, sample: int | None = None) -> list[str]:
    """A reproducible subset: every ``sample``-th id (from the first), then the first ``limit``."""
    out = ids[:: sample or 1]
    return out[:limit] if limit else out
