"""Source of the fifteenth set's replies: hand-written good replies and one-edit bad variants.

Each bad variant is (defect, old, new, note): `old` must occur exactly once in the good reply and is
replaced by `new` (insertions repeat the anchor in `new`; deletions have new == ""). For
wrong_language, old is None and new is the whole translated reply; the language is given as
("wrong_language:<lang>").
"""

GOODS = []


def good(gid, dispute, lang, text, bads):
    GOODS.append({"id": gid, "dispute": dispute, "language": lang, "text": text.strip("\n"), "bads": bads})


def after(anchor, add):
    return (anchor, anchor + add)


def before(anchor, add):
    return (anchor, add + anchor)


# ---------------------------------------------------------------- r01 en-GB evidence size_or_fit
good("r01a", "r01", "en", """
Dear Harriet Cole,

Thank you for getting in touch, and I'm sorry the duffle coat has turned out so oversized. Sleeves that swallow your hands are clearly not what you ordered, and I can see why you're disappointed.

To compare it properly with our size guide, could you lay the coat flat, stretch a measuring tape across the chest and take a photo with the size label showing next to it? One clear picture is plenty.

As soon as the photo comes through, I'll check the measurements against the guide myself and come back to you with a solution.

Kind regards,
Northgate Outerwear
""", [
    ("refund_promise", *after("come back to you with a solution.", " In practice that usually means we just refund the coat in full, so you're not out of pocket either way."), "refund promised before evidence, appended to the next-step sentence"),
    ("off_platform_contact", *after("One clear picture is plenty.", " If the upload here keeps failing, pop it over to fitting@northgate-outerwear.co.uk and I'll pick it up from there."), "email address for sending the photo"),
    ("placeholder", "Dear Harriet Cole,", "Dear [CUSTOMER FIRST NAME],", "greeting replaced by an unfilled template slot"),
    ("blame", *after("I can see why you're disappointed.", " Having said that, the listing does warn that this cut runs large, so it might have been worth sizing down."), "hindsight advice blaming the buyer for ordering the wrong size"),
    ("internal_note", *before("Kind regards,", "(Agent: pull listing snapshot + packing weight before the next reply.)\n\n"), "seller checklist line left in above the sign-off"),
    ("shouting", *after("One clear picture is plenty.", " BUT THE SIZE LABEL HAS TO BE IN SHOT, OTHERWISE WE CAN'T DO ANYTHING!!!"), "capitals with !!! after the evidence request"),
])

good("r01b", "r01", "en", """
Hi Harriet Cole,

Sorry about the fit of the navy duffle coat, that must have been frustrating to unpack.

Could you send us:
- a photo of the coat laid flat with a measuring tape across it,
- with its size label visible right next to the tape.

Once we have it, we'll go through the measurements and get back to you on how we can put this right.

Northgate Outerwear
""", [
    ("missing_required_point", "Could you send us:\n- a photo of the coat laid flat with a measuring tape across it,\n- with its size label visible right next to the tape.\n\n", "", "request_evidence deleted (the whole list)"),
    ("feedback_request", *after("how we can put this right.", " And once it's sorted, a few kind words in your review would really help a small shop like ours."), "asks for a kind review once sorted"),
    ("invented_amount_or_date", "get back to you on how", "get back to you within 2 working days on how", "invented reply deadline (2 working days)"),
    ("wrong_language", None, """Bonjour Harriet Cole,

Désolés pour la coupe du duffle-coat bleu marine, ça a dû être frustrant à déballer.

Pourriez-vous nous envoyer :
- une photo du manteau posé à plat avec un mètre ruban en travers,
- avec l'étiquette de taille visible juste à côté du mètre.

Dès que nous l'aurons, nous vérifierons les mesures et reviendrons vers vous pour voir comment arranger les choses.

Northgate Outerwear""", "wrong_language:fr"),
    ("invented_tracking_number", *after("Sorry about the fit of the navy duffle coat, that must have been frustrating to unpack.", " We've already matched your order to outbound parcel GB7730915528N in our warehouse log."), "invented outbound parcel number"),
])

# ---------------------------------------------------------------- r02 es-MX evidence not_working
good("r02a", "r02", "es", """
Estimado Rodrigo Salinas:

Lamentamos mucho que la licuadora portátil no encienda; entendemos lo molesto que es recibir un aparato nuevo que no funciona.

Para poder revisar la falla, ¿nos podría enviar un video corto donde se vea cómo intenta encender la licuadora y que no responde? Con unos segundos es suficiente.

En cuanto recibamos el video lo revisamos con nuestro técnico y le respondemos con una solución.

Saludos cordiales,
Equipo Cocina Viva
""", [
    ("refund_promise", *after("Con unos segundos es suficiente.", " Y no se preocupe: si se ve que viene defectuosa, le regresamos su dinero completo sin más trámite."), "money back promised before the video is seen"),
    ("off_platform_contact", "Con unos segundos es suficiente.", "Con unos segundos es suficiente; si pesa mucho para subirlo aquí, mándelo a nuestro WhatsApp de soporte, el número está en la portada de la tienda.", "WhatsApp offered for sending the video"),
    ("invented_amount_or_date", "le respondemos con una solución.", "le respondemos con una solución en un máximo de 72 horas.", "invented 72-hour turnaround"),
    ("blame", *after("que no funciona.", " Eso sí, casi siempre que nos escriben esto es porque no la cargaron bien antes de usarla, así que revise primero que haya seguido el manual."), "guess that the buyer misused/charged it wrong"),
    ("shouting", *after("le respondemos con una solución.", "\n\nPOR FAVOR NO LA DESARME NI LE ABRA EL MOTOR, ¡¡¡SI LO HACE SE PIERDE LA GARANTÍA!!!"), "all-caps warning with !!!"),
    ("placeholder", "lo revisamos con nuestro técnico", "lo revisamos con nuestro técnico {{nombre_tecnico}}", "template variable left in the body"),
])

# ---------------------------------------------------------------- r03 fr-CA customs buyer
good("r03a", "r03", "fr", """
Bonjour Mathieu Gagnon,

Merci de nous avoir écrit. Votre colis est effectivement retenu par les douanes en ce moment; vous pouvez suivre son évolution avec le numéro de suivi UA482913570CN.

Selon les conditions de cette commande, les droits et taxes d'importation sont à la charge de l'acheteur. Pourriez-vous donc les acquitter auprès de Postes Canada afin que le dédouanement puisse se terminer?

Si les douanes demandent un document, comme la facture commerciale, dites-le-nous et nous vous l'enverrons tout de suite.

Bonne journée,
L'équipe Atelier Lame
""", [
    ("refund_promise", *after("afin que le dédouanement puisse se terminer?", " Gardez bien le reçu : on vous rembourse ces frais dès que vous avez le colis en main."), "promises to pay back the duties (compensation/refund)"),
    ("invented_amount_or_date", "Pourriez-vous donc les acquitter", "Il devrait s'agir d'environ 17,40 $. Pourriez-vous donc les acquitter", "invented duty amount"),
    ("missing_required_point", "Selon les conditions de cette commande, les droits et taxes d'importation sont à la charge de l'acheteur. Pourriez-vous donc les acquitter auprès de Postes Canada afin que le dédouanement puisse se terminer?\n\n", "", "buyer_clearance paragraph deleted"),
    ("internal_note", *before("Bonne journée,", "Note interne : cas customs_clearance, variante « buyer » — surtout ne rien payer de notre côté.\n\n"), "internal remedy/variant note left in"),
    ("wrong_language", None, """Hello Mathieu Gagnon,

Thanks for writing to us. Your parcel is indeed being held by customs at the moment; you can follow its progress with the tracking number UA482913570CN.

Under the terms of this order, import duties and taxes are the buyer's responsibility. Could you therefore pay them with Canada Post so that the clearance can be completed?

If customs asks for any document, such as the commercial invoice, just let us know and we'll send it right away.

Have a nice day,
L'équipe Atelier Lame""", "wrong_language:en"),
    ("off_platform_contact", "dites-le-nous et nous vous l'enverrons tout de suite.", "textez-nous au cellulaire du service client (il est sur notre page Facebook) et nous vous l'enverrons tout de suite.", "text message / Facebook page instead of the platform"),
])

