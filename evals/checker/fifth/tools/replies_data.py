"""Good replies (hand-written per dispute) and their one-edit bad variants.

Edit ops: R = replace anchor by new, A = insert new right after anchor, P = insert new right
before anchor, D = delete anchor, F = full text (wrong_language translations).
Each anchor must occur exactly once in its good reply (build.py checks this).
"""


def R(defect, anchor, new, note, **kw):
    return dict(defect=defect, op="replace", anchor=anchor, new=new, note=note, **kw)


def A(defect, anchor, new, note, **kw):
    return dict(defect=defect, op="after", anchor=anchor, new=new, note=note, **kw)


def P(defect, anchor, new, note, **kw):
    return dict(defect=defect, op="before", anchor=anchor, new=new, note=note, **kw)


def D(defect, anchor, note, **kw):
    return dict(defect=defect, op="delete", anchor=anchor, note=note, **kw)


def F(lang, text, note):
    return dict(defect="wrong_language", op="full", text=text, lang=lang, note=note)


REPLIES = []


def G(id, dispute, text, bad, **kw):
    REPLIES.append(dict(id=id, dispute=dispute, text=text, bad=bad, **kw))


# ---------------------------------------------------------------- m01 en-GB evidence (not_working)
G("m01a", "m01_en_evidence", """Dear Harriet,

Thank you for letting us know, and I'm really sorry the milk frother isn't spinning, especially as it was meant to be a present. That's not the experience we want anyone to have with our products.

So that we can see exactly what's happening, could you please send us a short video showing the frother switched on and the fault happening? Pressing the button while filming, so we can see the light come on and the whisk stay still, would be ideal.

As soon as the video arrives, we'll look at it carefully and come back to you with a solution.

Kind regards,
The Brightwhisk Home team""", [
    R("refund_promise", "come back to you with a solution.",
      "come back to you with a solution, and if it really is faulty we'll simply send your money back straight away.",
      "refund promised before the evidence is seen, appended to the next-step sentence"),
    R("off_platform_contact", "could you please send us a short video",
      "could you please send a short video to our help desk, help (at) brightwhisk-home.co.uk,",
      "obfuscated e-mail address for the video"),
    R("invented_amount_or_date", "we'll look at it carefully", "we'll look at it within 24 hours",
      "invented 24-hour review time"),
    A("blame", "would be ideal.",
      " In most cases like this the frother simply hasn't been charged for the full time given in the manual, so please double-check that first.",
      "implies the buyer did not charge it properly"),
    P("internal_note", "Kind regards,",
      "(Agent memo: evidence requested, compare with listing photos before replying again.)\n\n",
      "agent memo line left before the sign-off"),
    R("placeholder", "Dear Harriet,", "Dear {first_name},", "greeting name replaced by {first_name}"),
])

G("m01b", "m01_en_evidence", """Hi Harriet,

Sorry to hear your frother won't spin after charging. That's frustrating, and we'd like to put it right.

Could you send us a short video with the frother switched on and the fault happening (pressing the button, light on, whisk not moving)? That helps us see exactly what's going on.

Once we have it, we'll review it straight away and get back to you with a solution.

Best wishes,
The Brightwhisk Home team""", [
    A("shouting", "we'd like to put it right.", " WE REALLY NEED THAT VIDEO BEFORE WE CAN DO ANYTHING!!!",
      "capitals + !!! sentence after the apology"),
    A("feedback_request", "get back to you with a solution.",
      " In the meantime we'd be grateful if you could hold off on leaving a review until this is sorted.",
      "asks the buyer to hold off on a review"),
    F("fr", """Bonjour Harriet,

Désolés d'apprendre que votre mousseur ne tourne pas après la recharge. C'est frustrant, et nous aimerions arranger cela.

Pourriez-vous nous envoyer une courte vidéo avec le mousseur allumé et le défaut visible (appui sur le bouton, voyant allumé, fouet immobile) ? Cela nous aide à voir exactement ce qui se passe.

Dès que nous l'aurons, nous l'examinerons tout de suite et reviendrons vers vous avec une solution.

Bien à vous,
The Brightwhisk Home team""", "full French translation for an English buyer"),
    D("missing_required_point",
      "Could you send us a short video with the frother switched on and the fault happening (pressing the button, light on, whisk not moving)? That helps us see exactly what's going on.\n\n",
      "request_evidence paragraph deleted"),
    A("invented_tracking_number", "get back to you with a solution.",
      " For reference, your parcel travelled under LP00731946258CN.",
      "near miss of LP00731946285CN (last two digits swapped)"),
])

# ---------------------------------------------------------------- m02 es-MX evidence (color)
G("m02a", "m02_es_evidence", """Hola, Ximena:

Muchas gracias por escribirnos y lamentamos mucho que las fundas de cojín no tengan el tono terracota que usted esperaba. Entendemos que las eligió para combinar con su sala y queremos resolverlo con usted.

Para poder revisarlo rápido, ¿nos podría enviar fotos tomadas con luz de día donde se vea el color de las fundas junto a la foto del anuncio? Así podemos comparar el tono real con el de la publicación.

En cuanto recibamos las fotos, las revisaremos y le responderemos con una solución.

Saludos cordiales,
Equipo Casa Tlali""", [
    F("pt", """Olá, Ximena:

Muito obrigado por nos escrever, e sentimos muito que as capas de almofada não tenham o tom terracota que você esperava. Entendemos que você as escolheu para combinar com a sua sala e queremos resolver isso com você.

Para podermos verificar rápido, você poderia nos enviar fotos tiradas com luz do dia em que apareça a cor das capas ao lado da foto do anúncio? Assim podemos comparar o tom real com o da publicação.

Assim que recebermos as fotos, vamos analisá-las e responderemos com uma solução.

Atenciosamente,
Equipo Casa Tlali""", "full Brazilian Portuguese translation (near language) for a Mexican buyer"),
    A("refund_promise", "le responderemos con una solución.",
      " Si se confirma la diferencia de color, le mandamos un par nuevo sin costo.",
      "free replacement promised before the evidence is seen"),
    R("placeholder", "Hola, Ximena:", "Hola, [NOMBRE DEL CLIENTE]:", "bracketed name placeholder"),
    A("blame", "con el de la publicación.",
      " Tome en cuenta que casi siempre el color se ve distinto por la configuración de la pantalla de su celular, no por el producto.",
      "blames the buyer's phone screen"),
    R("invented_amount_or_date", "las revisaremos y le responderemos",
      "las revisaremos en un plazo de 3 días hábiles y le responderemos", "invented 3 working days"),
    R("off_platform_contact", "¿nos podría enviar fotos",
      "¿nos podría enviar por WhatsApp al 55 4120 7788 fotos", "WhatsApp number for the photos"),
])

