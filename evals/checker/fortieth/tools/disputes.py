"""Write the 24 hand-written disputes of set 'fortieth' (ol01..ol24) and confirm each remedy with `disputedraft decide`."""
import json, subprocess, pathlib
OUT = pathlib.Path(__file__).resolve().parent.parent / "disputes"
DD = "/work/main/.venv/bin/disputedraft"

def ship(status, carrier, tn, payer=None, at=None):
    s = {"status": status, "carrier": carrier, "tracking_number": tn}
    if payer: s["duties_payer"] = payer
    if at: s["shipped_at"] = at
    return s

def order(oid, title, price, cur, qty=1, placed=None):
    o = {"id": oid, "items": [{"title": title, "quantity": qty, "unit_price": price}], "total": round(price * qty, 2), "currency": cur}
    if placed: o["placed_at"] = placed
    return o

D = []
def add(n, lang, remedy, d):
    d["id"] = f"OL-{n:02d}-{d.pop('key')}"
    D.append((n, lang, remedy, d))

add(1, "en", "evidence_by_problem_type", dict(key="jacket", reason="not_as_described", problem="size_or_fit", stage="open",
    shipment=ship("delivered", "Cainiao Super Economy", "LX408812335CN"), order=order("3051177720864", "Waterproof rain jacket, size L", 38.9, "USD", placed="2026-10-20T09:00:00Z"),
    buyer={"name": "Megan Holloway", "country": "US", "language": "en-US"}, seller={"store_name": "Northpeak Outdoor", "max_partial_refund_pct": 25},
    messages=[{"author": "buyer", "text": "The jacket is labelled L but the sleeves end above my wrists. It's much smaller than the chart."}], opened_at="2026-11-21T14:10:00Z"))
add(2, "es", "extend_delivery_time", dict(key="licuadora", reason="not_received", stage="open",
    shipment=ship("in_transit", "Estafeta", "EST7730019422MX", at="2026-11-02T10:00:00Z"), order=order("8042216630571", "Licuadora portátil recargable", 649.0, "MXN"),
    buyer={"name": "Rocío Villaseñor", "country": "MX", "language": "es-MX"}, seller={"store_name": "CasaFácil Oficial", "protection_extension_days": 20},
    messages=[{"author": "buyer", "text": "Ya pasaron semanas y mi licuadora no llega. Quiero mi dinero."}], opened_at="2026-11-19T16:00:00Z"))
add(3, "ru", "offer_reshipment", dict(key="naushniki", reason="not_received", stage="open",
    shipment=ship("lost", "Почта России", "RR554120983CN"), order=order("5120948837266", "Беспроводные наушники TWS", 2390.0, "RUB"),
    buyer={"name": "Ольга Смирнова", "country": "RU", "language": "ru-RU"}, seller={"store_name": "ЗвукМаркет", "signature": "Команда ЗвукМаркет"},
    messages=[{"author": "buyer", "text": "Трек не обновляется уже месяц. Где моя посылка?"}], opened_at="2026-11-18T07:30:00Z"))
add(4, "ja", "customs_clearance", dict(key="camera", reason="not_received", stage="open",
    shipment=ship("customs_hold", "Japan Post EMS", "EJ662031874CN", payer="buyer"), order=order("7005123498211", "アクションカメラ 4K", 18800.0, "JPY"),
    buyer={"name": "佐藤 美咲", "country": "JP", "language": "ja-JP"}, seller={"store_name": "光学ギアショップ"},
    messages=[{"author": "buyer", "text": "荷物が税関で止まっていると表示されています。どうすればいいですか？"}], opened_at="2026-11-20T03:00:00Z"))
add(5, "fr", "return_instructions", dict(key="theiere", reason="not_as_described", problem="damaged", stage="ruled", platform_ruling="return_and_refund",
    return_shipment={"status": "not_shipped"}, shipment=ship("delivered", "Colis Privé", "CP771209345FR"), order=order("6630019284455", "Théière en fonte émaillée", 54.0, "EUR"),
    buyer={"name": "Amélie Rousseau", "country": "FR", "language": "fr-FR"},
    seller={"store_name": "Atelier Thé", "return_address": "Atelier Thé Retours, 8 allée des Tilleuls, 69007 Lyon, France"},
    messages=[{"author": "buyer", "text": "La plateforme a validé le retour. Où dois-je envoyer la théière ?"}], opened_at="2026-11-01T10:00:00Z"))
