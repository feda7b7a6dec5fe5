"""Hand-written good replies: (good_id, dispute file stem, message)."""
GOOD = {}
def g(gid, stem, msg):
    GOOD[gid] = (stem, msg.strip("\n"))

g("oh01a", "oh01_evidence_en", """Hi Megan,

Thank you for letting us know, and I'm really sorry: you ordered the stainless steel garlic press and a plastic lemon squeezer turned up instead. That is not what you paid for, and we want to put it right with you.

So we can check what happened, could you please send us photos of the item you received and of the shipping label on the parcel?

As soon as they arrive, I'll look into it personally and come back to you with a solution.

Daniel, Brightnest Kitchen support""")

g("oh02a", "oh02_transit_esmx", """Hola Jorge:

Entendemos perfectamente tu preocupación; llevas semanas esperando tus audífonos y es normal que quieras proteger tu compra. Te confirmamos que el paquete sigue en camino y puedes seguirlo con el número de rastreo AE048812736MX.

¿Serías tan amable de cerrar la disputa por ahora? Para tu tranquilidad, ampliaremos tu protección de compra 20 días más, así sigues totalmente protegido hasta que llegue el paquete.

Cualquier duda, aquí estamos.
Equipo de SonoMax Oficial""")

g("oh03a", "oh03_partial_ru", """Здравствуйте, Анна!

Спасибо за фото и видео, которые вы прислали. Мы видим, что швы на пуховике расходятся, и нам очень жаль, что так получилось.

Мы можем предложить вам два варианта:
— оставить пуховик и получить частичный возврат до 2250.00 RUB;
— вернуть пуховик и получить полный возврат средств.

Подскажите, пожалуйста, какой вариант вам удобнее?

С уважением,
Команда СеверМода""")

g("oh03b", "oh03_partial_ru", """Анна, добрый день!

Благодарим вас за доказательства — по фото и видео хорошо видно, что швы на пуховике расходятся. Приносим извинения за такое качество.

Что мы можем предложить: вы оставляете пуховик у себя, и мы делаем частичный возврат в размере до 2250.00 RUB. Либо вы отправляете пуховик обратно и получаете полный возврат денег.

Напишите, пожалуйста, что вы выбираете.
Команда СеверМода""")

g("oh04a", "oh04_return_ja", """佐藤 美咲 様

この度はご不便をおかけし、誠に申し訳ございません。プラットフォームによる返品・返金の判断を確認いたしました。当店もこの決定に従います。

お手数ですが、商品を下記の住所までご返送ください。
〒530-0001 大阪府大阪市北区梅田1-2-3 はなうつわ返品係

返品された商品が当店に届き次第、返金の手続きを進めます。発送後は、返送の追跡番号を紛争ページにご入力いただけますと幸いです。

またのご利用を心よりお待ちしております。
はなうつわ サポートチーム""")

g("oh04b", "oh04_return_ja", """佐藤様

ご連絡ありがとうございます。返品・返金というプラットフォームの決定を承知いたしました。

返送先はこちらです：〒530-0001 大阪府大阪市北区梅田1-2-3 はなうつわ返品係

マグカップが当店に到着し次第、返金を処理いたします。恐れ入りますが、発送後に返送の追跡番号を紛争に追加してください。

またお取引できる日を楽しみにしております。
はなうつわ サポートチーム""")

g("oh05a", "oh05_reshipok_fr", """Bonjour Théo,

Merci beaucoup d'avoir accepté un nouvel envoi, et encore désolés pour le colis perdu. Votre guirlande lumineuse est repartie : voici son nouveau numéro de suivi, LP00918276354CN.

Nous surveillons ce nouveau colis de près et nous vous tiendrons informé de son avancement.

Belle journée,
Camille, service client Lueur Déco""")

g("oh06a", "oh06_reship_de", """Hallo Lukas,

es tut uns wirklich leid: Ihr Paket mit dem Fahrradlicht-Set ist laut Sendungsverfolgung unterwegs verloren gegangen. Das ist ärgerlich, gerade wenn man auf das Licht wartet.

Möchten Sie, dass wir Ihnen das Set noch einmal schicken – ohne zusätzliche Kosten für Sie?

Wenn ja, antworten Sie bitte kurz hier und prüfen Sie dabei, ob Ihre Lieferadresse noch stimmt.

Viele Grüße
Ihr RadWerk-Shop-Team""")

