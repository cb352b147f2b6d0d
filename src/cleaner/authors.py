"""Author names: read bylines in many shapes and languages and keep only the people.

A byline says more than who wrote a story: "By Jane Doe and John Roe, Associated Press",
"Posted by admin on March 3, 2020", "Written by Ana Ruiz | Reuters", "Von Anna Müller, dpa",
"Par Jean Dupont, envoyé spécial", "Dylan Bailey, MS, RD". `parse_byline` recognises such a line
and returns the people in it; `clean_names` does the same for a value a page gives as its author
(a meta tag, JSON-LD, a byline element). Agencies, role words, credentials, dates, placeholders
("admin", "Staff") and the site's own name are never returned as people.
"""

from __future__ import annotations

import functools
import html
import logging
from dataclasses import dataclass

import regex

from cleaner import byline_words
from cleaner.dates import find_dates

logger = logging.getLogger(__name__)

# The words that introduce the author(s) of a piece ("By", "Von", "Autor:"), in every rules
# language, are data: `[words.author_intro]` in common.toml, one list for every language, in
# order (the first that fits wins: "written by" before "by"); a word written with a trailing
# ":" counts only when the page puts a colon after it. `_intros` reads them in their forms.
# Intro words are no name words, but Turkish "yazan" (who wrote) is also the given name Yazan,
# and Swahili "na", Tagalog "ni" are Korean and Chinese surnames (Na, Ni), Albanian "nga" a
# Vietnamese given name (Nga).
_INTRO_NAMES = frozenset({"yazan", "na", "ni", "nga"})
# A byline intro (`{intro}`: the alternation of the intros): at the start of the text, after a
# separator, or glued to the end of a preceding word the scraper ran into it ("14 min
# readWritten by Jane Doe"). A `str.format` template: its regex braces are doubled.
_INTRO_SHAPE = (
    r"(?:^|(?<=[\s|•·:;,(\[])|(?-i:(?<=\p{{Ll}})(?=\p{{Lu}}))|(?<=\d))(?P<intro>{intro})(?:by)?\b"
    # An intro word followed by "&" or "+" is a word of a label ("Door & Window Sensor": Dutch
    # "door" is "by"; wcxb-dev 4263, a shop's product name).
    # Chinese bylines put a full-width slash where others put a colon: "文／林冠宇" (golden
    # zh-pingce-erji-pingfen-text).
    # Armenian writes its colon "՝" ("Հեղինակ՝ ..."), Amharic the Ethiopic wordspace "፡" or
    # its colon "፦" ("ዘጋቢ፡ ሰላማዊት ታደሰ": golden am-zena-autobus-mesmeroch-html), Khmer its colon
    # "៖" ("ដោយ៖ សុខ ចាន់ណា": golden km-pormean-spean-tonle-sap-html).
    r"(?P<colon>\s*[:：／՝፡፦៖])?\s*(?=[^\s&+])"
)


@dataclass(frozen=True, slots=True)
class _Intros:
    """The intros of `[words.author_intro]` in the forms the readers ask for (`_intros`).

    Attributes:
        colon_only: The intros that count only before a colon ("text", "autor").
        words: A word of each word of every intro as `_INTRO_TOKENS` cuts it, casefolded
            (`has_intro_word`): "nataon" for Malagasy "Nataon'i".
        not_name: The intro words no name holds (`_INTRO_NAMES` are names too).
        strict: The intros that are ordinary words of running text (`strict`).
        pattern: An intro where a byline starts it (`opens_with_intro`, `parse_byline`).
        only: A text that is only an intro (`is_intro`).
    """

    colon_only: frozenset[str]
    words: frozenset[str]
    not_name: frozenset[str]
    strict: frozenset[str]
    pattern: regex.Pattern[str]
    only: regex.Pattern[str]


@functools.cache
def _intros() -> _Intros:
    """The author intros, read and compiled on first use (common.toml, every language)."""
    lexicon = byline_words.lexicon("author_intro", None)
    intros = tuple(w.removesuffix(":") for w in lexicon.words)
    words = frozenset(w for intro in intros for w in intro.split())
    # The prefilter reads a line's words with `_INTRO_TOKENS`, which cuts a word at an apostrophe
    # or a hyphen ("Nataon'i" is "Nataon" and "i"): an intro word cut the same way passes it.
    # Only its longest piece, as a one-letter piece ("i") is a common word of many languages
    # and would send most lines to the costly pattern (golden
    # mg-vaovao-vary-vakinankaratra-sary-text).
    tokens = frozenset(
        max(_INTRO_TOKENS.findall(w) or [w], key=len).casefold()
        for intro in intros
        for w in intro.split()
    )
    # An apostrophe in an intro ("nataon'i") is either one a page may type.
    alternation = "|".join(
        regex.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]") for w in intros
    )
    return _Intros(
        colon_only=frozenset(w[:-1] for w in lexicon.words if w.endswith(":")),
        words=tokens,
        not_name=words - _INTRO_NAMES,
        strict=frozenset(lexicon.strict),
        pattern=regex.compile(_INTRO_SHAPE.format(intro=alternation), regex.IGNORECASE),
        only=regex.compile(rf"(?i)^(?:{alternation})\s*[:፡]?$"),
    )


@functools.cache
def _other_credit() -> regex.Pattern[str]:
    """The end of the text before a bare "by" that credits someone other than the author.

    "Medically reviewed by", "Edited by", "Photo by", "Sponsored by": the words are
    `[words.other_credit]` (common.toml, one list for every language), read at the end of
    the text, any case, a whole word or a word's end.
    """
    words = byline_words.lexicon("other_credit", None).words
    if not words:
        return regex.compile(r"(?!)")
    alternation = "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in words)
    return regex.compile(rf"(?i)(?:{alternation})\s*$")


# Wire services and desk names: a byline may carry them, but they are not people. Data:
# `[words.agency]` in common.toml, one list for every language.
def _agencies() -> frozenset[str]:
    return byline_words.shared_words("agency")


# The words no name holds ("the", "Montag", "Department"), the job-title words ("editor",
# "envoyé", "publicysta") and the surname particles ("von", "da") are data: `[words.not_name]`,
# `[words.role]` and `[words.name_particle]` in common.toml, one list for every language
# (`byline_words.shared_words`).


# Academic and professional credentials written after a name ("Dylan Bailey, MS, RD",
# "Michael Greger, M.D. FACLM"): the benchmark's ground truth keeps them, but they are not part
# of the name, and a set of names compares better without them.
_CREDENTIAL = regex.compile(
    r"^(?:(?:\p{Lu}[\p{Lu}\d-]{1,7}|(?:\p{Lu}\p{Ll}?\.){1,4}\p{Lu}?\p{Ll}?\.?|Ph\.?\s?D\.?|"
    r"Dr\.?\s?PH|M\.?\s?Sc\.?|B\.?\s?Sc\.?|M\.?A\.?|Esq\.?|Jr\.?|Sr\.?|[IVX]{2,4}|\d{2,4})"
    r"[®™]?(?:\s*\([^()]{1,30}\))?\s*)+$",
)
# The credentials known by name, also in lower or mixed case ("PharmD", "PsyD"), are data:
# `[words.credential]` in en.toml.

# Suffixes that stay part of a name.
_NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


@functools.cache
def name_split() -> regex.Pattern[str]:
    """The separators between the people in one byline: "A, B and C", "A & B", "A und B".

    The punctuation is code ("、" is the CJK list comma); the "and" of each language is data,
    `[words.name_and]` in common.toml: its `words` in any case, its `lower` words in lower case
    only, where the word is also an initial or a name ("John E Smith", "Dan Brown"), and its
    `between_capitals` words only between capitals: Czech/Slovak "a" and Polish/Croatian/Catalan
    "i" (in Italian "inviato a Roma" the "a" is "in", and the role stays whole). The byline
    stage splits its lists of bare names ("Rui Ma, Heba Ledwon") with it too.
    """
    lex = byline_words.lexicon("name_and", None)

    def alternation(words: tuple[str, ...]) -> str:
        return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in words) or "(?!)"

    between = (
        f"[{''.join(map(regex.escape, lex.between_capitals))}]"
        if lex.between_capitals and all(len(w) == 1 for w in lex.between_capitals)
        else f"(?:{alternation(lex.between_capitals)})"
    )
    return regex.compile(
        rf"\s*(?:[,;&+、]|\b(?i:{alternation(lex.words)})\b|"
        rf"\b(?:{alternation(lex.lower)})\b|"
        # The look-behind last: tried first, it cost 15 us a split at every position.
        rf"\s{between}\s(?=\p{{Lu}})(?<=\p{{Lu}}[\p{{L}}\p{{M}}'’.-]*\s{between}\s))\s*",
    )


