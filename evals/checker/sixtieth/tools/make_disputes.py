"""Writes the 24 dispute files of set "sixtieth" (standard library only)."""
import json, pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "disputes"

def order(oid, title, price, cur, placed=None, qty=1):
    o = {"id": oid, "items": [{"title": title, "quantity": qty, "unit_price": price}],
         "total": round(price * qty, 2) if cur not in ("JPY", "KRW", "HUF") else int(price * qty), "currency": cur}
    if placed: o["placed_at"] = placed
    return o

def ship(status, carrier, tn, shipped=None, duties=None):
    s = {"status": status, "carrier": carrier, "tracking_number": tn}
    if shipped: s["shipped_at"] = shipped
    if duties: s["duties_payer"] = duties
    return s

def msg(text, at):
    return [{"author": "buyer", "at": at, "text": text}]

D = {}
D["nn01_en_cracked_teapot"] = dict(
    id="DSP-2026-6000101", reason="not_as_described", problem="damaged", stage="open",
    shipment=ship("delivered", "Royal Mail", "RM660011223GB"),
    order=order("8300000100011", "Cast iron teapot, 900 ml", 38.5, "GBP", "2026-10-30T11:00:00Z"),
    buyer={"name": "Oliver Bennett", "country": "GB", "language": "en-GB"},
    seller={"store_name": "Hearth & Kettle", "signature": "Warm regards, Priya at Hearth & Kettle"},
    messages=msg("The teapot arrived with a crack right down the spout and the box was crushed. Really disappointed, it was meant to be a gift.", "2026-11-14T10:02:00Z"),
    opened_at="2026-11-14T10:05:00Z")
D["nn02_es_mochila_transito"] = dict(
    id="DSP-2026-6000102", reason="not_received", stage="open",
    shipment=ship("in_transit", "Cainiao / Estafeta", "LP00600200300CN", "2026-10-28"),
    order=order("8300000200022", "Mochila de senderismo 40 L", 54.0, "MXN", "2026-10-25T18:00:00Z"),
    buyer={"name": "Valentina Ruiz", "country": "MX", "language": "es-MX"},
    seller={"signature": "Saludos cordiales, equipo Cumbre Outdoor", "store_name": "Cumbre Outdoor", "protection_extension_days": 20},
    messages=msg("Hola, ya pasaron semanas y mi mochila no llega. El seguimiento casi no se mueve. ¿Qué pasa?", "2026-11-15T16:20:00Z"),
    opened_at="2026-11-15T16:22:00Z")
D["nn03_ru_chainik_partial"] = dict(
    id="DSP-2026-6000103", reason="not_as_described", problem="quality", stage="escalated",
    buyer_evidence=[{"kind": "photo", "note": "ржавчина на дне"}],
    shipment=ship("delivered", "Почта России", "RP600300400CN"),
    order=order("8300000300033", "Электрочайник из нержавеющей стали", 3200.0, "RUB", "2026-10-20T08:00:00Z"),
    buyer={"name": "Анна Смирнова", "country": "RU", "language": "ru"},
    seller={"signature": "С уважением, команда ТехноДом", "store_name": "ТехноДом", "max_partial_refund_pct": 25},
    messages=msg("Я отправила фото: на дне чайника ржавчина уже после первой недели. Так не должно быть.", "2026-11-13T07:40:00Z"),
    opened_at="2026-11-05T07:00:00Z")
D["nn04_ja_reship_confirm"] = dict(
    id="DSP-2026-6000104", reason="not_received", stage="open",
    shipment=ship("lost", "Japan Post", "EJ600400500JP"),
    reship={"buyer_answer": "agreed", "tracking_number": "EJ600400999JP"},
    order=order("8300000400044", "ステンレス製ランチボックス", 2980, "JPY", "2026-10-18T03:00:00Z"),
    buyer={"name": "佐藤 美咲", "country": "JP", "language": "ja"},
    seller={"store_name": "ことり雑貨店", "signature": "ことり雑貨店 スタッフ一同"},
    messages=msg("再送でお願いします。届くのを楽しみにしています。", "2026-11-12T02:10:00Z"),
    opened_at="2026-11-08T01:00:00Z")
