"""The 30 hand-written good replies of set "sixtieth". Key: good id -> (dispute stem, text)."""

GOOD = {}

GOOD["nn01a"] = ("nn01_en_cracked_teapot", """Hi Oliver,

I'm so sorry the teapot reached you with a cracked spout and a crushed box, especially when it was meant to be a gift. That's not how we want anything from us to arrive.

So we can look into it properly, could you send us a couple of photos of the crack and of the outer box as it was delivered? Just attach them here in the dispute.

As soon as they come in, I'll go through them myself and get back to you with a solution.

Warm regards, Priya at Hearth & Kettle""")

GOOD["nn01b"] = ("nn01_en_cracked_teapot", """Dear Oliver Bennett,

Thank you for letting us know, and please accept our apologies: a teapot with a cracked spout is a real let-down, all the more so for a present.

Would you kindly upload photos of the damage and of the outer packaging as it arrived? These help us see what happened in transit.

We will review them the moment they arrive and reply with a way to put this right.

Warm regards, Priya at Hearth & Kettle""")

GOOD["nn02a"] = ("nn02_es_mochila_transito", """Hola, Valentina:

Entiendo perfectamente tu preocupación; esperar tanto una compra no es agradable. Te cuento que tu mochila sigue en camino: puedes seguirla con el número de seguimiento LP00600200300CN.

Como todavía está viajando, ¿podrías cerrar la disputa por ahora? Para que no pierdas ninguna protección, extenderemos tu protección de compra por 20 días, así quedas cubierta hasta que el paquete llegue.

Gracias por tu paciencia.

Saludos cordiales, equipo Cumbre Outdoor""")

GOOD["nn02b"] = ("nn02_es_mochila_transito", """Valentina Ruiz, ¡buenas tardes!

Sentimos mucho la espera. Esto es lo que sabemos:
- Tu paquete está en tránsito y su número de seguimiento es LP00600200300CN.
- Ampliaremos tu protección de compra 20 días más, para que sigas totalmente protegida mientras llega.

Por eso te pedimos, con toda amabilidad, que cierres la disputa de momento. Si algo cambia, aquí estamos.

Saludos cordiales, equipo Cumbre Outdoor""")

GOOD["nn03a"] = ("nn03_ru_chainik_partial", """Здравствуйте, Анна!

Спасибо за фотографии. Мы видим ржавчину на дне чайника, и нам очень жаль, что так вышло уже через неделю использования.

Мы можем предложить вам два варианта: оставить чайник и получить частичный возврат до 800.00 RUB либо вернуть товар и получить полный возврат средств.

Какой вариант вам удобнее? Напишите, пожалуйста, здесь, в споре.

С уважением, команда ТехноДом""")

GOOD["nn04a"] = ("nn04_ja_reship_confirm", """佐藤 美咲様

このたびは再送にご同意いただき、誠にありがとうございます。
商品を改めて発送いたしました。新しい追跡番号はEJ600400999JPです。
新しい荷物の配送状況は私どもでもしっかり確認し、何かあればすぐにお知らせいたします。
届くまでもうしばらくお待ちくださいませ。

ことり雑貨店 スタッフ一同""")

GOOD["nn05a"] = ("nn05_fr_retour_manteau", """Bonjour Camille,

La plateforme a décidé d'un retour avec remboursement, et nous acceptons tout à fait cette décision. Nous sommes désolés que la couleur du manteau ne vous ait pas convenu.

Merci de renvoyer le manteau à cette adresse : Atelier Sauge Retours, 4 allée des Tisserands, 69003 Lyon, France

Le remboursement sera effectué dès que le colis nous sera parvenu ; pensez à ajouter le numéro de suivi du retour dans le litige.

Nous espérons avoir le plaisir de vous servir à nouveau.

Bien cordialement, l'équipe Atelier Sauge""")

GOOD["nn05b"] = ("nn05_fr_retour_manteau", """Chère Camille Lefèvre,

Nous avons bien pris connaissance de la décision de la plateforme : un retour avec remboursement, que nous acceptons sans réserve.
Voici l'adresse de retour : Atelier Sauge Retours, 4 allée des Tisserands, 69003 Lyon, France.
Dès réception du manteau, votre remboursement sera lancé. Pourriez-vous indiquer le numéro de suivi du colis retour dans le litige ?
Au plaisir de vous retrouver bientôt dans notre boutique.

Bien cordialement, l'équipe Atelier Sauge""")

