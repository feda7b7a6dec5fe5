"""Hand-written good replies: id -> (dispute number, reply language, text)."""
GOOD = {
"og01a": ("01", "en", """Hi Megan,

Thank you for letting us know, and we're really sorry the rain boots feel so narrow. That's frustrating when you ordered your usual size, and we want to sort it out with you.

So we can check it quickly, could you please send us a photo of one boot laid flat with a measuring tape across it, next to its size label?

As soon as we receive the photo, we'll look at it and come back to you with a solution.

Best regards,
Northpeak Outdoor team"""),
"og02a": ("02", "es", """Hola Alejandro:

Entendemos perfectamente tu preocupación, esperar tanto una lámpara no es agradable. Te confirmamos que tu paquete sigue en camino y puedes seguirlo con el número de seguimiento LP00311894520CN.

¿Podrías cerrar la disputa por ahora? A cambio, extenderemos tu protección de compra por 20 días, así seguirás totalmente protegido hasta que llegue el paquete.

Gracias por tu paciencia.

Saludos cordiales,
Luz Casa team"""),
"og02b": ("02", "es", """Hola, Alejandro:

Gracias por escribirnos y disculpa la espera. Revisamos el envío: tu lámpara está en tránsito con Cainiao / Estafeta, y puedes consultar su avance con el número LP00311894520CN.

Te pedimos amablemente que cierres la disputa por el momento. Nosotros ampliaremos tu protección del comprador por 20 días para que sigas cubierto mientras el paquete llega a tu casa.

Un saludo,
Luz Casa team"""),
"og03a": ("03", "ru", """Здравствуйте, Ирина!

Спасибо, что прислали фотографии. Мы видим катышки на пледе и очень сожалеем, что он не оправдал ваших ожиданий.

Мы можем предложить вам два варианта: оставить плед себе с частичным возвратом средств до 1050.00 RUB или вернуть его и получить полный возврат денег.

Какой вариант вам больше подходит? Напишите, пожалуйста, и мы сразу всё оформим.

С уважением,
Уютный Дом team"""),
"og04a": ("04", "ja", """佐藤 健 様

この度はイヤホンの件で大変ご迷惑をおかけし、申し訳ございません。プラットフォームが返品・返金を決定しましたので、当店はこの決定に従います。

お手数ですが、商品を次の住所までご返送ください：
Sakura Audio Returns, Room 1203, 88 Huaqiang North Road, Futian, Shenzhen 518031, China

返品された商品が届き次第、返金を手続きいたします。発送後、返品の追跡番号を紛争ページにご入力ください。

またのご利用を心よりお待ちしております。

Sakura Audio team"""),
"og04b": ("04", "ja", """佐藤様

ご連絡ありがとうございます。片方のイヤホンから音が出ないとのこと、誠に申し訳ございません。プラットフォームによる返品・返金の決定を、当店として受け入れます。

返送先はこちらです：Sakura Audio Returns, Room 1203, 88 Huaqiang North Road, Futian, Shenzhen 518031, China

商品の到着を確認しましたら、すぐに返金を処理いたします。返送の際の追跡番号を紛争画面に追加していただけますと助かります。

今後ともどうぞよろしくお願いいたします。またお取引できることを願っております。

Sakura Audio team"""),
"og05a": ("05", "fr", """Bonjour Camille,

Merci pour votre message, nous comprenons que cette attente soit pénible. Nous voyons que votre colis est actuellement retenu à la douane ; vous pouvez le suivre avec le numéro LP00456789012CN.

Pour cette commande, les droits d'importation sont à la charge de l'acheteur. Pourriez-vous donc les régler et finaliser le dédouanement ?

Si la douane demande un document, comme la facture, nous vous l'enverrons avec plaisir.

Bien cordialement,
Maison Cuisine team"""),
"og05b": ("05", "fr", """Bonjour Camille,

Nous sommes désolés de ce blocage. D'après le suivi LP00456789012CN, votre robot de cuisine est bien en attente à la douane.

Selon les conditions de cette commande, c'est à l'acheteur de payer les droits d'importation. Nous vous serions reconnaissants de bien vouloir les acquitter afin que le dédouanement puisse se terminer.

Et si les services douaniers réclament une pièce justificative, par exemple la facture, dites-le-nous : nous vous la transmettrons tout de suite.

Cordialement,
Maison Cuisine team"""),
"og06a": ("06", "de", """Hallo Lukas,

vielen Dank, dass Sie einverstanden sind, das Fahrradlicht-Set noch einmal zu erhalten. Wir haben es bereits erneut verschickt, die neue Sendungsnummer lautet LP00556677889CN.

Wir behalten das neue Paket im Auge und halten Sie auf dem Laufenden, bis es bei Ihnen ist.

Viele Grüße
VeloLicht team"""),
"og07a": ("07", "it", """Ciao Giulia,

ci dispiace davvero tanto: sembra che il tuo pacco sia andato smarrito durante il trasporto, e capiamo bene la tua delusione.

Vuoi che ti spediamo di nuovo il set di pennelli, senza alcun costo aggiuntivo?

Se sei d'accordo, rispondi pure a questo messaggio per confermare e controlla che il tuo indirizzo di spedizione sia corretto.

Un caro saluto,
Our Store team"""),
"og08a": ("08", "pt", """Olá, Rafael!

Entendemos sua frustração com o relógio que não sincroniza com o celular. Queremos informar que já enviamos nossas evidências para a plataforma.

Agora o especialista em disputas da plataforma vai tomar a decisão, e nós vamos respeitar o resultado, seja ele qual for.

Enquanto isso, continuamos à disposição por aqui se você tiver qualquer dúvida.

Abraços,
TechBrasil Store team"""),
"og09a": ("09", "nl", """Beste Sanne,

We zien dat je het geschil aan het platform hebt voorgelegd, en we begrijpen heel goed dat je gefrustreerd bent na zo lang wachten op je yogamat.

We werken mee met de geschillenspecialist van het platform en geven hun ons bewijs.

Tegelijk staan we nog steeds open om samen met jou een oplossing te vinden. Laat gerust van je horen.

Met vriendelijke groet,
Our Store team"""),
"og10a": ("10", "tr", """Merhaba Emre Bey,

İade ettiğiniz kahve makinesi elimize ulaştı, gönderdiğiniz için teşekkür ederiz. Ürünün hasarlı gelmesinin sizi ne kadar üzdüğünü anlıyoruz.

Para iadeniz şimdi platform üzerinden size ulaşacaktır.

Yaşadığınız sorun için tekrar özür dileriz. Gelecekte sizinle yeniden alışveriş yapmayı umuyoruz.

Saygılarımızla,
Kahve Dünyası team"""),
"og11a": ("11", "ko", """김민지 고객님, 안녕하세요.

스피커 전원이 켜지지 않아 많이 불편하셨을 텐데 정말 죄송합니다. 저희가 꼭 해결해 드리고 싶습니다.

빠르게 확인할 수 있도록, 스피커를 켜려고 할 때 문제가 나타나는 모습을 담은 짧은 동영상을 보내 주실 수 있을까요?

영상을 받는 대로 바로 확인하고 해결 방법을 안내해 드리겠습니다.

감사합니다.
Sound Lab team"""),
"og12a": ("12", "zh", """陳怡君 您好：

非常理解您等待包裹的心情，讓您久等了，真的很抱歉。您的保溫杯目前仍在運送途中，您可以用追蹤號碼 LP00778899112CN 查詢最新進度。

能否麻煩您先暫時關閉這個糾紛呢？我們會將您的購買保障延長 10 天，讓您在包裹送達前都能獲得完整保障。

感謝您的耐心與體諒！

暖暖生活館 team"""),
"og13a": ("13", "ar", """مرحباً أحمد،

شكراً جزيلاً على الصور التي أرسلتها، ونرى بوضوح أن لون الحقيبة يختلف عن صور المنتج، ونعتذر عن ذلك.

يسعدنا أن نقدم لك خيارين: الاحتفاظ بالحقيبة مع استرداد جزئي يصل إلى 36.00 SAR، أو إرجاع الحقيبة واسترداد المبلغ كاملاً.

أي الخيارين تفضّل؟

مع أطيب التحيات،
Leather House team"""),
"og14a": ("14", "sv", """Hej Erik,

Vi beklagar verkligen att vattenkokaren läcker. Plattformen har beslutat om retur och återbetalning, och vi accepterar beslutet.

Skicka gärna tillbaka vattenkokaren till den här adressen: Nordic Kök Returns, Lagervägen 14, 553 02 Jönköping, Sweden.

Återbetalningen görs så snart returen har kommit fram till oss. Lägg gärna till returens spårningsnummer i ärendet.

Vi hoppas att få göra affärer med dig igen i framtiden.

Vänliga hälsningar,
Nordic Kök team"""),
"og15a": ("15", "cs", """Dobrý den, paní Terezo,

mrzí nás, že na zásilku čekáte tak dlouho. Vidíme, že váš balík je momentálně zadržen na celnici; můžete ho sledovat pod číslem LP00101122334CN.

Clo zaplatíme my a o celní odbavení se postaráme sami, takže vy nic platit nemusíte.

Prosíme vás ještě o trochu trpělivosti, než celníci balík uvolní.

S pozdravem
Smile Shop team"""),
"og16a": ("16", "ro", """Bună ziua, Andrei,

Vă mulțumim că ați fost de acord să vă trimitem din nou căștile. Le-am expediat deja, iar noul număr de urmărire este LP00343456567CN.

Vom urmări îndeaproape noul colet și vă vom ține la curent până ajunge la dumneavoastră.

Cu stimă,
GameZone RO team"""),
"og17a": ("17", "hu", """Kedves Katalin!

Nagyon sajnáljuk, úgy tűnik, hogy a csomagja elveszett útközben.

Megértjük, mennyire bosszantó ez, hiszen már várta a bögréket.

Szeretné, hogy újra elküldjük Önnek a bögrekészletet, mindenféle többletköltség nélkül?

Kérjük, válaszában erősítse meg ezt, és ellenőrizze, hogy a szállítási címe helyes-e.

Üdvözlettel:
Bögre Bolt team"""),
"og18a": ("18", "da", """Kære Mette,

Vi forstår godt, at det er ærgerligt stadig at vente på din dyne. Vi har allerede givet vores dokumentation til platformen.

Platformens tvistspecialist træffer nu afgørelsen, og vi vil respektere den.

Vi er her stadig, hvis du har spørgsmål undervejs.

Venlig hilsen
Dunhuset team"""),
"og19a": ("19", "fi", """Hei Juha,

Näemme, että olet vienyt riidan alustalle, ja ymmärrämme hyvin turhautumisesi, kun takin väri ei vastannut kuvaa.

Teemme yhteistyötä alustan riita-asiantuntijan kanssa ja toimitamme heille oman näyttömme.

Olemme edelleen valmiita löytämään ratkaisun yhdessä kanssasi.

Ystävällisin terveisin,
Erä ja Retki team"""),
"og20a": ("20", "pl", """Dzień dobry, Pani Katarzyno,

bardzo nam przykro, że wazon dotarł pęknięty. Rozumiemy Pani rozczarowanie i chcemy to wyjaśnić.

Abyśmy mogli szybko to sprawdzić, czy mogłaby Pani przesłać zdjęcia uszkodzenia oraz zewnętrznego opakowania w takim stanie, w jakim dotarło?

Gdy tylko je otrzymamy, obejrzymy je i wrócimy do Pani z rozwiązaniem.

Z pozdrowieniami,
Dom i Szkło team"""),
"og21a": ("21", "uk", """Вітаємо, Олено!

Розуміємо ваше хвилювання і дякуємо за терпіння. Ваша посилка вже в дорозі, її можна відстежити за номером LP00717788990CN.

Чи не могли б ви, будь ласка, поки що закрити спір? Ми продовжимо ваш захист покупця на 30 днів, тож ви залишатиметеся повністю захищеною, доки рюкзак не прибуде.

З найкращими побажаннями,
Kids Corner team"""),
"og22a": ("22", "el", """Γεια σας Γιώργο,

Σας ευχαριστούμε για τις φωτογραφίες. Βλέπουμε ότι λείπουν μαχαίρια από το σετ και λυπούμαστε πολύ γι' αυτό.

Μπορούμε να σας προτείνουμε δύο επιλογές: να κρατήσετε το σετ με μερική επιστροφή χρημάτων έως 38.00 EUR ή να επιστρέψετε το σετ για πλήρη επιστροφή χρημάτων.

Ποια επιλογή προτιμάτε;

Με εκτίμηση,
Kouzina Pro team"""),
"og23a": ("23", "en", """Dear Oliver,

I'm sorry the drill arrived with a cracked battery case. The platform has decided on a return and refund, and we fully accept that decision.

Please send the drill kit back to this address: ToolBox Direct Returns, Unit 7, Meadow Lane Industrial Estate, Leeds LS11 5QT, United Kingdom.

Your refund will be processed as soon as the returned item reaches us. When you post it, please add the return tracking number to the dispute so we can watch for it.

We hope to do business with you again in the future.

Sophie, ToolBox Direct support"""),
"og24a": ("24", "es", """Hola, Carmen:

Sentimos mucho la espera y la falta de información. Vemos que tu paquete está retenido en aduanas en este momento; puedes seguirlo con el número de seguimiento LP00020011223CN.

Estamos consultando con el transportista qué necesita la aduana para liberar tu paquete, y te informaremos en cuanto lo sepamos.

Te pedimos un poco de paciencia mientras lo resolvemos.

Un saludo,
Audio Plus team"""),
"og03b": ("03", "ru", """Добрый день, Ирина!

Благодарим вас за фото: катышки действительно заметны, и нам очень жаль, что плед так выглядит после стирки.

Предлагаем на выбор: вы оставляете плед и получаете частичный возврат в размере до 1050.00 RUB, либо возвращаете его нам и получаете полный возврат средств.

Подскажите, пожалуйста, что вы предпочитаете?

Всего доброго,
Уютный Дом team"""),
"og13b": ("13", "ar", """السلام عليكم أحمد،

نشكرك على إرسال الصور، ونأسف حقاً لأن لون الحقيبة لم يكن كما توقعت.

لدينا خياران لك: إما أن تحتفظ بالحقيبة ونرد لك جزءاً من المبلغ يصل إلى 36.00 SAR، وإما أن تعيد الحقيبة ونرد لك المبلغ كاملاً.

يرجى إخبارنا بالخيار الذي يناسبك.

مع التحية،
Leather House team"""),
"og22b": ("22", "el", """Καλησπέρα κύριε Παπαδόπουλε,

Ευχαριστούμε που μας στείλατε τις φωτογραφίες. Πράγματι το σετ δεν είναι πλήρες και σας ζητούμε συγγνώμη για την ταλαιπωρία.

Σας προτείνουμε είτε να κρατήσετε τα μαχαίρια με μερική επιστροφή χρημάτων έως 38.00 EUR, είτε να μας επιστρέψετε το σετ και να λάβετε πλήρη επιστροφή χρημάτων.

Πείτε μας ποια λύση σας εξυπηρετεί καλύτερα.

Με φιλικούς χαιρετισμούς,
Kouzina Pro team"""),
}
