"""Writes the 24 hand-designed dispute files into ../disputes/ (run once, before build.py)."""
import json, pathlib
OUT = pathlib.Path(__file__).resolve().parent.parent / "disputes"
OUT.mkdir(exist_ok=True)

def order(oid, title, price, cur, placed, qty=1):
    it = {"title": title, "unit_price": price}
    if qty != 1: it["quantity"] = qty
    return {"id": oid, "items": [it], "total": round(price * qty, 2), "currency": cur, "placed_at": placed}

def ship(status, carrier, trk, shipped=None, duties=None):
    s = {"status": status, "carrier": carrier, "tracking_number": trk}
    if shipped: s["shipped_at"] = shipped
    if duties: s["duties_payer"] = duties
    return s

def msg(text, at):
    return [{"author": "buyer", "at": at, "text": text}]

D = {}
D["nq01_en_jacket_fit"] = dict(id="DSP-NQ-0001", reason="not_as_described", problem="size_or_fit", stage="open",
    shipment=ship("delivered", "USPS", "LZ512094837US"),
    order=order("8190401100223301", "Women's fleece-lined rain jacket, size M", 58.0, "USD", "2026-10-21T16:20:00Z"),
    buyer={"name": "Megan Carter", "country": "US", "language": "en-US"},
    messages=msg("Hi, the jacket arrived but the sleeves barely reach my wrists and it is tight across the shoulders. I ordered my usual size. Really disappointed.", "2026-11-14T20:05:00Z"),
    opened_at="2026-11-14T20:06:00Z",
    seller={"store_name": "Trailhead Outfitters", "signature": "Sam, Trailhead Outfitters", "max_partial_refund_pct": 40})
D["nq02_es_transit_lamp"] = dict(id="DSP-NQ-0002", reason="not_received", stage="open",
    shipment=ship("in_transit", "Cainiao / Estafeta", "LP00731822940CN", "2026-10-28"),
    order=order("8190402200334402", "Lámpara de escritorio LED plegable", 649.0, "MXN", "2026-10-25T02:10:00Z"),
    buyer={"name": "Valeria Hernández", "country": "MX", "language": "es-MX"},
    messages=msg("Buenas, ya pasaron semanas y no me llega la lámpara. La necesito para trabajar, ¿qué pasó?", "2026-11-16T15:40:00Z"),
    opened_at="2026-11-16T15:41:00Z",
    seller={"store_name": "Luz Norte", "signature": "Equipo Luz Norte", "protection_extension_days": 20})
D["nq03_ru_partial_kettle"] = dict(id="DSP-NQ-0003", reason="not_as_described", problem="damaged", stage="escalated",
    shipment=ship("delivered", "Почта России", "RU418830265CN"),
    buyer_evidence=[{"kind": "photo", "note": "вмятина на корпусе"}, {"kind": "video"}],
    order=order("8190403300445503", "Электрический чайник из нержавеющей стали", 4990.0, "RUB", "2026-10-12T09:00:00Z"),
    buyer={"name": "Ольга Смирнова", "country": "RU", "language": "ru"},
    messages=msg("Чайник пришёл с вмятиной на боку, крышка закрывается неплотно. Фото и видео я приложила к спору.", "2026-11-11T07:30:00Z"),
    opened_at="2026-11-03T07:00:00Z",
    seller={"store_name": "ДомТех", "signature": "Команда магазина ДомТех"})
D["nq04_ja_reship_mug"] = dict(id="DSP-NQ-0004", reason="not_received", stage="open",
    shipment=ship("lost", "日本郵便", "RR605118234CN", "2026-10-09"),
    reship={"buyer_answer": "agreed", "tracking_number": "RR771204456CN"},
    order=order("8190404400556604", "有田焼風マグカップ ペア", 3800.0, "JPY", "2026-10-07T11:00:00Z"),
    buyer={"name": "佐藤 美咲", "country": "JP", "language": "ja"},
    messages=msg("再送でお願いします。今度はちゃんと届くと嬉しいです。", "2026-11-12T03:00:00Z"),
    opened_at="2026-11-05T02:00:00Z",
    seller={"store_name": "うつわ工房", "signature": "うつわ工房 スタッフ一同"})
