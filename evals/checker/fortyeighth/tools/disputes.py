"""Write the 24 hand-written disputes (contract format) and print decide's remedy for each."""
import json, subprocess, pathlib
OUT = pathlib.Path(__file__).resolve().parent.parent / "disputes"
CLI = "/work/main/.venv/bin/disputedraft"

def D(n, lang, want, reason, stage, ship, order, buyer, msg, seller=None, opened="2026-11-10T09:00:00Z", **kw):
    d = {"id": f"OA-2026-{n:04d}", "reason": reason, "stage": stage}
    if ship: d["shipment"] = ship
    d["order"] = order
    d["buyer"] = buyer
    d["messages"] = [{"author": "buyer", "at": opened, "text": msg}]
    d["opened_at"] = opened
    if seller: d["seller"] = seller
    d.update(kw)
    return n, lang, want, d

def O(oid, title, price, cur, qty=1, placed=None):
    o = {"id": oid, "items": [{"title": title, "quantity": qty, "unit_price": price}], "total": round(price*qty, 2), "currency": cur}
    if placed: o["placed_at"] = placed
    return o

DISPUTES = [
 D(1, "en", "evidence_by_problem_type", "not_as_described", "open",
   {"status": "delivered", "carrier": "Cainiao / USPS", "tracking_number": "LP00412233445CN"},
   O("8190104455667701", "Bluetooth kitchen scale", 21.5, "USD"), {"name": "Megan Carter", "country": "US", "language": "en-US"},
   "The scale turns on but the display flickers and it never shows a weight. Pretty annoying.",
   {"store_name": "BrightHome Store"}, problem="not_working"),
 D(2, "es-MX", "extend_delivery_time", "not_received", "open",
   {"status": "in_transit", "carrier": "Cainiao / Estafeta", "tracking_number": "LP00778899001CN", "shipped_at": "2026-10-28"},
   O("8190105566778802", "Funda de silicona para tableta", 349.0, "MXN", placed="2026-10-26T15:00:00Z"),
   {"name": "Alejandro Ruiz", "country": "MX", "language": "es-MX"},
   "Ya pasaron casi dos semanas y mi paquete no llega. Abrí la disputa porque me preocupa perder mi dinero.",
   {"store_name": "Tienda Nopal", "signature": "Equipo de Tienda Nopal", "protection_extension_days": 20}, opened="2026-11-11T18:20:00Z"),
 D(3, "ru", "propose_partial_or_return", "not_as_described", "escalated",
   {"status": "delivered", "carrier": "Cainiao / Почта России", "tracking_number": "RP11223344CN"},
   O("8190106677889903", "Зимняя куртка с капюшоном", 5400.0, "RUB"), {"name": "Ольга Смирнова", "country": "RU", "language": "ru"},
   "Куртка пришла с дыркой на рукаве, я отправила фото. Продавец не отвечал, поэтому я подала в арбитраж.",
   {"store_name": "Sever Wear", "signature": "Команда Sever Wear", "max_partial_refund_pct": 25},
   problem="quality", buyer_evidence=[{"kind": "photo", "note": "hole on the sleeve"}]),
 D(4, "ja", "return_instructions", "not_as_described", "ruled",
   {"status": "delivered", "carrier": "Cainiao / Japan Post", "tracking_number": "LP00335577991CN"},
   O("8190107788990004", "ワイヤレスイヤホン", 4980.0, "JPY"), {"name": "佐藤 美咲", "country": "JP", "language": "ja"},
   "返品と返金が認められました。どこに送ればいいですか？",
   {"store_name": "Sakura Gadget", "signature": "Sakura Gadget サポートチーム", "return_address": "〒550-0013 大阪府大阪市西区新町1-4-26 Sakura Gadget 返品係"},
   problem="not_working", platform_ruling="return_and_refund", return_shipment={"status": "not_shipped"}),
 D(5, "fr", "confirm_reshipment", "not_received", "open",
   {"status": "lost", "carrier": "Cainiao / La Poste", "tracking_number": "LP00661122334CN"},
   O("8190108899001105", "Coque de téléphone en cuir", 15.9, "EUR"), {"name": "Julien Moreau", "country": "FR", "language": "fr-FR"},
   "D'accord pour un nouvel envoi, mon adresse n'a pas changé.",
   {"store_name": "Atelier Coque"}, reship={"buyer_answer": "agreed", "tracking_number": "LP00998877665CN"}),
 D(6, "de", "offer_reshipment", "not_received", "open",
   {"status": "lost", "carrier": "Cainiao / DHL", "tracking_number": "LP00224466880CN"},
   O("8190109900112206", "LED-Schreibtischlampe", 32.4, "EUR"), {"name": "Sabine Krüger", "country": "DE", "language": "de-DE"},
   "Die Sendungsverfolgung zeigt seit Wochen nichts mehr, und der Paketdienst sagt, das Paket sei verloren gegangen.",
   {"store_name": "Lichtwerk Shop", "signature": "Ihr Lichtwerk-Team"}),
 D(7, "it", "customs_clearance", "not_received", "open",
   {"status": "customs_hold", "carrier": "Cainiao / Poste Italiane", "tracking_number": "LP00557799113CN", "duties_payer": "buyer"},
   O("8190110011223307", "Macchina per caffè espresso portatile", 89.0, "EUR"), {"name": "Marco Bianchi", "country": "IT", "language": "it"},
   "Il pacco è fermo in dogana da una settimana. Cosa devo fare?",
   {"store_name": "CasaCaffè Store"}),
 D(8, "pt-BR", "await_platform_decision", "not_received", "escalated",
   {"status": "delivered", "carrier": "Cainiao / Correios", "tracking_number": "NL12345678BR"},
   O("8190111122334408", "Relógio inteligente esportivo", 219.9, "BRL"), {"name": "Camila Souza", "country": "BR", "language": "pt-BR"},
   "Escalei a disputa porque o rastreio diz entregue mas eu não recebi nada.",
   {"store_name": "Loja Tucano", "signature": "Equipe Loja Tucano"}, seller_evidence_submitted=True),
 D(9, "nl", "escalation_reply", "not_received", "escalated",
   {"status": "in_transit", "carrier": "Cainiao / PostNL", "tracking_number": "LP00113355779CN"},
   O("8190112233445509", "Opvouwbare fietshelm", 45.0, "EUR"), {"name": "Daan de Vries", "country": "NL", "language": "nl"},
   "Ik wacht al veel te lang. Ik heb het geschil nu doorgezet naar het platform.",
   {"store_name": "Fietsfabriek Store"}),
 D(10, "tr", "return_received", "not_as_described", "ruled",
   {"status": "delivered", "carrier": "Cainiao / PTT", "tracking_number": "LP00887766554CN"},
   O("8190113344556610", "Deri sırt çantası", 1250.0, "TRY"), {"name": "Emre Yılmaz", "country": "TR", "language": "tr"},
   "Çantayı geri gönderdim, ulaştı mı?",
   {"store_name": "Anadolu Çanta"}, problem="color_or_appearance", platform_ruling="return_and_refund",
   return_shipment={"status": "received", "tracking_number": "PTT4455667788TR"}),
 D(11, "ko", "customs_clearance", "not_received", "open",
   {"status": "customs_hold", "carrier": "Cainiao / 우체국", "tracking_number": "LP00443322110CN", "duties_payer": "seller"},
   O("8190114455667711", "무선 청소기", 159000.0, "KRW"), {"name": "김지민", "country": "KR", "language": "ko-KR"},
   "통관에서 막혀 있다는 문자를 받았어요. 관세를 제가 내야 하나요?",
   {"store_name": "Hanul Living", "signature": "Hanul Living 고객지원팀"}),
 D(12, "zh-TW", "evidence_by_problem_type", "not_as_described", "open",
   {"status": "delivered", "carrier": "Cainiao / 中華郵政", "tracking_number": "LP00665544332CN"},
   O("8190115566778812", "羊毛針織外套", 890.0, "TWD"), {"name": "陳怡君", "country": "TW", "language": "zh-TW"},
   "我買的是M號，但外套穿起來小很多，袖子也太短。",
   {"store_name": "Formosa Knit", "signature": "Formosa Knit 客服團隊"}, problem="size_or_fit"),
 D(13, "ar", "extend_delivery_time", "not_received", "open",
   {"status": "in_transit", "carrier": "Cainiao / Aramex", "tracking_number": "LP00990011223CN", "shipped_at": "2026-10-30"},
   O("8190116677889913", "ساعة حائط خشبية", 120.0, "SAR"), {"name": "نورة العتيبي", "country": "SA", "language": "ar-SA"},
   "لم تصلني الطلبية حتى الآن، وأخشى أن تنتهي مدة الحماية.",
   {"store_name": "Oasis Decor", "signature": "فريق Oasis Decor", "protection_extension_days": 30}),
 D(14, "sv", "propose_partial_or_return", "not_as_described", "escalated",
   {"status": "delivered", "carrier": "Cainiao / PostNord", "tracking_number": "LP00123498765CN"},
   O("8190117788990014", "Ullpläd i grått", 399.0, "SEK"), {"name": "Elin Lindqvist", "country": "SE", "language": "sv"},
   "Plädet är mycket tunnare än på bilderna och luddar redan. Jag har skickat en video.",
   {"store_name": "Nordic Nest Shop", "max_partial_refund_pct": 40},
   problem="quality", buyer_evidence=[{"kind": "video"}]),
 D(15, "cs", "offer_reshipment", "not_received", "open",
   {"status": "lost", "carrier": "Cainiao / Česká pošta", "tracking_number": "LP00321654987CN"},
   O("8190118899001115", "Sada kuchyňských nožů", 790.0, "CZK"), {"name": "Tomáš Novák", "country": "CZ", "language": "cs"},
   "Zásilka se podle pošty ztratila. Co teď?",
   {"store_name": "Kuchyně Plus", "signature": "Tým Kuchyně Plus"}, reship={"buyer_answer": "asked"}),
 D(16, "ro", "return_instructions", "not_as_described", "ruled",
   {"status": "delivered", "carrier": "Cainiao / Poșta Română", "tracking_number": "LP00741852963CN"},
   O("8190119900112216", "Rochie de vară cu flori", 149.0, "RON"), {"name": "Ioana Popescu", "country": "RO", "language": "ro"},
   "Platforma a aprobat returul. Unde trimit rochia?",
   {"store_name": "Flori Fashion", "return_address": "Flori Fashion Retur, Strada Fabricii 7, 060821 București, România"},
   problem="wrong_item", platform_ruling="return_and_refund", return_shipment={"status": "in_transit", "tracking_number": "RR556677889RO"}),
 D(17, "hu", "confirm_reshipment", "not_received", "open",
   {"status": "lost", "carrier": "Cainiao / Magyar Posta", "tracking_number": "LP00852741963CN"},
   O("8190120011223317", "Kerámia bögrekészlet", 8900.0, "HUF"), {"name": "Nagy Eszter", "country": "HU", "language": "hu"},
   "Rendben, kérem küldjék újra a csomagot.",
   {"store_name": "Bögre Bolt"}, reship={"buyer_answer": "agreed", "tracking_number": "LP00963852741CN"}),
 D(18, "da", "await_platform_decision", "not_as_described", "escalated",
   {"status": "delivered", "carrier": "Cainiao / PostNord", "tracking_number": "LP00159357486CN"},
   O("8190121122334418", "Keramisk urtepotte sæt", 260.0, "DKK"), {"name": "Mads Jensen", "country": "DK", "language": "da"},
   "Jeg har sendt sagen videre til platformen, for potterne er i en anden farve.",
   {"store_name": "Hygge Haven", "signature": "Hygge Haven kundeservice"}, problem="color_or_appearance", seller_evidence_submitted=True),
 D(19, "fi", "escalation_reply", "not_as_described", "escalated",
   {"status": "delivered", "carrier": "Cainiao / Posti", "tracking_number": "LP00456123789CN"},
   O("8190122233445519", "Retkeilyreppu 40 l", 64.9, "EUR"), {"name": "Aino Virtanen", "country": "FI", "language": "fi"},
   "Repusta puuttuu sadesuoja, vaikka se luvattiin. Vein asian alustalle.",
   {"store_name": "Taiga Outdoor"}, problem="missing_parts"),
 D(20, "pl", "return_received", "not_as_described", "ruled",
   {"status": "delivered", "carrier": "Cainiao / Poczta Polska", "tracking_number": "LP00789456123CN"},
   O("8190123344556620", "Buty trekkingowe", 329.0, "PLN"), {"name": "Katarzyna Wójcik", "country": "PL", "language": "pl"},
   "Odesłałam buty tydzień temu. Czy dotarły?",
   {"store_name": "Górski Szlak", "signature": "Zespół Górski Szlak"}, problem="size_or_fit",
   return_shipment={"status": "received", "tracking_number": "PX0099887766PL"}),
 D(21, "uk", "customs_clearance", "not_received", "open",
   {"status": "customs_hold", "carrier": "Cainiao / Нова пошта", "tracking_number": "LP00147258369CN"},
   O("8190124455667721", "Дитячий велосипедний шолом", 1150.0, "UAH"), {"name": "Андрій Коваленко", "country": "UA", "language": "uk"},
   "Посилка затримана на митниці. Що мені робити?",
   {"store_name": "Veselka Kids", "signature": "Команда Veselka Kids"}),
 D(22, "el", "evidence_by_problem_type", "not_as_described", "open",
   {"status": "delivered", "carrier": "Cainiao / ΕΛΤΑ", "tracking_number": "LP00369258147CN"},
   O("8190125566778822", "Γυάλινο βάζο", 27.0, "EUR"), {"name": "Γιώργος Παπαδόπουλος", "country": "GR", "language": "el"},
   "Το βάζο έφτασε ραγισμένο.",
   {"store_name": "Aegean Home"}, problem="damaged"),
 D(23, "en", "propose_partial_or_return", "not_as_described", "escalated",
   {"status": "delivered", "carrier": "Cainiao / Royal Mail", "tracking_number": "LP00246813579CN"},
   O("8190126677889923", "Linen bedding set, double", 58.0, "GBP"), {"name": "Oliver Hughes", "country": "GB", "language": "en-GB"},
   "The duvet cover is a different shade of blue from the listing photos, I've uploaded pictures.",
   {"store_name": "Loom & Linen", "max_partial_refund_pct": 20},
   problem="color_or_appearance", buyer_evidence=[{"kind": "photo"}, {"kind": "screenshot"}]),
 D(24, "fr-CA", "extend_delivery_time", "not_received", "open",
   {"status": "in_transit", "carrier": "Cainiao / Postes Canada", "tracking_number": "LP00135792468CN", "shipped_at": "2026-11-01"},
   O("8190127788990024", "Tapis de yoga antidérapant", 42.0, "CAD"), {"name": "Émilie Tremblay", "country": "CA", "language": "fr-CA"},
   "Mon colis n'avance plus depuis une semaine, je commence à m'inquiéter.",
   {"store_name": "Zen Boutique", "protection_extension_days": 10}, opened="2026-11-14T13:45:00Z"),
]

if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    for n, lang, want, d in DISPUTES:
        p = OUT / f"oa{n:02d}_{lang}_{want}.json"
        p.write_text(json.dumps(d, ensure_ascii=False, indent=2) + "\n")
        dec = json.loads(subprocess.run([CLI, "decide", str(p)], capture_output=True, text=True, check=True).stdout)
        (OUT.parent / "tools" / "decisions").mkdir(exist_ok=True)
        (OUT.parent / "tools" / "decisions" / (p.stem + ".decision.json")).write_text(json.dumps(dec, ensure_ascii=False, indent=2))
        ok = "OK " if dec["remedy"] == want else "BAD"
        ment = {k: v for pt in dec["required_points"] for k, v in pt["mention"].items()}
        print(ok, p.name, dec["remedy"], dec.get("variant"), ment, dec["facts"]["signature"], [o.get("max_amount") for o in dec["allowed_offers"]])