GOOD["nn06a"] = ("nn06_de_zoll_kaeufer", """Hallo Herr Hoffmann,

wir verstehen gut, dass das Warten ärgerlich ist. Ihr Paket liegt derzeit beim Zoll; Sie können es mit der Sendungsnummer JJD600600700DE verfolgen.

Bei dieser Bestellung trägt der Käufer die Einfuhrabgaben. Dürften wir Sie daher bitten, die Abgaben zu bezahlen und die Zollabfertigung abzuschließen? Danach wird das Paket freigegeben und zugestellt.

Falls der Zoll Unterlagen wie die Rechnung verlangt, schicken wir sie Ihnen sofort zu.

Herzliche Grüße, Ihr Bohnenwerk-Team""")

GOOD["nn06b"] = ("nn06_de_zoll_kaeufer", """Guten Tag Lukas Hoffmann,

danke für Ihre Nachricht – und Entschuldigung für die Unannehmlichkeiten. Kurz zusammengefasst:

Ihr Paket mit der Sendungsnummer JJD600600700DE wird im Moment vom Zoll zurückgehalten.
Laut den Bedingungen dieser Bestellung übernimmt der Käufer die Einfuhrabgaben; bitte begleichen Sie diese beim Zoll, damit die Abfertigung abgeschlossen werden kann.
Benötigt der Zoll ein Dokument, etwa die Rechnung, stellen wir es Ihnen gern umgehend bereit.

Herzliche Grüße, Ihr Bohnenwerk-Team""")

GOOD["nn07a"] = ("nn07_it_pacco_perso", """Ciao Giulia,

ci dispiace davvero tanto: sembra proprio che il tuo pacco sia andato perso durante il viaggio, e capiamo la tua delusione dopo una così lunga attesa.

Vorresti che ti spedissimo di nuovo la lampada, senza alcun costo aggiuntivo? Se ti va bene, rispondi qui per confermare e controlla che il tuo indirizzo di spedizione sia corretto.

Luce Viva team""")

GOOD["nn08a"] = ("nn08_pt_aguardar_decisao", """Olá, Rafael!

Entendemos sua frustração por ainda não ter recebido o fone. Queremos que saiba que já enviamos nossas provas para a plataforma.

Agora o especialista em disputas da plataforma vai analisar o caso e tomar a decisão, e nós vamos respeitá-la, seja qual for.

Enquanto isso, continuamos à disposição aqui na disputa se você tiver qualquer dúvida.

Abraços, equipe Som Brasil Store""")

GOOD["nn09a"] = ("nn09_nl_escalatie", """Beste Sanne,

We zien dat u het geschil naar het platform hebt doorgezet, en we begrijpen heel goed dat u gefrustreerd bent na zo'n lange wachttijd.

We werken volledig mee met de geschilspecialist van het platform en leveren ons bewijs aan. Tegelijk staan we er nog steeds voor open om samen met u tot een oplossing te komen.

Met vriendelijke groet, team Trapkracht""")

GOOD["nn10a"] = ("nn10_tr_iade_alindi", """Merhaba Elif Hanım,

İade ettiğiniz fincan seti bize ulaştı, teşekkür ederiz.
Para iadeniz şimdi platform üzerinden gerçekleştirilecek.
Yanlış ürün gönderildiği için yaşadığınız aksaklıktan dolayı tekrar özür dileriz. Sabrınız ve anlayışınız için de ayrıca minnettarız.
Gelecekte yeniden sizinle alışveriş yapmayı ve bu kez size doğru ürünü ulaştırmayı umuyoruz.

Sevgiyle, Fincan Atölyesi ekibi""")

GOOD["nn11a"] = ("nn11_ko_size_evidence", """김민준 고객님, 안녕하세요.

주문하신 패딩 점퍼의 사이즈가 맞지 않아 불편을 드려 정말 죄송합니다.
빠르게 확인할 수 있도록, 점퍼를 평평하게 펼친 뒤 줄자를 가로로 대고 사이즈 라벨이 함께 보이도록 찍은 사진을 보내 주시겠어요?
사진을 받는 대로 바로 확인하고 해결 방법을 안내해 드리겠습니다.

하늘패션 드림""")

