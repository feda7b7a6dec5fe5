"""Good replies, written by hand for each dispute (id, dispute file, reply language, text)."""
GOOD = [
("ox01a", "ox01_evidence_en", "en", """Hi Olivia,

I'm really sorry your coffee set arrived with a cracked dripper and a dented box. That is not how we want a parcel from us to reach you.

So we can check what happened, could you please send us photos of the damage and of the outer packaging as it arrived? A couple of clear pictures from different angles would be ideal.

As soon as your photos come in we will look at them and get back to you with a solution.

Kind regards,
Kettle & Pine team"""),
("ox02a", "ox02_transit_es", "es", """Hola Diego:

Entiendo perfectamente tu preocupación; esperar tanto tiempo un pedido es frustrante. Te cuento que tu paquete sigue en camino y puedes seguirlo con el número de rastreo LP00418822730CN.

¿Podrías, por favor, cerrar la disputa por ahora? A cambio, ampliaremos tu protección de compra en 20 días, así sigues completamente protegido hasta que lleguen tus audífonos.

Si ves cualquier novedad en el rastreo, escríbenos aquí y lo revisamos juntos.

Un saludo,
Equipo TecnoPunto"""),
("ox03a", "ox03_partial_ru", "ru", """Здравствуйте, Анна!

Спасибо за фотографии — на них хорошо видно, что плед линяет, и нам очень жаль, что он вас так разочаровал.

Мы можем предложить два варианта:
— вы оставляете плед, и мы возвращаем вам частичную сумму до 840.00 RUB;
— вы отправляете плед обратно, и мы возвращаем полную стоимость.

Подскажите, пожалуйста, какой вариант вам удобнее?

С уважением,
Команда «Уютный Дом»"""),
("ox04a", "ox04_return_ja", "ja", """佐藤 美咲 様

このたびはご迷惑をおかけし、誠に申し訳ございません。プラットフォームによる返品・返金の判断を確認いたしました。

お手数ですが、商品は下記の住所までご返送ください。
Room 502, Building 7, Longhua Industrial Park, Shenzhen 518109, China

返品された商品が当店に到着しましたら、返金の手続きを進めます。発送後、返送の追跡番号を紛争ページにご入力いただけますと助かります。

またのご利用を心よりお待ちしております。

Hikari Goods サポート担当"""),
("ox05a", "ox05_reship_confirm_fr", "fr", """Bonjour Julien,

Merci beaucoup d'avoir accepté un nouvel envoi, c'est très apprécié.

Votre lampe frontale et les bandeaux de rechange repartent vers vous ; le nouveau colis a le numéro de suivi CP092771990CN.

Nous allons surveiller ce colis de près et nous vous tiendrons au courant de son avancement.

Bonne journée,
L'équipe Boréal Outdoor"""),
("ox06a", "ox06_reship_offer_de", "de", """Hallo Herr Gruber,

es tut uns sehr leid, dass Ihr Paket mit dem Fahrradlicht-Set offenbar unterwegs verloren gegangen ist. Wir verstehen, wie ärgerlich das Warten für Sie war.

Sollen wir Ihnen den Artikel noch einmal zusenden? Für Sie entstehen dabei keine zusätzlichen Kosten.

Bitte antworten Sie uns kurz hier, ob Sie das möchten, und prüfen Sie dabei auch Ihre Lieferadresse, damit die neue Sendung sicher ankommt.

Mit freundlichen Grüßen
Ihr Radwerk-Team, Sabine"""),
("ox07a", "ox07_customs_buyer_it", "it", """Ciao Giulia,

grazie per averci scritto. Vediamo che il tuo pacco è al momento trattenuto in dogana; puoi seguirlo con il numero di tracciamento RB884201377CN.

Per questo ordine i dazi di importazione sono a carico dell'acquirente, quindi ti chiediamo gentilmente di pagarli e completare lo sdoganamento.

Se la dogana richiede qualche documento, come la fattura, te lo invieremo volentieri.

Un caro saluto,
Il team di Casa Sapori"""),
("ox08a", "ox08_await_pt", "pt", """Olá, Camila!

Sentimos muito que as capas não tenham vindo no tom de verde que você esperava. Queremos avisar que já enviamos as nossas evidências para a plataforma.

Agora o especialista em disputas da plataforma vai analisar o caso e tomar a decisão, e nós vamos respeitar o que for decidido.

Enquanto isso, continuamos aqui para ajudar se tiver qualquer dúvida.

Abraços,
Equipe Lar Doce Lar"""),
("ox09a", "ox09_escalation_nl", "nl", """Beste Sofie,

We zien dat u het geschil aan het platform heeft voorgelegd, en we begrijpen goed dat u gefrustreerd bent na zo lang wachten op uw bakmatten.

Wij werken volledig mee met de geschillenspecialist van het platform en leveren ons bewijs aan.

Tegelijk staan we er nog steeds voor open om samen met u een oplossing te vinden. Laat het ons gerust weten als u daarover wilt praten.

Met vriendelijke groet,
Team BakHuis"""),
("ox10a", "ox10_received_tr", "tr", """Merhaba Emre Bey,

İade ettiğiniz botlar bize ulaştı, teşekkür ederiz. Numara konusunda yaşadığınız sorun için tekrar özür dileriz.

İadeniz platform üzerinden şimdi işleme alınacak ve paranız size geri ödenecek.

Gelecekte yeniden sizinle alışveriş yapabilmeyi umuyoruz.

Saygılarımızla,
Adım Ayakkabı Müşteri Hizmetleri"""),
("ox11a", "ox11_evidence_ko", "ko", """김지훈 고객님, 안녕하세요.

주문하신 XL 패딩 점퍼가 생각보다 작게 와서 많이 불편하셨을 것 같습니다. 번거롭게 해 드려 정말 죄송합니다.

정확히 확인할 수 있도록, 점퍼를 바닥에 평평하게 펼친 뒤 줄자를 가로로 대고 사이즈 라벨이 함께 보이도록 찍은 사진을 보내 주시겠어요?

사진을 받는 대로 바로 확인하고 해결 방법을 안내해 드리겠습니다.

서울핏 고객센터"""),
("ox12a", "ox12_transit_zh_tw", "zh", """陳怡君 您好：

讓您等了這麼久，真的很抱歉。您的包裹目前仍在運送途中，可以用追蹤號碼 RR661044927CN 隨時查詢最新狀態。

想麻煩您先暫時關閉這個爭議，我們會將您的購買保障延長 10 天，讓您在包裹送達之前都能得到完整的保障。

如果物流有任何新的消息，歡迎隨時在這裡告訴我們。

好物小舖 客服團隊"""),
("ox13a", "ox13_customs_seller_ar", "ar", """مرحبًا عبدالله،

شكرًا لتواصلك معنا. نرى أن شحنتك محتجزة حاليًا في الجمارك، ويمكنك متابعتها برقم التتبع SM290015533CN.

نود أن نطمئنك بأننا نحن من سيدفع الرسوم الجمركية ويتولى إجراءات التخليص، فلا يوجد عليك أي مبلغ لتدفعه.

نرجو منك القليل من الصبر حتى تفرج الجمارك عن الطرد.

مع أطيب التحيات،
فريق متجر النخبة"""),
("ox14a", "ox14_reship_offer_sv", "sv", """Hej Elin,

Vi är verkligen ledsna över att paketet med dina ullsockor verkar ha försvunnit på vägen.

Vill du att vi skickar varorna till dig igen? Det kostar ingenting extra för dig.

Svara gärna här och bekräfta, och kontrollera samtidigt att din leveransadress stämmer så att det nya paketet hittar rätt.

Vänliga hälsningar,
Nordvärme kundtjänst"""),
("ox15a", "ox15_reship_confirm_cs", "cs", """Dobrý den, pane Nováku,

děkujeme, že souhlasíte s opětovným odesláním zboží.

Sadu šroubováků jsme Vám poslali znovu, nová zásilka má sledovací číslo RR503319417CN.

Budeme novou zásilku sledovat a dáme Vám vědět, jak se bude blížit k Vám.

S pozdravem
Tým Dílna Plus"""),
("ox16a", "ox16_partial_ro", "ro", """Bună ziua, Andreea,

Vă mulțumim pentru fotografii și pentru videoclip. Se vede clar că lipsesc scaunele și instrucțiunile și ne pare foarte rău pentru asta.

Vă propunem două variante:
- păstrați setul și primiți o rambursare parțială de până la 75.60 RON;
- returnați setul și primiți rambursarea integrală.

Ne puteți spune ce variantă preferați?

Cu stimă,
Echipa Jucării Vesele"""),
("ox17a", "ox17_return_hu", "hu", """Kedves Kovács Eszter!

Láttuk, hogy a platform a visszaküldés és a visszatérítés mellett döntött, ezt természetesen elfogadjuk.

Kérjük, a tejhabosítót erre a címre küldje vissza:
Unit 3, 15 Huancheng Road, Yiwu, Zhejiang 322000, China

Amint a visszaküldött termék megérkezik hozzánk, elindítjuk a visszatérítést. Kérjük, a feladás után adja meg a vitában a visszaküldés nyomkövetési számát.

Reméljük, hogy a jövőben még vásárol nálunk.

Üdvözlettel:
A Reggeli Kávé csapata"""),
("ox18a", "ox18_await_da", "da", """Hej Mads,

Tak for din besked, og vi er kede af, at du stadig venter på din termokande.

Vi har nu sendt vores dokumentation til platformen. Det er platformens tvistspecialist, der træffer afgørelsen, og vi vil selvfølgelig respektere den.

Hvis du har spørgsmål i mellemtiden, er vi her stadig for at hjælpe.

Venlig hilsen
Hygge Hjem kundeservice"""),
("ox19a", "ox19_escalation_fi", "fi", """Hei Aino,

Näemme, että olet vienyt riidan alustan ratkaistavaksi, ja ymmärrämme hyvin, että tilanne turhauttaa sinua.

Teemme yhteistyötä alustan riitojen asiantuntijan kanssa ja toimitamme hänelle oman näyttömme.

Olemme silti edelleen valmiita etsimään ratkaisua yhdessä kanssasi, joten kerro rohkeasti, mikä sadetakissa on pielessä.

Ystävällisin terveisin
Pikku Sade -tiimi"""),
("ox20a", "ox20_received_pl", "pl", """Dzień dobry, Pani Katarzyno,

potwierdzamy, że odesłany wazon dotarł już do nas. Bardzo dziękujemy i jeszcze raz przepraszamy za kłopot.

Zwrot pieniędzy zostanie teraz zrealizowany przez platformę.

Mamy nadzieję, że w przyszłości znów zrobi Pani u nas zakupy.

Pozdrawiamy serdecznie,
Zespół Szkło i Światło"""),
("ox21a", "ox21_evidence_uk", "uk", """Вітаю, Олександре!

Дуже шкода, що павербанк не заряджається — розуміємо, як це неприємно, і перепрошуємо за клопіт.

Щоб ми могли перевірити проблему, надішліть, будь ласка, коротке відео, де видно, що пристрій увімкнено і несправність проявляється.

Щойно отримаємо відео, одразу його переглянемо і повернемося до вас із рішенням.

З повагою,
Команда «Енергія»"""),
("ox22a", "ox22_customs_el", "el", """Γεια σας κύριε Παπαδόπουλε,

Βλέπουμε ότι το δέμα σας κρατείται αυτή τη στιγμή στο τελωνείο. Μπορείτε να το παρακολουθείτε με τον αριθμό αποστολής EL203348817CN.

Ελέγχουμε με τη μεταφορική τι ακριβώς χρειάζεται το τελωνείο για να αποδεσμεύσει το δέμα, και θα σας ενημερώσουμε μόλις μάθουμε.

Σας παρακαλούμε για λίγη υπομονή μέχρι να τακτοποιηθεί το θέμα.

Με εκτίμηση,
Η ομάδα του Ξυράφι"""),
("ox23a", "ox23_partial_en", "en", """Hello Marcus,

Thank you for the photos and the listing screenshot. I can see why you're unhappy with the wallet, and I'm sorry it didn't match what you ordered.

Here are two options, whichever suits you better:
- Keep the wallet and we send you a partial refund of up to 17.50 USD.
- Return the wallet and get a full refund.

Just let me know which one you'd prefer and we'll take it from there.

Best,
Oak Leather Co. team"""),
("ox24a", "ox24_reship_offer_zh", "zh", """王磊 您好：

非常抱歉，您的蓝牙机械键盘看起来在运输途中丢失了，给您添麻烦了。

请问您是否希望我们重新给您寄一次？不需要您额外支付任何费用。

如果愿意，请直接在这里回复确认，同时麻烦核对一下您的收货地址，确保新包裹能顺利送到。

键客工坊客服团队"""),
("ox03b", "ox03_partial_ru", "ru", """Анна, добрый день.

Благодарим за присланные фото. Понимаем ваше недовольство: плед действительно линяет, а так быть не должно.

Предлагаем на выбор: оставить плед себе с частичным возвратом до 840.00 RUB или вернуть его нам и получить полный возврат денег.

Какой из вариантов вы выбираете?

Команда «Уютный Дом»"""),
("ox16b", "ox16_partial_ro", "ro", """Salut, Andreea!

Mulțumim că ne-ați trimis dovezile, am văzut imediat ce lipsește din cutie. Îmi pare rău pentru neplăcere.

Puteți alege una dintre două soluții: fie păstrați setul și vă oferim o rambursare parțială de cel mult 75.60 RON, fie ni-l trimiteți înapoi și vă rambursăm suma întreagă.

Care dintre ele vi se potrivește mai bine?

Toate cele bune,
Echipa Jucării Vesele"""),
("ox23b", "ox23_partial_en", "en", """Dear Marcus,

Thanks for taking the time to send photos and a screenshot of the listing. They make the problem with the wallet clear, and we apologise.

We would like to offer you a choice. You can keep the wallet with a partial refund of up to 17.50 USD, or you can send it back to us for a full refund.

Which option would you prefer?

Warm regards,
Oak Leather Co. team"""),
("ox04b", "ox04_return_ja", "ja", """佐藤様

お問い合わせありがとうございます。今回の件について、プラットフォームが返品・返金と判断したことを承知いたしました。

返送先の住所をもう一度ご案内いたします。
Room 502, Building 7, Longhua Industrial Park, Shenzhen 518109, China

商品が当店に届き次第、返金を行います。お手数ですが、返送時の追跡番号も追加していただけますでしょうか。

今後ともどうぞよろしくお願いいたします。またのお取引を楽しみにしております。

Hikari Goods サポート担当"""),
("ox17b", "ox17_return_hu", "hu", """Kedves Eszter!

Sajnáljuk, hogy a tejhabosító nem működik. A platform döntését, vagyis a visszaküldést és a visszatérítést, tudomásul vettük.

A visszaküldési cím még egyszer: Unit 3, 15 Huancheng Road, Yiwu, Zhejiang 322000, China

A visszatérítést akkor intézzük, amikor a csomag megérkezett hozzánk. Kérjük, tegye hozzá a visszaküldés nyomkövetési számát is.

Bízunk benne, hogy a jövőben is vásárol majd tőlünk.

A Reggeli Kávé csapata"""),
("ox10b", "ox10_received_tr", "tr", """Sayın Emre Yılmaz,

Gönderdiğiniz iade paketini teslim aldığımızı bildirmek isteriz. Sabrınız ve iş birliğiniz için çok teşekkür ederiz.

Ücret iadeniz bundan sonra platform aracılığıyla yapılacaktır. Aklınıza takılan bir şey olursa buradan bize her zaman yazabilirsiniz.

Yaşadığınız aksaklık için üzgünüz; ileride tekrar birlikte alışveriş yapmayı dileriz.

İyi günler dileriz,
Adım Ayakkabı Müşteri Hizmetleri"""),
]
