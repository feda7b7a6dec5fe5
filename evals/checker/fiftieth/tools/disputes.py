"""Write the 24 hand-written disputes of this set into ../disputes/."""
import json, pathlib

OUT = pathlib.Path(__file__).resolve().parent.parent / "disputes"
OUT.mkdir(exist_ok=True)


def d(num, slug, *, lang, name, country, cur, title, price, reason, stage, msg, opened,
      problem=None, ship=None, reship=None, seller=None, ev=None, seller_ev=False,
      ruling=None, ret=None, qty=1, placed=None):
    total = round(price * qty, 2)
    x = {"id": f"DSP-NY-{num:02d}{slug[:3].upper()}", "reason": reason, "stage": stage}
    if problem:
        x["problem"] = problem
    if ship:
        x["shipment"] = ship
    if reship:
        x["reship"] = reship
    if seller_ev:
        x["seller_evidence_submitted"] = True
    if ev:
        x["buyer_evidence"] = ev
    if ruling:
        x["platform_ruling"] = ruling
    if ret:
        x["return_shipment"] = ret
    order = {"id": ORDER_IDS[num], "items": [{"title": title, "quantity": qty, "unit_price": price}],
             "total": total, "currency": cur}
    if placed:
        order["placed_at"] = placed
    x["order"] = order
    x["buyer"] = {"name": name, "country": country, "language": lang}
    x["messages"] = [{"author": "buyer", "at": opened, "text": msg}]
    x["opened_at"] = opened
    if seller:
        x["seller"] = seller
    path = OUT / f"ny{num:02d}_{slug}.json"
    path.write_text(json.dumps(x, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


ORDER_IDS = {
    1: "3051877420196634", 2: "3052290148873310", 3: "3053718820046159", 4: "3054906631275588",
    5: "3055128843390721", 6: "3056473309128840", 7: "3057201958834416", 8: "3058637712049953",
    9: "3059914426603187", 10: "3060285573149962", 11: "3061740098821335", 12: "3062398814476501",
    13: "3063519270648824", 14: "3064072659913348", 15: "3065863041127796", 16: "3066147725390618",
    17: "3067602294185573", 18: "3068931176024409", 19: "3069258813370642", 20: "3070684429517738",
    21: "3071326690841125", 22: "3072859317762094", 23: "3073410086259971", 24: "3074978254036618",
}

d(1, "en_evidence", lang="en-US", name="Megan Carter", country="US", cur="USD",
  title="Smart bathroom scale with app", price=23.49, reason="not_as_described", problem="not_working",
  stage="open", opened="2026-11-18T15:20:00Z",
  msg="The scale turns on but shows Err every time I step on it. New batteries didn't help.",
  ship={"status": "delivered", "carrier": "AliExpress Standard Shipping", "tracking_number": "LP00731904528CN"},
  seller={"store_name": "BrightNest Home"})
d(2, "es_transit", lang="es-MX", name="Diego Hernández", country="MX", cur="MXN",
  title="Cafetera de émbolo de acero inoxidable", price=689.00, reason="not_received", stage="open",
  opened="2026-11-12T22:05:00Z", placed="2026-10-28T18:40:00Z",
  msg="Ya pasaron dos semanas y el rastreo casi no avanza. ¿Dónde está mi pedido?",
  ship={"status": "in_transit", "carrier": "Cainiao / Estafeta", "tracking_number": "LP00458812937CN",
        "shipped_at": "2026-10-30"},
  seller={"store_name": "Casa Brava", "protection_extension_days": 20})
d(3, "ru_partial", lang="ru", name="Анна Смирнова", country="RU", cur="RUB",
  title="Плед из микрофибры 150x200", price=3480.00, reason="not_as_described", problem="color_or_appearance",
  stage="escalated", opened="2026-11-05T07:45:00Z",
  msg="Плед не бежевый, как на фото, а серо-зелёный. Фото приложила.",
  ev=[{"kind": "photo", "note": "плед при дневном свете"}],
  ship={"status": "delivered", "carrier": "Cainiao / Boxberry", "tracking_number": "LP00590127736CN"},
  seller={"store_name": "Uyut Textile", "signature": "Команда Uyut Textile", "max_partial_refund_pct": 25})
d(4, "ja_reship_ok", lang="ja-JP", name="佐藤 美咲", country="JP", cur="JPY",
  title="陶器のマグカップ ペアセット", price=4580, reason="not_received", stage="open",
  opened="2026-11-08T03:10:00Z",
  msg="追跡が止まったままで、紛失と表示されています。再送でお願いします。",
  ship={"status": "lost", "carrier": "Cainiao / Japan Post", "tracking_number": "LP00361728495CN"},
  reship={"buyer_answer": "agreed", "tracking_number": "LP00802246913CN"},
  seller={"store_name": "Hanami Home", "signature": "Hanami Home サポートチーム"})
d(5, "fr_return", lang="fr-CA", name="Émilie Tremblay", country="CA", cur="CAD",
  title="Lampe de bureau LED pliable", price=42.75, reason="not_as_described", problem="quality",
  stage="ruled", ruling="return_and_refund", opened="2026-10-30T14:00:00Z",
  msg="La charnière s'est cassée au bout de deux jours. J'ai vu la décision, où dois-je renvoyer la lampe ?",
  ship={"status": "delivered", "carrier": "Cainiao / Postes Canada", "tracking_number": "LP00284473150CN"},
  ret={"status": "not_shipped"},
  seller={"store_name": "Boréal Déco", "signature": "L'équipe Boréal Déco",
          "return_address": "Retours Boréal Déco, 455 rue Saint-Paul Ouest, Montréal QC H2Y 2P8, Canada"})
d(6, "de_customs_buyer", lang="de-CH", name="Lukas Meier", country="CH", cur="CHF",
  title="Elektrische Kaffeemühle mit Keramikmahlwerk", price=64.90, reason="not_received", stage="open",
  opened="2026-11-14T10:30:00Z",
  msg="Die Post schreibt, das Paket liegt beim Zoll. Warum soll ich dafür zahlen?",
  ship={"status": "customs_hold", "carrier": "Cainiao / Swiss Post", "tracking_number": "RR482910375CN",
        "duties_payer": "buyer"},
  seller={"store_name": "Alpenkorn Shop"})
d(7, "it_lost_offer", lang="it", name="Giulia Romano", country="IT", cur="EUR",
  title="Set di pennelli da trucco in bambù", price=18.60, reason="not_received", stage="open",
  opened="2026-11-16T19:55:00Z",
  msg="Il tracciamento dice che il pacco è andato perso. E adesso?",
  ship={"status": "lost", "carrier": "Cainiao / Poste Italiane", "tracking_number": "LP00719283746CN"},
  seller={"store_name": "Bella Via Beauty"})
d(8, "pt_await", lang="pt-BR", name="Rafael Souza", country="BR", cur="BRL",
  title="Fone de ouvido com cancelamento de ruído", price=219.90, reason="not_received", stage="escalated",
  seller_ev=True, opened="2026-11-02T12:00:00Z",
  msg="Já abri reclamação na plataforma, o pacote nunca chegou na minha casa.",
  ship={"status": "delivered", "carrier": "Cainiao / Correios", "tracking_number": "NX316650294BR"},
  seller={"store_name": "SomViva Eletrônicos", "signature": "Equipe SomViva"})
d(9, "nl_escalated", lang="nl-BE", name="Pieter Janssens", country="BE", cur="EUR",
  title="Fietslampset oplaadbaar", price=27.35, reason="not_received", stage="escalated",
  opened="2026-11-11T08:25:00Z",
  msg="Ik heb lang genoeg gewacht, ik heb het geschil nu aan het platform voorgelegd.",
  ship={"status": "unknown", "carrier": "Cainiao / bpost", "tracking_number": "LP00147752098CN"},
  seller={"store_name": "Fietsfabriek Online"})
d(10, "tr_received", lang="tr", name="Elif Yılmaz", country="TR", cur="TRY",
  title="Paslanmaz çelik termos 750 ml", price=845.00, reason="not_as_described", problem="damaged",
  stage="ruled", ruling="return_and_refund", opened="2026-10-21T16:40:00Z",
  msg="İadeyi kargoya verdim, takip numarası sistemde.",
  ret={"status": "received", "tracking_number": "TR7749201836"},
  seller={"store_name": "Demir Mutfak", "return_address": "Demir Mutfak İade, Atatürk Cad. No 41, 34710 Kadıköy, İstanbul"})
d(11, "ko_evidence_size", lang="ko-KR", name="김지우", country="KR", cur="KRW",
  title="오버핏 울 블렌드 코트", price=38900, reason="not_as_described", problem="size_or_fit", stage="open",
  opened="2026-11-19T05:15:00Z",
  msg="L 사이즈를 주문했는데 S 사이즈처럼 작아요. 팔 길이도 너무 짧습니다.",
  ship={"status": "delivered", "carrier": "Cainiao / CJ대한통운", "tracking_number": "LP00603318842CN"},
  seller={"store_name": "Seoul Loft", "signature": "Seoul Loft 고객지원팀"})
d(12, "zh_tw_transit", lang="zh-TW", name="陳怡君", country="TW", cur="TWD",
  title="木質香氛擴香機", price=790, reason="not_received", stage="open", opened="2026-11-13T02:50:00Z",
  msg="包裹顯示運送中已經很久了，我擔心收不到。",
  ship={"status": "in_transit", "carrier": "Cainiao / 中華郵政", "tracking_number": "LP00620394857CN"},
  seller={"store_name": "木森生活館", "signature": "木森生活館客服團隊", "protection_extension_days": 10})
d(13, "ar_customs_seller", lang="ar-SA", name="محمد العتيبي", country="SA", cur="SAR",
  title="ساعة ذكية رياضية", price=159.00, reason="not_received", stage="open", opened="2026-11-15T09:05:00Z",
  msg="الشحنة محتجزة في الجمارك منذ أيام، هل يجب أن أدفع شيئاً؟",
  ship={"status": "customs_hold", "carrier": "Cainiao / SMSA", "tracking_number": "SA550193847CN",
        "duties_payer": "seller"},
  seller={"store_name": "Nomad Gear", "signature": "فريق Nomad Gear"})
d(14, "sv_partial", lang="sv-SE", name="Erik Lindqvist", country="SE", cur="SEK",
  title="Vattentät vandringsjacka", price=449.00, reason="not_as_described", problem="quality",
  stage="escalated", opened="2026-11-06T17:30:00Z",
  msg="Jackan läcker vid sömmarna redan första regnet. Jag har laddat upp en video.",
  ev=[{"kind": "video"}],
  ship={"status": "delivered", "carrier": "Cainiao / PostNord", "tracking_number": "LP00937261045CN"},
  seller={"store_name": "Fjällvind Outdoor"})
d(15, "cs_lost_offer", lang="cs", name="Tereza Nováková", country="CZ", cur="CZK",
  title="Skleněná konvice na čaj se sítkem", price=412.00, reason="not_received", stage="open",
  opened="2026-11-17T11:45:00Z", reship={"buyer_answer": "asked"},
  msg="Zásilka je podle sledování ztracená. Co s tím uděláte?",
  ship={"status": "lost", "carrier": "Cainiao / Česká pošta", "tracking_number": "LP00485530927CN"},
  seller={"store_name": "Čajovna Domov", "signature": "Tým Čajovna Domov"})
d(16, "ro_reship_ok", lang="ro", name="Andrei Popescu", country="RO", cur="RON",
  title="Suport laptop din aluminiu reglabil", price=96.50, reason="not_received", stage="open",
  opened="2026-11-09T13:20:00Z",
  msg="Da, vă rog să retrimiteți produsul. Adresa rămâne aceeași.",
  ship={"status": "lost", "carrier": "Cainiao / Cargus", "tracking_number": "LP00276690314CN"},
  reship={"buyer_answer": "agreed", "tracking_number": "LP00911457208CN"},
  seller={"store_name": "DeskPro Shop"})
d(17, "hu_return", lang="hu", name="Kovács Eszter", country="HU", cur="HUF",
  title="Kerámia serpenyő 28 cm", price=11990, reason="not_as_described", problem="damaged",
  stage="ruled", ruling="return_and_refund", opened="2026-10-27T09:00:00Z",
  msg="Megkaptam a döntést. Hova küldjem vissza a serpenyőt?",
  ret={"status": "not_shipped"},
  ship={"status": "delivered", "carrier": "Cainiao / Magyar Posta", "tracking_number": "LP00814406672CN"},
  seller={"store_name": "Konyhaművek", "signature": "A Konyhaművek csapata",
          "return_address": "Konyhaművek Visszáru, Váci út 76, 1133 Budapest, Magyarország"})
d(18, "da_await", lang="da", name="Mette Jensen", country="DK", cur="DKK",
  title="Uldplaid i naturfarver", price=329.00, reason="not_as_described", problem="wrong_item",
  stage="escalated", seller_ev=True, opened="2026-11-03T15:10:00Z",
  msg="Jeg har fået en helt anden vare og har sendt sagen videre til platformen.",
  ship={"status": "delivered", "carrier": "Cainiao / PostNord DK", "tracking_number": "LP00559018263CN"},
  seller={"store_name": "Nordlys Living"})
d(19, "fi_escalated", lang="fi", name="Mikko Virtanen", country="FI", cur="EUR",
  title="Retkikeitin ja kattilasetti", price=54.20, reason="not_as_described", problem="damaged",
  stage="escalated", opened="2026-11-10T06:35:00Z",
  msg="Kattila tuli lommoilla. Vein asian alustan ratkaistavaksi.",
  ship={"status": "delivered", "carrier": "Cainiao / Posti", "tracking_number": "LP00390075518CN"},
  seller={"store_name": "Erämaa Varuste", "signature": "Erämaa Varusteen asiakaspalvelu"})
d(20, "pl_evidence_damaged", lang="pl", name="Katarzyna Wójcik", country="PL", cur="PLN",
  title="Szklany wazon ręcznie malowany", price=74.99, reason="not_as_described", problem="damaged",
  stage="open", opened="2026-11-20T18:00:00Z",
  msg="Wazon przyszedł pęknięty, karton był zgnieciony.",
  ship={"status": "delivered", "carrier": "Cainiao / InPost", "tracking_number": "LP00162258849CN"},
  seller={"store_name": "Szklana Pracownia"})
d(21, "uk_customs_unknown", lang="uk-UA", name="Олена Коваленко", country="UA", cur="UAH",
  title="Зволожувач повітря нічник", price=1249.00, reason="not_received", stage="open",
  opened="2026-11-18T07:25:00Z",
  msg="Посилка застрягла на митниці. Що мені робити?",
  ship={"status": "customs_hold", "carrier": "Cainiao / Нова Пошта", "tracking_number": "LP00745590136CN"},
  seller={"store_name": "Tepla Hata", "signature": "Команда Tepla Hata"})
d(22, "el_received", lang="el", name="Γιώργος Παπαδόπουλος", country="GR", cur="EUR",
  title="Ηλεκτρική σκούπα χειρός", price=68.40, reason="not_as_described", problem="not_working",
  stage="ruled", ruling="return_and_refund", opened="2026-10-24T10:10:00Z",
  msg="Έστειλα πίσω τη σκούπα, ο αριθμός αποστολής είναι στην υπόθεση.",
  ret={"status": "received", "tracking_number": "GR0418825937"},
  seller={"store_name": "Ήλιος Οικιακά", "return_address": "Ήλιος Οικιακά, Επιστροφές, Πειραιώς 120, 11854 Αθήνα"})
d(23, "en_gb_partial", lang="en-GB", name="Oliver Hughes", country="GB", cur="GBP",
  title="Flat-pack bookshelf, five tiers", price=57.50, reason="not_as_described", problem="missing_parts",
  stage="escalated", opened="2026-11-07T20:15:00Z",
  msg="Two of the shelf brackets and all the screws were missing. Photos attached to the case.",
  ev=[{"kind": "photo"}, {"kind": "photo", "note": "contents laid out"}],
  ship={"status": "delivered", "carrier": "Cainiao / Royal Mail", "tracking_number": "LP00678814092CN"},
  seller={"store_name": "Oakline Furniture", "max_partial_refund_pct": 20})
d(24, "zh_cn_await", lang="zh-CN", name="王磊", country="CN", cur="CNY",
  title="不锈钢保温饭盒", price=129.00, reason="not_as_described", problem="quality",
  stage="escalated", seller_ev=True, opened="2026-11-04T04:40:00Z",
  msg="饭盒保温效果很差，我已经申请平台介入了。",
  ship={"status": "delivered", "carrier": "Cainiao / 中通快递", "tracking_number": "ZT7731902648CN"},
  seller={"store_name": "暖食记", "signature": "暖食记客服团队"})
print("ok")
