"""no_off_platform_contact: emails, phones, links, messaging apps, "contact me directly"."""

from __future__ import annotations

import pytest

from checks_dev.support import dev_case, outcome, swap

CONTACT = "no_off_platform_contact"


def contact_detail(case: str, message: str) -> str:
    o = outcome(dev_case(case).check(message), CONTACT)
    return "" if o.passed else o.detail


@pytest.mark.parametrize(
    ("case", "old", "new", "expect"),
    [
        (
            "transit_en",
            "Thank you for your patience.",
            "You can also email us at help@ourstore.com.",
            "help@ourstore.com",
        ),
        ("transit_en", "Thank you for your patience.", "Track it on www.ourstore-tracking.com/LP001.", "www.ourstore"),
        ("transit_en", "Thank you for your patience.", "Details: ourstore.shop/track", "ourstore.shop"),
        ("transit_en", "Thank you for your patience.", "Write to ourstore at gmail dot com.", "gmail"),
        ("transit_en", "Thank you for your patience.", "Call us on +1 415 555 0134 any time.", "phone"),
        ("transit_en", "Thank you for your patience.", "Message us on WhatsApp for faster help.", "whatsapp"),
        ("transit_en", "Thank you for your patience.", "Add us on Line ID ourstore.", "line"),
        ("evid_size_es", "Un saludo,", "Escríbanos por correo electrónico. Un saludo,", "correo"),
        (
            "evid_damaged_fr",
            "Bien cordialement,",
            "Appelez-nous au 01 23 45 67 89. Bien cordialement,",
            "01 23 45 67 89",
        ),
        ("evid_wrong_item_pt", "Atenciosamente,", "Chama no zap que resolvemos. Atenciosamente,", "zap"),
        ("evid_quality_de", "Viele Grüße", "Schreiben Sie uns eine E-Mail. Viele Grüße", "e-mail"),
        ("evid_missing_ru", "С уважением,", "Напишите нам в Телеграм. С уважением,", "телеграм"),
        (
            "evid_color_pl",
            "Pozdrawiamy serdecznie,",
            "Prosimy o kontakt telefoniczny pod numerem 601 234 567. Pozdrawiamy,",
            "601 234 567",
        ),
        (
            "evid_counterfeit_it",
            "Cordiali saluti,",
            "Ci contatti direttamente in privato. Cordiali saluti,",
            "direttamente",
        ),
        ("evid_not_working_ko", "감사합니다.", "카톡으로 연락 주세요. 감사합니다.", "카톡"),
        ("transit_nl", "Met vriendelijke groet,", "Bel ons gerust. Met vriendelijke groet,", "bel ons"),
    ],
)
def test_off_platform_contact_is_caught(case: str, old: str, new: str, expect: str) -> None:
    assert expect.lower() in contact_detail(case, swap(dev_case(case).good[0], old, new)).lower()


@pytest.mark.parametrize(
    ("case", "old", "new"),
    [
        # Contact that stays on the platform.
        ("transit_en", "Thank you for your patience.", "Feel free to contact us here in the chat at any time."),
        (
            "escalation_en",
            "feel free to message us here at any time.",
            "you can contact us directly through the AliExpress chat.",
        ),
        # "call", "line" and "signal" as ordinary words; the order id and tracking are not phones.
        (
            "transit_en",
            "Thank you for your patience.",
            "This is what we call a normal delay; the tracking signal is strong and in line with the estimate.",
        ),
        ("transit_en", "Thank you for your patience.", "Order 8123456789012345, tracking LP00123456789CN."),
        # The carrier may contact the buyer; that is not the seller asking to leave the platform.
        ("customs_buyer_en", "Royal Mail usually sends a payment notice", "Royal Mail may send you an email or a card"),
        # Checking the address and phone number of the shipping address is on-platform.
        (
            "reship_offer_en",
            "your shipping address is still correct",
            "your shipping address and phone number are still correct",
        ),
    ],
)
def test_innocent_mentions_pass(case: str, old: str, new: str) -> None:
    assert contact_detail(case, swap(dev_case(case).good[0], old, new)) == ""


