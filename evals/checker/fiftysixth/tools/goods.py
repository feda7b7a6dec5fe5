"""The 30 hand-written good replies (24 'a' replies, one per dispute, and 6 'b' replies in another style)."""

GOOD = {}

def g(gid, dispute, text, note=""):
    GOOD[gid] = {"dispute": dispute, "message": text.strip("\n"), "note": note}

g("ns01a", "ns01_en_jacket", """
Dear Harriet Cole,

I'm so sorry the jacket doesn't fit the way it should, especially when it was meant as a present. That's really disappointing, and we want to put it right with you.

To check the sizing properly, could you please send us a photo of the jacket laid flat with a measuring tape across it, next to its size label? A second shot along the sleeve would help too.

As soon as the photos arrive, we'll compare them with our size chart and come back to you with a solution.

Warm regards, the Northbay Outfitters team
""", "warm, letter style")

g("ns02a", "ns02_es_lamp", """
Hola, Mariana Torres:

Lamentamos muchísimo que la lámpara haya llegado con la pantalla rota y la base rajada, sobre todo después de tanta espera. Entendemos perfectamente su molestia y queremos resolverlo con usted.

Para revisar el caso cuanto antes, ¿podría enviarnos fotos del daño y también de la caja exterior tal como la recibió?

En cuanto las tengamos, las revisaremos con atención y le responderemos con una solución.

Un saludo cordial, equipo de Casa Ratán
""", "formal usted")

g("ns02b", "ns02_es_lamp", """
Mariana Torres, ¡hola! Gracias por escribirnos.

Qué pena que la lámpara te llegara así; sentimos mucho las molestias. Nos ayudaría mucho ver lo ocurrido: ¿nos mandas unas fotos de la parte dañada y otras del empaque exterior, tal como llegó a tu casa? Apenas las recibamos, las revisamos y te proponemos una solución. Aquí seguimos para lo que necesites, en este mismo chat.

Un saludo cordial, equipo de Casa Ratán
""", "informal tú, one paragraph")

g("ns03a", "ns03_ru_kettle", """
Здравствуйте, Алексей Смирнов!

Нам очень жаль, что чайник не включается: понимаем, как это неприятно, тем более что вы уже проверили разные розетки. Мы хотим разобраться в ситуации вместе с вами.

Чтобы быстро понять, в чём дело, пожалуйста, пришлите короткое видео, на котором чайник подключён к сети, вы его включаете и видно, что индикатор не загорается.

Как только получим видео, сразу его посмотрим и вернёмся к вам с решением.

С уважением, команда магазина «Чайный Дом»
""")

g("ns04a", "ns04_ja_case", """
佐藤 美咲 様

お問い合わせありがとうございます。まだお手元に届かず、ご不安な思いをおかけして申し訳ございません。
お荷物は現在お届けに向けて輸送中で、追跡番号 JP2209471186CN で状況をご確認いただけます。
恐れ入りますが、今回の紛争をいったんクローズしていただけますでしょうか。その代わりに、購入者保護期間を20日間延長いたしますので、お荷物が届くまで引き続き安心してお待ちいただけます。

Hikari Case Shop スタッフ一同
""")

g("ns05a", "ns05_fr_shoes", """
Bonjour Julien Moreau,

Nous comprenons tout à fait votre impatience, et nous sommes désolés que l'attente soit si longue. Bonne nouvelle : votre colis est bien en route, et vous pouvez suivre son parcours avec le numéro de suivi LB904417726FR.

Pourriez-vous, s'il vous plaît, fermer le litige pour le moment ? De notre côté, nous prolongerons votre protection d'achat de 15 jours, afin que vous restiez entièrement couvert jusqu'à l'arrivée du colis.

Merci beaucoup pour votre compréhension.

Bien cordialement, l'équipe Atelier Basket
""")

g("ns05b", "ns05_fr_shoes", """
Julien Moreau, bonjour !

Merci pour votre message, et pardon pour ce délai qui doit être agaçant. Vos baskets sont toujours en chemin : le suivi LB904417726FR le confirme. Nous vous proposons de prolonger de 15 jours votre protection d'achat, pour que vous restiez couvert quoi qu'il arrive. En échange, accepteriez-vous de clôturer le litige pour l'instant ? Nous restons à votre écoute ici même.

Bien cordialement, l'équipe Atelier Basket
""", "short, one paragraph, offer before the ask")