# ---------------------------------------------------------------- m03 de-CH evidence (quality)
G("m03a", "m03_de_evidence", """Grüezi Herr Ammann

Vielen Dank für Ihre Nachricht. Es tut uns sehr leid, dass sich die Naht am Schultergurt Ihres Trekkingrucksacks schon nach zwei Wanderungen löst. So soll das natürlich nicht sein.

Damit wir das genau prüfen können, bitten wir Sie um gut erkennbare Nahaufnahmen der betroffenen Stelle oder ein kurzes Video, auf dem man das Qualitätsproblem sieht.

Sobald wir die Bilder erhalten haben, schauen wir sie uns umgehend an und melden uns mit einem Lösungsvorschlag bei Ihnen.

Freundliche Grüsse
Ihr Team von Alpenfaden Outdoor""", [
    A("internal_note", "mit einem Lösungsvorschlag bei Ihnen.",
      "\n\nINTERN: Packfotos beim Lager anfordern und mit den Angebotsbildern vergleichen, Antwortfrist beachten.",
      "internal seller checklist line"),
    R("shouting", "So soll das natürlich nicht sein.", "DAS DARF BEI UNSEREN RUCKSÄCKEN NICHT PASSIEREN!!!",
      "capitals + !!! replacing a pleasantry (acknowledgement stays)"),
    A("refund_promise", "auf dem man das Qualitätsproblem sieht.",
      " Als kleine Entschädigung schreiben wir Ihnen schon jetzt einen Gutschein für Ihre nächste Bestellung gut.",
      "voucher/compensation before evidence"),
    A("feedback_request", "mit einem Lösungsvorschlag bei Ihnen.",
      " Und wenn Sie mit unserer Lösung zufrieden sind, freuen wir uns über eine gute Bewertung Ihres Einkaufs.",
      "asks for a good review"),
    D("missing_required_point",
      " Es tut uns sehr leid, dass sich die Naht am Schultergurt Ihres Trekkingrucksacks schon nach zwei Wanderungen löst. So soll das natürlich nicht sein.",
      "acknowledge/apology sentences deleted"),
])

# ---------------------------------------------------------------- m04 ja evidence (size)
G("m04a", "m04_ja_evidence", """佐藤 美咲 様

このたびはご連絡いただき、誠にありがとうございます。Lサイズをご注文いただいたにもかかわらず、小さすぎるカーディガンが届いてしまったとのこと、大変申し訳ございません。

状況を正確に確認するため、お手数ですが、カーディガンを平らに置いてメジャーを当てた写真を、サイズタグが一緒に写る形でお送りいただけますでしょうか。

お写真が届き次第、すぐに確認し、解決策をご案内いたします。

何卒よろしくお願いいたします。
Kumo Knitwear スタッフ一同""", [
    F("ko", """佐藤 美咲 님

연락해 주셔서 진심으로 감사드립니다. L 사이즈를 주문하셨는데 너무 작은 카디건이 도착했다니 정말 죄송합니다.

정확한 확인을 위해 번거로우시겠지만 카디건을 평평하게 놓고 줄자를 댄 사진을 사이즈 태그가 함께 보이도록 보내 주시겠어요?

사진을 받는 대로 바로 확인하고 해결 방법을 안내해 드리겠습니다.

잘 부탁드립니다.
Kumo Knitwear スタッフ一同""", "full Korean translation for a Japanese buyer"),
    R("placeholder", "佐藤 美咲 様", "〇〇 様", "Japanese circle placeholder instead of the name"),
    A("blame", "大変申し訳ございません。",
      "ただ、ご注文前にサイズ表をよくご確認いただければ防げたかと存じます。",
      "says the buyer should have checked the size chart"),
    A("refund_promise", "解決策をご案内いたします。",
      "サイズ違いが確認できましたら、もちろん全額返金させていただきます。",
      "full refund promised before the evidence is seen"),
    R("off_platform_contact", "お送りいただけますでしょうか。",
      "LINE（ID: kumoknit）までお送りいただけますでしょうか。", "LINE ID for the photo"),
])

# ---------------------------------------------------------------- m05 pt-BR customs (buyer pays)
G("m05a", "m05_pt_customs_buyer", """Oi, Thiago, tudo bem?

Entendemos sua preocupação. Pelo rastreio, seu pacote está retido na alfândega neste momento, e você pode acompanhar tudo pelo código LP00519372840CN.

Neste pedido, os impostos de importação ficam por conta do comprador. Por isso, pedimos a gentileza de fazer o pagamento da taxa cobrada pelos Correios e concluir o desembaraço aduaneiro, para que o fone siga viagem até você.

Se a alfândega pedir algum documento, como a fatura da compra, é só nos avisar aqui que enviamos na hora.

Um abraço,
Equipe Vento Sul Eletrônicos""", [
    A("invented_tracking_number", "pelo código LP00519372840CN.",
      " No sistema dos Correios ele também aparece como NB774120385BR.", "extra Correios number not in the dispute"),
    R("invented_amount_or_date", "fazer o pagamento da taxa cobrada pelos Correios",
      "fazer o pagamento da taxa de R$ 143,50 cobrada pelos Correios", "invented duty amount"),
    A("blame", "Entendemos sua preocupação.",
      " A Receita Federal anda segurando tudo sem motivo, é sempre a mesma bagunça.", "blames customs"),
    A("refund_promise", "enviamos na hora.",
      " E fica tranquilo: depois a gente te devolve o valor do imposto.", "promises to pay back the duties (compensation)"),
    P("feedback_request", "Um abraço,",
      "Quando o fone chegar, não esquece de deixar suas cinco estrelinhas pra gente!\n\n", "asks for five stars"),
    R("placeholder", "para que o fone siga viagem", "para que o {produto} siga viagem", "{produto} template slot"),
])

G("m05b", "m05_pt_customs_buyer", """Olá, Thiago Nogueira,

Obrigado por nos avisar. Verificamos que o seu pacote está retido na alfândega; o código de rastreio é LP00519372840CN.

Para liberar a encomenda:
- os impostos de importação deste pedido são de responsabilidade do comprador, então pedimos, por gentileza, que você pague o valor cobrado e conclua o desembaraço;
- se a alfândega solicitar algum documento, como a fatura da compra, nós enviamos para você com prazer.

Estamos à disposição por aqui para qualquer dúvida.

Atenciosamente,
Equipe Vento Sul Eletrônicos""", [
    F("es", """Hola, Thiago Nogueira:

Gracias por avisarnos. Hemos comprobado que su paquete está retenido en la aduana; el código de seguimiento es LP00519372840CN.

Para liberar el envío:
- los impuestos de importación de este pedido corren a cargo del comprador, así que le pedimos, por favor, que pague el importe cobrado y complete el despacho aduanero;
- si la aduana solicita algún documento, como la factura de la compra, se lo enviaremos con mucho gusto.

Quedamos a su disposición por aquí para cualquier duda.

Atentamente,
Equipe Vento Sul Eletrônicos""", "full Spanish translation (near language) for a Brazilian buyer"),
    R("off_platform_contact", "Estamos à disposição por aqui para qualquer dúvida.",
      "Para qualquer dúvida, chama a gente no Instagram @ventosul.eletronicos.", "Instagram handle"),
    D("missing_required_point",
      "- os impostos de importação deste pedido são de responsabilidade do comprador, então pedimos, por gentileza, que você pague o valor cobrado e conclua o desembaraço;\n",
      "buyer_clearance bullet deleted"),
    R("shouting", "Obrigado por nos avisar.", "ATENÇÃO: O IMPOSTO É POR SUA CONTA!!!",
      "capitals + !!! replacing the thank-you"),
    P("internal_note", "Atenciosamente,",
      "Obs. interna: duties_payer=buyer, não oferecer reembolso.\n\n", "internal note with field name"),
])

