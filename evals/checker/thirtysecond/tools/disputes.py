"""Writes the 24 hand-written disputes of this set into ../disputes/."""
import json, pathlib
OUT = pathlib.Path(__file__).resolve().parent.parent / "disputes"
OUT.mkdir(exist_ok=True)

def order(oid, title, price, cur, qty=1, placed="2026-10-14T08:00:00Z"):
    total = round(price * qty, 2) if isinstance(price, float) else price * qty
    return {"id": oid, "items": [{"title": title, "quantity": qty, "unit_price": price}],
            "total": total, "currency": cur, "placed_at": placed}

def d(num, slug, lang, name, country, reason, stage, o, msg, opened, seller, problem=None, shipment=None, **kw):
    x = {"id": f"DSP-OV-{num:02d}", "reason": reason, "stage": stage}
    if problem: x["problem"] = problem
    if shipment: x["shipment"] = shipment
    x.update(kw)
    x["order"] = o
    x["buyer"] = {"name": name, "country": country, "language": lang}
    x["seller"] = seller
    x["messages"] = [{"author": "buyer", "at": opened, "text": msg}]
    x["opened_at"] = opened
    (OUT / f"ov{num:02d}_{slug}.json").write_text(json.dumps(x, ensure_ascii=False, indent=2) + "\n")

def ship(status, carrier, tn, payer=None, shipped="2026-10-16"):
    s = {"status": status, "carrier": carrier, "tracking_number": tn, "shipped_at": shipped}
    if payer: s["duties_payer"] = payer
    return s

d(1, "evidence_en", "en-US", "Megan Walsh", "US", "not_as_described", "open",
  order("8190200011112222", "Ceramic pour-over coffee set", 38.40, "USD"),
  "The dripper arrived cracked in two places and the box was crushed on one corner.", "2026-11-18T14:05:00Z",
  {"store_name": "Brewline Home", "signature": "Tom, Brewline Home support", "max_partial_refund_pct": 20},
  problem="damaged", shipment=ship("delivered", "Cainiao / USPS", "LP00311204877CN"))
d(2, "transit_esmx", "es-MX", "Alejandro Fuentes", "MX", "not_received", "open",
  order("8190200033334444", "Audífonos inalámbricos deportivos", 689, "MXN"),
  "Ya pasaron tres semanas y mi pedido sigue sin llegar. Quiero mi dinero.", "2026-11-20T02:10:00Z",
  {"store_name": "SonicMex Shop", "protection_extension_days": 20},
  shipment=ship("in_transit", "Cainiao / Estafeta", "LP00452218930CN"))
d(3, "customs_buyer_ru", "ru", "Ирина Соколова", "RU", "not_received", "open",
  order("8190200055556666", "Робот-пылесос с влажной уборкой", 18990, "RUB"),
  "Посылка застряла на таможне, что мне делать?", "2026-11-19T07:30:00Z",
  {"store_name": "CleanBot Official", "signature": "Команда CleanBot Official"},
  shipment=ship("customs_hold", "Cainiao / Почта России", "RR704512338CN", payer="buyer"))
d(4, "offer_reship_ja", "ja", "佐藤 美咲", "JP", "not_received", "open",
  order("8190200077778888", "木製ジュエリーボックス", 4280, "JPY"),
  "追跡が二週間止まったままです。荷物はなくなったのでしょうか。", "2026-11-17T03:00:00Z",
  {"store_name": "Kinoko Crafts"},
  shipment=ship("lost", "Cainiao / Japan Post", "LP00587731264CN"))
d(5, "confirm_reship_fr", "fr-BE", "Amandine Lemaire", "BE", "not_received", "open",
  order("8190200099990000", "Tapis de yoga en liège", 44.90, "EUR"),
  "D'accord pour un nouvel envoi, merci de me tenir au courant.", "2026-11-16T10:00:00Z",
  {"store_name": "ZenCork", "signature": "Léa — ZenCork"},
  shipment=ship("lost", "Cainiao / bpost", "LP00610048823CN"),
  reship={"buyer_answer": "agreed", "tracking_number": "LP00610099157CN"})
d(6, "partial_de", "de-AT", "Stefan Huber", "AT", "not_as_described", "escalated",
  order("8190201122223333", "Wanderrucksack 40 L", 59.00, "EUR"),
  "Der Reißverschluss am Hauptfach ist schon beim ersten Öffnen ausgerissen. Fotos sind hochgeladen.", "2026-11-12T16:20:00Z",
  {"store_name": "Gipfelgear", "max_partial_refund_pct": 25},
  problem="quality", shipment=ship("delivered", "Cainiao / Österreichische Post", "LP00724416650CN"),
  buyer_evidence=[{"kind": "photo", "note": "torn zipper"}])
