"""Good replies, written by hand, one or two per dispute. id -> (dispute number, text)."""

GOOD = {}

def g(gid, n, text):
    GOOD[gid] = (n, text.strip("\n"))

g("ow01a", 1, """
Hi Megan,

Thank you for letting us know, and I'm really sorry — you ordered the stainless steel French press and a glass tea kettle turned up instead. That's frustrating, and we want to put it right with you.

So we can check what happened in our warehouse, could you please send us photos of the item you received and of the parcel's shipping label? Just attach them here in the dispute.

As soon as they arrive, I'll look into it personally and come back to you with a solution.

Best regards,
Dana, BrewCraft Home support
""")

g("ow01b", 1, """
Hello Megan Holloway,

We're sorry the wrong item reached you for order 8190031122470011 — a kettle is clearly not the French press you chose. Could you share a couple of photos of what arrived, plus one of the shipping label on the parcel? That lets us trace where the mix-up happened. We'll review them the moment they come in and get back to you with a solution.

Dana, BrewCraft Home support
""")

g("ow02a", 2, """
Hola, Alejandro:

Entendemos perfectamente tu preocupación; esperar tanto unos audífonos no es agradable. Te cuento que tu paquete sigue en camino con Estafeta y puedes seguirlo con el número de rastreo ES7781002315MX.

¿Podrías cerrar la disputa por ahora? Además, ampliaremos tu protección de compra por 20 días, así sigues totalmente protegido hasta que el paquete llegue a tu casa.

Gracias por tu paciencia.

SonidoPlus Oficial team
""")

g("ow02b", 2, """
Estimado Alejandro Ruiz:

Lamentamos la demora con sus audífonos inalámbricos. Revisamos el envío y el paquete está en tránsito; el número de rastreo es ES7781002315MX, por si desea consultarlo en cualquier momento.

Le pedimos amablemente que cierre la disputa por el momento. Nosotros extenderemos su protección de compra por 20 días para que quede cubierto mientras el paquete llega.

Quedamos atentos a cualquier duda.

SonidoPlus Oficial team
""")

g("ow03a", 3, """
Здравствуйте, Ирина!

Нам очень жаль: похоже, ваша посылка с термокружкой потерялась в пути. Понимаем, как неприятно так долго ждать и ничего не получить.

Хотите, мы отправим вам кружку ещё раз, без какой-либо дополнительной оплаты? Пожалуйста, ответьте нам здесь, чтобы подтвердить, и заодно проверьте, что адрес доставки в заказе указан верно.

С уважением,
Команда ТеплоДом
""")

g("ow03b", 3, """
Ирина Смирнова, добрый день.

Приносим извинения — по данным перевозчика, посылка по заказу 8190077700112233 утеряна. Мы готовы бесплатно отправить термокружку повторно. Если вы согласны, напишите, пожалуйста, об этом в ответ и проверьте адрес доставки — мы хотим, чтобы новая посылка дошла точно по назначению.

Спасибо за терпение!
Команда ТеплоДом
""")

g("ow04a", 4, """
佐藤 健太 様

お問い合わせいただきありがとうございます。ご心配をおかけして申し訳ございません。現在、お荷物は税関で保管されている状態です。追跡番号 JP230918877CN で状況をご確認いただけます。

本ご注文では輸入関税はお客様のご負担となっておりますので、お手数ですが関税のお支払いと通関手続きをお願いできますでしょうか。

税関からインボイスなどの書類を求められた場合は、すぐにお送りいたしますので、お気軽にお知らせください。

Kissa Goods team
""")

g("ow05a", 5, """
Bonjour Élodie,

La plateforme a tranché en faveur d'un retour avec remboursement, et nous acceptons bien sûr cette décision. Nous sommes désolés que la teinte des rideaux ne vous ait pas convenu.

Merci de renvoyer les rideaux à l'adresse suivante : Atelier Tissus Retours, 8 avenue Jean Jaurès, 69007 Lyon, France.

Le remboursement sera effectué dès que le colis nous parviendra. Pensez à ajouter le numéro de suivi du retour dans le litige, cela nous permettra de le repérer rapidement.

Nous espérons avoir le plaisir de vous servir à nouveau.

Bien cordialement,
Atelier Tissus team
""")

