"""Source of the 24 hand-written disputes (ns01..ns24). make_disputes.py writes them to disputes/."""

def item(title, price, qty=1):
    d = {"title": title, "unit_price": price}
    if qty != 1:
        d["quantity"] = qty
    return d

D = []

def add(fname, remedy, **kw):
    kw["_expect"] = remedy
    kw["_file"] = fname
    D.append(kw)

add("ns01_en_jacket", "evidence_by_problem_type",
    id="NS-2026-5601", reason="not_as_described", problem="size_or_fit", stage="open",
    shipment={"status": "delivered", "carrier": "Royal Mail", "tracking_number": "RN448120937GB"},
    order={"id": "5601002233441", "items": [item("Waxed cotton field jacket, size L", 64.0)], "total": 64.0, "currency": "GBP", "placed_at": "2026-10-02"},
    buyer={"name": "Harriet Cole", "country": "GB", "language": "en-GB"},
    seller={"store_name": "Northbay Outfitters", "signature": "Warm regards, the Northbay Outfitters team"},
    messages=[{"author": "buyer", "at": "2026-10-21T11:05:00Z", "text": "The jacket is labelled L but the sleeves barely reach my wrists and it is tight across the shoulders. Very disappointed, it was meant to be a present."}],
    opened_at="2026-10-21T11:06:00Z")

add("ns02_es_lamp", "evidence_by_problem_type",
    id="NS-2026-5602", reason="not_as_described", problem="damaged", stage="open",
    shipment={"status": "delivered", "carrier": "Estafeta", "tracking_number": "EF733019452MX"},
    order={"id": "5602118844", "items": [item("Lámpara de pie de ratán", 1249.0)], "total": 1249.0, "currency": "MXN", "placed_at": "2026-09-28"},
    buyer={"name": "Mariana Torres", "country": "MX", "language": "es-MX"},
    seller={"store_name": "Casa Ratán", "signature": "Un saludo cordial, equipo de Casa Ratán"},
    messages=[{"author": "buyer", "at": "2026-10-14T16:20:00Z", "text": "Llegó la lámpara con la pantalla rota y la base rajada. ¡Qué coraje, la esperé tres semanas!"}],
    opened_at="2026-10-14T16:22:00Z")

add("ns03_ru_kettle", "evidence_by_problem_type",
    id="NS-2026-5603", reason="not_as_described", problem="not_working", stage="open",
    shipment={"status": "delivered", "carrier": "Почта России", "tracking_number": "RU561204889CN"},
    order={"id": "5603774410", "items": [item("Электрический чайник со стеклянной колбой", 2890.0)], "total": 2890.0, "currency": "RUB", "placed_at": "2026-10-01"},
    buyer={"name": "Алексей Смирнов", "country": "RU", "language": "ru"},
    seller={"store_name": "Чайный Дом", "signature": "С уважением, команда магазина «Чайный Дом»"},
    messages=[{"author": "buyer", "at": "2026-10-19T07:45:00Z", "text": "Чайник не включается вообще, индикатор не горит. Проверял в разных розетках."}],
    opened_at="2026-10-19T07:47:00Z")

add("ns04_ja_case", "extend_delivery_time",
    id="NS-2026-5604", reason="not_received", stage="open",
    shipment={"status": "in_transit", "carrier": "日本郵便", "tracking_number": "JP2209471186CN", "shipped_at": "2026-10-06"},
    order={"id": "5604339021", "items": [item("手帳型スマホケース", 1980)], "total": 1980, "currency": "JPY", "placed_at": "2026-10-04"},
    buyer={"name": "佐藤 美咲", "country": "JP", "language": "ja"},
    seller={"store_name": "Hikari Case Shop", "signature": "Hikari Case Shop スタッフ一同", "protection_extension_days": 20},
    messages=[{"author": "buyer", "at": "2026-11-01T02:10:00Z", "text": "まだ届きません。追跡も数日更新がなく、とても不安です。"}],
    opened_at="2026-11-01T02:12:00Z")

add("ns05_fr_shoes", "extend_delivery_time",
    id="NS-2026-5605", reason="not_received", stage="open",
    shipment={"status": "in_transit", "carrier": "Colissimo", "tracking_number": "LB904417726FR", "shipped_at": "2026-10-09"},
    order={"id": "5605902217", "items": [item("Baskets en toile, pointure 39", 38.5)], "total": 38.5, "currency": "EUR", "placed_at": "2026-10-07"},
    buyer={"name": "Julien Moreau", "country": "FR", "language": "fr"},
    seller={"store_name": "Atelier Basket", "signature": "Bien cordialement, l'équipe Atelier Basket"},
    messages=[{"author": "buyer", "at": "2026-11-03T19:00:00Z", "text": "Toujours rien reçu, c'est vraiment long. J'ouvre un litige pour être sûr d'être couvert."}],
    opened_at="2026-11-03T19:02:00Z")

