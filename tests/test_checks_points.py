"""required_points: each point of the Decision is made, its facts quoted exactly."""

from __future__ import annotations

import pytest

from checks_dev.support import dev_case, failed, outcome, swap
from disputedraft.checks import default_lexicon
from disputedraft.checks.text import fold


def _cue_matches(point: str, lang: str, sentence: str) -> bool:
    """Whether the point's cues for `lang` find the sentence (folded, as the checks read it)."""
    return default_lexicon().points.cues[point].search(fold(sentence), (lang,)) is not None


def detail(case: str, message: str) -> str:
    report = dev_case(case).check(message)
    return outcome(report, "required_points").detail


@pytest.mark.parametrize(
    "case",
    [
        "transit_en",
        "transit_ru",
        "transit_ko",
        "customs_seller_es",
        "partial_it",
        "return_instr_en",
        "await_pt",
        "reship_confirm_pl",
        "evid_damaged_fr",
        "escalation_de",
    ],
)
def test_good_replies_make_every_point(case: str) -> None:
    c = dev_case(case)
    for message in c.good:
        report = c.check(message)
        assert outcome(report, "required_points").passed, outcome(report, "required_points").detail


def test_reply_without_the_ask_to_close_fails_and_names_the_point() -> None:
    c = dev_case("transit_en")
    message = swap(c.good[0], "Could you kindly close the dispute for now? In return, we", "We")
    text = detail("transit_en", message)
    assert "missing point ask_close" in text
    assert "close the dispute" in text  # the point's instruction, so a repair knows what to add


def test_tracking_number_must_be_quoted_exactly() -> None:
    c = dev_case("transit_en")
    wrong = swap(c.good[0], "LP00123456789CN", "LP00123456780CN")
    assert "quote tracking_number 'LP00123456789CN'" in detail("transit_en", wrong)
    spaced = swap(c.good[0], "LP00123456789CN", "LP 0012 3456 789 CN")
    assert outcome(c.check(spaced), "required_points").passed


def test_protection_days_must_be_the_decisions_number() -> None:
    c = dev_case("transit_it")
    assert "protection_extension_days '15'" in detail("transit_it", swap(c.good[0], "15 giorni", "quindici giorni"))
    # "15" inside a larger number is not the 15 days.
    assert "protection_extension_days" in detail("transit_it", swap(c.good[0], "15 giorni", "150 giorni"))


@pytest.mark.parametrize("written", ["12.60 USD", "12,60 USD", "US$12.60", "$12.60", "USD 12.60", "12.6 dollars"])
def test_refund_cap_may_be_written_any_common_way(written: str) -> None:
    c = dev_case("partial_en")
    message = swap(c.good[0], "12.60 USD", written)
    assert outcome(c.check(message), "required_points").passed


def test_refund_cap_missing_fails() -> None:
    c = dev_case("partial_en")
    message = swap(c.good[0], "receive a partial refund of 12.60 USD", "receive a partial refund")
    assert "partial_refund_cap '12.60 USD'" in detail("partial_en", message)


def test_return_address_may_wrap_lines_but_not_change() -> None:
    c = dev_case("return_instr_en")
    assert "Room 501, 18 Keyuan Road,\nNanshan" in c.good[0]  # the good reply wraps the address
    assert outcome(c.check(c.good[0]), "required_points").passed
    typo = swap(c.good[0], "18 Keyuan Road", "81 Keyuan Road")
    assert "return_address" in detail("return_instr_en", typo)


@pytest.mark.parametrize(
    ("case", "old", "new"),
    [
        # not_working needs a video: asking for photos is the wrong evidence
        ("evid_not_working_en", "record a short video showing", "send a few photos of"),
        # size_or_fit needs a measurement
        ("evid_size_es", "con una cinta métrica a lo ancho del pecho y del largo, junto a", "puesto y de"),
    ],
)
def test_request_evidence_needs_the_kind_of_evidence_the_problem_needs(case: str, old: str, new: str) -> None:
    c = dev_case(case)
    message = swap(c.good[0], old, new).replace("the video", "the photos")
    text = detail(case, message)
    assert "request_evidence" in text


@pytest.mark.parametrize(
    ("case", "sentence"),
    [
        (
            "customs_absent_fr",
            "Nous sommes en train de vérifier avec le transporteur ce dont la douane a besoin pour "
            "libérer le colis, et nous vous tiendrons informé dès que nous en saurons plus.\n\n",
        ),
        (
            "await_ko",
            "이제 플랫폼의 분쟁 담당자가 내용을 검토하여 결정을 내릴 예정이며, 저희는 그 결정을 존중하겠습니다.\n\n",
        ),
        ("return_instr_ru", "Платформа приняла решение о возврате товара и денег, и мы с ним согласны.\n\n"),
        ("reship_confirm_pl", "dziękujemy, że zgodziła się Pani na ponowną wysyłkę.\n\n"),
        ("reship_offer_es", "¿Le gustaría que le enviemos de nuevo la mochila sin ningún coste adicional? "),
        ("transit_pt", "Podia, por favor, fechar a disputa por agora? "),
        ("escalation_fr", "Nous restons ouverts à une solution trouvée ensemble, n'hésitez pas à nous écrire ici."),
        (
            "evid_quality_de",
            "Sobald wir die Fotos oder das Video haben, prüfen wir den Fall und melden uns mit "
            "einer Lösung bei Ihnen.\n\n",
        ),
    ],
)
def test_leaving_out_a_point_fails_in_every_language(case: str, sentence: str) -> None:
    c = dev_case(case)
    report = c.check(swap(c.good[0], sentence, ""))
    assert "required_points" in failed(report)


