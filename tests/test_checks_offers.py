"""no_unallowed_offer: forbidden concepts in any language, and money beyond the allowed offers."""

from __future__ import annotations

import pytest

from checks_dev.support import dev_case, failed, outcome, swap

OFFER = "no_unallowed_offer"


def offer_detail(case: str, message: str) -> str:
    o = outcome(dev_case(case).check(message), OFFER)
    return "" if o.passed else o.detail


@pytest.mark.parametrize(
    ("case", "old", "new", "concept"),
    [
        (
            "transit_en",
            "so you stay fully protected until the earbuds arrive.",
            "and we'll refund you if it has not arrived by then.",
            "refund",
        ),
        ("evid_size_es", "le propondremos una solución.", "le haremos un descuento del 30%.", "discount"),
        (
            "evid_damaged_fr",
            "reviendrons vers vous avec une solution.",
            "vous offrirons un dédommagement pour le désagrément.",
            "compensation",
        ),
        ("evid_missing_ru", "мы их изучим и предложим вам решение.", "мы добавим в посылку подарок.", "free item"),
        (
            "transit_pt",
            "Nós prolongamos a sua proteção",
            "Se não chegar, enviamos outro tapete. Nós prolongamos a sua proteção",
            "reshipment",
        ),
        ("transit_ko", "15일 연장해 드려서", "15일 연장해 드리고 쿠폰도 드려서", "free item"),
        ("escalation_de", "eine Lösung zu finden.", "eine Lösung zu finden, etwa mit einer Rückerstattung.", "refund"),
        ("await_pt", "e nós vamos respeitar o resultado.", "e, se for preciso, faremos o reembolso.", "refund"),
        ("evid_color_pl", "wrócimy do Pani z propozycją rozwiązania.", "wyślemy nowy sweter.", "reshipment"),
        (
            "evid_quality_de",
            "melden uns mit einer Lösung bei Ihnen.",
            "schicken Ihnen einen neuen Rucksack.",
            "reshipment",
        ),
        (
            "evid_missing_ru",
            "мы их изучим и предложим вам решение.",
            "мы отправим недостающие биты повторно.",
            "reshipment",
        ),
        ("evid_not_working_ko", "해결 방법을 안내해 드리겠습니다.", "새 제품으로 교환해 드리겠습니다.", "reshipment"),
        (
            "evid_counterfeit_it",
            "le proporremo una soluzione.",
            "le faremo uno sconto sul prossimo ordine.",
            "discount",
        ),
    ],
)
def test_forbidden_offers_are_caught_in_many_languages(case: str, old: str, new: str, concept: str) -> None:
    text = offer_detail(case, swap(dev_case(case).good[0], old, new))
    assert f"offers {concept}" in text


@pytest.mark.parametrize(
    ("case", "old", "new"),
    [
        # Negated mentions are not offers.
        (
            "evid_not_working_en",
            "come back to you with a solution.",
            "come back to you with a solution. We can't offer a refund before we have seen the video.",
        ),
        (
            "evid_size_es",
            "le propondremos una solución.",
            "le propondremos una solución; todavía no podemos ofrecer un reembolso.",
        ),
        (
            "customs_buyer_de",
            "schicken wir Ihnen diese sehr gerne zu.",
            "schicken wir Ihnen diese sehr gerne zu. Eine Erstattung ist in diesem Fall leider nicht möglich.",
        ),
        # The buyer's own request, reported back, is not an offer.
        (
            "transit_en",
            "I'm really sorry for the long wait,",
            "I know you asked for a refund, and I'm really sorry for the wait,",
        ),
    ],
)
def test_mentions_that_are_not_offers_pass(case: str, old: str, new: str) -> None:
    assert offer_detail(case, swap(dev_case(case).good[0], old, new)) == ""


def test_unconditional_promise_after_a_comma_is_not_excused_by_an_earlier_negation() -> None:
    c = dev_case("transit_en")
    message = swap(c.good[0], "Thank you for your patience.", "Don't worry, we will refund you if needed.")
    assert "offers refund" in offer_detail("transit_en", message)


def test_return_instructions_may_talk_about_the_refund_and_the_order_total() -> None:
    c = dev_case("return_instr_en")
    assert "Your refund of 28.00 USD" in c.good[0]
    assert offer_detail("return_instr_en", c.good[0]) == ""


def test_return_instructions_may_not_offer_more_than_the_order_total() -> None:
    c = dev_case("return_instr_en")
    message = swap(c.good[0], "Your refund of 28.00 USD", "Your refund of 38.00 USD")
    assert "more than the order total" in offer_detail("return_instr_en", message)


def test_partial_refund_above_the_cap_is_caught_and_the_full_refund_with_return_is_not() -> None:
    c = dev_case("partial_en")
    assert offer_detail("partial_en", c.good[0]) == ""  # 12.60 partial, 42.00 with the return
    above = swap(c.good[0], "partial refund of 12.60 USD", "partial refund of 20.00 USD")
    assert "more than the partial refund cap (12.60)" in offer_detail("partial_en", above)


def test_partial_refund_percentage_above_the_maximum_is_caught() -> None:
    c = dev_case("partial_en")
    message = swap(c.good[0], "receive a partial refund of 12.60 USD", "receive a 50% partial refund (12.60 USD)")
    assert "50%" in offer_detail("partial_en", message)


@pytest.mark.parametrize(
    ("case", "old", "new"),
    [
        (
            "partial_es",
            "o devolvérnosla y recibir el reembolso completo una vez que nos llegue.",
            "o recibir el reembolso completo sin necesidad de devolverla.",
        ),
        (
            "partial_en",
            "2. Return the stand to us for a full refund of 42.00 USD once it arrives.",
            "2. Keep the stand and still get a full refund of 42.00 USD.",
        ),
    ],
)
def test_full_refund_without_the_return_is_caught(case: str, old: str, new: str) -> None:
    assert "without the return" in offer_detail(case, swap(dev_case(case).good[0], old, new))


def test_reshipment_is_fine_where_it_is_the_remedy_but_gifts_are_not() -> None:
    c = dev_case("reship_offer_en")
    assert offer_detail("reship_offer_en", c.good[0]) == ""
    assert offer_detail("reship_offer_en", c.good[1]) == ""  # "reship ... free of charge"
    gift = swap(c.good[0], "at no extra cost?", "at no extra cost, with a free gift inside?")
    assert "offers free item" in offer_detail("reship_offer_en", gift)


def test_a_free_replacement_is_forbidden_before_the_evidence() -> None:
    c = dev_case("evid_not_working_en")
    message = swap(c.good[0], "come back to you with a solution.", "send you a free replacement.")
    text = offer_detail("evid_not_working_en", message)
    assert "offers reshipment" in text


def test_money_offer_in_a_remedy_without_money_offers() -> None:
    c = dev_case("escalation_en")
    message = swap(c.good[0], "We're still open", "We could send you 10.00 USD to make up for it. We're still open")
    report = c.check(message)
    assert OFFER in failed(report)
    assert "no money offer" in outcome(report, OFFER).detail


def test_in_return_and_gift_as_ordinary_words() -> None:
    c = dev_case("transit_en")
    assert "In return, we will extend" in c.good[0]
    assert offer_detail("transit_en", c.good[0]) == ""
    gift = swap(c.good[0], "I'm really sorry", "I know the earbuds were meant as a gift, and I'm really sorry")
    assert offer_detail("transit_en", gift) == ""


