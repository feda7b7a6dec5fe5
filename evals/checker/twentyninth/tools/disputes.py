"""Write the 24 hand-written disputes of the twentyninth set (run from the set directory)."""
import json, pathlib
OUT = pathlib.Path(__file__).resolve().parent.parent / "disputes"
OUT.mkdir(exist_ok=True)

def D(n, lang, name, country, reason, stage, title, price, cur, text, opened, problem=None, ship=None,
      reship=None, sev=False, bev=None, ruling=None, ret=None, seller=None, qty=1, placed=None):
    d = {"id": f"DSP-2026-29{n:05d}", "reason": reason}
    if problem: d["problem"] = problem
    d["stage"] = stage
    if ship: d["shipment"] = ship
    if reship: d["reship"] = reship
    if sev: d["seller_evidence_submitted"] = True
    if bev: d["buyer_evidence"] = bev
    if ruling: d["platform_ruling"] = ruling
    if ret: d["return_shipment"] = ret
    total = round(price * qty, 2)
    d["order"] = {"id": ORDER_IDS[n], "items": [{"title": title, "quantity": qty, "unit_price": price}],
                  "total": total, "currency": cur}
    if placed: d["order"]["placed_at"] = placed
    d["buyer"] = {"name": name, "country": country, "language": lang}
    d["messages"] = [{"author": "buyer", "at": opened, "text": text}]
    d["opened_at"] = opened
    if seller: d["seller"] = seller
    (OUT / f"oy{n:02d}_{lang}.json").write_text(json.dumps(d, ensure_ascii=False, indent=2) + "\n")

ORDER_IDS = {1: "8194072615309921", 2: "8203317746021584", 3: "8187654402193376", 4: "8199120458837710", 5: "8201863390475512", 6: "8192245670918843", 7: "8205519073362248", 8: "8190737128846605", 9: "8196402581175139", 10: "8204476312090687", 11: "8191158836427704", 12: "8198830264519926", 13: "8202694417085531", 14: "8189371520643398", 15: "8206015748329160", 16: "8193582061947725", 17: "8200249835716042", 18: "8195814307628859", 19: "8207342159960413", 20: "8188906673254187", 21: "8204128496031775", 22: "8197463328815094", 23: "8190025764489302", 24: "8203795140276618"}

S = lambda status, carrier, tn, **k: {"status": status, "carrier": carrier, "tracking_number": tn, **k}
D(1, "en-US", "Megan Holloway", "US", "not_as_described", "open", "Stainless steel insulated water bottle 750 ml", 18.4, "USD",
  "The paint on the bottle is already peeling after two days and there is a dent near the lid.", "2026-11-14T16:20:00Z",
  problem="quality", ship=S("delivered", "AliExpress Standard Shipping", "RB482913375SG"), seller={"store_name": "Trailhead Gear Store", "max_partial_refund_pct": 25})
D(2, "es-MX", "Alejandro Ruiz Ortega", "MX", "not_received", "open", "Audífonos inalámbricos con cancelación de ruido", 899.0, "MXN",
  "Ya pasaron tres semanas y mi pedido sigue sin llegar. El rastreo dice que está en camino pero no avanza.", "2026-11-16T02:10:00Z",
  ship=S("in_transit", "Cainiao / Estafeta", "LP00481726354CN", shipped_at="2026-10-28"), seller={"store_name": "SonidoMax Store", "protection_extension_days": 20})
D(3, "ru", "Ирина Соколова", "RU", "not_as_described", "escalated", "Шерстяной плед 150x200 см", 4590.0, "RUB",
  "Плед пришёл с большой затяжкой и пятном, фото я уже приложила к спору.", "2026-11-11T07:45:00Z",
  problem="damaged", ship=S("delivered", "Cainiao / Почта России", "LP00733104821CN"), bev=[{"kind": "photo", "note": "затяжка и пятно"}],
  seller={"store_name": "Уютный Дом", "signature": "Команда магазина «Уютный Дом»", "max_partial_refund_pct": 25})
D(4, "ja", "田中美咲", "JP", "not_as_described", "ruled", "セラミック製ドリップコーヒーセット", 6800.0, "JPY",
  "返品・返金の判定が出ました。返送先の住所を教えてください。", "2026-11-13T03:00:00Z", problem="wrong_item",
  ship=S("delivered", "Cainiao / Japan Post", "LP00910274455CN"), ruling="return_and_refund", ret={"status": "not_shipped"},
  seller={"store_name": "Kissa Ware Store", "return_address": "Kissa Ware Returns, 3-8-2 Nishi-Shinjuku, Shinjuku-ku, Tokyo 160-0023, Japan"})
