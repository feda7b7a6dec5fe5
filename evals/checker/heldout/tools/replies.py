"""Good replies and their one-edit bad variants (written by hand; see ../README.md).

G(id, dispute, text, greet=...)            a good reply; `greet` is the form of the name used in the greeting
                                            when it is not the full profile name (vocative, surname, given name)
B(good, defect, op, old, new, note, ...)   a bad variant made by ONE edit of the good reply:
    op "rep": replace `old` (must occur once) by `new`;  "del": delete `old`;
    "after"/"before": insert `new` right after/before `old`;  "full": whole reply replaced by `new`
    (only for wrong_language, then `lang` is the language it is written in).
"""

GOODS: list[dict] = []
BADS: list[dict] = []


def G(gid, dispute, text, greet=None, note="good reply"):
    GOODS.append({"id": gid, "dispute": dispute, "text": text.strip("\n"), "greet": greet, "note": note})


def B(good, defect, op, old, new=None, note="", lang=None, n=None):
    if op == "del":
        new, note = None, new if new is not None and not note else note
    BADS.append({"good": good, "defect": defect, "op": op, "old": old, "new": new, "note": note,
                 **({"lang": lang} if lang else {}), **({"n": n} if n else {})})


def W(good, lang, text, note=None):
    B(good, "wrong_language", "full", None, text.strip("\n"),
      note or f"whole reply translated into {lang}", lang=lang)


# ===================================================================== evidence_by_problem_type
D = "h01_en_evidence_by_problem_type"
G("h01a", D, """
Hi Megan,

Thank you for getting in touch, and we're really sorry the puffer vest doesn't fit the way you expected. We'd like to sort this out with you.

So that we can check it quickly, could you please send us a photo of the vest laid flat with a measuring tape across it, next to its size label? That lets us compare it with our size chart.

As soon as we receive the photo, we'll look at it and come back to you with a solution.

Best regards,
Northtrail Outfitters – customer care
""", greet="Megan")
B("h01a", "refund_promise", "after", "We'd like to sort this out with you.",
  " Whatever the photo shows, you'll get your money back either way.",
  "indirect refund promise before the evidence is seen")
B("h01a", "blame", "rep", "We'd like to sort this out with you.",
  "Our size chart is quite clear, so it's possible the wrong size was picked, but we'd still like to sort this out with you.",
  "polite blame: buyer picked the wrong size")
B("h01a", "internal_note", "before", "Best regards,",
  "Note for Kevin: compare with the listing snapshot and the shipping weight record before we answer.\n\n",
  "note to a colleague left in the reply")
B("h01a", "feedback_request", "before", "Best regards,",
  "If you're happy with how we handle this, a 5-star review would mean the world to our small team.\n\n",
  "asks for a five-star review")

G("h01b", D, """
Hello Megan Holloway,

We're sorry to hear the vest from order 8190411220937714 is too tight across the shoulders – that's frustrating when you've been looking forward to wearing it.

Could you lay it flat, put a measuring tape across the chest and take a photo with the size label visible next to it? With that we can see exactly what's going on.

We'll review it as soon as it arrives and get back to you with a solution.

Kind regards,
Northtrail Outfitters – customer care
""")
B("h01b", "off_platform_contact", "after", "With that we can see exactly what's going on.",
  " If it's easier, just text the photo to our WhatsApp on +86 138 0013 7788.", "WhatsApp + phone number")
B("h01b", "placeholder", "rep", "Hello Megan Holloway,", "Hello [Customer Name],", "[Customer Name] instead of the name")
B("h01b", "invented_amount_or_date", "rep", "We'll review it as soon as it arrives",
  "We'll review it within 48 hours of it arriving", "invented 48-hour turnaround")
B("h01b", "missing_required_point", "del",
  "Could you lay it flat, put a measuring tape across the chest and take a photo with the size label visible next to it? With that we can see exactly what's going on.\n\n",
  "evidence request deleted (request_evidence)")
B("h01b", "shouting", "rep", "We'll review it as soon as it arrives and get back to you with a solution.",
  "WE WILL REVIEW IT AS SOON AS IT ARRIVES AND GET BACK TO YOU WITH A SOLUTION!!!", "next-step sentence in capitals with !!!")

D = "h02_ja_evidence_by_problem_type"
G("h02a", D, """
高橋 健太 様

この度はご不便をおかけし、誠に申し訳ございません。イヤホンの右側から音が出ないとのこと、しっかり確認させていただきます。

状況を確認するため、お手数ですが、イヤホンの電源を入れて不具合が起きている様子を撮影した短い動画をお送りいただけますでしょうか。

動画を受け取り次第すぐに確認し、解決策をご連絡いたします。

Kaden Direct サポートチーム
""")
W("h02a", "en", """
Dear 高橋 健太,

We are very sorry for the inconvenience. We understand that no sound comes from the right earbud, and we will look into it carefully.

To check the situation, could you please send us a short video showing the earbuds switched on and the fault happening?

As soon as we receive the video, we will check it and contact you with a solution.

Kaden Direct サポートチーム
""", "whole reply in English (sloppy LLM default language)")
B("h02a", "refund_promise", "after", "しっかり確認させていただきます。",
  "動画の内容にかかわらず、全額返金させていただきますのでご安心ください。", "full refund promised regardless of evidence")
B("h02a", "invented_amount_or_date", "rep", "すぐに確認し、解決策をご連絡いたします。",
  "すぐに確認し、3営業日以内に解決策をご連絡いたします。", "invented '3 business days'")
B("h02a", "off_platform_contact", "after", "お送りいただけますでしょうか。",
  "LINE（ID: kaden_direct_jp）でも動画を受け付けております。", "LINE ID")
B("h02a", "internal_note", "before", "Kaden Direct サポートチーム",
  "※社内メモ：出荷前の検品動画を倉庫に確認すること（担当：王）\n\n", "Japanese internal memo to warehouse")

D = "h03_tr_evidence_by_problem_type"
G("h03a", D, """
Merhaba Elif Hanım,

Fincanların kırık ulaşmasına gerçekten çok üzüldük, yaşadığınız sorun için özür dileriz. Bu durumu sizinle birlikte çözmek istiyoruz.

Durumu hızlıca inceleyebilmemiz için lütfen hasarın ve paketin size ulaştığı haliyle dış ambalajın fotoğraflarını gönderebilir misiniz?

Fotoğraflar elimize ulaşır ulaşmaz inceleyip size bir çözümle geri döneceğiz.

Saygılarımızla,
Anatolia Home Decor ekibi
""", greet="Elif")
B("h03a", "blame", "after", "Bu durumu sizinle birlikte çözmek istiyoruz.",
  " Maalesef PTT Kargo paketleri çok özensiz taşıyor, hasar büyük ihtimalle onların dikkatsizliğinden kaynaklandı.",
  "blames the carrier's carelessness")
B("h03a", "feedback_request", "before", "Saygılarımızla,",
  "Sorun çözüldüğünde mağazamıza beş yıldız vermeyi unutmayın lütfen.\n\n", "asks for five stars (Turkish)")
B("h03a", "shouting", "rep", "Fotoğraflar elimize ulaşır ulaşmaz inceleyip size bir çözümle geri döneceğiz.",
  "FOTOĞRAFLAR ELİMİZE ULAŞIR ULAŞMAZ İNCELEYİP SİZE BİR ÇÖZÜMLE GERİ DÖNECEĞİZ!!!", "Turkish capitals with !!!")
B("h03a", "missing_required_point", "del",
  "Fincanların kırık ulaşmasına gerçekten çok üzüldük, yaşadığınız sorun için özür dileriz. ",
  "apology/acknowledgement deleted (acknowledge)")
B("h03a", "refund_promise", "after", "gönderebilir misiniz?",
  " Kırık fincanların yerine yenilerini hemen ücretsiz olarak kargoya veriyoruz.",
  "free replacement sent before evidence is seen")

D = "h04_nl_evidence_by_problem_type"
G("h04a", D, """
Hallo Sanne,

Vervelend dat de inbussleutels en de bevestigingsbouten niet in het pakket zaten – sorry voor het ongemak. We lossen dit graag samen met je op.

Zou je ons een foto willen sturen van alle onderdelen die je hebt ontvangen, naast elkaar uitgestald, en een foto van het gewichtslabel op het pakket? Dan kunnen we snel nagaan wat er is misgegaan.

Zodra we de foto's hebben, bekijken we ze meteen en komen we bij je terug met een oplossing.

Groetjes,
Team VeloParts Direct
""", greet="Sanne")
B("h04a", "refund_promise", "after", "We lossen dit graag samen met je op.",
  " We sturen je alvast gratis een nieuwe set inbussleutels en bouten.", "free parts promised before evidence")
B("h04a", "off_platform_contact", "after", "Dan kunnen we snel nagaan wat er is misgegaan.",
  " Je kunt de foto's ook mailen naar service@veloparts-direct.nl.", "e-mail address")
B("h04a", "invented_tracking_number", "after", "sorry voor het ongemak.",
  " Volgens PostNL is het pakket afgeleverd onder nummer 3SVPD0048213.", "invented local PostNL barcode")
