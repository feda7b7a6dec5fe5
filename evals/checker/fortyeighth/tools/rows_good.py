"""Hand-written good replies, one key per good row id: (dispute number, reply language, text)."""
GOOD = {
"oa01a": (1, "en", """Hi Megan,

Thank you for letting us know, and we're really sorry the kitchen scale isn't working as it should: a flickering display with no weight reading is not what you paid for.
So that we can check the fault quickly, could you please send us a short video showing the item switched on and the fault happening?
As soon as the video arrives, we will look at it carefully and come back to you with a solution.

Kind regards,
BrightHome Store team"""),
"oa01b": (1, "en", """Hello Megan Carter,

I'm sorry to hear about the scale. A display that flickers and never settles on a weight would annoy me too, and I completely understand why you opened this dispute.

Could you record a short video showing the item switched on and the fault happening? A phone video is perfectly fine; it just helps our technicians see exactly what is going on.

Once we have it, we'll review it straight away and get back to you with a solution.

Thanks for your patience,
BrightHome Store team"""),
"oa02a": (2, "es", """Hola, Alejandro:

Entendemos tu preocupación y te agradecemos que nos hayas escrito. Tu paquete sigue en camino y puedes seguirlo con el número de rastreo LP00778899001CN.
¿Podrías cerrar la disputa por ahora? Así el pedido no se cierra antes de que llegue.
Por nuestra parte, extenderemos tu protección de compra 20 días, para que sigas totalmente protegido hasta que recibas tu funda.

Cualquier duda, aquí estamos.
Equipo de Tienda Nopal"""),
"oa02b": (2, "es", """Estimado Alejandro Ruiz:

Lamentamos mucho la espera; sabemos que dos semanas sin noticias inquietan a cualquiera.

Revisamos el envío y el paquete va en tránsito con Estafeta. Puedes consultar el avance en todo momento con el número de rastreo LP00778899001CN.

Te pedimos, por favor, que cierres la disputa de momento. A cambio, ampliaremos tu protección de compra en 20 días, de modo que tu dinero sigue protegido mientras llega la funda.

Muchas gracias por tu comprensión.

Equipo de Tienda Nopal"""),
"oa03a": (3, "ru", """Здравствуйте, Ольга!

Спасибо за присланные фотографии. Мы видим дырку на рукаве и искренне извиняемся за это.
Мы можем предложить вам два варианта: оставить куртку и получить частичный возврат до 1350.00 RUB или вернуть куртку и получить полный возврат средств.
Какой вариант вам удобнее?

Будем рады решить вопрос так, как лучше для вас.

С уважением,
Команда Sever Wear"""),
"oa04a": (4, "ja", """佐藤 美咲 様

この度はご不便をおかけし、誠に申し訳ございません。
プラットフォームによる返品・返金の決定を確認いたしました。当店はこの決定に従います。
お手数ですが、商品を次の住所までご返送ください：〒550-0013 大阪府大阪市西区新町1-4-26 Sakura Gadget 返品係
返品された商品が到着し次第、返金手続きを進めます。発送後、返品の追跡番号を紛争ページにご入力いただけますと幸いです。
またのご利用を心よりお待ちしております。

Sakura Gadget サポートチーム"""),
"oa05a": (5, "fr", """Bonjour Julien,

Merci beaucoup d'avoir accepté un nouvel envoi, et encore désolés pour le colis perdu.
Votre coque de téléphone vient de repartir à l'adresse habituelle ; voici son nouveau numéro de suivi : LP00998877665CN.
Nous allons surveiller ce nouveau colis de près et nous vous tiendrons informé de son avancement.

Très bonne journée,
Atelier Coque team"""),
"oa06a": (6, "de", """Hallo Frau Krüger,

es tut uns wirklich leid: Ihr Paket mit der LED-Schreibtischlampe ist offenbar auf dem Weg verloren gegangen.
Möchten Sie, dass wir Ihnen den Artikel noch einmal schicken, ohne zusätzliche Kosten für Sie?
Bitte antworten Sie uns kurz zur Bestätigung und prüfen Sie dabei, ob Ihre Lieferadresse noch stimmt.

Freundliche Grüße
Ihr Lichtwerk-Team"""),
"oa06b": (6, "de", """Liebe Sabine Krüger,

vielen Dank für Ihre Nachricht. Dass die Lampe nach wochenlangem Warten nun als verloren gilt, ist ärgerlich, und dafür möchten wir uns aufrichtig entschuldigen.

Wir würden Ihnen die Lampe gern erneut zusenden, selbstverständlich ohne Mehrkosten. Wäre Ihnen das recht?

Falls ja, geben Sie uns bitte hier im Chat Bescheid und werfen Sie vorher einen Blick auf Ihre Lieferadresse, damit das neue Paket sicher ankommt.

Herzliche Grüße
Ihr Lichtwerk-Team"""),
"oa07a": (7, "it", """Gentile Marco,

capiamo bene il fastidio di vedere il pacco fermo da una settimana. Al momento la spedizione è trattenuta in dogana; può seguirla con il numero di tracciamento LP00557799113CN.
Per questo ordine i dazi di importazione sono a carico dell'acquirente, quindi le chiediamo gentilmente di pagarli e completare lo sdoganamento.
Se la dogana dovesse richiedere qualche documento, come la fattura, saremo felici di inviarglielo subito.

Cordiali saluti,
CasaCaffè Store team"""),
"oa08a": (8, "pt", """Olá, Camila!

Entendemos a sua frustração por não ter recebido o relógio, e obrigado por nos escrever.
Queremos informar que já enviamos as nossas evidências à plataforma.
Agora, o especialista em disputas da plataforma vai analisar o caso e decidir, e nós vamos respeitar a decisão, seja ela qual for.
Enquanto isso, continuamos à disposição se tiver qualquer dúvida.

Um abraço,
Equipe Loja Tucano"""),
"oa09a": (9, "nl", """Beste Daan,

We zien dat u het geschil hebt doorgezet naar het platform, en we begrijpen goed dat u gefrustreerd bent na zo lang wachten.
We werken graag mee met de geschillenspecialist van het platform en leveren ons bewijs aan.
Tegelijk staan we nog steeds open om samen met u een oplossing te vinden.

Met vriendelijke groet,
Fietsfabriek Store team"""),
"oa09b": (9, "nl", """Hoi Daan de Vries,

Vervelend dat uw fietshelm nog steeds niet binnen is. We snappen heel goed waarom u de zaak nu aan het platform hebt voorgelegd; wij zouden ook ongeduldig worden.

Wat wij nu doen: we gaan samenwerken met de geschillenspecialist en sturen hem al ons bewijs, zoals de trackinggegevens.

En mocht u in de tussentijd samen met ons naar een oplossing willen zoeken, dan staat onze deur open. Laat het ons gerust weten.

Hartelijke groet,
Fietsfabriek Store team"""),
"oa10a": (10, "tr", """Merhaba Emre Bey,

İade ettiğiniz deri sırt çantası bize ulaştı, teşekkür ederiz.
Çantanın rengi beklediğiniz gibi olmadığı için tekrar özür dileriz; iade sürecindeki sabrınız için de ayrıca teşekkürler.
Para iadeniz şimdi platform üzerinden size ulaşacaktır.
Yaşadığınız aksaklık için üzgünüz ve gelecekte sizinle yeniden alışveriş yapmayı umuyoruz.

Saygılarımızla,
Anadolu Çanta team"""),
"oa11a": (11, "ko", """김지민 고객님, 안녕하세요.

불편을 드려 정말 죄송합니다. 현재 고객님의 소포가 세관에 보류되어 있는 것을 확인했습니다. 운송장 번호 LP00443322110CN 으로 진행 상황을 확인하실 수 있습니다.
관세는 저희가 직접 납부하고 통관 절차도 저희가 처리하고 있으니, 고객님께서 따로 내실 금액은 없습니다.
세관에서 소포를 내보낼 때까지 조금만 기다려 주시면 감사하겠습니다.

Hanul Living 고객지원팀"""),
"oa12a": (12, "zh", """陳怡君 您好：

很抱歉外套的尺寸不合身，袖子也太短，讓您失望了，我們一定會和您一起處理好這件事。
為了盡快確認問題，能否請您將外套平放，用捲尺橫量並拍一張照片，同時拍到衣服上的尺碼標籤？
收到照片後，我們會立刻查看，並盡快回覆您解決方案。

謝謝您的耐心！
Formosa Knit 客服團隊"""),
"oa13a": (13, "ar", """مرحباً نورة،

نتفهم قلقك تماماً، وشكراً لتواصلك معنا. طردك في الطريق إليك، ويمكنك متابعته برقم التتبع LP00990011223CN.
هل يمكنك التكرم بإغلاق النزاع في الوقت الحالي؟
سنمدد حماية الشراء الخاصة بك لمدة 30 يوماً، حتى تبقي محمية بالكامل إلى أن تصلك الساعة.

مع أطيب التحيات،
فريق Oasis Decor"""),
"oa14a": (14, "sv", """Hej Elin,

Tack för videon du skickade. Vi ser tydligt att plädet är tunnare och luddar, och vi ber verkligen om ursäkt för det.
Vi kan erbjuda dig två alternativ: behåll plädet med en delåterbetalning på upp till 159.60 SEK, eller skicka tillbaka det för full återbetalning.
Vilket alternativ föredrar du?

Vänliga hälsningar,
Nordic Nest Shop team"""),
"oa15a": (15, "cs", """Dobrý den, pane Nováku,

velice nás mrzí, že se zásilka se sadou nožů cestou ztratila.
Chtěl byste, abychom vám zboží poslali znovu, bez jakýchkoli dalších nákladů?
Prosíme, odpovězte nám pro potvrzení a zkontrolujte také, že je vaše doručovací adresa správná.

S pozdravem
Tým Kuchyně Plus"""),
"oa16a": (16, "ro", """Bună ziua, Ioana,

Ne pare rău că ați primit alt produs decât cel comandat. Platforma a decis returul și rambursarea, iar noi acceptăm această decizie.
Vă rugăm să trimiteți rochia înapoi la această adresă: Flori Fashion Retur, Strada Fabricii 7, 060821 București, România.
Rambursarea va fi procesată imediat ce produsul returnat ajunge la noi; vă rugăm să adăugați numărul de urmărire al returului în dispută.
Sperăm să facem din nou afaceri împreună în viitor.

Cu stimă,
Flori Fashion team"""),
"oa17a": (17, "hu", """Kedves Nagy Eszter!

Köszönjük, hogy beleegyezett a termék újraküldésébe. Nagyon sajnáljuk, hogy az első csomag elveszett, és hogy ennyit kellett várnia.
A bögrekészletet már újra feladtuk, az új csomag követési száma: LP00963852741CN.
Figyelemmel kísérjük az új csomagot, és folyamatosan tájékoztatjuk Önt.

Üdvözlettel:
Bögre Bolt team"""),
"oa18a": (18, "da", """Kære Mads,

Vi er kede af, at potterne ikke har den farve, du forventede, og vi forstår godt, at du har sendt sagen videre.
Vi har allerede givet vores dokumentation til platformen.
Platformens tvistspecialist træffer nu afgørelsen, og vi vil respektere den.
Vi er stadig her for at hjælpe, hvis du har spørgsmål undervejs.

Venlig hilsen
Hygge Haven kundeservice"""),
"oa19a": (19, "fi", """Hei Aino,

Näemme, että olet vienyt riita-asian alustalle, ja ymmärrämme hyvin turhautumisesi, kun sadesuoja puuttui repusta. Pahoittelemme, ettei reppu vastannut kuvausta.
Teemme yhteistyötä alustan riitojenratkaisijan kanssa ja toimitamme hänelle oman näyttömme.
Olemme edelleen valmiita etsimään ratkaisua yhdessä kanssasi.

Ystävällisin terveisin,
Taiga Outdoor team"""),
"oa20a": (20, "pl", """Dzień dobry, Pani Katarzyno,

Dziękujemy za cierpliwość – buty, które Pani odesłała, dotarły już do nas.
Zwrot pieniędzy zostanie teraz zrealizowany przez platformę.
Przykro nam, że rozmiar nie pasował, i mamy nadzieję, że w przyszłości znów zrobimy razem zakupy.

Pozdrawiamy serdecznie,
Zespół Górski Szlak"""),
"oa21a": (21, "uk", """Вітаємо, Андрію!

Дякуємо, що написали нам. Ми бачимо, що вашу посилку зараз затримано на митниці; стежити за нею можна за номером відстеження LP00147258369CN.
Ми вже з'ясовуємо з перевізником, що саме потрібно митниці, щоб випустити посилку, і повідомимо вас, щойно дізнаємося.
Просимо трохи терпіння, поки ми це владнаємо.

З повагою,
Команда Veselka Kids"""),
"oa22a": (22, "el", """Γεια σας, κύριε Παπαδόπουλε,

Λυπούμαστε πολύ που το βάζο έφτασε ραγισμένο, και θέλουμε να το λύσουμε μαζί σας.
Για να το ελέγξουμε γρήγορα, θα μπορούσατε να μας στείλετε φωτογραφίες της ζημιάς και της εξωτερικής συσκευασίας όπως έφτασε;
Μόλις τις λάβουμε, θα τις εξετάσουμε αμέσως και θα επανέλθουμε με μια λύση.

Με εκτίμηση,
Aegean Home team"""),
"oa23a": (23, "en", """Dear Oliver,

Thank you for the photos and the screenshot. We can see the duvet cover is a different shade from the listing, and we're sorry about that.
There are two ways we can put this right: you keep the bedding set and we refund you up to 11.60 GBP, or you send it back to us for a full refund.
Which of these would you prefer?

Best wishes,
Loom & Linen team"""),
"oa23b": (23, "en", """Hi Oliver Hughes,

Many thanks for taking the time to upload those pictures. Comparing them with our listing, we agree the blue isn't quite the shade you were shown, and we apologise.

Here is what we can do. If you're happy to keep the set, we can give you a partial refund of up to 11.60 GBP. If you'd rather not keep it, you can send it back and receive a full refund.

Just let us know which option suits you best, and we'll set it up right away.

Warm regards,
Loom & Linen team"""),
"oa24a": (24, "fr", """Bonjour Émilie,

Nous comprenons votre inquiétude et vous remercions de votre patience. Votre colis est bien en route vers vous, et vous pouvez le suivre avec le numéro de suivi LP00135792468CN.
Pourriez-vous, s'il vous plaît, fermer le litige pour le moment?
De notre côté, nous prolongerons votre protection d'achat de 10 jours, pour que vous restiez entièrement protégée jusqu'à l'arrivée de votre tapis.

Au plaisir,
Zen Boutique team"""),
}