g("ns06a", "ns06_de_drone", """
Liebe Katharina Huber,

es tut uns wirklich leid, dass die Drohne noch nicht bei Ihnen ist. Gerade bei einem Geburtstagsgeschenk verstehen wir Ihren Ärger sehr gut.

Die gute Nachricht: Das Paket ist unterwegs zu Ihnen. Mit der Sendungsnummer AT0073355120 können Sie jederzeit sehen, wo es gerade ist.

Dürfen wir Sie bitten, den Streitfall vorerst zu schließen? Wir verlängern dafür Ihren Käuferschutz um 30 Tage, damit Sie bis zur Zustellung vollständig abgesichert bleiben.

Herzliche Grüße, Ihr Alpenblick-Technik-Team
""")

g("ns07a", "ns07_it_bag", """
Gentile Giulia Ricci,

grazie per averci inviato le foto. Vediamo chiaramente le cuciture del manico che si sono aperte e ci dispiace davvero: non è la qualità che vogliamo offrire.

Le proponiamo due soluzioni:
- tenere la borsa con un rimborso parziale fino a 22.25 EUR;
- restituire la borsa e ricevere il rimborso completo.

Ci faccia sapere quale delle due preferisce, e procederemo subito.

Cordiali saluti, Pelletteria Arno
""", "list style")

g("ns07b", "ns07_it_bag", """
Buongiorno Giulia Ricci,

abbiamo guardato con attenzione le foto che ci ha mandato e ha perfettamente ragione: il manico non avrebbe dovuto scucirsi così presto. Ci scusiamo per il disagio. Per rimediare, può scegliere se tenere la borsa ricevendo un rimborso parziale fino a 22.25 EUR, oppure rispedircela e ottenere il rimborso totale dopo il reso. Quale soluzione preferisce? Attendiamo la sua risposta qui nella conversazione.

Cordiali saluti, Pelletteria Arno
""", "prose, one paragraph")

g("ns08a", "ns08_pt_watch", """
Olá, Rafael Oliveira!

Obrigado por enviar a foto. Dá para ver que a pulseira veio marrom e não preta, como você pediu. Pedimos desculpas pelo engano.

Temos duas opções para você:
- ficar com o relógio e receber um reembolso parcial de até 65.97 BRL; ou
- devolver o relógio e receber o reembolso total.

Qual das duas você prefere?

Abraços, equipe Tempo Certo
""", "list style")

g("ns08b", "ns08_pt_watch", """
Rafael Oliveira, boa tarde!

Recebemos sua foto e vimos que a cor da pulseira não corresponde ao anúncio. Sentimos muito por isso. Você pode escolher: se quiser ficar com o relógio, oferecemos um reembolso parcial de até 65.97 BRL; se preferir, pode devolvê-lo e receber o reembolso integral. Conta pra gente qual opção fica melhor para você?

Abraços, equipe Tempo Certo
""", "informal, one paragraph")

g("ns09a", "ns09_nl_blender", """
Beste Sofie Peeters,

Bedankt voor de foto en de video. We zien duidelijk dat het deksel en de maatbeker ontbreken, en dat spijt ons echt: zo heeft u inderdaad niets aan de blender.

We stellen u twee oplossingen voor: u houdt de blender en krijgt een gedeeltelijke terugbetaling van maximaal 21.98 EUR, of u stuurt de blender terug en krijgt het volledige bedrag terugbetaald.

Welke oplossing heeft uw voorkeur?

Met vriendelijke groet, Keukenhoek
""")

g("ns10a", "ns10_tr_phone", """
Merhaba Emre Yılmaz,

Mesajınız için teşekkür ederiz. Kargonuzun şu anda gümrükte beklediğini görüyoruz; RT556001943TR takip numarasıyla durumunu izleyebilirsiniz.

Bu siparişte ithalat vergileri alıcıya ait olduğu için, vergiyi ödeyip gümrük işlemlerini tamamlamanızı rica ederiz. Gümrük fatura gibi herhangi bir belge isterse, size memnuniyetle hemen göndeririz.

Anlayışınız için çok teşekkür ederiz.

Saygılarımızla, Ses Dünyası ekibi
""")

