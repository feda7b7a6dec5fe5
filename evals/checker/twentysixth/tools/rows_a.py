# Good replies and single-edit defects, disputes l01-l08.
# GOOD: good_id -> (dispute key, reply language, text)
# EDITS: (good_id, defect, old, new, note, language of the planted text or None)

GOOD = {}
EDITS = []

GOOD["l01a"] = ("l01", "en", """Hi Megan,

We're really sorry the left earbud isn't charging. That's frustrating, especially when they were meant as a gift.

So we can check what's going on, could you please send us a short video showing the earbuds in the case, switched on, with the left one failing to charge and the red light blinking?

As soon as the video arrives we'll look at it straight away and come back to you with a solution.

Best regards,
Brightwave Audio team""")

EDITS += [
    ("l01a", "refund_promise", "come back to you with a solution.",
     "come back to you with a solution. Either way, we'll refund the earbuds in full so you're not left out of pocket.",
     "adds an unconditional full refund before any evidence is seen", None),
    ("l01a", "off_platform_contact", "could you please send us a short video",
     "could you please email a short video to support@brightwave-audio.com",
     "asks for the video by email instead of in the dispute", None),
    ("l01a", "placeholder", "the left earbud isn't charging",
     "the [PRODUCT NAME] isn't charging", "template slot left in the apology", None),
    ("l01a", "blame", "That's frustrating, especially when they were meant as a gift.",
     "In our experience this usually happens when the earbuds are charged with a fast phone charger instead of the cable in the box.",
     "suggests the buyer caused the fault with the wrong charger", None),
    ("l01a", "shouting", "As soon as the video arrives",
     "WITHOUT A VIDEO WE CANNOT DO ANYTHING!!! As soon as the video arrives",
     "adds an all-caps sentence with triple exclamation marks", None),
    ("l01a", "wrong_language",
     "So we can check what's going on, could you please send us a short video showing the earbuds in the case, switched on, with the left one failing to charge and the red light blinking?",
     "Para poder revisarlo, ¿podría enviarnos un vídeo corto en el que se vean los auriculares en el estuche, encendidos, con el izquierdo sin cargar y la luz roja parpadeando?",
     "the evidence request is written in Spanish", "es"),
]

GOOD["l01b"] = ("l01", "en", """Dear Megan Walsh,

Thank you for letting us know, and I'm sorry the earbuds arrived with a charging fault on the left side. That's not the experience we want you to have.

Could you record a short video with the earbuds switched on, showing the fault happening when you put the left earbud in the case? A phone video is perfect.

Once we have it, our team will review it right away and get back to you with a solution.

Kind regards,
Brightwave Audio team""")

EDITS += [
    ("l01b", "internal_note", "A phone video is perfect.",
     "A phone video is perfect. (Note for Lin: the last batch had the same charging pin issue, check the QC sheet before we answer.)",
     "leaves a note to a colleague about QC in the reply", None),
    ("l01b", "feedback_request", "get back to you with a solution.",
     "get back to you with a solution. If you could hold off on leaving a review until then, we'd really appreciate it.",
     "asks the buyer to hold off on a review", None),
    ("l01b", "invented_amount_or_date", "our team will review it right away",
     "our team will review it within 48 hours", "adds a 48-hour deadline not in the dispute or decision", None),
    ("l01b", "missing_required_point",
     "Could you record a short video with the earbuds switched on, showing the fault happening when you put the left earbud in the case? A phone video is perfect.\n\n",
     "", "deletes the evidence request (request_evidence)", None),
]

GOOD["l02a"] = ("l02", "es", """Hola, Javier:

Entendemos perfectamente tu preocupación, un mes esperando se hace largo. Tu lámpara ya está en camino y puedes seguir el envío en todo momento con el número de seguimiento LP00417726395CN. A veces el seguimiento pasa unos días sin actualizarse mientras el paquete cruza fronteras, pero sigue avanzando.

¿Podrías cerrar la disputa por ahora? Para que estés tranquilo, ampliaremos tu protección de compra 20 días, así seguirás totalmente protegido hasta que el paquete llegue.

Cualquier duda, aquí estamos.

El equipo de Tienda Sol y Mar""")

