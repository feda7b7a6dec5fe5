"""Writes the 24 hand-designed dispute files of the fiftyfifth set (ids nt01..nt24)."""
import json, pathlib

OUT = pathlib.Path(__file__).resolve().parent.parent / "disputes"

def order(oid, title, price, cur, placed=None, qty=1):
    o = {"id": oid, "items": [{"title": title, "quantity": qty, "unit_price": price}],
         "total": round(price * qty, 2) if cur not in ("JPY", "KRW", "HUF") else price * qty, "currency": cur}
    if placed: o["placed_at"] = placed
    return o

def ship(status, carrier, tn, shipped=None, duties=None):
    s = {"status": status, "carrier": carrier, "tracking_number": tn}
    if shipped: s["shipped_at"] = shipped
    if duties: s["duties_payer"] = duties
    return s

def msg(text, at):
    return [{"author": "buyer", "at": at, "text": text}]

D = {}
D["nt01_en_jacket"] = dict(id="DSP-NT-0001", reason="not_as_described", problem="size_or_fit", stage="open",
    shipment=ship("delivered", "AliExpress Standard Shipping", "RB884213507SG"),
    order=order("8190301122334401", "Women's rain jacket, size L", 38.0, "USD", "2026-10-02T11:00:00Z"),
    buyer={"name": "Megan Holt", "country": "US", "language": "en-US"},
    seller={"store_name": "Northtrail Outdoor", "signature": "Sam, Northtrail Outdoor"},
    messages=msg("The jacket is labelled L but the sleeves end above my wrists. This is really disappointing, I ordered it for a trip.", "2026-11-03T16:20:00Z"),
    opened_at="2026-11-03T16:21:00Z")
D["nt02_ja_kettle"] = dict(id="DSP-NT-0002", reason="not_as_described", problem="not_working", stage="open",
    shipment=ship("delivered", "Cainiao / Japan Post", "LP00412398765CN"),
    order=order("8190301122334402", "電気ケトル 1.2L", 4280, "JPY", "2026-10-08T03:00:00Z"),
    buyer={"name": "佐藤 美咲", "country": "JP", "language": "ja"},
    seller={"store_name": "Kitchen Light", "signature": "Kitchen Light ストア"},
    messages=msg("届いたケトルの電源が入りません。とても困っています。", "2026-11-04T01:10:00Z"),
    opened_at="2026-11-04T01:11:00Z")
D["nt03_hu_vase"] = dict(id="DSP-NT-0003", reason="not_as_described", problem="damaged", stage="open",
    shipment=ship("delivered", "Cainiao / Magyar Posta", "LP00655102938CN"),
    order=order("8190301122334403", "Kerámia váza, kék", 8900, "HUF", "2026-10-11T09:00:00Z"),
    buyer={"name": "Kovács Eszter", "country": "HU", "language": "hu"},
    seller={"store_name": "CasaGlaze", "signature": "A CasaGlaze csapata"},
    messages=msg("A váza törötten érkezett, a doboz is be volt nyomva. Nagyon bosszant, ajándéknak szántam.", "2026-11-05T12:00:00Z"),
    opened_at="2026-11-05T12:02:00Z")
D["nt04_es_backpack"] = dict(id="DSP-NT-0004", reason="not_received", stage="open",
    shipment=ship("in_transit", "Cainiao / Estafeta", "LP00771234590CN", "2026-10-14"),
    order=order("8190301122334404", "Mochila escolar con puerto USB", 689.0, "MXN", "2026-10-12T18:00:00Z"),
    buyer={"name": "Andrea Morales", "country": "MX", "language": "es-MX"},
    seller={"store_name": "Mochilas Sol", "signature": "Equipo Mochilas Sol", "protection_extension_days": 20},
    messages=msg("Ya pasó casi un mes y la mochila no llega. Mi hijo la necesita para la escuela, estoy muy molesta.", "2026-11-09T15:00:00Z"),
    opened_at="2026-11-09T15:01:00Z")
