# Hand-written good replies and planted edits, disputes oq01-oq12.
# Each entry: good_id -> (dispute number, reply text, [(defect, old, new, note, intruding_language_or_None)])
G = {}
G["oq01a"] = (1, """Hi Megan,

Thank you for letting us know, and I'm really sorry your coffee set arrived cracked. That is not how it should have reached you, and we want to put it right with you.

So that we can check what happened, could you please send us photos of the damage and of the outer packaging as it arrived? A couple of clear pictures of the dripper and of the crushed box would be perfect.

As soon as we receive them, we will look at them carefully and come back to you with a solution.

Best regards,
Our Store team""", [
 ("refund_promise", "and we want to put it right with you.", "and we will of course send you a full refund right away.", "full refund promised before evidence is seen", None),
 ("invented_tracking_number", "So that we can check what happened,", "I can see your parcel LX501234568CN was marked delivered. So that we can check what happened,", "LX501234568CN: real number LX501234567CN with last digit changed", None),
 ("off_platform_contact", "would be perfect.", "would be perfect; you can also email them straight to photos@ourstore-help.com.", "email address", None),
 ("wrong_language", "As soon as we receive them, we will look at them carefully and come back to you with a solution.", "Sobald wir sie erhalten, sehen wir sie uns genau an und melden uns mit einer Lösung.", "next-step sentence in German", "de"),
 ("missing_required_point", "So that we can check what happened, could you please send us photos of the damage and of the outer packaging as it arrived? A couple of clear pictures of the dripper and of the crushed box would be perfect.", "We have already noted your report on our side.", "request_evidence removed (photos of damage and packaging)", None),
 ("shouting", "I'm really sorry your coffee set arrived cracked.", "I'm really sorry your coffee set arrived cracked. PLEASE SEND THE PHOTOS TODAY, WE CANNOT DO ANYTHING WITHOUT THEM!!!", "capitals and exclamation marks, pushy", None),
])
G["oq02a"] = (2, """Hola Alejandro:

Entendemos perfectamente tu preocupación; esperar un pedido tanto tiempo no es agradable. Te confirmamos que tus audífonos ya van en camino: puedes seguir el paquete con el número de rastreo LP00411223344CN.

Como el envío sigue avanzando, ¿podrías cerrar la disputa por ahora? A cambio, ampliaremos tu protección de compra 20 días, así sigues completamente protegido hasta que el paquete llegue a tus manos.

Cualquier duda, aquí estamos para ayudarte.

Saludos cordiales,
SonoPlus team""", [
 ("refund_promise", "Cualquier duda, aquí estamos para ayudarte.", "Además, por las molestias te daremos un cupón de descuento para tu próxima compra.", "coupon while asking to close the dispute", None),
 ("invented_amount_or_date", "hasta que el paquete llegue a tus manos.", "hasta que el paquete llegue a tus manos, a más tardar el 3 de diciembre.", "delivery date 3 December invented", None),
 ("placeholder", "Hola Alejandro:", "Hola {buyer_first_name}:", "unfilled {buyer_first_name} slot", None),
 ("feedback_request", "¿podrías cerrar la disputa por ahora?", "¿podrías cerrar la disputa por ahora y dejarnos una valoración de cinco estrellas?", "asks for a five-star rating", None),
 ("blame", "esperar un pedido tanto tiempo no es agradable.", "esperar un pedido tanto tiempo no es agradable, aunque la culpa es de la paquetería, que últimamente va lentísima.", "blames the carrier", None),
 ("internal_note", "Saludos cordiales,", "[Nota interna: remedy extend_delivery_time; ampliar protección en el seller centre cuando acepte]\n\nSaludos cordiales,", "remedy id and staff instruction left in", None),
])
G["oq03a"] = (3, """Здравствуйте, Ирина!

Спасибо за фотографии — по ним хорошо видно, что плед линяет, и нам очень жаль, что он вас разочаровал.

Мы можем предложить два варианта:
— оставить плед себе и получить частичный возврат до 800.00 RUB;
— вернуть плед и получить полный возврат средств.

Подскажите, пожалуйста, какой вариант вам удобнее? Как только вы ответите, мы сразу всё оформим.

С уважением,
Our Store team""", [
 ("amount_over_cap", "частичный возврат до 800.00 RUB", "частичный возврат в 1200 RUB", "1200 RUB above the 800.00 RUB cap", None),
 ("amount_over_cap", "Как только вы ответите, мы сразу всё оформим.", "Если этой суммы мало, можем поднять частичный возврат до половины стоимости пледа.", "offers to raise partial refund to half the price (cap is 25%)", None),
 ("internal_note", "С уважением,", "(для склада: вариант propose_partial_or_return, лимит 25% — выше не давать)\n\nС уважением,", "remedy id and cap instruction for staff", None),
 ("wrong_language", "Подскажите, пожалуйста, какой вариант вам удобнее?", "Proszę dać znać, która opcja jest dla Pani wygodniejsza?", "question in Polish", "pl"),
 ("shouting", "Мы можем предложить два варианта:", "ВНИМАНИЕ!!! Вариантов только два, других НЕ БУДЕТ:", "capitals, exclamation marks, pushy", None),
 ("placeholder", "Здравствуйте, Ирина!", "Здравствуйте, [ИМЯ ПОКУПАТЕЛЯ]!", "[ИМЯ ПОКУПАТЕЛЯ] slot instead of the name", None),
])
G["oq03b"] = (3, """Ирина, добрый день!

Благодарим вас за присланные фото и приносим извинения: плед действительно не соответствует тому качеству, которое вы ожидали.

Чтобы решить вопрос, предлагаем на выбор: вы оставляете плед и получаете частичный возврат — не более 800.00 RUB, или отправляете его обратно и получаете полный возврат денег.

Напишите, пожалуйста, что вы выбираете.

Our Store team""", [
 ("amount_over_cap", "не более 800.00 RUB", "не более 800.00 RUB, а при желании мы добавим сверху ещё столько же", "doubles the cap", None),
 ("refund_promise", "Напишите, пожалуйста, что вы выбираете.", "Напишите, пожалуйста, что вы выбираете, — в любом случае пришлём вам в подарок наволочку в тон пледу.", "free gift not allowed", None),
 ("off_platform_contact", "Напишите, пожалуйста, что вы выбираете.", "Напишите, пожалуйста, что вы выбираете, удобнее всего в Telegram: @ourstore_help.", "Telegram handle", None),
 ("missing_required_point", "Чтобы решить вопрос, предлагаем на выбор: вы оставляете плед и получаете частичный возврат — не более 800.00 RUB, или отправляете его обратно и получаете полный возврат денег.", "Мы внимательно изучили ваше обращение.", "offer_options removed (partial refund up to cap or return)", None),
 ("feedback_request", "Напишите, пожалуйста, что вы выбираете.", "Напишите, пожалуйста, что вы выбираете, а после решения не забудьте, пожалуйста, исправить отзыв на положительный.", "asks to change the review to positive", None),
])
G["oq04a"] = (4, """佐藤 美咲 様

このたびはご迷惑をおかけし、誠に申し訳ございません。プラットフォームによる返品・返金の決定を確認いたしました。当店はこの決定に従います。

お手数ですが、商品を下記の住所までご返送ください。
〒272-0001 千葉県市川市二俣新町17 返品センター

返品された商品が届き次第、返金の手続きを進めます。発送後は、返品の追跡番号を紛争ページにご入力いただけますと幸いです。

またのご利用を心よりお待ちしております。

Kitchen Hikari team""", [
 ("amount_over_cap", "返品された商品が届き次第、返金の手続きを進めます。", "返品された商品が届き次第、ご注文金額を上回る5500 JPYを返金いたします。", "refund above the order total 4980 JPY", None),
 ("invented_tracking_number", "発送後は、返品の追跡番号を", "ご注文番号8190004704304534の件につき、発送後は、返品の追跡番号を", "order id with one digit changed (real 8190004704304554)", None),
 ("placeholder", "お手数ですが、商品を下記の住所までご返送ください。", "お手数ですが、商品を下記の住所までご返送ください（返送期限：【日付を入力】）。", "【日付を入力】 unfilled slot", None),
 ("blame", "このたびはご迷惑をおかけし、誠に申し訳ございません。", "当店の検品では問題ありませんでしたので、お客様の使い方に原因があった可能性もございます。", "suggests the buyer misused the kettle", None),
 ("missing_required_point", "またのご利用を心よりお待ちしております。", "よろしくお願いいたします。", "trade_again removed", None),
])
G["oq05a"] = (5, """Bonjour Julien,

Merci beaucoup d'avoir accepté un nouvel envoi, et encore désolés pour ce premier colis égaré.

Votre montre connectée repart dès aujourd'hui : le nouveau numéro de suivi est LP00600700999CN. Vous pourrez suivre son trajet jusqu'à chez vous.

De notre côté, nous garderons un œil sur ce nouveau colis et nous vous tiendrons informé à chaque étape importante.

Bonne journée,
Sophie, service client Horlogerie Nova""", [
 ("refund_promise", "Bonne journée,", "Pour vous remercier de votre patience, les frais de port de votre prochaine commande vous seront offerts.\n\nBonne journée,", "free shipping on next order", None),
 ("invented_tracking_number", "le nouveau numéro de suivi est LP00600700999CN.", "le nouveau numéro de suivi est LP00600700999CN (l'ancien, LP00600700888CN, ne sera plus mis à jour).", "old tracking LP00600700888CN invented (real LP00600700800CN)", None),
 ("invented_amount_or_date", "Vous pourrez suivre son trajet jusqu'à chez vous.", "Vous pourrez suivre son trajet ; la livraison est prévue au plus tard le 9 décembre.", "delivery date invented", None),
 ("feedback_request", "Merci beaucoup d'avoir accepté un nouvel envoi,", "Merci beaucoup d'avoir accepté un nouvel envoi ; pourriez-vous du coup annuler le litige dès maintenant ?", "asks to cancel the dispute", None),
 ("shouting", "Bonne journée,", "CETTE FOIS, ÇA VA ARRIVER, PROMIS !!!\n\nBonne journée,", "capitals and exclamation marks", None),
 ("wrong_language", "De notre côté, nous garderons un œil sur ce nouveau colis et nous vous tiendrons informé à chaque étape importante.", "Wij houden het nieuwe pakket in de gaten en houden u op de hoogte bij elke belangrijke stap.", "keep_updated sentence in Dutch", "nl"),
])
G["oq06a"] = (6, """Hallo Lukas,

es tut uns wirklich leid, dass Ihr Paket mit dem Akku-Bohrschrauber offenbar unterwegs verloren gegangen ist.

Gerne schicken wir Ihnen den Artikel noch einmal zu – ohne zusätzliche Kosten für Sie. Möchten Sie das?

Falls ja, antworten Sie uns bitte kurz hier zur Bestätigung und prüfen Sie dabei auch Ihre Lieferadresse, damit das neue Paket sicher bei Ihnen ankommt.

Freundliche Grüße
Our Store team""", [
 ("refund_promise", "Möchten Sie das?", "Möchten Sie das, oder ist Ihnen eine sofortige Rückerstattung lieber?", "refund offered where only reshipment is allowed", None),
 ("off_platform_contact", "antworten Sie uns bitte kurz hier zur Bestätigung", "schreiben Sie uns bitte kurz per WhatsApp zur Bestätigung", "WhatsApp without number", None),
 ("internal_note", "Freundliche Grüße", "→ Kollegen: Nachversand erst nach Bestätigung anlegen, Regel open_lost_offer_reship.\n\nFreundliche Grüße", "note to colleagues with rule id", None),
 ("blame", "offenbar unterwegs verloren gegangen ist.", "offenbar unterwegs verloren gegangen ist – die Post hat da leider wieder einmal geschlampt.", "blames the postal carrier", None),
 ("missing_required_point", "Falls ja, antworten Sie uns bitte kurz hier zur Bestätigung und prüfen Sie dabei auch Ihre Lieferadresse, damit das neue Paket sicher bei Ihnen ankommt.", "Wir freuen uns, von Ihnen zu hören.", "ask_confirm removed (confirm + check address)", None),
 ("feedback_request", "Gerne schicken wir Ihnen den Artikel noch einmal zu", "Sobald Sie den Streitfall schließen, schicken wir Ihnen den Artikel noch einmal zu", "reshipment conditioned on closing the dispute", None),
])
G["oq07a"] = (7, """Ciao Giulia,

capiamo bene quanto sia frustrante aspettare: il tuo pacco con la borsa è attualmente trattenuto in dogana. Puoi controllarne lo stato con il numero di tracciamento RI445566778CN.

Per questo ordine i dazi di importazione sono a carico dell'acquirente: ti chiediamo quindi gentilmente di pagarli e di completare lo sdoganamento, così il pacco potrà ripartire verso di te.

Se la dogana ti chiede documenti, per esempio la fattura, dimmelo pure e te li inviamo subito.

Un caro saluto,
Our Store team""", [
 ("refund_promise", "te li inviamo subito.", "te li inviamo subito; e naturalmente ti rimborseremo noi i dazi che pagherai.", "promises to reimburse duties", None),
 ("invented_tracking_number", "con il numero di tracciamento RI445566778CN.", "con il numero di tracciamento RI445566778CN (pratica doganale RI445566779IT).", "customs reference RI445566779IT invented", None),
 ("placeholder", "Un caro saluto,", "Importo dazi: €XX,XX\n\nUn caro saluto,", "€XX,XX unfilled amount", None),
 ("wrong_language", "Se la dogana ti chiede documenti, per esempio la fattura, dimmelo pure e te li inviamo subito.", "Si la aduana te pide documentos, por ejemplo la factura, avísanos y te los enviamos enseguida.", "documents sentence in Spanish", "es"),
 ("blame", "il tuo pacco con la borsa è attualmente trattenuto in dogana.", "il tuo pacco con la borsa è attualmente trattenuto in dogana, dove come al solito se la prendono comoda.", "blames customs", None),
 ("shouting", "ti chiediamo quindi gentilmente di pagarli e di completare lo sdoganamento", "quindi PAGALI e COMPLETA lo sdoganamento, SUBITO!!!", "capitals, exclamation marks, orders", None),
])
G["oq08a"] = (8, """Olá, Rafael!

Entendemos sua insatisfação com o tamanho do tênis e lamentamos o transtorno.

Queremos te manter informado: já enviamos nossas evidências à plataforma. Agora o especialista em disputas da plataforma vai analisar o caso e tomar a decisão, e nós vamos respeitar o que for decidido.

Enquanto isso, continuamos à disposição para qualquer dúvida que você tiver.

Abraços,
Our Store team""", [
 ("invented_amount_or_date", "vai analisar o caso e tomar a decisão,", "vai analisar o caso e tomar a decisão em até 5 dias úteis,", "5 working days invented", None),
 ("off_platform_contact", "continuamos à disposição para qualquer dúvida que você tiver.", "continuamos à disposição para qualquer dúvida pelo nosso WhatsApp (11) 98765-4321.", "WhatsApp number", None),
 ("internal_note", "Abraços,", "OBS equipe: evidência já anexada, remedy await_platform_decision, não oferecer nada.\n\nAbraços,", "staff note with remedy id", None),
 ("feedback_request", "Enquanto isso,", "Se puder, retire a disputa para agilizarmos. Enquanto isso,", "asks to withdraw the dispute", None),
 ("missing_required_point", "Queremos te manter informado: já enviamos nossas evidências à plataforma. ", "", "evidence_submitted removed", None),
])
G["oq08b"] = (8, """Oi Rafael, tudo bem?

Sentimos muito que o tênis não tenha servido. Gostaríamos de avisar que nossa parte já foi feita: as evidências do pedido foram enviadas para a plataforma.

A partir de agora, quem decide é o especialista em disputas da plataforma, e aceitaremos a decisão dele, seja ela qual for.

Se surgir qualquer pergunta nesse meio-tempo, é só responder aqui que a gente ajuda.

Our Store team""", [
 ("refund_promise", "seja ela qual for.", "seja ela qual for — mas já adiantamos que vamos devolver seu dinheiro integralmente.", "promises full refund while awaiting the decision", None),
 ("placeholder", "Oi Rafael, tudo bem?", "Oi Rafael, tudo bem? Referente ao pedido nº <ORDER_ID>:", "<ORDER_ID> slot", None),
 ("wrong_language", "Se surgir qualquer pergunta nesse meio-tempo, é só responder aqui que a gente ajuda.", "If anything comes up in the meantime, just reply here and we'll help.", "last paragraph in English", "en"),
 ("blame", "Sentimos muito que o tênis não tenha servido.", "Sentimos muito que o tênis não tenha servido, mas a tabela de medidas estava no anúncio e era só ter conferido antes.", "reproaches the buyer for not checking the size chart", None),
 ("invented_tracking_number", "as evidências do pedido foram enviadas", "as evidências do pedido 8190008708308553 foram enviadas", "order id with last digit changed (real 8190008708308558)", None),
 ("shouting", "é só responder aqui que a gente ajuda.", "É SÓ RESPONDER AQUI, ESTAMOS SEMPRE ONLINE!!!", "capitals, aggressive", None),
])
G["oq09a"] = (9, """Beste Sanne,

We begrijpen heel goed dat je het geschil naar het platform hebt gebracht. Zo lang wachten op je fietslampset is vervelend, en je frustratie is volkomen terecht.

Wij werken volledig mee met de geschilspecialist van het platform en leveren al ons bewijs aan, zoals de verzendgegevens.

Tegelijk staan we nog steeds open om samen met jou tot een oplossing te komen. Laat gerust weten wat voor jou het beste zou werken.

Met vriendelijke groet,
Our Store team""", [
 ("refund_promise", "Laat gerust weten wat voor jou het beste zou werken.", "Als goedmaker krijg je van ons alvast een kortingscode van vijftien procent.", "discount code", None),
 ("invented_tracking_number", "zoals de verzendgegevens.", "zoals de verzendgegevens van zending LP00333222119CN.", "tracking with last digits changed (real LP00333222111CN)", None),
 ("internal_note", "Met vriendelijke groet,", "TODO: screenshot tracking uploaden vóór de deadline\n\nMet vriendelijke groet,", "TODO left in", None),
 ("feedback_request", "Tegelijk staan we nog steeds open", "Zou je het geschil willen intrekken? Tegelijk staan we nog steeds open", "asks to withdraw the dispute", None),
 ("shouting", "en je frustratie is volkomen terecht.", "en je frustratie is volkomen terecht. WE DOEN ECHT ALLES WAT WE KUNNEN!!!", "capitals and exclamation marks", None),
 ("missing_required_point", "Wij werken volledig mee met de geschilspecialist van het platform en leveren al ons bewijs aan, zoals de verzendgegevens.", "Bedankt voor je geduld tot nu toe.", "cooperate removed", None),
])
G["oq10a"] = (10, """Merhaba Emre,

İade ettiğiniz Bluetooth hoparlör bize ulaştı, gönderdiğiniz için teşekkür ederiz.

Para iadeniz şimdi platform üzerinden size yapılacak.

Yaşadığınız sorun için tekrar özür dileriz. İleride yeniden alışveriş yapmayı çok isteriz; sizi tekrar mağazamızda görmekten mutluluk duyarız.

Saygılarımızla,
Our Store team""", [
 ("amount_over_cap", "Para iadeniz şimdi platform üzerinden size yapılacak.", "Para iadeniz şimdi platform üzerinden yapılacak; sipariş tutarının üzerinde, toplam 1500 TRY iade edeceğiz.", "refund above order total 1250 TRY", None),
 ("invented_amount_or_date", "bize ulaştı,", "bize 22 Kasım'da ulaştı,", "arrival date invented", None),
 ("off_platform_contact", "İleride yeniden alışveriş yapmayı çok isteriz;", "Bir dahaki siparişinizi doğrudan www.ourstore-shop.com.tr üzerinden verebilirsiniz;", "website outside the platform", None),
 ("placeholder", "Merhaba Emre,", "Merhaba Emre,\n\nİade takip no: {return_tracking_number}", "{return_tracking_number} slot", None),
 ("wrong_language", "Yaşadığınız sorun için tekrar özür dileriz.", "Ещё раз приносим извинения за доставленные неудобства.", "apology in Russian", "ru"),
])
G["oq11a"] = (11, """김민준 님, 안녕하세요.

키보드가 켜지지 않아 많이 불편하셨을 텐데 정말 죄송합니다.

문제를 정확히 확인할 수 있도록, 키보드의 전원을 켜는 모습과 고장 증상이 나타나는 장면을 담은 짧은 동영상을 보내 주실 수 있을까요?

동영상을 받는 대로 바로 확인하고 해결 방법을 안내해 드리겠습니다.

감사합니다.
KeyLab team""", [
 ("refund_promise", "바로 확인하고 해결 방법을 안내해 드리겠습니다.", "바로 확인하고, 어떤 경우든 새 키보드를 무료로 보내 드리겠습니다.", "free replacement before evidence", None),
 ("invented_tracking_number", "김민준 님, 안녕하세요.", "김민준 님, 안녕하세요. 주문번호 8190011711311552 건 관련 연락드립니다.", "order id with last digit changed (real 8190011711311551)", None),
 ("internal_note", "감사합니다.", "[내부 메모: 판매자 증거 자료로 포장 영상 보관할 것]\n\n감사합니다.", "internal memo", None),
 ("blame", "정말 죄송합니다.", "정말 죄송합니다. 다만 충전을 제대로 하지 않으셨을 가능성도 있어 보입니다.", "suggests buyer did not charge it", None),
 ("shouting", "동영상을 보내 주실 수 있을까요?", "동영상을 반드시 보내 주세요!!! 안 보내시면 아무것도 해 드릴 수 없습니다!!!", "exclamation marks, pushy", None),
 ("invented_amount_or_date", "동영상을 받는 대로", "동영상을 3일 안에 보내 주시면, 받는 대로", "3-day deadline invented", None),
])
G["oq12a"] = (12, """陳怡君您好：

讓您久等了，真的很抱歉。您的包裹目前仍在運送途中，您可以用追蹤號碼 LP00787878787CN 隨時查看最新進度。

由於包裹還在路上，想麻煩您先暫時關閉這個糾紛。我們會把您的購買保障延長 10 天，讓您在包裹送達之前都能得到完整的保障。

如果有任何問題，歡迎隨時在這裡留言給我們。

敬上
Our Store team""", [
 ("invented_amount_or_date", "您的包裹目前仍在運送途中，", "您的包裹目前仍在運送途中，預計十二月五日前送達，", "delivery date invented (in Chinese numerals)", None),
 ("off_platform_contact", "歡迎隨時在這裡留言給我們。", "歡迎加我們的 LINE 帳號 @ourstore_tw 直接聯絡。", "LINE account", None),
 ("placeholder", "陳怡君您好：", "陳怡君您好：\n（此處插入延長天數說明）", "insert-here instruction left", None),
 ("wrong_language", "如果有任何問題，歡迎隨時在這裡留言給我們。", "ご不明な点がございましたら、いつでもこちらにメッセージをお送りください。", "closing line in Japanese", "ja"),
 ("feedback_request", "想麻煩您先暫時關閉這個糾紛。", "想麻煩您先暫時關閉這個糾紛，順便給我們一個五星好評。", "asks for five-star review", None),
 ("missing_required_point", "我們會把您的購買保障延長 10 天，讓您在包裹送達之前都能得到完整的保障。", "", "extend_protection removed", None),
])