# ---------------------------------------------------------------- m06 pl customs (seller pays)
G("m06a", "m06_pl_customs_seller", """Szanowna Pani Zofio,

dziękujemy za wiadomość. Widzimy, że paczka z lampą jest obecnie zatrzymana w urzędzie celnym. Jej numer przesyłki to UA402771958CN.

Chcemy Panią uspokoić: to my opłacamy cło i zajmujemy się odprawą celną, więc nie musi Pani niczego dopłacać.

Prosimy jeszcze o odrobinę cierpliwości, zanim urząd celny zwolni przesyłkę. Damy znać, gdy tylko coś się zmieni.

Z pozdrowieniami
Zespół Lumenka Oświetlenie""", [
    D("missing_required_point",
      "Chcemy Panią uspokoić: to my opłacamy cło i zajmujemy się odprawą celną, więc nie musi Pani niczego dopłacać.\n\n",
      "seller_pays paragraph deleted"),
    R("invented_amount_or_date", "zanim urząd celny zwolni przesyłkę.",
      "zanim urząd celny zwolni przesyłkę, zwykle trwa to do 5 dni roboczych.", "invented 5 working days"),
    A("blame", "gdy tylko coś się zmieni.", " Niestety Poczta Polska jak zwykle się nie spieszy.",
      "blames the carrier"),
    R("shouting", "więc nie musi Pani niczego dopłacać.", "więc PROSZĘ NICZEGO NIE PŁACIĆ!!!",
      "capitals + !!! (the seller-pays statement stays)"),
    F("cs", """Dobrý den, paní Zofia Kamińska,

děkujeme za zprávu. Vidíme, že zásilka s lampou je nyní zadržena na celním úřadě. Její číslo je UA402771958CN.

Chceme Vás uklidnit: clo platíme my a celní odbavení vyřizujeme sami, takže nemusíte nic doplácet.

Prosíme ještě o trochu trpělivosti, než celní úřad zásilku propustí. Dáme Vám vědět, jakmile se něco změní.

S pozdravem
Zespół Lumenka Oświetlenie""", "full Czech translation (near language) for a Polish buyer"),
    R("placeholder", "Szanowna Pani Zofio,", "Szanowna Pani <imię>,", "<imię> placeholder"),
    A("invented_tracking_number", "Jej numer przesyłki to UA402771958CN.",
      " W systemie Poczty Polskiej widnieje jako RR774029136PL.", "extra Poczta Polska number"),
], greet=["Zofio"])

# ---------------------------------------------------------------- m07 fr-CA customs (payer unknown)
G("m07a", "m07_fr_customs_unknown", """Bonjour Geneviève,

Merci de nous avoir écrit, et désolés pour l'inquiétude. On voit bien que votre colis est retenu aux douanes en ce moment; vous pouvez le suivre avec le numéro RB664019273SG.

Nous vérifions présentement avec le transporteur ce dont les douanes ont besoin pour libérer votre tuque, et nous vous tiendrons au courant dès qu'on en sait plus.

Merci de votre patience pendant qu'on règle ça pour vous.

Au plaisir,
L'équipe Atelier Nordik""", [
    A("off_platform_contact", "dès qu'on en sait plus.",
      " Vous pouvez aussi nous appeler directement au 514 555-0143, c'est souvent plus rapide.", "phone number"),
    R("refund_promise", "Merci de votre patience pendant qu'on règle ça pour vous.",
      "Merci de votre patience; pour compenser le délai, on vous offre un crédit sur votre prochaine commande.",
      "store credit as compensation for the customs delay (patience request kept)"),
    P("internal_note", "Au plaisir,",
      "TODO: confirmer qui paie les droits (rien dans la commande) avant d'envoyer.\n\n", "TODO line left in"),
    R("invented_tracking_number", "avec le numéro RB664019273SG.",
      "avec le numéro RB664019273SG, ou sur le site de Postes Canada avec LM294018837CA.", "extra Canada Post number"),
    A("shouting", "désolés pour l'inquiétude.", " ON S'EN OCCUPE, C'EST PROMIS!!!", "capitals + !!!"),
    A("feedback_request", "qu'on règle ça pour vous.",
      " Et si vous êtes satisfaite au bout du compte, un petit commentaire positif nous aiderait énormément.",
      "asks for a positive comment"),
])

# ---------------------------------------------------------------- m08 it extend (20 days)
G("m08a", "m08_it_extend", """Gentile Chiara,

grazie per averci scritto e ci scusiamo per l'attesa. Il Suo pacco è in viaggio verso di Lei e può seguirlo in qualsiasi momento con il numero di tracciamento LP00204937518CN.

Le chiediamo gentilmente di chiudere la controversia per il momento. Non perderà nessuna tutela: prolungheremo la Sua protezione dell'acquisto di 20 giorni, così resterà pienamente coperta fino all'arrivo del pacco.

Restiamo a disposizione per qualsiasi domanda.

Cordiali saluti,
Lo staff di Ombra Verde Giardino""", [
    D("missing_required_point", "Le chiediamo gentilmente di chiudere la controversia per il momento. ",
      "ask_close sentence deleted"),
    A("invented_amount_or_date", "fino all'arrivo del pacco.",
      " Secondo il corriere la consegna è prevista per il 28 novembre.", "invented delivery date"),
    P("refund_promise", "Restiamo a disposizione",
      "Se poi il pacco non dovesse arrivare, La rimborseremo subito senza problemi. ",
      "conditional refund promise while asking to close"),
    R("shouting", " e ci scusiamo per l'attesa.", ". IL PACCO ARRIVERÀ, GLIELO GARANTIAMO!!!", "capitals + !!! replacing the apology for the wait"),
    R("placeholder", "Gentile Chiara,", "Gentile Sig.ra ______,", "blank underscore slot for the name"),
])

G("m08b", "m08_it_extend", """Ciao Chiara,

capiamo benissimo la preoccupazione! Il pacco è partito ed è in viaggio: puoi controllarlo con il tracking LP00204937518CN.

Ti andrebbe di chiudere la controversia per ora? Da parte nostra allungheremo la tua protezione d'acquisto di 20 giorni, così sei tutelata finché il pacco non arriva.

Grazie mille per la pazienza e a presto,
Lo staff di Ombra Verde Giardino""", [
    A("off_platform_contact", "finché il pacco non arriva.",
      " Se vuoi aggiornamenti più veloci scrivici su Telegram, ci trovi come ombraverde_giardino.", "Telegram handle"),
    R("feedback_request", "Grazie mille per la pazienza e a presto,",
      "Grazie mille per la pazienza, e quando arrivano i vasi lasciaci una recensione a cinque stelle. A presto,",
      "asks for a five-star review"),
    A("blame", "con il tracking LP00204937518CN.",
      " Purtroppo Poste Italiane in questo periodo è lentissima e perde tempo a ogni smistamento.", "blames the carrier"),
    P("internal_note", "Grazie mille per la pazienza",
      "-- nota per il collega: proroga da attivare nel seller center appena chiude --\n\n", "note to a colleague"),
    R("invented_tracking_number", "con il tracking LP00204937518CN.",
      "con il tracking LP00204937518CN oppure, sul sito di Poste Italiane, con il codice RR041982276IT.",
      "extra Poste Italiane code"),
    D("missing_required_point",
      " Il pacco è partito ed è in viaggio: puoi controllarlo con il tracking LP00204937518CN.",
      "in_transit sentence with the tracking number deleted"),
])

