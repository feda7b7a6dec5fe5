"""Writes the 24 hand-written disputes of set thirtythird."""
import json, pathlib
OUT = pathlib.Path(__file__).resolve().parent.parent / "disputes"
OUT.mkdir(exist_ok=True)

def D(n, slug, reason, stage, lang, name, country, cur, title, price, ship=None, problem=None, msg="", opened="2026-11-10T09:00:00Z",
      seller=None, reship=None, ev=None, sev=False, ruling=None, ret=None, placed=None, qty=1):
    d = {"id": f"DSP-2026-33{n:02d}0{n:02d}", "reason": reason}
    if problem: d["problem"] = problem
    d["stage"] = stage
    if ship: d["shipment"] = ship
    if reship: d["reship"] = reship
    if sev: d["seller_evidence_submitted"] = True
    if ev: d["buyer_evidence"] = ev
    if ruling: d["platform_ruling"] = ruling
    if ret: d["return_shipment"] = ret
    total = round(price * qty, 2) if cur not in ("JPY", "KRW", "HUF") else int(price * qty)
    d["order"] = {"id": f"81933{n:02d}00{n:02d}77{n:02d}", "items": [{"title": title, "quantity": qty, "unit_price": price}],
                  "total": total, "currency": cur}
    if placed: d["order"]["placed_at"] = placed
    d["buyer"] = {"name": name, "country": country, "language": lang}
    d["messages"] = [{"author": "buyer", "at": opened, "text": msg}]
    d["opened_at"] = opened
    if seller: d["seller"] = seller
    (OUT / f"{n:02d}_{slug}.json").write_text(json.dumps(d, ensure_ascii=False, indent=2) + "\n")

S = lambda status, carrier, tn, payer=None: {k: v for k, v in {"status": status, "carrier": carrier, "tracking_number": tn, "duties_payer": payer}.items() if v}

D(1, "evidence_en", "not_as_described", "open", "en-US", "Megan Porter", "US", "USD", "Bluetooth bathroom scale", 27.8,
  S("delivered", "AliExpress Standard Shipping", "LP00331100227CN"), problem="not_working",
  msg="The scale turns on for a second and then shuts off. Doesn't weigh anything.", seller={"store_name": "HomeTrend Direct"})
D(2, "extend_es", "not_received", "open", "es-MX", "Alejandro Ruiz", "MX", "MXN", "Audífonos inalámbricos deportivos", 389.0,
  S("in_transit", "Cainiao / Estafeta", "LP00442200338CN"), msg="Ya pasaron tres semanas y no llega mi pedido. Quiero saber dónde está.",
  seller={"protection_extension_days": 20, "signature": "Equipo de Soporte de TecnoMundo"})
D(3, "partial_ru", "not_as_described", "escalated", "ru", "Ирина Соколова", "RU", "RUB", "Шерстяной шарф, серый", 1850.0,
  problem="color_or_appearance", ev=[{"kind": "photo", "note": "шарф при дневном свете"}],
  ship=S("delivered", "Cainiao / Почта России", "LP00553300449CN"), msg="Шарф коричневый, а не серый, как на фото. Я приложила снимки.",
  seller={"max_partial_refund_pct": 25, "store_name": "WarmNest"})
D(4, "return_ja", "not_as_described", "ruled", "ja", "佐藤 美咲", "JP", "JPY", "セラミック製コーヒードリッパー", 3200,
  problem="damaged", ruling="return_and_refund", ret={"status": "not_shipped"},
  ship=S("delivered", "Cainiao / 日本郵便", "LP00664400551CN"), msg="返品の住所を教えてください。",
  seller={"store_name": "Kissa Goods", "return_address": "Kissa Goods 返品係, 〒273-0012 千葉県船橋市浜町2-1-1"})
D(5, "confirm_fr", "not_received", "open", "fr-BE", "Julien Lambert", "BE", "EUR", "Montre connectée étanche", 45.9,
  S("lost", "Cainiao / bpost", "LP00775500662CN"), reship={"buyer_answer": "agreed", "tracking_number": "LP00775599881CN"},
  msg="D'accord pour un nouvel envoi, merci.", seller={"store_name": "Atelier Chrono"})
