"""The word lists of the rules files (`[words.<kind>]`), read in their shapes, per language.

The byline stage and `cleaner.authors` read a few kinds of words that differ by language: the
copula a writer's bio opens with ("Julia Gralberg *is* a ..."), the words that say the bio's
subject writes ("writer", "Journalistin"), the label before a date beside a name ("Published:",
"Veröffentlicht am"), a Chinese forum's floor labels ("楼主", "沙发", "发表于"), and the bare
"by" of a few languages ("Minn", "Gan"). The words are data in `src/cleaner/rules/<lang>.toml`
(docs/rules.md, "Word lists"); the shape each kind is read in is code, here (the heading kinds'
in `Rules.heading`). Every function
is cached per language code, as `Rules.load` is: a page pays a dictionary look-up, and a
language's patterns are compiled once per process.

The shipped files only are read (`Rules.load(lang)`): the byline stage takes no user files.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import regex

from cleaner.rules import Lexicon, Rules, is_whole_line

# Languages a process meets: as many as `Rules.load` keeps.
_LANGS = 160
# A pattern that never matches: a kind no file of the language gives.
_NEVER = regex.compile(r"(?!)")


def lexicon(kind: str, lang: str | None) -> Lexicon:
    """The merged `[words.<kind>]` words of `lang`'s rules (common, own file, common-en)."""
    return Rules.load(lang).lexicon(kind)


@functools.lru_cache(maxsize=64)
def shared_words(kind: str) -> frozenset[str]:
    """The words of a kind read as one list for every language (common.toml), as a set.

    For the readers that take no page language: `cleaner.authors`' name words (`not_name`,
    `role`, `name_particle`, `credential`, ...), which common.toml and en.toml give
    (`Rules.load(None)` merges both).
    """
    return frozenset(lexicon(kind, None).words)


@functools.lru_cache(maxsize=_LANGS)
def not_author_intros(lang: str | None) -> frozenset[str]:
    """`not_author_intro`: other languages' bare intros that are ordinary words of `lang`.

    Swahili "Na" (by) is Portuguese "in the" ("Na Câmara Municipal"); Tagalog "Ni" is Spanish
    and French "nor".
    """
    return frozenset(lexicon("not_author_intro", lang).words)


def _alternation(words: tuple[str, ...]) -> str:
    """The words as one regex alternation; a space in a phrase stands for any whitespace run."""
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in words)


@functools.lru_cache(maxsize=_LANGS)
def copula(lang: str | None) -> regex.Pattern[str]:
    r"""`bio_copula`: the copula right after a name, with the space on each side (" is ").

    Case-sensitive ("Is" opens a question's clause, not a bio): `^\s+(?:is|was|ist)\s`.
    """
    words = lexicon("bio_copula", lang).words
    return regex.compile(rf"^\s+(?:{_alternation(words)})\s") if words else _NEVER


@functools.lru_cache(maxsize=_LANGS)
def bio_opening(lang: str | None) -> regex.Pattern[str]:
    """`bio_label` and `bio_copula`: a bio's opening, "[About the author:] Name is <rest>".

    Groups `name` (two to four capitalised words) and `rest` (what follows the copula).
    """
    copulas = lexicon("bio_copula", lang).words
    if not copulas:
        return _NEVER
    labels = lexicon("bio_label", lang).words
    label = rf"(?:(?i:{_alternation(labels)})\s*:?\s*)?" if labels else ""
    return regex.compile(
        rf"^{label}"
        r"(?P<name>\p{Lu}[\p{L}\p{M}'’.-]+(?:\s+\p{Lu}[\p{L}\p{M}'’.-]+){1,3})\s+"
        rf"(?:{_alternation(copulas)})\s+(?P<rest>.+)",
    )


@functools.lru_cache(maxsize=_LANGS)
def writer_words(lang: str | None) -> tuple[frozenset[str], tuple[str, ...]]:
    """`bio_writer`: the writer words (casefolded) and the endings that make one ("writer")."""
    lex = lexicon("bio_writer", lang)
    return frozenset(lex.words), lex.suffixes


def is_writer_word(word: str, lang: str | None) -> bool:
    """Whether a casefolded word says its bio's subject writes ("journalist", "songwriter")."""
    words, suffixes = writer_words(lang)
    return word in words or word.endswith(suffixes)


