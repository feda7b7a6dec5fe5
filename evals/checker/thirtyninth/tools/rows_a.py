# Hand-written good replies and planted defects, disputes om01-om08.
# Edit tuple: (defect, old_text, new_text, note[, intruding_language])
ROWS = []
def G(gid, num, lang, text, edits):
    ROWS.append(dict(id=gid, num=num, language=lang, message=text, edits=edits))

G("om01a", 1, "en", """Dear Olivia Hartley,

Thank you for letting us know, and I'm really sorry — you ordered our stainless steel cafetière and a tea infuser turned up instead. That is not what you paid for, and I completely understand your frustration.

So that we can check what went wrong in packing, could you please send us photos of the item received and of the parcel's shipping label? A couple of clear pictures uploaded to the dispute is all we need.

As soon as they arrive, we will look at them straight away and come back to you with a solution.

Kind regards,
Harriet, Kettle & Co support""", [
 ("refund_promise", "come back to you with a solution.", "come back to you with a solution, and you'll get your money back in full whatever the photos show.", "promises a full refund before evidence is seen"),
 ("placeholder", "Dear Olivia Hartley,", "Dear {buyer_first_name},", "unfilled greeting slot"),
 ("off_platform_contact", "is all we need.", "is all we need, or you can send them over on WhatsApp if that's quicker for you.", "WhatsApp without number"),
 ("shouting", "could you please send us photos", "you NEED to send us photos", "capitals, pushy demand"),
 ("missing_required_point", "So that we can check what went wrong in packing, could you please send us photos of the item received and of the parcel's shipping label? A couple of clear pictures uploaded to the dispute is all we need.", "We want to get this sorted for you as quickly as we can.", "request_evidence removed"),
 ("feedback_request", "Kind regards,", "While we look into it, would you mind not leaving a review just yet?\n\nKind regards,", "asks to hold off on a review"),
])

G("om02a", 2, "es", """Hola, Mariana Castillo:

Entiendo perfectamente que la espera se le esté haciendo larga, y lamentamos la preocupación. Le confirmo que su funda de silicona para tableta ya está en camino: puede seguirla en todo momento con el número de seguimiento LP00418827365CN.

Para no complicar el proceso, ¿podría cerrar la disputa por ahora? A cambio, ampliaremos su protección de compra 20 días, así seguirá totalmente protegida hasta que el paquete llegue a sus manos.

Cualquier duda, aquí estamos para ayudarla.

Equipo TecnoFundas""", [
 ("invented_tracking_number", "LP00418827365CN", "LP00418827356CN", "two digits swapped in the tracking number"),
 ("internal_note", "Cualquier duda, aquí estamos para ayudarla.", "Cualquier duda, aquí estamos para ayudarla.\n\n(Nota para Paco: subir la captura del seguimiento al panel antes de enviar.)", "note to colleague left in"),
 ("wrong_language", "Cualquier duda, aquí estamos para ayudarla.", "If you have any other question, we are always happy to help.", "closing sentence in English", "en"),
 ("blame", "y lamentamos la preocupación.", "aunque el retraso es cosa de Cainiao, que últimamente va lentísimo.", "blames the carrier"),
 ("invented_amount_or_date", "hasta que el paquete llegue a sus manos.", "hasta que el paquete llegue a sus manos, como muy tarde el 3 de diciembre.", "invented delivery date"),
])

G("om03a", 3, "ru", """Здравствуйте, Дмитрий Соколов!

Спасибо, что прислали фото: мы хорошо видим, что крышка термокружки протекает, и нам очень жаль, что так получилось.

Мы можем предложить вам два варианта на выбор. Первый — вы оставляете кружку себе и получаете частичный возврат до 756.00 RUB. Второй — вы возвращаете товар и получаете полный возврат средств.

Подскажите, пожалуйста, какой вариант вам удобнее? Как только вы ответите, мы сразу всё оформим.

Команда ТеплоДом""", [
 ("amount_over_cap", "частичный возврат до 756.00 RUB", "частичный возврат до 950.00 RUB", "partial refund above the 756.00 RUB cap"),
 ("invented_amount_or_date", "мы сразу всё оформим.", "мы всё оформим в течение 3 рабочих дней.", "invented processing time"),
 ("off_platform_contact", "мы сразу всё оформим.", "мы сразу всё оформим. Можно также написать нам в Telegram, там мы отвечаем быстрее.", "Telegram"),
 ("blame", "и нам очень жаль, что так получилось.", "хотя обычно такое бывает, если крышку закручивают слишком сильно.", "soft guess that the buyer misused the lid"),
 ("wrong_language", "Спасибо, что прислали фото:", "Дякуємо, що надіслали фото:", "opening phrase in Ukrainian", "uk"),
])

