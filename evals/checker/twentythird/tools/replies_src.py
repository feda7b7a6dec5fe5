"""Hand-written GOOD replies (one or two per dispute). Key: good row id -> (dispute key, text)."""

GOOD = {
"f01a": ("f01_en_speaker", """Hi Megan Foster,

Thank you for getting in touch, and we're really sorry the speaker isn't playing any sound – that's frustrating, especially after trying two phones.

To check what's going on, could you please send us a short video showing the speaker switched on and the fault happening, for example while it's paired with your phone? You can attach it right here in the dispute.

As soon as we receive the video, we'll look at it and come back to you with a solution.

Best regards,
Brightwave Electronics team"""),

"f01b": ("f01_en_speaker", """Dear Megan Foster,

We're sorry to hear your Portable Bluetooth speaker turns on but stays silent. That's not the experience we want you to have.

Could you record a short video that shows the speaker switched on and the sound problem happening? It helps our technicians see the fault straight away.

Once the video arrives we'll review it promptly and get back to you with a solution.

Kind regards,
Brightwave Electronics team"""),

"f02a": ("f02_es_transit", """Hola, Alejandro Martín Ruiz:

Entendemos perfectamente tu preocupación y sentimos la espera. Te confirmamos que tu paquete está en camino: puedes seguirlo en todo momento con el número de seguimiento LP00412358976CN.

¿Podrías cerrar la disputa por ahora? Para que estés tranquilo, ampliaremos la protección de tu compra en 20 días, así seguirás totalmente protegido hasta que recibas las sábanas.

Gracias por tu paciencia y por confiar en nosotros.

Equipo de Casa Nube Hogar"""),

"f02b": ("f02_es_transit", """Estimado Alejandro Martín Ruiz:

Lamentamos que el pedido esté tardando más de lo esperado. Su paquete sigue en tránsito con Correos y lo puede consultar con el número LP00412358976CN.

Le pedimos, por favor, que cierre la disputa de momento. Por nuestra parte, extenderemos la protección del comprador 20 días más, de modo que su compra seguirá cubierta mientras llega.

Quedamos a su disposición para cualquier duda.

Un cordial saludo,
Equipo de Casa Nube Hogar"""),

"f03a": ("f03_fr_return", """Bonjour Camille Lefèvre,

La plateforme a décidé d'un retour avec remboursement, et nous acceptons bien sûr cette décision.

Voici l'adresse à laquelle renvoyer le manteau :
Atelier Boréal – Service retours, 7 avenue Jean Jaurès, 69007 Lyon, France

Le remboursement sera effectué dès que le colis nous sera parvenu. Pensez simplement à ajouter le numéro de suivi du retour dans le litige, afin que nous puissions suivre son arrivée.

Nous sommes désolés que cet achat ne vous ait pas satisfaite, et nous espérons avoir le plaisir de vous servir à nouveau.

L'équipe Atelier Boréal"""),

"f04a": ("f04_de_customs_buyer", """Grüezi Lukas Brunner,

vielen Dank für Ihre Nachricht. Wir sehen, dass Ihr Paket derzeit beim Zoll liegt; Sie können es mit der Sendungsnummer LP00731904562CN verfolgen.

Bei dieser Bestellung werden die Einfuhrabgaben vom Käufer getragen. Dürfen wir Sie daher bitten, die Abgaben zu bezahlen und die Verzollung abzuschliessen? Danach wird das Paket freigegeben und an Sie zugestellt.

Falls der Zoll Unterlagen wie die Rechnung verlangt, schicken wir Ihnen diese sehr gerne zu.

Freundliche Grüsse
Ihr Team von Nordlicht Technik"""),

"f04b": ("f04_de_customs_buyer", """Hallo Lukas Brunner,

das tut uns leid, dass Ihr Akku-Bohrschrauber noch nicht bei Ihnen ist. Laut Sendungsverfolgung (LP00731904562CN) wird das Paket gerade vom Zoll zurückgehalten.

Für diese Bestellung sind die Zollgebühren vom Käufer zu zahlen. Bitte begleichen Sie die Gebühren bei Swiss Post und schliessen Sie die Zollabfertigung ab, dann kann die Lieferung weitergehen.

Sollte der Zoll ein Dokument benötigen, zum Beispiel die Handelsrechnung, senden wir es Ihnen umgehend.

Beste Grüsse
Ihr Team von Nordlicht Technik"""),

"f05a": ("f05_it_lost", """Gentile Giulia Rossi,

ci dispiace davvero tanto: sembra che il suo pacco sia andato smarrito durante il trasporto. Capiamo bene la delusione, dopo tanta attesa.

Desidera che le spediamo di nuovo il set di pentole, senza alcun costo aggiuntivo?

Se le va bene, ci risponda qui per confermare e verifichi che l'indirizzo di spedizione sia corretto, così possiamo procedere subito.

Cordiali saluti,
Lo staff di Bottega Sole"""),

"f06a": ("f06_pt_reship", """Olá, Rafael Souza Lima!

Muito obrigado por aceitar o reenvio do seu tênis. Já enviamos o produto novamente para o mesmo endereço, e o novo código de rastreamento é LP00290011223CN.

Vamos acompanhar essa nova encomenda de perto e avisaremos você sobre qualquer novidade.

Um abraço,
Equipe Loja Estrela Azul"""),

"f07a": ("f07_pl_partial", """Dzień dobry, Anna Kowalska,

dziękujemy za przesłane zdjęcia. Widzimy, że odcień zasłon różni się od tego na zdjęciach w ofercie, i bardzo nas to martwi.

Możemy zaproponować dwa rozwiązania:
– zatrzymuje Pani zasłony i otrzymuje częściowy zwrot pieniędzy w wysokości do 99.60 PLN,
– odsyła Pani zasłony i otrzymuje pełny zwrot pieniędzy.

Które rozwiązanie woli Pani wybrać?

Pozdrawiamy serdecznie,
Zespół Sklepu Bursztyn"""),

"f07b": ("f07_pl_partial", """Witamy, Anna Kowalska!

Bardzo dziękujemy za zdjęcia – rzeczywiście kolor zasłon wygląda inaczej niż granat z opisu. Przepraszamy za ten kłopot.

Proponujemy: może Pani zatrzymać zasłony z częściowym zwrotem do 99.60 PLN albo zwrócić je i otrzymać pełny zwrot kosztów zakupu.

Prosimy dać nam znać, która opcja bardziej Pani odpowiada.

Zespół Sklepu Bursztyn"""),

"f08a": ("f08_ru_await", """Здравствуйте, Дмитрий Соколов!

Нам очень жаль, что вы до сих пор не получили перчатки. Мы уже передали платформе все наши доказательства по этому заказу.

Теперь решение примет специалист платформы по спорам, и мы, конечно, примем его решение.

Если у вас появятся вопросы, пишите нам здесь — мы всегда на связи и готовы помочь.

С уважением,
Команда магазина «Северный Ветер»"""),

"f09a": ("f09_nl_escalation", """Beste Sanne de Vries,

We zien dat u het geschil aan het platform hebt voorgelegd, en we begrijpen heel goed dat u gefrustreerd bent na zo lang wachten.

Wij werken volledig mee met de geschilspecialist van het platform en leveren al onze gegevens en bewijzen aan.

Tegelijk staan we nog steeds open om samen met u tot een oplossing te komen. Laat het ons gerust weten als u iets wilt bespreken.

Met vriendelijke groet,
Team Tulpenhuis Gadgets"""),

"f10a": ("f10_tr_received", """Merhaba Elif Yılmaz,

İade ettiğiniz fincan takımı bize ulaştı, teşekkür ederiz. Paketi özenle hazırlayıp gönderdiğiniz için ayrıca minnettarız.

İade tutarınız şimdi platform üzerinden hesabınıza aktarılacak.

Yaşadığınız sorun için tekrar özür dileriz. İleride sizinle yeniden alışveriş yapmayı çok isteriz.

Saygılarımızla,
Anadolu Çarşı Ekibi"""),

"f11a": ("f11_ko_size", """안녕하세요, 김민지 고객님.

주문하신 가디건 사이즈가 맞지 않아 불편을 드려 정말 죄송합니다.

정확한 확인을 위해 가디건을 평평하게 펼친 상태에서 줄자를 대고 찍은 사진을 사이즈 라벨이 함께 보이도록 보내주실 수 있을까요?

사진을 받는 대로 바로 확인한 후 해결 방법을 안내해 드리겠습니다.

감사합니다.
하늘마켓 드림"""),

"f12a": ("f12_ja_transit", """佐藤 健太 様

この度はお荷物の到着が遅れており、ご心配をおかけして申し訳ございません。お荷物は現在お客様のもとへ配送中で、追跡番号 LP00573920184CN にて状況をご確認いただけます。

大変恐れ入りますが、いったん紛争をクローズしていただけますでしょうか。その代わりに、購入保護期間を30日間延長いたしますので、お荷物が届くまで引き続き保護された状態となります。

何卒よろしくお願いいたします。

さくら雑貨店 スタッフ一同"""),

"f13a": ("f13_zh_customs_seller", """陈怡君您好，

感谢您的耐心。我们查到您的包裹目前被海关暂扣，您可以通过运单号 LP00836157204CN 随时查看物流状态。

请放心，本次关税由我们来支付，清关手续也由我们负责办理，您不需要支付任何费用。

海关放行还需要一点时间，麻烦您再耐心等待一下，谢谢理解！

光年数码团队"""),

"f13b": ("f13_zh_customs_seller", """亲爱的陈怡君：

您好！很抱歉让您久等了。您的智能手环包裹（运单号：LP00836157204CN）现在正在海关清关中。

关税和清关手续都由我们卖家承担和处理，您这边无需付任何钱。

还请您稍微耐心等待海关放行，有任何问题随时在这里留言。

祝好，
光年数码团队"""),

"f14a": ("f14_ar_lost", """مرحباً محمد العتيبي،

نعتذر لك كثيراً، يبدو أن طردك قد فُقد أثناء الشحن، ونتفهم تماماً انزعاجك.

هل تود أن نعيد إرسال الساعة إليك مرة أخرى دون أي تكلفة إضافية؟

يرجى الرد هنا للتأكيد، والتحقق من أن عنوان الشحن لديك صحيح.

مع خالص التحية،
فريق متجر النخلة"""),

"f15a": ("f15_sv_partial", """Hej Erik Lindqvist,

Tack för videon du skickade. Vi ser tydligt att jackan läcker vid sömmarna, och vi beklagar verkligen det.

Vi kan erbjuda dig två alternativ: du behåller jackan och får en delåterbetalning på upp till 124.75 SEK, eller så returnerar du jackan och får full återbetalning.

Vilket alternativ föredrar du?

Vänliga hälsningar,
Fjällbutikens kundtjänst"""),

"f16a": ("f16_cs_reship", """Dobrý den, Tereza Nováková,

děkujeme, že souhlasíte s novým odesláním stavebnice. Zboží jsme Vám již znovu odeslali na stejnou adresu a nové sledovací číslo zásilky je LP00374650912CN.

Novou zásilku budeme pečlivě sledovat a budeme Vás průběžně informovat.

S pozdravem
Tým obchodu Kometa"""),

"f17a": ("f17_uk_escalation", """Добрий день, Олена Шевченко!

Ми бачимо, що ви передали спір на розгляд платформи, і добре розуміємо ваше розчарування через неповний набір.

Ми співпрацюватимемо зі спеціалістом платформи з розгляду спорів і надамо всі наші докази.

Водночас ми й надалі відкриті до того, щоб разом з вами знайти рішення.

З повагою,
Команда «Соняшник Маркет»"""),

"f18a": ("f18_ro_return", """Bună ziua, Andreea Popescu,

Platforma a decis returnarea produsului și rambursarea banilor, iar noi acceptăm această decizie.

Vă rugăm să trimiteți rochia la următoarea adresă:
Magazinul Carpați – Retururi, Str. Observatorului 14, 400500 Cluj-Napoca, România

Rambursarea va fi procesată imediat ce coletul returnat ajunge la noi. Vă rugăm să adăugați în dispută numărul de urmărire al returului.

Sperăm să facem din nou afaceri împreună în viitor.

Cu stimă,
Echipa Magazinul Carpați"""),

"f19a": ("f19_hu_customs", """Kedves Nagy Zsófia!

Köszönjük, hogy jelezte. Látjuk, hogy a csomagot jelenleg a vámhatóság tartja vissza; az LP00928374615CN követési számmal bármikor nyomon követheti.

Most egyeztetünk a szállítóval, hogy pontosan mire van szüksége a vámnak a csomag kiadásához, és amint megtudjuk, azonnal tájékoztatjuk.

Addig is kérjük egy kis türelmét, amíg ezt elintézzük.

Üdvözlettel:
A Duna Bazár csapata"""),

"f20a": ("f20_el_await", """Γεια σας, Γιώργος Παπαδόπουλος,

Σας ενημερώνουμε ότι έχουμε ήδη υποβάλει όλα τα στοιχεία μας στην πλατφόρμα.

Ο ειδικός της πλατφόρμας για τις διαφορές θα πάρει τώρα την απόφαση, και εμείς θα τη σεβαστούμε πλήρως.

Αν έχετε οποιαδήποτε ερώτηση στο μεταξύ, είμαστε εδώ για να σας βοηθήσουμε.

Με εκτίμηση,
Η ομάδα του Αιγαίο Store"""),

"f21a": ("f21_da_partial", """Kære Mette Jensen

Tak for billederne. Vi kan tydeligt se revnen i lampefoden, og det er vi virkelig kede af.

Vi vil gerne tilbyde dig to muligheder: Du beholder lampen og får en delvis refusion på op til 103.50 DKK, eller du sender lampen retur og får hele beløbet refunderet.

Hvilken løsning foretrækker du?

Venlig hilsen
Nordisk Hjem-teamet"""),

"f22a": ("f22_fi_damaged", """Hei Aino Virtanen,

Olemme todella pahoillamme, että teekannu saapui rikkinäisenä. Haluamme ehdottomasti hoitaa asian kuntoon.

Voisitko lähettää meille kuvia vauriosta sekä ulkopakkauksesta sellaisena kuin se saapui? Näin voimme tarkistaa asian nopeasti.

Heti kun saamme kuvat, käymme ne läpi ja palaamme asiaan ratkaisun kanssa.

Ystävällisin terveisin
Revontuli Shopin asiakaspalvelu"""),

"f23a": ("f23_en_partial", """Hello Oliver Bennett,

Thanks for sending the video – we can see the wireless charger in the base isn't working, and we're sorry about that.

We'd like to offer you two options:
- keep the lamp and receive a partial refund of up to 40.00 GBP, or
- return the lamp for a full refund.

Which option would you prefer? Just let us know here.

Best wishes,
Tom at Harbour Lane Crafts"""),

"f23b": ("f23_en_partial", """Hi Oliver Bennett,

Thank you for the video, it made the problem very clear. The charging pad clearly isn't doing its job, and I'm sorry the lamp let you down.

There are two ways we can put this right. You can keep the lamp and we'll give you a partial refund of up to 40.00 GBP, or you can send it back to us and get a full refund.

Which would suit you better?

Tom at Harbour Lane Crafts"""),

"f24a": ("f24_es_wrong", """Hola, Valeria Hernández:

Lamentamos mucho que te haya llegado una funda que no corresponde a tu pedido. Queremos resolverlo contigo cuanto antes.

Para revisarlo rápidamente, ¿podrías enviarnos fotos del artículo que recibiste y de la etiqueta de envío del paquete?

En cuanto las recibamos, las revisaremos y te daremos una solución.

Saludos cordiales,
Equipo Tienda Colibrí"""),
}
