"""Write the 24 hand-made disputes and record `disputedraft decide` for each."""
import json, subprocess, pathlib
OUT = pathlib.Path(__file__).resolve().parent.parent
D = OUT / "disputes"; DEC = OUT / "decisions"
BIN = "/work/main/.venv/bin/disputedraft"

def mk(n, remedy, lang, name, country, cur, total, title, reason, stage, *, problem=None, ship=None,
       reship=None, ev=None, sev=False, ruling=None, ret=None, seller=None, msg="", opened="2026-11-10T09:00:00Z"):
    d = {"id": f"DSP-OP-{n:02d}", "reason": reason, "stage": stage}
    if problem: d["problem"] = problem
    if ship: d["shipment"] = ship
    if reship: d["reship"] = reship
    if sev: d["seller_evidence_submitted"] = True
    if ev: d["buyer_evidence"] = ev
    if ruling: d["platform_ruling"] = ruling
    if ret: d["return_shipment"] = ret
    d["order"] = {"id": f"80{n:02d}77341952{n:02d}", "items": [{"title": title, "unit_price": total}], "total": total, "currency": cur}
    d["buyer"] = {"name": name, "country": country, "language": lang}
    d["messages"] = [{"author": "buyer", "at": opened, "text": msg}]
    d["opened_at"] = opened
    if seller: d["seller"] = seller
    return remedy, d