D["nt05_nl_lamp"] = dict(id="DSP-NT-0005", reason="not_received", stage="open",
    shipment=ship("in_transit", "Cainiao / PostNL", "LP00339021764CN", "2026-10-18"),
    order=order("8190301122334405", "Bureaulamp met klem, zwart", 22.4, "EUR", "2026-10-16T20:00:00Z"),
    buyer={"name": "Sanne de Vries", "country": "NL", "language": "nl"},
    seller={"store_name": "Lumo Home"},
    messages=msg("Hallo, de tracking staat al een week stil. Komt mijn lamp nog?", "2026-11-10T08:30:00Z"),
    opened_at="2026-11-10T08:31:00Z")
D["nt06_ko_earbuds"] = dict(id="DSP-NT-0006", reason="not_received", stage="open",
    shipment=ship("in_transit", "Cainiao / CJ Logistics", "LP00904417263CN", "2026-10-21"),
    order=order("8190301122334406", "무선 이어폰 블랙", 31500, "KRW", "2026-10-20T05:00:00Z"),
    buyer={"name": "김민준", "country": "KR", "language": "ko"},
    seller={"store_name": "SoundBay", "signature": "SoundBay 드림", "protection_extension_days": 10},
    messages=msg("배송 조회가 계속 멈춰 있어요. 언제 받을 수 있나요?", "2026-11-11T02:00:00Z"),
    opened_at="2026-11-11T02:01:00Z")
D["nt07_fr_sweater"] = dict(id="DSP-NT-0007", reason="not_as_described", problem="color_or_appearance", stage="escalated",
    buyer_evidence=[{"kind": "photo", "note": "pull beige au lieu de vert sauge"}],
    shipment=ship("delivered", "Cainiao / Colissimo", "LP00218846501CN"),
    order=order("8190301122334407", "Pull en maille vert sauge", 44.0, "EUR", "2026-10-01T10:00:00Z"),
    buyer={"name": "Camille Lefèvre", "country": "FR", "language": "fr"},
    seller={"store_name": "Atelier Maille", "signature": "L'équipe Atelier Maille", "max_partial_refund_pct": 25},
    messages=msg("Je vous ai envoyé la photo : le pull est beige, pas vert. Je suis vraiment déçue.", "2026-11-06T09:00:00Z"),
    opened_at="2026-10-28T09:00:00Z")
D["nt08_de_drill"] = dict(id="DSP-NT-0008", reason="not_as_described", problem="missing_parts", stage="escalated",
    buyer_evidence=[{"kind": "photo", "note": "Akku fehlt"}, {"kind": "video"}],
    shipment=ship("delivered", "Cainiao / Österreichische Post", "LP00563329108CN"),
    order=order("8190301122334408", "Akku-Bohrschrauber Set", 65.0, "EUR", "2026-10-05T14:00:00Z"),
    buyer={"name": "Lukas Gruber", "country": "AT", "language": "de-AT"},
    seller={"store_name": "WerkPro", "signature": "Ihr WerkPro-Team", "max_partial_refund_pct": 40},
    messages=msg("Im Set fehlt der zweite Akku, das sieht man auf meinem Foto und Video. Das ist ärgerlich.", "2026-11-07T10:00:00Z"),
    opened_at="2026-10-30T10:00:00Z")
D["nt09_pl_shoes"] = dict(id="DSP-NT-0009", reason="not_as_described", problem="quality", stage="escalated",
    buyer_evidence=[{"kind": "photo", "note": "odklejona podeszwa"}],
    shipment=ship("delivered", "Cainiao / InPost", "LP00127785403CN"),
    order=order("8190301122334409", "Buty sportowe damskie", 159.0, "PLN", "2026-10-03T12:00:00Z"),
    buyer={"name": "Agnieszka Nowak", "country": "PL", "language": "pl"},
    seller={"store_name": "StepUp"},
    messages=msg("Podeszwa odkleiła się po dwóch dniach noszenia. Zdjęcie jest w sporze. Jestem bardzo niezadowolona.", "2026-11-08T17:00:00Z"),
    opened_at="2026-10-31T17:00:00Z")