D["nq05_fr_return_mirror"] = dict(id="DSP-NQ-0005", reason="not_as_described", problem="damaged", stage="ruled",
    platform_ruling="return_and_refund", return_shipment={"status": "not_shipped"},
    shipment=ship("delivered", "Cainiao / La Poste", "LP00440917735CN"),
    order=order("8190405500667705", "Miroir rond en rotin", 45.9, "EUR", "2026-10-02T14:00:00Z"),
    buyer={"name": "Camille Lefèvre", "country": "BE", "language": "fr-BE"},
    messages=msg("Le miroir est arrivé fissuré. La plateforme a tranché pour un retour, merci de me redonner l'adresse.", "2026-11-13T10:10:00Z"),
    opened_at="2026-10-20T09:00:00Z",
    seller={"store_name": "Atelier Rotin", "signature": "L'équipe Atelier Rotin",
            "return_address": "Atelier Rotin – Retours, 8 avenue Jean Jaurès, 69007 Lyon, France"})
D["nq06_de_customs_buyer"] = dict(id="DSP-NQ-0006", reason="not_received", stage="open",
    shipment=ship("customs_hold", "DHL Express", "JD014600008822741937", "2026-10-30", "buyer"),
    order=order("8190406600778806", "Espressomaschine mit Siebträger", 189.0, "EUR", "2026-10-27T18:00:00Z"),
    buyer={"name": "Markus Becker", "country": "CH", "language": "de-CH"},
    messages=msg("Das Paket hängt seit Tagen beim Zoll fest. Ich verstehe nicht, warum ich noch etwas tun soll.", "2026-11-15T12:00:00Z"),
    opened_at="2026-11-15T12:02:00Z",
    seller={"store_name": "Kaffeewerk", "signature": "Ihr Kaffeewerk-Team"})
D["nq07_it_lost_shoes"] = dict(id="DSP-NQ-0007", reason="not_received", stage="open",
    shipment=ship("lost", "Cainiao / Poste Italiane", "LP00912377460CN", "2026-10-05"),
    order=order("8190407700889907", "Scarpe da corsa leggere", 54.99, "EUR", "2026-10-03T08:00:00Z"),
    buyer={"name": "Giulia Romano", "country": "IT", "language": "it"},
    messages=msg("Il tracciamento è fermo da un mese e ora dice che il pacco è smarrito. Sono molto delusa.", "2026-11-10T19:00:00Z"),
    opened_at="2026-11-10T19:01:00Z",
    seller={"store_name": "Passo Leggero"})
D["nq08_pt_await_headset"] = dict(id="DSP-NQ-0008", reason="not_received", stage="escalated", seller_evidence_submitted=True,
    shipment=ship("delivered", "Correios", "NX223904518BR"),
    order=order("8190408800990008", "Headset gamer sem fio", 329.9, "BRL", "2026-10-01T22:00:00Z"),
    buyer={"name": "Rafael Oliveira", "country": "BR", "language": "pt-BR"},
    messages=msg("Abri disputa na plataforma porque até agora não recebi nada. Quero saber o que vai acontecer.", "2026-11-09T13:00:00Z"),
    opened_at="2026-10-30T13:00:00Z",
    seller={"store_name": "GameMais", "signature": "Equipe GameMais"})
D["nq09_nl_escalated_bike"] = dict(id="DSP-NQ-0009", reason="not_received", stage="escalated",
    shipment=ship("in_transit", "PostNL", "3SXKD2284415", "2026-10-18"),
    order=order("8190409900101109", "Fietstas waterdicht, dubbel", 39.95, "EUR", "2026-10-16T07:45:00Z"),
    buyer={"name": "Sanne de Vries", "country": "NL", "language": "nl"},
    messages=msg("Ik heb nu al drie keer gevraagd waar mijn pakket is. Ik heb het geschil maar doorgezet naar het platform.", "2026-11-12T17:00:00Z"),
    opened_at="2026-11-01T17:00:00Z",
    seller={"store_name": "Fietsgoed", "signature": "Team Fietsgoed"})
