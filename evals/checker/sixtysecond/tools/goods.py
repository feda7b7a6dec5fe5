"""The 30 hand-written good replies: id -> (dispute stem, message)."""
GOOD = {
"nl01a": ("nl01_en_damagedmug", """Hi Harriet,

Oh no, I'm so sorry the teapot reached you with its spout snapped off, and especially when it was meant to be a birthday present. That's a horrible surprise to open, and we want to put it right with you.

So we can look into it properly, could you please send us photos of the damage and of the outer packaging as it arrived? A couple of pictures from different angles would be perfect.

As soon as they come through, we'll go over them and get back to you with a solution.

Poppy, Kiln & Co"""),
"nl02a": ("nl02_es_transitlamp", """Hola, Mateo:

Entendemos perfectamente la espera, y gracias por escribirnos. Tu lámpara ya va en camino: puedes seguir el paquete con el número de rastreo LP00341277610CN.

¿Podrías cerrar la disputa por ahora? Así no se complica el pedido mientras el paquete termina su recorrido. Por nuestra parte, ampliaremos tu protección de compra 20 días, para que sigas totalmente protegido hasta que la lámpara llegue a tus manos.

Si tienes cualquier duda, aquí estamos.

Our Store team"""),
"nl03a": ("nl03_ru_partialboots", """Здравствуйте, Ольга!

Спасибо, что прислали фотографии. Мы видим, что подошва отклеилась, и нам очень жаль, что ботинки подвели вас так быстро.

Мы можем предложить два варианта: оставить ботинки и получить частичный возврат до 1247.50 RUB или вернуть товар и получить полный возврат денег.

Какой вариант вам удобнее? Напишите, пожалуйста, и мы сразу всё оформим.

Команда «Тёплый Шаг»"""),
"nl03b": ("nl03_ru_partialboots", """Ольга, добрый день.
Благодарим за фото — на них хорошо видно, что шов на подошве разошёлся. Приносим извинения, такого быть не должно.
Есть два решения на ваш выбор. Первое: вы оставляете ботинки, а мы делаем частичный возврат в размере до 1247.50 RUB. Второе: вы возвращаете ботинки, и мы возвращаем полную стоимость.
Что вы предпочтёте?
С уважением,
Команда «Тёплый Шаг»"""),
"nl04a": ("nl04_ja_reshipcase", """佐藤美咲様

このたびは再発送にご同意いただき、誠にありがとうございます。
商品をあらためて発送いたしました。新しい追跡番号は EJ551209917JP です。
新しい荷物の配送状況は私どもでもしっかり確認し、何かあればすぐにお知らせいたします。
お届けまで今しばらくお待ちくださいませ。

Sakura Case Shop スタッフ一同"""),
"nl05a": ("nl05_fr_returnscarf", """Bonjour Camille,

La plateforme a décidé d'un retour avec remboursement, et nous acceptons bien sûr cette décision.

Merci de renvoyer l'écharpe à cette adresse : Atelier Laine Retours, 8 avenue Jean Jaurès, 69007 Lyon, France.

Le remboursement sera effectué dès que l'écharpe nous sera parvenue. Pensez simplement à ajouter le numéro de suivi du retour dans le litige, cela nous aidera à repérer le colis.

Nous sommes désolés que la couleur ne vous ait pas convenu, et nous espérons avoir le plaisir de vous servir à nouveau.

L'équipe Atelier Laine"""),
"nl05b": ("nl05_fr_returnscarf", """Chère Camille,
Nous avons bien pris connaissance de la décision de la plateforme : retour et remboursement. C'est entendu de notre côté.
Voici l'adresse de retour, à recopier telle quelle : Atelier Laine Retours, 8 avenue Jean Jaurès, 69007 Lyon, France
Dès réception de l'écharpe, votre remboursement sera traité. Pourriez-vous indiquer le numéro de suivi de votre envoi dans le litige ?
Au plaisir de refaire affaire avec vous à l'avenir.
L'équipe Atelier Laine"""),
"nl06a": ("nl06_de_customsbuyer", """Hallo Lukas,

danke für Ihre Nachricht. Wir sehen, dass Ihr Paket gerade beim Zoll liegt; Sie können es jederzeit mit der Sendungsnummer 1Z84A7730412785522 verfolgen.

Bei dieser Bestellung trägt laut den Bestellbedingungen der Käufer die Einfuhrabgaben. Könnten Sie die Abgaben bitte bezahlen und die Zollabfertigung abschließen? Danach wird der Milchaufschäumer zugestellt.

Falls der Zoll Unterlagen wie die Rechnung verlangt, schicken wir Ihnen diese natürlich gern.

Ihr Team von BaristaBox"""),
"nl06b": ("nl06_de_customsbuyer", """Guten Tag Lukas Becker,
Ihr Paket mit der Sendungsnummer 1Z84A7730412785522 wird derzeit vom Zoll zurückgehalten. Das ist ärgerlich, lässt sich aber schnell lösen.
Für diese Bestellung sind die Einfuhrabgaben vom Käufer zu tragen. Wir bitten Sie daher freundlich, die Abgaben zu begleichen und die Verzollung abzuschließen.
Braucht der Zoll ein Dokument, zum Beispiel die Handelsrechnung, stellen wir es Ihnen sofort zur Verfügung.
Ihr Team von BaristaBox"""),
"nl07a": ("nl07_it_lostbag", """Ciao Giulia,

ci dispiace davvero tanto: sembra proprio che il pacco con la tua borsa si sia perso durante il viaggio. Capiamo bene la delusione, dopo tutta questa attesa.

Vorresti che ti spedissimo di nuovo la borsa, senza alcun costo aggiuntivo?

Se ti va bene, rispondici per confermare e controlla che l'indirizzo di spedizione sia ancora corretto, così partiamo subito.

Il team di Pelletteria Sole"""),
"nl07b": ("nl07_it_lostbag", """Gentile Giulia Romano,
siamo spiacenti di comunicarle che il pacco risulta smarrito lungo il tragitto.
Possiamo rispedirle la borsa a tracolla senza nessuna spesa in più: le andrebbe bene?
In caso affermativo, le chiediamo di confermarlo con una risposta e di verificare che l'indirizzo di consegna sia esatto.
Restiamo a sua disposizione.
Il team di Pelletteria Sole"""),
"nl08a": ("nl08_pt_awaitwatch", """Olá, Rafael!

Entendemos sua preocupação e agradecemos por acompanhar o caso. Já enviamos nossas evidências para a plataforma.

Agora o especialista em disputas da plataforma vai analisar tudo e tomar a decisão, e nós vamos respeitar o que for decidido.

Enquanto isso, continuamos aqui para ajudar: se tiver qualquer dúvida sobre o pedido, é só responder por aqui.

Our Store team"""),
"nl08b": ("nl08_pt_awaitwatch", """Rafael, tudo bem?
Só para te manter informado: nossa parte já foi feita e as provas do envio estão com a plataforma.
A decisão agora fica com o especialista da plataforma, e vamos acatar o resultado, seja ele qual for.
Qualquer pergunta, conte com a gente aqui na conversa da disputa.
Abraço,
Our Store team"""),
"nl09a": ("nl09_nl_escalatedbike", """Beste Sanne,

We zien dat u het geschil heeft doorgezet naar het platform, en we begrijpen goed dat u gefrustreerd bent na zo lang wachten.

We werken graag samen met de geschillenspecialist van het platform en leveren al ons bewijs aan, zodat er snel duidelijkheid komt.

Intussen staan we nog steeds open om samen met u tot een oplossing te komen. Laat het ons gerust weten als u iets wilt bespreken.

Met vriendelijke groet, Fietsfix"""),
"nl10a": ("nl10_tr_receivedshoes", """Merhaba Emre Bey,

İade ettiğiniz koşu ayakkabıları elimize ulaştı, teşekkür ederiz.

Para iadeniz şimdi platform üzerinden gerçekleşecek; ayrıca bir işlem yapmanıza gerek yok.

Ayakkabılar size uymadığı için üzgünüz. İleride tekrar alışveriş yapmanızı ve sizinle yeniden çalışmayı çok isteriz.

Adım Spor Ekibi"""),
"nl11a": ("nl11_ko_evidenceheater", """김민준 님, 안녕하세요.

히터가 전원이 켜지지 않는다니 정말 죄송합니다. 기대하고 받으셨을 텐데 실망이 크셨을 것 같아요. 꼭 해결해 드리고 싶습니다.

빠르게 확인할 수 있도록, 히터의 전원을 켜는 모습과 고장이 나타나는 장면을 담은 짧은 동영상을 보내 주실 수 있을까요?

영상을 받는 대로 바로 확인하고 해결 방법을 안내해 드리겠습니다.

온기상점 드림"""),
"nl12a": ("nl12_zh_transittea", """陳怡君您好：

謝謝您的耐心，也理解您的擔心。您的茶杯組目前仍在運送途中，可以用追蹤號碼 RC447120385TW 隨時查詢最新進度。

想麻煩您先暫時關閉這筆爭議，好嗎？我們會為您延長購買保障 30 天，讓您在包裹送達之前都能完全受到保障。

如有任何問題，歡迎隨時在這裡留言。

青瓷茶坊 敬上"""),
"nl13a": ("nl13_ar_partialabaya", """مرحباً نورة،

شكراً جزيلاً على الصور والفيديو، لقد رأينا بوضوح أن المقاس أصغر من الجدول، ونحن آسفون جداً على هذا الإزعاج.

يسعدنا أن نعرض عليكِ خيارين: أن تحتفظي بالعباية مع استرداد جزئي يصل إلى 56.70 SAR، أو أن تعيدي العباية وتحصلي على استرداد كامل للمبلغ.

أيّ الخيارين تفضّلين؟

فريق دار الأناقة"""),
"nl14a": ("nl14_sv_reshipblender", """Hej Elin,

Tack för att du går med på att vi skickar mixern en gång till!

Den är nu skickad på nytt, och det nya spårningsnumret är UA220431150SE.

Vi håller ett öga på det nya paketet hela vägen och hör av oss till dig om något skulle dyka upp.

Vänliga hälsningar, Nordkök"""),
"nl15a": ("nl15_cs_returnjacket", """Dobrý den, paní Tereza Nováková,

platforma rozhodla o vrácení zboží a vrácení peněz a my toto rozhodnutí přijímáme.

Bundu prosím pošlete na tuto adresu: Horský Obchod – reklamace, Masarykova 21, 602 00 Brno, Česko.

Peníze vám vrátíme, jakmile vrácená bunda dorazí. Prosíme vás také o doplnění sledovacího čísla zásilky do sporu.

Omlouváme se za záměnu zboží a budeme rádi, když u nás v budoucnu znovu nakoupíte.

Tým Horský Obchod"""),
"nl16a": ("nl16_ro_customsseller", """Bună ziua, Andrei,

Vedem că acum coletul dumneavoastră este reținut în vamă; îl puteți urmări cu numărul de urmărire LP00659913042CN.

Vă liniștim: noi plătim taxele vamale și ne ocupăm de vămuire, așa că nu aveți nimic de plătit.

Vă rugăm frumos să mai aveți puțină răbdare până când vama eliberează coletul. Vă mulțumim pentru înțelegere!

Our Store team"""),
"nl17a": ("nl17_hu_lostkettle", """Kedves Eszter!

Nagyon sajnáljuk, úgy tűnik, hogy a csomag útközben elveszett. Teljesen megértjük, hogy ez bosszantó.

Szeretné, ha újra elküldenénk Önnek a vízforralót, mindenféle többletköltség nélkül?

Kérjük, válaszában erősítse meg, és ellenőrizze, hogy a szállítási címe helyes-e, hogy azonnal útnak indíthassuk.

A Konyhabolt csapata"""),
"nl18a": ("nl18_da_awaitchair", """Kære Mads,

Tak for din besked, og vi forstår godt, at det er irriterende at mangle skruerne til stolen. Vi har allerede sendt vores dokumentation til platformen.

Platformens tvistspecialist træffer nu afgørelsen, og vi vil naturligvis respektere den.

Vi er stadig her for at hjælpe, hvis du har spørgsmål i mellemtiden.

Venlig hilsen, Hjem & Kontor"""),
"nl19a": ("nl19_fi_escalatedrug", """Hei Aino,

Näemme, että olet vienyt riidan alustan käsiteltäväksi, ja ymmärrämme hyvin, miksi olet turhautunut, kun väri ei vastannut kuvaa.

Teemme yhteistyötä alustan riitaselvittäjän kanssa ja toimitamme hänelle oman näyttömme.

Olemme edelleen valmiita etsimään ratkaisua yhdessä kanssasi, joten kerro ihmeessä, jos haluat jutella vaihtoehdoista.

Ystävällisin terveisin, Kotimatto"""),
"nl20a": ("nl20_pl_receivedcoat", """Dzień dobry, Pani Katarzyno,

dziękujemy za wiadomość. Zwrócony płaszcz dotarł już do nas.

Zwrot pieniędzy zostanie teraz zrealizowany przez platformę.

Przykro nam, że płaszcz nie spełnił Pani oczekiwań, i mamy nadzieję, że w przyszłości znów będziemy mogli Panią obsłużyć.

Zespół Modna Szafa"""),
"nl21a": ("nl21_uk_partialkettle", """Добрий день, Олександре!

Дякуємо за фото. Ми бачимо тріщину на корпусі та розуміємо, що користуватися таким чайником неможливо. Щиро перепрошуємо.

Пропонуємо вам два варіанти: залишити чайник і отримати часткове повернення коштів до 290.00 UAH або повернути чайник і отримати повне відшкодування.

Який варіант вам більше підходить?

Команда «Дім і Кухня»"""),
"nl22a": ("nl22_el_customsunknown", """Γεια σας Γιώργο,

Βλέπουμε ότι το δέμα σας κρατείται αυτή τη στιγμή στο τελωνείο· μπορείτε να το παρακολουθείτε με τον αριθμό αποστολής ET310056782GR.

Ελέγχουμε ήδη με τη μεταφορική τι χρειάζεται το τελωνείο για να το αποδεσμεύσει, και θα σας ενημερώσουμε μόλις μάθουμε.

Σας παρακαλούμε για λίγη υπομονή μέχρι να τακτοποιηθεί αυτό. Ευχαριστούμε πολύ για την κατανόηση!

Η ομάδα του Ήχος Shop"""),
"nl23a": ("nl23_en_transitcharger", """Hey Jordan,

Totally get the worry, a week without a tracking update is unnerving. The good news: your charging stand is still on its way, and you can follow it with tracking number 9400111206213385074412.

Would you mind closing the dispute for now? We'll extend your purchase protection by 10 days, so you stay fully covered until the parcel is in your hands.

Thanks for bearing with us!

Sam at VoltNest"""),
"nl23b": ("nl23_en_transitcharger", """Dear Jordan Miller,
Thank you for your patience. Your order is in transit with USPS under tracking number 9400111206213385074412, and it is still moving towards you.
May we kindly ask you to close the dispute for the time being? In return we will extend your purchase protection by 10 days, so you remain fully protected while the parcel completes its journey.
Kind regards,
Sam at VoltNest"""),
"nl24a": ("nl24_es_wrongitem", """Hola, Lucía:

Sentimos muchísimo que te haya llegado una funda de otra medida y otro color; entendemos que no es lo que pediste y queremos solucionarlo contigo.

Para poder revisarlo rápido, ¿podrías enviarnos fotos del artículo recibido y de la etiqueta de envío del paquete?

En cuanto las recibamos, las revisaremos y te responderemos con una solución.

El equipo de Casa Brisa"""),
}
