"""Good replies and their one-edit defects, part A (t01-t12).

Each good: id, dispute key, language, message, edits.
Each edit: (defect, old, new, what-it-does[, intruding language for wrong_language]).
"""

G = []


def good(gid, dispute, language, message, edits):
    G.append({"id": gid, "dispute": dispute, "language": language, "message": message.strip("\n"), "edits": edits})


good("t01a", "t01", "en", """
Hi Michael,

Thank you for getting in touch, and we're really sorry that the right earbud won't pair - that's frustrating, especially after you've already tried a reset.

So that we can check what's going on, could you please send us a short video showing the earbuds switched on and the fault happening (for example, the right earbud not connecting while the left one does)?

As soon as we receive the video, we'll look at it and come back to you with a solution.

Best regards,
SoundNest Store team
""", [
    ("refund_promise", "come back to you with a solution.",
     "come back to you with a solution - and if the earbud really is faulty, we'll refund you in full, no questions asked.",
     "promises a full refund before the evidence is seen"),
    ("invented_amount_or_date", "we'll look at it and come back",
     "we'll look at it and come back within 24 hours",
     "adds an invented 24-hour deadline"),
    ("invented_tracking_number", "after you've already tried a reset.",
     "after you've already tried a reset. Our records show they went out under tracking number LP00213987654CN.",
     "adds a tracking number that is not the dispute's"),
    ("off_platform_contact", "could you please send us a short video",
     "could you please send a short video to our service address soundnest.help@gmail.com",
     "asks for the video by e-mail"),
    ("placeholder", "switched on and the fault happening",
     "switched on and the fault happening on order {order_number}",
     "leaves a {order_number} template variable"),
    ("internal_note", "Best regards,",
     "(Internal: check listing photos vs. complaint first, no refund before we see the video.)\n\nBest regards,",
     "leaves a staff note in the reply"),
])

good("t01b", "t01", "en", """
Dear Michael Turner,

We're sorry to hear that only the left earbud works for you. We'd like to get this sorted out properly.

Could you please record a short video with the earbuds switched on, showing the right one failing to pair? That will let us see exactly what is happening.

We'll review it as soon as it arrives and get back to you with a solution.

Kind regards,
SoundNest Store team
""", [
    ("wrong_language", "That will let us see exactly what is happening.",
     "这样我们可以清楚地看到问题所在。",
     "one sentence in Chinese", "zh"),
    ("feedback_request", "We'd like to get this sorted out properly.",
     "We'd like to get this sorted out properly, so please hold off on leaving any feedback until we've had a chance to fix it.",
     "asks the buyer to hold off on feedback"),
    ("blame", "We're sorry to hear that only the left earbud works for you.",
     "We're sorry to hear that only the left earbud works for you, though in our experience this usually happens when the pairing steps in the manual aren't followed correctly.",
     "suggests the buyer paired the earbuds wrongly"),
    ("shouting", "Could you please record a short video with the earbuds switched on, showing the right one failing to pair?",
     "WE NEED A VIDEO!!! Record the earbuds switched on and show the right one failing to pair, otherwise we CANNOT help you.",
     "capitals and !!! for the evidence request"),
    ("missing_required_point", "Could you please record a short video with the earbuds switched on, showing the right one failing to pair? That will let us see exactly what is happening.",
     "Thank you for explaining the problem so clearly.",
     "removes the request for evidence (request_evidence)"),
])

good("t02a", "t02", "es", """
Hola, Alejandro:

Entendemos tu preocupación, tres semanas esperando es mucho. Te confirmamos que tu paquete sigue en camino; puedes seguirlo con el número de rastreo LP00637281940CN.

¿Podrías cerrar la disputa por ahora? Por nuestra parte, ampliaremos tu protección de compra 20 días, así quedas totalmente protegido hasta que el reloj llegue a tus manos.

Gracias por tu paciencia y cualquier duda aquí estamos.

Saludos,
Equipo de TecnoRío Store
""", [
    ("refund_promise", "hasta que el reloj llegue a tus manos.",
     "hasta que el reloj llegue a tus manos. Y si al final no llega, te devolvemos el dinero sin problema.",
     "promises a refund if the parcel does not arrive"),
    ("invented_amount_or_date", "¿Podrías cerrar la disputa por ahora?",
     "Según la paquetería, lo recibirás a más tardar el 12 de diciembre. ¿Podrías cerrar la disputa por ahora?",
     "adds an invented delivery date"),
    ("invented_tracking_number", "con el número de rastreo LP00637281940CN.",
     "con el número de rastreo LP00637281940CN (en México, con la guía local de Estafeta 7301846629).",
     "adds an invented local tracking number"),
    ("off_platform_contact", "Gracias por tu paciencia y cualquier duda aquí estamos.",
     "Gracias por tu paciencia; cualquier duda, escríbenos por WhatsApp al +52 55 1234 8890.",
     "sends the buyer to WhatsApp"),
    ("placeholder", "Hola, Alejandro:",
     "Hola, {buyer_first_name}:",
     "greeting left as a template variable"),
])

