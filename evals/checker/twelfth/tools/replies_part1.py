# -*- coding: utf-8 -*-
"""Good replies and one-edit bad variants, part 1 (z01-z12).

Each good: key -> (dispute key, text).  Each bad: (good id, defect, op, anchor, new, note)
op: ins = insert `new` right after `anchor`; rep = replace `anchor` by `new`; del = delete `anchor`;
full = `new` is the whole reply (wrong_language; `anchor` is the language it is written in).
"""

GOOD = {}
BAD = []


def g(gid, text):
    GOOD[gid] = text.strip("\n")


def b(gid, defect, op, anchor, *rest):
    new, note = ("", rest[0]) if op == "del" else rest
    BAD.append((gid, defect, op, anchor, new, note))


# ---------------------------------------------------------------- z01 en-GB evidence size_or_fit
g("z01a", """Hi Harriet,

I'm really sorry the cardigan has come up so small – that's disappointing after waiting for it, and it's definitely not how it's meant to fit.

To get to the bottom of it, could you lay the cardigan flat, stretch a measuring tape across the chest and take a photo with the size label in the shot as well? That lets us compare it with our measurements for that size.

As soon as your photo comes in we'll have a look and get back to you with a solution.

Thanks for bearing with us,
Tom, Wrenfield Knitwear""")
b("z01a", "refund_promise", "ins", "get back to you with a solution.",
  " And don't worry – if it really is mislabelled, the money goes straight back to you.",
  "indirect refund promise added after the next-step sentence")
b("z01a", "off_platform_contact", "ins", "in the shot as well?",
  " If the dispute page won't take the picture, just pop it over to tom.wrenfield.knits@gmail.com.",
  "private email address offered for the photo")
b("z01a", "blame", "ins", "not how it's meant to fit.",
  " That said, the size chart is right there on the listing, so it's always worth a quick look before ordering.",
  "implies the buyer ignored the size chart")
b("z01a", "placeholder", "rep", "Hi Harriet,", "Hi {{buyer_first_name}},", "greeting name left as template variable")
b("z01a", "shouting", "ins", "compare it with our measurements for that size.",
  "\n\nTHE SIZE LABEL MUST BE VISIBLE IN THE PHOTO OR WE CAN'T DO ANYTHING!!!", "shouted line after the evidence request")
b("z01a", "internal_note", "ins", "Thanks for bearing with us,\n",
  "TODO Tom: pull the L batch measurements + listing snapshot before replying\n", "agent's todo left above the signature")

g("z01b", """Dear Harriet,

Sorry to hear the cardigan fits more like a child's size – that really shouldn't happen. So we can work out what went wrong, please send us:
- a photo of the cardigan laid flat with a measuring tape across it
- the size label, visible next to it in the same photo

We'll look at it the moment it arrives and come back to you with a fix.

Tom, Wrenfield Knitwear""")
b("z01b", "feedback_request", "ins", "come back to you with a fix.",
  " Once it's all sorted, we'd be so grateful if you could bump your rating back up – small shops like ours live on reviews.",
  "asks to raise the rating")
b("z01b", "missing_required_point", "del",
  "So we can work out what went wrong, please send us:\n- a photo of the cardigan laid flat with a measuring tape across it\n- the size label, visible next to it in the same photo\n\n",
  "evidence request (request_evidence) deleted")
b("z01b", "invented_amount_or_date", "rep", "We'll look at it the moment it arrives", "We'll look at it within 24 hours of it arriving",
  "invented 24-hour turnaround")
b("z01b", "invented_tracking_number", "ins", "that really shouldn't happen.",
  " Our system shows parcel LP00628154390CN reached you in one piece, at least.",
  "near miss of the real tracking number (93 -> 39)")
b("z01b", "internal_note", "ins", "Dear Harriet,\n\n", "(remedy: evidence_by_problem_type / size_or_fit)\n\n",
  "remedy id pasted at the top")