@functools.lru_cache(maxsize=_LANGS)
def date_label_end(lang: str | None) -> regex.Pattern[str]:
    """`date_label`: the label that ends the text before a date ("• Updated on", "Publié le:").

    With the separator before it and a time after it ("Published 10:19am 19 December 2025"),
    case-insensitive, anchored at the end: `sub("", text)` leaves the name before it.
    """
    lex = lexicon("date_label", lang)
    if not lex.words:
        return _NEVER
    particles = rf"(?:\s+(?:{_alternation(lex.particles)}))?" if lex.particles else ""
    return regex.compile(
        rf"(?i)[\s|•·,–—-]*(?:{_alternation(lex.words)}){particles}"
        r"\s*:?(?:\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?,?)?\s*$",
    )


@functools.lru_cache(maxsize=_LANGS)
def thread_starters(lang: str | None) -> frozenset[str]:
    """`thread_starter`: the label a forum prints on its first post's card ("楼主")."""
    return frozenset(lexicon("thread_starter", lang).words)


@functools.lru_cache(maxsize=_LANGS)
def floor_label(lang: str | None) -> regex.Pattern[str]:
    r"""`floor_label` words ("沙发", "板凳"), or a floor number ("5#", "5楼", "第5楼").

    The numbered forms are one shape for every language that numbers floors so (`\d+#`, and
    `楼`/`樓` after or `第` before the number); the named floors are words.
    """
    words = lexicon("floor_label", lang).words
    named = f"{_alternation(words)}|" if words else ""
    return regex.compile(rf"^(?:{named}\d+\s*[#楼樓]|第\s*\d+\s*[楼樓])$")


@functools.lru_cache(maxsize=_LANGS)
def posted_label(lang: str | None) -> regex.Pattern[str]:
    """`posted_label`: the label before a post's date under its card ("发表于 2026-11-20")."""
    words = lexicon("posted_label", lang).words
    return regex.compile(rf"^(?:{_alternation(words)})\s*[:：]?\s*") if words else _NEVER


@functools.lru_cache(maxsize=_LANGS)
def local_intro(lang: str | None) -> regex.Pattern[str] | None:
    """`intro`: a language's own bare "by" at a line's start, before a capital ("Minn Karl").

    Only languages where that word is an ordinary one of other languages' text give these
    (Maltese "Minn", Welsh "Gan", Irish "Le"); None for the others.
    """
    words = lexicon("intro", lang).words
    if not words:
        return None
    return regex.compile(rf"(?i)^(?:{_alternation(words)})\s*:?\s+(?-i:(?=\p{{Lu}}))")


def _label_alternation(words: tuple[str, ...], *, colon: bool = True) -> str:
    """The words as one alternation, a trailing ":" read as a colon the word needs ("Text:").

    The other words end at a word's end, and take a colon after them with `colon`.
    """
    after = r"\b\s*[:：]?" if colon else r"\b"
    return "|".join(
        _alternation((w[:-1].rstrip(),)) + r"\s*[:：]"
        if w.endswith(":")
        else _alternation((w,)) + after
        for w in words
    )


@functools.lru_cache(maxsize=_LANGS)
def writer_label(lang: str | None) -> regex.Pattern[str]:
    """`writer_label`: a label that says outright that its line names the page's writer.

    "Written by", "Posted by", "Author:", "Geschrieben von", "Écrit par", "Autorin:", "作者：":
    at the line's start, any case; a word written with a trailing ":" needs its colon (ASCII
    or full width), the others end at a word's end (the colon after them stays unread: the
    byline stage tells "Posted by" from "Posted by:" lines).
    """
    words = lexicon("writer_label", lang).words
    return regex.compile(rf"(?i)^(?:{_label_alternation(words, colon=False)})") if words else _NEVER


@functools.lru_cache(maxsize=_LANGS)
def author_box(lang: str | None) -> regex.Pattern[str]:
    """`author_box`: the heading an author box opens with ("About the author", "Über den Autor").

    At the line's start, any case, ending at a word's end: "About the author Jane Doe ..." too.
    """
    words = lexicon("author_box", lang).words
    return regex.compile(rf"(?i)^(?:{_alternation(words)})\b") if words else _NEVER