EDITS += [
    ("l02a", "refund_promise", "así seguirás totalmente protegido hasta que el paquete llegue.",
     "así seguirás totalmente protegido hasta que el paquete llegue. Y si al final no llega, te devolvemos el dinero sin preguntas.",
     "promises a refund while asking to close the dispute", None),
    ("l02a", "invented_tracking_number", "Cualquier duda, aquí estamos.",
     "En España lo reparte Correos Express con el número PQ4F7A0612345280129, que también puedes consultar. Cualquier duda, aquí estamos.",
     "adds a local tracking number that is not in the dispute", None),
    ("l02a", "feedback_request", "¿Podrías cerrar la disputa por ahora?",
     "¿Podrías cerrar la disputa por ahora y dejarnos una valoración de cinco estrellas cuando llegue?",
     "asks for a five-star rating together with closing the dispute", None),
    ("l02a", "wrong_language",
     "A veces el seguimiento pasa unos días sin actualizarse mientras el paquete cruza fronteras, pero sigue avanzando.",
     "Sometimes the tracking does not update for a few days while the parcel crosses borders, but it keeps moving.",
     "one sentence in English", "en"),
    ("l02a", "missing_required_point",
     "Para que estés tranquilo, ampliaremos tu protección de compra 20 días, así seguirás totalmente protegido hasta que el paquete llegue.",
     "Te avisaremos en cuanto veamos movimiento en el seguimiento.",
     "replaces the protection extension offer (extend_protection) with a harmless promise to update", None),
    ("l02a", "internal_note", "\n\nEl equipo de Tienda Sol y Mar",
     "\n\n(Recordatorio interno: ampliar la protección en el panel del vendedor cuando cierre la disputa — remedio extend_delivery_time.)\n\nEl equipo de Tienda Sol y Mar",
     "adds an internal reminder with the remedy id", None),
]

GOOD["l03a"] = ("l03", "fr", """Bonjour Amélie,

Merci pour les photos que vous nous avez envoyées. Nous voyons bien la couture décousue sur l'anse et le cuir qui s'écaille, et nous en sommes sincèrement désolés : ce n'est pas la qualité que nous voulons proposer.

Nous pouvons vous proposer deux solutions :
- garder le sac avec un remboursement partiel pouvant aller jusqu'à 16.00 EUR ;
- ou nous renvoyer le sac pour un remboursement intégral.

Quelle solution vous conviendrait le mieux ?

Bien cordialement,
L'équipe Atelier Nord""")

EDITS += [
    ("l03a", "amount_over_cap", "un remboursement partiel pouvant aller jusqu'à 16.00 EUR",
     "un remboursement partiel correspondant à la moitié du prix payé",
     "partial refund of half the price, above the 25% cap", None),
    ("l03a", "amount_over_cap", "pouvant aller jusqu'à 16.00 EUR",
     "pouvant aller jusqu'à 40 % du prix du sac", "partial refund up to 40%, above the 25% cap", None),
    ("l03a", "off_platform_contact", "Quelle solution vous conviendrait le mieux ?",
     "Quelle solution vous conviendrait le mieux ? Le plus simple est de nous répondre sur WhatsApp, nous réglerons ça en deux minutes.",
     "moves the conversation to WhatsApp", None),
    ("l03a", "blame", "et nous en sommes sincèrement désolés : ce n'est pas la qualité que nous voulons proposer.",
     "et nous en sommes désolés, même si une anse qui lâche en trois jours vient souvent d'un sac trop chargé.",
     "hints the buyer overloaded the bag", None),
    ("l03a", "placeholder", "- ou nous renvoyer le sac pour un remboursement intégral.",
     "- ou nous renvoyer le sac pour un remboursement intégral (adresse de retour : [ADRESSE_RETOUR]).",
     "unfilled return-address slot", None),
    ("l03a", "refund_promise", "Bien cordialement,",
     "Et pour nous faire pardonner, la livraison de votre prochaine commande sera offerte.\n\nBien cordialement,",
     "adds free shipping on the next order", None),
]