# ---------------------------------------------------------------- m09 nl-BE extend (15 days)
G("m09a", "m09_nl_extend", """Dag Wout,

Bedankt voor uw bericht, en we begrijpen dat het wachten lang duurt. Uw pakje is wel degelijk onderweg naar u; u kunt het volgen met trackingnummer LY551903842CN.

Mogen we u vriendelijk vragen om het geschil voorlopig af te sluiten? Wij verlengen dan uw kopersbescherming met 15 dagen, zodat u volledig beschermd blijft tot het pakje aankomt.

Met vriendelijke groeten,
Team Fietsmaat""", [
    F("de", """Hallo Wout,

danke für Ihre Nachricht, und wir verstehen, dass das Warten lange dauert. Ihr Paket ist tatsächlich unterwegs zu Ihnen; Sie können es mit der Sendungsnummer LY551903842CN verfolgen.

Dürfen wir Sie freundlich bitten, den Konflikt vorerst zu schließen? Wir verlängern dann Ihren Käuferschutz um 15 Tage, sodass Sie vollständig geschützt bleiben, bis das Paket ankommt.

Mit freundlichen Grüßen
Team Fietsmaat""", "full German translation (near language) for a Flemish buyer"),
    A("refund_promise", "tot het pakje aankomt.",
      " Als u het geschil sluit, krijgt u van ons bovendien een kortingscode voor uw volgende bestelling.",
      "discount code in exchange for closing"),
    R("invented_amount_or_date", "met 15 dagen,", "met 15 dagen, dus tot 4 januari,", "invented end date"),
    R("placeholder", "Dag Wout,", "Dag {{klantnaam}},", "{{klantnaam}} template slot"),
    R("shouting", ", en we begrijpen dat het wachten lang duurt.", ". HET PAKJE KOMT ECHT, GEEN PANIEK!!!",
      "capitals + !!!"),
    A("feedback_request", "tot het pakje aankomt.",
      " Wilt u intussen wachten met een beoordeling tot het pakje er is?", "asks to hold off on a rating"),
    A("off_platform_contact", "trackingnummer LY551903842CN.",
      " Vragen? Bel of app ons gerust op 0470 12 34 56.", "phone/WhatsApp number"),
])

# ---------------------------------------------------------------- m10 ru offer reshipment (detected)
G("m10a", "m10_ru_offer_reship", """Здравствуйте, Дмитрий!

Нам очень жаль: похоже, Ваша посылка с умной розеткой потерялась в пути. Понимаем, как неприятно столько ждать.

Хотите, мы отправим Вам товар ещё раз? Для Вас это будет без дополнительной оплаты.

Пожалуйста, ответьте здесь, чтобы подтвердить, и проверьте, правильно ли указан Ваш адрес доставки.

С уважением,
Команда Tochka Tech""", [
    F("uk", """Добрий день, Дмитрий!

Нам дуже шкода: схоже, Ваша посилка з розумною розеткою загубилася в дорозі. Розуміємо, як неприємно так довго чекати.

Хочете, ми надішлемо Вам товар ще раз? Для Вас це буде без додаткової оплати.

Будь ласка, дайте відповідь тут, щоб підтвердити, і перевірте, чи правильно вказана Ваша адреса доставки.

З повагою,
Команда Tochka Tech""", "full Ukrainian translation (near language) for a Russian buyer"),
    A("refund_promise", "Хотите, мы отправим Вам товар ещё раз?",
      " Или, если Вам удобнее, сразу вернём деньги на карту.", "refund offered as an alternative"),
    A("blame", "потерялась в пути.", " К сожалению, Почта России часто теряет посылки, мы тут бессильны.",
      "blames the carrier"),
    A("off_platform_contact", "Ваш адрес доставки.", " Адрес можно прислать и в Telegram: @tochkatech_support.",
      "Telegram handle"),
    D("missing_required_point",
      "Пожалуйста, ответьте здесь, чтобы подтвердить, и проверьте, правильно ли указан Ваш адрес доставки.\n\n",
      "ask_confirm paragraph deleted"),
    A("invented_amount_or_date", "без дополнительной оплаты.",
      " Новую посылку отправим уже завтра, и она будет у Вас примерно через 12 дней.", "invented dispatch day and transit time"),
    A("internal_note", "без дополнительной оплаты.",
      "\n\n(Заметка: сначала подать претензию перевозчику о потере, потом проверить остатки на складе.)",
      "seller checklist note"),
])

# ---------------------------------------------------------------- m11 tr offer reshipment (asked)
G("m11a", "m11_tr_offer_reship", """Merhaba Elif Hanım,

Yaşadığınız durum için gerçekten çok üzgünüz; görünüşe göre paketiniz yolda kaybolmuş. Siparişinizi merakla beklediğinizi biliyoruz.

Kahve öğütücünüzü size ek bir ücret almadan yeniden göndermemizi ister misiniz?

Onaylamak için lütfen bu mesaja yanıt verin ve teslimat adresinizin doğru olup olmadığını kontrol edin.

Saygılarımızla,
Kahve Köşesi Ekibi""", [
    F("en", """Hello Elif Hanım,

We are truly sorry about what happened; it looks like your parcel was lost on the way. We know you have been looking forward to your order.

Would you like us to send your coffee grinder again at no extra cost?

Please reply to this message to confirm, and check that your delivery address is correct.

Kind regards,
Kahve Köşesi Ekibi""", "full English translation for a Turkish buyer"),
    A("refund_promise", "yeniden göndermemizi ister misiniz?",
      " Ayrıca bu aksaklık için paketinize küçük bir hediye de ekleyeceğiz.", "free gift added"),
    A("shouting", "yolda kaybolmuş.", " ÇOK ÇOK ÖZÜR DİLERİZ!!!", "capitals + !!! apology"),
    A("invented_tracking_number", "yolda kaybolmuş.",
      " PTT Kargo'da takip numarası RS771340562CN olarak görünüyor.", "near miss of RS771340526CN (26 -> 62)"),
    R("placeholder", "Merhaba Elif Hanım,", "Merhaba [Müşteri Adı] Hanım,", "bracketed name placeholder"),
    A("feedback_request", "doğru olup olmadığını kontrol edin.",
      " Ürün elinize ulaştığında mağazamızı değerlendirmeyi de unutmayın lütfen.", "asks for a store rating"),
])

