"""Hand-written good replies. id -> (dispute key, text)."""

GOOD = {}


def g(id, dispute, text):
    assert id not in GOOD
    GOOD[id] = (dispute, text.strip("\n"))


g("i01a", "i01", """
Hi Megan Walsh,

Thank you for sending the photos and the video. We can clearly see the dent and the water leaking from the lid, and we're sorry the bottle arrived like this.

We'd like to offer you two options:
- Keep the bottle and receive a partial refund of up to 8.52 USD.
- Return the bottle to us for a full refund.

Which option works better for you? Just let us know here in the dispute.

Best regards,
Northwind Outdoor team
""")

g("i01b", "i01", """
Dear Megan Walsh,

Thanks a lot for the evidence. The leaking lid and the dent are obvious in your video, and we apologise for the trouble.

You can choose what suits you best: keep the bottle with a partial refund of up to 8.52 USD, or send it back and get a full refund. Which would you prefer?

Kind regards,
Northwind Outdoor team
""")

g("i02a", "i02", """
Hola, Lucía Fernández:

Entendemos tu preocupación, un mes es mucho tiempo de espera. Te confirmamos que tus zapatillas siguen en camino; puedes seguir el envío con el número de seguimiento LP00471829365CN.

¿Podrías, por favor, cerrar la disputa por ahora? Nosotros ampliaremos tu protección de compra en 20 días, para que sigas totalmente protegida hasta que el paquete llegue a tu casa.

Muchas gracias por tu paciencia.

Equipo de Paso Firme
""")

g("i02b", "i02", """
Estimada Lucía Fernández:

Gracias por escribirnos. Su pedido 8200220193847756 está en tránsito y avanza hacia su destino; el número de seguimiento es LP00471829365CN.

Le pedimos amablemente que cierre la disputa de momento. Por nuestra parte, extenderemos su protección de compra 20 días, de modo que seguirá cubierta hasta recibir sus zapatillas.

Un cordial saludo,
Equipo de Paso Firme
""")

g("i03a", "i03", """
Bonjour Camille Laurent,

La plateforme a décidé d'un retour avec remboursement, et nous acceptons bien sûr cette décision.

Voici l'adresse exacte de retour : Retours Atelier Lin, 8 rue de la Gare, 59100 Roubaix, France.

Dès que la robe nous sera parvenue, le remboursement sera traité. Pensez à ajouter le numéro de suivi du retour dans le litige, cela nous permettra de suivre le colis.

Nous espérons vous retrouver bientôt sur notre boutique.

L'équipe Atelier Lin
""")

g("i04a", "i04", """
Guten Tag Stefanie Wagner,

vielen Dank für Ihre Nachricht. Ihr Paket mit der Kaffeemühle wird derzeit beim Zoll festgehalten; Sie können es mit der Sendungsnummer LP00830215577CN verfolgen.

Bei dieser Bestellung trägt der Käufer die Einfuhrabgaben. Wir möchten Sie daher freundlich bitten, die Abgaben zu bezahlen und die Verzollung abzuschließen – danach wird das Paket zugestellt.

Falls der Zoll Unterlagen wie die Rechnung verlangt, schicken wir Ihnen diese sehr gerne sofort zu.

Freundliche Grüße
Ihr Kaffeewerk-Team
""")

g("i05a", "i05", """
Buongiorno Giulia Romano,

ci dispiace molto: sembra proprio che il pacco con il set di coltelli sia andato perso durante il viaggio.

Vuole che le spediamo di nuovo l'articolo? Per lei non ci sarebbe nessun costo aggiuntivo.

Se le va bene, ci risponda qui per confermare e controlli per favore che l'indirizzo di spedizione sia corretto.

Cordiali saluti,
Il team di Cucina Viva
""")

g("i06a", "i06", """
Olá, Ana Carolina Souza!

Sentimos muito que as panelas tenham chegado amassadas e com a tampa trincada, ainda mais sendo um presente. Queremos resolver isso com você.

Para podermos analisar rapidamente, você poderia nos enviar fotos dos danos e da embalagem externa do jeito que ela chegou?

Assim que recebermos as fotos, vamos analisá-las e voltaremos a falar com você com uma solução.

Um abraço,
Equipe Cozinha Feliz
""")

g("i07a", "i07", """
Dzień dobry, Katarzyna Wiśniewska,

dziękujemy, że zgodziła się Pani na ponowną wysyłkę lampki. Lampka została już nadana ponownie, a jej nowy numer przesyłki to LP00778899001CN.

Będziemy na bieżąco obserwować nową paczkę i informować Panią o jej drodze. Mamy nadzieję, że córka wkrótce będzie cieszyć się lampką!

Pozdrawiamy serdecznie,
Zespół Jasny Dom
""")

