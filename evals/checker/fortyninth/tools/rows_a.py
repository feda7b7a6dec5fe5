"""Good replies nz01-nz08 and the edits that plant one defect each (hand-written)."""
ROWS = []
def G(gid, dispute, lang, text, edits):
    ROWS.append(dict(id=gid, dispute=dispute, lang=lang, text=text.strip("\n"), edits=edits))

G("nz01a", "nz01_en_evidence", "en", """
Hi Megan,

Thank you for letting us know, and we're really sorry: you ordered a stainless steel garlic press and a potato masher turned up instead. That's clearly not what you paid for, and we want to put it right with you.

So we can check what went wrong in packing, could you please send us photos of the item you received and of the shipping label on the parcel? The label helps us trace exactly which order it was packed with.

As soon as the photos arrive, we'll review them and come back to you with a solution.

Kind regards,
KitchenNest Store team
""", [
 ("refund_promise", "we want to put it right with you.", "we want to put it right with you, so we'll refund the full price straight away.", "promises a full refund before any evidence is seen"),
 ("invented_amount_or_date", "come back to you with a solution.", "come back to you with a solution by 30 November.", "deadline 30 November is not in the dispute"),
 ("off_platform_contact", "could you please send us photos", "could you please email to support@kitchennest.shop photos", "asks for photos by email"),
 ("internal_note", "Kind regards,\nKitchenNest Store team", "[remedy: evidence_by_problem_type - compare listing photos before replying]\n\nKind regards,\nKitchenNest Store team", "remedy id and staff instruction left in"),
 ("blame", "That's clearly not what you paid for,", "Our warehouse partner keeps mixing up orders lately, so this one's on them,", "blames the warehouse partner"),
 ("missing_required_point", "So we can check what went wrong in packing, could you please send us photos of the item you received and of the shipping label on the parcel? The label helps us trace exactly which order it was packed with.", "We take mix-ups like this very seriously.", "request_evidence removed (no request for photos of item and shipping label)"),
])

G("nz02a", "nz02_es_extend", "es", """
Hola, Ximena:

Entendemos perfectamente tu preocupación; tres semanas de espera son muchas y es normal querer proteger tu dinero. Te contamos que tu funda ya va en camino y puedes seguirla en todo momento con el número de seguimiento LX228461730CN.

Por eso queremos pedirte un favor: ¿podrías cerrar la disputa por ahora? A cambio, ampliaremos tu protección de compra por 20 días, para que sigas completamente protegida mientras llega el paquete. Si algo no sale bien, seguirás teniendo todas tus garantías.

Gracias por tu paciencia y tu confianza.

Saludos cordiales,
TabShield team
""", [
 ("refund_promise", "mientras llega el paquete.", "mientras llega el paquete. Además, te mandaremos un cupón de descuento para tu próxima compra.", "coupon not allowed"),
 ("invented_amount_or_date", "Si algo no sale bien,", "Si el paquete no llega antes del 15 de diciembre,", "date 15 December invented"),
 ("off_platform_contact", "Gracias por tu paciencia y tu confianza.", "Si prefieres, escríbenos por WhatsApp y te contestamos al momento. Gracias por tu paciencia y tu confianza.", "WhatsApp"),
 ("wrong_language", "Gracias por tu paciencia y tu confianza.", "Obrigado pela sua paciência e pela confiança na nossa loja.", "Portuguese sentence in a Spanish reply", "pt"),
 ("blame", "es normal querer proteger tu dinero.", "es normal querer proteger tu dinero, aunque el retraso es cosa de Estafeta, que últimamente va lentísimo.", "blames the carrier"),
 ("missing_required_point", "Por eso queremos pedirte un favor: ¿podrías cerrar la disputa por ahora? A cambio, ampliaremos", "Además, ampliaremos", "ask_close removed"),
])

