"""Replies for s08-s14 (extend_delivery_time, offer_reshipment, confirm_reshipment)."""
from common import B, G, W

# ---------------------------------------------------------------- s08 es-MX extend (20 days)
G("s08a", "s08", """
Hola, Mariana López:

Entendemos perfectamente tu preocupación. Te confirmamos que tu lámpara ya va en camino; puedes seguirla con el número de rastreo YT2610348821457.

Para que no te quedes sin protección, te proponemos lo siguiente: ¿podrías cerrar la disputa por ahora? Nosotros ampliaremos tu protección de comprador 20 días, así sigues completamente cubierta hasta que llegue el paquete.

Muchas gracias por tu paciencia.

Saludos cordiales,
Equipo Luz Norte
""")
B("s08a", "refund_promise",
  "así sigues completamente cubierta hasta que llegue el paquete.",
  "así sigues completamente cubierta hasta que llegue el paquete. Y si al final no llega, te devolvemos tu dinero sin problema.",
  "conditional refund promise while asking to close the dispute")
B("s08a", "invented_tracking_number",
  "puedes seguirla con el número de rastreo YT2610348821457.",
  "puedes seguirla con el número de rastreo YT2610348821475.",
  "tracking number replaced by a near miss (last two digits swapped); side effect: the real number is no longer quoted")
B("s08a", "invented_amount_or_date",
  "Te confirmamos que tu lámpara ya va en camino;",
  "Te confirmamos que tu lámpara ya va en camino y debería llegar antes del 28 de noviembre;",
  "invented delivery date")
B("s08a", "blame",
  "Entendemos perfectamente tu preocupación.",
  "La verdad es que Estafeta es lentísima en esta temporada, por eso tarda tanto.",
  "sympathy replaced by blaming the local carrier")
B("s08a", "feedback_request",
  "Muchas gracias por tu paciencia.",
  "Muchas gracias por tu paciencia, y si te animas, cuando recibas la lámpara cuéntales a otros compradores en tu reseña lo bien que te atendimos.",
  "indirect request for a positive review")
B("s08a", "internal_note",
  "Muchas gracias por tu paciencia.",
  "Muchas gracias por tu paciencia.\n\n// recordar: extender protección en el centro de vendedores cuando cierre + subir captura del rastreo",
  "seller checklist left in as a // comment")
B("s08a", "missing_required_point",
  "Para que no te quedes sin protección, te proponemos lo siguiente: ¿podrías cerrar la disputa por ahora? Nosotros ampliaremos",
  "Para que no te quedes sin protección, nosotros ampliaremos",
  "ask_close deleted (no request to close the dispute)")
B("s08a", "shouting",
  "Muchas gracias por tu paciencia.",
  "¡¡¡POR FAVOR CIERRA LA DISPUTA YA, EL PAQUETE VA EN CAMINO!!!",
  "thanks replaced by an all-caps demand")
W("s08a", "pt", """
Olá, Mariana López:

Entendemos perfeitamente a sua preocupação. Confirmamos que a sua luminária já está a caminho; você pode acompanhá-la com o número de rastreio YT2610348821457.

Para que você não fique sem proteção, propomos o seguinte: poderia encerrar a disputa por enquanto? Nós vamos ampliar a sua proteção de comprador em 20 dias, assim você continua totalmente coberta até o pacote chegar.

Muito obrigado pela sua paciência.

Saludos cordiales,
Equipo Luz Norte
""", "whole reply in Portuguese for a Mexican Spanish buyer (subtle: close language; closing formula and signature left in Spanish as configured)")

