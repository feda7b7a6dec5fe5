"""Writes the 24 hand-designed dispute files into ../disputes/ (stdlib only)."""
import json, pathlib
D = pathlib.Path(__file__).resolve().parent.parent / "disputes"
D.mkdir(exist_ok=True)

def ship(status, carrier, tn, shipped=None, payer=None):
    s = {"status": status, "carrier": carrier, "tracking_number": tn}
    if shipped: s["shipped_at"] = shipped
    if payer: s["duties_payer"] = payer
    return s

def order(oid, title, price, cur, placed, qty=1):
    return {"id": oid, "items": [{"title": title, "quantity": qty, "unit_price": price}],
            "total": round(price * qty, 2), "currency": cur, "placed_at": placed}

def msg(text, at):
    return [{"author": "buyer", "at": at, "text": text}]

S = []  # (file, expected_remedy, dispute)
def add(fname, remedy, **kw):
    S.append((fname, remedy, kw))

add("nj01_en_jacketfit", "evidence_by_problem_type", id="NJ-D-001", reason="not_as_described", problem="size_or_fit", stage="open",
    shipment=ship("delivered", "Royal Mail", "RM204455671GB"),
    order=order("3021188400071", "Quilted winter jacket, size L", 54.0, "GBP", "2026-10-02T11:00:00Z"),
    buyer={"name": "Olivia Hartley", "country": "GB", "language": "en-GB"},
    seller={"store_name": "Northwind Outfitters", "signature": "Warm regards, the Northwind Outfitters team"},
    messages=msg("Hello, the jacket is labelled L but the sleeves barely reach my wrists. Very disappointed, it was meant as a gift.", "2026-10-21T08:10:00Z"),
    opened_at="2026-10-21T08:12:00Z")
add("nj02_es_lampara", "extend_delivery_time", id="NJ-D-002", reason="not_received", stage="open",
    shipment=ship("in_transit", "Cainiao / Estafeta", "LP00441122339CN", "2026-10-08"),
    order=order("3021188400072", "Lámpara de escritorio LED plegable", 489.0, "MXN", "2026-10-05T17:30:00Z"),
    buyer={"name": "Mariana Ortega", "country": "MX", "language": "es-MX"},
    seller={"signature": 'Saludos, equipo Casa Brillo', "store_name": "Casa Brillo", "protection_extension_days": 20},
    messages=msg("Ya pasó más de un mes y no llega mi lámpara. El rastreo no se actualiza. Estoy muy molesta.", "2026-11-09T15:00:00Z"),
    opened_at="2026-11-09T15:02:00Z")
add("nj03_ru_chainik", "propose_partial_or_return", id="NJ-D-003", reason="not_as_described", problem="damaged", stage="escalated",
    buyer_evidence=[{"kind": "photo", "note": "трещина на крышке"}],
    shipment=ship("delivered", "Почта России", "RR558812334CN"),
    order=order("3021188400073", "Электрический чайник из стекла", 4990.0, "RUB", "2026-09-28T09:00:00Z"),
    buyer={"name": "Ирина Соколова", "country": "RU", "language": "ru"},
    seller={"signature": 'С уважением, команда ДомТехника', "store_name": "ДомТехника", "max_partial_refund_pct": 25},
    messages=msg("Я отправила фото: крышка чайника треснула. Пользоваться им невозможно.", "2026-10-20T10:00:00Z"),
    opened_at="2026-10-14T12:00:00Z")
add("nj04_ja_kasa", "confirm_reshipment", id="NJ-D-004", reason="not_received", stage="open",
    shipment=ship("lost", "Japan Post", "EJ771203398CN", "2026-09-30"),
    reship={"buyer_answer": "agreed", "tracking_number": "EJ771209911CN"},
    order=order("3021188400074", "折りたたみ傘 自動開閉", 2480.0, "JPY", "2026-09-27T03:00:00Z"),
    buyer={"name": "佐藤 美咲", "country": "JP", "language": "ja"},
    seller={"store_name": "アメフリ雑貨店", "signature": "アメフリ雑貨店 スタッフ一同"},
    messages=msg("再送をお願いします。住所は前回と同じです。", "2026-10-25T02:00:00Z"),
    opened_at="2026-10-22T01:00:00Z")
