"""The captions stage: captions with their credits, out of the body."""

from __future__ import annotations

import importlib
import re

import pytest

from cleaner import byline_words
from cleaner.document import Caption, Document
from cleaner.pipeline import make_doc
from cleaner.stages.captions import captions, html_captions, split_credit
from cleaner.stages.detect import parse_html

STORY = "The council voted on Tuesday to expand the city's bus network, adding six new routes."


@pytest.mark.parametrize(
    ("line", "text", "credit"),
    [
        (
            "An ethnic Armenian boy looks on from a car in Goris, Armenia. (AP Photo/Vasily Krestyaninov)",
            "An ethnic Armenian boy looks on from a car in Goris, Armenia.",
            "AP Photo/Vasily Krestyaninov",
        ),
        (
            "Container ships wait to enter the port of Lisbon, Portugal, March 5, 2024. REUTERS/Pedro Nunes",
            "Container ships wait to enter the port of Lisbon, Portugal, March 5, 2024.",
            "REUTERS/Pedro Nunes",
        ),
        (
            "The probe's solar panels unfold in a test chamber. Photo: Marc Dubreuil/ESA",
            "The probe's solar panels unfold in a test chamber.",
            "Photo: Marc Dubreuil/ESA",
        ),
        (
            "The Q7 folds flat. Image credit: Priya Raman / GadgetBench",
            "The Q7 folds flat.",
            "Image credit: Priya Raman / GadgetBench",
        ),
        (
            "Engineers in the control room react to the first signal. Getty Images",
            "Engineers in the control room react to the first signal.",
            "Getty Images",
        ),
        (
            "Helfer bauen eine mobile Hochwasserschutzwand auf. Foto: Harald Tittel/dpa",
            "Helfer bauen eine mobile Hochwasserschutzwand auf.",
            "Foto: Harald Tittel/dpa",
        ),
        ("Der Bahnhof am Morgen. Bild: Stadtarchiv", "Der Bahnhof am Morgen.", "Bild: Stadtarchiv"),
        (
            "Un étal de tomates sur un marché de Rennes. Crédit photo : Damien Meyer / AFP",
            "Un étal de tomates sur un marché de Rennes.",
            "Crédit photo : Damien Meyer / AFP",
        ),
        (
            "Mezzi spazzaneve al lavoro sulla statale 3 Flaminia (foto Ansa)",
            "Mezzi spazzaneve al lavoro sulla statale 3 Flaminia",
            "foto Ansa",
        ),
        (
            "Le clafoutis se déguste tiède ou froid. © Margaux Lefèvre",
            "Le clafoutis se déguste tiède ou froid.",
            "© Margaux Lefèvre",
        ),
        (
            "Un cartel de alquiler en un balcón del barrio de Lavapiés, en Madrid. Claudio Álvarez",
            "Un cartel de alquiler en un balcón del barrio de Lavapiés, en Madrid.",
            "Claudio Álvarez",
        ),
        (
            "Nowe torowisko przy skrzyżowaniu z Mostową. Fot. Tomasz Wiśniewski / Kurier Nadrzeczny",
            "Nowe torowisko przy skrzyżowaniu z Mostową.",
            "Fot. Tomasz Wiśniewski / Kurier Nadrzeczny",
        ),
        (
            "Rynek w Krakowie o poranku. Fot. Jan Nowak",
            "Rynek w Krakowie o poranku.",
            "Fot. Jan Nowak",
        ),
        (
            "Kolejka przed urzędem miasta. Zdjęcie: Anna Kowalska",
            "Kolejka przed urzędem miasta.",
            "Zdjęcie: Anna Kowalska",
        ),
        (
            "Oficina de correos en el centro de Bilbao. Foto: Ana Ruiz",
            "Oficina de correos en el centro de Bilbao.",
            "Foto: Ana Ruiz",
        ),
        (
            "Aleksoto tiltas per Nemuną. Nuotr. Tomas Vaitkus / BNS",
            "Aleksoto tiltas per Nemuną.",
            "Nuotr. Tomas Vaitkus / BNS",
        ),
        (
            "Kaze Pure 300 trong phòng ngủ. Ảnh: Lê Minh Quân",
            "Kaze Pure 300 trong phòng ngủ.",
            "Ảnh: Lê Minh Quân",
        ),
        (
            "ایستگاه میدان نمازی در شیراز. عکس: علی رضایی / ایرنا",
            "ایستگاه میدان نمازی در شیراز.",
            "عکس: علی رضایی / ایرنا",
        ),
        ("पंडित रमेश मिश्र एक समारोह में। फोटो: आयोजक", "पंडित रमेश मिश्र एक समारोह में।", "फोटो: आयोजक"),
        (
            "Marul yaprağında servis edilen mercimek köftesi. Fotoğraf: Ayşe Yılmaz",
            "Marul yaprağında servis edilen mercimek köftesi.",
            "Fotoğraf: Ayşe Yılmaz",
        ),
        (
            "A Balaton partja Tihanynál. Fotó: Kiss Péter",
            "A Balaton partja Tihanynál.",
            "Fotó: Kiss Péter",
        ),
        ("Радници на градилишту. Слика: Танјуг", "Радници на градилишту.", "Слика: Танјуг"),
        (
            "„Nova X5“ (kairėje) ir „Pulse 12“ kainuoja beveik vienodai. Tomo Petrausko nuotr.",
            "„Nova X5“ (kairėje) ir „Pulse 12“ kainuoja beveik vienodai.",
            "Tomo Petrausko nuotr.",
        ),
        ("Kauno pilis žiemą. BNS nuotr.", "Kauno pilis žiemą.", "BNS nuotr."),
        (
            "صدر کے علاقے میں سڑکوں پر پانی جمع ہو گیا — فوٹو: اے ایف پی",
            "صدر کے علاقے میں سڑکوں پر پانی جمع ہو گیا",
            "فوٹو: اے ایف پی",
        ),
        # The common credit labels of more languages (`[words.credit_label]`), a sample:
        # round F's bn, sw (in capitals), tl, is, ta (in brackets), ja (full-width colon), then
        # ko, zh, hi, fa, ar, he, th, vi, el, fi, sv, no, hu, ro, cs, ka, am, cy, en in capitals.
        (
            "খুলনা রেলস্টেশনে নতুন কোচের পরীক্ষামূলক যাত্রা। ছবি: নদীবার্তা",
            "খুলনা রেলস্টেশনে নতুন কোচের পরীক্ষামূলক যাত্রা।",
            "ছবি: নদীবার্তা",
        ),
        (
            "Wakazi wa Likoni wakisubiri maji. PICHA: HABARI PWANI",
            "Wakazi wa Likoni wakisubiri maji.",
            "PICHA: HABARI PWANI",
        ),
        (
            "Ang basket ko sa palengke. Larawan: Marites Dela Cruz",
            "Ang basket ko sa palengke.",
            "Larawan: Marites Dela Cruz",
        ),
        (
            "Starfsmenn veitna við Hlíðaveg. Ljósmynd: Guðrún Ósk",
            "Starfsmenn veitna við Hlíðaveg.",
            "Ljósmynd: Guðrún Ósk",
        ),
        (
            "'நீலவானம்' படத்தில் சரவணன். (படம்: மலர் பிக்சர்ஸ்)",
            "'நீலவானம்' படத்தில் சரவணன்.",
            "படம்: மலர் பிக்சர்ஸ்",
        ),
        (
            "器に盛った肉じゃが。写真：山本さくら",
            "器に盛った肉じゃが。",
            "写真：山本さくら",
        ),
        (
            "시민들이 광장에 모였다. 사진: 김민준 기자",
            "시민들이 광장에 모였다.",
            "사진: 김민준 기자",
        ),
        ("市民在广场上观看烟花。图片来源：新华社", "市民在广场上观看烟花。", "图片来源：新华社"),
        ("बारिश में डूबी सड़क। तस्वीर: पीटीआई", "बारिश में डूबी सड़क।", "तस्वीर: पीटीआई"),
        ("خیابان‌های تهران. عکس: ایرنا", "خیابان‌های تهران.", "عکس: ایرنا"),
        ("شوارع القاهرة. تصوير: أحمد علي", "شوارع القاهرة.", "تصوير: أحمد علي"),
        ("הרחוב המוצף. צילום: רויטרס", "הרחוב המוצף.", "צילום: רויטרס"),
        ("ตลาดเช้าในเชียงใหม่ ภาพ: สมชาย", "ตลาดเช้าในเชียงใหม่", "ภาพ: สมชาย"),
        ("Người dân xếp hàng. Ảnh: Minh Anh", "Người dân xếp hàng.", "Ảnh: Minh Anh"),
        ("Η πλατεία. Φωτογραφία: Eurokinissi", "Η πλατεία.", "Φωτογραφία: Eurokinissi"),
        ("Torin laidalla. Kuva: Lehtikuva", "Torin laidalla.", "Kuva: Lehtikuva"),
        ("Torget i Lund. Foto: TT", "Torget i Lund.", "Foto: TT"),
        ("Torget i Bergen. BILDE: NTB", "Torget i Bergen.", "BILDE: NTB"),
        ("A budapesti piac. Fotó: MTI", "A budapesti piac.", "Fotó: MTI"),
        ("Piața din Cluj. Sursa foto: Agerpres", "Piața din Cluj.", "Sursa foto: Agerpres"),
        ("Náměstí v Brně. Snímek: ČTK", "Náměstí v Brně.", "Snímek: ČTK"),
        ("თბილისის ქუჩა. ფოტო: ინტერპრესნიუსი", "თბილისის ქუჩა.", "ფოტო: ინტერპრესნიუსი"),
        (
            "Շինհրապարակը Դավթաշենում։ Լուսանկարը՝ Արմեն Հակոբյան",
            "Շինհրապարակը Դավթաշենում։",
            "Լուսանկարը՝ Արմեն Հակոբյան",
        ),
        ("የአዲስ አበባ ገበያ። ፎቶ: ኢዜአ", "የአዲስ አበባ ገበያ።", "ፎቶ: ኢዜአ"),
        ("አዲስ አውቶቡስ። ፎቶ፡ ዮናስ በቀለ", "አዲስ አውቶቡስ።", "ፎቶ፡ ዮናስ በቀለ"),
        # Amharic "ፎቶ፦" with the Ethiopic preface colon, Burmese "(ဓာတ်ပုံ - Name)" with a
        # dash in the bracket (round Z, goldens am-ghost-html2text-buna-condominium-text and
        # my-thadinn-wordpress-inle-khayanchinthee-zay-html).
        ("ቡና ሲያፈሉ። ፎቶ፦ ዳዊት አለሙ", "ቡና ሲያፈሉ።", "ፎቶ፦ ዳዊት አለሙ"),
        (
            "အင်းလေးကန်ပေါ်ရှိ ရေပေါ်ခရမ်းချဉ်ခင်း (ဓာတ်ပုံ - ရွှေပြည်)",
            "အင်းလေးကန်ပေါ်ရှိ ရေပေါ်ခရမ်းချဉ်ခင်း",
            "ဓာတ်ပုံ - ရွှေပြည်",
        ),
        ("Y farchnad yng Nghaerdydd. Llun: BBC", "Y farchnad yng Nghaerdydd.", "Llun: BBC"),
        # Khmer "រូបថត៖" with the Khmer colon, Igbo "Onyonyo:" (round O, goldens
        # km-pormean-spean-tonle-sap-html, ig-akuko-ahia-ji-awka-text).
        (
            "ស្ពានថ្មីឆ្លងទន្លេសាប នៅស្រុកកំពង់លែង។ រូបថត៖ ម៉ៅ វិចិត្រ",
            "ស្ពានថ្មីឆ្លងទន្លេសាប នៅស្រុកកំពង់លែង។",
            "រូបថត៖ ម៉ៅ វិចិត្រ",
        ),
        (
            "Ahịa Eke Awka n'ụtụtụ. Onyonyo: Emeka Nwosu",
            "Ahịa Eke Awka n'ụtụtụ.",
            "Onyonyo: Emeka Nwosu",
        ),
        # Kyrgyz "Сүрөт:" (round L, golden ky-kabar-bishkek-trolleybus-text).
        (
            "Чүй проспектисинде жаңы троллейбус. Сүрөт: Бекзат Асанов",
            "Чүй проспектисинде жаңы троллейбус.",
            "Сүрөт: Бекзат Асанов",
        ),
        # Tajik, Mongolian, Kurdish, Esperanto, Pashto (round L's additions beside Kyrgyz).
        (
            "Бозори марказии Душанбе. Акс: Фирӯз Раҳимов",
            "Бозори марказии Душанбе.",
            "Акс: Фирӯз Раҳимов",
        ),
        ("Сүхбаатарын талбай. Гэрэл зураг: Б.Болд", "Сүхбаатарын талбай.", "Гэрэл зураг: Б.Болд"),
        ("Bajarê Amedê di zivistanê de. Wêne: AA", "Bajarê Amedê di zivistanê de.", "Wêne: AA"),
        (
            "La urbodomo de Bjalistoko. Bildo: Jan Kowalski",
            "La urbodomo de Bjalistoko.",
            "Bildo: Jan Kowalski",
        ),
        ("د کابل ښار یو بازار. انځور: رویټرز", "د کابل ښار یو بازار.", "انځور: رویټرز"),
        ("The crowd at the gate. PHOTO: JANE DOE", "The crowd at the gate.", "PHOTO: JANE DOE"),
        (
            "Un termómetro marca 42 grados en Sevilla el pasado verano. EFE/Julio Muñoz",
            "Un termómetro marca 42 grados en Sevilla el pasado verano.",
            "EFE/Julio Muñoz",
        ),
        (
            "Viajeros esperan en el andén de Sol durante el paro. EUROPA PRESS/Jesús Hellín",
            "Viajeros esperan en el andén de Sol durante el paro.",
            "EUROPA PRESS/Jesús Hellín",
        ),
        (
            "Photo: The finance team's old intake board, retired in January. Ledgerly",
            "The finance team's old intake board, retired in January.",
            "Ledgerly",
        ),
    ],
)
def test_split_credit_splits_caption_and_credit(line, text, credit):
    """A caption line is split at its credit, in every supported shape and language."""
    assert split_credit(line) == Caption(text=text, credit=credit)


