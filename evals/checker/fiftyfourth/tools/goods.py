"""The 30 good replies of the nu set, written by hand (one per dispute + 6 second replies)."""

GOOD = {}

GOOD["nu01a"] = ("nu01_en_wrongitem", """Dear Oliver Hughes,

I'm so sorry — opening the box and finding a glass teapot instead of the matte black pour-over set you ordered must have been really frustrating, and I completely understand why you're annoyed. We want to put this right with you.

So that we can check what happened, could you please send us photos of the item received and of the parcel's shipping label? You can attach them right here in the dispute.

As soon as they arrive, I'll look at them personally and come back to you with a solution.

Thank you for your patience,
Priya at Hearth & Kettle""")

GOOD["nu01b"] = ("nu01_en_wrongitem", """Hi Oliver Hughes,
Thank you for letting us know, and apologies — a glass teapot is clearly not the coffee set you paid for. We'll get this sorted out with you.
Could you share a couple of photos here in the dispute: one of the item you received and one of the shipping label on the parcel? That lets us trace where the mix-up happened.
We'll review them the moment they come in and get back to you with a solution straight away.
Kind regards,
Priya at Hearth & Kettle""")

GOOD["nu02a"] = ("nu02_es_transit", """Hola, Mariana López:

Entendemos perfectamente tu preocupación y lamentamos que la espera se esté haciendo tan larga. Te confirmamos que tus audífonos siguen en camino; puedes seguir el envío con el número de rastreo LP00421987653CN.

Como el paquete todavía está en tránsito, ¿podrías cerrar la disputa por ahora? Para que sigas completamente protegida, extenderemos tu protección de compra por 20 días mientras llega el paquete.

Cualquier duda, aquí estamos para ayudarte por este mismo chat.

Saludos cordiales,
Tienda Sonora team""")

GOOD["nu03a"] = ("nu03_ru_partial", """Здравствуйте, Анна Смирнова!

Спасибо, что прислали фотографии. Мы хорошо видим затяжки и дырку на краю пледа, и нам искренне жаль — тем более что это был подарок для вашей мамы.

Мы можем предложить вам два варианта:
— оставить плед и получить частичный возврат до 1125.00 RUB;
— вернуть плед и получить полный возврат средств.

Подскажите, пожалуйста, какой вариант вам больше подходит? Как только вы ответите, мы сразу оформим выбранное решение на платформе.

С уважением,
Команда магазина «Уютный Дом»""")

GOOD["nu03b"] = ("nu03_ru_partial", """Анна Смирнова, добрый день.

Благодарим за фото — дефекты пледа на них видны отчётливо. Приносим извинения за такое качество и за испорченный подарок.

Предлагаем на выбор:
— вы оставляете плед, а мы делаем частичный возврат в размере до 1125.00 RUB;
— вы отправляете плед обратно и получаете полный возврат.

Какой вариант вы предпочитаете? Напишите нам здесь, в споре.

Команда магазина «Уютный Дом»""")

GOOD["nu04a"] = ("nu04_ja_reshipconfirm", """佐藤 美咲 様

このたびは再送にご同意いただき、誠にありがとうございます。最初の荷物をお届けできず、ご不便をおかけしましたことを心よりお詫び申し上げます。

マグカップを改めて発送いたしました。新しい追跡番号は LP00733298001CN です。

新しい荷物の配送状況は私どもでもしっかりと見守り、動きがあり次第こちらでお知らせいたします。無事にお手元に届きますように。

Sakura Craft Shop team""")

GOOD["nu05a"] = ("nu05_fr_returnaddr", """Bonjour Camille Laurent,

Nous sommes vraiment désolés pour l'écran fissuré de votre montre. La plateforme a décidé d'un retour avec remboursement, et nous acceptons bien sûr cette décision.

Voici à nouveau l'adresse de retour :
Boutique Lumen – Service Retours, 8 rue de la Gare, 69007 Lyon, France

Le remboursement sera effectué dès que la montre nous sera parvenue. Pensez simplement à ajouter le numéro de suivi du retour dans le litige, afin que nous puissions suivre le colis.

Nous espérons sincèrement avoir l'occasion de vous servir à nouveau à l'avenir.

Sophie, Boutique Lumen""")