d(7, "await_it", "it", "Giulia Marchetti", "IT", "not_as_described", "escalated",
  order("8190201144445555", "Borsa a tracolla in pelle", 72.50, "EUR"),
  "Ho aperto la controversia sulla piattaforma perché il colore è completamente diverso.", "2026-11-10T09:45:00Z",
  {"store_name": "Pelletteria Luna"},
  problem="color_or_appearance", shipment=ship("delivered", "Cainiao / Poste Italiane", "LP00839902175CN"),
  seller_evidence_submitted=True)
d(8, "escalation_ptbr", "pt-BR", "Rafael Oliveira", "BR", "not_received", "escalated",
  order("8190201166667777", "Smartwatch à prova d'água", 249.90, "BRL"),
  "Já esperei demais, por isso levei a disputa para a plataforma.", "2026-11-11T21:00:00Z",
  {"store_name": "TechPulse Store", "signature": "Equipe TechPulse"},
  shipment=ship("in_transit", "Cainiao / Correios", "LP00945573318CN"))
d(9, "return_instr_nl", "nl", "Sanne de Vries", "NL", "not_as_described", "ruled",
  order("8190201188889999", "Elektrische melkopschuimer", 27.95, "EUR"),
  "Het platform heeft besloten dat ik de opschuimer mag terugsturen. Naar welk adres?", "2026-10-28T12:00:00Z",
  {"store_name": "KoffieKraft", "return_address": "KoffieKraft Retouren, Industrieweg 14, 3542 AD Utrecht, Nederland"},
  problem="not_working", shipment=ship("delivered", "Cainiao / PostNL", "LP01052294461CN"),
  platform_ruling="return_and_refund", return_shipment={"status": "not_shipped"})
d(10, "return_received_tr", "tr", "Emre Yılmaz", "TR", "not_as_described", "ruled",
  order("8190202200001111", "Kablosuz oyun faresi", 1249.00, "TRY"),
  "Fareyi geri gönderdim, ulaştı mı?", "2026-10-22T18:30:00Z",
  {"store_name": "GameNest", "return_address": "GameNest Returns, Room 5, Bao'an Road, Shenzhen, China"},
  problem="not_working", shipment=ship("delivered", "Cainiao / PTT", "LP01163381905CN"),
  platform_ruling="return_and_refund", return_shipment={"status": "received", "tracking_number": "PTT7728410935TR"})
d(11, "evidence_ko", "ko-KR", "김지훈", "KR", "not_as_described", "open",
  order("8190202222223333", "무선 전동 드릴 세트", 58900, "KRW"),
  "충전을 다 했는데도 드릴이 전혀 켜지지 않습니다.", "2026-11-21T05:15:00Z",
  {"store_name": "ToolHaus", "signature": "ToolHaus 고객지원팀"},
  problem="not_working", shipment=ship("delivered", "Cainiao / CJ대한통운", "LP01270058846CN"))
d(12, "customs_seller_zhtw", "zh-TW", "陳怡君", "TW", "not_received", "open",
  order("8190202244445555", "陶瓷茶具組", 1680, "TWD"),
  "物流顯示包裹卡在海關，我需要繳稅嗎？", "2026-11-18T01:40:00Z",
  {"store_name": "茶語小舖"},
  shipment=ship("customs_hold", "Cainiao / 中華郵政", "LP01385519024CN", payer="seller"))
d(13, "transit_ar", "ar-SA", "خالد العتيبي", "SA", "not_received", "open",
  order("8190202266667777", "ساعة ذكية رياضية", 219.00, "SAR"),
  "الطلب لم يصل بعد والتتبع يقول إنه في الطريق منذ أسبوعين.", "2026-11-19T11:00:00Z",
  {"store_name": "Falcon Gadgets", "protection_extension_days": 30},
  shipment=ship("in_transit", "Cainiao / Aramex", "LP01491124770CN"))
d(14, "partial_sv", "sv", "Elin Lindqvist", "SE", "not_as_described", "escalated",
  order("8190202288889999", "Ullpläd i merinoull", 649.00, "SEK"),
  "Plädet är mycket mindre än beskrivningen, jag har skickat bilder med måttband.", "2026-11-13T15:10:00Z",
  {"store_name": "Nordvärme", "max_partial_refund_pct": 40},
  problem="size_or_fit", shipment=ship("delivered", "Cainiao / PostNord", "LP01508867342CN"),
  buyer_evidence=[{"kind": "photo"}, {"kind": "video"}])
d(15, "offer_reship_cs", "cs", "Tomáš Novák", "CZ", "not_received", "open",
  order("8190203300001111", "LED stolní lampa", 549, "CZK"),
  "Zásilka se podle sledování ztratila. Co teď?", "2026-11-15T08:25:00Z",
  {"store_name": "Svetlo Market", "signature": "Tým Svetlo Market"},
  shipment=ship("lost", "Cainiao / Česká pošta", "LP01617740083CN"), reship={"buyer_answer": "asked"})