@functools.lru_cache(maxsize=_LANGS)
def author_label(lang: str | None) -> regex.Pattern[str]:
    """`author_label`: the word "author" alone on a line, "the" before it or a colon after it.

    "Author", "THE AUTHOR", "Autorin:": over an author card's name, or under it.
    """
    words = lexicon("author_label", lang).words
    return regex.compile(rf"(?i)^(?:{_alternation(words)})\s*:?$") if words else _NEVER


@functools.lru_cache(maxsize=_LANGS)
def sign_off(lang: str | None) -> regex.Pattern[str] | None:
    """`sign_off`: the label of a line that signs a story off under its end, before the name.

    "Беседовал Илья Морозов", "Propos recueillis par Jean Dupont", "Das Gespräch führte Anna
    Müller", "Text: Jan Novák": any case, a colon maybe (required after a word written with
    one, "text:"), then the name's first letter, a capital or a letter of a script without
    case ("حاوره: أحمد"). None for a language whose files give no such label.
    """
    words = lexicon("sign_off", lang).words
    if not words:
        return None
    return regex.compile(
        rf"(?i)^(?:{_label_alternation(words)})\s*(?-i:(?=\p{{Lu}}|\p{{Lo}}))",
    )


@functools.lru_cache(maxsize=_LANGS)
def asked_label(lang: str | None) -> regex.Pattern[str]:
    """`asked_label`: a Q&A site's "asked" opening its question card's date line, any case.

    "asked Mar 26, 2019 at 16:18", "preguntada el 3 mar.", "задан 5 мая": a word after it.
    """
    words = lexicon("asked_label", lang).words
    return regex.compile(rf"(?i)^(?:{_alternation(words)})\s+\S") if words else _NEVER


@functools.lru_cache(maxsize=1)
def team_credit() -> regex.Pattern[str]:
    """`team_word`: a team's or desk's credit, by the word it ends with, any case.

    "The Investopedia Team", "Podium Staff", "News Desk", "Die Redaktion": a whole word at the
    end; `suffixes` end it glued too ("ABC Newsdesk", "ITmedia編集部"). One list for every
    language (common.toml): markup is read without its page's language.
    """
    lex = lexicon("team_word", None)
    parts = [rf"\b(?:{_alternation(lex.words)})"] if lex.words else []
    parts += [_alternation(lex.suffixes)] if lex.suffixes else []
    return regex.compile(rf"(?i)(?:{'|'.join(parts)})$") if parts else _NEVER


# The kinds read as a whole line alone, and whether a colon may follow the words.
_ALONE_COLON = {
    "publish_alone": True,
    "published_in": False,
    "follow_button": False,
    "post_pager": False,
}


@functools.lru_cache(maxsize=_LANGS * 3)
def alone(kind: str, lang: str | None) -> regex.Pattern[str]:
    """A kind's words as a whole line by themselves, any case.

    `publish_alone` ("Published", "Posted on:", a colon maybe), `published_in` ("Published
    in"), `follow_button` ("Follow"), `post_pager` ("Previous", "Older post").
    """
    words = lexicon(kind, lang).words
    if not words:
        return _NEVER
    colon = r"\s*:?" if _ALONE_COLON[kind] else ""
    return regex.compile(rf"(?i)^\s*(?:{_alternation(words)}){colon}\s*$")


