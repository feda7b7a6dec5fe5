"""Writes the 24 hand-designed dispute files into ../disputes/. Stdlib only."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "disputes")

def order(oid, title, price, cur, placed, qty=1):
    total = round(price * qty, 2) if not isinstance(price, int) else price * qty
    return {"id": oid, "items": [{"title": title, "quantity": qty, "unit_price": price}],
            "total": total, "currency": cur, "placed_at": placed}

def msg(text, at):
    return [{"author": "buyer", "at": at, "text": text}]

D = {}
D["nv01_en_cracked_teapot"] = dict(reason="not_as_described", problem="damaged", stage="open",
    shipment={"status": "delivered", "carrier": "Royal Mail", "tracking_number": "RM604418832GB"},
    order=order("3012877410", "Cast iron teapot with infuser", 27.5, "GBP", "2026-10-02T11:20:00Z"),
    buyer={"name": "Harriet Cole", "country": "GB", "language": "en-GB"},
    seller={"store_name": "Kettle & Leaf", "signature": "Warm regards, the Kettle & Leaf team"},
    messages=msg("The teapot arrived with a crack right down the spout. I'm really disappointed, it was meant to be a present.", "2026-10-14T09:02:00Z"),
    opened_at="2026-10-14T09:05:00Z")
D["nv02_es_backpack_transit"] = dict(reason="not_received", stage="open",
    shipment={"status": "in_transit", "carrier": "Estafeta", "tracking_number": "EST7730019458MX", "shipped_at": "2026-09-28"},
    order=order("MX-55120983", "Mochila de senderismo 40 L", 899.0, "MXN", "2026-09-25T18:00:00Z"),
    buyer={"name": "Rodrigo Salinas", "country": "MX", "language": "es-MX"},
    seller={"store_name": "Cumbre Outdoor", "signature": "Equipo de Cumbre Outdoor", "protection_extension_days": 20},
    messages=msg("Ya pasaron semanas y mi mochila no llega. ¿Dónde está?", "2026-10-21T16:40:00Z"),
    opened_at="2026-10-21T16:41:00Z")
D["nv03_ru_faded_curtains"] = dict(reason="not_as_described", problem="color_or_appearance", stage="escalated",
    buyer_evidence=[{"kind": "photo", "note": "шторы рядом с фото из объявления"}],
    shipment={"status": "delivered", "carrier": "Почта России", "tracking_number": "RA558201934CN"},
    order=order("RU-7719002", "Шторы блэкаут, изумрудные", 4590, "RUB", "2026-09-30T07:00:00Z"),
    buyer={"name": "Ольга Смирнова", "country": "RU", "language": "ru"},
    seller={"store_name": "Дом Текстиля", "signature": "С уважением, команда «Дом Текстиля»", "max_partial_refund_pct": 25},
    messages=msg("Я отправила фотографии. Шторы не изумрудные, а блёкло-серые. Очень обидно.", "2026-10-19T12:00:00Z"),
    opened_at="2026-10-12T10:00:00Z")
D["nv04_ja_lost_kettle_reship"] = dict(reason="not_received", stage="open",
    shipment={"status": "lost", "carrier": "日本郵便", "tracking_number": "EJ338104627JP"},
    reship={"buyer_answer": "agreed", "tracking_number": "EJ338199015JP"},
    order=order("JP-20261107", "南部鉄器の急須", 6800, "JPY", "2026-10-01T03:00:00Z"),
    buyer={"name": "佐藤 美咲", "country": "JP", "language": "ja"},
    seller={"store_name": "さくら雑貨", "signature": "さくら雑貨 カスタマーサポート"},
    messages=msg("再送でお願いします。よろしくお願いします。", "2026-10-22T01:10:00Z"),
    opened_at="2026-10-18T02:00:00Z")
D["nv05_fr_return_blender"] = dict(reason="not_as_described", problem="not_working", stage="ruled",
    platform_ruling="return_and_refund", return_shipment={"status": "not_shipped"},
    shipment={"status": "delivered", "carrier": "Postes Canada", "tracking_number": "CP447120586CA"},
    order=order("CA-884120", "Mélangeur haute vitesse", 119.99, "CAD", "2026-09-12T15:00:00Z"),
    buyer={"name": "Geneviève Tremblay", "country": "CA", "language": "fr-CA"},
    seller={"store_name": "Cuisine Boréale", "signature": "L'équipe Cuisine Boréale",
            "return_address": "Cuisine Boréale – Retours, 2150 boulevard Hochelaga, Montréal QC H2K 1H9, Canada"},
    messages=msg("La plateforme a tranché. Où est-ce que je renvoie le mélangeur?", "2026-10-20T14:00:00Z"),
    opened_at="2026-10-01T14:00:00Z")
D["nv06_de_customs_buyer"] = dict(reason="not_received", stage="open",
    shipment={"status": "customs_hold", "carrier": "Österreichische Post", "tracking_number": "LX902235517CN", "duties_payer": "buyer"},
    order=order("AT-0419-22", "Espressomaschine mit Milchaufschäumer", 189.0, "EUR", "2026-09-29T08:00:00Z"),
    buyer={"name": "Lukas Gruber", "country": "AT", "language": "de-AT"},
    seller={"store_name": "Bohne & Dampf", "signature": "Ihr Team von Bohne & Dampf"},
    messages=msg("Mein Paket hängt beim Zoll fest. Was soll ich jetzt tun?", "2026-10-17T10:30:00Z"),
    opened_at="2026-10-17T10:31:00Z")
D["nv07_it_lost_lamp"] = dict(reason="not_received", stage="open",
    shipment={"status": "lost", "carrier": "Poste Italiane", "tracking_number": "RR774920163IT"},
    reship={"buyer_answer": "not_asked"},
    order=order("IT-660193", "Lampada da scrivania in ottone", 54.9, "EUR", "2026-09-20T09:00:00Z"),
    buyer={"name": "Giulia Ferraro", "country": "IT", "language": "it"},
    seller={"store_name": "Luce di Casa", "signature": "Un caro saluto, il team di Luce di Casa"},
    messages=msg("Il pacco risulta sparito da giorni. Sono molto delusa, mi serviva la lampada.", "2026-10-16T19:00:00Z"),
    opened_at="2026-10-16T19:02:00Z")
D["nv08_pt_await_speaker"] = dict(reason="not_as_described", problem="quality", stage="escalated",
    seller_evidence_submitted=True,
    shipment={"status": "delivered", "carrier": "Correios", "tracking_number": "NL281047736BR"},
    order=order("BR-3390182", "Caixa de som Bluetooth à prova d'água", 249.9, "BRL", "2026-09-18T13:00:00Z"),
    buyer={"name": "Thiago Albuquerque", "country": "BR", "language": "pt-BR"},
    seller={"store_name": "Som Tropical", "signature": "Abraços, equipe Som Tropical"},
    messages=msg("Abri disputa na plataforma porque o som chia muito. Quero uma solução.", "2026-10-15T20:00:00Z"),
    opened_at="2026-10-05T20:00:00Z")
D["nv09_nl_escalated_bike_light"] = dict(reason="not_received", stage="escalated",
    shipment={"status": "in_transit", "carrier": "PostNL", "tracking_number": "3SXYZ40718265"},
    order=order("NL-7728105", "Fietsverlichting set USB", 22.95, "EUR", "2026-09-26T12:00:00Z"),
    buyer={"name": "Sanne de Vries", "country": "NL", "language": "nl"},
    seller={"store_name": "Trapkracht", "signature": "Groeten, team Trapkracht"},
    messages=msg("Ik heb lang genoeg gewacht, ik heb het nu aan het platform voorgelegd.", "2026-10-24T08:00:00Z"),
    opened_at="2026-10-15T08:00:00Z")
D["nv10_tr_return_received_rug"] = dict(reason="not_as_described", problem="size_or_fit", stage="ruled",
    platform_ruling="return_and_refund", return_shipment={"status": "received", "tracking_number": "YK90412277TR"},
    shipment={"status": "delivered", "carrier": "Yurtiçi Kargo", "tracking_number": "YK10029384TR"},
    order=order("TR-450982", "El dokuma kilim, 120x180 cm", 2350.0, "TRY", "2026-09-05T10:00:00Z"),
    buyer={"name": "Elif Yıldız", "country": "TR", "language": "tr"},
    seller={"store_name": "Anadolu Kilim", "signature": "Saygılarımızla, Anadolu Kilim ekibi",
            "return_address": "Anadolu Kilim İade, Atatürk Cad. No 41, Kadıköy, İstanbul, Türkiye"},
    messages=msg("Kilimi geri gönderdim, ulaştı mı?", "2026-10-25T09:00:00Z"),
    opened_at="2026-09-28T09:00:00Z")
D["nv11_ko_earbuds_not_working"] = dict(reason="not_as_described", problem="not_working", stage="open",
    shipment={"status": "delivered", "carrier": "CJ대한통운", "tracking_number": "CJ640218839KR"},
    order=order("KR-2026-88412", "무선 이어폰 노이즈캔슬링", 45000, "KRW", "2026-10-03T05:00:00Z"),
    buyer={"name": "김지훈", "country": "KR", "language": "ko"},
    seller={"store_name": "소리마당", "signature": "소리마당 고객지원팀 드림"},
    messages=msg("이어폰 한쪽이 전혀 안 켜져요. 너무 실망했습니다.", "2026-10-15T11:00:00Z"),
    opened_at="2026-10-15T11:03:00Z")
D["nv12_zh_transit_teaset"] = dict(reason="not_received", stage="open",
    shipment={"status": "in_transit", "carrier": "中華郵政", "tracking_number": "RC118273645TW", "shipped_at": "2026-10-04"},
    order=order("TW-93012877", "手繪陶瓷茶具組", 1280, "TWD", "2026-10-02T04:00:00Z"),
    buyer={"name": "林怡君", "country": "TW", "language": "zh-TW"},
    seller={"store_name": "青瓷小舖", "signature": "青瓷小舖 敬上", "protection_extension_days": 10},
    messages=msg("茶具還沒收到，物流好久沒更新了，有點擔心。", "2026-10-23T06:00:00Z"),
    opened_at="2026-10-23T06:01:00Z")
D["nv13_ar_abaya_partial"] = dict(reason="not_as_described", problem="size_or_fit", stage="escalated",
    buyer_evidence=[{"kind": "photo", "note": "قياس الطول بالشريط"}, {"kind": "screenshot"}],
    shipment={"status": "delivered", "carrier": "SMSA Express", "tracking_number": "SMSA290184736"},
    order=order("SA-118204", "عباية كريب مطرزة", 320.0, "SAR", "2026-09-22T17:00:00Z"),
    buyer={"name": "نورة القحطاني", "country": "SA", "language": "ar"},
    seller={"store_name": "دار الأناقة", "signature": "مع خالص التحية، فريق دار الأناقة"},
    messages=msg("أرسلت الصور، العباية أقصر بكثير من المقاس المكتوب.", "2026-10-18T15:00:00Z"),
    opened_at="2026-10-10T15:00:00Z")
D["nv14_sv_reship_boots"] = dict(reason="not_received", stage="open",
    shipment={"status": "lost", "carrier": "PostNord", "tracking_number": "UA551027384SE"},
    reship={"buyer_answer": "agreed", "tracking_number": "UA551093310SE"},
    order=order("SE-402771", "Vinterkängor i läder", 1195.0, "SEK", "2026-09-27T09:00:00Z"),
    buyer={"name": "Astrid Lindqvist", "country": "SE", "language": "sv"},
    seller={"store_name": "Nordsko", "signature": "Vänliga hälsningar, Nordsko"},
    messages=msg("Ja tack, skicka gärna kängorna igen.", "2026-10-20T07:30:00Z"),
    opened_at="2026-10-17T07:00:00Z")
D["nv15_cs_return_chair"] = dict(reason="not_as_described", problem="quality", stage="ruled",
    platform_ruling="return_and_refund", return_shipment={"status": "not_shipped"},
    shipment={"status": "delivered", "carrier": "Zásilkovna", "tracking_number": "Z4410298377"},
    order=order("CZ-209938", "Kancelářská židle s opěrkou hlavy", 3490.0, "CZK", "2026-09-15T08:00:00Z"),
    buyer={"name": "Tereza Nováková", "country": "CZ", "language": "cs"},
    seller={"store_name": "Sedák", "signature": "S pozdravem tým Sedák",
            "return_address": "Sedák s.r.o., Průmyslová 12, 301 00 Plzeň, Česká republika"},
    messages=msg("Platforma rozhodla o vrácení. Pošlete mi prosím znovu adresu.", "2026-10-22T13:00:00Z"),
    opened_at="2026-10-02T13:00:00Z")
D["nv16_ro_customs_seller"] = dict(reason="not_received", stage="open",
    shipment={"status": "customs_hold", "carrier": "Poșta Română", "tracking_number": "RO330918274CN", "duties_payer": "seller"},
    order=order("RO-771203", "Robot de bucătărie multifuncțional", 749.0, "RON", "2026-09-24T10:00:00Z"),
    buyer={"name": "Andreea Popescu", "country": "RO", "language": "ro"},
    seller={"store_name": "Bucătăria Veselă", "signature": "Cu drag, echipa Bucătăria Veselă"},
    messages=msg("Coletul e blocat la vamă de o săptămână! Nu vreau să plătesc nimic în plus.", "2026-10-19T18:00:00Z"),
    opened_at="2026-10-19T18:02:00Z")
D["nv17_hu_lost_puzzle"] = dict(reason="not_received", stage="open",
    shipment={"status": "lost", "carrier": "Magyar Posta", "tracking_number": "RE481920374HU"},
    reship={"buyer_answer": "asked"},
    order=order("HU-550187", "Fa kirakós játék gyerekeknek", 8990, "HUF", "2026-09-21T07:00:00Z"),
    buyer={"name": "Kovács Eszter", "country": "HU", "language": "hu"},
    seller={"store_name": "Játékliget", "signature": "Üdvözlettel: a Játékliget csapata"},
    messages=msg("Még nem döntöttem az újraküldésről. A csomag tényleg elveszett?", "2026-10-21T17:00:00Z"),
    opened_at="2026-10-14T17:00:00Z")
D["nv18_da_await_jacket"] = dict(reason="not_received", stage="escalated", seller_evidence_submitted=True,
    shipment={"status": "delivered", "carrier": "GLS Denmark", "tracking_number": "GLS84019273DK"},
    order=order("DK-338810", "Regnjakke i genbrugspolyester", 649.0, "DKK", "2026-09-19T11:00:00Z"),
    buyer={"name": "Mads Kristensen", "country": "DK", "language": "da"},
    seller={"store_name": "Regnvejr", "signature": "Venlig hilsen, Regnvejr"},
    messages=msg("Jeg har eskaleret sagen, for jeg har stadig ikke fået jakken.", "2026-10-20T12:00:00Z"),
    opened_at="2026-10-08T12:00:00Z")
D["nv19_fi_escalated_sauna"] = dict(reason="not_as_described", problem="missing_parts", stage="escalated",
    shipment={"status": "delivered", "carrier": "Posti", "tracking_number": "JJFI60218837"},
    order=order("FI-120045", "Saunan löylykauha ja kiuluisetti", 79.0, "EUR", "2026-09-23T06:00:00Z"),
    buyer={"name": "Aino Virtanen", "country": "FI", "language": "fi"},
    seller={"store_name": "Löylypuoti", "signature": "Ystävällisin terveisin, Löylypuodin tiimi"},
    messages=msg("Setistä puuttui kiulu, ja koska asia ei edennyt, vein riidan alustalle. Olen tosi turhautunut.", "2026-10-22T10:00:00Z"),
    opened_at="2026-10-09T10:00:00Z")
D["nv20_pl_return_received_mixer"] = dict(reason="not_as_described", problem="damaged", stage="ruled",
    platform_ruling="return_and_refund", return_shipment={"status": "received", "tracking_number": "PP00918274655PL"},
    shipment={"status": "delivered", "carrier": "InPost", "tracking_number": "IP620019283PL"},
    order=order("PL-884301", "Mikser planetarny 1200 W", 529.0, "PLN", "2026-09-10T09:00:00Z"),
    buyer={"name": "Katarzyna Wiśniewska", "country": "PL", "language": "pl"},
    seller={"store_name": "Kuchnia Plus", "signature": "Pozdrawiamy serdecznie, zespół Kuchnia Plus"},
    messages=msg("Mikser odesłałam tydzień temu. Czy już dotarł?", "2026-10-26T09:00:00Z"),
    opened_at="2026-09-25T09:00:00Z")
D["nv21_uk_wrong_item_blanket"] = dict(reason="not_as_described", problem="wrong_item", stage="open",
    shipment={"status": "delivered", "carrier": "Нова пошта", "tracking_number": "NP59001827364UA"},
    order=order("UA-301774", "Вовняний плед у клітинку", 1450.0, "UAH", "2026-10-01T08:00:00Z"),
    buyer={"name": "Оксана Коваленко", "country": "UA", "language": "uk"},
    seller={"store_name": "Теплий Дім", "signature": "З повагою, команда «Теплий Дім»"},
    messages=msg("Замість картатого пледа прийшов якийсь рушник. Я дуже засмучена.", "2026-10-16T16:00:00Z"),
    opened_at="2026-10-16T16:01:00Z")
D["nv22_el_transit_olive_oil"] = dict(reason="not_received", stage="open",
    shipment={"status": "in_transit", "carrier": "ΕΛΤΑ Courier", "tracking_number": "EL229104837GR", "shipped_at": "2026-10-06"},
    order=order("GR-610233", "Σετ ελαιολάδου και μελιού", 38.0, "EUR", "2026-10-03T10:00:00Z"),
    buyer={"name": "Ελένη Παπαδοπούλου", "country": "GR", "language": "el"},
    seller={"store_name": "Ελαιώνας", "signature": "Με εκτίμηση, η ομάδα του Ελαιώνα", "protection_extension_days": 30},
    messages=msg("Το δέμα δεν έχει φτάσει ακόμα. Τι συμβαίνει;", "2026-10-24T09:00:00Z"),
    opened_at="2026-10-24T09:02:00Z")
D["nv23_en_partial_smartwatch"] = dict(reason="not_as_described", problem="quality", stage="escalated",
    buyer_evidence=[{"kind": "video", "note": "strap peeling"}],
    shipment={"status": "delivered", "carrier": "USPS", "tracking_number": "9400111899223344556677"},
    order=order("US-5582019", "Smartwatch with silicone strap", 58.4, "USD", "2026-09-17T21:00:00Z"),
    buyer={"name": "Marcus Bell", "country": "US", "language": "en-US"},
    seller={"store_name": "Tickwise", "max_partial_refund_pct": 20},
    messages=msg("I sent a video. The strap is peeling after a week and the screen flickers. This is ridiculous.", "2026-10-19T02:00:00Z"),
    opened_at="2026-10-11T02:00:00Z")
D["nv24_es_customs_unknown"] = dict(reason="not_received", stage="open",
    shipment={"status": "customs_hold", "carrier": "Correos Express", "tracking_number": "PQ4B7Y0812345"},
    order=order("ES-2209174", "Cafetera italiana de acero", 34.5, "EUR", "2026-09-30T16:00:00Z"),
    buyer={"name": "Carmen Ortega", "country": "ES", "language": "es"},
    seller={"store_name": "La Alacena", "signature": "Un saludo cordial, equipo de La Alacena"},
    messages=msg("El paquete está retenido en aduanas y nadie me dice nada. Estoy harta.", "2026-10-18T11:00:00Z"),
    opened_at="2026-10-18T11:02:00Z")

EXPECTED = {
 "nv01": "evidence_by_problem_type", "nv02": "extend_delivery_time", "nv03": "propose_partial_or_return",
 "nv04": "confirm_reshipment", "nv05": "return_instructions", "nv06": "customs_clearance",
 "nv07": "offer_reshipment", "nv08": "await_platform_decision", "nv09": "escalation_reply",
 "nv10": "return_received", "nv11": "evidence_by_problem_type", "nv12": "extend_delivery_time",
 "nv13": "propose_partial_or_return", "nv14": "confirm_reshipment", "nv15": "return_instructions",
 "nv16": "customs_clearance", "nv17": "offer_reshipment", "nv18": "await_platform_decision",
 "nv19": "escalation_reply", "nv20": "return_received", "nv21": "evidence_by_problem_type",
 "nv22": "extend_delivery_time", "nv23": "propose_partial_or_return", "nv24": "customs_clearance",
}

if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for i, (name, body) in enumerate(D.items(), 1):
        doc = {"id": "NV-DSP-%04d" % (9000 + i)}
        doc.update(body)
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=2)
            f.write("\n")
    print(len(D), "disputes written")