g("oh07a", "oh07_customs_it", """Ciao Giulia,

grazie per averci scritto e ci dispiace per l'attesa. Abbiamo controllato: il pacco con la macchina per pasta è attualmente trattenuto in dogana, e puoi seguirne lo stato con il numero di tracciamento RB204718893CN.

Per questo ordine i dazi di importazione sono a carico dell'acquirente: potresti gentilmente pagarli e completare lo sdoganamento? Così il pacco potrà ripartire verso di te.

Se la dogana dovesse chiedere qualche documento, per esempio la fattura, te lo invieremo volentieri.

Un caro saluto,
Il team di Cucina Felice""")

g("oh08a", "oh08_await_ptbr", """Olá, Rafael!

Entendemos sua frustração por não ter recebido a capa de chuva e sentimos muito por todo esse transtorno. Queremos te contar que já enviamos as nossas evidências para a plataforma.

Agora o especialista em disputas da plataforma vai analisar o caso e tomar a decisão, e nós vamos respeitar o que for decidido.

Enquanto isso, continuamos à disposição para qualquer dúvida.

Abraços,
Equipe Pedal Brasil Store""")

g("oh09a", "oh09_escal_nl", """Beste Sanne,

We zien dat je het geschil hebt laten escaleren naar het platform, en we begrijpen goed dat je gefrustreerd bent na zo lang wachten op je snijplankenset.

We werken graag mee met de geschillenspecialist van het platform en sturen hun al ons bewijs.

Tegelijk staan we nog steeds open om samen met jou tot een oplossing te komen. Laat het ons gerust weten.

Hartelijke groet,
Team Groen Huis""")

g("oh10a", "oh10_received_tr", """Merhaba Elif Hanım,

İade ettiğiniz cam saklama kavanozu seti bize ulaştı, teşekkür ederiz. Yaşadığınız sorun için tekrar özür dileriz. Kavanozların size hasarlı ulaşması bizi de çok üzdü; bundan sonra paketlemeye daha da özen göstereceğiz.

Geri ödemeniz artık platform üzerinden size ulaşacak.

Gelecekte yine sizinle alışveriş yapmayı umuyoruz.

Saygılarımızla,
Mutfak Dükkanı ekibi""")

g("oh10b", "oh10_received_tr", """Sayın Elif Yılmaz,

Geri gönderdiğiniz kavanoz seti elimize ulaştı; RR551203947TR numaralı iade gönderisi teslim alındı. Kavanozların size kırık ulaşması gerçekten can sıkıcıydı, bunun için içtenlikle özür dileriz.

Para iadeniz bundan sonra platform üzerinden yapılacak.

Bu süreçteki sabrınız için teşekkür eder, ileride yeniden alışveriş yapmanızı dileriz. Herhangi bir sorunuz olursa bu yazışma üzerinden bize her zaman yazabilirsiniz.
Mutfak Dükkanı ekibi""")

g("oh11a", "oh11_evidence_ko", """김민준 고객님, 안녕하세요.

주문하신 무선 전기 주전자가 전원을 켜도 물이 데워지지 않는다니 정말 죄송합니다. 불편을 드려 송구하며, 꼭 해결해 드리고 싶습니다.

빠르게 확인할 수 있도록, 주전자의 전원을 켠 상태에서 고장 증상이 나타나는 모습을 짧은 영상으로 촬영해 보내주시겠어요?

영상을 받는 대로 바로 확인하고 해결 방법을 안내해 드리겠습니다.

하루가전 고객지원팀""")

g("oh12a", "oh12_transit_zhtw", """陳怡君 您好：

非常理解您等待包裹時的擔心，讓您久等了，真的很抱歉。您的保溫瓶目前仍在運送途中，您可以用追蹤號碼 LP00284457019CN 隨時查看物流進度。

想麻煩您先暫時關閉這個糾紛，我們會為您延長 30 天的買家保護期，讓您在包裹送達前都能受到完整保障。

如有任何問題，歡迎隨時在這裡留言給我們。

暖心生活館客服團隊""")

