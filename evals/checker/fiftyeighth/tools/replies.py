"""The 30 hand-written good replies: id -> (dispute file stem, text)."""

GOOD = {}

GOOD["nq01a"] = ("nq01_en_jacket_fit", """Hi Megan,

I'm really sorry the jacket turned out so snug in the shoulders and short in the sleeves — that's not what you should get when you order your usual size, and I understand the disappointment.

To check this properly, could you send us a photo of the jacket laid flat with a measuring tape across it, next to its size label? A shot across the chest and one along a sleeve would be perfect.

As soon as the photo arrives we'll look at it and come back to you with a solution.

Thanks for your patience,
Sam, Trailhead Outfitters""")

GOOD["nq01b"] = ("nq01_en_jacket_fit", """Dear Megan Carter,

Thank you for letting us know about the fit of your rain jacket (order 8190401100223301). We apologise for the inconvenience.

Please could you share a photo of the jacket lying flat with a measuring tape across it, placed next to the size label? This lets us compare it with our size chart.

We will review the photo as soon as we receive it and get back to you with a solution.

Kind regards,
Sam, Trailhead Outfitters""")

GOOD["nq02a"] = ("nq02_es_transit_lamp", """Hola, Valeria:

Entendemos perfectamente tu preocupación, sobre todo si necesitas la lámpara para trabajar. Te tenemos buenas noticias: tu paquete sigue en camino y puedes seguirlo con el número de rastreo LP00731822940CN.

Como todavía está en tránsito, ¿podrías cerrar la disputa por ahora? Para que no pierdas ninguna protección, ampliaremos tu protección de compra 20 días más, así quedas cubierta hasta que el paquete llegue.

Cualquier duda, aquí estamos.

Saludos,
Equipo Luz Norte""")

GOOD["nq02b"] = ("nq02_es_transit_lamp", """Valeria Hernández, buenas tardes:

Lamentamos la espera. Hemos revisado el envío de tu pedido 8190402200334402 y la lámpara está en tránsito; el número de seguimiento es LP00731822940CN.

Te pedimos amablemente que cierres la disputa por el momento. Por nuestra parte, extenderemos tu protección de compra por 20 días para que sigas totalmente protegida mientras llega.

Gracias por tu paciencia y comprensión.

Equipo Luz Norte""")

GOOD["nq03a"] = ("nq03_ru_partial_kettle", """Здравствуйте, Ольга!

Спасибо за фото и видео, которые вы приложили к спору. Мы хорошо видим вмятину на корпусе и неплотно закрывающуюся крышку — нам очень жаль, что чайник пришёл в таком виде.

Мы можем предложить вам два варианта:
— оставить чайник себе и получить частичный возврат до 1497.00 RUB;
— вернуть чайник и получить полный возврат денег.

Подскажите, пожалуйста, какой вариант вам удобнее?

С уважением,
Команда магазина ДомТех""")

GOOD["nq04a"] = ("nq04_ja_reship_mug", """佐藤 美咲 様

このたびは再送にご同意いただき、誠にありがとうございます。前回のお荷物が届かず、ご迷惑をおかけしました。

マグカップのペアを改めて発送いたしました。新しい追跡番号は RR771204456CN です。

新しいお荷物の配送状況は私どもでもしっかり確認し、何かあればすぐにお知らせいたします。今度こそ無事にお届けできますように。

うつわ工房 スタッフ一同""")

GOOD["nq05a"] = ("nq05_fr_return_mirror", """Bonjour Camille,

Nous sommes désolés que le miroir soit arrivé fissuré. La plateforme a décidé d'un retour avec remboursement, et nous acceptons bien sûr cette décision.

Voici à nouveau l'adresse de retour : Atelier Rotin – Retours, 8 avenue Jean Jaurès, 69007 Lyon, France

Dès que le miroir nous parviendra, le remboursement sera traité. Pourriez-vous ajouter le numéro de suivi du colis retour dans le litige ? Cela nous permettra de le repérer rapidement.

Nous espérons sincèrement avoir le plaisir de vous servir à nouveau à l'avenir.

L'équipe Atelier Rotin""")

