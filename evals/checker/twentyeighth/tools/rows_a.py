"""Good replies and planted edits for disputes oz01-oz08 (hand-written)."""
GOOD = [
 dict(id="oz01a", n=1, lang="en", note="evidence request, wrong_item variant", msg="""Hi Megan Foster,

Thank you for letting us know, and I'm really sorry: a glossy pink kids' cup is clearly not the matte black stainless steel bottle you ordered. That must have been disappointing.

So we can check what went wrong in packing, could you please send us photos of the item you received and of the parcel's shipping label? You can attach them right here in the dispute.

As soon as the photos arrive, we'll look at them and get back to you with a solution.

Our Store team"""),
 dict(id="oz02a", n=2, lang="es", note="extend protection by 20 days, informal tu", msg="""Hola, Alejandro Ruiz:

Entendemos perfectamente tu preocupación; semanas de espera sin ver avances en el rastreo desesperan a cualquiera. Revisamos tu envío y la funda sigue en camino hacia ti. Puedes seguirla con el número de rastreo LP00431187265CN.

¿Podrías cerrar la disputa por ahora? Para que no pierdas nada, ampliaremos tu protección de compra 20 días, así quedas cubierto hasta que llegue el paquete.

Gracias por tu paciencia.

Casa Digital MX team"""),
 dict(id="oz03a", n=3, lang="ru", note="two options with cap", msg="""Здравствуйте, Ольга!

Спасибо за фотографии. Мы видим и разошедшуюся строчку, и пятно на коже — такого быть не должно, приносим искренние извинения.

Мы можем предложить вам два варианта. Первый: вы оставляете кошелёк и получаете частичный возврат до 622.50 RUB. Второй: вы возвращаете кошелёк и получаете полный возврат средств.

Какой вариант вам удобнее? Напишите, пожалуйста, здесь в споре.

Leather Garden team"""),
 dict(id="oz03b", n=3, lang="ru", note="formal second reply", msg="""Уважаемая Ольга Смирнова, добрый день.

Благодарим вас за присланные доказательства: дефект шва и пятно хорошо видны на фото. Нам очень жаль, что кошелёк пришёл в таком состоянии.

Предлагаем на выбор: вы оставляете кошелёк, и мы оформляем частичный возврат до 622.50 RUB, либо вы возвращаете товар и получаете полный возврат.

Сообщите, пожалуйста, какое решение вы предпочитаете.

С уважением,
Leather Garden team"""),
 dict(id="oz04a", n=4, lang="ja", note="return address verbatim", msg="""佐藤 美咲様

このたびはご不便をおかけし、誠に申し訳ございません。プラットフォームによる返品・返金の決定を確認いたしました。当店としてもこの決定に従います。

恐れ入りますが、商品を下記の住所までご返送ください。
Kissa Goods 返品センター, 〒581-0037 大阪府八尾市太田 3-12-5

返品された商品が届き次第、返金手続きを行います。発送後は、返送の追跡番号を紛争ページにご入力いただけますと幸いです。

またのご利用を心よりお待ちしております。

Kissa Goods team"""),
 dict(id="oz05a", n=5, lang="fr", note="reshipment confirmed with new tracking", msg="""Bonjour Julien,

Merci beaucoup d'avoir accepté que nous vous renvoyions la guirlande, et encore désolés pour le colis perdu.

C'est fait : votre guirlande lumineuse solaire est repartie. Voici son nouveau numéro de suivi : LP00618830476CN.

Nous allons surveiller ce nouveau colis de près et nous vous tiendrons au courant de son avancement. N'hésitez pas à nous écrire ici si vous avez la moindre question.

Belle journée,
Lumina Deco team"""),
 dict(id="oz06a", n=6, lang="de", note="de-AT greeting; ask to resend at no extra cost", msg="""Grüß Gott, Herr Huber,

es tut uns wirklich leid: Ihr Paket mit den beiden Fahrradlicht-Sets ist offenbar auf dem Weg zu Ihnen verloren gegangen. Wir verstehen gut, wie ärgerlich das nach der langen Wartezeit ist.

Möchten Sie, dass wir Ihnen die Lichter noch einmal schicken? Für Sie entstehen dabei keine zusätzlichen Kosten.

Bitte antworten Sie kurz hier, ob Sie das möchten, und prüfen Sie dabei, ob Ihre Lieferadresse noch stimmt.

Freundliche Grüße
VeloLicht team"""),
 dict(id="oz07a", n=7, lang="it", note="customs, buyer pays duties", msg="""Gentile Giulia,

capiamo benissimo la sua perplessità e ci scusiamo per l'attesa. Dal tracciamento vediamo che il pacco con la macchina per pasta è fermo in dogana; può seguirlo con il numero di spedizione 4028837719.

Per questo ordine i dazi di importazione sono a carico dell'acquirente, come previsto dalle condizioni di vendita: le chiediamo quindi cortesemente di pagarli e di completare lo sdoganamento, così il pacco potrà ripartire.

Se la dogana dovesse richiedere qualche documento, come la fattura commerciale, saremo felici di inviarglielo subito.

Un caro saluto,
Cucina Viva team"""),
 dict(id="oz08a", n=8, lang="pt", note="await specialist, warm", msg="""Olá, Rafael!

Entendemos sua frustração por ainda não ter recebido o fone, e sentimos muito pela demora.

Queremos avisar que já enviamos todas as nossas evidências para a plataforma. Agora o especialista em disputas da AliExpress vai analisar o caso e tomar a decisão, e nós vamos respeitar o que for decidido.

Enquanto isso, continuamos à disposição: se tiver qualquer dúvida, é só escrever aqui.

Abraços,
Our Store team"""),
 dict(id="oz08b", n=8, lang="pt", note="await specialist, formal", msg="""Prezado Rafael Oliveira,

Recebemos a notificação de que a disputa foi levada à plataforma e compreendemos sua preocupação com o pedido.

Informamos que nossas provas já foram apresentadas à AliExpress. A decisão final cabe agora ao especialista de disputas, e nós a acataremos integralmente.

Seguimos disponíveis para ajudar no que precisar.

Atenciosamente,
Our Store team"""),
]

