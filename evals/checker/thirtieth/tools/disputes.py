"""Write the 24 hand-made disputes of the thirtieth set."""
import json, pathlib
OUT = pathlib.Path(__file__).resolve().parent.parent / "disputes"
OUT.mkdir(exist_ok=True)

SIGS = {2: "Equipo TecnoPunto", 3: "Команда «Уютный Дом»", 4: "Hikari Goods サポート担当", 5: "L'équipe Boréal Outdoor",
        7: "Il team di Casa Sapori", 8: "Equipe Lar Doce Lar", 9: "Team BakHuis", 10: "Adım Ayakkabı Müşteri Hizmetleri",
        11: "서울핏 고객센터", 12: "好物小舖 客服團隊", 13: "فريق متجر النخبة", 14: "Nordvärme kundtjänst",
        16: "Echipa Jucării Vesele", 17: "A Reggeli Kávé csapata", 18: "Hygge Hjem kundeservice", 19: "Pikku Sade -tiimi",
        20: "Zespół Szkło i Światło", 21: "Команда «Енергія»", 22: "Η ομάδα του Ξυράφι", 24: "键客工坊客服团队"}


def d(n, slug, *, reason, stage, lang, country, name, items, cur, oid, msg, opened, problem=None, ship=None,
      reship=None, seller=None, bev=None, sev=False, ruling=None, ret=None, placed=None):
    total = round(sum(q * p for _, q, p in items), 2)
    if cur in ("JPY", "KRW", "HUF"):
        total = int(total)
    x = {"id": f"DSP-2026-30{n:02d}{n*7%10}", "reason": reason, "stage": stage}
    if problem: x["problem"] = problem
    if ship: x["shipment"] = ship
    if reship: x["reship"] = reship
    if sev: x["seller_evidence_submitted"] = True
    if bev: x["buyer_evidence"] = bev
    if ruling: x["platform_ruling"] = ruling
    if ret: x["return_shipment"] = ret
    x["order"] = {"id": oid, "items": [{"title": t, "quantity": q, "unit_price": p} for t, q, p in items],
                  "total": total, "currency": cur}
    if placed: x["order"]["placed_at"] = placed
    x["buyer"] = {"name": name, "country": country, "language": lang}
    x["messages"] = [{"author": "buyer", "at": opened, "text": msg}]
    x["opened_at"] = opened
    if seller:
        if n in SIGS and "signature" not in seller:
            seller = {**seller, "signature": SIGS[n]}
        x["seller"] = seller
    (OUT / f"ox{n:02d}_{slug}.json").write_text(json.dumps(x, ensure_ascii=False, indent=2) + "\n")

d(1, "evidence_en", reason="not_as_described", problem="damaged", stage="open", lang="en-GB", country="GB",
  name="Olivia Hartley", items=[("Ceramic pour-over coffee set", 1, 32.5)], cur="GBP", oid="8301100450017722",
  msg="The dripper arrived with a crack down one side and the box was dented.", opened="2026-11-20T09:14:00Z",
  ship={"status": "delivered", "carrier": "Royal Mail", "tracking_number": "RM554102938GB"},
  seller={"store_name": "Kettle & Pine", "max_partial_refund_pct": 25})
d(2, "transit_es", reason="not_received", stage="open", lang="es-MX", country="MX", name="Diego Ramírez",
  items=[("Audífonos inalámbricos deportivos", 2, 349.0)], cur="MXN", oid="8302200981234455",
  msg="Ya pasaron semanas y mi pedido no llega. Quiero mi dinero.", opened="2026-11-18T15:40:00Z",
  ship={"status": "in_transit", "carrier": "Cainiao / Estafeta", "tracking_number": "LP00418822730CN", "shipped_at": "2026-10-30"},
  seller={"store_name": "TecnoPunto", "protection_extension_days": 20})
d(3, "partial_ru", reason="not_as_described", problem="quality", stage="escalated", lang="ru", country="RU",
  name="Анна Соколова", items=[("Шерстяной плед 150x200", 1, 4200.0)], cur="RUB", oid="8303300712093388",
  msg="Плед сильно линяет и пахнет химией, совсем не как на фото.", opened="2026-11-15T07:02:00Z",
  ship={"status": "delivered", "carrier": "Почта России", "tracking_number": "RA661204518CN"},
  bev=[{"kind": "photo", "note": "ворс на диване"}], seller={"store_name": "Уютный Дом", "max_partial_refund_pct": 20})
