"""Write the 24 hand-written disputes and confirm each remedy with `disputedraft decide`."""
import json, subprocess, pathlib
OUT = pathlib.Path(__file__).resolve().parent.parent / "disputes"
DD = "/work/main/.venv/bin/disputedraft"

def D(n, lang, name, country, remedy, reason, stage, total, cur, item, msg, problem=None, ship=None,
      reship=None, seller=None, ruling=None, ret=None, sev=False, bev=None, opened="2026-11-10T08:00:00Z"):
    d = {"id": f"DSP-OG-{n:02d}", "reason": reason, "stage": stage}
    if problem: d["problem"] = problem
    if ship: d["shipment"] = ship
    if reship: d["reship"] = reship
    if sev: d["seller_evidence_submitted"] = True
    if bev: d["buyer_evidence"] = bev
    if ruling: d["platform_ruling"] = ruling
    if ret: d["return_shipment"] = ret
    d["order"] = {"id": f"81900{n:02d}7{n:02d}3{n:02d}45", "items": [{"title": item, "unit_price": total}],
                  "total": total, "currency": cur}
    d["buyer"] = {"name": name, "country": country, "language": lang}
    d["messages"] = [{"author": "buyer", "text": msg}]
    d["opened_at"] = opened
    if seller: d["seller"] = seller
    return n, remedy, d

