"""Writes the 24 hand-made disputes of this set (run from the set's root)."""
import json, pathlib
OUT = pathlib.Path(__file__).resolve().parent.parent / "disputes"

def order(oid, title, price, cur, placed, qty=1):
    return {"id": oid, "items": [{"title": title, "quantity": qty, "unit_price": price}],
            "total": round(price * qty, 2), "currency": cur, "placed_at": placed}

def ship(status, carrier, tn, shipped=None, duties=None):
    s = {"status": status, "carrier": carrier, "tracking_number": tn}
    if shipped: s["shipped_at"] = shipped
    if duties: s["duties_payer"] = duties
    return s

def buyer(name, country, lang):
    return {"name": name, "country": country, "language": lang}

def msg(text, at):
    return [{"author": "buyer", "text": text, "at": at}]

D = {}
D["nz01_en_evidence"] = dict(id="DSP-NZ-0101", reason="not_as_described", problem="wrong_item", stage="open",
    shipment=ship("delivered", "AliExpress Standard Shipping", "RS447120935NL"),
    order=order("3051827746120093", "Stainless steel garlic press", 14.6, "USD", "2026-10-28T11:02:00Z"),
    buyer=buyer("Megan Holloway", "US", "en-US"), seller={"store_name": "KitchenNest Store", "max_partial_refund_pct": 20},
    messages=msg("Hi, I ordered a garlic press and got a plastic potato masher instead. Can you sort this out?", "2026-11-20T14:10:00Z"),
    opened_at="2026-11-20T14:11:00Z")
D["nz02_es_extend"] = dict(id="DSP-NZ-0202", reason="not_received", stage="open",
    shipment=ship("in_transit", "Cainiao / Estafeta", "LX228461730CN", "2026-11-02"),
    order=order("8123004412907761", "Funda de silicona para tablet", 389.0, "MXN", "2026-10-30T02:40:00Z"),
    buyer=buyer("Ximena Rojas", "MX", "es-MX"), seller={"store_name": "TabShield", "protection_extension_days": 20},
    messages=msg("Hola, ya pasaron tres semanas y mi funda no llega. Abrí la disputa porque me preocupa perder mi dinero.", "2026-11-23T17:00:00Z"),
    opened_at="2026-11-23T17:02:00Z")
D["nz03_ru_partial"] = dict(id="DSP-NZ-0303", reason="not_as_described", problem="quality", stage="escalated",
    buyer_evidence=[{"kind": "photo", "note": "шов разошёлся"}],
    shipment=ship("delivered", "Cainiao / Почта России", "RU730215548CN"),
    order=order("5009183726451102", "Рюкзак городской", 2490.0, "RUB", "2026-10-11T08:15:00Z"),
    buyer=buyer("Ольга Смирнова", "RU", "ru"), seller={"store_name": "UrbanPack", "max_partial_refund_pct": 25},
    messages=msg("Здравствуйте, шов на лямке разошёлся через два дня. Фото я приложила.", "2026-11-15T10:20:00Z"),
    opened_at="2026-11-09T09:00:00Z")
D["nz04_ja_return"] = dict(id="DSP-NZ-0404", reason="not_as_described", problem="color_or_appearance", stage="ruled",
    platform_ruling="return_and_refund", return_shipment={"status": "not_shipped"},
    shipment=ship("delivered", "Cainiao / Japan Post", "LV551903284CN"),
    order=order("7700312845569012", "ウールマフラー（ネイビー）", 3980.0, "JPY", "2026-10-19T06:30:00Z"),
    buyer=buyer("佐藤 美咲", "JP", "ja"), seller={"store_name": "Hoshi Knit", "signature": "Hoshi Knit サポートチーム",
    "return_address": "Hoshi Knit Returns, Building 3, 88 Xinhua Road, Yiwu, Zhejiang 322000, China"},
    messages=msg("返品が認められました。返送先の住所を教えてください。", "2026-11-21T01:00:00Z"),
    opened_at="2026-11-04T00:30:00Z")
D["nz05_fr_confirm"] = dict(id="DSP-NZ-0505", reason="not_received", stage="open",
    shipment=ship("lost", "Cainiao / Colissimo", "LP61029384756CN", "2026-10-08"),
    reship={"buyer_answer": "agreed", "tracking_number": "LP61029399012CN"},
    order=order("8190440021987345", "Guirlande lumineuse LED 10 m", 17.4, "EUR", "2026-10-06T19:00:00Z"),
    buyer=buyer("Antoine Lefèvre", "FR", "fr"), seller={"store_name": "Lumina Déco"},
    messages=msg("D'accord pour un nouvel envoi, merci. Mon adresse n'a pas changé.", "2026-11-19T12:00:00Z"),
    opened_at="2026-11-14T09:30:00Z")