D["nq10_tr_received_bag"] = dict(id="DSP-NQ-0010", reason="not_as_described", problem="color_or_appearance", stage="ruled",
    platform_ruling="return_and_refund", return_shipment={"status": "received", "tracking_number": "PTT61820495TR"},
    shipment=ship("delivered", "Cainiao / PTT", "LP00370251198CN"),
    order=order("8190410000212210", "Deri görünümlü sırt çantası", 1150.0, "TRY", "2026-09-28T12:00:00Z"),
    buyer={"name": "Elif Yılmaz", "country": "TR", "language": "tr"},
    messages=msg("Çantayı geri gönderdim, kargo takip numarasını ekledim. Ulaştı mı?", "2026-11-14T08:00:00Z"),
    opened_at="2026-10-15T08:00:00Z",
    seller={"store_name": "Çanta Dünyası", "signature": "Çanta Dünyası Ekibi"})
D["nq11_ko_evidence_fan"] = dict(id="DSP-NQ-0011", reason="not_as_described", problem="not_working", stage="open",
    shipment=ship("delivered", "CJ대한통운", "KR681230047CN"),
    order=order("8190411100323311", "무선 탁상용 선풍기", 32900.0, "KRW", "2026-10-24T05:00:00Z"),
    buyer={"name": "김지훈", "country": "KR", "language": "ko"},
    messages=msg("선풍기가 충전은 되는데 전원 버튼을 눌러도 안 돌아가요.", "2026-11-13T06:00:00Z"),
    opened_at="2026-11-13T06:01:00Z",
    seller={"store_name": "바람상점", "signature": "바람상점 드림"})
D["nq12_zh_partial_teapot"] = dict(id="DSP-NQ-0012", reason="not_as_described", problem="quality", stage="escalated",
    shipment=ship("delivered", "中華郵政", "CT554017290TW"),
    buyer_evidence=[{"kind": "photo", "note": "壺蓋有裂紋"}],
    order=order("8190412200434412", "手工紫砂茶壺", 1280.0, "TWD", "2026-10-08T03:00:00Z"),
    buyer={"name": "陳怡君", "country": "TW", "language": "zh-TW"},
    messages=msg("茶壺蓋子上有一條明顯的裂紋，照片已經上傳了。", "2026-11-12T02:00:00Z"),
    opened_at="2026-11-02T02:00:00Z",
    seller={"store_name": "茗香茶具", "signature": "茗香茶具 客服團隊", "max_partial_refund_pct": 25})
D["nq13_ar_transit_abaya"] = dict(id="DSP-NQ-0013", reason="not_received", stage="open",
    shipment=ship("in_transit", "Aramex", "AX55128840267", "2026-10-31"),
    order=order("8190413300545513", "عباءة كريب سوداء", 210.0, "SAR", "2026-10-29T20:00:00Z"),
    buyer={"name": "نورة العتيبي", "country": "SA", "language": "ar-SA"},
    messages=msg("لم يصلني الطلب حتى الآن وأخشى أن يضيع المبلغ. أرجو الإفادة.", "2026-11-17T09:00:00Z"),
    opened_at="2026-11-17T09:02:00Z",
    seller={"store_name": "Lamsa Boutique", "signature": "فريق لمسة بوتيك", "protection_extension_days": 25})
D["nq14_sv_customs_seller"] = dict(id="DSP-NQ-0014", reason="not_received", stage="open",
    shipment=ship("customs_hold", "PostNord", "UE700318246SE", "2026-11-01", "seller"),
    order=order("8190414400656614", "Ullfilt i merinoull", 899.0, "SEK", "2026-10-30T10:00:00Z"),
    buyer={"name": "Johan Lindqvist", "country": "SE", "language": "sv"},
    messages=msg("Paketet har stått i tullen länge. Måste jag betala något?", "2026-11-16T11:00:00Z"),
    opened_at="2026-11-16T11:03:00Z",
    seller={"store_name": "Nordic Wool Co.", "signature": "Hälsningar, Nordic Wool Co."})
