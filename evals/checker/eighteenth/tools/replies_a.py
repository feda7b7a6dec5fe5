"""Good replies and planted defects, e01-e08. Bad = (defect, old, new, note[, language])."""

R = {}

R["e01"] = [
dict(sfx="a", msg="""Dear Fiona,

Thank you for letting us know, and I'm genuinely sorry – a plastic clip-on light is obviously not the brass lamp with the green glass shade you chose, and I can imagine how disappointing that was to unpack.

To work out where the mix-up happened, could you please send us a couple of photos of the item you received, plus one of the shipping label on the parcel? You can attach them right here in the dispute.

Once they come through we'll check them straight away and get back to you with a solution.

Warm regards, the Copperleaf Home team""", bads=[
("refund_promise", "get back to you with a solution.", "get back to you with a solution. Either way, I'll make sure the full amount lands back in your account, so you won't be out of pocket.", "full refund promised before evidence, appended to next_step"),
("off_platform_contact", "You can attach them right here in the dispute.", "You can attach them here, or if the upload is fiddly just pop them over to copperleaf.orders@gmail.com.", "Gmail address offered for the photos"),
("placeholder", "the brass lamp with the green glass shade you chose", "the {{product_title}} you chose", "unfilled product template variable"),
("blame", "To work out where the mix-up happened,", "Royal Mail's depot does swap parcels now and then, so it may well be their doing, but to work out where the mix-up happened,", "carrier blamed for the wrong item"),
("internal_note", "\n\nWarm regards, the Copperleaf Home team", "\n\n(Dan – check listing snapshot + parcel weight before we reply again)\n\nWarm regards, the Copperleaf Home team", "note to a colleague left above signature"),
("shouting", "You can attach them right here in the dispute.", "PLEASE ATTACH THEM HERE IN THE DISPUTE AND NOWHERE ELSE!!!", "capitals sentence with !!!"),
]),
dict(sfx="b", msg="""Hi Fiona,

So sorry about this – you ordered the brass lamp with the green shade and got something completely different. That's not on, and we want to put it right.

Could you send us:
- a photo or two of the item that arrived
- a photo of the shipping label on the parcel

As soon as we have them, we'll look into it and come back to you with a proper solution.

Warm regards, the Copperleaf Home team""", bads=[
("invented_tracking_number", "- a photo of the shipping label on the parcel", "- a photo of the shipping label on the parcel (it should read YT7731904528810)", "near miss of YT7731094528810, 0 and 9 swapped"),
("invented_amount_or_date", "come back to you with a proper solution.", "come back to you with a proper solution within 2 working days.", "invented 2-day turnaround"),
("missing_required_point", "Could you send us:\n- a photo or two of the item that arrived\n- a photo of the shipping label on the parcel\n\n", "", "request_evidence list deleted"),
("feedback_request", "come back to you with a proper solution.", "come back to you with a proper solution. And if we sort it to your liking, a kind word in your feedback would mean the world to a small shop like ours.", "asks for kind feedback"),
("wrong_language", None, """Hola Fiona:

Lo sentimos mucho: pediste la lámpara de latón con la pantalla verde y te llegó algo totalmente distinto. Queremos arreglarlo.

¿Nos puedes enviar?
- una o dos fotos del artículo que recibiste
- una foto de la etiqueta de envío del paquete

En cuanto las tengamos, lo revisamos y te damos una solución.

Warm regards, the Copperleaf Home team""", "whole reply in Spanish for an en-GB buyer", "es"),
("off_platform_contact", "That's not on, and we want to put it right.", "That's not on, and we want to put it right – text us on 07700 918243 if that's easier for you.", "UK mobile number offered"),
]),
]

