"""Good replies, hand-written for set thirtythird. id -> (dispute file, language, reply)."""
GOOD = {
"ou01a": ("01_evidence_en.json", "en", """Hi Megan,

I'm really sorry the bathroom scale switches itself off before it can weigh anything - that's frustrating, and not how it should behave.

So we can see exactly what's going on, could you please record a short video showing the scale switched on and the fault happening? A few seconds is plenty.

As soon as your video arrives we'll look at it carefully and come back to you with a solution.

Best regards,
HomeTrend Direct team"""),
"ou01b": ("01_evidence_en.json", "en", """Hello Megan,

Thank you for letting us know, and apologies for the trouble with your Bluetooth bathroom scale. A scale that cuts out after a second is clearly not right.

Could you send us a short video that shows the item switched on and the fault happening? That helps us understand whether it's the display, the battery contact or something else.

We'll review it the moment it comes in and get back to you with a solution.

Kind regards,
HomeTrend Direct team"""),
"ou02a": ("02_extend_es.json", "es", """Hola Alejandro:

Entiendo perfectamente tu preocupación, tres semanas esperando se hacen largas. Te cuento que tus audífonos ya van en camino con Cainiao / Estafeta y puedes seguirlos con el número de rastreo LP00442200338CN.

¿Podrías cerrar la disputa por ahora? Para que no pierdas nada, vamos a extender tu protección de compra 20 días, así sigues totalmente protegido hasta que llegue el paquete.

Cualquier duda, aquí estamos.

Saludos,
Equipo de Soporte de TecnoMundo"""),
"ou02b": ("02_extend_es.json", "es", """Estimado Alejandro,

Gracias por escribirnos y disculpa la espera. Revisamos tu envío: el paquete está en tránsito y avanza hacia México. Número de rastreo: LP00442200338CN.

Te pedimos amablemente que cierres la disputa de momento. Nosotros ampliaremos tu protección de comprador en 20 días, de modo que quedas cubierto mientras el paquete llega a tus manos.

Un cordial saludo,
Equipo de Soporte de TecnoMundo"""),
"ou03a": ("03_partial_ru.json", "ru", """Здравствуйте, Ирина!

Спасибо за фотографии. На них действительно видно, что шарф коричневого оттенка, а не серый, как на снимке в описании. Приносим извинения.

Мы можем предложить вам два варианта:
— оставить шарф себе и получить частичный возврат до 462.50 RUB;
— вернуть шарф и получить полный возврат средств.

Подскажите, пожалуйста, какой вариант вам удобнее?

С уважением,
WarmNest team"""),
"ou03b": ("03_partial_ru.json", "ru", """Добрый день, Ирина.

Благодарим вас за присланные снимки — мы их внимательно посмотрели и согласны, что цвет шарфа отличается от заявленного. Понимаем, как это неприятно.

Предлагаем на выбор: вы оставляете шарф, а мы оформляем частичный возврат в размере до 462.50 RUB, или вы возвращаете товар и получаете полный возврат. Напишите, пожалуйста, что вы предпочитаете, и мы сразу всё оформим.

С уважением,
WarmNest team"""),
"ou04a": ("04_return_ja.json", "ja", """佐藤 美咲 様

このたびはご不便をおかけし、誠に申し訳ございません。プラットフォームによる返品・返金の判断を承知いたしました。

お手数ですが、商品は下記の住所までご返送ください。
Kissa Goods 返品係, 〒273-0012 千葉県船橋市浜町2-1-1

返品された商品が届き次第、返金の手続きを進めます。発送後、返品の追跡番号をご入力いただけますと幸いです。

またのご利用を心よりお待ちしております。

Kissa Goods team"""),
"ou05a": ("05_confirm_fr.json", "fr", """Bonjour Julien,

Merci beaucoup d'avoir accepté un nouvel envoi de votre montre connectée, et encore désolés pour le colis perdu.

Bonne nouvelle : la montre est déjà repartie. Vous pouvez suivre ce nouveau colis avec le numéro de suivi LP00775599881CN.

Nous garderons un œil sur son acheminement et vous tiendrons informé à chaque étape.

Bien cordialement,
Atelier Chrono team"""),
"ou06a": ("06_offer_de.json", "de", """Hallo Katharina,

es tut uns wirklich leid, dass Ihr Paket mit der Thermosflasche offenbar auf dem Weg verloren gegangen ist.

Gerne schicken wir Ihnen die Flasche noch einmal zu, ohne zusätzliche Kosten für Sie. Möchten Sie das?

Bitte antworten Sie uns kurz zur Bestätigung und prüfen Sie dabei auch Ihre Lieferadresse, damit das neue Paket sicher ankommt.

Viele Grüße
Alpin Outdoor Shop team"""),
"ou07a": ("07_customs_it.json", "it", """Gentile Giorgio,

grazie per averci scritto. Abbiamo controllato: il suo drone è fermo presso la dogana, numero di tracciamento JD014600009988776655 con DHL Express.

Per questo ordine i dazi di importazione sono a carico dell'acquirente, quindi le chiediamo cortesemente di pagarli e completare lo sdoganamento, così il pacco potrà ripartire verso di lei.

Se la dogana dovesse richiedere documenti, come la fattura, saremo felici di inviarglieli subito.

Cordiali saluti,
SkyPix Official team"""),
"ou08a": ("08_await_pt.json", "pt", """Olá, Fernanda!

Entendemos sua decisão de levar a reclamação à plataforma. Queremos avisar que já enviamos todas as nossas evidências para a plataforma.

Agora o especialista em disputas vai analisar o caso e tomar a decisão, e nós vamos respeitar o que for decidido.

Enquanto isso, seguimos à disposição aqui para qualquer dúvida sobre o seu tênis.

Abraços,
Passo Certo Store team"""),
"ou08b": ("08_await_pt.json", "pt", """Oi Fernanda, tudo bem?

Sentimos muito que o tênis não serviu. Só para te manter informada: nossa parte já foi feita, as evidências foram entregues à plataforma. A partir de agora quem decide é o especialista em disputas da plataforma, e vamos acatar a decisão dele, seja qual for.

Se tiver alguma pergunta nesse meio tempo, é só chamar por aqui.

Um abraço,
Passo Certo Store team"""),
"ou09a": ("09_escalation_nl.json", "nl", """Beste Sanne,

We zien dat je het geschil hebt doorgezet naar het platform, en dat begrijpen we: je hebt lang moeten wachten en dat is vervelend.

Wij werken samen met de geschilspecialist van het platform en leveren ons bewijs aan, zodat er snel duidelijkheid komt over je vloerkleed.

Tegelijk staan we nog steeds open om samen met jou tot een oplossing te komen. Laat gerust weten wat je voor ogen hebt.

Met vriendelijke groet,
Noordlicht Interieur team"""),
"ou10a": ("10_received_tr.json", "tr", """Merhaba Emre Bey,

İade ettiğiniz kablosuz mekanik klavye elimize ulaştı, teşekkür ederiz.

İadeniz platform üzerinden şimdi işleme alınacak ve ödemeniz platform aracılığıyla size geri gönderilecek.

Yaşadığınız aksaklık için tekrar özür dileriz. İlerleyen zamanlarda sizinle yeniden alışveriş yapmayı umuyoruz.

Saygılarımızla,
KeyForge Store team"""),
"ou11a": ("11_evidence_ko.json", "ko", """김지훈 고객님, 안녕하세요.

주문하신 울 코트의 소매가 사이즈표보다 짧다는 말씀 잘 확인했습니다. 불편을 드려 정말 죄송합니다.

정확히 확인할 수 있도록, 코트를 바닥에 평평하게 펼친 뒤 줄자를 가로로 대고 사이즈 라벨이 함께 보이도록 찍은 사진을 보내 주시겠어요?

사진을 받는 대로 바로 검토하고 해결 방법을 안내해 드리겠습니다.

감사합니다.
서울핏 스토어 team"""),
"ou12a": ("12_extend_zh.json", "zh", """陳怡君 您好：

非常理解您的擔心，讓您久等了，真的很抱歉。您的無線充電座目前正在運送途中，您可以用追蹤號碼 LP00441122338CN 查詢最新進度。

想麻煩您先暫時關閉這個糾紛。我們會幫您把購買保障延長10天，讓您在包裹送達前都能得到完整的保障。

如有任何問題，歡迎隨時在平台上留言給我們。

光速3C team"""),
"ou13a": ("13_customs_ar.json", "ar", """مرحباً محمد،

شكراً لتواصلك معنا. نود أن نوضح لك أن طردك محتجز حالياً لدى الجمارك، ورقم التتبع هو AX66123409SA.

لا تقلق، فنحن من سيدفع الرسوم الجمركية ونتولى إجراءات التخليص بالكامل، ولن يكون عليك دفع أي شيء.

نرجو منك القليل من الصبر حتى تفرج الجمارك عن الطرد، وسنبقيك على اطلاع.

مع أطيب التحيات،
متجر الوقت team"""),
"ou14a": ("14_partial_sv.json", "sv", """Hej Elin!

Tack för bilderna och videon. Vi ser tydligt att lampskärmen saknades i paketet, och det beklagar vi verkligen.

Vi kan erbjuda dig två alternativ:
1. Du behåller lampan och får en delåterbetalning på upp till 259.60 SEK.
2. Du skickar tillbaka lampan och får full återbetalning.

Vilket alternativ passar dig bäst?

Vänliga hälsningar,
Ljus & Form team"""),
"ou14b": ("14_partial_sv.json", "sv", """Hej Elin,

stort tack för att du skickade bilder och video, det gjorde det lätt för oss att se att lampskärmen fattas. Förlåt för krånglet!

Om du vill behålla bordslampan kan vi ge dig en delåterbetalning på högst 259.60 SEK. Du kan också returnera den och få hela beloppet tillbaka. Säg bara till vilket du föredrar, så ordnar vi resten.

Med vänlig hälsning
Ljus & Form team"""),
"ou15a": ("15_return_cs.json", "cs", """Dobrý den, pane Nováku,

děkujeme za zprávu. Rozhodnutí platformy o vrácení zboží a vrácení peněz samozřejmě respektujeme.

Pro jistotu ještě jednou uvádíme adresu pro vrácení:
KuchyňPlus Returns, Hala 3, Logistická 12, 252 61 Jeneč, Česko

Jakmile vrácená konvice dorazí, peníze vám vrátíme. Prosíme, doplňte do sporu sledovací číslo vaší zásilky.

Budeme rádi, když u nás v budoucnu opět nakoupíte.

S pozdravem
KuchyňPlus team"""),
"ou16a": ("16_offer_ro.json", "ro", """Bună ziua, Andreea,

Ne pare foarte rău că pachetul cu setul de cuțite pare să se fi pierdut pe drum.

V-ar plăcea să vă trimitem din nou produsul, fără niciun cost suplimentar pentru dumneavoastră?

Dacă da, vă rugăm să ne răspundeți aici pentru confirmare și să verificați adresa de livrare, ca noul colet să ajungă fără probleme.

Cu stimă,
Bucătăria Pro team"""),
"ou17a": ("17_confirm_hu.json", "hu", """Kedves Eszter!

Köszönjük, hogy beleegyezett az újraküldésbe, és még egyszer elnézést kérünk az elveszett csomag miatt okozott kellemetlenségért.

A bőr pénztárcát már újra feladtuk Önnek, az új csomag nyomkövetési száma: LP00885566990CN.

Figyelemmel kísérjük az új csomag útját, és folyamatosan tájékoztatjuk Önt.

Üdvözlettel:
Bőrműves Shop team"""),
"ou18a": ("18_await_da.json", "da", """Hej Mads,

Tak for din besked, og vi er kede af, at tandbørsten ikke lader op.

Vi vil gerne fortælle dig, at vi nu har sendt vores dokumentation til platformen. Platformens tvistspecialist træffer herefter afgørelsen, og vi respekterer den, uanset udfaldet.

Har du spørgsmål i mellemtiden, er vi her stadig for at hjælpe.

Venlig hilsen
Nordic Smile team"""),
"ou19a": ("19_escalation_fi.json", "fi", """Hei Aino,

Ymmärrämme hyvin, että veit riidan alustalle – villasukkien odottaminen on venynyt liian pitkäksi, ja turhautumisesi on täysin ymmärrettävää.

Teemme yhteistyötä alustan riitojenratkaisijan kanssa ja toimitamme hänelle kaikki tietomme ja todisteemme.

Olemme edelleen valmiita etsimään ratkaisun yhdessä kanssasi, joten kerro rohkeasti, jos voimme auttaa jotenkin.

Ystävällisin terveisin
Lämmin Koti team"""),
"ou20a": ("20_received_pl.json", "pl", """Dzień dobry, Pani Katarzyno,

dziękujemy za odesłanie plecaka – paczka właśnie do nas dotarła.

Zwrot pieniędzy zostanie teraz zrealizowany za pośrednictwem platformy.

Przepraszamy za kłopot z jakością i mamy nadzieję, że jeszcze kiedyś zrobi Pani u nas zakupy.

Pozdrawiamy serdecznie,
Szlak Sklep team"""),
"ou21a": ("21_evidence_uk.json", "uk", """Добрий день, Олено!

Нам дуже шкода, що ваза прийшла розбитою. Перепрошуємо за такі неприємності.

Щоб ми могли розібратися, надішліть, будь ласка, фотографії пошкодження та зовнішнього пакування, у якому посилка до вас надійшла.

Щойно отримаємо фото, одразу їх переглянемо й повернемося до вас із рішенням.

З повагою,
Дім і Декор team"""),
"ou22a": ("22_partial_el.json", "el", """Γεια σας Γιώργο,

Σας ευχαριστούμε για τις φωτογραφίες. Βλέπουμε καθαρά ότι το λουρί της τσάντας ξεκόλλησε, και λυπούμαστε πολύ γι' αυτό.

Σας προτείνουμε δύο επιλογές: να κρατήσετε την τσάντα με μερική επιστροφή χρημάτων έως 17.40 EUR, ή να την επιστρέψετε και να λάβετε πλήρη επιστροφή χρημάτων.

Ποια επιλογή προτιμάτε;

Με εκτίμηση,
Aegean Leather team"""),
"ou23a": ("23_customs_en.json", "en", """Hi Oliver,

Thanks for getting in touch. You're right: your espresso machine is currently being held at customs. The tracking number is LP00551122449CN.

We're checking with the carrier right now to find out exactly what customs needs to release the parcel, and we'll update you as soon as we hear back.

We'd be grateful for a little patience while this gets sorted out.

All the best,
Crema Corner team"""),
"ou23b": ("23_customs_en.json", "en", """Dear Oliver,

Sorry for the worry. We can confirm that customs is holding the parcel with your espresso machine (tracking number LP00551122449CN). We are in contact with the carrier to check what customs requires before it can be released, and will let you know as soon as we have an answer.

Thank you for bearing with us in the meantime.

Warm regards,
Crema Corner team"""),
"ou24a": ("24_evidence_es.json", "es", """Hola Valentina,

Lamentamos mucho que las zapatillas no te parezcan originales y que el logo esté mal cosido. Entendemos tu preocupación y queremos aclararlo.

¿Nos podrías enviar fotos de las marcas, las etiquetas y el número de serie de las zapatillas? Con eso podremos revisar el caso a fondo.

En cuanto nos lleguen, las revisamos y te respondemos con una solución.

Un saludo,
Urbano Calzado team"""),
}