D["nq15_cs_lost_puzzle"] = dict(id="DSP-NQ-0015", reason="not_received", stage="open",
    shipment=ship("lost", "Cainiao / Česká pošta", "LP00658823014CN", "2026-10-10"),
    reship={"buyer_answer": "asked"},
    order=order("8190415500767715", "Dřevěné puzzle mapa světa", 590.0, "CZK", "2026-10-08T15:00:00Z"),
    buyer={"name": "Tereza Dvořáková", "country": "CZ", "language": "cs"},
    messages=msg("Dobrý den, sledování ukazuje, že zásilka se ztratila. Co teď?", "2026-11-11T14:00:00Z"),
    opened_at="2026-11-11T14:01:00Z",
    seller={"store_name": "Hračkárna Dřevo"})
D["nq16_ro_reship_watch"] = dict(id="DSP-NQ-0016", reason="not_received", stage="open",
    shipment=ship("lost", "Cainiao / Poșta Română", "LP00203395517CN", "2026-10-04"),
    reship={"buyer_answer": "agreed", "tracking_number": "LP00208841296CN"},
    order=order("8190416600878816", "Ceas de mână cu curea din piele", 239.0, "RON", "2026-10-02T09:30:00Z"),
    buyer={"name": "Andrei Popescu", "country": "RO", "language": "ro"},
    messages=msg("Da, vă rog să-l retrimiteți. Sper să ajungă de data asta.", "2026-11-13T16:00:00Z"),
    opened_at="2026-11-06T16:00:00Z",
    seller={"store_name": "Ora Exactă", "signature": "Echipa Ora Exactă"})
D["nq17_hu_return_boots"] = dict(id="DSP-NQ-0017", reason="not_as_described", problem="wrong_item", stage="ruled",
    platform_ruling="return_and_refund", return_shipment={"status": "not_shipped"},
    shipment=ship("delivered", "Magyar Posta", "RB330918462HU"),
    order=order("8190417700989917", "Téli bakancs, barna, 41-es", 18990.0, "HUF", "2026-10-06T08:00:00Z"),
    buyer={"name": "Nagy Eszter", "country": "HU", "language": "hu"},
    messages=msg("Barna helyett szürke bakancsot kaptam. A platform visszaküldést rendelt el, hová küldjem?", "2026-11-14T09:00:00Z"),
    opened_at="2026-10-22T09:00:00Z",
    seller={"store_name": "Csizma Pont", "signature": "A Csizma Pont csapata",
            "return_address": "Csizma Pont Kft., Váci út 42, 1132 Budapest, Magyarország"})
D["nq18_da_await_chair"] = dict(id="DSP-NQ-0018", reason="not_as_described", problem="missing_parts", stage="escalated",
    seller_evidence_submitted=True,
    shipment=ship("delivered", "GLS", "ZC77410283DK"),
    order=order("8190418800090018", "Kontorstol med armlæn", 1299.0, "DKK", "2026-10-11T12:00:00Z"),
    buyer={"name": "Mette Jensen", "country": "DK", "language": "da"},
    messages=msg("Der manglede skruer og det ene armlæn. Jeg har sendt sagen videre til platformen.", "2026-11-10T10:00:00Z"),
    opened_at="2026-10-29T10:00:00Z",
    seller={"store_name": "Hygge Kontor", "signature": "Venlig hilsen, Hygge Kontor"})
D["nq19_fi_escalated_tent"] = dict(id="DSP-NQ-0019", reason="not_as_described", problem="other", stage="escalated",
    shipment=ship("delivered", "Posti", "JJFI64210437000182"),
    order=order("8190419900101119", "Kahden hengen retkiteltta", 119.0, "EUR", "2026-10-04T06:00:00Z"),
    buyer={"name": "Aino Virtanen", "country": "FI", "language": "fi"},
    messages=msg("Teltan kangas haisee voimakkaasti kemikaaleilta. En saanut vastausta, joten vein asian alustalle.", "2026-11-12T15:00:00Z"),
    opened_at="2026-11-02T15:00:00Z",
    seller={"store_name": "Erä ja Retki", "signature": "Erä ja Retki -tiimi"})
