"""Write the 24 hand-designed dispute files (nk01..nk24) into ../disputes/."""
import json, pathlib
D = pathlib.Path(__file__).resolve().parent.parent / "disputes"
D.mkdir(exist_ok=True)

def disp(n, short, lang, name, country, reason, stage, item, price, cur, oid, msg, opened, ship=None, problem=None,
         seller=None, reship=None, sev=False, bev=None, ruling=None, ret=None, placed=None):
    d = {"id": f"NK-DSP-{n:04d}", "reason": reason}
    if problem: d["problem"] = problem
    d["stage"] = stage
    if ship: d["shipment"] = ship
    if reship: d["reship"] = reship
    if sev: d["seller_evidence_submitted"] = True
    if bev: d["buyer_evidence"] = bev
    if ruling: d["platform_ruling"] = ruling
    if ret: d["return_shipment"] = ret
    o = {"id": oid, "items": [{"title": item, "unit_price": price}], "total": price, "currency": cur}
    if placed: o["placed_at"] = placed
    d["order"] = o
    d["buyer"] = {"name": name, "country": country, "language": lang}
    d["messages"] = [{"author": "buyer", "at": opened, "text": msg}]
    d["opened_at"] = opened
    if seller: d["seller"] = seller
    p = D / f"nk{n:02d}_{lang.split('-')[0].lower()}_{short}.json"
    p.write_text(json.dumps(d, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

S = lambda st, tn, carrier="Cainiao Standard", **k: dict(status=st, carrier=carrier, tracking_number=tn, **k)

disp(1, "jacket_fit", "en-GB", "Oliver Bennett", "GB", "not_as_described", "open", "Quilted winter jacket, size L", 58.0, "GBP",
     "3017722041", "Hello, the jacket is labelled L but the sleeves are far too short and it is tight across the chest. Not what the chart promised.",
     "2026-11-14T10:05:00Z", ship=S("delivered", "RB220415533SG", "Royal Mail"), problem="size_or_fit",
     seller={"store_name": "Northfield Outdoor", "signature": "Amy, Northfield Outdoor"})
disp(2, "transit_lamp", "es-MX", "Valeria Ortiz", "MX", "not_received", "open", "Lámpara de escritorio LED plegable", 689.0, "MXN",
     "5503918276", "Hola, hace semanas que pedí la lámpara y el seguimiento casi no avanza. ¿Me va a llegar o no?",
     "2026-11-12T16:20:00Z", ship=S("in_transit", "LX552019384CN", "Cainiao / Estafeta", shipped_at="2026-10-28"),
     seller={"store_name": "Casa Lumen", "signature": "Equipo Casa Lumen", "protection_extension_days": 20})
disp(3, "kettle_partial", "ru", "Марина Соколова", "RU", "not_as_described", "escalated", "Электрический чайник из стекла 1,7 л", 4990.0, "RUB",
     "7720184455", "Крышка чайника треснула, я приложила фото и видео. Магазин молчит, поэтому открыла спор на платформе.",
     "2026-11-06T07:40:00Z", ship=S("delivered", "RU318204417CN", "Cainiao / Почта России"), problem="damaged",
     bev=[{"kind": "photo", "note": "cracked lid"}, {"kind": "video"}], seller={"store_name": "ДомТехника", "signature": "Команда ДомТехника", "max_partial_refund_pct": 25})
disp(4, "reship_bag", "ja", "佐藤 美咲", "JP", "not_received", "open", "レザー調トートバッグ", 5800, "JPY",
     "6601239870", "はい、もう一度送っていただけるならお願いします。今度はちゃんと届きますように。",
     "2026-11-10T03:00:00Z", ship=S("lost", "JP771023986CN", "Cainiao / 日本郵便"), reship={"buyer_answer": "agreed", "tracking_number": "JP880145227CN"},
     seller={"store_name": "さくら雑貨", "signature": "さくら雑貨 スタッフ一同"})
disp(5, "return_vase", "fr", "Camille Laurent", "FR", "not_as_described", "ruled", "Vase en verre soufflé bleu", 44.9, "EUR",
     "4409127733", "La plateforme m'a donné raison. Où dois-je renvoyer le vase ? Je ne veux pas de complications.",
     "2026-10-30T09:00:00Z", ship=S("delivered", "LP00417709822CN", "Cainiao / Colissimo"), problem="quality", ruling="return_and_refund",
     ret={"status": "not_shipped"}, seller={"store_name": "Atelier Verre", "signature": "L'équipe Atelier Verre",
     "return_address": "Atelier Verre Retours, 8 rue de la Verrerie, 69002 Lyon, France"})
disp(6, "customs_buyer", "de", "Lukas Hoffmann", "DE", "not_received", "open", "Mechanische Tastatur, kabellos", 119.0, "EUR",
     "2208841926", "Mein Paket hängt seit Tagen beim Zoll fest. Was soll ich jetzt machen? Ich habe keine Lust, ewig zu warten.",
     "2026-11-11T12:30:00Z", ship=S("customs_hold", "LP00661238405CN", "Cainiao / DHL", duties_payer="buyer"),
     seller={"store_name": "KeyWerk", "signature": "Ihr KeyWerk-Team"})
disp(7, "lost_shoes", "it", "Giulia Romano", "IT", "not_received", "open", "Scarpe da corsa leggere, taglia 38", 64.0, "EUR",
     "9031574482", "Il corriere dice che il pacco è andato perso. Sono davvero delusa, le aspettavo per la gara.",
     "2026-11-09T14:10:00Z", ship=S("lost", "IT448120096CN", "Cainiao / Poste Italiane"), reship={"buyer_answer": "not_asked"},
     seller={"store_name": "Passo Veloce", "signature": "Il team di Passo Veloce"})
disp(8, "await_drone", "pt-BR", "Rafael Souza", "BR", "not_as_described", "escalated", "Mini drone com câmera HD", 749.0, "BRL",
     "1184520937", "Abri a disputa na plataforma porque a câmera do drone não funciona. Quero saber o que vai acontecer.",
     "2026-11-05T20:00:00Z", ship=S("delivered", "BR902214553CN", "Cainiao / Correios"), problem="not_working", sev=True,
     seller={"store_name": "VooLivre Store", "signature": "Equipe VooLivre"})
disp(9, "escal_coat", "nl", "Sanne de Vries", "NL", "not_received", "escalated", "Wollen damesjas, maat M", 89.95, "EUR",
     "6675310248", "Ik heb het geschil naar het platform gebracht. Al weken geen jas en geen duidelijk antwoord.",
     "2026-11-07T11:45:00Z", ship=S("in_transit", "NL530019284CN", "Cainiao / PostNL"),
     seller={"store_name": "Wolkenwol", "signature": "Team Wolkenwol"})
disp(10, "received_watch", "tr", "Emre Yılmaz", "TR", "not_as_described", "ruled", "Akıllı saat, siyah kayış", 1450.0, "TRY",
     "8842016675", "Saati geri gönderdim, kargo takibinde teslim edildi görünüyor. Param ne zaman yatacak?",
     "2026-10-22T08:00:00Z", ship=S("delivered", "TR661204478CN", "Cainiao / PTT"), problem="not_working", ruling="return_and_refund",
     ret={"status": "received", "tracking_number": "TR7730051842"}, seller={"store_name": "Zaman Dükkanı", "signature": "Zaman Dükkanı ekibi",
     "return_address": "Zaman Dükkanı İade, Bağdat Cad. No 120, 34728 Kadıköy, İstanbul"})
disp(11, "damaged_plate", "ko", "김지훈", "KR", "not_as_described", "open", "도자기 접시 세트", 38000, "KRW",
     "3359102784", "접시 두 개가 깨진 채로 왔어요. 선물하려고 산 건데 너무 속상하네요.",
     "2026-11-13T05:30:00Z", ship=S("delivered", "KR204418822CN", "Cainiao / 우체국"), problem="damaged",
     seller={"store_name": "온도리빙", "signature": "온도리빙 드림"})
disp(12, "transit_tea", "zh-TW", "林怡君", "TW", "not_received", "open", "手工陶瓷茶具組", 1280.0, "TWD",
     "7781230045", "我的包裹已經好久沒有更新了，是不是寄丟了？我有點擔心。",
     "2026-11-12T02:15:00Z", ship=S("in_transit", "TW118204965CN", "Cainiao / 中華郵政", shipped_at="2026-10-25"),
     seller={"store_name": "青瓷小舖", "signature": "青瓷小舖 客服團隊", "protection_extension_days": 10})
disp(13, "abaya_partial", "ar", "فاطمة الزهراني", "SA", "not_as_described", "escalated", "عباءة مطرزة باللون الأسود", 220.0, "SAR",
     "5120946638", "التطريز مختلف تماماً عن الصور وأرسلت لكم الصور. لذلك صعّدت النزاع إلى المنصة.",
     "2026-11-08T13:00:00Z", ship=S("delivered", "SA330871264CN", "Cainiao / SMSA"), problem="color_or_appearance",
     bev=[{"kind": "photo", "note": "embroidery compared with listing"}],
     seller={"store_name": "دار الأناقة", "signature": "فريق دار الأناقة", "max_partial_refund_pct": 20})
disp(14, "reship_lamp", "sv", "Erik Lindqvist", "SE", "not_received", "open", "Vägglampa i mässing", 549.0, "SEK",
     "2049917365", "Ja tack, skicka lampan igen. Adressen är densamma som förut.",
     "2026-11-11T09:00:00Z", ship=S("lost", "SE602281734CN", "Cainiao / PostNord"), reship={"buyer_answer": "agreed", "tracking_number": "SE715503269CN"},
     seller={"store_name": "Nordljus", "signature": "Hälsningar, Nordljus"})
disp(15, "return_boots", "cs", "Tereza Nováková", "CZ", "not_as_described", "ruled", "Kožené kotníkové boty, vel. 39", 1890.0, "CZK",
     "6613028854", "Platforma rozhodla o vrácení. Kam mám boty poslat?",
     "2026-10-28T15:00:00Z", ship=S("delivered", "CZ440921387CN", "Cainiao / Česká pošta"), problem="wrong_item", ruling="return_and_refund",
     ret={"status": "not_shipped"}, seller={"store_name": "Krok Obuv", "signature": "Tým Krok Obuv",
     "return_address": "Krok Obuv – vratky, Vinohradská 45, 120 00 Praha 2"})
disp(16, "customs_seller", "ro", "Andrei Popescu", "RO", "not_received", "open", "Cafetieră espresso manuală", 459.0, "RON",
     "3306718842", "Coletul este blocat la vamă de o săptămână. Trebuie să plătesc ceva?",
     "2026-11-12T07:50:00Z", ship=S("customs_hold", "RO228840163CN", "Cainiao / Poșta Română", duties_payer="seller"),
     seller={"store_name": "Aroma Shop", "signature": "Echipa Aroma Shop"})
disp(17, "lost_scarf", "hu", "Nagy Eszter", "HU", "not_received", "open", "Kasmír sál, bordó", 12900.0, "HUF",
     "4478302119", "A futárszolgálat szerint a csomag elveszett. Mi a teendő most?",
     "2026-11-10T10:20:00Z", ship=S("lost", "HU337902518CN", "Cainiao / Magyar Posta"), reship={"buyer_answer": "asked"},
     seller={"store_name": "Sálvilág", "signature": "A Sálvilág csapata"})
disp(18, "await_chair", "da", "Mette Kristensen", "DK", "not_as_described", "escalated", "Spisebordsstol i eg", 899.0, "DKK",
     "5590127436", "Jeg har sendt sagen videre til platformen. Stolen vakler og et ben er skævt.",
     "2026-11-06T16:00:00Z", ship=S("delivered", "DK771046325CN", "Cainiao / PostNord"), problem="quality", sev=True,
     seller={"store_name": "Egetræ Design", "signature": "Venlig hilsen, Egetræ Design"})
disp(19, "escal_headset", "fi", "Mikko Virtanen", "FI", "not_received", "escalated", "Langattomat kuulokkeet", 79.0, "EUR",
     "1937724560", "Vein riidan alustalle. Kuulokkeita ei ole kuulunut, eikä kukaan vastaa.",
     "2026-11-09T06:30:00Z", ship=S("unknown", "FI905513728CN", "Cainiao / Posti"),
     seller={"store_name": "ÄäniKauppa", "signature": "ÄäniKaupan tiimi"})
disp(20, "received_blender", "pl", "Katarzyna Wiśniewska", "PL", "not_as_described", "ruled", "Blender kielichowy 1200 W", 329.0, "PLN",
     "2751048836", "Odesłałam blender tydzień temu. Czy już do Państwa dotarł?",
     "2026-10-24T12:00:00Z", ship=S("delivered", "PL552018734CN", "Cainiao / InPost"), problem="not_working", ruling="return_and_refund",
     ret={"status": "received", "tracking_number": "PL6620193847"}, seller={"store_name": "KuchniaPlus", "signature": "Zespół KuchniaPlus",
     "return_address": "KuchniaPlus Zwroty, ul. Marszałkowska 84, 00-514 Warszawa"})
disp(21, "sweater_partial", "uk", "Олена Коваленко", "UA", "not_as_described", "escalated", "В'язаний светр оверсайз", 1800.0, "UAH",
     "8306614297", "Светр має затяжки і дірку біля шва, я надіслала фото. Тому відкрила спір на платформі.",
     "2026-11-07T09:10:00Z", ship=S("delivered", "UA118830274CN", "Cainiao / Нова пошта"), problem="quality",
     bev=[{"kind": "photo", "note": "hole near seam"}], seller={"store_name": "Теплий Дім", "signature": "Команда «Теплий Дім»"})
disp(22, "speaker_broken", "el", "Γιώργος Παπαδόπουλος", "GR", "not_as_described", "open", "Ασύρματο ηχείο Bluetooth", 49.0, "EUR",
     "6624081195", "Το ηχείο δεν ανάβει καθόλου, ούτε φορτίζει. Είμαι πολύ απογοητευμένος.",
     "2026-11-13T18:00:00Z", ship=S("delivered", "GR338120457CN", "Cainiao / ΕΛΤΑ"), problem="not_working",
     seller={"store_name": "Ήχος Shop", "signature": "Η ομάδα του Ήχος Shop"})
disp(23, "transit_tent", "en-US", "Marcus Hill", "US", "not_received", "open", "Two-person camping tent", 96.0, "USD",
     "9015537720", "Where is my tent?? Ordered weeks ago, tracking barely moves. I need it for a trip.",
     "2026-11-13T22:40:00Z", ship=S("in_transit", "LB402275891CN", "Cainiao / USPS", shipped_at="2026-10-30"),
     seller={"store_name": "Trailhead Gear", "signature": "Jordan at Trailhead Gear", "protection_extension_days": 30})
disp(24, "customs_unknown", "de-AT", "Anna Gruber", "AT", "not_received", "open", "Kaffeemühle aus Edelstahl", 54.0, "EUR",
     "7402958813", "Das Paket steckt beim Zoll. Muss ich da etwas zahlen? Niemand sagt mir etwas.",
     "2026-11-12T11:00:00Z", ship=S("customs_hold", "AT661209874CN", "Cainiao / Österreichische Post"),
     seller={"store_name": "Mahlwerk", "signature": "Mahlwerk Kundenservice"})
print("ok")
