"""Write the 24 hand-made disputes of this set."""
import json, pathlib
OUT = pathlib.Path(__file__).resolve().parent.parent / "disputes"
OUT.mkdir(exist_ok=True)

def D(n, lang, name, country, remedy, reason, stage, cur, total, title, store, sig=None, pct=None, days=None,
      addr=None, problem=None, ship=None, reship=None, sev=False, bev=None, ruling=None, ret=None, msg="", opened="2026-11-10T09:00:00Z"):
    d = {"id": f"DSP-OC-{n:02d}", "reason": reason, "stage": stage}
    if problem: d["problem"] = problem
    if ship: d["shipment"] = ship
    if reship: d["reship"] = reship
    if sev: d["seller_evidence_submitted"] = True
    if bev: d["buyer_evidence"] = bev
    if ruling: d["platform_ruling"] = ruling
    if ret: d["return_shipment"] = ret
    d["order"] = {"id": f"81900{n:02d}4417{n*37%1000:03d}", "items": [{"title": title, "unit_price": total}],
                  "total": total, "currency": cur, "placed_at": "2026-10-14T11:20:00Z"}
    d["buyer"] = {"name": name, "country": country, "language": lang}
    s = {"store_name": store}
    for k, v in (("signature", sig), ("max_partial_refund_pct", pct), ("protection_extension_days", days), ("return_address", addr)):
        if v is not None: s[k] = v
    d["seller"] = s
    d["messages"] = [{"author": "buyer", "at": opened, "text": msg}]
    d["opened_at"] = opened
    pass  # expected remedy is in the file name
    (OUT / f"oc{n:02d}_{remedy}.json").write_text(json.dumps(d, ensure_ascii=False, indent=2) + "\n")

T = lambda st, car, tn, payer=None: {k: v for k, v in {"status": st, "carrier": car, "tracking_number": tn, "shipped_at": "2026-10-16", "duties_payer": payer}.items() if v}
PH = [{"kind": "photo", "note": "buyer photos"}]

D(1, "en-US", "Jordan Ellis", "US", "evidence_by_problem_type", "not_as_described", "open", "USD", 64.5, "Bluetooth speaker", "Harbor Audio", problem="not_working",
  ship=T("delivered", "Cainiao / USPS", "LP00451298733CN"), msg="The speaker won't turn on at all. I charged it overnight.")
D(2, "es-MX", "Mariana Torres", "MX", "extend_delivery_time", "not_received", "open", "MXN", 899.0, "Licuadora portátil", "Cocina Viva", days=20,
  ship=T("in_transit", "Cainiao / Estafeta", "LP00773412095CN"), msg="Ya pasó mucho tiempo y no llega mi licuadora.")
D(3, "ru", "Ольга Смирнова", "RU", "propose_partial_or_return", "not_as_described", "escalated", "RUB", 4200.0, "Шерстяной плед", "Uyut Home", pct=25, problem="quality",
  ship=T("delivered", "Cainiao / Почта России", "LP00320567841CN"), bev=PH, msg="Плед сильно линяет, я отправила фото.")
D(4, "ja", "佐藤 美咲", "JP", "return_instructions", "not_as_described", "ruled", "JPY", 7800, "陶器のマグカップセット", "Kiyomi Ceramics", sig="Kiyomi Ceramics サポートチーム",
  addr="〒550-0013 大阪府大阪市西区新町1-4-26 Kiyomi Ceramics 返品係", problem="damaged", ruling="return_and_refund", ret={"status": "not_shipped"},
  ship=T("delivered", "Cainiao / Japan Post", "LP00610938475CN"), msg="返品の住所を教えてください。")
D(5, "fr-BE", "Julien Peeters", "BE", "confirm_reshipment", "not_received", "open", "EUR", 42.9, "Montre connectée", "Atelier Horloge", 
  ship=T("lost", "Cainiao / bpost", "LP00184520967CN"), reship={"buyer_answer": "agreed", "tracking_number": "LP00199873264CN"}, msg="D'accord pour un nouvel envoi.")
