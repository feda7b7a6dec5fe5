"""Hand-written disputes for the `twentyfourth` checker test set.

Each entry: key -> (filename stem, intended remedy, dispute dict).
"""


def d(id, reason, stage, buyer, order, messages, opened_at, seller, problem=None, shipment=None,
      reship=None, seller_evidence_submitted=None, buyer_evidence=None, platform_ruling=None,
      return_shipment=None):
    out = {"id": id, "reason": reason}
    if problem:
        out["problem"] = problem
    out["stage"] = stage
    if platform_ruling:
        out["platform_ruling"] = platform_ruling
    if return_shipment:
        out["return_shipment"] = return_shipment
    if shipment:
        out["shipment"] = shipment
    if reship:
        out["reship"] = reship
    if seller_evidence_submitted is not None:
        out["seller_evidence_submitted"] = seller_evidence_submitted
    if buyer_evidence:
        out["buyer_evidence"] = buyer_evidence
    out["order"] = order
    out["buyer"] = buyer
    out["messages"] = messages
    out["opened_at"] = opened_at
    out["seller"] = seller
    return out


def b(name, country, language):
    return {"name": name, "country": country, "language": language}


def o(id, items, total, currency, placed_at=None):
    out = {"id": id, "items": [{"title": t, "quantity": q, "unit_price": p} for t, q, p in items],
           "total": total, "currency": currency}
    if placed_at:
        out["placed_at"] = placed_at
    return out


def m(text, at, author="buyer"):
    return {"author": author, "at": at, "text": text}


