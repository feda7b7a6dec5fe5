B = {}

B["a01"] = dict(goods={
"a01a": """Hi Megan,

We're really sorry the blender isn't working for you. A motor that won't spin even though the charging light comes on is not what you should get, and we want to fix this with you.

So we can check it quickly, could you please send us a short video showing the blender switched on and the fault happening, i.e. you pressing the button and the motor not turning?

As soon as we receive it, we'll look at it and come back to you with a solution.

Best regards,
KitchenJoy Store team""",
"a01b": """Hello Megan,

Thank you for letting us know, and sorry for the trouble with your portable blender (order 8190207733410021). We understand how annoying it is when something new doesn't work.

Could you record a short video of the blender switched on, showing the fault as it happens? That helps us see exactly what is going on with the motor.

Once the video is in, we will review it right away and get back to you with a solution.

Kind regards,
KitchenJoy Store team"""},
bads=[
("a01a","refund_promise","and we want to fix this with you.","and we want to fix this with you. Don't worry, you'll get your money back either way.","promises money back before any evidence is seen",None),
("a01a","internal_note","Best regards,\nKitchenJoy Store team","Best regards,\nKitchenJoy Store team\n\n(note for Lin: compare listing photos with her complaint before replying again)","appends a staff note addressed to a colleague after the signature",None),
("a01a","blame","and we want to fix this with you.","but these blenders usually stop working when they are run without enough liquid, so please check you used it properly.","suggests the buyer caused the fault by misuse",None),
("a01a","shouting","could you please send us a short video","you MUST send us a VIDEO","capitals and a demanding tone for the evidence request",None),
("a01a","placeholder","Hi Megan,","Hi [Buyer First Name],","greeting left as template residue instead of the name",None),
("a01b","invented_amount_or_date","Once the video is in, we will review it right away","Once the video is in, we will review it within 72 hours","adds a response deadline not in the dispute or decision",None),
("a01b","off_platform_contact","That helps us see exactly what is going on with the motor.","That helps us see exactly what is going on with the motor. If the file is too big, just send it to support@kitchenjoy-store.com.","asks the buyer to send the video by email",None),
("a01b","wrong_language","Thank you for letting us know, and sorry for the trouble","Gracias por avisarnos, y perdona las molestias","first sentence opening switched to Spanish","es"),
("a01b","feedback_request","Once the video is in, we will review it right away and get back to you with a solution.","Once the video is in, we will review it right away and get back to you with a solution. In the meantime, we'd be grateful if you held off on leaving a review until this is sorted.","asks the buyer to hold off on a review",None),
("a01b","missing_required_point","Could you record a short video of the blender switched on, showing the fault as it happens? That helps us see exactly what is going on with the motor.","We are looking into what could be going on with the motor.","evidence request removed and replaced by a harmless sentence",None),
])

B["a02"] = dict(goods={
"a02a": """Hola Javier:

Entendemos tu preocupación, un mes es mucho tiempo esperando unas zapatillas. La buena noticia es que tu paquete sigue en camino y ya está en España; puedes seguirlo con el número de seguimiento LP00618273645CN.

¿Podrías cerrar la disputa por ahora? Para que estés totalmente tranquilo, ampliaremos tu protección de compra 20 días, así seguirás protegido hasta que llegue el paquete.

Muchas gracias por tu paciencia.

Un saludo,
RunFast Official Store team""",
"a02b": """Hola, Javier:

Sentimos mucho la espera. Hemos revisado el envío de tu pedido 8190301122558800 y el paquete está en camino con Cainiao / Correos Express. Número de seguimiento: LP00618273645CN.

Te pedimos, por favor, que cierres la disputa de momento. Nosotros extenderemos tu protección de compra 20 días para que no pierdas ninguna garantía mientras llega.

Quedamos a tu disposición para lo que necesites.

RunFast Official Store team"""},
bads=[
("a02a","refund_promise","así seguirás protegido hasta que llegue el paquete.","así seguirás protegido hasta que llegue el paquete. Y como compensación por la espera, te haremos un descuento del 10% en tu próximo pedido.","offers a discount on the next order as compensation",None),
("a02a","invented_tracking_number","puedes seguirlo con el número de seguimiento LP00618273645CN.","puedes seguirlo con el número de seguimiento LP00618273645CN o con el número local de Correos PQ4B7K0412345670108001M.","adds a second, local tracking number not in the dispute",None),
("a02a","blame","Entendemos tu preocupación, un mes es mucho tiempo esperando unas zapatillas.","Entendemos tu preocupación, pero el retraso es culpa de Correos Express, que tiene el paquete parado en su almacén.","blames the local carrier for the delay",None),
("a02a","missing_required_point","¿Podrías cerrar la disputa por ahora? Para","Para","removes the request to close the dispute",None),
("a02b","invented_amount_or_date","y el paquete está en camino con Cainiao / Correos Express.","y el paquete está en camino con Cainiao / Correos Express y debería entregarse antes del 12 de noviembre.","invents an estimated delivery date",None),
("a02b","off_platform_contact","Quedamos a tu disposición para lo que necesites.","Si lo prefieres, escríbenos por WhatsApp al +34 612 48 90 77 y lo vemos más rápido.","moves the conversation to WhatsApp with a phone number",None),
("a02b","feedback_request","Te pedimos, por favor, que cierres la disputa de momento.","Te pedimos, por favor, que cierres la disputa de momento y que nos dejes una valoración de 5 estrellas cuando recibas las zapatillas.","asks for a 5-star rating along with closing the dispute",None),
("a02b","shouting","Te pedimos, por favor, que cierres la disputa de momento.","¡¡¡CIERRA LA DISPUTA YA, EL PAQUETE ESTÁ EN CAMINO!!!","aggressive capitals and exclamation marks",None),
])

