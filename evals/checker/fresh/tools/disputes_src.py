"""Source of the fresh disputes (contract format). Imported by data.py."""

def _d(id_, reason, stage, *, problem=None, shipment=None, reship=None, seller_ev=False, buyer_ev=None,
       ruling=None, ret=None, order=None, buyer=None, messages=None, opened=None, seller=None):
    d = {"id": id_, "reason": reason}
    if problem:
        d["problem"] = problem
    d["stage"] = stage
    if shipment:
        d["shipment"] = shipment
    if reship:
        d["reship"] = reship
    if seller_ev:
        d["seller_evidence_submitted"] = True
    if buyer_ev:
        d["buyer_evidence"] = buyer_ev
    if ruling:
        d["platform_ruling"] = ruling
    if ret:
        d["return_shipment"] = ret
    d["order"] = order
    d["buyer"] = buyer
    if seller:
        d["seller"] = seller
    d["messages"] = messages or []
    d["opened_at"] = opened
    return d


def _o(id_, title, price, cur, placed, qty=1):
    return {"id": id_, "items": [{"title": title, "quantity": qty, "unit_price": price}],
            "total": round(price * qty, 2), "currency": cur, "placed_at": placed}


def _b(text, at):
    return {"author": "buyer", "text": text, "at": at}