@pytest.mark.parametrize(
    ("case", "old", "new"),
    [
        (
            "reship_offer_es",
            "Sentimos mucho que su paquete se haya perdido por el camino.",
            "Sentimos mucho que su paquete se haya perdido, y más siendo un regalo de Navidad.",
        ),
        ("reship_offer_de", "verloren gegangen ist.", "verloren gegangen ist, zumal es ein Weihnachtsgeschenk war."),
    ],
)
def test_the_buyers_gift_is_not_a_gift_offer(case: str, old: str, new: str) -> None:
    assert offer_detail(case, swap(dev_case(case).good[0], old, new)) == ""


def test_a_gift_coupon_for_the_next_order_is_still_an_offer() -> None:
    c = dev_case("return_instr_en")
    message = swap(c.good[0], "again in the future.", "again in the future, with a gift card for your next order.")
    assert "offers free item" in offer_detail("return_instr_en", message)


@pytest.mark.parametrize(
    ("case", "old", "new"),
    [
        ("evid_not_working_en", "could you please record a short video", "could you please send us a new video"),
        ("evid_size_es", "¿podría enviarnos una foto", "¿podría enviarnos la foto correcta"),
        ("customs_buyer_en", "we will send it straight away", "we will send you a new invoice straight away"),
    ],
)
def test_asking_the_buyer_to_send_something_is_not_a_reshipment(case: str, old: str, new: str) -> None:
    assert offer_detail(case, swap(dev_case(case).good[0], old, new)) == ""


@pytest.mark.parametrize(
    ("case", "old", "new", "concept"),
    [
        # a negation inside an earlier condition does not excuse the promise after it
        (
            "transit_en",
            "Thank you for your patience.",
            "If it isn't delivered soon we'll simply refund your order.",
            "refund",
        ),
        # sending a new one, said by the seller
        (
            "transit_nl",
            "Met vriendelijke groet",
            "We sturen je alvast gratis een nieuw exemplaar op.\n\nMet vriendelijke groet",
            "reshipment",
        ),
        (
            "transit_it",
            "Grazie per la pazienza",
            "Le spediremo subito un nuovo paio. Grazie per la pazienza",
            "reshipment",
        ),
        (
            "evid_damaged_fr",
            "Bien cordialement,",
            "Nous allons vous envoyer une nouvelle lampe dès demain.\n\nBien cordialement,",
            "reshipment",
        ),
        (
            "evid_not_working_en",
            "come back to you with a solution.",
            "send you a new unit at no extra cost.",
            "reshipment",
        ),
        # money back with words in between
        (
            "evid_quality_de",
            "Viele Grüße",
            "Ihr Geld bekommen Sie natürlich zurück.\n\nViele Grüße",
            "refund",
        ),
        # a gift offered to the buyer is still an offer
        (
            "evid_damaged_fr",
            "Bien cordialement,",
            "Nous vous offrons un cadeau pour nous excuser.\n\nBien cordialement,",
            "free item",
        ),
    ],
)
def test_promise_families_are_caught(case: str, old: str, new: str, concept: str) -> None:
    assert f"offers {concept}" in offer_detail(case, swap(dev_case(case).good[0], old, new))


@pytest.mark.parametrize(
    ("case", "old", "new"),
    [
        (
            "evid_damaged_fr",
            "avec le pied fendu.",
            "avec le pied fendu, d'autant plus qu'il s'agissait d'un cadeau.",
        ),
        ("evid_size_es", "no le quede bien.", "no le quede bien, sobre todo porque se trataba de un regalo."),
        (
            "evid_counterfeit_it",
            "capiamo bene la sua preoccupazione.",
            "capiamo bene la sua preoccupazione, visto che si trattava di un regalo.",
        ),
        ("evid_quality_de", "Viele Grüße", "Zumal es sich um ein Geschenk handelte, tut uns das leid.\n\nViele Grüße"),
        ("transit_nl", "Met vriendelijke groet", "Stuur ons gerust een nieuwe foto.\n\nMet vriendelijke groet"),
        ("transit_en", "Thank you for your patience.", "We will not refund you while the parcel is moving."),
        ("transit_en", "Thank you for your patience.", "We can't offer a refund before it arrives."),
    ],
)
def test_buyers_gifts_requests_and_negated_offers_pass(case: str, old: str, new: str) -> None:
    assert offer_detail(case, swap(dev_case(case).good[0], old, new)) == ""


def offer_detail_in(case: str, language: str, message: str) -> str:
    """The offer check's complaint when the reply must be in `language` (its word lists apply)."""
    o = outcome(dev_case(case).check(message, language), OFFER)
    return "" if o.passed else o.detail


def offer_in_partial_en(language: str, sentence: str) -> str:
    """The offer check's detail for partial_en's good reply with `sentence` added before its sign-off."""
    message = swap(dev_case("partial_en").good[0], "Kind regards,", f"{sentence}\n\nKind regards,")
    return offer_detail_in("partial_en", language, message)


