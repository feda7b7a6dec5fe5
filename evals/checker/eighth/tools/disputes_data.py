"""Source of the eighth set's disputes (all invented). build.py writes them to ../disputes/."""


def _item(title, price, qty=1):
    d = {"title": title, "unit_price": price}
    if qty != 1:
        d["quantity"] = qty
    return d


# id -> (file stem, intended remedy, intended variant, expected buyer language, dispute dict)
DISPUTES = {}


def add(key, lang, remedy, variant, d):
    stem = f"{key}_{lang}_{remedy}"
    DISPUTES[key] = (stem, remedy, variant, lang, d)


# --- evidence_by_problem_type -------------------------------------------------
add("w01", "de", "evidence_by_problem_type", "not_working", {
    "id": "DSP-W8-0001", "reason": "not_as_described", "problem": "not_working", "stage": "open",
    "shipment": {"status": "delivered", "carrier": "Cainiao / Österreichische Post", "tracking_number": "LP00784512369CN"},
    "order": {"id": "3021558874102236", "items": [_item("Outdoor-Bluetooth-Lautsprecher wasserdicht", 34.90)],
              "total": 34.90, "currency": "EUR", "placed_at": "2026-10-28T11:20:00Z"},
    "buyer": {"name": "Katrin Hoffmann", "country": "AT", "language": "de-AT"},
    "seller": {"store_name": "Funkwerk Elektronik", "signature": "Ihr Team von Funkwerk Elektronik"},
    "messages": [{"author": "buyer", "at": "2026-11-18T19:02:00Z",
                  "text": "Grüß Gott, der Lautsprecher lässt sich zwar einschalten, aber nach ein paar Sekunden geht er einfach wieder aus. Aufgeladen habe ich ihn die ganze Nacht. So kann ich ihn nicht brauchen."}],
    "opened_at": "2026-11-18T19:05:00Z",
})
add("w02", "ja", "evidence_by_problem_type", "counterfeit", {
    "id": "DSP-W8-0002", "reason": "not_as_described", "problem": "counterfeit", "stage": "open",
    "shipment": {"status": "delivered", "carrier": "Cainiao / Japan Post", "tracking_number": "RJ305718264CN"},
    "order": {"id": "3021559930017745", "items": [_item("本革 二つ折り財布 ブラック", 5800)],
              "total": 5800, "currency": "JPY", "placed_at": "2026-10-30T02:10:00Z"},
    "buyer": {"name": "田中 美咲", "country": "JP", "language": "ja"},
    "seller": {"store_name": "Sakura Leather Goods", "signature": "Sakura Leather Goods 一同"},
    "messages": [{"author": "buyer", "at": "2026-11-19T03:40:00Z",
                  "text": "届いた財布ですが、本革と書いてあったのに合成皮革のような手触りで、ロゴの刻印も写真と違います。偽物ではないでしょうか。"}],
    "opened_at": "2026-11-19T03:41:00Z",
})
add("w03", "sv", "evidence_by_problem_type", "missing_parts", {
    "id": "DSP-W8-0003", "reason": "not_as_described", "problem": "missing_parts", "stage": "open",
    "shipment": {"status": "delivered", "carrier": "Cainiao / PostNord", "tracking_number": "LP00561230984CN"},
    "order": {"id": "3021560012398871", "items": [_item("Byggsats i trä, fyrtorn med belysning", 349.00)],
              "total": 349.00, "currency": "SEK", "placed_at": "2026-11-01T17:00:00Z"},
    "buyer": {"name": "Erik Lindqvist", "country": "SE", "language": "sv"},
    "seller": {"store_name": "Nordlys Hobby", "signature": "Hälsningar, Nordlys Hobby"},
    "messages": [{"author": "buyer", "at": "2026-11-20T08:15:00Z",
                  "text": "Hej! Byggsatsen kom i dag men lampan och batterihållaren saknas helt, och två av trädelarna till taket finns inte med. Vad gör vi nu?"}],
    "opened_at": "2026-11-20T08:16:00Z",
})

