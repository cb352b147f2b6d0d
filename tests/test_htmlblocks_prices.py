"""Tests of the price patterns `cleaner.htmlblocks` shares with the shop rules of the stages."""

from __future__ import annotations

import time

import lxml.html
import pytest

from cleaner import htmlblocks


@pytest.mark.parametrize(
    ("text", "amount", "line"),
    [
        ("$19.95", True, True),
        ("EUR 163.12", True, True),
        ("19,99€", True, True),
        ("229,00 eur", True, True),
        ("119,92 € 149,90 €", True, True),  # the price and the struck-out old one
        ("7,480円（税込）", True, True),  # a short tax note after it
        ("€ 19,90 (inkl. MwSt.)", True, True),
        ("2.199,90 TL 1.649,90 TL", True, True),
        ("Rs. 499", True, True),
        # the Rwandan franc, the kip, the shilling (round AA golden rw-icyiciro-*)
        ("18,700 Frw 22,000 Frw", True, True),
        ("₭650,000", True, True),
        ("KSh 1,250", True, True),
        ("Frwiki 12", False, False),
        # the Malawian kwacha and OpenCart's ex-tax price under its label (round AD golden
        # ny-gulu-opencart-zitenje-html)
        ("MK18,500.00", True, True),
        ("MK18,500.00 Popanda Msonkho: MK15,948.28", True, True),
        ("MK21,000.00 MK24,000.00 Popanda Msonkho: MK18,103.45", True, True),
        ("$122.00 Ex Tax: $100.00", True, True),
        ("$122.00 Ex Tax: call us", True, False),
        ("Golf Mk 7", False, False),  # a car's mark, not the kwacha
        ("1 990 Ft", True, False),  # the forint: "990 Ft" is a price, "1 " before it is not
        ("Now only $24.99 with free delivery", True, False),  # a price in a sentence
        ("6 ft", False, False),  # a length, not the forint
        ("10 kroner", False, False),
        ("Chapter 12", False, False),
    ],
)
def test_htmlblocks_price_amount_and_price_line(text, amount, line):
    """`PRICE` finds a price in a short block; `PRICE_LINE` is a block that is only a price."""
    assert bool(htmlblocks.PRICE.search(text)) is amount
    assert bool(htmlblocks.PRICE_LINE.fullmatch(text)) is line


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("1" * 100_000, None),  # 40,000 digits took 4.8 s: every digit ran to the number's end
        ("1," * 50_000 + "5 €", (0, 100_003)),  # found from the number's first digit
        ("Total: 1.234,50 € and 12 kr", (7, 17)),
        (",5 €", (1, 4)),
    ],
)
def test_htmlblocks_price_search_starts_at_a_numbers_first_digit(text, span):
    """A search tries a number once, from its first digit: linear in a long run of digits."""
    started = time.process_time()
    found = htmlblocks.PRICE.search(text)
    assert (found.span() if found else None) == span
    assert time.process_time() - started < 1.0


def test_segment_reads_the_figures_of_a_price_box_without_its_hidden_labels():
    """A price box's visually hidden labels are no page text; its figures and the rest stay.

    The markup is Dawn's with its line breaks (wcxb-dev 0583), which keep the figures apart.

    Shopify Dawn prints "Regular price", "Sale price", "Unit price" and "per" in the shop's
    language (here German, for which no phrase rule names them) as `span.visually-hidden`
    inside `div.price`; WooCommerce reads its prices again in `span.screen-reader-text`.
    """
    page = (
        "<html><body><div class='product'><h1>Kräutertee</h1>"
        "<div class='price price--on-sale'><div class='price__container'>"
        "<div class='price__sale'>"
        "<span class='visually-hidden visually-hidden--inline'>Normaler Preis</span>\n"
        "<span><s class='price-item price-item--regular'>12,90 €</s></span>\n"
        "<span class='visually-hidden visually-hidden--inline'>Verkaufspreis</span>\n"
        "<span class='price-item price-item--sale'>9,90 €</span></div>"
        "<small class='unit-price caption'>"
        "<span class='visually-hidden'>Grundpreis</span>\n"
        "<span class='price-item'>99,00 €</span>\n<span aria-hidden='true'>/</span>\n"
        "<span class='visually-hidden'>&nbsp;pro&nbsp;</span>\n<span>kg</span></small>"
        "</div></div>"
        "<p><span class='price'><del aria-hidden='true'>249€</del> <ins>149€</ins>"
        "<span class='screen-reader-text'>Original price was: 249€.</span></span></p>"
        "<p>Thymian und Minze, von Hand gepflückt.<span class='sr-only'>Fußnote</span></p>"
        "</div></body></html>"
    )
    text = " ".join(b.text for b in htmlblocks.segment(lxml.html.document_fromstring(page)))
    assert "12,90 € 9,90 €" in text
    assert "99,00 € kg" in text
    assert "149€" in text
    for label in ("Normaler Preis", "Verkaufspreis", "Grundpreis", "pro", "Original price"):
        assert label not in text
    assert "Thymian und Minze, von Hand gepflückt." in text


def test_segment_leaves_out_short_screen_reader_labels_but_not_table_icons_or_long_text():
    """A short visually hidden label is no page text; a table cell's, a link's name, a long one stay.

    A skip link, a button's or a tile's name for screen readers alone ("Zu den Favoriten",
    "Bewertet mit 4 von 5 Sternen") goes in any language; in a comparison table the hidden
    "Ja" / "Nein" stand for the check marks the eye sees (wcxb-dev 4869), an icon link's only
    name is left to the rules that read links, and a hidden text of more than 20 words is a
    tooltip's: those stay.
    """
    tooltip = " ".join(["Alle Therapeutinnen haben eine anerkannte Ausbildung"] * 4)
    page = (
        "<html><body><a class='sr-only' href='#main'>Zum Inhalt springen</a>"
        "<main id='main'><h1>Kräutertees</h1>"
        "<div class='tile'><h3>Pfefferminztee aus dem Schwarzwald</h3>"
        "<p>Frisch geerntet und luftgetrocknet.<span class='sr-only'>"
        "Bewertet mit 4 von 5 Sternen</span></p>"
        "<button><span class='visually-hidden'>Zu den Favoriten</span></button>"
        "<a href='/kontakt'><i class='icon'></i><span class='sr-only'>Kontakt Mühle</span></a></div>"
        "<table><tr><th>Online-Termin<span class='sr-only'>"
        f"{tooltip}</span></th>"
        "<td><svg></svg><span class='screen-reader-text'>Ja</span></td>"
        "<td><svg></svg><span class='screen-reader-text'>Nein</span></td></tr></table>"
        "</main></body></html>"
    )
    text = " ".join(b.text for b in htmlblocks.segment(lxml.html.document_fromstring(page)))
    assert "Frisch geerntet und luftgetrocknet." in text
    for label in ("Zum Inhalt springen", "Bewertet mit", "Zu den Favoriten"):
        assert label not in text
    assert "Ja" in text.split()
    assert "Nein" in text.split()
    assert tooltip in text
    assert "Kontakt Mühle" in text
