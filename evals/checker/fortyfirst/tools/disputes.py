"""Write the 24 hand-written disputes of the fortyfirst set."""
import json, pathlib
OUT = pathlib.Path(__file__).resolve().parent.parent / "disputes"
OUT.mkdir(exist_ok=True)

def order(oid, title, price, cur, qty=1, placed=None):
    o = {"id": oid, "items": [{"title": title, "quantity": qty, "unit_price": price}], "total": round(price * qty, 2) if cur not in ("JPY", "KRW", "HUF") else int(price * qty), "currency": cur}
    if placed: o["placed_at"] = placed
    return o

D = {}
def add(n, slug, **kw):
    kw["id"] = f"DSP-OH-{n:02d}{slug[:3].upper()}"
    D[f"oh{n:02d}_{slug}"] = kw

add(1, "evidence_en", reason="not_as_described", problem="wrong_item", stage="open",
    shipment={"status": "delivered", "carrier": "Cainiao / USPS", "tracking_number": "LP00451203318CN"},
    order=order("8123400917365521", "Stainless steel garlic press", 14.5, "USD", placed="2026-10-02"),
    buyer={"name": "Megan Foster", "country": "US", "language": "en-US"},
    seller={"store_name": "Brightnest Kitchen", "signature": "Daniel, Brightnest Kitchen support"},
    messages=[{"author": "buyer", "text": "I ordered a garlic press and got a plastic lemon squeezer instead. Not what I paid for."}],
    opened_at="2026-11-03T14:20:00Z")
add(2, "transit_esmx", reason="not_received", stage="open",
    shipment={"status": "in_transit", "carrier": "Cainiao / Estafeta", "tracking_number": "AE048812736MX", "shipped_at": "2026-10-28"},
    order=order("8170063311028844", "Audífonos inalámbricos deportivos", 389.0, "MXN", placed="2026-10-26"),
    buyer={"name": "Jorge Ramírez", "country": "MX", "language": "es-MX"},
    seller={"store_name": "SonoMax Oficial", "signature": "Equipo de SonoMax Oficial", "protection_extension_days": 20},
    messages=[{"author": "buyer", "text": "Ya pasaron semanas y no me llegan los audífonos. Abrí la disputa porque se me acaba la protección."}],
    opened_at="2026-11-18T16:05:00Z")
add(3, "partial_ru", reason="not_as_described", problem="quality", stage="escalated",
    buyer_evidence=[{"kind": "photo", "note": "seams coming apart"}, {"kind": "video"}],
    order=order("8155520094471302", "Пуховик женский зимний", 9000.0, "RUB", placed="2026-09-30"),
    buyer={"name": "Анна Смирнова", "country": "RU", "language": "ru"},
    seller={"store_name": "СеверМода", "signature": "Команда СеверМода", "max_partial_refund_pct": 25},
    messages=[{"author": "buyer", "text": "Швы расходятся после первой носки, я отправила фото и видео."}],
    opened_at="2026-11-01T09:00:00Z")
add(4, "return_ja", reason="not_as_described", problem="color_or_appearance", stage="ruled", platform_ruling="return_and_refund",
    return_shipment={"status": "not_shipped"},
    order=order("8140077723165590", "陶器のマグカップ 2個セット", 3200, "JPY", placed="2026-10-08"),
    buyer={"name": "佐藤 美咲", "country": "JP", "language": "ja-JP"},
    seller={"store_name": "はなうつわ", "signature": "はなうつわ サポートチーム", "return_address": "〒530-0001 大阪府大阪市北区梅田1-2-3 はなうつわ返品係"},
    messages=[{"author": "buyer", "text": "返品が認められました。どこに送ればいいですか？"}],
    opened_at="2026-10-29T03:00:00Z")
add(5, "reshipok_fr", reason="not_received", stage="open",
    shipment={"status": "lost", "carrier": "Cainiao / La Poste", "tracking_number": "LP00736120045CN"},
    reship={"buyer_answer": "agreed", "tracking_number": "LP00918276354CN"},
    order=order("8162201937745018", "Guirlande lumineuse LED 10 m", 18.9, "EUR", placed="2026-10-01"),
    buyer={"name": "Théo Lambert", "country": "FR", "language": "fr-FR"},
    seller={"store_name": "Lueur Déco", "signature": "Camille, service client Lueur Déco"},
    messages=[{"author": "buyer", "text": "D'accord pour un nouvel envoi, merci de me tenir au courant."}],
    opened_at="2026-11-09T10:30:00Z")
