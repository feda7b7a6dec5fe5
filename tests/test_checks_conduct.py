"""no_feedback_request, no_blame, no_shouting."""

from __future__ import annotations

import pytest

from checks_dev.support import add_before_signoff, dev_case, failed, outcome, swap


def detail(case: str, message: str, check: str) -> str:
    o = outcome(dev_case(case).check(message), check)
    return "" if o.passed else o.detail


@pytest.mark.parametrize(
    ("case", "sentence"),
    [
        ("transit_en", "Please leave us 5-star feedback once it arrives."),
        ("transit_en", "We would appreciate it if you could update your rating."),
        ("transit_en", "Kindly remove the negative review you left."),
        ("transit_en", "Once it's sorted, we hope the feedback can be changed."),
        ("evid_size_es", "Le rogamos que cambie su valoración negativa."),
        ("evid_damaged_fr", "Merci de modifier votre avis une fois le problème réglé."),
        ("evid_wrong_item_pt", "Pedimos que deixe uma avaliação positiva."),
        ("evid_quality_de", "Bitte ändern Sie Ihre Bewertung auf fünf Sterne."),
        ("evid_missing_ru", "Пожалуйста, измените свой отзыв."),
        ("evid_color_pl", "Prosimy o zmianę oceny na pozytywną."),
        ("evid_counterfeit_it", "La preghiamo di modificare la sua recensione."),
        ("evid_not_working_ko", "좋은 리뷰 부탁드립니다."),
    ],
)
def test_feedback_requests_are_caught(case: str, sentence: str) -> None:
    assert "feedback" in detail(case, add_before_signoff(case, sentence), "no_feedback_request")


@pytest.mark.parametrize(
    ("case", "sentence"),
    [
        ("transit_en", "Thank you for your feedback about the delivery time."),
        ("await_en", "The specialist will review the case and the evidence."),  # "review" as a verb
        ("partial_es", "Díganos su opinión sobre las dos opciones."),  # "opinión" as opinion
    ],
)
def test_feedback_words_that_are_not_requests_pass(case: str, sentence: str) -> None:
    assert detail(case, add_before_signoff(case, sentence), "no_feedback_request") == ""


@pytest.mark.parametrize(
    ("case", "sentence"),
    [
        ("evid_size_es", "Usted pidió la talla equivocada."),
        ("evid_not_working_en", "You should have read the manual before using it."),
        ("evid_not_working_en", "As clearly stated in the listing, it only works with a 5V charger."),
        ("customs_buyer_en", "Honestly, this delay is the customs office's fault."),
        ("reship_offer_en", "The parcel was lost because you gave us an incomplete address."),
        ("evid_damaged_fr", "Vous auriez dû vérifier le colis à la livraison."),
        ("evid_wrong_item_pt", "A culpa é dos Correios, não nossa."),
        ("evid_quality_de", "Das ist Ihre eigene Schuld."),
        ("evid_missing_ru", "Вы сами виноваты, нужно было проверить посылку."),
        ("evid_color_pl", "To Pani wina, trzeba było sprawdzić zdjęcia."),
        ("evid_counterfeit_it", "Come chiaramente indicato nella descrizione, non è un prodotto originale."),
        ("evid_not_working_ko", "고객님의 실수로 보입니다."),
    ],
)
def test_blame_is_caught(case: str, sentence: str) -> None:
    assert "blames" in detail(case, add_before_signoff(case, sentence), "no_blame")


@pytest.mark.parametrize(
    ("case", "sentence"),
    [
        ("reship_offer_en", "This is not your fault at all."),
        ("transit_en", "You should have received a notification from the carrier."),
        ("evid_size_es", "Su paquete debería haber llegado ya, y lo sentimos."),
        ("customs_buyer_en", "Under this order the buyer is responsible for the import duties."),
        ("evid_wrong_item_pt", "Sabemos que não é culpa sua."),
        ("evid_quality_de", "Das ist natürlich nicht Ihre Schuld."),
    ],
)
def test_kind_or_factual_sentences_are_not_blame(case: str, sentence: str) -> None:
    assert detail(case, add_before_signoff(case, sentence), "no_blame") == ""


@pytest.mark.parametrize(
    ("case", "sentence"),
    [
        ("transit_en", "PLEASE CLOSE THE DISPUTE NOW."),
        ("transit_en", "We did everything RIGHT and you KEEP COMPLAINING."),
        ("transit_en", "Please be patient!!"),
        ("transit_en", "Why would you open a dispute?!"),
        ("return_instr_ru", "ОБЯЗАТЕЛЬНО ОТПРАВЬТЕ КОШЕЛЕК сегодня."),
        ("evid_size_es", "¡¡Por favor, envíe la foto YA!!"),
        ("evid_damaged_fr", "MERCI DE NE PAS OUVRIR DE LITIGE."),
        ("evid_wrong_item_pt", "Por favor, ENVIE AS FOTOS HOJE MESMO."),
        ("evid_quality_de", "Bitte SOFORT Fotos SCHICKEN, DANKE."),
        ("evid_color_pl", "Prosimy o zdjęcia?!"),
        ("evid_not_working_ko", "빨리 보내 주세요!!"),
    ],
)
def test_shouting_is_caught(case: str, sentence: str) -> None:
    assert detail(case, add_before_signoff(case, sentence), "no_shouting") != ""


def test_codes_acronyms_and_capitalised_facts_are_not_shouting() -> None:
    c = dev_case("customs_buyer_de")  # carrier "Cainiao / DHL"
    message = swap(c.good[0], "bei DHL,", "bei DHL (Sendung LP00445566778CN, USD, EUR, VAT, IOSS),")
    assert "no_shouting" not in failed(c.check(message))
    assert "no_shouting" not in failed(c.check(c.good[0] + "\nOK!"))


@pytest.mark.parametrize(
    ("case", "sentence"),
    [
        # overlooked / did not notice
        ("evid_not_working_en", "You probably overlooked the power switch on the side."),
        ("evid_missing_ru", "Скорее всего, вы просто не заметили детали в нижнем отсеке коробки."),
        ("evid_damaged_fr", "Vous n'avez sans doute pas remarqué la notice dans la boîte."),
        ("evid_size_es", "Seguramente usted no se dio cuenta de la tabla de tallas."),
        ("evid_wrong_item_pt", "Você provavelmente não reparou na etiqueta."),
        ("evid_color_pl", "Pani przeoczyła informację w opisie."),
        ("evid_quality_de", "Sie haben den Hinweis wohl übersehen."),
        ("transit_nl", "U heeft de melding over het hoofd gezien."),
        ("evid_counterfeit_it", "Forse non hai controllato bene la confezione."),
        # could / should have (been patient, waited, contacted us)
        ("escalation_en", "Before opening a dispute, you could have contacted us."),
        ("escalation_en", "You could have been a little more patient."),
        ("escalation_de", "Sie hätten vor der Eskalation ruhig noch etwas Geduld haben können."),
        ("escalation_fr", "Vous auriez pu attendre quelques jours de plus."),
        ("evid_counterfeit_it", "Avrebbe potuto contattarci prima di aprire la controversia."),
        ("partial_es", "Podría haber esperado un poco antes de abrir la disputa."),
        ("await_pt", "Você poderia ter esperado a nossa resposta."),
        ("evid_missing_ru", "Вы могли бы и подождать ответа."),
        # the carrier or customs disparaged
        ("transit_en", "The post office is terribly slow, as usual."),
        ("transit_ru", "Почта России, как обычно, работает ужасно медленно."),
        ("customs_seller_pl", "Niestety polski urząd celny działa bardzo wolno i nieudolnie."),
        ("escalation_de", "Die Post ist mal wieder furchtbar langsam."),
        ("transit_it", "Il corriere, come sempre, è incredibilmente lento."),
        ("customs_absent_fr", "La douane est complètement incompétente."),
    ],
)
def test_blame_phrasing_families_are_caught(case: str, sentence: str) -> None:
    assert "blames" in detail(case, add_before_signoff(case, sentence), "no_blame")


@pytest.mark.parametrize(
    ("case", "sentence"),
    [
        ("transit_en", "In case you didn't see our earlier message, here is the tracking number again."),
        ("customs_buyer_en", "Customs clearance usually takes a few days, so a short delay is normal."),
        ("transit_ru", "Не могли бы вы подождать ещё несколько дней?"),
        ("evid_color_pl", "Czy mogłaby Pani poczekać jeszcze kilka dni?"),
        ("transit_it", "Il corriere, come sempre, ci avviserà in caso di ritardo."),
        ("escalation_de", "Falls Sie Fragen hätten, können Sie uns jederzeit schreiben."),
        ("evid_size_es", "Si no vio nuestro mensaje anterior, se lo repetimos aquí."),
    ],
)
def test_polite_requests_and_neutral_delays_are_not_blame(case: str, sentence: str) -> None:
    assert detail(case, add_before_signoff(case, sentence), "no_blame") == ""


@pytest.mark.parametrize(
    ("case", "sentence"),
    [
        ("transit_en", "Sadly the carrier handles parcels carelessly, so delays like this are common."),
        ("transit_en", "It is not the first time the post office has mislaid one of our parcels."),
        ("customs_buyer_de", "Der Zoll arbeitet leider bekanntlich sehr langsam."),
        ("customs_seller_es", "La aduana es muy lenta y burocrática, no podemos hacer nada."),
        ("evid_missing_ru", "Почта, к сожалению, постоянно теряет посылки по своей халатности."),
        ("customs_seller_pl", "Niestety urząd celny działa bardzo wolno, to po jego stronie leży problem."),
        ("evid_counterfeit_it", "Il corriere maneggia spesso i pacchi con poca cura."),
    ],
)
def test_a_verdict_on_the_carrier_or_customs_is_blame(case: str, sentence: str) -> None:
    assert "carrier, the post or customs" in detail(case, add_before_signoff(case, sentence), "no_blame")


@pytest.mark.parametrize(
    ("case", "sentence"),
    [
        ("transit_en", "The carrier shows the parcel moving through the sorting centre."),
        ("customs_buyer_de", "Der Zoll prüft das Paket gerade."),
        ("customs_seller_es", "La aduana todavía está revisando el paquete."),
        ("evid_missing_ru", "Почта уже передала посылку в ваш город."),
    ],
)
def test_naming_the_carrier_or_customs_is_a_fact_not_blame(case: str, sentence: str) -> None:
    assert detail(case, add_before_signoff(case, sentence), "no_blame") == ""


@pytest.mark.parametrize(
    ("case", "sentence"),
    [
        ("evid_not_working_en", "Next time, please read the instructions before plugging it in."),
        ("evid_not_working_en", "Overheating is usually only a problem when the wrong charger is used."),
        ("evid_size_es", "La próxima vez revise la guía de tallas, por favor."),
        ("evid_damaged_fr", "Nous vous rappelons toutefois que le colis doit être vérifié à la livraison."),
        ("evid_counterfeit_it", "Prima di accusarci, la preghiamo di guardare bene le foto."),
        ("evid_color_pl", "Następnym razem prosimy sprawdzić zdjęcia w ofercie."),
    ],
)
def test_reproaching_how_the_buyer_used_or_chose_the_item_is_blame(case: str, sentence: str) -> None:
    assert "blames" in detail(case, add_before_signoff(case, sentence), "no_blame")


