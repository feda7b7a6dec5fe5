"""Write the 24 hand-made disputes (ob01..ob24) into ../disputes/."""
import json, pathlib
OUT = pathlib.Path(__file__).resolve().parent.parent / "disputes"
OUT.mkdir(exist_ok=True)

def base(n, lang, country, name, title, price, cur, carrier, trk, msg, reason, stage, status, store, sig=None, pct=None, days=None, addr=None, **kw):
    d = {"id": f"OB-DSP-{n:02d}", "reason": reason, "stage": stage,
         "shipment": {"status": status, "carrier": carrier, "tracking_number": trk},
         "order": {"id": f"81{n:02d}7730{n:02d}4419{n:02d}", "items": [{"title": title, "unit_price": price}], "total": price, "currency": cur, "placed_at": "2026-10-0%dT10:00:00Z" % (n % 9 + 1)},
         "buyer": {"name": name, "country": country, "language": lang},
         "messages": [{"author": "buyer", "text": msg}],
         "opened_at": "2026-11-%02dT08:00:00Z" % (n % 20 + 1)}
    s = {"store_name": store}
    if sig: s["signature"] = sig
    if pct is not None: s["max_partial_refund_pct"] = pct
    if days: s["protection_extension_days"] = days
    if addr: s["return_address"] = addr
    d["seller"] = s
    for k, v in kw.items():
        if k == "duties": d["shipment"]["duties_payer"] = v
        else: d[k] = v
    json.dump(d, open(OUT / f"ob{n:02d}.json", "w"), ensure_ascii=False, indent=2)

