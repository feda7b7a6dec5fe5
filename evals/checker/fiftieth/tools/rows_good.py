"""Hand-written good replies: id -> (dispute number, reply text)."""
GOOD = {}
def g(i, n, text):
    GOOD[i] = (n, text.strip("\n"))

g("01a", 1, """Hi Megan,

Thank you for getting in touch, and I'm sorry the smart bathroom scale keeps showing Err when you step on it. That's frustrating, especially after you already tried fresh batteries.

So we can check what is going on, could you please record a short video that shows the scale switched on and the error appearing when you step on it? You can attach it right here in the dispute.

As soon as the video arrives, we'll review it and come back to you with a solution.

Best regards,
BrightNest Home team""")

g("02a", 2, """Hola, Diego:

Entendemos tu preocupación; dos semanas esperando un paquete se hacen largas. Te confirmamos que tu cafetera va en camino con Cainiao / Estafeta y puedes seguirla con el número de rastreo LP00458812937CN. Los envíos internacionales a veces pasan varios días sin actualizar el rastreo, pero el paquete sigue avanzando.

¿Podrías, por favor, cerrar la disputa por ahora? Para que sigas totalmente protegido, con gusto ampliamos la protección de tu compra por 20 días más mientras llega el paquete.

Quedamos al pendiente de cualquier duda.

Saludos cordiales,
Casa Brava team""")

g("03a", 3, """Здравствуйте, Анна!

Спасибо за фотографии пледа. На них хорошо видно, что цвет серо-зелёный, а не бежевый, как на снимках в карточке товара. Нам очень жаль, что так получилось.

Мы можем предложить вам два варианта:
— оставить плед себе и получить частичный возврат до 870.00 RUB;
— вернуть плед и получить полный возврат средств.

Пожалуйста, напишите, какой вариант вам удобнее, и мы сразу всё оформим.

С уважением,
Команда Uyut Textile""")

g("03b", 3, """Анна, добрый день!

Благодарим за присланные фото — вы правы, оттенок пледа заметно отличается от описания, и мы приносим извинения за это расхождение. Чтобы решить вопрос, предлагаем на выбор: вы оставляете плед, а мы делаем частичный возврат в размере до 870.00 RUB, либо вы отправляете плед обратно и получаете полный возврат. Какой из вариантов вам больше подходит? Ответьте, пожалуйста, в этом споре.

Команда Uyut Textile""")

g("04a", 4, """佐藤 美咲 様

このたびはお荷物が届かず、大変ご不便をおかけしております。再送にご同意いただき、誠にありがとうございます。

陶器のマグカップ ペアセットを改めて発送いたしました。新しい追跡番号は LP00802246913CN です。

新しいお荷物の配送状況は私どもでも注意して確認し、何か動きがあればすぐにお知らせいたします。到着まで今しばらくお待ちいただけますと幸いです。

Hanami Home サポートチーム""")

g("05a", 5, """Bonjour Émilie,

Nous avons bien pris connaissance de la décision de la plateforme en faveur d'un retour avec remboursement, et nous l'acceptons. Nous sommes désolés pour cette charnière cassée.

Voici l'adresse de retour : Retours Boréal Déco, 455 rue Saint-Paul Ouest, Montréal QC H2Y 2P8, Canada.

Le remboursement sera effectué dès que la lampe nous sera parvenue. Pensez à ajouter le numéro de suivi du retour dans le litige, cela nous aidera à repérer le colis rapidement.

Au plaisir de vous servir de nouveau à l'avenir.

L'équipe Boréal Déco""")

g("05b", 5, """Bonjour Mme Tremblay,

Merci pour votre message. La plateforme a tranché pour un retour et un remboursement : c'est entendu de notre côté.

Vous pouvez nous renvoyer la lampe de bureau à l'adresse suivante :
Retours Boréal Déco, 455 rue Saint-Paul Ouest, Montréal QC H2Y 2P8, Canada

Dès que le colis arrivera chez nous, nous procéderons au remboursement. Merci d'indiquer le numéro de suivi de votre envoi dans le litige.

Nous espérons avoir le plaisir de faire affaire avec vous de nouveau.

Cordialement,
L'équipe Boréal Déco""")