D(6, "de", "Lena Hoffmann", "DE", "offer_reshipment", "not_received", "open", "EUR", 27.5, "Fahrradlicht-Set", "Velo Licht Store",
  ship=T("lost", "Cainiao / DHL", "LP00502846713CN"), reship={"buyer_answer": "not_asked"}, msg="Das Paket ist laut Tracking verloren gegangen.")
D(7, "it", "Giulia Romano", "IT", "customs_clearance", "not_received", "open", "EUR", 118.0, "Macchina da caffè manuale", "Caffè Bello Shop",
  ship=T("customs_hold", "Cainiao / Poste Italiane", "LP00936105742CN", "buyer"), msg="Il pacco è fermo in dogana da una settimana.")
D(8, "pt-BR", "Rafael Almeida", "BR", "await_platform_decision", "not_received", "escalated", "BRL", 259.9, "Fone de ouvido sem fio", "Som Livre Store",
  ship=T("in_transit", "Cainiao / Correios", "LP00258319604CN"), sev=True, msg="Abri disputa na plataforma porque não recebi nada.")
D(9, "nl", "Sanne de Vries", "NL", "escalation_reply", "not_received", "escalated", "EUR", 54.0, "Opvouwbare kruk", "Handig Huis",
  ship=T("in_transit", "Cainiao / PostNL", "LP00847201356CN"), msg="Ik heb het geschil opgeschaald, ik wacht al veel te lang.")
D(10, "tr", "Emre Yıldız", "TR", "return_received", "not_as_described", "ruled", "TRY", 1450.0, "Deri cüzdan", "Anadolu Deri", problem="color_or_appearance",
  ruling="return_and_refund", ret={"status": "received", "tracking_number": "RR00416620391TR"}, addr="Anadolu Deri İade, Atatürk Cd. 45, Bursa, Türkiye",
  ship=T("delivered", "Cainiao / PTT", "LP00390172658CN"), msg="Ürünü geri gönderdim, ulaştı mı?")
D(11, "ko", "김지훈", "KR", "evidence_by_problem_type", "not_as_described", "open", "KRW", 38900, "남성 겨울 패딩 점퍼", "Seoul Fit", problem="size_or_fit",
  ship=T("delivered", "Cainiao / CJ대한통운", "LP00129475860CN"), msg="사이즈가 너무 작아요. L을 주문했는데 S처럼 보여요.")
D(12, "zh-TW", "陳怡君", "TW", "extend_delivery_time", "not_received", "open", "TWD", 1290.0, "無線吸塵器", "Mingliang Home", sig="明亮家居客服團隊", days=10,
  ship=T("in_transit", "Cainiao / 中華郵政", "LP00661039274CN"), msg="包裹一直沒到，我很擔心。")
D(13, "ar-SA", "نورة العتيبي", "SA", "customs_clearance", "not_received", "open", "SAR", 340.0, "ساعة يد نسائية", "Layali Store",
  ship=T("customs_hold", "Cainiao / SPL", "LP00573920148CN", "seller"), msg="الطرد محتجز في الجمارك، هل يجب علي الدفع؟")
D(14, "sv", "Erik Lindqvist", "SE", "propose_partial_or_return", "not_as_described", "escalated", "SEK", 749.0, "Vandringsryggsäck", "Fjällutrustning", pct=40, problem="missing_parts",
  ship=T("delivered", "Cainiao / PostNord", "LP00215583609CN"), bev=[{"kind": "video", "note": "unboxing"}], msg="Regnskyddet saknades i paketet.")