GOOD["nq05b"] = ("nq05_fr_return_mirror", """Madame Lefèvre, bonjour,

Nous prenons acte de la décision de la plateforme : retour et remboursement pour la commande 8190405500667705.

Merci de renvoyer le miroir à l'adresse suivante : Atelier Rotin – Retours, 8 avenue Jean Jaurès, 69007 Lyon, France.

Le remboursement sera effectué à réception de l'article. N'oubliez pas d'indiquer le numéro de suivi du retour dans le litige.

Avec toutes nos excuses pour ce désagrément, nous serions heureux de vous compter à nouveau parmi nos clients.

L'équipe Atelier Rotin""")

GOOD["nq06a"] = ("nq06_de_customs_buyer", """Grüezi Herr Becker

Es tut uns leid, dass Sie so lange auf Ihre Espressomaschine warten müssen. Ihr Paket liegt derzeit beim Zoll; Sie können es mit der Sendungsnummer JD014600008822741937 verfolgen.

Bei dieser Bestellung gehen die Einfuhrabgaben zulasten des Käufers. Wir bitten Sie daher freundlich, die Abgaben zu bezahlen und die Verzollung abzuschliessen – danach wird das Paket freigegeben und zugestellt.

Falls der Zoll ein Dokument verlangt, zum Beispiel die Rechnung, schicken wir es Ihnen gerne sofort.

Freundliche Grüsse
Ihr Kaffeewerk-Team""")

GOOD["nq06b"] = ("nq06_de_customs_buyer", """Hallo Markus Becker,

danke für Ihre Nachricht – wir verstehen gut, dass das Warten beim Zoll nervt. Die Sendung JD014600008822741937 wird im Moment vom Zoll zurückgehalten.

Laut den Bestellbedingungen trägt bei dieser Lieferung der Käufer die Einfuhrabgaben. Könnten Sie die Abgaben bitte begleichen und die Zollabfertigung abschliessen? Dann kann die Maschine weiterreisen.

Braucht der Zoll Unterlagen wie die Rechnung, geben Sie uns einfach Bescheid – wir senden sie Ihnen umgehend.

Ihr Kaffeewerk-Team""")

GOOD["nq07a"] = ("nq07_it_lost_shoes", """Ciao Giulia,

ci dispiace davvero tanto: a quanto pare il tuo pacco è andato perso durante il viaggio, e capiamo benissimo la tua delusione.

Vorresti che ti spedissimo di nuovo le scarpe da corsa, senza alcun costo aggiuntivo per te?

Se ti va bene, rispondi pure a questo messaggio per confermare e controlla che il tuo indirizzo di spedizione sia corretto, così partiamo subito.

Un caro saluto,
Passo Leggero team""")

GOOD["nq08a"] = ("nq08_pt_await_headset", """Olá, Rafael!

Entendemos sua preocupação por ainda não ter recebido o headset. Queremos te deixar a par: já enviamos todas as nossas evidências para a plataforma.

Agora o especialista em disputas da plataforma vai analisar o caso e tomar a decisão, e nós vamos respeitar o que for decidido.

Enquanto isso, continuamos à disposição aqui no chat para qualquer dúvida que você tiver.

Um abraço,
Equipe GameMais""")

GOOD["nq09a"] = ("nq09_nl_escalated_bike", """Hallo Sanne,

We zien dat je het geschil hebt doorgezet naar het platform, en eerlijk gezegd begrijpen we je frustratie helemaal: drie keer vragen waar je pakket blijft is te veel.

We gaan volledig samenwerken met de geschilspecialist van het platform en geven hun al ons bewijs, zoals de trackinggegevens van je fietstas.

Tegelijk staat onze deur nog steeds open: we zoeken graag samen met jou naar een oplossing.

Hartelijke groet,
Team Fietsgoed""")

GOOD["nq10a"] = ("nq10_tr_received_bag", """Merhaba Elif Hanım,

İade ettiğiniz çanta bize ulaştı, takip numarasını eklediğiniz için teşekkür ederiz.

Ücret iadeniz şimdi platform üzerinden gerçekleşecek.

Renk konusunda yaşadığınız hayal kırıklığı için tekrar özür dileriz. Bu süreçte gösterdiğiniz anlayış için çok teşekkür ederiz. Gelecekte yeniden sizinle alışveriş yapmayı umuyoruz.

Sevgiler,
Çanta Dünyası Ekibi""")

