"""Bad rows for disputes 13-24: (good_id, defect, old, new, note[, intruding language])."""
ROWS = [
# ou13a ar customs seller
("ou13a", "refund_promise", "ولن يكون عليك دفع أي شيء.", "ولن يكون عليك دفع أي شيء، وسنمنحك أيضاً قسيمة خصم على طلبك القادم.", "discount coupon"),
("ou13a", "off_platform_contact", "وسنبقيك على اطلاع.", "وسنبقيك على اطلاع عبر واتساب إذا أرسلت لنا رقمك.", "WhatsApp, asks for number"),
("ou13a", "invented_amount_or_date", "نرجو منك القليل من الصبر حتى تفرج الجمارك عن الطرد", "نرجو منك الصبر لمدة أقصاها ٥ أيام حتى تفرج الجمارك عن الطرد", "invented 5 days (Arabic-Indic digit)"),
("ou13a", "internal_note", "مع أطيب التحيات،", "ملاحظة للفريق: تحويل رسوم الجمارك من حساب المتجر اليوم.\n\nمع أطيب التحيات،", "note to team about paying"),
("ou13a", "shouting", "لا تقلق، فنحن من سيدفع الرسوم الجمركية", "لا داعي لكل هذا القلق!!! نحن من سيدفع الرسوم الجمركية", "exclamations, impatient"),
# ou14a sv partial
("ou14a", "amount_over_cap", "delåterbetalning på upp till 259.60 SEK", "delåterbetalning på upp till 350 SEK", "above cap 259.60"),
("ou14a", "amount_over_cap", "Du behåller lampan och får en delåterbetalning på upp till 259.60 SEK.", "Du behåller lampan och får tillbaka halva priset.", "half the price exceeds 40% cap"),
("ou14a", "invented_tracking_number", "Vi ser tydligt att lampskärmen saknades i paketet,", "Vi ser tydligt att lampskärmen saknades i paketet LP00552233494CN,", "tracking digits swapped"),
("ou14a", "placeholder", "Vilket alternativ passar dig bäst?", "Vilket alternativ passar dig bäst? Svara senast INSERT DATUM.", "INSERT slot"),
("ou14a", "feedback_request", "Vilket alternativ passar dig bäst?", "Vilket alternativ passar dig bäst? Vi hoppas att du då kan ta bort ditt omdöme.", "asks to remove review"),
("ou14a", "blame", "och det beklagar vi verkligen.", "men det är nog vår leverantör som har slarvat vid packningen.", "blames supplier"),
# ou14b sv partial
("ou14b", "amount_over_cap", "en delåterbetalning på högst 259.60 SEK", "en delåterbetalning på 60 % av priset", "60 percent above 40% cap"),
("ou14b", "amount_over_cap", "Säg bara till vilket du föredrar, så ordnar vi resten.", "Tycker du att beloppet är för lågt kan vi höja det lite. Säg bara till vilket du föredrar, så ordnar vi resten.", "offers to raise above cap"),
("ou14b", "off_platform_contact", "Säg bara till vilket du föredrar", "Ring oss på 08-123 45 67 och säg vilket du föredrar", "phone number"),
("ou14b", "internal_note", "Med vänlig hälsning", "Intern: max 40 %, godkänn inte mer utan chef.\n\nMed vänlig hälsning", "policy note"),
("ou14b", "wrong_language", "Förlåt för krånglet!", "Sorry for the hassle!", "English sentence in Swedish", "en"),
("ou14b", "shouting", "Säg bara till vilket du föredrar, så ordnar vi resten.", "BESTÄM DIG NU, vi har inte hela dagen!!", "caps, pushy"),
# ou15a cs return_instructions
("ou15a", "amount_over_cap", "Jakmile vrácená konvice dorazí, peníze vám vrátíme.", "Jakmile vrácená konvice dorazí, vrátíme vám 1 100 CZK včetně poštovného.", "refund above order total 899"),
("ou15a", "invented_tracking_number", "děkujeme za zprávu.", "děkujeme za zprávu k objednávce 8193315001577051.", "wrong order id"),
("ou15a", "placeholder", "Prosíme, doplňte do sporu sledovací číslo vaší zásilky.", "Prosíme, doplňte do sporu sledovací číslo vaší zásilky: ______.", "blank slot"),
("ou15a", "wrong_language", "Budeme rádi, když u nás v budoucnu opět nakoupíte.", "Wir würden uns freuen, wenn Sie wieder bei uns einkaufen.", "German sentence in Czech", "de"),
("ou15a", "missing_required_point", "Jakmile vrácená konvice dorazí, peníze vám vrátíme. Prosíme, doplňte do sporu sledovací číslo vaší zásilky.", "Děkujeme za spolupráci.", "refund_after_return removed"),
# ou16a ro offer
("ou16a", "refund_promise", "fără niciun cost suplimentar pentru dumneavoastră?", "fără niciun cost suplimentar pentru dumneavoastră? Vă returnăm și banii pe transport, ca scuză.", "shipping refund"),
("ou16a", "invented_amount_or_date", "ca noul colet să ajungă fără probleme.", "ca noul colet să plece pe 1 decembrie.", "invented date"),
("ou16a", "off_platform_contact", "vă rugăm să ne răspundeți aici pentru confirmare", "vă rugăm să ne confirmați pe Facebook Messenger", "Messenger"),
# ou17a hu confirm
("ou17a", "invented_tracking_number", "LP00885566990CN", "LP00885566909CN", "digits swapped"),
("ou17a", "refund_promise", "Figyelemmel kísérjük az új csomag útját", "A kellemetlenségért a szállítási díjat visszatérítjük. Figyelemmel kísérjük az új csomag útját", "shipping refund"),
("ou17a", "placeholder", "Kedves Eszter!", "Kedves %VEVŐ_NEVE%!", "name placeholder"),
# ou18a da await
("ou18a", "blame", "og vi er kede af, at tandbørsten ikke lader op.", "men tandbørsten virkede, da den forlod lageret, så opladeren er nok blevet brugt forkert.", "blames buyer misuse"),
("ou18a", "internal_note", "Venlig hilsen", "(intern: bilag uploadet i sag, afvent specialist, ingen yderligere tilbud)\n\nVenlig hilsen", "internal note"),
("ou18a", "invented_amount_or_date", "Platformens tvistspecialist træffer herefter afgørelsen", "Platformens tvistspecialist træffer afgørelsen senest den 9. december", "invented date"),
("ou18a", "off_platform_contact", "er vi her stadig for at hjælpe.", "så skriv til os på kontakt@nordicsmile.dk.", "email"),
("ou18a", "missing_required_point", "Vi vil gerne fortælle dig, at vi nu har sendt vores dokumentation til platformen. ", "", "evidence_submitted removed"),
# ou19a fi escalation
("ou19a", "refund_promise", "joten kerro rohkeasti, jos voimme auttaa jotenkin.", "ja voimme hyvittää sinulle koko tilauksen heti.", "full refund not allowed"),
("ou19a", "invented_amount_or_date", "villasukkien odottaminen on venynyt liian pitkäksi", "villasukkien odottaminen on venynyt jo 45 päivään", "invented 45 days"),
("ou19a", "wrong_language", "Teemme yhteistyötä alustan riitojenratkaisijan kanssa ja toimitamme hänelle kaikki tietomme ja todisteemme.", "Vi samarbetar med plattformens tvistspecialist och lämnar in alla våra uppgifter och bevis.", "Swedish sentence in Finnish", "sv"),
("ou19a", "feedback_request", "Ystävällisin terveisin", "Olisimme kiitollisia, jos peruisit riidan, kun paketti tulee.\n\nYstävällisin terveisin", "asks to cancel dispute"),
("ou19a", "shouting", "Hei Aino,", "HEI AINO!!!", "caps"),
("ou19a", "placeholder", "Lämmin Koti team", "[Agentin nimi]\nLämmin Koti team", "agent name slot"),
# ou20a pl received
("ou20a", "amount_over_cap", "Zwrot pieniędzy zostanie teraz zrealizowany za pośrednictwem platformy.", "Zwrot pieniędzy zostanie teraz zrealizowany za pośrednictwem platformy – otrzyma Pani 280 PLN.", "refund above order total 249"),
("ou20a", "invented_tracking_number", "paczka właśnie do nas dotarła.", "paczka RR338844525PL właśnie do nas dotarła.", "return tracking altered"),
("ou20a", "blame", "Przepraszamy za kłopot z jakością", "Szkoda, że plecak był chyba za mocno obciążony, ale przepraszamy za kłopot", "blames buyer use"),
("ou20a", "feedback_request", "i mamy nadzieję, że jeszcze kiedyś zrobi Pani u nas zakupy.", "i mamy nadzieję, że jeszcze kiedyś zrobi Pani u nas zakupy. Prosimy też o zmianę negatywnej opinii, skoro wszystko się wyjaśniło.", "asks to change feedback"),
("ou20a", "internal_note", "Pozdrawiamy serdecznie,", "PS dla magazynu: sprawdzić plecak przed ponowną sprzedażą.\n\nPozdrawiamy serdecznie,", "warehouse note"),
("ou20a", "missing_required_point", "Zwrot pieniędzy zostanie teraz zrealizowany za pośrednictwem platformy.", "Dziękujemy za cierpliwość.", "refund_follows removed"),
# ou21a uk evidence
("ou21a", "refund_promise", "Перепрошуємо за такі неприємності.", "Перепрошуємо за такі неприємності — гроші ми вам повернемо в будь-якому разі.", "refund before evidence"),
("ou21a", "off_platform_contact", "надішліть, будь ласка, фотографії", "надішліть, будь ласка, у Viber фотографії", "Viber"),
("ou21a", "wrong_language", "Нам дуже шкода, що ваза прийшла розбитою.", "Нам очень жаль, что ваза пришла разбитой.", "Russian sentence in Ukrainian", "ru"),
("ou21a", "invented_amount_or_date", "одразу їх переглянемо", "переглянемо їх протягом 24 годин", "invented 24 hours"),
("ou21a", "placeholder", "Добрий день, Олено!", "Добрий день, {ім'я}!", "name placeholder"),
# ou22a el partial
("ou22a", "amount_over_cap", "μερική επιστροφή χρημάτων έως 17.40 EUR", "μερική επιστροφή χρημάτων έως 25 EUR", "above cap 17.40"),
("ou22a", "amount_over_cap", "Ποια επιλογή προτιμάτε;", "Αν το ποσό σας φαίνεται λίγο, μπορούμε να το αυξήσουμε. Ποια επιλογή προτιμάτε;", "offers to raise cap"),
("ou22a", "internal_note", "Με εκτίμηση,", "[Σημείωση: πλαφόν 30%, μην εγκρίνεις παραπάνω]\n\nΜε εκτίμηση,", "policy cap note"),
("ou22a", "blame", "και λυπούμαστε πολύ γι' αυτό.", "κάτι που συνήθως συμβαίνει όταν η τσάντα γεμίζει υπερβολικά.", "blames buyer"),
("ou22a", "invented_tracking_number", "Σας ευχαριστούμε για τις φωτογραφίες.", "Σας ευχαριστούμε για τις φωτογραφίες της παραγγελίας 8193322002277222.", "wrong order id"),
# ou23a en customs absent
("ou23a", "blame", "You're right: your espresso machine is currently being held at customs.", "You're right: your espresso machine is being held at customs - Royal Mail and UK customs are notoriously slow with anything from abroad.", "blames carrier and customs"),
("ou23a", "off_platform_contact", "and we'll update you as soon as we hear back.", "and we'll update you as soon as we hear back. For faster answers, ping us on Telegram.", "Telegram"),
("ou23a", "placeholder", "The tracking number is LP00551122449CN.", "The tracking number is LP00551122449CN, carrier: [CARRIER].", "carrier slot"),
("ou23a", "missing_required_point", "We're checking with the carrier right now to find out exactly what customs needs to release the parcel, and we'll update you as soon as we hear back.", "We know how annoying waiting can be.", "checking_clearance removed"),
# ou23b en customs absent
("ou23b", "invented_tracking_number", "(tracking number LP00551122449CN)", "(tracking number LP00551122494CN)", "tracking altered"),
("ou23b", "shouting", "Thank you for bearing with us in the meantime.", "PLEASE stop worrying and just WAIT!!", "caps, pushy"),
("ou23b", "internal_note", "Warm regards,", "Note to Sam: duties payer not set in order - ask finance before promising anything.\n\nWarm regards,", "colleague instruction"),
("ou23b", "feedback_request", "Thank you for bearing with us in the meantime.", "Thank you for bearing with us, and please don't leave a negative review while customs sorts this out.", "asks not to leave negative review"),
("ou23b", "wrong_language", "Sorry for the worry.", "Ci scusiamo per la preoccupazione.", "Italian sentence in English", "it"),
# ou24a es evidence
("ou24a", "blame", "Entendemos tu preocupación y queremos aclararlo.", "Nos extraña, porque nuestro proveedor nos garantiza que son originales; si hay un error, es cosa suya.", "blames supplier"),
("ou24a", "invented_tracking_number", "Con eso podremos revisar el caso a fondo.", "Con eso podremos revisar a fondo el pedido 8193324002477042.", "wrong order id"),
("ou24a", "invented_amount_or_date", "las revisamos y te respondemos con una solución.", "las revisamos y te respondemos antes del 30 de noviembre.", "invented date"),
# moved from a dropped second French reply, written fresh for these replies
("ou05a", "invented_amount_or_date", "Nous garderons un œil", "La livraison est prévue sous 8 jours ouvrés. Nous garderons un œil", "invented 8 working days"),
("ou16a", "wrong_language", "Ne pare foarte rău că pachetul cu setul de cuțite pare să se fi pierdut pe drum.", "Ci dispiace molto che il pacco con il set di coltelli sembri essersi perso durante il viaggio.", "Italian sentence in Romanian", "it"),
("ou17a", "feedback_request", "Üdvözlettel:", "Kérjük, addig ne írjon negatív értékelést.\n\nÜdvözlettel:", "asks not to leave negative review"),
("ou16a", "shouting", "V-ar plăcea să vă trimitem din nou produsul", "RĂSPUNDEȚI URGENT!!! V-ar plăcea să vă trimitem din nou produsul", "caps, exclamations"),
("ou24a", "missing_required_point", "¿Nos podrías enviar fotos de las marcas, las etiquetas y el número de serie de las zapatillas? Con eso podremos revisar el caso a fondo.", "Gracias por avisarnos tan rápido.", "request_evidence removed (no photos of brand markings/labels/serial asked)"),
]