# Classes added after the sixth set: each case is (language, sentence). The sentence is added to an
# English good reply and checked with `language` as the reply's language, so that the lists of
# languages without a development case (el, hu, ro, da, fi, ...) are exercised too.
def detail_in(language: str, sentence: str, check: str) -> str:
    o = outcome(dev_case("transit_en").check(add_before_signoff("transit_en", sentence), language), check)
    return "" if o.passed else o.detail


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        # a verdict on the carrier, the post, customs, the warehouse or the platform
        ("en", "To be fair, this kind of delay is almost always the courier's fault, not ours."),
        ("en", "The warehouse partner swapped the item, we shipped the right one."),
        ("es", "Correos es lentísimo en estas fechas."),
        ("fr", "La Poste perd souvent les colis en cette saison."),
        ("de", "Der Paketdienst verliert leider ständig Pakete, das ist nicht unsere Schuld."),
        ("it", "Il corriere perde spesso i pacchi, speriamo che stavolta faccia il suo lavoro."),
        ("pt", "Os Correios são os mais lentos do país, a culpa é deles."),
        ("nl", "PostNL is de traagste vervoerder van Europa."),
        ("pl", "Kurier często gubi paczki, to jego wina."),
        ("ru", "Почта часто теряет посылки, это не мы."),
        ("uk", "Це провина кур'єра, ми свою частину зробили."),
        ("tr", "Kargo firması paketi açıp ürünü değiştirmiş olabilir."),
        ("ko", "택배사 쪽 잘못으로 배송이 늦어졌습니다."),
        ("ja", "配送業者の扱いが雑だったようです。"),
        ("zh", "快递总是很慢，这是快递公司的错。"),
        ("ar", "التأخير من شركة الشحن وليس نحن."),
        ("sv", "Det är PostNords fel, inte vårt fel."),
        ("cs", "Zásilkovna často ztrácí balíky."),
        ("da", "Fragtfirmaet taber ofte pakker, det er deres skyld."),
        ("fi", "Posti hukkaa usein paketteja."),
        ("ro", "Curierul nu își face treaba, din vina lor a întârziat coletul."),
        ("hu", "A futár hibájából sérült meg a csomag, nem nálunk."),
        ("el", "Τα ΕΛΤΑ συχνά χάνουν δέματα."),
        # how the buyer used, read or charged the item
        ("en", "It rarely cracks unless it has been dropped."),
        ("en", "These headphones are not designed for use in the shower."),
        ("es", "Seguramente el cargador fue usado de forma incorrecta o con un cargador no original."),
        ("fr", "Ce sac n'est pas conçu pour la pluie battante."),
        ("de", "Die Uhr ist nicht für das Schwimmen gedacht."),
        ("it", "Probabilmente il prodotto è stato usato male."),
        ("pt", "A luminária foi mal utilizada."),
        ("nl", "De jas is niet bedoeld voor zware regen."),
        ("pl", "Słuchawki były prawdopodobnie nieprawidłowo ładowane."),
        ("ru", "Вероятно, наушники неправильно заряжали."),
        ("uk", "Ви просто не прочитали опис перед покупкою."),
        ("tr", "Satın almadan önce açıklamayı okumalıydınız."),
        ("ko", "상품 설명을 제대로 읽지 않으신 것 같습니다."),
        ("ja", "誤った充電方法が原因と思われます。"),
        ("zh", "应该是您的充电方式不对。"),
        ("ar", "يبدو أن المنتج تعرض لسوء الاستخدام."),
        ("sv", "Ni borde ha läst beskrivningen."),
        ("cs", "Měl jste si přečíst popis."),
        ("da", "I burde have læst beskrivelsen."),
        ("fi", "Teidän olisi pitänyt lukea kuvaus."),
        ("ro", "Ar fi trebuit să citiți descrierea."),
        ("hu", "Úgy tűnik, vásárlás előtt nem olvasta el a leírást."),
        ("el", "Δεν διαβάσατε την περιγραφή πριν την αγορά."),
        # the screen, the escalation
        ("fr", "C'est sans doute l'écran de votre téléphone qui fausse la couleur."),
        ("en", "The colour looks different because of your screen settings on your monitor."),
        ("es", "Abrió la disputa sin darnos tiempo a responder."),
        ("de", "Sie haben den Fall eskaliert, ohne uns Zeit zu geben."),
        ("it", "Ha aperto la controversia senza darci il tempo di rispondere."),
    ],
)
def test_blame_classes_added_after_the_sixth_set(language: str, sentence: str) -> None:
    assert "blames" in detail_in(language, sentence, "no_blame")


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "The courier roughly estimates two more days."),
        ("en", "If the speaker has a fault, the courier will collect it free of charge."),
        ("en", "Please send a photo taken with your phone so we can see the colour."),
        ("en", "The carrier returned the parcel to our warehouse without letting us know."),
        ("fr", "Le livreur ne peut pas nous confirmer la date, faute de scan."),
        ("de", "Der Zustelldienst schätzt grob zwei weitere Tage."),
        ("pt", "A transportadora não nos informou a nova data."),
        ("ru", "В худшем случае курьер вернёт посылку нам, и мы отправим её снова."),
        ("sv", "Posten vet inte vart paketet ska skickas, så vi kontrollerar adressen."),
        ("ja", "税関の手続きについて配送業者に確認しており、分かり次第お知らせいたします。"),
        ("zh", "快递显示已签收，这很奇怪，我们正在与物流公司核实。"),
        ("it", "Il corriere, come sempre, ci avviserà in caso di ritardo."),
        ("hu", "A futár szokás szerint délelőtt érkezik."),
        ("ro", "Curierul, ca de obicei, vă va suna înainte de livrare."),
        ("tr", "Gümrük işlemleri nedeniyle kısa bir gecikme olabilir."),
        ("el", "Το δέμα βρίσκεται στο τελωνείο και θα σας ενημερώσουμε."),
        # "not us / not ours" only counts at the end of a clause ("the carrier's fault, not ours")
        ("es", "La decisión la toma la plataforma, no es nuestra decisión."),
        ("pl", "To nie nasza decyzja, tylko platformy."),
        ("hu", "A csomag nem nálunk van, hanem a futárnál."),
        ("sv", "Det är inte vi som bestämmer, utan plattformen."),
        ("ru", "Решение принимаем не мы, а платформа."),
        ("en", "The decision is not ours, but the platform's."),
        ("ko", "결정은 저희가 아니라 플랫폼에서 내립니다."),
        ("de", "Könnten Sie uns ein Foto mit Ihrem Handy schicken, auf dem die Farbe gut zu sehen ist?"),
        ("zh", "关税由买家承担，海关清关通常需要几天。"),
        ("ar", "الرسوم الجمركية تقع على عاتق المشتري وفقًا لشروط الطلب."),
    ],
)
def test_words_near_the_new_blame_classes_that_are_not_blame(language: str, sentence: str) -> None:
    assert detail_in(language, sentence, "no_blame") == ""


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "P.S. A kind word in your review once this is sorted would mean a lot to us."),
        ("en", "We hope this won't affect your rating of our shop."),
        ("es", "Cuéntales a otros compradores en tu reseña lo bien que te atendimos."),
        ("fr", "Un petit mot dans votre évaluation nous aiderait beaucoup."),
        ("pt", "Agradecemos que altere a sua avaliação."),
        ("de", "Wir hoffen, dass sich das nicht auf Ihre Bewertung auswirkt."),
        ("it", "Speriamo che questo non influisca sulla sua recensione."),
        ("nl", "We hopen dat dit geen invloed heeft op uw beoordeling."),
        ("pl", "Mamy nadzieję, że to nie wpłynie na Pani opinię."),
        ("ru", "Надеемся, это не повлияет на ваш отзыв."),
        ("uk", "Будемо вдячні за позитивний відгук."),
        ("tr", "Lütfen olumsuz yorum bırakmayın."),
        ("ko", "이번 일이 평가에 영향을 주지 않기를 바랍니다."),
        ("ja", "問題が解決しましたら、評価を見直していただけますと幸いです。"),
        ("zh", "退款到账后，麻烦把差评改一下。"),
        ("ar", "نتمنى ألا يؤثر هذا على تقييمك لمتجرنا."),
        ("sv", "Vi hoppas att detta inte påverkar ditt omdöme."),
        ("cs", "Budeme rádi za pozitivní hodnocení."),
        ("da", "Vi vil sætte stor pris på en positiv anmeldelse."),
        ("fi", "Jättäkää meille hyvä arvostelu."),
        ("ro", "Vă rugăm să nu ne lăsați un calificativ negativ."),
        ("hu", "Kérjük, írjon rólunk egy jó értékelést."),
        ("el", "Θα χαρούμε αν μας αφήσετε μια θετική αξιολόγηση."),
    ],
)
def test_feedback_classes_added_after_the_sixth_set(language: str, sentence: str) -> None:
    assert "feedback" in detail_in(language, sentence, "no_feedback_request")


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Thank you for your feedback, it helps us improve."),
        ("fr", "Le livreur a laissé un avis de passage dans votre boîte aux lettres."),
        ("es", "En su opinión, ¿cuál de las dos opciones prefiere?"),
        ("hu", "Kérjük, adjon visszajelzést arról, melyik megoldást választja."),
        ("fi", "Kiitos palautteestanne."),
        ("ro", "Vă mulțumim pentru feedback."),
        ("el", "Ευχαριστούμε για τα σχόλιά σας."),
        ("da", "Vi har lavet en vurdering af sagen."),
    ],
)
def test_feedback_words_near_the_new_classes_that_are_not_requests(language: str, sentence: str) -> None:
    assert detail_in(language, sentence, "no_feedback_request") == ""


# Classes added after the seventh set.
@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        # a kind, fair or good review; a wish for one; the shop's rating; "don't lower it"; "change it to positive"
        ("es", "Y si al final queda contenta, le agradeceríamos muchísimo una buena reseña."),
        ("fr", "Une belle évaluation de la boutique nous ferait très plaisir."),
        ("de", "Über eine faire Bewertung unseres Shops würden wir uns sehr freuen."),
        ("de", "Wir freuen uns über eine Fünf-Sterne-Bewertung!"),
        ("tr", "Mağaza puanımızı düşürmemeniz bizim için çok önemli."),
        ("fi", "Voisitko vaihtaa arviosi positiiviseksi?"),
        ("en", "A fair rating would mean a lot to our small shop."),
        ("en", "Please don't lower our store rating over this."),
        ("it", "Ci farebbe molto piacere una bella recensione."),
        ("pt", "Por favor, não baixe a nota da loja."),
        ("nl", "Een mooie review zouden we erg op prijs stellen."),
        ("pl", "Prosimy nie obniżać oceny naszego sklepu."),
        ("ru", "Будем очень благодарны за хороший отзыв."),
        ("uk", "Будь ласка, не знижуйте оцінку нашого магазину."),
        ("sv", "Kan du tänka dig att ändra betyget?"),
        ("da", "Vi ville sætte stor pris på en god anmeldelse."),
        ("cs", "Prosíme, nesnižujte hodnocení našeho obchodu."),
        ("ro", "Ne-ar bucura o recenzie frumoasă."),
        ("hu", "Nagyon örülnénk egy szép értékelésnek."),
        ("el", "Θα χαρούμε πολύ για μια ωραία κριτική."),
        ("ko", "별점을 낮추지 말아 주세요."),
        ("ja", "当店の評価を下げないでいただけると助かります。"),
        ("zh", "请不要降低店铺评分。"),
        ("ar", "سنكون ممتنين لتقييم جيد."),
    ],
)
def test_feedback_classes_added_after_the_seventh_set(language: str, sentence: str) -> None:
    assert "feedback" in detail_in(language, sentence, "no_feedback_request")


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Thank you for your honest feedback about the packaging."),
        ("en", "The platform's specialist will give the case a fair review."),
        ("en", "We'd be happy to review the photos as soon as they arrive."),
        ("fr", "Nous avons bien pris bonne note de votre demande."),
        ("de", "Die Plattform wird eine faire Bewertung des Falls vornehmen."),
        ("de", "Vielen Dank für Ihre ehrliche Rückmeldung."),
        ("es", "Le agradeceríamos que nos enviara unas fotos del producto."),
        ("pt", "Ficaríamos gratos se nos enviasse a nota fiscal."),
        ("pl", "Będziemy wdzięczni za przesłanie zdjęć do oceny."),
        ("ru", "Будем благодарны, если пришлёте фото для оценки."),
        ("tr", "Platform adil bir değerlendirme yapacak."),
        ("fi", "Postin arvio toimitusajasta muuttui."),
        ("ko", "플랫폼에서 공정한 평가를 할 것입니다."),
    ],
)
def test_feedback_words_near_the_seventh_set_classes_that_are_not_requests(language: str, sentence: str) -> None:
    assert detail_in(language, sentence, "no_feedback_request") == ""


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        # how the buyer charged, washed or read: "not charged before first use", "read the manual carefully"
        ("tr", "Bu tür arızalar genellikle cihaz ilk kullanımdan önce tam şarj edilmediğinde oluşuyor."),
        ("tr", "Kullanım kılavuzunu dikkatlice okumanızı tavsiye ederiz."),
        (
            "en",
            "Cast iron spots like this if it's washed and left to air-dry, so please dry it right away next time.",
        ),
        ("fr", "L'appareil n'a sans doute pas été entièrement chargé avant la première utilisation."),
        ("de", "Bitte lesen Sie die Bedienungsanleitung sorgfältig."),
        ("ru", "Пожалуйста, внимательно прочитайте инструкцию."),
        ("zh", "请仔细阅读说明书。"),
        # the parcel: a neighbour took it, the mailbox was not checked
        ("ru", "Посылку, скорее всего, забрал кто-то из ваших соседей или вы просто не проверили почтовый ящик."),
        ("en", "Most likely a neighbour took it, or you didn't check your mailbox."),
        ("es", "Probablemente algún vecino se lo llevó."),
        # "the mistake was not ours"
        ("es", "En tu pedido aparece seleccionado el color negro, así que el error no fue nuestro."),
        ("fr", "L'erreur n'est pas la nôtre."),
        ("de", "Der Fehler lag nicht bei uns."),
        # "we'll turn a blind eye" about the returned item
        ("fr", "La robe est arrivée un peu froissée, mais passons."),
        ("it", "È arrivato con segni d'uso, ma chiudiamo un occhio."),
        ("de", "Da drücken wir ein Auge zu."),
        ("pl", "Przymkniemy na to oko."),
        # expecting a pricier model than the one ordered
        ("en", "It may simply be that you were expecting a more expensive model than the one you ordered."),
        # institutions: "known for", "always complicates", "tends to break"
        ("de", "Leider ist der deutsche Zoll dafür bekannt, Pakete unnötig lange liegen zu lassen."),
        ("pt", "Infelizmente a Receita Federal sempre complica com encomendas internacionais."),
        ("pt", "Embale-os bem, porque os CTT costumam partir tudo o que é frágil."),
        ("fr", "La douane a tendance à perdre les colis."),
        ("tr", "Kargo firması her şeyi kırıyor."),
    ],
)
def test_blame_classes_added_after_the_seventh_set(language: str, sentence: str) -> None:
    assert "blames" in detail_in(language, sentence, "no_blame")


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "A neighbour may have taken it in for you, could you ask them?"),
        ("en", "If the battery is not fully charged, please charge it for four hours and try again."),
        ("en", "Please follow the steps in the manual to reset the device."),
        ("en", "We understand you were expecting a different shade, and we're sorry."),
        ("en", "Next time you order, we'll make sure to pack it better."),
        ("en", "If the jacket is washed at 30 degrees, the colour stays bright."),
        ("en", "Let's move on to the next step: please send us a photo."),
        ("es", "Si no fue un error nuestro, la plataforma lo decidirá."),
        ("de", "In der Anleitung ist genau beschrieben, wie man das Gerät zurücksetzt."),
        ("de", "Wir prüfen das beim nächsten Mal noch gründlicher."),
        ("de", "Vielleicht hat ein Nachbar das Paket für Sie angenommen."),
        ("fr", "Nous passons à la suite : merci d'envoyer une photo."),
        ("it", "Le consigliamo di contattare il corriere per non attendere inutilmente."),
        ("pt", "Os Correios costumam entregar em cinco dias úteis."),
        ("cs", "To znamená pro vás, že pošta doručí balík zítra."),
    ],
)
def test_words_near_the_seventh_set_blame_classes_that_are_not_blame(language: str, sentence: str) -> None:
    assert detail_in(language, sentence, "no_blame") == ""