# --- customs_clearance --------------------------------------------------------
add("w04", "pl", "customs_clearance", "buyer", {
    "id": "DSP-W8-0004", "reason": "not_received", "stage": "open",
    "shipment": {"status": "customs_hold", "carrier": "Cainiao / InPost", "tracking_number": "LY248163570CN",
                 "shipped_at": "2026-11-02", "duties_payer": "buyer"},
    "order": {"id": "3021561177340952", "items": [_item("Ekspres ciśnieniowy do kawy, stal nierdzewna", 212.50)],
              "total": 212.50, "currency": "PLN", "placed_at": "2026-10-31T09:45:00Z"},
    "buyer": {"name": "Marta Zielińska", "country": "PL", "language": "pl"},
    "seller": {"store_name": "Amberline Shop", "signature": "Zespół Amberline Shop"},
    "messages": [{"author": "buyer", "at": "2026-11-21T12:30:00Z",
                  "text": "Dzień dobry, paczka od tygodnia stoi w urzędzie celnym i nic się nie dzieje. Co mam zrobić?"}],
    "opened_at": "2026-11-21T12:31:00Z",
})
add("w05", "fr-CA", "customs_clearance", "seller", {
    "id": "DSP-W8-0005", "reason": "not_received", "stage": "open",
    "shipment": {"status": "customs_hold", "carrier": "Cainiao / Postes Canada", "tracking_number": "LP00417852963CN",
                 "duties_payer": "seller"},
    "order": {"id": "3021562248001563", "items": [_item("Couverture chauffante en polaire", 89.99)],
              "total": 89.99, "currency": "CAD", "placed_at": "2026-11-03T22:00:00Z"},
    "buyer": {"name": "Gabrielle Tremblay", "country": "CA", "language": "fr-CA"},
    "seller": {"store_name": "Atelier Boréal", "signature": "L'équipe Atelier Boréal"},
    "messages": [{"author": "buyer", "at": "2026-11-22T14:00:00Z",
                  "text": "Bonjour, le suivi indique que mon colis est retenu aux douanes depuis plusieurs jours. Est-ce que je dois payer quelque chose? Merci de me revenir."}],
    "opened_at": "2026-11-22T14:02:00Z",
})
add("w06", "tr", "customs_clearance", "absent", {
    "id": "DSP-W8-0006", "reason": "not_received", "stage": "open",
    "shipment": {"status": "customs_hold", "carrier": "Cainiao / PTT Kargo", "tracking_number": "UH731904268CN"},
    "order": {"id": "3021563390457718", "items": [_item("El yapımı seramik çay bardağı seti", 1450.00)],
              "total": 1450.00, "currency": "TRY", "placed_at": "2026-11-04T07:30:00Z"},
    "buyer": {"name": "Emre Yıldız", "country": "TR"},
    "seller": {"store_name": "Anatolia Craft", "signature": "Anatolia Craft ekibi"},
    "messages": [{"author": "buyer", "at": "2026-11-22T06:50:00Z",
                  "text": "Merhaba, kargo takip sayfasında paketimin gümrükte beklediği yazıyor. Benden herhangi bir belge ya da ödeme istenmedi, ne yapmam gerektiğini bilmiyorum. Lütfen bana yardımcı olur musunuz? Teşekkürler."}],
    "opened_at": "2026-11-22T06:51:00Z",
})

# --- extend_delivery_time -----------------------------------------------------
add("w07", "es", "extend_delivery_time", None, {
    "id": "DSP-W8-0007", "reason": "not_received", "stage": "open",
    "shipment": {"status": "in_transit", "carrier": "Yanwen / Estafeta", "tracking_number": "YT2410975318462057",
                 "shipped_at": "2026-11-05"},
    "order": {"id": "3021564401186620", "items": [_item("Lámpara de escritorio LED con cargador inalámbrico", 640.00)],
              "total": 640.00, "currency": "MXN", "placed_at": "2026-11-03T18:25:00Z"},
    "buyer": {"name": "Valeria Ramírez", "country": "MX", "language": "es-MX"},
    "seller": {"store_name": "Casa Jade", "signature": "El equipo de Casa Jade", "protection_extension_days": 20},
    "messages": [{"author": "buyer", "at": "2026-11-23T01:10:00Z",
                  "text": "Hola, ya pasaron casi tres semanas y mi lámpara no llega. El rastreo casi no se actualiza. Abrí la disputa porque no quiero perder mi dinero."}],
    "opened_at": "2026-11-23T01:12:00Z",
})
add("w08", "ko", "extend_delivery_time", None, {
    "id": "DSP-W8-0008", "reason": "not_received", "stage": "open",
    "shipment": {"status": "in_transit", "carrier": "Cainiao / CJ대한통운", "tracking_number": "LP00603918274CN"},
    "order": {"id": "3021565512773304", "items": [_item("무선 기계식 키보드 화이트", 38000)],
              "total": 38000, "currency": "KRW", "placed_at": "2026-11-06T04:00:00Z"},
    "buyer": {"name": "김지훈", "country": "KR", "language": "ko"},
    "seller": {"store_name": "KeyNest Official", "signature": "KeyNest Official 드림"},
    "messages": [{"author": "buyer", "at": "2026-11-23T09:30:00Z",
                  "text": "안녕하세요. 배송 조회가 며칠째 그대로라서 분쟁을 열었습니다. 키보드가 언제 도착하나요?"}],
    "opened_at": "2026-11-23T09:31:00Z",
})