add(6, "reship_de", reason="not_received", stage="open",
    shipment={"status": "lost", "carrier": "Cainiao / DHL Paket", "tracking_number": "LP00562849931CN"},
    order=order("8119384420017736", "Fahrradlicht-Set USB aufladbar", 24.99, "EUR", placed="2026-09-25"),
    buyer={"name": "Lukas Becker", "country": "DE", "language": "de-DE"},
    seller={"store_name": "RadWerk Shop", "signature": "Ihr RadWerk-Shop-Team"},
    messages=[{"author": "buyer", "text": "Laut Sendungsverfolgung ist das Paket verloren gegangen. Was nun?"}],
    opened_at="2026-11-12T07:45:00Z")
add(7, "customs_it", reason="not_received", stage="open",
    shipment={"status": "customs_hold", "carrier": "Cainiao / Poste Italiane", "tracking_number": "RB204718893CN", "duties_payer": "buyer"},
    order=order("8188810443926617", "Macchina per pasta manuale", 62.0, "EUR", placed="2026-10-10"),
    buyer={"name": "Giulia Romano", "country": "IT", "language": "it"},
    seller={"store_name": "Cucina Felice", "signature": "Il team di Cucina Felice"},
    messages=[{"author": "buyer", "text": "Il pacco è fermo in dogana da una settimana, cosa devo fare?"}],
    opened_at="2026-11-15T11:00:00Z")
add(8, "await_ptbr", reason="not_received", stage="escalated", seller_evidence_submitted=True,
    shipment={"status": "delivered", "carrier": "Cainiao / Correios", "tracking_number": "NL771045823BR"},
    order=order("8101157762930048", "Capa de chuva para bicicleta", 79.9, "BRL", placed="2026-09-20"),
    buyer={"name": "Rafael Souza", "country": "BR", "language": "pt-BR"},
    seller={"store_name": "Pedal Brasil Store", "signature": "Equipe Pedal Brasil Store"},
    messages=[{"author": "buyer", "text": "Não recebi nada, por isso abri a disputa na plataforma."}],
    opened_at="2026-10-30T13:10:00Z")
add(9, "escal_nl", reason="not_received", stage="escalated",
    shipment={"status": "in_transit", "carrier": "Cainiao / PostNL", "tracking_number": "LP00339017562CN"},
    order=order("8134420986651273", "Bamboe snijplankenset", 27.5, "EUR", placed="2026-10-04"),
    buyer={"name": "Sanne de Vries", "country": "NL", "language": "nl-NL"},
    seller={"store_name": "Groen Huis", "signature": "Team Groen Huis"},
    messages=[{"author": "buyer", "text": "Ik heb lang genoeg gewacht, daarom heb ik het geschil laten escaleren."}],
    opened_at="2026-11-05T08:40:00Z")
add(10, "received_tr", reason="not_as_described", problem="damaged", stage="ruled", platform_ruling="return_and_refund",
    return_shipment={"status": "received", "tracking_number": "RR551203947TR"},
    order=order("8177732059914486", "Cam saklama kavanozu seti", 640.0, "TRY", placed="2026-09-18"),
    buyer={"name": "Elif Yılmaz", "country": "TR", "language": "tr"},
    seller={"store_name": "Mutfak Dükkanı", "signature": "Mutfak Dükkanı ekibi", "return_address": "Mutfak Dükkanı İade, Atatürk Cad. No 45, 34000 İstanbul"},
    messages=[{"author": "buyer", "text": "Kavanozları geri gönderdim, ulaştı mı?"}],
    opened_at="2026-10-12T12:00:00Z")
add(11, "evidence_ko", reason="not_as_described", problem="not_working", stage="open",
    shipment={"status": "delivered", "carrier": "Cainiao / CJ대한통운", "tracking_number": "LP00671193804CN"},
    order=order("8148856610392270", "무선 전기 주전자", 38500, "KRW", placed="2026-10-20"),
    buyer={"name": "김민준", "country": "KR", "language": "ko-KR"},
    seller={"store_name": "하루가전", "signature": "하루가전 고객지원팀"},
    messages=[{"author": "buyer", "text": "전원을 켜도 물이 데워지지 않아요."}],
    opened_at="2026-11-14T02:15:00Z")
