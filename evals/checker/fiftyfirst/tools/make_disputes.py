"""Writes the 24 hand-specified dispute files (nx01..nx24) into ../disputes/."""
import json, pathlib
OUT = pathlib.Path(__file__).resolve().parent.parent / "disputes"
OUT.mkdir(exist_ok=True)

def order(oid, title, price, cur, placed=None, qty=1):
    o = {"id": oid, "items": [{"title": title, "quantity": qty, "unit_price": price}], "total": round(price * qty, 2), "currency": cur}
    if placed: o["placed_at"] = placed
    return o

def buyer(name, country, lang):
    return {"name": name, "country": country, "language": lang}

def msg(text, at):
    return [{"author": "buyer", "at": at, "text": text}]

D = []
def add(fname, **kw):
    D.append((fname, kw))

add("nx01_en_size", id="NX-2027-0001", reason="not_as_described", problem="size_or_fit", stage="open",
    shipment={"status": "delivered", "carrier": "Royal Mail", "tracking_number": "RM482913377GB"},
    order=order("8200100011112222", "Wool blend winter coat, size M", 64.0, "GBP", "2026-12-01T10:00:00Z"),
    buyer=buyer("Harriet Cole", "GB", "en-GB"),
    seller={"store_name": "Northfield Outerwear", "max_partial_refund_pct": 25},
    messages=msg("Hello, the coat is labelled M but the sleeves are way too short, it fits like an XS. Really disappointed, it was meant to be a present.", "2026-12-14T18:20:00Z"),
    opened_at="2026-12-14T18:21:00Z")
add("nx02_es_transit", id="NX-2027-0002", reason="not_received", stage="open",
    shipment={"status": "in_transit", "carrier": "Cainiao / Estafeta", "tracking_number": "LP00731188420CN", "shipped_at": "2026-11-28"},
    order=order("8200200022223333", "Set de sartenes antiadherentes", 899.0, "MXN", "2026-11-25T16:00:00Z"),
    buyer=buyer("Mariana Torres", "MX", "es-MX"),
    seller={"store_name": "Cocina Viva", "signature": "Equipo Cocina Viva", "protection_extension_days": 20},
    messages=msg("Buenas, ya pasaron casi tres semanas y el paquete no llega. ¿Me lo van a mandar o no?", "2026-12-16T12:00:00Z"),
    opened_at="2026-12-16T12:01:00Z")
add("nx03_ru_partial", id="NX-2027-0003", reason="not_as_described", problem="color_or_appearance", stage="escalated",
    buyer_evidence=[{"kind": "photo", "note": "photo of the bag in daylight"}],
    shipment={"status": "delivered", "carrier": "Cainiao / Почта России", "tracking_number": "LP00455120987CN"},
    order=order("8200300033334444", "Кожаная сумка через плечо, бордовая", 4590.0, "RUB", "2026-11-10T08:00:00Z"),
    buyer=buyer("Ольга Смирнова", "RU", "ru"),
    seller={"store_name": "Кожевенная лавка", "signature": "Команда «Кожевенная лавка»", "max_partial_refund_pct": 25},
    messages=msg("Я отправила фото: сумка не бордовая, а коричневая. Это совсем не то, что на картинке. Очень неприятно.", "2026-12-05T09:30:00Z"),
    opened_at="2026-11-29T09:00:00Z")
add("nx04_ja_reship", id="NX-2027-0004", reason="not_received", stage="open",
    shipment={"status": "lost", "carrier": "Cainiao / Japan Post", "tracking_number": "LP00188844556CN"},
    reship={"buyer_answer": "agreed", "tracking_number": "LP00199977331CN"},
    order=order("8200400044445555", "ステンレス製タンブラー 2個セット", 3280, "JPY", "2026-11-02T03:00:00Z"),
    buyer=buyer("佐藤 美咲", "JP", "ja"),
    seller={"store_name": "Kitchen Hoshi", "signature": "キッチン星 スタッフ一同"},
    messages=msg("再発送でお願いします。よろしくお願いします。", "2026-12-10T01:00:00Z"),
    opened_at="2026-12-03T02:00:00Z")
