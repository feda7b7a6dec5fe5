"""The 30 hand-written good replies: id -> (dispute number, message)."""

GOODS = {}

GOODS["nr01a"] = (1, """Dear Oliver,

I'm so sorry. A teapot set with a broken spout and a smashed cup is the last thing anyone wants to unwrap, especially when it was meant as a birthday present. We'd really like to put this right with you.

So that we can look into it properly, could you please send us photos of the damage and of the outer packaging as it arrived? Pictures of the box from a couple of sides would help a lot.

As soon as they come in, we'll go through them and get back to you with a solution.

Warm regards,
Priya, Kettle & Leaf""")

GOODS["nr01b"] = (1, """Hi Oliver Hughes,
Thank you for letting us know, and sorry that your teapot set reached you damaged. That must have been disappointing.
Could you attach to this dispute some photos of the damage, plus the outer packaging exactly as it was delivered? That lets us see what happened on the way.
Once we have them we will review everything straight away and come back to you with how we can resolve it.
Priya, Kettle & Leaf""")

GOODS["nr02a"] = (2, """Hola, Valeria:

Entiendo perfectamente tu preocupación; esperar un paquete que casi no avanza genera mucha incertidumbre. Te cuento que tus audífonos siguen en camino: puedes seguirlos con el número de rastreo LP00422198765CN.

¿Podrías, por favor, cerrar la disputa por ahora? A cambio, ampliaremos tu protección de compra por 20 días, así seguirás totalmente protegida hasta que el paquete llegue a tus manos.

Gracias por tu paciencia y por confiar en nosotros.

TecnoPunto team""")

GOODS["nr03a"] = (3, """Здравствуйте, Анна!

Спасибо, что прислали фотографии. На них хорошо видно, что плед линяет и швы по краю расходятся, — нам очень жаль, что вы столкнулись с этим.

Мы можем предложить вам два варианта:
— оставить плед себе и получить частичный возврат до 1125.00 RUB;
— вернуть плед и получить полный возврат средств.

Подскажите, пожалуйста, какой вариант вам удобнее?

С уважением,
Уютный Дом team""")

GOODS["nr03b"] = (3, """Анна, добрый день.
Благодарим за фото — дефект швов и линяющий ворс на них видны отчётливо. Понимаем ваше разочарование и приносим извинения.
Есть два пути решения. Если плед вам всё же подходит, вы можете оставить его, и мы вернём часть суммы — до 1125.00 RUB. Если нет, вы отправляете плед обратно, и мы возвращаем полную стоимость.
Что для вас предпочтительнее? Напишите, пожалуйста, здесь, в споре.
Уютный Дом team""")

GOODS["nr04a"] = (4, """佐藤 美咲 様

このたびはご不便をおかけし、誠に申し訳ございません。再送にご同意いただき、ありがとうございます。

商品はすでに再発送いたしました。新しい追跡番号は LX204518837CN です。

新しい荷物の配送状況は私どもでもしっかり確認し、何か動きがあれば随時お知らせいたします。引き続きどうぞよろしくお願いいたします。

Sakura Goods カスタマーサポート""")

GOODS["nr05a"] = (5, """Bonjour Camille,

Nous sommes désolés que ce sac ne corresponde pas à ce que vous attendiez. La plateforme a décidé d'un retour avec remboursement, et nous acceptons bien sûr cette décision.

Voici l'adresse à laquelle renvoyer le sac :
Retours Belle Maroquinerie, 8 avenue Jean Jaurès, 69007 Lyon, France

Le remboursement sera effectué dès que le colis nous sera parvenu. Pensez simplement à ajouter le numéro de suivi du retour dans le litige.

Nous espérons sincèrement avoir l'occasion de vous servir à nouveau.

Sophie, Belle Maroquinerie""")

GOODS["nr05b"] = (5, """Chère Camille Martin,
Merci pour votre message, et toutes nos excuses pour ce sac qui ne ressemblait pas aux photos. Nous avons bien pris connaissance de la décision de la plateforme : retour et remboursement, et nous l'acceptons.
Merci d'envoyer le sac à l'adresse suivante : Retours Belle Maroquinerie, 8 avenue Jean Jaurès, 69007 Lyon, France.
Dès réception, votre remboursement sera traité. Pourriez-vous indiquer le numéro de suivi de votre envoi dans le litige ? Cela nous permettra de le repérer rapidement.
Au plaisir de vous compter à nouveau parmi nos clientes.
Sophie, Belle Maroquinerie""")