D(15, "cs", "Tereza Nováková", "CZ", "return_instructions", "not_as_described", "ruled", "CZK", 1890.0, "Stolní lampa", "Svetlo Shop", problem="wrong_item",
  addr="Svetlo Shop – vratky, Průmyslová 11, 108 00 Praha 10, Česko", ruling="return_and_refund", ret={"status": "not_shipped"},
  ship=T("delivered", "Cainiao / Česká pošta", "LP00804162537CN"), msg="Kam mám lampu poslat zpět?")
D(16, "ro", "Andrei Popescu", "RO", "offer_reshipment", "not_received", "open", "RON", 189.0, "Cască de bicicletă", "Roata Buna",
  ship=T("lost", "Cainiao / Poșta Română", "LP00357716284CN"), reship={"buyer_answer": "asked"}, msg="Coletul apare ca pierdut.")
D(17, "hu", "Nagy Eszter", "HU", "confirm_reshipment", "not_received", "open", "HUF", 15990, "Elektromos fogkefe", "Fenyes Mosoly",
  ship=T("lost", "Cainiao / Magyar Posta", "LP00721350846CN"), reship={"buyer_answer": "agreed", "tracking_number": "LP00734488120CN"}, msg="Rendben, kérem küldjék újra.")
D(18, "da", "Mette Jensen", "DK", "await_platform_decision", "not_as_described", "escalated", "DKK", 420.0, "Keramisk vase", "Nordlys Design", problem="damaged",
  ship=T("delivered", "Cainiao / PostNord", "LP00946623018CN"), sev=True, msg="Jeg har sendt sagen videre til platformen.")
D(19, "fi", "Aino Virtanen", "FI", "escalation_reply", "not_as_described", "escalated", "EUR", 79.9, "Villasukat 3 paria", "Lumi Neule", problem="other",
  ship=T("delivered", "Cainiao / Posti", "LP00618840273CN"), msg="Vein riidan alustalle, koska en saanut vastausta.")
D(20, "pl", "Katarzyna Wójcik", "PL", "return_received", "not_as_described", "ruled", "PLN", 219.0, "Kurtka przeciwdeszczowa", "Deszczowiec", problem="size_or_fit",
  ruling="return_and_refund", ret={"status": "received", "tracking_number": "RR00557103288PL"}, addr="Deszczowiec Zwroty, ul. Długa 8, 80-001 Gdańsk",
  ship=T("delivered", "Cainiao / Poczta Polska", "LP00472290631CN"), msg="Czy kurtka już do Państwa dotarła?")
D(21, "uk", "Олександр Коваленко", "UA", "customs_clearance", "not_received", "open", "UAH", 2350.0, "Бездротова клавіатура", "Klaviatura Pro",
  ship=T("customs_hold", "Cainiao / Нова Пошта", "LP00263379158CN"), msg="Посилка затримана на митниці. Що робити?")
D(22, "el", "Νίκος Παπαδόπουλος", "GR", "evidence_by_problem_type", "not_as_described", "open", "EUR", 33.0, "Γυάλινο βάζο", "Aegean Deco", problem="damaged",
  ship=T("delivered", "Cainiao / ΕΛΤΑ", "LP00390556217CN"), msg="Το βάζο ήρθε σπασμένο.")
D(23, "en-GB", "Harriet Clarke", "GB", "propose_partial_or_return", "not_as_described", "escalated", "GBP", 86.0, "Linen duvet cover", "Meadow & Loom", pct=35, problem="color_or_appearance",
  ship=T("delivered", "Cainiao / Royal Mail", "LP00582214409CN"), bev=PH, msg="The colour is nothing like the listing photo.")
D(24, "zh-CN", "王磊", "CN", "propose_partial_or_return", "not_as_described", "escalated", "CNY", 368.0, "机械键盘", "Keyun Digital", sig="科云数码客服团队", pct=20, problem="not_working",
  ship=T("delivered", "Cainiao / 中国邮政", "LP00135902768CN"), bev=[{"kind": "video", "note": "keys not responding"}], msg="好几个按键没反应，我已经上传了视频。")
