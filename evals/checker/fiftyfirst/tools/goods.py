"""The 30 hand-written good replies: id -> (dispute file stem, style note, text)."""
GOODS = {}
def g(gid, stem, note, text):
    GOODS[gid] = (stem, note, text.strip("\n"))

g("nx01a", "nx01_en_size", "warm, apologetic, paragraphs", """
Dear Harriet,

I'm so sorry the coat doesn't fit as it should, especially when it was meant to be a present – that's really disappointing, and we want to put it right with you.

So we can check the sizing properly, could you send us a photo of the coat laid flat with a measuring tape across it, ideally with the size label visible next to it? A photo of the sleeve length measured the same way would help too.

As soon as the photos arrive we'll compare them with our size chart and come back to you with a solution.

Kind regards,
Northfield Outerwear team
""")
g("nx01b", "nx01_en_size", "second reply: short, bulleted list", """
Hi Harriet Cole,
Thank you for letting us know, and sorry that the coat labelled M fits so small – not what you wanted for a gift.
To look into it, could you please send us:
- a photo of the coat laid flat with a measuring tape across the chest and sleeves
- the size label shown next to it in the same photo
Once we have these, we'll review them straight away and get back to you with how we can solve this.
Best wishes,
Northfield Outerwear team
""")
g("nx02a", "nx02_es_transit", "informal tú, reassuring", """
Hola, Mariana:

Entendemos tu preocupación; tanto tiempo de espera se hace largo y lamentamos la inquietud. Tu paquete sí va en camino: puedes seguirlo con el número de rastreo LP00731188420CN.

¿Podrías cerrar la disputa por ahora? A cambio, ampliaremos tu protección de compra 20 días, así sigues completamente protegida hasta que el set de sartenes llegue a tu casa.

Cualquier duda, aquí estamos para ayudarte.

Saludos cordiales,
Equipo Cocina Viva
""")
g("nx02b", "nx02_es_transit", "second reply: formal usted, compact", """
Estimada Mariana Torres:

Gracias por escribirnos y disculpe la espera. Revisamos el envío y el paquete continúa en tránsito con Estafeta; el número de seguimiento es LP00731188420CN.

Le pedimos amablemente que cierre la disputa por el momento. Nosotros extenderemos su protección del comprador por 20 días adicionales, de modo que quedará totalmente cubierta mientras el paquete llega.

Quedamos atentos.
Equipo Cocina Viva
""")
g("nx03a", "nx03_ru_partial", "polite, options as dash list", """
Здравствуйте, Ольга!

Спасибо за фотографии. Мы видим, что цвет сумки действительно отличается от снимка в объявлении, и приносим извинения за это разочарование.

Мы можем предложить вам два варианта:
– оставить сумку и получить частичный возврат до 1147.50 RUB;
– вернуть сумку и получить полный возврат средств.

Подскажите, пожалуйста, какой вариант вам удобнее?

С уважением,
Команда «Кожевенная лавка»
""")
g("nx04a", "nx04_ja_reship", "keigo, formal", """
佐藤 美咲様

このたびは再発送にご同意いただき、誠にありがとうございます。
ご注文のタンブラーセットを改めて発送いたしました。新しい追跡番号は LP00199977331CN です。
新しいお荷物の配送状況は私どもでもしっかり見守り、動きがあり次第ご連絡いたします。
ご不便をおかけして申し訳ございません。到着まで今しばらくお待ちください。

キッチン星 スタッフ一同
""")
g("nx05a", "nx05_fr_return", "empathetic, address on its own line", """
Bonjour Émilie,

Nous sommes vraiment désolés que la théière vous soit parvenue fêlée. La plateforme a décidé d'un retour avec remboursement, et nous acceptons cette décision sans réserve.

Voici l'adresse de retour : Atelier Thé Nord – Retours, 455 rue Saint-Pierre, Montréal QC H2Y 2M1, Canada

Dès que la théière nous sera parvenue, le remboursement sera traité. Pourriez-vous ajouter le numéro de suivi du colis retour dans le litige? Cela nous permettra de le suivre.

Nous espérons avoir le plaisir de vous servir à nouveau à l'avenir.

L'équipe Atelier Thé Nord
""")
g("nx05b", "nx05_fr_return", "second reply: shorter, address inline", """
Chère Émilie Gagnon,

Merci pour votre message, et toutes nos excuses pour cette théière abîmée. Nous avons bien pris connaissance de la décision de la plateforme : retour et remboursement.

Merci de renvoyer l'article à cette adresse : Atelier Thé Nord – Retours, 455 rue Saint-Pierre, Montréal QC H2Y 2M1, Canada. Une fois la théière reçue chez nous, votre remboursement sera lancé ; pensez simplement à indiquer le numéro de suivi du retour dans le litige.

Au plaisir de vous retrouver bientôt parmi nos clients.

L'équipe Atelier Thé Nord
""")
g("nx06a", "nx06_de_customs_buyer", "formal Sie, explanatory", """
Guten Tag Herr Krüger,

vielen Dank für Ihre Nachricht – wir verstehen, dass die Wartezeit ärgerlich ist. Ihr Paket liegt derzeit beim Zoll; Sie können es mit der Sendungsnummer LP00937715240CN verfolgen.

Bei dieser Bestellung trägt laut Bestellbedingungen der Käufer die Einfuhrabgaben. Wir bitten Sie daher freundlich, die Gebühren zu begleichen und die Zollabfertigung abzuschließen, damit das Paket freigegeben wird.

Falls der Zoll Unterlagen wie die Rechnung benötigt, schicken wir Ihnen diese gern sofort zu.

Mit freundlichen Grüßen
Ihr Team von Werkzeugwelt
""")
g("nx06b", "nx06_de_customs_buyer", "second reply: brisker, question form", """
Hallo Stefan Krüger,

danke, dass Sie sich gemeldet haben. Der Status zeigt, dass Ihr Akku-Bohrschrauber beim Zoll festgehalten wird (Sendungsnummer LP00937715240CN).

Für diese Bestellung sind die Einfuhrabgaben vom Käufer zu tragen. Könnten Sie diese bitte bezahlen und die Verzollung abschließen? Dann kann DHL das Paket direkt zustellen.

Braucht der Zoll ein Dokument, etwa die Handelsrechnung, senden wir es Ihnen umgehend.

Viele Grüße
Ihr Team von Werkzeugwelt
""")
g("nx07a", "nx07_it_lost", "informal tu, warm", """
Ciao Giulia,

ci dispiace davvero tanto: sembra proprio che il tuo pacco sia andato perso durante il viaggio, e capiamo la tua delusione dopo tanta attesa.

Vuoi che ti spediamo di nuovo la lampada da scrivania, senza alcun costo aggiuntivo per te?

Se ti va bene, rispondi pure a questo messaggio per confermare e controlla che l'indirizzo di spedizione sia ancora corretto.

Un caro saluto,
Lo staff di Luce Casa
""")
g("nx07b", "nx07_it_lost", "second reply: formal Lei", """
Gentile Giulia Ferri,

siamo spiacenti: dalle informazioni del corriere risulta che il pacco si è smarrito lungo il tragitto. Comprendiamo il Suo disappunto.

Le proponiamo di rispedirLe la lampada LED pieghevole senza alcun costo aggiuntivo. Desidera che procediamo?

In caso affermativo, La preghiamo di confermarcelo rispondendo qui e di verificare che l'indirizzo di spedizione sia corretto.

Cordiali saluti,
Lo staff di Luce Casa
""")
g("nx08a", "nx08_pt_await", "friendly, informal você", """
Olá, Rafael!

Entendemos sua frustração e agradecemos a paciência. Já enviamos todas as nossas evidências para a plataforma.

Agora, o especialista em disputas da plataforma vai analisar o caso e tomar a decisão, e nós vamos respeitar o que for decidido.

Enquanto isso, continuamos à disposição: se tiver qualquer dúvida, é só nos chamar por aqui.

Abraços,
Equipe Som & Cia
""")
g("nx08b", "nx08_pt_await", "second reply: formal", """
Prezado Rafael Oliveira,

Informamos que as provas referentes ao seu pedido do fone de ouvido Bluetooth já foram entregues à plataforma.

A decisão agora cabe ao especialista em disputas, e nos comprometemos a acatá-la, seja ela qual for. Lamentamos o transtorno que esta situação lhe causou.

Se surgir qualquer pergunta nesse meio-tempo, seguimos aqui para ajudar.

Atenciosamente,
Equipe Som & Cia
""")
g("nx09a", "nx09_nl_escalation", "informal je, empathetic", """
Beste Sanne,

We zien dat je het geschil naar het platform hebt doorgezet, en we begrijpen heel goed dat je gefrustreerd bent na zo'n lange wachttijd.

We werken volledig mee met de geschillenspecialist van het platform en leveren al ons bewijs aan, zoals de trackinggegevens van je fietstas.

Tegelijk staan we nog steeds open om samen met jou tot een oplossing te komen. Laat gerust hier weten wat voor jou het beste zou werken.

Met vriendelijke groet,
Fietsfabriek Online team
""")
g("nx10a", "nx10_tr_received", "polite Hanım form", """
Merhaba Elif Hanım,

İade ettiğiniz seramik kahve fincanı setini teslim aldık; bu süreçte gösterdiğiniz sabır için çok teşekkür ederiz.

Geri ödemeniz şimdi platform üzerinden size ulaşacaktır.

Yaşadığınız karışıklık için tekrar özür dileriz. İlerleyen zamanlarda sizinle yeniden alışveriş yapmayı ve sizi memnun etmeyi umuyoruz.

Saygılarımızla,
Anadolu Seramik Ekibi
""")
g("nx11a", "nx11_ko_damaged", "polite 해요/습니다 mix, empathetic", """
김지은 고객님, 안녕하세요.

화병이 깨진 채로 도착했다니 정말 죄송합니다. 기다리신 만큼 속상하셨을 마음 충분히 이해합니다.

빠르게 확인할 수 있도록 파손된 부분의 사진과 받으신 그대로의 외부 포장 사진을 보내주시겠어요?

사진을 받는 대로 바로 확인하고 해결 방법을 안내해 드리겠습니다.

Glass Garden 드림
""")
g("nx12a", "nx12_zh_transit", "traditional Chinese, polite", """
陳怡君 您好：

讓您久等了，真的很抱歉。您的包裹目前仍在運送途中，可以用追蹤號碼 LP00394417726CN 查詢最新進度。

想麻煩您先暫時關閉這筆糾紛，我們會幫您把購買保護期延長 10 天，讓您在包裹送達前都能受到完整保障。

如有任何問題，歡迎隨時在這裡留言。

小宅數位 客服團隊
""")
g("nx13a", "nx13_ar_partial", "MSA, feminine address, options list", """
مرحباً نورة،

شكراً لكِ على الفيديو الذي أرسلتِه، فقد رأينا بوضوح أن الخياطة تتفكك، ونعتذر بصدق عن هذا الإزعاج.

يسعدنا أن نقدم لكِ خيارين:
- الاحتفاظ بالعباءة مع استرداد جزئي يصل إلى 96.00 AED،
- أو إعادة العباءة واسترداد المبلغ كاملاً.

أي الخيارين تفضلين؟ ننتظر ردكِ.

مع أطيب التحيات،
فريق دار الأزياء
""")
g("nx14a", "nx14_sv_reship", "casual, cheerful", """
Hej Linnea!

Tack för att du gick med på att vi skickar filten en gång till. Vi har nu skickat den på nytt, och det nya spårningsnumret är LP00536641179CN.

Vi håller ett öga på det nya paketet hela vägen och hör av oss så fort något händer. Ledsen för besväret med det första paketet.

Ha en fin dag!
Hälsningar, Nordisk Hem
""")
g("nx15a", "nx15_cs_return", "formal vykání", """
Dobrý den, paní Nováková,

platforma rozhodla o vrácení zboží a vrácení peněz a toto rozhodnutí plně respektujeme.

Konvici prosím zašlete na tuto adresu: Domácí spotřebiče – vratky, Nádražní 42, 702 00 Ostrava, Česko

Jakmile nám vrácená konvice dorazí, vrácení peněz zpracujeme. Prosíme vás také, abyste do sporu doplnila sledovací číslo zásilky.

Doufáme, že u nás v budoucnu opět nakoupíte.

S pozdravem
Tým Domácí spotřebiče
""")
g("nx16a", "nx16_ro_customs_seller", "formal dumneavoastră, reassuring", """
Bună ziua, Andrei,

Vă mulțumim pentru mesaj și ne pare rău pentru confuzie. Coletul dumneavoastră este reținut momentan la vamă; îl puteți urmări cu numărul de urmărire LP00722205871CN.

Vestea bună: noi plătim taxele vamale și ne ocupăm de vămuire, așa că dumneavoastră nu aveți nimic de plătit.

Vă rugăm să mai aveți puțină răbdare până când vama eliberează coletul.

Cu stimă,
Echipa Casa Bună
""")
g("nx17a", "nx17_hu_lost", "informal tegezés, empathetic", """
Kedves Bence!

Nagyon sajnáljuk, úgy tűnik, a csomagod elveszett útközben. Teljesen megértjük, hogy ez bosszantó.

Szeretnéd, hogy újra elküldjük a hangszórót, mindenféle többletköltség nélkül?

Ha igen, kérjük, válaszolj erre az üzenetre a megerősítéshez, és nézd át, hogy a szállítási címed helyes-e.

Üdvözlettel:
A Hangház csapata
""")
g("nx18a", "nx18_da_await", "plain, friendly", """
Hej Mette,

Tak for din besked, og vi er kede af, at der manglede dele i pakken. Vi har allerede sendt vores dokumentation til platformen.

Platformens tvistspecialist træffer nu afgørelsen, og vi vil selvfølgelig respektere den.

Har du spørgsmål i mellemtiden, er vi stadig her for at hjælpe.

Venlig hilsen
Bambushuset team
""")
g("nx19a", "nx19_fi_escalation", "calm, empathetic", """
Hei Aino,

näemme, että olet vienyt riidan alustan käsiteltäväksi, ja ymmärrämme hyvin, miksi olet turhautunut. Pahoittelemme, että reppuasiasi on venynyt näin pitkään.

Teemme yhteistyötä alustan riitojenratkaisijan kanssa ja toimitamme hänelle kaiken näyttömme.

Olemme silti edelleen valmiita etsimään ratkaisun yhdessä kanssasi. Kerro vapaasti täällä, mitä toivoisit.

Ystävällisin terveisin
Erä ja Polku -tiimi
""")
g("nx20a", "nx20_pl_received", "formal Pani, vocative greeting", """
Dzień dobry, Pani Katarzyno,

dziękujemy za wiadomość. Potwierdzamy, że odesłane buty trekkingowe dotarły do nas. Przepraszamy, że rozmiar nie spełnił oczekiwań.

Zwrot pieniędzy zostanie teraz zrealizowany za pośrednictwem platformy.

Dziękujemy za cierpliwość i mamy nadzieję, że w przyszłości znów będziemy mogli Panią obsłużyć.

Z pozdrowieniami
Zespół Górski Szlak
""")
g("nx21a", "nx21_uk_notworking", "formal, vocative greeting", """
Добрий день, пані Олено!

Нам дуже шкода, що щітка не вмикається навіть після зарядки. Перепрошуємо за незручності, ми хочемо якнайшвидше це виправити.

Щоб ми могли перевірити проблему, надішліть, будь ласка, коротке відео, на якому видно, як ви вмикаєте щітку і що при цьому відбувається.

Щойно отримаємо відео, одразу його переглянемо та повернемося до вас із рішенням.

З повагою,
Команда Smile Tech
""")
g("nx22a", "nx22_el_partial", "formal plural, options in one sentence", """
Γεια σας, κύριε Παπαδόπουλε,

σας ευχαριστούμε για τις φωτογραφίες. Βλέπουμε ότι λείπουν κομμάτια από το σετ και λυπούμαστε πραγματικά γι' αυτό.

Μπορούμε να σας προτείνουμε δύο επιλογές: να κρατήσετε το σετ με μερική επιστροφή χρημάτων έως 11.68 EUR, ή να επιστρέψετε το προϊόν για πλήρη επιστροφή χρημάτων.

Ποια επιλογή προτιμάτε;

Με εκτίμηση,
Η ομάδα του Ergaleia Plus
""")
g("nx23a", "nx23_en_customs_absent", "casual US, first person, empathetic", """
Hi Marcus,

I completely understand your frustration – waiting on customs is no fun, and I'm sorry it's taking this long. Your package is currently being held at customs; you can follow it with tracking number LP00913370264CN.

We're checking with the carrier right now to find out exactly what customs needs to release it, and we'll update you here as soon as we hear back.

Thanks for bearing with us a little longer while we get this sorted.

Best,
Our Store team
""")
g("nx24a", "nx24_es_transit", "informal, upbeat", """
¡Hola, Javier!

Gracias por escribirnos. Tu pedido está en camino: puedes consultar su recorrido con el número de seguimiento LP00258864407CN.

Sabemos que ver el seguimiento parado durante días inquieta, pero el envío sigue su curso. ¿Te importaría cerrar la disputa de momento? Nosotros ampliaremos tu protección de compra 30 días más, para que estés totalmente cubierto hasta que llegue la funda.

Un abrazo,
Tela y Hilo – atención al cliente
""")