g("ns11a", "ns11_ko_headset", """
김지훈 고객님, 안녕하세요.

많이 답답하셨을 텐데 기다려 주셔서 감사합니다. 현재 고객님의 택배는 통관 보류 상태이며, 운송장 번호 KR640982215CN으로 진행 상황을 확인하실 수 있습니다.

관세는 저희가 부담하고 통관 절차도 직접 처리하고 있으니, 고객님께서 따로 내실 금액은 없습니다. 세관에서 물품이 풀려날 때까지 조금만 더 기다려 주시면 감사하겠습니다.

Sori Gear 고객지원팀
""")

g("ns12a", "ns12_zh_speaker", """
陳怡君 您好：

很抱歉讓您久等了。我們查到您的包裹目前被海關暫時扣留，您可以用追蹤號碼 TW773310046CN 查看最新狀態。

我們正在向物流公司確認海關需要哪些資料才能放行，一有消息就會馬上通知您。這段時間還請您耐心稍候，謝謝您的體諒。

音悅小舖 客服團隊
""")

g("ns13a", "ns13_ar_perfume", """
مرحباً فاطمة العتيبي،

نعتذر لكِ بشدة، فيبدو أن طردكِ قد فُقد أثناء الشحن، ونتفهم تماماً انزعاجكِ بعد هذا الانتظار الطويل، فهذا ليس ما نريده لعملائنا.

هل تودّين أن نرسل لكِ العطر مرة أخرى دون أي تكلفة إضافية؟

إذا كان ذلك يناسبكِ، يُرجى الرد على هذه الرسالة لتأكيد موافقتكِ، والتحقق من أن عنوان الشحن المسجّل لديكِ صحيح حتى يصلكِ الطرد الجديد دون مشاكل.

مع خالص التحيات، فريق Oud House
""")

g("ns14a", "ns14_sv_tent", """
Hej Erik Lindqvist,

Vi är verkligen ledsna, men det ser ut som att ditt paket har kommit bort på vägen.

Vill du att vi skickar tältet till dig igen, utan extra kostnad? Svara gärna här och bekräfta, och kontrollera samtidigt att leveransadressen i din beställning stämmer. Då kan vi skicka det så snart vi har hört av dig.

Vänliga hälsningar, Fjällbas kundtjänst
""")

g("ns15a", "ns15_cs_lens", """
Dobrý den, paní Tereza Nováková,

děkujeme, že jste souhlasila s novým odesláním objektivu. Objektiv jsme Vám již poslali znovu na stejnou adresu a nové sledovací číslo zásilky je RR704229931CZ.

Novou zásilku budeme pečlivě sledovat a průběžně Vás budeme informovat o jejím stavu.

Omlouváme se za komplikace a děkujeme za trpělivost.

S pozdravem, tým FotoPlus
""")

g("ns16a", "ns16_ro_mixer", """
Bună ziua, Andrei Popescu,

Vă mulțumim că ați fost de acord să vă retrimitem mixerul. L-am expediat din nou, iar noul număr de urmărire este RO331879015CN.

Vom urmări îndeaproape noul colet și vă vom ține la curent pe tot parcursul drumului. Sperăm și noi din tot sufletul ca de data aceasta să ajungă fără probleme.

Cu drag, echipa Bucătăria Veselă
""")

g("ns17a", "ns17_hu_coat", """
Kedves Nagy Zsófia!

A platform visszaküldésről és visszatérítésről döntött, és mi elfogadjuk ezt a döntést.

Kérjük, a kabátot erre a címre küldje vissza: Divatsarok Visszáru, Váci út 48, 1132 Budapest, Magyarország

A visszatérítést azonnal elindítjuk, amint a visszaküldött termék megérkezik hozzánk. Kérjük, a visszaküldés nyomkövetési számát adja meg a vitában.

Reméljük, hogy a jövőben is vásárol majd nálunk.

Üdvözlettel: a Divatsarok csapata
""")

g("ns17b", "ns17_hu_coat", """
Kedves Nagy Zsófia, köszönjük a kérdését!

Tudomásul vettük és elfogadjuk a platform döntését a visszaküldésről és a visszatérítésről. A kabát visszaküldési címe: Divatsarok Visszáru, Váci út 48, 1132 Budapest, Magyarország. Amint a csomag megérkezik, feldolgozzuk a visszatérítést; ehhez kérjük, tüntesse fel a vitában a feladott csomag nyomkövetési számát. Sajnáljuk a kellemetlenséget, és bízunk benne, hogy máskor is szívesen vásárol tőlünk.

Üdvözlettel: a Divatsarok csapata
""", "one paragraph")

