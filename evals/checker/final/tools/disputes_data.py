"""Source of the final held-out disputes (contract format). name -> (intended remedy, dispute dict)."""


def _d(id_, reason, stage, *, problem=None, ship=None, order=None, buyer=None, msgs=(), opened=None,
       seller=None, reship=None, seller_ev=False, buyer_ev=None, ruling=None, ret=None):
    d = {"id": id_, "reason": reason, "stage": stage}
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
    d["order"] = order
    d["buyer"] = buyer
    d["messages"] = [{"author": a, "at": t, "text": x} for a, t, x in msgs]
    if opened:
        d["opened_at"] = opened
    if seller:
        d["seller"] = seller
    return d


def _o(id_, title, price, cur, placed=None, qty=1):
    o = {"id": id_, "items": [{"title": title, "quantity": qty, "unit_price": price}],
         "total": round(price * qty, 2), "currency": cur}
    if placed:
        o["placed_at"] = placed
    return o


DISPUTES = {
    "k01_en_evidence_by_problem_type": ("evidence_by_problem_type", _d(
        "DSP-2027-3100401", "not_as_described", "open", problem="damaged",
        ship={"status": "delivered", "carrier": "Cainiao / Royal Mail", "tracking_number": "LP00418822915CN"},
        order=_o("3021448790126655", "Glass teapot set with bamboo tray", 31.4, "GBP", "2026-11-02T11:20:00Z"),
        buyer={"name": "Harriet Cole", "country": "GB", "language": "en-GB"},
        msgs=[("buyer", "2026-11-19T16:05:00Z", "Hello, the teapot arrived today and the lid is cracked right across, and one of the cups has a chip on the rim. The box was a bit squashed too. Quite disappointed as it was meant to be a present.")],
        opened="2026-11-19T16:07:00Z",
        seller={"store_name": "Leafline Home", "signature": "Warm regards, the Leafline Home team"})),
    "k02_es_evidence_by_problem_type": ("evidence_by_problem_type", _d(
        "DSP-2027-3100402", "not_as_described", "open", problem="wrong_item",
        ship={"status": "delivered", "carrier": "Cainiao / Estafeta", "tracking_number": "LP00722610348CN"},
        order=_o("3021990143778201", "Funda de silicona para iPhone 15 Pro, color verde salvia", 9.8, "USD", "2026-10-28T02:10:00Z"),
        buyer={"name": "Mariana Beltrán", "country": "MX", "language": "es-MX"},
        msgs=[("buyer", "2026-11-18T20:44:00Z", "Buenas tardes, pedí la funda para el iPhone 15 Pro y me llegó una para un Samsung, ni siquiera entra el teléfono. ¿Qué pasó?")],
        opened="2026-11-18T20:45:00Z",
        seller={"store_name": "CaseMundo", "signature": "Saludos cordiales, equipo CaseMundo"})),
    "k03_ko_evidence_by_problem_type": ("evidence_by_problem_type", _d(
        "DSP-2027-3100403", "not_as_described", "open", problem="missing_parts",
        ship={"status": "delivered", "carrier": "Cainiao / 한진택배", "tracking_number": "LP00590037712CN"},
        order=_o("3021557012946630", "원목 2단 책장 조립식", 45000, "KRW", "2026-10-30T09:00:00Z"),
        buyer={"name": "박서연", "country": "KR", "language": "ko"},
        msgs=[("buyer", "2026-11-20T13:12:00Z", "안녕하세요. 책장을 받았는데 선반 하나와 나사 봉투가 없어요. 조립을 할 수가 없습니다. 확인 부탁드립니다.")],
        opened="2026-11-20T13:15:00Z",
        seller={"store_name": "나무공방 스토어", "signature": "나무공방 스토어 드림"})),
    "k04_de_customs_clearance": ("customs_clearance", _d(
        "DSP-2027-3100404", "not_received", "open",
        ship={"status": "customs_hold", "carrier": "Cainiao / Deutsche Post", "tracking_number": "RQ774102395CN",
              "shipped_at": "2026-10-29", "duties_payer": "buyer"},
        order=_o("3021118874503312", "Elektrischer Milchaufschäumer Edelstahl", 58.9, "EUR", "2026-10-26T18:00:00Z"),
        buyer={"name": "Sabine Krüger", "country": "DE", "language": "de"},
        msgs=[("buyer", "2026-11-17T07:50:00Z", "Guten Tag, laut Sendungsverfolgung liegt mein Paket beim Zoll. Ich habe keine Ahnung, was ich jetzt tun soll. Bitte um Hilfe.")],
        opened="2026-11-17T07:52:00Z",
        seller={"store_name": "KüchenWerk Direct", "signature": "Mit freundlichen Grüßen, Ihr KüchenWerk-Direct-Team"})),
    "k05_pl_customs_clearance": ("customs_clearance", _d(
        "DSP-2027-3100405", "not_received", "open",
        ship={"status": "customs_hold", "carrier": "Cainiao / InPost", "tracking_number": "LP00831966207CN",
              "duties_payer": "seller"},
        order=_o("3021660918437725", "Kurtka zimowa puchowa damska, rozmiar M", 329.0, "PLN", "2026-11-01T10:30:00Z"),
        buyer={"name": "Magdalena Wójcik", "country": "PL", "language": "pl"},
        msgs=[("buyer", "2026-11-21T09:02:00Z", "Dzień dobry, paczka stoi w urzędzie celnym od tygodnia. Czy ja mam coś zapłacić? Kurtka była mi potrzebna na wyjazd.")],
        opened="2026-11-21T09:04:00Z",
        seller={"store_name": "Puchowa Polska Outlet", "signature": "Pozdrawiamy serdecznie, zespół Puchowa Polska Outlet"})),
    "k06_fr_customs_clearance": ("customs_clearance", _d(
        "DSP-2027-3100406", "not_received", "open",
        ship={"status": "customs_hold", "carrier": "Cainiao / Postes Canada", "tracking_number": "LV309284417CN"},
        order=_o("3021203377156048", "Tapis de yoga antidérapant en liège", 64.5, "CAD", "2026-10-24T22:00:00Z"),
        buyer={"name": "Geneviève Tremblay", "country": "CA"},
        msgs=[("buyer", "2026-11-16T14:20:00Z", "Bonjour, mon colis est bloqué à la douane depuis plusieurs jours et personne ne m'explique pourquoi. Est-ce que je dois payer quelque chose? Merci de me répondre rapidement, je commence à m'inquiéter.")],
        opened="2026-11-16T14:22:00Z",
        seller={"store_name": "ZenCork Studio", "signature": "Bien cordialement, l'équipe ZenCork Studio"})),
    "k07_it_extend_delivery_time": ("extend_delivery_time", _d(
        "DSP-2027-3100407", "not_received", "open",
        ship={"status": "in_transit", "carrier": "Cainiao / Poste Italiane", "tracking_number": "LP00266104839CN",
              "shipped_at": "2026-11-04"},
        order=_o("3021774420981563", "Lampada da scrivania LED pieghevole", 27.6, "EUR", "2026-11-01T08:40:00Z"),
        buyer={"name": "Lorenzo Ferraro", "country": "IT", "language": "it"},
        msgs=[("buyer", "2026-11-22T19:30:00Z", "Salve, il tracciamento è fermo da giorni e il pacco non arriva. Ho aperto la controversia perché sta per scadere la protezione.")],
        opened="2026-11-22T19:31:00Z",
        seller={"store_name": "Luce Viva Shop", "signature": "Cordiali saluti, lo staff di Luce Viva Shop",
                "protection_extension_days": 20})),
    "k08_nl_extend_delivery_time": ("extend_delivery_time", _d(
        "DSP-2027-3100408", "not_received", "open",
        ship={"status": "in_transit", "carrier": "Cainiao / PostNL", "tracking_number": "LP00937751206CN",
              "shipped_at": "2026-11-06"},
        order=_o("3021382265590417", "Fietslampenset oplaadbaar USB-C", 18.75, "EUR", "2026-11-03T12:00:00Z"),
        buyer={"name": "Sanne de Vries", "country": "NL", "language": "nl"},
        msgs=[("buyer", "2026-11-23T08:10:00Z", "Hoi, mijn bestelling is nog steeds niet binnen en ik zie al een tijd geen update. Ik wil gewoon weten waar het pakket is.")],
        opened="2026-11-23T08:12:00Z",
        seller={"store_name": "Trapkracht", "signature": "Met vriendelijke groet, team Trapkracht"})),
    "k09_pt_offer_reshipment": ("offer_reshipment", _d(
        "DSP-2027-3100409", "not_received", "open",
        ship={"status": "lost", "carrier": "Cainiao / Correios", "tracking_number": "NL604338172CN"},
        order=_o("3021845519206377", "Kit de pincéis de maquiagem com estojo", 84.9, "BRL", "2026-10-15T16:00:00Z"),
        buyer={"name": "Juliana Rocha", "country": "BR", "language": "pt-BR"},
        msgs=[("buyer", "2026-11-18T11:00:00Z", "Oi, o rastreio diz que o objeto foi extraviado. Paguei e não recebi nada. O que vocês vão fazer?")],
        opened="2026-11-18T11:02:00Z",
        seller={"store_name": "Belezura Oficial", "signature": "Um abraço, equipe Belezura Oficial"})),
    "k10_ru_offer_reshipment": ("offer_reshipment", _d(
        "DSP-2027-3100410", "not_received", "open",
        ship={"status": "lost", "carrier": "Cainiao / Почта России", "tracking_number": "LP00148827390CN"},
        reship={"buyer_answer": "asked"},
        order=_o("3021409981233470", "Термокружка с крышкой 500 мл", 1290.0, "RUB", "2026-10-20T07:30:00Z"),
        buyer={"name": "Ольга Смирнова", "country": "RU", "language": "ru"},
        msgs=[("buyer", "2026-11-19T06:45:00Z", "Здравствуйте. Трек показывает, что посылка утеряна. Я уже писала вам, но ответа нет. Что мне делать?")],
        opened="2026-11-19T06:47:00Z",
        seller={"store_name": "ТеплоДом", "signature": "С уважением, команда ТеплоДом"})),
    "k11_tr_confirm_reshipment": ("confirm_reshipment", _d(
        "DSP-2027-3100411", "not_received", "open",
        ship={"status": "lost", "carrier": "Cainiao / PTT Kargo", "tracking_number": "RS551207736CN"},
        reship={"buyer_answer": "agreed", "tracking_number": "RS551290184CN"},
        order=_o("3021267745018829", "Bluetooth kulak içi kulaklık, siyah", 749.0, "TRY", "2026-10-18T13:00:00Z"),
        buyer={"name": "Emre Yıldız", "country": "TR", "language": "tr"},
        msgs=[("buyer", "2026-11-20T10:15:00Z", "Tamam, ürünü tekrar gönderin lütfen. Adresim aynı."),],
        opened="2026-11-14T09:00:00Z",
        seller={"store_name": "SesMarket", "signature": "Saygılarımızla, SesMarket ekibi"})),
    "k12_en_confirm_reshipment": ("confirm_reshipment", _d(
        "DSP-2027-3100412", "not_received", "open",
        ship={"status": "lost", "carrier": "Cainiao / Australia Post", "tracking_number": "LP00774019258CN"},
        reship={"buyer_answer": "agreed", "tracking_number": "LP00774163302CN"},
        order=_o("3021530067712894", "Stainless steel camping cookware set", 52.3, "AUD", "2026-10-11T04:00:00Z"),
        buyer={"name": "Liam O'Connor", "country": "AU", "language": "en-AU"},
        msgs=[("buyer", "2026-11-21T23:40:00Z", "Yeah ok, send it again then. Same address as before. Hope this one actually turns up.")],
        opened="2026-11-15T02:00:00Z",
        seller={"store_name": "TrailPot Gear", "signature": "Cheers, TrailPot Gear support"})),
    "k13_fr_propose_partial_or_return": ("propose_partial_or_return", _d(
        "DSP-2027-3100413", "not_as_described", "escalated", problem="color_or_appearance",
        ship={"status": "delivered", "carrier": "Cainiao / Colissimo", "tracking_number": "LP00352918864CN"},
        buyer_ev=[{"kind": "photo", "note": "photo du rideau à la lumière du jour"}],
        order=_o("3021611290034518", "Rideaux occultants velours bleu canard (lot de 2)", 46.0, "EUR", "2026-10-19T09:00:00Z"),
        buyer={"name": "Amélie Rousseau", "country": "FR", "language": "fr"},
        msgs=[("buyer", "2026-11-20T17:25:00Z", "J'ai envoyé les photos : les rideaux sont gris foncé, pas du tout bleu canard comme sur l'annonce. Je n'ai pas eu de réponse alors j'ai fait appel à la plateforme.")],
        opened="2026-11-10T10:00:00Z",
        seller={"store_name": "Velours & Co", "signature": "Bien à vous, l'équipe Velours & Co",
                "max_partial_refund_pct": 25})),
    "k14_es_propose_partial_or_return": ("propose_partial_or_return", _d(
        "DSP-2027-3100414", "not_as_described", "escalated", problem="quality",
        ship={"status": "delivered", "carrier": "Cainiao / Correos", "tracking_number": "LP00619473025CN"},
        buyer_ev=[{"kind": "video"}, {"kind": "photo"}],
        order=_o("3021873341162905", "Zapatillas de running mujer talla 39", 54.0, "EUR", "2026-10-16T20:00:00Z"),
        buyer={"name": "Nuria Castells", "country": "ES"},
        msgs=[("buyer", "2026-11-19T12:30:00Z", "Hola, os mandé el vídeo y las fotos: la suela se despega después de dos salidas y las costuras están sueltas. Como no contestabais he escalado la disputa. Espero una solución justa, por favor.")],
        opened="2026-11-08T10:00:00Z",
        seller={"store_name": "RunPaso", "signature": "Un saludo, el equipo de RunPaso"})),
    "k15_de_propose_partial_or_return": ("propose_partial_or_return", _d(
        "DSP-2027-3100415", "not_as_described", "escalated", problem="not_working",
        ship={"status": "delivered", "carrier": "Cainiao / Österreichische Post", "tracking_number": "LP00284460917CN"},
        buyer_ev=[{"kind": "video", "note": "Video: Display bleibt schwarz"}],
        order=_o("3021094478823316", "Digitale Küchenwaage mit LCD-Display", 22.0, "EUR", "2026-10-22T15:00:00Z"),
        buyer={"name": "Florian Huber", "country": "AT", "language": "de-AT"},
        msgs=[("buyer", "2026-11-21T18:00:00Z", "Das Video habe ich hochgeladen, die Waage zeigt nach dem Einschalten nichts an, auch mit neuen Batterien nicht. Ich habe den Streitfall an die Plattform weitergegeben.")],
        opened="2026-11-12T10:00:00Z",
        seller={"store_name": "WiegeGut", "signature": "Freundliche Grüße, Ihr WiegeGut-Team",
                "max_partial_refund_pct": 20})),
    "k16_pl_await_platform_decision": ("await_platform_decision", _d(
        "DSP-2027-3100416", "not_as_described", "escalated", problem="size_or_fit",
        ship={"status": "delivered", "carrier": "Cainiao / Poczta Polska", "tracking_number": "LP00503318847CN"},
        seller_ev=True,
        order=_o("3021338802217760", "Buty trekkingowe męskie, rozmiar 43", 279.99, "PLN", "2026-10-14T10:00:00Z"),
        buyer={"name": "Tomasz Kamiński", "country": "PL", "language": "pl"},
        msgs=[("buyer", "2026-11-22T21:10:00Z", "Dlaczego nic się nie dzieje? Buty są za małe o cały numer, a wy tylko coś wysyłacie do platformy. Chcę wiedzieć, co dalej.")],
        opened="2026-11-09T10:00:00Z",
        seller={"store_name": "GórskiKrok", "signature": "Z pozdrowieniami, zespół GórskiKrok"})),
    "k17_it_escalation_reply": ("escalation_reply", _d(
        "DSP-2027-3100417", "not_received", "escalated",
        ship={"status": "in_transit", "carrier": "Cainiao / BRT", "tracking_number": "LP00815537290CN"},
        order=_o("3021926613358042", "Set di pentole antiaderenti 5 pezzi", 89.0, "EUR", "2026-10-10T10:00:00Z"),
        buyer={"name": "Chiara Bianchi", "country": "IT", "language": "it"},
        msgs=[("buyer", "2026-11-20T09:30:00Z", "Ho aspettato abbastanza. Mi avete chiesto di chiudere la controversia ma il pacco non è mai arrivato, quindi ho chiesto l'intervento della piattaforma.")],
        opened="2026-11-05T10:00:00Z",
        seller={"store_name": "CucinaFacile Store", "signature": "Un caro saluto, il team di CucinaFacile Store"})),
    "k18_ru_escalation_reply": ("escalation_reply", _d(
        "DSP-2027-3100418", "not_as_described", "escalated", problem="counterfeit",
        ship={"status": "delivered", "carrier": "Cainiao / СДЭК", "tracking_number": "LP00460029183CN"},
        order=_o("3021715590846623", "Спортивный рюкзак 30 л, чёрный", 3450.0, "RUB", "2026-10-13T10:00:00Z"),
        buyer={"name": "Дмитрий Волков", "country": "RU"},
        msgs=[("buyer", "2026-11-21T15:45:00Z", "Рюкзак выглядит как подделка, логотип кривой и ткань совсем другая. Я писал несколько раз, ответа не было, поэтому передал спор на рассмотрение платформы. Жду объяснений.")],
        opened="2026-11-07T10:00:00Z",
        seller={"store_name": "СпортЛиния", "signature": "С уважением, магазин СпортЛиния"})),
    "k19_pt_return_instructions": ("return_instructions", _d(
        "DSP-2027-3100419", "not_as_described", "ruled", problem="size_or_fit", ruling="return_and_refund",
        ship={"status": "delivered", "carrier": "Cainiao / CTT", "tracking_number": "LP00398815072CN"},
        ret={"status": "not_shipped"},
        order=_o("3021487730025196", "Vestido de linho midi, tamanho S", 39.95, "EUR", "2026-10-08T10:00:00Z"),
        buyer={"name": "Inês Carvalho", "country": "PT", "language": "pt-PT"},
        msgs=[("buyer", "2026-11-22T10:40:00Z", "Bom dia, a plataforma decidiu pela devolução. Para onde devo enviar o vestido?")],
        opened="2026-10-30T10:00:00Z",
        seller={"store_name": "Linho & Sol", "signature": "Com os melhores cumprimentos, equipa Linho & Sol",
                "return_address": "Linho & Sol Devoluções, Rua do Almada 212, 4050-031 Porto, Portugal"})),
    "k20_ko_return_instructions": ("return_instructions", _d(
        "DSP-2027-3100420", "not_as_described", "ruled", problem="damaged", ruling="return_and_refund",
        ship={"status": "delivered", "carrier": "Cainiao / CJ대한통운", "tracking_number": "LP00671204459CN"},
        ret={"status": "not_shipped"},
        order=_o("3021152298467013", "세라믹 머그컵 4개 세트", 32000, "KRW", "2026-10-09T10:00:00Z"),
        buyer={"name": "정민호", "country": "KR", "language": "ko"},
        msgs=[("buyer", "2026-11-21T08:20:00Z", "플랫폼에서 반품 후 환불로 결정됐다고 합니다. 반품 주소를 다시 알려주세요.")],
        opened="2026-10-31T10:00:00Z",
        seller={"store_name": "도자기마을", "signature": "도자기마을 고객센터 드림",
                "return_address": "경기도 이천시 신둔면 도자예술로 45, 도자기마을 반품센터"})),
    "k21_nl_return_received": ("return_received", _d(
        "DSP-2027-3100421", "not_as_described", "ruled", problem="quality", ruling="return_and_refund",
        ship={"status": "delivered", "carrier": "Cainiao / bpost", "tracking_number": "LP00118376650CN"},
        ret={"status": "received", "tracking_number": "CD204417783BE"},
        order=_o("3021650087341129", "Wollen plaid met franjes, okergeel", 49.5, "EUR", "2026-10-02T10:00:00Z"),
        buyer={"name": "Pieter Janssens", "country": "BE", "language": "nl-BE"},
        msgs=[("buyer", "2026-11-23T14:00:00Z", "Dag, het plaid is volgens de tracking bij jullie afgeleverd. Wanneer krijg ik mijn geld terug?")],
        opened="2026-10-25T10:00:00Z",
        seller={"store_name": "Warme Woning", "signature": "Hartelijke groet, team Warme Woning",
                "return_address": "Warme Woning Retouren, Postbus 1180, 3000 Leuven, België"})),
    "k22_en_return_received": ("return_received", _d(
        "DSP-2027-3100422", "not_as_described", "ruled", problem="wrong_item", ruling="return_and_refund",
        ship={"status": "delivered", "carrier": "Cainiao / USPS", "tracking_number": "LP00885120734CN"},
        ret={"status": "received", "tracking_number": "9400111899223345781020"},
        order=_o("3021708812295570", "Mechanical keyboard, brown switches, US layout", 68.0, "USD", "2026-10-03T10:00:00Z"),
        buyer={"name": "Marcus Bell", "country": "US", "language": "en-US"},
        msgs=[("buyer", "2026-11-22T16:30:00Z", "Tracking shows you got the keyboard back. Please confirm and let me know about the refund.")],
        opened="2026-10-24T10:00:00Z",
        seller={"store_name": "KeyForge Direct", "signature": "Best, the KeyForge Direct team",
                "return_address": "KeyForge Direct Returns, 1450 Industrial Way, Suite B, Ontario, CA 91761, USA"})),
}
