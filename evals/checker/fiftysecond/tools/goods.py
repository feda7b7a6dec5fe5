"""The 30 hand-written good replies of the nw set (id -> (dispute short name, text))."""

GOOD = {}

GOOD["nw01a"] = ("nw01_en_wrongitem", """Dear Oliver Bennett,

I'm so sorry – a single blue mug is certainly not the sage green teapot set you ordered, and I completely understand your disappointment.

So we can get to the bottom of this quickly, could you please send us photos of the item you received and of the parcel's shipping label? That lets us see exactly what went out and where the mix-up happened.

As soon as the photos reach us, I'll look at them myself and come back to you with a solution.

Thank you for your patience, and apologies again for the trouble.

Hannah, Kettle & Leaf customer care""")

GOOD["nw01b"] = ("nw01_en_wrongitem", """Hi Oliver Bennett,

Thanks for letting us know, and sorry about this: a blue mug instead of the teapot set is a real letdown.

Two quick photos would help us a lot:
- the item that arrived
- the shipping label on the parcel

Once we have them, we'll check them straight away and get back to you with a way to put this right.

Hannah, Kettle & Leaf customer care""")

GOOD["nw02a"] = ("nw02_es_transit", """Hola, Mariana López:

Entendemos muy bien tu preocupación; esperar tanto una compra no es agradable. Te tranquilizo: tu lámpara está en camino y puedes seguirla con el número de seguimiento LP00771234560CN.

Por eso te pedimos, con toda amabilidad, que cierres la disputa por ahora. Para que sigas completamente protegida, ampliaremos tu protección de compra en 20 días, así tendrás tiempo de sobra mientras llega el paquete.

Si tienes cualquier duda, aquí estamos para ayudarte.

Casa Nube team""")

GOOD["nw03a"] = ("nw03_ru_quality", """Здравствуйте, Дмитрий Соколов!

Спасибо, что прислали фотографии. На них хорошо видно, что швы на рюкзаке расходятся, и нам очень жаль, что так получилось.

Мы можем предложить вам два варианта на выбор:
— оставить рюкзак себе и получить частичный возврат в размере до 800.00 RUB;
— вернуть рюкзак и получить полный возврат средств.

Подскажите, пожалуйста, какой вариант вам удобнее? Как только вы ответите, мы сразу всё оформим.

Команда «Урбан Бэг»""")

GOOD["nw03b"] = ("nw03_ru_quality", """Дмитрий Соколов, добрый день.

Благодарим за присланные фото — разошедшиеся швы видны отчётливо, и мы понимаем ваше разочарование. Приносим извинения.

Предлагаем решить вопрос одним из двух способов. Если рюкзак вам всё же пригодится, вы оставляете его и получаете частичную компенсацию стоимости до 800.00 RUB. Если нет, вы возвращаете товар, и мы возвращаем полную сумму.

Какой способ вы предпочитаете?

Команда «Урбан Бэг»""")

GOOD["nw04a"] = ("nw04_ja_customs_buyer", """佐藤 美咲 様

お問い合わせありがとうございます。ご不安な思いをおかけして申し訳ございません。

現在、お荷物は税関で保管されている状態です。追跡番号 EE123987654CN で状況をご確認いただけます。

今回のご注文では輸入関税はお客様のご負担となっておりますので、お手数ですが関税のお支払いと通関手続きをお願いできますでしょうか。

税関から請求書（インボイス）などの書類を求められた場合は、すぐにこちらからお送りいたします。どうぞお気軽にお知らせください。

キーラボ サポート担当 山本""")

GOOD["nw05a"] = ("nw05_fr_lost", """Bonjour Julien Moreau,

Nous sommes vraiment désolés : il semble que votre colis se soit perdu en route, et nous comprenons votre déception, d'autant plus qu'il s'agissait d'un cadeau.

Souhaitez-vous que nous vous renvoyions le coussin de méditation, sans aucun frais supplémentaire pour vous ?

Si c'est le cas, il vous suffit de nous répondre ici pour confirmer, et de vérifier au passage que votre adresse de livraison est toujours correcte.

Bien cordialement,
Zen Atelier team""")

