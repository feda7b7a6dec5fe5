"""The 24 disputes of the seventeenth set, written by hand. build.py writes them to ../disputes/."""


def _d(id_, lang_file, remedy_short, reason, stage, *, problem=None, shipment=None, reship=None,
       seller_evidence=False, buyer_evidence=None, ruling=None, ret=None, order, buyer, msgs, opened, seller):
    d = {"id": id_, "reason": reason}
    if problem:
        d["problem"] = problem
    d["stage"] = stage
    if shipment:
        d["shipment"] = shipment
    if reship:
        d["reship"] = reship
    if seller_evidence:
        d["seller_evidence_submitted"] = True
    if buyer_evidence:
        d["buyer_evidence"] = buyer_evidence
    if ruling:
        d["platform_ruling"] = ruling
    if ret:
        d["return_shipment"] = ret
    d["order"] = order
    d["buyer"] = buyer
    d["messages"] = [{"author": a, "at": t, "text": x} for a, t, x in msgs]
    d["opened_at"] = opened
    d["seller"] = seller
    return {"file": f"{lang_file}_{remedy_short}", "dispute": d}


def _o(oid, title, price, cur, placed=None, qty=1):
    o = {"id": oid, "items": [{"title": title, "quantity": qty, "unit_price": price}],
         "total": round(price * qty, 2), "currency": cur}
    if placed:
        o["placed_at"] = placed
    return o


