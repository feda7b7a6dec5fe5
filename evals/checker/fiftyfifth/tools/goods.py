"""Hand-written good replies of the fiftyfifth set. Key: good id -> (dispute stem, message)."""

GOOD = {}

GOOD["nt01a"] = ("nt01_en_jacket", """Hi Megan Holt,

I'm really sorry the rain jacket doesn't fit the way the L size should, especially with your trip coming up. That's frustrating, and I want to get it right for you.

To check it properly, could you please send a photo of the jacket laid flat with a measuring tape across it, right next to its size label? A shot of the sleeve length would help too.

As soon as the photos come in, I'll compare them with our size chart and get back to you with a solution.

Thanks for your patience,
Sam, Northtrail Outdoor""")

GOOD["nt02a"] = ("nt02_ja_kettle", """佐藤 美咲 様

このたびは、お届けした電気ケトルの電源が入らないとのこと、大変ご不便とご心配をおかけして申し訳ございません。

状況を確認するため、お手数ですが、電源を入れた状態で不具合が起きている様子を撮影した短い動画をお送りいただけますでしょうか。

動画を受け取りしだい、すぐに内容を確認し、解決方法をご連絡いたします。

Kitchen Light ストア""")

GOOD["nt03a"] = ("nt03_hu_vase", """Kedves Kovács Eszter!

Nagyon sajnáljuk, hogy a váza törötten érkezett, ráadásul ajándéknak szánta – teljesen megértjük a bosszúságát.

Hogy gyorsan kivizsgálhassuk, kérjük, küldjön nekünk fényképeket a sérülésről, valamint a külső csomagolásról úgy, ahogy megérkezett.

Amint megkapjuk a képeket, azonnal megnézzük őket, és egy megoldással jelentkezünk.

Köszönjük a türelmét!
A CasaGlaze csapata""")

GOOD["nt04a"] = ("nt04_es_backpack", """Hola, Andrea Morales:

Entendemos perfectamente su molestia, sobre todo porque su hijo necesita la mochila para la escuela. Le pedimos una disculpa por la espera.

La buena noticia es que el paquete sigue en camino; puede seguirlo con el número de rastreo LP00771234590CN.

¿Sería tan amable de cerrar la disputa por ahora? Nosotros ampliaremos su protección de compra por 20 días, así que seguirá totalmente protegida hasta que la mochila llegue a su casa.

Quedamos al pendiente de cualquier cosa.
Equipo Mochilas Sol""")

GOOD["nt04b"] = ("nt04_es_backpack", """Andrea Morales, buenas tardes.

Lamentamos mucho el retraso; sabemos lo importante que es la mochila para su hijo.
- Su paquete va en camino y tiene el rastreo LP00771234590CN.
- Le pedimos, de favor, que cierre la disputa por el momento.
- Por nuestra parte, extendemos su protección de compra 20 días más, para que esté cubierta hasta recibirlo.

Gracias por su comprensión.
Equipo Mochilas Sol""")

GOOD["nt05a"] = ("nt05_nl_lamp", """Beste Sanne de Vries,

Bedankt voor je bericht, en vervelend dat de tracking al een tijd stilstaat. Je bureaulamp is gelukkig nog steeds onderweg naar je toe; je kunt hem volgen met trackingnummer LP00339021764CN.

Zou je het geschil voorlopig willen sluiten? Wij verlengen dan je aankoopbescherming met 15 dagen, zodat je volledig beschermd blijft totdat het pakket bij je is.

Met vriendelijke groet,
Lumo Home team""")

GOOD["nt06a"] = ("nt06_ko_earbuds", """김민준 고객님, 안녕하세요.

배송 조회가 멈춰 있어 많이 걱정되셨을 것 같습니다. 기다리게 해 드려 죄송합니다.

주문하신 이어폰은 현재 배송 중이며, 운송장 번호 LP00904417263CN 으로 조회하실 수 있습니다.

번거로우시겠지만 지금은 분쟁을 닫아 주실 수 있을까요? 저희가 구매 보호 기간을 10일 연장해 드려서, 상품을 받으실 때까지 계속 보호받으실 수 있도록 하겠습니다.

SoundBay 드림""")

