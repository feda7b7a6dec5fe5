"""Good replies and one-edit bad variants, part A (x01-x12). Written by hand for the tenth set.

Each bad edit is (defect, old, new, note): `old` must occur exactly once in the good text and is
replaced by `new`. For wrong_language the tuple is (defect, lang, full translated text, note).
"""

GOODS_A = [
dict(id="x01a", d="x01_en_evidence", lang="en", text="""Dear Harriet,

I'm so sorry the teapot turned up cracked and with a chipped lid. That's a horrible thing to unwrap, especially when it was meant as a present.

Could you send us a couple of photos showing the crack and the chip, plus one or two of the outer box and packaging just as it reached you? That lets us see where things went wrong.

As soon as the photos come in, I'll go through them myself and get back to you with a way to put this right.

Kind regards,
Sam, Willowmere Home""", bads=[
 ("refund_promise", "and get back to you with a way to put this right.", "and refund you in full straight away, no need to send anything back.", "full refund promised in the next-step sentence, before evidence is seen"),
 ("off_platform_contact", "That lets us see where things went wrong.", "That lets us see where things went wrong. If uploading here is fiddly, just email them to sam.willowmere@gmail.com instead.", "personal gmail address offered for the photos"),
 ("blame", "I'm so sorry the teapot turned up cracked", "Royal Mail's sorting staff clearly chucked this one about. I'm so sorry the teapot turned up cracked", "blames the carrier's staff in the opening"),
 ("feedback_request", "\n\nKind regards,", "\n\nIn the meantime, would you mind holding off on leaving any feedback until we've sorted it? Reviews make or break a small shop like ours.\n\nKind regards,", "asks buyer to hold off on feedback, before sign-off"),
 ("internal_note", "\n\nKind regards,", "\n\n(check packing video for 7300112233445501 before she sends pics)\n\nKind regards,", "agent's note to self left in before sign-off"),
 ("wrong_language", "fr", """Chère Harriet,

Je suis vraiment désolé que la théière soit arrivée fêlée et avec le couvercle ébréché. C'est très désagréable à déballer, surtout quand il s'agissait d'un cadeau.

Pourriez-vous nous envoyer quelques photos de la fêlure et de l'éclat, ainsi qu'une ou deux photos du carton et de l'emballage tels qu'ils vous sont parvenus ? Cela nous permettra de voir ce qui s'est passé.

Dès que les photos arrivent, je les regarde moi-même et je reviens vers vous avec une solution.

Bien cordialement,
Sam, Willowmere Home""", "whole reply in French for an en-GB buyer"),
]),
dict(id="x01b", d="x01_en_evidence", lang="en", text="""Hi Harriet,

Sorry to hear about the cracked teapot and the chipped lid, not the gift you were hoping to give.

To look into it, we just need:
- photos of the crack and the chipped lid
- a photo of the outer packaging as it arrived

Once we have them we'll check everything and come back to you with a solution.

Sam, Willowmere Home""", bads=[
 ("missing_required_point", "To look into it, we just need:\n- photos of the crack and the chipped lid\n- a photo of the outer packaging as it arrived\n\n", "", "evidence request list deleted"),
 ("placeholder", "Hi Harriet,", "Hi {customer_first_name},", "template variable left in greeting"),
 ("shouting", "- a photo of the outer packaging as it arrived\n", "- a photo of the outer packaging as it arrived\n\nDO NOT THROW THE BOX AWAY UNTIL THIS IS SORTED!!!\n", "shouted line after the list"),
 ("invented_amount_or_date", "come back to you with a solution.", "come back to you with a solution by Friday 24 October.", "invented reply date"),
 ("invented_tracking_number", "- a photo of the outer packaging as it arrived", "- a photo of the outer packaging as it arrived (label RM418822170GB)", "near miss of the real tracking number (07 -> 70)"),
 ("refund_promise", "Sorry to hear about the cracked teapot and the chipped lid, not the gift you were hoping to give.", "Sorry to hear about the cracked teapot and the chipped lid, not the gift you were hoping to give. We'll pop a replacement teapot in the post for you on the house.", "free replacement offered before evidence"),
]),
dict(id="x02a", d="x02_es_evidence", lang="es", text="""Hola, Ximena:

Lamentamos mucho que la chamarra le haya quedado tan chica; entendemos lo frustrante que es esperar un pedido y que las mangas no lleguen ni a la muñeca.

Para revisarlo bien, ¿nos podría mandar una foto de la chamarra extendida sobre una superficie plana, con una cinta métrica encima y la etiqueta de la talla a la vista? Con eso podemos comparar las medidas reales con la tabla del anuncio.

En cuanto nos llegue la foto la revisamos y le escribimos con una solución.

Saludos cordiales,
Equipo Tienda Nopal""", bads=[
 ("refund_promise", "con la tabla del anuncio.", "con la tabla del anuncio. Si de verdad es más chica, le reembolsamos el total ese mismo día.", "refund promised before the evidence is checked"),
 ("blame", "Lamentamos mucho que la chamarra le haya quedado tan chica; entendemos", "Lamentamos que la chamarra le haya quedado chica, aunque la tabla de medidas venía clarita en el anuncio y había que revisarla antes de pedir; entendemos", "blames buyer for not checking size chart"),
 ("off_platform_contact", "¿nos podría mandar una foto", "¿nos podría mandar al WhatsApp que aparece en nuestro perfil una foto", "asks for the photo via WhatsApp"),
 ("placeholder", "Equipo Tienda Nopal", "Equipo Tienda Nopal\n[Nombre del agente]", "agent-name placeholder under signature"),
 ("invented_amount_or_date", "En cuanto nos llegue la foto la revisamos", "En cuanto nos llegue la foto la revisamos en menos de 48 horas", "invented turnaround time"),
 ("shouting", "con la tabla del anuncio.", "con la tabla del anuncio. ¡¡¡ES MUY IMPORTANTE QUE SE VEA LA ETIQUETA!!!", "shouted sentence after evidence request"),
 ("wrong_language", "en", """Hello Ximena,

We are very sorry the jacket turned out so small on you; we understand how frustrating it is to wait for an order and then find the sleeves don't even reach your wrists.

To check it properly, could you send us a photo of the jacket laid flat, with a measuring tape across it and the size label visible? That way we can compare the real measurements with the size chart in the listing.

As soon as we get the photo we will review it and write back with a solution.

Kind regards,
Equipo Tienda Nopal""", "whole reply in English for an es-MX buyer"),
]),
dict(id="x03a", d="x03_de_evidence", lang="de", text="""Guten Tag Herr Wendeler,

das tut uns leid. Ein Milchaufschäumer, der nach ein paar Sekunden wieder ausgeht, ist natürlich ärgerlich, gerade wenn der Akku voll geladen ist.

Damit wir den Fehler genau nachvollziehen können, schicken Sie uns bitte ein kurzes Video, in dem Sie das Gerät einschalten und man sieht, wie es sich wieder abschaltet.

Sobald das Video da ist, schauen wir es uns an und melden uns mit einem Lösungsvorschlag bei Ihnen.

Freundliche Grüße
Ihr KüchenFuchs-Team""", bads=[
 ("refund_promise", "und melden uns mit einem Lösungsvorschlag bei Ihnen.", "und schicken Ihnen ohne Umstände kostenlos einen neuen Aufschäumer zu.", "free replacement promised instead of next step"),
 ("internal_note", "\n\nFreundliche Grüße", "\n\n[Intern: Listing-Fotos mit Reklamation abgleichen, Antwortfrist beachten]\n\nFreundliche Grüße", "bracketed internal checklist line"),
 ("feedback_request", "melden uns mit einem Lösungsvorschlag bei Ihnen.", "melden uns mit einem Lösungsvorschlag bei Ihnen. Wenn Sie danach zufrieden sind, freuen wir uns sehr über eine gute Bewertung im Shop.", "asks for a good rating"),
 ("missing_required_point", "Sobald das Video da ist, schauen wir es uns an und melden uns mit einem Lösungsvorschlag bei Ihnen.\n\n", "", "next-step sentence deleted"),
 ("shouting", "wie es sich wieder abschaltet.", "wie es sich wieder abschaltet. BITTE DAS GERÄT NICHT EINFACH ZURÜCKSCHICKEN!!!", "shouted warning"),
 ("wrong_language", "en", """Good afternoon Mr Wendeler,

we are sorry about this. A milk frother that switches off again after a few seconds is annoying, especially when the battery is fully charged.

So that we can see exactly what the fault is, please send us a short video in which you switch the device on and we can see it turning itself off again.

As soon as the video arrives we will look at it and get back to you with a proposed solution.

Kind regards
Ihr KüchenFuchs-Team""", "whole reply in English for a German buyer"),
]),
dict(id="x04a", d="x04_pl_customs", lang="pl", text="""Dzień dobry, Pani Agnieszko,

rozumiemy, że czekanie na paczkę jest frustrujące. Sprawdziliśmy przesyłkę o numerze UB774410238CN i faktycznie jest ona obecnie zatrzymana w urzędzie celnym.

Zgodnie z warunkami tego zamówienia opłaty importowe pokrywa kupujący, dlatego uprzejmie prosimy o ich uregulowanie i dokończenie odprawy celnej. Wtedy paczka ruszy dalej.

Gdyby urząd celny potrzebował jakichkolwiek dokumentów, np. faktury, chętnie je Pani prześlemy.

Pozdrawiamy serdecznie,
Zespół Ostrze Sklep""", bads=[
 ("blame", "rozumiemy, że czekanie na paczkę jest frustrujące.", "rozumiemy, że czekanie jest frustrujące, ale polski urząd celny zawsze się tak guzdrze i nic na to nie poradzimy.", "blames Polish customs"),
 ("invented_amount_or_date", "dlatego uprzejmie prosimy o ich uregulowanie", "dlatego uprzejmie prosimy o ich uregulowanie (to około 94 zł)", "invented duty amount"),
 ("invented_tracking_number", "Wtedy paczka ruszy dalej.", "Wtedy paczka ruszy dalej, a krajowy numer nadania w Poczcie Polskiej to PX00839127465.", "extra domestic tracking number not in dispute"),
 ("off_platform_contact", "chętnie je Pani prześlemy.", "chętnie je Pani prześlemy. Najprościej będzie, jeśli napisze Pani do nas na Messengerze, tam odpisujemy szybciej.", "moves conversation to Messenger"),
 ("refund_promise", "Wtedy paczka ruszy dalej.", "Wtedy paczka ruszy dalej. W ramach przeprosin za opóźnienie zwrócimy Pani część kwoty za zamówienie.", "partial money back as compensation for customs delay"),
 ("placeholder", "Pani Agnieszko", "Pani [IMIĘ]", "name placeholder in greeting"),
 ("shouting", "dokończenie odprawy celnej.", "dokończenie odprawy celnej. PROSZĘ OPŁACIĆ CŁO JAK NAJSZYBCIEJ!!!", "shouted sentence"),
]),
dict(id="x05a", d="x05_it_customs", lang="it", text="""Gentile Benedetta,

ha ragione, e ci scusiamo per lo spavento. Il suo pacco (tracking LX302918456CN) è effettivamente fermo in dogana in questo momento.

Non deve pagare nulla: i dazi doganali li paghiamo noi e ci occupiamo direttamente dello sdoganamento con il corriere.

Le chiediamo solo un po' di pazienza, giusto il tempo che la dogana rilasci il pacco. Appena si sblocca lo vedrà di nuovo in movimento nel tracciamento.

Un cordiale saluto,
Lo staff di Luce Viva""", bads=[
 ("refund_promise", "Le chiediamo solo un po' di pazienza", "Per il disagio le riconosceremo anche un buono sconto sul prossimo ordine. Le chiediamo solo un po' di pazienza", "discount voucher for the customs delay"),
 ("invented_amount_or_date", "i dazi doganali li paghiamo noi", "i dazi doganali, 12,40 €, li paghiamo noi", "invented duty amount"),
 ("missing_required_point", "Non deve pagare nulla: i dazi doganali li paghiamo noi e ci occupiamo direttamente dello sdoganamento con il corriere.\n\n", "", "seller-pays paragraph deleted"),
 ("internal_note", "con il corriere.", "con il corriere. (nota: caricare la ricevuta del pagamento dazi nella contestazione)", "internal reminder in parentheses"),
 ("blame", "è effettivamente fermo in dogana in questo momento.", "è fermo in dogana, e purtroppo la dogana italiana è un disastro di lentezza e burocrazia.", "blames Italian customs"),
 ("feedback_request", "\n\nUn cordiale saluto,", "\n\nE se alla fine resta soddisfatta, ci farebbe un grande favore lasciandoci cinque stelle.\n\nUn cordiale saluto,", "asks for five stars"),
 ("wrong_language", "en", """Dear Benedetta,

you are right, and we apologise for the scare. Your parcel (tracking LX302918456CN) is indeed held at customs at the moment.

You do not have to pay anything: we are paying the customs duties ourselves and handling the clearance directly with the carrier.

We only ask for a little patience while customs releases the parcel. As soon as it is released you will see it moving again in the tracking.

Kind regards,
Lo staff di Luce Viva""", "whole reply in English for an Italian buyer"),
]),
dict(id="x06a", d="x06_fr_customs", lang="fr", text="""Bonjour Gabrielle,

Merci de nous avoir écrit. On comprend que vous avez hâte de recevoir vos bottes avant les premières neiges! Votre colis, numéro de suivi CA662019873CN, est présentement retenu aux douanes.

Nous vérifions avec le transporteur ce dont les douanes ont besoin pour le libérer, et nous vous tiendrons au courant dès qu'on en sait plus.

Nous vous demandons encore un peu de patience pendant qu'on règle ça.

Bonne journée,
L'équipe Boréal Chaussures""", bads=[
 ("refund_promise", "pendant qu'on règle ça.", "pendant qu'on règle ça. Et si jamais ça traîne trop, on vous rembourse, promis.", "conditional refund promise"),
 ("off_platform_contact", "et nous vous tiendrons au courant dès qu'on en sait plus.", "et on vous texte dès qu'on en sait plus : laissez-nous votre numéro de cellulaire ici.", "asks for a cell number to text the buyer"),
 ("invented_tracking_number", "numéro de suivi CA662019873CN", "numéro de suivi CA662019837CN", "near miss of the real tracking number (73 -> 37)"),
 ("placeholder", "Merci de nous avoir écrit.", "Merci de nous avoir écrit au sujet de la commande n° [NUMÉRO_COMMANDE].", "order-number placeholder"),
 ("invented_amount_or_date", "dès qu'on en sait plus.", "dès qu'on en sait plus. Normalement, tout devrait être réglé d'ici le 3 novembre.", "invented release date"),
 ("shouting", "pendant qu'on règle ça.", "pendant qu'on règle ça. ON S'EN OCCUPE TOUT DE SUITE!!!", "shouted sentence"),
 ("wrong_language", "en", """Hello Gabrielle,

Thank you for writing to us. We understand you can't wait to get your boots before the first snow! Your parcel, tracking number CA662019873CN, is currently being held at customs.

We are checking with the carrier what customs needs in order to release it, and we will keep you posted as soon as we know more.

We ask for a little more patience while we sort this out.

Have a nice day,
L'équipe Boréal Chaussures""", "whole reply in English for a fr-CA buyer"),
]),
dict(id="x07a", d="x07_pt_extend", lang="pt", text="""Oi, Thiago! Tudo bem?

Pode ficar tranquilo, seu pedido está protegido. O fone já está a caminho e você pode acompanhar pelo código de rastreio NL839201746BR. Às vezes o rastreio fica um tempo sem atualizar, mas a encomenda continua andando.

Queria te pedir um favor: você poderia encerrar a disputa por enquanto? Do nosso lado, a gente estende a sua proteção de compra por 20 dias, assim você continua totalmente coberto até o fone chegar.

Qualquer dúvida, é só chamar aqui.

Abraço,
Equipe SomMax""", bads=[
 ("refund_promise", "até o fone chegar.", "até o fone chegar. E se mesmo assim não chegar, a gente devolve o seu dinheiro na hora.", "refund promised while asking to close"),
 ("blame", "Às vezes o rastreio fica um tempo sem atualizar", "Os Correios são lentos demais e vivem sem atualizar o rastreio", "blames the carrier"),
 ("missing_required_point", "Queria te pedir um favor: você poderia encerrar a disputa por enquanto? ", "", "ask-to-close sentence deleted"),
 ("invented_amount_or_date", "até o fone chegar.", "até o fone chegar, o que deve acontecer até o dia 18 de novembro.", "invented delivery date"),
 ("internal_note", "Equipe SomMax", "Equipe SomMax\n\n[obs. interna: só estender a proteção no painel depois que ele encerrar]", "internal note under the signature"),
 ("feedback_request", "Qualquer dúvida, é só chamar aqui.", "Qualquer dúvida, é só chamar aqui. E quando o fone chegar, não esquece de deixar aquela avaliação positiva pra gente! 😉", "asks for positive review"),
 ("wrong_language", "es", """¡Hola, Thiago! ¿Qué tal?

Puedes estar tranquilo, tu pedido está protegido. Los audífonos ya van en camino y puedes seguirlos con el código de rastreo NL839201746BR. A veces el rastreo pasa un tiempo sin actualizarse, pero el paquete sigue avanzando.

Quería pedirte un favor: ¿podrías cerrar la disputa por ahora? Por nuestra parte, ampliamos tu protección de compra 20 días, así sigues totalmente cubierto hasta que lleguen.

Cualquier duda, escríbenos aquí.

Un abrazo,
Equipe SomMax""", "whole reply in Spanish for a pt-BR buyer"),
]),
dict(id="x08a", d="x08_nl_extend", lang="nl", text="""Hoi Sanne,

Vervelend dat het zo lang duurt, dat snappen we helemaal. Goed nieuws: je fietslampen zijn echt onderweg. Met de track-and-tracecode 3SQLZ48120553 kun je het pakket blijven volgen.

Zou je het geschil voor nu willen sluiten? Wij verlengen dan je aankoopbescherming met 15 dagen, zodat je volledig beschermd blijft tot het pakket er is.

Groetjes,
Our Store team""", bads=[
 ("refund_promise", "Wij verlengen dan je aankoopbescherming met 15 dagen,", "Wij verlengen dan je aankoopbescherming met 15 dagen en je krijgt van ons een kortingscode voor je volgende bestelling,", "discount code added to the protection offer"),
 ("off_platform_contact", "kun je het pakket blijven volgen.", "kun je het pakket blijven volgen. Stuur ons anders even een appje via WhatsApp, dan houden we je persoonlijk op de hoogte.", "WhatsApp contact offered"),
 ("invented_tracking_number", "kun je het pakket blijven volgen.", "kun je het pakket blijven volgen; bij PostNL staat het ook onder 3SYTR90218457.", "second tracking code not in dispute"),
 ("placeholder", "Hoi Sanne,", "Hoi [klantnaam],", "name placeholder"),
 ("internal_note", "\n\nGroetjes,", "\n\n(sjabloon extend_delivery_time: screenshot van tracking uploaden)\n\nGroetjes,", "remedy id and checklist item left in"),
 ("shouting", "zijn echt onderweg.", "zijn echt onderweg. HET PAKKET IS NIET KWIJT!!!", "shouted sentence"),
 ("wrong_language", "de", """Hallo Sanne,

ärgerlich, dass es so lange dauert, das verstehen wir total. Gute Nachricht: Deine Fahrradlampen sind wirklich unterwegs. Mit der Sendungsnummer 3SQLZ48120553 kannst du das Paket weiter verfolgen.

Würdest du den Streitfall vorerst schließen? Wir verlängern dann deinen Käuferschutz um 15 Tage, damit du voll geschützt bist, bis das Paket da ist.

Viele Grüße,
Our Store team""", "whole reply in German for a Dutch buyer (language only detectable from messages)"),
]),
dict(id="x09a", d="x09_tr_reship_offer", lang="tr", text="""Merhaba Elif Hanım,

Çok özür dileriz; yaptığımız kontrole göre paketiniz maalesef yolda kaybolmuş görünüyor. Bu kadar beklemenize gerçekten üzüldük.

Dilerseniz saat kayışı setini size hiçbir ek ücret ödemeden yeniden gönderebiliriz. Bunu ister misiniz?

Onaylıyorsanız lütfen bu mesaja yanıt verin. Bu arada kayıtlı teslimat adresinizin doğru olup olmadığını da kontrol edebilir misiniz?

Saygılarımızla,
Kayış Dünyası ekibi""", bads=[
 ("refund_promise", "Bunu ister misiniz?", "Bunu ister misiniz, yoksa paranızı iade etmemizi mi tercih edersiniz?", "refund offered as an alternative"),
 ("blame", "paketiniz maalesef yolda kaybolmuş görünüyor.", "PTT Kargo paketinizi maalesef kaybetmiş; onların dikkatsizliği yüzünden bu kadar beklediniz.", "blames the carrier"),
 ("missing_required_point", "\n\nOnaylıyorsanız lütfen bu mesaja yanıt verin. Bu arada kayıtlı teslimat adresinizin doğru olup olmadığını da kontrol edebilir misiniz?", "", "confirm/check-address paragraph deleted"),
 ("placeholder", "Merhaba Elif Hanım,", "Merhaba {alici_adi} Hanım,", "template variable for the name"),
 ("shouting", "da kontrol edebilir misiniz?", "da kontrol edebilir misiniz? LÜTFEN ADRESİNİZİ MUTLAKA KONTROL EDİN!!!", "shouted sentence"),
 ("feedback_request", "\n\nSaygılarımızla,", "\n\nSorun çözülene kadar olumsuz değerlendirme bırakmazsanız çok seviniriz.\n\nSaygılarımızla,", "asks not to leave negative feedback"),
 ("wrong_language", "en", """Hello Elif,

We are very sorry; according to our check, your parcel unfortunately seems to have been lost on the way. We are truly sorry you had to wait so long.

If you like, we can send the watch strap set to you again at no extra cost. Would you like that?

If you agree, please reply to this message. Could you also check that your saved delivery address is correct?

Best regards,
Kayış Dünyası ekibi""", "whole reply in English for a Turkish buyer (language detected from messages)"),
]),
dict(id="x10a", d="x10_sv_reship_offer", lang="sv", text="""Hej Linnea!

Tråkigt att höra. Det verkar tyvärr som att paketet har kommit bort på vägen, och det beklagar vi verkligen.

Vill du att vi skickar filten till dig igen? Det kostar dig ingenting extra.

Svara gärna här och bekräfta, och dubbelkolla samtidigt att leveransadressen i din beställning stämmer, så att allt blir rätt den här gången.

Vänliga hälsningar
Nordljus Textil team""", bads=[
 ("refund_promise", "Det kostar dig ingenting extra.", "Det kostar dig ingenting extra, och som plåster på såren lägger vi med en extra filt i paketet.", "free extra item"),
 ("off_platform_contact", "Svara gärna här och bekräfta", "Mejla gärna kundservice@nordljustextil.se och bekräfta", "asks to confirm by email"),
 ("invented_amount_or_date", "Det kostar dig ingenting extra.", "Det kostar dig ingenting extra, och den är framme inom 7–10 arbetsdagar.", "invented delivery time"),
 ("internal_note", "\n\nVänliga hälsningar", "\n\nAtt göra: anmäl förlorat paket till PostNord + kolla lagret innan vi skickar.\n\nVänliga hälsningar", "seller to-do list left in"),
 ("shouting", "Det kostar dig ingenting extra.", "Det kostar dig ingenting extra. VI SKICKAR DIREKT NÄR DU HAR SVARAT!!!", "shouted sentence"),
 ("invented_tracking_number", "Vill du att vi skickar filten till dig igen?", "Vill du att vi skickar filten till dig igen? Det nya paketet får i så fall spårningsnummer LA991028375CN.", "invented new tracking number"),
 ("wrong_language", "en", """Hi Linnea!

Sorry to hear that. Unfortunately it looks like the parcel got lost on the way, and we really regret that.

Would you like us to send the blanket to you again? It costs you nothing extra.

Please reply here to confirm, and at the same time double-check that the delivery address in your order is correct, so that everything goes right this time.

Kind regards
Nordljus Textil team""", "whole reply in English for a Swedish buyer"),
]),
dict(id="x11a", d="x11_ru_reship_confirm", lang="ru", text="""Здравствуйте, Дмитрий!

Спасибо, что согласились на повторную отправку, и ещё раз извините за потерянную посылку.

Термокружку мы уже отправили заново. Новый трек-номер: RS220918374CN, по нему можно отслеживать посылку.

Мы со своей стороны тоже будем следить за её движением и сразу напишем вам, если что-то изменится.

С уважением,
Команда ТеплоДом""", bads=[
 ("refund_promise", "если что-то изменится.", "если что-то изменится. А если и эта посылка потеряется, сразу вернём вам деньги.", "refund promised if reshipment fails"),
 ("invented_tracking_number", "RS220918374CN", "RS220918347CN", "near miss of the new tracking number (74 -> 47)"),
 ("missing_required_point", "\n\nМы со своей стороны тоже будем следить за её движением и сразу напишем вам, если что-то изменится.", "", "keep-updated paragraph deleted"),
 ("off_platform_contact", "сразу напишем вам, если что-то изменится.", "сразу напишем вам в Telegram, если что-то изменится. Добавьте нас: @teplodom_help.", "Telegram handle"),
 ("feedback_request", "\n\nС уважением,", "\n\nБудем очень признательны, если после получения вы поставите нам пять звёзд.\n\nС уважением,", "asks for five stars"),
 ("shouting", "по нему можно отслеживать посылку.", "по нему можно отслеживать посылку. ПОСЫЛКА УЖЕ В ПУТИ!!!", "shouted sentence"),
 ("invented_amount_or_date", "Термокружку мы уже отправили заново.", "Термокружку мы отправили заново 30 октября.", "invented shipping date"),
 ("wrong_language", "en", """Hello Dmitry!

Thank you for agreeing to the reshipment, and once again we are sorry about the lost parcel.

We have already sent the travel mug again. The new tracking number is RS220918374CN, you can follow the parcel with it.

We will also keep an eye on it on our side and will write to you straight away if anything changes.

Best regards,
Команда ТеплоДом""", "whole reply in English for a Russian buyer (language detected from messages)"),
]),
dict(id="x12a", d="x12_cs_reship_confirm", lang="cs", text="""Dobrý den, paní Dvořáková,

moc děkujeme, že souhlasíte s novým odesláním, a doufáme, že stavebnice dorazí včas k synovým narozeninám.

Stavebnici jsme Vám už poslali znovu, nové sledovací číslo zásilky je CZ7730019264.

Novou zásilku budeme sami průběžně hlídat a dáme Vám vědět, jakmile se cokoli pohne.

S pozdravem
Tým Hračkov""", bads=[
 ("refund_promise", "Novou zásilku budeme sami průběžně hlídat", "Jako omluvu jsme do balíčku přibalili pro syna malý dárek navíc. Novou zásilku budeme sami průběžně hlídat", "free gift added"),
 ("invented_amount_or_date", "je CZ7730019264.", "je CZ7730019264. Podle dopravce by měla být u Vás do 5 pracovních dnů.", "invented delivery time"),
 ("placeholder", "Tým Hračkov", "Tým Hračkov\n[podpis operátora]", "operator-signature placeholder"),
 ("blame", "je CZ7730019264.", "je CZ7730019264. Česká pošta bohužel zásilky ztrácí dost často, tak snad to tentokrát zvládne.", "blames the carrier"),
 ("internal_note", "je CZ7730019264.", "je CZ7730019264. (nahrát nové číslo do sporu!)", "internal reminder in parentheses"),
 ("shouting", "jakmile se cokoli pohne.", "jakmile se cokoli pohne. DĚKUJEME ZA TRPĚLIVOST!!!", "shouted sentence"),
 ("wrong_language", "de", """Guten Tag Frau Dvořáková,

vielen Dank, dass Sie mit dem erneuten Versand einverstanden sind. Wir hoffen, dass der Baukasten rechtzeitig zum Geburtstag Ihres Sohnes ankommt.

Wir haben den Baukasten bereits erneut verschickt, die neue Sendungsnummer ist CZ7730019264.

Wir behalten die neue Sendung selbst im Blick und melden uns, sobald sich etwas tut.

Mit freundlichen Grüßen
Tým Hračkov""", "whole reply in German for a Czech buyer"),
]),
]