# --- offer_reshipment ---------------------------------------------------------
add("w09", "it", "offer_reshipment", None, {
    "id": "DSP-W8-0009", "reason": "not_received", "stage": "open",
    "shipment": {"status": "lost", "carrier": "Cainiao / Poste Italiane", "tracking_number": "LP00352718946CN"},
    "reship": {"buyer_answer": "not_asked"},
    "order": {"id": "3021566623119045", "items": [_item("Set di pennelli per acquerello in pelo sintetico", 27.40)],
              "total": 27.40, "currency": "EUR", "placed_at": "2026-10-20T16:00:00Z"},
    "buyer": {"name": "Giulia Russo", "country": "IT", "language": "it"},
    "seller": {"store_name": "Bottega Colori", "signature": "Lo staff di Bottega Colori"},
    "messages": [{"author": "buyer", "at": "2026-11-24T10:00:00Z",
                  "text": "Buongiorno, il tracciamento è fermo da un mese e Poste mi dice che il pacco risulta smarrito. Come possiamo risolvere?"}],
    "opened_at": "2026-11-24T10:01:00Z",
})
add("w10", "ro", "offer_reshipment", None, {
    "id": "DSP-W8-0010", "reason": "not_received", "stage": "open",
    "shipment": {"status": "lost", "carrier": "Cainiao / Poșta Română", "tracking_number": "RB472019385SG"},
    "reship": {"buyer_answer": "asked"},
    "order": {"id": "3021567734560981", "items": [_item("Rucsac de drumeție impermeabil", 159.00)],
              "total": 159.00, "currency": "RON", "placed_at": "2026-10-18T13:00:00Z"},
    "buyer": {"name": "Andrei Popescu", "country": "RO"},
    "seller": {"store_name": "Carpathia Gear", "signature": "Echipa Carpathia Gear"},
    "messages": [{"author": "buyer", "at": "2026-11-24T15:20:00Z",
                  "text": "Bună ziua, coletul meu nu a mai ajuns, iar la poștă mi-au spus că s-a pierdut pe drum. Ce variante am acum? Aș vrea să primesc rucsacul, dacă se poate. Mulțumesc frumos pentru răspuns."}],
    "opened_at": "2026-11-24T15:21:00Z",
})

# --- confirm_reshipment -------------------------------------------------------
add("w11", "nl", "confirm_reshipment", None, {
    "id": "DSP-W8-0011", "reason": "not_received", "stage": "open",
    "shipment": {"status": "lost", "carrier": "Cainiao / PostNL", "tracking_number": "LP00290456781CN"},
    "reship": {"buyer_answer": "agreed", "tracking_number": "LP00911340276CN"},
    "order": {"id": "3021568845901127", "items": [_item("Keramische plantenpot met schotel", 44.95)],
              "total": 44.95, "currency": "EUR", "placed_at": "2026-10-15T08:00:00Z"},
    "buyer": {"name": "Sanne de Vries", "country": "NL", "language": "nl"},
    "seller": {"store_name": "Tulipa Home"},
    "messages": [{"author": "buyer", "at": "2026-11-19T10:00:00Z",
                  "text": "Hoi, het pakket is kwijt volgens PostNL. Opnieuw versturen is prima voor mij."},
                 {"author": "buyer", "at": "2026-11-24T18:00:00Z",
                  "text": "Is de nieuwe pot al onderweg?"}],
    "opened_at": "2026-11-18T09:00:00Z",
})
add("w12", "pt", "confirm_reshipment", None, {
    "id": "DSP-W8-0012", "reason": "not_received", "stage": "open",
    "shipment": {"status": "lost", "carrier": "Cainiao / Correios", "tracking_number": "LB038472615CN"},
    "reship": {"buyer_answer": "agreed", "tracking_number": "LB715902846CN"},
    "order": {"id": "3021569956234478", "items": [_item("Fone de ouvido sem fio com cancelamento de ruído", 187.30)],
              "total": 187.30, "currency": "BRL", "placed_at": "2026-10-12T20:00:00Z"},
    "buyer": {"name": "Rafael Souza", "country": "BR", "language": "pt-BR"},
    "seller": {"store_name": "Loja Brisa", "signature": "Equipe Loja Brisa"},
    "messages": [{"author": "buyer", "at": "2026-11-20T21:00:00Z",
                  "text": "Oi, pode mandar de novo sim, meu endereço continua o mesmo. Só me avisa quando enviar, por favor."}],
    "opened_at": "2026-11-17T12:00:00Z",
})

