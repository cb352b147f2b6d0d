"""bench/hostile.py: a case that runs over its time limit is a row of the report, not the end."""

from __future__ import annotations

from bench import hostile


def test_a_case_over_its_time_limit_is_a_crashed_row():
    """A case past its limit raised TimeoutExpired out of the run: no report was written, and the
    slow case (a 1 MB word, hours in text_forms; session 24's review) went unnamed."""
    row = hostile.run_in_subprocess("empty.html", seconds=0.01)
    assert row["case"] == "empty.html"
    assert row["crashed"] is True
    assert str(row["outcome"]).startswith("timed out after 0.01 s")


def test_a_case_within_its_limit_gives_its_outcome():
    row = hostile.run_in_subprocess("empty.html")
    assert (row["outcome"], row["crashed"]) == ("empty", False)


def test_the_generated_cases_include_one_long_word_and_a_cut_utf16_page():
    """Inputs that found faults: a long word, spaced dashes, unclosed bold marks, cut UTF-16."""
    cases = hostile.generated()
    assert cases["gen:1MB-word-text"].count(b"A") == 1_000_000
    assert len(cases["gen:utf16-cut"]) % 2 == 1
    assert cases["gen:1MB-dash-rule-text"].count(b"- ") == 500_000
    assert cases["gen:1MB-bold-marks-text"].count(b"**a ") == 250_000
