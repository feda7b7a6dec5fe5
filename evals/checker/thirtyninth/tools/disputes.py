"""Write the 24 hand-made disputes of this set into ../disputes/."""
import json, pathlib
OUT = pathlib.Path(__file__).resolve().parent.parent / "disputes"
OUT.mkdir(exist_ok=True)

def d(num, slug, reason, stage, buyer, lang, country, order, ship=None, problem=None, seller=None,
      msg="", opened="2026-11-10T09:00:00Z", **extra):
    o = {"id": f"OM-2026-39{num:02d}", "reason": reason, "stage": stage}
    if problem: o["problem"] = problem
    if ship: o["shipment"] = ship
    o.update(extra)
    oid, title, price, qty, cur = order
    o["order"] = {"id": oid, "items": [{"title": title, "quantity": qty, "unit_price": price}],
                  "total": round(price * qty, 2) if cur not in ("JPY", "KRW", "HUF") else int(price * qty),
                  "currency": cur}
    o["buyer"] = {"name": buyer, "country": country, "language": lang}
    if seller: o["seller"] = seller
    o["messages"] = [{"author": "buyer", "text": msg}]
    o["opened_at"] = opened
    (OUT / f"om{num:02d}_{slug}.json").write_text(json.dumps(o, ensure_ascii=False, indent=2) + "\n")

S = lambda st, car, tn, payer=None: {k: v for k, v in dict(status=st, carrier=car, tracking_number=tn, duties_payer=payer).items() if v}

d(1, "wrong_item_en", "not_as_described", "open", "Olivia Hartley", "en-GB", "GB",
  ("3041778820561934", "Stainless steel cafetière, 1 litre", 27.5, 1, "GBP"),
  S("delivered", "Royal Mail", "RM482913375GB"), problem="wrong_item",
  seller={"store_name": "Kettle & Co", "signature": "Harriet, Kettle & Co support", "max_partial_refund_pct": 25},
  msg="I ordered the cafetière and got a plastic tea infuser instead. Not what I paid for.")
d(2, "in_transit_es", "not_received", "open", "Mariana Castillo", "es-MX", "MX",
  ("3041778820562047", "Funda de silicona para tableta", 349.0, 1, "MXN"),
  S("in_transit", "Cainiao Super Economy", "LP00418827365CN"),
  seller={"store_name": "TecnoFundas", "signature": "Equipo TecnoFundas", "protection_extension_days": 20},
  msg="Ya pasó mucho tiempo y mi funda no llega. Abrí la disputa por si acaso.")
d(3, "partial_ru", "not_as_described", "escalated", "Дмитрий Соколов", "ru", "RU",
  ("3041778820563150", "Термокружка 500 мл", 1890.0, 1, "RUB"),
  S("delivered", "Почта России", "RS731002948CN"), problem="quality",
  buyer_evidence=[{"kind": "photo", "note": "крышка протекает"}],
  seller={"store_name": "ТеплоДом", "signature": "Команда ТеплоДом", "max_partial_refund_pct": 40},
  msg="Крышка протекает, приложил фото. Хочу решение.")
d(4, "return_ja", "not_as_described", "ruled", "佐藤 美咲", "ja", "JP",
  ("3041778820564263", "木製ブックスタンド", 4200, 1, "JPY"),
  S("delivered", "Japan Post", "EJ558203916JP"), problem="damaged", platform_ruling="return_and_refund",
  return_shipment={"status": "not_shipped"},
  seller={"store_name": "木工工房ひのき", "signature": "木工工房ひのき カスタマーサポート",
          "return_address": "〒581-0036 大阪府八尾市沼1-27 ひのき返品係"},
  msg="返品が認められました。返送先を教えてください。")
d(5, "reship_ok_fr", "not_received", "open", "Émilie Tremblay", "fr-CA", "CA",
  ("3041778820565376", "Gants chauffants rechargeables", 64.9, 1, "CAD"),
  S("lost", "Canada Post", "CP203948571CA"), reship={"buyer_answer": "agreed", "tracking_number": "CP203948612CA"},
  seller={"store_name": "Boutique Nordik", "signature": "L'équipe Boutique Nordik"},
  msg="D'accord, vous pouvez me renvoyer les gants.")
d(6, "offer_reship_de", "not_received", "open", "Lukas Gruber", "de-AT", "AT",
  ("3041778820566489", "Fahrradlicht-Set USB", 19.99, 2, "EUR"),
  S("lost", "Österreichische Post", "RR660481275AT"),
  seller={"store_name": "Radwerk Shop", "signature": "Ihr Radwerk-Shop-Team", "max_partial_refund_pct": 30},
  msg="Seit Wochen nichts angekommen, die Sendungsverfolgung bewegt sich nicht mehr.")