# Classes of offers that the sixth labelled set showed the checks missing, each in several
# languages: (dev case, language the reply must be in, text replaced, replacement, expected).
@pytest.mark.parametrize(
    ("case", "language", "old", "new", "expect"),
    [
        # the price back once the defect is confirmed (a conditional refund)
        (
            "evid_quality_de",
            "de",
            "melden uns mit einer Lösung bei Ihnen.",
            "falls sich der Defekt bestätigt, bekommen Sie den Kaufpreis komplett zurück.",
            "offers refund",
        ),
        (
            "evid_not_working_en",
            "en",
            "come back to you with a solution.",
            "if it's faulty you'll get the full price back.",
            "offers refund",
        ),
        (
            "evid_not_working_en",
            "da",
            "Best regards,",
            "Hvis fejlen bekræftes, får De pengene tilbage.\n\nBest regards,",
            "offers refund",
        ),
        (
            "evid_not_working_en",
            "fi",
            "Best regards,",
            "Jos vika vahvistuu, hyvitämme koko summan.\n\nBest regards,",
            "offers refund",
        ),
        (
            "evid_not_working_en",
            "hu",
            "Best regards,",
            "Ha igaza van, visszatérítjük a vételárat.\n\nBest regards,",
            "offers refund",
        ),
        # customs fees paid back later
        (
            "transit_pt",
            "pt",
            "Obrigado pela compreensão,",
            "Se tiver alguma taxa, pode pagar tranquila que depois a gente devolve tudo pra você.\n\nObrigado,",
            "offers refund",
        ),
        (
            "customs_buyer_en",
            "tr",
            "Kind regards,",
            "Gümrük ücretini öderseniz, ücreti size iade ederiz.\n\nKind regards,",
            "offers refund",
        ),
        # the money whatever the platform decides
        (
            "escalation_en",
            "ar",
            "Best regards,",
            "وإذا لم تصل الساعة فسنعيد لك المبلغ كاملاً مهما كان قرار المنصة.\n\nBest regards,",
            "refund",
        ),
        # a negation inside the condition does not excuse the promise after it (V2 order)
        (
            "escalation_en",
            "sv",
            "Best regards,",
            "Om paketet inte dyker upp betalar vi givetvis tillbaka hela beloppet.\n\nBest regards,",
            "refund",
        ),
        # store credit, on top of the refund or instead of it
        (
            "escalation_fr",
            "fr",
            "n'hésitez pas à nous écrire ici.",
            "et nous ajoutons un avoir à utiliser sur votre prochaine commande.",
            "offers compensation",
        ),
        (
            "return_instr_es",
            "es",
            "Esperamos volver a atenderle en el futuro.",
            "Además le dejaremos un saldo a su favor para su próxima compra.",
            "offers compensation",
        ),
        (
            "return_instr_en",
            "en",
            "We hope to do business with you again in the future.",
            "To make up for the trouble, we'll add store credit to your account.",
            "offers compensation",
        ),
        (
            "return_instr_en",
            "ja",
            "Kind regards,",
            "お詫びの印としてポイントを進呈いたします。\n\nKind regards,",
            "offers compensation",
        ),
        # free shipping on the next order
        (
            "return_instr_en",
            "hu",
            "Kind regards,",
            "A kellemetlenségért cserébe a következő rendelésnél ingyen adjuk a szállítást.\n\nKind regards,",
            "offers",
        ),
        (
            "return_instr_en",
            "en",
            "We hope to do business with you again in the future.",
            "We hope to see you again, and your next order ships free.",
            "offers free item",
        ),
        # a free extra item added to the parcel, even where reshipping is the remedy
        (
            "reship_offer_de",
            "de",
            "Viele Grüße",
            "Als Entschuldigung legen wir ein Schneidebrett gratis bei.\n\nViele Grüße",
            "offers",
        ),
        (
            "reship_offer_en",
            "ro",
            "Best wishes,",
            "Ca să ne cerem scuze, adăugăm în colet și un tocător de lemn gratuit.\n\nBest wishes,",
            "offers",
        ),
        (
            "reship_offer_en",
            "en",
            "Best wishes,",
            "We'll also add a free cutting board to the parcel.\n\nBest wishes,",
            "offers free item",
        ),
        ("transit_ru", "ru", "Спасибо за терпение!", "За ожидание добавим в посылку бесплатный фильтр.", "offers"),
        (
            "customs_buyer_en",
            "el",
            "Kind regards,",
            "Για την ταλαιπωρία θα σας στείλουμε δωρεάν ένα σετ ανταλλακτικών φίλτρων.\n\nKind regards,",
            "offers",
        ),
        # sending the item (or the missing parts) before the evidence or the decision
        (
            "evid_not_working_en",
            "en",
            "come back to you with a solution.",
            "ship the correct one out to you free of charge today.",
            "offers reshipment",
        ),
        (
            "escalation_de",
            "de",
            "eine Lösung zu finden.",
            "eine Lösung zu finden, und schicken Ihnen die fehlenden Kupplungen und die Brause"
            " schon jetzt kostenlos nach.",
            "offers reshipment",
        ),
        ("partial_en", "ja", "Kind regards,", "さらに新しいケトルを無料でお送りします。\n\nKind regards,", "offers"),
    ],
)
def test_offer_classes_are_caught_in_many_languages(case: str, language: str, old: str, new: str, expect: str) -> None:
    assert expect in offer_detail_in(case, language, swap(dev_case(case).good[0], old, new))


@pytest.mark.parametrize(
    ("case", "language", "old", "new", "expect"),
    [
        # keeping the item and still getting the full amount back
        (
            "partial_en",
            "en",
            "Please let us know",
            "Or just keep it and we'll refund the full amount anyway. Please let us know",
            "without the return",
        ),
        (
            "partial_ru",
            "ru",
            "Пожалуйста, сообщите",
            "Или оставьте чайник себе, а мы всё равно вернём вам всю сумму. Пожалуйста, сообщите",
            "without the return",
        ),
        (
            "partial_en",
            "nl",
            "Kind regards,",
            "Je mag hem ook gewoon houden en dan storten we het volledige bedrag terug.\n\nKind regards,",
            "without the return",
        ),
        (
            "partial_en",
            "cs",
            "Kind regards,",
            "Klidně si stojan nechte, peníze Vám vrátíme celé.\n\nKind regards,",
            "without the return",
        ),
        # half the price, in words
        (
            "partial_es",
            "es",
            "¿Cuál de las dos prefiere?",
            "(o la mitad del precio si lo prefiere) ¿Cuál de las dos prefiere?",
            "half the price",
        ),
        (
            "partial_en",
            "en",
            "Please let us know",
            "Since both are damaged, we can stretch that to half the order. Please let us know",
            "half the price",
        ),
        ("partial_en", "ja", "Kind regards,", "・返品なしで、代金の半額を返金する\n\nKind regards,", "offers"),
        # half, with a possessive or after the verb (twenty-first set: pl, ko)
        ("partial_en", "pl", "Kind regards,", "Możemy też oddać Pani połowę jego ceny.\n\nKind regards,", "half"),
        ("partial_en", "ko", "Kind regards,", "가격의 절반을 부분 환불해 드릴 수도 있습니다.\n\nKind regards,", "half"),
        ("partial_en", "en", "Kind regards,", "We can refund half of what you paid.\n\nKind regards,", "half"),
        # the cap per piece
        ("partial_en", "en", "partial refund of 12.60 USD.", "partial refund of 12.60 USD per mug.", "per unit"),
        # a third, two thirds in words (twenty-third set: sv)
        ("partial_en", "sv", "Kind regards,", "Eller en tredjedel av priset, om du vill.\n\nKind regards,", "a third"),
        ("partial_en", "en", "Kind regards,", "We could even refund a third of the price.\n\nKind regards,", "a third"),
        (
            "partial_en",
            "de",
            "Kind regards,",
            "Wir erstatten Ihnen gern ein Drittel des Preises.\n\nKind regards,",
            "a third",
        ),
        ("partial_en", "zh", "Kind regards,", "我们可以退还三分之一的货款。\n\nKind regards,", "a third"),
        (
            "partial_en",
            "fr",
            "Kind regards,",
            "Nous pouvons rembourser les deux tiers du prix.\n\nKind regards,",
            "two thirds",
        ),
        # an amount with a spoken currency name (twenty-third set: "50 quid")
        ("partial_en", "en", "Kind regards,", "We could also refund you 500 bucks.\n\nKind regards,", "more than"),
        # a full refund if the buyer would rather not send it back (twenty-fourth set: ro)
        (
            "partial_en",
            "ro",
            "Kind regards,",
            "Dacă nu doriți să-l trimiteți înapoi, vă putem rambursa integral.\n\nKind regards,",
            "without the return",
        ),
        (
            "partial_en",
            "en",
            "Kind regards,",
            "If you'd rather not send it back, we can refund you in full.\n\nKind regards,",
            "without the return",
        ),
        (
            "partial_en",
            "hu",
            "Kind regards,",
            "A teljes összeget visszatérítjük, és a terméket megtarthatja.\n\nKind regards,",
            "without the return",
        ),
    ],
)
def test_more_than_the_cap_in_words_is_caught(case: str, language: str, old: str, new: str, expect: str) -> None:
    assert expect in offer_detail_in(case, language, swap(dev_case(case).good[0], old, new))


