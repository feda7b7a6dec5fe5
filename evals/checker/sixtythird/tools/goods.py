"""Hand-written good replies. key: good id -> (dispute number, message)."""
GOODS = {}
def g(gid, n, text):
    GOODS[gid] = (n, text.strip("\n"))

g("nk01a", 1, """Hi Oliver,

I'm really sorry the jacket doesn't fit the way our size chart suggested. Short sleeves and a tight chest are frustrating, especially in a winter jacket you want to wear now.

So we can check it quickly, could you send us a photo of the item laid flat with a measuring tape across it, next to its size label? The chest and the sleeve length are what we'd most like to see.

As soon as the photo arrives, we'll look at it and come back to you with a solution.

Best wishes,
Amy, Northfield Outdoor""")

g("nk01b", 1, """Dear Oliver Bennett,
Thank you for telling us about the Quilted winter jacket from order 3017722041, and our apologies that the fit is not what you expected.
To check the sizing properly, please send a photo of the item laid flat with a measuring tape across it, next to its size label.
Once we have it, we will review it straight away and get back to you with a solution.
Kind regards,
Amy, Northfield Outdoor""")

g("nk02a", 2, """Hola, Valeria:

Entiendo perfectamente tu preocupación; esperar tanto tiempo una lámpara no es nada agradable. Te cuento que tu paquete sigue en camino y puedes seguirlo con el número de seguimiento LX552019384CN.

Como todavía está en tránsito, ¿podrías cerrar la disputa por ahora? Para que no pierdas ninguna garantía, ampliaremos tu protección de compra 20 días, así estarás totalmente cubierta hasta que llegue.

Gracias por tu paciencia y por confiar en nosotros.

Un saludo,
Equipo Casa Lumen""")

g("nk02b", 2, """Estimada Valeria Ortiz:
Lamentamos la espera. Su pedido 5503918276 está en camino; el número de seguimiento es LX552019384CN y con él puede ver cada movimiento del envío.
Le pedimos amablemente que cierre la disputa por el momento. Por nuestra parte, extenderemos su protección de compra por 20 días, de modo que seguirá protegida mientras el paquete llega.
Quedamos a su disposición aquí mismo, en la plataforma.
Atentamente,
Equipo Casa Lumen""")

g("nk03a", 3, """Здравствуйте, Марина!

Спасибо за фото и видео — на них хорошо видно треснувшую крышку чайника. Нам очень жаль, что так получилось.

Мы можем предложить вам два варианта: оставить чайник и получить частичный возврат до 1247.50 RUB или вернуть товар и получить полный возврат денег.

Какой вариант вам удобнее? Напишите, пожалуйста, и мы сразу всё оформим.

С уважением,
Команда ДомТехника""")

g("nk04a", 4, """佐藤 美咲 様

このたびは再発送にご同意いただき、誠にありがとうございます。
ご注文のレザー調トートバッグを改めて発送いたしました。新しい追跡番号は JP880145227CN です。
新しいお荷物の配送状況は私どもでもしっかり確認し、何かあればすぐにお知らせいたします。
ご不便をおかけして申し訳ございません。到着まで今しばらくお待ちくださいませ。

さくら雑貨 スタッフ一同""")

g("nk05a", 5, """Bonjour Camille,

La plateforme a décidé d'un retour avec remboursement, et nous acceptons bien sûr cette décision. Nous sommes désolés que le vase ne vous ait pas donné satisfaction.

Merci de renvoyer le vase à l'adresse suivante : Atelier Verre Retours, 8 rue de la Verrerie, 69002 Lyon, France

Le remboursement sera traité dès que le colis retour nous parviendra ; pensez simplement à ajouter le numéro de suivi du retour dans le litige.

Nous espérons avoir le plaisir de vous servir à nouveau à l'avenir.

Bien cordialement,
L'équipe Atelier Verre""")