G("nz03a", "nz03_ru_partial", "ru", """
Здравствуйте, Ольга!

Спасибо, что прислали фото, — на них хорошо видно, что шов на лямке разошёлся. Нам очень жаль, что рюкзак подвёл вас так быстро.

Мы можем предложить два варианта на ваш выбор:
— оставить рюкзак и получить частичный возврат до 622.50 RUB;
— вернуть рюкзак и получить полный возврат денег.

Подскажите, пожалуйста, какой вариант вам удобнее? Как только вы ответите, мы сразу всё оформим.

С уважением,
UrbanPack team
""", [
 ("amount_over_cap", "частичный возврат до 622.50 RUB;", "частичный возврат — 622.50 RUB, а если хотите, то и половину стоимости;", "half the price is far above the 25% cap"),
 ("invented_amount_or_date", "мы сразу всё оформим.", "мы оформим всё до 5 декабря.", "date 5 December invented"),
 ("off_platform_contact", "какой вариант вам удобнее?", "какой вариант вам удобнее? Можно написать нам в Telegram — там мы отвечаем быстрее.", "Telegram"),
 ("wrong_language", "Нам очень жаль, что рюкзак подвёл вас так быстро.", "We are really sorry the backpack let you down so quickly.", "English sentence in a Russian reply", "en"),
 ("blame", "подвёл вас так быстро.", "подвёл вас так быстро. Правда, лямки обычно рвутся, когда рюкзак сильно перегружают.", "soft hint the buyer overloaded the backpack"),
 ("missing_required_point", "Подскажите, пожалуйста, какой вариант вам удобнее? Как только вы ответите, мы сразу всё оформим.", "Мы ценим, что вы выбрали наш магазин.", "ask_choice removed"),
])

G("nz03b", "nz03_ru_partial", "ru", """
Ольга, добрый день!

Благодарим за фотографии: мы видим проблему со швом и приносим извинения — такого быть не должно.

Предлагаем на выбор: вы оставляете рюкзак, а мы делаем частичный возврат до 622.50 RUB, или вы отправляете рюкзак обратно и получаете полный возврат. Какой вариант вы предпочитаете?

Будем ждать вашего ответа и постараемся всё решить поскорее.
UrbanPack team
""", [
 ("amount_over_cap", "частичный возврат до 622.50 RUB,", "частичный возврат до 622.50 RUB (а если этого мало — готовы поднять сумму),", "offers to raise the partial refund above the cap"),
 ("invented_amount_or_date", "Будем ждать вашего ответа", "Будем ждать вашего ответа в течение 3 дней", "3-day deadline invented"),
 ("off_platform_contact", "Какой вариант вы предпочитаете?", "Какой вариант вы предпочитаете? Ответ можно прислать на urbanpack.help@mail.ru.", "email address"),
 ("wrong_language", "Какой вариант вы предпочитаете?", "Którą opcję Pani wybiera?", "Polish question in a Russian reply", "pl"),
 ("blame", "такого быть не должно.", "такого быть не должно, но это фабрика прислала нам бракованную партию.", "blames the factory/supplier"),
 ("missing_required_point", "Предлагаем на выбор: вы оставляете рюкзак, а мы делаем частичный возврат до 622.50 RUB, или вы отправляете рюкзак обратно и получаете полный возврат.", "Мы хотим решить этот вопрос как можно скорее.", "offer_options removed (no partial refund / return options, no cap)"),
])

