"""Data source: hand-written good replies. key -> dict(d=dispute key, lang, name=greeting name token, msg, miss=[substrings that carry one required point], wl=(lang, full reply in wrong language) or None)."""
GOODS = {
"p01a": dict(d="p01", lang="en", name="Harriet", miss=["Could you send us some photos of the damage, plus a couple of the outer box exactly as it arrived? Those show us what happened on the way.\n\n"], msg="""Dear Harriet,

I'm so sorry the teapot reached you in that state, that's really disappointing and we'd like to put it right with you.

Could you send us some photos of the damage, plus a couple of the outer box exactly as it arrived? Those show us what happened on the way.

Once they're through, we'll go over them straight away and get back to you with a way forward.

Kind regards,
Fernside Ceramics team""", wl=("fr", """Chère Harriet,

Nous sommes vraiment désolés que la théière vous soit arrivée dans cet état, et nous voulons arranger cela avec vous.

Pourriez-vous nous envoyer des photos des dégâts, ainsi que de l'emballage extérieur tel qu'il est arrivé ?

Dès que nous les aurons, nous les examinerons et reviendrons vers vous avec une solution.

Bien cordialement,
Fernside Ceramics team""")),
"p01b": dict(d="p01", lang="en", name="Harriet", miss=["As soon as we have them we'll take a look and come back to you with a solution.\n\n"], msg="""Hi Harriet,

Sorry about the broken spout and chipped lid, that's not how it should have arrived! To look into it we just need:
- photos of the damage
- photos of the outer packaging as it was delivered to you

As soon as we have them we'll take a look and come back to you with a solution.

Best wishes,
Fernside Ceramics team""", wl=None),
"p02a": dict(d="p02", lang="es", name="Lucía", miss=["Para revisar el caso, ¿nos podrías mandar una foto del vestido extendido sobre una superficie plana, con una cinta métrica encima y la etiqueta de talla a la vista?\n\n"], msg="""Hola Lucía:

Lamentamos mucho que el vestido no te haya quedado como esperabas; entendemos lo frustrante que es recibir una prenda que no es de tu talla.

Para revisar el caso, ¿nos podrías mandar una foto del vestido extendido sobre una superficie plana, con una cinta métrica encima y la etiqueta de talla a la vista?

En cuanto la recibamos la revisamos y te proponemos una solución.

Saludos cordiales,
Equipo Moda Sierra""", wl=("en", """Hi Lucía,

We're very sorry the dress didn't fit the way you expected; we understand how frustrating that is.

So we can check it, could you send us a photo of the dress laid flat with a measuring tape across it and the size label visible?

As soon as we get it we'll review it and suggest a solution.

Kind regards,
Equipo Moda Sierra""")),
"p03a": dict(d="p03", lang="ja", name="佐藤美咲", miss=["状況を確認させていただくため、電源を入れて不具合が起きている様子を撮影した短い動画をお送りいただけますでしょうか。\n\n"], msg="""佐藤美咲様

このたびはご購入いただいた電気ケトルが正常に動作しないとのこと、ご迷惑をおかけして大変申し訳ございません。

状況を確認させていただくため、電源を入れて不具合が起きている様子を撮影した短い動画をお送りいただけますでしょうか。

動画を拝見しましたら、すぐに確認のうえ、解決策をご連絡いたします。

ルミナ家電ストア スタッフ一同""", wl=None),
"p04a": dict(d="p04", lang="de", name="Frau Vogel", miss=["Bei dieser Bestellung übernimmt der Käufer die Einfuhrabgaben. Wir möchten Sie daher freundlich bitten, die Abgaben zu begleichen und die Verzollung abzuschließen, danach wird das Paket wieder freigegeben.\n\n"], msg="""Hallo Frau Vogel,

vielen Dank für Ihre Nachricht. Ihr Paket mit der Sendungsnummer UA918273645CN liegt derzeit beim Zoll.

Bei dieser Bestellung übernimmt der Käufer die Einfuhrabgaben. Wir möchten Sie daher freundlich bitten, die Abgaben zu begleichen und die Verzollung abzuschließen, danach wird das Paket wieder freigegeben.

Falls der Zoll Unterlagen wie die Rechnung verlangt, schicken wir Ihnen diese gerne sofort zu.

Freundliche Grüße
Ihr Team von Nordlicht Werkzeug""", wl=("en", """Hello Ms Vogel,

Thank you for your message. Your parcel with tracking number UA918273645CN is currently held at customs.

For this order the buyer pays the import duties, so we kindly ask you to pay them and complete the customs clearance; the parcel will then be released.

If customs asks for documents such as the invoice, we will gladly send them to you right away.

Kind regards,
Ihr Team von Nordlicht Werkzeug""")),
"p05a": dict(d="p05", lang="fr", name="Émilie", miss=["Bonne nouvelle : c'est nous qui payons les droits de douane et qui nous occupons du dédouanement. Vous n'avez donc rien à débourser.\n\n"], msg="""Bonjour Émilie,

Merci de nous avoir écrit. Votre colis (numéro de suivi LT204857361CN) est présentement retenu aux douanes.

Bonne nouvelle : c'est nous qui payons les droits de douane et qui nous occupons du dédouanement. Vous n'avez donc rien à débourser.

On vous demande simplement encore un peu de patience, le temps que les douanes libèrent le colis.

Au plaisir,
L'équipe Atelier Boréal""", wl=None),
"p06a": dict(d="p06", lang="pl", name="Panie Tomaszu", miss=["Sprawdzamy właśnie u przewoźnika, czego dokładnie potrzebuje urząd celny, aby ją wydać, i od razu damy znać, gdy tylko będziemy coś wiedzieć.\n\n"], msg="""Dzień dobry Panie Tomaszu,

widzimy, że przesyłka o numerze RQ556102938CN została zatrzymana w urzędzie celnym.

Sprawdzamy właśnie u przewoźnika, czego dokładnie potrzebuje urząd celny, aby ją wydać, i od razu damy znać, gdy tylko będziemy coś wiedzieć.

Prosimy o odrobinę cierpliwości, zajmujemy się tym.

Pozdrawiamy serdecznie
Zespół Domowy Zakątek""", wl=("en", """Good morning Tomasz,

We can see that the parcel with number RQ556102938CN has been held at customs.

We are checking with the carrier what exactly customs needs to release it, and we will let you know as soon as we know more.

Please bear with us a little, we are on it.

Best regards,
Zespół Domowy Zakątek""")),
"p07a": dict(d="p07", lang="pt", name="Rafael", miss=["Por isso, pedimos com carinho que feche a disputa por enquanto. "], msg="""Olá, Rafael!

Entendemos a sua preocupação com a demora. Pelo rastreio, o seu pedido está a caminho e você pode acompanhá-lo pelo código YT2611839204571.

Por isso, pedimos com carinho que feche a disputa por enquanto. Em troca, estendemos a sua proteção de compra em 15 dias, assim você continua totalmente protegido até a encomenda chegar.

Qualquer dúvida, estamos por aqui.

Abraços,
Equipe Casa Ipê""", wl=None),
"p07b": dict(d="p07", lang="pt", name="Rafael", miss=[" Do nosso lado, prorrogamos sua proteção do comprador por 15 dias, então você fica coberto até a entrega."], msg="""Oi Rafael, tudo bem?

Boa notícia: o pacote já está em trânsito (rastreio YT2611839204571). Você poderia fechar a disputa por agora? Do nosso lado, prorrogamos sua proteção do comprador por 15 dias, então você fica coberto até a entrega.

Obrigado pela paciência e conte com a gente!
Equipe Casa Ipê""", wl=None),
"p08a": dict(d="p08", lang="it", name="Giulia", miss=["Il pacco è regolarmente in viaggio verso di lei e può seguirlo con il numero di tracciamento LB771204863CN.\n\n"], msg="""Gentile Giulia,

capiamo benissimo l'attesa. Il pacco è regolarmente in viaggio verso di lei e può seguirlo con il numero di tracciamento LB771204863CN.

Le chiediamo gentilmente di chiudere la controversia per il momento: estenderemo la sua protezione d'acquisto di 20 giorni, così resterà pienamente tutelata fino all'arrivo del pacco.

Grazie mille per la comprensione.

Cordiali saluti,
Il team di Bottega Aurora""", wl=("en", """Dear Giulia,

We completely understand the wait. Your parcel is on its way to you and you can follow it with tracking number LB771204863CN.

We kindly ask you to close the dispute for now: we will extend your purchase protection by 20 days, so you stay fully protected until the parcel arrives.

Many thanks for your understanding.

Kind regards,
Il team di Bottega Aurora""")),
"p09a": dict(d="p09", lang="nl", name="Sanne", miss=["Zullen we het artikel opnieuw naar je versturen? Daar zijn voor jou geen extra kosten aan verbonden.\n\n"], msg="""Hoi Sanne,

Het spijt ons echt: het ziet ernaar uit dat je pakket onderweg is zoekgeraakt.

Zullen we het artikel opnieuw naar je versturen? Daar zijn voor jou geen extra kosten aan verbonden.

Laat je even weten of je dat wilt? Controleer dan ook meteen of je verzendadres nog klopt, dan kunnen we snel schakelen.

Groetjes,
Team Tulp & Draad""", wl=None),
"p10a": dict(d="p10", lang="ru", name="Анна", miss=["Нам очень жаль, но, судя по всему, ваша посылка потерялась в пути.\n\n"], msg="""Здравствуйте, Анна!

Нам очень жаль, но, судя по всему, ваша посылка потерялась в пути.

Мы можем отправить вам товар повторно, без каких-либо доплат с вашей стороны. Хотите?

Пожалуйста, ответьте нам, подходит ли вам такой вариант, и заодно проверьте, правильно ли указан адрес доставки.

С уважением,
команда магазина «Уютный Дом»""", wl=("en", """Hello Anna,

We are very sorry, but it looks like your parcel was lost on the way.

We can send the item to you again at no extra cost to you. Would you like that?

Please reply to let us know, and check that your delivery address is correct.

Best regards,
команда магазина «Уютный Дом»""")),
"p11a": dict(d="p11", lang="sv", name="Erik", miss=["Vi håller koll på det nya paketet och hör av oss om något händer på vägen.\n\n"], msg="""Hej Erik,

Tack för att du gick med på att vi skickar varan en gång till, det uppskattar vi!

Ullfilten är nu på väg igen, och det nya spårningsnumret är LZ902381746CN.

Vi håller koll på det nya paketet och hör av oss om något händer på vägen.

Ha en fin dag!
Fjällbo Design team""", wl=None),
"p12a": dict(d="p12", lang="tr", name="Elif Hanım", miss=["Ürünün yeniden gönderilmesini kabul ettiğiniz için çok teşekkür ederiz.\n\n"], msg="""Merhaba Elif Hanım,

Ürünün yeniden gönderilmesini kabul ettiğiniz için çok teşekkür ederiz.

Hırkanızı tekrar kargoya verdik; yeni takip numarası: UH447190238CN.

Yeni paketi yakından takip edeceğiz ve gelişmelerden sizi haberdar edeceğiz. Herhangi bir sorunuz olursa buradan yazabilirsiniz.

Saygılarımızla,
Lale Butik Ekibi""", wl=("en", """Hello Elif,

Thank you very much for agreeing to have the item sent again.

We have shipped your cardigan again; the new tracking number is UH447190238CN.

We will keep a close eye on the new parcel and keep you informed. If you have any questions, you can write to us here.

Best regards,
Lale Butik Ekibi""")),
"p13a": dict(d="p13", lang="en", name="Marcus", miss=["Just let us know which one suits you better.\n\n"], msg="""Hi Marcus,

Thanks for sending the photos of the boots. We can clearly see the sole coming away at the toe, and we're sorry, that shouldn't happen.

We'd like to offer you a choice:
- keep the boots and receive a partial refund of up to 18.00 USD, or
- send them back to us for a full refund.

Just let us know which one suits you better.

All the best,
Peakline Outdoor team""", wl=("es", """Hola Marcus:

Gracias por enviarnos las fotos de las botas. Se ve claramente que la suela se está despegando en la punta y lo sentimos mucho.

Te ofrecemos dos opciones:
- quedarte con las botas y recibir un reembolso parcial de hasta 18.00 USD, o
- devolvérnoslas y recibir el reembolso completo.

¿Cuál prefieres?

Un saludo,
Peakline Outdoor team""")),
"p13b": dict(d="p13", lang="en", name="Marcus", miss=["Which would you prefer?\n\n"], msg="""Hello Marcus,

Thank you for the photos and the video you added to the dispute. They show the sole coming loose quite clearly, and we apologise for it.

There are two ways we can settle this. If you're happy to keep the boots, we can give you a partial refund of up to 18.00 USD. If you'd rather not keep them, you can return them and get a full refund.

Which would you prefer?

Best regards,
Peakline Outdoor team""", wl=None),
"p14a": dict(d="p14", lang="es", name="Javier", miss=["Gracias por enviarnos las fotos. Vemos perfectamente la grieta en la pantalla de la lámpara y sentimos mucho que te haya llegado así.\n\n"], msg="""Hola, Javier:

Gracias por enviarnos las fotos. Vemos perfectamente la grieta en la pantalla de la lámpara y sentimos mucho que te haya llegado así.

Te proponemos dos opciones:
- quedarte con la lámpara y recibir un reembolso parcial de hasta 20.00 EUR;
- o devolverla y recibir el reembolso completo.

¿Cuál prefieres?

Un saludo,
Equipo Lumen Hogar""", wl=None),
"p14b": dict(d="p14", lang="es", name="Javier", miss=["Díganos, por favor, qué opción le resulta más cómoda.\n\n"], msg="""Estimado Javier:

Muchas gracias por las fotos que ha adjuntado; confirman el daño en la pantalla y lamentamos de verdad las molestias.

Si le parece bien quedarse con la lámpara, podemos hacerle un reembolso parcial de hasta 20.00 EUR. Si lo prefiere, también puede devolvérnosla y le reembolsaremos el importe completo.

Díganos, por favor, qué opción le resulta más cómoda.

Atentamente,
Equipo Lumen Hogar""", wl=("en", """Dear Javier,

Thank you very much for the photos you attached; they confirm the damage to the shade and we are truly sorry.

If you are happy to keep the lamp, we can give you a partial refund of up to 20.00 EUR. If you prefer, you can also return it and we will refund the full amount.

Please tell us which option suits you best.

Kind regards,
Equipo Lumen Hogar""")),
"p15a": dict(d="p15", lang="zh", name="王丽", miss=["接下来将由平台的纠纷专员进行裁决，无论结果如何，我们都会尊重平台的决定。\n\n"], msg="""王丽您好：

非常理解您等待耳机的心情。我们已经把相关证据（包括完整的物流记录）提交给了平台。

接下来将由平台的纠纷专员进行裁决，无论结果如何，我们都会尊重平台的决定。

在此期间如果您有任何疑问，随时可以在这里留言，我们一直都在。

星河数码团队""", wl=("en", """Hello Wang Li,

We fully understand how long you have been waiting for the earphones. We have already submitted our evidence, including the full tracking history, to the platform.

The platform's dispute specialist will now make the decision, and whatever the outcome, we will respect it.

If you have any questions in the meantime, just leave us a message here; we are always here.

星河数码团队""")),
"p16a": dict(d="p16", lang="de", name="Herr Brandt", miss=["Wenn Sie in der Zwischenzeit Fragen haben, sind wir weiterhin gern für Sie da.\n\n"], msg="""Guten Tag Herr Brandt,

es tut uns leid, dass Sie so lange auf Ihre Uhr warten. Wir haben unsere Nachweise inzwischen vollständig bei der Plattform eingereicht.

Nun entscheidet der Streitfall-Spezialist der Plattform über den Fall, und wir werden seine Entscheidung selbstverständlich respektieren.

Wenn Sie in der Zwischenzeit Fragen haben, sind wir weiterhin gern für Sie da.

Viele Grüße
Alpen Gadget team""", wl=("nl", """Goedendag meneer Brandt,

Het spijt ons dat u zo lang op uw horloge wacht. We hebben ons bewijsmateriaal inmiddels volledig bij het platform ingediend.

Nu beslist de geschillenspecialist van het platform, en wij zullen die beslissing uiteraard respecteren.

Heeft u in de tussentijd vragen, dan staan we graag voor u klaar.

Met vriendelijke groet,
Alpen Gadget team""")),
"p17a": dict(d="p17", lang="fr", name="Nicolas", miss=["Nous allons collaborer avec le spécialiste des litiges de la plateforme et lui fournir toutes nos preuves.\n\n"], msg="""Bonjour Nicolas,

Nous avons bien vu que vous avez transmis le litige à la plateforme, et nous comprenons tout à fait votre agacement après cette longue attente.

Nous allons collaborer avec le spécialiste des litiges de la plateforme et lui fournir toutes nos preuves.

Cela dit, notre porte reste ouverte : si nous pouvons trouver une solution ensemble d'ici là, nous en serons ravis.

Bien cordialement,
L'équipe Maison Verveine""", wl=None),
"p17b": dict(d="p17", lang="fr", name="M. Lefèvre", miss=[" Nous restons malgré tout disposés à chercher une solution avec vous."], msg="""Bonjour M. Lefèvre,

Votre litige est désormais entre les mains de la plateforme ; votre frustration est légitime et nous la comprenons. De notre côté, nous travaillerons avec le médiateur de la plateforme et lui transmettrons nos éléments de preuve. Nous restons malgré tout disposés à chercher une solution avec vous.

Cordialement,
L'équipe Maison Verveine""", wl=("it", """Buongiorno signor Lefèvre,

la sua controversia è ora nelle mani della piattaforma; la sua frustrazione è legittima e la comprendiamo. Da parte nostra lavoreremo con il mediatore della piattaforma e gli trasmetteremo le nostre prove. Restiamo comunque disponibili a cercare una soluzione insieme a lei.

Cordiali saluti,
L'équipe Maison Verveine""")),
"p18a": dict(d="p18", lang="pt", name="Inês", miss=["Continuamos, ainda assim, abertos a encontrar uma solução consigo.\n\n"], msg="""Olá Inês,

Vimos que levou a disputa para a plataforma e compreendemos perfeitamente que esteja frustrada com a cor da capa e com a nossa demora em responder.

Vamos colaborar com o especialista de disputas da plataforma e enviar-lhe todas as provas que temos.

Continuamos, ainda assim, abertos a encontrar uma solução consigo.

Com os melhores cumprimentos,
Equipa Oficina Atlântica""", wl=("es", """Hola Inês:

Hemos visto que has llevado la disputa a la plataforma y entendemos perfectamente que estés molesta por el color de la funda y por nuestra tardanza en responder.

Vamos a colaborar con el especialista en disputas de la plataforma y enviarle todas las pruebas que tenemos.

Aun así, seguimos abiertos a encontrar una solución contigo.

Un saludo,
Equipa Oficina Atlântica""")),
"p19a": dict(d="p19", lang="it", name="Marco", miss=["Appena il pacco ci arriva procederemo con il rimborso; nel frattempo, inserisca per favore il numero di tracciamento del reso nella controversia.\n\n"], msg="""Buongiorno Marco,

prendiamo atto della decisione della piattaforma per il reso con rimborso e la accettiamo.

Le chiediamo di rispedire l'articolo a questo indirizzo:
Magazzino Resi Bottega Lino, Via Pietro Custodi 18, 20136 Milano MI, Italia

Appena il pacco ci arriva procederemo con il rimborso; nel frattempo, inserisca per favore il numero di tracciamento del reso nella controversia.

Speriamo di poterla servire di nuovo in futuro.

Cordiali saluti,
Il team di Bottega Lino""", wl=None),
"p19b": dict(d="p19", lang="it", name="Marco", miss=["\n\nCi farebbe piacere ritrovarti tra i nostri clienti!"], msg="""Ciao Marco,

la piattaforma ha deciso per reso e rimborso, e per noi va benissimo. Ecco di nuovo l'indirizzo per la restituzione: Magazzino Resi Bottega Lino, Via Pietro Custodi 18, 20136 Milano MI, Italia.

Ricordati di aggiungere il codice di tracciamento della spedizione di reso alla controversia: il rimborso partirà non appena riceveremo la tovaglia.

Ci farebbe piacere ritrovarti tra i nostri clienti!

Un saluto,
Il team di Bottega Lino""", wl=None),
"p20a": dict(d="p20", lang="pl", name="Pani Agnieszko", miss=["Prosimy odesłać produkt na adres: ul. Składowa 7, 61-897 Poznań, Polska.\n\n"], msg="""Dzień dobry Pani Agnieszko,

przyjmujemy decyzję platformy o zwrocie towaru i zwrocie pieniędzy.

Prosimy odesłać produkt na adres: ul. Składowa 7, 61-897 Poznań, Polska.

Pieniądze zwrócimy, gdy tylko paczka do nas dotrze. Prosimy też o dodanie w sporze numeru śledzenia przesyłki zwrotnej.

Mamy nadzieję, że jeszcze kiedyś zrobi Pani u nas zakupy.

Z pozdrowieniami
Zespół Len i Wełna""", wl=("ru", """Здравствуйте, Агнешка!

Мы принимаем решение платформы о возврате товара и денег.

Пожалуйста, отправьте товар по адресу: ul. Składowa 7, 61-897 Poznań, Polska.

Деньги вернутся, как только посылка к нам придёт. Пожалуйста, добавьте в спор номер отслеживания возвратной посылки.

Надеемся, что вы ещё будете делать у нас покупки.

С уважением,
Zespół Len i Wełna""")),
"p21a": dict(d="p21", lang="ko", name="김민지", miss=["환불은 이제 플랫폼을 통해 진행될 예정입니다.\n\n"], msg="""김민지 고객님, 안녕하세요.

반품하신 가습기가 저희 쪽에 잘 도착했습니다. 확인해 주셔서 감사합니다.

환불은 이제 플랫폼을 통해 진행될 예정입니다.

이번에는 불편을 드려 죄송했고, 다음에 또 좋은 인연으로 뵐 수 있기를 바랍니다.

감사합니다.
한빛 리빙 팀""", wl=("en", """Hello Kim Minji,

The humidifier you returned has arrived safely with us. Thank you for checking.

Your refund will now go through the platform.

We are sorry for the trouble this time, and we hope to see you again in the future.

Thank you.
한빛 리빙 팀""")),
"p22a": dict(d="p22", lang="nl", name="Pieter", miss=["We hopen u in de toekomst opnieuw als klant te mogen verwelkomen.\n\n"], msg="""Beste Pieter,

Goed nieuws: de klok die u hebt teruggestuurd, is bij ons aangekomen. Bedankt om hem zo snel op te sturen.

De terugbetaling volgt nu via het platform.

We hopen u in de toekomst opnieuw als klant te mogen verwelkomen.

Met vriendelijke groeten,
Team Huis Hazelaar""", wl=None),
}