# Where the names of a byline stop: a date, a time, a pipe or bullet, "on" or "|", "Updated",
# "min read", an e-mail address. The white space before the end is the end's (`\s*`), tried from
# the start of a run of it only (`(?<!\s)`: the first match starts there anyway), and no
# alternative opens with a `\s*` of its own: tried at every space of a run, each retrying the
# run's rest, the pattern was cubic in a run of spaces (3,000 spaces and a letter: over 100 s).
_NAMES_END = regex.compile(
    r"(?i)(?<!\s)\s*(?:[|•·/–—]|\s-\s|\s(?:on|am|le|el|il|den|dem|il|el|le)\s+(?=\S*\d)|"
    r"\b(?:updated|published|posted|last\s+updated|aktualisiert|veröffentlicht|publié|mis\s+à\s+"
    r"jour|actualizado|publicado|aggiornato|pubblicato|\d+\s*min(?:ute)?s?\s+read|"
    r"medically\s+reviewed|reviewed\s+by|edited\s+by|editing\s+by|additional\s+reporting|"
    r"fact[-\s]?checked|photos?\s+by|"
    # "Niko Matsakis on behalf of Vision Doc group": the group the writer speaks for
    # (wcxb-dev 0379).
    r"on\s+behalf\s+of|"
    r"follow\s+on|follow\b)|\s[\w.+-]+@[\w-]+\.[\w.]+|\(\s*(?:at|@)|"
    # A post header's comment count: "Posted by John Scalzi 59 Comments" (wcxb-dev-text 0479).
    r"\s(?:\d+|no|one)\s+(?:comments?|responses?|replies|kommentare?|commentaires?|"
    r"comentarios?|commenti|comentários?|reacties|kommentarer)\b|"
    # "Vanessa Mendez, MD, a gastroenterologist at Parkview Health": what the author is, in
    # a sentence that credits them (wcxb-dev 4574).
    r",\s*(?:a|an)\s+(?-i:\p{Ll})|"
    # The picture credit after the writer's, behind a comma: "Tekst: Lotte Jansen, beeld:
    # Trapkracht". Only there: after a full stop a "Photo:" ends a caption that names a
    # designer ("Interior design by A, Sonoma CA. Photo: B", a wcxb-dev-text page), which
    # must stay no byline.
    r"[,;]\s*(?:beeld|foto'?s?|fotografie|photos?|bild|bilder|images?|illustrati\w*|"
    r"imagen|imágenes|immagini|imagens)\s*:|"
    # Chinese and Japanese credits after the writer's name: "记者 王小明 报道" (reports),
    # "文：山田太郎　写真：佐藤花子" (photos), "编辑：" (editor).
    r"(?:报道|報道)(?!\p{Han})|"
    r"(?:写真|撮影|摄影|编辑|編集|责任编辑|責任編輯)\s*[:：/／])",
)

# A blog's post meta line: the writer, then the category the post is filed in, behind a
# lower-case "in" ("By Jane Doe in News", "Posted by X in Uncategorized", "Par X dans
# Actualités", "Von X in Allgemein", "Di X in Cronaca", "Por X em Notícias"; wcxb-dev 0122 "By
# MixmasterFred in WorkshopWoodworking", wcxb-dev-text 0071 "By Gabby BoucherIn Budget
# Travel" as the scrape glues it). Only before a capitalised word or a digit ("By Jane Doe in
# collaboration with ..." stays a sentence), and only where the names read nothing without the
# cut (`_names_before_section`); a place may follow ("By Jane Doe in London" names her either
# way). Not on a Slovenian page (`_IN_IS_AND`), whose "in" is "and" ("Janez Novak in Marko
# Kos"); not Spanish "en", Dutch "and". The glued form is the scrape's: a lower-case letter,
# then "In" and a capital.
_IN_IS_AND = frozenset({"sl"})
_IN_SECTION = regex.compile(
    r"(?:\s(?:in|dans|nel|nella|im|em)\s+|(?<=\p{Ll})In\s+)(?=[\p{Lu}\d])",
)


# What is left at the end of a name part once the date after it is cut off: "Jane Doe on",
# "Carmen Ruiz el", "Anna Muster am", "Jane Doe, Thursday".
_CONNECTOR_END = regex.compile(
    r"(?i)(?:[\s,;:–—-]+(?:on|at|am|um|vom|le|du|el|del|il|den|dem|the|a|à|in|de|op)?)+$",
)
# ... searched in the part's last `_CONNECTOR_REACH` characters only. Such a tail is a few
# separators and a word ("Jane Doe, on": 4 characters); 80 holds ten of them, and a longer run of
# separators and connector words ends no name. Searched in the whole part, the pattern tried every
# separator and ran each to the part's end, its nested repetition retrying: superlinear on long
# inputs (" on" * 5,000, a 15 KB part: 8.6 s; session 24's review).
_CONNECTOR_REACH = 80
# Tried from the start of a run of spaces and commas only (`(?<![\s,])`; the first match starts
# there anyway): at every space of a run it was quadratic (6,000 spaces: 4 s).
_WEEKDAY_END = regex.compile(
    r"(?i)(?<![\s,])[\s,]+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|"
    r"mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
    r"dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|"
    r"giovedì|venerdì|sabato|domenica)\b.*$",
)
# A short weekday left after two words once the date is cut: "Adam RobertsFri 5 Dec 2025"
# (wcxb-dev 4370). Not "Sun", a surname ("Jane Sun"). Found from the end (`(?r)`), where it is;
# the run of spaces and commas before it and the two words before that are read by
# `_short_weekday_cut` in one pass. As one pattern, `(?<=\S+\s+\S+)[\s,]+Fri...$`, it was
# tried at every character of a run of ", " and ran the rest of it (4,000 pairs: 0.8 s).
_SHORT_WEEKDAY_TAIL = regex.compile(
    r"(?r)(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat)\.?,?\s*$",
)
_SPACE = regex.compile(r"\s")
# Where the date part of "Jane Doe | Reuters Posted March 12, 2024" begins.
_DATE_LABEL = regex.compile(
    r"(?i)\s(?:posted|published|updated|last\s+updated|veröffentlicht|aktualisiert|publié|"
    r"mis\s+à\s+jour|publicado|actualizado|pubblicato|aggiornato)\b",
)
_URL = regex.compile(r"(?i)^(?:https?:|www\.|[\w-]+\.(?:com|org|net|de|fr|it|es|co\.uk)/)")
_EMAIL = regex.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
_HANDLE = regex.compile(r"^@\w+$")
# A forum or social user name: one token, letters with digits, dots, dashes or underscores.
# The vowel signs and viramas of the abugidas are marks, not letters: a one-word Burmese name,
# written without spaces, "ခင်မာဝင်း" (Khin Mar Win) in the JSON-LD, is as much a labelled name
# as "JWoodguy13" (round Z golden my-thadinn-wordpress-inle-khayanchinthee-zay-html).
# The Hebrew maqaf "־" is Hebrew's and Yiddish's hyphen: "מאָטל־קאַנטאָר" (round AA golden
# yi-forum-phpbb-klaviatur-android-html), as "Jean-Pierre".
_USERNAME = regex.compile(r"^(?=.*\p{L})[\p{L}\d][\p{L}\p{M}\d._\-\u05be]{2,30}$")
# Chinese and Korean names are 2-4 Han or Hangul syllables with no capitals ("王小明", "김민준").
# Scripts without capitals (Arabic, Hebrew, Thai, Indic, ...) write names in plain letters:
# any word of such a script counts (golden ar-akhbar-iqra-aydan-html, th-khao-chiangmai-html).
_NAME_TOKEN = regex.compile(
    r"^(?:\p{Lu}[\p{L}\p{M}'’.-]*|\p{Lu}\.|[\p{L}]+['’]\p{Lu}[\p{L}-]*|\p{Han}{2,4}|\p{Hangul}{2,4}"
    r"|[\p{Arabic}\p{Hebrew}\p{Thai}\p{Devanagari}\p{Bengali}\p{Tamil}\p{Georgian}"
    r"\p{Armenian}\p{Ethiopic}\p{Khmer}\p{Lao}\p{Myanmar}\p{Sinhala}\p{Gujarati}\p{Telugu}"
    r"\p{Kannada}\p{Malayalam}\p{Gurmukhi}]{2,}['’-]?[\p{L}\p{M}]*"
    # an initial or a short title in these scripts: Tamil "க." (K.), Bengali "মো." (Md.;
    # goldens ta-vimarsanam-thiraippadam-text, bn-khobor-notun-train-html)
    r"|[\p{Arabic}\p{Devanagari}\p{Bengali}\p{Tamil}\p{Gujarati}\p{Telugu}\p{Kannada}"
    r"\p{Malayalam}\p{Gurmukhi}\p{Sinhala}][\p{L}\p{M}]{0,3}\.)$",
)
# "Written byby Jane Doe": a scrape that runs a label and its text together.
_DOUBLED_BY = regex.compile(r"^(?i:by)\s+")
# "Process Knowledge, Part IV - by Jessica Talisman": a byline after a title and a dash.
_SEGMENT_END = regex.compile(r"\s[-–—|•·]\s*$")
# A user name as forums write it: inner capitals or digits ("ShawnHymel", "JWoodguy13").
_USERNAME_SHAPE = regex.compile(r"\p{Ll}\p{Lu}|\d|_")
# "Posted byDamien WalterDecember 30, 2024": the verb before a glued "by", and a month's
# full name glued to the name after it (wcxb-dev-text 4373).
_GLUED_BY = regex.compile(
    r"^(?P<by>(?:(?i:posted|written)\s+)?(?:By|BY|by)|Von|Par|Por|Door)(?=\p{Lu}\p{Ll})"
)
_GLUED_AFTER = regex.compile(
    r"(?<=\p{Ll})(?=(?:Last|Updated|Published|Posted|Reviewed|Edited|Follow|Read|Mon|Tue|Wed|"
    r"Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|January|February|March|"
    r"April|June|July|August|September|October|November|December)\b)",
)
# "taxslayerpro.com": a site's address given as its author.
_DOMAIN = regex.compile(r"(?i)\.(?:com|org|net|io|co|de|fr|es|it|uk|info|biz|news)$")
_LETTERS = regex.compile(r"\p{L}+")
_AFFILIATION_SPLIT = regex.compile(r"\s*[|•·,–—]\s*|\s+-\s+")
_INITIAL = regex.compile(r"^\p{Lu}\.$")
_WORD_CHARS = regex.compile(r"^[\p{L}\p{M}'’.\-\u05be]+$")
_MAX_NAME_CHARS = 60
# Pages repeat the same short lines (menus, header lines read both from the tree and from the
# blocks, the same site's template on every page): the pure readers below keep their answers.
_CACHE_SIZE = 8192
_MAX_NAME_WORDS = 6
# Capitalised words that end a name of two words or more (up to the count given), and are
# function words elsewhere: "Tom May" (the verb "may"), Vietnamese "Nguyễn Văn An" ("An" is a
# common given name, and English "an").
_NAME_LAST_WORDS = {"May": 3, "An": 4}
# Function words that are also first names, when written capitalised before a surname.
_GIVEN_NAME_WORDS = frozenset({"Will"})


