"""Stage `detect_language`: the page's language, from the caller, the page, or its text."""

from __future__ import annotations

import bisect
import functools
import logging
import pkgutil
import re
from collections import Counter

import regex
from justext import get_stoplists

from cleaner.document import Document

logger = logging.getLogger(__name__)

# jusText names its stoplists in English; the rules and the caller speak ISO 639-1.
STOPLIST_NAMES: dict[str, str] = {
    "en": "English",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "it": "Italian",
    "pt": "Portuguese",
    "nl": "Dutch",
    "sv": "Swedish",
    "da": "Danish",
    "no": "Norwegian_Bokmal",
    "fi": "Finnish",
    "pl": "Polish",
    "cs": "Czech",
    "sk": "Slovak",
    "ro": "Romanian",
    "hu": "Hungarian",
    "tr": "Turkish",
    "ru": "Russian",
    "uk": "Ukrainian",
    "ca": "Catalan",
    "el": "Greek",
    "id": "Indonesian",
    "bg": "Bulgarian",
    "ko": "Korean",
    "ar": "Arabic",
    "fa": "Persian",
    "ur": "Urdu",
    "he": "Hebrew",
    "hi": "Hindi",
    "mr": "Marathi",
    "ne": "Nepali",
    "lt": "Lithuanian",
    "lv": "Latvian",
    "et": "Estonian",
    "hr": "Croatian",
    "sl": "Slovenian",
    "vi": "Vietnamese",
    "sr": "Serbian",
    "mk": "Macedonian",
    "be": "Belarusian",
    # Latin-script languages without a rules file whose pages still need a language (dates,
    # bylines, the text model's stop words): a Tagalog blog read as Croatian and a Swahili news
    # page got none (goldens tl-blog-pamamalengke-komento-text, sw-habari-mgao-maji-text).
    # jusText ships their lists (Wikipedia's most frequent words, as for the others).
    "sw": "Swahili",
    "tl": "Tagalog",
    "af": "Afrikaans",
    "is": "Icelandic",
    "eu": "Basque",
    "cy": "Welsh",
    "ga": "Irish",
    "mt": "Maltese",
    "sq": "Albanian",
    "az": "Azerbaijani",
    "uz": "Uzbek",
    # Kazakh in Cyrillic and Yoruba (tone marks and dots below): a Kazakh news scrape and a Yoruba
    # encyclopedia scrape got no language at all, so kk.toml never ran and no rules did (goldens
    # kk-zhanalyq-mektep-zhylu-text, yo-iwe-imo-odo-alaran-text).
    "kk": "Kazakh",
    "yo": "Yoruba",
    # Kyrgyz: a Kyrgyz news scrape got no language (golden ky-kabar-bishkek-trolleybus-text).
    "ky": "Kyrgyz",
    # Luxembourgish, Esperanto, Kurdish (Kurmanji, Latin script): their month names are in
    # calendar_names, but a text scrape in them got no language or a neighbour's (a
    # Luxembourgish one read as German), so no dates of theirs were read.
    "lb": "Luxembourgish",
    "eo": "Esperanto",
    "ku": "Kurdish",
    # Breton, Occitan and West Frisian (jusText's lists, Wikipedia's words): a Breton news scrape
    # read as Romanian and an Occitan events listing as Spanish, so no Breton byline or credit was
    # read and Spanish rules ran (round P goldens br-keleier-konserverezh-douarnenez-text,
    # oc-agenda-ostal-lenga-decembre-text); a West Frisian page scraped as text read as Dutch.
    "br": "Breton",
    "oc": "Occitan",
    "fy": "West_Frisian",
    # Latin (jusText's list, Wikipedia's words): round AB's Latin grammar wiki page as a links
    # dump read as Finnish, so Finnish rules ran on it (golden
    # la-declinatio-prima-links-dump-grammatica-text). Not Quechua: jusText's list is
    # Wikipedia's place names ("distritu", "buliwyapi,"), 9% of round AB's Quechua thread.
    "la": "Latin",
    # No list for the languages told by their script (`_SCRIPT_BLOCKS`): jusText's Tamil list
    # (Wikipedia's words, "ஆகும்." with its full stop) made the text model drop the film-facts
    # lines of golden ta-vimarsanam-thiraippadam-text (body F1 0.834 -> 0.827).
}
# The stop lists that compete for a page, by the script most of its letters are written in: a
# Russian page is never weighed against Dutch stop words (and each page pays for a few lists, not
# all of them). The Latin group is the one every page was weighed against before scripts were told
# apart, less Greek and Cyrillic lists, which never win on Latin text.
_SCRIPT_LANGS: dict[str, tuple[str, ...]] = {
    "Latin": (
        *("en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "no"),
        *("fi", "pl", "cs", "sk", "ro", "hu", "tr", "ca", "id"),
        # Without these a Lithuanian or Latvian text scrape got no language at all (so no
        # year-first dates, no rules) and a Croatian one read as Slovak (goldens
        # lt-naujienos-tiltas-text, lv-laika-prognoze-text, hr-kako-presaditi-biljke-text).
        *("lt", "lv", "et", "hr", "sl", "vi"),
        # Without these a Tagalog text scrape read as Croatian and a Swahili one got no language
        # (goldens tl-blog-pamamalengke-komento-text, sw-habari-mgao-maji-text); the others are
        # the Latin-script languages with the most web pages that jusText has a list for.
        # Malay (next to Indonesian), Galician (Portuguese), Bosnian (Croatian) are left out:
        # their lists would split the pages of a language that has rules.
        *("sw", "tl", "af", "is", "eu", "cy", "ga", "mt", "sq", "az", "uz"),
        "yo",
        # Hausa has no jusText list: its own below (`_OWN_STOPLISTS`).
        *("ha", "lb", "eo", "ku"),
        # Javanese, Malagasy and Haitian Creole have no jusText list: ours (`_OWN_STOPLISTS`). A
        # Malagasy news scrape read as Swedish (its article "ny" is Scandinavian's "new"), so
        # Swedish rules ran; Javanese and Haitian blog and press-release scrapes got no language
        # (goldens mg-vaovao-vary-vakinankaratra-sary-text, jv-blog-merti-desa-tanggapan-text,
        # ht-kominike-meri-netwayaj-kanal-text).
        *("jv", "mg", "ht"),
        # Igbo: jusText's list is Wikipedia's calendar articles ("the", "Gregorian", "calender,")
        # without the dotted vowels; ours (`_OWN_STOPLISTS`). An Igbo news scrape read as
        # Slovenian (round O golden ig-akuko-ahia-ji-awka-text), so no Igbo byline was read.
        "ig",
        # Breton, Occitan, West Frisian (jusText's lists) and Cebuano, isiXhosa, Māori (ours,
        # `_OWN_STOPLISTS`): round P's Breton scrape read as Romanian, its Occitan one as Spanish,
        # its isiXhosa one got no language, and round O's Cebuano blog read as Tagalog.
        *("br", "oc", "fy", "ceb", "xh", "mi"),
        # Latin (jusText's list): round AB's Latin dump read as Finnish.
        "la",
        # Scottish Gaelic and Kinyarwanda (ours, `_OWN_STOPLISTS`; jusText has neither): round
        # AA's Gaelic pandoc page read as Finnish, its Kinyarwanda shop page got no language.
        *("gd", "rw"),
    ),
    # Serbian (jusText's list is Cyrillic) and Macedonian: without them a Serbian Cyrillic page
    # read as Russian and got Russian rules (golden sr-vesti-cirilica-most-text). Belarusian: a
    # Belarusian podcast scrape read as Ukrainian (golden be-padkast-vypusk-drauljanaja-hata-text);
    # no scrape of the shared sets and no other golden page changes language with it.
    # Tajik and Mongolian (jusText has no list for either: ours, `_OWN_STOPLISTS`): a Tajik event
    # page and a Mongolian job posting as text scrapes got no language, so neither their month
    # names nor any rules of theirs ran (goldens tg-chorabini-konserti-shashmaqom-text,
    # mn-ajliin-zar-ahlah-nyagtlan-text).
    # Tatar (ours, `_OWN_STOPLISTS`; jusText has none): a Tatar events listing as a text scrape
    # got no language, so no rules of its own ran (round O golden tt-afisha-chara-isemlege-text).
    # Bashkir (ours, `_OWN_STOPLISTS`; jusText has none): a Bashkir forum thread as an elinks
    # dump got no language (round AC golden ba-forum-elinks-vbulletin-pomidor-ysenteleri-text).
    "Cyrillic": ("ru", "uk", "bg", "sr", "mk", "be", "kk", "ky", "tg", "mn", "tt", "ba"),
    # Pashto (its list the module's own, voting without Persian's words): a Pashto text scrape
    # got no language, so neither ps.toml nor its dates ran (round N golden
    # ps-anzoruna-anar-tolgha-html scraped as text).
    # Uyghur (ours, `_OWN_STOPLISTS`; jusText has none): a Uyghur news story as a w3m dump got
    # no language, so no rules of its own ran (round AA golden
    # ug-xewer-w3m-dump-turpan-kishmish-text).
    "Arabic": ("ar", "fa", "ur", "ps", "ug"),
    "Devanagari": ("hi", "mr", "ne"),
}
# Scripts that name their language alone (no stop list needed, and jusText has none for Chinese,
# Japanese or Thai): the language their pages are in by far most often. "Han" counts Han and
# kana letters together; "Kana" is the Japanese share of them (see `_MIN_KANA_SHARE`).
_SCRIPT_LANG_ALONE = {"Hangul": "ko", "Greek": "el", "Hebrew": "he", "Thai": "th"}
_SCRIPT_PATTERNS = {
    name: rf"[\p{{{name}}}]+"
    for name in ("Han", "Hangul", "Cyrillic", "Arabic", "Greek", "Hebrew", "Thai")
} | {"Devanagari": r"\p{Devanagari}+", "Kana": r"[\p{Hiragana}\p{Katakana}]+"}
# Scripts written by one language (by far the most pages), told by their Unicode block: the
# golden ta-vimarsanam-thiraippadam-text (Tamil) got no language at all, hence no rules and no
# Tamil dates. Bengali script also writes Assamese, Gurmukhi Punjabi (India's; Pakistan's is
# Shahmukhi, an Arabic script), Ethiopic Tigrinya besides Amharic, Tibetan Dzongkha: the larger
# language is named. (first code point, last code point, script, ISO 639-1 code)
_SCRIPT_BLOCKS: tuple[tuple[int, int, str, str], ...] = (
    (0x0530, 0x058F, "Armenian", "hy"),
    (0x0780, 0x07BF, "Thaana", "dv"),
    (0x0980, 0x09FF, "Bengali", "bn"),
    (0x0A00, 0x0A7F, "Gurmukhi", "pa"),
    (0x0A80, 0x0AFF, "Gujarati", "gu"),
    (0x0B00, 0x0B7F, "Oriya", "or"),
    (0x0B80, 0x0BFF, "Tamil", "ta"),
    (0x0C00, 0x0C7F, "Telugu", "te"),
    (0x0C80, 0x0CFF, "Kannada", "kn"),
    (0x0D00, 0x0D7F, "Malayalam", "ml"),
    (0x0D80, 0x0DFF, "Sinhala", "si"),
    (0x0E80, 0x0EFF, "Lao", "lo"),
    (0x0F00, 0x0FFF, "Tibetan", "bo"),
    (0x1000, 0x109F, "Myanmar", "my"),
    (0x10A0, 0x10FF, "Georgian", "ka"),
    (0x1200, 0x139F, "Ethiopic", "am"),
    (0x1780, 0x17FF, "Khmer", "km"),
    (0x1C90, 0x1CBF, "Georgian", "ka"),
)
_SCRIPT_LANG = _SCRIPT_LANG_ALONE | {script: lang for _, _, script, lang in _SCRIPT_BLOCKS}
_BLOCK_STARTS = tuple(first for first, _, _, _ in _SCRIPT_BLOCKS)


# Compiled on first use: only a page of no declared language is voted on, and only one with
# non-Latin letters counts scripts (docs/metadata.md, "First call").
@functools.cache
def _block_runs_re() -> re.Pattern[str]:
    return re.compile(
        "[" + "".join(f"{chr(first)}-{chr(last)}" for first, last, _, _ in _SCRIPT_BLOCKS) + "]+"
    )


# Any letter of those scripts, by code point block: one pass of the stdlib `re` over a Latin page
# (10 us) tells that none of the per-script counts below (0.4 ms with `regex`) is needed.
@functools.cache
def _non_latin_re() -> re.Pattern[str]:
    return re.compile(
        "[\u0370-\u06ff\u0750-\u07bf\u0900-\u109f\u10a0-\u139f\u1780-\u17ff\u1c90-\u1cbf"
        "\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\ufb50-\ufdff"
        "\ufe70-\ufeff]+",
    )


@functools.cache
def _script_runs() -> tuple[tuple[str, regex.Pattern[str]], ...]:
    return tuple((name, regex.compile(pattern)) for name, pattern in _SCRIPT_PATTERNS.items())


# Fewer letters than this in the page's main script and no language is claimed by script alone.
_MIN_SCRIPT_LETTERS = 20
# A script other than Latin is the page's when its letters make up this share of the sample's
# characters (Cyrillic prose: about 0.8; a Latin page quoting a Russian name: under 0.01). Latin
# letters are not counted at all: a regex over every word of a Latin page cost 0.8 ms.
_MIN_SCRIPT_SHARE = 0.3
# Japanese writes particles and endings in kana (about half its letters); Chinese has none but
# a stray brand name: a Han page with this share of kana among its Han and kana is Japanese.
_MIN_KANA_SHARE = 0.15
_WORD = regex.compile(r"\w+")
# Detection reads this many characters of kept text: enough for a stable vote on every fixture.
_SAMPLE_CHARS = 5000
# Below this share of stop words no language is claimed (fixtures: menus-only pages score < 0.1).
_MIN_SHARE = 0.12


@functools.cache
def _ranked_stopwords(lang: str | None) -> tuple[str, ...]:
    """The stop list jusText ships for an ISO 639-1 code (English when unknown), ranked.

    Read from the package's file as `justext.get_stoplist` reads it, keeping the file's order,
    which that function's set drops (`frequent_stopwords` needs it).
    """
    return _read_stoplist(lang)


def _read_stoplist(lang: str | None) -> tuple[str, ...]:
    """Read jusText's stop list for `lang`, ranked; uncached (see `_ranked_stopwords`).

    The language vote reads every list of a script once; keeping 36 lists' tuples and sets
    beside the vote's index cost 7-9 MB of peak RSS (fixture pages: 86 -> 79 MB).
    """
    if (lang or "").lower() in _OWN_STOPLISTS:
        return _OWN_STOPLISTS[(lang or "").lower()]
    name = STOPLIST_NAMES.get((lang or "en").lower(), "English")
    if name not in _justext_lists():
        name = "English"
    data = pkgutil.get_data("justext", f"stoplists/{name}.txt") or b""
    # The whole file lowered at once, not word by word: the same words (each line is lowered
    # on its own either way), and the 41 Latin lists the vote reads on a page of no declared
    # language are read in 15 ms instead of 23 (fixtures' first text page).
    return tuple(dict.fromkeys(filter(None, data.decode("utf-8").lower().splitlines())))


@functools.cache
def _justext_lists() -> frozenset[str]:
    """The names of jusText's lists (`get_stoplists` lists its directory anew on every call)."""
    names: frozenset[str] = get_stoplists()
    return names


@functools.cache
def stopwords(lang: str | None) -> frozenset[str]:
    """Return jusText's stop words for an ISO 639-1 code (English when unknown)."""
    return frozenset(_ranked_stopwords(lang))


@functools.cache
def frequent_stopwords(lang: str | None, limit: int) -> frozenset[str]:
    """Return the `limit` most frequent of jusText's stop words (English's when `lang` is unknown).

    jusText's lists are ranked by frequency, and their sizes differ sixtyfold: English 453
    words, function words only; Latvian 3,324, Finnish 6,813, whose tails hold content words
    ("temperatūra", "kultūra", "ziņas"). A model learnt on one size reads another as a different
    feature; the first `limit` words of every list are alike in kind.
    """
    return frozenset(_ranked_stopwords(lang)[:limit])


# Stop lists that vote without the words they share with another language's list. jusText's
# Slovak list (3,347 words) holds English's "an", "am", "in", "of", "on", "to", "so": an English
# page of "S&P Global" menus out-voted English for Slovak (wcxb-dev 0285). The lists added for
# the Baltic, South Slavic and Vietnamese pages are as long (Lithuanian 4,537 words) and are
# given the same treatment before they ever meet an English page, and so are the lists added for
# Swahili, Tagalog and the others (Uzbek's 5,927 words hold "about", "all", "also", "been").
_VOTE_WITHOUT: dict[str, str] = {
    "sk": "en",
    **dict.fromkeys(("lt", "lv", "et", "hr", "sl", "vi"), "en"),
    **dict.fromkeys(("sw", "tl", "af", "is", "eu", "cy", "ga", "mt", "sq", "az", "uz"), "en"),
    # Yoruba's list (307 words) holds "the", "of", "and", "was" and the English month names.
    "yo": "en",
    # Kazakh's list (Wikipedia's words) holds Russian's "и", "в", "на", "не", "а" and Russian
    # first names ("Александр", "Иван"): it votes with its own words only, so a Russian page
    # quoting no Kazakh is never read as Kazakh.
    "kk": "ru",
    # Kyrgyz's list (3,882 words) holds Russian's function words and names as Kazakh's does.
    "ky": "ru",
    # The Tajik and Mongolian lists below are hand-written; voting without Russian's words keeps
    # a Russian page from ever gaining their votes from a homograph ("то", "он", "та", "бы").
    **dict.fromkeys(("tg", "mn", "tt", "ba"), "ru"),
    # Luxembourgish's list holds German's "an", "der", "den", "dem", "als", "bis"; Esperanto's and
    # Kurdish's hold English's "the", "of", "and", "in" (Wikipedia's words, English names).
    "lb": "de",
    **dict.fromkeys(("eo", "ku"), "en"),
    # Javanese borrows Indonesian's words ("bisa", "oleh", "lagi"), Haitian Creole French's ("la",
    # "tout", "se"): their own lists vote without their neighbour's, so an Indonesian or French
    # page never gains a Javanese or Haitian vote from a shared word.
    "jv": "id",
    "ht": "fr",
    "ps": "fa",
    # Igbo's list below holds no word of the Latin lists' heads; voting without English's keeps
    # an English page quoting an Igbo name from gaining a vote (Nigerian English news).
    "ig": "en",
    # Breton's, Occitan's and West Frisian's lists (Wikipedia's words) hold English's "an", "he",
    # "of", "in"; Māori's "he", "me", "to"-like short words are English's too ("he", "me", "a"):
    # none of them may give an English page a vote. Cebuano's and isiXhosa's likewise.
    **dict.fromkeys(("br", "oc", "fy", "ceb", "xh", "mi"), "en"),
}
# Stop lists for languages jusText has none for, written here: the language's most frequent
# function words (conjunctions, prepositions, pronouns, the aspect and tense markers), ranked.
# Hausa: a Hausa news scrape read as Uzbek, whose 5,927-word list holds "da", "ta", "bir" and
# many short Latin words, so Uzbek rules ran and no Hausa byline or date was read (golden
# ha-labarai-takin-zamani-kano-text). Words that are common function words of a language with
# rules ("na", "ne", "an", "su", "ma", "ga", "ko", "ba") are left out: a Slavic, Portuguese or
# Italian page must never gain a Hausa vote from its own articles.
_OWN_STOPLISTS: dict[str, tuple[str, ...]] = {
    "ha": (
        *("da", "ya", "ta", "wa", "sun", "kuma", "cikin", "daga", "zuwa", "domin"),
        *("amma", "sai", "wannan", "wanda", "wadanda", "wani", "wata", "wasu", "yadda", "bayan"),
        *("inda", "tun", "kafin", "saboda", "har", "shi", "ita", "mun", "za", "zai"),
        *("kamar", "ake", "yake", "take", "suka", "yana", "tana", "suna", "ana", "akwai"),
        *("babu", "cewa", "tare", "duk", "dukkan", "haka", "nan", "wajen", "aka", "yi"),
        *("ke", "mai", "masu", "kan", "ce", "shine", "sosai", "kowa", "kuwa", "fiye"),
        *("kasa", "jihar", "gwamnatin", "shekara", "lokacin", "musamman", "game", "yayin", "wacce"),
    ),
    # Tajik (Cyrillic Persian): conjunctions, prepositions and postpositions, pronouns, the copula
    # and the light verbs' forms; a word of Russian's list votes not (`_VOTE_WITHOUT`).
    "tg": (
        *("ва", "дар", "ба", "аз", "бо", "ки", "барои", "ин", "мебошад", "аст"),
        *("буд", "шуд", "шудааст", "мекунад", "мекунанд", "карда", "намуда", "низ", "ҳам", "ҳар"),
        *("баъд", "пеш", "агар", "вале", "аммо", "бояд", "дорад", "мешавад", "мешаванд", "худ"),
        *("онҳо", "шумо", "вай", "ӯ", "чӣ", "зеро", "ҳамчун", "тавассути", "доир", "оид"),
        *("мувофиқи", "байни", "дигар", "ҳамаи", "бисёр", "соли", "рӯзи", "ҷумҳурии", "инчунин"),
        *("ҳамин", "ҳамон", "намебошад", "гуфт", "мегӯяд", "кард", "кунад", "шаҳри", "мо", "чунин"),
    ),
    # Mongolian (Cyrillic): conjunctions, the topic particle, copulas, postpositions, pronouns,
    # and, as an agglutinative language writes fewer free function words (a job posting's lists:
    # 8% of its words in the first 60), the case-marked postpositions and the commonest nouns and
    # verb forms, as jusText's Wikipedia lists hold them for Kazakh and Kyrgyz.
    "mn": (
        *("ба", "болон", "нь", "юм", "байна", "байгаа", "байсан", "энэ", "тэр", "гэж"),
        *("гэсэн", "буюу", "эсвэл", "мөн", "бол", "болно", "бөгөөд", "харин", "гэвч", "гэхдээ"),
        *("учир", "тул", "дээр", "доор", "дотор", "хооронд", "тухай", "хүртэл", "хойш", "өмнө"),
        *("дараа", "бүр", "бүх", "олон", "нэг", "жил", "оны", "сарын", "улсын", "бид"),
        *("тэд", "түүний", "үед", "талаар", "зэрэг", "их", "ч", "л", "биш", "хамт"),
        *("хийх", "байдаг", "байх", "болсон", "гаргах", "өөр", "өөрийн", "шинэ", "цаг", "дагуу"),
        *("хувьд", "хүрээнд", "чиглэлээр", "хугацаанд", "зорилгоор", "эдгээр", "бусад", "хамгийн"),
        *("маш", "бас", "одоо", "ямар", "хэрхэн", "юу", "хэн", "ийм", "тийм", "өдөр", "хувь"),
        *("сая", "төгрөг", "хүн", "хүмүүс", "байгууллага", "байгууллагын", "үйл", "ажиллагаа"),
        *("мэдээлэл", "гэв", "гэжээ", "байлаа", "байжээ", "болох", "болж", "хийж", "авах", "өгөх"),
        *("хэрэгтэй", "шаардлагатай", "боломжтой", "үндэсний", "засгийн", "газрын", "ажил"),
        *("ажлын", "түүнээс", "дээш", "доош", "ихэвчлэн", "монгол", "хот", "аймаг", "сум", "хууль"),
        "төр",
    ),
    # Pashto: the genitive "د", prepositions and postpositions, the copulas and auxiliaries, the
    # pronouns, and the commonest verb forms of news ("وویل", "شوي"); most are written with
    # Pashto's own letters (ې ۍ ړ ټ ډ څ ځ ښ ږ), which Persian, Urdu and Arabic lack.
    "ps": (
        *("د", "په", "او", "چې", "له", "کې", "ته", "سره", "یې", "دي"),
        *("ده", "وو", "وه", "شوی", "شوې", "شوي", "کړل", "کړي", "وویل", "لپاره"),
        *("څخه", "باندې", "پورې", "ډېر", "ټول", "ټولو", "هغه", "دغه", "دې", "خو"),
        *("نو", "بیا", "اوس", "کال", "کېږي", "کوي", "وايي", "ورکړل", "تر", "ځینې"),
    ),
    # Uyghur: conjunctions, postpositions, pronouns, the copulas and auxiliaries and the commonest
    # verb forms of news ("دېدى", "بولدى"), written with the vowels Uyghur spells out (ې ۈ ۇ ۆ ى
    # and the hamza seat ئ), which Arabic, Persian, Urdu and Pashto words never take together.
    "ug": (
        *("ۋە", "بىلەن", "ئۈچۈن", "بۇ", "ئۇ", "ئۇلار", "بىز", "سىز", "مەن", "ئەمما"),
        *("يەنە", "ھەم", "شۇڭا", "بىر", "دەپ", "دېدى", "بولدى", "بولۇپ", "بولغان", "قىلىپ"),
        *("قىلدى", "كېيىن", "ئىچىدە", "ھەر", "بارلىق", "كۆپ", "يىلى", "ئارقىلىق", "ھەققىدە"),
        *("تېخىمۇ", "ئەڭ", "مۇمكىن", "ئىكەن", "ئىدى", "بولىدۇ", "قىلىدۇ", "ئۇنىڭ", "بۇيىل"),
        *("شۇ", "مۇنداق", "ئارتۇق", "يېڭى", "نۆۋەتتە", "ھازىر", "بويىچە", "توغرىسىدا"),
    ),
    # Javanese (ngoko and krama): conjunctions, prepositions, demonstratives, aspect words and
    # pronouns. Left out as function words of a language with rules or a longer list: "ora"
    # (Italian), "iki" and "kaya" (Turkish), "aku" (Finnish), "ana" (Turkish, Swahili, Hausa).
    "jv": (
        *("lan", "ing", "sing", "saka", "karo", "kuwi", "kang", "marang", "uga", "wis"),
        *("bakal", "dadi", "nalika", "amarga", "yen", "kanthi", "menyang", "nganti", "sawise"),
        *("supaya", "banjur", "nanging", "kabeh", "akeh", "dheweke", "sampeyan", "kowe", "isih"),
        *("arep", "kudu", "saben", "wong", "kanggo", "sawijining", "uwis", "ngono", "mung"),
        *("durung", "luwih", "utawa", "iku", "piye", "ngendi", "sapa", "wae", "ugi", "boten"),
        *("saged", "ingkang", "tetep", "taun", "dina"),
    ),
    # Malagasy: the article "ny" (most of the votes, and what Swedish, Danish and Norwegian took
    # it for), conjunctions, demonstratives, the past "tamin'ny" and pronouns. Left out as
    # function words of a language with rules: "no", "an", "any", "fa", "ho", "dia", "ao".
    "mg": (
        *("ny", "sy", "ary", "amin", "tamin", "izay", "ity", "ireo", "tsy", "hoy"),
        *("kosa", "ihany", "koa", "nandritra", "satria", "mba", "noho", "teo", "izany", "azy"),
        *("isan", "taona", "mbola", "efa", "tany", "ireny", "indray", "avy", "rehetra", "nefa"),
        *("anefa", "hoe", "izy", "izao", "ireto", "hatramin", "manoloana", "momba", "eny", "aho"),
        *("isika", "ianao", "izahay", "ankehitriny", "nanao", "manana", "misy", "tsara"),
    ),
    # Haitian Creole: prepositions, determiners, pronouns, the aspect markers "ap", "pral" and
    # conjunctions. Left out as common function words of languages with rules: "se", "la", "an",
    # "sa", "ou", "te", "men", "di", "ni", "li", "ki", "ke" (French's vote anyway not: above).
    "ht": (
        *("nan", "ak", "pou", "yo", "yon", "nou", "mwen", "ap", "pral", "gen"),
        *("fè", "kote", "paske", "lè", "sou", "anpil", "kounye", "tankou", "epi", "oswa"),
        *("apre", "anvan", "konsa", "chak", "lòt", "moun", "kòm", "toujou", "kapab", "dwe"),
        *("genyen", "ankò", "sèlman", "pandan", "depi", "avèk", "pi", "tou", "fòk", "plis"),
        *("jou", "ane", "lavil", "peyi", "nenpòt", "sitou", "poutèt", "ladan"),
    ),
    # Igbo: the genitive "nke", the plural "ndị", the copulas "bụ" and "dị", conjunctions,
    # pronouns and prepositions (written with the dotted vowels ị ọ ụ, which no other Latin list
    # writes), and the words of news ("kwuru": said). Left out as words in the first 300 of a
    # Latin list: "na", "ka", "ma", "ya", "ha", "maka", "mana", "kwa", "kama", "ga", "so", "ime";
    # the "n'" of "n'ime" is split off by the tokenizer, so the word after it is listed.
    "ig": (
        *("nke", "ndị", "bụ", "dị", "mgbe", "ebe", "kwuru", "otu", "ihe", "ahụ"),
        *("anyị", "gị", "nwere", "karịa", "site", "ruo", "tupu", "ọzọ", "niile", "nile"),
        *("ugbu", "afọ", "ụbọchị", "onye", "obodo", "dịka", "ndi", "kwuo", "gara", "agaghị"),
        *("enweghị", "ike", "ụfọdụ", "ọtụtụ", "gịnị", "onwe", "kwesịrị", "eme", "bụrụ", "nọ"),
        *("soro", "gbasara", "banyere", "ihi", "etiti", "elu", "okpuru", "oge", "ugbua", "taa"),
        *("ụnyaahụ", "echi", "ọnwa", "steeti", "gọọmentị", "mmadụ", "nakwa", "bụghị", "ọbụna"),
        "ọkachasị",
    ),
    # Cebuano (jusText's list has 10 words, two of them Wikipedia's "departamento" and
    # "Pransiya."): the case markers and the linker it shares with Tagalog ("ang", "sa", "mga",
    # "si", "ni", "nga"), then its own conjunctions, pronouns, demonstratives and particles ("ug",
    # "kay", "dili", "kini", "niini", "usab", "kaayo", "gyud", "karon"), which Tagalog's list
    # lacks ("at", "ito", "hindi", "din" are Tagalog's): a Cebuano blog read as Tagalog (round O
    # golden ceb-blog-biyahe-camotes-komento-text), so a Cebuano page gains on the words the two
    # share and wins on its own.
    "ceb": (
        *("ang", "sa", "mga", "ug", "nga", "si", "ni", "kay", "kini", "kana"),
        *("niini", "niana", "kadto", "didto", "dinhi", "diri", "dili", "wala", "naa", "aduna"),
        *("adunay", "usab", "pud", "pod", "lang", "ra", "gyud", "jud", "kaayo", "unsa"),
        *("unsay", "asa", "ngano", "giunsa", "karon", "ugma", "gahapon", "human", "sukad"),
        *("hangtod", "tungod", "apan", "kung", "kon", "samtang", "diha", "ngadto", "gikan"),
        *("alang", "uban"),
        *("tanan", "daghan", "gamay", "mao", "niadtong", "unya", "dayon", "ako", "akong", "nako"),
        *("ikaw", "imong", "nimo", "siya", "iyang", "niya", "kami", "namo", "among", "kita"),
        *("nato", "atong", "sila", "ilang", "nila", "mo", "mi", "og", "ingon", "sama"),
        *("mahimo", "usa", "duha", "tulo", "adlaw", "tuig", "bisan", "busa", "ayaw", "pipila"),
    ),
    # isiXhosa: conjunctions, the demonstratives of its noun classes, adverbs, the commonest
    # quantifiers and pronouns (a Bantu language glues prepositions and subject markers to the
    # word after them, so fewer free words vote than in English; a shop page's text had 19% of
    # its words in this list). Left out as words of the Latin lists' heads: "na", "le", "lo",
    # "xa", "eli" (Finnish), "oku" (Turkish), "ke".
    "xh": (
        *("ukuba", "kwaye", "kodwa", "okanye", "ngoko", "nje", "kakhulu", "apho", "ukuze", "kuba"),
        *("ngokuba", "ngenxa", "kunye", "kwakhona", "sele", "ngoku", "namhlanje", "emva", "phambi"),
        *("phakathi", "phezu", "ngaphezulu", "ngaphantsi", "ngaphandle", "esi", "olu", "obu"),
        "aba",
        *("ezi", "ezo", "loo", "nganye", "onke", "yonke", "zonke", "bonke", "lonke", "konke"),
        *("uninzi", "abanye", "ezinye", "enye", "akukho", "ayikho", "mna", "wena", "yena", "thina"),
        *("nina", "bona", "wam", "wakho", "wethu", "yam", "yakho", "yethu", "lwethu", "bethu"),
        *("yintoni", "njani", "nini", "ngubani", "ewe", "hayi", "ukuya", "ukusuka", "kwi", "kwaba"),
        *("abantu", "umntu", "into", "izinto", "ngokukhawuleza", "kananjalo", "ngokunjalo"),
        *("ngomso", "izolo", "apha", "khona", "ngaba", "noko", "ukuthi", "ngokwe", "njengoko"),
    ),
    # Scottish Gaelic: the verb "to be" ("tha", "bha", "bidh"), the prepositions and their
    # pronoun forms ("agam", "dhut", "riutha", "bhon"), hyphened adverbs ("a-nis", "a-steach")
    # and the commonest words of notices. Left out as words of the Latin lists (Irish's above all:
    # "agus", "na", "seo", "nach", "cha", "mar", "sinn", "iad"): none of these is in another. A
    # Gaelic agency page as `pandoc -t plain` was voted Finnish, so Finnish rules ran (round AA
    # golden gd-seirbheis-pandoc-plain-tabhartas-teasachaidh-text).
    "gd": (
        *("tha", "bha", "bidh", "bhiodh", "bhith", "chaidh", "thàinig", "airson", "gu", "bho"),
        *("bhon", "anns", "chan", "aig", "dhan", "gus", "ged", "mur", "cuideachd", "fhèin"),
        *("uile", "thu", "agam", "agad", "aice", "aca", "orm", "oirre", "oirnn", "oirbh", "orra"),
        *("dhomh", "dhut", "dhi", "dhuinn", "dhaibh", "rium", "riut", "ris", "rithe", "ruinn"),
        *("ribh", "riutha", "fhaighinn", "dèanamh", "a-nis", "a-steach", "a-mach", "an-diugh"),
        *("an-seo", "cuideachadh", "fhathast", "barrachd", "tòrr", "sgìre", "gum", "gun"),
        *("bheil", "robh", "ràdh", "thuirt", "rinn", "gheibh", "gabh", "faodaidh", "feumaidh"),
        *("an-uiridh", "a-rithist"),
    ),
    # Kinyarwanda: conjunctions ("kandi", "cyangwa", "ariko", "kuko"), the possessives and
    # demonstratives of its noun classes, adverbs and the commonest nouns of news and shops.
    # Left out as words of the Latin lists (Swahili's and isiXhosa's above all): "na", "ni",
    # "ya", "mu", "ku", "kuri", "muri", "aho", "aba", "abantu", "iyi". A Kinyarwanda shop page
    # copied as text got no language (round AA golden rw-icyiciro-gukoporora-ibikoresho-byo-mu-
    # gikoni-text).
    "rw": (
        *("kandi", "cyangwa", "kugira", "ngo", "ariko", "nta", "cyane", "buri", "bose", "byose"),
        *("uyu", "abo", "ubu", "ndetse", "hamwe", "mbere", "nyuma", "kubera", "ibyo", "uburyo"),
        *("naho", "iyo", "kuko", "bityo", "rero", "kugeza", "kimwe", "twe", "mwe", "nawe"),
        *("igihe", "ahantu", "umuntu", "ubwo", "bwa", "rya", "cya", "ryo", "byo", "yabo", "bacu"),
        *("byacu", "wacu", "yacu", "mugihe", "cyo", "izi", "aya", "ayo"),
    ),
    # Māori: the articles "te" and "ngā", the particles and prepositions ("ki", "ka", "kua",
    # "kei", "nō", "mō"), demonstratives, pronouns and the directionals ("mai", "atu", "ake"),
    # written with macrons no other Latin list writes: a Māori page scraped as text got no
    # language (round P golden mi-rarangi-turanga-mahi-drupal-html, as text).
    "mi": (
        *("te", "ngā", "nga", "ki", "ka", "kua", "kei", "nō", "nā", "mō"),
        *("mā", "tēnei", "tērā", "tēnā", "ēnei", "ērā", "hei", "ai", "rā", "nei"),
        *("anō", "hoki", "ōna", "tōna", "tōku", "ōku", "tō", "engari", "mēnā", "ina"),
        *("kia", "kāore", "kaore", "kore", "mai", "atu", "ake", "iho", "rātou", "mātou"),
        *("tātou", "koutou", "rāua", "māua", "ia", "ahau", "koe", "ko", "katoa", "tino"),
        *("whai", "runga", "raro", "roto", "muri", "waenganui", "haere", "tangata", "iwi"),
        "whānau",
        *("anake", "tonu", "pea", "ināianei", "āpōpō", "inanahi", "hāora", "wiki", "tau"),
    ),
    # Tatar (Cyrillic with ә, ө, ү, җ, ң, һ): conjunctions, postpositions, pronouns, particles,
    # auxiliaries and the commonest words of notices and news. Left out as words of the Russian,
    # Ukrainian, Bulgarian or Serbian list: "без", "син", "иде", "була", "да", "та". Kept though
    # Kazakh's or Kyrgyz's list holds them too (the Kipchak languages share them): "бу", "бар",
    # "ел", "кем", "соң", "алар", "анда", "мин", "яки", "түгел", "арасында", "алып"; without them
    # the round O events listing's share of stop words, 30 of 261 words, stayed under `_MIN_SHARE`.
    "tt": (
        *("бу", "бар", "ел", "кем", "соң", "алар", "анда", "мин", "яки", "түгел"),
        *("арасында", "алып"),
        *("һәм", "белән", "өчен", "ул", "аның", "булып", "булган", "инде", "тагын", "генә"),
        *("ләкин", "әмма", "кебек", "буенча", "турында", "кадәр", "аша", "елның", "елда", "яңа"),
        *("һәр", "барлык", "бик", "хәзер", "шулай", "монда", "ничек", "нәрсә", "юк", "итеп"),
        *("итә", "килә", "тора", "шул", "шундый", "үз", "үзе", "аларның", "безнең", "сезнең"),
        *("сез", "әле", "дип", "ягыннан", "өстендә", "эчендә", "алдыннан", "шәһәр", "гына", "дә"),
        *("тә", "бер", "ике", "өч", "булачак", "иткән", "әйтте", "дигән", "ясый", "бирә"),
        *("бирелә", "узачак", "узды", "көн", "көнне", "вакытта", "вакыт", "буларак", "менә"),
        *("бары", "күп", "тиеш", "мөмкин", "кирәк", "чөнки", "әгәр", "шуңа", "күрә", "сәгать"),
    ),
    # Bashkir (Cyrillic with ә, ө, ү, ҡ, ғ, ҙ, ҫ, һ, ң): its own spellings of the Kipchak function
    # words, most with a letter Tatar lacks ("менән", not "белән"; "өсөн", not "өчен"; "ҙа",
    # "ҡала"), so a Tatar page gains no Bashkir vote from its own words. Left out as Tatar's (its
    # list above) or Russian's: "һәм", "бер", "бар", "мин", "ул", "ә", "да", "ла".
    "ba": (
        *("менән", "был", "өсөн", "тип", "ҙа", "ҙә", "кеүек", "буйынса", "тураһында", "тиклем"),
        *("һуң", "ошо", "беҙ", "һеҙ", "беҙҙең", "һеҙҙең", "уларҙың", "үҙ", "үҙе", "үҙем"),
        *("булды", "булған", "булһа", "буласаҡ", "итергә", "эшләргә", "әйтте", "тигән", "ҙур"),
        *("хәҙер", "бөгөн", "бында", "шунда", "нисек", "нимә", "юҡ", "ғына", "ҡына", "кенә"),
        *("тағы", "йәки", "әммә", "сөнки", "шуға", "ваҡыт", "ваҡытта", "йыл", "йылда", "бөтә"),
        *("бөтөн", "аҙ", "яңы", "тейеш", "кәрәк", "мөмкинлеге", "ҡала", "ҡайҙа", "рәхмәт", "эйе"),
        *("уның", "уларҙы", "быйыл", "шулай", "бәлки", "һеҙгә", "беҙгә"),
    ),
}


# Afrikaans is Dutch's daughter: the English words its list holds that Dutch's list holds too
# ("in", "is", "was") are its own function words, and without them an Afrikaans statistics
# release read as Dutch, 80 stop-word hits to 68 (golden
# af-statistiek-vrystelling-werkloosheid-text).
_VOTE_KEEPING: dict[str, str] = {"af": "nl"}


def _not_voting(code: str) -> frozenset[str]:
    """The stop words `code` votes without.

    Another language's list (`_VOTE_WITHOUT`), less the words `code` shares with its parent
    language (`_VOTE_KEEPING`: Afrikaans keeps Dutch's "in", "is", "was").
    """
    if code not in _VOTE_WITHOUT:
        return frozenset()
    shared = (
        frozenset(_read_stoplist(_VOTE_KEEPING[code])) if code in _VOTE_KEEPING else frozenset()
    )
    return stopwords(_VOTE_WITHOUT[code]) - shared


@functools.cache
def _stop_index(script: str) -> tuple[tuple[str, ...], dict[str, tuple[int, ...]]]:
    """The script's voting language codes, and each stop word's positions among their lists.

    One lookup per distinct word of the page instead of one set intersection per list: with 25
    Latin lists the intersections cost 3 ms a page (2 ms with 19). Built list by list, and the
    position tuples shared (most words are in one list or two): the 41 Latin lists' 56,000
    words held as sets beside the index cost 20 MB of peak RSS, the index alone with a tuple
    per word and a set of all words 13 MB.
    """
    codes = tuple(_SCRIPT_LANGS[script])
    index: dict[str, tuple[int, ...]] = {}
    shared: dict[tuple[int, ...], tuple[int, ...]] = {}
    for i, code in enumerate(codes):
        without = _not_voting(code)
        # Most words are in one list: they share the list's one-position tuple, and only a
        # word met again builds a tuple (the 41 Latin lists: 17 -> 13 ms, the first page of a
        # process with no declared language pays it).
        alone = (i,)
        for word in dict.fromkeys(_read_stoplist(code)):  # a word twice would vote twice
            if word in without:
                continue
            held = index.get(word)
            if held is None:
                index[word] = alone
            else:
                ids = (*held, i)
                index[word] = shared.setdefault(ids, ids)
    return codes, index


def script_letters(text: str) -> Counter[str]:
    """Count the letters of `text` in each script but Latin ("Han" includes the "Kana").

    Nothing is counted (an empty Counter) when too few of them are in the text to make it theirs.
    """
    if text.isascii() or sum(map(len, _non_latin_re().findall(text))) < _MIN_SCRIPT_SHARE * len(
        text
    ):
        return Counter()
    counts = Counter({name: sum(map(len, run.findall(text))) for name, run in _script_runs()})
    counts["Han"] += counts["Kana"]
    # The one-language scripts by block: one stdlib scan finds none on most pages; on the others
    # each run (a word, in these scripts) is put in its block by its first letter.
    for run in _block_runs_re().findall(text):
        counts[_SCRIPT_BLOCKS[bisect.bisect_right(_BLOCK_STARTS, ord(run[0])) - 1][2]] += len(run)
    return counts


# Tibetan script writes Tibetan and Dzongkha, whose grammatical syllables differ: Dzongkha's
# copula "ཨིན", plural "ཚུ", dative "ལུ", "འབད" (do) and "ཡོདཔ"; Tibetan's "ཡིན", "རེད", "ཚོ",
# "བྱས", "བྱེད". More of Dzongkha's, and at least `_DZONGKHA_MARKS`, name Dzongkha (round AC golden
# dz-lasrim-inscriptis-typo3-thimphu-thromde-text read as Tibetan, so no Dzongkha rules ran).
_DZONGKHA_SYLLABLES = frozenset({"ཨིན", "ཚུ", "ལུ", "འབད", "ཡོདཔ", "འོང", "དགོ", "མས"})
_TIBETAN_SYLLABLES = frozenset({"ཡིན", "རེད", "ཚོ", "བྱས", "བྱེད", "སོང", "གིས་བྱས"})
_DZONGKHA_MARKS = 3
_TSHEG_SPLIT = regex.compile(r"[\s\u0f0b\u0f0d\u0f0e\u0f14]+")


def _tibetan_or_dzongkha(sample: str) -> str:
    """Name the language of a Tibetan-script sample: Dzongkha where its syllables win, else bo."""
    syllables = Counter(_TSHEG_SPLIT.split(sample))
    dz = sum(syllables[s] for s in _DZONGKHA_SYLLABLES)
    bo = sum(syllables[s] for s in _TIBETAN_SYLLABLES)
    return "dz" if dz >= _DZONGKHA_MARKS and dz > bo else "bo"


def _by_script(script: str, letters: int, kana: int, sample: str) -> str | None:
    """The language a script of no stop-list vote names: Han by its kana, Tibetan by syllables."""
    if letters < _MIN_SCRIPT_LETTERS:
        return None
    if script == "Han":
        return "ja" if kana >= _MIN_KANA_SHARE * letters else "zh"
    if script == "Tibetan":
        return _tibetan_or_dzongkha(sample)
    return _SCRIPT_LANG[script]


def guess_language(text: str) -> str | None:
    """Return the ISO 639-1 code of `text`'s language, or None if unsure.

    The script decides first: Chinese, Japanese, Korean, Greek, Hebrew, Thai and the languages of
    `_SCRIPT_BLOCKS` (Tamil, Bengali, Georgian, ...) are told by their letters alone; for Latin,
    Cyrillic, Arabic and Devanagari text the language whose stop words cover most of the text
    wins, among those written in that script.
    """
    sample = text[:_SAMPLE_CHARS]
    counts = script_letters(sample)
    kana = counts.pop("Kana", 0)
    script, letters = counts.most_common(1)[0] if counts else ("Latin", 0)
    if letters < _MIN_SCRIPT_SHARE * len(sample):
        script = "Latin"
    elif script not in _SCRIPT_LANGS:
        return _by_script(script, letters, kana, sample)
    # One-letter Latin words do not vote: Finnish's, Czech's and Slovak's lists hold single
    # letters ("s", "p", "t"), so "S&P", "AT&T" and "it's" voted against English (16 English shop
    # and docs pages of wcxb-dev read as Finnish, which then had Finnish rules). In other
    # scripts they keep their vote: Cyrillic's are real prepositions and conjunctions ("в", "с",
    # "и"), and no "S&P" is written in them.
    shortest = 2 if script == "Latin" else 1
    words = [w.lower() for w in _WORD.findall(sample) if len(w) >= shortest]
    if len(words) < 10:
        return None
    # Each distinct word is looked up once in the script's index of stop words (see
    # `_stop_index`): the same counts as testing every word against every list.
    counts = Counter(words)
    codes, index = _stop_index(script)
    hits = [0] * len(codes)
    # The page's words found in C, as the set intersection did (a loop over all was slower).
    for word in filter(index.__contains__, counts):
        n = counts[word]
        for i in index[word]:
            hits[i] += n
    best, best_share = None, 0.0
    for code, hit in zip(codes, hits, strict=True):
        share = hit / len(words)
        if share > best_share:
            best, best_share = code, share
    return best if best_share >= _MIN_SHARE else None


def detect_language(doc: Document) -> Document:
    """Set `lang` when neither the caller nor the page gave one, by stop-word overlap.

    Reads: lang, blocks. Writes: lang.
    """
    if doc.lang:
        return doc
    text = " ".join(b.text for b in doc.blocks if b.kept and len(b.text) > 40)
    if not text:
        text = doc.decoded
    return doc.evolve(lang=guess_language(text))
