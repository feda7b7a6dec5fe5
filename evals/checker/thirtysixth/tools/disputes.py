"""Writes the 24 hand-written disputes of the thirtysixth set."""
import json, pathlib
OUT = pathlib.Path(__file__).resolve().parent.parent / "disputes"

def d(n, lang, country, name, reason, stage, item, price, cur, status=None, carrier=None, trk=None,
      problem=None, reship=None, evidence=None, seller_ev=False, ruling=None, ret=None, duties=None,
      seller=None, msg="", opened="2026-11-20T10:00:00Z", placed="2026-10-28", shipped=None, qty=1):
    x = {"id": f"DSP-OQ-{n:02d}", "reason": reason, "stage": stage}
    if problem: x["problem"] = problem
    if status:
        sh = {"status": status}
        if carrier: sh["carrier"] = carrier
        if trk: sh["tracking_number"] = trk
        if shipped: sh["shipped_at"] = shipped
        if duties: sh["duties_payer"] = duties
        x["shipment"] = sh
    if reship: x["reship"] = reship
    if seller_ev: x["seller_evidence_submitted"] = True
    if evidence: x["buyer_evidence"] = evidence
    if ruling: x["platform_ruling"] = ruling
    if ret: x["return_shipment"] = ret
    x["order"] = {"id": f"81900{n:02d}7{n:02d}3{n:02d}55{n%10}", "items": [{"title": item, "quantity": qty, "unit_price": price}],
                  "total": round(price * qty, 2), "currency": cur, "placed_at": placed}
    x["buyer"] = {"name": name, "country": country, "language": lang}
    x["messages"] = [{"author": "buyer", "at": opened, "text": msg}]
    x["opened_at"] = opened
    if seller: x["seller"] = seller
    return x

