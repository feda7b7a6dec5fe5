# Hand-written good replies and planted defects, disputes om17-om24.
ROWS = []
def G(gid, num, lang, text, edits):
    ROWS.append(dict(id=gid, num=num, language=lang, message=text, edits=edits))

G("om17a", 17, "hu", """Kedves Kovács Eszter!

Nagyon sajnáljuk, hogy a serpenyő fedője hiányzott a csomagból, és megértjük, hogy emiatt a platformhoz fordult.

Szeretnénk tájékoztatni, hogy a bizonyítékainkat már átadtuk a platformnak. Mostantól a platform vitarendezési szakértője dönt az ügyben, és mi tiszteletben tartjuk a döntését.

Ha addig bármilyen kérdése van, továbbra is itt vagyunk, és szívesen segítünk.

Üdvözlettel:
Konyhakirály ügyfélszolgálat""", [
 ("invented_amount_or_date", "Mostantól a platform vitarendezési szakértője dönt az ügyben,", "Mostantól a platform vitarendezési szakértője legkésőbb december 5-ig dönt az ügyben,", "invented date"),
 ("placeholder", "a bizonyítékainkat már átadtuk a platformnak.", "a bizonyítékainkat már átadtuk a platformnak (csatolmány: ___).", "blank slot"),
 ("blame", "Nagyon sajnáljuk, hogy a serpenyő fedője hiányzott a csomagból,", "A fedőt biztosan a beszállítónk felejtette ki, nem mi,", "blames the supplier"),
 ("wrong_language", "és szívesen segítünk.", "și vă ajutăm cu plăcere.", "fragment in Romanian", "ro"),
 ("shouting", "és megértjük, hogy emiatt a platformhoz fordult.", "de MIÉRT kellett ezzel rögtön a platformhoz fordulni?!", "capitals, reproach"),
])

G("om18a", 18, "da", """Kære Mette Sørensen,

Tusind tak, fordi du gerne vil have hundesweateren sendt igen – det sætter vi stor pris på.

Vi har nu sendt den afsted på ny, og det nye trackingnummer er GL55049166120. Så kan du følge pakken hele vejen med GLS.

Vi holder selv øje med den nye pakke og giver dig besked, hvis der sker noget undervejs.

Venlig hilsen, Pote & Pels""", [
 ("refund_promise", "det sætter vi stor pris på.", "det sætter vi stor pris på, og som tak får du pengene for den første forsendelse tilbage.", "refund on top of the reshipment"),
 ("invented_tracking_number", "GL55049166120", "GL55049166210", "digits swapped"),
 ("off_platform_contact", "og giver dig besked, hvis der sker noget undervejs.", "og giver dig besked på sms, hvis der sker noget undervejs.", "SMS"),
 ("feedback_request", "Venlig hilsen, Pote & Pels", "Når sweateren er fremme, må du meget gerne opdatere din anmeldelse af os.\n\nVenlig hilsen, Pote & Pels", "asks to update review"),
 ("missing_required_point", "Vi holder selv øje med den nye pakke og giver dig besked, hvis der sker noget undervejs.", "Vi håber, hunden kommer til at holde varmen.", "keep_updated removed"),
])

G("om19a", 19, "fi", """Hei Aino Korhonen,

Näemme, että olet vienyt riidan alustan käsiteltäväksi, ja ymmärrämme hyvin, miksi olet turhautunut – pöytäliinan väri ei vastannut kuvaa.

Teemme yhteistyötä alustan riitojen asiantuntijan kanssa ja toimitamme heille oman näyttömme.

Olemme edelleen avoimia löytämään ratkaisun yhdessä kanssasi, joten kirjoita meille tänne milloin tahansa.

Ystävällisin terveisin
Pellava & Koti -asiakaspalvelu""", [
 ("invented_amount_or_date", "ja toimitamme heille oman näyttömme.", "ja toimitamme heille oman näyttömme viimeistään 4 päivän kuluessa.", "invented number of days"),
 ("internal_note", "Ystävällisin terveisin", "TODO: lataa chat-historia ja pakkauskuvat alustalle\n\nYstävällisin terveisin", "TODO left in"),
 ("blame", "– pöytäliinan väri ei vastannut kuvaa.", "– vaikka väri näyttää eri sävyiseltä vain huonossa valaistuksessa.", "blames buyer's lighting"),
 ("shouting", "joten kirjoita meille tänne milloin tahansa.", "MUTTA ÄLÄ ENÄÄ AVAA UUSIA RIITOJA!!!", "capitals, aggressive"),
 ("wrong_language", "ja toimitamme heille oman näyttömme.", "och vi skickar dem vårt underlag.", "clause in Swedish", "sv"),
])