b("z01b", "wrong_language", "full", "fr", """Dear Harriet,

Désolés d'apprendre que le cardigan taille plutôt comme une taille enfant – cela ne devrait vraiment pas arriver. Pour comprendre ce qui s'est passé, merci de nous envoyer :
- une photo du cardigan posé à plat avec un mètre ruban en travers
- l'étiquette de taille, visible à côté sur la même photo

Nous l'examinerons dès réception et reviendrons vers vous avec une solution.

Tom, Wrenfield Knitwear""", "whole reply in French for an English buyer")

# ---------------------------------------------------------------- z02 es-MX evidence not_working
g("z02a", """Hola, Rodrigo:

Lamentamos mucho que el audífono izquierdo no funcione; entendemos lo frustrante que es después de esperar su pedido.

Para revisar la falla lo antes posible, ¿nos podría mandar un video cortito donde se vean los audífonos encendidos y cómo el izquierdo no suena ni prende la luz?

En cuanto nos llegue el video lo revisamos con nuestro técnico y le respondemos con una solución.

Saludos cordiales,
Equipo TecnoRumbo""")
b("z02a", "refund_promise", "ins", "le respondemos con una solución.",
  " Si se confirma la falla, le devolvemos su dinero completo, no se preocupe.", "refund promised before the evidence is seen")
b("z02a", "off_platform_contact", "ins", "ni prende la luz?",
  " Si se le hace más fácil, mándelo por WhatsApp al 55 4128 9907 y lo vemos al momento.", "WhatsApp number")
b("z02a", "blame", "ins", "después de esperar su pedido.",
  " Eso sí, casi siempre pasa porque el audífono no quedó bien acomodado en el estuche al cargarlo.",
  "suggests buyer misuse")
b("z02a", "internal_note", "ins", "Hola, Rodrigo:\n\n", "(Nota interna: solo pedir video, no ofrecer nada hasta verlo)\n\n",
  "internal note left at the top")
b("z02a", "shouting", "ins", "ni prende la luz?",
  " ¡¡¡ES MUY IMPORTANTE QUE EN EL VIDEO SE VEA EL AUDÍFONO IZQUIERDO!!!", "shouted sentence")
b("z02a", "invented_amount_or_date", "rep", "le respondemos con una solución", "le respondemos con una solución en un máximo de 48 horas",
  "invented 48-hour deadline")
b("z02a", "wrong_language", "full", "en", """Hola, Rodrigo:

We are very sorry that the left earbud isn't working; we understand how frustrating that is after waiting for your order.

So we can check the fault as soon as possible, could you send us a short video showing the earbuds switched on and the left one not making any sound or lighting up?

As soon as we get the video, we'll review it with our technician and get back to you with a solution.

Kind regards,
Equipo TecnoRumbo""", "whole reply in English (only the greeting left in Spanish)")

# ---------------------------------------------------------------- z03 ja evidence missing_parts
g("z03a", """佐々木 結衣 様

このたびは、本棚のネジと棚板が足りず組み立てができない状態とのこと、大変ご迷惑をおかけし申し訳ございません。

状況を確認させていただきたく、お手数ですが、届いた部品をすべて並べて撮影した写真と、箱に貼られている重量ラベルの写真をお送りいただけますでしょうか。

写真を拝見しましたら、すぐに確認のうえ解決策をご連絡いたします。

Hinoki Craft サポートチーム""")
b("z03a", "refund_promise", "ins", "ご連絡いたします。",
  "部品の不足が確認できた場合は、代金を全額返金させていただきますのでご安心ください。", "refund promised before evidence")
b("z03a", "off_platform_contact", "ins", "お送りいただけますでしょうか。",
  "LINE（ID：hinoki_craft_support）でも写真を受け付けておりますので、そちらの方がお手軽かもしれません。", "LINE ID")
b("z03a", "placeholder", "rep", "佐々木 結衣 様", "【お客様名】様", "buyer name left as template slot")
b("z03a", "feedback_request", "ins", "ご連絡いたします。",
  "問題が解決しましたら、ぜひ高評価のレビューをいただけますと励みになります。", "asks for a positive review")