add("nj05_fr_theiere", "return_instructions", id="NJ-D-005", reason="not_as_described", problem="quality", stage="ruled",
    platform_ruling="return_and_refund", return_shipment={"status": "not_shipped"},
    shipment=ship("delivered", "Colissimo", "LP00661234870CN"),
    order=order("3021188400075", "Théière en fonte émaillée", 42.0, "EUR", "2026-09-15T14:00:00Z"),
    buyer={"name": "Julien Marchand", "country": "FR", "language": "fr"},
    seller={"signature": "Bien cordialement, l'équipe Atelier Thé", "store_name": "Atelier Thé", "return_address": "Atelier Thé Retours, 8 allée des Tilleuls, 69007 Lyon, France"},
    messages=msg("La plateforme a tranché pour un retour. Où dois-je envoyer la théière ?", "2026-11-02T09:00:00Z"),
    opened_at="2026-10-10T09:00:00Z")
add("nj06_de_kamera", "customs_clearance", id="NJ-D-006", reason="not_received", stage="open",
    shipment=ship("customs_hold", "DHL Express", "JD014600339874", "2026-10-18", payer="buyer"),
    order=order("3021188400076", "Actionkamera 4K mit Unterwassergehäuse", 89.9, "EUR", "2026-10-16T19:00:00Z"),
    buyer={"name": "Stefan Krüger", "country": "DE", "language": "de"},
    seller={"store_name": "Klickwerk", "signature": "Viele Grüße, Ihr Klickwerk-Team"},
    messages=msg("Mein Paket hängt seit einer Woche beim Zoll fest. Was soll ich tun?", "2026-11-03T18:00:00Z"),
    opened_at="2026-11-03T18:05:00Z")
add("nj07_it_borsa", "offer_reshipment", id="NJ-D-007", reason="not_received", stage="open",
    shipment=ship("lost", "Poste Italiane", "RQ339847120IT", "2026-09-25"),
    order=order("3021188400077", "Borsa a tracolla in pelle", 64.5, "EUR", "2026-09-22T16:00:00Z"),
    buyer={"name": "Giulia Romano", "country": "IT", "language": "it"},
    seller={"signature": 'Un caro saluto, Pelletteria Sole', "store_name": "Pelletteria Sole"},
    messages=msg("Il corriere dice che il pacco risulta smarrito. Sono davvero delusa, era un regalo per mia madre.", "2026-10-28T11:00:00Z"),
    opened_at="2026-10-28T11:03:00Z")
add("nj08_pt_fone", "await_platform_decision", id="NJ-D-008", reason="not_as_described", problem="not_working", stage="escalated",
    seller_evidence_submitted=True,
    shipment=ship("delivered", "Correios", "NX104938771BR"),
    order=order("3021188400078", "Fone de ouvido Bluetooth esportivo", 159.9, "BRL", "2026-09-30T21:00:00Z"),
    buyer={"name": "Rafael Souza", "country": "BR", "language": "pt-BR"},
    seller={"store_name": "SomMax", "signature": "Abraços, equipe SomMax"},
    messages=msg("Abri disputa na plataforma porque o fone não liga. Quero uma solução.", "2026-10-30T13:00:00Z"),
    opened_at="2026-10-22T13:00:00Z")
add("nj09_nl_fietslamp", "escalation_reply", id="NJ-D-009", reason="not_received", stage="escalated",
    shipment=ship("in_transit", "PostNL", "LX220937154NL", "2026-10-01"),
    order=order("3021188400079", "Oplaadbare fietslamp set", 27.95, "EUR", "2026-09-29T08:00:00Z"),
    buyer={"name": "Sanne de Vries", "country": "NL", "language": "nl"},
    seller={"signature": 'Met vriendelijke groet, team Fietsfabriek Online', "store_name": "Fietsfabriek Online"},
    messages=msg("Ik heb het geschil nu bij het platform neergelegd. Ik wacht al veel te lang.", "2026-11-06T20:00:00Z"),
    opened_at="2026-10-30T20:00:00Z")