D["nt10_it_watch"] = dict(id="DSP-NT-0010", reason="not_received", stage="open",
    shipment=ship("lost", "Cainiao / Poste Italiane", "LP00481206637CN", "2026-10-09"),
    reship={"buyer_answer": "agreed", "tracking_number": "LP00990311842CN"},
    order=order("8190301122334410", "Orologio sportivo impermeabile", 27.9, "EUR", "2026-10-07T08:00:00Z"),
    buyer={"name": "Giulia Romano", "country": "IT", "language": "it"},
    seller={"store_name": "TempoShop", "signature": "Lo staff di TempoShop"},
    messages=msg("Va bene, accetto che me lo rispediate. Grazie.", "2026-11-10T11:00:00Z"),
    opened_at="2026-11-06T11:00:00Z")
D["nt11_tr_case"] = dict(id="DSP-NT-0011", reason="not_received", stage="open",
    shipment=ship("lost", "Cainiao / PTT", "LP00377450912CN", "2026-10-10"),
    reship={"buyer_answer": "agreed", "tracking_number": "RR556071249CN"},
    order=order("8190301122334411", "Telefon kılıfı, şeffaf", 189.0, "TRY", "2026-10-08T16:00:00Z"),
    buyer={"name": "Elif Yılmaz", "country": "TR", "language": "tr"},
    seller={"store_name": "KılıfDünyası"},
    messages=msg("Tamam, tekrar gönderin lütfen. Ama bu sefer gerçekten gelsin.", "2026-11-11T13:00:00Z"),
    opened_at="2026-11-07T13:00:00Z")
D["nt12_pt_blender"] = dict(id="DSP-NT-0012", reason="not_as_described", problem="not_working", stage="ruled",
    platform_ruling="return_and_refund", return_shipment={"status": "not_shipped"},
    shipment=ship("delivered", "Cainiao / Correios", "LP00804416729CN"),
    order=order("8190301122334412", "Liquidificador portátil", 149.9, "BRL", "2026-09-28T13:00:00Z"),
    buyer={"name": "Rafael Souza", "country": "BR", "language": "pt-BR"},
    seller={"store_name": "Casa Prática", "signature": "Equipe Casa Prática",
            "return_address": "Casa Prática Devoluções, Rua Vergueiro 1200, São Paulo - SP, 01504-000, Brasil"},
    messages=msg("A plataforma decidiu pela devolução. Para onde eu mando o liquidificador?", "2026-11-12T14:00:00Z"),
    opened_at="2026-10-22T14:00:00Z")
D["nt13_sv_mug"] = dict(id="DSP-NT-0013", reason="not_as_described", problem="wrong_item", stage="ruled",
    platform_ruling="return_and_refund", return_shipment={"status": "in_transit", "tracking_number": "RS447120983SE"},
    shipment=ship("delivered", "Cainiao / PostNord", "LP00662093187CN"),
    order=order("8190301122334413", "Termosmugg 450 ml, grön", 249.0, "SEK", "2026-09-30T09:00:00Z"),
    buyer={"name": "Johan Lindqvist", "country": "SE", "language": "sv"},
    seller={"store_name": "Nordmugg", "signature": "Hälsningar, Nordmugg",
            "return_address": "Nordmugg Returer, Box 4021, 402 75 Göteborg, Sverige"},
    messages=msg("Jag har redan skickat tillbaka muggen men vill dubbelkolla adressen.", "2026-11-12T07:00:00Z"),
    opened_at="2026-10-20T07:00:00Z")
D["nt14_ru_heater"] = dict(id="DSP-NT-0014", reason="not_received", stage="open",
    shipment=ship("customs_hold", "Cainiao / Почта России", "LP00219930476CN", "2026-10-12", "buyer"),
    order=order("8190301122334414", "Обогреватель масляный", 5490.0, "RUB", "2026-10-10T07:00:00Z"),
    buyer={"name": "Ольга Смирнова", "country": "RU", "language": "ru"},
    seller={"store_name": "ТеплоДом", "signature": "Команда ТеплоДом"},
    messages=msg("Посылка застряла на таможне. Что мне делать?", "2026-11-09T06:00:00Z"),
    opened_at="2026-11-09T06:01:00Z")