D(5, "fr-BE", "Thomas Lambert", "BE", "not_received", "open", "Montre connectée sport étanche", 54.9, "EUR",
  "D'accord pour un nouvel envoi, merci. Vous pouvez me donner le nouveau numéro de suivi ?", "2026-11-15T12:30:00Z",
  ship=S("lost", "Cainiao / bpost", "LP00562219870CN"), reship={"buyer_answer": "agreed", "tracking_number": "LP00588431026CN"},
  seller={"store_name": "Horizon Montres"})
D(6, "de", "Katrin Vogel", "DE", "not_received", "open", "Elektrischer Milchaufschäumer", 27.5, "EUR",
  "Das Paket ist laut Spediteur verloren gegangen. Was passiert jetzt?", "2026-11-17T09:05:00Z",
  ship=S("lost", "Cainiao / Hermes", "LP00219938451CN"), reship={"buyer_answer": "not_asked"}, seller={"store_name": "KüchenWelt Shop"})
D(7, "it", "Giulia Marchetti", "IT", "not_received", "open", "Robot aspirapolvere con mappatura laser", 189.0, "EUR",
  "Il pacco è fermo in dogana da una settimana. Cosa devo fare?", "2026-11-12T14:40:00Z",
  ship=S("customs_hold", "Cainiao / Poste Italiane", "LP00347751902CN", duties_payer="buyer"), seller={"store_name": "CasaSmart Official Store"})
D(8, "pt-BR", "Rafael Nogueira", "BR", "not_as_described", "escalated", "Tênis de corrida masculino tamanho 42", 259.9, "BRL",
  "Abri a disputa na plataforma porque o tênis veio com a sola descolando.", "2026-11-10T21:15:00Z", problem="quality",
  ship=S("delivered", "Cainiao / Correios", "NL284019573BR"), sev=True, seller={"store_name": "Passo Certo Store"})
D(9, "nl", "Sanne de Vries", "NL", "not_received", "escalated", "Bamboe snijplankenset", 32.0, "EUR",
  "Ik heb lang genoeg gewacht, daarom heb ik het geschil naar het platform gebracht.", "2026-11-18T10:00:00Z",
  ship=S("in_transit", "Cainiao / PostNL", "LP00675520318CN"), seller={"store_name": "GroenKeuken Store"})
D(10, "tr", "Emre Yıldız", "TR", "not_as_described", "ruled", "Deri cüzdan, siyah", 749.0, "TRY",
  "Cüzdanı iade ettim, kargo teslim edildi görünüyor. Para iadesi ne zaman olacak?", "2026-11-19T08:20:00Z", problem="color_or_appearance",
  ship=S("delivered", "Cainiao / PTT Kargo", "LP00822604719CN"), ruling="return_and_refund", ret={"status": "received", "tracking_number": "RR614370285TR"},
  seller={"store_name": "Deri Atölyesi", "return_address": "Deri Atölyesi İade, Bağdat Cad. 41, Kadıköy, İstanbul"})
D(11, "ko", "김민준", "KR", "not_as_described", "open", "남성 경량 패딩 조끼 L 사이즈", 45900.0, "KRW",
  "L 사이즈를 주문했는데 실제로는 S 사이즈처럼 작아요.", "2026-11-14T05:30:00Z", problem="size_or_fit",
  ship=S("delivered", "Cainiao / CJ대한통운", "LP00493318207CN"), seller={"store_name": "Urban Layer Store"})
D(12, "zh-TW", "陳怡君", "TW", "not_received", "open", "藍牙無線滑鼠", 590.0, "TWD",
  "物流顯示還在運送中，但已經很久了，我擔心包裹不見了。", "2026-11-16T11:45:00Z",
  ship=S("in_transit", "Cainiao / 中華郵政", "LP00156620983CN", shipped_at="2026-10-30"), seller={"store_name": "小巧數位館", "protection_extension_days": 10})
D(13, "ar-SA", "نورة القحطاني", "SA", "not_received", "open", "مجموعة عطور شرقية", 310.0, "SAR",
  "الطرد محجوز في الجمارك منذ أيام، هل يجب أن أدفع شيئاً؟", "2026-11-13T18:00:00Z",
  ship=S("customs_hold", "Aramex", "AX7730415628", duties_payer="seller"), seller={"store_name": "Oud Garden Store"})
D(14, "sv", "Elin Lindqvist", "SE", "not_as_described", "escalated", "Ullkofta i merinoull, storlek M", 649.0, "SEK",
  "Jag har skickat bilder som visar att kofta är i en helt annan färg än på bilden.", "2026-11-12T13:10:00Z", problem="color_or_appearance",
  ship=S("delivered", "Cainiao / PostNord", "LP00384412096CN"), bev=[{"kind": "photo"}], seller={"store_name": "Nordic Knit Store", "max_partial_refund_pct": 40})