D["nn05_fr_retour_manteau"] = dict(
    id="DSP-2026-6000105", reason="not_as_described", problem="color_or_appearance", stage="ruled",
    platform_ruling="return_and_refund", return_shipment={"status": "not_shipped"},
    shipment=ship("delivered", "Colissimo", "6A60050060FR"),
    order=order("8300000500055", "Manteau en laine, bleu marine", 89.0, "EUR", "2026-10-10T09:00:00Z"),
    buyer={"name": "Camille Lefèvre", "country": "FR", "language": "fr"},
    seller={"signature": "Bien cordialement, l\'équipe Atelier Sauge", "store_name": "Atelier Sauge", "return_address": "Atelier Sauge Retours, 4 allée des Tisserands, 69003 Lyon, France"},
    messages=msg("La plateforme m'a donné raison. Où dois-je renvoyer le manteau ?", "2026-11-16T14:00:00Z"),
    opened_at="2026-10-28T12:00:00Z")
D["nn06_de_zoll_kaeufer"] = dict(
    id="DSP-2026-6000106", reason="not_received", stage="open",
    shipment=ship("customs_hold", "DHL Paket", "JJD600600700DE", "2026-10-29", "buyer"),
    order=order("8300000600066", "Espressomaschine aus Edelstahl", 149.0, "EUR", "2026-10-27T10:00:00Z"),
    buyer={"name": "Lukas Hoffmann", "country": "DE", "language": "de"},
    seller={"store_name": "Bohnenwerk", "signature": "Herzliche Grüße, Ihr Bohnenwerk-Team"},
    messages=msg("Mein Paket hängt seit Tagen beim Zoll fest. Was muss ich tun? Das nervt langsam.", "2026-11-11T19:00:00Z"),
    opened_at="2026-11-11T19:03:00Z")
D["nn07_it_pacco_perso"] = dict(
    id="DSP-2026-6000107", reason="not_received", stage="open",
    shipment=ship("lost", "Poste Italiane", "RR600700800IT"),
    reship={"buyer_answer": "not_asked"},
    order=order("8300000700077", "Lampada da scrivania a LED", 27.9, "EUR", "2026-10-15T15:00:00Z"),
    buyer={"name": "Giulia Romano", "country": "IT", "language": "it"},
    seller={"store_name": "Luce Viva"},
    messages=msg("Il corriere dice che il pacco è stato smarrito. Sono molto delusa, lo aspettavo da un mese.", "2026-11-10T11:30:00Z"),
    opened_at="2026-11-10T11:31:00Z")
D["nn08_pt_aguardar_decisao"] = dict(
    id="DSP-2026-6000108", reason="not_received", stage="escalated", seller_evidence_submitted=True,
    shipment=ship("delivered", "Correios", "NX600800900BR"),
    order=order("8300000800088", "Fone de ouvido sem fio", 189.9, "BRL", "2026-10-12T13:00:00Z"),
    buyer={"name": "Rafael Souza", "country": "BR", "language": "pt-BR"},
    seller={"signature": "Abraços, equipe Som Brasil Store", "store_name": "Som Brasil Store"},
    messages=msg("Escalei a disputa porque não recebi nada. Quero uma resposta.", "2026-11-14T21:00:00Z"),
    opened_at="2026-11-01T20:00:00Z")
D["nn09_nl_escalatie"] = dict(
    id="DSP-2026-6000109", reason="not_received", stage="escalated",
    shipment=ship("unknown", "PostNL", "3S60090010NL"),
    order=order("8300000900099", "Fietstas waterdicht", 34.95, "EUR", "2026-10-08T10:00:00Z"),
    buyer={"name": "Sanne de Vries", "country": "NL", "language": "nl"},
    seller={"store_name": "Trapkracht", "signature": "Met vriendelijke groet, team Trapkracht"},
    messages=msg("Ik heb het geschil doorgezet naar het platform. Ik wacht al veel te lang.", "2026-11-13T09:00:00Z"),
    opened_at="2026-10-30T09:00:00Z")
