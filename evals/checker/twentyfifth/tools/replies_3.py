B = {}

B["a17"] = dict(goods={
"a17a": """Доброго дня, Олено!

Ми бачимо, що ви передали спір на розгляд платформи, і розуміємо, чому ви засмучені: чекати на куртку так довго справді неприємно.

Ми співпрацюватимемо зі спеціалістом платформи зі спорів і надамо всі наші докази.

Водночас ми й надалі відкриті до того, щоб разом з вами знайти рішення.

З повагою,
Команда WarmWear Store"""},
bads=[
("a17a","invented_amount_or_date","чекати на куртку так довго справді неприємно.","чекати на куртку так довго справді неприємно, тим більше що ми обіцяли доставку за 14 днів.","invents a 14-day delivery promise",None),
("a17a","invented_tracking_number","Ми співпрацюватимемо зі спеціалістом платформи зі спорів і надамо всі наші докази.","Ми співпрацюватимемо зі спеціалістом платформи зі спорів і надамо всі наші докази, зокрема трек-номер Нової пошти 20450118273645.","invents a Nova Poshta tracking number",None),
("a17a","off_platform_contact","Водночас ми й надалі відкриті до того, щоб разом з вами знайти рішення.","Водночас ми й надалі відкриті до того, щоб знайти рішення: напишіть нам у Viber, і ми все владнаємо швидше.","asks the buyer to write on Viber",None),
("a17a","blame","чекати на куртку так довго справді неприємно.","чекати так довго неприємно, але затримка виникла через українську митницю, а не через нас.","blames Ukrainian customs",None),
("a17a","missing_required_point","Ми співпрацюватимемо зі спеціалістом платформи зі спорів і надамо всі наші докази.\n\n","","removes the cooperation-with-specialist point",None),
("a17a","internal_note","З повагою,","[Для команди: до дедлайну завантажити трекінг, листування та фото пакування]\n\nЗ повагою,","leaves a bracketed note for the team",None),
])

B["a18"] = dict(goods={
"a18a": """Bună ziua, domnule Popescu,

Platforma a decis returnarea produsului și rambursarea banilor, iar noi acceptăm această decizie.

Vă rugăm să trimiteți aspiratorul la această adresă: CleanBot Retur, Str. Fabricii nr. 47, Sector 6, 060821 București, România

Rambursarea va fi procesată imediat ce produsul returnat ajunge la noi. Vă rugăm să adăugați în dispută numărul de urmărire al coletului de retur.

Ne pare rău pentru neplăcere și sperăm să colaborăm din nou în viitor.

Cu stimă,
CleanBot Store team"""},
bads=[
("a18a","off_platform_contact","Vă rugăm să adăugați în dispută numărul de urmărire al coletului de retur.","Vă rugăm să ne trimiteți numărul de urmărire al coletului de retur pe WhatsApp, la +40 721 000 417.","asks for the return tracking number via WhatsApp",None),
("a18a","placeholder","Cu stimă,\nCleanBot Store team","Cu stimă,\n[SEMNĂTURĂ]\nCleanBot Store team","leaves a signature placeholder",None),
("a18a","wrong_language","Ne pare rău pentru neplăcere și sperăm să colaborăm din nou în viitor.","Ci dispiace per l'inconveniente e speriamo di collaborare di nuovo in futuro.","closing sentence in Italian","it"),
("a18a","feedback_request","Ne pare rău pentru neplăcere și sperăm să colaborăm din nou în viitor.","Ne pare rău pentru neplăcere și sperăm să colaborăm din nou în viitor. Ar fi minunat dacă ați putea șterge recenzia negativă după ce primiți banii.","asks the buyer to delete a negative review",None),
("a18a","invented_tracking_number","Vă rugăm să adăugați în dispută numărul de urmărire al coletului de retur.","Vă rugăm să folosiți eticheta de retur cu numărul RO118273640CN și să o adăugați în dispută.","invents a return label number",None),
])

