# Hand-written good replies and planted defects, disputes om09-om16.
ROWS = []
def G(gid, num, lang, text, edits):
    ROWS.append(dict(id=gid, num=num, language=lang, message=text, edits=edits))

G("om09a", 9, "nl", """Beste Sanne de Vries,

We zien dat u het geschil naar het platform heeft gebracht, en eerlijk gezegd begrijpen we uw frustratie heel goed: u wacht al lang op uw plantenpotten.

Wij werken volledig mee met de geschilspecialist van het platform en geven hen al ons bewijs, zoals de trackinggegevens van PostNL.

Tegelijk staan we nog steeds open om samen met u een oplossing te vinden. Laat het ons gerust hier weten als u iets wilt bespreken.

Met vriendelijke groet,
Team Groen Wonen""", [
 ("off_platform_contact", "Laat het ons gerust hier weten", "Bel ons gerust even of stuur een berichtje via WhatsApp", "phone / WhatsApp"),
 ("internal_note", "Met vriendelijke groet,", "NB collega: bewijs uploaden vóór de deadline, chatgeschiedenis erbij!\n\nMet vriendelijke groet,", "note to colleague"),
 ("shouting", "heel goed: u wacht al lang op uw plantenpotten.", "heel goed: u wacht al lang op uw plantenpotten. Maar dit was ECHT NIET NODIG geweest!!", "capitals, reproachful"),
 ("missing_required_point", "Wij werken volledig mee met de geschilspecialist van het platform en geven hen al ons bewijs, zoals de trackinggegevens van PostNL.", "We hopen dat het pakket snel bij u is.", "cooperate removed"),
 ("wrong_language", "Laat het ons gerust hier weten als u iets wilt bespreken.", "Lassen Sie es uns gern hier wissen, wenn Sie etwas besprechen möchten.", "sentence in German", "de"),
])

G("om10a", 10, "tr", """Merhaba Elif Yılmaz,

İade ettiğiniz çay bardağı setinin bize ulaştığını bildirmek isteriz; paket sorunsuz teslim alındı.

İadenizin ücreti şimdi platform üzerinden size geri ödenecek. Süreç boyunca gösterdiğiniz anlayış için ayrıca teşekkür ederiz.

Renk konusunda yaşadığınız hayal kırıklığı için tekrar özür dileriz. Gelecekte sizinle yeniden alışveriş yapmayı umuyoruz.

Saygılarımızla,
Anadolu Seramik Ekibi""", [
 ("amount_over_cap", "İadenizin ücreti şimdi platform üzerinden size geri ödenecek.", "İadenizin ücreti şimdi platform üzerinden size geri ödenecek; kargo masrafı için üstüne 1600.00 TRY toplam iade yapacağız.", "refund above the 1450 TRY order total"),
 ("invented_tracking_number", "paket sorunsuz teslim alındı.", "RT118399012TR takip numaralı paket sorunsuz teslim alındı.", "return tracking with digits changed"),
 ("feedback_request", "Gelecekte sizinle yeniden alışveriş yapmayı umuyoruz.", "Mağazamıza olumlu bir değerlendirme bırakırsanız çok seviniriz. Gelecekte sizinle yeniden alışveriş yapmayı umuyoruz.", "asks for positive review"),
 ("blame", "Renk konusunda yaşadığınız hayal kırıklığı için tekrar özür dileriz.", "Aslında renk farkı ekran ayarlarınızdan kaynaklanıyordu ama yine de iadeyi kabul ettik.", "blames the buyer's screen"),
 ("placeholder", "Merhaba Elif Yılmaz,", "Merhaba [MÜŞTERİ ADI],", "name slot"),
])

