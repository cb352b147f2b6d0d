"""Export a trained scikit-learn boosted-tree classifier to cleaner's tree-ensemble JSON.

Training scripts in bench/ fit `GradientBoostingClassifier` or `HistGradientBoostingClassifier`
(binary) with scikit-learn, a bench-only dependency, then call `export()` to get the data that
`cleaner.trees.TreeEnsemble.from_data` reads at run time, and `check()` to prove that the
shipped evaluator gives the same scores as scikit-learn on the training rows.

    from bench.trees_export import export, check
    data = export(model, feature_names)
    check(data, model, X)            # raises if any score differs
    Path("src/cleaner/models/x.json").write_text(json.dumps(data))
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from cleaner.trees import TreeEnsemble

_LEAF = -1


def _round(x: float) -> float:
    """Keep model files small: 7 significant digits are far below the trees' noise."""
    return float(f"{x:.7g}")


def _from_gradient_boosting(model: Any) -> tuple[float, list[dict[str, Any]]]:
    """Return (base, trees) of a fitted binary GradientBoostingClassifier."""
    import numpy as np  # noqa: PLC0415 - bench-only dependency

    zero = np.zeros((1, model.n_features_in_))
    base = float(model._raw_predict_init(zero)[0, 0])  # noqa: SLF001 - no public accessor
    trees = []
    for estimator in model.estimators_[:, 0]:
        t = estimator.tree_
        inner = [int(c) != _LEAF for c in t.children_left]
        trees.append(
            {
                "feature": [int(t.feature[i]) if inner[i] else _LEAF for i in range(len(inner))],
                "threshold": [
                    float(t.threshold[i]) if inner[i] else 0.0 for i in range(len(inner))
                ],
                "left": [int(t.children_left[i]) if inner[i] else 0 for i in range(len(inner))],
                "right": [int(t.children_right[i]) if inner[i] else 0 for i in range(len(inner))],
                "value": [
                    0.0 if inner[i] else _round(float(t.value[i][0][0]) * model.learning_rate)
                    for i in range(len(inner))
                ],
            }
        )
    return base, trees


def _from_hist_gradient_boosting(model: Any) -> tuple[float, list[dict[str, Any]]]:
    """Return (base, trees) of a fitted binary HistGradientBoostingClassifier (numeric features)."""
    base = float(model._baseline_prediction.ravel()[0])  # noqa: SLF001 - no public accessor
    trees = []
    for (predictor,) in model._predictors:  # noqa: SLF001
        nodes = predictor.nodes
        if "is_categorical" in nodes.dtype.names and nodes["is_categorical"].any():
            msg = "categorical splits are not supported: train on numeric features"
            raise ValueError(msg)
        trees.append(
            {
                "feature": [(_LEAF if n["is_leaf"] else int(n["feature_idx"])) for n in nodes],
                "threshold": [(0.0 if n["is_leaf"] else float(n["num_threshold"])) for n in nodes],
                "left": [(0 if n["is_leaf"] else int(n["left"])) for n in nodes],
                "right": [(0 if n["is_leaf"] else int(n["right"])) for n in nodes],
                "value": [(_round(float(n["value"])) if n["is_leaf"] else 0.0) for n in nodes],
                "missing_left": [bool(n["missing_go_to_left"]) for n in nodes],
            }
        )
    return base, trees


def export(model: Any, feature_names: Sequence[str]) -> dict[str, Any]:
    """Return the tree-ensemble data of a fitted binary scikit-learn boosted classifier."""
    kind = type(model).__name__
    if kind == "GradientBoostingClassifier":
        base, trees = _from_gradient_boosting(model)
    elif kind == "HistGradientBoostingClassifier":
        base, trees = _from_hist_gradient_boosting(model)
    else:
        msg = f"cannot export {kind}: use (Hist)GradientBoostingClassifier"
        raise TypeError(msg)
    if len(feature_names) != model.n_features_in_:
        msg = f"{len(feature_names)} feature names for {model.n_features_in_} features"
        raise ValueError(msg)
    # HistGradientBoosting numbers nodes depth-first but not always children-after-parent in
    # every version; renumber in preorder so the data satisfies TreeEnsemble's check.
    trees = [_preorder(t) for t in trees]
    return {
        "kind": "tree-ensemble",
        "features": list(feature_names),
        "base": _round(base),
        "trees": trees,
    }


def _preorder(tree: dict[str, Any]) -> dict[str, Any]:
    """Return the tree renumbered so that every node comes before its children."""
    order: list[int] = []
    stack = [0]
    while stack:
        node = stack.pop()
        order.append(node)
        if tree["feature"][node] != _LEAF:
            stack.append(tree["right"][node])
            stack.append(tree["left"][node])
    new = {old: i for i, old in enumerate(order)}
    out: dict[str, Any] = {key: [tree[key][old] for old in order] for key in tree}
    out["left"] = [(new[tree["left"][o]] if tree["feature"][o] != _LEAF else 0) for o in order]
    out["right"] = [(new[tree["right"][o]] if tree["feature"][o] != _LEAF else 0) for o in order]
    return out


def check(data: dict[str, Any], model: Any, rows: Any, tolerance: float = 1e-4) -> None:
    """Raise AssertionError unless the shipped evaluator scores `rows` as scikit-learn does."""
    ensemble = TreeEnsemble.from_data(data)
    want = model.decision_function(rows)
    got = ensemble.score_many([list(map(float, r)) for r in rows])
    worst = max((abs(float(a) - b) for a, b in zip(want, got, strict=True)), default=0.0)
    # Leaf values are rounded to 7 digits and scikit-learn compares in float32: a row that sits
    # exactly on a float32 threshold may fall the other way, so allow a few such rows.
    off = sum(abs(float(a) - b) > tolerance for a, b in zip(want, got, strict=True))
    if off > max(1, len(got) // 1000):
        msg = f"{off} of {len(got)} rows score differently (worst by {worst:.3g})"
        raise AssertionError(msg)
