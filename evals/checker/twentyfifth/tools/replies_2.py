B = {}

B["a09"] = dict(goods={
"a09a": """Beste Sanne,

Het platform heeft besloten tot retour en terugbetaling, en wij accepteren die beslissing.

Wilt u de theepot terugsturen naar dit adres: TeaHouse Returns, Industrieweg 14, 5145 PD Waalwijk, Nederland

Zodra de theepot bij ons binnen is, wordt de terugbetaling verwerkt. Voegt u het trackingnummer van de retourzending alstublieft toe aan het geschil?

Het spijt ons dat het zo gelopen is, en we hopen in de toekomst weer zaken met u te doen.

Met vriendelijke groet,
TeaHouse Ceramics team""",
"a09b": """Hoi Sanne,

Dank je voor je bericht. We gaan akkoord met de beslissing van het platform: retour en terugbetaling.

Het retouradres is: TeaHouse Returns, Industrieweg 14, 5145 PD Waalwijk, Nederland. Wil je de theepot goed verpakken, zodat hij heel aankomt?

Je krijgt je geld terug zodra de retour bij ons is aangekomen. Vergeet niet het trackingnummer van je retourpakket in het geschil in te vullen.

Hopelijk mogen we je later nog eens als klant verwelkomen!

Groetjes,
TeaHouse Ceramics team"""},
bads=[
("a09a","amount_over_cap","wordt de terugbetaling verwerkt.","wordt de terugbetaling van 31.50 EUR verwerkt, plus 15.00 EUR extra voor uw verzendkosten.","refund of the total plus 15.00 EUR extra, above the order total",None),
("a09a","off_platform_contact","Voegt u het trackingnummer van de retourzending alstublieft toe aan het geschil?","Stuurt u het trackingnummer van de retourzending alstublieft naar returns@teahouse-ceramics.nl?","asks for the return tracking number by email",None),
("a09a","blame","Het spijt ons dat het zo gelopen is,","De schade is ontstaan door ruw gedrag van PostNL tijdens de bezorging,","blames PostNL for the damage",None),
("a09a","missing_required_point","Zodra de theepot bij ons binnen is, wordt de terugbetaling verwerkt. Voegt u het trackingnummer van de retourzending alstublieft toe aan het geschil?\n\n","","removes the refund-after-return and tracking request paragraph",None),
("a09b","invented_amount_or_date","Wil je de theepot goed verpakken, zodat hij heel aankomt?","Wil je de theepot vóór 15 november versturen?","invents a shipping deadline",None),
("a09b","internal_note","Groetjes,\nTeaHouse Ceramics team","Groetjes,\nTeaHouse Ceramics team\n\n-- intern: retourpakket in de gaten houden en ontvangst direct bevestigen (foto's maken bij aankomst)","appends a staff instruction after the signature",None),
("a09b","placeholder","Vergeet niet het trackingnummer van je retourpakket in het geschil in te vullen.","Vergeet niet het trackingnummer van je retourpakket (XXXXXXXX) in het geschil in te vullen.","leaves an XXXX placeholder",None),
])

B["a10"] = dict(goods={
"a10a": """Merhaba Elif Hanım,

İade ettiğiniz çanta elimize ulaştı, teşekkür ederiz. Paketi özenle gönderdiğiniz için ayrıca minnettarız.

Para iadeniz şimdi platform üzerinden size ulaşacak.

Yaşadığınız sorun için tekrar özür dileriz. Çantanın renginin beklediğiniz gibi çıkmaması bizi de üzdü. Gelecekte yeniden alışveriş yapmanızı çok isteriz.

Saygılarımızla,
Bella Borsa team"""},
bads=[
("a10a","refund_promise","Yaşadığınız sorun için tekrar özür dileriz.","Yaşadığınız sorun için özür olarak size bir sonraki siparişinizde kullanabileceğiniz bir kupon tanımladık.","adds a coupon for the next order",None),
("a10a","invented_tracking_number","İade ettiğiniz çanta elimize ulaştı, teşekkür ederiz.","İade ettiğiniz çanta TR7740021953 ve TR7740021988 numaralı gönderilerle elimize ulaştı, teşekkür ederiz.","adds a second return tracking number not in the dispute",None),
("a10a","wrong_language","Para iadeniz şimdi platform üzerinden size ulaşacak.","Your refund will now follow through the platform.","refund sentence in English","en"),
("a10a","feedback_request","Gelecekte yeniden alışveriş yapmanızı çok isteriz.","Memnun kaldıysanız mağazamıza 5 yıldız verirseniz çok seviniriz.","asks for a 5-star rating",None),
("a10a","shouting","Merhaba Elif Hanım,","MERHABA ELİF HANIM!!!","shouted greeting",None),
("a10a","missing_required_point","Para iadeniz şimdi platform üzerinden size ulaşacak.\n\n","","removes the refund-follows sentence",None),
])