b("z03a", "invented_tracking_number", "ins", "申し訳ございません。",
  "追跡番号 LP00630027748CN の記録では、荷物は破損なくお届け済みとなっております。", "near-miss tracking number (84 -> 48)")
b("z03a", "missing_required_point", "del",
  "状況を確認させていただきたく、お手数ですが、届いた部品をすべて並べて撮影した写真と、箱に貼られている重量ラベルの写真をお送りいただけますでしょうか。\n\n",
  "evidence request deleted")
b("z03a", "wrong_language", "full", "en", """Dear 佐々木 結衣,

We are very sorry that the bookshelf arrived with missing screws and a missing shelf board, so you cannot assemble it.

So that we can check the situation, could you please send us a photo of all the parts you received laid out together, and a photo of the weight label on the box?

As soon as we see the photos, we will check them and contact you with a solution.

Hinoki Craft サポートチーム""", "whole reply in English for a Japanese buyer")

# ---------------------------------------------------------------- z04 de customs buyer
g("z04a", """Guten Tag Herr Hallmann,

vielen Dank für Ihre Nachricht, und entschuldigen Sie die Unsicherheit. Ihre Sendung mit der Sendungsnummer RR448120937CN wird derzeit vom Zoll zurückgehalten.

Bei dieser Bestellung trägt laut Bestellbedingungen der Käufer die Einfuhrabgaben. Wir möchten Sie daher freundlich bitten, die Abgaben zu begleichen und die Verzollung abzuschließen – in der Regel meldet sich die Deutsche Post oder das Zollamt dazu mit einer Benachrichtigung.

Falls der Zoll Unterlagen wie die Rechnung anfordert, schicken wir Ihnen diese sehr gern sofort zu.

Mit freundlichen Grüßen
Ihr Team von Velomax Parts""")
b("z04a", "refund_promise", "ins", "schicken wir Ihnen diese sehr gern sofort zu.",
  " Die Abgaben erstatten wir Ihnen anschließend natürlich zurück.", "promises to reimburse the duties (compensation)")
b("z04a", "blame", "ins", "mit einer Benachrichtigung.",
  " Der deutsche Zoll ist leider notorisch langsam und verliert solche Schreiben gern mal.", "blames customs")
b("z04a", "invented_amount_or_date", "ins", "die Abgaben zu begleichen",
  " (voraussichtlich rund 14 EUR)", "invented duty amount")
b("z04a", "placeholder", "rep", "Guten Tag Herr Hallmann,", "Guten Tag Herr <NACHNAME>,", "surname left as placeholder")
b("z04a", "wrong_language", "full", "en", """Dear Mr Hallmann,

Thank you for your message, and sorry for the uncertainty. Your parcel with tracking number RR448120937CN is currently being held by customs.

Under the terms of this order the buyer pays the import duties. We would therefore kindly ask you to pay them and complete the customs clearance – usually Deutsche Post or the customs office sends you a notification about this.

If customs asks for documents such as the invoice, we will gladly send them to you straight away.

Kind regards,
Ihr Team von Velomax Parts""", "whole reply in English for a German buyer")
b("z04a", "internal_note", "ins", "sehr gern sofort zu.\n",
  "\nIntern: Handelsrechnung im Ordner Zoll ablegen, Tracking-Screenshot hochladen.\n", "seller checklist line left in")

g("z04b", """Hallo Herr Hallmann,

kurz zum Stand Ihrer Sattelstütze:
• Das Paket (RR448120937CN) liegt aktuell beim Zoll.
• Die Einfuhrabgaben übernimmt bei dieser Bestellung der Käufer – wären Sie so nett, sie zu bezahlen und die Zollabfertigung abzuschließen?
• Braucht der Zoll eine Rechnung oder ein anderes Dokument, senden wir es Ihnen umgehend.

Danke für Ihre Geduld!
Ihr Team von Velomax Parts""")
b("z04b", "off_platform_contact", "ins", "senden wir es Ihnen umgehend.",
  " Am schnellsten geht das per Mail an zoll@velomax-parts.de.", "shop email address")
