"""Hand-written GOOD replies: id -> (dispute key, message)."""

GOODS = {
"j01a": ("j01", """Dear Harriet Pemberton,

Thank you for letting us know, and I'm really sorry the coat has come up so short in the sleeves. That's not what you should get when you order a medium, and we'd like to put this right with you.

To check it properly against our measurements, could you lay the coat flat with a measuring tape across it and take a photo that also shows the size label next to it? That tells us straight away whether something went wrong in cutting or in labelling.

Once the photo is in, we'll go through it promptly and come back to you with a way forward.

Kind regards,
The Thistle & Loom team"""),

"j02a": ("j02", """Hola, Ximena Olvera:

Entendemos tu prisa y gracias por escribirnos. Revisamos el envío y, efectivamente, tu paquete está detenido en la aduana; puedes seguirlo con el número de rastreo ES208814476CN.

En este pedido los impuestos de importación corren por cuenta del comprador, así que te pedimos de favor que los pagues y completes el trámite de despacho aduanal para que lo liberen. Si la aduana te solicita algún documento, como la factura comercial, avísanos por aquí y te lo mandamos enseguida.

Quedamos atentos,
Equipo Cocina Viva MX"""),

"j02b": ("j02", """Ximena Olvera, buenas tardes.

Te explicamos en corto cómo va tu pedido:
- Estado: retenido en aduana. Número de rastreo: ES208814476CN.
- Impuestos: según las condiciones de este pedido, los aranceles de importación los cubre el comprador. ¿Nos ayudas pagándolos y terminando la liberación aduanal?
- Documentos: si te piden factura o cualquier otro papel, con gusto te lo enviamos por este mismo chat.

Una disculpa por la espera y gracias por tu paciencia.
Equipo Cocina Viva MX"""),

"j03a": ("j03", """Bonjour Maxime Tremblay,

On comprend que l'attente soit longue, et merci de votre patience. Bonne nouvelle : votre tuque est bel et bien en route. Vous pouvez suivre son trajet avec le numéro de suivi UB559021736CN.

Est-ce que vous accepteriez de fermer le litige pour l'instant? De notre côté, nous allons prolonger votre protection d'achat de 20 jours, pour que vous restiez entièrement couvert jusqu'à ce que le colis arrive.

Au plaisir,
Boutique Flocon team"""),

"j03b": ("j03", """Allô Maxime Tremblay!
Votre colis n'est pas perdu : il circule toujours, numéro de suivi UB559021736CN. Si vous êtes d'accord, pourriez-vous fermer le litige en attendant? On prolonge votre protection d'achat de 20 jours, alors vous ne perdez aucune garantie pendant que la tuque finit son voyage. Merci beaucoup de votre compréhension!
Boutique Flocon team"""),

"j04a": ("j04", """Hallo Friederike Albers,

es tut uns wirklich leid: Nach allem, was wir sehen, ist Ihr Paket mit der Thermoskanne auf dem Transportweg verloren gegangen. Das ist ärgerlich, gerade wenn man schon so lange wartet.

Gern schicken wir Ihnen die Thermoskanne noch einmal zu, ohne zusätzliche Kosten für Sie. Möchten Sie das?

Wenn ja, antworten Sie uns bitte kurz hier mit einer Bestätigung und prüfen Sie dabei, ob Ihre Lieferadresse in der Bestellung noch stimmt.

Viele Grüße
Kesselhaus Shop team"""),

"j05a": ("j05", """Gentile Gianluca Ferraresi,

grazie per aver accettato la nuova spedizione e per la pazienza che ci sta dimostrando. Il set di pennelli è già ripartito: il nuovo numero di tracciamento è RR640551209CN.

Seguiremo noi stessi il pacco lungo tutto il tragitto e la terremo aggiornata su ogni novità, così non dovrà preoccuparsi di controllare continuamente.

Un cordiale saluto,
Lo staff di Bellezza Pura"""),

"j06a": ("j06", """Olá, Thaís Nascimento!

Obrigada por mandar as fotos. Dá para ver claramente que a capa chegou num tom de verde bem mais escuro do que o do anúncio, e sentimos muito por isso.

Queremos resolver da forma que for melhor para você, então temos duas opções:
• ficar com a capa e receber um reembolso parcial de até 56.97 BRL; ou
• devolver a capa e receber o reembolso total.

Qual das duas você prefere? É só nos dizer aqui.

Abraços,
Equipe Lar Doce Lar Decor"""),

"j06b": ("j06", """Oi Thaís Nascimento, tudo bem?

Recebemos as suas fotos e você tem razão: a cor não corresponde ao verde-sálvia que mostramos. Pedimos desculpas pelo transtorno. Se a capa ainda servir para você, pode ficar com ela e devolvemos parte do valor, até 56.97 BRL. Se preferir não ficar com ela, é só devolvê-la e o valor integral é reembolsado. Como prefere seguir?

Equipe Lar Doce Lar Decor"""),

"j07a": ("j07", """Dzień dobry, Panie Bartoszu,

rozumiemy, że szczoteczka, która nie chce się ładować, to duże rozczarowanie. Chcemy poinformować, że przekazaliśmy już platformie wszystkie nasze dowody dotyczące tego zamówienia.

Teraz decyzję podejmie specjalista ds. sporów po stronie AliExpress, a my w pełni się do niej zastosujemy, niezależnie od tego, jaka będzie.

Gdyby w międzyczasie pojawiły się jakiekolwiek pytania, jesteśmy tu i chętnie pomożemy.

Pozdrawiamy serdecznie
DentoLux team"""),

"j08a": ("j08", """Здравствуйте, Ольга!

Мы видим, что вы передали спор на рассмотрение площадки, и прекрасно понимаем ваше раздражение: столько ждать посылку действительно неприятно.

Со своей стороны мы будем работать со специалистом по спорам и предоставим ему все наши доказательства, включая данные отслеживания.

При этом мы по-прежнему открыты к тому, чтобы найти решение вместе с вами. Если у вас есть пожелания, напишите нам здесь.

С уважением,
Команда «Сладкий Дом»"""),

"j08b": ("j08", """Ольга Кузнецова, добрый день.
Понимаем ваше недовольство: спор уже у площадки, и это ваше право. Мы передадим специалисту площадки всю информацию по отправлению RU774102398CN и будем с ним сотрудничать. Но двери для диалога не закрываем: если захотите обсудить варианты с нами в этом чате, мы всегда на связи.
Команда «Сладкий Дом»"""),

"j09a": ("j09", """Beste Sanne de Groot,

Het platform heeft besloten tot retour en terugbetaling, en daar gaan wij uiteraard mee akkoord. Wat vervelend dat het deksel gebarsten aankwam.

U kunt de theepot terugsturen naar dit adres:
Theehuis Lotus Retouren, Industrieweg 14B, 3044 AS Rotterdam, Nederland

Zodra het pakket bij ons binnen is, wordt de terugbetaling verwerkt. Wilt u het trackingnummer van de retourzending in het geschil invullen? Dan kunnen wij het pakket volgen.

We hopen dat we in de toekomst nog eens zaken met u mogen doen.

Met vriendelijke groet,
Theehuis Lotus team"""),

"j10a": ("j10", """Merhaba Emre Kaplan,

Geri gönderdiğiniz ürün elimize ulaştı, teşekkür ederiz. Yanlış ürün gönderildiği için yaşadığınız zahmetten dolayı ayrıca özür dileriz.

İadeniz bundan sonra platform üzerinden gerçekleşecek; sizin ek bir işlem yapmanıza gerek yok.

İleride yeniden alışveriş yapma fırsatımız olursa çok seviniriz.

Saygılarımızla,
OtoTekno Store team"""),

"j11a": ("j11", """박지훈 고객님, 안녕하세요.

가습기가 켜지지 않아 많이 불편하셨을 텐데 정말 죄송합니다. 저희도 빨리 해결해 드리고 싶습니다.

정확한 확인을 위해, 제품 전원을 켜는 모습과 고장 증상이 나타나는 모습을 짧은 동영상으로 찍어 보내주실 수 있을까요? 전원 버튼을 누르는 장면이 함께 나오면 큰 도움이 됩니다.

영상을 받는 대로 바로 확인하고 해결 방법을 안내해 드리겠습니다.

미스트하우스 드림"""),

"j12a": ("j12", """佐々木 美咲様

写真と動画をお送りいただき、ありがとうございます。持ち手の縫い目がほつれている様子を確認いたしました。ご不便をおかけし、大変申し訳ございません。

つきましては、以下の二つの方法をご提案いたします。
・商品はそのままお手元に置いていただき、1245 JPY を上限として一部返金する
・商品をご返品いただき、全額を返金する

どちらをご希望か、お知らせいただけますでしょうか。

ハンドバッグ工房さくら team"""),

"j12b": ("j12", """佐々木様、こんにちは。

動画まで撮っていただき、本当にありがとうございます。縫製の不良であることがよく分かりました。申し訳ありません。
バッグをお使いいただきながら最大1245 JPYの部分返金を受け取る形か、バッグを返送していただいて代金を全額お返しする形か、どちらかをお選びいただけます。どちらがよろしいでしょうか？

ハンドバッグ工房さくら team"""),

"j13a": ("j13", """林怡君 您好：

讓您等這麼久，真的很抱歉，也謝謝您的耐心。我們查過了，您的便當盒仍在正常運送中，並沒有遺失，您可以用追蹤號碼 CN881430276TW 隨時查詢最新進度。

想麻煩您先把這次的糾紛關閉。我們會幫您把購買保障期延長 15 天，讓您在包裹送達前都能得到完整保障。

好食光生活館 敬上"""),

"j14a": ("j14", """وعليكم السلام ورحمة الله، أهلاً نورة القحطاني،

شكراً لتواصلك معنا. نعم، شحنتك محتجزة حالياً لدى الجمارك، ويمكنك متابعتها برقم التتبع AE563019482CN.

لا تقلقي، لن تدفعي أي شيء: نحن من يتحمّل الرسوم الجمركية ونتولى إجراءات التخليص بأنفسنا.

نرجو منك قليلاً من الصبر حتى تُفرج الجمارك عن الطرد، وسنكون معك خطوة بخطوة.

مع خالص التحيات،
فريق Time Oasis"""),

"j15a": ("j15", """Hej Linnea Bergqvist!

Vad tråkigt att höra, och förlåt. Det ser tyvärr ut som att ditt paket har kommit bort någonstans under transporten.

Vill du att vi skickar cykelväskan till dig en gång till? Det kostar dig ingenting extra.

Svara gärna här och bekräfta, och dubbelkolla samtidigt att leveransadressen i din beställning stämmer, så att det nya paketet hittar rätt.

Vänliga hälsningar
Cykelverkstan Online team"""),

"j16a": ("j16", """Dobrý den, paní Nováková,

moc děkujeme, že souhlasíte s novým odesláním lampičky. Už je na cestě a nové sledovací číslo zásilky je CZ771390518CN.

Budeme novou zásilku sami průběžně hlídat a dáme Vám vědět, jakmile se bude cokoli dít. Věříme, že tentokrát dorazí k Vaší dceři bez potíží.

S pozdravem
Tým Světýlko Shop"""),

"j17a": ("j17", """Вітаємо, пане Андрію!

Розуміємо, як неприємно, коли трекінг показує «доставлено», а посилки в руках немає. Повідомляємо, що ми вже передали платформі всі свої докази щодо цього замовлення.

Тепер рішення ухвалить фахівець платформи з розгляду спорів, і ми виконаємо його, яким би воно не було.

Якщо у вас виникнуть запитання, пишіть нам тут: ми й надалі на зв'язку та готові допомогти.

З повагою,
Гострий Край team"""),

"j18a": ("j18", """Bună ziua, doamna Ioana Dumitrescu,

Am văzut că ați dus disputa la platformă și înțelegem foarte bine de ce sunteți nemulțumită: fără șuruburi și console, raftul nu poate fi montat.

Vom colabora cu specialistul platformei pentru dispute și îi vom pune la dispoziție toate dovezile noastre.

În același timp, rămânem deschiși să găsim împreună cu dumneavoastră o soluție, așa că ne puteți scrie oricând aici.

Cu stimă,
Echipa Casa Ordonată"""),

"j19a": ("j19", """Kedves Kovács Eszter!

A platform döntése szerint a terméket visszaküldheti, és a vételárat visszakapja. Ezt a döntést természetesen elfogadjuk.

Kérjük, a fülhallgatót erre a címre küldje vissza:
SoundPeak Returns Center, Room 508, Building C, 88 Xinhua Road, Baoan District, Shenzhen 518101, China

Amint a csomag megérkezik hozzánk, elindítjuk a visszatérítést. Kérjük, a visszaküldés nyomkövetési számát adja meg a vitában, hogy mi is követni tudjuk.

Reméljük, a jövőben is vásárol majd nálunk.

Üdvözlettel:
SoundPeak team"""),

"j20a": ("j20", """Καλημέρα σας, κυρία Δήμητρα Παπαδοπούλου,

σας ενημερώνουμε ότι παραλάβαμε τα μποτάκια που μας επιστρέψατε. Σας ευχαριστούμε για τη συνεργασία.

Η επιστροφή των χρημάτων σας θα γίνει πλέον μέσω της πλατφόρμας.

Ελπίζουμε να σας ξαναδούμε στο κατάστημά μας και να συνεργαστούμε ξανά στο μέλλον.

Με εκτίμηση,
Η ομάδα του Bella Passo"""),

"j21a": ("j21", """Hej Mikkel Sørensen

Tak for billederne. Vi kan tydeligt se revnen i glasset, og det er vi virkelig kede af.

Vi vil gerne tilbyde dig to muligheder:
- Du beholder terrariet og får en delvis refusion på op til 110.00 DKK.
- Du sender terrariet retur og får hele beløbet refunderet.

Hvad foretrækker du?

Venlig hilsen
Grøn Stue team"""),

"j21b": ("j21", """Kære Mikkel Sørensen,
mange tak fordi du sendte billeder af skaden. Det er tydeligt, at terrariet ikke er kommet frem i den stand, det skulle, og det beklager vi. Du kan enten beholde det mod en delvis tilbagebetaling på højst 110.00 DKK, eller returnere det og få den fulde købesum tilbage. Skriv endelig, hvilken løsning der passer dig bedst.
Grøn Stue team"""),

"j22a": ("j22", """Hei Aino Lehtonen,

kiitos viestistäsi! Näemme mekin, että paketti on tällä hetkellä tullin hallussa. Voit seurata sitä seurantanumerolla FI392041768CN.

Selvitämme parhaillaan kuljetusliikkeen kanssa, mitä tulli tarvitsee paketin vapauttamiseksi, ja kerromme sinulle heti, kun tiedämme lisää.

Pyydämme vielä hetken kärsivällisyyttä, kunnes asia on hoidettu.

Ystävällisin terveisin
Pohjolan Kahvitarvike team"""),

"j23a": ("j23", """Hola, Íñigo Zubiaurre:

Lamentamos muchísimo que el espejo haya llegado con el cristal roto y el marco despegado; entendemos que así no se puede colgar.

Para poder revisarlo cuanto antes, ¿podrías enviarnos fotos del daño y también del embalaje exterior tal y como te llegó? Con eso podremos ver qué ocurrió durante el envío.

En cuanto las recibamos, las revisamos y te proponemos una solución.

Un saludo,
Rincón Natural team"""),

"j24a": ("j24", """Hi Tyler Brooks,

Thanks for sending the photos over. You're right, the kit is missing a battery and the charger, and we're sorry about that.

Here's what we can offer:
- Keep the drill and we'll give you a partial refund of up to 23.70 USD, or
- Send the kit back and get a full refund.

Just let us know which one works better for you.

ToolCrate Direct team"""),

"j24b": ("j24", """Hello Tyler Brooks,

I've gone through the photos and the screenshot you uploaded, and I can see exactly what you mean: one battery and no charger is not a complete kit, and I apologize for the frustration this caused.

There are two ways we can settle this. If the drill is still useful to you as it is, you can keep it and we'll issue a partial refund of up to 23.70 USD. If you'd rather not keep an incomplete kit, you're welcome to return it and we'll refund the full order.

Which would you prefer? Once you tell us, we'll set it up in the dispute.

Best regards,
ToolCrate Direct team"""),
}
