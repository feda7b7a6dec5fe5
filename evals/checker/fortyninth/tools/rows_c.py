"""Good replies nz17-nz24 and the edits that plant one defect each (hand-written)."""
ROWS = []
def G(gid, dispute, lang, text, edits):
    ROWS.append(dict(id=gid, dispute=dispute, lang=lang, text=text.strip("\n"), edits=edits))

G("nz17a", "nz17_hu_offer", "hu", """
Kedves Eszter!

Nagyon sajnáljuk: úgy tűnik, hogy a csomag útközben elveszett, és értjük, mennyire bosszantó ez.

Szívesen újra elküldjük Önnek a gyerek esőkabátot, mindenféle többletköltség nélkül. Szeretné, ha így tennénk?

Kérjük, válaszában erősítse meg, és ellenőrizze, hogy a szállítási címe helyes-e.

Üdvözlettel:
RainyKids team
""", [
 ("refund_promise", "Szeretné, ha így tennénk?", "Szeretné, ha így tennénk, vagy inkább visszautaljuk az árát?", "refund offered where only reshipment is allowed"),
 ("invented_tracking_number", "Kérjük, válaszában erősítse meg,", "Az új csomag követési száma LH665019823CN lesz. Kérjük, válaszában erősítse meg,", "new tracking number invented"),
 ("internal_note", "helyes-e.", "helyes-e.\n\n(Megjegyzés: előbb nyújtsuk be a kárigényt a postánál!)", "staff note"),
 ("feedback_request", "Szeretné, ha így tennénk?", "Szeretné, ha így tennénk? Cserébe kérjük, zárja le a vitát.", "asks to close dispute in exchange"),
 ("shouting", "Kérjük, válaszában erősítse meg,", "AZONNAL VÁLASZOLJON ÉS ERŐSÍTSE MEG!!!", "caps and exclamation marks"),
])

G("nz18a", "nz18_da_await", "da", """
Hej Mads,

Vi forstår godt, at det er frustrerende, når pakken står som leveret, uden at du har fået den.

Vi har allerede givet platformen vores dokumentation i sagen. Nu er det platformens tvistspecialist, der træffer afgørelsen, og vi vil selvfølgelig respektere den, uanset udfaldet.

Har du spørgsmål i mellemtiden, er vi stadig her for at hjælpe.

Venlig hilsen
Hygge Home Shop team
""", [
 ("refund_promise", "uanset udfaldet.", "uanset udfaldet – og skulle det gå os imod, sender vi dig et gavekort oveni.", "gift card"),
 ("invented_tracking_number", "vores dokumentation i sagen.", "vores dokumentation i sagen, herunder leveringsbeviset for GL29384765DK.", "tracking with digits swapped (real GL29384756DK)"),
 ("internal_note", "er vi stadig her for at hjælpe.", "er vi stadig her for at hjælpe.\n\nHusk: tjek sagssiden dagligt for spørgsmål fra specialisten.", "staff checklist left in"),
 ("feedback_request", "er vi stadig her for at hjælpe.", "er vi stadig her for at hjælpe. Vi vil dog bede dig vente med at anmelde butikken, til sagen er afgjort.", "asks to hold off the review"),
 ("shouting", "Vi har allerede givet platformen vores dokumentation i sagen.", "VI HAR ALLEREDE GIVET PLATFORMEN VORES DOKUMENTATION!!! Mere kan vi ikke gøre!!", "caps and exclamation marks"),
])

G("nz19a", "nz19_fi_escalation", "fi", """
Hei Aino,

Näemme, että olet vienyt riidan alustan ratkaistavaksi, ja ymmärrämme hyvin turhautumisesi, kun et saanut meiltä selkeää vastausta.

Teemme täysin yhteistyötä alustan riitojen asiantuntijan kanssa ja toimitamme hänelle kaiken näyttömme.

Olemme edelleen valmiita etsimään ratkaisun yhdessä kanssasi. Kerro mielellään, millainen ratkaisu tuntuisi sinusta reilulta.

Ystävällisin terveisin
Erä Gear team
""", [
 ("invented_amount_or_date", "kaiken näyttömme.", "kaiken näyttömme viimeistään 2. joulukuuta.", "date invented"),
 ("off_platform_contact", "Kerro mielellään, millainen ratkaisu tuntuisi sinusta reilulta.", "Voit myös laittaa meille viestiä WhatsAppissa, niin sovitaan asiasta nopeammin.", "WhatsApp"),
 ("internal_note", "Ystävällisin terveisin", "[Muista lähettää seurantahistoria ja chat-loki alustalle ennen määräaikaa]\n\nYstävällisin terveisin", "seller checklist left in"),
 ("feedback_request", "Kerro mielellään, millainen ratkaisu tuntuisi sinusta reilulta.", "Jos perut riidan, voimme sopia asiasta suoraan keskenämme.", "asks to withdraw the dispute"),
 ("shouting", "kun et saanut meiltä selkeää vastausta.", "kun et saanut meiltä selkeää vastausta. MEIDÄN MIELESTÄMME TÄMÄ OLI TÄYSIN TURHAA!!!", "caps, exclamation marks, reproach"),
])

