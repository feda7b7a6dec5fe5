"""Write the 24 hand-written disputes of this set (oe01..oe24)."""
import json, pathlib
OUT = pathlib.Path(__file__).resolve().parent.parent / "disputes"
OUT.mkdir(exist_ok=True)

def D(n, slug, reason, stage, buyer, lang, country, order, msg, opened, **kw):
    oid, items, total, cur, placed = order
    d = {"id": f"DSP-OE-{n:02d}", "reason": reason, "stage": stage}
    d.update({k: v for k, v in kw.items() if k != "seller"})
    d["order"] = {"id": oid, "items": [{"title": t, "unit_price": p} for t, p in items], "total": total, "currency": cur, "placed_at": placed}
    d["buyer"] = {"name": buyer, "country": country, "language": lang}
    if "seller" in kw: d["seller"] = kw["seller"]
    d["messages"] = [{"author": "buyer", "at": opened, "text": msg}]
    d["opened_at"] = opened
    (OUT / f"oe{n:02d}_{slug}.json").write_text(json.dumps(d, ensure_ascii=False, indent=2) + "\n")

DLV = lambda car, tn: {"status": "delivered", "carrier": car, "tracking_number": tn}
D(1, "evidence_en", "not_as_described", "open", "Jordan Blake", "en", "US",
  ("8190200011112233", [("Portable Bluetooth speaker, 20W", 38.40)], 38.40, "USD", "2026-10-28T12:00:00Z"),
  "The speaker charges but won't turn on at all. Pretty disappointed.", "2026-11-20T14:05:00Z",
  problem="not_working", shipment=DLV("AliExpress Standard Shipping", "RB552031874SG"),
  seller={"store_name": "Northwind Audio", "signature": "Mia, Northwind Audio support"})
D(2, "extend_esmx", "not_received", "open", "Valeria Hernández", "es-MX", "MX",
  ("8190200022223344", [("Funda de silicona para tableta", 289.00)], 289.00, "MXN", "2026-10-30T18:00:00Z"),
  "Ya pasaron tres semanas y no me llega nada. ¿Dónde está mi pedido?", "2026-11-21T02:10:00Z",
  shipment={"status": "in_transit", "carrier": "Cainiao / Estafeta", "tracking_number": "LP00482913577CN", "shipped_at": "2026-11-02"},
  seller={"store_name": "TabletCase MX", "protection_extension_days": 20})
D(3, "offer_reship_ru", "not_received", "open", "Алексей Смирнов", "ru", "RU",
  ("8190200033334455", [("Термокружка из нержавеющей стали", 1490.00)], 1490.00, "RUB", "2026-10-01T08:00:00Z"),
  "Посылка потерялась, трек не обновляется больше месяца.", "2026-11-19T07:30:00Z",
  shipment={"status": "lost", "carrier": "Cainiao / Почта России", "tracking_number": "LV019283746CN"},
  seller={"store_name": "ТермоДом", "signature": "Команда магазина ТермоДом"})
D(4, "confirm_reship_ja", "not_received", "open", "佐藤 美咲", "ja", "JP",
  ("8190200044445566", [("刺繍入りコットンハンカチ 5枚セット", 2380)], 2380, "JPY", "2026-10-05T03:00:00Z"),
  "再発送でお願いします。住所は変わっていません。", "2026-11-18T01:00:00Z",
  shipment={"status": "lost", "carrier": "Cainiao / 日本郵便", "tracking_number": "LP00650012987CN"},
  reship={"buyer_answer": "agreed", "tracking_number": "LP00761234098CN"},
  seller={"store_name": "Hana Textile", "signature": "Hana Textile カスタマーサポート"})
D(5, "customs_buyer_fr", "not_received", "open", "Camille Laurent", "fr", "FR",
  ("8190200055556677", [("Montre connectée sport", 89.90)], 89.90, "EUR", "2026-10-25T10:00:00Z"),
  "Mon colis est bloqué en douane depuis une semaine, que dois-je faire ?", "2026-11-20T09:00:00Z",
  shipment={"status": "customs_hold", "carrier": "Cainiao / La Poste", "tracking_number": "LX203948576CN", "duties_payer": "buyer"},
  seller={"store_name": "Pulse Gear"})