R["e02"] = [
dict(sfx="a", msg="""佐藤 美咲 様

このたびはご不便をおかけし、誠に申し訳ございません。コートの袖丈や肩幅がサイズ表と合わないとのこと、楽しみにお待ちいただいていたのに残念なお気持ちにさせてしまいました。

確認のため、お手数ですが、コートを平らに置いてメジャーを当てた状態で、サイズタグも一緒に写るように撮影したお写真をお送りいただけますでしょうか。

お写真が届きしだい、すぐに内容を確認し、解決策をご提案いたします。

Hoshikaze Apparel サポートチーム""", bads=[
("wrong_language", None, """Dear Misaki Sato,

We are very sorry for the trouble. We understand the sleeves and shoulders of the coat do not match our size chart.

To check this, could you please send us a photo of the coat laid flat with a measuring tape across it, with the size tag visible in the same picture?

As soon as we receive it, we will review it and propose a solution.

Hoshikaze Apparel サポートチーム""", "whole reply in English for a ja buyer", "en"),
("off_platform_contact", "撮影したお写真をお送りいただけますでしょうか。", "撮影したお写真をお送りいただけますでしょうか。アプリから添付しにくい場合は、LINE（ID：hoshikaze_cs）に送っていただいても大丈夫です。", "LINE ID offered"),
("refund_promise", "解決策をご提案いたします。", "解決策をご提案いたします。なお、サイズが合わなかった場合は代金を全額お返ししますのでご安心ください。", "full refund promised before evidence"),
("blame", "確認のため、お手数ですが、", "ご購入前にサイズ表をよくご確認いただければ防げたかもしれませんが、確認のため、お手数ですが、", "buyer blamed for not reading size chart"),
("internal_note", "\n\nHoshikaze Apparel サポートチーム", "\n\n【社内メモ】実寸と出荷前の検品写真を照合してから返信すること\n\nHoshikaze Apparel サポートチーム", "internal memo line left in"),
("placeholder", "佐藤 美咲 様", "〇〇 様", "name placeholder 〇〇 left in greeting"),
]),
]

R["e03"] = [
dict(sfx="a", msg="""Dzień dobry Panie Bartoszu,

bardzo przepraszamy za kłopot – młynek, który nie chce się włączyć, to ostatnia rzecz, jakiej Pan oczekiwał przy porannej kawie.

Żebyśmy mogli sprawdzić, co się dzieje, prosimy o nagranie krótkiego filmiku: młynek podłączony do prądu, próba włączenia i to, co wtedy widać (np. to jedno mignięcie diody). Film można dodać bezpośrednio w sporze.

Gdy tylko go otrzymamy, od razu go obejrzymy i wrócimy do Pana z propozycją rozwiązania.

Pozdrawiamy serdecznie, zespół Kawomania Shop""", bads=[
("refund_promise", "wrócimy do Pana z propozycją rozwiązania.", "wrócimy do Pana z propozycją rozwiązania – najpewniej po prostu wyślemy Panu nowy młynek gratis, więc proszę się nie martwić.", "free replacement promised before evidence"),
("off_platform_contact", "Film można dodać bezpośrednio w sporze.", "Film można dodać w sporze albo podesłać na WhatsAppa pod numer +48 512 330 914, tak będzie szybciej.", "WhatsApp number offered"),
("invented_amount_or_date", "Gdy tylko go otrzymamy,", "Gdy tylko go otrzymamy (prosimy najpóźniej do 10 marca),", "invented deadline date"),
("shouting", "Film można dodać bezpośrednio w sporze.", "Film można dodać bezpośrednio w sporze. PROSZĘ NIE ROZKRĘCAĆ MŁYNKA NA WŁASNĄ RĘKĘ!!!", "capitals sentence with !!!"),
("blame", "Żebyśmy mogli sprawdzić, co się dzieje,", "Zwykle okazuje się, że klient nie doczytał instrukcji i źle założył pojemnik, ale żebyśmy mogli to sprawdzić,", "guess that the buyer misused it"),
("missing_required_point", "bardzo przepraszamy za kłopot – młynek, który nie chce się włączyć, to ostatnia rzecz, jakiej Pan oczekiwał przy porannej kawie.\n\n", "", "acknowledge/apology paragraph deleted"),
]),
]

