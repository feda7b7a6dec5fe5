"""Write the 24 hand-made disputes of the od set."""
import json, pathlib
OUT = pathlib.Path(__file__).resolve().parent.parent / "disputes"

def D(n, slug, reason, stage, lang, name, country, cur, items, ship=None, problem=None, reship=None,
      seller=None, msg="", ev=None, sev=False, ruling=None, ret=None, opened="2026-11-10T10:00:00Z", oid=None):
    total = sum(p for _, p in items)
    d = {"id": f"OD-{n:02d}-{slug}", "reason": reason, "stage": stage}
    if problem: d["problem"] = problem
    if ship: d["shipment"] = ship
    if reship: d["reship"] = reship
    if sev: d["seller_evidence_submitted"] = True
    if ev: d["buyer_evidence"] = ev
    if ruling: d["platform_ruling"] = ruling
    if ret: d["return_shipment"] = ret
    d["order"] = {"id": oid or f"81{n:02d}7730{n:02d}4419{n:02d}", "items": [{"title": t, "unit_price": p} for t, p in items],
                  "total": round(total, 2), "currency": cur}
    d["buyer"] = {"name": name, "country": country, "language": lang}
    if seller: d["seller"] = seller
    d["messages"] = [{"author": "buyer", "text": msg, "at": opened}]
    d["opened_at"] = opened
    (OUT / f"od{n:02d}_{slug}.json").write_text(json.dumps(d, ensure_ascii=False, indent=2) + "\n")

NAD, NR = "not_as_described", "not_received"
D(1, "evidence_en", NAD, "open", "en", "Megan Brooks", "US", "USD", [("Bluetooth kitchen scale", 18.4)],
  ship={"status": "delivered", "carrier": "AliExpress Standard Shipping", "tracking_number": "RB408812273SG"},
  problem="not_working", seller={"store_name": "HomeGadget Hub"}, msg="The scale won't turn on at all, even with new batteries.")
D(2, "extend_esmx", NR, "open", "es-MX", "Alejandro Ríos", "MX", "MXN", [("Audífonos inalámbricos deportivos", 389.0)],
  ship={"status": "in_transit", "carrier": "Cainiao / Estafeta", "tracking_number": "LP00731194620CN"},
  seller={"store_name": "SonidoPlus", "protection_extension_days": 20}, msg="Mi paquete lleva semanas sin llegar, ¿dónde está?")
D(3, "offer_reship_ru", NR, "open", "ru", "Ольга Смирнова", "RU", "RUB", [("Термокружка из нержавеющей стали", 1290.0)],
  ship={"status": "lost", "carrier": "Cainiao / Почта России", "tracking_number": "RU228641905CN"},
  seller={"store_name": "TeploDom", "signature": "Команда TeploDom"}, msg="Посылка потерялась, трек не обновляется уже месяц.")
D(4, "customs_buyer_ja", NR, "open", "ja", "佐藤 美咲", "JP", "JPY", [("レザー手帳カバー", 4200)],
  ship={"status": "customs_hold", "carrier": "Cainiao / 日本郵便", "tracking_number": "LX509917342CN", "duties_payer": "buyer"},
  seller={"store_name": "Sakura Leather"}, msg="荷物が税関で止まっています。どうすればいいですか？")
D(5, "return_instr_fr", NAD, "ruled", "fr", "Thomas Lefèvre", "FR", "EUR", [("Montre connectée sport", 54.9)],
  ship={"status": "delivered", "carrier": "Cainiao / Colissimo", "tracking_number": "LP00412087733CN"}, problem="not_working",
  ruling="return_and_refund", ret={"status": "not_shipped"},
  seller={"store_name": "TechVille", "return_address": "TechVille Retours, 8 avenue Jean Jaurès, 69007 Lyon, France"},
  msg="La plateforme a validé le retour. Où dois-je envoyer la montre ?")
D(6, "partial_de", NAD, "escalated", "de", "Katrin Hoffmann", "DE", "EUR", [("Wollmantel für Damen", 79.0)],
  ship={"status": "delivered", "carrier": "Cainiao / DHL", "tracking_number": "LP00611238495CN"}, problem="quality",
  ev=[{"kind": "photo", "note": "Naht am Ärmel offen"}], seller={"store_name": "Nordmode", "max_partial_refund_pct": 25},
  msg="Die Naht am Ärmel ist aufgegangen, Fotos sind hochgeladen.")