add("nx05_fr_return", id="NX-2027-0005", reason="not_as_described", problem="damaged", stage="ruled",
    platform_ruling="return_and_refund", return_shipment={"status": "not_shipped"},
    shipment={"status": "delivered", "carrier": "Cainiao / Postes Canada", "tracking_number": "LP00622001943CN"},
    order=order("8200500055556666", "Théière en fonte émaillée", 74.5, "CAD", "2026-10-30T14:00:00Z"),
    buyer=buyer("Émilie Gagnon", "CA", "fr-CA"),
    seller={"store_name": "Atelier Thé Nord", "signature": "L'équipe Atelier Thé Nord", "return_address": "Atelier Thé Nord – Retours, 455 rue Saint-Pierre, Montréal QC H2Y 2M1, Canada"},
    messages=msg("Bonjour, la plateforme a tranché pour un retour. Où dois-je envoyer la théière? Elle est arrivée fêlée, je ne suis pas contente.", "2026-12-08T15:00:00Z"),
    opened_at="2026-11-20T10:00:00Z")
add("nx06_de_customs_buyer", id="NX-2027-0006", reason="not_received", stage="open",
    shipment={"status": "customs_hold", "carrier": "Cainiao / DHL", "tracking_number": "LP00937715240CN", "duties_payer": "buyer"},
    order=order("8200600066667777", "Akku-Bohrschrauber mit Koffer", 89.99, "EUR", "2026-11-18T09:00:00Z"),
    buyer=buyer("Stefan Krüger", "DE", "de"),
    seller={"store_name": "Werkzeugwelt", "signature": "Ihr Team von Werkzeugwelt"},
    messages=msg("Mein Paket hängt seit einer Woche beim Zoll. Was soll ich jetzt machen?", "2026-12-12T10:00:00Z"),
    opened_at="2026-12-12T10:02:00Z")
add("nx07_it_lost", id="NX-2027-0007", reason="not_received", stage="open",
    shipment={"status": "lost", "carrier": "Cainiao / Poste Italiane", "tracking_number": "LP00570033812CN"},
    reship={"buyer_answer": "not_asked"},
    order=order("8200700077778888", "Lampada da scrivania LED pieghevole", 27.8, "EUR", "2026-11-05T11:00:00Z"),
    buyer=buyer("Giulia Ferri", "IT", "it"),
    seller={"store_name": "Luce Casa", "signature": "Lo staff di Luce Casa"},
    messages=msg("Il tracciamento dice che il pacco è stato smarrito. Sono davvero delusa, lo aspettavo da un mese.", "2026-12-09T17:00:00Z"),
    opened_at="2026-12-09T17:05:00Z")
add("nx08_pt_await", id="NX-2027-0008", reason="not_received", stage="escalated", seller_evidence_submitted=True,
    shipment={"status": "delivered", "carrier": "Cainiao / Correios", "tracking_number": "LP00310029876CN"},
    order=order("8200800088889999", "Fone de ouvido Bluetooth esportivo", 159.9, "BRL", "2026-10-22T20:00:00Z"),
    buyer=buyer("Rafael Oliveira", "BR", "pt-BR"),
    seller={"store_name": "Som & Cia", "signature": "Equipe Som & Cia"},
    messages=msg("Abri disputa na plataforma porque até agora nada. Quero uma solução.", "2026-12-11T13:00:00Z"),
    opened_at="2026-11-25T13:00:00Z")
add("nx09_nl_escalation", id="NX-2027-0009", reason="not_received", stage="escalated",
    shipment={"status": "in_transit", "carrier": "Cainiao / PostNL", "tracking_number": "LP00844112390CN"},
    order=order("8200900099990000", "Fietstas waterdicht 20 liter", 34.95, "EUR", "2026-11-01T12:00:00Z"),
    buyer=buyer("Sanne de Vries", "NL", "nl"),
    seller={"store_name": "Fietsfabriek Online"},
    messages=msg("Ik heb het geschil doorgezet naar het platform. Ik wacht al veel te lang en krijg alleen maar smoesjes.", "2026-12-13T08:00:00Z"),
    opened_at="2026-11-26T08:00:00Z")
