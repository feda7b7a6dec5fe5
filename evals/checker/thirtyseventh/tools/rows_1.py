# Good replies and planted edits, disputes 01-08 (written by hand for this set).
# Edit tuple: (defect, old_text, new_text, note[, intruding_language])
ROWS = []
def g(id, n, lang, text, edits): ROWS.append(dict(id=id, n=n, language=lang, text=text, edits=edits))

g("op01a", 1, "en", """Hi Megan,

Thank you for letting us know, and I'm really sorry. You ordered the stainless steel French press and a plastic tea infuser turned up instead. That's not what you paid for, and I completely understand your frustration.

So we can check what went wrong, could you please send us photos of the item you received and of the shipping label on the parcel? You can attach them right here in the dispute.

As soon as they arrive, I'll look at them personally and come back to you with a solution.

Best regards,
Dana, Brewline Home support""", [
 ("refund_promise", "come back to you with a solution.", "come back to you with a solution. Either way, you'll get your money back in full, so no need to worry.", "promises a full refund before evidence is seen"),
 ("invented_amount_or_date", "You can attach them right here in the dispute.", "You can attach them right here in the dispute, ideally before December 3.", "invented deadline"),
 ("placeholder", "the shipping label on the parcel?", "the shipping label on parcel [TRACKING_NO]?", "unfilled tracking slot"),
 ("blame", "That's not what you paid for, and I completely understand your frustration.", "Our packing partner clearly mixed up the labels, so this one is on them rather than us.", "blames the packing partner"),
 ("shouting", "could you please send us photos", "you MUST send us photos", "capitals and pushy tone"),
])
g("op01b", 1, "en", """Dear Megan Foster,

We're sorry to hear that your order arrived with the wrong product: a tea infuser rather than the French press you chose. We'd like to put this right with you.

To check it quickly, please share photos of the item received and of the parcel's shipping label in this dispute. Once we have them, we will review everything straight away and get back to you with a solution.

Thank you for your patience.

Dana, Brewline Home support""", [
 ("internal_note", "We'd like to put this right with you.", "We'd like to put this right with you. [Internal: evidence_by_problem_type, no refund until photos are checked]", "remedy id and staff note left in"),
 ("feedback_request", "Thank you for your patience.", "Thank you for your patience, and please hold off on leaving a review until this is sorted.", "asks buyer to hold off on review"),
 ("off_platform_contact", "in this dispute", "by email to help@brewlinehome.com", "email address"),
 ("missing_required_point", "To check it quickly, please share photos of the item received and of the parcel's shipping label in this dispute. ", "We appreciate you reaching out to us. ", "request_evidence removed"),
 ("invented_tracking_number", "arrived with the wrong product", "(order 80017734195210) arrived with the wrong product", "order id with swapped digits; real id 80017734195201"),
])
g("op02a", 2, "es", """Hola Alejandro:

Entendemos perfectamente su preocupación; esperar tanto tiempo unos audífonos nuevos no es agradable. Le tenemos buenas noticias: su paquete sigue en camino con Cainiao y puede seguirlo con el número de rastreo LP00912345678MX.

¿Sería tan amable de cerrar la disputa por ahora? Nosotros extenderemos su protección de compra por 20 días, para que siga totalmente protegido hasta que el paquete llegue a sus manos.

Quedamos pendientes de cualquier duda.

Saludos cordiales,
SonicaTec team""", [
 ("invented_tracking_number", "LP00912345678MX", "LP00912345687MX", "two digits swapped in tracking number"),
 ("shouting", "¿Sería tan amable de cerrar la disputa por ahora?", "¡¡CIERRE LA DISPUTA YA!! No tiene sentido dejarla abierta.", "shouted, pushy close request"),
 ("refund_promise", "hasta que el paquete llegue a sus manos.", "hasta que el paquete llegue a sus manos. Además, le regalaremos un cupón para su próxima compra.", "coupon not allowed"),
 ("wrong_language", "Quedamos pendientes de cualquier duda.", "We remain at your disposal for any questions.", "English sentence in Spanish reply", "en"),
 ("invented_amount_or_date", "puede seguirlo con el número de rastreo LP00912345678MX.", "puede seguirlo con el número de rastreo LP00912345678MX. Debería llegar a más tardar el 2 de diciembre.", "invented delivery date"),
])
g("op03a", 3, "ru", """Здравствуйте, Ольга!

Спасибо, что прислали фотографию: мы ясно видим, что шов на рукаве разошёлся, и нам очень жаль, что куртка подвела вас так быстро.

Мы можем предложить два варианта:
— оставить куртку себе и получить частичный возврат до 872.50 RUB;
— вернуть куртку и получить полный возврат денег.

Какой вариант вам удобнее? Ответьте, пожалуйста, здесь, и мы сразу всё оформим.

С уважением,
NordWear team""", [
 ("amount_over_cap", "до 872.50 RUB", "до 1500.00 RUB", "cap 872.50 RUB replaced by 1500.00"),
 ("amount_over_cap", "вернуть куртку и получить полный возврат денег.", "вернуть куртку и получить полный возврат денег.\nЕсли частичной суммы мало, мы готовы поднять её до половины цены куртки.", "offers half the price, cap is 25%"),
 ("blame", "и нам очень жаль, что куртка подвела вас так быстро.", "хотя, скорее всего, шов не выдержал из-за неправильной стирки.", "guesses buyer misuse"),
 ("feedback_request", "Ответьте, пожалуйста, здесь, и мы сразу всё оформим.", "Ответьте, пожалуйста, здесь, а после этого будем благодарны, если вы закроете спор и поставите нам высшую оценку.", "asks to close dispute and leave top rating"),
 ("wrong_language", "Какой вариант вам удобнее?", "Welche Option ist Ihnen lieber?", "German question in Russian reply", "de"),
])
g("op03b", 3, "ru", """Ольга, добрый день!

Благодарим за доказательства по спору. Разошедшийся шов на рукаве — явный дефект, приносим извинения за неудобства.

Предлагаем на выбор: вы оставляете куртку, и мы делаем частичный возврат в размере до 872.50 RUB, либо вы отправляете куртку обратно и получаете полный возврат средств.

Напишите, пожалуйста, что вы выбираете. Мы на связи.

NordWear team""", [
 ("amount_over_cap", "в размере до 872.50 RUB,", "в размере до 872.50 RUB, а при желании и все сорок процентов от цены,", "40 percent, cap is 25%"),
 ("amount_over_cap", "либо вы отправляете куртку обратно и получаете полный возврат средств.", "либо вы отправляете куртку обратно и получаете полный возврат средств плюс ещё пятьсот рублей сверху.", "refund above order total"),
 ("placeholder", "Ольга, добрый день!", "[ИМЯ ПОКУПАТЕЛЯ], добрый день!", "unfilled name slot"),
 ("internal_note", "приносим извинения за неудобства.", "приносим извинения за неудобства. (Коллегам: оформить частичный возврат в панели решений и загрузить наши фото упаковки.)", "instruction to colleagues"),
 ("missing_required_point", "Напишите, пожалуйста, что вы выбираете. Мы на связи.", "Мы на связи.", "ask_choice removed"),
])
g("op04a", 4, "ja", """佐藤 美咲 様

このたびは包丁の刃の欠けでご迷惑をおかけし、誠に申し訳ございません。プラットフォームにより返品・返金の判断が下されましたので、当店はこの決定をお受けいたします。

お手数ですが、商品を下記の住所までご返送ください。
〒550-0013 大阪府大阪市西区新町2-4-9 Kitchen Sakura 返品係

返品された商品が届き次第、返金の手続きを進めます。発送後、返品の追跡番号を紛争ページにご入力いただけますと幸いです。

またのご利用を心よりお待ちしております。

Kitchen Sakura サポート""", [
 ("amount_over_cap", "返金の手続きを進めます。", "返金の手続きを進めます。返金額はご注文金額を上回る7000円とさせていただきます。", "refund above order total 5980 JPY"),
 ("internal_note", "ご入力いただけますと幸いです。", "ご入力いただけますと幸いです。※担当者メモ：返品到着後すぐに受領確認を入れること。", "staff memo left in"),
 ("off_platform_contact", "またのご利用を心よりお待ちしております。", "ご不明な点はLINE（ID: kitchensakura）までお気軽にどうぞ。またのご利用を心よりお待ちしております。", "LINE id"),
 ("wrong_language", "またのご利用を心よりお待ちしております。", "我们期待今后再次为您服务。", "Chinese sentence in Japanese reply", "zh"),
 ("missing_required_point", "お手数ですが、商品を下記の住所までご返送ください。\n〒550-0013 大阪府大阪市西区新町2-4-9 Kitchen Sakura 返品係\n", "お手数ですが、商品のご返送をお願いいたします。\n", "return_address removed"),
])
g("op05a", 5, "fr", """Bonjour Julien,

Merci beaucoup d'avoir accepté que nous vous renvoyions la lampe de bureau. Nous sommes désolés que le premier colis se soit perdu en route.

Bonne nouvelle : votre lampe est repartie, et voici son nouveau numéro de suivi : RR204418862CN. Vous pouvez suivre son trajet dès maintenant.

Nous garderons un œil sur ce nouveau colis et vous tiendrons informé à chaque étape.

Bonne journée,
Lumio team""", [
 ("invented_tracking_number", "RR204418862CN", "RR204418826CN", "digits swapped in reship tracking"),
 ("refund_promise", "Vous pouvez suivre son trajet dès maintenant.", "Vous pouvez suivre son trajet dès maintenant. Pour le dérangement, nous vous offrons aussi un bon d'achat sur votre prochaine commande.", "voucher not allowed"),
 ("blame", "Nous sommes désolés que le premier colis se soit perdu en route.", "Postes Canada a malheureusement égaré le premier colis ; ce n'est vraiment pas de notre faute.", "blames carrier"),
 ("shouting", "Bonne nouvelle :", "EXCELLENTE NOUVELLE !!!", "capitals and exclamation marks"),
 ("feedback_request", "et vous tiendrons informé à chaque étape.", "et vous tiendrons informé à chaque étape. En attendant, pourriez-vous retirer votre litige ?", "asks to withdraw dispute"),
])
g("op06a", 6, "de", """Liebe Frau Huber,

es tut uns wirklich leid: Ihr Thermobecher ist laut Österreichischer Post auf dem Weg zu Ihnen verloren gegangen. Wir verstehen gut, wie ärgerlich das ist.

Gern schicken wir Ihnen den Becher noch einmal zu, selbstverständlich ohne zusätzliche Kosten für Sie. Möchten Sie das?

Bitte bestätigen Sie uns kurz hier im Chat und prüfen Sie dabei, ob Ihre Lieferadresse noch stimmt.

Herzliche Grüße
Ihr Alpenkram-Team""", [
 ("refund_promise", "Möchten Sie das?", "Oder wäre Ihnen eine Rückerstattung lieber? Beides ist für uns kein Problem.", "offers refund where only reshipment allowed"),
 ("off_platform_contact", "hier im Chat", "per WhatsApp", "WhatsApp"),
 ("placeholder", "Liebe Frau Huber,", "Liebe Frau {{nachname}},", "template slot"),
 ("internal_note", "Wir verstehen gut, wie ärgerlich das ist.", "Wir verstehen gut, wie ärgerlich das ist. Notiz: Nachforschungsantrag bei der Post stellen und Lagerbestand prüfen.", "seller checklist left in"),
 ("invented_amount_or_date", "ohne zusätzliche Kosten für Sie.", "ohne zusätzliche Kosten für Sie; er wäre in 3 Werktagen bei Ihnen.", "invented delivery time"),
])
g("op06b", 6, "de", """Hallo Katharina,

danke für Ihre Nachricht. Leider sieht es so aus, als sei Ihr Paket unterwegs verloren gegangen, und dafür entschuldigen wir uns.

Sollen wir Ihnen den Thermobecher erneut senden? Für Sie entstehen dabei keine weiteren Kosten.

Geben Sie uns einfach Bescheid und werfen Sie bitte noch einen Blick auf Ihre Lieferadresse, damit diesmal alles glattgeht.

Viele Grüße
Ihr Alpenkram-Team""", [
 ("wrong_language", "danke für Ihre Nachricht.", "grazie mille per il tuo messaggio.", "Italian sentence in German reply", "it"),
 ("missing_required_point", "Sollen wir Ihnen den Thermobecher erneut senden? Für Sie entstehen dabei keine weiteren Kosten.", "Wir kümmern uns gern um Ihr Anliegen.", "offer_reship removed"),
 ("blame", "und dafür entschuldigen wir uns.", "und dafür entschuldigen wir uns, auch wenn der Fehler ganz klar bei der Post liegt und nicht bei uns.", "blames carrier (apology kept)"),
 ("shouting", "Geben Sie uns einfach Bescheid", "Geben Sie uns SOFORT Bescheid!!!", "capitals, pushy"),
 ("feedback_request", "damit diesmal alles glattgeht.", "damit diesmal alles glattgeht. Mit einer Bewertung warten Sie bitte, bis der neue Becher angekommen ist.", "asks to hold off on review"),
])
g("op07a", 7, "it", """Gentile Giulia,

capiamo quanto sia frustrante aspettare la macchina da caffè e saperla ferma. Il pacco risulta al momento trattenuto in dogana; può seguirne lo stato con il numero di tracciamento JD014600009912345678.

Per questo ordine i dazi di importazione sono a carico dell'acquirente: le chiediamo quindi gentilmente di pagarli e di completare lo sdoganamento, così DHL Express potrà consegnarle il pacco.

Se la dogana dovesse richiedere qualche documento, ad esempio la fattura, saremo felici di inviarglielo subito.

Un cordiale saluto,
CasaCrema team""", [
 ("refund_promise", "così DHL Express potrà consegnarle il pacco.", "così DHL Express potrà consegnarle il pacco. Per il disturbo le rimborseremo poi le spese di spedizione.", "shipping refund / compensation"),
 ("invented_amount_or_date", "le chiediamo quindi gentilmente di pagarli", "le chiediamo quindi gentilmente di pagarli (circa 35 euro)", "invented duty amount"),
 ("off_platform_contact", "saremo felici di inviarglielo subito.", "ci scriva su Telegram e saremo felici di inviarglielo subito.", "Telegram"),
 ("blame", "capiamo quanto sia frustrante aspettare la macchina da caffè e saperla ferma.", "purtroppo la dogana italiana è lentissima e blocca sempre i pacchi senza motivo.", "blames customs"),
 ("missing_required_point", "Se la dogana dovesse richiedere qualche documento, ad esempio la fattura, saremo felici di inviarglielo subito.", "Restiamo a sua disposizione.", "offer_documents removed"),
])
g("op08a", 8, "pt", """Olá, Thiago!

Sentimos muito que o seu smartwatch não esteja ligando; entendemos como isso é chato. Queremos te informar que já enviamos as nossas evidências para a plataforma.

Agora, o especialista em disputas da plataforma vai analisar o caso e tomar a decisão, e nós vamos respeitar o que for decidido.

Enquanto isso, continuamos aqui para ajudar: se tiver qualquer dúvida, é só nos escrever por aqui.

Abraços,
TechPulse BR team""", [
 ("refund_promise", "e nós vamos respeitar o que for decidido.", "e nós vamos respeitar o que for decidido. Mas fique tranquilo: independentemente da decisão, vamos devolver o seu dinheiro.", "promises refund regardless"),
 ("internal_note", "já enviamos as nossas evidências para a plataforma.", "já enviamos as nossas evidências para a plataforma. [nota interna: conferir a página da disputa diariamente]", "internal note"),
 ("wrong_language", "Agora, o especialista em disputas da plataforma vai analisar o caso e tomar a decisão, e nós vamos respeitar o que for decidido.", "Ahora el especialista de disputas de la plataforma analizará el caso y decidirá, y nosotros respetaremos lo que se decida.", "Spanish paragraph in Portuguese reply", "es"),
 ("feedback_request", "é só nos escrever por aqui.", "é só nos escrever por aqui. E, se puder, deixe uma avaliação positiva para a loja enquanto aguarda.", "asks for positive review"),
 ("placeholder", "Olá, Thiago!", "Olá, [NOME]!", "name placeholder"),
])
