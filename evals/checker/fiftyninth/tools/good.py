"""Hand-written good replies: id -> (dispute stem, message). Written by hand, one by one."""
GOOD = {}
def g(gid, stem, text):
    GOOD[gid] = (stem, text.strip("\n"))

g("np01a", "np01_en_damaged", """
Dear Oliver Bennett,

I'm so sorry the teapot reached you with a broken spout and a cracked lid, especially when it was meant as a birthday present. That is not how it should have arrived, and we want to put it right with you.

So we can look into it properly, could you send us photos of the damage and of the outer packaging as it arrived? A few quick phone pictures are perfectly fine.

As soon as they come through, we'll go over them and get back to you with a solution.

Warm regards,
Priya, Hearth & Loom
""")

g("np01b", "np01_en_damaged", """
Hi Oliver Bennett, thank you for telling us, and sorry about the teapot: a snapped spout and a cracked lid is a miserable thing to unwrap, let alone on a birthday.
Could you attach photos of the damage and of the outer packaging as it arrived to this dispute?
Once we have them we'll review them straight away and come back to you with a solution.
Priya, Hearth & Loom
""")

g("np02a", "np02_es_transit", """
Hola, Mariana Torres:

Entiendo perfectamente tu preocupación; llevas tiempo esperando tu lámpara y es normal que quieras saber dónde está. Te cuento que el paquete sigue en camino y puedes seguirlo con el número de seguimiento LX482913374CN.

¿Podrías cerrar la disputa por ahora? Nosotros ampliaremos tu protección de compra 20 días, así seguirás completamente protegida hasta que la lámpara llegue a tu casa.

Gracias por tu paciencia y tu confianza.

El equipo de Casa Nopal
""")

g("np02b", "np02_es_transit", """
Estimada Mariana Torres, le escribimos para tranquilizarla: su pedido va en camino. Puede consultar su recorrido en cualquier momento con el número de guía LX482913374CN.
Sabemos que la espera se ha hecho larga y lo lamentamos mucho.
Le pedimos amablemente que, por ahora, cierre la disputa; por nuestra parte, extenderemos su protección de compra por 20 días para que siga cubierta hasta la entrega.
Quedamos atentos a cualquier duda.
El equipo de Casa Nopal
""")

g("np03a", "np03_ru_partial", """
Здравствуйте, Анна Смирнова!

Спасибо, что прислали фотографии. На них хорошо видно, что швы на рукаве расходятся, и нам очень жаль, что свитер вас так подвёл.

Мы можем предложить два варианта: оставить свитер себе и получить частичный возврат до 800.00 RUB или вернуть его нам и получить полный возврат денег.

Подскажите, пожалуйста, какой вариант вам удобнее?

Команда магазина «Уютный Дом»
""")

g("np04a", "np04_ja_reship", """
佐藤 美咲様

このたびは再送にご同意いただき、誠にありがとうございます。ランチボックスを改めて発送いたしました。新しい追跡番号は LP00778812340CN です。

新しいお荷物の配送状況は私どもでもしっかり見守り、動きがあればこちらでお知らせいたします。ご不便をおかけして申し訳ございませんでした。

さくら雑貨 スタッフ一同
""")

g("np05a", "np05_fr_return", """
Bonjour Julien Moreau,

La plateforme a décidé d'un retour avec remboursement, et nous acceptons bien sûr cette décision.

Voici de nouveau l'adresse de retour : Retours Atelier Brume, 8 avenue Jean Jaurès, 69007 Lyon, France.

Le remboursement sera effectué dès que le sac nous sera parvenu ; pensez simplement à ajouter le numéro de suivi du retour dans le litige.

Nous espérons sincèrement avoir le plaisir de vous servir à nouveau.

Atelier Brume, service client
""")