g("06a", 6, """Grüezi Herr Meier

Danke für Ihre Nachricht. Ihre Kaffeemühle ist unterwegs, wird aber momentan vom Zoll zurückgehalten (Sendungsnummer RR482910375CN).

Bei dieser Bestellung liegen die Einfuhrabgaben beim Käufer. Wir bitten Sie deshalb freundlich, die Zollgebühren zu bezahlen und die Verzollung abzuschliessen, damit die Post das Paket zustellen kann. Wir verstehen, dass das ärgerlich ist.

Falls der Zoll Unterlagen wie die Rechnung verlangt, senden wir Ihnen diese sehr gerne zu.

Freundliche Grüsse
Alpenkorn Shop team""")

g("07a", 7, """Ciao Giulia,

ci dispiace davvero: secondo il tracciamento il pacco con il tuo set di pennelli sembra essersi perso durante il viaggio.

Vorresti che ti spedissimo di nuovo l'articolo? Il nuovo invio sarebbe senza alcun costo aggiuntivo per te.

Se sei d'accordo, rispondi qui per confermare e ricontrolla l'indirizzo di spedizione, così partiamo subito.

Un caro saluto,
Bella Via Beauty team""")

g("08a", 8, """Olá, Rafael!

Entendemos sua frustração por não ter recebido o fone de ouvido. Queremos que saiba que já enviamos à plataforma todas as nossas provas sobre este pedido.

A partir de agora, o especialista em disputas da plataforma vai analisar o caso e tomar a decisão, e nós vamos respeitar o resultado, seja ele qual for.

Enquanto isso, continuamos à disposição aqui se tiver qualquer dúvida.

Abraços,
Equipe SomViva""")

g("09a", 9, """Beste Pieter,

We zien dat u het geschil aan het platform hebt voorgelegd, en dat begrijpen we: u wacht al lang op uw fietslampset en dat is frustrerend.

Wij werken volledig mee met de geschilspecialist van het platform en bezorgen hen al ons bewijsmateriaal over deze zending.

Tegelijk staan we nog altijd open om samen met u een oplossing te vinden. Laat gerust weten wat voor u het beste zou werken.

Met vriendelijke groeten,
Fietsfabriek Online team""")

g("10a", 10, """Merhaba Elif Hanım,

İade ettiğiniz termos elimize ulaştı, gönderiniz için teşekkür ederiz. Ürünün hasarlı gelmesinin sizi ne kadar üzdüğünü çok iyi anlıyoruz.

Para iadeniz şimdi platform üzerinden size ulaşacaktır.

Yaşadığınız aksaklık için tekrar özür dileriz. İlerleyen zamanlarda sizinle yeniden alışveriş yapmayı umuyoruz.

Sevgiler,
Demir Mutfak team""")

g("11a", 11, """김지우 고객님, 안녕하세요.

주문하신 코트가 L 사이즈인데도 작게 맞고 팔 길이도 짧다니 정말 죄송합니다. 불편을 드려 마음이 무겁습니다.

정확히 확인할 수 있도록, 코트를 평평하게 펼쳐 놓고 그 위에 줄자를 대어 찍은 사진을 사이즈 라벨이 함께 보이도록 보내 주시겠어요?

사진을 받는 대로 바로 살펴보고 해결 방법을 안내해 드리겠습니다.

Seoul Loft 고객지원팀""")

g("12a", 12, """陳怡君 您好：

謝謝您的耐心等候，也很理解包裹遲遲未到讓您擔心。您的木質香氛擴香機目前仍在運送途中，追蹤號碼是 LP00620394857CN，國際包裹有時物流資訊會停滯一段時間，但包裹仍在前進。

想麻煩您先暫時關閉這次的糾紛。為了讓您在等待期間仍然受到完整保障，我們可以幫您將購買保護期延長 10 天。

如有任何問題，歡迎隨時在這裡留言。

木森生活館客服團隊""")

