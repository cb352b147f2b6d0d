"""The Python examples in the docs run as written."""

from __future__ import annotations

import re

import pytest

from tests.conftest import ROOT

DOCS = [ROOT / "docs" / "stages.md"]


def _python_blocks(path):
    return re.findall(r"```python\n(.*?)```", path.read_text(encoding="utf-8"), flags=re.DOTALL)


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_docs_python_examples_run(path):
    """Each doc's python blocks run in order in one namespace without error."""
    blocks = [b for b in _python_blocks(path) if "raw)" not in b]
    assert blocks
    namespace: dict[str, object] = {}
    for block in blocks:
        exec(compile(block, str(path), "exec"), namespace)