g("oh13a", "oh13_partial_ar", """مرحباً خالد،

شكراً لك على الصور التي أرسلتها. نرى بوضوح أن الطاولة وصلت ناقصة رجلين، ونعتذر بشدة عن ذلك.

نقدم لك خيارين:
- أن تحتفظ بالطاولة مع استرداد جزئي يصل إلى 128.00 SAR؛
- أو أن تعيد الطاولة وتسترد المبلغ كاملاً.

أي الخيارين تفضّل؟

مع خالص التحية،
فريق بيت الخشب""")

g("oh13b", "oh13_partial_ar", """السلام عليكم أخي خالد،

نشكرك على إرسال الصور، ويؤسفنا أن الطاولة وصلتك بدون رجلين من أرجلها الأربع.

لحل المشكلة لدينا اقتراحان: يمكنك الاحتفاظ بالطاولة ونرد لك جزءاً من المبلغ بحد أقصى 128.00 SAR، أو يمكنك إرجاع الطاولة واسترداد كامل المبلغ.

نرجو أن تخبرنا بالخيار الذي يناسبك.
فريق بيت الخشب""")

g("oh14a", "oh14_return_sv", """Hej Erik,

Tack för ditt meddelande. Plattformen har beslutat om retur och återbetalning, och vi accepterar beslutet fullt ut.

För säkerhets skull är här returadressen igen: Nordvind Returer, Box 512, 411 04 Göteborg, Sverige

Återbetalningen görs så snart jackan har kommit fram till oss. Om du inte redan har gjort det, lägg gärna till returens spårningsnummer i ärendet.

Vi hoppas att få göra affärer med dig igen längre fram.

Vänliga hälsningar,
Nordvinds kundtjänst""")

g("oh14b", "oh14_return_sv", """Hej Erik Lindqvist!

Vi har sett plattformens beslut om retur och återbetalning och följer det självklart.

Returadressen är: Nordvind Returer, Box 512, 411 04 Göteborg, Sverige

Du får pengarna tillbaka när jackan har anlänt till oss. Glöm inte att lägga in returens spårningsnummer i tvisten, så kan vi hålla koll på paketet.

Tack för ditt tålamod, och vi hoppas att du handlar hos oss igen i framtiden.
Nordvinds kundtjänst""")

g("oh15a", "oh15_customs_cs", """Dobrý den, paní Nováková,

děkujeme za Vaši zprávu. Váš balík je momentálně zadržený na celnici; jeho stav můžete sledovat pod číslem zásilky RB330912478CN.

Nemusíte nic platit: clo uhradíme my a celní odbavení vyřídíme sami.

Prosíme Vás jen o trochu trpělivosti, než celnice balík uvolní a pošle ho dál k Vám.

S pozdravem
Tým ZdraviShop""")

g("oh16a", "oh16_reship_ro", """Bună ziua, Ioana,

Ne pare foarte rău: se pare că coletul cu setul de pensule s-a pierdut pe drum. Înțelegem cât de neplăcut este.

Ați dori să vă trimitem din nou produsul, fără niciun cost suplimentar?

Vă rugăm să ne răspundeți aici pentru confirmare și să verificați dacă adresa de livrare este corectă.

Cu drag,
Echipa Frumusețe Online""")

g("oh17a", "oh17_reshipok_hu", """Kedves Zsófia!

Köszönjük, hogy beleegyezett az újraküldésbe, és még egyszer elnézést kérünk az elveszett csomag miatt. A fűszertartó készletet újra feladtuk, az új csomag követési száma: LP00705512386CN.

Figyelemmel kísérjük a szállítást, és folyamatosan tájékoztatjuk Önt.

Üdvözlettel:
A Konyhakert Bolt csapata""")

