"""Hand-written GOOD replies: id -> (dispute key, text)."""

GOODS = {
"b01a": ("b01", """Hi Emily,

Thank you for letting us know, and we're really sorry the speaker won't switch on, especially when it was meant to be a birthday present. That's not the experience we want for you.

So we can check what's going on, could you please record a short video showing you trying to switch the speaker on while it's connected to the charging cable, so we can see the fault happening? Even half a minute on your phone is enough.

As soon as the video reaches us, our technician will look at it and we'll come back to you with a solution.

Thanks for your patience,
SoundNest Store team"""),

"b02a": ("b02", """Hola, Carlos:

Gracias por escribirnos y disculpa la espera; entendemos que después de tanto tiempo preocupe no ver movimiento en el rastreo.

Tu reloj ya va en camino. Puedes seguirlo con el número de rastreo LP00518830264CN; a veces el sistema tarda en actualizarse cuando el paquete cruza de un país a otro, pero sigue avanzando.

¿Podrías, por favor, cerrar la disputa por ahora? Nosotros ampliaremos tu protección de compra 20 días, así quedas totalmente protegido hasta que el paquete llegue a tus manos.

Un saludo cordial,
Equipo de TecnoPunto Store"""),

"b03a": ("b03", """Bonjour Julien,

Merci d'avoir pris le temps d'envoyer ces photos. On voit bien que la teinte de la robe ne correspond pas au rose poudré de l'annonce, et nous en sommes sincèrement désolés, surtout pour un cadeau.

Nous vous proposons deux solutions :
– vous gardez la robe et nous vous remboursons partiellement, jusqu'à 17.52 EUR ;
– ou vous nous renvoyez la robe et vous êtes remboursé intégralement.

Laquelle de ces deux options vous conviendrait le mieux ?

Bien cordialement,
L'équipe Atelier Rosa"""),

"b03b": ("b03", """Bonjour Julien,

Merci pour vos photos, elles sont très claires : la couleur reçue n'est pas celle de l'annonce, et nous comprenons votre déception.

Deux possibilités s'offrent à vous. Soit vous conservez la robe avec un remboursement partiel pouvant aller jusqu'à 17.52 EUR, soit vous la retournez et nous vous remboursons la totalité.

Dites-nous simplement ce que vous préférez, et nous nous en occupons tout de suite.

L'équipe Atelier Rosa"""),

"b04a": ("b04", """Grüezi Frau Schulz

Vielen Dank für Ihre Nachricht. Wir verstehen, dass das Warten beunruhigend ist.

Ihr Paket wird derzeit vom Zoll zurückgehalten. Den aktuellen Stand können Sie jederzeit mit der Sendungsnummer LP00633019274CN bei Swiss Post verfolgen.

Bei dieser Bestellung liegen die Einfuhrabgaben beim Käufer. Dürfen wir Sie deshalb freundlich bitten, die Abgaben zu bezahlen und die Verzollung abzuschliessen?

Falls der Zoll ein Dokument wie zum Beispiel die Rechnung verlangt, schicken wir es Ihnen sehr gerne.

Freundliche Grüsse
Ihr Team von Alpina Home Store"""),

"b05a": ("b05", """Ciao Giulia,

ci dispiace davvero tanto: purtroppo sembra che il tuo pacco con il set di pennelli sia andato perso durante il viaggio.

Vorresti che te lo spedissimo di nuovo? Per te non ci sarebbe alcun costo aggiuntivo.

Se ti va bene, rispondici qui per confermare e controlla che l'indirizzo di spedizione sia ancora corretto, così partiamo subito.

Un abbraccio,
Lo staff di Bella Vita Shop"""),

"b06a": ("b06", """Olá, Ana!

Muito obrigado por aceitar o reenvio do seu fone de ouvido, ficamos felizes em poder resolver assim.

Seu pedido já foi enviado novamente, e o novo código de rastreio é LP00277150394CN. Você pode acompanhar a entrega por ele.

Vamos ficar de olho nesse novo pacote e avisamos você sobre qualquer novidade.

Abraços,
Equipe Loja Sol Nascente"""),

"b07a": ("b07", """Dzień dobry, Panie Tomaszu,

rozumiemy, że odkurzacz, który wyłącza się po kilku sekundach, to duży kłopot, i przykro nam z tego powodu.

Chcielibyśmy poinformować, że przekazaliśmy już platformie nasze dowody w tej sprawie. Teraz decyzję podejmie specjalista ds. sporów platformy, a my ją uszanujemy, niezależnie od wyniku.

Jeśli ma Pan jakiekolwiek pytania, nadal jesteśmy do dyspozycji i chętnie pomożemy.

Z pozdrowieniami
Zespół DomTech Store"""),

"b08a": ("b08", """Здравствуйте, Ирина!

Мы видим, что вы передали спор на рассмотрение платформы, и прекрасно понимаем ваше недовольство: ждать зимнюю обувь так долго действительно неприятно.

Со своей стороны мы будем сотрудничать со специалистом платформы по спорам и предоставим ему все наши доказательства.

При этом мы по-прежнему открыты к тому, чтобы найти решение вместе с вами, — если у вас есть пожелания, напишите нам здесь.

С уважением,
Команда Sever Shop"""),

"b09a": ("b09", """Hallo Sanne,

Bedankt voor je bericht. Het platform heeft besloten tot retour en terugbetaling, en wij accepteren die beslissing natuurlijk.

Je kunt de lamp terugsturen naar dit adres:
Retourcentrum Lumo, Industrieweg 14, 5928 PN Venlo, Nederland

Zodra de lamp bij ons binnen is, wordt je terugbetaling verwerkt. Wil je het trackingnummer van de retourzending aan het geschil toevoegen? Dan kunnen we het pakket goed volgen.

We hopen je in de toekomst weer als klant te mogen begroeten.

Met vriendelijke groet,
Team Lumo Living"""),

"b10a": ("b10", """Merhaba Mehmet Bey,

İade ettiğiniz cüzdan bize ulaştı, teslim aldık. Sabrınız için teşekkür ederiz.

Para iadeniz bundan sonra platform üzerinden yapılacak; süreç platform tarafından tamamlanacaktır.

Bu sefer istediğiniz gibi olmadığı için üzgünüz. İleride sizinle yeniden alışveriş yapmayı umuyoruz.

Saygılarımızla,
Anadolu Deri Mağazası ekibi"""),

"b11a": ("b11", """김민지 고객님, 안녕하세요.

주문하신 코트의 어깨와 소매 사이즈가 맞지 않아 불편을 드려 정말 죄송합니다.

정확히 확인할 수 있도록, 코트를 평평하게 펼쳐 놓고 줄자를 가로로 대어 잰 사진을 사이즈 라벨이 함께 보이도록 보내주실 수 있을까요?

사진을 받는 대로 바로 확인한 뒤, 해결 방법을 가지고 다시 연락드리겠습니다.

서울스타일 스토어 드림"""),

"b12a": ("b12", """佐藤 健 様

お問い合わせいただきありがとうございます。お届けが遅れており、ご心配をおかけして申し訳ございません。

お荷物は現在、お客様のもとへ配送中です。追跡番号 LP00781204536CN で配送状況をご確認いただけます。

大変恐縮ですが、いったん紛争をクローズしていただけますでしょうか。その代わり、購入保護期間を10日間延長いたしますので、商品が届くまで引き続き安心してお待ちいただけます。

よろしくお願いいたします。
さくら雑貨店 スタッフ一同"""),

"b12b": ("b12", """佐藤様

こんにちは。さくら雑貨店です。ご連絡ありがとうございます。

ワイヤレス充電スタンドは無事に発送されており、ただいま輸送中です（追跡番号：LP00781204536CN）。

お手数ですが、紛争を一度取り下げていただけないでしょうか。購入保護は当店で10日間延長いたしますので、到着まで保護が切れる心配はございません。

引き続きどうぞよろしくお願いいたします。
さくら雑貨店 スタッフ一同"""),

"b13a": ("b13", """陈伟您好：

感谢您的留言，也理解您的担心。

您的包裹目前正在海关清关，暂时被扣留，您可以通过物流单号 LP00345611287CN 随时查看最新进度。

请您放心，这笔订单的关税由我们来支付，清关手续也由我们负责办理，您不需要支付任何费用。

海关放行还需要一点时间，恳请您再耐心等待一下。

祝好！
优品家居团队"""),

"b14a": ("b14", """وعليكم السلام أخي أحمد،

نعتذر لك كثيراً، فيبدو أن طردك قد فُقد أثناء الشحن، ونتفهم تماماً طول انتظارك.

هل ترغب في أن نعيد إرسال الساعة إليك مرة أخرى دون أي تكلفة إضافية؟

إذا كنت موافقاً، يرجى الرد هنا للتأكيد، والتحقق من أن عنوان الشحن الخاص بك صحيح.

مع خالص التحية،
فريق متجر الواحة"""),

"b15a": ("b15", """Hej Erik,

Tack för videon, den visar tydligt hur sömmen vid axelremmen går upp. Vi är ledsna att ryggsäcken inte höll måttet.

Vi kan erbjuda dig två alternativ:
– Du behåller ryggsäcken och får en delåterbetalning på upp till 224.75 SEK.
– Du skickar tillbaka ryggsäcken och får full återbetalning.

Vilket alternativ föredrar du?

Vänliga hälsningar,
Teamet på Nordvik Outdoor"""),

"b16a": ("b16", """Dobrý den, pane Nováku,

děkujeme, že jste souhlasil s opětovným odesláním váhy.

Váhu jsme Vám již znovu odeslali na stejnou adresu. Nové sledovací číslo zásilky je LP00613002847CN.

Novou zásilku budeme průběžně sledovat a o všem Vás budeme informovat.

S pozdravem
Tým Praktik Shop"""),

"b17a": ("b17", """Доброго дня, Олено!

Нам дуже прикро, що рюкзак досі не у вас, і ми розуміємо, як це неприємно.

Повідомляємо, що ми вже передали платформі всі наші докази щодо цього замовлення. Тепер рішення ухвалить фахівець платформи з розгляду спорів, і ми його поважатимемо.

Якщо у вас виникнуть запитання, ми й надалі поруч і охоче допоможемо.

З повагою,
Команда Veselka Store"""),

"b18a": ("b18", """Bună ziua, Andrei,

Vedem că ați dus disputa la platformă și înțelegem de ce sunteți frustrat: o cameră care nu se conectează și răspunsuri care nu vă ajută nu sunt deloc ce v-ați dorit.

Vom colabora cu specialistul platformei pentru dispute și îi vom pune la dispoziție dovezile noastre.

Totodată, rămânem deschiși să găsim împreună cu dumneavoastră o soluție, dacă doriți să continuăm discuția aici.

Cu stimă,
Echipa CasaSmart"""),

"b19a": ("b19", """Kedves Nagy Eszter!

Köszönjük az üzenetét. A platform visszaküldésről és visszatérítésről döntött, és mi ezt elfogadjuk.

Kérjük, a táskát erre a címre küldje vissza:
Divat Pont Visszáru, Fehérvári út 120, 1116 Budapest, Magyarország

Amint a visszaküldött táska megérkezik hozzánk, feldolgozzuk a visszatérítést. Kérjük, a visszaküldés nyomkövetési számát adja hozzá a vitához.

Reméljük, hogy a jövőben újra vásárol nálunk.

Üdvözlettel:
A Divat Pont csapata"""),

"b19b": ("b19", """Kedves Eszter!

Természetesen, itt a cím még egyszer. A platform döntését, vagyis a visszaküldést és a visszatérítést, elfogadjuk.

Visszaküldési cím: Divat Pont Visszáru, Fehérvári út 120, 1116 Budapest, Magyarország

A visszatérítést a csomag beérkezése után indítjuk. Kérjük, ne felejtse el megadni a vitában a feladás nyomkövetési számát.

Bízunk benne, hogy máskor is szívesen vásárol tőlünk!

A Divat Pont csapata"""),

"b20a": ("b20", """Καλησπέρα σας, κύριε Παπαδόπουλε,

Σας ενημερώνουμε ότι παραλάβαμε την οδοντόβουρτσα που μας επιστρέψατε. Ευχαριστούμε για την υπομονή σας.

Η επιστροφή των χρημάτων σας θα ακολουθήσει τώρα μέσω της πλατφόρμας.

Λυπούμαστε που το προϊόν δεν ανταποκρίθηκε στις προσδοκίες σας και ελπίζουμε να συνεργαστούμε ξανά στο μέλλον.

Με εκτίμηση,
Η ομάδα του Aigaio Shop"""),

"b21a": ("b21", """Hej Mette,

Det er vi virkelig kede af at høre – og vi forstår godt, at det er ærgerligt, når man har glædet sig.

For at vi kan undersøge sagen hurtigt, vil du så være sød at sende os billeder af skaderne på vaserne og af den yderste emballage, sådan som pakken så ud, da den kom frem?

Så snart vi har modtaget billederne, kigger vi på dem og vender tilbage til dig med en løsning.

Mange hilsner
Hygge Hjem-teamet"""),

"b22a": ("b22", """Hei Mikko,

Kiitos viestistäsi. Pahoittelemme, että odotus venyy.

Pakettisi on tällä hetkellä tullin hallussa. Voit seurata sen tilannetta seurantanumerolla LP00718830452CN.

Selvitämme parhaillaan kuljetusyhtiön kanssa, mitä tulli tarvitsee paketin vapauttamiseen, ja kerromme sinulle heti, kun tiedämme lisää.

Pyydämme vielä hieman kärsivällisyyttä, kun hoidamme asiaa.

Ystävällisin terveisin
Revontuli Storen tiimi"""),

"b23a": ("b23", """Hello Oliver,

Thank you for sending the photo. It makes it very clear that the oven door and two knobs are missing, and I'm sorry your daughter's kitchen arrived incomplete.

We'd like to offer you a choice. You can keep the play kitchen and we'll give you a partial refund of up to 25.60 GBP, or you can return it to us for a full refund.

Which would you prefer? Just let us know here and we'll get it moving.

Kind regards,
The Little Oak Toys team"""),

"b23b": ("b23", """Dear Oliver,

Many thanks for the evidence you uploaded. We've looked at the photo and can see the missing parts; apologies, that's not how the set should have reached you.

There are two ways we can put this right:
• keep the kitchen, with a partial refund of up to 25.60 GBP; or
• send it back to us and receive a full refund.

Please tell us which option suits you best.

Best wishes,
The Little Oak Toys team"""),

"b24a": ("b24", """Hola, Marta:

Gracias por las fotos y la captura; está claro que te llegaron unos auriculares que no son los que pediste. Sentimos mucho la confusión y el tiempo que te ha hecho perder.

Te proponemos dos opciones:
- Quedarte con los auriculares recibidos y recibir un reembolso parcial de hasta 39.99 EUR.
- Devolvernos el artículo y recibir el reembolso completo.

¿Cuál de las dos prefieres?

Un saludo,
El equipo de Mundo Sport Store"""),
}