D(15, "cs", "Tomáš Novák", "CZ", "not_as_described", "ruled", "Akumulátorová vrtačka se dvěma bateriemi", 1890.0, "CZK",
  "Platforma rozhodla o vrácení. Kam mám vrtačku poslat?", "2026-11-18T15:25:00Z", problem="not_working",
  ship=S("delivered", "Cainiao / Zásilkovna", "LP00740015392CN"), ruling="return_and_refund", ret={"status": "not_shipped"},
  seller={"store_name": "Dílna Plus", "return_address": "Dílna Plus – vratky, Průmyslová 1472, 108 00 Praha 10, Česko"})
D(16, "ro", "Andreea Popescu", "RO", "not_received", "open", "Lampă de birou LED cu braț flexibil", 139.0, "RON",
  "Da, sunt de acord să trimiteți din nou lampa. Adresa este aceeași.", "2026-11-17T06:50:00Z",
  ship=S("lost", "Cainiao / Fan Courier", "LP00293357164CN"), reship={"buyer_answer": "agreed", "tracking_number": "LP00297718420CN"},
  seller={"store_name": "Lumina Casa"})
D(17, "hu", "Szabó Péter", "HU", "not_received", "open", "Horgászorsó, fém", 12990.0, "HUF",
  "A futárcég szerint a csomag elveszett. Mit tudnak tenni?", "2026-11-15T17:35:00Z",
  ship=S("lost", "Cainiao / Magyar Posta", "LP00618827405CN"), reship={"buyer_answer": "asked"}, seller={"store_name": "Horgász Pont"})
D(18, "da", "Mette Kristensen", "DK", "not_as_described", "escalated", "Keramisk urtepotte med underskål", 229.0, "DKK",
  "Potten kom med en revne, og nu har jeg sendt sagen videre til platformen.", "2026-11-11T10:40:00Z", problem="damaged",
  ship=S("delivered", "Cainiao / GLS", "LP00527746183CN"), sev=True, seller={"store_name": "Have & Hjem"})
D(19, "fi", "Jussi Mäkinen", "FI", "not_as_described", "escalated", "Retkeilyteltta kahdelle hengelle", 119.0, "EUR",
  "Teltasta puuttui kaari, enkä saanut vastausta tarpeeksi nopeasti, joten vein riidan alustalle.", "2026-11-19T19:05:00Z",
  problem="missing_parts", ship=S("delivered", "Cainiao / Posti", "LP00364409827CN"), seller={"store_name": "Erämaa Outdoor"})
D(20, "pl", "Katarzyna Wiśniewska", "PL", "not_as_described", "ruled", "Blender kielichowy", 329.0, "PLN",
  "Blender został odesłany i według śledzenia już do Państwa dotarł.", "2026-11-20T09:30:00Z", problem="not_working",
  ship=S("delivered", "Cainiao / InPost", "LP00855107326CN"), ruling="return_and_refund", ret={"status": "received", "tracking_number": "PX902716455PL"},
  seller={"store_name": "KuchniaPro"})
D(21, "uk", "Олександр Коваленко", "UA", "not_as_described", "open", "Електричний чайник зі скла", 1150.0, "UAH",
  "Чайник не вмикається, індикатор не світиться взагалі.", "2026-11-18T12:00:00Z", problem="not_working",
  ship=S("delivered", "Cainiao / Нова пошта", "LP00471193560CN"), seller={"store_name": "Теплий Дім"})
D(22, "el", "Μαρία Παπαδοπούλου", "GR", "not_received", "open", "Σετ μαχαιριών κουζίνας", 64.0, "EUR",
  "Το δέμα έχει κρατηθεί στο τελωνείο. Τι πρέπει να κάνω;", "2026-11-14T08:10:00Z",
  ship=S("customs_hold", "Cainiao / ΕΛΤΑ", "LP00912285473CN"), seller={"store_name": "Kouzina Store"})
D(23, "en-GB", "Oliver Bennett", "GB", "not_as_described", "escalated", "Wireless mechanical keyboard, UK layout", 67.5, "GBP",
  "The keyboard arrived with two keys missing, I have uploaded a video to the dispute.", "2026-11-16T20:55:00Z", problem="missing_parts",
  ship=S("delivered", "Cainiao / Royal Mail", "LP00630048219CN"), bev=[{"kind": "video"}], seller={"store_name": "KeyCraft Store", "max_partial_refund_pct": 20})
D(24, "zh-CN", "王磊", "CN", "not_as_described", "open", "不锈钢保温饭盒", 129.0, "CNY",
  "饭盒收到时盖子已经裂开了，外包装也压扁了。", "2026-11-17T04:15:00Z", problem="damaged",
  ship=S("delivered", "中通快递", "ZT75318802641"), seller={"store_name": "乐厨生活馆", "signature": "乐厨生活馆客服团队"})