D(6, "offer_de", "not_received", "open", "de-AT", "Katharina Huber", "AT", "EUR", "Edelstahl-Thermosflasche 750 ml", 19.5,
  S("lost", "Cainiao / Österreichische Post", "LP00886600773CN"), msg="Das Paket ist laut Post verschollen. Was nun?",
  seller={"store_name": "Alpin Outdoor Shop"})
D(7, "customs_it", "not_received", "open", "it", "Giorgio Fabbri", "IT", "EUR", "Drone pieghevole con fotocamera", 129.0,
  S("customs_hold", "DHL Express", "JD014600009988776655", "buyer"), msg="Il pacco è fermo in dogana da giorni. Cosa devo fare?",
  seller={"store_name": "SkyPix Official"})
D(8, "await_pt", "not_as_described", "escalated", "pt-BR", "Fernanda Oliveira", "BR", "BRL", "Tênis de corrida feminino", 219.9,
  problem="size_or_fit", sev=True, ship=S("delivered", "Cainiao / Correios", "LP00997700884CN"),
  msg="Abri a reclamação na plataforma porque o tênis veio dois números menor.", seller={"store_name": "Passo Certo Store"})
D(9, "escalation_nl", "not_as_described", "escalated", "nl", "Sanne de Vries", "NL", "EUR", "Wollen vloerkleed 120x170", 74.0,
  problem="quality", ship=S("delivered", "Cainiao / PostNL", "LP00118800995CN"),
  msg="Ik heb het geschil doorgezet naar het platform, ik wacht al veel te lang.", seller={"store_name": "Noordlicht Interieur"})
D(10, "received_tr", "not_as_described", "ruled", "tr", "Emre Yıldız", "TR", "TRY", "Kablosuz mekanik klavye", 1540.0,
  problem="not_working", ruling="return_and_refund", ret={"status": "received", "tracking_number": "RR552211334TR"},
  ship=S("delivered", "Cainiao / PTT Kargo", "LP00229900116CN"), msg="Klavyeyi geri gönderdim, ulaştı mı?",
  seller={"store_name": "KeyForge Store", "return_address": "KeyForge Returns, Unit 5, Shenzhen Logistics Park, Shenzhen, China"})
D(11, "evidence_ko", "not_as_described", "open", "ko", "김지훈", "KR", "KRW", "남성 울 코트", 89000,
  S("delivered", "Cainiao / 우체국", "LP00330011227CN"), problem="size_or_fit",
  msg="XL을 주문했는데 소매가 너무 짧아요. 사이즈표와 다릅니다.", seller={"store_name": "서울핏 스토어"})
D(12, "extend_zh", "not_received", "open", "zh-TW", "陳怡君", "TW", "TWD", "無線充電座", 690.0,
  S("in_transit", "Cainiao / 中華郵政", "LP00441122338CN"), msg="包裹好久都沒有更新，我很擔心。",
  seller={"store_name": "光速3C", "protection_extension_days": 10})
D(13, "customs_ar", "not_received", "open", "ar-SA", "محمد العتيبي", "SA", "SAR", "ساعة ذكية رياضية", 210.0,
  S("customs_hold", "Aramex", "AX66123409SA", "seller"), msg="الطرد محجوز في الجمارك، هل علي أن أدفع شيئاً؟",
  seller={"store_name": "متجر الوقت"})
D(14, "partial_sv", "not_as_described", "escalated", "sv", "Elin Lindqvist", "SE", "SEK", "Bordslampa i mässing", 649.0,
  problem="missing_parts", ev=[{"kind": "photo"}, {"kind": "video"}], ship=S("delivered", "Cainiao / PostNord", "LP00552233449CN"),
  msg="Lampskärmen saknades i paketet, se mina bilder.", seller={"max_partial_refund_pct": 40, "store_name": "Ljus & Form"})
D(15, "return_cs", "not_as_described", "ruled", "cs", "Tomáš Novák", "CZ", "CZK", "Elektrická konvice ze skla", 899.0,
  problem="damaged", ruling="return_and_refund", ret={"status": "in_transit", "tracking_number": "RR771122993CZ"},
  ship=S("delivered", "Cainiao / Česká pošta", "LP00663344551CN"), msg="Konvici jsem už poslal zpět.",
  seller={"store_name": "KuchyňPlus", "return_address": "KuchyňPlus Returns, Hala 3, Logistická 12, 252 61 Jeneč, Česko"})