def test_dates_and_amounts_are_not_phone_numbers() -> None:
    c = dev_case("return_instr_en")
    assert "Shenzhen 518057" in c.good[0]
    assert "28.00 USD" in c.good[0]
    assert contact_detail("return_instr_en", c.good[0]) == ""


def contact_detail_in(case: str, language: str, message: str) -> str:
    o = outcome(dev_case(case).check(message, language), CONTACT)
    return "" if o.passed else o.detail


# Ways out of the platform the sixth labelled set showed the checks missing, in several
# languages: (dev case, language, text replaced, replacement, expected in the complaint).
@pytest.mark.parametrize(
    ("case", "language", "old", "new", "expect"),
    [
        # LINE by its account, not its name alone
        (
            "transit_en",
            "ja",
            "Thank you for your patience.",
            "写真は当店のLINE公式アカウント（ID：sakuracloset）に送ってください。",
            "line",
        ),
        ("transit_en", "en", "Thank you for your patience.", "Send them to our LINE official account.", "line"),
        # a support line or service number, texted or "app'ed"
        (
            "transit_en",
            "en",
            "Thank you for your patience.",
            "If the upload is fiddly, you can text them to our support line instead.",
            "support line",
        ),
        (
            "transit_nl",
            "nl",
            "Met vriendelijke groet,",
            "Je mag het ook even appen naar ons servicenummer, dat staat op de pakbon.\n\nMet vriendelijke groet,",
            "appen",
        ),
        (
            "transit_en",
            "tr",
            "Thank you for your patience.",
            "Bize müşteri hattımızdan da ulaşabilirsiniz, numara mağaza sayfamızda yazıyor.",
            "müşteri hatt",
        ),
        ("evid_quality_de", "de", "Viele Grüße", "Oder rufen Sie unsere Hotline an.\n\nViele Grüße", "hotline"),
        # messaging apps in other scripts
        (
            "transit_en",
            "uk",
            "Thank you for your patience.",
            "Якщо зручніше, пишіть нашому менеджеру в Телеграм.",
            "телеграм",
        ),
        ("transit_en", "ja", "Thank you for your patience.", "テレグラムでご連絡ください。", "テレグラム"),
        # spelled-out addresses
        (
            "transit_en",
            "en",
            "Thank you for your patience.",
            "It's in the About us section of ourstore dot shop.",
            "dot shop",
        ),
        (
            "evid_damaged_fr",
            "fr",
            "Bien cordialement,",
            "Pour la confirmation, écrivez à service arobase boutique point ca.\n\nBien cordialement,",
            "arobase",
        ),
        # asking for the buyer's number, or SMS
        (
            "evid_color_pl",
            "pl",
            "Pozdrawiamy serdecznie,",
            "Możemy też wysłać SMS-em, wystarczy podać numer telefonu.\n\nPozdrawiamy,",
            "sms",
        ),
        (
            "transit_en",
            "en",
            "Thank you for your patience.",
            "Please send us your phone number so we can call you.",
            "phone",
        ),
        # the languages that had no contact list
        ("transit_en", "sv", "Thank you for your patience.", "Ring oss gärna eller mejla oss.", "ring oss"),
        ("transit_en", "da", "Thank you for your patience.", "Skriv gerne til os på mail.", "på mail"),
        ("transit_en", "fi", "Thank you for your patience.", "Soita meille, niin hoidetaan asia.", "soita"),
        ("transit_en", "cs", "Thank you for your patience.", "Zavolejte nám prosím.", "zavolejte"),
    ],
)
def test_off_platform_classes_are_caught_in_many_languages(
    case: str, language: str, old: str, new: str, expect: str
) -> None:
    assert expect in contact_detail_in(case, language, swap(dev_case(case).good[0], old, new)).lower()