@pytest.mark.parametrize(
    "line",
    [
        "Oil prices fell on Monday, Reuters reported, after the talks in Vienna stalled.",
        "The minister said so on Monday. AFP/Reuters reported it later.",
        "Photo: The mayor spoke on Monday. Then the council voted",
        "She took the photo on her phone and sent it to the newspaper the same evening.",
        "Impressum Datenschutz Cookie-Einstellungen © Nordsee Medien GmbH",
        "Mentions légales Contact © Le Courrier de l'Est 2024",
        "© 2024 The Valley Ledger. All rights reserved.",
        "Copyright ⓒ 2026 마을신문. All rights reserved.",
        "저작권자 ⓒ 마을신문 무단전재 및 재배포 금지",
        "他說這是一個好主意（雖然價格很貴，而且要等三個月）",
        # a body sentence pointing at its picture, or citing a source at length, is no caption
        "市は新たな防災計画を発表した（写真）",
        "統計によると利用者は増加した（データは総務省が提供した資料に基づく計算である）",
        "The company was founded in 1998 by two engineers.",
        "Parodoje eksponuojamos senosios Kauno nuotraukos, praneša BNS nuotraukų archyvas.",
        "Radni zebrali się w ratuszu. Fotograf z agencji nie dostał akredytacji.",
        "He said so. Photo Finish is next.",
        "Best Photo Editors for Mac",
        "The vote was close. Jenna Park/The Bayport Courier",
        # a body line's bracketed gloss: the bracketed credit is read in caption elements only
        # (wcxb-dev 0233, 4704)
        "1. Mobile App Development Guru (Project Lead / Strategist)",
        "It was approved.New rules apply from May",
        # a credit label in lower case is a word of the sentence
        "We looked at the photo: a man in a hat by the gate.",
        # a story's credits line ("Text: …, Image: …") captions no picture
        "Tekst: Lotte Jansen Beeld: Trapkracht",
        # a label word and a dash outside a bracket may be a heading or a list item
        "The harbour at dawn. Photo - the best of the week",
        # a label opening the line has no caption before it (a film's facts box)
        "படம்: நீலவானம்",
        "Na zdjęciu widać nowy most. Fot. z archiwum nie zachowały się w całości i zostały zniszczone przez wodę w czasie powodzi, która nawiedziła miasto w roku tysiąc dziewięćset dziewięćdziesiątym siódmym.",
    ],
)
def test_split_credit_leaves_body_sentences_alone(line):
    """Sentences mentioning Reuters or a photo, and copyright footers, are not captions."""
    assert split_credit(line) is None


