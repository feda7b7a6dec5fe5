"""Write the 24 hand-made disputes of the fortythird set."""
import json, pathlib
OUT = pathlib.Path(__file__).resolve().parent.parent / "disputes"
OUT.mkdir(exist_ok=True)

def D(n, slug, reason, stage, lang, name, country, cur, total, item, msg, problem=None, ship=None, reship=None,
      seller=None, seller_ev=False, evidence=None, ruling=None, ret=None, opened="2026-11-10T09:00:00Z"):
    d = {"id": f"DSP-OF-{n:02d}", "reason": reason}
    if problem: d["problem"] = problem
    d["stage"] = stage
    if ship: d["shipment"] = ship
    if reship: d["reship"] = reship
    if seller_ev: d["seller_evidence_submitted"] = True
    if evidence: d["buyer_evidence"] = evidence
    if ruling: d["platform_ruling"] = ruling
    if ret: d["return_shipment"] = ret
    d["order"] = {"id": f"81900{n:02d}7{n:02d}4{n:02d}6{n:02d}", "items": [{"title": item, "unit_price": total}],
                  "total": total, "currency": cur, "placed_at": "2026-10-0%dT10:00:00Z" % (n % 9 + 1)}
    d["buyer"] = {"name": name, "country": country, "language": lang}
    if seller: d["seller"] = seller
    d["messages"] = [{"author": "buyer", "at": opened, "text": msg}]
    d["opened_at"] = opened
    (OUT / f"of{n:02d}_{slug}.json").write_text(json.dumps(d, ensure_ascii=False, indent=2) + "\n")

D(1, "evidence_en", "not_as_described", "open", "en-US", "Megan Lewis", "US", "USD", 38.40,
  "Bluetooth bathroom speaker", "The speaker won't turn on at all, even after charging it overnight.",
  problem="not_working", ship={"status": "delivered", "carrier": "AliExpress Standard Shipping", "tracking_number": "RS402118775CN"},
  seller={"store_name": "SoundNest Store", "signature": "Ethan, SoundNest support"})
D(2, "extend_esmx", "not_received", "open", "es-MX", "Alejandro Ramírez", "MX", "MXN", 689.00,
  "Lámpara LED para escritorio", "Hola, ya pasó mucho tiempo y mi lámpara no llega. El rastreo casi no avanza.",
  ship={"status": "in_transit", "carrier": "Cainiao / Estafeta", "tracking_number": "LP00471920385MX", "shipped_at": "2026-10-12"},
  seller={"store_name": "Luz Viva Shop", "protection_extension_days": 20})
D(3, "partial_ru", "not_as_described", "escalated", "ru", "Ольга Смирнова", "RU", "RUB", 4200,
  "Шерстяной плед", "Плед пришёл с затяжками и пятном, фото приложила.",
  problem="quality", ship={"status": "delivered", "carrier": "Cainiao / Почта России", "tracking_number": "RU773012945CN"},
  evidence=[{"kind": "photo", "note": "затяжки и пятно"}], seller={"store_name": "Teplo Home", "max_partial_refund_pct": 25})
D(4, "return_ja", "not_as_described", "ruled", "ja", "佐藤 美咲", "JP", "JPY", 5980,
  "ステンレス電気ケトル", "返品が認められました。どこに送ればいいですか？",
  problem="damaged", ship={"status": "delivered", "carrier": "Yamato", "tracking_number": "JP55120398CN"}, ruling="return_and_refund",
  ret={"status": "not_shipped"},
  seller={"store_name": "Kitchen Hikari", "signature": "キッチンひかり サポート担当 中村",
          "return_address": "〒135-0063 東京都江東区有明3-7-26 キッチンひかり返品係"})
D(5, "confirm_fr", "not_received", "open", "fr-BE", "Julien Lambert", "BE", "EUR", 47.90,
  "Montre connectée sport", "D'accord pour un nouvel envoi, merci de me tenir au courant.",
  ship={"status": "lost", "carrier": "Cainiao / bpost", "tracking_number": "LB118204577BE"},
  reship={"buyer_answer": "agreed", "tracking_number": "LB118299031BE"}, seller={"store_name": "TempoFit"})
D(6, "offer_de", "not_received", "open", "de-CH", "Lukas Meier", "CH", "CHF", 64.00,
  "Wanderrucksack 30 L", "Die Sendungsverfolgung zeigt seit Wochen nichts mehr. Ist das Paket verloren?",
  ship={"status": "lost", "carrier": "Swiss Post", "tracking_number": "RR906552183CH"},
  seller={"store_name": "Alpenpack", "signature": "Ihr Alpenpack-Team"})
