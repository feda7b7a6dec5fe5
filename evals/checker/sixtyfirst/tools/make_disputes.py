"""Write the 24 dispute files of set 'sixtyfirst' (ids nm01..nm24)."""
import json, pathlib
HERE = pathlib.Path(__file__).resolve().parent.parent
OUT = HERE / "disputes"

def d(n, tag, short, remedy, *, reason, stage, name, country, item, price, cur, oid, msg,
      problem=None, ship=None, reship=None, sev=False, bev=None, ruling=None, ret=None,
      seller=None, opened="2026-11-10T09:00:00Z", placed="2026-10-14T12:00:00Z"):
    x = {"id": f"DSP-NM-{n:04d}", "reason": reason}
    if problem: x["problem"] = problem
    x["stage"] = stage
    if ship: x["shipment"] = ship
    if reship: x["reship"] = reship
    if sev: x["seller_evidence_submitted"] = True
    if bev: x["buyer_evidence"] = bev
    if ruling: x["platform_ruling"] = ruling
    if ret: x["return_shipment"] = ret
    x["order"] = {"id": oid, "items": [{"title": item, "unit_price": price}], "total": price,
                  "currency": cur, "placed_at": placed}
    x["buyer"] = {"name": name, "country": country, "language": tag}
    if seller: x["seller"] = seller
    x["messages"] = [{"author": "buyer", "at": opened, "text": msg}]
    x["opened_at"] = opened
    return f"nm{n:02d}_{tag.split('-')[0].lower()}_{short}.json", remedy, x

