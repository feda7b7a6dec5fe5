# Hand-written replies, disputes 19-26.
R = []
def G(gid, dno, msg, edits): R.append((gid, dno, msg.strip("\n"), edits))

G("c19a", 19, """Kedves Balázs!

Köszönjük, hogy beleegyezett a bögrék újbóli elküldésébe, és elnézést kérünk a kellemetlenségért. A csomagot már útnak indítottuk, az új nyomkövetési szám: LP00195530718CN.

Figyelemmel kísérjük az új küldeményt, és itt, az üzenetek között értesítjük, ha bármi változás van.

Üdvözlettel:
A Pipacs Bolt csapata""", [
 ("invented_tracking_number", "az új nyomkövetési szám: LP00195530718CN.", "az új nyomkövetési szám: LP00195530781CN."),
 ("feedback_request", "ha bármi változás van.", "ha bármi változás van. Ha megérkezett, egy pozitív értékelésnek nagyon örülnénk."),
 ("placeholder", "az új nyomkövetési szám: LP00195530718CN.", "az új nyomkövetési szám: LP00195530718CN. Várható kézbesítés: {delivery_date}."),
 ("blame", "elnézést kérünk a kellemetlenségért.", "elnézést kérünk a kellemetlenségért. Az első csomagot sajnos a Magyar Posta hagyta el valahol."),
 ("missing_required_point", "\n\nFigyelemmel kísérjük az új küldeményt, és itt, az üzenetek között értesítjük, ha bármi változás van.", "", "keep_updated removed"),
])

G("c20a", 20, """Καλησπέρα σας, κυρία Παπαδοπούλου,

Σας ενημερώνουμε ότι παραλάβαμε την τσάντα που μας επιστρέψατε.

Η επιστροφή των χρημάτων σας θα ακολουθήσει τώρα μέσω της πλατφόρμας.

Λυπούμαστε που η τσάντα δεν ήταν αυτό που περιμένατε και ελπίζουμε να συνεργαστούμε ξανά στο μέλλον.

Με εκτίμηση,
Η ομάδα του Καταστήματος Ελιά""", [
 ("refund_promise", "μέσω της πλατφόρμας.", "μέσω της πλατφόρμας, και επιπλέον θα σας στείλουμε ένα κουπόνι έκπτωσης για την επόμενη αγορά σας."),
 ("shouting", "παραλάβαμε την τσάντα", "ΠΑΡΑΛΑΒΑΜΕ ΤΗΝ ΤΣΑΝΤΑ"),
 ("off_platform_contact", "ξανά στο μέλλον.", "ξανά στο μέλλον. Για οτιδήποτε άλλο, στείλτε μας email στο info@elia-shop.gr."),
 ("internal_note", "\n\nΜε εκτίμηση,", "\n\n(Νίκο, επιβεβαίωσε την παραλαβή στο σύστημα για να αποδεσμευτεί η επιστροφή)\n\nΜε εκτίμηση,"),
 ("wrong_language", "Σας ενημερώνουμε ότι παραλάβαμε την τσάντα που μας επιστρέψατε.\n\nΗ επιστροφή των χρημάτων σας θα ακολουθήσει τώρα μέσω της πλατφόρμας.",
  "We are writing to let you know that we have received the bag you returned.\n\nYour refund will now follow through the platform.", "first two points in English", "en"),
 ("invented_amount_or_date", "Η επιστροφή των χρημάτων σας θα", "Η επιστροφή των χρημάτων σας, ύψους 52 ευρώ, θα"),
])

G("c21a", 21, """Hej Mads,

Tak for din besked. Vi kan se, at din pakke med sporingsnummer UZ305914726CN i øjeblikket er tilbageholdt i tolden.

Vi er ved at undersøge med fragtfirmaet, hvad tolden skal bruge for at frigive pakken, og vi vender tilbage, så snart vi ved mere.

Vi beder dig om lidt tålmodighed imens.

Venlig hilsen
Holdet bag Havgus Shop""", [
 ("refund_promise", "Vi beder dig om lidt tålmodighed imens.", "Vi beder dig om lidt tålmodighed imens – og trækker det ud, sender vi bare en ny jakke uden beregning."),
 ("invented_amount_or_date", "Vi beder dig om lidt tålmodighed imens.", "Vi beder dig om lidt tålmodighed de næste 8 hverdage."),
 ("blame", "er tilbageholdt i tolden.", "er tilbageholdt i tolden – den danske told er desværre kendt for at være alt for langsom med pakker udefra."),
 ("missing_required_point", "\n\nVi er ved at undersøge med fragtfirmaet, hvad tolden skal bruge for at frigive pakken, og vi vender tilbage, så snart vi ved mere.", "", "checking_clearance removed"),
 ("invented_tracking_number", "sporingsnummer UZ305914726CN", "sporingsnummer UZ305914762CN"),
 ("wrong_language", "Vi er ved at undersøge med fragtfirmaet, hvad tolden skal bruge for at frigive pakken, og vi vender tilbage, så snart vi ved mere.\n\nVi beder dig om lidt tålmodighed imens.",
  "Wir klären gerade mit dem Versanddienstleister, was der Zoll für die Freigabe braucht, und melden uns, sobald wir mehr wissen.\n\nWir bitten dich bis dahin um etwas Geduld.", "two of three points in German", "de"),
])

