"""Good replies, hand-written one by one. key: row id -> (dispute number, reply language, text)."""
GOOD = {
"on01a": (1, "en", """Hi Megan Carter,

I'm really sorry — you ordered a stainless steel chef knife set and a cutting board turned up instead. That's frustrating, and we want to put it right with you.

So we can check what happened, could you please send us photos of the item received and of the parcel's shipping label? Both pictures help us trace the mix-up in our warehouse.

As soon as the photos arrive, we'll look at them and come back to you with a solution.

KitchenPeak team"""),
"on01b": (1, "en", """Dear Megan Carter,

Thank you for letting us know, and apologies for the trouble: receiving the wrong product is never what you expect. We'd like to sort this out together.

Could you attach to the dispute photos of the item received and of the parcel's shipping label? Once we have them, we will review them right away and get back to you with a solution.

Kind regards,
KitchenPeak team"""),
"on02a": (2, "es", """¡Hola, Alejandro Ruiz!

Entendemos perfectamente tu preocupación después de tanto tiempo esperando tus audífonos. Te confirmamos que el paquete sigue en camino con Estafeta y puedes seguirlo con el número de rastreo LP00731904552CN.

¿Podrías, por favor, cerrar la disputa por ahora? Para que no pierdas nada, vamos a extender tu protección de compra 20 días, así sigues completamente protegido hasta que llegue el paquete.

Gracias por tu paciencia y cualquier duda aquí estamos.

SonidoMax team"""),
"on03a": (3, "ru", """Здравствуйте, Ольга Смирнова!

Спасибо за фотографии, которые вы прислали. Мы видим, что плед скатался, и нам очень жаль, что так получилось.

Мы можем предложить вам два варианта:
— оставить плед себе и получить частичный возврат до 1260.00 RUB;
— вернуть плед и получить полный возврат средств.

Какой вариант вам больше подходит?

Уютный Дом team"""),
"on03b": (3, "ru", """Добрый день, Ольга Смирнова.

Благодарим вас за фото — на них хорошо видно катышки на пледе после стирки. Приносим извинения за это разочарование.

Предлагаем на выбор: вы оставляете плед, а мы оформляем частичный возврат в размере до 1260.00 RUB, либо вы отправляете плед обратно и получаете полный возврат денег. Напишите, пожалуйста, что вы предпочитаете, и мы сразу всё оформим через платформу.

С уважением,
Уютный Дом team"""),
"on04a": (4, "ja", """田中 優希 様

この度は本革ミニ財布のお色がイメージと異なり、ご不便をおかけして申し訳ございません。プラットフォームより返品・返金の判定が出ましたので、当店はこの決定に従います。

お手数ですが、商品を下記の住所までご返送ください。
LeatherCraft Returns, 3-8-1 Shinjuku, Shinjuku-ku, Tokyo 160-0022, Japan

返品された商品が到着し次第、返金手続きを行います。発送後は、返送の追跡番号を紛争ページにご入力いただけますようお願いいたします。

またのご利用を心よりお待ちしております。

LeatherCraft team"""),
"on05a": (5, "fr", """Bonjour Julien Tremblay,

Merci beaucoup d'avoir accepté un nouvel envoi de votre lampe frontale, c'est très apprécié.

Nous vous confirmons que la lampe vous a été réexpédiée. Voici son nouveau numéro de suivi : LP00915538204CN.

Nous allons surveiller ce nouveau colis de près et nous vous tiendrons au courant de son avancement.

Bonne journée,
Sophie, équipe Lumina Outdoor"""),
"on06a": (6, "de", """Hallo Katharina Huber,

es tut uns wirklich leid: Laut Sendungsverfolgung ist Ihr Paket mit dem Bluetooth-Lautsprecher auf dem Weg verloren gegangen. Wir verstehen, wie ärgerlich das ist.

Möchten Sie, dass wir Ihnen den Lautsprecher noch einmal zusenden, ohne zusätzliche Kosten für Sie?

Bitte antworten Sie uns kurz zur Bestätigung und prüfen Sie dabei, ob Ihre Lieferadresse noch stimmt. Dann können wir sofort loslegen.

Viele Grüße
Our Store team"""),
"on07a": (7, "it", """Gentile Marco Bianchi,

capiamo quanto sia snervante aspettare la sua macchina per caffè. Al momento il pacco risulta trattenuto in dogana; può seguirlo con il numero di tracciamento JD014600455321780912.

Per questo ordine i dazi di importazione sono a carico dell'acquirente: potrebbe gentilmente pagarli e completare lo sdoganamento? Se la dogana dovesse richiedere documenti, come la fattura, saremo felici di inviarglieli subito.

Un caro saluto,
CaffèArte Shop team"""),
"on08a": (8, "pt", """Olá, Beatriz Souza!

Sentimos muito por toda essa situação com o seu smartwatch, entendemos a sua preocupação. Queremos informar que já enviamos as nossas provas para a plataforma.

Agora o especialista em disputas da plataforma vai tomar a decisão, e nós vamos respeitar o que for decidido.

Se tiver qualquer dúvida enquanto isso, continuamos aqui para ajudar.

Abraços,
TechVida team"""),
"on09a": (9, "nl", """Beste Sanne de Vries,

We zien dat u het geschil heeft doorgezet naar het platform, en na zo lang wachten op uw fietstas begrijpen we goed dat u gefrustreerd bent.

Wij werken volledig mee met de geschillenspecialist van het platform en leveren ons bewijs aan. Daarnaast staan we nog steeds open om samen met u tot een oplossing te komen.

Met vriendelijke groet,
VeloGoods team"""),
"on10a": (10, "tr", """Merhaba Emre Yılmaz,

Fincan setinin hasarlı ulaşması bizi de çok üzdü. İade ettiğiniz seramik kahve fincanı setini teslim aldığımızı bildirmek isteriz. Sabrınız için teşekkür ederiz.

İadeniz artık platform üzerinden size ulaşacaktır.

Yaşadığınız sorun için tekrar özür dileriz; ileride yeniden alışveriş yapabilmeyi umuyoruz.

Saygılarımızla,
Anadolu Seramik team"""),
"on11a": (11, "ko", """김민준 님, 안녕하세요.

주문하신 무선 블루투스 키보드가 켜지지 않는다니 정말 죄송합니다. 불편을 드려 마음이 무겁습니다.

정확히 확인할 수 있도록, 키보드 전원을 켜는 모습과 고장 증상이 나타나는 장면을 담은 짧은 동영상을 보내주실 수 있을까요?

영상을 받는 대로 바로 확인하고 해결 방법을 안내해 드리겠습니다.

KeyLab team"""),
"on12a": (12, "zh", """陳怡君 您好：

非常理解您等待包裹時的不安。您的保溫瓶目前仍在運送途中，您可以用追蹤號碼 LP00933517420CN 隨時查詢最新狀態。

想麻煩您先暫時關閉這個糾紛嗎？我們會將您的購買保障延長 10 天，讓您在包裹送達前都能完全受到保障。

謝謝您的耐心，有任何問題都歡迎留言給我們。

好生活小舖 team"""),
"on13a": (13, "ar", """مرحباً أحمد المنصوري،

شكراً لك على الصور والفيديو التي أرسلتها، لقد رأينا أن الميكروفون غير موجود في العلبة، ونعتذر عن ذلك.

نقدم لك خيارين: الاحتفاظ بالسماعة مع استرداد جزئي يصل إلى 88.00 AED، أو إرجاع السماعة واسترداد المبلغ كاملاً.

أي الخيارين تفضّل؟

مع التحية،
GameZone team"""),
"on13b": (13, "ar", """عزيزي أحمد المنصوري،

نشكرك على إرسال الأدلة، فهي توضح المشكلة بجلاء، ونأسف حقاً لأن الطلب وصلك ناقصاً.

لحل الأمر، يمكنك الاختيار بين أمرين: أن تحتفظ بسماعة الألعاب ونعيد لك جزءاً من المبلغ بحد أقصى 88.00 AED، أو أن تعيد المنتج وتحصل على استرداد كامل.

نرجو أن تخبرنا بالخيار الذي يناسبك أكثر.

GameZone team"""),
"on14a": (14, "sv", """Hej Erik Lindqvist,

Plattformen har beslutat om retur och återbetalning, och vi accepterar beslutet fullt ut.

Om du inte redan har gjort det, skicka tillbaka strumporna till den här adressen:
NordicWool Returns, Lagervägen 14, 136 50 Haninge, Sweden

Återbetalningen görs så snart returen har kommit fram till oss. Lägg gärna till returens spårningsnummer i ärendet så kan vi följa paketet.

Vi hoppas att få göra affärer med dig igen i framtiden.

Vänliga hälsningar,
NordicWool team"""),
"on14b": (14, "sv", """Hej Erik Lindqvist!

Tack för ditt tålamod. Vi har sett plattformens beslut om retur och återbetalning och står givetvis bakom det.

Returadressen är:
NordicWool Returns, Lagervägen 14, 136 50 Haninge, Sweden

Så fort paketet är framme hos oss betalar vi tillbaka pengarna. Vi ser att returen redan är på väg – se bara till att spårningsnumret för returen finns med i ärendet.

Hoppas vi ses igen som kund längre fram!

Hälsningar,
NordicWool team"""),
"on15a": (15, "cs", """Dobrý den, Tomáš Novák,

děkujeme, že jste souhlasil s novým odesláním kempingové lampy.

Potvrzujeme, že jsme lampu odeslali znovu. Nové sledovací číslo zásilky je LP00622870195CN, takže si ji můžete sami kdykoli zkontrolovat.

Budeme novou zásilku hlídat a průběžně vás budeme informovat.

S pozdravem
CampStar team"""),
"on16a": (16, "ro", """Bună ziua, Andreea Popescu,

Ne pare foarte rău: se pare că coletul dumneavoastră cu setul de pensule s-a pierdut pe drum.

V-ar conveni să vă trimitem din nou produsul, fără niciun cost suplimentar?

Vă rugăm să ne răspundeți pentru confirmare și să verificați dacă adresa de livrare este corectă.

Cu drag,
BeautyNest team"""),
"on17a": (17, "hu", """Kedves Nagy Eszter!

Látjuk, hogy a csomagja jelenleg vámkezelésre vár; a LP00846631972CN követési számmal tudja nyomon követni.

Jó hírünk van: a vámot mi fizetjük ki, és a vámkezelést is mi intézzük, így Önnek semmit sem kell fizetnie.

Kérjük, legyen még egy kis türelemmel, amíg a vámhatóság kiadja a csomagot.

Üdvözlettel:
CleanBot Store team"""),
"on18a": (18, "da", """Kære Mette Jensen,

Vi er kede af, at måtten ikke lever op til dine forventninger. Vi har allerede sendt vores dokumentation til platformen.

Nu er det platformens tvistspecialist, der træffer afgørelsen, og vi vil respektere den, uanset udfaldet.

Har du spørgsmål i mellemtiden, er vi stadig her for at hjælpe.

Venlig hilsen
ZenFit team"""),
"on19a": (19, "fi", """Hei Mikko Virtanen,

Näemme, että olet vienyt riidan alustan käsiteltäväksi, ja ymmärrämme hyvin turhautumisesi, kun paketti ei ole vielä perillä.

Teemme yhteistyötä alustan riitojenratkaisijan kanssa ja toimitamme heille omat todisteemme. Olemme silti edelleen valmiita etsimään ratkaisun yhdessä kanssasi.

Ystävällisin terveisin,
ArcticWarm team"""),
"on20a": (20, "pl", """Dzień dobry, Katarzyna Wiśniewska,

Przykro nam, że rozmiar kurtki okazał się nietrafiony. Informujemy, że otrzymaliśmy zwróconą kurtkę przeciwdeszczową. Dziękujemy za szybkie odesłanie.

Zwrot pieniędzy zostanie teraz zrealizowany przez platformę.

Mamy nadzieję, że jeszcze kiedyś zrobi Pani u nas zakupy.

Pozdrawiamy serdecznie,
RainStyle team"""),
"on20b": (20, "pl", """Witaj Katarzyna Wiśniewska,

dobra wiadomość: Twoja kurtka dotarła do nas z powrotem i zwrot został przyjęty.

Pieniądze zostaną Ci teraz zwrócone za pośrednictwem platformy – nie musisz już nic robić.

Przykro nam, że rozmiar nie pasował. Liczymy, że jeszcze kiedyś wybierzesz nasz sklep.

Serdeczności,
RainStyle team"""),
"on21a": (21, "uk", """Доброго дня, Олена Коваленко!

Нам дуже прикро, що ваза ручної роботи прийшла розбитою. Розуміємо, як це засмучує, і хочемо вирішити питання разом із вами.

Щоб ми могли все перевірити, надішліть, будь ласка, фото пошкоджень і зовнішнього пакування в тому вигляді, в якому посилка до вас надійшла.

Щойно отримаємо фото, одразу їх переглянемо й повернемося до вас із рішенням.

З повагою,
GlassArt team"""),
"on22a": (22, "el", """Γεια σας, Γιώργος Παπαδόπουλος,

Βλέπουμε ότι το δέμα σας με την ηλεκτρική σκούπα χειρός βρίσκεται αυτή τη στιγμή στο τελωνείο· μπορείτε να το παρακολουθείτε με τον αριθμό αποστολής LP00580026419CN.

Ελέγχουμε με τη μεταφορική εταιρεία τι χρειάζεται το τελωνείο για να αποδεσμεύσει το δέμα και θα σας ενημερώσουμε μόλις μάθουμε.

Σας παρακαλούμε για λίγη υπομονή μέχρι να τακτοποιηθεί αυτό.

Με εκτίμηση,
HomeHelper team"""),
"on23a": (23, "en", """Hello Oliver Hughes,

Thank you for the photos comparing the logo. We can see what you mean, and we're sorry the boots have left you with doubts.

We'd like to offer you two options:
– keep the boots with a partial refund of up to 21.00 GBP, or
– return the boots for a full refund.

Which would you prefer?

Best wishes,
TrailWorks team"""),
"on23b": (23, "en", """Hi Oliver Hughes,

Many thanks for taking the time to send the photos — they clearly show the problem you describe with the logo, and we apologise for that.

There are two ways we can settle this. You can keep the boots and receive a partial refund of up to 21.00 GBP, or you can send them back and get a full refund. Just let us know which option suits you better and we'll set it up straight away.

All the best,
TrailWorks team"""),
"on24a": (24, "es", """Hola Valentina Gómez:

La plataforma ha resuelto una devolución con reembolso y aceptamos esta decisión. Lamentamos que te faltara el cubre mochila.

Por favor, envía la mochila a esta dirección:
AndesGear Returns, Calle Falsa 742, Shenzhen 518000, China

El reembolso se procesará en cuanto recibamos el artículo devuelto. Te pedimos que agregues el número de seguimiento de la devolución en la disputa.

Ojalá podamos volver a hacer negocios contigo en el futuro.

Saludos,
Lucas, AndesGear"""),
}