@pytest.mark.parametrize(
    ("case", "language", "old", "new"),
    [
        (
            "transit_en",
            "en",
            "Thank you for your patience.",
            "That is in line with the estimate; our team is here in the chat.",
        ),
        ("transit_en", "en", "Thank you for your patience.", "The carrier may text you a delivery notice."),
        (
            "evid_damaged_fr",
            "fr",
            "Bien cordialement,",
            "Du point de vue de la qualité, c'est inacceptable.\n\nBien cordialement,",
        ),
        ("reship_offer_en", "hu", "Best wishes,", "Kérjük, ellenőrizze a címét és a telefonszámát.\n\nBest wishes,"),
        (
            "reship_offer_en",
            "ro",
            "Best wishes,",
            "Vă rugăm să verificați adresa și numărul de telefon.\n\nBest wishes,",
        ),
        ("transit_en", "ja", "Thank you for your patience.", "チャットでいつでもご連絡ください。"),
        ("transit_en", "sv", "Thank you for your patience.", "Skriv till oss här i chatten om du har frågor."),
    ],
)
def test_on_platform_wording_near_the_new_classes_passes(case: str, language: str, old: str, new: str) -> None:
    assert contact_detail_in(case, language, swap(dev_case(case).good[0], old, new)) == ""


# App names with a case ending glued on (Finnish, Hungarian): "WeChatissa", "WhatsAppon".
@pytest.mark.parametrize(
    ("language", "new", "expect"),
    [
        ("fi", "Jos osoitteen kanssa tulee ongelmia, lähetä meille viesti WeChatissa.", "wechatissa"),
        ("fi", "Voit myös kirjoittaa meille Telegramissa.", "telegramissa"),
        ("hu", "Írjon nekünk Viberen.", "viberen"),
    ],
)
def test_inflected_app_names_are_caught(language: str, new: str, expect: str) -> None:
    message = swap(dev_case("transit_en").good[0], "Thank you for your patience.", new)
    assert expect in contact_detail_in("transit_en", language, message).lower()


@pytest.mark.parametrize(
    ("lang", "sentence", "caught"),
    [
        ("pl", "Najprościej będzie, jeśli napisze Pani do nas na Messengerze.", True),
        ("cs", "Napište nám na WhatsAppu.", True),
        ("hu", "Írjon nekünk Facebookon.", True),
        ("ru", "Напишите нам в мессенджере.", True),
        ("pl", "Proszę odpisać tutaj, w wiadomościach na platformie.", False),
    ],
)
def test_messaging_apps_named_with_a_case_ending(lang: str, sentence: str, caught: bool) -> None:
    from disputedraft.checks import default_lexicon
    from disputedraft.checks.text import fold

    assert (default_lexicon().contact.apps.search(fold(sentence), (lang,)) is not None) == caught


def _contact_in(language: str, sentence: str) -> str:
    c = dev_case("transit_en")
    message = swap(c.good[0], "Thank you for your patience.", f"{sentence} Thank you for your patience.")
    o = outcome(c.check(message, language), CONTACT)
    return "" if o.passed else o.detail


@pytest.mark.parametrize(
    ("language", "sentence", "flagged"),
    [
        # Signal, the app: a Latin "Signal" in a Cyrillic, Greek or Arabic reply, or after a preposition
        ("uk", "Для швидшої відповіді пишіть нам у Signal.", True),
        ("ru", "Можно также написать нам в Signal.", True),
        ("de", "Schreiben Sie uns gern auch über Signal.", True),
        ("uk", "Ми отримали сигнал від перевізника про затримку.", False),
        ("en", "We see this as a signal that the parcel is moving again.", False),
        # Arabic spellings of the apps
        ("ar", "يمكنك مراسلتنا على تليجرام للمتابعة.", True),
        ("ar", "يمكنك مراسلتنا هنا في المنصة للمتابعة.", False),
        # the seller's own shop, any case ending, and leaving the platform out
        ("pl", "Zapraszamy do zakupów w naszym sklepie internetowym.", True),
        ("pl", "Zapraszamy do zakupów w naszym sklepie na platformie.", False),
        ("es", "La próxima vez puede comprar sin pasar por la plataforma.", True),
        ("en", "Next time you can order directly and bypass the platform.", True),
        ("en", "Next time you can order directly from our store page here.", False),
    ],
)
def test_signal_arabic_app_names_and_the_sellers_own_shop(language: str, sentence: str, flagged: bool) -> None:
    assert bool(_contact_in(language, sentence)) is flagged


