"""Good replies, written by hand for each dispute. id -> (dispute number, reply)."""
GOOD = {}
def g(i, n, text): GOOD[i] = (n, text.strip())

g("oy01a", 1, """
Hi Megan Holloway,

Thank you for letting us know, and we're really sorry the bottle arrived in this condition. Peeling paint and a dent near the lid are not what anyone expects from a new bottle.

So we can check the quality problem properly, could you please send us a few clear close-up photos, or a short video, of the peeling paint and the dent?

As soon as we receive them, we'll look at everything carefully and come back to you with a solution.

Best regards,
Trailhead Gear Store team
""")
g("oy01b", 1, """
Hello Megan Holloway,

I'm sorry to hear about the peeling paint and the dent on your insulated bottle – that must be disappointing after only two days. We'd like to put this right with you.

Would you mind attaching some close-up pictures or a brief video that shows the quality issue to the dispute? Once they're in, our team will review them straight away and get back to you with a solution.

Thanks for your patience,
Trailhead Gear Store team
""")
g("oy02a", 2, """
¡Hola, Alejandro Ruiz Ortega!

Entendemos perfectamente tu preocupación después de tres semanas de espera, y te agradecemos que nos hayas escrito.

Te confirmamos que tu paquete sigue en camino hacia ti. Puedes seguirlo con el número de rastreo LP00481726354CN; a veces el rastreo tarda en actualizarse aunque el envío siga avanzando.

¿Podrías, por favor, cerrar la disputa por ahora? A cambio, extenderemos tu protección de compra por 20 días, así seguirás totalmente protegido hasta que recibas tus audífonos.

Quedamos atentos a cualquier duda.

Saludos cordiales,
SonidoMax Store team
""")
g("oy03a", 3, """
Здравствуйте, Ирина Соколова!

Спасибо, что приложили фотографии к спору. Мы видим затяжку и пятно на пледе и искренне сожалеем, что он пришёл к вам в таком виде.

Мы можем предложить вам два варианта:
— оставить плед у себя и получить частичный возврат в размере до 1147.50 RUB;
— вернуть плед и получить полный возврат средств.

Пожалуйста, напишите, какой вариант вам удобнее.

С уважением,
Команда магазина «Уютный Дом»
""")
g("oy03b", 3, """
Ирина Соколова, добрый день!

Благодарим за присланные снимки — дефект хорошо виден, и нам очень жаль, что так получилось. Чтобы решить вопрос, предлагаем на выбор: вы оставляете плед, а мы оформляем частичный возврат до 1147.50 RUB, либо вы отправляете плед обратно и получаете полное возмещение. Какой из двух вариантов вы предпочитаете?

Будем ждать вашего ответа.

Команда магазина «Уютный Дом»
""")
g("oy04a", 4, """
田中美咲様

このたびはご迷惑をおかけし、誠に申し訳ございません。プラットフォームによる返品・返金の判定を確認いたしました。当店はこの判定を受け入れます。

お手数ですが、商品を下記の住所までご返送ください。
Kissa Ware Returns, 3-8-2 Nishi-Shinjuku, Shinjuku-ku, Tokyo 160-0023, Japan

返品商品が当店に届き次第、返金手続きを進めます。発送後は、返送の追跡番号を紛争ページにご入力いただけますと幸いです。

またのご利用を心よりお待ちしております。

Kissa Ware Store team
""")
g("oy05a", 5, """
Bonjour Thomas Lambert,

Merci beaucoup d'avoir accepté un nouvel envoi, et encore désolés pour le colis perdu.

Votre montre a bien été renvoyée : voici son nouveau numéro de suivi, LP00588431026CN. Vous pouvez le suivre dès maintenant.

Nous garderons un œil sur ce nouveau colis et nous vous tiendrons informé de son avancement.

Bien cordialement,
Horizon Montres team
""")
g("oy06a", 6, """
Hallo Katrin Vogel,

es tut uns wirklich leid: Ihr Paket mit dem Milchaufschäumer ist offenbar auf dem Weg verloren gegangen. Wir verstehen, wie ärgerlich das ist.

Möchten Sie, dass wir Ihnen den Artikel noch einmal zusenden – ohne zusätzliche Kosten für Sie?

Wenn ja, antworten Sie bitte kurz hier zur Bestätigung und prüfen Sie dabei, ob Ihre Lieferadresse noch stimmt. Dann kümmern wir uns sofort um den neuen Versand.

Viele Grüße
KüchenWelt Shop team
""")
g("oy07a", 7, """
Gentile Giulia Marchetti,

grazie per averci scritto e ci dispiace per l'attesa. Vediamo che il suo pacco è al momento trattenuto in dogana; può seguirlo con il numero di tracciamento LP00347751902CN.

Per questo ordine i dazi di importazione sono a carico dell'acquirente: potrebbe gentilmente pagarli e completare lo sdoganamento?

Se la dogana dovesse richiedere qualche documento, per esempio la fattura, saremo felici di inviarglielo.

Cordiali saluti,
CasaSmart Official Store team
""")
g("oy07b", 7, """
Ciao Giulia Marchetti,

capiamo bene quanto sia frustrante vedere il robot fermo in dogana. Abbiamo controllato: la spedizione LP00347751902CN risulta in attesa di sdoganamento.

Secondo le condizioni di questo ordine, i dazi d'importazione spettano all'acquirente. Ti chiediamo quindi, per cortesia, di pagarli e di completare le pratiche doganali, così il pacco potrà ripartire verso di te.

Serve un documento, come la fattura commerciale? Basta dircelo e te lo mandiamo subito.

Un saluto,
CasaSmart Official Store team
""")
g("oy08a", 8, """
Olá, Rafael Nogueira!

Sentimos muito pelo problema com a sola do seu tênis e entendemos a sua decisão de abrir a disputa na plataforma.

Queremos informar que já enviamos as nossas evidências à plataforma. A partir de agora, o especialista em disputas da plataforma vai analisar o caso e decidir, e nós respeitaremos a decisão.

Enquanto isso, continuamos à disposição caso tenha qualquer dúvida.

Atenciosamente,
Passo Certo Store team
""")
g("oy09a", 9, """
Beste Sanne de Vries,

We zien dat u het geschil naar het platform heeft gebracht, en we begrijpen goed dat u gefrustreerd bent na zo lang wachten op uw snijplanken.

Wij werken graag mee met de geschilspecialist van het platform en geven hem al ons bewijs. Tegelijk staan we nog steeds open om samen met u een oplossing te vinden.

Met vriendelijke groet,
GroenKeuken Store team
""")
g("oy10a", 10, """
Merhaba Emre Yıldız,

İade ettiğiniz cüzdan bize ulaştı, teşekkür ederiz. Para iadeniz bundan sonra platform üzerinden size gönderilecektir.

Cüzdanın renginin beklediğiniz gibi olmamasından dolayı yaşadığınız sorun için tekrar özür dileriz. Gelecekte yine sizinle alışveriş yapmayı umuyoruz; mağazamızda sizi tekrar görmek bizi çok mutlu eder.

Saygılarımızla,
Deri Atölyesi team
""")
g("oy11a", 11, """
김민준 고객님, 안녕하세요.

주문하신 L 사이즈 조끼가 S 사이즈처럼 작게 느껴지신다니 정말 죄송합니다. 불편을 드린 만큼 꼭 해결해 드리고 싶습니다.

정확한 확인을 위해 조끼를 평평하게 펼쳐 놓고 줄자를 가슴 부분에 댄 사진을 사이즈 라벨이 함께 보이도록 찍어서 보내주실 수 있을까요?

사진을 받는 대로 바로 확인한 뒤 해결 방법을 안내해 드리겠습니다.

감사합니다.
Urban Layer Store team
""")
g("oy12a", 12, """
陳怡君 您好：

很抱歉讓您等了這麼久，我們完全理解您的擔心。

您的包裹目前仍在運送途中，您可以用追蹤號碼 LP00156620983CN 隨時查看最新狀態。

想麻煩您先暫時關閉這個爭議，我們會把您的購買保護延長 10 天，讓您在包裹送達前都能獲得完整的保障。

若有任何問題，歡迎隨時在這裡留言給我們。

小巧數位館 team
""")
g("oy13a", 13, """
مرحباً نورة القحطاني،

شكراً لتواصلك معنا، ونعتذر عن هذا التأخير. نرى أن طردك محتجز حالياً لدى الجمارك، ويمكنك متابعته برقم التتبع AX7730415628.

نود طمأنتك: نحن من يدفع الرسوم الجمركية ونتولى إجراءات التخليص بأنفسنا، فلا يلزمك دفع أي شيء.

نرجو منك القليل من الصبر إلى أن تُفرج الجمارك عن طردك.

مع أطيب التحيات،
Oud Garden Store team
""")
g("oy13b", 13, """
أهلاً نورة القحطاني،

نتفهم قلقك تماماً. طردك رقم التتبع AX7730415628 موجود الآن في الجمارك بانتظار التخليص.

لا داعي لأن تدفعي شيئاً، فالرسوم الجمركية علينا نحن، ونحن نتابع إجراءات التخليص مع الجهة المختصة.

نشكرك على صبرك قليلاً حتى يتم الإفراج عن الطرد، وسنكون هنا لأي سؤال.

Oud Garden Store team
""")
g("oy14a", 14, """
Hej Elin Lindqvist,

Tack för bilderna du skickade! Vi ser tydligt att färgen på koftan inte stämmer med bilden i annonsen, och det beklagar vi verkligen.

Vi kan erbjuda dig två alternativ: antingen behåller du koftan och får en delvis återbetalning på upp till 259.60 SEK, eller så skickar du tillbaka den och får full återbetalning.

Vilket alternativ föredrar du?

Vänliga hälsningar,
Nordic Knit Store team
""")
g("oy15a", 15, """
Dobrý den, Tomáš Novák,

omlouváme se za potíže s vrtačkou. Rozhodnutí platformy o vrácení zboží a vrácení peněz bereme na vědomí a plně ho přijímáme.

Vrtačku prosím zašlete na tuto adresu:
Dílna Plus – vratky, Průmyslová 1472, 108 00 Praha 10, Česko

Jakmile k nám vrácené zboží dorazí, peníze vám vrátíme. Po odeslání prosím doplňte do sporu sledovací číslo zásilky.

Doufáme, že u nás v budoucnu opět nakoupíte.

S pozdravem
Dílna Plus team
""")
g("oy16a", 16, """
Bună ziua, Andreea Popescu,

Vă mulțumim că ați fost de acord să vă trimitem lampa din nou și ne pare rău pentru coletul pierdut.

Lampa a fost deja expediată din nou, iar noul număr de urmărire este LP00297718420CN.

Vom urmări îndeaproape noul colet și vă vom ține la curent până ajunge la dumneavoastră.

Cu stimă,
Lumina Casa team
""")
g("oy17a", 17, """
Kedves Szabó Péter!

Nagyon sajnáljuk, úgy tűnik, hogy a csomagja elveszett útközben. Megértjük, hogy ez mennyire bosszantó.

Szeretné, ha újra elküldenénk Önnek a horgászorsót, mindenféle többletköltség nélkül?

Kérjük, válaszában erősítse meg ezt, és ellenőrizze, hogy a szállítási címe helyes-e.

Üdvözlettel:
Horgász Pont team
""")
g("oy18a", 18, """
Kære Mette Kristensen,

Vi er kede af, at din urtepotte kom frem med en revne, og vi forstår godt, at du har sendt sagen videre.

Vi har allerede givet platformen vores dokumentation. Nu er det platformens tvistspecialist, der træffer afgørelsen, og vi vil respektere den, uanset hvad den bliver.

Har du spørgsmål i mellemtiden, er vi stadig her for at hjælpe.

Venlig hilsen
Have & Hjem team
""")
g("oy19a", 19, """
Hei Jussi Mäkinen,

Näemme, että olet vienyt riidan alustan käsiteltäväksi, ja ymmärrämme hyvin turhautumisesi – teltan puuttuva kaari ja hidas vastauksemme eivät ole mukava yhdistelmä.

Teemme yhteistyötä alustan riitojen asiantuntijan kanssa ja toimitamme hänelle kaiken näyttömme. Olemme silti edelleen valmiita etsimään ratkaisun yhdessä kanssasi.

Ystävällisin terveisin
Erämaa Outdoor team
""")
g("oy20a", 20, """
Dzień dobry, Katarzyna Wiśniewska,

potwierdzamy, że odesłany blender dotarł do nas. Dziękujemy za sprawny zwrot.

Zwrot pieniędzy zostanie teraz przekazany Pani za pośrednictwem platformy.

Przepraszamy za kłopot i mamy nadzieję, że w przyszłości znów zrobi Pani u nas zakupy.

Z pozdrowieniami
KuchniaPro team
""")
g("oy20b", 20, """
Witaj, Katarzyna Wiśniewska!

Dobra wiadomość: blender, który nam odesłałaś, jest już u nas. Zwrot należności trafi teraz do Ciebie przez platformę, bez żadnych dodatkowych kroków z Twojej strony.

Bardzo dziękujemy za cierpliwość. Liczymy, że jeszcze kiedyś wrócisz do naszego sklepu i będziemy mogli ponownie Cię obsłużyć.

Pozdrawiamy serdecznie,
KuchniaPro team
""")
g("oy21a", 21, """
Вітаємо, Олександр Коваленко!

Нам дуже прикро, що чайник не вмикається і індикатор не світиться. Перепрошуємо за незручності – ми хочемо разом із вами розібратися.

Щоб ми могли швидко перевірити проблему, надішліть, будь ласка, коротке відео, на якому видно, як чайник вмикають у мережу і що при цьому відбувається.

Щойно отримаємо відео, одразу його переглянемо та повернемося до вас із рішенням.

З повагою,
Теплий Дім team
""")
g("oy22a", 22, """
Γεια σας, Μαρία Παπαδοπούλου,

Σας ευχαριστούμε που επικοινωνήσατε μαζί μας. Βλέπουμε ότι το δέμα σας κρατείται αυτή τη στιγμή στο τελωνείο· μπορείτε να το παρακολουθείτε με τον αριθμό αποστολής LP00912285473CN.

Ελέγχουμε ήδη με τη μεταφορική εταιρεία τι χρειάζεται το τελωνείο για να αποδεσμεύσει το δέμα και θα σας ενημερώσουμε μόλις μάθουμε.

Σας παρακαλούμε για λίγη υπομονή μέχρι να τακτοποιηθεί το θέμα.

Με εκτίμηση,
Kouzina Store team
""")
g("oy23a", 23, """
Dear Oliver Bennett,

Thanks for uploading the video – we can clearly see the two missing keys, and we're sorry the keyboard reached you incomplete.

We'd like to offer you a choice. You can keep the keyboard and receive a partial refund of up to 13.50 GBP, or you can send it back to us for a full refund.

Just let us know which option you'd prefer and we'll get it moving.

Kind regards,
KeyCraft Store team
""")
g("oy24a", 24, """
王磊您好：

非常抱歉，您收到的饭盒盖子已经裂开，外包装也被压扁了，给您添麻烦了。我们一定会和您一起把问题解决好。

为了尽快核实情况，麻烦您拍几张破损处的照片，以及收到时外包装的照片发给我们。

收到照片后，我们会第一时间查看，并尽快给您一个解决方案。

乐厨生活馆客服团队
""")