g("i08a", "i08", """
Здравствуйте, Ольга Смирнова!

Спасибо, что написали нам. Мы уже передали платформе все наши доказательства по этому заказу.

Теперь решение примет специалист платформы по спорам, и мы, конечно, выполним его решение.

Если у вас появятся вопросы, пишите — мы по-прежнему на связи и готовы помочь.

С уважением,
Команда ДомТехника
""")

g("i08b", "i08", """
Ольга Смирнова, добрый день!

Понимаем, как неприятно ждать. Сообщаем, что наши доказательства уже отправлены на платформу. Дальше спор рассматривает специалист платформы, и мы примем любое его решение. А пока мы остаёмся здесь и с радостью ответим на ваши вопросы.

Команда ДомТехника
""")

g("i09a", "i09", """
Beste Sanne de Vries,

We zien dat u het geschil bij het platform heeft neergelegd, en we begrijpen heel goed dat u gefrustreerd bent na zo lang wachten op uw fietstas.

Wij gaan samenwerken met de geschillenspecialist van het platform en leveren ons bewijs aan, zodat de zaak snel bekeken kan worden.

Tegelijk staan we nog altijd open om samen met u tot een oplossing te komen.

Met vriendelijke groet,
Team Fietsfabriek
""")

g("i10a", "i10", """
Merhaba Elif Yılmaz,

İade ettiğiniz kulaklık bize ulaştı; özenle paketlediğiniz için teşekkür ederiz.

Ücret iadeniz şimdi platform üzerinden yapılacak. Bankanıza bağlı olarak tutarın hesabınıza yansıması biraz zaman alabilir.

Yaşadığınız sorun için tekrar özür dileriz. Gelecekte yeniden sizinle alışveriş yapmayı umuyoruz.

Saygılarımızla,
Anadolu Elektronik Ekibi
""")

g("i11a", "i11", """
김민지 고객님, 안녕하세요.

청소기가 몇 초 만에 꺼져 불편을 드려 정말 죄송합니다. 저희가 함께 해결해 드리고 싶습니다.

빠르게 확인할 수 있도록, 청소기 전원을 켜고 문제가 발생하는 모습을 담은 짧은 동영상을 보내 주실 수 있을까요?

영상을 받는 대로 바로 확인하고 해결 방법을 안내해 드리겠습니다.

감사합니다.
하나몰 고객지원팀
""")

g("i12a", "i12", """
佐藤 健 様

動画をお送りいただき、ありがとうございます。左側のイヤホンから音が出ない状態を確認いたしました。ご不便をおかけして申し訳ございません。

つきましては、次の二つの方法をご提案いたします。
・商品はそのままお使いいただき、最大1245 JPYを一部返金する
・商品をご返品いただき、全額を返金する

どちらをご希望か、お知らせいただけますでしょうか。

ミライ電機ストア スタッフ一同
""")

g("i12b", "i12", """
佐藤 健 様、こんにちは。

証拠の動画を拝見しました。左耳から音が出ないとのこと、大変失礼いたしました。商品をお手元に残して最大1245 JPYの部分返金を受けるか、商品を返品して全額返金を受けるか、お選びいただけます。ご希望の方法を教えていただけますか。

よろしくお願いいたします。
ミライ電機ストア スタッフ一同
""")

g("i13a", "i13", """
林晓雯您好：

非常理解您着急的心情，孩子开学要用饭盒。您的包裹目前仍在运输途中，您可以通过物流单号 YT2203145566778 随时查看进度。

能否麻烦您先关闭这次纠纷？我们会为您延长 30 天的购买保护期，在包裹送达之前您都能得到充分保障。

感谢您的耐心与理解！
Happy Home 家居客服团队
""")

g("i13b", "i13", """
亲爱的林晓雯，您好！

您的饭盒已经在路上了，物流单号是 YT2203145566778，您可以随时跟踪。麻烦您暂时关闭纠纷，我们这边会把您的购买保护延长 30 天，确保您在收到包裹之前一直受到保护。

祝您生活愉快！
Happy Home 家居客服团队
""")

g("i14a", "i14", """
مرحباً ليلى الحسن،

شكراً لتواصلك معنا. نرى أن شحنتك محتجزة حالياً في الجمارك، ويمكنك متابعتها برقم التتبع AX5520918347.

لا داعي للقلق: نحن من سيدفع الرسوم الجمركية ونتولى إجراءات التخليص بأنفسنا، لذلك لن تدفعي أي شيء.

نرجو منك القليل من الصبر إلى أن تفرج الجمارك عن الطرد.

مع أطيب التحيات،
فريق متجر النخبة
""")