# --- propose_partial_or_return ------------------------------------------------
add("w13", "en", "propose_partial_or_return", None, {
    "id": "DSP-W8-0013", "reason": "not_as_described", "problem": "color_or_appearance", "stage": "escalated",
    "buyer_evidence": [{"kind": "photo", "note": "jumper next to listing photo, colour much paler"}],
    "shipment": {"status": "delivered", "carrier": "Cainiao / Royal Mail", "tracking_number": "LP00138562947CN"},
    "order": {"id": "3021570067345589", "items": [_item("Chunky knit wool jumper, forest green", 45.90)],
              "total": 45.90, "currency": "GBP", "placed_at": "2026-10-22T19:00:00Z"},
    "buyer": {"name": "Oliver Bennett", "country": "GB", "language": "en-GB"},
    "seller": {"store_name": "Thistle & Thread"},
    "messages": [{"author": "buyer", "at": "2026-11-21T20:00:00Z",
                  "text": "I've uploaded the photos. The jumper is a washed-out mint, nothing like the forest green in your listing. I've escalated this as I got no proper answer."}],
    "opened_at": "2026-11-12T10:00:00Z",
})
add("w14", "cs", "propose_partial_or_return", None, {
    "id": "DSP-W8-0014", "reason": "not_as_described", "problem": "damaged", "stage": "escalated",
    "buyer_evidence": [{"kind": "photo", "note": "chipped rim on two glasses"}, {"kind": "photo", "note": "outer box"}],
    "shipment": {"status": "delivered", "carrier": "Cainiao / Zásilkovna", "tracking_number": "LP00826401735CN"},
    "order": {"id": "3021571178456690", "items": [_item("Sada sklenic na víno, ručně foukané sklo", 1290.00)],
              "total": 1290.00, "currency": "CZK", "placed_at": "2026-10-25T12:00:00Z"},
    "buyer": {"name": "Tereza Nováková", "country": "CZ", "language": "cs"},
    "seller": {"store_name": "Bohemia Glass Studio", "signature": "Tým Bohemia Glass Studio", "max_partial_refund_pct": 25},
    "messages": [{"author": "buyer", "at": "2026-11-22T09:00:00Z",
                  "text": "Dobrý den, posílám fotky, dvě sklenice mají otlučený okraj. Spor jsem předala platformě."}],
    "opened_at": "2026-11-14T09:00:00Z",
})
add("w15", "hu", "propose_partial_or_return", None, {
    "id": "DSP-W8-0015", "reason": "not_as_described", "problem": "quality", "stage": "escalated",
    "buyer_evidence": [{"kind": "video", "note": "non-stick coating peeling"}],
    "seller_evidence_submitted": True,
    "shipment": {"status": "delivered", "carrier": "Cainiao / Magyar Posta", "tracking_number": "LP00649027518CN"},
    "order": {"id": "3021572289567701", "items": [_item("Tapadásmentes serpenyő fedővel", 15990.00)],
              "total": 15990.00, "currency": "HUF", "placed_at": "2026-10-26T15:00:00Z"},
    "buyer": {"name": "Kovács Péter", "country": "HU", "language": "hu"},
    "seller": {"store_name": "Danube Kitchen", "signature": "A Danube Kitchen csapata"},
    "messages": [{"author": "buyer", "at": "2026-11-22T17:30:00Z",
                  "text": "Jó napot! Feltöltöttem a videót: a bevonat már az első héten lepattogzott. Ezért vittem a platform elé."}],
    "opened_at": "2026-11-15T17:00:00Z",
})