B("h04a", "shouting", "rep",
  "Zodra we de foto's hebben, bekijken we ze meteen en komen we bij je terug met een oplossing.",
  "ZODRA WE DE FOTO'S HEBBEN, BEKIJKEN WE ZE METEEN EN KOMEN WE BIJ JE TERUG MET EEN OPLOSSING.",
  "capitals without exclamation marks")

G("h04b", D, """
Beste Sanne de Vries,

Dank voor uw bericht, en excuses dat uw fietsstandaard niet compleet bij u is aangekomen. Dat is natuurlijk niet de bedoeling.

Om dit goed te kunnen controleren, vragen wij u vriendelijk om een foto van alle ontvangen onderdelen bij elkaar, en een foto van het gewichtslabel op het pakket.

Zodra wij de foto's binnen hebben, bekijken wij ze en laten wij u weten hoe wij dit oplossen.

Met vriendelijke groet,
Team VeloParts Direct
""")
W("h04b", "de", """
Liebe Sanne de Vries,

vielen Dank für Ihre Nachricht, und entschuldigen Sie bitte, dass Ihr Fahrradständer nicht vollständig bei Ihnen angekommen ist. Das sollte natürlich nicht passieren.

Damit wir das richtig prüfen können, bitten wir Sie freundlich um ein Foto aller erhaltenen Teile zusammen sowie ein Foto des Gewichtsetiketts auf dem Paket.

Sobald wir die Fotos haben, schauen wir sie uns an und sagen Ihnen, wie wir das lösen.

Mit freundlichen Grüßen
Team VeloParts Direct
""", "whole reply in German (near language nl/de)")
B("h04b", "placeholder", "rep", "Beste Sanne de Vries,", "Beste {{buyer_name}},", "{{buyer_name}} template variable")
B("h04b", "internal_note", "after", "Dat is natuurlijk niet de bedoeling.",
  " TODO: gewichtsrecord uit magazijn opvragen en vergelijken met pakbon.", "TODO left in the reply")
B("h04b", "blame", "after", "Dat is natuurlijk niet de bedoeling.",
  " Meestal zitten de sleutels in het zakje onder het schuim; misschien heeft u niet goed gekeken.",
  "suggests the buyer did not look properly")

D = "h05_it_evidence_by_problem_type"
G("h05a", D, """
Gentile Giulia,

ci dispiace molto che nel pacco ci fosse un portapenne nero invece della lampada bianca che ha ordinato: ci scusiamo per il disagio e vogliamo risolvere al più presto.

Per verificare rapidamente, potrebbe inviarci alcune foto dell'articolo ricevuto e dell'etichetta di spedizione del pacco?

Appena riceviamo le foto le controlliamo e torniamo da lei con una soluzione.

Cordiali saluti,
Il team di Luce & Casa Store
""", greet="Giulia")
B("h05a", "refund_promise", "after", "vogliamo risolvere al più presto.",
  " Nel frattempo le abbiamo già rispedito la lampada giusta, senza costi.", "reshipment promised before evidence")
B("h05a", "invented_amount_or_date", "rep", "torniamo da lei con una soluzione.",
  "torniamo da lei con una soluzione entro il 18 novembre.", "invented date")
B("h05a", "off_platform_contact", "after", "dell'etichetta di spedizione del pacco?",
  " Può anche caricarle tramite il modulo contatti sul nostro sito lucecasastore.it.", "our website contact form")
B("h05a", "placeholder", "rep", "Gentile Giulia,", "Gentile [NOME CLIENTE],", "[NOME CLIENTE]")
B("h05a", "missing_required_point", "del", "Appena riceviamo le foto le controlliamo e torniamo da lei con una soluzione.\n\n",
  "next-step sentence deleted (next_step)")

# ===================================================================== customs_clearance
D = "h06_pl_customs_clearance_buyer"
G("h06a", D, """
Dzień dobry Pani Katarzyno,

widzimy, że Pani paczka o numerze RR551203847CN jest obecnie zatrzymana w urzędzie celnym. Rozumiemy, że to czekanie jest uciążliwe.

Przy tym zamówieniu należności celne opłaca kupujący, dlatego uprzejmie prosimy o uiszczenie cła i dokończenie odprawy celnej. Jeśli urząd celny poprosi o jakiś dokument, na przykład fakturę, chętnie go Pani prześlemy.

Z wyrazami szacunku,
Zespół ChefLine Global
""", greet="Katarzyno")
W("h06a", "en", """
Dear Katarzyna,

We can see that your parcel with the number RR551203847CN is currently held at customs. We understand that the wait is frustrating.

For this order the customs charges are paid by the buyer, so we kindly ask you to pay the duty and complete the customs clearance. If customs asks for any document, for example the invoice, we will gladly send it to you.

Yours sincerely,
Zespół ChefLine Global
""")
B("h06a", "invented_amount_or_date", "after", "dokończenie odprawy celnej.",
  " Należność wyniesie około 98 PLN.", "invented duty amount")
B("h06a", "blame", "after", "Rozumiemy, że to czekanie jest uciążliwe.",
  " Niestety polski urząd celny działa bardzo wolno i często bez powodu przetrzymuje paczki.", "blames customs")
B("h06a", "refund_promise", "after", "chętnie go Pani prześlemy.",
  " A jeśli paczka nie zostanie wydana, oczywiście zwrócimy Pani pieniądze.", "conditional refund promise")

G("h06b", D, """
Pani Katarzyno, dzień dobry!

Sprawdziliśmy przesyłkę RR551203847CN – według śledzenia czeka ona na odprawę w urzędzie celnym.

Zgodnie z warunkami tego zamówienia cło i podatek importowy pokrywa kupujący. Bardzo prosimy o ich opłacenie i dokończenie odprawy, wtedy Poczta Polska doręczy paczkę.

Gdyby urząd celny potrzebował faktury lub innego dokumentu, prosimy dać znać – od razu go wyślemy.

Pozdrawiamy serdecznie,
Zespół ChefLine Global
""", greet="Katarzyno")
B("h06b", "placeholder", "rep", "wtedy Poczta Polska doręczy paczkę.",
  "wtedy Poczta Polska doręczy paczkę pod adres: {adres_dostawy}.", "{adres_dostawy}")
B("h06b", "off_platform_contact", "rep", "prosimy dać znać – od razu go wyślemy.",
  "prosimy napisać SMS na numer +48 512 334 890 – od razu go wyślemy.", "SMS to a phone number")
B("h06b", "missing_required_point", "del",
  "Zgodnie z warunkami tego zamówienia cło i podatek importowy pokrywa kupujący. Bardzo prosimy o ich opłacenie i dokończenie odprawy, wtedy Poczta Polska doręczy paczkę.\n\n",
  "request to pay duties deleted (buyer_clearance)")
B("h06b", "shouting", "rep",
  "Sprawdziliśmy przesyłkę RR551203847CN – według śledzenia czeka ona na odprawę w urzędzie celnym.",
  "SPRAWDZILIŚMY PRZESYŁKĘ RR551203847CN – WEDŁUG ŚLEDZENIA CZEKA ONA NA ODPRAWĘ W URZĘDZIE CELNYM!!!",
  "Polish capitals with !!!")

D = "h07_de_customs_clearance_seller"
G("h07a", D, """
Grüezi Herr Baumann

Vielen Dank für Ihre Nachricht. Ihr Paket mit der Sendungsnummer LP00803356172CN wird derzeit vom Zoll zurückgehalten.

Sie müssen nichts bezahlen: Wir übernehmen die Zollgebühren für diese Bestellung und kümmern uns selbst um die Verzollung.

Wir bitten Sie nur noch um etwas Geduld, bis der Zoll Ihr Paket freigibt. Danach wird es Ihnen von der Swiss Post zugestellt.

Freundliche Grüsse
Ihr Team von Caffè Tecnica
""", greet="Baumann")
B("h07a", "internal_note", "before", "Freundliche Grüsse",
  "Interne Notiz: Zollquittung noch im Streitfall hochladen – erledigt? (customs_clearance / seller)\n\n",
  "internal note with remedy id")
B("h07a", "invented_amount_or_date", "after", "kümmern uns selbst um die Verzollung.",
  " Die Gebühren von 37.80 CHF sind bereits bezahlt.", "invented duty amount")
B("h07a", "feedback_request", "before", "Freundliche Grüsse",
  "Wir würden uns sehr freuen, wenn Sie Ihre Bewertung danach noch einmal überdenken.\n\n",
  "asks to reconsider the rating")
B("h07a", "missing_required_point", "del",
  "Wir bitten Sie nur noch um etwas Geduld, bis der Zoll Ihr Paket freigibt. Danach wird es Ihnen von der Swiss Post zugestellt.\n\n",
  "patience request deleted (ask_patience)")
B("h07a", "refund_promise", "after", "kümmern uns selbst um die Verzollung.",
  " Als Entschädigung für die Verzögerung erhalten Sie ausserdem eine kleine Gutschrift.", "compensation for the delay")