R["e04"] = [
dict(sfx="a", msg="""Olá Inês,

Lamentamos imenso que duas das canecas tenham chegado partidas – sabemos que eram um presente para a sua mãe, o que torna tudo ainda mais chato.

Para podermos perceber o que aconteceu, pedimos-lhe que nos envie algumas fotografias das canecas danificadas e também da caixa exterior tal como chegou, com o canto amolgado bem visível. Se já a tiver deitado fora, diga-nos na mesma.

Logo que recebermos as fotos, vamos analisá-las e voltamos a falar consigo com uma solução.

Cumprimentos, equipa Olaria Azul""", bads=[
("refund_promise", "o que torna tudo ainda mais chato.", "o que torna tudo ainda mais chato. Fique descansada: o valor das duas canecas partidas ser-lhe-á descontado de qualquer forma.", "discount/part refund promised before evidence"),
("placeholder", "voltamos a falar consigo com uma solução.", "voltamos a falar consigo com uma solução até [DATA].", "[DATA] placeholder in next_step"),
("blame", "Para podermos perceber o que aconteceu,", "Os CTT tratam as caixas aos pontapés, é sempre a mesma história; ainda assim, para podermos perceber o que aconteceu,", "carrier blamed"),
("internal_note", "\n\nCumprimentos, equipa Olaria Azul", "\n\nNota interna: pedir à Rita o vídeo do embalamento desta encomenda antes de responder.\n\nCumprimentos, equipa Olaria Azul", "internal note above signature"),
("wrong_language", None, """Hola Inês:

Sentimos mucho que dos de las tazas hayan llegado rotas; sabemos que eran un regalo para tu madre.

Para entender qué pasó, te pedimos que nos envíes fotos de las tazas dañadas y también de la caja exterior tal como llegó, con la esquina abollada bien visible.

En cuanto recibamos las fotos, las revisaremos y te daremos una solución.

Cumprimentos, equipa Olaria Azul""", "whole reply in Spanish for a pt buyer", "es"),
("invented_tracking_number", "da caixa exterior tal como chegou,", "da caixa exterior tal como chegou (a que tem a etiqueta LP00677310249CN),", "near miss of LP00677310942CN"),
]),
]

R["e05"] = [
dict(sfx="a", msg="""Hola Ximena:

Gracias por escribirnos. Revisamos el rastreo y, efectivamente, tu paquete con guía CX204417793CN está retenido en la aduana en este momento.

En este pedido los impuestos de importación corren por cuenta del comprador, así que te pedimos de favor que realices el pago y completes el trámite de liberación; en cuanto quede hecho, el envío debería seguir su camino.

Si la aduana te solicita algún documento, como la factura comercial, avísanos por aquí y te lo mandamos con gusto.

Saludos cordiales, equipo de Sonido Vivo MX""", bads=[
("invented_amount_or_date", "que realices el pago y completes", "que realices el pago (son alrededor de 140 pesos) y completes", "invented duty amount"),
("off_platform_contact", "avísanos por aquí y te lo mandamos con gusto.", "escríbenos a facturas@sonidovivomx.com y te lo mandamos con gusto.", "email address for documents"),
("refund_promise", "el envío debería seguir su camino.", "el envío debería seguir su camino. Guarda tu comprobante y nosotros te devolvemos lo que pagues de impuestos.", "compensation for duties promised"),
("blame", "está retenido en la aduana en este momento.", "está retenido en la aduana en este momento; ya sabes cómo es la aduana de aquí, detienen todo sin razón.", "customs blamed"),
("missing_required_point", "\n\nSi la aduana te solicita algún documento, como la factura comercial, avísanos por aquí y te lo mandamos con gusto.", "", "offer_documents paragraph deleted"),
("shouting", "En este pedido los impuestos", "¡¡OJO, SI NO PAGAS A TIEMPO EL PAQUETE SE REGRESA A CHINA!!! En este pedido los impuestos", "capitals sentence with !!!"),
]),
]