# ---------------------------------------------------------------- r04 de customs seller
good("r04a", "r04", "de", """
Guten Tag Sabine Krüger,

vielen Dank für Ihre Nachricht. Ihr Paket mit der Sendungsnummer YT7720048193645 wird derzeit vom Zoll zurückgehalten.

Keine Sorge: Bei dieser Bestellung übernehmen wir die Einfuhrabgaben und kümmern uns selbst um die Verzollung. Für Sie fallen also keine Kosten an, und Sie müssen nichts weiter unternehmen.

Wir bitten Sie nur noch um etwas Geduld, bis der Zoll die Sendung freigibt und DHL sie Ihnen zustellt.

Mit freundlichen Grüßen
Ihr Team von Kaffeewerk Direkt
""", [
    ("blame", *after("wird derzeit vom Zoll zurückgehalten.", " Der Zoll in Deutschland lässt sich bei Sendungen aus Fernost leider gern endlos Zeit, da sind wir machtlos."), "customs called slow / arbitrary"),
    ("invented_tracking_number", *after("wird derzeit vom Zoll zurückgehalten.", " Bei DHL selbst läuft sie unter der Nummer JJD000390017459382."), "invented second DHL number"),
    ("feedback_request", *after("und DHL sie Ihnen zustellt.", " Wenn die Maschine dann bei Ihnen steht, würden wir uns riesig über fünf Sterne freuen."), "asks for five stars"),
    ("refund_promise", *after("und DHL sie Ihnen zustellt.", " Für die Verzögerung schreiben wir Ihnen außerdem eine Gutschrift auf den Kaufpreis gut."), "credit/compensation for the delay"),
    ("shouting", *after("und Sie müssen nichts weiter unternehmen.", " ZAHLEN SIE BITTE NICHTS AN DEN ZUSTELLER, AUCH WENN ER DANACH FRAGT!!!"), "all-caps sentence with !!!"),
    ("missing_required_point", "Keine Sorge: Bei dieser Bestellung übernehmen wir die Einfuhrabgaben und kümmern uns selbst um die Verzollung. Für Sie fallen also keine Kosten an, und Sie müssen nichts weiter unternehmen.\n\n", "", "seller_pays paragraph deleted"),
    ("placeholder", "Guten Tag Sabine Krüger,", "Guten Tag <Anrede> <Nachname>,", "greeting left as template"),
])

# ---------------------------------------------------------------- r05 it extend (20 days)
good("r05a", "r05", "it", """
Gentile Giulia Ferraro,

capiamo bene la sua preoccupazione. Il pacco è in viaggio verso di lei e può seguirlo in qualsiasi momento con il numero di tracciamento YW618204397IT: nelle spedizioni internazionali capita che il tracciamento resti fermo per qualche giorno.

Le chiediamo quindi, se è d'accordo, di chiudere la controversia per ora. Da parte nostra prolunghiamo la protezione del suo acquisto di 20 giorni, così resta completamente tutelata finché il pacco non arriva.

Grazie per la pazienza,
Il team di Vetta Outdoor
""", [
    ("invented_tracking_number", "YW618204397IT", "YW618240397IT", "near miss of the real number (digits swapped); side effect: required mention of the real tracking number no longer quoted"),
    ("invented_amount_or_date", "nelle spedizioni internazionali capita che il tracciamento resti fermo per qualche giorno.", "secondo il corriere la consegna è prevista entro il 3 dicembre.", "invented delivery date"),
    ("missing_required_point", "Le chiediamo quindi, se è d'accordo, di chiudere la controversia per ora. Da parte nostra prolunghiamo", "Da parte nostra prolunghiamo", "ask_close sentence deleted"),
    ("feedback_request", *after("Grazie per la pazienza,", " e se alla fine sarà soddisfatta ci lasci un bel feedback positivo,"), "positive feedback request folded into the closing"),
    ("blame", *after("capiamo bene la sua preoccupazione.", " Le Poste Italiane, purtroppo, sono sempre l'anello debole: da noi è partito tutto nei tempi."), "Italian post blamed"),
    ("internal_note", *before("Grazie per la pazienza,", "[Promemoria: estendere la protezione dal pannello venditore solo dopo che chiude la disputa]\n\n"), "seller-centre reminder left in"),
])

good("r05b", "r05", "it", """
Ciao Giulia Ferraro,
il tuo zaino non è perso: è ancora in transito e lo trovi con il codice YW618204397IT nella pagina di tracciamento dell'ordine.
Ti andrebbe di chiudere la controversia per il momento? Noi estendiamo subito di 20 giorni la protezione del tuo acquisto, quindi resti coperta fino alla consegna.
Per qualsiasi dubbio scrivici pure qui nella chat dell'ordine.
Il team di Vetta Outdoor
""", [
    ("refund_promise", *after("quindi resti coperta fino alla consegna.", " Se poi non dovesse arrivare, ti rimborsiamo noi direttamente, senza aspettare la piattaforma."), "direct refund promised while asking to close"),
    ("off_platform_contact", "scrivici pure qui nella chat dell'ordine.", "scrivici pure su Instagram, @vettaoutdoor_official, rispondiamo prima lì.", "Instagram handle instead of the order chat"),
    ("wrong_language", None, """Hola Giulia Ferraro,
tu mochila no se ha perdido: sigue en tránsito y la puedes seguir con el código YW618204397IT en la página de seguimiento del pedido.
¿Te parecería bien cerrar la disputa por ahora? Nosotros ampliamos enseguida 20 días la protección de tu compra, así sigues cubierta hasta la entrega.
Para cualquier duda escríbenos aquí en el chat del pedido.
Il team di Vetta Outdoor""", "wrong_language:es"),
    ("shouting", "il tuo zaino non è perso:", "IL TUO ZAINO NON È PERSO, STAI TRANQUILLA!!!", "opening sentence in capitals with !!!"),
    ("placeholder", "scrivici pure qui nella chat dell'ordine.", "scrivici pure qui nella chat dell'ordine e chiedi di NOME_OPERATORE.", "agent-name slot left in the body"),
])

