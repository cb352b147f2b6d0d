"""Rules as data: per-language TOML files of phrases and patterns, loaded and compiled once.

See docs/rules.md for the file format and the matching semantics. `Rules.load("de")` merges
`common.toml`, then `de.toml`, then any files the caller adds; the result is cached.

Matching is on a whole block, in one place (`Category.matches`):

* the block is *folded*: invisible characters removed, whitespace collapsed, casefolded;
* `exact`: the folded block, with punctuation and symbols trimmed from both ends, equals one;
* `phrases`: as `exact`, or the folded block starts with one at a word boundary and is at
  most `max_chars` long;
* `patterns`: one alternation per category (regex module, case-insensitive, full case-folding),
  searched in the whitespace-collapsed block (not casefolded) when it is at most `max_chars` long.

Blocks longer than `MAX_BLOCK_CHARS` are never scanned: boilerplate is short, and this keeps the
cost of a hostile 5 MB block at one `len()` call.
"""

from __future__ import annotations

import functools
import logging
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

import regex

logger = logging.getLogger(__name__)

MAX_CHARS_LIMIT = 2000
"""The largest `max_chars` a category may declare: the longest boilerplate block in the bench
scrapes (a cookie notice with its buttons) is about 1,000 characters."""

MAX_BLOCK_CHARS = 2 * MAX_CHARS_LIMIT
"""Blocks longer than this (before whitespace collapse) are never matched or even folded."""

PATTERN_TIMEOUT = 0.25
"""Seconds one pattern may search one block before it counts as no match (a safety net only:
tests/test_rules.py proves every shipped pattern linear on 50,000-character adversarial input)."""

_FLAGS = regex.IGNORECASE | regex.VERSION1
# Removed before matching too: Arabic short-vowel signs, shadda and the tatweel, and Hebrew
# points, which writers add or leave out at will ("اشترِ الآن" is the "اشتر الآن" of ar.toml;
# golden ar-muntaj-ghassala-text), so rules match with and without them.
_INVISIBLE = regex.compile(
    "[\u200b\u200c\u200d\u2060\ufeff\u00ad\u064b-\u065f\u0670\u0640"
    "\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7]",
)
# Decorations trimmed from a block's ends before equality: "Related Articles:", "» Read more",
# "Share this ▾" all equal their bare phrase. Quotes, brackets, slashes, underscores and "*"
# stay: `"name"`, `'/login'` and `__next__` are code in documentation pages (WCXB gold), and
# "Name *" is a form label where "Name" may be a heading.
_DECOR = r"[\s:;.,!?¿¡|•·»«›‹→←↑↓▸▶►▾▼▲…–—+<>#-]"
# The same set as plain characters, for str.strip: the regex form searched for "_DECOR+$" at
# every position of every block (17 us a block on sh-html); strip is one C pass from each end.
# "\s" here is the regex module's: Unicode White_Space (tests/test_rules.py checks both agree).
_DECOR_CHARS = (
    ":;.,!?¿¡|•·»«›‹→←↑↓▸▶►▾▼▲…–—+<>#-"
    "\t\n\v\f\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
    "\u200a\u2028\u2029\u202f\u205f\u3000"
)
# The list bullet text_forms writes for a markdown or html2text list item ("* ", "- ").
_BULLET = "• "
_WORDCHAR = regex.compile(r"\w")
_LEAD = regex.compile(rf"^{_DECOR}+")
_FIRST_WORD = regex.compile(r"\w+")
# Unicode White_Space, what the regex module's "\s" matches: the first keys of "\s" in a class
# (tests/test_rules.py checks both agree).
_WHITESPACE = frozenset(
    "\t\n\v\f\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
    "\u200a\u2028\u2029\u202f\u205f\u3000"
)