GOODS["nr06a"] = (6, """Grüezi Herr Schneider

Es tut uns leid, dass Sie so lange auf Ihre Espressomaschine warten müssen – das ist wirklich ärgerlich. Ihr Paket wird derzeit beim Zoll zurückgehalten; den Stand sehen Sie jederzeit unter der Sendungsnummer RR928374655CN.

Bei dieser Bestellung werden die Einfuhrabgaben vom Käufer getragen. Wären Sie so freundlich, die Gebühren zu bezahlen und die Verzollung abzuschliessen? Danach kann die Sendung zugestellt werden.

Falls der Zoll Unterlagen wie die Rechnung verlangt, schicken wir Ihnen diese sehr gerne zu.

Freundliche Grüsse
Barista Corner team""")

GOODS["nr06b"] = (6, """Hallo Lukas,
danke für Deine Nachricht, und sorry für das Warten! Wir haben nachgeschaut: Deine Sendung RR928374655CN liegt gerade beim Zoll.
Laut den Bestellbedingungen übernimmt bei dieser Bestellung der Käufer die Zollgebühren. Magst Du sie bitte bezahlen und die Zollabfertigung abschliessen? Dann geht die Maschine direkt auf den Weg zu Dir.
Braucht der Zoll irgendein Dokument, zum Beispiel die Rechnung, sag einfach Bescheid – wir schicken es Dir sofort.
Barista Corner team""")

GOODS["nr07a"] = (7, """Ciao Giulia,

ci dispiace davvero tanto: sembra proprio che il tuo pacco sia andato perso durante il viaggio. Capiamo benissimo la tua delusione.

Ti andrebbe se ti spedissimo di nuovo la lampada, senza alcun costo aggiuntivo per te?

Se sei d'accordo, rispondi pure qui per confermarcelo e controlla che il tuo indirizzo di spedizione sia corretto, così possiamo partire subito.

Un caro saluto,
Marco – LuceViva""")

GOODS["nr08a"] = (8, """Olá, João!

Entendemos sua frustração com a demora, e sentimos muito por tudo isso. Queremos te explicar como as coisas ficam agora.

Nós já enviamos as nossas provas para a plataforma. A partir de agora, quem decide é o especialista em disputas da plataforma, e vamos respeitar a decisão dele, seja ela qual for.

Enquanto isso, continuamos aqui para ajudar: se tiver qualquer dúvida, é só escrever nesta conversa.

Abraços,
Pulso Tech team""")

GOODS["nr09a"] = (9, """Beste Sanne,

We zien dat je het geschil hebt doorgezet naar het platform, en eerlijk gezegd snappen we dat heel goed: wachten zonder duidelijk antwoord is frustrerend.

We werken volledig mee met de geschillenspecialist van het platform en leveren al ons bewijs aan.

Tegelijk staan we nog steeds open om samen met jou tot een oplossing te komen. Laat het ons gerust weten als je daar ideeën over hebt.

Met vriendelijke groet,
Team Fietsmaatje""")

GOODS["nr10a"] = (10, """Merhaba Mehmet Bey,

İade ettiğiniz cüzdan bize ulaştı, haber verdiğiniz için teşekkür ederiz. Bu süreçte yaşadığınız sıkıntı için de ayrıca özür dileriz.

Para iadeniz şimdi platform üzerinden size ulaşacak.

Aklınıza takılan bir şey olursa bu konuşma üzerinden bize her zaman yazabilirsiniz. Gelecekte sizinle yeniden alışveriş yapmayı içtenlikle umuyoruz.

Saygılarımızla,
Deri Atölyesi team""")

GOODS["nr11a"] = (11, """김민준 고객님, 안녕하세요.

스피커 전원이 켜지지 않는다니 정말 죄송합니다. 기대하셨을 텐데 실망이 크셨을 것 같습니다. 저희가 꼭 해결해 드리고 싶습니다.

빠르게 확인할 수 있도록, 스피커를 켜려고 할 때 고장 증상이 나타나는 모습을 짧은 동영상으로 찍어서 보내 주실 수 있을까요?

동영상을 받는 대로 바로 확인하고 해결 방법을 안내해 드리겠습니다.

한빛샵 고객지원팀""")