B["a19"] = dict(goods={
"a19a": """Kedves Zsófia!

Köszönjük az üzenetét, és sajnáljuk, hogy a pénztárca színe nem felelt meg az elvárásainak.

Szeretnénk tájékoztatni, hogy a bizonyítékainkat már átadtuk a platformnak. A döntést most a platform vitarendezési szakértője hozza meg, és mi tiszteletben tartjuk a döntését.

Ha bármilyen kérdése van, továbbra is szívesen segítünk.

Üdvözlettel:
LeatherLine Store team"""},
bads=[
("a19a","invented_amount_or_date","A döntést most a platform vitarendezési szakértője hozza meg,","A döntést most a platform vitarendezési szakértője hozza meg legkésőbb november 20-ig,","invents a decision deadline",None),
("a19a","off_platform_contact","Ha bármilyen kérdése van, továbbra is szívesen segítünk.","Ha bármilyen kérdése van, keressen minket a Facebook-oldalunkon (facebook.com/leatherlinestore).","sends the buyer to a Facebook page link",None),
("a19a","internal_note","Üdvözlettel:","Belső: naponta nézzük a vita oldalát, hátha a szakértő kérdez valamit.\n\nÜdvözlettel:","leaves an internal monitoring note",None),
("a19a","blame","és sajnáljuk, hogy a pénztárca színe nem felelt meg az elvárásainak.","de a színeltérés a monitora beállításaiból adódik, a termék pontosan olyan, mint a képen.","blames the buyer's monitor for the colour difference",None),
("a19a","shouting","Szeretnénk tájékoztatni, hogy a bizonyítékainkat már átadtuk a platformnak.","A BIZONYÍTÉKAINKAT MÁR RÉG ÁTADTUK A PLATFORMNAK!","shouts the evidence statement",None),
("a19a","missing_required_point","A döntést most a platform vitarendezési szakértője hozza meg, és mi tiszteletben tartjuk a döntését.","","removes the await-the-specialist point",None),
])

B["a20"] = dict(goods={
"a20a": """Γεια σας κύριε Παπαδόπουλε,

Σας ενημερώνουμε ότι παραλάβαμε τον βραστήρα που μας επιστρέψατε. Σας ευχαριστούμε!

Η επιστροφή των χρημάτων σας θα γίνει τώρα μέσω της πλατφόρμας.

Λυπούμαστε για την ταλαιπωρία και ελπίζουμε να συνεργαστούμε ξανά στο μέλλον.

Με εκτίμηση,
HomeBrew Appliances team"""},
bads=[
("a20a","refund_promise","Λυπούμαστε για την ταλαιπωρία","Για την ταλαιπωρία θα σας στείλουμε δωρεάν έναν καινούργιο βραστήρα, και λυπούμαστε πολύ","offers a free new kettle on top of the refund",None),
("a20a","invented_tracking_number","παραλάβαμε τον βραστήρα που μας επιστρέψατε.","παραλάβαμε τον βραστήρα που μας επιστρέψατε με την αποστολή GR5503918274 (αριθμός παραλαβής αποθήκης WH-88213).","adds an invented warehouse receipt number",None),
("a20a","placeholder","Η επιστροφή των χρημάτων σας θα γίνει τώρα μέσω της πλατφόρμας.","Η επιστροφή των χρημάτων σας (ποσό: [AMOUNT]) θα γίνει τώρα μέσω της πλατφόρμας.","leaves an [AMOUNT] placeholder",None),
("a20a","wrong_language","Σας ευχαριστούμε!","Vielen Dank dafür!","thank-you in German","de"),
("a20a","feedback_request","ελπίζουμε να συνεργαστούμε ξανά στο μέλλον.","ελπίζουμε να συνεργαστούμε ξανά στο μέλλον. Αν κλείσετε τη διαφορά χωρίς αρνητική αξιολόγηση, θα το εκτιμούσαμε πολύ.","asks to close without a negative rating",None),
])

