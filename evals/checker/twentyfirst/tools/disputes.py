"""Source of the twentyfirst disputes: key -> (file stem, expected remedy, dispute dict)."""


def ship(status, carrier=None, tracking=None, shipped=None, duties=None):
    s = {"status": status}
    if carrier:
        s["carrier"] = carrier
    if tracking:
        s["tracking_number"] = tracking
    if shipped:
        s["shipped_at"] = shipped
    if duties:
        s["duties_payer"] = duties
    return s


def order(oid, title, price, currency, placed, qty=1):
    return {
        "id": oid,
        "items": [{"title": title, "quantity": qty, "unit_price": price}],
        "total": round(price * qty, 2),
        "currency": currency,
        "placed_at": placed,
    }


def buyer(name, country, lang):
    return {"name": name, "country": country, "language": lang}


def msg(text, at):
    return [{"author": "buyer", "text": text, "at": at}]


D = {}


def add(key, stem, remedy, **kw):
    d = {"id": kw.pop("id")}
    d.update(kw)
    D[key] = (stem, remedy, d)


add("t01", "t01_en_earbuds_not_working", "evidence_by_problem_type",
    id="DSP-2026-2100101", reason="not_as_described", problem="not_working", stage="open",
    shipment=ship("delivered", "AliExpress Standard Shipping", "RB482913576SG", "2026-10-21"),
    order=order("8190231456789012", "TWS Bluetooth 5.3 earbuds with charging case", 19.99, "USD", "2026-10-19T10:00:00Z"),
    buyer=buyer("Michael Turner", "US", "en"),
    seller={"store_name": "SoundNest Store"},
    messages=msg("The right earbud doesn't pair at all, only the left one works. I've tried resetting it like the manual says. Pretty disappointed.", "2026-11-16T10:00:00Z"),
    opened_at="2026-11-16T10:00:00Z")

add("t02", "t02_es_mx_smartwatch_in_transit", "extend_delivery_time",
    id="DSP-2026-2100102", reason="not_received", stage="open",
    shipment=ship("in_transit", "Cainiao / Estafeta", "LP00637281940CN", "2026-10-28"),
    order=order("8190447120398765", "Reloj inteligente deportivo con GPS", 649.00, "MXN", "2026-10-26T10:00:00Z"),
    buyer=buyer("Alejandro Ramírez", "MX", "es-MX"),
    seller={"store_name": "TecnoRío Store", "signature": "Equipo de TecnoRío Store", "protection_extension_days": 20},
    messages=msg("Buenas tardes, ya pasaron casi tres semanas y el paquete sigue sin llegar. El rastreo dice que está en tránsito pero no cambia. ¿Qué pasa con mi pedido?", "2026-11-18T10:00:00Z"),
    opened_at="2026-11-18T10:00:00Z")

add("t03", "t03_fr_slipcover_colour_partial", "propose_partial_or_return",
    id="DSP-2026-2100103", reason="not_as_described", problem="color_or_appearance", stage="escalated",
    buyer_evidence=[{"kind": "photo", "note": "housse beige clair à côté de la photo de l'annonce"}],
    shipment=ship("delivered", "Cainiao / Colissimo", "LP00519374628CN", "2026-10-13"),
    order=order("8190556012983344", "Housse de canapé 3 places, gris anthracite", 48.00, "EUR", "2026-10-10T10:00:00Z"),
    buyer=buyer("Camille Lefèvre", "FR", "fr"),
    seller={"store_name": "Atelier Maison Déco", "signature": "L'équipe Atelier Maison Déco", "max_partial_refund_pct": 25},
    messages=msg("J'ai envoyé les photos : la housse est beige clair, pas gris anthracite comme sur l'annonce. Ça ne va pas du tout avec mon salon.", "2026-11-17T10:00:00Z"),
    opened_at="2026-11-06T10:00:00Z")

add("t04", "t04_de_vacuum_customs_buyer_pays", "customs_clearance",
    id="DSP-2026-2100104", reason="not_received", stage="open",
    shipment=ship("customs_hold", "Cainiao / DHL", "LP00718293746CN", "2026-10-22", "buyer"),
    order=order("8190662390017723", "Akku-Staubsauger kabellos mit Wandhalterung", 149.00, "EUR", "2026-10-20T10:00:00Z"),
    buyer=buyer("Katrin Schulz", "DE", "de"),
    seller={"store_name": "Haushalt Profi Store", "signature": "Ihr Team von Haushalt Profi Store"},
    messages=msg("Mein Paket hängt seit Tagen beim Zoll fest. Ich habe eine Nachricht bekommen, dass ich Einfuhrabgaben zahlen soll. Das war nirgends angegeben! Warum soll ich das bezahlen?", "2026-11-17T10:00:00Z"),
    opened_at="2026-11-17T10:00:00Z")

