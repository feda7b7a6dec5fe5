"""Hand-written dispute specs for the twentieth labelled set."""

def D(did, lang, remedy, *, country, name, store, sig, item, price, cur, msg, reason="not_received",
      problem=None, stage="open", ship=None, reship=None, seller_ev=False, buyer_ev=None, ruling=None,
      ret=None, seller_extra=None, opened="2026-11-10T09:30:00Z", placed="2026-10-14T12:00:00Z"):
    d = {"id": "DSP-2026-20" + did[1:] + "4417", "reason": reason, "stage": stage}
    if problem:
        d["problem"] = problem
    if ship:
        d["shipment"] = ship
    if reship:
        d["reship"] = reship
    if seller_ev:
        d["seller_evidence_submitted"] = True
    if buyer_ev:
        d["buyer_evidence"] = buyer_ev
    if ruling:
        d["platform_ruling"] = ruling
    if ret:
        d["return_shipment"] = ret
    d["order"] = {"id": "81" + did[1:] + "00734592116", "items": [{"title": item, "unit_price": price}],
                  "total": price, "currency": cur, "placed_at": placed}
    buyer = {"name": name, "country": country}
    if lang:
        buyer["language"] = lang
    d["buyer"] = buyer
    d["messages"] = [{"author": "buyer", "text": msg, "at": opened}]
    d["opened_at"] = opened
    s = {"store_name": store, "signature": sig}
    s.update(seller_extra or {})
    d["seller"] = s
    return did, (lang or "").split("-")[0], remedy, d