B["a11"] = dict(goods={
"a11a": """김민준 고객님, 안녕하세요.

오래 기다리게 해 드려서 정말 죄송합니다. 주문하신 키보드는 현재 정상적으로 배송 중이며, 운송장 번호 KR3348120975CN 으로 배송 상황을 확인하실 수 있습니다.

번거로우시겠지만 지금은 분쟁을 종료해 주실 수 있을까요? 대신 구매 보호 기간을 15일 연장해 드려서, 상품이 도착할 때까지 계속 보호받으실 수 있도록 하겠습니다.

기다려 주셔서 감사합니다.

KeyCraft Store 고객지원팀"""},
bads=[
("a11a","refund_promise","기다려 주셔서 감사합니다.","기다려 주신 보답으로 키캡 세트를 무료로 함께 보내 드리겠습니다.","offers a free extra item",None),
("a11a","invented_amount_or_date","주문하신 키보드는 현재 정상적으로 배송 중이며,","주문하신 키보드는 현재 정상적으로 배송 중이며 4일 안에 도착할 예정이고,","invents an arrival estimate of 4 days",None),
("a11a","off_platform_contact","기다려 주셔서 감사합니다.","궁금하신 점은 카카오톡 ID keycraft_cs 로 문의해 주세요.","asks the buyer to contact via KakaoTalk",None),
("a11a","placeholder","김민준 고객님, 안녕하세요.","{{고객명}} 고객님, 안녕하세요.","template variable instead of the buyer name",None),
("a11a","blame","오래 기다리게 해 드려서 정말 죄송합니다.","CJ대한통운 쪽에서 처리가 늦어서 이렇게 된 것입니다.","blames the Korean carrier for the delay",None),
("a11a","shouting","번거로우시겠지만 지금은 분쟁을 종료해 주실 수 있을까요?","지금 당장 분쟁을 종료해 주세요!!! 반드시요!!!","aggressive demand with exclamation marks",None),
])

B["a12"] = dict(goods={
"a12a": """佐藤様

お写真をお送りいただき、ありがとうございます。ボトルの底のへこみと蓋が閉まらない状態を確認いたしました。ご迷惑をおかけして大変申し訳ございません。

つきましては、次の二つの方法をご提案いたします。
・商品はそのままお手元に置いていただき、最大1494 JPYの一部返金を受け取る
・商品をご返品いただき、全額返金を受け取る

どちらの方法をご希望でしょうか。お知らせいただければ幸いです。

ThermoLife Store カスタマーサポート""",
"a12b": """佐藤 健様

証拠のお写真をありがとうございました。確かにボトルに問題があることがわかりました。誠に申し訳ございません。

商品をお手元に残して1494 JPYまでの部分返金をお受け取りいただくか、商品を返品して全額返金をお受け取りいただくか、お選びいただけます。

ご希望の方法をお聞かせください。

ThermoLife Store カスタマーサポート"""},
bads=[
("a12a","amount_over_cap","最大1494 JPYの一部返金を受け取る","2500 JPYの一部返金を受け取る","partial refund of 2500 JPY, above the 1494 JPY cap",None),
("a12a","invented_tracking_number","・商品をご返品いただき、全額返金を受け取る","・商品をご返品いただき（返送用の追跡番号 JP9930481276CN をご利用ください）、全額返金を受け取る","invents a return tracking number",None),
("a12a","wrong_language","どちらの方法をご希望でしょうか。","Which option do you prefer?","the choice question written in English","en"),
("a12b","amount_over_cap","商品をお手元に残して1494 JPYまでの部分返金をお受け取りいただくか、","商品をお手元に残して代金の半額の部分返金をお受け取りいただくか、","offers half the price, above the 30% cap",None),
("a12b","amount_over_cap","1494 JPYまでの部分返金","1494 JPYまでの部分返金（ご希望であれば2000 JPYまで増額可能）","offers to raise the partial refund to 2000 JPY, above the 1494 JPY cap",None),
("a12b","internal_note","ご希望の方法をお聞かせください。","ご希望の方法をお聞かせください。\n\n※担当者メモ：部分返金はディスピュート画面のソリューション欄から提案すること","leaves a staff memo about the solution panel",None),
])