g("np05b", "np05_fr_return", """
Cher Julien Moreau, merci pour votre message.
Suite à la décision de la plateforme (retour et remboursement), que nous respectons, vous pouvez nous renvoyer le sac à l'adresse suivante :
Retours Atelier Brume, 8 avenue Jean Jaurès, 69007 Lyon, France
Dès réception du colis, nous procéderons au remboursement. Merci d'indiquer le numéro de suivi de votre envoi dans le litige afin que nous puissions le suivre.
Au plaisir de faire à nouveau affaire avec vous !
Atelier Brume, service client
""")

g("np06a", "np06_de_customs_buyer", """
Hallo Katrin Weber,

danke für Ihre Nachricht. Wir sehen, dass Ihr Paket derzeit beim Zoll liegt; Sie können es mit der Sendungsnummer JD014600338812 verfolgen.

Bei dieser Bestellung trägt der Käufer die Einfuhrabgaben. Dürften wir Sie daher bitten, die Abgaben zu bezahlen und die Zollabfertigung abzuschließen? Danach kann die Espressomaschine zugestellt werden.

Falls der Zoll Unterlagen wie die Rechnung verlangt, schicken wir Ihnen diese sehr gern.

Ihr Kaffeewerk-Team
""")

g("np06b", "np06_de_customs_buyer", """
Guten Tag Katrin Weber, vielen Dank für Ihre Geduld.
Ihre Espressomaschine (Sendungsnummer JD014600338812) wird im Moment vom Zoll zurückgehalten.
Laut den Bedingungen dieser Bestellung sind die Einfuhrabgaben vom Käufer zu tragen. Wir wären Ihnen daher dankbar, wenn Sie diese begleichen und die Verzollung abschließen könnten.
Braucht der Zoll dafür ein Dokument, etwa die Rechnung, senden wir es Ihnen umgehend zu.
Ihr Kaffeewerk-Team
""")

g("np07a", "np07_it_offer", """
Gentile Giulia Romano,

capiamo benissimo la sua frustrazione e ce ne scusiamo davvero: purtroppo sembra che il pacco con i pennelli sia andato perso durante il viaggio.

Desidera che le spediamo di nuovo l'articolo, senza alcun costo aggiuntivo per lei?

Se le va bene, ci risponda per confermare e verifichi per favore che il suo indirizzo di spedizione sia corretto.

Lo staff di Bella Luce
""")

g("np08a", "np08_pt_await", """
Olá, Rafael Souza!

Queremos manter você informado: já enviamos as nossas provas para a plataforma. Agora quem vai decidir é o especialista em disputas da plataforma, e nós vamos respeitar a decisão, seja ela qual for.

Enquanto isso, continuamos aqui para ajudar. Se tiver qualquer dúvida, é só escrever nesta conversa.

Equipe Som Tropical
""")

g("np09a", "np09_nl_escalation", """
Beste Sanne de Vries,

We zien dat u het geschil aan het platform hebt voorgelegd, en we begrijpen goed dat u gefrustreerd bent na zo lang wachten op uw fietstas.

We werken volledig mee met de geschillenspecialist van het platform en leveren ons bewijs bij hem aan.

Tegelijk staan we er nog steeds voor open om samen met u tot een oplossing te komen.

Groet van het Fietsmaatje-team
""")

g("np10a", "np10_tr_received", """
Merhaba Elif Yılmaz,

İade ettiğiniz saç düzleştirici elimize ulaştı, teşekkür ederiz. Para iadeniz artık platform üzerinden size yapılacak.

Geri gönderme zahmetine katlandığınız için ayrıca teşekkürler. Yaşadığınız aksaklık için de üzgünüz.

Gelecekte sizinle yeniden alışveriş yapabilmeyi içtenlikle umuyoruz.

Parlak Saç Ekibi
""")

g("np11a", "np11_ko_notworking", """
김민준 님, 안녕하세요.

청소기 전원이 켜지지 않아 많이 실망하셨을 텐데 정말 죄송합니다. 저희가 꼭 해결해 드리고 싶습니다.

빠르게 확인할 수 있도록, 제품의 전원을 켜는 모습과 고장 증상이 나타나는 장면을 짧은 동영상으로 찍어 보내 주실 수 있을까요?

영상을 받는 대로 바로 살펴보고 해결 방법을 안내해 드리겠습니다.

클린하우스 고객지원팀 드림
""")