def test_captions_drops_caption_lines_from_a_text_scrape():
    """A caption line becomes a Caption and leaves the body; the story stays."""
    line = "A boy looks on from a car in Goris. (AP Photo/Vasily Krestyaninov)"
    doc = captions(make_doc(STORY, line, STORY))
    assert doc.meta.captions == (
        Caption("A boy looks on from a car in Goris.", "AP Photo/Vasily Krestyaninov"),
    )
    assert doc.blocks[1].dropped_by == "caption"
    assert doc.blocks[0].kept
    assert doc.blocks[2].kept


@pytest.mark.parametrize(
    ("figure", "caption"),
    [
        (
            (
                '<figure><img src="a.jpg"><figcaption>The Q7 folds flat. <span class="credit">'
                "Image credit: Priya Raman</span></figcaption></figure>"
            ),
            Caption("The Q7 folds flat.", "Image credit: Priya Raman"),
        ),
        (
            (
                '<figure><img src="a.jpg"><figcaption>A firefighter sprays water. '
                "(AP Photo/Noah Berger)</figcaption></figure>"
            ),
            Caption("A firefighter sprays water.", "AP Photo/Noah Berger"),
        ),
        (
            '<figure><img src="a.jpg"><figcaption>Der Hafen bei Nacht.</figcaption></figure>',
            Caption("Der Hafen bei Nacht.", None),
        ),
        (
            (
                '<div class="wp-caption"><img src="a.jpg"><p class="wp-caption-text">Los vecinos, '
                "ayer. <cite>Foto: EFE</cite></p></div>"
            ),
            Caption("Los vecinos, ayer.", "Foto: EFE"),
        ),
        (
            # an image's text as a CMS names it (golden is-tilkynning-vatnslokun-html)
            (
                '<div class="imageContainer"><img src="a.jpg"><div class="imageText">Starfsmenn '
                "við Hlíðaveg. Ljósmynd: Guðrún Ósk</div></div>"
            ),
            Caption("Starfsmenn við Hlíðaveg.", "Ljósmynd: Guðrún Ósk"),
        ),
        (
            ('<div class="image-text">Torget i Lund en lördag i mars. <span>FOTO: TT</span></div>'),
            Caption("Torget i Lund en lördag i mars.", "FOTO: TT"),
        ),
        (
            # an unlabelled staff credit in brackets (golden en-local-news-photo-gallery-html)
            (
                "<figure><img src='a.jpg'><figcaption>Volunteers stack sandbags on Main Street. "
                "(Dana Whitfield/Millbrook Courier)</figcaption></figure>"
            ),
            Caption(
                "Volunteers stack sandbags on Main Street.", "Dana Whitfield/Millbrook Courier"
            ),
        ),
        (
            # a one-word gloss in brackets is no photographer (wcxb-dev 4704 keeps such lines)
            (
                "<figure><img src='a.jpg'><figcaption>Talks on the border (Israel/Gaza)</figcaption></figure>"
            ),
            Caption("Talks on the border (Israel/Gaza)", None),
        ),
    ],
)
def test_captions_reads_figure_markup_and_drops_the_caption_block(figure, caption):
    """HTML captions come from the markup, credit included, and leave the body when extracted."""
    html = f"<html><body><article><p>{STORY}</p>{figure}</article></body></html>"
    doc = make_doc(STORY, caption.text, kind="html").evolve(tree=parse_html(html))
    doc = captions(doc)
    assert doc.meta.captions == (caption,)
    assert doc.blocks[1].dropped_by == "caption"
    assert doc.blocks[0].kept