g("nk05b", 5, """Chère Camille Laurent,
Nous prenons acte de la décision de la plateforme : retour et remboursement. Voici de nouveau l'adresse de retour : Atelier Verre Retours, 8 rue de la Verrerie, 69002 Lyon, France.
Dès réception du vase, votre remboursement sera lancé. Pourriez-vous indiquer le numéro de suivi de votre envoi dans le litige ? Cela nous aidera à repérer le colis.
Merci pour votre compréhension, et au plaisir de vous retrouver un jour dans notre boutique.
L'équipe Atelier Verre""")

g("nk06a", 6, """Hallo Lukas,

danke für Ihre Nachricht – wir verstehen gut, dass das Warten nervt. Ihr Paket wird derzeit beim Zoll festgehalten; Sie können es jederzeit mit der Sendungsnummer LP00661238405CN verfolgen.

Bei dieser Bestellung trägt der Käufer die Einfuhrabgaben. Könnten Sie die Gebühren bitte bezahlen und die Zollabfertigung abschließen? Danach wird die Tastatur zugestellt.

Falls der Zoll ein Dokument wie die Rechnung verlangt, schicken wir es Ihnen gern sofort.

Viele Grüße
Ihr KeyWerk-Team""")

g("nk06b", 6, """Hi Lukas Hoffmann,
tut uns leid, dass deine Tastatur noch nicht bei dir ist. Laut Sendungsverfolgung (LP00661238405CN) liegt das Paket gerade beim Zoll.
Für diese Bestellung sind die Einfuhrabgaben vom Käufer zu zahlen – magst du sie begleichen und die Verzollung abschließen? Dann kann das Paket direkt weiter zu dir.
Braucht der Zoll Unterlagen, zum Beispiel die Rechnung, sag einfach Bescheid, wir senden sie dir umgehend.
Ihr KeyWerk-Team""")

g("nk07a", 7, """Ciao Giulia,

ci dispiace davvero tanto: sembra proprio che il tuo pacco con le scarpe da corsa sia andato perso durante il viaggio. Capiamo benissimo la delusione, soprattutto con una gara in arrivo.

Vuoi che ti spediamo di nuovo le scarpe, senza alcun costo aggiuntivo? Se ti va bene, rispondi qui per confermare e controlla che il tuo indirizzo di spedizione sia corretto, così partiamo subito.

Un caro saluto,
Il team di Passo Veloce""")

g("nk07b", 7, """Gentile Giulia Romano,
siamo spiacenti di informarLa che il pacco dell'ordine 9031574482 risulta smarrito durante il trasporto.
Desidera che Le inviamo nuovamente le Scarpe da corsa leggere, taglia 38, senza costi aggiuntivi? In caso affermativo, La preghiamo di confermarlo rispondendo a questo messaggio e di verificare che l'indirizzo di spedizione sia corretto.
Restiamo a disposizione.
Cordiali saluti,
Il team di Passo Veloce""")

g("nk08a", 8, """Olá, Rafael!

Entendemos sua frustração com a câmera do drone e agradecemos por nos contar. Queremos te deixar a par: já enviamos nossas evidências para a plataforma.

Agora o especialista em disputas da plataforma vai analisar o caso e tomar a decisão, e nós vamos respeitar o que for decidido.

Enquanto isso, continuamos aqui para ajudar se você tiver qualquer dúvida.

Abraços,
Equipe VooLivre""")

g("nk08b", 8, """Prezado Rafael Souza,
Informamos que as nossas provas referentes ao pedido 1184520937 já foram entregues à plataforma.
A partir de agora, a decisão cabe ao especialista em disputas da plataforma, e a VooLivre acatará o resultado, seja ele qual for.
Caso surja alguma dúvida nesse meio-tempo, estamos à disposição para ajudar por aqui.
Atenciosamente,
Equipe VooLivre""")

g("nk09a", 9, """Beste Sanne,

We zien dat je het geschil naar het platform hebt gebracht, en we begrijpen heel goed waarom je gefrustreerd bent: weken wachten op je jas zonder duidelijk antwoord is vervelend.

We werken samen met de geschillenspecialist van het platform en geven hem al ons bewijs, waaronder de trackinggegevens van NL530019284CN.

Tegelijk staan we nog steeds open om samen met jou een oplossing te vinden.

Hartelijke groet,
Team Wolkenwol""")