GOOD["nq11a"] = ("nq11_ko_evidence_fan", """김지훈 고객님, 안녕하세요.

선풍기가 충전은 되는데 작동하지 않는다니 정말 죄송합니다. 불편을 드려 마음이 무겁습니다.

빠르게 확인할 수 있도록, 선풍기 전원을 켠 상태에서 고장 증상이 나타나는 모습을 짧은 동영상으로 찍어 보내 주실 수 있을까요?

영상을 받는 대로 바로 확인하고 해결 방법을 안내해 드리겠습니다.

바람상점 드림""")

GOOD["nq12a"] = ("nq12_zh_partial_teapot", """陳怡君 您好：

謝謝您上傳的照片，我們清楚看到壺蓋上的裂紋，真的很抱歉讓您收到有瑕疵的茶壺。

我們可以提供兩個方案：
・保留茶壺，我們退還部分款項，最高 320.00 TWD；
・將茶壺寄回，我們全額退款。

請問您比較希望選擇哪一個方案呢？

茗香茶具 客服團隊""")

GOOD["nq12b"] = ("nq12_zh_partial_teapot", """怡君您好，

收到您的照片了，壺蓋的裂紋我們看得很清楚，非常抱歉！

關於這個問題，您可以選擇：保留茶壺並獲得最高 320.00 TWD 的部分退款；或者把茶壺退回來，我們給您全額退款。

您想要哪一種處理方式？告訴我們就好。

茗香茶具 客服團隊""")

GOOD["nq13a"] = ("nq13_ar_transit_abaya", """مرحباً نورة،

نتفهم تماماً قلقك، ونطمئنك بأن طلبك في الطريق إليك، ويمكنك متابعته برقم التتبع AX55128840267.

هل يمكنك التكرم بإغلاق النزاع في الوقت الحالي؟ سنقوم بتمديد حماية الشراء الخاصة بك لمدة 25 يوماً، حتى تبقي محمية بالكامل إلى أن تصلك الشحنة.

شكراً لصبرك، ونحن هنا إن احتجت أي شيء.

فريق لمسة بوتيك""")

GOOD["nq14a"] = ("nq14_sv_customs_seller", """Hej Johan,

Tack för ditt meddelande, och förlåt att det dröjer. Vi ser att ditt paket just nu hålls kvar i tullen – du kan följa det med spårningsnumret UE700318246SE.

Du behöver inte betala något: vi betalar tullavgifterna och sköter hela förtullningen själva.

Vi ber dig bara om lite tålamod medan tullen släpper paketet. Din ullfilt skickas vidare så fort den är frisläppt.

Hälsningar, Nordic Wool Co.""")

GOOD["nq15a"] = ("nq15_cs_lost_puzzle", """Dobrý den, paní Dvořáková,

velmi se omlouváme – podle všeho se vaše zásilka s puzzle po cestě ztratila. To nás opravdu mrzí.

Přejete si, abychom vám puzzle poslali znovu, bez jakýchkoli dalších nákladů?

Pokud ano, odpovězte nám prosím na tuto zprávu a zkontrolujte, zda je vaše doručovací adresa správná. Hned poté zboží odešleme.

S pozdravem
Hračkárna Dřevo team""")

GOOD["nq16a"] = ("nq16_ro_reship_watch", """Bună ziua, Andrei,

Vă mulțumim că ați acceptat să vă retrimitem ceasul și ne pare rău pentru coletul pierdut.

Ceasul a fost expediat din nou, iar noul număr de urmărire este LP00208841296CN.

Vom urmări îndeaproape noul colet și vă vom ține la curent până ajunge la dumneavoastră.

Cu stimă,
Echipa Ora Exactă""")

GOOD["nq17a"] = ("nq17_hu_return_boots", """Kedves Nagy Eszter!

Nagyon sajnáljuk, hogy nem a megrendelt barna bakancsot kapta. A platform visszaküldésről és visszatérítésről döntött, és ezt természetesen elfogadjuk.

Kérjük, a terméket erre a címre küldje vissza: Csizma Pont Kft., Váci út 42, 1132 Budapest, Magyarország

Amint a csomag megérkezik hozzánk, elindítjuk a visszatérítést. Kérjük, a visszaküldés követési számát adja hozzá a vitához.

Bízunk benne, hogy a jövőben újra vásárol nálunk.

Üdvözlettel:
A Csizma Pont csapata""")

