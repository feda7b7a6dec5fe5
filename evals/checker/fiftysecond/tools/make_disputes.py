"""Writes the 24 hand-designed dispute files of the nw set."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "disputes")

def order(oid, title, price, cur, placed=None, qty=1):
    o = {"id": oid, "items": [{"title": title, "quantity": qty, "unit_price": price}],
         "total": round(price * qty, 2) if cur not in ("JPY", "KRW", "HUF") else int(price * qty), "currency": cur}
    if placed: o["placed_at"] = placed
    return o

def buyer(name, country, lang): return {"name": name, "country": country, "language": lang}
def msg(text, at): return [{"author": "buyer", "at": at, "text": text}]

D = {}
D["nw01_en_wrongitem"] = dict(id="NW-2026-0001", reason="not_as_described", problem="wrong_item", stage="open",
    shipment={"status": "delivered", "carrier": "Royal Mail", "tracking_number": "RM448120975GB"},
    order=order("8300111222333401", "Ceramic teapot set, sage green", 34.5, "GBP", "2026-10-28T11:00:00Z"),
    buyer=buyer("Oliver Bennett", "GB", "en-GB"),
    seller={"store_name": "Kettle & Leaf", "signature": "Hannah, Kettle & Leaf customer care"},
    messages=msg("I ordered the sage green teapot set and got a single blue mug instead. Not what I paid for.", "2026-11-14T10:02:00Z"),
    opened_at="2026-11-14T10:05:00Z")
D["nw02_es_transit"] = dict(id="NW-2026-0002", reason="not_received", stage="open",
    shipment={"status": "in_transit", "carrier": "Cainiao / Estafeta", "tracking_number": "LP00771234560CN", "shipped_at": "2026-10-30"},
    order=order("8300111222333402", "Lámpara de escritorio LED plegable", 489.0, "MXN", "2026-10-27T20:10:00Z"),
    buyer=buyer("Mariana López", "MX", "es-MX"),
    seller={"store_name": "Casa Nube", "protection_extension_days": 20},
    messages=msg("Hola, ya pasaron semanas y mi lámpara no llega. Estoy bastante preocupada, ¿qué pasó?", "2026-11-18T16:20:00Z"),
    opened_at="2026-11-18T16:22:00Z")
D["nw03_ru_quality"] = dict(id="NW-2026-0003", reason="not_as_described", problem="quality", stage="escalated",
    buyer_evidence=[{"kind": "photo", "note": "швы расходятся"}],
    shipment={"status": "delivered", "carrier": "Cainiao / Почта России", "tracking_number": "LP00334455667CN"},
    order=order("8300111222333403", "Рюкзак городской из экокожи", 3200.0, "RUB", "2026-10-10T09:00:00Z"),
    buyer=buyer("Дмитрий Соколов", "RU", "ru"),
    seller={"store_name": "Урбан Бэг", "max_partial_refund_pct": 25, "signature": "Команда «Урбан Бэг»"},
    messages=msg("Я отправил фото: швы расходятся уже через неделю. Это брак, я очень разочарован.", "2026-11-16T12:00:00Z"),
    opened_at="2026-11-05T08:00:00Z")
D["nw04_ja_customs_buyer"] = dict(id="NW-2026-0004", reason="not_received", stage="open",
    shipment={"status": "customs_hold", "carrier": "Japan Post EMS", "tracking_number": "EE123987654CN", "duties_payer": "buyer"},
    order=order("8300111222333404", "ワイヤレスメカニカルキーボード", 12800, "JPY", "2026-10-22T03:00:00Z"),
    buyer=buyer("佐藤 美咲", "JP", "ja"),
    seller={"store_name": "キーラボ", "signature": "キーラボ サポート担当 山本"},
    messages=msg("荷物が税関で止まったままです。どうすればいいですか？", "2026-11-12T01:30:00Z"),
    opened_at="2026-11-12T01:31:00Z")
D["nw05_fr_lost"] = dict(id="NW-2026-0005", reason="not_received", stage="open",
    shipment={"status": "lost", "carrier": "Colissimo", "tracking_number": "6A23456789012"},
    order=order("8300111222333405", "Coussin de méditation en sarrasin", 27.9, "EUR", "2026-10-15T14:00:00Z"),
    buyer=buyer("Julien Moreau", "BE", "fr-BE"),
    seller={"store_name": "Zen Atelier"},
    messages=msg("Bonjour, le transporteur dit que le colis est perdu. Je suis vraiment déçu, c'était un cadeau.", "2026-11-13T09:40:00Z"),
    opened_at="2026-11-13T09:41:00Z")
D["nw06_de_reship"] = dict(id="NW-2026-0006", reason="not_received", stage="open",
    shipment={"status": "lost", "carrier": "DHL Paket", "tracking_number": "JJD0001234567890"},
    reship={"buyer_answer": "agreed", "tracking_number": "JJD0009876543210"},
    order=order("8300111222333406", "Edelstahl-Thermoskanne 1 l", 22.95, "EUR", "2026-10-19T18:00:00Z"),
    buyer=buyer("Katharina Huber", "AT", "de-AT"),
    seller={"store_name": "Alpenhaus Shop", "signature": "Ihr Alpenhaus-Team"},
    messages=msg("Ja, bitte schicken Sie die Kanne noch einmal. Danke!", "2026-11-15T07:10:00Z"),
    opened_at="2026-11-11T07:00:00Z")
D["nw07_it_return"] = dict(id="NW-2026-0007", reason="not_as_described", problem="damaged", stage="ruled",
    platform_ruling="return_and_refund", return_shipment={"status": "not_shipped"},
    shipment={"status": "delivered", "carrier": "Poste Italiane", "tracking_number": "LP00556677889CN"},
    order=order("8300111222333407", "Vaso in vetro soffiato", 45.0, "EUR", "2026-10-08T10:00:00Z"),
    buyer=buyer("Giulia Rossi", "IT", "it"),
    seller={"store_name": "Vetreria Luce", "return_address": "Vetreria Luce Resi, Via Roma 18, 20121 Milano, Italia"},
    messages=msg("Buongiorno, la piattaforma ha deciso per il reso. Dove devo spedire il vaso?", "2026-11-17T08:00:00Z"),
    opened_at="2026-10-30T08:00:00Z")
D["nw08_pt_await"] = dict(id="NW-2026-0008", reason="not_received", stage="escalated", seller_evidence_submitted=True,
    shipment={"status": "delivered", "carrier": "Correios", "tracking_number": "NB123456789BR"},
    order=order("8300111222333408", "Fone de ouvido Bluetooth esportivo", 159.9, "BRL", "2026-10-12T13:00:00Z"),
    buyer=buyer("Rafael Souza", "BR", "pt-BR"),
    seller={"store_name": "Som Tropical"},
    messages=msg("Abri disputa na plataforma porque até agora não recebi nada. Estou cansado de esperar.", "2026-11-16T22:00:00Z"),
    opened_at="2026-11-01T12:00:00Z")
D["nw09_nl_escalation"] = dict(id="NW-2026-0009", reason="not_received", stage="escalated",
    shipment={"status": "in_transit", "carrier": "PostNL", "tracking_number": "3SABCD1234567"},
    order=order("8300111222333409", "Fietstas waterdicht", 39.95, "EUR", "2026-10-14T16:00:00Z"),
    buyer=buyer("Sanne de Vries", "NL", "nl"),
    seller={"store_name": "Fietsmaatje", "signature": "Groeten van Fietsmaatje"},
    messages=msg("Ik heb het geschil naar het platform gebracht, ik wacht al veel te lang op mijn tas.", "2026-11-18T19:00:00Z"),
    opened_at="2026-11-03T10:00:00Z")
D["nw10_tr_received"] = dict(id="NW-2026-0010", reason="not_as_described", problem="size_or_fit", stage="ruled",
    platform_ruling="return_and_refund", return_shipment={"status": "received", "tracking_number": "PTT7788990011"},
    shipment={"status": "delivered", "carrier": "PTT Kargo", "tracking_number": "RR556677889CN"},
    order=order("8300111222333410", "Kadın deri bot, 38 numara", 1450.0, "TRY", "2026-10-02T09:00:00Z"),
    buyer=buyer("Ayşe Yılmaz", "TR", "tr"),
    seller={"store_name": "Adım Butik", "return_address": "Adım Butik İade, Atatürk Cad. 42, 34000 İstanbul, Türkiye", "signature": "Sevgiyle, Adım Butik ekibi"},
    messages=msg("Botları geri gönderdim, ulaştı mı?", "2026-11-19T11:00:00Z"),
    opened_at="2026-10-20T09:00:00Z")
D["nw11_ko_damaged"] = dict(id="NW-2026-0011", reason="not_as_described", problem="damaged", stage="open",
    shipment={"status": "delivered", "carrier": "CJ대한통운", "tracking_number": "LP00112233445CN"},
    order=order("8300111222333411", "세라믹 머그컵 세트", 35000, "KRW", "2026-10-25T05:00:00Z"),
    buyer=buyer("김민준", "KR", "ko"),
    seller={"store_name": "도자기공방", "signature": "도자기공방 고객지원팀 드림"},
    messages=msg("상자를 열어보니 머그컵 두 개가 깨져 있었어요. 너무 속상합니다.", "2026-11-14T02:00:00Z"),
    opened_at="2026-11-14T02:05:00Z")
D["nw12_zh_transit"] = dict(id="NW-2026-0012", reason="not_received", stage="open",
    shipment={"status": "in_transit", "carrier": "中華郵政", "tracking_number": "RX998877665CN", "shipped_at": "2026-11-01"},
    order=order("8300111222333412", "手沖咖啡壺組", 1290.0, "TWD", "2026-10-29T06:00:00Z"),
    buyer=buyer("陳怡君", "TW", "zh-TW"),
    seller={"store_name": "慢活咖啡館", "protection_extension_days": 30, "signature": "慢活咖啡館 客服團隊 敬上"},
    messages=msg("我的包裹好久都沒有更新了，是不是寄丟了？", "2026-11-17T04:00:00Z"),
    opened_at="2026-11-17T04:01:00Z")
D["nw13_ar_colour"] = dict(id="NW-2026-0013", reason="not_as_described", problem="color_or_appearance", stage="escalated",
    buyer_evidence=[{"kind": "photo"}, {"kind": "video"}],
    shipment={"status": "delivered", "carrier": "Aramex", "tracking_number": "AX44556677SA"},
    order=order("8300111222333413", "عباءة مطرزة", 240.0, "SAR", "2026-10-09T07:00:00Z"),
    buyer=buyer("ليلى الحربي", "SA", "ar-SA"),
    seller={"store_name": "دار الأناقة", "max_partial_refund_pct": 40, "signature": "فريق دار الأناقة"},
    messages=msg("أرسلت الصور والفيديو، اللون مختلف تماماً عن الصورة في الإعلان.", "2026-11-15T15:00:00Z"),
    opened_at="2026-11-02T10:00:00Z")
D["nw14_sv_customs_seller"] = dict(id="NW-2026-0014", reason="not_received", stage="open",
    shipment={"status": "customs_hold", "carrier": "PostNord", "tracking_number": "UA771122334CN", "duties_payer": "seller"},
    order=order("8300111222333414", "Ullfilt i alpackaull", 649.0, "SEK", "2026-10-24T12:00:00Z"),
    buyer=buyer("Erik Lindqvist", "SE", "sv"),
    seller={"store_name": "Nordisk Värme", "signature": "Vänliga hälsningar, Nordisk Värme", "response_hours": 24},
    messages=msg("Hej, paketet har fastnat i tullen. Måste jag betala något?", "2026-11-13T14:00:00Z"),
    opened_at="2026-11-13T14:02:00Z")
D["nw15_cs_lost"] = dict(id="NW-2026-0015", reason="not_received", stage="open",
    shipment={"status": "lost", "carrier": "Česká pošta", "tracking_number": "RR123123123CZ"},
    reship={"buyer_answer": "asked"},
    order=order("8300111222333415", "Dětská stavebnice dřevěná", 790.0, "CZK", "2026-10-16T08:00:00Z"),
    buyer=buyer("Tereza Nováková", "CZ", "cs"),
    seller={"store_name": "Hračkárna Pod Lipou", "signature": "S pozdravem, Hračkárna Pod Lipou"},
    messages=msg("Dobrý den, balík se ztratil a syn je z toho smutný. Co teď?", "2026-11-12T17:00:00Z"),
    opened_at="2026-11-12T17:01:00Z")
D["nw16_ro_reship"] = dict(id="NW-2026-0016", reason="not_received", stage="open",
    shipment={"status": "lost", "carrier": "Poșta Română", "tracking_number": "RO556677001CN"},
    reship={"buyer_answer": "agreed", "tracking_number": "RO556677999CN"},
    order=order("8300111222333416", "Set de pensule pentru machiaj", 119.0, "RON", "2026-10-18T10:00:00Z"),
    buyer=buyer("Andrei Popescu", "RO", "ro"),
    seller={"store_name": "Frumos Cosmetics", "signature": "Cu drag, echipa Frumos Cosmetics", "max_partial_refund_pct": 20},
    messages=msg("Da, sunt de acord să îmi trimiteți din nou setul.", "2026-11-16T09:00:00Z"),
    opened_at="2026-11-10T09:00:00Z")
D["nw17_hu_return"] = dict(id="NW-2026-0017", reason="not_as_described", problem="not_working", stage="ruled",
    platform_ruling="return_and_refund", return_shipment={"status": "in_transit"},
    shipment={"status": "delivered", "carrier": "Magyar Posta", "tracking_number": "LP00665544332CN"},
    order=order("8300111222333417", "Elektromos tejhabosító", 8990, "HUF", "2026-10-06T10:00:00Z"),
    buyer=buyer("Nagy Eszter", "HU", "hu"),
    seller={"store_name": "Konyhacsoda", "return_address": "Konyhacsoda Visszáru, Váci út 71, 1139 Budapest, Magyarország", "signature": "Üdvözlettel: a Konyhacsoda csapata"},
    messages=msg("Jó napot, a platform visszaküldést rendelt el. Melyik címre küldjem pontosan?", "2026-11-18T10:00:00Z"),
    opened_at="2026-10-28T10:00:00Z")
D["nw18_da_await"] = dict(id="NW-2026-0018", reason="not_as_described", problem="missing_parts", stage="escalated",
    seller_evidence_submitted=True,
    shipment={"status": "delivered", "carrier": "GLS", "tracking_number": "GLS88776655DK"},
    order=order("8300111222333418", "Reol i bambus, fem hylder", 599.0, "DKK", "2026-10-11T10:00:00Z"),
    buyer=buyer("Mads Jørgensen", "DK", "da"),
    seller={"store_name": "Bambushuset", "signature": "Venlig hilsen Bambushuset"},
    messages=msg("Der manglede skruer, og nu har jeg sendt sagen videre til platformen.", "2026-11-17T18:00:00Z"),
    opened_at="2026-11-04T10:00:00Z")
D["nw19_fi_escalation"] = dict(id="NW-2026-0019", reason="not_as_described", problem="other", stage="escalated",
    shipment={"status": "delivered", "carrier": "Posti", "tracking_number": "JJFI6543210987"},
    order=order("8300111222333419", "Villasukat, harmaa", 19.9, "EUR", "2026-10-13T10:00:00Z"),
    buyer=buyer("Aino Virtanen", "FI", "fi"),
    seller={"store_name": "Lämpöneule"},
    messages=msg("Vein riidan alustalle, koska sukat eivät vastaa kuvausta ollenkaan. Olen pettynyt.", "2026-11-18T08:00:00Z"),
    opened_at="2026-11-06T08:00:00Z")
D["nw20_pl_received"] = dict(id="NW-2026-0020", reason="not_as_described", problem="wrong_item", stage="ruled",
    platform_ruling="return_and_refund", return_shipment={"status": "received", "tracking_number": "PL00998877665"},
    shipment={"status": "delivered", "carrier": "InPost", "tracking_number": "LP00443322110CN"},
    order=order("8300111222333420", "Plecak turystyczny 40 l", 219.0, "PLN", "2026-10-03T09:00:00Z"),
    buyer=buyer("Piotr Kowalski", "PL", "pl"),
    seller={"store_name": "Górski Szlak", "signature": "Zespół Górski Szlak", "return_address": "Górski Szlak Zwroty, ul. Długa 5, 30-001 Kraków, Polska"},
    messages=msg("Dzień dobry, plecak wrócił do Państwa? Czekam na zwrot pieniędzy.", "2026-11-19T09:00:00Z"),
    opened_at="2026-10-21T09:00:00Z")
D["nw21_uk_notworking"] = dict(id="NW-2026-0021", reason="not_as_described", problem="not_working", stage="open",
    shipment={"status": "delivered", "carrier": "Нова Пошта", "tracking_number": "LP00221100998CN"},
    order=order("8300111222333421", "Електрична зубна щітка", 1199.0, "UAH", "2026-10-20T09:00:00Z"),
    buyer=buyer("Олена Шевченко", "UA", "uk"),
    seller={"store_name": "Світла Усмішка", "signature": "З повагою, команда «Світла Усмішка»"},
    messages=msg("Щітка взагалі не вмикається, навіть після зарядки. Дуже неприємно.", "2026-11-15T13:00:00Z"),
    opened_at="2026-11-15T13:02:00Z")
D["nw22_el_transit"] = dict(id="NW-2026-0022", reason="not_received", stage="open",
    shipment={"status": "in_transit", "carrier": "ΕΛΤΑ", "tracking_number": "LP00887766554CN", "shipped_at": "2026-11-02"},
    order=order("8300111222333422", "Σετ μαχαιριών κουζίνας", 54.0, "EUR", "2026-10-31T09:00:00Z"),
    buyer=buyer("Γιώργος Παπαδόπουλος", "GR", "el"),
    seller={"store_name": "Κουζίνα Plus", "signature": "Η ομάδα του Κουζίνα Plus"},
    messages=msg("Το δέμα δεν έχει φτάσει ακόμα και ανησυχώ. Τι γίνεται;", "2026-11-19T07:00:00Z"),
    opened_at="2026-11-19T07:01:00Z")
D["nw23_en_size"] = dict(id="NW-2026-0023", reason="not_as_described", problem="size_or_fit", stage="escalated",
    buyer_evidence=[{"kind": "photo", "note": "measuring tape on the dress"}],
    shipment={"status": "delivered", "carrier": "USPS", "tracking_number": "9400111899223344556677"},
    order=order("8300111222333423", "Linen summer dress, size M", 58.0, "USD", "2026-10-07T17:00:00Z"),
    buyer=buyer("Jessica Turner", "US", "en-US"),
    seller={"store_name": "Sunny Threads", "signature": "Warmly, the Sunny Threads team"},
    messages=msg("I sent photos with a tape measure. The dress is a full size smaller than your chart and I'm really frustrated.", "2026-11-16T20:00:00Z"),
    opened_at="2026-11-04T17:00:00Z")
D["nw24_es_customs"] = dict(id="NW-2026-0024", reason="not_received", stage="open",
    shipment={"status": "customs_hold", "carrier": "Correos", "tracking_number": "UV334455667CN"},
    order=order("8300111222333424", "Altavoz inteligente portátil", 64.99, "EUR", "2026-10-21T09:00:00Z"),
    buyer=buyer("Javier Martín", "ES", "es"),
    seller={"store_name": "Sonido Claro", "signature": "Un saludo, equipo de Sonido Claro"},
    messages=msg("Mi paquete lleva días retenido en aduanas y nadie me dice nada. ¿Tengo que pagar algo?", "2026-11-15T18:00:00Z"),
    opened_at="2026-11-15T18:01:00Z")

for name, d in D.items():
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=2)
print(len(D))