_DROP_KEYS = frozenset(
    {"max_chars", "exact", "phrases", "patterns", "examples", "counter_examples"},
)
_CUT_KEYS = _DROP_KEYS | frozenset(
    {
        "thread_patterns",
        "thread_examples",
        "min_chars_before",
        "min_position",
        "prose_chars",
        "max_prose_run",
    },
)
# `[words.<kind>]`: the word lists the stages read in each language, one kind a list (see
# docs/rules.md, "Word lists"; the shape each kind is read in is code, in byline_words.py, or
# `Rules.heading` for the heading kinds). Every kind takes `words`, `examples` and
# `counter_examples`; the keys named here besides are the kind's own. A new kind is a new entry
# here and a shape in code: the words of a kind no code reads would be silently unused.
_WORD_KINDS: Mapping[str, frozenset[str]] = {
    # the byline stage and `cleaner.authors` (byline_words.py)
    "bio_copula": frozenset(),
    "bio_label": frozenset(),
    "bio_writer": frozenset({"suffixes"}),
    "date_label": frozenset({"particles"}),
    "thread_starter": frozenset(),
    "floor_label": frozenset(),
    "posted_label": frozenset(),
    "intro": frozenset(),
    # the date labels `cleaner.dates` and the metadata stage read (common.toml, one list for
    # every language)
    "update_label": frozenset(),
    "publish_label": frozenset(),
    "signed_label": frozenset({"particles"}),
    # month names the CLDR (Babel) lacks, each written "<month's number> <name>", a name of
    # one word or several ("11 aya marq'ay"); read by `cleaner.dates` day first in every
    # language (common.toml, one list for every language)
    "month_name": frozenset(),
    # Title parts (`cleaner.titles`): read in every page's language, so shipped in common.toml.
    "title_credit": frozenset(),
    "title_shop": frozenset({"tails"}),
    # the intros of a byline under a headline in a text scrape ("By", "Written by", "Autorin:"),
    # which mark the line over it as the headline (`cleaner.titles.is_head_byline`)
    "title_byline": frozenset(),
    # The headings of a review's pros and cons boxes (`cleaner.stages.extract_text`): the line
    # is one of the words alone, a colon maybe (`Rules.heading`).
    "review_pros": frozenset(),
    "review_cons": frozenset(),
    # the heading of a shop's customer-reviews section ("Customer reviews", "Kundenbewertungen";
    # `cleaner.stages.extract_text.is_reviews_head`; common.toml, one list for every language)
    "reviews_head": frozenset(),
    # the summary of a product page's accordion that holds the shop's shipping or returns
    # policy ("Shipping & Returns"; `cleaner.stages.extract_html.is_policy_tab`; common.toml,
    # one list for every language)
    "policy_tab": frozenset(),
    # a product page's buy and wish-list buttons ("Add to Cart"; the text path's policy cut,
    # `cleaner.stages.extract_text.is_shop_button`; common.toml, one list for every language)
    "shop_button": frozenset(),
    # What a byline's words say about a name (`cleaner.authors`; common.toml, one list for every
    # language): words no name holds, job-title words, surname particles.
    "not_name": frozenset(),
    "role": frozenset(),
    "name_particle": frozenset(),
    # the words that introduce a byline's authors ("By", "Von", "Autor:"; `strict`: those that
    # are ordinary words of running text) and the wire services and desks it may name
    "author_intro": frozenset({"strict"}),
    # the bare intros of other languages that are ordinary words of the page's ("na", "ni")
    "not_author_intro": frozenset(),
    # the words before a bare "by" that credit someone else ("Edited by", "Photo by")
    "other_credit": frozenset(),
    "agency": frozenset(),
    # What an author value or a "By ..." credit is not (`cleaner.authors`, read without a page
    # language: common.toml and en.toml): a CMS's placeholder ("admin"), the words after "By"
    # that make a sentence or a filter label ("By Clicking", "By Category"), the lower-case
    # words a team's name may hold ("The Currency editors"), the words of a heading that is no
    # job title ("Meet the Editor"), credentials after a name ("MD", "PharmD").
    "placeholder": frozenset(),
    "not_by_credit": frozenset(),
    "credit_small_word": frozenset(),
    "not_title": frozenset(),
    "credential": frozenset(),
    # the "and" between the names of one byline ("A und B"); `lower`: those that join names in
    # lower case only ("y", "e": "Romeo Y Julieta" is one title); `between_capitals`: those
    # that join only between two capitalised words (Czech "a", Polish "i")
    "name_and": frozenset({"lower", "between_capitals"}),
    # the captions stage (common.toml, one list for every language): a photo credit's label
    # ("Photo:", "Foto:", "ছবি:"), read capitalised and in capitals before a colon; the words of a
    # copyright notice that is no credit ("rights reserved"); the class words of caption and
    # credit markup ("wp-caption-text", "photo-credit")
    "credit_label": frozenset(),
    "rights_notice": frozenset(),
    "caption_class": frozenset(),
    "credit_class": frozenset(),
    # the words for "text" of a story's text credit, which captions no picture ("Tekst:")
    "text_credit": frozenset(),
    # the byline stage's markup and lines: the class and id words of byline markup ("byline",
    # "autor"; common.toml), and a section's or a story kind's label, which over a date line
    # is no name ("Feature", "Opinion"; en.toml)
    "byline_class": frozenset(),
    # the class words of the places where a name is somebody else's ("comments", "sidebar"),
    # and the labels of a header line's value that is no author ("Contact", "Filed under")
    "elsewhere_class": frozenset(),
    "other_label": frozenset(),
    "section_label": frozenset(),
    # a forum post's header line (`cleaner.authors.parse_post_header`; common.toml): the word it
    # opens with ("Post", "Beitrag", `particles`: its "by", "von") and the verb after the
    # name in a quote's header ("wrote", "schrieb")
    "post_by": frozenset({"particles"}),
    "post_wrote": frozenset(),
    # a forum user card's labels, which over a date name no poster ("Joined", "Posts";
    # `cleaner.thread_authors.card_name`; common.toml, one list for every language)
    "card_label": frozenset(),
    # the label of a line that signs a story off under its end, before the writer's name: an
    # interview's "Беседовал", "Propos recueillis par", "Das Gespräch führte", a credit's
    # "Text:" (`cleaner.byline_blocks.sign_off_names`; a trailing ":" is a colon it needs)
    "sign_off": frozenset(),
    # the labels that say outright that a line names the page's writer ("Written by",
    # "Author:", "Geschrieben von"; a trailing ":" is a colon it needs), the heading of an
    # author box ("About the author", "Über den Autor") and the word "author" alone on a line
    # ("Author", "The author", "Autorin"; `cleaner.byline_blocks`)
    "writer_label": frozenset(),
    "author_box": frozenset(),
    "author_label": frozenset(),
    # lines alone that the byline stage reads beside a byline: a date's label between a name
    # and its date ("Published", "Posted on:"), a blog platform's "Published in" over its
    # publication's name, a follow button under the writer's ("Follow"; `cleaner.byline_lines`)
    "publish_alone": frozenset(),
    "published_in": frozenset(),
    "follow_button": frozenset(),
    # a post page's pager words alone on their lines ("Previous" / "Next"): the meta line over
    # them dates a scrape (`cleaner.text_metadata._pager_date`)
    "post_pager": frozenset(),
    # a Q&A site's "asked" opening its question card's date line ("asked Mar 26, 2019";
    # `cleaner.thread_authors.asker`)
    "asked_label": frozenset(),
    # the word a team's or desk's credit ends with ("The Investopedia Team", "Die Redaktion";
    # `suffixes`: those that end it glued to the word before, "ITmedia編集部"; common.toml, one
    # list for every language: `byline_words.team_credit`)
    "team_word": frozenset({"suffixes"}),
    # a wiki's section edit link after a heading ("[edit]", "[Bearbeiten | Quelltext bearbeiten]"),
    # which the normalize stage strips
    "wiki_edit": frozenset(),
    # what an error page's <title> part or <h1> says ("Page not found", "Seite nicht
    # gefunden"; common.toml, one list for every language): the judge stage discards a short
    # page so titled (read as a heading, `Rules.heading`)
    "not_found_title": frozenset(),
    # a page's "skip to content" link, which a scrape may open with in place of its <title>
    # line (`cleaner.text_metadata`; common.toml, one list for every language)
    "skip_link": frozenset(),
}
_WORD_KEYS = frozenset({"words", "examples", "counter_examples"})
# The kinds read as a heading line (`Rules.heading`).
_HEADING_KINDS = frozenset({"review_pros", "review_cons", "not_found_title"})
_TABLES = ("drop", "lift", "cut", "words")
# The words family's name until session 16 (it held the byline stage's words first): still
# read, as `[words.<kind>]`, with a warning naming the new table.
_OLD_WORDS_TABLE = "byline"
# Compiled rules kept per process: every shipped language (64 in session 14) with room for
# region codes and users' files. At 64 a process that met every language (the test suite)
# compiled English again and lost the sharing `_load` promises to unshipped languages.
_LANGUAGES_CACHED = 160


def collapse(text: str) -> str:
    """Remove invisible characters, collapse whitespace runs to one space, strip the ends."""
    # Called for every block and comment-thread candidate: ASCII text cannot hold the invisible
    # characters, and str.split() collapses the same whitespace as `\s+` at C speed.
    if not text.isascii():
        text = _INVISIBLE.sub("", text)
    return " ".join(text.split())


def fold(text: str) -> str:
    """Casefold and collapse whitespace: the form phrases are compared in."""
    return collapse(text).casefold()


def bare(folded: str) -> str:
    """Trim punctuation and symbols from both ends of a folded text."""
    return folded.strip(_DECOR_CHARS)


@functools.cache
def _whole_line_words(kind: str) -> frozenset[str]:
    """The shipped `[words.<kind>]` list (common.toml, one list for every language), casefolded."""
    return frozenset(w.casefold() for w in Rules.load().lexicon(kind).words)


def is_whole_line(kind: str, text: str) -> bool:
    """Return whether `text`, the whole line, is one of the shipped `[words.<kind>]`.

    Spaces are collapsed, a trailing colon (ASCII or full-width) is dropped and case is
    ignored: "SHIPPING INFO:", "Shipping & Returns", "Add to Cart". One lookup for the lists
    that name a whole line in any language (policy_tab, shop_button), so the HTML and text
    paths read them alike.
    """
    return " ".join(text.split()).rstrip(":：").strip().casefold() in _whole_line_words(kind)


@dataclass(frozen=True, slots=True)
class Forms:
    """A block in the forms the matchers compare: computed once per block, not per category.

    Attributes:
        collapsed: Invisible characters removed, whitespace collapsed (patterns search this).
        folded: `collapsed`, casefolded (its length is what `max_chars` bounds).
        core: `folded` with punctuation and symbols trimmed from both ends (phrases compare
            with this).
    """

    collapsed: str
    folded: str
    core: str

    @classmethod
    def of(cls, text: str) -> Forms | None:
        """Return the forms of a block, or None when it is too long to be matched at all."""
        if len(text) > MAX_BLOCK_CHARS:
            return None
        collapsed = collapse(text)
        folded = collapsed.casefold()
        return cls(collapsed=collapsed, folded=folded, core=folded.strip(_DECOR_CHARS))