S = lambda st, carrier, tn, payer=None: {k: v for k, v in {"status": st, "carrier": carrier, "tracking_number": tn, "duties_payer": payer}.items() if v}
PH = [{"kind": "photo", "note": "buyer photos"}]
ALL = [
 D(1, "en-US", "Megan Ortiz", "US", "evidence_by_problem_type", "not_as_described", "open", 38.0, "USD", "Women's rain boots, size 8", "The boots are way too narrow, I can't get my foot in even though I ordered my usual size.", problem="size_or_fit", ship=S("delivered", "AliExpress Standard Shipping", "RB204471903SG"), seller={"store_name": "Northpeak Outdoor"}),
 D(2, "es-MX", "Alejandro Ruiz", "MX", "extend_delivery_time", "not_received", "open", 850.0, "MXN", "Lámpara de escritorio LED", "Ya pasaron muchas semanas y no me llega la lámpara. ¿Dónde está?", ship=S("in_transit", "Cainiao / Estafeta", "LP00311894520CN"), seller={"store_name": "Luz Casa", "protection_extension_days": 20}),
 D(3, "ru", "Ирина Волкова", "RU", "propose_partial_or_return", "not_as_described", "escalated", 4200.0, "RUB", "Шерстяной плед", "Плед весь в катышках после первой стирки, на фото он выглядел совсем иначе.", problem="quality", bev=PH, ship=S("delivered", "Cainiao / Почта России", "LP00788123456CN"), seller={"store_name": "Уютный Дом", "max_partial_refund_pct": 25}),
 D(4, "ja", "佐藤 健", "JP", "return_instructions", "not_as_described", "ruled", 5980.0, "JPY", "ワイヤレスイヤホン", "片方のイヤホンから音が出ません。", problem="not_working", ruling="return_and_refund", ret={"status": "not_shipped"}, ship=S("delivered", "Yamato", "LP00990011223CN"), seller={"store_name": "Sakura Audio", "return_address": "Sakura Audio Returns, Room 1203, 88 Huaqiang North Road, Futian, Shenzhen 518031, China"}),
 D(5, "fr", "Camille Lefèvre", "FR", "customs_clearance", "not_received", "open", 64.5, "EUR", "Robot de cuisine compact", "Le suivi indique que le colis est bloqué à la douane depuis une semaine. Que dois-je faire ?", ship=S("customs_hold", "Cainiao / Colissimo", "LP00456789012CN", "buyer"), seller={"store_name": "Maison Cuisine"}),
 D(6, "de", "Lukas Schneider", "DE", "confirm_reshipment", "not_received", "open", 29.99, "EUR", "Fahrradlicht-Set", "Ja, bitte schickt es noch einmal, ich brauche das Licht dringend.", ship=S("lost", "Cainiao / DHL", "LP00112233445CN"), reship={"buyer_answer": "agreed", "tracking_number": "LP00556677889CN"}, seller={"store_name": "VeloLicht"}),
 D(7, "it", "Giulia Romano", "IT", "offer_reshipment", "not_received", "open", 45.0, "EUR", "Set di pennelli per trucco", "Il tracciamento dice che il pacco è stato smarrito. Sono molto delusa.", ship=S("lost", "Cainiao / Poste Italiane", "LP00667788990CN")),
 D(8, "pt-BR", "Rafael Souza", "BR", "await_platform_decision", "not_as_described", "escalated", 219.9, "BRL", "Relógio inteligente", "Abri a disputa na plataforma porque o relógio não sincroniza com o celular.", problem="not_working", sev=True, ship=S("delivered", "Cainiao / Correios", "LP00223344556CN"), seller={"store_name": "TechBrasil Store"}),
 D(9, "nl", "Sanne de Vries", "NL", "escalation_reply", "not_received", "escalated", 32.5, "EUR", "Yogamat met draagriem", "Ik heb de zaak aan het platform voorgelegd, want ik wacht al veel te lang.", ship=S("in_transit", "PostNL", "LP00334455667CN")),
 D(10, "tr", "Emre Yılmaz", "TR", "return_received", "not_as_described", "ruled", 1450.0, "TRY", "Kahve makinesi", "Ürünü iade ettim, ne zaman param yatar?", problem="damaged", ruling="return_and_refund", ret={"status": "received", "tracking_number": "RR778899001TR"}, seller={"store_name": "Kahve Dünyası"}),
 D(11, "ko", "김민지", "KR", "evidence_by_problem_type", "not_as_described", "open", 52000.0, "KRW", "블루투스 스피커", "스피커가 전원이 켜지지 않아요. 충전해도 반응이 없습니다.", problem="not_working", ship=S("delivered", "CJ Logistics", "LP00445566778CN"), seller={"store_name": "Sound Lab"}),
 D(12, "zh-TW", "陳怡君", "TW", "extend_delivery_time", "not_received", "open", 990.0, "TWD", "保溫杯", "包裹已經很久沒有更新了，請問什麼時候會到？", ship=S("in_transit", "Cainiao / Chunghwa Post", "LP00778899112CN"), seller={"store_name": "暖暖生活館", "protection_extension_days": 10}),
 D(13, "ar", "أحمد الحربي", "SA", "propose_partial_or_return", "not_as_described", "escalated", 180.0, "SAR", "حقيبة ظهر جلدية", "لون الحقيبة مختلف تماماً عن الصور، أرسلت لكم الصور.", problem="color_or_appearance", bev=PH, ship=S("delivered", "Aramex", "LP00889900223CN"), seller={"store_name": "Leather House", "max_partial_refund_pct": 20}),
 D(14, "sv", "Erik Lindqvist", "SE", "return_instructions", "not_as_described", "ruled", 549.0, "SEK", "Vattenkokare i rostfritt stål", "Vattenkokaren läcker från botten.", problem="damaged", ruling="return_and_refund", ret={"status": "in_transit"}, ship=S("delivered", "PostNord", "LP00990022334CN"), seller={"store_name": "Nordic Kök", "return_address": "Nordic Kök Returns, Lagervägen 14, 553 02 Jönköping, Sweden"}),
 D(15, "cs", "Tereza Dvořáková", "CZ", "customs_clearance", "not_received", "open", 1890.0, "CZK", "Elektrický zubní kartáček", "Balík je už dlouho zadržený na celnici.", ship=S("customs_hold", "Cainiao / Česká pošta", "LP00101122334CN", "seller"), seller={"store_name": "Smile Shop"}),
 D(16, "ro", "Andrei Popescu", "RO", "confirm_reshipment", "not_received", "open", 120.0, "RON", "Căști de gaming", "Da, sunt de acord să mi-l trimiteți din nou.", ship=S("lost", "Cainiao / Sameday", "LP00212233445CN"), reship={"buyer_answer": "agreed", "tracking_number": "LP00343456567CN"}, seller={"store_name": "GameZone RO"}),
 D(17, "hu", "Nagy Katalin", "HU", "offer_reshipment", "not_received", "open", 12900.0, "HUF", "Kerámia bögre készlet", "A csomag elveszett, mi lesz most?", ship=S("lost", "Cainiao / Magyar Posta", "LP00313344556CN"), reship={"buyer_answer": "asked"}, seller={"store_name": "Bögre Bolt"}),
 D(18, "da", "Mette Jensen", "DK", "await_platform_decision", "not_received", "escalated", 349.0, "DKK", "Gåsedunsdyne", "Jeg har ikke fået min dyne og har derfor bedt platformen om hjælp.", sev=True, ship=S("in_transit", "GLS", "LP00414455667CN"), seller={"store_name": "Dunhuset"}),
 D(19, "fi", "Juha Virtanen", "FI", "escalation_reply", "not_as_described", "escalated", 79.0, "EUR", "Retkeilytakki", "Takki on eri värinen kuin kuvassa, joten vein asian alustalle.", problem="color_or_appearance", ship=S("delivered", "Posti", "LP00515566778CN"), seller={"store_name": "Erä ja Retki"}),
 D(20, "pl", "Katarzyna Nowak", "PL", "evidence_by_problem_type", "not_as_described", "open", 159.0, "PLN", "Szklany wazon", "Wazon przyszedł pęknięty, jestem bardzo rozczarowana.", problem="damaged", ship=S("delivered", "InPost", "LP00616677889CN"), seller={"store_name": "Dom i Szkło"}),
 D(21, "uk", "Олена Коваленко", "UA", "extend_delivery_time", "not_received", "open", 1100.0, "UAH", "Дитячий рюкзак", "Посилка досі в дорозі, я вже хвилююся.", ship=S("in_transit", "Нова Пошта", "LP00717788990CN"), seller={"store_name": "Kids Corner", "protection_extension_days": 30}),
 D(22, "el", "Γιώργος Παπαδόπουλος", "GR", "propose_partial_or_return", "not_as_described", "escalated", 95.0, "EUR", "Σετ μαχαιριών κουζίνας", "Λείπουν δύο μαχαίρια από το σετ, έστειλα φωτογραφίες.", problem="missing_parts", bev=PH, ship=S("delivered", "ACS Courier", "LP00818899001CN"), seller={"store_name": "Kouzina Pro", "max_partial_refund_pct": 40}),
 D(23, "en-GB", "Oliver Bennett", "GB", "return_instructions", "not_as_described", "ruled", 74.99, "GBP", "Cordless drill kit", "The drill arrived with a cracked battery case.", problem="damaged", ruling="return_and_refund", ret={"status": "not_shipped"}, ship=S("delivered", "Royal Mail", "LP00919900112CN"), seller={"store_name": "ToolBox Direct", "signature": "Sophie, ToolBox Direct support", "return_address": "ToolBox Direct Returns, Unit 7, Meadow Lane Industrial Estate, Leeds LS11 5QT, United Kingdom"}),
 D(24, "es", "Carmen Navarro", "ES", "customs_clearance", "not_received", "open", 56.0, "EUR", "Auriculares inalámbricos", "Mi paquete está retenido en aduanas y nadie me dice nada.", ship=S("customs_hold", "Cainiao / Correos", "LP00020011223CN"), seller={"store_name": "Audio Plus"}),
]

def main():
    res = {}
    for n, remedy, d in ALL:
        p = OUT / f"og{n:02d}.json"
        p.write_text(json.dumps(d, ensure_ascii=False, indent=2) + "\n")
        out = json.loads(subprocess.run([DD, "decide", str(p)], capture_output=True, text=True).stdout)
        assert out["remedy"] == remedy, (n, out["remedy"], remedy)
        res[f"og{n:02d}"] = {"remedy": remedy, "lang": d["buyer"]["language"], "name": d["buyer"]["name"],
            "signature": out["facts"]["signature"], "variant": out["variant"],
            "mentions": {k: v for pt in out["required_points"] for k, v in pt["mention"].items()},
            "points": [pt["id"] for pt in out["required_points"]], "offers": [(o["kind"], o["max_amount"]) for o in out["allowed_offers"]]}
    (OUT.parent / "tools" / "decisions.json").write_text(json.dumps(res, ensure_ascii=False, indent=1))
    for k, v in res.items(): print(k, v["remedy"], v["lang"], v["signature"], v["mentions"], v["points"])
main()