DISPUTES = [
 D("d01", "en-GB", "evidence_by_problem_type", country="GB", name="Olivia Bennett", store="Harbour Lane Homeware",
   sig="Harbour Lane Homeware team", item="Glass cake stand with dome", price=24.90, cur="GBP",
   reason="not_as_described", problem="damaged",
   ship={"status": "delivered", "carrier": "Royal Mail", "tracking_number": "LX550192837GB"},
   msg="The dome was cracked right down one side when I opened the box. Not what I expected for a gift."),
 D("d02", "es-MX", "evidence_by_problem_type", country="MX", name="Mariana Fuentes", store="Tienda Lunaria",
   sig="Equipo de Tienda Lunaria", item="Vestido midi de lino, talla M", price=689.00, cur="MXN",
   reason="not_as_described", problem="size_or_fit",
   ship={"status": "delivered", "carrier": "Estafeta", "tracking_number": "EM384019275MX"},
   msg="El vestido me queda enorme, parece una talla XL y no una M. Estoy muy decepcionada."),
 D("d03", "fr-CA", "customs_clearance", country="CA", name="Mathieu Gagnon", store="Boutique Érable Tech",
   sig="L'équipe Boutique Érable Tech", item="Support de moniteur double", price=89.99, cur="CAD",
   ship={"status": "customs_hold", "carrier": "Cainiao / Postes Canada", "tracking_number": "LP00472918365CN",
         "duties_payer": "buyer"},
   msg="Mon colis est bloqué aux douanes depuis des jours. Qu'est-ce que je dois faire?"),
 D("d04", "de", "customs_clearance", country="DE", name="Jonas Weber", store="Nordlicht Gadgets",
   sig="Ihr Team von Nordlicht Gadgets", item="Smartwatch-Armband aus Edelstahl", price=32.40, cur="EUR",
   ship={"status": "customs_hold", "carrier": "YunExpress / DHL", "tracking_number": "YT2203948576CN",
         "duties_payer": "seller"},
   msg="Laut Sendungsverfolgung hängt das Paket beim Zoll. Muss ich da jetzt etwas bezahlen?"),
 D("d05", "it", "extend_delivery_time", country="IT", name="Giulia Romano", store="Bottega Stella",
   sig="Il team di Bottega Stella", item="Lampada da scrivania LED", price=27.50, cur="EUR",
   ship={"status": "in_transit", "carrier": "Cainiao / Poste Italiane", "tracking_number": "LP00583920174CN"},
   seller_extra={"protection_extension_days": 20},
   msg="Ho ordinato la lampada da settimane e il tracciamento non si aggiorna. Ho aperto la disputa per sicurezza."),
 D("d06", "pt-BR", "extend_delivery_time", country="BR", name="Thiago Almeida", store="Loja Girassol",
   sig="Equipe Loja Girassol", item="Fone de ouvido sem fio", price=149.90, cur="BRL",
   ship={"status": "in_transit", "carrier": "Correios", "tracking_number": "LB047392815HK"},
   msg="Meu fone ainda não chegou e o rastreio está parado em Curitiba. Abri a disputa com medo de perder o prazo."),
 D("d07", "pl", "offer_reshipment", country="PL", name="Katarzyna Nowak", store="Sklep Bursztyn",
   sig="Zespół Sklepu Bursztyn", item="Plecak turystyczny wodoodporny", price=119.00, cur="PLN",
   ship={"status": "lost", "carrier": "PostNL / Poczta Polska", "tracking_number": "RS482019375NL"},
   msg="Przesyłka zaginęła, Poczta Polska nic nie wie. Co teraz?"),
 D("d08", "ru", "offer_reshipment", country="RU", name="Алексей Смирнов", store="Polar Star Store",
   sig="Команда Polar Star Store", item="Термокружка из нержавеющей стали", price=1290.00, cur="RUB",
   ship={"status": "lost", "carrier": "Почта России", "tracking_number": "RR730184926CN"},
   msg="Посылка потерялась, на почте сказали, что её нет. Что будем делать?"),
 D("d09", "nl", "confirm_reshipment", country="NL", name="Sanne de Vries", store="Tulp & Co Store",
   sig="Team Tulp & Co Store", item="Keramische plantenpot", price=19.95, cur="EUR",
   ship={"status": "lost", "carrier": "Cainiao / PostNL", "tracking_number": "LP00619283745CN"},
   reship={"buyer_answer": "agreed", "tracking_number": "LP00744108293CN"},
   msg="Ja, stuur de pot alstublieft opnieuw, hetzelfde adres."),
 D("d10", "tr", "confirm_reshipment", country="TR", name="Elif Yılmaz", store="Lale Butik",
   sig="Lale Butik Ekibi", item="Pamuklu nevresim takımı", price=845.00, cur="TRY",
   ship={"status": "lost", "carrier": "PTT Kargo", "tracking_number": "UB391028475CN"},
   reship={"buyer_answer": "agreed", "tracking_number": "UB402918364CN"},
   msg="Tamam, tekrar gönderin lütfen. Adresim aynı."),
 D("d11", "ko", "propose_partial_or_return", country="KR", name="김민지", store="Hanbit Store",
   sig="Hanbit Store 드림", item="무선 블루투스 스피커", price=52000, cur="KRW",
   reason="not_as_described", problem="quality", stage="escalated",
   ship={"status": "delivered", "carrier": "CJ대한통운", "tracking_number": "CJ558201937KR"},
   buyer_ev=[{"kind": "video", "note": "speaker crackles at low volume"}],
   msg="소리가 지직거려요. 영상 올렸습니다. 플랫폼에 신고했어요."),
 D("d12", "ja", "propose_partial_or_return", country="JP", name="佐藤由美", store="Sakura Zakka",
   sig="Sakura Zakka スタッフ一同", item="陶器のマグカップ", price=4800, cur="JPY",
   reason="not_as_described", problem="color_or_appearance", stage="escalated",
   ship={"status": "delivered", "carrier": "日本郵便", "tracking_number": "EJ774019283JP"},
   buyer_ev=[{"kind": "photo", "note": "mug is grey, listing shows pale blue"}],
   seller_extra={"max_partial_refund_pct": 25},
   msg="写真では水色でしたが、届いたのは灰色です。写真を添付しました。"),
 D("d13", None, "propose_partial_or_return", country="CN", name="王芳", store="Jade River Store",
   sig="Jade River Store 团队", item="真丝围巾", price=260.00, cur="CNY",
   reason="not_as_described", problem="damaged", stage="escalated",
   ship={"status": "delivered", "carrier": "顺丰速运", "tracking_number": "SF1408372956"},
   buyer_ev=[{"kind": "photo", "note": "snag and small tear near the hem"}],
   msg="围巾边上有一个破洞，我已经上传了照片。"),
 D("d14", "ar", "await_platform_decision", country="SA", name="أحمد الحربي", store="Desert Rose Store",
   sig="فريق Desert Rose Store", item="ساعة يد رجالية", price=210.00, cur="SAR", stage="escalated",
   ship={"status": "in_transit", "carrier": "Aramex", "tracking_number": "AX61029384SA"},
   seller_ev=True,
   msg="لقد صعّدت النزاع إلى المنصة لأن الطلب لم يصل حتى الآن."),
 D("d15", "sv", "await_platform_decision", country="SE", name="Emma Lindqvist", store="Nordic Pine Shop",
   sig="Nordic Pine Shop-teamet", item="Ullfilt i merinoull", price=499.00, cur="SEK",
   reason="not_as_described", problem="quality", stage="escalated",
   ship={"status": "delivered", "carrier": "PostNord", "tracking_number": "UE903827164SE"},
   seller_ev=True,
   msg="Filten noppar redan efter en tvätt. Jag har eskalerat ärendet."),
 D("d16", "cs", "escalation_reply", country="CZ", name="Tomáš Novák", store="Bohemia Crystal Store",
   sig="Tým Bohemia Crystal Store", item="Křišťálová váza", price=890.00, cur="CZK", stage="escalated",
   ship={"status": "in_transit", "carrier": "Česká pošta", "tracking_number": "RR291037465CZ"},
   msg="Čekám už příliš dlouho, proto jsem spor předal platformě."),
 D("d17", "uk", "escalation_reply", country="UA", name="Олена Коваленко", store="Kyiv Craft Store",
   sig="Команда Kyiv Craft Store", item="Вишиванка жіноча", price=1450.00, cur="UAH",
   reason="not_as_described", problem="color_or_appearance", stage="escalated",
   ship={"status": "delivered", "carrier": "Нова Пошта", "tracking_number": "NP20450019384UA"},
   msg="Вишивка зовсім іншого кольору, ніж на фото. Я передала спір на платформу."),
 D("d18", "ro", "return_instructions", country="RO", name="Andrei Popescu", store="Casa Verde Shop",
   sig="Echipa Casa Verde Shop", item="Cafetieră electrică", price=189.00, cur="RON", stage="ruled",
   reason="not_as_described", problem="not_working", ruling="return_and_refund",
   ship={"status": "delivered", "carrier": "Fan Courier", "tracking_number": "FC7730192846RO"},
   seller_extra={"return_address": "Retururi Casa Verde, Str. Fabricii 14, 400632 Cluj-Napoca, România"},
   msg="Platforma a decis returul. Unde trimit cafetiera?"),
 D("d19", "hu", "return_instructions", country="HU", name="Nagy Eszter", store="Duna Design",
   sig="A Duna Design csapata", item="Bőr kézitáska", price=15990, cur="HUF", stage="ruled",
   reason="not_as_described", problem="quality", ruling="return_and_refund",
   ship={"status": "delivered", "carrier": "Magyar Posta", "tracking_number": "RB550938271HU"},
   ret={"status": "not_shipped"},
   seller_extra={"return_address": "Duna Design Visszáru, Váci út 88, 1133 Budapest, Magyarország"},
   msg="Rendben, visszaküldöm a táskát. Melyik címre?"),
 D("d20", None, "return_received", country="GR", name="Νίκος Παπαδόπουλος", store="Aegean Goods",
   sig="Η ομάδα του Aegean Goods", item="Κεραμικό σερβίτσιο τσαγιού", price=54.00, cur="EUR", stage="ruled",
   reason="not_as_described", problem="damaged", ruling="return_and_refund",
   ship={"status": "delivered", "carrier": "ΕΛΤΑ", "tracking_number": "RE448102937GR"},
   ret={"status": "received", "tracking_number": "RR019283746GR"},
   seller_extra={"return_address": "Aegean Goods Returns, Odos Ermou 21, 10563 Athina, Greece"},
   msg="Έστειλα πίσω το σερβίτσιο. Το λάβατε;"),
 D("d21", None, "return_received", country="DK", name="Mette Jensen", store="Hygge Home Store",
   sig="Hygge Home Store-teamet", item="Uldplaid", price=349.00, cur="DKK", stage="ruled",
   reason="not_as_described", problem="color_or_appearance", ruling="return_and_refund",
   ship={"status": "delivered", "carrier": "PostNord", "tracking_number": "UD117392048DK"},
   ret={"status": "received", "tracking_number": "UD228401937DK"},
   msg="Plaiden er sendt retur. Hvornår får jeg pengene?"),
 D("d22", "fi", "evidence_by_problem_type", country="FI", name="Mikko Virtanen", store="Revontuli Tech",
   sig="Revontuli Techin tiimi", item="Langaton latausalusta", price=29.90, cur="EUR",
   reason="not_as_described", problem="not_working",
   ship={"status": "delivered", "carrier": "Posti", "tracking_number": "JJFI63029184700012345"},
   msg="Latausalusta ei lataa puhelinta ollenkaan. Valo vilkkuu vain punaisena."),
]