# ---------------------------------------------------------------- r06 pt-BR extend (15 days)
good("r06a", "r06", "pt", """
Olá, Thiago Moreira!

Entendemos sua preocupação, mas pode ficar tranquilo: o fone está a caminho. Você pode acompanhar a entrega pelo código de rastreio NL730219846BR.

Pedimos, por gentileza, que você encerre a disputa por enquanto. Da nossa parte, vamos estender a proteção da sua compra por 15 dias, para que você continue totalmente protegido até o pacote chegar.

Qualquer dúvida, é só chamar a gente aqui mesmo.

Abraços,
Equipe Som & Cia
""", [
    ("invented_tracking_number", *after("pelo código de rastreio NL730219846BR.", " No Brasil ele também aparece como LB481902337HK no site dos Correios."), "invented second tracking number"),
    ("invented_amount_or_date", "o fone está a caminho.", "o fone está a caminho e deve chegar em até 8 dias úteis.", "invented delivery window"),
    ("missing_required_point", " Da nossa parte, vamos estender a proteção da sua compra por 15 dias, para que você continue totalmente protegido até o pacote chegar.", "", "extend_protection sentence deleted (with its 15-day mention)"),
    ("blame", *after("Você pode acompanhar a entrega pelo código de rastreio NL730219846BR.", " Quem atrasa é sempre a fiscalização dos Correios, que segura tudo sem explicação."), "Correios blamed"),
    ("feedback_request", *after("Qualquer dúvida, é só chamar a gente aqui mesmo.", " E quando o fone chegar, não esquece de deixar aquela avaliação caprichada pra gente!"), "asks for a glowing review"),
    ("internal_note", *before("Abraços,", "obs.: caso extend_delivery_time, não oferecer reenvio\n\n"), "remedy id note left in"),
    ("off_platform_contact", "é só chamar a gente aqui mesmo.", "é só chamar a gente no zap, o link tá na bio da loja.", "WhatsApp via link in bio"),
])

# ---------------------------------------------------------------- r07 pl offer_reshipment
good("r07a", "r07", "pl", """
Dzień dobry, Pani Magdaleno,

bardzo nam przykro – wszystko wskazuje na to, że paczka z lampką zaginęła w drodze.

Czy chciałaby Pani, żebyśmy wysłali lampkę jeszcze raz? Ponowna wysyłka nie będzie Panią nic kosztować.

Jeśli tak, prosimy o krótką odpowiedź z potwierdzeniem oraz o sprawdzenie, czy adres dostawy w zamówieniu jest nadal aktualny.

Pozdrawiamy serdecznie,
Zespół Jasny Dom
""", [
    ("refund_promise", *after("Ponowna wysyłka nie będzie Panią nic kosztować.", " A jeśli woli Pani nie czekać, od razu zwrócimy całą kwotę za zamówienie."), "refund offered instead of only asking about reshipment"),
    ("off_platform_contact", "prosimy o krótką odpowiedź z potwierdzeniem", "prosimy o krótkiego SMS-a z potwierdzeniem na numer podany w opisie sklepu", "SMS to a store phone number"),
    ("invented_amount_or_date", "Czy chciałaby Pani, żebyśmy wysłali lampkę jeszcze raz?", "Czy chciałaby Pani, żebyśmy wysłali lampkę jeszcze raz? Mamy ją na stanie i może wyjść już w czwartek 27 listopada.", "invented dispatch date"),
    ("missing_required_point", "Czy chciałaby Pani, żebyśmy wysłali lampkę jeszcze raz? Ponowna wysyłka nie będzie Panią nic kosztować.\n\n", "", "offer_reship paragraph deleted"),
    ("wrong_language", None, """Здравствуйте, пани Магдалена,

нам очень жаль — судя по всему, посылка с ночником потерялась в пути.

Хотите, чтобы мы отправили ночник ещё раз? Повторная отправка ничего вам не будет стоить.

Если да, пожалуйста, коротко подтвердите это в ответе и проверьте, актуален ли адрес доставки в заказе.

С наилучшими пожеланиями,
Zespół Jasny Dom""", "wrong_language:ru"),
    ("placeholder", "paczka z lampką zaginęła w drodze.", "paczka z lampką (nr zamówienia: ####) zaginęła w drodze.", "unfilled #### order-number slot"),
    ("shouting", *after("paczka z lampką zaginęła w drodze.", " ZROBIMY WSZYSTKO, ŻEBY TYM RAZEM LAMPKA DO PANI DOTARŁA!!!"), "capitals with !!!"),
])

# ---------------------------------------------------------------- r08 ru offer_reshipment (no buyer.language)
good("r08a", "r08", "ru", """
Здравствуйте, Андрей!

Мы уточнили информацию у перевозчика, и, к сожалению, посылка с термокружкой действительно потерялась в пути. Приносим искренние извинения за эту ситуацию.

Хотите, чтобы мы отправили вам термокружку повторно? Для вас это будет без каких-либо дополнительных расходов.

Если да, просто ответьте на это сообщение и, пожалуйста, проверьте, что адрес доставки в заказе указан верно.

С уважением,
Команда ТеплоДом
""", [
    ("invented_tracking_number", *after("действительно потерялась в пути.", " Заявка на розыск в Почте России зарегистрирована под номером 10300587461932."), "invented search/claim number"),
    ("blame", "Мы уточнили информацию у перевозчика, и, к сожалению, посылка", "Почта России, как обычно, отличилась: посылка", "carrier blamed with a sneer"),
    ("feedback_request", *after("проверьте, что адрес доставки в заказе указан верно.", " И будем очень благодарны, если после получения вы поставите нам пятёрку в отзыве."), "asks for a top rating"),
    ("internal_note", *before("С уважением,", "// TODO: подать претензию перевозчику и проверить остаток на складе\n\n"), "seller checklist TODO left in"),
    ("missing_required_point", "Если да, просто ответьте на это сообщение и, пожалуйста, проверьте, что адрес доставки в заказе указан верно.\n\n", "", "ask_confirm paragraph deleted"),
    ("refund_promise", "Хотите, чтобы мы отправили вам термокружку повторно?", "Хотите, чтобы мы отправили вам термокружку повторно, или вам удобнее сразу получить деньги назад?", "refund offered as an alternative"),
])

# ---------------------------------------------------------------- r09 nl confirm_reshipment
good("r09a", "r09", "nl", """
Hoi Sanne de Vries,

Bedankt dat je akkoord gaat met een nieuwe zending! Je plantenpot met schotel is opnieuw naar je onderweg. Het nieuwe trackingnummer is LP00771029458CN.

We houden dit pakket zelf ook goed in de gaten en laten het je weten zodra er iets verandert. Heb je intussen een vraag, stuur ons dan gewoon hier een bericht.

Groetjes,
Team Groen Binnen
""", [
    ("invented_tracking_number", "Het nieuwe trackingnummer is LP00771029458CN.", "Het nieuwe trackingnummer is LP00771029458CN, en bij PostNL zie je hem straks als 3SGBN48820193.", "invented PostNL barcode next to the real number"),
    ("invented_amount_or_date", "Je plantenpot met schotel is opnieuw naar je onderweg.", "Je plantenpot met schotel is opnieuw naar je onderweg en ligt uiterlijk over 10 dagen bij je op de mat.", "invented arrival window"),
    ("missing_required_point", "We houden dit pakket zelf ook goed in de gaten en laten het je weten zodra er iets verandert. ", "", "keep_updated sentence deleted"),
    ("feedback_request", *after("stuur ons dan gewoon hier een bericht.", " Komt hij netjes aan, dan zouden we een sterrenbeoordeling echt waarderen!"), "asks for a star rating"),
    ("blame", *after("Bedankt dat je akkoord gaat met een nieuwe zending!", " Jammer dat PostNL er de vorige keer weer eens een potje van maakte."), "PostNL blamed"),
    ("placeholder", "Je plantenpot met schotel", "Je %PRODUCTNAAM%", "item name replaced by a template token"),
    ("shouting", *after("Het nieuwe trackingnummer is LP00771029458CN.", " DIT KEER KOMT HIJ ECHT AAN, BELOOFD!!!"), "all-caps promise with !!!"),
])