GOOD["nw05b"] = ("nw05_fr_lost", """Cher Julien Moreau,

Quelle mauvaise nouvelle, et toutes nos excuses : votre coussin s'est apparemment égaré pendant le transport.

Nous pouvons vous l'expédier à nouveau, sans frais de votre côté. Cela vous conviendrait-il ?

Merci de nous le confirmer par retour de message et de jeter un œil à votre adresse de livraison pour être sûr qu'elle est à jour. Dès votre réponse, nous nous occupons de tout.

Zen Atelier team""")

GOOD["nw06a"] = ("nw06_de_reship", """Liebe Katharina Huber,

vielen Dank, dass Sie mit einem erneuten Versand einverstanden sind!

Ihre Thermoskanne ist bereits wieder auf dem Weg zu Ihnen. Die neue Sendungsnummer lautet JJD0009876543210, damit können Sie das Paket jederzeit verfolgen.

Wir behalten die neue Sendung ebenfalls im Blick und melden uns bei Ihnen, sobald sich etwas tut.

Herzliche Grüße aus dem Alpenhaus und einen schönen Tag

Ihr Alpenhaus-Team""")

GOOD["nw06b"] = ("nw06_de_reship", """Hallo Katharina Huber,

danke für Ihre schnelle Rückmeldung und Ihr Einverständnis.

Wir haben die Kanne erneut verschickt – hier die neue Sendungsnummer: JJD0009876543210.

Wir verfolgen das neue Paket auf seinem Weg und halten Sie auf dem Laufenden. Sollten Sie in der Zwischenzeit eine Frage haben, schreiben Sie uns einfach hier im Chat.

Ihr Alpenhaus-Team""")

GOOD["nw07a"] = ("nw07_it_return", """Gentile Giulia Rossi,

la piattaforma ha deciso per il reso con rimborso e noi accettiamo volentieri questa decisione. Ci dispiace ancora che il vaso sia arrivato danneggiato.

Ecco l'indirizzo a cui spedire il vaso:
Vetreria Luce Resi, Via Roma 18, 20121 Milano, Italia

Il rimborso verrà elaborato non appena il vaso ci sarà arrivato; la preghiamo di aggiungere il numero di tracciamento del reso nella disputa, così potremo seguirlo.

Speriamo di poterla servire di nuovo in futuro.

Vetreria Luce team""")

GOOD["nw07b"] = ("nw07_it_return", """Buongiorno Giulia Rossi,

grazie per il messaggio. Prendiamo atto della decisione della piattaforma: reso e rimborso.

Può rispedire il vaso a questo indirizzo: Vetreria Luce Resi, Via Roma 18, 20121 Milano, Italia.

Appena riceveremo il pacco procederemo con il rimborso. Le chiediamo solo di inserire nella disputa il numero di tracciamento della spedizione di reso.

Ci farebbe piacere riaverla tra i nostri clienti in futuro. Un caro saluto,

Vetreria Luce team""")

GOOD["nw08a"] = ("nw08_pt_await", """Olá, Rafael Souza,

Entendemos o seu cansaço com essa espera, e sentimos muito por toda essa situação.

Queremos informar que já enviamos as nossas provas para a plataforma. Agora o especialista em disputas da plataforma vai analisar o caso e tomar a decisão, e nós vamos respeitar o que for decidido.

Enquanto isso, continuamos aqui para ajudar: se tiver qualquer dúvida, é só nos escrever por esta conversa.

Um abraço,
Som Tropical team""")

GOOD["nw09a"] = ("nw09_nl_escalation", """Beste Sanne de Vries,

We zien dat u het geschil naar het platform heeft gebracht, en we begrijpen heel goed dat u gefrustreerd bent: zo lang wachten op uw fietstas is vervelend.

We werken graag samen met de geschillenspecialist van het platform en geven hem al ons bewijs, zodat de zaak snel en eerlijk bekeken kan worden.

Tegelijk staat onze deur voor u open: we willen nog steeds graag samen met u tot een oplossing komen.

Groeten van Fietsmaatje""")

GOOD["nw10a"] = ("nw10_tr_received", """Merhaba Ayşe Yılmaz,

İade ettiğiniz botlar bize ulaştı, teşekkür ederiz.

Para iadeniz şimdi platform üzerinden size iletilecek.

Bu süreçte gösterdiğiniz anlayış için çok teşekkür ederiz. Gelecekte sizinle yeniden alışveriş yapmayı umuyoruz; yeni sezon ürünlerimizde de sizi görmekten mutluluk duyarız.

Sevgiyle, Adım Butik ekibi""")

