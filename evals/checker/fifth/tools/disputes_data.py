"""Source of the 22 disputes of the fifth labelled set (all invented for this set).

Each entry: (file stem, intended remedy, buyer language the reply must be in, dispute dict).
"""

def _d(**kw):
    return kw


def msg(text, at):
    return {"author": "buyer", "text": text, "at": at}


DISPUTES = [
    # ---------------- evidence_by_problem_type ----------------
    ("m01_en_evidence", "evidence_by_problem_type", "en", _d(
        id="DSP-2026-5510201", reason="not_as_described", problem="not_working", stage="open",
        shipment={"status": "delivered", "carrier": "Cainiao / Royal Mail", "tracking_number": "LP00731946285CN"},
        order={"id": "8201447719033561", "items": [{"title": "Rechargeable milk frother with stand", "unit_price": 18.40}],
               "total": 18.40, "currency": "GBP", "placed_at": "2026-10-21T11:02:00Z"},
        buyer={"name": "Harriet Coleman", "country": "GB", "language": "en-GB"},
        seller={"store_name": "Brightwhisk Home", "signature": "The Brightwhisk Home team"},
        messages=[msg("Hello, the frother charged overnight but it won't spin at all when I press the button. "
                      "The little light comes on and then nothing. Quite disappointed as it was meant to be a present.",
                      "2026-11-14T09:12:00Z")],
        opened_at="2026-11-14T09:13:00Z")),
    ("m02_es_evidence", "evidence_by_problem_type", "es", _d(
        id="DSP-2026-5510202", reason="not_as_described", problem="color_or_appearance", stage="open",
        shipment={"status": "delivered", "carrier": "Cainiao / Estafeta", "tracking_number": "LX402918837CN"},
        order={"id": "8201447720118804", "items": [{"title": "Funda de cojín bordada, color terracota", "quantity": 2, "unit_price": 229.00}],
               "total": 458.00, "currency": "MXN", "placed_at": "2026-10-19T02:40:00Z"},
        buyer={"name": "Ximena Carrillo Ortega", "country": "MX", "language": "es-MX"},
        seller={"store_name": "Casa Tlali", "signature": "Equipo Casa Tlali"},
        messages=[msg("Hola, las fundas que me llegaron son rosa pálido, nada que ver con el terracota de las fotos. "
                      "Las compré para combinar con mi sala y así no me sirven. ¿Qué podemos hacer?",
                      "2026-11-15T01:20:00Z")],
        opened_at="2026-11-15T01:21:00Z")),
    ("m03_de_evidence", "evidence_by_problem_type", "de", _d(
        id="DSP-2026-5510203", reason="not_as_described", problem="quality", stage="open",
        shipment={"status": "delivered", "carrier": "Cainiao / Swiss Post", "tracking_number": "UV209183346CN"},
        order={"id": "8201447731650092", "items": [{"title": "Trekkingrucksack mit Regenhülle", "unit_price": 79.90}],
               "total": 79.90, "currency": "CHF", "placed_at": "2026-10-09T16:55:00Z"},
        buyer={"name": "Reto Ammann", "country": "CH", "language": "de-CH"},
        seller={"store_name": "Alpenfaden Outdoor", "signature": "Ihr Team von Alpenfaden Outdoor"},
        messages=[msg("Grüezi, nach zwei Wanderungen löst sich bereits die Naht am linken Schultergurt. "
                      "Für diesen Preis hätte ich deutlich bessere Verarbeitung erwartet.",
                      "2026-11-13T18:30:00Z")],
        opened_at="2026-11-13T18:31:00Z")),
    ("m04_ja_evidence", "evidence_by_problem_type", "ja", _d(
        id="DSP-2026-5510204", reason="not_as_described", problem="size_or_fit", stage="open",
        shipment={"status": "delivered", "carrier": "Cainiao / Japan Post", "tracking_number": "LP00866021437CN"},
        order={"id": "8201447745502317", "items": [{"title": "ウールカーディガン Lサイズ", "unit_price": 6800}],
               "total": 6800, "currency": "JPY", "placed_at": "2026-10-24T13:10:00Z"},
        buyer={"name": "佐藤 美咲", "country": "JP", "language": "ja"},
        seller={"store_name": "Kumo Knitwear", "signature": "Kumo Knitwear スタッフ一同"},
        messages=[msg("Lサイズを注文しましたが、届いたカーディガンはSサイズくらいの小ささです。サイズ表と全然違います。どうすればいいですか。",
                      "2026-11-16T04:05:00Z")],
        opened_at="2026-11-16T04:06:00Z")),
    # ---------------- customs_clearance ----------------
    ("m05_pt_customs_buyer", "customs_clearance", "pt", _d(
        id="DSP-2026-5510205", reason="not_received", stage="open",
        shipment={"status": "customs_hold", "carrier": "Cainiao / Correios", "tracking_number": "LP00519372840CN",
                  "shipped_at": "2026-10-14", "duties_payer": "buyer"},
        order={"id": "8201447756620943", "items": [{"title": "Fone de ouvido sem fio com cancelamento de ruído", "unit_price": 289.90}],
               "total": 289.90, "currency": "BRL", "placed_at": "2026-10-11T22:15:00Z"},
        buyer={"name": "Thiago Nogueira", "country": "BR", "language": "pt-BR"},
        seller={"store_name": "Vento Sul Eletrônicos", "signature": "Equipe Vento Sul Eletrônicos"},
        messages=[msg("Oi, o rastreio diz que o pacote está retido na alfândega em Curitiba e os Correios estão cobrando imposto. "
                      "Não entendi nada, eu preciso pagar isso?", "2026-11-12T20:44:00Z")],
        opened_at="2026-11-12T20:45:00Z")),
    ("m06_pl_customs_seller", "customs_clearance", "pl", _d(
        id="DSP-2026-5510206", reason="not_received", stage="open",
        shipment={"status": "customs_hold", "carrier": "Cainiao / Poczta Polska", "tracking_number": "UA402771958CN",
                  "shipped_at": "2026-10-17", "duties_payer": "seller"},
        order={"id": "8201447760094472", "items": [{"title": "Lampa wisząca rattanowa", "unit_price": 214.00}],
               "total": 214.00, "currency": "PLN", "placed_at": "2026-10-15T08:30:00Z"},
        buyer={"name": "Zofia Kamińska", "country": "PL", "language": "pl"},
        seller={"store_name": "Lumenka Oświetlenie", "signature": "Zespół Lumenka Oświetlenie"},
        messages=[msg("Dzień dobry, paczka stoi w urzędzie celnym od dziesięciu dni. Czy ja mam coś dopłacać? "
                      "Nikt mi nie mówił o żadnym cle.", "2026-11-14T07:50:00Z")],
        opened_at="2026-11-14T07:51:00Z")),
    ("m07_fr_customs_unknown", "customs_clearance", "fr", _d(
        id="DSP-2026-5510207", reason="not_received", stage="open",
        shipment={"status": "customs_hold", "carrier": "Cainiao / Postes Canada", "tracking_number": "RB664019273SG",
                  "shipped_at": "2026-10-22"},
        order={"id": "8201447772318856", "items": [{"title": "Tuque en laine mérinos", "unit_price": 34.99}],
               "total": 34.99, "currency": "CAD", "placed_at": "2026-10-20T23:05:00Z"},
        buyer={"name": "Geneviève Tremblay", "country": "CA", "language": "fr-CA"},
        seller={"store_name": "Atelier Nordik", "signature": "L'équipe Atelier Nordik"},
        messages=[msg("Bonjour, mon colis est bloqué aux douanes depuis une semaine d'après le suivi. "
                      "Est-ce que je dois payer quelque chose? Personne ne m'a rien dit pis j'en ai besoin pour l'hiver.",
                      "2026-11-17T14:25:00Z")],
        opened_at="2026-11-17T14:26:00Z")),
    # ---------------- extend_delivery_time ----------------
    ("m08_it_extend", "extend_delivery_time", "it", _d(
        id="DSP-2026-5510208", reason="not_received", stage="open",
        shipment={"status": "in_transit", "carrier": "Cainiao / Poste Italiane", "tracking_number": "LP00204937518CN",
                  "shipped_at": "2026-10-28"},
        order={"id": "8201447785541209", "items": [{"title": "Set di vasi autoirriganti", "quantity": 3, "unit_price": 12.90}],
               "total": 38.70, "currency": "EUR", "placed_at": "2026-10-26T10:00:00Z"},
        buyer={"name": "Chiara Benedetti", "country": "IT", "language": "it"},
        seller={"store_name": "Ombra Verde Giardino", "signature": "Lo staff di Ombra Verde Giardino",
                "protection_extension_days": 20},
        messages=[msg("Buongiorno, sono passate tre settimane e il pacco non è ancora arrivato. "
                      "Ho aperto la controversia perché avevo paura di perdere la protezione dell'acquisto.",
                      "2026-11-18T08:10:00Z")],
        opened_at="2026-11-18T08:11:00Z")),
    ("m09_nl_extend", "extend_delivery_time", "nl", _d(
        id="DSP-2026-5510209", reason="not_received", stage="open",
        shipment={"status": "in_transit", "carrier": "Cainiao / bpost", "tracking_number": "LY551903842CN",
                  "shipped_at": "2026-10-30"},
        order={"id": "8201447791176630", "items": [{"title": "Fietsverlichting set, USB oplaadbaar", "unit_price": 27.50}],
               "total": 27.50, "currency": "EUR", "placed_at": "2026-10-29T19:45:00Z"},
        buyer={"name": "Wout Peeters", "country": "BE", "language": "nl-BE"},
        seller={"store_name": "Fietsmaat", "signature": "Team Fietsmaat"},
        messages=[msg("Hallo, mijn pakje is al drie weken onderweg en de tracking blijft hangen in Luik. "
                      "Ik heb een geschil geopend voor de zekerheid, want de koopbescherming loopt bijna af.",
                      "2026-11-19T16:00:00Z")],
        opened_at="2026-11-19T16:01:00Z")),
    # ---------------- offer_reshipment ----------------
    ("m10_ru_offer_reship", "offer_reshipment", "ru", _d(
        id="DSP-2026-5510210", reason="not_received", stage="open",
        shipment={"status": "lost", "carrier": "Cainiao / Почта России", "tracking_number": "LP00688204159CN",
                  "shipped_at": "2026-10-08"},
        reship={"buyer_answer": "not_asked"},
        order={"id": "8201447803357718", "items": [{"title": "Умная розетка с Wi-Fi", "unit_price": 1490.00}],
               "total": 1490.00, "currency": "RUB", "placed_at": "2026-10-06T06:20:00Z"},
        buyer={"name": "Дмитрий Воронцов", "country": "RU"},
        seller={"store_name": "Tochka Tech", "signature": "Команда Tochka Tech"},
        messages=[msg("Здравствуйте. Отслеживание уже две недели показывает, что посылка утеряна. "
                      "Я ждал эту розетку больше месяца и очень расстроен. Что теперь будет с моим заказом? "
                      "Пожалуйста, ответьте поскорее, мне не хочется терять деньги.", "2026-11-16T12:30:00Z")],
        opened_at="2026-11-16T12:31:00Z")),
    ("m11_tr_offer_reship", "offer_reshipment", "tr", _d(
        id="DSP-2026-5510211", reason="not_received", stage="open",
        shipment={"status": "lost", "carrier": "Cainiao / PTT Kargo", "tracking_number": "RS771340526CN",
                  "shipped_at": "2026-10-12"},
        reship={"buyer_answer": "asked"},
        order={"id": "8201447817702265", "items": [{"title": "Elektrikli kahve öğütücü", "unit_price": 749.00}],
               "total": 749.00, "currency": "TRY", "placed_at": "2026-10-10T17:35:00Z"},
        buyer={"name": "Elif Yıldırım", "country": "TR", "language": "tr"},
        seller={"store_name": "Kahve Köşesi", "signature": "Kahve Köşesi Ekibi"},
        messages=[msg("Merhaba, kargo takibinde paketin kaybolduğu yazıyor. Siparişimi tekrar gönderebilir misiniz, "
                      "yoksa ne yapmam gerekiyor?", "2026-11-17T10:05:00Z")],
        opened_at="2026-11-17T10:06:00Z")),
    # ---------------- confirm_reshipment ----------------
    ("m12_ko_confirm_reship", "confirm_reshipment", "ko", _d(
        id="DSP-2026-5510212", reason="not_received", stage="open",
        shipment={"status": "lost", "carrier": "Cainiao / CJ대한통운", "tracking_number": "LP00310582746CN",
                  "shipped_at": "2026-10-05"},
        reship={"buyer_answer": "agreed", "tracking_number": "LP00937150428CN"},
        order={"id": "8201447829915034", "items": [{"title": "무선 기계식 키보드", "unit_price": 89000}],
               "total": 89000, "currency": "KRW", "placed_at": "2026-10-03T03:00:00Z"},
        buyer={"name": "박지훈", "country": "KR", "language": "ko"},
        seller={"store_name": "Haneul Studio", "signature": "하늘 스튜디오 드림"},
        messages=[msg("네, 다시 보내주세요. 배송지 주소는 그대로입니다. 이번에는 꼭 받았으면 좋겠어요.",
                      "2026-11-18T02:15:00Z")],
        opened_at="2026-11-12T05:00:00Z")),
    ("m13_uk_confirm_reship", "confirm_reshipment", "uk", _d(
        id="DSP-2026-5510213", reason="not_received", stage="open",
        shipment={"status": "lost", "carrier": "Cainiao / Нова пошта", "tracking_number": "UB118402679CN",
                  "shipped_at": "2026-10-09"},
        reship={"buyer_answer": "agreed", "tracking_number": "UB118459930CN"},
        order={"id": "8201447834460127", "items": [{"title": "Набір для вишивання хрестиком", "unit_price": 620.00}],
               "total": 620.00, "currency": "UAH", "placed_at": "2026-10-07T15:40:00Z"},
        buyer={"name": "Оксана Мельник", "country": "UA", "language": "uk"},
        seller={"store_name": "Zirka Craft", "signature": "Команда Zirka Craft"},
        messages=[msg("Так, надішліть, будь ласка, ще раз на ту саму адресу. Дуже чекаю на цей набір, дякую.",
                      "2026-11-19T09:00:00Z")],
        opened_at="2026-11-15T11:00:00Z")),
    # ---------------- propose_partial_or_return ----------------
    ("m14_en_partial", "propose_partial_or_return", "en", _d(
        id="DSP-2026-5510214", reason="not_as_described", problem="damaged", stage="escalated",
        shipment={"status": "delivered", "carrier": "Cainiao / USPS", "tracking_number": "LP00142968035CN"},
        buyer_evidence=[{"kind": "photo", "note": "two dented mugs, one cracked lid"}],
        order={"id": "8201447846628391", "items": [{"title": "Insulated camping mug set", "quantity": 2, "unit_price": 32.00}],
               "total": 64.00, "currency": "USD", "placed_at": "2026-10-18T21:00:00Z"},
        buyer={"name": "Marcus Delgado", "country": "US", "language": "en-US"},
        seller={"store_name": "Peak & Pine Supply", "signature": "Peak & Pine Supply Team"},
        messages=[msg("I already sent photos. Both mugs showed up dented and one of the lids is cracked. "
                      "I escalated because nobody answered me for days.", "2026-11-20T03:30:00Z")],
        opened_at="2026-11-11T19:00:00Z")),
    ("m15_fr_partial", "propose_partial_or_return", "fr", _d(
        id="DSP-2026-5510215", reason="not_as_described", problem="quality", stage="escalated",
        shipment={"status": "delivered", "carrier": "Cainiao / Colissimo", "tracking_number": "LP00627351904CN"},
        buyer_evidence=[{"kind": "photo", "note": "pilling and a pulled thread after one wash"}],
        order={"id": "8201447858830476", "items": [{"title": "Parure de lit en lin lavé", "unit_price": 58.00}],
               "total": 58.00, "currency": "EUR", "placed_at": "2026-10-13T09:25:00Z"},
        buyer={"name": "Amandine Lefebvre", "country": "FR", "language": "fr"},
        seller={"store_name": "Maison Perle", "signature": "L'équipe Maison Perle", "max_partial_refund_pct": 25},
        messages=[msg("J'ai envoyé les photos : le lin bouloche déjà après un seul lavage et il y a un fil tiré sur la housse.",
                      "2026-11-19T20:10:00Z")],
        opened_at="2026-11-10T18:00:00Z")),
    ("m16_cs_partial", "propose_partial_or_return", "cs", _d(
        id="DSP-2026-5510216", reason="not_as_described", problem="missing_parts", stage="escalated",
        shipment={"status": "delivered", "carrier": "Cainiao / Česká pošta", "tracking_number": "RE440918365CN"},
        buyer_evidence=[{"kind": "photo", "note": "four glasses in a box for six"}],
        order={"id": "8201447860051128", "items": [{"title": "Sada sklenic na víno", "unit_price": 1290.00}],
               "total": 1290.00, "currency": "CZK", "placed_at": "2026-10-16T12:00:00Z"},
        buyer={"name": "Tereza Dvořáková", "country": "CZ", "language": "cs"},
        seller={"store_name": "Sklenka Design", "signature": "Tým Sklenka Design", "max_partial_refund_pct": 20},
        messages=[msg("Poslala jsem fotky, v balení byly jen čtyři sklenice místo šesti. Krabice přitom nebyla poškozená.",
                      "2026-11-20T17:45:00Z")],
        opened_at="2026-11-12T08:00:00Z")),
    # ---------------- await_platform_decision ----------------
    ("m17_es_await", "await_platform_decision", "es", _d(
        id="DSP-2026-5510217", reason="not_as_described", problem="not_working", stage="escalated",
        seller_evidence_submitted=True,
        shipment={"status": "delivered", "carrier": "Cainiao / Correos", "tracking_number": "LP00385519264CN"},
        order={"id": "8201447872293584", "items": [{"title": "Altavoz portátil resistente al agua", "unit_price": 45.90}],
               "total": 45.90, "currency": "EUR", "placed_at": "2026-10-08T14:50:00Z"},
        buyer={"name": "Rodrigo Fuentes Paredes", "country": "ES"},
        seller={"store_name": "Ritmo Audio", "signature": "Equipo Ritmo Audio"},
        messages=[msg("Buenas tardes. He llevado la disputa a la plataforma porque el altavoz se apaga solo a los pocos minutos "
                      "y ustedes no me daban ninguna solución. Ya estoy cansado de esperar, quiero que alguien revise esto "
                      "de una vez y me diga qué va a pasar con mi dinero.", "2026-11-18T17:20:00Z")],
        opened_at="2026-11-06T10:00:00Z")),
    # ---------------- escalation_reply ----------------
    ("m18_sv_escalation", "escalation_reply", "sv", _d(
        id="DSP-2026-5510218", reason="not_received", stage="escalated",
        shipment={"status": "in_transit", "carrier": "Cainiao / PostNord", "tracking_number": "UM203764518CN",
                  "shipped_at": "2026-10-03"},
        order={"id": "8201447884416609", "items": [{"title": "Linneduk, naturvit", "unit_price": 349.00}],
               "total": 349.00, "currency": "SEK", "placed_at": "2026-10-01T07:15:00Z"},
        buyer={"name": "Linnea Åberg", "country": "SE", "language": "sv"},
        seller={"store_name": "Nordljus Textil", "signature": "Teamet på Nordljus Textil"},
        messages=[msg("Jag har väntat i över en månad och spårningen säger ingenting nytt. Jag har nu skickat ärendet vidare till plattformen.",
                      "2026-11-19T19:40:00Z")],
        opened_at="2026-11-08T12:00:00Z")),
    ("m19_it_escalation", "escalation_reply", "it", _d(
        id="DSP-2026-5510219", reason="not_as_described", problem="counterfeit", stage="escalated",
        shipment={"status": "delivered", "carrier": "Cainiao / BRT", "tracking_number": "LP00790164823CN"},
        order={"id": "8201447896637745", "items": [{"title": "Orologio automatico in acciaio", "unit_price": 129.00}],
               "total": 129.00, "currency": "EUR", "placed_at": "2026-10-02T18:30:00Z"},
        buyer={"name": "Lorenzo Marchetti", "country": "IT", "language": "it"},
        seller={"store_name": "Tempo Fino", "signature": "Il team di Tempo Fino"},
        messages=[msg("Secondo me l'orologio non è originale: il movimento non corrisponde alla descrizione. "
                      "Visto che non mi avete convinto, ho chiesto l'intervento della piattaforma.", "2026-11-17T21:00:00Z")],
        opened_at="2026-11-09T09:00:00Z")),
    # ---------------- return_instructions ----------------
    ("m20_pt_return_instructions", "return_instructions", "pt", _d(
        id="DSP-2026-5510220", reason="not_as_described", problem="damaged", stage="ruled",
        platform_ruling="return_and_refund", return_shipment={"status": "not_shipped"},
        shipment={"status": "delivered", "carrier": "Cainiao / CTT", "tracking_number": "LP00471829356CN"},
        order={"id": "8201447908859260", "items": [{"title": "Conjunto de pratos de cerâmica pintados à mão", "unit_price": 64.00}],
               "total": 64.00, "currency": "EUR", "placed_at": "2026-10-04T11:11:00Z"},
        buyer={"name": "Inês Carvalho", "country": "PT", "language": "pt-PT"},
        seller={"store_name": "Cerâmica Ribeira", "signature": "Equipa Cerâmica Ribeira",
                "return_address": "Cerâmica Ribeira - Devoluções, Rua do Almada 218, 4050-032 Porto, Portugal"},
        messages=[msg("Boa tarde, a plataforma decidiu pela devolução. Para onde devo enviar os pratos?",
                      "2026-11-20T15:30:00Z")],
        opened_at="2026-10-27T10:00:00Z")),
    ("m21_pl_return_instructions", "return_instructions", "pl", _d(
        id="DSP-2026-5510221", reason="not_as_described", problem="wrong_item", stage="ruled",
        platform_ruling="return_and_refund", return_shipment={"status": "not_shipped"},
        shipment={"status": "delivered", "carrier": "Cainiao / InPost", "tracking_number": "LP00258136947CN"},
        order={"id": "8201447911172398", "items": [{"title": "Drewniana kolejka dla dzieci", "unit_price": 189.00}],
               "total": 189.00, "currency": "PLN", "placed_at": "2026-10-06T19:00:00Z"},
        buyer={"name": "Bartosz Zieliński", "country": "PL"},
        seller={"store_name": "Drewniak Zabawki", "signature": "Zespół Drewniak Zabawki",
                "return_address": "Drewniak Zabawki, ul. Kwiatowa 17, 62-030 Luboń, Polska"},
        messages=[msg("Dzień dobry, platforma przyznała mi zwrot pieniędzy po odesłaniu towaru. Zamiast kolejki przyszła "
                      "zupełnie inna zabawka i syn był bardzo zawiedziony. Proszę podać dokładny adres, na który mam "
                      "odesłać paczkę, bo nie chcę, żeby coś znowu poszło nie tak.", "2026-11-21T10:20:00Z")],
        opened_at="2026-10-29T08:00:00Z")),
    # ---------------- return_received ----------------
    ("m22_de_return_received", "return_received", "de", _d(
        id="DSP-2026-5510222", reason="not_as_described", problem="not_working", stage="ruled",
        platform_ruling="return_and_refund",
        return_shipment={"status": "received", "tracking_number": "00340434519028471265"},
        shipment={"status": "delivered", "carrier": "Cainiao / DHL", "tracking_number": "LP00603917284CN"},
        order={"id": "8201447923395514", "items": [{"title": "Siebträger-Espressomaschine", "unit_price": 149.00}],
               "total": 149.00, "currency": "EUR", "placed_at": "2026-09-29T13:00:00Z"},
        buyer={"name": "Sabine Hoffmann", "country": "DE", "language": "de"},
        seller={"store_name": "Kaffeewerk Berlin", "signature": "Ihr Team von Kaffeewerk Berlin",
                "return_address": "Kaffeewerk Berlin Retouren, Lindenstraße 42, 10969 Berlin, Deutschland"},
        messages=[msg("Guten Tag, laut Sendungsverfolgung ist die Maschine bei Ihnen angekommen. Wann bekomme ich mein Geld zurück?",
                      "2026-11-22T09:45:00Z")],
        opened_at="2026-10-20T10:00:00Z")),
]