@dataclass(frozen=True, slots=True)
class Byline:
    """What a byline line holds.

    Attributes:
        names: The people who wrote the piece, in byline order (may be empty: "By Staff").
        date: The first publication date written in the line, as `YYYY-MM-DD`, or None.
        agency: Whether the line credits a wire service or desk ("Associated Press").
    """

    names: tuple[str, ...]
    date: str | None = None
    agency: bool = False


# Bullets a byline's parts are set apart with besides "•" and "·": the dot operator, the
# bullet operator, a black circle, a hyphenation point ("By Genaveve Bradshaw ⋅ Senior Review
# Analyst ⋅ Updated March 5, 2025", "by Meaghan Weeden ● December 23, 2025": wcxb-dev-text).
# The katakana middle dot "・" stays: it joins a Japanese rendering of a foreign name.
_BULLETS = "⋅∙●‧▪◦"


def _squash(text: str) -> str:
    if not text.isascii():
        # `str.translate` costs 5-9 µs on a byline-sized line, these tests well under one.
        for bullet in _BULLETS:
            if bullet in text:
                text = text.replace(bullet, "•")
    return " ".join(text.split())


def unglue(text: str) -> str:
    """Put back the spaces a scrape lost around a name.

    "BySummer Swann", "Cazzy MagennisLast updated", "Adam RobertsFri, Dec 5".
    """
    return _GLUED_AFTER.sub(" ", _GLUED_BY.sub(r"\g<by> ", text))


def is_agency(text: str) -> bool:
    """Whether `text` names a wire service, a desk or a placeholder rather than a person.

    Example:
        >>> is_agency("The Associated Press"), is_agency("Jane Doe")
        (True, False)
    """
    key = _squash(text).strip(" .,;:()[]").casefold()
    if key.startswith("the "):
        key2 = key[4:]
        return key in _agencies() or key2 in _agencies()
    return key in _agencies()


def is_intro(text: str) -> bool:
    """Whether `text` is only a byline intro ("By", "Written by:", "Von", "Autor:").

    Example:
        >>> is_intro("Written by"), is_intro("Written by Jane Doe")
        (True, False)
    """
    return bool(_intros().only.match(" ".join(text.split())))


def opens_with_intro(text: str) -> bool:
    """Whether `text` starts with a byline intro of any language the tables know.

    Example:
        >>> opens_with_intro("By: Paul Fenaroli"), opens_with_intro("Paul Fenaroli")
        (True, False)
    """
    m = _intros().pattern.match(_squash(text))
    return m is not None and (bool(m["colon"]) or m["intro"].casefold() not in _intros().colon_only)


def is_role(text: str) -> bool:
    """Whether `text` holds a job title word ("Staff Writer", "Senior", "Redakteurin").

    Example:
        >>> is_role("Senior Editor"), is_role("Jane Doe")
        (True, False)
    """
    return _is_role(text)


# A job title is a few words and ends in its role: "Trending Editor", "Senior Director of
# Operations" (the role first, then its field), "Marketing Operations Analyst".
_MAX_TITLE_WORDS = 5
# Words of a heading or a menu entry ("From Our Editors", "Meet the Team"), never of a title.
# Data: `[words.not_title]` in en.toml.


def is_job_title(text: str) -> bool:
    """Whether `text` is only a job title ("Trending Editor", "Chief Technology Officer").

    Example:
        >>> is_job_title("Senior News Editor"), is_job_title("Executive Education")
        (True, False)
    """
    words = [w.strip(".,()").casefold() for w in text.split()]
    if not 0 < len(words) <= _MAX_TITLE_WORDS or any(c.isdigit() for c in text):
        return False
    not_title = byline_words.shared_words("not_title")
    if any(w in not_title for w in words):
        return False
    role_words = byline_words.shared_words("role")
    roles = [k for k, w in enumerate(words) if w in role_words]
    # The role ends the title, or opens it before "of" ("Director of Research").
    return bool(roles) and (
        roles[-1] == len(words) - 1 or (roles[0] + 1 < len(words) and words[roles[0] + 1] == "of")
    )


def _is_role(part: str, *, plural: bool = False) -> bool:
    """Whether `part` holds a role word; with `plural`, "educators" counts as "educator"."""
    words = [w.strip(".,()").casefold() for w in part.split()]
    role_words = byline_words.shared_words("role")
    return any(
        w in role_words
        or _ROLE_SUFFIX.search(w)
        or (plural and w[-1:] == "s" and w[:-1] in role_words)
        for w in words
    )


# A profession by its ending: "gastroenterologist", "physician", "photographer",
# "psychiatrist" ("Vanessa Mendez, MD, gastroenterologist, Parkview Health": wcxb-dev 4574).
# Names do not end so.
_ROLE_SUFFIX = regex.compile(r"(?:ologists?|icians?|iatrists?|ographers?)$")


def _is_credential(part: str) -> bool:
    part = part.strip()
    if not part:
        return False
    if part.casefold().replace(".", "").replace(" ", "") in byline_words.shared_words("credential"):
        return True
    return bool(_CREDENTIAL.match(part)) and not any(c.islower() for c in part.split()[0][1:3])


def _strip_trailing_credentials(name: str) -> str:
    """Drop credentials written after a name without a comma ("Jeffrey A. Slotnick CPP")."""
    words = name.split()
    credentials = byline_words.shared_words("credential")
    while len(words) > 2 and (
        words[-1].casefold().strip(".,") in credentials
        or (
            words[-1].isupper()
            and 2 <= len(words[-1].strip(".,®")) <= 5
            and sum(any(c.islower() for c in w) for w in words[:-1]) >= 2
        )
    ):
        words.pop()
    return " ".join(words)


_BRACKETED_MIDDLE = regex.compile(r"(?<=\S\s)\((\p{Lu}[\p{L}\p{M}'’-]+)\)(?=\s\S)")


@functools.lru_cache(maxsize=_CACHE_SIZE)
def looks_like_name(text: str, *, strict: bool = True) -> bool:
    """Whether `text` can be a person's name (or, when not `strict`, a user name).

    A name has one to six words, each capitalised except for surname particles ("van der",
    "de la"), no function words, no digits. With `strict=False` (a value a page labels as its
    author) lower-case names ("kirstin boatto") and single user names ("JWoodguy13") pass too.

    Example:
        >>> looks_like_name("Ursula von der Leyen"), looks_like_name("By the way")
        (True, False)
    """
    # "Paramita (Guha) Ghosh": a maiden or middle name in brackets (wcxb-dev 4295).
    text = _BRACKETED_MIDDLE.sub(r"\1", _squash(text))
    words = text.split()
    if (
        not text
        or len(text) > _MAX_NAME_CHARS
        or len(words) > _MAX_NAME_WORDS
        or is_agency(text)
        or _URL.match(text)
        or _EMAIL.search(text)
        or _HANDLE.match(text)
        or _DOMAIN.search(text)
    ):
        return False
    # Initials ("Jeffrey A. Slotnick") are never function words.
    folded = [w.casefold().strip(".,:") for w in words if not _INITIAL.match(w)]
    if 2 <= len(words) <= _NAME_LAST_WORDS.get(words[-1], 0):
        # "Tom May", "Theresa May": a capitalised "May" ending a name is a surname, not the
        # verb "may" that keeps "You May Also Like" out (wcxb-dev 0413); "Nguyễn Văn An",
        # "Trần Hoài An": a Vietnamese given name, not the article "an" (session 25).
        folded = folded[:-1]
    if len(words) == 2 and words[0] in _GIVEN_NAME_WORDS and _NAME_TOKEN.match(words[1]):
        # "Will Judd": a capitalised "Will" before one more capitalised word is a first name,
        # not the verb (wcxb-dev 4823).
        folded = folded[1:]
    not_name = byline_words.shared_words("not_name")
    particles = byline_words.shared_words("name_particle")
    intro_words = _intros().not_name
    if any((w in not_name or w in intro_words) and w not in particles for w in folded):
        return False
    if all(w in particles for w in folded):
        return False
    if len(words) == 1:
        return _one_word_name(words[0], strict=strict)
    if (
        any(c.isdigit() for c in text)
        or not all(_WORD_CHARS.match(w) for w in words)
        or len(_GLUED_WORDS.findall(text, overlapped=True)) >= _MAX_GLUED
    ):
        # Digits, odd characters, or "Developer ExperienceDeveloper ToolsMobile": a scrape
        # ran a row of tags together (wcxb-dev-text 2901, 4339, 4589). One such seam is a
        # name's or a brand's ("Mark SubbaRao", "SolutionsHub Editorial Team": wcxb-dev); a
        # short prefix's inner capital ("McDonald", "MacKenzie", "FitzGerald") is none. A
        # one-word user name may be camel-cased.
        return False
    return not strict or (
        all(
            _NAME_TOKEN.match(w) or w.casefold() in particles or w.casefold() in _NAME_SUFFIXES
            for w in words
        )
        and bool(_NAME_TOKEN.match(words[0]))
    )


