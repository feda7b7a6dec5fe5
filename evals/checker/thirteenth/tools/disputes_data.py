"""Source of the thirteenth set's disputes. (id, lang, remedy, dispute dict)."""


def d(id_, reason, stage, order, buyer, msgs, *, problem=None, shipment=None, reship=None, seller=None,
      evidence=None, seller_ev=False, ruling=None, ret=None, opened="2026-11-03T09:00:00Z"):
    out = {"id": id_, "reason": reason, "stage": stage}
    if problem:
        out["problem"] = problem
    if shipment:
        out["shipment"] = shipment
    if reship:
        out["reship"] = reship
    if seller_ev:
        out["seller_evidence_submitted"] = True
    if evidence:
        out["buyer_evidence"] = evidence
    if ruling:
        out["platform_ruling"] = ruling
    if ret:
        out["return_shipment"] = ret
    out["order"] = order
    out["buyer"] = buyer
    if seller:
        out["seller"] = seller
    out["messages"] = [{"author": "buyer", "text": t, "at": "2026-11-05T10:00:00Z"} for t in msgs]
    out["opened_at"] = opened
    return out


def order(oid, title, price, cur, qty=1):
    return {"id": oid, "items": [{"title": title, "quantity": qty, "unit_price": price}],
            "total": round(price * qty, 2), "currency": cur, "placed_at": "2026-10-14T08:00:00Z"}