P = [{"kind": "photo", "note": "photos of the item"}]
V = [{"kind": "video"}]
D = [
 d(1, "en-US", "US", "Megan Turner", "not_as_described", "open", "Ceramic pour-over coffee set", 38.0, "USD", "delivered", "USPS", "LX501234567CN", problem="damaged",
   msg="The dripper arrived cracked in two places and the box was crushed."),
 d(2, "es-MX", "MX", "Alejandro Ríos", "not_received", "open", "Audífonos inalámbricos deportivos", 459.0, "MXN", "in_transit", "Cainiao / Estafeta", "LP00411223344CN", shipped="2026-10-30",
   seller={"protection_extension_days": 20, "store_name": "SonoPlus"}, msg="Ya pasó mucho tiempo y mi pedido no llega."),
 d(3, "ru", "RU", "Ирина Соколова", "not_as_described", "escalated", "Шерстяной плед 150x200", 3200.0, "RUB", "delivered", "Почта России", "RP334455667CN", problem="quality", evidence=P,
   seller={"max_partial_refund_pct": 25}, msg="Плед сильно линяет и пахнет химией, я приложила фото."),
 d(4, "ja", "JP", "佐藤 美咲", "not_as_described", "ruled", "ステンレス製電気ケトル", 4980.0, "JPY", "delivered", "日本郵便", "JP778899001CN", problem="not_working", ruling="return_and_refund",
   seller={"return_address": "〒272-0001 千葉県市川市二俣新町17 返品センター", "store_name": "Kitchen Hikari"}, msg="電源が入りません。"),
 d(5, "fr-BE", "BE", "Julien Lambert", "not_received", "open", "Montre connectée étanche", 54.9, "EUR", "lost", "Cainiao / bpost", "LP00600700800CN", reship={"buyer_answer": "agreed", "tracking_number": "LP00600700999CN"},
   seller={"signature": "Sophie, service client Horlogerie Nova"}, msg="D'accord pour un nouvel envoi."),
 d(6, "de-AT", "AT", "Lukas Gruber", "not_received", "open", "Akku-Bohrschrauber Set", 69.0, "EUR", "lost", "Cainiao / Österreichische Post", "LP00212121212CN",
   msg="Das Paket ist laut Sendungsverfolgung verloren gegangen."),
 d(7, "it", "IT", "Giulia Conti", "not_received", "open", "Borsa in pelle intrecciata", 89.0, "EUR", "customs_hold", "Poste Italiane", "RI445566778CN", duties="buyer",
   msg="Il pacco è fermo in dogana da giorni."),
 d(8, "pt-BR", "BR", "Rafael Souza", "not_as_described", "escalated", "Tênis de corrida masculino", 289.9, "BRL", "delivered", "Correios", "NL123123123CN", problem="size_or_fit", seller_ev=True,
   msg="O tênis veio dois números menor."),
 d(9, "nl", "NL", "Sanne de Vries", "not_received", "escalated", "Fietslampset USB oplaadbaar", 27.5, "EUR", "in_transit", "PostNL", "LP00333222111CN",
   msg="Ik heb het geschil geëscaleerd, ik wacht al veel te lang."),
 d(10, "tr", "TR", "Emre Yılmaz", "not_as_described", "ruled", "Bluetooth hoparlör", 1250.0, "TRY", "delivered", "Aras Kargo", "AR998877665CN", problem="not_working", ruling="return_and_refund",
   ret={"status": "received", "tracking_number": "TRRET55443322"}, seller={"return_address": "İade Merkezi, Atatürk Cad. 45, Kadıköy, İstanbul"}, msg="Hoparlörü geri gönderdim."),
 d(11, "ko", "KR", "김민준", "not_as_described", "open", "무선 기계식 키보드", 89000.0, "KRW", "delivered", "CJ대한통운", "CJ556677889CN", problem="not_working",
   seller={"store_name": "KeyLab"}, msg="키보드가 켜지지 않습니다."),
 d(12, "zh-TW", "TW", "陳怡君", "not_received", "open", "保溫不鏽鋼便當盒", 890.0, "TWD", "in_transit", "中華郵政", "LP00787878787CN",
   seller={"protection_extension_days": 10}, msg="已經等了很久還沒收到。"),
 d(13, "ar-SA", "SA", "فاطمة الزهراني", "not_as_described", "escalated", "عباية مطرزة", 240.0, "SAR", "delivered", "Aramex", "AX667788990CN", problem="color_or_appearance", evidence=P,
   seller={"max_partial_refund_pct": 20, "store_name": "Noor Fashion"}, msg="اللون مختلف تماماً عن الصور."),
 d(14, "sv", "SE", "Erik Lindqvist", "not_as_described", "ruled", "Vattentät vandringsjacka", 899.0, "SEK", "delivered", "PostNord", "PN445566123CN", problem="wrong_item", ruling="return_and_refund",
   seller={"return_address": "Returer Nordic Gear, Lagervägen 7, 553 02 Jönköping, Sverige"}, msg="Fel jacka skickades."),
 d(15, "cs", "CZ", "Petra Nováková", "not_received", "open", "Sada kuchyňských nožů", 1190.0, "CZK", "lost", "Česká pošta", "RR121314151CN", reship={"buyer_answer": "agreed", "tracking_number": "RR121314999CN"},
   msg="Souhlasím s novým odesláním."),
 d(16, "ro", "RO", "Andrei Popescu", "not_received", "open", "Cameră de supraveghere Wi-Fi", 219.0, "RON", "lost", "Cainiao / Fan Courier", "LP00919191919CN", reship={"buyer_answer": "asked"},
   seller={"signature": "Echipa SmartHome Depot"}, msg="Coletul s-a pierdut."),
 d(17, "hu", "HU", "Nagy Eszter", "not_received", "open", "Robotporszívó", 64990.0, "HUF", "customs_hold", "Magyar Posta", "RH808080808CN", duties="seller",
   msg="A csomag a vámnál van."),
 d(18, "da", "DK", "Mette Kristensen", "not_as_described", "escalated", "Sengetøjssæt i bomuld", 349.0, "DKK", "delivered", "PostNord", "PN909090909CN", problem="quality", seller_ev=True,
   seller={"store_name": "Hygge Home"}, msg="Stoffet er meget tyndere end beskrevet."),
 d(19, "fi", "FI", "Aino Virtanen", "not_as_described", "escalated", "Villasukat 3 paria", 19.9, "EUR", "delivered", "Posti", "PO121212121CN", problem="missing_parts",
   msg="Paketissa oli vain kaksi paria."),
 d(20, "pl", "PL", "Katarzyna Wiśniewska", "not_as_described", "ruled", "Ekspres do kawy kapsułkowy", 399.0, "PLN", "delivered", "InPost", "IP343434343CN", problem="damaged", ruling="return_and_refund",
   ret={"status": "received", "tracking_number": "PLZW7766554433"}, seller={"return_address": "Zwroty, ul. Magazynowa 3, 05-800 Pruszków"}, msg="Odesłałam ekspres."),
 d(21, "uk", "UA", "Олена Коваленко", "not_as_described", "open", "Навушники Pro з шумозаглушенням", 2150.0, "UAH", "delivered", "Нова Пошта", "NP565656565CN", problem="counterfeit",
   msg="Це підробка, а не оригінал."),
 d(22, "el", "GR", "Γιώργος Παπαδόπουλος", "not_received", "open", "Ηλεκτρική σκούπα χειρός", 119.0, "EUR", "customs_hold", "ΕΛΤΑ", "EL727272727CN", duties="buyer",
   seller={"store_name": "CleanPro"}, msg="Το δέμα έχει κολλήσει στο τελωνείο."),
 d(23, "en-GB", "GB", "Oliver Hughes", "not_as_described", "escalated", "Oak-effect bedside table", 64.0, "GBP", "delivered", "Royal Mail", "RM818181818CN", problem="missing_parts", evidence=V,
   seller={"max_partial_refund_pct": 40, "store_name": "Brightwood"}, msg="Two of the legs and the screws were missing."),
 d(24, "es", "ES", "Carmen López", "not_as_described", "open", "Set de sartenes antiadherentes", 45.0, "EUR", "delivered", "Correos", "CE929292929CN", problem="missing_parts",
   msg="Faltan la tapa y una de las sartenes."),
]
for x in D:
    (OUT / f"oq{x['id'][-2:]}.json").write_text(json.dumps(x, ensure_ascii=False, indent=2) + "\n")
print(len(D))