g("nk10a", 10, """Merhaba Emre Bey,

İade ettiğiniz akıllı saat bize ulaştı, teşekkür ederiz. Kargo takibinde gördüğünüz teslim kaydı doğru, paket elimizde. Geri ödemeniz artık platform üzerinden yapılacak.

Yaşadığınız sorun için tekrar özür dileriz. Gelecekte yine sizinle alışveriş yapabilmeyi umuyoruz.

Saygılarımızla,
Zaman Dükkanı ekibi""")

g("nk11a", 11, """김지훈 고객님, 안녕하세요.

선물용으로 준비하신 도자기 접시가 깨진 채로 도착했다니 정말 죄송합니다. 얼마나 속상하셨을지 충분히 이해합니다.
빠르게 확인할 수 있도록 파손된 부분의 사진과 도착했을 때의 외부 포장 사진을 보내주시겠어요?
사진을 받는 대로 바로 확인하고 해결 방법을 안내해 드리겠습니다.

온도리빙 드림""")

g("nk12a", 12, """林怡君 您好：

非常理解您的擔心，等待這麼久確實讓人不安。請放心，您的包裹仍在運送途中，您可以用追蹤號碼 TW118204965CN 隨時查詢進度。
由於包裹還在路上，能否麻煩您先關閉這個糾紛呢？我們會為您延長 10 天的購買保障，讓您在包裹送達之前都能受到完整保障。
感謝您的耐心與體諒！

青瓷小舖 客服團隊""")

g("nk13a", 13, """مرحباً فاطمة،

شكراً لكِ على الصور التي أرسلتِها، فقد اتضح لنا أن التطريز يختلف عن صور المنتج، ونعتذر لكِ عن ذلك بصدق.

يسعدنا أن نقدّم لكِ خيارين: الاحتفاظ بالعباءة مع استرداد جزئي يصل إلى 44.00 SAR، أو إرجاع العباءة واسترداد المبلغ كاملاً.

أيّ الخيارين تفضّلين؟ ننتظر ردّكِ لنكمل الإجراءات.

مع خالص التحية،
فريق دار الأناقة""")

g("nk14a", 14, """Hej Erik!

Tack för att du vill att vi skickar lampan igen – det uppskattar vi. Vägglampan i mässing är nu skickad på nytt, och det nya spårningsnumret är SE715503269CN.

Vi håller ett öga på det nya paketet och hör av oss här om något skulle hända på vägen. Förlåt för besväret med den första försändelsen.

Hälsningar, Nordljus""")

g("nk15a", 15, """Dobrý den, Tereza Nováková,

platforma rozhodla o vrácení zboží a vrácení peněz a my toto rozhodnutí respektujeme.

Boty prosím pošlete na tuto adresu: Krok Obuv – vratky, Vinohradská 45, 120 00 Praha 2

Peníze vám vrátíme, jakmile vrácené boty dorazí. Prosíme také o doplnění sledovacího čísla zásilky do sporu, ať ji můžeme hlídat.

Doufáme, že u nás v budoucnu opět nakoupíte.

S pozdravem
Tým Krok Obuv""")

g("nk16a", 16, """Bună ziua, Andrei,

Vă mulțumim pentru mesaj și înțelegem că o săptămână de așteptare e mult. Coletul dumneavoastră este reținut momentan la vamă; îl puteți urmări cu numărul de urmărire RO228840163CN.

Vestea bună: noi plătim taxele vamale și ne ocupăm de vămuire, așa că nu aveți nimic de plătit.

Vă rugăm să mai aveți puțină răbdare până când vama eliberează coletul.

Cu drag,
Echipa Aroma Shop""")