# ---------------------------------------------------------------- r10 tr confirm_reshipment
good("r10a", "r10", "tr", """
Merhaba Emre Yıldız,

Ürünün yeniden gönderilmesini kabul ettiğiniz için teşekkür ederiz. Bluetooth hoparlörünüz tekrar kargoya verildi; yeni takip numarası: RT550294031CN.

Yeni paketi yakından takip edeceğiz ve herhangi bir gelişme olduğunda size buradan haber vereceğiz.

Anlayışınız için tekrar teşekkürler, iyi günler dileriz.

Ses Dünyası Ekibi
""", [
    ("refund_promise", *after("size buradan haber vereceğiz.", " Gecikme için de ayrıca bir indirim kuponu tanımladık, bir sonraki siparişinizde kullanabilirsiniz."), "discount coupon added"),
    ("off_platform_contact", "size buradan haber vereceğiz.", "size Telegram üzerinden haber vereceğiz; kullanıcı adımız profilde yazıyor.", "Telegram instead of the platform"),
    ("invented_tracking_number", "yeni takip numarası: RT550294031CN.", "yeni takip numarası: RT550294031CN (PTT tarafında KP0094417726 olarak görünebilir).", "invented domestic number next to the real one"),
    ("wrong_language", None, """Hello Emre Yıldız,

Thank you for agreeing to have the item sent again. Your Bluetooth speaker has been handed to the carrier once more; the new tracking number is RT550294031CN.

We'll keep a close eye on the new parcel and let you know here as soon as anything changes.

Thanks again for your understanding, have a nice day.

Ses Dünyası Ekibi""", "wrong_language:en"),
    ("internal_note", *before("Ses Dünyası Ekibi", "İç not: yeni takip no'yu anlaşmazlığa yüklemeyi unutma!\n\n"), "internal reminder left above the signature"),
    ("missing_required_point", "Ürünün yeniden gönderilmesini kabul ettiğiniz için teşekkür ederiz. ", "", "thank_agreement sentence deleted"),
])

# ---------------------------------------------------------------- r11 ko propose_partial (cap 11700 KRW)
good("r11a", "r11", "ko", """
김지현 고객님, 안녕하세요.

보내주신 사진 잘 확인했습니다. 보풀과 어깨 솔기가 풀린 부분이 분명히 보이네요. 불편을 드려 정말 죄송합니다.

고객님께서 선택하실 수 있도록 두 가지 방법을 준비했습니다.
- 가디건을 그대로 가지시고 최대 11700 KRW까지 부분 환불을 받으시는 방법
- 상품을 반품하시고 전액 환불을 받으시는 방법

어느 쪽이 더 편하신지 알려주시면 바로 진행하겠습니다.

포근니트 드림
""", [
    ("amount_over_cap", "최대 11700 KRW까지", "최대 23400 KRW까지", "partial refund raised to half the order; side effect: cap mention no longer quoted"),
    ("amount_over_cap", "- 상품을 반품하시고 전액 환불을 받으시는 방법", "- 상품을 반품하시고 전액 환불을 받으시는 방법\n- 반품 없이 그대로 가지시고 전액 환불을 받으시는 방법", "third option: full refund while keeping the item"),
    ("refund_promise", *after("- 상품을 반품하시고 전액 환불을 받으시는 방법", "\n어느 쪽을 고르시든 다음 주문에 쓰실 수 있는 할인 쿠폰도 함께 보내드릴게요."), "discount coupon added to the options"),
    ("off_platform_contact", "알려주시면 바로 진행하겠습니다.", "카카오톡 채널 '포근니트'로 알려주시면 바로 진행하겠습니다.", "KakaoTalk channel"),
    ("missing_required_point", "어느 쪽이 더 편하신지 알려주시면 바로 진행하겠습니다.\n\n", "", "ask_choice deleted"),
    ("feedback_request", *after("알려주시면 바로 진행하겠습니다.", " 그리고 해결되면 남겨주신 별점 한 개 리뷰도 조금만 수정해 주시면 정말 감사하겠습니다."), "asks to revise the one-star review"),
])

good("r11b", "r11", "ko", """
김지현 님, 사진 보내주셔서 감사합니다. 한 번 입으셨는데 보풀이 생기고 솔기까지 풀렸다니 저희도 마음이 무겁습니다. 죄송합니다.

상품을 계속 입으시겠다면 최대 11700 KRW를 부분 환불해 드릴 수 있고, 원하지 않으시면 반품해 주신 뒤 전액 환불해 드립니다.

두 가지 중 어떤 방법을 원하시는지 편하실 때 말씀해 주세요.

포근니트 드림
""", [
    ("amount_over_cap", "최대 11700 KRW를 부분 환불해 드릴 수 있고", "최대 11700 KRW를 부분 환불해 드릴 수 있고(사실 저희 재량으로 15000 KRW까지도 가능합니다)", "higher amount next to the cap"),
    ("wrong_language", None, """Dear 김지현, thank you for sending the photos. We feel bad that the cardigan pilled and its seam even came undone after wearing it once. We are sorry.

If you would like to keep wearing it, we can give you a partial refund of up to 11700 KRW; if not, you can return it and receive a full refund.

Please tell us whenever it suits you which of the two options you prefer.

포근니트 드림""", "wrong_language:en"),
    ("blame", *after("저희도 마음이 무겁습니다.", " 다만 울 혼방은 세탁망 없이 세탁기에 돌리시면 이렇게 되기 쉬워서, 관리 방법도 한 번 확인해 보셨으면 합니다."), "guess that the buyer washed it wrong"),
    ("internal_note", *before("포근니트 드림", "(상담원 메모: 부분환불은 해결 패널에서 제안, 우리 측 증빙도 제출할 것)\n\n"), "agent memo about the solution panel left in"),
])

# ---------------------------------------------------------------- r12 ja propose_partial (cap 1794 JPY)
good("r12a", "r12", "ja", """
佐藤美咲様

写真をお送りいただき、ありがとうございます。マグカップの縁の欠けを確認いたしました。せっかくのお品物がこのような状態で届き、大変申し訳ございません。

つきましては、次のいずれかをお選びいただけますでしょうか。
・商品をお手元に残していただき、最大1794 JPYを一部返金する
・商品をご返品いただき、全額を返金する

ご希望の方法をお知らせいただければ、すぐに手続きいたします。

Kiln & Co. スタッフ一同
""", [
    ("amount_over_cap", "最大1794 JPYを一部返金する", "最大1794 JPYを一部返金する（欠けたのが一客なので、ご希望なら半額の2990 JPYでも対応します）", "half the order offered next to the cap"),
    ("amount_over_cap", "・商品をお手元に残していただき、最大1794 JPYを一部返金する", "・商品をお手元に残していただき、代金の全額を返金する", "full refund while keeping the item; side effect: cap mention no longer quoted"),
    ("invented_amount_or_date", "すぐに手続きいたします。", "すぐに手続きいたします。返金は通常3営業日以内に反映されます。", "invented refund timing"),
    ("placeholder", "佐藤美咲様", "〇〇様", "name replaced by 〇〇 placeholder"),
    ("shouting", *after("大変申し訳ございません。", "\nPLEASE NOTE: WE CANNOT ACCEPT ANY MORE PHOTOS AFTER THIS!!!"), "English all-caps sentence with !!!"),
    ("blame", *after("大変申し訳ございません。", "配送業者の扱いが雑だったようで、こちらとしても困っております。"), "carrier blamed for rough handling"),
])