GOOD["nu05b"] = ("nu05_fr_returnaddr", """Chère Camille Laurent,

Merci pour votre message, et encore pardon pour cette déception. Nous prenons acte de la décision de la plateforme : retour et remboursement.

Adresse de retour : Boutique Lumen – Service Retours, 8 rue de la Gare, 69007 Lyon, France.

Dès réception de la montre, votre remboursement sera traité. Pourriez-vous ajouter au litige le numéro de suivi de votre envoi retour ?

Au plaisir de vous retrouver bientôt parmi nos clients.

Sophie, Boutique Lumen""")

GOOD["nu06a"] = ("nu06_de_customsbuyer", """Hallo Lukas Becker,

vielen Dank für Ihre Geduld – wir verstehen gut, dass das lange Warten ärgerlich ist. Ihr Paket wird derzeit vom Zoll festgehalten; Sie können es jederzeit mit der Sendungsnummer RR482019374CN verfolgen.

Bei dieser Bestellung trägt der Käufer die Einfuhrabgaben. Könnten Sie daher bitte die Zollgebühren bezahlen und die Zollabfertigung abschließen? Danach wird die Maschine direkt an Sie zugestellt.

Falls der Zoll Unterlagen verlangt, zum Beispiel die Rechnung, schicken wir Ihnen diese sehr gern sofort.

Herzliche Grüße
Ihr Team von Kaffeewerk""")

GOOD["nu06b"] = ("nu06_de_customsbuyer", """Guten Tag Lukas Becker,

es tut uns leid, dass Sie so lange auf Ihre Espressomaschine warten müssen. Laut Sendungsverfolgung (RR482019374CN) liegt das Paket gerade beim Zoll.

Für diese Bestellung sind die Einfuhrabgaben vom Käufer zu tragen. Wir möchten Sie deshalb freundlich bitten, die Abgaben zu begleichen und die Verzollung abzuschließen.

Braucht der Zoll dafür ein Dokument wie die Handelsrechnung, geben Sie uns einfach hier Bescheid – wir stellen es Ihnen umgehend zur Verfügung.

Ihr Team von Kaffeewerk""")

GOOD["nu07a"] = ("nu07_it_offerreship", """Gentile Giulia Romano,

ci dispiace davvero tanto: sembra proprio che il suo pacco sia andato smarrito durante il viaggio, e capiamo quanto sia deludente, soprattutto per un regalo di Natale.

Desidera che le spediamo di nuovo la borsa, senza alcun costo aggiuntivo?

Se le va bene, ci risponda qui per confermare e controlli che l'indirizzo di spedizione sia corretto, così partiamo subito.

Un caro saluto,
Bottega Nova team""")

GOOD["nu08a"] = ("nu08_pt_await", """Olá, Rafael Oliveira,

Entendemos sua frustração e sentimos muito pela demora. Queremos explicar como fica a situação agora.

Nós já enviamos todas as nossas evidências para a plataforma. A partir daqui, o especialista em disputas da plataforma vai analisar o caso e tomar a decisão — e nós vamos respeitar o que for decidido.

Enquanto isso, continuamos à disposição: se tiver qualquer dúvida, é só responder aqui mesmo.

Um abraço,
Equipe Casa Brilho""")

GOOD["nu09a"] = ("nu09_nl_escalation", """Beste Sanne de Vries,

We zien dat u het geschil naar het platform heeft doorgezet, en we begrijpen heel goed dat u gefrustreerd bent na zo'n lange wachttijd. Dat spijt ons echt.

We gaan volledig samenwerken met de geschillenspecialist van het platform en geven hem al ons bewijs, zodat uw zaak goed bekeken kan worden.

Tegelijk staan we nog steeds open om samen met u tot een oplossing te komen. Laat het ons hier gerust weten als u ideeën of vragen heeft.

Met vriendelijke groet,
Our Store team""")

GOOD["nu10a"] = ("nu10_tr_returnrecv", """Merhaba Elif Yılmaz,

İade ettiğiniz cüzdan elimize ulaştı; gönderdiğiniz için çok teşekkür ederiz. Ücret iadeniz şimdi platform üzerinden size yapılacak.

Cüzdanın rengi beklentinizi karşılamadığı için gerçekten üzgünüz, sabrınız ve anlayışınız için ayrıca teşekkür ederiz. İleride sizinle yeniden alışveriş yapma fırsatı bulmayı umuyoruz.

Saygılarımızla,
Anka Deri team""")