g("ow05b", 5, """
Chère Élodie Marchand,

Nous avons bien pris connaissance de la décision de la plateforme : retour et remboursement. C'est entendu pour nous.

Voici de nouveau notre adresse de retour : Atelier Tissus Retours, 8 avenue Jean Jaurès, 69007 Lyon, France

Dès réception des rideaux, votre remboursement sera traité. Pourriez-vous indiquer le numéro de suivi de votre envoi dans le litige ? Merci d'avance.

Au plaisir de vous retrouver bientôt dans notre boutique.

Atelier Tissus team
""")

g("ow06a", 6, """
Hallo Jonas,

vielen Dank für die Fotos. Wir sehen deutlich, dass die Naht am Ärmel aufgegangen ist – das darf nach dem ersten Tragen natürlich nicht passieren, und es tut uns leid.

Wir möchten Ihnen zwei Möglichkeiten anbieten:
- Sie behalten die Jacke und erhalten eine Teilerstattung von bis zu 16.00 EUR, oder
- Sie senden die Jacke zurück und bekommen den vollen Kaufpreis erstattet.

Welche Lösung ist Ihnen lieber? Geben Sie uns einfach hier Bescheid.

Viele Grüße
Nordwind Outdoor team
""")

g("ow06b", 6, """
Sehr geehrter Herr Becker,

danke, dass Sie uns die Bilder zur Softshelljacke geschickt haben. Der Mangel an der Naht ist gut zu erkennen, und wir bedauern das sehr.

Gern schlagen wir Ihnen vor: Entweder behalten Sie die Jacke und wir erstatten Ihnen einen Teilbetrag von bis zu 16.00 EUR, oder Sie schicken sie zurück und erhalten eine vollständige Rückerstattung. Bitte teilen Sie uns mit, welche der beiden Optionen Sie bevorzugen.

Mit freundlichen Grüßen
Nordwind Outdoor team
""")

g("ow07a", 7, """
Ciao Giulia,

grazie mille per aver accettato che ti rispedissimo il set di pennelli. Abbiamo già spedito di nuovo il pacco: il nuovo numero di tracciamento è IT0098455190CN.

Terremo d'occhio la nuova spedizione e ti aggiorneremo se ci sono novità. Per qualsiasi domanda, scrivici pure qui.

Un caro saluto,
Bellezza Naturale team
""")

g("ow08a", 8, """
Olá, Rafael!

Entendemos sua frustração por não ter recebido a capinha, mesmo com o rastreio indicando entrega. Queremos que você saiba que já enviamos todas as nossas provas para a plataforma.

Agora, o especialista em disputas da plataforma vai analisar o caso e tomar a decisão, e nós vamos respeitar o que for decidido.

Enquanto isso, seguimos à disposição aqui no chat para qualquer dúvida que você tiver.

Abraços,
CaseMania BR team
""")

g("ow09a", 9, """
Beste Sanne,

We zien dat je het geschil hebt voorgelegd aan het platform, en we begrijpen heel goed dat je gefrustreerd bent na zo lang wachten op je bureaulamp.

We werken volledig mee met de geschillenspecialist van het platform en geven hun al ons bewijs, zoals de verzendgegevens.

Tegelijk staan we nog steeds open om samen met jou tot een oplossing te komen. Laat het ons gerust weten als je ideeën of vragen hebt.

Met vriendelijke groet,
Helder Licht team
""")

g("ow10a", 10, """
Merhaba Elif Hanım,

İade ettiğiniz yün kaban elimize ulaştı, teşekkür ederiz. Para iadeniz şimdi platform üzerinden size yapılacak.

Kabanın bedeninin size uymamasına üzüldük; umarız ilerleyen zamanlarda yine sizinle alışveriş yapma fırsatımız olur. Süreçle ilgili herhangi bir sorunuz olursa buradan bize yazabilirsiniz.

Saygılarımızla,
Moda Atölye team
""")

