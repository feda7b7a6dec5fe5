"""Source of the seventh set's disputes (all invented: stores, buyers, items, carriers, numbers).

DISPUTES: list of (file stem, intended remedy, intended variant or None, dispute dict).
The file stem is <id>_<lang>_<remedy>; <lang> is the language the reply must be in.
"""

def _order(oid, title, price, currency, placed=None, qty=1):
    o = {"id": oid, "items": [{"title": title, "quantity": qty, "unit_price": price}],
         "total": round(price * qty, 2), "currency": currency}
    if placed:
        o["placed_at"] = placed
    return o


def _buyer(name, country, language=None):
    b = {"name": name, "country": country}
    if language:
        b["language"] = language
    return b


def _msg(text, at, author="buyer"):
    return {"author": author, "at": at, "text": text}


DISPUTES = [
    # ---------------- evidence_by_problem_type ----------------
    ("v01_en_evidence", "evidence_by_problem_type", "counterfeit", {
        "id": "V7-2026-110401", "reason": "not_as_described", "problem": "counterfeit", "stage": "open",
        "shipment": {"status": "delivered", "carrier": "Cainiao / Royal Mail", "tracking_number": "LP00471920385CN"},
        "order": _order("8207731045528810", "Quartz wristwatch with brown leather strap", 38.5, "GBP", "2026-10-28T11:20:00Z"),
        "buyer": _buyer("Eleanor Whitcombe", "GB", "en-GB"),
        "seller": {"store_name": "Harbour Lane Goods"},
        "messages": [_msg("Hello, the watch arrived but the logo on the dial is printed crooked and there is no serial engraving on the back. I honestly don't think this is genuine.", "2026-11-18T09:02:00Z")],
        "opened_at": "2026-11-18T09:03:00Z"}),
    ("v02_tr_evidence", "evidence_by_problem_type", "not_working", {
        "id": "V7-2026-110402", "reason": "not_as_described", "problem": "not_working", "stage": "open",
        "shipment": {"status": "delivered", "carrier": "Cainiao / PTT Kargo", "tracking_number": "UM560318847CN"},
        "order": _order("8207731099013342", "Kablosuz dikey el süpürgesi", 2149.0, "TRY", "2026-11-02T16:45:00Z"),
        "buyer": _buyer("Mert Yılmaz", "TR", "tr"),
        "seller": {"store_name": "Kervan Tech Store", "signature": "Kervan Tech Ekibi"},
        "messages": [_msg("Merhaba, süpürge şarj oluyor ama açma tuşuna basınca birkaç saniye çalışıp kendiliğinden kapanıyor. Hiç kullanamadım.", "2026-11-19T20:14:00Z")],
        "opened_at": "2026-11-19T20:15:00Z"}),
    ("v03_ja_evidence", "evidence_by_problem_type", "missing_parts", {
        "id": "V7-2026-110403", "reason": "not_as_described", "problem": "missing_parts", "stage": "open",
        "shipment": {"status": "delivered", "carrier": "Cainiao / Japan Post", "tracking_number": "LP00802246719CN"},
        "order": _order("8207731120456678", "木製ミニチュアハウス キット", 4280, "JPY", "2026-11-01T03:10:00Z"),
        "buyer": _buyer("佐藤 由美", "JP", "ja"),
        "seller": {"store_name": "Sakura Craft Supply", "signature": "さくらクラフト ショップ"},
        "messages": [_msg("こんにちは。届いた箱を開けたら、照明用のパーツと接着剤が入っていませんでした。これでは完成できません。", "2026-11-17T12:30:00Z")],
        "opened_at": "2026-11-17T12:31:00Z"}),
    ("v04_es_evidence", "evidence_by_problem_type", "color_or_appearance", {
        "id": "V7-2026-110404", "reason": "not_as_described", "problem": "color_or_appearance", "stage": "open",
        "shipment": {"status": "delivered", "carrier": "Cainiao / Estafeta", "tracking_number": "LX339105872CN"},
        "order": _order("8207731134470091", "Cortinas opacas color verde olivo", 689.0, "MXN", "2026-10-30T22:05:00Z"),
        "buyer": _buyer("Guadalupe Herrera", "MX", "es-MX"),
        "seller": {"store_name": "Textiles Marisol", "signature": "Equipo Textiles Marisol"},
        "messages": [_msg("Buenas tardes, las cortinas llegaron de un tono casi gris, no tienen nada que ver con el verde de las fotos. Estoy muy decepcionada.", "2026-11-16T23:40:00Z")],
        "opened_at": "2026-11-16T23:41:00Z"}),
    # ---------------- customs_clearance ----------------
    ("v05_de_customs", "customs_clearance", "buyer", {
        "id": "V7-2026-110405", "reason": "not_received", "stage": "open",
        "shipment": {"status": "customs_hold", "carrier": "Cainiao / DHL", "tracking_number": "LV482913557CN",
                     "shipped_at": "2026-11-04", "duties_payer": "buyer"},
        "order": _order("8207731150987724", "Ultraleichtes Trekkingzelt", 189.0, "EUR", "2026-11-02T08:00:00Z"),
        "buyer": _buyer("Katharina Brandt", "DE", "de"),
        "seller": {"store_name": "Nordlicht Outdoor", "signature": "Ihr Nordlicht-Outdoor-Team"},
        "messages": [_msg("Guten Tag, laut Sendungsverfolgung hängt das Paket beim Zoll fest. Was muss ich jetzt tun? Ich brauche das Zelt bald.", "2026-11-20T07:50:00Z")],
        "opened_at": "2026-11-20T07:51:00Z"}),
    ("v06_sv_customs", "customs_clearance", "seller", {
        "id": "V7-2026-110406", "reason": "not_received", "stage": "open",
        "shipment": {"status": "customs_hold", "carrier": "Cainiao / PostNord", "tracking_number": "UB907733218CN",
                     "duties_payer": "seller"},
        "order": _order("8207731163325509", "Pläd i merinoull", 899.0, "SEK", "2026-10-29T18:30:00Z"),
        "buyer": _buyer("Johan Lindqvist", "SE", "sv"),
        "seller": {"store_name": "Fjällbo Design", "signature": "Fjällbo Design"},
        "messages": [_msg("Hej, paketet har stått i tullen i över en vecka nu. Måste jag betala något för att få ut det?", "2026-11-19T10:12:00Z")],
        "opened_at": "2026-11-19T10:13:00Z"}),
    ("v07_pt_customs", "customs_clearance", "absent", {
        "id": "V7-2026-110407", "reason": "not_received", "stage": "open",
        "shipment": {"status": "customs_hold", "carrier": "Cainiao / Correios", "tracking_number": "LB604417852HK"},
        "order": _order("8207731178841236", "Luminária de mesa articulada", 219.9, "BRL", "2026-10-21T14:00:00Z"),
        "buyer": _buyer("Rafael Monteiro", "BR"),
        "seller": {"store_name": "Casa Brisa Home", "signature": "Equipe Casa Brisa"},
        "messages": [
            _msg("Olá, meu pedido está parado na alfândega há vários dias e o rastreamento diz que está aguardando liberação. Não sei se preciso pagar alguma coisa ou se vocês vão resolver isso. Podem me ajudar, por favor?", "2026-11-18T13:05:00Z"),
            _msg("Já faz bastante tempo que eu comprei e estou ficando preocupado com a demora.", "2026-11-19T09:40:00Z")],
        "opened_at": "2026-11-18T13:06:00Z"}),
    # ---------------- extend_delivery_time ----------------
    ("v08_fr_extend", "extend_delivery_time", None, {
        "id": "V7-2026-110408", "reason": "not_received", "stage": "open",
        "shipment": {"status": "in_transit", "carrier": "YunExpress / Postes Canada", "tracking_number": "YT2611558820931",
                     "shipped_at": "2026-10-27"},
        "order": _order("8207731181150467", "Bottes d'hiver imperméables", 94.0, "CAD", "2026-10-25T17:25:00Z"),
        "buyer": _buyer("Mathieu Tremblay", "CA", "fr-CA"),
        "seller": {"store_name": "Boutique Érable Rouge", "signature": "L'équipe Érable Rouge", "protection_extension_days": 20},
        "messages": [_msg("Bonjour, ça fait trois semaines que j'attends mes bottes et le suivi n'avance presque plus. L'hiver arrive, je commence à m'inquiéter.", "2026-11-21T15:00:00Z")],
        "opened_at": "2026-11-21T15:01:00Z"}),
    ("v09_zh_extend", "extend_delivery_time", None, {
        "id": "V7-2026-110409", "reason": "not_received", "stage": "open",
        "shipment": {"status": "in_transit", "carrier": "Cainiao / SingPost", "tracking_number": "LP00618274935CN"},
        "order": _order("8207731196602283", "陶瓷茶具套装", 45.8, "USD", "2026-10-24T06:45:00Z"),
        "buyer": _buyer("王静", "SG", "zh"),
        "seller": {"store_name": "Lotus Home Store", "signature": "莲花家居店"},
        "messages": [_msg("你好，我的茶具已经两个多星期没有更新物流信息了，是不是丢了？请尽快回复。", "2026-11-20T02:18:00Z")],
        "opened_at": "2026-11-20T02:19:00Z"}),
    ("v10_pl_extend", "extend_delivery_time", None, {
        "id": "V7-2026-110410", "reason": "not_received", "stage": "open",
        "shipment": {"status": "in_transit", "carrier": "Cainiao / Poczta Polska", "tracking_number": "UR381045927CN"},
        "order": _order("8207731203379915", "Zestaw doniczek ceramicznych", 119.0, "PLN", "2026-10-15T19:10:00Z"),
        "buyer": _buyer("Agata Wiśniewska", "PL"),
        "seller": {"store_name": "Zielony Parapet", "signature": "Zespół Zielony Parapet", "protection_extension_days": 10},
        "messages": [
            _msg("Dzień dobry, zamówienie złożyłam ponad miesiąc temu, a paczka ciągle jest w drodze. Czy ona w ogóle do mnie dotrze? Trochę się już denerwuję, bo to miał być prezent.", "2026-11-19T18:22:00Z"),
            _msg("Proszę o informację, co dalej z moją przesyłką.", "2026-11-20T08:05:00Z")],
        "opened_at": "2026-11-19T18:23:00Z"}),
    # ---------------- offer_reshipment ----------------
    ("v11_it_offer_reship", "offer_reshipment", None, {
        "id": "V7-2026-110411", "reason": "not_received", "stage": "open",
        "shipment": {"status": "lost", "carrier": "Cainiao / Poste Italiane", "tracking_number": "LP00733910462CN"},
        "reship": {"buyer_answer": "not_asked"},
        "order": _order("8207731217764430", "Borsa a tracolla in pelle", 58.0, "EUR", "2026-10-12T10:30:00Z"),
        "buyer": _buyer("Francesca Ricci", "IT", "it"),
        "seller": {"store_name": "Bottega Vela", "signature": "Il team di Bottega Vela"},
        "messages": [_msg("Buongiorno, il corriere mi ha scritto che il pacco risulta smarrito. E adesso cosa facciamo?", "2026-11-18T08:15:00Z")],
        "opened_at": "2026-11-18T08:16:00Z"}),
    ("v12_da_offer_reship", "offer_reshipment", None, {
        "id": "V7-2026-110412", "reason": "not_received", "stage": "open",
        "shipment": {"status": "lost", "carrier": "PostNL / PostNord", "tracking_number": "RS218840375NL"},
        "reship": {"buyer_answer": "asked"},
        "order": _order("8207731225518872", "Strikket babytæppe i bomuld", 249.0, "DKK", "2026-10-19T20:00:00Z"),
        "buyer": _buyer("Mette Kristensen", "DK", "da"),
        "seller": {"store_name": "Hygge Hjem", "signature": "Hygge Hjem-teamet"},
        "messages": [_msg("Hej, I skrev at pakken er forsvundet. Jeg har ikke rigtig forstået, hvad I foreslår nu. Kan I forklare det igen?", "2026-11-20T19:30:00Z")],
        "opened_at": "2026-11-16T11:00:00Z"}),
    # ---------------- confirm_reshipment ----------------
    ("v13_nl_confirm_reship", "confirm_reshipment", None, {
        "id": "V7-2026-110413", "reason": "not_received", "stage": "open",
        "shipment": {"status": "lost", "carrier": "Cainiao / PostNL", "tracking_number": "LP00529136847CN"},
        "reship": {"buyer_answer": "agreed", "tracking_number": "LP00529188210CN"},
        "order": _order("8207731239901154", "Waterdichte fietstas", 39.95, "EUR", "2026-10-18T09:00:00Z"),
        "buyer": _buyer("Sanne de Vries", "NL", "nl"),
        "seller": {"store_name": "Tulpenveld Shop", "signature": "Team Tulpenveld"},
        "messages": [_msg("Ja hoor, stuur hem maar opnieuw, graag naar hetzelfde adres.", "2026-11-21T12:40:00Z")],
        "opened_at": "2026-11-17T16:20:00Z"}),
    ("v14_cs_confirm_reship", "confirm_reshipment", None, {
        "id": "V7-2026-110414", "reason": "not_received", "stage": "open",
        "shipment": {"status": "lost", "carrier": "Cainiao / Česká pošta", "tracking_number": "RR447120953CN"},
        "reship": {"buyer_answer": "agreed", "tracking_number": "RR447160028CN"},
        "order": _order("8207731242286617", "Dřevěná stavebnice pro děti", 1290.0, "CZK", "2026-10-20T07:55:00Z"),
        "buyer": _buyer("Petr Novák", "CZ", "cs"),
        "seller": {"store_name": "Ateliér Lipka", "signature": "Tým Ateliér Lipka"},
        "messages": [_msg("Dobře, pošlete to prosím znovu. Adresa zůstává stejná.", "2026-11-21T17:05:00Z")],
        "opened_at": "2026-11-16T09:30:00Z"}),
    # ---------------- propose_partial_or_return ----------------
    ("v15_en_partial", "propose_partial_or_return", None, {
        "id": "V7-2026-110415", "reason": "not_as_described", "problem": "quality", "stage": "escalated",
        "buyer_evidence": [{"kind": "photo", "note": "rust spots on the largest pan"}, {"kind": "photo"}],
        "shipment": {"status": "delivered", "carrier": "AliExpress Standard Shipping", "tracking_number": "RB774120365SG"},
        "order": _order("8207731256673380", "Cast iron skillet set", 72.0, "USD", "2026-10-22T13:15:00Z"),
        "buyer": _buyer("Marcus Bell", "US", "en-US"),
        "seller": {"store_name": "Cedar & Pine Supply"},
        "messages": [_msg("I sent you photos. Two of the pans have rust spots right out of the box. I escalated because nobody answered me.", "2026-11-20T22:10:00Z")],
        "opened_at": "2026-11-12T21:00:00Z"}),
    ("v16_fi_partial", "propose_partial_or_return", None, {
        "id": "V7-2026-110416", "reason": "not_as_described", "problem": "damaged", "stage": "escalated",
        "buyer_evidence": [{"kind": "photo", "note": "chip on the rim"}],
        "shipment": {"status": "delivered", "carrier": "Cainiao / Posti", "tracking_number": "LP00355081926CN"},
        "order": _order("8207731260048812", "Käsintehty lasimaljakko", 48.0, "EUR", "2026-10-26T10:40:00Z"),
        "buyer": _buyer("Aino Virtanen", "FI", "fi"),
        "seller": {"store_name": "Revontuli Koti", "signature": "Revontuli Kodin tiimi", "max_partial_refund_pct": 25},
        "messages": [_msg("Hei, lähetin kuvat: maljakon reunasta puuttuu pala. Siirsin riidan alustan käsiteltäväksi.", "2026-11-21T07:20:00Z")],
        "opened_at": "2026-11-14T08:00:00Z"}),
    ("v17_ko_partial", "propose_partial_or_return", None, {
        "id": "V7-2026-110417", "reason": "not_as_described", "problem": "color_or_appearance", "stage": "escalated",
        "buyer_evidence": [{"kind": "photo"}, {"kind": "photo"}],
        "shipment": {"status": "delivered", "carrier": "Cainiao / CJ Logistics", "tracking_number": "LP00914473602CN"},
        "order": _order("8207731274415593", "원목 수납 선반", 58300, "KRW", "2026-10-23T01:30:00Z"),
        "buyer": _buyer("김서연", "KR", "ko"),
        "seller": {"store_name": "Hanul Living", "signature": "하늘 리빙 드림", "max_partial_refund_pct": 20},
        "messages": [_msg("사진 보내드렸어요. 선반 색이 상품 사진이랑 완전히 달라요. 답변이 없어서 분쟁을 플랫폼에 올렸습니다.", "2026-11-21T04:50:00Z")],
        "opened_at": "2026-11-13T05:00:00Z"}),
    # ---------------- await_platform_decision ----------------
    ("v18_ru_await", "await_platform_decision", None, {
        "id": "V7-2026-110418", "reason": "not_received", "stage": "escalated", "seller_evidence_submitted": True,
        "shipment": {"status": "delivered", "carrier": "Cainiao / Почта России", "tracking_number": "RU559031748CN"},
        "order": _order("8207731288820046", "Термос из нержавеющей стали", 27.4, "USD", "2026-10-16T15:35:00Z"),
        "buyer": _buyer("Дмитрий Соколов", "RU"),
        "seller": {"store_name": "Baikal Gear", "signature": "Команда Baikal Gear"},
        "messages": [
            _msg("Здравствуйте. Отслеживание показывает, что посылка вручена, но я её не получал. На почте тоже ничего не знают.", "2026-11-10T11:00:00Z"),
            _msg("Ваш ответ меня не устроил, поэтому я передал спор на рассмотрение платформы.", "2026-11-20T12:45:00Z")],
        "opened_at": "2026-11-10T11:01:00Z"}),
    ("v19_es_await", "await_platform_decision", None, {
        "id": "V7-2026-110419", "reason": "not_as_described", "problem": "wrong_item", "stage": "escalated",
        "seller_evidence_submitted": True,
        "shipment": {"status": "delivered", "carrier": "Cainiao / Correos", "tracking_number": "LP00267740518CN"},
        "order": _order("8207731291137758", "Funda para tablet azul marino", 19.99, "EUR", "2026-10-27T18:00:00Z"),
        "buyer": _buyer("Javier Ortega Ruiz", "ES", "es"),
        "seller": {"store_name": "La Tienda de Nerea", "signature": "Nerea y el equipo"},
        "messages": [_msg("Pedí la funda azul marino y me ha llegado una negra. Como no me dais solución, he escalado la disputa.", "2026-11-21T10:30:00Z")],
        "opened_at": "2026-11-15T10:00:00Z"}),
    # ---------------- escalation_reply ----------------
    ("v20_ar_escalation", "escalation_reply", None, {
        "id": "V7-2026-110420", "reason": "not_received", "stage": "escalated",
        "shipment": {"status": "in_transit", "carrier": "Aramex", "tracking_number": "AX7730019254"},
        "order": _order("8207731305569921", "عطر عود فاخر", 55.0, "USD", "2026-10-18T09:20:00Z"),
        "buyer": _buyer("ليلى حداد", "JO", "ar"),
        "seller": {"store_name": "Noor Perfume House", "signature": "فريق بيت نور للعطور"},
        "messages": [_msg("لقد انتظرت طويلًا ولم يصلني الطلب حتى الآن، لذلك رفعت النزاع إلى المنصة.", "2026-11-21T16:00:00Z")],
        "opened_at": "2026-11-12T16:00:00Z"}),
    ("v21_de_escalation", "escalation_reply", None, {
        "id": "V7-2026-110421", "reason": "not_as_described", "problem": "size_or_fit", "stage": "escalated",
        "shipment": {"status": "delivered", "carrier": "Cainiao / Österreichische Post", "tracking_number": "LP00148830297CN"},
        "order": _order("8207731319924485", "Trachtenjanker aus Walk", 129.0, "EUR", "2026-10-20T12:00:00Z"),
        "buyer": _buyer("Stefan Gruber", "AT", "de-AT"),
        "seller": {"store_name": "Alpenmode Shop", "signature": "Ihr Alpenmode-Team"},
        "messages": [_msg("Der Janker ist viel zu eng, obwohl ich die Größe laut Tabelle bestellt habe. Ich habe den Fall jetzt an die Plattform übergeben.", "2026-11-21T19:10:00Z")],
        "opened_at": "2026-11-13T19:00:00Z"}),
    # ---------------- return_instructions ----------------
    ("v22_pt_return_instr", "return_instructions", None, {
        "id": "V7-2026-110422", "reason": "not_as_described", "problem": "damaged", "stage": "ruled",
        "platform_ruling": "return_and_refund", "return_shipment": {"status": "not_shipped"},
        "shipment": {"status": "delivered", "carrier": "Cainiao / CTT", "tracking_number": "LP00690015274CN"},
        "order": _order("8207731323381109", "Conjunto de azulejos decorativos", 42.0, "EUR", "2026-10-10T15:00:00Z"),
        "buyer": _buyer("Inês Carvalho", "PT", "pt-PT"),
        "seller": {"store_name": "Azulejo & Co.", "signature": "Equipa Azulejo & Co.",
                   "return_address": "Azulejo & Co. Devoluções, Rua do Almada 214, 4050-032 Porto, Portugal"},
        "messages": [_msg("Boa tarde, a plataforma deu-me razão e aceitou a devolução. Para onde devo enviar os azulejos?", "2026-11-22T14:10:00Z")],
        "opened_at": "2026-11-02T10:00:00Z"}),
    ("v23_tr_return_instr", "return_instructions", None, {
        "id": "V7-2026-110423", "reason": "not_as_described", "problem": "wrong_item", "stage": "ruled",
        "platform_ruling": "return_and_refund",
        "shipment": {"status": "delivered", "carrier": "Cainiao / Yurtiçi Kargo", "tracking_number": "LP00877301642CN"},
        "order": _order("8207731337796634", "El boyaması seramik kupa seti", 1450.0, "TRY", "2026-10-14T11:00:00Z"),
        "buyer": _buyer("Zeynep Arslan", "TR", "tr"),
        "seller": {"store_name": "Lale Seramik", "signature": "Lale Seramik Ekibi",
                   "return_address": "Lale Seramik İade Deposu, Caferağa Mah. Moda Cad. No: 58, 34710 Kadıköy/İstanbul, Türkiye"},
        "messages": [_msg("İyi günler, platform iade ve geri ödeme kararı verdi. Kupaları hangi adrese göndermem gerekiyor?", "2026-11-22T09:25:00Z")],
        "opened_at": "2026-11-03T08:00:00Z"}),
    # ---------------- return_received ----------------
    ("v24_fr_return_received", "return_received", None, {
        "id": "V7-2026-110424", "reason": "not_as_described", "problem": "size_or_fit", "stage": "ruled",
        "platform_ruling": "return_and_refund",
        "return_shipment": {"status": "received", "tracking_number": "6A21004873310"},
        "shipment": {"status": "delivered", "carrier": "Cainiao / Colissimo", "tracking_number": "LP00402258963CN"},
        "order": _order("8207731341162297", "Robe en lin brodée", 54.0, "EUR", "2026-10-05T20:00:00Z"),
        "buyer": _buyer("Julien Moreau", "FR"),
        "seller": {"store_name": "Atelier Coquelicot", "signature": "L'équipe Atelier Coquelicot"},
        "messages": [
            _msg("Bonjour, j'ai renvoyé la robe comme demandé par la plateforme. Pouvez-vous me dire si vous l'avez bien reçue ?", "2026-11-19T08:30:00Z"),
            _msg("Je n'ai toujours pas de nouvelles de mon remboursement, merci de me tenir au courant.", "2026-11-22T18:00:00Z")],
        "opened_at": "2026-10-24T09:00:00Z"}),
    ("v25_pl_return_received", "return_received", None, {
        "id": "V7-2026-110425", "reason": "not_as_described", "problem": "quality", "stage": "ruled",
        "return_shipment": {"status": "received", "tracking_number": "PX8830412775PL"},
        "shipment": {"status": "delivered", "carrier": "Cainiao / InPost", "tracking_number": "LP00511827734CN"},
        "order": _order("8207731355528860", "Naszyjnik z bursztynem bałtyckim", 159.0, "PLN", "2026-10-08T13:45:00Z"),
        "buyer": _buyer("Tomasz Kowalczyk", "PL", "pl"),
        "seller": {"store_name": "Bursztynowy Zakątek", "signature": "Zespół Bursztynowy Zakątek"},
        "messages": [_msg("Dzień dobry, naszyjnik został odesłany. Czy paczka już do Państwa dotarła?", "2026-11-21T11:50:00Z")],
        "opened_at": "2026-10-28T10:00:00Z"}),
    ("v26_it_return_received", "return_received", None, {
        "id": "V7-2026-110426", "reason": "not_as_described", "problem": "not_working", "stage": "ruled",
        "platform_ruling": "return_and_refund",
        "return_shipment": {"status": "received", "tracking_number": "99.00.417733.20571846"},
        "shipment": {"status": "delivered", "carrier": "Cainiao / Swiss Post", "tracking_number": "LP00593312086CN"},
        "order": _order("8207731369915573", "Macinacaffè elettrico in acciaio", 64.9, "CHF", "2026-10-09T07:30:00Z"),
        "buyer": _buyer("Luca Bernasconi", "CH", "it-CH"),
        "seller": {"store_name": "Casa Moka", "signature": "Il team di Casa Moka"},
        "messages": [_msg("Buongiorno, il macinacaffè vi è stato rispedito la settimana scorsa. Mi confermate che è arrivato?", "2026-11-22T07:15:00Z")],
        "opened_at": "2026-10-27T07:00:00Z"}),
]