add("t05", "t05_it_brushes_lost_offer", "offer_reshipment",
    id="DSP-2026-2100105", reason="not_received", stage="open",
    shipment=ship("lost", "Cainiao / Poste Italiane", "LP00552019834CN", "2026-10-07"),
    order=order("8190773401265590", "Set di pennelli per trucco professionali", 15.50, "EUR", "2026-10-05T10:00:00Z"),
    buyer=buyer("Giulia Romano", "IT", "it"),
    seller={"store_name": "BellaVista Beauty", "signature": "Il team di BellaVista Beauty"},
    messages=msg("Il tracciamento è fermo da un mese e ora dice che il pacco è stato smarrito. Cosa facciamo?", "2026-11-13T10:00:00Z"),
    opened_at="2026-11-13T10:00:00Z")

add("t06", "t06_pt_br_headset_reship_agreed", "confirm_reshipment",
    id="DSP-2026-2100106", reason="not_received", stage="open",
    shipment=ship("lost", "Cainiao / Correios", "LP00477120953CN", "2026-10-02"),
    reship={"buyer_answer": "agreed", "tracking_number": "LP00910283746CN"},
    order=order("8190884512376601", "Fone de ouvido gamer com microfone e LED", 189.90, "BRL", "2026-09-30T10:00:00Z"),
    buyer=buyer("Rafael Oliveira", "BR", "pt-BR"),
    seller={"store_name": "GamerZone BR Store", "signature": "Equipe GamerZone BR Store"},
    messages=msg("Sim, pode reenviar. Meu endereço continua o mesmo. Obrigado.", "2026-11-19T10:00:00Z"),
    opened_at="2026-11-09T10:00:00Z")

add("t07", "t07_pl_backpack_quality_partial", "propose_partial_or_return",
    id="DSP-2026-2100107", reason="not_as_described", problem="quality", stage="escalated",
    buyer_evidence=[{"kind": "photo"}, {"kind": "photo"}],
    shipment=ship("delivered", "Cainiao / InPost", "LP00360418257CN", "2026-10-15"),
    order=order("8190995623487712", "Plecak turystyczny wodoodporny", 129.00, "PLN", "2026-10-13T10:00:00Z"),
    buyer=buyer("Agnieszka Nowak", "PL", "pl"),
    seller={"store_name": "Szczyt Outdoor", "signature": "Zespół Szczyt Outdoor", "max_partial_refund_pct": 20},
    messages=msg("Wysłałam zdjęcia: szew przy ramieniu pruje się już po pierwszym wyjściu, a zamek się zacina.", "2026-11-18T10:00:00Z"),
    opened_at="2026-11-04T10:00:00Z")

add("t08", "t08_ru_mug_escalated", "escalation_reply",
    id="DSP-2026-2100108", reason="not_received", stage="escalated",
    shipment=ship("delivered", "Cainiao / Почта России", "LP00388164527CN", "2026-10-09"),
    order=order("8191006734598823", "Термокружка с крышкой", 2490.00, "RUB", "2026-10-07T10:00:00Z"),
    buyer=buyer("Дмитрий Соколов", "RU", "ru"),
    seller={"store_name": "Domovoy Store", "signature": "Команда Domovoy Store"},
    messages=msg("Я уже писал вам три раза, нормального ответа нет. Открыл спор на платформе, пусть разбираются.", "2026-11-19T10:00:00Z"),
    opened_at="2026-11-05T10:00:00Z")

add("t09", "t09_nl_toothbrush_return_instructions", "return_instructions",
    id="DSP-2026-2100109", reason="not_as_described", problem="not_working", stage="ruled",
    platform_ruling="return_and_refund", return_shipment={"status": "not_shipped"},
    shipment=ship("delivered", "Cainiao / PostNL", "LP00706152839CN", "2026-10-03"),
    order=order("8191117845609934", "Elektrische tandenborstel met opzetborstels", 64.95, "EUR", "2026-10-01T10:00:00Z"),
    buyer=buyer("Sanne de Vries", "NL", "nl"),
    seller={"store_name": "SmileCare Shop", "signature": "Team SmileCare Shop",
            "return_address": "Retourcentrum EuroHub, Industrieweg 14, 5145 PV Waalwijk, Nederland"},
    messages=msg("Goedemiddag, het platform heeft besloten dat ik de tandenborstel mag terugsturen. Naar welk adres moet hij?", "2026-11-20T10:00:00Z"),
    opened_at="2026-10-27T10:00:00Z")