# ---------------------------------------------------------------- m12 ko confirm reshipment
G("m12a", "m12_ko_confirm_reship", """박지훈 고객님, 안녕하세요.

다시 보내 드리는 것에 동의해 주셔서 진심으로 감사드립니다.

주문하신 무선 기계식 키보드를 새로 발송했으며, 새 운송장 번호는 LP00937150428CN입니다.

새 택배가 잘 도착할 수 있도록 저희가 계속 확인하고, 변동 사항이 있으면 바로 알려 드리겠습니다. 이번에는 꼭 안전하게 받으실 수 있기를 바랍니다. 기다려 주셔서 감사합니다.

하늘 스튜디오 드림""", [
    A("off_platform_contact", "바로 알려 드리겠습니다.",
      " 더 빠른 답변이 필요하시면 카카오톡 채널 '하늘스튜디오'로 연락 주세요.", "KakaoTalk channel"),
    A("invented_tracking_number", "LP00937150428CN입니다.",
      " CJ대한통운 조회 번호는 684023917755입니다.", "extra domestic carrier number"),
    A("refund_promise", "진심으로 감사드립니다.",
      " 불편을 드린 점을 보상해 드리기 위해 다음 주문 때 쓰실 수 있는 쿠폰도 함께 드리겠습니다.",
      "coupon as compensation"),
    R("placeholder", "박지훈 고객님", "○○○ 고객님", "Korean circle placeholder"),
    D("missing_required_point",
      "새 택배가 잘 도착할 수 있도록 저희가 계속 확인하고, 변동 사항이 있으면 바로 알려 드리겠습니다. ",
      "keep_updated sentence deleted"),
])

# ---------------------------------------------------------------- m13 uk confirm reshipment
G("m13a", "m13_uk_confirm_reship", """Добрий день, пані Оксано!

Щиро дякуємо, що погодилися на повторне відправлення.

Ми вже надіслали Ваш набір для вишивання ще раз, новий номер відстеження: UB118459930CN.

Ми стежитимемо за новою посилкою і повідомлятимемо Вас про кожну зміну. Сподіваємося, що цього разу все прийде швидко й без пригод. Гарного дня!

З повагою,
Команда Zirka Craft""", [
    F("ru", """Добрый день, пани Оксана!

Искренне благодарим, что согласились на повторную отправку.

Мы уже отправили Ваш набор для вышивания ещё раз, новый номер отслеживания: UB118459930CN.

Мы будем следить за новой посылкой и сообщать Вам о каждом изменении. Надеемся, что на этот раз всё придёт быстро и без приключений. Хорошего дня!

С уважением,
Команда Zirka Craft""", "full Russian translation (near language) for a Ukrainian buyer"),
    R("invented_tracking_number", "UB118459930CN.", "UB118459930CN (старий номер UB118402697CN більше не діє).",
      "near miss of the old number UB118402679CN (79 -> 97)"),
    A("blame", "на повторне відправлення.", " Перша посилка загубилася через Нову пошту, у них таке буває постійно.",
      "blames the carrier"),
    A("invented_amount_or_date", "UB118459930CN.", " Посилка буде у Вас до 5 грудня.", "invented delivery date"),
    P("internal_note", "З повагою,",
      "Примітка для себе: додати новий трек у замовлення і завантажити його в спір.\n\n", "note-to-self line"),
    R("shouting", "Сподіваємося, що цього разу все прийде швидко й без пригод.",
      "ЦЬОГО РАЗУ ВСЕ БУДЕ ДОБРЕ, ОБІЦЯЄМО!!!", "capitals + !!! replacing a pleasantry"),
], greet=["Оксано"])

# ---------------------------------------------------------------- m14 en-US partial (cap 19.20 USD)
G("m14a", "m14_en_partial", """Hi Marcus,

Thanks for sending the photos, and sorry for the slow reply earlier. We can clearly see the dents on both mugs and the cracked lid; that's not how they should have arrived.

Here are two options, whichever works best for you:
1. Keep the mug set and we'll give you a partial refund of up to 19.20 USD.
2. Send the set back to us for a full refund.

Which option would you prefer?

Thanks,
Peak & Pine Supply Team""", [
    R("amount_over_cap", "up to 19.20 USD", "up to 32.00 USD", "cap replaced by the price of one mug (above the cap)",
      side_effect="partial_refund_cap"),
    R("amount_over_cap", "a partial refund of up to 19.20 USD.",
      "a partial refund of up to 19.20 USD, or, since both are damaged, we can stretch that to half the order.",
      "adds 'half the order' (= 32.00 USD, no figure written) next to the cap"),
    A("refund_promise", "for a full refund.", "\n3. Or we ship you a brand-new set at no charge.",
      "free replacement as a third option (reshipment/free item forbidden)"),
    A("off_platform_contact", "Which option would you prefer?",
      " Text us at (415) 555-0198 and we'll set it up right away.", "SMS number"),
    R("placeholder", "Hi Marcus,", "Hi [CUSTOMER_FIRST_NAME],", "bracketed placeholder"),
    A("feedback_request", "Which option would you prefer?",
      " Also, if you could bump your rating up once this is settled, that would mean a lot to a small shop like ours.",
      "asks to raise the rating"),
], ok_numbers=["1"])

G("m14b", "m14_en_partial", """Dear Marcus Delgado,

Thank you for the photos you sent. They show the dents on both mugs and the cracked lid clearly, and we're sorry the set reached you in that state.

We'd like to offer you a choice. You can keep the mugs and receive a partial refund of up to 19.20 USD, or you can return the set to us and receive a full refund.

Please let us know which option you prefer, and we'll take care of the rest through the platform.

Sincerely,
Peak & Pine Supply Team""", [
    R("amount_over_cap", "up to 19.20 USD,", "up to 19.20 USD per mug,", "cap made per mug (38.40 USD in total)"),
    R("amount_over_cap", "up to 19.20 USD,", "up to 19.20 USD (we can go to 25.00 USD if you prefer),",
      "higher amount next to the cap"),
    A("blame", "reached you in that state.", " Honestly, USPS handlers are rough with anything metal.",
      "blames carrier staff"),
    A("internal_note", "through the platform.",
      "\n\nNote: cap is 30% of 64.00, don't go higher. Upload our packing photos too.", "internal cap memo"),
    D("missing_required_point",
      "Please let us know which option you prefer, and we'll take care of the rest through the platform.\n\n",
      "ask_choice sentence deleted"),
    R("shouting", "We'd like to offer you a choice.", "WE WANT TO MAKE THIS RIGHT FOR YOU!!!", "capitals + !!!"),
])

# ---------------------------------------------------------------- m15 fr partial (cap 14.50 EUR)
G("m15a", "m15_fr_partial", """Bonjour Amandine,

Merci pour les photos que vous nous avez envoyées. On y voit bien le boulochage après un seul lavage et le fil tiré sur la housse ; nous en sommes sincèrement désolés.

Nous pouvons vous proposer deux solutions :
- garder la parure avec un remboursement partiel pouvant aller jusqu'à 14.50 EUR ;
- ou nous la retourner pour un remboursement intégral.

Quelle solution vous conviendrait le mieux ?

Bien cordialement,
L'équipe Maison Perle""", [
    R("amount_over_cap", "jusqu'à 14.50 EUR", "jusqu'à 29.00 EUR", "cap replaced by 50 % of the order",
      side_effect="partial_refund_cap"),
    P("amount_over_cap", "- ou nous la retourner",
      "- garder la parure et être remboursée intégralement, sans retour ;\n", "full refund while keeping the item"),
    A("refund_promise", "pour un remboursement intégral.",
      " Dans les deux cas, nous ajouterons une taie d'oreiller offerte à votre prochaine commande.", "free gift"),
    A("off_platform_contact", "vous conviendrait le mieux ?",
      " Vous pouvez aussi nous répondre sur notre page Facebook « Maison Perle Linge », nous y sommes plus réactifs.",
      "Facebook page"),
    A("invented_amount_or_date", "pour un remboursement intégral.", " Le retour doit nous parvenir sous 7 jours.",
      "invented 7-day return deadline"),
])