GOOD["nw11a"] = ("nw11_ko_damaged", """김민준 님, 안녕하세요.

기대하며 여신 상자에서 깨진 머그컵을 보셨다니 정말 속상하셨겠습니다. 불편을 드려 진심으로 죄송합니다.

빠르게 확인할 수 있도록 파손된 부분의 사진과, 도착했을 때 상태 그대로의 외부 포장 사진을 보내주실 수 있을까요?

사진을 받는 대로 바로 확인하고 해결 방법을 안내해 드리겠습니다.

도자기공방 고객지원팀 드림""")

GOOD["nw12a"] = ("nw12_zh_transit", """陳怡君 您好：

讓您久等了，非常理解您的擔心。請放心，您的包裹仍在運送途中，您可以用追蹤號碼 RX998877665CN 隨時查看進度。

想麻煩您先暫時關閉這個爭議。我們會為您延長 30 天的購買保障，讓您在包裹送達前都能得到完整的保障。

如果還有任何疑問，歡迎隨時在這裡留言給我們。

慢活咖啡館 客服團隊 敬上""")

GOOD["nw13a"] = ("nw13_ar_colour", """مرحباً ليلى الحربي،

شكراً جزيلاً على الصور والفيديو اللذين أرسلتِهما، فقد رأينا بوضوح أن لون العباءة يختلف عن صورة الإعلان، ونعتذر لكِ عن ذلك.

نقدّم لكِ خيارين:
- أن تحتفظي بالعباءة مع استرداد جزئي يصل إلى 96.00 SAR،
- أو أن تعيدي العباءة وتستردي المبلغ كاملاً.

أيّ الخيارين تفضّلين؟ بمجرد ردّك سنبدأ في الإجراءات.

فريق دار الأناقة""")

GOOD["nw14a"] = ("nw14_sv_customs_seller", """Hej Erik Lindqvist,

Tack för att du hörde av dig. Ditt paket hålls just nu kvar i tullen; du kan följa det med spårningsnumret UA771122334CN.

Du behöver inte betala något: vi står för tullavgifterna och sköter hela tullklareringen själva.

Vi ber dig bara om lite tålamod medan tullen släpper paketet. Hör gärna av dig här om du undrar något under tiden.

Vänliga hälsningar, Nordisk Värme""")

GOOD["nw15a"] = ("nw15_cs_lost", """Dobrý den, Tereza Nováková,

moc nás mrzí, že se balíček se stavebnicí cestou ztratil – a synovi se omlouváme obzvlášť.

Chcete, abychom vám stavebnici poslali znovu? Nic navíc byste za to neplatila.

Pokud ano, stačí nám tady odpovědět a potvrdit to. Zkontrolujte prosím zároveň, zda je vaše doručovací adresa správná, ať tentokrát dorazí bez potíží.

S pozdravem, Hračkárna Pod Lipou""")

GOOD["nw16a"] = ("nw16_ro_reship", """Bună ziua, Andrei Popescu,

Vă mulțumim că ați acceptat să vă trimitem din nou setul de pensule!

Coletul a plecat deja spre dumneavoastră, iar noul număr de urmărire este RO556677999CN.

Vom urmări cu atenție noul colet și vă vom ține la curent pe tot parcursul livrării. Dacă aveți întrebări, ne puteți scrie oricând aici.

Cu drag, echipa Frumos Cosmetics""")

GOOD["nw17a"] = ("nw17_hu_return", """Kedves Nagy Eszter!

Tudomásul vesszük és elfogadjuk a platform döntését a visszaküldésről és a visszatérítésről.

A tejhabosítót kérjük, erre a címre küldje vissza:
Konyhacsoda Visszáru, Váci út 71, 1139 Budapest, Magyarország

A visszatérítést azonnal elindítjuk, amint a csomag megérkezik hozzánk. Kérjük, a visszaküldés nyomkövetési számát adja hozzá a vitához.

Reméljük, hogy a jövőben is vásárol majd nálunk.

Üdvözlettel: a Konyhacsoda csapata""")