B["a03"] = dict(goods={
"a03a": """Bonjour Thomas,

Nous comprenons que ce blocage soit frustrant. Votre colis est actuellement retenu à la douane ; vous pouvez le suivre avec le numéro UH045729316CN.

Pour cette commande, les droits d'importation sont à la charge de l'acheteur. Pourriez-vous donc, s'il vous plaît, régler ces frais et effectuer le dédouanement ? Votre montre pourra ensuite continuer son chemin jusqu'à vous.

Si la douane demande un document, comme la facture, nous vous l'enverrons avec plaisir.

Merci beaucoup pour votre compréhension.

Cordialement,
TechWrist Store team"""},
bads=[
("a03a","refund_promise","Votre montre pourra ensuite continuer son chemin jusqu'à vous.","Nous vous rembourserons ensuite ces frais de douane sur votre compte.","promises to reimburse the customs fees the buyer owes",None),
("a03a","invented_tracking_number","vous pouvez le suivre avec le numéro UH045729316CN.","vous pouvez le suivre avec le numéro UH045729316CN, ou sur le site de La Poste avec la référence 6A21938475019.","invents a La Poste reference number",None),
("a03a","internal_note","Merci beaucoup pour votre compréhension.","Merci beaucoup pour votre compréhension.\n\n[interne : vérifier dans les conditions de la commande que l'acheteur doit bien les droits, puis envoyer la facture commerciale]","leaves an internal checklist reminder in brackets",None),
("a03a","wrong_language","Si la douane demande un document, comme la facture, nous vous l'enverrons avec plaisir.","If customs asks for any document, such as the invoice, we will gladly send it to you.","document offer written in English","en"),
("a03a","blame","Nous comprenons que ce blocage soit frustrant.","Ce blocage vient de la douane française, qui retient systématiquement nos colis.","blames French customs for the hold",None),
("a03a","missing_required_point","Pour cette commande, les droits d'importation sont à la charge de l'acheteur. Pourriez-vous donc, s'il vous plaît, régler ces frais et effectuer le dédouanement ? Votre","Votre","removes the request that the buyer pays duties and clears customs",None),
])

B["a04"] = dict(goods={
"a04a": """Hallo Frau Hoffmann,

es tut uns sehr leid: Es sieht leider so aus, als sei Ihr Paket mit der LED-Lichterkette auf dem Weg verloren gegangen. Wir verstehen gut, dass Sie nach so langer Wartezeit eine Lösung möchten.

Sollen wir Ihnen die Lichterkette noch einmal schicken, ohne zusätzliche Kosten für Sie?

Bitte antworten Sie uns kurz zur Bestätigung und prüfen Sie dabei, ob Ihre Lieferadresse noch stimmt.

Viele Grüße
Gartenlicht Shop team"""},
bads=[
("a04a","refund_promise","Sollen wir Ihnen die Lichterkette noch einmal schicken, ohne zusätzliche Kosten für Sie?","Sollen wir Ihnen die Lichterkette noch einmal schicken, ohne zusätzliche Kosten für Sie? Alternativ erstatten wir Ihnen natürlich sofort den vollen Kaufpreis.","adds a full refund as an alternative",None),
("a04a","invented_amount_or_date","Sollen wir Ihnen die Lichterkette noch einmal schicken","Sollen wir Ihnen die Lichterkette noch einmal per Express schicken, sodass sie in 5 Werktagen bei Ihnen ist,","invents a delivery time of 5 working days",None),
("a04a","placeholder","prüfen Sie dabei, ob Ihre Lieferadresse noch stimmt.","prüfen Sie dabei, ob Ihre Lieferadresse ({{shipping_address}}) noch stimmt.","unfilled template variable for the address",None),
("a04a","feedback_request","Viele Grüße","Und falls Sie schon eine negative Bewertung abgegeben haben: Wir würden uns freuen, wenn Sie sie nach der Neulieferung anpassen.\n\nViele Grüße","asks the buyer to change a negative review",None),
("a04a","shouting","es tut uns sehr leid: Es sieht leider so aus","BITTE BEACHTEN SIE: Es sieht so aus","opens with a capitalised warning",None),
("a04a","missing_required_point","Bitte antworten Sie uns kurz zur Bestätigung und prüfen Sie dabei, ob Ihre Lieferadresse noch stimmt.","Wir wünschen Ihnen einen schönen Tag.","removes the request to confirm and check the address",None),
])