@pytest.mark.parametrize(
    ("case", "language", "old", "new"),
    [
        # a free return and a hope for the next order are not offers
        ("return_instr_en", "de", "Kind regards,", "Die Rücksendung ist für Sie kostenlos.\n\nKind regards,"),
        ("return_instr_en", "fr", "Kind regards,", "L'étiquette de retour est gratuite.\n\nKind regards,"),
        (
            "return_instr_en",
            "en",
            "We hope to do business with you again in the future.",
            "We hope your next order arrives without any trouble.",
        ),
        # asking the buyer to send photos of what is missing is not sending it
        ("evid_not_working_en", "ja", "Best regards,", "不足している部品の写真をお送りください。\n\nBest regards,"),
        ("evid_not_working_en", "zh", "Best regards,", "请再发一张照片给我们。\n\nBest regards,"),
        ("evid_not_working_en", "ko", "Best regards,", "누락된 부품 사진을 보내 주세요.\n\nBest regards,"),
        # the buyer's gift; a refund refused; the partial option and the full one with the return
        (
            "reship_offer_en",
            "ro",
            "Best wishes,",
            "Știm că setul era un cadou pentru mama dumneavoastră.\n\nBest wishes,",
        ),
        ("transit_en", "sv", "Thank you for your patience.", "Vi kan inte återbetala innan paketet har kommit fram."),
        ("transit_en", "en", "Thank you for your patience.", "We'll get back to you as soon as the tracking updates."),
        (
            "partial_ru",
            "ru",
            "Пожалуйста, сообщите",
            "Если оставите чайник, частичный возврат составит до 9.00 USD. Пожалуйста, сообщите",
        ),
    ],
)
def test_natural_sentences_near_the_new_classes_pass(case: str, language: str, old: str, new: str) -> None:
    assert offer_detail_in(case, language, swap(dev_case(case).good[0], old, new)) == ""


@pytest.mark.parametrize(
    ("concept", "lang", "sentence"),
    [
        # "utan kostnad" ends the promise; the "utan" must not excuse it as a negation.
        ("reshipment", "sv", "Vi skickar självklart de delar som fattas till dig utan kostnad."),
        ("reshipment", "da", "Vi sender de dele, som mangler, uden beregning."),
        ("refund", "pl", "Po odbiorze paczki zwrócimy Pani równowartość zapłaconego cła."),
    ],
)
def test_promises_in_free_of_charge_and_equivalent_value_wordings_are_offers(
    concept: str, lang: str, sentence: str
) -> None:
    from disputedraft.checks import default_lexicon
    from disputedraft.checks.text import fold

    lex = default_lexicon().offers
    m = lex.concepts[concept].search(fold(sentence), (lang,))
    assert m is not None
    assert not lex.negation_before.search(m.group(), (lang,))


@pytest.mark.parametrize(
    ("concept", "lang", "sentence"),
    [
        # the tenth and eleventh sets: gifts, discounts and compensation said in new ways
        ("free_item", "sv", "Som plåster på såren lägger vi med en extra filt i paketet."),
        ("free_item", "da", "Næste gang får du fri fragt som tak for tålmodigheden."),
        ("free_item", "nl", "Als extraatje doen we er gratis een regenhoes bij."),
        ("free_item", "en", "We'll pop an extra set of tiebacks in the box."),
        ("free_item", "de", "Als kleines Extra legen wir Ihnen ein Geschirrtuch bei."),
        ("discount", "en", "We'll also knock a little off your next order for the trouble."),
        ("compensation", "uk", "А за незручності ми повернемо вам частину вартості чайника."),
        ("refund", "uk", "Ми повернемо вам частину вартості чайника."),
        ("reshipment", "pt", "Podemos já mandar duas taças novas, sem custo nenhum."),
        ("reshipment", "es", "Podemos enviarle otra funda sin coste alguno."),
    ],
)
def test_new_offer_wordings_are_caught(concept: str, lang: str, sentence: str) -> None:
    from disputedraft.checks import default_lexicon
    from disputedraft.checks.text import fold

    assert default_lexicon().offers.concepts[concept].search(fold(sentence), (lang,)) is not None


@pytest.mark.parametrize(
    ("concept", "lang", "sentence"),
    [
        ("free_item", "en", "We'll add extra padding so it travels safely."),
        ("free_item", "en", "We'll add an extra layer of bubble wrap this time."),
        ("compensation", "en", "We apologise for the trouble this has caused."),
        ("reshipment", "pt", "Pode mandar de volta sem custo nenhum com a etiqueta da plataforma."),
        ("reshipment", "es", "Puede enviarla de vuelta sin coste alguno."),
        ("discount", "en", "Please take the cover off before you take the photos."),
    ],
)
def test_natural_sentences_near_the_new_offer_wordings_pass(concept: str, lang: str, sentence: str) -> None:
    from disputedraft.checks import default_lexicon
    from disputedraft.checks.text import fold

    assert default_lexicon().offers.concepts[concept].search(fold(sentence), (lang,)) is None


@pytest.mark.parametrize(
    ("lang", "sentence", "caught"),
    [
        ("en", "If you'd rather skip the return, we can refund the whole amount and you keep the cover.", True),
        ("es", "Le reembolsamos el importe íntegro y se queda con ella.", True),
        ("en", "Send it back and we refund the whole amount; or keep it with a partial refund.", False),
        ("es", "Si nos la devuelve, le reembolsamos el importe íntegro.", False),
    ],
)
def test_full_refund_while_keeping_the_item_either_order(lang: str, sentence: str, caught: bool) -> None:
    from disputedraft.checks import default_lexicon
    from disputedraft.checks.text import fold

    found = default_lexicon().offers.refund_without_return.search(fold(sentence), (lang,))
    assert (found is not None) == caught


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        # the money back, said without the word "refund"
        ("es", "Si se ve que viene defectuosa, le regresamos su dinero completo."),
        ("ru", "Или вам удобнее сразу получить деньги назад?"),
        ("ar", "وإن لم ترغبي في ذلك، نعيد لكِ المبلغ كاملًا فورًا."),
        ("it", "Se preferisce, può avere i soldi indietro."),
        ("pl", "Może Pani dostać pieniądze z powrotem."),
        ("pt", "Você recebe o dinheiro de volta na hora."),
    ],
)
def test_money_back_in_other_words_is_a_refund(lang: str, sentence: str) -> None:
    from disputedraft.checks import default_lexicon
    from disputedraft.checks.text import fold

    assert default_lexicon().offers.concepts["refund"].search(fold(sentence), (lang,))


def test_a_refund_after_an_arabic_comma_is_not_excused_by_the_condition_before_it() -> None:
    c = dev_case("reship_offer_en")
    message = swap(c.good[0], "Hi Sarah,", "Hi Sarah, وإن لم ترغبي في ذلك، نعيد لكِ المبلغ كاملًا فورًا.")
    assert "offers refund" in outcome(c.check(message, "ar"), OFFER).detail


def test_the_item_bought_for_a_gift_is_not_a_free_gift_offered() -> None:
    c = dev_case("evid_not_working_en")
    good = swap(c.good[0], "That must be frustrating.", "What a let-down for a gift.")
    assert offer_detail("evid_not_working_en", good) == ""
    bad = swap(c.good[0], "That must be frustrating.", "We'll add a small gift to make up for it.")
    assert "offers free item" in offer_detail("evid_not_working_en", bad)


def test_keeping_the_item_with_a_full_refund_is_caught_in_chinese() -> None:
    from disputedraft.checks import default_lexicon
    from disputedraft.checks.text import fold

    lex = default_lexicon().offers.refund_without_return
    assert lex.search(fold("枕套您留着，我们直接全额退款给您。"), ("zh",))
    assert not lex.search(fold("您可以保留枕套并获得部分退款，或退货后全额退款。"), ("zh",))


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "If it turns out to be our mistake, you'll get every penny back."),
        ("es", "Si fue culpa nuestra, le devolvemos hasta el último céntimo."),
        ("de", "Dann bekommen Sie jeden Cent zurück."),
    ],
)
def test_every_penny_back_is_a_refund(lang: str, sentence: str) -> None:
    from disputedraft.checks import default_lexicon
    from disputedraft.checks.text import fold

    assert default_lexicon().offers.concepts["refund"].search(fold(sentence), (lang,))