add("ns06_de_drone", "extend_delivery_time",
    id="NS-2026-5606", reason="not_received", stage="open",
    shipment={"status": "in_transit", "carrier": "Österreichische Post", "tracking_number": "AT0073355120", "shipped_at": "2026-10-12"},
    order={"id": "5606451190", "items": [item("Mini-Drohne mit Kamera", 79.99)], "total": 79.99, "currency": "EUR", "placed_at": "2026-10-11"},
    buyer={"name": "Katharina Huber", "country": "AT", "language": "de-AT"},
    seller={"store_name": "Alpenblick Technik", "signature": "Herzliche Grüße, Ihr Alpenblick-Technik-Team", "protection_extension_days": 30},
    messages=[{"author": "buyer", "at": "2026-11-05T08:30:00Z", "text": "Die Drohne sollte ein Geburtstagsgeschenk sein und ist immer noch nicht da. Ich bin ziemlich verärgert."}],
    opened_at="2026-11-05T08:31:00Z")

add("ns07_it_bag", "propose_partial_or_return",
    id="NS-2026-5607", reason="not_as_described", problem="quality", stage="escalated",
    buyer_evidence=[{"kind": "photo", "note": "cuciture scucite sul manico"}, {"kind": "photo"}],
    shipment={"status": "delivered", "carrier": "Poste Italiane", "tracking_number": "RR220871634IT"},
    order={"id": "5607226655", "items": [item("Borsa a tracolla in pelle", 89.0)], "total": 89.0, "currency": "EUR", "placed_at": "2026-09-30"},
    buyer={"name": "Giulia Ricci", "country": "IT", "language": "it"},
    seller={"store_name": "Pelletteria Arno", "signature": "Cordiali saluti, Pelletteria Arno", "max_partial_refund_pct": 25},
    messages=[{"author": "buyer", "at": "2026-10-22T13:00:00Z", "text": "Vi ho mandato le foto: il manico si è già scucito dopo una settimana. Per una borsa di pelle è inaccettabile."}],
    opened_at="2026-10-18T10:00:00Z")

add("ns08_pt_watch", "propose_partial_or_return",
    id="NS-2026-5608", reason="not_as_described", problem="color_or_appearance", stage="escalated",
    buyer_evidence=[{"kind": "photo", "note": "pulseira marrom em vez de preta"}],
    shipment={"status": "delivered", "carrier": "Correios", "tracking_number": "NL381920475BR"},
    order={"id": "5608003317", "items": [item("Relógio analógico pulseira preta", 219.9)], "total": 219.9, "currency": "BRL", "placed_at": "2026-09-25"},
    buyer={"name": "Rafael Oliveira", "country": "BR", "language": "pt-BR"},
    seller={"store_name": "Tempo Certo", "signature": "Abraços, equipe Tempo Certo"},
    messages=[{"author": "buyer", "at": "2026-10-20T21:15:00Z", "text": "Pedi a pulseira preta e veio marrom, mandei a foto. Quero uma solução."}],
    opened_at="2026-10-16T12:00:00Z")

add("ns09_nl_blender", "propose_partial_or_return",
    id="NS-2026-5609", reason="not_as_described", problem="missing_parts", stage="escalated",
    buyer_evidence=[{"kind": "photo", "note": "deksel en maatbeker ontbreken"}, {"kind": "video"}],
    shipment={"status": "delivered", "carrier": "bpost", "tracking_number": "CE118203946BE"},
    order={"id": "5609887102", "items": [item("Blender 1,5 liter met glazen kan", 54.95)], "total": 54.95, "currency": "EUR", "placed_at": "2026-10-03"},
    buyer={"name": "Sofie Peeters", "country": "BE", "language": "nl-BE"},
    seller={"store_name": "Keukenhoek", "signature": "Met vriendelijke groet, Keukenhoek", "max_partial_refund_pct": 40},
    messages=[{"author": "buyer", "at": "2026-10-24T17:40:00Z", "text": "Zoals je op de foto en video ziet, ontbreken het deksel en de maatbeker. Zo kan ik de blender niet gebruiken."}],
    opened_at="2026-10-20T09:00:00Z")