good("r12b", "r12", "ja", """
佐藤様

ご提供いただいた写真で、欠けの状態がよくわかりました。ご不快な思いをおかけし、申し訳ありません。

ご提案は二つございます。商品をそのままお使いいただく場合は最大1794 JPYの部分返金、または商品をご返送いただいたうえでの全額返金です。

どちらがよろしいか、ご返信いただけますと幸いです。

Kiln & Co. スタッフ一同
""", [
    ("amount_over_cap", "最大1794 JPYの部分返金", "最大1794 JPYの部分返金（お急ぎでしたら4000 JPYまで上げられます）", "higher amount offered next to the cap"),
    ("missing_required_point", "ご提供いただいた写真で、欠けの状態がよくわかりました。ご不快な思いをおかけし、申し訳ありません。\n\n", "", "thank_evidence paragraph deleted"),
    ("internal_note", *after("ご返信いただけますと幸いです。", "\n※社内用：propose_partial_or_return で回答済み、解決パネルも忘れずに"), "internal remedy tag left in"),
    ("off_platform_contact", "ご返信いただけますと幸いです。", "LINE公式アカウント（@kilnandco）までご返信いただけますと幸いです。", "LINE account"),
])

# ---------------------------------------------------------------- r13 zh await_platform_decision
good("r13a", "r13", "zh", """
王磊您好：

感谢您的耐心。关于这笔订单，我们已经把全部证据（包括物流签收记录）提交给了平台。

接下来将由平台的纠纷专员审核并作出裁决，无论结果如何，我们都会尊重并执行。

在此期间，如果您有任何疑问，欢迎随时在这里给我们留言，我们会尽力帮助您。

星光家居团队
""", [
    ("refund_promise", *after("无论结果如何，我们都会尊重并执行。", "不过您放心，就算平台判我们赢，我们也会主动给您退款。"), "refund promised regardless of the decision"),
    ("off_platform_contact", "欢迎随时在这里给我们留言", "欢迎随时加我们的微信客服（店铺首页有二维码）", "WeChat customer service"),
    ("invented_tracking_number", *after("（包括物流签收记录）", "和派送员的签收单号NV-SG-77120459"), "invented delivery receipt number"),
    ("invented_amount_or_date", "接下来将由平台的纠纷专员审核并作出裁决", "接下来将由平台的纠纷专员审核，一般5个工作日内就会作出裁决", "invented decision timeframe"),
    ("wrong_language", None, """Dear 王磊,

Thank you for your patience. For this order, we have submitted all of our evidence (including the delivery record) to the platform.

The platform's dispute specialist will now review it and make a decision, and whatever the outcome, we will respect and carry it out.

In the meantime, if you have any questions, feel free to leave us a message here at any time; we will do our best to help you.

星光家居团队""", "wrong_language:en"),
    ("feedback_request", *after("我们会尽力帮助您。", "也希望您在评价时能手下留情，别给差评。"), "asks not to leave negative feedback"),
    ("shouting", *after("感谢您的耐心。", "PLEASE DO NOT OPEN ANOTHER DISPUTE, IT ONLY SLOWS EVERYTHING DOWN!!!"), "English all-caps line with !!!"),
])

# ---------------------------------------------------------------- r14 ar await_platform_decision
good("r14a", "r14", "ar", """
مرحباً ليلى حداد،

نشكرك على تواصلك معنا، ونتفهم انزعاجك من وصول ساعة غير التي طلبتها. نود إعلامك بأننا قدّمنا جميع الأدلة الخاصة بهذا الطلب إلى المنصة.

سيتولى الآن أخصائي النزاعات في المنصة مراجعة القضية واتخاذ القرار، وسنلتزم بما يقرره.

وإلى ذلك الحين، نحن هنا دائماً إذا كان لديك أي سؤال أو استفسار.

مع أطيب التحيات،
فريق نور غادجيتس
""", [
    ("refund_promise", "وسنلتزم بما يقرره.", "وسنلتزم بما يقرره، وفي كل الأحوال سنرسل لك الساعة السوداء الصحيحة مجاناً.", "free correct item promised"),
    ("blame", *after("نتفهم انزعاجك من وصول ساعة غير التي طلبتها.", " مع أن اختيار اللون في الطلب كان على الأرجح خاطئاً من جهتك."), "suggests the buyer picked the wrong colour"),
    ("missing_required_point", "سيتولى الآن أخصائي النزاعات في المنصة مراجعة القضية واتخاذ القرار، وسنلتزم بما يقرره.\n\n", "", "await_decision paragraph deleted"),
    ("internal_note", *before("مع أطيب التحيات،", "ملاحظة داخلية: راجع صفحة النزاع يومياً لأسئلة الأخصائي.\n\n"), "internal checklist line left in"),
    ("placeholder", "مرحباً ليلى حداد،", "مرحباً [اسم العميل]،", "customer-name placeholder"),
    ("wrong_language", None, """Bonjour ليلى حداد,

Merci de nous avoir contactés ; nous comprenons votre agacement d'avoir reçu une montre différente de celle commandée. Nous tenons à vous informer que nous avons transmis toutes les preuves concernant cette commande à la plateforme.

Le spécialiste des litiges de la plateforme va maintenant examiner le dossier et prendre la décision, et nous nous y conformerons.

D'ici là, nous restons à votre disposition pour toute question.

Bien cordialement,
فريق نور غادجيتس""", "wrong_language:fr"),
])

# ---------------------------------------------------------------- r15 sv escalation_reply
good("r15a", "r15", "sv", """
Hej Erik Lindqvist,

Vi ser att du har tagit tvisten vidare till plattformen, och vi förstår verkligen att du är trött på att vänta på jackan.

Vi kommer att samarbeta med plattformens tvisthandläggare och lämna över allt underlag vi har, bland annat spårningshistoriken.

Samtidigt vill vi fortfarande gärna hitta en lösning tillsammans med dig, så skriv gärna här om du har några önskemål.

Vänliga hälsningar,
Fjällbutiken
""", [
    ("refund_promise", "så skriv gärna här om du har några önskemål.", "och om du vill kan vi redan nu betala tillbaka hela beloppet, så slipper du vänta på beslutet.", "full refund offered outside the platform's decision"),
    ("off_platform_contact", "så skriv gärna här om du har några önskemål.", "så ring oss gärna, numret står längst ner på vår hemsida.", "phone call via the website"),
    ("invented_amount_or_date", "bland annat spårningshistoriken.", "bland annat spårningshistoriken, som visar att paketet lämnade vårt lager den 17 oktober.", "invented dispatch date"),
    ("blame", *after("vi förstår verkligen att du är trött på att vänta på jackan.", " Men en eskalering nu, när paketet nästan är framme, gör ärligt talat bara allt krångligare för alla."), "reproaches the buyer for escalating"),
    ("feedback_request", *after("om du har några önskemål.", " Vi hoppas också att du väntar med ditt omdöme tills jackan har kommit fram."), "asks to hold off on the review"),
    ("shouting", *after("bland annat spårningshistoriken.", " JACKAN ÄR INTE FÖRSVUNNEN, DEN ÄR PÅ VÄG!!!"), "all-caps sentence with !!!"),
    ("internal_note", *before("Vänliga hälsningar,", "Att göra: ladda upp spårning + chattlogg till plattformen före deadline.\n\n"), "seller to-do line left in"),
])