D(6, "customs_seller_de", "not_received", "open", "Stefan Krüger", "de", "DE",
  ("8190200066667788", [("Akku-Bohrschrauber 18V Set", 74.50)], 74.50, "EUR", "2026-10-22T16:00:00Z"),
  "Das Paket hängt beim Zoll fest. Muss ich da etwas bezahlen?", "2026-11-21T11:20:00Z",
  shipment={"status": "customs_hold", "carrier": "Cainiao / DHL", "tracking_number": "EE550187236CN", "duties_payer": "seller"},
  seller={"store_name": "Werkstatt Direkt", "signature": "Ihr Team von Werkstatt Direkt"})
D(7, "propose_it", "not_as_described", "escalated", "Giulia Romano", "it", "IT",
  ("8190200077778899", [("Borsa a tracolla in pelle sintetica", 64.00)], 64.00, "EUR", "2026-10-15T09:00:00Z"),
  "Ho mandato le foto: la cucitura della tracolla si è già aperta.", "2026-11-17T15:45:00Z",
  problem="quality", buyer_evidence=[{"kind": "photo", "note": "cucitura aperta"}],
  shipment=DLV("Cainiao / Poste Italiane", "LP00311220987CN"),
  seller={"store_name": "Casa Bella Shop", "max_partial_refund_pct": 25})
D(8, "return_instr_ptbr", "not_as_described", "ruled", "Rafael Souza", "pt-BR", "BR",
  ("8190200088889900", [("Tênis de corrida masculino", 249.90)], 249.90, "BRL", "2026-10-02T13:00:00Z"),
  "A plataforma aprovou a devolução. Para onde eu mando o tênis?", "2026-11-16T20:00:00Z",
  problem="wrong_item", platform_ruling="return_and_refund", return_shipment={"status": "not_shipped"},
  shipment=DLV("Cainiao / Correios", "NX884201736BR"),
  seller={"store_name": "Loja Sol Nascente", "return_address": "Loja Sol Nascente – Devoluções, Rua das Acácias 218, Sala 4, Campinas-SP, 13087-460, Brasil"})
D(9, "await_nl", "not_received", "escalated", "Sanne de Vries", "nl", "NL",
  ("8190200099990011", [("Opvouwbare fietsmand", 32.95)], 32.95, "EUR", "2026-10-10T07:00:00Z"),
  "Ik heb het geschil doorgezet naar het platform, ik wacht al veel te lang.", "2026-11-19T19:30:00Z",
  seller_evidence_submitted=True,
  shipment={"status": "in_transit", "carrier": "Cainiao / PostNL", "tracking_number": "LP00220099881CN"},
  seller={"store_name": "FietsFijn", "signature": "Met vriendelijke groet, team FietsFijn"})
D(10, "escalation_tr", "not_received", "escalated", "Emre Yılmaz", "tr", "TR",
  ("8190200100001122", [("Kablosuz oyun kumandası", 749.00)], 749.00, "TRY", "2026-10-12T10:00:00Z"),
  "Defalarca yazdım ama ürün hâlâ gelmedi, itirazı platforma taşıdım.", "2026-11-20T08:00:00Z",
  shipment={"status": "in_transit", "carrier": "Cainiao / PTT Kargo", "tracking_number": "RT447120938CN"},
  seller={"store_name": "OyunPark"})
D(11, "return_received_ko", "not_as_described", "ruled", "김지훈", "ko", "KR",
  ("8190200111112233", [("무선 기계식 키보드", 68000)], 68000, "KRW", "2026-09-28T05:00:00Z"),
  "반품 보냈습니다. 도착했나요?", "2026-11-12T03:00:00Z",
  problem="missing_parts", platform_ruling="return_and_refund",
  return_shipment={"status": "received", "tracking_number": "6081234567890"},
  shipment=DLV("Cainiao / CJ대한통운", "LP00144388812CN"),
  seller={"store_name": "KeyLab", "return_address": "KeyLab Returns, Room 5, Bldg B, Shenzhen, China", "signature": "KeyLab 고객지원팀"})