# --- await_platform_decision --------------------------------------------------
add("w16", "uk", "await_platform_decision", None, {
    "id": "DSP-W8-0016", "reason": "not_received", "stage": "escalated", "seller_evidence_submitted": True,
    "shipment": {"status": "delivered", "carrier": "Cainiao / Nova Poshta", "tracking_number": "LP00475192836CN"},
    "order": {"id": "3021573390678812", "items": [_item("Вовняний плед у клітинку", 1120.00)],
              "total": 1120.00, "currency": "UAH", "placed_at": "2026-10-19T10:00:00Z"},
    "buyer": {"name": "Олена Коваленко", "country": "UA", "language": "uk"},
    "seller": {"store_name": "Karpaty Textile", "signature": "Команда Karpaty Textile"},
    "messages": [{"author": "buyer", "at": "2026-11-21T11:00:00Z",
                  "text": "Я передала спір на розгляд платформи, бо посилку так і не отримала. Чекаю на рішення."}],
    "opened_at": "2026-11-10T11:00:00Z",
})
add("w17", "da", "await_platform_decision", None, {
    "id": "DSP-W8-0017", "reason": "not_as_described", "problem": "quality", "stage": "escalated",
    "seller_evidence_submitted": True,
    "shipment": {"status": "delivered", "carrier": "Cainiao / PostNord", "tracking_number": "LP00758310264CN"},
    "order": {"id": "3021574401789923", "items": [_item("Bordlampe i messing med stofskærm", 399.00)],
              "total": 399.00, "currency": "DKK", "placed_at": "2026-10-21T14:00:00Z"},
    "buyer": {"name": "Mette Sørensen", "country": "DK", "language": "da"},
    "seller": {"store_name": "Hygge Lamps", "signature": "Venlig hilsen, Hygge Lamps"},
    "messages": [{"author": "buyer", "at": "2026-11-22T13:00:00Z",
                  "text": "Lampen ser billig ud, og skærmen sidder skævt. Jeg har sendt sagen videre til platformen."}],
    "opened_at": "2026-11-13T13:00:00Z",
})

# --- escalation_reply ---------------------------------------------------------
add("w18", "ar", "escalation_reply", None, {
    "id": "DSP-W8-0018", "reason": "not_received", "stage": "escalated",
    "shipment": {"status": "in_transit", "carrier": "Cainiao / Aramex", "tracking_number": "LP00391826475CN"},
    "order": {"id": "3021575512890034", "items": [_item("عطر عود فاخر", 210.00)],
              "total": 210.00, "currency": "SAR", "placed_at": "2026-10-24T08:00:00Z"},
    "buyer": {"name": "ليلى حداد", "country": "SA", "language": "ar"},
    "seller": {"store_name": "Oasis Scents", "signature": "فريق Oasis Scents"},
    "messages": [{"author": "buyer", "at": "2026-11-23T16:00:00Z",
                  "text": "انتظرت طويلاً ولم يصل الطلب، لذلك رفعت النزاع إلى المنصة."}],
    "opened_at": "2026-11-12T16:00:00Z",
})
add("w19", "fi", "escalation_reply", None, {
    "id": "DSP-W8-0019", "reason": "not_as_described", "problem": "size_or_fit", "stage": "escalated",
    "shipment": {"status": "delivered", "carrier": "Cainiao / Posti", "tracking_number": "LP00517364928CN"},
    "order": {"id": "3021576623901145", "items": [_item("Vedenpitävät vaelluskengät", 59.00)],
              "total": 59.00, "currency": "EUR", "placed_at": "2026-10-23T09:00:00Z"},
    "buyer": {"name": "Aino Virtanen", "country": "FI", "language": "fi"},
    "seller": {"store_name": "Revontuli Outdoor", "signature": "Ystävällisin terveisin, Revontuli Outdoor"},
    "messages": [{"author": "buyer", "at": "2026-11-23T07:30:00Z",
                  "text": "Kengät ovat aivan liian pienet, vaikka tilasin oikean koon. Vein asian alustan ratkaistavaksi."}],
    "opened_at": "2026-11-14T07:30:00Z",
})