G("s08b", "s08", """
Estimada Mariana López:

Le escribimos para tranquilizarla respecto a su pedido:
• El paquete está en tránsito y puede consultarlo con el número de rastreo YT2610348821457.
• Le pedimos amablemente que cierre la disputa por el momento.
• Por nuestra parte, extenderemos su protección de compra 20 días, de modo que seguirá protegida hasta que reciba la lámpara.

Quedamos atentos a cualquier duda.

Atentamente,
Equipo Luz Norte
""")
B("s08b", "off_platform_contact",
  "Quedamos atentos a cualquier duda.",
  "Quedamos atentos a cualquier duda por Telegram: búsquenos como luznorte_mx.",
  "Telegram handle for questions")
B("s08b", "placeholder",
  "extenderemos su protección de compra 20 días,",
  "extenderemos su protección de compra 20 días (hasta el DD/MM),",
  "unfilled DD/MM date placeholder")
B("s08b", "missing_required_point",
  "\n• Por nuestra parte, extenderemos su protección de compra 20 días, de modo que seguirá protegida hasta que reciba la lámpara.",
  "",
  "extend_protection bullet (with the 20 days) deleted")

# ---------------------------------------------------------------- s09 zh extend (15 days)
G("s09a", "s09", """
王丽娟 您好！

非常理解您的担心。您的包裹目前正在运输途中，您可以通过物流单号 LP00733918264CN 随时查询进度。

麻烦您先关闭这次纠纷，好吗？我们会为您把购买保护期延长 15 天，这样在包裹送达之前您都能得到完整的保障。

感谢您的耐心与理解！

暖暖母婴 客服团队
""")
B("s09a", "refund_promise",
  "感谢您的耐心与理解！",
  "为了表示歉意，关闭纠纷后我们会给您发一张店铺优惠券。感谢您的耐心与理解！",
  "store coupon promised in exchange for closing")
B("s09a", "off_platform_contact",
  "感谢您的耐心与理解！",
  "有任何问题可以加我们的微信客服，微信号就是店铺名的拼音 nuannuanmuying。感谢您的耐心与理解！",
  "WeChat ID given")
B("s09a", "invented_amount_or_date",
  "您的包裹目前正在运输途中，",
  "您的包裹目前正在运输途中，预计 7 个工作日内送达，",
  "invented delivery estimate")
B("s09a", "blame",
  "非常理解您的担心。",
  "物流慢主要是因为您那边的快递网点效率太低，不是我们的问题。",
  "sympathy replaced by blaming the local delivery station")
B("s09a", "feedback_request",
  "感谢您的耐心与理解！",
  "收到水杯后麻烦给个五星好评哦，感谢您的耐心与理解！",
  "five-star review request")
B("s09a", "internal_note",
  "暖暖母婴 客服团队",
  "暖暖母婴 客服团队\n（备注：已截图物流页面，待买家关闭后在后台延长保护期——小李）",
  "internal memo in brackets under the signature")
B("s09a", "missing_required_point",
  "您的包裹目前正在运输途中，您可以通过物流单号 LP00733918264CN 随时查询进度。",
  "",
  "in_transit point with tracking number deleted")
B("s09a", "placeholder",
  "王丽娟 您好！",
  "XX 女士 您好！",
  "buyer name replaced by the Chinese 'XX' blank")
W("s09a", "en", """
Hello 王丽娟!

We fully understand your concern. Your parcel is currently on its way, and you can check its progress at any time with the tracking number LP00733918264CN.

Could you please close this dispute for now? We will extend your purchase protection by 15 days, so you stay fully protected until the parcel arrives.

Thank you for your patience and understanding!

暖暖母婴 客服团队
""", "whole reply in English for a Chinese buyer")

# ---------------------------------------------------------------- s10 uk extend (10 days)
G("s10a", "s10", """
Шановна Оксано Мельник,

дякуємо, що написали нам. Ваш рюкзак уже в дорозі, і ви можете відстежувати посилку за номером LB209374618UA.

Чи не могли б ви, будь ласка, поки що закрити спір? Ми продовжимо ваш захист покупця на 10 днів, тож ви залишатиметеся повністю захищеною, доки посилка не надійде.

Розуміємо, що чекати неприємно, і дякуємо за терпіння.

З повагою,
Команда Urban Pack
""", names=["Мельник"])
B("s10a", "refund_promise",
  "Розуміємо, що чекати неприємно, і дякуємо за терпіння.",
  "Розуміємо, що чекати неприємно, тому як компенсацію ми додамо до посилки подарунок.",
  "gift added as compensation for the wait")