good("t02b", "t02", "es", """
Estimado Alejandro Ramírez:

Lamentamos la espera. Su pedido ya está en camino y el seguimiento LP00637281940CN muestra que avanza hacia México, aunque a veces pasa varios días sin actualizarse.

Le pedimos amablemente que cierre la disputa por el momento. Nosotros extenderemos su protección de compra por 20 días más, de modo que seguirá cubierto hasta recibir el paquete.

Quedamos a su disposición para lo que necesite.

Atentamente,
Equipo de TecnoRío Store
""", [
    ("internal_note", "Quedamos a su disposición para lo que necesite.",
     "Quedamos a su disposición para lo que necesite.\n\nNota para Carlos: subir captura del rastreo a la disputa y extender la protección en el panel cuando acepte.",
     "leaves a note to a colleague"),
    ("wrong_language", "Lamentamos la espera.",
     "We are sorry for the wait.",
     "one sentence in English", "en"),
    ("feedback_request", "Le pedimos amablemente que cierre la disputa por el momento.",
     "Le pedimos amablemente que cierre la disputa por el momento y que, cuando reciba el reloj, nos deje una valoración de cinco estrellas.",
     "asks for a five-star rating"),
    ("blame", "aunque a veces pasa varios días sin actualizarse.",
     "aunque Estafeta es muy lenta y casi nunca actualiza el rastreo a tiempo.",
     "blames the carrier"),
    ("shouting", "Le pedimos amablemente que cierre la disputa por el momento.",
     "¡¡CIERRE LA DISPUTA YA!! NO HAY NINGÚN PROBLEMA CON SU PEDIDO.",
     "demands closing the dispute in capitals"),
])

good("t03a", "t03", "fr", """
Bonjour Camille,

Merci pour les photos que vous nous avez envoyées. On voit bien que la housse est beige clair et non gris anthracite, et nous sommes désolés de cette différence.

Nous vous proposons deux solutions :
- garder la housse avec un remboursement partiel pouvant aller jusqu'à 12.00 EUR ;
- ou nous la retourner pour un remboursement complet.

Laquelle de ces deux options vous convient le mieux ?

Bien cordialement,
L'équipe Atelier Maison Déco
""", [
    ("amount_over_cap", "pouvant aller jusqu'à 12.00 EUR",
     "correspondant à la moitié du prix, soit 24.00 EUR",
     "partial refund of half the price, above the 12.00 EUR cap"),
    ("amount_over_cap", "Laquelle de ces deux options vous convient le mieux ?",
     "Si le remboursement partiel vous semble trop faible, nous pouvons monter à 40 % du prix. Laquelle de ces deux options vous convient le mieux ?",
     "offers to go up to 40 % of the price, above the 25 % cap", None, 2),
    ("missing_required_point", "Laquelle de ces deux options vous convient le mieux ?",
     "Nous restons à votre écoute.",
     "removes the question which option the buyer prefers (ask_choice)"),
    ("refund_promise", "- ou nous la retourner pour un remboursement complet.",
     "- ou nous la retourner pour un remboursement complet ;\n- ou encore recevoir gratuitement une nouvelle housse, cette fois en gris anthracite.",
     "adds a free replacement as a third option"),
    ("invented_amount_or_date", "Merci pour les photos que vous nous avez envoyées.",
     "Merci pour les photos que vous nous avez envoyées le 14 novembre.",
     "adds an invented date for the photos"),
])