def example_holds(kind: str, lang: str | None, text: str) -> bool:
    """Whether `text` is recognised by `kind` in `lang`: what examples and counter-examples test.

    update_label: `text`'s first date is read as an update, by a label; publish_label: a
    publication label on `text` cancels its update label; signed_label: `text` opens as a
    writer's credit ("Written by Name"); month_name: `text` holds a date `cleaner.dates` reads.
    bio_copula, bio_label: `text` opens as a bio ("Name is ..."), with its label if any;
    bio_writer: `cleaner.authors.bio_name` finds the writer; date_label: `text` ends with
    the label ("Jane Doe • Updated on"); thread_starter: `text` is the label; floor_label: a
    floor's label; posted_label: `text` opens with it; intro: `text` opens a local byline;
    title_credit: `text` is a title's software credit part; title_shop: a shop's SEO wrapper;
    title_byline: `text` opens with a byline's intro under a headline (all three read in every
    language, as `cleaner.titles` reads them); review_pros, review_cons:
    `text` is the heading of a review's pros or cons box (`Rules.heading`); reviews_head:
    `text` heads a shop's reviews section (`extract_text.is_reviews_head`); not_found_title:
    `text` is an error page's title (`Rules.heading`, read by the judge stage); skip_link:
    a scrape whose first line is `text` opens on a skip link (`cleaner.text_metadata`);
    not_name: `text` is no name to `cleaner.authors.looks_like_name`, name_particle: a name to
    it; role:
    `text` is a job title to `cleaner.authors.is_job_title`; author_intro: `text` is a byline
    to `cleaner.authors.parse_byline` (read without a language); agency: `text` is an agency
    to `cleaner.authors.is_agency`; other_credit: `text` is no byline to `parse_byline`
    (its "by" credits someone else); placeholder: `text` is no credit to
    `cleaner.authors.credit_value`; not_by_credit: `text` is no credit to `by_credit`;
    credit_small_word: `text` is one to it; not_title: `text` is no job title to `is_job_title`;
    credential: `clean_names` drops `text`'s last word; name_and: `clean_names` finds two people
    or more in `text`; not_author_intro: `text` is a byline read without a
    language, and none on a page of `lang`; wiki_edit: `text` ends in a wiki's edit link that
    the normalize stage strips; credit_label: `text` is a caption whose credit the captions
    stage splits off (`split_credit`); rights_notice: `text` ends in a credit that is a
    copyright notice, so `split_credit` finds no caption; caption_class, credit_class: `text`
    is a class attribute holding one of the words (`captions.class_has_word`); byline_class:
    `text` is a class or id attribute of byline markup (`author_markup.is_byline_class`);
    elsewhere_class: `text` is a class attribute of a place where a name is somebody else's
    (`author_markup.elsewhere_words`); other_label: `text` is a label of a value that is no
    author (`author_markup.is_other_label`); text_credit: `text`, a text credit, is no
    caption to `split_credit`; section_label: `text`, a line over a date line, names nobody
    (`byline_lines.names_beside_date`); post_by, post_wrote: `text` is a forum post's header
    to `cleaner.authors.parse_post_header`; card_label: `text` is no user card's name line to
    `cleaner.thread_authors.card_name`; sign_off: `text` is a line that signs a story off
    and names its writer (`byline_blocks.sign_off_names`); writer_label: `text` is a labelled
    byline that names its writer (`parse_byline`); author_box: `text` opens an author box;
    author_label: `text` is the author label alone; publish_alone, published_in,
    follow_button, post_pager: `text` is the label or the button alone on its line;
    asked_label: `text` opens a Q&A site's question card's date line; team_word: `text` ends
    as a team's credit.
    """
    line = " ".join(text.split())
    if kind in ("bio_copula", "bio_label"):
        m = bio_opening(lang).match(line)
        return m is not None and (kind == "bio_copula" or m.start("name") > 0)
    if kind == "bio_writer":
        from cleaner.authors import bio_name  # noqa: PLC0415 - authors imports this module

        return bio_name(line, lang) is not None
    if kind == "thread_starter":
        return line in thread_starters(lang)
    # Kinds read outside the byline stage: the date labels and title parts in every language
    # (common.toml), the review headings in the page's.
    elsewhere: dict[str, Callable[[str, str], bool]] = {
        "review_pros": functools.partial(_heading_holds, lang),
        "review_cons": functools.partial(_heading_holds, lang),
        "reviews_head": _reviews_head_holds,
        # the whole line one of the words (extract_html.is_policy_tab, extract_text's
        # is_shop_button and policy cut all read them so)
        "policy_tab": is_whole_line,
        "shop_button": is_whole_line,
        "skip_link": _skip_link_holds,
        "not_found_title": functools.partial(_heading_holds, lang),
        "not_author_intro": functools.partial(_not_intro_holds, lang),
        "update_label": _date_label_holds,
        "publish_label": _date_label_holds,
        "signed_label": _date_label_holds,
        "month_name": _date_label_holds,
        "title_credit": _title_part_holds,
        "title_shop": _title_part_holds,
        "title_byline": _title_part_holds,
        "not_name": _name_words_hold,
        "name_particle": _name_words_hold,
        "role": _name_words_hold,
        "author_intro": _name_words_hold,
        "agency": _name_words_hold,
        "other_credit": _name_words_hold,
        "placeholder": _credit_words_hold,
        "not_by_credit": _credit_words_hold,
        "credit_small_word": _credit_words_hold,
        "not_title": _credit_words_hold,
        "credential": _credit_words_hold,
        "name_and": _credit_words_hold,
        "wiki_edit": _wiki_edit_holds,
        "post_by": _post_header_holds,
        "post_wrote": _post_header_holds,
        "card_label": _card_label_holds,
        "sign_off": functools.partial(_sign_off_holds, lang),
        "writer_label": functools.partial(_writer_label_holds, lang),
        "byline_class": _byline_markup_holds,
        "elsewhere_class": _byline_markup_holds,
        "other_label": _byline_markup_holds,
        "text_credit": _caption_words_hold,
        "section_label": _byline_markup_holds,
        "credit_label": _caption_words_hold,
        "rights_notice": _caption_words_hold,
        "caption_class": _caption_words_hold,
        "credit_class": _caption_words_hold,
    }
    if kind in elsewhere:
        return elsewhere[kind](kind, line)
    shapes: dict[str, Callable[[str | None], regex.Pattern[str] | None]] = {
        "date_label": date_label_end,
        "floor_label": floor_label,
        "posted_label": posted_label,
        "intro": local_intro,
        "author_box": author_box,
        "author_label": author_label,
        "publish_alone": functools.partial(alone, "publish_alone"),
        "published_in": functools.partial(alone, "published_in"),
        "follow_button": functools.partial(alone, "follow_button"),
        "post_pager": functools.partial(alone, "post_pager"),
        "asked_label": asked_label,
        "team_word": lambda _lang: team_credit(),
    }
    if kind not in shapes:
        raise KeyError(f"no words kind {kind!r}")
    pattern = shapes[kind](lang)
    if pattern is None:
        return False
    search = kind in ("date_label", "team_word")
    return (pattern.search if search else pattern.match)(line) is not None