DISPUTES = {
    "j01": _d("DSP-J17-0001", "j01_en", "evidence", "not_as_described", "open", problem="size_or_fit",
              shipment={"status": "delivered", "carrier": "Cainiao / Royal Mail", "tracking_number": "LX731904552CN"},
              order=_o("8170000100201", "Wool-blend winter coat, size M", 58.4, "GBP", "2026-10-28T11:05:00Z"),
              buyer={"name": "Harriet Pemberton", "country": "GB", "language": "en-GB"},
              msgs=[("buyer", "2026-11-16T20:12:00Z", "Evening. The coat arrived today and it's nowhere near a medium, the sleeves stop halfway down my forearm. Bit disappointed to be honest.")],
              opened="2026-11-16T20:14:00Z", seller={"store_name": "Thistle & Loom", "signature": "The Thistle & Loom team"}),
    "j02": _d("DSP-J17-0002", "j02_es-MX", "customs", "not_received", "open",
              shipment={"status": "customs_hold", "carrier": "Cainiao / Estafeta", "tracking_number": "ES208814476CN", "duties_payer": "buyer"},
              order=_o("8170000200417", "Licuadora portátil recargable", 649.0, "MXN", "2026-10-30T02:40:00Z"),
              buyer={"name": "Ximena Olvera", "country": "MX", "language": "es-MX"},
              msgs=[("buyer", "2026-11-18T15:02:00Z", "Buenas tardes, el rastreo dice que mi paquete está retenido en aduana y nadie me explica nada. ¿Qué tengo que hacer? Ya lo necesito.")],
              opened="2026-11-18T15:03:00Z", seller={"store_name": "Cocina Viva MX", "signature": "Equipo Cocina Viva MX"}),
    "j03": _d("DSP-J17-0003", "j03_fr-CA", "extend", "not_received", "open",
              shipment={"status": "in_transit", "carrier": "Cainiao / Postes Canada", "tracking_number": "UB559021736CN", "shipped_at": "2026-11-02"},
              order=_o("8170000300088", "Tuque en tricot avec pompon", 27.5, "CAD", "2026-10-31T17:00:00Z"),
              buyer={"name": "Maxime Tremblay", "country": "CA", "language": "fr-CA"},
              msgs=[("buyer", "2026-11-21T13:30:00Z", "Allô, ça fait trois semaines que j'attends ma tuque pis le suivi bouge presque pas. J'ai ouvert un litige pour être sûr de pas perdre mon argent.")],
              opened="2026-11-21T13:31:00Z", seller={"store_name": "Boutique Flocon", "protection_extension_days": 20}),
    "j04": _d("DSP-J17-0004", "j04_de", "offer_reship", "not_received", "open",
              shipment={"status": "lost", "carrier": "Cainiao / Hermes", "tracking_number": "LP00417738291CN"},
              order=_o("8170000400952", "Edelstahl-Thermoskanne 1 l", 21.9, "EUR", "2026-10-20T08:15:00Z"),
              buyer={"name": "Friederike Albers", "country": "DE", "language": "de"},
              msgs=[("buyer", "2026-11-19T07:48:00Z", "Guten Morgen, die Sendungsverfolgung zeigt seit Wochen nichts mehr an und Hermes sagt, das Paket sei nicht auffindbar. Wie geht es jetzt weiter?")],
              opened="2026-11-19T07:50:00Z", seller={"store_name": "Kesselhaus Shop"}),
    "j05": _d("DSP-J17-0005", "j05_it", "confirm_reship", "not_received", "open",
              shipment={"status": "lost", "carrier": "Cainiao / Poste Italiane", "tracking_number": "RR640193857CN"},
              reship={"buyer_answer": "agreed", "tracking_number": "RR640551209CN"},
              order=_o("8170000500334", "Set di pennelli da trucco in bambù", 18.6, "EUR"),
              buyer={"name": "Gianluca Ferraresi", "country": "IT", "language": "it"},
              msgs=[("buyer", "2026-11-20T10:05:00Z", "Va bene, rispeditemelo pure, l'indirizzo è sempre lo stesso. Speriamo che stavolta arrivi."),
                    ("seller", "2026-11-19T16:00:00Z", "Ci dispiace, il pacco risulta smarrito. Vuole che glielo rispediamo?")],
              opened="2026-11-15T09:00:00Z", seller={"store_name": "Bellezza Pura", "signature": "Lo staff di Bellezza Pura"}),
    "j06": _d("DSP-J17-0006", "j06_pt-BR", "partial", "not_as_described", "escalated", problem="color_or_appearance",
              shipment={"status": "delivered", "carrier": "Cainiao / Correios", "tracking_number": "NL802317745CN"},
              buyer_evidence=[{"kind": "photo", "note": "foto do sofá com a capa, cor bem mais escura"}],
              order=_o("8170000600711", "Capa elástica para sofá 3 lugares, verde-sálvia", 189.9, "BRL"),
              buyer={"name": "Thaís Nascimento", "country": "BR", "language": "pt-BR"},
              msgs=[("buyer", "2026-11-22T19:20:00Z", "Mandei as fotos, a capa veio num verde quase musgo, nada a ver com o anúncio. Abri reclamação na plataforma porque ninguém me respondeu.")],
              opened="2026-11-12T12:00:00Z", seller={"store_name": "Lar Doce Lar Decor", "signature": "Equipe Lar Doce Lar Decor"}),
    "j07": _d("DSP-J17-0007", "j07_pl", "await", "not_as_described", "escalated", problem="not_working",
              shipment={"status": "delivered", "carrier": "Cainiao / InPost", "tracking_number": "PL330918274CN"},
              seller_evidence=True,
              order=_o("8170000700260", "Elektryczna szczoteczka soniczna", 129.0, "PLN"),
              buyer={"name": "Bartosz Wilczyński", "country": "PL", "language": "pl"},
              msgs=[("buyer", "2026-11-23T08:10:00Z", "Szczoteczka nie ładuje się od pierwszego dnia. Przekazałem sprawę do AliExpress, bo mam dość czekania.")],
              opened="2026-11-10T18:00:00Z", seller={"store_name": "DentoLux"}),
    "j08": _d("DSP-J17-0008", "j08_ru", "escalation", "not_received", "escalated",
              shipment={"status": "in_transit", "carrier": "Cainiao / Почта России", "tracking_number": "RU774102398CN"},
              order=_o("8170000800145", "Набор силиконовых форм для выпечки", 1490.0, "RUB"),
              buyer={"name": "Ольга Кузнецова", "country": "RU", "language": "ru"},
              msgs=[("buyer", "2026-11-24T06:40:00Z", "Посылки до сих пор нет, я устала ждать и передала спор на рассмотрение площадки. Мне нужны мои формы или деньги.")],
              opened="2026-11-05T10:00:00Z", seller={"store_name": "Сладкий Дом", "signature": "Команда «Сладкий Дом»"}),
    "j09": _d("DSP-J17-0009", "j09_nl", "return_instr", "not_as_described", "ruled", problem="damaged",
              shipment={"status": "delivered", "carrier": "Cainiao / PostNL", "tracking_number": "NL119284730CN"},
              ruling="return_and_refund", ret={"status": "not_shipped"},
              order=_o("8170000900577", "Glazen theepot met zeefje", 32.95, "EUR"),
              buyer={"name": "Sanne de Groot", "country": "NL"},
              msgs=[("buyer", "2026-11-25T09:00:00Z", "Goedemorgen, het platform heeft besloten dat ik de theepot mag terugsturen. Naar welk adres moet het pakket precies? Het deksel was gebarsten toen hij aankwam.")],
              opened="2026-11-03T14:00:00Z",
              seller={"store_name": "Theehuis Lotus", "return_address": "Theehuis Lotus Retouren, Industrieweg 14B, 3044 AS Rotterdam, Nederland"}),
    "j10": _d("DSP-J17-0010", "j10_tr", "return_received", "not_as_described", "ruled", problem="wrong_item",
              shipment={"status": "delivered", "carrier": "Cainiao / PTT Kargo", "tracking_number": "TR605229184CN"},
              ruling="return_and_refund", ret={"status": "received", "tracking_number": "RT118830442TR"},
              order=_o("8170001000932", "Bluetooth araç FM verici", 449.0, "TRY"),
              buyer={"name": "Emre Kaplan", "country": "TR"},
              msgs=[("buyer", "2026-11-26T11:15:00Z", "Merhaba, yanlış gelen ürünü geri gönderdim, kargo size ulaşmış görünüyor. Param ne zaman iade edilecek?")],
              opened="2026-11-01T09:00:00Z", seller={"store_name": "OtoTekno Store"}),
    "j11": _d("DSP-J17-0011", "j11_ko", "evidence", "not_as_described", "open", problem="not_working",
              shipment={"status": "delivered", "carrier": "Cainiao / CJ대한통운", "tracking_number": "KR447120985CN"},
              order=_o("8170001100413", "무선 미니 가습기", 23500, "KRW"),
              buyer={"name": "박지훈", "country": "KR", "language": "ko"},
              msgs=[("buyer", "2026-11-17T22:03:00Z", "가습기를 충전했는데 전원 버튼을 눌러도 아무 반응이 없어요. 불량품 같습니다.")],
              opened="2026-11-17T22:05:00Z", seller={"store_name": "미스트하우스", "signature": "미스트하우스 드림"}),
    "j12": _d("DSP-J17-0012", "j12_ja", "partial", "not_as_described", "escalated", problem="quality",
              shipment={"status": "delivered", "carrier": "Cainiao / 日本郵便", "tracking_number": "JP290457718CN"},
              buyer_evidence=[{"kind": "photo", "note": "縫い目のほつれの写真"}, {"kind": "video"}],
              order=_o("8170001200689", "レザー調トートバッグ", 4980, "JPY"),
              buyer={"name": "佐々木 美咲", "country": "JP", "language": "ja"},
              msgs=[("buyer", "2026-11-23T12:45:00Z", "写真と動画を送りました。届いて数日で持ち手の縫い目がほつれてきました。プラットフォームに判断をお願いしています。")],
              opened="2026-11-14T03:00:00Z", seller={"store_name": "ハンドバッグ工房さくら", "max_partial_refund_pct": 25}),
    "j13": _d("DSP-J17-0013", "j13_zh", "extend", "not_received", "open",
              shipment={"status": "in_transit", "carrier": "Cainiao / 中华邮政", "tracking_number": "CN881430276TW"},
              order=_o("8170001300250", "不鏽鋼保溫便當盒", 690.0, "TWD"),
              buyer={"name": "林怡君", "country": "TW", "language": "zh-TW"},
              msgs=[("buyer", "2026-11-20T04:30:00Z", "我的便當盒已經等了快一個月，物流一直顯示運送中，我很擔心會不會寄丟了，所以先開了糾紛。")],
              opened="2026-11-20T04:31:00Z", seller={"store_name": "好食光生活館", "signature": "好食光生活館 敬上"}),
    "j14": _d("DSP-J17-0014", "j14_ar", "customs", "not_received", "open",
              shipment={"status": "customs_hold", "carrier": "Cainiao / Aramex", "tracking_number": "AE563019482CN", "duties_payer": "seller"},
              order=_o("8170001400818", "ساعة ذكية رياضية", 289.0, "SAR"),
              buyer={"name": "نورة القحطاني", "country": "SA", "language": "ar"},
              msgs=[("buyer", "2026-11-21T17:10:00Z", "السلام عليكم، الشحنة محجوزة في الجمارك منذ أيام وأخبروني أن هناك رسوماً. هل عليّ أن أدفع؟")],
              opened="2026-11-21T17:12:00Z", seller={"store_name": "Time Oasis", "signature": "فريق Time Oasis"}),
    "j15": _d("DSP-J17-0015", "j15_sv", "offer_reship", "not_received", "open",
              shipment={"status": "lost", "carrier": "Cainiao / PostNord", "tracking_number": "SE228840173CN"},
              reship={"buyer_answer": "not_asked"},
              order=_o("8170001500140", "Vattentät cykelväska till pakethållare", 349.0, "SEK"),
              buyer={"name": "Linnea Bergqvist", "country": "SE"},
              msgs=[("buyer", "2026-11-22T18:25:00Z", "Hej! PostNord säger att paketet har försvunnit någonstans på vägen. Jag har väntat länge nu och vet inte vad jag ska göra. Kan ni hjälpa mig?")],
              opened="2026-11-22T18:26:00Z", seller={"store_name": "Cykelverkstan Online"}),
    "j16": _d("DSP-J17-0016", "j16_cs", "confirm_reship", "not_received", "open",
              shipment={"status": "lost", "carrier": "Cainiao / Zásilkovna", "tracking_number": "CZ771028346CN"},
              reship={"buyer_answer": "agreed", "tracking_number": "CZ771390518CN"},
              order=_o("8170001600905", "Dětská LED noční lampička", 399.0, "CZK"),
              buyer={"name": "Kateřina Nováková", "country": "CZ", "language": "cs"},
              msgs=[("buyer", "2026-11-23T09:40:00Z", "Dobrý den, ano, pošlete prosím lampičku znovu. Dcera se na ni moc těší.")],
              opened="2026-11-18T11:00:00Z", seller={"store_name": "Světýlko Shop", "signature": "Tým Světýlko Shop"}),
    "j17": _d("DSP-J17-0017", "j17_uk", "await", "not_received", "escalated",
              shipment={"status": "delivered", "carrier": "Cainiao / Нова пошта", "tracking_number": "UA902371645CN"},
              seller_evidence=True,
              order=_o("8170001700362", "Набір кухонних ножів з підставкою", 1120.0, "UAH"),
              buyer={"name": "Андрій Мельник", "country": "UA", "language": "uk"},
              msgs=[("buyer", "2026-11-24T14:00:00Z", "Я не отримав ножі, хоча в трекінгу написано, що доставлено. Я передав спір на платформу, хай розбираються.")],
              opened="2026-11-12T08:00:00Z", seller={"store_name": "Гострий Край"}),
    "j18": _d("DSP-J17-0018", "j18_ro", "escalation", "not_as_described", "escalated", problem="missing_parts",
              shipment={"status": "delivered", "carrier": "Cainiao / Fan Courier", "tracking_number": "RO447803129CN"},
              order=_o("8170001800741", "Raft metalic modular cu 5 polițe", 214.0, "RON"),
              buyer={"name": "Ioana Dumitrescu", "country": "RO", "language": "ro"},
              msgs=[("buyer", "2026-11-25T16:50:00Z", "Lipsesc șuruburile și două console, nu pot monta raftul. Am escaladat disputa, nu mai am răbdare.")],
              opened="2026-11-13T10:00:00Z", seller={"store_name": "Casa Ordonată", "signature": "Echipa Casa Ordonată"}),
    "j19": _d("DSP-J17-0019", "j19_hu", "return_instr", "not_as_described", "ruled", problem="counterfeit",
              shipment={"status": "delivered", "carrier": "Cainiao / Magyar Posta", "tracking_number": "HU310598227CN"},
              ruling="return_and_refund", ret={"status": "not_shipped"},
              order=_o("8170001900126", "Vezeték nélküli fülhallgató töltőtokkal", 8990.0, "HUF"),
              buyer={"name": "Kovács Eszter", "country": "HU", "language": "hu"},
              msgs=[("buyer", "2026-11-26T08:20:00Z", "Jó napot! A platform elfogadta a visszaküldést. Kérem, írják meg, hova küldjem vissza a fülhallgatót.")],
              opened="2026-11-06T09:00:00Z",
              seller={"store_name": "SoundPeak", "return_address": "SoundPeak Returns Center, Room 508, Building C, 88 Xinhua Road, Baoan District, Shenzhen 518101, China"}),
    "j20": _d("DSP-J17-0020", "j20_el", "return_received", "not_as_described", "ruled", problem="size_or_fit",
              shipment={"status": "delivered", "carrier": "Cainiao / ΕΛΤΑ", "tracking_number": "GR558120394CN"},
              ruling="return_and_refund", ret={"status": "received", "tracking_number": "RE447019286GR"},
              order=_o("8170002000583", "Γυναικεία δερμάτινα μποτάκια", 64.0, "EUR"),
              buyer={"name": "Δήμητρα Παπαδοπούλου", "country": "GR", "language": "el"},
              msgs=[("buyer", "2026-11-27T10:30:00Z", "Καλημέρα, έστειλα πίσω τα μποτάκια. Μπορείτε να μου πείτε αν τα παραλάβατε;")],
              opened="2026-11-02T12:00:00Z", seller={"store_name": "Bella Passo", "signature": "Η ομάδα του Bella Passo"}),
    "j21": _d("DSP-J17-0021", "j21_da", "partial", "not_as_described", "escalated", problem="damaged",
              shipment={"status": "delivered", "carrier": "Cainiao / GLS", "tracking_number": "DK640283517CN"},
              buyer_evidence=[{"kind": "photo", "note": "revne i glasset"}],
              order=_o("8170002100417", "Hængende glasterrarium med kobberstativ", 275.0, "DKK"),
              buyer={"name": "Mikkel Sørensen", "country": "DK", "language": "da"},
              msgs=[("buyer", "2026-11-22T20:00:00Z", "Jeg har sendt billeder af revnen i glasset. Det var pakket alt for dårligt. Jeg har sendt sagen videre til platformen.")],
              opened="2026-11-11T10:00:00Z", seller={"store_name": "Grøn Stue", "max_partial_refund_pct": 40}),
    "j22": _d("DSP-J17-0022", "j22_fi", "customs", "not_received", "open",
              shipment={"status": "customs_hold", "carrier": "Cainiao / Posti", "tracking_number": "FI392041768CN"},
              order=_o("8170002200198", "Sähköinen kahvimylly", 54.9, "EUR"),
              buyer={"name": "Aino Lehtonen", "country": "FI", "language": "fi"},
              msgs=[("buyer", "2026-11-24T07:15:00Z", "Hei, seurannan mukaan paketti on jumissa tullissa. Mitä minun pitää tehdä, että saan kahvimyllyn?")],
              opened="2026-11-24T07:16:00Z", seller={"store_name": "Pohjolan Kahvitarvike"}),
    "j23": _d("DSP-J17-0023", "j23_es", "evidence", "not_as_described", "open", problem="damaged",
              shipment={"status": "delivered", "carrier": "Cainiao / SEUR", "tracking_number": "SE903174628CN"},
              order=_o("8170002300654", "Espejo redondo de pared con marco de ratán", 45.0, "EUR"),
              buyer={"name": "Íñigo Zubiaurre", "country": "ES", "language": "es"},
              msgs=[("buyer", "2026-11-19T12:00:00Z", "Hola. El espejo ha llegado con el cristal roto en una esquina y el marco despegado. Así no lo puedo colgar.")],
              opened="2026-11-19T12:02:00Z", seller={"store_name": "Rincón Natural"}),
    "j24": _d("DSP-J17-0024", "j24_en-US", "partial", "not_as_described", "escalated", problem="missing_parts",
              shipment={"status": "delivered", "carrier": "Cainiao / USPS", "tracking_number": "US771920384CN"},
              buyer_evidence=[{"kind": "photo", "note": "box contents laid out"}, {"kind": "screenshot"}],
              order=_o("8170002400871", "Cordless drill kit with 2 batteries", 79.0, "USD"),
              buyer={"name": "Tyler Brooks", "country": "US", "language": "en-US"},
              msgs=[("buyer", "2026-11-23T23:10:00Z", "Sent you the photos. Kit came with only one battery and no charger. I escalated because this is ridiculous.")],
              opened="2026-11-12T15:00:00Z", seller={"store_name": "ToolCrate Direct"}),
}

INTENDED = {
    "j01": "evidence_by_problem_type", "j02": "customs_clearance", "j03": "extend_delivery_time",
    "j04": "offer_reshipment", "j05": "confirm_reshipment", "j06": "propose_partial_or_return",
    "j07": "await_platform_decision", "j08": "escalation_reply", "j09": "return_instructions",
    "j10": "return_received", "j11": "evidence_by_problem_type", "j12": "propose_partial_or_return",
    "j13": "extend_delivery_time", "j14": "customs_clearance", "j15": "offer_reshipment",
    "j16": "confirm_reshipment", "j17": "await_platform_decision", "j18": "escalation_reply",
    "j19": "return_instructions", "j20": "return_received", "j21": "propose_partial_or_return",
    "j22": "customs_clearance", "j23": "evidence_by_problem_type", "j24": "propose_partial_or_return",
}

# the language a reply must be written in (primary subtag), per dispute
LANG = {k: v["file"].split("_")[1].split("-")[0] for k, v in DISPUTES.items()}
