"""Good replies and planted edits for disputes oz17-oz24 (hand-written)."""
GOOD = [
 dict(id="oz17a", n=17, lang="hu", note="return address on its own line", msg="""Kedves Kovács Péter!

Köszönjük a türelmét. A platform visszaküldést és visszatérítést rendelt el, és mi elfogadjuk ezt a döntést.

A polcot kérjük, erre a címre küldje vissza:
Polc Pont Raktár, Budai út 41., 2040 Budaörs, Magyarország

Amint a visszaküldött termék megérkezik hozzánk, intézzük a visszatérítést. Kérjük, a visszaküldés nyomkövetési számát adja meg a vitában is.

Reméljük, a jövőben is vásárol majd nálunk.

Üdvözlettel:
Polc Pont team"""),
 dict(id="oz17b", n=17, lang="hu", note="return address inline, formal", msg="""Tisztelt Kovács Péter!

Tudomásul vettük a platform döntését a visszaküldésről és a teljes visszatérítésről. A visszaküldési cím a következő: Polc Pont Raktár, Budai út 41., 2040 Budaörs, Magyarország.

A visszatérítést a termék beérkezése után azonnal elindítjuk. Kérjük, a csomag nyomkövetési számát töltse fel a vitához, hogy mi is követni tudjuk.

Sajnáljuk a sérült polc miatti kellemetlenséget, és bízunk benne, hogy máskor is szívesen rendel tőlünk.

Polc Pont team"""),
 dict(id="oz18a", n=18, lang="da", note="await specialist", msg="""Hej Mette,

Vi er kede af, at gardinstangen ikke levede op til beskrivelsen, og vi forstår godt, at du har sendt sagen videre.

Vi har allerede sendt vores dokumentation til platformen. Nu er det platformens tvistspecialist, der træffer afgørelsen, og vi vil naturligvis respektere den, uanset udfaldet.

Hvis du har spørgsmål i mellemtiden, er vi stadig her og hjælper gerne.

Mange hilsner
Hjem & Hygge team"""),
 dict(id="oz19a", n=19, lang="fi", note="escalation reply", msg="""Hei Aino,

Näemme, että olet vienyt riidan alustan käsiteltäväksi, ja ymmärrämme hyvin turhautumisesi – sukkien pitäisi vastata kuvia.

Teemme yhteistyötä alustan riitaspesialistin kanssa ja toimitamme hänelle kaiken aineistomme.

Olemme silti edelleen valmiita etsimään ratkaisun yhdessä kanssasi. Voit kirjoittaa meille tänne milloin tahansa.

Ystävällisin terveisin
Lapland Knits team"""),
 dict(id="oz20a", n=20, lang="pl", note="return received; vocative greeting", msg="""Dzień dobry, Pani Katarzyno,

tak, lampka dotarła – potwierdzamy, że otrzymaliśmy zwrócony towar. Dziękujemy za szybką wysyłkę.

Zwrot pieniędzy zostanie teraz zrealizowany przez platformę, więc nie musi Pani już nic robić.

Przepraszamy za kłopot z lampką i mamy nadzieję, że jeszcze kiedyś zrobi Pani u nas zakupy.

Pozdrawiamy serdecznie,
Biuro Plus team"""),
 dict(id="oz21a", n=21, lang="uk", note="customs, duties payer unknown", msg="""Добрий день, Олександре!

Дякуємо, що написали нам, і вибачте за незручності. Бачимо, що ваша посилка з термосом зараз затримана на митниці; відстежувати її можна за номером LP00660038125CN.

Ми вже з'ясовуємо у перевізника, що саме потрібно митниці, щоб випустити посилку, і одразу повідомимо вас, щойно щось дізнаємося.

Просимо ще трохи терпіння, поки ми це владнаємо.

З повагою,
Our Store team"""),
 dict(id="oz22a", n=22, lang="el", note="damaged evidence request", msg="""Γεια σας κυρία Παπαδοπούλου,

λυπούμαστε πολύ που το γυάλινο βάζο έφτασε ραγισμένο και η συσκευασία πατημένη· καταλαβαίνουμε πόσο απογοητευτικό είναι αυτό.

Για να το εξετάσουμε γρήγορα, θα μπορούσατε να μας στείλετε φωτογραφίες της ζημιάς και της εξωτερικής συσκευασίας όπως την παραλάβατε;

Μόλις τις λάβουμε, θα τις δούμε αμέσως και θα επανέλθουμε με μια λύση.

Με εκτίμηση,
Anthos Home team"""),
 dict(id="oz23a", n=23, lang="en", note="en-GB, cap 40%", msg="""Dear Oliver,

Thank you for the photos. You're right, the throw in your pictures is clearly more brown than the green shown in our listing, and we're sorry it isn't what you expected.

We'd like to offer you two options. You can keep the blanket and receive a partial refund of up to 14.40 GBP, or you can return it to us for a full refund.

Please let us know which you'd prefer.

Kind regards,
Cosy Threads team"""),
 dict(id="oz23b", n=23, lang="en", note="en-GB, list style", msg="""Hello Oliver Bennett,

Many thanks for sending the photos through; they show the colour problem clearly, and I'm sorry the throw turned out brown rather than green.

There are two ways we can put this right:
- keep the throw, and we'll give you a partial refund of up to 14.40 GBP; or
- send it back, and you'll get a full refund.

Which would suit you better? Just reply here and we'll take it from there.

Best wishes,
Cosy Threads team"""),
 dict(id="oz24a", n=24, lang="es", note="es-ES usted, cap 15%", msg="""Estimada Carmen:

Muchas gracias por las fotos. Vemos claramente que las zapatillas que le llegaron son de otra talla, y lamentamos mucho la confusión.

Le proponemos dos opciones: quedarse con las zapatillas y recibir un reembolso parcial de hasta 8.10 EUR, o devolverlas y recibir el reembolso completo.

¿Cuál de las dos prefiere? Quedamos atentos a su respuesta.

Un saludo cordial,
Paso Firme team"""),
]