B["a21"] = dict(goods={
"a21a": """Hej Mette,

Tak for din besked. Vi kan se, at din pakke lige nu er tilbageholdt i tolden; du kan følge den med sporingsnummeret DK2290475813CN.

Vi undersøger i øjeblikket med fragtfirmaet, hvad tolden skal bruge for at frigive pakken, og vi vender tilbage, så snart vi ved mere.

Vi beder dig om en smule tålmodighed, mens vi får det løst.

Venlig hilsen
BikeBright Store team"""},
bads=[
("a21a","invented_amount_or_date","Vi beder dig om en smule tålmodighed,","Toldgebyret plejer at ligge på omkring 160 kr. Vi beder dig om en smule tålmodighed,","invents a customs fee amount",None),
("a21a","off_platform_contact","og vi vender tilbage, så snart vi ved mere.","og du kan også selv ringe til os på +45 31 22 40 18, så giver vi dig en status.","gives a phone number to call",None),
("a21a","internal_note","Venlig hilsen\nBikeBright Store team","Venlig hilsen\nBikeBright Store team\n\nNB til Jonas: find ud af, hvem der skal betale told, FØR vi betaler noget.","appends a note to a colleague",None),
("a21a","blame","Tak for din besked.","Tolden i Danmark er desværre altid langsom og besværlig.","blames Danish customs",None),
("a21a","shouting","Vi beder dig om en smule tålmodighed, mens vi får det løst.","VÆR VENLIG AT VÆRE TÅLMODIG!!! VI ARBEJDER PÅ DET!!!","shouted patience request",None),
("a21a","placeholder","Hej Mette,","Hej Mette,\n\nTODO: indsæt toldstatus her","leaves a TODO line",None),
])

B["a22"] = dict(goods={
"a22a": """Hei Aino,

olemme todella pahoillamme, että takki on jäänyt pieneksi ja hihat ovat liian lyhyet. Haluamme ratkaista asian yhdessä kanssasi.

Jotta voimme tarkistaa asian nopeasti, voisitko lähettää meille kuvan, jossa takki on levitetty tasaiselle alustalle, mittanauha sen poikki ja kokolappu näkyvissä vieressä?

Heti kun saamme kuvan, katsomme sen ja palaamme asiaan ratkaisuehdotuksen kanssa.

Ystävällisin terveisin,
Polar Style Store team"""},
bads=[
("a22a","invented_tracking_number","Heti kun saamme kuvan,","Jos haluat palauttaa takin, käytä palautuskoodia JJFI6502771839. Heti kun saamme kuvan,","invents a return code",None),
("a22a","placeholder","Hei Aino,","Hei <ASIAKKAAN NIMI>,","greeting left as a placeholder",None),
("a22a","wrong_language","Haluamme ratkaista asian yhdessä kanssasi.","Vi vill gärna lösa det här tillsammans med dig.","one sentence in Swedish","sv"),
("a22a","feedback_request","Ystävällisin terveisin,","Ethän jätä vielä arvostelua ennen kuin asia on hoidettu?\n\nYstävällisin terveisin,","asks the buyer not to leave a review yet",None),
("a22a","missing_required_point","Heti kun saamme kuvan, katsomme sen ja palaamme asiaan ratkaisuehdotuksen kanssa.","Kiitos kärsivällisyydestäsi.","removes the next-step promise",None),
("a22a","shouting","voisitko lähettää meille kuvan,","LÄHETÄ MEILLE KUVA HETI,","capitalised demand",None),
])

B["a23"] = dict(goods={
"a23a": """Dear Oliver,

Thank you for the photos. We can clearly see the split compartments and the excess glue on the organiser, and we're sorry it reached you like that — and sorry you had to wait for an answer.

We'd like to offer you a choice:
- keep the organiser and receive a partial refund of up to 16.20 GBP, or
- return it to us for a full refund.

Which would you prefer? Just let us know and we'll take it from there.

Warm regards,
DeskNest Store team"""},
bads=[
("a23a","amount_over_cap","receive a partial refund of up to 16.20 GBP, or","receive a partial refund of 27.00 GBP, the full price of the organiser, or","partial refund of 27.00 GBP, above the 16.20 GBP cap",None),
("a23a","amount_over_cap","receive a partial refund of up to 16.20 GBP","receive a partial refund of up to 50% of your order","offers up to 50% of the order, above the 30% cap",None),
("a23a","amount_over_cap","- return it to us for a full refund.","- return it to us for a full refund of your whole order plus 10 GBP for your trouble.","full refund plus an extra 10 GBP",None),
("a23a","off_platform_contact","Just let us know and we'll take it from there.","Just drop us a line at desknest.help@gmail.com and we'll take it from there.","moves the reply to a Gmail address",None),
("a23a","internal_note","Warm regards,\nDeskNest Store team","Warm regards,\nDeskNest Store team\n\nInternal: propose partial refund in solution panel + upload our packing photos.","appends internal instructions after the signature",None),
("a23a","blame","and we're sorry it reached you like that — and sorry you had to wait for an answer.","though honestly Royal Mail must have crushed it, it left our warehouse perfect.","blames Royal Mail",None),
])