@dataclass(frozen=True, slots=True)
class Category:
    """One named group of phrases and patterns (e.g. `drop.sponsored`).

    Attributes:
        name: The category name without its table prefix ("sponsored").
        exact: Bare folded phrases a whole block must equal.
        phrases: Folded phrases a block may equal or start with (within `max_chars`).
        patterns: The source of every pattern, in file order (for tests and error messages).
        compiled: Each pattern compiled alone, in the same order (on first use, see
            `_single`): a block is in the category
            when one of them matches, as when their union does (see `pattern`).
        max_chars: Longest folded block that a prefix phrase or a pattern may match.
        examples: Texts that must match (checked at load time and by the tests).
        counter_examples: Texts that must not match (likewise).
        sources: The files that contributed to the category.
    """

    name: str
    exact: frozenset[str] = frozenset()
    phrases: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    max_chars: int = 200
    examples: tuple[str, ...] = ()
    counter_examples: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    _by_first: Mapping[str, tuple[str, ...]] = field(default_factory=dict, repr=False)
    # `compiled`, once asked for: a one-item list (the dataclass is frozen)
    _compiled: list[tuple[regex.Pattern[str], ...]] = field(
        default_factory=list,
        repr=False,
        compare=False,
    )

    @property
    def compiled(self) -> tuple[regex.Pattern[str], ...]:
        """Each pattern compiled alone, in file order; compiled when first asked for.

        A category's patterns are searched only on a block its prefilter lets through: compiled
        with the rules, they cost ~25 ms per language, for the few a language's pages need.
        """
        if not self._compiled:
            self._compiled.append(tuple(map(_single, self.patterns)))
        return self._compiled[0]

    @property
    def pattern(self) -> regex.Pattern[str] | None:
        """All patterns OR-ed into one compiled regex, or None; compiled on first use.

        Matching searches `compiled`, the patterns one by one, instead: each is compiled once
        for the prefilter and the load-time check anyway (the regex module caches it), and
        common.toml's patterns are shared by every language, where a union per category had
        to be compiled again for each (14 of the 50 ms a language's rules cost to load).
        """
        return _category_union(self.patterns)

    def matches(self, text: str) -> bool:
        """Return whether `text`, a whole block, falls in this category."""
        return self.matches_forms(Forms.of(text))

    def matches_forms(self, forms: Forms | None) -> bool:
        """Return whether the block of `forms` (see `Forms.of`) falls in this category."""
        return forms is not None and self._matches(forms, search=True)

    def _matches(self, forms: Forms, *, search: bool) -> bool:
        if not forms.core:
            return False
        if forms.core in self.exact:
            return True
        if len(forms.folded) > self.max_chars:
            return False
        core = forms.core
        if any(
            core.startswith(phrase) and _boundary_after(core, phrase)
            for phrase in self._by_first.get(_first_word(core), ())
        ):
            return True
        return search and self._search(forms.collapsed)

    def _search(self, collapsed: str) -> bool:
        return any(_search(p, collapsed, self.name) for p in self.compiled)


# The sources of the shipped patterns, and of the unions made of nothing else: the tests prove
# them linear, so they are searched without the timeout, which cost more than the search itself
# (about 15 us a call against 0.5-2 us for a miss: 4 ms a page on sh-html). A user's own rule
# files keep the safety net.
_TRUSTED: set[str] = set()


def _search(pattern: regex.Pattern[str], text: str, name: str) -> bool:
    """Search with the safety-net timeout (not for shipped patterns, see `_TRUSTED`).

    A timeout counts as no match and is logged.
    """
    if pattern.pattern in _TRUSTED:
        return pattern.search(text) is not None
    try:
        return pattern.search(text, timeout=PATTERN_TIMEOUT) is not None
    except TimeoutError:
        logger.warning(
            "rule pattern of %r timed out on a %d-character block; treating it as no match. "
            "Please report the pattern.",
            name,
            len(text),
        )
        return False