add("t10", "t10_tr_wallet_return_received", "return_received",
    id="DSP-2026-2100110", reason="not_as_described", problem="color_or_appearance", stage="ruled",
    platform_ruling="return_and_refund", return_shipment={"status": "received", "tracking_number": "RR304718265TR"},
    shipment=ship("delivered", "Cainiao / PTT", "LP00813370462CN", "2026-09-29"),
    order=order("8191228956710045", "Erkek hakiki deri cüzdan", 899.00, "TRY", "2026-09-27T10:00:00Z"),
    buyer=buyer("Emre Yılmaz", "TR", "tr"),
    seller={"store_name": "Anatolia Leather", "signature": "Anatolia Leather ekibi",
            "return_address": "Anatolia Leather Returns, Organize Sanayi Bölgesi, Gaziantep, Türkiye"},
    messages=msg("Ürünü geri gönderdim, takip numarası da ekli. Paramı ne zaman alırım?", "2026-11-20T10:00:00Z"),
    opened_at="2026-10-21T10:00:00Z")

add("t11", "t11_ko_cardigan_size_partial", "propose_partial_or_return",
    id="DSP-2026-2100111", reason="not_as_described", problem="size_or_fit", stage="escalated",
    buyer_evidence=[{"kind": "photo", "note": "줄자로 잰 소매 길이"}],
    shipment=ship("delivered", "Cainiao / CJ대한통운", "LP00241196058CN", "2026-10-17"),
    order=order("8191339067821156", "여성 니트 가디건 M", 58900, "KRW", "2026-10-15T10:00:00Z"),
    buyer=buyer("김민지", "KR", "ko"),
    seller={"store_name": "Seoul Mood Store", "signature": "Seoul Mood Store 드림"},
    messages=msg("사진 보냈어요. M 사이즈인데 소매가 너무 짧고 전체적으로 S 사이즈처럼 작아요.", "2026-11-19T10:00:00Z"),
    opened_at="2026-11-07T10:00:00Z")

add("t12", "t12_ja_kettle_in_transit", "extend_delivery_time",
    id="DSP-2026-2100112", reason="not_received", stage="open",
    shipment=ship("in_transit", "Cainiao / 日本郵便", "LP00801735264CN", "2026-11-02"),
    order=order("8191440178932267", "ステンレス製 電気ケトル", 3980, "JPY", "2026-10-31T10:00:00Z"),
    buyer=buyer("佐藤 美咲", "JP", "ja"),
    seller={"store_name": "Kurashi Select", "signature": "Kurashi Select スタッフ一同", "protection_extension_days": 30},
    messages=msg("注文してから三週間以上経ちますが、まだ届きません。追跡も数日止まったままです。どうなっていますか？", "2026-11-24T10:00:00Z"),
    opened_at="2026-11-24T10:00:00Z")

add("t13", "t13_zh_tw_cups_damaged", "evidence_by_problem_type",
    id="DSP-2026-2100113", reason="not_as_described", problem="damaged", stage="open",
    shipment=ship("delivered", "Cainiao / 中華郵政", "LP00294857163CN", "2026-10-24"),
    order=order("8191551280043378", "陶瓷咖啡杯組", 1290, "TWD", "2026-10-22T10:00:00Z"),
    buyer=buyer("林雅婷", "TW", "zh-TW"),
    seller={"store_name": "Dawn Ceramics", "signature": "Dawn Ceramics 團隊"},
    messages=msg("收到包裹時，四個杯子有兩個破了，外箱也壓扁了。很失望。", "2026-11-15T10:00:00Z"),
    opened_at="2026-11-15T10:00:00Z")

add("t14", "t14_ar_watch_customs_seller_pays", "customs_clearance",
    id="DSP-2026-2100114", reason="not_received", stage="open",
    shipment=ship("customs_hold", "Aramex", "LP00146372985CN", "2026-10-25", "seller"),
    order=order("8191662391154489", "ساعة يد رجالية كلاسيكية", 245.00, "SAR", "2026-10-23T10:00:00Z"),
    buyer=buyer("محمد العتيبي", "SA", "ar"),
    seller={"store_name": "Al Noor Store", "signature": "فريق Al Noor Store"},
    messages=msg("الشحنة محجوزة في الجمارك منذ أسبوع. هل يجب أن أدفع شيئاً؟ لم يخبرني أحد بذلك.", "2026-11-16T10:00:00Z"),
    opened_at="2026-11-16T10:00:00Z")