add("nx10_tr_received", id="NX-2027-0010", reason="not_as_described", problem="wrong_item", stage="ruled",
    platform_ruling="return_and_refund", return_shipment={"status": "received", "tracking_number": "PTT7730041928TR"},
    shipment={"status": "delivered", "carrier": "Cainiao / PTT", "tracking_number": "LP00266410375CN"},
    order=order("8201000010101111", "Seramik kahve fincanı seti", 640.0, "TRY", "2026-10-15T07:00:00Z"),
    buyer=buyer("Elif Yıldız", "TR", "tr"),
    seller={"store_name": "Anadolu Seramik", "signature": "Anadolu Seramik Ekibi", "return_address": "Anadolu Seramik İade, Atatürk Cad. 18, 26000 Eskişehir, Türkiye"},
    messages=msg("Ürünü geri gönderdim, kargo teslim edildi görünüyor. İadem ne zaman yapılacak?", "2026-12-15T09:00:00Z"),
    opened_at="2026-11-05T09:00:00Z")
add("nx11_ko_damaged", id="NX-2027-0011", reason="not_as_described", problem="damaged", stage="open",
    shipment={"status": "delivered", "carrier": "Cainiao / 우체국", "tracking_number": "LP00711290054CN"},
    order=order("8201100011112222", "유리 화병 세트", 38500, "KRW", "2026-11-20T05:00:00Z"),
    buyer=buyer("김지은", "KR", "ko"),
    seller={"store_name": "Glass Garden", "signature": "Glass Garden 드림"},
    messages=msg("화병 하나가 깨져서 왔어요. 너무 속상하네요.", "2026-12-07T11:00:00Z"),
    opened_at="2026-12-07T11:02:00Z")
add("nx12_zh_transit", id="NX-2027-0012", reason="not_received", stage="open",
    shipment={"status": "in_transit", "carrier": "Cainiao / 中華郵政", "tracking_number": "LP00394417726CN", "shipped_at": "2026-12-02"},
    order=order("8201200012121313", "無線藍牙滑鼠", 590, "TWD", "2026-11-30T04:00:00Z"),
    buyer=buyer("陳怡君", "TW", "zh-TW"),
    seller={"store_name": "小宅數位", "signature": "小宅數位 客服團隊", "protection_extension_days": 10},
    messages=msg("請問包裹到底在哪裡？物流好幾天都沒有更新了。", "2026-12-14T06:00:00Z"),
    opened_at="2026-12-14T06:01:00Z")
add("nx13_ar_partial", id="NX-2027-0013", reason="not_as_described", problem="quality", stage="escalated",
    buyer_evidence=[{"kind": "video", "note": "stitching coming apart"}],
    shipment={"status": "delivered", "carrier": "Aramex", "tracking_number": "AX5530129874AE"},
    order=order("8201300013131414", "عباءة نسائية مطرزة", 320.0, "AED", "2026-11-12T09:00:00Z"),
    buyer=buyer("نورة الحربي", "AE", "ar"),
    seller={"store_name": "Dar Al Azyaa", "signature": "فريق دار الأزياء"},
    messages=msg("أرسلت فيديو يوضح أن الخياطة تتفكك بعد لبسة واحدة. هذا غير مقبول.", "2026-12-06T19:00:00Z"),
    opened_at="2026-11-30T19:00:00Z")
add("nx14_sv_reship", id="NX-2027-0014", reason="not_received", stage="open",
    shipment={"status": "lost", "carrier": "Cainiao / PostNord", "tracking_number": "LP00528830061CN"},
    reship={"buyer_answer": "agreed", "tracking_number": "LP00536641179CN"},
    order=order("8201400014141515", "Ullfilt i grått", 449.0, "SEK", "2026-11-08T10:00:00Z"),
    buyer=buyer("Linnea Berg", "SE", "sv"),
    seller={"store_name": "Nordisk Hem", "signature": "Hälsningar, Nordisk Hem"},
    messages=msg("Ja tack, skicka gärna en ny. Adressen är densamma.", "2026-12-11T14:00:00Z"),
    opened_at="2026-12-04T14:00:00Z")