_CJK_NAME = regex.compile(r"^(?:\p{Han}{2,4}|\p{Hangul}{2,4})$")
# Two capitalised words run together, the first of 5+ letters: "ExperienceDeveloper".
_GLUED_WORDS = regex.compile(r"\p{Lu}\p{Ll}{4,}\p{Lu}\p{Ll}")
_MAX_GLUED = 2


_TEMPLATE_KEY = regex.compile(r"^\w+(?:\.\w+)+$")
_KEY_ENDS = frozenset({"author", "authors", "name", "byline", "creator"})


def _template_key(text: str) -> bool:
    """An unfilled template key printed as the author ("page.head.extra.author", wcxb-dev 4459).

    A placeholder, never a user name nor a team's credit.
    """
    return bool(_TEMPLATE_KEY.match(text)) and text.rsplit(".", 1)[1].casefold() in _KEY_ENDS


def _one_word_name(word: str, *, strict: bool) -> bool:
    """A one-word name: capitalised (and not a short acronym) in free text, else a user name."""
    if not strict:
        if _template_key(word):
            return False
        # A two-syllable Chinese or Korean name ("李华") is shorter than any user name.
        return bool(_USERNAME.match(word) or _CJK_NAME.match(word))
    return bool(_NAME_TOKEN.match(word)) and len(word) > 1 and (not word.isupper() or len(word) > 3)


def _split_people(text: str) -> list[str]:
    """Split "A, B and C, Associated Press" into its parts, keeping "Name, MD" together."""
    text = _squash(text).strip(" .,;:")
    parts = [p.strip(" .,;:*") for p in name_split().split(text)]
    people: list[str] = []
    for part in parts:
        if not part:
            continue
        if people and _is_credential(part):
            continue
        people.append(part)
    return people


@functools.lru_cache(maxsize=_CACHE_SIZE)
def clean_names(
    value: str,
    *,
    site_name: str | None = None,
    strict: bool = False,
    min_words: int = 1,
) -> tuple[str, ...]:
    """Return the people named in an author value a page gives (meta tag, JSON-LD, byline).

    The value may carry an intro ("By"), several names, agencies, roles, credentials and a date;
    only the names are returned, in their order, without duplicates.

    Args:
        value: The raw value, e.g. "By Jane Doe and John Roe, Associated Press".
        site_name: The publication's name; a one-word value equal to it is a brand, not a
            person (a personal blog's name may be its author's, so longer ones pass).
        strict: Require capitalised names (for free text); False accepts lower-case names and
            single user names, as pages label them in their markup.
        min_words: The fewest words a name may have (2 for text that is not labelled as a
            name, where single capitalised words are mostly labels).

    Example:
        >>> clean_names("By Jane Doe and John Roe, Associated Press")
        ('Jane Doe', 'John Roe')
    """
    text = unglue(_squash(html.unescape(value)))
    if not text or _URL.match(text):
        return ()
    intros = _intros()
    intro = intros.pattern.match(text)
    if intro is not None and (intro["colon"] or intro["intro"].casefold() not in intros.colon_only):
        text = text[intro.end() :]
    text = _cut_names_end(text)
    return _people(text, site_name=site_name, strict=strict, min_words=min_words)


# Values a CMS fills in when nobody set an author ("admin", "Autor"): never a credit, not
# even a team's. Data: `[words.placeholder]` in common.toml and en.toml.
_MAX_CREDIT_WORDS = 6


def credit_value(value: str) -> str | None:
    """The whole of an author value a page labels as such, when it names no person.

    "The Investopedia Team", "Swoogo", "News Desk", "AccountingDepartment.com": a meta author
    tag or a byline that credits a team, a desk or the company itself. The wcxb-dev ground
    truth counts such credits as the author (30 of the 47 pages whose meta author tag names
    no person give exactly that value as the truth, 10 have no author), and for a reader they
    say who stands behind the text. Placeholders ("admin", "Webmaster"), numbers, addresses
    and long phrases are not credits.

    Example:
        >>> credit_value("The Investopedia Team"), credit_value("admin")
        ('The Investopedia Team', None)
    """
    text = _squash(html.unescape(value)).strip(" .,;:|-–—")
    intro = _intros().pattern.match(text)
    if intro is not None and intro["colon"]:
        text = text[intro.end() :].strip(" .,;:|-–—")
    words = text.split()
    if (
        not text
        or len(text) > _MAX_NAME_CHARS
        or len(words) > _MAX_CREDIT_WORDS
        or text.casefold() in byline_words.shared_words("placeholder")
        or _template_key(text)
        or ":" in text
        or _URL.match(text)
        or _EMAIL.search(text)
        or not _LETTERS.search(text)
        or sum(c.isdigit() for c in text) > len(text) // 2
    ):
        return None
    return text


# A clock time that ends a post footer's byline, with the word that introduces it: Blogger's
# "Posted by Jon Smith at 9:14 AM", in Basque "Argitaratzailea: Jon Etxeberria ordua: 09:14"
# (golden eu-blogger-mendi-aizkorri-negua-text), Catalan "a les 9:14", Finnish "klo 9.14".
# The words (two at most) are lower-case, so a name's last word is never taken for one; a
# caseless script keeps its word before the time, and the names then fail as they did. Tried
# from the start of a run of white space only (`(?<!\s)`; the first match starts there anyway):
# at every space of a run it was quadratic (3,000 spaces: 0.15 s, 30,000: 15 s).
_CLOCK_END = regex.compile(
    r"(?<!\s)(?:\s+(?-i:\p{Ll}[\p{Ll}\p{M}.]{0,9}):?){0,2}\s+\(?\d{1,2}[:.]\d{2}(?::\d{2})?"
    r"(?:\s?(?i:[ap]\.?\s?m\.?|uhr|h))?\)?\s*$",
)


def _cut_names_end(text: str) -> str:
    for found in find_dates(text):
        text = text[: found.start]
        break
    clock = _CLOCK_END.search(text)
    if clock is not None and clock.start() > 0:
        text = text[: clock.start()]
    end = _NAMES_END.search(text)
    if end is not None and end.start() > 0:
        text = text[: end.start()]
    text = without_weekday(text)
    cut = max(0, len(text) - _CONNECTOR_REACH)
    return text[:cut] + _CONNECTOR_END.sub("", text[cut:])


def names_part(text: str) -> str:
    """The part of a byline's text that holds its names, up to a date, a label or a clause.

    Example:
        >>> names_part("Niko Matsakis on behalf of Vision Doc group")
        'Niko Matsakis'
    """
    return _cut_names_end(text).strip()


def without_weekday(text: str) -> str:
    """`text` without the weekday that ends it: the start of the date cut off after a name.

    Example:
        >>> without_weekday("Adam Roberts Fri")
        'Adam Roberts'
    """
    return _short_weekday_cut(_WEEKDAY_END.sub("", text))


def _short_weekday_cut(text: str) -> str:
    """`text` cut before the short weekday that closes it, where two words precede the cut.

    The cut is the first place of the run of spaces and commas before the weekday that follows
    two words (a space run between runs of other characters; a comma counts as a letter);
    `text` itself when there is none. One pass: a state machine over the text before it.
    """
    tail = _SHORT_WEEKDAY_TAIL.search(text)
    if tail is None:
        return text
    weekday = tail.start()
    run = weekday
    while run > 0 and (text[run - 1] == "," or _SPACE.match(text[run - 1])):
        run -= 1
    if run == weekday:
        return text
    # State after text[:place]: the text ends in a word (`in_word`), that word follows a run of
    # spaces which follows a word (`two_words`); `seen_word` is any word so far, and
    # `spaces_after_word` holds it for the current run of spaces.
    seen_word = in_word = two_words = spaces_after_word = False
    for place in range(weekday):
        if place >= run and in_word and two_words:
            return text[:place]
        if _SPACE.match(text[place]):
            if in_word:
                spaces_after_word = seen_word
            in_word = False
        else:
            if not in_word:
                two_words = place > 0 and spaces_after_word
            in_word = seen_word = True
    return text


def _undouble(name: str) -> str:
    """One name from a doubled one: "Dylan Ettinger Dylan Ettinger", "CM Craig McCarthy".

    A scrape joins two lines that repeat the name; an avatar shows the initials before the
    name they abbreviate (wcxb-dev 0427).
    """
    words = name.split()
    half = len(words) // 2
    if len(words) % 2 == 0 and half and words[:half] == words[half:]:
        return " ".join(words[:half])
    if (
        len(words) >= 3  # the initials, then a name of two words or more
        and words[0].isupper()
        and words[0] == "".join(w[0] for w in words[1:]).upper()
    ):
        return " ".join(words[1:])
    return name


def _without_office_tails(parts: list[str], *, strict: bool) -> list[str]:
    """`parts` less each one-word part that follows a part naming no person.

    The one word ends that part's words: "Center for Drug Evaluation and Research" is one
    office, not a person called "Research" (wcxb-dev 0064). After a job title it is the rest
    of the title: "Writer, Hardware", "Gardener & Astrologer" (a desk, a second trade under
    the name: wcxb-dev 4064, 4661).
    """
    kept: list[str] = []
    for index, part in enumerate(parts):
        before = parts[index - 1] if index else ""
        if (
            before
            and len(part.split()) == 1
            and (
                _is_role(before, plural=True)
                or (
                    not looks_like_name(before.strip(" \"'“”‘’()[]*"), strict=strict)
                    and not is_agency(before)
                )
            )
        ):
            continue
        kept.append(part)
    return kept