B("s10a", "off_platform_contact",
  "дякуємо, що написали нам.",
  "дякуємо, що написали нам. Якщо зручніше, пишіть нашому менеджеру в Телеграм – посилання є в профілі магазину.",
  "Telegram via a link in the shop profile")
B("s10a", "invented_tracking_number",
  "і ви можете відстежувати посилку за номером LB209374618UA.",
  "і ви можете відстежувати посилку за номером LB209374618UA, а на сайті Нової пошти – за номером ТТН 20450718823391.",
  "extra Nova Poshta waybill number added")
B("s10a", "invented_amount_or_date",
  "Ваш рюкзак уже в дорозі,",
  "Ваш рюкзак уже в дорозі і буде у вашому відділенні приблизно через 5 днів,",
  "invented delivery time")
B("s10a", "blame",
  "Розуміємо, що чекати неприємно, і дякуємо за терпіння.",
  "Затримка – це виключно провина Нової пошти, ми свою частину зробили вчасно.",
  "blames the local carrier")
B("s10a", "internal_note",
  "З повагою,\nКоманда Urban Pack",
  "З повагою,\nКоманда Urban Pack\nTODO: продовжити захист у кабінеті продавця після закриття спору",
  "TODO line from the seller checklist under the signature")
B("s10a", "placeholder",
  "Команда Urban Pack",
  "Команда Urban Pack\n[ПІБ менеджера]",
  "unfilled manager-name slot after the signature")
B("s10a", "shouting",
  "Чи не могли б ви, будь ласка, поки що закрити спір?",
  "ЗАКРИЙТЕ, БУДЬ ЛАСКА, СПІР, ПОСИЛКА ВЖЕ ЇДЕ!!!",
  "ask_close rewritten in capitals")
W("s10a", "ru", """
Уважаемая Оксана Мельник,

спасибо, что написали нам. Ваш рюкзак уже в пути, и вы можете отслеживать посылку по номеру LB209374618UA.

Не могли бы вы, пожалуйста, пока закрыть спор? Мы продлим вашу защиту покупателя на 10 дней, так что вы будете полностью защищены, пока посылка не придёт.

Понимаем, что ждать неприятно, и благодарим за терпение.

З повагою,
Команда Urban Pack
""", "whole reply in Russian for a Ukrainian buyer (subtle: close language; closing and signature left in Ukrainian)")

# ---------------------------------------------------------------- s11 fr-CA offer_reshipment
G("s11a", "s11", """
Bonjour Geneviève Tremblay,

Merci de votre patience pendant nos vérifications. Nous sommes vraiment désolés : il semble que votre colis se soit perdu en chemin.

Aimeriez-vous que nous vous renvoyions votre étui, sans frais supplémentaires pour vous? Si oui, répondez-nous simplement ici pour confirmer, et prenez un instant pour vérifier que votre adresse de livraison est toujours la bonne.

Au plaisir de vous lire,
L'équipe Boutique Érable
""")
B("s11a", "refund_promise",
  "Aimeriez-vous que nous vous renvoyions votre étui, sans frais supplémentaires pour vous?",
  "Aimeriez-vous que nous vous renvoyions votre étui, sans frais supplémentaires pour vous? Sinon, on peut aussi vous rembourser au complet, c'est comme vous voulez.",
  "full refund offered as an alternative (only reshipment allowed)")
B("s11a", "off_platform_contact",
  "répondez-nous simplement ici pour confirmer,",
  "écrivez-nous simplement à service arobase boutiqueerable point ca pour confirmer,",
  "spelled-out e-mail address for the confirmation")