GOOD["nt07a"] = ("nt07_fr_sweater", """Bonjour Camille Lefèvre,

Merci pour la photo que vous nous avez envoyée : on voit bien que le pull est beige et non vert sauge, et nous comprenons votre déception. Nous en sommes désolés.

Nous pouvons vous proposer au choix : garder le pull avec un remboursement partiel pouvant aller jusqu'à 11.00 EUR, ou nous le renvoyer pour un remboursement complet.

Quelle option préférez-vous ?

Bien cordialement,
L'équipe Atelier Maille""")

GOOD["nt07b"] = ("nt07_fr_sweater", """Chère Camille Lefèvre,

Un grand merci pour votre photo. Effectivement, la couleur n'est pas celle annoncée, et nous sommes sincèrement navrés de vous avoir déçue.

À vous de choisir ce qui vous arrange le mieux :
• vous gardez le pull et nous vous remboursons partiellement, jusqu'à 11.00 EUR ;
• ou vous nous le retournez et vous êtes remboursée intégralement.

Dites-nous simplement quelle solution vous préférez.

L'équipe Atelier Maille""")

GOOD["nt08a"] = ("nt08_de_drill", """Servus Lukas Gruber,

vielen Dank für Ihr Foto und Ihr Video. Darauf ist klar zu sehen, dass im Set ein Akku fehlt – das tut uns aufrichtig leid, und wir verstehen, dass Sie sich ärgern.

Wir bieten Ihnen gerne zur Wahl an: Sie behalten den Bohrschrauber und erhalten eine Teilrückerstattung von bis zu 26.00 EUR, oder Sie senden das Set zurück und bekommen den vollen Betrag erstattet.

Welche Variante ist Ihnen lieber?

Freundliche Grüße
Ihr WerkPro-Team""")

GOOD["nt09a"] = ("nt09_pl_shoes", """Dzień dobry, Agnieszka Nowak,

dziękujemy za przesłane zdjęcie. Widać na nim, że podeszwa się odkleiła – bardzo nam przykro, rozumiemy Pani niezadowolenie.

Możemy zaproponować do wyboru: zatrzymuje Pani buty i otrzymuje częściowy zwrot pieniędzy w wysokości do 47.70 PLN albo odsyła je Pani do nas i otrzymuje pełny zwrot.

Którą opcję Pani wybiera?

Pozdrawiamy serdecznie
StepUp team""")

GOOD["nt09b"] = ("nt09_pl_shoes", """Witam serdecznie, Agnieszka Nowak!

Zdjęcie dotarło, dziękujemy. Odklejona podeszwa w nowych butach to naprawdę przykra sprawa – przepraszamy.

Mamy dla Pani takie propozycje:
– buty zostają u Pani, a my zwracamy część ceny, maksymalnie 47.70 PLN,
– albo odsyła Pani buty i dostaje zwrot całej kwoty.

Proszę dać nam znać, co Pani bardziej odpowiada.

StepUp team""")

GOOD["nt10a"] = ("nt10_it_watch", """Gentile Giulia Romano,

grazie di cuore per aver accettato che le rispediamo l'orologio, e ci scusiamo ancora per il pacco smarrito.

Abbiamo già spedito di nuovo l'articolo: il nuovo numero di tracciamento è LP00990311842CN.

Seguiremo noi stessi il nuovo pacco da vicino e la terremo aggiornata a ogni passo.

Un caro saluto,
Lo staff di TempoShop""")

GOOD["nt11a"] = ("nt11_tr_case", """Merhaba Elif Yılmaz,

Ürünün yeniden gönderilmesini kabul ettiğiniz için çok teşekkür ederiz. Bu süreçte yaşadığınız endişeyi çok iyi anlıyoruz.

Telefon kılıfınızı tekrar kargoya verdik; yeni takip numarası: RR556071249CN.

Yeni paketi yakından takip edeceğiz ve sizi her gelişmeden haberdar edeceğiz.

Saygılarımızla,
KılıfDünyası team""")

GOOD["nt12a"] = ("nt12_pt_blender", """Olá, Rafael Souza!

A plataforma decidiu pela devolução com reembolso, e nós aceitamos essa decisão.

Por favor, envie o liquidificador para este endereço: Casa Prática Devoluções, Rua Vergueiro 1200, São Paulo - SP, 01504-000, Brasil

Assim que o produto devolvido chegar, o reembolso será processado. Pedimos também que adicione o código de rastreio da devolução na disputa.

Sentimos muito pelo transtorno e esperamos voltar a fazer negócios com você no futuro.

Um abraço,
Equipe Casa Prática""")