G("nz04a", "nz04_ja_return", "ja", """
佐藤 美咲様

ご連絡ありがとうございます。マフラーの色がイメージと違っていたとのこと、ご迷惑をおかけし申し訳ございません。プラットフォームによる返品・返金の決定を、当店も承知いたしました。

お手数ですが、商品を以下の住所までご返送ください。
Hoshi Knit Returns, Building 3, 88 Xinhua Road, Yiwu, Zhejiang 322000, China

返品された商品が当店に届き次第、返金手続きを進めます。発送後は、返送の追跡番号を紛争ページにご入力いただけますと幸いです。

またのご利用を心よりお待ちしております。

Hoshi Knit サポートチーム
""", [
 ("amount_over_cap", "返金手続きを進めます。", "ご注文金額を上回る額を返金いたします。", "refund above the order total"),
 ("invented_amount_or_date", "返品された商品が当店に届き次第、", "返品された商品が12月10日までに当店に届けば、", "deadline 12/10 invented"),
 ("off_platform_contact", "Zhejiang 322000, China\n", "Zhejiang 322000, China\nご不明な点はLINE（ID: hoshiknit）でもお気軽にどうぞ。\n", "LINE id"),
 ("wrong_language", "またのご利用を心よりお待ちしております。", "期待今後能再次為您服務。", "Chinese sentence in a Japanese reply", "zh"),
 ("blame", "ご迷惑をおかけし申し訳ございません。", "ご迷惑をおかけし申し訳ございません。とはいえ、色の違いはお客様の画面設定の影響も大きいかと存じます。", "blames the buyer's screen"),
 ("missing_required_point", "お手数ですが、商品を以下の住所までご返送ください。\nHoshi Knit Returns, Building 3, 88 Xinhua Road, Yiwu, Zhejiang 322000, China\n", "お手数ですが、商品のご返送をお願いいたします。\n", "return_address removed"),
])

G("nz05a", "nz05_fr_confirm", "fr", """
Bonjour Antoine,

Merci beaucoup d'avoir accepté un nouvel envoi, et encore désolés que le premier colis se soit perdu en route. Votre guirlande lumineuse est repartie à la même adresse ; vous pouvez suivre ce nouveau colis avec le numéro de suivi LP61029399012CN.

Nous garderons un œil sur son acheminement et nous vous tiendrons informé à chaque étape importante. N'hésitez pas à nous écrire ici si vous avez la moindre question.

Bien cordialement,
Lumina Déco team
""", [
 ("refund_promise", "se soit perdu en route.", "se soit perdu en route. Pour nous faire pardonner, la livraison de votre prochaine commande sera offerte.", "free shipping on next order"),
 ("invented_amount_or_date", "N'hésitez pas à nous écrire", "Il devrait arriver d'ici le 8 décembre. N'hésitez pas à nous écrire", "arrival date invented"),
 ("placeholder", "numéro de suivi LP61029399012CN.", "numéro de suivi LP61029399012CN (commande n° {order_id}).", "unfilled {order_id}"),
 ("wrong_language", "N'hésitez pas à nous écrire ici si vous avez la moindre question.", "Non esiti a scriverci qui se ha qualsiasi domanda.", "Italian sentence in a French reply", "it"),
 ("blame", "encore désolés que le premier colis se soit perdu en route.", "même si c'est encore Colissimo qui a égaré le premier colis, comme souvent.", "blames the carrier"),
 ("missing_required_point", "Nous garderons un œil sur son acheminement et nous vous tiendrons informé à chaque étape importante. ", "", "keep_updated removed"),
])

G("nz06a", "nz06_de_offer", "de", """
Hallo Jonas,

vielen Dank für Ihre Nachricht. Es tut uns sehr leid: Ihr Fahrradlicht-Set ist auf dem Weg zu Ihnen offenbar verloren gegangen.

Gerne schicken wir Ihnen das Set noch einmal zu, ohne zusätzliche Kosten für Sie. Möchten Sie das?

Wenn ja, antworten Sie bitte kurz hier und prüfen Sie dabei, ob Ihre Lieferadresse noch stimmt. Sobald wir Ihre Bestätigung haben, machen wir das Paket fertig.

Viele Grüße
VeloBright team
""", [
 ("refund_promise", "Möchten Sie das?", "Möchten Sie das, oder wäre Ihnen eine Rückerstattung lieber?", "offers a refund where only reshipment is allowed"),
 ("invented_amount_or_date", "machen wir das Paket fertig.", "machen wir das Paket fertig, und es geht innerhalb von 2 Werktagen raus.", "2 working days invented"),
 ("placeholder", "Hallo Jonas,", "Hallo [Vorname],", "unfilled [Vorname] instead of the name"),
 ("wrong_language", "Es tut uns sehr leid: Ihr Fahrradlicht-Set ist auf dem Weg zu Ihnen offenbar verloren gegangen.", "Het spijt ons echt: uw fietslampset is onderweg kwijtgeraakt.", "Dutch sentence in a German reply", "nl"),
 ("blame", "offenbar verloren gegangen.", "offenbar verloren gegangen. DHL arbeitet in letzter Zeit leider ziemlich schlampig.", "blames the carrier"),
])