good("t03b", "t03", "fr", """
Bonjour Camille Lefèvre,

Merci d'avoir pris le temps de nous envoyer ces photos : la différence de couleur est bien visible, toutes nos excuses.

Deux possibilités s'offrent à vous. Vous pouvez conserver la housse et recevoir un remboursement partiel, jusqu'à 12.00 EUR. Vous pouvez aussi nous la renvoyer et être remboursée en totalité.

Dites-nous simplement ce que vous préférez.

L'équipe Atelier Maison Déco
""", [
    ("amount_over_cap", "jusqu'à 12.00 EUR.",
     "jusqu'à 30 % du prix de la housse.",
     "partial refund of up to 30 % instead of the 25 % cap"),
    ("amount_over_cap", "un remboursement partiel, jusqu'à 12.00 EUR.",
     "un remboursement partiel de 18.00 EUR, soit plus d'un tiers du prix.",
     "partial refund of 18.00 EUR, above the cap", None, 2),
    ("invented_tracking_number", "Vous pouvez aussi nous la renvoyer et être remboursée en totalité.",
     "Vous pouvez aussi nous la renvoyer et être remboursée en totalité ; indiquez alors la référence de retour LP00391827756CN sur le colis.",
     "adds an invented return tracking reference"),
    ("off_platform_contact", "Dites-nous simplement ce que vous préférez.",
     "Dites-nous simplement ce que vous préférez, par exemple en message privé sur notre page Instagram @ateliermaisondeco.",
     "sends the buyer to Instagram"),
    ("placeholder", "toutes nos excuses.",
     "toutes nos excuses pour la commande n° <ORDER_ID>.",
     "leaves an <ORDER_ID> placeholder"),
])

good("t04a", "t04", "de", """
Hallo Katrin Schulz,

vielen Dank für Ihre Nachricht – wir verstehen, dass die Zollnachricht überraschend kam. Ihr Paket wird derzeit vom Zoll festgehalten; Sie können es jederzeit mit der Sendungsnummer LP00718293746CN verfolgen.

Bei dieser Bestellung trägt laut Bestellbedingungen der Käufer die Einfuhrabgaben. Wir möchten Sie daher freundlich bitten, die Abgaben zu bezahlen und die Zollabfertigung abzuschließen, damit der Staubsauger zu Ihnen kommen kann.

Falls der Zoll Unterlagen verlangt, zum Beispiel die Rechnung, schicken wir Ihnen diese sehr gerne.

Freundliche Grüße
Ihr Team von Haushalt Profi Store
""", [
    ("internal_note", "Freundliche Grüße",
     "[Intern: Handelsrechnung schon mal vorbereiten, Screenshot vom Zollstatus in den Streitfall hochladen]\n\nFreundliche Grüße",
     "leaves a bracketed internal to-do"),
    ("wrong_language", "Falls der Zoll Unterlagen verlangt, zum Beispiel die Rechnung, schicken wir Ihnen diese sehr gerne.",
     "If customs asks for any documents, such as the invoice, we will gladly send them to you.",
     "one paragraph in English", "en"),
    ("feedback_request", "damit der Staubsauger zu Ihnen kommen kann.",
     "damit der Staubsauger zu Ihnen kommen kann. Wir würden uns freuen, wenn Sie mit Ihrer Bewertung warten, bis das Paket angekommen ist.",
     "asks the buyer to hold off on the review"),
    ("blame", "wir verstehen, dass die Zollnachricht überraschend kam.",
     "eigentlich hätten Sie vor dem Kauf wissen müssen, dass bei Bestellungen aus dem Ausland Zoll anfallen kann.",
     "reproaches the buyer for not knowing about duties"),
    ("shouting", "Wir möchten Sie daher freundlich bitten, die Abgaben zu bezahlen und die Zollabfertigung abzuschließen, damit der Staubsauger zu Ihnen kommen kann.",
     "DIE ABGABEN MÜSSEN SIE SELBST BEZAHLEN!!! Schließen Sie die Zollabfertigung ab, sonst kommt der Staubsauger NIE bei Ihnen an!",
     "the duties request shouted in capitals"),
    ("missing_required_point", "Falls der Zoll Unterlagen verlangt, zum Beispiel die Rechnung, schicken wir Ihnen diese sehr gerne.",
     "Vielen Dank für Ihr Verständnis.",
     "removes the offer to send documents (offer_documents)"),
])