add("nj10_tr_hali", "return_received", id="NJ-D-010", reason="not_as_described", problem="color_or_appearance", stage="ruled",
    platform_ruling="return_and_refund", return_shipment={"status": "received", "tracking_number": "RT556120937TR"},
    shipment=ship("delivered", "Yurtiçi Kargo", "YK88210045TR"),
    order=order("3021188400080", "El dokuması kilim halı", 1850.0, "TRY", "2026-09-10T10:00:00Z"),
    buyer={"name": "Elif Yıldız", "country": "TR", "language": "tr"},
    seller={"signature": 'Saygılarımızla, Anadolu Dokuma ekibi', "store_name": "Anadolu Dokuma", "return_address": "Anadolu Dokuma, Atatürk Cad. No 41, 34000 İstanbul, Türkiye"},
    messages=msg("Halıyı geri gönderdim, ulaştı mı?", "2026-11-04T09:00:00Z"),
    opened_at="2026-10-01T09:00:00Z")
add("nj11_ko_gajeup", "evidence_by_problem_type", id="NJ-D-011", reason="not_as_described", problem="not_working", stage="open",
    shipment=ship("delivered", "CJ대한통운", "KR630019284CN"),
    order=order("3021188400081", "무선 전기 주전자", 38000.0, "KRW", "2026-10-11T06:00:00Z"),
    buyer={"name": "김지훈", "country": "KR", "language": "ko"},
    seller={"store_name": "하나리빙", "signature": "하나리빙 드림"},
    messages=msg("주전자가 전원이 아예 안 켜져요. 너무 화가 납니다.", "2026-10-24T12:00:00Z"),
    opened_at="2026-10-24T12:01:00Z")
add("nj12_zh_erji", "extend_delivery_time", id="NJ-D-012", reason="not_received", stage="open",
    shipment=ship("in_transit", "中華郵政", "LP00338810276CN", "2026-10-20"),
    order=order("3021188400082", "藍牙降噪耳機", 1290.0, "TWD", "2026-10-18T04:00:00Z"),
    buyer={"name": "陳怡君", "country": "TW", "language": "zh-TW"},
    seller={"signature": '聲悅數碼 客服團隊', "store_name": "聲悅數碼", "protection_extension_days": 10},
    messages=msg("物流資訊很久沒有更新,請問包裹到底在哪裡?", "2026-11-08T07:00:00Z"),
    opened_at="2026-11-08T07:05:00Z")
add("nj13_ar_saa", "propose_partial_or_return", id="NJ-D-013", reason="not_as_described", problem="quality", stage="escalated",
    buyer_evidence=[{"kind": "video", "note": "العقارب متوقفة"}],
    shipment=ship("delivered", "Aramex", "AX4409912203"),
    order=order("3021188400083", "ساعة يد كلاسيكية بسوار جلدي", 189.0, "SAR", "2026-09-20T15:00:00Z"),
    buyer={"name": "سارة العتيبي", "country": "SA", "language": "ar"},
    seller={"signature": 'مع أطيب التحيات، فريق متجر الوقت', "store_name": "متجر الوقت"},
    messages=msg("أرسلت فيديو يوضح أن الساعة تتوقف بعد ساعات قليلة. هذا غير مقبول.", "2026-10-19T18:00:00Z"),
    opened_at="2026-10-15T18:00:00Z")
add("nj14_sv_kudde", "confirm_reshipment", id="NJ-D-014", reason="not_received", stage="open",
    shipment=ship("lost", "PostNord", "UA448812095SE", "2026-09-29"),
    reship={"buyer_answer": "agreed", "tracking_number": "UA448839917SE"},
    order=order("3021188400084", "Prydnadskudde i linne, 2-pack", 349.0, "SEK", "2026-09-26T12:00:00Z"),
    buyer={"name": "Erik Lindqvist", "country": "SE", "language": "sv"},
    seller={"store_name": "Nordhem Textil", "signature": "Vänliga hälsningar, Nordhem Textil"},
    messages=msg("Okej, skicka gärna en ny. Samma adress som tidigare.", "2026-10-27T10:00:00Z"),
    opened_at="2026-10-24T10:00:00Z")