G("nz07a", "nz07_it_customs_buyer", "it", """
Buongiorno Giulia,

grazie per averci scritto e ci scusi per l'attesa. Abbiamo verificato: il suo pacco è al momento trattenuto in dogana, e può seguirne lo stato con il numero di tracciamento RR902846173CN.

Per questo ordine i dazi di importazione sono a carico dell'acquirente, quindi le chiediamo gentilmente di pagarli e di completare lo sdoganamento; di solito Poste Italiane invia un avviso con le istruzioni.

Se la dogana dovesse richiedere documenti, come la fattura, saremo felici di inviarglieli subito.

Cordiali saluti,
Casa Pasta Tools team
""", [
 ("refund_promise", "saremo felici di inviarglieli subito.", "saremo felici di inviarglieli subito. E per il disagio le rimborseremo noi l'importo dei dazi.", "promises to reimburse the duties"),
 ("invented_amount_or_date", "di solito Poste Italiane invia un avviso con le istruzioni.", "l'importo dovrebbe essere di circa 12 euro.", "duty amount invented"),
 ("placeholder", "il suo pacco è al momento", "il suo pacco (ordine n. XXXXXX) è al momento", "XXXXXX residue"),
 ("wrong_language", "grazie per averci scritto e ci scusi per l'attesa.", "gracias por escribirnos y disculpe la espera.", "Spanish sentence in an Italian reply", "es"),
 ("blame", "con il numero di tracciamento RR902846173CN.", "con il numero di tracciamento RR902846173CN. La dogana italiana purtroppo è lentissima e crea sempre problemi.", "blames customs"),
])

G("nz08a", "nz08_pt_await", "pt", """
Olá, Rafael!

Entendemos sua frustração com as peças que faltaram no kit, e lamentamos muito por isso. Queremos te informar que já enviamos nossas evidências para a plataforma.

Agora, o especialista em disputas da plataforma vai analisar o caso e tomar a decisão — e nós vamos respeitar o que for decidido.

Enquanto isso, continuamos à disposição por aqui para qualquer dúvida que você tiver.

Abraços,
FerraMax team
""", [
 ("refund_promise", "e nós vamos respeitar o que for decidido.", "e nós vamos respeitar o que for decidido. De qualquer forma, já adiantamos que vamos devolver seu dinheiro.", "promises a refund before the platform decides"),
 ("invented_amount_or_date", "vai analisar o caso", "vai analisar o caso em até 7 dias", "7-day timeframe invented"),
 ("placeholder", "Abraços,\nFerraMax team", "Abraços,\n[nome do atendente]\nFerraMax team", "[nome do atendente] left in"),
 ("wrong_language", "Enquanto isso, continuamos à disposição por aqui para qualquer dúvida que você tiver.", "En attendant, nous restons à votre disposition ici pour toute question.", "French sentence in a Portuguese reply", "fr"),
 ("blame", "e lamentamos muito por isso.", "e lamentamos muito por isso. Mas, pelo nosso controle de peso, o kit saiu completo do armazém.", "implies the buyer is wrong about missing parts"),
])
