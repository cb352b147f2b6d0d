"""Tests of the tree-ensemble evaluator (cleaner.trees) on hand-built trees."""

from __future__ import annotations

import math
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleaner.errors import ModelError
from cleaner.trees import TreeEnsemble

# Tree A: x0 <= 1.5 ? (x1 <= 0 ? 1.0 : 2.0) : 3.0 ; NaN in x0 goes right, in x1 left.
TREE_A: dict[str, Any] = {
    "feature": [0, 1, -1, -1, -1],
    "threshold": [1.5, 0.0, 0.0, 0.0, 0.0],
    "left": [1, 2, 0, 0, 0],
    "right": [4, 3, 0, 0, 0],
    "value": [0.0, 0.0, 1.0, 2.0, 3.0],
    "missing_left": [False, True, False, False, False],
}
# Tree B: a stump on x1: x1 <= 10 ? -0.5 : 0.5
TREE_B: dict[str, Any] = {
    "feature": [1, -1, -1],
    "threshold": [10.0, 0.0, 0.0],
    "left": [1, 0, 0],
    "right": [2, 0, 0],
    "value": [0.0, -0.5, 0.5],
}


def _model(*trees: dict[str, Any], base: float = 0.25) -> dict[str, Any]:
    return {"kind": "tree-ensemble", "features": ["a", "b"], "base": base, "trees": list(trees)}


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ((1.0, -1.0), 0.25 + 1.0 - 0.5),  # left, left; stump left
        ((1.5, 0.0), 0.25 + 1.0 - 0.5),  # equal to a threshold goes left
        ((1.0, 5.0), 0.25 + 2.0 - 0.5),
        ((2.0, 20.0), 0.25 + 3.0 + 0.5),
        ((math.nan, 0.0), 0.25 + 3.0 - 0.5),  # NaN in x0 goes right
        ((0.0, math.nan), 0.25 + 1.0 + 0.5),  # NaN in x1: left in A; B defaults to left too
    ],
)
def test_score_adds_base_and_one_leaf_per_tree(row: tuple[float, float], expected: float) -> None:
    """The score is base plus the leaf each tree sends the row to, NaNs as the data says."""
    model = TreeEnsemble.from_data(_model(TREE_A, TREE_B))
    if math.isnan(row[1]):
        expected = 0.25 + 1.0 - 0.5  # TREE_B has no missing_left list: missing goes left
    assert model.score(row) == pytest.approx(expected)
    assert model.reference_score(row) == pytest.approx(expected)


def test_probability_is_the_logistic_of_the_score() -> None:
    """probability() turns log-odds into a probability in (0, 1)."""
    model = TreeEnsemble.from_data(_model(TREE_B, base=0.0))
    assert model.probability((0.0, 20.0)) == pytest.approx(1 / (1 + math.exp(-0.5)))
    assert model.probability((0.0, 0.0)) == pytest.approx(1 / (1 + math.exp(0.5)))


def test_empty_ensemble_scores_its_base() -> None:
    """An ensemble without trees scores every row at its base."""
    model = TreeEnsemble.from_data(_model(base=-1.25))
    assert model.score_many([(0.0, 0.0), (9.0, 9.0)]) == [-1.25, -1.25]


@given(
    st.lists(
        st.tuples(
            st.floats(allow_nan=True, allow_infinity=True, width=32),
            st.floats(allow_nan=True, allow_infinity=True, width=32),
        ),
        min_size=1,
        max_size=20,
    )
)
def test_compiled_function_agrees_with_the_tree_walk(rows: list[tuple[float, float]]) -> None:
    """The generated function and the plain node walk give the same score for any row."""
    model = TreeEnsemble.from_data(_model(TREE_A, TREE_B, TREE_A))
    assert model.score_many(rows) == [model.reference_score(r) for r in rows]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"kind": "logistic"}, "not a tree-ensemble"),
        ({"base": "x"}, "missing base or trees"),
        ({"trees": [{**TREE_B, "feature": [5, -1, -1]}]}, "tests feature 5"),
        ({"trees": [{**TREE_B, "left": [0, 0, 0]}]}, "bad children"),
        ({"trees": [{**TREE_B, "value": [0.0, math.inf, 0.5]}]}, "non-finite"),
        ({"trees": [{**TREE_B, "value": [0.0]}]}, "different lengths"),
        ({"trees": [{**TREE_B, "feature": ["__import__('os')", -1, -1]}]}, "non-numeric"),
    ],
)
def test_malformed_model_data_raises_model_error(change: dict[str, Any], message: str) -> None:
    """Bad model data is refused with a ModelError that says what is wrong."""
    with pytest.raises(ModelError, match=message):
        TreeEnsemble.from_data({**_model(TREE_B), **change}, name="test model")


def test_row_of_the_wrong_width_raises_value_error() -> None:
    """A row must carry one value per feature the model reads."""
    model = TreeEnsemble.from_data(_model(TREE_B))
    with pytest.raises(ValueError, match="reads 2 features"):
        model.score((1.0,))
    with pytest.raises(ValueError, match="2 values"):
        model.score_many([(1.0, 2.0), (1.0,)])


def test_source_holds_only_the_numbers_of_the_model() -> None:
    """The generated source is built from numbers: thresholds and leaf values appear as floats."""
    source = TreeEnsemble.from_data(_model(TREE_B)).source()
    assert "x1 <= 10.0" in source
    assert "s += -0.5" in source
    assert "s += 0.5" in source