add("nx15_cs_return", id="NX-2027-0015", reason="not_as_described", problem="not_working", stage="ruled",
    platform_ruling="return_and_refund", return_shipment={"status": "not_shipped"},
    shipment={"status": "delivered", "carrier": "Cainiao / Česká pošta", "tracking_number": "LP00617723398CN"},
    order=order("8201500015151616", "Elektrická konvice se skleněnou nádobou", 749.0, "CZK", "2026-10-28T08:00:00Z"),
    buyer=buyer("Tereza Nováková", "CZ", "cs"),
    seller={"store_name": "Domácí spotřebiče", "signature": "Tým Domácí spotřebiče", "return_address": "Domácí spotřebiče – vratky, Nádražní 42, 702 00 Ostrava, Česko"},
    messages=msg("Dobrý den, platforma rozhodla o vrácení. Kam mám konvici poslat?", "2026-12-09T08:00:00Z"),
    opened_at="2026-11-18T08:00:00Z")
add("nx16_ro_customs_seller", id="NX-2027-0016", reason="not_received", stage="open",
    shipment={"status": "customs_hold", "carrier": "Cainiao / Poșta Română", "tracking_number": "LP00722205871CN", "duties_payer": "seller"},
    order=order("8201600016161717", "Cântar de bucătărie digital", 119.0, "RON", "2026-11-21T09:00:00Z"),
    buyer=buyer("Andrei Popescu", "RO", "ro"),
    seller={"store_name": "Casa Bună", "signature": "Echipa Casa Bună"},
    messages=msg("Coletul e blocat la vamă și mi se cere să plătesc taxe. De ce să plătesc eu?", "2026-12-13T12:00:00Z"),
    opened_at="2026-12-13T12:01:00Z")
add("nx17_hu_lost", id="NX-2027-0017", reason="not_received", stage="open",
    shipment={"status": "lost", "carrier": "Cainiao / Magyar Posta", "tracking_number": "LP00483396620CN"},
    reship={"buyer_answer": "asked"},
    order=order("8201700017171818", "Bluetooth hangszóró", 12990, "HUF", "2026-11-03T08:00:00Z"),
    buyer=buyer("Nagy Bence", "HU", "hu"),
    seller={"store_name": "Hangház", "signature": "A Hangház csapata"},
    messages=msg("A csomag elveszett? Akkor most mi lesz? Nagyon bosszant ez az egész.", "2026-12-10T16:00:00Z"),
    opened_at="2026-12-10T16:01:00Z")
add("nx18_da_await", id="NX-2027-0018", reason="not_as_described", problem="missing_parts", stage="escalated", seller_evidence_submitted=True,
    shipment={"status": "delivered", "carrier": "Cainiao / PostNord", "tracking_number": "LP00205547718CN"},
    order=order("8201800018181919", "Reol i bambus med 4 hylder", 399.0, "DKK", "2026-11-06T09:00:00Z"),
    buyer=buyer("Mette Jensen", "DK", "da"),
    seller={"store_name": "Bambushuset"},
    messages=msg("Jeg har sendt sagen videre til platformen, fordi der mangler skruer.", "2026-12-08T09:00:00Z"),
    opened_at="2026-11-27T09:00:00Z")
add("nx19_fi_escalation", id="NX-2027-0019", reason="not_as_described", problem="other", stage="escalated",
    shipment={"status": "delivered", "carrier": "Cainiao / Posti", "tracking_number": "LP00662281457CN"},
    order=order("8201900019192020", "Retkeilyreppu 40 l", 52.9, "EUR", "2026-11-09T09:00:00Z"),
    buyer=buyer("Aino Virtanen", "FI", "fi"),
    seller={"store_name": "Erä ja Polku", "signature": "Erä ja Polku -tiimi"},
    messages=msg("Vein riidan alustalle, koska mitään ei tapahtunut. Olen tosi turhautunut.", "2026-12-12T07:00:00Z"),
    opened_at="2026-11-28T07:00:00Z")