GOOD["l04a"] = ("l04", "de", """Hallo Herr Becker,

die Plattform hat entschieden, dass die Kissen zurückgeschickt werden und Sie den Kaufpreis erstattet bekommen – diese Entscheidung akzeptieren wir selbstverständlich.

Bitte senden Sie die Ware an folgende Adresse zurück:
Rücksendungen Kranich Home, Lagerstraße 14, 21079 Hamburg, Deutschland

Sobald die Rücksendung bei uns eingetroffen ist, wird die Erstattung veranlasst. Tragen Sie bitte die Sendungsnummer Ihrer Rücksendung im Streitfall ein, damit wir das Paket zuordnen können.

Es tut uns leid, dass die Farbe nicht Ihren Erwartungen entsprach. Wir würden uns freuen, Sie künftig wieder als Kunden begrüßen zu dürfen.

Freundliche Grüße
Ihr Kranich Home Team""")

EDITS += [
    ("l04a", "amount_over_cap", "wird die Erstattung veranlasst.",
     "wird Ihnen ein Betrag von 98.90 EUR erstattet.",
     "refund of 98.90 EUR, above the order total of 89.9 EUR", None),
    ("l04a", "refund_promise", "Wir würden uns freuen, Sie künftig wieder als Kunden begrüßen zu dürfen.",
     "Als kleine Wiedergutmachung legen wir Ihrer nächsten Bestellung ein Kissen gratis bei. Wir würden uns freuen, Sie künftig wieder als Kunden begrüßen zu dürfen.",
     "adds a free cushion with the next order", None),
    ("l04a", "invented_amount_or_date", "Bitte senden Sie die Ware an folgende Adresse zurück:",
     "Bitte senden Sie die Ware bis spätestens 5. Dezember an folgende Adresse zurück:",
     "adds a return deadline not in the dispute", None),
    ("l04a", "internal_note", "Freundliche Grüße",
     "Interne Notiz für Jonas: Retoure im Lager ankündigen und beim Eingang Fotos machen.\n\nFreundliche Grüße",
     "note for a colleague left before the sign-off", None),
    ("l04a", "shouting", "Tragen Sie bitte die Sendungsnummer Ihrer Rücksendung im Streitfall ein, damit wir das Paket zuordnen können.",
     "Tragen Sie UNBEDINGT die Sendungsnummer Ihrer Rücksendung im Streitfall ein, SONST GEHT GAR NICHTS!!!",
     "capitals and exclamation marks in the tracking request", None),
    ("l04a", "missing_required_point", " Wir würden uns freuen, Sie künftig wieder als Kunden begrüßen zu dürfen.",
     "", "deletes the hope to trade again (trade_again)", None),
]

GOOD["l05a"] = ("l05", "it", """Ciao Giulia,

grazie di cuore per aver accettato la nuova spedizione, e scusaci per la lunga attesa.

Abbiamo già rispedito le tue tazzine: il nuovo numero di tracciamento è LP00678150293CN, così puoi seguire il pacco passo dopo passo.

Terremo d'occhio noi stessi la spedizione e ti aggiorneremo se notiamo qualcosa di strano. Per qualsiasi domanda scrivici pure qui.

Un caro saluto,
Il team di Bottega Verde Shop""")

EDITS += [
    ("l05a", "invented_tracking_number", "così puoi seguire il pacco passo dopo passo.",
     "così puoi seguire il pacco passo dopo passo; in Italia verrà consegnato da Poste con il codice RX558201473IT.",
     "adds a second, invented tracking code", None),
    ("l05a", "refund_promise", "e scusaci per la lunga attesa.",
     "e scusaci per la lunga attesa: per farci perdonare ti rimborseremo comunque metà dell'ordine.",
     "adds a half-order refund on top of the reshipment", None),
    ("l05a", "feedback_request", "Per qualsiasi domanda scrivici pure qui.",
     "Quando arriva, ci faresti il favore di lasciarci un feedback positivo? Per qualsiasi domanda scrivici pure qui.",
     "asks for positive feedback", None),
    ("l05a", "wrong_language", "Terremo d'occhio noi stessi la spedizione e ti aggiorneremo se notiamo qualcosa di strano.",
     "We will keep an eye on the shipment ourselves and let you know if anything looks wrong.",
     "the keep-updated sentence is in English", "en"),
    ("l05a", "blame", "Abbiamo già rispedito le tue tazzine:",
     "Purtroppo Poste Italiane ha perso il primo pacco, come succede spesso, ma abbiamo già rispedito le tue tazzine:",
     "blames the Italian postal service", None),
    ("l05a", "off_platform_contact", "Per qualsiasi domanda scrivici pure qui.",
     "Per qualsiasi domanda scrivici pure su Telegram (@bottegaverdeshop), rispondiamo prima.",
     "sends the buyer to Telegram", None),
]