@pytest.mark.parametrize(
    ("language", "sentence", "blamed"),
    [
        ("en", "The jacket arrived back with clear signs of wear.", True),
        ("fr", "La robe est bien arrivée chez nous, un peu froissée et mal repliée.", True),
        ("it", "Il macinacaffè è arrivato, purtroppo con evidenti segni d'uso.", True),
        ("de", "Die Jacke kam mit deutlichen Gebrauchsspuren zurück.", True),
        ("ru", "Товар пришёл со следами использования.", True),
        ("en", "The jacket has arrived back in perfect condition, without any signs of wear.", False),
        ("de", "Die Jacke ist ohne Gebrauchsspuren bei uns angekommen.", False),
        ("es", "El vestido llegó sin signos de uso, gracias.", False),
        ("tr", "Ürün kullanım izi olmadan geri geldi.", False),
    ],
)
def test_the_state_of_a_returned_item_is_not_commented_on(language: str, sentence: str, blamed: bool) -> None:
    case = dev_case("return_received_en")
    lines = case.good[0].split("\n")
    message = "\n".join([*lines[:-2], sentence, *lines[-2:]])
    o = outcome(case.check(message, language), "no_blame")
    assert (not o.passed) == blamed, o.detail


def test_a_damaged_item_in_an_evidence_dispute_is_not_a_reproach() -> None:
    # "creased" or "signs of use" are the buyer's complaint there, not a verdict on how it came back
    assert detail_in("en", "We're sorry the shirt arrived creased and with signs of use.", "no_blame") == ""


# Classes added after the eighth set: the buyer misread the photos; washed / used too hot;
# "usually comes from" misuse; "not due to our mistake"; a third party that always takes very long,
# with whom "this happens often", that constantly mixes things up, that lost it "as usual",
# that handled it badly, or that works sluggishly.
@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "You may have misread the photos of the engraving."),
        ("ja", "お客様が写真を見間違えていらっしゃる可能性もございます。"),
        ("en", "It looks as if it was washed too hot."),
        ("en", "This usually comes from using it on too high a heat."),
        ("hu", "Ez általában a túl magas hőfokon való használattól van."),
        ("ru", "Похоже, вещь стирали при слишком высокой температуре."),
        ("el", "Τα πιάτα έσπασαν από κακό χειρισμό των ΕΛΤΑ και όχι από δικό μας λάθος."),
        ("pl", "Paczka została uszkodzona nie z naszej winy."),
        ("fr", "Il a été cassé par une mauvaise manipulation du transporteur, pas par notre faute."),
        ("pl", "Polskie urzędy celne działają niestety bardzo opieszale, stąd opóźnienie."),
        ("de", "Der Zoll arbeitet leider sehr schleppend."),
        ("es", "Estafeta siempre se tarda muchísimo con los envíos internacionales."),
        ("en", "The post always takes very long with international parcels."),
        ("it", "Con Poste Italiane purtroppo succede spesso."),
        ("nl", "Bij PostNL gebeurt dat helaas vaak."),
        ("sv", "Med PostNord händer det tyvärr ofta."),
        ("cs", "S Českou poštou se to bohužel stává často."),
        ("el", "Με τα ΕΛΤΑ αυτό συμβαίνει συχνά."),
        ("uk", "Нова Пошта, на жаль, постійно плутає відділення."),
        ("it", "Il corriere confonde sempre le filiali."),
        ("en", "The courier constantly mixes up branches."),
        ("pt", "Os Correios extraviaram o primeiro pacote, como sempre."),
        ("de", "Der Paketdienst hat das Paket wie immer verschlampt."),
    ],
)
def test_blame_classes_added_after_the_eighth_set(language: str, sentence: str) -> None:
    assert "blames" in detail_in(language, sentence, "no_blame")


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "The carrier will keep us posted, as always."),
        ("it", "Il corriere, come sempre, ci avviserà in caso di ritardo."),
        ("en", "The item usually comes from our warehouse in Spain."),
        ("en", "We misread the photos at first, sorry."),
        ("ja", "私どもが誤解しておりました。申し訳ございません。"),
        ("es", "Ha pasado mucho tiempo desde que Correos recibió el paquete, lo sentimos."),
        ("de", "Der Kurier kommt oft am Vormittag."),
        ("fi", "Kuriiri käy aina aamupäivällä."),
        ("el", "Ο έλεγχος στο τελωνείο γίνεται πάντα γρήγορα."),
        ("en", "To make sure the courier doesn't mix up the parcels, we always label them."),
        ("en", "Delays at customs happen sometimes during the holidays."),
        ("en", "Please wash it at 30 degrees to keep the colour."),
        ("pl", "Kurier zwykle doręcza w ciągu dwóch dni."),
    ],
)
def test_words_near_the_eighth_set_blame_classes_that_are_not_blame(language: str, sentence: str) -> None:
    assert detail_in(language, sentence, "no_blame") == ""


def detail_for(case: str, language: str, message: str, check: str) -> str:
    o = outcome(dev_case(case).check(message, language), check)
    return "" if o.passed else o.detail


# Classes the ninth labelled set showed missing: the buyer's use, washing, charger, screen,
# unpacking or exposure to frost as the cause; a third party holding parcels "for no reason";
# asking to update or change a review with a word in between.
@pytest.mark.parametrize(
    ("language", "sentence", "check"),
    [
        ("en", "Most of these faults come from people using a cheap non-original charger.", "no_blame"),
        ("en", "It worked perfectly when we shipped it, so something probably happened during use.", "no_blame"),
        ("fi", "Nyppyyntyminen johtuu tosin yleensä väärästä pesutavasta.", "no_blame"),
        ("pt", "A tela do celular costuma alterar bastante as cores das fotos.", "no_blame"),
        ("ro", "E posibil ca unele piese să se fi pierdut când ați deschis cutia.", "no_blame"),
        ("de", "Solche Risse entstehen meistens erst, wenn Töpfe draußen im Frost gestanden haben.", "no_blame"),
        ("pl", "Niestety celnicy przetrzymują paczki bez żadnego powodu.", "no_blame"),
        ("es", "La aduana retiene los paquetes sin ningún motivo.", "no_blame"),
        ("pt", "Se puder, atualize depois a sua avaliação do produto.", "no_feedback_request"),
        ("ro", "Vă rugăm să vă modificați recenzia de o stea.", "no_feedback_request"),
        ("es", "Le pedimos que modifique después su valoración.", "no_feedback_request"),
    ],
)
def test_ninth_set_blame_and_feedback_classes_are_caught(language: str, sentence: str, check: str) -> None:
    assert detail_for("transit_en", language, add_before_signoff("transit_en", sentence), check)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "The parcel is held at customs; we have asked them for an update."),
        ("en", "If the screen looks different, please send us a photo."),
        ("pt", "Vamos atualizar o pedido assim que tivermos notícias."),
        ("de", "Bei Frost kann die Zustellung etwas länger dauern."),
    ],
)
def test_neutral_sentences_near_the_ninth_classes_pass(language: str, sentence: str) -> None:
    message = add_before_signoff("transit_en", sentence)
    assert not detail_for("transit_en", language, message, "no_blame")
    assert not detail_for("transit_en", language, message, "no_feedback_request")


# Classes the tenth and eleventh sets showed missing. Third parties: how often they fail
# ("loses parcels quite often", "they do that all the time"), how they handle parcels
# ("without any care", "thrown about"), slowness as a verdict, a suspected mix-up at the
# carrier. The buyer: hindsight advice ("worth reading ... next time", "you should have
# waited", "was clearly in the listing") and speculation about what they did ("maybe you
# dropped", "perhaps you did not check").
@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "The courier loses parcels quite often, sadly."),
        ("en", "The sorting office clearly threw this parcel about."),
        ("en", "The courier mixed up the parcels, they do that all the time."),
        ("en", "It's worth reading the description more carefully next time."),
        ("en", "The size guide was clearly in the listing."),
        ("en", "Maybe you dropped the screws when opening the box."),
        ("es", "La mensajería pierde paquetes con bastante frecuencia."),
        ("es", "Quizás no lo revisó bien."),
        ("fr", "Le livreur a manipulé le colis sans aucun soin."),
        ("fr", "Vous auriez dû attendre quelques jours de plus."),
        ("de", "Der Paketdienst verliert ziemlich oft Pakete."),
        ("de", "Das hätte man in der Beschreibung nachlesen können."),
        ("it", "Avrebbe dovuto aspettare qualche giorno in più."),
        ("pt", "A transportadora tratou o pacote sem cuidado nenhum."),
        ("nl", "U had nog een paar dagen moeten wachten."),
        ("pl", "Urząd celny zawsze się tak guzdrze."),
        ("ru", "Возможно, вы уронили винты при открытии коробки."),
        ("uk", "Схоже, пошта переплутала посилки, у них таке постійно."),
        ("tr", "Gümrüğü her zamanki gibi işleri yokuşa sürüyor."),
        ("ko", "택배사 처리가 워낙 엉망이라 늦어지는 것입니다."),
        ("ja", "お客様のご確認不足の可能性もございます。"),
        ("zh", "问题多半出在快递转运的环节。"),
        ("ar", "كان عليك الانتظار بضعة أيام أخرى."),
        ("sv", "Du borde ha väntat några dagar till."),
        ("cs", "Celníci s balíky zacházejí dost liknavě."),
        ("da", "Størrelsesguiden stod tydeligt i annoncen."),
        ("fi", "Ensi kerralla kannattaa lukea kuvaus tarkemmin."),
        ("ro", "Curierul a manevrat coletul fără nicio grijă."),
        ("hu", "A táskát valószínűleg túlterhelték."),
        ("el", "Θα έπρεπε να περιμένετε λίγες μέρες ακόμα."),
    ],
)
def test_blame_classes_added_after_the_tenth_set(language: str, sentence: str) -> None:
    assert "blames" in detail_in(language, sentence, "no_blame")


# The seller promising to do better "next time" is not advice to the buyer.
@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "We'll pack it more carefully next time."),
        ("en", "The courier often delivers in the afternoon."),
        ("es", "La próxima vez vamos a revisar mejor el embalaje."),
        ("fr", "La prochaine fois, nous allons vérifier le colis avant l'envoi."),
        ("de", "Beim nächsten Mal prüfen wir das Paket genauer."),
        ("it", "La prossima volta dobbiamo controllare meglio l'imballo."),
        ("pt", "Da próxima vez vamos verificar melhor a embalagem."),
        ("pl", "Następnym razem sprawdzimy paczkę dokładniej."),
        ("ru", "В следующий раз мы будем внимательнее."),
        ("tr", "Bir dahaki sefere paketlemede daha dikkatli olacağız."),
        ("ko", "다음에는 저희가 더 꼼꼼히 확인하겠습니다."),
        ("zh", "下次我们会仔细检查。"),
        ("sv", "Nästa gång packar vi noggrannare."),
        ("hu", "A futárok most túlterheltek, ezért késik a csomag."),
        ("ar", "شركة الشحن تعمل باستمرار على توصيل الطرود."),
        ("ja", "配送業者によると、問題は解決したとのことです。"),
    ],
)
def test_words_near_the_tenth_set_blame_classes_that_are_not_blame(language: str, sentence: str) -> None:
    assert detail_in(language, sentence, "no_blame") == ""


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("fi", "Jos olet tyytyväinen, jätäthän meille viisi tähteä."),
        ("es", "Cuéntanos en una reseña qué tal te atendimos."),
        ("en", "Tell other buyers in a review how we handled it."),
    ],
)
def test_feedback_classes_added_after_the_tenth_set(language: str, sentence: str) -> None:
    assert "feedback" in detail_in(language, sentence, "no_feedback_request")