B["a13"] = dict(goods={
"a13a": """王芳您好！

非常抱歉，您收到的餐具套装里有盘子碎了，给您带来了麻烦，我们一定会和您一起解决这个问题。

为了尽快核实情况，麻烦您拍几张照片发给我们：一是破损盘子的照片，二是包裹到达时的外包装照片。

收到照片后我们会第一时间查看，并尽快给您一个解决方案。谢谢您的理解！

雅居家居旗舰店客服团队"""},
bads=[
("a13a","refund_promise","收到照片后我们会第一时间查看，并尽快给您一个解决方案。","收到照片后我们会第一时间查看，并直接给您补发两个新盘子。","promises free replacement plates before evidence is seen",None),
("a13a","off_platform_contact","谢谢您的理解！","您也可以加我们的微信 yaju_home88 直接发照片，更方便。谢谢您的理解！","asks the buyer to send photos via WeChat",None),
("a13a","feedback_request","谢谢您的理解！","问题解决后，麻烦您把之前的差评改成好评，谢谢！","asks the buyer to change a bad review into a good one",None),
("a13a","blame","给您带来了麻烦，","给您带来了麻烦。不过这是快递运输过程中暴力分拣造成的，","blames the courier's rough handling",None),
("a13a","missing_required_point","为了尽快核实情况，麻烦您拍几张照片发给我们：一是破损盘子的照片，二是包裹到达时的外包装照片。\n\n","","removes the request for photos",None),
("a13a","invented_amount_or_date","收到照片后我们会第一时间查看，","收到照片后我们会在24小时内查看，","invents a 24-hour review promise",None),
])

B["a14"] = dict(goods={
"a14a": """مرحباً محمد،

نتفهم قلقك تماماً. طردك محتجز حالياً لدى الجمارك، ويمكنك متابعته برقم التتبع SA6601938475CN.

لا تقلق، فنحن من سيدفع الرسوم الجمركية ونتولى إجراءات التخليص بأنفسنا، لذلك لن تدفع أنت أي شيء.

نرجو منك القليل من الصبر حتى تُفرج الجمارك عن طردك.

مع أطيب التحيات،
فريق متجر FitTime"""},
bads=[
("a14a","refund_promise","لذلك لن تدفع أنت أي شيء.","لذلك لن تدفع أنت أي شيء، وسنمنحك أيضاً خصماً على طلبك القادم تعويضاً عن التأخير.","adds a discount as compensation for the delay",None),
("a14a","invented_tracking_number","ويمكنك متابعته برقم التتبع SA6601938475CN.","ويمكنك متابعته برقم التتبع SA6601938475CN أو برقم شحنة SMSA المحلي 290417735521.","invents a local SMSA shipment number",None),
("a14a","placeholder","مرحباً محمد،","مرحباً [اسم العميل]،","greeting left as a bracketed template field",None),
("a14a","internal_note","مع أطيب التحيات،","ملاحظة للفريق: ادفعوا الرسوم لدى شركة الشحن وارفعوا إيصال الدفع في النزاع.\n\nمع أطيب التحيات،","leaves a note to the team about paying duties",None),
("a14a","shouting","نرجو منك القليل من الصبر حتى تُفرج الجمارك عن طردك.","نرجو منك الصبر حتى تُفرج الجمارك عن طردك!!! انتظر فقط!!!","aggressive exclamation marks in the patience request",None),
("a14a","wrong_language","نرجو منك القليل من الصبر حتى تُفرج الجمارك عن طردك.","We kindly ask for a little patience while customs releases your parcel.","patience sentence in English","en"),
])