DEL = lambda carrier, tn: {"status": "delivered", "carrier": carrier, "tracking_number": tn}
D = [
 d(1, "en-GB", "cracked_teapot", "evidence_by_problem_type", reason="not_as_described", problem="damaged", stage="open",
   name="Oliver Hughes", country="GB", item="Glass teapot with infuser", price=21.40, cur="GBP", oid="8190100200300401",
   ship=DEL("Royal Mail", "RM482915736GB"), seller={"store_name": "Kettle & Leaf", "signature": "Priya, Kettle & Leaf customer care"},
   msg="The teapot arrived with a big crack down the side. Really disappointed, it was meant to be a present."),
 d(2, "es-MX", "slow_parcel", "extend_delivery_time", reason="not_received", stage="open",
   name="Valeria Ortiz", country="MX", item="Lámpara de escritorio LED", price=389.00, cur="MXN", oid="8190100200300402",
   ship={"status": "in_transit", "carrier": "Cainiao / Estafeta", "tracking_number": "LP00451298763CN", "shipped_at": "2026-10-16"},
   seller={"store_name": "Casa Brillo", "signature": "Equipo Casa Brillo", "protection_extension_days": 20},
   msg="Ya pasó casi un mes y mi lámpara no llega. ¿Dónde está mi pedido?"),
 d(3, "ru", "faded_hoodie", "propose_partial_or_return", reason="not_as_described", problem="color_or_appearance", stage="escalated",
   name="Анна Смирнова", country="RU", item="Толстовка оверсайз, бордовая", price=4990, cur="RUB", oid="8190100200300403",
   ship=DEL("Cainiao / Почта России", "LP00672019384CN"), bev=[{"kind": "photo", "note": "hoodie next to listing"}],
   seller={"store_name": "Tkan Market", "signature": "Команда Tkan Market"},
   msg="Толстовка совсем не бордовая, а розовая. Фото я приложила к спору."),
 d(4, "ja", "reship_earbuds", "confirm_reshipment", reason="not_received", stage="open",
   name="佐藤 美咲", country="JP", item="ワイヤレスイヤホン", price=3980, cur="JPY", oid="8190100200300404",
   ship={"status": "lost", "carrier": "Japan Post", "tracking_number": "EJ918273645CN"},
   reship={"buyer_answer": "agreed", "tracking_number": "EJ527364819CN"},
   seller={"store_name": "Sora Audio", "signature": "Sora Audio サポートチーム"},
   msg="再送をお願いします。住所は変わっていません。"),
 d(5, "fr-CA", "return_boots", "return_instructions", reason="not_as_described", problem="size_or_fit", stage="ruled",
   name="Émilie Tremblay", country="CA", item="Bottes d'hiver doublées", price=96.00, cur="CAD", oid="8190100200300405",
   ship=DEL("Postes Canada", "LP00830271946CN"), ruling="return_and_refund", ret={"status": "not_shipped"},
   seller={"store_name": "Boréal Chaussures", "signature": "L'équipe Boréal Chaussures", "return_address": "Boréal Chaussures, Retours, 455 rue Saint-Paul Ouest, Montréal QC H2Y 2A1, Canada"},
   msg="Bonjour, la plateforme a accepté mon retour. Où dois-je envoyer les bottes?"),
 d(6, "de-AT", "customs_buyer", "customs_clearance", reason="not_received", stage="open",
   name="Lukas Gruber", country="AT", item="Espressomaschine aus Edelstahl", price=149.00, cur="EUR", oid="8190100200300406",
   ship={"status": "customs_hold", "carrier": "Cainiao / Österreichische Post", "tracking_number": "LP00394817265CN", "duties_payer": "buyer"},
   seller={"store_name": "Caffè Werk", "signature": "Ihr Caffè Werk Team"},
   msg="Mein Paket hängt seit Tagen beim Zoll. Was soll ich jetzt tun?"),
 d(7, "it", "lost_blender", "offer_reshipment", reason="not_received", stage="open",
   name="Giulia Romano", country="IT", item="Frullatore portatile", price=34.90, cur="EUR", oid="8190100200300407",
   ship={"status": "lost", "carrier": "Cainiao / Poste Italiane", "tracking_number": "LP00517283946CN"},
   seller={"store_name": "Cucina Viva", "signature": "Lo staff di Cucina Viva"},
   msg="Il corriere dice che il pacco è andato perso. Sono davvero arrabbiata, aspettavo da settimane!"),
 d(8, "pt-BR", "await_watch", "await_platform_decision", reason="not_as_described", problem="not_working", stage="escalated",
   name="Rafael Souza", country="BR", item="Relógio inteligente", price=219.90, cur="BRL", oid="8190100200300408",
   ship=DEL("Correios", "LP00728364519CN"), sev=True, seller={"store_name": "TechBrasa", "signature": "Equipe TechBrasa"},
   msg="Abri disputa na plataforma porque o relógio não liga. Vocês vão responder?"),
 d(9, "nl", "escalated_parcel", "escalation_reply", reason="not_received", stage="escalated",
   name="Sanne de Vries", country="NL", item="Wollen plaid", price=45.00, cur="EUR", oid="8190100200300409",
   ship={"status": "in_transit", "carrier": "PostNL", "tracking_number": "LP00963728154CN"},
   seller={"store_name": "Warm Wonen", "signature": "Team Warm Wonen", "max_partial_refund_pct": 40},
   msg="Ik heb het geschil nu bij het platform neergelegd. Ik wacht al veel te lang."),
 d(10, "tr", "return_received", "return_received", reason="not_as_described", problem="quality", stage="ruled",
   name="Elif Yılmaz", country="TR", item="Deri omuz çantası", price=1250.00, cur="TRY", oid="8190100200300410",
   ship=DEL("PTT Kargo", "LP00184736295CN"), ruling="return_and_refund", ret={"status": "received", "tracking_number": "RR736491825TR"},
   seller={"store_name": "Anadolu Deri", "signature": "Anadolu Deri Ekibi", "return_address": "Anadolu Deri İade, Atatürk Cad. 18, İzmir, Türkiye"},
   msg="Çantayı geri gönderdim, ulaştı mı?"),
 d(11, "ko", "dead_fan", "evidence_by_problem_type", reason="not_as_described", problem="not_working", stage="open",
   name="김민준", country="KR", item="휴대용 선풍기", price=25000, cur="KRW", oid="8190100200300411",
   ship=DEL("CJ대한통운", "LP00846172935CN"), seller={"store_name": "바람상회", "signature": "바람상회 고객지원팀"},
   msg="선풍기가 전혀 작동하지 않아요. 충전해도 안 켜집니다."),
 d(12, "zh-TW", "transit_bag", "extend_delivery_time", reason="not_received", stage="open",
   name="陳怡君", country="TW", item="帆布托特包", price=890, cur="TWD", oid="8190100200300412",
   ship={"status": "in_transit", "carrier": "Cainiao / 中華郵政", "tracking_number": "LP00259384716CN", "shipped_at": "2026-10-20"},
   seller={"store_name": "布里小舖", "signature": "布里小舖客服", "protection_extension_days": 10},
   msg="包裹好久都沒有更新，請問還會到嗎？"),
 d(13, "ar", "scratched_phonecase", "propose_partial_or_return", reason="not_as_described", problem="quality", stage="escalated",
   name="نورة العتيبي", country="SA", item="حافظة هاتف جلدية", price=349.00, cur="SAR", oid="8190100200300413",
   ship=DEL("Aramex", "LP00637281945CN"), bev=[{"kind": "video"}],
   seller={"store_name": "متجر الواحة", "signature": "فريق متجر الواحة", "max_partial_refund_pct": 25},
   msg="الحافظة مخدوشة والخياطة مفكوكة. أرسلت الفيديو. هذا غير مقبول!"),
 d(14, "sv", "reship_lamp", "confirm_reshipment", reason="not_received", stage="open",
   name="Erik Lindqvist", country="SE", item="Sänglampa i mässing", price=449.00, cur="SEK", oid="8190100200300414",
   ship={"status": "lost", "carrier": "PostNord", "tracking_number": "LP00391827465CN"},
   reship={"buyer_answer": "agreed", "tracking_number": "LP00918273654CN"},
   seller={"store_name": "Nordljus", "signature": "Maja på Nordljus"},
   msg="Ja tack, skicka gärna lampan igen."),
 d(15, "cs", "return_jacket", "return_instructions", reason="not_as_described", problem="wrong_item", stage="ruled",
   name="Tereza Nováková", country="CZ", item="Dámská softshellová bunda", price=1290.00, cur="CZK", oid="8190100200300415",
   ship=DEL("Česká pošta", "LP00472819365CN"), ruling="return_and_refund", ret={"status": "not_shipped"},
   seller={"store_name": "Horal Outdoor", "signature": "Tým Horal Outdoor", "return_address": "Horal Outdoor – vratky, Vinohradská 112, 130 00 Praha 3, Česko"},
   msg="Dobrý den, platforma rozhodla o vrácení. Kam mám bundu poslat?"),
 d(16, "hu", "customs_seller", "customs_clearance", reason="not_received", stage="open",
   name="Nagy Zsófia", country="HU", item="Kerámia virágcserép készlet", price=12990, cur="HUF", oid="8190100200300416",
   ship={"status": "customs_hold", "carrier": "Magyar Posta", "tracking_number": "LP00582937164CN", "duties_payer": "seller"},
   seller={"store_name": "Zöld Otthon", "signature": "A Zöld Otthon csapata"},
   msg="A csomagom a vámnál van, és fizetnem kellene. Miért?"),
 d(17, "ro", "lost_kettle", "offer_reshipment", reason="not_received", stage="open",
   name="Andrei Popescu", country="RO", item="Fierbător electric din sticlă", price=159.00, cur="RON", oid="8190100200300417",
   ship={"status": "lost", "carrier": "Poșta Română", "tracking_number": "LP00617293845CN"}, reship={"buyer_answer": "asked"},
   seller={"store_name": "Casa Veselă", "signature": "Echipa Casa Veselă"},
   msg="Coletul meu s-a pierdut. Ce facem acum?"),
 d(18, "da", "await_chair", "await_platform_decision", reason="not_received", stage="escalated",
   name="Mette Jensen", country="DK", item="Foldestol i bøg", price=399.00, cur="DKK", oid="8190100200300418",
   ship={"status": "delivered", "carrier": "PostNord", "tracking_number": "LP00735182946CN"}, sev=True,
   seller={"store_name": "Bøgehus", "signature": "Bøgehus kundeservice", "protection_extension_days": 25},
   msg="Jeg har eskaleret sagen. Jeg har aldrig modtaget stolen."),
 d(19, "fi", "escalated_shoes", "escalation_reply", reason="not_as_described", problem="size_or_fit", stage="escalated",
   name="Aino Virtanen", country="FI", item="Juoksukengät", price=79.00, cur="EUR", oid="8190100200300419",
   ship=DEL("Posti", "LP00283746195CN"), seller={"store_name": "Polku Sport", "signature": "Polku Sportin asiakaspalvelu"},
   msg="Vein riidan alustalle, koska kengät ovat aivan liian pienet enkä saanut vastausta."),
 d(20, "pl", "return_received", "return_received", reason="not_as_described", problem="missing_parts", stage="ruled",
   name="Katarzyna Wiśniewska", country="PL", item="Zestaw kluczy nasadowych", price=189.00, cur="PLN", oid="8190100200300420",
   ship=DEL("InPost", "LP00394712856CN"), ruling="return_and_refund", ret={"status": "received"},
   seller={"store_name": "Warsztat Plus", "signature": "Zespół Warsztat Plus"},
   msg="Odesłałam zestaw tydzień temu. Czy dotarł?"),
 d(21, "uk", "wrong_mug", "evidence_by_problem_type", reason="not_as_described", problem="wrong_item", stage="open",
   name="Олена Коваленко", country="UA", item="Термочашка з кришкою", price=520.00, cur="UAH", oid="8190100200300421",
   ship=DEL("Нова пошта", "LP00518293746CN"), seller={"store_name": "Тепла Кава", "signature": "Команда «Тепла Кава»"},
   msg="Мені прийшла зовсім інша чашка, не та, що я замовляла. Дуже прикро."),
 d(22, "el", "transit_speaker", "extend_delivery_time", reason="not_received", stage="open",
   name="Γιώργος Παπαδόπουλος", country="GR", item="Ασύρματο ηχείο", price=39.90, cur="EUR", oid="8190100200300422",
   ship={"status": "in_transit", "carrier": "ΕΛΤΑ", "tracking_number": "LP00846291537CN", "shipped_at": "2026-10-22"},
   seller={"store_name": "Ixos Shop", "protection_extension_days": 30, "signature": "Η ομάδα του Ixos Shop"},
   msg="Το δέμα δεν έχει έρθει ακόμα. Είμαι πολύ αγχωμένος, το χρειάζομαι."),
 d(23, "en-US", "blurry_projector", "propose_partial_or_return", reason="not_as_described", problem="quality", stage="escalated",
   name="Marcus Bell", country="US", item="Mini portable projector", price=58.00, cur="USD", oid="8190100200300423",
   ship=DEL("USPS", "LP00192837465CN"), bev=[{"kind": "video", "note": "blurry picture"}, {"kind": "photo"}],
   seller={"store_name": "BrightBeam", "max_partial_refund_pct": 20, "signature": "Dana at BrightBeam"},
   msg="The picture is blurry no matter how I focus it. I sent a video. Honestly this is frustrating."),
 d(24, "es", "return_dress", "return_instructions", reason="not_as_described", problem="color_or_appearance", stage="ruled",
   name="Carmen Navarro", country="ES", item="Vestido de lino", price=42.00, cur="EUR", oid="8190100200300424",
   ship=DEL("Correos", "LP00739182645CN"), ruling="return_and_refund", ret={"status": "not_shipped"},
   seller={"store_name": "Lino Mediterráneo", "signature": "Equipo de Lino Mediterráneo", "return_address": "Lino Mediterráneo Devoluciones, Calle de Colón 27, 46004 Valencia, España"},
   msg="Hola, la plataforma aprobó la devolución. ¿A qué dirección envío el vestido?"),
]

if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    for fn, remedy, x in D:
        (OUT / fn).write_text(json.dumps(x, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(len(D), "disputes written")