G("c22a", 22, """Hei Aino,

Ikävä kuulla, että takki on liian pieni – pahoittelemme harmia.

Jotta voimme tarkistaa asian, voisitko lähettää kuvan, jossa takki on levitettynä tasaiselle alustalle, mittanauha sen poikki, ja kokolappu näkyy vieressä?

Katsomme kuvan heti, kun se saapuu, ja palaamme asiaan ratkaisun kanssa.

Ystävällisin terveisin,
Revontuli Kaupan tiimi""", [
 ("refund_promise", "pahoittelemme harmia.", "pahoittelemme harmia. Lähetämme sinulle joka tapauksessa isomman koon veloituksetta."),
 ("off_platform_contact", "voisitko lähettää kuvan", "voisitko lähettää WhatsAppilla kuvan"),
 ("shouting", "Katsomme kuvan heti", "KATSOMME KUVAN HETI"),
 ("placeholder", "Hei Aino,", "Hei <etunimi>,"),
 ("internal_note", "kokolappu näkyy vieressä?", "kokolappu näkyy vieressä? Muistiinpano tiimille: kokotaulukko pitää päivittää, näitä valituksia tulee koko ajan."),
 ("feedback_request", "ja palaamme asiaan ratkaisun kanssa.", "ja palaamme asiaan ratkaisun kanssa. Toivottavasti jätät meille lopuksi hyvän arvion!"),
])

G("c23a", 23, """Hola, Lucía:

Lamentamos mucho que las copas hayan llegado rotas; entendemos el disgusto.

Para poder revisarlo, ¿nos podrías enviar fotos de las copas dañadas y también de la caja exterior tal y como te llegó?

En cuanto las recibamos, las revisamos y te proponemos una solución.

Un saludo,
Equipo de Bazar Las Palmas""", [
 ("refund_promise", "entendemos el disgusto.", "entendemos el disgusto. Te mandamos otro juego de copas sin coste, no te preocupes por nada."),
 ("blame", "Lamentamos mucho que las copas hayan llegado rotas;", "Lamentamos mucho que Correos haya vuelto a tratar a golpes un paquete marcado como frágil;"),
 ("invented_amount_or_date", "En cuanto las recibamos,", "En cuanto las recibamos, en un plazo máximo de 72 horas,"),
 ("wrong_language", "Para poder revisarlo, ¿nos podrías enviar fotos de las copas dañadas y también de la caja exterior tal y como te llegó?\n\nEn cuanto las recibamos, las revisamos y te proponemos una solución.",
  "Para podermos analisar, poderia nos enviar fotos das taças danificadas e também da caixa externa do jeito que chegou?\n\nAssim que recebermos, vamos analisar e propor uma solução.", "evidence request and next step in Portuguese", "pt"),
 ("internal_note", "tal y como te llegó?", "tal y como te llegó? (recordar: pedir al almacén el vídeo de embalaje de este pedido)"),
 ("missing_required_point", "\n\nPara poder revisarlo, ¿nos podrías enviar fotos de las copas dañadas y también de la caja exterior tal y como te llegó?", "", "request_evidence removed"),
])

G("c24a", 24, """Grüß Gott, Herr Gruber,

Ihre Thermoskanne ist nach wie vor auf dem Weg zu Ihnen. Unter der Sendungsnummer LP00662819047CN können Sie jeden Schritt mitverfolgen.

Wir möchten Sie bitten, den Streitfall vorerst zu schließen. Im Gegenzug verlängern wir Ihren Käuferschutz um 25 Tage – damit bleiben Sie voll abgesichert, bis das Paket bei Ihnen ist.

Danke für Ihre Geduld und freundliche Grüße
Ihr Team von Alpenblick Versand""", [
 ("off_platform_contact", "Danke für Ihre Geduld", "Bei Fragen erreichen Sie uns auch direkt über unseren eigenen Webshop alpenblick-versand.at.\n\nDanke für Ihre Geduld"),
 ("invented_tracking_number", "Sendungsnummer LP00662819047CN", "Sendungsnummer LP00662819074CN"),
 ("shouting", "den Streitfall vorerst zu schließen.", "den Streitfall vorerst zu SCHLIESSEN."),
 ("feedback_request", "bis das Paket bei Ihnen ist.", "bis das Paket bei Ihnen ist. Über eine positive Bewertung nach der Zustellung würden wir uns sehr freuen."),
 ("missing_required_point", " Im Gegenzug verlängern wir Ihren Käuferschutz um 25 Tage – damit bleiben Sie voll abgesichert, bis das Paket bei Ihnen ist.", "", "extend_protection removed"),
 ("placeholder", "\nIhr Team von Alpenblick Versand", "\nIhr Team von [SHOPNAME]"),
])