GOOD["nq18a"] = ("nq18_da_await_chair", """Hej Mette,

Vi er kede af, at der manglede dele til din kontorstol. Vi vil gerne fortælle dig, at vi nu har sendt vores dokumentation til platformen.

Platformens tvistspecialist træffer nu afgørelsen, og vi retter os selvfølgelig efter den.

Har du spørgsmål i mellemtiden, er vi stadig her og hjælper gerne.

Venlig hilsen, Hygge Kontor""")

GOOD["nq19a"] = ("nq19_fi_escalated_tent", """Hei Aino,

Näemme, että olet vienyt riidan alustan ratkaistavaksi, ja ymmärrämme hyvin turhautumisesi – olisit ansainnut vastauksen meiltä nopeammin.

Teemme yhteistyötä alustan riitojen asiantuntijan kanssa ja toimitamme hänelle kaiken oman näyttömme.

Olemme silti edelleen valmiita etsimään ratkaisun yhdessä kanssasi, jos se sinulle sopii.

Ystävällisin terveisin
Erä ja Retki -tiimi""")

GOOD["nq20a"] = ("nq20_pl_received_blender", """Dzień dobry, Pani Nowak,

potwierdzamy, że zwrócony blender dotarł już do nas. Dziękujemy za szybkie odesłanie.

Zwrot pieniędzy zostanie teraz zrealizowany przez platformę.

Przepraszamy za kłopot z niedziałającym urządzeniem i mamy nadzieję, że w przyszłości znów zechce Pani zrobić u nas zakupy.

Pozdrawiamy serdecznie,
Zespół KuchniaPro""")

GOOD["nq21a"] = ("nq21_uk_partial_sweater", """Добрий день, пані Оксано!

Дякуємо за фото, зроблені при денному світлі, — різниця в кольорі справді помітна, і нам дуже шкода, що светр виявився не таким, як ви очікували.

Ми можемо запропонувати вам два варіанти: залишити светр собі й отримати часткове повернення коштів до 647.50 UAH або повернути светр і отримати повне відшкодування.

Який варіант вам більше підходить?

З повагою,
Команда «Теплі Речі»""")

GOOD["nq22a"] = ("nq22_el_evidence_vase", """Αγαπητέ Δημήτρη,

Λυπούμαστε πολύ που το βάζο έφτασε ραγισμένο, ειδικά αφού ήταν δώρο. Θέλουμε να το λύσουμε μαζί σας.

Για να το ελέγξουμε γρήγορα, θα μπορούσατε να μας στείλετε φωτογραφίες της ζημιάς και της εξωτερικής συσκευασίας όπως έφτασε;

Μόλις τις λάβουμε, θα τις εξετάσουμε αμέσως και θα επανέλθουμε με μια λύση.

Με εκτίμηση,
Η ομάδα της Κεραμικής Αιγαίου""")

GOOD["nq23a"] = ("nq23_en_customs_unknown", """Hello Oliver,

Sorry for the long wait, and thanks for flagging it. Your parcel is currently being held at customs — you can keep an eye on it with tracking number CP402218839GB.

We're checking with Royal Mail what customs needs in order to release it, and we'll update you here as soon as we hear back.

In the meantime, we'd kindly ask for a little patience while we get this sorted. We know it's frustrating when nothing seems to move.

Best wishes,
Ellie at Hearth & Pan""")

GOOD["nq23b"] = ("nq23_en_customs_unknown", """Hi Oliver Hughes,

Quick update on your griddle pan (order 8190423300545523):

- Status: held at customs, tracking number CP402218839GB.
- What we're doing: finding out from the carrier exactly what customs needs to release the parcel. We'll let you know as soon as we have an answer.

Thank you for bearing with us a little longer while this is sorted out — we appreciate your patience.

Ellie at Hearth & Pan""")

GOOD["nq24a"] = ("nq24_pt_transit_plant", """Olá Inês,

Compreendemos a sua preocupação, mas pode ficar descansada: a sua encomenda continua a caminho e pode acompanhá-la com o número de seguimento RL318004725PT.

Como ainda está em trânsito, pedíamos-lhe a gentileza de fechar a disputa por agora. Da nossa parte, vamos prolongar a sua proteção de compra por 30 dias, para que fique totalmente protegida até o vaso chegar.

Obrigado pela paciência!

Equipa Verde Casa""")