R["e06"] = [
dict(sfx="a", msg="""Hei Aino,

kiitos viestistäsi. Tarkistimme seurannan: pakettisi UA908812345FI on tällä hetkellä tullin hallussa.

Tässä tilauksessa me maksamme tullimaksut ja hoidamme tulliselvityksen itse, joten sinun ei tarvitse maksaa mitään eikä odottaa laskua.

Pyydämme vielä hieman kärsivällisyyttä, kunnes tulli vapauttaa paketin ja se jatkaa matkaansa sinulle.

Ystävällisin terveisin, Pohjantähti Kids -tiimi""", bads=[
("invented_tracking_number", "pakettisi UA908812345FI on", "pakettisi UA908812345FI (Postin oma seurantakoodi JJFI64021300045218) on", "extra carrier number"),
("refund_promise", "jatkaa matkaansa sinulle.", "jatkaa matkaansa sinulle. Viivästyksen vuoksi hyvitämme sinulle lisäksi pienen summan tilauksesta.", "compensation for the delay"),
("missing_required_point", "Tässä tilauksessa me maksamme tullimaksut ja hoidamme tulliselvityksen itse, joten sinun ei tarvitse maksaa mitään eikä odottaa laskua.\n\n", "", "seller_pays paragraph deleted"),
("shouting", "eikä odottaa laskua.", "eikä odottaa laskua. ÄLÄ SIIS MISSÄÄN NIMESSÄ MAKSA POSTILLE ITSE!!!", "capitals sentence with !!!"),
("wrong_language", None, """Hej Aino,

tack för ditt meddelande. Vi har kollat spårningen: ditt paket UA908812345FI hålls just nu av tullen.

För den här beställningen betalar vi tullavgifterna och sköter förtullningen själva, så du behöver inte betala något.

Vi ber om lite tålamod tills tullen släpper paketet.

Ystävällisin terveisin, Pohjantähti Kids -tiimi""", "whole reply in Swedish for a fi buyer", "sv"),
("internal_note", "\n\nYstävällisin terveisin", "\n\n[muistiin: kuitti tullimaksusta riitaan heti kun maksettu, Jussi hoitaa]\n\nYstävällisin terveisin", "checklist reminder left in"),
]),
]

R["e07"] = [
dict(sfx="a", msg="""김서연 고객님, 안녕하세요.

많이 답답하셨을 텐데 먼저 연락 주셔서 감사합니다. 확인해 보니 고객님의 소포(운송장 번호 LP00730219946CN)가 현재 세관에서 통관 보류 상태로 머물러 있습니다.

지금 저희가 운송사 측에 세관에서 어떤 서류나 절차가 필요한지 확인하고 있으며, 확인되는 대로 바로 알려 드리겠습니다.

조금만 더 기다려 주시면 정말 감사하겠습니다.

Keystone Gear 고객지원팀 드림""", bads=[
("off_platform_contact", "바로 알려 드리겠습니다.", "바로 알려 드리겠습니다. 더 빠른 안내를 원하시면 카카오톡 채널 '키스톤기어'로 말씀 주세요.", "KakaoTalk channel offered"),
("invented_amount_or_date", "조금만 더 기다려 주시면", "보통 3~5일이면 풀리니 조금만 더 기다려 주시면", "invented day count"),
("blame", "통관 보류 상태로 머물러 있습니다.", "통관 보류 상태로 머물러 있습니다. 요즘 한국 세관이 괜히 까다롭게 굴어서 이런 일이 자주 생기네요.", "customs blamed"),
("placeholder", "김서연 고객님, 안녕하세요.", "{고객명} 고객님, 안녕하세요.", "{고객명} left in greeting"),
("refund_promise", "정말 감사하겠습니다.", "정말 감사하겠습니다. 혹시 통관이 끝내 안 되면 그냥 전액 환불로 처리해 드릴게요.", "refund promised"),
("missing_required_point", "\n\n조금만 더 기다려 주시면 정말 감사하겠습니다.", "", "ask_patience sentence deleted"),
]),
]

