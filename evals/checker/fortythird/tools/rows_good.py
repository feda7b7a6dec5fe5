"""Hand-written good replies: id -> (dispute number, reply language, note, text)."""
GOOD = {}
def g(gid, lang, note, text):
    GOOD[gid] = (int(gid[:2]), lang, note, text.strip("\n"))

g("01a", "en", "evidence, not_working: asks for a video of the fault", """
Hi Megan,

I'm really sorry the speaker won't switch on, even after a full night of charging. That's frustrating, and we want to get it sorted for you. So we can check what's going on, could you please send us a short video showing you switching the speaker on and the fault happening? As soon as the video arrives, we'll look at it closely and come back to you with a solution.

Thanks for your patience,
Ethan, SoundNest support
""")
g("02a", "es", "extend, es-MX, tuteo", """
Hola, Alejandro:

Entendemos perfectamente tu preocupación; esperar tanto por tu lámpara no es nada agradable. Te confirmamos que el paquete sigue en camino hacia ti y puedes seguirlo con el número de rastreo LP00471920385MX. ¿Podrías, por favor, cerrar la disputa por ahora? Nosotros ampliaremos tu protección de compra por 20 días, así sigues completamente protegido hasta que llegue el paquete. Cualquier duda, aquí estamos para ayudarte.

Saludos cordiales,
Luz Viva Shop team
""")
g("03a", "ru", "partial/return, cap quoted", """
Здравствуйте, Ольга!

Спасибо за фотографии — мы хорошо видим затяжки и пятно на пледе, и нам очень жаль, что он пришёл в таком виде. Мы можем предложить вам два варианта: оставить плед себе и получить частичный возврат до 1050.00 RUB или вернуть его и получить полный возврат средств. Какой вариант вам удобнее? Напишите, пожалуйста, и мы сразу всё оформим.

С уважением,
Teplo Home team
""")
g("03b", "ru", "partial/return, list style", """
Ольга, добрый день!

Благодарим вас за присланные доказательства. Мы внимательно их изучили: дефект действительно есть, приносим свои извинения.
Чтобы решить вопрос, предлагаем на выбор:
— вы оставляете плед, а мы делаем частичный возврат в размере до 1050.00 RUB;
— вы возвращаете плед и получаете полный возврат денег.
Подскажите, пожалуйста, какой вариант вы выбираете?

Teplo Home team
""")
g("04a", "ja", "return instructions, keigo, address on its own line", """
佐藤 美咲 様

このたびはご迷惑をおかけし、誠に申し訳ございません。プラットフォームより返品・返金の判断が出ましたので、当店はこの決定に従います。
お手数ですが、ケトルを下記の住所までご返送ください。
〒135-0063 東京都江東区有明3-7-26 キッチンひかり返品係
返品された商品が到着し次第、返金手続きを行います。発送後は、返送の追跡番号を紛争ページにご入力いただけますと幸いです。
またのご利用を心よりお待ちしております。

キッチンひかり サポート担当 中村
""")
g("05a", "fr", "confirm reshipment, fr-BE", """
Bonjour Julien,

Merci beaucoup d'avoir accepté un nouvel envoi de votre montre connectée, et encore désolés pour ce colis perdu. Votre montre a bien été réexpédiée : voici son nouveau numéro de suivi, LB118299031BE. Nous garderons un œil sur ce nouveau colis et vous tiendrons informé de son avancée jusqu'à la livraison.

Bien cordialement,
TempoFit team
""")
g("06a", "de", "offer reshipment, de-CH spelling (ss), formal Sie", """
Grüezi Herr Meier

Es tut uns sehr leid: Nach allem, was wir sehen, ist Ihr Paket mit dem Wanderrucksack unterwegs verloren gegangen. Das ist ärgerlich, und wir verstehen Ihren Unmut gut. Möchten Sie, dass wir Ihnen den Rucksack noch einmal zusenden, ohne zusätzliche Kosten für Sie? Bitte bestätigen Sie uns das kurz mit einer Antwort und prüfen Sie dabei, ob Ihre Lieferadresse noch stimmt.

Freundliche Grüsse
Ihr Alpenpack-Team
""")
g("07a", "it", "customs, buyer pays duties", """
Ciao Giulia,

grazie per averci scritto e ci dispiace per l'attesa. Vediamo che il tuo pacco con la macchina per espresso è attualmente trattenuto in dogana; puoi seguirlo con il numero di tracciamento CY300488172IT. Per questo ordine i dazi di importazione sono a carico dell'acquirente, quindi ti chiediamo gentilmente di pagarli e di completare lo sdoganamento. Se la dogana richiede qualche documento, come la fattura, te lo invieremo volentieri.

Un caro saluto,
Caffè Mondo team
""")
g("08a", "pt", "await platform decision, pt-BR", """
Olá, Rafael!

Entendemos sua frustração com o fone que chegou com defeito e respeitamos sua decisão de levar a disputa à plataforma. Já enviamos todas as nossas evidências para a plataforma. Agora, o especialista em disputas da plataforma vai analisar o caso e decidir, e nós vamos respeitar a decisão dele. Enquanto isso, continuamos à disposição: se tiver qualquer dúvida, é só nos chamar por aqui.

Abraços,
Equipe Som Total
""")
g("09a", "nl", "escalation reply, informal je", """
Beste Sanne,

We zien dat je het geschil hebt voorgelegd aan het platform, en we begrijpen goed dat je gefrustreerd bent na zo lang wachten op je mokken. We werken volledig mee met de geschilspecialist van het platform en sturen hun al ons bewijs. Tegelijk staan we nog steeds open om samen met jou een oplossing te vinden; laat gerust weten wat voor jou het prettigst is.

Hartelijke groet,
Mok & Zo team
""")
g("10a", "tr", "return received, short", """
Merhaba Emre Bey,

İade ettiğiniz deri cüzdan bize ulaştı, gönderdiğiniz için teşekkür ederiz. Cüzdanın renginin beklentinizi karşılamaması bizi de üzdü. Para iadeniz şimdi platform üzerinden size ulaşacaktır. Yaşadığınız aksaklık için tekrar özür dileriz; ileride sizinle yeniden alışveriş yapmayı umuyoruz.

Saygılarımızla,
Deri Atölyesi team
""")
g("11a", "ko", "evidence, damaged, formal", """
김민준 고객님, 안녕하세요.

주문하신 유리 화병 세트 중 하나가 깨진 채 도착했다니 정말 죄송합니다. 불편을 드려 마음이 무겁습니다. 정확히 확인할 수 있도록 파손된 부분의 사진과 도착 당시 외부 포장 상태의 사진을 보내주시겠어요? 사진을 받는 대로 바로 확인하고 해결 방법을 안내해 드리겠습니다.

블룸하우스 고객지원팀
""")
g("11b", "ko", "evidence, damaged, warmer tone", """
안녕하세요, 민준 님!

화병이 깨져서 오다니 많이 속상하셨을 것 같아요. 정말 죄송합니다. 빠르게 확인해 드리기 위해 사진을 부탁드려요. 깨진 화병의 파손 부위 사진, 그리고 받으셨을 때의 택배 겉포장 사진입니다. 보내주시면 꼼꼼히 살펴본 뒤 곧바로 해결 방안을 가지고 다시 연락드릴게요.

블룸하우스 고객지원팀
""")
g("12a", "zh", "extend, zh-TW traditional script", """
陳怡君 您好：

讓您等了這麼久，真的很抱歉，也完全理解您的擔心。您的保溫咖啡杯目前仍在運送途中，您可以用追蹤號碼 RB550219837TW 查看最新進度。想麻煩您先暫時關閉這次的糾紛；我們會將您的購買保障延長 30 天，讓您在包裹送達前都能獲得完整的保障。如有任何問題，歡迎隨時在這裡留言給我們。

暖杯小舖 team
""")
g("13a", "ar", "customs, seller pays", """
مرحباً أحمد،

شكراً لتواصلك معنا، ونتفهم قلقك بشأن الطرد. نود إعلامك بأن طردك محتجز حالياً لدى الجمارك، ويمكنك متابعته برقم التتبع AX90318274SA. لا تقلق، فنحن من سيدفع الرسوم الجمركية ونتولى إجراءات التخليص بأنفسنا، لذلك لن يُطلب منك دفع أي شيء. نرجو منك قليلاً من الصبر حتى تُفرج الجمارك عن طردك، وسنبقيك على اطلاع.

مع أطيب التحيات،
فريق Time Gulf
""")
g("14a", "sv", "partial/return, size", """
Hej Elin!

Tack för bilderna och måtten du skickade. Vi ser tydligt att regnjackan är för liten, och vi ber om ursäkt för det. Vi kan erbjuda dig två alternativ: antingen behåller du jackan och får en delåterbetalning på upp till 259.60 SEK, eller så skickar du tillbaka den och får full återbetalning. Vilket alternativ föredrar du?

Vänliga hälsningar,
Nordvind team
""")
g("14b", "sv", "partial/return, bullet list", """
Hej Elin Johansson,

Stort tack för att du tog dig tid att fotografera jackan och skicka skärmbilden. Det stämmer att storleken inte blev rätt, och det är tråkigt att den inte passar. Så här kan vi lösa det:
• Du behåller jackan och vi återbetalar en del av priset, upp till 259.60 SEK.
• Du returnerar jackan och får hela beloppet tillbaka.
Hör av dig och berätta vad som passar dig bäst!

Nordvind team
""")
g("15a", "cs", "return instructions, formal vocative", """
Dobrý den, pane Nováku,

platforma rozhodla o vrácení zboží a vrácení peněz a my toto rozhodnutí plně respektujeme. Mixér prosím pošlete zpět na tuto adresu: MixMaster CZ, Vrácení zboží, Na Florenci 19, 110 00 Praha 1. Jakmile vrácený mixér dorazí, peníze vám vrátíme. Prosíme vás také, abyste do sporu doplnil sledovací číslo zásilky. Moc děkujeme za pochopení a budeme rádi, když u nás v budoucnu zase nakoupíte.

S pozdravem
MixMaster CZ team
""")
g("16a", "ro", "confirm reshipment", """
Bună ziua, Andreea,

Vă mulțumim că ați acceptat să vă trimitem din nou setul de cuțite. Coletul a fost deja reexpediat, iar noul număr de urmărire este RO207790162CN. Vom urmări cu atenție noul colet și vă vom ține la curent pe tot parcursul livrării. Ne pare rău pentru neplăcerea cu primul pachet.

Cu drag,
Echipa Bucătăria Bună
""")
g("17a", "hu", "offer reshipment, formal Ön", """
Kedves Eszter!

Nagyon sajnáljuk, de úgy tűnik, hogy a gyerek esőkabátot tartalmazó csomag elveszett útközben. Megértjük, milyen bosszantó ez. Szeretné, ha újra elküldenénk Önnek a terméket, mindenféle többletköltség nélkül? Kérjük, válaszában erősítse meg, és ellenőrizze, hogy a szállítási címe helyes-e.

Üdvözlettel:
Kis Felhő team
""")
g("18a", "da", "await platform decision", """
Hej Mette,

Tak for din besked, og vi forstår godt, at du er skuffet over tasken. Vi har allerede sendt vores dokumentation til platformen. Nu er det platformens tvistspecialist, der træffer afgørelsen, og vi vil selvfølgelig respektere den. Hvis du har spørgsmål i mellemtiden, er vi stadig her for at hjælpe.

Venlig hilsen
Nordic Bags team
""")
g("19a", "fi", "escalation reply, missing parts", """
Hei Aino,

näemme, että olet vienyt riidan alustan käsiteltäväksi, ja ymmärrämme hyvin turhautumisesi, varsinkin kun paketista puuttui sukkia. Teemme täyttä yhteistyötä alustan riitojenratkaisuasiantuntijan kanssa ja toimitamme heille kaiken näyttömme. Olemme silti edelleen valmiita etsimään ratkaisun yhdessä kanssasi, joten kerro ihmeessä, jos sinulla on toiveita.

Ystävällisin terveisin
Lanka & Lämpö -asiakaspalvelu
""")
g("20a", "pl", "return received, formal Pani", """
Dzień dobry, Pani Katarzyno,

Potwierdzamy, że odesłana lampa podłogowa dotarła do nas. Dziękujemy za szybki zwrot. Zwrot pieniędzy nastąpi teraz za pośrednictwem platformy. Przepraszamy za kłopot z uszkodzoną lampą i mamy nadzieję, że jeszcze kiedyś zrobi Pani u nas zakupy.

Serdecznie pozdrawiamy,
Dom i Światło team
""")
g("20b", "pl", "return received, informal ty", """
Cześć Katarzyno,

Twoja paczka ze zwrotem, czyli lampa podłogowa, jest już u nas. Dziękujemy! Zwrot środków zostanie teraz zrealizowany przez platformę. Jeszcze raz przepraszamy, że lampa dotarła uszkodzona. Mamy nadzieję, że dasz nam kolejną szansę i wkrótce znów zrobisz u nas zakupy.

Pozdrawiamy ciepło,
Dom i Światło team
""")
g("21a", "uk", "customs, duties payer unknown", """
Вітаємо, Олександре!

Дякуємо, що написали нам, і перепрошуємо за затримку. Ми бачимо, що вашу посилку з клавіатурою наразі затримано на митниці; стежити за нею можна за номером відстеження UA505817290CN. Зараз ми з'ясовуємо у перевізника, що саме потрібно митниці, щоб випустити посилку, і повідомимо вам, щойно матимемо відповідь. Просимо трохи терпіння, поки ми все владнаємо.

З повагою,
KeyLab team
""")
g("22a", "el", "evidence, size_or_fit", """
Γεια σας, Γιώργο,

Λυπούμαστε πολύ που το μπουφάν σας ήρθε μικρότερο από το μέγεθος που παραγγείλατε, και θέλουμε να το λύσουμε μαζί σας. Για να το ελέγξουμε γρήγορα, μπορείτε να μας στείλετε μια φωτογραφία του μπουφάν απλωμένου σε επίπεδη επιφάνεια, με μια μεζούρα πάνω του, δίπλα στην ετικέτα μεγέθους; Μόλις τη λάβουμε, θα την εξετάσουμε και θα επανέλθουμε με μια λύση.

Με εκτίμηση,
Ομάδα Aegean Wear
""")
g("23a", "en", "partial/return, en-GB spelling", """
Dear Oliver,

Thank you for sending the photos of the scarf next to the listing. You're right, the colour is clearly off, and we're sorry it wasn't what you expected. We'd like to offer you a choice: keep the scarf and receive a partial refund of up to 11.00 GBP, or send it back to us for a full refund. Which would you prefer? Just let us know here and we'll set it up.

Kind regards,
Highland Knits team
""")
g("23b", "en", "partial/return, two short paragraphs", """
Hi Oliver,

Many thanks for the photos; having compared them with our listing, we agree the scarf's colour doesn't match, and we apologise.

There are two ways we can put this right. You can keep the scarf and we'll refund part of the price, up to 11.00 GBP. Or, if you'd rather not keep it, you can return it and we'll give you a full refund. Could you let us know which option suits you better?

Best wishes,
Highland Knits team
""")
g("24a", "pt", "partial/return, pt-PT, wrong item", """
Olá Inês,

Obrigado pelas fotografias que nos enviou. Vemos claramente que recebeu um artigo diferente da cafeteira elétrica que encomendou, e lamentamos muito o engano. Podemos propor-lhe duas opções: ficar com o artigo e receber um reembolso parcial até 26.70 EUR, ou devolvê-lo e receber o reembolso total. Qual das opções prefere?

Com os melhores cumprimentos,
Equipa Casa Aroma
""")
g("24b", "pt", "partial/return, pt-PT, more formal", """
Cara Inês Carvalho,

Agradecemos as provas que partilhou connosco: confirmam que o artigo enviado não corresponde à sua encomenda, e pedimos-lhe sinceras desculpas. Para resolver a situação, temos duas soluções à sua escolha. Pode manter o artigo e nós devolvemos-lhe parte do valor, até ao máximo de 26.70 EUR. Em alternativa, pode devolver o artigo e receber o reembolso completo. Diga-nos, por favor, qual prefere, para avançarmos já.

Equipa Casa Aroma
""")