@dataclass(frozen=True, slots=True)
class ThreadCut:
    """The structural rule that cuts a comment thread off the end of a page (`[cut.<name>]`).

    A *marker* block ("Leave a Reply", "12 comments", "Kommentare") matched by `marker` starts
    the cut. See `cleaner.stages.boilerplate.cut_thread` for when the cut happens.

    Attributes:
        marker: The marker category (its exact/phrases/patterns and examples).
        signal_patterns: The patterns of comment-thread furniture ("Reply", "says:",
            "3 hours ago", "May 5, 2019 at 6:34 am"); a block is a signal when one matches.
        thread_examples: Texts that must match `signal` (checked at load time and by tests).
        min_chars_before: Kept characters that must come before the marker.
        min_position: Share of the kept characters that must come before the marker.
        prose_chars: A block this long or longer is prose (a paragraph, not furniture).
        max_prose_run: More consecutive prose blocks than this after the marker, with no
            signal between them, mean the article goes on: no cut.
    """

    marker: Category
    signal_patterns: tuple[str, ...] = ()
    thread_examples: tuple[str, ...] = ()
    min_chars_before: int = 600
    min_position: float = 0.4
    prose_chars: int = 80
    max_prose_run: int = 2

    @property
    def name(self) -> str:
        """The cut's name, used as the drop reason ("comments")."""
        return self.marker.name

    def is_signal(self, text: str) -> bool:
        """Return whether a block is comment-thread furniture (a reply link, a timestamp...)."""
        return self.is_signal_forms(Forms.of(text))

    @property
    def signal(self) -> tuple[regex.Pattern[str], ...]:
        """`signal_patterns` OR-ed, compiled on first use (see `_unions`); () if there are none.

        Only a page with a thread marker asks for them: compiling them with the rules cost
        20-110 ms per language, paid on the first page of each language.
        """
        return _unions(self.signal_patterns, "thread patterns")

    def is_signal_forms(self, forms: Forms | None) -> bool:
        """Return `is_signal` for the block of `forms` (see `Forms.of`)."""
        if not self.signal_patterns or forms is None:
            return False
        collapsed = forms.collapsed
        if len(collapsed) > self.prose_chars * 4:
            return False
        where = f"cut.{self.name} thread_patterns"
        return any(_search(p, collapsed, where) for p in self.signal)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """One kind of word list (`[words.<kind>]`), merged over the files of a language.

    What each kind means and the shape it is read in are in docs/rules.md ("Word lists"), and
    the shapes in `cleaner.byline_words` and `Rules.heading`.

    Attributes:
        kind: The kind ("bio_copula", "date_label", ...).
        words: The words or phrases, casefolded, in merge order without repeats.
        particles: `date_label`: the little words a label may take before its date ("on",
            "am", "le"); `signed_label`, `post_by`: the "by" after the word ("by", "von").
        suffixes: `bio_writer`: endings that make a word a writer word ("writer" for
            "songwriter"); `team_word`: those that end a team's credit glued ("編集部").
        tails: `title_shop` only: the price or delivery words that may follow the shop's name
            ("по цене", "с доставкой").
        strict: `author_intro` only: the intros that are ordinary words of running text ("by",
            "von"), after which the names must be capitalised.
        lower: `name_and` only: the "and" words that join names in lower case only ("y", "e").
        between_capitals: `name_and` only: those that join names only between two capitalised
            words (Czech "a", Polish "i").
        examples: Texts the kind must recognise (checked by tests/test_rules_words.py).
        counter_examples: Texts it must not.
        sources: The files that contributed.
    """

    kind: str
    words: tuple[str, ...] = ()
    particles: tuple[str, ...] = ()
    suffixes: tuple[str, ...] = ()
    tails: tuple[str, ...] = ()
    strict: tuple[str, ...] = ()
    lower: tuple[str, ...] = ()
    between_capitals: tuple[str, ...] = ()
    examples: tuple[str, ...] = ()
    counter_examples: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Rules:
    """The compiled rules for one language.

    Attributes:
        lang: The language they were loaded for, as given.
        drop: `drop.*` categories, in file order (common first): blocks matching one are removed.
        lift: `lift.*` categories: lines the metadata stages take out of the body.
        cut: `cut.*` structural rules (comment threads), in file order.
        words: `words.*` word lists the stages read (see `Lexicon`), in file order.
        sources: The files merged, in order.
    """

    lang: str | None
    drop: tuple[Category, ...] = ()
    lift: tuple[Category, ...] = ()
    cut: tuple[ThreadCut, ...] = ()
    words: tuple[Lexicon, ...] = ()
    sources: tuple[str, ...] = ()
    _index: _DropIndex | None = field(default=None, repr=False, compare=False)

    def __repr__(self) -> str:
        """Show the language, the files and how many rules of each kind, not every phrase.

        The generated repr printed every phrase of every category, about 100 KB, into any
        stage's repr that holds rules (found by the usertest helper, session 17).
        """
        files = ", ".join(Path(s).name for s in self.sources)
        return (
            f"Rules(lang={self.lang!r}, drop={len(self.drop)}, lift={len(self.lift)}, "
            f"cut={len(self.cut)}, words={len(self.words)}, sources=[{files}])"
        )

    @staticmethod
    def shipped_languages() -> tuple[str, ...]:
        """Return the language codes that have a rules file in the package."""
        files = resources.files("cleaner") / "rules"
        return tuple(
            sorted(
                p.name.removesuffix(".toml")
                for p in files.iterdir()
                if p.name.endswith(".toml") and not p.name.startswith("common")
            ),
        )

    @staticmethod
    def load(lang: str | None = None, *extra: str | Path) -> Rules:
        """Load `common.toml`, `<lang>.toml` if shipped, `common-en.toml`, then `extra`, merged.

        Loaded rules are cached per `(lang, extra)`. A region suffix is ignored ("de-AT" loads
        `de.toml`). An unknown language falls back to the common rules plus English and says
        so once at INFO level; None means English. A language's name ("english", "Deutsch")
        is no tag: a `ValueError` names the shipped ones, as `cleaner.clean` does for its
        `lang` (a page's own `<html lang>` reaches the stages as a tag: `declared_language`
        keeps only its two or three letters of language, so a page never makes this raise).

        Args:
            lang: ISO 639-1 code of the page's language ("de", "pt-BR"), or None.
            *extra: The user's own rule files, merged last (same format as the shipped ones).

        Returns:
            The compiled rules.

        Raises:
            ValueError: A file is not valid TOML, a pattern does not compile, a category has no
                examples, an example does not match, or a counter-example does; the message
                names the file and the category.
            FileNotFoundError: An extra file does not exist.
            ValueError: `lang` is not a language tag ("english", "de_DE.UTF-8").
        """
        return _load(lang, tuple(str(p) for p in extra))

    def why_dropped(self, text: str) -> str | None:
        """Return the name of the first `drop.*` category that `text` matches, or None."""
        return self.why_dropped_forms(Forms.of(text))

    def why_dropped_forms(self, forms: Forms | None) -> str | None:
        """Return `why_dropped` for the block of `forms` (see `Forms.of`)."""
        if forms is None:
            return None
        found = self._why_dropped(forms)
        if found is None and forms.collapsed.startswith(_BULLET):
            # Phrases already see through a list bullet (Forms.core strips it), patterns search
            # the collapsed block where "^" stands before it: html2text's "* [Opinie (27)](#tab)"
            # reaches the rules as "• Opinie (27)" and pl's ^(?:opinie|...)\(\d++\)$ missed it
            # (round X's pl-produkt-woocommerce golden). A second try without the bullet keeps
            # every match of the first.
            bare = Forms.of(forms.collapsed[len(_BULLET) :])
            found = None if bare is None else self._why_dropped(bare)
        return found

    def _why_dropped(self, forms: Forms) -> str | None:
        """The first `drop.*` category the block of `forms` matches, as it stands."""
        if self._index is None:
            return next((c.name for c in self.drop if c._matches(forms, search=True)), None)  # noqa: SLF001 - same module
        i = self._index.first_match(forms)
        return None if i is None else self.drop[i].name

    def lexicon(self, kind: str) -> Lexicon:
        """Return the `words.<kind>` word list; an empty one when no file gives the kind.

        Raises:
            KeyError: `kind` is not a words kind (see docs/rules.md, "Word lists").
        """
        if kind not in _WORD_KINDS:
            raise KeyError(f"no words kind {kind!r}; kinds: {sorted(_WORD_KINDS)}")
        return next((lex for lex in self.words if lex.kind == kind), Lexicon(kind=kind))

    def heading(self, kind: str, text: str) -> bool:
        """Return whether `text` is a heading of `words.<kind>`: one of its words alone, any case.

        A colon may follow ("Pros:", "Nachteile"). `kind` is one of the heading kinds
        (review_pros, review_cons).

        Raises:
            KeyError: `kind` is not a heading kind.
        """
        if kind not in _HEADING_KINDS:
            raise KeyError(f"no heading kind {kind!r}; kinds: {sorted(_HEADING_KINDS)}")
        return _heading_category(kind, self.lexicon(kind).words).matches(text)

    def lifted(self, kind: str, text: str) -> bool:
        """Return whether `text` matches the `lift.<kind>` category.

        For a heading kind of the words family (review_pros, review_cons: `[lift.*]` tables
        until session 16), also `heading(kind, text)`: a user's `[lift.review_pros]` still adds.
        """
        if kind in _HEADING_KINDS and self.heading(kind, text):
            return True
        return any(cat.name == kind and cat.matches(text) for cat in self.lift)

    def category(self, table: str, name: str) -> Category:
        """Return the category `table.name` (table is "drop", "lift" or "cut").

        Raises:
            KeyError: No such category in these rules.
        """
        if table == "cut":
            cats: tuple[Category, ...] = tuple(c.marker for c in self.cut)
        elif table in ("drop", "lift"):
            cats = getattr(self, table)
        else:
            raise KeyError(f"no table {table!r}; tables: {list(_TABLES)}")
        for cat in cats:
            if cat.name == name:
                return cat
        raise KeyError(f"no category {table}.{name}; have {[c.name for c in cats]}")


_DIGITS = frozenset("0123456789")


def _char_keys(char: str) -> frozenset[str]:
    """The first characters `char` may turn into under case-insensitive matching."""
    return frozenset(k[:1] for k in (char.casefold(), char.lower(), char.upper().casefold()) if k)


def text_key(text: str) -> str | None:
    """The key of `text`'s first character for `first_keys`, or None when it has no one key.

    A character whose case variants start differently ("ß", "ﬁ", "ı") and a digit outside
    ASCII have no single key: the caller then tries every pattern.
    """
    char = text[:1]
    if not char:
        return None
    if char.isascii():
        return char.lower()
    keys = _char_keys(char)
    return next(iter(keys)) if len(keys) == 1 and not char.isdecimal() else None


class _UnknownSyntaxError(Exception):
    """Raised inside `first_keys` for syntax it does not read: the pattern may start anyhow."""


@functools.cache
def first_keys(pattern: str) -> frozenset[str] | None:
    r"""Return the keys (`text_key`) of the characters an anchored pattern's match can start with.

    None means it cannot tell (a class, ".", a flag...): the match may start with anything.

    Conservative by construction: whatever it does not read makes the answer None ("any
    character"), so a prefilter built on it never misses a match. Reads literals, escaped
    punctuation, "\d", "\b", plain sets (`_class_keys`), groups (with a scoped case flag too),
    alternations, lookarounds and quantifiers.
    """
    if not pattern.startswith("^"):
        return None
    try:
        keys, nullable, _ = _first_of_alternation(pattern, 1)
    except (_UnknownSyntaxError, IndexError):
        return None
    return None if nullable else keys


def _first_of_alternation(src: str, i: int) -> tuple[frozenset[str], bool, int]:
    """First keys of `a|b|...` from `i` up to an unmatched ")" or the end; and nullable."""
    keys: set[str] = set()
    nullable = False
    while True:
        k, null, i = _first_of_sequence(src, i)
        keys |= k
        nullable = nullable or null
        if i < len(src) and src[i] == "|":
            i += 1
            continue
        return frozenset(keys), nullable, i


def _first_of_sequence(src: str, i: int) -> tuple[frozenset[str], bool, int]:
    keys: set[str] = set()
    nullable = True
    while i < len(src) and src[i] not in "|)":
        if not nullable:  # the first keys are known: the rest of the branch is not read
            return frozenset(keys), nullable, _skip_branch(src, i)
        item, nullable, i = _item(src, i)
        keys |= item
    return frozenset(keys), nullable, i