DISPUTES = {
    "i01": ("i01_en_partial_bottle", "propose_partial_or_return", d(
        "DSP-2027-2400101", "not_as_described", "escalated", problem="quality",
        buyer=b("Megan Walsh", "US", "en-US"),
        order=o("8200114477105521", [("Stainless steel insulated water bottle 1L", 1, 28.40)], 28.40, "USD", "2027-02-03T16:20:00Z"),
        shipment={"status": "delivered", "carrier": "AliExpress Standard Shipping", "tracking_number": "LX204718863CN"},
        buyer_evidence=[{"kind": "photo", "note": "dent on the side and the lid seal peeling off"},
                        {"kind": "video", "note": "water leaking when the bottle is tipped"}],
        messages=[m("The bottle leaks from the lid and there's a big dent on the side. I sent photos and a video. I paid for a bottle that keeps drinks cold, not one that soaks my bag.", "2027-03-01T14:05:00Z")],
        opened_at="2027-02-26T10:00:00Z",
        seller={"store_name": "Northwind Outdoor"})),

    "i02": ("i02_es_in_transit_shoes", "extend_delivery_time", d(
        "DSP-2027-2400102", "not_received", "open",
        buyer=b("Lucía Fernández", "ES", "es-ES"),
        order=o("8200220193847756", [("Zapatillas de running transpirables", 1, 45.99)], 45.99, "EUR", "2027-02-10T09:12:00Z"),
        shipment={"status": "in_transit", "carrier": "Cainiao / Correos Express", "tracking_number": "LP00471829365CN", "shipped_at": "2027-02-12"},
        messages=[m("Hola, pedí las zapatillas hace casi un mes y todavía no han llegado. El seguimiento dice que están en tránsito pero no avanza. Quiero saber qué pasa.", "2027-03-08T19:40:00Z")],
        opened_at="2027-03-08T19:42:00Z",
        seller={"store_name": "Paso Firme", "signature": "Equipo de Paso Firme", "protection_extension_days": 20})),

    "i03": ("i03_fr_return_dress", "return_instructions", d(
        "DSP-2027-2400103", "not_as_described", "ruled", problem="size_or_fit", platform_ruling="return_and_refund",
        return_shipment={"status": "not_shipped"},
        buyer=b("Camille Laurent", "FR", "fr"),
        order=o("8200337712904418", [("Robe en lin taille M", 1, 54.00)], 54.00, "EUR", "2027-01-20T12:00:00Z"),
        shipment={"status": "delivered", "carrier": "Cainiao / Colissimo", "tracking_number": "LP00918273645CN"},
        messages=[m("Bonjour, la plateforme m'a donné raison pour le retour. Pouvez-vous me redonner l'adresse exacte ? Je ne veux pas que le colis se perde.", "2027-03-02T08:15:00Z")],
        opened_at="2027-02-14T11:30:00Z",
        seller={"store_name": "Atelier Lin", "signature": "L'équipe Atelier Lin",
                "return_address": "Retours Atelier Lin, 8 rue de la Gare, 59100 Roubaix, France"})),

    "i04": ("i04_de_customs_buyer_grinder", "customs_clearance", d(
        "DSP-2027-2400104", "not_received", "open",
        buyer=b("Stefanie Wagner", "CH", "de-CH"),
        order=o("8200448830217765", [("Elektrische Kaffeemühle aus Edelstahl", 1, 89.00)], 89.00, "CHF", "2027-02-01T07:45:00Z"),
        shipment={"status": "customs_hold", "carrier": "Cainiao / Swiss Post", "tracking_number": "LP00830215577CN", "duties_payer": "buyer", "shipped_at": "2027-02-03"},
        messages=[m("Guten Tag, meine Kaffeemühle hängt seit zwei Wochen beim Zoll fest. Ich habe keine Ahnung, was ich tun soll. Bitte um Hilfe.", "2027-02-27T13:10:00Z")],
        opened_at="2027-02-27T13:12:00Z",
        seller={"store_name": "Kaffeewerk Shop", "signature": "Ihr Kaffeewerk-Team"})),

    "i05": ("i05_it_lost_knives", "offer_reshipment", d(
        "DSP-2027-2400105", "not_received", "open",
        buyer=b("Giulia Romano", "IT", "it"),
        order=o("8200556619043382", [("Set di coltelli da cucina in acciaio", 1, 39.90)], 39.90, "EUR", "2027-01-15T18:30:00Z"),
        shipment={"status": "lost", "carrier": "Cainiao / Poste Italiane", "tracking_number": "LP00650093312CN", "shipped_at": "2027-01-17"},
        reship={"buyer_answer": "not_asked"},
        messages=[m("Buongiorno, il tracciamento è fermo da settimane e le Poste dicono di non avere il pacco. Mi sa che è andato perso. Come facciamo?", "2027-03-03T10:20:00Z")],
        opened_at="2027-03-03T10:21:00Z",
        seller={"store_name": "Cucina Viva", "signature": "Il team di Cucina Viva"})),

    "i06": ("i06_pt_damaged_pans", "evidence_by_problem_type", d(
        "DSP-2027-2400106", "not_as_described", "open", problem="damaged",
        buyer=b("Ana Carolina Souza", "BR", "pt-BR"),
        order=o("8200663390127745", [("Jogo de panelas antiaderente 5 peças", 1, 219.90)], 219.90, "BRL", "2027-02-05T21:00:00Z"),
        shipment={"status": "delivered", "carrier": "Cainiao / Correios", "tracking_number": "NL782204519BR"},
        messages=[m("Olá, as panelas chegaram amassadas e uma tampa veio com o vidro trincado. A caixa estava toda rasgada. Estou muito chateada, era um presente.", "2027-03-05T22:10:00Z")],
        opened_at="2027-03-05T22:12:00Z",
        seller={"store_name": "Cozinha Feliz", "signature": "Equipe Cozinha Feliz"})),

    "i07": ("i07_pl_reship_agreed_lamp", "confirm_reshipment", d(
        "DSP-2027-2400107", "not_received", "open",
        buyer=b("Katarzyna Wiśniewska", "PL", "pl"),
        order=o("8200771148820096", [("Lampka nocna dla dzieci z pilotem", 1, 79.99)], 79.99, "PLN", "2027-01-22T08:00:00Z"),
        shipment={"status": "lost", "carrier": "Cainiao / InPost", "tracking_number": "LP00118822334CN"},
        reship={"buyer_answer": "agreed", "tracking_number": "LP00778899001CN"},
        messages=[m("Dzień dobry, oczywiście, proszę wysłać lampkę jeszcze raz. Adres się nie zmienił. Córka bardzo na nią czeka.", "2027-03-04T17:30:00Z")],
        opened_at="2027-02-25T09:00:00Z",
        seller={"store_name": "Jasny Dom", "signature": "Zespół Jasny Dom"})),

    "i08": ("i08_ru_await_vacuum", "await_platform_decision", d(
        "DSP-2027-2400108", "not_received", "escalated", seller_evidence_submitted=True,
        buyer=b("Ольга Смирнова", "RU", "ru"),
        order=o("8200889903321457", [("Беспроводной пылесос для дома", 1, 6490)], 6490, "RUB", "2027-01-28T06:00:00Z"),
        shipment={"status": "delivered", "carrier": "Cainiao / Почта России", "tracking_number": "RU449128835CN"},
        messages=[m("Я уже писала, что пылесос не получила. В почтовом отделении его нет. Передала спор на платформу, жду решения.", "2027-03-06T12:00:00Z")],
        opened_at="2027-02-24T15:00:00Z",
        seller={"store_name": "ДомТехника", "signature": "Команда ДомТехника"})),

    "i09": ("i09_nl_escalation_bikebag", "escalation_reply", d(
        "DSP-2027-2400109", "not_received", "escalated",
        buyer=b("Sanne de Vries", "NL", "nl"),
        order=o("8200992217746631", [("Waterdichte fietstas 25L", 1, 27.50)], 27.50, "EUR", "2027-01-30T14:00:00Z"),
        shipment={"status": "in_transit", "carrier": "Cainiao / PostNL", "tracking_number": "LP00562210984CN"},
        messages=[m("Ik heb nu al drie keer gevraagd waar mijn fietstas blijft en krijg steeds hetzelfde antwoord. Ik heb het geschil nu bij het platform neergelegd.", "2027-03-07T20:45:00Z")],
        opened_at="2027-02-28T09:30:00Z",
        seller={"store_name": "Fietsfabriek", "signature": "Team Fietsfabriek"})),

    "i10": ("i10_tr_return_received_earbuds", "return_received", d(
        "DSP-2027-2400110", "not_as_described", "ruled", problem="not_working", platform_ruling="return_and_refund",
        return_shipment={"status": "received", "tracking_number": "TR7730419826"},
        buyer=b("Elif Yılmaz", "TR", "tr"),
        order=o("8201013386602274", [("Kablosuz kulak içi kulaklık", 1, 1299.90)], 1299.90, "TRY", "2027-01-09T11:00:00Z"),
        shipment={"status": "delivered", "carrier": "Cainiao / PTT", "tracking_number": "LP00903318275CN"},
        messages=[m("Merhaba, kulaklığı iade kargosuyla geri gönderdim. Ulaştı mı? Param ne zaman yatar?", "2027-03-09T09:05:00Z")],
        opened_at="2027-02-10T10:00:00Z",
        seller={"store_name": "Anadolu Elektronik", "signature": "Anadolu Elektronik Ekibi"})),

    "i11": ("i11_ko_not_working_vacuum", "evidence_by_problem_type", d(
        "DSP-2027-2400111", "not_as_described", "open", problem="not_working",
        buyer=b("김민지", "KR", "ko"),
        order=o("8201124450019863", [("무선 핸디 청소기", 1, 89000)], 89000, "KRW", "2027-02-14T03:00:00Z"),
        shipment={"status": "delivered", "carrier": "Cainiao / CJ대한통운", "tracking_number": "LP00728830041CN"},
        messages=[m("안녕하세요. 청소기를 완전히 충전했는데 전원 버튼을 눌러도 몇 초 돌다가 바로 꺼져요. 처음부터 이랬어요. 어떻게 해야 하나요?", "2027-03-02T05:40:00Z")],
        opened_at="2027-03-02T05:41:00Z",
        seller={"store_name": "하나몰", "signature": "하나몰 고객지원팀"})),

    "i12": ("i12_ja_partial_earphones", "propose_partial_or_return", d(
        "DSP-2027-2400112", "not_as_described", "escalated", problem="not_working",
        buyer=b("佐藤 健", "JP", "ja"),
        order=o("8201230078815540", [("ワイヤレスイヤホン ノイズキャンセリング", 1, 4980)], 4980, "JPY", "2027-02-02T01:00:00Z"),
        shipment={"status": "delivered", "carrier": "Cainiao / 日本郵便", "tracking_number": "LP00437716620CN"},
        buyer_evidence=[{"kind": "video", "note": "左耳だけ音が出ない"}],
        messages=[m("左側のイヤホンから音が出ません。動画を送りました。ペアリングし直しても同じです。", "2027-03-03T02:30:00Z")],
        opened_at="2027-02-25T04:00:00Z",
        seller={"store_name": "ミライ電機ストア", "signature": "ミライ電機ストア スタッフ一同", "max_partial_refund_pct": 25})),

    "i13": ("i13_zh_in_transit_lunchbox", "extend_delivery_time", d(
        "DSP-2027-2400113", "not_received", "open",
        buyer=b("林晓雯", "SG", "zh-CN"),
        order=o("8201345562208817", [("儿童不锈钢保温饭盒", 2, 16.25)], 32.50, "SGD", "2027-02-11T04:20:00Z"),
        shipment={"status": "in_transit", "carrier": "Yanwen", "tracking_number": "YT2203145566778", "shipped_at": "2027-02-13"},
        messages=[m("你好，我的饭盒已经等了三个多星期了，物流信息一直显示运输中。孩子下周开学要用，请问到底什么时候能到？", "2027-03-06T07:15:00Z")],
        opened_at="2027-03-06T07:16:00Z",
        seller={"store_name": "Happy Home 家居", "signature": "Happy Home 家居客服团队", "protection_extension_days": 30})),

    "i14": ("i14_ar_customs_seller_watch", "customs_clearance", d(
        "DSP-2027-2400114", "not_received", "open",
        buyer=b("ليلى الحسن", "SA", "ar"),
        order=o("8201456673301928", [("ساعة ذكية رياضية مقاومة للماء", 1, 249.00)], 249.00, "SAR", "2027-02-06T15:00:00Z"),
        shipment={"status": "customs_hold", "carrier": "Aramex", "tracking_number": "AX5520918347", "duties_payer": "seller"},
        messages=[m("السلام عليكم، الشحنة محتجزة في الجمارك منذ أسبوع وأرسلوا لي رسالة بأن هناك رسوماً. هل يجب أن أدفعها أنا؟", "2027-03-01T18:25:00Z")],
        opened_at="2027-03-01T18:26:00Z",
        seller={"store_name": "متجر النخبة", "signature": "فريق متجر النخبة"})),

    "i15": ("i15_sv_return_kettle", "return_instructions", d(
        "DSP-2027-2400115", "not_as_described", "ruled", problem="damaged", platform_ruling="return_and_refund",
        return_shipment={"status": "not_shipped"},
        buyer=b("Erik Lindqvist", "SE", "sv"),
        order=o("8201567784412039", [("Elektrisk vattenkokare i glas", 1, 399)], 399, "SEK", "2027-01-26T10:10:00Z"),
        shipment={"status": "delivered", "carrier": "Cainiao / PostNord", "tracking_number": "LP00884410273CN"},
        messages=[m("Hej, plattformen har beslutat om retur och återbetalning. Vart ska jag skicka vattenkokaren?", "2027-03-04T15:50:00Z")],
        opened_at="2027-02-15T08:00:00Z",
        seller={"store_name": "Nordhem", "signature": "Nordhem kundservice",
                "return_address": "Nordhem Returer, Lagergatan 14, 418 78 Göteborg, Sverige"})),

    "i16": ("i16_cs_lost_mouse", "offer_reshipment", d(
        "DSP-2027-2400116", "not_received", "open",
        buyer=b("Tomáš Novák", "CZ", "cs"),
        order=o("8201678895523140", [("Bezdrátová myš s tichým klikáním", 1, 459)], 459, "CZK", "2027-01-19T19:00:00Z"),
        shipment={"status": "lost", "carrier": "Cainiao / Česká pošta", "tracking_number": "LP00219876543CN"},
        reship={"buyer_answer": "asked"},
        messages=[m("Dobrý den, zásilka se podle pošty ztratila. Myš pořád potřebuju, ale nevím, jestli má cenu čekat.", "2027-03-02T16:40:00Z")],
        opened_at="2027-03-02T16:41:00Z",
        seller={"store_name": "TechBox", "signature": "Tým TechBox"})),

    "i17": ("i17_uk_escalation_powerbank", "escalation_reply", d(
        "DSP-2027-2400117", "not_as_described", "escalated", problem="quality",
        buyer=b("Олександр Коваленко", "UA", "uk"),
        order=o("8201789906634251", [("Павербанк 20000 мАг", 1, 1150)], 1150, "UAH", "2027-02-04T09:00:00Z"),
        shipment={"status": "delivered", "carrier": "Cainiao / Нова Пошта", "tracking_number": "LP00506627714CN"},
        messages=[m("Павербанк заряджає телефон лише наполовину і сильно гріється. Ви відповідаєте шаблонами, тому я передав спір на платформу.", "2027-03-05T11:30:00Z")],
        opened_at="2027-02-27T10:00:00Z",
        seller={"store_name": "Енергія Шоп", "signature": "Команда Енергія Шоп"})),

    "i18": ("i18_ro_partial_backpack", "propose_partial_or_return", d(
        "DSP-2027-2400118", "not_as_described", "escalated", problem="quality",
        buyer=b("Andrei Popescu", "RO", "ro"),
        order=o("8201890017745362", [("Rucsac pentru laptop cu port USB", 1, 189.90)], 189.90, "RON", "2027-02-08T13:00:00Z"),
        shipment={"status": "delivered", "carrier": "Cainiao / Fan Courier", "tracking_number": "LP00617738825CN"},
        buyer_evidence=[{"kind": "photo", "note": "cusătura de la bretea s-a desfăcut"}],
        messages=[m("Bună ziua, bretea rucsacului s-a descusut după două zile. Am trimis poze pe platformă.", "2027-03-07T08:20:00Z")],
        opened_at="2027-02-28T12:00:00Z",
        seller={"store_name": "Atelier Rucsac", "signature": "Echipa Atelier Rucsac", "max_partial_refund_pct": 20})),

    "i19": ("i19_hu_reship_agreed_wallet", "confirm_reshipment", d(
        "DSP-2027-2400119", "not_received", "open",
        buyer=b("Kovács Eszter", "HU", "hu"),
        order=o("8201901128856473", [("Női bőr pénztárca", 1, 8990)], 8990, "HUF", "2027-01-24T17:00:00Z"),
        shipment={"status": "lost", "carrier": "Singapore Post", "tracking_number": "RB551203984SG"},
        reship={"buyer_answer": "agreed", "tracking_number": "RB551207736SG"},
        messages=[m("Jó napot! Rendben, kérem küldjék el újra a pénztárcát, ugyanarra a címre.", "2027-03-03T18:00:00Z")],
        opened_at="2027-02-26T14:00:00Z",
        seller={"store_name": "Bőrműhely", "signature": "A Bőrműhely csapata"})),

    "i20": ("i20_el_return_received_teaset", "return_received", d(
        "DSP-2027-2400120", "not_as_described", "ruled", problem="damaged",
        return_shipment={"status": "received", "tracking_number": "EL220981145GR"},
        buyer=b("Μαρία Παπαδοπούλου", "GR", "el"),
        order=o("8202012239967584", [("Κεραμικό σερβίτσιο τσαγιού", 1, 42.00)], 42.00, "EUR", "2027-01-12T09:30:00Z"),
        shipment={"status": "delivered", "carrier": "Cainiao / ΕΛΤΑ", "tracking_number": "LP00395518826CN"},
        messages=[m("Καλησπέρα, έστειλα πίσω το σερβίτσιο πριν από μία εβδομάδα. Το παραλάβατε;", "2027-03-08T16:00:00Z")],
        opened_at="2027-02-08T12:00:00Z",
        seller={"store_name": "Κεραμικά Αιγαίου", "signature": "Η ομάδα των Κεραμικών Αιγαίου"})),

    "i21": ("i21_da_customs_absent_blanket", "customs_clearance", d(
        "DSP-2027-2400121", "not_received", "open",
        buyer=b("Mette Nielsen", "DK", "da"),
        order=o("8202123340078695", [("Uldtæppe i merinould", 1, 420.00)], 420.00, "DKK", "2027-02-09T20:00:00Z"),
        shipment={"status": "customs_hold", "carrier": "PostNord", "tracking_number": "RR904412378CN"},
        messages=[m("Hej, min pakke står som tilbageholdt i tolden. Jeg har ikke fået noget brev. Hvad sker der?", "2027-03-04T07:30:00Z")],
        opened_at="2027-03-04T07:31:00Z",
        seller={"store_name": "Hygge Hjem", "signature": "Hygge Hjem-teamet"})),

    "i22": ("i22_fi_size_coat", "evidence_by_problem_type", d(
        "DSP-2027-2400122", "not_as_described", "open", problem="size_or_fit",
        buyer=b("Aino Virtanen", "FI", "fi"),
        order=o("8202234451189706", [("Naisten talvitakki, koko L", 1, 79.00)], 79.00, "EUR", "2027-02-07T10:00:00Z"),
        shipment={"status": "delivered", "carrier": "Cainiao / Posti", "tracking_number": "LP00240077519CN"},
        messages=[m("Hei, tilasin takin koossa L, mutta se on selvästi pienempi kuin kokotaulukossa. Hihat ovat aivan liian lyhyet.", "2027-03-06T18:10:00Z")],
        opened_at="2027-03-06T18:11:00Z",
        seller={"store_name": "Pohjola Style", "signature": "Pohjola Stylen tiimi"})),

    "i23": ("i23_en_await_speaker", "await_platform_decision", d(
        "DSP-2027-2400123", "not_as_described", "escalated", problem="damaged", seller_evidence_submitted=True,
        buyer=b("Oliver Bennett", "GB", "en-GB"),
        order=o("8202345562290817", [("Portable Bluetooth speaker, waterproof", 1, 34.99)], 34.99, "GBP", "2027-02-01T19:00:00Z"),
        shipment={"status": "delivered", "carrier": "Cainiao / Royal Mail", "tracking_number": "LP00716654402CN"},
        messages=[m("I've escalated this because the speaker grille was crushed when it arrived and I'm not getting anywhere. Let's see what the platform says.", "2027-03-07T21:00:00Z")],
        opened_at="2027-02-27T18:00:00Z",
        seller={"store_name": "SoundBay", "signature": "SoundBay Customer Care"})),

    "i24": ("i24_es_partial_lamp_mx", "propose_partial_or_return", d(
        "DSP-2027-2400124", "not_as_described", "escalated", problem="damaged",
        buyer=b("Alejandro Ruiz", "MX", "es-MX"),
        order=o("8202456673301928", [("Lámpara LED de escritorio regulable", 2, 349.50)], 699.00, "MXN", "2027-02-04T22:00:00Z"),
        shipment={"status": "delivered", "carrier": "Cainiao / Estafeta", "tracking_number": "LP00862290031CN"},
        buyer_evidence=[{"kind": "photo", "note": "una de las dos lámparas llegó con el brazo roto"}],
        messages=[m("Una de las dos lámparas llegó con el brazo quebrado, ya subí las fotos. Necesito una solución porque las compré para la oficina.", "2027-03-05T23:30:00Z")],
        opened_at="2027-02-26T17:00:00Z",
        seller={"store_name": "Casa Brillo", "signature": "Equipo Casa Brillo", "max_partial_refund_pct": 40})),
}