def test_captions_html_caption_not_among_the_blocks_is_still_recorded():
    """A caption trafilatura left out is still recorded, and no body block is touched."""
    html = (
        "<html><body><p>Story.</p><figure><figcaption>Rain in Rome (foto Ansa)"
        "</figcaption></figure></body></html>"
    )
    doc = captions(make_doc(STORY, kind="html").evolve(tree=parse_html(html)))
    assert doc.meta.captions == (Caption("Rain in Rome", "foto Ansa"),)
    assert doc.blocks[0].kept


def test_captions_reads_a_caption_line_the_text_classifier_dropped():
    """A caption line already out of the body (dropped as junk) is still recorded."""
    line = "Container ships wait to enter the port of Lisbon. REUTERS/Pedro Nunes"
    doc = make_doc("Title", line, STORY)
    doc = doc.evolve(blocks=(doc.blocks[0], doc.blocks[1].drop("outside_article"), doc.blocks[2]))
    out = captions(doc)
    assert out.meta.captions == (
        Caption("Container ships wait to enter the port of Lisbon.", "REUTERS/Pedro Nunes"),
    )
    assert out.blocks[1].dropped_by == "outside_article"


@pytest.mark.parametrize(
    "tail",
    [
        "a photo by Jane",
        "PICTURE ALLIANCE",
        "no credit here",
        "(C) Jane",
        "Getty",
        "Reuterſ",
        "Ｐhoto",
        "café im Bild",
        "plain words only",
        "",
    ],
)
def test_captions_tail_word_check_agrees_with_the_regex(tail):
    """The ASCII fast check for credit words answers as the case-insensitive regex does."""
    cap = importlib.import_module("cleaner.stages.captions")
    assert cap._has_tail_word(tail) == (cap._TAIL_WORD.search(tail) is not None)


@pytest.mark.parametrize(
    ("line", "text", "credit"),
    [
        (
            "Ранок під Говерлою: хмари ще лежать у долинах. Фото автора",
            "Ранок під Говерлою: хмари ще лежать у долинах.",
            "Фото автора",
        ),
        (
            "Мост через Сылву почти готов. Фото: Анна Кузнецова",
            "Мост через Сылву почти готов.",
            "Фото: Анна Кузнецова",
        ),
        (
            "地铁5号线列车在江北车辆段进行调试。记者 张敏 摄",
            "地铁5号线列车在江北车辆段进行调试。",
            "记者 张敏 摄",
        ),
        (
            "서울 종로구 세종대로를 달리는 심야버스. 한빛일보 자료사진",
            "서울 종로구 세종대로를 달리는 심야버스.",
            "한빛일보 자료사진",
        ),
        (
            "박서연 대표가 서가 앞에서 책을 정리하고 있다. ⓒ마을신문 최준호",
            "박서연 대표가 서가 앞에서 책을 정리하고 있다.",
            "ⓒ마을신문 최준호",
        ),
        (
            "聲海 Wave 3 外觀與充電盒。（圖／科技日常攝）",
            "聲海 Wave 3 外觀與充電盒。",
            "圖／科技日常攝",
        ),
        ("市长在会上发言。摄影：王明", "市长在会上发言。", "摄影：王明"),
        # the word last in a full-width bracket: Japanese "撮影" (taken by), "提供" (provided
        # by), "資料写真" (file photo), Chinese "摄" and "供图" (golden ja-nyusu-oame-kansui-html)
        (
            "冠水した市道で排水作業に当たる市職員＝25日午後、加賀市大聖寺地区で（山本健太撮影）",
            "冠水した市道で排水作業に当たる市職員＝25日午後、加賀市大聖寺地区で",
            "山本健太撮影",
        ),
        (
            "崩れた斜面を調べる捜査員ら＝24日、金沢市内で（県警提供）",
            "崩れた斜面を調べる捜査員ら＝24日、金沢市内で",
            "県警提供",
        ),
        (
            "記者会見する山田太郎市長＝2025年3月（資料写真）",
            "記者会見する山田太郎市長＝2025年3月",
            "資料写真",
        ),
        (
            "地铁5号线列车在江北车辆段进行调试。（新华社记者 张敏 摄）",
            "地铁5号线列车在江北车辆段进行调试。",
            "新华社记者 张敏 摄",
        ),
        (
            "游客在古镇的石桥上拍照留念（景区管委会供图）",
            "游客在古镇的石桥上拍照留念",
            "景区管委会供图",
        ),
    ],
)
def test_split_credit_reads_credits_of_more_languages(line, text, credit):
    """Russian/Ukrainian 'Фото', Chinese '记者 X 摄', Korean '자료사진' and 'ⓒ' credits split off."""
    assert split_credit(line) == Caption(text=text, credit=credit)


def test_split_credit_leaves_a_russian_sentence_about_photos():
    """A sentence that starts with 'Фото' after a full stop is no credit."""
    assert split_credit("Ярмарка откроется в субботу. Фото на память можно сделать у ёлки.") is None