def test_english_cues_are_the_fallback_for_a_language_without_its_own() -> None:
    # A Spanish-speaking buyer who is answered in English fails the language check, but
    # the points are still recognised through the English cues.
    c = dev_case("transit_en")
    report = c.check(c.good[0], language="es")
    assert outcome(report, "required_points").passed
    assert "buyer_language" in failed(report)


def test_human_review_has_no_points_to_make() -> None:
    from builders import dispute
    from disputedraft.checks import run_checks
    from disputedraft.policy import decide

    d = dispute(shipment={"status": "delivered", "tracking_number": "LP00123456789CN"})
    decision = decide(d)
    assert decision.remedy == "human_review"
    report = run_checks(d, decision, "Hola Maria, estamos revisando su caso y le responderemos pronto. Our Store")
    assert outcome(report, "required_points").passed
    assert outcome(report, "required_points").detail == "no points required by this remedy"


@pytest.mark.parametrize(
    ("case", "old", "new"),
    [
        # polite request forms ("would you be so kind as to photograph")
        (
            "evid_damaged_fr",
            "Pourriez-vous nous envoyer quelques photos de la partie abîmée",
            "Auriez-vous la gentillesse de photographier la partie abîmée",
        ),
        # who bears the duties
        (
            "customs_buyer_en",
            "import duties are paid by the buyer, so customs needs you to pay the duties and complete the "
            "clearance before they release it.",
            "the duties are covered by the buyer, and customs will release it once clearance is complete.",
        ),
        # patience asked with other words
        (
            "customs_absent_fr",
            "Merci de votre patience pendant que nous réglons cela.",
            "Merci d'attendre encore un peu pendant que nous réglons cela.",
        ),
        # another inflection of "close"
        (
            "transit_pt",
            "Podia, por favor, fechar a disputa por agora?",
            "Pedimos, por favor, que encerrasse a disputa por agora.",
        ),
        # "a second time", "once more" further from the verb
        (
            "reship_offer_de",
            "die Lichterkette noch einmal zusenden?",
            "die Lichterkette ein zweites Mal senden?",
        ),
        (
            "reship_offer_en",
            "Would you like us to send the mug set to you again, at no extra cost?",
            "Would you like us to ship the mug set over to you once more, at no extra cost?",
        ),
        # compound address words, "take a look at"
        (
            "reship_offer_de",
            "prüfen Sie dabei, ob Ihre Lieferadresse noch stimmt.",
            "werfen Sie dabei noch einen Blick auf Ihre Versandadresse.",
        ),
        # "has left again"
        (
            "reship_confirm_fr",
            "Le nouveau colis est déjà parti : voici son numéro de suivi, LP00606162636CN.",
            "Le colis est reparti ce matin avec le numéro LP00606162636CN.",
        ),
        # "shop with us again someday"
        (
            "return_received_pl",
            "w przyszłości znów zrobi Pan u nas zakupy.",
            "jeszcze kiedyś zrobi Pan u nas zakupy.",
        ),
    ],
)
def test_natural_phrasings_of_a_point_pass(case: str, old: str, new: str) -> None:
    c = dev_case(case)
    report = c.check(swap(c.good[0], old, new))
    assert outcome(report, "required_points").passed, outcome(report, "required_points").detail


def test_the_buyer_following_the_parcel_is_not_the_seller_keeping_an_eye_on_it() -> None:
    cues = default_lexicon().points.cues["keep_updated"]
    assert not cues.search(fold("Já seguiu outra vez e pode acompanhá-lo com o código LP00938271640552."), ("pt",))
    assert cues.search(fold("Estaremos atentos ao percurso da encomenda."), ("pt",))
    assert cues.search(fold("Vamos acompanhar a encomenda e daremos notícias."), ("pt",))


def test_evidence_named_but_never_asked_for_is_a_missing_request() -> None:
    # "please" in the apology and "the video" in the next step do not make a request.
    c = dev_case("evid_not_working_en")
    request = (
        "So we can see exactly what is happening, could you please record a short video showing the speaker "
        "plugged in, you pressing the power button, and what happens (lights, sounds or nothing at all)?\n\n"
    )
    message = swap(c.good[0], "I'm sorry to hear", "Please accept our apologies, we are sorry to hear")
    assert "never asked for" in detail("evid_not_working_en", swap(message, request, ""))
    # A request that introduces a list after a colon still counts.
    listed = swap(
        c.good[0], request, "To check the fault we would need from you:\n\n- a short video of the speaker.\n\n"
    )
    assert "all 3 points made" in detail("evid_not_working_en", listed)