add(6, "de", "propose_partial_or_return", dict(key="rucksack", reason="not_as_described", problem="quality", stage="escalated",
    buyer_evidence=[{"kind": "photo", "note": "Naht am Tragegurt gerissen"}], shipment=ship("delivered", "DHL Paket", "JJD000390017745512"),
    order=order("4418820077153", "Trekkingrucksack 40 L", 79.0, "EUR"),
    buyer={"name": "Jonas Brandt", "country": "DE", "language": "de-DE"}, seller={"store_name": "Bergwerk Ausrüstung", "max_partial_refund_pct": 35},
    messages=[{"author": "buyer", "text": "Die Naht am Gurt ist nach zwei Tagen gerissen. Fotos sind hochgeladen."}], opened_at="2026-11-10T12:00:00Z"))
add(7, "it", "await_platform_decision", dict(key="lampada", reason="not_as_described", problem="not_working", stage="escalated", seller_evidence_submitted=True,
    shipment=ship("delivered", "BRT", "BRT0042177390IT"), order=order("2290476611802", "Lampada da scrivania LED", 32.5, "EUR"),
    buyer={"name": "Giulia Ferraro", "country": "IT", "language": "it-IT"}, seller={"store_name": "LuceViva"},
    messages=[{"author": "buyer", "text": "Ho aperto la contestazione sulla piattaforma, la lampada non si accende."}], opened_at="2026-11-12T09:00:00Z"))
add(8, "pt", "confirm_reshipment", dict(key="smartwatch", reason="not_received", stage="open",
    shipment=ship("lost", "Correios", "NL209338471BR"), reship={"buyer_answer": "agreed", "tracking_number": "NL318820564BR"},
    order=order("9017733205548", "Relógio inteligente esportivo", 219.9, "BRL"),
    buyer={"name": "Thiago Nascimento", "country": "BR", "language": "pt-BR"}, seller={"store_name": "TechMais Store"},
    messages=[{"author": "buyer", "text": "Tudo bem, pode enviar de novo. O endereço é o mesmo."}], opened_at="2026-11-14T18:00:00Z"))
add(9, "nl", "escalation_reply", dict(key="fietslamp", reason="not_received", stage="escalated",
    shipment=ship("in_transit", "PostNL", "LS880214736NL"), order=order("3376610945120", "Oplaadbare fietslamp set", 24.95, "EUR"),
    buyer={"name": "Sanne de Vries", "country": "NL", "language": "nl-NL"}, seller={"store_name": "FietsFix Shop"},
    messages=[{"author": "buyer", "text": "Ik heb lang genoeg gewacht, ik heb het geschil doorgezet naar het platform."}], opened_at="2026-11-05T11:00:00Z"))
add(10, "tr", "return_received", dict(key="ayakkabi", reason="not_as_described", problem="size_or_fit", stage="ruled", platform_ruling="return_and_refund",
    return_shipment={"status": "received", "tracking_number": "YK5520931874"}, shipment=ship("delivered", "Yurtiçi Kargo", "YK4410027735"),
    order=order("1184309927651", "Koşu ayakkabısı, 42 numara", 1249.0, "TRY"),
    buyer={"name": "Emre Yıldız", "country": "TR", "language": "tr-TR"}, seller={"store_name": "AdımSpor", "return_address": "AdımSpor İade, Atatürk Cad. No 15, Kadıköy, İstanbul"},
    messages=[{"author": "buyer", "text": "Ayakkabıları geri gönderdim, ulaştı mı?"}], opened_at="2026-10-28T08:00:00Z"))
add(11, "ko", "evidence_by_problem_type", dict(key="gaseupi", reason="not_as_described", problem="not_working", stage="open",
    shipment=ship("delivered", "CJ대한통운", "CJ6402281937KR"), order=order("6072318840095", "무선 전기 주전자", 35900.0, "KRW"),
    buyer={"name": "김지훈", "country": "KR", "language": "ko-KR"}, seller={"store_name": "홈앤키친 스토어"},
    messages=[{"author": "buyer", "text": "전원을 켜도 물이 데워지지 않습니다. 불량인 것 같아요."}], opened_at="2026-11-22T02:00:00Z"))
add(12, "zh", "extend_delivery_time", dict(key="erji", reason="not_received", stage="open",
    shipment=ship("in_transit", "中華郵政", "RC117742096TW"), order=order("5548820371164", "藍牙降噪耳機", 1290.0, "TWD"),
    buyer={"name": "陳怡君", "country": "TW", "language": "zh-TW"}, seller={"store_name": "聲活館", "protection_extension_days": 10},
    messages=[{"author": "buyer", "text": "已經等了很久還沒收到，物流一直顯示運送中。"}], opened_at="2026-11-17T05:00:00Z"))