# A contact form (on the shop's own website) takes the conversation off the platform in any
# language; a form on the platform, or the chat, does not.
@pytest.mark.parametrize(
    ("language", "sentence", "caught"),
    [
        ("fi", "Voit myös käyttää verkkosivujemme yhteydenottolomaketta.", True),
        ("fi", "Kirjoita meille kotisivuillamme.", True),
        ("de", "Schreiben Sie uns einfach über das Kontaktformular.", True),
        ("es", "Puede escribirnos mediante el formulario de contacto.", True),
        ("ru", "Напишите нам через форму обратной связи.", True),
        ("fi", "Kirjoita meille tänne viestiketjuun.", False),
        ("de", "Bitte füllen Sie das Rücksendeformular auf der Plattform aus.", False),
    ],
)
def test_a_contact_form_is_off_platform(language: str, sentence: str, caught: bool) -> None:
    case = "transit_en"
    message = swap(dev_case(case).good[0], "Thank you for your patience.", sentence)
    assert bool(contact_detail_in(case, language, message)) is caught


# Thirty-fifth to fortieth sets: asking the buyer to phone the shop ("ring gerne til vores
# kundeservice", "du kan också ringa oss"), in every language; a carrier calling the buyer,
# or the seller calling the carrier, is no off-platform contact.
@pytest.mark.parametrize(
    ("language", "sentence", "flagged"),
    [
        ("en", "Feel free to phone our customer service.", True),
        ("es", "Llame a nuestro servicio de atención al cliente.", True),
        ("fr", "N'hésitez pas à appeler notre service client.", True),
        ("pt", "Pode nos ligar quando quiser.", True),
        ("de", "Rufen Sie gerne unseren Kundenservice an.", True),
        ("it", "Può anche chiamarci direttamente.", True),
        ("nl", "Bel gerust onze klantenservice.", True),
        ("ru", "Вы также можете позвонить нам напрямую.", True),
        ("uk", "Ви також можете зателефонувати нам.", True),
        ("pl", "Proszę do nas dzwonić.", True),
        ("cs", "Můžete nám také zavolat.", True),
        ("sv", "Du kan också ringa oss direkt om du vill.", True),
        ("da", "Ring gerne til vores kundeservice.", True),
        ("fi", "Soita asiakaspalveluumme.", True),
        ("tr", "Bizi doğrudan da arayabilirsiniz.", True),
        ("ro", "Ne puteți suna și direct.", True),
        ("hu", "Fel is hívhat minket közvetlenül.", True),
        ("el", "Μπορείτε επίσης να μας καλέσετε απευθείας.", True),
        ("ja", "カスタマーサービスに電話してください。", True),
        ("ko", "저희에게 직접 전화하셔도 됩니다.", True),
        ("zh", "请致电我们的客服。", True),
        ("ar", "لا تتردد في مهاتفتنا.", True),
        ("ja", "WeChatでもお問い合わせいただけます。", True),
        ("en", "The courier may call you before delivery.", False),
        ("de", "Rufen Sie am besten beim Zoll an.", False),
        ("da", "Kureren ringer til dig inden levering.", False),
        ("sv", "Vi ringde till transportören i morse.", False),
        ("ru", "Курьер позвонит вам перед доставкой.", False),
        ("fr", "Le livreur vous appellera.", False),
        ("ko", "택배 기사님이 전화드릴 수 있습니다.", False),
        # forty-first set: the call said as a noun ("a quick call to our customer line works too")
        ("en", "Just let us know which option suits you – a quick call to our customer line works too.", True),
        ("en", "You can also ring our customer line.", True),
        ("es", "También vale una llamada a nuestra línea de clientes.", True),
        ("fr", "Un petit coup de fil à notre service client suffit aussi.", True),
        ("de", "Ein kurzer Anruf bei uns geht natürlich auch.", True),
        ("it", "Va bene anche una telefonata al nostro servizio clienti.", True),
        ("nl", "Een belletje naar ons kan ook.", True),
        ("pt", "Uma ligação para nós também resolve.", True),
        ("en", "A quick call to the carrier may speed things up.", False),
        ("de", "Ein kurzer Anruf beim Zoll kann helfen.", False),
    ],
)
def test_asking_to_phone_the_shop_in_any_language(language: str, sentence: str, flagged: bool) -> None:
    assert bool(_contact_in(language, sentence)) is flagged