NAD, NR = "not_as_described", "not_received"
EV = [{"kind": "photo", "note": "buyer photos"}]
base(1, "en", "US", "Megan Holloway", "Women's trail running shoes, EU 39", 54.0, "USD", "AliExpress Standard Shipping", "RS441208876NL", "These shoes are labelled 39 but they are way smaller than my other 39s. Really disappointed.", NAD, "open", "delivered", "Stride Lab", problem="size_or_fit")
base(2, "es-MX", "MX", "Alejandro Ruiz", "Audífonos inalámbricos con estuche", 689.0, "MXN", "Cainiao / Estafeta", "LP00871254390CN", "Ya pasaron tres semanas y el paquete no llega. ¿Dónde está?", NR, "open", "in_transit", "SonidoMax", days=20)
base(3, "ru", "RU", "Ирина Соколова", "Шерстяной плед 150x200", 4200.0, "RUB", "Cainiao / Почта России", "LP00338812047CN", "Плед пришёл с затяжками и пятном, фото приложила.", NAD, "escalated", "delivered", "Уютный Дом", pct=25, problem="quality", buyer_evidence=EV)
base(4, "ja", "JP", "佐藤 美咲", "セラミック製ティーポット", 5800.0, "JPY", "Cainiao / 日本郵便", "LP00612093348CN", "返品が認められました。どこに送ればいいですか？", NAD, "ruled", "delivered", "Kyoto Craft Store", addr="Kyoto Craft Returns, 3-14 Higashiyama, Kyoto 605-0862, Japan", problem="damaged", platform_ruling="return_and_refund", return_shipment={"status": "not_shipped"})
base(5, "fr", "FR", "Julien Marchand", "Montre connectée étanche", 79.9, "EUR", "Cainiao / La Poste", "LP00554471298CN", "D'accord pour un nouvel envoi, merci.", NR, "open", "lost", "TechNova Shop", sig="Camille, service client TechNova", reship={"buyer_answer": "agreed", "tracking_number": "LP00554479911CN"})
base(6, "de", "DE", "Katrin Vogel", "Edelstahl-Thermoskanne 1 l", 27.5, "EUR", "DHL Paket", "JJD000390011223344", "Das Paket ist laut DHL verloren gegangen. Was nun?", NR, "open", "lost", "Alpenküche Store")
base(7, "it", "IT", "Giorgio Ferri", "Macchina da caffè espresso compatta", 149.0, "EUR", "Cainiao / Poste Italiane", "LP00702215563CN", "Il pacco è fermo in dogana da una settimana.", NR, "open", "customs_hold", "CasaBella Italia", duties="buyer")
base(8, "pt-BR", "BR", "Fernanda Lima", "Luminária LED de mesa", 189.9, "BRL", "Cainiao / Correios", "LP00925510874CN", "Abri disputa na plataforma porque a luminária não liga.", NAD, "escalated", "delivered", "Brilho Store", problem="not_working", seller_evidence_submitted=True)
base(9, "nl", "NL", "Sanne de Vries", "Fietstas waterdicht", 39.95, "EUR", "PostNL", "3SABC1234567", "Ik heb het geschil geëscaleerd, het pakket is nog steeds niet hier.", NR, "escalated", "unknown", "Fietsmaat")
base(10, "tr", "TR", "Emre Yıldız", "Bluetooth hoparlör", 1250.0, "TRY", "Cainiao / PTT", "LP00134488201CN", "Ürünü geri gönderdim, ulaştı mı?", NAD, "ruled", "delivered", "Ses Dünyası", problem="not_working", platform_ruling="return_and_refund", return_shipment={"status": "received", "tracking_number": "RR552019874TR"})
base(11, "ko", "KR", "김지훈", "무선 기계식 키보드", 89000.0, "KRW", "Cainiao / 우체국", "LP00471122980CN", "키보드가 전원이 켜지지 않아요. 영상 첨부했습니다.", NAD, "escalated", "delivered", "KeyCraft", problem="not_working", buyer_evidence=[{"kind": "video", "note": "keyboard does not power on"}])
base(12, "zh-TW", "TW", "林怡君", "保溫便當盒", 690.0, "TWD", "Cainiao / 中華郵政", "LP00288130476CN", "包裹一直在運送中，我很擔心。", NR, "open", "in_transit", "好物小舖", days=10)
base(13, "ar", "SA", "خالد العتيبي", "ساعة ذكية رياضية", 320.0, "SAR", "Aramex", "AX9904412276", "الطرد محتجز في الجمارك منذ أيام.", NR, "open", "customs_hold", "Smart Time Store", duties="seller")
base(14, "sv", "SE", "Elin Lindqvist", "Ullfilt i grått", 649.0, "SEK", "PostNord", "UA771203398SE", "Filten luktar starkt och har hål, se bilder.", NAD, "escalated", "delivered", "Nordic Nest Shop", pct=40, problem="quality", buyer_evidence=EV)
base(15, "cs", "CZ", "Tomáš Novák", "Kožená peněženka", 890.0, "CZK", "Cainiao / Česká pošta", "LP00903317725CN", "Platforma rozhodla o vrácení. Kam to mám poslat?", NAD, "ruled", "delivered", "Kožena Dílna", addr="Kozena Dilna Returns, Palackeho 18, 602 00 Brno, Czech Republic", problem="counterfeit", platform_ruling="return_and_refund", return_shipment={"status": "not_shipped"})
base(16, "ro", "RO", "Andreea Popescu", "Set de cuțite din ceramică", 210.0, "RON", "Cainiao / Poșta Română", "LP00166092853CN", "Coletul pare pierdut, nu s-a mai mișcat de o lună.", NR, "open", "lost", "Bucătăria Mea", reship={"buyer_answer": "asked"})
base(17, "hu", "HU", "Nagy Bence", "Vezeték nélküli egér", 8990.0, "HUF", "Cainiao / Magyar Posta", "LP00377240615CN", "Rendben, kérem küldjék újra.", NR, "open", "lost", "Digi Bolt", reship={"buyer_answer": "agreed", "tracking_number": "LP00377248802CN"})
base(18, "da", "DK", "Mette Jensen", "Keramisk blomsterkrukke", 245.0, "DKK", "GLS", "GLS5520019934", "Krukken var revnet, derfor gik jeg videre til platformen.", NAD, "escalated", "delivered", "Hygge Hjem", problem="damaged", seller_evidence_submitted=True)
base(19, "fi", "FI", "Ville Korhonen", "Retkeilyreppu 40 l", 64.0, "EUR", "Posti", "JJFI6403317700", "Vein riidan alustalle, koska mitään ei tapahdu.", NAD, "escalated", "delivered", "Erä Varuste", problem="missing_parts")
base(20, "pl", "PL", "Katarzyna Wiśniewska", "Lampka nocna z czujnikiem", 129.0, "PLN", "InPost", "620199834407221", "Odesłałam lampkę, czy dotarła?", NAD, "ruled", "delivered", "Jasny Dom", problem="not_working", return_shipment={"status": "received", "tracking_number": "RR990371165PL"})
base(21, "uk", "UA", "Олена Коваленко", "Скляна ваза для квітів", 780.0, "UAH", "Nova Poshta", "20450038817265", "Ваза прийшла розбита.", NAD, "open", "delivered", "Квіткова Крамниця", problem="damaged")
base(22, "el", "GR", "Νίκος Παπαδόπουλος", "Ηλεκτρική σκούπα χειρός", 95.0, "EUR", "ELTA Courier", "ELT7719002384", "Το δέμα έχει κολλήσει στο τελωνείο.", NR, "open", "customs_hold", "Kalos Home")
base(23, "en-GB", "GB", "Oliver Bennett", "Leather camera strap", 34.0, "GBP", "Royal Mail", "RM882014477GB", "The strap's stitching came apart on day two, photos attached.", NAD, "escalated", "delivered", "Lens & Co", pct=35, problem="quality", buyer_evidence=EV)
base(24, "de-AT", "AT", "Lukas Huber", "Kabelloses Ladegerät", 32.9, "EUR", "Cainiao / Österreichische Post", "LP00248861109CN", "Sendung hängt seit zwei Wochen. Ich will mein Geld zurück.", NR, "open", "in_transit", "Volt Shop", sig="Volt Shop Kundenservice")