g("nk17a", 17, """Kedves Nagy Eszter!

Nagyon sajnáljuk, úgy tűnik, hogy a csomagja elveszett útközben. Tudjuk, mennyire bosszantó ez, különösen egy várva várt sál esetében.

Szeretné, ha újra elküldenénk Önnek a sálat, külön költség nélkül? Kérjük, válaszoljon ebben az üzenetben, hogy megerősítse, és ellenőrizze, hogy a szállítási címe helyes-e.

Köszönjük a türelmét!

A Sálvilág csapata""")

g("nk18a", 18, """Kære Mette

Tak for din besked, og vi er kede af, at stolen ikke lever op til dine forventninger. Vi har allerede givet vores dokumentation til platformen.

Platformens tvistspecialist træffer nu afgørelsen, og vi vil selvfølgelig respektere den.

Har du spørgsmål i mellemtiden, er vi stadig her for at hjælpe.

Venlig hilsen, Egetræ Design""")

g("nk19a", 19, """Hei Mikko,

Näemme, että olet vienyt riidan alustalle, ja ymmärrämme hyvin turhautumisesi – kuulokkeita ei ole kuulunut, eikä vastausta ole tullut.

Teemme yhteistyötä alustan riitojen asiantuntijan kanssa ja toimitamme hänelle kaiken todistusaineistomme.

Olemme edelleen valmiita etsimään ratkaisun yhdessä kanssasi.

Ystävällisin terveisin
ÄäniKaupan tiimi""")

g("nk20a", 20, """Dzień dobry, Katarzyna Wiśniewska,

potwierdzamy, że odesłany blender dotarł już do nas – dziękujemy za szybką wysyłkę. Zwrot pieniędzy nastąpi teraz za pośrednictwem platformy.

Przepraszamy za kłopot z urządzeniem. Mamy nadzieję, że w przyszłości znów zrobi Pani u nas zakupy.

Pozdrawiamy serdecznie
Zespół KuchniaPlus""")

g("nk21a", 21, """Добрий день, Олена Коваленко!

Дякуємо за фото — ми бачимо затяжки й дірку біля шва, і нам дуже прикро через це.

Пропонуємо вам два варіанти: залишити светр і отримати часткове відшкодування до 540.00 UAH або повернути светр і отримати повне відшкодування.

Який варіант вам більше підходить? Будемо чекати на вашу відповідь.

З повагою,
Команда «Теплий Дім»""")

g("nk22a", 22, """Γεια σας, Γιώργος Παπαδόπουλος,

λυπούμαστε πολύ που το ηχείο δεν ανάβει ούτε φορτίζει· καταλαβαίνουμε απόλυτα την απογοήτευσή σας.

Για να ελέγξουμε γρήγορα το πρόβλημα, θα μπορούσατε να μας στείλετε ένα σύντομο βίντεο όπου φαίνεται το ηχείο όταν προσπαθείτε να το ενεργοποιήσετε και το σφάλμα να συμβαίνει;

Μόλις το λάβουμε, θα το εξετάσουμε αμέσως και θα επανέλθουμε με μια λύση.

Με εκτίμηση,
Η ομάδα του Ήχος Shop""")

g("nk23a", 23, """Hi Marcus,

I completely get it: you've got a trip coming up and the tracking has barely moved. Good news, though: your tent is on its way, and you can follow it with tracking number LB402275891CN.

Since it's still in transit, could you please close the dispute for now? We'll extend your purchase protection by 30 days, so you stay fully covered until the parcel reaches you.

Thanks for bearing with us, and I hope the trip is a great one.

Jordan at Trailhead Gear""")

g("nk24a", 24, """Liebe Anna Gruber,

es tut uns leid, dass Sie so lange nichts gehört haben. Ihr Paket mit der Kaffeemühle liegt derzeit beim Zoll; verfolgen können Sie es mit der Sendungsnummer AT661209874CN.

Wir klären gerade mit dem Zusteller, was der Zoll für die Freigabe braucht, und melden uns bei Ihnen, sobald wir Genaueres wissen.

Bitte haben Sie noch ein wenig Geduld, während wir das regeln.

Freundliche Grüße
Mahlwerk Kundenservice""")
