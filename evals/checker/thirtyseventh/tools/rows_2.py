# Good replies and planted edits, disputes 09-16.
ROWS = []
def g(id, n, lang, text, edits): ROWS.append(dict(id=id, n=n, language=lang, text=text, edits=edits))

g("op09a", 9, "nl", """Beste Sanne,

We zien dat je het geschil hebt voorgelegd aan het platform, en we begrijpen heel goed dat je gefrustreerd bent: je wacht al lang op je regenjas.

Wij werken volledig mee met de geschillenspecialist van het platform en leveren al ons bewijs aan, zoals de verzendgegevens van PostNL.

Tegelijk staan we nog steeds open om samen met jou een oplossing te vinden. Laat gerust weten wat je het liefst zou zien.

Met vriendelijke groet,
Buitenstijl team""", [
 ("refund_promise", "Tegelijk staan we nog steeds open", "We betalen je hoe dan ook het volledige bedrag terug. Tegelijk staan we nog steeds open", "promises full refund before platform decides"),
 ("invented_tracking_number", "zoals de verzendgegevens van PostNL.", "zoals de verzendgegevens van PostNL voor zending 3SXYZ90217743.", "tracking digits swapped; real 3SXYZ90217734"),
 ("off_platform_contact", "Laat gerust weten wat je het liefst zou zien.", "Bel ons gerust even op ons klantenservicenummer, dan lossen we het samen op.", "phone contact"),
 ("shouting", "Met vriendelijke groet,", "Dit had echt NIET nodig geweest!!!\n\nMet vriendelijke groet,", "capitals, exclamation, reproachful"),
 ("missing_required_point", "Wij werken volledig mee met de geschillenspecialist van het platform en leveren al ons bewijs aan, zoals de verzendgegevens van PostNL.", "Bedankt voor je geduld tot nu toe.", "cooperate removed"),
])
g("op10a", 10, "tr", """Merhaba Emre Bey,

İade ettiğiniz Bluetooth hoparlör elimize ulaştı, gönderdiğiniz için teşekkür ederiz. Ürünün çalışmaması nedeniyle yaşadığınız sorun için tekrar özür dileriz.

Para iadeniz şimdi platform üzerinden size ulaşacak. Herhangi bir sorunuz olursa bize buradan yazabilirsiniz.

Gelecekte sizinle yeniden alışveriş yapmayı umuyoruz.

Saygılarımızla,
SesDünyası team""", [
 ("amount_over_cap", "Para iadeniz şimdi platform üzerinden size ulaşacak.", "Para iadeniz şimdi platform üzerinden size ulaşacak; zahmetiniz için sipariş bedelinin üstüne ekleme yaparak toplam 1500 TRY iade edeceğiz.", "refund above order total 1249 TRY"),
 ("invented_amount_or_date", "size ulaşacak.", "size ulaşacak ve genellikle 7 iş günü içinde hesabınıza geçer.", "invented refund timing"),
 ("wrong_language", "Gelecekte sizinle yeniden alışveriş yapmayı umuyoruz.", "We hope to do business with you again in the future.", "English sentence in Turkish reply", "en"),
 ("feedback_request", "Herhangi bir sorunuz olursa bize buradan yazabilirsiniz.", "Memnun kaldıysanız mağazamıza beş yıldızlı bir değerlendirme bırakır mısınız?", "asks for five-star rating"),
 ("internal_note", "tekrar özür dileriz.", "tekrar özür dileriz. (Satıcı paneli: iade teslim alındı olarak işaretlendi, return_received şablonu.)", "seller panel note and remedy id"),
])
g("op11a", 11, "ko", """김지훈 고객님, 안녕하세요.

주문하신 러닝화가 표기된 사이즈보다 훨씬 작게 느껴지셨다니 정말 죄송합니다. 불편을 드려 마음이 무겁습니다.

정확히 확인할 수 있도록, 신발을 평평하게 놓고 줄자를 대어 길이를 잰 사진을 사이즈 라벨이 함께 보이도록 보내주실 수 있을까요?

사진을 받는 대로 바로 확인하고 해결 방법을 안내해 드리겠습니다.

런웨이슈즈 고객지원팀""", [
 ("refund_promise", "해결 방법을 안내해 드리겠습니다.", "해결 방법을 안내해 드리겠습니다. 확인 전이라도 다음 주문에 쓰실 수 있는 할인 쿠폰을 먼저 보내드릴게요.", "discount coupon"),
 ("off_platform_contact", "보내주실 수 있을까요?", "카카오톡으로 보내주실 수 있을까요?", "KakaoTalk"),
 ("invented_amount_or_date", "사진을 받는 대로", "사진은 12월 1일까지 보내주셔야 하며, 받는 대로", "invented deadline"),
 ("placeholder", "김지훈 고객님, 안녕하세요.", "<고객명> 고객님, 안녕하세요.", "name slot"),
 ("blame", "불편을 드려 마음이 무겁습니다.", "다만 주문 전에 사이즈표를 꼼꼼히 보셨다면 이런 일은 없었을 것 같아요.", "reproaches buyer"),
])
g("op12a", 12, "zh", """陳怡君 您好：

非常理解您等待包裹的焦急心情。好消息是，您的無線吸塵器目前仍在運送途中，您可以用追蹤號碼 RB553190277TW 隨時查看最新進度。

想麻煩您先暫時關閉這個糾紛。我們會將您的購買保障延長 30 天，讓您在包裹送達前都能得到完整的保障。

如有任何疑問，歡迎隨時在這裡留言給我們。

潔家生活 team""", [
 ("invented_tracking_number", "RB553190277TW", "RB553190727TW", "tracking digits swapped"),
 ("off_platform_contact", "在這裡留言給我們", "加我們的微信留言", "WeChat"),
 ("shouting", "想麻煩您先暫時關閉這個糾紛。", "請您立刻關閉糾紛！！！不要再拖了！", "pushy, many exclamation marks"),
 ("internal_note", "隨時查看最新進度。", "隨時查看最新進度。（備註：客戶同意後記得到賣家中心延長保障）", "seller action note"),
 ("missing_required_point", "我們會將您的購買保障延長 30 天，讓您在包裹送達前都能得到完整的保障。", "", "extend_protection removed"),
])
g("op13a", 13, "ar", """مرحباً محمد،

نتفهم تماماً انزعاجك من تأخر وصول السماعات. طردك محتجز حالياً لدى الجمارك، ويمكنك متابعته برقم التتبع AX66120045SA.

نود طمأنتك بأننا نتولى دفع الرسوم الجمركية وإنهاء إجراءات التخليص بأنفسنا، فلن تدفع أي شيء.

نرجو منك القليل من الصبر حتى تُفرج الجمارك عن طردك، وسنبقى على تواصل معك هنا.

مع أطيب التحيات،
صوت الخليج team""", [
 ("refund_promise", "فلن تدفع أي شيء.", "فلن تدفع أي شيء، وتقديراً لصبرك سنرسل لك هدية مجانية مع طلبك القادم.", "free gift"),
 ("invented_tracking_number", "AX66120045SA", "AX66120054SA", "tracking digits swapped"),
 ("blame", "نتفهم تماماً انزعاجك من تأخر وصول السماعات.", "للأسف الجمارك عندكم بطيئة جداً وهي سبب كل هذا التأخير.", "blames customs"),
 ("wrong_language", "نرجو منك القليل من الصبر حتى تُفرج الجمارك عن طردك، وسنبقى على تواصل معك هنا.", "Nous vous demandons un peu de patience jusqu'à ce que la douane libère votre colis ; nous restons en contact ici.", "French sentence in Arabic reply", "fr"),
 ("feedback_request", "وسنبقى على تواصل معك هنا.", "وسنبقى على تواصل معك هنا. ونرجو ألا تترك تقييماً سلبياً بسبب هذا التأخير.", "asks not to leave negative rating"),
])
g("op14a", 14, "sv", """Hej Elin!

Tack för bilden du skickade. Vi ser tydligt att filten är grå och inte blå som på produktbilden, och vi ber om ursäkt för det.

Vi kan erbjuda dig två alternativ: antingen behåller du filten och får en delåterbetalning på upp till 359.60 SEK, eller så skickar du tillbaka den och får full återbetalning.

Vilket alternativ passar dig bäst?

Vänliga hälsningar,
Nordhem team""", [
 ("amount_over_cap", "upp till 359.60 SEK,", "upp till 359.60 SEK (och vill du kan vi gå upp till halva priset),", "half price, cap is 40%"),
 ("amount_over_cap", "får en delåterbetalning på upp till 359.60 SEK", "får en delåterbetalning på 450.00 SEK", "450.00 SEK above 359.60 cap"),
 ("placeholder", "Tack för bilden du skickade.", "Tack för bilden du skickade angående order #{ORDER_ID}.", "order id slot"),
 ("shouting", "Vilket alternativ passar dig bäst?", "VÄLJ ETT ALTERNATIV NU, annars kan vi inte hjälpa dig!!", "capitals, pushy"),
 ("missing_required_point", "Tack för bilden du skickade. Vi ser tydligt att filten är grå och inte blå som på produktbilden, och vi ber om ursäkt för det.", "Vi har tittat på ärendet.", "thank_evidence removed"),
])
g("op15a", 15, "cs", """Dobrý den, pane Nováku,

velice se omlouváme, podle všeho se Vaše cyklistická přilba cestou ztratila.

Rádi Vám ji pošleme znovu, a to bez jakýchkoli dalších nákladů. Chcete, abychom to udělali?

Prosíme, potvrďte nám to odpovědí zde a zkontrolujte také, zda je Vaše doručovací adresa správná.

S pozdravem
VeloShop team""", [
 ("refund_promise", "Chcete, abychom to udělali?", "Chcete, abychom to udělali, nebo Vám raději rovnou vrátíme peníze?", "refund offered, only reshipment allowed"),
 ("invented_amount_or_date", "bez jakýchkoli dalších nákladů.", "bez jakýchkoli dalších nákladů; nová zásilka odejde do 24 hodin.", "invented dispatch time"),
 ("internal_note", "cestou ztratila.", "cestou ztratila. [TODO: podat reklamaci u České pošty]", "TODO left in"),
 ("wrong_language", "Prosíme, potvrďte nám to odpovědí zde a zkontrolujte také, zda je Vaše doručovací adresa správná.", "Prosimy o potwierdzenie w odpowiedzi i sprawdzenie, czy adres dostawy jest poprawny.", "Polish sentence in Czech reply", "pl"),
 ("blame", "podle všeho se Vaše cyklistická přilba cestou ztratila.", "Česká pošta Vaši přilbu zase někde ztratila, jak už to u nich bývá.", "blames carrier"),
])
g("op16a", 16, "ro", """Bună ziua, Andreea,

Platforma a decis returnarea produsului și rambursarea banilor, iar noi acceptăm această decizie.

Pentru siguranță, vă reamintim adresa de retur: Strada Fabricii 17, Cluj-Napoca 400632, România.

Rambursarea va fi procesată de îndată ce rochia returnată ajunge la noi. Vă rugăm să adăugați numărul de urmărire al returului în dispută, dacă nu ați făcut-o deja.

Sperăm să facem din nou afaceri împreună în viitor.

Cu stimă,
Elegance Atelier team""", [
 ("amount_over_cap", "ajunge la noi.", "ajunge la noi, iar suma rambursată va fi de 300.00 RON.", "refund above order total 245 RON"),
 ("invented_tracking_number", "dacă nu ați făcut-o deja.", "dacă nu ați făcut-o deja. Vedem că ați trimis coletul cu numărul RO5521009913.", "return tracking digits swapped; real RO5521009931"),
 ("off_platform_contact", "Vă rugăm să adăugați numărul de urmărire al returului în dispută", "Vă rugăm să ne trimiteți numărul de urmărire al returului pe adresa retur@eleganceatelier.ro", "email"),
 ("feedback_request", "Sperăm să facem din nou afaceri împreună în viitor.", "După ce primiți banii, vă rugăm să vă actualizați recenzia. Sperăm să facem din nou afaceri împreună în viitor.", "asks to change review"),
 ("missing_required_point", "Sperăm să facem din nou afaceri împreună în viitor.", "Vă mulțumim pentru înțelegere.", "trade_again removed"),
])
