# Hand-written replies, disputes 01-09. R(good_id, dispute_no, message, edits)
# edit = (defect, old_text, new_text[, note][, language_of_reply])
R = []
def G(gid, dno, msg, edits): R.append((gid, dno, msg.strip("\n"), edits))

G("c01a", 1, """Dear Olivia,

I'm so sorry - you ordered the sage green pour-over set and a tea infuser turned up instead. That's clearly not right, and I apologise for the hassle.

Could you please send us a couple of photos: one of the item you received and one of the shipping label on the parcel? That lets us see where the mix-up happened.

As soon as the photos come through, we'll look at them straight away and get back to you with a solution.

Kind regards,
Harbourline Home team""", [
 ("refund_promise", "That's clearly not right, and I apologise for the hassle.",
  "That's clearly not right, so rest assured you'll get your money back whatever the photos show."),
 ("off_platform_contact", "Could you please send us a couple of photos:",
  "Could you please email a couple of photos to orders@harbourlinehome.co.uk:"),
 ("blame", "That lets us see where the mix-up happened.",
  "Parcels do get swapped at the Royal Mail sorting office now and then, so this may well not be a mistake on our side."),
 ("internal_note", "\n\nKind regards,",
  "\n\nPriya - pull the packing video for this order before we answer again.\n\nKind regards,"),
 ("shouting", "we'll look at them straight away", "we'll look at them STRAIGHT AWAY"),
 ("missing_required_point", "Could you please send us a couple of photos: one of the item you received and one of the shipping label on the parcel? That lets us see where the mix-up happened.\n\n", "",
  "request_evidence removed: no photos asked for"),
])
G("c01b", 1, """Hi Olivia,
Sorry about this - getting a tea infuser when you were expecting the sage green coffee set is really disappointing.
To check what went wrong, please attach to the dispute:
- a photo of the item you received
- a photo of the shipping label on the parcel
We'll review them as soon as they arrive and come back to you with a fix.
Harbourline Home team""", [
 ("feedback_request", "come back to you with a fix.",
  "come back to you with a fix. It would mean a lot if you could hold off on posting a review until then."),
 ("invented_amount_or_date", "as soon as they arrive", "within 48 hours of them arriving"),
 ("placeholder", "Hi Olivia,", "Hi [customer first name],"),
 ("wrong_language", "To check what went wrong, please attach to the dispute:\n- a photo of the item you received\n- a photo of the shipping label on the parcel\nWe'll review them as soon as they arrive and come back to you with a fix.",
  "Pour comprendre ce qui s'est passé, merci de joindre au litige :\n- une photo de l'article reçu\n- une photo de l'étiquette d'expédition du colis\nNous les examinerons dès réception et reviendrons vers vous avec une solution.", "evidence request and next step in French", "fr"),
 ("invented_tracking_number", "- a photo of the shipping label on the parcel",
  "- a photo of the shipping label on the parcel (it should read RH418203975CN)"),
])

G("c02a", 2, """Hola, Mariana:

Entendemos perfectamente tu preocupación. Revisamos el envío y tu lámpara sigue en camino; puedes seguirla con el número de rastreo LP00481736025CN.

¿Podrías cerrar la disputa por ahora? A cambio, extenderemos tu protección de compra 15 días, así sigues completamente protegida hasta que el paquete llegue a tu casa.

Cualquier duda, aquí estamos.

Saludos cordiales,
Equipo Tienda Colibrí""", [
 ("refund_promise", "Cualquier duda, aquí estamos.", "Y si al final no te llega, te regresamos tu dinero completo, eso tenlo por seguro."),
 ("invented_amount_or_date", "puedes seguirla con el número de rastreo LP00481736025CN.",
  "puedes seguirla con el número de rastreo LP00481736025CN; debería estar contigo antes del 28 de noviembre."),
 ("blame", "Revisamos el envío y tu lámpara sigue en camino;",
  "Revisamos el envío: Estafeta lleva días sin escanear el paquete, por eso el rastreo no avanza, pero tu lámpara sigue en camino;"),
 ("shouting", "¿Podrías cerrar la disputa por ahora?", "¿Podrías CERRAR LA DISPUTA por ahora?"),
 ("internal_note", "Cualquier duda, aquí estamos.", "Cualquier duda, aquí estamos. (ojo: ampliar la protección en el panel solo cuando ella cierre)"),
 ("missing_required_point", "¿Podrías cerrar la disputa por ahora? A cambio, extenderemos", "Extenderemos", "ask_close removed"),
])
G("c02b", 2, """Mariana, buenas tardes.
Tu pedido no se ha perdido: la lámpara solar va en tránsito y el número de guía LP00481736025CN te deja ver cada movimiento.
Te pedimos de favor que cierres la disputa por el momento; nosotros ampliamos tu protección de compra 15 días para que no corras ningún riesgo mientras llega.
Gracias por la paciencia.
Equipo Tienda Colibrí""", [
 ("off_platform_contact", "Gracias por la paciencia.", "Gracias por la paciencia; si prefieres, mándanos un WhatsApp y te vamos contando."),
 ("invented_tracking_number", "número de guía LP00481736025CN", "número de guía LP00481736052CN"),
 ("placeholder", "para que no corras ningún riesgo mientras llega.", "para que no corras ningún riesgo mientras llega a {ciudad_comprador}."),
 ("feedback_request", "Gracias por la paciencia.", "Gracias por la paciencia, y cuando la recibas, una calificación positiva nos ayudaría muchísimo."),
 ("wrong_language", "Te pedimos de favor que cierres la disputa por el momento; nosotros ampliamos tu protección de compra 15 días para que no corras ningún riesgo mientras llega.",
  "We kindly ask you to close the dispute for now; we will extend your buyer protection by 15 days so you are not at any risk while it arrives.", "core request in English", "en"),
])