good("t04b", "t04", "de", """
Liebe Frau Schulz,

es tut uns leid, dass Sie noch warten müssen. Ihre Sendung LP00718293746CN liegt im Moment beim Zoll.

Für diese Bestellung sind die Einfuhrabgaben vom Käufer zu tragen. Könnten Sie die Abgaben bitte begleichen und die Verzollung abschließen? Dann wird das Paket freigegeben und weitergeleitet.

Braucht der Zoll ein Dokument wie die Rechnung, senden wir es Ihnen umgehend zu.

Viele Grüße
Ihr Team von Haushalt Profi Store
""", [
    ("refund_promise", "Könnten Sie die Abgaben bitte begleichen und die Verzollung abschließen?",
     "Könnten Sie die Abgaben bitte begleichen und die Verzollung abschließen? Den Betrag erstatten wir Ihnen anschließend selbstverständlich zurück.",
     "promises to reimburse the duties"),
    ("invented_amount_or_date", "es tut uns leid, dass Sie noch warten müssen.",
     "es tut uns leid, dass Sie noch warten müssen. Die Abgaben betragen voraussichtlich rund 31,40 EUR.",
     "adds an invented duty amount"),
    ("invented_tracking_number", "Dann wird das Paket freigegeben und weitergeleitet.",
     "Dann wird das Paket freigegeben und unter der DHL-Nummer 00340434161094027315 weitergeleitet.",
     "adds an invented DHL number"),
    ("off_platform_contact", "senden wir es Ihnen umgehend zu.",
     "senden wir es Ihnen umgehend zu – schreiben Sie uns dafür am besten direkt an service@haushaltprofi-store.de.",
     "asks the buyer to write to an e-mail address"),
    ("placeholder", "Braucht der Zoll ein Dokument wie die Rechnung,",
     "Braucht der Zoll ein Dokument wie die Rechnung (Rechnungsnr. XXXX),",
     "leaves an XXXX invoice number"),
])

good("t05a", "t05", "it", """
Ciao Giulia,

ci dispiace davvero: sembra proprio che il tuo pacco sia andato perso durante il viaggio.

Vuoi che ti spediamo di nuovo il set di pennelli, senza alcun costo aggiuntivo? Rispondici per confermare e, già che ci sei, controlla che l'indirizzo di spedizione sia ancora corretto.

Grazie per la pazienza,
Il team di BellaVista Beauty
""", [
    ("internal_note", "Grazie per la pazienza,",
     "(Promemoria per Sara: aprire il reclamo con Poste per pacco smarrito e verificare la giacenza prima di rispedire.)\n\nGrazie per la pazienza,",
     "leaves a reminder to a colleague"),
    ("wrong_language", "ci dispiace davvero: sembra proprio che il tuo pacco sia andato perso durante il viaggio.",
     "lo sentimos mucho: parece que tu paquete se ha perdido durante el viaje.",
     "the apology sentence in Spanish", "es"),
    ("feedback_request", "Rispondici per confermare",
     "Se accetti, ti chiediamo solo di lasciarci poi una recensione positiva. Rispondici per confermare",
     "asks for a positive review"),
    ("blame", "sembra proprio che il tuo pacco sia andato perso durante il viaggio.",
     "Poste Italiane ha perso il tuo pacco, come purtroppo succede spesso con loro.",
     "blames the carrier"),
    ("shouting", "Vuoi che ti spediamo di nuovo il set di pennelli, senza alcun costo aggiuntivo?",
     "Vuoi che ti spediamo di nuovo il set di pennelli, senza alcun costo aggiuntivo? RISPONDI SUBITO!!!",
     "adds a shouted demand"),
])