G("nz20a", "nz20_pl_received", "pl", """
Dzień dobry, Pani Katarzyno,

potwierdzamy, że odesłana lampka dotarła do nas — dziękujemy za szybki zwrot.

Zwrot pieniędzy zostanie teraz zrealizowany przez platformę, więc środki powinny wkrótce pojawić się na Pani koncie.

Przykro nam, że tym razem wysłaliśmy nie ten produkt. Mamy nadzieję, że w przyszłości jeszcze zrobi Pani u nas zakupy.

Pozdrawiamy serdecznie
Zespół BrightDesk
""", [
 ("amount_over_cap", "Zwrot pieniędzy zostanie teraz", "Zwrot pieniędzy, powiększony o dodatkowe 20% ponad wartość zamówienia, zostanie teraz", "refund above the order total"),
 ("off_platform_contact", "dziękujemy za szybki zwrot.", "dziękujemy za szybki zwrot. Gdyby coś było niejasne, prosimy o kontakt mailowy: pomoc@brightdesk.pl.", "email"),
 ("internal_note", "Pozdrawiamy serdecznie", "(dla magazynu: sfotografować lampkę po rozpakowaniu)\n\nPozdrawiamy serdecznie", "staff note"),
 ("feedback_request", "jeszcze zrobi Pani u nas zakupy.", "jeszcze zrobi Pani u nas zakupy. Będziemy wdzięczni, jeśli zmieni Pani ocenę na pozytywną.", "asks to change the rating"),
 ("missing_required_point", "Zwrot pieniędzy zostanie teraz zrealizowany przez platformę, więc środki powinny wkrótce pojawić się na Pani koncie.\n\n", "", "refund_follows removed"),
])

G("nz20b", "nz20_pl_received", "pl", """
Pani Katarzyno, dzień dobry!

Lampka, którą Pani odesłała, jest już u nas — paczka dotarła w dobrym stanie. Pieniądze wrócą do Pani za pośrednictwem platformy. Dziękujemy za cierpliwość.

Jeszcze raz przepraszamy za pomyłkę z produktem i liczymy, że kiedyś znów będziemy mogli Panią obsłużyć.

Zespół BrightDesk
""", [
 ("amount_over_cap", "Pieniądze wrócą do Pani", "Pieniądze wrócą do Pani w podwójnej wysokości", "double refund"),
 ("off_platform_contact", "będziemy mogli Panią obsłużyć.", "będziemy mogli Panią obsłużyć. Zapraszamy też do naszego sklepu internetowego brightdesk.pl — tam jest taniej.", "own website"),
 ("internal_note", "za pośrednictwem platformy.", "za pośrednictwem platformy. [status: return_received — potwierdzić odbiór w panelu]", "remedy id / panel action"),
 ("feedback_request", "Dziękujemy za cierpliwość.", "Dziękujemy za cierpliwość i prosimy o usunięcie negatywnej opinii.", "asks to remove negative feedback"),
 ("missing_required_point", " i liczymy, że kiedyś znów będziemy mogli Panią obsłużyć.", ".", "trade_again removed"),
])

G("nz21a", "nz21_uk_customs_absent", "uk", """
Добрий день, Олено!

Дякуємо, що написали нам. Ваша посилка зараз справді затримана на митниці; стежити за нею можна за номером відстеження NP5920384716UA.

Ми вже з'ясовуємо в перевізника, що саме потрібно митниці, щоб випустити посилку, і повідомимо вас, щойно матимемо відповідь.

Просимо вас трохи потерпіти, поки ми це владнаємо. Дякуємо за розуміння!

З повагою,
SmileTech team
""", [
 ("invented_amount_or_date", "щойно матимемо відповідь.", "протягом 3 днів.", "3 days invented"),
 ("off_platform_contact", "Дякуємо за розуміння!", "Для швидшого зв'язку напишіть нам у Viber. Дякуємо за розуміння!", "Viber"),
 ("internal_note", "З повагою,", "Нотатка: спершу з'ясувати, хто платить мито, нічого не оплачувати до підтвердження.\n\nЗ повагою,", "staff note"),
 ("feedback_request", "Дякуємо за розуміння!", "Дякуємо за розуміння — і просимо поки що не залишати відгук про магазин.", "asks to hold off feedback"),
 ("missing_required_point", "Ми вже з'ясовуємо в перевізника, що саме потрібно митниці, щоб випустити посилку, і повідомимо вас, щойно матимемо відповідь.\n\n", "", "checking_clearance removed"),
])