G("om20a", 20, "pl", """Dzień dobry, Pani Katarzyno Wiśniewska,

dziękujemy za odesłanie lampki – paczka zwrotna właśnie do nas dotarła i potwierdzamy jej odbiór.

Zwrot pieniędzy zostanie teraz zrealizowany za pośrednictwem platformy.

Przykro nam, że lampka sprawiła kłopot, i mamy nadzieję, że jeszcze kiedyś zrobi Pani u nas zakupy.

Pozdrawiamy serdecznie,
Zespół Jasny Dom""", [
 ("amount_over_cap", "Zwrot pieniędzy zostanie teraz zrealizowany", "Zwrot pieniędzy, powiększony do 200.00 PLN, zostanie teraz zrealizowany", "refund above 159.99 PLN total"),
 ("invented_tracking_number", "paczka zwrotna właśnie do nas dotarła", "paczka zwrotna IP602938515PL właśnie do nas dotarła", "return tracking with digit changed"),
 ("off_platform_contact", "mamy nadzieję, że jeszcze kiedyś zrobi Pani u nas zakupy.", "mamy nadzieję, że jeszcze kiedyś zrobi Pani u nas zakupy – najlepiej bezpośrednio w naszym sklepie internetowym.", "sends to own web shop"),
 ("internal_note", "Pozdrawiamy serdecznie,", "(potwierdzić odbiór w panelu, żeby zwolnić zwrot)\n\nPozdrawiamy serdecznie,", "seller action left in"),
 ("shouting", "i potwierdzamy jej odbiór.", "i potwierdzamy jej odbiór!!! WSZYSTKO ZAŁATWIONE!!!", "capitals, exclamations"),
])

G("om21a", 21, "uk", """Вітаємо, Олено Шевченко!

Нам дуже прикро, що ваза прийшла розбитою. Розуміємо, як це засмучує, і хочемо все виправити разом із вами.

Щоб ми могли швидко все перевірити, надішліть, будь ласка, фото пошкоджень і зовнішньої упаковки в тому вигляді, у якому вона до вас надійшла.

Щойно отримаємо фото, одразу їх переглянемо й повернемося до вас із рішенням.

З повагою,
Команда «Квітковий дім»""", [
 ("refund_promise", "повернемося до вас із рішенням.", "повернемо вам гроші за вазу.", "refund promised before evidence"),
 ("invented_amount_or_date", "Щойно отримаємо фото,", "Надішліть фото до 30 листопада. Щойно отримаємо фото,", "invented deadline"),
 ("blame", "Нам дуже прикро, що ваза прийшла розбитою.", "Нам дуже прикро, що ваза прийшла розбитою, — схоже, Нова пошта знову недбало поводилася з посилкою.", "blames the carrier"),
 ("wrong_language", "Розуміємо, як це засмучує,", "Понимаем, как это расстраивает,", "sentence part in Russian", "ru"),
 ("feedback_request", "З повагою,", "І просимо поки не ставити нам низьку оцінку.\n\nЗ повагою,", "asks not to leave low rating"),
 ("placeholder", "Вітаємо, Олено Шевченко!", "Вітаємо, [ІМ'Я]!", "name slot"),
])

G("om22a", 22, "el", """Γεια σας, Γιώργος Παπαδόπουλος,

Ευχαριστούμε για το μήνυμά σας. Βλέπουμε ότι το δέμα σας με τη σκούπα ρομπότ κρατείται αυτή τη στιγμή στο τελωνείο· μπορείτε να το παρακολουθείτε με τον αριθμό αποστολής EL330981276GR.

Ελέγχουμε με την ΕΛΤΑ Courier τι ακριβώς χρειάζεται το τελωνείο για να το αποδεσμεύσει και θα σας ενημερώσουμε μόλις μάθουμε.

Σας παρακαλούμε για λίγη υπομονή μέχρι να τακτοποιηθεί το θέμα.

Η ομάδα του Έξυπνο Σπίτι""", [
 ("invented_tracking_number", "EL330981276GR", "EL330981267GR", "digits swapped"),
 ("off_platform_contact", "και θα σας ενημερώσουμε μόλις μάθουμε.", "και θα σας ενημερώσουμε μόλις μάθουμε· αν θέλετε, στείλτε μας και στο Viber.", "Viber"),
 ("internal_note", "Η ομάδα του Έξυπνο Σπίτι", "[Εσωτερικό: να βρούμε ποιος πληρώνει τους δασμούς πριν πληρώσουμε οτιδήποτε]\nΗ ομάδα του Έξυπνο Σπίτι", "internal note"),
 ("missing_required_point", "Σας παρακαλούμε για λίγη υπομονή μέχρι να τακτοποιηθεί το θέμα.", "Καλή σας μέρα.", "ask_patience removed"),
 ("shouting", "Ευχαριστούμε για το μήνυμά σας.", "ΜΗΝ ΑΝΗΣΥΧΕΙΤΕ ΚΑΘΟΛΟΥ!!!", "capitals, exclamations"),
])