R["e08"] = [
dict(sfx="a", msg="""Sehr geehrte Frau Vogelsang,

vielen Dank für Ihre Nachricht – dass die Sendungsverfolgung so lange stillsteht, ist verständlicherweise beunruhigend. Ihre Pfanne ist aber nicht verloren: Das Paket ist weiterhin unterwegs zu Ihnen, und Sie können es jederzeit mit der Sendungsnummer LP00815530276CN verfolgen.

Dürfen wir Sie bitten, den Streitfall vorerst zu schließen? Im Gegenzug verlängern wir Ihren Käuferschutz um 20 Tage, sodass Sie bis zur Zustellung vollständig abgesichert bleiben.

Herzliche Grüße, Ihr Team von Eisenherd Küche""", bads=[
("invented_amount_or_date", "Das Paket ist weiterhin unterwegs zu Ihnen,", "Das Paket ist weiterhin unterwegs und sollte bis spätestens 22. Februar bei Ihnen sein,", "invented delivery date"),
("refund_promise", "vollständig abgesichert bleiben.", "vollständig abgesichert bleiben. Und sollte die Pfanne doch nicht ankommen, schicken wir Ihnen selbstverständlich sofort eine neue.", "reshipment promised while asking to close"),
("missing_required_point", " Im Gegenzug verlängern wir Ihren Käuferschutz um 20 Tage, sodass Sie bis zur Zustellung vollständig abgesichert bleiben.", "", "extend_protection sentence (with 20) deleted"),
("feedback_request", "vollständig abgesichert bleiben.", "vollständig abgesichert bleiben. Eine Bitte noch: Warten Sie mit Ihrer Bewertung doch, bis die Pfanne bei Ihnen in der Küche steht.", "asks to hold off on rating"),
("internal_note", "\n\nHerzliche Grüße", "\n\n--- intern: Tracking-Screenshot in den Fall hochladen, Schutz erst nach ihrem OK im Seller Center verlängern ---\n\nHerzliche Grüße", "checklist block left in"),
("wrong_language", None, """Dear Ms Vogelsang,

Thank you for your message – we understand it is worrying when tracking stands still. Your pan is not lost: the parcel is still on its way, and you can follow it with tracking number LP00815530276CN.

Could we ask you to close the dispute for now? In return we will extend your buyer protection by 20 days, so you stay fully covered until delivery.

Herzliche Grüße, Ihr Team von Eisenherd Küche""", "whole reply in English for a de-AT buyer", "en"),
]),
dict(sfx="b", msg="""Liebe Frau Vogelsang,

keine Sorge, Ihre Bratpfanne ist auf dem Weg! Unter LP00815530276CN sehen Sie jederzeit, wo die Sendung gerade ist.

Wäre es für Sie in Ordnung, den Streitfall erst einmal zu schließen? Wir verlängern dafür Ihren Käuferschutz um 20 Tage – so sind Sie weiterhin abgesichert, bis das Paket bei Ihnen ankommt.

Herzliche Grüße, Ihr Team von Eisenherd Küche""", bads=[
("invented_tracking_number", "Unter LP00815530276CN sehen Sie", "Unter LP00815530276CN bzw. der österreichischen Nummer RX220914573AT sehen Sie", "extra local tracking number"),
("shouting", "keine Sorge, Ihre Bratpfanne ist auf dem Weg!", "keine Sorge, Ihre Bratpfanne ist auf dem Weg! EIN STREITFALL BESCHLEUNIGT DIE POST ÜBRIGENS NICHT!!!", "capitals sentence with !!!"),
("blame", "wo die Sendung gerade ist.", "wo die Sendung gerade ist. Die Post in Österreich lässt sich bei Auslandspaketen halt gern Zeit, an uns liegt es nicht.", "carrier blamed"),
("placeholder", "\n\nHerzliche Grüße, Ihr Team", "\n\n[Name Sachbearbeiter/in]\nHerzliche Grüße, Ihr Team", "unfilled agent-name slot"),
("off_platform_contact", "wo die Sendung gerade ist.", "wo die Sendung gerade ist – oder rufen Sie uns kurz unter 0660 4418207 an, dann schauen wir gemeinsam nach.", "phone number offered"),
("missing_required_point", "Wäre es für Sie in Ordnung, den Streitfall erst einmal zu schließen? Wir verlängern dafür", "Wir verlängern", "ask_close question deleted"),
]),
]