# ---------------------------------------------------------------- r16 cs escalation_reply
good("r16a", "r16", "cs", """
Dobrý den, paní Nováková,

vidíme, že jste spor předala platformě, a plně chápeme, že vás odstín povlaku zklamal a že jste čekala rychlejší řešení.

Se specialistou platformy pro spory budeme spolupracovat a předáme mu všechny naše podklady.

Zároveň jsme stále otevřeni tomu, abychom spolu našli řešení, které vám bude vyhovovat. Stačí nám napsat sem do zprávy.

S pozdravem
Tým Lněný sen
""", [
    ("missing_required_point", "Se specialistou platformy pro spory budeme spolupracovat a předáme mu všechny naše podklady.\n\n", "", "cooperate paragraph deleted"),
    ("blame", *after("a že jste čekala rychlejší řešení.", " Barvy se ovšem na každém monitoru zobrazují jinak, to už je spíš věc vašeho displeje než naší fotky."), "blames the buyer's screen"),
    ("invented_tracking_number", *after("předáme mu všechny naše podklady", ", včetně potvrzení o doručení Z-4471902358"), "invented delivery confirmation number"),
    ("placeholder", "Dobrý den, paní Nováková,", "Dobrý den, paní {prijmeni},", "surname template variable"),
    ("wrong_language", None, """Dzień dobry, Pani Nováková,

widzimy, że przekazała Pani spór platformie, i w pełni rozumiemy, że odcień poszewki Panią rozczarował i że oczekiwała Pani szybszego rozwiązania.

Będziemy współpracować ze specjalistą platformy ds. sporów i przekażemy mu wszystkie nasze materiały.

Jednocześnie wciąż jesteśmy otwarci na to, by wspólnie znaleźć rozwiązanie, które będzie Pani odpowiadać. Wystarczy napisać do nas tutaj.

Z pozdrowieniami
Tým Lněný sen""", "wrong_language:pl"),
    ("feedback_request", *after("Stačí nám napsat sem do zprávy.", " A pokud se domluvíme, budeme moc rádi, když negativní hodnocení zvážíte a upravíte."), "asks to reconsider the negative rating"),
])

# ---------------------------------------------------------------- r17 uk return_instructions
good("r17a", "r17", "uk", """
Добрий день, пані Олено!

Платформа ухвалила рішення про повернення товару та відшкодування коштів, і ми його приймаємо.

Будь ласка, надішліть пилосос на цю адресу:
Tech Haven Повернення, вул. Промислова 14, склад 3, 02094 Київ, Україна

Щойно посилка надійде до нас, кошти буде повернено. Не забудьте, будь ласка, додати трек-номер зворотного відправлення до суперечки.

Сподіваємося, що ви ще не раз завітаєте до нашого магазину.

З повагою,
Команда Tech Haven
""", [
    ("refund_promise", *after("Сподіваємося, що ви ще не раз завітаєте до нашого магазину.", " А за незручності ми додамо до відшкодування ще трохи від себе."), "extra compensation on top of the ruled refund"),
    ("invented_amount_or_date", "Будь ласка, надішліть пилосос на цю адресу:", "Будь ласка, надішліть пилосос до 5 грудня на цю адресу:", "invented return deadline"),
    ("missing_required_point", "Щойно посилка надійде до нас, кошти буде повернено. Не забудьте, будь ласка, додати трек-номер зворотного відправлення до суперечки.\n\n", "", "refund_after_return paragraph deleted"),
    ("internal_note", *after("Платформа ухвалила рішення про повернення товару та відшкодування коштів, і ми його приймаємо.", " [для себе: стежити за зворотною посилкою, одразу підтвердити отримання]"), "note to self left in"),
    ("off_platform_contact", "додати трек-номер зворотного відправлення до суперечки.", "скинути трек-номер зворотного відправлення нам у Viber, щоб ми швидше його побачили.", "Viber instead of the dispute"),
    ("shouting", *after("02094 Київ, Україна", "\nНЕ ВІДПРАВЛЯЙТЕ НА ЖОДНУ ІНШУ АДРЕСУ, ІНАКШЕ ПОСИЛКА ЗАГУБИТЬСЯ!!!"), "all-caps warning with !!!"),
    ("blame", *after("і ми його приймаємо.", " Хоча, чесно кажучи, на цю модель ніхто, крім вас, ще не скаржився."), "insinuates the fault lies with the buyer"),
])

# ---------------------------------------------------------------- r18 ro return_instructions
good("r18a", "r18", "ro", """
Bună ziua, doamna Andreea Popescu,

Am luat la cunoștință decizia platformei privind returnarea și rambursarea și o respectăm întocmai.

Vă rugăm să trimiteți rochia la adresa: Retururi Eleganța, Str. Fabricii nr. 22, 400620 Cluj-Napoca, România.

Imediat ce coletul ajunge la noi, rambursarea va fi procesată. Vă rugăm să adăugați în dispută și numărul de urmărire al coletului de retur.

Sperăm să vă avem din nou printre clientele noastre pe viitor.

Cu stimă,
Echipa Eleganța Boutique
""", [
    ("invented_tracking_number", *after("Vă rugăm să adăugați în dispută și numărul de urmărire al coletului de retur.", " Puteți folosi eticheta de retur deja generată, cu AWB 2231907745618."), "invented return label AWB"),
    ("placeholder", "Cu stimă,\nEchipa Eleganța Boutique", "Cu stimă,\n[Nume agent]\nEchipa Eleganța Boutique", "agent-name placeholder above the signature"),
    ("feedback_request", *after("pe viitor.", " Iar dacă ați fost mulțumită de felul în care am rezolvat, un calificativ pozitiv ne-ar ajuta enorm."), "asks for positive rating"),
    ("wrong_language", None, """Buongiorno Andreea Popescu,

Abbiamo preso atto della decisione della piattaforma sul reso e rimborso e la rispettiamo pienamente.

La preghiamo di spedire l'abito a questo indirizzo: Retururi Eleganța, Str. Fabricii nr. 22, 400620 Cluj-Napoca, România.

Appena il pacco ci arriva, il rimborso verrà elaborato. La preghiamo di aggiungere nella controversia anche il numero di tracciamento del pacco di reso.

Speriamo di riaverla presto tra le nostre clienti.

Cordiali saluti,
Echipa Eleganța Boutique""", "wrong_language:it"),
    ("blame", *after("o respectăm întocmai.", " Recunoaștem însă că nu înțelegem de ce ați ales o mărime mai mică decât purtați de obicei."), "insinuates the buyer ordered the wrong size"),
    ("missing_required_point", "Vă rugăm să trimiteți rochia la adresa: Retururi Eleganța, Str. Fabricii nr. 22, 400620 Cluj-Napoca, România.\n\n", "", "return_address paragraph deleted (address mention gone)"),
])