@pytest.mark.parametrize(
    ("point", "lang", "sentence"),
    [
        ("in_transit", "ko", "현재 고객님께 가는 중이며, 운송장 번호로 배송 상황을 확인하실 수 있습니다."),
        ("keep_updated", "pt", "Vamos ficar de olho nesse novo pacote e te avisamos de qualquer novidade."),
        ("keep_updated", "nl", "We houden het pakket goed in de gaten."),
        ("trade_again", "ru", "Надеемся, что вы ещё не раз будете делать у нас покупки."),
        ("request_evidence", "de", "Um den Fehler prüfen zu können, bräuchten wir von Ihnen ein kurzes Video."),
        ("thank_evidence", "hu", "Köszönjük a videót."),
        ("apologise_lost", "ro", "Ne pare foarte rău că coletul s-a pierdut."),
        ("apologise_lost", "da", "Vi er rigtig kede af det."),
        ("ask_choice", "cs", "Dejte nám prosím vědět, kterou možnost si vyberete."),
        ("await_decision", "da", "Nu er det platformens tvistspecialist, der træffer afgørelsen."),
        ("trade_again", "el", "Ελπίζουμε να συνεργαστούμε ξανά στο μέλλον."),
        (
            "offer_options",
            "nl",
            "Je mag zelf kiezen: je houdt de potten en wij betalen je een deel terug, of je stuurt ze retour.",
        ),
        ("ask_choice", "ro", "Care dintre aceste opțiuni vi se potrivește mai bine?"),
        (
            "offer_options",
            "hu",
            "A serpenyő Önnél marad, mi pedig visszaadunk legfeljebb 4797.00 HUF-ot, vagy visszaküldi.",
        ),
        ("offer_options", "sv", "Du kan antingen behålla varan med en delvis återbetalning eller skicka tillbaka den."),
        ("ask_patience", "sv", "Vi ber dig om lite tålamod under tiden."),
        ("ask_patience", "da", "Vi beder dig om lidt tålmodighed."),
        ("ask_patience", "cs", "Prosíme ještě o chvilku strpení."),
        ("stay_available", "hu", "Ha közben bármilyen kérdése merülne fel, továbbra is szívesen segítünk."),
        ("stay_available", "sv", "Hör gärna av dig om du har frågor."),
        ("open_door", "da", "Vi er stadig åbne for at finde en løsning sammen med dig."),
        ("open_door", "fi", "Haluamme edelleen löytää ratkaisun yhdessä kanssasi."),
        ("buyer_clearance", "de", "Könnten Sie die Abgaben bitte bezahlen und die Verzollung abschließen?"),
        ("buyer_clearance", "de", "Wir möchten Sie daher freundlich bitten, die Abgaben zu begleichen."),
        ("request_evidence", "ja", "破損箇所の写真をお送りいただけますでしょうか。"),
    ],
)
def test_common_wordings_make_the_point(point: str, lang: str, sentence: str) -> None:
    assert _cue_matches(point, lang, sentence)


def test_the_buyer_tracking_the_parcel_in_dutch_is_not_the_seller_keeping_an_eye_on_it() -> None:
    cues = default_lexicon().points.cues["keep_updated"]
    assert not cues.search(fold("Je plantenpot is opnieuw verstuurd en is te volgen met het trackingnummer."), ("nl",))


@pytest.mark.parametrize(
    ("point", "lang", "sentence"),
    [
        # The fact that the buyer pays is not a request to pay.
        ("buyer_clearance", "de", "Laut den Bedingungen dieser Bestellung trägt der Käufer die Einfuhrabgaben."),
        # A closing formula is not a request for evidence.
        ("request_evidence", "ja", "写真を拝見しましたら確認いたします。どうぞよろしくお願いいたします。"),
        # Stating the offer ("you can choose between") is not asking which option the buyer wants.
        ("ask_choice", "ro", "Puteți alege între a păstra produsul sau a-l returna, produs care a fost verificat."),
    ],
)
def test_near_misses_do_not_make_the_point(point: str, lang: str, sentence: str) -> None:
    assert not _cue_matches(point, lang, sentence)


@pytest.mark.parametrize(
    ("point", "lang", "sentence"),
    [
        # the point made in words the tenth and eleventh sets' good replies used
        ("request_evidence", "en", "To look into it, we just need a few photos of the crack."),
        ("thank_evidence", "ko", "보내주신 사진 잘 확인했습니다."),
        ("refund_follows", "fi", "Rahat palautetaan sinulle seuraavaksi alustan kautta."),
        ("refund_follows", "de", "Das Geld geht dann über die Plattform an Sie zurück."),
        ("offer_reship", "fr", "Aimeriez-vous qu'on vous renvoie la tuque ?"),
        ("offer_reship", "it", "Vuole che le rimandiamo il pacco?"),
        ("ask_choice", "ro", "Spune-ne ce alegi și ne ocupăm imediat."),
        ("refund_after_return", "ar", "سيتم استرداد المبلغ فور وصول السجادة إلينا."),
        ("return_arrived", "es", "La funda ya está de vuelta con nosotros."),
        ("return_arrived", "de", "Die Jacke ist inzwischen wieder bei uns."),
    ],
)
def test_points_made_in_the_new_sets_wordings(point: str, lang: str, sentence: str) -> None:
    assert _cue_matches(point, lang, sentence)


@pytest.mark.parametrize(
    ("point", "lang", "sentence"),
    [
        # words near a cue that do not make the point
        ("keep_updated", "ru", "По нему можно отслеживать посылку."),
        ("ask_patience", "tr", "Yaşadığınız bekleme için çok üzgünüz."),
        ("open_door", "el", "Θα του δώσουμε όλα τα στοιχεία, μαζί με το ιστορικό της αποστολής."),
        ("open_door", "en", "We will send them everything, together with the tracking history."),
        ("open_door", "de", "Wir schicken alles zusammen mit dem Sendungsverlauf."),
    ],
)
def test_words_near_the_new_cues_do_not_make_the_point(point: str, lang: str, sentence: str) -> None:
    assert not _cue_matches(point, lang, sentence)