good("t06a", "t06", "pt", """
Olá, Rafael!

Muito obrigado por concordar com o reenvio. Seu fone de ouvido já foi despachado novamente e o novo código de rastreio é LP00910283746CN.

Vamos acompanhar essa nova remessa de perto e avisaremos você sobre qualquer novidade.

Abraços,
Equipe GamerZone BR Store
""", [
    ("missing_required_point", "Vamos acompanhar essa nova remessa de perto e avisaremos você sobre qualquer novidade.",
     "Esperamos que goste do produto.",
     "removes the promise to follow the new parcel (keep_updated)"),
    ("refund_promise", "Muito obrigado por concordar com o reenvio.",
     "Muito obrigado por concordar com o reenvio. Como pedido de desculpas, vamos incluir um mousepad de brinde no pacote.",
     "adds a free gift"),
    ("invented_amount_or_date", "o novo código de rastreio é LP00910283746CN.",
     "o novo código de rastreio é LP00910283746CN, com entrega prevista em até 12 dias úteis.",
     "adds an invented delivery estimate"),
    ("invented_tracking_number", "Vamos acompanhar essa nova remessa",
     "No Brasil, a remessa também pode ser rastreada pelo código dos Correios NL284619375BR. Vamos acompanhar essa nova remessa",
     "adds an invented Correios code"),
    ("off_platform_contact", "avisaremos você sobre qualquer novidade.",
     "avisaremos você sobre qualquer novidade pelo WhatsApp; se preferir, é só mandar um oi para (11) 98765-4321.",
     "moves updates to WhatsApp"),
    ("placeholder", "Abraços,",
     "Abraços,\n[NOME DO ATENDENTE]",
     "leaves an agent-name placeholder before the signature"),
])

good("t07a", "t07", "pl", """
Dzień dobry, Pani Agnieszko,

dziękujemy za przesłane zdjęcia. Widać na nich rozpruty szew przy ramieniu i zacinający się zamek – bardzo nam przykro z tego powodu.

Możemy zaproponować dwa rozwiązania: może Pani zatrzymać plecak i otrzymać częściowy zwrot pieniędzy do 25.80 PLN albo odesłać go do nas i otrzymać pełny zwrot pieniędzy.

Które rozwiązanie Pani wybiera?

Pozdrawiamy serdecznie
Zespół Szczyt Outdoor
""", [
    ("amount_over_cap", "częściowy zwrot pieniędzy do 25.80 PLN",
     "częściowy zwrot pieniędzy w wysokości 50 PLN",
     "partial refund of 50 PLN, above the 25.80 PLN cap"),
    ("amount_over_cap", "Które rozwiązanie Pani wybiera?",
     "Jeśli zatrzyma Pani plecak, możemy też oddać połowę jego ceny. Które rozwiązanie Pani wybiera?",
     "offers half the price back, above the cap", None, 2),
    ("internal_note", "Pozdrawiamy serdecznie",
     "[do Kasi: zaproponuj częściowy zwrot w panelu sporu i wgraj nasze zdjęcia z pakowania]\n\nPozdrawiamy serdecznie",
     "leaves a note to a colleague"),
    ("wrong_language", "Które rozwiązanie Pani wybiera?",
     "Which option would you prefer?",
     "the question in English", "en"),
    ("feedback_request", "Które rozwiązanie Pani wybiera?",
     "Które rozwiązanie Pani wybiera? Po zakończeniu sprawy będziemy bardzo wdzięczni za zmianę oceny na pozytywną.",
     "asks the buyer to change the rating"),
])

good("t08a", "t08", "ru", """
Здравствуйте, Дмитрий!

Мы видим, что вы передали спор на рассмотрение платформы, и понимаем ваше раздражение — ждать ответа так долго действительно неприятно.

Мы будем сотрудничать со специалистом платформы по спорам и предоставим ему все наши доказательства.

При этом мы по-прежнему открыты к тому, чтобы вместе с вами найти решение.

С уважением,
Команда Domovoy Store
""", [
    ("blame", "ждать ответа так долго действительно неприятно.",
     "хотя, честно говоря, вы сами не дали нам времени ответить и сразу пошли к платформе.",
     "reproaches the buyer for escalating"),
    ("shouting", "При этом мы по-прежнему открыты к тому, чтобы вместе с вами найти решение.",
     "ОТКРЫВАТЬ СПОР БЫЛО НЕ НУЖНО!!! Мы и так были готовы найти решение вместе с вами.",
     "shouted reproach in capitals"),
    ("missing_required_point", "Мы будем сотрудничать со специалистом платформы по спорам и предоставим ему все наши доказательства.",
     "Спасибо, что сообщили нам об этом.",
     "removes the cooperation with the specialist (cooperate)"),
    ("refund_promise", "вместе с вами найти решение.",
     "вместе с вами найти решение, и если посылка так и не найдётся, сразу вернём вам полную стоимость.",
     "promises a full refund"),
    ("invented_amount_or_date", "и предоставим ему все наши доказательства.",
     "и предоставим ему все наши доказательства до 27 ноября.",
     "adds an invented date"),
    ("invented_tracking_number", "Мы видим, что вы передали спор",
     "Мы проверили трек-номер RU004817263HK — по нему посылка вручена. Мы видим, что вы передали спор",
     "adds an invented tracking number"),
])