GOOD["nn12a"] = ("nn12_zh_tw_transit", """陳怡君您好：

讓您久等了，非常理解您的擔心。您的包裹目前仍在運送途中，可以用追蹤號碼 RR600120140TW 隨時查詢進度。
由於包裹還在路上，能否麻煩您先關閉這次糾紛？我們會把您的購買保障延長 10 天，讓您在包裹送達前都能受到完整保障。
謝謝您的耐心與體諒。

小巷生活館 敬上""")

GOOD["nn13a"] = ("nn13_ar_partial_refund", """مرحباً ليلى حسن،

شكراً لكِ على الصور والفيديو، ونرى بوضوح أن الطقم وصلكِ ناقصاً، ونعتذر بصدق عن هذا الإزعاج.
يمكننا أن نعرض عليكِ خيارين: الاحتفاظ بالطقم مع استرداد جزئي يصل إلى 96.00 AED، أو إعادة المنتج واسترداد المبلغ كاملاً.
أي الخيارين تفضلين؟ يسعدنا أن نعرف رأيكِ هنا في النزاع.

مع أطيب التحيات، فريق بيت المطبخ""")

GOOD["nn14a"] = ("nn14_sv_ny_sandning", """Hej Erik,

Tack för att du vill att vi skickar filten på nytt!
Vi har nu skickat en ny filt till dig, och det nya spårningsnumret är UA600149999SE.
Vi håller ett öga på det nya paketet och hör av oss här om något händer på vägen.
Hoppas att den värmer fint när den kommer fram.

Vänliga hälsningar, Nordvärme""")

GOOD["nn15a"] = ("nn15_cs_vraceni", """Dobrý den, paní Nováková,

platforma rozhodla o vrácení zboží a peněz a my toto rozhodnutí plně respektujeme. Mrzí nás, že myš nefungovala.

Prosíme, pošlete ji zpět na tuto adresu: KlikShop vratky, Průmyslová 22, 602 00 Brno, Česko

Peníze vám vrátíme, jakmile vrácená zásilka dorazí. Prosíme také o doplnění sledovacího čísla zpětné zásilky do sporu.

Budeme rádi, když u nás v budoucnu znovu nakoupíte.

S pozdravem, tým KlikShop""")

GOOD["nn16a"] = ("nn16_ro_vama_vanzator", """Bună ziua, Andrei,

Coletul dumneavoastră este reținut momentan la vamă; îl puteți urmări cu numărul de urmărire FC600160180RO.
Vă asigurăm că noi plătim taxele vamale și ne ocupăm de vămuire, așa că nu aveți nimic de plătit.
Vă rugăm frumos să mai aveți puțină răbdare până când vama eliberează coletul. Ne pare rău pentru întârziere.

Cu drag, echipa Casa Bucătarului""")

GOOD["nn17a"] = ("nn17_hu_elveszett_csomag", """Kedves Kovács Eszter!

Nagyon sajnáljuk, úgy tűnik, a csomagja elveszett útközben. Tudjuk, milyen bosszantó, amikor egy várva várt csomag nem érkezik meg.
Szeretné, ha újra elküldenénk Önnek a sálat, mindenféle további költség nélkül?
Kérjük, válaszoljon itt a megerősítéshez, és nézze át, hogy a szállítási címe helyes-e.
Köszönjük a türelmét és a megértését.

Üdvözlettel: a Melegház Bolt csapata""")

GOOD["nn18a"] = ("nn18_da_afvent_afgorelse", """Kære Mette,

Tak for din besked. Vi har allerede sendt vores dokumentation til platformen.
Platformens tvistspecialist træffer nu afgørelsen, og vi vil selvfølgelig respektere den.
Vi forstår godt, at du er i tvivl om brillerne, og vi er her stadig, hvis du har spørgsmål undervejs.

Venlig hilsen, Nordlys Optik""")