@pytest.mark.parametrize(
    ("point", "lang", "sentence"),
    [
        ("buyer_clearance", "de", "Wären Sie so freundlich, die Abgaben zu begleichen?"),
        ("buyer_clearance", "de", "Könnten Sie bitte die Verzollung abschließen, damit das Paket weiterkommt?"),
        ("buyer_clearance", "de", "Wir bitten Sie, die Zollabfertigung abzuschließen."),
        ("ask_patience", "tr", "Biraz sabırlı olmanızı rica ediyoruz."),
    ],
)
def test_points_made_in_the_thirteenth_set_wordings(point: str, lang: str, sentence: str) -> None:
    assert _cue_matches(point, lang, sentence)


@pytest.mark.parametrize(
    ("point", "lang", "sentence"),
    [
        ("buyer_clearance", "de", "Wären Sie so freundlich, uns ein Foto zu schicken?"),
        ("ask_patience", "tr", "Sabit bir ücret uyguluyoruz."),
    ],
)
def test_words_near_the_thirteenth_set_cues_do_not_make_the_point(point: str, lang: str, sentence: str) -> None:
    assert not _cue_matches(point, lang, sentence)


@pytest.mark.parametrize(
    ("point", "lang", "sentence"),
    [
        # the evidence acknowledged as seen, without a "thank you"
        ("thank_evidence", "es", "Hemos revisado con atención las fotografías que nos ha enviado."),
        ("thank_evidence", "it", "Abbiamo guardato con attenzione le fotografie: ha ragione."),
        ("thank_evidence", "ja", "ご提供いただいた写真で、欠けの状態がよくわかりました。"),
        ("thank_evidence", "de", "Wir haben uns Ihre Fotos genau angesehen."),
        ("return_arrived", "el", "Το δέμα παραλήφθηκε και βρίσκεται πλέον στην αποθήκη μας."),
        ("evidence_submitted", "nl", "Ons bewijs hebben we inmiddels aan het platform aangeleverd."),
    ],
)
def test_points_made_in_the_fifteenth_and_sixteenth_sets_wordings(point: str, lang: str, sentence: str) -> None:
    assert _cue_matches(point, lang, sentence)


@pytest.mark.parametrize(
    ("point", "lang", "sentence"),
    [
        # thanks for the buyer's patience or understanding is not thanks for agreeing
        ("thank_agreement", "tr", "Anlayışınız için tekrar teşekkürler, iyi günler dileriz."),
        ("thank_agreement", "en", "Thank you again for your patience."),
        # the buyer writing to us, or following the parcel, is not the seller keeping them updated
        ("keep_updated", "nl", "Heb je een vraag, stuur ons dan gewoon hier een bericht."),
        ("keep_updated", "de", "Sie können ihn unter der neuen Sendungsnummer verfolgen."),
        # offering a choice is not asking which one; "if you prefer" is part of the offer
        ("ask_choice", "ko", "고객님께서 선택하실 수 있도록 두 가지 방법을 준비했습니다."),
        ("ask_choice", "it", "Oppure, se preferisce, può rimandarcele e le rimborsiamo per intero."),
        # cooperating with the platform is not keeping the door open
        ("open_door", "hu", "A platform szakértőjével együttműködünk."),
    ],
)
def test_near_misses_of_the_fifteenth_and_sixteenth_sets_do_not_make_the_point(
    point: str, lang: str, sentence: str
) -> None:
    assert not _cue_matches(point, lang, sentence)


@pytest.mark.parametrize(
    ("point", "lang", "sentence"),
    [
        ("thank_agreement", "tr", "Yeniden gönderimi kabul ettiğiniz için teşekkür ederiz."),
        ("thank_agreement", "en", "Thank you for agreeing to the reshipment."),
        ("keep_updated", "de", "Wir verfolgen die Sendung und melden uns."),
        ("ask_choice", "ko", "원하시는 방법을 선택해 주시면 바로 진행하겠습니다."),
        ("ask_choice", "it", "Ci faccia sapere quale preferisce."),
        ("open_door", "hu", "Továbbra is nyitottak vagyunk arra, hogy együtt megoldást találjunk."),
    ],
)
def test_the_points_those_near_misses_resemble_still_pass(point: str, lang: str, sentence: str) -> None:
    assert _cue_matches(point, lang, sentence)


@pytest.mark.parametrize(
    ("point", "lang", "sentence"),
    [
        # the evidence received, then the problem acknowledged, without a "thank you"
        ("thank_evidence", "pt", "Recebemos o seu vídeo e dá para ver bem o defeito."),
        ("thank_evidence", "en", "We have received your pictures, and the stain is plain to see."),
        ("thank_evidence", "es", "Hemos recibido tus fotos y se ve claramente el golpe."),
        # the door left open, a dialogue offered, options to discuss
        ("open_door", "ru", "Мы не закрываем дверь для разговора и готовы обсудить с вами варианты."),
        ("open_door", "en", "Our door stays open if you would like to discuss the options with us."),
        ("open_door", "de", "Unsere Tür bleibt offen, wenn Sie das mit uns besprechen möchten."),
        # the buyer told they pay nothing, or that the shop is the one paying
        ("seller_pays", "ar", "لن تدفع شيئاً، فنحن من يتحمل رسوم الجمارك."),
        ("seller_pays", "en", "You won't pay anything at the door: the duties are settled by us."),
        ("seller_pays", "fr", "Vous ne paierez rien : c'est nous qui réglons les droits de douane."),
        # traditional Chinese characters read like simplified ones
        ("in_transit", "zh", "您的包裹目前仍在運送中，請放心。"),
        ("ask_close", "zh", "能否請您先將這個糾紛關閉？"),
        ("next_step", "ko", "영상을 확인하는 대로 해결 방법을 알려 드리겠습니다."),
    ],
)
def test_points_said_the_ways_of_the_seventeenth_set_are_made(point: str, lang: str, sentence: str) -> None:
    assert _cue_matches(point, lang, sentence)


