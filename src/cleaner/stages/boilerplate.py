"""Stage `strip_boilerplate`: label blocks that match a `drop.*` rule, and cut comment threads.

Two passes, both driven by the rule files (docs/rules.md):

1. every kept block that matches a `drop.*` category is dropped with the category's name;
2. every `cut.*` rule (shipped: `cut.comments`) looks for a marker block ("Leave a Reply",
   "12 comments", "Kommentare") in the latter part of the page and, when what follows it looks
   like a comment thread, drops everything after it with the rule's name (`cut_thread`).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import regex

from cleaner.document import Block, Document
from cleaner.rules import Forms, Rules, ThreadCut, is_language_tag, language_code, language_tag
from cleaner.words import count_words

logger = logging.getLogger(__name__)


class _FormsCache:
    """Each block's `Forms`, computed on first use and shared by every rule of the stage."""

    __slots__ = ("_blocks", "_forms")

    def __init__(self, blocks: Sequence[Block]) -> None:
        self._blocks = blocks
        self._forms: list[Forms | bool | None] = [False] * len(blocks)

    def __getitem__(self, i: int) -> Forms | None:
        forms = self._forms[i]
        if forms is False:
            forms = self._forms[i] = Forms.of(self._blocks[i].text)
        return forms  # type: ignore[return-value]


def cut_thread(
    blocks: Sequence[Block],
    cut: ThreadCut,
    forms: _FormsCache | None = None,
    *,
    answers: bool = False,
) -> tuple[Block, ...]:
    """Drop a comment thread (the marker and every block after it) when it is safe to.

    A marker is any block, kept or already dropped, that `cut.marker` matches. The first marker
    that passes all of these checks starts the cut; if none does, nothing changes:

    * at least `cut.min_chars_before` kept characters come before it (the article);
    * those are at least `cut.min_position` of all kept characters, unless the rest of the page
      is dense with thread signals (at least 3, and one per two prose blocks), as a long
      thread under a short article is;
    * after it, no run of more than `cut.max_prose_run` kept prose blocks (`cut.prose_chars`
      or longer) goes without a signal block between them: a run like that is an article
      going on, not comments;
    * if any kept prose follows it, at least one signal block does too;
    * with `answers` (a text scrape), the first kept block after it does not stand under a vote
      count alone (`_answer_follows`): a Q&A page's next answer.

    Args:
        blocks: The page's blocks in order.
        cut: The structural rule to apply.
        forms: The blocks' forms, when the caller has them already.
        answers: Read a marker over a Q&A page's answer as none (`_answer_follows`).

    Returns:
        The blocks, with the marker and the kept blocks after it dropped as `cut.name`.
    """
    if forms is None:
        forms = _FormsCache(blocks)
    kept_chars = [len(b.text) if b.kept else 0 for b in blocks]
    total = sum(kept_chars)
    markers: list[tuple[int, int]] = []
    before = 0
    for i in range(len(blocks)):
        if before >= cut.min_chars_before and cut.marker.matches_forms(forms[i]):
            markers.append((i, before))
        before += kept_chars[i]
    if not markers:
        return tuple(blocks)
    tail = _TailStats.of(blocks, markers[0][0], cut, forms)
    offset = markers[0][0]
    for i, chars_before in markers:
        if answers and _answer_follows(blocks, i):
            continue
        k = i + 1 - offset
        signals, prose, longest_run = tail.signals[k], tail.prose[k], tail.longest_run[k]
        if longest_run > cut.max_prose_run or (prose and not signals):
            continue
        late = chars_before >= cut.min_position * total
        dense = signals >= 3 and 2 * signals >= prose
        if late or dense:
            logger.debug("cutting %d blocks from marker %r", len(blocks) - i, blocks[i].text)
            return (*blocks[:i], *(b.drop(cut.name) for b in blocks[i:]))
    return tuple(blocks)


def _answer_follows(blocks: Sequence[Block], i: int) -> bool:
    """Whether the first kept block after the marker at `i` opens on a vote count alone.

    A Q&A page's answer stands under its votes, a number alone on its line, and under the
    question's or the previous answer's "Add a comment" (Stack Exchange): the marker there is a
    post's foot with more answers under it, not the head of a comment thread (wcxb-dev-text
    0565, 0567, 4310; `extract_text._keep_answers` keeps the answers).
    """
    j = next((j for j in range(i + 1, len(blocks)) if blocks[j].kept), None)
    return j is not None and j - 1 > i and bool(_VOTES_ALONE.match(blocks[j - 1].text.strip()))