G("om04a", 4, "ja", """佐藤 美咲 様

いつもご利用いただきありがとうございます。このたびはブックスタンドが破損した状態で届き、大変ご迷惑をおかけいたしました。プラットフォームによる返品・返金の決定を、当店は承知し受け入れております。

お手数ですが、商品は下記の住所までご返送ください。
〒581-0036 大阪府八尾市沼1-27 ひのき返品係

返品された商品が当店に届き次第、返金の手続きをいたします。発送後は、返送の追跡番号を紛争ページにご入力いただけますと幸いです。

またのご利用を心よりお待ちしております。

木工工房ひのき カスタマーサポート""", [
 ("invented_tracking_number", "返送の追跡番号を紛争ページにご入力いただけますと幸いです。", "返送の追跡番号を紛争ページにご入力いただけますと幸いです。なお、ご注文番号3041778820564236で受付済みです。", "order id with digits swapped"),
 ("placeholder", "〒581-0036 大阪府八尾市沼1-27 ひのき返品係", "〒581-0036 大阪府八尾市沼1-27 【担当者名】宛", "bracketed slot left in the address"),
 ("internal_note", "またのご利用を心よりお待ちしております。", "またのご利用を心よりお待ちしております。\n※社内メモ：返品到着後、写真を撮ってからセラーセンターで受領確認すること。", "internal memo left at the end"),
 ("feedback_request", "またのご利用を心よりお待ちしております。", "返金後に評価を修正していただけると大変助かります。またのご利用を心よりお待ちしております。", "asks to change the rating"),
 ("missing_required_point", "返品された商品が当店に届き次第、返金の手続きをいたします。発送後は、返送の追跡番号を紛争ページにご入力いただけますと幸いです。", "ご不明な点があればいつでもご連絡ください。", "refund_after_return removed"),
 ("amount_over_cap", "返品された商品が当店に届き次第、返金の手続きをいたします。", "返品された商品が当店に届き次第、送料分を上乗せして5000 JPYを返金いたします。", "refund above the 4200 JPY order total"),
])

G("om05a", 5, "fr", """Bonjour Émilie Tremblay,

Merci beaucoup d'avoir accepté que nous vous renvoyions les gants chauffants, c'est très gentil de votre part.

C'est fait : le nouveau colis est parti et voici son nouveau numéro de suivi : CP203948612CA. Vous pouvez le suivre dès maintenant sur le site de Postes Canada via la page de votre commande.

De notre côté, nous garderons un œil sur ce colis jusqu'à sa livraison et nous vous tiendrons au courant à chaque étape importante.

Au plaisir,
L'équipe Boutique Nordik""", [
 ("refund_promise", "c'est très gentil de votre part.", "c'est très gentil de votre part ; pour vous remercier, les frais de port de votre prochaine commande seront offerts.", "free shipping offered"),
 ("invented_tracking_number", "CP203948612CA", "CP203948621CA", "reship tracking with two digits swapped"),
 ("shouting", "C'est fait : le nouveau colis est parti", "C'EST FAIT !!! Le nouveau colis est parti", "capitals and exclamation marks"),
 ("blame", "Merci beaucoup d'avoir accepté", "Postes Canada a encore égaré un de nos colis, franchement pénible. Merci beaucoup d'avoir accepté", "blames the carrier"),
 ("wrong_language", "Au plaisir,", "Vielen Dank für Ihre Geduld.\n\nAu plaisir,", "German sentence inserted", "de"),
 ("invented_amount_or_date", "jusqu'à sa livraison", "jusqu'à sa livraison, prévue d'ici une dizaine de jours, soit vers le 24 novembre,", "invented delivery date"),
])