def _heading_holds(lang: str | None, kind: str, line: str) -> bool:
    """`example_holds` for the heading kinds, which `cleaner.stages.extract_text` reads."""
    return Rules.load(lang).heading(kind, line)


def _name_words_hold(kind: str, line: str) -> bool:
    """`example_holds` for the name words `cleaner.authors` reads (common.toml, every language)."""
    from cleaner import authors  # noqa: PLC0415 - authors imports this module

    if kind == "role":
        return authors.is_job_title(line)
    if kind == "author_intro":
        return authors.parse_byline(line, None) is not None
    if kind == "agency":
        return authors.is_agency(line)
    if kind == "other_credit":
        return authors.parse_byline(line, None) is None
    return authors.looks_like_name(line) == (kind == "name_particle")


def _credit_words_hold(kind: str, line: str) -> bool:
    """`example_holds` for the credit words `cleaner.authors` reads (common.toml and en.toml)."""
    from cleaner import authors  # noqa: PLC0415 - authors imports this module

    if kind in ("placeholder", "not_by_credit", "credit_small_word"):
        reader = authors.credit_value if kind == "placeholder" else authors.by_credit
        return (reader(line) is None) != (kind == "credit_small_word")
    if kind == "not_title":
        return not authors.is_job_title(line)
    names = authors.clean_names(line, strict=True)
    if kind == "name_and":
        return len(names) > 1
    # credential: the names are there, without the last word
    last = line.rsplit(maxsplit=1)[-1].strip(".,")
    return bool(names) and not any(last in name.split() for name in names)


def _card_label_holds(kind: str, line: str) -> bool:
    """`example_holds` for `card_label`: `line` is no user card's name line (every language)."""
    del kind
    from cleaner.thread_authors import card_name  # noqa: PLC0415 - it imports this module

    return not card_name(line)


def _reviews_head_holds(kind: str, line: str) -> bool:
    """`example_holds` for `reviews_head`: `line` heads a shop's reviews (every language)."""
    del kind
    from cleaner.stages.extract_text import is_reviews_head  # noqa: PLC0415 - a cycle via authors

    return is_reviews_head(line)