# --- return_instructions ------------------------------------------------------
add("w20", "zh", "return_instructions", None, {
    "id": "DSP-W8-0020", "reason": "not_as_described", "problem": "wrong_item", "stage": "ruled",
    "platform_ruling": "return_and_refund", "return_shipment": {"status": "not_shipped"},
    "shipment": {"status": "delivered", "carrier": "Cainiao / SingPost", "tracking_number": "LP00264819573CN"},
    "order": {"id": "3021577734012256", "items": [_item("手工紫砂茶壶", 96.00)],
              "total": 96.00, "currency": "SGD", "placed_at": "2026-10-16T06:00:00Z"},
    "buyer": {"name": "王芳", "country": "SG", "language": "zh"},
    "seller": {"store_name": "Jade Garden Tea", "signature": "Jade Garden Tea 团队",
               "return_address": "广东省深圳市龙岗区坂田街道五和大道88号 玉园茶舍退货部 518129"},
    "messages": [{"author": "buyer", "at": "2026-11-24T02:00:00Z",
                  "text": "平台已经判定退货退款了，请问茶壶寄回哪里？"}],
    "opened_at": "2026-11-05T02:00:00Z",
})
add("w21", "el", "return_instructions", None, {
    "id": "DSP-W8-0021", "reason": "not_as_described", "problem": "damaged", "stage": "ruled",
    "platform_ruling": "return_and_refund", "return_shipment": {"status": "not_shipped"},
    "shipment": {"status": "delivered", "carrier": "Cainiao / ELTA", "tracking_number": "LP00930571846CN"},
    "order": {"id": "3021578845123367", "items": [_item("Κεραμικό σερβίτσιο φαγητού", 72.00)],
              "total": 72.00, "currency": "EUR", "placed_at": "2026-10-14T10:00:00Z"},
    "buyer": {"name": "Νίκος Παπαδόπουλος", "country": "GR", "language": "el"},
    "seller": {"store_name": "Aegean Home", "signature": "Η ομάδα του Aegean Home",
               "return_address": "Aegean Home Returns, Ermou 45, 105 63 Athina, Greece"},
    "messages": [{"author": "buyer", "at": "2026-11-24T12:00:00Z",
                  "text": "Η πλατφόρμα αποφάσισε επιστροφή χρημάτων με επιστροφή του προϊόντος. Πού να το στείλω;"}],
    "opened_at": "2026-11-03T12:00:00Z",
})

# --- return_received ----------------------------------------------------------
add("w22", "ru", "return_received", None, {
    "id": "DSP-W8-0022", "reason": "not_as_described", "problem": "size_or_fit", "stage": "ruled",
    "platform_ruling": "return_and_refund",
    "return_shipment": {"status": "received", "tracking_number": "RU407182935CN"},
    "shipment": {"status": "delivered", "carrier": "Cainiao / Почта России", "tracking_number": "LP00185274936CN"},
    "order": {"id": "3021579956234478", "items": [_item("Зимний пуховик с капюшоном", 4590.00)],
              "total": 4590.00, "currency": "RUB", "placed_at": "2026-10-05T10:00:00Z"},
    "buyer": {"name": "Дмитрий Соколов", "country": "RU"},
    "seller": {"store_name": "Baikal Store", "signature": "С уважением, команда Baikal Store"},
    "messages": [{"author": "buyer", "at": "2026-11-25T08:00:00Z",
                  "text": "Здравствуйте! Я отправил куртку обратно ещё на прошлой неделе, трек-номер добавил в спор. Подскажите, пожалуйста, посылка уже пришла к вам? Когда ждать возврат денег?"}],
    "opened_at": "2026-10-28T08:00:00Z",
})
add("w23", "en", "return_received", None, {
    "id": "DSP-W8-0023", "reason": "not_as_described", "problem": "wrong_item", "stage": "ruled",
    "return_shipment": {"status": "received", "tracking_number": "9400111899223344556677"},
    "shipment": {"status": "delivered", "carrier": "Cainiao / USPS", "tracking_number": "LP00702938416CN"},
    "order": {"id": "3021580067345589", "items": [_item("Insulated camping mug, sage", 16.00, 4)],
              "total": 64.00, "currency": "USD", "placed_at": "2026-10-08T18:00:00Z"},
    "buyer": {"name": "Megan Carter", "country": "US", "language": "en-US"},
    "seller": {"store_name": "Pinecrest Outfitters", "signature": "Cheers, the Pinecrest Outfitters team"},
    "messages": [{"author": "buyer", "at": "2026-11-25T22:00:00Z",
                  "text": "Hi, USPS says the mugs were delivered back to you. Can you confirm you got them?"}],
    "opened_at": "2026-10-30T18:00:00Z",
})