DISPUTES = [
    ("q01", "fr", "evidence_by_problem_type", d(
        "DSP-Q13-0001", "not_as_described", "open",
        order("3051877420196633", "Vase en verre soufflé bleu", 42.5, "EUR"),
        {"name": "Mathilde Rousseau", "country": "FR", "language": "fr"},
        ["Bonjour, le vase est arrivé avec une grosse fêlure sur le côté. Je suis très déçue."],
        problem="damaged",
        shipment={"status": "delivered", "carrier": "Cainiao / La Poste", "tracking_number": "LV204417785CN"},
        seller={"store_name": "Atelier Verre & Lin", "signature": "L'équipe Atelier Verre & Lin"})),
    ("q02", "pl", "evidence_by_problem_type", d(
        "DSP-Q13-0002", "not_as_described", "open",
        order("3051877420207781", "Kurtka puchowa damska, rozmiar M", 289.0, "PLN"),
        {"name": "Katarzyna Wiśniewska", "country": "PL", "language": "pl"},
        ["Zamówiłam rozmiar M, a kurtka jest dużo za mała, rękawy są za krótkie. To nie jest M."],
        problem="size_or_fit",
        shipment={"status": "delivered", "carrier": "InPost", "tracking_number": "PL66120934871"},
        seller={"store_name": "Dom Kurtki Store", "signature": "Marta, Dom Kurtki Store"})),
    ("q03", "ja", "evidence_by_problem_type", d(
        "DSP-Q13-0003", "not_as_described", "open",
        order("3051877420218845", "ワイヤレス充電器 15W", 3980, "JPY"),
        {"name": "佐藤 美咲", "country": "JP", "language": "ja"},
        ["充電器が届きましたが、スマホを置いても全く充電されません。ランプも点きません。"],
        problem="not_working",
        shipment={"status": "delivered", "carrier": "Yamato", "tracking_number": "JP445190273366"},
        seller={"store_name": "Kiraboshi Gadgets", "signature": "Kiraboshi Gadgets カスタマーサポート"})),
    ("q04", "de", "customs_clearance", d(
        "DSP-Q13-0004", "not_received", "open",
        order("3051877420229902", "Trekkingzelt für 2 Personen", 129.9, "EUR"),
        {"name": "Jonas Becker", "country": "DE", "language": "de"},
        ["Laut Sendungsverfolgung liegt mein Zelt seit Tagen beim Zoll. Was soll ich jetzt machen?"],
        shipment={"status": "customs_hold", "carrier": "China Post / Deutsche Post", "tracking_number": "RX448812906CN",
                  "duties_payer": "buyer"},
        seller={"store_name": "Nordlicht Outdoor", "signature": "Ihr Team von Nordlicht Outdoor"})),
    ("q05", "tr", "customs_clearance", d(
        "DSP-Q13-0005", "not_received", "open",
        order("3051877420230017", "Bluetooth kulaklık", 1450.0, "TRY"),
        {"name": "Elif Yıldız", "country": "TR"},
        ["Merhaba, kargom gümrükte bekliyor ve benden gümrük vergisi isteniyor. Ben bu vergiyi ödemek zorunda mıyım? Siparişimi ne zaman alabileceğim?"],
        shipment={"status": "customs_hold", "carrier": "PTT Kargo", "tracking_number": "UJ772310458CN", "duties_payer": "seller"},
        seller={"store_name": "Anka Elektronik Store", "signature": "Anka Elektronik Store ekibi"})),
    ("q06", "ko", "customs_clearance", d(
        "DSP-Q13-0006", "not_received", "open",
        order("3051877420241126", "비타민C 세럼 세트", 45000, "KRW"),
        {"name": "김지은", "country": "KR", "language": "ko"},
        ["택배가 통관 보류 상태로 일주일째 멈춰 있어요. 어떻게 된 건가요?"],
        shipment={"status": "customs_hold", "carrier": "CJ대한통운", "tracking_number": "LY905531774CN"},
        seller={"store_name": "Haneul Beauty", "signature": "Haneul Beauty 드림"})),
    ("q07", "es-MX", "extend_delivery_time", d(
        "DSP-Q13-0007", "not_received", "open",
        order("3051877420252230", "Lámpara de talavera para buró", 890.0, "MXN"),
        {"name": "Alejandro Ramírez", "country": "MX", "language": "es-MX"},
        ["Ya pasaron semanas y mi lámpara no llega. Abrí la disputa porque se me iba a acabar la protección."],
        shipment={"status": "in_transit", "carrier": "Cainiao / Estafeta", "tracking_number": "LB310942287CN"},
        seller={"store_name": "Casa Tapatía Shop", "signature": "Equipo de Casa Tapatía Shop", "protection_extension_days": 20})),
    ("q08", "sv", "extend_delivery_time", d(
        "DSP-Q13-0008", "not_received", "open",
        order("3051877420263348", "Linneduk till matbord", 349.0, "SEK"),
        {"name": "Linnea Karlsson", "country": "SE", "language": "sv"},
        ["Hej, min duk har inte kommit och det står bara att paketet är på väg. Jag vill inte förlora mina pengar."],
        shipment={"status": "in_transit", "carrier": "PostNord", "tracking_number": "CNSE00481126"},
        seller={"store_name": "Fjällbo Home", "signature": "Fjällbo Home"})),
    ("q09", "it", "offer_reshipment", d(
        "DSP-Q13-0009", "not_received", "open",
        order("3051877420274451", "Lampada da scrivania in ottone", 58.0, "EUR"),
        {"name": "Giulia Esposito", "country": "IT", "language": "it"},
        ["Il tracciamento non si aggiorna da un mese, il corriere dice che il pacco è andato perso."],
        shipment={"status": "lost", "carrier": "Cainiao / Poste Italiane", "tracking_number": "RB662019437CN"},
        seller={"store_name": "Bottega Luce", "signature": "Lo staff di Bottega Luce"})),
    ("q10", "nl", "offer_reshipment", d(
        "DSP-Q13-0010", "not_received", "open",
        order("3051877420285567", "Set van acrylverf, 24 kleuren", 24.95, "EUR"),
        {"name": "Daan de Vries", "country": "NL"},
        ["Hallo, mijn bestelling is nooit aangekomen en volgens PostNL is het pakket kwijtgeraakt. Wat gaan jullie hieraan doen? Ik heb de verf nodig voor een cursus."],
        shipment={"status": "lost", "carrier": "PostNL", "tracking_number": "LP019283746CN"},
        reship={"buyer_answer": "asked"},
        seller={"store_name": "Tulip Craft Supplies", "signature": "Team Tulip Craft Supplies"})),
    ("q11", "pt-BR", "confirm_reshipment", d(
        "DSP-Q13-0011", "not_received", "open",
        order("3051877420296672", "Mochila impermeável para notebook", 189.9, "BRL"),
        {"name": "Rafael Souza", "country": "BR", "language": "pt-BR"},
        ["Beleza, pode mandar de novo então. O endereço continua o mesmo."],
        shipment={"status": "lost", "carrier": "Correios", "tracking_number": "LX558201936CN"},
        reship={"buyer_answer": "agreed", "tracking_number": "YT2611830042915"},
        seller={"store_name": "Loja Bem-te-vi", "signature": "Equipe Loja Bem-te-vi"})),
    ("q12", "cs", "confirm_reshipment", d(
        "DSP-Q13-0012", "not_received", "open",
        order("3051877420307789", "Sada šroubováků s bitovými nástavci", 1290.0, "CZK"),
        {"name": "Tomáš Novák", "country": "CZ"},
        ["Dobrý den, souhlasím s tím, abyste mi sadu šroubováků poslali znovu. Adresa je pořád stejná, děkuji a těším se na zásilku."],
        shipment={"status": "lost", "carrier": "Česká pošta", "tracking_number": "RP900412358CN"},
        reship={"buyer_answer": "agreed", "tracking_number": "RP900477125CN"},
        seller={"store_name": "Praha Tools Store", "signature": "Tým Praha Tools Store"})),
    ("q13", "en-GB", "propose_partial_or_return", d(
        "DSP-Q13-0013", "not_as_described", "escalated",
        order("3051877420318893", "Merino wool throw blanket", 48.0, "GBP"),
        {"name": "Olivia Bennett", "country": "GB", "language": "en-GB"},
        ["The blanket is pilling badly after one wash and there are loose threads all along the edge. I've uploaded photos."],
        problem="quality", evidence=[{"kind": "photo", "note": "pilling and loose threads"}],
        shipment={"status": "delivered", "carrier": "Royal Mail", "tracking_number": "RM771203948GB"},
        seller={"store_name": "Harbour & Thread", "signature": "Harbour & Thread customer care"})),
    ("q14", "ru", "propose_partial_or_return", d(
        "DSP-Q13-0014", "not_as_described", "escalated",
        order("3051877420329904", "Шерстяной плед, цвет графит", 4500.0, "RUB"),
        {"name": "Анна Смирнова", "country": "RU", "language": "ru"},
        ["Плед не графитовый, а коричневый, совсем другой цвет, чем на фото. Прикрепила фото при дневном свете."],
        problem="color_or_appearance", evidence=[{"kind": "photo", "note": "colour in daylight"}],
        shipment={"status": "delivered", "carrier": "Почта России", "tracking_number": "RU392017744CN"},
        seller={"store_name": "Sibirsky Uyut", "signature": "Команда Sibirsky Uyut", "max_partial_refund_pct": 25})),
    ("q15", "da", "propose_partial_or_return", d(
        "DSP-Q13-0015", "not_as_described", "escalated",
        order("3051877420330018", "Væghylde i egetræ med beslag", 640.0, "DKK"),
        {"name": "Mads Jørgensen", "country": "DK", "language": "da"},
        ["Der mangler beslag og skruer i pakken, så jeg kan ikke hænge hylden op. Jeg har sendt billeder af indholdet."],
        problem="missing_parts", evidence=[{"kind": "photo"}, {"kind": "screenshot"}],
        shipment={"status": "delivered", "carrier": "GLS", "tracking_number": "DK550912377CN"},
        seller={"store_name": "Nordic Nest Deco", "signature": "Nordic Nest Deco"})),
    ("q16", "uk", "await_platform_decision", d(
        "DSP-Q13-0016", "not_as_described", "escalated",
        order("3051877420341120", "Вишита сорочка, льон", 1850.0, "UAH"),
        {"name": "Олена Коваленко", "country": "UA", "language": "uk"},
        ["Я передала спір на платформу, бо вишивка зовсім не така, як на фото."],
        problem="color_or_appearance", seller_ev=True,
        shipment={"status": "delivered", "carrier": "Нова Пошта", "tracking_number": "NP20450098812"},
        seller={"store_name": "Karpaty Crafts", "signature": "Команда Karpaty Crafts"})),
    ("q17", "ro", "await_platform_decision", d(
        "DSP-Q13-0017", "not_received", "escalated",
        order("3051877420352236", "Set de cuțite ceramice", 215.0, "RON"),
        {"name": "Andreea Popescu", "country": "RO", "language": "ro"},
        ["Am escaladat disputa pentru că nu mi-a ajuns coletul, deși pe site scrie livrat."],
        seller_ev=True,
        shipment={"status": "delivered", "carrier": "Poșta Română", "tracking_number": "RO118840273CN"},
        seller={"store_name": "Carpați Home", "signature": "Echipa Carpați Home"})),
    ("q18", "hu", "escalation_reply", d(
        "DSP-Q13-0018", "not_received", "escalated",
        order("3051877420363341", "Kerámia bögre készlet", 12990, "HUF"),
        {"name": "Nagy Eszter", "country": "HU", "language": "hu"},
        ["Elegem van a várakozásból, ezért a platformhoz fordultam. Már régen meg kellett volna érkeznie."],
        shipment={"status": "in_transit", "carrier": "Magyar Posta", "tracking_number": "HU730019264CN"},
        seller={"store_name": "Balaton Bazár", "signature": "A Balaton Bazár csapata"})),
    ("q19", "el", "escalation_reply", d(
        "DSP-Q13-0019", "not_as_described", "escalated",
        order("3051877420374457", "Επιτραπέζιο φωτιστικό LED", 67.0, "EUR"),
        {"name": "Γιώργος Παπαδόπουλος", "country": "GR", "language": "el"},
        ["Κλιμάκωσα τη διαφορά γιατί το φωτιστικό είναι πολύ πιο αδύναμο από ό,τι έγραφε η περιγραφή."],
        problem="quality",
        shipment={"status": "delivered", "carrier": "ΕΛΤΑ", "tracking_number": "EL604418832CN"},
        seller={"store_name": "Aegean Lights", "signature": "Η ομάδα του Aegean Lights"})),
    ("q20", "fr-CA", "return_instructions", d(
        "DSP-Q13-0020", "not_as_described", "ruled",
        order("3051877420385562", "Tuque en laine mérinos", 79.99, "CAD"),
        {"name": "Émilie Gagnon", "country": "CA", "language": "fr-CA"},
        ["Bonjour, la plateforme a tranché pour un retour. Où est-ce que je dois envoyer la tuque?"],
        problem="wrong_item", ruling="return_and_refund", ret={"status": "not_shipped"},
        shipment={"status": "delivered", "carrier": "Postes Canada", "tracking_number": "CA883104729CN"},
        seller={"store_name": "Boutique Érable Rouge", "signature": "L'équipe de la Boutique Érable Rouge",
                "return_address": "Retours Érable Rouge, 455 boulevard Saint-Laurent, Montréal QC H2Y 2Y7, Canada"})),
    ("q21", "ar", "return_instructions", d(
        "DSP-Q13-0021", "not_as_described", "ruled",
        order("3051877420396678", "طقم فناجين قهوة عربية", 320.0, "AED"),
        {"name": "سارة العتيبي", "country": "AE", "language": "ar"},
        ["قررت المنصة إرجاع الطقم واسترداد المبلغ. إلى أي عنوان أرسله؟"],
        problem="damaged", ruling="return_and_refund", ret={"status": "not_shipped"},
        shipment={"status": "delivered", "carrier": "Aramex", "tracking_number": "AE271904455CN"},
        seller={"store_name": "Al Noor Home", "signature": "فريق Al Noor Home",
                "return_address": "Al Noor Returns, Warehouse 7, Jebel Ali Free Zone, Dubai, United Arab Emirates"})),
    ("q22", "zh", "return_received", d(
        "DSP-Q13-0022", "not_as_described", "ruled",
        order("3051877420407781", "青瓷茶具套装", 268.0, "CNY"),
        {"name": "王磊", "country": "CN", "language": "zh"},
        ["茶具我已经寄回去了，请查收。"],
        problem="damaged", ruling="return_and_refund", ret={"status": "received", "tracking_number": "SF1402938475"},
        shipment={"status": "delivered", "carrier": "顺丰速运", "tracking_number": "SF1377201946"},
        seller={"store_name": "Qingshan Tea House", "signature": "青山茶舍 Qingshan Tea House"})),
    ("q23", "fi", "return_received", d(
        "DSP-Q13-0023", "not_as_described", "ruled",
        order("3051877420418893", "Villasukat, 3 paria", 54.9, "EUR"),
        {"name": "Aino Virtanen", "country": "FI", "language": "fi"},
        ["Palautin sukat viime viikolla. Ovatko ne jo perillä?"],
        problem="size_or_fit", ret={"status": "received", "tracking_number": "JJFI64420311"},
        shipment={"status": "delivered", "carrier": "Posti", "tracking_number": "FI228410936CN"},
        seller={"store_name": "Revontuli Knits", "signature": "Revontuli Knits"})),
]