D(7, "await_it", NR, "escalated", "it", "Giulia Bianchi", "IT", "EUR", [("Lampada da scrivania LED", 32.5)],
  ship={"status": "in_transit", "carrier": "Cainiao / Poste Italiane", "tracking_number": "LP00719920184CN"}, sev=True,
  seller={"store_name": "LuceCasa"}, msg="Ho aperto la controversia sulla piattaforma perché non ho ricevuto niente.")
D(8, "confirm_reship_ptbr", NR, "open", "pt-BR", "Rafael Souza", "BR", "BRL", [("Capa de chuva para bicicleta", 119.9)],
  ship={"status": "lost", "carrier": "Cainiao / Correios", "tracking_number": "NL803377105CN"},
  reship={"buyer_answer": "agreed", "tracking_number": "NL803377261CN"}, seller={"store_name": "PedalMais"},
  msg="Pode reenviar sim, obrigado.")
D(9, "escalation_nl", NAD, "escalated", "nl", "Sanne de Vries", "NL", "EUR", [("Rugzak voor wandelen", 44.0)],
  ship={"status": "delivered", "carrier": "PostNL", "tracking_number": "LP00904418726CN"}, problem="color_or_appearance",
  seller={"store_name": "Trekwinkel"}, msg="Ik heb het geschil doorgezet naar het platform, de kleur klopt gewoon niet.")
D(10, "return_received_tr", NAD, "ruled", "tr", "Emre Yıldız", "TR", "TRY", [("Kablosuz mouse", 640.0)],
  ship={"status": "delivered", "carrier": "Cainiao / PTT", "tracking_number": "LP00108823917CN"}, problem="not_working",
  ruling="return_and_refund", ret={"status": "received", "tracking_number": "RR100457382TR"},
  seller={"store_name": "BilgiTek", "return_address": "BilgiTek, Shenzhen Bao'an Warehouse"}, msg="Ürünü geri gönderdim, ulaştı mı?")
D(11, "partial_ko", NAD, "escalated", "ko", "김지훈", "KR", "KRW", [("무선 충전 거치대", 35000)],
  ship={"status": "delivered", "carrier": "Cainiao / CJ대한통운", "tracking_number": "LP00115540281CN"}, problem="damaged",
  ev=[{"kind": "video"}], seller={"store_name": "차지몰", "max_partial_refund_pct": 20}, msg="받았을 때 이미 깨져 있었습니다. 영상 올렸어요.")
D(12, "extend_zhtw", NR, "open", "zh-TW", "陳怡君", "TW", "TWD", [("保溫便當盒", 590.0)],
  ship={"status": "in_transit", "carrier": "Cainiao / 中華郵政", "tracking_number": "LP00123370918CN"},
  seller={"store_name": "好生活小舖", "protection_extension_days": 10}, msg="已經等很久了，包裹到底什麼時候會到？")
D(13, "customs_seller_ar", NR, "open", "ar", "أحمد الحربي", "SA", "SAR", [("سماعات رأس لاسلكية", 185.0)],
  ship={"status": "customs_hold", "carrier": "Aramex", "tracking_number": "LP00137765402CN", "duties_payer": "seller"},
  seller={"store_name": "Sawt Store"}, msg="الطرد محجوز في الجمارك، هل يجب أن أدفع شيئاً؟")
D(14, "evidence_sv", NAD, "open", "sv", "Elin Lindqvist", "SE", "SEK", [("Vinterjacka dam", 749.0)],
  ship={"status": "delivered", "carrier": "PostNord", "tracking_number": "LP00142295017CN"}, problem="size_or_fit",
  seller={"store_name": "Nordkläder"}, msg="Jackan är alldeles för liten jämfört med storlekstabellen.")
D(15, "offer_reship_cs", NR, "open", "cs", "Petr Novák", "CZ", "CZK", [("Stolní ventilátor", 599.0)],
  ship={"status": "lost", "carrier": "Cainiao / Česká pošta", "tracking_number": "RC150093374CN"},
  reship={"buyer_answer": "asked"}, seller={"store_name": "VzduchShop"}, msg="Zásilka se ztratila, co teď?")