GOOD["nu11a"] = ("nu11_ko_notworking", """김민준 님, 안녕하세요.

스피커 전원이 켜지지 않는다니 정말 죄송합니다. 기대하고 기다리셨을 텐데 실망이 크셨을 것 같습니다. 꼭 해결해 드리고 싶습니다.

빠르게 확인할 수 있도록, 제품의 전원을 켜는 모습과 고장 증상이 나타나는 장면을 담은 짧은 동영상을 보내 주시겠어요? 이 분쟁 페이지에 첨부해 주시면 됩니다.

영상을 받는 대로 바로 확인하고 해결 방법을 안내해 드리겠습니다.

소리마켓 고객지원팀""")

GOOD["nu12a"] = ("nu12_zh_transit", """陳怡君 您好：

非常理解您的擔心，讓您久等了，真的很抱歉。您的花瓶目前仍在運送途中，您可以透過追蹤號碼 LP00590312846CN 查看最新進度。

由於包裹還在路上，能否麻煩您先關閉這次的糾紛？我們會將您的購買保障延長 30 天，讓您在包裹送達前都能獲得完整的保障。

如有任何問題，歡迎隨時在這裡留言給我們。

晨光生活館客服團隊""")

GOOD["nu12b"] = ("nu12_zh_transit", """陳怡君 您好，

謝謝您的耐心等候。物流資訊一段時間沒有更新確實會讓人不安，我們查詢後確認花瓶還在運送中，追蹤號碼是 LP00590312846CN。

想請您幫個忙：先將糾紛關閉。同時我們會為您延長購買保障 30 天，保障期內若有任何狀況，您仍然完全受到保護。

祝您有美好的一天！

晨光生活館客服團隊""")

GOOD["nu13a"] = ("nu13_ar_partial", """مرحباً أحمد المنصوري،

شكراً لك على الصور التي أرسلتها. نرى بوضوح أن لون السجادة يختلف عن صورة الإعلان، ونعتذر بصدق عن هذا الإزعاج.

يسعدنا أن نقدم لك خيارين:
- أن تحتفظ بالسجادة مع استرداد جزئي يصل إلى 128.00 SAR؛
- أو أن تعيد السجادة وتحصل على استرداد كامل للمبلغ.

أي الخيارين تفضّل؟ أخبرنا هنا وسنتابع معك فوراً.

مع أطيب التحيات،
متجر الواحة team""")

GOOD["nu14a"] = ("nu14_sv_reshipconfirm", """Hej Erik Lindqvist,

Tack för att du går med på att vi skickar ryggsäcken igen, och förlåt för besväret med det första paketet.

Ryggsäcken är nu skickad på nytt till samma adress. Det nya spårningsnumret är LP00244790112CN.

Vi håller koll på det nya paketet hela vägen och hör av oss här så fort något händer.

Hälsningar, Nordljus Butik""")

GOOD["nu15a"] = ("nu15_cs_returnaddr", """Dobrý den, Tereza Nováková,

platforma rozhodla o vrácení zboží a vrácení peněz a my toto rozhodnutí plně přijímáme. Je nám líto, že vám bunda nesedla.

Bundu prosím pošlete zpět na tuto adresu:
Domov Plus – vratky, Skladová 12, 150 00 Praha 5, Česká republika

Peníze vám vrátíme, jakmile vrácená bunda dorazí. Prosíme také o doplnění sledovacího čísla zásilky do sporu.

Doufáme, že s námi budete i v budoucnu ráda nakupovat.

S pozdravem
Domov Plus team""")

GOOD["nu16a"] = ("nu16_ro_customsseller", """Bună ziua, Andrei Popescu,

Înțelegem perfect frustrarea dumneavoastră și ne pare rău pentru confuzie. Coletul este reținut momentan la vamă; îl puteți urmări cu numărul de urmărire RR736105248CN.

Vă liniștim: noi plătim taxele vamale și ne ocupăm de vămuire, deci dumneavoastră nu aveți nimic de plătit.

Vă rugăm să mai aveți puțină răbdare până când vama eliberează coletul.

Cu stimă,
Echipa Atelier Casa""")

GOOD["nu17a"] = ("nu17_hu_offerreship", """Kedves Nagy Eszter!

Nagyon sajnáljuk: úgy tűnik, a csomagja elveszett útközben. Tudjuk, mennyire várta, és megértjük a csalódottságát.

Szeretné, ha újra elküldenénk Önnek a lámpa szettet, mindenféle többletköltség nélkül?

Kérjük, válaszában erősítse meg, és ellenőrizze, hogy a szállítási címe helyes-e.

Üdvözlettel:
Kert és Otthon team""")

