"""buyer_language: the reply is in the buyer's language; too little text passes with a reason."""

from __future__ import annotations

import pytest

from checks_dev.support import dev_case, outcome, swap

LANG = "buyer_language"


@pytest.mark.parametrize(
    "case",
    [
        "transit_en",
        "evid_size_es",
        "evid_damaged_fr",
        "evid_wrong_item_pt",
        "evid_quality_de",
        "transit_ru",
        "evid_color_pl",
        "transit_it",
        "transit_ko",
        "transit_nl",
    ],
)
def test_replies_in_the_buyers_language_pass(case: str) -> None:
    c = dev_case(case)
    for message in c.good:
        o = outcome(c.check(message), LANG)
        assert o.passed, o.detail


@pytest.mark.parametrize(("case", "bad_index"), [("evid_wrong_item_pt", 0), ("partial_ru", 2), ("escalation_de", 2)])
def test_a_reply_in_another_language_fails_and_says_which(case: str, bad_index: int) -> None:
    c = dev_case(case)
    bad = c.bad[bad_index]
    assert bad.defect == LANG
    o = outcome(c.check(bad.message), LANG)
    assert not o.passed
    assert f"the buyer's language is {c.decision.facts and (c.dispute.buyer.language or '')[:2]}" in o.detail


def test_the_language_argument_overrides_the_buyers_profile() -> None:
    c = dev_case("transit_en")
    assert outcome(c.check(c.good[0], language="en-GB"), LANG).passed
    assert not outcome(c.check(c.good[0], language="de"), LANG).passed


def test_quoted_english_product_title_and_codes_do_not_make_a_spanish_reply_english() -> None:
    c = dev_case("evid_size_es")
    message = swap(
        c.good[0], "Lamentamos mucho que el vestido", "Lamentamos mucho que el Summer Maxi Dress XL (LP00234567891CN)"
    )
    assert outcome(c.check(message), LANG).passed


def test_too_short_to_tell_passes_with_a_reason() -> None:
    c = dev_case("transit_en")
    o = outcome(c.check("LP00123456789CN 15 Our Store team", language="es"), LANG)
    assert o.passed
    assert "too little text" in o.detail


def test_an_undetectable_language_is_not_failed() -> None:
    c = dev_case("transit_en")
    o = outcome(c.check(c.good[0], language="sw"), LANG)
    assert o.passed
    assert "cannot be detected" in o.detail


def test_a_reply_that_drifts_into_english_after_its_first_lines_fails() -> None:
    # Detection reads a sample of a long reply: it must be spread over all of it, not its start.
    c = dev_case("evid_size_es")
    drift = (
        "Anyway, as I was saying, we will need a few more details from you before we can go on with this. "
        "Please take a moment to measure the dress lying flat, from armpit to armpit and from the shoulder "
        "down to the hem, and send us the numbers together with a photo of the label inside. Once we have "
        "them we will compare them with the size chart of the listing and tell you what we can do next. "
    ) * 2
    o = outcome(c.check(c.good[0] + "\n\n" + drift), LANG)
    assert not o.passed
    assert "written in en" in o.detail