D(12, "evidence_zhtw", "not_as_described", "open", "陳怡君", "zh-TW", "TW",
  ("8190200122223344", [("運動藍牙耳機", 1290)], 1290, "TWD", "2026-10-27T04:00:00Z"),
  "收到的耳機看起來不像正品，盒子印刷也很模糊。", "2026-11-21T06:15:00Z",
  problem="counterfeit", shipment=DLV("Cainiao / 中華郵政", "LP00377845120CN"),
  seller={"store_name": "聲活館", "signature": "聲活館 客服團隊"})
D(13, "extend_ar", "not_received", "open", "أحمد الحربي", "ar", "SA",
  ("8190200133334455", [("حقيبة ظهر للسفر", 159.00)], 159.00, "SAR", "2026-10-29T17:00:00Z"),
  "لم يصل الطلب حتى الآن، والتتبع يقول إنه في الطريق.", "2026-11-22T10:00:00Z",
  shipment={"status": "in_transit", "carrier": "Cainiao / Aramex", "tracking_number": "UH036218475CN", "shipped_at": "2026-11-01"},
  seller={"store_name": "Rahala Bags", "signature": "فريق متجر Rahala Bags"})
D(14, "propose_sv", "not_as_described", "escalated", "Linnea Berg", "sv", "SE",
  ("8190200144445566", [("Ullfilt, grå", 480.00)], 480.00, "SEK", "2026-10-08T09:00:00Z"),
  "Filten har en stor fläck, jag har skickat bilder.", "2026-11-18T13:30:00Z",
  problem="damaged", buyer_evidence=[{"kind": "photo"}, {"kind": "photo"}],
  shipment=DLV("Cainiao / PostNord", "LP00588812765CN"),
  seller={"store_name": "Nordic Nest Home", "max_partial_refund_pct": 20})
D(15, "return_instr_cs", "not_as_described", "ruled", "Tomáš Novák", "cs", "CZ",
  ("8190200155556677", [("Stolní lampa LED", 899.00)], 899.00, "CZK", "2026-10-03T11:00:00Z"),
  "Platforma rozhodla o vrácení. Kam mám lampu poslat?", "2026-11-15T16:00:00Z",
  problem="not_working", platform_ruling="return_and_refund", return_shipment={"status": "not_shipped"},
  shipment=DLV("Cainiao / Česká pošta", "RR339102847CZ"),
  seller={"store_name": "Domov Plus", "return_address": "Vratky Domov Plus, Skladová 12, 190 00 Praha 9, Česko"})
D(16, "customs_absent_ro", "not_received", "open", "Andreea Popescu", "ro", "RO",
  ("8190200166667788", [("Aparat de cafea espresso manual", 412.00)], 412.00, "RON", "2026-10-20T10:00:00Z"),
  "Coletul e blocat la vamă și nu știu cine trebuie să plătească taxele.", "2026-11-22T12:00:00Z",
  shipment={"status": "customs_hold", "carrier": "Cainiao / Poșta Română", "tracking_number": "CY774401928CN"},
  seller={"store_name": "Espresso Corner"})
D(17, "offer_reship_hu", "not_received", "open", "Nagy Zsófia", "hu", "HU",
  ("8190200177778899", [("Kerámia virágcserép szett", 8900)], 8900, "HUF", "2026-09-30T09:00:00Z"),
  "A csomag elveszett, a futárcég is ezt mondta.", "2026-11-17T09:40:00Z",
  shipment={"status": "lost", "carrier": "Cainiao / Magyar Posta", "tracking_number": "LP00410293847CN"},
  reship={"buyer_answer": "asked"}, seller={"store_name": "Zöld Sarok"})
D(18, "await_da", "not_as_described", "escalated", "Mads Jensen", "da", "DK",
  ("8190200188889900", [("Vandtæt løbejakke", 399.00)], 399.00, "DKK", "2026-10-06T14:00:00Z"),
  "Jakken er ikke vandtæt. Jeg har eskaleret sagen.", "2026-11-16T10:10:00Z",
  problem="quality", seller_evidence_submitted=True,
  shipment=DLV("Cainiao / PostNord", "LP00299384756CN"),
  seller={"store_name": "Løbeliv"})