# Classes added after the twelfth set: a party + a fault event + a judgement on it; a guess
# (probably, maybe, it seems) about what the buyer did; "used wrongly"; "clearly visible on the page".
@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "The courier obviously handled it roughly."),
        ("en", "Perhaps someone at home signed for it without telling you."),
        ("en", "We still believe the blender was used incorrectly."),
        ("de", "Die Post verliert solche Sendungen notorisch."),
        ("de", "Vermutlich haben Sie die Jacke schon getragen."),
        ("es", "Correos, como siempre, lo extravió."),
        ("es", "Seguramente su embalaje no protegió bien la caja."),
        ("it", "Il corriere evidentemente l'ha persa."),
        ("fr", "Vous n'êtes probablement pas habitué à ce tissu."),
        ("cs", "Kurýr to minule taky ztratil."),
        ("hu", "A futár nyilván elvesztette a csomagot."),
        ("tr", "Muhtemelen kutuyu açarken fark etmediniz."),
        ("ro", "Produsul a fost folosit greșit, din păcate."),
        ("da", "Maskinen er tydeligvis blevet brugt forkert."),
        ("zh", "恐怕是您使用时没注意。"),
    ],
)
def test_blame_classes_added_after_the_twelfth_set(language: str, sentence: str) -> None:
    assert "blames" in detail_in(language, sentence, "no_blame")


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "The courier lost the parcel, so we will send a new one again."),
        ("en", "Perhaps you could send us a photo of the label."),
        ("de", "Vielleicht hat ein Nachbar das Paket für Sie angenommen."),
        ("es", "Probablemente el paquete llegue mañana."),
        ("it", "Il corriere ha confermato che il pacco è stato perso, ce ne occupiamo noi."),
        ("tr", "Belki paketiniz yarın teslim edilir."),
        ("hu", "Valószínűleg holnap megérkezik a csomag."),
        ("zh", "快递可能会晚一两天送到，请您耐心等待。"),
    ],
)
def test_words_near_the_twelfth_set_blame_classes_that_are_not_blame(language: str, sentence: str) -> None:
    assert detail_in(language, sentence, "no_blame") == ""


# Classes added after the thirteenth set: a guess that the buyer misread or misused the item;
# a party + "typical / as always" + a vanishing or dumping event.
@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "I suspect the sweater was tumble-dried, which wool cannot take."),
        ("en", "You probably read the size chart wrong."),
        ("fr", "Vous avez certainement mal compris la description."),
        ("fi", "Luultavasti mittasitte tuotteen väärin."),
        ("uk", "Ви, мабуть, неправильно зрозуміли опис товару."),
        ("ru", "Вы, наверное, невнимательно прочитали описание."),
        ("da", "Vi tror, at delen faldt ud, da du pakkede kassen ud."),
        ("ja", "おそらくお客様の取り扱いに問題があったのではないかと思われます。"),
        ("nl", "Typisch die bezorgers: ze gooien alles gewoon over het hek."),
        ("pt", "Os Correios, como sempre, fizeram o pacote desaparecer."),
        ("de", "Typisch DHL: die Boten werfen Pakete einfach über den Zaun."),
    ],
)
def test_blame_classes_added_after_the_thirteenth_set(language: str, sentence: str) -> None:
    assert "blames" in detail_in(language, sentence, "no_blame")


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Perhaps you could send us a photo of the care label, and we will check the washing advice."),
        ("fr", "Vous avez sûrement remarqué que le colis est arrivé en retard, nous en sommes désolés."),
        ("fi", "Ehkä voisitte lähettää kuvan mittanauhan kanssa."),
        ("pl", "Żebyśmy mogli sprawdzić zamówienie, prosimy o zdjęcie etykiety."),
        ("nl", "PostNL bezorgt pakketten gewoonlijk binnen twee dagen."),
        ("pt", "Os Correios confirmaram que o pacote está a caminho."),
    ],
)
def test_words_near_the_thirteenth_set_blame_classes_that_are_not_blame(language: str, sentence: str) -> None:
    assert detail_in(language, sentence, "no_blame") == ""


def test_polish_you_could_have_checked_is_still_blame() -> None:
    assert "blames" in detail_in("pl", "Mógł Pan przecież sprawdzić tabelę rozmiarów.", "no_blame")


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        # a party plus a verdict worded anew: heavy-handed, weak link, without explanation, don't care,
        # botched, on their conscience, powerless, notorious for sloppiness
        ("en", "The sorting centre is famously heavy-handed with glass, I'd say it broke there."),
        ("it", "Il corriere è sempre l'anello debole della catena."),
        ("pt", "A alfândega segura as encomendas sem qualquer explicação."),
        ("ar", "موظفو شركة الشحن لا يهتمون بالطرود."),
        ("uk", "Затримка на совісті пошти, ми тут ні до чого."),
        ("de", "Der Zoll ist für seine Schlamperei bekannt."),
        ("zh", "这种破损多半是快递分拣时弄破的。"),
        # buyer: nobody else complained; reproach for escalating; counterfactual and hindsight advice
        ("en", "To be fair, nobody else has ever complained about this model."),
        ("ru", "Никто, кроме вас, на эту модель не жаловался."),
        ("sv", "Att eskalera ärendet redan nu gör det hela bara krångligare."),
        ("es", "Si hubiera consultado la guía de tallas, se habría evitado la devolución."),
        ("ko", "설명서를 읽으셨다면 생기지 않았을 일입니다."),
        ("en", "It would have been better to order one size up."),
        ("it", "Bastava leggere la scheda per evitare il problema."),
        # buyer: guesses about misuse worded impersonally, the buyer's screen or setup
        ("en", "Usually this only happens when the device is charged incorrectly."),
        ("pt", "Geralmente isso acontece quando o cliente deixa o aparelho cair."),
        ("cs", "To je spíš věc vašeho monitoru než fotografie."),
        ("hu", "Szerintünk rendeléskor rossz változatot jelölt be."),
    ],
)
def test_blame_classes_added_after_the_sixteenth_set(language: str, sentence: str) -> None:
    assert "blames" in detail_in(language, sentence, "no_blame")


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "The courier usually drops it off at your door, so you don't need to be home."),
        ("en", "In most cases a reset fixes this, but since it didn't, we will refund you."),
        ("en", "The delay was not caused by you, and we are sorry it took so long."),
        ("en", "Opening the dispute was completely understandable, and we are on it."),
        ("es", "Si usted hubiera preferido otra talla, con gusto se la enviamos."),
        ("it", "Il corriere di solito consegna in tre giorni; abbiamo già sollecitato la consegna."),
        ("ru", "Курьер обычно доставляет посылки в течение двух дней."),
    ],
)
def test_words_near_the_sixteenth_set_blame_classes_that_are_not_blame(language: str, sentence: str) -> None:
    assert detail_in(language, sentence, "no_blame") == ""


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Could you bump up the rating a little once it arrives?"),
        ("nl", "Een sterrenbeoordeling zouden we erg op prijs stellen."),
        ("pt", "Poderia revisar aquela avaliação de uma estrela?"),
        ("cs", "Zvažte prosím, zda byste recenzi nemohl stáhnout."),
        ("pl", "Prosimy o zmianę tej jednogwiazdkowej opinii."),
    ],
)
def test_feedback_classes_added_after_the_sixteenth_set(language: str, sentence: str) -> None:
    assert "feedback" in detail_in(language, sentence, "no_feedback_request")


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        # a party plus a fault judged by a guess (probably, must have) rather than a verdict
        ("en", "The courier most likely dropped it off at the wrong house."),
        ("de", "Der Paketdienst hat den Karton wahrscheinlich verbeult."),
        # a party that dawdles, or hands parcels to the wrong people, "not rarely"
        ("fr", "Le transporteur traîne, comme toujours."),
        ("ru", "Курьеры нередко отдают посылки не тем людям."),
        ("pl", "Kurier nierzadko zostawia paczki nie temu sąsiadowi, co trzeba: zły adres to u nich norma."),
        # the seller's perfect packing, so the damage must have come on the way
        ("en", "We packed it perfectly, so the damage must have happened in transit."),
        ("it", "L'abbiamo imballato perfettamente, quindi il danno è avvenuto durante il trasporto."),
        ("ja", "丁寧に梱包しておりますので、配送中に破損したものと思われます。"),
        # hindsight: we would have liked you to take care; a guess that the buyer did not charge it
        ("en", "We would have liked you to be more careful with the handles."),
        ("ja", "その点はご注意いただきたかったです。"),
        ("ko", "대부분은 충분히 충전을 안 하셔서 생기는 문제입니다."),
    ],
)
def test_blame_classes_added_after_the_seventeenth_set(language: str, sentence: str) -> None:
    assert "blames" in detail_in(language, sentence, "no_blame")


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "We packed it carefully, so we are sorry it arrived like this."),
        ("en", "The courier will probably deliver it on Monday."),
        ("fr", "Le transporteur est en train de livrer votre colis."),
        ("ru", "Курьер доставит посылку по адресу, указанному в заказе."),
        ("ja", "丁寧に梱包してお送りします。"),
        ("ko", "충전 후에도 켜지지 않으면 영상을 보내 주세요."),
    ],
)
def test_words_near_the_seventeenth_set_blame_classes_that_are_not_blame(language: str, sentence: str) -> None:
    assert detail_in(language, sentence, "no_blame") == ""


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        # postponing the rating; telling the buyer what to write in it
        ("en", "We'd be grateful if you held off on reviewing the jacket for now."),
        ("de", "Warten Sie bitte mit der Bewertung, bis alles geklärt ist."),
        ("es", "Le pedimos que aplace su valoración unos días."),
        ("da", "Skriv gerne i din anmeldelse, at vi svarede hurtigt."),
        ("sv", "Nämn gärna i din recension hur snabbt vi svarade."),
    ],
)
def test_feedback_classes_added_after_the_seventeenth_set(language: str, sentence: str) -> None:
    assert "feedback" in detail_in(language, sentence, "no_feedback_request")


def test_thanks_for_the_review_of_the_photos_is_not_a_feedback_request() -> None:
    assert detail_in("en", "Thank you for waiting while we reviewed the photos.", "no_feedback_request") == ""


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        # a named party "takes its time", is fussy or sluggish, "it's not on us"
        ("de", "Die Post lässt sich bei Auslandspaketen gern Zeit, an uns liegt es nicht."),
        ("ko", "요즘 세관이 괜히 까다롭게 굴어서 이런 일이 자주 생기네요."),
        ("pt", "Os Correios estão naquela lerdeza de sempre."),
        ("en", "Customs are being needlessly fussy these days."),
        # the buyer's lighting, overloading, competence, the way they used it, neglect, wrong product
        ("fr", "L'éclairage de votre pièce accentue sûrement le gris."),
        ("en", "The lighting in your room probably makes it look greyer than it is."),
        ("ru", "Рюкзак явно перегружали."),
        ("cs", "Hodinky jsou originální, jen je zřejmě neumíte správně spárovat s aplikací."),
        ("el", "Οι ζημιές μάλλον προήλθαν από το πώς ταξιδέψατε με τη βαλίτσα."),
        ("en", "Our tech thinks the motor only quit because the filter was never cleaned."),
        ("hu", "Szerintünk a rendelésnél Ön jelölt be rossz terméket."),
        ("ro", "Ați fi putut citi mai atent descrierea înainte să comandați."),
    ],
)
def test_blame_classes_added_after_the_eighteenth_set(language: str, sentence: str) -> None:
    assert detail_in(language, sentence, "no_blame") != ""


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Customs clearance can take a few extra days; we are tracking it for you."),
        ("en", "If you are not sure how to pair it with the app, here is a short guide."),
        ("en", "We have cleaned and tested the replacement filter before sending it."),
        ("fr", "La couleur peut paraître différente selon l'éclairage, voici des photos à la lumière du jour."),
        ("de", "Die Post hat das Paket heute zugestellt."),
        ("en", "Could you tell us how you used the blender before it stopped?"),
    ],
)
def test_words_near_the_eighteenth_set_blame_classes_that_are_not_blame(language: str, sentence: str) -> None:
    assert detail_in(language, sentence, "no_blame") == ""


def test_a_kind_word_in_the_feedback_is_a_feedback_request() -> None:
    sentence = "If we sort it out, a kind word in your feedback would mean the world to us."
    assert "feedback" in detail_in("en", sentence, "no_feedback_request")
    assert detail_in("en", "Thank you for your feedback, it helps us improve.", "no_feedback_request") == ""


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        # the seller's supplier or manufacturer named with a fault and a judgement
        ("en", "Our supplier sent us the wrong batch without any warning."),
        ("fr", "Notre fournisseur nous a livré le mauvais coloris sans prévenir."),
        # "again" next to the fault, "nothing but trouble with them", "it happened at the courier"
        ("es", "Correos ha vuelto a perder un paquete nuestro."),
        ("cs", "Zásilkovna zase ztratila balík, máme s nimi samé potíže."),
        ("en", "We've had nothing but trouble with the courier lately."),
        ("ro", "Produsul a plecat intact, deci problema s-a întâmplat la curier."),
        # an omission of the party with "for days", a sluggish party with "always"
        ("en", "The carrier hasn't scanned the parcel for days."),
        ("ar", "شركة الشحن لم تحدث التتبع منذ أيام."),
        ("zh", "快递公司办事一向拖拉。"),
        ("hu", "A csomagot a futár hagyta el valahol."),
        # hindsight: it would have fit if you had followed the size chart
        ("en", "It would have fit if you had followed the size chart."),
        ("sv", "Tröjan hade passat om du hade följt storlekstabellen."),
        ("de", "Wenn Sie die Größentabelle beachtet hätten, hätte es gepasst."),
        # a guess that someone of the buyer's household took it
        ("ru", "Скорее всего, посылку забрал кто-то из ваших домашних."),
        ("en", "Most likely one of your housemates took the parcel."),
    ],
)
def test_blame_classes_added_after_the_nineteenth_set(language: str, sentence: str) -> None:
    assert "blame" in detail_in(language, sentence, "no_blame")


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Our supplier has confirmed the replacement batch is ready."),
        ("fr", "Notre fournisseur nous a confirmé que le coloris est disponible."),
        ("en", "The carrier hasn't updated the tracking yet, so we have asked them to check."),
        ("es", "Volveremos a enviar el paquete con Correos esta semana."),
        ("en", "If you'd like, we can send you the size chart again."),
        ("sv", "Om du vill kan vi skicka storlekstabellen igen."),
        ("de", "Vielleicht hat ein Nachbar das Paket für Sie angenommen."),
        ("ru", "Возможно, посылку принял сосед — проверьте, пожалуйста."),
        ("zh", "快递公司显示包裹正在派送中。"),
    ],
)
def test_words_near_the_nineteenth_set_blame_classes_that_are_not_blame(language: str, sentence: str) -> None:
    assert detail_in(language, sentence, "no_blame") == ""


