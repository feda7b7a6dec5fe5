"""The held-out disputes, in the public contract format (src/disputedraft/contract.py).

Each entry: file stem, the remedy we intend `disputedraft decide` to pick, and the dispute.
Written by hand from the handbook and the contract only.
"""

from __future__ import annotations


def _msgs(*pairs):
    return [{"author": a, "text": t, "at": at} for a, t, at in pairs]


DISPUTES = [
    # ---------------- evidence_by_problem_type ----------------
    ("d01_en_evidence_size", "evidence_by_problem_type", {
        "id": "HT-d01",
        "reason": "not_as_described", "problem": "size_or_fit", "stage": "open",
        "shipment": {"status": "delivered", "carrier": "Cainiao Standard", "tracking_number": "LP00418273650194",
                     "shipped_at": "2026-10-14"},
        "order": {"id": "8175023641938207", "items": [
            {"title": "Women's Linen Midi Dress - Sage Green, Size M", "quantity": 1, "unit_price": "34.90"}],
            "total": "34.90", "currency": "USD", "placed_at": "2026-10-11"},
        "buyer": {"name": "Emily Carter", "country": "US", "language": "en"},
        "messages": _msgs(
            ("buyer", "Hi, I ordered a size M going by your size chart but the dress is way too small, "
                      "I can't even zip it up. Really disappointed, I needed it for a wedding next week.",
             "2026-11-02T18:40:00Z")),
        "opened_at": "2026-11-02T18:45:00Z",
        "seller": {"store_name": "Willow & Thread"},
    }),
    ("d02_es_evidence_notworking", "evidence_by_problem_type", {
        "id": "HT-d02",
        "reason": "not_as_described", "problem": "not_working", "stage": "open",
        "shipment": {"status": "delivered", "carrier": "Cainiao / Correos", "tracking_number": "LP00739105826473",
                     "shipped_at": "2026-10-09"},
        "order": {"id": "8174219930562718", "items": [
            {"title": "Auriculares inalámbricos Bluetooth con estuche de carga", "quantity": 1, "unit_price": "27.45"}],
            "total": "27.45", "currency": "EUR", "placed_at": "2026-10-07"},
        "buyer": {"name": "Javier Morales Ruiz", "country": "ES", "language": "es"},
        "messages": _msgs(
            ("buyer", "¡Los auriculares no funcionan! El izquierdo no se enciende nunca, lo he cargado mil veces. "
                      "Esto es una estafa y quiero mi dinero YA.", "2026-11-03T09:12:00Z"),
            ("buyer", "Espero respuesta hoy mismo o pondré una queja.", "2026-11-03T09:15:00Z")),
        "opened_at": "2026-11-03T09:20:00Z",
        "seller": {"store_name": "SonicWave Official Store", "signature": "Equipo de SonicWave"},
    }),
    ("d03_fr_evidence_damaged", "evidence_by_problem_type", {
        "id": "HT-d03",
        "reason": "not_as_described", "problem": "damaged", "stage": "open",
        "shipment": {"status": "delivered", "carrier": "Cainiao / Colissimo", "tracking_number": "LP00673920184455",
                     "shipped_at": "2026-10-16"},
        "order": {"id": "8169340275518824", "items": [
            {"title": "Lampe de chevet en céramique blanche", "quantity": 1, "unit_price": "42.80"}],
            "total": "42.80", "currency": "EUR", "placed_at": "2026-10-13"},
        "buyer": {"name": "Camille Lefèvre", "country": "FR"},
        "messages": _msgs(
            ("buyer", "Bonjour, j'ai reçu la lampe aujourd'hui mais le pied en céramique est fendu et l'abat-jour "
                      "est enfoncé. Le carton était déjà abîmé à la livraison. Je suis très déçue, c'était un "
                      "cadeau pour ma mère. Que comptez-vous faire ?", "2026-11-05T16:02:00Z")),
        "opened_at": "2026-11-05T16:10:00Z",
        "seller": {"store_name": "Maison Lumina", "signature": "L'équipe Maison Lumina"},
    }),
    ("d04_de_evidence_wrongitem", "evidence_by_problem_type", {
        "id": "HT-d04",
        "reason": "not_as_described", "problem": "wrong_item", "stage": "open",
        "shipment": {"status": "delivered", "carrier": "Cainiao / DHL Paket", "tracking_number": "LP00527781934026",
                     "shipped_at": "2026-10-08"},
        "order": {"id": "8170662391047715", "items": [
            {"title": "Edelstahl-Thermoskanne, schwarz", "quantity": 1, "unit_price": "23.99"}],
            "total": "23.99", "currency": "EUR", "placed_at": "2026-10-06"},
        "buyer": {"name": "Lukas Hoffmann", "country": "DE", "language": "de"},
        "messages": _msgs(
            ("buyer", "Guten Tag, ich habe eine schwarze Thermoskanne bestellt und eine rosa Kinderflasche mit "
                      "Einhorn bekommen. Bitte klären Sie das.", "2026-11-01T11:30:00Z")),
        "opened_at": "2026-11-01T11:35:00Z",
        "seller": {"store_name": "HomeCraft Global Store", "signature": "Ihr HomeCraft-Team"},
    }),
    ("d05_ru_evidence_missing", "evidence_by_problem_type", {
        "id": "HT-d05",
        "reason": "not_as_described", "problem": "missing_parts", "stage": "open",
        "shipment": {"status": "delivered", "carrier": "Почта России", "tracking_number": "RB604829173CN",
                     "shipped_at": "2026-10-02"},
        "order": {"id": "8172038846610925", "items": [
            {"title": "Набор отвёрток с битами, 115 предметов", "quantity": 1, "unit_price": "1890.00"}],
            "total": "1890.00", "currency": "RUB", "placed_at": "2026-09-29"},
        "buyer": {"name": "Ольга Смирнова", "country": "RU", "language": "ru"},
        "messages": _msgs(
            ("buyer", "Здравствуйте. В наборе не хватает почти половины бит, несколько ячеек пустые. "
                      "Прошу разобраться.", "2026-11-04T07:50:00Z")),
        "opened_at": "2026-11-04T08:00:00Z",
        "seller": {"store_name": "ToolMaster Store", "signature": "Команда ToolMaster"},
    }),
    ("d06_ko_evidence_color", "evidence_by_problem_type", {
        "id": "HT-d06",
        "reason": "not_as_described", "problem": "color_or_appearance", "stage": "open",
        "shipment": {"status": "delivered", "carrier": "Cainiao / CJ대한통운", "tracking_number": "LP00851937264017",
                     "shipped_at": "2026-10-12"},
        "order": {"id": "8173391025874461", "items": [
            {"title": "오버사이즈 니트 가디건 - 라벤더", "quantity": 1, "unit_price": "28.50"}],
            "total": "28.50", "currency": "USD", "placed_at": "2026-10-10"},
        "buyer": {"name": "김지현", "country": "KR", "language": "ko"},
        "messages": _msgs(
            ("buyer", "안녕하세요. 라벤더 색상을 주문했는데 받아보니 그냥 회색에 가까워요. 사진이랑 너무 달라서 "
                      "실망했습니다.", "2026-11-06T02:15:00Z")),
        "opened_at": "2026-11-06T02:20:00Z",
        "seller": {"store_name": "Mellow Knit Store", "signature": "Mellow Knit 드림"},
    }),
    ("d31_nl_evidence_quality", "evidence_by_problem_type", {
        "id": "HT-d31",
        "reason": "not_as_described", "problem": "quality", "stage": "open",
        "shipment": {"status": "delivered", "carrier": "Cainiao / PostNL", "tracking_number": "LP00294617305582",
                     "shipped_at": "2026-10-03"},
        "order": {"id": "8168205517733049", "items": [
            {"title": "Waterdichte wandelschoenen dames, maat 39", "quantity": 1, "unit_price": "49.90"}],
            "total": "49.90", "currency": "EUR", "placed_at": "2026-10-01"},
        "buyer": {"name": "Sanne de Vries", "country": "NL", "language": "nl"},
        "messages": _msgs(
            ("buyer", "Hallo, na een week wandelen laat de zool van de linkerschoen al los aan de voorkant. "
                      "Voor deze prijs had ik wel betere kwaliteit verwacht.", "2026-11-07T19:05:00Z")),
        "opened_at": "2026-11-07T19:10:00Z",
        "seller": {"store_name": "TrailPeak Outdoor Store", "signature": "Team TrailPeak"},
    }),
    # ---------------- customs_clearance ----------------
    ("d07_pl_customs_buyer", "customs_clearance", {
        "id": "HT-d07",
        "reason": "not_received", "stage": "open",
        "shipment": {"status": "customs_hold", "carrier": "Cainiao / Poczta Polska",
                     "tracking_number": "LP00648213579046", "shipped_at": "2026-10-15", "duties_payer": "buyer"},
        "order": {"id": "8176640038291153", "items": [
            {"title": "Robot sprzątający z funkcją mopowania", "quantity": 1, "unit_price": "689.00"}],
            "total": "689.00", "currency": "PLN", "placed_at": "2026-10-12"},
        "buyer": {"name": "Katarzyna Nowak", "country": "PL", "language": "pl"},
        "messages": _msgs(
            ("buyer", "Dzień dobry, paczka od tygodnia stoi w urzędzie celnym. Co mam zrobić, żeby w końcu do mnie "
                      "dotarła?", "2026-11-08T10:00:00Z")),
        "opened_at": "2026-11-08T10:05:00Z",
        "seller": {"store_name": "CleanBot Official Store", "signature": "Zespół CleanBot"},
    }),
    ("d08_it_customs_seller", "customs_clearance", {
        "id": "HT-d08",
        "reason": "not_received", "stage": "open",
        "shipment": {"status": "customs_hold", "carrier": "DHL Express", "tracking_number": "4512897630",
                     "shipped_at": "2026-10-20", "duties_payer": "seller"},
        "order": {"id": "8177120594437802", "items": [
            {"title": "Macchina per pasta elettrica", "quantity": 1, "unit_price": "129.00"}],
            "total": "129.00", "currency": "EUR", "placed_at": "2026-10-18"},
        "buyer": {"name": "Giulia Romano", "country": "IT", "language": "it"},
        "messages": _msgs(
            ("buyer", "Buongiorno, DHL mi dice che il pacco è bloccato in dogana. Devo pagare qualcosa io? "
                      "Nell'annuncio c'era scritto spedizione senza dazi.", "2026-11-09T08:30:00Z")),
        "opened_at": "2026-11-09T08:40:00Z",
        "seller": {"store_name": "CucinaPro Store", "signature": "Il team di CucinaPro"},
    }),
    ("d09_en_customs_absent", "customs_clearance", {
        "id": "HT-d09",
        "reason": "not_received", "stage": "open",
        "shipment": {"status": "customs_hold", "carrier": "Yanwen", "tracking_number": "YT2318274651093726",
                     "shipped_at": "2026-10-17"},
        "order": {"id": "8176019284735560", "items": [
            {"title": "Mechanical keyboard, hot-swappable, brown switches", "quantity": 1, "unit_price": "78.50"}],
            "total": "78.50", "currency": "GBP", "placed_at": "2026-10-15"},
        "buyer": {"name": "Daniel Okafor", "country": "GB", "language": "en-GB"},
        "messages": _msgs(
            ("buyer", "Why is my parcel stuck in customs?? Nobody told me anything about fees. Sort it out, "
                      "I've been waiting for ages.", "2026-11-10T21:14:00Z")),
        "opened_at": "2026-11-10T21:20:00Z",
        "seller": {"store_name": "KeyForge Store"},
    }),
    ("d10_pt_customs_buyer", "customs_clearance", {
        "id": "HT-d10",
        "reason": "not_received", "stage": "open",
        "shipment": {"status": "customs_hold", "carrier": "Correios", "tracking_number": "NM128374659BR",
                     "shipped_at": "2026-10-05", "duties_payer": "buyer"},
        "order": {"id": "8171734402986631", "items": [
            {"title": "Smartwatch com GPS e monitor cardíaco", "quantity": 1, "unit_price": "389.90"}],
            "total": "389.90", "currency": "BRL", "placed_at": "2026-10-03"},
        "buyer": {"name": "Rafael Costa", "country": "BR"},
        "messages": _msgs(
            ("buyer", "Olá, meu pedido está parado na fiscalização aduaneira há dias e estão pedindo para pagar "
                      "imposto. Isso é com vocês ou comigo? Preciso do relógio logo.", "2026-11-06T13:22:00Z")),
        "opened_at": "2026-11-06T13:30:00Z",
        "seller": {"store_name": "TechNova Store", "signature": "Equipe TechNova"},
    }),
    # ---------------- extend_delivery_time ----------------
    ("d11_es_extend", "extend_delivery_time", {
        "id": "HT-d11",
        "reason": "not_received", "stage": "open",
        "shipment": {"status": "in_transit", "carrier": "Cainiao Standard", "tracking_number": "LP00851276349021",
                     "shipped_at": "2026-10-19"},
        "order": {"id": "8177483310926654", "items": [
            {"title": "Juego de sábanas de algodón, cama matrimonial", "quantity": 1, "unit_price": "549.00"}],
            "total": "549.00", "currency": "MXN", "placed_at": "2026-10-17"},
        "buyer": {"name": "María Fernanda López", "country": "MX", "language": "es-MX"},
        "messages": _msgs(
            ("buyer", "Hola, ya pasó mucho tiempo y mi pedido no llega. Abrí la disputa porque la protección "
                      "del comprador está por vencer.", "2026-11-12T17:45:00Z")),
        "opened_at": "2026-11-12T17:50:00Z",
        "seller": {"store_name": "Dulce Hogar Store", "signature": "Equipo Dulce Hogar"},
    }),
    ("d12_fr_extend", "extend_delivery_time", {
        "id": "HT-d12",
        "reason": "not_received", "stage": "open",
        "shipment": {"status": "in_transit", "carrier": "Cainiao / bpost", "tracking_number": "LP00904412873365",
                     "shipped_at": "2026-10-21"},
        "order": {"id": "8178016627354490", "items": [
            {"title": "Drone pliable avec caméra HD", "quantity": 1, "unit_price": "89.99"}],
            "total": "89.99", "currency": "EUR", "placed_at": "2026-10-20"},
        "buyer": {"name": "Julien Moreau", "country": "BE", "language": "fr"},
        "messages": _msgs(
            ("buyer", "Bonjour, le suivi n'a pas bougé depuis plusieurs jours et la protection acheteur arrive à "
                      "expiration. Je préfère ouvrir un litige.", "2026-11-14T12:00:00Z")),
        "opened_at": "2026-11-14T12:05:00Z",
        "seller": {"store_name": "SkyView Tech Store", "signature": "L'équipe SkyView",
                   "protection_extension_days": 20},
    }),
    ("d13_ru_extend", "extend_delivery_time", {
        "id": "HT-d13",
        "reason": "not_received", "stage": "open",
        "shipment": {"status": "in_transit", "carrier": "Почта России", "tracking_number": "LV739204861CN",
                     "shipped_at": "2026-10-10"},
        "order": {"id": "8175502817364092", "items": [
            {"title": "Видеорегистратор с двумя камерами", "quantity": 1, "unit_price": "4590.00"}],
            "total": "4590.00", "currency": "RUB", "placed_at": "2026-10-08"},
        "buyer": {"name": "Дмитрий Кузнецов", "country": "RU"},
        "messages": _msgs(
            ("buyer", "Добрый день. Посылка идёт уже больше месяца, трек почти не обновляется. Защита покупателя "
                      "скоро закончится, поэтому открыл спор. Где мой заказ?", "2026-11-13T06:30:00Z")),
        "opened_at": "2026-11-13T06:35:00Z",
        "seller": {"store_name": "AutoParts Pro Store", "signature": "Команда AutoParts Pro"},
    }),
    ("d14_en_extend", "extend_delivery_time", {
        "id": "HT-d14",
        "reason": "not_received", "stage": "open",
        "shipment": {"status": "in_transit", "carrier": "Cainiao / Australia Post",
                     "tracking_number": "LP00517298364407", "shipped_at": "2026-10-06"},
        "order": {"id": "8172264759013388", "items": [
            {"title": "LED makeup mirror with 3 light modes", "quantity": 1, "unit_price": "31.20"}],
            "total": "31.20", "currency": "AUD", "placed_at": "2026-10-04"},
        "buyer": {"name": "Ashley Nguyen", "country": "AU", "language": "en"},
        "messages": _msgs(
            ("buyer", "It's been over a month!!! Where is my mirror?? This is ridiculous, I'm never ordering from "
                      "you again.", "2026-11-11T03:10:00Z")),
        "opened_at": "2026-11-11T03:12:00Z",
        "seller": {"store_name": "Glow Beauty Store", "protection_extension_days": 10},
    }),
    # ---------------- offer_reshipment ----------------
    ("d15_de_offer_reship", "offer_reshipment", {
        "id": "HT-d15",
        "reason": "not_received", "stage": "open",
        "shipment": {"status": "lost", "carrier": "China Post", "tracking_number": "LX018273645CN",
                     "shipped_at": "2026-09-22"},
        "reship": {"buyer_answer": "not_asked"},
        "order": {"id": "8169915562087314", "items": [
            {"title": "Bluetooth-Lautsprecher, wasserdicht", "quantity": 1, "unit_price": "35.60"}],
            "total": "35.60", "currency": "EUR", "placed_at": "2026-09-20"},
        "buyer": {"name": "Anna Schneider", "country": "AT", "language": "de-AT"},
        "messages": _msgs(
            ("buyer", "Hallo, seit Wochen keine Bewegung bei der Sendungsverfolgung. Ich glaube, das Paket ist "
                      "verloren gegangen.", "2026-11-03T15:00:00Z")),
        "opened_at": "2026-11-03T15:05:00Z",
        "seller": {"store_name": "SoundBox Store", "signature": "Ihr SoundBox-Team"},
    }),
    ("d16_it_offer_reship", "offer_reshipment", {
        "id": "HT-d16",
        "reason": "not_received", "stage": "open",
        "shipment": {"status": "lost", "carrier": "China Post / Poste Italiane", "tracking_number": "RB593016284CN",
                     "shipped_at": "2026-09-25"},
        "reship": {"buyer_answer": "asked"},
        "order": {"id": "8170387715249963", "items": [
            {"title": "Zaino da viaggio antifurto con porta USB", "quantity": 1, "unit_price": "41.90"}],
            "total": "41.90", "currency": "EUR", "placed_at": "2026-09-23"},
        "buyer": {"name": "Marco Bianchi", "country": "IT", "language": "it"},
        "messages": _msgs(
            ("buyer", "Vi ho già scritto due volte, il pacco è sparito e nessuno mi risponde in modo chiaro. "
                      "Cosa intendete fare?", "2026-11-07T09:40:00Z")),
        "opened_at": "2026-11-05T10:00:00Z",
        "seller": {"store_name": "UrbanPack Store", "signature": "Il team UrbanPack"},
    }),
    ("d35_en_offer_reship", "offer_reshipment", {
        "id": "HT-d35",
        "reason": "not_received", "stage": "open",
        "shipment": {"status": "lost", "carrier": "Cainiao / An Post", "tracking_number": "LP00284719305561",
                     "shipped_at": "2026-09-28"},
        "order": {"id": "8171106638420957", "items": [
            {"title": "Insulated camping mug set (4 mugs)", "quantity": 1, "unit_price": "22.40"}],
            "total": "22.40", "currency": "EUR", "placed_at": "2026-09-26"},
        "buyer": {"name": "Chris Walker", "country": "IE", "language": "en"},
        "messages": _msgs(
            ("buyer", "Hello, tracking hasn't updated in nearly a month. I think my order is lost. "
                      "What can you do?", "2026-11-04T20:20:00Z")),
        "opened_at": "2026-11-04T20:25:00Z",
        "seller": {"store_name": "Northwind Gear"},
    }),
    # ---------------- confirm_reshipment ----------------
    ("d17_pt_confirm_reship", "confirm_reshipment", {
        "id": "HT-d17",
        "reason": "not_received", "stage": "open",
        "shipment": {"status": "lost", "carrier": "Cainiao / CTT", "tracking_number": "LP00612093847716",
                     "shipped_at": "2026-09-30"},
        "reship": {"buyer_answer": "agreed", "tracking_number": "LP00938271640552"},
        "order": {"id": "8171958830264417", "items": [
            {"title": "Jogo de frigideiras antiaderentes (3 peças)", "quantity": 1, "unit_price": "58.40"}],
            "total": "58.40", "currency": "EUR", "placed_at": "2026-09-28"},
        "buyer": {"name": "Beatriz Almeida", "country": "PT", "language": "pt-PT"},
        "messages": _msgs(
            ("seller", "Lamentamos, a encomenda parece ter-se perdido. Quer que a enviemos novamente?",
             "2026-11-06T10:00:00Z"),
            ("buyer", "Sim, por favor, enviem de novo. A morada continua a mesma.", "2026-11-06T14:30:00Z")),
        "opened_at": "2026-11-05T09:00:00Z",
        "seller": {"store_name": "CozinhaViva Store", "signature": "Equipa CozinhaViva"},
    }),
    ("d18_pl_confirm_reship", "confirm_reshipment", {
        "id": "HT-d18",
        "reason": "not_received", "stage": "open",
        "shipment": {"status": "lost", "carrier": "China Post", "tracking_number": "RB384920175CN",
                     "shipped_at": "2026-09-24"},
        "reship": {"buyer_answer": "agreed", "tracking_number": "RR804613297CN"},
        "order": {"id": "8170842261937705", "items": [
            {"title": "Lampka biurkowa LED z ładowarką bezprzewodową", "quantity": 1, "unit_price": "119.00"}],
            "total": "119.00", "currency": "PLN", "placed_at": "2026-09-22"},
        "buyer": {"name": "Piotr Wiśniewski", "country": "PL", "language": "pl"},
        "messages": _msgs(
            ("buyer", "Dobrze, zgadzam się na ponowną wysyłkę. Mam nadzieję, że tym razem dojdzie.",
             "2026-11-09T18:00:00Z")),
        "opened_at": "2026-11-07T12:00:00Z",
        "seller": {"store_name": "BrightDesk Store", "signature": "Zespół BrightDesk"},
    }),
    # ---------------- propose_partial_or_return ----------------
    ("d19_en_partial", "propose_partial_or_return", {
        "id": "HT-d19",
        "reason": "not_as_described", "problem": "quality", "stage": "escalated",
        "buyer_evidence": [{"kind": "photo", "note": "leather peeling along the edges and stitching"}],
        "shipment": {"status": "delivered", "carrier": "Cainiao / USPS", "tracking_number": "LP00362918405527",
                     "shipped_at": "2026-10-01"},
        "order": {"id": "8168830057719246", "items": [
            {"title": "Men's genuine leather wallet with RFID blocking", "quantity": 1, "unit_price": "39.90"}],
            "total": "39.90", "currency": "USD", "placed_at": "2026-09-29"},
        "buyer": {"name": "Michael Brown", "country": "US", "language": "en-US"},
        "messages": _msgs(
            ("buyer", "The 'genuine leather' is peeling after two weeks. I've uploaded photos. I want this "
                      "resolved properly.", "2026-11-12T22:00:00Z")),
        "opened_at": "2026-11-01T15:00:00Z",
        "seller": {"store_name": "Hudson Leather Store"},
    }),
    ("d20_fr_partial", "propose_partial_or_return", {
        "id": "HT-d20",
        "reason": "not_as_described", "problem": "color_or_appearance", "stage": "escalated",
        "buyer_evidence": [{"kind": "photo", "note": "curtains next to the listing picture, much lighter blue"}],
        "shipment": {"status": "delivered", "carrier": "Cainiao / Colissimo", "tracking_number": "LP00482017736698",
                     "shipped_at": "2026-10-07"},
        "order": {"id": "8173305591826604", "items": [
            {"title": "Rideaux occultants en velours bleu nuit (lot de deux)", "quantity": 1, "unit_price": "64.00"}],
            "total": "64.00", "currency": "EUR", "placed_at": "2026-10-05"},
        "buyer": {"name": "Élodie Martin", "country": "FR", "language": "fr"},
        "messages": _msgs(
            ("buyer", "J'ai envoyé les photos à la plateforme : les rideaux sont bleu clair, pas du tout bleu nuit. "
                      "Je ne suis pas satisfaite.", "2026-11-13T08:20:00Z")),
        "opened_at": "2026-11-02T10:00:00Z",
        "seller": {"store_name": "Maison Velours", "signature": "L'équipe Maison Velours",
                   "max_partial_refund_pct": 25},
    }),
    ("d21_es_partial", "propose_partial_or_return", {
        "id": "HT-d21",
        "reason": "not_as_described", "problem": "damaged", "stage": "escalated",
        "buyer_evidence": [{"kind": "video", "note": "unboxing video, lamp shade dented"},
                           {"kind": "photo", "note": "close-up of the dent"}],
        "shipment": {"status": "delivered", "carrier": "Cainiao / Correos", "tracking_number": "LP00481936270518",
                     "shipped_at": "2026-10-11"},
        "order": {"id": "8174027763318850", "items": [
            {"title": "Lámpara de pie LED regulable", "quantity": 1, "unit_price": "52.70"}],
            "total": "52.70", "currency": "EUR", "placed_at": "2026-10-09"},
        "buyer": {"name": "Lucía Fernández", "country": "ES", "language": "es"},
        "messages": _msgs(
            ("buyer", "He subido el vídeo del unboxing: la pantalla de la lámpara viene abollada. Quiero una "
                      "solución.", "2026-11-14T19:00:00Z")),
        "opened_at": "2026-11-04T11:00:00Z",
        "seller": {"store_name": "Casa Lumina", "signature": "Equipo Casa Lumina"},
    }),
    ("d22_nl_partial", "propose_partial_or_return", {
        "id": "HT-d22",
        "reason": "not_as_described", "problem": "size_or_fit", "stage": "escalated",
        "buyer_evidence": [{"kind": "photo", "note": "jacket measured flat, chest much smaller than size chart"}],
        "shipment": {"status": "delivered", "carrier": "Cainiao / PostNL", "tracking_number": "LP00730165928843",
                     "shipped_at": "2026-10-13"},
        "order": {"id": "8174690028153376", "items": [
            {"title": "Regenjas heren, maat L", "quantity": 1, "unit_price": "45.00"}],
            "total": "45.00", "currency": "EUR", "placed_at": "2026-10-11"},
        "buyer": {"name": "Thijs Bakker", "country": "NL", "language": "nl"},
        "messages": _msgs(
            ("buyer", "Ik heb foto's met meetlint geüpload. De jas is minstens een maat te klein.",
             "2026-11-15T10:10:00Z")),
        "opened_at": "2026-11-06T09:00:00Z",
        "seller": {"store_name": "NordRain Store", "signature": "Team NordRain", "max_partial_refund_pct": 20},
    }),
    ("d36_de_partial", "propose_partial_or_return", {
        "id": "HT-d36",
        "reason": "not_as_described", "problem": "missing_parts", "stage": "escalated",
        "buyer_evidence": [{"kind": "photo", "note": "all parts laid out, tongs and two skewers missing"}],
        "shipment": {"status": "delivered", "carrier": "Cainiao / DHL Paket", "tracking_number": "LP00619273048812",
                     "shipped_at": "2026-10-09"},
        "order": {"id": "8173862204915527", "items": [
            {"title": "Grillbesteck-Set im Aluminiumkoffer", "quantity": 1, "unit_price": "79.80"}],
            "total": "79.80", "currency": "EUR", "placed_at": "2026-10-07"},
        "buyer": {"name": "Markus Braun", "country": "DE", "language": "de"},
        "messages": _msgs(
            ("buyer", "Ich habe Fotos hochgeladen: Die Grillzange und zwei Spieße fehlen. So ist das Set "
                      "unvollständig.", "2026-11-15T16:45:00Z")),
        "opened_at": "2026-11-05T08:00:00Z",
        "seller": {"store_name": "GrillMeister Store", "signature": "Ihr GrillMeister-Team"},
    }),
    # ---------------- await_platform_decision ----------------
    ("d23_it_await", "await_platform_decision", {
        "id": "HT-d23",
        "reason": "not_received", "stage": "escalated", "seller_evidence_submitted": True,
        "shipment": {"status": "delivered", "carrier": "Cainiao / BRT", "tracking_number": "LP00372910485563",
                     "shipped_at": "2026-10-04"},
        "order": {"id": "8172519906647381", "items": [
            {"title": "Friggitrice ad aria digitale", "quantity": 1, "unit_price": "74.90"}],
            "total": "74.90", "currency": "EUR", "placed_at": "2026-10-02"},
        "buyer": {"name": "Francesca Greco", "country": "IT", "language": "it"},
        "messages": _msgs(
            ("buyer", "Il tracciamento dice consegnato ma io non ho ricevuto niente. Ho aperto la controversia "
                      "sulla piattaforma perché non mi fido più.", "2026-11-16T13:00:00Z")),
        "opened_at": "2026-11-08T10:00:00Z",
        "seller": {"store_name": "KitchenJoy Store", "signature": "Il team KitchenJoy"},
    }),
    ("d24_ko_await", "await_platform_decision", {
        "id": "HT-d24",
        "reason": "not_as_described", "problem": "counterfeit", "stage": "escalated",
        "seller_evidence_submitted": True,
        "shipment": {"status": "delivered", "carrier": "Cainiao / 우체국", "tracking_number": "LP00590284713369",
                     "shipped_at": "2026-10-14"},
        "order": {"id": "8175547730281164", "items": [
            {"title": "스포츠 스마트 밴드 (심박수 측정)", "quantity": 1, "unit_price": "45.00"}],
            "total": "45.00", "currency": "USD", "placed_at": "2026-10-12"},
        "buyer": {"name": "박민수", "country": "KR", "language": "ko"},
        "messages": _msgs(
            ("buyer", "정품이라고 해서 샀는데 로고도 다르고 앱 연동도 안 됩니다. 플랫폼에 분쟁 올렸어요.",
             "2026-11-16T05:00:00Z")),
        "opened_at": "2026-11-07T03:00:00Z",
        "seller": {"store_name": "FitPulse Store", "signature": "FitPulse 드림"},
    }),
    # ---------------- escalation_reply ----------------
    ("d25_de_escalation", "escalation_reply", {
        "id": "HT-d25",
        "reason": "not_received", "stage": "escalated",
        "shipment": {"status": "in_transit", "carrier": "Cainiao / DHL Paket", "tracking_number": "LP00829103746658",
                     "shipped_at": "2026-10-03"},
        "order": {"id": "8171650093328475", "items": [
            {"title": "Smarte LED-Glühbirnen, 4er-Set", "quantity": 1, "unit_price": "32.99"}],
            "total": "32.99", "currency": "EUR", "placed_at": "2026-10-01"},
        "buyer": {"name": "Jonas Weber", "country": "DE", "language": "de"},
        "messages": _msgs(
            ("seller", "Ihr Paket ist unterwegs, bitte haben Sie noch etwas Geduld.", "2026-11-05T09:00:00Z"),
            ("buyer", "Ich habe die Nase voll. Seit Wochen werde ich nur vertröstet. Jetzt soll die Plattform "
                      "entscheiden.", "2026-11-15T20:30:00Z")),
        "opened_at": "2026-11-04T18:00:00Z",
        "seller": {"store_name": "LumoTech Store", "signature": "Ihr LumoTech-Team"},
    }),
    ("d26_ru_escalation", "escalation_reply", {
        "id": "HT-d26",
        "reason": "not_as_described", "problem": "wrong_item", "stage": "escalated",
        "shipment": {"status": "delivered", "carrier": "Почта России", "tracking_number": "RB772019384CN",
                     "shipped_at": "2026-10-06"},
        "order": {"id": "8172880014465930", "items": [
            {"title": "Настенные часы в скандинавском стиле", "quantity": 1, "unit_price": "2790.00"}],
            "total": "2790.00", "currency": "RUB", "placed_at": "2026-10-04"},
        "buyer": {"name": "Елена Попова", "country": "RU"},
        "messages": _msgs(
            ("buyer", "Я получила совсем не те часы, которые заказывала. Вы мне так и не ответили нормально, "
                      "поэтому я передала спор на рассмотрение платформы.", "2026-11-14T09:45:00Z")),
        "opened_at": "2026-11-03T09:00:00Z",
        "seller": {"store_name": "DecorHome Store", "signature": "Команда DecorHome"},
    }),
    # ---------------- return_instructions ----------------
    ("d27_en_return_instr", "return_instructions", {
        "id": "HT-d27",
        "reason": "not_as_described", "problem": "damaged", "stage": "ruled",
        "platform_ruling": "return_and_refund",
        "return_shipment": {"status": "not_shipped"},
        "shipment": {"status": "delivered", "carrier": "Cainiao / Canada Post", "tracking_number": "LP00158392047716",
                     "shipped_at": "2026-09-27"},
        "order": {"id": "8170193348827615", "items": [
            {"title": "Ceramic dinnerware set, 12 pieces", "quantity": 1, "unit_price": "86.40"}],
            "total": "86.40", "currency": "CAD", "placed_at": "2026-09-25"},
        "buyer": {"name": "Sarah Thompson", "country": "CA", "language": "en-CA"},
        "messages": _msgs(
            ("platform", "Ruling: return and refund. The buyer returns the item; the refund is released when the "
                         "seller confirms receipt.", "2026-11-17T08:00:00Z"),
            ("buyer", "OK. Where do I send it?", "2026-11-17T14:10:00Z")),
        "opened_at": "2026-10-30T12:00:00Z",
        "seller": {"store_name": "Maple & Moss Home",
                   "return_address": "Maple & Moss Home Returns, Room 1203, Block B, Jinlong Industrial Park, "
                                     "88 Bantian Road, Longgang District, Shenzhen, Guangdong 518129, China"},
    }),
    ("d28_es_return_instr", "return_instructions", {
        "id": "HT-d28",
        "reason": "not_as_described", "problem": "not_working", "stage": "ruled",
        "platform_ruling": "return_and_refund",
        "shipment": {"status": "delivered", "carrier": "Cainiao / 4-72", "tracking_number": "LP00204718365590",
                     "shipped_at": "2026-09-29"},
        "order": {"id": "8170554419073326", "items": [
            {"title": "Audífonos inalámbricos con cancelación de ruido", "quantity": 1, "unit_price": "64.99"}],
            "total": "64.99", "currency": "USD", "placed_at": "2026-09-27"},
        "buyer": {"name": "Andrés Gutiérrez", "country": "CO"},
        "messages": _msgs(
            ("buyer", "Buenas tardes. La plataforma decidió devolución y reembolso. ¿A qué dirección tengo que "
                      "mandar los audífonos? No encuentro la dirección.", "2026-11-18T22:00:00Z")),
        "opened_at": "2026-10-28T15:00:00Z",
        "seller": {"store_name": "TecnoAndes Store", "signature": "Equipo TecnoAndes",
                   "return_address": "TecnoAndes Store - Devoluciones, Unit 5, 3/F, Fuk Hing Industrial Building, "
                                     "28 Kwai Hei Street, Kwai Chung, N.T., Hong Kong"},
    }),
    ("d34_de_return_instr", "return_instructions", {
        "id": "HT-d34",
        "reason": "not_as_described", "problem": "not_working", "stage": "ruled",
        "platform_ruling": "return_and_refund",
        "return_shipment": {"status": "not_shipped"},
        "shipment": {"status": "delivered", "carrier": "Cainiao / Swiss Post", "tracking_number": "LP00937461028854",
                     "shipped_at": "2026-10-02"},
        "order": {"id": "8171447095532218", "items": [
            {"title": "Elektrische Zahnbürste mit Reiseetui", "quantity": 1, "unit_price": "54.90"}],
            "total": "54.90", "currency": "CHF", "placed_at": "2026-09-30"},
        "buyer": {"name": "Laura Fischer", "country": "CH", "language": "de-CH"},
        "messages": _msgs(
            ("buyer", "Die Plattform hat zu meinen Gunsten entschieden. Bitte schicken Sie mir die "
                      "Rücksendeadresse.", "2026-11-18T07:30:00Z")),
        "opened_at": "2026-10-29T10:00:00Z",
        "seller": {"store_name": "AlpenTech Store", "signature": "Ihr AlpenTech-Team",
                   "return_address": "AlpenTech Store Returns Center, 2F, No. 36 Wuhe Avenue, Bantian Street, "
                                     "Longgang District, Shenzhen 518112, China"},
    }),
    # ---------------- return_received ----------------
    ("d29_pl_return_received", "return_received", {
        "id": "HT-d29",
        "reason": "not_as_described", "problem": "size_or_fit", "stage": "ruled",
        "platform_ruling": "return_and_refund",
        "return_shipment": {"status": "received", "tracking_number": "RR917264503PL"},
        "shipment": {"status": "delivered", "carrier": "Cainiao / InPost", "tracking_number": "LP00173920468815",
                     "shipped_at": "2026-09-18"},
        "order": {"id": "8169036627714480", "items": [
            {"title": "Płaszcz wełniany damski, rozmiar M", "quantity": 1, "unit_price": "349.00"}],
            "total": "349.00", "currency": "PLN", "placed_at": "2026-09-16"},
        "buyer": {"name": "Agnieszka Zielińska", "country": "PL", "language": "pl"},
        "messages": _msgs(
            ("buyer", "Dzień dobry, płaszcz został odesłany tydzień temu. Czy już dotarł?", "2026-11-19T12:00:00Z")),
        "opened_at": "2026-10-20T10:00:00Z",
        "seller": {"store_name": "ModaLove Store", "signature": "Zespół ModaLove",
                   "return_address": "ModaLove Store Returns, 5F, No. 12 Xinghe Road, Baiyun District, "
                                     "Guangzhou 510440, China"},
    }),
    ("d30_pt_return_received", "return_received", {
        "id": "HT-d30",
        "reason": "not_as_described", "problem": "damaged", "stage": "ruled",
        "platform_ruling": "return_and_refund",
        "return_shipment": {"status": "received", "tracking_number": "NB482019376BR"},
        "shipment": {"status": "delivered", "carrier": "Correios", "tracking_number": "NM773019284BR",
                     "shipped_at": "2026-09-15"},
        "order": {"id": "8168711590346628", "items": [
            {"title": "Luminária pendente industrial", "quantity": 1, "unit_price": "219.90"}],
            "total": "219.90", "currency": "BRL", "placed_at": "2026-09-13"},
        "buyer": {"name": "Gabriel Souza", "country": "BR", "language": "pt-BR"},
        "messages": _msgs(
            ("buyer", "Oi, já faz um tempo que mandei a luminária de volta. Vocês receberam? Quero meu "
                      "reembolso.", "2026-11-20T23:00:00Z")),
        "opened_at": "2026-10-18T10:00:00Z",
        "seller": {"store_name": "CasaBela Decor", "signature": "Equipe CasaBela"},
    }),
    ("d37_fr_return_received", "return_received", {
        "id": "HT-d37",
        "reason": "not_as_described", "problem": "counterfeit", "stage": "ruled",
        "platform_ruling": "return_and_refund",
        "return_shipment": {"status": "received", "tracking_number": "LP00562019384471"},
        "shipment": {"status": "delivered", "carrier": "Cainiao / Postes Canada",
                     "tracking_number": "LP00310582964437", "shipped_at": "2026-09-21"},
        "order": {"id": "8169477053318209", "items": [
            {"title": "Collier en argent 925 avec pendentif", "quantity": 1, "unit_price": "45.60"}],
            "total": "45.60", "currency": "CAD", "placed_at": "2026-09-19"},
        "buyer": {"name": "Nathalie Girard", "country": "CA", "language": "fr-CA"},
        "messages": _msgs(
            ("buyer", "Bonjour, le collier vous a été retourné il y a quelques jours. Pouvez-vous confirmer la "
                      "réception ?", "2026-11-20T15:30:00Z")),
        "opened_at": "2026-10-22T10:00:00Z",
        "seller": {"store_name": "Atelier Bijoux Store", "signature": "L'équipe Atelier Bijoux"},
    }),
]