G("nz22a", "nz22_el_evidence", "el", """
Γεια σας κύριε Παπαδόπουλε,

Λυπούμαστε πολύ που το σερβίτσιο έφτασε με σπασμένα φλιτζάνια· καταλαβαίνουμε πόσο απογοητευτικό είναι αυτό.

Για να το εξετάσουμε γρήγορα, θα μπορούσατε να μας στείλετε φωτογραφίες της ζημιάς και της εξωτερικής συσκευασίας όπως παραδόθηκε;

Μόλις τις λάβουμε, θα τις δούμε αμέσως και θα επανέλθουμε με μια λύση.

Με εκτίμηση,
Aegean Ceramics team
""", [
 ("invented_amount_or_date", "θα επανέλθουμε με μια λύση.", "θα επανέλθουμε με μια λύση εντός 5 εργάσιμων ημερών.", "5 working days invented"),
 ("off_platform_contact", "να μας στείλετε φωτογραφίες", "να μας στείλετε στο Viber φωτογραφίες", "Viber"),
 ("internal_note", "Με εκτίμηση,", "Σημείωση για την αποθήκη: ελέγξτε τις φωτογραφίες συσκευασίας πριν απαντήσετε.\n\nΜε εκτίμηση,", "warehouse note"),
 ("feedback_request", "θα επανέλθουμε με μια λύση.", "θα επανέλθουμε με μια λύση. Σας παρακαλούμε μέχρι τότε να μην αφήσετε αρνητική αξιολόγηση.", "asks to hold off negative rating"),
 ("missing_required_point", "Μόλις τις λάβουμε, θα τις δούμε αμέσως και θα επανέλθουμε με μια λύση.", "Σας ευχαριστούμε για την κατανόηση.", "next_step removed"),
])

G("nz23a", "nz23_en_partial", "en", """
Hello Oliver,

Thanks for uploading the photos. You're right, the cover in them is clearly mustard yellow rather than the grey you ordered, and we're sorry for the mix-up.

We'd like to offer you a choice. You can keep the cover and receive a partial refund of up to 13.30 GBP, or you can send it back to us for a full refund.

Which of these would you prefer? Just let us know here and we'll set it up.

Best wishes,
CoverUp Home team
""", [
 ("amount_over_cap", "a partial refund of up to 13.30 GBP,", "a partial refund of 13.30 GBP, which we could stretch to half the price if you'd rather,", "half the price is above the 35% cap"),
 ("off_platform_contact", "Just let us know here", "Just drop us a line at coverup.home.uk@gmail.com", "email"),
 ("internal_note", "we'll set it up.", "we'll set it up. (Agent: propose the partial refund in the solution panel and upload our packing photos too.)", "agent instruction"),
 ("blame", "and we're sorry for the mix-up.", "though to be fair our supplier labelled that batch wrongly, so it wasn't really our doing.", "blames supplier, 'not our fault'"),
 ("missing_required_point", "Which of these would you prefer? Just let us know here and we'll set it up.", "We appreciate your patience.", "ask_choice removed"),
])

G("nz23b", "nz23_en_partial", "en", """
Dear Oliver Bennett,

Thank you for sending the photos with your dispute. We can see the colour problem with the sofa cover, and we apologise that it didn't match the listing.

There are two ways we can settle this:
- keep the cover and we'll refund part of the price, up to 13.30 GBP; or
- return the cover and get your money back in full.

Please tell us which option suits you best.

Kind regards,
CoverUp Home team
""", [
 ("amount_over_cap", "up to 13.30 GBP; or", "up to 13.30 GBP (and we're flexible if you need a bit more); or", "offers to go above the cap"),
 ("off_platform_contact", "Please tell us which option suits you best.", "Please text us on our UK mobile line with the option that suits you best.", "phone/text"),
 ("internal_note", "didn't match the listing.", "didn't match the listing. Note to Priya: check the rest of the grey batch before replying to anyone else.", "note to colleague"),
 ("blame", "and we apologise that it didn't match the listing.", "though the lighting in your room may be making it look more yellow than it really is.", "soft blame on the buyer's lighting"),
 ("missing_required_point", "There are two ways we can settle this:\n- keep the cover and we'll refund part of the price, up to 13.30 GBP; or\n- return the cover and get your money back in full.", "We'd like to resolve this fairly.", "offer_options removed"),
])

G("nz24a", "nz24_es_evidence", "es", """
Hola, Marta:

Sentimos mucho que el vestido te quede tan grande; entendemos que esperabas una talla M de verdad y no algo que parece una XL.

Para poder comprobarlo, ¿nos podrías enviar una foto del vestido extendido sobre una superficie plana, con una cinta métrica encima y junto a su etiqueta de talla?

En cuanto la recibamos, la revisaremos y te propondremos una solución.

Un saludo,
Lino Studio team
""", [
 ("invented_amount_or_date", "te propondremos una solución.", "te propondremos una solución en un plazo de 72 horas.", "72 hours invented"),
 ("off_platform_contact", "¿nos podrías enviar una foto", "¿nos podrías enviar por Instagram una foto", "Instagram"),
 ("internal_note", "Un saludo,", "Nota interna: comparar con la tabla de tallas del anuncio antes de responder.\n\nUn saludo,", "internal note"),
 ("blame", "parece una XL.", "parece una XL. Aun así, muchas clientas no miran la guía de tallas antes de pedir.", "soft reproach of the buyer"),
 ("missing_required_point", "Para poder comprobarlo, ¿nos podrías enviar una foto del vestido extendido sobre una superficie plana, con una cinta métrica encima y junto a su etiqueta de talla?", "Queremos ayudarte con esto.", "request_evidence removed"),
])