D(7, "customs_it", "not_received", "open", "it", "Giulia Bianchi", "IT", "EUR", 119.00,
  "Macchina per espresso manuale", "Il pacco è fermo in dogana da giorni, cosa devo fare?",
  ship={"status": "customs_hold", "carrier": "Cainiao / Poste Italiane", "tracking_number": "CY300488172IT", "duties_payer": "buyer"},
  seller={"store_name": "Caffè Mondo"})
D(8, "await_ptbr", "not_as_described", "escalated", "pt-BR", "Rafael Souza", "BR", "BRL", 249.90,
  "Fone de ouvido sem fio", "Abri a disputa na plataforma porque o fone chegou com defeito.",
  problem="not_working", ship={"status": "delivered", "carrier": "Correios", "tracking_number": "NX240918335BR"},
  seller_ev=True, seller={"store_name": "Som Total BR", "signature": "Equipe Som Total"})
D(9, "escalation_nl", "not_received", "escalated", "nl", "Sanne de Vries", "NL", "EUR", 32.50,
  "Set keramische mokken", "Ik heb het geschil geëscaleerd, ik wacht al te lang.",
  ship={"status": "in_transit", "carrier": "PostNL", "tracking_number": "3SPNL84102277"},
  seller={"store_name": "Mok & Zo"})
D(10, "received_tr", "not_as_described", "ruled", "tr", "Emre Yıldız", "TR", "TRY", 1850.00,
  "Deri cüzdan", "Cüzdanı geri gönderdim, ulaştı mı?",
  problem="color_or_appearance", ship={"status": "delivered", "carrier": "PTT Kargo", "tracking_number": "TR552019384CN"},
  ruling="return_and_refund", ret={"status": "received", "tracking_number": "YK7710423TR"},
  seller={"store_name": "Deri Atölyesi", "return_address": "Deri Atölyesi İade, Atatürk Cad. No 14, Bursa, Türkiye"})
D(11, "evidence_ko", "not_as_described", "open", "ko", "김민준", "KR", "KRW", 45000,
  "유리 화병 세트", "화병 하나가 깨져서 왔어요.",
  problem="damaged", ship={"status": "delivered", "carrier": "CJ대한통운", "tracking_number": "KR618827304CN"},
  seller={"store_name": "블룸하우스", "signature": "블룸하우스 고객지원팀"})
D(12, "extend_zhtw", "not_received", "open", "zh-TW", "陳怡君", "TW", "TWD", 890,
  "保溫咖啡杯", "已經等了很久還沒收到，物流好像卡住了。",
  ship={"status": "in_transit", "carrier": "中華郵政", "tracking_number": "RB550219837TW", "shipped_at": "2026-10-15"},
  seller={"store_name": "暖杯小舖", "protection_extension_days": 30})
D(13, "customs_ar", "not_received", "open", "ar-SA", "أحمد العتيبي", "SA", "SAR", 310.00,
  "ساعة يد رجالية", "الطرد محتجز في الجمارك، هل يجب أن أدفع شيئاً؟",
  ship={"status": "customs_hold", "carrier": "Aramex", "tracking_number": "AX90318274SA", "duties_payer": "seller"},
  seller={"store_name": "Time Gulf", "signature": "فريق Time Gulf"})
D(14, "partial_sv", "not_as_described", "escalated", "sv", "Elin Johansson", "SE", "SEK", 649.00,
  "Regnjacka dam", "Jackan är två storlekar för liten, bilderna visar måtten.",
  problem="size_or_fit", ship={"status": "delivered", "carrier": "PostNord", "tracking_number": "UA338104926SE"},
  evidence=[{"kind": "photo"}, {"kind": "screenshot"}], seller={"store_name": "Nordvind", "max_partial_refund_pct": 40})
D(15, "return_cs", "not_as_described", "ruled", "cs", "Tomáš Novák", "CZ", "CZK", 1290.00,
  "Kuchyňský mixér", "Platforma rozhodla o vrácení. Kam mám mixér poslat?",
  problem="not_working", ship={"status": "delivered", "carrier": "Česká pošta", "tracking_number": "CZ440937162CN"},
  ruling="return_and_refund", ret={"status": "not_shipped"},
  seller={"store_name": "MixMaster CZ", "return_address": "MixMaster CZ, Vrácení zboží, Na Florenci 19, 110 00 Praha 1"})
