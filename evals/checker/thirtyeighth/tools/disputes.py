"""Write the 24 hand-made disputes (compact table -> contract JSON)."""
import json, pathlib
OUT = pathlib.Path(__file__).resolve().parent.parent / "disputes"
# num, slug, lang, name, country, cur, total, title, reason, problem, stage, ship, reship, sev, bev, ruling, ret, seller, msg
D = [
 (1,"en_wrong_item","en","Megan Carter","US","USD",38.00,"Stainless steel chef knife set","not_as_described","wrong_item","open",("delivered","AliExpress Standard Shipping","RB480211937SG",None),None,False,[],None,None,{"store_name":"KitchenPeak","max_partial_refund_pct":25},"Hi, I ordered the knife set but got a plastic cutting board instead. Please fix this."),
 (2,"es_mx_in_transit","es-MX","Alejandro Ruiz","MX","MXN",649.00,"Audífonos inalámbricos deportivos","not_received",None,"open",("in_transit","Cainiao / Estafeta","LP00731904552CN",None),None,False,[],None,None,{"store_name":"SonidoMax","protection_extension_days":20},"Ya pasó un mes y el paquete sigue en tránsito. ¿Cuándo llega?"),
 (3,"ru_partial","ru","Ольга Смирнова","RU","RUB",4200.00,"Шерстяной плед 150x200","not_as_described","quality","escalated",("delivered","Cainiao / Почта России","LP00658812340CN",None),None,False,[("photo","pilling after first wash")],None,None,{"store_name":"Уютный Дом","max_partial_refund_pct":30},"Плед скатался после первой стирки, фото приложила. Я открыла спор на платформе."),
 (4,"ja_return","ja","田中 優希","JP","JPY",5800,"本革ミニ財布","not_as_described","color_or_appearance","ruled",("delivered","Cainiao / Japan Post","LP00219937715CN",None),None,True,[("photo",None)],"return_and_refund",("not_shipped",None),{"store_name":"LeatherCraft","return_address":"LeatherCraft Returns, 3-8-1 Shinjuku, Shinjuku-ku, Tokyo 160-0022, Japan"},"色が写真と全然違います。返品します。"),
 (5,"fr_reship_agreed","fr-CA","Julien Tremblay","CA","CAD",54.90,"Lampe frontale rechargeable","not_received",None,"open",("lost","Cainiao / Postes Canada","LP00840017263CN",None),("agreed","LP00915538204CN"),False,[],None,None,{"store_name":"Lumina Outdoor","signature":"Sophie, équipe Lumina Outdoor"},"D'accord pour un nouvel envoi, merci."),
 (6,"de_lost_offer","de-AT","Katharina Huber","AT","EUR",72.40,"Bluetooth-Lautsprecher wasserdicht","not_received",None,"open",("lost","Cainiao / Österreichische Post","LP00377240981CN",None),("not_asked",None),False,[],None,None,None,"Die Sendung ist laut Tracking verloren gegangen. Was nun?"),
 (7,"it_customs_buyer","it","Marco Bianchi","IT","EUR",129.00,"Macchina per caffè espresso manuale","not_received",None,"open",("customs_hold","DHL Express","JD014600455321780912",'buyer'),None,False,[],None,None,{"store_name":"CaffèArte Shop"},"Il pacco è fermo in dogana da una settimana. Cosa devo fare?"),
 (8,"pt_br_await","pt-BR","Beatriz Souza","BR","BRL",189.90,"Smartwatch com monitor cardíaco","not_received",None,"escalated",("delivered","Cainiao / Correios","LP00592263018CN",None),None,True,[],None,None,{"store_name":"TechVida"},"O rastreio diz entregue mas eu não recebi nada. Abri reclamação na plataforma."),
 (9,"nl_escalation","nl","Sanne de Vries","NL","EUR",45.95,"Fietstas waterdicht dubbel","not_received",None,"escalated",("in_transit","Cainiao / PostNL","LP00164429057CN",None),None,False,[],None,None,{"store_name":"VeloGoods"},"Ik wacht al zes weken. Ik heb het geschil nu doorgezet naar AliExpress."),
 (10,"tr_return_received","tr","Emre Yılmaz","TR","TRY",1350.00,"Seramik kahve fincanı seti","not_as_described","damaged","ruled",("delivered","Cainiao / PTT Kargo","LP00702281946CN",None),None,True,[("photo",None)],"return_and_refund",("received","RR553018274TR"),{"store_name":"Anadolu Seramik"},"Ürünü geri gönderdim, iade ne zaman yapılacak?"),
 (11,"ko_not_working","ko","김민준","KR","KRW",45000,"무선 블루투스 키보드","not_as_described","not_working","open",("delivered","Cainiao / CJ대한통운","LP00488120763CN",None),None,False,[],None,None,{"store_name":"KeyLab","max_partial_refund_pct":20},"키보드가 전원이 켜지지 않아요."),
 (12,"zh_tw_in_transit","zh-TW","陳怡君","TW","TWD",890.00,"不鏽鋼保溫瓶 500ml","not_received",None,"open",("in_transit","Cainiao / 中華郵政","LP00933517420CN",None),None,False,[],None,None,{"store_name":"好生活小舖","protection_extension_days":10},"包裹好久都沒有更新，我很擔心。"),
 (13,"ar_partial","ar","أحمد المنصوري","AE","AED",220.00,"سماعة رأس للألعاب","not_as_described","missing_parts","escalated",("delivered","Aramex","34019928571",None),None,False,[("photo","box without microphone"),("video",None)],None,None,{"store_name":"GameZone","max_partial_refund_pct":40},"الميكروفون غير موجود في العلبة، أرسلت صورة وفيديو."),
 (14,"sv_return","sv","Erik Lindqvist","SE","SEK",799.00,"Ullsockor 5-pack","not_as_described","size_or_fit","ruled",("delivered","Cainiao / PostNord","LP00521173809CN",None),None,False,[("photo",None)],"return_and_refund",("in_transit","RR901234567SE"),{"store_name":"NordicWool","return_address":"NordicWool Returns, Lagervägen 14, 136 50 Haninge, Sweden"},"Strumporna är för små. Jag har redan skickat tillbaka dem."),
 (15,"cs_reship_agreed","cs","Tomáš Novák","CZ","CZK",1190.00,"Kempingová plynová lampa","not_received",None,"open",("lost","Cainiao / Česká pošta","LP00610094738CN",None),("agreed","LP00622870195CN"),False,[],None,None,{"store_name":"CampStar"},"Ano, pošlete to prosím znovu."),
 (16,"ro_lost_offer","ro","Andreea Popescu","RO","RON",156.50,"Set pensule machiaj 12 bucăți","not_received",None,"open",("lost","Cainiao / Poșta Română","LP00295547316CN",None),("asked",None),False,[],None,None,{"store_name":"BeautyNest"},"Coletul meu s-a pierdut, ce facem acum?"),
 (17,"hu_customs_seller","hu","Nagy Eszter","HU","HUF",24900,"Robotporszívó szűrőkészlet","not_received",None,"open",("customs_hold","Cainiao / Magyar Posta","LP00846631972CN","seller"),None,False,[],None,None,{"store_name":"CleanBot Store"},"A csomag a vámon ragadt. Nekem kell fizetnem?"),
 (18,"da_await","da","Mette Jensen","DK","DKK",349.00,"Yogamåtte ekstra tyk","not_as_described","quality","escalated",("delivered","Cainiao / PostNord","LP00418859230CN",None),None,True,[],None,None,{"store_name":"ZenFit"},"Måtten lugter af kemikalier. Jeg har eskaleret sagen."),
 (19,"fi_escalation","fi","Mikko Virtanen","FI","EUR",64.00,"Lämpöhanskat USB","not_received",None,"escalated",("customs_hold","Cainiao / Posti","LP00757702184CN",None),None,False,[],None,None,{"store_name":"ArcticWarm"},"Paketti on jumissa, vein riidan alustalle."),
 (20,"pl_return_received","pl","Katarzyna Wiśniewska","PL","PLN",239.00,"Kurtka przeciwdeszczowa damska","not_as_described","size_or_fit","ruled",("delivered","Cainiao / InPost","LP00134490628CN",None),None,True,[("photo",None)],None,("received","RR776201935PL"),{"store_name":"RainStyle"},"Kurtka została odesłana tydzień temu."),
 (21,"uk_damaged","uk","Олена Коваленко","UA","UAH",1480.00,"Скляна ваза ручної роботи","not_as_described","damaged","open",("delivered","Cainiao / Нова Пошта","LP00963381570CN",None),None,False,[],None,None,{"store_name":"GlassArt"},"Ваза прийшла розбита, коробка була м'ята."),
 (22,"el_customs_absent","el","Γιώργος Παπαδόπουλος","GR","EUR",98.00,"Ηλεκτρική σκούπα χειρός","not_received",None,"open",("customs_hold","Cainiao / ΕΛΤΑ","LP00580026419CN",None),None,False,[],None,None,{"store_name":"HomeHelper"},"Το δέμα είναι στο τελωνείο εδώ και μέρες."),
 (23,"en_gb_partial","en-GB","Oliver Hughes","GB","GBP",60.00,"Men's leather hiking boots","not_as_described","counterfeit","escalated",("delivered","Royal Mail","RM204771365GB",None),None,False,[("photo","brand logo comparison")],None,None,{"store_name":"TrailWorks","max_partial_refund_pct":35},"These boots are clearly not genuine, the logo is wrong. Photos attached."),
 (24,"es_ar_return","es-AR","Valentina Gómez","AR","USD",84.00,"Mochila de trekking 40 litros","not_as_described","missing_parts","ruled",("delivered","Cainiao / Correo Argentino","LP00247718853CN",None),None,True,[("photo",None)],"return_and_refund",None,{"store_name":"AndesGear","signature":"Lucas, AndesGear","return_address":"AndesGear Returns, Calle Falsa 742, Shenzhen 518000, China"},"Falta el cubre mochila para lluvia. Ya falló la plataforma."),
]
for (n,slug,lang,name,country,cur,total,title,reason,problem,stage,ship,reship,sev,bev,ruling,ret,seller,msg) in D:
    d = {"id": f"DSP-ON-{n:02d}", "reason": reason}
    if problem: d["problem"] = problem
    d["stage"] = stage
    st, car, trk, duty = ship
    d["shipment"] = {"status": st, "carrier": car, "tracking_number": trk}
    if duty: d["shipment"]["duties_payer"] = duty
    if reship:
        d["reship"] = {"buyer_answer": reship[0]}
        if reship[1]: d["reship"]["tracking_number"] = reship[1]
    if sev: d["seller_evidence_submitted"] = True
    if bev: d["buyer_evidence"] = [{"kind": k, **({"note": t} if t else {})} for k, t in bev]
    if ruling: d["platform_ruling"] = ruling
    if ret:
        d["return_shipment"] = {"status": ret[0]}
        if ret[1]: d["return_shipment"]["tracking_number"] = ret[1]
    d["order"] = {"id": f"81900{n:02d}7744{n:02d}52", "items": [{"title": title, "unit_price": total}], "total": total, "currency": cur}
    d["buyer"] = {"name": name, "country": country, "language": lang}
    d["messages"] = [{"author": "buyer", "text": msg}]
    d["opened_at"] = "2026-11-20T10:00:00Z"
    if seller: d["seller"] = seller
    (OUT / f"on{n:02d}_{slug}.json").write_text(json.dumps(d, ensure_ascii=False, indent=2) + "\n")
