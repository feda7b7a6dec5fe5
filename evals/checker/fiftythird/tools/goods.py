"""The 30 good replies, written by hand. Key: good id -> (dispute short name, reply text)."""

GOOD = {}

GOOD["nv01"] = ("nv01_en_cracked_teapot", """Dear Harriet,

We're so sorry to hear that the teapot arrived with a crack down the spout, especially when it was meant to be a present. That's really disappointing, and we want to put it right with you.

So we can look into it properly, could you please send us photos of the damage and of the outer packaging exactly as it arrived? Clear, well-lit shots would be perfect.

As soon as your photos come through, we'll review them straight away and come back to you with a solution.

Warm regards, the Kettle & Leaf team""")

GOOD["nv01b"] = ("nv01_en_cracked_teapot", """Hi Harriet,
thank you for letting us know, and our apologies that your teapot reached you cracked. We understand how upsetting that is for a gift.
Could you share photos of the damage and of the outer packaging as it arrived? They help us see exactly what went wrong. Once we have them, we'll check them promptly and get back to you with a way to resolve this.
Warm regards, the Kettle & Leaf team""")

GOOD["nv02"] = ("nv02_es_backpack_transit", """Hola, Rodrigo:

Entendemos tu preocupación: esperar tanto por tu mochila no es nada agradable. La buena noticia es que el paquete sigue en camino y puedes seguirlo con el número de rastreo EST7730019458MX.

¿Podrías, por favor, cerrar la disputa por ahora? Por nuestra parte, ampliaremos tu protección de compra 20 días, así sigues totalmente protegido hasta que la mochila llegue a tus manos.

Si tienes cualquier duda, aquí seguimos para ayudarte.

Equipo de Cumbre Outdoor""")

GOOD["nv03"] = ("nv03_ru_faded_curtains", """Здравствуйте, Ольга!

Спасибо, что прислали фотографии. Мы видим, что цвет штор заметно отличается от изумрудного оттенка на фото в объявлении, и искренне сожалеем об этом.

Мы можем предложить вам на выбор:
— оставить шторы себе и получить частичный возврат до 1147.50 RUB;
— вернуть шторы и получить полный возврат средств.

Какой вариант вам больше подходит? Мы всё оформим, как только получим ваш ответ.

С уважением, команда «Дом Текстиля»""")

GOOD["nv04"] = ("nv04_ja_lost_kettle_reship", """佐藤 美咲 様

このたびは再送にご同意いただき、誠にありがとうございます。お荷物が届かずご心配をおかけしましたこと、心よりお詫び申し上げます。

南部鉄器の急須を改めて発送いたしました。新しい追跡番号は EJ338199015JP です。

新しいお荷物の配送状況は私どもでもしっかり見守り、動きがあり次第すぐにお知らせいたします。引き続きよろしくお願いいたします。

さくら雑貨 カスタマーサポート""")

GOOD["nv05"] = ("nv05_fr_return_blender", """Bonjour Geneviève,

Nous avons bien pris connaissance de la décision de la plateforme : un retour avec remboursement. Nous l'acceptons sans réserve.

Voici de nouveau l'adresse de retour, à recopier telle quelle :
Cuisine Boréale – Retours, 2150 boulevard Hochelaga, Montréal QC H2K 1H9, Canada

Dès que le mélangeur nous sera parvenu, le remboursement sera traité. Pourriez-vous ajouter le numéro de suivi du colis de retour dans le litige? Cela nous permettra de suivre son arrivée.

Nous sommes désolés que l'appareil ne vous ait pas donné satisfaction et nous espérons sincèrement avoir le plaisir de vous servir à nouveau.

L'équipe Cuisine Boréale""")

GOOD["nv05b"] = ("nv05_fr_return_blender", """Geneviève, bonjour!

Suite à la décision de la plateforme en faveur d'un retour et remboursement, voici comment procéder : veuillez envoyer le mélangeur à cette adresse, Cuisine Boréale – Retours, 2150 boulevard Hochelaga, Montréal QC H2K 1H9, Canada.

Une fois le colis reçu chez nous, votre remboursement sera effectué; merci d'indiquer le numéro de suivi du retour dans le litige.

Merci pour votre patience, et au plaisir de faire à nouveau affaire avec vous.

L'équipe Cuisine Boréale""")