D["nn10_tr_iade_alindi"] = dict(
    id="DSP-2026-6000110", reason="not_as_described", problem="wrong_item", stage="ruled",
    platform_ruling="return_and_refund", return_shipment={"status": "received", "tracking_number": "TR6001000110"},
    shipment=ship("delivered", "Yurtiçi Kargo", "YK600100120TR"),
    order=order("8300001000100", "Seramik kahve fincanı seti", 640.0, "TRY", "2026-10-05T10:00:00Z"),
    buyer={"name": "Elif Yılmaz", "country": "TR", "language": "tr"},
    seller={"signature": "Sevgiyle, Fincan Atölyesi ekibi", "store_name": "Fincan Atölyesi", "return_address": "Fincan Atölyesi İade, Moda Cad. 18, 34710 Kadıköy, İstanbul"},
    messages=msg("Ürünü geri gönderdim, ulaştı mı?", "2026-11-15T08:00:00Z"),
    opened_at="2026-10-20T08:00:00Z")
D["nn11_ko_size_evidence"] = dict(
    id="DSP-2026-6000111", reason="not_as_described", problem="size_or_fit", stage="open",
    shipment=ship("delivered", "CJ대한통운", "CJ600110130KR"),
    order=order("8300001100111", "남성 겨울 패딩 점퍼 L", 89000, "KRW", "2026-10-22T05:00:00Z"),
    buyer={"name": "김민준", "country": "KR", "language": "ko"},
    seller={"signature": "하늘패션 드림", "store_name": "하늘패션"},
    messages=msg("L 사이즈를 주문했는데 너무 작아요. 사이즈표와 전혀 달라요.", "2026-11-12T06:00:00Z"),
    opened_at="2026-11-12T06:01:00Z")
D["nn12_zh_tw_transit"] = dict(
    id="DSP-2026-6000112", reason="not_received", stage="open",
    shipment=ship("in_transit", "中華郵政", "RR600120140TW", "2026-11-01"),
    order=order("8300001200122", "陶瓷保溫杯", 780.0, "TWD", "2026-10-30T04:00:00Z"),
    buyer={"name": "陳怡君", "country": "TW", "language": "zh-TW"},
    seller={"signature": "小巷生活館 敬上", "store_name": "小巷生活館", "protection_extension_days": 10},
    messages=msg("請問我的包裹到底什麼時候會到？已經等很久了，有點擔心。", "2026-11-16T03:00:00Z"),
    opened_at="2026-11-16T03:02:00Z")
D["nn13_ar_partial_refund"] = dict(
    id="DSP-2026-6000113", reason="not_as_described", problem="missing_parts", stage="escalated",
    buyer_evidence=[{"kind": "photo"}, {"kind": "video"}],
    shipment=ship("delivered", "Aramex", "AX600130150AE"),
    order=order("8300001300133", "طقم أدوات مطبخ", 240.0, "AED", "2026-10-14T07:00:00Z"),
    buyer={"name": "ليلى حسن", "country": "AE", "language": "ar"},
    seller={"signature": "مع أطيب التحيات، فريق بيت المطبخ", "store_name": "بيت المطبخ", "max_partial_refund_pct": 40},
    messages=msg("أرسلت الصور والفيديو، الطقم ناقص ثلاث قطع. أنا منزعجة جداً.", "2026-11-12T12:00:00Z"),
    opened_at="2026-11-02T12:00:00Z")
D["nn14_sv_ny_sandning"] = dict(
    id="DSP-2026-6000114", reason="not_received", stage="open",
    shipment=ship("lost", "PostNord", "UA600140160SE"),
    reship={"buyer_answer": "agreed", "tracking_number": "UA600149999SE"},
    order=order("8300001400144", "Ullfilt, grå", 499.0, "SEK", "2026-10-16T09:00:00Z"),
    buyer={"name": "Erik Lindqvist", "country": "SE", "language": "sv"},
    seller={"store_name": "Nordvärme", "signature": "Vänliga hälsningar, Nordvärme"},
    messages=msg("Ja, skicka gärna en ny filt. Tack!", "2026-11-11T10:00:00Z"),
    opened_at="2026-11-06T10:00:00Z")