d(7, "customs_buyer_it", "not_received", "open", "Giulia Ferraro", "it", "IT",
  ("3041778820567592", "Macchina per caffè espresso manuale", 129.0, 1, "EUR"),
  S("customs_hold", "DHL Express", "JD014600038172", "buyer"),
  seller={"store_name": "Caffè Pronto Store", "signature": "Marco – Caffè Pronto Store"},
  msg="Il pacco è fermo in dogana da giorni. Cosa devo fare?")
d(8, "await_pt", "not_as_described", "escalated", "Rafael Oliveira", "pt-BR", "BR",
  ("3041778820568605", "Relógio inteligente à prova d'água", 289.9, 1, "BRL"),
  S("delivered", "Correios", "NL920384756BR"), problem="not_working", seller_evidence_submitted=True,
  seller={"store_name": "Loja Pulso", "signature": "Equipe Loja Pulso"},
  msg="Abri disputa na plataforma porque o relógio não liga.")
d(9, "escalated_nl", "not_received", "escalated", "Sanne de Vries", "nl", "NL",
  ("3041778820569718", "Set van drie plantenpotten", 34.95, 1, "EUR"),
  S("in_transit", "PostNL", "LS776120394NL"),
  seller={"store_name": "Groen Wonen", "signature": "Team Groen Wonen"},
  msg="Ik heb lang genoeg gewacht, de platform moet dit nu oplossen.")
d(10, "received_tr", "not_as_described", "ruled", "Elif Yılmaz", "tr", "TR",
  ("3041778820570821", "Seramik çay bardağı seti", 1450.0, 1, "TRY"),
  S("delivered", "PTT Kargo", "RT118374650TR"), problem="color_or_appearance", platform_ruling="return_and_refund",
  return_shipment={"status": "received", "tracking_number": "RT118399021TR"},
  seller={"store_name": "Anadolu Seramik", "signature": "Anadolu Seramik Ekibi", "return_address": "Anadolu Seramik İade, Atatürk Cad. No 58, Kütahya, Türkiye"},
  msg="Ürünü geri gönderdim, ulaştı mı?")
d(11, "not_working_ko", "not_as_described", "open", "김지훈", "ko", "KR",
  ("3041778820571934", "무선 전동 칫솔", 38900, 1, "KRW"),
  S("delivered", "CJ대한통운", "KR556201937CN"), problem="not_working",
  seller={"store_name": "브라이트 스마일", "signature": "브라이트 스마일 고객센터"},
  msg="칫솔이 충전은 되는데 전원이 안 켜져요.")
d(12, "in_transit_zh", "not_received", "open", "陳怡君", "zh-TW", "TW",
  ("3041778820572047", "藍牙機械鍵盤", 1590.0, 1, "TWD"),
  S("in_transit", "Cainiao Standard", "LP00730155928CN"),
  seller={"store_name": "快鍵數碼", "signature": "快鍵數碼客服團隊", "protection_extension_days": 10},
  msg="已經三個星期了還沒收到鍵盤，我先開了糾紛。")
d(13, "customs_seller_ar", "not_received", "open", "نور الهدى", "ar-SA", "SA",
  ("3041778820573150", "مكنسة كهربائية لاسلكية", 420.0, 1, "SAR"),
  S("customs_hold", "Aramex", "AX3390017264", "seller"),
  seller={"store_name": "بيت النظافة", "signature": "فريق بيت النظافة"},
  msg="الطرد محتجز في الجمارك، هل سأدفع رسوماً؟")
d(14, "partial_sv", "not_as_described", "escalated", "Johan Lindqvist", "sv", "SE",
  ("3041778820574263", "Ullfilt, 130 x 170 cm", 599.0, 1, "SEK"),
  S("delivered", "PostNord", "UA902814453SE"), problem="size_or_fit",
  buyer_evidence=[{"kind": "photo", "note": "måttband över filten"}],
  seller={"store_name": "Nordisk Textil", "signature": "Vänliga hälsningar, Nordisk Textil", "max_partial_refund_pct": 20},
  msg="Filten är mycket mindre än beskrivningen, se foto med måttband.")
d(15, "offer_reship_cs", "not_received", "open", "Tereza Nováková", "cs", "CZ",
  ("3041778820575376", "Sada silikonových forem na pečení", 489.0, 1, "CZK"),
  S("lost", "Česká pošta", "RR219930475CZ"), reship={"buyer_answer": "asked"},
  seller={"store_name": "Pečeme doma", "signature": "Tým Pečeme doma"},
  msg="Zásilka se ztratila, co teď?")
