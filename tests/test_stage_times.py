"""bench/stage_times.py's cache reset: text memos are emptied, set-up caches are kept."""

from __future__ import annotations

import functools

from bench import stage_times


@functools.lru_cache(maxsize=stage_times._TEXT_CACHE_SIZE)
def _text_memo(text: str) -> int:
    return len(text)


@functools.lru_cache(maxsize=256)
def _setup_memo(name: str) -> str:
    return name.upper()


@functools.cache
def _compiled(name: str) -> str:
    return name.lower()


def test_clear_text_caches_empties_text_memos_only() -> None:
    """A memo of 1,024 texts is emptied; a small bounded one and an unbounded one keep theirs."""
    _text_memo("a line of a page")
    _setup_memo("rules")
    _compiled("pattern")
    assert stage_times.clear_text_caches() >= 1
    assert _text_memo.cache_info().currsize == 0
    assert _setup_memo.cache_info().currsize == 1
    assert _compiled.cache_info().currsize == 1