add("ns10_tr_phone", "customs_clearance",
    id="NS-2026-5610", reason="not_received", stage="open",
    shipment={"status": "customs_hold", "carrier": "PTT Kargo", "tracking_number": "RT556001943TR", "shipped_at": "2026-10-10", "duties_payer": "buyer"},
    order={"id": "5610447781", "items": [item("Kablosuz kulaklık", 1450.0)], "total": 1450.0, "currency": "TRY", "placed_at": "2026-10-08"},
    buyer={"name": "Emre Yılmaz", "country": "TR", "language": "tr"},
    seller={"store_name": "Ses Dünyası", "signature": "Saygılarımızla, Ses Dünyası ekibi"},
    messages=[{"author": "buyer", "at": "2026-10-30T10:10:00Z", "text": "Kargo gümrükte bekliyor diyor. Ne yapmam gerekiyor?"}],
    opened_at="2026-10-30T10:11:00Z")

add("ns11_ko_headset", "customs_clearance",
    id="NS-2026-5611", reason="not_received", stage="open",
    shipment={"status": "customs_hold", "carrier": "CJ대한통운", "tracking_number": "KR640982215CN", "shipped_at": "2026-10-14", "duties_payer": "seller"},
    order={"id": "5611230098", "items": [item("게이밍 헤드셋", 89000)], "total": 89000, "currency": "KRW", "placed_at": "2026-10-12"},
    buyer={"name": "김지훈", "country": "KR", "language": "ko"},
    seller={"store_name": "Sori Gear", "signature": "Sori Gear 고객지원팀"},
    messages=[{"author": "buyer", "at": "2026-11-02T05:00:00Z", "text": "통관 보류라고 나오는데 관세를 제가 내야 하나요? 너무 답답합니다."}],
    opened_at="2026-11-02T05:02:00Z")

add("ns12_zh_speaker", "customs_clearance",
    id="NS-2026-5612", reason="not_received", stage="open",
    shipment={"status": "customs_hold", "carrier": "中華郵政", "tracking_number": "TW773310046CN", "shipped_at": "2026-10-16"},
    order={"id": "5612905543", "items": [item("藍牙喇叭", 1290)], "total": 1290, "currency": "TWD", "placed_at": "2026-10-15"},
    buyer={"name": "陳怡君", "country": "TW", "language": "zh-TW"},
    seller={"store_name": "音悅小舖", "signature": "音悅小舖 客服團隊"},
    messages=[{"author": "buyer", "at": "2026-11-04T03:30:00Z", "text": "包裹一直卡在海關，請問要怎麼處理？"}],
    opened_at="2026-11-04T03:31:00Z")

add("ns13_ar_perfume", "offer_reshipment",
    id="NS-2026-5613", reason="not_received", stage="open",
    shipment={"status": "lost", "carrier": "SMSA Express", "tracking_number": "SA290017734CN", "shipped_at": "2026-09-20"},
    reship={"buyer_answer": "not_asked"},
    order={"id": "5613662284", "items": [item("عطر عود 100 مل", 185.0)], "total": 185.0, "currency": "SAR", "placed_at": "2026-09-18"},
    buyer={"name": "فاطمة العتيبي", "country": "SA", "language": "ar-SA"},
    seller={"store_name": "Oud House", "signature": "مع خالص التحيات، فريق Oud House"},
    messages=[{"author": "buyer", "at": "2026-10-27T18:00:00Z", "text": "مرّ أكثر من شهر ولم يصلني الطلب، وشركة الشحن تقول إن الشحنة مفقودة. أنا منزعجة جداً."}],
    opened_at="2026-10-27T18:02:00Z")

add("ns14_sv_tent", "offer_reshipment",
    id="NS-2026-5614", reason="not_received", stage="open",
    shipment={"status": "lost", "carrier": "PostNord", "tracking_number": "UA118560342SE", "shipped_at": "2026-09-29"},
    reship={"buyer_answer": "asked"},
    order={"id": "5614098816", "items": [item("Tält för två personer", 899.0)], "total": 899.0, "currency": "SEK", "placed_at": "2026-09-27"},
    buyer={"name": "Erik Lindqvist", "country": "SE", "language": "sv"},
    seller={"store_name": "Fjällbas", "signature": "Vänliga hälsningar, Fjällbas kundtjänst"},
    messages=[{"author": "buyer", "at": "2026-10-29T14:20:00Z", "text": "PostNord säger att paketet har försvunnit. Vad händer nu?"}],
    opened_at="2026-10-29T14:21:00Z")