D["nt15_ar_perfume"] = dict(id="DSP-NT-0015", reason="not_received", stage="open",
    shipment=ship("customs_hold", "Cainiao / Aramex", "LP00730058214CN", "2026-10-15", "seller"),
    order=order("8190301122334415", "عطر عود 100 مل", 145.0, "SAR", "2026-10-13T10:00:00Z"),
    buyer={"name": "نورة العتيبي", "country": "SA", "language": "ar-SA"},
    seller={"store_name": "Oud Gallery", "signature": "فريق Oud Gallery"},
    messages=msg("الطرد محتجز في الجمارك منذ أيام وأنا منزعجة جدًا. هل علي أن أدفع شيئًا؟", "2026-11-10T10:00:00Z"),
    opened_at="2026-11-10T10:01:00Z")
D["nt16_el_speaker"] = dict(id="DSP-NT-0016", reason="not_received", stage="open",
    shipment=ship("customs_hold", "Cainiao / ΕΛΤΑ", "LP00158873402CN", "2026-10-16"),
    order=order("8190301122334416", "Ηχείο Bluetooth αδιάβροχο", 33.5, "EUR", "2026-10-14T10:00:00Z"),
    buyer={"name": "Νίκος Παπαδόπουλος", "country": "GR", "language": "el"},
    seller={"store_name": "BeatBox Store"},
    messages=msg("Το δέμα έχει κολλήσει στο τελωνείο. Ποιος πληρώνει τους δασμούς;", "2026-11-11T09:00:00Z"),
    opened_at="2026-11-11T09:01:00Z")
D["nt17_zh_teapot"] = dict(id="DSP-NT-0017", reason="not_received", stage="open",
    shipment=ship("lost", "Cainiao / 中華郵政", "LP00846612039CN", "2026-10-11"),
    reship={"buyer_answer": "not_asked"},
    order=order("8190301122334417", "紫砂茶壺", 890.0, "TWD", "2026-10-09T04:00:00Z"),
    buyer={"name": "陳怡君", "country": "TW", "language": "zh-TW"},
    seller={"store_name": "茶香小舖", "signature": "茶香小舖 敬上"},
    messages=msg("物流顯示包裹遺失了，我等了很久，真的很失望。", "2026-11-10T03:00:00Z"),
    opened_at="2026-11-10T03:01:00Z")
D["nt18_cs_gloves"] = dict(id="DSP-NT-0018", reason="not_received", stage="open",
    shipment=ship("lost", "Cainiao / Česká pošta", "LP00592274618CN", "2026-10-13"),
    reship={"buyer_answer": "asked"},
    order=order("8190301122334418", "Cyklistické rukavice", 420.0, "CZK", "2026-10-11T15:00:00Z"),
    buyer={"name": "Petr Dvořák", "country": "CZ", "language": "cs"},
    seller={"store_name": "VeloGear", "signature": "Tým VeloGear"},
    messages=msg("Dopravce tvrdí, že se zásilka ztratila. Co s tím uděláte?", "2026-11-10T15:00:00Z"),
    opened_at="2026-11-10T15:01:00Z")
D["nt19_ro_curtains"] = dict(id="DSP-NT-0019", reason="not_received", stage="escalated", seller_evidence_submitted=True,
    shipment=ship("delivered", "Cainiao / Poșta Română", "LP00283341957CN", "2026-10-06"),
    order=order("8190301122334419", "Perdele blackout, gri", 119.0, "RON", "2026-10-04T09:00:00Z"),
    buyer={"name": "Andreea Popescu", "country": "RO", "language": "ro"},
    seller={"store_name": "Decor Acasă", "signature": "Echipa Decor Acasă"},
    messages=msg("Am escaladat disputa pentru că nu am primit nimic, deși scrie livrat.", "2026-11-08T09:00:00Z"),
    opened_at="2026-10-29T09:00:00Z")
