"""Titles: split "Headline – Site Name" into its headline and the site's name."""

from __future__ import annotations

import regex

# Separators sites put between the headline and their own name. A plain hyphen counts only with
# spaces around it, so "Nagorno-Karabakh" is never split.
_SEPARATOR = regex.compile(r"\s+(?:[|–—•·:»«~/]|-{1,2}|::)\s+")
# A site suffix is short: the longest in the seed and the benchmark titles is six words.
_MAX_SITE_WORDS = 6


def split_title(title: str, site_hint: str | None = None) -> tuple[str, str | None]:
    """Return `(headline, site)` from a page title such as "Headline – Site Name".

    With `site_hint` (og:site_name and the like), the part that matches the hint is the site.
    Without it, the last short part after a separator is taken as the site when the rest is
    longer than it.
    """
    title = " ".join(title.split())
    parts = _SEPARATOR.split(title)
    if len(parts) < 2:
        return title, None
    if site_hint:
        hint = site_hint.casefold().strip()
        for i in (len(parts) - 1, 0):
            if parts[i].casefold().strip() == hint:
                rest = parts[:i] + parts[i + 1 :]
                return _join(title, rest), parts[i].strip()
        return title, None
    last, first = parts[-1].strip(), parts[0].strip()
    head = _join(title, parts[:-1])
    if len(last.split()) <= _MAX_SITE_WORDS and len(head) > len(last):
        return head, last
    if len(first.split()) <= _MAX_SITE_WORDS and len(_join(title, parts[1:])) > len(first) * 2:
        return _join(title, parts[1:]), first
    return title, None


def _join(title: str, parts: list[str]) -> str:
    """Rejoin the headline parts with the separators they had in `title`."""
    if not parts:
        return ""
    start = title.find(parts[0])
    end = title.rfind(parts[-1]) + len(parts[-1])
    return title[start:end].strip() if start >= 0 and end > start else " ".join(parts).strip()