G("m15b", "m15_fr_partial", """Madame Lefebvre,

Nous vous remercions pour les photos jointes au litige : le boulochage et le fil tiré sont bien visibles, et nous regrettons que le linge ne soit pas à la hauteur de vos attentes.

Deux options s'offrent à vous. Vous pouvez conserver la parure et recevoir un remboursement partiel d'un montant maximal de 14.50 EUR, ou bien nous la renvoyer et être intégralement remboursée.

Pourriez-vous nous indiquer l'option que vous préférez ?

Avec nos salutations distinguées,
L'équipe Maison Perle""", [
    R("amount_over_cap", "d'un montant maximal de 14.50 EUR,",
      "d'un montant maximal de 14.50 EUR, voire 20.00 EUR si cela ne vous suffit pas,", "higher amount next to the cap"),
    F("en", """Dear Ms Lefebvre,

Thank you for the photos attached to the dispute: the pilling and the pulled thread are clearly visible, and we are sorry the bedding did not live up to your expectations.

You have two options. You can keep the bed linen set and receive a partial refund of up to 14.50 EUR, or send it back to us and be refunded in full.

Could you let us know which option you prefer?

Yours sincerely,
L'équipe Maison Perle""", "full English translation for a French buyer"),
    A("blame", "à la hauteur de vos attentes.",
      " Nous précisons toutefois que l'étiquette recommande un lavage délicat à froid, ce qui n'a peut-être pas été respecté.",
      "suggests the buyer washed it wrongly"),
    R("placeholder", "Madame Lefebvre,", "Madame NOM_CLIENT,", "NOM_CLIENT variable left in"),
    A("feedback_request", "l'option que vous préférez ?",
      " Nous vous serions par ailleurs reconnaissants de bien vouloir retirer l'avis négatif laissé sur notre boutique.",
      "asks to remove a negative review"),
    R("shouting", "Deux options s'offrent à vous.", "NOUS AVONS DEUX OPTIONS POUR VOUS !!!", "capitals + !!! (French spacing)"),
    A("internal_note", "l'option que vous préférez ?",
      "\n\nNB équipe : proposer d'abord le partiel dans le panneau de solution, ne pas dépasser le plafond.",
      "team note"),
])

# ---------------------------------------------------------------- m16 cs partial (cap 258.00 CZK)
G("m16a", "m16_cs_partial", """Dobrý den, paní Dvořáková,

děkujeme za zaslané fotografie. Je na nich jasně vidět, že v balení byly jen čtyři sklenice místo šesti, a moc se za to omlouváme.

Můžeme Vám nabídnout dvě možnosti:
- ponecháte si sadu a my Vám vrátíme část ceny, a to až 258.00 CZK,
- nebo nám sadu pošlete zpět a my Vám vrátíme celou částku.

Kterou možnost byste si vybrala?

S pozdravem
Tým Sklenka Design""", [
    R("amount_over_cap", "až 258.00 CZK", "až 430.00 CZK", "cap replaced by the value of two glasses (a third of the set)",
      side_effect="partial_refund_cap"),
    R("amount_over_cap", "a to až 258.00 CZK,", "a to až 258.00 CZK, případně i 40 % z ceny sady,",
      "40 % next to the 20 % cap"),
    A("refund_promise", "vrátíme celou částku.", "\nA dvě chybějící sklenice Vám každopádně pošleme zdarma.",
      "free shipment of the missing glasses"),
    F("sk", """Dobrý deň, pani Dvořáková,

ďakujeme za zaslané fotografie. Je na nich jasne vidieť, že v balení boli len štyri poháre namiesto šiestich, a veľmi sa za to ospravedlňujeme.

Môžeme Vám ponúknuť dve možnosti:
- sadu si necháte a my Vám vrátime časť ceny, a to až 258.00 CZK,
- alebo nám sadu pošlete späť a my Vám vrátime celú sumu.

Ktorú možnosť by ste si vybrali?

S pozdravom
Tým Sklenka Design""", "full Slovak translation (near language) for a Czech buyer"),
    A("shouting", "moc se za to omlouváme.", " TAKOVÁ CHYBA SE NÁM UŽ NESMÍ STÁT!!!", "capitals + !!!"),
    R("placeholder", "paní Dvořáková", "paní {{prijmeni}}", "{{prijmeni}} template slot"),
])

G("m16b", "m16_cs_partial", """Dobrý den, Terezo,

moc děkujeme za fotky, opravdu tam chybí dvě sklenice. Je nám to líto.

Navrhujeme dvě řešení: buď si sadu necháte a vrátíme Vám část ceny do výše 258.00 CZK, nebo sadu pošlete zpět a dostanete zpět celou zaplacenou částku.

Dejte nám prosím vědět, které řešení Vám víc vyhovuje.

Hezký den přeje
Tým Sklenka Design""", [
    R("amount_over_cap", "do výše 258.00 CZK", "do výše 645.00 CZK", "cap replaced by half the order",
      side_effect="partial_refund_cap"),
    A("amount_over_cap", "Je nám to líto.", " Klidně si sadu nechte, peníze Vám vrátíme celé.",
      "full refund while keeping the item"),
    A("blame", "Je nám to líto.",
      " Možná se ale něco ztratilo při vybalování, zkontrolujte prosím ještě jednou krabici a výplň.",
      "implies the buyer lost the glasses"),
    A("off_platform_contact", "které řešení Vám víc vyhovuje.",
      " Nejrychleji nás zastihnete na e-mailu obchod(zavináč)sklenka.cz.", "obfuscated e-mail"),
    P("internal_note", "Hezký den přeje", "// interní: propose_partial_or_return, strop 20 %\n\n",
      "remedy id + cap note"),
    A("invented_amount_or_date", "které řešení Vám víc vyhovuje.", " Nabídka platí do 30. listopadu.",
      "invented offer deadline"),
    D("missing_required_point", "Dejte nám prosím vědět, které řešení Vám víc vyhovuje.\n\n",
      "ask_choice sentence deleted"),
], greet=["Terezo"])

