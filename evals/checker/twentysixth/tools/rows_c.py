# Good replies and single-edit defects, disputes l17-l24.

GOOD = {}
EDITS = []

GOOD["l17a"] = ("l17", "uk", """Добрий день, пані Олено!

Нам дуже прикро, що ваза прийшла розбитою, тим паче що це мав бути подарунок для мами. Вибачте за такі засмучення.

Щоб ми могли якнайшвидше розібратися, надішліть, будь ласка, фото пошкодженої вази (уламків) та зовнішньої упаковки — коробки, у якій прийшла посилка.

Щойно отримаємо фото, одразу все переглянемо й повернемося до вас із рішенням.

З повагою,
Команда Kyiv Craft""")

EDITS += [
    ("l17a", "off_platform_contact", "надішліть, будь ласка, фото",
     "надішліть, будь ласка, у Viber на номер +380 67 318 45 92 фото", "asks for photos via Viber", None),
    ("l17a", "wrong_language", "Щойно отримаємо фото, одразу все переглянемо й повернемося до вас із рішенням.",
     "Как только получим фото, сразу всё посмотрим и вернёмся к вам с решением.",
     "next-step sentence in Russian", "ru"),
    ("l17a", "missing_required_point", "Щойно отримаємо фото, одразу все переглянемо й повернемося до вас із рішенням.\n\n",
     "", "deletes the next-step sentence (next_step)", None),
    ("l17a", "invented_tracking_number", "коробки, у якій прийшла посилка.",
     "коробки, у якій прийшла посилка NPG2093384751.", "cites a tracking number with swapped digits", None),
    ("l17a", "shouting", "Вибачте за такі засмучення.",
     "АЛЕ БЕЗ ФОТО УПАКОВКИ МИ НІЧОГО НЕ ЗМОЖЕМО ЗРОБИТИ!!!", "all-caps ultimatum", None),
]

GOOD["l18a"] = ("l18", "ro", """Bună ziua, Andrei,

Vă mulțumim că ați fost de acord să vă retrimitem coletul și vă mulțumim pentru răbdare.

Setul de cuțite a fost expediat din nou, la aceeași adresă. Noul număr de urmărire este LP00733416958CN.

Vom urmări personal noul colet și vă vom ține la curent cu fiecare noutate importantă.

Cu drag,
Echipa Carpați Shop""")

EDITS += [
    ("l18a", "invented_tracking_number", "Noul număr de urmărire este LP00733416958CN.",
     "Noul număr de urmărire este LP00733416958CN, iar în România îl puteți urmări și la Fan Courier cu AWB 2197485063311.",
     "adds an invented Fan Courier AWB", None),
    ("l18a", "placeholder", "Bună ziua, Andrei,", "Bună ziua, [Nume client],", "name slot left in the greeting", None),
    ("l18a", "feedback_request", "Cu drag,",
     "Când primiți cuțitele, vă rugăm să ne lăsați o recenzie pozitivă.\n\nCu drag,", "asks for a positive review", None),
    ("l18a", "missing_required_point",
     "\n\nVom urmări personal noul colet și vă vom ține la curent cu fiecare noutate importantă.",
     "", "deletes the keep-updated sentence (keep_updated)", None),
    ("l18a", "invented_amount_or_date", "Setul de cuțite a fost expediat din nou, la aceeași adresă.",
     "Setul de cuțite a fost expediat din nou pe 21 noiembrie, la aceeași adresă.", "invents a dispatch date", None),
    ("l18a", "blame", "și vă mulțumim pentru răbdare.",
     "și ne pare rău că primul colet a fost pierdut din neglijența curierului local.",
     "blames the local courier's negligence", None),
]

GOOD["l19a"] = ("l19", "hu", """Kedves Eszter!

Megértjük, mennyire bosszantó, hogy a csomag kézbesítettként szerepel, mégsem kapta meg. Szeretnénk tájékoztatni, hogy minden bizonyítékunkat már átadtuk a platformnak.

A vitáról most a platform szakértője dönt, mi pedig tiszteletben tartjuk a döntését, bármi is legyen az.

Ha közben kérdése merülne fel, továbbra is itt vagyunk és szívesen segítünk.

Üdvözlettel:
A Duna Design csapata""")