g("np12a", "np12_zh_transit", """
陳怡君 您好：

非常理解您等待的心情，請放心，您的包裹目前仍在運送途中，您可以用追蹤號碼 LP00912345678CN 隨時查詢最新進度。

想麻煩您先暫時關閉這個糾紛。我們會將您的購買保障延長 30 天，讓您在包裹送達前都能受到完整的保障。

謝謝您的耐心與體諒！

木日小舖 敬上
""")

g("np12b", "np12_zh_transit", """
陳怡君您好，謝謝您的來信，讓您久等了，真的很抱歉。
包裹還在路上喔，追蹤號碼是 LP00912345678CN，可以直接查到目前的位置。
方便的話，能否請您先關閉糾紛呢？我們這邊會幫您把購買保障延長 30 天，在收到濾杯之前您都是受保障的。
木日小舖 敬上
""")

g("np13a", "np13_ar_partial", """
مرحباً ليلى حداد،

شكراً لكِ على إرسال الصور، ونرى بوضوح أن لون السجادة يختلف عن صورة الإعلان، ونعتذر لكِ بصدق عن هذا الإزعاج.

يسعدنا أن نعرض عليكِ خيارين: أن تحتفظي بالسجادة مع استرداد جزئي يصل إلى 96.00 SAR، أو أن تعيديها إلينا وتستردي المبلغ كاملاً.

أي الخيارين تفضلين؟ نحن بانتظار ردك.

فريق دار النخيل
""")

g("np14a", "np14_sv_reship", """
Hej Erik Lindqvist,

tack för att du går med på att vi skickar filten en gång till! Vi har nu skickat den på nytt, och det nya spårningsnumret är UA230991146SE.

Vi håller ett öga på det nya paketet och hör av oss här i ärendet så fort något händer. Vi beklagar verkligen att det första paketet aldrig kom fram.

Hälsningar, Nordvik Hem
""")

g("np15a", "np15_cs_return", """
Dobrý den, paní Tereza Nováková,

platforma rozhodla o vrácení zboží a vrácení peněz a my toto rozhodnutí respektujeme.

Bundu prosím pošlete na tuto adresu: Vratky Lesní Dílna, Křižíkova 15, 186 00 Praha 8, Česko.

Jakmile k nám zásilka dorazí, peníze vám vrátíme. Prosíme také, abyste do sporu doplnila sledovací číslo zpětné zásilky.

Budeme rádi, když u nás v budoucnu znovu nakoupíte.

Tým Lesní Dílny
""")

g("np16a", "np16_hu_customs_seller", """
Kedves Nagy Bence!

Teljesen megértjük, hogy bosszantó ez a várakozás, és nagyon sajnáljuk. Látjuk, hogy a csomagját jelenleg a vámhatóság tartja vissza; az RB771203948HU követési számmal tudja nyomon követni.

A vámot mi fizetjük ki, és a vámkezelést is mi intézzük, így Önnek semmit sem kell fizetnie.

Egy kis türelmet kérünk, amíg a vám kiadja a csomagot.

Üdvözlettel: a Konyhakert csapata
""")

g("np17a", "np17_ro_offer", """
Bună ziua, Andrei Popescu,

Ne pare foarte rău: se pare că coletul cu ceasul de perete s-a pierdut pe drum.

Doriți să vă trimitem din nou produsul, fără niciun cost suplimentar?

Vă rugăm să ne răspundeți pentru a confirma și să verificați dacă adresa de livrare este corectă. Imediat ce primim confirmarea, ne ocupăm de tot.

Echipa Atelierul Casei
""")