DISPUTES = {
 # ---------------- evidence_by_problem_type ----------------
 "f01_en_evidence_by_problem_type": _d(
    "DSP-2027-4100301", "not_as_described", "open", problem="quality",
    shipment={"status": "delivered", "carrier": "YunExpress", "tracking_number": "YT2410883519206421", "shipped_at": "2027-01-08"},
    order=_o("3051774902218861", "Stainless steel French press 1L", 27.40, "NZD", "2027-01-05T21:10:00Z"),
    buyer={"name": "Hannah Whitfield", "country": "NZ", "language": "en-NZ"},
    seller={"store_name": "Kettle & Crumb", "signature": "Warm regards, the Kettle & Crumb team"},
    messages=[_b("Hi, the French press arrived but the mesh filter is already fraying at the edge and coffee grounds get through. Not what I expected for the price.", "2027-01-27T07:40:00Z")],
    opened="2027-01-27T07:42:00Z"),
 "f02_es_evidence_by_problem_type": _d(
    "DSP-2027-4100302", "not_as_described", "open", problem="not_working",
    shipment={"status": "delivered", "carrier": "Cainiao / Correo Argentino", "tracking_number": "LP00915276403388", "shipped_at": "2027-01-03"},
    order=_o("3051774902219902", "Auriculares inalámbricos con estuche de carga", 41500, "ARS", "2027-01-01T14:00:00Z"),
    buyer={"name": "Martina Sosa", "country": "AR", "language": "es-AR"},
    seller={"store_name": "EcoSonido Store", "signature": "Saludos cordiales, equipo EcoSonido"},
    messages=[_b("Hola, el auricular izquierdo no carga. Lo dejé toda la noche en el estuche y sigue sin prender. ¿Qué hago?", "2027-01-29T22:05:00Z")],
    opened="2027-01-29T22:06:00Z"),
 "f03_tr_evidence_by_problem_type": _d(
    "DSP-2027-4100303", "not_as_described", "open", problem="damaged",
    shipment={"status": "delivered", "carrier": "Cainiao / PTT Kargo", "tracking_number": "LP00467102938851", "shipped_at": "2027-02-02"},
    order=_o("3051774902220147", "Seramik çay fincanı takımı (6'lı)", 1249.90, "TRY", "2027-01-30T09:30:00Z"),
    buyer={"name": "Elif Yıldız", "country": "TR", "language": "tr"},
    seller={"store_name": "Anatolia Home", "signature": "Saygılarımızla, Anatolia Home ekibi"},
    messages=[_b("Merhaba, kargo bugün geldi ama fincanlardan ikisi kırık çıktı. Kutu da ezilmişti. Lütfen yardımcı olun.", "2027-02-16T15:20:00Z")],
    opened="2027-02-16T15:25:00Z"),
 "f04_it_evidence_by_problem_type": _d(
    "DSP-2027-4100304", "not_as_described", "open", problem="wrong_item",
    shipment={"status": "delivered", "carrier": "Cainiao / SDA", "tracking_number": "LP00382019475560", "shipped_at": "2027-01-12"},
    order=_o("3051774902221188", "Zaino da trekking 30L verde oliva", 46.90, "EUR", "2027-01-10T18:45:00Z"),
    buyer={"name": "Alessandro Ferri", "country": "IT", "language": "it"},
    seller={"store_name": "MontagnaViva", "signature": "Un caro saluto, il team MontagnaViva"},
    messages=[_b("Buongiorno, ho ordinato lo zaino da 30 litri verde oliva e mi è arrivata una borsa a tracolla nera. Non c'entra niente con quello che ho comprato.", "2027-01-25T11:10:00Z")],
    opened="2027-01-25T11:12:00Z"),
 # ---------------- customs_clearance ----------------
 "f05_nl_customs_clearance": _d(
    "DSP-2027-4100305", "not_received", "open",
    shipment={"status": "customs_hold", "carrier": "Cainiao / bpost", "tracking_number": "LP00729401163825", "shipped_at": "2027-01-06", "duties_payer": "buyer"},
    order=_o("3051774902222290", "Elektrische step 350W", 289.00, "EUR", "2027-01-04T20:00:00Z"),
    buyer={"name": "Pieter Claes", "country": "BE", "language": "nl-BE"},
    seller={"store_name": "VoltRide Store", "signature": "Met vriendelijke groet, team VoltRide"},
    messages=[_b("Goedendag, volgens de tracking staat mijn step al een week bij de douane. Wat moet ik doen om hem te krijgen?", "2027-01-24T09:00:00Z")],
    opened="2027-01-24T09:03:00Z"),
 "f06_de_customs_clearance": _d(
    "DSP-2027-4100306", "not_received", "open",
    shipment={"status": "customs_hold", "carrier": "SF Express", "tracking_number": "SF1428837065123", "shipped_at": "2027-01-09", "duties_payer": "seller"},
    order=_o("3051774902223371", "Mechanische Armbanduhr mit Saphirglas", 159.00, "CHF", "2027-01-07T08:15:00Z"),
    buyer={"name": "Reto Baumgartner", "country": "CH", "language": "de-CH"},
    seller={"store_name": "Uhrwerk Atelier", "signature": "Freundliche Grüsse, Ihr Uhrwerk-Atelier-Team"},
    messages=[_b("Grüezi, die Sendung hängt seit Tagen beim Zoll fest. Muss ich jetzt noch Zollgebühren bezahlen? Davon stand nichts im Angebot.", "2027-01-26T13:30:00Z")],
    opened="2027-01-26T13:31:00Z"),
 "f07_pt_customs_clearance": _d(
    "DSP-2027-4100307", "not_received", "open",
    shipment={"status": "customs_hold", "carrier": "Correios", "tracking_number": "NL604218837BR", "shipped_at": "2027-01-11"},
    order=_o("3051774902224452", "Kit de pincéis de maquiagem profissional", 189.50, "BRL", "2027-01-09T23:40:00Z"),
    buyer={"name": "Larissa Mendonça", "country": "BR", "language": "pt-BR"},
    seller={"store_name": "Bella Pincel", "signature": "Abraços, equipe Bella Pincel"},
    messages=[_b("Oi! Meu pedido está parado na fiscalização aduaneira faz duas semanas. Vou ter que pagar imposto? Ninguém me explica nada.", "2027-02-01T18:00:00Z")],
    opened="2027-02-01T18:02:00Z"),
 # ---------------- extend_delivery_time ----------------
 "f08_pl_extend_delivery_time": _d(
    "DSP-2027-4100308", "not_received", "open",
    shipment={"status": "in_transit", "carrier": "Cainiao / Poczta Polska", "tracking_number": "LP00558210946637", "shipped_at": "2027-01-14"},
    order=_o("3051774902225533", "Lampka biurkowa LED z ładowarką indukcyjną", 94.99, "PLN", "2027-01-12T17:20:00Z"),
    buyer={"name": "Tomasz Lewandowski", "country": "PL", "language": "pl"},
    seller={"store_name": "Jasne Biuro", "signature": "Pozdrawiamy serdecznie, zespół Jasne Biuro", "protection_extension_days": 20},
    messages=[_b("Dzień dobry, paczka od dwóch tygodni nie zmienia statusu. Otworzyłem spór, bo boję się, że ochrona zamówienia zaraz się skończy.", "2027-02-03T08:50:00Z")],
    opened="2027-02-03T08:51:00Z"),
 "f09_fr_extend_delivery_time": _d(
    "DSP-2027-4100309", "not_received", "open",
    shipment={"status": "in_transit", "carrier": "Cainiao / Postes Canada", "tracking_number": "LP00640392817724", "shipped_at": "2027-01-16"},
    order=_o("3051774902226614", "Chauffe-tasse électrique avec tasse en verre", 38.75, "CAD", "2027-01-15T02:30:00Z"),
    buyer={"name": "Mathieu Tremblay", "country": "CA", "language": "fr-CA"},
    seller={"store_name": "Boréal Maison"},
    messages=[_b("Bonjour, ça fait un mois que j'attends mon chauffe-tasse et le suivi dit juste « en transit ». Je commence à trouver le temps long.", "2027-02-10T14:00:00Z")],
    opened="2027-02-10T14:05:00Z"),
 "f10_ko_extend_delivery_time": _d(
    "DSP-2027-4100310", "not_received", "open",
    shipment={"status": "in_transit", "carrier": "Cainiao / 한진택배", "tracking_number": "LP00213987650442", "shipped_at": "2027-01-18"},
    order=_o("3051774902227795", "무선 기계식 키보드 (갈축)", 67500, "KRW", "2027-01-17T05:00:00Z"),
    buyer={"name": "이서연", "country": "KR", "language": "ko"},
    seller={"store_name": "KeyNest", "signature": "KeyNest 팀 드림", "protection_extension_days": 30},
    messages=[_b("안녕하세요. 배송 조회가 일주일째 같은 상태예요. 혹시 분실된 건 아닌지 걱정돼서 분쟁을 열었습니다.", "2027-02-04T03:10:00Z")],
    opened="2027-02-04T03:12:00Z"),
 # ---------------- offer_reshipment ----------------
 "f11_ru_offer_reshipment": _d(
    "DSP-2027-4100311", "not_received", "open",
    shipment={"status": "lost", "carrier": "Cainiao / СДЭК", "tracking_number": "LP00799310428561", "shipped_at": "2026-12-20"},
    reship={"buyer_answer": "not_asked"},
    order=_o("3051774902228876", "Термокружка с крышкой 450 мл", 1350.00, "RUB", "2026-12-18T10:00:00Z"),
    buyer={"name": "Анастасия Волкова", "country": "RU", "language": "ru"},
    seller={"store_name": "ТеплоДом", "signature": "С уважением, команда ТеплоДом"},
    messages=[_b("Здравствуйте. Перевозчик сообщил, что посылка утеряна. Что теперь будет с моим заказом?", "2027-01-28T12:00:00Z")],
    opened="2027-01-28T12:01:00Z"),
 "f12_en_offer_reshipment": _d(
    "DSP-2027-4100312", "not_received", "open",
    shipment={"status": "lost", "carrier": "4PX / Royal Mail", "tracking_number": "4PX3001729564018CN", "shipped_at": "2026-12-28"},
    reship={"buyer_answer": "asked"},
    order=_o("3051774902229957", "Hand-painted ceramic plant pot, large", 18.60, "GBP", "2026-12-27T16:25:00Z"),
    buyer={"name": "Oliver Pennington", "country": "GB", "language": "en-GB"},
    seller={"store_name": "Fernleaf Pottery", "signature": "Best wishes, Fernleaf Pottery"},
    messages=[_b("Hello, Royal Mail say they can't locate the parcel at all. It was meant to be a birthday present, so I'm rather disappointed.", "2027-01-30T19:45:00Z")],
    opened="2027-01-30T19:47:00Z"),
 # ---------------- confirm_reshipment ----------------
 "f13_es_confirm_reshipment": _d(
    "DSP-2027-4100313", "not_received", "open",
    shipment={"status": "lost", "carrier": "Cainiao / Chilexpress", "tracking_number": "LP00120457739906", "shipped_at": "2026-12-22"},
    reship={"buyer_answer": "agreed", "tracking_number": "LP00120458830217"},
    order=_o("3051774902231038", "Set de cuchillos de cocina con bloque de madera", 38990, "CLP", "2026-12-20T13:00:00Z"),
    buyer={"name": "Ignacio Valdés", "country": "CL", "language": "es-CL"},
    seller={"store_name": "Filo Andino", "signature": "Un abrazo, equipo Filo Andino"},
    messages=[_b("Hola, sí, prefiero que me lo envíen de nuevo. La dirección es la misma del pedido.", "2027-01-31T16:00:00Z")],
    opened="2027-01-26T10:00:00Z"),
 "f14_de_confirm_reshipment": _d(
    "DSP-2027-4100314", "not_received", "open",
    shipment={"status": "lost", "carrier": "Cainiao / Österreichische Post", "tracking_number": "LP00845561203379", "shipped_at": "2026-12-30"},
    reship={"buyer_answer": "agreed", "tracking_number": "RR402918376CN"},
    order=_o("3051774902232119", "Faltbarer Einkaufstrolley mit Thermofach", 52.30, "EUR", "2026-12-29T07:50:00Z"),
    buyer={"name": "Sabine Gruber", "country": "AT"},
    seller={"store_name": "Praktikus Shop", "signature": "Mit freundlichen Grüßen, Ihr Praktikus-Team"},
    messages=[_b("Guten Tag, ja, bitte schicken Sie den Einkaufstrolley noch einmal an meine Adresse. Die Adresse ist unverändert. Vielen Dank für Ihr Entgegenkommen, ich hoffe, diesmal klappt es mit der Zustellung.", "2027-02-02T10:20:00Z")],
    opened="2027-01-29T09:00:00Z"),
 # ---------------- propose_partial_or_return ----------------
 "f15_fr_propose_partial_or_return": _d(
    "DSP-2027-4100315", "not_as_described", "escalated", problem="size_or_fit",
    buyer_ev=[{"kind": "photo", "note": "manteau à plat avec mètre ruban"}],
    shipment={"status": "delivered", "carrier": "Cainiao / Colissimo", "tracking_number": "LP00731905528846", "shipped_at": "2027-01-04"},
    order=_o("3051774902233200", "Manteau en laine mélangée camel, taille M", 96.00, "EUR", "2027-01-02T12:00:00Z"),
    buyer={"name": "Inès Marchand", "country": "FR", "language": "fr"},
    seller={"store_name": "Atelier Camélia", "signature": "Bien cordialement, l'équipe Atelier Camélia", "max_partial_refund_pct": 25},
    messages=[_b("Bonjour, comme vous le voyez sur la photo, le manteau taille M fait à peine la largeur d'un XS. J'ai ouvert un litige car je n'avais pas de réponse.", "2027-01-29T09:30:00Z")],
    opened="2027-01-20T09:00:00Z"),
 "f16_tr_propose_partial_or_return": _d(
    "DSP-2027-4100316", "not_as_described", "escalated", problem="color_or_appearance",
    buyer_ev=[{"kind": "photo"}, {"kind": "screenshot", "note": "ürün sayfası"}],
    shipment={"status": "delivered", "carrier": "Cainiao / Yurtiçi Kargo", "tracking_number": "LP00905518274413", "shipped_at": "2027-01-06"},
    order=_o("3051774902234381", "Kadife koltuk örtüsü, zümrüt yeşili", 860.00, "TRY", "2027-01-05T19:00:00Z"),
    buyer={"name": "Murat Kaya", "country": "TR", "language": "tr"},
    seller={"store_name": "Kadife Ev", "signature": "Sevgilerle, Kadife Ev ekibi"},
    messages=[_b("Fotoğrafları gönderdim. Zümrüt yeşili sipariş ettim, gelen örtü neredeyse gri. İtiraz ettim çünkü cevap alamadım.", "2027-01-30T17:00:00Z")],
    opened="2027-01-22T10:00:00Z"),
 "f17_pt_propose_partial_or_return": _d(
    "DSP-2027-4100317", "not_as_described", "escalated", problem="missing_parts",
    buyer_ev=[{"kind": "video", "note": "abertura da caixa"}],
    shipment={"status": "delivered", "carrier": "Cainiao / CTT", "tracking_number": "LP00662019384475", "shipped_at": "2027-01-07"},
    order=_o("3051774902235462", "Conjunto de prateleiras de parede em pinho (3 peças)", 64.00, "EUR", "2027-01-05T10:00:00Z"),
    buyer={"name": "Duarte Figueiredo", "country": "PT", "language": "pt-PT"},
    seller={"store_name": "Casa do Pinho", "signature": "Com os melhores cumprimentos, equipa Casa do Pinho", "max_partial_refund_pct": 40},
    messages=[_b("Boa tarde. Enviei o vídeo da abertura da caixa: só vieram duas prateleiras e faltam os suportes. Abri a disputa porque ninguém respondeu.", "2027-02-01T15:00:00Z")],
    opened="2027-01-24T10:00:00Z"),
 # ---------------- await_platform_decision ----------------
 "f18_pl_await_platform_decision": _d(
    "DSP-2027-4100318", "not_as_described", "escalated", problem="quality", seller_ev=True,
    shipment={"status": "delivered", "carrier": "Cainiao / InPost", "tracking_number": "LP00337829104462", "shipped_at": "2027-01-05"},
    order=_o("3051774902236543", "Patelnia granitowa 28 cm z pokrywką", 139.00, "PLN", "2027-01-03T11:00:00Z"),
    buyer={"name": "Magdalena Kowalczyk", "country": "PL", "language": "pl"},
    seller={"store_name": "Kuchnia Plus", "signature": "Z pozdrowieniami, zespół Kuchnia Plus"},
    messages=[_b("Powłoka patelni łuszczy się po kilku użyciach. Przekazałam spór do platformy i czekam, co dalej.", "2027-01-31T20:00:00Z")],
    opened="2027-01-21T10:00:00Z"),
 "f19_it_await_platform_decision": _d(
    "DSP-2027-4100319", "not_received", "escalated", seller_ev=True,
    shipment={"status": "delivered", "carrier": "Cainiao / Poste Italiane", "tracking_number": "LP00471826390057", "shipped_at": "2027-01-02"},
    order=_o("3051774902237624", "Macinacaffè manuale in ceramica", 33.50, "EUR", "2026-12-31T09:00:00Z"),
    buyer={"name": "Chiara Rinaldi", "country": "IT", "language": "it"},
    seller={"store_name": "Aroma & Co.", "signature": "Cordiali saluti, il team Aroma & Co."},
    messages=[_b("Il tracciamento dice consegnato ma io non ho ricevuto niente. Ho chiesto alla piattaforma di intervenire.", "2027-01-30T08:00:00Z")],
    opened="2027-01-19T10:00:00Z"),
 # ---------------- escalation_reply ----------------
 "f20_ru_escalation_reply": _d(
    "DSP-2027-4100320", "not_received", "escalated",
    shipment={"status": "in_transit", "carrier": "Cainiao / Boxberry", "tracking_number": "LP00518827360094", "shipped_at": "2026-12-26"},
    order=_o("3051774902238705", "Робот-пылесос с влажной уборкой", 15990.00, "RUB", "2026-12-24T15:00:00Z"),
    buyer={"name": "Игорь Соколов", "country": "RU", "language": "ru"},
    seller={"store_name": "ЧистоТех", "signature": "С уважением, команда ЧистоТех"},
    messages=[_b("Мне надоело ждать. Вы обещали, что доставка быстрая, а прошло больше месяца. Я передал спор на рассмотрение платформы.", "2027-02-02T06:30:00Z")],
    opened="2027-01-25T10:00:00Z"),
 "f21_nl_escalation_reply": _d(
    "DSP-2027-4100321", "not_as_described", "escalated", problem="other",
    shipment={"status": "delivered", "carrier": "Cainiao / PostNL", "tracking_number": "LP00286613947730", "shipped_at": "2027-01-03"},
    order=_o("3051774902239886", "Houten speelgoedkeuken voor kinderen", 74.95, "EUR", "2027-01-01T10:00:00Z"),
    buyer={"name": "Femke Jansen", "country": "NL", "language": "nl"},
    seller={"store_name": "Speelhout", "signature": "Hartelijke groet, team Speelhout"},
    messages=[_b("Ik heb al drie keer uitgelegd dat de deurtjes niet passen en er gebeurt niets. Ik heb het geschil nu bij het platform neergelegd.", "2027-01-29T21:00:00Z")],
    opened="2027-01-18T10:00:00Z"),
 # ---------------- return_instructions ----------------
 "f22_en_return_instructions": _d(
    "DSP-2027-4100322", "not_as_described", "ruled", problem="not_working", ruling="return_and_refund",
    ret={"status": "not_shipped"},
    shipment={"status": "delivered", "carrier": "Cainiao / USPS", "tracking_number": "LP00194470382265", "shipped_at": "2026-12-15"},
    order=_o("3051774902240967", "Smart Wi-Fi plug, set of four", 32.80, "USD", "2026-12-13T22:00:00Z"),
    buyer={"name": "Marcus Delgado", "country": "US", "language": "en-US"},
    seller={"store_name": "HomeSpark Electronics", "signature": "Thanks again, HomeSpark Electronics",
            "return_address": "HomeSpark Returns, 1840 Industrial Pkwy Unit 7, Reno, NV 89502, USA"},
    messages=[_b("The platform says I should send the plugs back for a refund. Where do I send them?", "2027-01-27T17:10:00Z")],
    opened="2027-01-05T10:00:00Z"),
 "f23_de_return_instructions": _d(
    "DSP-2027-4100323", "not_as_described", "ruled", problem="size_or_fit", ruling="return_and_refund",
    ret={"status": "not_shipped"},
    shipment={"status": "delivered", "carrier": "Cainiao / Hermes", "tracking_number": "LP00870035129648", "shipped_at": "2026-12-18"},
    order=_o("3051774902242048", "Wanderschuhe wasserdicht, Größe 43", 84.90, "EUR", "2026-12-16T12:00:00Z"),
    buyer={"name": "Florian Krämer", "country": "DE", "language": "de"},
    seller={"store_name": "Gipfelstürmer Outdoor", "signature": "Viele Grüße, Ihr Gipfelstürmer-Team",
            "return_address": "Gipfelstürmer Retouren, Hafenstraße 23, 28217 Bremen, Deutschland"},
    messages=[_b("Die Plattform hat entschieden, dass ich die Schuhe zurückschicken soll. Bitte nennen Sie mir noch einmal die Rücksendeadresse.", "2027-01-28T08:40:00Z")],
    opened="2027-01-07T10:00:00Z"),
 # ---------------- return_received ----------------
 "f24_ko_return_received": _d(
    "DSP-2027-4100324", "not_as_described", "ruled", problem="wrong_item", ruling="return_and_refund",
    ret={"status": "received", "tracking_number": "CJ581720394KR"},
    shipment={"status": "delivered", "carrier": "Cainiao / CJ대한통운", "tracking_number": "LP00604418823317", "shipped_at": "2026-12-10"},
    order=_o("3051774902243129", "스테인리스 텀블러 600ml 민트", 21900, "KRW", "2026-12-08T09:00:00Z"),
    buyer={"name": "정하늘", "country": "KR", "language": "ko"},
    seller={"store_name": "Mintday", "signature": "Mintday 드림"},
    messages=[_b("반품 보냈습니다. 잘 도착했는지 확인 부탁드려요.", "2027-01-26T02:00:00Z")],
    opened="2026-12-28T10:00:00Z"),
 "f25_es_return_received": _d(
    "DSP-2027-4100325", "not_as_described", "ruled", problem="counterfeit", ruling="return_and_refund",
    ret={"status": "received", "tracking_number": "PQ4B1C0771940830128004M"},
    shipment={"status": "delivered", "carrier": "Cainiao / Correos", "tracking_number": "LP00359920174486", "shipped_at": "2026-12-12"},
    order=_o("3051774902244210", "Gafas de sol polarizadas con estuche", 24.95, "EUR", "2026-12-10T19:00:00Z"),
    buyer={"name": "Nerea Etxeberria", "country": "ES"},
    seller={"store_name": "SolVista Store", "signature": "Un saludo, equipo SolVista"},
    messages=[_b("Buenas tardes, ya envié las gafas de vuelta por Correos hace unos días, con el número de seguimiento que me dieron en la oficina. ¿Os han llegado ya? Quiero saber cuándo recibiré el reembolso, por favor.", "2027-01-27T16:30:00Z")],
    opened="2026-12-30T10:00:00Z"),
 "f26_it_propose_partial_or_return": _d(
    "DSP-2027-4100326", "not_as_described", "escalated", problem="damaged",
    buyer_ev=[{"kind": "photo", "note": "vaso scheggiato"}, {"kind": "photo", "note": "imballo"}],
    shipment={"status": "delivered", "carrier": "Cainiao / GLS Italy", "tracking_number": "LP00743318290561", "shipped_at": "2027-01-08"},
    order=_o("3051774902245391", "Vaso in vetro soffiato color ambra", 58.00, "EUR", "2027-01-06T10:00:00Z"),
    buyer={"name": "Giorgia Esposito", "country": "IT", "language": "it"},
    seller={"store_name": "Vetreria Luce", "signature": "Con affetto, il team Vetreria Luce", "max_partial_refund_pct": 20},
    messages=[_b("Vi ho mandato le foto: il vaso è arrivato scheggiato sul bordo. Ho aperto la controversia sulla piattaforma.", "2027-01-31T10:00:00Z")],
    opened="2027-01-23T10:00:00Z"),
}