D(16, "confirm_ro", "not_received", "open", "ro", "Andreea Popescu", "RO", "RON", 156.00,
  "Set de cuțite de bucătărie", "Da, vă rog să-mi trimiteți din nou coletul.",
  ship={"status": "lost", "carrier": "Cainiao / Poșta Română", "tracking_number": "RO207733841CN"},
  reship={"buyer_answer": "agreed", "tracking_number": "RO207790162CN"},
  seller={"store_name": "Bucătăria Bună", "signature": "Echipa Bucătăria Bună"})
D(17, "offer_hu", "not_received", "open", "hu", "Nagy Eszter", "HU", "HUF", 12990,
  "Gyerek esőkabát", "A csomag elveszett? Már régóta nem mozdul a követés.",
  ship={"status": "lost", "carrier": "Magyar Posta", "tracking_number": "HU811293046CN"},
  reship={"buyer_answer": "asked"}, seller={"store_name": "Kis Felhő"})
D(18, "await_da", "not_as_described", "escalated", "da", "Mette Nielsen", "DK", "DKK", 425.00,
  "Lædertaske", "Tasken ligner ikke billederne, derfor har jeg sendt sagen videre.",
  problem="color_or_appearance", ship={"status": "delivered", "carrier": "PostNord", "tracking_number": "DK730014825CN"},
  seller_ev=True, seller={"store_name": "Nordic Bags"})
D(19, "escalation_fi", "not_as_described", "escalated", "fi", "Aino Virtanen", "FI", "EUR", 74.90,
  "Villasukat, kolme paria", "Vein asian alustalle, koska en saanut vastausta.",
  problem="missing_parts", ship={"status": "delivered", "carrier": "Posti", "tracking_number": "FI092377518CN"},
  seller={"store_name": "Lanka & Lämpö", "signature": "Lanka & Lämpö -asiakaspalvelu"})
D(20, "received_pl", "not_as_described", "ruled", "pl", "Katarzyna Wiśniewska", "PL", "PLN", 219.00,
  "Lampa podłogowa", "Lampa została odesłana, proszę o potwierdzenie.",
  problem="damaged", ship={"status": "delivered", "carrier": "InPost", "tracking_number": "PL661028453CN"},
  ret={"status": "received", "tracking_number": "PL990215374RT"}, seller={"store_name": "Dom i Światło"})
D(21, "customs_uk", "not_received", "open", "uk", "Олександр Коваленко", "UA", "UAH", 2450.00,
  "Бездротова клавіатура", "Посилка затримана на митниці. Що робити?",
  ship={"status": "customs_hold", "carrier": "Нова Пошта", "tracking_number": "UA505817290CN"},
  seller={"store_name": "KeyLab"})
D(22, "evidence_el", "not_as_described", "open", "el", "Γιώργος Παπαδόπουλος", "GR", "EUR", 58.00,
  "Ανδρικό μπουφάν", "Το μπουφάν είναι πολύ μικρό για το μέγεθος που παρήγγειλα.",
  problem="size_or_fit", ship={"status": "delivered", "carrier": "ELTA", "tracking_number": "GR204418396CN"},
  seller={"store_name": "Aegean Wear", "signature": "Ομάδα Aegean Wear"})
D(23, "partial_engb", "not_as_described", "escalated", "en-GB", "Oliver Bennett", "GB", "GBP", 55.00,
  "Wool-blend scarf", "The colour is nothing like the listing; I've sent photos to the platform.",
  problem="color_or_appearance", ship={"status": "delivered", "carrier": "Royal Mail", "tracking_number": "RM118463920GB"},
  evidence=[{"kind": "photo", "note": "scarf next to the listing"}], seller={"store_name": "Highland Knits", "max_partial_refund_pct": 20})
D(24, "partial_ptpt", "not_as_described", "escalated", "pt-PT", "Inês Carvalho", "PT", "EUR", 89.00,
  "Cafeteira elétrica", "Recebi um artigo diferente do que encomendei; enviei fotografias à plataforma.",
  problem="wrong_item", ship={"status": "delivered", "carrier": "CTT", "tracking_number": "PT337290184CN"},
  evidence=[{"kind": "photo", "note": "artigo recebido e etiqueta"}], seller={"store_name": "Casa Aroma", "signature": "Equipa Casa Aroma"})
print("ok")