add(13, "ar", "customs_clearance", dict(key="ootr", reason="not_received", stage="open",
    shipment=ship("customs_hold", "Aramex", "AX30948812SA", payer="seller"), order=order("8823004719926", "مجموعة عطور عربية فاخرة", 289.0, "SAR"),
    buyer={"name": "نورة العتيبي", "country": "SA", "language": "ar-SA"}, seller={"store_name": "دار العطور"},
    messages=[{"author": "buyer", "text": "الشحنة محجوزة في الجمارك منذ أسبوع، هل علي أن أدفع شيئاً؟"}], opened_at="2026-11-16T13:00:00Z"))
add(14, "sv", "propose_partial_or_return", dict(key="tallrikar", reason="not_as_described", problem="damaged", stage="escalated",
    buyer_evidence=[{"kind": "photo", "note": "två spruckna tallrikar"}], shipment=ship("delivered", "PostNord", "UA447120938SE"),
    order=order("7719203348810", "Tallriksset i stengods", 549.0, "SEK"),
    buyer={"name": "Elin Lindqvist", "country": "SE", "language": "sv-SE"}, seller={"store_name": "Nordisk Hem", "max_partial_refund_pct": 20},
    messages=[{"author": "buyer", "text": "Två av tallrikarna kom spruckna, jag har laddat upp bilder."}], opened_at="2026-11-09T15:00:00Z"))
add(15, "cs", "offer_reshipment", dict(key="svetlo", reason="not_received", stage="open",
    shipment=ship("lost", "Česká pošta", "RR771034526CZ"), reship={"buyer_answer": "asked"},
    order=order("2845501193376", "Čelovka LED nabíjecí", 459.0, "CZK"),
    buyer={"name": "Tereza Nováková", "country": "CZ", "language": "cs-CZ"}, seller={"store_name": "Svítilny Praha", "signature": "Tým Svítilny Praha"},
    messages=[{"author": "buyer", "text": "Zásilka se ztratila, co teď?"}], opened_at="2026-11-15T10:00:00Z"))
add(16, "ro", "confirm_reshipment", dict(key="husa", reason="not_received", stage="open",
    shipment=ship("lost", "Fan Courier", "FC2098314470"), reship={"buyer_answer": "agreed", "tracking_number": "FC2133908561"},
    order=order("6604418820097", "Husă de laptop din piele", 189.0, "RON"),
    buyer={"name": "Andreea Popescu", "country": "RO", "language": "ro-RO"}, seller={"store_name": "PielArt"},
    messages=[{"author": "buyer", "text": "Da, vă rog să o trimiteți din nou."}], opened_at="2026-11-13T09:00:00Z"))
add(17, "hu", "return_instructions", dict(key="turmix", reason="not_as_described", problem="wrong_item", stage="ruled", platform_ruling="return_and_refund",
    return_shipment={"status": "in_transit", "tracking_number": "MP0049811273HU"}, shipment=ship("delivered", "Magyar Posta", "RB663018274HU"),
    order=order("3909127745016", "Turmixgép 1,5 literes", 15990.0, "HUF"),
    buyer={"name": "Kovács Bence", "country": "HU", "language": "hu-HU"},
    seller={"store_name": "KonyhaPont", "return_address": "KonyhaPont Visszáru, Váci út 44, 1132 Budapest"},
    messages=[{"author": "buyer", "text": "Feladtam a csomagot, de jó címre küldtem?"}], opened_at="2026-10-30T10:00:00Z"))
add(18, "da", "escalation_reply", dict(key="kaffemaskine", reason="not_as_described", problem="missing_parts", stage="escalated",
    shipment=ship("delivered", "GLS", "GLS90018822714"), order=order("4470129983305", "Mælkeskummer til kaffemaskine", 349.0, "DKK"),
    buyer={"name": "Mads Kristensen", "country": "DK", "language": "da-DK"}, seller={"store_name": "Kaffekompagniet"},
    messages=[{"author": "buyer", "text": "Der mangler låget, og jeg har nu sendt sagen videre til platformen."}], opened_at="2026-11-11T08:00:00Z"))
add(19, "fi", "await_platform_decision", dict(key="takki", reason="not_received", stage="escalated", seller_evidence_submitted=True,
    shipment=ship("delivered", "Posti", "JJFI64402871930"), order=order("8150037724419", "Talvitakki untuvatäytteellä", 119.0, "EUR"),
    buyer={"name": "Aino Virtanen", "country": "FI", "language": "fi-FI"}, seller={"store_name": "Pohjoistuuli"},
    messages=[{"author": "buyer", "text": "Seuranta sanoo toimitettu, mutta en ole saanut takkia."}], opened_at="2026-11-08T12:00:00Z"))