add("ns15_cs_lens", "confirm_reshipment",
    id="NS-2026-5615", reason="not_received", stage="open",
    shipment={"status": "lost", "carrier": "Česká pošta", "tracking_number": "RR704221958CZ", "shipped_at": "2026-09-22"},
    reship={"buyer_answer": "agreed", "tracking_number": "RR704229931CZ"},
    order={"id": "5615320047", "items": [item("Objektiv 50 mm f/1.8", 2490.0)], "total": 2490.0, "currency": "CZK", "placed_at": "2026-09-21"},
    buyer={"name": "Tereza Nováková", "country": "CZ", "language": "cs"},
    seller={"store_name": "FotoPlus", "signature": "S pozdravem, tým FotoPlus"},
    messages=[{"author": "buyer", "at": "2026-10-26T09:00:00Z", "text": "Ano, pošlete mi prosím objektiv znovu. Adresa je stejná."}],
    opened_at="2026-10-20T08:00:00Z")

add("ns16_ro_mixer", "confirm_reshipment",
    id="NS-2026-5616", reason="not_received", stage="open",
    shipment={"status": "lost", "carrier": "Poșta Română", "tracking_number": "RO331870264CN", "shipped_at": "2026-09-26"},
    reship={"buyer_answer": "agreed", "tracking_number": "RO331879015CN"},
    order={"id": "5616774320", "items": [item("Mixer de mână cu 5 viteze", 149.0)], "total": 149.0, "currency": "RON", "placed_at": "2026-09-24"},
    buyer={"name": "Andrei Popescu", "country": "RO", "language": "ro"},
    seller={"store_name": "Bucătăria Veselă", "signature": "Cu drag, echipa Bucătăria Veselă"},
    messages=[{"author": "buyer", "at": "2026-10-28T12:30:00Z", "text": "Da, sunt de acord să-l retrimiteți. Sper să ajungă de data asta."}],
    opened_at="2026-10-24T08:00:00Z")

add("ns17_hu_coat", "return_instructions",
    id="NS-2026-5617", reason="not_as_described", problem="wrong_item", stage="ruled",
    platform_ruling="return_and_refund", return_shipment={"status": "not_shipped"},
    shipment={"status": "delivered", "carrier": "Magyar Posta", "tracking_number": "RB556340127HU"},
    order={"id": "5617220914", "items": [item("Női gyapjúkabát, szürke", 32990.0)], "total": 32990.0, "currency": "HUF", "placed_at": "2026-09-15"},
    buyer={"name": "Nagy Zsófia", "country": "HU", "language": "hu"},
    seller={"store_name": "Divatsarok", "signature": "Üdvözlettel: a Divatsarok csapata", "return_address": "Divatsarok Visszáru, Váci út 48, 1132 Budapest, Magyarország"},
    messages=[{"author": "buyer", "at": "2026-11-06T10:00:00Z", "text": "A platform elfogadta a visszaküldést. Hová küldjem a kabátot?"}],
    opened_at="2026-10-10T09:00:00Z")

add("ns18_da_chair", "return_instructions",
    id="NS-2026-5618", reason="not_as_described", problem="damaged", stage="ruled",
    platform_ruling="return_and_refund", return_shipment={"status": "not_shipped"},
    shipment={"status": "delivered", "carrier": "GLS", "tracking_number": "GL7730019925DK"},
    order={"id": "5618460033", "items": [item("Klapstol i egetræ", 449.0, 2)], "total": 898.0, "currency": "DKK", "placed_at": "2026-09-19"},
    buyer={"name": "Mette Nielsen", "country": "DK", "language": "da"},
    seller={"store_name": "Nordisk Møbel", "signature": "Venlig hilsen, Nordisk Møbel", "return_address": "Nordisk Møbel Retur, Industrivej 7, 8600 Silkeborg, Danmark"},
    messages=[{"author": "buyer", "at": "2026-11-07T15:00:00Z", "text": "Platformen har besluttet retur og refusion. Hvor skal stolene sendes hen?"}],
    opened_at="2026-10-12T09:00:00Z")

add("ns19_fi_boots", "await_platform_decision",
    id="NS-2026-5619", reason="not_as_described", problem="size_or_fit", stage="escalated",
    seller_evidence_submitted=True,
    shipment={"status": "delivered", "carrier": "Posti", "tracking_number": "JJFI6630482201"},
    order={"id": "5619005528", "items": [item("Talvisaappaat, koko 42", 74.9)], "total": 74.9, "currency": "EUR", "placed_at": "2026-09-30"},
    buyer={"name": "Mikko Virtanen", "country": "FI", "language": "fi"},
    seller={"store_name": "Pohjoistähti", "signature": "Ystävällisin terveisin, Pohjoistähti"},
    messages=[{"author": "buyer", "at": "2026-11-08T09:30:00Z", "text": "Vein riidan alustalle, koska saappaat ovat selvästi pienemmät kuin kokotaulukossa."}],
    opened_at="2026-10-25T09:00:00Z")