g("np18a", "np18_da_await", """
Hej Mette Jensen,

Tak for din besked. Vi har nu sendt vores dokumentation til platformen. Det er platformens tvistspecialist, der træffer afgørelsen, og vi respekterer den afgørelse, uanset udfaldet.

Vi er her stadig, hvis du har spørgsmål undervejs – skriv blot her i sagen.

Venlig hilsen, Nordlys Optik
""")

g("np19a", "np19_fi_escalation", """
Hei Aino Virtanen,

näemme, että olet vienyt riidan alustan käsiteltäväksi, ja ymmärrämme hyvin, miksi olet turhautunut. Olemme pahoillamme, että villasukat ovat aiheuttaneet tällaista harmia.

Teemme yhteistyötä alustan riitojenratkaisuasiantuntijan kanssa ja toimitamme hänelle omat todisteemme.

Olemme edelleen valmiita etsimään ratkaisun yhdessä kanssasi.

Ystävällisin terveisin, Villapuoti
""")

g("np20a", "np20_pl_received", """
Dzień dobry Pani Katarzyno Wiśniewska,

potwierdzamy, że odesłany czajnik dotarł do nas. Zwrot pieniędzy zostanie teraz zrealizowany przez platformę.

Dziękujemy za cierpliwość i za sprawne odesłanie przesyłki. Przepraszamy też za zamieszanie z pomylonym produktem.

Mamy nadzieję, że jeszcze kiedyś zrobi Pani u nas zakupy.

Pozdrawiamy, zespół Dobry Dom
""")

g("np21a", "np21_uk_size", """
Добрий день, Олено Коваленко!

Нам дуже прикро, що черевики виявилися замалими, і ми хочемо разом із вами розв'язати цю ситуацію.

Щоб ми могли швидко все перевірити, надішліть, будь ласка, фото черевика, покладеного рівно, із сантиметровою стрічкою поперек, поруч із ярликом розміру.

Щойно отримаємо фото, одразу їх переглянемо й запропонуємо рішення.

З повагою, команда «Теплий Крок»
""")

g("np22a", "np22_el_transit", """
Γεια σας Γιώργος Παπαδόπουλος,

καταλαβαίνουμε απόλυτα την ανησυχία σας. Το δέμα σας βρίσκεται καθ' οδόν και μπορείτε να το παρακολουθείτε με τον αριθμό αποστολής RE447120983GR.

Θα μπορούσατε, παρακαλούμε, να κλείσετε τη διαφορά προς το παρόν; Εμείς θα παρατείνουμε την προστασία αγοράς σας κατά 15 ημέρες, ώστε να είστε πλήρως καλυμμένος μέχρι να φτάσει η κούπα.

Σας ευχαριστούμε για την υπομονή σας.

Η ομάδα του Αιγαίο Κεραμικά
""")

g("np23a", "np23_en_partial", """
Hi Marcus Hill,

Thanks for sending the photos. We can clearly see one of the brackets is missing, and we're sorry: that's frustrating when you're ready to put the shelf up.

We'd like to offer you two options: keep the shelf set with a partial refund of up to 25.80 USD, or return it for a full refund.

Just let us know which option you'd prefer.

Timber & Twine team
""")

g("np23b", "np23_en_partial", """
Hello Marcus Hill, thank you for the pictures; they make the problem clear, and we apologise that a bracket was left out of your shelf set.
Here is what we can do:
- keep the set and receive a partial refund of up to 25.80 USD, or
- send the set back and get a full refund.
Which would suit you better? Reply here and we'll set it up.
Timber & Twine team
""")

g("np24a", "np24_es_customs_absent", """
Hola, Javier Ruiz:

Gracias por avisarnos. Vemos que tu paquete está retenido en aduanas en este momento; puedes seguirlo con el número de seguimiento UV552018374ES.

Estamos consultando con el transportista qué necesita la aduana para liberar el envío y te informaremos en cuanto lo sepamos.

Te pedimos un poco de paciencia mientras lo resolvemos. ¡Gracias por tu comprensión!

Un saludo, La Cafetera Feliz
""")