add("nx20_pl_received", id="NX-2027-0020", reason="not_as_described", problem="size_or_fit", stage="ruled",
    return_shipment={"status": "received", "tracking_number": "PL00938812457"},
    shipment={"status": "delivered", "carrier": "Cainiao / Poczta Polska", "tracking_number": "LP00147729360CN"},
    order=order("8202000020202121", "Buty trekkingowe damskie, rozmiar 38", 289.0, "PLN", "2026-10-20T09:00:00Z"),
    buyer=buyer("Katarzyna Wójcik", "PL", "pl"),
    seller={"store_name": "Górski Szlak", "signature": "Zespół Górski Szlak"},
    messages=msg("Buty zostały odesłane. Proszę o informację, czy dotarły.", "2026-12-14T10:00:00Z"),
    opened_at="2026-11-10T10:00:00Z")
add("nx21_uk_notworking", id="NX-2027-0021", reason="not_as_described", problem="not_working", stage="open",
    shipment={"status": "delivered", "carrier": "Cainiao / Нова пошта", "tracking_number": "LP00850093316CN"},
    order=order("8202100021212222", "Електрична зубна щітка", 1150.0, "UAH", "2026-11-19T09:00:00Z"),
    buyer=buyer("Олена Коваленко", "UA", "uk"),
    seller={"store_name": "Smile Tech", "signature": "Команда Smile Tech"},
    messages=msg("Щітка не вмикається взагалі, навіть після зарядки. Дуже прикро.", "2026-12-11T15:00:00Z"),
    opened_at="2026-12-11T15:01:00Z")
add("nx22_el_partial", id="NX-2027-0022", reason="not_as_described", problem="missing_parts", stage="escalated",
    buyer_evidence=[{"kind": "photo", "note": "parts laid out"}],
    shipment={"status": "delivered", "carrier": "Cainiao / ΕΛΤΑ", "tracking_number": "LP00379958142CN"},
    order=order("8202200022222323", "Σετ κατσαβίδια ακριβείας", 58.4, "EUR", "2026-11-14T09:00:00Z"),
    buyer=buyer("Νίκος Παπαδόπουλος", "GR", "el"),
    seller={"store_name": "Ergaleia Plus", "signature": "Η ομάδα του Ergaleia Plus", "max_partial_refund_pct": 20},
    messages=msg("Έστειλα φωτογραφίες: λείπουν κομμάτια από το σετ.", "2026-12-10T12:00:00Z"),
    opened_at="2026-12-02T12:00:00Z")
add("nx23_en_customs_absent", id="NX-2027-0023", reason="not_received", stage="open",
    shipment={"status": "customs_hold", "carrier": "Cainiao / USPS", "tracking_number": "LP00913370264CN"},
    order=order("8202300023232424", "Cast iron dutch oven, 5 qt", 79.0, "USD", "2026-11-24T09:00:00Z"),
    buyer=buyer("Marcus Bell", "US", "en-US"),
    messages=msg("My package has been stuck in customs for days. Honestly this is ridiculous, what is going on?", "2026-12-15T20:00:00Z"),
    opened_at="2026-12-15T20:01:00Z")
add("nx24_es_transit", id="NX-2027-0024", reason="not_received", stage="open",
    shipment={"status": "in_transit", "carrier": "Cainiao / Correos", "tracking_number": "LP00258864407CN", "shipped_at": "2026-12-01"},
    order=order("8202400024242525", "Funda de cojín bordada", 18.5, "EUR", "2026-11-29T09:00:00Z"),
    buyer=buyer("Javier Moreno", "ES", "es"),
    seller={"store_name": "Tela y Hilo", "signature": "Tela y Hilo – atención al cliente", "protection_extension_days": 30},
    messages=msg("Hola, ¿cuándo llega mi pedido? El seguimiento lleva días parado.", "2026-12-15T09:00:00Z"),
    opened_at="2026-12-15T09:02:00Z")

for fname, kw in D:
    (OUT / f"{fname}.json").write_text(json.dumps(kw, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
print(len(D), "disputes written")