GOOD["nw18a"] = ("nw18_da_await", """Kære Mads Jørgensen,

Vi beklager, at der manglede skruer, og vi forstår godt, at du har sendt sagen videre.

Vi har allerede givet vores dokumentation til platformen. Nu er det platformens tvistspecialist, der træffer afgørelsen, og den vil vi selvfølgelig respektere.

Vi er her stadig, hvis du har spørgsmål undervejs – skriv endelig til os her.

Venlig hilsen Bambushuset""")

GOOD["nw19a"] = ("nw19_fi_escalation", """Hei Aino Virtanen,

Näemme, että olet vienyt riidan alustalle, ja ymmärrämme hyvin, että olet pettynyt ja turhautunut.

Teemme yhteistyötä alustan riita-asiantuntijan kanssa ja toimitamme hänelle kaiken oman näyttömme.

Olemme silti edelleen valmiita etsimään ratkaisun yhdessä kanssasi, joten kerro toki, jos haluat jutella asiasta täällä.

Ystävällisin terveisin,
Lämpöneule team""")

GOOD["nw20a"] = ("nw20_pl_received", """Dzień dobry, Piotr Kowalski,

Potwierdzamy, że zwrócony plecak dotarł już do nas.

Zwrot pieniędzy zostanie teraz zrealizowany za pośrednictwem platformy, więc nie musi Pan nic więcej robić.

Dziękujemy za cierpliwość i wyrozumiałość. Mamy nadzieję, że jeszcze kiedyś zrobi Pan u nas zakupy i że następnym razem wszystko będzie idealnie.

Zespół Górski Szlak""")

GOOD["nw21a"] = ("nw21_uk_notworking", """Вітаємо, Олена Шевченко!

Нам дуже шкода, що щітка не вмикається навіть після зарядки, – розуміємо, як це неприємно.

Щоб ми могли швидко розібратися, надішліть, будь ласка, коротке відео, на якому видно, як ви вмикаєте щітку і що відбувається.

Щойно відео надійде, ми одразу його переглянемо і повернемося до вас із рішенням.

З повагою, команда «Світла Усмішка»""")

GOOD["nw22a"] = ("nw22_el_transit", """Γεια σας, Γιώργος Παπαδόπουλος,

Καταλαβαίνουμε απόλυτα την ανησυχία σας. Μπορούμε να σας καθησυχάσουμε: το δέμα σας είναι καθ' οδόν και μπορείτε να το παρακολουθείτε με τον αριθμό αποστολής LP00887766554CN.

Θα σας παρακαλούσαμε, αν γίνεται, να κλείσετε τη διαφορά προς το παρόν. Εμείς θα επεκτείνουμε την προστασία αγοράς σας κατά 15 ημέρες, ώστε να παραμένετε πλήρως καλυμμένος μέχρι να φτάσει το δέμα.

Είμαστε εδώ για οποιαδήποτε ερώτηση.

Η ομάδα του Κουζίνα Plus""")

GOOD["nw23a"] = ("nw23_en_size", """Hi Jessica Turner,

Thank you for the photos with the tape measure. We can clearly see the dress runs a full size small compared with our chart, and we're truly sorry for the frustration this has caused.

We'd like to offer you two options:
1) keep the dress and receive a partial refund of up to 17.40 USD, or
2) return the dress for a full refund.

Which option would you prefer? Just let us know here and we'll take care of the rest.

Warmly, the Sunny Threads team""")

GOOD["nw23b"] = ("nw23_en_size", """Dear Jessica Turner,

Thanks so much for sending the measurements – that really helps, and we're sorry the dress didn't match our size chart.

Here's what we can do. If you'd like to keep it anyway, we can give you a partial refund of up to 17.40 USD. If you'd rather not keep it, you can send it back and receive a full refund.

Could you tell us which of these suits you better?

Warmly, the Sunny Threads team""")

GOOD["nw24a"] = ("nw24_es_customs", """Hola, Javier Martín:

Lamentamos la incertidumbre de estos días y entendemos que quieras saber qué ocurre. Tu paquete está retenido en aduanas en este momento; puedes seguirlo con el número de seguimiento UV334455667CN.

Estamos consultando con el transportista qué necesita exactamente la aduana para liberarlo, y te avisaremos en cuanto tengamos la respuesta.

Te pedimos un poco de paciencia mientras lo resolvemos. Gracias por tu comprensión.

Un saludo, equipo de Sonido Claro""")
