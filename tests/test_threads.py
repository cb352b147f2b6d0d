"""`cleaner.clean` called from threads gives the Articles it gives called one page at a time.

A user's `ThreadPoolExecutor` reaches every lazy first use at once (rules loaded per language,
models compiled, `TreeEnsemble.walk_first`'s counter, the `functools.cache` look-ups): the pages
are cleaned in 16 threads in a fresh process, before anything is loaded, then again one by one.
"""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import FIXTURES, ROOT

_SCRIPT = """
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import cleaner

pages = [Path(p).read_bytes() for p in sys.argv[1:]]
with ThreadPoolExecutor(16) as pool:
    threaded = list(pool.map(cleaner.clean, pages))
alone = [cleaner.clean(page) for page in pages]
differ = [p for p, a, b in zip(sys.argv[1:], threaded, alone) if a != b]
print(len(pages), "pages;", "differ:", differ)
sys.exit(1 if differ else 0)
"""


# Golden pages of many languages, HTML and text, named: a sample drawn from the folder would
# run the program on hold-out cases committed later before they are pinned (fixtures/README.md).
_PAGES = (
    "af-statistiek-vrystelling-werkloosheid-text.txt",
    "da-blog-engelsk-tema-text.txt",
    "de-rezept-kaesespaetzle.txt",
    "en-docs-retry-policy-text.txt",
    "en-paywall-lead-only-subscriber-html.html",
    "es-breve-local-pie-foto-largo-text.txt",
    "es-resena-movil.html",
    "fr-entretien-questions-reponses-boulangere-text.txt",
    "hi-patrika-ank-angrezi-dhancha-text.txt",
    "it-comunicato-stampa-text.txt",
    "ja-reshipi-nikujaga-html.html",
    "lv-laika-prognoze-text.txt",
    "no-oppskrift-fiskesuppe-html.html",
    "pt-portal-noticia-leia-tambem-onibus-html.html",
    "sq-lajme-tregu-fermereve-text.txt",
    "ur-khabar-barish-karachi-html.html",
)


def test_clean_in_threads_gives_the_articles_of_one_page_at_a_time():
    """Each page three times (48 in all), in 16 threads of a fresh process."""
    pages = [FIXTURES / "pages" / name for name in _PAGES] * 3
    run = subprocess.run(
        [sys.executable, "-c", _SCRIPT, *map(str, pages)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr[-2000:]
    assert "differ: []" in run.stdout