D["nz06_de_offer"] = dict(id="DSP-NZ-0606", reason="not_received", stage="open",
    shipment=ship("lost", "Cainiao / DHL Paket", "LB774019263CN", "2026-10-14"),
    order=order("4420178830015567", "Fahrradlicht-Set USB", 23.95, "EUR", "2026-10-12T16:45:00Z"),
    buyer=buyer("Jonas Becker", "DE", "de-DE"), seller={"store_name": "VeloBright"},
    messages=msg("Hallo, laut Sendungsverfolgung ist das Paket verloren gegangen. Was passiert jetzt?", "2026-11-22T07:50:00Z"),
    opened_at="2026-11-22T07:51:00Z")
D["nz07_it_customs_buyer"] = dict(id="DSP-NZ-0707", reason="not_received", stage="open",
    shipment=ship("customs_hold", "Cainiao / Poste Italiane", "RR902846173CN", "2026-10-25", "buyer"),
    order=order("6612098834710025", "Macchina per pasta manuale", 64.0, "EUR", "2026-10-22T13:10:00Z"),
    buyer=buyer("Giulia Conti", "IT", "it"), seller={"store_name": "Casa Pasta Tools"},
    messages=msg("Buongiorno, il pacco è fermo in dogana da una settimana. Cosa devo fare?", "2026-11-24T08:00:00Z"),
    opened_at="2026-11-24T08:05:00Z")
D["nz08_pt_await"] = dict(id="DSP-NZ-0808", reason="not_as_described", problem="missing_parts", stage="escalated",
    seller_evidence_submitted=True,
    shipment=ship("delivered", "Cainiao / Correios", "NX118402957BR"),
    order=order("9031557720846613", "Kit de ferramentas 46 peças", 159.9, "BRL", "2026-10-03T22:00:00Z"),
    buyer=buyer("Rafael Souza", "BR", "pt-BR"), seller={"store_name": "FerraMax"},
    messages=msg("Abri a reclamação na plataforma porque faltam peças no kit. Quero uma solução.", "2026-11-18T15:30:00Z"),
    opened_at="2026-11-10T15:00:00Z")
D["nz09_nl_escalation"] = dict(id="DSP-NZ-0909", reason="not_received", stage="escalated",
    shipment=ship("in_transit", "PostNL", "LS380192746CN", "2026-10-16"),
    order=order("2208817364409921", "Keramische theepot", 31.5, "EUR", "2026-10-14T10:00:00Z"),
    buyer=buyer("Sanne de Vries", "NL", "nl"), seller={"store_name": "Theehuis Direct", "signature": "Team Theehuis Direct"},
    messages=msg("Ik heb de zaak doorgezet naar het platform. Ik wacht al veel te lang.", "2026-11-25T19:40:00Z"),
    opened_at="2026-11-12T19:00:00Z")
D["nz10_tr_received"] = dict(id="DSP-NZ-1010", reason="not_as_described", problem="size_or_fit", stage="ruled",
    platform_ruling="return_and_refund", return_shipment={"status": "received", "tracking_number": "TR550127743CN"},
    shipment=ship("delivered", "Cainiao / PTT Kargo", "RB650391827CN"),
    order=order("1187365520094418", "Deri bot, 42 numara", 1450.0, "TRY", "2026-09-28T09:00:00Z"),
    buyer=buyer("Emre Yıldız", "TR", "tr"), seller={"store_name": "Adım Shoes",
    "return_address": "Adim Shoes Returns, 21 Jinhu Road, Putian, Fujian 351100, China"},
    messages=msg("Botları iade ettim, kargo teslim edildi görünüyor. Para iadem ne zaman gelir?", "2026-11-24T12:00:00Z"),
    opened_at="2026-10-20T08:00:00Z")
D["nz11_ko_evidence"] = dict(id="DSP-NZ-1111", reason="not_as_described", problem="not_working", stage="open",
    shipment=ship("delivered", "Cainiao / CJ대한통운", "KR339105827CN"),
    order=order("3370012298451176", "무선 블루투스 스피커", 32900.0, "KRW", "2026-11-01T03:00:00Z"),
    buyer=buyer("김지훈", "KR", "ko-KR"), seller={"store_name": "SoundBay"},
    messages=msg("스피커가 전원이 켜지지 않습니다. 충전해도 마찬가지예요.", "2026-11-21T11:00:00Z"),
    opened_at="2026-11-21T11:03:00Z")
