"""Source of the tenth set's disputes (all invented). Key = file stem; value = (intended remedy, dispute)."""

def order(oid, title, price, cur, placed, qty=1):
    return {"id": oid, "items": [{"title": title, "quantity": qty, "unit_price": price}],
            "total": round(price * qty, 2), "currency": cur, "placed_at": placed}

def buyer(name, country, lang=None):
    b = {"name": name, "country": country}
    if lang:
        b["language"] = lang
    return b

def msg(text, at, author="buyer"):
    return {"author": author, "text": text, "at": at}

DISPUTES = {
 # ---- evidence_by_problem_type ----
 "x01_en_evidence": ("evidence_by_problem_type", {
   "id": "X10-0001", "reason": "not_as_described", "problem": "damaged", "stage": "open",
   "shipment": {"status": "delivered", "carrier": "Royal Mail", "tracking_number": "RM418822107GB"},
   "order": order("7300112233445501", "Glass teapot with infuser", 27.5, "GBP", "2026-10-02T11:00:00Z"),
   "buyer": buyer("Harriet Pembroke", "GB", "en-GB"),
   "seller": {"store_name": "Willowmere Home", "signature": "Sam, Willowmere Home"},
   "messages": [msg("The teapot arrived with a big crack down the side and the lid is chipped. Really disappointed, it was meant to be a present.", "2026-10-20T09:00:00Z")],
   "opened_at": "2026-10-20T09:05:00Z"}),
 "x02_es_evidence": ("evidence_by_problem_type", {
   "id": "X10-0002", "reason": "not_as_described", "problem": "size_or_fit", "stage": "open",
   "shipment": {"status": "delivered", "carrier": "Estafeta", "tracking_number": "EST5520193847MX"},
   "order": order("7300112233445502", "Chamarra de mezclilla oversize", 689.0, "MXN", "2026-09-28T16:20:00Z"),
   "buyer": buyer("Ximena Castañeda", "MX", "es-MX"),
   "seller": {"store_name": "Tienda Nopal", "signature": "Equipo Tienda Nopal"},
   "messages": [msg("Pedí talla M y me llegó muy chica, parece talla S o incluso XS. Las mangas no me llegan a la muñeca.", "2026-10-18T20:00:00Z")],
   "opened_at": "2026-10-18T20:10:00Z"}),
 "x03_de_evidence": ("evidence_by_problem_type", {
   "id": "X10-0003", "reason": "not_as_described", "problem": "not_working", "stage": "open",
   "shipment": {"status": "delivered", "carrier": "DHL Paket", "tracking_number": "JJD000390017745512"},
   "order": order("7300112233445503", "Elektrischer Milchaufschäumer", 34.99, "EUR", "2026-10-01T08:00:00Z"),
   "buyer": buyer("Jörg Wendeler", "DE", "de"),
   "seller": {"store_name": "KüchenFuchs", "signature": "Ihr KüchenFuchs-Team"},
   "messages": [msg("Der Milchaufschäumer geht nach zwei Sekunden einfach wieder aus. Akku ist voll geladen. So kann ich ihn nicht benutzen.", "2026-10-15T18:00:00Z")],
   "opened_at": "2026-10-15T18:02:00Z"}),
 # ---- customs_clearance ----
 "x04_pl_customs": ("customs_clearance", {
   "id": "X10-0004", "reason": "not_received", "stage": "open",
   "shipment": {"status": "customs_hold", "carrier": "Poczta Polska", "tracking_number": "UB774410238CN", "duties_payer": "buyer"},
   "order": order("7300112233445504", "Zestaw noży kuchennych", 412.0, "PLN", "2026-09-20T10:00:00Z"),
   "buyer": buyer("Agnieszka Wróblewska", "PL", "pl"),
   "seller": {"store_name": "Ostrze Sklep", "signature": "Zespół Ostrze Sklep"},
   "messages": [msg("Paczka od tygodnia stoi w urzędzie celnym. Dlaczego nic się nie dzieje?", "2026-10-22T07:30:00Z")],
   "opened_at": "2026-10-22T07:31:00Z"}),
 "x05_it_customs": ("customs_clearance", {
   "id": "X10-0005", "reason": "not_received", "stage": "open",
   "shipment": {"status": "customs_hold", "carrier": "Poste Italiane", "tracking_number": "LX302918456CN", "duties_payer": "seller"},
   "order": order("7300112233445505", "Lampada da scrivania LED pieghevole", 45.9, "EUR", "2026-09-25T12:00:00Z"),
   "buyer": buyer("Benedetta Fumagalli", "IT", "it"),
   "seller": {"store_name": "Luce Viva", "signature": "Lo staff di Luce Viva"},
   "messages": [msg("Il pacco è fermo in dogana e mi chiedono di pagare. Io non pago niente, l'ho già pagato!", "2026-10-21T10:00:00Z")],
   "opened_at": "2026-10-21T10:05:00Z"}),
 "x06_fr_customs": ("customs_clearance", {
   "id": "X10-0006", "reason": "not_received", "stage": "open",
   "shipment": {"status": "customs_hold", "carrier": "Postes Canada", "tracking_number": "CA662019873CN"},
   "order": order("7300112233445506", "Bottes d'hiver imperméables", 118.0, "CAD", "2026-10-03T14:00:00Z"),
   "buyer": buyer("Gabrielle Tremblay", "CA", "fr-CA"),
   "seller": {"store_name": "Boréal Chaussures", "signature": "L'équipe Boréal Chaussures"},
   "messages": [msg("Bonjour, mon colis est bloqué aux douanes depuis plusieurs jours. J'en ai besoin avant les premières neiges, qu'est-ce qui se passe?", "2026-10-24T13:00:00Z")],
   "opened_at": "2026-10-24T13:02:00Z"}),
 # ---- extend_delivery_time ----
 "x07_pt_extend": ("extend_delivery_time", {
   "id": "X10-0007", "reason": "not_received", "stage": "open",
   "shipment": {"status": "in_transit", "carrier": "Correios", "tracking_number": "NL839201746BR"},
   "order": order("7300112233445507", "Fone de ouvido Bluetooth esportivo", 159.9, "BRL", "2026-10-05T22:00:00Z"),
   "buyer": buyer("Thiago Albuquerque", "BR", "pt-BR"),
   "seller": {"store_name": "SomMax", "signature": "Equipe SomMax", "protection_extension_days": 20},
   "messages": [msg("Já faz muito tempo e o fone não chegou. O rastreio parou. Vou perder meu dinheiro?", "2026-11-02T12:00:00Z")],
   "opened_at": "2026-11-02T12:05:00Z"}),
 "x08_nl_extend": ("extend_delivery_time", {
   "id": "X10-0008", "reason": "not_received", "stage": "open",
   "shipment": {"status": "in_transit", "carrier": "PostNL", "tracking_number": "3SQLZ48120553"},
   "order": order("7300112233445508", "Fietslampen set USB-oplaadbaar", 19.95, "EUR", "2026-10-09T09:00:00Z"),
   "buyer": buyer("Sanne de Vries", "NL"),
   "messages": [msg("Hallo, ik wacht nu al drie weken op mijn fietslampen en de track en trace zegt alleen dat het pakket onderweg is. Wanneer komt het eigenlijk? Ik heb het geschil geopend omdat ik bang ben dat ik mijn geld kwijt ben.", "2026-11-01T08:40:00Z")],
   "opened_at": "2026-11-01T08:45:00Z"}),
 # ---- offer_reshipment ----
 "x09_tr_reship_offer": ("offer_reshipment", {
   "id": "X10-0009", "reason": "not_received", "stage": "open",
   "shipment": {"status": "lost", "carrier": "PTT Kargo", "tracking_number": "RT550318264CN"},
   "reship": {"buyer_answer": "not_asked"},
   "order": order("7300112233445509", "Akıllı saat kayışı seti", 349.0, "TRY", "2026-09-15T10:00:00Z"),
   "buyer": buyer("Elif Yıldırım", "TR"),
   "seller": {"store_name": "Kayış Dünyası", "signature": "Kayış Dünyası ekibi"},
   "messages": [msg("Merhaba, siparişim bir aydır gelmedi ve kargo takip sayfasında hiçbir hareket yok. Paketim kayboldu mu? Lütfen bana ne olduğunu söyleyin, çok bekledim.", "2026-10-28T15:00:00Z")],
   "opened_at": "2026-10-28T15:10:00Z"}),
 "x10_sv_reship_offer": ("offer_reshipment", {
   "id": "X10-0010", "reason": "not_received", "stage": "open",
   "shipment": {"status": "lost", "carrier": "PostNord", "tracking_number": "LA991028374CN"},
   "reship": {"buyer_answer": "asked"},
   "order": order("7300112233445510", "Ullfilt i fiskbensmönster", 429.0, "SEK", "2026-09-18T10:00:00Z"),
   "buyer": buyer("Linnea Holmqvist", "SE", "sv"),
   "seller": {"store_name": "Nordljus Textil", "signature": "Nordljus Textil team"},
   "messages": [msg("Hej! PostNord säger att paketet inte går att hitta. Vad gör vi nu?", "2026-10-30T17:00:00Z")],
   "opened_at": "2026-10-30T17:03:00Z"}),
 # ---- confirm_reshipment ----
 "x11_ru_reship_confirm": ("confirm_reshipment", {
   "id": "X10-0011", "reason": "not_received", "stage": "open",
   "shipment": {"status": "lost", "carrier": "Почта России", "tracking_number": "RS118273645CN"},
   "reship": {"buyer_answer": "agreed", "tracking_number": "RS220918374CN"},
   "order": order("7300112233445511", "Термокружка из нержавеющей стали", 1290.0, "RUB", "2026-09-10T06:00:00Z"),
   "buyer": buyer("Дмитрий Соколов", "RU"),
   "seller": {"store_name": "ТеплоДом", "signature": "Команда ТеплоДом"},
   "messages": [msg("Здравствуйте. Хорошо, я согласен, отправьте кружку ещё раз, пожалуйста. Только напишите мне новый трек-номер, чтобы я мог следить за посылкой.", "2026-10-29T07:00:00Z")],
   "opened_at": "2026-10-20T07:00:00Z"}),
 "x12_cs_reship_confirm": ("confirm_reshipment", {
   "id": "X10-0012", "reason": "not_received", "stage": "open",
   "shipment": {"status": "lost", "carrier": "Česká pošta", "tracking_number": "RR604411982CN"},
   "reship": {"buyer_answer": "agreed", "tracking_number": "CZ7730019264"},
   "order": order("7300112233445512", "Dětská stavebnice s magnety", 899.0, "CZK", "2026-09-12T09:00:00Z"),
   "buyer": buyer("Tereza Dvořáková", "CZ", "cs"),
   "seller": {"store_name": "Hračkov", "signature": "Tým Hračkov"},
   "messages": [msg("Ano, pošlete to prosím znovu. Syn má za chvíli narozeniny.", "2026-10-27T19:00:00Z")],
   "opened_at": "2026-10-21T19:00:00Z"}),
 # ---- propose_partial_or_return ----
 "x13_en_partial": ("propose_partial_or_return", {
   "id": "X10-0013", "reason": "not_as_described", "problem": "color_or_appearance", "stage": "escalated",
   "buyer_evidence": [{"kind": "photo", "note": "sofa cover in grey instead of sage green"}],
   "shipment": {"status": "delivered", "carrier": "USPS", "tracking_number": "9400111899223345678901"},
   "order": order("7300112233445513", "Stretch sofa cover, 3-seater", 64.5, "USD", "2026-09-30T03:00:00Z"),
   "buyer": buyer("Dwayne Okafor", "US", "en-US"),
   "seller": {"store_name": "CozyNest Supply", "signature": "CozyNest Supply team"},
   "messages": [msg("I sent photos. It's grey, not sage green like the pictures. Not what I paid for.", "2026-10-19T01:00:00Z")],
   "opened_at": "2026-10-12T01:00:00Z"}),
 "x14_es_partial": ("propose_partial_or_return", {
   "id": "X10-0014", "reason": "not_as_described", "problem": "quality", "stage": "escalated",
   "buyer_evidence": [{"kind": "photo", "note": "costuras sueltas"}, {"kind": "video"}],
   "shipment": {"status": "delivered", "carrier": "Correos", "tracking_number": "LV448201937CN"},
   "order": order("7300112233445514", "Mochila de senderismo 30 L", 48.0, "EUR", "2026-09-22T08:00:00Z"),
   "buyer": buyer("Íñigo Larrañaga", "ES", "es"),
   "seller": {"store_name": "Cumbre Outdoor", "signature": "Equipo Cumbre Outdoor", "max_partial_refund_pct": 25},
   "messages": [msg("Os he mandado fotos y un vídeo: las costuras de las correas se están soltando después de una sola salida.", "2026-10-17T19:00:00Z")],
   "opened_at": "2026-10-10T19:00:00Z"}),
 "x15_ko_partial": ("propose_partial_or_return", {
   "id": "X10-0015", "reason": "not_as_described", "problem": "missing_parts", "stage": "escalated",
   "buyer_evidence": [{"kind": "photo", "note": "부품 사진"}],
   "shipment": {"status": "delivered", "carrier": "CJ대한통운", "tracking_number": "CJ684420019352"},
   "order": order("7300112233445515", "원목 접이식 캠핑 테이블", 58900, "KRW", "2026-09-26T05:00:00Z"),
   "buyer": buyer("박서연", "KR", "ko"),
   "seller": {"store_name": "숲속캠핑", "signature": "숲속캠핑 드림", "max_partial_refund_pct": 20},
   "messages": [msg("사진 보냈어요. 다리 고정 나사가 하나도 안 들어 있어요.", "2026-10-16T02:00:00Z")],
   "opened_at": "2026-10-09T02:00:00Z"}),
 # ---- await_platform_decision ----
 "x16_ja_await": ("await_platform_decision", {
   "id": "X10-0016", "reason": "not_received", "stage": "escalated", "seller_evidence_submitted": True,
   "shipment": {"status": "delivered", "carrier": "日本郵便", "tracking_number": "EJ338201947JP"},
   "order": order("7300112233445516", "折りたたみ傘 自動開閉", 2480, "JPY", "2026-09-29T01:00:00Z"),
   "buyer": buyer("佐藤 美咲", "JP", "ja"),
   "seller": {"store_name": "雨音ストア", "signature": "雨音ストア スタッフ一同"},
   "messages": [msg("配達済みになっていますが、受け取っていません。プラットフォームに判断してもらいます。", "2026-10-25T03:00:00Z")],
   "opened_at": "2026-10-18T03:00:00Z"}),
 "x17_it_await": ("await_platform_decision", {
   "id": "X10-0017", "reason": "not_as_described", "problem": "counterfeit", "stage": "escalated", "seller_evidence_submitted": True,
   "shipment": {"status": "delivered", "carrier": "BRT", "tracking_number": "BRT05529381740"},
   "order": order("7300112233445517", "Portafoglio in pelle con protezione RFID", 39.0, "EUR", "2026-09-27T17:00:00Z"),
   "buyer": buyer("Gianluca Ferraresi", "IT", "it"),
   "seller": {"store_name": "Pelletteria Arno", "signature": "Pelletteria Arno"},
   "messages": [msg("Secondo me non è vera pelle. Ho aperto la contestazione sulla piattaforma.", "2026-10-23T21:00:00Z")],
   "opened_at": "2026-10-14T21:00:00Z"}),
 # ---- escalation_reply ----
 "x18_zh_escalation": ("escalation_reply", {
   "id": "X10-0018", "reason": "not_received", "stage": "escalated",
   "shipment": {"status": "in_transit", "carrier": "顺丰国际", "tracking_number": "SF1402938475612"},
   "order": order("7300112233445518", "陶瓷茶具套装", 268.0, "CNY", "2026-09-21T02:00:00Z"),
   "buyer": buyer("陈志强", "SG", "zh"),
   "seller": {"store_name": "青瓷坊", "signature": "青瓷坊客服团队"},
   "messages": [msg("等了这么久还没到，我已经把纠纷提交给平台了。", "2026-10-26T04:00:00Z")],
   "opened_at": "2026-10-12T04:00:00Z"}),
 "x19_uk_escalation": ("escalation_reply", {
   "id": "X10-0019", "reason": "not_as_described", "problem": "wrong_item", "stage": "escalated",
   "shipment": {"status": "delivered", "carrier": "Нова Пошта", "tracking_number": "20450018273645"},
   "order": order("7300112233445519", "Чохол для ноутбука 14 дюймів", 780.0, "UAH", "2026-09-24T10:00:00Z"),
   "buyer": buyer("Оксана Мельник", "UA", "uk"),
   "seller": {"store_name": "Чохли Плюс", "signature": "Команда Чохли Плюс"},
   "messages": [msg("Мені прийшов зовсім не той чохол. Я передала спір на платформу, бо ви довго не відповідали.", "2026-10-24T09:00:00Z")],
   "opened_at": "2026-10-13T09:00:00Z"}),
 # ---- return_instructions ----
 "x20_ro_return_instr": ("return_instructions", {
   "id": "X10-0020", "reason": "not_as_described", "problem": "damaged", "stage": "ruled",
   "platform_ruling": "return_and_refund", "return_shipment": {"status": "not_shipped"},
   "shipment": {"status": "delivered", "carrier": "Fan Courier", "tracking_number": "FAN2219304857"},
   "order": order("7300112233445520", "Oglindă de perete rotundă", 215.0, "RON", "2026-09-14T10:00:00Z"),
   "buyer": buyer("Ioana Constantinescu", "RO", "ro"),
   "seller": {"store_name": "Casa Oglinzilor", "signature": "Echipa Casa Oglinzilor",
              "return_address": "Casa Oglinzilor Retururi, Str. Fabricii 14, Cluj-Napoca 400632, România"},
   "messages": [msg("Platforma a decis returul. Unde trimit oglinda?", "2026-11-03T10:00:00Z")],
   "opened_at": "2026-10-10T10:00:00Z"}),
 "x21_el_return_instr": ("return_instructions", {
   "id": "X10-0021", "reason": "not_as_described", "problem": "wrong_item", "stage": "ruled",
   "platform_ruling": "return_and_refund",
   "shipment": {"status": "delivered", "carrier": "ELTA Courier", "tracking_number": "EL401928374GR"},
   "order": order("7300112233445521", "Καφετιέρα espresso αλουμινίου", 32.0, "EUR", "2026-09-19T10:00:00Z"),
   "buyer": buyer("Νίκος Παπαδόπουλος", "GR", "el"),
   "seller": {"store_name": "Kafeneio Shop", "signature": "Η ομάδα του Kafeneio Shop",
              "return_address": "Kafeneio Shop Returns, Odos Ermou 77, 10563 Athina, Greece"},
   "messages": [msg("Η πλατφόρμα αποφάσισε επιστροφή χρημάτων. Πού στέλνω την καφετιέρα;", "2026-11-04T10:00:00Z")],
   "opened_at": "2026-10-11T10:00:00Z"}),
 "x22_da_return_instr": ("return_instructions", {
   "id": "X10-0022", "reason": "not_as_described", "problem": "size_or_fit", "stage": "ruled",
   "platform_ruling": "return_and_refund", "return_shipment": {"status": "in_transit"},
   "shipment": {"status": "delivered", "carrier": "GLS", "tracking_number": "GLS88120394756"},
   "order": order("7300112233445522", "Regnjakke til børn", 349.0, "DKK", "2026-09-17T10:00:00Z"),
   "buyer": buyer("Mette Kjærgaard", "DK", "da"),
   "seller": {"store_name": "Regnvejr ApS", "signature": "Venlig hilsen, Regnvejr ApS",
              "return_address": "Regnvejr ApS, Returafdelingen, Industrivej 9, 7100 Vejle, Danmark"},
   "messages": [msg("Jeg har fået at vide, at jeg skal sende jakken retur. Er adressen stadig den samme?", "2026-11-05T10:00:00Z")],
   "opened_at": "2026-10-12T10:00:00Z"}),
 # ---- return_received ----
 "x23_hu_return_received": ("return_received", {
   "id": "X10-0023", "reason": "not_as_described", "problem": "not_working", "stage": "ruled",
   "platform_ruling": "return_and_refund", "return_shipment": {"status": "received", "tracking_number": "MPL5510293847"},
   "shipment": {"status": "delivered", "carrier": "Magyar Posta", "tracking_number": "RB229384756CN"},
   "order": order("7300112233445523", "Vezeték nélküli egér", 8990, "HUF", "2026-09-11T10:00:00Z"),
   "buyer": buyer("Kovács Zsófia", "HU", "hu"),
   "seller": {"store_name": "EgérPont", "signature": "Az EgérPont csapata"},
   "messages": [msg("Visszaküldtem az egeret, a követés szerint már megérkezett.", "2026-11-06T10:00:00Z")],
   "opened_at": "2026-10-08T10:00:00Z"}),
 "x24_fi_return_received": ("return_received", {
   "id": "X10-0024", "reason": "not_as_described", "problem": "color_or_appearance", "stage": "ruled",
   "return_shipment": {"status": "received"},
   "shipment": {"status": "delivered", "carrier": "Posti", "tracking_number": "JJFI6541230098"},
   "order": order("7300112233445524", "Villasukat, 3 paria", 24.9, "EUR", "2026-09-16T10:00:00Z"),
   "buyer": buyer("Aino Virtanen", "FI", "fi"),
   "seller": {"store_name": "Lankakoti", "signature": "Lankakoti"},
   "messages": [msg("Palautin sukat viime viikolla. Tuleeko rahat nyt takaisin?", "2026-11-07T10:00:00Z")],
   "opened_at": "2026-10-09T10:00:00Z"}),
 "x25_de_return_received": ("return_received", {
   "id": "X10-0025", "reason": "not_as_described", "problem": "quality", "stage": "ruled",
   "platform_ruling": "return_and_refund", "return_shipment": {"status": "received", "tracking_number": "CH99102837465"},
   "shipment": {"status": "delivered", "carrier": "Swiss Post", "tracking_number": "RC338291047CN"},
   "order": order("7300112233445525", "Yogamatte aus Naturkautschuk", 69.0, "CHF", "2026-09-13T10:00:00Z"),
   "buyer": buyer("Reto Baumgartner", "CH", "de-CH"),
   "seller": {"store_name": "Atemraum Yoga", "signature": "Atemraum Yoga Kundenservice"},
   "messages": [msg("Die Matte ist zurück bei euch. Wann kommt das Geld?", "2026-11-08T10:00:00Z")],
   "opened_at": "2026-10-10T10:00:00Z"}),
 # extra escalation / await in other languages
 "x26_ar_escalation": ("escalation_reply", {
   "id": "X10-0026", "reason": "not_received", "stage": "escalated",
   "shipment": {"status": "lost", "carrier": "Aramex", "tracking_number": "AX7720193846"},
   "order": order("7300112233445526", "ساعة حائط خشبية", 145.0, "SAR", "2026-09-20T10:00:00Z"),
   "buyer": buyer("ليلى الحربي", "SA", "ar"),
   "seller": {"store_name": "بيت الوقت", "signature": "فريق بيت الوقت"},
   "messages": [msg("لم تصلني الساعة حتى الآن، ولذلك رفعت النزاع إلى المنصة.", "2026-10-27T10:00:00Z")],
   "opened_at": "2026-10-13T10:00:00Z"}),
}