@dataclass(frozen=True, slots=True)
class _TailStats:
    """For every position of a block sequence, facts about the blocks from there to the end.

    Computed once, backwards, so trying many markers stays linear in the page's length.
    """

    signals: list[int]
    prose: list[int]
    longest_run: list[int]

    @classmethod
    def of(
        cls,
        blocks: Sequence[Block],
        start: int,
        cut: ThreadCut,
        forms: _FormsCache,
    ) -> _TailStats:
        """The stats of `blocks[start:]`, indexed from `start`."""
        n = len(blocks) - start
        signals, prose, longest = [0] * (n + 1), [0] * (n + 1), [0] * (n + 1)
        run = 0
        for j in range(n - 1, -1, -1):
            b = blocks[start + j]
            is_signal = cut.is_signal_forms(forms[start + j])
            is_prose = not is_signal and b.kept and len(b.text) >= cut.prose_chars
            if is_signal:
                run = 0
            elif is_prose:
                run += 1
            signals[j] = signals[j + 1] + is_signal
            prose[j] = prose[j + 1] + is_prose
            longest[j] = max(longest[j + 1], run)
        return cls(signals=signals, prose=prose, longest_run=longest)


# A vote count alone on its line, over a Q&A page's answer (`_answer_follows`).
_VOTES_ALONE = regex.compile(r"^-?\d{1,6}$")
# What a related-links list may be: at most this many headline lines after its label ...
_MAX_RELATED_ITEMS = 8
# ... each at most this many words, ending in no sentence mark.
_MAX_HEADLINE_WORDS = 16
_SENTENCE_END = (".", "!", "?", "…", ":", ";", "。", "！", "？")
_QUESTION_END = ("?", "？")
_RELATED_KINDS = frozenset({"paragraph", "heading", "list_item"})


def _headline_like(block: Block) -> bool:
    text = block.text.strip()
    if block.kind not in _RELATED_KINDS or not 0 < count_words(text) <= _MAX_HEADLINE_WORDS:
        return False
    if text.endswith(_QUESTION_END):
        # a question is a headline too ("Que mettre dans son sac pour une rando à la journée ?"
        # under "Tu aimeras aussi :", golden fr-blog-randonnee-lac-commentaires-text), when it
        # is one sentence: no other sentence mark before its question mark
        return not any(mark in text[:-1] for mark in _SENTENCE_END)
    return not text.endswith(_SENTENCE_END)


_DIALOGUE_DASHES = ("-", "–", "—", "―")


def _dialogue(block: Block) -> bool:
    """Whether a block opens with a dash and a space: an interview question or a dialogue line."""
    text = block.text.lstrip()
    return text[:1] in _DIALOGUE_DASHES and text[1:2].isspace()


def _related_items(blocks: Sequence[Block], i: int, *, colon: bool) -> list[int]:
    """Return the headline lines under the related label at `i` (see `drop_related_lists`)."""
    items: list[int] = []
    j = i + 1
    while j < len(blocks) and len(items) < _MAX_RELATED_ITEMS:
        nxt = blocks[j]
        if nxt.kept:
            if not _headline_like(nxt):
                break
            items.append(j)
        j += 1
    # a line right before prose is a subheading: the list ended above it. A dash-led line
    # is an interview's question or a line of dialogue, which no subheading heads (golden
    # ko-inteobyu-mundap-text: two related headlines over "- 앞으로의 계획은요?").
    if items and j < len(blocks) and blocks[j].kept and not _dialogue(blocks[j]):
        items.pop()
    # "Don't Miss:", "More to explore:" run into a teaser or a product's own lines as often
    # as into a list (sh-text e7d77f18, wcxb-dev-text 0614): a label with a colon heads a
    # list only where the page's furniture closes it, nothing kept after its last line
    # ("Tu aimeras aussi :" over three headlines, then the author card and the comments:
    # golden fr-blog-randonnee-lac-commentaires-text)
    if colon and items and any(x.kept for x in blocks[items[-1] + 1 :]):
        return []
    return items