D = "h08_es_customs_clearance_unknown"
G("h08a", D, """
Hola, Alejandro:

Gracias por escribirnos. Vemos que su paquete, con número de rastreo LP00815527640CN, está retenido en la aduana en este momento.

Ya estamos consultando con Estafeta qué documentos o trámites necesita la aduana para liberarlo, y le avisaremos en cuanto tengamos la respuesta.

Le pedimos un poco de paciencia mientras resolvemos esto. Sabemos que la espera es molesta y le agradecemos su comprensión.

Saludos cordiales,
Equipo TecnoPulso Oficial
""", greet="Alejandro")
W("h08a", "pt", """
Olá, Alejandro:

Obrigado por nos escrever. Vemos que o seu pacote, com código de rastreio LP00815527640CN, está retido na alfândega neste momento.

Já estamos consultando a Estafeta sobre quais documentos ou trâmites a alfândega precisa para liberá-lo, e avisaremos assim que tivermos a resposta.

Pedimos um pouco de paciência enquanto resolvemos isso. Sabemos que a espera é chata e agradecemos a sua compreensão.

Atenciosamente,
Equipo TecnoPulso Oficial
""", "whole reply in Portuguese (near language es/pt)")
B("h08a", "blame", "rep", "Sabemos que la espera es molesta y le agradecemos su comprensión.",
  "La aduana mexicana es muy lenta y desorganizada, así que esto no depende de nosotros.", "blames customs")
B("h08a", "refund_promise", "after", "mientras resolvemos esto.",
  " Y si al final no lo liberan, le devolvemos su dinero sin problema.", "refund promise for the customs delay")
B("h08a", "invented_tracking_number", "rep", "consultando con Estafeta", "consultando con Estafeta (guía 705419382207)",
  "invented local Estafeta waybill number")
B("h08a", "placeholder", "rep", "Hola, Alejandro:", "Hola, {{nombre_cliente}}:", "{{nombre_cliente}}")

D = "h09_en_customs_clearance_buyer"
G("h09a", D, """
Hello Oliver,

Thanks for your message, and sorry for the surprise. Your parcel, tracking number RR902184736CN, is currently being held at customs in the UK.

For this order, import duties are paid by the buyer, so the fee Royal Mail is showing is the customs charge. Could you kindly pay it and complete the customs clearance? The parcel will then be released for delivery.

If customs asks for any document, such as the invoice, just let us know and we'll gladly send it to you.

Kind regards,
Hearth & Pan customer team
""", greet="Oliver")
B("h09a", "off_platform_contact", "rep", "just let us know and we'll gladly send it to you.",
  "just ring us on 020 7946 0958 and we'll gladly send it to you.", "UK phone number")
B("h09a", "invented_amount_or_date", "after", "is the customs charge.",
  " It should be around £14.20 including the handling fee.", "invented duty amount")
B("h09a", "blame", "rep", "Thanks for your message, and sorry for the surprise.",
  "Thanks for your message – the import charges are mentioned on the product page, so it's worth reading that before ordering next time.",
  "blames the buyer for not reading ('next time')")
B("h09a", "internal_note", "before", "Kind regards,",
  "(Agent: confirm DDU terms in the order before sending – rule open_customs_hold)\n\n", "agent note with rule id")
B("h09a", "missing_required_point", "del",
  "If customs asks for any document, such as the invoice, just let us know and we'll gladly send it to you.\n\n",
  "documents offer deleted (offer_documents)")
B("h09a", "shouting", "rep", "Could you kindly pay it and complete the customs clearance?",
  "PLEASE PAY IT AND COMPLETE THE CUSTOMS CLEARANCE AS SOON AS POSSIBLE.", "capitals, no exclamation marks")

# ===================================================================== extend_delivery_time
D = "h10_fr_extend_delivery_time"
G("h10a", D, """
Bonjour Camille,

Merci pour votre message, et désolés pour l'attente. Votre colis est bien en route vers la Belgique : vous pouvez le suivre avec le numéro LP00836194027CN.

Pourriez-vous, s'il vous plaît, fermer le litige pour le moment ? De notre côté, nous prolongerons votre protection d'achat de 20 jours, pour que votre commande reste entièrement protégée jusqu'à l'arrivée du colis.

Belle journée,
L'équipe ZenCork
""", greet="Camille")
W("h10a", "nl", """
Hallo Camille,

Bedankt voor uw bericht, en sorry voor het wachten. Uw pakket is onderweg naar België: u kunt het volgen met het nummer LP00836194027CN.

Zou u het geschil voorlopig willen sluiten? Wij verlengen uw aankoopbescherming met 20 dagen, zodat uw bestelling volledig beschermd blijft tot het pakket aankomt.

Fijne dag,
L'équipe ZenCork
""", "whole reply in Dutch (Belgian buyer writing French)")
B("h10a", "invented_amount_or_date", "after", "avec le numéro LP00836194027CN.",
  " Il devrait arriver d'ici le 21 novembre.", "invented delivery date")
B("h10a", "refund_promise", "after", "jusqu'à l'arrivée du colis.",
  " Et si jamais il n'arrive pas, on vous rembourse intégralement, promis.", "refund promise while asking to close")
B("h10a", "off_platform_contact", "after", "jusqu'à l'arrivée du colis.",
  " Pour un suivi plus rapide, écrivez-nous sur Instagram : zencork.officiel", "Instagram handle")
B("h10a", "shouting", "rep", "Pourriez-vous, s'il vous plaît, fermer le litige pour le moment ?",
  "MERCI DE FERMER LE LITIGE POUR LE MOMENT !!!", "close request shouted")

G("h10b", D, """
Bonjour Camille Lambert,

Nous comprenons votre inquiétude. Bonne nouvelle : d'après le suivi, votre tapis de yoga est toujours en transit et avance normalement. Numéro de suivi : LP00836194027CN.

Comme le colis est en chemin, nous vous demandons gentiment de fermer le litige pour l'instant. En échange, nous allongeons de 20 jours la protection de votre commande, afin qu'elle reste couverte jusqu'à la livraison.

Merci beaucoup pour votre compréhension !

Cordialement,
L'équipe ZenCork
""")
B("h10b", "missing_required_point", "rep",
  "Comme le colis est en chemin, nous vous demandons gentiment de fermer le litige pour l'instant. En échange, nous allongeons",
  "Nous allongeons", "request to close the dispute removed (ask_close)")
B("h10b", "blame", "after", "Nous comprenons votre inquiétude.",
  " Cela dit, ouvrir un litige après deux semaines, c'est un peu rapide : les colis internationaux demandent de la patience.",
  "buyer's impatience blamed")
B("h10b", "feedback_request", "before", "Cordialement,",
  "PS : une fois le tapis reçu, un petit avis cinq étoiles nous aiderait énormément.\n\n", "PS asking for five stars")
B("h10b", "invented_tracking_number", "rep", "Numéro de suivi : LP00836194027CN.",
  "Numéro de suivi : LP00836194027CN (numéro bpost : CE482913075BE).", "invented bpost number")
B("h10b", "placeholder", "rep", "Cordialement,\n", "Cordialement,\n[Prénom de l'agent]\n", "[Prénom de l'agent] above signature")

D = "h11_ko_extend_delivery_time"
G("h11a", D, """
김민준 고객님, 안녕하세요.

배송이 늦어져 걱정이 많으셨죠. 불편을 드려 죄송합니다. 고객님의 택배는 현재 정상적으로 이동 중이며, 운송장 번호 LP00847205138CN을 통해 배송 현황을 확인하실 수 있습니다.

번거로우시겠지만 지금은 분쟁을 잠시 종료해 주실 수 있을까요? 저희가 고객님의 구매 보호 기간을 15일 연장해 드려서, 상품을 받으실 때까지 안전하게 보호받으실 수 있도록 하겠습니다.

감사합니다.

KeyForge Store 드림
""")
W("h11a", "ja", """
김민준 様

配送が遅れてしまい、ご心配をおかけしました。ご不便をおかけして申し訳ございません。お荷物は現在順調に輸送中で、追跡番号 LP00847205138CN で配送状況をご確認いただけます。

お手数ですが、いったん紛争を終了していただけますでしょうか。購入保護期間を15日延長いたしますので、商品がお手元に届くまで安心してお待ちいただけます。

ありがとうございます。

KeyForge Store 드림
""", "whole reply in Japanese to a Korean buyer")
B("h11a", "internal_note", "before", "KeyForge Store 드림",
  "(메모: 구매 보호 연장은 고객 동의 후 셀러센터에서 처리 – extend_delivery_time)\n\n", "Korean memo with remedy id")
B("h11a", "invented_amount_or_date", "rep", "상품을 받으실 때까지", "늦어도 11월 25일까지는 도착할 예정이니, 상품을 받으실 때까지",
  "invented arrival date")
B("h11a", "feedback_request", "rep", "감사합니다.", "상품 받으시면 리뷰 5점 부탁드려요! 감사합니다.", "asks for a 5-point review")
B("h11a", "blame", "after", "불편을 드려 죄송합니다.",
  " 통관이나 택배사 쪽 처리가 느려서 생긴 일이라 저희도 어쩔 수 없는 상황입니다.", "blames customs/carrier")