@pytest.mark.parametrize(
    ("line", "text", "credit"),
    [
        (
            "Los primeros coches cruzan el puente este lunes. FOTO: ALBERTO RUANO",
            "Los primeros coches cruzan el puente este lunes.",
            "FOTO: ALBERTO RUANO",
        ),
        (
            "Il sindaco taglia il nastro davanti alla scuola. FOTO: Marco Bassi",
            "Il sindaco taglia il nastro davanti alla scuola.",
            "FOTO: Marco Bassi",
        ),
    ],
)
def test_split_credit_reads_upper_case_labels(line, text, credit):
    """An upper-case 'FOTO:' credit after a caption splits off like 'Foto:'."""
    assert split_credit(line) == Caption(text=text, credit=credit)


def test_split_credit_leaves_a_file_photo_prefix_alone():
    """Reuters' leading 'FILE PHOTO:' is no credit: the caption is not cut after 'FILE'."""
    got = split_credit(
        "FILE PHOTO: Traders work on the floor in New York. REUTERS/Brendan McDermid"
    )
    assert got == Caption(
        "FILE PHOTO: Traders work on the floor in New York.", "REUTERS/Brendan McDermid"
    )


@pytest.mark.parametrize(
    ("line", "text", "credit"),
    [
        (
            "Le glacier d'Argentière, en septembre dernier.Photo Marc Olivier / Le Journal des Alpes",
            "Le glacier d'Argentière, en septembre dernier.",
            "Photo Marc Olivier / Le Journal des Alpes",
        ),
        (
            "Il a été élu dimanche. Photo Jean-Luc Petit / AFP",
            "Il a été élu dimanche.",
            "Photo Jean-Luc Petit / AFP",
        ),
        (
            "Так будет выглядеть арена, показали в мэрии.Фото: Андрей Смирнов / ТАСС",
            "Так будет выглядеть арена, показали в мэрии.",
            "Фото: Андрей Смирнов / ТАСС",
        ),
        (
            "Coast Guard boats circle the barge on Monday morning.Jenna Park/The Bayport Courier",
            "Coast Guard boats circle the barge on Monday morning.",
            "Jenna Park/The Bayport Courier",
        ),
    ],
)
def test_split_credit_reads_glued_and_colonless_credits(line, text, credit):
    """A credit glued to the caption's full stop, or 'Photo Name / Outlet' without a colon, splits."""
    assert split_credit(line) == Caption(text=text, credit=credit)


def test_captions_reads_a_labelled_credit_child_glued_to_the_caption():
    """A caption's last child holding 'Foto: …' is its credit even when no space separates them."""
    html = (
        '<html><body><figure><img src="a.jpg"><figcaption>Tela do aplicativo de banco'
        "<span>Foto: Divulgação/Banco Central</span></figcaption></figure></body></html>"
    )
    assert html_captions(parse_html(html)) == [
        Caption("Tela do aplicativo de banco", "Foto: Divulgação/Banco Central"),
    ]


@pytest.mark.parametrize(
    ("credit_cls", "credit"),
    [("credit", "Снимка: Иван Петков"), ("byline", None)],
)
def test_captions_reads_a_credit_element_beside_the_caption(credit_cls, credit):
    """A credit element right after a caption element is its credit (golden bg-novini-web-…)."""
    html = (
        '<html><body><lead-image><img src="a.jpg"><span class="caption">Първите нощни линии'
        f' тръгват от площада.</span><span class="{credit_cls}">Снимка: Иван Петков</span>'
        "</lead-image></body></html>"
    )
    assert html_captions(parse_html(html)) == [
        Caption("Първите нощни линии тръгват от площада.", credit),
    ]


@pytest.mark.parametrize("cls", ["légende", "photo pie-de-foto"])
def test_captions_reads_a_french_or_spanish_caption_class(cls: str) -> None:
    """A caption element whose class is 'légende' or 'pie-de-foto' is read as a caption."""
    html = (
        f'<html><body><div><img src="a.jpg"><p class="{cls}">Le port au lever du jour'
        '<span class="credit">Anne Roy / AFP</span></p></div></body></html>'
    )
    assert html_captions(parse_html(html)) == [
        Caption("Le port au lever du jour", "Anne Roy / AFP"),
    ]


def _scrape(*lines: tuple[str, int]) -> Document:
    """A text scrape's blocks, each with the line it stood on (extract_text's origins)."""
    doc = make_doc(*(text for text, _ in lines))
    return doc.evolve(
        blocks=tuple(
            b.evolve(origin=f"lines {n}-{n}") for b, (_, n) in zip(doc.blocks, lines, strict=True)
        )
    )


@pytest.mark.parametrize(
    ("caption", "credit", "expected"),
    [
        # golden en-newsletter-substack-tide-essay-text; a line's own full stop is no part of it
        (
            "The north channel at low water, October 30.",
            "Photo by the author.",
            Caption(
                text="The north channel at low water, October 30.", credit="Photo by the author"
            ),
        ),
        # sh-text's agency credits, wcxb-dev-text's "Credit:" lines
        (
            "Neil Gaiman and John M. Ford in 2002.",
            "Photo: Meg Kinnard, AP",
            Caption(text="Neil Gaiman and John M. Ford in 2002.", credit="Photo: Meg Kinnard, AP"),
        ),
        (
            "Tor McNamara counting fish in the high country above Lake Tahoe.",
            "Credit: Chris McNamara",
            Caption(
                text="Tor McNamara counting fish in the high country above Lake Tahoe.",
                credit="Credit: Chris McNamara",
            ),
        ),
        (
            "Der Hafen von Husum bei Ebbe.",
            "Foto: Jana Krüger",
            Caption(text="Der Hafen von Husum bei Ebbe.", credit="Foto: Jana Krüger"),
        ),
        # a product heading over its image credit is body (wcxb-dev-text 4823): no full stop
        ("The best wired ultra-light", "Image credit: Endgame Gear/Digital Foundry", None),
        # a copyright notice is the footer's, not a picture's
        ("Thanks for reading.", "© 2026 The Salt Marsh Dispatch", None),
    ],
)
def test_captions_pair_a_text_caption_line_with_the_credit_line_under_it(caption, credit, expected):
    """A short caption sentence over a lone photo-credit line on the next line is one caption."""
    doc = captions(_scrape((STORY, 1), (caption, 3), (credit, 4), (STORY, 6)))
    assert list(doc.meta.captions) == ([expected] if expected else [])
    dropped = [b.text for b in doc.blocks if b.dropped_by == "caption"]
    assert dropped == ([caption, credit] if expected else [])