def drop_related_lists(
    blocks: Sequence[Block],
    rules: Rules,
    forms: _FormsCache,
) -> tuple[Block, ...]:
    """In a text scrape, drop the headlines listed under a bare related-links label.

    HTML pages mark those headlines as links and the extractor drops them; a text scrape keeps
    them as short lines after "Notícies relacionades", "Related articles", "Lesen Sie auch"
    (golden ca-noticia-rodalies-obres-html as a text scrape). Only a label that is one of the
    language's `drop.related` exact phrases opens a list; it runs over short lines that end in
    no sentence mark (or are one question), and the last of them is kept when prose follows it:
    a subheading heads the paragraph under it, a headline does not. A label with a colon opens
    one only where nothing is kept after the list.
    """
    try:
        related = rules.category("drop", "related")
    except KeyError:
        return tuple(blocks)
    out = list(blocks)
    for i, b in enumerate(blocks):
        if b.dropped_by != "related":
            continue
        f = forms[i]
        if f is None or f.core not in related.exact:
            continue
        for k in _related_items(blocks, i, colon=f.folded.endswith(":")):
            out[k] = blocks[k].drop("related")
    return tuple(out)


# The labelled-section rule (`drop_labelled_sections`): how many boxes up from a label heading
# the section may start (the heading's own wrapper, then the box around it), and the share of
# the page's kept words a section may hold at most (a label inside the article's own box would
# otherwise take the article with it; 0.4 is a round bound, not tuned: the rails it drops on
# wcxb-dev and sh-html are a few lines each).
_SECTION_UP = 3
_SECTION_SHARE = 0.4
_SECTION_REASONS = frozenset({"related", "shop"})


def _box(origin: str) -> str:
    return origin.rsplit("/", 1)[0]


def _section_box(blocks: Sequence[Block], i: int) -> str | None:
    """Return the path of the box the label at `i` heads, or None when it heads none."""
    box = _box(blocks[i].origin)
    for _ in range(_SECTION_UP):
        if box.count("/") <= 2 or any(
            b.origin.startswith(box + "/") for b in blocks[i + 1 : i + 2]
        ):
            break
        box = _box(box)
    if i and blocks[i - 1].origin.startswith(box + "/"):
        return None  # the label is no box's head: a subheading inside the text (wcxb-dev 0350)
    return box


def drop_labelled_sections(
    blocks: Sequence[Block],
    before: Sequence[Block] | None = None,
) -> tuple[Block, ...]:
    """On an HTML page, drop the kept blocks of a section headed by a related or shop label.

    "People who viewed this item also viewed", "Customers also bought", "You may also like"
    head a rail of teasers or product tiles; the label goes by its phrase, the tiles' own text
    (a name, a price, "Business") is no phrase. The section is the label's box: the element
    around the heading, or around its wrapper when the wrapper holds nothing else, and the
    blocks that follow the label inside it.

    `before` are the blocks as the stage got them: a heading that was dropped already there
    heads nothing here. The label is this stage's phrase rule's; an earlier stage's "related"
    (`extract_html` names a dropped heading's box so, `cleaner.removal_reasons`) says what
    the heading's markup is, not that a phrase labels a section.
    """
    total = sum(count_words(b.text) for b in blocks if b.kept) or 1
    out = list(blocks)
    for i, b in enumerate(blocks):
        if b.kind != "heading" or b.dropped_by not in _SECTION_REASONS or not b.origin:
            continue
        if before is not None and not before[i].kept:
            continue
        box = _section_box(blocks, i)
        if box is None:
            continue
        run: list[int] = []
        for j in range(i + 1, len(blocks)):
            if not blocks[j].origin.startswith(box + "/"):
                break
            if blocks[j].kept:
                run.append(j)
        if run and sum(count_words(blocks[j].text) for j in run) <= _SECTION_SHARE * total:
            for j in run:
                out[j] = blocks[j].drop(b.dropped_by or "related")
    return tuple(out)


# Share buttons a text scrape puts one to a line. A network's name alone may be a one-word
# answer or a subheading ("Facebook" over a paragraph about it): common.toml's share rule wants
# two names in one block, and this pass two such lines side by side.
_NETWORKS = frozenset(
    (
        *("facebook", "twitter", "x", "whatsapp", "linkedin", "pinterest", "reddit", "telegram"),
        *("e-mail", "email", "messenger", "threads", "bluesky", "mastodon", "flipboard", "xing"),
        *("vk", "vkontakte", "weibo", "wechat", "viber", "tumblr", "pocket", "sms"),
    ),
)