D["nn15_cs_vraceni"] = dict(
    id="DSP-2026-6000115", reason="not_as_described", problem="not_working", stage="ruled",
    platform_ruling="return_and_refund",
    shipment=ship("delivered", "Zásilkovna", "Z600150170CZ"),
    order=order("8300001500155", "Bezdrátová myš", 590.0, "CZK", "2026-10-11T10:00:00Z"),
    buyer={"name": "Tereza Nováková", "country": "CZ", "language": "cs"},
    seller={"signature": "S pozdravem, tým KlikShop", "store_name": "KlikShop", "return_address": "KlikShop vratky, Průmyslová 22, 602 00 Brno, Česko"},
    messages=msg("Platforma rozhodla o vrácení. Kam mám myš poslat?", "2026-11-15T15:00:00Z"),
    opened_at="2026-10-29T15:00:00Z")
D["nn16_ro_vama_vanzator"] = dict(
    id="DSP-2026-6000116", reason="not_received", stage="open",
    shipment=ship("customs_hold", "Fan Courier", "FC600160180RO", "2026-11-02", "seller"),
    order=order("8300001600166", "Set de cuțite de bucătărie", 210.0, "RON", "2026-10-31T10:00:00Z"),
    buyer={"name": "Andrei Popescu", "country": "RO", "language": "ro"},
    seller={"signature": "Cu drag, echipa Casa Bucătarului", "store_name": "Casa Bucătarului"},
    messages=msg("Coletul meu e blocat la vamă. Trebuie să plătesc ceva?", "2026-11-14T13:00:00Z"),
    opened_at="2026-11-14T13:01:00Z")
D["nn17_hu_elveszett_csomag"] = dict(
    id="DSP-2026-6000117", reason="not_received", stage="open",
    shipment=ship("lost", "Magyar Posta", "RL600170190HU"),
    reship={"buyer_answer": "asked"},
    order=order("8300001700177", "Gyapjú sál, bordó", 8900, "HUF", "2026-10-13T10:00:00Z"),
    buyer={"name": "Kovács Eszter", "country": "HU", "language": "hu"},
    seller={"signature": "Üdvözlettel: a Melegház Bolt csapata", "store_name": "Melegház Bolt"},
    messages=msg("A posta szerint elveszett a csomag. Most mi lesz?", "2026-11-12T17:00:00Z"),
    opened_at="2026-11-12T17:02:00Z")
D["nn18_da_afvent_afgorelse"] = dict(
    id="DSP-2026-6000118", reason="not_as_described", problem="counterfeit", stage="escalated",
    seller_evidence_submitted=True,
    shipment=ship("delivered", "GLS", "GLS600180200DK"),
    order=order("8300001800188", "Solbriller med polariserede glas", 650.0, "DKK", "2026-10-09T10:00:00Z"),
    buyer={"name": "Mette Jensen", "country": "DK", "language": "da"},
    seller={"store_name": "Nordlys Optik", "signature": "Venlig hilsen, Nordlys Optik"},
    messages=msg("Jeg tror ikke brillerne er ægte, så jeg har sendt sagen videre.", "2026-11-13T18:00:00Z"),
    opened_at="2026-11-01T18:00:00Z")
D["nn19_fi_eskalointi"] = dict(
    id="DSP-2026-6000119", reason="not_as_described", problem="other", stage="escalated",
    shipment=ship("delivered", "Posti", "JJFI60019021"),
    order=order("8300001900199", "Villasukat, 3 paria", 29.0, "EUR", "2026-10-17T10:00:00Z"),
    buyer={"name": "Aino Virtanen", "country": "FI", "language": "fi"},
    seller={"signature": "Ystävällisin terveisin, Lämpö Kauppa", "store_name": "Lämpö Kauppa"},
    messages=msg("Vein riidan alustalle, koska vastauksenne eivät auttaneet. Olen todella turhautunut.", "2026-11-14T08:00:00Z"),
    opened_at="2026-11-03T08:00:00Z")
