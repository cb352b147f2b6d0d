"""Gradient-boosted tree ensembles shipped as data and scored fast in pure Python.

The learned models under `models/` are small JSON files trained by scripts in `bench/`. A
logistic model scores a row with one dot product; a tree ensemble needs a walk down every tree,
and a plain interpreter loop over node arrays costs ~60 ns a step: 100 trees of depth 4 on 300
blocks is ~7 ms a page, as much as several whole stages. So `TreeEnsemble` turns its trees, once
per process and on first use, into one Python function of nested `if`s over local variables,
which the interpreter runs about five times faster than the loop (measured in
tests/test_trees.py's reference against the loop, and on the block models' pages).

Why generated source rather than numpy: numpy would score a page's rows in one vectorised walk,
but importing it costs ~15 MB of resident memory and ~60 ms per process, while the speed target
of issue 3 caps peak memory at trafilatura's. The generated source contains nothing but numbers
read from the model file and converted with `int()`/`float()`, so no text of the file reaches
the compiler.

Model data (all lists of one tree have one entry per node; node 0 is the root):

    {"kind": "tree-ensemble", "features": [names...], "base": float,
     "trees": [{"feature": [int], "threshold": [float], "left": [int], "right": [int],
                "value": [float], "missing_left": [bool] (optional)}]}

A node with feature -1 is a leaf worth `value`; any other node sends a row left when
`row[feature] <= threshold` (and a NaN left when `missing_left`), as scikit-learn's trees do.
The score is `base + sum of leaf values`: log-odds for a binary classifier.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from cleaner.errors import ModelError

_LEAF = -1
# Deeper trees than this are not gradient-boosting weak learners, and would make the generated
# function's nesting exceed what CPython's compiler accepts (~100 levels).
MAX_DEPTH = 24


@dataclass(frozen=True)
class Tree:
    """One regression tree as parallel node arrays (see the module docstring)."""

    feature: tuple[int, ...]
    threshold: tuple[float, ...]
    left: tuple[int, ...]
    right: tuple[int, ...]
    value: tuple[float, ...]
    missing_left: tuple[bool, ...]

    def leaf_value(self, row: Sequence[float]) -> float:
        """Walk the tree for one row and return its leaf's value (the reference evaluator)."""
        node = 0
        while self.feature[node] != _LEAF:
            x = row[self.feature[node]]
            go_left = self.missing_left[node] if math.isnan(x) else x <= self.threshold[node]
            node = self.left[node] if go_left else self.right[node]
        return self.value[node]


def _tree_from_data(data: Mapping[str, Any], n_features: int, where: str) -> Tree:
    """Check one tree's node arrays and return it; raise ModelError naming the flaw."""
    try:
        feature = tuple(int(f) for f in data["feature"])
        threshold = tuple(float(t) for t in data["threshold"])
        left = tuple(int(i) for i in data["left"])
        right = tuple(int(i) for i in data["right"])
        value = tuple(float(v) for v in data["value"])
        missing = tuple(bool(m) for m in data.get("missing_left", [True] * len(feature)))
    except (KeyError, TypeError, ValueError) as exc:
        msg = f"{where}: missing or non-numeric node arrays ({exc})"
        raise ModelError(msg) from exc
    n = len(feature)
    if n == 0 or any(len(a) != n for a in (threshold, left, right, value, missing)):
        msg = f"{where}: node arrays are empty or of different lengths"
        raise ModelError(msg)
    for i in range(n):
        if feature[i] == _LEAF:
            if not math.isfinite(value[i]):
                msg = f"{where}: leaf {i} has a non-finite value"
                raise ModelError(msg)
            continue
        if not 0 <= feature[i] < n_features:
            msg = f"{where}: node {i} tests feature {feature[i]}, the model has {n_features}"
            raise ModelError(msg)
        if not (i < left[i] < n and i < right[i] < n) or math.isnan(threshold[i]):
            # Children after their parent: the walk always ends, and the tree has no cycle.
            msg = f"{where}: node {i} has bad children or threshold"
            raise ModelError(msg)
    return Tree(feature, threshold, left, right, value, missing)


def _depth(tree: Tree, node: int = 0) -> int:
    """Return the depth of the subtree at `node` (a leaf is depth 0)."""
    if tree.feature[node] == _LEAF:
        return 0
    return 1 + max(_depth(tree, tree.left[node]), _depth(tree, tree.right[node]))


def _emit(tree: Tree, node: int, indent: int, out: list[str]) -> None:
    """Append the source of one subtree: nested ifs that add its leaf value to `s`."""
    pad = " " * indent
    if tree.feature[node] == _LEAF:
        out.append(f"{pad}s += {tree.value[node]!r}")
        return
    x = f"x{tree.feature[node]}"
    cond = f"{x} <= {tree.threshold[node]!r}"
    # A NaN compares false with everything: send it where the tree says missing values go.
    cond = f"({cond} or {x} != {x})" if tree.missing_left[node] else cond
    out.append(f"{pad}if {cond}:")
    _emit(tree, tree.left[node], indent + 1, out)
    out.append(f"{pad}else:")
    _emit(tree, tree.right[node], indent + 1, out)