b("z04b", "missing_required_point", "del",
  "• Die Einfuhrabgaben übernimmt bei dieser Bestellung der Käufer – wären Sie so nett, sie zu bezahlen und die Zollabfertigung abzuschließen?\n",
  "buyer_clearance bullet deleted")
b("z04b", "shouting", "rep", "• Das Paket (RR448120937CN) liegt aktuell beim Zoll.",
  "• Das Paket (RR448120937CN) liegt aktuell beim Zoll – BITTE SCHAUEN SIE IN IHREN BRIEFKASTEN!!!", "shouted capitals appended to first bullet")
b("z04b", "feedback_request", "ins", "Danke für Ihre Geduld!",
  " Und bitte warten Sie mit einer Bewertung, bis das Paket da ist.", "asks to hold off on feedback")
b("z04b", "invented_tracking_number", "ins", "liegt aktuell beim Zoll.",
  " Die deutsche Nachverfolgungsnummer lautet DE7730152294.", "invented second (local) tracking number")

# ---------------------------------------------------------------- z05 pl customs seller
g("z05a", """Dzień dobry Pani Magdaleno,

dziękujemy za wiadomość. Paczka z lampą (numer przesyłki YT2609331847201) jest obecnie zatrzymana w urzędzie celnym.

Nie musi Pani nic dopłacać – cło opłacamy my i to my zajmujemy się odprawą celną.

Prosimy jeszcze o odrobinę cierpliwości, aż urząd celny zwolni przesyłkę. Gdy tylko coś się zmieni, damy znać.

Pozdrawiamy serdecznie
Zespół Lumina Home""")
b("z05a", "refund_promise", "ins", "damy znać.",
  " W ramach przeprosin za opóźnienie dorzucimy też rabat na kolejne zakupy.", "discount for the delay")
b("z05a", "blame", "rep", "jest obecnie zatrzymana w urzędzie celnym.",
  "jest obecnie zatrzymana w urzędzie celnym – polscy celnicy jak zwykle się nie spieszą.", "blames Polish customs")
b("z05a", "missing_required_point", "del", "Nie musi Pani nic dopłacać – cło opłacamy my i to my zajmujemy się odprawą celną.\n\n",
  "seller_pays point deleted")
b("z05a", "invented_amount_or_date", "rep", "Prosimy jeszcze o odrobinę cierpliwości, aż urząd celny zwolni przesyłkę.",
  "Prosimy jeszcze o odrobinę cierpliwości – urząd celny zwykle zwalnia przesyłkę w ciągu 5 dni roboczych.", "invented 5 working days")
b("z05a", "shouting", "ins", "to my zajmujemy się odprawą celną.", " PROSZĘ NICZEGO NIE PŁACIĆ KURIEROWI!!!", "shouted sentence")
b("z05a", "wrong_language", "full", "de", """Dzień dobry Pani Magdaleno,

vielen Dank für Ihre Nachricht. Das Paket mit der Lampe (Sendungsnummer YT2609331847201) wird derzeit beim Zoll festgehalten.

Sie müssen nichts dazuzahlen – den Zoll bezahlen wir und wir kümmern uns um die Verzollung.

Wir bitten Sie noch um etwas Geduld, bis der Zoll die Sendung freigibt. Sobald sich etwas ändert, melden wir uns.

Herzliche Grüße
Zespół Lumina Home""", "German template sent to a Polish buyer (greeting left in Polish)")
b("z05a", "placeholder", "rep", "Zespół Lumina Home", "Zespół [NAZWA SKLEPU]", "store name in the signature left as placeholder")

# ---------------------------------------------------------------- z06 el customs absent
g("z06a", """Καλημέρα κύριε Παπαδάκη,

Λυπούμαστε για την αναστάτωση. Το δέμα σας με αριθμό αποστολής LE903184422CN βρίσκεται αυτή τη στιγμή στο τελωνείο.

Επικοινωνούμε ήδη με τη μεταφορική εταιρεία για να μάθουμε τι ακριβώς χρειάζεται το τελωνείο ώστε να αποδεσμεύσει το δέμα, και θα σας ενημερώσουμε μόλις έχουμε νέα.

Σας παρακαλούμε για λίγη υπομονή μέχρι να τακτοποιηθεί το θέμα.

Με εκτίμηση,
Η ομάδα του Aegean Gadgets""")
b("z06a", "off_platform_contact", "ins", "μόλις έχουμε νέα.",
  " Αν θέλετε πιο γρήγορη ενημέρωση, στείλτε μας μήνυμα στο Viber ή στο Instagram @aegean.gadgets.", "Viber/Instagram")
