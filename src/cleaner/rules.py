"""Rules as data: per-language TOML files of phrases and patterns, loaded and compiled once.

See docs/rules.md for the file format. `Rules.load("de")` merges `common.toml`, then `de.toml`,
then any files the caller adds.
"""

from __future__ import annotations

import functools
import logging
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import regex

logger = logging.getLogger(__name__)

_WS = regex.compile(r"\s+")


def fold(text: str) -> str:
    """Casefold and collapse whitespace: the form phrases are compared in."""
    return _WS.sub(" ", text).strip().casefold()


@dataclass(frozen=True, slots=True)
class Category:
    """One named group of phrases and patterns (e.g. `drop.sponsored`).

    Attributes:
        name: The category name without its table prefix ("sponsored").
        phrases: Folded phrases; a block that equals one, or starts with one and is at most
            `max_chars` long, matches.
        pattern: All patterns OR-ed into one compiled regex, or None.
        max_chars: Longest block a phrase prefix may match.
        examples: Texts that must match (checked by tests).
        counter_examples: Texts that must not match (checked by tests).
    """

    name: str
    phrases: frozenset[str] = frozenset()
    pattern: regex.Pattern[str] | None = None
    max_chars: int = 200
    examples: tuple[str, ...] = ()
    counter_examples: tuple[str, ...] = ()

    def matches(self, text: str) -> bool:
        """Return whether `text` (a whole block) falls in this category."""
        folded = fold(text)
        if folded in self.phrases:
            return True
        if len(folded) <= self.max_chars and any(
            folded.startswith(p) for p in self.phrases
        ):
            return True
        return bool(self.pattern is not None and self.pattern.search(text, timeout=0.5))


def _compile(patterns: list[str], where: str) -> regex.Pattern[str] | None:
    if not patterns:
        return None
    try:
        return regex.compile("|".join(f"(?:{p})" for p in patterns), regex.I | regex.V1)
    except regex.error as exc:
        raise ValueError(f"bad pattern in {where}: {exc}") from exc


def _category(name: str, table: dict[str, Any], where: str) -> Category:
    return Category(
        name=name,
        phrases=frozenset(fold(p) for p in table.get("phrases", [])),
        pattern=_compile(list(table.get("patterns", [])), f"{where} [{name}]"),
        max_chars=int(table.get("max_chars", 200)),
        examples=tuple(table.get("examples", [])),
        counter_examples=tuple(table.get("counter_examples", [])),
    )


def _merge(a: Category, b: Category) -> Category:
    pats = [p.pattern for p in (a.pattern, b.pattern) if p is not None]
    return Category(
        name=a.name,
        phrases=a.phrases | b.phrases,
        pattern=regex.compile("|".join(pats), regex.I | regex.V1) if pats else None,
        max_chars=max(a.max_chars, b.max_chars),
        examples=a.examples + b.examples,
        counter_examples=a.counter_examples + b.counter_examples,
    )


@dataclass(frozen=True, slots=True)
class Rules:
    """The compiled rules for one language.

    Attributes:
        lang: The language they were loaded for.
        drop: `drop.*` categories, in file order: blocks matching one are removed.
        lift: `lift.*` categories: lines the metadata stages take out of the body.
        sources: The files merged, in order.
    """

    lang: str | None
    drop: tuple[Category, ...] = ()
    lift: tuple[Category, ...] = ()
    sources: tuple[str, ...] = field(default=())

    @staticmethod
    def shipped_languages() -> tuple[str, ...]:
        """Return the language codes that have a rules file in the package."""
        files = resources.files("cleaner") / "rules"
        return tuple(
            sorted(
                p.name.removesuffix(".toml")
                for p in files.iterdir()
                if p.name.endswith(".toml") and p.name != "common.toml"
            ),
        )

    @staticmethod
    def load(lang: str | None = None, *extra: str | Path) -> Rules:
        """Load `common.toml`, then `<lang>.toml` if shipped, then `extra` files, merged.

        An unknown language falls back to the common rules plus English.
        """
        return _load(lang, tuple(str(p) for p in extra))

    def why_dropped(self, text: str) -> str | None:
        """Return the first `drop.*` category that `text` matches, or None."""
        for cat in self.drop:
            if cat.matches(text):
                return cat.name
        return None

    def lifted(self, kind: str, text: str) -> bool:
        """Return whether `text` matches the `lift.<kind>` category."""
        return any(cat.name == kind and cat.matches(text) for cat in self.lift)

    def category(self, table: str, name: str) -> Category:
        """Return the category `table.name` (table is "drop" or "lift").

        Raises:
            KeyError: No such category in these rules.
        """
        for cat in getattr(self, table):
            if cat.name == name:
                return cat
        raise KeyError(f"no category {table}.{name}; have {[c.name for c in getattr(self, table)]}")


def _read_shipped(name: str) -> tuple[dict[str, Any], str] | None:
    res = resources.files("cleaner") / "rules" / f"{name}.toml"
    if not res.is_file():
        return None
    return tomllib.loads(res.read_text(encoding="utf-8")), f"cleaner/rules/{name}.toml"


@functools.lru_cache(maxsize=64)
def _load(lang: str | None, extra: tuple[str, ...]) -> Rules:
    docs: list[tuple[dict[str, Any], str]] = []
    common = _read_shipped("common")
    if common:
        docs.append(common)
    code = (lang or "en").lower().split("-")[0]
    own = _read_shipped(code)
    if own is None:
        logger.info(
            "no rules for language %r; using the common and English rules. Shipped: %s. "
            "Add src/cleaner/rules/%s.toml to contribute one.",
            lang, ", ".join(Rules.shipped_languages()), code,
        )
        own = _read_shipped("en")
    if own:
        docs.append(own)
    for path in extra:
        docs.append((tomllib.loads(Path(path).read_text(encoding="utf-8")), path))
    tables: dict[str, dict[str, Category]] = {"drop": {}, "lift": {}}
    for data, where in docs:
        for table in ("drop", "lift"):
            for name, body in data.get(table, {}).items():
                cat = _category(name, body, where)
                have = tables[table].get(name)
                tables[table][name] = _merge(have, cat) if have else cat
    return Rules(
        lang=lang,
        drop=tuple(tables["drop"].values()),
        lift=tuple(tables["lift"].values()),
        sources=tuple(w for _, w in docs),
    )