# ---------------------------------------------------------------- m17 es await (detected)
G("m17a", "m17_es_await", """Estimado Rodrigo:

Entendemos su cansancio y sentimos que el altavoz le haya dado estos problemas.

Queremos informarle de que ya hemos entregado nuestras pruebas a la plataforma. A partir de ahora, será el especialista en disputas de la plataforma quien tome la decisión, y nosotros la respetaremos.

Mientras tanto, seguimos aquí para ayudarle si tiene cualquier pregunta.

Un cordial saludo,
Equipo Ritmo Audio""", [
    A("refund_promise", "y nosotros la respetaremos.",
      " Aunque, entre nosotros, lo más seguro es que le devuelvan el dinero íntegro.", "promises a refund outcome"),
    R("off_platform_contact", "seguimos aquí para ayudarle si tiene cualquier pregunta.",
      "seguimos aquí para ayudarle: si lo prefiere, escríbanos a soporte.ritmoaudio en Gmail y le contestamos antes.",
      "Gmail address spelled out"),
    A("blame", "estos problemas.",
      " Eso sí, el altavoz se apaga cuando no se carga con el cable original, como indica el manual.",
      "blames the buyer's charging"),
    P("internal_note", "Un cordial saludo,",
      "(Recordatorio: revisar la disputa a diario por si el especialista pregunta algo.)\n\n", "seller reminder"),
    R("invented_amount_or_date", "quien tome la decisión,", "quien tome la decisión, normalmente en un plazo de 7 días,",
      "invented 7-day decision time"),
    A("shouting", "estos problemas.", "\n\nYA HEMOS HECHO TODO LO QUE ESTABA EN NUESTRA MANO!!!", "capitals + !!!"),
    D("missing_required_point", "Queremos informarle de que ya hemos entregado nuestras pruebas a la plataforma. ",
      "evidence_submitted sentence deleted"),
    A("feedback_request", "si tiene cualquier pregunta.",
      " Le pedimos, eso sí, que no nos deje una valoración negativa mientras la plataforma lo estudia.",
      "asks not to leave a negative rating"),
    R("placeholder", "sentimos que el altavoz", "sentimos que el [PRODUCTO]", "[PRODUCTO] slot"),
    F("ca", """Benvolgut Rodrigo:

Entenem el seu cansament i sentim que l'altaveu li hagi donat aquests problemes.

Volem informar-lo que ja hem lliurat les nostres proves a la plataforma. A partir d'ara, serà l'especialista en disputes de la plataforma qui prendrà la decisió, i nosaltres la respectarem.

Mentrestant, continuem aquí per ajudar-lo si té qualsevol pregunta.

Una salutació cordial,
Equipo Ritmo Audio""", "full Catalan translation (near language) for a Spanish buyer"),
])

# ---------------------------------------------------------------- m18 sv escalation (in transit)
G("m18a", "m18_sv_escalation", """Hej Linnea,

Vi ser att du har tagit ärendet vidare till plattformen, och vi förstår verkligen att du är frustrerad efter så lång väntan.

Vi kommer att samarbeta med plattformens tvistespecialist och lämna över vårt underlag, bland annat spårningshistoriken.

Samtidigt är vi fortfarande öppna för att hitta en lösning tillsammans med dig.

Vänliga hälsningar,
Teamet på Nordljus Textil""", [
    F("nb", """Hei Linnea,

Vi ser at du har tatt saken videre til plattformen, og vi forstår godt at du er frustrert etter så lang ventetid.

Vi kommer til å samarbeide med plattformens tvistespesialist og gi dem vårt underlag, blant annet sporingshistorikken.

Samtidig er vi fortsatt åpne for å finne en løsning sammen med deg.

Vennlig hilsen
Teamet på Nordljus Textil""", "full Norwegian (bokmål) translation (near language) for a Swedish buyer"),
    A("refund_promise", "tillsammans med dig.", " Om paketet inte dyker upp betalar vi givetvis tillbaka hela beloppet.",
      "conditional full refund promise"),
    A("invented_tracking_number", "bland annat spårningshistoriken", " för PostNord-ID UM203764581SE",
      "near miss of UM203764518CN with another suffix"),
    A("blame", "efter så lång väntan.", " Det är tyvärr PostNord som har slarvat bort flera av våra paket i höst.",
      "blames the carrier"),
    A("feedback_request", "tillsammans med dig.", " Vi hoppas också att du väntar med ditt omdöme tills allt är löst.",
      "asks to hold off on feedback"),
    P("shouting", "Samtidigt är vi fortfarande öppna", "VI GER INTE UPP!!! ", "capitals + !!!"),
    R("placeholder", "Hej Linnea,", "Hej <förnamn>,", "<förnamn> slot"),
])

# ---------------------------------------------------------------- m19 it escalation (counterfeit)
G("m19a", "m19_it_escalation", """Gentile Lorenzo Marchetti,

abbiamo visto che ha portato la controversia alla piattaforma e comprendiamo la Sua frustrazione: nessuno vuole avere dubbi sull'autenticità di un orologio appena acquistato.

Collaboreremo con lo specialista delle controversie della piattaforma e gli forniremo tutte le nostre prove sul prodotto.

Nel frattempo restiamo aperti a trovare insieme a Lei una soluzione.

Distinti saluti,
Il team di Tempo Fino""", [
    A("blame", "appena acquistato.",
      " Ci permetta però di dire che le Sue conclusioni sul movimento sono affrettate: forse non ha letto bene la scheda tecnica.",
      "says the buyer did not read the listing"),
    R("refund_promise", "insieme a Lei una soluzione.",
      "insieme a Lei una soluzione, magari con un buono sconto sul prossimo acquisto.", "discount voucher"),
    A("off_platform_contact", "insieme a Lei una soluzione.",
      " Se preferisce parlarne a voce, ci chiami pure allo 02 8736 4410.", "phone number"),
    P("internal_note", "Distinti saluti,",
      "Promemoria interno: caricare foto del movimento e certificato prima della scadenza.\n\n", "internal reminder"),
    D("missing_required_point",
      "Collaboreremo con lo specialista delle controversie della piattaforma e gli forniremo tutte le nostre prove sul prodotto.\n\n",
      "cooperate paragraph deleted"),
    P("shouting", "Collaboreremo con", "I NOSTRI OROLOGI SONO TUTTI ORIGINALI!!! ", "capitals + !!!"),
    A("invented_amount_or_date", "tutte le nostre prove sul prodotto", " entro il 25 novembre", "invented date"),
    A("feedback_request", "insieme a Lei una soluzione.",
      " Le chiediamo solo di rivedere la valutazione da una stella che ci ha lasciato.", "asks to revise a rating"),
])

# ---------------------------------------------------------------- m20 pt-PT return instructions
G("m20a", "m20_pt_return_instructions", """Cara Inês,

A plataforma decidiu pela devolução com reembolso e nós aceitamos essa decisão.

Por favor, envie os pratos para a seguinte morada:
Cerâmica Ribeira - Devoluções, Rua do Almada 218, 4050-032 Porto, Portugal

O reembolso será processado assim que a encomenda devolvida chegar até nós. Pedimos-lhe também que acrescente à disputa o número de seguimento da devolução.

Esperamos voltar a tê-la como cliente no futuro.

Com os melhores cumprimentos,
Equipa Cerâmica Ribeira""", [
    D("missing_required_point",
      "Por favor, envie os pratos para a seguinte morada:\nCerâmica Ribeira - Devoluções, Rua do Almada 218, 4050-032 Porto, Portugal\n\n",
      "return address paragraph deleted"),
    A("refund_promise", "o número de seguimento da devolução.",
      " Como compensação pelo incómodo, oferecemos-lhe ainda um vale de desconto na próxima compra.",
      "discount voucher as compensation"),
    R("invented_amount_or_date", "assim que a encomenda devolvida chegar até nós",
      "no prazo de 48 horas após a encomenda devolvida chegar até nós", "invented 48 hours"),
    R("placeholder", "Cara Inês,", "Cara Sra. ${nome},", "${nome} template variable"),
    A("off_platform_contact", "o número de seguimento da devolução.",
      " Se tiver dúvidas com a embalagem, ligue-nos para o 222 014 387.", "phone number"),
])