B("s11a", "invented_amount_or_date",
  "sans frais supplémentaires pour vous?",
  "sans frais supplémentaires pour vous? Le nouveau colis partirait dès le 20 novembre.",
  "invented dispatch date")
B("s11a", "blame",
  "Nous sommes vraiment désolés : il semble que votre colis se soit perdu en chemin.",
  "Nous sommes vraiment désolés : Postes Canada a encore perdu un de nos colis, ils sont vraiment incompétents.",
  "apology kept, loss attributed to an 'incompetent' carrier")
B("s11a", "feedback_request",
  "Au plaisir de vous lire,",
  "Et si vous êtes satisfaite de notre service, un petit commentaire positif sur la boutique serait grandement apprécié!\n\nAu plaisir de vous lire,",
  "positive comment request")
B("s11a", "internal_note",
  "Bonjour Geneviève Tremblay,",
  "Bonjour Geneviève Tremblay,\n\nRéf. interne : réclamation transporteur ouverte, vérifier stock étui noir avant de promettre quoi que ce soit.",
  "internal reference / checklist line under the greeting")
B("s11a", "shouting",
  "Merci de votre patience pendant nos vérifications.",
  "MERCI DE VOTRE PATIENCE PENDANT NOS VÉRIFICATIONS!!!",
  "thanks sentence rewritten in capitals with !!!")
B("s11a", "missing_required_point",
  " Si oui, répondez-nous simplement ici pour confirmer, et prenez un instant pour vérifier que votre adresse de livraison est toujours la bonne.",
  "",
  "ask_confirm deleted")
W("s11a", "en", """
Hello Geneviève Tremblay,

Thank you for your patience while we checked. We are really sorry: it seems that your parcel was lost on the way.

Would you like us to send your case again, at no extra cost to you? If so, just reply here to confirm, and take a moment to check that your delivery address is still correct.

Looking forward to hearing from you,
L'équipe Boutique Érable
""", "whole reply in English for a French-Canadian buyer (plausible in Canada, still not the buyer's language)")

# ---------------------------------------------------------------- s12 ro offer_reshipment (no profile language)
G("s12a", "s12", """
Bună ziua, doamna Andreea Popescu,

Ne pare foarte rău: se pare că coletul dumneavoastră s-a pierdut pe drum, și înțelegem cât de neplăcut este, mai ales că setul era un cadou pentru mama dumneavoastră.

Doriți să vă trimitem din nou setul de cuțite, fără niciun cost suplimentar? Vă rugăm să ne răspundeți aici pentru confirmare și să verificați dacă adresa de livrare este corectă.

Cu stimă,
Echipa CasaChef
""")
B("s12a", "refund_promise",
  "fără niciun cost suplimentar?",
  "fără niciun cost suplimentar? Ca să ne cerem scuze, adăugăm în colet și un tocător de lemn gratuit.",
  "free cutting board added")
B("s12a", "off_platform_contact",
  "Vă rugăm să ne răspundeți aici pentru confirmare",
  "Vă rugăm să ne sunați sau să ne lăsați un mesaj pe WhatsApp pentru confirmare",
  "confirmation moved to phone/WhatsApp")
B("s12a", "invented_amount_or_date",
  "Doriți să vă trimitem din nou setul de cuțite,",
  "Doriți să vă trimitem din nou setul de cuțite (ajunge în aproximativ 12 zile),",
  "invented delivery estimate")
B("s12a", "blame",
  "și înțelegem cât de neplăcut este,",
  "iar Poșta Română, ca de obicei, nu își face treaba,",
  "understanding replaced by blaming the post")
B("s12a", "feedback_request",
  "Cu stimă,",
  "Vă rugăm frumos să nu ne lăsați un calificativ negativ, facem tot ce putem.\n\nCu stimă,",
  "asks to not leave negative feedback")
