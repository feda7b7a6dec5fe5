"""Source of the twelfth set's disputes (invented stores, buyers, items, carriers, numbers)."""


def d(id_, lang_tag, remedy_unused, reason, stage, *, shipment=None, reship=None, problem=None, seller_ev=False,
      buyer_ev=None, ruling=None, ret=None, order, buyer, messages, opened, seller):
    dis = {"id": id_, "reason": reason, "stage": stage}
    if problem:
        dis["problem"] = problem
    if shipment:
        dis["shipment"] = shipment
    if reship:
        dis["reship"] = reship
    if seller_ev:
        dis["seller_evidence_submitted"] = True
    if buyer_ev:
        dis["buyer_evidence"] = buyer_ev
    if ruling:
        dis["platform_ruling"] = ruling
    if ret:
        dis["return_shipment"] = ret
    dis["order"] = order
    dis["buyer"] = buyer
    dis["messages"] = [{"author": "buyer", "text": t, "at": a} for a, t in messages]
    dis["opened_at"] = opened
    dis["seller"] = seller
    return dis


def order(oid, title, price, cur, placed, qty=1, total=None):
    return {"id": oid, "items": [{"title": title, "quantity": qty, "unit_price": price}],
            "total": total if total is not None else price * qty, "currency": cur, "placed_at": placed}