add(20, "pl", "return_received", dict(key="blender", reason="not_as_described", problem="not_working", stage="ruled",
    return_shipment={"status": "received", "tracking_number": "PX7730018462"}, shipment=ship("delivered", "InPost", "IP5520381174"),
    order=order("6198823005571", "Odkurzacz ręczny bezprzewodowy", 329.0, "PLN"),
    buyer={"name": "Katarzyna Wójcik", "country": "PL", "language": "pl-PL"}, seller={"store_name": "DomTech", "return_address": "DomTech Zwroty, ul. Przemysłowa 7, 60-101 Poznań"},
    messages=[{"author": "buyer", "text": "Odkurzacz wrócił do Państwa, czekam na zwrot pieniędzy."}], opened_at="2026-10-25T10:00:00Z"))
add(21, "uk", "evidence_by_problem_type", dict(key="vaza", reason="not_as_described", problem="damaged", stage="open",
    shipment=ship("delivered", "Нова Пошта", "NP20450018837"), order=order("7330912845563", "Скляна ваза ручної роботи", 1150.0, "UAH"),
    buyer={"name": "Оксана Мельник", "country": "UA", "language": "uk-UA"}, seller={"store_name": "Декор Дім"},
    messages=[{"author": "buyer", "text": "Ваза прийшла розбитою, коробка була пом'ята."}], opened_at="2026-11-23T09:00:00Z"))
add(22, "el", "customs_clearance", dict(key="ilektriko", reason="not_received", stage="open",
    shipment=ship("customs_hold", "ΕΛΤΑ Courier", "EL338104927GR"), order=order("5002947713380", "Ηλεκτρικό σκούτερ παιδικό", 189.0, "EUR"),
    buyer={"name": "Γιώργος Παπαδόπουλος", "country": "GR", "language": "el-GR"}, seller={"store_name": "Kinisi Store"},
    messages=[{"author": "buyer", "text": "Το δέμα κρατείται στο τελωνείο. Τι πρέπει να κάνω;"}], opened_at="2026-11-19T11:00:00Z"))
add(23, "en", "propose_partial_or_return", dict(key="kettle", reason="not_as_described", problem="color_or_appearance", stage="escalated",
    buyer_evidence=[{"kind": "photo", "note": "kettle is grey not sage green"}, {"kind": "screenshot"}], shipment=ship("delivered", "Royal Mail", "RM449203817GB"),
    order=order("2761830049952", "Retro electric kettle, sage green", 46.0, "GBP"),
    buyer={"name": "Oliver Bennett", "country": "GB", "language": "en-GB"}, seller={"store_name": "Hearth & Home Co", "max_partial_refund_pct": 40},
    messages=[{"author": "buyer", "text": "It's grey, not sage green. I've uploaded photos next to the listing."}], opened_at="2026-11-07T17:00:00Z"))
add(24, "es", "return_instructions", dict(key="silla", reason="not_as_described", problem="missing_parts", stage="ruled", platform_ruling="return_and_refund",
    shipment=ship("delivered", "Correos Express", "CE7720184409ES"), order=order("1947720385516", "Silla de oficina ergonómica", 139.0, "EUR"),
    buyer={"name": "Javier Morales", "country": "ES", "language": "es-ES"},
    seller={"store_name": "OficinaPro", "return_address": "OficinaPro Devoluciones, Calle Alcalá 210, 28028 Madrid, España"},
    messages=[{"author": "buyer", "text": "Ya está decidido el reembolso con devolución. ¿Adónde mando la silla?"}], opened_at="2026-11-03T10:00:00Z"))

if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    dec = {}
    for n, lang, remedy, d in D:
        p = OUT / f"ol{n:02d}_{lang}_{remedy}.json"
        p.write_text(json.dumps(d, ensure_ascii=False, indent=2) + "\n")
        r = json.loads(subprocess.run([DD, "decide", str(p)], capture_output=True, text=True, check=True).stdout)
        assert r["remedy"] == remedy, (n, r["remedy"], r["reasons"][-1])
        ment = {k: v for pt in r["required_points"] for k, v in pt["mention"].items()}
        print(n, lang, remedy, r["variant"], ment, r["facts"]["signature"], [o for o in r["allowed_offers"]])
        dec[p.name] = r
    (OUT.parent / "tools" / "decisions.json").write_text(json.dumps(dec, ensure_ascii=False, indent=1))