G("c03a", 3, """Bonjour Geneviève,

Merci de nous avoir écrit. Nous voyons bien que votre colis (numéro de suivi YT2611548830217) est présentement retenu aux douanes.

Pour cette commande, les frais d'importation sont à la charge de l'acheteur : pourriez-vous avoir la gentillesse de les acquitter afin que le dédouanement puisse se faire? Dès que c'est réglé, vos chaussures pourront reprendre la route.

Si les douanes demandent un document, la facture par exemple, nous vous l'enverrons avec plaisir.

Au plaisir,
L'équipe Boutique Érable Nord""", [
 ("refund_promise", "nous vous l'enverrons avec plaisir.",
  "nous vous l'enverrons avec plaisir. Et pour vous dédommager du délai, un bon d'achat vous attend sur votre prochaine commande."),
 ("blame", "est présentement retenu aux douanes.",
  "est présentement retenu aux douanes, qui sont encore une fois d'une lenteur incroyable cette saison."),
 ("invented_amount_or_date", "pourriez-vous avoir la gentillesse de les acquitter",
  "pourriez-vous avoir la gentillesse d'acquitter les 18,50 $ demandés"),
 ("off_platform_contact", "nous vous l'enverrons avec plaisir.",
  "nous vous l'enverrons avec plaisir; écrivez-nous simplement à service@erablenord.ca pour l'obtenir."),
 ("placeholder", "(numéro de suivi YT2611548830217)", "(numéro de suivi <NUMERO_SUIVI>)"),
 ("missing_required_point", "\n\nSi les douanes demandent un document, la facture par exemple, nous vous l'enverrons avec plaisir.", "",
  "offer_documents removed"),
])

G("c04a", 4, """Hallo Herr Becker,

das tut uns wirklich leid – ein Lautsprecher, der sich nach dem Laden nicht einschalten lässt, ist natürlich ärgerlich.

Damit wir uns den Fehler genau ansehen können, schicken Sie uns bitte ein kurzes Video, in dem Sie das Gerät einschalten und man sieht, wie sich der Fehler zeigt.

Sobald das Video da ist, prüfen wir es umgehend und melden uns mit einer Lösung bei Ihnen.

Viele Grüße
Ihr Team von Funkwerk Outlet""", [
 ("refund_promise", "ist natürlich ärgerlich.", "ist natürlich ärgerlich. Ein Ersatzgerät geht auf jeden Fall kostenlos an Sie raus."),
 ("shouting", "schicken Sie uns bitte ein kurzes Video", "schicken Sie uns BITTE UNBEDINGT ein kurzes Video"),
 ("internal_note", "\n\nViele Grüße", "\n\nInterne Notiz: Charge aus dem Herbst hatte schon mehrere Akku-Reklamationen, mit Einkauf abklären.\n\nViele Grüße"),
 ("blame", "ist natürlich ärgerlich.", "ist natürlich ärgerlich. Meist liegt so etwas allerdings an einem ungeeigneten Ladegerät auf Kundenseite."),
 ("invented_tracking_number", "Damit wir uns den Fehler genau ansehen können,", "Damit wir uns den Fehler zu Ihrer Sendung LX762615093CN genau ansehen können,"),
 ("missing_required_point", "\n\nSobald das Video da ist, prüfen wir es umgehend und melden uns mit einer Lösung bei Ihnen.", "", "next_step removed"),
])