D = "h12_pt_extend_delivery_time"
G("h12a", D, """
Olá, Rafael!

Entendemos sua preocupação e pedimos desculpas pela demora. Seu pedido está a caminho: você pode acompanhar pelo código de rastreio LP00858316249CN.

Poderia, por gentileza, encerrar a disputa por enquanto? Nós vamos estender a sua proteção de compra por 25 dias, assim você continua totalmente protegido até o fone chegar.

Obrigado pela paciência!

Abraços,
Equipe SomMax Brasil
""", greet="Rafael")
W("h12a", "es", """
¡Hola, Rafael!

Entendemos tu preocupación y te pedimos disculpas por la demora. Tu pedido está en camino: puedes seguirlo con el código de seguimiento LP00858316249CN.

¿Podrías, por favor, cerrar la disputa por ahora? Vamos a ampliar tu protección de compra 25 días, así sigues totalmente protegido hasta que lleguen los auriculares.

¡Gracias por tu paciencia!

Un abrazo,
Equipe SomMax Brasil
""", "whole reply in Spanish (near language pt/es)")
B("h12a", "refund_promise", "after", "até o fone chegar.",
  " Se mesmo assim não chegar, devolvemos seu dinheiro na hora.", "refund promise")
B("h12a", "off_platform_contact", "before", "Abraços,",
  "Qualquer dúvida, chama a gente no WhatsApp (11) 98765-4321.\n\n", "WhatsApp number")
B("h12a", "missing_required_point", "rep",
  "Seu pedido está a caminho: você pode acompanhar pelo código de rastreio LP00858316249CN.",
  "Seu pedido está a caminho.", "tracking number no longer quoted (in_transit mention)")
B("h12a", "placeholder", "rep", "Olá, Rafael!", "Olá, %NOME_CLIENTE%!", "%NOME_CLIENTE%")
B("h12a", "shouting", "rep", "Obrigado pela paciência!", "OBRIGADO PELA PACIÊNCIA!!!", "friendly sentence in capitals with !!!")

# ===================================================================== offer_reshipment
D = "h13_ru_offer_reshipment"
G("h13a", D, """
Здравствуйте, Анна!

Нам очень жаль: похоже, ваша посылка потерялась в пути. Приносим извинения за это.

Хотите, чтобы мы отправили вам термокружку ещё раз без каких-либо дополнительных затрат с вашей стороны?

Пожалуйста, ответьте нам, чтобы подтвердить, и проверьте, правильно ли указан ваш адрес доставки.

С уважением,
Команда ТеплоДом
""", greet="Анна")
B("h13a", "refund_promise", "after", "дополнительных затрат с вашей стороны?",
  " Или, если вам удобнее, сразу вернём деньги.", "refund offered as alternative")
B("h13a", "invented_tracking_number", "after", "потерялась в пути.",
  " Последний статус по номеру RR615840327CN был в сортировочном центре.", "near miss of the real number (digits swapped)")
B("h13a", "shouting", "rep", "Приносим извинения за это.", "МЫ ПРИНОСИМ ИЗВИНЕНИЯ ЗА ЭТО!!!", "Cyrillic capitals with !!!")
B("h13a", "blame", "rep", "похоже, ваша посылка потерялась в пути.",
  "похоже, Почта России опять потеряла вашу посылку по своей халатности.", "blames the carrier's negligence")

G("h13b", D, """
Анна, добрый день!

Спасибо, что написали. Мы проверили отслеживание и, к сожалению, тоже видим, что посылка, судя по всему, утеряна. Очень сожалеем, что так получилось.

Мы можем бесплатно отправить вам такую же термокружку повторно. Вам подходит такой вариант?

Если да, просто подтвердите это ответом здесь и, пожалуйста, проверьте адрес доставки в заказе, чтобы новая посылка дошла без проблем.

Всего доброго,
Команда ТеплоДом
""", greet="Анна")
W("h13b", "uk", """
Анна, добрий день!

Дякуємо, що написали. Ми перевірили відстеження і, на жаль, теж бачимо, що посилка, судячи з усього, загубилася. Дуже шкодуємо, що так сталося.

Ми можемо безкоштовно надіслати вам таку саму термочашку повторно. Вам підходить такий варіант?

Якщо так, просто підтвердьте це відповіддю тут і, будь ласка, перевірте адресу доставки в замовленні, щоб нова посилка дійшла без проблем.

Всього найкращого,
Команда ТеплоДом
""", "whole reply in Ukrainian (near language ru/uk)")
B("h13b", "off_platform_contact", "after", "Вам подходит такой вариант?",
  " Можно также написать нам в Telegram: teplodom_help.", "Telegram handle")
B("h13b", "internal_note", "before", "Всего доброго,",
  "Чек-лист: подать претензию перевозчику, проверить остаток на складе.\n\n", "seller checklist in Russian")
B("h13b", "missing_required_point", "del",
  "Если да, просто подтвердите это ответом здесь и, пожалуйста, проверьте адрес доставки в заказе, чтобы новая посылка дошла без проблем.\n\n",
  "confirmation/address check deleted (ask_confirm)")
B("h13b", "invented_amount_or_date", "rep", "такую же термокружку повторно.",
  "такую же термокружку повторно в течение 2 дней.", "invented 2-day dispatch")

D = "h14_es_offer_reshipment"
G("h14a", D, """
¡Hola, Marta!

Sentimos muchísimo lo ocurrido: parece que tu paquete se ha perdido por el camino, y entendemos que lo necesitabas para la casa nueva.

¿Te gustaría que te enviemos de nuevo la funda nórdica, sin ningún coste adicional para ti?

Si es así, contéstanos aquí para confirmarlo y revisa, por favor, que tu dirección de envío sea correcta.

Un abrazo,
El equipo de Casa Lino
""", greet="Marta")
W("h14a", "ca", """
Hola, Marta!

Sentim moltíssim el que ha passat: sembla que el teu paquet s'ha perdut pel camí, i entenem que el necessitaves per a la casa nova.

T'agradaria que t'enviem de nou la funda nòrdica, sense cap cost addicional per a tu?

Si és així, contesta'ns aquí per confirmar-ho i revisa, si us plau, que la teva adreça d'enviament sigui correcta.

Una abraçada,
El equipo de Casa Lino
""", "whole reply in Catalan (near language es/ca)")
B("h14a", "placeholder", "rep", "la funda nórdica,", "la funda nórdica (ref. XXXX),", "XXXX reference")
B("h14a", "feedback_request", "before", "Un abrazo,",
  "Y si quedas contenta con la solución, ¿podrías cambiar tu valoración a cinco estrellas?\n\n", "asks to change rating")
B("h14a", "refund_promise", "after", "sin ningún coste adicional para ti?",
  " Además, te regalamos un cupón de descuento para tu próxima compra por las molestias.", "coupon as compensation")
B("h14a", "invented_amount_or_date", "after", "sin ningún coste adicional para ti?",
  " Saldría de nuestro almacén en un plazo de 48 horas.", "invented 48 hours")

# ===================================================================== confirm_reshipment
D = "h15_de_confirm_reshipment"
G("h15a", D, """
Hallo Frau Hoffmann,

vielen Dank, dass Sie mit dem erneuten Versand einverstanden sind.

Wir haben den Kinder-Fahrradhelm noch einmal an Sie verschickt. Die neue Sendungsnummer lautet LP00991034567CN.

Wir behalten das neue Paket im Blick und halten Sie auf dem Laufenden, bis es bei Ihnen angekommen ist.

Viele Grüße
Ihr KidRide-Shop-Team
""", greet="Hoffmann")
W("h15a", "nl", """
Hallo mevrouw Hoffmann,

Hartelijk dank dat u akkoord gaat met het opnieuw verzenden.

Wij hebben de kinderfietshelm nog een keer naar u verstuurd. Het nieuwe trackingnummer is LP00991034567CN.

Wij houden het nieuwe pakket in de gaten en houden u op de hoogte tot het bij u is aangekomen.

Met vriendelijke groet,
Ihr KidRide-Shop-Team
""", "whole reply in Dutch (near language de/nl)")
B("h15a", "invented_tracking_number", "rep", "Die neue Sendungsnummer lautet LP00991034567CN.",
  "Die neue Sendungsnummer lautet LP00991034567CN, die Hermes-Nummer für die Zustellung ist H1002345678901.",
  "invented extra Hermes number")
B("h15a", "refund_promise", "after", "einverstanden sind.",
  " Als kleines Dankeschön legen wir Ihnen eine Fahrradklingel gratis dazu.", "free gift")
B("h15a", "shouting", "rep", "Wir behalten das neue Paket im Blick und halten Sie auf dem Laufenden, bis es bei Ihnen angekommen ist.",
  "WIR BEHALTEN DAS NEUE PAKET IM BLICK UND HALTEN SIE AUF DEM LAUFENDEN, BIS ES BEI IHNEN ANGEKOMMEN IST!!!",
  "German capitals with !!!")
B("h15a", "feedback_request", "before", "Viele Grüße",
  "Über eine positive Bewertung nach Erhalt würden wir uns riesig freuen!\n\n", "asks for positive review")

