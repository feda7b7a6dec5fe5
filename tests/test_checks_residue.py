"""no_placeholders and no_internal_notes: template leftovers and text meant for the seller."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checks_dev.support import dev_case, failed, outcome, swap


def detail(case: str, message: str, check: str) -> str:
    o = outcome(dev_case(case).check(message), check)
    return "" if o.passed else o.detail


@pytest.mark.parametrize(
    "residue",
    [
        "[Name]",
        "[Your Store]",
        "{{order_id}}",
        "{tracking}",
        "<customer name>",
        "XXX",
        "TODO",
        "%s",
        "$name",
        "${amount}",
        "N/A",
        "Lorem ipsum dolor",
        "insert tracking number here",
        "Customer Name",
        "____",
    ],
)
def test_template_residue_is_caught(residue: str) -> None:
    c = dev_case("transit_en")
    message = swap(c.good[0], "Thank you for your patience.", f"Thank you for your patience. {residue}")
    assert "placeholder" in detail("transit_en", message, "no_placeholders")


@pytest.mark.parametrize(
    ("case", "old", "new"),
    [
        ("evid_size_es", "Hola Carmen:", "Hola [Nombre del cliente]:"),
        ("evid_damaged_fr", "Bonjour Claire,", "Bonjour {prénom},"),
        ("evid_wrong_item_pt", "Equipe Our Store", "Equipe <NOME DA LOJA>"),
        ("evid_quality_de", "Hallo Jonas,", "Hallo XXX,"),
        ("evid_missing_ru", "Здравствуйте, Иван!", "Здравствуйте, [Имя]!"),
        ("evid_color_pl", "Zespół Our Store", "Zespół {{sklep}}"),
        ("evid_not_working_ko", "김민지 고객님", "%s 고객님"),
    ],
)
def test_residue_in_other_languages(case: str, old: str, new: str) -> None:
    assert "placeholder" in detail(case, swap(dev_case(case).good[0], old, new), "no_placeholders")


@pytest.mark.parametrize(
    ("case", "old", "new"),
    [
        ("evid_size_es", "Un saludo,", "Le ayudamos con todo lo que necesite. Un saludo,"),  # "todo" is a word
        ("evid_not_working_en", "Best regards,", "Size XXL or XL does not matter here. Best regards,"),
        ("partial_en", "12.60 USD", "US$12.60"),  # a dollar sign before digits is money, not $name
        ("transit_en", "Thank you for your patience.", "Thank you for your patience (and for your message)."),
    ],
)
def test_ordinary_text_is_not_residue(case: str, old: str, new: str) -> None:
    assert detail(case, swap(dev_case(case).good[0], old, new), "no_placeholders") == ""


@pytest.mark.parametrize(
    ("case", "addition", "expect"),
    [
        ("transit_en", "Remedy: extend_delivery_time.", "extend_delivery_time"),
        ("transit_en", "(rule open_in_transit)", "open_in_transit"),
        ("transit_en", "Internal note: buyer seems angry.", "internal note"),
        ("transit_en", "Internal: keep it short, the buyer is angry.", "internal:"),
        ("transit_en", "As an AI, I cannot promise anything.", "as an ai"),
        ("transit_en", "Per our internal policy we cannot do more.", "polic"),
        ("transit_en", "Upload a screenshot of the tracking page to the dispute.", "instructions"),
        ("transit_en", '{"ask_close": "Please close the dispute"}', "ask_close"),
        ("transit_en", "Seller centre checklist: extend protection.", "checklist"),
        ("evid_quality_de", "Interne Notiz: Fotos vergleichen.", "interne notiz"),
        ("evid_missing_ru", "Внутренняя заметка: проверить вес.", "внутренняя заметка"),
        ("evid_size_es", "Nota interna: revisar la tabla de tallas.", "nota interna"),
    ],
)
def test_internal_notes_are_caught(case: str, addition: str, expect: str) -> None:
    c = dev_case(case)
    lines = c.good[0].split("\n")
    message = "\n".join([*lines[:-2], addition, *lines[-2:]])
    assert expect in detail(case, message, "no_internal_notes").lower()


def test_a_point_id_used_as_a_label_is_caught() -> None:
    c = dev_case("transit_en")
    message = swap(c.good[0], "Could you kindly close", "Ask close: could you kindly close")
    assert "label" in detail("transit_en", message, "no_internal_notes")


@pytest.mark.parametrize(
    "sentence",
    [
        "Under AliExpress buyer protection policy you stay covered.",
        "This is covered by our return policy.",
        "We acknowledge your message and will cooperate fully.",
    ],
)
def test_public_policy_names_and_plain_words_are_not_internal(sentence: str) -> None:
    c = dev_case("transit_en")
    message = swap(c.good[0], "Thank you for your patience.", sentence)
    assert "no_internal_notes" not in failed(c.check(message))


@pytest.mark.parametrize(
    ("case", "addition"),
    [
        ("transit_en", "Note to self: compare the weight record."),
        ("transit_en", "TODO: add the tracking link"),
        ("transit_en", "[Seller] upload the evidence in Seller Center."),
        ("transit_en", "Reminder: check the address before reshipping."),
        ("evid_missing_ru", "Примечание для себя: сверить вес посылки с записью при отправке."),
        ("escalation_de", "Interner Hinweis: Nachweise (Tracking, Chatverlauf, Fotos) vor Fristende hochladen."),
        ("evid_size_es", "Nota para mí: revisar la tabla de tallas."),
        ("evid_damaged_fr", "Pense-bête : vérifier le carton d'origine."),
        ("transit_pt", "Lembrete: enviar as provas à plataforma."),
        ("transit_it", "Promemoria: caricare le prove."),
        ("evid_color_pl", "Notatka dla siebie: porównać zdjęcia."),
        ("transit_nl", "Notitie voor mezelf: bewijs uploaden."),
    ],
)
def test_notes_to_self_and_reminders_are_caught(case: str, addition: str) -> None:
    c = dev_case(case)
    lines = c.good[0].split("\n")
    message = "\n".join([*lines[:-2], addition, *lines[-2:]])
    assert "internal or machine text" in detail(case, message, "no_internal_notes")


@pytest.mark.parametrize(
    ("case", "addition"),
    [
        ("transit_en", "Please do not send the item back yet."),
        ("evid_size_es", "Lo revisamos todo: la talla coincide con la tabla."),
        ("transit_en", "A reminder will also come from the platform."),
    ],
)
def test_ordinary_instructions_to_the_buyer_are_not_notes(case: str, addition: str) -> None:
    c = dev_case(case)
    lines = c.good[0].split("\n")
    message = "\n".join([*lines[:-2], addition, *lines[-2:]])
    assert detail(case, message, "no_internal_notes") == ""


@pytest.mark.parametrize(
    "note",
    [
        "(Note for Anna: check the packing video first.)",
        "Reminder for the warehouse: weigh the parcel again.",
        "Nota interna: verificar el peso del paquete.",
        "(à faire : vérifier la vidéo d'emballage)",
        "ACTION SELLER: confirm the return in the dispute.",
    ],
)
def test_notes_to_colleagues_are_internal(note: str) -> None:
    c = dev_case("transit_en")
    lines = c.good[0].split("\n")
    message = "\n".join([*lines[:-2], note, *lines[-2:]])
    assert "no_internal_notes" in failed(c.check(message))


# Classes added after the seventh set: a note whose label says it is for the team ("Not (ekip içi):",
# "(Internal - ...)"), "delete this line before sending" in every language, and placeholders
# written in a non-Latin script.
def _before_signoff(addition: str) -> str:
    lines = dev_case("transit_en").good[0].split("\n")
    return "\n".join([*lines[:-2], addition, *lines[-2:]])


@pytest.mark.parametrize(
    ("language", "note"),
    [
        ("tr", "Not (ekip içi): ilan açıklamasını müşterinin şikayetiyle karşılaştır."),
        ("en", "(Internal - compare the listing snapshot with her complaint before replying.)"),
        ("en", "Note (team only): check the packing photos."),
        ("de", "Hinweis (nur intern): Fotos prüfen."),
        ("es", "Nota (uso interno): revisar las fotos."),
        ("ru", "Примечание (для команды): проверить фото."),
        ("en", "Please delete this line before sending."),
        ("fr", "Supprimer cette ligne avant l'envoi."),
        ("de", "Diese Zeile vor dem Senden löschen."),
        ("it", "Cancellare questa riga prima dell'invio."),
        ("pl", "Usuń tę linię przed wysłaniem."),
        ("ru", "Удалить эту строку перед отправкой."),
    ],
)
def test_team_notes_and_delete_this_line_are_internal(language: str, note: str) -> None:
    report = dev_case("transit_en").check(_before_signoff(note), language)
    assert "no_internal_notes" in failed(report)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("fr", "Merci de retirer l'ancienne étiquette avant d'envoyer le colis."),
        ("de", "Bitte entfernen Sie die alten Etiketten vor dem Versand."),
        ("pt", "Por favor, remova as etiquetas antigas antes de enviar."),
        ("pl", "Prosimy usunąć stare etykiety przed wysyłką."),
        ("ru", "Пожалуйста, уберите старые наклейки перед отправкой."),
        ("tr", "Göndermeden önce eski etiketleri çıkarın."),
        ("de", "Unser Team (Kundenservice) hilft gerne weiter."),
    ],
)
def test_removing_old_labels_before_shipping_is_not_a_note(language: str, sentence: str) -> None:
    report = dev_case("transit_en").check(_before_signoff(sentence), language)
    assert "no_internal_notes" not in failed(report)


@pytest.mark.parametrize(
    ("language", "greeting"),
    [
        ("ru", "Здравствуйте, %ИМЯ_ПОКУПАТЕЛЯ%!"),
        ("el", "Αγαπητέ %ΟΝΟΜΑ%,"),
        ("ru", "Здравствуйте, ИМЯ_ПОКУПАТЕЛЯ!"),
    ],
)
def test_placeholders_in_other_scripts_are_caught(language: str, greeting: str) -> None:
    report = dev_case("transit_en").check(_before_signoff(greeting), language)
    assert "no_placeholders" in failed(report)


def test_percentages_are_not_placeholders() -> None:
    report = dev_case("transit_en").check(_before_signoff("That is 20% of the price, 50% less than a full refund."))
    assert "no_placeholders" not in failed(report)


# Classes added after the eighth set: a note addressed to the warehouse, the team or the shipping
# desk, set between dashes inside the reply or at the start of a line, in any language.
@pytest.mark.parametrize(
    ("language", "note"),
    [
        ("it", "— nota per il magazzino: verificare la disponibilità prima di confermare —"),
        ("en", "-- note for the warehouse: check stock before confirming --"),
        ("de", "Notiz für das Lager: Bestand prüfen, bevor wir bestätigen."),
        ("fr", "— note pour l'entrepôt : vérifier le stock —"),
        ("es", "– nota para el almacén: comprobar existencias –"),
        ("pt", "— nota para o armazém: confirmar o stock —"),
        ("pl", "— uwaga dla magazynu: sprawdzić stan —"),
        ("ru", "— заметка для склада: проверить наличие —"),
        ("nl", "— notitie voor het magazijn: voorraad controleren —"),
    ],
)
def test_notes_to_the_warehouse_between_dashes_are_internal(language: str, note: str) -> None:
    report = dev_case("transit_en").check(_before_signoff(note), language)
    assert "no_internal_notes" in failed(report)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Our warehouse team will check the stock and send it today."),
        ("it", "Il nostro magazzino verificherà la disponibilità e Le scriveremo subito."),
        ("de", "Bitte beachten Sie: Das Lager ist am Montag geschlossen."),
        ("en", "Please note for your records: the new tracking number is below."),
    ],
)
def test_mentioning_the_warehouse_is_not_a_note(language: str, sentence: str) -> None:
    report = dev_case("transit_en").check(_before_signoff(sentence), language)
    assert "no_internal_notes" not in failed(report)


# Staff memos, "P.S. for the warehouse:" and checklist reminders (ninth labelled set).
@pytest.mark.parametrize(
    ("language", "addition"),
    [
        ("ko", "※ 담당자 메모: 동의하면 보호 기간 연장 처리"),
        ("da", "Husk: upload sporing og pakkefotos til platformen inden fristen."),
        ("ru", "P.S. для склада: проверить возврат и подтвердить получение."),
        ("en", "P.S. for the warehouse: check the return before confirming."),
        ("de", "Nicht vergessen: Fotos vor Fristende hochladen."),
    ],
)
def test_staff_memos_and_checklist_reminders_are_caught(language: str, addition: str) -> None:
    c = dev_case("transit_en")
    lines = c.good[0].split("\n")
    message = "\n".join([*lines[:-2], addition, *lines[-2:]])
    o = outcome(c.check(message, language), "no_internal_notes")
    assert not o.passed
    assert "internal or machine text" in o.detail


@pytest.mark.parametrize(
    ("lang", "sentence", "caught"),
    [
        # to-do labels, abbreviated note labels, notes to the warehouse and self-instructions in brackets
        ("sv", "Att göra: anmäl förlorat paket till PostNord.", True),
        ("es", "Por hacer: abrir la reclamación con Correos.", True),
        ("el", "[Σημ.: παρακολουθούμε το δέμα επιστροφής]", True),
        ("uk", "(Для складу: старий трек закрити, новий внести в замовлення.)", True),
        ("en", "(check packing video for 7300112233445501 before she sends pics)", True),
        ("cs", "(nahrát nové číslo do sporu!)", True),
        ("pl", "(sprawdzić nagranie z pakowania przed odpowiedzią)", True),
        ("ru", "(проверить видео упаковки до ответа)", True),
        # brackets a buyer may well read
        ("en", "(check your spam folder, please)", False),
        ("en", "(that is, about two weeks)", False),
        ("cs", "(číslo zásilky najdete v detailu objednávky)", False),
        ("sv", "Att göra det igen tar bara en minut.", False),
    ],
)
def test_notes_to_self_in_brackets_and_to_do_labels(lang: str, sentence: str, caught: bool) -> None:
    from disputedraft.checks import default_lexicon
    from disputedraft.checks.text import fold

    assert (default_lexicon().internal.search(fold(sentence), (lang,)) is not None) == caught


@pytest.mark.parametrize(
    ("lang", "sentence", "caught"),
    [
        # a P.S. to a colleague with a task, abbreviated "internal" labels, notes to the team
        ("en", "P.S. for Maria: case logged, still need to attach the invoice.", True),
        ("ru", "Внутр.: проверить видео упаковки до пятницы.", True),
        ("el", "Σημείωση για την ομάδα: ελέγξτε το βίντεο συσκευασίας.", True),
        ("de", "Notiz an die Kollegen: Rechnung hochladen.", True),
        # a P.S. meant for the buyer
        ("en", "P.S. for your information: the tracking updates once a day.", False),
        ("en", "P.S. to you: thanks again for your patience!", False),
        ("ru", "Внутри коробки лежит инструкция.", False),
    ],
)
def test_notes_added_after_the_thirteenth_set(lang: str, sentence: str, caught: bool) -> None:
    from disputedraft.checks import default_lexicon
    from disputedraft.checks.text import fold

    assert (default_lexicon().internal.search(fold(sentence), (lang,)) is not None) == caught


@pytest.mark.parametrize(
    ("lang", "sentence", "caught"),
    [
        # notes to self and bracketed notes to the warehouse
        ("ru", "Для себя: загрузить фото упаковки в панель.", True),
        ("es", "(vale almacén: revisar la caja devuelta antes del viernes)", True),
        ("ru", "Мы сохранили фото для себя и для платформы.", False),
        ("es", "(el almacén de la paquetería está cerrado los domingos)", False),
    ],
)
def test_notes_to_self_and_to_the_warehouse_after_the_thirteenth_set(lang: str, sentence: str, caught: bool) -> None:
    from disputedraft.checks import default_lexicon
    from disputedraft.checks.text import fold

    assert (default_lexicon().internal.search(fold(sentence), (lang,)) is not None) == caught


@pytest.mark.parametrize(("text", "caught"), [("【お客様名】様", True), ("【重要】配送状況について", False)])
def test_japanese_name_slots_in_lenticular_brackets(text: str, caught: bool) -> None:
    from disputedraft.checks import default_lexicon

    assert (default_lexicon().placeholders.search(text, ("ja",)) is not None) == caught


@pytest.mark.parametrize(
    ("lang", "note"),
    [
        # a bracket addressed to a role in the shop, a reminder, a note to self, an abbreviated internal note
        ("en", "(Agent: pull listing snapshot + packing weight before the next reply.)"),
        ("en", "(staff - check the packing video first)"),
        ("ko", "(상담원 메모: 부분환불은 해결 패널에서 제안)"),
        ("pt", "(lembrete: propor o parcial no painel de soluções)"),
        ("es", "(recordatorio: subir las pruebas al panel)"),
        ("uk", "[для себе: стежити за зворотною посилкою]"),
        ("fi", "(sis. huom: tarkista palautus heti saavuttua)"),
        ("pl", "(wewn. notatka: sprawdzić wagę paczki)"),
        # a bracket to a manager or team lead (the twentieth set's Korean note)
        ("ko", "(팀장님 확인: 부분 환불 금액 승인 부탁드립니다)"),
        ("de", "(Teamleiter: bitte Rücksendung freigeben)"),
        ("tr", "(Yönetici onayı: iade tutarı)"),
    ],
)
def test_bracketed_notes_for_the_shop_are_caught(lang: str, note: str) -> None:
    from disputedraft.checks import default_lexicon
    from disputedraft.checks.text import fold

    assert default_lexicon().internal.search(fold(note), (lang,))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "(order no. 1234-5678)"),
        ("en", "(see the photo you sent: the crack is clearly visible)"),
        ("pt", "(o rastreio é o mesmo de antes)"),
        ("uk", "(номер замовлення: 1234)"),
        ("ko", "(사장님: 주문하신 상품)"),
    ],
)
def test_ordinary_brackets_are_not_notes(lang: str, text: str) -> None:
    from disputedraft.checks import default_lexicon
    from disputedraft.checks.text import fold

    assert not default_lexicon().internal.search(fold(text), (lang,))


@pytest.mark.parametrize("slot", ["(nr zamówienia: ####)", "Bestellnummer ####.", "order no: ***"])
def test_a_masked_number_slot_is_a_placeholder(slot: str) -> None:
    from disputedraft.checks import default_lexicon

    assert default_lexicon().placeholders.search(slot, ("en",))


@pytest.mark.parametrize("text", ["### Your options\nYou can keep it.", "order #12345", "Really???"])
def test_headings_and_order_numbers_are_not_slots(text: str) -> None:
    from disputedraft.checks import default_lexicon

    assert not default_lexicon().placeholders.search(text, ("en",))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a note signed with initials, then an instruction
        ("en", "[JK: check the listing photos against her complaint before replying]"),
        # routed to a shop role
        ("es", "(copiar a almacén: revisar el embalaje)"),
        ("en", "[cc warehouse: weigh the returned parcel]"),
        # a bare note label at the start of a line
        ("tr", "Thanks.\nNOT: iadeyi panelden onayla."),
        ("sv", "Hälsningar\nAnteckning: kolla lagret"),
        # traditional Chinese note words
        ("zh", "（備註：記得上傳物流截圖）"),
    ],
)
def test_notes_of_the_seventeenth_set_are_internal(lang: str, text: str) -> None:
    from disputedraft.checks import default_lexicon
    from disputedraft.checks.text import fold

    assert default_lexicon().internal.search(fold(text), (lang,))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "(EU: the duties are included in the price)"),
        ("es", "(copia de la factura adjunta)"),
        ("tr", "Notunuz için teşekkürler."),
        ("zh", "（運單號碼：CN881430276TW）"),
    ],
)
def test_brackets_and_lines_near_those_notes_are_not_notes(lang: str, text: str) -> None:
    from disputedraft.checks import default_lexicon
    from disputedraft.checks.text import fold

    assert not default_lexicon().internal.search(fold(text), (lang,))


@pytest.mark.parametrize(
    "note",
    [
        "Internal – confirm receipt in the dispute panel so the refund releases. Jen",
        "(Dan – check listing snapshot + parcel weight before we reply again)",
        "[muistiin: kuitti tullimaksusta riitaan, Jussi hoitaa]",
        "OBS lagret: kolla saldo innan vi lovar något.",
    ],
)
def test_notes_to_colleagues_are_caught(note: str) -> None:
    c = dev_case("await_en")
    report = c.check(swap(c.good[0], "Kind regards,", f"{note}\n\nKind regards,"))
    assert "no_internal_notes" in failed(report)


@pytest.mark.parametrize(
    "line",
    [
        "Internal packaging was checked before dispatch.",
        "(Olivia – thank you for your patience.)",
        "We will check the tracking again before we reply to the platform.",
    ],
)
def test_similar_ordinary_lines_are_not_notes(line: str) -> None:
    c = dev_case("await_en")
    report = c.check(swap(c.good[0], "Kind regards,", f"{line}\n\nKind regards,"))
    assert "no_internal_notes" not in failed(report)


@pytest.mark.parametrize(
    ("case", "addition"),
    [
        ("transit_en", "[Dana: if he picks the return, check the label is prepaid first]"),
        ("evid_color_pl", "(Marek: jak wybierze zwrot, nie wysyłamy etykiety, niech nada sama)"),
        ("evid_damaged_fr", "(pour Léa : vérifier le lot de teinture avant d'envoyer)"),
        ("transit_ru", "(Ирина, загрузи скрин трекинга в спор до вечера)"),
        ("evid_size_es", "(ojo: ampliar la protección en el panel solo cuando ella cierre)"),
        ("transit_pt", "(lembrar de subir esse código na disputa ainda hoje)"),
        ("evid_size_es", "(recordar: pedir al almacén el vídeo de embalaje)"),
    ],
)
def test_asides_to_a_named_colleague_or_to_oneself_are_caught(case: str, addition: str) -> None:
    c = dev_case(case)
    lines = c.good[0].split("\n")
    message = "\n".join([*lines[:-2], addition, *lines[-2:]])
    assert detail(case, message, "no_internal_notes") != ""


@pytest.mark.parametrize(
    ("case", "addition"),
    [
        ("transit_en", "(John: just reply here whenever it suits you and we will take care of it)"),
        ("evid_color_pl", "(Pani Katarzyno, prosimy o zdjęcia w świetle dziennym, to bardzo pomoże)"),
        ("evid_color_pl", "(Katarzyno, prosimy o zdjęcia w świetle dziennym)"),
        ("evid_quality_de", "Bitte senden Sie uns die Nachweise (Tracking, Chatverlauf, Fotos) bis Freitag."),
    ],
)
def test_a_bracket_addressing_the_buyer_or_listing_items_is_no_note(case: str, addition: str) -> None:
    c = dev_case(case)
    lines = c.good[0].split("\n")
    message = "\n".join([*lines[:-2], addition, *lines[-2:]])
    assert "no_internal_notes" not in failed(c.check(message))


def test_a_note_for_the_team_inside_a_line_is_caught() -> None:
    c = dev_case("transit_en")
    message = swap(
        c.good[0], "Could you kindly close", "Note for the team: update the size chart. Could you kindly close"
    )
    assert detail("transit_en", message, "no_internal_notes") != ""


# After the twentieth set: the colleague's name after a one-word label at the start of a line.
@pytest.mark.parametrize(
    ("case", "addition"),
    [
        ("transit_en", "Note for Marek: attach the tracking screenshot if she asks again."),
        ("evid_color_pl", "Uwaga dla Kasi: dołącz zdjęcie metki, jeśli zapyta ponownie."),
        ("evid_damaged_fr", "Rappel pour Léa : joindre la photo du lot si elle redemande."),
    ],
)
def test_a_labelled_line_to_a_named_colleague_is_caught(case: str, addition: str) -> None:
    c = dev_case(case)
    lines = c.good[0].split("\n")
    message = "\n".join([*lines[:-2], addition, *lines[-2:]])
    assert detail(case, message, "no_internal_notes") != ""


@pytest.mark.parametrize(
    "line",
    ["Tracking Number: LP00583920174CN", "Thanks again for your patience: we are on it.", "Order Status: shipped"],
)
def test_labelled_lines_without_an_addressee_are_not_notes(line: str) -> None:
    c = dev_case("await_en")
    report = c.check(swap(c.good[0], "Kind regards,", f"{line}\n\nKind regards,"))
    assert "no_internal_notes" not in failed(report)


@pytest.mark.parametrize(
    ("lang", "sentence", "caught"),
    [
        # notes to a shop role after a preposition, with or without a note label
        ("sv", "OBS till lagret: lägg in nya spårningsnumret på ordern också.", True),
        ("uk", "(Для менеджера: щодня перевіряти сторінку спору.)", True),
        ("en", "Note for the warehouse: pack the replacement in a double box.", True),
        ("es", ">> Nota para el equipo: subir nuestras pruebas a la plataforma.", True),
        ("de", "Für das Lager: Ersatz doppelt verpacken.", True),
        ("fi", "Huom. varastolle: pakkaa uusi tuote huolellisesti.", True),
        ("ja", "倉庫担当者へ：再発送の準備をお願いします。", True),
        # the warehouse mentioned to the buyer
        ("sv", "Vi har bett lagret att kontrollera paketet.", False),
        ("en", "Our warehouse team will pack the replacement today.", False),
    ],
)
def test_notes_to_a_shop_role_are_internal(lang: str, sentence: str, caught: bool) -> None:
    from disputedraft.checks import default_lexicon
    from disputedraft.checks.text import fold

    assert (default_lexicon().internal.search(fold(sentence), (lang,)) is not None) == caught


# Added after the twenty-fourth set: a note labelled "OBS Johan:", "Ania: wpisz ...", "— Саша, проверь",
# an abbreviated "(Pozn. pro sklad: ...)", an "XX" slot for a number of days or an amount, and a
# 【担当者名】 staff-name slot.
@pytest.mark.parametrize(
    ("language", "note"),
    [
        ("sv", "OBS Johan: lägg in delåterbetalningen i lösningspanelen när han har svarat."),
        ("cs", "(Pozn. pro sklad: zkontrolovat, že je v balíku i návod.)"),
        ("pl", "Będziemy śledzić przesyłkę. Ania: wpisz nowy numer do zamówienia i dodaj go do sporu."),
        ("ru", "Доказательства уже отправлены (скрин трека и фото упаковки — Саша, проверь, что всё загрузилось)."),
        ("en", "NB Mark: check the packing video first."),
    ],
)
def test_notes_to_colleagues_after_the_twenty_fourth_set(language: str, note: str) -> None:
    report = dev_case("transit_en").check(_before_signoff(note), language)
    assert "no_internal_notes" in failed(report)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Anna from our team has checked the parcel."),
        ("pl", "Uwaga: paczka jest już w drodze."),
        ("ru", "Мы проверили всё — посылка в пути, номер отслеживания прежний."),
        ("cs", "Balík je už na cestě, děkujeme za trpělivost."),
    ],
)
def test_plain_notes_to_the_buyer_are_not_internal_after_the_twenty_fourth_set(language: str, sentence: str) -> None:
    report = dev_case("transit_en").check(_before_signoff(sentence), language)
    assert "no_internal_notes" not in failed(report)


@pytest.mark.parametrize(
    ("language", "text", "caught"),
    [
        ("pt", "Enviaremos o reembolso (prazo: XX dias úteis).", True),
        ("en", "We will refund €XX within a week.", True),
        ("ja", "よろしくお願いいたします。\n【担当者名】", True),
        ("pl", "W XX wieku ta technika była popularna.", False),
        ("pt", "O prazo é de 5 dias úteis.", False),
    ],
)
def test_xx_and_staff_name_slots(language: str, text: str, caught: bool) -> None:
    from disputedraft.checks import default_lexicon

    assert (default_lexicon().placeholders.search(text, (language,)) is not None) == caught


@pytest.mark.parametrize(
    ("language", "sentence", "caught"),
    [
        ("pt", "Obs. p/ estoque: separar um fone RGB e abrir reclamação de extravio na Cainiao.", True),
        ("tr", "Muhasebe notu: iade onayı panelden verilsin, stok kaydı düzeltilsin.", True),
        ("en", "Note for the warehouse: pack a new unit tomorrow.", True),
        ("de", "Notiz für das Lager: neues Gerät reservieren.", True),
        ("es", "Nota para contabilidad: registrar el reembolso.", True),
        ("cs", "Pozn.: nahrát nové sledovací číslo do sporu + uložit potvrzení o odeslání.", True),
        ("pl", "Uwaga: wgrać potwierdzenie nadania do sporu.", True),
        ("pl", "PS. Kasia – sprawdzaj codziennie stronę sporu, czy specjalista o coś nie pyta.", True),
        ("ru", "Дима, проверь, загружен ли скрин подтверждения вручения от Cainiao.", True),
        ("pt", "Obs.: o prazo de entrega pode variar conforme a região.", False),
        ("pl", "PS. Paczka jest już w drodze.", False),
        ("cs", "Pozn.: balík je už na cestě.", False),
    ],
)
def test_staff_notes_after_the_twenty_sixth_set(language: str, sentence: str, caught: bool) -> None:
    # notes for a department, a note label with a task verb, "PS. Name – ...", "Name, check ..."
    report = dev_case("transit_en").check(_before_signoff(sentence), language)
    assert ("no_internal_notes" in failed(report)) == caught


@pytest.mark.parametrize(
    ("language", "sentence", "caught"),
    [
        # a note for the shop or its staff, a "P.S. for <colleague>:" line, a note in lenticular brackets
        ("el", "Σημείωση για το προσωπικό: έλεγχος της συσκευασίας πριν την αποστολή.", True),
        ("en", "Note for the shop: compare with the packing photos first.", True),
        ("de", "Notiz für den Laden: Fotos der Verpackung vergleichen.", True),
        ("ro", "P.S. pentru Andrei: trimite factura în dispută.", True),
        ("en", "P.S. for Tom: upload the receipt to the case.", True),
        ("zh", "【备注：买家确认后上传物流截图】", True),
        ("ja", "【メモ：返品到着後に返金処理】", True),
        ("en", "P.S. The parcel is already on its way.", False),
        ("el", "Το κατάστημά μας θα στείλει το νέο δέμα αύριο.", False),
        ("zh", "【温馨提示】包裹预计三天内送达。", False),
    ],
)
def test_staff_notes_after_the_twenty_eighth_set(language: str, sentence: str, caught: bool) -> None:
    report = dev_case("transit_en").check(_before_signoff(sentence), language)
    assert ("no_internal_notes" in failed(report)) == caught


@pytest.mark.parametrize(
    ("language", "text", "caught"),
    [
        # a slot typed with look-alike letters (Cyrillic Ha, Greek Chi) reads as XX
        ("el", "Σας παρακαλούμε για λίγη υπομονή (περίπου ΧΧ ημέρες).", True),
        ("ru", "Мы вернём деньги (срок выплаты: ХХ дней).", True),
        ("tr", "İadeniz XX iş günü içinde yapılacaktır.", True),
        ("ru", "С уважением, ООО «Ромашка».", False),
        ("ru", "Хорошо, ждём вашего ответа.", False),
        ("el", "Το δέμα θα φτάσει σε 5 ημέρες.", False),
        # an instruction to the writer in brackets: "insert ... here"
        ("ja", "（ここに定型文を挿入）", True),
        ("de", "(hier Textbaustein einfügen)", True),
        ("fr", "(insérer le texte standard ici)", True),
        ("el", "(εισάγετε το κείμενο εδώ)", True),
        ("tr", "(buraya şablon metni ekleyin)", True),
        ("en", "(we are here to help, add a photo if you can)", False),
        ("ja", "ここにご連絡いただければすぐに対応いたします。", False),
        ("fr", "Nous sommes ici pour vous aider.", False),
    ],
)
def test_placeholders_after_the_thirtieth_set(language: str, text: str, caught: bool) -> None:
    report = dev_case("transit_en").check(_before_signoff(text), language)
    assert ("no_placeholders" in failed(report)) == caught


@pytest.mark.parametrize(
    ("language", "sentence", "caught"),
    [
        # a note to a department's team: "(Depo ekibi: ...)", "(Warehouse team: ...)"
        ("tr", "(Depo ekibi: iade kargosunu fotoğraflayıp sisteme yükleyin.)", True),
        ("en", "(Warehouse team: photograph the return parcel.)", True),
        ("tr", "Depo ekibimiz iadenizi kontrol etti.", False),
        ("en", "Our warehouse team has checked your return.", False),
    ],
)
def test_team_notes_after_the_thirtieth_set(language: str, sentence: str, caught: bool) -> None:
    report = dev_case("transit_en").check(_before_signoff(sentence), language)
    assert ("no_internal_notes" in failed(report)) == caught


@pytest.mark.parametrize(
    ("language", "sentence", "caught"),
    [
        # a note marker opening a sentence inside a paragraph: a label, a code comment, a double-angle note
        ("de", "Wir prüfen das gern. Intern: Fotos an das Lager weiterleiten.", True),
        ("en", "We will check this. Internal: forward the photos to the warehouse.", True),
        ("es", "Lo revisamos hoy. <<nota: pedir las fotos al almacén>>", True),
        ("sv", "Vi hör av oss snart. // Kom ihåg att ladda upp bilderna.", True),
        ("it", "Ci scusiamo. /* ricordarsi di caricare le foto */", True),
        ("de", "Wir prüfen das gern intern und melden uns morgen.", False),
        ("en", "Our team will check it internally and reply tomorrow.", False),
        ("es", "Puede ver los detalles en https://www.aliexpress.com/p/order/index.html", False),
        ("sv", "Vi hör av oss snart. Tack för ditt tålamod!", False),
    ],
)
def test_notes_opening_a_sentence_after_the_thirty_second_set(language: str, sentence: str, caught: bool) -> None:
    report = dev_case("transit_en").check(_before_signoff(sentence), language)
    assert ("no_internal_notes" in failed(report)) == caught


@pytest.mark.parametrize(
    ("case", "addition", "caught"),
    [
        # a bracketed policy reference with its cap is the seller's own rule, not a word to the buyer
        ("transit_en", "We can offer two options (per policy max 40%, offer the lower one first).", True),
        ("evid_quality_de", "Wir haben zwei Angebote (laut Richtlinie Obergrenze 40 %).", True),
        ("transit_ko", "두 가지 방법이 있습니다(정책에 따라 최대 30%, 먼저 제안).", True),
        ("transit_en", "We can offer two options (a partial refund or a replacement).", False),
        ("evid_quality_de", "Wir haben zwei Angebote (Teilerstattung oder Ersatz).", False),
    ],
)
def test_a_bracketed_policy_cap_is_an_internal_note(case: str, addition: str, caught: bool) -> None:
    c = dev_case(case)
    lines = c.good[0].split("\n")
    message = "\n".join([*lines[:-2], addition, *lines[-2:]])
    assert ("no_internal_notes" in failed(c.check(message))) == caught


# Thirty-fifth to fortieth sets: a note whose label names its addressee without a preposition
# ("Коллегам: ...", "Hinweis fürs Team: ..."), a note label followed by an infinitive (an
# instruction to staff, never to the buyer, whom a reply addresses in the imperative), a checklist
# shorthand (checkbox glyphs, tasks joined by "+"), and an aside pointed or signed at a colleague
# ("<- Sam, remember ...", "Husk at ... – Lars.").
@pytest.mark.parametrize(
    ("language", "note"),
    [
        ("ru", "Коллегам: повторную отправку не оформлять, пока клиент не ответит."),
        ("uk", "Колегам: повторне відправлення не оформлювати, доки клієнт не відповість."),
        ("cs", "Kolegům: znovu neposílat, dokud zákazník neodpoví."),
        ("pl", "Zespołowi: nie wysyłać ponownie, dopóki klient nie odpowie."),
        ("de", "Hinweis fürs Team: Rechnung erst schicken, wenn sie danach fragt."),
        ("de", "Notiz ans Lager: Becher erst nach Bestätigung versenden."),
        ("en", "Warehouse: hold the reshipment until she confirms."),
        ("es", "Almacén: no reenviar hasta que confirme."),
        ("it", "Magazzino: non rispedire finché non conferma."),
        ("sv", "Lagret: skicka inte förrän hon bekräftar."),
        ("el", "Αποθήκη: μην το στείλετε πριν επιβεβαιώσει."),
        ("de", "Notiz: Nachforschungsantrag bei der Post stellen und Lagerbestand prüfen."),
        ("pl", "Notatka: potwierdzić odbiór zwrotu w sporze."),
        ("es", "NOTA: proponer el parcial en el panel de soluciones."),
        ("pt", "Nota: enviar as fotos da embalagem no painel."),
        ("it", "Nota: caricare le foto dell'imballaggio."),
        ("fr", "Note : vérifier le stock avant de renvoyer."),
        ("cs", "Poznámka: nahrát fotky balení do sporu."),
        ("ru", "Заметка: загрузить фото упаковки в спор."),
        ("uk", "Нотатка: завантажити фото пакування."),
        ("tr", "Not: paketleme fotoğraflarını yüklemek."),
        ("nl", "Notitie: verpakkingsfoto's uploaden."),
        ("da", "Notat: upload vores pakkebilleder."),
        ("fi", "Muistiinpano: lataa pakkauskuvat."),
        ("hu", "Teendő: csomagolási fotók feltöltése."),
        ("ro", "Notiță: încărcăm pozele ambalajului."),
        ("en", "Note: submit our own packing photos to the dispute."),
        ("ja", "メモ：梱包写真をアップロードする。"),
        ("zh", "待办：上传包装照片。"),
        ("ko", "메모: 포장 사진 업로드."),
        ("ar", "ملاحظة: تحقق من المخزون قبل الإرسال."),
        ("el", "Σημείωση: να ανεβάσουμε τις φωτογραφίες συσκευασίας."),
        ("en", "☐ refund issued  ☐ label sent"),
        ("sv", "(Lägg in delåterbetalningen i lösningspanelen + ladda upp våra packbilder.)"),
        ("en", "(enter the partial refund in the panel + upload our packing photos)"),
        ("da", "Husk at tjekke sagen dagligt for spørgsmål fra specialisten – Lars."),
        ("en", "Remember to chase the carrier every morning – Sam."),
        ("en", "Which would you prefer? <- Sam, remember to submit our own packing photos too"),
    ],
)
def test_notes_labelled_for_staff_checklists_and_pointed_asides_are_internal(language: str, note: str) -> None:
    report = dev_case("transit_en").check(_before_signoff(note), language)
    assert "no_internal_notes" in failed(report)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("es", "Nota: cualquier duda, estamos aquí para ayudarle."),
        ("es", "Nota: recuerde guardar el número de seguimiento."),
        ("pt", "Nota: qualquer dúvida, estamos à disposição."),
        ("fr", "Note : votre colis est toujours en transit."),
        ("pl", "Uwaga: prosimy o zachowanie paragonu."),
        ("ru", "Примечание: посылка всё ещё в пути."),
        ("en", "Note: please keep the tracking number handy."),
        ("en", "Note: check your spam folder for our message."),
        ("de", "Hinweis: Bitte bewahren Sie die Quittung auf."),
        ("en", "Our team: Anna and Marek, will look after your case."),
        ("en", "Please send photos (front + back of the parcel)."),
        ("en", "Remember to keep the receipt – thanks!"),
        ("da", "Husk at gemme kvitteringen – tak."),
        ("en", "Prices went up -> we still honour your order price."),
    ],
)
def test_notes_to_the_buyer_and_ordinary_brackets_are_not_internal(language: str, sentence: str) -> None:
    # inside a paragraph: a note label opening a line of its own is flagged by older patterns anyway
    paragraphs = dev_case("transit_en").good[0].split("\n\n")
    paragraphs[1] += " " + sentence
    report = dev_case("transit_en").check("\n\n".join(paragraphs), language)
    assert "no_internal_notes" not in failed(report)


@pytest.mark.parametrize(
    ("lang", "note"),
    [
        # a reminder or a postscript addressed to the team, anywhere in a line (fortyfirst, fortysecond)
        ("fi", "Kiitos. Muistutus tiimille: tarkista riitasivu päivittäin."),
        ("es", "PD para el equipo: no pagar nada hasta saber quién debe los aranceles."),
        ("en", "Thanks. Reminder for the team: chase the carrier tomorrow."),
        ("de", "P.S. an das Team: Zollrechnung noch nicht bezahlen."),
        ("fr", "Rappel pour l'équipe : relancer le transporteur."),
        ("pt", "P.S. para a equipe: não pagar a taxa ainda."),
        ("it", "Promemoria per il team: sentire il corriere."),
        ("pl", "Przypomnienie dla zespołu: sprawdzić status."),
        ("ru", "Напоминание для команды: проверить посылку."),
        ("sv", "PS till teamet: kolla tvisten varje dag."),
        ("da", "Påmindelse til holdet: tjek sagen dagligt."),
        ("nl", "Herinnering voor het team: vervoerder bellen."),
        ("tr", "Hatırlatma ekibe: kargoyu ara."),
        ("el", "Υ.Γ. για την ομάδα: μην πληρώσετε τίποτα."),
        ("ja", "追伸 チームへ：通関状況を毎日確認。"),
        # an instruction to verify before the reply goes out, inside a bracket
        ("sv", "Returadressen (hämtad ur säljarprofilen, kontrollera före utskick) är: Box 512."),
        ("en", "Return address (from the seller profile, verify before sending): Box 512."),
        ("es", "Dirección (tomada del perfil, comprobar antes de enviar): Calle 5."),
        ("fr", "Adresse (tirée du profil vendeur, vérifier avant envoi) : rue 5."),
        ("de", "Rücksendeadresse (aus dem Profil, vor dem Absenden prüfen): Straße 5."),
        ("pl", "Adres (z profilu sprzedawcy, sprawdzić przed wysłaniem): ul. 5."),
        ("fi", "Palautusosoite (myyjäprofiilista, tarkista ennen lähettämistä): Katu 5."),
        ("ru", "Адрес (из профиля продавца, проверить перед отправкой): ул. 5."),
    ],
)
def test_reminders_to_the_team_and_check_before_sending_are_internal(lang: str, note: str) -> None:
    from disputedraft.checks import default_lexicon
    from disputedraft.checks.text import fold

    assert default_lexicon().internal.search(fold(note), (lang,))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "P.S. We hope you enjoy the lights."),
        ("es", "PD: gracias de nuevo por tu paciencia."),
        ("sv", "Packa jackan väl (helst i originalkartongen) innan du skickar den."),
        ("de", "Bitte legen Sie den Beleg bei (wir prüfen jedes Paket vor dem Versand)."),
        ("en", "Please seal the box well (tape it before sending it back)."),
    ],
)
def test_postscripts_to_the_buyer_and_packing_advice_are_not_internal(lang: str, text: str) -> None:
    from disputedraft.checks import default_lexicon
    from disputedraft.checks.text import fold

    assert not default_lexicon().internal.search(fold(text), (lang,))


@pytest.mark.parametrize(
    "slot",
    ["le colis perdu le XX/XX.", "Prazo de resposta: XX/XX.", "am XX.XX.XXXX", "el XX de mayo", "le XX mars",
     "am XX. Mai", "do XX stycznia", "до XX марта", "by March XX", "XX-XX"],
)  # fmt: skip
def test_date_slots_are_placeholders(slot: str) -> None:
    from disputedraft.checks import default_lexicon

    assert default_lexicon().placeholders.search(slot, ("en",))


@pytest.mark.parametrize("text", ["XX wieku", "XX secolo", "XX век", "size XXL", "on 12/03"])
def test_roman_twenty_and_dates_are_not_slots(text: str) -> None:
    from disputedraft.checks import default_lexicon
    from disputedraft.checks.residue import latin_slots

    assert not default_lexicon().placeholders.search(latin_slots(text), ("en",))


# Forty-third and forty-fourth sets: a chat-style @-mention of a colleague ("@Kim: upload the proof",
# "@Lager: ..."), and the seller's own rulebook cited to the buyer ("依賣家手冊第三條處理",
# "as per section 3 of the seller handbook"), in every language. An e-mail address, a signature
# "Jordan @ Trailnest" and a product's manual are no internal notes.
@pytest.mark.parametrize(
    ("language", "sentence", "flagged"),
    [
        ("nl", "@Kim: bewijs (tracking + chat) vóór de deadline uploaden!", True),
        ("de", "@Lager: Zollquittung noch im Streitfall hochladen!", True),
        ("en", "@warehouse please check the packing photos.", True),
        ("zh", "想麻煩您先暫時關閉這次的糾紛（依賣家手冊第三條處理）。", True),
        ("zh", "根据卖家手册第五条，我们会延长保护期。", True),
        ("en", "As per section 3 of the seller handbook, we extend the protection.", True),
        ("es", "Según el manual del vendedor, ampliamos la protección.", True),
        ("fr", "Conformément au guide du vendeur, nous prolongeons la protection.", True),
        ("de", "Laut Verkäuferhandbuch verlängern wir den Käuferschutz.", True),
        ("ru", "Согласно руководству продавца, мы продлеваем защиту.", True),
        ("pl", "Zgodnie z podręcznikiem sprzedawcy przedłużamy ochronę.", True),
        ("ja", "出品者マニュアルに従い、保護期間を延長します。", True),
        ("ko", "판매자 매뉴얼에 따라 보호 기간을 연장합니다.", True),
        ("en", "Jordan @ Trailnest Outfitters", False),
        ("de", "Eine Anleitung finden Sie im Handbuch der Lampe.", False),
        ("zh", "您可以参考产品说明书重新设置。", False),
        ("en", "Please follow the setup steps in the product manual.", False),
    ],
)
def test_mentions_of_colleagues_and_the_sellers_rulebook_are_internal(
    language: str, sentence: str, flagged: bool
) -> None:
    paragraphs = dev_case("transit_en").good[0].split("\n\n")
    paragraphs[1] += " " + sentence
    report = dev_case("transit_en").check("\n\n".join(paragraphs), language)
    assert ("no_internal_notes" in failed(report)) is flagged


# Families added after the fiftieth set: a label that says "internal" in either order ("/Intern anm.:"),
# an HTML comment, a note line whose body is a bare infinitive ("Let op: ... uploaden."), a note to a
# colleague by preposition alone ("Do Marka: ...") or inside a sentence (". Note to Priya: ..."), a
# reminder with the colleague's name at its end, and a colleague addressed by name about the seller's
# own work.
@pytest.mark.parametrize(
    ("language", "sentence", "flagged"),
    [
        ("sv", "/Intern anm.: handbok steg 1, lägg in förslaget i lösningspanelen.", True),
        ("tr", "Dahili not: kargo firmasını ara.", True),
        ("pl", "<!-- potwierdzić odbiór zwrotu w panelu -->", True),
        ("nl", "Let op: bewijs (tracking, chat) vóór de deadline uploaden.", True),
        ("de", "Achtung: Belege vor der Frist hochladen.", True),
        ("uk", "Нотатка: спершу з'ясувати, хто платить мито.", True),
        ("pl", "Uwaga: najpierw sprawdzić, kto płaci cło.", True),
        ("pl", "Do Marka: ustal z przewoźnikiem, kto płaci cło.", True),
        ("en", "We will keep you posted. Note to Priya: check the rest of the batch.", True),
        ("da", "Husk at uploade det nye sporingsnummer til sagen, Lasse.", True),
        ("en", "Remember to attach the weight slip, Tom.", True),
        ("de", "Vergiss nicht, den Beleg hochzuladen, Jonas.", True),
        ("ru", "Ирина, скрин трекинга я загрузил, больше ничего не шлём.", True),
        ("en", "Priya, I uploaded the screenshot, we send nothing more.", True),
        ("nl", "Let op: het pakket moet binnen 14 dagen worden teruggestuurd.", False),
        ("de", "Wichtig: Bitte bewahren Sie die Verpackung auf.", False),
        ("en", "Remember to keep the original packaging, John.", False),
        ("da", "Ja, jeg har tjekket adressen.", False),
        ("en", "To our regret, the parcel is still in customs.", False),
    ],
)
def test_internal_note_families_of_the_fiftieth_set(language: str, sentence: str, flagged: bool) -> None:
    c = dev_case("transit_en")
    paragraphs = c.good[0].split("\n\n")
    paragraphs.insert(-1, sentence)
    report = c.check("\n\n".join(paragraphs), language)
    assert ("no_internal_notes" in failed(report)) is flagged, sentence


@pytest.mark.parametrize(
    ("language", "sentence", "flagged"),
    [
        ("zh", "（預計到貨日：XX月XX日）", True),
        ("ja", "お届け予定日：X月X日", True),
        ("ko", "배송 예정일: XX월 XX일", True),
        ("ja", "○月○日までにご返送ください。", True),
        ("en", "Your refund of $XX will follow.", True),
        ("zh", "预计5月12日送达。", False),
        ("en", "The XL size is on its way.", False),
    ],
)
def test_number_slots_before_a_cjk_unit_are_placeholders(language: str, sentence: str, flagged: bool) -> None:
    report = dev_case("transit_en").check(_before_signoff(sentence), language)
    assert ("no_placeholders" in failed(report)) is flagged, sentence


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="XxХхΧχОАВЕКМНРСТУΑΒΕΖΗΙΚΜΝΡΤΥabc XZ-\n", max_size=40) | st.text(max_size=40))
def test_look_alike_slots_are_read_the_same_when_the_text_has_no_look_alike_letter(text: str) -> None:
    # latin_slots skips its word by word pass when no look-alike letter is in the text.
    from disputedraft.checks.residue import _WORD, _as_latin, latin_slots

    assert latin_slots(text) == _WORD.sub(_as_latin, text)
