"""Write the 24 hand-written disputes and confirm each remedy with `disputedraft decide`."""
import json, subprocess, pathlib
ROOT = pathlib.Path(__file__).resolve().parent.parent
DEC = "/work/main/.venv/bin/disputedraft"

def D(n, slug, remedy, lang, d):
    d["id"] = f"OW-31-{n:04d}"
    return (n, slug, remedy, lang, d)

def order(oid, title, price, cur, qty=1, placed=None):
    total = round(price * qty, 2)
    o = {"id": oid, "items": [{"title": title, "quantity": qty, "unit_price": price}], "total": total, "currency": cur}
    if placed: o["placed_at"] = placed
    return o

def buyer(name, country, lang):
    return {"name": name, "country": country, "language": lang}

def msg(text, at):
    return [{"author": "buyer", "text": text, "at": at}]

DISPUTES = [
 D(1, "en_wrong_item", "evidence_by_problem_type", "en", {
   "reason": "not_as_described", "problem": "wrong_item", "stage": "open",
   "shipment": {"status": "delivered", "carrier": "Cainiao / USPS", "tracking_number": "LP00431177820CN"},
   "order": order("8190031122470011", "Stainless steel French press 1L", 27.5, "USD", placed="2026-10-02T11:00:00Z"),
   "buyer": buyer("Megan Holloway", "US", "en-US"),
   "seller": {"store_name": "BrewCraft Home", "signature": "Dana, BrewCraft Home support"},
   "messages": msg("I ordered the steel French press and got a glass tea kettle instead. Not what I paid for.", "2026-10-21T14:02:00Z"),
   "opened_at": "2026-10-21T14:05:00Z"}),
 D(2, "esmx_in_transit", "extend_delivery_time", "es", {
   "reason": "not_received", "stage": "open",
   "shipment": {"status": "in_transit", "carrier": "Cainiao / Estafeta", "tracking_number": "ES7781002315MX", "shipped_at": "2026-10-09"},
   "order": order("8190045566778812", "Audífonos inalámbricos con estuche de carga", 649.0, "MXN", placed="2026-10-06T20:10:00Z"),
   "buyer": buyer("Alejandro Ruiz", "MX", "es-MX"),
   "seller": {"store_name": "SonidoPlus Oficial", "protection_extension_days": 20},
   "messages": msg("Ya pasó mucho tiempo y no me llegan los audífonos. Quiero mi dinero.", "2026-11-14T03:40:00Z"),
   "opened_at": "2026-11-14T03:41:00Z"}),
 D(3, "ru_lost", "offer_reshipment", "ru", {
   "reason": "not_received", "stage": "open",
   "shipment": {"status": "lost", "carrier": "Cainiao / Почта России", "tracking_number": "RU556120934CN", "shipped_at": "2026-09-18"},
   "reship": {"buyer_answer": "not_asked"},
   "order": order("8190077700112233", "Термокружка с крышкой 500 мл", 1290.0, "RUB"),
   "buyer": buyer("Ирина Смирнова", "RU", "ru"),
   "seller": {"store_name": "ТеплоДом", "signature": "Команда ТеплоДом"},
   "messages": msg("Посылка не двигается уже месяц, перевозчик пишет, что она утеряна.", "2026-11-02T07:00:00Z"),
   "opened_at": "2026-11-02T07:03:00Z"}),
 D(4, "ja_customs_buyer", "customs_clearance", "ja", {
   "reason": "not_received", "stage": "open",
   "shipment": {"status": "customs_hold", "carrier": "Cainiao / Japan Post", "tracking_number": "JP230918877CN", "duties_payer": "buyer"},
   "order": order("8190012398765400", "電動コーヒーミル", 8900.0, "JPY"),
   "buyer": buyer("佐藤 健太", "JP", "ja-JP"),
   "seller": {"store_name": "Kissa Goods"},
   "messages": msg("税関で止まっているようです。どうすればいいですか？", "2026-11-08T01:20:00Z"),
   "opened_at": "2026-11-08T01:22:00Z"}),
 D(5, "fr_return_instr", "return_instructions", "fr", {
   "reason": "not_as_described", "problem": "color_or_appearance", "stage": "ruled", "platform_ruling": "return_and_refund",
   "return_shipment": {"status": "not_shipped"},
   "shipment": {"status": "delivered", "carrier": "Cainiao / La Poste", "tracking_number": "LP00661234508CN"},
   "order": order("8190055512349876", "Rideaux occultants vert sauge (lot de deux)", 42.9, "EUR"),
   "buyer": buyer("Élodie Marchand", "FR", "fr-FR"),
   "seller": {"store_name": "Atelier Tissus", "return_address": "Atelier Tissus Retours, 8 avenue Jean Jaurès, 69007 Lyon, France"},
   "messages": msg("La plateforme a validé le retour. Où dois-je envoyer les rideaux ?", "2026-11-15T16:45:00Z"),
   "opened_at": "2026-10-30T09:00:00Z"}),
 D(6, "de_partial", "propose_partial_or_return", "de", {
   "reason": "not_as_described", "problem": "quality", "stage": "escalated",
   "buyer_evidence": [{"kind": "photo", "note": "Naht am Ärmel aufgegangen"}],
   "shipment": {"status": "delivered", "carrier": "Cainiao / DHL", "tracking_number": "DE4410098823CN"},
   "order": order("8190099911223344", "Softshelljacke Herren, dunkelblau", 64.0, "EUR"),
   "buyer": buyer("Jonas Becker", "DE", "de-DE"),
   "seller": {"store_name": "Nordwind Outdoor", "max_partial_refund_pct": 25},
   "messages": msg("Die Naht am Ärmel ist nach dem ersten Tragen aufgegangen. Fotos habe ich hochgeladen.", "2026-11-09T18:30:00Z"),
   "opened_at": "2026-11-03T10:00:00Z"}),
 D(7, "it_confirm_reship", "confirm_reshipment", "it", {
   "reason": "not_received", "stage": "open",
   "shipment": {"status": "lost", "carrier": "Cainiao / Poste Italiane", "tracking_number": "IT0098123376CN"},
   "reship": {"buyer_answer": "agreed", "tracking_number": "IT0098455190CN"},
   "order": order("8190022233344455", "Set di pennelli da trucco in bambù", 18.6, "EUR"),
   "buyer": buyer("Giulia Romano", "IT", "it"),
   "seller": {"store_name": "Bellezza Naturale"},
   "messages": msg("Va bene, rispeditemi pure il set, grazie.", "2026-11-11T12:10:00Z"),
   "opened_at": "2026-11-05T08:00:00Z"}),
 D(8, "ptbr_await", "await_platform_decision", "pt", {
   "reason": "not_received", "stage": "escalated", "seller_evidence_submitted": True,
   "shipment": {"status": "delivered", "carrier": "Cainiao / Correios", "tracking_number": "BR901233456CN"},
   "order": order("8190066677788899", "Capa de silicone para celular", 39.9, "BRL"),
   "buyer": buyer("Rafael Oliveira", "BR", "pt-BR"),
   "seller": {"store_name": "CaseMania BR"},
   "messages": msg("Abri disputa na plataforma porque não recebi nada, mesmo com status de entregue.", "2026-11-12T22:00:00Z"),
   "opened_at": "2026-11-01T13:00:00Z"}),
 D(9, "nl_escalation", "escalation_reply", "nl", {
   "reason": "not_received", "stage": "escalated",
   "shipment": {"status": "in_transit", "carrier": "Cainiao / PostNL", "tracking_number": "NL3342108765CN"},
   "order": order("8190033344455566", "LED-bureaulamp met dimmer", 23.4, "EUR"),
   "buyer": buyer("Sanne de Vries", "NL", "nl-NL"),
   "seller": {"store_name": "Helder Licht"},
   "messages": msg("Ik heb lang genoeg gewacht, ik heb het nu bij het platform neergelegd.", "2026-11-16T09:30:00Z"),
   "opened_at": "2026-11-02T10:00:00Z"}),
 D(10, "tr_return_received", "return_received", "tr", {
   "reason": "not_as_described", "problem": "size_or_fit", "stage": "ruled", "platform_ruling": "return_and_refund",
   "return_shipment": {"status": "received", "tracking_number": "TR7712340099"},
   "shipment": {"status": "delivered", "carrier": "Cainiao / PTT", "tracking_number": "TR5560012387CN"},
   "order": order("8190044455566677", "Kışlık yün kaban", 1450.0, "TRY"),
   "buyer": buyer("Elif Yılmaz", "TR", "tr"),
   "seller": {"store_name": "Moda Atölye", "return_address": "Moda Atölye İade, Bağdat Caddesi No 12, Kadıköy, İstanbul"},
   "messages": msg("Kabanı iade ettim, ulaştı mı?", "2026-11-18T11:00:00Z"),
   "opened_at": "2026-10-20T09:00:00Z"}),
 D(11, "ko_partial", "propose_partial_or_return", "ko", {
   "reason": "not_as_described", "problem": "damaged", "stage": "escalated",
   "buyer_evidence": [{"kind": "photo"}, {"kind": "video"}],
   "shipment": {"status": "delivered", "carrier": "Cainiao / CJ대한통운", "tracking_number": "KR6670023451CN"},
   "order": order("8190088877766655", "세라믹 머그컵 세트", 38900.0, "KRW"),
   "buyer": buyer("김지은", "KR", "ko-KR"),
   "seller": {"store_name": "도자기공방", "max_partial_refund_pct": 20},
   "messages": msg("컵 두 개가 깨져서 왔어요. 사진과 영상 올렸습니다.", "2026-11-10T05:00:00Z"),
   "opened_at": "2026-11-04T02:00:00Z"}),
 D(12, "zhtw_in_transit", "extend_delivery_time", "zh", {
   "reason": "not_received", "stage": "open",
   "shipment": {"status": "in_transit", "carrier": "Cainiao / 中華郵政", "tracking_number": "TW8812093341CN", "shipped_at": "2026-10-28"},
   "order": order("8190011100099988", "藍牙無線滑鼠", 590.0, "TWD"),
   "buyer": buyer("林怡君", "TW", "zh-TW"),
   "seller": {"store_name": "數位小舖", "protection_extension_days": 10},
   "messages": msg("包裹好久都沒到，物流資訊也沒更新。", "2026-11-17T04:00:00Z"),
   "opened_at": "2026-11-17T04:02:00Z"}),
 D(13, "ar_customs_seller", "customs_clearance", "ar", {
   "reason": "not_received", "stage": "open",
   "shipment": {"status": "customs_hold", "carrier": "Cainiao / Aramex", "tracking_number": "SA4409128876CN", "duties_payer": "seller"},
   "order": order("8190077766655544", "ساعة ذكية رياضية", 219.0, "SAR"),
   "buyer": buyer("خالد العتيبي", "SA", "ar-SA"),
   "seller": {"store_name": "Smart Time Store"},
   "messages": msg("الطرد محتجز في الجمارك، هل يجب أن أدفع شيئاً؟", "2026-11-13T10:00:00Z"),
   "opened_at": "2026-11-13T10:05:00Z"}),
 D(14, "sv_size", "evidence_by_problem_type", "sv", {
   "reason": "not_as_described", "problem": "size_or_fit", "stage": "open",
   "shipment": {"status": "delivered", "carrier": "Cainiao / PostNord", "tracking_number": "SE2209876123CN"},
   "order": order("8190055544433322", "Löparjacka dam, storlek M", 449.0, "SEK"),
   "buyer": buyer("Maja Lindqvist", "SE", "sv-SE"),
   "seller": {"store_name": "Fjällsport"},
   "messages": msg("Jackan är minst två storlekar för liten, den är inte M som det står.", "2026-11-06T19:00:00Z"),
   "opened_at": "2026-11-06T19:10:00Z"}),
 D(15, "cs_lost", "offer_reshipment", "cs", {
   "reason": "not_received", "stage": "open",
   "shipment": {"status": "lost", "carrier": "Cainiao / Česká pošta", "tracking_number": "CZ7781239900CN"},
   "reship": {"buyer_answer": "asked"},
   "order": order("8190033322211100", "Sada kuchyňských nožů", 890.0, "CZK"),
   "buyer": buyer("Tomáš Novák", "CZ", "cs"),
   "seller": {"store_name": "KuchyňPro", "signature": "Petra z KuchyňPro"},
   "messages": msg("Zásilka je podle dopravce ztracená. Co teď?", "2026-11-09T08:00:00Z"),
   "opened_at": "2026-11-09T08:02:00Z"}),
 D(16, "ro_return_instr", "return_instructions", "ro", {
   "reason": "not_as_described", "problem": "not_working", "stage": "ruled", "platform_ruling": "return_and_refund",
   "return_shipment": {"status": "not_shipped"},
   "shipment": {"status": "delivered", "carrier": "Cainiao / Fan Courier", "tracking_number": "RO1123987654CN"},
   "order": order("8190066655544433", "Fierbător electric din sticlă", 129.0, "RON"),
   "buyer": buyer("Andrei Popescu", "RO", "ro-RO"),
   "seller": {"store_name": "CasaVie", "return_address": "CasaVie Retururi, Strada Fabricii 27, Cluj-Napoca, România"},
   "messages": msg("Platforma a decis returul. Unde trimit fierbătorul?", "2026-11-19T15:00:00Z"),
   "opened_at": "2026-11-01T07:00:00Z"}),
 D(17, "hu_confirm_reship", "confirm_reshipment", "hu", {
   "reason": "not_received", "stage": "open",
   "shipment": {"status": "lost", "carrier": "Cainiao / Magyar Posta", "tracking_number": "HU5510923344CN"},
   "reship": {"buyer_answer": "agreed", "tracking_number": "HU5510988120CN"},
   "order": order("8190044433322211", "Gyerek hátizsák dinoszaurusz mintával", 7990.0, "HUF"),
   "buyer": buyer("Nagy Eszter", "HU", "hu"),
   "seller": {"store_name": "KisVándor"},
   "messages": msg("Rendben, kérem küldjék újra a hátizsákot.", "2026-11-12T09:00:00Z"),
   "opened_at": "2026-11-07T09:00:00Z"}),
 D(18, "da_await", "await_platform_decision", "da", {
   "reason": "not_as_described", "problem": "missing_parts", "stage": "escalated", "seller_evidence_submitted": True,
   "shipment": {"status": "delivered", "carrier": "Cainiao / GLS", "tracking_number": "DK3308812276CN"},
   "order": order("8190099988877766", "Samlesæt til bogreol i egetræ", 599.0, "DKK"),
   "buyer": buyer("Mads Jensen", "DK", "da-DK"),
   "seller": {"store_name": "Nordisk Bolig"},
   "messages": msg("Der mangler skruer og en hylde. Jeg har sendt sagen videre til platformen.", "2026-11-14T13:00:00Z"),
   "opened_at": "2026-11-05T13:00:00Z"}),
 D(19, "fi_escalation", "escalation_reply", "fi", {
   "reason": "not_as_described", "problem": "counterfeit", "stage": "escalated",
   "shipment": {"status": "delivered", "carrier": "Cainiao / Posti", "tracking_number": "FI6612098877CN"},
   "order": order("8190012312312399", "Aurinkolasit polarisoiduilla linsseillä", 34.0, "EUR"),
   "buyer": buyer("Aino Virtanen", "FI", "fi-FI"),
   "seller": {"store_name": "Pohjoisvalo"},
   "messages": msg("En usko että nämä ovat aidot, vien asian alustalle.", "2026-11-15T10:00:00Z"),
   "opened_at": "2026-11-08T10:00:00Z"}),
 D(20, "pl_return_received", "return_received", "pl", {
   "reason": "not_as_described", "problem": "damaged", "stage": "ruled",
   "return_shipment": {"status": "received", "tracking_number": "PL0098123456"},
   "shipment": {"status": "delivered", "carrier": "Cainiao / InPost", "tracking_number": "PL7712093345CN"},
   "order": order("8190077788899900", "Szklany wazon ręcznie malowany", 89.0, "PLN"),
   "buyer": buyer("Katarzyna Wójcik", "PL", "pl-PL"),
   "seller": {"store_name": "Szkło i Sztuka"},
   "messages": msg("Odesłałam wazon tydzień temu, czy dotarł?", "2026-11-20T08:00:00Z"),
   "opened_at": "2026-10-25T08:00:00Z"}),
 D(21, "uk_not_working", "evidence_by_problem_type", "uk", {
   "reason": "not_as_described", "problem": "not_working", "stage": "open",
   "shipment": {"status": "delivered", "carrier": "Cainiao / Нова пошта", "tracking_number": "UA4490127765CN"},
   "order": order("8190022211100099", "Портативний блендер", 1150.0, "UAH"),
   "buyer": buyer("Олена Коваленко", "UA", "uk-UA"),
   "seller": {"store_name": "Кухня Плюс"},
   "messages": msg("Блендер не вмикається взагалі, хоча я його зарядила.", "2026-11-11T17:00:00Z"),
   "opened_at": "2026-11-11T17:05:00Z"}),
 D(22, "el_customs_absent", "customs_clearance", "el", {
   "reason": "not_received", "stage": "open",
   "shipment": {"status": "customs_hold", "carrier": "Cainiao / ΕΛΤΑ", "tracking_number": "GR2203349987CN"},
   "order": order("8190088899900011", "Ηλεκτρική οδοντόβουρτσα", 45.0, "EUR"),
   "buyer": buyer("Γιώργος Παπαδόπουλος", "GR", "el-GR"),
   "seller": {"store_name": "Smile Care Shop"},
   "messages": msg("Το δέμα έχει κολλήσει στο τελωνείο εδώ και μέρες.", "2026-11-16T06:00:00Z"),
   "opened_at": "2026-11-16T06:05:00Z"}),
 D(23, "engb_in_transit", "extend_delivery_time", "en", {
   "reason": "not_received", "stage": "open",
   "shipment": {"status": "in_transit", "carrier": "Cainiao / Royal Mail", "tracking_number": "GB9908123345CN", "shipped_at": "2026-10-30"},
   "order": order("8190055566677788", "Cast iron skillet 26cm", 31.99, "GBP"),
   "buyer": buyer("Oliver Bennett", "GB", "en-GB"),
   "seller": {"store_name": "Hearth & Pan", "protection_extension_days": 30},
   "messages": msg("Tracking hasn't updated in ages. Has this even been sent?", "2026-11-18T20:00:00Z"),
   "opened_at": "2026-11-18T20:03:00Z"}),
 D(24, "es_partial", "propose_partial_or_return", "es", {
   "reason": "not_as_described", "problem": "missing_parts", "stage": "escalated",
   "buyer_evidence": [{"kind": "photo", "note": "faltan dos patas"}],
   "shipment": {"status": "delivered", "carrier": "Cainiao / Correos", "tracking_number": "ES5501239988CN"},
   "order": order("8190011122233344", "Mesa auxiliar plegable de madera", 54.0, "EUR"),
   "buyer": buyer("Carmen Ortega", "ES", "es-ES"),
   "seller": {"store_name": "Madera Viva", "max_partial_refund_pct": 35},
   "messages": msg("Faltan dos patas de la mesa, he subido las fotos.", "2026-11-13T12:00:00Z"),
   "opened_at": "2026-11-06T12:00:00Z"}),
]

def main():
    bad = 0
    for n, slug, remedy, lang, d in DISPUTES:
        p = ROOT / "disputes" / f"ow{n:02d}_{slug}.json"
        p.write_text(json.dumps(d, ensure_ascii=False, indent=2) + "\n")
        out = subprocess.run([DEC, "decide", str(p)], capture_output=True, text=True)
        dec = json.loads(out.stdout)
        (ROOT / "decisions" / f"ow{n:02d}.json").write_text(out.stdout)
        ok = dec["remedy"] == remedy
        bad += not ok
        ms = {k: v for pt in dec["required_points"] for k, v in pt["mention"].items()}
        print(f"ow{n:02d}", lang, dec["remedy"], "OK" if ok else f"!! want {remedy}", dec["variant"], ms, "|", dec["facts"]["signature"], "| cap", dec["facts"]["partial_refund_cap"], "| pts", [p["id"] for p in dec["required_points"]])
    assert not bad

if __name__ == "__main__":
    main()