def _skip_branch(src: str, i: int) -> int:
    """The index of the "|" or ")" that ends the branch at `i` (or the end of `src`)."""
    depth = 0
    while i < len(src):
        c = src[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _skip_class(src, i)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            if depth == 0:
                return i
            depth -= 1
        elif c == "|" and depth == 0:
            return i
        i += 1
    return i


def _skip_class(src: str, i: int) -> int:
    """The index after the "]" that closes the class opened at `i` (sets nest in VERSION1)."""
    depth = 0
    while True:
        c = src[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            depth += 1
            i += 1
            if src[i] == "^":
                i += 1
            if src[i] == "]":  # a "]" first in a set is a literal
                i += 1
            continue
        i += 1
        if c == "]":
            depth -= 1
            if depth == 0:
                return i


def _item(src: str, i: int) -> tuple[frozenset[str], bool, int]:
    """One atom and its quantifier: (first keys, can match empty, index after it)."""
    c = src[i]
    if c == "(":
        keys, zero_width, i = _group(src, i)
    elif c == "\\":
        keys, zero_width = _escape(src[i + 1])
        i += 2
    elif c in "^$":
        keys, zero_width, i = frozenset(), True, i + 1
    elif c == "[":
        keys, i = _class_keys(src, i)
        zero_width = False
    elif c in ".*+?{":
        raise _UnknownSyntaxError
    else:
        keys, zero_width, i = _char_keys(c), False, i + 1
    optional, i = _quantifier(src, i)
    return keys, zero_width or optional, i


def _group(src: str, i: int) -> tuple[frozenset[str], bool, int]:
    """The group opening at `i`: (first keys, can match empty, index after its ")")."""
    if src.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
        end = i + (3 if src[i + 2] in "=!" else 4)
        while (end := _skip_branch(src, end)) < len(src) and src[end] == "|":
            end += 1
        keys: frozenset[str] = frozenset()
        null = True
    elif src.startswith(("(?:", "(?>"), i):
        keys, null, end = _first_of_alternation(src, i + 3)
    elif src.startswith(("(?-i:", "(?i:"), i):
        # a scoped case flag: the keys read case-insensitively hold for either (a superset)
        keys, null, end = _first_of_alternation(src, src.index(":", i) + 1)
    elif src.startswith("(?", i):
        raise _UnknownSyntaxError
    else:
        keys, null, end = _first_of_alternation(src, i + 1)
    if src[end] != ")":
        raise _UnknownSyntaxError
    return keys, null, end + 1


def _class_keys(src: str, i: int) -> tuple[frozenset[str], int]:
    r"""The keys of the set opening at `i` and the index after its "]".

    Reads a plain positive set: characters, escaped punctuation, "\d", "\s" and ranges
    between two ASCII letters or digits (the star, price and time patterns: "[★☆\s]*+\d",
    "[£$€]", "[01]?\d"); a negated or nested set, a property or anything else is unknown.
    """
    i += 1
    if src[i] in "^]":
        raise _UnknownSyntaxError
    keys: set[str] = set()
    while src[i] != "]":
        c = src[i]
        if c == "\\":
            keys |= _class_escape_keys(src[i + 1])
            i += 2
        elif c in "[&~|":  # a nested set or a set operation (VERSION1)
            raise _UnknownSyntaxError
        elif src[i + 1] == "-" and src[i + 2] != "]":
            keys |= _range_keys(c, src[i + 2])
            i += 3
        else:
            keys |= _char_keys(c)
            i += 1
    return frozenset(keys), i + 1


def _class_escape_keys(char: str) -> frozenset[str]:
    """The keys of a backslash and `char` inside a set."""
    if char == "d":
        return _DIGITS
    if char == "s":
        return _WHITESPACE
    if char.isascii() and not char.isalnum():
        return _char_keys(char)
    raise _UnknownSyntaxError


def _range_keys(start: str, end: str) -> frozenset[str]:
    """The keys of a set's range `start`-`end`: only between ASCII letters or digits."""
    if not (start.isascii() and start.isalnum() and end.isascii() and end.isalnum()):
        raise _UnknownSyntaxError
    if start > end:
        raise _UnknownSyntaxError
    return frozenset(k for code in range(ord(start), ord(end) + 1) for k in _char_keys(chr(code)))


def _escape(char: str) -> tuple[frozenset[str], bool]:
    """The escape of `char` (a backslash, then `char`): (first keys, zero-width)."""
    if char == "d":
        return _DIGITS, False
    if char in "bBAZ":
        return frozenset(), True
    if char.isalnum():
        raise _UnknownSyntaxError
    return _char_keys(char), False


_QUANT = regex.compile(r"\?|\*|\+|\{(\d*),?\d*\}")


def _quantifier(src: str, i: int) -> tuple[bool, int]:
    """Whether a quantifier at `i` lets the atom match zero times; the index after it."""
    m = _QUANT.match(src, i)
    if m is None:
        return False, i
    q = m.group()
    optional = q in "?*" or (q.startswith("{") and int(m.group(1) or 0) == 0)
    i = m.end()
    if i < len(src) and src[i] in "+?":  # possessive or lazy
        i += 1
    return optional, i


def _union(patterns: list[str], where: str) -> regex.Pattern[str] | None:
    """OR `^`-anchored patterns behind one "^": one attempt per block, not one per character."""
    return _compile(patterns, where) if patterns else None


@functools.lru_cache(maxsize=256)
def _category_union(patterns: tuple[str, ...]) -> regex.Pattern[str] | None:
    """`Category.pattern`: the category's patterns OR-ed, compiled when first asked for."""
    return _compile(patterns, "category patterns")


@functools.lru_cache(maxsize=16)
def _lazy_union(patterns: tuple[str, ...]) -> regex.Pattern[str] | None:
    """`_union` of `patterns`, compiled on first use and kept.

    The union of every anchored pattern serves only blocks whose first character has no single
    key ("ß", a non-ASCII digit): compiling it with the rules cost 20-40 ms per language, paid
    on the first page of each language (seven times in a run over sh-html), for a few blocks.
    """
    return _union(list(patterns), "drop patterns")


@dataclass(frozen=True, slots=True)
class _Prefilter:
    """Every drop pattern OR-ed, split so that a block pays for few of them.

    `^`-anchored patterns are grouped by the first character they can match (`first_keys`):
    a block is tried against the few of its own first character, one by one, and against the
    patterns that may start with anything, OR-ed. The few floating patterns are OR-ed in
    tiers by the longest block their categories allow. A hit says only "some category may
    match": the caller then asks the categories one by one.

    The patterns of a first character are compiled when a block first starts with it: compiled
    with the rules, a language's own cost ~10 ms, for the few characters its pages start with.
    """

    by_key: Mapping[str, tuple[str, ...]]
    anchored_any: tuple[regex.Pattern[str], ...]
    anchored_all: tuple[str, ...]
    floating: tuple[tuple[int, tuple[regex.Pattern[str], ...]], ...]
    _keyed: dict[str, tuple[regex.Pattern[str], ...]] = field(
        default_factory=dict,
        repr=False,
        compare=False,
    )

    @classmethod
    def of(cls, cats: tuple[Category, ...]) -> _Prefilter:
        anchored = list(dict.fromkeys(p for c in cats for p in c.patterns if _anchored(p)))
        keyed: dict[str, list[str]] = {}
        unkeyed: list[str] = []
        for p in anchored:
            keys = first_keys(p)
            if keys is None:
                unkeyed.append(p)
            for k in keys or ():
                keyed.setdefault(k, []).append(p)
        floating = []
        for limit in sorted({c.max_chars for c in cats if c.patterns}):
            sources = [
                p for c in cats if c.max_chars >= limit for p in c.patterns if not _anchored(p)
            ]
            unions = _unions(tuple(sources), "floating drop patterns")
            if unions:
                floating.append((limit, unions))
        return cls(
            by_key={k: tuple(v) for k, v in keyed.items()},
            anchored_any=_unions(tuple(unkeyed), "drop patterns"),
            anchored_all=tuple(anchored),
            floating=tuple(floating),
        )

    def hit(self, collapsed: str, size: int) -> bool:
        """Whether some drop pattern may match the block (`size`: its folded length)."""
        key = text_key(collapsed)
        if key is None:
            tried: tuple[regex.Pattern[str] | None, ...] = (_lazy_union(self.anchored_all),)
        else:
            # compiled one by one, once: a block tries the few that share its first character
            own = self._keyed.get(key)
            if own is None:
                own = self._keyed[key] = tuple(map(_single, self.by_key.get(key, ())))
            tried = (*self.anchored_any, *own)
        if any(p is not None and _search(p, collapsed, "drop patterns") for p in tried):
            return True
        floating = next((ps for limit, ps in self.floating if limit >= size), ())
        return any(_search(p, collapsed, "drop patterns") for p in floating)


@dataclass(frozen=True, slots=True)
class _DropIndex:
    """Every drop category's phrases and patterns in one index, for `Rules.why_dropped`.

    Gives the same answer as trying the categories one by one in file order (the first that
    matches wins) at a fraction of the cost: one dict look-up for every exact phrase, one for
    the prefix phrases that share the block's first word, and, for blocks short enough for
    some pattern, the `_Prefilter`; a category's own pattern is searched only on its hit.
    """

    exact: Mapping[str, int]
    by_first: Mapping[str, tuple[tuple[int, str, int], ...]]
    prefilter: _Prefilter
    pattern_chars: int
    cats: tuple[Category, ...]

    @classmethod
    def of(cls, cats: tuple[Category, ...]) -> _DropIndex:
        exact: dict[str, int] = {}
        by_first: dict[str, list[tuple[int, str, int]]] = {}
        for i, cat in enumerate(cats):
            for phrase in cat.exact:
                exact.setdefault(phrase, i)
            for first, phrases in cat._by_first.items():  # noqa: SLF001 - same module
                by_first.setdefault(first, []).extend((i, p, cat.max_chars) for p in phrases)
        return cls(
            exact=exact,
            by_first={k: tuple(sorted(v, key=lambda e: e[0])) for k, v in by_first.items()},
            prefilter=_Prefilter.of(cats),
            pattern_chars=max((c.max_chars for c in cats if c.patterns), default=0),
            cats=cats,
        )

    def first_match(self, forms: Forms) -> int | None:
        """The position of the first category that matches the block, or None."""
        core = forms.core
        if not core:
            return None
        best = self.exact.get(core, len(self.cats))
        size = len(forms.folded)
        for i, phrase, max_chars in self.by_first.get(_first_word(core), ()):
            if i >= best:
                break
            if size <= max_chars and core.startswith(phrase) and _boundary_after(core, phrase):
                best = i
                break
        if size <= self.pattern_chars and self.prefilter.hit(forms.collapsed, size):
            for i in range(best):
                cat = self.cats[i]
                if (
                    cat.patterns
                    and size <= cat.max_chars
                    and cat._search(  # noqa: SLF001
                        forms.collapsed,
                    )
                ):
                    best = i
                    break
        return best if best < len(self.cats) else None


# -- loading --------------------------------------------------------------------------------


def _first_word(text: str) -> str:
    """The leading run of word characters: the key prefix phrases are indexed under."""
    m = _FIRST_WORD.match(text)
    return m.group() if m else ""


def _boundary_after(text: str, phrase: str) -> bool:
    """Whether `phrase`, a prefix of `text`, ends at a word boundary."""
    if len(text) == len(phrase) or not _WORDCHAR.match(phrase[-1]):
        return True
    return _WORDCHAR.match(text[len(phrase)]) is None


def _strings(table: Mapping[str, Any], key: str, where: str) -> list[str]:
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{where}: `{key}` must be a list of strings")
    return value


def _number(table: Mapping[str, Any], key: str, default: float, where: str) -> float:
    value = table.get(key, default)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"{where}: `{key}` must be a number, got {value!r}")  # noqa: TRY004 - one error type for every bad file
    return value


@functools.cache
def _anchored(pattern: str) -> bool:
    """Whether `pattern` can match only at the start.

    Cached: a language's rules ask it of every pattern several times, common.toml's again for
    every language, and the character-by-character scan was ~10% of a language's first-page cost.

    It opens with "^" and has no top-level "|" (after which a branch would float).
    """
    return pattern.startswith("^") and _skip_branch(pattern, 1) == len(pattern)


def _validate(patterns: Iterable[str], where: str) -> None:
    """Compile each pattern alone, so that a bad one is named in the error.

    Shipped patterns (`_TRUSTED`) are passed over: tests/test_rules.py compiles every one, and
    compiling them here cost ~25 ms per language a process meets.
    """
    for p in patterns:
        if p in _TRUSTED:
            continue
        try:
            regex.compile(p, _FLAGS)
        except regex.error as exc:
            raise ValueError(f"{where}: bad pattern {p!r}: {exc}") from exc


def _compile(patterns: Iterable[str], where: str) -> regex.Pattern[str] | None:
    pats = list(patterns)
    _validate(pats, where)
    if not pats:
        return None
    if all(map(_anchored, pats)):
        # One "^" in front: the engine then tries the start only; "(?:^a)|(?:^b)" was tried at
        # every position of the block.
        union = regex.compile(f"^(?:{'|'.join(f'(?:{p[1:]})' for p in pats)})", _FLAGS)
    else:
        union = regex.compile("|".join(f"(?:{p})" for p in pats), _FLAGS)
    if all(p in _TRUSTED for p in pats):
        _TRUSTED.add(union.pattern)
    return union


@functools.cache
def _common_patterns() -> frozenset[str]:
    """The patterns of the files merged into every language's rules (see `_unions`)."""
    out: set[str] = set()
    for name in ("common", "common-en"):
        doc = _read_common(name)
        for table in doc[0].values() if doc else ():
            for body in table.values():
                for key in ("patterns", "thread_patterns"):
                    out.update(p for p in body.get(key, ()) if isinstance(p, str))
    return frozenset(out)


@functools.cache
def _single(pattern: str) -> regex.Pattern[str]:
    """One pattern compiled alone, kept for the process (common.toml's serve every language)."""
    return regex.compile(pattern, _FLAGS)


@functools.lru_cache(maxsize=256)
def _shared_union(patterns: tuple[str, ...], where: str) -> regex.Pattern[str] | None:
    return _compile(patterns, where)


# Cached whole, not only per part: `ThreadCut.signal` asks for its unions on every block the
# thread cut reads, and splitting the patterns again each time was a quarter of a signal test.
@functools.lru_cache(maxsize=256)
def _unions(patterns: tuple[str, ...], where: str) -> tuple[regex.Pattern[str], ...]:
    """OR `patterns` as up to two unions: the common files' patterns, then the others.

    A text matches one of the unions exactly when it matches one of the patterns, as it would
    match a single union of all. The common files' part is the same for every language (the
    same patterns in the same order), so a process compiles it once, and a new language pays
    only for its own patterns: one union of all cost 20-50 ms per language and list.
    """
    common = _common_patterns()
    parts = (
        tuple(p for p in patterns if p in common),
        tuple(p for p in patterns if p not in common),
    )
    return tuple(u for part in parts if part and (u := _shared_union(part, where)) is not None)


@dataclass(slots=True)
class _Draft:
    """A category while files are being merged (mutable, private)."""

    name: str
    exact: set[str] = field(default_factory=set)
    phrases: list[str] = field(default_factory=list)
    patterns: list[str] = field(default_factory=list)
    max_chars: int = 200
    examples: list[str] = field(default_factory=list)
    counter_examples: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    signals: list[str] = field(default_factory=list)
    thread_examples: list[str] = field(default_factory=list)
    numbers: dict[str, float] = field(default_factory=dict)

    def add(self, table: str, body: Mapping[str, Any], where: str) -> None:
        allowed = _CUT_KEYS if table == "cut" else _DROP_KEYS
        unknown = sorted(set(body) - allowed)
        if unknown:
            raise ValueError(
                f"{where}: unknown key(s) {unknown}; allowed: {sorted(allowed)} "
                "(see docs/rules.md)",
            )
        examples = _strings(body, "examples", where)
        if not examples:
            raise ValueError(
                f"{where}: a category needs `examples` (texts it must match): they are its tests",
            )
        for phrase in _strings(body, "exact", where) + _strings(body, "phrases", where):
            if not bare(fold(phrase)):
                raise ValueError(f"{where}: phrase {phrase!r} is empty once trimmed")
        self.exact.update(bare(fold(p)) for p in _strings(body, "exact", where))
        self.phrases.extend(fold(p) for p in _strings(body, "phrases", where))
        self.exact.update(bare(fold(p)) for p in _strings(body, "phrases", where))
        new_patterns = _strings(body, "patterns", where)
        # each alone: the category's union is compiled once all files are merged (`category`)
        _validate(new_patterns, where)
        self.patterns.extend(new_patterns)
        if "max_chars" in body:
            max_chars = int(_number(body, "max_chars", 200, where))
            if not 1 <= max_chars <= MAX_CHARS_LIMIT:
                raise ValueError(f"{where}: `max_chars` must be 1..{MAX_CHARS_LIMIT}")
            self.max_chars = max_chars
        self.examples.extend(examples)
        self.counter_examples.extend(_strings(body, "counter_examples", where))
        self.sources.append(where)
        if table == "cut":
            signals = _strings(body, "thread_patterns", where)
            _validate(signals, where)
            self.signals.extend(signals)
            self.thread_examples.extend(_strings(body, "thread_examples", where))
            for key in ("min_chars_before", "min_position", "prose_chars", "max_prose_run"):
                if key in body:
                    self.numbers[key] = _number(body, key, 0, where)

    def category(self) -> Category:
        by_first: dict[str, list[str]] = {}
        for p in dict.fromkeys(self.phrases):
            prefix = _LEAD.sub("", p)
            by_first.setdefault(_first_word(prefix), []).append(prefix)
        return Category(
            name=self.name,
            exact=frozenset(self.exact),
            phrases=tuple(dict.fromkeys(self.phrases)),
            patterns=tuple(self.patterns),
            max_chars=self.max_chars,
            examples=tuple(self.examples),
            counter_examples=tuple(self.counter_examples),
            sources=tuple(self.sources),
            _by_first={k: tuple(v) for k, v in by_first.items()},
        )

    def thread_cut(self) -> ThreadCut:
        where = f"{' + '.join(self.sources)} [{self.name}]"
        n = self.numbers
        return ThreadCut(
            marker=self.category(),
            signal_patterns=tuple(_checked(self.signals, where)),
            thread_examples=tuple(self.thread_examples),
            min_chars_before=int(n.get("min_chars_before", 600)),
            min_position=float(n.get("min_position", 0.4)),
            prose_chars=int(n.get("prose_chars", 80)),
            max_prose_run=int(n.get("max_prose_run", 2)),
        )


@functools.cache
def _read_common(name: str) -> tuple[dict[str, Any], str] | None:
    """`_read_shipped` for a file merged into every language's rules, parsed once.

    Parsing common.toml again cost ~10 ms of the ~80 a language's first page paid (sh-html
    meets seven languages). The tables are only read, never changed. A language's own file is
    not kept: it is read once anyway (`_compile_rules` is cached), and its tables would only
    add to the memory (~50 KB a language).
    """
    return _read_shipped(name)


def _read_shipped(name: str) -> tuple[dict[str, Any], str] | None:
    res = resources.files("cleaner") / "rules" / f"{name}.toml"
    if not res.is_file():
        return None
    where = f"cleaner/rules/{name}.toml"
    _SHIPPED.add(where)
    data = _parse(res.read_text(encoding="utf-8"), where)
    for table in _TABLES:
        for body in data.get(table, {}).values():
            for key in ("patterns", "thread_patterns"):
                value = body.get(key)
                if isinstance(value, list):
                    _TRUSTED.update(p for p in value if isinstance(p, str))
    return data, where


def _parse(text: str, where: str) -> dict[str, Any]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"{where}: not valid TOML: {exc}") from exc
    data = _renamed_tables(data, where)
    unknown = sorted(set(data) - set(_TABLES))
    if unknown:
        raise ValueError(
            f"{where}: unknown table(s) {unknown}; rule tables are {list(_TABLES)} "
            "(e.g. [drop.sponsored])",
        )
    for table in _TABLES:
        for name, body in data.get(table, {}).items():
            if not isinstance(body, dict):
                raise ValueError(f"{where} [{table}.{name}]: expected a table of keys")  # noqa: TRY004
    for kind, body in data.get("words", {}).items():
        _check_words_table(kind, body, f"{where} [words.{kind}]")
    return data