add("nj15_cs_mixer", "return_instructions", id="NJ-D-015", reason="not_as_described", problem="not_working", stage="ruled",
    platform_ruling="return_and_refund", return_shipment={"status": "not_shipped"},
    shipment=ship("delivered", "Česká pošta", "RR774019283CZ"),
    order=order("3021188400085", "Tyčový mixér s nástavci", 1290.0, "CZK", "2026-09-18T10:00:00Z"),
    buyer={"name": "Tomáš Novák", "country": "CZ", "language": "cs"},
    seller={"signature": 'S pozdravem, tým KuchyňPlus', "store_name": "KuchyňPlus", "return_address": "KuchyňPlus reklamace, Průmyslová 12, 602 00 Brno, Česko"},
    messages=msg("Platforma rozhodla o vrácení. Kam mám mixér poslat?", "2026-11-05T08:00:00Z"),
    opened_at="2026-10-12T08:00:00Z")
add("nj16_ro_pantofi", "customs_clearance", id="NJ-D-016", reason="not_received", stage="open",
    shipment=ship("customs_hold", "Cargus", "CG550918273RO", "2026-10-12", payer="seller"),
    order=order("3021188400086", "Pantofi sport din piele", 279.0, "RON", "2026-10-10T09:00:00Z"),
    buyer={"name": "Andreea Popescu", "country": "RO", "language": "ro"},
    seller={"signature": 'Cu drag, echipa PasUșor', "store_name": "PasUșor"},
    messages=msg("Coletul meu este blocat la vamă. Trebuie să plătesc ceva? Sunt îngrijorată.", "2026-11-01T16:00:00Z"),
    opened_at="2026-11-01T16:01:00Z")
add("nj17_hu_parna", "offer_reshipment", id="NJ-D-017", reason="not_received", stage="open",
    shipment=ship("lost", "Magyar Posta", "RB882017364HU", "2026-09-21"),
    reship={"buyer_answer": "asked"},
    order=order("3021188400087", "Memóriahabos párna", 12990.0, "HUF", "2026-09-19T07:00:00Z"),
    buyer={"name": "Kovács Péter", "country": "HU", "language": "hu"},
    seller={"store_name": "Álomház", "signature": "Üdvözlettel: az Álomház csapata"},
    messages=msg("A posta szerint a csomag elveszett. Mi lesz most?", "2026-10-26T14:00:00Z"),
    opened_at="2026-10-26T14:02:00Z")
add("nj18_da_kande", "await_platform_decision", id="NJ-D-018", reason="not_received", stage="escalated",
    seller_evidence_submitted=True,
    shipment=ship("delivered", "GLS", "GL66120934DK"),
    order=order("3021188400088", "Termokande i rustfrit stål", 229.0, "DKK", "2026-09-24T13:00:00Z"),
    buyer={"name": "Mette Jensen", "country": "DK", "language": "da"},
    seller={"signature": 'Venlig hilsen, Hyggehjem', "store_name": "Hyggehjem"},
    messages=msg("Jeg har sendt sagen videre til platformen, for jeg har stadig ikke fået min kande.", "2026-11-02T19:00:00Z"),
    opened_at="2026-10-25T19:00:00Z")
add("nj19_fi_sukset", "escalation_reply", id="NJ-D-019", reason="not_as_described", problem="wrong_item", stage="escalated",
    shipment=ship("delivered", "Posti", "JJFI650912873"),
    order=order("3021188400089", "Hiihtohanskat, koko M", 34.9, "EUR", "2026-10-03T10:00:00Z"),
    buyer={"name": "Aino Virtanen", "country": "FI", "language": "fi"},
    seller={"signature": 'Ystävällisin terveisin, Lumikide', "store_name": "Lumikide"},
    messages=msg("Sain väärät hanskat ja vein asian alustalle. Olen todella pettynyt.", "2026-11-07T11:00:00Z"),
    opened_at="2026-10-29T11:00:00Z")