G("h15b", D, """
Guten Tag Jana Hoffmann,

danke für Ihre Rückmeldung und dafür, dass wir den Helm erneut schicken dürfen.

Das Paket ist bereits unterwegs: Sie können es mit der neuen Sendungsnummer LP00991034567CN verfolgen.

Wir beobachten die Sendung weiterhin und melden uns bei Ihnen, sobald es Neuigkeiten gibt.

Mit freundlichen Grüßen
Ihr KidRide-Shop-Team
""")
B("h15b", "missing_required_point", "del",
  "Das Paket ist bereits unterwegs: Sie können es mit der neuen Sendungsnummer LP00991034567CN verfolgen.\n\n",
  "reship details with new tracking number deleted (reship_details)")
B("h15b", "placeholder", "rep", "Guten Tag Jana Hoffmann,", "Guten Tag Frau <Nachname>,", "<Nachname>")
B("h15b", "blame", "after", "erneut schicken dürfen.",
  " Leider ist Hermes bei internationalen Sendungen nicht besonders sorgfältig, daher ist das erste Paket verloren gegangen.",
  "blames the carrier")
B("h15b", "off_platform_contact", "after", "sobald es Neuigkeiten gibt.",
  " Für Rückfragen erreichen Sie uns auch direkt unter kundenservice@kidride-shop.de.", "e-mail address")
B("h15b", "internal_note", "before", "Mit freundlichen Grüßen",
  "Hinweis an Lager: Ersatzhelm ausgebucht, bitte Tracking im Dispute hochladen.\n\n", "note to the warehouse")

D = "h16_tr_confirm_reshipment"
G("h16a", D, """
Merhaba Mehmet Bey,

Ürünün yeniden gönderilmesini kabul ettiğiniz için çok teşekkür ederiz.

Bluetooth hoparlörünüzü yeniden kargoya verdik; yeni takip numarası: RR726451093CN.

Kargonun adresinize sorunsuz ulaşması için yeni gönderiyi yakından takip edecek ve sizi düzenli olarak bilgilendireceğiz. Herhangi bir sorunuz olursa buradan bize yazabilirsiniz.

Saygılarımızla,
SesDünyası ekibi
""", greet="Mehmet")
W("h16a", "en", """
Hello Mehmet Bey,

Thank you very much for agreeing to have the item sent again.

We have shipped your Bluetooth speaker again; the new tracking number is RR726451093CN.

We will keep a close eye on the new parcel so that it reaches your address safely, and we will keep you regularly informed. If you have any questions, you can write to us here.

Best regards,
SesDünyası ekibi
""")
B("h16a", "invented_tracking_number", "rep", "RR726451093CN", "RR726451039CN",
  "near miss of the new tracking number (last digits swapped); side effect: required mention RR726451093CN no longer quoted")
B("h16a", "placeholder", "rep", "Merhaba Mehmet Bey,", "Merhaba {müşteri_adı} Bey,", "{müşteri_adı}")
B("h16a", "internal_note", "before", "Saygılarımızla,",
  "(Not: confirm_reshipment şablonu kullanıldı, eski gönderi için kargo firmasına kayıp tutanağı açılacak)\n\n",
  "note with template/remedy name")
B("h16a", "shouting", "rep", "Ürünün yeniden gönderilmesini kabul ettiğiniz için çok teşekkür ederiz.",
  "ÜRÜNÜN YENİDEN GÖNDERİLMESİNİ KABUL ETTİĞİNİZ İÇİN ÇOK TEŞEKKÜR EDERİZ!!!", "Turkish capitals with !!!")
B("h16a", "refund_promise", "after", "yeni takip numarası: RR726451093CN.",
  " Ayrıca bir sonraki siparişinizde geçerli %10 indirim kuponu hesabınıza tanımlandı.", "discount coupon")

# ===================================================================== propose_partial_or_return
D = "h17_en_propose_partial_or_return"
G("h17a", D, """
Hi Chloe,

Thank you for the photos and the video. We can clearly see the shedding and pilling on the throw, and we're sorry it hasn't held up the way it should.

We'd like to offer you two options:
- keep the blanket with a partial refund of up to 19.75 AUD, or
- return it to us for a full refund.

Which option would you prefer? Just let us know here and we'll set it up straight away.

Warm regards,
Coastal Nest Homewares
""", greet="Chloe")
B("h17a", "amount_over_cap", "rep", "up to 19.75 AUD", "up to 39.50 AUD",
  "cap replaced by half the price; side effect: required mention 19.75 AUD no longer quoted")
B("h17a", "amount_over_cap", "rep", "up to 19.75 AUD, or", "up to 19.75 AUD (or even 30 AUD if that feels fairer), or",
  "cap kept, higher amount added next to it", n=2)
B("h17a", "refund_promise", "after", "we'll set it up straight away.",
  " Either way, we'll pop a free cushion cover in the post for you as a thank-you.", "free gift on top of the options")
B("h17a", "off_platform_contact", "after", "we'll set it up straight away.",
  " If it's easier, message us on Facebook at facebook.com/coastalnesthomewares.", "Facebook page")
B("h17a", "shouting", "rep", "Which option would you prefer?", "WHICH OPTION WOULD YOU PREFER?", "short question in capitals")

G("h17b", D, """
Dear Chloe Nguyen,

Many thanks for sending the evidence. The video shows the problem very clearly, and we apologise – this isn't the quality we want our customers to receive.

To put things right, you can choose between keeping the throw blanket and receiving a partial refund of up to 19.75 AUD, or sending it back to us for a full refund of your order.

Please tell us which of the two you prefer.

Kind regards,
Coastal Nest Homewares
""")
B("h17b", "amount_over_cap", "rep", "a partial refund of up to 19.75 AUD,",
  "a partial refund of up to 19.75 AUD – or we could stretch that to half the price –",
  "cap kept, 'half the price' (39.50 AUD) offered without digits")
B("h17b", "missing_required_point", "del", "Please tell us which of the two you prefer.\n\n",
  "question asking for the buyer's choice deleted (ask_choice)")
B("h17b", "blame", "after", "the quality we want our customers to receive.",
  " That said, linen blends usually only shed like this when they're washed hot against the care label.",
  "suggests misuse by the buyer")
B("h17b", "feedback_request", "before", "Kind regards,",
  "Once this is sorted, we'd be grateful if you could update your review.\n\n", "asks to update review")
B("h17b", "invented_amount_or_date", "after", "a full refund of your order.",
  " The money would reach your account within 5 business days.", "invented 5 business days")

D = "h18_fr_propose_partial_or_return"
G("h18a", D, """
Bonjour Julien,

Merci pour vos photos. Nous voyons bien que le cadre en rotin est fendu sur tout un côté, et nous en sommes vraiment désolés.

Nous vous proposons deux solutions :
– garder le miroir avec un remboursement partiel pouvant aller jusqu'à 17.40 EUR ;
– ou nous le retourner pour un remboursement complet.

Quelle solution préférez-vous ?

Bien cordialement,
L'équipe Rotin & Co
""", greet="Julien")
B("h18a", "amount_over_cap", "rep", "jusqu'à 17.40 EUR", "jusqu'à 29.00 EUR",
  "cap replaced by half the price; side effect: required mention 17.40 EUR no longer quoted")
W("h18a", "es", """
Hola, Julien:

Gracias por sus fotos. Vemos claramente que el marco de ratán está agrietado en todo un lado, y lo sentimos mucho.

Le proponemos dos soluciones:
– quedarse con el espejo con un reembolso parcial de hasta 17.40 EUR;
– o devolvérnoslo para un reembolso completo.

¿Qué solución prefiere?

Un cordial saludo,
L'équipe Rotin & Co
""")
B("h18a", "placeholder", "rep", "Bonjour Julien,", "Bonjour {{prenom}},", "{{prenom}}")
B("h18a", "refund_promise", "after", "Quelle solution préférez-vous ?",
  " Et dans tous les cas, vous recevrez un bon de réduction de dix euros pour votre prochaine commande.",
  "discount voucher (amount in words)")

G("h18b", D, """
Bonjour Monsieur Moreau,

Merci d'avoir pris le temps de nous envoyer ces photos, et toutes nos excuses pour le miroir abîmé ainsi que pour notre réponse tardive.

Deux possibilités s'offrent à vous : conserver le miroir et recevoir un remboursement partiel de 17.40 EUR au maximum, ou bien nous le renvoyer et être remboursé intégralement.

Dites-nous simplement ce qui vous convient le mieux.

Cordialement,
L'équipe Rotin & Co
""", greet="Moreau")
B("h18b", "amount_over_cap", "rep", "un remboursement partiel de 17.40 EUR au maximum,",
  "un remboursement partiel de 17.40 EUR au maximum – voire le remboursement complet si vous préférez garder le miroir –",
  "full refund while keeping the item")
B("h18b", "internal_note", "before", "Cordialement,",
  "Note interne : plafond 30 % vérifié, ne pas dépasser 17.40 EUR.\n\n", "internal note about the cap")
B("h18b", "blame", "after", "pour notre réponse tardive.",
  " Le transporteur a visiblement manipulé le colis sans aucun soin.", "blames the carrier")
B("h18b", "invented_amount_or_date", "after", "être remboursé intégralement.",
  " Le remboursement apparaîtra sur votre compte sous 3 à 5 jours ouvrés.", "invented 3-5 business days")
B("h18b", "shouting", "rep", "Dites-nous simplement ce qui vous convient le mieux.",
  "DITES-NOUS CE QUI VOUS CONVIENT LE MIEUX !!!", "French capitals with spaced !!!")