# key -> (file stem, intended remedy, buyer language (reply language), dispute)
DISPUTES = {
 "z01": ("z01_en_evidence", "evidence_by_problem_type", "en", d(
    "DSP-2026-9120401", "en-GB", "", "not_as_described", "open", problem="size_or_fit",
    shipment={"status": "delivered", "carrier": "Cainiao / Royal Mail", "tracking_number": "LP00628154930CN"},
    order=order("8204417736120958", "Chunky cable-knit cardigan, oatmeal", 42.5, "GBP", "2026-10-28T20:11:00Z"),
    buyer={"name": "Harriet Okafor", "country": "GB", "language": "en-GB"},
    messages=[("2026-11-19T08:02:00Z", "Hi, the cardigan arrived today and honestly it's tiny. The label says L but it fits like a child's jumper, the sleeves stop halfway down my arm. The listing said true to size. Not impressed.")],
    opened="2026-11-19T08:05:00Z",
    seller={"store_name": "Wrenfield Knitwear", "signature": "Tom, Wrenfield Knitwear"})),
 "z02": ("z02_es_evidence", "evidence_by_problem_type", "es", d(
    "DSP-2026-9120402", "es-MX", "", "not_as_described", "open", problem="not_working",
    shipment={"status": "delivered", "carrier": "Cainiao / Estafeta", "tracking_number": "CNMX0047718203"},
    order=order("8204418890012374", "Audífonos inalámbricos con estuche de carga", 649, "MXN", "2026-10-30T02:40:00Z"),
    buyer={"name": "Rodrigo Saldívar", "country": "MX", "language": "es-MX"},
    messages=[("2026-11-18T23:15:00Z", "Buenas noches, me llegaron los audífonos pero el izquierdo no suena nada, ya los cargué toda la noche y nada. Ni siquiera prende la lucecita. ¿Qué hago?")],
    opened="2026-11-18T23:20:00Z",
    seller={"store_name": "TecnoRumbo", "signature": "Equipo TecnoRumbo"})),
 "z03": ("z03_ja_evidence", "evidence_by_problem_type", "ja", d(
    "DSP-2026-9120403", "ja", "", "not_as_described", "open", problem="missing_parts",
    shipment={"status": "delivered", "carrier": "Cainiao / Japan Post", "tracking_number": "LP00630027784CN"},
    order=order("8204420017733561", "木製組み立て本棚 ナチュラル", 8900, "JPY", "2026-11-01T05:30:00Z"),
    buyer={"name": "佐々木 結衣", "country": "JP", "language": "ja"},
    messages=[("2026-11-20T11:00:00Z", "本棚が届きましたが、ネジと棚板が一枚足りません。説明書どおりに組み立てられず困っています。対応をお願いします。")],
    opened="2026-11-20T11:04:00Z",
    seller={"store_name": "Hinoki Craft", "signature": "Hinoki Craft サポートチーム"})),
 "z04": ("z04_de_customs", "customs_clearance", "de", d(
    "DSP-2026-9120404", "de", "", "not_received", "open",
    shipment={"status": "customs_hold", "carrier": "China Post / Deutsche Post", "tracking_number": "RR448120937CN",
              "shipped_at": "2026-10-24", "duties_payer": "buyer"},
    order=order("8204421150098832", "Carbon-Sattelstütze, matt", 74, "EUR", "2026-10-21T16:45:00Z"),
    buyer={"name": "Jörg Hallmann", "country": "DE", "language": "de"},
    messages=[("2026-11-17T10:30:00Z", "Guten Tag, laut Sendungsverfolgung liegt die Sattelstütze seit Tagen beim Zoll. Ich habe keine Benachrichtigung bekommen und weiß nicht, was ich jetzt tun soll. Bitte um Klärung.")],
    opened="2026-11-17T10:32:00Z",
    seller={"store_name": "Velomax Parts", "signature": "Ihr Team von Velomax Parts"})),
 "z05": ("z05_pl_customs", "customs_clearance", "pl", d(
    "DSP-2026-9120405", "pl", "", "not_received", "open",
    shipment={"status": "customs_hold", "carrier": "YunExpress / InPost", "tracking_number": "YT2609331847201",
              "shipped_at": "2026-10-26", "duties_payer": "seller"},
    order=order("8204422276610045", "Lampa sufitowa z rattanu", 219, "PLN", "2026-10-23T09:12:00Z"),
    buyer={"name": "Magdalena Wróbel", "country": "PL", "language": "pl"},
    messages=[("2026-11-16T19:05:00Z", "Dzień dobry, paczka utknęła w urzędzie celnym. Czy ja mam coś płacić? Przy zakupie nic nie było o cle. Proszę o informację.")],
    opened="2026-11-16T19:07:00Z",
    seller={"store_name": "Lumina Home", "signature": "Zespół Lumina Home"})),
 "z06": ("z06_el_customs", "customs_clearance", "el", d(
    "DSP-2026-9120406", "el", "", "not_received", "open",
    shipment={"status": "customs_hold", "carrier": "Cainiao / ΕΛΤΑ", "tracking_number": "LE903184422CN",
              "shipped_at": "2026-10-27"},
    order=order("8204423381174409", "Ηλεκτρική σκούπα χειρός", 89.9, "EUR", "2026-10-25T13:50:00Z"),
    buyer={"name": "Νικόλαος Παπαδάκης", "country": "GR", "language": "el"},
    messages=[("2026-11-18T07:45:00Z", "Καλημέρα, το δέμα μου είναι στο τελωνείο εδώ και μέρες και κανείς δεν μου λέει τι πρέπει να γίνει. Τι συμβαίνει;")],
    opened="2026-11-18T07:47:00Z",
    seller={"store_name": "Aegean Gadgets", "signature": "Η ομάδα του Aegean Gadgets"})),
 "z07": ("z07_fr_extend", "extend_delivery_time", "fr", d(
    "DSP-2026-9120407", "fr-CA", "", "not_received", "open",
    shipment={"status": "in_transit", "carrier": "Hongkong Post / Postes Canada", "tracking_number": "UB338207164HK",
              "shipped_at": "2026-10-29"},
    order=order("8204424402259316", "Ensemble de pinceaux aquarelle", 38.75, "CAD", "2026-10-26T22:18:00Z"),
    buyer={"name": "Geneviève Tremblay", "country": "CA", "language": "fr-CA"},
    messages=[("2026-11-21T14:20:00Z", "Bonjour, ça fait des semaines que j'attends mes pinceaux et le suivi ne bouge presque pas. J'ai ouvert un litige parce que j'ai peur de ne jamais les recevoir.")],
    opened="2026-11-21T14:22:00Z",
    seller={"store_name": "Atelier Boréal", "signature": "L'équipe Atelier Boréal", "protection_extension_days": 20})),
 "z08": ("z08_pt_extend", "extend_delivery_time", "pt", d(
    "DSP-2026-9120408", None, "", "not_received", "open",
    shipment={"status": "in_transit", "carrier": "Cainiao / CTT", "tracking_number": "LP00631185520CN",
              "shipped_at": "2026-10-31"},
    order=order("8204425519903387", "Cortinas de linho lavado, cor areia", 56.4, "EUR", "2026-10-29T18:00:00Z"),
    buyer={"name": "Inês Carvalho", "country": "PT"},
    messages=[("2026-11-22T09:40:00Z", "Boa tarde. Encomendei as cortinas há quase um mês e ainda não chegaram. O seguimento diz que está em trânsito mas não vejo atualizações há muitos dias. Estou a ficar preocupada e por isso abri a disputa. Podem verificar, por favor? Obrigada.")],
    opened="2026-11-22T09:42:00Z",
    seller={"store_name": "Casa Miravento", "signature": "Equipa Casa Miravento"})),
 "z09": ("z09_nl_offer_reship", "offer_reshipment", "nl", d(
    "DSP-2026-9120409", "nl", "", "not_received", "open",
    shipment={"status": "lost", "carrier": "Cainiao / PostNL", "tracking_number": "CNNLD0042177365",
              "shipped_at": "2026-10-12"},
    order=order("8204426630047721", "Set bamboe plantenstokken", 24.95, "EUR", "2026-10-10T08:25:00Z"),
    buyer={"name": "Sander de Vries", "country": "NL", "language": "nl"},
    messages=[("2026-11-15T12:00:00Z", "Hallo, volgens PostNL is mijn pakket zoekgeraakt. Wat nu?")],
    opened="2026-11-15T12:03:00Z",
    seller={"store_name": "Groenhart Tuin", "signature": "Team Groenhart Tuin"})),
 "z10": ("z10_sv_offer_reship", "offer_reshipment", "sv", d(
    "DSP-2026-9120410", "sv", "", "not_received", "open",
    shipment={"status": "lost", "carrier": "China Post / PostNord", "tracking_number": "RS771026489CN",
              "shipped_at": "2026-10-08"},
    reship={"buyer_answer": "asked"},
    order=order("8204427741185560", "Ullfilt i merinoull, grå", 549, "SEK", "2026-10-05T15:10:00Z"),
    buyer={"name": "Elin Lindqvist", "country": "SE", "language": "sv"},
    messages=[("2026-11-14T17:30:00Z", "Hej! PostNord säger att paketet har försvunnit. Jag svarade inte på er förra fråga eftersom jag var bortrest, förlåt. Vad händer nu?")],
    opened="2026-11-14T17:33:00Z",
    seller={"store_name": "Nordvik Textil", "signature": "Nordvik Textil kundtjänst"})),
 "z11": ("z11_cs_confirm_reship", "confirm_reshipment", "cs", d(
    "DSP-2026-9120411", "cs", "", "not_received", "open",
    shipment={"status": "lost", "carrier": "China Post / Česká pošta", "tracking_number": "LZ220184736CN",
              "shipped_at": "2026-10-09"},
    reship={"buyer_answer": "agreed", "tracking_number": "RX480016623CN"},
    order=order("8204428852296614", "Keramická konvice na čaj", 689, "CZK", "2026-10-06T10:00:00Z"),
    buyer={"name": "Tereza Dvořáková", "country": "CZ", "language": "cs"},
    messages=[("2026-11-13T08:50:00Z", "Dobrý den, ano, prosím pošlete konvici znovu, adresa je stále stejná. Děkuji.")],
    opened="2026-11-12T16:00:00Z",
    seller={"store_name": "Tea Garden Store", "signature": "Tým Tea Garden Store"})),
 "z12": ("z12_uk_confirm_reship", "confirm_reshipment", "uk", d(
    "DSP-2026-9120412", "uk", "", "not_received", "open",
    shipment={"status": "lost", "carrier": "Cainiao / Нова пошта", "tracking_number": "LV771803365CN",
              "shipped_at": "2026-10-11"},
    reship={"buyer_answer": "agreed", "tracking_number": "LV772955012CN"},
    order=order("8204429963307718", "Дитячий рюкзак з котиком", 1150, "UAH", "2026-10-09T07:35:00Z"),
    buyer={"name": "Олена Коваленко", "country": "UA", "language": "uk"},
    messages=[("2026-11-15T09:10:00Z", "Добрий день! Так, я згодна, щоб ви надіслали рюкзак ще раз. Донька дуже чекає. Дякую!")],
    opened="2026-11-14T11:00:00Z",
    seller={"store_name": "Kvitka Kids", "signature": "Команда Kvitka Kids"})),
 "z13": ("z13_ru_partial", "propose_partial_or_return", "ru", d(
    "DSP-2026-9120413", None, "", "not_as_described", "escalated", problem="quality",
    buyer_ev=[{"kind": "photo", "note": "шов на крыше палатки разошёлся"}, {"kind": "video", "note": "палатка протекает под душем"}],
    shipment={"status": "delivered", "carrier": "Cainiao / Почта России", "tracking_number": "LP00633490017CN"},
    order=order("8204430074418825", "Палатка трёхместная туристическая", 4890, "RUB", "2026-10-15T12:00:00Z"),
    buyer={"name": "Дмитрий Соколов", "country": "RU"},
    messages=[("2026-11-10T18:00:00Z", "Здравствуйте. Палатка пришла с разошедшимся швом на крыше, при первом же дожде она протекла. Я приложил фото и видео. Переписка ни к чему не привела, поэтому я обратился на платформу."),
              ("2026-11-12T09:00:00Z", "Жду вашего предложения, вещь в таком виде пользоваться невозможно.")],
    opened="2026-11-10T18:02:00Z",
    seller={"store_name": "Tundra Outdoor", "signature": "Команда Tundra Outdoor"})),
 "z14": ("z14_ko_partial", "propose_partial_or_return", "ko", d(
    "DSP-2026-9120414", "ko", "", "not_as_described", "escalated", problem="color_or_appearance",
    buyer_ev=[{"kind": "photo", "note": "상품 사진과 실제 색상 비교"}],
    shipment={"status": "delivered", "carrier": "Cainiao / CJ대한통운", "tracking_number": "CJK3300871265"},
    order=order("8204431185529936", "린넨 셔츠 원피스 (라벤더)", 58000, "KRW", "2026-10-20T03:00:00Z"),
    buyer={"name": "김민준", "country": "KR", "language": "ko"},
    messages=[("2026-11-11T02:00:00Z", "라벤더 색상을 주문했는데 받은 건 거의 회색이에요. 사진 첨부했습니다. 판매자님이 답이 없어서 플랫폼에 올렸어요.")],
    opened="2026-11-11T02:05:00Z",
    seller={"store_name": "Haneul Atelier", "signature": "Haneul Atelier 고객센터"})),
 "z15": ("z15_it_partial", "propose_partial_or_return", "it", d(
    "DSP-2026-9120415", "it", "", "not_as_described", "escalated", problem="damaged",
    buyer_ev=[{"kind": "photo", "note": "paralume ammaccato"}, {"kind": "photo", "note": "scatola schiacciata"}],
    shipment={"status": "delivered", "carrier": "Cainiao / Poste Italiane", "tracking_number": "LP00634517738CN"},
    order=order("8204432296630047", "Lampada da tavolo in ottone", 129, "EUR", "2026-10-18T19:20:00Z"),
    buyer={"name": "Chiara Bellini", "country": "IT", "language": "it"},
    messages=[("2026-11-12T16:40:00Z", "Buongiorno, la lampada è arrivata con il paralume ammaccato e la scatola schiacciata. Ho mandato le foto. Mi dispiace ma così non posso usarla.")],
    opened="2026-11-12T16:41:00Z",
    seller={"store_name": "Ottone & Luce", "signature": "Lo staff di Ottone & Luce", "max_partial_refund_pct": 25})),
 "z16": ("z16_en_partial", "propose_partial_or_return", "en", d(
    "DSP-2026-9120416", "en-US", "", "not_as_described", "escalated", problem="wrong_item",
    buyer_ev=[{"kind": "photo", "note": "pour-over kettle received instead of French press"}],
    shipment={"status": "delivered", "carrier": "Cainiao / USPS", "tracking_number": "LP00635629952CN"},
    order=order("8204433307741158", "Stainless steel French press", 64.99, "USD", "2026-10-19T01:10:00Z"),
    buyer={"name": "Marcus Delgado", "country": "US", "language": "en-US"},
    messages=[("2026-11-13T21:30:00Z", "I ordered a French press and got a gooseneck pour-over kettle. Sent you photos days ago, no answer, so I escalated.")],
    opened="2026-11-13T21:31:00Z",
    seller={"store_name": "Brewline Supply", "signature": "Dana | Brewline Supply"})),
 "z17": ("z17_tr_await", "await_platform_decision", "tr", d(
    "DSP-2026-9120417", "tr", "", "not_received", "escalated", seller_ev=True,
    shipment={"status": "delivered", "carrier": "Cainiao / PTT Kargo", "tracking_number": "LP00636730166CN"},
    order=order("8204434418852269", "Deri erkek cüzdanı", 1249.9, "TRY", "2026-10-14T11:45:00Z"),
    buyer={"name": "Elif Yıldız", "country": "TR", "language": "tr"},
    messages=[("2026-11-09T13:00:00Z", "Merhaba, takipte teslim edildi yazıyor ama ben hiçbir şey almadım. Anlaşmazlığı platforma taşıdım çünkü cevap alamadım.")],
    opened="2026-11-09T13:02:00Z",
    seller={"store_name": "Kervan Deri", "signature": "Kervan Deri Ekibi"})),
 "z18": ("z18_zh_await", "await_platform_decision", "zh", d(
    "DSP-2026-9120418", "zh-CN", "", "not_as_described", "escalated", problem="counterfeit", seller_ev=True,
    shipment={"status": "delivered", "carrier": "Cainiao / SF Express", "tracking_number": "SF1428836617290"},
    order=order("8204435529963370", "真丝睡衣套装", 328, "CNY", "2026-10-16T04:00:00Z"),
    buyer={"name": "王丽华", "country": "CN", "language": "zh-CN"},
    messages=[("2026-11-10T06:30:00Z", "你们卖的根本不是真丝，摸起来就是化纤。我已经申请平台介入了。")],
    opened="2026-11-10T06:31:00Z",
    seller={"store_name": "Silkway Home", "signature": "Silkway Home 客服团队"})),
 "z19": ("z19_hu_escalation", "escalation_reply", "hu", d(
    "DSP-2026-9120419", "hu", "", "not_received", "escalated",
    shipment={"status": "in_transit", "carrier": "Cainiao / Magyar Posta", "tracking_number": "LP00637841280CN"},
    order=order("8204436630074481", "Hordozható Bluetooth hangszóró", 18990, "HUF", "2026-10-13T14:30:00Z"),
    buyer={"name": "Kovács Bence", "country": "HU", "language": "hu"},
    messages=[("2026-11-08T20:10:00Z", "Elegem van a várakozásból, a csomag még mindig nem érkezett meg. Továbbítottam a vitát a platformnak.")],
    opened="2026-11-08T20:12:00Z",
    seller={"store_name": "Dunaport Electronics", "signature": "A Dunaport Electronics csapata"})),
 "z20": ("z20_ro_escalation", "escalation_reply", "ro", d(
    "DSP-2026-9120420", "ro", "", "not_as_described", "escalated", problem="quality",
    shipment={"status": "delivered", "carrier": "Cainiao / Poșta Română", "tracking_number": "LP00638952394CN"},
    order=order("8204437741185592", "Rochie de seară din satin", 245, "RON", "2026-10-17T17:00:00Z"),
    buyer={"name": "Andreea Popescu", "country": "RO", "language": "ro"},
    messages=[("2026-11-11T10:15:00Z", "Rochia are fire trase și cusăturile sunt strâmbe. Am escaladat disputa pentru că nu mai aveam răbdare.")],
    opened="2026-11-11T10:16:00Z",
    seller={"store_name": "Bucur Fashion", "signature": "Echipa Bucur Fashion"})),
 "z21": ("z21_da_return_instr", "return_instructions", "da", d(
    "DSP-2026-9120421", "da", "", "not_as_described", "ruled", problem="not_working", ruling="return_and_refund",
    ret={"status": "not_shipped"},
    shipment={"status": "delivered", "carrier": "Cainiao / PostNord", "tracking_number": "LP00639063408CN"},
    order=order("8204438852296603", "Kaffekværn i rustfrit stål", 399, "DKK", "2026-10-11T09:00:00Z"),
    buyer={"name": "Mette Kjær", "country": "DK", "language": "da"},
    messages=[("2026-11-07T15:00:00Z", "Kværnen virker ikke, motoren brummer bare. Platformen har nu givet mig ret. Hvor skal jeg sende den hen?")],
    opened="2026-11-01T15:00:00Z",
    seller={"store_name": "Fjordline Trading", "signature": "Fjordline Trading kundeservice",
            "return_address": "Fjordline Trading Returns, Lagervej 7, 6000 Kolding, Denmark"})),
 "z22": ("z22_fi_return_instr", "return_instructions", "fi", d(
    "DSP-2026-9120422", "fi", "", "not_as_described", "ruled", problem="size_or_fit", ruling="return_and_refund",
    shipment={"status": "delivered", "carrier": "Cainiao / Posti", "tracking_number": "LP00640174512CN"},
    order=order("8204439963307714", "Untuvatakki, musta", 149, "EUR", "2026-10-12T08:00:00Z"),
    buyer={"name": "Aino Virtanen", "country": "FI", "language": "fi"},
    messages=[("2026-11-06T12:00:00Z", "Takki on aivan liian pieni. Alusta päätti palautuksen ja hyvityksen. Mihin osoitteeseen lähetän sen?")],
    opened="2026-10-30T12:00:00Z",
    seller={"store_name": "Polar Gear", "signature": "Polar Gear -tiimi",
            "return_address": "Polar Gear Returns, Room 1208, Building B, 88 Xinhua Road, Longhua District, Shenzhen 518109, China"})),
 "z23": ("z23_ar_return_received", "return_received", "ar", d(
    "DSP-2026-9120423", "ar", "", "not_as_described", "ruled", problem="not_working", ruling="return_and_refund",
    ret={"status": "received", "tracking_number": "RA339102847AE"},
    shipment={"status": "delivered", "carrier": "Cainiao / Emirates Post", "tracking_number": "LP00641285626CN"},
    order=order("8204440074418830", "ساعة ذكية رياضية", 420, "AED", "2026-10-08T10:00:00Z"),
    buyer={"name": "سارة المنصوري", "country": "AE", "language": "ar"},
    messages=[("2026-11-18T09:00:00Z", "مرحباً، لقد أرسلت الساعة إليكم منذ فترة. هل وصلت؟ متى سأسترد أموالي؟")],
    opened="2026-10-25T09:00:00Z",
    seller={"store_name": "Falcon Tech", "signature": "فريق Falcon Tech",
            "return_address": "Falcon Tech Returns, Unit 5, Jebel Ali Free Zone, Dubai, UAE"})),
 "z24": ("z24_es_return_received", "return_received", "es", d(
    "DSP-2026-9120424", None, "", "not_received", "ruled",
    ret={"status": "received", "tracking_number": "ES77120039845"},
    shipment={"status": "delivered", "carrier": "Cainiao / Correos Express", "tracking_number": "LP00642396730CN"},
    order=order("8204441185529947", "Zapatillas de trail running", 95, "EUR", "2026-10-05T18:30:00Z"),
    buyer={"name": "Javier Ortega Ruiz", "country": "ES"},
    messages=[("2026-11-19T19:20:00Z", "Hola, os devolví las zapatillas la semana pasada con Correos Express, según el seguimiento ya os han llegado. ¿Cuándo me devolvéis el dinero? Gracias de antemano.")],
    opened="2026-10-28T19:20:00Z",
    seller={"store_name": "Sierra Alta Sport", "signature": "Equipo Sierra Alta Sport"})),
}