add(12, "transit_zhtw", reason="not_received", stage="open",
    shipment={"status": "in_transit", "carrier": "Cainiao / 中華郵政", "tracking_number": "LP00284457019CN", "shipped_at": "2026-11-01"},
    order=order("8126674401238859", "不鏽鋼保溫瓶 500ml", 450.0, "TWD", placed="2026-10-30"),
    buyer={"name": "陳怡君", "country": "TW", "language": "zh-TW"},
    seller={"store_name": "暖心生活館", "signature": "暖心生活館客服團隊", "protection_extension_days": 30},
    messages=[{"author": "buyer", "text": "物流好久沒有更新了，我很擔心收不到。"}],
    opened_at="2026-11-20T06:30:00Z")
add(13, "partial_ar", reason="not_as_described", problem="missing_parts", stage="escalated",
    buyer_evidence=[{"kind": "photo", "note": "only two of four legs"}],
    order=order("8193308815572264", "طاولة قهوة خشبية", 320.0, "SAR", placed="2026-10-03"),
    buyer={"name": "خالد العتيبي", "country": "SA", "language": "ar-SA"},
    seller={"store_name": "بيت الخشب", "signature": "فريق بيت الخشب", "max_partial_refund_pct": 40},
    messages=[{"author": "buyer", "text": "وصلت الطاولة ناقصة رجلين، وأرسلت الصور."}],
    opened_at="2026-11-02T17:00:00Z")
add(14, "return_sv", reason="not_as_described", problem="size_or_fit", stage="ruled", platform_ruling="return_and_refund",
    return_shipment={"status": "in_transit", "tracking_number": "RR880134672SE"},
    order=order("8159901248873315", "Vinterjacka herr", 899.0, "SEK", placed="2026-09-28"),
    buyer={"name": "Erik Lindqvist", "country": "SE", "language": "sv-SE"},
    seller={"store_name": "Nordvind", "signature": "Nordvinds kundtjänst", "return_address": "Nordvind Returer, Box 512, 411 04 Göteborg, Sverige"},
    messages=[{"author": "buyer", "text": "Jag har redan skickat tillbaka jackan, vad händer nu?"}],
    opened_at="2026-10-20T10:00:00Z")
add(15, "customs_cs", reason="not_received", stage="open",
    shipment={"status": "customs_hold", "carrier": "Cainiao / Česká pošta", "tracking_number": "RB330912478CN", "duties_payer": "seller"},
    order=order("8111640057389921", "Elektrická zubní kartáček", 1290.0, "CZK", placed="2026-10-14"),
    buyer={"name": "Petra Nováková", "country": "CZ", "language": "cs"},
    seller={"store_name": "ZdraviShop", "signature": "Tým ZdraviShop"},
    messages=[{"author": "buyer", "text": "Balík je zadržený na celnici, mám něco platit?"}],
    opened_at="2026-11-16T09:20:00Z")
add(16, "reship_ro", reason="not_received", stage="open",
    shipment={"status": "lost", "carrier": "Cainiao / Poșta Română", "tracking_number": "LP00810274465CN"},
    reship={"buyer_answer": "asked"},
    order=order("8105529301847763", "Set de pensule pentru machiaj", 95.0, "RON", placed="2026-09-29"),
    buyer={"name": "Ioana Popescu", "country": "RO", "language": "ro-RO"},
    seller={"store_name": "Frumusețe Online", "signature": "Echipa Frumusețe Online"},
    messages=[{"author": "buyer", "text": "Coletul pare pierdut. Ce se poate face?"}],
    opened_at="2026-11-11T15:00:00Z")
add(17, "reshipok_hu", reason="not_received", stage="open",
    shipment={"status": "lost", "carrier": "Cainiao / Magyar Posta", "tracking_number": "LP00643398127CN"},
    reship={"buyer_answer": "agreed", "tracking_number": "LP00705512386CN"},
    order=order("8186613370254419", "Kerámia fűszertartó készlet", 7400, "HUF", placed="2026-10-06"),
    buyer={"name": "Nagy Zsófia", "country": "HU", "language": "hu"},
    seller={"store_name": "Konyhakert Bolt", "signature": "A Konyhakert Bolt csapata"},
    messages=[{"author": "buyer", "text": "Rendben, kérem küldjék újra a csomagot."}],
    opened_at="2026-11-08T08:00:00Z")
add(18, "escal_da", reason="not_as_described", problem="counterfeit", stage="escalated",
    order=order("8172290014563387", "Smartwatch rem i læder", 249.0, "DKK", placed="2026-10-11"),
    buyer={"name": "Mette Kristensen", "country": "DK", "language": "da-DK"},
    seller={"store_name": "Tidsværk", "signature": "Tidsværk kundeservice"},
    messages=[{"author": "buyer", "text": "Jeg tror ikke remmen er ægte læder, så jeg har sendt sagen videre."}],
    opened_at="2026-11-06T12:30:00Z")