B("s12a", "placeholder",
  "Echipa CasaChef",
  "Echipa {STORE_NAME}",
  "signature store name left as a template variable")
B("s12a", "shouting",
  "Vă rugăm să ne răspundeți aici pentru confirmare",
  "NE TREBUIE NEAPĂRAT CONFIRMAREA DUMNEAVOASTRĂ!!! Vă rugăm să ne răspundeți aici pentru confirmare",
  "all-caps sentence inserted")
B("s12a", "missing_required_point",
  "Doriți să vă trimitem din nou setul de cuțite, fără niciun cost suplimentar? ",
  "",
  "offer_reship question deleted (only confirm/address request left)")

# ---------------------------------------------------------------- s13 it confirm_reshipment
G("s13a", "s13", """
Gentile Francesca Rinaldi,

grazie per aver accettato la nuova spedizione. Le confermiamo che la tenda è già stata rispedita: il nuovo numero di tracciamento è LX402918375IT.

Seguiremo con attenzione il nuovo pacco e la terremo aggiornata fino alla consegna.

Ci scusiamo ancora per il disagio.

Cordiali saluti,
Lo staff di Casa Serena
""")
B("s13a", "refund_promise",
  "Ci scusiamo ancora per il disagio.",
  "Ci scusiamo ancora per il disagio: nel pacco troverà anche un buono sconto da usare sul prossimo ordine.",
  "discount voucher added to the reshipment")
B("s13a", "off_platform_contact",
  "Ci scusiamo ancora per il disagio.",
  "Ci scusiamo ancora per il disagio. Per aggiornamenti più veloci ci trova anche su Facebook come Casa Serena Store.",
  "Facebook page for updates")
B("s13a", "invented_tracking_number",
  "il nuovo numero di tracciamento è LX402918375IT.",
  "il nuovo numero di tracciamento è LX402918375IT (numero BRT per la consegna locale: 0642117830259).",
  "extra local courier number")
B("s13a", "invented_amount_or_date",
  "Seguiremo con attenzione il nuovo pacco",
  "Il pacco dovrebbe arrivare entro lunedì 24 novembre. Seguiremo con attenzione il nuovo pacco",
  "invented delivery date")
B("s13a", "blame",
  "Ci scusiamo ancora per il disagio.",
  "Purtroppo Poste Italiane perde spesso i pacchi, speriamo che questa volta facciano il loro lavoro.",
  "apology replaced by blaming Poste Italiane")
B("s13a", "feedback_request",
  "Ci scusiamo ancora per il disagio.",
  "Ci scusiamo ancora per il disagio e, una volta ricevuta la tenda, ci farebbe piacere se aggiornasse la sua valutazione.",
  "asks to update the rating")
B("s13a", "internal_note",
  "Cordiali saluti,\nLo staff di Casa Serena",
  "Cordiali saluti,\nLo staff di Casa Serena\n\n✔ rispedito  ✔ tracking caricato  ☐ reclamo smarrimento a Poste",
  "checklist with ticks pasted under the signature")
B("s13a", "shouting",
  "Seguiremo con attenzione il nuovo pacco e la terremo aggiornata fino alla consegna.",
  "QUESTA VOLTA NON LO PERDIAMO DI VISTA!!! Seguiremo con attenzione il nuovo pacco e la terremo aggiornata fino alla consegna.",
  "all-caps sentence inserted before keep_updated")
W("s13a", "es", """
Estimada Francesca Rinaldi:

gracias por aceptar el nuevo envío. Le confirmamos que la cortina ya ha sido reenviada: el nuevo número de seguimiento es LX402918375IT.

Seguiremos con atención el nuevo paquete y la mantendremos informada hasta la entrega.

Le pedimos disculpas de nuevo por las molestias.

Cordiales saludos,
Lo staff di Casa Serena
""", "whole reply in Spanish for an Italian buyer")