def drop_share_runs(blocks: Sequence[Block], forms: _FormsCache) -> tuple[Block, ...]:
    """In a text scrape, drop network names that stand one to a line beside another share line.

    "Deel dit artikel" / "Facebook" / "WhatsApp" / "LinkedIn" / "Link kopiëren" (golden
    nl-liveblog-storm-treinen-text): each line is one button. A kept line that is only a
    network's name is dropped when the line before or after it is another such name or a line
    the share rules dropped.
    """

    def is_name(i: int) -> bool:
        f = forms[i] if 0 <= i < len(blocks) else None
        return f is not None and f.core in _NETWORKS

    def shares(i: int) -> bool:
        return 0 <= i < len(blocks) and (is_name(i) or blocks[i].dropped_by == "share")

    out = list(blocks)
    for i, b in enumerate(blocks):
        if b.kept and is_name(i) and (shares(i - 1) or shares(i + 1)):
            out[i] = b.drop("share")
    return tuple(out)


# An author box's heading naming the person: "About Marcus Oyelaran", "Über Jana Roth".
# Case-sensitive: the name's words are capitalised (golden en-company-blog-cta-related-posts-text).
_ABOUT_PERSON = regex.compile(
    r"^(?:About|Über|À propos de|Sobre|Acerca de|Informazioni su)\s+"
    r"(?P<first>\p{Lu}[\p{Ll}'’-]+)(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}$",
)
# The bio under it is a short paragraph or two.
_MAX_BIO_CHARS = 400


def drop_author_boxes(blocks: Sequence[Block]) -> tuple[Block, ...]:
    """Drop an "About <First> <Last>" heading and the bio under it that calls them "<First>".

    "About Marcus Oyelaran" / "Marcus leads the finance team at ... ." is the author box at the
    end of a blog post. The bio must open with the first name alone, then a lower-case word: a
    press release's "About Northwind Batteries" / "Northwind Batteries makes ..." (body, as the
    golden pages have it) repeats the whole name, and a guide's "About New York" is followed by
    no "New <verb>".
    """
    out = list(blocks)
    for i, b in enumerate(blocks[:-1]):
        if not b.kept or len(b.text) > _MAX_NAME_HEADING_CHARS:
            continue
        m = _ABOUT_PERSON.match(b.text.strip())
        if m is None:
            continue
        nxt = next((j for j in range(i + 1, len(blocks)) if blocks[j].kept), None)
        if nxt is None:
            continue
        bio = blocks[nxt].text.strip()
        first, _, rest = bio.partition(" ")
        if first == m["first"] and rest[:1].islower() and len(bio) <= _MAX_BIO_CHARS:
            out[i] = b.drop("author_bio")
            out[nxt] = blocks[nxt].drop("author_bio")
    return tuple(out)


_MAX_NAME_HEADING_CHARS = 80


def _rules_folder(folder: str) -> tuple[tuple[str, ...], dict[str, tuple[str, ...]]]:
    """A folder of the user's rules: its `common.toml`, and its `<code>.toml` per language.

    Raises:
        ValueError: The folder holds no `.toml` file, or one not named for a language (the
            rules saved as .txt were taken without a word; "swahili.toml" stopped with a
            message that named neither the file nor how to name it: usertest, session 18).
    """
    paths = sorted(Path(folder).glob("*.toml"))
    if not paths:
        raise ValueError(
            f"{folder}: the folder holds no .toml file: name its files common.toml "
            "(every page) or <code>.toml (that language's pages: sw.toml for Swahili)",
        )
    for path in paths:
        if path.stem != "common" and not is_language_tag(language_tag(path.stem) or ""):
            raise ValueError(
                f"{folder}: {path.name} is not named for a language: name it <code>.toml "
                "for that language's pages (sw.toml for Swahili, pt-BR.toml) or common.toml "
                "for every page",
            )
    common = tuple(str(p) for p in paths if p.stem == "common")
    by_code: dict[str, tuple[str, ...]] = {
        language_code(p.stem): (str(p),) for p in paths if p.stem != "common"
    }
    return common, by_code