add("ns20_pl_router", "await_platform_decision",
    id="NS-2026-5620", reason="not_received", stage="escalated",
    seller_evidence_submitted=True,
    shipment={"status": "delivered", "carrier": "InPost", "tracking_number": "PL520044718CN"},
    order={"id": "5620771936", "items": [item("Router Wi-Fi 6", 329.0)], "total": 329.0, "currency": "PLN", "placed_at": "2026-10-01"},
    buyer={"name": "Agnieszka Kowalska", "country": "PL", "language": "pl"},
    seller={"store_name": "NetSklep", "signature": "Pozdrawiamy serdecznie, zespół NetSklep"},
    messages=[{"author": "buyer", "at": "2026-11-09T11:00:00Z", "text": "Przekazałam spór do platformy, bo paczkomat był pusty. Jestem bardzo zdenerwowana."}],
    opened_at="2026-10-27T09:00:00Z")

add("ns21_uk_vacuum", "escalation_reply",
    id="NS-2026-5621", reason="not_received", stage="escalated",
    shipment={"status": "in_transit", "carrier": "Нова Пошта", "tracking_number": "UA204417895CN", "shipped_at": "2026-10-03"},
    order={"id": "5621338405", "items": [item("Робот-пилосос", 4999.0)], "total": 4999.0, "currency": "UAH", "placed_at": "2026-10-01"},
    buyer={"name": "Олена Шевченко", "country": "UA", "language": "uk"},
    seller={"store_name": "Чистий Дім", "signature": "З повагою, команда «Чистий Дім»"},
    messages=[{"author": "buyer", "at": "2026-11-10T16:00:00Z", "text": "Я вже втомилася чекати, тому передала спір на платформу."}],
    opened_at="2026-10-28T09:00:00Z")

add("ns22_el_jewelry", "escalation_reply",
    id="NS-2026-5622", reason="not_as_described", problem="counterfeit", stage="escalated",
    shipment={"status": "delivered", "carrier": "ΕΛΤΑ", "tracking_number": "RE119384406GR"},
    order={"id": "5622049917", "items": [item("Ασημένιο βραχιόλι 925", 59.0)], "total": 59.0, "currency": "EUR", "placed_at": "2026-10-05"},
    buyer={"name": "Ελένη Παπαδοπούλου", "country": "GR", "language": "el"},
    seller={"store_name": "Argyro Atelier", "signature": "Με εκτίμηση, Argyro Atelier"},
    messages=[{"author": "buyer", "at": "2026-11-11T13:00:00Z", "text": "Το βραχιόλι μαυρίζει και δεν πιστεύω ότι είναι ασήμι. Άνοιξα διαφορά στην πλατφόρμα."}],
    opened_at="2026-10-30T09:00:00Z")

add("ns23_en_keyboard", "return_received",
    id="NS-2026-5623", reason="not_as_described", problem="not_working", stage="ruled",
    platform_ruling="return_and_refund", return_shipment={"status": "received", "tracking_number": "AU7712094035"},
    shipment={"status": "delivered", "carrier": "Australia Post", "tracking_number": "LX661209337CN"},
    order={"id": "5623110482", "items": [item("Mechanical keyboard, brown switches", 119.0)], "total": 119.0, "currency": "AUD", "placed_at": "2026-09-12"},
    buyer={"name": "Liam O'Brien", "country": "AU", "language": "en-AU"},
    messages=[{"author": "buyer", "at": "2026-11-12T00:30:00Z", "text": "Tracking says you got the keyboard back. When do I get my money?"}],
    opened_at="2026-10-08T09:00:00Z")

add("ns24_de_kettle", "return_received",
    id="NS-2026-5624", reason="not_as_described", problem="quality", stage="ruled",
    return_shipment={"status": "received", "tracking_number": "99.00.401177.33021"},
    shipment={"status": "delivered", "carrier": "Swiss Post", "tracking_number": "RC448102267CH"},
    order={"id": "5624883019", "items": [item("Wasserkocher aus Edelstahl", 69.9)], "total": 69.9, "currency": "CHF", "placed_at": "2026-09-17"},
    buyer={"name": "Lukas Meier", "country": "CH", "language": "de-CH"},
    seller={"store_name": "Küchenwerk", "signature": "Freundliche Grüsse, Küchenwerk"},
    messages=[{"author": "buyer", "at": "2026-11-13T07:50:00Z", "text": "Ich habe den Wasserkocher vor einer Woche zurückgeschickt. Ist er angekommen?"}],
    opened_at="2026-10-11T09:00:00Z")