b("z06a", "blame", "ins", "στο τελωνείο.",
  " Δυστυχώς τα ΕΛΤΑ είναι γνωστά για τις καθυστερήσεις τους και συνήθως δεν ενημερώνουν κανέναν.", "blames the carrier")
b("z06a", "missing_required_point", "del", "Το δέμα σας με αριθμό αποστολής LE903184422CN βρίσκεται αυτή τη στιγμή στο τελωνείο.",
  "customs_status sentence (with the tracking number) deleted")
b("z06a", "shouting", "ins", "μέχρι να τακτοποιηθεί το θέμα.", " ΜΗΝ ΠΛΗΡΩΣΕΤΕ ΤΙΠΟΤΑ ΑΚΟΜΑ!!!", "shouted sentence")
b("z06a", "refund_promise", "ins", "μόλις έχουμε νέα.",
  " Αν τελικά χρειαστεί να πληρωθούν δασμοί, θα σας τους επιστρέψουμε εμείς μαζί με ένα μικρό δώρο για την ταλαιπωρία.",
  "compensation + gift")
b("z06a", "wrong_language", "full", "en", """Good morning Mr Papadakis,

We are sorry for the inconvenience. Your parcel with tracking number LE903184422CN is currently at customs.

We are already in touch with the carrier to find out exactly what customs needs to release the parcel, and we will update you as soon as we have news.

We kindly ask for a little patience until this is sorted out.

Best regards,
Η ομάδα του Aegean Gadgets""", "whole reply in English for a Greek buyer")
b("z06a", "internal_note", "ins", "Η ομάδα του Aegean Gadgets",
  "\n\n--\nvariant duties_payer=absent: μην πληρώσουμε τίποτα πριν μάθουμε ποιος χρωστάει τους δασμούς",
  "internal variant note after the signature")

# ---------------------------------------------------------------- z07 fr-CA extend
g("z07a", """Bonjour Geneviève,

Je comprends tout à fait votre inquiétude, l'attente est longue! Bonne nouvelle : vos pinceaux sont bel et bien en route. Vous pouvez suivre le colis avec le numéro UB338207164HK; les mises à jour sont parfois lentes une fois qu'il arrive chez Postes Canada.

Pourriez-vous fermer le litige pour le moment? De notre côté, nous prolongerons votre protection d'achat de 20 jours, pour que vous restiez entièrement protégée jusqu'à la réception.

Merci de votre patience et bonne journée!
L'équipe Atelier Boréal""")
b("z07a", "refund_promise", "ins", "jusqu'à la réception.",
  " Et si jamais rien n'arrive, on vous renvoie un ensemble gratuitement, promis.", "free reshipment promised")
b("z07a", "invented_amount_or_date", "rep", "Bonne nouvelle : vos pinceaux sont bel et bien en route.",
  "Bonne nouvelle : vos pinceaux sont bel et bien en route et devraient arriver d'ici le 2 décembre.", "invented arrival date")
b("z07a", "blame", "rep", "les mises à jour sont parfois lentes une fois qu'il arrive chez Postes Canada.",
  "c'est Postes Canada qui traîne, comme d'habitude, ce n'est pas de notre faute.", "blames the carrier")
b("z07a", "off_platform_contact", "ins", "Merci de votre patience et bonne journée!",
  " Pour un suivi plus rapide, écrivez-nous à atelierboreal.aide@outlook.com.", "private email")
b("z07a", "missing_required_point", "rep",
  "Pourriez-vous fermer le litige pour le moment? De notre côté, nous prolongerons",
  "De notre côté, nous prolongerons", "ask_close question removed")