D["nt20_da_bag"] = dict(id="DSP-NT-0020", reason="not_as_described", problem="counterfeit", stage="escalated", seller_evidence_submitted=True,
    shipment=ship("delivered", "Cainiao / PostNord", "LP00374408126CN"),
    order=order("8190301122334420", "Skuldertaske i læder", 389.0, "DKK", "2026-10-02T12:00:00Z"),
    buyer={"name": "Mette Jensen", "country": "DK", "language": "da"},
    seller={"store_name": "Lædervaerket"},
    messages=msg("Jeg er sikker på, at tasken ikke er ægte læder. Jeg har bedt platformen om at se på det.", "2026-11-09T12:00:00Z"),
    opened_at="2026-10-27T12:00:00Z")
D["nt21_fi_tent"] = dict(id="DSP-NT-0021", reason="not_received", stage="escalated",
    shipment=ship("in_transit", "Cainiao / Posti", "LP00617735590CN", "2026-10-08"),
    order=order("8190301122334421", "Retkiteltta kahdelle", 79.0, "EUR", "2026-10-06T08:00:00Z"),
    buyer={"name": "Aino Virtanen", "country": "FI", "language": "fi"},
    seller={"store_name": "Erämaa Shop", "signature": "Erämaa Shopin tiimi"},
    messages=msg("Olen odottanut liian kauan, joten vein riidan alustalle. Olen todella turhautunut.", "2026-11-10T08:00:00Z"),
    opened_at="2026-10-30T08:00:00Z")
D["nt22_uk_blanket"] = dict(id="DSP-NT-0022", reason="not_as_described", problem="size_or_fit", stage="escalated",
    shipment=ship("delivered", "Cainiao / Нова Пошта", "LP00145526983CN"),
    order=order("8190301122334422", "Плед вовняний 150x200", 1250.0, "UAH", "2026-10-05T10:00:00Z"),
    buyer={"name": "Оксана Коваленко", "country": "UA", "language": "uk"},
    seller={"store_name": "Теплий Дім", "signature": "Команда Теплий Дім"},
    messages=msg("Плед значно менший, ніж в описі. Я передала спір на платформу, бо ви довго не відповідали.", "2026-11-09T10:00:00Z"),
    opened_at="2026-10-31T10:00:00Z")
D["nt23_en_headphones"] = dict(id="DSP-NT-0023", reason="not_as_described", problem="not_working", stage="ruled",
    platform_ruling="return_and_refund", return_shipment={"status": "received", "tracking_number": "RK302948175GB"},
    shipment=ship("delivered", "Cainiao / Royal Mail", "LP00529981364CN"),
    order=order("8190301122334423", "Over-ear headphones, noise cancelling", 54.0, "GBP", "2026-09-25T10:00:00Z"),
    buyer={"name": "Oliver Bennett", "country": "GB", "language": "en-GB"},
    seller={"store_name": "Quietwave Audio", "signature": "Priya at Quietwave Audio",
            "return_address": "Quietwave Returns, Unit 4 Riverside Park, Leeds LS10 1AB, United Kingdom"},
    messages=msg("I sent the headphones back last week. Have they arrived? I'd like my refund sorted.", "2026-11-11T18:00:00Z"),
    opened_at="2026-10-15T18:00:00Z")
D["nt24_es_dress"] = dict(id="DSP-NT-0024", reason="not_as_described", problem="size_or_fit", stage="ruled",
    return_shipment={"status": "received", "tracking_number": "PQ4B1J0712345670128001X"},
    shipment=ship("delivered", "Cainiao / Correos", "LP00760015483CN"),
    order=order("8190301122334424", "Vestido midi de lino", 39.95, "EUR", "2026-09-27T10:00:00Z"),
    buyer={"name": "Marta Jiménez", "country": "ES", "language": "es-ES"},
    seller={"store_name": "Lino y Luna", "signature": "Un saludo, Lino y Luna"},
    messages=msg("Ya os he devuelto el vestido. ¿Lo habéis recibido?", "2026-11-12T10:00:00Z"),
    opened_at="2026-10-18T10:00:00Z")

if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    for name, d in D.items():
        (OUT / f"{name}.json").write_text(json.dumps(d, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(len(D), "disputes written")
