r"""Lone surrogates: code points that are no characters, replaced where text enters or leaves.

Python's surrogateescape writes an undecodable byte as a lone surrogate ("\udcff"), and JSON can
escape one; lxml stops parsing at it and UTF-8 output fails on it. The decode stage (a `str`
page), the JSONL reader (a row's page) and the command line's writer (any field) read them
through this one function. Kept apart from the stages so the reader and the command line, which
load no stage, need not import one.
"""

from __future__ import annotations

import re

_SURROGATE = re.compile("[\ud800-\udfff]")


def replace_surrogates(text: str) -> str:
    r"""Return `text` with every lone surrogate replaced by U+FFFD.

    Example:
        >>> replace_surrogates("Gr\udcfc\u00dfe")
        'Gr�ße'
    """
    if text.isascii() or not _SURROGATE.search(text):
        # A page without one (nearly all) is returned as it is, not copied by `sub`.
        return text
    return _SURROGATE.sub("\ufffd", text)
