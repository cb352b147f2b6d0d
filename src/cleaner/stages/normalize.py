"""Stage `normalize`: Unicode and whitespace clean-up of every block's text."""

from __future__ import annotations

import unicodedata

import regex

from cleaner.document import Document

# Every Unicode space separator (NBSP, narrow NBSP, em space, ...) and tabs become one space.
_SPACES = regex.compile(r"[\p{Zs}\t\f\v]+")
# Zero-width characters and the soft hyphen are invisible and split words for search.
_INVISIBLE = regex.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_NEWLINES = regex.compile(r"\s*[\r\n]+\s*")


def normalize_text(text: str) -> str:
    """Return `text` in NFC with spaces collapsed and invisible characters removed."""
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    text = _NEWLINES.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


def normalize(doc: Document) -> Document:
    """Normalise Unicode and whitespace in every block; drop blocks left empty.

    Reads: blocks. Writes: blocks[].text, blocks[].dropped_by ("empty").
    """
    blocks = []
    for b in doc.blocks:
        text = normalize_text(b.text)
        nb = b if text == b.text else b.evolve(text=text)
        blocks.append(nb if text else nb.drop("empty"))
    return doc.evolve(blocks=tuple(blocks))