@dataclass(frozen=True)
class TreeEnsemble:
    """A boosted tree ensemble: `base` plus the sum of one leaf value per tree.

    Build it with `TreeEnsemble.from_data` from a model file's JSON; score rows with `score`
    (raw log-odds) or `probability`.
    """

    features: tuple[str, ...]
    base: float
    trees: tuple[Tree, ...]
    # Rows `score` walks (`reference_score`) before it compiles the trees: for a model a process
    # may use for only a few rows, where compiling costs more than walking saves (the text
    # title model: `cleaner.titles`).
    walk_first: int = 0
    _compiled: list[Callable[[Sequence[float]], float]] = field(
        default_factory=list, repr=False, compare=False
    )
    # How many rows were walked so far (one cell: the class is frozen).
    _walked: list[int] = field(default_factory=lambda: [0], repr=False, compare=False)

    @classmethod
    def from_data(
        cls, data: Mapping[str, Any], *, name: str = "model", walk_first: int = 0
    ) -> TreeEnsemble:
        """Check a model file's JSON (see the module docstring) and return the ensemble.

        `walk_first`: the rows `score` walks before compiling (see the field).

        Raises:
            ModelError: if the data is not a well-formed tree ensemble; `name` is used in the
                message.
        """
        if data.get("kind") != "tree-ensemble":
            msg = f"{name}: not a tree-ensemble model (kind={data.get('kind')!r})"
            raise ModelError(msg)
        features = tuple(str(f) for f in data.get("features", ()))
        try:
            base = float(data["base"])
            raw_trees = list(data["trees"])
        except (KeyError, TypeError, ValueError) as exc:
            msg = f"{name}: missing base or trees ({exc})"
            raise ModelError(msg) from exc
        trees = tuple(
            _tree_from_data(t, len(features), f"{name}, tree {i}") for i, t in enumerate(raw_trees)
        )
        for i, tree in enumerate(trees):
            if _depth(tree) > MAX_DEPTH:
                msg = f"{name}, tree {i}: deeper than {MAX_DEPTH}"
                raise ModelError(msg)
        return cls(features, base, trees, walk_first)

    def source(self) -> str:
        """Return the Python source of the scoring function (for inspection and tests)."""
        n = len(self.features)
        lines = ["def score(row):"]
        if n:
            names = ", ".join(f"x{i}" for i in range(n))
            lines.append(f" {names}{',' if n == 1 else ''} = row")
        lines.append(f" s = {self.base!r}")
        for tree in self.trees:
            _emit(tree, 0, 1, lines)
        lines.append(" return s")
        return "\n".join(lines) + "\n"

    def _function(self) -> Callable[[Sequence[float]], float]:
        """Return the compiled scoring function, compiling it on first use."""
        if not self._compiled:
            namespace: dict[str, Any] = {}
            # The source holds only numbers converted by int()/float() in from_data (see the
            # module docstring), so compiling it runs no text taken from the model file.
            exec(compile(self.source(), "<tree-ensemble>", "exec"), namespace)  # noqa: S102
            self._compiled.append(namespace["score"])
        return self._compiled[0]

    def score(self, row: Sequence[float]) -> float:
        """Return the ensemble's raw score (log-odds) for one row of feature values.

        Raises:
            ValueError: if the row does not have one value per feature.
        """
        if len(row) != len(self.features):
            msg = f"row has {len(row)} values, the model reads {len(self.features)} features"
            raise ValueError(msg)
        if not self._compiled and self._walked[0] < self.walk_first:
            self._walked[0] += 1
            return self.reference_score(row)
        return self._function()(row)

    def score_many(self, rows: Sequence[Sequence[float]]) -> list[float]:
        """Return the raw scores of many rows (each must have one value per feature)."""
        n = len(self.features)
        if any(len(row) != n for row in rows):
            msg = f"every row must have {n} values, one per feature"
            raise ValueError(msg)
        fn = self._function()
        return [fn(row) for row in rows]

    def probability(self, row: Sequence[float]) -> float:
        """Return the positive class's probability for one row (the logistic of `score`)."""
        z = self.score(row)
        return 1.0 / (1.0 + math.exp(-z)) if z >= -500 else 0.0  # exp overflows below

    def reference_score(self, row: Sequence[float]) -> float:
        """Return the score by walking the node arrays: slower than the compiled function.

        The same float as the compiled function: the leaves are added to the base one by one,
        in the trees' order, as the generated source does.
        """
        total = self.base
        for tree in self.trees:
            total += tree.leaf_value(row)
        return total
