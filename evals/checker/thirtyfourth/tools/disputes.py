"""Write the 24 hand-made disputes and confirm each remedy with `disputedraft decide`."""
import json, subprocess, pathlib
OUT = pathlib.Path(__file__).resolve().parent.parent / "disputes"
OUT.mkdir(exist_ok=True)
D = []
def d(num, remedy, lang, name, country, reason, stage, item, price, cur, msg, problem=None, ship=None, reship=None,
      sev=False, bev=None, ruling=None, ret=None, seller=None, opened="2026-11-10T09:00:00Z", placed=None):
    x = {"id": f"DSP-OT-{num:02d}", "reason": reason, "stage": stage}
    if problem: x["problem"] = problem
    if ship: x["shipment"] = ship
    if reship: x["reship"] = reship
    if sev: x["seller_evidence_submitted"] = True
    if bev: x["buyer_evidence"] = bev
    if ruling: x["platform_ruling"] = ruling
    if ret: x["return_shipment"] = ret
    x["order"] = {"id": f"81{num:02d}7730{num*37 % 97:02d}4516", "items": [{"title": item, "unit_price": price}],
                  "total": price, "currency": cur}
    if placed: x["order"]["placed_at"] = placed
    x["buyer"] = {"name": name, "country": country, "language": lang}
    x["messages"] = [{"author": "buyer", "at": opened, "text": msg}]
    x["opened_at"] = opened
    if seller: x["seller"] = seller
    D.append((num, remedy, x))

d(1, "evidence_by_problem_type", "en-US", "Megan Foster", "US", "not_as_described", "open", "Bluetooth bathroom scale", 27.49, "USD",
  "The scale doesn't turn on at all, even with new batteries.", problem="not_working",
  ship={"status": "delivered", "carrier": "AliExpress Standard Shipping", "tracking_number": "RS448120937NL"}, seller={"store_name": "HomeGadget Hub"})
d(2, "evidence_by_problem_type", "ja", "佐藤 美咲", "JP", "not_as_described", "open", "陶器のマグカップ 2個セット", 3480, "JPY",
  "届いたマグカップの一つが割れていました。", problem="damaged",
  ship={"status": "delivered", "carrier": "Cainiao / Japan Post", "tracking_number": "LP00311822044CN"}, seller={"store_name": "Kiln & Co."})
d(3, "return_received", "cs", "Tomáš Novák", "CZ", "not_as_described", "ruled", "Kožená peněženka", 890, "CZK",
  "Peněženku jsem poslal zpět, číslo zásilky je v systému.", problem="quality", ruling="return_and_refund",
  ret={"status": "received", "tracking_number": "CZ771203455CZ"}, seller={"store_name": "LeatherLine", "return_address": "LeatherLine Returns, Room 5, Bldg B, Guangzhou, China"})
d(4, "extend_delivery_time", "es-MX", "Alejandro Ramírez", "MX", "not_received", "open", "Audífonos inalámbricos deportivos", 612.5, "MXN",
  "Ya pasaron tres semanas y no me llega nada. Quiero mi dinero.",
  ship={"status": "in_transit", "carrier": "Cainiao / Estafeta", "tracking_number": "LP00450981273CN", "shipped_at": "2026-10-21"},
  seller={"store_name": "SonicWave Store", "protection_extension_days": 20})
d(5, "extend_delivery_time", "tr", "Elif Yılmaz", "TR", "not_received", "open", "Çocuk kışlık montu", 1249.9, "TRY",
  "Kargo takipte hiçbir hareket yok, paketim nerede?",
  ship={"status": "in_transit", "carrier": "Cainiao / PTT Kargo", "tracking_number": "LP00662019834CN"},
  seller={"store_name": "MiniMode", "protection_extension_days": 30})
d(6, "extend_delivery_time", "da", "Mette Kristensen", "DK", "not_received", "open", "Strikket uldtæppe", 349.0, "DKK",
  "Pakken er ikke kommet endnu, og sporingen har ikke ændret sig i lang tid.",
  ship={"status": "in_transit", "carrier": "PostNord", "tracking_number": "UA902317745DK"},
  seller={"store_name": "Nordic Cosy"})
d(7, "propose_partial_or_return", "de-AT", "Katharina Gruber", "AT", "not_as_described", "escalated", "Daunenjacke Damen, Größe M", 89.9, "EUR",
  "Die Jacke verliert überall Federn, ich habe Fotos hochgeladen.", problem="quality",
  bev=[{"kind": "photo", "note": "Federn an den Nähten"}], ship={"status": "delivered", "carrier": "Cainiao / Post.at", "tracking_number": "LP00733105826CN"},
  seller={"store_name": "Alpenmode Outlet", "max_partial_refund_pct": 25})