def _people(
    text: str,
    *,
    site_name: str | None,
    strict: bool,
    whole: bool = False,
    min_words: int = 1,
) -> tuple[str, ...]:
    """The names among the parts of `text`; with `whole`, none unless every part is accounted for.

    A byline found in running text must consist of names, agencies and roles only: "Refine by
    Interaction with these filters" is a filter label, not a byline naming "Interaction".
    """
    names: list[str] = []
    site = _squash(site_name or "").casefold()
    parts = _without_role_ands(text, _without_office_tails(_split_people(text), strict=strict))
    role = ""
    for index, part in enumerate(parts):
        # A plural role among a byline's parts is the authors' job ("Julie Weisenhorn and
        # Natalie Hoidal, Extension horticulture educators": wcxb-dev 4706).
        if _is_role(part, plural=True) or is_agency(part):
            role = part if _is_role(part, plural=True) else ""
            continue
        if role and names and index == len(parts) - 1 and _follows_by_comma(text, role, part):
            # "Maureen Salamon, Executive Editor, Harvard Women's Health Watch": what ends a
            # byline after its author's job title is where the author works (wcxb-dev-text).
            # "..., Staff Writer, and John Roe" names a second author.
            break
        role = ""
        name = _undouble(_strip_trailing_credentials(part.strip(" \"'“”‘’()[]*")))
        if site and name.casefold() == site and len(name.split()) == 1:
            continue
        if looks_like_name(name, strict=strict) and len(name.split()) >= min_words:
            if name not in names:
                names.append(name)
        elif whole:
            return ()
    if len(names) > 1:
        # "Dylan Bailey, MS, RD, FAND Dylan Bailey": the scrape ran the last credential into
        # the name repeated after it (wcxb-dev 0003).
        names = [
            n
            for n in names
            if not any(
                m != n and n.endswith(" " + m) and n[: -len(m)].strip().isupper() for m in names
            )
        ]
    if len(names) > 1 and site:
        # "By Emily Baron Cadloff, Modern Farmer": the publication beside its author.
        names = [n for n in names if n.casefold() != site] or names
    return tuple(names)


# A writer's bio opens with the writer's name and a copula: en "is a", de "ist", fr "est",
# es "es", it "è", pt "é", nl "is" ("Julia Gralberg is a freelance travel writer, editor of
# ...": wcxb-dev 0141), and says the subject writes: a bio of somebody quoted in the story says
# what they do instead ("Dan Sutherland is the CEO of ...", "Apple Pay is a ..."). The copulas,
# the label before them ("About the author:") and the writer words are the `[words.bio_copula]`,
# `[words.bio_label]` and `[words.bio_writer]` words of the page's language.
# How many words after the copula the writer word may come ("is a Los Angeles-based writer").
_BIO_REACH = 12


def bio_name(text: str, lang: str | None = None) -> str | None:
    """The writer a bio paragraph is about, when it opens with their name and their trade.

    `lang` picks the rules file whose bio words are read (None: English).

    Example:
        >>> bio_name("Julia Gralberg is a freelance travel writer and editor.")
        'Julia Gralberg'
        >>> bio_name("Apple Pay is a mobile payment service.") is None
        True
    """
    m = byline_words.bio_opening(lang).match(_squash(text))
    if m is None or not looks_like_name(m["name"]):
        return None
    words = [w.strip(".,;:()").casefold() for w in m["rest"].split()[:_BIO_REACH]]
    if any(byline_words.is_writer_word(w, lang) for w in words):
        return m["name"]
    return None


def _without_role_ands(text: str, parts: list[str]) -> list[str]:
    """`parts` without those that only continue the job title before them past an "and".

    "Danielle Padula, Head of Marketing and Community Development": the job title's own "and"
    split it, and "Community Development" is nobody (wcxb-dev 2381).
    """
    kept: list[str] = []
    for part in parts:
        if (
            kept
            and _is_role(kept[-1], plural=True)
            and not looks_like_name(part)
            and _follows_by_and(text, kept[-1], part)
        ):
            continue
        kept.append(part)
    return kept


def _follows_by_and(text: str, first: str, second: str) -> bool:
    """Whether `second` comes right after `first` in `text`, with only an "and" between."""
    return (
        regex.search(
            rf"{regex.escape(first)}\s*(?:&|\b(?:and|und|et|y|e|en|i)\b)\s*{regex.escape(second)}",
            _squash(text),
        )
        is not None
    )


def _follows_by_comma(text: str, first: str, second: str) -> bool:
    """Whether `second` comes right after `first` in `text`, with only a comma between."""
    return (
        regex.search(rf"{regex.escape(first)}\s*,\s*{regex.escape(second)}", _squash(text))
        is not None
    )


@functools.lru_cache(maxsize=_CACHE_SIZE)
def parse_byline(
    text: str,
    lang: str | None = None,
    *,
    site_name: str | None = None,
) -> Byline | None:
    """Read a byline line ("By A and B, Associated Press"); None when `text` is no byline.

    Recognised shapes: an intro word in en, de, fr, es, it, pt or nl followed by names
    ("By", "Written by", "Words by", "Posted by", "Von", "Par", "Por", "Di", "Door",
    "Author:"), and a name followed by an agency or a role ("Jane Doe | Reuters",
    "Jane Doe, Staff Writer"). Lines that credit an editor, a reviewer or a photographer
    ("Medically reviewed by ...") are not bylines of the author.

    Args:
        text: One line or short block.
        lang: The page's language, for the date in the line.
        site_name: The publication's name; never returned as a person.

    Returns:
        The Byline (its names may be empty for "By Staff" or "Posted by admin"), or None.

    Example:
        >>> parse_byline("Posted by admin on March 3, 2020")
        Byline(names=(), date='2020-03-03', agency=True)
    """
    text = unglue(_squash(text))
    if not text or len(text) > 300:
        return None
    local = _local_byline(text, lang, site_name)
    if local is not None:
        return local
    if not has_intro_word(text, lang):
        return _name_with_affiliation(text, lang, site_name=site_name)
    intros = _intros()
    not_here = byline_words.not_author_intros(lang)
    for m in intros.pattern.finditer(text):
        intro = m["intro"].casefold().replace("’", "'")
        if (intro in intros.colon_only and not m["colon"]) or intro in not_here:
            continue
        before = text[: m.start()]
        if intro in intros.strict and _other_credit().search(before):
            continue
        if not _short_prefix(before, lang) and not _SEGMENT_END.search(before):
            continue
        rest = _DOUBLED_BY.sub("", text[m.end() :])
        names_text = _cut_names_end(rest)
        # "Bigin by Zoho CRM, an exclusive pipeline-centric CRM solution built for small
        # businesses": a word, "by" and a maker, then a sentence runs on; a promotion, not a
        # byline (wcxb-dev 4471).
        runs_on = bool(_LETTERS.search(before)) and _is_clause(rest[len(names_text) :])
        # A dated line is a post's header, where a bare "by" names a user as often as a
        # person: "Posted on July 1, 2024 by infuy", "by Amanda · Dec 20, 2025 at 3:00 am"
        # (wcxb-dev-text 0330, 0461); a filter label ("Shop by Brand") carries no date.
        dated = _first_date(text, lang) is not None
        strict = intro in intros.strict and not dated
        names = _people(names_text, site_name=site_name, strict=strict, whole=True)
        names_text, names = _names_before_section(names_text, names, lang, site_name, strict)
        names = _split_chinese_names(names, lang)
        if runs_on or (
            strict and any(len(n.split()) == 1 and not _USERNAME_SHAPE.search(n) for n in names)
        ):
            # "Courses by Topic", "Shop by Brand": after a bare "by" a single capitalised
            # word is a filter label far more often than a first name.
            continue
        tail = names_text[len(names_text) :]
        agency = any(is_agency(p) for p in _split_people(names_text)) or bool(tail)
        if not names and not _is_placeholder_byline(names_text):
            continue
        return Byline(names=names, date=_first_date(text, lang), agency=agency)
    return _name_with_affiliation(text, lang, site_name=site_name)


_HAN_NAMES = regex.compile(r"^\p{Han}{2,4}(?:\s\p{Han}{2,4})++$")


def _names_before_section(
    names_text: str,
    names: tuple[str, ...],
    lang: str | None,
    site_name: str | None,
    strict: bool,
) -> tuple[str, tuple[str, ...]]:
    """The names before a post's category ("Jane Doe in News"), and the text they stand in.

    Only where `names_text` read no `names` whole, and not on a Slovenian page (`_IN_SECTION`);
    else `names_text` and `names` as they were.
    """
    section = _IN_SECTION.search(names_text) if not names and lang not in _IN_IS_AND else None
    if section is None or section.start() == 0:
        return names_text, names
    names_text = names_text[: section.start()]
    return names_text, _people(names_text, site_name=site_name, strict=strict, whole=True)


def _split_chinese_names(names: tuple[str, ...], lang: str | None) -> tuple[str, ...]:
    """Split names that are runs of Han names: "记者 陈思远 张敏" names two reporters.

    Only in Chinese: Japanese writes "佐藤 健太" for one person.
    """
    if lang != "zh":
        return names
    return tuple(p for n in names for p in (n.split() if _HAN_NAMES.match(n) else [n]))


# A Korean byline puts the job title after the name: "김민준 기자" (reporter), "특파원"
# (correspondent); dates and an e-mail may follow (golden ko-nyuseu-simya-beoseu-html).
_KO_BYLINE = regex.compile(
    # Korean news sites label the reporter's line "기자명" (reporter's name): "기자명 이하늘 기자"
    # (golden ko-inteobyu-mundap-text).
    r"^(?:기자명\s*)?(?P<name>\p{Hangul}{2,4})\s*(?:기자|특파원|선임기자|객원기자|수습기자|인턴기자|논설위원)"
    r"(?!\p{Hangul})",
)


