"""Good replies of the ninth set, written by hand. good id -> (dispute stem, accepted greeting name forms, text)."""

GOODS = {
"n01a": ("n01_en_evidence", ["Oliver Pennington"], """Hi Oliver Pennington,

Thank you for getting in touch, and I'm really sorry the desk lamp isn't working as it should. That's frustrating, especially with something new.

To help us work out what's going wrong, could you please record a short video showing the item switched on and the fault happening? A phone video is perfectly fine, and you can attach it right here in the dispute.

As soon as the video comes through, our technician will look at it and we'll get back to you with a solution.

Kind regards,
Brightwick Electronics support team"""),

"n01b": ("n01_en_evidence", ["Oliver Pennington"], """Dear Oliver Pennington,

We're sorry to hear the lamp and its charging pad aren't working properly, and apologies for the hassle this has caused.

So we can check it quickly, please send us:
- a short video showing the item switched on and the fault happening (both the flicker and the pad not charging, if possible)

Once we've received it, we'll review it straight away and come back to you with a solution.

Best wishes,
Brightwick Electronics support team"""),

"n02a": ("n02_tr_evidence", ["Elif Yıldırım"], """Sayın Elif Yıldırım,

Montun size dar geldiğini ve kolların kısa olduğunu öğrendiğimize çok üzüldük. Yaşadığınız bu sorun için özür dileriz.

Durumu hızlıca inceleyebilmemiz için montu düz bir zemine serip üzerine bir mezura koyarak, beden etiketinin yanında çektiğiniz bir fotoğrafı bizimle paylaşabilir misiniz?

Fotoğraf elimize ulaşır ulaşmaz inceleyip size bir çözümle geri döneceğiz.

Saygılarımızla,
Kuzey Outdoor Ekibi"""),

"n03a": ("n03_ja_evidence", ["佐藤 美咲"], """佐藤 美咲様

このたびはお届けしたティーポットが破損していたとのこと、大変申し訳ございません。楽しみにお待ちいただいていたのに、ご迷惑をおかけしました。

状況を確認させていただきたいので、お手数ですが、破損している箇所の写真と、届いた時の外箱（梱包）の写真をお送りいただけますでしょうか。

写真を拝見しましたらすぐに確認し、解決策をご連絡いたします。どうぞよろしくお願いいたします。

Hanxin Home カスタマーサポート"""),

"n04a": ("n04_de_customs", ["Frau Hofer"], """Sehr geehrte Frau Hofer,

vielen Dank für Ihre Nachricht. Ihre Sendung mit der Sendungsnummer CK318805472CN liegt derzeit beim Zoll und wartet auf die Verzollung.

Laut den Bedingungen dieser Bestellung trägt der Käufer die Einfuhrabgaben. Wir möchten Sie daher freundlich bitten, die Abgaben zu begleichen und die Zollabfertigung abzuschließen. Danach wird das Paket umgehend an Sie zugestellt.

Sollte der Zoll Unterlagen wie die Handelsrechnung benötigen, schicken wir Ihnen diese selbstverständlich sofort.

Mit freundlichen Grüßen
Ihr LumiNest-Team"""),

"n04b": ("n04_de_customs", ["Katharina Hofer"], """Liebe Katharina Hofer,

danke, dass Sie sich gemeldet haben. Wir haben nachgesehen: Das Paket (Sendungsnummer CK318805472CN) wird im Moment vom Zoll zurückgehalten.

Bei dieser Bestellung sind die Einfuhrabgaben vom Käufer zu tragen. Könnten Sie die Abgaben bitte bezahlen und die Verzollung abschließen? Dann kann das Paket weiterreisen.

Falls der Zoll dafür ein Dokument verlangt, zum Beispiel die Rechnung, stellen wir es Ihnen gerne zur Verfügung.

Herzliche Grüße
Ihr LumiNest-Team"""),

"n05a": ("n05_pl_customs", ["Panie Tomaszu"], """Dzień dobry Panie Tomaszu,

dziękujemy za wiadomość. Widzimy, że przesyłka o numerze UE662019384CN jest obecnie zatrzymana w urzędzie celnym.

Chcemy Pana uspokoić: to my opłacamy należności celne i zajmujemy się odprawą, więc nie musi Pan niczego dopłacać.

Prosimy jeszcze o odrobinę cierpliwości, aż urząd celny zwolni paczkę. Gdy tylko coś się zmieni, damy znać.

Pozdrawiamy serdecznie,
Zespół OrbitCam"""),

"n06a": ("n06_sv_customs", ["Linnea Bergström"], """Hej Linnea Bergström,

tack för ditt meddelande. Vi ser att ditt paket med spårningsnummer RS778120946CN just nu hålls kvar i tullen.

Vi kontrollerar med PostNord vad tullen behöver för att släppa paketet och återkommer till dig så snart vi vet mer.

Vi ber dig om lite tålamod under tiden, vi gör vad vi kan för att det ska gå så fort som möjligt.

Vänliga hälsningar,
PixelPeak Store kundtjänst"""),

"n07a": ("n07_es_extend", ["Mariana Castillo"], """Hola, Mariana Castillo:

Muchas gracias por escribirnos. Entendemos tu preocupación, pero tu paquete sigue en camino hacia México y puedes seguirlo en todo momento con el número de rastreo LX903321758CN.

¿Podrías hacernos el favor de cerrar la disputa por ahora? Nosotros ampliaremos tu protección de compra 15 días, así sigues completamente protegida hasta que llegue el paquete.

Quedamos atentos a cualquier duda.

Saludos cordiales,
Equipo Casa Tendencia"""),

"n07b": ("n07_es_extend", ["Mariana Castillo"], """Estimada Mariana Castillo:

Le confirmamos que su pedido ya va en camino; el número de rastreo LX903321758CN muestra que el paquete avanza con normalidad.

Le pedimos amablemente que cierre la disputa por el momento. De nuestra parte, extenderemos su protección del comprador por 15 días adicionales, de modo que siga totalmente protegida mientras llega su compra.

Gracias por su comprensión.

Atentamente,
Equipo Casa Tendencia"""),

"n08a": ("n08_ko_extend", ["김지훈"], """김지훈 고객님, 안녕하세요.

주문하신 상품이 아직 도착하지 않아 걱정이 많으셨을 것 같습니다. 택배는 현재 정상적으로 배송 중이며, 운송장 번호 YT2411873650214 로 배송 현황을 확인하실 수 있습니다.

번거로우시겠지만 우선 분쟁을 종료해 주실 수 있을까요? 저희가 고객님의 구매 보호 기간을 20일 연장해 드려서, 상품을 받으실 때까지 계속 보호받으실 수 있도록 하겠습니다.

궁금하신 점이 있으시면 언제든지 말씀해 주세요. 감사합니다.

하늘뷰티 드림"""),

"n09a": ("n09_fr_offer_reship", ["Camille Lefèvre"], """Bonjour Camille Lefèvre,

Nous sommes vraiment désolés : d'après le suivi, votre colis semble s'être perdu en cours d'acheminement.

Souhaitez-vous que nous vous renvoyions l'article, sans aucun frais supplémentaire pour vous ?

Si c'est le cas, merci de nous répondre ici pour confirmer, et de vérifier au passage que votre adresse de livraison est toujours correcte.

Bien cordialement,
L'équipe Atelier Lumen"""),

"n09b": ("n09_fr_offer_reship", ["Camille Lefèvre"], """Chère Camille Lefèvre,

Toutes nos excuses : votre colis LP00571234986CN n'est jamais arrivé à destination et il est malheureusement considéré comme perdu.

Nous vous proposons de vous réexpédier la guirlande gratuitement. Cela vous conviendrait-il ?

Merci de nous confirmer votre accord en répondant à ce message, et de vérifier que l'adresse de livraison indiquée sur la commande est bien la bonne.

Avec nos salutations les meilleures,
L'équipe Atelier Lumen"""),

"n10a": ("n10_cs_offer_reship", ["paní Dvořáková"], """Dobrý den, paní Dvořáková,

velice se omlouváme, podle všeho se Vaše zásilka UH448201957CN bohužel ztratila na cestě.

Rádi bychom Vám sadu nožů poslali znovu, a to bez jakýchkoli dalších nákladů. Přejete si to?

Pokud ano, odpovězte nám prosím zde pro potvrzení a zkontrolujte, zda je Vaše doručovací adresa správná.

S pozdravem
Tým KitchenJoy Store"""),

"n11a": ("n11_it_confirm_reship", ["Lorenzo Bianchi"], """Gentile Lorenzo Bianchi,

grazie per aver accettato che le spedissimo di nuovo gli auricolari.

Le confermiamo che il pacco è già ripartito: il nuovo numero di tracciamento è LP00689902143CN, con cui può seguirne il percorso.

Terremo d'occhio la nuova spedizione e la aggiorneremo noi in caso di novità.

Cordiali saluti,
Il team di TechNova"""),

"n12a": ("n12_uk_confirm_reship", ["пані Олено"], """Шановна пані Олено,

щиро дякуємо, що погодилися на повторне відправлення черевичків.

Повідомляємо, що ми вже надіслали Вам замовлення ще раз. Новий номер відстеження: LY381927465CN.

Ми уважно стежитимемо за новою посилкою та інформуватимемо Вас про її рух.

З повагою,
Команда LittleSteps"""),

"n13a": ("n13_pt_partial", ["Rafael Oliveira"], """Olá, Rafael Oliveira!

Obrigado por enviar as fotos. Dá para ver claramente que a cor da cortina ficou diferente da do anúncio, e pedimos desculpas por isso.

Temos duas opções para você:
- ficar com a cortina e receber um reembolso parcial de até 65.97 BRL; ou
- devolver o produto e receber o reembolso total.

Qual das duas você prefere? Assim que nos disser, seguimos com a solução pelo próprio sistema da disputa.

Um abraço,
Equipe Brisa Home"""),

"n13b": ("n13_pt_partial", ["Rafael Oliveira"], """Oi, Rafael Oliveira, tudo bem?

Recebemos as fotos que você mandou, muito obrigado. Você tem razão: o tom da cortina não corresponde ao que mostramos no anúncio. Sentimos muito.

Para resolver, propomos o seguinte: você pode ficar com a cortina e receber um reembolso parcial de até 65.97 BRL, ou, se preferir, devolvê-la e ter o reembolso integral do valor.

Me diga qual opção é melhor para você.

Atenciosamente,
Equipe Brisa Home"""),

"n14a": ("n14_nl_partial", ["Sanne de Vries"], """Beste Sanne de Vries,

Dank u wel voor de foto's en de video die u heeft gestuurd. We zien duidelijk de haarscheurtjes in het glazuur en dat spijt ons echt.

We willen u graag twee mogelijkheden bieden:
- u houdt de bloempotten en ontvangt een gedeeltelijke terugbetaling van maximaal 16.00 EUR;
- u stuurt de bloempotten terug en krijgt het volledige bedrag terug.

Welke optie heeft uw voorkeur? Laat het ons gerust weten.

Met vriendelijke groet,
Team GreenLeaf Garden"""),

"n14b": ("n14_nl_partial", ["Sanne de Vries"], """Hoi Sanne de Vries,

Bedankt voor je foto's en video! Je hebt gelijk, het glazuur is niet van de kwaliteit die je mag verwachten, en dat vinden we heel vervelend.

Je mag zelf kiezen: je houdt de potten en wij betalen je een deel terug, tot 16.00 EUR, of je stuurt ze retour en je krijgt het volledige aankoopbedrag terug.

Wat heeft jouw voorkeur?

Groetjes,
Team GreenLeaf Garden"""),

"n15a": ("n15_ro_partial", ["Andreea Popescu"], """Bună ziua, Andreea Popescu,

Vă mulțumim pentru fotografiile trimise. Vedem că în trusă lipsesc mai multe piese și ne pare sincer rău pentru acest neajuns.

Vă propunem două variante:
- păstrați trusa și primiți o rambursare parțială de până la 62.50 RON;
- returnați trusa și primiți rambursarea integrală.

Vă rugăm să ne spuneți ce variantă preferați.

Cu stimă,
Echipa ToolMaster"""),

"n15b": ("n15_ro_partial", ["Andreea Popescu"], """Stimată doamnă Andreea Popescu,

Mulțumim pentru dovezile încărcate în dispută. Într-adevăr, trusa nu este completă, iar asta nu ar fi trebuit să se întâmple. Ne cerem scuze.

Ca soluție, puteți alege între a păstra produsul cu o rambursare parțială de până la 62.50 RON sau a-l returna pentru o rambursare completă.

Care dintre aceste opțiuni vi se potrivește mai bine?

Cu respect,
Echipa ToolMaster"""),

"n16a": ("n16_hu_await", ["Nagy Bence"], """Kedves Nagy Bence!

Köszönjük a türelmét. Szeretnénk tájékoztatni, hogy a bizonyítékainkat már benyújtottuk a platformnak.

Innentől a platform vitarendezési szakértője hoz döntést az ügyben, és mi természetesen elfogadjuk a döntését, bármi is legyen az.

Ha közben bármilyen kérdése merülne fel, továbbra is szívesen segítünk.

Üdvözlettel:
ChronoStar Store ügyfélszolgálat"""),

"n17a": ("n17_el_await", ["κυρία Αντωνίου"], """Αγαπητή κυρία Αντωνίου,

σας ενημερώνουμε ότι έχουμε ήδη υποβάλει στην πλατφόρμα όλα τα στοιχεία που διαθέτουμε για την παραγγελία σας.

Τώρα την υπόθεση θα την εξετάσει ο ειδικός επίλυσης διαφορών της πλατφόρμας, ο οποίος θα πάρει την τελική απόφαση. Εμείς θα σεβαστούμε πλήρως την απόφασή του.

Μέχρι τότε, αν έχετε οποιαδήποτε απορία, είμαστε εδώ για να σας βοηθήσουμε.

Με εκτίμηση,
Η ομάδα της SoundWave"""),

"n18a": ("n18_ar_escalation", ["أحمد الحربي"], """عزيزي أحمد الحربي،

نرى أنك قمت بتصعيد النزاع إلى المنصة، ونتفهم تمامًا سبب استيائك، فلا أحد يحب أن ينتظر طويلًا دون حل.

سنتعاون مع مختص النزاعات في المنصة وسنقدّم له جميع الأدلة المتوفرة لدينا.

ومع ذلك، ما زلنا منفتحين على إيجاد حل يرضيك بالتعاون معك في أي وقت.

مع أطيب التحيات،
فريق Zahra Fashion"""),

"n19a": ("n19_da_escalation", ["Mads Kjeldsen"], """Hej Mads Kjeldsen,

Vi kan se, at du har bragt sagen videre til platformen, og vi forstår godt, at du er frustreret over ventetiden.

Vi samarbejder naturligvis med platformens tvistspecialist og sender dem vores dokumentation, blandt andet sporingshistorikken for LB117430285CN.

Samtidig vil vi gerne understrege, at vi stadig er åbne for at finde en løsning sammen med dig.

Venlig hilsen
HyggeLight kundeservice"""),

"n20a": ("n20_fi_return_instructions", ["Aino Virtanen"], """Hei Aino Virtanen,

alusta on tehnyt päätöksen palautuksesta ja hyvityksestä, ja hyväksymme sen.

Lähetäthän neuletakin takaisin tähän osoitteeseen:
PolarStitch Returns, Room 1205, Building B, 88 Huaxia Road, Baiyun District, Guangzhou 510000, China

Hyvitys käsitellään heti, kun palautus on saapunut meille. Lisäisitkö vielä palautuksen seurantanumeron riitaan?

Toivomme, että asioit kanssamme myös tulevaisuudessa.

Ystävällisin terveisin
PolarStitch-tiimi"""),

"n21a": ("n21_ru_return_instructions", ["Дмитрий Соколов"], """Здравствуйте, Дмитрий Соколов!

Платформа приняла решение о возврате товара и возврате денег, и мы с этим решением согласны.

Пожалуйста, отправьте светильник обратно по адресу:
Yiwu Return Center, 3F, No. 17 Chouzhou North Road, Yiwu, Zhejiang 322000, China

Как только посылка придёт к нам, деньги будут возвращены. Не забудьте, пожалуйста, указать трек-номер возврата в споре.

Надеемся, что Вы ещё не раз будете у нас покупать.

С уважением,
Команда HomeGlow"""),

"n21b": ("n21_ru_return_instructions", ["Дмитрий Соколов"], """Уважаемый Дмитрий Соколов,

мы получили решение платформы: возврат товара и полный возврат средств. Принимаем его.

Адрес для возврата (повторяем ещё раз): Yiwu Return Center, 3F, No. 17 Chouzhou North Road, Yiwu, Zhejiang 322000, China.

Возврат денег будет оформлен, как только товар поступит на наш склад. Добавьте, пожалуйста, номер отслеживания обратной посылки в спор.

Будем рады видеть Вас снова среди наших покупателей.

С уважением,
Команда HomeGlow"""),

"n22a": ("n22_zh_return_received", ["王丽"], """王丽您好：

我们已经收到您退回的围巾，谢谢您的配合。

退款现在会通过平台退还给您，请留意平台的通知。

这次没能让您满意，我们深感抱歉，也衷心希望今后还有机会继续为您服务。如果您对退款还有任何疑问，欢迎随时在平台上联系我们。

明月小店团队"""),

"n23a": ("n23_en_return_received", ["Jasmine Carter"], """Hi Jasmine Carter,

Just a quick update: the cat tree you sent back has arrived at our warehouse safely. Thank you for returning it.

Your refund will now be released to you through the platform, so there's nothing else you need to do.

We're sorry this one didn't work out, and we really hope to see you again in our store in the future.

Warm regards,
The CozyPaws team"""),
}