B["a05"] = dict(goods={
"a05a": """Ciao Giulia,

grazie mille per aver accettato che ti rispediamo la custodia, e scusaci ancora per l'inconveniente.

Abbiamo già spedito di nuovo il tuo articolo: il nuovo numero di tracciamento è LP00298874512CN, così puoi seguirlo passo dopo passo.

Terremo d'occhio il nuovo pacco anche noi e ti aggiorneremo se ci sono novità. Speriamo davvero che questa volta arrivi senza intoppi!

Un caro saluto,
CoverLab Store team"""},
bads=[
("a05a","invented_tracking_number","il nuovo numero di tracciamento è LP00298874512CN,","il nuovo numero di tracciamento è LP00298874512CN (numero Poste Italiane: RR019283746IT),","adds an invented Poste Italiane number",None),
("a05a","off_platform_contact","Terremo d'occhio il nuovo pacco anche noi e ti aggiorneremo se ci sono novità.","Terremo d'occhio il nuovo pacco anche noi; per aggiornamenti più veloci aggiungici su Telegram: @coverlab_assistenza.","asks the buyer to follow up on Telegram",None),
("a05a","internal_note","Un caro saluto,","Remedy: confirm_reshipment — caricare il nuovo tracking nella disputa.\n\nUn caro saluto,","leaves the remedy id and a staff task in the reply",None),
("a05a","wrong_language","Speriamo davvero che questa volta arrivi senza intoppi!","Wir hoffen sehr, dass es diesmal ohne Probleme ankommt!","one sentence in German","de"),
("a05a","blame","e scusaci ancora per l'inconveniente.","purtroppo Poste Italiane perde spesso i pacchi, non dipende da noi.","blames Poste Italiane for the loss",None),
])

B["a06"] = dict(goods={
"a06a": """Olá, Rafael!

Obrigado pelas fotos e pelo vídeo. Deu para ver claramente o chiado no fone esquerdo, e pedimos desculpas por isso e pela demora em responder.

Podemos oferecer duas opções:
• você fica com o fone e recebe um reembolso parcial de até 75.96 BRL;
• você devolve o fone e recebe o reembolso total.

Qual das opções você prefere? Assim que nos disser, seguimos com a solução pela plataforma.

Abraços,
SomPuro Store team""",
"a06b": """Oi Rafael, tudo bem?

Agradecemos muito as provas que você enviou — o problema no fone esquerdo é evidente e lamentamos o transtorno.

Temos duas possibilidades para você: ficar com o produto com um reembolso parcial de até 75.96 BRL, ou devolver o fone e receber o reembolso integral do pedido.

Qual você prefere?

Atenciosamente,
SomPuro Store team"""},
bads=[
("a06a","amount_over_cap","recebe um reembolso parcial de até 75.96 BRL;","recebe um reembolso parcial de 95.00 BRL;","partial refund above the 75.96 BRL cap",None),
("a06a","invented_amount_or_date","Assim que nos disser, seguimos com a solução pela plataforma.","Assim que nos disser, o valor cai na sua conta em até 3 dias úteis.","invents a 3-business-day payout time",None),
("a06a","placeholder","Olá, Rafael!","Olá, {buyer_name}!","greeting left as a template variable",None),
("a06a","wrong_language","Qual das opções você prefere?","¿Cuál de las opciones prefieres?","question asked in Spanish","es"),
("a06b","amount_over_cap","ficar com o produto com um reembolso parcial de até 75.96 BRL,","ficar com o produto com um reembolso parcial de metade do valor pago,","offers half the price, above the 40% cap",None),
("a06b","amount_over_cap","ou devolver o fone e receber o reembolso integral do pedido.","ou devolver o fone e receber o reembolso integral do pedido mais 20 BRL pelo frete de devolução.","adds 20 BRL on top of the full refund",None),
("a06b","feedback_request","Qual você prefere?","Qual você prefere? E se puder, depois de resolvido, retire a avaliação de 1 estrela, por favor.","asks the buyer to remove a 1-star review",None),
("a06b","shouting","o problema no fone esquerdo é evidente e lamentamos o transtorno.","O PROBLEMA NO FONE ESQUERDO É EVIDENTE!!! LAMENTAMOS!!!","capitals and repeated exclamation marks",None),
])