def test_captions_leave_a_line_apart_from_the_credit_line_in_the_body():
    """With a blank line between them, a body line and a lone credit line are not paired."""
    doc = captions(
        _scrape((STORY, 1), ("He said it was a good year.", 3), ("Photo by the author.", 5))
    )
    assert doc.meta.captions == ()
    assert "He said it was a good year." in [b.text for b in doc.blocks if b.kept]


_LABELLED_CREDITS = [
    "AP Photo/Jane Doe",
    "AFP Images / Jane Doe",
    "REUTERS/Jane Doe",
    "Image credit: Jane Doe",
    "Header image courtesy: Acme",
    "Photo by Jane Doe",
    "Fotos von Max Muster",
    "Fot. Jan Kowalski",
    "Fot: Jan Kowalski",
    "Zdj. : Jan Kowalski",
    "Courtesy of Jane Doe",
    "© Jane Doe",
    "(c) Jane Doe",
    "Copyright Jane Doe",
    "ⓒ마을신문 김민수",
    "Фото автора",
    "Фото: Иван Петров",
    "Φωτ.: Γιάννης",
    "记者 张敏 摄",
    "新华社记者 张敏 摄",
    "한빛일보 자료사진",
    "사진=연합뉴스",
    "圖／王小明攝",
    "图/新华社",
    "Nuotr. Jonas / BNS",
    "Crédits photos : Jean Dupont",
]


def test_captions_trailing_hint_finds_every_label():
    """Every credit `_trailing()` reads, under any label of `_LABEL`, passes its cheap hint.

    The hint only spares the full pattern's cost: a label it missed would lose a credit. The
    label words of `[words.credit_label]` are tried as printed, capitalised and in capitals.
    """
    cap = importlib.import_module("cleaner.stages.captions")
    lines = [*_LABELLED_CREDITS]
    for folded in byline_words.shared_words("credit_label"):
        word = cap._capitalised(folded)
        lines += [f"{word}{mark} Jane Doe" for mark in (":", " :", "：", "՝", "፡")]
        lines.append(f"{word.upper()}: Jane Doe")
    matched = 0
    for credit in lines:
        for caption in (STORY, STORY[:-1], "短い説明。", f"{STORY} " * 3):
            line = f"{caption} {credit}"
            if cap._trailing().match(line) is not None:
                matched += 1
                start = max(0, len(line) - cap._TRAILING_REACH)
                assert cap._TRAILING_HINT.search(line, start) is not None, line
    assert matched >= 4 * len(lines) * 0.9  # the lines are credits the full pattern reads
    assert cap._TRAILING_HINT.search(f"{STORY} Read more: how the council decided (vote)") is None


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # the notice's words are the language's cookie rules (common-en.toml)
        ("en", "We use cookies to measure how many people read our stories. Accept Settings"),
        # Occitan: the notice and its two buttons, read as a sentence and a name (golden
        # oc-agenda-ostal-lenga-decembre-text)
        ("oc", "Aqueste site utiliza de cookies per mesurar l'audiéncia. Acceptar  Refusar"),
        # the buttons alone give it away: a credit names a person or an agency
        ("oc", "Lo site mesura son audiéncia cada mes. Acceptar Refusar"),
    ],
)
def test_captions_take_no_cookie_notice_for_a_caption(lang: str, line: str) -> None:
    """A cookie notice over its buttons is no caption, in the body or out of it."""
    doc = make_doc("Title", line, STORY, lang=lang)
    kept = captions(doc)
    assert kept.meta.captions == ()
    assert kept.blocks[1].kept
    dropped = doc.evolve(
        blocks=(doc.blocks[0], doc.blocks[1].drop("outside_article"), doc.blocks[2])
    )
    assert captions(dropped).meta.captions == ()


def test_captions_still_read_a_credited_line_on_a_page_with_cookie_rules() -> None:
    """A real caption line of the same shape, its credit a name, stays a caption."""
    line = "Lo pont vièlh de la vila après la pluèja. Joan Castanhièr"
    doc = captions(make_doc("Title", line, STORY, lang="oc"))
    assert doc.meta.captions == (
        Caption("Lo pont vièlh de la vila après la pluèja.", "Joan Castanhièr"),
    )


_SHOP = (
    '<main><div class="product"><div class="media"><img src="a.jpg"></div><div class="info">'
    '<div class="info-container"><p class="caption-with-letter-spacing">Gipfelglück</p>'
    '<h1>Tagesrucksack</h1><div class="price"><span>89,95 €</span><small class="caption">'
    "inkl. MwSt. zzgl. Versandkosten</small></div></div></div></div>"
    f"<div class='description'>{f'<p>{STORY}</p>' * 4}</div></main>"
    '<footer><div class="footer__copyright caption"><small class="copyright">© 2026, '
    "Gipfelglück Outdoor</small><small>Bereitgestellt von Shopify</small></div></footer>"
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a theme's "caption" utility class on a vendor, a tax and a copyright line, none by a
        # picture (golden de-produkt-wanderrucksack-shopify-varianten-bewertungen-html)
        (_SHOP, []),
        # by a picture: the caption box's own image, or its wrapper's sibling
        (
            '<div class="photo"><img src="a.jpg"><p class="caption">Der Hafen am Morgen</p></div>',
            [Caption("Der Hafen am Morgen", None)],
        ),
        (
            (
                '<div class="media"><div class="pic"><picture><img src="a.jpg"></picture></div>'
                '<div class="txt"><p class="caption">Der Hafen am Morgen</p></div></div>'
            ),
            [Caption("Der Hafen am Morgen", None)],
        ),
        # the picture's paragraph right before the caption's, in a long story (wcxb-dev 0667)
        (
            (
                f"<div>{f'<p>{STORY}</p>' * 12}<p><img src='a.jpg'></p>"
                '<p><span class="caption">Figure 4-2: The variable in memory</span></p></div>'
            ),
            [Caption("Figure 4-2: The variable in memory", None)],
        ),
        # away from a picture, a line shaped like a caption with its credit is still one
        (
            '<div class="caption">Der Hafen am Morgen. Foto: Anna Berg</div>',
            [Caption("Der Hafen am Morgen.", "Foto: Anna Berg")],
        ),
        (
            '<div class="caption">Image Source: Anna Berg / Shutterstock</div>',
            [Caption("Image Source: Anna Berg / Shutterstock", None)],
        ),
    ],
)
def test_captions_need_a_picture_or_a_credit(body: str, expected: list[Caption]) -> None:
    """A caption element sits by a picture, or is a caption line with a photo credit."""
    story = f"<p>{STORY}</p>" * 12
    html = f"<html><body><article>{story}</article>{body}</body></html>"
    assert html_captions(parse_html(html)) == expected