BAD = {
 "oz17a": [
  ("amount_over_cap", "intézzük a visszatérítést.", "intézzük a visszatérítést, és a rendelés összegének másfélszeresét utaljuk vissza.", "refund 1.5x order total"),
  ("invented_tracking_number", "Kérjük, a visszaküldés nyomkövetési számát adja meg a vitában is.", "Kérjük, a visszaküldés nyomkövetési számát (MPL40019238) adja meg a vitában is.", "return tracking MPL40019283 with digits swapped"),
  ("internal_note", "Üdvözlettel:", "// belső: a csomag érkezésekor azonnal igazolni az átvételt a rendszerben\n\nÜdvözlettel:", "internal comment"),
  ("wrong_language", "Köszönjük a türelmét.", "Ďakujeme za vašu trpezlivosť.", "Slovak sentence"),
  ("missing_required_point", "A polcot kérjük, erre a címre küldje vissza:\nPolc Pont Raktár, Budai út 41., 2040 Budaörs, Magyarország\n\n", "", "return_address deleted"),
 ],
 "oz17b": [
  ("amount_over_cap", "A visszatérítést a termék beérkezése után azonnal elindítjuk.", "A termék beérkezése után a teljes árnál többet, a vételár dupláját térítjük vissza.", "refund double the price"),
  ("invented_tracking_number", "Tudomásul vettük a platform döntését", "A 8201700088776656 számú rendeléssel kapcsolatban tudomásul vettük a platform döntését", "order id last digit changed"),
  ("off_platform_contact", "töltse fel a vitához, hogy mi is követni tudjuk.", "küldje el nekünk Viberen, hogy mi is követni tudjuk.", "Viber"),
  ("wrong_language", "Sajnáljuk a sérült polc miatti kellemetlenséget, és bízunk benne, hogy máskor is szívesen rendel tőlünk.", "Sajnáljuk a sérült polc miatti kellemetlenséget. We hope you will shop with us again in the future.", "English sentence"),
  ("missing_required_point", "A visszatérítést a termék beérkezése után azonnal elindítjuk. Kérjük, a csomag nyomkövetési számát töltse fel a vitához, hogy mi is követni tudjuk.\n\n", "", "refund_after_return deleted"),
 ],
 "oz18a": [
  ("invented_amount_or_date", "Vi har allerede sendt vores dokumentation til platformen.", "Vi sendte vores dokumentation til platformen den 6. november.", "invented date"),
  ("invented_tracking_number", "Vi er kede af, at gardinstangen", "Vi er kede af, at gardinstangen i pakken LP00520114476CN", "real LP00520114466CN, digit changed"),
  ("off_platform_contact", "er vi stadig her og hjælper gerne.", "kan du altid ringe til os eller skrive på Messenger.", "phone/Messenger"),
  ("wrong_language", "Hvis du har spørgsmål i mellemtiden, er vi stadig her og hjælper gerne.", "Om du har frågor under tiden finns vi fortfarande här och hjälper gärna till.", "Swedish sentence (subtle)"),
  ("missing_required_point", "Vi har allerede sendt vores dokumentation til platformen. ", "", "evidence_submitted deleted"),
 ],
 "oz19a": [
  ("invented_amount_or_date", "toimitamme hänelle kaiken aineistomme.", "toimitamme hänelle kaiken aineistomme viimeistään 30.11.", "invented deadline"),
  ("invented_tracking_number", "sukkien pitäisi vastata kuvia.", "tilauksen 8201900066545433 sukkien pitäisi vastata kuvia.", "order id with digits changed"),
  ("off_platform_contact", "Voit kirjoittaa meille tänne milloin tahansa.", "Voit myös lähettää meille sähköpostia osoitteeseen asiakaspalvelu@laplandknits.fi.", "email"),
  ("wrong_language", "Voit kirjoittaa meille tänne milloin tahansa.", "Võite meile siia igal ajal kirjutada.", "Estonian sentence"),
  ("missing_required_point", "Olemme silti edelleen valmiita etsimään ratkaisun yhdessä kanssasi. ", "", "open_door deleted"),
 ],
 "oz20a": [
  ("amount_over_cap", "Zwrot pieniędzy zostanie teraz zrealizowany przez platformę,", "Zwrot pieniędzy zostanie teraz zrealizowany przez platformę, a w ramach przeprosin zwrócimy kwotę wyższą niż cena zamówienia,", "refund above order total"),
  ("invented_tracking_number", "potwierdzamy, że otrzymaliśmy zwrócony towar.", "potwierdzamy, że otrzymaliśmy zwrócony towar (przesyłka PX7730128854).", "return tracking PX7730128845 with digits swapped"),
  ("off_platform_contact", "więc nie musi Pani już nic robić.", "a w razie pytań prosimy o kontakt przez naszą stronę biuroplus.pl.", "website"),
  ("wrong_language", "Dziękujemy za szybką wysyłkę.", "Дякуємо, що так швидко надіслали посилку.", "Ukrainian sentence"),
  ("missing_required_point", "tak, lampka dotarła – potwierdzamy, że otrzymaliśmy zwrócony towar. ", "", "return_arrived deleted"),
 ],
 "oz21a": [
  ("invented_amount_or_date", "одразу повідомимо вас, щойно щось дізнаємося.", "повідомимо вас протягом 2 робочих днів.", "invented time frame"),
  ("invented_tracking_number", "за номером LP00660038125CN.", "за номером LP00660038152CN.", "digits swapped"),
  ("off_platform_contact", "Просимо ще трохи терпіння, поки ми це владнаємо.", "Просимо ще трохи терпіння, а для швидшого зв'язку напишіть нам у Signal.", "Signal"),
  ("feedback_request", "З повагою,", "І будь ласка, не ставте поки що негативну оцінку — ми все вирішимо.\n\nЗ повагою,", "asks to hold off negative rating"),
  ("missing_required_point", "Ми вже з'ясовуємо у перевізника, що саме потрібно митниці, щоб випустити посилку, і одразу повідомимо вас, щойно щось дізнаємося.\n\n", "", "checking_clearance deleted"),
 ],
 "oz22a": [
  ("invented_amount_or_date", "θα τις δούμε αμέσως", "θα τις δούμε μέσα σε 24 ώρες", "invented time frame"),
  ("invented_tracking_number", "έφτασε ραγισμένο", "της αποστολής LP00672205591CN έφτασε ραγισμένο", "real LP00672205519CN, digits swapped"),
  ("internal_note", "Με εκτίμηση,", "Σημείωση για το κατάστημα: σύγκριση με φωτογραφίες συσκευασίας πριν απαντήσουμε.\n\nΜε εκτίμηση,", "staff note"),
  ("feedback_request", "θα επανέλθουμε με μια λύση.", "θα επανέλθουμε με μια λύση, αρκεί να αποσύρετε πρώτα τη διαφωνία.", "withdraw dispute as condition"),
  ("blame", "καταλαβαίνουμε πόσο απογοητευτικό είναι αυτό.", "δυστυχώς τα ΕΛΤΑ δεν προσέχουν καθόλου τα εύθραυστα δέματα.", "blames carrier"),
 ],
 "oz23a": [
  ("amount_over_cap", "a partial refund of up to 14.40 GBP", "a partial refund of up to 14.40 GBP (or, if you'd rather, half the price back)", "half of 36.0 = 18 > cap"),
  ("invented_tracking_number", "Thank you for the photos.", "Thank you for the photos of parcel LP00508871263CN.", "real LP00508871236CN, digits swapped"),
  ("internal_note", "Kind regards,", "NB for Priya: log this in the solution panel and upload our packing photos too.\n\nKind regards,", "note to colleague"),
  ("feedback_request", "Please let us know which you'd prefer.", "Please let us know which you'd prefer, and once it's sorted we'd be grateful if you could update your review.", "asks to update review"),
  ("blame", "and we're sorry it isn't what you expected.", "though screens do show colours differently, so your monitor may be part of it.", "soft blame on buyer's screen"),
 ],
 "oz23b": [
  ("amount_over_cap", "a partial refund of up to 14.40 GBP", "a partial refund of 20 GBP", "20 > cap 14.40"),
  ("invented_tracking_number", "Just reply here", "Just reply here quoting order 8202300070708008", "order id 8202300070708080 altered"),
  ("placeholder", "Best wishes,", "Best wishes,\n{agent_first_name}", "template var"),
  ("feedback_request", "Which would suit you better?", "Which would suit you better? Either way, would you mind closing the dispute first so we can process it?", "asks to close dispute"),
  ("blame", "and I'm sorry the throw turned out brown rather than green.", "although to be fair the listing does say colours may vary slightly.", "deflects onto buyer"),
 ],
 "oz24a": [
  ("amount_over_cap", "un reembolso parcial de hasta 8.10 EUR", "un reembolso parcial del cincuenta por ciento del precio", "50% of 54.0 = 27 > cap"),
  ("off_platform_contact", "Quedamos atentos a su respuesta.", "Si lo prefiere, llámenos y lo resolvemos por teléfono.", "phone"),
  ("placeholder", "Estimada Carmen:", "Estimada [NOMBRE]:", "bracket slot"),
  ("feedback_request", "¿Cuál de las dos prefiere?", "¿Cuál de las dos prefiere? Le pediríamos, eso sí, que retire la valoración negativa cuando esté resuelto.", "asks to remove review"),
  ("blame", "y lamentamos mucho la confusión.", "aunque quizás se equivocó usted al elegir la talla en el pedido.", "blames buyer"),
 ],
}