def test_worth_every_penny_is_no_refund() -> None:
    from disputedraft.checks import default_lexicon
    from disputedraft.checks.text import fold

    assert not default_lexicon().offers.concepts["refund"].search(fold("We hope it was worth every penny."), ("en",))


def test_a_gift_for_you_in_arabic_is_offered_and_a_gift_for_her_is_reported() -> None:
    from disputedraft.checks import default_lexicon
    from disputedraft.checks.text import fold

    reported = default_lexicon().offers.reported
    assert not reported.search(fold("وتقديرا لصبرك سنضيف لك هدية مع الطلب"), ("ar",))
    assert reported.search(fold("كانت هدية لأختي"), ("ar",))
    assert reported.search(fold("اشتريتها كهدية"), ("ar",))


def _offer_in(language: str, sentence: str) -> str:
    c = dev_case("transit_en")
    o = outcome(c.check(swap(c.good[0], "I'm really sorry", f"{sentence} I'm really sorry"), language), OFFER)
    return "" if o.passed else o.detail


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("pt", "Sabemos que eram um presente para a sua mãe."),
        ("tr", "Hediye olduğunu düşününce çok üzüldük."),
        ("es", "Sabemos que eran un regalo para su madre."),
        ("de", "Wir wissen, dass es ein Geschenk für Ihre Mutter war."),
        ("en", "Knowing they were a present for your mother, we are sorry."),
        ("sv", "Vi vet att det var en present till din mamma."),
    ],
)
def test_the_buyers_own_gift_is_not_an_offer(language: str, sentence: str) -> None:
    assert _offer_in(language, sentence) == ""


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("pt", "Vamos mandar-lhe um presente."),
        ("tr", "Size bir hediye göndereceğiz."),
        ("pt", "O valor das canecas ser-lhe-á descontado."),
        ("de", "Sollte sie nicht ankommen, schicken wir Ihnen selbstverständlich sofort eine neue."),
        ("ar", "نتوقع أن يُعاد لك المبلغ كاملاً."),
    ],
)
def test_gifts_deductions_and_new_ones_offered_are_caught(language: str, sentence: str) -> None:
    assert _offer_in(language, sentence) != ""


def test_a_new_item_at_no_cost_is_a_reshipment_whatever_the_word_order() -> None:
    from disputedraft.checks.lexicon import default_lexicon
    from disputedraft.checks.text import fold

    cues = default_lexicon().offers.concepts["reshipment"]
    assert cues.search(fold("men vill du kan vi redan nu skicka en ny filt utan kostnad."), ("sv", "en"))
    assert cues.search(fold("Si lo prefieres, otra unidad te llega sin ningún coste."), ("es", "en"))
    assert cues.search(fold("Here is a new return label, free of charge."), ("en",)) is None


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        # the "no" belongs to the condition, not to the refund (twenty-second set, es)
        ("es", "Y si al final no llega, te devolvemos el dinero."),
        ("fr", "Et si le colis n'arrive pas, nous vous rembourserons."),
        ("de", "Falls das Paket nicht ankommt, erstatten wir Ihnen den vollen Betrag."),
        ("en", "And if it doesn't arrive, we will refund you in full."),
    ],
)
def test_a_refund_if_the_parcel_does_not_arrive_is_still_an_offer(language: str, sentence: str) -> None:
    assert _offer_in(language, sentence) != ""


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("es", "No le devolveremos el dinero por ahora, el paquete sigue en camino."),
        ("en", "We cannot refund you while the parcel is still on its way."),
    ],
)
def test_a_refused_refund_is_not_an_offer(language: str, sentence: str) -> None:
    assert _offer_in(language, sentence) == ""


@pytest.mark.parametrize(
    ("add", "flagged"),
    [
        # A seller's verb adding something free is an offer even beside the buyer's gift.
        (" C'était un cadeau d'anniversaire, nous ajouterons donc un deuxième kit gratuit.", True),
        (" C'était un cadeau d'anniversaire, nous en sommes désolés.", False),
    ],
)
def test_a_free_extra_is_not_excused_by_the_buyers_gift(add: str, flagged: bool) -> None:
    c = dev_case("reship_confirm_fr")
    paragraphs = c.good[0].split("\n\n")
    paragraphs[1] = paragraphs[1].rstrip() + add
    assert bool(offer_detail("reship_confirm_fr", "\n\n".join(paragraphs))) is flagged


@pytest.mark.parametrize(
    "sentence",
    ["请放心，无论结果如何都会全额退款给您。", "請放心，不論結果如何都會全額退款給您。"],
)
def test_money_back_whatever_happens_in_simplified_and_traditional_chinese(sentence: str) -> None:
    from disputedraft.checks import default_lexicon
    from disputedraft.checks.text import fold

    assert default_lexicon().offers.money_back_anyway.search(fold(sentence), ("zh",))


def _partial_with(language: str, sentence: str) -> str:
    """The partial-or-return reply with one more sentence after the options."""
    c = dev_case("partial_en")
    message = swap(c.good[0], "Please let us know", f"{sentence}\n\nPlease let us know")
    o = outcome(c.check(message, language), OFFER)
    return "" if o.passed else o.detail


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "If you keep it, we can even refund double what you paid."),
        ("en", "We could also go up to twice that amount as a partial refund."),
        ("de", "Alternativ erstatten wir Ihnen das Doppelte des Kaufpreises."),
        ("fr", "Nous pouvons aussi vous rembourser le double du prix."),
        ("tr", "Ayrıca ödediğiniz tutarın üç katını iade edebiliriz."),
        ("hu", "A vételár kétszeresét is visszatérítjük."),
        ("ja", "ご購入金額の2倍を返金いたします。"),
        ("ko", "결제 금액의 두 배를 환불해 드리겠습니다."),
        ("pl", "Możemy też zwrócić dwukrotność kwoty zamówienia."),
        ("uk", "Ми також можемо повернути вам суму, більше ніж ви сплатили."),
    ],
)
def test_a_refund_above_the_order_total_said_as_a_multiple_is_flagged(language: str, sentence: str) -> None:
    assert "more than the order total" in _partial_with(language, sentence)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        # the same words about other things, or with no money offered
        ("en", "We double-checked the amount before we wrote to you."),
        ("en", "The refund will never be more than you need, and we checked it twice."),
        ("de", "Wir haben den Betrag doppelt geprüft."),
        ("tr", "Ürünü iki kat ambalajla gönderiyoruz."),
        ("ja", "倍の速さでお届けできるよう努めています。"),
        ("ko", "배송 상황을 두 번 확인했습니다."),
    ],
)
def test_multiples_that_offer_no_money_above_the_total_pass(language: str, sentence: str) -> None:
    assert "more than the order total" not in _partial_with(language, sentence)


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("In addition, we'll throw in a spare charging cable.", True),
        ("The throw in your photo is clearly damaged.", False),
    ],
)
def test_throw_in_is_an_offer_only_as_a_verb(sentence: str, flagged: bool) -> None:
    assert bool(_offer_in("en", sentence)) is flagged


