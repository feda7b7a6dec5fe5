"""Hand-written good replies: id -> (dispute number, language of the reply, text)."""
GOOD = {
"o01a": (1, "en", """Hi Oliver Hughes,

I'm really sorry the Bluetooth desk speaker won't switch on for you, even after a full night on the charger. That's frustrating, and we'd like to sort it out with you.

So we can see exactly what is happening, could you please send us a short video showing the speaker switched on (or you trying to switch it on) and the fault happening? A phone video is perfectly fine.

As soon as the video arrives we'll look at it and come back to you with a solution.

Thanks for your patience,
SoundNest team"""),
"o02a": (2, "es", """¡Hola, Valeria Ramírez!

Entendemos tu preocupación: llevas tiempo esperando tu lámpara de escritorio LED y es normal que quieras saber dónde está. Te confirmamos que el paquete sigue en camino con Cainiao / Estafeta y puedes seguirlo con el número de seguimiento LP00418273645CN.

¿Podrías cerrar la disputa por ahora? Para que estés totalmente tranquila, ampliaremos tu protección de compra en 20 días, así seguirás protegida hasta que el paquete llegue.

Cualquier duda, aquí estamos.

Luz Hogar team"""),
"o03a": (3, "ru", """Здравствуйте, Анна Смирнова!

Понимаем, как неприятно, когда посылка надолго задерживается. Мы видим, что ваша посылка с кофемолкой сейчас находится на таможне; отслеживать её можно по номеру RU739104826CN.

По условиям этого заказа ввозные пошлины оплачивает покупатель, поэтому просим вас, пожалуйста, оплатить пошлину и завершить таможенное оформление. Если таможня запросит какие-либо документы, например инвойс, мы с радостью сразу их вам отправим.

Спасибо за понимание!
KofeDom team"""),
"o04a": (4, "ja", """佐藤 花子 様

お問い合わせいただきありがとうございます。追跡情報を確認しましたが、誠に申し訳ございません、お荷物は配送途中で紛失してしまったようです。マグカップを楽しみにお待ちいただいていたのに、ご迷惑をおかけしております。

よろしければ、追加料金なしで商品をもう一度お送りいたしましょうか。ご希望の場合は、このメッセージにご返信のうえ、お届け先のご住所に誤りがないかご確認ください。

Kiln & Co サポート"""),
"o05a": (5, "fr", """Bonjour Julien Lambert,

Merci d'avoir accepté que nous vous renvoyions votre housse de couette en lin, et encore désolés pour le colis perdu.

Bonne nouvelle : elle est repartie aujourd'hui. Voici son nouveau numéro de suivi : CE913560284BE. Nous garderons un œil sur ce nouveau colis et nous vous tiendrons informé à chaque étape.

Belle journée,
Lin & Lune team"""),
"o06a": (6, "de", """Hallo Lukas Gruber,

vielen Dank für die Fotos. Wir sehen deutlich, dass die Naht am Tragegurt gerissen ist – das tut uns wirklich leid, gerade bei einem Wanderrucksack.

Wir möchten Ihnen zwei Möglichkeiten anbieten: Sie behalten den Rucksack und erhalten eine Teilrückerstattung von bis zu 19.75 EUR, oder Sie senden ihn zurück und bekommen den vollen Kaufpreis erstattet.

Welche Lösung ist Ihnen lieber? Geben Sie uns einfach kurz Bescheid.

Freundliche Grüße
Alpenpack team"""),
"o06b": (6, "de", """Servus Lukas Gruber, danke, dass Sie uns die Bilder geschickt haben. Der gerissene Gurt ist auf den Fotos gut zu erkennen, und wir entschuldigen uns dafür. Als Lösung schlagen wir vor: Entweder Sie behalten den Rucksack mit einer Teilerstattung von bis zu 19.75 EUR, oder Sie schicken ihn zurück und erhalten eine volle Rückerstattung. Was passt Ihnen besser?

Alpenpack team"""),
"o07a": (7, "it", """Ciao Giulia Ferri,

capiamo che l'orologio che hai ricevuto non ti sembra uguale alle foto, e ci dispiace per il disagio. Ti informiamo che abbiamo già fornito le nostre prove alla piattaforma.

Ora sarà lo specialista delle dispute della piattaforma a decidere, e noi rispetteremo la sua decisione qualunque essa sia. Nel frattempo restiamo a tua disposizione qui nella chat per qualsiasi domanda.

Un caro saluto,
Tempo Shop team"""),
"o08a": (8, "pt", """Olá, Rafael Souza!

Vimos que você levou a disputa para a plataforma, e entendemos totalmente a sua frustração depois de tanto tempo esperando pelo seu fone de ouvido sem fio.

Vamos colaborar com o especialista de disputas da plataforma e enviar a ele todas as nossas evidências. Mesmo assim, continuamos abertos a encontrar uma solução junto com você, então fique à vontade para nos escrever por aqui.

Abraços,
SomBrasil Store team"""),
"o09a": (9, "nl", """Beste Sanne de Vries,

Het platform heeft besloten tot een retour met terugbetaling, en wij accepteren die beslissing. Het spijt ons dat de vaas beschadigd bij u aankwam.

U kunt de vaas terugsturen naar dit adres: Vaas & Vorm Retouren, Industrieweg 14, 3044 AS Rotterdam, Nederland

Zodra het pakket bij ons binnen is, wordt de terugbetaling verwerkt. Wilt u het trackingnummer van de retourzending aan het geschil toevoegen?

We hopen u in de toekomst weer als klant te mogen verwelkomen.

Met vriendelijke groet,
Vaas & Vorm team"""),
"o10a": (10, "tr", """Merhaba Emre Yılmaz,

İade ettiğiniz deri cüzdan bize ulaştı, teşekkür ederiz. Yanlış ürün gönderdiğimiz için tekrar özür dileriz; bu karışıklığın size zaman kaybettirdiğinin farkındayız ve paketleme sürecimizi daha dikkatli kontrol edeceğiz.

Ücret iadeniz şimdi platform üzerinden size gönderilecek. İleride yeniden sizinle alışveriş yapmayı umuyoruz.

Saygılarımızla,
Deri Atölye team"""),
"o11a": (11, "ko", """김민준 고객님, 안녕하세요.

주문하신 남성 겨울 패딩 점퍼의 사이즈가 설명과 달라 불편을 드려 정말 죄송합니다.

빠르게 확인할 수 있도록, 점퍼를 평평하게 펼쳐 놓고 줄자를 가로로 댄 사진을 사이즈 라벨과 함께 보내주실 수 있을까요?

사진을 받는 대로 바로 확인한 뒤 해결 방법을 안내해 드리겠습니다.

Seoul Outfit team"""),
"o12a": (12, "zh", """陳怡君您好:

非常理解您等待便當盒的心情,讓您久等了,真的很抱歉。我們查詢後確認,包裹仍在運送途中,您可以用追蹤號碼 LP00739150264CN 隨時查看物流進度。

能否麻煩您先關閉這次糾紛呢?我們會將您的購買保護期延長 10 天,確保在包裹送達前您都能得到完整的保障。

如有任何問題,歡迎隨時在這裡留言。

好家居 team"""),
"o13a": (13, "ar", """مرحباً أحمد الحربي،

نفهم قلقك بخصوص الطرد. يمكننا أن نرى أن طردك محتجز حالياً لدى الجمارك، ويمكنك متابعته برقم التتبع AX5820941736.

لا داعي للقلق: نحن من سيدفع الرسوم الجمركية ونتولى إجراءات التخليص بأنفسنا، فلا يتوجب عليك دفع أي شيء. نرجو منك التحلي بقليل من الصبر حتى تُفرج الجمارك عن طردك.

مع أطيب التحيات،
Smart Souq team"""),
"o14a": (14, "sv", """Hej Elin Lindqvist,

tack för bilderna du skickade. Vi ser tydligt hålen i ullfilten och vi är verkligen ledsna för det.

Vi kan erbjuda dig två alternativ:
– behåll filten och få en delvis återbetalning på upp till 259.60 SEK, eller
– skicka tillbaka filten och få full återbetalning.

Vilket alternativ föredrar du?

Vänliga hälsningar,
Nordvävt team"""),
"o15a": (15, "cs", """Dobrý den, Tomáš Novák,

platforma rozhodla o vrácení zboží a vrácení peněz a my toto rozhodnutí přijímáme.

Adresa pro vrácení je stále stejná: Ostrý Kraj s.r.o., Vratky, Průmyslová 8, 602 00 Brno, Česko

Vidíme, že je zásilka už na cestě – děkujeme. Jakmile nůž dorazí, refundace bude zpracována. Pokud jste to ještě neudělal, přidejte prosím číslo sledování zpětné zásilky do sporu.

Doufáme, že u nás v budoucnu opět nakoupíte.

S pozdravem
Ostrý Kraj team"""),
"o16a": (16, "ro", """Bună ziua, Andreea Popescu,

Vă mulțumim că ați acceptat să vă trimitem din nou setul de pensule de machiaj. Ne pare rău pentru coletul pierdut.

Setul a fost deja expediat din nou, iar noul număr de urmărire este RO771408325CN. Vom urmări noul colet îndeaproape și vă vom ține la curent.

Cu drag,
Beauty Lane team"""),
"o17a": (17, "hu", """Kedves Kovács Péter!

Nagyon sajnáljuk, úgy tűnik, hogy a vezeték nélküli egeret tartalmazó csomag elveszett útközben. Értjük, mennyire bosszantó hetekig hiába várni.

Szeretné, ha újra elküldenénk Önnek a terméket, további költség nélkül? Kérjük, válaszoljon erre az üzenetre a megerősítéshez, és ellenőrizze, hogy a szállítási címe helyes-e.

Üdvözlettel:
TechPont team"""),
"o18a": (18, "da", """Hej Mette Jensen,

Tak for din besked. Vi har allerede sendt vores dokumentation til platformen.

Nu er det platformens tvistspecialist, der træffer afgørelsen, og vi vil naturligvis respektere den. Vi er ærgerlige over, at der manglede dele i din kaffekande, og vi er stadig her, hvis du har spørgsmål undervejs.

Venlig hilsen
Hygge Køkken team"""),
"o19a": (19, "fi", """Hei Aino Virtanen,

Näemme, että olet vienyt riidan alustalle, ja ymmärrämme hyvin turhautumisesi – pahoittelemme, ettet saanut meiltä vastausta ajoissa.

Teemme yhteistyötä alustan riitatapausten asiantuntijan kanssa ja toimitamme hänelle oman näyttömme villasukista. Olemme silti edelleen valmiita etsimään ratkaisun yhdessä kanssasi.

Ystävällisin terveisin
Lämpö Shop team"""),
"o20a": (20, "pl", """Dzień dobry, Katarzyna Wójcik,

dziękujemy za odesłanie bluzy z kapturem – paczka dotarła do nas i zwrot został przyjęty.

Zwrot pieniędzy zostanie teraz zrealizowany przez platformę. Przykro nam, że rozmiar nie pasował, i mamy nadzieję, że jeszcze kiedyś zrobi Pani u nas zakupy.

Pozdrawiamy serdecznie,
Moda Kraków team"""),
"o21a": (21, "uk", """Вітаємо, Олена Коваленко!

Розуміємо ваше хвилювання і дякуємо, що написали. Ми бачимо, що посилка з дитячим рюкзаком зараз затримана на митниці; відстежувати її можна за номером NP20450017394820.

Ми вже з'ясовуємо в перевізника, що саме потрібно митниці для випуску посилки, і одразу повідомимо вас, щойно дізнаємося. Просимо трохи терпіння, поки ми це вирішуємо.

З повагою,
Kids Corner team"""),
"o22a": (22, "el", """Γεια σας Νίκος Παπαδόπουλος,

Λυπούμαστε πολύ που το σετ ποτηριών έφτασε σπασμένο· καταλαβαίνουμε πόσο απογοητευτικό είναι.

Για να το εξετάσουμε γρήγορα, θα μπορούσατε να μας στείλετε φωτογραφίες της ζημιάς και της εξωτερικής συσκευασίας όπως ακριβώς έφτασε;

Μόλις τις λάβουμε, θα τις εξετάσουμε αμέσως και θα επανέλθουμε με μια λύση.

Με εκτίμηση,
Glassy team"""),
"o23a": (23, "en", """Hi Marcus Bell,

Thanks for sending the video. We can clearly see the cordless hair clipper cutting out, and we're sorry it isn't working as it should.

Here are two options, whichever suits you better:
– Keep the clipper and receive a partial refund of up to 14.04 USD.
– Return the clipper for a full refund.

Just let us know which one you'd prefer and we'll set it up in the dispute.

Dana, TrimPro support"""),
"o23b": (23, "en", """Hello Marcus Bell, thank you for the video, it shows the problem clearly and we apologise for the inconvenience. We can either give you a partial refund of up to 14.04 USD while you keep the clipper, or you can send it back and get a full refund. Which option would you prefer?

Dana, TrimPro support"""),
"o24a": (24, "es", """Hola, Javier Morales:

Sentimos la espera con tus zapatillas de running. Hemos comprobado el envío y el paquete sigue en camino con Correos; puedes seguirlo con el número UV518203746ES.

Te pedimos, por favor, que cierres la disputa por ahora. A cambio, ampliaremos tu protección de compra en 15 días para que sigas totalmente cubierto hasta que recibas el paquete.

Gracias por tu comprensión.

Corre Ya team"""),
"o09b": (9, "nl", """Hallo Sanne de Vries, we hebben de uitspraak van het platform gezien: retour en terugbetaling. Daar gaan we uiteraard mee akkoord. Stuur de vaas alstublieft naar Vaas & Vorm Retouren, Industrieweg 14, 3044 AS Rotterdam, Nederland. Voeg daarna het trackingnummer van uw retourpakket toe aan het geschil; zodra de vaas bij ons aankomt, verwerken we de terugbetaling. Excuses nogmaals voor de schade, en we hopen in de toekomst weer zaken met u te doen.

Vaas & Vorm team"""),
"o10b": (10, "tr", """Merhaba Emre Yılmaz, iade paketiniz elimize sağlam şekilde ulaştı, ilginiz için çok teşekkürler. Yaşadığınız karışıklık için üzgünüz ve iade sürecinde gösterdiğiniz sabır için ayrıca teşekkür ederiz. Para iadeniz şimdi platform aracılığıyla hesabınıza yapılacaktır. Umarız gelecekte yine bizi tercih edersiniz; sizi tekrar ağırlamaktan memnuniyet duyarız.

Deri Atölye team"""),
"o14b": (14, "sv", """Hej Elin Lindqvist! Tusen tack för bilderna, hålen syns tydligt och vi ber om ursäkt. Du kan välja mellan att behålla filten med en delvis återbetalning på upp till 259.60 SEK eller att returnera den mot full återbetalning. Säg bara till vad du helst vill, så ordnar vi resten.

Nordvävt team"""),
"o20b": (20, "pl", """Witamy, Katarzyna Wójcik! Potwierdzamy, że zwrócona bluza z kapturem dotarła do naszego magazynu. Zwrot środków nastąpi teraz za pośrednictwem platformy. Bardzo przepraszamy, że rozmiar okazał się nietrafiony i że musiała Pani odsyłać paczkę. Dziękujemy za cierpliwość i liczymy, że w przyszłości znów skorzysta Pani z naszej oferty.

Moda Kraków team"""),
}