add("t15", "t15_sv_headlamp_reship_agreed", "confirm_reshipment",
    id="DSP-2026-2100115", reason="not_received", stage="open",
    shipment=ship("lost", "Cainiao / PostNord", "LP00418827365CN", "2026-10-06"),
    reship={"buyer_answer": "agreed", "tracking_number": "LP00731649205CN"},
    order=order("8191773402265590", "LED-pannlampa, uppladdningsbar", 349.00, "SEK", "2026-10-04T10:00:00Z"),
    buyer=buyer("Erik Lindqvist", "SE", "sv"),
    seller={"store_name": "Nordic Trail Gear", "signature": "Nordic Trail Gear-teamet"},
    messages=msg("Ja tack, skicka gärna en ny. Adressen är densamma.", "2026-11-18T10:00:00Z"),
    opened_at="2026-11-11T10:00:00Z")

add("t16", "t16_cs_scale_lost_offer", "offer_reshipment",
    id="DSP-2026-2100116", reason="not_received", stage="open",
    shipment=ship("lost", "Cainiao / Česká pošta", "LP00562740918CN", "2026-10-08"),
    reship={"buyer_answer": "asked"},
    order=order("8191884513376601", "Kuchyňská digitální váha", 459.00, "CZK", "2026-10-06T10:00:00Z"),
    buyer=buyer("Tomáš Dvořák", "CZ", "cs"),
    seller={"store_name": "Kuchyňka Store", "signature": "Tým Kuchyňka Store"},
    messages=msg("Dobrý den, zásilka je podle sledování ztracená. Co s tím uděláte?", "2026-11-14T10:00:00Z"),
    opened_at="2026-11-14T10:00:00Z")

add("t17", "t17_uk_backpack_await_decision", "await_platform_decision",
    id="DSP-2026-2100117", reason="not_received", stage="escalated", seller_evidence_submitted=True,
    shipment=ship("delivered", "Cainiao / Нова пошта", "LP00973528164CN", "2026-10-11"),
    order=order("8191995624487712", "Дитячий рюкзак з єдинорогом", 1150.00, "UAH", "2026-10-09T10:00:00Z"),
    buyer=buyer("Олена Ковальчук", "UA", "uk"),
    seller={"store_name": "KidsJoy Store", "signature": "Команда KidsJoy Store"},
    messages=msg("Я не отримала посилку, хоча в трекінгу написано, що доставлено. Я передала спір на платформу.", "2026-11-19T10:00:00Z"),
    opened_at="2026-11-08T10:00:00Z")

add("t18", "t18_ro_dress_return_instructions", "return_instructions",
    id="DSP-2026-2100118", reason="not_as_described", problem="quality", stage="ruled",
    platform_ruling="return_and_refund",
    shipment=ship("delivered", "Cainiao / Fan Courier", "LP00684023917CN", "2026-10-01"),
    order=order("8192006735598823", "Rochie de seară din satin", 210.00, "RON", "2026-09-29T10:00:00Z"),
    buyer=buyer("Andreea Popescu", "RO", "ro"),
    seller={"store_name": "ShopLine Fashion", "signature": "Echipa ShopLine Fashion",
            "return_address": "Centru Retur ShopLine, Str. Fabricii 21, 400620 Cluj-Napoca, România"},
    messages=msg("Bună ziua, platforma a decis returul. Unde trimit rochia?", "2026-11-21T10:00:00Z"),
    opened_at="2026-10-24T10:00:00Z")

add("t19", "t19_hu_mouse_escalated", "escalation_reply",
    id="DSP-2026-2100119", reason="not_as_described", problem="not_working", stage="escalated",
    shipment=ship("delivered", "Cainiao / Magyar Posta", "LP00255380914CN", "2026-10-14"),
    order=order("8192117846609934", "Vezeték nélküli egér", 8990.00, "HUF", "2026-10-12T10:00:00Z"),
    buyer=buyer("Nagy Eszter", "HU", "hu"),
    seller={"store_name": "TechPont Store", "signature": "A TechPont Store csapata"},
    messages=msg("Már kétszer írtam, de nem kaptam megoldást, ezért a platformhoz fordultam.", "2026-11-20T10:00:00Z"),
    opened_at="2026-11-03T10:00:00Z")