d(16, "confirm_reship_ro", "ro", "Andreea Popescu", "RO", "not_received", "open",
  order("8190203322223333", "Set de cuțite de bucătărie", 189.99, "RON"),
  "Da, vă rog să-mi trimiteți din nou coletul.", "2026-11-14T13:50:00Z",
  {"store_name": "ChefPoint"},
  shipment=ship("lost", "Cainiao / Poșta Română", "LP01726615590CN"),
  reship={"buyer_answer": "agreed", "tracking_number": "LP01726698214CN"})
d(17, "return_instr_hu", "hu", "Nagy Eszter", "HU", "not_as_described", "ruled",
  order("8190203344445555", "Gyerek kerékpársisak", 12990, "HUF"),
  "A platform visszaküldést és visszatérítést döntött. Hová küldjem a sisakot?", "2026-10-30T09:00:00Z",
  {"store_name": "KidRide", "return_address": "KidRide Returns, Unit 3B, 88 Hengli Road, Dongguan, Guangdong, China",
   "signature": "KidRide ügyfélszolgálat"},
  problem="wrong_item", shipment=ship("delivered", "Cainiao / Magyar Posta", "LP01832270416CN"),
  platform_ruling="return_and_refund", return_shipment={"status": "not_shipped"})
d(18, "await_da", "da", "Mads Kristensen", "DK", "not_received", "escalated",
  order("8190203366667777", "Bluetooth-højttaler", 399.00, "DKK"),
  "Jeg har eskaleret sagen, fordi pakken stadig ikke er kommet.", "2026-11-09T19:30:00Z",
  {"store_name": "Nordic Sound Co."},
  shipment=ship("in_transit", "Cainiao / PostNord", "LP01945501237CN"), seller_evidence_submitted=True)
d(19, "escalation_fi", "fi", "Aino Korhonen", "FI", "not_as_described", "escalated",
  order("8190203388889999", "Villasukat, 3 paria", 24.90, "EUR"),
  "Sukat ovat ohuempia kuin kuvauksessa. Vein asian alustalle.", "2026-11-12T07:05:00Z",
  {"store_name": "Lanka & Co", "signature": "Lanka & Co -tiimi"},
  problem="quality", shipment=ship("delivered", "Cainiao / Posti", "LP02051178690CN"))
d(20, "return_received_pl", "pl", "Katarzyna Wiśniewska", "PL", "not_as_described", "ruled",
  order("8190204400001111", "Czajnik elektryczny szklany", 139.00, "PLN"),
  "Czajnik wysłałam z powrotem tydzień temu.", "2026-10-20T10:10:00Z",
  {"store_name": "DomStyl"},
  problem="damaged", shipment=ship("delivered", "Cainiao / InPost", "LP02168843305CN"),
  platform_ruling="return_and_refund", return_shipment={"status": "received", "tracking_number": "RR556102347PL"})
d(21, "customs_absent_uk", "uk", "Олена Шевченко", "UA", "not_received", "open",
  order("8190204422223333", "Зволожувач повітря", 1450.00, "UAH"),
  "Посилка вже тиждень на митниці. Що потрібно зробити?", "2026-11-20T16:45:00Z",
  {"store_name": "AirHome Store"},
  shipment=ship("customs_hold", "Cainiao / Нова Пошта", "LP02273305519CN"))
d(22, "evidence_el", "el", "Νίκος Παπαδόπουλος", "GR", "not_as_described", "open",
  order("8190204444445555", "Ανδρικό μπουφάν, μέγεθος L", 46.00, "EUR"),
  "Το μπουφάν είναι πολύ στενό, μοιάζει με S και όχι με L.", "2026-11-21T12:30:00Z",
  {"store_name": "UrbanFit", "signature": "Η ομάδα του UrbanFit"},
  problem="size_or_fit", shipment=ship("delivered", "Cainiao / ELTA", "LP02384419962CN"))
d(23, "partial_engb", "en-GB", "Oliver Bennett", "GB", "not_as_described", "escalated",
  order("8190204466667777", "Cast iron skillet, 28 cm", 34.99, "GBP"),
  "The enamel is chipped all along the rim, I've uploaded photos.", "2026-11-14T17:00:00Z",
  {"store_name": "Hearth & Pan", "max_partial_refund_pct": 15, "signature": "Priya at Hearth & Pan"},
  problem="damaged", shipment=ship("delivered", "Cainiao / Royal Mail", "LP02491136684CN"),
  buyer_evidence=[{"kind": "photo", "note": "chipped rim"}])
d(24, "transit_es", "es-ES", "Marta Ruiz", "ES", "not_received", "open",
  order("8190204488889999", "Lámpara de escritorio plegable", 31.50, "EUR"),
  "El paquete lleva días sin moverse en el seguimiento. ¿Dónde está?", "2026-11-22T10:20:00Z",
  {"store_name": "Luz y Casa", "signature": "Pablo, Luz y Casa"},
  shipment=ship("in_transit", "Cainiao / Correos", "LP02502287711CN"))
print("ok")
