"""Held-out set data: disputes (contract format) and labelled replies.

Written by hand without reading the checker, its lexicon, its tests or anyone else's labelled set.
`build.py` turns this into ../disputes/*.json and ../labelled.jsonl.
"""

# ---------------------------------------------------------------- disputes

def _d(did, reason, stage, *, ship, order, buyer, msgs, problem=None, seller=None, **extra):
    d = {"id": did, "reason": reason}
    if problem:
        d["problem"] = problem
    d["stage"] = stage
    d["shipment"] = ship
    d.update(extra)
    d["order"] = order
    d["buyer"] = buyer
    if seller:
        d["seller"] = seller
    d["messages"] = msgs
    return d


def _o(oid, title, price, cur, placed=None, qty=1):
    o = {"id": oid, "items": [{"title": title, "quantity": qty, "unit_price": price}],
         "total": round(price * qty, 2), "currency": cur}
    if placed:
        o["placed_at"] = placed
    return o


def _m(text, at=None, author="buyer"):
    m = {"author": author, "text": text}
    if at:
        m["at"] = at
    return m


# name -> (intended remedy, buyer language the reply must be in, dispute)
DISPUTES = {
    "h01_en_evidence_by_problem_type": ("evidence_by_problem_type", "en", _d(
        "DSP-2026-7100101", "not_as_described", "open", problem="size_or_fit",
        ship={"status": "delivered", "carrier": "Cainiao / USPS", "tracking_number": "LP00417720593CN"},
        order=_o("8190411220937714", "Women's quilted puffer vest, size M", 38.6, "USD", "2026-10-14T16:20:00Z"),
        buyer={"name": "Megan Holloway", "country": "US", "language": "en-US"},
        seller={"store_name": "Northtrail Outfitters", "signature": "Northtrail Outfitters – customer care"},
        msgs=[_m("Hi, I ordered a medium but the vest is way too tight across the shoulders, it fits more like an XS. "
                 "I checked your size chart before ordering. What can you do about this?", "2026-11-11T20:05:00Z")],
        opened_at="2026-11-11T20:06:00Z")),
    "h02_ja_evidence_by_problem_type": ("evidence_by_problem_type", "ja", _d(
        "DSP-2026-7100102", "not_as_described", "open", problem="not_working",
        ship={"status": "delivered", "carrier": "Cainiao / 日本郵便", "tracking_number": "LP00583019264CN"},
        order=_o("8190522310048876", "ワイヤレスイヤホン ノイズキャンセリング ブラック", 3980, "JPY", "2026-10-20T03:00:00Z"),
        buyer={"name": "高橋 健太", "country": "JP", "language": "ja"},
        seller={"store_name": "Kaden Direct", "signature": "Kaden Direct サポートチーム"},
        msgs=[_m("届いたイヤホンの右側から音が出ません。一晩充電してみましたが、やはり左側しか聞こえません。どうすればいいですか。",
                 "2026-11-12T01:30:00Z")],
        opened_at="2026-11-12T01:31:00Z")),
    "h03_tr_evidence_by_problem_type": ("evidence_by_problem_type", "tr", _d(
        "DSP-2026-7100103", "not_as_described", "open", problem="damaged",
        ship={"status": "delivered", "carrier": "Cainiao / PTT Kargo", "tracking_number": "RR734561209CN"},
        order=_o("8190633451177209", "El boyaması seramik çay fincanı seti", 749.9, "TRY", "2026-10-18T09:45:00Z"),
        buyer={"name": "Elif Yıldız", "country": "TR", "language": "tr"},
        seller={"store_name": "Anatolia Home Decor", "signature": "Anatolia Home Decor ekibi"},
        msgs=[_m("Merhaba, paket bugün elime ulaştı ama fincanlardan ikisi kırık çıktı. Kutu da ezilmişti. Bu konuda ne yapabiliriz?",
                 "2026-11-10T14:12:00Z")],
        opened_at="2026-11-10T14:13:00Z")),
    "h04_nl_evidence_by_problem_type": ("evidence_by_problem_type", "nl", _d(
        "DSP-2026-7100104", "not_as_described", "open", problem="missing_parts",
        ship={"status": "delivered", "carrier": "Cainiao / PostNL", "tracking_number": "LP00690417385CN"},
        order=_o("8190744562281930", "Opvouwbare fietsstandaard met gereedschapsset", 27.45, "EUR", "2026-10-22T18:00:00Z"),
        buyer={"name": "Sanne de Vries", "country": "NL"},
        seller={"store_name": "VeloParts Direct", "signature": "Team VeloParts Direct"},
        msgs=[_m("Hallo, ik heb vandaag het pakket ontvangen, maar de inbussleutels en de bevestigingsbouten ontbreken. "
                 "In de beschrijving staat duidelijk dat alles erbij zit. Kunnen jullie dit alsjeblieft oplossen? "
                 "Zonder die onderdelen kan ik de standaard niet gebruiken. Alvast bedankt voor jullie reactie.",
                 "2026-11-13T10:40:00Z")],
        opened_at="2026-11-13T10:41:00Z")),
    "h05_it_evidence_by_problem_type": ("evidence_by_problem_type", "it", _d(
        "DSP-2026-7100105", "not_as_described", "open", problem="wrong_item",
        ship={"status": "delivered", "carrier": "Cainiao / BRT", "tracking_number": "LP00724819036CN"},
        order=_o("8190855673390045", "Lampada da scrivania LED con braccio snodabile, bianca", 31.2, "EUR", "2026-10-19T08:10:00Z"),
        buyer={"name": "Giulia Romano", "country": "IT", "language": "it"},
        seller={"store_name": "Luce & Casa Store", "signature": "Il team di Luce & Casa Store"},
        msgs=[_m("Buongiorno, ho ordinato la lampada bianca ma nel pacco c'era un portapenne nero. Non c'entra niente con il mio ordine.",
                 "2026-11-09T11:25:00Z")],
        opened_at="2026-11-09T11:26:00Z")),
    "h06_pl_customs_clearance_buyer": ("customs_clearance", "pl", _d(
        "DSP-2026-7100106", "not_received", "open",
        ship={"status": "customs_hold", "carrier": "Cainiao / Poczta Polska", "tracking_number": "RR551203847CN",
              "shipped_at": "2026-10-16", "duties_payer": "buyer"},
        order=_o("8190966784401156", "Zestaw noży kuchennych ze stali damasceńskiej", 489.0, "PLN", "2026-10-13T19:00:00Z"),
        buyer={"name": "Katarzyna Nowak", "country": "PL", "language": "pl"},
        seller={"store_name": "ChefLine Global", "signature": "Zespół ChefLine Global"},
        msgs=[_m("Dzień dobry, paczka od tygodnia stoi w urzędzie celnym i nic się nie dzieje. Co mam zrobić?", "2026-11-08T17:50:00Z")],
        opened_at="2026-11-08T17:51:00Z")),
    "h07_de_customs_clearance_seller": ("customs_clearance", "de", _d(
        "DSP-2026-7100107", "not_received", "open",
        ship={"status": "customs_hold", "carrier": "Cainiao / Swiss Post", "tracking_number": "LP00803356172CN",
              "shipped_at": "2026-10-21", "duties_payer": "seller"},
        order=_o("8191077895512267", "Espressomaschine mit Milchaufschäumer", 189.0, "CHF", "2026-10-19T12:30:00Z"),
        buyer={"name": "Reto Baumann", "country": "CH", "language": "de-CH"},
        seller={"store_name": "Caffè Tecnica", "signature": "Ihr Team von Caffè Tecnica"},
        msgs=[_m("Grüezi, laut Sendungsverfolgung hängt das Paket beim Zoll fest. Muss ich da etwas bezahlen? "
                 "Ich bin davon ausgegangen, dass die Lieferung inklusive Zoll ist.", "2026-11-12T07:15:00Z")],
        opened_at="2026-11-12T07:16:00Z")),
    "h08_es_customs_clearance_unknown": ("customs_clearance", "es", _d(
        "DSP-2026-7100108", "not_received", "open",
        ship={"status": "customs_hold", "carrier": "Cainiao / Estafeta", "tracking_number": "LP00815527640CN",
              "shipped_at": "2026-10-17"},
        order=_o("8191188906623378", "Reloj inteligente deportivo con GPS", 1249.0, "MXN", "2026-10-15T22:00:00Z"),
        buyer={"name": "Alejandro Ramírez", "country": "MX", "language": "es-MX"},
        seller={"store_name": "TecnoPulso Oficial", "signature": "Equipo TecnoPulso Oficial"},
        msgs=[_m("Buenas tardes, el rastreo dice que el paquete está retenido en aduana desde hace días. ¿Qué tengo que hacer? Nadie me dice nada.",
                 "2026-11-11T23:40:00Z")],
        opened_at="2026-11-11T23:41:00Z")),
    "h09_en_customs_clearance_buyer": ("customs_clearance", "en", _d(
        "DSP-2026-7100109", "not_received", "open",
        ship={"status": "customs_hold", "carrier": "Cainiao / Royal Mail", "tracking_number": "RR902184736CN",
              "shipped_at": "2026-10-23", "duties_payer": "buyer"},
        order=_o("8191299017734489", "Enamelled cast iron Dutch oven, sage green", 64.99, "GBP", "2026-10-21T10:00:00Z"),
        buyer={"name": "Oliver Bennett", "country": "GB", "language": "en-GB"},
        seller={"store_name": "Hearth & Pan", "signature": "Hearth & Pan customer team"},
        msgs=[_m("Hello, Royal Mail says my parcel is being held by customs and there's a fee to pay. Is that right? Nobody told me about any charges.",
                 "2026-11-13T09:00:00Z")],
        opened_at="2026-11-13T09:01:00Z")),
    "h10_fr_extend_delivery_time": ("extend_delivery_time", "fr", _d(
        "DSP-2026-7100110", "not_received", "open",
        ship={"status": "in_transit", "carrier": "Cainiao / bpost", "tracking_number": "LP00836194027CN", "shipped_at": "2026-10-24"},
        order=_o("8191300128845590", "Tapis de yoga antidérapant en liège", 34.9, "EUR", "2026-10-22T15:00:00Z"),
        buyer={"name": "Camille Lambert", "country": "BE", "language": "fr-BE"},
        seller={"store_name": "ZenCork", "signature": "L'équipe ZenCork", "protection_extension_days": 20},
        msgs=[_m("Bonjour, ça fait plus de deux semaines et mon colis n'est toujours pas arrivé. J'ai ouvert un litige par sécurité.",
                 "2026-11-12T19:20:00Z")],
        opened_at="2026-11-12T19:21:00Z")),
    "h11_ko_extend_delivery_time": ("extend_delivery_time", "ko", _d(
        "DSP-2026-7100111", "not_received", "open",
        ship={"status": "in_transit", "carrier": "Cainiao / CJ대한통운", "tracking_number": "LP00847205138CN", "shipped_at": "2026-10-27"},
        order=_o("8191411239956601", "무선 기계식 키보드 갈축", 67000, "KRW", "2026-10-25T05:00:00Z"),
        buyer={"name": "김민준", "country": "KR", "language": "ko"},
        seller={"store_name": "KeyForge Store", "signature": "KeyForge Store 드림"},
        msgs=[_m("배송이 너무 오래 걸려요. 조회해 보니 아직 이동 중이라고만 나와요. 언제 받을 수 있나요?", "2026-11-13T04:10:00Z")],
        opened_at="2026-11-13T04:11:00Z")),
    "h12_pt_extend_delivery_time": ("extend_delivery_time", "pt", _d(
        "DSP-2026-7100112", "not_received", "open",
        ship={"status": "in_transit", "carrier": "Cainiao / Correios", "tracking_number": "LP00858316249CN", "shipped_at": "2026-10-19"},
        order=_o("8191522340067712", "Fone de ouvido bluetooth esportivo", 159.9, "BRL", "2026-10-16T21:30:00Z"),
        buyer={"name": "Rafael Oliveira", "country": "BR"},
        seller={"store_name": "SomMax Brasil", "signature": "Equipe SomMax Brasil", "protection_extension_days": 25},
        msgs=[_m("Olá, já faz quase um mês que fiz o pedido e o rastreio só mostra que o pacote está em trânsito. "
                 "Fiquei com medo de não receber e por isso abri a disputa. Vocês podem verificar o que está acontecendo, por favor? "
                 "Obrigado desde já.", "2026-11-14T00:05:00Z")],
        opened_at="2026-11-14T00:06:00Z")),
    "h13_ru_offer_reshipment": ("offer_reshipment", "ru", _d(
        "DSP-2026-7100113", "not_received", "open",
        ship={"status": "lost", "carrier": "Cainiao / Почта России", "tracking_number": "RR615840372CN", "shipped_at": "2026-09-29"},
        order=_o("8191633451178823", "Термокружка из нержавеющей стали", 1890, "RUB", "2026-09-27T08:00:00Z"),
        buyer={"name": "Анна Смирнова", "country": "RU", "language": "ru"},
        seller={"store_name": "ТеплоДом", "signature": "Команда ТеплоДом"},
        msgs=[_m("Здравствуйте! Отслеживание не обновляется уже месяц, на почте сказали, что посылка, скорее всего, потеряна. Что теперь делать?",
                 "2026-11-09T06:30:00Z")],
        opened_at="2026-11-09T06:31:00Z")),
    "h14_es_offer_reshipment": ("offer_reshipment", "es", _d(
        "DSP-2026-7100114", "not_received", "open",
        ship={"status": "lost", "carrier": "Cainiao / Correos Express", "tracking_number": "LP00869427350CN", "shipped_at": "2026-10-02"},
        order=_o("8191744562289934", "Funda nórdica de lino para cama de matrimonio", 45.8, "EUR", "2026-09-30T17:45:00Z"),
        buyer={"name": "Marta Fernández", "country": "ES", "language": "es-ES"},
        seller={"store_name": "Casa Lino", "signature": "El equipo de Casa Lino"},
        msgs=[_m("Hola, Correos Express me dice que el paquete se ha extraviado. Lo necesitaba para la casa nueva. ¿Qué solución me dais?",
                 "2026-11-10T12:00:00Z")],
        opened_at="2026-11-10T12:01:00Z")),
    "h15_de_confirm_reshipment": ("confirm_reshipment", "de", _d(
        "DSP-2026-7100115", "not_received", "open",
        ship={"status": "lost", "carrier": "Cainiao / Hermes", "tracking_number": "LP00870538461CN", "shipped_at": "2026-10-01"},
        reship={"buyer_answer": "agreed", "tracking_number": "LP00991034567CN"},
        order=_o("8191855673391045", "Kinder-Fahrradhelm mit LED-Rücklicht", 29.95, "EUR", "2026-09-29T13:00:00Z"),
        buyer={"name": "Jana Hoffmann", "country": "DE", "language": "de-DE"},
        seller={"store_name": "KidRide Shop", "signature": "Ihr KidRide-Shop-Team"},
        msgs=[_m("Ja, bitte schicken Sie den Helm noch einmal. Die Adresse stimmt so.", "2026-11-11T16:00:00Z")],
        opened_at="2026-11-06T09:00:00Z")),
    "h16_tr_confirm_reshipment": ("confirm_reshipment", "tr", _d(
        "DSP-2026-7100116", "not_received", "open",
        ship={"status": "lost", "carrier": "Cainiao / Aras Kargo", "tracking_number": "RR718293046CN", "shipped_at": "2026-10-04"},
        reship={"buyer_answer": "agreed", "tracking_number": "RR726451093CN"},
        order=_o("8191966784402156", "Su geçirmez Bluetooth hoparlör", 1299.0, "TRY", "2026-10-02T18:20:00Z"),
        buyer={"name": "Mehmet Kaya", "country": "TR", "language": "tr"},
        seller={"store_name": "SesDünyası", "signature": "SesDünyası ekibi"},
        msgs=[_m("Tamam, tekrar gönderin lütfen. Adresim aynı.", "2026-11-12T15:30:00Z")],
        opened_at="2026-11-08T10:00:00Z")),
    "h17_en_propose_partial_or_return": ("propose_partial_or_return", "en", _d(
        "DSP-2026-7100117", "not_as_described", "escalated", problem="quality",
        ship={"status": "delivered", "carrier": "Cainiao / Australia Post", "tracking_number": "LP00881649572CN"},
        buyer_evidence=[{"kind": "photo"}, {"kind": "video", "note": "shedding after one wash"}],
        order=_o("8192077895513267", "Linen blend throw blanket, oatmeal", 79.0, "AUD", "2026-10-10T02:00:00Z"),
        buyer={"name": "Chloe Nguyen", "country": "AU", "language": "en-AU"},
        seller={"store_name": "Coastal Nest Homewares", "signature": "Coastal Nest Homewares", "max_partial_refund_pct": 25},
        msgs=[_m("I've sent photos and a video. The blanket is shedding everywhere and already pilling after one wash. Not what I paid for.",
                 "2026-11-10T23:00:00Z")],
        opened_at="2026-11-03T23:00:00Z")),
    "h18_fr_propose_partial_or_return": ("propose_partial_or_return", "fr", _d(
        "DSP-2026-7100118", "not_as_described", "escalated", problem="damaged",
        ship={"status": "delivered", "carrier": "Cainiao / Colissimo", "tracking_number": "LP00892750683CN"},
        buyer_evidence=[{"kind": "photo", "note": "cadre fendu"}],
        order=_o("8192188906624378", "Miroir mural rond en rotin", 58.0, "EUR", "2026-10-08T09:00:00Z"),
        buyer={"name": "Julien Moreau", "country": "FR", "language": "fr"},
        seller={"store_name": "Rotin & Co", "signature": "L'équipe Rotin & Co"},
        msgs=[_m("Je vous ai envoyé les photos : le cadre en rotin est fendu sur tout un côté. Je n'ai pas eu de réponse, donc j'ai fait appel à la plateforme.",
                 "2026-11-09T18:30:00Z")],
        opened_at="2026-11-01T18:30:00Z")),
    "h19_pl_propose_partial_or_return": ("propose_partial_or_return", "pl", _d(
        "DSP-2026-7100119", "not_as_described", "escalated", problem="color_or_appearance",
        ship={"status": "delivered", "carrier": "Cainiao / InPost", "tracking_number": "LP00903861794CN"},
        buyer_evidence=[{"kind": "photo"}, {"kind": "screenshot", "note": "zdjęcie z oferty"}],
        order=_o("8192299017735489", "Sukienka midi w drobne kwiaty, butelkowa zieleń", 219.0, "PLN", "2026-10-11T20:00:00Z"),
        buyer={"name": "Magdalena Zielińska", "country": "PL", "language": "pl"},
        seller={"store_name": "Moda Kwiat", "signature": "Zespół Moda Kwiat", "max_partial_refund_pct": 20},
        msgs=[_m("Przesłałam zdjęcia. Sukienka miała być butelkowa zieleń, a jest prawie turkusowa. Na zdjęciu w ofercie wygląda zupełnie inaczej.",
                 "2026-11-12T08:45:00Z")],
        opened_at="2026-11-04T08:45:00Z")),
    "h20_ja_propose_partial_or_return": ("propose_partial_or_return", "ja", _d(
        "DSP-2026-7100120", "not_as_described", "escalated", problem="size_or_fit",
        ship={"status": "delivered", "carrier": "Cainiao / ヤマト運輸", "tracking_number": "LP00914972805CN"},
        buyer_evidence=[{"kind": "photo", "note": "メジャーで測った写真"}],
        order=_o("8192300128846590", "メンズ ダウンジャケット ネイビー", 8900, "JPY", "2026-10-09T11:00:00Z"),
        buyer={"name": "中村 翔太", "country": "JP", "language": "ja"},
        seller={"store_name": "Hokuto Outdoor", "signature": "Hokuto Outdoor カスタマーサポート"},
        msgs=[_m("メジャーで測った写真を送りました。サイズ表より着丈がかなり短いです。対応をお願いします。", "2026-11-11T12:00:00Z")],
        opened_at="2026-11-02T12:00:00Z")),
    "h21_it_await_platform_decision": ("await_platform_decision", "it", _d(
        "DSP-2026-7100121", "not_received", "escalated",
        ship={"status": "delivered", "carrier": "Cainiao / SDA", "tracking_number": "LP00925083916CN", "shipped_at": "2026-10-12"},
        seller_evidence_submitted=True,
        order=_o("8192411239957601", "Macinacaffè manuale in acciaio inox", 42.0, "EUR", "2026-10-10T07:30:00Z"),
        buyer={"name": "Francesca Bianchi", "country": "IT", "language": "it"},
        seller={"store_name": "Moka Atelier", "signature": "Il team di Moka Atelier"},
        msgs=[_m("Il tracking dice consegnato ma io non ho ricevuto nulla. Ho chiesto anche al portiere. Ho portato la controversia alla piattaforma.",
                 "2026-11-10T16:00:00Z")],
        opened_at="2026-11-02T16:00:00Z")),
    "h22_nl_await_platform_decision": ("await_platform_decision", "nl", _d(
        "DSP-2026-7100122", "not_as_described", "escalated", problem="quality",
        ship={"status": "delivered", "carrier": "Cainiao / DPD", "tracking_number": "LP00936194027CN"},
        seller_evidence_submitted=True,
        order=_o("8192522340068712", "Bamboe badkamerrek met drie planken", 36.5, "EUR", "2026-10-07T14:00:00Z"),
        buyer={"name": "Daan Jansen", "country": "NL", "language": "nl"},
        seller={"store_name": "BadkamerBoutique", "signature": "Team BadkamerBoutique"},
        msgs=[_m("Het rek wiebelt en het hout splintert al. Ik heb het geschil voorgelegd aan het platform, want ik kreeg geen oplossing.",
                 "2026-11-09T20:00:00Z")],
        opened_at="2026-10-30T20:00:00Z")),
    "h23_ru_escalation_reply": ("escalation_reply", "ru", _d(
        "DSP-2026-7100123", "not_received", "escalated",
        ship={"status": "in_transit", "carrier": "Cainiao / СДЭК", "tracking_number": "LP00947205138CN", "shipped_at": "2026-10-08"},
        order=_o("8192633451179823", "Детский конструктор «Город»", 2490, "RUB", "2026-10-06T10:00:00Z"),
        buyer={"name": "Дмитрий Волков", "country": "RU"},
        seller={"store_name": "ИгроМир", "signature": "Команда ИгроМир"},
        msgs=[_m("Я уже трижды писал вам, что посылка стоит на месте. Вы каждый раз отвечаете одно и то же: подождите. "
                 "Сколько можно ждать? Ребёнку обещал подарок, а его всё нет. Поэтому я передал спор на рассмотрение платформы, "
                 "пусть теперь они разбираются.", "2026-11-12T18:00:00Z")],
        opened_at="2026-11-01T18:00:00Z")),
    "h24_pt_escalation_reply": ("escalation_reply", "pt", _d(
        "DSP-2026-7100124", "not_as_described", "escalated", problem="not_working",
        ship={"status": "delivered", "carrier": "Cainiao / CTT", "tracking_number": "LP00958316249CN"},
        order=_o("8192744562290934", "Cadeira de escritório ergonómica", 129.0, "EUR", "2026-10-05T09:00:00Z"),
        buyer={"name": "Inês Carvalho", "country": "PT", "language": "pt-PT"},
        seller={"store_name": "ErgoCasa", "signature": "Equipa ErgoCasa"},
        msgs=[_m("O mecanismo de inclinação da cadeira não trava. Já vos escrevi e nada se resolveu, por isso escalei a disputa para a plataforma.",
                 "2026-11-11T10:00:00Z")],
        opened_at="2026-10-31T10:00:00Z")),
    "h25_de_return_instructions": ("return_instructions", "de", _d(
        "DSP-2026-7100125", "not_as_described", "ruled", problem="damaged",
        ship={"status": "delivered", "carrier": "Cainiao / Österreichische Post", "tracking_number": "LP00969427350CN"},
        platform_ruling="return_and_refund", return_shipment={"status": "not_shipped"},
        order=_o("8192855673392045", "Wandregal aus Eichenholz", 74.9, "EUR", "2026-10-03T08:00:00Z"),
        buyer={"name": "Stefan Gruber", "country": "AT", "language": "de-AT"},
        seller={"store_name": "Holzwerk Alpin", "signature": "Ihr Team von Holzwerk Alpin",
                "return_address": "Holzwerk Alpin Retouren, Industriestraße 14, 4020 Linz, Österreich"},
        msgs=[_m("Die Plattform hat entschieden, dass ich das Regal zurückschicken soll. Wohin genau soll es gehen?", "2026-11-13T08:00:00Z")],
        opened_at="2026-10-20T08:00:00Z")),
    "h26_es_return_instructions": ("return_instructions", "es", _d(
        "DSP-2026-7100126", "not_as_described", "ruled", problem="not_working",
        ship={"status": "delivered", "carrier": "Cainiao / Correos", "tracking_number": "LP00970538461CN"},
        platform_ruling="return_and_refund",
        order=_o("8192966784403156", "Auriculares inalámbricos con estuche de carga", 49.99, "EUR", "2026-10-04T19:00:00Z"),
        buyer={"name": "Jordi Puig", "country": "ES"},
        seller={"store_name": "AudioNova", "signature": "El equipo de AudioNova",
                "return_address": "AudioNova Devoluciones, Calle de la Industria 27, 28923 Alcorcón, Madrid, España"},
        msgs=[_m("Hola, la plataforma ha resuelto a mi favor y tengo que devolver los auriculares. "
                 "¿Me podéis confirmar la dirección exacta a la que los tengo que enviar? "
                 "No quiero que el paquete se pierda otra vez. Muchas gracias.", "2026-11-12T11:30:00Z")],
        opened_at="2026-10-21T11:30:00Z")),
    "h27_ko_return_received": ("return_received", "ko", _d(
        "DSP-2026-7100127", "not_as_described", "ruled", problem="quality",
        ship={"status": "delivered", "carrier": "Cainiao / 우체국택배", "tracking_number": "LP00981649572CN"},
        platform_ruling="return_and_refund", return_shipment={"status": "received", "tracking_number": "RR481736205KR"},
        order=_o("8193077895514267", "가죽 크로스백 블랙", 89000, "KRW", "2026-09-30T03:00:00Z"),
        buyer={"name": "이서연", "country": "KR", "language": "ko"},
        seller={"store_name": "Seoul Leather Lab", "signature": "Seoul Leather Lab 드림"},
        msgs=[_m("반품 보냈는데 잘 도착했나요? 환불은 언제 되는지 궁금합니다.", "2026-11-13T02:00:00Z")],
        opened_at="2026-10-18T02:00:00Z")),
    "h28_en_return_received": ("return_received", "en", _d(
        "DSP-2026-7100128", "not_as_described", "ruled", problem="not_working",
        ship={"status": "delivered", "carrier": "Cainiao / Canada Post", "tracking_number": "LP00992750683CN"},
        platform_ruling="return_and_refund", return_shipment={"status": "received", "tracking_number": "LM203948571CA"},
        order=_o("8193188906625378", "Heated seat cushion with auto shut-off", 54.99, "CAD", "2026-10-01T22:00:00Z"),
        buyer={"name": "Priya Sharma", "country": "CA", "language": "en-CA"},
        seller={"store_name": "CozyDrive", "signature": "The CozyDrive team"},
        msgs=[_m("Hi, Canada Post shows the return was delivered to you. Can you confirm you got it?", "2026-11-12T21:00:00Z")],
        opened_at="2026-10-19T21:00:00Z")),
}