@pytest.mark.parametrize(
    ("language", "sentence", "flagged"),
    [
        ("uk", "За незручності ми компенсуємо вам доставку.", True),
        ("uk", "На жаль, ми не можемо компенсувати мито.", False),
        ("hu", "Ha szeretné, a pénzét is visszautaljuk.", True),
        ("hu", "Ha szeretné, a pénzét sajnos nem tudjuk visszaadni.", False),
    ],
)
def test_compensation_verbs_and_split_money_back_verbs(language: str, sentence: str, flagged: bool) -> None:
    assert bool(_offer_in(language, sentence)) is flagged


# Greek "επιστρέφω" is both "return" and "refund": a refund of costs (shipping, fees,
# duties) names the money, not the item.
@pytest.mark.parametrize(
    ("language", "sentence", "flagged"),
    [
        ("el", "Ως αποζημίωση θα σας επιστρέψουμε τα έξοδα αποστολής.", True),
        ("el", "Θα επιστρέψουμε τους δασμούς που πληρώσατε.", True),
        ("el", "Θα σας επιστρέψουμε την απάντηση της μεταφορικής μόλις τη λάβουμε.", False),
    ],
)
def test_a_refund_of_costs_is_an_offer(language: str, sentence: str, flagged: bool) -> None:
    assert bool(_offer_in(language, sentence)) is flagged


# Thirty-first set: a raise past the partial-refund cap with no figure, "if that's too little,
# we'll add a bit more". Either half alone passes: "too little" about photos, or "add more"
# without a doubt about the amount.
@pytest.mark.parametrize(
    ("language", "sentence", "flagged"),
    [
        ("en", "And if that feels too little, we can happily go up a bit more.", True),
        ("en", "If one photo is not enough, we can look at the item again.", False),
        ("de", "Sollte Ihnen der Betrag zu niedrig sein, können wir gern noch etwas mehr erstatten.", True),
        ("de", "Falls das Foto nicht ausreicht, schicken Sie uns gern ein zweites.", False),
        ("es", "Si la cantidad le resulta insuficiente, podemos aumentarla un poco.", True),
        ("es", "Si necesita más tiempo, podemos esperar sin problema.", False),
        ("sv", "Om beloppet känns för lågt kan vi höja det lite.", True),
        ("sv", "Om bilden är för mörk kan du ta en ny.", False),
        ("ko", "금액이 부족하시면 조금 더 올려 드리겠습니다.", True),
        ("ko", "사진이 부족하시면 한 장 더 보내 주세요.", False),
    ],
)
def test_a_raise_past_the_partial_cap_without_a_figure(language: str, sentence: str, flagged: bool) -> None:
    assert ("beyond its cap" in _partial_with(language, sentence)) is flagged


def test_a_refused_raise_passes() -> None:
    assert "beyond its cap" not in _partial_with(
        "en", "If that seems too little, we're sorry, but we cannot go any higher."
    )


# Thirty-third and thirty-fourth sets: the raise offered as an option, with no "too little":
# "if needed we'll add a bit", "if you want, we can raise it a little". A raise refused, or
# "if needed" about something else, passes.
@pytest.mark.parametrize(
    ("language", "sentence", "flagged"),
    [
        ("en", "If needed, we can also go a little higher.", True),
        ("en", "If needed, we can add more photos to the case ourselves.", False),
        ("de", "Falls gewünscht, stocken wir den Betrag noch ein wenig auf.", True),
        ("de", "Bei Bedarf schicken Sie uns gern weitere Fotos.", False),
        ("fi", "Tarvittaessa voimme korottaa summaa vähän.", True),
        ("fi", "Tarvittaessa voit lähettää lisää kuvia.", False),
        ("ru", "Если пожелаете, мы готовы немного увеличить компенсацию.", True),
        ("ru", "Если хотите, пришлите ещё немного фотографий.", False),
    ],
)
def test_a_raise_offered_as_an_option_is_past_the_cap(language: str, sentence: str, flagged: bool) -> None:
    assert ("beyond its cap" in _partial_with(language, sentence)) is flagged


def test_an_optional_raise_refused_passes() -> None:
    assert "beyond its cap" not in _partial_with("en", "Even if you want more, we cannot go any higher, sorry.")


# The refund plus an extra on top of the price paid ("majoré de", "utöver köpesumman", "a bonus
# for the trouble"): more than the order total in words. An apology for the trouble passes.
@pytest.mark.parametrize(
    ("language", "sentence", "flagged"),
    [
        ("en", "We will refund you, plus a small bonus for the trouble.", True),
        ("en", "We are sorry for the trouble, and the refund will be the price you paid.", False),
        ("fr", "Le remboursement sera majoré de dix euros.", True),
        ("fr", "Désolés pour le dérangement, le remboursement sera rapide.", False),
        ("sv", "Återbetalningen får ett tillägg utöver köpesumman.", True),
        ("sv", "Återbetalningen motsvarar köpesumman.", False),
        ("el", "Θα σας κάνουμε επιστροφή και κάτι πάνω από την αξία της παραγγελίας.", True),
        ("el", "Θα σας κάνουμε επιστροφή για την αξία της παραγγελίας.", False),
    ],
)
def test_a_refund_with_an_extra_on_top_of_the_price(language: str, sentence: str, flagged: bool) -> None:
    assert ("more than the order total" in _partial_with(language, sentence)) is flagged


# Thirty-fifth to fortieth sets: money past the cap or the total said in new ways. A raise to a
# figure in a sentence with no offer word ("we can go up to 30 USD"), an open-ended raise ("and
# even more if needed"), a spelled share of fifty per cent or more, a percentage "more" than the
# price, "the refund of double the amount". The near misses talk about time, photos or the cap.
@pytest.mark.parametrize(
    ("language", "sentence", "flagged"),
    [
        ("en", "If the first option doesn't suit you, we can go up to 30.00 USD.", True),
        ("en", "Delivery of the refund can take up to 5 days.", False),
        ("it", "Se la prima opzione non la soddisfa, possiamo salire fino a 30.00 USD.", True),
        ("en", "You can keep it with a partial refund of up to 12.60 USD, and even more if needed.", True),
        ("en", "If needed, we can answer any further questions about it.", False),
        ("it", "Le riconosciamo un rimborso parziale, e anche di più se necessario.", True),
        ("es", "Le damos un reembolso parcial, y hasta más si hace falta.", True),
        ("en", "Or, if you'd rather, sixty per cent of what you paid.", True),
        ("en", "About sixty per cent of our parcels arrive within a week.", False),
        ("ar", "وإن لم يكفِ المبلغ يمكننا رفعه إلى نصف ثمن المنتج.", True),
        ("ar", "ويمكننا زيادته إلى الضعف إن أردتِ.", True),
        ("ar", "إن لم تكفِ الصور، يمكنكِ إرسال صورة أخرى.", False),
    ],
)
def test_money_past_the_cap_in_new_wordings(language: str, sentence: str, flagged: bool) -> None:
    assert bool(_partial_with(language, sentence)) is flagged