D["nz12_zh_extend"] = dict(id="DSP-NZ-1212", reason="not_received", stage="open",
    shipment=ship("in_transit", "Cainiao / 中華郵政", "LT908172635CN", "2026-11-05"),
    order=order("7001928374650012", "手沖咖啡壺 600ml", 890.0, "TWD", "2026-11-03T04:00:00Z"),
    buyer=buyer("陳怡君", "TW", "zh-TW"), seller={"store_name": "BrewCraft", "signature": "BrewCraft 客服團隊", "protection_extension_days": 10},
    messages=msg("我的包裹好久都沒有更新，是不是寄丟了？", "2026-11-24T06:00:00Z"),
    opened_at="2026-11-24T06:01:00Z")
D["nz13_ar_customs_seller"] = dict(id="DSP-NZ-1313", reason="not_received", stage="open",
    shipment=ship("customs_hold", "Aramex", "AX7730219845", "2026-10-29", "seller"),
    order=order("5510293847561028", "ساعة ذكية رياضية", 219.0, "SAR", "2026-10-27T18:00:00Z"),
    buyer=buyer("نورة العتيبي", "SA", "ar-SA"), seller={"store_name": "Smart Time Store"},
    messages=msg("الطرد محتجز في الجمارك، هل علي أن أدفع شيئاً؟", "2026-11-23T09:00:00Z"),
    opened_at="2026-11-23T09:02:00Z")
D["nz14_sv_partial"] = dict(id="DSP-NZ-1414", reason="not_as_described", problem="damaged", stage="escalated",
    buyer_evidence=[{"kind": "photo"}, {"kind": "video"}],
    shipment=ship("delivered", "PostNord", "UA204938571SE"),
    order=order("6402918375520017", "Glasvas, handblåst", 449.0, "SEK", "2026-10-09T07:00:00Z"),
    buyer=buyer("Elin Lindqvist", "SE", "sv"), seller={"store_name": "Nordic Glass Outlet", "max_partial_refund_pct": 40},
    messages=msg("Vasen kom med en spricka. Jag har skickat bilder och en video.", "2026-11-16T13:00:00Z"),
    opened_at="2026-11-06T13:00:00Z")
D["nz15_cs_return"] = dict(id="DSP-NZ-1515", reason="not_as_described", problem="counterfeit", stage="ruled",
    platform_ruling="return_and_refund", return_shipment={"status": "in_transit", "tracking_number": "CZ118306274CN"},
    shipment=ship("delivered", "Cainiao / Česká pošta", "RC402918376CN"),
    order=order("8823019475562210", "Sluchátka do uší", 899.0, "CZK", "2026-10-01T10:00:00Z"),
    buyer=buyer("Tomáš Novák", "CZ", "cs"), seller={"store_name": "AudioPoint",
    "return_address": "AudioPoint Returns, Room 512, 16 Huaqiang North Road, Futian, Shenzhen 518031, China"},
    messages=msg("Platforma rozhodla o vrácení. Zásilku jsem už poslal, ale chci si ověřit adresu.", "2026-11-20T16:00:00Z"),
    opened_at="2026-10-18T10:00:00Z")
D["nz16_ro_confirm"] = dict(id="DSP-NZ-1616", reason="not_received", stage="open",
    shipment=ship("lost", "Cainiao / Poșta Română", "LY230948175CN", "2026-10-10"),
    reship={"buyer_answer": "agreed", "tracking_number": "LY230955408CN"},
    order=order("4019283746501193", "Set de pensule pentru machiaj", 76.5, "RON", "2026-10-08T14:00:00Z"),
    buyer=buyer("Andreea Popescu", "RO", "ro"), seller={"store_name": "GlowBrush"},
    messages=msg("Da, vă rog să retrimiteți coletul la aceeași adresă.", "2026-11-21T10:00:00Z"),
    opened_at="2026-11-17T08:00:00Z")
D["nz17_hu_offer"] = dict(id="DSP-NZ-1717", reason="not_received", stage="open",
    shipment=ship("lost", "Cainiao / Magyar Posta", "LH665019283CN", "2026-10-18"),
    reship={"buyer_answer": "asked"},
    order=order("2093847561102934", "Gyerek esőkabát", 6490.0, "HUF", "2026-10-16T09:30:00Z"),
    buyer=buyer("Kovács Eszter", "HU", "hu"), seller={"store_name": "RainyKids"},
    messages=msg("A csomag elveszett, a követés már semmit sem mutat. Mit tudnak tenni?", "2026-11-22T18:00:00Z"),
    opened_at="2026-11-22T18:05:00Z")
D["nz18_da_await"] = dict(id="DSP-NZ-1818", reason="not_received", stage="escalated", seller_evidence_submitted=True,
    shipment=ship("delivered", "GLS Denmark", "GL29384756DK"),
    order=order("1209384756601827", "Uldtæppe, grå", 379.0, "DKK", "2026-10-05T12:00:00Z"),
    buyer=buyer("Mads Nielsen", "DK", "da"), seller={"store_name": "Hygge Home Shop"},
    messages=msg("Pakken står som leveret, men jeg har ikke fået den. Nu har jeg sendt sagen videre.", "2026-11-19T20:00:00Z"),
    opened_at="2026-11-11T20:00:00Z")