D["nn20_pl_zwrot_odebrany"] = dict(
    id="DSP-2026-6000120", reason="not_as_described", problem="damaged", stage="ruled",
    platform_ruling="return_and_refund", return_shipment={"status": "received", "tracking_number": "PL6002002200"},
    shipment=ship("delivered", "InPost", "IP600200220PL"),
    order=order("8300002000200", "Szklany wazon ręcznie malowany", 159.0, "PLN", "2026-10-06T10:00:00Z"),
    buyer={"name": "Katarzyna Wiśniewska", "country": "PL", "language": "pl"},
    seller={"store_name": "Szklana Chata", "signature": "Pozdrawiamy serdecznie, Szklana Chata",
            "return_address": "Szklana Chata Zwroty, ul. Hutnicza 7, 58-500 Jelenia Góra, Polska"},
    messages=msg("Wazon został odesłany. Czy dotarł?", "2026-11-16T09:00:00Z"),
    opened_at="2026-10-21T09:00:00Z")
D["nn21_uk_chastkove_povernennia"] = dict(
    id="DSP-2026-6000121", reason="not_as_described", problem="color_or_appearance", stage="escalated",
    buyer_evidence=[{"kind": "photo", "note": "колір відрізняється"}],
    shipment=ship("delivered", "Нова Пошта", "NP600210230UA"),
    order=order("8300002100211", "Вовняний светр, зелений", 1450.0, "UAH", "2026-10-19T10:00:00Z"),
    buyer={"name": "Олена Коваленко", "country": "UA", "language": "uk"},
    seller={"store_name": "Тепла Хата", "max_partial_refund_pct": 20, "signature": "З повагою, команда Тепла Хата"},
    messages=msg("Надіслала фото: светр зовсім не зелений, а сіро-оливковий. Дуже засмучена.", "2026-11-13T11:00:00Z"),
    opened_at="2026-11-04T11:00:00Z")
D["nn22_el_telonio"] = dict(
    id="DSP-2026-6000122", reason="not_received", stage="open",
    shipment=ship("customs_hold", "ELTA Courier", "EL600220240GR", "2026-11-03"),
    order=order("8300002200222", "Ηλεκτρική φριτέζα αέρος", 79.0, "EUR", "2026-11-01T10:00:00Z"),
    buyer={"name": "Νίκος Παπαδόπουλος", "country": "GR", "language": "el"},
    seller={"signature": "Με εκτίμηση, η ομάδα της Κουζίνα Plus", "store_name": "Κουζίνα Plus"},
    messages=msg("Το δέμα μου είναι στο τελωνείο. Τι πρέπει να κάνω;", "2026-11-15T10:00:00Z"),
    opened_at="2026-11-15T10:01:00Z")
D["nn23_en_us_transit"] = dict(
    id="DSP-2026-6000123", reason="not_received", stage="open",
    shipment=ship("in_transit", "USPS", "9400160023025000000123", "2026-11-02"),
    order=order("8300002300233", "Cordless drill driver kit", 64.99, "USD", "2026-10-31T17:00:00Z"),
    buyer={"name": "Marcus Hill", "country": "US", "language": "en-US"},
    seller={"store_name": "Toolbench Direct", "protection_extension_days": 30, "signature": "Cheers, the Toolbench Direct crew"},
    messages=msg("Where is my drill?? Tracking hasn't updated in a week and I needed it for a job.", "2026-11-16T22:00:00Z"),
    opened_at="2026-11-16T22:05:00Z")
D["nn24_es_batidora_averiada"] = dict(
    id="DSP-2026-6000124", reason="not_as_described", problem="not_working", stage="open",
    shipment=ship("delivered", "SEUR", "SE600240260ES"),
    order=order("8300002400244", "Batidora de vaso 1,5 L", 45.0, "EUR", "2026-10-26T10:00:00Z"),
    buyer={"name": "Javier Morales", "country": "ES", "language": "es"},
    seller={"store_name": "Cocina Viva", "signature": "Un saludo, el equipo de Cocina Viva"},
    messages=msg("La batidora no enciende. La enchufo y no hace nada.", "2026-11-15T12:00:00Z"),
    opened_at="2026-11-15T12:02:00Z")

if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    for name, d in D.items():
        (OUT / f"{name}.json").write_text(json.dumps(d, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(len(D), "disputes written")
