"""Write the 24 hand-written disputes of the twentyseventh set."""
import json, pathlib
OUT = pathlib.Path(__file__).resolve().parent.parent / "disputes"

def D(n, slug, lang, country, name, reason, stage, item, price, cur, ship=None, msg="", seller=None, **kw):
    d = {"id": f"DSP-27-{n:04d}", "reason": reason, "stage": stage}
    if ship: d["shipment"] = ship
    d.update(kw)
    d["order"] = {"id": f"30{n:02d}77418{n:02d}52{n:02d}9", "items": [{"title": item, "unit_price": price}],
                  "total": price, "currency": cur, "placed_at": "2026-10-0%dT11:00:00Z" % (n % 9 + 1)}
    d["buyer"] = {"name": name, "country": country, "language": lang}
    d["messages"] = [{"author": "buyer", "at": "2026-11-14T10:00:00Z", "text": msg}]
    d["opened_at"] = "2026-11-14T10:05:00Z"
    if seller: d["seller"] = seller
    (OUT / f"d{n:02d}_{slug}.json").write_text(json.dumps(d, ensure_ascii=False, indent=2) + "\n")

ND, NR = "not_as_described", "not_received"
delivered = lambda c, t: {"status": "delivered", "carrier": c, "tracking_number": t}
D(1, "evidence_en", "en-GB", "GB", "Oliver Hughes", ND, "open", "Bluetooth desk speaker", 34.5, "GBP",
  delivered("Royal Mail", "RM482915736GB"), "The speaker won't turn on at all, even after charging it overnight.",
  {"store_name": "SoundNest", "max_partial_refund_pct": 25}, problem="not_working")
D(2, "extend_es", "es-MX", "MX", "Valeria Ramírez", NR, "open", "Lámpara de escritorio LED", 389.0, "MXN",
  {"status": "in_transit", "carrier": "Cainiao / Estafeta", "tracking_number": "LP00418273645CN", "shipped_at": "2026-10-22"},
  "Ya pasó mucho tiempo y mi lámpara no llega. ¿Dónde está?", {"store_name": "Luz Hogar", "protection_extension_days": 20})
D(3, "customs_ru", "ru-RU", "RU", "Анна Смирнова", NR, "open", "Кофемолка ручная", 2450.0, "RUB",
  {"status": "customs_hold", "carrier": "Cainiao / Почта России", "tracking_number": "RU739104826CN", "duties_payer": "buyer"},
  "Посылка застряла на таможне уже неделю. Что мне делать?", {"store_name": "KofeDom"})
D(4, "reship_offer_ja", "ja-JP", "JP", "佐藤 花子", NR, "open", "陶器のマグカップ", 2980.0, "JPY",
  {"status": "lost", "carrier": "Japan Post", "tracking_number": "EJ615204873JP"},
  "追跡が止まったままです。荷物はなくなったのでしょうか?", {"store_name": "Kiln & Co", "signature": "Kiln & Co サポート"})
D(5, "reship_confirm_fr", "fr-BE", "BE", "Julien Lambert", NR, "open", "Housse de couette en lin", 64.9, "EUR",
  {"status": "lost", "carrier": "bpost", "tracking_number": "CE204718395BE"},
  "D'accord, vous pouvez me la renvoyer.", {"store_name": "Lin & Lune"},
  reship={"buyer_answer": "agreed", "tracking_number": "CE913560284BE"})
D(6, "propose_de", "de-AT", "AT", "Lukas Gruber", ND, "escalated", "Wanderrucksack", 79.0, "EUR",
  delivered("Österreichische Post", "RR530917264AT"), "Die Naht am Tragegurt ist gerissen, Fotos sind angehängt.",
  {"store_name": "Alpenpack", "max_partial_refund_pct": 25}, problem="quality",
  buyer_evidence=[{"kind": "photo", "note": "torn strap seam"}])
D(7, "await_it", "it", "IT", "Giulia Ferri", ND, "escalated", "Orologio da polso in acciaio", 58.0, "EUR",
  delivered("Poste Italiane", "RX284610539IT"), "Ho portato la disputa alla piattaforma, l'orologio è diverso dalle foto.",
  {"store_name": "Tempo Shop"}, problem="color_or_appearance", seller_evidence_submitted=True)
D(8, "escalation_pt", "pt-BR", "BR", "Rafael Souza", NR, "escalated", "Fone de ouvido sem fio", 219.9, "BRL",
  {"status": "in_transit", "carrier": "Correios", "tracking_number": "NL482036715BR"},
  "Cansei de esperar, abri disputa na plataforma.", {"store_name": "SomBrasil Store"})
D(9, "return_instr_nl", "nl-NL", "NL", "Sanne de Vries", ND, "ruled", "Keramische vaas", 42.0, "EUR",
  delivered("PostNL", "LS604918273NL"), "Het platform heeft besloten. Waar moet ik de vaas naartoe sturen?",
  {"store_name": "Vaas & Vorm", "return_address": "Vaas & Vorm Retouren, Industrieweg 14, 3044 AS Rotterdam, Nederland"},
  problem="damaged", platform_ruling="return_and_refund", return_shipment={"status": "not_shipped"})
D(10, "return_received_tr", "tr", "TR", "Emre Yılmaz", ND, "ruled", "Deri cüzdan", 740.0, "TRY",
  delivered("PTT Kargo", "RR715302948TR"), "Cüzdanı geri gönderdim, ulaştı mı?",
  {"store_name": "Deri Atölye"}, problem="wrong_item", platform_ruling="return_and_refund",
  return_shipment={"status": "received", "tracking_number": "RR883104572TR"})