g("ns18a", "ns18_da_chair", """
Kære Mette Nielsen,

Platformen har besluttet retur og refusion, og den afgørelse tager vi selvfølgelig til efterretning.

Stolene skal sendes retur til denne adresse:
Nordisk Møbel Retur, Industrivej 7, 8600 Silkeborg, Danmark

Refusionen bliver behandlet, så snart de returnerede stole er kommet frem. Tilføj venligst returforsendelsens sporingsnummer i sagen.

Vi håber, at vi får lov at handle med dig igen en anden gang.

Venlig hilsen, Nordisk Møbel
""")

g("ns19a", "ns19_fi_boots", """
Hei Mikko Virtanen,

Kiitos viestistäsi, ja pahoittelemme, että saappaiden koko ei vastannut odotuksiasi.

Olemme jo toimittaneet oman näyttömme alustalle. Alustan riitojen asiantuntija tekee nyt päätöksen, ja me noudatamme sitä.

Jos sinulla on sillä välin kysyttävää, autamme mielellämme täällä riidan viestiketjussa.

Ystävällisin terveisin, Pohjoistähti
""")

g("ns20a", "ns20_pl_router", """
Dzień dobry, Agnieszka Kowalska,

bardzo nam przykro, że paczkomat okazał się pusty. Rozumiemy Pani zdenerwowanie.

Przekazaliśmy już platformie wszystkie nasze dowody w tej sprawie. Teraz decyzję podejmie specjalista platformy ds. sporów, a my w pełni ją uszanujemy.

Gdyby miała Pani jakiekolwiek pytania, jesteśmy do Pani dyspozycji i chętnie pomożemy.

Pozdrawiamy serdecznie, zespół NetSklep
""")

g("ns21a", "ns21_uk_vacuum", """
Доброго дня, Олена Шевченко!

Ми бачимо, що ви передали спір на платформу, і добре розуміємо ваше розчарування: чекати так довго справді виснажливо.

Ми співпрацюватимемо зі спеціалістом платформи з розгляду спорів і надамо всі наші докази.

Водночас ми й надалі відкриті до того, щоб знайти рішення разом із вами.

З повагою, команда «Чистий Дім»
""")

g("ns22a", "ns22_el_jewelry", """
Γεια σας, Ελένη Παπαδοπούλου,

Βλέπουμε ότι μεταφέρατε τη διαφορά στην πλατφόρμα και καταλαβαίνουμε απόλυτα γιατί είστε απογοητευμένη.

Θα συνεργαστούμε με τον ειδικό της πλατφόρμας για τις διαφορές και θα του παρέχουμε όλα τα στοιχεία μας.

Παράλληλα, παραμένουμε ανοιχτοί να βρούμε μαζί σας μια λύση που να σας ικανοποιεί.

Με εκτίμηση, Argyro Atelier
""")

g("ns23a", "ns23_en_keyboard", """
Hi Liam O'Brien,

Thanks for your patience. Good news: we've received the keyboard you sent back.

Your refund will now follow through the platform, so you don't need to do anything else on your side.

Sorry again that the keyboard didn't work as it should. We'd genuinely love to have you back and hope to do business with you again in the future.

Our Store team
""")

g("ns23b", "ns23_en_keyboard", """
Liam O'Brien, hello and thanks for checking in.

Yes, the returned keyboard has arrived safely at our end. The platform will now release your refund. We're sorry the board let you down, and we hope you'll give us another try someday; it would be a pleasure to serve you again.

Our Store team
""", "brisk, one paragraph")

g("ns24a", "ns24_de_kettle", """
Grüezi Lukas Meier

Vielen Dank für Ihre Nachricht. Ja, der Wasserkocher ist gut bei uns angekommen.

Die Rückerstattung erfolgt nun über die Plattform, Sie müssen dafür nichts weiter unternehmen.

Es tut uns leid, dass das Gerät Ihre Erwartungen nicht erfüllt hat. Wir würden uns sehr freuen, wenn Sie künftig wieder bei uns einkaufen.

Freundliche Grüsse, Küchenwerk
""", "Swiss spelling (ss)")