# Classes added after the twentieth set (every language in conduct.yaml): a named party as the agent of
# the fault ("PostNL lost the first one"), as wasting time ("Poste Italiane wastes time with everything"),
# as the cause ("the delay was caused by Česká pošta", active verb); the item "worked when it left us";
# the buyer's own packing judged ("your packaging was very sloppy").
@pytest.mark.parametrize(
    ("case", "sentence"),
    [
        ("transit_en", "Unfortunately DHL broke the first parcel, so we are sending another one."),
        ("transit_en", "The courier has dropped the box on the way, we are afraid."),
        ("transit_en", "The post office wastes so much time these days."),
        ("transit_en", "The carrier caused the delay, not the warehouse."),
        ("transit_nl", "PostNL heeft de eerste helaas kwijtgemaakt."),
        ("transit_nl", "De vervoerder verspilt de laatste tijd veel tijd."),
        ("transit_it", "Poste Italiane in questo periodo perde tempo con tutto."),
        ("transit_it", "Il corriere ha rotto il primo pacco."),
        ("evid_quality_de", "Die Post hat das erste Paket leider verschlampt."),
        ("evid_damaged_fr", "Le transporteur a égaré le colis pendant le trajet."),
        ("customs_seller_es", "Correos rompió el primer paquete, por eso enviamos otro."),
        ("evid_missing_ru", "Почта разбила первую посылку."),
    ],
)
def test_a_party_named_as_the_agent_or_cause_of_the_fault_is_blame(case: str, sentence: str) -> None:
    assert "carrier, the post or customs" in detail(case, add_before_signoff(case, sentence), "no_blame")


@pytest.mark.parametrize(
    ("case", "sentence"),
    [
        ("return_received_en", "We accept it, although the kettle worked perfectly when it left us."),
        ("return_received_en", "We received it, even though your packaging was rather flimsy."),
        ("return_received_it", "Lo accettiamo, anche se funzionava perfettamente quando è partito da noi."),
        ("return_received_it", "Abbiamo ricevuto il reso, anche se il vostro imballaggio era davvero approssimativo."),
        ("return_received_pl", "Przyjmujemy zwrot, choć działał bez zarzutu, kiedy od nas wyjeżdżał."),
    ],
)
def test_worked_when_it_left_us_and_the_buyers_packing_are_blame(case: str, sentence: str) -> None:
    assert "blames" in detail(case, add_before_signoff(case, sentence), "no_blame")


@pytest.mark.parametrize(
    ("case", "sentence"),
    [
        ("transit_en", "The courier has marked it as lost, so we are sending a new one."),
        ("transit_en", "Your parcel has been damaged in transit according to DHL, and we are sorry."),
        ("transit_en", "We will make sure the replacement is in perfect condition before shipping."),
        ("transit_nl", "PostNL heeft het pakket als verloren gemeld, dus we sturen een nieuwe."),
        ("transit_it", "Il pacco è con Poste Italiane e lo seguiamo senza perdere tempo."),
        ("evid_quality_de", "DHL hat das Paket als verloren gemeldet."),
        ("customs_seller_es", "El paquete se perdió en Correos y enviaremos otro."),
        ("evid_damaged_fr", "Selon La Poste, le colis a été perdu ; nous en envoyons un autre."),
    ],
)
def test_carrier_facts_about_a_loss_are_not_blame(case: str, sentence: str) -> None:
    assert detail(case, add_before_signoff(case, sentence), "no_blame") == ""


# Classes filled in after the twenty-first and twenty-second sets, in every language: reproach for
# escalating ("you didn't give us time"), damage "after you wore it", "you didn't choose the right
# size", "because of how you connect it", "in our experience" with a misuse deed, "you didn't
# recognise the logo", "we had nothing to do with it", a party's slow handling and powerlessness.
@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Honestly, you didn't give us any time to answer before going to the platform."),
        ("ru", "Честно говоря, вы не дали нам времени ответить и сразу пошли к платформе."),
        ("pl", "Nie dała nam Pani czasu na odpowiedź."),
        ("sv", "Du gav oss inte ens tid att svara."),
        ("ro", "Rochia s-a deteriorat abia după ce ați purtat-o."),
        ("en", "The seam only tore after you had worn it a few times."),
        ("de", "Das Kleid ist erst kaputt gegangen, nachdem Sie es getragen haben."),
        ("el", "Απλώς δεν διαλέξατε σωστό νούμερο."),
        ("en", "You simply didn't choose the right size."),
        ("es", "No elegiste la talla correcta."),
        ("es", "Si suenan mal, seguramente es por cómo los estás conectando a tu móvil."),
        ("en", "The crackling is down to how you connect them to your phone."),
        (
            "ro",
            "Din experiența noastră, camera nu se conectează doar când routerul nu a fost configurat corect de client.",
        ),
        ("hu", "A táska eredeti volt, csak Ön nem ismerte fel a márkajelzést."),
        ("en", "The bag is genuine, you just didn't recognise the brand markings."),
        ("es", "La confusión viene de nuestro proveedor; nosotros no tuvimos nada que ver."),
        ("de", "Wir hatten damit nichts zu tun."),
        ("ja", "日本郵便側の対応が遅く、当店ではどうにもならない状況です。"),
        ("ja", "追跡が動かないのは税関の処理が遅いせいで、こちらではどうにもできません。"),
    ],
)
def test_blame_classes_added_after_the_twenty_second_set(language: str, sentence: str) -> None:
    assert "blames" in detail_in(language, sentence, "no_blame")


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Please give us a little time to check this with the courier."),
        ("es", "Gracias por darnos tiempo para revisarlo."),
        ("ja", "お届けが遅くなり、大変申し訳ございません。"),
        ("ro", "Rambursarea se face după ce primim produsul înapoi."),
        ("en", "In our experience a quick reset usually solves this, so could you try it?"),
        ("de", "Wir schicken Ihnen sofort die richtige Größe."),
        ("el", "Θα σας στείλουμε το σωστό νούμερο αμέσως."),
    ],
)
def test_neutral_sentences_near_the_twenty_second_set_classes_pass(language: str, sentence: str) -> None:
    assert detail_in(language, sentence, "no_blame") == ""


def test_asking_to_wait_with_the_review_is_caught_in_finnish() -> None:
    assert "feedback" in detail_in(
        "fi", "Olisi hienoa, jos voisit odottaa arvostelun kanssa siihen asti.", "no_feedback_request"
    )


# Classes added after the twenty-fourth set: a verdict on a named party ("it's Correos' doing",
# "performs terribly", "needlessly", "a bad batch"), guesses that the buyer ordered the wrong
# model, is mistaken, uses a cheap cable, overloaded the item or has poor lighting at home,
# reproach for impatience, and "tested before it left, so check what you did".
@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("es", "El retraso es cosa de Correos, que este mes va fatal; nosotros enviamos a tiempo."),
        ("en", "Sadly the courier performs terribly this month."),
        ("de", "Leider hält der Zoll Ihr Paket wieder einmal völlig unnötig fest."),
        ("fr", "La douane bloque votre colis inutilement."),
        ("pl", "Przewoźnik zupełnie niepotrzebnie przetrzymuje paczkę."),
        ("zh", "由于燕文物流最近效率很差，包裹还没到。"),
        ("en", "Our supplier sent us a bad batch of pads."),
        ("it", "Il nostro fornitore ci ha mandato un lotto difettoso."),
        ("ro", "Probabil ați selectat greșit modelul."),
        ("en", "You probably ordered the wrong model."),
        ("el", "Τα ακουστικά είναι γνήσια, οπότε μάλλον κάνετε λάθος σύγκριση."),
        ("de", "Vermutlich irren Sie sich beim Logo."),
        ("uk", "Павербанк справний, найімовірніше, ви користуєтеся неякісним кабелем."),
        ("en", "Most likely you're using a cheap cable."),
        ("ro", "Cel mai probabil rucsacul a fost încărcat peste limită."),
        ("en", "The strap probably tore because the bag was overloaded."),
        ("pl", "To pewnie kwestia oświetlenia w Pani mieszkaniu, a nie samych zasłon."),
        ("en", "It's probably the lighting in your home rather than the fabric."),
        ("ja", "出荷前の検品では問題ありませんでしたので、お客様の使い方に原因がある可能性もございます。"),
        ("nl", "Al had u volgens de tracking ook gewoon wat meer geduld kunnen hebben."),
        ("en", "To be fair, you could have been a bit more patient."),
        ("sv", "Du kunde ha varit lite mer tålmodig."),
        (
            "en",
            "Every unit is tested before it leaves our warehouse, "
            "so please double-check that you're pairing it correctly.",
        ),
    ],
)
def test_blame_classes_added_after_the_twenty_fourth_set(language: str, sentence: str) -> None:
    assert "blames" in detail_in(language, sentence, "no_blame")


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("es", "El paquete está con Correos y avanza hacia su destino."),
        ("de", "Ihr Paket wird derzeit beim Zoll festgehalten; wir klären das."),
        ("en", "Could you try another cable, just to rule it out?"),
        ("en", "Please check the pairing mode: hold the button for five seconds."),
        ("ro", "Rucsacul suportă până la 15 kg."),
        ("pl", "Kolor może wyglądać inaczej przy różnym oświetleniu, przepraszamy za kłopot."),
        ("el", "Θα εξετάσουμε τις φωτογραφίες του λογότυπου αμέσως."),
        ("nl", "Bedankt voor uw geduld."),
        ("zh", "您的包裹目前仍在运输途中，我们会持续跟进。"),
        ("en", "Our supplier has confirmed the replacement is on its way."),
    ],
)
def test_neutral_sentences_near_the_twenty_fourth_set_classes_pass(language: str, sentence: str) -> None:
    assert detail_in(language, sentence, "no_blame") == ""


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("sv", "Och om vi löser det här hoppas vi att du tar bort ditt negativa omdöme."),
        ("da", "Vi håber, at du fjerner din negative anmeldelse."),
        ("fi", "Toivomme, että poistatte negatiivisen arvostelun."),
    ],
)
def test_asking_to_remove_a_review_is_caught_in_nordic_languages(language: str, sentence: str) -> None:
    assert "feedback" in detail_in(language, sentence, "no_feedback_request")


def _with_sentence(sentence: str, language: str):
    lines = dev_case("transit_en").good[0].split("\n")
    return dev_case("transit_en").check("\n".join([*lines[:-2], sentence, *lines[-2:]]), language)


@pytest.mark.parametrize(
    ("language", "sentence", "caught"),
    [
        ("fr", "Ce blocage vient de la douane française, qui retient systématiquement nos colis.", True),
        ("de", "Die Verzögerung liegt beim Zoll und nicht bei uns.", True),
        ("es", "El retraso se produjo en la aduana, no por nosotros.", True),
        ("pl", "Opóźnienie powstało po stronie przewoźnika, a nie przez nas.", True),
        ("uk", "Затримка виникла через митницю, а не через нас.", True),
        ("tr", "Karışıklık tedarikçimizden kaynaklandı, bizim bir hatamız yoktu.", True),
        ("en", "The missing parts are down to our supplier rather than us.", True),
        ("ko", "CJ대한통운 쪽에서 처리가 늦어서 이렇게 된 것입니다.", True),
        ("hu", "A futár valószínűleg rossz helyre tette a csomagot, ez náluk sajnos gyakori.", True),
        ("hu", "A színeltérés a monitora beállításaiból adódik.", True),
        ("en", "The colour difference comes from your screen settings.", True),
        ("fr", "Une anse qui lâche vient souvent d'un sac trop chargé.", True),
        ("en", "A broken strap is usually caused by an overloaded bag.", True),
        ("fr", "La douane a retenu le colis pour un contrôle, nous suivons le dossier.", False),
        ("de", "Das Paket liegt noch beim Zoll, wir halten Sie auf dem Laufenden.", False),
        ("uk", "Посилка зараз на митниці, ми стежимо за статусом.", False),
        ("en", "Our supplier has confirmed the replacement parts are on their way.", False),
        ("hu", "A futár holnap újra megpróbálja a kézbesítést.", False),
        ("en", "Please avoid overloading the bag so the straps last longer.", False),
        ("fr", "Nous comprenons que ce blocage soit frustrant.", False),
    ],
)
def test_blame_after_the_twenty_sixth_set(language: str, sentence: str, caught: bool) -> None:
    # "not us" disclaimers, "systematically", "common with them", causal blame, the buyer's monitor, overloading
    assert ("no_blame" in failed(_with_sentence(sentence, language))) == caught