GOOD["l06a"] = ("l06", "pt", """Olá, Rafael!

Sentimos muito: pelo rastreio, parece que o seu pacote se extraviou no caminho. Sabemos como é chato pagar e ficar sem o produto.

Você gostaria que enviássemos o fone de ouvido novamente, sem nenhum custo extra para você?

Se sim, é só responder aqui confirmando e conferir se o endereço de entrega cadastrado no pedido está correto. Assim que tivermos a sua resposta, cuidamos do resto.

Abraços,
Equipe Loja Estrela""")

EDITS += [
    ("l06a", "refund_promise", "sem nenhum custo extra para você?",
     "sem nenhum custo extra para você? Se preferir, também podemos devolver o valor integral na hora.",
     "offers a full refund as an alternative", None),
    ("l06a", "invented_amount_or_date", "cuidamos do resto.",
     "cuidamos do resto e o novo pacote chega em até 12 dias úteis.",
     "adds a 12-business-day delivery promise", None),
    ("l06a", "placeholder", "conferir se o endereço de entrega cadastrado no pedido está correto.",
     "conferir se o endereço está correto: {{endereco_entrega}}.",
     "unfilled address variable", None),
    ("l06a", "shouting", "Sabemos como é chato pagar e ficar sem o produto.",
     "NÃO SE PREOCUPE!!! NÓS VAMOS RESOLVER ISSO!!!",
     "all-caps exclamations", None),
    ("l06a", "missing_required_point",
     "Se sim, é só responder aqui confirmando e conferir se o endereço de entrega cadastrado no pedido está correto. Assim que tivermos a sua resposta, cuidamos do resto.",
     "Estamos à disposição.", "replaces the confirm/check-address request (ask_confirm)", None),
    ("l06a", "internal_note", "Abraços,",
     "Obs. p/ estoque: separar um fone RGB e abrir reclamação de extravio na Cainiao.\n\nAbraços,",
     "stock/claim instruction for staff", None),
]

GOOD["l07a"] = ("l07", "pl", """Dzień dobry, Pani Katarzyno,

widzimy, że Pani paczka jest obecnie zatrzymana w urzędzie celnym. Jej status można sprawdzać pod numerem przesyłki GM605118247339204.

Zgodnie z warunkami tego zamówienia cło i opłaty importowe pokrywa kupujący, dlatego uprzejmie prosimy o ich opłacenie i dokończenie odprawy celnej – pismo, które Pani otrzymała, zawiera zapewne właśnie te instrukcje.

Jeśli urząd celny poprosi o jakiekolwiek dokumenty, na przykład fakturę, chętnie je Pani prześlemy.

Pozdrawiamy serdecznie,
Zespół Polar Tech Store""")