g("ow11a", 11, """
김지은 고객님, 안녕하세요.

보내주신 사진과 영상 잘 확인했습니다. 머그컵이 깨진 채로 도착해 정말 죄송합니다.

저희가 드릴 수 있는 방법은 두 가지입니다. 첫째, 상품을 그대로 보관하시고 최대 7780 KRW까지 부분 환불을 받으시는 방법, 둘째, 상품을 반품하시고 전액 환불을 받으시는 방법입니다.

어느 쪽이 더 편하실지 알려주시면 바로 진행하겠습니다.

도자기공방 team
""")

g("ow12a", 12, """
林怡君 您好：

非常理解您等待包裹的心情，讓您久等了，真的很抱歉。您的包裹目前仍在運送途中，可以用追蹤號碼 TW8812093341CN 隨時查詢最新狀態。

想麻煩您先暫時關閉這次的爭議。我們會為您延長 10 天的購買保護期，讓您在包裹送達前都能獲得完整保障。

謝謝您的耐心與體諒！

數位小舖 team
""")

g("ow13a", 13, """
مرحباً خالد،

شكراً لتواصلك معنا. نرى أن طردك محتجز حالياً لدى الجمارك، ويمكنك متابعته برقم التتبع SA4409128876CN.

لا داعي للقلق: نحن من سيدفع الرسوم الجمركية ونتولى إجراءات التخليص بأنفسنا، فلن يكون عليك دفع أي شيء.

نرجو منك القليل من الصبر حتى تفرج الجمارك عن الطرد، وسنبقى على اطلاع معك.

مع أطيب التحيات،
Smart Time Store team
""")

g("ow14a", 14, """
Hej Maja!

Tack för att du hör av dig, och förlåt för besväret – det är tråkigt när jackan inte passar som den ska.

För att vi snabbt ska kunna kontrollera storleken: skulle du kunna skicka ett foto där jackan ligger plant med ett måttband över sig, bredvid storlekslappen?

Så fort vi fått bilden tittar vi på den och återkommer till dig med en lösning.

Vänliga hälsningar,
Fjällsport team
""")

g("ow15a", 15, """
Dobrý den, pane Nováku,

moc se omlouváme – vypadá to, že se vaše zásilka se sadou nožů ztratila po cestě.

Přejete si, abychom vám sadu poslali znovu, bez jakýchkoli dalších nákladů? Stačí nám odpovědět zde a potvrdit to. Prosíme, zkontrolujte také, zda je vaše doručovací adresa správná.

Děkujeme za trpělivost.

Petra z KuchyňPro
""")

g("ow16a", 16, """
Bună ziua, Andrei,

Platforma a decis returnarea produsului și rambursarea, iar noi acceptăm această decizie. Ne pare rău că fierbătorul nu a funcționat.

Vă rugăm să trimiteți fierbătorul la adresa: CasaVie Retururi, Strada Fabricii 27, Cluj-Napoca, România.

Rambursarea va fi procesată imediat ce coletul returnat ajunge la noi. Vă rugăm să adăugați în dispută numărul de urmărire al returului.

Sperăm să facem din nou afaceri împreună în viitor.

Cu stimă,
CasaVie team
""")

g("ow17a", 17, """
Kedves Eszter!

Köszönjük, hogy beleegyezett a hátizsák újraküldésébe. A csomagot már újra feladtuk, az új nyomkövetési szám: HU5510988120CN.

Figyelemmel kísérjük az új küldeményt, és folyamatosan tájékoztatjuk, ha bármi változás történik. Reméljük, a kis dinós hátizsák hamarosan megérkezik! Ha kérdése van, nyugodtan írjon nekünk itt.

Üdvözlettel:
KisVándor team
""")

