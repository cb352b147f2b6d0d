"""Stage `strip_boilerplate`: label blocks that match a `drop.*` rule category."""

from __future__ import annotations

from cleaner.document import Document
from cleaner.rules import Rules


class StripBoilerplate:
    """Mark blocks that match a `drop.*` rule category (sponsored, comment prompts, ...).

    Reads: blocks, lang. Writes: blocks[].dropped_by (the category name).

    Args:
        rules: Rules to apply; None loads the shipped rules for each page's language.
    """

    name = "strip_boilerplate"

    def __init__(self, *, rules: Rules | None = None) -> None:
        """Keep the rules (or None to load them per page)."""
        self.rules = rules

    def __call__(self, doc: Document) -> Document:
        """Label every kept block that a drop category matches."""
        rules = self.rules or Rules.load(doc.lang)
        blocks = tuple(
            b.drop(reason) if b.kept and (reason := rules.why_dropped(b.text)) else b
            for b in doc.blocks
        )
        return doc.evolve(blocks=blocks)

    def __repr__(self) -> str:
        """Show the options."""
        return f"StripBoilerplate(rules={self.rules!r})"


strip_boilerplate = StripBoilerplate()
