"""Good replies, written by hand for this set: id -> (dispute file, buyer language, text)."""
GOOD = {
"ov01a": ("ov01_evidence_en.json", "en", """Hi Megan,

I'm really sorry the coffee set reached you cracked and in a crushed box, that's not how it should arrive. So we can look into it properly, could you please send us photos of the damage and of the outer packaging as it arrived? As soon as we receive them, we'll check everything and come back to you with a solution.

Tom, Brewline Home support"""),
"ov01b": ("ov01_evidence_en.json", "en", """Dear Megan,

Thank you for letting us know, and sorry for the trouble with your pour-over set. A cracked dripper is disappointing when you've been waiting for it.

Could you upload a few photos of the damage and of the outer packaging as it arrived? Once they're in, we will review them straight away and get back to you with a solution.

Kind regards,
Tom, Brewline Home support"""),
"ov02a": ("ov02_transit_esmx.json", "es", """¡Hola, Alejandro!

Entiendo tu preocupación, tres semanas de espera se sienten largas. Te confirmo que tu paquete va en camino y puedes seguirlo con el número de rastreo LP00452218930CN. ¿Podrías cerrar la disputa por ahora? Nosotros ampliamos tu protección de compra por 20 días, así sigues totalmente protegido hasta que lleguen tus audífonos.

Gracias por tu paciencia.
SonicMex Shop team"""),
"ov02b": ("ov02_transit_esmx.json", "es", """Hola Alejandro, buenas tardes.

Lamentamos la demora con tus audífonos. Revisamos el envío y sigue en tránsito con Estafeta; el número de guía es LP00452218930CN.

Te pedimos de favor que cierres la disputa por el momento. A cambio extenderemos tu protección de compra 20 días, para que no pierdas ninguna garantía mientras llega el paquete.

Quedamos atentos,
SonicMex Shop team"""),
"ov03a": ("ov03_customs_buyer_ru.json", "ru", """Здравствуйте, Ирина!

Спасибо, что написали нам. Мы видим, что ваша посылка сейчас находится на таможне; отслеживать её можно по номеру RR704512338CN. По условиям этого заказа ввозную пошлину оплачивает покупатель, поэтому просим вас оплатить её и завершить таможенное оформление. Если таможне понадобится какой-либо документ, например инвойс, мы с радостью его пришлём.

Команда CleanBot Official"""),
"ov04a": ("ov04_offer_reship_ja.json", "ja", """佐藤 美咲様

お問い合わせありがとうございます。追跡を確認したところ、大変申し訳ございませんが、お荷物は配送途中で紛失してしまったようです。
追加のご負担なしで、商品をもう一度お送りいたしましょうか。
ご希望の場合はこちらにご返信いただき、あわせてお届け先のご住所に誤りがないかご確認ください。

Kinoko Crafts team"""),
"ov05a": ("ov05_confirm_reship_fr.json", "fr", """Bonjour Amandine,

Merci beaucoup d'avoir accepté un nouvel envoi, et encore désolés pour ce colis égaré. Votre tapis de yoga est reparti aujourd'hui : le nouveau numéro de suivi est LP00610099157CN. Nous garderons un œil sur ce colis et vous tiendrons informée de son avancée.

Belle journée à vous,
Léa — ZenCork"""),
"ov06a": ("ov06_partial_de.json", "de", """Grüß Gott, Herr Huber,

vielen Dank für die Fotos. Darauf ist klar zu sehen, dass der Reißverschluss ausgerissen ist, und das tut uns wirklich leid.

Wir können Ihnen zwei Möglichkeiten anbieten: Sie behalten den Rucksack und erhalten eine Teilerstattung von bis zu 14.75 EUR, oder Sie senden ihn zurück und bekommen den vollen Betrag erstattet.

Welche Lösung ist Ihnen lieber?

Freundliche Grüße
Gipfelgear team"""),
"ov06b": ("ov06_partial_de.json", "de", """Hallo Stefan,

danke, dass Sie die Bilder hochgeladen haben – ein defekter Reißverschluss gleich beim ersten Öffnen ist ärgerlich, das verstehen wir. Zwei Wege stehen Ihnen offen: eine Teilerstattung von bis zu 14.75 EUR, wenn Sie den Rucksack behalten möchten, oder die Rücksendung mit voller Erstattung. Sagen Sie uns einfach, was Sie bevorzugen.

Viele Grüße
Gipfelgear team"""),
"ov07a": ("ov07_await_it.json", "it", """Gentile Giulia,

capiamo la sua delusione per il colore della borsa. Le comunichiamo che abbiamo già fornito le nostre prove alla piattaforma. Ora sarà lo specialista delle controversie della piattaforma a decidere, e noi rispetteremo la sua decisione. Nel frattempo restiamo a sua disposizione per qualsiasi domanda.

Cordiali saluti,
Pelletteria Luna team"""),
"ov08a": ("ov08_escalation_ptbr.json", "pt", """Olá, Rafael!

Vimos que você levou a disputa para a plataforma e entendemos totalmente a sua frustração com a espera pelo smartwatch. Vamos colaborar com o especialista em disputas da plataforma e enviar todas as nossas evidências. Mesmo assim, continuamos abertos a encontrar uma solução junto com você.

Um abraço,
Equipe TechPulse"""),
"ov08b": ("ov08_escalation_ptbr.json", "pt", """Oi Rafael, tudo bem?

Recebemos o aviso de que a disputa foi encaminhada para a plataforma. Faz sentido você estar chateado, a espera foi longa. Da nossa parte, vamos trabalhar junto com o especialista da plataforma e apresentar as nossas provas. E se você quiser conversar, seguimos à disposição para achar uma solução em conjunto.

Equipe TechPulse"""),
"ov09a": ("ov09_return_instr_nl.json", "nl", """Beste Sanne,

Het platform heeft besloten tot retour en terugbetaling, en wij aanvaarden die beslissing. U kunt de melkopschuimer terugsturen naar dit adres: KoffieKraft Retouren, Industrieweg 14, 3542 AD Utrecht, Nederland. Zodra het pakket bij ons binnen is, verwerken we de terugbetaling; wilt u het retourtrackingnummer in het geschil toevoegen? We hopen in de toekomst weer zaken met u te doen.

Met vriendelijke groet,
KoffieKraft team"""),
"ov10a": ("ov10_return_received_tr.json", "tr", """Merhaba Emre Bey,

İade ettiğiniz oyun faresi elimize ulaştı, teşekkür ederiz. Paketi özenle hazırladığınız için ayrıca sağ olun. Para iadeniz şimdi platform üzerinden gerçekleşecek; platformun işlem süresine göre hesabınıza yansıyacaktır. Yaşanan aksaklık için kusura bakmayın; gelecekte yeniden alışveriş yapmayı umuyoruz.

Saygılarımızla,
GameNest team"""),
"ov11a": ("ov11_evidence_ko.json", "ko", """김지훈 고객님, 안녕하세요.

충전을 했는데도 드릴이 켜지지 않으셨다니 정말 죄송합니다. 빠르게 확인할 수 있도록, 드릴 전원을 켜는 모습과 고장 증상이 보이는 짧은 동영상을 보내주실 수 있을까요? 영상을 받는 대로 바로 확인하고 해결 방법을 안내해 드리겠습니다.

ToolHaus 고객지원팀"""),
"ov12a": ("ov12_customs_seller_zhtw.json", "zh", """陳怡君您好：

感謝您的詢問。我們查到您的包裹目前在海關等待放行，可以用追蹤號碼 LP01385519024CN 查看最新狀態。這筆訂單的關稅由我們支付，清關手續也由我們處理，您不需要支付任何費用。海關放行還需要一點時間，麻煩您再耐心等候一下。

茶語小舖 team"""),
"ov12b": ("ov12_customs_seller_zhtw.json", "zh", """陳怡君小姐您好，

包裹卡在海關讓您擔心了，真不好意思。目前包裹確實在海關，追蹤號碼是 LP01385519024CN。請放心，關稅由本店負擔並負責辦理清關，您什麼都不用繳。懇請您稍候片刻，等海關放行後包裹就會繼續寄送。

茶語小舖 team"""),
"ov13a": ("ov13_transit_ar.json", "ar", """مرحباً خالد،

نتفهم قلقك بخصوص تأخر الساعة، ونطمئنك أن طردك في الطريق إليك، ويمكنك متابعته برقم التتبع LP01491124770CN. هل يمكنك التكرم بإغلاق النزاع في الوقت الحالي؟ سنمدد حماية الشراء الخاصة بك لمدة 30 يوماً حتى تبقى محمياً بالكامل إلى أن يصلك الطرد.

مع خالص التحية،
Falcon Gadgets team"""),
"ov14a": ("ov14_partial_sv.json", "sv", """Hej Elin,

Tack för bilderna och videon, vi ser tydligt att plädet är mindre än beskrivningen och ber om ursäkt för det. Vi kan erbjuda dig två alternativ: behåll plädet med en delåterbetalning på upp till 259.60 SEK, eller skicka tillbaka det för full återbetalning. Vilket alternativ föredrar du?

Vänliga hälsningar
Nordvärme team"""),
"ov15a": ("ov15_offer_reship_cs.json", "cs", """Dobrý den, pane Nováku,

velice se omlouváme, podle sledování se zdá, že se vaše zásilka cestou ztratila. Chcete, abychom vám lampu poslali znovu, bez jakýchkoli dalších nákladů? Prosím, odpovězte nám pro potvrzení a zkontrolujte také, zda je vaše doručovací adresa správná.

S pozdravem
Tým Svetlo Market"""),
"ov16a": ("ov16_confirm_reship_ro.json", "ro", """Bună ziua, Andreea,

Vă mulțumim că ați acceptat să vă trimitem setul de cuțite din nou. Coletul a fost deja expediat, iar noul număr de urmărire este LP01726698214CN. Vom urmări noul colet îndeaproape și vă vom ține la curent.

Cu drag,
ChefPoint team"""),
"ov17a": ("ov17_return_instr_hu.json", "hu", """Kedves Eszter!

A platform visszaküldésről és visszatérítésről döntött, ezt a döntést elfogadjuk. Kérjük, a sisakot erre a címre küldje vissza: KidRide Returns, Unit 3B, 88 Hengli Road, Dongguan, Guangdong, China. A visszatérítést azonnal feldolgozzuk, amint a csomag megérkezik hozzánk; kérjük, adja meg a vitában a visszaküldés nyomkövetési számát is. Reméljük, a jövőben is vásárol majd nálunk.

Üdvözlettel:
KidRide ügyfélszolgálat"""),
"ov18a": ("ov18_await_da.json", "da", """Kære Mads

Tak for din besked, og vi forstår godt, at ventetiden er frustrerende. Vi har allerede sendt vores dokumentation til platformen. Nu er det platformens tvistspecialist, der træffer afgørelsen, og den vil vi naturligvis respektere. Skulle du have spørgsmål imens, er vi her stadig for at hjælpe.

Venlig hilsen
Nordic Sound Co. team"""),
"ov19a": ("ov19_escalation_fi.json", "fi", """Hei Aino,

näemme, että olet vienyt riidan alustalle, ja ymmärrämme hyvin, miksi olet pettynyt sukkien laatuun. Teemme yhteistyötä alustan riita-asiantuntijan kanssa ja toimitamme heille oman aineistomme. Olemme silti edelleen valmiita etsimään ratkaisun yhdessä kanssasi.

Ystävällisin terveisin
Lanka & Co -tiimi"""),
"ov20a": ("ov20_return_received_pl.json", "pl", """Dzień dobry, Pani Katarzyno,

dziękujemy za odesłanie czajnika – przesyłka zwrotna dotarła już do nas. Zwrot pieniędzy zostanie teraz zrealizowany za pośrednictwem platformy. Przepraszamy za kłopot i mamy nadzieję, że jeszcze kiedyś zrobi Pani u nas zakupy.

Pozdrawiamy serdecznie,
DomStyl team"""),
"ov21a": ("ov21_customs_absent_uk.json", "uk", """Добрий день, Олено!

Бачимо, що ваша посилка зараз затримана на митниці; стежити за нею можна за номером відстеження LP02273305519CN. Ми вже з'ясовуємо з перевізником, що саме потрібно митниці для випуску посилки, і повідомимо вас, щойно дізнаємося. Просимо трохи терпіння, поки ми це владнаємо.

З повагою,
AirHome Store team"""),
"ov22a": ("ov22_evidence_el.json", "el", """Γεια σας Νίκο,

λυπούμαστε πολύ που το μπουφάν σας είναι στενό και δεν ταιριάζει με το μέγεθος που παραγγείλατε. Για να το ελέγξουμε γρήγορα, θα μπορούσατε να μας στείλετε μια φωτογραφία του μπουφάν απλωμένου, με μια μεζούρα πάνω του, δίπλα στην ετικέτα μεγέθους; Μόλις τη λάβουμε, θα την εξετάσουμε και θα επανέλθουμε με μια λύση.

Η ομάδα του UrbanFit"""),
"ov23a": ("ov23_partial_engb.json", "en", """Hello Oliver,

Thanks for sending the photos of the skillet. We can see the chipped enamel along the rim, and we're sorry it reached you like that.

There are two options we can offer: keep the skillet with a partial refund of up to 5.24 GBP, or return it to us for a full refund. Which would you prefer?

Best wishes,
Priya at Hearth & Pan"""),
"ov24a": ("ov24_transit_es.json", "es", """Hola, Marta:

Sentimos que el seguimiento lleve unos días sin actualizarse. Tu paquete sigue en camino con Correos y puedes consultarlo con el número LP02502287711CN. ¿Serías tan amable de cerrar la disputa de momento? Ampliaremos tu protección de compra en 15 días para que sigas completamente cubierta hasta que recibas la lámpara.

Un saludo,
Pablo, Luz y Casa"""),
}