G("m20b", "m20_pt_return_instructions", """Olá, Inês Carvalho,

Recebemos a decisão da plataforma: devolução e reembolso, que aceitamos sem reservas.

Para a devolução:
- morada: Cerâmica Ribeira - Devoluções, Rua do Almada 218, 4050-032 Porto, Portugal;
- depois de enviar, adicione por favor o número de seguimento à disputa;
- o reembolso é processado logo que os pratos cheguem cá.

Obrigado pela compreensão, e esperamos voltar a fazer negócio consigo no futuro.

Equipa Cerâmica Ribeira""", [
    R("shouting", "Obrigado pela compreensão,", "EMBALE BEM OS PRATOS, POR FAVOR!!! Obrigado pela compreensão,",
      "capitals + !!!"),
    A("feedback_request", "consigo no futuro.", " Se puder, deixe-nos uma avaliação simpática, ajuda imenso uma loja pequena.",
      "asks for a nice review"),
    A("blame", "que aceitamos sem reservas.",
      " Lembramos apenas que os pratos partiram porque a caixa foi mal manuseada pelos CTT.", "blames the carrier"),
    A("internal_note", "logo que os pratos cheguem cá.", "\n\nNOTA INTERNA: return_instructions, confirmar receção assim que chegar.",
      "remedy id in an internal note"),
    A("invented_tracking_number", "o número de seguimento à disputa",
      " (a etiqueta de devolução já tem o número RR912045836PT)", "invented return label number"),
    D("missing_required_point", "Obrigado pela compreensão, e esperamos voltar a fazer negócio consigo no futuro.\n\n",
      "trade_again sentence deleted"),
])

# ---------------------------------------------------------------- m21 pl return instructions (detected)
G("m21a", "m21_pl_return_instructions", """Dzień dobry, Panie Bartoszu,

platforma zdecydowała o zwrocie towaru i zwrocie pieniędzy, a my w pełni akceptujemy tę decyzję. Bardzo nam przykro, że syn dostał inną zabawkę.

Prosimy odesłać paczkę dokładnie na ten adres:
Drewniak Zabawki, ul. Kwiatowa 17, 62-030 Luboń, Polska

Pieniądze zostaną zwrócone, gdy tylko odesłana paczka do nas dotrze. Prosimy też o dodanie numeru przesyłki zwrotnej w sporze.

Mamy nadzieję, że jeszcze kiedyś będziemy mogli Pana obsłużyć.

Z poważaniem
Zespół Drewniak Zabawki""", [
    A("refund_promise", "że syn dostał inną zabawkę.", " W ramach przeprosin dorzucimy do zwrotu drobny prezent dla syna.",
      "free gift"),
    A("off_platform_contact", "numeru przesyłki zwrotnej w sporze.",
      " Etykietę zwrotną możemy też wysłać SMS-em, wystarczy podać numer telefonu.", "asks for a phone number for SMS"),
    R("placeholder", "Panie Bartoszu", "Panie [imię w wołaczu]", "bracketed vocative placeholder"),
    R("invented_amount_or_date", "Pieniądze zostaną zwrócone",
      "Pieniądze (189.00 PLN plus 25.00 PLN za przesyłkę) zostaną zwrócone", "invented 25.00 PLN shipping refund"),
    A("shouting", "numeru przesyłki zwrotnej w sporze.", " BEZ NUMERU PRZESYŁKI NIE ODDAMY PIENIĘDZY!!!", "capitals + !!!"),
    P("internal_note", "Z poważaniem",
      "Notatka: adres zwrotu potwierdzony z magazynem, sprawdzać zwrot codziennie.\n\n", "internal note"),
], greet=["Bartoszu"])

# ---------------------------------------------------------------- m22 de return received
G("m22a", "m22_de_return_received", """Guten Tag Frau Hoffmann,

vielen Dank für Ihre Nachricht. Wir können bestätigen, dass Ihre Rücksendung der Espressomaschine bei uns eingegangen ist.

Die Erstattung erfolgt jetzt über die Plattform.

Wir bedauern, dass es mit der Maschine nicht geklappt hat, und würden uns freuen, Sie in Zukunft wieder als Kundin begrüßen zu dürfen.

Mit freundlichen Grüßen
Ihr Team von Kaffeewerk Berlin""", [
    F("en", """Good afternoon Ms Hoffmann,

Thank you for your message. We can confirm that your returned espresso machine has arrived with us.

The refund will now be processed through the platform.

We are sorry that the machine did not work out, and we would be delighted to welcome you back as a customer in the future.

Kind regards,
Ihr Team von Kaffeewerk Berlin""", "full English translation for a German buyer"),
    R("invented_amount_or_date", "Die Erstattung erfolgt jetzt über die Plattform.",
      "Die Erstattung erfolgt jetzt über die Plattform und ist in 3 bis 5 Werktagen auf Ihrem Konto.",
      "invented 3 to 5 working days"),
    A("refund_promise", "über die Plattform.", " Zusätzlich erhalten Sie von uns einen Rabattcode für Ihre nächste Bestellung.",
      "discount code (forbidden in return_received)"),
    D("missing_required_point", "Die Erstattung erfolgt jetzt über die Plattform.\n\n", "refund_follows sentence deleted"),
    A("feedback_request", "begrüßen zu dürfen.",
      " Über eine positive Bewertung unseres Shops würden wir uns trotz allem sehr freuen.", "asks for a positive rating"),
    R("placeholder", "Guten Tag Frau Hoffmann,", "Guten Tag Frau {{nachname}},", "{{nachname}} slot"),
])

G("m22b", "m22_de_return_received", """Hallo Sabine Hoffmann,

gute Nachrichten: Die zurückgeschickte Espressomaschine ist bei uns angekommen. Die Rückerstattung folgt jetzt über die Plattform.

Es tut uns leid, dass die Maschine bei Ihnen nicht richtig funktioniert hat. Wir hoffen sehr, dass wir in Zukunft wieder miteinander ins Geschäft kommen.

Beste Grüße
Ihr Team von Kaffeewerk Berlin""", [
    A("blame", "nicht richtig funktioniert hat.",
      " Laut unserem Techniker wurde sie allerdings mit sehr kalkhaltigem Wasser betrieben.", "blames the buyer's use"),
    A("off_platform_contact", "über die Plattform.",
      " Bei Fragen zur Erstattung erreichen Sie uns auch über kaffeewerk-berlin.de/kontakt.", "own website contact page"),
    A("internal_note", "ins Geschäft kommen.",
      "\n\n>> Intern: Erhalt im Streitfall bestätigen, damit die Erstattung freigegeben wird <<", "internal line"),
    R("shouting", "gute Nachrichten:", "GUTE NACHRICHTEN!!!", "capitals + !!!"),
    A("invented_tracking_number", "bei uns angekommen.", " (Sendungsnummer der Rücksendung: 00340434519028471256)",
      "near miss of the return number 00340434519028471265 (65 -> 56)"),
    D("missing_required_point", " Wir hoffen sehr, dass wir in Zukunft wieder miteinander ins Geschäft kommen.",
      "trade_again sentence deleted"),
])