g("13a", 13, """مرحباً محمد،

شكراً لتواصلك معنا. شحنتك التي تحمل رقم التتبع SA550193847CN محتجزة حالياً لدى الجمارك، ونحن نتفهم قلقك.

لا داعي لأن تدفع أي شيء: نحن من يتحمل الرسوم الجمركية ونتولى إجراءات التخليص بأنفسنا.

نرجو منك التحلي بقليل من الصبر ريثما تفرج الجمارك عن الطرد، وسنبقيك على اطلاع.

مع أطيب التحيات،
فريق Nomad Gear""")

g("14a", 14, """Hej Erik!

Tack för videon – det syns tydligt att jackan läcker vid sömmarna, och det är verkligen inte okej för en vattentät jacka. Vi beklagar.

Vi kan erbjuda dig två alternativ:
Behåll jackan och få en delåterbetalning på upp till 134.70 SEK.
Skicka tillbaka jackan och få full återbetalning.

Vilket alternativ föredrar du? Svara gärna här i ärendet.

Vänliga hälsningar,
Fjällvind Outdoor team""")

g("14b", 14, """Hej Erik Lindqvist,

Stort tack för att du laddade upp videon. Vi ser problemet med sömmarna och förstår att du är besviken efter första regnet.

Du får gärna välja det som passar dig bäst: antingen behåller du jackan och vi gör en delvis återbetalning på högst 134.70 SEK, eller så returnerar du jackan och får hela beloppet tillbaka. Hör av dig och berätta vilket du väljer, så ordnar vi resten.

Med vänlig hälsning
Fjällvind Outdoor team""")

g("15a", 15, """Dobrý den, paní Nováková,

moc nás mrzí, že se zásilka s konvicí na čaj podle sledování cestou ztratila.

Rádi vám konvici pošleme znovu, a to bez jakýchkoli dalších nákladů. Měla byste o nové odeslání zájem?

Pokud ano, potvrďte nám to prosím odpovědí zde a zkontrolujte, zda je vaše doručovací adresa správná.

S pozdravem
Tým Čajovna Domov""")

g("16a", 16, """Bună ziua, Andrei,

Vă mulțumim că ați acceptat să vă retrimitem suportul de laptop și ne pare rău pentru neplăcerea cu primul colet.

Produsul a fost expediat din nou, iar noul număr de urmărire este LP00911457208CN.

Vom urmări cu atenție noul colet și vă vom ține la curent până ajunge la dumneavoastră.

Cu stimă,
DeskPro Shop team""")

g("17a", 17, """Kedves Eszter!

Tudomásul vettük a platform döntését a visszaküldésről és a visszatérítésről, és elfogadjuk azt.

Kérjük, a serpenyőt erre a címre küldje vissza: Konyhaművek Visszáru, Váci út 76, 1133 Budapest, Magyarország.

A visszatérítést azonnal elindítjuk, amint a csomag megérkezik hozzánk. Kérjük, a visszaküldés nyomkövetési számát adja hozzá a vitához.

Reméljük, a jövőben is vásárol majd nálunk.

Üdvözlettel:
A Konyhaművek csapata""")

g("17b", 17, """Tisztelt Kovács Eszter!

Köszönjük az üzenetét. A platform visszaküldést és teljes visszatérítést ítélt meg, ezt természetesen elfogadjuk, és sajnáljuk, hogy a serpenyő sérülten érkezett.

A visszaküldési cím: Konyhaművek Visszáru, Váci út 76, 1133 Budapest, Magyarország

Amint a csomag beérkezik, feldolgozzuk a visszatérítést. Kérjük, a feladás után rögzítse a nyomkövetési számot a vitában.

Bízunk benne, hogy a jövőben újra üzletet köthetünk.

A Konyhaművek csapata""")

g("18a", 18, """Hej Mette,

Tak for din besked, og vi forstår godt, at det er skuffende at få en anden vare end den, du bestilte.

Vi har nu sendt vores dokumentation til platformen. Platformens tvistspecialist vil gennemgå sagen og træffe afgørelsen, og vi vil selvfølgelig respektere den.

Har du spørgsmål i mellemtiden, er vi stadig her og hjælper gerne.

Venlig hilsen
Nordlys Living team""")