G("om11a", 11, "ko", """김지훈 고객님, 안녕하세요.

충전은 되는데 전원이 켜지지 않는다니 정말 불편하셨겠습니다. 불편을 드려 진심으로 죄송합니다.

빠르게 확인할 수 있도록, 칫솔 전원을 켜 보시는 모습과 고장 증상이 나타나는 짧은 동영상을 보내주실 수 있을까요? 분쟁 페이지에 올려 주시면 됩니다.

영상을 받는 대로 바로 확인하고 해결 방법을 가지고 다시 연락드리겠습니다.

브라이트 스마일 고객센터""", [
 ("refund_promise", "해결 방법을 가지고 다시 연락드리겠습니다.", "해결 방법을 가지고 다시 연락드리겠습니다. 그리고 새 칫솔도 무료로 보내드릴게요.", "free replacement promised before evidence"),
 ("invented_amount_or_date", "영상을 받는 대로 바로 확인하고", "영상을 받으면 48시간 안에 확인하고", "invented 48 hours"),
 ("off_platform_contact", "분쟁 페이지에 올려 주시면 됩니다.", "카카오톡으로 보내 주셔도 됩니다.", "KakaoTalk"),
 ("wrong_language", "불편을 드려 진심으로 죄송합니다.", "ご不便をおかけして申し訳ございません。", "apology sentence in Japanese", "ja"),
 ("shouting", "짧은 동영상을 보내주실 수 있을까요?", "짧은 동영상을 반드시!!! 보내주세요!!!", "exclamation marks, pushy"),
])

G("om12a", 12, "zh", """陳怡君 您好：

非常理解您等了三個星期的心情，讓您擔心了，真的很抱歉。我們查詢過，您的藍牙機械鍵盤目前仍在運送途中，您可以用追蹤號碼 LP00730155928CN 隨時查看最新進度。

想麻煩您先暫時關閉這次糾紛。我們會將您的購買保障延長 10 天，讓您在包裹送達前依然受到完整保障。

如有任何問題，歡迎隨時在這裡留言給我們。

快鍵數碼客服團隊""", [
 ("invented_tracking_number", "LP00730155928CN", "LP00730155982CN", "tracking with digits swapped"),
 ("internal_note", "如有任何問題，歡迎隨時在這裡留言給我們。", "如有任何問題，歡迎隨時在這裡留言給我們。（內部：買家同意後記得到賣家後台延長保障）", "seller action left in"),
 ("blame", "讓您擔心了，真的很抱歉。", "這次延誤主要是菜鳥物流那邊太慢造成的。", "blames the carrier"),
 ("placeholder", "我們會將您的購買保障延長 10 天", "我們會將您的購買保障延長 {protection_extension_days} 天", "unfilled days slot"),
 ("missing_required_point", "想麻煩您先暫時關閉這次糾紛。", "包裹應該很快就會到了。", "ask_close removed"),
 ("refund_promise", "讓您在包裹送達前依然受到完整保障。", "讓您在包裹送達前依然受到完整保障，另外下次訂單我們免運費。", "free shipping offered while asking to close"),
])

G("om13a", 13, "ar", """مرحباً نور الهدى،

شكراً لتواصلك معنا، ونتفهم تماماً قلقك. نود إعلامك بأن طردك محتجز حالياً لدى الجمارك، ويمكنك متابعته برقم التتبع AX3390017264 لدى Aramex.

لا داعي للقلق بخصوص الرسوم: نحن من سيدفع الرسوم الجمركية ويتولى إجراءات التخليص بالكامل، فلن تدفعي أي شيء.

نرجو منك قليلاً من الصبر حتى تفرج الجمارك عن الطرد، وسنبقى معك خطوة بخطوة.

فريق بيت النظافة""", [
 ("refund_promise", "وسنبقى معك خطوة بخطوة.", "وتعويضاً عن هذا التأخير سنرسل لك قسيمة خصم على طلبك القادم.", "discount coupon as compensation"),
 ("invented_amount_or_date", "نحن من سيدفع الرسوم الجمركية", "نحن من سيدفع الرسوم الجمركية البالغة 85 ريالاً", "invented duty amount"),
 ("wrong_language", "وسنبقى معك خطوة بخطوة.", "We will keep you posted every step of the way.", "closing sentence in English", "en"),
 ("shouting", "لا داعي للقلق بخصوص الرسوم:", "لا تدفعي أي شيء للجمارك أبداً!!! انتبهي!!!", "exclamation marks, alarmist"),
 ("feedback_request", "نرجو منك قليلاً من الصبر", "نرجو منك إلغاء النزاع الآن وقليلاً من الصبر", "asks to cancel the dispute (not a required point here)"),
])