d(8, "propose_partial_or_return", "ko", "김지훈", "KR", "not_as_described", "escalated", "무선 기계식 키보드", 68000, "KRW",
  "키보드 색상이 사진과 완전히 달라요. 영상 올렸습니다.", problem="color_or_appearance",
  bev=[{"kind": "video"}], ship={"status": "delivered", "carrier": "Cainiao / CJ Logistics", "tracking_number": "LP00829140367CN"},
  seller={"store_name": "KeyCraft", "max_partial_refund_pct": 40})
d(9, "propose_partial_or_return", "fi", "Aino Virtanen", "FI", "not_as_described", "escalated", "Retkeilyreppu 40 l", 54.2, "EUR",
  "Repusta puuttuu sadesuoja, vaikka se oli kuvauksessa.", problem="missing_parts",
  bev=[{"kind": "photo"}, {"kind": "screenshot"}], ship={"status": "delivered", "carrier": "Posti", "tracking_number": "RR551093826FI"},
  seller={"store_name": "TrailPeak"})
d(10, "return_instructions", "fr-CA", "Julien Tremblay", "CA", "not_as_described", "ruled", "Montre connectée sport", 119.99, "CAD",
  "La plateforme m'a donné raison. Où dois-je renvoyer la montre?", problem="not_working", ruling="return_and_refund",
  ret={"status": "not_shipped"}, seller={"store_name": "TechTime", "return_address": "TechTime Returns, 88 Keyuan Road, Nanshan, Shenzhen 518057, China"})
d(11, "return_instructions", "sv", "Johan Lindqvist", "SE", "not_as_described", "ruled", "Skrivbordslampa LED", 429.0, "SEK",
  "Jag har fått rätt i tvisten. Vart ska jag skicka lampan?", problem="wrong_item", ruling="return_and_refund",
  ret={"status": "not_shipped"}, seller={"store_name": "Ljusbutiken", "return_address": "Ljusbutiken Retur, Box 214, 751 04 Uppsala, Sverige"})
d(12, "return_instructions", "pl", "Agnieszka Kowalczyk", "PL", "not_as_described", "ruled", "Buty trekkingowe damskie 38", 219.0, "PLN",
  "Platforma zdecydowała o zwrocie. Proszę o adres.", problem="size_or_fit", ruling="return_and_refund",
  ret={"status": "in_transit", "tracking_number": "PX20931844PL"}, seller={"store_name": "GórSklep", "return_address": "GórSklep Zwroty, ul. Długa 17, 31-147 Kraków, Polska"})
d(13, "confirm_reshipment", "it", "Giulia Russo", "IT", "not_received", "open", "Set di pennelli da trucco", 18.5, "EUR",
  "Va bene, rispeditemi pure il pacco.",
  ship={"status": "lost", "carrier": "Cainiao / Poste Italiane", "tracking_number": "LP00130948271CN"},
  reship={"buyer_answer": "agreed", "tracking_number": "LP00139902461CN"}, seller={"store_name": "Bella Beauty"})
d(14, "confirm_reshipment", "uk", "Олена Шевченко", "UA", "not_received", "open", "Дитячий рюкзак з єдинорогом", 780.0, "UAH",
  "Так, я згодна, щоб ви надіслали ще раз.",
  ship={"status": "lost", "carrier": "Cainiao / Nova Poshta", "tracking_number": "LP00141176530CN"},
  reship={"buyer_answer": "agreed", "tracking_number": "LP00148830217CN"}, seller={"store_name": "KidsJoy"})
d(15, "offer_reshipment", "pt-BR", "Rafael Oliveira", "BR", "not_received", "open", "Capa de celular com carteira", 59.9, "BRL",
  "O rastreio diz que o pacote foi extraviado. E agora?",
  ship={"status": "lost", "carrier": "Cainiao / Correios", "tracking_number": "LP00152284719CN"}, seller={"store_name": "CaseMania"})
d(16, "offer_reshipment", "ro", "Andreea Popescu", "RO", "not_received", "open", "Set de prosoape din bumbac", 145.0, "RON",
  "Coletul meu s-a pierdut, așa scrie la urmărire.",
  ship={"status": "lost", "carrier": "Cainiao / Poșta Română", "tracking_number": "LP00163357102CN"},
  reship={"buyer_answer": "asked"}, seller={"store_name": "CasaTextil"})