g("oh18a", "oh18_escal_da", """Hej Mette,

Vi kan se, at du har sendt sagen videre til platformen, og vi forstår godt, at du er frustreret, når du er i tvivl om, hvorvidt remmen er ægte.

Vi samarbejder fuldt ud med platformens tvistspecialist og giver dem vores dokumentation.

Samtidig er vi stadig åbne for at finde en løsning sammen med dig, hvis du har lyst.

Venlig hilsen
Tidsværk kundeservice""")

g("oh19a", "oh19_await_fi", """Hei Aino,

Kiitos viestistäsi, ja pahoittelemme, että villasukat eivät vastanneet odotuksiasi. Olemme jo toimittaneet oman näyttömme alustalle.

Alustan riitojen asiantuntija tekee nyt päätöksen, ja me kunnioitamme sitä, olipa se mikä tahansa.

Autamme edelleen mielellämme, jos sinulla on kysyttävää.

Ystävällisin terveisin
Lämpö Kaupan asiakaspalvelu""")

g("oh20a", "oh20_received_pl", """Dzień dobry, Pani Katarzyno,

dziękujemy za odesłanie zestawu noży – przesyłka zwrotna RR992017345PL dotarła do nas bez problemu.

Zwrot pieniędzy zostanie teraz zrealizowany za pośrednictwem platformy.

Przepraszamy za pomyłkę z zamówieniem i mamy nadzieję, że jeszcze kiedyś zrobi Pani u nas zakupy.

Pozdrawiamy serdecznie,
Zespół Ostry Kuchnia""")

g("oh21a", "oh21_evidence_uk", """Добрий день, Олено!

Нам дуже шкода, що кросівки виявилися значно меншими, ніж указано в таблиці розмірів. Вибачте за клопіт — ми хочемо розібратися в цьому разом із вами.

Щоб ми могли швидко все перевірити, надішліть, будь ласка, фото кросівка, покладеного рівно, з сантиметровою стрічкою вздовж устілки, поруч із ярличком розміру.

Щойно отримаємо фото, одразу його переглянемо й повернемося до вас із рішенням.

З повагою,
Команда СпортКрок""")

g("oh22a", "oh22_customs_el", """Γεια σας κύριε Παπαδόπουλε,

Λυπούμαστε για την καθυστέρηση. Βλέπουμε ότι το δέμα σας με τον μύλο καφέ κρατείται αυτή τη στιγμή στο τελωνείο· μπορείτε να το παρακολουθείτε με τον αριθμό αποστολής RB771402569CN.

Ελέγχουμε με τη μεταφορική τι χρειάζεται το τελωνείο για να αποδεσμεύσει το δέμα και θα σας ενημερώσουμε μόλις μάθουμε.

Σας παρακαλούμε για λίγη υπομονή μέχρι να τακτοποιηθεί αυτό.

Με εκτίμηση,
Η ομάδα του Kafeneio Store""")

g("oh23a", "oh23_partial_engb", """Hello Oliver,

Thank you for the photos of the casserole dish, and I'm sorry both for the cracked lid and for the slow reply that led you to escalate. The damage is clear to see.

I'd like to offer you a choice:
- keep the dish and receive a partial refund of up to 8.40 GBP, or
- send it back to us for a full refund.

Which would you prefer?

Best wishes,
Priya at Hearth & Home Co""")

g("oh23b", "oh23_partial_engb", """Dear Mr Hughes,

Many thanks for sending the photos. The crack in the glass lid is plain to see, and we're sorry the dish reached you like that.

There are two ways we can settle this. You can keep the casserole dish and we'll make a partial refund of up to 8.40 GBP, or you can return it and receive a full refund. Just let us know which option suits you best.

Kind regards,
Priya at Hearth & Home Co""")

g("oh24a", "oh24_transit_es", """Hola, Marta:

Siento mucho la preocupación; es normal inquietarse cuando el seguimiento no avanza. Te cuento que tu lámpara de escritorio plegable sigue de camino y puedes consultar su recorrido con el número de seguimiento LP00158839274CN.

¿Te importaría cerrar la disputa de momento? Por nuestra parte, ampliaremos tu protección de compra en 10 días para que sigas totalmente cubierta hasta que recibas el paquete.

Un saludo,
Sofía, atención al cliente de LuzViva""")