G("om14a", 14, "sv", """Hej Johan Lindqvist,

Tack för fotot med måttbandet – vi ser tydligt att filten är mindre än vad beskrivningen lovar, och det beklagar vi verkligen.

Vi kan erbjuda dig två alternativ: antingen behåller du filten och får en delvis återbetalning på upp till 119.80 SEK, eller så skickar du tillbaka den och får full återbetalning.

Vilket alternativ passar dig bäst?

Vänliga hälsningar, Nordisk Textil""", [
 ("amount_over_cap", "upp till 119.80 SEK", "upp till 199.80 SEK", "partial refund above cap"),
 ("invented_tracking_number", "Tack för fotot med måttbandet", "Tack för fotot med måttbandet till order 3041778820574236", "order id with digits swapped"),
 ("internal_note", "Vilket alternativ passar dig bäst?", "Vilket alternativ passar dig bäst?\n\n(Lägg in delåterbetalningen i lösningspanelen + ladda upp våra packbilder.)", "seller checklist left in"),
 ("blame", "och det beklagar vi verkligen.", "och det beklagar vi – även om filten kan ha krympt om den tvättats fel.", "suggests buyer washed it wrong"),
])

G("om14b", 14, "sv", """Hej Johan Lindqvist!

Stort tack för att du skickade bilden. Den visar klart att måtten inte stämmer med annonsen för Ullfilt, 130 x 170 cm, och vi är ledsna för besväret.

Så här kan vi lösa det: du behåller filten och vi betalar tillbaka en del av priset, högst 119.80 SEK – eller så returnerar du filten och får hela beloppet tillbaka.

Säg gärna vilket du föredrar, så ordnar vi resten.

Vänliga hälsningar, Nordisk Textil""", [
 ("amount_over_cap", "högst 119.80 SEK", "högst 119.80 SEK, och blir det för lite kan vi höja beloppet något", "offers to raise above cap"),
 ("off_platform_contact", "så ordnar vi resten.", "så ordnar vi resten – enklast är att mejla oss på kundtjanst@nordisktextil.se.", "e-mail address"),
 ("missing_required_point", "Säg gärna vilket du föredrar, så ordnar vi resten.", "Vi hoppas att du får en fin vinter.", "ask_choice removed"),
 ("placeholder", "och vi är ledsna för besväret.", "och vi är ledsna för besväret. Ordernummer: INSERT ORDER ID.", "INSERT placeholder"),
])

G("om15a", 15, "cs", """Dobrý den, paní Tereza Nováková,

moc se omlouváme, vypadá to, že se Vaše zásilka se sadou silikonových forem cestou ztratila.

Přejete si, abychom Vám zboží poslali znovu? Nový balík by pro Vás byl zcela bez dalších nákladů.

Stačí nám prosím odpovědět zde v konverzaci a zároveň zkontrolovat, zda je Vaše doručovací adresa správná. Jakmile se ozvete, vše připravíme.

S pozdravem
Tým Pečeme doma""", [
 ("refund_promise", "Nový balík by pro Vás byl zcela bez dalších nákladů.", "Nový balík by pro Vás byl zcela bez dalších nákladů a navíc přibalíme jednu formu zdarma.", "free extra item"),
 ("invented_amount_or_date", "Jakmile se ozvete, vše připravíme.", "Jakmile se ozvete, odešleme balík nejpozději do 2 dnů.", "invented deadline"),
 ("feedback_request", "S pozdravem", "Budeme rádi, když nám po doručení nenapíšete negativní hodnocení.\n\nS pozdravem", "asks not to leave negative feedback"),
 ("shouting", "moc se omlouváme,", "UŽ JSME TO ŘEŠILI!!! Každopádně se moc omlouváme,", "capitals, irritated"),
 ("wrong_language", "Jakmile se ozvete, vše připravíme.", "Hneď ako sa ozvete, všetko pripravíme.", "sentence in Slovak", "sk"),
])