@pytest.mark.parametrize(
    ("point", "lang", "sentence"),
    [
        # a photo named without having received it, a wish to solve it, paying named for the buyer
        ("thank_evidence", "pt", "Poderia nos enviar fotos do defeito?"),
        ("thank_evidence", "en", "Could you send us pictures of the stain?"),
        ("open_door", "ru", "Мы передадим специалисту площадки все данные."),
        ("seller_pays", "ar", "قد تحتاج إلى دفع رسوم الجمارك عند الاستلام."),
        ("seller_pays", "en", "You may have to pay the duties when it arrives."),
        ("ask_close", "zh", "我們會把保障期延長15天。"),
        ("next_step", "ko", "저희도 빨리 해결해 드리고 싶습니다."),
    ],
)
def test_sentences_near_those_points_do_not_make_them(point: str, lang: str, sentence: str) -> None:
    assert not _cue_matches(point, lang, sentence)


def test_arabic_evidence_given_to_the_platform_counts() -> None:
    c = dev_case("await_en")
    message = swap(
        c.good[0],
        "We have given the platform our evidence for this order, including the tracking history for LP01313141516CN.",
        "نود إعلامك بأننا قدّمنا بالفعل كل ما لدينا من أدلة إلى المنصة (LP01313141516CN).",
    )
    assert "missing point evidence_submitted" not in outcome(c.check(message, "ar"), "required_points").detail
    without = swap(c.good[0], "We have given the platform our evidence for this order, including", "We have the")
    assert "missing point evidence_submitted" in outcome(c.check(without, "ar"), "required_points").detail


def test_a_wish_to_resolve_is_not_the_next_step() -> None:
    cues = default_lexicon().points.cues["next_step"]
    assert cues.search(fold("Entendemos tu decepción y queremos resolverlo contigo."), ("es", "en")) is None
    assert cues.search(fold("We want to resolve this with you."), ("en",)) is None
    assert cues.search(fold("Apenas las tengamos, las revisamos y le proponemos una solución."), ("es", "en"))
    assert cues.search(fold("Once we see the photo, we will resolve it."), ("en",))


_APOLOGY_FR = "Nous sommes vraiment désolés d'apprendre que votre lampe est arrivée avec le pied fendu."


@pytest.mark.parametrize(
    ("language", "thanks"),
    [
        # a bare "thank you for your message / for contacting us" is courtesy, not an
        # acknowledgement of the problem (twenty-third set: fi)
        ("fi", "Kiitos viestistäsi."),
        ("en", "Thank you for your message."),
        ("en", "Thanks for reaching out to us."),
        ("fr", "Merci pour votre message."),
        ("de", "Vielen Dank für Ihre Nachricht."),
        ("sv", "Tack för ditt meddelande."),
        ("nl", "Bedankt voor uw bericht."),
    ],
)
def test_thanks_for_the_message_alone_does_not_acknowledge(language: str, thanks: str) -> None:
    c = dev_case("evid_damaged_fr")
    report = c.check(swap(c.good[0], _APOLOGY_FR, thanks), language)
    assert "missing point acknowledge" in outcome(report, "required_points").detail


@pytest.mark.parametrize(
    ("language", "thanks"),
    [("en", "Thank you for letting us know about the cracked base."), ("fi", "Kiitos, että ilmoitit asiasta.")],
)
def test_thanks_for_reporting_the_problem_still_acknowledges(language: str, thanks: str) -> None:
    c = dev_case("evid_damaged_fr")
    report = c.check(swap(c.good[0], _APOLOGY_FR, thanks), language)
    assert "missing point acknowledge" not in outcome(report, "required_points").detail


@pytest.mark.parametrize(
    ("point", "lang", "sentence"),
    [
        # The tracking number's noun is not a promise to follow the parcel.
        ("keep_updated", "ro", "Noul număr de urmărire este LP00733416958CN."),
        ("keep_updated", "es", "El número de seguimiento es LP00733416958CN."),
        ("keep_updated", "fr", "Le numéro de suivi est LP00733416958CN."),
        ("keep_updated", "ja", "追跡番号はLP00733416958CNです。"),
        # "No solution has been found yet" is not an open door.
        ("open_door", "el", "Το πρόβλημα συνεχίζεται και ακόμη δεν έχει βρεθεί λύση."),
        ("open_door", "es", "El paquete sigue sin solución."),
        ("open_door", "de", "Leider gibt es noch keine Lösung."),
    ],
)
def test_a_cue_word_in_another_sense_does_not_make_the_point(point: str, lang: str, sentence: str) -> None:
    assert not _cue_matches(point, lang, sentence)


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "ru",
            "Все наши доказательства по заказу 8191219958064431 — данные отслеживания и подтверждение доставки — "
            "уже переданы платформе.",
        ),
        (
            "en",
            "All our evidence for order 8191219958064431 - the tracking data and the proof of delivery signed "
            "by you - has been submitted.",
        ),
    ],
)
def test_evidence_listed_in_an_aside_before_submitted_makes_the_point(lang: str, sentence: str) -> None:
    assert _cue_matches("evidence_submitted", lang, sentence)