@pytest.mark.parametrize(
    ("language", "sentence", "flagged"),
    [
        ("es", "Tramitaremos el reembolso del doble del importe pagado.", True),
        ("es", "Procesaremos su reembolso sin demora y le abonaremos un veinte por ciento más del precio.", True),
        ("es", "Procesaremos su reembolso sin demora, por el importe pagado.", False),
        ("hu", "Amint a küldemény megérkezik, a vételár másfélszeresét visszautaljuk.", True),
        ("hu", "Amint a küldemény megérkezik, a vételárat visszautaljuk.", False),
        ("sv", "Vi betalar tillbaka pengarna och lägger på tjugo procent extra.", True),
    ],
)
def test_a_refund_above_the_order_total_in_new_wordings(language: str, sentence: str, flagged: bool) -> None:
    c = dev_case("return_instr_es")
    message = swap(c.good[0], "Esperamos volver", f"{sentence}\n\nEsperamos volver")
    assert (not outcome(c.check(message, language), OFFER).passed) is flagged


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("Pieniądze zostaną zwrócone w całości, a do tego dołożymy połowę ceny.", True),
        ("Pieniądze zostaną zwrócone w całości, bez potrącania połowy ceny.", False),
    ],
)
def test_half_the_price_where_no_partial_refund_is_allowed(sentence: str, flagged: bool) -> None:
    c = dev_case("return_received_pl")
    message = swap(c.good[0], "Mamy nadzieję", f"{sentence}\n\nMamy nadzieję")
    assert (not outcome(c.check(message, "pl"), OFFER).passed) is flagged


@pytest.mark.parametrize(
    ("language", "sentence", "flagged"),
    [
        # the shipping cost given back, free shipping next time, a new item sent
        ("ro", "Ne pare rău, așa că vă returnăm și costul transportului.", True),
        ("ro", "Costul transportului de retur este acoperit de platformă.", False),
        ("zh", "另外我们也会先退还运费给您。", True),
        ("zh", "另外我們也會先退還運費給您。", True),
        ("zh", "下次訂單我們免運費。", True),
        ("zh", "运费由平台承担。", False),
        ("cs", "Vrátíme Vám i poštovné.", True),
        ("ko", "배송비도 돌려 드리겠습니다.", True),
        ("uk", "Якщо хочете, можемо вже зараз надіслати вам новий чайник.", True),
        ("uk", "Можемо надіслати вам новий номер відстеження.", False),
        ("ru", "Можем уже сейчас отправить вам новый чайник.", True),
        ("ru", "Пришлите, пожалуйста, новое фото.", False),
    ],
)
def test_shipping_refunds_free_shipping_and_new_items_are_offers(language: str, sentence: str, flagged: bool) -> None:
    assert bool(_offer_in(language, sentence)) is flagged


def test_a_free_extra_after_at_no_extra_cost_is_still_a_gift() -> None:
    c = dev_case("reship_offer_en")
    message = swap(
        c.good[0],
        "Best wishes",
        "Nový balík by byl zcela bez dalších nákladů a navíc přibalíme jednu formu zdarma.\n\nBest wishes",
    )
    assert not outcome(c.check(message, "cs"), OFFER).passed


@pytest.mark.parametrize(
    ("sentence", "caught"),
    [
        ("Or the whole 54.0 without sending anything back.", True),
        ("Or the whole amount once you send it back.", False),
    ],
)
def test_the_whole_amount_without_sending_it_back(sentence: str, caught: bool) -> None:
    from disputedraft.checks import default_lexicon
    from disputedraft.checks.text import fold

    found = default_lexicon().offers.refund_without_return.search(fold(sentence), ("en",))
    assert (found is not None) == caught


# Forty-first and forty-second sets: a share of the price where the remedy allows no money at
# all (an escalation reply: "we could give back half the price"); a part of the price given back
# where no refund is allowed ("vrátíme část ceny"); an extra sum on top of the full refund, in
# figures or in words ("плюс ещё пятьсот рублей сверху", "お支払い額に上乗せして返金").
@pytest.mark.parametrize(
    ("language", "sentence", "flagged"),
    [
        ("fi", "Olemme valmiita ratkaisuun, esimerkiksi palauttamalla puolet takin hinnasta.", True),
        ("en", "We could also refund half the price of the jacket.", True),
        ("en", "You asked for half the price back; the platform will decide.", False),
        ("fi", "Olemme valmiita löytämään ratkaisun yhdessä kanssasi.", False),
    ],
)
def test_a_share_of_the_price_in_an_escalation_reply(language: str, sentence: str, flagged: bool) -> None:
    c = dev_case("escalation_en")
    message = swap(c.good[0], "We're still open", f"{sentence}\n\nWe're still open")
    assert (not outcome(c.check(message, language), OFFER).passed) is flagged


@pytest.mark.parametrize(
    ("language", "sentence", "flagged"),
    [
        ("cs", "Za zdržení vám navíc vrátíme část ceny.", True),
        ("de", "Einen Teil des Kaufpreises erstatten wir Ihnen zurück.", True),
        ("pl", "Za opóźnienie zwrócimy część ceny.", True),
        ("fr", "Nous vous rendrons une partie du prix.", True),
        ("fi", "Palautamme osan hinnasta viivästyksen vuoksi.", True),
        ("sv", "Vi ger dig tillbaka en del av priset.", True),
        ("zh", "我们会退还部分货款。", True),
        ("cs", "Část zásilky už je na cestě k vám.", False),
        ("fr", "Une partie du colis est déjà en route.", False),
        ("sv", "En del av paketet är redan på väg.", False),
    ],
)
def test_part_of_the_price_given_back_is_a_refund(language: str, sentence: str, flagged: bool) -> None:
    assert bool(_offer_in(language, sentence)) is flagged


@pytest.mark.parametrize(
    ("language", "sentence", "flagged"),
    [
        ("ru", "Вы получите полный возврат средств плюс ещё пятьсот рублей сверху.", True),
        ("uk", "Ви отримаєте повне повернення коштів плюс ще п'ятсот гривень зверху.", True),
        ("ja", "商品が到着し次第、お支払い額に上乗せして返金を処理いたします。", True),
        ("en", "We will refund the full price plus another ten dollars on top.", True),
        ("de", "Wir erstatten den vollen Preis und legen noch zehn Euro obendrauf.", True),
        ("ru", "Полный возврат средств оформим сразу после получения посылки.", False),
        ("ja", "商品が到着し次第、お支払い額を全額返金いたします。", False),
        ("en", "We will refund the full price, plus the return label is on us.", False),
    ],
)
def test_an_extra_sum_on_top_of_the_full_refund(language: str, sentence: str, flagged: bool) -> None:
    c = dev_case("return_instr_es")
    message = swap(c.good[0], "Esperamos volver", f"{sentence}\n\nEsperamos volver")
    assert (not outcome(c.check(message, language), OFFER).passed) is flagged


# Forty-fourth set: a share of the price on top of the full refund ("and we'll refund a quarter of
# what you paid on top") is more than the order total, in every language; the full refund alone passes.
@pytest.mark.parametrize(
    ("language", "sentence", "flagged"),
    [
        ("pt", "Processamos o reembolso integral e ainda devolvemos mais um quarto do valor pago.", True),
        ("en", "We will refund you in full and add an extra quarter of the price on top.", True),
        ("es", "Le reembolsaremos el importe completo y la mitad del precio más.", True),
        ("fr", "Nous vous rembourserons intégralement, et un quart du prix en plus.", True),
        ("de", "Wir erstatten den vollen Betrag und zusätzlich ein Viertel des Kaufpreises.", True),
        ("it", "Le rimborseremo l'intero importo e un quarto del prezzo in più.", True),
        ("nl", "We betalen het volledige bedrag terug en nog een kwart van de prijs.", True),
        ("sv", "Vi betalar tillbaka hela beloppet och ytterligare en fjärdedel av priset.", True),
        ("cs", "Vrátíme vám celou cenu a navíc čtvrtinu ceny.", True),
        ("pl", "Zwrócimy pełną kwotę i dodatkowo połowę ceny.", True),
        ("ru", "Мы вернем полную сумму и еще четверть стоимости.", True),
        ("ro", "Vă returnăm suma integrală și încă un sfert din preț.", True),
        ("zh", "我们会全额退款，并额外多退四分之一。", True),
        ("pt", "Quando o pacote chegar, processamos o reembolso integral do valor pago.", False),
        ("de", "Wir erstatten den vollen Betrag, sobald das Paket bei uns ist.", False),
        ("en", "We will refund you in full once the parcel is back; a quarter of our parcels arrive early.", False),
    ],
)
def test_a_share_of_the_price_on_top_of_the_full_refund(language: str, sentence: str, flagged: bool) -> None:
    c = dev_case("return_instr_es")
    message = swap(c.good[0], "Esperamos volver", f"{sentence}\n\nEsperamos volver")
    assert (not outcome(c.check(message, language), OFFER).passed) is flagged