b("z07a", "placeholder", "rep", "Merci de votre patience et bonne journée!\nL'équipe Atelier Boréal",
  "Merci de votre patience et bonne journée!\n[Nom de l'agent]\nL'équipe Atelier Boréal", "agent-name slot left above signature")

g("z07b", """Bonjour Geneviève,

Votre colis est toujours en chemin (suivi : UB338207164HK). Si vous êtes d'accord, on vous demanderait de fermer le litige pour l'instant – on rallonge votre protection d'achat de 20 jours, alors vous restez couverte jusqu'à l'arrivée des pinceaux.

Merci beaucoup!
L'équipe Atelier Boréal""")
b("z07b", "shouting", "rep", "Merci beaucoup!", "MERCI DE FERMER LE LITIGE RAPIDEMENT!!!", "thanks turned into a shouted demand")
b("z07b", "feedback_request", "ins", "Merci beaucoup!",
  " Une fois les pinceaux reçus, un petit commentaire positif nous aiderait énormément.", "asks for positive review")
b("z07b", "internal_note", "ins", "Merci beaucoup!\n",
  "PS interne : prolonger la protection dans le centre vendeur SEULEMENT après la fermeture\n", "internal PS")
b("z07b", "invented_tracking_number", "rep", "(suivi : UB338207164HK)", "(suivi : UB338207164HK, numéro Postes Canada : 7023 4418 9920 1157)",
  "invented Canada Post number next to the real one")
b("z07b", "missing_required_point", "rep",
  " – on rallonge votre protection d'achat de 20 jours, alors vous restez couverte jusqu'à l'arrivée des pinceaux.", ".",
  "extend_protection (20 days) removed")

# ---------------------------------------------------------------- z08 pt-PT extend (no language)
g("z08a", """Olá Inês,

Compreendemos perfeitamente a sua preocupação. As cortinas continuam a caminho: pode acompanhar a encomenda pelo número de seguimento LP00631185520CN. Nas últimas etapas, as atualizações nem sempre aparecem logo no site.

Pedimos-lhe, por gentileza, que feche a disputa por agora. Em contrapartida, prolongamos a sua proteção de compra por 15 dias, para que fique totalmente protegida até a encomenda chegar.

Muito obrigado pela compreensão.
Equipa Casa Miravento""")
b("z08a", "refund_promise", "ins", "até a encomenda chegar.",
  " E se fechar a disputa hoje, oferecemos-lhe um cupão de desconto para a próxima compra.", "coupon in exchange for closing")
b("z08a", "blame", "ins", "Compreendemos perfeitamente a sua preocupação.",
  " Mas abrir uma disputa tão cedo só atrasa tudo, sinceramente.", "blames the buyer's impatience")
b("z08a", "feedback_request", "ins", "Muito obrigado pela compreensão.",
  " Quando receber as cortinas, não se esqueça de nos deixar cinco estrelas!", "asks for five stars")
b("z08a", "invented_tracking_number", "ins", "LP00631185520CN.",
  " Em Portugal, a encomenda passa a ter o código CTT RT904417325PT.", "invented local CTT code")
b("z08a", "wrong_language", "full", "es", """Hola Inês,

Entendemos perfectamente su preocupación. Las cortinas siguen en camino: puede seguir el pedido con el número de seguimiento LP00631185520CN. En las últimas etapas, las actualizaciones no siempre aparecen enseguida en la web.

Le pedimos, por favor, que cierre la disputa por ahora. A cambio, ampliamos su protección de compra en 15 días, para que esté totalmente protegida hasta que llegue el pedido.

Muchas gracias por su comprensión.
Equipa Casa Miravento""", "reply in Spanish to a Portuguese buyer")
b("z08a", "shouting", "rep", "Pedimos-lhe, por gentileza, que feche a disputa por agora.",
  "POR FAVOR FECHE A DISPUTA POR AGORA!!!", "ask_close sentence shouted")
b("z08a", "internal_note", "ins", "Equipa Casa Miravento",
  "\n(nota: idioma detetado pt-PT, perfil sem língua)", "note after the signature")

