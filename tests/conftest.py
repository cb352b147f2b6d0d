"""Shared test helpers: paths to the fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"


@pytest.fixture
def fixtures_dir() -> Path:
    """The repository's fixtures folder."""
    return FIXTURES


def pytest_addoption(parser: pytest.Parser) -> None:
    """Add ``--update-baseline`` (used by tests/test_goldens.py; see fixtures/README.md)."""
    parser.addoption(
        "--update-baseline",
        action="store_true",
        default=False,
        help="raise golden-page floors in fixtures/baseline.json and drop fields that now pass",
    )
