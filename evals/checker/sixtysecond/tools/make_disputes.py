"""Write the 24 hand-designed dispute files into ../disputes/ (stdlib only)."""
import json, pathlib
ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "disputes"

def ship(status, carrier, tn, **kw):
    d = {"status": status, "carrier": carrier, "tracking_number": tn}
    d.update(kw); return d

def order(oid, title, price, cur, qty=1, placed=None):
    total = round(price * qty, 2)
    o = {"id": oid, "items": [{"title": title, "quantity": qty, "unit_price": price}], "total": total, "currency": cur}
    if placed: o["placed_at"] = placed
    return o

# file stem, lang tag, buyer name, country, dispute core, order, seller overrides, buyer message
D = [
 ("nl01_en_damagedmug", "en-GB", "Harriet Cole", "GB",
  dict(reason="not_as_described", problem="damaged", stage="open", shipment=ship("delivered", "Royal Mail", "RM482913557GB")),
  order("8190300010001", "Hand-painted ceramic teapot", 27.4, "GBP", placed="2026-10-30T11:00:00Z"),
  {"store_name": "Kiln & Co", "signature": "Poppy, Kiln & Co"},
  "The teapot arrived with the spout snapped off. I'm really disappointed, it was meant to be a birthday present."),
 ("nl02_es_transitlamp", "es-MX", "Mateo Hernández", "MX",
  dict(reason="not_received", stage="open", shipment=ship("in_transit", "Cainiao / Estafeta", "LP00341277610CN", shipped_at="2026-10-28")),
  order("8190300010002", "Lámpara LED de escritorio plegable", 389.0, "MXN", placed="2026-10-25T16:20:00Z"),
  {"protection_extension_days": 20},
  "Hola, ya pasaron semanas y el paquete sigue sin llegar. ¿Dónde está mi lámpara?"),
 ("nl03_ru_partialboots", "ru", "Ольга Смирнова", "RU",
  dict(reason="not_as_described", problem="quality", stage="escalated", buyer_evidence=[{"kind": "photo", "note": "шов на подошве разошёлся"}]),
  order("8190300010003", "Зимние ботинки на меху", 4990.0, "RUB", placed="2026-10-11T08:00:00Z"),
  {"max_partial_refund_pct": 25, "store_name": "Тёплый Шаг", "signature": "Команда «Тёплый Шаг»"},
  "Я отправила фотографии: подошва отклеилась после двух дней носки. Это просто ужас."),
 ("nl04_ja_reshipcase", "ja", "佐藤美咲", "JP",
  dict(reason="not_received", stage="open", shipment=ship("lost", "Japan Post", "EJ551204938JP"), reship={"buyer_answer": "agreed", "tracking_number": "EJ551209917JP"}),
  order("8190300010004", "スマホケース 手帳型", 1980, "JPY"),
  {"store_name": "Sakura Case Shop", "signature": "Sakura Case Shop スタッフ一同"},
  "再発送でお願いします。よろしくお願いします。"),
 ("nl05_fr_returnscarf", "fr", "Camille Lefèvre", "FR",
  dict(reason="not_as_described", problem="color_or_appearance", stage="ruled", platform_ruling="return_and_refund", return_shipment={"status": "not_shipped"}, shipment=ship("delivered", "Cainiao / La Poste", "LP00772310458CN")),
  order("8190300010005", "Écharpe en laine mérinos bordeaux", 34.9, "EUR", placed="2026-10-08T09:30:00Z"),
  {"store_name": "Atelier Laine", "signature": "L'équipe Atelier Laine", "return_address": "Atelier Laine Retours, 8 avenue Jean Jaurès, 69007 Lyon, France"},
  "La plateforme a validé le retour. Où dois-je envoyer l'écharpe ?"),
 ("nl06_de_customsbuyer", "de", "Lukas Becker", "DE",
  dict(reason="not_received", stage="open", shipment=ship("customs_hold", "DHL Express", "1Z84A7730412785522", duties_payer="buyer")),
  order("8190300010006", "Elektrischer Milchaufschäumer", 45.0, "EUR", placed="2026-10-20T12:00:00Z"),
  {"signature": "Ihr Team von BaristaBox"},
  "Mein Paket hängt beim Zoll fest. Was soll ich jetzt tun?"),
 ("nl07_it_lostbag", "it", "Giulia Romano", "IT",
  dict(reason="not_received", stage="open", shipment=ship("lost", "Poste Italiane", "RR902615843IT"), reship={"buyer_answer": "not_asked"}),
  order("8190300010007", "Borsa a tracolla in pelle", 59.0, "EUR", placed="2026-10-02T10:00:00Z"),
  {"store_name": "Pelletteria Sole", "signature": "Il team di Pelletteria Sole"},
  "Il corriere dice che il pacco è andato perso. Sono molto delusa, lo aspettavo da un mese."),
 ("nl08_pt_awaitwatch", "pt-BR", "Rafael Oliveira", "BR",
  dict(reason="not_received", stage="escalated", seller_evidence_submitted=True, shipment=ship("delivered", "Correios", "NX338127904BR")),
  order("8190300010008", "Relógio esportivo digital", 219.9, "BRL"),
  {},
  "Abri a disputa na plataforma porque não recebi nada até agora."),
 ("nl09_nl_escalatedbike", "nl", "Sanne de Vries", "NL",
  dict(reason="not_received", stage="escalated", shipment=ship("unknown", "PostNL", "3SPNL0048213377")),
  order("8190300010009", "Fietsverlichting set USB", 24.95, "EUR"),
  {"store_name": "Fietsfix", "signature": "Met vriendelijke groet, Fietsfix"},
  "Ik heb het geschil doorgezet naar het platform. Ik wacht al veel te lang en niemand helpt me."),
 ("nl10_tr_receivedshoes", "tr", "Emre Yılmaz", "TR",
  dict(reason="not_as_described", problem="size_or_fit", stage="ruled", platform_ruling="return_and_refund", return_shipment={"status": "received", "tracking_number": "PTT7741029385TR"}),
  order("8190300010010", "Koşu ayakkabısı 43 numara", 1249.0, "TRY"),
  {"store_name": "Adım Spor", "signature": "Adım Spor Ekibi"},
  "Ayakkabıları geri gönderdim, ulaştı mı?"),
 ("nl11_ko_evidenceheater", "ko", "김민준", "KR",
  dict(reason="not_as_described", problem="not_working", stage="open", shipment=ship("delivered", "CJ대한통운", "CJ6120048372KR")),
  order("8190300010011", "미니 전기 히터", 32900, "KRW", placed="2026-10-19T03:00:00Z"),
  {"signature": "온기상점 드림"},
  "히터가 전원이 아예 안 켜져요. 너무 실망스럽네요."),
 ("nl12_zh_transittea", "zh-TW", "陳怡君", "TW",
  dict(reason="not_received", stage="open", shipment=ship("in_transit", "中華郵政", "RC447120385TW", shipped_at="2026-11-01")),
  order("8190300010012", "手工陶瓷茶杯組", 1280, "TWD", placed="2026-10-29T05:00:00Z"),
  {"store_name": "青瓷茶坊", "protection_extension_days": 30, "signature": "青瓷茶坊 敬上"},
  "包裹一直顯示運送中，我很擔心是不是寄丟了。"),
 ("nl13_ar_partialabaya", "ar", "نورة العتيبي", "SA",
  dict(reason="not_as_described", problem="size_or_fit", stage="escalated", buyer_evidence=[{"kind": "photo"}, {"kind": "video"}]),
  order("8190300010013", "عباية كريب سوداء مقاس 54", 189.0, "SAR", placed="2026-10-14T14:00:00Z"),
  {"store_name": "دار الأناقة", "signature": "فريق دار الأناقة"},
  "أرسلت الصور والفيديو، المقاس أصغر بكثير من الجدول. أنا منزعجة جداً."),
 ("nl14_sv_reshipblender", "sv", "Elin Johansson", "SE",
  dict(reason="not_received", stage="open", shipment=ship("lost", "PostNord", "UA220419876SE"), reship={"buyer_answer": "agreed", "tracking_number": "UA220431150SE"}),
  order("8190300010014", "Bärbar mixer", 349.0, "SEK"),
  {"store_name": "Nordkök", "signature": "Vänliga hälsningar, Nordkök"},
  "Ja tack, skicka gärna en ny."),
 ("nl15_cs_returnjacket", "cs", "Tereza Nováková", "CZ",
  dict(reason="not_as_described", problem="wrong_item", stage="ruled", platform_ruling="return_and_refund", return_shipment={"status": "in_transit"}, shipment=ship("delivered", "Česká pošta", "RR556102847CZ")),
  order("8190300010015", "Dámská softshellová bunda", 1190.0, "CZK"),
  {"store_name": "Horský Obchod", "signature": "Tým Horský Obchod", "return_address": "Horský Obchod – reklamace, Masarykova 21, 602 00 Brno, Česko"},
  "Platforma rozhodla o vrácení. Na jakou adresu mám bundu poslat?"),
 ("nl16_ro_customsseller", "ro", "Andrei Popescu", "RO",
  dict(reason="not_received", stage="open", shipment=ship("customs_hold", "Cainiao / Poșta Română", "LP00659913042CN", duties_payer="seller")),
  order("8190300010016", "Cameră de supraveghere Wi-Fi", 169.0, "RON"),
  {},
  "Coletul meu este blocat în vamă de o săptămână. Trebuie să plătesc ceva?"),
 ("nl17_hu_lostkettle", "hu", "Nagy Eszter", "HU",
  dict(reason="not_received", stage="open", shipment=ship("lost", "Magyar Posta", "RL781134026HU"), reship={"buyer_answer": "asked"}),
  order("8190300010017", "Elektromos vízforraló", 8990, "HUF"),
  {"store_name": "Konyhabolt", "signature": "A Konyhabolt csapata"},
  "A posta szerint a csomag elveszett. Ez nagyon bosszantó."),
 ("nl18_da_awaitchair", "da", "Mads Nielsen", "DK",
  dict(reason="not_as_described", problem="missing_parts", stage="escalated", seller_evidence_submitted=True),
  order("8190300010018", "Kontorstol med armlæn", 899.0, "DKK"),
  {"store_name": "Hjem & Kontor", "signature": "Venlig hilsen, Hjem & Kontor"},
  "Jeg har eskaleret sagen. Der mangler stadig skruer til stolen."),
 ("nl19_fi_escalatedrug", "fi", "Aino Virtanen", "FI",
  dict(reason="not_as_described", problem="color_or_appearance", stage="escalated"),
  order("8190300010019", "Villamatto 160 x 230", 129.0, "EUR"),
  {"store_name": "Kotimatto", "signature": "Ystävällisin terveisin, Kotimatto"},
  "Vein riidan alustalle, koska väri on aivan eri kuin kuvassa. Olen todella pettynyt."),
 ("nl20_pl_receivedcoat", "pl", "Katarzyna Wiśniewska", "PL",
  dict(reason="not_as_described", problem="quality", stage="ruled", platform_ruling="return_and_refund", return_shipment={"status": "received", "tracking_number": "PL0099341275"}),
  order("8190300010020", "Płaszcz wełniany damski", 329.0, "PLN"),
  {"signature": "Zespół Modna Szafa"},
  "Czy płaszcz już do Państwa dotarł?"),
 ("nl21_uk_partialkettle", "uk", "Олександр Коваленко", "UA",
  dict(reason="not_as_described", problem="damaged", stage="escalated", buyer_evidence=[{"kind": "photo", "note": "тріщина на корпусі"}]),
  order("8190300010021", "Електрочайник скляний", 1450.0, "UAH"),
  {"max_partial_refund_pct": 20, "store_name": "Дім і Кухня", "signature": "Команда «Дім і Кухня»"},
  "Я надіслав фото тріщини. Чайник протікає, користуватися ним неможливо."),
 ("nl22_el_customsunknown", "el", "Γιώργος Παπαδόπουλος", "GR",
  dict(reason="not_received", stage="open", shipment=ship("customs_hold", "ΕΛΤΑ Courier", "ET310056782GR")),
  order("8190300010022", "Ασύρματα ακουστικά", 49.9, "EUR"),
  {"store_name": "Ήχος Shop", "signature": "Η ομάδα του Ήχος Shop"},
  "Το δέμα μου έχει κολλήσει στο τελωνείο. Τι πρέπει να κάνω;"),
 ("nl23_en_transitcharger", "en-US", "Jordan Miller", "US",
  dict(reason="not_received", stage="open", shipment=ship("in_transit", "USPS", "9400111206213385074412", shipped_at="2026-11-03")),
  order("8190300010023", "Wireless charging stand", 23.99, "USD", placed="2026-11-01T22:10:00Z"),
  {"store_name": "VoltNest", "signature": "Sam at VoltNest", "protection_extension_days": 10},
  "Tracking hasn't updated in a week. Honestly I'm getting worried this thing is never showing up."),
 ("nl24_es_wrongitem", "es", "Lucía Navarro", "ES",
  dict(reason="not_as_described", problem="wrong_item", stage="open", shipment=ship("delivered", "Correos", "PQ4A7B0012345670108001H")),
  order("8190300010024", "Funda nórdica de algodón, cama de 150", 44.9, "EUR"),
  {"store_name": "Casa Brisa", "signature": "El equipo de Casa Brisa"},
  "Me ha llegado una funda de otra medida y otro color. No es lo que pedí."),
]

def main():
    OUT.mkdir(exist_ok=True)
    for i, (stem, lang, name, country, core, o, seller, msg) in enumerate(D, 1):
        d = {"id": f"DSP-NL-{i:04d}"}
        d.update(core)
        d["order"] = o
        d["buyer"] = {"name": name, "country": country, "language": lang}
        if seller: d["seller"] = seller
        d["messages"] = [{"author": "buyer", "at": "2026-11-14T10:00:00Z", "text": msg}]
        d["opened_at"] = "2026-11-14T10:05:00Z"
        (OUT / f"{stem}.json").write_text(json.dumps(d, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

if __name__ == "__main__":
    main()
