"""Good replies, hand-written one per dispute (plus a second for a few)."""
# id: (dispute number, language of the reply, text)
GOOD = {
"os01a": (1, "en", """Hi Megan Holloway,

Thank you for letting us know, and I'm really sorry the kettle isn't up to standard: a lid that won't close and a wobbly handle is not what you should get.

To check this properly, could you send us clear close-up photos or a short video of the quality problem, ideally showing the lid and the handle? As soon as it arrives we will look at it and come back to you with a solution.

Kind regards,
BrightHome Store team"""),
"os02a": (2, "es", """Hola Alejandro Ruiz:

Entendemos perfectamente tu preocupación, un mes es mucho tiempo esperando unos audífonos. Te confirmamos que tu paquete sigue en camino; puedes seguirlo con el número LP00731950284CN.

Como aún está en tránsito, te pedimos amablemente que cierres la disputa por ahora. Para que no pierdas ninguna protección, con gusto ampliamos tu protección de compra por 20 días mientras llega el paquete.

Gracias por tu paciencia y comprensión.

SonicWave MX team"""),
"os02b": (2, "es", """¡Hola, Alejandro Ruiz!

Lamentamos la espera. Revisamos el envío y el paquete sigue avanzando con Cainiao / Estafeta, número de seguimiento LP00731950284CN. ¿Serías tan amable de cerrar la disputa de momento? No te quedarás desprotegido: extendemos tu protección de compra 20 días más, así que sigues cubierto mientras llega.

Un saludo cordial,
SonicWave MX team"""),
"os03a": (3, "ru", """Здравствуйте, Дмитрий Соколов!

Нам очень жаль, что посылка, по всей видимости, потерялась в пути — понимаем, как неприятно ждать месяц без новостей.

Хотите, чтобы мы отправили набор отвёрток повторно? Это будет без каких-либо дополнительных расходов для вас. Пожалуйста, ответьте, чтобы подтвердить, и заодно проверьте, правильно ли указан ваш адрес доставки.

С уважением,
ToolMaster Official team"""),
"os04a": (4, "ja", """佐藤 美咲 様

このたびは再発送にご同意いただき、誠にありがとうございます。お待たせしてしまい申し訳ございません。

シルクのアイマスクを改めて発送いたしました。新しい追跡番号は LP00620384511CN です。

新しい荷物の配送状況は当店でも引き続き確認し、何かあればすぐにお知らせいたします。到着まで今しばらくお待ちくださいませ。

Sakura Sleep Shop カスタマーサポート"""),
"os05a": (5, "fr", """Bonjour Julien Tremblay,

Nous avons bien pris connaissance de la décision de la plateforme en faveur d'un retour avec remboursement, et nous l'acceptons sans problème.

Voici l'adresse de retour pour les bottes : NordPas Retours, 88 boul. Industriel, Laval QC H7L 4S3, Canada.

Le remboursement sera traité dès que les bottes nous seront parvenues. Merci d'ajouter le numéro de suivi du retour dans le litige pour que nous puissions suivre le colis.

Nous espérons avoir le plaisir de vous servir à nouveau à l'avenir.

Cordialement,
NordPas Chaussures team"""),
"os06a": (6, "de", """Hallo Katharina Huber,

danke für Ihre Nachricht. Ihr Paket mit der Sendungsnummer LP00517730248CN wird derzeit beim Zoll festgehalten, und wir verstehen gut, dass das ärgerlich ist.

Bei dieser Bestellung liegen die Einfuhrabgaben beim Käufer. Wir möchten Sie daher freundlich bitten, die Zollgebühren zu begleichen und die Verzollung abzuschließen, damit die Espressomaschine zu Ihnen weiterreisen kann.

Falls der Zoll Unterlagen wie die Rechnung benötigt, schicken wir Ihnen diese sehr gern zu – sagen Sie einfach Bescheid.

Viele Grüße
CaffèPro Store team"""),
"os07a": (7, "it", """Gentile Francesca Lombardi,

grazie per le foto che ci ha inviato. Vediamo chiaramente la cucitura rotta e i graffi sulla pelle, e ci dispiace davvero.

Le proponiamo due possibilità:
- tenere la borsa con un rimborso parziale fino a 22.40 EUR;
- restituire la borsa e ricevere il rimborso completo.

Quale opzione preferisce? Ci faccia sapere e procediamo subito.

Cordiali saluti,
Pelletteria Bella team"""),
"os07b": (7, "it", """Buongiorno Francesca Lombardi,

abbiamo esaminato le sue foto, grazie: la borsa è effettivamente danneggiata e capiamo il suo disappunto. Se la borsa le piace comunque, può tenerla e le riconosciamo un rimborso parziale fino a 22.40 EUR. In alternativa, può rispedircela e le rimborsiamo l'intero importo. Ci dica lei quale soluzione preferisce.

Un cordiale saluto,
Pelletteria Bella team"""),
"os08a": (8, "pt", """Olá Rafael Oliveira,

Sentimos muito que o smartwatch não esteja ligando. Queremos informar que já enviamos nossas evidências para a plataforma.

Agora o especialista em disputas da plataforma vai analisar o caso e tomar a decisão, e nós vamos respeitar o que for decidido.

Enquanto isso, continuamos à disposição: se tiver qualquer dúvida, é só nos escrever por aqui.

Atenciosamente,
TechNova Brasil team"""),
"os09a": (9, "nl", """Beste Sanne de Vries,

We zien dat u het geschil naar het platform hebt gebracht, en dat begrijpen we: zo lang wachten op uw bureaulamp is frustrerend.

Wij werken volledig mee met de geschillenspecialist van het platform en leveren ons bewijs aan. Tegelijk staan we nog steeds open om samen met u tot een oplossing te komen, dus laat gerust weten wat voor u het beste werkt.

Met vriendelijke groet,
LumenLand team"""),
"os10a": (10, "tr", """Merhaba Emre Yıldız,

İade ettiğiniz kablosuz oyun faresi bize ulaştı, teşekkür ederiz. İade bedeliniz şimdi platform üzerinden size iletilecektir.

Yaşadığınız sorun için üzgünüz ve gelecekte yeniden sizinle alışveriş yapmayı umuyoruz.

Herhangi bir sorunuz olursa bu yazışma üzerinden bize her zaman yazabilirsiniz.

Saygılarımızla,
GameGear TR team"""),
"os11a": (11, "ko", """김지훈 님, 안녕하세요.

러닝화 사이즈가 맞지 않아 불편을 드려 정말 죄송합니다.

정확히 확인할 수 있도록, 신발을 평평하게 놓고 줄자를 대어 찍은 사진을 사이즈 라벨과 함께 보내주실 수 있을까요?

사진을 받는 대로 바로 확인하고 해결 방법을 안내해 드리겠습니다.

감사합니다.
RunFast Korea team"""),
"os12a": (12, "zh", """林怡君 您好：

非常理解您等待包裹的心情。我們查詢後確認，您的包裹仍在運送途中，追蹤號碼為 LP00095728164CN。

由於包裹還在路上，想麻煩您先將糾紛關閉。為了讓您在等待期間依然完全受到保障，我們可以為您延長 10 天的購買保護期。

謝謝您的耐心與體諒！

青瓷小舖 team"""),
"os13a": (13, "ar", """مرحباً أحمد الحربي،

شكراً لتواصلك معنا. شحنتك ذات رقم التتبع LP00904417263CN محتجزة حالياً لدى الجمارك، ونتفهم تماماً انزعاجك من هذا التأخير.

نود أن نطمئنك بأننا نحن من سيدفع الرسوم الجمركية ونتولى إجراءات التخليص، فلن يكون عليك دفع أي شيء.

نرجو منك التحلي بقليل من الصبر حتى تُفرج الجمارك عن الطرد.

مع أطيب التحيات،
Timeless Watches team"""),
"os14a": (14, "sv", """Hej Elin Lindqvist,

Tack för videon! Vi ser att färgen på jackan inte stämmer med bilderna, och det beklagar vi.

Vi kan erbjuda två alternativ: du behåller jackan och får en delvis återbetalning på upp till 179.80 SEK, eller så returnerar du jackan och får full återbetalning.

Vilket alternativ föredrar du?

Vänliga hälsningar,
Nordic Wear Shop team"""),
"os15a": (15, "cs", """Dobrý den, Tomáš Novák,

moc se omlouváme – zásilka se zřejmě ztratila cestou a chápeme, že měsíc bez jakékoli změny je frustrující.

Přejete si, abychom vám klávesnici poslali znovu? Bez jakýchkoli dalších nákladů pro vás. Stačí odpovědět a potvrdit to, a prosím zkontrolujte také svou doručovací adresu.

S pozdravem
KeyZone team"""),
"os16a": (16, "ro", """Bună ziua, Andreea Popescu,

Am luat la cunoștință decizia platformei pentru returnare și rambursare și o acceptăm.

Vă rugăm să trimiteți rochia la adresa: Elegance Atelier Retur, Str. Fabricii 9, 060821 București.

Rambursarea va fi procesată imediat ce coletul returnat ajunge la noi; vă rugăm să adăugați numărul de urmărire al returului în dispută.

Sperăm să colaborăm din nou în viitor.

Cu stimă,
Elegance Atelier team"""),
"os16b": (16, "ro", """Dragă Andreea Popescu,

Vă mulțumim pentru mesaj. Platforma a hotărât returnarea și rambursarea, iar noi respectăm această decizie. Adresa de retur este: Elegance Atelier Retur, Str. Fabricii 9, 060821 București. De îndată ce primim rochia, procesăm rambursarea. Nu uitați să adăugați în dispută numărul de urmărire al coletului de retur. Ne-ar face plăcere să vă avem din nou clientă.

Toate cele bune,
Elegance Atelier team"""),
"os17a": (17, "hu", """Kedves Nagy Balázs!

Köszönjük, hogy beleegyezett az újraküldésbe. Sajnáljuk, hogy az első csomag nem érkezett meg, és hálásak vagyunk a türelméért.

Az okosmérleget újra feladtuk, az új csomag követési száma: LP00638302951CN.

Figyelemmel kísérjük az új csomagot, és folyamatosan tájékoztatjuk az állapotáról.

Üdvözlettel:
SmartFit Shop team"""),
"os18a": (18, "da", """Kære Mads Jørgensen,

Vi forstår godt, at det er ærgerligt ikke at have fået din tandbørste. Vi har nu sendt vores dokumentation til platformen.

Platformens tvistspecialist vil nu træffe en afgørelse, og vi vil selvfølgelig respektere den.

Har du spørgsmål i mellemtiden, er vi stadig her for at hjælpe.

Med venlig hilsen
DentaCare Store team"""),
"os19a": (19, "fi", """Hei Aino Virtanen,

Ymmärrämme hyvin, että veit riidan alustalle, ja pahoittelemme, että sukkien materiaali on aiheuttanut harmia.

Teemme yhteistyötä alustan riitaselvittäjän kanssa ja toimitamme oman näyttömme. Olemme silti edelleen valmiita löytämään ratkaisun yhdessä kanssasi. Kerro meille rohkeasti, mikä ratkaisu sopisi sinulle parhaiten.

Ystävällisin terveisin,
Lapland Knits team"""),
"os20a": (20, "pl", """Dzień dobry, Katarzyna Wiśniewska,

Dziękujemy – zwrócony ekspres do kawy dotarł już do nas. Zwrot pieniędzy zostanie teraz zrealizowany za pośrednictwem platformy.

Przepraszamy za kłopot i mamy nadzieję, że jeszcze kiedyś zrobi Pani u nas zakupy.

Pozdrawiamy serdecznie,
KawaDom team"""),
"os21a": (21, "uk", """Вітаємо, Олена Коваленко!

Дуже шкода, що пилосос не вмикається після зарядки, вибачте за незручності.

Щоб ми могли перевірити проблему, будь ласка, надішліть коротке відео, на якому видно, як ви вмикаєте пилосос і що відбувається.

Щойно отримаємо відео, одразу його переглянемо й запропонуємо рішення.

З повагою,
CleanTech UA team"""),
"os22a": (22, "el", """Γεια σας Γιώργος Παπαδόπουλος,

Ευχαριστούμε για το μήνυμά σας. Το δέμα σας με αριθμό αποστολής LP00183664012CN βρίσκεται αυτή τη στιγμή στο τελωνείο.

Ελέγχουμε με τη μεταφορική τι χρειάζεται το τελωνείο για να το αποδεσμεύσει και θα σας ενημερώσουμε αμέσως. Σας παρακαλούμε για λίγη υπομονή μέχρι να τακτοποιηθεί.

Με εκτίμηση,
KidRide Hellas team"""),
"os23a": (23, "en", """Hello Oliver Bennett,

Thanks for uploading the photos. You're right, two of the mounting clips are missing, and I'm sorry about that.

There are two ways we can put this right. You can keep the bike computer and we'll give you a partial refund of up to 15.57 GBP, or you can send it back to us for a full refund.

Which option would you prefer?

Best wishes,
CycleTech UK team"""),
"os23b": (23, "en", """Dear Oliver Bennett,

Many thanks for the photos and the screenshot. They clearly show the missing clips, and we apologise for the incomplete parcel.

We'd like to offer you a choice:
- Keep the device with a partial refund of up to 15.57 GBP.
- Return it to us and receive a full refund.

Please let us know which of these suits you better.

Kind regards,
CycleTech UK team"""),
"os24a": (24, "es", """Hola Marta Jiménez:

Sentimos mucho que te haya llegado una funda para otro modelo de tablet; entendemos que es una molestia.

Para revisarlo, ¿podrías enviarnos fotos de la funda que recibiste y de la etiqueta de envío del paquete?

En cuanto las recibamos las revisaremos y te propondremos una solución.

Un saludo,
TabStyle España team"""),
}