d(4, "return_ja", reason="not_as_described", problem="wrong_item", stage="ruled", lang="ja", country="JP",
  name="佐藤 美咲", items=[("ステンレス製弁当箱 2段", 1, 3480)], cur="JPY", oid="8304400133577201",
  msg="注文したのは2段のものですが、届いたのは1段でした。", opened="2026-11-10T02:30:00Z", ruling="return_and_refund",
  ship={"status": "delivered", "carrier": "Japan Post", "tracking_number": "EJ730018244CN"},
  seller={"store_name": "Hikari Goods", "return_address": "Room 502, Building 7, Longhua Industrial Park, Shenzhen 518109, China"})
d(5, "reship_confirm_fr", reason="not_received", stage="open", lang="fr-CA", country="CA", name="Julien Tremblay",
  items=[("Lampe frontale rechargeable", 1, 27.9), ("Bandeau de rechange", 2, 3.5)], cur="CAD", oid="8305500667812309",
  msg="D'accord pour un nouvel envoi, merci de me tenir au courant.", opened="2026-11-19T21:05:00Z",
  ship={"status": "lost", "carrier": "Canada Post", "tracking_number": "CP092771534CN"},
  reship={"buyer_answer": "agreed", "tracking_number": "CP092771990CN"}, seller={"store_name": "Boréal Outdoor"})
d(6, "reship_offer_de", reason="not_received", stage="open", lang="de-AT", country="AT", name="Lukas Gruber",
  items=[("Fahrradlicht-Set USB", 1, 19.95)], cur="EUR", oid="8306600249987613",
  msg="Die Sendungsverfolgung zeigt seit drei Wochen nichts mehr. Wo ist mein Paket?", opened="2026-11-21T11:11:00Z",
  ship={"status": "lost", "carrier": "Österreichische Post", "tracking_number": "LX305512876CN"},
  seller={"store_name": "Radwerk Shop", "signature": "Ihr Radwerk-Team, Sabine"})
d(7, "customs_buyer_it", reason="not_received", stage="open", lang="it", country="IT", name="Giulia Conti",
  items=[("Macchina per pasta manuale", 1, 58.0)], cur="EUR", oid="8307700553102244",
  msg="Il pacco è fermo in dogana da giorni, cosa devo fare?", opened="2026-11-17T08:45:00Z",
  ship={"status": "customs_hold", "carrier": "Poste Italiane", "tracking_number": "RB884201377CN", "duties_payer": "buyer"},
  seller={"store_name": "Casa Sapori"})
d(8, "await_pt", reason="not_as_described", problem="color_or_appearance", stage="escalated", lang="pt-BR", country="BR",
  name="Camila Ferreira", items=[("Capa de almofada de veludo", 4, 39.9)], cur="BRL", oid="8308800194455007",
  msg="As capas vieram num tom de verde bem diferente do anúncio. Abri reclamação na plataforma.", opened="2026-11-12T13:20:00Z",
  ship={"status": "delivered", "carrier": "Correios", "tracking_number": "NX120933845BR"}, sev=True,
  seller={"store_name": "Lar Doce Lar"})
d(9, "escalation_nl", reason="not_received", stage="escalated", lang="nl-BE", country="BE", name="Sofie Peeters",
  items=[("Siliconen bakmatten set", 3, 7.49)], cur="EUR", oid="8309900382716650",
  msg="Ik heb lang genoeg gewacht, daarom heb ik het geschil laten escaleren.", opened="2026-11-16T18:00:00Z",
  ship={"status": "in_transit", "carrier": "bpost", "tracking_number": "LB772013668CN"}, seller={"store_name": "BakHuis"})
d(10, "received_tr", reason="not_as_described", problem="size_or_fit", stage="ruled", lang="tr", country="TR",
  name="Emre Yılmaz", items=[("Deri kışlık bot", 1, 1850.0)], cur="TRY", oid="8310000917263301",
  msg="Botlar iki numara küçük geldi, iade ettim.", opened="2026-11-05T10:10:00Z", ruling="return_and_refund",
  ret={"status": "received", "tracking_number": "PTT4471020318TR"},
  seller={"store_name": "Adım Ayakkabı", "return_address": "Baoan District, Xixiang Road 88, Shenzhen, China"})