D(16, "return_instr_ro", NAD, "ruled", "ro", "Andreea Popescu", "RO", "RON", [("Rochie de vară", 149.0)],
  ship={"status": "delivered", "carrier": "Cainiao / Fan Courier", "tracking_number": "LP00166601243CN"}, problem="wrong_item",
  ruling="return_and_refund", ret={"status": "not_shipped"},
  seller={"store_name": "Moda Bella", "return_address": "Moda Bella Returns, Room 502, Building 3, Baiyun District, Guangzhou, China"},
  msg="Platforma a decis returul. Unde trimit rochia?")
D(17, "await_hu", NAD, "escalated", "hu", "Nagy Balázs", "HU", "HUF", [("Elektromos fogkefe", 12990)],
  ship={"status": "delivered", "carrier": "Cainiao / Magyar Posta", "tracking_number": "LP00170042856CN"}, problem="not_working", sev=True,
  seller={"store_name": "FogTech"}, msg="Eszkaláltam a vitát, a fogkefe nem töltődik.")
D(18, "confirm_reship_da", NR, "open", "da", "Mette Jensen", "DK", "DKK", [("Yogamåtte", 229.0)],
  ship={"status": "lost", "carrier": "Cainiao / PostNord", "tracking_number": "LP00181127365CN"},
  reship={"buyer_answer": "agreed", "tracking_number": "LP00181194420CN"}, seller={"store_name": "ZenSport", "signature": "Venlig hilsen, ZenSport kundeservice"},
  msg="Ja tak, send den gerne igen.")
D(19, "escalation_fi", NR, "escalated", "fi", "Juha Virtanen", "FI", "EUR", [("Retkeilylamppu", 27.9)],
  ship={"status": "in_transit", "carrier": "Cainiao / Posti", "tracking_number": "LP00196638201CN"},
  seller={"store_name": "Erämaa Shop"}, msg="Vein riidan alustalle, paketti ei ole vieläkään tullut.")
D(20, "customs_absent_pl", NR, "open", "pl", "Katarzyna Wójcik", "PL", "PLN", [("Robot kuchenny", 459.0)],
  ship={"status": "customs_hold", "carrier": "Cainiao / Poczta Polska", "tracking_number": "LP00204471938CN"},
  seller={"store_name": "KuchniaPro"}, msg="Paczka utknęła w urzędzie celnym. Co mam zrobić?")
D(21, "return_received_uk", NAD, "ruled", "uk", "Олена Коваленко", "UA", "UAH", [("Шкіряна сумка", 1850.0)],
  ship={"status": "delivered", "carrier": "Cainiao / Нова пошта", "tracking_number": "LP00215509374CN"}, problem="counterfeit",
  ruling="return_and_refund", ret={"status": "received", "tracking_number": "RR210338810UA"},
  seller={"store_name": "Bagira", "return_address": "Bagira Returns, Yiwu, China"}, msg="Я відправила сумку назад.")
D(22, "evidence_el", NAD, "open", "el", "Γιώργος Παπαδόπουλος", "GR", "EUR", [("Κεραμικό σετ φλιτζανιών", 38.6)],
  ship={"status": "delivered", "carrier": "Cainiao / ELTA", "tracking_number": "LP00223318460CN"}, problem="damaged",
  seller={"store_name": "Κεραμική Γωνιά"}, msg="Δύο φλιτζάνια ήρθαν σπασμένα.")
D(23, "partial_engb", NAD, "escalated", "en-GB", "Oliver Hughes", "GB", "GBP", [("Wireless doorbell kit", 29.99), ("Spare doorbell chime", 12.0)],
  ship={"status": "delivered", "carrier": "Royal Mail", "tracking_number": "LP00234407719CN"}, problem="missing_parts",
  ev=[{"kind": "photo"}], seller={"store_name": "BrightBell", "max_partial_refund_pct": 40, "signature": "Priya, BrightBell customer care"},
  msg="The chime came without its mounting bracket and screws. Photos attached.")
D(24, "return_instr_ptpt", NAD, "ruled", "pt-PT", "Inês Carvalho", "PT", "EUR", [("Candeeiro de pé", 64.0)],
  ship={"status": "delivered", "carrier": "Cainiao / CTT", "tracking_number": "LP00240095518CN"}, problem="damaged",
  ruling="return_and_refund", ret={"status": "in_transit", "tracking_number": "RR240177635PT"},
  seller={"store_name": "LuzLar", "return_address": "LuzLar Devoluções, Rua do Comércio 45, 4000-150 Porto, Portugal"},
  msg="Já enviei o candeeiro de volta.")