# Forty-third and forty-fourth sets: e-mail as the channel, in every language: "send us an e-mail",
# "we'll let you know by e-mail", "leave us your e-mail address". Talk in the chat, or Royal Mail
# the carrier, is no e-mail.
@pytest.mark.parametrize(
    ("language", "sentence", "flagged"),
    [
        ("fi", "Lähetä meille sähköpostia, jos sinulla on toiveita.", True),
        ("ro", "Vă anunțăm prin e-mail, dacă ne lăsați adresa dumneavoastră.", True),
        ("ro", "Lăsați-ne adresa dumneavoastră de e-mail.", True),
        ("en", "Please leave us your email address and we will update you.", True),
        ("es", "Déjenos su dirección de correo y le avisaremos.", True),
        ("fr", "Nous vous informerons par mail si vous nous laissez votre adresse.", True),
        ("pt", "Mande um e-mail para nós se tiver alguma preferência.", True),
        ("de", "Schicken Sie uns einfach eine E-Mail, wenn Sie Wünsche haben.", True),
        ("it", "La avviseremo via mail se ci lascia il suo indirizzo.", True),
        ("nl", "Stuur ons gerust een e-mail als je wensen hebt.", True),
        ("ru", "Отправьте нам письмо на почту, если есть пожелания.", True),
        ("uk", "Залиште нам свою електронну адресу.", True),
        ("pl", "Proszę wysłać nam maila, jeśli ma Pan życzenia.", True),
        ("cs", "Pošlete nám e-mail, pokud máte nějaké přání.", True),
        ("sv", "Skicka ett mejl till oss om du har önskemål.", True),
        ("da", "Send os en mail, hvis du har ønsker.", True),
        ("hu", "Küldjön nekünk egy e-mailt, ha van kívánsága.", True),
        ("el", "Θα σας ενημερώσουμε μέσω email αν μας αφήσετε τη διεύθυνσή σας.", True),
        ("ja", "ご希望があればメールをお送りください。", True),
        ("ko", "이메일 주소를 남겨 주시면 이메일로 알려 드리겠습니다.", True),
        ("ar", "أرسل لنا بريدًا إلكترونيًا إذا كانت لديك رغبات.", True),
        ("fi", "Kerro ihmeessä, jos sinulla on toiveita.", False),
        ("fi", "Lähetä meille viesti täällä, jos sinulla on toiveita.", False),
        ("ro", "Vă anunțăm imediat ce aflăm.", False),
        ("en", "Your parcel is on its way with Royal Mail.", False),
        ("it", "Grazie mille per la sua risposta.", False),
    ],
)
def test_email_as_the_channel_in_any_language(language: str, sentence: str, flagged: bool) -> None:
    assert bool(_contact_in(language, sentence)) is flagged