D["nz19_fi_escalation"] = dict(id="DSP-NZ-1919", reason="not_as_described", problem="other", stage="escalated",
    shipment=ship("delivered", "Posti", "JJFI6530291847"),
    order=order("3304958271160249", "Retkikeitin", 58.9, "EUR", "2026-10-02T06:00:00Z"),
    buyer=buyer("Aino Virtanen", "FI", "fi"), seller={"store_name": "Erä Gear"},
    messages=msg("Vein asian alustalle, koska keitin ei vastaa kuvausta enkä saanut selvää vastausta.", "2026-11-17T09:00:00Z"),
    opened_at="2026-11-07T09:00:00Z")
D["nz20_pl_received"] = dict(id="DSP-NZ-2020", reason="not_as_described", problem="wrong_item", stage="ruled",
    platform_ruling="return_and_refund", return_shipment={"status": "received", "tracking_number": "PL774102938CN"},
    shipment=ship("delivered", "InPost", "LZ918273640CN"),
    order=order("9912837465510038", "Lampka biurkowa LED", 119.99, "PLN", "2026-09-30T15:00:00Z"),
    buyer=buyer("Katarzyna Wiśniewska", "PL", "pl"), seller={"store_name": "BrightDesk", "signature": "Zespół BrightDesk",
    "return_address": "BrightDesk Returns, 7 Longhua Avenue, Shenzhen 518109, China"},
    messages=msg("Lampka została odesłana i dostarczona. Kiedy otrzymam zwrot pieniędzy?", "2026-11-25T08:00:00Z"),
    opened_at="2026-10-21T08:00:00Z")
D["nz21_uk_customs_absent"] = dict(id="DSP-NZ-2121", reason="not_received", stage="open",
    shipment=ship("customs_hold", "Нова пошта", "NP5920384716UA", "2026-10-31"),
    order=order("6620193847758120", "Електрична зубна щітка", 1299.0, "UAH", "2026-10-29T07:00:00Z"),
    buyer=buyer("Олена Коваленко", "UA", "uk"), seller={"store_name": "SmileTech"},
    messages=msg("Посилка застрягла на митниці. Скажіть, будь ласка, що робити?", "2026-11-24T13:00:00Z"),
    opened_at="2026-11-24T13:04:00Z")
D["nz22_el_evidence"] = dict(id="DSP-NZ-2222", reason="not_as_described", problem="damaged", stage="open",
    shipment=ship("delivered", "ACS Courier", "ACS8801927364"),
    order=order("7719283640051182", "Κεραμικό σερβίτσιο τσαγιού", 46.0, "EUR", "2026-10-26T09:00:00Z"),
    buyer=buyer("Γιώργος Παπαδόπουλος", "GR", "el"), seller={"store_name": "Aegean Ceramics"},
    messages=msg("Το σερβίτσιο ήρθε με δύο σπασμένα φλιτζάνια.", "2026-11-23T15:00:00Z"),
    opened_at="2026-11-23T15:01:00Z")
D["nz23_en_partial"] = dict(id="DSP-NZ-2323", reason="not_as_described", problem="color_or_appearance", stage="escalated",
    buyer_evidence=[{"kind": "photo", "note": "sofa cover is mustard not grey"}],
    shipment=ship("delivered", "Cainiao / Royal Mail", "LM402938175CN"),
    order=order("5592018374650021", "Stretch sofa cover, grey", 38.0, "GBP", "2026-10-15T20:00:00Z"),
    buyer=buyer("Oliver Bennett", "GB", "en-GB"), seller={"store_name": "CoverUp Home", "max_partial_refund_pct": 35},
    messages=msg("The cover I received is mustard yellow, not grey. I've uploaded photos to the dispute.", "2026-11-18T21:00:00Z"),
    opened_at="2026-11-08T21:00:00Z")
D["nz24_es_evidence"] = dict(id="DSP-NZ-2424", reason="not_as_described", problem="size_or_fit", stage="open",
    shipment=ship("delivered", "Cainiao / Correos Express", "LP55019283746CN"),
    order=order("8190663502918847", "Vestido de lino, talla M", 34.99, "EUR", "2026-10-31T17:00:00Z"),
    buyer=buyer("Marta Iglesias", "ES", "es-ES"), seller={"store_name": "Lino Studio"},
    messages=msg("El vestido es de talla M pero me queda enorme, parece una XL.", "2026-11-24T19:00:00Z"),
    opened_at="2026-11-24T19:02:00Z")

if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    for name, d in D.items():
        (OUT / f"{name}.json").write_text(json.dumps(d, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(len(D), "disputes written")