D(16, "offer_ro", "not_received", "open", "ro", "Andreea Popescu", "RO", "RON", "Set de cuțite din oțel", 159.0,
  S("lost", "Cainiao / Poșta Română", "LP00774455662CN"), reship={"buyer_answer": "asked"},
  msg="Curierul spune că pachetul s-a pierdut.", seller={"store_name": "Bucătăria Pro"})
D(17, "confirm_hu", "not_received", "open", "hu", "Nagy Eszter", "HU", "HUF", "Bőr pénztárca", 12900,
  S("lost", "Cainiao / Magyar Posta", "LP00885566773CN"), reship={"buyer_answer": "agreed", "tracking_number": "LP00885566990CN"},
  msg="Rendben, kérem küldjék újra.", seller={"store_name": "Bőrműves Shop"})
D(18, "await_da", "not_as_described", "escalated", "da", "Mads Christensen", "DK", "DKK", "Elektrisk tandbørste", 399.0,
  problem="not_working", sev=True, ship=S("delivered", "Cainiao / PostNord", "LP00996677884CN"),
  msg="Tandbørsten lader ikke op. Jeg har sendt sagen videre.", seller={"store_name": "Nordic Smile"})
D(19, "escalation_fi", "not_received", "escalated", "fi", "Aino Virtanen", "FI", "EUR", "Villasukat, 3 paria", 22.9,
  ship=S("in_transit", "Cainiao / Posti", "LP00117788995CN"), msg="Vein riidan alustalle, paketti ei ole vieläkään tullut.",
  seller={"store_name": "Lämmin Koti"})
D(20, "received_pl", "not_as_described", "ruled", "pl", "Katarzyna Wiśniewska", "PL", "PLN", "Plecak turystyczny 40 l", 249.0,
  problem="quality", ret={"status": "received", "tracking_number": "RR338844552PL"},
  ship=S("delivered", "Cainiao / InPost", "LP00228899116CN"), msg="Plecak został odesłany, proszę o potwierdzenie.",
  seller={"store_name": "Szlak Sklep", "return_address": "Szlak Returns, ul. Magazynowa 7, 05-090 Raszyn, Polska"})
D(21, "evidence_uk", "not_as_described", "open", "uk", "Олена Коваленко", "UA", "UAH", "Скляна ваза для квітів", 640.0,
  S("delivered", "Cainiao / Нова пошта", "LP00339900227CN"), problem="damaged", msg="Ваза прийшла розбита, коробка була зім'ята.",
  seller={"store_name": "Дім і Декор"})
D(22, "partial_el", "not_as_described", "escalated", "el", "Γιώργος Παπαδόπουλος", "GR", "EUR", "Δερμάτινη τσάντα ώμου", 58.0,
  problem="quality", ev=[{"kind": "photo", "note": "ξεκολλημένο λουρί"}], ship=S("delivered", "Cainiao / ΕΛΤΑ", "LP00440011338CN"),
  msg="Το λουρί ξεκόλλησε μετά από δύο μέρες. Έστειλα φωτογραφίες.", seller={"store_name": "Aegean Leather"})
D(23, "customs_en", "not_received", "open", "en-GB", "Oliver Bennett", "GB", "GBP", "Espresso machine, 15 bar", 96.0,
  S("customs_hold", "Cainiao / Royal Mail", "LP00551122449CN"), msg="Royal Mail says my parcel is stuck in customs. Any idea what's going on?",
  seller={"store_name": "Crema Corner"})
D(24, "evidence_es", "not_as_described", "open", "es-AR", "Valentina Gómez", "AR", "USD", "Zapatillas urbanas de cuero", 64.0,
  S("delivered", "Cainiao / Correo Argentino", "LP00662233551CN"), problem="counterfeit",
  msg="Las zapatillas no parecen originales, el logo está mal cosido.", seller={"store_name": "Urbano Calzado"})