def _renamed_tables(data: dict[str, Any], where: str) -> dict[str, Any]:
    """`data` with its `[byline.<kind>]` tables read as `[words.<kind>]`, with a warning.

    Raises:
        ValueError: A kind is in both tables of the file.
    """
    old = data.get(_OLD_WORDS_TABLE)
    if not isinstance(old, dict):
        return data
    logger.warning(
        '%s: the [%s.<kind>] tables are now [words.<kind>] (docs/rules.md, "Word lists"); '
        "read as such. Rename them: the old name will stop working.",
        where,
        _OLD_WORDS_TABLE,
    )
    new = data.get("words", {})
    both = sorted(set(old) & set(new)) if isinstance(new, dict) else []
    if both:
        raise ValueError(
            f"{where}: kind(s) {both} in both [{_OLD_WORDS_TABLE}.*] and [words.*]; "
            "keep the [words.*] tables only",
        )
    rest = {k: v for k, v in data.items() if k != _OLD_WORDS_TABLE}
    return {**rest, "words": {**old, **(new if isinstance(new, dict) else {})}}


def _heading_pattern(words: tuple[str, ...]) -> str:
    """The `Rules.heading` pattern of `words`: one of them alone, a colon maybe.

    A space in a phrase is any whitespace (the text is matched collapsed: one space).
    """
    alternation = "|".join(regex.escape(w).replace(r"\ ", r"\s") for w in words)
    return rf"^(?:{alternation})\s*+[:：]*+$"