G("c25a", 25, """Hi Marcus,

Thanks for uploading the photos and the video. We can clearly see the crack through the drawer and the split corner, and we're sorry the organizer reached you like that.

Here's what we can offer:
- Keep the organizer and receive a partial refund of up to 19.20 USD, or
- Send it back to us for a full refund.

Let us know which one works better for you.

Best,
Copperleaf Goods team""", [
 ("amount_over_cap", "up to 19.20 USD", "up to 32.00 USD"),
 ("amount_over_cap", "receive a partial refund of up to 19.20 USD", "receive a partial refund of 40% of the price", "40% of the price is above the 30% cap"),
 ("placeholder", "Hi Marcus,", "Hi {{buyer.first_name}},"),
 ("internal_note", "Let us know which one works better for you.", "Let us know which one works better for you. [Dana: if he picks the return, check the label is prepaid before it goes out]"),
 ("off_platform_contact", "Let us know which one works better for you.", "Shoot us a message on Facebook Messenger to let us know which one works better for you."),
 ("invented_amount_or_date", "Send it back to us for a full refund.", "Send it back to us by November 30 for a full refund."),
])
G("c25b", 25, """Marcus, thank you for the photos and video you sent - they show the cracked drawer and the damaged corner very clearly. I'm sorry this happened to your order.

We'd like to make it right in whichever way suits you. You can keep the organizer and we'll refund part of the price, up to 19.20 USD. Or, if you'd rather not keep a damaged piece, you can return it and we'll refund you in full.

Which option would you prefer?

Copperleaf Goods team""", [
 ("amount_over_cap", "up to 19.20 USD.", "up to 25.00 USD, which should more than cover a new drawer."),
 ("amount_over_cap", "we'll refund part of the price, up to 19.20 USD.", "we'll still refund you the full 64.00 USD.", "full refund while keeping the item"),
 ("blame", "I'm sorry this happened to your order.", "I'm sorry this happened - USPS obviously dropped or crushed the box somewhere along the way."),
 ("shouting", "Which option would you prefer?", "WHICH OPTION WOULD YOU PREFER?"),
 ("feedback_request", "Which option would you prefer?", "Which option would you prefer? Once it's resolved, we'd really appreciate it if you could update your review of us."),
 ("missing_required_point", " Or, if you'd rather not keep a damaged piece, you can return it and we'll refund you in full.", "", "offer_options: the return-for-full-refund option removed"),
])

G("c26a", 26, """Bonjour Camille,

Merci pour vos photos. On voit bien que le rose est beaucoup plus soutenu que sur l'annonce et que la broderie n'est pas la bonne ; nous en sommes désolés.

Deux solutions s'offrent à vous : garder la robe avec un remboursement partiel pouvant aller jusqu'à 13.00 EUR, ou nous la renvoyer pour être remboursée intégralement.

Laquelle préférez-vous ?

Bien cordialement,
L'équipe Atelier Mistral""", [
 ("amount_over_cap", "jusqu'à 13.00 EUR", "jusqu'à 26.00 EUR, soit la moitié du prix"),
 ("amount_over_cap", "avec un remboursement partiel pouvant aller jusqu'à 13.00 EUR", "avec un remboursement partiel de 30 % du prix", "30% of the price is above the 25% cap (13.00 EUR)"),
 ("refund_promise", "Laquelle préférez-vous ?", "Dans les deux cas, nous glissons un petit foulard en cadeau. Laquelle préférez-vous ?"),
 ("wrong_language", "Deux solutions s'offrent à vous : garder la robe avec un remboursement partiel pouvant aller jusqu'à 13.00 EUR, ou nous la renvoyer pour être remboursée intégralement.\n\nLaquelle préférez-vous ?",
  "You have two options: keep the dress with a partial refund of up to 13.00 EUR, or send it back to us for a full refund.\n\nWhich one do you prefer?", "options and question in English", "en"),
 ("internal_note", "nous en sommes désolés.", "nous en sommes désolés. (pour Léa : vérifier le lot de teinture avant d'envoyer)"),
 ("shouting", "Laquelle préférez-vous ?", "Laquelle préférez-vous ??? Merci de répondre RAPIDEMENT."),
])
G("c26b", 26, """Camille, bonjour,
Toutes nos excuses pour cette robe qui ne correspond pas à l'annonce, et merci d'avoir pris le temps de nous envoyer des photos.
Vous pouvez la garder, et nous vous remboursons alors une partie du prix, au maximum 13.00 EUR ; ou bien la retourner, et vous êtes remboursée en totalité.
Dites-nous ce qui vous convient le mieux.
L'équipe Atelier Mistral""", [
 ("amount_over_cap", "au maximum 13.00 EUR", "au maximum 18.00 EUR"),
 ("off_platform_contact", "Dites-nous ce qui vous convient le mieux.", "Dites-nous ce qui vous convient le mieux via le formulaire de notre site atelier-mistral.fr."),
 ("invented_tracking_number", "de nous envoyer des photos.", "de nous envoyer des photos ; nous avons aussi revérifié le suivi LP00108826435CN."),
 ("blame", "qui ne correspond pas à l'annonce,", "qui ne correspond pas à l'annonce – notre fournisseur nous a livré le mauvais lot de teinture sans prévenir –"),
 ("placeholder", "\nL'équipe Atelier Mistral", "\n[Signature]"),
])