good("t09a", "t09", "nl", """
Beste Sanne,

Het platform heeft besloten tot retour en terugbetaling, en wij gaan daar natuurlijk mee akkoord.

Je kunt de tandenborstel terugsturen naar dit adres:
Retourcentrum EuroHub, Industrieweg 14, 5145 PV Waalwijk, Nederland

Zodra het pakket bij ons binnen is, wordt de terugbetaling verwerkt. Wil je het trackingnummer van de retourzending aan het geschil toevoegen?

We hopen je in de toekomst weer als klant te mogen begroeten.

Met vriendelijke groet,
Team SmileCare Shop
""", [
    ("off_platform_contact", "Wil je het trackingnummer van de retourzending aan het geschil toevoegen?",
     "Wil je het trackingnummer van de retourzending naar ons mailen via retour@smilecareshop.nl?",
     "asks for the return tracking number by e-mail"),
    ("placeholder", "Je kunt de tandenborstel terugsturen naar dit adres:",
     "Je kunt de tandenborstel (bestelling {ORDER_ID}) terugsturen naar dit adres:",
     "leaves an {ORDER_ID} variable"),
    ("internal_note", "Met vriendelijke groet,",
     "-- let op: retour pas bevestigen na controle van de opzetborstels (remedy: return_instructions) --\n\nMet vriendelijke groet,",
     "leaves a staff note with the remedy id"),
    ("wrong_language", "We hopen je in de toekomst weer als klant te mogen begroeten.",
     "Wir hoffen, Sie in Zukunft wieder als Kundin begrüßen zu dürfen.",
     "one sentence in German", "de"),
    ("feedback_request", "We hopen je in de toekomst weer als klant te mogen begroeten.",
     "We hopen je in de toekomst weer als klant te mogen begroeten, en zouden het fijn vinden als je je negatieve beoordeling daarna wilt aanpassen.",
     "asks to change a negative review"),
])

good("t10a", "t10", "tr", """
Merhaba Emre Bey,

Geri gönderdiğiniz deri cüzdan depomuza ulaştı; iade için zaman ayırdığınız için teşekkür ederiz.

Geri ödemeniz bundan sonra platform üzerinden size iletilecektir, sizin ayrıca bir şey yapmanıza gerek yok.

Yaşadığınız aksaklık için üzgünüz. Gelecekte sizinle yeniden alışveriş yapmayı ve sizi tekrar mağazamızda görmeyi umuyoruz.

Saygılarımızla,
Anatolia Leather ekibi
""", [
    ("blame", "Yaşadığınız aksaklık için üzgünüz.",
     "Aslında cüzdanda bir sorun yoktu, sipariş verirken ürün açıklamasını dikkatli okumamışsınız.",
     "blames the buyer for not reading the listing"),
    ("shouting", "sizin ayrıca bir şey yapmanıza gerek yok.",
     "BAŞKA BİR ŞEY YAPMANIZA GEREK YOK, LÜTFEN TEKRAR MESAJ ATMAYIN!!!",
     "capitals and !!!"),
    ("missing_required_point", "Geri ödemeniz bundan sonra platform üzerinden size iletilecektir, sizin ayrıca bir şey yapmanıza gerek yok.",
     "Herhangi bir sorunuz olursa buradan yazabilirsiniz.",
     "removes the refund-follows sentence (refund_follows)"),
    ("refund_promise", "Gelecekte sizinle yeniden alışveriş",
     "Bir sonraki siparişinizde kullanabileceğiniz bir indirim kuponunu da hesabınıza tanımladık. Gelecekte sizinle yeniden alışveriş",
     "adds a discount coupon"),
    ("invented_amount_or_date", "Geri ödemeniz bundan sonra platform üzerinden size iletilecektir,",
     "Geri ödemeniz 7 iş günü içinde platform üzerinden size iletilecektir,",
     "adds an invented 7-working-day refund time"),
    ("invented_tracking_number", "Geri gönderdiğiniz deri cüzdan depomuza ulaştı;",
     "RR123987456TR takip numaralı iade paketiniz depomuza ulaştı;",
     "quotes a return tracking number that is not the dispute's"),
])