g("ow18a", 18, """
Hej Mads,

Tak for din besked, og vi er kede af, at der manglede dele i dit bogreolsæt. Vi har allerede givet vores dokumentation til platformen.

Nu er det platformens tvistspecialist, der træffer afgørelsen, og vi vil selvfølgelig respektere den.

Hvis du har spørgsmål i mellemtiden, er vi stadig her for at hjælpe.

Venlig hilsen
Nordisk Bolig team
""")

g("ow19a", 19, """
Hei Aino,

Näemme, että olet vienyt riidan alustan käsiteltäväksi, ja ymmärrämme hyvin, että tilanne turhauttaa sinua.

Teemme yhteistyötä alustan riitaselvittäjän kanssa ja toimitamme heille kaiken todistusaineistomme aurinkolaseista.

Olemme silti edelleen valmiita etsimään ratkaisua yhdessä kanssasi, joten kerro rohkeasti, jos sinulla on kysyttävää.

Ystävällisin terveisin
Pohjoisvalo team
""")

g("ow20a", 20, """
Dzień dobry, Pani Katarzyno,

z przyjemnością potwierdzamy, że odesłany wazon dotarł do nas. Zwrot pieniędzy zostanie teraz zrealizowany za pośrednictwem platformy.

Bardzo nam przykro, że wazon dotarł uszkodzony. Mamy nadzieję, że w przyszłości jeszcze zrobi Pani u nas zakupy.

Pozdrawiamy serdecznie,
Szkło i Sztuka team
""")

g("ow21a", 21, """
Добрий день, Олено!

Дякуємо, що написали нам, і просимо вибачення за незручності — дуже шкода, що блендер не вмикається.

Щоб ми могли швидко розібратися, надішліть, будь ласка, коротке відео, на якому видно, як ви вмикаєте блендер і що саме при цьому відбувається.

Щойно отримаємо відео, одразу його переглянемо та повернемося до вас із рішенням.

З повагою,
Кухня Плюс team
""")

g("ow22a", 22, """
Γεια σας, κύριε Παπαδόπουλε,

Βλέπουμε ότι το δέμα σας κρατείται αυτή τη στιγμή στο τελωνείο. Μπορείτε να το παρακολουθείτε με τον αριθμό αποστολής GR2203349987CN.

Ελέγχουμε με τη μεταφορική εταιρεία τι χρειάζεται το τελωνείο για να αποδεσμεύσει το δέμα, και θα σας ενημερώσουμε μόλις μάθουμε.

Σας παρακαλούμε για λίγη υπομονή μέχρι να τακτοποιηθεί το θέμα. Ευχαριστούμε για την κατανόηση!

Με εκτίμηση,
Smile Care Shop team
""")

g("ow23a", 23, """
Hi Oliver,

Sorry for the worry — I know a tracking page that doesn't move is unsettling. Your skillet has been sent and is on its way with Royal Mail; you can follow it any time with tracking number GB9908123345CN.

Could you kindly close the dispute for now? Meanwhile, we will extend your purchase protection by 30 days, so you remain fully covered until the parcel lands on your doorstep.

Thanks for bearing with us,
Hearth & Pan team
""")

g("ow23b", 23, """
Dear Oliver Bennett,

Thank you for getting in touch about order 8190055566677788. We've checked, and the parcel is in transit — its tracking number is GB9908123345CN.

We'd be grateful if you could close this dispute for the time being. To make sure you're not left without cover, we will extend your buyer protection by 30 days while the skillet completes its journey.

Kind regards,
Hearth & Pan team
""")

g("ow24a", 24, """
Hola, Carmen:

Gracias por enviarnos las fotos. Vemos claramente que faltan dos patas de la mesa auxiliar y lo sentimos mucho.

Te proponemos dos opciones: quedarte con la mesa con un reembolso parcial de hasta 18.90 EUR, o devolvérnosla y recibir el reembolso completo. ¿Cuál prefieres? Dinos y lo gestionamos enseguida.

Un saludo,
Madera Viva team
""")