class StripBoilerplate:
    """Drop blocks that match a `drop.*` rule category, then cut trailing comment threads.

    Reads: blocks, lang. Writes: blocks[].dropped_by (the category name, or "comments").

    Args:
        rules: Rules to apply to every page; None loads the shipped rules for each page's
            language (`doc.lang`).
        extra_rules: The user's own rule files, merged after the shipped ones for every page's
            language (ignored when `rules` is given: load them into it instead). A folder
            stands for its files: `common.toml` for every page, `<code>.toml` for the pages of
            that language ("sw.toml" for Swahili pages), so a language is added without
            writing into the installed package.
        cut_threads: Apply the `cut.*` structural rules (comment threads).

    Example:
        >>> from cleaner.pipeline import make_doc
        >>> doc = StripBoilerplate()(make_doc("ADVERTISEMENT", "The council met on Monday."))
        >>> [b.dropped_by for b in doc.blocks]
        ['sponsored', None]
    """

    name = "strip_boilerplate"

    def __init__(
        self,
        *,
        rules: Rules | None = None,
        extra_rules: Sequence[str | Path] | str | Path = (),
        cut_threads: bool = True,
    ) -> None:
        """Keep the options, and check the user's rule files now.

        The rules of each page's language are loaded (and cached) on first use; the user's
        files are read once here so that a missing or broken file fails when the pipeline is
        built, not as an error result on every page of a batch.

        Raises:
            FileNotFoundError: A file of `extra_rules` does not exist.
            ValueError: A file of `extra_rules` is not valid rules (the message names the file
                and the category: see `Rules.load`).
        """
        self.rules = rules
        if isinstance(extra_rules, (str, Path)):
            # One path given bare: iterating a str went letter by letter ("No such file: 'h'").
            extra_rules = (extra_rules,)
        self.extra_rules = tuple(str(p) for p in extra_rules)
        self.cut_threads = cut_threads
        # A folder's files, read once: (common files, {language code: its files}) per entry.
        self._folders = {p: _rules_folder(p) for p in self.extra_rules if Path(p).is_dir()}
        if self.extra_rules and rules is None:
            for lang in (None, *sorted({c for _, codes in self._folders.values() for c in codes})):
                Rules.load(lang, *self._files(lang))

    def _files(self, lang: str | None) -> tuple[str, ...]:
        """The user's files for a page of language `lang`: files as given, folders resolved."""
        if not self._folders:
            return self.extra_rules
        code = language_code(lang)
        files: list[str] = []
        for entry in self.extra_rules:
            folder = self._folders.get(entry)
            if folder is None:
                files.append(entry)
            else:
                files += [*folder[0], *folder[1].get(code, ())]
        return tuple(files)

    def rules_for(self, doc: Document) -> Rules:
        """Return the rules this stage applies to `doc`."""
        return self.rules or Rules.load(doc.lang, *self._files(doc.lang))

    def __call__(self, doc: Document) -> Document:
        """Label every kept block that a drop category matches; cut comment threads."""
        rules = self.rules_for(doc)
        # The forms of a block do not change when it is dropped: one cache serves both passes.
        forms = _FormsCache(doc.blocks)
        blocks: tuple[Block, ...] = tuple(
            b.drop(reason) if b.kept and (reason := rules.why_dropped_forms(forms[i])) else b
            for i, b in enumerate(doc.blocks)
        )
        if self.cut_threads:
            for cut in rules.cut:
                blocks = cut_thread(blocks, cut, forms, answers=doc.kind == "text")
        if doc.kind == "text":
            blocks = drop_related_lists(blocks, rules, forms)
            blocks = drop_share_runs(blocks, forms)
        else:
            blocks = drop_labelled_sections(blocks, doc.blocks)
        blocks = drop_author_boxes(blocks)
        return doc.evolve(blocks=blocks)

    def __repr__(self) -> str:
        """Show the options."""
        return (
            f"StripBoilerplate(rules={self.rules!r}, extra_rules={self.extra_rules!r}, "
            f"cut_threads={self.cut_threads!r})"
        )


strip_boilerplate = StripBoilerplate()
"""The default instance: shipped rules chosen by each page's language."""