G("om23a", 23, "en", """Hi Tyler Brooks,

Thanks for taking the time to film the unboxing. The video makes it clear the tree straps weren't in the box, and we're sorry about that — a hammock without straps isn't much use.

Here are two options for you:
- keep the camping hammock and take a partial refund of up to 18.90 USD, or
- send it back to us and get a full refund.

Which one works better for you? Let me know and I'll set it up.

Jordan @ TrailNest Outfitters""", [
 ("amount_over_cap", "a partial refund of up to 18.90 USD", "a partial refund of up to 27.00 USD", "partial refund of half the price, above cap"),
 ("invented_amount_or_date", "Let me know and I'll set it up.", "Let me know by Friday and I'll set it up.", "invented deadline"),
 ("placeholder", "Thanks for taking the time to film the unboxing.", "Thanks for taking the time to film the unboxing of order #[ORDER_NO].", "order slot"),
 ("blame", "and we're sorry about that", "though honestly the warehouse packer should have caught it", "blames warehouse staff"),
 ("feedback_request", "Which one works better for you?", "Once you pick, could you please close the platform dispute and leave us a positive rating? Which one works better for you?", "asks to close dispute and rate"),
])

G("om23b", 23, "en", """Hello Tyler Brooks,

Thank you for the video you sent. We can see that the straps are missing from your hammock, and we apologise for the hassle this caused before your trip.

We'd like to offer you a choice. You can keep the hammock and receive a partial refund of up to 18.90 USD, or you can return it for a full refund.

Please tell us which option you prefer, and we'll take care of the rest right away.

Best wishes,
Jordan @ TrailNest Outfitters""", [
 ("amount_over_cap", "a partial refund of up to 18.90 USD", "a partial refund of up to 18.90 USD — or the whole 54.0 without sending anything back", "full refund without return"),
 ("invented_tracking_number", "Thank you for the video you sent.", "Thank you for the video you sent for order 3041778820583105.", "order id with digits changed"),
 ("wrong_language", "Please tell us which option you prefer,", "Dites-nous quelle option vous préférez,", "sentence in French", "fr"),
 ("missing_required_point", "We'd like to offer you a choice. You can keep the hammock and receive a partial refund of up to 18.90 USD, or you can return it for a full refund.", "We'd like to make this right for you.", "offer_options removed"),
 ("internal_note", "Best wishes,", "Note to self: propose partial refund in solution panel, then submit packing photos.\n\nBest wishes,", "note to self"),
])

G("om24a", 24, "es", """Hola, Javier Morales:

Lamentamos mucho lo ocurrido: según el seguimiento, su paquete con la lámpara de sal del Himalaya se ha perdido por el camino.

¿Le gustaría que le enviáramos la lámpara de nuevo? El reenvío no tendría ningún coste adicional para usted.

Si le parece bien, respóndanos aquí para confirmarlo y compruebe, por favor, que su dirección de envío es correcta.

Un saludo,
Lucía, de Sal y Luz""", [
 ("refund_promise", "El reenvío no tendría ningún coste adicional para usted.", "El reenvío no tendría ningún coste adicional para usted. Si lo prefiere, también podemos devolverle el importe íntegro ahora mismo.", "refund offered, only reshipment allowed"),
 ("invented_tracking_number", "se ha perdido por el camino.", "se ha perdido por el camino (envío PQ4T2L0931557840).", "tracking with digits swapped"),
 ("off_platform_contact", "respóndanos aquí para confirmarlo", "escríbanos por Telegram para confirmarlo", "Telegram"),
 ("shouting", "Lamentamos mucho lo ocurrido:", "¡¡¡LO SENTIMOS MUCHÍSIMO!!!", "capitals, exclamations"),
 ("blame", "se ha perdido por el camino.", "se ha perdido por el camino; Correos pierde paquetes constantemente.", "blames the carrier"),
 ("feedback_request", "Un saludo,", "Le pedimos, eso sí, que retire la disputa mientras tanto.\n\nUn saludo,", "asks to withdraw the dispute"),
])

G("om20b", 20, "pl", """Szanowna Pani Katarzyno Wiśniewska,

uprzejmie informujemy, że zwrócona lampka biurkowa LED dotarła do nas.

Zwrot środków zostanie teraz przekazany Pani przez platformę.

Dziękujemy za cierpliwość i współpracę przy rozwiązaniu tej sprawy. Liczymy, że w przyszłości znów będziemy mogli Panią obsłużyć.

Pozdrawiamy,
Zespół Jasny Dom""", [
 ("amount_over_cap", "Zwrot środków zostanie teraz przekazany", "Zwrot środków w kwocie 180 PLN zostanie teraz przekazany", "refund above the 159.99 PLN total"),
 ("missing_required_point", "Zwrot środków zostanie teraz przekazany Pani przez platformę.", "Mamy nadzieję, że wszystko jest w porządku.", "refund_follows removed"),
 ("placeholder", "Pozdrawiamy,", "Pozdrawiamy,\n[podpis konsultanta]", "signature slot left in"),
 ("internal_note", "dotarła do nas.", "dotarła do nas. /// potwierdzić odbiór w dispute, zdjęcia zwrotu w folderze \\zwroty", "seller note left in"),
 ("wrong_language", "Dziękujemy za cierpliwość i współpracę przy rozwiązaniu tej sprawy.", "Děkujeme za trpělivost a spolupráci při řešení této záležitosti.", "sentence in Czech", "cs"),
 ("off_platform_contact", "Liczymy, że w przyszłości znów będziemy mogli Panią obsłużyć.", "Liczymy, że w przyszłości znów będziemy mogli Panią obsłużyć – zapraszamy na nasz profil na Facebooku.", "Facebook"),
])