@pytest.mark.parametrize(
    ("language", "sentence", "caught"),
    [
        ("cs", "Mezitím prosím zatím nehodnoťte obchod, dokud balíček nepřijde.", True),
        ("en", "Please hold off on rating the store until the parcel arrives.", True),
        ("de", "Bitte warten Sie mit der Bewertung, bis das Paket da ist.", True),
        ("ru", "Пожалуйста, не ставьте оценку, пока посылка не придёт.", True),
        ("es", "Por favor, no califique la tienda hasta que llegue el paquete.", True),
        ("cs", "Pokud ano a zároveň stáhnete spor, stačí nám zde odpovědět.", True),
        ("en", "We will reship it, provided that you close the dispute first.", True),
        ("de", "Wir schicken es erneut, vorausgesetzt Sie ziehen den Streitfall zurück.", True),
        ("pl", "Wyślemy ponownie, pod warunkiem że wycofa Pan spór.", True),
        ("it", "Se è d'accordo, la preghiamo di chiudere la controversia per ora.", False),
        ("en", "If you agree, you can close the dispute from your orders page.", False),
        ("cs", "Pokud ano, stačí nám zde odpovědět.", False),
        ("en", "Thank you for your feedback about the delivery time.", False),
    ],
)
def test_feedback_after_the_twenty_sixth_set(language: str, sentence: str, caught: bool) -> None:
    # "hold off rating us", and a remedy made conditional on withdrawing the dispute
    assert ("no_feedback_request" in failed(_with_sentence(sentence, language))) == caught


@pytest.mark.parametrize(
    ("language", "sentence", "caught"),
    [
        # a party as the cause or with a verdict: responsibility, "comes from", mixing up parcels,
        # no care, "out of our hands"
        ("en", "The delay is entirely on them, the courier just sat on the parcel.", True),
        ("en", "This mix-up is the responsibility of our warehouse partner, not our shop.", True),
        ("it", "Il ritardo è responsabilità del corriere, non del nostro negozio.", True),
        ("nl", "De vertraging komt door de koerier, niet door ons.", True),
        ("de", "Das Lager hat die Pakete wieder einmal vertauscht.", True),
        ("fr", "Le transporteur ne fait jamais attention aux colis fragiles.", True),
        ("ro", "Curierul nu are nicio grijă de coletele fragile.", True),
        ("sv", "Postnord tar inte hand om ömtåliga paket.", True),
        ("cs", "Dopravce bohužel pravidelně ztrácí zásilky.", True),
        ("pl", "Kurier zgubił paczkę, to poza naszą kontrolą.", True),
        ("en", "The courier will collect the parcel on Monday.", False),
        ("it", "Il corriere ci ha confermato che il pacco è in consegna.", False),
        ("nl", "De koerier heeft het pakket vandaag opnieuw aangeboden.", False),
        ("de", "Wir haben das Lager gebeten, die Pakete sorgfältig zu prüfen.", False),
        ("fr", "Nous faisons très attention à l'emballage des colis fragiles.", False),
        ("pl", "Kurier odbierze paczkę jutro, a my prześlemy numer śledzenia.", False),
    ],
)
def test_blame_on_a_party_after_the_twenty_eighth_set(language: str, sentence: str, caught: bool) -> None:
    assert ("no_blame" in failed(_with_sentence(sentence, language))) == caught


@pytest.mark.parametrize(
    ("language", "sentence", "caught"),
    [
        # a guess at the buyer's part: opening the parcel, a wrong choice, unread messages, a hedged opinion (ja);
        # the listing's small print; "it only breaks when it is overloaded"
        ("en", "It was probably scratched when you opened the box.", True),
        ("de", "Vermutlich ist es beim Auspacken beschädigt worden.", True),
        ("fr", "Vous vous êtes peut-être trompé de taille lors de la commande.", True),
        ("pt", "Talvez tenha escolhido o tamanho errado no pedido.", True),
        ("en", "Apparently you just didn't read our messages.", True),
        ("ja", "お客様のお手入れの仕方に問題があるように思います。", True),
        ("en", "In fairness, the description mentions that sizes can vary.", True),
        ("es", "Para ser justos, el anuncio indica que los colores pueden variar.", True),
        ("en", "Straps like these only snap when the bag is overloaded.", True),
        ("it", "Una cucitura così si rompe solo quando lo zaino è sovraccaricato.", True),
        ("en", "Please take a photo of the label when you open the box.", False),
        ("de", "Bitte fotografieren Sie den Inhalt beim Öffnen des Pakets.", False),
        ("pt", "Se o tamanho não servir, podemos trocar sem custo.", False),
        ("en", "In case our earlier message was missed, here is the summary again.", False),
        ("ja", "ご不便をおかけして申し訳ございません。", False),
        ("en", "To be fair to you, the colour is clearly different from the photos.", False),
        ("en", "The seam should hold even when the bag is full.", False),
    ],
)
def test_blame_on_the_buyer_after_the_twenty_eighth_set(language: str, sentence: str, caught: bool) -> None:
    assert ("no_blame" in failed(_with_sentence(sentence, language))) == caught


@pytest.mark.parametrize(
    ("language", "sentence", "caught"),
    [
        # a party's habitual fault ("lost it again", "always delays"), "didn't do its job", "never ... properly"
        ("hu", "A Magyar Posta már megint elhagyott egy csomagot.", True),
        ("en", "The courier lost it yet again.", True),
        ("ru", "Почта опять потеряла посылку.", True),
        ("de", "Die Post hat schon wieder ein Paket verloren.", True),
        ("el", "Το τελωνείο καθυστερεί πάντα τα δέματα.", True),
        ("fr", "Le transporteur n'a vraiment pas fait son travail.", True),
        ("el", "Τα ΕΛΤΑ δεν έκαναν σωστά τη δουλειά τους.", True),
        ("hu", "A Magyar Posta holnap újra kézbesíti a csomagot.", False),
        ("en", "We will send it again and the courier collects it tomorrow.", False),
        ("ru", "Почта снова попробует доставить посылку завтра.", False),
        ("el", "Το τελωνείο εξετάζει ακόμα το δέμα σας.", False),
        ("fr", "Le transporteur nous a confirmé la perte, nous vous renvoyons la montre.", False),
    ],
)
def test_blame_on_a_party_after_the_thirtieth_set(language: str, sentence: str, caught: bool) -> None:
    assert ("no_blame" in failed(_with_sentence(sentence, language))) == caught


@pytest.mark.parametrize(
    ("language", "sentence", "caught"),
    [
        # the buyer as the cause: misuse named as a noun next to "usually"/"probably"
        ("ru", "Такие пятна обычно появляются после неаккуратной распаковки.", True),
        ("ru", "Плед обычно линяет после стирки в горячей воде.", True),
        ("pt", "A sola só costuma descolar quando o tênis é lavado na máquina.", True),
        ("en", "This usually happens after careless unpacking.", True),
        ("cs", "Chyba bude nejspíš v nesprávném nabíjení baterií.", True),
        ("en", "Please avoid machine washing and hand wash it in cold water.", False),
        ("ru", "Мы обычно отвечаем в течение дня.", False),
        ("pt", "Recomendamos lavar à mão, sem máquina.", False),
        ("cs", "Baterie obvykle vydrží celý den.", False),
        # a counterfactual aimed at the buyer ("it would have been good if you had checked")
        ("ko", "주문 전에 사이즈표를 확인해 주셨다면 좋았을 것 같아요.", True),
        ("fi", "Kuvauksessa kerrottiin kaikki, jos sen olisi lukenut tarkkaan.", True),
        ("ko", "저희가 미리 안내해 드렸다면 좋았을 텐데 죄송합니다.", False),
        ("fi", "Kuvauksessa kerrotaan mitat, ja autamme mielellämme koon valinnassa.", False),
        # the seller's innocence as a contrast ("although it was well packed")
        ("pl", "Przepraszamy, choć wazon był dobrze zapakowany.", True),
        ("ro", "Ne pare rău, deși noi am verificat coletul înainte de expediere.", True),
        ("en", "We're sorry, although the vase was well packed.", True),
        ("de", "Es tut uns leid, obwohl wir das Paket vor dem Versand geprüft haben.", True),
        ("en", "We checked the parcel before shipping and have the photos.", False),
        ("ro", "Am verificat coletul înainte de expediere și vă trimitem fotografiile.", False),
        ("en", "Although it will take a few days, we will send a new vase.", False),
        ("pl", "Następnym razem zapakujemy wazon jeszcze staranniej.", False),
    ],
)
def test_blame_on_the_buyer_after_the_thirtieth_set(language: str, sentence: str, caught: bool) -> None:
    assert ("no_blame" in failed(_with_sentence(sentence, language))) == caught


@pytest.mark.parametrize(
    ("language", "sentence", "caught"),
    [
        # (a) a generalisation about when such faults happen, aimed at the buyer's use
        ("en", "The leather only cracks like that when the boots have been dropped on a hard floor.", True),
        ("de", "Solche Risse entstehen meist, wenn Schuhe zu klein gekauft werden.", True),
        ("fi", "Kangas kutistuu helposti, joten vika voi johtua pesusta.", True),
        ("ko", "설명서대로 보관하지 않으시면 이런 문제가 자주 생깁니다.", True),
        ("en", "Please wash the jumper by hand to keep it soft.", False),
        ("de", "Wir schicken Ihnen meist am selben Tag eine Antwort.", False),
        ("fi", "Suosittelemme pesemään sukat käsin, jotta ne pysyvät pehmeinä.", False),
        ("ko", "보통 2~3일 안에 답변을 드립니다.", False),
        # (b) reproach via the buyer's own choice or omission
        ("sv", "Vår storlekstabell visas tydligt på produktsidan, så det är svårt att förstå felet.", True),
        ("el", "Μάλλον δεν κοιτάξατε τον πίνακα μεγεθών πριν την αγορά.", True),
        ("en", "We would point out that you picked this model yourself.", True),
        ("hu", "Megjegyezzük, hogy a méretet Ön választotta ki.", True),
        ("sv", "Du hittar storlekstabellen i annonsen om du vill byta storlek.", False),
        ("el", "Θα βρείτε τον πίνακα μεγεθών στην περιγραφή του προϊόντος.", False),
        ("en", "You can find the size chart in the listing.", False),
        ("hu", "Elnézést kérünk a kellemetlenségért, és segítünk a csere ügyében.", False),
        # (c) reproach for escalating, with a particle inside
        ("fi", "Olisit toki voinut kysyä meiltä ensin.", True),
        ("en", "You could easily have asked us first.", True),
        ("fi", "Voit aina kysyä meiltä, jos jokin askarruttaa.", False),
        ("en", "You can always ask us first if anything is unclear.", False),
        # "on our side, we will ..." is a promise, not "we did our part"
        ("pt", "Da nossa parte, vamos acompanhar a análise da plataforma.", False),
        ("pt", "Nós fizemos a nossa parte, agora é com a transportadora.", True),
    ],
)
def test_blame_on_the_buyer_after_the_thirty_second_set(language: str, sentence: str, caught: bool) -> None:
    assert ("no_blame" in failed(_with_sentence(sentence, language))) == caught


@pytest.mark.parametrize(
    ("language", "sentence", "caught"),
    [
        # (a) a verdict on a party: disorganised, overly strict, its slowness, "their business"
        ("en", "The courier is rather disorganised, so the parcel went missing.", True),
        ("it", "La dogana è eccessivamente severa con questi pacchi.", True),
        ("fr", "Le retard vient de la lenteur du transporteur.", True),
        ("de", "Der Lieferant garantiert die Echtheit; wenn nicht, ist das deren Sache.", True),
        ("en", "The courier has confirmed the parcel is in the local depot.", False),
        ("it", "La dogana ha richiesto un documento che vi abbiamo già inviato.", False),
        ("fr", "Le transporteur nous a confirmé la livraison pour demain.", False),
        # (b) a guess about the buyer: screen settings, overloading, the wrong way round, a comparison
        ("de", "Vermutlich liegt es an den Einstellungen Ihres Bildschirms.", True),
        ("en", "Usually this is because the cells were fitted the wrong way round.", True),
        ("cs", "Batoh byl asi přetížený, proto se roztrhl.", True),
        ("en", "It may be that you compared them with a pair bought elsewhere.", True),
        ("de", "Die Farbe weicht von den Fotos ab, das tut uns leid.", False),
        ("en", "Please check the batteries face the way shown inside the lid.", False),
        ("en", "It may be that the courier delivers tomorrow; we will keep you posted.", False),
        # (c) reproach: "if you had contacted us first", "all you had to do was check"
        ("en", "If you had messaged us directly, none of this would have been needed.", True),
        ("es", "Si nos hubieras escrito antes, lo habríamos resuelto enseguida.", True),
        ("pl", "Wystarczyło sprawdzić tabelę rozmiarów.", True),
        ("en", "If you have any questions, please message us here.", False),
        ("es", "Si tienes alguna duda, escríbenos por aquí.", False),
        ("pl", "Tabela rozmiarów jest dostępna w opisie produktu.", False),
        # "our part is done" explained by the evidence handed over is a fact, not a verdict
        ("pt", "Nossa parte já foi feita, as provas foram entregues à plataforma.", False),
        ("pt", "Nós fizemos a nossa parte, agora é com a transportadora.", True),
    ],
)
def test_blame_after_the_thirty_fourth_set(language: str, sentence: str, caught: bool) -> None:
    assert ("no_blame" in failed(_with_sentence(sentence, language))) == caught