@pytest.mark.parametrize(
    ("point", "language", "sentence", "matched"),
    [
        # "which suits you better?" asks the buyer to choose
        ("ask_choice", "de", "Was passt Ihnen besser?", True),
        ("ask_choice", "tr", "Hangisi size daha uygun?", True),
        ("ask_choice", "sv", "Säg vad som passar dig bäst.", True),
        ("ask_choice", "uk", "Що вас більше влаштовує?", True),
        ("ask_choice", "de", "Der Rucksack passt leider nicht mehr in den Karton.", False),
        # a close-up photo is not closing the case
        ("ask_close", "en", "Could you send close-ups of the logo for the case file?", False),
        ("ask_close", "en", "Could you please close the case once you are happy?", True),
        # "w przyszłości" (in the future) is not "przyszła" (it arrived)
        ("return_arrived", "pl", "Mamy nadzieję, że w przyszłości znów nas Pani odwiedzi.", False),
        ("return_arrived", "pl", "Paczka zwrotna przyszła do nas wczoraj.", True),
        # the buyer tracking the parcel is not the seller keeping them updated
        ("keep_updated", "ro", "Îl puteți urmări oricând pe site-ul curierului.", False),
        ("keep_updated", "ro", "Vom urmări coletul și vă anunțăm.", True),
    ],
)
def test_point_cue_classes_tuned_on_the_27th_and_28th_sets(
    point: str, language: str, sentence: str, matched: bool
) -> None:
    cues = default_lexicon().points.cues[point]
    assert bool(cues.search(fold(sentence), (language,) if cues.has(language) else ("en",))) is matched


# Wordings found missing by the twenty-ninth and thirtieth sets, by family: "the duties are on
# us" / "no need to pay" (Arabic), "send it to you again" with the recipient in between
# (Chinese), "that we have received" as a subordinate clause (Turkish), "what is more
# convenient for you" (Russian), and a stated check ("we will check") as the next step.
@pytest.mark.parametrize(
    ("point", "lang", "sentence"),
    [
        ("seller_pays", "ar", "الضرائب والرسوم على عاتقنا بالكامل."),
        ("seller_pays", "ar", "لا حاجة لأن تدفع أي مبلغ عند الاستلام."),
        ("offer_reship", "zh", "我们可以重新为您寄出一件新的。"),
        ("offer_reship", "zh", "要不要我们再给您补寄一次？"),
        ("return_arrived", "tr", "Ürünü teslim aldığımızı bildirmek isteriz."),
        ("return_arrived", "tr", "Kolinin depomuza ulaştığını onaylıyoruz."),
        ("ask_choice", "ru", "Подскажите, что вам удобнее?"),
        ("next_step", "uk", "Ми перевіримо фото і напишемо вам."),
    ],
)
def test_newly_covered_wordings_make_the_point(point: str, lang: str, sentence: str) -> None:
    assert _cue_matches(point, lang, sentence)


# Near misses that must not make the point: "options to choose from" presents the offer but
# does not ask which one; "so that we can check" explains the request, it is no next step;
# "when it reaches us" is not "it has arrived"; "we must" (علينا) is not "the fees are on us".
@pytest.mark.parametrize(
    ("point", "lang", "sentence"),
    [
        ("ask_choice", "ru", "Мы предлагаем на выбор два варианта."),
        ("ask_choice", "uk", "Пропонуємо на вибір два варіанти."),
        ("ask_choice", "pl", "Mamy dla Pani dwie opcje do wyboru."),
        ("ask_choice", "en", "Here are two options to choose from."),
        ("next_step", "uk", "Щоб ми могли перевірити проблему, надішліть відео."),
        ("return_arrived", "tr", "Paket bize ulaştığında sizi bilgilendireceğiz."),
        ("seller_pays", "ar", "يجب علينا انتظار الإفراج عن الطرد."),
    ],
)
def test_near_misses_of_the_new_wordings_do_not_make_the_point(point: str, lang: str, sentence: str) -> None:
    assert not _cue_matches(point, lang, sentence)


# Thirty-second set: a Traditional Chinese reply said the shop pays the duties ("關稅由本店負擔",
# "您什麼都不用繳"); the cues read the shop as subject and both scripts' verbs.
@pytest.mark.parametrize(
    ("sentence", "made"),
    [
        ("清關費用由本店承擔，請放心。", True),
        ("关税由小店负担，您不用再缴任何费用。", True),
        ("您什麼都不需要繳納。", True),
        ("请您先支付关税，再联系海关。", False),
    ],
)
def test_seller_pays_in_chinese_with_the_shop_as_subject(sentence: str, made: bool) -> None:
    cues = default_lexicon().points.cues["seller_pays"]
    assert bool(cues.search(fold(sentence), ("zh",))) is made