GOODS["nr12a"] = (12, """陳怡君 您好：

非常理解您等待包裹的焦急心情，讓您擔心了，真的很抱歉。

您的便當盒目前仍在運送途中，您可以用物流追蹤號碼 LP00987123654CN 隨時查詢最新進度。

想麻煩您先暫時關閉這個糾紛，好嗎？我們會將您的購買保障延長 15 天，讓您在包裹送達之前都能得到完整的保障。

謝謝您的耐心與體諒！

小林家居 客服""")

GOODS["nr12b"] = (12, """怡君您好，
謝謝您的來信，物流遲遲沒有更新，一定讓您很不安，我們深感抱歉。
我們查詢過了：包裹還在路上，追蹤號碼是 LP00987123654CN。
可否請您先關閉糾紛？我們這邊會幫您把購買保障延長 15 天，在包裹到達前您都是受保護的。
有任何問題，歡迎隨時在這裡留言。
小林家居 客服""")

GOODS["nr13a"] = (13, """مرحباً أحمد،

شكراً جزيلاً على الصور التي أرسلتها، فقد اتضح لنا أن لون الساعة يختلف فعلاً عن صور الإعلان، ونعتذر بصدق عن هذا الإزعاج.

يسعدنا أن نقدم لك خيارين:
- أن تحتفظ بالساعة مع استرداد جزئي يصل إلى 128.00 SAR،
- أو أن تعيد الساعة وتحصل على استرداد كامل للمبلغ.

أي الخيارين تفضّل؟ ننتظر ردك لنكمل الإجراءات فوراً.

مع أطيب التحيات،
متجر الوقت team""")

GOODS["nr14a"] = (14, """Hej Erik!

Tack för att du går med på att vi skickar ryggsäcken en gång till, och förlåt för besväret med det förlorade paketet.

Ryggsäcken är nu skickad på nytt. Det nya spårningsnumret är LX998877665CN.

Vi håller ett öga på det nya paketet och hör av oss om något händer på vägen.

Vänliga hälsningar,
Fjällbutiken kundtjänst""")

GOODS["nr15a"] = (15, """Dobrý den, pane Nováku,

omlouváme se, že celá věc trvá tak dlouho, a děkujeme za trpělivost. Platforma rozhodla o vrácení zboží a peněz a my toto rozhodnutí plně respektujeme.

Mixér prosím zašlete na tuto adresu:
Vratky Domácí Potřeby, Průmyslová 12, 602 00 Brno, Česká republika

Jakmile vrácený mixér dorazí, peníze vám vrátíme. Prosíme také o doplnění sledovacího čísla zásilky do sporu.

Budeme rádi, když u nás v budoucnu opět nakoupíte.

S pozdravem
Domácí Potřeby team""")

GOODS["nr16a"] = (16, """Kedves Nagy Katalin!

Nagyon sajnáljuk a kellemetlenséget, teljesen érthető, hogy bosszantó ez a helyzet. A csomagját jelenleg a vámnál tartják vissza; a RR112233445CN követési számmal bármikor nyomon követheti.

Jó hír, hogy a vámot mi fizetjük ki, és a vámkezelést is mi intézzük, így Önnek semmit sem kell fizetnie.

Egy kis türelmet kérünk, amíg a vám kiadja a csomagot.

Üdvözlettel:
OtthonTech team""")

GOODS["nr17a"] = (17, """Kære Mette,

Det gør os virkelig ondt – det ser ud til, at din pakke er gået tabt undervejs. Vi forstår godt, at du er skuffet, når du havde glædet dig til sweateren.

Vil du gerne have, at vi sender sweateren til dig igen, helt uden ekstra omkostninger?

Svar os gerne her for at bekræfte, og tjek samtidig, at din leveringsadresse er korrekt.

Hilsen fra Nordisk Strik""")

GOODS["nr18a"] = (18, """Hei Aino,

Olemme todella pahoillamme, että keittimestä puuttui osa ja että vastauksemme viipyi. Ymmärrämme hyvin turhautumisesi.

Olemme jo toimittaneet oman näyttömme alustalle. Nyt alustan riita-asioiden asiantuntija tekee päätöksen, ja me kunnioitamme sitä, oli se mikä tahansa.

Autamme edelleen mielellämme, jos sinulla on kysyttävää – kirjoita vain tähän keskusteluun.

Ystävällisin terveisin
Eräkauppa team""")

