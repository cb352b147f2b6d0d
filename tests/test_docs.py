"""The Python examples in the README and the docs run as written."""

from __future__ import annotations

import re

import pytest

from tests.conftest import ROOT

DOCS = [ROOT / "README.md", ROOT / "docs" / "stages.md"]
# Blocks that need the network or a page the reader supplies are shown, not run.
SKIP_MARKERS = ("cleaner.fetch(", "for name, doc in cleaner.DEFAULT.trace(raw)")


def _python_blocks(path):
    blocks = re.findall(r"```python\n(.*?)```", path.read_text(encoding="utf-8"), flags=re.DOTALL)
    return [b for b in blocks if not any(m in b for m in SKIP_MARKERS)]


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_docs_python_examples_run(path, monkeypatch):
    """Each document's python blocks run in order, in one namespace, from the repository root."""
    monkeypatch.chdir(ROOT)
    blocks = _python_blocks(path)
    assert blocks
    namespace: dict[str, object] = {}
    for block in blocks:
        exec(compile(block, str(path), "exec"), namespace)