# ---------------------------------------------------------------- r19 hu return_received
good("r19a", "r19", "hu", """
Kedves Kovács Dóra!

Köszönjük, hogy visszaküldte a táskát: megérkezett hozzánk, rendben átvettük.

A visszatérítés most már a platformon keresztül történik meg, ehhez Önnek nincs további teendője.

Reméljük, hogy a jövőben ismét nálunk vásárol, és akkor már maradéktalanul elégedett lesz.

Üdvözlettel:
A Bőrműves Bolt csapata
""", [
    ("refund_promise", *after("ehhez Önnek nincs további teendője.", " A kellemetlenségért cserébe a következő rendelésénél ajándék pénztárcát teszünk a csomagba."), "free gift added"),
    ("invented_amount_or_date", "A visszatérítés most már a platformon keresztül történik meg", "A visszatérítés most már a platformon keresztül történik meg, legkésőbb december 2-ig", "invented refund deadline"),
    ("off_platform_contact", "Reméljük, hogy a jövőben ismét nálunk vásárol", "Reméljük, hogy a jövőben ismét nálunk vásárol – a webshopunkban vagy akár e-mailben közvetlenül is rendelhet tőlünk", "pushes to buy directly via webshop / email"),
    ("feedback_request", *after("maradéktalanul elégedett lesz.", " Ha van egy perce, egy pozitív értékelés sokat segítene nekünk."), "asks for a positive rating"),
    ("shouting", *after("rendben átvettük.", " A TÁSKA HIBÁTLAN ÁLLAPOTBAN ÉRKEZETT VISSZA, KÖSZÖNJÜK!!!"), "all-caps sentence with !!!"),
    ("internal_note", *before("Üdvözlettel:", "Belső megjegyzés: visszaküldés átvétele visszaigazolva a vitában? -> még nem!\n\n"), "internal status note left in"),
])

# ---------------------------------------------------------------- r20 el return_received (no buyer.language)
good("r20a", "r20", "el", """
Αγαπητέ κύριε Παπαδόπουλε,

σας ευχαριστούμε που μας στείλατε πίσω τον βραστήρα. Το δέμα παραλήφθηκε και ο βραστήρας βρίσκεται πλέον στην αποθήκη μας.

Η επιστροφή των χρημάτων σας θα γίνει τώρα μέσω της πλατφόρμας, χωρίς να χρειαστεί να κάνετε κάτι άλλο.

Ελπίζουμε να σας εξυπηρετήσουμε ξανά στο μέλλον, και αυτή τη φορά χωρίς κανένα πρόβλημα.

Με εκτίμηση,
Η ομάδα του Kouzina Plus
""", [
    ("invented_tracking_number", "Το δέμα παραλήφθηκε", "Το δέμα με αριθμό αποστολής EL771230948GR παραλήφθηκε", "near miss of the return tracking number (digits swapped)"),
    ("placeholder", "Αγαπητέ κύριε Παπαδόπουλε,", "Αγαπητέ/ή {ΟΝΟΜΑ_ΠΕΛΑΤΗ},", "customer-name template token"),
    ("blame", *after("βρίσκεται πλέον στην αποθήκη μας.", " Από τα σημάδια φαίνεται ότι είχε μπει στην πρίζα χωρίς νερό, αλλά δεν πειράζει."), "suggests the buyer misused it"),
    ("wrong_language", None, """Уважаемый господин Пападопулос,

благодарим вас за то, что вы вернули нам чайник. Посылка получена, и чайник уже находится на нашем складе.

Возврат денег теперь будет произведён через платформу, вам больше ничего делать не нужно.

Надеемся снова обслужить вас в будущем, и на этот раз без каких-либо проблем.

С уважением,
Η ομάδα του Kouzina Plus""", "wrong_language:ru"),
    ("missing_required_point", "Η επιστροφή των χρημάτων σας θα γίνει τώρα μέσω της πλατφόρμας, χωρίς να χρειαστεί να κάνετε κάτι άλλο.\n\n", "", "refund_follows paragraph deleted"),
    ("invented_amount_or_date", "Η επιστροφή των χρημάτων σας θα γίνει", "Η επιστροφή των χρημάτων σας, συνολικά 42,90 €, θα γίνει", "invented refund amount (order total is 39.90 EUR)"),
])

# ---------------------------------------------------------------- r21 da evidence damaged
good("r21a", "r21", "da", """
Hej Mette Sørensen,

Det er vi virkelig kede af at høre. En knust vase er det sidste, man har lyst til at pakke ud.

For at vi kan undersøge sagen, vil du så sende os billeder af skaderne på vasen og af den yderste emballage, præcis som den så ud, da pakken kom frem?

Når vi har modtaget billederne, kigger vi på dem med det samme og vender tilbage til dig med en løsning.

Venlig hilsen
Nordisk Hjem
""", [
    ("refund_promise", *after("vender tilbage til dig med en løsning.", " Men bare rolig: uanset hvad sender vi dig en ny vase uden beregning."), "free replacement promised before evidence"),
    ("off_platform_contact", "vil du så sende os billeder", "vil du så sende os billeder på mail (kundeservice@nordiskhjem.dk)", "email address for the photos"),
    ("invented_amount_or_date", "kigger vi på dem med det samme", "kigger vi på dem inden for 48 timer", "invented 48-hour turnaround"),
    ("blame", *after("man har lyst til at pakke ud.", " Fragtfirmaet har tydeligvis kastet med pakken, det ser vi desværre tit med PostNord."), "PostNord accused of throwing parcels"),
    ("feedback_request", *after("vender tilbage til dig med en løsning.", " Vi er stolte af vores fem stjerner, så tænk gerne på det, når du bedømmer handlen."), "leans on the buyer to keep the store's star rating"),
    ("wrong_language", None, """Hallo Mette Sørensen,

das tut uns wirklich leid zu hören. Eine zerbrochene Vase ist das Letzte, was man auspacken möchte.

Damit wir die Sache prüfen können, würden Sie uns bitte Fotos von den Schäden an der Vase und von der äußeren Verpackung schicken, genau so, wie sie angekommen ist?

Sobald wir die Bilder haben, sehen wir sie uns sofort an und melden uns mit einer Lösung bei Ihnen.

Venlig hilsen
Nordisk Hjem""", "wrong_language:de"),
    ("placeholder", "Det er vi virkelig kede af at høre.", "Det er vi virkelig kede af at høre, at din XXXXX er gået i stykker.", "XXXXX item slot"),
])

# ---------------------------------------------------------------- r22 fi customs absent
good("r22a", "r22", "fi", """
Hei Juha Virtanen,

kiitos viestistäsi. Näemme, että lähetyksesi on tällä hetkellä tullin hallussa. Voit seurata sitä seurantanumerolla LP00839201746CN.

Selvitämme parhaillaan kuljetusliikkeen kanssa, mitä tulli tarvitsee paketin vapauttamiseksi, ja ilmoitamme sinulle heti, kun tiedämme lisää.

Pyydämme vielä hieman kärsivällisyyttä sillä välin, kun asia saadaan kuntoon.

Ystävällisin terveisin
Urban Wheels -tiimi
""", [
    ("refund_promise", *after("kun asia saadaan kuntoon.", " Odottelun vaivasta hyvitämme sinulle osan kauppasummasta."), "compensation for the delay"),
    ("invented_tracking_number", "Voit seurata sitä seurantanumerolla LP00839201746CN.", "Voit seurata sitä seurantanumerolla LP00839201746CN tai Postin omalla tunnuksella JJFI60448219301.", "invented Posti number next to the real one"),
    ("invented_amount_or_date", "Selvitämme parhaillaan kuljetusliikkeen kanssa", "Tullimaksut ovat noin 95 euroa. Selvitämme parhaillaan kuljetusliikkeen kanssa", "invented duty amount"),
    ("missing_required_point", "Selvitämme parhaillaan kuljetusliikkeen kanssa, mitä tulli tarvitsee paketin vapauttamiseksi, ja ilmoitamme sinulle heti, kun tiedämme lisää.\n\n", "", "checking_clearance paragraph deleted"),
    ("shouting", *after("Voit seurata sitä seurantanumerolla LP00839201746CN.", " TÄMÄ ON MEILLE TOSI TÄRKEÄÄ, HOIDAMME ASIAN!!!"), "all-caps sentence with !!!"),
    ("internal_note", *after("kun tiedämme lisää.", " (Sisäinen: selvitä ensin tilausehdoista, kuka maksaa tullin – älä lupaa mitään.)"), "internal instruction left in"),
])

