"""Writes the 24 hand-made disputes of this set into ../disputes/."""
import json, pathlib
OUT = pathlib.Path(__file__).resolve().parent.parent / "disputes"
OUT.mkdir(exist_ok=True)

def d(n, lang, name, country, reason, stage, ship, order, msg, opened, problem=None, seller=None, **extra):
    x = {"id": f"OS-{n:02d}-2026", "reason": reason, "stage": stage}
    if problem: x["problem"] = problem
    x["shipment"] = ship
    x.update(extra)
    title, price, cur, oid, placed = order
    x["order"] = {"id": oid, "items": [{"title": title, "unit_price": price}], "total": price, "currency": cur, "placed_at": placed}
    x["buyer"] = {"name": name, "country": country, "language": lang}
    if seller: x["seller"] = seller
    x["messages"] = [{"author": "buyer", "at": opened, "text": msg}]
    x["opened_at"] = opened
    return n, x

S = lambda st, car, tn, **k: {"status": st, "carrier": car, "tracking_number": tn, **k}
D = [
 d(1, "en", "Megan Holloway", "US", "not_as_described", "open", S("delivered", "AliExpress Standard Shipping", "RS441902837NL"),
   ("Stainless steel kettle 1.7L", 38.4, "USD", "3051187264409921", "2026-10-02T10:00:00Z"),
   "The kettle lid doesn't close properly and the handle wobbles. Not what I expected for this price.", "2026-11-03T14:00:00Z", problem="quality",
   seller={"store_name": "BrightHome Store", "max_partial_refund_pct": 25}),
 d(2, "es-MX", "Alejandro Ruiz", "MX", "not_received", "open", S("in_transit", "Cainiao / Estafeta", "LP00731950284CN", shipped_at="2026-10-14"),
   ("Audífonos inalámbricos deportivos", 689.0, "MXN", "3051190077315842", "2026-10-11T18:20:00Z"),
   "Ya pasó un mes y no llega mi paquete. ¿Dónde está?", "2026-11-12T16:05:00Z", seller={"store_name": "SonicWave MX", "protection_extension_days": 20}),
 d(3, "ru", "Дмитрий Соколов", "RU", "not_received", "open", S("lost", "Cainiao Super Economy", "YT2291746503381"),
   ("Набор отвёрток 24 в 1", 1490.0, "RUB", "3051166490221387", "2026-09-28T07:00:00Z"),
   "Трек-номер не обновляется уже месяц, посылка потерялась?", "2026-11-05T06:30:00Z", seller={"store_name": "ToolMaster Official"}),
 d(4, "ja", "佐藤 美咲", "JP", "not_received", "open", S("lost", "Japan Post", "LP00619283746CN"),
   ("シルクのアイマスク", 2480.0, "JPY", "3051172839104456", "2026-10-06T01:00:00Z"), "再発送をお願いします。", "2026-11-08T03:00:00Z",
   reship={"buyer_answer": "agreed", "tracking_number": "LP00620384511CN"}, seller={"store_name": "Sakura Sleep Shop", "signature": "Sakura Sleep Shop カスタマーサポート"}),
 d(5, "fr-CA", "Julien Tremblay", "CA", "not_as_described", "ruled", S("delivered", "Cainiao / Postes Canada", "LP00844172906CN"),
   ("Bottes d'hiver imperméables", 74.99, "CAD", "3051158823640071", "2026-09-20T12:00:00Z"),
   "La plateforme a tranché pour un retour. Où dois-je envoyer les bottes ?", "2026-10-18T15:00:00Z", problem="size_or_fit",
   platform_ruling="return_and_refund", return_shipment={"status": "not_shipped"},
   seller={"store_name": "NordPas Chaussures", "return_address": "NordPas Retours, 88 boul. Industriel, Laval QC H7L 4S3, Canada"}),
 d(6, "de-AT", "Katharina Huber", "AT", "not_received", "open", S("customs_hold", "Cainiao / Österreichische Post", "LP00517730248CN", duties_payer="buyer"),
   ("Espressomaschine Siebträger", 159.0, "EUR", "3051149902263548", "2026-10-09T09:00:00Z"),
   "Das Paket hängt beim Zoll fest. Was soll ich tun?", "2026-11-06T11:45:00Z", seller={"store_name": "CaffèPro Store"}),
 d(7, "it", "Francesca Lombardi", "IT", "not_as_described", "escalated", S("delivered", "Cainiao / Poste Italiane", "LP00458829173CN"),
   ("Borsa a tracolla in pelle", 56.0, "EUR", "3051137721904682", "2026-09-30T10:30:00Z"),
   "Ho inviato le foto: la cucitura è rotta e la pelle è graffiata.", "2026-10-29T19:10:00Z", problem="damaged",
   buyer_evidence=[{"kind": "photo", "note": "torn seam"}], seller={"store_name": "Pelletteria Bella", "max_partial_refund_pct": 40}),
 d(8, "pt-BR", "Rafael Oliveira", "BR", "not_as_described", "escalated", S("delivered", "Cainiao / Correios", "NL338271904BR"),
   ("Smartwatch à prova d'água", 312.5, "BRL", "3051128834761150", "2026-09-25T14:00:00Z"),
   "O relógio não liga. Abri a disputa na plataforma.", "2026-10-27T21:00:00Z", problem="not_working", seller_evidence_submitted=True,
   seller={"store_name": "TechNova Brasil"}),
 d(9, "nl", "Sanne de Vries", "NL", "not_received", "escalated", S("in_transit", "PostNL", "LP00392018475CN"),
   ("Bureaulamp met dimmer", 27.95, "EUR", "3051119945023316", "2026-10-01T08:00:00Z"),
   "Ik heb het geschil laten escaleren, ik wacht al te lang.", "2026-11-04T10:20:00Z", seller={"store_name": "LumenLand"}),
 d(10, "tr", "Emre Yıldız", "TR", "not_as_described", "ruled", S("delivered", "Cainiao / PTT Kargo", "LP00285519307CN"),
   ("Kablosuz oyun faresi", 899.0, "TRY", "3051103376548821", "2026-09-15T13:00:00Z"),
   "Ürünü geri gönderdim, ulaştı mı?", "2026-10-12T09:00:00Z", problem="not_working", platform_ruling="return_and_refund",
   return_shipment={"status": "received", "tracking_number": "TR7720194836"}, seller={"store_name": "GameGear TR", "return_address": "GameGear İade, Atatürk Cad. No 17, 34000 İstanbul"}),
 d(11, "ko", "김지훈", "KR", "not_as_described", "open", S("delivered", "CJ Logistics", "LP00173392840CN"),
   ("남성용 러닝화", 58900.0, "KRW", "3051095520714463", "2026-10-10T02:00:00Z"),
   "사이즈가 너무 작아요. 평소 신는 사이즈로 주문했어요.", "2026-11-07T05:00:00Z", problem="size_or_fit", seller={"store_name": "RunFast Korea"}),
 d(12, "zh-TW", "林怡君", "TW", "not_received", "open", S("in_transit", "Cainiao / 中華郵政", "LP00095728164CN", shipped_at="2026-10-19"),
   ("陶瓷保溫杯", 420.0, "TWD", "3051087743190625", "2026-10-16T04:00:00Z"),
   "包裹一直沒有更新，請問什麼時候會到？", "2026-11-13T07:30:00Z", seller={"store_name": "青瓷小舖", "protection_extension_days": 10}),
 d(13, "ar", "أحمد الحربي", "SA", "not_received", "open", S("customs_hold", "Aramex", "LP00904417263CN", duties_payer="seller"),
   ("ساعة يد رجالية كلاسيكية", 245.0, "SAR", "3051078812604439", "2026-10-04T09:00:00Z"),
   "الشحنة محتجزة في الجمارك، ماذا أفعل؟", "2026-11-02T12:00:00Z", seller={"store_name": "Timeless Watches"}),
 d(14, "sv", "Elin Lindqvist", "SE", "not_as_described", "escalated", S("delivered", "PostNord", "LP00826630915CN"),
   ("Vinterjacka dam", 899.0, "SEK", "3051069901457732", "2026-09-22T11:00:00Z"),
   "Jackan har en annan färg än på bilderna, se min video.", "2026-10-24T17:00:00Z", problem="color_or_appearance",
   buyer_evidence=[{"kind": "video"}], seller={"store_name": "Nordic Wear Shop", "max_partial_refund_pct": 20}),
 d(15, "cs", "Tomáš Novák", "CZ", "not_received", "open", S("lost", "Česká pošta", "RR551938207CN"),
   ("Bezdrátová klávesnice", 749.0, "CZK", "3051051183926604", "2026-09-26T10:00:00Z"),
   "Zásilka se ztratila? Už měsíc žádná změna.", "2026-11-01T08:00:00Z", reship={"buyer_answer": "asked"}, seller={"store_name": "KeyZone"}),
 d(16, "ro", "Andreea Popescu", "RO", "not_as_described", "ruled", S("delivered", "Cainiao / Fan Courier", "LP00748102635CN"),
   ("Rochie de seară din satin", 219.0, "RON", "3051042270381195", "2026-09-18T16:00:00Z"),
   "Platforma a decis returul. Unde trimit rochia?", "2026-10-16T10:00:00Z", problem="wrong_item", platform_ruling="return_and_refund",
   return_shipment={"status": "in_transit", "tracking_number": "RO4419027735"},
   seller={"store_name": "Elegance Atelier", "return_address": "Elegance Atelier Retur, Str. Fabricii 9, 060821 București"}),
 d(17, "hu", "Nagy Balázs", "HU", "not_received", "open", S("lost", "Magyar Posta", "LP00637291840CN"),
   ("Okosmérleg Bluetooth", 8990.0, "HUF", "3051033349276018", "2026-10-03T09:00:00Z"),
   "Igen, kérem küldjék újra.", "2026-11-09T13:00:00Z", reship={"buyer_answer": "agreed", "tracking_number": "LP00638302951CN"},
   seller={"store_name": "SmartFit Shop"}),
 d(18, "da", "Mads Jørgensen", "DK", "not_received", "escalated", S("delivered", "GLS", "LP00529183746CN"),
   ("Elektrisk tandbørste", 349.0, "DKK", "3051024458193377", "2026-09-29T12:00:00Z"),
   "Jeg har eskaleret sagen, pakken kom aldrig.", "2026-10-30T08:00:00Z", seller_evidence_submitted=True, seller={"store_name": "DentaCare Store"}),
 d(19, "fi", "Aino Virtanen", "FI", "not_as_described", "escalated", S("delivered", "Posti", "LP00410927365CN"),
   ("Villasukat 3 paria", 19.9, "EUR", "3051015567304289", "2026-10-05T07:00:00Z"),
   "Sukat ovat eri materiaalia kuin kuvauksessa.", "2026-11-03T09:00:00Z", problem="other", seller={"store_name": "Lapland Knits"}),
 d(20, "pl", "Katarzyna Wiśniewska", "PL", "not_as_described", "ruled", S("delivered", "InPost", "LP00301846592CN"),
   ("Ekspres do kawy kapsułkowy", 429.0, "PLN", "3051006676415530", "2026-09-12T10:00:00Z"),
   "Odesłałam ekspres, czy dotarł?", "2026-10-10T11:00:00Z", problem="damaged", platform_ruling="return_and_refund",
   return_shipment={"status": "received", "tracking_number": "PL6610392847"},
   seller={"store_name": "KawaDom", "return_address": "KawaDom Zwroty, ul. Magazynowa 4, 02-495 Warszawa"}),
 d(21, "uk", "Олена Коваленко", "UA", "not_as_described", "open", S("delivered", "Nova Poshta", "LP00292755103CN"),
   ("Бездротовий пилосос", 2150.0, "UAH", "3050997785526742", "2026-10-07T08:00:00Z"),
   "Пилосос не вмикається після зарядки.", "2026-11-04T15:00:00Z", problem="not_working", seller={"store_name": "CleanTech UA"}),
 d(22, "el", "Γιώργος Παπαδόπουλος", "GR", "not_received", "open", S("customs_hold", "ELTA Courier", "LP00183664012CN"),
   ("Ηλεκτρικό σκούτερ παιδικό", 189.0, "EUR", "3050988894637953", "2026-10-08T10:00:00Z"),
   "Το δέμα είναι στο τελωνείο εδώ και μία εβδομάδα.", "2026-11-10T10:00:00Z", seller={"store_name": "KidRide Hellas"}),
 d(23, "en-GB", "Oliver Bennett", "GB", "not_as_described", "escalated", S("delivered", "Royal Mail", "LP00074573921CN"),
   ("Bluetooth bike computer", 44.5, "GBP", "3050979903748164", "2026-10-13T09:00:00Z"),
   "I've uploaded photos, two of the mounting clips are missing.", "2026-11-11T18:00:00Z", problem="missing_parts",
   buyer_evidence=[{"kind": "photo"}, {"kind": "screenshot"}], seller={"store_name": "CycleTech UK", "max_partial_refund_pct": 35}),
 d(24, "es", "Marta Jiménez", "ES", "not_as_described", "open", S("delivered", "Correos Express", "LP00965482031CN"),
   ("Funda para tablet con teclado", 33.9, "EUR", "3050960012859375", "2026-10-15T12:00:00Z"),
   "Me ha llegado una funda para otro modelo de tablet, no es la que pedí.", "2026-11-14T09:40:00Z", problem="wrong_item",
   seller={"store_name": "TabStyle España"}),
]
for n, x in D:
    (OUT / f"os{n:02d}.json").write_text(json.dumps(x, ensure_ascii=False, indent=2) + "\n")
print(len(D))