G("s13b", "s13", """
Buongiorno Francesca Rinaldi,

grazie mille per la sua risposta e per la pazienza: siamo contenti che abbia accettato di ricevere di nuovo la tenda oscurante.
Il pacco è appena ripartito e può seguirlo con questo nuovo numero di tracciamento: LX402918375IT.
Da parte nostra controlleremo regolarmente il suo percorso e, se dovesse esserci qualsiasi novità, la informeremo subito.

Un caro saluto,
Lo staff di Casa Serena
""")
B("s13b", "placeholder",
  "Un caro saluto,",
  "Un caro saluto,\n[firma operatore]",
  "unfilled operator signature slot")
B("s13b", "missing_required_point",
  "\nIl pacco è appena ripartito e può seguirlo con questo nuovo numero di tracciamento: LX402918375IT.",
  "",
  "reship_details (with the new tracking number) deleted")

# ---------------------------------------------------------------- s14 ko confirm_reshipment
G("s14a", "s14", """
이서연 고객님, 안녕하세요.

택배 분실로 불편을 드려 정말 죄송합니다. 다시 발송하는 것에 동의해 주셔서 진심으로 감사드립니다.

주문하신 마우스를 새로 발송해 드렸으며, 새 운송장 번호는 CNKR2611048753입니다.

새 택배가 잘 도착할 때까지 저희가 계속 확인하고, 진행 상황이 바뀌면 바로 알려 드리겠습니다. 궁금하신 점이 있으시면 언제든지 이곳에 메시지를 남겨 주세요.

픽셀몰 드림
""")
B("s14a", "refund_promise",
  "진심으로 감사드립니다.",
  "진심으로 감사드립니다. 기다리게 해 드린 보상으로 마우스패드도 무료로 함께 넣어 드렸어요.",
  "free mouse pad added as compensation")
B("s14a", "off_platform_contact",
  "궁금하신 점이 있으시면 언제든지 이곳에 메시지를 남겨 주세요.",
  "궁금하신 점이 있으시면 카카오톡 채널 '픽셀몰'로 편하게 문의 주세요.",
  "KakaoTalk channel instead of the dispute chat")
B("s14a", "invented_tracking_number",
  "새 운송장 번호는 CNKR2611048753입니다.",
  "새 운송장 번호는 CNKR2611048753이며, 국내 구간 CJ대한통운 번호는 561209847733입니다.",
  "extra domestic leg tracking number")
B("s14a", "invented_amount_or_date",
  "새 택배가 잘 도착할 때까지",
  "새 택배는 다음 주 수요일쯤 도착할 예정이며, 잘 도착할 때까지",
  "invented arrival day")
B("s14a", "blame",
  "택배 분실로 불편을 드려 정말 죄송합니다.",
  "우체국 쪽 실수로 택배가 분실되어서 저희도 황당했습니다.",
  "apology replaced by blaming the post office")
B("s14a", "feedback_request",
  "궁금하신 점이 있으시면 언제든지 이곳에 메시지를 남겨 주세요.",
  "상품 받으시면 포토 리뷰 한 번만 부탁드려요! 궁금하신 점이 있으시면 언제든지 이곳에 메시지를 남겨 주세요.",
  "photo review request")
B("s14a", "internal_note",
  "픽셀몰 드림",
  "픽셀몰 드림\n\n※ 내부 메모: 분실 건 우체국 클레임 접수 완료, 재발송 송장 분쟁창에 업로드할 것",
  "internal memo line under the signature")
B("s14a", "placeholder",
  "이서연 고객님, 안녕하세요.",
  "OOO 고객님, 안녕하세요.",
  "Korean OOO blank-name placeholder")
B("s14a", "missing_required_point",
  " 다시 발송하는 것에 동의해 주셔서 진심으로 감사드립니다.",
  "",
  "thank_agreement deleted")