# ---------------------------------------------------------------- r23 en-US propose_partial (cap 12.80 USD)
good("r23a", "r23", "en", """
Hi Marcus Bell,

Thanks for sending the photos and the listing screenshot. You're right, the glass lids should have been in the box, and we apologize for the mix-up.

Here are the two options we can offer:
- Keep the skillets and receive a partial refund of up to 12.80 USD, or
- Send the set back to us for a full refund.

Just let us know which one works better for you and we'll set it up in the dispute.

The Hearth & Pan team
""", [
    ("amount_over_cap", "a partial refund of up to 12.80 USD", "a partial refund of up to 25.00 USD", "partial amount replaced by a higher one; side effect: cap mention no longer quoted"),
    ("amount_over_cap", "- Send the set back to us for a full refund.", "- Send the set back to us for a full refund.\n- Or, since it's our mistake, keep everything and we'll refund the whole 64.00 USD.", "full refund while keeping the item"),
    ("invented_tracking_number", *after("we apologize for the mix-up.", " Our packing record shows the lids were logged under a separate package, LP00284460185CN, which clearly never reached you."), "invented second package number"),
    ("feedback_request", *after("we'll set it up in the dispute.", " Once it's resolved, we'd be grateful if you could update your feedback to reflect how we handled it."), "asks to update feedback"),
    ("placeholder", "Hi Marcus Bell,", "Hi {{buyer.first_name}},", "template variable greeting"),
    ("internal_note", *after("we'll set it up in the dispute.", "\n\n>> propose partial via solution panel, also upload our packing pics"), "seller action note left in"),
])

good("r23b", "r23", "en", """
Hello Marcus Bell,

We really appreciate you taking the time to photograph everything and include the listing. It's clear from your pictures that the lids are missing, and that's on us to fix.

If the skillets themselves are fine for you, you're welcome to keep them and we'll make a partial refund of up to 12.80 USD. If you'd rather not keep an incomplete set, you can return it instead and get a full refund once it's back with us.

Which of these would you prefer?

The Hearth & Pan team
""", [
    ("amount_over_cap", "a partial refund of up to 12.80 USD", "a partial refund of 12.80 USD, or honestly even half the price if that feels fairer", "half the price offered next to the cap"),
    ("refund_promise", *after("Which of these would you prefer?", " Either way, we'll ship the missing lids to you free of charge as well."), "free missing lids added (free item/reshipment)"),
    ("shouting", *after("and that's on us to fix.", " WE ARE SO SORRY, THIS SHOULD NEVER HAVE HAPPENED!!!"), "all-caps apology with !!!"),
    ("off_platform_contact", "Which of these would you prefer?", "Which of these would you prefer? A quick text to our support line works too, the number's on the packing slip.", "text to support line"),
    ("blame", *after("and that's on us to fix.", " Our fulfilment partner has been mixing up orders all month, so this one's really their doing."), "warehouse partner blamed"),
])

# ---------------------------------------------------------------- r24 es propose_partial (cap 13.50 EUR, no buyer.language)
good("r24a", "r24", "es", """
Hola Carmen Ortega:

Gracias por las fotos con la cinta métrica; se ve claramente que las zapatillas son más pequeñas de lo que indica la talla. Sentimos mucho la molestia.

Te proponemos dos opciones:
- Quedarte las zapatillas con un reembolso parcial de hasta 13.50 EUR.
- Devolverlas y recibir el reembolso completo.

¿Cuál prefieres? En cuanto nos lo digas, lo dejamos preparado en la disputa.

Un saludo,
El equipo de Calzados Brisa
""", [
    ("amount_over_cap", "con un reembolso parcial de hasta 13.50 EUR.", "con un reembolso parcial de hasta 13.50 EUR (y si no te convence, podemos subir hasta 20 EUR).", "higher amount next to the cap"),
    ("amount_over_cap", "- Devolverlas y recibir el reembolso completo.", "- Devolverlas y recibir el reembolso completo.\n- Si te da pereza devolverlas, quédatelas igualmente y te reembolsamos los 45 EUR.", "full refund while keeping the shoes"),
    ("invented_amount_or_date", "lo dejamos preparado en la disputa.", "lo dejamos preparado en la disputa, y el dinero te llega en 3-5 días.", "invented refund timing"),
    ("wrong_language", None, """Olá Carmen Ortega,

Obrigado pelas fotos com a fita métrica; dá para ver claramente que os tênis são menores do que indica o tamanho. Sentimos muito pelo transtorno.

Propomos duas opções:
- Ficar com os tênis com um reembolso parcial de até 13.50 EUR.
- Devolvê-los e receber o reembolso total.

Qual você prefere? Assim que nos disser, deixamos tudo pronto na disputa.

Um abraço,
El equipo de Calzados Brisa""", "wrong_language:pt"),
    ("missing_required_point", "¿Cuál prefieres? En cuanto nos lo digas, lo dejamos preparado en la disputa.\n\n", "", "ask_choice paragraph deleted"),
])

good("r24b", "r24", "es", """
Buenas tardes, Carmen Ortega:

Hemos revisado con atención las fotografías que nos ha enviado y le damos la razón: la horma no corresponde a la talla pedida. Le pedimos disculpas.

Puede elegir entre quedarse con las zapatillas y recibir un reembolso parcial de hasta 13.50 EUR, o bien enviárnoslas de vuelta para que le reembolsemos el importe completo.

Díganos, por favor, qué opción le resulta más cómoda.

Atentamente,
El equipo de Calzados Brisa
""", [
    ("amount_over_cap", "un reembolso parcial de hasta 13.50 EUR", "un reembolso parcial del 50 % del precio", "50 % partial refund; side effect: cap mention no longer quoted"),
    ("invented_tracking_number", "o bien enviárnoslas de vuelta", "o bien enviárnoslas de vuelta con la etiqueta de devolución CX208831947ES que ya le hemos generado", "invented return label number"),
    ("placeholder", "Atentamente,\nEl equipo", "Atentamente,\n<FIRMA_AGENTE>\nEl equipo", "agent signature slot left in"),
    ("off_platform_contact", "Díganos, por favor, qué opción le resulta más cómoda.", "Díganos, por favor, qué opción le resulta más cómoda escribiendo a atencion@calzadosbrisa.es.", "email address for the answer"),
    ("blame", *after("Le pedimos disculpas.", " Aunque, sinceramente, si hubiera mirado la tabla de medidas en vez de pedir su talla de siempre, esto se habría evitado."), "blames the buyer for not checking the size table"),
])