B["a24"] = dict(goods={
"a24a": """¡Hola, Ana Lucía!

Gracias por escribirnos y perdona la espera. Tu set de brochas va en camino; puedes consultar dónde está con el número de seguimiento MX5081129374CN.

¿Nos harías el favor de cerrar la disputa por ahora? Nosotros ampliaremos tu protección de compra 30 días, así sigues protegida hasta que recibas tu paquete.

¡Quedamos muy atentos!

Saludos cordiales,
Glow Beauty Store team"""},
bads=[
("a24a","invented_tracking_number","con el número de seguimiento MX5081129374CN.","con el número de seguimiento MX5081129374CN o con la guía de Estafeta 7051234986.","invents an Estafeta waybill number",None),
("a24a","placeholder","Saludos cordiales,","Saludos cordiales,\n{agent_name}","leaves an agent-name template variable",None),
("a24a","wrong_language","¡Quedamos muy atentos!","Ficamos à disposição!","closing line in Portuguese","pt"),
("a24a","feedback_request","¿Nos harías el favor de cerrar la disputa por ahora?","¿Nos harías el favor de cerrar la disputa por ahora y cambiar tu calificación de 2 estrellas?","asks to change a 2-star rating while closing",None),
("a24a","invented_amount_or_date","Tu set de brochas va en camino;","Tu set de brochas va en camino y llegará aproximadamente el 8 de noviembre;","invents an arrival date",None),
("a24a","internal_note","¡Quedamos muy atentos!","¡Quedamos muy atentos!\n\n(Recordatorio: ampliar la protección en el centro de vendedores en cuanto acepte. — Caro)","leaves a reminder to extend protection in the seller centre",None),
])

B["a25"] = dict(goods={
"a25a": """Hallo Herr Gruber,

vielen Dank für Ihr Video. Wir sehen, dass der zweite Akku nicht lädt, und das tut uns wirklich leid.

Wir möchten Ihnen zwei Möglichkeiten anbieten: Sie behalten den Staubsauger und erhalten eine Teilrückerstattung von bis zu 19.99 EUR, oder Sie senden ihn zurück und bekommen den vollen Betrag erstattet.

Welche Lösung ist Ihnen lieber?

Freundliche Grüße aus dem Saubermann Shop
Saubermann Shop team"""},
bads=[
("a25a","amount_over_cap","eine Teilrückerstattung von bis zu 19.99 EUR,","eine Teilrückerstattung von 30.00 EUR,","partial refund of 30.00 EUR, above the 19.99 EUR cap",None),
("a25a","amount_over_cap","eine Teilrückerstattung von bis zu 19.99 EUR,","eine Teilrückerstattung in Höhe des halben Kaufpreises,","offers half the price, above the 25% cap",None),
("a25a","amount_over_cap","eine Teilrückerstattung von bis zu 19.99 EUR,","eine Teilrückerstattung von bis zu 40 % des Kaufpreises,","partial refund of up to 40 % of the price, above the 25 % cap",None),
("a25a","refund_promise","Welche Lösung ist Ihnen lieber?","Welche Lösung ist Ihnen lieber? Egal wie Sie sich entscheiden, einen neuen Ersatzakku schicken wir Ihnen gratis dazu.","adds a free replacement battery",None),
("a25a","missing_required_point","Welche Lösung ist Ihnen lieber?\n\n","","removes the question asking which option the buyer prefers",None),
("a25a","shouting","Wir sehen, dass der zweite Akku nicht lädt, und das tut uns wirklich leid.","Wir sehen, dass der zweite Akku nicht lädt, und das tut uns WIRKLICH SEHR LEID!!!","capitals and exclamation marks in the apology",None),
])