def test_the_detection_sample_spans_the_whole_text() -> None:
    from disputedraft.checks.text import spread_sample

    words = ["".join("abcdefghijklmnopqrstuvwxyz"[(i // 26**k) % 26] for k in range(3)) for i in range(400)]
    sample = spread_sample(" ".join(words), 125).split()
    assert 125 <= sum(len(w) for w in sample) < 3 * len(words) // 2
    positions = [words.index(w) for w in sample]
    assert positions == sorted(positions)
    assert positions[0] < 40  # from the first tenth
    assert positions[-1] >= 360  # and from the last
    assert spread_sample("short text", 125) == "short text"


def test_a_paragraph_in_english_inside_a_spanish_reply_fails() -> None:
    c = dev_case("evid_size_es")
    english = (
        "You have two options: keep the dress with a partial refund, or send it back to us and we will "
        "refund you in full. Please let us know which one you would prefer."
    )
    message = c.good[0].replace("\n\n", "\n\n" + english + "\n\n", 2)
    o = outcome(c.check(message), LANG)
    assert not o.passed
    assert "part of the reply is in en" in o.detail


def test_a_latin_paragraph_inside_a_russian_reply_fails_but_codes_and_names_do_not() -> None:
    c = dev_case("transit_ru")
    english = "We are writing to let you know that the parcel is on its way.\n\nYour refund will follow if it is lost."
    o = outcome(c.check(c.good[0].replace("\n\n", "\n\n" + english + "\n\n", 1)), LANG)
    assert not o.passed
    assert "part of the reply is in en" in o.detail
    codes = "Cainiao, RU123456789CN, https://track.example.com/RU123456789CN"
    assert outcome(c.check(c.good[0].replace("\n\n", "\n\n" + codes + "\n\n", 1)), LANG).passed


def test_a_few_english_words_in_a_spanish_paragraph_do_not_make_it_foreign() -> None:
    c = dev_case("evid_size_es")
    message = swap(c.good[0], "Lamentamos mucho", "Lamentamos mucho (lo sentimos, «sorry» como dice usted)")
    assert outcome(c.check(message), LANG).passed


def test_one_sentence_of_a_close_language_inside_a_paragraph_fails() -> None:
    c = dev_case("transit_nl")
    german = "Wir behalten die Sendung im Auge und melden uns, sobald sich etwas ändert."
    paragraphs = c.good[0].split("\n\n")
    paragraphs[1] = paragraphs[1] + " " + german
    o = outcome(c.check("\n\n".join(paragraphs)), LANG)
    assert not o.passed
    assert "is in de" in o.detail


def test_one_short_english_sentence_inside_a_russian_reply_fails() -> None:
    c = dev_case("transit_ru")
    english = "The refund will now go through the platform."
    o = outcome(c.check(c.good[0].replace("\n\n", "\n\n" + english + "\n\n", 1)), LANG)
    assert not o.passed
    assert "is in en" in o.detail


def test_a_short_english_greeting_or_signature_line_does_not_fail() -> None:
    c = dev_case("transit_ru")
    assert outcome(c.check(c.good[0] + "\n\nKind regards, the team"), LANG).passed


@pytest.mark.parametrize(
    ("case", "sentence", "lang"),
    [
        # twenty-first/twenty-second sets: one short sentence, or a close neighbour's
        ("evid_size_es", "We are so sorry for the wait.", "en"),
        ("evid_size_es", "Continuamos à sua disposição para o que precisar.", "pt"),
        ("evid_color_pl", "Which option would you prefer?", "en"),
        # twenty-fourth set: two English function words only, or a low top that English words confirm
        ("evid_color_pl", "Which option do you prefer?", "en"),
        ("evid_size_es", "We apologise once again for the problem you had.", "en"),
    ],
)
def test_one_short_or_neighbouring_sentence_fails(case: str, sentence: str, lang: str) -> None:
    c = dev_case(case)
    o = outcome(c.check(c.good[0].replace("\n\n", "\n\n" + sentence + "\n\n", 1)), LANG)
    assert not o.passed
    assert f"is in {lang}" in o.detail


@pytest.mark.parametrize(
    "line",
    [
        "Kind regards, the team",
        "Thank you for your order!",
    ],
)
def test_a_short_english_courtesy_line_in_a_spanish_reply_passes(line: str) -> None:
    c = dev_case("evid_size_es")
    assert outcome(c.check(c.good[0] + "\n\n" + line), LANG).passed


@pytest.mark.parametrize(
    ("case", "old", "new"),
    [
        # English in a reply not in Latin letters: script and function words agree.
        ("transit_ru", "", "We apologise for that."),
        # A short closing line in a close neighbour's language.
        ("evid_size_es", "", "Ficamos à disposição!"),
        # A sentence that runs straight into the next one in another script.
        ("transit_ko", "", "Which option do you prefer?"),
    ],
)
def test_a_short_sentence_in_another_language_fails(case: str, old: str, new: str) -> None:
    c = dev_case(case)
    paragraphs = c.good[0].split("\n\n")
    if case == "transit_ko":
        paragraphs[1] = new + paragraphs[1].lstrip()
    else:
        paragraphs[1] = paragraphs[1].rstrip() + " " + new
    o = outcome(c.check("\n\n".join(paragraphs)), LANG)
    assert not o.passed, o.detail


def test_a_sentence_split_where_a_latin_end_mark_meets_another_script() -> None:
    from disputedraft.checks.foreign_sentence import _SENTENCE_END

    parts = _SENTENCE_END.split("Which option do you prefer?お知らせいただければ幸いです。")
    assert parts[0] == "Which option do you prefer?"


# Replies of our own in languages the development set lacks: (language, reply with {} where a
# sentence goes, a sentence in the reply's language, a neighbour's sentence of the same meaning).
_NEIGHBOURS = [
    (
        "zh",
        "您好，\n\n我們已經查過物流，包裹目前仍在運送途中，預計下週會送達。{}\n\n謝謝您的耐心！",
        "非常抱歉讓您久等了，{}",
        "非常抱歉讓您久等了，기다리게 해 드려서 정말 죄송합니다.",
    ),
    (
        "sv",
        "Hej Karin,\n\nvi har kollat spårningen och paketet är fortfarande på väg till dig. {}"
        "\n\nMed vänliga hälsningar",
        "Hör gärna av dig om du undrar över något.",
        "Skriv endelig til os, hvis du har spørgsmål om noget.",
    ),
    (
        "cs",
        "Dobrý den,\n\nověřili jsme sledování a zásilka je stále na cestě k vám. {}\n\nS pozdravem",
        "Omlouváme se, že čekání trvá tak dlouho.",
        "Przepraszamy, że oczekiwanie trwa tak długo.",
    ),
    (
        "hu",
        "Kedves Anna!\n\nEllenőriztük a nyomkövetést, a csomag még úton van Önhöz. {}\n\nÜdvözlettel:",
        "Elnézést kérünk, hogy ilyen sokáig tart a várakozás.",
        "Omlouváme se, že čekání trvá tak dlouho.",
    ),
    (
        "fi",
        "Hei Liisa,\n\ntarkistimme seurannan, ja paketti on yhä matkalla sinulle. {}\n\nYstävällisin terveisin",
        "Pahoittelemme, että odotus on kestänyt näin kauan.",
        "Vabandame, et ootamine on nii kaua kestnud.",
    ),
    (
        "de",
        "Hallo Frau Weber,\n\nwir haben die Sendungsverfolgung geprüft, das Paket ist noch unterwegs. {}"
        "\n\nViele Grüße",
        "Möchten Sie noch etwas warten?",
        "Preferisce aspettare ancora un po'?",
    ),
]


@pytest.mark.parametrize(("lang", "reply", "own", "neighbour"), _NEIGHBOURS)
def test_a_close_neighbours_sentence_or_another_scripts_clause_fails(
    lang: str, reply: str, own: str, neighbour: str
) -> None:
    c = dev_case("transit_en")
    assert outcome(c.check(reply.format(own.format("")), language=lang), LANG).passed
    o = outcome(c.check(reply.format(neighbour), language=lang), LANG)
    assert not o.passed, o.detail
    assert "part of the reply is in" in o.detail


# Short sentences (three to six words) in another language that no sign used to reach: the
# reply's marker lists the other languages' distinctive function words, and a Hangul block or
# a kana weighs as a syllable, not one letter. (language, reply with {}, own, foreign).
_SHORT_FOREIGN = [
    (
        "en",
        "Hello Sam,\n\nwe checked the tracking and the parcel is still on its way to you. It left our warehouse "
        "on Monday, and the carrier expects to deliver it within the next few days. {}\n\nBest regards",
        "We are truly sorry about this.",
        "Das war leider ein Fehler unsererseits.",
    ),
    (
        "en",
        "Hello Sam,\n\nwe checked the tracking and the parcel is still on its way to you. It left our warehouse "
        "on Monday, and the carrier expects to deliver it within the next few days. {}\n\nBest regards",
        "We look forward to your answer.",
        "Esperamos su respuesta muy pronto.",
    ),
    (
        "cs",
        "Dobrý den,\n\nověřili jsme sledování a zásilka je stále na cestě k vám. {}\n\nS pozdravem",
        "Velice se omlouváme za potíže.",
        "Wir bedauern diese Verzögerung sehr.",
    ),
    (
        "pl",
        "Dzień dobry,\n\nsprawdziliśmy śledzenie i paczka jest nadal w drodze do Państwa. {}\n\nPozdrawiamy",
        "Bardzo przepraszamy za ten kłopot.",
        "Wir hoffen, Sie sind zufrieden.",
    ),
    (
        "ru",
        "Здравствуйте, Анна!\n\nМы проверили отслеживание, посылка всё ещё в пути. {}\n\nС уважением",
        "Нам действительно очень неприятно.",
        "Це дуже сумна новина для нас.",
    ),
    (
        "uk",
        "Добрий день, Олено!\n\nМи перевірили відстеження, посилка ще в дорозі до вас. {}\n\nЗ повагою",
        "Нам справді дуже прикро через це.",
        "Нам очень жаль, извините нас.",
    ),
    (
        "ja",
        "田中様\n\n追跡情報を確認したところ、荷物はまだ配送中です。{}\n\nよろしくお願いいたします。",
        "ご迷惑をおかけして申し訳ありません。",
        "늦어서 정말 죄송합니다.",
    ),
]


@pytest.mark.parametrize(("lang", "reply", "own", "foreign"), _SHORT_FOREIGN)
def test_a_short_sentence_in_another_language_with_no_letter_of_its_own_fails(
    lang: str, reply: str, own: str, foreign: str
) -> None:
    c = dev_case("transit_en")
    assert outcome(c.check(reply.format(own), language=lang), LANG).passed
    o = outcome(c.check(reply.format(foreign), language=lang), LANG)
    assert not o.passed, o.detail
    assert "part of the reply is in" in o.detail


# Thirty-first/thirty-second sets: an English clause before a semicolon is read on its own; an
# English line with contractions ("we're", "you'd") is a sign too; a short English sentence far
# ahead of the reply's own language in lingua's reading fails; a close neighbour's clause joined
# to the reply's own by "a" is read from its first to its last marked word.
@pytest.mark.parametrize(
    ("case", "sentence", "lang"),
    [
        ("evid_size_es", "Sorry about all the hassle this caused; quedamos atentos a su respuesta.", "en"),
        ("evid_color_pl", "We're so sorry it didn't arrive as expected.", "en"),
        ("evid_quality_de", "Just tell us which one works better for you.", "en"),
        ("evid_color_pl", "Velmi se omlouváme za zdržení a czekamy na Pani zdjęcia.", "cs"),
    ],
)
def test_a_foreign_clause_or_short_english_line_fails(case: str, sentence: str, lang: str) -> None:
    c = dev_case(case)
    o = outcome(c.check(c.good[0].replace("\n\n", "\n\n" + sentence + "\n\n", 1)), LANG)
    assert not o.passed
    assert f"is in {lang}" in o.detail


@pytest.mark.parametrize(
    ("case", "sentence"),
    [
        ("evid_size_es", "Lamentamos mucho las molestias; quedamos atentos a su respuesta."),
        ("evid_color_pl", "Bardzo nam przykro; czekamy na zdjęcia z kawiarni Café Olé."),
        ("evid_quality_de", "Sagen Sie uns einfach, welche Lösung Ihnen lieber ist; wir kümmern uns darum."),
    ],
)
def test_a_semicolon_or_a_foreign_name_in_the_replys_own_language_passes(case: str, sentence: str) -> None:
    c = dev_case(case)
    assert outcome(c.check(c.good[0].replace("\n\n", "\n\n" + sentence + "\n\n", 1)), LANG).passed


# Thirty-third set: "Sorry for the hassle!" has four English words but 17 letters, under the
# short-sentence floor; a whole English sentence is read from the tiny floor on.
@pytest.mark.parametrize(
    ("case", "sentence", "flagged"),
    [
        ("evid_quality_de", "Sorry for the hassle!", True),
        ("evid_size_es", "Sorry for the hassle!", True),
        ("evid_quality_de", "Danke für die Fotos!", False),
        ("evid_size_es", "¡Gracias por las fotos!", False),
    ],
)
def test_a_four_word_english_apology_fails(case: str, sentence: str, flagged: bool) -> None:
    c = dev_case(case)
    o = outcome(c.check(c.good[0].replace("\n\n", "\n\n" + sentence + "\n\n", 1)), LANG)
    assert o.passed is not flagged


# Thirty-fifth to fortieth sets: a sign-off formula of another language on a line of its own
# ("Cordiali saluti" under a German reply) is too short for the detector; the formulas themselves
# (style.yaml `closings`) tell it. The reply's own formula, or one its language shares, passes.
@pytest.mark.parametrize(
    ("case", "closing", "flagged"),
    [
        ("evid_quality_de", "Cordiali saluti", True),
        ("evid_quality_de", "Kind regards,", False),  # stores sign in English under any language
        ("evid_quality_de", "Met vriendelijke groet", True),
        ("evid_size_es", "Atenciosamente,", True),
        ("evid_size_es", "Mit freundlichen Grüßen", True),
        ("evid_color_pl", "S pozdravem", True),
        ("evid_counterfeit_it", "Saludos cordiales", True),
        ("transit_ru", "З повагою,", True),
        ("transit_nl", "Venlig hilsen", True),
        ("transit_pt", "Cordialement", True),
        ("transit_en", "Saygılarımızla,", True),
        ("transit_en", "Z pozdrowieniami", True),
        ("evid_quality_de", "Viele Grüße", False),
        ("evid_size_es", "Atentamente,", False),
        ("evid_size_es", "Un saludo cordial, el equipo", False),
        ("evid_color_pl", "Z pozdrowieniami", False),
        ("evid_counterfeit_it", "Cordialmente", False),
        ("transit_pt", "Cordialmente,", False),
        ("transit_ru", "С уважением,", False),
        ("transit_en", "Kind regards, the team", False),
    ],
)
def test_a_closing_formula_in_another_language_fails(case: str, closing: str, flagged: bool) -> None:
    c = dev_case(case)
    lines = c.good[0].split("\n")
    message = "\n".join([*lines[:-2], "", closing, *lines[-2:]])
    assert outcome(c.check(message), LANG).passed is not flagged


# Thirty-sixth and thirty-ninth sets: a Danish sentence in a Swedish reply (its own words: "håber",
# "os") and an English clause after a comma in an Arabic one are read on their own.
def test_a_danish_sentence_in_a_swedish_reply_and_an_english_clause_in_arabic_fail() -> None:
    c = dev_case("transit_en")
    swedish = (
        "Hej Erik!\n\nVi har tagit del av plattformens beslut om retur och återbetalning och godtar det fullt ut. "
        "Förlåt att du fick fel jacka.\n\nSå snart returen har kommit fram behandlas din återbetalning.\n\n"
        "Vi håber, at du har lyst til at handle hos os igen fremover.\n\nVänliga hälsningar\nOur Store team"
    )
    assert not outcome(c.check(swedish, "sv"), LANG).passed
    arabic = (
        "مرحباً نور الهدى،\n\nشكراً لتواصلك معنا، ونتفهم تماماً قلقك. نود إعلامك بأن طردك محتجز حالياً لدى الجمارك.\n\n"
        "نرجو منك قليلاً من الصبر حتى تفرج الجمارك عن الطرد، We will keep you posted every step of the way.\n\n"
        "فريق بيت النظافة"
    )
    assert not outcome(c.check(arabic, "ar"), LANG).passed
    english = " We will keep you posted every step of the way."
    assert english in arabic
    assert outcome(c.check(arabic.replace(english, " شكراً لك."), "ar"), LANG).passed


def test_a_norwegian_sentence_in_a_swedish_reply_fails() -> None:
    # forty-fourth set: Bokmål words the Swedish alphabet has letters for ("Gi oss beskjed om hva ...")
    c = dev_case("transit_en")
    swedish = (
        "Hej Linnea!\n\nStort tack för att du tog bilder – det hjälper oss mycket. Det är tråkigt att se fläcken, "
        "och vi förstår att du blev besviken.\n\nDu får välja det som passar dig bäst: antingen behåller du filten "
        "eller så returnerar du den och får pengarna tillbaka.\n\n{}\n\nNordic Nest Home team"
    )
    assert not outcome(c.check(swedish.format("Gi oss beskjed om hva du foretrekker."), "sv"), LANG).passed
    assert outcome(c.check(swedish.format("Hör av dig och berätta vad du föredrar."), "sv"), LANG).passed


# Families added after the fiftieth set: one sentence of a neighbour in a reply of another language,
# found by its own function words or verb endings (Spanish "-emos" in Italian, Italian "qualsiasi" in
# French), a Chinese clause after a Japanese one, a closing line that ends in a comma, a run of another
# script inside a Latin sentence, and a neighbour's sentence after a paragraph that had a marker too.
@pytest.mark.parametrize(
    ("language", "message", "flagged"),
    [
        (
            "es",
            "Hola, Diego:\n\nTe confirmamos que tu cafetera va en camino y puedes seguirla con el número de "
            "rastreo. Los envíos internacionales a veces pasan varios días sin actualizar el rastreo.\n\n"
            "¿Podrías, por favor, cerrar la disputa por ahora?\n\nFeel free to reach out if anything else "
            "comes up.\n\nSaludos cordiales,\nCasa Brava team",
            True,
        ),
        (
            "it",
            "Gentile Marco,\n\ncapiamo bene il fastidio di vedere il pacco fermo da una settimana. Al momento la "
            "spedizione è trattenuta in dogana.\nSi la aduana pide algún documento, como la factura, se lo "
            "enviaremos enseguida.\n\nCordiali saluti,\nCasaCaffè Store team",
            True,
        ),
        (
            "fr",
            "Bonjour Antoine,\n\nVotre guirlande lumineuse est repartie à la même adresse. Nous garderons un œil "
            "sur son acheminement. Non esiti a scriverci qui se ha qualsiasi domanda.\n\nBien cordialement,\n"
            "Lumina Déco team",
            True,
        ),
        (
            "ja",
            "佐藤 美咲 様\n\n陶器のマグカップを改めて発送いたしました。\n\n"
            "新しいお荷物の配送状況は私どもでも注意して確認し、"
            "如果有任何新的物流信息，我们会第一时间通知您。"
            "到着まで今しばらくお待ちください。\n\nHanami Home サポートチーム",
            True,
        ),
        (
            "ru",
            "Здравствуйте, Ольга!\n\nНам очень жаль: похоже, ваша посылка с термокружкой потерялась в пути. "
            "Хотите, мы отправим вам кружку ещё раз?\n\nДякуємо за розуміння та терпіння,\nКоманда TeploDom",
            True,
        ),
        (
            "pl",
            "Dzień dobry, Pani Katarzyno,\n\nuprzejmie informujemy, że zwrócona kurtka dotarła już do nas.\n\n"
            "Дякуємо за терпіння i mamy nadzieję, że jeszcze kiedyś będziemy mogli Panią obsłużyć.\n\n"
            "Z pozdrowieniami\nDeszczowiec team",
            True,
        ),
        (
            "cs",
            "Dobrý den, pane Nováku,\n\nmoc se omlouváme, zásilka se cestou ztratila. Prosíme vás také, abyste si "
            "zkontroloval, že je vaše doručovací adresa správná.\n\nDziękujemy za cierpliwość.\n\nS pozdravem\n"
            "VzduchShop team",
            True,
        ),
        (
            "ru",
            "Здравствуйте, Ольга!\n\nНам очень жаль: похоже, ваша посылка потерялась в пути.\n\n"
            "Спасибо за понимание и терпение,\nКоманда TeploDom",
            False,
        ),
        (
            "it",
            "Gentile Marco,\n\ncapiamo bene il fastidio. Se la dogana chiede un documento, come la fattura, "
            "glielo invieremo subito e speriamo di risolvere presto.\n\nCordiali saluti,\nCasaCaffè Store team",
            False,
        ),
    ],
)
def test_a_neighbours_sentence_or_clause_fails(language: str, message: str, flagged: bool) -> None:
    c = dev_case("transit_en")
    assert outcome(c.check(message, language), LANG).passed is not flagged


def test_all_languages_closings_in_one_regex_fullmatch_where_one_language_does() -> None:
    # _foreign_closing tries the joined regex first and skips a line it does not fullmatch.
    import json
    from pathlib import Path

    from disputedraft.checks.lexicon import default_lexicon
    from disputedraft.checks.text import fold

    closings = default_lexicon().closings
    joined = closings.any_exact
    assert joined is not None
    root = Path(__file__).resolve().parents[1]
    replies = [json.loads(line)["message"] for line in (root / "evals/checker/labelled.jsonl").open()]
    lines = {line.strip(" ,.!") for reply in replies for line in fold(reply).splitlines()}
    lines |= {"saludos cordiales", "mit freundlichen grussen", "best regards", "с уважением", ""}
    matched = 0
    for line in lines:
        one = any(alt.exact.fullmatch(line) for alt in closings.by_lang.values())
        assert bool(joined.fullmatch(line)) == one, line
        matched += one
    assert matched >= 20