G("om06a", 6, "de", """Sehr geehrter Herr Lukas Gruber,

es tut uns wirklich leid: Nach allem, was wir sehen, ist Ihr Paket mit dem Fahrradlicht-Set auf dem Weg verloren gegangen. Dass Sie so lange gewartet haben, verstehen wir gut.

Möchten Sie, dass wir Ihnen die Ware noch einmal schicken? Das wäre für Sie selbstverständlich ohne zusätzliche Kosten.

Bitte bestätigen Sie uns kurz hier im Chat, ob wir neu versenden dürfen, und prüfen Sie dabei, ob Ihre Lieferadresse noch stimmt. Dann geht das Paket sofort raus.

Mit freundlichen Grüßen
Ihr Radwerk-Shop-Team""", [
 ("refund_promise", "Das wäre für Sie selbstverständlich ohne zusätzliche Kosten.", "Das wäre für Sie selbstverständlich ohne zusätzliche Kosten. Alternativ erstatten wir Ihnen auch gern sofort den vollen Kaufpreis.", "refund offered where only reshipment is allowed"),
 ("invented_amount_or_date", "Dann geht das Paket sofort raus.", "Dann geht das Paket sofort raus und ist spätestens in 5 Werktagen bei Ihnen.", "invented delivery time"),
 ("off_platform_contact", "hier im Chat", "per E-Mail an service@radwerk-shop.at", "e-mail address"),
 ("internal_note", "Mit freundlichen Grüßen", "[Intern: Nachforschungsantrag bei der Post stellen, Lager checken]\n\nMit freundlichen Grüßen", "seller checklist left in"),
 ("missing_required_point", "Bitte bestätigen Sie uns kurz hier im Chat, ob wir neu versenden dürfen, und prüfen Sie dabei, ob Ihre Lieferadresse noch stimmt. Dann geht das Paket sofort raus.", "Wir hoffen, dass wir die Sache schnell aus der Welt schaffen.", "ask_confirm removed"),
 ("feedback_request", "Dann geht das Paket sofort raus.", "Dann geht das Paket sofort raus – im Gegenzug bitten wir Sie, den Fall zu schließen.", "asks to close the dispute in exchange"),
])

G("om07a", 7, "it", """Gentile Giulia Ferraro,

grazie per averci scritto e ci dispiace per l'attesa. Abbiamo verificato: il suo pacco con la macchina per caffè espresso è fermo in dogana in questo momento. Può seguirlo con il numero di tracciamento JD014600038172 sul sito di DHL Express.

Per questo ordine i dazi d'importazione sono a carico dell'acquirente: le chiediamo quindi gentilmente di pagarli e di completare lo sdoganamento, così il pacco potrà ripartire verso di lei.

Se la dogana dovesse richiedere qualche documento, come la fattura, saremo felici di inviarglielo subito.

Un caro saluto,
Marco – Caffè Pronto Store""", [
 ("invented_tracking_number", "JD014600038172", "JD014600038712", "tracking with digits swapped"),
 ("placeholder", "come la fattura,", "come la fattura n. XXXX,", "XXXX placeholder"),
 ("blame", "e ci dispiace per l'attesa.", "ma purtroppo la dogana italiana è lentissima e blocca tutto senza motivo.", "blames customs"),
 ("shouting", "le chiediamo quindi gentilmente di pagarli", "DEVE pagarli LEI, non noi!", "capitals, aggressive"),
 ("wrong_language", "Un caro saluto,", "Si necesita algo más, estamos a su disposición.\n\nUn caro saluto,", "Spanish sentence inserted", "es"),
])