EDITS += [
    ("l07a", "invented_tracking_number", "pod numerem przesyłki GM605118247339204.",
     "pod numerem przesyłki GM605118247339204, a w Polsce także pod numerem InPost 620384719205837462019.",
     "adds an invented InPost number", None),
    ("l07a", "refund_promise", "chętnie je Pani prześlemy.",
     "chętnie je Pani prześlemy, a koszt cła oddamy Pani w formie częściowego zwrotu pieniędzy.",
     "promises to reimburse the duties", None),
    ("l07a", "blame", "widzimy, że Pani paczka jest obecnie zatrzymana w urzędzie celnym.",
     "widzimy, że Pani paczka utknęła w urzędzie celnym, bo polscy celnicy jak zwykle się nie spieszą.",
     "blames Polish customs officers", None),
    ("l07a", "wrong_language",
     "Jeśli urząd celny poprosi o jakiekolwiek dokumenty, na przykład fakturę, chętnie je Pani prześlemy.",
     "If customs asks for any documents, for example the invoice, we will be happy to send them to you.",
     "document offer in English", "en"),
    ("l07a", "feedback_request", "Pozdrawiamy serdecznie,",
     "Po odbiorze paczki prosimy o zamknięcie sporu i pozytywną opinię – bardzo nam to pomoże.\n\nPozdrawiamy serdecznie,",
     "asks for positive feedback after delivery", None),
]

GOOD["l08a"] = ("l08", "ru", """Здравствуйте, Алексей!

Мы понимаем, как неприятно, когда в трекинге написано «вручено», а посылки на почте нет. Сообщаем, что мы уже передали платформе все свои доказательства по этому заказу.

Теперь решение примет специалист платформы по спорам, и мы, конечно, выполним его решение, каким бы оно ни было.

Если у вас появятся вопросы, мы по-прежнему на связи и готовы помочь.

С уважением,
Команда Sibir Gadgets""")

EDITS += [
    ("l08a", "off_platform_contact", "мы по-прежнему на связи и готовы помочь.",
     "пишите нам напрямую в Telegram @sibir_gadgets_help — так будет быстрее.",
     "sends the buyer to Telegram", None),
    ("l08a", "invented_amount_or_date", "Теперь решение примет специалист платформы по спорам,",
     "Теперь в течение 5 рабочих дней решение примет специалист платформы по спорам,",
     "invents a 5-working-day timeframe", None),
    ("l08a", "shouting", "мы уже передали платформе все свои доказательства по этому заказу.",
     "мы УЖЕ передали платформе ВСЕ свои доказательства по этому заказу!!!",
     "capitals and !!!", None),
    ("l08a", "placeholder", "по этому заказу.", "по заказу № <ORDER_ID>.",
     "order id placeholder left in", None),
    ("l08a", "invented_tracking_number", "а посылки на почте нет.",
     "а посылки на почте нет. По внутреннему номеру Почты России 80094561237815 она числится выданной в вашем отделении.",
     "adds an invented Russian Post number", None),
]

GOOD["l08b"] = ("l08", "ru", """Алексей, добрый день.

Спасибо, что написали. Хотим сообщить: все наши доказательства по заказу 8191219958064431 — данные отслеживания и подтверждение доставки — уже переданы платформе.

Дальше спор рассматривает специалист платформы, и мы примем любое его решение.

Пока идёт рассмотрение, мы остаёмся на связи: если будут вопросы, просто напишите здесь.

Команда Sibir Gadgets""")

EDITS += [
    ("l08b", "internal_note", "\n\nКоманда Sibir Gadgets",
     "\n\nДима, проверь, загружен ли скрин подтверждения вручения от Cainiao, иначе спор проиграем.\n\nКоманда Sibir Gadgets",
     "instruction to a colleague left in the reply", None),
    ("l08b", "blame", "Спасибо, что написали.",
     "Честно говоря, по трекингу посылка вручена, так что, скорее всего, её забрал кто-то из ваших домашних.",
     "suggests someone in the buyer's household took the parcel", None),
    ("l08b", "missing_required_point", "Дальше спор рассматривает специалист платформы, и мы примем любое его решение.\n\n",
     "", "deletes the await-decision paragraph (await_decision)", None),
    ("l08b", "wrong_language", "Пока идёт рассмотрение, мы остаёмся на связи: если будут вопросы, просто напишите здесь.",
     "While the case is being reviewed we remain available: if you have any questions, just write here.",
     "stay-available sentence in English", "en"),
    ("l08b", "feedback_request", "Спасибо, что написали.",
     "Спасибо, что написали. И пожалуйста, не ставьте пока отрицательный отзыв — дождёмся решения платформы.",
     "asks the buyer not to leave a negative review yet", None),
]
