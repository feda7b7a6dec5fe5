"""Good replies and one-edit bad variants, part B (x13-x26). Same format as replies_a.py."""

GOODS_B = [
dict(id="x13a", d="x13_en_partial", lang="en", text="""Hi Dwayne,

Thanks for sending the photos. You're right: the cover in your pictures is clearly grey, not the sage green shown in the listing, and we're sorry about the mix-up.

We'd like to make this right, and there are two ways we can do it. You can keep the cover and we'll give you a partial refund of up to 19.35 USD, or you can send it back and get a full refund.

Just let us know which one works better for you.

Best,
CozyNest Supply team""", bads=[
 ("amount_over_cap", "up to 19.35 USD", "up to 25.00 USD", "cap replaced by a higher amount"),
 ("amount_over_cap", "or you can send it back and get a full refund.", "or, if you'd rather skip the return, we can refund the whole amount and you keep the cover.", "full refund while keeping the item"),
 ("refund_promise", "or you can send it back and get a full refund.", "or you can send it back and get a full refund. Either way, we'll also ship you the correct sage green cover free of charge.", "free replacement on top of the options"),
 ("off_platform_contact", "Just let us know which one works better for you.", "Just text us at the number on our store website and let us know which one works better for you.", "asks buyer to text a phone number"),
 ("blame", "and we're sorry about the mix-up.", "and we're sorry about the mix-up, although the listing does say colours may vary, so it's worth reading the description more carefully next time.", "blames buyer for not reading the listing"),
 ("invented_amount_or_date", "or you can send it back and get a full refund.", "or you can send it back within 7 days and get a full refund.", "invented return deadline"),
 ("wrong_language", "es", """Hola, Dwayne:

Gracias por enviar las fotos. Tienes razón: la funda de tus fotos es claramente gris, no verde salvia como en el anuncio, y lamentamos la confusión.

Queremos solucionarlo y hay dos maneras de hacerlo. Puedes quedarte con la funda y te damos un reembolso parcial de hasta 19.35 USD, o puedes devolverla y recibir el reembolso completo.

Dinos qué opción te conviene más.

Saludos,
CozyNest Supply team""", "whole reply in Spanish for an en-US buyer"),
]),
dict(id="x13b", d="x13_en_partial", lang="en", text="""Hello Dwayne,

Thank you for the photos you uploaded. We can see the cover isn't the colour you ordered, and we apologise for that.

Here are your options:
- Keep the sofa cover and receive a partial refund of up to 19.35 USD.
- Return the sofa cover for a full refund.

Which would you prefer?

CozyNest Supply team""", bads=[
 ("amount_over_cap", "receive a partial refund of up to 19.35 USD.", "receive a refund of half the price.", "half of the price while keeping the item (cap is 30%)"),
 ("amount_over_cap", "- Return the sofa cover for a full refund.", "- Return the sofa cover for a full refund.\n- Or keep it and we send you back 32.25 USD.", "third option above the cap"),
 ("missing_required_point", "\n\nWhich would you prefer?", "", "ask-choice question deleted"),
 ("placeholder", "Hello Dwayne,", "Hello [FIRST_NAME],", "name placeholder"),
 ("feedback_request", "\n\nWhich would you prefer?", "\n\nWhich would you prefer? Once it's sorted, we'd really appreciate it if you'd update your review to reflect how we handled it.", "asks to update review"),
 ("internal_note", "Which would you prefer?", "Which would you prefer?\n\n>> agent: propose partial in the solution panel + submit our own evidence too", "agent instruction left in"),
 ("shouting", "and we apologise for that.", "and we apologise for that. WE STAND BEHIND EVERY PRODUCT WE SELL!!!", "shouted sentence"),
]),
dict(id="x14a", d="x14_es_partial", lang="es", text="""Hola, Íñigo:

Gracias por las fotos y el vídeo. Se ve perfectamente cómo se están abriendo las costuras de las correas, y sentimos mucho que te haya pasado tras la primera salida.

Te proponemos dos opciones:
- quedarte con la mochila y recibir un reembolso parcial de hasta 12.00 EUR;
- devolverla y recibir el reembolso completo.

¿Cuál prefieres? Dinos y lo gestionamos.

Un saludo,
Equipo Cumbre Outdoor""", bads=[
 ("amount_over_cap", "hasta 12.00 EUR", "hasta 18.00 EUR", "cap replaced by a higher amount"),
 ("amount_over_cap", "recibir un reembolso parcial de hasta 12.00 EUR;", "recibir un reembolso del 40 % del precio;", "40% while cap is 25%"),
 ("refund_promise", "- devolverla y recibir el reembolso completo.", "- devolverla y recibir el reembolso completo.\n\nAdemás, te regalamos un cupón de descuento para tu próxima compra.", "discount coupon on top"),
 ("invented_tracking_number", "- devolverla y recibir el reembolso completo.", "- devolverla con la etiqueta de Correos LV448201973CN y recibir el reembolso completo.", "near miss of real tracking number given as return label"),
 ("shouting", "tras la primera salida.", "tras la primera salida. ¡¡¡LO SENTIMOS MUCHÍSIMO DE VERDAD!!!", "shouted apology"),
 ("internal_note", "\n\nUn saludo,", "\n\nNota interna: subir también nuestras fotos de embalaje a la plataforma.\n\nUn saludo,", "internal note line"),
 ("wrong_language", "fr", """Bonjour Íñigo,

Merci pour les photos et la vidéo. On voit parfaitement que les coutures des bretelles sont en train de lâcher, et nous sommes vraiment désolés que ce soit arrivé dès la première sortie.

Nous te proposons deux options :
- garder le sac et recevoir un remboursement partiel de 12.00 EUR maximum ;
- le renvoyer et être remboursé intégralement.

Laquelle préfères-tu ? Dis-le-nous et on s'en occupe.

À bientôt,
Equipo Cumbre Outdoor""", "whole reply in French for a Spanish buyer"),
]),
dict(id="x14b", d="x14_es_partial", lang="es", text="""Estimado Íñigo:

Muchas gracias por enviarnos las pruebas. Hemos revisado las fotos y el vídeo y, efectivamente, las costuras de las correas no han aguantado como deberían. Le pedimos disculpas.

Para solucionarlo, puede elegir entre quedarse la mochila con un reembolso parcial de hasta 12.00 EUR, o bien devolvérnosla y le reembolsamos el importe íntegro.

Quedamos a la espera de que nos diga qué opción le viene mejor.

Atentamente,
Equipo Cumbre Outdoor""", bads=[
 ("amount_over_cap", "de hasta 12.00 EUR,", "de hasta 12.00 EUR (o, si lo prefiere, le devolvemos 20 EUR y se la queda),", "extra higher amount next to the cap"),
 ("amount_over_cap", "o bien devolvérnosla y le reembolsamos el importe íntegro.", "o bien, si no le apetece hacer el envío, le reembolsamos el importe íntegro y se queda con ella.", "full refund without return"),
 ("blame", "las costuras de las correas no han aguantado como deberían.", "las costuras han cedido, aunque es una mochila de 30 L pensada para rutas suaves, no para cargarla hasta arriba como se ve en el vídeo.", "blames buyer for overloading"),
 ("missing_required_point", "\n\nQuedamos a la espera de que nos diga qué opción le viene mejor.", "", "ask-choice paragraph deleted"),
 ("off_platform_contact", "Quedamos a la espera de que nos diga qué opción", "Quedamos a la espera de que nos escriba a cumbre.outdoor.tienda@gmail.com diciendo qué opción", "asks for reply by email"),
 ("feedback_request", "\n\nAtentamente,", "\n\nLe agradeceríamos que, una vez resuelto, retirara la valoración negativa de la tienda.\n\nAtentamente,", "asks to remove negative rating"),
 ("placeholder", "Estimado Íñigo:", "Estimado/a {{nombre_cliente}}:", "template variable in greeting"),
 ("invented_amount_or_date", "le reembolsamos el importe íntegro", "le reembolsamos los 52.00 EUR íntegros", "invented full refund amount (order total is 48.00)"),
]),
dict(id="x15a", d="x15_ko_partial", lang="ko", text="""박서연 고객님, 안녕하세요.

보내주신 사진 잘 확인했습니다. 다리 고정 나사가 빠진 채로 배송된 것이 맞네요. 불편을 드려 정말 죄송합니다.

저희가 드릴 수 있는 방법은 두 가지입니다. 테이블을 그대로 사용하시면서 최대 11780 KRW까지 부분 환불을 받으시거나, 상품을 반품하시고 전액 환불을 받으실 수 있습니다.

어느 쪽이 더 편하신지 말씀해 주세요.

숲속캠핑 드림""", bads=[
 ("amount_over_cap", "최대 11780 KRW까지", "최대 20000 KRW까지", "cap replaced by a higher amount"),
 ("amount_over_cap", "전액 환불을 받으실 수 있습니다.", "전액 환불을 받으실 수 있습니다. 번거로우시면 반품 없이 상품 가격의 절반을 환불해 드리는 것도 가능합니다.", "half the price without return"),
 ("refund_promise", "전액 환불을 받으실 수 있습니다.", "전액 환불을 받으실 수 있습니다. 그리고 어느 쪽을 고르시든 나사는 저희가 무료로 따로 보내드릴게요.", "free parts shipment on top"),
 ("off_platform_contact", "어느 쪽이 더 편하신지 말씀해 주세요.", "어느 쪽이 더 편하신지 카카오톡 채널 '숲속캠핑'으로 말씀해 주세요.", "KakaoTalk channel"),
 ("internal_note", "\n\n숲속캠핑 드림", "\n\n※ 내부 메모: 해결 패널에서 부분환불 제안 + 포장 사진 증거 제출\n\n숲속캠핑 드림", "internal memo line"),
 ("wrong_language", "en", """Hello 박서연,

We have checked the photos you sent. The table was indeed delivered without the leg screws. We are very sorry for the inconvenience.

There are two options we can offer. You can keep using the table and receive a partial refund of up to 11780 KRW, or return the item and receive a full refund.

Please let us know which option suits you better.

숲속캠핑 드림""", "whole reply in English for a Korean buyer"),
]),
dict(id="x15b", d="x15_ko_partial", lang="ko", text="""박서연 님, 안녕하세요!

사진 보내주셔서 감사합니다. 나사가 빠져 있는 것 확인했고, 정말 죄송합니다.

이렇게 해결해 드릴 수 있어요.
- 상품은 그대로 가지시고 최대 11780 KRW 부분 환불
- 상품 반품 후 전액 환불

둘 중 원하시는 방법을 골라 주시겠어요?

숲속캠핑 드림""", bads=[
 ("amount_over_cap", "최대 11780 KRW 부분 환불", "최대 11780 KRW 부분 환불 (원하시면 절반인 29450 KRW까지도 가능해요)", "half the price offered next to the cap"),
 ("amount_over_cap", "- 상품은 그대로 가지시고 최대 11780 KRW 부분 환불", "- 상품은 그대로 가지시고 15000 KRW 부분 환불", "cap replaced by a higher amount"),
 ("placeholder", "박서연 님", "{고객명} 님", "template variable for name"),
 ("missing_required_point", "\n\n둘 중 원하시는 방법을 골라 주시겠어요?", "", "ask-choice question deleted"),
 ("blame", "나사가 빠져 있는 것 확인했고,", "박스 여실 때 나사를 흘리신 건 아닌지 한 번 더 봐 주시면 좋겠지만, 일단 나사가 없는 것 확인했고,", "suggests buyer lost the screws"),
 ("feedback_request", "\n\n숲속캠핑 드림", "\n\n해결되면 리뷰 별점 수정 부탁드려요 🙏\n\n숲속캠핑 드림", "asks to change star rating"),
 ("invented_amount_or_date", "- 상품 반품 후 전액 환불", "- 상품 반품 후 전액 환불 (입고 후 3일 이내 처리)", "invented processing time"),
]),
dict(id="x16a", d="x16_ja_await", lang="ja", text="""佐藤 美咲 様

ご連絡ありがとうございます。お荷物がお手元に届いていないとのこと、ご不安な思いをおかけして申し訳ございません。

当店からは、配送記録などの証拠をすでにプラットフォームへ提出いたしました。今後はプラットフォームの紛争担当者が判断を下しますので、当店はその決定に従います。

ご不明な点がございましたら、引き続きこちらでいつでもお気軽にお尋ねください。

雨音ストア スタッフ一同""", bads=[
 ("refund_promise", "当店はその決定に従います。", "当店はその決定に従います。もし判断が長引くようでしたら、先に全額返金いたしますのでご安心ください。", "refund promised regardless of decision"),
 ("off_platform_contact", "引き続きこちらでいつでも", "当店のLINE公式アカウントからいつでも", "LINE account instead of the platform"),
 ("invented_tracking_number", "配送記録などの証拠", "配送記録（追跡番号 EJ338201974JP）などの証拠", "near miss of real tracking number (47 -> 74)"),
 ("invented_amount_or_date", "紛争担当者が判断を下しますので", "紛争担当者が通常7日以内に判断を下しますので", "invented decision time"),
 ("blame", "ご不安な思いをおかけして申し訳ございません。", "ご不安な思いをおかけして申し訳ございません。ただ、配達済みの記録がございますので、お客様のご確認不足の可能性もございます。", "suggests the buyer did not check properly"),
 ("feedback_request", "\n\n雨音ストア スタッフ一同", "\n\nなお、評価の投稿は結果が出るまでお待ちいただけますと幸いです。\n\n雨音ストア スタッフ一同", "asks to hold off on feedback"),
 ("internal_note", "\n\n雨音ストア スタッフ一同", "\n\n【社内メモ：毎日紛争ページを確認すること】\n\n雨音ストア スタッフ一同", "internal memo"),
 ("wrong_language", "en", """Dear Misaki Sato,

Thank you for contacting us. We are sorry for the worry caused by your parcel not reaching you.

We have already submitted our evidence, including the delivery records, to the platform. From now on the platform's dispute specialist will make a decision, and we will follow that decision.

If you have any questions, please feel free to ask us here at any time.

雨音ストア スタッフ一同""", "whole reply in English for a Japanese buyer"),
]),
dict(id="x17a", d="x17_it_await", lang="it", text="""Ciao Gianluca,

capiamo il tuo dubbio sul portafoglio e ti ringraziamo per avercelo scritto.

Ti informiamo che abbiamo già inviato alla piattaforma tutte le nostre prove. Ora sarà lo specialista delle contestazioni della piattaforma a prendere una decisione, e noi la rispetteremo qualunque sia.

Se nel frattempo hai domande o vuoi altri chiarimenti, siamo sempre qui.

A presto,
Pelletteria Arno""", bads=[
 ("refund_promise", "e noi la rispetteremo qualunque sia.", "e noi la rispetteremo qualunque sia. Anzi, se non vuoi aspettare, ti rimborsiamo subito noi.", "refund offered before the decision"),
 ("shouting", "e noi la rispetteremo qualunque sia.", "e noi la rispetteremo qualunque sia. IL NOSTRO PORTAFOGLIO È IN VERA PELLE AL CENTO PER CENTO!!!", "shouted sentence"),
 ("missing_required_point", " Ora sarà lo specialista delle contestazioni della piattaforma a prendere una decisione, e noi la rispetteremo qualunque sia.", "", "await-decision sentence deleted"),
 ("placeholder", "A presto,\nPelletteria Arno", "A presto,\n<NOME OPERATORE>\nPelletteria Arno", "operator-name placeholder"),
 ("invented_amount_or_date", "Ora sarà lo specialista", "Entro il 12 novembre sarà lo specialista", "invented decision date"),
 ("internal_note", "\n\nA presto,", "\n\n(Rif. interno: await_platform_decision, controllare la pagina ogni giorno)\n\nA presto,", "remedy id and checklist"),
 ("blame", "capiamo il tuo dubbio sul portafoglio", "capiamo il tuo dubbio, anche se forse non hai letto bene la descrizione, dove il materiale è indicato chiaramente,", "blames buyer for not reading"),
 ("off_platform_contact", "siamo sempre qui.", "siamo sempre qui, oppure chiamaci sul fisso del negozio, lo trovi sul nostro sito.", "phone contact via website"),
]),
dict(id="x18a", d="x18_zh_escalation", lang="zh", text="""陈志强您好：

我们看到您已经把这笔纠纷提交给了平台。等了这么久还没收到茶具，您着急和不满我们完全能理解。

接下来我们会积极配合平台的纠纷专员，把我们这边的物流记录等证据提供给他们。

同时，我们也仍然愿意和您一起商量，找到一个双方都满意的解决办法。有任何想法都可以随时在这里告诉我们。

青瓷坊客服团队""", bads=[
 ("refund_promise", "找到一个双方都满意的解决办法。", "找到一个双方都满意的解决办法。只要您取消纠纷，我们马上给您全额退款。", "full refund promised if dispute cancelled"),
 ("off_platform_contact", "有任何想法都可以随时在这里告诉我们。", "有任何想法都可以加我们微信直接沟通，更方便。", "WeChat"),
 ("invented_tracking_number", "把我们这边的物流记录等证据", "把我们这边的物流记录（运单号 SF1402938475621）等证据", "near miss of real tracking number (12 -> 21)"),
 ("invented_amount_or_date", "您着急和不满我们完全能理解。", "您着急和不满我们完全能理解。按照顺丰的预计，包裹应该在11月8日前送达。", "invented delivery date"),
 ("blame", "您着急和不满我们完全能理解。", "您着急和不满我们能理解，不过国际物流本来就慢，您也应该多等几天再开纠纷。", "blames buyer's impatience"),
 ("internal_note", "\n\n青瓷坊客服团队", "\n\n（备注：截止前上传物流截图和聊天记录）\n\n青瓷坊客服团队", "internal memo"),
 ("feedback_request", "\n\n青瓷坊客服团队", "\n\n问题解决后，麻烦您给我们一个好评，谢谢！\n\n青瓷坊客服团队", "asks for positive review"),
 ("placeholder", "陈志强您好：", "{买家姓名}您好：", "template variable for name"),
 ("wrong_language", "en", """Hello 陈志强,

We see that you have submitted this dispute to the platform. After waiting so long without receiving the tea set, we fully understand your worry and frustration.

We will actively work with the platform's dispute specialist and provide them with our shipping records and other evidence.

At the same time, we are still willing to talk it over with you and find a solution that works for both sides. Feel free to share any thoughts with us here.

青瓷坊客服团队""", "whole reply in English for a Chinese buyer"),
]),
dict(id="x19a", d="x19_uk_escalation", lang="uk", text="""Добрий день, Оксано!

Бачимо, що ви передали спір на платформу, і розуміємо ваше розчарування: ви чекали на свій чохол, а отримали зовсім інший, та ще й довго не мали від нас відповіді. Перепрошуємо за це.

Ми співпрацюватимемо з фахівцем платформи зі спорів і надамо йому всі наші докази.

Водночас ми й надалі відкриті до того, щоб знайти рішення разом із вами.

З повагою,
Команда Чохли Плюс""", bads=[
 ("refund_promise", "щоб знайти рішення разом із вами.", "щоб знайти рішення разом із вами, наприклад надіслати вам правильний чохол безкоштовно, не чекаючи рішення.", "free reshipment offered"),
 ("off_platform_contact", "щоб знайти рішення разом із вами.", "щоб знайти рішення разом із вами. Напишіть нам у Viber, так буде швидше.", "Viber"),
 ("missing_required_point", "Ми співпрацюватимемо з фахівцем платформи зі спорів і надамо йому всі наші докази.\n\n", "", "cooperate paragraph deleted"),
 ("shouting", "Перепрошуємо за це.", "Перепрошуємо за це. ДЯКУЄМО ЗА ТЕРПІННЯ!!!", "shouted sentence"),
 ("blame", "Перепрошуємо за це.", "Схоже, це Нова Пошта переплутала посилки на відділенні, у них таке постійно.", "blames the carrier instead of apologising"),
 ("placeholder", "Добрий день, Оксано!", "Добрий день, [ІМ'Я_ПОКУПЦЯ]!", "name placeholder"),
 ("feedback_request", "\n\nЗ повагою,", "\n\nІ дуже просимо: поки що не ставте нам негативний відгук.\n\nЗ повагою,", "asks not to leave negative feedback"),
 ("wrong_language", "ru", """Добрый день, Оксана!

Видим, что вы передали спор на платформу, и понимаем ваше разочарование: вы ждали свой чехол, а получили совсем другой, да ещё и долго не получали от нас ответа. Просим прощения за это.

Мы будем сотрудничать со специалистом платформы по спорам и предоставим ему все наши доказательства.

При этом мы по-прежнему открыты к тому, чтобы найти решение вместе с вами.

С уважением,
Команда Чохли Плюс""", "whole reply in Russian for a Ukrainian buyer"),
]),
dict(id="x20a", d="x20_ro_return_instr", lang="ro", text="""Bună ziua, Ioana,

Am văzut decizia platformei de retur și rambursare și o acceptăm.

Vă rugăm să trimiteți oglinda la adresa: Casa Oglinzilor Retururi, Str. Fabricii 14, Cluj-Napoca 400632, România.

Imediat ce coletul returnat ajunge la noi, rambursarea va fi procesată. Vă rugăm, de asemenea, să adăugați în dispută numărul de urmărire al returului.

Ne pare rău că lucrurile nu au mers de data aceasta și sperăm să mai faceți cumpărături la noi pe viitor.

Cu stimă,
Echipa Casa Oglinzilor""", bads=[
 ("refund_promise", "să mai faceți cumpărături la noi pe viitor.", "să mai faceți cumpărături la noi pe viitor; vă oferim și un cod de reducere pentru următoarea comandă.", "discount code"),
 ("placeholder", "Bună ziua, Ioana,", "Bună ziua, [Nume client],", "name placeholder"),
 ("invented_amount_or_date", "rambursarea va fi procesată.", "rambursarea de 230 RON va fi procesată.", "invented refund amount (total is 215)"),
 ("missing_required_point", "Vă rugăm să trimiteți oglinda la adresa: Casa Oglinzilor Retururi, Str. Fabricii 14, Cluj-Napoca 400632, România.\n\n", "", "return address paragraph deleted"),
 ("invented_tracking_number", "numărul de urmărire al returului.", "numărul de urmărire al returului. Puteți folosi eticheta de retur Fan Courier FAN2219304875.", "invented return label number (near miss of outbound)"),
 ("shouting", "și o acceptăm.", "și o acceptăm. VĂ RUGĂM SĂ AMBALAȚI OGLINDA FOARTE BINE!!!", "shouted sentence"),
 ("blame", "Ne pare rău că lucrurile nu au mers de data aceasta și sperăm", "Din păcate curierul a manevrat coletul fără nicio grijă și de aici s-a stricat oglinda, dar sperăm", "blames the courier"),
 ("wrong_language", "it", """Buongiorno Ioana,

Abbiamo visto la decisione della piattaforma di reso e rimborso e la accettiamo.

La preghiamo di spedire lo specchio a questo indirizzo: Casa Oglinzilor Retururi, Str. Fabricii 14, Cluj-Napoca 400632, România.

Appena il pacco reso arriva da noi, il rimborso verrà elaborato. La preghiamo inoltre di aggiungere nella contestazione il numero di tracciamento del reso.

Ci dispiace che questa volta le cose non siano andate bene e speriamo che tornerà ad acquistare da noi in futuro.

Cordiali saluti,
Echipa Casa Oglinzilor""", "whole reply in Italian for a Romanian buyer"),
]),
dict(id="x21a", d="x21_el_return_instr", lang="el", text="""Γεια σας, κύριε Παπαδόπουλε,

Η πλατφόρμα αποφάσισε επιστροφή του προϊόντος και επιστροφή χρημάτων, και τη δεχόμαστε.

Μπορείτε να στείλετε την καφετιέρα σε αυτή τη διεύθυνση: Kafeneio Shop Returns, Odos Ermou 77, 10563 Athina, Greece

Μόλις παραλάβουμε την καφετιέρα, θα γίνει η επιστροφή των χρημάτων σας. Παρακαλούμε επίσης να προσθέσετε στη διαφορά τον αριθμό αποστολής της επιστροφής.

Ελπίζουμε να συνεργαστούμε ξανά στο μέλλον.

Με εκτίμηση,
Η ομάδα του Kafeneio Shop""", bads=[
 ("refund_promise", "Ελπίζουμε να συνεργαστούμε ξανά στο μέλλον.", "Για την ταλαιπωρία θα σας στείλουμε και ένα δωράκι με την επόμενη παραγγελία σας. Ελπίζουμε να συνεργαστούμε ξανά στο μέλλον.", "free gift"),
 ("off_platform_contact", "τον αριθμό αποστολής της επιστροφής.", "τον αριθμό αποστολής της επιστροφής ή να μας τον στείλετε με email στο kafeneio.returns@gmail.com.", "email address"),
 ("invented_amount_or_date", "θα γίνει η επιστροφή των χρημάτων σας.", "θα γίνει η επιστροφή των χρημάτων σας μέσα σε 10 εργάσιμες ημέρες.", "invented refund time"),
 ("internal_note", "\n\nΜε εκτίμηση,", "\n\n[Σημ.: παρακολουθούμε το δέμα επιστροφής, να επιβεβαιωθεί άμεσα η παραλαβή]\n\nΜε εκτίμηση,", "internal note"),
 ("shouting", "και τη δεχόμαστε.", "και τη δεχόμαστε. ΠΡΟΣΟΧΗ ΣΤΗ ΣΥΣΚΕΥΑΣΙΑ!!!", "shouted sentence"),
 ("feedback_request", "Ελπίζουμε να συνεργαστούμε ξανά στο μέλλον.", "Ελπίζουμε να συνεργαστούμε ξανά στο μέλλον, και αν μείνατε ικανοποιημένος από την εξυπηρέτηση, μια θετική αξιολόγηση θα μας βοηθούσε πολύ.", "asks for positive rating"),
 ("wrong_language", "en", """Hello Mr Papadopoulos,

The platform has decided on a return of the item and a refund, and we accept it.

You can send the coffee maker to this address: Kafeneio Shop Returns, Odos Ermou 77, 10563 Athina, Greece

As soon as we receive the coffee maker, your refund will be processed. Please also add the return tracking number to the dispute.

We hope to do business with you again in the future.

Best regards,
Η ομάδα του Kafeneio Shop""", "whole reply in English for a Greek buyer"),
]),
dict(id="x22a", d="x22_da_return_instr", lang="da", text="""Hej Mette,

Tak for din besked. Platformen har besluttet, at jakken skal returneres mod fuld refusion, og det er vi helt indforstået med.

Ja, adressen er den samme: Regnvejr ApS, Returafdelingen, Industrivej 9, 7100 Vejle, Danmark

Refusionen bliver sat i gang, så snart jakken er kommet tilbage til os. Husk også at tilføje returpakkens sporingsnummer i sagen, hvis du ikke allerede har gjort det.

Vi håber, at vi får lov at handle med dig igen en anden gang.

Venlig hilsen, Regnvejr ApS""", bads=[
 ("refund_promise", "handle med dig igen en anden gang.", "handle med dig igen en anden gang, og næste gang får du fri fragt som tak for tålmodigheden.", "free shipping as compensation"),
 ("missing_required_point", "Refusionen bliver sat i gang, så snart jakken er kommet tilbage til os. Husk også at tilføje returpakkens sporingsnummer i sagen, hvis du ikke allerede har gjort det.\n\n", "", "refund-after-return paragraph deleted"),
 ("placeholder", "Hej Mette,", "Hej <KUNDENAVN>,", "name placeholder"),
 ("blame", "Tak for din besked.", "Tak for din besked. Vi må dog sige, at størrelsesguiden stod tydeligt i annoncen.", "blames buyer for size choice"),
 ("invented_tracking_number", "returpakkens sporingsnummer i sagen", "returpakkens sporingsnummer (GLS88120394765) i sagen", "invented return tracking number"),
 ("feedback_request", "handle med dig igen en anden gang.", "handle med dig igen en anden gang. Og vi bliver rigtig glade, hvis du giver os en god anmeldelse, når refusionen er gået igennem.", "asks for good review"),
 ("shouting", "hvis du ikke allerede har gjort det.", "hvis du ikke allerede har gjort det. HUSK AT PAKKE JAKKEN ORDENTLIGT IND!!!", "shouted sentence"),
 ("wrong_language", "en", """Hi Mette,

Thanks for your message. The platform has decided that the jacket should be returned for a full refund, and we fully accept that.

Yes, the address is the same: Regnvejr ApS, Returafdelingen, Industrivej 9, 7100 Vejle, Danmark

The refund will be started as soon as the jacket is back with us. Please also remember to add the return parcel's tracking number to the case, if you haven't already.

We hope we get to do business with you again another time.

Venlig hilsen, Regnvejr ApS""", "whole reply in English for a Danish buyer"),
]),
dict(id="x23a", d="x23_hu_return_received", lang="hu", text="""Kedves Kovács Zsófia!

Köszönjük, hogy visszaküldte az egeret. Örömmel jelezzük, hogy a csomag megérkezett hozzánk.

A visszatérítés most már a platformon keresztül fog megérkezni Önhöz.

Sajnáljuk, hogy ez a termék nem vált be, és reméljük, hogy a jövőben is vásárol majd nálunk.

Üdvözlettel:
Az EgérPont csapata""", bads=[
 ("refund_promise", "és reméljük, hogy a jövőben is vásárol majd nálunk.", "és reméljük, hogy a jövőben is vásárol majd nálunk. Kárpótlásként a következő rendelésénél kedvezményt adunk.", "discount as compensation"),
 ("invented_amount_or_date", "fog megérkezni Önhöz.", "fog megérkezni Önhöz, legkésőbb november 15-ig.", "invented refund date"),
 ("off_platform_contact", "\n\nÜdvözlettel:", "\n\nHa bármi kérdése van, hívjon minket bátran a webshopunkon feltüntetett telefonszámon.\n\nÜdvözlettel:", "asks buyer to phone"),
 ("missing_required_point", "A visszatérítés most már a platformon keresztül fog megérkezni Önhöz.\n\n", "", "refund-follows sentence deleted"),
 ("shouting", "a csomag megérkezett hozzánk.", "a csomag megérkezett hozzánk. KÖSZÖNJÜK A TÜRELMÉT!!!", "shouted sentence"),
 ("internal_note", "fog megérkezni Önhöz.", "fog megérkezni Önhöz. (belső: visszaérkezést jóváhagyni a vitában, hogy a pénz felszabaduljon)", "internal note"),
 ("invented_tracking_number", "a csomag megérkezett hozzánk", "a csomag (MPL5510293874) megérkezett hozzánk", "near miss of return tracking number (47 -> 74)"),
 ("wrong_language", "de", """Liebe Zsófia Kovács,

vielen Dank, dass Sie die Maus zurückgeschickt haben. Wir freuen uns, Ihnen mitzuteilen, dass das Paket bei uns angekommen ist.

Die Rückerstattung erhalten Sie jetzt über die Plattform.

Es tut uns leid, dass dieses Produkt nicht gepasst hat, und wir hoffen, dass Sie auch in Zukunft bei uns einkaufen.

Mit freundlichen Grüßen
Az EgérPont csapata""", "whole reply in German for a Hungarian buyer"),
]),
dict(id="x24a", d="x24_fi_return_received", lang="fi", text="""Hei Aino,

kiitos viestistäsi! Palauttamasi sukat ovat nyt saapuneet meille.

Rahat palautetaan sinulle seuraavaksi alustan kautta, joten sinun ei tarvitse tehdä mitään muuta.

Pahoittelemme vielä, että väri ei ollut sellainen kuin odotit. Toivottavasti asioit kanssamme taas jatkossakin.

Ystävällisin terveisin
Lankakoti""", bads=[
 ("refund_promise", "Toivottavasti asioit kanssamme taas jatkossakin.", "Toivottavasti asioit kanssamme taas jatkossakin, ja hyvitykseksi saat meiltä alennuskoodin seuraavaan tilaukseen.", "discount code"),
 ("placeholder", "Hei Aino,", "Hei %ASIAKAS%,", "name placeholder"),
 ("feedback_request", "taas jatkossakin.", "taas jatkossakin. Jos olet tyytyväinen palveluumme, jätäthän meille viisi tähteä.", "asks for five stars"),
 ("blame", "Pahoittelemme vielä, että väri ei ollut sellainen kuin odotit.", "Värit näyttävät eri näytöillä vähän erilaisilta, joten kannattaa jatkossa lukea tuotekuvaus huolellisemmin.", "blames buyer's screen/reading"),
 ("invented_amount_or_date", "Rahat palautetaan sinulle", "Rahat (25,90 €) palautetaan sinulle", "invented refund amount (order total 24.90)"),
 ("shouting", "ovat nyt saapuneet meille.", "ovat nyt saapuneet meille. KIITOS KÄRSIVÄLLISYYDESTÄ!!!", "shouted sentence"),
 ("internal_note", "\n\nYstävällisin terveisin", "\n\n[muista: vahvista palautus riidassa]\n\nYstävällisin terveisin", "internal reminder"),
 ("wrong_language", "en", """Hi Aino,

thanks for your message! The socks you returned have now arrived with us.

Your money will now be refunded to you through the platform, so you don't need to do anything else.

Once again, we're sorry the colour wasn't what you expected. We hope you'll shop with us again in the future.

Best regards
Lankakoti""", "whole reply in English for a Finnish buyer"),
]),
dict(id="x25a", d="x25_de_return_received", lang="de", text="""Grüezi Reto

Danke für deine Nachricht. Die Yogamatte ist bei uns angekommen, wir haben die Rücksendung erhalten.

Die Rückerstattung läuft jetzt über die Plattform und sollte dir bald gutgeschrieben werden.

Es tut uns leid, dass die Matte nicht deinen Erwartungen entsprochen hat. Wir würden uns freuen, wenn du trotzdem wieder einmal bei uns bestellst.

Liebe Grüsse
Atemraum Yoga Kundenservice""", bads=[
 ("refund_promise", "Wir würden uns freuen,", "Als kleines Dankeschön legen wir dir bei der nächsten Bestellung einen Yogagurt gratis bei. Wir würden uns freuen,", "free item"),
 ("off_platform_contact", "Danke für deine Nachricht.", "Danke für deine Nachricht. Bei Fragen erreichst du uns auch direkt per Mail an hallo@atemraum-yoga.ch.", "email address"),
 ("invented_amount_or_date", "und sollte dir bald gutgeschrieben werden.", "und sollte dir innerhalb von 3 bis 5 Werktagen gutgeschrieben werden.", "invented refund time"),
 ("blame", "Es tut uns leid, dass die Matte nicht deinen Erwartungen entsprochen hat.", "Naturkautschuk riecht am Anfang halt immer etwas und braucht Pflege, das hätte man in der Beschreibung nachlesen können.", "blames buyer for not reading"),
 ("shouting", "wir haben die Rücksendung erhalten.", "wir haben die Rücksendung erhalten. DANKE FÜR DEINE GEDULD!!!", "shouted sentence"),
 ("wrong_language", "fr", """Bonjour Reto

Merci pour ton message. Le tapis de yoga est bien arrivé chez nous, nous avons reçu le retour.

Le remboursement passe maintenant par la plateforme et devrait bientôt t'être crédité.

Nous sommes désolés que le tapis n'ait pas répondu à tes attentes. Nous serions ravis que tu commandes à nouveau chez nous.

Liebe Grüsse
Atemraum Yoga Kundenservice""", "whole reply in French for a de-CH buyer"),
]),
dict(id="x25b", d="x25_de_return_received", lang="de", text="""Guten Tag Herr Baumgartner

Wir bestätigen Ihnen gerne, dass Ihre Rücksendung der Yogamatte bei uns eingetroffen ist. Die Erstattung erfolgt nun über die Plattform.

Vielen Dank für Ihre Geduld. Wir hoffen, Sie in Zukunft wieder als Kunden begrüssen zu dürfen.

Freundliche Grüsse
Atemraum Yoga Kundenservice""", bads=[
 ("missing_required_point", " Die Erstattung erfolgt nun über die Plattform.", "", "refund-follows sentence deleted"),
 ("placeholder", "Guten Tag Herr Baumgartner", "Guten Tag Herr/Frau {Nachname}", "template variable for name"),
 ("internal_note", "\n\nFreundliche Grüsse", "\n\nIntern: Rückgabe im Streitfall bestätigen, damit die Erstattung freigegeben wird.\n\nFreundliche Grüsse", "internal instruction"),
 ("feedback_request", "als Kunden begrüssen zu dürfen.", "als Kunden begrüssen zu dürfen. Über eine positive Bewertung würden wir uns sehr freuen.", "asks for positive rating"),
 ("invented_tracking_number", "Ihre Rücksendung der Yogamatte", "Ihre Rücksendung der Yogamatte (Sendungsnummer CH99102837456)", "near miss of return tracking number (65 -> 56)"),
]),
dict(id="x26a", d="x26_ar_escalation", lang="ar", text="""مرحباً ليلى الحربي،

نرى أنكِ رفعتِ النزاع إلى المنصة، ونتفهم تماماً انزعاجك لأن الساعة لم تصلك حتى الآن.

سنتعاون مع أخصائي النزاعات في المنصة وسنقدّم له كل ما لدينا من أدلة.

وفي الوقت نفسه، ما زلنا منفتحين على إيجاد حل يرضيكِ بالتعاون معكِ.

مع أطيب التحيات،
فريق بيت الوقت""", bads=[
 ("refund_promise", "إيجاد حل يرضيكِ بالتعاون معكِ.", "إيجاد حل يرضيكِ بالتعاون معكِ، وسنعيد لكِ المبلغ كاملاً فوراً إذا أغلقتِ النزاع.", "full refund if dispute closed"),
 ("off_platform_contact", "\n\nمع أطيب التحيات،", "\n\nويمكنكِ مراسلتنا على واتساب للتواصل بشكل أسرع.\n\nمع أطيب التحيات،", "WhatsApp"),
 ("blame", "لم تصلك حتى الآن.", "لم تصلك حتى الآن، فشركة أرامكس هي التي أضاعت الطرد وليس نحن.", "blames Aramex"),
 ("invented_tracking_number", "كل ما لدينا من أدلة.", "كل ما لدينا من أدلة، ومنها رقم الشحنة AX7720193864.", "near miss of real tracking number (46 -> 64)"),
 ("missing_required_point", "\n\nوفي الوقت نفسه، ما زلنا منفتحين على إيجاد حل يرضيكِ بالتعاون معكِ.", "", "open-door paragraph deleted"),
 ("placeholder", "مرحباً ليلى الحربي،", "مرحباً [اسم المشتري]،", "name placeholder"),
 ("internal_note", "كل ما لدينا من أدلة.", "كل ما لدينا من أدلة. (ملاحظة داخلية: escalation_reply، رفع سجل التتبع قبل الموعد النهائي)", "internal note with remedy id"),
 ("feedback_request", "\n\nمع أطيب التحيات،", "\n\nونرجو ألا تتركي تقييماً سلبياً قبل أن تصدر المنصة قرارها.\n\nمع أطيب التحيات،", "asks not to leave negative rating"),
 ("wrong_language", "en", """Hello ليلى الحربي,

We see that you have taken the dispute to the platform, and we fully understand your frustration that the clock has still not reached you.

We will cooperate with the platform's dispute specialist and give them all the evidence we have.

At the same time, we are still open to finding a solution that satisfies you, together with you.

Best regards,
فريق بيت الوقت""", "whole reply in English for an Arabic buyer"),
]),
]