D(19, "escalation_fi", "not_as_described", "escalated", "Aino Virtanen", "fi", "FI",
  ("8190200199990011", [("Villasukat, 3 paria", 27.90)], 27.90, "EUR", "2026-10-14T08:00:00Z"),
  "Sukat ovat aivan eri väriset kuin kuvassa. Vein asian alustalle.", "2026-11-19T11:00:00Z",
  problem="color_or_appearance", shipment=DLV("Cainiao / Posti", "LP00733920184CN"),
  seller={"store_name": "Villatupa", "signature": "Ystävällisin terveisin, Villatupan asiakaspalvelu"})
D(20, "confirm_reship_pl", "not_received", "open", "Katarzyna Wiśniewska", "pl", "PL",
  ("8190200200001122", [("Zestaw pędzli do makijażu", 59.99)], 59.99, "PLN", "2026-10-04T18:00:00Z"),
  "Zgadzam się na ponowną wysyłkę, adres bez zmian.", "2026-11-18T17:00:00Z",
  shipment={"status": "lost", "carrier": "Cainiao / InPost", "tracking_number": "LP00830017264CN"},
  reship={"buyer_answer": "agreed", "tracking_number": "LP00993817264CN"},
  seller={"store_name": "Piękno Studio"})
D(21, "return_received_uk", "not_as_described", "ruled", "Олена Коваленко", "uk", "UA",
  ("8190200211112233", [("Дитячий рюкзак з єдинорогом", 820.00)], 820.00, "UAH", "2026-09-25T12:00:00Z"),
  "Я відправила рюкзак назад, перевірте, будь ласка.", "2026-11-14T09:00:00Z",
  problem="wrong_item", platform_ruling="return_and_refund",
  return_shipment={"status": "received", "tracking_number": "20450012398765"},
  shipment=DLV("Cainiao / Нова Пошта", "LP00566120394CN"),
  seller={"store_name": "Kids Joy", "return_address": "Kids Joy Returns, Yiwu, China"})
D(22, "evidence_el", "not_as_described", "open", "Γιώργος Παπαδόπουλος", "el", "GR",
  ("8190200222223344", [("Ανδρικό πουκάμισο λινό", 34.00)], 34.00, "EUR", "2026-10-26T15:00:00Z"),
  "Το πουκάμισο είναι πολύ μικρότερο από τον πίνακα μεγεθών.", "2026-11-22T17:30:00Z",
  problem="size_or_fit", shipment=DLV("Cainiao / ΕΛΤΑ", "LP00124587963CN"),
  seller={"store_name": "Linen Lane"})
D(23, "propose_engb", "not_as_described", "escalated", "Oliver Hughes", "en-GB", "GB",
  ("8190200233334455", [("Ceramic dinner set, 12 pieces", 55.00)], 55.00, "GBP", "2026-10-09T10:00:00Z"),
  "Two plates arrived chipped, photos are attached to the dispute.", "2026-11-18T20:20:00Z",
  problem="damaged", buyer_evidence=[{"kind": "photo", "note": "two chipped plates"}],
  shipment=DLV("Cainiao / Royal Mail", "LP00900011223CN"),
  seller={"store_name": "Kiln & Co", "signature": "Harriet at Kiln & Co"})
D(24, "extend_ptpt", "not_received", "open", "Inês Ferreira", "pt-PT", "PT",
  ("8190200244445566", [("Candeeiro de mesa em bambu", 45.60)], 45.60, "EUR", "2026-11-01T10:00:00Z"),
  "A encomenda ainda não chegou e já passou o prazo indicado.", "2026-11-23T08:45:00Z",
  shipment={"status": "in_transit", "carrier": "Cainiao / CTT", "tracking_number": "RS482910337NL", "shipped_at": "2026-11-03"},
  seller={"store_name": "Bambu Casa", "protection_extension_days": 30})