GOOD["nu18a"] = ("nu18_da_await", """Hej Mads Kristensen,

Tak for din besked, og vi er kede af, at der manglede dele i sættet. Vi har allerede sendt vores dokumentation til platformen.

Nu er det platformens tvistspecialist, der træffer afgørelsen, og vi vil selvfølgelig respektere den.

Har du spørgsmål undervejs, er vi stadig her for at hjælpe – skriv blot her i sagen.

Med venlig hilsen, Hygge Hjem""")

GOOD["nu19a"] = ("nu19_fi_escalation", """Hei Aino Virtanen,

Näemme, että olet vienyt riidan alustalle, ja ymmärrämme hyvin turhautumisesi – sukkien ei todellakaan pitäisi hajota ensimmäisessä pesussa.

Teemme yhteistyötä alustan riitojenratkaisijan kanssa ja toimitamme hänelle oman näyttömme.

Olemme edelleen avoimia löytämään ratkaisun yhdessä kanssasi, joten kerro mielellään täällä, jos sinulla on toiveita.

Ystävällisin terveisin,
Revontuli Kauppa team""")

GOOD["nu20a"] = ("nu20_pl_returnrecv", """Dzień dobry, Katarzyna Wiśniewska,

dziękujemy za wiadomość. Potwierdzamy, że zwrócona lampka dotarła do nas w porządku. Zwrot pieniędzy zostanie teraz zrealizowany za pośrednictwem platformy.

Przepraszamy za pomyłkę z wysłanym produktem i dziękujemy za cierpliwość. Mamy nadzieję, że jeszcze kiedyś zrobi Pani u nas zakupy.

Pozdrawiamy serdecznie,
Zespół Sklepu Promyk""")

GOOD["nu21a"] = ("nu21_uk_partial", """Добрий день, Олена Коваленко!

Дякуємо за фото з рулеткою — на них добре видно, що пальто менше, ніж зазначено в таблиці розмірів. Нам дуже шкода, що так сталося.

Ми можемо запропонувати вам два варіанти: залишити пальто з частковим поверненням коштів до 480.00 UAH або повернути пальто й отримати повне відшкодування.

Який варіант вам зручніший? Напишіть нам, будь ласка, тут.

Затишна Оселя, служба підтримки""")

GOOD["nu22a"] = ("nu22_el_damaged", """Γεια σας Γιώργος Παπαδόπουλος,

Λυπούμαστε πραγματικά που το βάζο έφτασε σπασμένο, και μάλιστα ενώ ήταν για δώρο. Θέλουμε να το λύσουμε μαζί σας.

Για να το ελέγξουμε γρήγορα, θα μπορούσατε να μας στείλετε φωτογραφίες της ζημιάς και της εξωτερικής συσκευασίας όπως ακριβώς έφτασε;

Μόλις τις λάβουμε, θα τις εξετάσουμε αμέσως και θα επανέλθουμε με μια λύση.

Με εκτίμηση,
Η ομάδα του Elia Home""")

GOOD["nu23a"] = ("nu23_en_transit", """Hi Jessica Turner,

I totally get it — waiting on a package when the tracking barely moves is stressful, and I'm sorry for the worry. Your skillet is on its way to you, and you can follow it with tracking number LP00317764925CN.

Since it's still moving through the network, could you kindly close the dispute for now? We'll also extend your purchase protection by 15 days, so you stay fully covered until the skillet arrives.

Thanks so much for bearing with us.

Dan, Maple & Pine Goods""")

GOOD["nu24a"] = ("nu24_es_customsabsent", """Hola, Javier Martín:

Lamentamos mucho la espera y entendemos que estés harto; tienes toda la razón en querer respuestas. Tu paquete está retenido en la aduana en este momento, y puedes seguirlo con el número de seguimiento RR920384756CN.

Ya estamos consultando con el transportista qué necesita la aduana para liberar el envío, y te informaremos en cuanto lo sepamos.

Te pedimos un poco de paciencia mientras lo resolvemos.

Un saludo, equipo de Tienda Brisa""")

GOOD["nu24b"] = ("nu24_es_customsabsent", """Estimado Javier Martín:

Disculpe las molestias. Hemos comprobado que su paquete, con número de seguimiento RR920384756CN, se encuentra retenido en aduanas.

Estamos verificando con la empresa de transporte qué documentación o trámite exige la aduana para liberarlo, y le mantendremos informado en cuanto tengamos novedades.

Le rogamos un poco más de paciencia mientras se soluciona. Sabemos que la espera está siendo larga y agradecemos su comprensión.

Un saludo, equipo de Tienda Brisa""")