# Words as `_Intros.pattern` may find them: capitalised words are cut apart where a scrape glued
# them ("readWritten", "NewsVon"). An Indic word's vowel signs are marks, not letters: without
# them "लेखक" (author) was read as "ल" and "खक"; the Japanese long-vowel mark "ー" is a modifier
# letter inside "ライター" (writer).
_INTRO_TOKENS = regex.compile(r"\p{Lu}?\p{Ll}+|\p{Lu}+|\p{Lo}[\p{Lo}\p{Lm}\p{M}]*")


def has_intro_word(text: str, lang: str | None = None) -> bool:
    """Whether `text` holds a word of a byline intro: a cheap test before `_Intros.pattern`.

    Searching `_Intros.pattern` costs about 0.15 ms a line (its look-behinds are tried at every
    position); most lines of a page hold none of its words. With `lang`, a word that is no
    intro in that language (`[words.not_author_intro]`: Portuguese "na") does not count.
    """
    words = _intros().words
    not_here = byline_words.not_author_intros(lang)
    return any(
        (word := w.casefold()) in words and word not in not_here
        for w in _INTRO_TOKENS.findall(text)
    )


# The intros that are ordinary words of running text, after which the names must be capitalised,
# are `[words.author_intro]`'s `strict` list (`_Intros.strict`).


# Bare intros of one language that open ordinary lines of others, over capitalised words
# (Swahili "Na" is Portuguese "in the": "Na Câmara Municipal"; Tagalog "Ni" is Spanish, French
# and Catalan "nor"; Afrikaans "Deur" is Dutch "door"; Albanian "Nga" is Vietnamese "Russia"),
# are each language's `[words.not_author_intro]` (`byline_words.not_author_intros`).


# The bare "by" of languages where that word is an ordinary one of other languages' text, and
# of names: Irish "Le" (French and Italian "the", the Vietnamese name Le), Maltese "Minn"
# (also "from", "who"), Welsh "Gan" (also "with", the Chinese name Gan). Read only at the
# start of a line of a page in that language, over names of two capitalised words or more
# ("Minn Karl Azzopardi": golden mt-ahbarijiet-park-kummenti-text), and never cut from an
# author value as the intros of `_AUTHOR_INTROS_MARKED` are. The words are the language's
# `[words.intro]` (ga.toml, mt.toml, cy.toml).
_MIN_LOCAL_NAME_WORDS = 2


def _local_byline(text: str, lang: str | None, site_name: str | None) -> Byline | None:
    """Read a byline of one language's own shape: Korean "김민준 기자", `[words.intro]`."""
    korean = _KO_BYLINE.match(text)
    if korean:
        return Byline(names=(korean["name"],), date=_first_date(text, lang), agency=False)
    pattern = byline_words.local_intro(lang)
    m = pattern.match(text) if pattern is not None else None
    if m is None:
        return None
    names = _people(_cut_names_end(text[m.end() :]), site_name=site_name, strict=True, whole=True)
    if not names or any(len(n.split()) < _MIN_LOCAL_NAME_WORDS for n in names):
        return None
    return Byline(names=names, date=_first_date(text, lang), agency=False)


def _is_placeholder_byline(names_text: str) -> bool:
    """Whether the names part is only an agency or a placeholder ("By Staff", "by admin")."""
    parts = _split_people(names_text)
    return bool(parts) and all(is_agency(p) or _is_role(p) for p in parts)


# Words allowed before a byline intro once dates are taken out: "14 min read Written by",
# "Story | By". More, and the "by" is inside a title or a sentence ("Performance Tuning
# PostgreSQL by Frank Wiles").
_MAX_PREFIX_WORDS = 2
# "This post was written by Danielle Padula": a sentence that is only a credit (wcxb-dev 2381,
# 4574).
_THIS_POST_WAS = regex.compile(
    r"(?i)(?:this|the)\s+(?:blog\s+)?(?:post|article|story|piece|guide|review|recipe|page)\s+"
    r"(?:was|is|has\s+been)(?:\s+(?:originally|first))?",
)


# How many words after a byline's names make it a sentence rather than a credit line.
_CLAUSE_WORDS = 8


def _is_clause(after: str) -> bool:
    """Whether the text after a byline's names runs on as a sentence of lower-case words."""
    words = _LETTERS.findall(after)
    return len(words) >= _CLAUSE_WORDS and sum(w.islower() for w in words) * 2 > len(words)


def _short_prefix(before: str, lang: str | None) -> bool:
    """Whether what precedes a byline intro is only a date, a reading time or a label."""
    before = before.strip(" |•·:;,-–—()[]")
    if not before or _THIS_POST_WAS.fullmatch(before):
        return True
    for found in reversed(find_dates(before, lang)):
        before = before[: found.start] + " " + before[found.end :]
    words = _LETTERS.findall(before)
    return len(words) <= _MAX_PREFIX_WORDS


def _first_date(text: str, lang: str | None) -> str | None:
    for found in find_dates(text, lang):
        if not found.updated:
            return found.iso
    return None


# "Staff Writer", "Senior Editor, Politics": a job title is a few words.
_MAX_ROLE_WORDS = 5


def _without_dates(text: str, lang: str | None) -> str:
    """`text` with its dates taken out and cut where a date label ("Posted", "Updated") starts."""
    for found in reversed(find_dates(text, lang)):
        text = text[: found.start] + " " + text[found.end :]
    label = _DATE_LABEL.search(text)
    return text[: label.start()] if label is not None else text


_WORDS = regex.compile(r"\w+")


@functools.cache
def _affiliation_words() -> frozenset[str]:
    """Every word of an agency's name or a job title (`[words.role]`), as `_WORDS` cuts them."""
    roles = byline_words.shared_words("role")
    return frozenset(w for phrase in (*_agencies(), *roles) for w in _WORDS.findall(phrase))


# A reporter's place after the job title: a few words, not in lower case ("Khulna", "New York",
# "খুলনা"); "…, says the stock could be a risky bet" is the sentence the name opens (sh-html).
_MAX_PLACE_WORDS = 3


def _is_place(part: str) -> bool:
    """Whether the byline part `part` may be a place ("New York"), not a clause."""
    words = part.split()
    return 0 < len(words) <= _MAX_PLACE_WORDS and not any(w[:1].islower() for w in words)


# The separators of a row of tags ("SaaS • Developer Tools • Artificial Intelligence"), which
# a byline joins with commas.
_TAG_SEPARATORS = regex.compile(r"[|•·–—]|\s-\s")


def _name_with_affiliation(
    text: str,
    lang: str | None,
    *,
    site_name: str | None,
) -> Byline | None:
    """Read "Jane Doe | Reuters", "Jane Doe, Staff Writer", "Jane Doe, Associated Press"."""
    if len(text) > 120 or not _affiliation_words().intersection(_WORDS.findall(text.casefold())):
        # Without an agency's or a job title's word the line cannot be "Name, Affiliation":
        # answering that first spares reading its dates (most lines are neither).
        return None
    date = _first_date(text, lang)
    bare = _without_dates(text, lang)
    parts = [p.strip() for p in _AFFILIATION_SPLIT.split(_squash(bare)) if p.strip()]
    if len(parts) < 2:
        return None
    names: list[str] = []
    affiliated = False
    after_role = False
    for k, part in enumerate(parts):
        if is_agency(part) or (names and _is_role(part) and len(part.split()) <= _MAX_ROLE_WORDS):
            affiliated = True
            # "Staff Writer" after a name is a desk's name and a job title: a role all the same
            after_role = after_role or not is_agency(part) or (bool(names) and _is_role(part))
            continue
        if after_role:
            # "SaaS • Developer Tools • Artificial Intelligence": a name after a job title is
            # a list of tags, not a second author (wcxb-dev 2914). After commas ("Name, Staff
            # Reporter, Khulna", "Jane Doe, Staff Writer, New York") it is the reporter's
            # place or desk (golden bn-khobor-notun-train-html).
            places = not _TAG_SEPARATORS.search(bare) and all(map(_is_place, parts[k:]))
            names = names if places else []
            break
        if names and _is_credential(part):
            continue
        if looks_like_name(part) and not _is_role(part):
            if site_name and part.casefold() == site_name.casefold():
                return None
            names.append(part)
            continue
        return None
    if not affiliated or not names:
        return None
    return Byline(names=tuple(names), date=date, agency=True)


@dataclass(frozen=True, slots=True)
class _PostHeader:
    """A forum post's header shapes, with the words of `[words.post_by]` and `[words.post_wrote]`.

    Attributes:
        by: "Post by tandem_tess » Sat Mar 09, 2024 8:41 pm" (phpBB), "Posted by Jane Doe on
            12 March 2024", "Beitrag von X » ...", "Message par X » ...": the post word, its
            "by" (the kind's `particles`), the name up to the separator before the date.
        bare: "bởi tuan_xemay » 24/11/2026, 20:15", "by Minoa » Tue Aug 27, 2019 10:02 pm":
            phpBB's line with an icon for its post word, the particle opening it. Only with one
            "»" and a date after it: "By Jane Doe | March 3, 2024" is a news byline.
        wrote: "tandem_tess wrote:", "Jane Doe wrote on 12 March 2024:", "X schrieb:", "X a
            écrit :", and phpBB 3.2's quote header with its date after the colon, "hoangmeo
            đã viết: ↑ 24/11/2026, 21:03" (the "↑" links to the quoted post).
        dated: "tandem_tess wrote on 21 Nov 2026, 09:14", "Losa_M replied to Tavita_F on 21
            Nov 2026, 11:02": NodeBB's post head, the `[words.post_wrote]` verb, maybe the
            replied-to user, a date connector and the date, no colon (round AD golden
            sm-fono-nodebb-markdownify-toe-toto-talo-text).
        numbered: "madina_kh November 26, 2026, 6:10pm #2": Discourse's crawler view prints
            the poster's user name, the post's time and its position as inline spans of one
            block, which a text extractor keeps on one line (Resiliparse; round AE golden
            ce-discourse-resiliparse-klaviatura-palochka-text). One name token, the date
            right after it, the "#N" last: no verb or label, so the date and the number carry it.
        heads: The first four characters of the post words and particles, casefolded (a
            shorter word with its space): the cheap test of `may_be_post_header`.
        sizes: The lengths of the heads, for the cheap test.
    """

    by: regex.Pattern[str]
    bare: regex.Pattern[str]
    wrote: regex.Pattern[str]
    dated: regex.Pattern[str]
    numbered: regex.Pattern[str]
    heads: frozenset[str]
    sizes: tuple[int, ...]