d(11, "evidence_ko", reason="not_as_described", problem="size_or_fit", stage="open", lang="ko", country="KR",
  name="김지훈", items=[("남성 패딩 점퍼", 1, 89000)], cur="KRW", oid="8311100446210987",
  msg="XL을 주문했는데 M 사이즈처럼 작아요.", opened="2026-11-22T04:55:00Z",
  ship={"status": "delivered", "carrier": "CJ대한통운", "tracking_number": "KR6630218845CN"},
  seller={"store_name": "서울핏", "max_partial_refund_pct": 15})
d(12, "transit_zh_tw", reason="not_received", stage="open", lang="zh-TW", country="TW", name="陳怡君",
  items=[("陶瓷保溫杯", 2, 420.0)], cur="TWD", oid="8312200761105528",
  msg="已經等了一個多月還沒收到，請問怎麼回事？", opened="2026-11-23T06:30:00Z",
  ship={"status": "in_transit", "carrier": "中華郵政", "tracking_number": "RR661044927CN"},
  seller={"store_name": "好物小舖", "protection_extension_days": 10})
d(13, "customs_seller_ar", reason="not_received", stage="open", lang="ar-SA", country="SA", name="عبدالله القحطاني",
  items=[("ساعة ذكية رياضية", 1, 299.0)], cur="SAR", oid="8313300285540976",
  msg="الشحنة محجوزة في الجمارك ويطلبون رسومًا، لماذا؟", opened="2026-11-19T12:00:00Z",
  ship={"status": "customs_hold", "carrier": "SMSA Express", "tracking_number": "SM290015533CN", "duties_payer": "seller"},
  seller={"store_name": "متجر النخبة"})
d(14, "reship_offer_sv", reason="not_received", stage="open", lang="sv", country="SE", name="Elin Lindqvist",
  items=[("Ullsockor 5-pack", 1, 249.0)], cur="SEK", oid="8314400630018843",
  msg="Paketet verkar ha försvunnit, spårningen har stått still länge.", opened="2026-11-20T16:25:00Z",
  ship={"status": "lost", "carrier": "PostNord", "tracking_number": "UE410276659SE"}, reship={"buyer_answer": "asked"},
  seller={"store_name": "Nordvärme"})
d(15, "reship_confirm_cs", reason="not_received", stage="open", lang="cs", country="CZ", name="Petr Novák",
  items=[("Sada šroubováků 24 ks", 1, 529.0)], cur="CZK", oid="8315500874402136",
  msg="Ano, pošlete to prosím znovu.", opened="2026-11-14T09:30:00Z",
  ship={"status": "lost", "carrier": "Česká pošta", "tracking_number": "RR503318826CN"},
  reship={"buyer_answer": "agreed", "tracking_number": "RR503319417CN"}, seller={"store_name": "Dílna Plus", "signature": "Tým Dílna Plus"})
d(16, "partial_ro", reason="not_as_described", problem="missing_parts", stage="escalated", lang="ro", country="RO",
  name="Andreea Popescu", items=[("Set de mobilier pentru păpuși", 1, 189.0)], cur="RON", oid="8316600327781904",
  msg="Lipsesc două scaune și instrucțiunile din cutie.", opened="2026-11-13T14:14:00Z",
  ship={"status": "delivered", "carrier": "Fan Courier", "tracking_number": "FC118830274RO"},
  bev=[{"kind": "photo"}, {"kind": "video", "note": "unboxing"}], seller={"store_name": "Jucării Vesele", "max_partial_refund_pct": 40})
d(17, "return_hu", reason="not_as_described", problem="not_working", stage="ruled", lang="hu", country="HU",
  name="Kovács Eszter", items=[("Elektromos tejhabosító", 1, 12990)], cur="HUF", oid="8317700591230067",
  msg="A habosító egyáltalán nem kapcsol be.", opened="2026-11-08T17:45:00Z", ruling="return_and_refund",
  ret={"status": "not_shipped"},
  seller={"store_name": "Reggeli Kávé", "return_address": "Unit 3, 15 Huancheng Road, Yiwu, Zhejiang 322000, China"})