EDITS += [
    ("l19a", "invented_amount_or_date", "A vitáról most a platform szakértője dönt,",
     "A vitáról a platform szakértője legkésőbb december 10-ig dönt,", "invents a decision date", None),
    ("l19a", "off_platform_contact", "továbbra is itt vagyunk és szívesen segítünk.",
     "írjon nekünk a dunadesign.hu oldalon található űrlapon, ott gyorsabban válaszolunk.",
     "sends the buyer to the shop's own website", None),
    ("l19a", "internal_note", "Üdvözlettel:",
     "(belső: a kézbesítési képernyőképet Gábor töltse fel, ha a platform kéri)\n\nÜdvözlettel:",
     "internal instruction to a colleague", None),
    ("l19a", "wrong_language", "Ha közben kérdése merülne fel, továbbra is itt vagyunk és szívesen segítünk.",
     "Wenn Sie in der Zwischenzeit Fragen haben, sind wir weiterhin gerne für Sie da.",
     "stay-available sentence in German", "de"),
    ("l19a", "blame", "Megértjük, mennyire bosszantó, hogy a csomag kézbesítettként szerepel, mégsem kapta meg.",
     "A Magyar Posta kézbesítője valószínűleg rossz helyre tette a csomagot, ez náluk sajnos gyakori.",
     "blames the postman", None),
    ("l19a", "shouting", "minden bizonyítékunkat már átadtuk a platformnak.",
     "MINDEN bizonyítékunkat MÁR RÉG átadtuk a platformnak!!!", "capitals and !!!", None),
]

GOOD["l20a"] = ("l20", "el", """Γεια σας κύριε Νίκο,

Βλέπουμε ότι κλιμακώσατε τη διαφορά στην πλατφόρμα και καταλαβαίνουμε απόλυτα γιατί είστε απογοητευμένος: περιμένετε το δέμα σας και ακόμη δεν έχει βρεθεί λύση.

Θα συνεργαστούμε με τον ειδικό διαφορών της πλατφόρμας και θα του δώσουμε όλα τα στοιχεία που έχουμε για την αποστολή.

Παρ' όλα αυτά, παραμένουμε ανοιχτοί να βρούμε μαζί σας μια λύση. Μη διστάσετε να μας γράψετε εδώ.

Με εκτίμηση,
Η ομάδα του Aegean Shop""")

EDITS += [
    ("l20a", "placeholder", "όλα τα στοιχεία που έχουμε για την αποστολή.",
     "όλα τα στοιχεία που έχουμε για την αποστολή %TRACKING_NO%.", "tracking variable left in", None),
    ("l20a", "invented_amount_or_date", "Θα συνεργαστούμε με τον ειδικό",
     "Έως τις 28 Νοεμβρίου θα συνεργαστούμε με τον ειδικό", "invents a date", None),
    ("l20a", "shouting", "Μη διστάσετε να μας γράψετε εδώ.",
     "ΠΑΡΑΚΑΛΟΥΜΕ ΝΑ ΠΕΡΙΜΕΝΕΤΕ ΚΑΙ ΝΑ ΜΗΝ ΜΑΣ ΣΤΕΛΝΕΤΕ ΣΥΝΕΧΕΙΑ ΜΗΝΥΜΑΤΑ!!!", "all-caps scolding", None),
    ("l20a", "missing_required_point",
     "Παρ' όλα αυτά, παραμένουμε ανοιχτοί να βρούμε μαζί σας μια λύση. Μη διστάσετε να μας γράψετε εδώ.\n\n",
     "", "deletes the open-door paragraph (open_door)", None),
    ("l20a", "wrong_language",
     "Θα συνεργαστούμε με τον ειδικό διαφορών της πλατφόρμας και θα του δώσουμε όλα τα στοιχεία που έχουμε για την αποστολή.",
     "We will work with the platform's dispute specialist and give them all the information we have about the shipment.",
     "cooperation paragraph in English", "en"),
]

GOOD["l21a"] = ("l21", "da", """Hej Mette,

Tak fordi du skriver. Vi kan se, at din pakke i øjeblikket er tilbageholdt i tolden. Du kan følge den med sporingsnummeret UR586204173CN.

Vi undersøger nu hos PostNord, hvad tolden skal bruge for at frigive pakken, og giver dig besked, så snart vi ved mere.

Vi beder dig have lidt tålmodighed, mens vi får styr på det.

Mange hilsner
Hygge Hjem-teamet""")