# Thirty-third and thirty-fourth sets: cues that a reply without the point still made. "The new
# parcel arrives safely" refers to a parcel without sending it; "確認させていただくため" is the
# purpose of a request; Swedish and Danish "så snart" is "as soon as", not "see you soon".
@pytest.mark.parametrize(
    ("point", "lang", "sentence", "made"),
    [
        ("offer_reship", "de", "Prüfen Sie Ihre Adresse, damit das neue Paket sicher ankommt.", False),
        ("offer_reship", "de", "Wir schicken Ihnen gern ein neues Paket.", True),
        ("offer_reship", "en", "Please check your address so the new package arrives safely.", False),
        ("offer_reship", "en", "We will send you a new package at no cost.", True),
        ("next_step", "ja", "状況を確認させていただくため、写真をお送りください。", False),
        ("next_step", "ja", "写真を確認させていただきます。", True),
        ("trade_again", "sv", "Pengarna betalas så snart paketet är framme.", False),
        ("trade_again", "da", "Pengene betales så snart pakken er fremme.", False),
        ("trade_again", "sv", "Hoppas vi ses snart!", True),
        # widened: the evidence "handed over", the payment "sent back"
        ("evidence_submitted", "pt", "As evidências já foram entregues à plataforma.", True),
        ("evidence_submitted", "es", "Las pruebas ya fueron compartidas con la plataforma.", True),
        ("refund_follows", "tr", "Ödemeniz platform üzerinden size geri gönderilecek.", True),
    ],
)
def test_narrowed_and_widened_cues_of_the_thirty_third_sets(point: str, lang: str, sentence: str, made: bool) -> None:
    assert _cue_matches(point, lang, sentence) is made


# Thirty-fifth to fortieth sets: a cue met by a word in another sense once the point was
# removed ("zwrócony" the returned parcel, "iar" the conjunction, "أي" inside "رأينا", the buyer
# following the parcel), and a point said in an order the cue did not expect.
@pytest.mark.parametrize(
    ("point", "lang", "sentence", "made"),
    [
        ("refund_follows", "pl", "Dziękujemy – zwrócony ekspres do kawy dotarł już do nas.", False),
        ("refund_follows", "pl", "Informujemy, że otrzymaliśmy zwrot towaru.", False),
        ("refund_follows", "pl", "Zwrot pieniędzy zostanie teraz zrealizowany za pośrednictwem platformy.", True),
        ("refund_follows", "pl", "Zwrot środków zostanie teraz przekazany Pani przez platformę.", True),
        ("refund_follows", "pl", "Zwrot zostanie zaksięgowany na Pani koncie.", True),
        ("refund_follows", "pl", "Zwrócimy Pani całą kwotę przez platformę.", True),
        ("refund_follows", "ru", "Возвратная посылка уже у нас.", False),
        ("refund_follows", "ru", "Возврат средств будет оформлен через платформу.", True),
        ("refund_follows", "zh", "您退回的商品已经到了。", False),
        ("refund_follows", "zh", "款项会通过平台退回到您的账户。", True),
        ("refund_follows", "ko", "돌려보내 주신 상품을 잘 받았습니다.", False),
        ("refund_follows", "ko", "결제 금액을 플랫폼을 통해 돌려드리겠습니다.", True),
        ("ask_choice", "ar", "لقد رأينا أن الميكروفون غير موجود في العلبة.", False),
        ("ask_choice", "ar", "أي الخيارين تفضّل؟", True),
        ("ask_choice", "ru", "Напишите, пожалуйста, что вы выбираете.", True),
        ("ask_choice", "uk", "Напишіть, будь ласка, що ви обираєте.", True),
        ("trade_again", "ro", "Platforma a decis rambursarea, iar noi acceptăm această decizie.", False),
        ("trade_again", "ro", "Sperăm să cumpărați iar de la noi.", True),
        ("keep_updated", "da", "Så kan du følge pakken hele vejen med GLS.", False),
        ("keep_updated", "da", "Vi følger selv pakken og giver dig besked.", True),
        ("keep_updated", "sv", "Du kan följa paketet hela vägen.", False),
        ("keep_updated", "en", "You can track your parcel on the carrier's site.", False),
        ("keep_updated", "en", "We will keep tracking the parcel for you.", True),
        ("refund_after_return", "sv", "Så fort paketet är framme hos oss betalar vi tillbaka pengarna.", True),
        ("refund_after_return", "da", "Så snart pakken er fremme, betaler vi pengene tilbage.", True),
        ("refund_after_return", "sv", "Vi betalar tillbaka pengarna.", False),
    ],
)
def test_cues_narrowed_and_widened_on_the_thirty_fifth_to_fortieth_sets(
    point: str, lang: str, sentence: str, made: bool
) -> None:
    assert _cue_matches(point, lang, sentence) is made