GOOD["nv06"] = ("nv06_de_customs_buyer", """Grüß Gott, Herr Gruber,

vielen Dank für Ihre Nachricht. Ihr Paket mit der Sendungsnummer LX902235517CN wird derzeit beim Zoll festgehalten – wir verstehen gut, dass das Warten ärgerlich ist.

Laut den Bedingungen dieser Bestellung trägt der Käufer die Einfuhrabgaben. Wir möchten Sie daher freundlich bitten, die Abgaben zu begleichen und die Zollabfertigung abzuschließen; danach kann das Paket zugestellt werden.

Sollte der Zoll Unterlagen wie die Rechnung benötigen, schicken wir Ihnen diese selbstverständlich gerne zu.

Ihr Team von Bohne & Dampf""")

GOOD["nv07"] = ("nv07_it_lost_lamp", """Cara Giulia,

ci dispiace davvero tanto: sembra proprio che il tuo pacco con la lampada da scrivania sia andato perso durante il viaggio. Capiamo bene la tua delusione, soprattutto perché la lampada ti serviva.

Vorresti che te la spedissimo di nuovo, senza alcun costo aggiuntivo per te?

Se sei d'accordo, rispondi pure a questo messaggio per confermare, e controlla per favore che il tuo indirizzo di spedizione sia corretto, così ci mettiamo subito al lavoro.

Un caro saluto, il team di Luce di Casa""")

GOOD["nv08"] = ("nv08_pt_await_speaker", """Olá, Thiago!

Sentimos muito que a caixa de som não tenha correspondido ao que você esperava, e entendemos sua decisão de levar a disputa à plataforma.

Queremos informar que já enviamos nossas evidências à plataforma. Agora o especialista em disputas da plataforma vai analisar o caso e tomar a decisão, e nós vamos respeitar o que for decidido.

Enquanto isso, continuamos à disposição: se tiver qualquer dúvida, é só nos escrever aqui mesmo.

Abraços, equipe Som Tropical""")

GOOD["nv08b"] = ("nv08_pt_await_speaker", """Thiago, boa tarde.
Passando para avisar que nossas provas já foram entregues à plataforma. A decisão agora cabe ao especialista em disputas, e vamos acatá-la, seja ela qual for.
Sabemos que o chiado no som é frustrante e lamentamos o incômodo. Se surgir alguma pergunta nesse meio-tempo, estamos aqui para ajudar.
Abraços, equipe Som Tropical""")

GOOD["nv09"] = ("nv09_nl_escalated_bike_light", """Beste Sanne,

We zien dat je het geschil aan het platform hebt voorgelegd, en we begrijpen heel goed dat je gefrustreerd bent na zo lang wachten op je fietsverlichting.

We werken volledig mee met de geschilspecialist van het platform en leveren al ons bewijs aan, zoals de trackinggegevens en onze berichten.

Tegelijk staan we nog steeds open om samen met jou tot een oplossing te komen. Laat het ons gerust hier weten als je een idee hebt.

Groeten, team Trapkracht""")

GOOD["nv10"] = ("nv10_tr_return_received_rug", """Merhaba Elif Hanım,

İade ettiğiniz kilim bize ulaştı, çok teşekkür ederiz. Ölçünün beklentinizi karşılamaması nedeniyle yaşadığınız zahmet için de gerçekten üzgünüz.

Para iadeniz şimdi platform üzerinden size ulaşacak.

Bu süreçteki sabrınız ve anlayışınız için ayrıca teşekkür ederiz. Gelecekte yeniden sizinle alışveriş yapabilmeyi içtenlikle umuyoruz. İyi günler dileriz.

Saygılarımızla, Anadolu Kilim ekibi""")

GOOD["nv11"] = ("nv11_ko_earbuds_not_working", """김지훈 고객님, 안녕하세요.

이어폰 한쪽이 전혀 켜지지 않는다니 정말 죄송합니다. 기대하고 주문하셨을 텐데 실망이 크셨을 것 같습니다.

빠르게 확인할 수 있도록, 이어폰을 켠 상태에서 문제가 나타나는 모습을 담은 짧은 동영상을 보내주실 수 있을까요?

영상을 받는 대로 바로 확인하고 해결 방법을 가지고 다시 연락드리겠습니다.

소리마당 고객지원팀 드림""")

GOOD["nv12"] = ("nv12_zh_transit_teaset", """林怡君 您好：

很抱歉讓您久等，也理解您的擔心。您的茶具組目前仍在運送途中，您可以用追蹤編號 RC118273645TW 隨時查看最新進度。

想麻煩您先暫時關閉這個糾紛，好嗎？我們會為您延長購買保障 10 天，讓您在包裹送達前都能獲得完整的保障。

如有任何問題，歡迎隨時在平台上留言給我們。

青瓷小舖 敬上""")

