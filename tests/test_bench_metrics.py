"""Hand-worked checks of the benchmark's metric functions (bench/metrics.py); no benchmark data."""

from __future__ import annotations

import pytest
from bench import metrics


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", {}),
        ("a b c", {("a", "b", "c"): 1}),
        ("a b c d", {("a", "b", "c", "d"): 1}),
        ("a, b. c d e", {("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1}),
        ("x x x x x", {("x", "x", "x", "x"): 2}),
    ],
)
def test_shingles_counts_four_token_runs(text: str, expected: dict[tuple[str, ...], int]) -> None:
    """Shingles are 4-token runs as a multiset; a short text is one shingle of all its tokens."""
    assert dict(metrics.shingles(text)) == expected


def test_shingle_match_normalises_counts_by_their_sum() -> None:
    """One shared, one extra and one missing shingle give a third each, P = R = 0.5."""
    m = metrics.shingle_match("a b c d e", "a b c d x")
    assert (m.tp, m.fp, m.fn) == pytest.approx((1 / 3, 1 / 3, 1 / 3))
    assert (m.precision, m.recall) == pytest.approx((0.5, 0.5))


def test_shingle_match_keeps_case() -> None:
    """Scrapinghub tokens keep their case, so 'The' and 'the' differ."""
    assert metrics.shingle_match("The cat sat down", "the cat sat down").recall == 0.0


def test_shingle_match_empty_prediction_is_left_out_of_precision() -> None:
    """An empty prediction has no precision (None) and recall 0."""
    m = metrics.shingle_match("", "a b c d e")
    assert m.precision is None
    assert m.recall == 0.0


def test_shingle_match_both_empty_scores_one() -> None:
    """With no FP and no FN a document scores 1 on both."""
    m = metrics.shingle_match("", "")
    assert (m.precision, m.recall) == (1.0, 1.0)


def test_sh_score_f1_comes_from_mean_precision_and_recall() -> None:
    """P=1,R=.5 and P=.5,R=1 average to .75/.75, so F1 is .75 (not the .667 mean of F1s)."""
    s = metrics.sh_score(
        ["a b c d e", "a b c d e f g"],
        ["a b c d e f g", "a b c d e"],
        n_bootstrap=0,
    )
    assert (s.precision, s.recall, s.f1) == pytest.approx((0.75, 0.75, 0.75))
    assert s.accuracy == 0.0


def test_sh_score_empty_prediction_counts_for_recall_only() -> None:
    """An exact page and an empty one: precision 1 (empty left out), recall .5, accuracy .5."""
    s = metrics.sh_score(
        ["one two three four five", ""], ["one two three four five", "x y z w"], n_bootstrap=0
    )
    assert (s.precision, s.recall, s.accuracy) == pytest.approx((1.0, 0.5, 0.5))
    assert s.f1 == pytest.approx(2 / 3)


def test_sh_score_accuracy_compares_token_sequences() -> None:
    """Accuracy ignores whitespace and punctuation between tokens but not their order."""
    s = metrics.sh_score(
        ["Hello,  world!\nAgain", "b a"], ["Hello world Again", "a b"], n_bootstrap=0
    )
    assert s.accuracy == 0.5


def test_sh_score_bootstrap_is_seeded() -> None:
    """The ± figures repeat exactly for the same seed and are non-zero when pages differ."""
    preds, truths = (
        ["a b c d e", "a b c d", "q r s t u", ""],
        ["a b c d e", "a b c x", "q r s t", "z"],
    )
    one = metrics.sh_score(preds, truths, n_bootstrap=50, seed=3)
    two = metrics.sh_score(preds, truths, n_bootstrap=50, seed=3)
    assert one == two
    assert one.f1_ci > 0


@pytest.mark.parametrize(
    ("pred", "true", "prf"),
    [
        ("the cat sat", "The cat sat on the mat", (1.0, 0.5, 2 / 3)),
        ("cat cat dog", "cat", (1 / 3, 1.0, 0.5)),
        ("", "", (1.0, 1.0, 1.0)),
        ("", "words here", (0.0, 0.0, 0.0)),
        ("words here", "", (0.0, 0.0, 0.0)),
    ],
)
def test_word_prf_bag_of_lowercase_words(pred: str, true: str, prf: tuple[float, ...]) -> None:
    """WCXB word scores use lower-case word bags (multisets); empty sides as documented."""
    s = metrics.word_prf(pred, true)
    assert (s.precision, s.recall, s.f1) == pytest.approx(prf)


@pytest.mark.parametrize(
    ("text", "snippet", "found"),
    [
        ("Please SIGN UP  for our\nnewsletter today.", "Sign up for our newsletter!", True),
        ("sign in and then up for our newsletter", "Sign up for our newsletter", False),
        ("homework", "Home", False),
        ("anything", "—", False),
    ],
)
def test_contains_snippet_matches_word_runs(text: str, snippet: str, found: bool) -> None:
    """A snippet is found when its words occur contiguously, whatever the case and spacing."""
    assert metrics.contains_snippet(metrics.words(text), snippet) is found


def test_snippet_hits_skips_snippets_without_words() -> None:
    """Snippets with no words are not counted at all."""
    assert metrics.snippet_hits("Home Login", ["home", "order now", "…"]) == (1, 2)


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("Rui Ma, Heba Ledwon & Suparn Patra", {"rui ma", "heba ledwon", "suparn patra"}),
        ("Dylan Bailey, MS, RD, FAND", {"dylan bailey"}),
        ("Jane Doe and JOHN  SMITH", {"jane doe", "john smith"}),
        (["Jane Doe", "John Smith; Ann Lee"], {"jane doe", "john smith", "ann lee"}),
        (None, set()),
        ("", set()),
    ],
)
def test_author_set_splits_names_case_free(value: str | list[str] | None, names: set[str]) -> None:
    """An author field becomes a case-free set of names; credentials are not names."""
    assert metrics.author_set(value) == names