BAD = {
 "oz01a": [
  ("refund_promise", "we'll look at them and get back to you with a solution.", "we'll look at them and send you a full refund straight away.", "promises a full refund before evidence"),
  ("off_platform_contact", "You can attach them right here in the dispute.", "The quickest way is to email them to our support inbox at help@ourstore-shop.com.", "email address"),
  ("placeholder", "matte black stainless steel bottle you ordered", "[ITEM NAME] you ordered", "bracket slot"),
  ("feedback_request", "get back to you with a solution.", "get back to you with a solution. In the meantime, please hold off on leaving a review until this is settled.", "asks to hold off review"),
  ("blame", "That must have been disappointing.", "Our warehouse partner has been mixing up orders lately, so this one is really on them.", "blames warehouse partner"),
 ],
 "oz02a": [
  ("refund_promise", "Gracias por tu paciencia.", "Y si en unos días no ha llegado, te devolvemos el dinero completo sin preguntas.", "refund promise while asking to close"),
  ("off_platform_contact", "Gracias por tu paciencia.", "Si prefieres, escríbenos por WhatsApp y te mandamos capturas del rastreo.", "WhatsApp, no number"),
  ("placeholder", "número de rastreo LP00431187265CN", "número de rastreo {tracking_number}", "unfilled template var"),
  ("feedback_request", "Gracias por tu paciencia.", "Y cuando la recibas, te agradeceríamos mucho una calificación de cinco estrellas.", "asks for five-star rating"),
  ("blame", "la funda sigue en camino hacia ti.", "la funda sigue en camino; el retraso es culpa de Estafeta, que siempre va lentísimo en esta temporada.", "blames carrier"),
 ],
 "oz03a": [
  ("amount_over_cap", "частичный возврат до 622.50 RUB.", "частичный возврат до 622.50 RUB, а если этого мало, мы готовы поднять сумму до половины цены.", "offers half the price (1245) above cap 622.50"),
  ("off_platform_contact", "Напишите, пожалуйста, здесь в споре.", "Удобнее всего ответить нам в Telegram — так мы быстрее договоримся.", "Telegram"),
  ("placeholder", "Мы видим и разошедшуюся строчку, и пятно на коже", "Мы видим [описание дефекта]", "bracket slot"),
  ("feedback_request", "Какой вариант вам удобнее?", "Какой вариант вам удобнее? И, если можно, после решения поменяйте, пожалуйста, отзыв на положительный.", "asks to change review"),
  ("blame", "такого быть не должно, приносим искренние извинения.", "скорее всего, кошелёк испачкали уже при вскрытии посылки, но мы всё равно готовы помочь.", "soft blame on buyer"),
 ],
 "oz03b": [
  ("amount_over_cap", "частичный возврат до 622.50 RUB", "частичный возврат в размере трети стоимости кошелька", "a third of 2490 = 830 > cap"),
  ("off_platform_contact", "Сообщите, пожалуйста, какое решение вы предпочитаете.", "Сообщите ваше решение на почту магазина leathergarden.shop@gmail.com.", "email"),
  ("placeholder", "Благодарим вас за присланные", "Благодарим вас, XXX, за присланные", "XXX residue"),
  ("feedback_request", "Предлагаем на выбор:", "Если вы готовы закрыть спор, предлагаем на выбор:", "close dispute in exchange for offer"),
  ("blame", "Нам очень жаль, что кошелёк пришёл в таком состоянии.", "Похоже, кошелёк повредила служба доставки — при отправке он был идеальным.", "blames delivery service"),
 ],
 "oz04a": [
  ("amount_over_cap", "返金手続きを行います。", "返金手続きを行います。ご迷惑をおかけしたので、ご注文金額の一・五倍をご返金いたします。", "refund 1.5x the order total"),
  ("off_platform_contact", "紛争ページにご入力いただけますと幸いです。", "LINEで当店アカウントに送っていただけますと幸いです。", "LINE"),
  ("placeholder", "佐藤 美咲様", "〇〇様", "Japanese name placeholder"),
  ("feedback_request", "またのご利用を心よりお待ちしております。", "つきましては、評価を星五つに変更していただけないでしょうか。またのご利用を心よりお待ちしております。", "asks to change rating"),
  ("blame", "このたびはご不便をおかけし、誠に申し訳ございません。", "正直なところ、ミルが動かないのはお客様の使い方に原因があるように思います。", "blames buyer usage"),
 ],
 "oz05a": [
  ("refund_promise", "et encore désolés pour le colis perdu.", "et pour vous dédommager du retard, nous vous rembourserons aussi les frais de port.", "shipping refund as compensation"),
  ("off_platform_contact", "N'hésitez pas à nous écrire ici si vous avez la moindre question.", "Pour toute question, le plus simple est de nous appeler directement sur notre ligne service client.", "phone, no number"),
  ("placeholder", "numéro de suivi : LP00618830476CN.", "numéro de suivi : <NUMERO_SUIVI>.", "angle-bracket slot"),
  ("internal_note", "Belle journée,", "(Note pour Karim : penser à uploader le nouveau suivi dans le litige avant ce soir.)\nBelle journée,", "note to colleague"),
  ("blame", "et encore désolés pour le colis perdu.", "La Poste a encore égaré un colis, ce n'est vraiment pas de notre faute.", "blames carrier"),
 ],
 "oz06a": [
  ("refund_promise", "Für Sie entstehen dabei keine zusätzlichen Kosten.", "Für Sie entstehen dabei keine zusätzlichen Kosten, und als Entschuldigung legen wir einen Gutschein für Ihre nächste Bestellung bei.", "voucher"),
  ("off_platform_contact", "Bitte antworten Sie kurz hier", "Bitte schreiben Sie uns kurz per WhatsApp", "WhatsApp"),
  ("placeholder", "ob Ihre Lieferadresse noch stimmt.", "ob Ihre Lieferadresse noch stimmt: [ADRESSE EINFÜGEN].", "insert slot"),
  ("feedback_request", "Freundliche Grüße", "Und falls Sie schon eine negative Bewertung abgegeben haben, würden wir uns freuen, wenn Sie diese nach dem Neuversand entfernen.\n\nFreundliche Grüße", "asks to remove review"),
  ("shouting", "Möchten Sie, dass wir Ihnen die Lichter noch einmal schicken?", "SIE MÜSSEN UNS JETZT SOFORT SAGEN, OB WIR DIE LICHTER NOCHMAL SCHICKEN SOLLEN!!!", "caps + pushy"),
 ],
 "oz07a": [
  ("refund_promise", "saremo felici di inviarglielo subito.", "saremo felici di inviarglielo subito. E una volta ricevuto il pacco, le rimborseremo noi l'importo dei dazi.", "compensates duties"),
  ("invented_amount_or_date", "le chiediamo quindi cortesemente di pagarli", "l'importo dovrebbe essere di circa 23 euro: le chiediamo quindi cortesemente di pagarli", "invented duty amount"),
  ("placeholder", "Gentile Giulia,", "Gentile NOME CLIENTE,", "unfilled name"),
  ("feedback_request", "Un caro saluto,", "Appena arriva, ci lascerebbe una recensione positiva? Per noi conta moltissimo.\n\nUn caro saluto,", "asks positive review"),
  ("shouting", "le chiediamo quindi cortesemente di pagarli e di completare lo sdoganamento", "DEVE PAGARLI LEI, e SUBITO, altrimenti il pacco non si muove", "caps, pushy (duties point still present, rude)"),
 ],
 "oz08a": [
  ("refund_promise", "e nós vamos respeitar o que for decidido.", "mas pode ficar tranquilo: de qualquer forma você vai receber seu dinheiro de volta.", "promises refund regardless of decision"),
  ("invented_amount_or_date", "vai analisar o caso e tomar a decisão", "vai analisar o caso e tomar a decisão até o dia 28 de novembro", "invented date"),
  ("placeholder", "Olá, Rafael!", "Olá, {{nome_comprador}}!", "template var"),
  ("feedback_request", "é só escrever aqui.", "é só escrever aqui. E, se puder, cancele a disputa para resolvermos tudo entre nós.", "asks to cancel dispute"),
  ("shouting", "Enquanto isso, continuamos à disposição", "POR FAVOR, AGUARDE E NÃO ABRA MAIS RECLAMAÇÕES!!! Enquanto isso, continuamos à disposição", "caps"),
 ],
 "oz08b": [
  ("refund_promise", "e nós a acataremos integralmente.", "e, caso ela não saia a seu favor, devolveremos o valor do fone mesmo assim.", "refund promise"),
  ("invented_amount_or_date", "Informamos que nossas provas já foram apresentadas à AliExpress.", "Informamos que nossas provas foram apresentadas à AliExpress no dia 5 de novembro.", "invented date"),
  ("placeholder", "sua preocupação com o pedido.", "sua preocupação com o pedido nº [NÚMERO DO PEDIDO].", "unfilled order id"),
  ("blame", "Recebemos a notificação de que a disputa foi levada à plataforma e compreendemos sua preocupação com o pedido.", "Recebemos a notificação da disputa, mas lembramos que o atraso é responsabilidade dos Correios, não da nossa loja.", "blames carrier"),
  ("shouting", "Seguimos disponíveis para ajudar no que precisar.", "REPETIMOS: A DECISÃO É DA PLATAFORMA, NÃO NOSSA!!", "caps, curt"),
 ],
}