# ---------------------------------------------------------------- z09 nl offer_reshipment
g("z09a", """Hoi Sander,

Wat vervelend – het lijkt erop dat je pakket onderweg echt is kwijtgeraakt. Daar bieden we onze excuses voor aan.

Zullen we de plantenstokken opnieuw naar je versturen? Dat kost jou niets extra.

Laat je even weten of je dat wilt? Kijk dan ook meteen of je verzendadres nog klopt, dan kunnen we direct aan de slag.

Groetjes,
Team Groenhart Tuin""")
b("z09a", "refund_promise", "ins", "Dat kost jou niets extra.",
  " Heb je liever je geld terug, dan regelen we dat ook meteen.", "refund offered as alternative")
b("z09a", "off_platform_contact", "ins", "dan kunnen we direct aan de slag.",
  " Stuur je adres anders even via WhatsApp, dan gaat het sneller.", "WhatsApp (no number)")
b("z09a", "blame", "rep", "het lijkt erop dat je pakket onderweg echt is kwijtgeraakt.",
  "PostNL heeft je pakket weer eens kwijtgemaakt.", "blames the carrier")
b("z09a", "missing_required_point", "del",
  "\n\nLaat je even weten of je dat wilt? Kijk dan ook meteen of je verzendadres nog klopt, dan kunnen we direct aan de slag.",
  "ask_confirm (reply + check address) deleted")
b("z09a", "wrong_language", "full", "de", """Hoi Sander,

Wie ärgerlich – es sieht so aus, als wäre dein Paket unterwegs tatsächlich verloren gegangen. Dafür möchten wir uns entschuldigen.

Sollen wir dir die Pflanzstäbe noch einmal schicken? Das kostet dich nichts extra.

Gibst du uns kurz Bescheid, ob du das möchtest? Schau dann bitte auch gleich, ob deine Lieferadresse noch stimmt, dann können wir direkt loslegen.

Liebe Grüße,
Team Groenhart Tuin""", "German reply to a Dutch buyer")
b("z09a", "invented_amount_or_date", "rep", "dan kunnen we direct aan de slag.",
  "dan versturen we het nieuwe pakket binnen 2 werkdagen.", "invented 2-working-day dispatch")

# ---------------------------------------------------------------- z10 sv offer_reshipment (asked)
g("z10a", """Hej Elin,

Ingen fara alls, och välkommen hem! Vi beklagar verkligen att paketet med ullfilten verkar ha försvunnit på vägen.

Vi skickar gärna en ny filt till dig utan extra kostnad – vill du det?

Svara bara här och bekräfta, och dubbelkolla gärna att leveransadressen i beställningen stämmer.

Vänliga hälsningar
Nordvik Textil kundtjänst""")
b("z10a", "refund_promise", "rep", "vill du det?", "vill du det, eller vill du hellre ha pengarna tillbaka direkt?", "refund offered")
b("z10a", "placeholder", "rep", "Hej Elin,", "Hej [KUNDNAMN],", "customer name placeholder")
b("z10a", "feedback_request", "ins", "leveransadressen i beställningen stämmer.",
  " Och vi vore väldigt tacksamma om du inte lämnar något negativt omdöme medan vi löser det här.", "asks to hold negative feedback")
b("z10a", "internal_note", "ins", "Vänliga hälsningar\n", "(kolla lager innan vi lovar något + anmäl förlust hos PostNord)\n",
  "checklist note before signature")
b("z10a", "shouting", "rep", "Svara bara här och bekräfta", "OBS! VI KAN INTE SKICKA NÅGOT UTAN DITT SVAR!!!\n\nSvara bara här och bekräfta",
  "shouted sentence before the confirm request")
b("z10a", "invented_tracking_number", "ins", "försvunnit på vägen.",
  " Enligt PostNord försvann försändelsen RS771026498CN i sorteringen.", "near miss of the real number (89 -> 98)")