@functools.lru_cache(maxsize=_LANGUAGES_CACHED)
def _heading_category(kind: str, words: tuple[str, ...]) -> Category:
    """The heading kind's words as a category matched as the `[lift.*]` tables were."""
    if not words:
        return Category(name=kind)
    pattern = _heading_pattern(words)
    # escaped literals between anchors: linear, searched without the timeout (`_TRUSTED`)
    _TRUSTED.add(pattern)
    return Category(name=kind, patterns=(pattern,))


def _check_words_table(kind: str, body: Mapping[str, Any], where: str) -> None:
    """Fail loudly on an unknown words kind or key, a non-list value, or missing examples."""
    if kind not in _WORD_KINDS:
        raise ValueError(f"{where}: unknown words kind; kinds: {sorted(_WORD_KINDS)}")
    allowed = _WORD_KEYS | _WORD_KINDS[kind]
    unknown = sorted(set(body) - allowed)
    if unknown:
        raise ValueError(
            f"{where}: unknown key(s) {unknown}; allowed: {sorted(allowed)} (see docs/rules.md)",
        )
    for key in allowed:
        for value in _strings(body, key, where):
            if not value.strip():
                raise ValueError(f"{where}: `{key}` holds an empty string")
    if not _strings(body, "examples", where):
        raise ValueError(f"{where}: a words kind needs `examples`: they are its tests")


def _checked(patterns: list[str], where: str) -> list[str]:
    """`patterns`, each compiled alone first unless shipped (`_validate`)."""
    _validate(patterns, where)
    return patterns


# The names `_read_shipped` gives the package's own files in error messages and `sources`.
_SHIPPED: set[str] = set()


def _shipped_only(sources: Iterable[str]) -> bool:
    """Whether every file a category came from (`sources`: "<file> [<table>.<name>]") is ours."""
    return all(w.partition(" [")[0] in _SHIPPED for w in sources)


