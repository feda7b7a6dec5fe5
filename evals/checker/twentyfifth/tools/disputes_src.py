"""Hand-written disputes of the twentyfifth set. slug -> (remedy expected, dispute dict)."""

def _d(did, lang, country, name, reason, stage, order, msg, opened, **kw):
    d = {"id": did, "reason": reason, "stage": stage}
    d.update(kw)
    oid, items, total, cur, placed = order
    d["order"] = {"id": oid, "items": [{"title": t, "unit_price": p} for t, p in items],
                  "total": total, "currency": cur, "placed_at": placed}
    d["buyer"] = {"name": name, "country": country, "language": lang}
    d["messages"] = [{"author": "buyer", "at": opened, "text": msg}]
    d["opened_at"] = opened
    return d

def ship(status, carrier, tn, shipped=None, duties=None):
    s = {"status": status, "carrier": carrier, "tracking_number": tn}
    if shipped: s["shipped_at"] = shipped
    if duties: s["duties_payer"] = duties
    return s

DISPUTES = {
 "a01": ("a01_en_not_working", "evidence_by_problem_type", _d(
    "DSP-25-A01", "en", "US", "Megan Carter", "not_as_described", "open",
    ("8190207733410021", [("Portable blender, USB rechargeable", 23.40)], 23.40, "USD", "2026-10-02T14:00:00Z"),
    "The blender charges (light goes on) but the motor doesn't spin at all when I press the button. I've tried for two days. Not happy.",
    "2026-10-29T16:20:00Z", problem="not_working",
    shipment=ship("delivered", "AliExpress Standard Shipping", "RB470112358SG"),
    seller={"store_name": "KitchenJoy Store"})),
 "a02": ("a02_es_in_transit", "extend_delivery_time", _d(
    "DSP-25-A02", "es", "ES", "Javier Moreno", "not_received", "open",
    ("8190301122558800", [("Zapatillas de running, talla 42", 38.75)], 38.75, "EUR", "2026-10-06T09:10:00Z"),
    "Hola, hace casi un mes que pedí las zapatillas y todavía no han llegado. El seguimiento dice que está en España pero no avanza. ¿Qué pasa?",
    "2026-11-03T11:00:00Z",
    shipment=ship("in_transit", "Cainiao / Correos Express", "LP00618273645CN", "2026-10-08"),
    seller={"store_name": "RunFast Official Store", "protection_extension_days": 20})),
 "a03": ("a03_fr_customs_buyer", "customs_clearance", _d(
    "DSP-25-A03", "fr", "FR", "Thomas Lefèvre", "not_received", "open",
    ("8190455512340077", [("Montre connectée étanche", 64.00)], 64.00, "EUR", "2026-10-11T08:00:00Z"),
    "Bonjour, mon colis est bloqué en douane depuis une semaine et on me demande de payer des frais. Je ne comprends pas, c'est à moi de payer ?",
    "2026-11-02T19:45:00Z",
    shipment=ship("customs_hold", "Cainiao / La Poste", "UH045729316CN", "2026-10-13", "buyer"),
    seller={"store_name": "TechWrist Store"})),
 "a04": ("a04_de_lost_offer", "offer_reshipment", _d(
    "DSP-25-A04", "de", "DE", "Katrin Hoffmann", "not_received", "open",
    ("8190520099887711", [("LED-Lichterkette für den Garten, 20 m", 17.90)], 17.90, "EUR", "2026-09-28T18:00:00Z"),
    "Hallo, meine Bestellung ist nie angekommen. Die Sendungsverfolgung zeigt seit drei Wochen nichts Neues. Ich möchte endlich eine Lösung.",
    "2026-11-01T10:30:00Z",
    shipment=ship("lost", "Cainiao / DHL", "LP00733190248CN", "2026-09-30"),
    seller={"store_name": "Gartenlicht Shop"})),
 "a05": ("a05_it_reship_agreed", "confirm_reshipment", _d(
    "DSP-25-A05", "it", "IT", "Giulia Romano", "not_received", "open",
    ("8190613344552299", [("Custodia in pelle per iPhone 15", 12.99)], 12.99, "EUR", "2026-10-01T07:30:00Z"),
    "Va bene, accetto che me la rispediate. Spero che questa volta arrivi davvero.",
    "2026-10-30T13:15:00Z",
    shipment=ship("lost", "Cainiao / Poste Italiane", "LP00215566483CN", "2026-10-03"),
    reship={"buyer_answer": "agreed", "tracking_number": "LP00298874512CN"},
    seller={"store_name": "CoverLab Store"})),
 "a06": ("a06_pt_partial_offer", "propose_partial_or_return", _d(
    "DSP-25-A06", "pt", "BR", "Rafael Souza", "not_as_described", "escalated",
    ("8190744421006633", [("Fone de ouvido Bluetooth com cancelamento de ruído", 189.90)], 189.90, "BRL", "2026-09-20T22:00:00Z"),
    "Mandei as fotos e o vídeo: o fone esquerdo chia o tempo todo. Abri a disputa na plataforma porque ninguém me respondeu.",
    "2026-10-25T21:05:00Z", problem="quality",
    shipment=ship("delivered", "AliExpress Standard Shipping", "NL21837465029BR"),
    buyer_evidence=[{"kind": "video", "note": "left earbud hissing"}, {"kind": "photo"}],
    seller={"store_name": "SomPuro Store", "max_partial_refund_pct": 40})),
 "a07": ("a07_pl_await", "await_platform_decision", _d(
    "DSP-25-A07", "pl", "PL", "Marta Kowalska", "not_received", "escalated",
    ("8190836677001144", [("Plecak turystyczny 40 l", 149.00)], 149.00, "PLN", "2026-09-25T12:00:00Z"),
    "Przekazałam sprawę do platformy, bo paczka nadal nie dotarła, a sprzedawca tylko prosi o cierpliwość.",
    "2026-10-31T08:40:00Z",
    shipment=ship("delivered", "Cainiao / InPost", "PL0093847561CN"),
    seller_evidence_submitted=True, seller={"store_name": "Outdoor Bazaar"})),
 "a08": ("a08_ru_escalation", "escalation_reply", _d(
    "DSP-25-A08", "ru", "RU", "Алексей Смирнов", "not_as_described", "escalated",
    ("8190911188224455", [("Электрическая зубная щётка", 2450.00)], 2450.00, "RUB", "2026-09-30T05:00:00Z"),
    "Я трижды писал продавцу, ответа по существу нет. Передаю спор на рассмотрение платформы.",
    "2026-11-04T06:30:00Z", problem="other",
    shipment=ship("delivered", "Cainiao / Почта России", "RU582019374CN"),
    seller={"store_name": "SmileTech Store", "signature": "Команда SmileTech Store"})),
 "a09": ("a09_nl_return_instructions", "return_instructions", _d(
    "DSP-25-A09", "nl", "NL", "Sanne de Vries", "not_as_described", "ruled",
    ("8191002233117766", [("Keramische theepot met zeef", 31.50)], 31.50, "EUR", "2026-09-15T10:00:00Z"),
    "Het platform heeft besloten dat ik de theepot mag terugsturen. Naar welk adres moet het pakket?",
    "2026-10-28T09:00:00Z", problem="damaged", platform_ruling="return_and_refund",
    return_shipment={"status": "not_shipped"},
    shipment=ship("delivered", "Cainiao / PostNL", "LP00852301947CN"),
    seller={"store_name": "TeaHouse Ceramics", "return_address": "TeaHouse Returns, Industrieweg 14, 5145 PD Waalwijk, Nederland"})),
 "a10": ("a10_tr_return_received", "return_received", _d(
    "DSP-25-A10", "tr", "TR", "Elif Yılmaz", "not_as_described", "ruled",
    ("8191124455330088", [("Kadın deri çanta", 1249.00)], 1249.00, "TRY", "2026-09-12T15:00:00Z"),
    "Çantayı iade ettim, kargo takip numarasını da ekledim. Paranın iadesi ne zaman olacak?",
    "2026-10-20T12:00:00Z", problem="color_or_appearance", platform_ruling="return_and_refund",
    return_shipment={"status": "received", "tracking_number": "TR7740021953"},
    shipment=ship("delivered", "Cainiao / PTT", "LP00119284756CN"),
    seller={"store_name": "Bella Borsa", "return_address": "Bella Borsa Returns, Room 1203, 88 Jiefang Road, Guangzhou 510030, China"})),
 "a11": ("a11_ko_in_transit", "extend_delivery_time", _d(
    "DSP-25-A11", "ko", "KR", "김민준", "not_received", "open",
    ("8191236600771122", [("무선 기계식 키보드", 58900)], 58900, "KRW", "2026-10-09T03:00:00Z"),
    "주문한 지 3주가 넘었는데 아직 배송 중이라고만 나옵니다. 언제 도착하나요?",
    "2026-11-02T02:10:00Z",
    shipment=ship("in_transit", "Cainiao / CJ대한통운", "KR3348120975CN", "2026-10-11"),
    seller={"store_name": "KeyCraft Store", "signature": "KeyCraft Store 고객지원팀"})),
 "a12": ("a12_ja_partial_offer", "propose_partial_or_return", _d(
    "DSP-25-A12", "ja", "JP", "佐藤 健", "not_as_described", "escalated",
    ("8191347788990033", [("ステンレス製 真空断熱ボトル 500ml", 4980)], 4980, "JPY", "2026-09-22T01:00:00Z"),
    "写真を送りました。ボトルの底がへこんでいて、蓋もきちんと閉まりません。",
    "2026-10-27T04:30:00Z", problem="damaged",
    shipment=ship("delivered", "Cainiao / 日本郵便", "JP7712094856CN"),
    buyer_evidence=[{"kind": "photo", "note": "dented bottom"}],
    seller={"store_name": "ThermoLife Store", "signature": "ThermoLife Store カスタマーサポート"})),
 "a13": ("a13_zh_damaged", "evidence_by_problem_type", _d(
    "DSP-25-A13", "zh", "CN", "王芳", "not_as_described", "open",
    ("8191458811220044", [("陶瓷餐具套装 16件", 268.00)], 268.00, "CNY", "2026-10-10T06:00:00Z"),
    "收到货的时候有两个盘子已经碎了，包装也很简单。请问怎么处理？",
    "2026-10-18T10:20:00Z", problem="damaged",
    shipment=ship("delivered", "菜鸟速递", "YT2410883746152", "2026-10-12"),
    seller={"store_name": "雅居家居旗舰店", "signature": "雅居家居旗舰店客服团队"})),
 "a14": ("a14_ar_customs_seller", "customs_clearance", _d(
    "DSP-25-A14", "ar", "SA", "محمد العتيبي", "not_received", "open",
    ("8191562233440055", [("ساعة ذكية رياضية", 245.00)], 245.00, "SAR", "2026-10-04T17:00:00Z"),
    "الطرد محجوز في الجمارك منذ أيام، ولا أعرف ماذا أفعل. هل علي أن أدفع شيئاً؟",
    "2026-10-26T18:30:00Z",
    shipment=ship("customs_hold", "Cainiao / SMSA Express", "SA6601938475CN", "2026-10-06", "seller"),
    seller={"store_name": "FitTime Store", "signature": "فريق متجر FitTime"})),
 "a15": ("a15_sv_lost_offer", "offer_reshipment", _d(
    "DSP-25-A15", "sv", "SE", "Erik Lindqvist", "not_received", "open",
    ("8191673344550066", [("Ullfilt i merinoull", 329.00)], 329.00, "SEK", "2026-09-26T13:00:00Z"),
    "Hej, paketet har inte kommit och spårningen har stått still i flera veckor. Vad händer nu?",
    "2026-10-30T15:00:00Z",
    shipment=ship("lost", "Cainiao / PostNord", "LP00570428913CN", "2026-09-28"),
    reship={"buyer_answer": "not_asked"},
    seller={"store_name": "Nordic Wool Store"})),
 "a16": ("a16_cs_reship_agreed", "confirm_reshipment", _d(
    "DSP-25-A16", "cs", "CZ", "Petra Nováková", "not_received", "open",
    ("8191784455660077", [("Dětská stavebnice, 500 dílků", 699.00)], 699.00, "CZK", "2026-09-29T10:00:00Z"),
    "Dobře, souhlasím, pošlete to prosím znovu. Dcera má brzy narozeniny.",
    "2026-11-01T17:20:00Z",
    shipment=ship("lost", "Cainiao / Zásilkovna", "LP00340019825CN", "2026-10-01"),
    reship={"buyer_answer": "agreed", "tracking_number": "LP00341178206CN"},
    seller={"store_name": "BrickFun Store"})),
 "a17": ("a17_uk_escalation", "escalation_reply", _d(
    "DSP-25-A17", "uk", "UA", "Олена Шевченко", "not_received", "escalated",
    ("8191895566770088", [("Зимова куртка, розмір M", 1890.00)], 1890.00, "UAH", "2026-09-18T09:00:00Z"),
    "Я чекаю вже понад місяць. Відкрила спір на платформі, бо більше не можу чекати.",
    "2026-10-29T07:00:00Z",
    shipment=ship("in_transit", "Cainiao / Нова пошта", "UA4419027385CN", "2026-09-20"),
    seller={"store_name": "WarmWear Store", "signature": "Команда WarmWear Store"})),
 "a18": ("a18_ro_return_instructions", "return_instructions", _d(
    "DSP-25-A18", "ro", "RO", "Andrei Popescu", "not_as_described", "ruled",
    ("8191906677880099", [("Aspirator robot cu stație de încărcare", 899.00)], 899.00, "RON", "2026-09-10T08:00:00Z"),
    "Platforma a decis returnarea. Vă rog să-mi spuneți unde trimit aspiratorul.",
    "2026-10-22T14:00:00Z", problem="not_working", platform_ruling="return_and_refund",
    return_shipment={"status": "not_shipped"},
    shipment=ship("delivered", "Cainiao / Fan Courier", "LP00667103948CN"),
    seller={"store_name": "CleanBot Store", "return_address": "CleanBot Retur, Str. Fabricii nr. 47, Sector 6, 060821 București, România"})),
 "a19": ("a19_hu_await", "await_platform_decision", _d(
    "DSP-25-A19", "hu", "HU", "Nagy Zsófia", "not_as_described", "escalated",
    ("8192017788990011", [("Bőr pénztárca RFID védelemmel", 8990)], 8990, "HUF", "2026-09-21T11:00:00Z"),
    "A pénztárca színe teljesen más, mint a képen. A platformhoz fordultam.",
    "2026-10-24T16:00:00Z", problem="color_or_appearance",
    shipment=ship("delivered", "Cainiao / Magyar Posta", "LP00884752163CN"),
    seller_evidence_submitted=True, seller={"store_name": "LeatherLine Store"})),
 "a20": ("a20_el_return_received", "return_received", _d(
    "DSP-25-A20", "el", "GR", "Γιώργος Παπαδόπουλος", "not_as_described", "ruled",
    ("8192128899001122", [("Ηλεκτρικός βραστήρας 1,7 λίτρων", 27.80)], 27.80, "EUR", "2026-09-08T10:00:00Z"),
    "Έστειλα πίσω τον βραστήρα πριν από μια εβδομάδα. Τον παραλάβατε;",
    "2026-10-19T09:30:00Z", problem="not_working", platform_ruling="return_and_refund",
    return_shipment={"status": "received", "tracking_number": "GR5503918274"},
    shipment=ship("delivered", "Cainiao / ΕΛΤΑ", "LP00492018374CN"),
    seller={"store_name": "HomeBrew Appliances", "return_address": "HomeBrew Returns, Unit 5, 21 Xinhua Road, Ningbo 315000, China"})),
 "a21": ("a21_da_customs_unknown_payer", "customs_clearance", _d(
    "DSP-25-A21", "da", "DK", "Mette Jørgensen", "not_received", "open",
    ("8192239900112233", [("Elektrisk cykellygte sæt", 219.00)], 219.00, "DKK", "2026-10-03T12:00:00Z"),
    "Min pakke sidder fast i tolden ifølge sporingen. Hvad skal der ske nu?",
    "2026-10-27T11:10:00Z",
    shipment=ship("customs_hold", "Cainiao / PostNord", "DK2290475813CN", "2026-10-05"),
    seller={"store_name": "BikeBright Store"})),
 "a22": ("a22_fi_size", "evidence_by_problem_type", _d(
    "DSP-25-A22", "fi", "FI", "Aino Virtanen", "not_as_described", "open",
    ("8192340011223344", [("Naisten talvitakki, koko L", 74.90)], 74.90, "EUR", "2026-10-07T08:00:00Z"),
    "Takki on selvästi pienempi kuin L-koko, hihat ovat aivan liian lyhyet. Mitä voimme tehdä?",
    "2026-10-30T18:00:00Z", problem="size_or_fit",
    shipment=ship("delivered", "Cainiao / Posti", "LP00715520394CN"),
    seller={"store_name": "Polar Style Store"})),
 "a23": ("a23_en_partial_offer", "propose_partial_or_return", _d(
    "DSP-25-A23", "en", "GB", "Oliver Bennett", "not_as_described", "escalated",
    ("8192451122334455", [("Bamboo desk organiser, 5 compartments", 27.00), ("Desk lamp with clamp", 27.00)], 54.00, "GBP", "2026-09-27T19:00:00Z"),
    "I've uploaded photos. The organiser arrived with two compartments split and glue everywhere. I escalated because I got no answer.",
    "2026-10-26T20:00:00Z", problem="quality",
    shipment=ship("delivered", "Cainiao / Royal Mail", "LP00963381027CN"),
    buyer_evidence=[{"kind": "photo", "note": "split compartments"}],
    seller={"store_name": "DeskNest Store"})),
 "a24": ("a24_es_mx_in_transit", "extend_delivery_time", _d(
    "DSP-25-A24", "es", "MX", "Ana Lucía Hernández", "not_received", "open",
    ("8192562233445566", [("Set de brochas de maquillaje", 349.00)], 349.00, "MXN", "2026-10-05T20:00:00Z"),
    "Buenas tardes, mi pedido sigue en camino y ya pasó la fecha estimada. Me preocupa que no llegue.",
    "2026-11-01T23:30:00Z",
    shipment=ship("in_transit", "Cainiao / Estafeta", "MX5081129374CN", "2026-10-07"),
    seller={"store_name": "Glow Beauty Store", "protection_extension_days": 30})),
 "a25": ("a25_de_partial_offer", "propose_partial_or_return", _d(
    "DSP-25-A25", "de", "AT", "Lukas Gruber", "not_as_described", "escalated",
    ("8192673344556677", [("Kabelloser Staubsauger, 2 Akkus", 79.99)], 79.99, "EUR", "2026-09-24T16:00:00Z"),
    "Ich habe ein Video hochgeladen: Der zweite Akku lädt überhaupt nicht. Deshalb habe ich den Fall an die Plattform übergeben.",
    "2026-10-28T17:45:00Z", problem="missing_parts",
    shipment=ship("delivered", "Cainiao / Österreichische Post", "LP00580037491CN"),
    buyer_evidence=[{"kind": "video"}],
    seller={"store_name": "Saubermann Shop", "max_partial_refund_pct": 25})),
}