G("c05a", 5, """Gentile Chiara,

ci dispiace davvero: a quanto pare il suo pacco con i pennelli si è smarrito durante il viaggio.

Vorremmo rimediare subito. Le andrebbe bene se le rispedissimo l'articolo, senza alcun costo aggiuntivo per lei?

Se è d'accordo, ci risponda qui per confermare e controlli per favore che l'indirizzo di spedizione sia ancora corretto.

Un caro saluto,
Lo staff di Bottega Lunare""", [
 ("refund_promise", "senza alcun costo aggiuntivo per lei?", "senza alcun costo aggiuntivo per lei? Oppure, se preferisce, le rimborsiamo subito l'intero importo."),
 ("blame", "si è smarrito durante il viaggio.", "si è smarrito durante il viaggio: Poste Italiane purtroppo perde spesso i pacchi in questa zona."),
 ("feedback_request", "sia ancora corretto.", "sia ancora corretto. Quando i pennelli arriveranno, ci farebbe un grande favore lasciandoci una bella recensione."),
 ("wrong_language", "Se è d'accordo, ci risponda qui per confermare e controlli per favore che l'indirizzo di spedizione sia ancora corretto.",
  "If you agree, just reply here to confirm, and please double-check that your shipping address is still correct.", "confirmation paragraph in English", "en"),
 ("invented_amount_or_date", "Vorremmo rimediare subito.", "Vorremmo rimediare subito: possiamo rispedire entro il 20 novembre."),
 ("shouting", "ci dispiace davvero:", "CI DISPIACE DAVVERO:"),
])

G("c06a", 6, """Olá, Thiago!

Muito obrigado por topar o reenvio da sua capa de chuva. Já despachamos o produto novamente e o novo código de rastreio é LP00916604217CN.

Vamos ficar de olho nesse novo pacote e te avisamos aqui de qualquer novidade até ele chegar.

Um abraço,
Equipe Loja Maré Alta""", [
 ("refund_promise", "até ele chegar.", "até ele chegar. Como pedido de desculpas, mandamos junto um brinde surpresa."),
 ("invented_tracking_number", "o novo código de rastreio é LP00916604217CN.", "o novo código de rastreio é LP00916604271CN."),
 ("off_platform_contact", "te avisamos aqui de qualquer novidade", "te avisamos pelo WhatsApp de qualquer novidade"),
 ("internal_note", "o novo código de rastreio é LP00916604217CN.", "o novo código de rastreio é LP00916604217CN. (lembrar de subir esse código na disputa ainda hoje)"),
 ("invented_amount_or_date", "até ele chegar.", "até ele chegar, o que deve levar uns 12 dias úteis."),
 ("placeholder", "Olá, Thiago!", "Olá, {{nome_cliente}}!"),
])

G("c07a", 7, """Dzień dobry, Pani Katarzyno,

dziękujemy za przesłane zdjęcia. Widać na nich wyraźnie mechacenie i rozchodzący się szew – bardzo nam przykro, że koc tak wygląda.

Możemy zaproponować dwa rozwiązania:
- zatrzymuje Pani koc, a my zwracamy część pieniędzy, do 74.70 PLN,
- albo odsyła Pani koc i otrzymuje pełny zwrot pieniędzy.

Które rozwiązanie bardziej Pani odpowiada?

Z pozdrowieniami
Zespół Sklepu Zielony Kąt""", [
 ("amount_over_cap", "do 74.70 PLN", "do 120.00 PLN"),
 ("refund_promise", "Które rozwiązanie bardziej Pani odpowiada?", "Dodatkowo przy kolejnym zamówieniu dostanie Pani od nas rabat. Które rozwiązanie bardziej Pani odpowiada?"),
 ("blame", "bardzo nam przykro, że koc tak wygląda.", "bardzo nam przykro, że koc tak wygląda, choć takie mechacenie często bierze się z prania w zbyt gorącej wodzie."),
 ("missing_required_point", "dziękujemy za przesłane zdjęcia. Widać na nich wyraźnie mechacenie i rozchodzący się szew – bardzo nam przykro, że koc tak wygląda.\n\nMożemy", "możemy", "thank_evidence removed"),
 ("shouting", "Możemy zaproponować dwa rozwiązania:", "MOŻEMY ZAPROPONOWAĆ DWA ROZWIĄZANIA:"),
 ("wrong_language", "Możemy zaproponować dwa rozwiązania:\n- zatrzymuje Pani koc, a my zwracamy część pieniędzy, do 74.70 PLN,\n- albo odsyła Pani koc i otrzymuje pełny zwrot pieniędzy.\n\nKtóre rozwiązanie bardziej Pani odpowiada?",
  "We can offer you two options:\n- you keep the blanket and we refund part of the price, up to 74.70 PLN,\n- or you send the blanket back and receive a full refund.\n\nWhich option would you prefer?", "options and question in English", "en"),
])
G("c07b", 7, """Pani Katarzyno, dzień dobry!

Obejrzeliśmy zdjęcia, które Pani dołączyła – dziękujemy, że zadała sobie Pani ten trud. Koc rzeczywiście nie powinien się tak mechacić, a rozprute szwy to nasza wpadka. Przepraszamy.

Proponujemy tak: jeśli koc może zostać u Pani, zwrócimy część kwoty, maksymalnie 74.70 PLN. Jeśli woli Pani go odesłać, przyjmiemy zwrot i oddamy całą zapłaconą kwotę.

Proszę dać znać, którą opcję Pani wybiera.

Zespół Sklepu Zielony Kąt""", [
 ("amount_over_cap", "maksymalnie 74.70 PLN", "maksymalnie połowę ceny, czyli 124.50 PLN"),
 ("invented_amount_or_date", "Proszę dać znać, którą opcję Pani wybiera.", "Proszę dać znać do 20 listopada, którą opcję Pani wybiera."),
 ("off_platform_contact", "Proszę dać znać, którą", "Proszę dać znać mailowo na kontakt@zielonykat.pl, którą"),
 ("placeholder", "maksymalnie 74.70 PLN", "maksymalnie [KWOTA] PLN"),
 ("feedback_request", "Przepraszamy.", "Przepraszamy. Mamy tylko prośbę, żeby po zakończeniu sprawy poprawiła Pani ocenę sklepu."),
 ("internal_note", "oddamy całą zapłaconą kwotę.", "oddamy całą zapłaconą kwotę. (Marek: jak wybierze zwrot, nie wysyłamy etykiety, niech nada sama)"),
])

