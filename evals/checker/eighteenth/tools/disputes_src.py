"""The 24 disputes of the eighteenth set, invented by hand (stores, buyers, items, carriers, numbers)."""

from __future__ import annotations


def _order(oid, title, price, cur, placed=None, qty=1):
    o = {"id": oid, "items": [{"title": title, "quantity": qty, "unit_price": price}], "total": round(price * qty, 2), "currency": cur}
    if placed:
        o["placed_at"] = placed
    return o


def _msg(text, at):
    return [{"author": "buyer", "at": at, "text": text}]


DISPUTES = {
    # ---------------- evidence_by_problem_type ----------------
    "e01": dict(lang="en", remedy="evidence_by_problem_type", dispute={
        "id": "DSP-E18-0001", "reason": "not_as_described", "problem": "wrong_item", "stage": "open",
        "shipment": {"status": "delivered", "carrier": "Yanwen / Royal Mail", "tracking_number": "YT7731094528810"},
        "order": _order("3057718842209915", "Brass desk lamp with green glass shade", 38.40, "GBP", "2027-02-02T11:20:00Z"),
        "buyer": {"name": "Fiona Haldane", "country": "GB", "language": "en-GB"},
        "seller": {"store_name": "Copperleaf Home", "signature": "Warm regards, the Copperleaf Home team"},
        "messages": _msg("Hello, I ordered the brass lamp with the green shade and what arrived is a white plastic clip-on reading light. Not even close. Please sort this out.", "2027-02-19T16:05:00Z"),
        "opened_at": "2027-02-19T16:06:00Z"}),
    "e02": dict(lang="ja", remedy="evidence_by_problem_type", dispute={
        "id": "DSP-E18-0002", "reason": "not_as_described", "problem": "size_or_fit", "stage": "open",
        "shipment": {"status": "delivered", "carrier": "Cainiao / Japan Post", "tracking_number": "LP00418827364CN"},
        "order": _order("3057720019384476", "ウールブレンド チェスターコート Lサイズ", 8900, "JPY"),
        "buyer": {"name": "佐藤 美咲", "country": "JP", "language": "ja"},
        "seller": {"store_name": "Hoshikaze Apparel", "signature": "Hoshikaze Apparel サポートチーム"},
        "messages": _msg("Lサイズを注文しましたが、袖がかなり短く、肩幅もサイズ表より明らかに小さいです。どう対応していただけますか。", "2027-01-11T03:40:00Z"),
        "opened_at": "2027-01-11T03:41:00Z"}),
    "e03": dict(lang="pl", remedy="evidence_by_problem_type", dispute={
        "id": "DSP-E18-0003", "reason": "not_as_described", "problem": "not_working", "stage": "open",
        "shipment": {"status": "delivered", "carrier": "Cainiao / InPost", "tracking_number": "LP00592201837CN"},
        "order": _order("3057731100298744", "Elektryczny młynek do kawy z regulacją mielenia", 149.0, "PLN"),
        "buyer": {"name": "Bartosz Wieczorek", "country": "PL", "language": "pl"},
        "seller": {"store_name": "Kawomania Shop", "signature": "Pozdrawiamy serdecznie, zespół Kawomania Shop"},
        "messages": _msg("Dzień dobry, młynek po podłączeniu w ogóle się nie włącza. Dioda mignęła raz i nic więcej. Proszę o pomoc.", "2027-03-03T08:12:00Z"),
        "opened_at": "2027-03-03T08:13:00Z"}),
    "e04": dict(lang="pt", remedy="evidence_by_problem_type", dispute={
        "id": "DSP-E18-0004", "reason": "not_as_described", "problem": "damaged", "stage": "open",
        "shipment": {"status": "delivered", "carrier": "Cainiao / CTT", "tracking_number": "LP00677310942CN"},
        "order": _order("3057744471820036", "Conjunto de 4 canecas de cerâmica pintadas à mão", 27.5, "EUR"),
        "buyer": {"name": "Inês Carvalho", "country": "PT"},
        "seller": {"store_name": "Olaria Azul", "signature": "Cumprimentos, equipa Olaria Azul"},
        "messages": _msg("Boa tarde. Recebi a encomenda hoje e duas das canecas vieram partidas, com cacos soltos dentro da caixa. A caixa de fora também estava amolgada num dos cantos. Fiquei bastante desiludida, eram para oferecer à minha mãe.", "2027-02-27T14:30:00Z"),
        "opened_at": "2027-02-27T14:31:00Z"}),
    # ---------------- customs_clearance ----------------
    "e05": dict(lang="es", remedy="customs_clearance", dispute={
        "id": "DSP-E18-0005", "reason": "not_received", "stage": "open",
        "shipment": {"status": "customs_hold", "carrier": "Cainiao / Estafeta", "tracking_number": "CX204417793CN", "duties_payer": "buyer"},
        "order": _order("3057750938827160", "Bocina portátil Bluetooth resistente al agua", 689.0, "MXN"),
        "buyer": {"name": "Ximena Ortega", "country": "MX", "language": "es-MX"},
        "seller": {"store_name": "Sonido Vivo MX", "signature": "Saludos cordiales, equipo de Sonido Vivo MX"},
        "messages": _msg("Hola, mi paquete lleva una semana detenido en aduana y no sé qué tengo que hacer. ¿Me pueden ayudar?", "2027-01-25T19:00:00Z"),
        "opened_at": "2027-01-25T19:02:00Z"}),
    "e06": dict(lang="fi", remedy="customs_clearance", dispute={
        "id": "DSP-E18-0006", "reason": "not_received", "stage": "open",
        "shipment": {"status": "customs_hold", "carrier": "Cainiao / Posti", "tracking_number": "UA908812345FI", "duties_payer": "seller"},
        "order": _order("3057762201148895", "Lämpövaatteet lapselle, 2 kpl setti", 46.9, "EUR"),
        "buyer": {"name": "Aino Mäkinen", "country": "FI", "language": "fi"},
        "seller": {"store_name": "Pohjantähti Kids", "signature": "Ystävällisin terveisin, Pohjantähti Kids -tiimi"},
        "messages": _msg("Hei, seurannan mukaan paketti on jumissa tullissa. Joudunko maksamaan jotain? En ole saanut mitään laskua.", "2027-02-08T07:45:00Z"),
        "opened_at": "2027-02-08T07:46:00Z"}),
    "e07": dict(lang="ko", remedy="customs_clearance", dispute={
        "id": "DSP-E18-0007", "reason": "not_received", "stage": "open",
        "shipment": {"status": "customs_hold", "carrier": "Cainiao / CJ대한통운", "tracking_number": "LP00730219946CN"},
        "order": _order("3057779914402287", "무선 기계식 키보드 (갈축)", 62000, "KRW"),
        "buyer": {"name": "김서연", "country": "KR"},
        "seller": {"store_name": "Keystone Gear", "signature": "Keystone Gear 고객지원팀 드림"},
        "messages": _msg("안녕하세요. 배송 조회를 해 보니 세관에서 통관 보류 상태로 며칠째 멈춰 있습니다. 제가 따로 해야 할 일이 있나요? 너무 답답합니다.", "2027-03-10T01:20:00Z"),
        "opened_at": "2027-03-10T01:21:00Z"}),
    # ---------------- extend_delivery_time ----------------
    "e08": dict(lang="de", remedy="extend_delivery_time", dispute={
        "id": "DSP-E18-0008", "reason": "not_received", "stage": "open",
        "shipment": {"status": "in_transit", "carrier": "Cainiao / Hermes", "tracking_number": "LP00815530276CN", "shipped_at": "2027-01-14"},
        "order": _order("3057783302915564", "Gusseiserne Bratpfanne 28 cm", 44.95, "EUR"),
        "buyer": {"name": "Katrin Vogelsang", "country": "DE", "language": "de-AT"},
        "seller": {"store_name": "Eisenherd Küche", "signature": "Herzliche Grüße, Ihr Team von Eisenherd Küche", "protection_extension_days": 20},
        "messages": _msg("Guten Tag, seit über zwei Wochen bewegt sich die Sendung nicht mehr. Ich möchte mein Geld nicht verlieren, deshalb habe ich den Streitfall geöffnet.", "2027-02-06T10:10:00Z"),
        "opened_at": "2027-02-06T10:11:00Z"}),
    "e09": dict(lang="pt", remedy="extend_delivery_time", dispute={
        "id": "DSP-E18-0009", "reason": "not_received", "stage": "open",
        "shipment": {"status": "in_transit", "carrier": "Cainiao / Correios", "tracking_number": "NL512094473BR"},
        "order": _order("3057790045518320", "Kit de pincéis de maquiagem com estojo", 119.9, "BRL"),
        "buyer": {"name": "Thiago Nascimento", "country": "BR", "language": "pt-BR"},
        "seller": {"store_name": "Beleza Prisma", "signature": "Abraços, equipe Beleza Prisma"},
        "messages": _msg("Oi, comprei faz tempo e ainda não chegou. O rastreio diz que está em trânsito mas não muda. Abri a disputa pra garantir.", "2027-03-01T22:00:00Z"),
        "opened_at": "2027-03-01T22:01:00Z"}),
    "e10": dict(lang="nl", remedy="extend_delivery_time", dispute={
        "id": "DSP-E18-0010", "reason": "not_received", "stage": "open",
        "shipment": {"status": "in_transit", "carrier": "Cainiao / PostNL", "tracking_number": "RQ448120957NL"},
        "order": _order("3057801127734409", "Fietstas waterdicht, 20 liter", 31.99, "EUR"),
        "buyer": {"name": "Sanne de Groot", "country": "NL", "language": "nl"},
        "seller": {"store_name": "Trapkracht", "signature": "Met vriendelijke groet, team Trapkracht"},
        "messages": _msg("Hallo, de levertijd is bijna verstreken en ik heb nog niets. Ik heb daarom een geschil geopend.", "2027-02-14T12:00:00Z"),
        "opened_at": "2027-02-14T12:01:00Z"}),
    # ---------------- offer_reshipment ----------------
    "e11": dict(lang="tr", remedy="offer_reshipment", dispute={
        "id": "DSP-E18-0011", "reason": "not_received", "stage": "open",
        "shipment": {"status": "lost", "carrier": "Cainiao / PTT", "tracking_number": "LP00903318475CN"},
        "reship": {"buyer_answer": "not_asked"},
        "order": _order("3057815560021983", "Seramik kaplama çay demliği seti", 780.0, "TRY"),
        "buyer": {"name": "Emre Yıldırım", "country": "TR"},
        "seller": {"store_name": "Demlik Dünyası", "signature": "Saygılarımızla, Demlik Dünyası ekibi"},
        "messages": _msg("Merhaba, kargo takip sayfasında paketin kaybolduğu yazıyor. Siparişimi hâlâ almadım ve çok üzgünüm, bu bir hediyeydi. Ne yapacağız şimdi?", "2027-01-30T09:30:00Z"),
        "opened_at": "2027-01-30T09:31:00Z"}),
    "e12": dict(lang="sv", remedy="offer_reshipment", dispute={
        "id": "DSP-E18-0012", "reason": "not_received", "stage": "open",
        "shipment": {"status": "lost", "carrier": "Cainiao / PostNord", "tracking_number": "LP00366184209CN"},
        "reship": {"buyer_answer": "asked"},
        "order": _order("3057820019947732", "Handgjord läderplånbok, mörkbrun", 349.0, "SEK"),
        "buyer": {"name": "Linnea Holmberg", "country": "SE", "language": "sv"},
        "seller": {"store_name": "Nordläder", "signature": "Vänliga hälsningar, Nordläder"},
        "messages": _msg("Hej! PostNord säger att försändelsen inte går att spåra längre och att den troligen har försvunnit. Vad händer nu?", "2027-02-21T15:15:00Z"),
        "opened_at": "2027-02-21T15:16:00Z"}),
    # ---------------- confirm_reshipment ----------------
    "e13": dict(lang="zh", remedy="confirm_reshipment", dispute={
        "id": "DSP-E18-0013", "reason": "not_received", "stage": "open",
        "shipment": {"status": "lost", "carrier": "Cainiao / 顺丰", "tracking_number": "SF1402876653201"},
        "reship": {"buyer_answer": "agreed", "tracking_number": "SF1402879904417"},
        "order": _order("3057836628810054", "紫砂茶壶 手工 200ml", 268.0, "CNY"),
        "buyer": {"name": "陈嘉怡", "country": "TW", "language": "zh-TW"},
        "seller": {"store_name": "Jade Leaf Teaware", "signature": "Jade Leaf Teaware 客服团队"},
        "messages": _msg("好的，那就麻烦你们重新寄一次吧，地址不变。", "2027-01-18T06:00:00Z"),
        "opened_at": "2027-01-15T05:00:00Z"}),
    "e14": dict(lang="it", remedy="confirm_reshipment", dispute={
        "id": "DSP-E18-0014", "reason": "not_received", "stage": "open",
        "shipment": {"status": "lost", "carrier": "Cainiao / Poste Italiane", "tracking_number": "LP00220947718CN"},
        "reship": {"buyer_answer": "agreed", "tracking_number": "LP00224470193CN"},
        "order": _order("3057840093374125", "Moka in acciaio inox da 6 tazze", 32.0, "EUR"),
        "buyer": {"name": "Giulia Ferraresi", "country": "IT", "language": "it"},
        "seller": {"store_name": "Caffè & Co. Store", "signature": "Un caro saluto dal team di Caffè & Co. Store"},
        "messages": _msg("Va bene, accetto la rispedizione. L'indirizzo è quello dell'ordine. Grazie.", "2027-02-11T17:40:00Z"),
        "opened_at": "2027-02-09T08:00:00Z"}),
    # ---------------- propose_partial_or_return ----------------
    "e15": dict(lang="fr", remedy="propose_partial_or_return", dispute={
        "id": "DSP-E18-0015", "reason": "not_as_described", "problem": "color_or_appearance", "stage": "escalated",
        "shipment": {"status": "delivered", "carrier": "Cainiao / Postes Canada", "tracking_number": "LP00145590382CN"},
        "buyer_evidence": [{"kind": "photo", "note": "two photos in daylight"}],
        "order": _order("3057851170046618", "Housse de couette en lin lavé, vert sauge", 84.0, "CAD"),
        "buyer": {"name": "Mélodie Tremblay", "country": "CA", "language": "fr-CA"},
        "seller": {"store_name": "Lin & Lune", "signature": "Au plaisir, l'équipe Lin & Lune"},
        "messages": _msg("Bonjour, comme vous le voyez sur mes photos, la housse est grise et pas du tout vert sauge comme sur l'annonce. Je suis vraiment déçue.", "2027-03-05T13:00:00Z"),
        "opened_at": "2027-02-26T13:00:00Z"}),
    "e16": dict(lang="nl", remedy="propose_partial_or_return", dispute={
        "id": "DSP-E18-0016", "reason": "not_as_described", "problem": "missing_parts", "stage": "escalated",
        "shipment": {"status": "delivered", "carrier": "Cainiao / bpost", "tracking_number": "LP00611873520CN"},
        "buyer_evidence": [{"kind": "photo"}, {"kind": "video"}],
        "order": _order("3057866634490071", "Houten speelkeuken met accessoires", 89.0, "EUR"),
        "buyer": {"name": "Jeroen Claes", "country": "BE", "language": "nl-BE"},
        "seller": {"store_name": "Kleine Kok Speelgoed", "signature": "Groetjes van het team van Kleine Kok Speelgoed", "max_partial_refund_pct": 25},
        "messages": _msg("Zoals op de foto en video te zien: de pannetjes en het kraantje ontbreken volledig. Mijn dochter was er erg op gebrand.", "2027-02-17T18:20:00Z"),
        "opened_at": "2027-02-10T18:20:00Z"}),
    "e17": dict(lang="ru", remedy="propose_partial_or_return", dispute={
        "id": "DSP-E18-0017", "reason": "not_as_described", "problem": "quality", "stage": "escalated",
        "shipment": {"status": "delivered", "carrier": "Cainiao / Почта России", "tracking_number": "LP00788402153CN"},
        "buyer_evidence": [{"kind": "photo", "note": "close-ups of the seams"}],
        "order": _order("3057872205517738", "Кожаный рюкзак городской, чёрный", 5400.0, "RUB"),
        "buyer": {"name": "Дмитрий Соколов", "country": "RU"},
        "seller": {"store_name": "Urban Satchel", "signature": "С уважением, команда Urban Satchel"},
        "messages": _msg("Здравствуйте. На фотографиях хорошо видно, что швы расходятся, а кожа на лямках уже облезает после недели использования. Это не то качество, которое было обещано в описании.", "2027-03-12T09:00:00Z"),
        "opened_at": "2027-03-04T09:00:00Z"}),
    # ---------------- await_platform_decision ----------------
    "e18": dict(lang="ar", remedy="await_platform_decision", dispute={
        "id": "DSP-E18-0018", "reason": "not_received", "stage": "escalated", "seller_evidence_submitted": True,
        "shipment": {"status": "delivered", "carrier": "Cainiao / Aramex", "tracking_number": "LP00459927381CN"},
        "order": _order("3057889916630452", "ساعة ذكية رياضية بشاشة AMOLED", 249.0, "SAR"),
        "buyer": {"name": "نورة العتيبي", "country": "SA", "language": "ar"},
        "seller": {"store_name": "Pulse Wear", "signature": "مع خالص التحية، فريق Pulse Wear"},
        "messages": _msg("لم أستلم الساعة حتى الآن رغم أن التتبع يقول إنها سُلّمت. لقد صعّدت النزاع إلى المنصة.", "2027-02-23T20:00:00Z"),
        "opened_at": "2027-02-12T20:00:00Z"}),
    "e19": dict(lang="cs", remedy="await_platform_decision", dispute={
        "id": "DSP-E18-0019", "reason": "not_as_described", "problem": "counterfeit", "stage": "escalated", "seller_evidence_submitted": True,
        "shipment": {"status": "delivered", "carrier": "Cainiao / Zásilkovna", "tracking_number": "LP00330185964CN"},
        "order": _order("3057893347701829", "Sportovní hodinky s GPS", 1890.0, "CZK"),
        "buyer": {"name": "Tereza Horáková", "country": "CZ", "language": "cs"},
        "seller": {"store_name": "Horizont Sport", "signature": "S pozdravem, tým Horizont Sport"},
        "messages": _msg("Myslím si, že hodinky nejsou originál. Spor jsem proto předala platformě.", "2027-03-08T11:30:00Z"),
        "opened_at": "2027-02-28T11:30:00Z"}),
    # ---------------- escalation_reply ----------------
    "e20": dict(lang="uk", remedy="escalation_reply", dispute={
        "id": "DSP-E18-0020", "reason": "not_received", "stage": "escalated",
        "shipment": {"status": "in_transit", "carrier": "Cainiao / Нова Пошта", "tracking_number": "LP00574418290CN"},
        "order": _order("3057904478823316", "Дитячий зимовий комбінезон, 110 см", 1450.0, "UAH"),
        "buyer": {"name": "Олена Коваленко", "country": "UA", "language": "uk"},
        "seller": {"store_name": "Teplyk Kids", "signature": "З повагою, команда Teplyk Kids"},
        "messages": _msg("Я чекаю вже надто довго, зима закінчується, а комбінезона досі немає. Тому я передала спір на платформу.", "2027-02-25T08:00:00Z"),
        "opened_at": "2027-02-10T08:00:00Z"}),
    "e21": dict(lang="ro", remedy="escalation_reply", dispute={
        "id": "DSP-E18-0021", "reason": "not_as_described", "problem": "other", "stage": "escalated",
        "shipment": {"status": "delivered", "carrier": "Cainiao / Fan Courier", "tracking_number": "LP00862039147CN"},
        "order": _order("3057917762290048", "Set de cuțite de bucătărie din oțel damasc", 420.0, "RON"),
        "buyer": {"name": "Andreea Popescu", "country": "RO", "language": "ro"},
        "seller": {"store_name": "Lama Fină", "signature": "Cu stimă, echipa Lama Fină"},
        "messages": _msg("Am încercat să discut cu dumneavoastră, dar nu am primit o soluție. Am escaladat disputa la platformă.", "2027-03-02T16:45:00Z"),
        "opened_at": "2027-02-20T16:45:00Z"}),
    # ---------------- return_instructions ----------------
    "e22": dict(lang="hu", remedy="return_instructions", dispute={
        "id": "DSP-E18-0022", "reason": "not_as_described", "problem": "wrong_item", "stage": "ruled",
        "platform_ruling": "return_and_refund", "return_shipment": {"status": "not_shipped"},
        "shipment": {"status": "delivered", "carrier": "Cainiao / Magyar Posta", "tracking_number": "LP00197736482CN"},
        "order": _order("3057920091184463", "Kerámia virágcserép szett, 3 darab", 12900.0, "HUF"),
        "buyer": {"name": "Kovács Eszter", "country": "HU", "language": "hu"},
        "seller": {"store_name": "Zöldsarok", "signature": "Üdvözlettel: a Zöldsarok csapata",
                   "return_address": "Zöldsarok Visszáru, Dózsa György út 17, 6720 Szeged, Magyarország"},
        "messages": _msg("A platform a visszaküldés és visszatérítés mellett döntött. Hova küldjem a cserepeket?", "2027-03-14T10:00:00Z"),
        "opened_at": "2027-02-24T10:00:00Z"}),
    "e23": dict(lang="el", remedy="return_instructions", dispute={
        "id": "DSP-E18-0023", "reason": "not_as_described", "problem": "quality", "stage": "ruled",
        "platform_ruling": "return_and_refund", "return_shipment": {"status": "in_transit", "tracking_number": "RR552018836GR"},
        "shipment": {"status": "delivered", "carrier": "Cainiao / ΕΛΤΑ", "tracking_number": "LP00403371865CN"},
        "order": _order("3057936624407719", "Βαλίτσα καμπίνας με σκληρό κέλυφος", 64.0, "EUR"),
        "buyer": {"name": "Γιώργος Παπαδόπουλος", "country": "GR"},
        "seller": {"store_name": "Voyager Cases", "signature": "Με εκτίμηση, η ομάδα της Voyager Cases",
                   "return_address": "Voyager Cases Returns, Οδός Πειραιώς 142, 11854 Αθήνα, Ελλάδα"},
        "messages": _msg("Καλησπέρα σας. Η πλατφόρμα αποφάσισε επιστροφή και επιστροφή χρημάτων. Θέλω να σιγουρευτώ ότι η διεύθυνση είναι σωστή πριν στείλω τη βαλίτσα, γιατί δεν θέλω να χαθεί.", "2027-03-09T12:00:00Z"),
        "opened_at": "2027-02-18T12:00:00Z"}),
    # ---------------- return_received ----------------
    "e24": dict(lang="da", remedy="return_received", dispute={
        "id": "DSP-E18-0024", "reason": "not_as_described", "problem": "size_or_fit", "stage": "ruled",
        "platform_ruling": "return_and_refund", "return_shipment": {"status": "received", "tracking_number": "RK730119284DK"},
        "shipment": {"status": "delivered", "carrier": "Cainiao / PostNord", "tracking_number": "LP00255198730CN"},
        "order": _order("3057941109928845", "Regnjakke til kvinder, str. M", 499.0, "DKK"),
        "buyer": {"name": "Mette Kjærgaard", "country": "DK", "language": "da"},
        "seller": {"store_name": "Skagen Outdoor Co.", "signature": "Mange hilsner fra Skagen Outdoor Co."},
        "messages": _msg("Hej, jeg har sendt jakken retur for over en uge siden. Er den kommet frem?", "2027-03-16T09:00:00Z"),
        "opened_at": "2027-02-20T09:00:00Z"}),
    "e25": dict(lang="en", remedy="return_received", dispute={
        "id": "DSP-E18-0025", "reason": "not_as_described", "problem": "not_working", "stage": "ruled",
        "return_shipment": {"status": "received", "tracking_number": "9400118899562201473"},
        "shipment": {"status": "delivered", "carrier": "AliExpress Standard Shipping / USPS", "tracking_number": "LP00919046627CN"},
        "order": _order("3057958830015564", "Cordless handheld vacuum, 8000 Pa", 58.0, "USD"),
        "buyer": {"name": "Marcus Bell", "country": "US", "language": "en-US"},
        "seller": {"store_name": "Brightnest Appliances", "signature": "Cheers, Brightnest Appliances team"},
        "messages": _msg("I shipped the vacuum back like we agreed. Tracking says it was delivered to you. When do I get my money?", "2027-03-18T21:00:00Z"),
        "opened_at": "2027-03-01T21:00:00Z"}),
}