def _skip_link_holds(kind: str, line: str) -> bool:
    """`example_holds` for `skip_link`: a scrape opening with `line` opens on a skip link."""
    del kind
    from cleaner.text_metadata import is_skip_link  # noqa: PLC0415 - a cycle via authors

    return is_skip_link(line)


def _not_intro_holds(lang: str | None, kind: str, line: str) -> bool:
    """`example_holds` for `not_author_intro`: a byline read without a language, none in `lang`."""
    del kind
    from cleaner.authors import parse_byline  # noqa: PLC0415 - authors imports this module

    return parse_byline(line, None) is not None and parse_byline(line, lang) is None


def _caption_words_hold(kind: str, line: str) -> bool:
    """`example_holds` for the captions stage's words (common.toml, every language)."""
    # the module's name is the stage function's in `cleaner.stages`: import its names
    from cleaner.stages.captions import class_has_word, split_credit  # noqa: PLC0415

    if kind == "credit_label":
        return split_credit(line) is not None
    if kind in ("rights_notice", "text_credit"):
        return split_credit(line) is None
    return class_has_word(line, shared_words(kind))


def _byline_markup_holds(kind: str, line: str) -> bool:
    """`example_holds` for the byline stage's markup and line words (common.toml, en.toml)."""
    if kind in ("byline_class", "elsewhere_class", "other_label"):
        from cleaner import author_markup  # noqa: PLC0415 - imports this module

        if kind == "other_label":
            return author_markup.is_other_label(line)
        if kind == "elsewhere_class":
            return bool(author_markup.elsewhere_words(line))
        return author_markup.is_byline_class(line)
    from cleaner.byline_lines import names_beside_date  # noqa: PLC0415 - imports this module

    return not names_beside_date(line)


def _post_header_holds(_kind: str, line: str) -> bool:
    """`example_holds` for the post header words: `parse_post_header` reads `line`."""
    from cleaner.authors import parse_post_header  # noqa: PLC0415 - authors imports this module

    return parse_post_header(line) is not None


def _wiki_edit_holds(_kind: str, line: str) -> bool:
    """`example_holds` for `wiki_edit`: the normalize stage strips an edit link off `line`."""
    from cleaner.stages.normalize import edit_link  # noqa: PLC0415 - stages import this package

    return edit_link().search(line) is not None


def _title_part_holds(kind: str, line: str) -> bool:
    """`example_holds` for the title parts `cleaner.titles` reads (common.toml, every language)."""
    from cleaner import titles  # noqa: PLC0415 - titles imports the rules, as this module does

    if kind == "title_credit":
        return titles.is_credit_part(line)
    if kind == "title_byline":
        return titles.is_head_byline(line)
    return titles.shop_site_name(line) is not None


def _date_label_holds(kind: str, line: str) -> bool:
    """`example_holds` for the date labels, which `cleaner.dates` and the metadata stage read.

    One list for every language (common.toml), so the language plays no part.
    """
    from cleaner import dates  # noqa: PLC0415 - dates imports the rules, as this module does

    if kind == "signed_label":
        return dates.written_by().match(line) is not None
    if kind == "month_name":
        return dates.find_date(line) is not None
    found = dates.find_dates(line)
    if not found:
        return False
    if kind == "update_label":
        return found[0].updated
    return not found[0].updated and dates._update_label().search(line) is not None  # noqa: SLF001


def _sign_off_holds(lang: str | None, kind: str, line: str) -> bool:
    """`example_holds` for `sign_off`: `line` signs a story off and names its writer."""
    del kind
    from cleaner.byline_blocks import sign_off_names  # noqa: PLC0415 - it imports this module

    return bool(sign_off_names(line, lang))


def _writer_label_holds(lang: str | None, kind: str, line: str) -> bool:
    """`example_holds` for `writer_label`: `line` opens with the label and names a writer."""
    del kind
    from cleaner.authors import parse_byline  # noqa: PLC0415 - authors imports this module

    parsed = parse_byline(line, lang)
    return writer_label(lang).match(line) is not None and parsed is not None and bool(parsed.names)