S = [
 mk(1, "evidence_by_problem_type", "en-US", "Megan Foster", "US", "USD", 42.50, "Stainless steel French press 1L", "not_as_described", "open", problem="wrong_item",
    seller={"store_name": "Brewline Home", "signature": "Dana, Brewline Home support"}, msg="I ordered the French press and got a plastic tea infuser instead."),
 mk(2, "extend_delivery_time", "es-MX", "Alejandro Ramírez", "MX", "MXN", 689.00, "Audífonos inalámbricos", "not_received", "open",
    ship={"status": "in_transit", "carrier": "Cainiao", "tracking_number": "LP00912345678MX"}, seller={"store_name": "SonicaTec", "protection_extension_days": 20},
    msg="Ya pasaron semanas y no llega mi pedido."),
 mk(3, "propose_partial_or_return", "ru", "Ольга Смирнова", "RU", "RUB", 3490.00, "Зимняя куртка", "not_as_described", "escalated", problem="quality",
    ev=[{"kind": "photo", "note": "шов разошёлся"}], seller={"store_name": "NordWear", "max_partial_refund_pct": 25}, msg="Шов на рукаве разошёлся в первый же день."),
 mk(4, "return_instructions", "ja", "佐藤 美咲", "JP", "JPY", 5980, "セラミック包丁セット", "not_as_described", "ruled", problem="damaged", ruling="return_and_refund",
    ret={"status": "not_shipped"}, seller={"store_name": "Kitchen Sakura", "signature": "Kitchen Sakura サポート", "return_address": "〒550-0013 大阪府大阪市西区新町2-4-9 Kitchen Sakura 返品係"},
    msg="包丁の刃が欠けていました。"),
 mk(5, "confirm_reshipment", "fr-CA", "Julien Tremblay", "CA", "CAD", 58.90, "Lampe de bureau LED", "not_received", "open",
    ship={"status": "lost", "carrier": "Canada Post", "tracking_number": "RR204417739CN"}, reship={"buyer_answer": "agreed", "tracking_number": "RR204418862CN"},
    seller={"store_name": "Lumio"}, msg="D'accord pour un nouvel envoi."),
 mk(6, "offer_reshipment", "de-AT", "Katharina Huber", "AT", "EUR", 36.40, "Thermobecher Edelstahl", "not_received", "open",
    ship={"status": "lost", "carrier": "Österreichische Post", "tracking_number": "LX771200453AT"}, seller={"store_name": "Alpenkram", "signature": "Ihr Alpenkram-Team"},
    msg="Laut Post ist das Paket verschollen."),
 mk(7, "customs_clearance", "it", "Giulia Rossi", "IT", "EUR", 129.00, "Macchina da caffè espresso", "not_received", "open",
    ship={"status": "customs_hold", "carrier": "DHL Express", "tracking_number": "JD014600009912345678", "duties_payer": "buyer"}, seller={"store_name": "CasaCrema"},
    msg="Il pacco è fermo in dogana da giorni."),
 mk(8, "await_platform_decision", "pt-BR", "Thiago Almeida", "BR", "BRL", 214.90, "Smartwatch esportivo", "not_as_described", "escalated", problem="not_working",
    sev=True, seller={"store_name": "TechPulse BR"}, msg="O relógio não liga."),
 mk(9, "escalation_reply", "nl", "Sanne de Vries", "NL", "EUR", 74.95, "Regenjas heren", "not_received", "escalated",
    ship={"status": "in_transit", "carrier": "PostNL", "tracking_number": "3SXYZ90217734"}, seller={"store_name": "Buitenstijl"}, msg="Ik wacht al veel te lang."),
 mk(10, "return_received", "tr", "Emre Yıldız", "TR", "TRY", 1249.00, "Bluetooth hoparlör", "not_as_described", "ruled", problem="not_working", ruling="return_and_refund",
    ret={"status": "received", "tracking_number": "PTT7730029914"}, seller={"store_name": "SesDünyası"}, msg="İade kargosunu gönderdim."),
 mk(11, "evidence_by_problem_type", "ko", "김지훈", "KR", "KRW", 45000, "남성 러닝화", "not_as_described", "open", problem="size_or_fit",
    seller={"store_name": "런웨이슈즈", "signature": "런웨이슈즈 고객지원팀"}, msg="사이즈가 표기보다 훨씬 작아요."),
 mk(12, "extend_delivery_time", "zh-TW", "陳怡君", "TW", "TWD", 1290, "無線吸塵器", "not_received", "open",
    ship={"status": "in_transit", "carrier": "中華郵政", "tracking_number": "RB553190277TW"}, seller={"store_name": "潔家生活", "protection_extension_days": 30},
    msg="包裹一直沒有送到。"),
 mk(13, "customs_clearance", "ar-SA", "محمد العتيبي", "SA", "SAR", 310.00, "سماعات رأس لاسلكية", "not_received", "open",
    ship={"status": "customs_hold", "carrier": "Aramex", "tracking_number": "AX66120045SA", "duties_payer": "seller"}, seller={"store_name": "صوت الخليج"},
    msg="الطرد محتجز في الجمارك."),
 mk(14, "propose_partial_or_return", "sv", "Elin Johansson", "SE", "SEK", 899.00, "Ullfilt", "not_as_described", "escalated", problem="color_or_appearance",
    ev=[{"kind": "photo"}], seller={"store_name": "Nordhem", "max_partial_refund_pct": 40}, msg="Filten är grå, inte blå som på bilden."),
 mk(15, "offer_reshipment", "cs", "Tomáš Novák", "CZ", "CZK", 1590.00, "Cyklistická přilba", "not_received", "open",
    ship={"status": "lost", "carrier": "Česká pošta", "tracking_number": "RR880129934CZ"}, reship={"buyer_answer": "asked"}, seller={"store_name": "VeloShop"},
    msg="Balík se ztratil."),
 mk(16, "return_instructions", "ro", "Andreea Popescu", "RO", "RON", 245.00, "Rochie de seară", "not_as_described", "ruled", problem="size_or_fit", ruling="return_and_refund",
    ret={"status": "in_transit", "tracking_number": "RO5521009931"}, seller={"store_name": "Elegance Atelier", "return_address": "Strada Fabricii 17, Cluj-Napoca 400632, România"},
    msg="Am trimis deja rochia înapoi?"),
 mk(17, "confirm_reshipment", "hu", "Nagy Péter", "HU", "HUF", 18900, "Elektromos fogkefe", "not_received", "open",
    ship={"status": "lost", "carrier": "Magyar Posta", "tracking_number": "RL301127745HU"}, reship={"buyer_answer": "agreed", "tracking_number": "RL301199820HU"},
    seller={"store_name": "Mosolybolt"}, msg="Rendben, kérem küldjék újra."),
 mk(18, "await_platform_decision", "da", "Mette Nielsen", "DK", "DKK", 549.00, "Keramikvase", "not_received", "escalated",
    ship={"status": "delivered", "carrier": "PostNord", "tracking_number": "00370712345678901"}, sev=True, seller={"store_name": "Hygge Hjem"}, msg="Jeg har aldrig fået pakken."),
 mk(19, "escalation_reply", "fi", "Aino Virtanen", "FI", "EUR", 89.00, "Retkeilyreppu", "not_as_described", "escalated", problem="missing_parts",
    seller={"store_name": "Erämaa Outdoor"}, msg="Repusta puuttuu sadesuoja."),
 mk(20, "return_received", "pl", "Katarzyna Kowalska", "PL", "PLN", 329.99, "Blender kielichowy", "not_as_described", "ruled", problem="damaged", ruling="return_and_refund",
    ret={"status": "received", "tracking_number": "PL00921177345"}, seller={"store_name": "KuchniaPro", "signature": "Zespół KuchniaPro"}, msg="Blender odesłany."),
 mk(21, "evidence_by_problem_type", "uk", "Андрій Шевченко", "UA", "UAH", 1850.00, "Електричний чайник", "not_as_described", "open", problem="not_working",
    seller={"store_name": "ДімТех"}, msg="Чайник не вмикається."),
 mk(22, "customs_clearance", "el", "Γιώργος Παπαδόπουλος", "GR", "EUR", 64.00, "Ηλεκτρική σκούπα χειρός", "not_received", "open",
    ship={"status": "customs_hold", "carrier": "ELTA Courier", "tracking_number": "UA990114557GR"}, seller={"store_name": "Σπίτι Plus"}, msg="Το δέμα κόλλησε στο τελωνείο."),
 mk(23, "extend_delivery_time", "en-GB", "Oliver Bennett", "GB", "GBP", 27.99, "Bamboo cutting board set", "not_received", "open",
    ship={"status": "in_transit", "carrier": "Royal Mail", "tracking_number": "LB338812760GB"}, seller={"store_name": "Greenleaf Kitchen", "protection_extension_days": 10},
    msg="Still nothing after three weeks. Where is it?"),
 mk(24, "propose_partial_or_return", "es", "Lucía Fernández", "ES", "EUR", 59.00, "Bolso de piel", "not_as_described", "escalated", problem="damaged",
    ev=[{"kind": "video"}], seller={"store_name": "Piel & Co"}, msg="El bolso llegó con una costura rota."),
]

if __name__ == "__main__":
    for remedy, d in S:
        n = d["id"][-2:]
        p = D / f"op{n}_{remedy}.json"
        p.write_text(json.dumps(d, ensure_ascii=False, indent=2) + "\n")
        out = subprocess.run([BIN, "decide", str(p)], capture_output=True, text=True)
        dec = json.loads(out.stdout)
        (DEC / f"op{n}.json").write_text(out.stdout)
        ok = dec["remedy"] == remedy
        ms = {k: v for pt in dec["required_points"] for k, v in pt["mention"].items()}
        print(n, "OK" if ok else "MISMATCH " + dec["remedy"], dec["variant"], [pt["id"] for pt in dec["required_points"]], ms, dec["facts"]["signature"],
              [(o["kind"], o.get("max_amount"), o.get("days")) for o in dec["allowed_offers"]])