@functools.cache
def _post_header() -> _PostHeader:
    """The post header shapes, compiled on first use (common.toml, one list for every language)."""
    post = byline_words.lexicon("post_by", None)
    wrote = byline_words.lexicon("post_wrote", None).words
    heads = frozenset(f"{w} "[:4].casefold() for w in (*post.words, *post.particles))

    def alternation(words: tuple[str, ...]) -> str:
        return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in words) or "(?!)"

    return _PostHeader(
        # The post word may be glued to its particle: phpBB's screen-reader "Post" in the icon
        # link ends where "by" begins, with no space in a minified page ("אַרטיקלפֿון X »", round
        # AA golden yi-forum-phpbb-klaviatur-android-html).
        by=regex.compile(
            rf"(?i)^(?:{alternation(post.words)})"
            rf"\s*(?:{alternation(post.particles)})\s+(?P<name>[^»|•·,]{{1,40}}?)\s*"
            # the date's connectors ("on", "am", "le") are the shape's, as `_CONNECTOR_END`'s
            r"(?:»|\||•|·|,|\s(?:on|am|le|el|il|op|em)\s|\s[-–—]\s)\s*(?P<rest>.+)$",
        ),
        # The name is one to three words, the line holds one "»" (a breadcrumb holds more).
        bare=regex.compile(
            rf"(?i)^(?:{alternation(post.particles)})\s+(?P<name>[^»|•·,\s]+(?:\s[^»|•·,\s]+)"
            r"{0,2})\s*»\s*(?P<rest>[^»]+)$",
        ),
        wrote=regex.compile(
            rf"(?i)^(?P<name>[^\s:»|]+(?:\s[^\s:»|]+){{0,3}}?)\s+(?:{alternation(wrote)})"
            # MyBB links its quote header to the quoted post with a bare arrow: "X Wrote: >" as
            # lynx prints it (round Z golden ta-mandram-mybb-lynx-dump-suvar-eeram-text)
            r"(?P<rest>\s[^:]{0,60})?\s*:(?:\s*↑\s*(?P<quoted>[^↑]{1,60})|\s*[>»])?$",
        ),
        dated=regex.compile(
            rf"(?i)^(?P<name>[^\s:»|•·,]{{2,30}})\s+(?:{alternation(wrote)})"
            r"(?:\s+[^\s:»|•·,]{2,30})?\s+(?:on|am|le|el|il|op|em)\s+(?P<rest>[^»|]{4,40})$",
        ),
        numbered=regex.compile(r"^(?P<name>[^\s:»|•·,#]{2,30})\s+(?P<rest>\S.{3,60}?)\s+#\d{1,5}$"),
        heads=heads,
        sizes=tuple(sorted({len(h) for h in heads})),
    )


_MAX_POST_HEADER = 150
# A reply's subject line, as forum software prints it above each post: "Re: <subject>", "RE:",
# German "Aw:", Dutch "Antw:", Italian "Rif:"/"R:", French "Rép:", Polish "Odp:",
# Swedish/Danish "Sv:", Finnish "Vs:" (en-forum-thread-posts-text). A bare "R" only glued to
# its colon: "R : 50,000₩" is a price (sh-text). `match` finds one that opens a line;
# `fullmatch` one that is the whole line, with the subject in the "subject" group.
REPLY_SUBJECT = regex.compile(
    r"(?i)^(?:(?:re|aw|antw|sv|vs|rép|rif|odp)\s*(?:\[\d+\])?\s*|r):\s*(?P<subject>\S.*)",
)
# The words a post header opens with are data, `[words.post_by]` (Norwegian, Danish and
# Swedish phpBB: "Innlegg av X » date", golden nb-forum-traad-sitat-svar-html); `_post_header`
# keeps their first four letters for the cheap test.


def may_be_post_header(text: str) -> bool:
    """Whether `parse_post_header` could read `text`: the cheap test, without the cache's hash.

    Example:
        >>> may_be_post_header("X wrote:"), may_be_post_header("A paragraph.")
        (True, False)
    """
    return _may_be(text, _post_header())


def _may_be(text: str, shapes: _PostHeader) -> bool:
    """Whether `text` opens with a post word or particle, ends with a colon or holds a "↑".

    Or ends with a colon and MyBB's arrow to the quoted post, "X Wrote: >" (`_post_header`).
    """
    lead = text.lstrip()[:4].casefold()
    end = text.rstrip()
    return (
        any(lead[:n] in shapes.heads for n in shapes.sizes)
        or end.endswith(":")
        or "↑" in text
        or (end.endswith((">", "»")) and ":" in end)
        or (end[-1:].isdigit() and shapes.dated.match(end) is not None)
        or (end[-1:].isdigit() and "#" in end[-6:] and shapes.numbered.match(end) is not None)
    )


def _numbered_header(name: str, rest: str, lang: str | None) -> Byline | None:
    """The `numbered` header "user <date> #N" read: None unless the date opens `rest`.

    "user 12 replies #3" or a list's "Top 10 gadgets of 2026 #2" is no post header.
    """
    found = [d for d in find_dates(rest, lang) if not d.updated]
    if not found or found[0].start != 0 or not looks_like_name(name, strict=False):
        return None
    return Byline(names=(name,), date=found[0].iso)


@functools.lru_cache(maxsize=_CACHE_SIZE)
def parse_post_header(text: str, lang: str | None = None) -> Byline | None:
    """Read a forum post's header line: who posted it and when; None for any other line.

    A thread as text repeats one such line per post ("Post by X » date", "Posted by X on
    date", "X wrote:"); the first post's is the thread starter's (en-forum-thread-posts-text).
    "Post by" and "Posted by" lines need a date after the name, as forum software prints
    them; a "by X » date" line without the post word (a theme's icon prints it) needs the "»"
    too. A "wrote:" line must end with its colon, or with phpBB 3.2's "↑ <date>" after it. The
    name may be a lower-case user name.

    Example:
        >>> parse_post_header("Post by tandem_tess » Sat Mar 09, 2024 8:41 pm")
        Byline(names=('tandem_tess',), date='2024-03-09', agency=False)
    """
    shapes = _post_header()
    # Neither a "Post by" line nor one ending in "wrote:": the cheap answer for most lines.
    text = _squash(text) if _may_be(text, shapes) else ""
    if not text or len(text) > _MAX_POST_HEADER:
        return None
    m = shapes.by.match(text) or shapes.bare.match(text) or shapes.dated.match(text)
    if m is not None:
        date = _first_date(m["rest"], lang)
        name = m["name"].strip()
        if date is None or not looks_like_name(name, strict=False):
            return None
        return Byline(names=(name,), date=date)
    numbered = shapes.numbered.match(text)
    m = shapes.wrote.match(text) if numbered is None else None
    if m is None:
        return _numbered_header(numbered["name"], numbered["rest"], lang) if numbered else None
    name = m["name"].strip()
    quoted = _first_date(m["quoted"], lang) if m["quoted"] else None
    if (
        not looks_like_name(name, strict=False)
        or is_agency(name)
        # After "↑" phpBB prints the quoted post's date: anything else is a sentence.
        or (m["quoted"] and quoted is None)
    ):
        return None
    return Byline(names=(name,), date=_first_date(m["rest"] or "", lang) or quoted)


# phpBB's post head in a language that puts the verb after the name: "<name> <verb> » <date>"
# ("Kusi_Wamani qillqarqan » 24 Aya Marq'ay 2026, 10:15", round AB golden
# qu-rimanakuy-readability-papa-qasa-text; English prints "by <name> » <date>"). One "»" (a
# breadcrumb holds more), a date-like tail with a digit, a year or a clock time in it.
_VERB_HEAD = regex.compile(
    r"^(?P<name>[^\s»|•·:,]{2,30})\s+(?P<verb>[\p{L}\p{M}'’]{2,24})\s*»\s*(?P<rest>[^»]{4,60})$"
)
_DATE_LIKE = regex.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)|\d{1,2}:\d{2}")
# How many lines share the verb at least: a thread of two posts (`thread_posts`'s minimum).
_VERB_HEADS = 2


def verb_post_headers(lines: list[str], lang: str | None = None) -> dict[int, Byline]:
    """The lines heading a thread's posts as "<name> <verb> » <date>", by index: who and when.

    The verb is read from the page, not from a word list: it is the one word every head
    repeats between a name and "»", so a board in a language without rules is read too. The
    date is None where the month's name is in no table; the name still is the poster. Fewer
    than two such heads with one verb, or heads that do not differ (one line repeated), give
    none.
    """
    found: dict[str, dict[int, tuple[str, str]]] = {}
    for i, line in enumerate(lines):
        if "»" not in line or len(line) > _MAX_POST_HEADER:
            continue
        m = _VERB_HEAD.match(" ".join(line.split()))
        if m is None or not _DATE_LIKE.search(m["rest"]):
            continue
        name = m["name"]
        if not looks_like_name(name, strict=False) or is_agency(name):
            continue
        found.setdefault(m["verb"].casefold(), {})[i] = (name, m["rest"])
    heads: dict[int, Byline] = {}
    for rows in found.values():
        if len(set(rows.values())) < _VERB_HEADS:
            continue
        for i, (name, rest) in rows.items():
            heads[i] = Byline(names=(name,), date=_first_date(rest, lang))
    return dict(sorted(heads.items()))