G("c08a", 8, """Здравствуйте, Алексей!

Мы уже передали платформе все наши доказательства по этому заказу.

Теперь решение примет специалист по спорам платформы, и каким бы оно ни было, мы его примем.

Если у вас появятся вопросы, пишите — мы по-прежнему на связи и готовы помочь.

С уважением,
Команда магазина «Северный Ветер»""", [
 ("refund_promise", "мы его примем.", "мы его примем. А если решение окажется не в вашу пользу, деньги мы вам всё равно вернём."),
 ("blame", "все наши доказательства по этому заказу.", "все наши доказательства по этому заказу: трекинг подтверждает вручение, так что посылку, скорее всего, забрал кто-то из ваших домашних или соседей."),
 ("shouting", "Если у вас появятся вопросы, пишите", "ЕСЛИ У ВАС ПОЯВЯТСЯ ВОПРОСЫ, ПИШИТЕ"),
 ("internal_note", "\n\nС уважением,", "\n\nИрина, скрин трекинга я загрузил, больше ничего не шлём.\n\nС уважением,"),
 ("invented_amount_or_date", "Теперь решение примет специалист", "В течение 5 рабочих дней решение примет специалист"),
 ("off_platform_contact", "пишите — мы по-прежнему на связи", "пишите нам в Telegram — мы по-прежнему на связи"),
 ("missing_required_point", "\n\nЕсли у вас появятся вопросы, пишите — мы по-прежнему на связи и готовы помочь.", "", "stay_available removed"),
])

G("c09a", 9, """Beste Sanne,

We zien dat je het geschil bij het platform hebt neergelegd, en eerlijk gezegd snappen we dat goed: wachten op een bestelling die maar niet komt, is frustrerend.

Wij werken volledig mee met de geschillenspecialist van het platform en sturen ons bewijs naar hen door.

Tegelijk staan we nog steeds open om samen met jou tot een oplossing te komen. Laat het ons gerust weten als je daar ideeën over hebt.

Hartelijke groet,
Team Tulpwinkel""", [
 ("refund_promise", "Laat het ons gerust weten als je daar ideeën over hebt.", "We kunnen je bijvoorbeeld alvast een kortingscode geven voor je volgende bestelling."),
 ("off_platform_contact", "Laat het ons gerust weten als je daar ideeën over hebt.", "Stuur ons gerust een berichtje via Instagram als je daar ideeën over hebt."),
 ("blame", "is frustrerend.", "is frustrerend, al ligt de vertraging echt bij PostNL en niet bij ons."),
 ("invented_tracking_number", "sturen ons bewijs naar hen door.", "sturen ons bewijs, waaronder de trackinggegevens van LP00620418853CN, naar hen door."),
 ("shouting", "en sturen ons bewijs naar hen door.", "en sturen ons bewijs naar hen door!!!"),
 ("wrong_language", "Wij werken volledig mee met de geschillenspecialist van het platform en sturen ons bewijs naar hen door.\n\nTegelijk staan we nog steeds open om samen met jou tot een oplossing te komen.",
  "Wir arbeiten voll mit dem Streitfall-Spezialisten der Plattform zusammen und schicken ihm unsere Nachweise.\n\nGleichzeitig sind wir weiterhin offen, gemeinsam mit dir eine Lösung zu finden.", "two of three points in German", "de"),
 ("missing_required_point", "\n\nWij werken volledig mee met de geschillenspecialist van het platform en sturen ons bewijs naar hen door.", "", "cooperate removed"),
])