add("t20", "t20_el_shoes_return_received", "return_received",
    id="DSP-2026-2100120", reason="not_as_described", problem="size_or_fit", stage="ruled",
    return_shipment={"status": "received", "tracking_number": "RR550163274GR"},
    shipment=ship("delivered", "Cainiao / ΕΛΤΑ", "LP00439162758CN", "2026-10-05"),
    order=order("8192228957710045", "Αθλητικά παπούτσια τρεξίματος", 42.00, "EUR", "2026-10-03T10:00:00Z"),
    buyer=buyer("Νίκος Παπαδόπουλος", "GR", "el"),
    seller={"store_name": "RunFast Store", "signature": "Η ομάδα του RunFast Store"},
    messages=msg("Καλησπέρα, έστειλα πίσω τα παπούτσια. Τα λάβατε;", "2026-11-22T10:00:00Z"),
    opened_at="2026-10-29T10:00:00Z")

add("t21", "t21_da_jacket_size", "evidence_by_problem_type",
    id="DSP-2026-2100121", reason="not_as_described", problem="size_or_fit", stage="open",
    shipment=ship("delivered", "Cainiao / PostNord", "LP00185026394CN", "2026-10-20"),
    order=order("8192339068821156", "Vinterjakke til damer", 299.00, "DKK", "2026-10-18T10:00:00Z"),
    buyer=buyer("Mette Jensen", "DK", "da"),
    seller={"store_name": "Hygge Wear", "signature": "Hygge Wear"},
    messages=msg("Jakken er alt for lille. Den er str. L men passer som en S. Ærmerne er også korte.", "2026-11-12T10:00:00Z"),
    opened_at="2026-11-12T10:00:00Z")

add("t22", "t22_fi_smartwatch_customs_unknown_payer", "customs_clearance",
    id="DSP-2026-2100122", reason="not_received", stage="open",
    shipment=ship("customs_hold", "Cainiao / Posti", "LP00627319485CN", "2026-10-27"),
    order=order("8192440179932267", "Älykello, musta", 79.90, "EUR", "2026-10-25T10:00:00Z"),
    buyer=buyer("Laura Virtanen", "FI", "fi"),
    seller={"store_name": "Nordic Gadget Hub", "signature": "Nordic Gadget Hub -tiimi"},
    messages=msg("Seurannan mukaan paketti on ollut tullissa jo yli viikon. Mitä minun pitää tehdä?", "2026-11-19T10:00:00Z"),
    opened_at="2026-11-19T10:00:00Z")

add("t23", "t23_en_gb_trainset_missing_parts_partial", "propose_partial_or_return",
    id="DSP-2026-2100123", reason="not_as_described", problem="missing_parts", stage="escalated",
    buyer_evidence=[{"kind": "photo", "note": "open box, parts laid out"}],
    shipment=ship("delivered", "Cainiao / Royal Mail", "LP00591847306CN", "2026-10-16"),
    order=order("8192551281043378", "Kids' wooden train set with bridge", 35.99, "GBP", "2026-10-14T10:00:00Z"),
    buyer=buyer("Sophie Bennett", "GB", "en-GB"),
    seller={"store_name": "Little Oak Toys", "max_partial_refund_pct": 40},
    messages=msg("As you can see from my photos, two of the carriages and the bridge piece are missing from the box. It was a birthday present.", "2026-11-21T10:00:00Z"),
    opened_at="2026-11-09T10:00:00Z")

add("t24", "t24_es_headphones_await_decision", "await_platform_decision",
    id="DSP-2026-2100124", reason="not_as_described", problem="counterfeit", stage="escalated",
    seller_evidence_submitted=True,
    shipment=ship("delivered", "Cainiao / Correos", "LP00870265139CN", "2026-10-18"),
    order=order("8192662392154489", "Auriculares inalámbricos con cancelación de ruido", 54.90, "EUR", "2026-10-16T10:00:00Z"),
    buyer=buyer("Javier Moreno", "ES", "es"),
    seller={"store_name": "Sonido Total Store", "signature": "El equipo de Sonido Total Store"},
    messages=msg("Estos auriculares no son originales, la caja es distinta y el sonido es malísimo. Ya he llevado el caso a la plataforma.", "2026-11-20T10:00:00Z"),
    opened_at="2026-11-10T10:00:00Z")