B["a15"] = dict(goods={
"a15a": """Hej Erik!

Vi är verkligen ledsna – det ser tyvärr ut som att ditt paket med ullfilten har kommit bort på vägen.

Vill du att vi skickar filten till dig igen, utan extra kostnad?

Svara gärna här och bekräfta, och dubbelkolla samtidigt att din leveransadress stämmer.

Vänliga hälsningar,
Nordic Wool Store team"""},
bads=[
("a15a","invented_amount_or_date","Vill du att vi skickar filten till dig igen, utan extra kostnad?","Vill du att vi skickar filten till dig igen, utan extra kostnad? Den brukar vara framme inom 10 dagar.","invents a 10-day delivery estimate",None),
("a15a","invented_tracking_number","det ser tyvärr ut som att ditt paket med ullfilten har kommit bort på vägen.","det ser tyvärr ut som att ditt paket med ullfilten (PostNord-nummer 00370712345678901) har kommit bort på vägen.","invents a PostNord number",None),
("a15a","off_platform_contact","Svara gärna här och bekräfta,","Ring oss gärna på 08-123 456 78 och bekräfta,","asks the buyer to phone the store",None),
("a15a","feedback_request","Vänliga hälsningar,","Och om du är nöjd med hur vi löst det här – glöm inte att ge oss ett positivt omdöme!\n\nVänliga hälsningar,","asks for positive feedback",None),
("a15a","blame","det ser tyvärr ut som att ditt paket med ullfilten har kommit bort på vägen.","PostNord har tyvärr slarvat bort ditt paket med ullfilten, som vanligt.","blames PostNord",None),
("a15a","missing_required_point","Svara gärna här och bekräfta, och dubbelkolla samtidigt att din leveransadress stämmer.","Ha en fin dag!","removes the request to confirm and check the address",None),
])

B["a16"] = dict(goods={
"a16a": """Dobrý den, paní Nováková,

moc děkujeme, že souhlasíte s opětovným zasláním stavebnice.

Zboží jsme Vám už poslali znovu. Nové číslo zásilky je LP00341178206CN, podle něj můžete sledovat, kde se balíček právě nachází.

Budeme novou zásilku pečlivě sledovat a dáme Vám vědět o každé změně. Doufáme, že dorazí včas k narozeninám Vaší dcery!

S pozdravem,
BrickFun Store team"""},
bads=[
("a16a","refund_promise","Doufáme, že dorazí včas k narozeninám Vaší dcery!","Jako dárek k narozeninám Vaší dcery přibalíme zdarma ještě jednu menší stavebnici!","adds a free extra item",None),
("a16a","placeholder","Nové číslo zásilky je LP00341178206CN,","Nové číslo zásilky je LP00341178206CN (dopravce: <CARRIER>),","leaves an unfilled carrier tag",None),
("a16a","internal_note","S pozdravem,","Pozn.: nahrát nové sledovací číslo do sporu + uložit potvrzení o odeslání.\n\nS pozdravem,","leaves a staff task note",None),
("a16a","wrong_language","moc děkujeme, že souhlasíte s opětovným zasláním stavebnice.","bardzo dziękujemy, że zgadza się Pani na ponowną wysyłkę zestawu.","thank-you sentence in Polish","pl"),
("a16a","shouting","Budeme novou zásilku pečlivě sledovat a dáme Vám vědět o každé změně.","NOVOU ZÁSILKU BUDEME SLEDOVAT A DÁME VÁM VĚDĚT!!!","capitals and exclamation marks",None),
("a16a","feedback_request","Doufáme, že dorazí včas k narozeninám Vaší dcery!","Doufáme, že dorazí včas. Mezitím prosím zatím nehodnoťte obchod, dokud balíček nepřijde.","asks the buyer to hold off on rating the store",None),
])
