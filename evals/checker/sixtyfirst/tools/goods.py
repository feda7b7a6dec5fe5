"""The 30 good replies of set 'sixtyfirst', written by hand. key -> (dispute number, text)."""
GOOD = {
"nm01a": (1, """Hi Oliver,

I'm so sorry the teapot reached you cracked, especially when it was meant to be a present. That is a real let-down and we want to put it right with you.

So that we can look into it properly, could you please send us photos of the damage and of the outer packaging as it arrived? A couple of clear shots are plenty.

As soon as the photos are in, we'll go through them and come back to you with a solution.

Warm regards,
Priya, Kettle & Leaf customer care"""),
"nm01b": (1, """Dear Oliver Hughes,

Thank you for letting us know about the glass teapot. We're sorry it arrived damaged; that is not how any order of ours should look when it's unwrapped.

Could you attach to this dispute some photos of the damage, together with a picture of the outer box exactly as it was delivered? This helps us see where the crack happened.

Once we have them, we will review everything straight away and get back to you with how we can resolve it.

Priya, Kettle & Leaf customer care"""),
"nm02a": (2, """Hola Valeria:

Entendemos tu preocupación, un mes esperando se hace largo. Te confirmamos que tu lámpara va en camino: puedes seguirla con el número de rastreo LP00451298763CN.

Como el paquete sigue en tránsito, ¿podrías cerrar la disputa por ahora? Para que no pierdas ninguna garantía, ampliaremos tu protección de compra por 20 días, así estarás cubierta hasta que llegue.

Cualquier duda, escríbenos aquí mismo por la plataforma.

Un abrazo,
Equipo Casa Brillo"""),
"nm02b": (2, """Valeria, buenas tardes.

Lamentamos la espera. Revisamos el envío y tu pedido sigue en tránsito; el número de seguimiento es LP00451298763CN y ahí verás cada avance.

Te pedimos un favor: cierra la disputa por el momento. A cambio extendemos tu protección del comprador 20 días más, de modo que sigues totalmente protegida mientras llega la lámpara.

Gracias por tu paciencia.
Equipo Casa Brillo"""),
"nm03a": (3, """Здравствуйте, Анна!

Спасибо за фотографии, которые вы приложили к спору. Мы видим, что цвет толстовки действительно отличается от фото в объявлении, и нам очень жаль, что так получилось.

Мы можем предложить вам два варианта: оставить толстовку и получить частичный возврат до 1497.00 RUB, либо вернуть её и получить полный возврат денег.

Какой вариант вам больше подходит? Напишите, пожалуйста, и мы сразу всё оформим.

С уважением,
Команда Tkan Market"""),
"nm04a": (4, """佐藤 美咲様

再送にご同意いただき、誠にありがとうございます。
ご注文のワイヤレスイヤホンを改めて発送いたしました。新しい追跡番号は EJ527364819CN です。
新しい荷物の配送状況は私どもでも注意深く確認し、何か動きがあればすぐにお知らせいたします。
ご不便をおかけして申し訳ございません。到着まで今しばらくお待ちください。

Sora Audio サポートチーム"""),
"nm05a": (5, """Bonjour Émilie,

La plateforme a tranché en faveur d'un retour et remboursement, et nous acceptons cette décision sans problème.

Voici l'adresse de retour pour les bottes : Boréal Chaussures, Retours, 455 rue Saint-Paul Ouest, Montréal QC H2Y 2A1, Canada

Dès que le colis nous parvient, nous traitons le remboursement. Merci d'ajouter le numéro de suivi du retour dans le litige, cela nous aidera à le repérer rapidement.

Nous espérons avoir le plaisir de vous servir de nouveau.

L'équipe Boréal Chaussures"""),
"nm05b": (5, """Chère Émilie Tremblay,

Suite à la décision de la plateforme (retour et remboursement), voici comment procéder. Veuillez renvoyer les bottes à l'adresse suivante :
Boréal Chaussures, Retours, 455 rue Saint-Paul Ouest, Montréal QC H2Y 2A1, Canada

Une fois les bottes reçues chez nous, votre remboursement sera effectué. Pensez à inscrire le numéro de suivi de votre envoi dans le litige.

Désolés que la pointure ne convienne pas ; nous serions ravis de vous retrouver pour une prochaine commande.

Cordialement,
L'équipe Boréal Chaussures"""),
"nm06a": (6, """Hallo Herr Gruber,

danke für Ihre Nachricht, und entschuldigen Sie die Wartezeit. Ihr Paket mit der Espressomaschine wird derzeit beim Zoll festgehalten; Sie können den Stand jederzeit mit der Sendungsnummer LP00394817265CN verfolgen.

Bei dieser Bestellung trägt der Käufer die Einfuhrabgaben. Dürfen wir Sie daher bitten, die Abgaben zu bezahlen und die Verzollung abzuschließen? Danach wird das Paket freigegeben und zugestellt.

Falls der Zoll Unterlagen wie die Rechnung verlangt, schicken wir Ihnen diese gerne sofort.

Freundliche Grüße
Ihr Caffè Werk Team"""),
"nm06b": (6, """Grüß Gott, Herr Lukas Gruber,

Ihre Sendung LP00394817265CN liegt im Moment beim Zoll in Österreich. Das ist ärgerlich, lässt sich aber rasch lösen.

Laut den Bestellbedingungen übernimmt bei diesem Auftrag der Käufer Zoll und Einfuhrumsatzsteuer. Wir bitten Sie deshalb freundlich, die Abgaben zu begleichen und die Zollabfertigung abzuschließen.

Benötigt der Zoll ein Dokument, etwa die Handelsrechnung, geben Sie uns kurz Bescheid – wir stellen es Ihnen umgehend zur Verfügung.

Viele Grüße
Ihr Caffè Werk Team"""),
"nm07a": (7, """Ciao Giulia,

capiamo benissimo la tua rabbia, e ci dispiace davvero: sembra proprio che il pacco con il frullatore sia andato perso durante il viaggio.

Vorresti che te lo spedissimo di nuovo? Per te non ci sarebbe alcun costo aggiuntivo.

Se sei d'accordo, rispondi pure a questo messaggio per confermare e controlla che l'indirizzo di spedizione sia ancora corretto, così partiamo subito.

Grazie per la pazienza,
Lo staff di Cucina Viva"""),
"nm08a": (8, """Olá, Rafael!

Sentimos muito que o relógio não esteja ligando. Queremos te tranquilizar: já enviamos as nossas evidências para a plataforma.

Agora o especialista em disputas da plataforma vai analisar o caso e tomar a decisão, e nós vamos respeitar o que for decidido.

Enquanto isso, continuamos à disposição aqui no chat da disputa para qualquer dúvida que você tiver.

Abraços,
Equipe TechBrasa"""),
"nm09a": (9, """Beste Sanne,

We zien dat je het geschil bij het platform hebt neergelegd, en we begrijpen heel goed dat je gefrustreerd bent na zo lang wachten op je plaid.

We gaan samenwerken met de geschillenspecialist van het platform en leveren ons bewijs aan, zodat de zaak goed bekeken kan worden.

Tegelijk staan we nog altijd open om samen met jou tot een oplossing te komen. Laat het ons gerust weten via de berichten hier.

Met vriendelijke groet,
Team Warm Wonen"""),
"nm10a": (10, """Merhaba Elif Hanım,

İade ettiğiniz deri omuz çantası bize ulaştı, teşekkür ederiz. Çantayı özenle paketlediğiniz için ayrıca teşekkürler.

İadeniz teslim alındığı için geri ödemeniz artık platform üzerinden gerçekleşecek.

Yaşadığınız sorun için tekrar özür dileriz. İleride sizinle yeniden alışveriş yapmayı umuyoruz.

Saygılarımızla,
Anadolu Deri Ekibi"""),
"nm11a": (11, """김민준 님, 안녕하세요.

선풍기가 전혀 작동하지 않아 많이 불편하셨을 텐데 정말 죄송합니다.
빠르게 확인할 수 있도록, 선풍기를 켰을 때 고장 증상이 나타나는 모습을 짧은 영상으로 찍어 보내주실 수 있을까요?
영상을 받는 대로 바로 살펴보고 해결 방법을 안내해 드리겠습니다.

바람상회 고객지원팀"""),
"nm12a": (12, """陳怡君您好：

讓您久等了，真的很抱歉。您的帆布托特包目前仍在運送途中，您可以用追蹤號碼 LP00259384716CN 查看最新進度。
因為包裹還在路上，想麻煩您先關閉這次的糾紛。我們會為您延長 10 天的購買保障，讓您在收到包裹之前都能完全受到保障。
謝謝您的耐心與體諒！

布里小舖客服"""),
"nm13a": (13, """مرحباً نورة،

شكراً لإرسالك الفيديو، ونعتذر بصدق عن الخدوش والخياطة المفكوكة؛ نتفهم تماماً انزعاجك.

يسعدنا أن نعرض عليك خيارين: أن تحتفظي بالحافظة مع استرداد جزئي يصل إلى 87.25 SAR، أو أن تعيدي المنتج وتحصلي على استرداد كامل للمبلغ.

أي الخيارين تفضلين؟ أخبرينا وسنقوم بالإجراءات فوراً.

مع أطيب التحيات،
فريق متجر الواحة"""),
"nm14a": (14, """Hej Erik!

Tack för att du gick med på att vi skickar lampan igen. Den är nu på väg till dig, och det nya spårningsnumret är LP00918273654CN.

Vi håller ett öga på det nya paketet och hör av oss om något händer längs vägen. Förlåt för besväret med den första försändelsen.

Ha en fin dag!
Maja på Nordljus"""),
"nm15a": (15, """Dobrý den, paní Nováková,

platforma rozhodla o vrácení zboží a vrácení peněz a my toto rozhodnutí plně respektujeme.

Bundu prosím pošlete na tuto adresu: Horal Outdoor – vratky, Vinohradská 112, 130 00 Praha 3, Česko

Jakmile vrácená bunda dorazí, peníze vám vrátíme. Prosíme také, abyste do sporu doplnila sledovací číslo zásilky.

Omlouváme se za záměnu a doufáme, že u nás v budoucnu opět nakoupíte.

S pozdravem
Tým Horal Outdoor"""),
"nm16a": (16, """Kedves Zsófia!

Köszönjük, hogy jelezte. Látjuk, hogy a csomagot jelenleg a vámon tartják; az LP00582937164CN követési számmal bármikor nyomon követheti.

Jó hírünk van: a vámot mi fizetjük ki, és az ügyintézést is mi intézzük, így Önnek semmit sem kell fizetnie.

Kérjük, legyen egy kis türelemmel, amíg a vámhatóság kiadja a csomagot.

Üdvözlettel:
A Zöld Otthon csapata"""),
"nm17a": (17, """Bună ziua, Andrei,

Ne pare foarte rău: se pare că coletul cu fierbătorul s-a pierdut pe drum.

Doriți să vă trimitem produsul din nou? Noua expediere nu v-ar costa nimic în plus.

Vă rugăm să ne răspundeți aici pentru confirmare și să verificați dacă adresa de livrare este corectă, ca să putem pregăti coletul imediat.

Cu drag,
Echipa Casa Veselă"""),
"nm18a": (18, """Kære Mette

Vi forstår godt, at det er træls ikke at have fået stolen. Vi har allerede sendt vores dokumentation til platformen.

Nu er det platformens tvistspecialist, der træffer afgørelsen, og vi vil naturligvis respektere den.

Har du spørgsmål imens, er vi stadig her og hjælper gerne – skriv bare her i sagen.

Venlig hilsen
Bøgehus kundeservice"""),
"nm19a": (19, """Hei Aino,

näemme, että olet vienyt riidan alustan käsiteltäväksi, ja ymmärrämme hyvin turhautumisesi – liian pienet kengät ja vastauksen odottaminen eivät ole mukava yhdistelmä.

Teemme yhteistyötä alustan riitojen asiantuntijan kanssa ja toimitamme hänelle oman aineistomme.

Olemme edelleen valmiita etsimään ratkaisun yhdessä kanssasi, joten kerro vapaasti toiveistasi täällä viesteissä.

Ystävällisin terveisin
Polku Sportin asiakaspalvelu"""),
"nm20a": (20, """Dzień dobry, Katarzyna Wiśniewska,

dziękujemy za cierpliwość – zwrócony zestaw kluczy nasadowych dotarł już do nas.

Zwrot pieniędzy zostanie teraz zrealizowany za pośrednictwem platformy.

Przepraszamy za brakujące elementy w przesyłce i mamy nadzieję, że jeszcze kiedyś zrobi Pani u nas zakupy. Będzie nam bardzo miło znów Panią obsłużyć.

Pozdrawiamy serdecznie,
Zespół Warsztat Plus"""),
"nm21a": (21, """Вітаємо, Олена Коваленко!

Нам дуже шкода, що замість термочашки, яку ви замовляли, прийшла зовсім інша. Розуміємо, як це прикро, і хочемо все виправити.

Щоб ми могли швидко розібратися, надішліть, будь ласка, фото отриманого товару та фото транспортної етикетки з посилки.

Щойно отримаємо фото, одразу їх переглянемо і повернемося до вас із рішенням.

З повагою,
Команда «Тепла Кава»"""),
"nm22a": (22, """Γεια σας, κ. Παπαδόπουλος,

καταλαβαίνουμε απόλυτα το άγχος σας. Το δέμα με το ηχείο είναι καθ' οδόν και μπορείτε να το παρακολουθείτε με τον αριθμό αποστολής LP00846291537CN.

Θα μπορούσατε, παρακαλούμε, να κλείσετε τη διαφορά προς το παρόν; Εμείς θα παρατείνουμε την προστασία αγοράς σας κατά 30 ημέρες, ώστε να είστε πλήρως καλυμμένος μέχρι να φτάσει το δέμα.

Σας ευχαριστούμε για την υπομονή!
Η ομάδα του Ixos Shop"""),
"nm23a": (23, """Hi Marcus,

Thanks for sending the video and photo. We watched it, and you're right: the picture stays blurry however the lens is focused. I'm sorry it's been so frustrating.

Here are two ways we can settle this. You can keep the projector and receive a partial refund of up to 11.60 USD, or you can return it for a full refund.

Which would you prefer? Just let me know here and I'll set it up.

Best,
Dana at BrightBeam"""),
"nm23b": (23, """Hello Marcus Bell,

Thank you for the evidence you attached to the dispute. It clearly shows the blurry image, and we apologise for the trouble with your mini projector.

We'd like to offer you a choice:
- Keep the projector, with a partial refund of up to 11.60 USD
- Send the projector back and get a full refund

Could you tell us which of these options suits you better?

Kind regards,
Dana at BrightBeam"""),
"nm24a": (24, """Hola, Carmen:

Hemos visto que la plataforma ha resuelto una devolución con reembolso y, por supuesto, la aceptamos.

Puedes enviar el vestido a esta dirección: Lino Mediterráneo Devoluciones, Calle de Colón 27, 46004 Valencia, España

En cuanto recibamos el vestido tramitaremos el reembolso. Te agradeceríamos que añadieras el número de seguimiento de la devolución en la disputa.

Sentimos que el color no fuera el esperado y ojalá volvamos a verte pronto por nuestra tienda.

Un saludo,
Equipo de Lino Mediterráneo"""),
"nm24b": (24, """Estimada Carmen Navarro:

Acatamos la decisión de la plataforma de devolución y reembolso. Le rogamos que remita el vestido de lino a la siguiente dirección:

Lino Mediterráneo Devoluciones, Calle de Colón 27, 46004 Valencia, España

Una vez que el paquete llegue a nuestro almacén, procesaremos el reembolso. Para agilizarlo, indique por favor en la disputa el número de seguimiento del envío de vuelta.

Esperamos poder atenderla de nuevo en el futuro.

Atentamente,
Equipo de Lino Mediterráneo"""),
}