GOODS["nr19a"] = (19, """Dzień dobry, Pani Katarzyno,

widzimy, że przekazała Pani spór platformie, i doskonale rozumiemy Pani frustrację – tak długie oczekiwanie na buty jest naprawdę męczące.

Będziemy w pełni współpracować ze specjalistą platformy ds. sporów i przekażemy mu wszystkie nasze dowody.

Jednocześnie wciąż jesteśmy otwarci na to, by wspólnie z Panią znaleźć rozwiązanie. Jeśli ma Pani jakiś pomysł, prosimy o wiadomość tutaj.

Z wyrazami szacunku
Zespół GórskiSklep""")

GOODS["nr20a"] = (20, """Вітаємо, Олено!

Дякуємо, що написали нам. Кавомолку, яку ви повернули, ми вже отримали. Перепрошуємо за незручності, яких вам завдала ця ситуація.

Повернення коштів тепер надійде через платформу.

Якщо у вас виникнуть запитання, пишіть нам тут, у спорі. Сподіваємося, що ви ще завітаєте до нас, і будемо раді співпрацювати з вами знову в майбутньому.

З повагою,
Кавовий Світ, служба підтримки""")

GOODS["nr21a"] = (21, """Γεια σας, κύριε Παπαδόπουλε,

Σας ευχαριστούμε για το βίντεο που μας στείλατε. Βλέπουμε καθαρά ότι ο βραστήρας σβήνει από μόνος του και λυπούμαστε πολύ για την ταλαιπωρία.

Μπορούμε να σας προτείνουμε δύο επιλογές: να κρατήσετε τον βραστήρα με μερική επιστροφή χρημάτων έως 11.70 EUR, ή να τον επιστρέψετε και να λάβετε πλήρη επιστροφή χρημάτων.

Ποια επιλογή προτιμάτε;

Με εκτίμηση,
Our Store team""")

GOODS["nr22a"] = (22, """Bună ziua, Andreea,

Îmi pare foarte rău că ați ajuns să vă faceți griji din cauza coletului. Vedem că în acest moment coletul dumneavoastră este reținut la vamă; îl puteți urmări cu numărul de urmărire RR667788990CN.

Verificăm chiar acum cu firma de curierat ce anume are nevoie vama pentru a elibera coletul și vă anunțăm imediat ce aflăm.

Vă rugăm să mai aveți puțină răbdare până rezolvăm această situație.

Cu stimă,
Echipa BucătăriaMea""")

GOODS["nr23a"] = (23, """Hi Marcus,

I'm really sorry about this. It looks like your lantern was lost on its way to you, and I know how frustrating that is when you had a trip coming up.

Would you like us to ship it to you again? There would be no extra cost to you.

If so, just reply here to confirm, and please double-check that your shipping address is still correct so it goes to the right place.

Thanks for your patience,
Dana at Trailhead Gear""")

GOODS["nr24a"] = (24, """Hola, Javier:

Sentimos mucho la espera y entendemos que estés cansado. La plataforma ha resuelto una devolución con reembolso y, por supuesto, aceptamos su decisión.

Puedes enviar las zapatillas a esta dirección:
Devoluciones Paso Firme, Calle de Alcalá 210, 28028 Madrid, España

En cuanto recibamos el paquete, tramitaremos tu reembolso. Te pedimos, por favor, que añadas el número de seguimiento de la devolución a la disputa.

Ojalá podamos volver a atenderte en el futuro.

Un saludo,
Lucía, Paso Firme""")

GOODS["nr24b"] = (24, """Estimado Sr. Fernández:
Le pedimos disculpas por haberle hecho esperar. Hemos visto la resolución de la plataforma —devolución y reembolso— y la aceptamos sin reservas.
La dirección de devolución es: Devoluciones Paso Firme, Calle de Alcalá 210, 28028 Madrid, España.
El reembolso se procesará en cuanto las zapatillas lleguen a nuestro almacén. Le agradeceríamos que incluyera en la disputa el número de seguimiento del envío de devolución.
Esperamos tener la oportunidad de servirle de nuevo más adelante.
Lucía, Paso Firme""")