d(18, "await_da", reason="not_received", stage="escalated", lang="da", country="DK", name="Mads Kristensen",
  items=[("Termokande 1 liter", 1, 179.0)], cur="DKK", oid="8318800103349921",
  msg="Jeg har stadig ikke fået noget, så nu må platformen tage stilling.", opened="2026-11-11T19:30:00Z",
  ship={"status": "delivered", "carrier": "GLS", "tracking_number": "GL88120447DK"}, sev=True, seller={"store_name": "Hygge Hjem"})
d(19, "escalation_fi", reason="not_as_described", problem="other", stage="escalated", lang="fi", country="FI",
  name="Aino Virtanen", items=[("Lasten sadetakki", 1, 34.9)], cur="EUR", oid="8319900468125570",
  msg="Takki ei ole sellainen kuin kuvauksessa luvattiin, siksi laitoin asian eteenpäin.", opened="2026-11-18T08:05:00Z",
  ship={"status": "delivered", "carrier": "Posti", "tracking_number": "JJFI64402119CN"}, seller={"store_name": "Pikku Sade"})
d(20, "received_pl", reason="not_as_described", problem="damaged", stage="ruled", lang="pl", country="PL",
  name="Katarzyna Wójcik", items=[("Szklany wazon ręcznie malowany", 1, 119.0)], cur="PLN", oid="8320000229983314",
  msg="Wazon przyszedł pęknięty, odesłałam go zgodnie z decyzją.", opened="2026-11-06T12:40:00Z",
  ret={"status": "received", "tracking_number": "PX771203356PL"},
  seller={"store_name": "Szkło i Światło", "return_address": "Room 8, 21 Jinhu Road, Guangzhou, China"})
d(21, "evidence_uk", reason="not_as_described", problem="not_working", stage="open", lang="uk", country="UA",
  name="Олександр Мельник", items=[("Портативний павербанк 20000 мАг", 1, 1150.0)], cur="UAH", oid="8321100785512093",
  msg="Павербанк не заряджається і не заряджає телефон.", opened="2026-11-24T10:20:00Z",
  ship={"status": "delivered", "carrier": "Нова Пошта", "tracking_number": "NP590127733CN"}, seller={"store_name": "Енергія"})
d(22, "customs_el", reason="not_received", stage="open", lang="el", country="GR", name="Γιώργος Παπαδόπουλος",
  items=[("Ηλεκτρική μηχανή ξυρίσματος", 1, 45.0)], cur="EUR", oid="8322200317760482",
  msg="Το δέμα έχει κολλήσει στο τελωνείο. Τι πρέπει να κάνω;", opened="2026-11-21T07:50:00Z",
  ship={"status": "customs_hold", "carrier": "ELTA Courier", "tracking_number": "EL203348817CN"}, seller={"store_name": "Ξυράφι"})
d(23, "partial_en", reason="not_as_described", problem="counterfeit", stage="escalated", lang="en-US", country="US",
  name="Marcus Bell", items=[("Leather bifold wallet", 1, 44.0), ("Gift box", 1, 6.0)], cur="USD", oid="8323300650044719",
  msg="The wallet is clearly not real leather, the stitching is coming apart and the logo is different.", opened="2026-11-22T22:10:00Z",
  ship={"status": "delivered", "carrier": "USPS", "tracking_number": "9400110200881234567890"},
  bev=[{"kind": "photo"}, {"kind": "screenshot", "note": "listing"}], seller={"store_name": "Oak Leather Co.", "max_partial_refund_pct": 35})
d(24, "reship_offer_zh", reason="not_received", stage="open", lang="zh-CN", country="CN", name="王磊",
  items=[("蓝牙机械键盘", 1, 259.0)], cur="CNY", oid="8324400502218876",
  msg="物流信息一直没更新，客服说包裹可能丢了。", opened="2026-11-25T03:15:00Z",
  ship={"status": "lost", "carrier": "YunExpress", "tracking_number": "YT2311004578231"}, seller={"store_name": "键客工坊"})