def _check(cat: Category, where: str) -> None:
    """Fail loudly when a category disagrees with its own examples."""
    for text in cat.examples:
        if not cat.matches(text):
            raise ValueError(f"{where}: example does not match: {text!r}")
    for text in cat.counter_examples:
        if cat.matches(text):
            raise ValueError(f"{where}: counter-example matches: {text!r}")


# Codes that share another's rules file: Norwegian pages say `nb` (Bokmål) or `nn` (Nynorsk) in
# `<html lang>` (golden page no-oppskrift-fiskesuppe-html), and `no.toml` covers both. Then the
# codes pages declare by mistake: Java's old "iw" for Hebrew, and country codes that are no
# language's code ("gr", "dk", "jp", "cn", "ua", "cz"; "kr" is Kanuri's, far rarer on the web
# than a Korean page saying "kr").
_CODE_ALIASES = {
    "nb": "no",
    "nn": "no",
    "iw": "he",
    "gr": "el",
    "dk": "da",
    "jp": "ja",
    "cn": "zh",
    "kr": "ko",
    "ua": "uk",
    "cz": "cs",
    # Bosnian writes the interface words of hr.toml; Malay those of id.toml. Serbian has its own
    # file in both its scripts (sr.toml), Montenegrin writes the same words.
    "bs": "hr",
    "cnr": "sr",
    "ms": "id",
    # Filipino is Tagalog's standard form; pages declare either (Babel's CLDR locale is "fil").
    "fil": "tl",
}


def language_tag(lang: str | None) -> str | None:
    """A language tag as the stages compare tags: "DE" -> "de", " en_GB " -> "en-gb".

    The region stays: it tells how an English page writes numeric dates ("en-gb": day first).
    A blank tag is no tag (None). The one normalisation of a tag: the pipeline applies it to the
    caller's `lang`, the rules and the dates read tags through it.

    Example:
        >>> language_tag("en_GB"), language_tag(" "), language_tag(None)
        ('en-gb', None, None)
    """
    if lang is None:
        return None
    return lang.strip().casefold().replace("_", "-") or None


def language_code(lang: str | None) -> str:
    """The rules file a tag loads: its language without the region, aliases resolved.

    Example:
        >>> language_code("de-AT"), language_code("nb"), language_code(None)
        ('de', 'no', 'en')
    """
    code = (language_tag(lang) or "en").split("-")[0] or "en"
    return _CODE_ALIASES.get(code, code)


def _documents(code: str, extra: tuple[str, ...]) -> list[tuple[dict[str, Any], str]]:
    """Read common.toml, language `code`'s file (see `_load`), common-en.toml, then `extra`.

    common-en.toml (English interface text) is read for every language but English.
    """
    docs: list[tuple[dict[str, Any], str]] = []
    common = _read_common("common")
    if common:
        docs.append(common)
    own = _read_shipped(code)
    if own:
        docs.append(own)
    # After the language's own file, so its categories keep their order (the first match names
    # the drop reason); English pages have all of it in en.toml.
    english_ui = _read_common("common-en") if code != "en" else None
    if english_ui:
        docs.append(english_ui)
    docs.extend((_parse(Path(p).read_text(encoding="utf-8"), p), p) for p in extra)
    return docs


# A language tag as `language_tag` writes it: a language of two or three letters, then
# subtags ("pt-br", "zh-hant-tw", "xx-unknown-test"); `cleaner.clean` checks its `lang` alike.
_TAG = regex.compile(r"[a-z]{2,3}(?:-[a-z0-9]{1,8})*")


def is_language_tag(tag: str) -> bool:
    """Whether `tag`, as `language_tag` writes it, is a language tag and not a name.

    Example:
        >>> is_language_tag("pt-br"), is_language_tag("zh-hant-tw"), is_language_tag("english")
        (True, True, False)
    """
    return _TAG.fullmatch(tag) is not None


@functools.lru_cache(maxsize=_LANGUAGES_CACHED)
def _load(lang: str | None, extra: tuple[str, ...]) -> Rules:
    # Checked here, on a cache miss only: `Rules.load` is asked for a page's rules many times.
    tag = language_tag(lang)
    if tag is not None and not is_language_tag(tag):
        # "english" used to load the English rules silently, and "german" the English ones too.
        raise ValueError(
            f"Rules.load({lang!r}): not a language tag; give an ISO 639-1 code such as 'en', "
            f"'de' or 'pt-BR'. Shipped languages: {', '.join(Rules.shipped_languages())}",
        )
    code = language_code(lang)
    if code == "common" or not (resources.files("cleaner") / "rules" / f"{code}.toml").is_file():
        # the same files as English: the same compiled rules (under the caller's code),
        # instead of 50 ms compiling them again for each such language a batch meets
        logger.info(
            "no boilerplate rules for language %r; using the common and English rules. "
            "Shipped languages: %s. To contribute one, add src/cleaner/rules/%s.toml "
            "(see docs/rules.md).",
            lang,
            ", ".join(Rules.shipped_languages()),
            code,
        )
        code = "en"
    rules = _compile_rules(code, extra)
    return rules if rules.lang == lang else replace(rules, lang=lang)


def _lexicons(docs: list[tuple[dict[str, Any], str]]) -> tuple[Lexicon, ...]:
    """The `[words.*]` tables of `docs` merged per kind: later files add, never replace."""
    merged: dict[str, dict[str, list[str]]] = {}
    for data, where in docs:
        for kind, body in data.get("words", {}).items():
            lists = merged.setdefault(kind, {"sources": []})
            for key in _WORD_KEYS | _WORD_KINDS[kind]:
                values = body.get(key, [])
                if key not in ("examples", "counter_examples"):
                    values = [" ".join(v.split()).casefold() for v in values]
                lists.setdefault(key, []).extend(values)
            lists["sources"].append(f"{where} [words.{kind}]")

    def unique(values: list[str] | None) -> tuple[str, ...]:
        return tuple(dict.fromkeys(values or ()))

    return tuple(
        Lexicon(
            kind=kind,
            words=unique(lists.get("words")),
            particles=unique(lists.get("particles")),
            suffixes=unique(lists.get("suffixes")),
            tails=unique(lists.get("tails")),
            strict=unique(lists.get("strict")),
            lower=unique(lists.get("lower")),
            between_capitals=unique(lists.get("between_capitals")),
            examples=tuple(lists.get("examples", ())),
            counter_examples=tuple(lists.get("counter_examples", ())),
            sources=tuple(lists["sources"]),
        )
        for kind, lists in merged.items()
    )


@functools.lru_cache(maxsize=_LANGUAGES_CACHED)
def _compile_rules(lang: str, extra: tuple[str, ...]) -> Rules:
    docs = _documents(lang, extra)
    drafts: dict[str, dict[str, _Draft]] = {t: {} for t in _TABLES}
    for data, where in docs:
        for table in _TABLES[:-1]:
            for name, body in data.get(table, {}).items():
                draft = drafts[table].setdefault(name, _Draft(name=name))
                draft.add(table, body, f"{where} [{table}.{name}]")
    drop = tuple(d.category() for d in drafts["drop"].values())
    lift = tuple(d.category() for d in drafts["lift"].values())
    cut = tuple(d.thread_cut() for d in drafts["cut"].values())
    # The shipped categories' examples are tests (tests/test_rules.py runs every one, for every
    # shipped language): checking them again at load time cost ~5 ms per language, and the
    # thread examples would compile the thread patterns, which few pages need. A category a
    # user's file adds to is checked here.
    for cat in drop + lift + tuple(c.marker for c in cut):
        if not _shipped_only(cat.sources):
            _check(cat, " + ".join(cat.sources))
    for c in cut:
        if _shipped_only(c.marker.sources):
            continue
        for text in c.thread_examples:
            if not c.is_signal(text):
                raise ValueError(
                    f"{' + '.join(c.marker.sources)}: thread example does not match "
                    f"`thread_patterns`: {text!r}",
                )
    return Rules(
        lang=lang,
        drop=drop,
        lift=lift,
        cut=cut,
        words=_lexicons(docs),
        sources=tuple(w for _, w in docs),
        _index=_DropIndex.of(drop),
    )