@pytest.mark.parametrize(
    ("language", "sentence", "caught"),
    [
        # (a) a third party named as the cause: mixed up, should have caught it, "on them", we only resell
        ("en", "Our packing partner clearly mixed up the labels, so this one is on them rather than us.", True),
        ("en", "The warehouse packer should have caught it before the box was sealed.", True),
        ("en", "Honestly the factory supplied these and we only resell them.", True),
        ("en", "Royal Mail has been dreadfully slow lately.", True),
        ("hu", "A fedőt biztosan a beszállítónk felejtette ki, nem mi.", True),
        ("hu", "A raktárban a beszállító csomagolta rosszul a terméket.", True),
        ("zh", "这次延误主要是菜鸟物流那边太慢造成的。", True),
        ("sv", "Två av tallrikarna har spruckit, vilket troligen hände hos PostNord.", True),
        ("de", "Der Versandpartner hat die Etiketten vertauscht.", True),
        ("es", "El almacén confundió las etiquetas, es culpa de ellos.", True),
        ("en", "Our packing partner has confirmed the replacement is on its way.", False),
        ("en", "Royal Mail shows the parcel at the local sorting office.", False),
        ("hu", "A Magyar Posta szerint a csomag holnap érkezik.", False),
        ("sv", "PostNord har bekräftat att paketet är på väg.", False),
        ("zh", "物流信息显示包裹正在运送途中。", False),
        # (b) reproach for what the buyer did or did not do
        ("pt", "A tabela de medidas estava no anúncio e era só ter conferido antes.", True),
        ("tr", "Numara tablosuna bakmadan sipariş verdiğiniz için bu sorun yaşandı.", True),
        ("en", "Most customers who measure themselves properly find our chart accurate.", True),
        ("fr", "Il suffisait de vérifier le guide des tailles.", True),
        ("da", "Lugten forsvinder, hvis måtten bliver luftet ordentligt, hvilket vi skriver i beskrivelsen.", True),
        ("pt", "A tabela de medidas está no anúncio, caso queira trocar o tamanho.", False),
        ("en", "Our size chart is in the listing if you would like to exchange the jacket.", False),
        ("da", "Lugten forsvinder normalt efter et par dage, og vi beklager ulejligheden.", False),
        # (c) a guess about the buyer's use, setup, screen or lighting
        ("ko", "다만 충전을 제대로 하지 않으셨을 가능성도 있어 보입니다.", True),
        ("ko", "혹시 충전을 충분히 하지 않으신 건 아닌지 확인 부탁드립니다.", True),
        ("da", "Måske har du forvekslet det med en anden vare.", True),
        ("es", "Lo más probable es que alguna pieza se haya quedado en la caja al abrirla.", True),
        ("pt", "O relógio provavelmente foi molhado além do limite.", True),
        ("pl", "Urządzenie działało, więc pewnie coś poszło nie tak przy pierwszym użyciu.", True),
        ("tr", "Aslında renk farkı ekran ayarlarınızdan kaynaklanıyordu.", True),
        ("fi", "Väri näyttää eri sävyiseltä vain huonossa valaistuksessa.", True),
        ("en", "Colours often look different on a phone screen, so your display may be part of it.", True),
        ("ja", "おそらく充電が十分にされていなかったのだと思います。", True),
        ("de", "Vielleicht haben Sie es mit einem anderen Artikel verwechselt.", True),
        ("es", "El color solo se ve distinto con poca luz.", True),
        ("ko", "충전이 되지 않는다면 영상을 보내 주세요.", False),
        ("de", "Vielleicht haben wir die Artikel verwechselt, das tut uns leid.", False),
        ("da", "Måske kan vi finde en løsning sammen.", False),
        ("es", "Lo más probable es que el paquete llegue esta semana.", False),
        ("fi", "Väri voi näyttää erilaiselta eri valaistuksessa, pahoittelemme.", False),
        ("en", "Colours can vary slightly between screens, and we are sorry it is not what you expected.", False),
    ],
)
def test_blame_classes_after_the_fortieth_set(language: str, sentence: str, caught: bool) -> None:
    assert ("no_blame" in failed(_with_sentence(sentence, language))) == caught


@pytest.mark.parametrize(
    ("language", "sentence", "caught"),
    [
        # "don't rate us yet" and "close the case in exchange" are requests about the rating
        ("ro", "Vă rugăm să nu lăsați încă un calificativ până nu primiți coletul.", True),
        ("uk", "І просимо поки не ставити нам низьку оцінку.", True),
        ("ru", "Просим пока не ставить нам низкую оценку.", True),
        ("de", "Dann geht das Paket sofort raus – im Gegenzug bitten wir Sie, den Fall zu schließen.", True),
        ("en", "We will ship it today; in return we kindly ask you to close the case.", True),
        ("ro", "Vă rugăm să nu ezitați să ne scrieți dacă aveți întrebări.", False),
        ("uk", "Просимо не хвилюватися, ми все виправимо.", False),
        ("de", "Im Gegenzug verlängern wir Ihren Käuferschutz um 10 Tage.", False),
        ("en", "In return, we will extend your purchase protection by 10 days.", False),
    ],
)
def test_feedback_classes_after_the_fortieth_set(language: str, sentence: str, caught: bool) -> None:
    assert ("no_feedback_request" in failed(_with_sentence(sentence, language))) == caught


@pytest.mark.parametrize(
    ("language", "sentence", "caught"),
    [
        # (a) a party skimped or cut corners, is "to blame", or made a mistake that is judged
        ("en", "The factory clearly skimped on the stitching this season.", True),
        ("ru", "Поставщик снова сэкономил на материалах.", True),
        ("de", "Der Hersteller hat offenbar am Material gespart.", True),
        ("zh", "工厂偷工减料，我们也很无奈。", True),
        ("cs", "Za zpoždění mohou pomalí kurýři.", True),
        ("fr", "Le retard, c'est la faute au transporteur.", True),
        ("el", "Προφανώς φταίει το κουριέρ για την καθυστέρηση.", True),
        ("el", "Προφανώς λάθος της αποθήκης μας έστειλε λιγότερα κομμάτια.", True),
        ("en", "This was obviously a mistake by our supplier.", True),
        ("es", "Seguramente fue un error del proveedor.", True),
        ("en", "Our supplier has confirmed the missing parts are on their way.", False),
        ("ru", "Фабрика подтвердила, что новая партия уже готова.", False),
        ("cs", "Celnice by měla zásilku uvolnit do několika dnů.", False),
        ("el", "Ο προμηθευτής μας έχει ήδη στείλει τα κομμάτια που λείπουν.", False),
        ("en", "We made a mistake with the packing, and the warehouse is sending the missing part today.", False),
        # (b) the buyer's competence or their escalation reproached
        ("da", "Det er nok bare dig, der ikke kender forskel på læder.", True),
        ("en", "Perhaps you just can't tell the difference between real and faux leather.", True),
        ("fr", "Vous ne savez pas faire la différence entre les deux cuirs.", True),
        ("da", "Du kunne godt have ventet et par dage, før du kontaktede platformen.", True),
        ("sv", "Du kunde ha väntat lite längre innan du gick till plattformen.", True),
        ("fr", "Vous auriez pu attendre un peu avant d'ouvrir le litige.", True),
        ("da", "Hvis du ikke kan se forskel efter opladningen, så skriv til os.", False),
        ("es", "¿Podría esperar unos días más? El paquete ya está en camino.", False),
        ("ru", "Не могли бы вы подождать ещё пару дней?", False),
        # (c) a guess that setup or measuring was done wrong, also put on "the buyer" in general
        ("uk", "Зазвичай так буває, коли покупець неправильно вимірює стопу.", True),
        ("ru", "Чаще всего это случается, когда стопу неправильно измеряют.", True),
        ("pt", "Na maioria dos casos o app não foi configurado corretamente.", True),
        ("en", "Usually this happens when the app was not set up correctly.", True),
        ("de", "Meistens ist die App nicht richtig eingerichtet.", True),
        ("uk", "Будь ласка, виміряйте устілку сантиметровою стрічкою.", False),
        ("pt", "Se o app não sincronizar, envie-nos um vídeo curto.", False),
    ],
)
def test_blame_classes_after_the_forty_second_set(language: str, sentence: str, caught: bool) -> None:
    assert ("no_blame" in failed(_with_sentence(sentence, language))) == caught


@pytest.mark.parametrize(
    ("language", "sentence", "caught"),
    [
        # a review named as a product review, or to be revised "favourably"
        ("ko", "문제가 해결되면 상품평을 좋게 수정해 주시면 감사하겠습니다.", True),
        ("ko", "해결 후 상품평 남겨 주시면 큰 힘이 됩니다.", True),
        ("ko", "평가를 긍정적으로 바꿔 주시면 좋겠습니다.", True),
        ("ko", "영상을 받는 대로 바로 확인하고 해결 방법을 안내해 드리겠습니다.", False),
        ("ko", "상품 상태를 좋게 유지해 드리겠습니다.", False),
    ],
)
def test_feedback_classes_after_the_forty_second_set(language: str, sentence: str, caught: bool) -> None:
    assert ("no_feedback_request" in failed(_with_sentence(sentence, language))) == caught


@pytest.mark.parametrize(
    ("language", "sentence", "caught"),
    [
        # (a) the fault put on a named party, or disowned: "the error was our warehouse's, not ours"
        ("pt", "O erro foi do nosso armazém subcontratado, não nosso.", True),
        ("pt", "O engano com o tênis foi do nosso fornecedor, que separou o modelo errado.", True),
        ("fi", "Puuttuvat sukat ovat alihankkijamme moka eivätkä meidän.", True),
        ("uk", "Плутанина сталася через помилку складу нашого постачальника.", True),
        ("en", "The mix-up was down to our warehouse, not us.", True),
        ("de", "Der Fehler lag beim Lager unseres Lieferanten.", True),
        ("es", "La confusión fue del almacén de nuestro proveedor.", True),
        ("it", "L'errore è stato del nostro fornitore.", True),
        ("pt", "O erro foi nosso, e o armazém já separou o modelo certo.", False),
        ("en", "The mistake was ours, and our warehouse is sending the right item today.", False),
        # (b) a verdict on how the party handles parcels ("the courier lost it" alone stays a fact)
        ("en", "The postal service really doesn't handle fragile parcels with much care.", True),
        ("fr", "Désolés que votre premier colis ait été égaré.", False),
        ("en", "The postal service has confirmed the parcel is on its way.", False),
        # (c) reproach for what the buyer should have known or could have chosen
        ("it", "Come avresti dovuto sapere al momento dell'acquisto, i dazi sono a carico dell'acquirente.", True),
        ("sv", "Storlekstabellen fanns i annonsen, så det hade gått att välja en större storlek.", True),
        ("pt", "Estamos de acordo, embora o modelo tenha sido escolhido errado na hora da compra.", True),
        ("en", "As you should have known, the duties are paid by the buyer.", True),
        ("de", "Sie hätten es wissen müssen, die Zollgebühren trägt der Käufer.", True),
        ("it", "Per questo ordine i dazi di importazione sono a carico dell'acquirente.", False),
        ("sv", "Du kan välja en större storlek om du vill byta.", False),
        # (d) guesses that the buyer caused it: after delivery, overloading, their charger
        ("sv", "Fläcken har troligen uppstått efter leveransen.", True),
        ("it", "Probabilmente la borsa è stata caricata un po' troppo.", True),
        ("en", "In most cases like this the charger being used is simply not the right one.", True),
        ("en", "The refund will probably arrive a few days after delivery of the return.", False),
        ("sv", "Paketet kommer troligen fram i slutet av veckan.", False),
        ("cs", "Lampa nejspíš přestala fungovat kvůli nesprávnému zapojení.", True),
        ("cs", "Prosím zkontrolujte zapojení podle návodu.", False),
        # (e) colours look different "on a screen", with no "your"
        ("da", "Farverne ser jo altid lidt anderledes ud på en skærm.", True),
        ("en", "Colours always look a little different on a screen.", True),
        ("de", "Die Farben wirken auf einem Bildschirm immer etwas anders.", True),
        ("da", "Vi forstår godt, at du er skuffet over farven på tasken.", False),
    ],
)
def test_blame_classes_after_the_forty_fourth_set(language: str, sentence: str, caught: bool) -> None:
    assert ("no_blame" in failed(_with_sentence(sentence, language))) == caught


@pytest.mark.parametrize(
    ("language", "sentence", "caught"),
    [
        ("de", "Bitte schließen Sie den Fall, damit unsere Shop-Bewertung nicht leidet.", True),
        ("de", "Wir möchten nicht, dass die Bewertung unseres Shops leidet.", True),
        ("de", "Die Plattform prüft den Fall und trifft die Entscheidung.", False),
    ],
)
def test_feedback_classes_after_the_forty_fourth_set(language: str, sentence: str, caught: bool) -> None:
    assert ("no_feedback_request" in failed(_with_sentence(sentence, language))) == caught


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "The mix-up was with us, and our warehouse is sending the right size today."),
        ("sv", "Felet låg hos oss, och lagret skickar rätt modell i dag."),
        ("pl", "Błąd leżał po naszej stronie, magazyn wyśle dziś właściwy model."),
    ],
)
def test_owning_the_mistake_next_to_a_party_is_not_blame(language: str, sentence: str) -> None:
    assert "no_blame" not in failed(_with_sentence(sentence, language))