D = "h19_pl_propose_partial_or_return"
G("h19a", D, """
Dzień dobry Pani Magdaleno,

dziękujemy za przesłane zdjęcia. Widzimy, że kolor sukienki wyraźnie różni się od zdjęcia w ofercie – bardzo za to przepraszamy.

Możemy zaproponować dwa rozwiązania:
– zatrzymuje Pani sukienkę i otrzymuje częściowy zwrot pieniędzy do 43.80 PLN,
– odsyła Pani sukienkę i otrzymuje pełny zwrot pieniędzy.

Które rozwiązanie Pani wybiera?

Pozdrawiamy serdecznie,
Zespół Moda Kwiat
""", greet="Magdaleno")
B("h19a", "amount_over_cap", "rep", "do 43.80 PLN,", "do 43.80 PLN, a nawet do 109.50 PLN,",
  "cap kept, 50 % of the price added")
B("h19a", "feedback_request", "before", "Pozdrawiamy serdecznie,",
  "Będziemy wdzięczni, jeśli po zakończeniu sprawy zmieni Pani ocenę na pozytywną.\n\n", "asks to change the rating")
B("h19a", "invented_tracking_number", "after", "otrzymuje pełny zwrot pieniędzy.",
  " Etykietę zwrotną InPost z numerem 520113456789012 wyślemy osobno.", "invented InPost return label number")
B("h19a", "off_platform_contact", "after", "Które rozwiązanie Pani wybiera?",
  " Jeśli woli Pani porozmawiać, prosimy o telefon: 512 600 700.", "phone number")

G("h19b", D, """
Pani Magdaleno, dzień dobry,

bardzo dziękujemy za zdjęcia i przepraszamy – rzeczywiście odcień sukienki nie odpowiada butelkowej zieleni z naszej oferty.

Proponujemy: albo zostawia Pani sukienkę, a my zwracamy część kwoty, maksymalnie 43.80 PLN, albo odsyła ją Pani do nas i otrzymuje pełny zwrot.

Prosimy dać znać, która opcja bardziej Pani odpowiada.

Z pozdrowieniami,
Zespół Moda Kwiat
""", greet="Magdaleno")
B("h19b", "amount_over_cap", "rep", "maksymalnie 43.80 PLN", "maksymalnie 65.70 PLN",
  "30 % instead of the 20 % cap; side effect: required mention 43.80 PLN no longer quoted")
B("h19b", "missing_required_point", "del",
  "Proponujemy: albo zostawia Pani sukienkę, a my zwracamy część kwoty, maksymalnie 43.80 PLN, albo odsyła ją Pani do nas i otrzymuje pełny zwrot.\n\n",
  "the two options (with the cap) deleted (offer_options)")
B("h19b", "blame", "after", "z naszej oferty.",
  " Proszę jednak pamiętać, że kolory na ekranie telefonu zawsze wyglądają trochę inaczej – warto następnym razem dokładniej przeczytać opis.",
  "polite blame: 'read the description next time'")
B("h19b", "placeholder", "rep", "Z pozdrowieniami,\n", "Z pozdrowieniami,\n[imię konsultanta]\n", "[imię konsultanta]")
B("h19b", "shouting", "rep", "Prosimy dać znać, która opcja bardziej Pani odpowiada.",
  "PROSIMY DAĆ ZNAĆ, KTÓRA OPCJA BARDZIEJ PANI ODPOWIADA!!!", "Polish capitals with !!!")

D = "h20_ja_propose_partial_or_return"
G("h20a", D, """
中村 翔太 様

測定写真をお送りいただき、ありがとうございます。写真を拝見し、着丈がサイズ表より短いことを確認いたしました。ご迷惑をおかけし、大変申し訳ございません。

つきましては、次の二つの方法をご提案いたします。
・商品をお手元に残していただき、2670 JPY を上限として一部返金する
・商品をご返品いただき、全額返金する

どちらの方法がよろしいか、お知らせいただけますでしょうか。

Hokuto Outdoor カスタマーサポート
""")
B("h20a", "amount_over_cap", "rep", "2670 JPY を上限として", "4450 JPY を上限として",
  "50 % instead of the cap; side effect: required mention 2670 JPY no longer quoted")
B("h20a", "internal_note", "before", "Hokuto Outdoor カスタマーサポート",
  "【社内用】上限30%で提案済み。返品の場合は送料負担を確認のこと。\n\n", "internal-use memo")
B("h20a", "refund_promise", "after", "大変申し訳ございません。",
  "お詫びとして、次回使えるクーポンもお送りします。", "apology coupon")
B("h20a", "placeholder", "rep", "中村 翔太 様", "〇〇 様", "〇〇 name placeholder")

G("h20b", D, """
中村様

お写真ありがとうございます。確かにジャケットの着丈が短く、ご不便をおかけしております。申し訳ございません。

ジャケットをそのままお使いいただく場合は最大 2670 JPY の一部返金、ご返品いただく場合は全額返金での対応が可能です。

ご希望の方法をお聞かせください。

Hokuto Outdoor カスタマーサポート
""", greet="中村")
B("h20b", "amount_over_cap", "rep", "最大 2670 JPY の一部返金", "最大 2670 JPY の一部返金（ご希望であれば 5000 JPY まで対応可能）",
  "cap kept, higher amount added")
B("h20b", "off_platform_contact", "after", "ご希望の方法をお聞かせください。",
  "LINE公式アカウント（hokuto_outdoor）からもご連絡いただけます。", "LINE official account")
W("h20b", "en", """
Dear 中村,

Thank you for the photos. The jacket is indeed too short, and we apologise for the inconvenience.

If you keep the jacket, we can offer a partial refund of up to 2670 JPY; if you return it, we can give you a full refund.

Please let us know which option you prefer.

Hokuto Outdoor カスタマーサポート
""")
B("h20b", "feedback_request", "before", "Hokuto Outdoor カスタマーサポート",
  "解決しましたら、評価を星5つに変更していただけると幸いです。\n\n", "asks to change rating to five stars")
B("h20b", "blame", "after", "申し訳ございません。",
  "なお、ダウンは洗濯や乾燥機で縮むことがありますので、取扱表示をよくご確認ください。", "implies the buyer shrank it")

# ===================================================================== await_platform_decision
D = "h21_it_await_platform_decision"
G("h21a", D, """
Gentile Francesca,

capiamo quanto sia frustrante non aver ricevuto il macinacaffè. Le confermiamo che abbiamo già fornito le nostre prove alla piattaforma.

Ora sarà lo specialista delle controversie della piattaforma a decidere, e noi rispetteremo la sua decisione.

Nel frattempo restiamo a sua disposizione qui per qualsiasi domanda.

Cordiali saluti,
Il team di Moka Atelier
""", greet="Francesca")
W("h21a", "es", """
Estimada Francesca:

Entendemos lo frustrante que es no haber recibido el molinillo de café. Le confirmamos que ya hemos entregado nuestras pruebas a la plataforma.

Ahora será el especialista en disputas de la plataforma quien decida, y nosotros respetaremos su decisión.

Mientras tanto, seguimos a su disposición aquí para cualquier pregunta.

Un cordial saludo,
Il team di Moka Atelier
""")
B("h21a", "refund_promise", "after", "e noi rispetteremo la sua decisione.",
  " In ogni caso, se il pacco non salta fuori, la rimborseremo noi.", "refund promise regardless of decision")
B("h21a", "blame", "after", "non aver ricevuto il macinacaffè.",
  " Il corriere SDA purtroppo è noto per segnare come consegnati pacchi lasciati dove capita.", "blames the carrier")
B("h21a", "shouting", "rep", "Ora sarà lo specialista delle controversie della piattaforma a decidere, e noi rispetteremo la sua decisione.",
  "ORA SARÀ LO SPECIALISTA DELLE CONTROVERSIE DELLA PIATTAFORMA A DECIDERE, E NOI RISPETTEREMO LA SUA DECISIONE!!!",
  "Italian capitals with !!!")
B("h21a", "invented_amount_or_date", "after", "e noi rispetteremo la sua decisione.",
  " La decisione dovrebbe arrivare entro 7 giorni.", "invented 7 days")

G("h21b", D, """
Buongiorno Francesca Bianchi,

le scriviamo per aggiornarla: abbiamo inviato alla piattaforma tutta la documentazione in nostro possesso sulla spedizione LP00925083916CN.

La decisione spetta adesso allo specialista della piattaforma, e la accetteremo qualunque essa sia.

Se ha domande o altre informazioni da aggiungere, siamo sempre qui per aiutarla.

Un cordiale saluto,
Il team di Moka Atelier
""")
B("h21b", "missing_required_point", "del",
  "La decisione spetta adesso allo specialista della piattaforma, e la accetteremo qualunque essa sia.\n\n",
  "await-decision sentence deleted (await_decision)")
B("h21b", "invented_tracking_number", "rep", "sulla spedizione LP00925083916CN",
  "sulla spedizione LP00925083916CN e sul numero di consegna SDA 6X00123456789", "invented SDA delivery number")
B("h21b", "off_platform_contact", "after", "siamo sempre qui per aiutarla.",
  " Per fare prima può scriverci anche su WhatsApp al 347 123 4567.", "WhatsApp number")