def test_author_outcome_ignores_order_and_case() -> None:
    """The same names in another order and case are a match."""
    o = metrics.author_outcome(["suparn patra", "RUI MA"], "Rui Ma & Suparn Patra")
    assert o.has_truth
    assert o.correct


def test_author_outcome_flags_an_invented_author() -> None:
    """A name where the truth has none counts as invented, not as a miss."""
    o = metrics.author_outcome(["Admin"], None)
    assert (o.has_truth, o.invented) == (False, True)


@pytest.mark.parametrize(
    ("pred", "true", "correct"),
    [
        ("2024-01-02", "2024-01-02", True),
        ("2024-01-02T10:00:00+00:00", "2024-01-02", True),
        ("2024-01-03", "2024-01-02", False),
        (None, "2024-01-02", False),
    ],
)
def test_date_outcome_compares_the_day(pred: str | None, true: str, correct: bool) -> None:
    """Dates match on YYYY-MM-DD."""
    assert metrics.date_outcome(pred, true).correct is correct


def test_title_outcome_normalises_whitespace_and_case() -> None:
    """Titles match after collapsing whitespace and folding case."""
    assert metrics.title_outcome("  Hello \n World ", "hello world").correct
    assert not metrics.title_outcome("Hello World – Site", "Hello World").correct


def test_meta_score_splits_accuracy_and_invention() -> None:
    """Accuracy counts pages with a true value; invention counts pages without one."""
    outcomes = [
        metrics.date_outcome("2024-01-02", "2024-01-02"),
        metrics.date_outcome("2024-01-05", "2024-01-02"),
        metrics.date_outcome("2024-01-05", None),
        metrics.date_outcome(None, None),
        metrics.date_outcome(None, None),
        metrics.date_outcome(None, None),
    ]
    m = metrics.meta_score(outcomes)
    assert (m.correct, m.with_truth, m.invented, m.without_truth) == (1, 2, 1, 4)
    assert (m.accuracy, m.invented_rate) == (0.5, 0.25)


def test_author_set_keeps_a_field_made_only_of_capitals() -> None:
    """A lone all-capitals name (a station's call sign) is not dropped as a credential."""
    assert metrics.author_set("WRAL") == {"wral"}


def test_date_outcome_month_only_truth_still_counts() -> None:
    """A truth of only a month is a page with a date that a full day does not match."""
    o = metrics.date_outcome("2015-11-03", "2015-11")
    assert (o.has_truth, o.correct) == (True, False)