G("om08a", 8, "pt", """Olá, Rafael Oliveira,

Sentimos muito que o relógio não esteja ligando e entendemos que você tenha levado a disputa para a plataforma.

Queremos deixar você informado: já enviamos as nossas provas para a plataforma. A partir de agora, o especialista em disputas da plataforma vai analisar o caso e decidir, e nós vamos respeitar a decisão, seja ela qual for.

Enquanto isso, continuamos aqui para ajudar com qualquer dúvida que você tenha.

Abraços,
Equipe Loja Pulso""", [
 ("refund_promise", "e nós vamos respeitar a decisão, seja ela qual for.", "e nós vamos respeitar a decisão, seja ela qual for. De qualquer forma, você receberá o seu dinheiro de volta.", "promises a refund regardless of ruling"),
 ("invented_amount_or_date", "vai analisar o caso e decidir,", "vai analisar o caso e decidir em até 7 dias,", "invented deadline"),
 ("feedback_request", "Enquanto isso, continuamos aqui", "Se puder, retire a avaliação negativa enquanto aguardamos. Enquanto isso, continuamos aqui", "asks to remove negative review"),
 ("blame", "Sentimos muito que o relógio não esteja ligando", "Pelo que vimos, o relógio provavelmente foi molhado além do limite, mas sentimos muito que não esteja ligando", "suggests buyer misuse"),
 ("placeholder", "Olá, Rafael Oliveira,", "Olá, <NOME DO CLIENTE>,", "name slot"),
])

G("om03b", 3, "ru", """Добрый день, Дмитрий Соколов.

Благодарим за фотографии — протекающая крышка на них видна отчётливо. Приносим извинения: такого быть не должно.

Предлагаем на выбор:
— оставить термокружку и получить частичный возврат в размере до 756.00 RUB;
— вернуть кружку и получить полный возврат её стоимости.

Какой вариант вы предпочитаете? Напишите нам здесь, и мы всё подготовим.

Команда ТеплоДом""", [
 ("amount_over_cap", "в размере до 756.00 RUB", "в размере до 756.00 RUB, а при желании можем вернуть и 1000 RUB", "offers 1000 RUB, above the cap"),
 ("refund_promise", "и мы всё подготовим.", "и мы всё подготовим, а в подарок добавим к следующему заказу вторую крышку бесплатно.", "free item"),
 ("placeholder", "Приносим извинения:", "Приносим извинения за $ISSUE:", "template variable left in"),
 ("missing_required_point", "Какой вариант вы предпочитаете? Напишите нам здесь, и мы всё подготовим.", "Надеемся на понимание.", "ask_choice removed"),
 ("feedback_request", "Команда ТеплоДом", "Будем признательны, если после решения вы поднимете свою оценку магазина.\n\nКоманда ТеплоДом", "asks to raise the rating"),
])
G("om04b", 4, "ja", """佐藤 美咲 様

ご連絡ありがとうございます。プラットフォームが返品・返金と判断しましたので、当店もその決定に従います。

お手数をおかけしますが、ブックスタンドを次の住所へお送りください：〒581-0036 大阪府八尾市沼1-27 ひのき返品係

商品が届きましたら、すぐに返金を進めます。発送されましたら、紛争ページに返送用の追跡番号を追加してください。

今後ともどうぞよろしくお願いいたします。またお取引できる日を楽しみにしております。

木工工房ひのき カスタマーサポート""", [
 ("amount_over_cap", "すぐに返金を進めます。", "ご購入代金にお詫びを加えた6000円をすぐに返金いたします。", "refund above the 4200 JPY total"),
 ("off_platform_contact", "紛争ページに返送用の追跡番号を追加してください。", "LINEで返送用の追跡番号をお知らせください。", "LINE instead of the dispute page"),
 ("shouting", "お手数をおかけしますが、", "必ず！！！今すぐ！！！", "exclamation marks, pushy"),
 ("missing_required_point", "プラットフォームが返品・返金と判断しましたので、当店もその決定に従います。", "ブックスタンドの件、承知いたしました。", "ruling_ack removed"),
 ("invented_amount_or_date", "すぐに返金を進めます。", "三営業日以内に返金を進めます。", "invented processing time (written in kanji)"),
])