# Forum software labels the thread's author on a line of its own: "Thread starter ridwan123"
# (XenForo), "JosephF   Discussion starter" (vBulletin themes), "Discussion in 'Hosting
# Advice' started by pelex, May 26, 2025." (older XenForo), and that thread header in XenForo's
# translations: "Discussione in 'Caldaie a gas' iniziata da Lucia_TO, 14 Nov 2026." (golden
# it-forum-discussione-caldaia-pressione-text, round O), "Discussion dans 'X' démarrée par",
# "Tema en 'X' iniciado por", "Discussão em 'X' iniciada por", "Diskussion im Forum 'X'
# gestartet von", "Discussie in 'X' gestart door", "Dyskusja w 'X' rozpoczęta przez".
_STARTED_BY = (
    r"(?:started\s+by|iniziat[ao]\s+da|avviat[ao]\s+da|démarrée?\s+par|créée?\s+par|"
    r"lancée?\s+par|iniciad[oa]\s+por|gestartet\s+von|erstellt\s+von|gestart\s+door|"
    r"rozpoczęt[ay]\s+przez)"
)
_STARTER = regex.compile(
    r"(?i)^(?:(?:thread|discussion|topic)\s+starter\s*:?\s+(?P<a>\S.{0,39}?)"
    r"|(?P<b>\S.{0,39}?)\s+(?:thread|discussion|topic)\s+starter"
    r"|(?:discussion|discussione|discussão|discusión|tema|diskussion|discussie|dyskusja)\s+"
    r"(?:in|dans|en|em|im|w)\s+(?:\w+\s+)?['‘’\"«].{1,80}?['‘’\"»]\s+"
    rf"{_STARTED_BY}\s+(?P<c>[^,]{{1,40}}),.*)\s*$",
)
# The words one of those lines holds, whatever its language: a cheap test before the pattern.
_STARTER_HINTS = regex.compile(r"(?i)tarte|" + _STARTED_BY)
_MAX_STARTER_LINE = 160


def has_starter_hint(text: str) -> bool:
    """Whether `text` holds a word of a forum's thread-starter label (`parse_thread_starter`)."""
    if len(text) > _MAX_STARTER_LINE:
        return False
    if text.isascii():
        # Every branch of `_STARTER_HINTS` an ASCII text can match holds one of these words in
        # lower case ("started by" and "gestartet von" hold "tarte"; the other branches hold a
        # letter no ASCII letter matches in any case): a line without them is answered here.
        # The pattern tried its branches at every position: 0.35 -> 0.11 ms a page on sh-html
        # (speed helper, session 19).
        low = text.lower()
        if not (
            "tarte" in low
            or "iniziat" in low
            or "avviat" in low
            or "iniciad" in low
            or "erstellt" in low
            or "gestart" in low
        ):
            return False
    return _STARTER_HINTS.search(text) is not None


@functools.lru_cache(maxsize=_CACHE_SIZE)
def parse_thread_starter(text: str) -> str | None:
    """The user a forum's "Thread starter" label names on `text`; None for any other line.

    Example:
        >>> parse_thread_starter("Thread starter ridwan123"), parse_thread_starter("Starters")
        ('ridwan123', None)
    """
    if not has_starter_hint(text):
        return None
    m = _STARTER.match(_squash(text))
    if m is None:
        return None
    name = (m["a"] or m["b"] or m["c"] or "").strip(" .,:")
    return name if looks_like_name(name, strict=False) and not is_role(name) else None


# "By The Currency editors", "by whova | Apr 21, 2025", "Written by the Lavazza Team": a byline
# whose intro says outright that what follows wrote the piece.
_BY_CREDIT = regex.compile(r"(?i)^(?:(?:written|posted|words|article|story)\s+)?by\s*:?\s+(?=\S)")
# Lower-case words a company's or a team's name may hold ("Ask the Doctors", "The Currency
# editors"); any other lower-case word makes the rest a phrase ("By signing up you agree").
# Data: `[words.credit_small_word]` in common.toml and en.toml.
_MAX_BY_CREDIT_WORDS = 4


# The "by" of a post header that opens with its dates: "August 12, 2025 By The Diggs Team".
_BY_AFTER_DATE = regex.compile(r"(?<=[\s\d])(?:by|BY|By)\s*:?\s+(?=\S)")


# A scrape prints a line's inline elements apart with runs of spaces ("By A. J. Neal   View In
# Digital Edition", "Written by: Shivkumar M  Head Product Launches, ..."): the fields of a
# byline line. Two to four of them; a menu prints more ("Shop by   Multi-effects Pedals   Fuzz
# ..."). Each name of two words or more: a board's "by  H. R.    (new)" is a handle's initials.
_FIELD_GAP = regex.compile(r"\s{2,}")
_MAX_BYLINE_FIELDS = 4
_MIN_FIELD_NAME_CHARS = 5
_MIN_FIELD_NAME_WORDS = 2


def field_byline(line: str, lang: str | None = None) -> tuple[str, ...]:
    """The names a scrape's byline line gives in its first fields, before what follows them.

    The spaces `normalize` collapses part the names from what the page printed after them (a
    link, a job title): "Guide  by Will Judd  Former Deputy Tech Editor" is read as "Guide by
    Will Judd" (wcxb-dev-text 0277, 0484, 4823). `line` is the scrape's own line, its spaces
    unsquashed; the shortest run of its first fields that reads as a byline with names gives them.

    Example:
        >>> field_byline("By A. J. Neal   View In Digital Edition")
        ('A. J. Neal',)
        >>> field_byline("by  H. R.    (new)")
        ()
    """
    fields = [f for f in _FIELD_GAP.split(line.strip()) if f]
    if not 2 <= len(fields) <= _MAX_BYLINE_FIELDS:
        return ()
    for k in range(1, len(fields)):
        head = " ".join(fields[:k])
        if not has_intro_word(head, lang):
            continue
        parsed = parse_byline(head, lang)
        if parsed is None or not parsed.names:
            return ()
        if all(
            len(n.replace(".", " ").split()) >= _MIN_FIELD_NAME_WORDS
            and len(n) >= _MIN_FIELD_NAME_CHARS
            for n in parsed.names
        ):
            return parsed.names
        return ()
    return ()


def dated_by_credit(text: str, lang: str | None = None) -> str | None:
    """`by_credit` of a post header whose "by" comes after its dates only.

    "August 12, 2025 By The Diggs Team", "May 21, 2025April 24, 2025 by The Ritualist"
    (wcxb-dev-text 4596, 4819): a blog theme prints the post's dates, then its credit.

    Example:
        >>> dated_by_credit("August 12, 2025 By The Diggs Team")
        'The Diggs Team'
    """
    text = unglue(_squash(text))
    m = _BY_AFTER_DATE.search(text)
    if m is None or len(text) > _MAX_NAME_CHARS * 2:
        return None
    before = text[: m.start()]
    if not find_dates(before, lang) or not _short_prefix(before, lang):
        return None
    return by_credit(text[m.start() :])


@functools.lru_cache(maxsize=_CACHE_SIZE)
def by_credit(text: str) -> str | None:
    """The team, desk, company or user that a "By ..." line credits, when it names no person.

    "By The Currency editors", "By 3i Global", "by whova | Apr 21, 2025", "By the Lavazza
    Team": WCXB counts such a credit as the author (as it does a team's meta author tag, see
    `credit_value`); after an explicit "By" nothing else can be meant. The credit ends where
    the line's date, separator or reading time starts. One lower-case word is a user name
    ("whova"); otherwise every word is capitalised or a name's small word.

    Example:
        >>> by_credit("By The Currency editors"), by_credit("By signing up, you agree")
        ('The Currency editors', None)
    """
    text = unglue(_squash(html.unescape(text)))
    m = _BY_CREDIT.match(text)
    if m is None or len(text) > _MAX_NAME_CHARS * 2:
        return None
    rest = _cut_names_end(text[m.end() :]).strip(" .,;:|-–—")
    words = rest.split()
    # "By the Lavazza Team 2–3 minutes": a number after the first word starts a reading time.
    cut = next((k for k, w in enumerate(words) if k and w[:1].isdigit()), len(words))
    words = words[:cut]
    rest = " ".join(words)
    small = byline_words.shared_words("credit_small_word")
    if not 0 < len(words) <= _MAX_BY_CREDIT_WORDS or "," in rest:
        return None
    if len(words) == 1:
        if not _USERNAME.match(rest) or rest.casefold() in byline_words.shared_words("placeholder"):
            return None
    elif not all(
        w[:1].isupper() or w[:1].isdigit() or w.casefold() in small for w in words
    ) or not (words[0][:1].isupper() or words[0][:1].isdigit() or words[0].casefold() == "the"):
        return None
    intro_words = _intros().words
    not_credit = byline_words.shared_words("not_by_credit")
    if any(w.casefold() in intro_words or w.casefold() in not_credit for w in words):
        return None
    return credit_value(rest)


# Words that make "By ..." a sentence or a filter label, not a credit ("By Clicking Submit",
# "Shop By Category"): data, `[words.not_by_credit]` in en.toml.