# After the fiftieth set: the fault put on the buyer's side by insinuation (their screen or
# lighting, handling, unpacking, "at your end", their building), the statistics that do the
# same ("most faults come from handling"), "to be honest" + a guess, a third party's failing
# ("not the first time", "failed at its job", "packed it badly", "the carrier lost it"),
# reproach for escalating early, "few people read it", "it left us complete", "the fault is
# in your adapter"; the neutral wording good replies use must pass.
@pytest.mark.parametrize(
    ("language", "sentence", "caught"),
    [
        ("en", "The colour difference is probably down to your monitor settings.", True),
        ("en", "Bear in mind that the light in your living room can make the shade look warmer than it is.", True),
        ("en", "Most of these hinge problems come from forcing the lid.", True),
        ("en", "Honestly, it looks like the scratches happened after unpacking.", True),
        ("en", "The courier lost it, and not for the first time.", True),
        ("en", "Royal Mail failed at its job again, sadly.", True),
        ("en", "Our supplier packed that batch badly, so it wasn't really on us.", True),
        (
            "en",
            "Tracking shows it was delivered at your address, so the problem must be your building's mailroom.",
            True,
        ),
        ("en", "You could have answered our messages a bit earlier.", True),
        ("en", "You opened the dispute too early instead of waiting a few more days.", True),
        ("en", "The listing warns that the colour may vary, and few people read it.", True),
        ("en", "By our weight check the kit left the warehouse complete.", True),
        ("en", "The carrier shows it in transit and it should arrive within a week.", False),
        ("en", "Please send a photo taken in daylight next to the listing photo.", False),
        ("en", "Your parcel appears to have been lost in transit, and we are sorry.", False),
        ("en", "The parcel is held at customs; this usually takes a few days.", False),
        ("en", "We can see the colour is different from the listing photos, and we apologise.", False),
        ("en", "We checked with the courier and they confirmed the parcel is lost.", False),
        ("en", "Could you please check with your neighbours in case they took it in for you?", False),
        ("es", "La diferencia de color se debe sobre todo a la pantalla de tu móvil.", True),
        ("es", "Sinceramente, parece que la bisagra se forzó con el uso.", True),
        ("es", "El transportista perdió el paquete, y no es la primera vez.", True),
        ("es", "Nuestro proveedor embaló mal ese lote.", True),
        ("es", "Podrías haber respondido antes a nuestros mensajes.", True),
        ("es", "Poca gente lee esa parte del anuncio.", True),
        ("es", "Por favor, envíanos una foto con luz natural.", False),
        ("es", "El transportista indica que el paquete está en tránsito.", False),
        ("fr", "La couleur peut paraître différente selon votre écran.", True),
        ("fr", "Le transporteur a perdu votre colis, ce n'est pas la première fois.", True),
        ("fr", "Notre fournisseur a mal emballé ce lot.", True),
        ("fr", "Vous auriez pu répondre plus tôt à nos messages.", True),
        ("fr", "Le transporteur indique que le colis est en transit.", False),
        ("de", "Die Farbe wirkt auf Ihrem Bildschirm oft anders.", True),
        ("de", "Ehrlich gesagt scheint der Riss erst beim Auspacken entstanden zu sein.", True),
        ("de", "Die Post hat Ihr Paket schon wieder verloren, nicht das erste Mal.", True),
        ("de", "Unser Lieferant hat die Ware schlecht verpackt.", True),
        ("de", "Der Zusteller meldet, dass das Paket unterwegs ist.", False),
        ("it", "Il colore può sembrare diverso a causa dello schermo del tuo telefono.", True),
        ("it", "Il corriere ha smarrito il pacco, non è la prima volta.", True),
        ("it", "Il corriere indica che il pacco è in transito.", False),
        ("pt", "A cor pode parecer diferente por causa da iluminação da sua casa.", True),
        ("pt", "O problema deve ter sido na portaria do seu prédio.", True),
        ("pt", "A transportadora informa que o pacote está a caminho.", False),
        ("ru", "Цвет может выглядеть иначе из-за настроек вашего монитора.", True),
        ("ru", "Почта снова не справилась со своей работой, и это не в первый раз.", True),
        ("ru", "Курьерская служба сообщает, что посылка в пути.", False),
        ("zh", "颜色差异主要是您的屏幕显示造成的。", True),
        ("zh", "说实话，看起来是拆箱时弄坏的。", True),
        ("zh", "快递公司弄丢了包裹，这不是第一次了。", True),
        ("zh", "物流信息显示包裹正在运输中。", False),
        ("ja", "色の違いはお客様のモニターの設定によるものかと思います。", True),
        ("ja", "配送業者が荷物を紛失したのは初めてではありません。", True),
        ("ja", "配送業者によると荷物は輸送中です。", False),
        ("ko", "색상 차이는 고객님의 휴대폰 화면 때문일 수 있습니다.", True),
        ("ko", "택배사가 분실한 것이 처음이 아닙니다.", True),
        ("ko", "택배사 조회 결과 상품은 배송 중입니다.", False),
        ("nl", "De kleur kan op je scherm anders lijken.", True),
        ("nl", "De koerier heeft het pakket verloren, niet de eerste keer.", True),
        ("pl", "Kolor może wyglądać inaczej na Pani ekranie.", True),
        ("pl", "Kurier znowu zgubił paczkę, nie pierwszy raz.", True),
        ("tr", "Renk farkı büyük ihtimalle ekranınızın ayarlarından kaynaklanıyor.", True),
        ("tr", "Kargo firması paketi kaybetti, bu ilk kez değil.", True),
        ("sv", "Färgen kan se annorlunda ut på din skärm.", True),
        ("sv", "Posten tappade paketet, inte första gången.", True),
        ("da", "Farven kan se anderledes ud på din skærm.", True),
        ("fi", "Värisävy voi näyttää erilaiselta näytölläsi.", True),
        ("fi", "Vika on todennäköisesti sinun laturissasi.", True),
        ("cs", "Barva může na vašem monitoru vypadat jinak.", True),
        ("ro", "Culoarea poate arăta diferit pe ecranul dvs.", True),
        ("hu", "A szín a képernyőjén másnak tűnhet.", True),
        ("el", "Το χρώμα μπορεί να φαίνεται διαφορετικό στην οθόνη σας.", True),
        ("uk", "Колір може виглядати інакше на вашому моніторі.", True),
        ("ar", "قد يبدو اللون مختلفا على شاشتك.", True),
        ("en", "Colours can look slightly different in photos, so could you send one taken in daylight?", False),
        ("en", "To be honest, we completely understand your frustration.", False),
        ("en", "Frankly, this should not have happened, and we are sorry.", False),
        ("en", "The tracking shows it was delivered at your address on 3 May; could you check your mailbox?", False),
        ("en", "We'd be grateful if you could send a photo of the label.", False),
        ("en", "The courier has confirmed the parcel was damaged in transit.", False),
        ("en", "Our supplier has confirmed the replacement is in stock.", False),
        ("en", "We packed the replacement carefully and it left our warehouse today.", False),
        ("en", "If the problem is with your charger cable, we will send a new one free of charge.", False),
        ("en", "The issue is with the item itself, not with anything you did.", False),
        ("en", "Most buyers love this cover, so we're sorry yours arrived faulty.", False),
        ("en", "Please don't worry about opening the dispute; it is your right.", False),
        ("en", "We would rather fix this for you than leave you waiting.", False),
        ("en", "The screen on the scale stays blank, and the colour of the backlight is off.", False),
        ("en", "It would have been better if you had contacted us before opening the case.", True),
        ("en", "The screen you are viewing it on may be what makes the colour look off.", True),
        ("en", "This kind of tear usually comes from using it roughly.", True),
        ("en", "The parcel was opened at your end, which is where the parts went missing.", True),
        ("es", "Sinceramente, lamentamos mucho lo ocurrido.", False),
        ("es", "Entendemos que el color no coincide con la foto del anuncio.", False),
        ("es", "El paquete salió de nuestro almacén el 3 de mayo.", False),
        ("es", "El paquete salió completo de nuestro almacén.", True),
        ("fr", "Franchement, nous comprenons votre déception.", False),
        ("fr", "Le colis est parti de notre entrepôt le 3 mai.", False),
        ("de", "Ehrlich gesagt verstehen wir Ihren Ärger sehr gut.", False),
        ("de", "Nach Prüfung Ihrer Fotos erstatten wir den Betrag.", False),
        ("ru", "Честно говоря, нам очень жаль, что так вышло.", False),
        ("ru", "Посылка ушла с нашего склада 3 мая.", False),
        ("zh", "说实话，我们非常理解您的心情。", False),
        ("zh", "收货后如有任何问题请随时联系我们。", False),
        ("ja", "正直に申し上げて、大変申し訳なく思っております。", False),
        ("ja", "ご使用後に不具合が発生したとのこと、申し訳ございません。", False),
        ("ko", "솔직히 말씀드리면 정말 죄송합니다.", False),
        ("ko", "사용 후 문제가 발생했다니 정말 죄송합니다.", False),
        ("nl", "Eerlijk gezegd begrijpen we je frustratie.", False),
        ("pt", "Sinceramente, lamentamos muito.", False),
        ("it", "Sinceramente ci dispiace molto.", False),
        ("pl", "Szczerze mówiąc, bardzo nam przykro.", False),
        ("tr", "Açıkçası çok üzgünüz.", False),
        ("en", "Problems like this almost always come from using a charger that wasn't supplied.", True),
        ("en", "Parcels usually come from our warehouse in Spain, so tracking starts a little late.", False),
        ("en", "Delays at this time of year are often due to the holiday rush.", False),
        ("sv", "Ärligt talat förstår vi din frustration.", False),
        ("cs", "Upřímně řečeno nás to velmi mrzí.", False),
        ("hu", "Őszintén szólva nagyon sajnáljuk.", False),
        ("el", "Ειλικρινά λυπούμαστε πολύ.", False),
        ("ar", "بصراحة نحن نأسف جدا لما حدث.", False),
    ],
)
def test_blame_classes_after_the_fiftieth_set(language: str, sentence: str, caught: bool) -> None:
    assert ("no_blame" in failed(_with_sentence(sentence, language))) == caught


# Asking to withdraw the platform's intervention, to adjust a rating ("Bewertung anzupassen",
# the separable "passen Sie ... an"), diminutive stars ("cinco estrellitas").
@pytest.mark.parametrize(
    ("language", "sentence", "caught"),
    [
        ("en", "Please withdraw the platform's intervention and we will sort it out.", True),
        ("de", "Bitte schließen Sie danach den Fall und passen Sie Ihre Bewertung an.", True),
        ("zh", "请您撤销平台介入，我们会尽快处理。", True),
        ("de", "Ihre Bewertung der Situation verstehen wir.", False),
        ("zh", "平台介入后，我们会配合处理。", False),
        ("es", "¿Nos regalas tus cinco estrellitas?", True),
        ("de", "Geben Sie uns fünf Sternchen?", True),
        ("ru", "Поставьте нам пять звездочек!", True),
        ("de", "Die mit Sternchen markierten Felder.", False),
    ],
)
def test_feedback_classes_after_the_fiftieth_set(language: str, sentence: str, caught: bool) -> None:
    assert ("no_feedback_request" in failed(_with_sentence(sentence, language))) == caught


# Disowning what happened after dispatch, "signed for by someone at your address", "you were
# impatient", "would have avoided this", "the cable you probably used", "not our fault" (es, pt,
# it, fr); a party that "dropped the ball" or "cut corners".
@pytest.mark.parametrize(
    ("language", "sentence", "caught"),
    [
        ("en", "The parcel was signed for by someone at your address, so it did arrive.", True),
        ("en", "We cannot be held responsible for what the courier does.", True),
        ("en", "Customs in your country are always slow, unfortunately.", True),
        ("en", "The item was perfect when it left us; what happened afterwards is out of our hands.", True),
        ("en", "Perhaps you were a little impatient, but we understand.", True),
        ("en", "A quick look at the size chart would have avoided this.", True),
        ("en", "That kind of scuff normally comes from the shoes being worn outdoors.", True),
        ("en", "The stain looks like something spilled on it after it arrived.", True),
        ("en", "It's probably the batteries you put in, not the scale.", True),
        ("en", "Our warehouse staff really dropped the ball on this one.", True),
        ("en", "The factory cut corners on the stitching of that batch.", True),
        ("es", "Tu edificio tiene problemas con la entrega de paquetes, no es culpa nuestra.", True),
        ("es", "Seguramente lo usaste con un cargador que no era el original.", True),
        ("fr", "Le livreur a sans doute jeté le colis par-dessus la clôture, comme d'habitude.", True),
        ("de", "Wahrscheinlich haben Sie die Jacke zu heiß gewaschen.", True),
        ("it", "Probabilmente l'hai lavato in lavatrice.", True),
        ("pt", "Provavelmente você usou um carregador diferente.", True),
        ("pl", "Prawdopodobnie uprał Pan kurtkę w zbyt wysokiej temperaturze.", True),
        ("zh", "可能是您用了别的充电器。", True),
        ("ja", "おそらくお客様が別の充電器を使われたのだと思います。", True),
        ("en", "We cannot promise an exact date, but the parcel is moving.", False),
        ("en", "We never cut corners on packing, and we are sorry it arrived damaged.", False),
        ("es", "No es culpa tuya, y lo vamos a solucionar.", False),
    ],
)
def test_blame_disowning_and_impatience_after_the_fiftieth_set(language: str, sentence: str, caught: bool) -> None:
    assert ("no_blame" in failed(_with_sentence(sentence, language))) == caught