GOOD["nt12b"] = ("nt12_pt_blender", """Rafael Souza, tudo bem?

Recebemos a decisão da plataforma (devolução e reembolso) e estamos de acordo.
Endereço para devolução: Casa Prática Devoluções, Rua Vergueiro 1200, São Paulo - SP, 01504-000, Brasil.
Quando o liquidificador chegar aqui, liberamos o seu reembolso; não se esqueça de informar o código de rastreio da devolução na disputa, por favor.

Obrigado pela paciência — e tomara que possamos atendê-lo de novo em breve!
Equipe Casa Prática""")

GOOD["nt13a"] = ("nt13_sv_mug", """Hej Johan Lindqvist,

Plattformen har beslutat om retur och återbetalning, och vi godtar beslutet.

Här är returadressen igen, så att du kan dubbelkolla: Nordmugg Returer, Box 4021, 402 75 Göteborg, Sverige

Återbetalningen görs så snart den returnerade muggen har kommit fram till oss. Lägg gärna till returens spårningsnummer i tvisten, om du inte redan har gjort det.

Förlåt för besväret med fel vara – vi hoppas att få göra affärer med dig igen i framtiden.

Hälsningar, Nordmugg""")

GOOD["nt13b"] = ("nt13_sv_mug", """Tack för ditt meddelande, Johan Lindqvist!

Vi följer plattformens beslut om retur och återbetalning fullt ut. Adressen du ska använda är:
Nordmugg Returer, Box 4021, 402 75 Göteborg, Sverige
Vi ser att returen redan är på väg med spårningsnumret RS447120983SE – se bara till att numret finns med i tvisten. När muggen har kommit fram behandlar vi återbetalningen direkt.

Vi hoppas att du vill handla hos oss igen framöver!
Hälsningar, Nordmugg""")

GOOD["nt14a"] = ("nt14_ru_heater", """Здравствуйте, Ольга Смирнова!

Понимаем, как неприятно, когда посылка задерживается. Сейчас ваша посылка находится на таможне; отслеживать её можно по трек-номеру LP00219930476CN.

По условиям этого заказа ввозные пошлины оплачивает покупатель, поэтому просим вас, пожалуйста, оплатить их и завершить таможенное оформление.

Если таможне понадобятся какие-либо документы, например счёт-фактура, мы с радостью их вам пришлём.

С уважением,
Команда ТеплоДом""")

GOOD["nt15a"] = ("nt15_ar_perfume", """مرحبًا نورة العتيبي،

نعتذر بشدة عن هذا الانتظار ونتفهم تمامًا انزعاجك. طردك محتجز حاليًا لدى الجمارك، ويمكنك متابعته برقم التتبع LP00730058214CN.

لا داعي للقلق: نحن من سيدفع الرسوم الجمركية ونتولى إجراءات التخليص بأنفسنا، فلن يكون عليك دفع أي شيء.

نرجو منك التحلي بقليل من الصبر إلى أن تُفرج الجمارك عن طردك.

مع خالص التحية،
فريق Oud Gallery""")

GOOD["nt16a"] = ("nt16_el_speaker", """Γεια σας, Νίκος Παπαδόπουλος,

ευχαριστούμε για το μήνυμά σας. Βλέπουμε ότι το δέμα σας βρίσκεται αυτή τη στιγμή στο τελωνείο· μπορείτε να το παρακολουθείτε με τον αριθμό αποστολής LP00158873402CN.

Ελέγχουμε ήδη με τη μεταφορική εταιρεία τι χρειάζεται το τελωνείο για να αποδεσμεύσει το δέμα, και θα σας ενημερώσουμε μόλις μάθουμε.

Σας παρακαλούμε για λίγη υπομονή μέχρι να τακτοποιηθεί το θέμα.

Με εκτίμηση,
BeatBox Store team""")

GOOD["nt17a"] = ("nt17_zh_teapot", """陳怡君 您好：

非常抱歉，您的包裹看來在運送途中遺失了，讓您等了這麼久，我們完全理解您的失望。

請問您是否願意讓我們為您重新寄出這把紫砂茶壺？重新寄送不會收取任何額外費用。

如果您同意，麻煩回覆確認，並順便核對一下您的收件地址是否正確。

茶香小舖 敬上""")