d(16, "return_ro", "not_as_described", "ruled", "Andrei Popescu", "ro", "RO",
  ("3041778820576489", "Căști cu anulare zgomot", 249.0, 1, "RON"),
  S("delivered", "Fan Courier", "FC7712094836"), problem="counterfeit", platform_ruling="return_and_refund",
  return_shipment={"status": "in_transit", "tracking_number": "FC7712155210"},
  seller={"store_name": "AudioLux", "signature": "Echipa AudioLux", "return_address": "AudioLux Retur, Str. Fabricii 14, 400632 Cluj-Napoca, România"},
  msg="Încă nu am trimis coletul înapoi. Vă rog să confirmați adresa de retur.")
d(17, "await_hu", "not_as_described", "escalated", "Kovács Eszter", "hu", "HU",
  ("3041778820577592", "Kerámia serpenyő 28 cm", 12990, 1, "HUF"),
  S("delivered", "Magyar Posta", "RL448201936HU"), problem="missing_parts", seller_evidence_submitted=True,
  seller={"store_name": "Konyhakirály", "signature": "Konyhakirály ügyfélszolgálat"},
  msg="Hiányzik a fedő, ezért a platformhoz fordultam.")
d(18, "reship_ok_da", "not_received", "open", "Mette Sørensen", "da", "DK",
  ("3041778820578605", "Strikket hundesweater", 179.0, 1, "DKK"),
  S("lost", "GLS", "GL55049128373"), reship={"buyer_answer": "agreed", "tracking_number": "GL55049166120"},
  seller={"store_name": "Pote & Pels", "signature": "Venlig hilsen, Pote & Pels"},
  msg="Ja tak, send den gerne igen.")
d(19, "escalated_fi", "not_as_described", "escalated", "Aino Korhonen", "fi", "FI",
  ("3041778820579718", "Pellavainen pöytäliina", 45.0, 1, "EUR"),
  S("delivered", "Posti", "JJFI60321498770"), problem="color_or_appearance",
  seller={"store_name": "Pellava & Koti", "signature": "Pellava & Koti -asiakaspalvelu"},
  msg="Väri ei vastaa kuvaa, joten vein asian alustalle.")
d(20, "received_pl", "not_as_described", "ruled", "Katarzyna Wiśniewska", "pl", "PL",
  ("3041778820580821", "Lampka biurkowa LED", 159.99, 1, "PLN"),
  S("delivered", "InPost", "IP602938475PL"), problem="not_working",
  return_shipment={"status": "received", "tracking_number": "IP602938511PL"},
  seller={"store_name": "Jasny Dom", "signature": "Zespół Jasny Dom", "return_address": "Jasny Dom Zwroty, ul. Łąkowa 7, 90-562 Łódź, Polska"},
  msg="Lampka została odesłana, proszę o potwierdzenie.")
d(21, "damaged_uk", "not_as_described", "open", "Олена Шевченко", "uk", "UA",
  ("3041778820581934", "Скляна ваза для квітів", 890.0, 1, "UAH"),
  S("delivered", "Нова пошта", "NP20450093816"), problem="damaged",
  seller={"store_name": "Квітковий дім", "signature": "Команда «Квітковий дім»"},
  msg="Ваза прийшла розбитою, уламки в коробці.")
d(22, "customs_absent_el", "not_received", "open", "Γιώργος Παπαδόπουλος", "el", "GR",
  ("3041778820582047", "Ηλεκτρική σκούπα ρομπότ", 219.0, 1, "EUR"),
  S("customs_hold", "ΕΛΤΑ Courier", "EL330981276GR"),
  seller={"store_name": "Έξυπνο Σπίτι", "signature": "Η ομάδα του Έξυπνο Σπίτι"},
  msg="Το δέμα κρατείται στο τελωνείο. Τι πρέπει να κάνω;")
d(23, "partial_en", "not_as_described", "escalated", "Tyler Brooks", "en-US", "US",
  ("3041778820583150", "Camping hammock with mosquito net", 54.0, 1, "USD"),
  S("delivered", "USPS", "9400110898825512034781"), problem="missing_parts",
  buyer_evidence=[{"kind": "video", "note": "unboxing, no straps"}],
  seller={"store_name": "TrailNest Outfitters", "signature": "Jordan @ TrailNest Outfitters", "max_partial_refund_pct": 35},
  msg="The tree straps were not in the box. Video attached.")
d(24, "offer_reship_es", "not_received", "open", "Javier Morales", "es-ES", "ES",
  ("3041778820584263", "Lámpara de sal del Himalaya", 22.4, 1, "EUR"),
  S("lost", "Correos", "PQ4T2L0931557804"),
  seller={"store_name": "Sal y Luz", "signature": "Lucía, de Sal y Luz"},
  msg="El seguimiento dice que el paquete se ha perdido.")