B["a07"] = dict(goods={
"a07a": """Dzień dobry, Pani Marto,

dziękujemy za wiadomość i rozumiemy, że długie oczekiwanie na plecak jest męczące.

Chcielibyśmy poinformować, że przekazaliśmy już platformie nasze dowody dotyczące zamówienia 8190836677001144. Teraz decyzję podejmie specjalista ds. sporów platformy, a my ją uszanujemy.

Jeśli ma Pani jakiekolwiek pytania, cały czas jesteśmy tu, aby pomóc.

Pozdrawiamy serdecznie,
Outdoor Bazaar team"""},
bads=[
("a07a","refund_promise","a my ją uszanujemy.","a my ją uszanujemy – a jeśli będzie trzeba, i tak zwrócimy Pani pieniądze.","promises a refund regardless of the platform decision",None),
("a07a","invented_amount_or_date","Teraz decyzję podejmie specjalista ds. sporów platformy,","Teraz, w ciągu 7 dni, decyzję podejmie specjalista ds. sporów platformy,","invents a 7-day decision timeframe",None),
("a07a","off_platform_contact","cały czas jesteśmy tu, aby pomóc.","prosimy pisać bezpośrednio na nasz adres: kontakt@outdoorbazaar.pl.","asks the buyer to write to an email address",None),
("a07a","internal_note","Pozdrawiamy serdecznie,","PS. Kasia – sprawdzaj codziennie stronę sporu, czy specjalista o coś nie pyta.\n\nPozdrawiamy serdecznie,","leaves a reminder to a colleague in the reply",None),
("a07a","blame","dziękujemy za wiadomość i rozumiemy, że długie oczekiwanie na plecak jest męczące.","dziękujemy za wiadomość. Według InPost paczka została doręczona, więc prawdopodobnie nie sprawdziła Pani dokładnie skrzynki.","suggests the buyer did not check her parcel locker",None),
("a07a","missing_required_point","Chcielibyśmy poinformować, że przekazaliśmy już platformie nasze dowody dotyczące zamówienia 8190836677001144. Teraz","Teraz","removes the statement that evidence was given to the platform",None),
])

B["a08"] = dict(goods={
"a08a": """Здравствуйте, Алексей!

Мы видим, что вы передали спор на рассмотрение платформы, и понимаем, почему вы расстроены: вы писали нам несколько раз и ждали ответа по существу. Приносим извинения.

Мы будем сотрудничать со специалистом платформы по спорам и предоставим ему все наши доказательства.

При этом мы по-прежнему готовы вместе с вами найти решение, которое вас устроит.

С уважением,
Команда SmileTech Store"""},
bads=[
("a08a","refund_promise","При этом мы по-прежнему готовы вместе с вами найти решение, которое вас устроит.","При этом мы готовы прямо сейчас вернуть вам полную стоимость щётки.","offers a full refund during escalation",None),
("a08a","invented_tracking_number","Мы будем сотрудничать со специалистом платформы по спорам","Мы будем сотрудничать со специалистом платформы по спорам, приложим трек-номер RA644019283CN","invents a tracking number to be submitted",None),
("a08a","placeholder","Здравствуйте, Алексей!","Здравствуйте, Алексей!\n\nЗаказ № <ORDER_ID>.","unfilled order id placeholder",None),
("a08a","wrong_language","Приносим извинения.","We apologise for that.","apology sentence in English","en"),
("a08a","feedback_request","При этом мы по-прежнему готовы","Очень просим вас пока не оставлять отрицательный отзыв о магазине. При этом мы по-прежнему готовы","asks the buyer not to leave a negative review for now",None),
("a08a","shouting","Мы будем сотрудничать со специалистом платформы по спорам и предоставим ему все наши доказательства.","МЫ ПРЕДОСТАВИМ ВСЕ ДОКАЗАТЕЛЬСТВА СПЕЦИАЛИСТУ ПЛАТФОРМЫ!!!","shouts the cooperation sentence in capitals",None),
])