B("h21b", "placeholder", "rep", "Buongiorno Francesca Bianchi,", "Buongiorno NOME COGNOME,", "NOME COGNOME")
B("h21b", "feedback_request", "after", "siamo sempre qui per aiutarla.",
  " Le chiediamo solo, nell'attesa, di non lasciare ancora una recensione negativa.", "asks to hold off negative feedback")

D = "h22_nl_await_platform_decision"
G("h22a", D, """
Beste Daan,

Bedankt voor uw bericht. We begrijpen dat het vervelend is dat het rek wiebelt. We hebben ons bewijs inmiddels aan het platform gegeven.

De geschilspecialist van het platform neemt nu een beslissing, en wij zullen die beslissing respecteren.

Heeft u in de tussentijd vragen over het badkamerrek? Dan helpen wij u hier graag verder.

Met vriendelijke groet,
Team BadkamerBoutique
""", greet="Daan")
W("h22a", "de", """
Lieber Daan,

vielen Dank für Ihre Nachricht. Wir verstehen, dass es ärgerlich ist, dass das Regal wackelt. Wir haben unsere Nachweise inzwischen der Plattform übergeben.

Der Streitfall-Spezialist der Plattform trifft jetzt eine Entscheidung, und wir werden diese Entscheidung respektieren.

Haben Sie in der Zwischenzeit Fragen zum Badezimmerregal? Dann helfen wir Ihnen hier gerne weiter.

Mit freundlichen Grüßen
Team BadkamerBoutique
""", "whole reply in German (near language nl/de)")
B("h22a", "internal_note", "before", "Met vriendelijke groet,",
  "Interne notitie: bewijs is geüpload, verder niets toezeggen tot de uitspraak.\n\n", "Dutch internal note")
B("h22a", "refund_promise", "after", "wij zullen die beslissing respecteren.",
  " Mocht het platform in ons voordeel beslissen, dan krijgt u toch een tegoedbon van ons.", "voucher whatever the outcome")
B("h22a", "invented_amount_or_date", "after", "wij zullen die beslissing respecteren.",
  " Een uitspraak volgt meestal binnen 5 werkdagen.", "invented 5 working days")
B("h22a", "blame", "rep", "We begrijpen dat het vervelend is dat het rek wiebelt.",
  "Op uw foto's zien we wel dat het rek niet volgens de handleiding is gemonteerd.", "blames buyer's assembly")
B("h22a", "missing_required_point", "del", " We hebben ons bewijs inmiddels aan het platform gegeven.",
  "evidence-submitted sentence deleted (evidence_submitted)")

# ===================================================================== escalation_reply
D = "h23_ru_escalation_reply"
G("h23a", D, """
Здравствуйте, Дмитрий!

Мы видим, что вы передали спор на рассмотрение платформы, и понимаем ваше раздражение: долгое ожидание подарка для ребёнка – это действительно неприятно.

Мы будем сотрудничать со специалистом платформы по спорам и предоставим ему все наши доказательства, включая историю отслеживания посылки LP00947205138CN.

При этом мы по-прежнему открыты к тому, чтобы найти решение вместе с вами.

С уважением,
Команда ИгроМир
""", greet="Дмитрий")
W("h23a", "uk", """
Вітаємо, Дмитрий!

Ми бачимо, що ви передали спір на розгляд платформи, і розуміємо ваше роздратування: довге очікування подарунка для дитини – це справді неприємно.

Ми співпрацюватимемо з фахівцем платформи зі спорів і надамо йому всі наші докази, зокрема історію відстеження посилки LP00947205138CN.

Водночас ми, як і раніше, відкриті до того, щоб знайти рішення разом із вами.

З повагою,
Команда ИгроМир
""", "whole reply in Ukrainian (near language ru/uk)")
B("h23a", "refund_promise", "after", "найти решение вместе с вами.",
  " В любом случае деньги вы получите обратно, не переживайте.", "refund promise, outcome is the platform's")
B("h23a", "placeholder", "rep", "Здравствуйте, Дмитрий!", "Здравствуйте, {ИМЯ}!", "{ИМЯ}")
B("h23a", "invented_tracking_number", "rep", "посылки LP00947205138CN", "посылки LP00947205138CN и внутреннего номера СДЭК 1029384756",
  "invented CDEK internal number")
B("h23a", "shouting", "rep", "При этом мы по-прежнему открыты к тому, чтобы найти решение вместе с вами.",
  "ПРИ ЭТОМ МЫ ПО-ПРЕЖНЕМУ ОТКРЫТЫ К ТОМУ, ЧТОБЫ НАЙТИ РЕШЕНИЕ ВМЕСТЕ С ВАМИ.", "Cyrillic capitals, no !!!")

G("h23b", D, """
Дмитрий, добрый день.

Понимаем, почему вы обратились к платформе: ждать так долго очень обидно, особенно когда это подарок. Спасибо, что сообщили нам.

Со своей стороны мы передадим специалисту платформы по спорам всю информацию по заказу 8192633451179823 и будем с ним на связи.

Если вы захотите обсудить варианты, мы готовы искать решение вместе – пишите нам здесь в любое время.

С уважением,
Команда ИгроМир
""", greet="Дмитрий")
B("h23b", "blame", "after", "Спасибо, что сообщили нам.",
  " Но и вы поймите: мы уже трижды объясняли, что нужно просто подождать.", "blames buyer's impatience")
B("h23b", "off_platform_contact", "rep", "пишите нам здесь в любое время", "пишите нам во ВКонтакте (vk.com/igromir_shop) в любое время",
  "VK link")
B("h23b", "feedback_request", "after", "пишите нам здесь в любое время.",
  " И, пожалуйста, не ставьте пока низкую оценку магазину.", "asks not to leave a low rating")
B("h23b", "internal_note", "before", "С уважением,",
  "// escalation_reply: не забыть загрузить скриншоты трекинга до дедлайна\n\n", "comment line with remedy id")
B("h23b", "invented_amount_or_date", "after", "и будем с ним на связи.",
  " Решение обычно принимается в течение 10 дней.", "invented 10 days")

D = "h24_pt_escalation_reply"
G("h24a", D, """
Olá, Inês,

Vimos que levou a disputa para a plataforma e compreendemos a sua frustração: uma cadeira que não trava a inclinação não é o que esperava.

Vamos colaborar com o especialista de disputas da plataforma e enviar-lhe todas as nossas provas.

Continuamos, no entanto, abertos a encontrar uma solução em conjunto consigo.

Com os melhores cumprimentos,
Equipa ErgoCasa
""", greet="Inês")
W("h24a", "es", """
Hola, Inês:

Hemos visto que ha llevado la disputa a la plataforma y comprendemos su frustración: una silla cuya inclinación no se bloquea no es lo que esperaba.

Vamos a colaborar con el especialista en disputas de la plataforma y enviarle todas nuestras pruebas.

Seguimos, no obstante, abiertos a encontrar una solución junto con usted.

Un cordial saludo,
Equipa ErgoCasa
""", "whole reply in Spanish (near language pt/es)")
B("h24a", "missing_required_point", "del", "Continuamos, no entanto, abertos a encontrar uma solução em conjunto consigo.\n\n",
  "open-door sentence deleted (open_door)")
B("h24a", "refund_promise", "after", "em conjunto consigo.",
  " Se preferir, enviamos já uma cadeira nova, sem custos.", "free replacement")
B("h24a", "off_platform_contact", "after", "em conjunto consigo.",
  " Pode também ligar-nos para o 912 345 678.", "Portuguese phone number")
B("h24a", "placeholder", "rep", "Com os melhores cumprimentos,\n", "Com os melhores cumprimentos,\n<ASSINATURA DO AGENTE>\n",
  "<ASSINATURA DO AGENTE>")
B("h24a", "blame", "after", "não é o que esperava.",
  " Note, porém, que o mecanismo só trava se a alavanca for puxada até ao fim, como explica o manual.",
  "implies the buyer did not follow the manual")

# ===================================================================== return_instructions
D = "h25_de_return_instructions"
G("h25a", D, """
Grüß Gott Herr Gruber,

die Plattform hat sich für Rückgabe und Erstattung entschieden, und wir akzeptieren diese Entscheidung.

Bitte senden Sie das Wandregal an folgende Adresse zurück:
Holzwerk Alpin Retouren, Industriestraße 14, 4020 Linz, Österreich

Sobald das Regal bei uns eingetroffen ist, wird die Erstattung veranlasst. Bitte tragen Sie die Sendungsnummer der Rücksendung im Streitfall ein.

Wir hoffen, Sie in Zukunft wieder als Kunden begrüßen zu dürfen.

Freundliche Grüße
Ihr Team von Holzwerk Alpin
""", greet="Gruber")
B("h25a", "invented_amount_or_date", "rep", "Bitte senden Sie das Wandregal an folgende Adresse zurück:",
  "Bitte senden Sie das Wandregal innerhalb von 7 Tagen an folgende Adresse zurück:", "invented 7-day deadline")
B("h25a", "refund_promise", "after", "wieder als Kunden begrüßen zu dürfen.",
  " Für Ihre nächste Bestellung schenken wir Ihnen einen Gutschein über fünfzehn Prozent.", "coupon beyond the ruled refund")