GOOD["nt18a"] = ("nt18_cs_gloves", """Dobrý den, Petr Dvořák,

moc se omlouváme – vypadá to, že se vaše zásilka s cyklistickými rukavicemi cestou ztratila.

Chcete, abychom vám rukavice poslali znovu, bez jakýchkoli dalších nákladů?

Pokud ano, stačí nám odpovědět a potvrdit to, a prosíme také o kontrolu, že je vaše doručovací adresa správná.

Děkujeme za pochopení.
Tým VeloGear""")

GOOD["nt19a"] = ("nt19_ro_curtains", """Bună ziua, Andreea Popescu,

Înțelegem cât de neplăcut este să nu primiți coletul, deși apare ca livrat. Vă informăm că noi am transmis deja dovezile noastre către platformă.

De acum, specialistul platformei în dispute va lua decizia, iar noi o vom respecta întocmai.

Dacă aveți orice întrebare între timp, suntem în continuare aici să vă ajutăm.

Cu stimă,
Echipa Decor Acasă""")

GOOD["nt20a"] = ("nt20_da_bag", """Kære Mette Jensen,

Tak for din besked. Vi forstår godt, at du er utryg ved tasken. Vi har allerede sendt vores dokumentation til platformen.

Nu er det platformens tvistspecialist, der træffer afgørelsen, og den vil vi naturligvis respektere.

Har du spørgsmål i mellemtiden, er vi stadig her for at hjælpe.

Venlig hilsen
Lædervaerket team""")

GOOD["nt21a"] = ("nt21_fi_tent", """Hei Aino Virtanen,

näemme, että olet vienyt riidan alustan käsiteltäväksi, ja ymmärrämme hyvin, miksi olet turhautunut – odottaminen on ollut pitkä.

Teemme yhteistyötä alustan riita-asiantuntijan kanssa ja toimitamme hänelle kaikki todisteemme.

Olemme silti edelleen valmiita etsimään ratkaisun yhdessä kanssasi, joten voit kirjoittaa meille täällä milloin tahansa.

Ystävällisin terveisin
Erämaa Shopin tiimi""")

GOOD["nt22a"] = ("nt22_uk_blanket", """Добрий день, Оксана Коваленко!

Ми бачимо, що ви передали спір на платформу, і розуміємо ваше розчарування — вибачте, що ми відповіли не так швидко, як слід було.

Ми співпрацюватимемо з фахівцем платформи з вирішення спорів і надамо йому наші докази.

Водночас ми й надалі відкриті до того, щоб разом з вами знайти рішення щодо пледа.

З повагою,
Команда Теплий Дім""")

GOOD["nt23a"] = ("nt23_en_headphones", """Dear Oliver Bennett,

Good news: the headphones you sent back have arrived safely with us, so thank you for returning them.

Your refund will now follow through the platform, and we're sorry again that the pair didn't work as it should have.

We'd be glad to have you back as a customer and hope to do business with you again in future.

Kind regards,
Priya at Quietwave Audio""")

GOOD["nt23b"] = ("nt23_en_headphones", """Hello Oliver Bennett,

Quick update on your return: yes, the headphones reached us and we've logged them as received.
That means your refund now goes ahead via the platform – there's nothing more you need to do.
Thanks for bearing with us through all this. We hope to see you again for another order down the line.

Best wishes,
Priya at Quietwave Audio""")

GOOD["nt24a"] = ("nt24_es_dress", """Hola, Marta Jiménez:

¡Sí, ya lo tenemos! Hemos recibido el vestido que nos devolviste.

El reembolso te llegará ahora a través de la plataforma, sin que tengas que hacer nada más.

Sentimos que la talla no fuera la adecuada y esperamos poder atenderte de nuevo en el futuro. Gracias por tu paciencia durante todo el proceso.

Un saludo, Lino y Luna""")

NOTES = {
    "nt04b": "second style: short list",
    "nt07b": "second style: bullet options, warmer",
    "nt09b": "second style: informal dashes",
    "nt12b": "second style: compact, no paragraph breaks",
    "nt13b": "second style: thanks-first, quotes the buyer's own return tracking",
    "nt23b": "second style: quick update tone",
}