GOOD["nn19a"] = ("nn19_fi_eskalointi", """Hei Aino,

Näemme, että olet vienyt riidan alustalle, ja ymmärrämme hyvin, että olet turhautunut.
Teemme yhteistyötä alustan riitaselvittäjän kanssa ja toimitamme hänelle oman näyttömme.
Olemme edelleen valmiita etsimään ratkaisun yhdessä kanssasi, joten kerro rohkeasti, mikä villasukissa ei ollut kunnossa. Haluamme todella, että asia päättyy hyvin.

Ystävällisin terveisin, Lämpö Kauppa""")

GOOD["nn20a"] = ("nn20_pl_zwrot_odebrany", """Szanowna Pani Katarzyno Wiśniewska,

potwierdzamy, że odesłany wazon dotarł do nas.
Zwrot pieniędzy zostanie teraz zrealizowany za pośrednictwem platformy.
Bardzo przepraszamy za kłopot z uszkodzonym wazonem i dziękujemy za cierpliwość. Mamy nadzieję, że jeszcze kiedyś będziemy mogli coś dla Pani przygotować.

Pozdrawiamy serdecznie, Szklana Chata""")

GOOD["nn21a"] = ("nn21_uk_chastkove_povernennia", """Вітаю, пані Олено Коваленко!

Дякуємо за фото. Бачимо, що колір светра справді відрізняється від зеленого, і нам дуже прикро, що ви засмучені.
Пропонуємо два варіанти: залишити светр із частковим поверненням коштів до 290.00 UAH або повернути товар і отримати повне відшкодування.
Який варіант вам більше підходить?

З повагою, команда Тепла Хата""")

GOOD["nn22a"] = ("nn22_el_telonio", """Αγαπητέ κύριε Παπαδόπουλε,

Βλέπουμε ότι το δέμα σας κρατείται αυτή τη στιγμή στο τελωνείο· μπορείτε να το παρακολουθείτε με τον αριθμό αποστολής EL600220240GR.
Ελέγχουμε με τη μεταφορική εταιρεία τι χρειάζεται το τελωνείο για να αποδεσμεύσει το δέμα και θα σας ενημερώσουμε μόλις μάθουμε.
Σας παρακαλούμε για λίγη υπομονή μέχρι να τακτοποιηθεί αυτό. Λυπούμαστε για την αναμονή.

Με εκτίμηση, η ομάδα της Κουζίνα Plus""")

GOOD["nn23a"] = ("nn23_en_us_transit", """Hey Marcus,

I hear you, and I'm sorry the wait is messing with your job plans. The good news: your drill is on its way, and you can follow it with tracking number 9400160023025000000123.

Since it's still moving through the network, could you close the dispute for now? We'll extend your purchase protection by 30 days, so you're fully covered until the package shows up.

Thanks for bearing with us.

Cheers, the Toolbench Direct crew""")

GOOD["nn23b"] = ("nn23_en_us_transit", """Dear Marcus Hill,

Thank you for your message, and we apologise for the worry this delay has caused.
Your parcel is in transit and can be followed with tracking number 9400160023025000000123.
We would kindly ask you to close the dispute for now. In return, we will extend your purchase protection by 30 days, so you remain fully protected while the parcel completes its journey.

Cheers, the Toolbench Direct crew""")

GOOD["nn24a"] = ("nn24_es_batidora_averiada", """Hola, Javier:

Lamentamos mucho que la batidora no encienda; entendemos lo frustrante que es.
Para poder revisarlo rápido, ¿podrías enviarnos un vídeo corto en el que se vea la batidora enchufada, al pulsar el botón de encendido, y que muestre el fallo?
En cuanto lo recibamos, lo revisaremos y te propondremos una solución.

Un saludo, el equipo de Cocina Viva""")

GOOD["nn24b"] = ("nn24_es_batidora_averiada", """Estimado Javier Morales:

Sentimos las molestias que le está causando la batidora que no arranca.
Le agradeceríamos que grabara un vídeo breve mostrando el aparato enchufado y el fallo al intentar encenderlo, y lo adjuntara en la disputa.
Nada más recibirlo, nuestro equipo técnico lo estudiará y le responderemos con una solución.

Un saludo, el equipo de Cocina Viva""")