d(17, "customs_clearance", "ru", "Дмитрий Смирнов", "RU", "not_received", "open", "Экшн-камера 4K", 7990.0, "RUB",
  "Посылка застряла на таможне уже неделю.",
  ship={"status": "customs_hold", "carrier": "Cainiao / Почта России", "tracking_number": "LP00174429985CN", "duties_payer": "buyer"},
  seller={"store_name": "ActionCam Pro"})
d(18, "customs_clearance", "nl-BE", "Pieter Janssens", "BE", "not_received", "open", "Espressomachine handmatig", 139.0, "EUR",
  "Mijn pakket staat vast bij de douane. Moet ik iets betalen?",
  ship={"status": "customs_hold", "carrier": "Cainiao / bpost", "tracking_number": "LP00185530216CN", "duties_payer": "seller"},
  seller={"store_name": "BaristaHome"})
d(19, "return_received", "el", "Γιώργος Παπαδόπουλος", "GR", "not_as_described", "ruled", "Ηλεκτρική σκούπα χειρός", 95.0, "EUR",
  "Έστειλα πίσω τη σκούπα, την παραλάβατε;", problem="not_working", ruling="return_and_refund",
  ret={"status": "received", "tracking_number": "GR400183725GR"}, seller={"store_name": "CleanPro", "return_address": "CleanPro Returns, 6 Huaxia Rd, Ningbo, China"})
d(20, "await_platform_decision", "zh-TW", "陳怡君", "TW", "not_received", "escalated", "藍牙耳機", 1290, "TWD",
  "我已經把糾紛提交給平台了。", ship={"status": "delivered", "carrier": "Cainiao / 中華郵政", "tracking_number": "LP00207761094CN"},
  sev=True, seller={"store_name": "聲悅旗艦店"})
d(21, "await_platform_decision", "hu", "Nagy Eszter", "HU", "not_as_described", "escalated", "Kerámia serpenyő 28 cm", 11990.0, "HUF",
  "Továbbítottam a vitát a platformnak.", problem="damaged", sev=True,
  ship={"status": "delivered", "carrier": "Cainiao / Magyar Posta", "tracking_number": "LP00218864327CN"}, seller={"store_name": "KonyhaPlusz"})
d(22, "escalation_reply", "ar", "أحمد المنصوري", "AE", "not_received", "escalated", "ساعة يد رجالية", 210.0, "AED",
  "لم يصلني الطلب وقد صعّدت النزاع إلى المنصة.",
  ship={"status": "unknown", "carrier": "Cainiao / Aramex", "tracking_number": "LP00229173648CN"}, seller={"store_name": "Time Souq"})
d(23, "escalation_reply", "es-AR", "Martina Fernández", "AR", "not_as_described", "escalated", "Vestido de fiesta largo", 45.0, "USD",
  "El vestido no es como en las fotos, ya escalé el reclamo.", problem="color_or_appearance",
  ship={"status": "delivered", "carrier": "Cainiao / Correo Argentino", "tracking_number": "LP00236681925CN"}, seller={"store_name": "Glam Dresses"})
d(24, "evidence_by_problem_type", "en-GB", "Oliver Hughes", "GB", "not_as_described", "open", "Wireless earbuds, brand edition", 34.99, "GBP",
  "These don't look genuine at all, the logo is wrong.", problem="counterfeit",
  ship={"status": "delivered", "carrier": "Royal Mail", "tracking_number": "RM880142337GB"}, seller={"store_name": "SoundDepot UK", "signature": "Emma, SoundDepot UK"})

decisions = {}
for num, remedy, x in D:
    p = OUT / f"ot{num:02d}.json"
    p.write_text(json.dumps(x, ensure_ascii=False, indent=2) + "\n")
    out = subprocess.run(["/work/main/.venv/bin/disputedraft", "decide", str(p)], capture_output=True, text=True, check=True).stdout
    dec = json.loads(out)
    assert dec["remedy"] == remedy, (num, dec["remedy"], remedy)
    decisions[f"ot{num:02d}"] = dec
(OUT.parent / "tools" / "decisions.json").write_text(json.dumps(decisions, ensure_ascii=False, indent=1))
for k, dec in decisions.items():
    ms = {m: v for p in dec["required_points"] for m, v in p["mention"].items()}
    print(k, dec["remedy"], dec.get("variant"), dec["facts"]["signature"], ms, [p["id"] for p in dec["required_points"]], dec["facts"]["order_id"])