G("om16a", 16, "ro", """Bună ziua, Andrei Popescu,

Am luat la cunoștință decizia platformei pentru returnare și rambursare și o acceptăm.

Vă rugăm să trimiteți căștile la această adresă: AudioLux Retur, Str. Fabricii 14, 400632 Cluj-Napoca, România.

Rambursarea va fi procesată imediat ce produsul returnat ajunge la noi. După expediere, vă rugăm să adăugați în dispută numărul de urmărire al returului.

Sperăm să colaborăm din nou în viitor.

Echipa AudioLux""", [
 ("amount_over_cap", "Rambursarea va fi procesată", "Rambursarea, de 300 RON, va fi procesată", "refund above the 249 RON total"),
 ("invented_tracking_number", "numărul de urmărire al returului.", "numărul de urmărire al returului (FC7712155201).", "return tracking with digits changed"),
 ("off_platform_contact", "Sperăm să colaborăm din nou în viitor.", "Pentru întrebări, ne găsiți și pe site-ul nostru, la secțiunea Contact. Sperăm să colaborăm din nou în viitor.", "points to website"),
 ("internal_note", "Echipa AudioLux", "[de verificat la sosire: poze cu produsul returnat]\nEchipa AudioLux", "internal check left in"),
 ("missing_required_point", "Vă rugăm să trimiteți căștile la această adresă: AudioLux Retur, Str. Fabricii 14, 400632 Cluj-Napoca, România.", "Vă mulțumim pentru răbdare.", "return_address removed"),
])

G("om16b", 16, "ro", """Stimate domnule Andrei Popescu,

Platforma a decis returnarea și rambursarea, iar noi respectăm această decizie.

Adresa de retur este: AudioLux Retur, Str. Fabricii 14, 400632 Cluj-Napoca, România. Văd că returul este deja pe drum – vă mulțumim.

De îndată ce coletul ajunge la noi, rambursarea va fi procesată. Vă rugăm doar să vă asigurați că numărul de urmărire al returului este adăugat în dispută.

Ne-ar face plăcere să vă avem din nou client în viitor.

Echipa AudioLux""", [
 ("amount_over_cap", "rambursarea va fi procesată.", "rambursarea va fi procesată, în valoare de 249.0 RON plus încă 50 RON pentru neplăcere.", "refund above the 249 RON total"),
 ("refund_promise", "Ne-ar face plăcere să vă avem din nou client în viitor.", "Ne-ar face plăcere să vă avem din nou client în viitor, iar la următoarea comandă aveți reducere.", "discount on next order"),
 ("placeholder", "Adresa de retur este: AudioLux Retur, Str. Fabricii 14, 400632 Cluj-Napoca, România.", "Adresa de retur este: AudioLux Retur, Str. Fabricii 14, 400632 Cluj-Napoca, România, în atenția <NUME_DEPOZIT>.", "angle-bracket slot"),
 ("feedback_request", "Văd că returul este deja pe drum – vă mulțumim.", "Văd că returul este deja pe drum – vă mulțumim; v-am ruga să ștergeți recenzia de o stea.", "asks to delete review"),
 ("internal_note", "Echipa AudioLux", "Echipa AudioLux\n(draft generat – remedy return_instructions, de verificat de Ioana)", "remedy id and reviewer note"),
])