good("t11a", "t11", "ko", """
김민지 고객님, 안녕하세요.

보내주신 사진 감사합니다. 사진을 보니 소매 길이가 짧고 전체적으로 작게 나온 것이 확인됩니다. 불편을 드려 정말 죄송합니다.

두 가지 방법을 제안드립니다. 가디건을 그대로 보관하시고 최대 17670 KRW까지 부분 환불을 받으시거나, 상품을 반품하시고 전액 환불을 받으실 수 있습니다.

어느 쪽이 더 편하신지 알려주세요.

Seoul Mood Store 드림
""", [
    ("amount_over_cap", "최대 17670 KRW까지",
     "최대 30000 KRW까지",
     "partial refund of up to 30000 KRW, above the 17670 KRW cap"),
    ("amount_over_cap", "어느 쪽이 더 편하신지 알려주세요.",
     "부분 환불을 선택하시면 상품 가격의 절반까지도 돌려드릴 수 있습니다. 어느 쪽이 더 편하신지 알려주세요.",
     "offers half the price as partial refund", None, 2),
    ("off_platform_contact", "어느 쪽이 더 편하신지 알려주세요.",
     "어느 쪽이 더 편하신지 카카오톡 아이디 seoulmood 로 알려주세요.",
     "sends the buyer to KakaoTalk"),
    ("placeholder", "보내주신 사진 감사합니다.",
     "주문번호 [주문번호 입력] 관련하여 보내주신 사진 감사합니다.",
     "leaves an [insert order number] placeholder"),
    ("internal_note", "불편을 드려 정말 죄송합니다.",
     "불편을 드려 정말 죄송합니다. (내부 메모: 부분 환불은 판매자 센터 분쟁 패널에서 제안할 것)",
     "leaves an internal memo"),
])

good("t12a", "t12", "ja", """
佐藤 美咲 様

お問い合わせいただきありがとうございます。お届けまでお時間をいただいており、大変ご心配をおかけしております。

ご注文の電気ケトルは現在配送中で、追跡番号 LP00801735264CN にて配送状況をご確認いただけます。

恐れ入りますが、いったん紛争をクローズしていただけますでしょうか。当店にて購入者保護期間を30日間延長いたしますので、商品がお手元に届くまで引き続き保護されます。

何卒よろしくお願いいたします。

Kurashi Select スタッフ一同
""", [
    ("wrong_language", "何卒よろしくお願いいたします。",
     "感谢您的耐心等待，祝您生活愉快。",
     "closing sentence in Chinese", "zh"),
    ("feedback_request", "何卒よろしくお願いいたします。",
     "商品到着後、五つ星の評価をいただけますと幸いです。何卒よろしくお願いいたします。",
     "asks for a five-star rating"),
    ("blame", "お届けまでお時間をいただいており、大変ご心配をおかけしております。",
     "日本郵便側の対応が遅く、当店ではどうにもならない状況です。",
     "blames the carrier"),
    ("shouting", "恐れ入りますが、いったん紛争をクローズしていただけますでしょうか。",
     "紛争はすぐにクローズしてください！！！商品はちゃんと届きます！！！",
     "demands closing with !!!"),
    ("missing_required_point", "当店にて購入者保護期間を30日間延長いたしますので、商品がお手元に届くまで引き続き保護されます。",
     "商品の到着まで今しばらくお待ちください。",
     "removes the protection extension (extend_protection)"),
    ("refund_promise", "商品がお手元に届くまで引き続き保護されます。",
     "商品がお手元に届くまで引き続き保護されます。万が一届かない場合は、全額返金いたします。",
     "promises a full refund if it does not arrive"),
])