@pytest.mark.parametrize(
    ("figcaption", "expected"),
    [
        # a dash, a name and its outlet (golden
        # pt-reportagem-paywall-assine-enchentes-porto-alegre-html)
        (
            "Lojas fechadas na avenida Farrapos, em outubro - Mateus Kroeff/Gazeta do Guaíba",
            Caption(
                "Lojas fechadas na avenida Farrapos, em outubro", "Mateus Kroeff/Gazeta do Guaíba"
            ),
        ),
        # a short name after the caption's sentence, in any script (golden
        # ko-live-blog-taepung-silsigan-html)
        (
            "27일 오후 경남 통영항에 거센 파도가 밀려들고 있다. 연합뉴스",
            Caption("27일 오후 경남 통영항에 거센 파도가 밀려들고 있다.", "연합뉴스"),
        ),
        # a second sentence is no credit, nor is a dash before words without a slash
        (
            "The old harbour at dawn. Boats wait for the tide.",
            Caption("The old harbour at dawn. Boats wait for the tide.", None),
        ),
        (
            "The old harbour at dawn - before the storm",
            Caption("The old harbour at dawn - before the storm", None),
        ),
        # a cased word after a full stop ends captions too (wcxb-dev 4088)
        (
            "Fujiyoshida Sengen Shrine - Mt. Fuji",
            Caption("Fujiyoshida Sengen Shrine - Mt. Fuji", None),
        ),
    ],
)
def test_captions_split_an_unlabelled_credit_inside_a_caption_element(
    figcaption: str, expected: Caption
) -> None:
    """Inside a caption element a trailing "- Name/Outlet" or a short name after it is its credit."""
    html = f"<html><body><figure><img src='a.jpg'><figcaption>{figcaption}</figcaption></figure></body></html>"
    assert html_captions(parse_html(html)) == [expected]
    doc = make_doc(STORY, figcaption, kind="html").evolve(tree=parse_html(html))
    assert captions(doc).blocks[1].dropped_by == "caption"


def test_captions_keep_a_themes_small_print_out_of_the_body_but_not_as_a_caption() -> None:
    """A "caption" class line by no picture is no caption, and it leaves the body as before."""
    story = f"<p>{STORY}</p>" * 12
    html = f"<html><body><article>{story}</article>{_SHOP}</body></html>"
    tax = "inkl. MwSt. zzgl. Versandkosten"
    doc = captions(make_doc(STORY, tax, kind="html").evolve(tree=parse_html(html)))
    assert doc.meta.captions == ()
    assert doc.blocks[1].dropped_by == "caption"
    assert doc.blocks[0].kept


_CAP = importlib.import_module("cleaner.stages.captions")


@pytest.mark.parametrize(
    "credit",
    [
        "Getty Images",
        "AFP via Getty Images",
        "Shutterstock",
        "iStock",
        "iStockphoto",
        "Alamy",
        "Alamy Stock Photo",
        "Unsplash",
        "Pexels",
        "Pixabay",
        "AP",
        "AP Photo",
        "AFP",
        "EPA",
        "dpa",
        "Reuters",
        "EFE",
        "ANSA",
        "Keystone",
        "Imago",
        "picture alliance",
        "Reuters Photo",
    ],
)
def test_agency_only_credits_are_tried_where_the_text_ends_in_them(credit: str) -> None:
    # `_agency_patterns` tries `_AGENCY_ONLY` only on a text ending in one of its credits' last
    # words: every credit the pattern reads must end in one (session 24, speed)
    text = f"A boy looks on from a car in Goris on Monday. {credit}"
    assert _CAP._AGENCY_ONLY.match(text) is not None
    assert _CAP._AGENCY_ONLY in _CAP._agency_patterns(text, text[-110:])
    assert split_credit(text) is not None


def test_agency_slash_is_not_tried_without_a_slash_in_the_tail() -> None:
    text = "A boy looks on from a car in Goris on Monday. Vasily Krestyaninov"
    assert _CAP._agency_patterns(text, text[-110:]) == []
    assert _CAP._agency_patterns(f"{text}/AP", f"{text}/AP"[-110:]) == [
        _CAP._AGENCY_SLASH,
        _CAP._AGENCY_ONLY,
        _CAP._AGENCY_FIRST,
    ]


def test_tail_folds_are_every_character_the_tail_regex_folds_otherwise_than_lower() -> None:
    # `_has_tail_word` answers from `str.lower` unless the tail holds one of `_TAIL_FOLDS`:
    # every code point the case-insensitive `_TAIL_WORD` takes for a word's letter must either
    # lower-case to that letter or be listed (a new tail word can add some)
    every = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i <= 0xDFFF)
    found = set()
    for letter in set("".join(_CAP._TAIL_WORDS)):
        found.update(
            c for c in re.findall(re.escape(letter), every, re.IGNORECASE) if c.lower() != letter
        )
    assert found == _CAP._TAIL_FOLDS


@pytest.mark.parametrize(
    "tail",
    [
        "a caption. Foto: Name",
        "caption. PHOTO Name",
        "caption. ФОТО Name",
        "caption, İstock",  # İ is the regex's "i"
        "caption, ſhutterstock",  # the long s is its "s"
        "caption. ᲂ",  # an old Cyrillic o alone: no word
        "Ünïcödé text with no credit word in it",
        "plain ascii text with no credit word",
        "Cyrillic фотография",
    ],
)
def test_has_tail_word_answers_as_the_regex(tail: str) -> None:
    assert _CAP._has_tail_word(tail) == (_CAP._TAIL_WORD.search(tail) is not None)