add("nj20_pl_buty", "return_received", id="NJ-D-020", reason="not_as_described", problem="size_or_fit", stage="ruled",
    platform_ruling="return_and_refund", return_shipment={"status": "received", "tracking_number": "PL009182736PL"},
    shipment=ship("delivered", "InPost", "IP77301928PL"),
    order=order("3021188400090", "Buty trekkingowe damskie", 239.0, "PLN", "2026-09-12T10:00:00Z"),
    buyer={"name": "Katarzyna Wiśniewska", "country": "PL", "language": "pl"},
    seller={"store_name": "Szlak Sklep", "signature": "Pozdrawiamy, zespół Szlak Sklep",
            "return_address": "Szlak Sklep Zwroty, ul. Górska 5, 30-001 Kraków, Polska"},
    messages=msg("Buty zostały odesłane tydzień temu. Czy dotarły?", "2026-11-06T08:00:00Z"),
    opened_at="2026-10-02T08:00:00Z")
add("nj21_uk_chashka", "evidence_by_problem_type", id="NJ-D-021", reason="not_as_described", problem="damaged", stage="open",
    shipment=ship("delivered", "Нова пошта", "NP20450098817"),
    order=order("3021188400091", "Набір керамічних чашок", 780.0, "UAH", "2026-10-09T10:00:00Z"),
    buyer={"name": "Оксана Мельник", "country": "UA", "language": "uk"},
    seller={"signature": 'З повагою, команда «Глина і Вогонь»', "store_name": "Глина і Вогонь"},
    messages=msg("Дві чашки прийшли розбитими. Дуже прикро.", "2026-10-27T09:00:00Z"),
    opened_at="2026-10-27T09:02:00Z")
add("nj22_el_kafetiera", "extend_delivery_time", id="NJ-D-022", reason="not_received", stage="open",
    shipment=ship("in_transit", "ΕΛΤΑ Courier", "RE119283746GR", "2026-10-15"),
    order=order("3021188400092", "Καφετιέρα espresso αλουμινίου", 31.5, "EUR", "2026-10-13T10:00:00Z"),
    buyer={"name": "Νίκος Παπαδόπουλος", "country": "GR", "language": "el"},
    seller={"store_name": "Καφές & Σπίτι", "signature": "Με εκτίμηση, η ομάδα του Καφές & Σπίτι"},
    messages=msg("Η παραγγελία μου δεν έχει φτάσει ακόμη. Τι γίνεται;", "2026-11-10T10:00:00Z"),
    opened_at="2026-11-10T10:03:00Z")
add("nj23_en_drone", "propose_partial_or_return", id="NJ-D-023", reason="not_as_described", problem="missing_parts", stage="escalated",
    buyer_evidence=[{"kind": "photo", "note": "box contents"}, {"kind": "screenshot"}],
    shipment=ship("delivered", "USPS", "9400110298370012345678"),
    order=order("3021188400093", "Mini camera drone with spare propellers", 64.0, "USD", "2026-09-25T22:00:00Z"),
    buyer={"name": "Marcus Bell", "country": "US", "language": "en-US"},
    seller={"store_name": "SkyToy Hub", "max_partial_refund_pct": 20},
    messages=msg("The spare propellers and the charging cable were missing from the box. I sent photos.", "2026-10-18T02:00:00Z"),
    opened_at="2026-10-14T02:00:00Z")
add("nj24_es_perfume", "customs_clearance", id="NJ-D-024", reason="not_received", stage="open",
    shipment=ship("customs_hold", "Correos Express", "CE449201837ES", "2026-10-19"),
    order=order("3021188400094", "Difusor de aromas ultrasónico", 23.9, "EUR", "2026-10-17T10:00:00Z"),
    buyer={"name": "Javier Moreno", "country": "ES", "language": "es"},
    seller={"store_name": "Aroma Hogar", "signature": "Un saludo, equipo Aroma Hogar"},
    messages=msg("Mi paquete está retenido en aduanas. ¿Qué pasa?", "2026-11-04T12:00:00Z"),
    opened_at="2026-11-04T12:02:00Z")

EXPECTED = {}
for fname, remedy, d in S:
    (D / f"{fname}.json").write_text(json.dumps(d, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    EXPECTED[f"{fname}.json"] = remedy
(D.parent / "tools" / "expected_remedies.json").write_text(json.dumps(EXPECTED, indent=2, ensure_ascii=False) + "\n")
print(len(S), "disputes written")
