"""Coverage-guided fuzzing of cleaner.clean() with atheris.

Short run (CI): python fuzz/fuzz_clean.py -max_total_time=60 fixtures/hostile
Long run:  python fuzz/fuzz_clean.py -max_total_time=3600 fuzz/corpus fixtures/hostile

The fuzzer feeds arbitrary bytes, and the same bytes decoded as text, to clean(). The contract
under test: clean() on any str or bytes returns an Article and never raises; a discarded page has
an empty body; a page never comes back as a stage error. Every crash it finds becomes a file in
fixtures/hostile/ (named after what it exercises), so tests/test_hostile.py keeps checking it.
"""

from __future__ import annotations

import logging
import sys

import atheris

with atheris.instrument_imports(include=["cleaner"]):
    import cleaner

# A stage error is logged by the pipeline and returned as discarded="error: ..."; the fuzzer
# turns it into a crash below, so the log would only be noise.
logging.getLogger("cleaner").setLevel(logging.CRITICAL)


def check(article: cleaner.Article) -> None:
    """Raise when an Article breaks the contract."""
    if not isinstance(article, cleaner.Article):
        raise TypeError(f"clean() returned {type(article).__name__}")
    if article.discarded is not None and article.body:
        raise AssertionError("a discarded article has a body")
    if (article.discarded or "").startswith("error"):
        raise AssertionError(f"a stage failed: {article.discarded}")


def test_one_input(data: bytes) -> None:
    """Clean the input as bytes and as text."""
    check(cleaner.clean(data))
    fdp = atheris.FuzzedDataProvider(data)
    check(cleaner.clean(fdp.ConsumeUnicodeNoSurrogates(len(data))))


def main() -> None:
    """Run the fuzzer with libFuzzer's command-line arguments."""
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