GOOD["nv12b"] = ("nv12_zh_transit_teaset", """林怡君，您好！
謝謝您耐心等候。包裹還在路上，追蹤編號是 RC118273645TW，您可以隨時查詢。
能否請您先關閉糾紛呢？我們會把您的購買保障延長 10 天，這段期間您依然受到完整保障，不用擔心。
我們也會持續留意物流狀況。
青瓷小舖 敬上""")

GOOD["nv13"] = ("nv13_ar_abaya_partial", """مرحباً نورة،

شكراً جزيلاً على الصور التي أرسلتِها؛ لقد رأينا بوضوح أن العباية أقصر من المقاس المذكور، ونعتذر لكِ عن هذا الإزعاج.

يسعدنا أن نعرض عليكِ ما يلي:
- الاحتفاظ بالعباية مع استرداد جزئي يصل إلى 96.00 SAR؛
- أو إعادة العباية واسترداد المبلغ كاملاً.

أيّ الخيارين تفضّلين؟ سننفّذ اختيارك فور وصول ردّك.

مع خالص التحية، فريق دار الأناقة""")

GOOD["nv14"] = ("nv14_sv_reship_boots", """Hej Astrid!

Tack för att du går med på att vi skickar kängorna igen – vi är ledsna för besväret med paketet som försvann.

Vinterkängorna är nu skickade på nytt, och det nya spårningsnumret är UA551093310SE.

Vi håller ett öga på det nya paketet och hör av oss till dig om något händer på vägen. Hoppas att de kommer fram snabbt och håller dina fötter varma i vinter!

Vänliga hälsningar, Nordsko""")

GOOD["nv15"] = ("nv15_cs_return_chair", """Dobrý den, paní Nováková,

bereme na vědomí rozhodnutí platformy o vrácení zboží a vrácení peněz a plně ho respektujeme.

Židli nám prosím pošlete na tuto adresu: Sedák s.r.o., Průmyslová 12, 301 00 Plzeň, Česká republika

Jakmile vrácená židle dorazí, vrácení peněz hned zpracujeme. Prosíme také, abyste do sporu doplnila sledovací číslo zásilky s vrácením.

Je nám líto, že kvalita nesplnila vaše očekávání. Doufáme, že s námi v budoucnu budete znovu nakupovat.

S pozdravem tým Sedák""")

GOOD["nv16"] = ("nv16_ro_customs_seller", """Bună ziua, Andreea,

Înțelegem perfect cât de neplăcut este ca un colet să stea blocat la vamă și vă mulțumim pentru mesaj. Coletul dumneavoastră cu numărul de urmărire RO330918274CN este reținut momentan la vamă.

Vă liniștim: noi plătim taxele vamale și ne ocupăm de vămuire, așa că dumneavoastră nu aveți nimic de plătit.

Vă rugăm să mai aveți puțină răbdare până când vama eliberează coletul; vă vom anunța imediat ce se mișcă ceva.

Cu drag, echipa Bucătăria Veselă""")

GOOD["nv16b"] = ("nv16_ro_customs_seller", """Dragă Andreea,
vești bune despre robotul de bucătărie: taxele vamale le achităm noi și tot noi ne ocupăm de formalitățile de vămuire, deci nu veți avea de plătit nimic în plus.
Coletul (număr de urmărire RO330918274CN) este deocamdată oprit la vamă. Vă cerem doar puțină răbdare până când va fi eliberat.
Ne pare rău pentru emoții și vă mulțumim pentru înțelegere.
Cu drag, echipa Bucătăria Veselă""")

GOOD["nv17"] = ("nv17_hu_lost_puzzle", """Kedves Eszter!

Nagyon sajnáljuk, de úgy tűnik, hogy a csomagja valóban elveszett útközben. Értjük, mennyire bosszantó ez, főleg egy gyerekjáték esetében.

Szeretné, ha a fa kirakóst újra elküldenénk Önnek, minden további költség nélkül?

Ha igen, kérjük, válaszoljon erre az üzenetre a megerősítéshez, és ellenőrizze, hogy a szállítási címe pontos-e.

Üdvözlettel: a Játékliget csapata""")

GOOD["nv18"] = ("nv18_da_await_jacket", """Hej Mads,

Tak for din besked, og vi forstår godt, at det er frustrerende stadig at vente på jakken.

Vi vil gerne fortælle, at vi allerede har sendt vores dokumentation til platformen. Nu er det platformens tvistspecialist, der træffer afgørelsen, og vi vil respektere den, uanset udfaldet.

Vi er her stadig, hvis du har spørgsmål undervejs – skriv endelig til os her i sagen.

Venlig hilsen, Regnvejr""")