EDITS += [
    ("l21a", "invented_tracking_number", "med sporingsnummeret UR586204173CN.",
     "med sporingsnummeret UR586204173CN eller PostNords danske nummer 00057151270009834561.",
     "adds an invented PostNord number", None),
    ("l21a", "blame", "Tak fordi du skriver.",
     "Tolden i Danmark er desværre notorisk langsom og besværlig.", "blames Danish customs", None),
    ("l21a", "feedback_request", "Mange hilsner",
     "Og vi håber, du vil vente med at give en dårlig anmeldelse, til pakken er fremme.\n\nMange hilsner",
     "asks to hold off on a bad review", None),
    ("l21a", "wrong_language", "Vi beder dig have lidt tålmodighed, mens vi får styr på det.",
     "We kindly ask you for a bit of patience while we get this sorted.", "patience sentence in English", "en"),
    ("l21a", "internal_note", "og giver dig besked, så snart vi ved mere.",
     "og giver dig besked, så snart vi ved mere. (NB til Kasper: tjek ordrebetingelserne for, hvem der betaler told, inden vi betaler noget.)",
     "note to a colleague about who pays duties", None),
    ("l21a", "placeholder", "Hej Mette,", "Hej {{kunde.fornavn}},", "first-name variable in the greeting", None),
]

GOOD["l22a"] = ("l22", "fi", """Hei Aino,

kiitos viestistäsi! Palauttamasi takki on saapunut meille perille.

Hyvitys tulee nyt sinulle alustan kautta, joten sinun ei tarvitse tehdä asian eteen enää mitään.

Pahoittelemme, ettei koko ollut sopiva. Toivottavasti saamme palvella sinua uudelleen tulevaisuudessa.

Ystävällisin terveisin
Revontuli Storen tiimi""")

EDITS += [
    ("l22a", "amount_over_cap", "Hyvitys tulee nyt sinulle alustan kautta,",
     "Hyvitämme sinulle nyt alustan kautta tuotteen hinnan kaksinkertaisena,",
     "refunds double the price, above the order total", None),
    ("l22a", "shouting", "Palauttamasi takki on saapunut meille perille.",
     "Palauttamasi takki on saapunut meille perille, EIKÄ SITÄ TARVITSE ENÄÄ KYSELLÄ!!!", "all-caps rebuke", None),
    ("l22a", "off_platform_contact", "Toivottavasti saamme palvella sinua uudelleen tulevaisuudessa.",
     "Toivottavasti saamme palvella sinua uudelleen – seuraavan tilauksen voit tehdä suoraan verkkokaupastamme revontulistore.fi.",
     "points the buyer to the shop's own web store", None),
    ("l22a", "placeholder", "Pahoittelemme, ettei koko ollut sopiva.",
     "Pahoittelemme, ettei koko ollut sopiva. TODO: lisää tähän hyvityksen summa.", "TODO left in", None),
    ("l22a", "invented_amount_or_date", "joten sinun ei tarvitse tehdä asian eteen enää mitään.",
     "ja rahat näkyvät tililläsi 3–5 pankkipäivän kuluessa.", "invents a 3-5 banking day timeframe", None),
    ("l22a", "missing_required_point",
     "Hyvitys tulee nyt sinulle alustan kautta, joten sinun ei tarvitse tehdä asian eteen enää mitään.\n\n",
     "", "deletes the refund-follows paragraph (refund_follows)", None),
]

GOOD["l23a"] = ("l23", "en", """Hello Oliver,

Thanks for the photos and the video. They make it clear: the brass fittings and the sail cloth are missing from your kit, and we're sorry, because you can't finish the ship without them.

We'd like to offer you two options:
- keep the kit and receive a partial refund of up to 15.36 GBP, or
- return the kit to us for a full refund.

Which would you prefer? Just let me know here and I'll set it up.

Best wishes,
Sam at Maker's Corner""")