@pytest.mark.parametrize(
    "counter",
    [
        # Shopify Dawn's gallery counter, its hidden "of" read with it (round W golden
        # vi-san-pham-shopify-noi-chien-khong-dau-danh-gia-html; wcxb-dev 2990, 3026)
        (
            '<span>1</span><span aria-hidden="true"> / </span><span class="visually-hidden">'
            "trong</span><span>2</span>"
        ),
        "1 / 6",
        "3 of 12",
        # Armenian's "of" is a suffix with a hyphen (round Z golden hy-apranq-shopify-*)
        '<span>1</span><span> / </span><span class="visually-hidden">-ից</span><span>2</span>',
    ],
)
def test_captions_take_no_slide_counter_for_a_caption(counter: str) -> None:
    """A gallery's "1 / 6" in a "caption" class sits by its pictures and captions none."""
    html = (
        '<html><body><div class="gallery"><ul><li><img src="a.jpg"></li><li><img src="b.jpg">'
        f'</li></ul><div class="slider-counter caption">{counter}</div></div></body></html>'
    )
    assert html_captions(parse_html(html)) == []
    kept = html.replace(counter, "Der Marktplatz am Samstagmorgen")
    assert html_captions(parse_html(kept)) == [Caption("Der Marktplatz am Samstagmorgen", None)]


@pytest.mark.parametrize(
    ("credit", "expected"),
    [
        # round W golden ja-nextjs-kaisetsu-qr-joshaken-html: full-width brackets
        ("（画像提供：東西鉄道）", "画像提供：東西鉄道"),
        ("(Foto: Anna Berg)", "Foto: Anna Berg"),
    ],
)
def test_captions_take_a_credit_element_without_its_brackets(credit: str, expected: str) -> None:
    """A credit element's brackets, ASCII or full width, are no part of the credit."""
    html = (
        "<html><body><figure><img src='a.jpg'><figcaption>東西鉄道が設置する新しい改札機"
        f'<span class="credit">{credit}</span></figcaption></figure></body></html>'
    )
    assert html_captions(parse_html(html)) == [Caption("東西鉄道が設置する新しい改札機", expected)]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # golden ko-riseutikeul-jeju-gyeoul-yeohaengji-gettext-strip-text (round X): the
        # reporter who took the photo credits it, "name 기자"
        (
            "동문재래시장 야시장의 먹거리 매대. 김서연 기자",
            Caption(text="동문재래시장 야시장의 먹거리 매대.", credit="김서연 기자"),
        ),
        (
            "서귀포 앞바다의 해녀들. 박민준 특파원",
            Caption(text="서귀포 앞바다의 해녀들.", credit="박민준 특파원"),
        ),
        # a paragraph of several sentences signed by its reporter is the story's, no caption
        (
            "제주시는 올해 야시장을 확대한다고 밝혔다. 상인들은 환영했다. 김서연 기자",
            None,
        ),
        # a sentence ending in the word "기자" is no credit
        ("오늘 회견에는 여러 나라의 기자", None),
    ],
)
def test_split_credit_reads_a_korean_reporters_credit(line: str, expected: Caption | None) -> None:
    """A caption sentence then a Korean reporter's name and "기자" (reporter): the photo's credit."""
    assert split_credit(line) == expected


def test_captions_leave_out_a_text_dumps_image_alt_over_the_caption() -> None:
    """w3m prints a picture as its alt in brackets, on the line over the caption: not its text.

    Golden pt-ao-vivo-enem-segundo-dia-w3m-dump-text (round X): "[Foto: candidatos correm ...]"
    over "Candidatos correm para ..." over "Foto: Bruno Tavares/Diário Paulista", one block.
    """
    doc = captions(
        _scrape(
            (STORY, 1),
            (
                (
                    "[Foto: candidatos correm para entrar antes do fechamento dos portões] "
                    "Candidatos correm para não perder o horário na zona oeste de São Paulo. "
                    "Foto: Bruno Tavares/Diário Paulista"
                ),
                3,
            ),
            (STORY, 7),
        )
    )
    assert [c.text for c in doc.meta.captions] == [
        "Candidatos correm para não perder o horário na zona oeste de São Paulo."
    ]


@pytest.mark.parametrize(("alt_line", "dropped"), [(2, True), (1, False)])
def test_captions_drop_a_dumps_alt_line_of_its_own_over_the_caption(
    alt_line: int, dropped: bool
) -> None:
    """A w3m alt line that is a block of its own, on the line right over a caption, goes too.

    Round AA golden ug-xewer-w3m-dump-turpan-kishmish-text kept "[…]" over its caption once
    the caption was read; an alt line with a blank line under it is left to the other stages.
    """
    alt = "[Caravans crossing the bridge at dawn]"
    doc = captions(
        _scrape(
            (STORY, 0),
            (alt, alt_line),
            ("Caravans cross the new bridge at dawn. Photo: Jane Doe", 3),
            (STORY, 5),
        )
    )
    assert [c.text for c in doc.meta.captions] == ["Caravans cross the new bridge at dawn."]
    assert [b.dropped_by for b in doc.blocks if b.text == alt] == (["image"] if dropped else [None])


def test_html_captions_reads_a_centred_italic_line_under_an_image_paragraph():
    """An editor's caption: an image alone in a paragraph, then a centred paragraph in italics.

    Golden hi-vijnapti-mantralaya-saur-pump-yojana-html (round Y): a government press release
    (ASP.NET, CKEditor's inline styles) whose photo's caption has no caption class. An italic
    standfirst under a hero image is not centred, a centred line not in italics is text, and
    one ending in a colon introduces what follows (wcxb-dev 4451).
    """
    caption = "The minister releases the scheme's guidelines in New Delhi"
    page = (
        "<html><body><div id='PdfDiv'>"
        "<p style='text-align:justify'>The ministry issued the guidelines today.</p>"
        "<p style='text-align:center'><img src='a.jpg' alt=''></p>"
        f"<p style='text-align:center'><em>{caption}</em></p>"
        "<p><img src='b.jpg'></p><p><em>An italic standfirst that opens the story below.</em></p>"
        "<p style='text-align:center'><img src='c.jpg'></p>"
        "<p style='text-align:center'>A centred line of the story.</p>"
        "<p><img src='d.jpg'></p><p style='text-align:center'><i>Find me here:</i></p>"
        "</div></body></html>"
    )
    assert html_captions(parse_html(page)) == [Caption(text=caption, credit=None)]
