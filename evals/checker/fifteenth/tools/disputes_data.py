"""Source of the fifteenth set's disputes (contract format). Written by hand."""


def _d(**kw):
    return kw


def buyer(name, country, language=None):
    b = {"name": name, "country": country}
    if language:
        b["language"] = language
    return b


def order(oid, title, price, currency, placed=None, qty=1):
    o = {"id": oid, "items": [{"title": title, "quantity": qty, "unit_price": price}],
         "total": price * qty, "currency": currency}
    if placed:
        o["placed_at"] = placed
    return o


def msg(text, at=None, author="buyer"):
    m = {"author": author, "text": text}
    if at:
        m["at"] = at
    return m


# key: (number, language label used in the file name, intended remedy)
DISPUTES = [
    ("r01", "en", "evidence_by_problem_type", _d(
        id="DSP-2026-1501", reason="not_as_described", problem="size_or_fit", stage="open",
        shipment={"status": "delivered", "carrier": "Cainiao / Royal Mail", "tracking_number": "LP00418273659CN"},
        order=order("8203155501234401", "Wool-blend duffle coat, navy", 68.00, "GBP", "2026-10-30T11:20:00Z"),
        buyer=buyer("Harriet Cole", "GB", "en-GB"),
        seller={"store_name": "Northgate Outerwear", "signature": "Northgate Outerwear"},
        messages=[msg("Hello, I ordered a medium but the coat is enormous on me, the sleeves cover my hands completely. It doesn't look anything like the size guide. Not impressed, to be honest.", "2026-11-20T09:02:00Z")],
        opened_at="2026-11-20T09:03:00Z")),
    ("r02", "es", "evidence_by_problem_type", _d(
        id="DSP-2026-1502", reason="not_as_described", problem="not_working", stage="open",
        shipment={"status": "delivered", "carrier": "AliExpress Standard Shipping", "tracking_number": "AEMX9051837264"},
        order=order("8203155502238802", "Licuadora portátil recargable", 34.50, "USD", "2026-10-28T17:45:00Z"),
        buyer=buyer("Rodrigo Salinas", "MX", "es-MX"),
        seller={"store_name": "Cocina Viva", "signature": "Equipo Cocina Viva"},
        messages=[msg("Buenas tardes, la licuadora no prende. La cargué toda la noche con el cable que venía y el foquito ni se enciende. ¿Qué hago?", "2026-11-19T22:10:00Z")],
        opened_at="2026-11-19T22:11:00Z")),
    ("r03", "fr", "customs_clearance", _d(
        id="DSP-2026-1503", reason="not_received", stage="open",
        shipment={"status": "customs_hold", "carrier": "Cainiao / Postes Canada", "tracking_number": "UA482913570CN",
                  "shipped_at": "2026-11-02", "duties_payer": "buyer"},
        order=order("8203155503112203", "Ensemble de couteaux de cuisine japonais", 89.90, "CAD", "2026-10-31T14:00:00Z"),
        buyer=buyer("Mathieu Gagnon", "CA", "fr-CA"),
        seller={"store_name": "Atelier Lame", "signature": "L'équipe Atelier Lame"},
        messages=[msg("Bonjour, mon colis est bloqué aux douanes depuis une semaine selon le suivi. Je ne comprends pas pourquoi, est-ce que vous pouvez m'expliquer?", "2026-11-21T15:30:00Z")],
        opened_at="2026-11-21T15:31:00Z")),
    ("r04", "de", "customs_clearance", _d(
        id="DSP-2026-1504", reason="not_received", stage="open",
        shipment={"status": "customs_hold", "carrier": "YunExpress / DHL", "tracking_number": "YT7720048193645",
                  "shipped_at": "2026-11-05", "duties_payer": "seller"},
        order=order("8203155504467704", "Siebträger-Espressomaschine mit Milchaufschäumer", 149.00, "EUR", "2026-11-03T08:15:00Z"),
        buyer=buyer("Sabine Krüger", "DE", "de"),
        seller={"store_name": "Kaffeewerk Direkt", "signature": "Ihr Team von Kaffeewerk Direkt"},
        messages=[msg("Guten Tag, DHL schreibt, dass das Paket beim Zoll liegt. Muss ich da jetzt etwas bezahlen? Davon stand nichts in der Beschreibung.", "2026-11-22T10:05:00Z")],
        opened_at="2026-11-22T10:06:00Z")),
    ("r05", "it", "extend_delivery_time", _d(
        id="DSP-2026-1505", reason="not_received", stage="open",
        shipment={"status": "in_transit", "carrier": "Yanwen / Poste Italiane", "tracking_number": "YW618204397IT", "shipped_at": "2026-11-01"},
        order=order("8203155505590105", "Zaino da trekking impermeabile", 52.00, "EUR", "2026-10-29T19:00:00Z"),
        buyer=buyer("Giulia Ferraro", "IT", "it"),
        seller={"store_name": "Vetta Outdoor", "signature": "Il team di Vetta Outdoor", "protection_extension_days": 20},
        messages=[msg("Salve, il pacco risulta fermo da giorni e la protezione dell'ordine sta per scadere. Ho aperto la controversia per sicurezza, non voglio perdere i soldi.", "2026-11-23T07:40:00Z")],
        opened_at="2026-11-23T07:41:00Z")),
    ("r06", "pt", "extend_delivery_time", _d(
        id="DSP-2026-1506", reason="not_received", stage="open",
        shipment={"status": "in_transit", "carrier": "Cainiao / Correios", "tracking_number": "NL730219846BR", "shipped_at": "2026-10-27"},
        order=order("8203155506641206", "Fone de ouvido sem fio com estojo de carga", 129.90, "BRL", "2026-10-25T21:30:00Z"),
        buyer=buyer("Thiago Moreira", "BR", "pt-BR"),
        seller={"store_name": "Som & Cia", "signature": "Equipe Som & Cia"},
        messages=[msg("Oi, comprei faz quase um mês e o rastreio só diz que o objeto está em trânsito. Abri a disputa porque fiquei com medo de ficar sem o fone e sem o dinheiro.", "2026-11-22T23:15:00Z")],
        opened_at="2026-11-22T23:16:00Z")),
    ("r07", "pl", "offer_reshipment", _d(
        id="DSP-2026-1507", reason="not_received", stage="open",
        shipment={"status": "lost", "carrier": "Cainiao / InPost", "tracking_number": "LP00481736295CN", "shipped_at": "2026-10-20"},
        order=order("8203155507783307", "Lampka nocna LED z czujnikiem ruchu", 79.00, "PLN", "2026-10-18T12:00:00Z"),
        buyer=buyer("Magdalena Zielińska", "PL", "pl"),
        seller={"store_name": "Jasny Dom", "signature": "Zespół Jasny Dom"},
        messages=[msg("Dzień dobry, przesyłka od tygodni stoi w miejscu, a InPost twierdzi, że paczka zaginęła. Co teraz?", "2026-11-18T13:25:00Z")],
        opened_at="2026-11-18T13:26:00Z")),
    ("r08", "ru", "offer_reshipment", _d(
        id="DSP-2026-1508", reason="not_received", stage="open",
        shipment={"status": "lost", "carrier": "Cainiao / Почта России", "tracking_number": "RS904417263CN", "shipped_at": "2026-10-15"},
        reship={"buyer_answer": "asked"},
        order=order("8203155508824408", "Термокружка из нержавеющей стали", 1490.00, "RUB", "2026-10-13T06:50:00Z"),
        buyer=buyer("Андрей Соколов", "RU"),
        seller={"store_name": "ТеплоДом", "signature": "Команда ТеплоДом"},
        messages=[msg("Здравствуйте. Почта пишет, что посылка утеряна, отслеживание не обновляется уже месяц. Что вы предлагаете делать дальше?", "2026-11-17T16:00:00Z"),
                  msg("Добрый день! Мы уточняем у перевозчика, скоро вернёмся с ответом.", "2026-11-17T18:00:00Z", "seller")],
        opened_at="2026-11-17T16:01:00Z")),
    ("r09", "nl", "confirm_reshipment", _d(
        id="DSP-2026-1509", reason="not_received", stage="open",
        shipment={"status": "lost", "carrier": "Cainiao / PostNL", "tracking_number": "LP00662918347CN"},
        reship={"buyer_answer": "agreed", "tracking_number": "LP00771029458CN"},
        order=order("8203155509915509", "Keramische plantenpot met schotel", 27.95, "EUR", "2026-10-22T10:10:00Z"),
        buyer=buyer("Sanne de Vries", "NL", "nl"),
        seller={"store_name": "Groen Binnen", "signature": "Team Groen Binnen"},
        messages=[msg("Ja hoor, stuur hem maar opnieuw op. Het adres klopt nog steeds. Alvast bedankt!", "2026-11-21T19:45:00Z")],
        opened_at="2026-11-16T08:00:00Z")),
    ("r10", "tr", "confirm_reshipment", _d(
        id="DSP-2026-1510", reason="not_received", stage="open",
        shipment={"status": "lost", "carrier": "Cainiao / PTT Kargo", "tracking_number": "RT550183920CN"},
        reship={"buyer_answer": "agreed", "tracking_number": "RT550294031CN"},
        order=order("8203155510026610", "Taşınabilir Bluetooth hoparlör", 899.00, "TRY", "2026-10-19T15:35:00Z"),
        buyer=buyer("Emre Yıldız", "TR", "tr"),
        seller={"store_name": "Ses Dünyası", "signature": "Ses Dünyası Ekibi"},
        messages=[msg("Merhaba, tamam, ürünü tekrar gönderin lütfen. Adresim aynı.", "2026-11-20T12:00:00Z")],
        opened_at="2026-11-14T09:30:00Z")),
    ("r11", "ko", "propose_partial_or_return", _d(
        id="DSP-2026-1511", reason="not_as_described", problem="quality", stage="escalated",
        shipment={"status": "delivered", "carrier": "Cainiao / CJ대한통운", "tracking_number": "LP00925518304CN"},
        buyer_evidence=[{"kind": "photo", "note": "보풀과 풀린 솔기 사진"}],
        order=order("8203155511137711", "울 혼방 니트 가디건", 46800, "KRW", "2026-10-26T03:00:00Z"),
        buyer=buyer("김지현", "KR", "ko"),
        seller={"store_name": "포근니트", "signature": "포근니트 드림", "max_partial_refund_pct": 25},
        messages=[msg("한 번 입었는데 보풀이 엄청 생기고 어깨 솔기가 풀렸어요. 사진 올렸습니다. 이런 품질이면 너무 실망스럽네요.", "2026-11-21T02:20:00Z")],
        opened_at="2026-11-15T01:00:00Z")),
    ("r12", "ja", "propose_partial_or_return", _d(
        id="DSP-2026-1512", reason="not_as_described", problem="damaged", stage="escalated",
        shipment={"status": "delivered", "carrier": "Cainiao / 日本郵便", "tracking_number": "LP00530182746CN"},
        buyer_evidence=[{"kind": "photo", "note": "欠けたマグカップ"}, {"kind": "photo", "note": "外箱"}],
        order=order("8203155512248812", "陶器のマグカップ ペアセット", 5980, "JPY", "2026-10-24T09:00:00Z"),
        buyer=buyer("佐藤美咲", "JP", "ja"),
        seller={"store_name": "Kiln & Co.", "signature": "Kiln & Co. スタッフ一同"},
        messages=[msg("届いた時点でマグカップの一つの縁が欠けていました。写真を添付しましたので確認してください。", "2026-11-20T11:00:00Z")],
        opened_at="2026-11-13T10:00:00Z")),
    ("r13", "zh", "await_platform_decision", _d(
        id="DSP-2026-1513", reason="not_received", stage="escalated", seller_evidence_submitted=True,
        shipment={"status": "delivered", "carrier": "Cainiao / Ninja Van", "tracking_number": "LP00317749260CN"},
        order=order("8203155513359913", "记忆棉护颈枕", 25.80, "SGD", "2026-10-21T13:00:00Z"),
        buyer=buyer("王磊", "SG", "zh"),
        seller={"store_name": "星光家居", "signature": "星光家居团队"},
        messages=[msg("物流显示已签收，但我根本没收到包裹。我已经把纠纷提交给平台了。", "2026-11-19T08:30:00Z")],
        opened_at="2026-11-10T08:00:00Z")),
    ("r14", "ar", "await_platform_decision", _d(
        id="DSP-2026-1514", reason="not_as_described", problem="wrong_item", stage="escalated", seller_evidence_submitted=True,
        shipment={"status": "delivered", "carrier": "Aramex", "tracking_number": "AX38820571946"},
        order=order("8203155514460014", "ساعة ذكية رياضية", 219.00, "AED", "2026-10-23T16:40:00Z"),
        buyer=buyer("ليلى حداد", "AE", "ar"),
        seller={"store_name": "Noor Gadgets", "signature": "فريق نور غادجيتس"},
        messages=[msg("طلبت الساعة باللون الأسود ووصلتني ساعة مختلفة تماماً. رفعت النزاع إلى المنصة لأنني لم أحصل على حل.", "2026-11-18T20:00:00Z")],
        opened_at="2026-11-09T12:00:00Z")),
    ("r15", "sv", "escalation_reply", _d(
        id="DSP-2026-1515", reason="not_received", stage="escalated",
        shipment={"status": "in_transit", "carrier": "Cainiao / PostNord", "tracking_number": "LP00208837461CN", "shipped_at": "2026-10-16"},
        order=order("8203155515571115", "Vattentät vandringsjacka", 899.00, "SEK", "2026-10-14T18:00:00Z"),
        buyer=buyer("Erik Lindqvist", "SE", "sv"),
        seller={"store_name": "Fjällbutiken", "signature": "Fjällbutiken"},
        messages=[msg("Jag har väntat i över en månad nu. Ni bad mig stänga tvisten men jag har eskalerat den till plattformen, jag orkar inte vänta längre.", "2026-11-20T17:10:00Z")],
        opened_at="2026-11-12T17:00:00Z")),
    ("r16", "cs", "escalation_reply", _d(
        id="DSP-2026-1516", reason="not_as_described", problem="color_or_appearance", stage="escalated",
        shipment={"status": "delivered", "carrier": "Cainiao / Zásilkovna", "tracking_number": "LP00774410298CN"},
        order=order("8203155516682216", "Lněný povlak na polštář, šalvějově zelený", 459.00, "CZK", "2026-10-20T10:00:00Z"),
        buyer=buyer("Tereza Nováková", "CZ", "cs"),
        seller={"store_name": "Lněný sen", "signature": "Tým Lněný sen"},
        messages=[msg("Povlak je spíš šedý než zelený, vůbec neodpovídá fotkám. Vaše odpovědi mi nepomohly, takže jsem spor předala platformě.", "2026-11-19T14:00:00Z")],
        opened_at="2026-11-11T09:00:00Z")),
    ("r17", "uk", "return_instructions", _d(
        id="DSP-2026-1517", reason="not_as_described", problem="not_working", stage="ruled", platform_ruling="return_and_refund",
        return_shipment={"status": "not_shipped"},
        shipment={"status": "delivered", "carrier": "Cainiao / Нова пошта", "tracking_number": "LP00650029317CN"},
        order=order("8203155517793317", "Робот-пилосос з вологим прибиранням", 6499.00, "UAH", "2026-10-10T07:30:00Z"),
        buyer=buyer("Олена Шевчук", "UA", "uk"),
        seller={"store_name": "Tech Haven", "signature": "Команда Tech Haven",
                "return_address": "Tech Haven Повернення, вул. Промислова 14, склад 3, 02094 Київ, Україна"},
        messages=[msg("Платформа вирішила, що я маю повернути пилосос. Куди саме його надіслати?", "2026-11-22T09:00:00Z")],
        opened_at="2026-11-01T09:00:00Z")),
    ("r18", "ro", "return_instructions", _d(
        id="DSP-2026-1518", reason="not_as_described", problem="size_or_fit", stage="ruled", platform_ruling="return_and_refund",
        shipment={"status": "delivered", "carrier": "Cainiao / Fan Courier", "tracking_number": "LP00119283746CN"},
        order=order("8203155518804418", "Rochie de ocazie din satin", 249.00, "RON", "2026-10-08T18:20:00Z"),
        buyer=buyer("Andreea Popescu", "RO", "ro"),
        seller={"store_name": "Eleganța Boutique", "signature": "Echipa Eleganța Boutique",
                "return_address": "Retururi Eleganța, Str. Fabricii nr. 22, 400620 Cluj-Napoca, România"},
        messages=[msg("Bună ziua, am văzut decizia platformei. Vă rog să-mi spuneți unde trimit rochia înapoi.", "2026-11-21T10:30:00Z")],
        opened_at="2026-10-30T10:00:00Z")),
    ("r19", "hu", "return_received", _d(
        id="DSP-2026-1519", reason="not_as_described", problem="quality", stage="ruled", platform_ruling="return_and_refund",
        return_shipment={"status": "received", "tracking_number": "RR204918375HU"},
        shipment={"status": "delivered", "carrier": "Cainiao / Magyar Posta", "tracking_number": "LP00438815520CN"},
        order=order("8203155519915519", "Bőr kézitáska", 18990.00, "HUF", "2026-10-02T12:00:00Z"),
        buyer=buyer("Kovács Dóra", "HU", "hu"),
        seller={"store_name": "Bőrműves Bolt", "signature": "A Bőrműves Bolt csapata",
                "return_address": "Bőrműves Bolt Visszáru, Váci út 88, 1133 Budapest"},
        messages=[msg("A táskát feladtam, a követés szerint már meg is érkezett Önökhöz. Mikor kapom vissza a pénzt?", "2026-11-23T08:00:00Z")],
        opened_at="2026-10-22T08:00:00Z")),
    ("r20", "el", "return_received", _d(
        id="DSP-2026-1520", reason="not_as_described", problem="not_working", stage="ruled",
        return_shipment={"status": "received", "tracking_number": "EL771203948GR"},
        shipment={"status": "delivered", "carrier": "Cainiao / ΕΛΤΑ Courier", "tracking_number": "LP00862274019CN"},
        order=order("8203155520026620", "Ηλεκτρικός βραστήρας από ανοξείδωτο ατσάλι", 39.90, "EUR", "2026-10-05T09:45:00Z"),
        buyer=buyer("Νίκος Παπαδόπουλος", "GR"),
        seller={"store_name": "Kouzina Plus", "signature": "Η ομάδα του Kouzina Plus"},
        messages=[msg("Καλησπέρα σας. Έστειλα πίσω τον βραστήρα όπως συμφωνήσαμε και βλέπω ότι παραδόθηκε. Πότε θα γίνει η επιστροφή των χρημάτων;", "2026-11-24T18:00:00Z")],
        opened_at="2026-10-25T18:00:00Z")),
    ("r21", "da", "evidence_by_problem_type", _d(
        id="DSP-2026-1521", reason="not_as_described", problem="damaged", stage="open",
        shipment={"status": "delivered", "carrier": "Cainiao / PostNord", "tracking_number": "LP00395561827CN"},
        order=order("8203155521137721", "Mundblæst glasvase, røgfarvet", 320.00, "DKK", "2026-11-01T20:00:00Z"),
        buyer=buyer("Mette Sørensen", "DK", "da"),
        seller={"store_name": "Nordisk Hjem", "signature": "Nordisk Hjem"},
        messages=[msg("Hej. Vasen kom i flere stykker, der var kun en tynd plastpose om den. Jeg er ret skuffet.", "2026-11-21T16:30:00Z")],
        opened_at="2026-11-21T16:31:00Z")),
    ("r22", "fi", "customs_clearance", _d(
        id="DSP-2026-1522", reason="not_received", stage="open",
        shipment={"status": "customs_hold", "carrier": "Cainiao / Posti", "tracking_number": "LP00839201746CN", "shipped_at": "2026-11-04"},
        order=order("8203155522248822", "Sähköpotkulauta", 389.00, "EUR", "2026-11-02T14:10:00Z"),
        buyer=buyer("Juha Virtanen", "FI", "fi"),
        seller={"store_name": "Urban Wheels", "signature": "Urban Wheels -tiimi"},
        messages=[msg("Moi, seurannan mukaan paketti on ollut tullissa jo pitkään. Kukaan ei ole ottanut minuun yhteyttä. Mitä tässä pitäisi tehdä?", "2026-11-23T12:00:00Z")],
        opened_at="2026-11-23T12:01:00Z")),
    ("r23", "en", "propose_partial_or_return", _d(
        id="DSP-2026-1523", reason="not_as_described", problem="missing_parts", stage="escalated",
        shipment={"status": "delivered", "carrier": "Cainiao / USPS", "tracking_number": "LP00284460173CN"},
        buyer_evidence=[{"kind": "photo", "note": "set laid out, lids missing"}, {"kind": "screenshot", "note": "listing"}],
        order=order("8203155523359923", "Cast iron skillet set with glass lids", 64.00, "USD", "2026-10-27T22:00:00Z"),
        buyer=buyer("Marcus Bell", "US", "en-US"),
        seller={"store_name": "Hearth & Pan", "signature": "The Hearth & Pan team", "max_partial_refund_pct": 20},
        messages=[msg("The listing clearly shows glass lids with the skillets. Mine came with no lids at all. I sent photos of everything in the box and a screenshot of your listing.", "2026-11-22T03:00:00Z")],
        opened_at="2026-11-16T03:00:00Z")),
    ("r24", "es", "propose_partial_or_return", _d(
        id="DSP-2026-1524", reason="not_as_described", problem="size_or_fit", stage="escalated",
        shipment={"status": "delivered", "carrier": "Cainiao / Correos", "tracking_number": "LP00701938264CN"},
        buyer_evidence=[{"kind": "photo", "note": "zapatillas con cinta métrica"}],
        order=order("8203155524460024", "Zapatillas de running ligeras", 45.00, "EUR", "2026-10-25T10:00:00Z"),
        buyer=buyer("Carmen Ortega", "ES"),
        seller={"store_name": "Calzados Brisa", "signature": "El equipo de Calzados Brisa"},
        messages=[msg("Hola, pedí mi talla de siempre y las zapatillas me quedan pequeñísimas, no me entran ni con calcetín fino. Ya he subido las fotos con la cinta métrica como me pedisteis.", "2026-11-20T19:00:00Z")],
        opened_at="2026-11-12T19:00:00Z")),
]