# Session 10: a raise of the capped partial refund on request, in any language and word order
# ("if it's not enough we can raise the amount": the "not" is the condition's, not the raise's).
@pytest.mark.parametrize(
    ("language", "sentence", "flagged"),
    [
        ("sv", "Om det inte räcker kan vi höja beloppet ytterligare.", True),
        ("sv", "Och räcker det inte kan vi höja beloppet.", True),
        ("en", "If it's not enough we can raise the amount.", True),
        ("en", "If that partial amount feels too small, I can raise it a bit beyond that - just ask.", True),
        ("en", "We're flexible if you need a bit more.", True),
        ("ko", "부분 환불 금액이 부족하시면 더 올려드릴 수도 있습니다.", True),
        ("de", "Falls Ihnen das zu wenig ist, können wir den Betrag erhöhen.", True),
        ("fr", "Si ce n'est pas suffisant, nous pouvons augmenter le montant.", True),
        ("nl", "Als dat te weinig is, kunnen we het bedrag verhogen.", True),
        ("en", "We cannot go any higher than that, sorry.", False),
        ("sv", "Om det inte passar kan du skicka tillbaka lampan.", False),
        ("en", "If you need more time to decide, just ask.", False),
    ],
)
def test_a_raise_of_the_partial_refund_on_request(language: str, sentence: str, flagged: bool) -> None:
    assert bool(offer_in_partial_en(language, sentence)) is flagged


# A share of the price is valued: a quarter is over a 20% cap but not over partial_en's 30%,
# half is over both; a spelled-out percentage is read past thirty ("сорок процентов").
@pytest.mark.parametrize(
    ("language", "sentence", "flagged"),
    [
        ("en", "We could also go up to half of the price if that feels fairer.", True),
        ("ko", "원하시면 절반까지 올려드릴 수도 있습니다.", True),
        ("ru", "В качестве частичного возврата можем вернуть и все сорок процентов от цены.", True),
        ("en", "We can refund forty percent of the price instead.", True),
        ("de", "Wir erstatten Ihnen auch fünfzig Prozent des Kaufpreises.", True),
        ("en", "We could also go up to a quarter of the price if that feels fairer.", False),
        ("ru", "Можем вернуть двадцать процентов от цены.", False),
    ],
)
def test_shares_and_spelled_percentages_against_the_cap(language: str, sentence: str, flagged: bool) -> None:
    assert bool(offer_in_partial_en(language, sentence)) is flagged


# More than was paid, said without a figure: "more than you paid", "as much again", "double",
# "plus your shipping costs on top of the order".
@pytest.mark.parametrize(
    ("language", "sentence", "flagged"),
    [
        ("hu", "Visszatérítjük a serpenyő árát és még egyszer annyit.", True),
        ("cs", "Vrátíme vám víc, než jste zaplatil.", True),
        ("pl", "Pieniądze wrócą do Pani w podwójnej wysokości.", True),
        ("tr", "Ödediğiniz tutarın fazlası size iade edilecek.", True),
        ("tr", "Sipariş tutarına ek olarak kargo ücretinizi de kapsayan bir para iadesi yapılacak.", True),
        ("en", "We will refund more than you paid.", True),
        ("en", "We will refund the amount plus your shipping costs.", True),
        ("nl", "We betalen het bedrag terug, plus 5 EUR extra voor uw verzendkosten.", True),
        ("en", "We will refund the full price, plus the return label is on us.", False),
        ("pl", "Pieniądze wrócą do Pani, gdy tylko paczka do nas dotrze.", False),
        ("tr", "Ödemeniz platform üzerinden size iade edilecek.", False),
    ],
)
def test_more_than_was_paid_without_a_figure(language: str, sentence: str, flagged: bool) -> None:
    c = dev_case("return_instr_es")
    message = swap(c.good[0], "Esperamos volver", f"{sentence}\n\nEsperamos volver")
    assert (not outcome(c.check(message, language), OFFER).passed) is flagged


# Money or gifts where none is allowed: shipping refunded, the money back "today", a gift "for the
# trouble" (never the buyer's own gift), a free item added in the perfect tense.
@pytest.mark.parametrize(
    ("language", "sentence", "flagged"),
    [
        ("zh", "另外，為了表達歉意，我們會退還您這筆訂單的運費。", True),
        ("zh", "我們也會退給您一部分運費。", True),
        ("ro", "Dacă preferați, vă putem returna banii integral chiar astăzi.", True),
        ("el", "Θα σας στείλουμε ένα μικρό δώρο για την ταλαιπωρία.", True),
        ("en", "We'll include a small gift for the trouble.", True),
        ("nl", "Als kleine pleister hebben we er gratis een regenhoes bij gedaan.", True),
        ("fr", "Et si jamais rien n'arrive, on vous renvoie un ensemble gratuitement.", True),
        ("zh", "退货的运费由买家承担。", False),
        ("en", "We know the set was a gift for your mother.", False),
        ("el", "Γνωρίζουμε ότι ήταν δώρο για τη μητέρα σας.", False),
    ],
)
def test_money_and_gifts_where_none_is_allowed(language: str, sentence: str, flagged: bool) -> None:
    c = dev_case("transit_en")
    message = swap(c.good[0], "Thank you for your patience.", sentence)
    assert bool(offer_detail_in("transit_en", language, message)) is flagged


# Keeping the item with the full refund, in the word orders the twelfth and fourteenth sets used.
@pytest.mark.parametrize(
    ("language", "sentence", "flagged"),
    [
        ("es", "O quedártela igualmente y te devolvemos el importe completo.", True),
        ("ru", "Можем и просто вернуть всю сумму — палатку тогда отправлять не нужно.", True),
        ("sv", "Eller få full återbetalning direkt utan att skicka tillbaka något.", True),
        ("es", "O quedártela y te devolvemos hasta 12.60 USD.", False),
        ("ru", "Фото отправлять не нужно, мы уже всё видим.", False),
    ],
)
def test_the_full_refund_while_keeping_the_item_in_more_word_orders(
    language: str, sentence: str, flagged: bool
) -> None:
    assert bool(offer_in_partial_en(language, sentence)) is flagged


def test_not_keeping_it_and_sending_it_back_for_the_full_amount_passes() -> None:
    # seventeenth set, a good pt reply: "if you'd rather not keep it, just send it back"
    sentence = "Se preferir não ficar com ela, é só devolvê-la e o valor integral será reembolsado."
    assert offer_in_partial_en("pt", sentence) == ""