g("i15a", "i15", """
Hej Erik Lindqvist,

Plattformen har beslutat om retur och återbetalning, och vi godtar beslutet.

Skicka vattenkokaren till den här adressen: Nordhem Returer, Lagergatan 14, 418 78 Göteborg, Sverige.

Så snart returen har kommit fram behandlar vi återbetalningen. Lägg gärna till returens spårningsnummer i ärendet så att vi kan följa paketet.

Vi hoppas att få göra affärer med dig igen i framtiden.

Vänliga hälsningar,
Nordhem kundservice
""")

g("i16a", "i16", """
Dobrý den, Tomáš Novák,

je nám moc líto, že se zásilka s myší podle všeho ztratila na cestě.

Chcete, abychom vám myš poslali znovu? Nebude vás to stát nic navíc.

Dejte nám prosím vědět odpovědí zde a zkontrolujte, zda je vaše doručovací adresa správná.

S pozdravem
Tým TechBox
""")

g("i17a", "i17", """
Вітаємо, Олександр Коваленко!

Ми бачимо, що ви передали спір на платформу, і розуміємо ваше розчарування — павербанк мав працювати як слід.

Ми співпрацюватимемо зі спеціалістом платформи з розгляду спорів і надамо йому всі наші докази.

Водночас ми й надалі відкриті до того, щоб знайти рішення разом із вами.

З повагою,
Команда Енергія Шоп
""")

g("i18a", "i18", """
Bună ziua, Andrei Popescu,

Vă mulțumim pentru fotografiile trimise. Se vede clar că bretea s-a descusut și ne pare rău pentru neplăcere.

Vă putem propune două variante: păstrați rucsacul și primiți o rambursare parțială de până la 37.98 RON, sau returnați rucsacul pentru o rambursare integrală.

Ce variantă preferați?

Cu stimă,
Echipa Atelier Rucsac
""")

g("i19a", "i19", """
Kedves Kovács Eszter!

Köszönjük, hogy beleegyezett a pénztárca újbóli elküldésébe. A pénztárcát már újra feladtuk, az új csomag követési száma: RB551207736SG.

Figyelemmel kísérjük az új küldeményt, és folyamatosan tájékoztatjuk Önt. Reméljük, hogy ezúttal gyorsan és hiánytalanul megérkezik.

Üdvözlettel:
A Bőrműhely csapata
""")

g("i20a", "i20", """
Καλησπέρα σας, Μαρία Παπαδοπούλου,

Σας ενημερώνουμε ότι παραλάβαμε το σερβίτσιο που μας επιστρέψατε. Ευχαριστούμε που το συσκευάσατε τόσο προσεκτικά.

Η επιστροφή των χρημάτων σας θα ακολουθήσει τώρα μέσω της πλατφόρμας.

Λυπούμαστε για την ταλαιπωρία και ελπίζουμε να συνεργαστούμε ξανά μαζί σας στο μέλλον.

Με εκτίμηση,
Η ομάδα των Κεραμικών Αιγαίου
""")

g("i21a", "i21", """
Hej Mette Nielsen,

Tak for din besked. Vi kan se, at din pakke med uldtæppet i øjeblikket er tilbageholdt i tolden. Du kan følge den med sporingsnummeret RR904412378CN.

Vi er i gang med at undersøge hos fragtfirmaet, hvad tolden skal bruge for at frigive pakken, og vi giver dig besked, så snart vi ved mere.

Vi beder om lidt tålmodighed, mens vi får det løst.

Venlig hilsen
Hygge Hjem-teamet
""")

g("i22a", "i22", """
Hei Aino Virtanen,

Olemme todella pahoillamme, että takki on pienempi kuin kokotaulukossa ja hihat jäävät lyhyiksi. Haluamme selvittää asian kanssasi.

Jotta voimme tarkistaa asian nopeasti, voisitko lähettää meille kuvan takista tasaisella alustalla niin, että mittanauha on sen poikki ja kokolappu näkyy vieressä?

Heti kun saamme kuvan, katsomme sen ja palaamme asiaan ratkaisun kanssa.

Ystävällisin terveisin
Pohjola Stylen tiimi
""")

g("i23a", "i23", """
Hello Oliver Bennett,

Thank you for your message, and we're sorry the speaker reached you with a crushed grille.

We wanted to let you know that we have already submitted our evidence to the platform. A dispute specialist from the platform will now review the case and make a decision, and we will fully respect whatever they decide.

In the meantime, we're still here for you. If you have any questions, just reply in this dispute.

Best wishes,
SoundBay Customer Care
""")

g("i24a", "i24", """
Hola, Alejandro Ruiz:

Muchas gracias por las fotos. Vemos que una de las lámparas llegó con el brazo roto y lamentamos mucho el inconveniente, sobre todo siendo para su oficina.

Le ofrecemos dos opciones:
- Quedarse con las lámparas y recibir un reembolso parcial de hasta 279.60 MXN.
- Devolver el artículo y recibir el reembolso completo.

¿Cuál de las dos opciones prefiere?

Saludos cordiales,
Equipo Casa Brillo
""")