g("19a", 19, """Hei Mikko,

Näemme, että olet vienyt riidan alustan ratkaistavaksi, ja ymmärrämme hyvin turhautumisesi, kun kattila saapui lommoilla.

Teemme yhteistyötä alustan riitaselvittäjän kanssa ja toimitamme heille oman näyttömme.

Olemme edelleen valmiita etsimään ratkaisun yhdessä kanssasi, joten kerro mielellään, mikä sinulle sopisi.

Ystävällisin terveisin
Erämaa Varusteen asiakaspalvelu""")

g("20a", 20, """Dzień dobry, Pani Katarzyno,

bardzo nam przykro, że wazon dotarł pęknięty – rozumiemy, jak bardzo to rozczarowuje.

Aby sprawdzić sprawę, prosimy o przesłanie zdjęć uszkodzenia oraz zewnętrznego opakowania w takim stanie, w jakim paczka do Pani dotarła.

Gdy tylko otrzymamy zdjęcia, przejrzymy je i wrócimy z propozycją rozwiązania.

Pozdrawiamy serdecznie,
Szklana Pracownia team""")

g("21a", 21, """Добрий день, Олено!

Дякуємо, що написали. Ваша посилка з номером відстеження LP00745590136CN зараз затримана на митниці.

Ми вже з'ясовуємо у перевізника, що саме потрібно митниці, щоб випустити посилку, і одразу повідомимо вас, щойно отримаємо відповідь.

Просимо трохи терпіння, поки ми це владнаємо.

З повагою,
Команда Tepla Hata""")

g("22a", 22, """Γεια σας κύριε Παπαδόπουλε,

Σας ενημερώνουμε ότι παραλάβαμε τη σκούπα χειρός που μας επιστρέψατε.

Η επιστροφή των χρημάτων σας θα ακολουθήσει τώρα μέσω της πλατφόρμας.

Λυπούμαστε για την ταλαιπωρία και ελπίζουμε να συνεργαστούμε ξανά στο μέλλον.

Με εκτίμηση,
Ήλιος Οικιακά team""")

g("22b", 22, """Αγαπητέ Γιώργο,

Η επιστροφή σας έφτασε με ασφάλεια και η σκούπα είναι πλέον στα χέρια μας. Ευχαριστούμε που τη στείλατε τόσο γρήγορα.

Από εδώ και πέρα, η επιστροφή χρημάτων θα γίνει μέσω της πλατφόρμας, χωρίς να χρειάζεται κάτι άλλο από εσάς.

Θα χαρούμε πολύ να σας εξυπηρετήσουμε ξανά στο μέλλον.

Ήλιος Οικιακά team""")

g("23a", 23, """Dear Oliver,

Thank you for the photos you added to the case. They clearly show that two shelf brackets and the screws were missing from your bookshelf, and I'm sorry you've been left unable to put it together.

We'd like to offer you a choice:
- keep the bookshelf and receive a partial refund of up to 11.50 GBP, or
- return it to us for a full refund.

Could you let me know which option you'd prefer?

Kind regards,
Oakline Furniture team""")

g("23b", 23, """Hello Oliver Hughes,

Many thanks for sending the photos — missing brackets and screws are not what you should have found in the box, and we apologise.

There are two ways we can put this right. If you'd like to keep the shelf, we can give you a partial refund of up to 11.50 GBP. If you'd rather not keep it, you can send it back and receive a full refund.

Which would suit you better? Just reply here and we'll take care of it.

Oakline Furniture team""")

g("24a", 24, """王磊 您好：

非常理解您对饭盒保温效果的不满，给您带来困扰，我们深表歉意。

我们已经把本订单的相关证据提交给了平台。接下来将由平台的纠纷专员进行判定，无论结果如何，我们都会尊重平台的决定。

在此期间，如果您有任何疑问，我们仍然随时在这里为您提供帮助。

暖食记客服团队""")
