# Good replies and planted edits, disputes 17-24.
ROWS = []
def g(id, n, lang, text, edits): ROWS.append(dict(id=id, n=n, language=lang, text=text, edits=edits))

g("op17a", 17, "hu", """Kedves Nagy Péter!

Köszönjük, hogy beleegyezett az elektromos fogkefe újraküldésébe, és nagyon sajnáljuk, hogy az első csomag elveszett.

A fogkefét már újra feladtuk, az új csomag követési száma: RL301199820HU.

Figyelemmel kísérjük az új küldeményt, és folyamatosan tájékoztatjuk Önt az útjáról.

Üdvözlettel:
Mosolybolt team""", [
 ("invented_tracking_number", "RL301199820HU", "RL301199802HU", "reship tracking digits swapped"),
 ("placeholder", "követési száma: RL301199820HU.", "követési száma: RL301199820HU, rendelésszám: XXXXXXXX.", "XXX order id residue"),
 ("shouting", "Köszönjük, hogy beleegyezett", "NAGYON KÖSZÖNJÜK, hogy VÉGRE beleegyezett", "capitals, impatient"),
 ("internal_note", "A fogkefét már újra feladtuk,", "Belső: feltölteni az új követési számot a vitához! A fogkefét már újra feladtuk,", "instruction to staff"),
 ("missing_required_point", "Figyelemmel kísérjük az új küldeményt, és folyamatosan tájékoztatjuk Önt az útjáról.", "Szép napot kívánunk!", "keep_updated removed"),
])
g("op18a", 18, "da", """Kære Mette

Vi forstår godt, at det er ærgerligt ikke at have fået din keramikvase. Vi vil gerne fortælle dig, at vi allerede har sendt vores dokumentation til platformen.

Nu er det platformens tvistspecialist, der træffer afgørelsen, og den vil vi naturligvis respektere.

Har du spørgsmål i mellemtiden, er vi stadig her for at hjælpe dig.

Venlig hilsen
Hygge Hjem team""", [
 ("refund_promise", "og den vil vi naturligvis respektere.", "og den vil vi naturligvis respektere. Uanset udfaldet sender vi dig en ny vase helt gratis.", "free replacement"),
 ("off_platform_contact", "er vi stadig her for at hjælpe dig.", "kan du skrive til os på Messenger; vi er stadig her for at hjælpe dig.", "Messenger"),
 ("blame", "ikke at have fået din keramikvase.", "ikke at have fået din keramikvase, men ifølge PostNord blev pakken leveret, så måske har en nabo taget den.", "suggests buyer or neighbour is at fault"),
 ("wrong_language", "Nu er det platformens tvistspecialist, der træffer afgørelsen, og den vil vi naturligvis respektere.", "Nu är det plattformens tvistspecialist som fattar beslutet, och det kommer vi naturligtvis att respektera.", "Swedish sentence in Danish reply", "sv"),
 ("invented_tracking_number", "sendt vores dokumentation til platformen.", "sendt vores dokumentation til platformen, herunder sporingen af pakke 00370712345678910.", "tracking digits swapped; real 00370712345678901"),
])
g("op19a", 19, "fi", """Hei Aino,

Näemme, että olet vienyt riidan alustan käsiteltäväksi, ja ymmärrämme hyvin turhautumisesi, kun repusta puuttuu sadesuoja.

Teemme täyttä yhteistyötä alustan riitojenratkaisijan kanssa ja toimitamme hänelle kaiken aineistomme.

Olemme silti edelleen valmiita etsimään ratkaisun yhdessä kanssasi.

Ystävällisin terveisin
Erämaa Outdoor team""", [
 ("refund_promise", "kaiken aineistomme.", "kaiken aineistomme. Lähetämme sinulle joka tapauksessa uuden sadesuojan veloituksetta.", "free item"),
 ("invented_amount_or_date", "toimitamme hänelle kaiken aineistomme.", "toimitamme hänelle kaiken aineistomme; päätös tulee viimeistään 5 päivän kuluessa.", "invented timeline"),
 ("shouting", "Olemme silti edelleen valmiita", "Olisimme OLLEET valmiita ratkaisemaan tämän ilman alustaa!!! Olemme silti edelleen valmiita", "capitals, reproach"),
 ("placeholder", "Hei Aino,", "Hei Aino,\n\n[LISÄÄ TÄHÄN HENKILÖKOHTAINEN AVAUS]", "template instruction left in"),
 ("feedback_request", "etsimään ratkaisun yhdessä kanssasi.", "etsimään ratkaisun yhdessä kanssasi, kunhan perut riidan alustalla.", "asks to cancel dispute"),
])
g("op20a", 20, "pl", """Dzień dobry, Pani Katarzyno,

Uprzejmie informujemy, że zwrócony blender dotarł już do nas. Dziękujemy za odesłanie go i jeszcze raz przepraszamy za uszkodzenie.

Zwrot pieniędzy zostanie teraz zrealizowany za pośrednictwem platformy.

Mamy nadzieję, że jeszcze kiedyś zechce Pani zrobić u nas zakupy.

Pozdrawiamy serdecznie,
Zespół KuchniaPro""", [
 ("internal_note", "dotarł już do nas.", "dotarł już do nas. Notatka: potwierdzić odbiór zwrotu w sporze, żeby odblokować refundację.", "seller checklist note"),
 ("wrong_language", "Mamy nadzieję, że jeszcze kiedyś zechce Pani zrobić u nas zakupy.", "Сподіваємося, що ви ще колись зробите у нас покупки.", "Ukrainian sentence in Polish reply", "uk"),
 ("feedback_request", "za pośrednictwem platformy.", "za pośrednictwem platformy. Będziemy wdzięczni, jeśli zmieni Pani swoją negatywną opinię.", "asks to change negative review"),
 ("invented_amount_or_date", "Zwrot pieniędzy zostanie teraz zrealizowany", "Zwrot pieniędzy zostanie zrealizowany do 5 grudnia", "invented date"),
 ("blame", "i jeszcze raz przepraszamy za uszkodzenie.", "Uszkodzenie powstało zapewne u kuriera, nie u nas.", "blames courier"),
 ("missing_required_point", "Zwrot pieniędzy zostanie teraz zrealizowany za pośrednictwem platformy.\n\n", "", "refund_follows removed"),
])
g("op21a", 21, "uk", """Добрий день, Андрію!

Нам дуже прикро, що ваш електричний чайник не вмикається. Перепрошуємо за ці незручності.

Щоб ми могли швидко розібратися, надішліть, будь ласка, коротке відео, де видно, як ви вмикаєте чайник і що саме відбувається.

Щойно отримаємо відео, одразу його переглянемо й повернемося до вас із рішенням.

З повагою,
ДімТех team""", [
 ("refund_promise", "Перепрошуємо за ці незручності.", "Перепрошуємо за ці незручності. Якщо хочете, можемо вже зараз надіслати вам новий чайник.", "replacement before evidence"),
 ("off_platform_contact", "надішліть, будь ласка, коротке відео", "надішліть, будь ласка, у Viber коротке відео", "Viber"),
 ("placeholder", "ваш електричний чайник", "ваш {product_title}", "product slot"),
 ("internal_note", "повернемося до вас із рішенням.", "повернемося до вас із рішенням. (порівняти зі сторінкою товару, відповісти до дедлайну)", "seller checklist note"),
 ("shouting", "надішліть, будь ласка,", "НЕГАЙНО надішліть!!!", "capitals, pushy"),
 ("wrong_language", "Перепрошуємо за ці незручності.", "Приносим извинения за эти неудобства.", "Russian sentence in Ukrainian reply (subtle)", "ru"),
])
g("op22a", 22, "el", """Γεια σας, κύριε Παπαδόπουλε,

Καταλαβαίνουμε την ανησυχία σας. Το δέμα σας βρίσκεται αυτή τη στιγμή στο τελωνείο· μπορείτε να το παρακολουθείτε με τον αριθμό αποστολής UA990114557GR.

Ελέγχουμε με την ELTA Courier τι χρειάζεται το τελωνείο για να αποδεσμεύσει το δέμα και θα σας ενημερώσουμε μόλις μάθουμε.

Σας παρακαλούμε για λίγη υπομονή μέχρι να τακτοποιηθεί το θέμα.

Με εκτίμηση,
Σπίτι Plus team""", [
 ("invented_tracking_number", "UA990114557GR", "UA990114575GR", "tracking digits swapped"),
 ("refund_promise", "μέχρι να τακτοποιηθεί το θέμα.", "μέχρι να τακτοποιηθεί το θέμα. Για την καθυστέρηση θα σας επιστρέψουμε τα μεταφορικά.", "shipping refund"),
 ("invented_amount_or_date", "για να αποδεσμεύσει το δέμα", "για να αποδεσμεύσει το δέμα (συνήθως κοστίζει γύρω στα 12 ευρώ)", "invented amount"),
 ("off_platform_contact", "θα σας ενημερώσουμε μόλις μάθουμε.", "θα σας ενημερώσουμε μόλις μάθουμε· αν θέλετε, καλέστε μας και στο τηλέφωνο του καταστήματος.", "phone call off platform"),
 ("missing_required_point", "Σας παρακαλούμε για λίγη υπομονή μέχρι να τακτοποιηθεί το θέμα.\n\n", "", "ask_patience removed"),
])
g("op23a", 23, "en", """Hello Oliver,

Three weeks is a long wait, and I'm sorry it's taken this long. The good news is that your bamboo cutting board set is still on its way with Royal Mail; you can follow it using tracking number LB338812760GB.

Would you be happy to close the dispute for now? In return, we'll extend your purchase protection by 10 days, so you remain fully covered until the parcel reaches you.

Thanks so much for bearing with us.

Kind regards,
Greenleaf Kitchen team""", [
 ("invented_tracking_number", "LB338812760GB", "LB338812706GB", "tracking digits swapped"),
 ("placeholder", "Hello Oliver,", "Hello {first_name},", "name slot"),
 ("internal_note", "until the parcel reaches you.", "until the parcel reaches you. Note to Sam: extend protection in the seller centre once he agrees.", "note to colleague"),
 ("feedback_request", "Thanks so much for bearing with us.", "Thanks so much for bearing with us, and a kind review once it lands would mean the world to us.", "asks for positive review"),
 ("off_platform_contact", "Thanks so much for bearing with us.", "If it's easier, you can also reach me on Telegram at @greenleafkitchen. Thanks so much for bearing with us.", "Telegram handle"),
 ("blame", "and I'm sorry it's taken this long.", "and honestly Royal Mail has been dreadfully slow lately, which is what's held things up.", "blames carrier"),
])
g("op23b", 23, "en", """Dear Oliver Bennett,

Thank you for your message. Your parcel is in transit and can be tracked with number LB338812760GB.

We would kindly ask you to close this dispute for the time being. We will extend your purchase protection by 10 days, so you stay protected until it arrives. If anything changes, we'll let you know here.

Best wishes,
Greenleaf Kitchen team""", [
 ("shouting", "We would kindly ask you to close this dispute for the time being.", "Please CLOSE THIS DISPUTE RIGHT NOW!!", "capitals, pushy"),
 ("refund_promise", "so you stay protected until it arrives.", "so you stay protected until it arrives, and we'll add a discount code for your next order too.", "discount code"),
 ("invented_amount_or_date", "can be tracked with number LB338812760GB.", "can be tracked with number LB338812760GB and is due on 1 December.", "invented delivery date"),
 ("wrong_language", "If anything changes, we'll let you know here.", "Si algo cambia, se lo haremos saber aquí.", "Spanish sentence in English reply", "es"),
 ("missing_required_point", "We would kindly ask you to close this dispute for the time being. ", "", "ask_close removed"),
 ("internal_note", "Thank you for your message.", "Thank you for your message. [remedy: extend_delivery_time, rule open_in_transit]", "remedy and rule ids"),
])
g("op24a", 24, "es", """Hola, Lucía:

Gracias por enviarnos el vídeo. Se ve claramente la costura rota del bolso y lo sentimos mucho; entendemos que no es lo que esperabas.

Te proponemos dos opciones:
- Quedarte el bolso con un reembolso parcial de hasta 17.70 EUR.
- Devolvernos el bolso y recibir el reembolso completo.

¿Cuál prefieres? Dinos por aquí y lo gestionamos enseguida.

Un saludo,
Piel & Co team""", [
 ("amount_over_cap", "hasta 17.70 EUR", "hasta 25.00 EUR", "25.00 above cap 17.70"),
 ("amount_over_cap", "un reembolso parcial de hasta 17.70 EUR.", "un reembolso parcial de hasta 17.70 EUR, aunque si lo prefieres podemos devolverte la mitad del precio.", "half price, cap 30%"),
 ("blame", "y lo sentimos mucho; entendemos que no es lo que esperabas.", "aunque una costura así suele romperse cuando se carga demasiado peso.", "guesses buyer overloaded bag"),
 ("off_platform_contact", "Dinos por aquí", "Escríbenos por WhatsApp", "WhatsApp"),
 ("feedback_request", "lo gestionamos enseguida.", "lo gestionamos enseguida, siempre que retires la reseña negativa.", "refund conditional on removing review"),
])
g("op24b", 24, "es", """Estimada Sra. Fernández:

Le agradecemos las pruebas aportadas. Hemos revisado el vídeo y, efectivamente, el bolso presenta una costura rota. Lamentamos de verdad este inconveniente.

Para solucionarlo, puede elegir entre quedarse con el bolso y recibir un reembolso parcial de hasta 17.70 EUR, o bien devolverlo y obtener el reembolso completo de su pedido.

Le agradeceríamos que nos indicara cuál de las dos opciones prefiere.

Atentamente,
Piel & Co team""", [
 ("amount_over_cap", "hasta 17.70 EUR,", "hasta 17.70 EUR (e incluso el doble si no le parece suficiente),", "double the cap"),
 ("amount_over_cap", "obtener el reembolso completo de su pedido.", "obtener el reembolso completo de su pedido más un diez por ciento adicional.", "refund above order total"),
 ("placeholder", "Estimada Sra. Fernández:", "Estimada Sra. [APELLIDO]:", "surname slot"),
 ("wrong_language", "Lamentamos de verdad este inconveniente.", "Lamentamos muito este inconveniente.", "Portuguese sentence in Spanish reply (subtle)", "pt"),
 ("internal_note", "cuál de las dos opciones prefiere.", "cuál de las dos opciones prefiere. NOTA: proponer el parcial en el panel de soluciones y subir nuestras fotos de embalaje.", "seller action note"),
])