add(19, "await_fi", reason="not_as_described", problem="other", stage="escalated", seller_evidence_submitted=True,
    order=order("8164407729183350", "Villasukat, 3 paria", 21.0, "EUR", placed="2026-10-09"),
    buyer={"name": "Aino Virtanen", "country": "FI", "language": "fi"},
    seller={"store_name": "Lämpö Kauppa", "signature": "Lämpö Kaupan asiakaspalvelu"},
    messages=[{"author": "buyer", "text": "Sukat eivät vastaa kuvausta, joten vein asian eteenpäin."}],
    opened_at="2026-11-04T10:10:00Z")
add(20, "received_pl", reason="not_as_described", problem="wrong_item", stage="ruled",
    return_shipment={"status": "received", "tracking_number": "RR992017345PL"},
    order=order("8138854406617290", "Zestaw noży kuchennych", 219.0, "PLN", placed="2026-09-22"),
    buyer={"name": "Katarzyna Wiśniewska", "country": "PL", "language": "pl-PL"},
    seller={"store_name": "Ostry Kuchnia", "signature": "Zespół Ostry Kuchnia"},
    messages=[{"author": "buyer", "text": "Odesłałam noże, proszę o potwierdzenie."}],
    opened_at="2026-10-15T09:00:00Z")
add(21, "evidence_uk", reason="not_as_described", problem="size_or_fit", stage="open",
    shipment={"status": "delivered", "carrier": "Cainiao / Нова пошта", "tracking_number": "LP00927716034CN"},
    order=order("8150036628841195", "Кросівки бігові", 1650.0, "UAH", placed="2026-10-12"),
    buyer={"name": "Олена Коваленко", "country": "UA", "language": "uk-UA"},
    seller={"store_name": "СпортКрок", "signature": "Команда СпортКрок"},
    messages=[{"author": "buyer", "text": "Кросівки значно менші, ніж вказано в таблиці розмірів."}],
    opened_at="2026-11-17T13:45:00Z")
add(22, "customs_el", reason="not_received", stage="open",
    shipment={"status": "customs_hold", "carrier": "Cainiao / ΕΛΤΑ", "tracking_number": "RB771402569CN"},
    order=order("8117759902246631", "Ηλεκτρικός μύλος καφέ", 45.0, "EUR", placed="2026-10-16"),
    buyer={"name": "Νίκος Παπαδόπουλος", "country": "GR", "language": "el"},
    seller={"store_name": "Kafeneio Store", "signature": "Η ομάδα του Kafeneio Store"},
    messages=[{"author": "buyer", "text": "Το δέμα μου έχει κολλήσει στο τελωνείο."}],
    opened_at="2026-11-19T07:30:00Z")
add(23, "partial_engb", reason="not_as_described", problem="damaged", stage="escalated",
    buyer_evidence=[{"kind": "photo", "note": "cracked glass lid"}],
    order=order("8142218875530964", "Glass-lid casserole dish", 42.0, "GBP", placed="2026-10-07"),
    buyer={"name": "Oliver Hughes", "country": "GB", "language": "en-GB"},
    seller={"store_name": "Hearth & Home Co", "signature": "Priya at Hearth & Home Co", "max_partial_refund_pct": 20},
    messages=[{"author": "buyer", "text": "The lid arrived cracked, photos attached. I escalated as I had no reply."}],
    opened_at="2026-11-07T18:00:00Z")
add(24, "transit_es", reason="not_received", stage="open",
    shipment={"status": "in_transit", "carrier": "Cainiao / Correos Express", "tracking_number": "LP00158839274CN", "shipped_at": "2026-11-05"},
    order=order("8199914470036658", "Lámpara de escritorio plegable", 23.4, "EUR", placed="2026-11-02"),
    buyer={"name": "Marta Iglesias", "country": "ES", "language": "es-ES"},
    seller={"store_name": "LuzViva", "signature": "Sofía, atención al cliente de LuzViva", "protection_extension_days": 10},
    messages=[{"author": "buyer", "text": "¿Dónde está mi lámpara? El seguimiento no avanza."}],
    opened_at="2026-11-21T19:00:00Z")

for name, d in D.items():
    (OUT / f"{name}.json").write_text(json.dumps(d, ensure_ascii=False, indent=2) + "\n")
print(len(D), "disputes written")