EDITS += [
    ("l23a", "amount_over_cap", "a partial refund of up to 15.36 GBP",
     "a partial refund of up to 19.20 GBP", "partial refund of 19.20 GBP, above the 15.36 GBP cap", None),
    ("l23a", "amount_over_cap", "keep the kit and receive a partial refund of up to 15.36 GBP, or",
     "keep the kit and receive a partial refund of 60% of what you paid, or", "60% partial refund, above the 40% cap", None),
    ("l23a", "internal_note", "Best wishes,",
     "Note to self: ask Li whether we still have fittings bags in stock before this goes out.\n\nBest wishes,",
     "note-to-self left in the reply", None),
    ("l23a", "invented_tracking_number", "They make it clear:",
     "We've checked them against the Royal Mail record for RM482093375GB, and they make it clear:",
     "cites an invented Royal Mail number", None),
    ("l23a", "missing_required_point", "Which would you prefer? Just let me know here and I'll set it up.",
     "I hope this helps.", "replaces the question about the buyer's choice (ask_choice)", None),
    ("l23a", "wrong_language", "Which would you prefer? Just let me know here and I'll set it up.",
     "Welche Option ist Ihnen lieber? Sagen Sie mir einfach hier Bescheid.", "the question is in German", "de"),
]

GOOD["l23b"] = ("l23", "en", """Dear Oliver Bennett,

Thank you for sending the photos and the video of the kit's contents. We can see that the bag of brass fittings and the sail cloth are not in the box, and we apologise for this.

To put it right, you can choose between:
(a) keeping the kit with a partial refund of up to 15.36 GBP, or
(b) returning the kit for a full refund.

Please let us know which option you'd prefer.

Sam at Maker's Corner""")

EDITS += [
    ("l23b", "amount_over_cap", "a partial refund of up to 15.36 GBP",
     "a partial refund of around two thirds of the price", "two thirds of the price, above the 40% cap", None),
    ("l23b", "feedback_request", "Please let us know which option you'd prefer.",
     "Please let us know which option you'd prefer, and once it's settled we'd be grateful if you could update your review.",
     "asks the buyer to update the review", None),
    ("l23b", "blame", "and we apologise for this.",
     "which is down to our supplier's packing line rather than us.", "shifts responsibility to the supplier", None),
    ("l23b", "shouting", "Please let us know which option you'd prefer.",
     "PLEASE CHOOSE ONE OPTION ONLY!!!", "all-caps demand", None),
]

GOOD["l24a"] = ("l24", "es", """¡Hola, Fernanda!

Muchas gracias por la foto con la cinta métrica. Tienes razón, la medida de cadera no coincide con nuestra tabla de tallas y lamentamos mucho que el vestido no te quede.

Te proponemos dos opciones:
• quedarte con el vestido y recibir un reembolso parcial de hasta 389.70 MXN;
• o devolverlo y te reembolsamos el importe completo.

¿Cuál prefieres? En cuanto nos digas, lo ponemos en marcha.

Un abrazo,
Equipo Casa Luna""")

EDITS += [
    ("l24a", "amount_over_cap", "un reembolso parcial de hasta 389.70 MXN",
     "un reembolso parcial de 650.00 MXN (la mitad de lo que pagaste)", "half the price, above the 30% cap", None),
    ("l24a", "amount_over_cap", "de hasta 389.70 MXN;",
     "de hasta 389.70 MXN, y si te parece poco lo subimos a 500.00 MXN;", "offers to raise the partial refund above the cap", None),
    ("l24a", "refund_promise", "• o devolverlo y te reembolsamos el importe completo.",
     "• o devolverlo y te reembolsamos el importe completo, y además te regalamos otro vestido en la talla que elijas.",
     "adds a free dress", None),
    ("l24a", "internal_note", "Un abrazo,",
     "Nota para Caro: proponer el parcial en el panel de soluciones y subir nuestras fotos de empaque.\n\nUn abrazo,",
     "note for a colleague with seller actions", None),
    ("l24a", "off_platform_contact", "¿Cuál prefieres? En cuanto nos digas,",
     "¿Cuál prefieres? Mándanos un WhatsApp y en cuanto nos digas,", "asks for the answer on WhatsApp", None),
    ("l24a", "invented_amount_or_date", "lo ponemos en marcha.",
     "lo ponemos en marcha; la oferta es válida hasta el 30 de noviembre.", "invents an offer deadline", None),
]