D(11, "evidence_ko", "ko-KR", "KR", "김민준", ND, "open", "남성 겨울 패딩 점퍼", 89000.0, "KRW",
  delivered("CJ대한통운", "KR603918274CN"), "사이즈가 너무 작아요. 설명과 달라요.",
  {"store_name": "Seoul Outfit", "max_partial_refund_pct": 20}, problem="size_or_fit")
D(12, "extend_zh", "zh-TW", "TW", "陳怡君", NR, "open", "保溫便當盒", 690.0, "TWD",
  {"status": "in_transit", "carrier": "Cainiao / 中華郵政", "tracking_number": "LP00739150264CN", "shipped_at": "2026-10-25"},
  "我的便當盒還沒到,物流好久沒更新了。", {"store_name": "好家居", "protection_extension_days": 10})
D(13, "customs_ar", "ar-SA", "SA", "أحمد الحربي", NR, "open", "ساعة ذكية رياضية", 315.0, "SAR",
  {"status": "customs_hold", "carrier": "Aramex", "tracking_number": "AX5820941736", "duties_payer": "seller"},
  "الطرد محجوز في الجمارك، هل علي أن أدفع شيئاً؟", {"store_name": "Smart Souq"})
D(14, "propose_sv", "sv-SE", "SE", "Elin Lindqvist", ND, "escalated", "Ullfilt i grått", 649.0, "SEK",
  delivered("PostNord", "UA418205937SE"), "Filten har hål på två ställen, se bilderna.",
  {"store_name": "Nordvävt", "max_partial_refund_pct": 40}, problem="damaged",
  buyer_evidence=[{"kind": "photo", "note": "holes in blanket"}])
D(15, "return_instr_cs", "cs-CZ", "CZ", "Tomáš Novák", ND, "ruled", "Kuchyňský nůž z nerezové oceli", 1290.0, "CZK",
  delivered("Česká pošta", "RR204857316CZ"), "Platforma rozhodla o vrácení. Kam mám nůž poslat?",
  {"store_name": "Ostrý Kraj", "return_address": "Ostrý Kraj s.r.o., Vratky, Průmyslová 8, 602 00 Brno, Česko"},
  problem="counterfeit", platform_ruling="return_and_refund", return_shipment={"status": "in_transit", "tracking_number": "RR511093482CZ"})
D(16, "reship_confirm_ro", "ro", "RO", "Andreea Popescu", NR, "open", "Set de pensule de machiaj", 145.0, "RON",
  {"status": "lost", "carrier": "Poșta Română", "tracking_number": "RO306172948CN"},
  "Da, vă rog să trimiteți din nou setul.", {"store_name": "Beauty Lane"},
  reship={"buyer_answer": "agreed", "tracking_number": "RO771408325CN"})
D(17, "reship_offer_hu", "hu-HU", "HU", "Kovács Péter", NR, "open", "Vezeték nélküli egér", 8990.0, "HUF",
  {"status": "lost", "carrier": "Magyar Posta", "tracking_number": "RL528410736HU"},
  "Hetek óta semmi hír a csomagról.", {"store_name": "TechPont"}, reship={"buyer_answer": "asked"})
D(18, "await_da", "da-DK", "DK", "Mette Jensen", ND, "escalated", "Kaffekande i glas", 329.0, "DKK",
  delivered("PostNord Danmark", "DK740193528CN"), "Jeg har sendt sagen videre til platformen.",
  {"store_name": "Hygge Køkken"}, problem="missing_parts", seller_evidence_submitted=True)
D(19, "escalation_fi", "fi-FI", "FI", "Aino Virtanen", ND, "escalated", "Villasukat", 24.9, "EUR",
  delivered("Posti", "JJFI60418273950"), "Eskaloin riidan, koska en saanut vastausta.",
  {"store_name": "Lämpö Shop"}, problem="quality")
D(20, "return_received_pl", "pl-PL", "PL", "Katarzyna Wójcik", ND, "ruled", "Bluza z kapturem", 159.0, "PLN",
  delivered("InPost", "PL620418397CN"), "Odesłałam bluzę tydzień temu.",
  {"store_name": "Moda Kraków"}, problem="size_or_fit", platform_ruling="return_and_refund",
  return_shipment={"status": "received", "tracking_number": "PL990431726PL"})
D(21, "customs_uk", "uk-UA", "UA", "Олена Коваленко", NR, "open", "Дитячий рюкзак", 1180.0, "UAH",
  {"status": "customs_hold", "carrier": "Нова Пошта", "tracking_number": "NP20450017394820"},
  "Посилка на митниці, мені ніхто нічого не пояснює.", {"store_name": "Kids Corner"})
D(22, "evidence_el", "el-GR", "GR", "Νίκος Παπαδόπουλος", ND, "open", "Γυάλινο σετ ποτηριών", 39.0, "EUR",
  delivered("ΕΛΤΑ", "RE713602845GR"), "Τα ποτήρια ήρθαν σπασμένα.",
  {"store_name": "Glassy"}, problem="damaged")
D(23, "propose_en", "en-US", "US", "Marcus Bell", ND, "escalated", "Cordless hair clipper", 46.8, "USD",
  delivered("USPS", "9400118205937264018375"), "The clipper stops after two minutes. Video attached.",
  {"store_name": "TrimPro", "signature": "Dana, TrimPro support"}, problem="not_working",
  buyer_evidence=[{"kind": "video", "note": "clipper stops"}])
D(24, "extend_es", "es-ES", "ES", "Javier Morales", NR, "open", "Zapatillas de running", 54.0, "EUR",
  {"status": "in_transit", "carrier": "Correos", "tracking_number": "UV518203746ES", "shipped_at": "2026-10-28"},
  "Mis zapatillas todavía no han llegado.", {"store_name": "Corre Ya"})