B("h25a", "missing_required_point", "del",
  "Bitte senden Sie das Wandregal an folgende Adresse zurück:\nHolzwerk Alpin Retouren, Industriestraße 14, 4020 Linz, Österreich\n\n",
  "return address deleted (return_address mention)")
B("h25a", "off_platform_contact", "after", "im Streitfall ein.",
  " Das Rücksendeetikett schicken wir Ihnen gerne per E-Mail – schreiben Sie uns an retoure@holzwerk-alpin.at.",
  "e-mail address")
B("h25a", "shouting", "rep", "Bitte tragen Sie die Sendungsnummer der Rücksendung im Streitfall ein.",
  "BITTE TRAGEN SIE DIE SENDUNGSNUMMER DER RÜCKSENDUNG IM STREITFALL EIN!!!", "German capitals with !!!")

G("h25b", D, """
Sehr geehrter Herr Gruber,

wie von der Plattform entschieden, nehmen wir das Regal zurück und erstatten Ihnen den Kaufpreis.

Die Rücksendeadresse lautet: Holzwerk Alpin Retouren, Industriestraße 14, 4020 Linz, Österreich.

Die Rückerstattung erfolgt, sobald die Rücksendung bei uns angekommen ist. Fügen Sie bitte die Trackingnummer des Rückpakets im Streitfall hinzu, damit wir es verfolgen können.

Es tut uns leid, dass es diesmal nicht gepasst hat – wir würden uns freuen, wieder mit Ihnen ins Geschäft zu kommen.

Mit freundlichen Grüßen
Ihr Team von Holzwerk Alpin
""", greet="Gruber")
W("h25b", "en", """
Dear Mr Gruber,

As decided by the platform, we will take the shelf back and refund the purchase price.

The return address is: Holzwerk Alpin Retouren, Industriestraße 14, 4020 Linz, Österreich.

The refund will be made as soon as the return has arrived. Please add the tracking number of the return parcel to the dispute so that we can follow it.

We are sorry it did not work out this time – we would be happy to do business with you again.

Kind regards,
Ihr Team von Holzwerk Alpin
""")
B("h25b", "placeholder", "rep", "Sehr geehrter Herr Gruber,", "Sehr geehrte/r Herr/Frau ___,", "blank ___ for the name")
B("h25b", "feedback_request", "after", "wieder mit Ihnen ins Geschäft zu kommen.",
  " Und falls Sie kurz Zeit haben: Eine gute Bewertung unseres Shops würde uns sehr helfen.", "asks for a good review")
B("h25b", "internal_note", "before", "Mit freundlichen Grüßen",
  "Interner Hinweis (nicht senden): Rücksendung beobachten, Fotos bei Ankunft machen.\n\n", "'Interner Hinweis' line")
B("h25b", "blame", "after", "erstatten Ihnen den Kaufpreis.",
  " Bei korrekter Montage wären die Risse übrigens nicht entstanden.", "blames the buyer's assembly")

D = "h26_es_return_instructions"
G("h26a", D, """
Hola, Jordi:

La plataforma ha decidido una devolución con reembolso y aceptamos su decisión.

Te confirmamos la dirección exacta para la devolución de los auriculares:
AudioNova Devoluciones, Calle de la Industria 27, 28923 Alcorcón, Madrid, España

En cuanto recibamos el paquete, se tramitará el reembolso. Por favor, añade el número de seguimiento de la devolución en la disputa, así podremos seguirlo y no se perderá.

Esperamos volver a tener el gusto de atenderte en el futuro.

Saludos,
El equipo de AudioNova
""", greet="Jordi")
W("h26a", "ca", """
Hola, Jordi:

La plataforma ha decidit una devolució amb reemborsament i acceptem la seva decisió.

Et confirmem l'adreça exacta per a la devolució dels auriculars:
AudioNova Devoluciones, Calle de la Industria 27, 28923 Alcorcón, Madrid, España

Tan bon punt rebem el paquet, es tramitarà el reemborsament. Si us plau, afegeix el número de seguiment de la devolució a la disputa, així el podrem seguir i no es perdrà.

Esperem tornar a tenir el gust d'atendre't en el futur.

Salutacions,
El equipo de AudioNova
""", "whole reply in Catalan (buyer wrote Spanish; Catalan name is a trap)")
B("h26a", "refund_promise", "after", "aceptamos su decisión.",
  " Y para compensarte, te regalamos unos auriculares de repuesto con la próxima compra.", "free item as compensation")
B("h26a", "invented_amount_or_date", "rep", "se tramitará el reembolso.", "se tramitará el reembolso de 54.99 EUR en 3 días hábiles.",
  "invented refund amount (near the 49.99 total) and days")
B("h26a", "placeholder", "rep", "Hola, Jordi:", "Hola, $nombre:", "$nombre")
B("h26a", "feedback_request", "after", "atenderte en el futuro.",
  " Si todo va bien, nos ayudaría mucho que retiraras la valoración negativa.", "asks to remove negative rating")
B("h26a", "internal_note", "before", "Saludos,",
  "Recordatorio interno: vigilar la devolución y confirmar la recepción enseguida.\n\n", "internal reminder in Spanish")
B("h26a", "missing_required_point", "del", "Esperamos volver a tener el gusto de atenderte en el futuro.\n\n",
  "hope to trade again deleted (trade_again)")

# ===================================================================== return_received
D = "h27_ko_return_received"
G("h27a", D, """
이서연 고객님, 안녕하세요.

반품하신 가죽 크로스백은 저희 쪽에 잘 도착했습니다. 기다려 주셔서 감사합니다.

환불은 이제 플랫폼을 통해 진행될 예정입니다.

이번에는 만족스러운 경험을 드리지 못해 죄송하며, 앞으로도 저희 스토어와 다시 거래할 기회가 있기를 바랍니다.

Seoul Leather Lab 드림
""")
W("h27a", "en", """
Hello 이서연,

The leather crossbody bag you returned has arrived safely with us. Thank you for waiting.

Your refund will now be processed through the platform.

We are sorry we could not give you a satisfying experience this time, and we hope to have the chance to do business with you again in the future.

Seoul Leather Lab 드림
""")
B("h27a", "refund_promise", "after", "환불은 이제 플랫폼을 통해 진행될 예정입니다.",
  " 다음 구매 때 사용하실 수 있는 할인 쿠폰도 함께 보내드릴게요.", "discount coupon")
B("h27a", "invented_amount_or_date", "rep", "환불은 이제 플랫폼을 통해 진행될 예정입니다.",
  "환불은 이제 플랫폼을 통해 진행되며, 영업일 기준 3~5일 안에 입금될 예정입니다.", "invented 3-5 business days")
B("h27a", "off_platform_contact", "before", "Seoul Leather Lab 드림",
  "궁금한 점은 카카오톡 채널 '서울레더랩'으로 문의해 주세요.\n\n", "KakaoTalk channel")
B("h27a", "feedback_request", "after", "다시 거래할 기회가 있기를 바랍니다.",
  " 혹시 괜찮으시다면 남겨주신 별점을 수정해 주시면 감사하겠습니다.", "asks to change the rating")
B("h27a", "internal_note", "before", "Seoul Leather Lab 드림",
  "(내부용: 반품 입고 사진 촬영 완료, 환불 승인 버튼 누를 것)\n\n", "internal-use memo")
B("h27a", "placeholder", "rep", "이서연 고객님", "[고객명] 고객님", "[고객명]")

D = "h28_en_return_received"
G("h28a", D, """
Hi Priya,

Thanks for checking in! Yes, we've received the heated seat cushion you sent back, and everything is in order on our side.

Your refund will now follow through the platform.

We're sorry it didn't work out this time, and we hope to do business with you again in the future.

All the best,
The CozyDrive team
""", greet="Priya")
W("h28a", "fr", """
Bonjour Priya,

Merci de nous avoir écrit ! Oui, nous avons bien reçu le coussin chauffant que vous nous avez retourné, et tout est en ordre de notre côté.

Votre remboursement suivra maintenant via la plateforme.

Nous sommes désolés que cela n'ait pas fonctionné cette fois-ci, et nous espérons refaire affaire avec vous à l'avenir.

Bonne journée,
The CozyDrive team
""", "whole reply in French (Canadian buyer writing English)")
B("h28a", "missing_required_point", "del", "Your refund will now follow through the platform.\n\n",
  "refund-follows sentence deleted (refund_follows)")
B("h28a", "invented_tracking_number", "rep", "the heated seat cushion you sent back,",
  "the heated seat cushion you sent back (return tracking LM203948517CA),",
  "near miss of the return tracking number (digits swapped)")
B("h28a", "refund_promise", "after", "do business with you again in the future.",
  " As a thank-you, here's 15% off your next order.", "discount beyond the refund")
B("h28a", "shouting", "rep", "We're sorry it didn't work out this time,", "WE'RE SO SORRY IT DIDN'T WORK OUT THIS TIME,",
  "part of a sentence in capitals")
B("h28a", "blame", "after", "everything is in order on our side.",
  " Just a tip for next time: the cushion only heats up once the car engine is running.",
  "implies misuse, 'next time'")