GOOD["nv19"] = ("nv19_fi_escalated_sauna", """Hei Aino,

Näemme, että olet vienyt riidan alustan käsiteltäväksi, ja ymmärrämme hyvin turhautumisesi – puuttuva kiulu ei ole mukava yllätys.

Teemme täyttä yhteistyötä alustan riita-asiantuntijan kanssa ja toimitamme hänelle kaiken näyttömme.

Olemme silti edelleen valmiita etsimään ratkaisun yhdessä kanssasi, joten kerro rohkeasti, jos sinulla on toiveita. Kiitos, että olet jaksanut selvittää asiaa kanssamme.

Ystävällisin terveisin, Löylypuodin tiimi""")

GOOD["nv20"] = ("nv20_pl_return_received_mixer", """Szanowna Pani Wiśniewska,

z przyjemnością potwierdzamy, że odesłany mikser dotarł do nas. Dziękujemy za sprawny zwrot i jeszcze raz przepraszamy za uszkodzenie.

Zwrot pieniędzy zostanie teraz zrealizowany za pośrednictwem platformy.

Mamy nadzieję, że w przyszłości znów będziemy mogli Panią obsłużyć i że kolejne zakupy u nas będą już w pełni udane.

Pozdrawiamy serdecznie, zespół Kuchnia Plus""")

GOOD["nv20b"] = ("nv20_pl_return_received_mixer", """Dzień dobry, Pani Wiśniewska,
krótko informujemy: mikser jest już u nas, przesyłka zwrotna dotarła bez problemu.
Pieniądze wrócą do Pani przez platformę – zwrot jest już w drodze.
Bardzo dziękujemy za cierpliwość i wyrozumiałość. Liczymy, że jeszcze kiedyś zechce Pani zrobić u nas zakupy.
Pozdrawiamy serdecznie, zespół Kuchnia Plus""")

GOOD["nv21"] = ("nv21_uk_wrong_item_blanket", """Шановна пані Коваленко,

нам дуже прикро, що замість картатого пледа ви отримали зовсім інший товар. Розуміємо ваше засмучення і хочемо якнайшвидше все виправити.

Щоб ми могли швидко перевірити, що сталося, надішліть, будь ласка, фото отриманого товару та фото транспортної етикетки на посилці.

Щойно ми отримаємо фото, одразу їх переглянемо і повернемося до вас із рішенням.

З повагою, команда «Теплий Дім»""")

GOOD["nv22"] = ("nv22_el_transit_olive_oil", """Αγαπητή Ελένη,

καταλαβαίνουμε την ανησυχία σας και σας ευχαριστούμε για την υπομονή. Το δέμα σας με το σετ ελαιολάδου και μελιού βρίσκεται καθ' οδόν και μπορείτε να το παρακολουθείτε με τον αριθμό αποστολής EL229104837GR.

Θα μπορούσατε, παρακαλούμε, να κλείσετε τη διαφορά προς το παρόν; Εμείς θα παρατείνουμε την προστασία αγοράς σας κατά 30 ημέρες, ώστε να παραμένετε πλήρως προστατευμένη μέχρι να φτάσει το δέμα.

Είμαστε στη διάθεσή σας για οποιαδήποτε απορία.

Με εκτίμηση, η ομάδα του Ελαιώνα""")

GOOD["nv23"] = ("nv23_en_partial_smartwatch", """Hi Marcus,

Thanks for sending the video. We can clearly see the strap peeling and the screen flickering, and we're sorry - that's not the quality you should get from us.

Here's what we can offer:
- Keep the watch and receive a partial refund of up to 11.68 USD, or
- Return the watch to us for a full refund.

Just let us know which option you prefer, and we'll set it up right away.

Tickwise team""")

GOOD["nv24"] = ("nv24_es_customs_unknown", """Hola, Carmen:

Sentimos mucho la incertidumbre; entendemos perfectamente que estés harta de no tener noticias. Tu paquete con número de seguimiento PQ4B7Y0812345 está retenido en aduanas en este momento.

Ya estamos consultando con la empresa de transporte qué necesita la aduana para liberarlo, y te avisaremos en cuanto sepamos algo.

Te pedimos un poco de paciencia mientras lo resolvemos. Gracias por tu comprensión.

Un saludo cordial, equipo de La Alacena""")