# Forty-second set: "again" that repeats an apology or thanks ("tekrar özür dileriz", "thanks
# again") does not invite the buyer back; "again" about buying still does.
@pytest.mark.parametrize(
    ("lang", "sentence", "made"),
    [
        ("tr", "Yaşadığınız sorun için tekrar özür dileriz.", False),
        ("tr", "Sizi tekrar mağazamızda görmeyi umuyoruz.", True),
        ("en", "Sorry again for the trouble.", False),
        ("en", "Thank you again for your patience.", False),
        ("en", "We hope to see you again.", True),
        ("ru", "Ещё раз приносим извинения.", False),
        ("ru", "Будем рады видеть вас снова.", True),
        ("de", "Wir entschuldigen uns erneut für die Umstände.", False),
        ("de", "Wir würden uns freuen, Sie wieder bei uns begrüßen zu dürfen.", True),
        ("nl", "Nogmaals excuses voor het ongemak.", False),
        ("nl", "We helpen u graag weer bij een volgende bestelling.", True),
        ("it", "Ci scusiamo ancora per il disagio.", False),
        ("es", "Gracias de nuevo por su paciencia.", False),
        ("sv", "Tack igen för ditt tålamod.", False),
        ("zh", "再次致歉。", False),
        ("zh", "期待您再次光临。", True),
        ("ko", "다시 한번 사과드립니다.", False),
        ("cs", "Znovu se omlouváme.", False),
        ("uk", "Ще раз перепрошуємо.", False),
        ("pl", "Jeszcze raz przepraszamy za kłopot.", False),
    ],
)
def test_again_repeating_an_apology_is_no_invitation(lang: str, sentence: str, made: bool) -> None:
    assert _cue_matches("trade_again", lang, sentence) is made


# Forty-fourth set: "we'd be glad if you came back to us some day", the return said of the buyer,
# in the word orders of each language; a parcel coming back to us is no invitation.
@pytest.mark.parametrize(
    ("lang", "sentence", "made"),
    [
        ("cs", "Budeme rádi, když se k nám někdy vrátíte.", True),
        ("cs", "Těšíme se, až u nás zase nakoupíte.", True),
        ("sv", "Vi blir glada om du någon gång kommer tillbaka till oss.", True),
        ("da", "Vi bliver glade, hvis du en dag kommer tilbage til os.", True),
        ("fi", "Olemme iloisia, jos palaat joskus asiakkaaksemme.", True),
        ("el", "Θα χαρούμε αν μας επισκεφθείτε κάποια μέρα.", True),
        ("de", "Wir freuen uns, wenn Sie irgendwann zu uns zurückkommen.", True),
        ("nl", "We zouden het fijn vinden als je ooit bij ons terugkomt.", True),
        ("fr", "Nous serions ravis que vous reveniez un jour chez nous.", True),
        ("ja", "いつかまた当店をご利用いただければ嬉しいです。", True),
        ("ar", "سنكون سعداء إذا عدت إلينا يوما ما.", True),
        ("de", "Sobald das Paket zu uns zurückkommt, erstatten wir den Betrag.", False),
        ("nl", "Zodra het pakket bij ons terugkomt, betalen we terug.", False),
        ("cs", "Peníze vám vrátíme, jakmile k nám lampa dorazí.", False),
    ],
)
def test_coming_back_to_us_some_day_invites_the_buyer(lang: str, sentence: str, made: bool) -> None:
    assert _cue_matches("trade_again", lang, sentence) is made


# Session 10: what is left after a point is cut must not pass for the point. Options introduced
# with a colon ("whichever suits you better:") list them without asking the buyer to choose.
@pytest.mark.parametrize(
    ("old", "new", "made"),
    [
        ("We'd like to offer you two options:", "Here are two options, whichever suits you better:", False),
        ("We'd like to offer you two options:", "You can choose between these two options:", False),
        ("Please let us know which option you prefer.", "Which option would you prefer?", True),
        ("Please let us know which option you prefer.", "Let us know which one suits you: we'll do the rest.", True),
    ],
)
def test_listing_the_options_is_not_asking_for_a_choice(old: str, new: str, made: bool) -> None:
    c = dev_case("partial_en")
    message = swap(c.good[0], "Please let us know which option you prefer.", "")
    message = swap(message, old, new) if old in message else swap(c.good[0], old, new)
    assert outcome(c.check(message), "required_points").passed is made


@pytest.mark.parametrize(
    ("point", "lang", "sentence", "made"),
    [
        ("ask_choice", "cs", "Hezký den přeje tým Sklenka Design.", False),
        ("ask_choice", "cs", "Kterou možnost si přejete?", True),
        ("open_door", "fi", "Näemme, että olet vienyt riidan alustan ratkaistavaksi.", False),
        ("open_door", "fi", "Haluamme edelleen ratkaista asian kanssasi.", True),
        ("keep_updated", "fr", "Vous pouvez suivre ce nouveau colis avec le numéro de suivi.", False),
        ("keep_updated", "fr", "Nous allons suivre le colis de près.", True),
        ("trade_again", "pl", "Lampka, którą Pani odesłała, jest już u nas.", False),
        ("trade_again", "pl", "Zapraszamy ponownie na zakupy u nas.", True),
        ("trade_again", "it", "Ecco di nuovo l'indirizzo per la restituzione.", False),
        ("trade_again", "it", "Speriamo di servirla di nuovo in futuro.", True),
        ("trade_again", "it", "Ci farebbe piacere ritrovarti tra i nostri clienti!", True),
        ("thank_agreement", "hu", "Köszönjük a türelmét.", False),
        ("thank_agreement", "hu", "Köszönjük, hogy beleegyezett az újbóli küldésbe.", True),
        ("thank_agreement", "fi", "Kiitos kärsivällisyydestäsi.", False),
        ("thank_agreement", "fi", "Kiitos, että hyväksyit uuden lähetyksen.", True),
    ],
)
def test_what_remains_after_a_point_is_cut_is_not_the_point(point: str, lang: str, sentence: str, made: bool) -> None:
    cues = default_lexicon().points.cues[point]
    assert bool(cues.search(fold(sentence), (lang,))) is made