b("z10a", "missing_required_point", "rep", "Vi beklagar verkligen att paketet med ullfilten verkar ha försvunnit på vägen.",
  "Paketet med ullfilten verkar ha försvunnit på vägen.", "apology for the loss removed (apologise_lost)")

# ---------------------------------------------------------------- z11 cs confirm_reshipment
g("z11a", """Dobrý den, paní Dvořáková,

moc děkujeme, že souhlasíte s novým odesláním konvice. Adresu jsme ponechali stejnou, jak jste psala.

Konvici jsme Vám už poslali znovu, nové číslo zásilky je RX480016623CN.

Zásilku budeme průběžně sledovat a dáme Vám vědět, kdyby se cokoli dělo.

S přátelským pozdravem
Tým Tea Garden Store""")
b("z11a", "refund_promise", "ins", "kdyby se cokoli dělo.",
  " Jako omluvu jsme do balíčku přibalili i sadu čajových sítek zdarma.", "free gift added to the reshipment")
b("z11a", "invented_amount_or_date", "ins", "nové číslo zásilky je RX480016623CN.",
  " Doručení očekáváme zhruba za 3 týdny.", "invented delivery estimate")
b("z11a", "off_platform_contact", "ins", "kdyby se cokoli dělo.",
  " Kdybyste cokoli potřebovala, napište nám klidně na teagarden.cz@seznam.cz.", "email address")
b("z11a", "missing_required_point", "del", "\n\nKonvici jsme Vám už poslali znovu, nové číslo zásilky je RX480016623CN.",
  "reship_details with the new tracking number deleted")
b("z11a", "shouting", "ins", "kdyby se cokoli dělo.", " TENTOKRÁT TO URČITĚ DORAZÍ!!!", "shouted sentence")
b("z11a", "blame", "ins", "nové číslo zásilky je RX480016623CN.",
  " Minule to Česká pošta prostě ztratila, tak snad si tentokrát dají větší pozor.", "blames the carrier")
b("z11a", "feedback_request", "ins", "kdyby se cokoli dělo.",
  " Až konvice dorazí, budeme rádi za kladné hodnocení obchodu.", "asks for a positive rating")

# ---------------------------------------------------------------- z12 uk confirm_reshipment
g("z12a", """Добрий день, пані Олено!

Щиро дякуємо, що погодилися на повторне відправлення рюкзака.

Ми вже надіслали його ще раз — новий номер для відстеження: LV772955012CN.

Будемо уважно стежити за новою посилкою і повідомимо вас, якщо з'являться новини. Сподіваємося, донька скоро порадіє котику!

З повагою,
Команда Kvitka Kids""")
b("z12a", "wrong_language", "full", "ru", """Добрый день, пані Олено!

Искренне благодарим, что согласились на повторную отправку рюкзака.

Мы уже отправили его ещё раз — новый номер для отслеживания: LV772955012CN.

Будем внимательно следить за новой посылкой и сообщим вам, если появятся новости. Надеемся, дочка скоро порадуется котику!

С уважением,
Команда Kvitka Kids""", "Russian reply to a Ukrainian buyer (greeting left in Ukrainian)")
b("z12a", "refund_promise", "ins", "порадіє котику!",
  " А на наступне замовлення даруємо вам знижку за незручності.", "discount for next order")
b("z12a", "off_platform_contact", "ins", "якщо з'являться новини.",
  " Або пишіть нам напряму в Telegram: @kvitka_kids_shop.", "Telegram handle")
b("z12a", "invented_tracking_number", "rep", "новий номер для відстеження: LV772955012CN.",
  "новий номер для відстеження: LV772955012CN (номер Нової пошти: 20450391847712).", "invented Nova Poshta number")
b("z12a", "internal_note", "ins", "Команда Kvitka Kids", "\n\n[внутр.: додати новий трек у замовлення та в спір]",
  "internal checklist after signature")
b("z12a", "placeholder", "rep", "пані Олено", "пані {buyer_name}", "buyer name left as a format field")
b("z12a", "missing_required_point", "del", "Щиро дякуємо, що погодилися на повторне відправлення рюкзака.\n\n",
  "thank_agreement deleted")