D["nq20_pl_received_blender"] = dict(id="DSP-NQ-0020", reason="not_as_described", problem="not_working", stage="ruled",
    platform_ruling="return_and_refund", return_shipment={"status": "received", "tracking_number": "PX004418273PL"},
    shipment=ship("delivered", "InPost", "LP00562280913CN"),
    order=order("8190420000212220", "Blender kielichowy 1200 W", 289.0, "PLN", "2026-09-30T18:00:00Z"),
    buyer={"name": "Katarzyna Nowak", "country": "PL", "language": "pl"},
    messages=msg("Blender wrócił do Państwa kilka dni temu. Kiedy dostanę zwrot?", "2026-11-15T18:00:00Z"),
    opened_at="2026-10-18T18:00:00Z",
    seller={"store_name": "KuchniaPro", "signature": "Zespół KuchniaPro"})
D["nq21_uk_partial_sweater"] = dict(id="DSP-NQ-0021", reason="not_as_described", problem="color_or_appearance", stage="escalated",
    shipment=ship("delivered", "Нова пошта", "UA208734195CN"),
    buyer_evidence=[{"kind": "photo", "note": "колір на денному світлі"}],
    order=order("8190421100323321", "В'язаний светр оверсайз, оливковий", 1850.0, "UAH", "2026-10-09T10:00:00Z"),
    buyer={"name": "Оксана Коваленко", "country": "UA", "language": "uk"},
    messages=msg("Светр не оливковий, а майже коричневий. Я надіслала фото при денному світлі.", "2026-11-13T12:00:00Z"),
    opened_at="2026-11-01T12:00:00Z",
    seller={"store_name": "Теплі Речі", "signature": "Команда «Теплі Речі»", "max_partial_refund_pct": 35})
D["nq22_el_evidence_vase"] = dict(id="DSP-NQ-0022", reason="not_as_described", problem="damaged", stage="open",
    shipment=ship("delivered", "ΕΛΤΑ Courier", "EL491027736GR"),
    order=order("8190422200434422", "Κεραμικό βάζο χειροποίητο", 38.5, "EUR", "2026-10-26T13:00:00Z"),
    buyer={"name": "Δημήτρης Παπαδόπουλος", "country": "GR", "language": "el"},
    messages=msg("Το βάζο ήρθε με ράγισμα στο στόμιο. Πολύ κρίμα, ήταν δώρο.", "2026-11-15T09:00:00Z"),
    opened_at="2026-11-15T09:01:00Z",
    seller={"store_name": "Κεραμική Αιγαίου", "signature": "Η ομάδα της Κεραμικής Αιγαίου"})
D["nq23_en_customs_unknown"] = dict(id="DSP-NQ-0023", reason="not_received", stage="open",
    shipment=ship("customs_hold", "Royal Mail", "CP402218839GB", "2026-10-27"),
    order=order("8190423300545523", "Cast-iron griddle pan", 34.0, "GBP", "2026-10-24T17:00:00Z"),
    buyer={"name": "Oliver Hughes", "country": "GB", "language": "en-GB"},
    messages=msg("Tracking has said 'held at customs' for ages now. Nobody has asked me for anything. What's going on?", "2026-11-16T20:00:00Z"),
    opened_at="2026-11-16T20:01:00Z",
    seller={"store_name": "Hearth & Pan", "signature": "Ellie at Hearth & Pan"})
D["nq24_pt_transit_plant"] = dict(id="DSP-NQ-0024", reason="not_received", stage="open",
    shipment=ship("in_transit", "CTT", "RL318004725PT", "2026-11-02"),
    order=order("8190424400656624", "Vaso autoirrigável de cerâmica", 27.5, "EUR", "2026-10-31T09:00:00Z"),
    buyer={"name": "Inês Marques", "country": "PT", "language": "pt-PT"},
    messages=msg("Olá, a encomenda ainda não chegou e estou a ficar preocupada. Ainda vem a caminho?", "2026-11-18T10:00:00Z"),
    opened_at="2026-11-18T10:01:00Z",
    seller={"store_name": "Verde Casa", "signature": "Equipa Verde Casa", "protection_extension_days": 30})

for k, v in D.items():
    (OUT / f"{k}.json").write_text(json.dumps(v, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
print(len(D), "disputes written")
