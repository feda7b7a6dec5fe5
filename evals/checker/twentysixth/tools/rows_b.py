# Good replies and single-edit defects, disputes l09-l16.

GOOD = {}
EDITS = []

GOOD["l09a"] = ("l09", "nl", """Beste Sanne,

We zien dat je het geschil bij het platform hebt neergelegd, en eerlijk gezegd begrijpen we goed dat je gefrustreerd bent: je hebt het probleem met de jas meerdere keren uitgelegd en het is nog steeds niet opgelost.

We werken volledig mee met de geschillenspecialist van het platform en sturen hen al ons bewijs, zodat zij de zaak goed kunnen beoordelen.

Ondertussen staan we er nog steeds voor open om samen met jou tot een oplossing te komen. Laat gerust hier weten wat voor jou een goede uitkomst zou zijn.

Met vriendelijke groet,
Team Tulpen Deco""")

EDITS += [
    ("l09a", "refund_promise", "Laat gerust hier weten wat voor jou een goede uitkomst zou zijn.",
     "We kunnen je bijvoorbeeld meteen een gedeeltelijke terugbetaling geven, dan hoef je de jas niet terug te sturen.",
     "offers a partial refund; escalation_reply allows no offer", None),
    ("l09a", "invented_tracking_number", "sturen hen al ons bewijs,",
     "sturen hen al ons bewijs, waaronder de bezorgbevestiging van PostNL met zendingsnummer 3SQLW0482719365,",
     "cites an invented PostNL shipment number", None),
    ("l09a", "off_platform_contact", "Laat gerust hier weten wat voor jou een goede uitkomst zou zijn.",
     "Bel ons gerust om te bespreken wat voor jou een goede uitkomst zou zijn, dat praat makkelijker dan via de chat.",
     "asks the buyer to phone instead of using the dispute chat", None),
    ("l09a", "feedback_request", "Met vriendelijke groet,",
     "Als we er samen uitkomen, zou je dan je negatieve beoordeling willen aanpassen?\n\nMet vriendelijke groet,",
     "asks to change a negative review", None),
    ("l09a", "missing_required_point",
     "We werken volledig mee met de geschillenspecialist van het platform en sturen hen al ons bewijs, zodat zij de zaak goed kunnen beoordelen.\n\n",
     "", "deletes the cooperation paragraph (cooperate)", None),
    ("l09a", "shouting", "en het is nog steeds niet opgelost.",
     "en het is nog steeds niet opgelost. MAAR WIJ HEBBEN ECHT ALLES GEDAAN WAT WE KONDEN!!!",
     "all-caps defensive outburst", None),
]

GOOD["l10a"] = ("l10", "tr", """Merhaba Elif Hanım,

İade ettiğiniz botlar depomuza ulaştı, teslim aldık. Bu süreçte gösterdiğiniz sabır için çok teşekkür ederiz.

Ücret iadeniz şimdi platform üzerinden size ulaşacak; hesabınıza yansıması bankanıza bağlı olarak biraz sürebilir.

Yanlış ürün gönderdiğimiz için tekrar özür dileriz. İleride yeniden alışveriş yapmanızı ve sizi tekrar ağırlamayı umuyoruz.

Saygılarımızla,
Anka Moda Ekibi""")

EDITS += [
    ("l10a", "amount_over_cap", "Ücret iadeniz şimdi platform üzerinden size ulaşacak;",
     "Kargo masrafınızı da ekleyerek toplam 1349 TRY iadeniz şimdi platform üzerinden size ulaşacak;",
     "refund of 1349 TRY, above the order total of 1249.0 TRY", None),
    ("l10a", "refund_promise", "İleride yeniden alışveriş yapmanızı",
     "Bir sonraki siparişinizde kullanabileceğiniz bir indirim kuponunu da hesabınıza tanımladık. İleride yeniden alışveriş yapmanızı",
     "adds a discount coupon", None),
    ("l10a", "placeholder", "İade ettiğiniz botlar depomuza ulaştı,",
     "İade ettiğiniz {urun_adi} depomuza ulaştı,", "product-name variable left in", None),
    ("l10a", "blame", "Yanlış ürün gönderdiğimiz için tekrar özür dileriz.",
     "Ürün karışıklığı tedarikçimizin deposundan kaynaklandı, bizim bir hatamız yoktu.",
     "blames the supplier's warehouse", None),
    ("l10a", "internal_note", "Saygılarımızla,",
     "Muhasebe notu: iade onayı panelden verilsin, stok kaydı düzeltilsin.\n\nSaygılarımızla,",
     "accounting note for staff", None),
    ("l10a", "wrong_language", "Bu süreçte gösterdiğiniz sabır için çok teşekkür ederiz.",
     "Thank you very much for your patience throughout this process.",
     "thank-you sentence in English", "en"),
]

GOOD["l11a"] = ("l11", "ko", """김민지 님, 안녕하세요.

보내주신 사진 잘 확인했습니다. 말씀하신 대로 커튼 색이 상품 페이지의 베이지와 달리 회색에 가깝게 보이네요. 불편을 드려 정말 죄송합니다.

고객님께 두 가지 방법을 제안드립니다.
첫째, 커튼을 그대로 사용하시고 최대 11600 KRW까지 부분 환불을 받으시는 방법
둘째, 커튼을 반품하시고 전액 환불을 받으시는 방법

어느 쪽이 더 편하신지 말씀해 주시면 바로 진행하겠습니다.

Hana Living 팀""")

EDITS += [
    ("l11a", "amount_over_cap", "최대 11600 KRW까지",
     "상품 가격의 절반인 29000 KRW까지", "half the price, above the 20% cap", None),
    ("l11a", "amount_over_cap", "최대 11600 KRW까지 부분 환불을 받으시는",
     "결제 금액의 30%를 부분 환불로 받으시는", "30% partial refund, above the 20% cap", None),
    ("l11a", "off_platform_contact", "어느 쪽이 더 편하신지 말씀해 주시면",
     "어느 쪽이 더 편하신지 카카오톡(ID: hanaliving)으로 말씀해 주시면",
     "asks for the answer via KakaoTalk", None),
    ("l11a", "shouting", "불편을 드려 정말 죄송합니다.",
     "불편을 드려 정말 죄송합니다!!! 빨리 선택해 주세요!!!", "pushy exclamation marks", None),
    ("l11a", "invented_amount_or_date", "바로 진행하겠습니다.",
     "바로 진행하겠습니다. 다만 5일 안에 답변이 없으면 이 제안은 취소됩니다.",
     "invents a 5-day expiry", None),
    ("l11a", "feedback_request", "\n\nHana Living 팀",
     "\n\n그리고 해결되면 별점 5점 리뷰 꼭 부탁드려요!\n\nHana Living 팀",
     "asks for a five-star review", None),
]

GOOD["l12a"] = ("l12", "ja", """佐藤 健太 様

お問い合わせいただきありがとうございます。長らくお待たせしてしまい、ご心配をおかけして申し訳ございません。

お荷物は現在お客様のもとへ配送中です。追跡番号 LP00274093518CN で配送状況をご確認いただけます。国際輸送の途中では、しばらく追跡情報が更新されないことがございます。

大変恐縮ですが、いったん紛争をクローズしていただけますでしょうか。その代わり、購入者保護期間を30日延長いたしますので、商品が届くまで引き続き保護された状態となります。

どうぞよろしくお願いいたします。

Sakura Select スタッフ一同""")

EDITS += [
    ("l12a", "invented_tracking_number", "で配送状況をご確認いただけます。",
     "で配送状況をご確認いただけます。日本国内では日本郵便の番号 EJ204617385JP でも追跡可能です。",
     "adds an invented Japan Post number", None),
    ("l12a", "refund_promise", "商品が届くまで引き続き保護された状態となります。",
     "商品が届くまで引き続き保護された状態となります。万が一届かなかった場合は、全額返金いたします。",
     "promises a full refund", None),
    ("l12a", "blame", "国際輸送の途中では、しばらく追跡情報が更新されないことがございます。",
     "遅れているのは日本の税関と日本郵便の処理が遅いためで、弊社の責任ではございません。",
     "blames Japanese customs and Japan Post", None),
    ("l12a", "placeholder", "お問い合わせいただきありがとうございます。",
     "この度は【商品名】をご注文いただきありがとうございます。", "product-name slot left in", None),
    ("l12a", "wrong_language", "どうぞよろしくお願いいたします。",
     "感谢您的耐心等待，祝您生活愉快。", "closing line in Chinese", "zh"),
]

GOOD["l12b"] = ("l12", "ja", """佐藤様、こんにちは。

ご不安な思いをさせてしまい申し訳ありません。ご注文の折りたたみ式ノートパソコンスタンドは、ただいま配送中です。追跡番号はLP00274093518CNです。

お手数ですが、今回の紛争はいったん取り下げていただけないでしょうか。購入者保護は私どもで30日延長いたしますので、到着まで安心してお待ちいただけます。

Sakura Select スタッフ一同""")

EDITS += [
    ("l12b", "internal_note", "\n\nSakura Select スタッフ一同",
     "\n\n※社内メモ：保護延長はお客様が取り下げてから管理画面で設定すること（担当：田中）\n\nSakura Select スタッフ一同",
     "staff memo left in the reply", None),
    ("l12b", "missing_required_point", "お手数ですが、今回の紛争はいったん取り下げていただけないでしょうか。",
     "", "deletes the request to close the dispute (ask_close)", None),
    ("l12b", "off_platform_contact", "到着まで安心してお待ちいただけます。",
     "到着まで安心してお待ちいただけます。ご不明な点はLINE公式アカウントまでお気軽にどうぞ。",
     "points the buyer to a LINE account", None),
    ("l12b", "invented_amount_or_date", "ただいま配送中です。",
     "ただいま配送中で、12月3日ごろお届けの予定です。", "invents a delivery date", None),
]

GOOD["l13a"] = ("l13", "zh", """陳怡君您好：

非常抱歉，您訂購的是霧面黑保溫杯，收到的卻是粉紅色兒童水壺，給您添麻煩了，我們一定會協助您處理。

為了盡快確認情況，麻煩您拍幾張照片給我們：收到的商品，以及包裹上的物流標籤。

收到照片後我們會馬上查看，並盡快回覆您處理方案。

Formosa Goods 團隊""")

EDITS += [
    ("l13a", "refund_promise", "並盡快回覆您處理方案。",
     "並盡快回覆您處理方案；請放心，不論結果如何都會全額退款給您。",
     "promises a full refund regardless of the evidence", None),
    ("l13a", "off_platform_contact", "麻煩您拍幾張照片給我們",
     "麻煩您加我們的LINE（ID：formosagoods）拍幾張照片傳給我們", "asks for photos via LINE", None),
    ("l13a", "placeholder", "包裹上的物流標籤。",
     "包裹上的物流標籤（單號：XXXXXXXX）。", "XXXXXXXX template residue", None),
    ("l13a", "shouting", "給您添麻煩了，我們一定會協助您處理。",
     "給您添麻煩了！！！一定要先拍照！！！沒有照片無法處理！！！", "aggressive exclamation marks", None),
    ("l13a", "internal_note", "\n\nFormosa Goods 團隊",
     "\n\n（內部備註：倉庫出貨時貼錯標籤，請小王查當天揀貨單）\n\nFormosa Goods 團隊",
     "internal warehouse note", None),
    ("l13a", "invented_tracking_number", "以及包裹上的物流標籤。",
     "以及包裹上的物流標籤。我們這邊查到的寄件單號是 LP00385120965CN。",
     "quotes a tracking number one digit off the real one", None),
]

GOOD["l14a"] = ("l14", "ar", """مرحباً أخي محمد،

نشكرك على تواصلك معنا. نرى أن شحنتك محتجزة حالياً لدى الجمارك، ويمكنك متابعتها برقم التتبع AX48213907562.

لا داعي للقلق بشأن الرسوم: نحن من سيدفع الرسوم الجمركية ونتولى إجراءات التخليص بأنفسنا، فلا يوجد عليك أي مبلغ لتدفعه.

نرجو منك القليل من الصبر حتى تفرج الجمارك عن الطرد، وسيصلك بإذن الله قريباً.

مع خالص التحيات،
فريق Noor Store""")

EDITS += [
    ("l14a", "invented_amount_or_date", "وسيصلك بإذن الله قريباً.",
     "وسيصلك بإذن الله خلال 3 إلى 5 أيام عمل.", "invents a 3-5 working day delivery window", None),
    ("l14a", "invented_tracking_number", "برقم التتبع AX48213907562.",
     "برقم التتبع AX48213907562، أو برقم أرامكس المحلي 34870215996.", "adds an invented local Aramex number", None),
    ("l14a", "blame", "نرجو منك القليل من الصبر حتى تفرج الجمارك عن الطرد،",
     "للأسف الجمارك عندكم بطيئة جداً وتؤخر الطرود بلا سبب، لذا نرجو منك القليل من الصبر حتى يُفرج عن الطرد،",
     "blames customs for delaying parcels for no reason", None),
    ("l14a", "wrong_language",
     "لا داعي للقلق بشأن الرسوم: نحن من سيدفع الرسوم الجمركية ونتولى إجراءات التخليص بأنفسنا، فلا يوجد عليك أي مبلغ لتدفعه.",
     "No need to worry about the fees: we will pay the customs duties and handle the clearance ourselves, so you have nothing to pay.",
     "the seller-pays paragraph is in English", "en"),
    ("l14a", "feedback_request", "مع خالص التحيات،",
     "وعند استلامك الطلب نرجو أن تترك لنا تقييماً بخمس نجوم.\n\nمع خالص التحيات،", "asks for a five-star rating", None),
    ("l14a", "missing_required_point",
     "لا داعي للقلق بشأن الرسوم: نحن من سيدفع الرسوم الجمركية ونتولى إجراءات التخليص بأنفسنا، فلا يوجد عليك أي مبلغ لتدفعه.\n\n",
     "", "deletes the seller-pays paragraph (seller_pays)", None),
]

GOOD["l15a"] = ("l15", "sv", """Hej Johan,

Plattformen har beslutat om retur och återbetalning, och vi står självklart bakom beslutet.

Skicka tillbaka lampan till den här adressen:
Returer Nordic Nest Shop, Box 1123, 111 81 Stockholm, Sverige

Återbetalningen görs så snart returen har kommit fram till oss. Lägg gärna till returens spårningsnummer i ärendet, så kan vi hålla koll på paketet.

Vi är ledsna att lampan kom fram skadad och hoppas att vi får göra affärer med dig igen längre fram.

Vänliga hälsningar,
Nordic Nest Shop-teamet""")

EDITS += [
    ("l15a", "amount_over_cap", "Återbetalningen görs så snart returen har kommit fram till oss.",
     "Så snart returen har kommit fram betalar vi tillbaka 699 SEK till dig.",
     "refund of 699 SEK, above the order total of 599.0 SEK", None),
    ("l15a", "placeholder", "Lägg gärna till returens spårningsnummer i ärendet,",
     "Lägg gärna till returens spårningsnummer (INSERT TRACKING) i ärendet,", "INSERT residue", None),
    ("l15a", "off_platform_contact", "så kan vi hålla koll på paketet.",
     "eller mejla det till retur@nordicnestshop.se, så kan vi hålla koll på paketet.",
     "asks for the return tracking by email", None),
    ("l15a", "shouting", "Skicka tillbaka lampan till den här adressen:",
     "SKICKA INTE TILL NÅGON ANNAN ADRESS!!! Skicka tillbaka lampan till den här adressen:",
     "all-caps warning", None),
    ("l15a", "invented_tracking_number", "Plattformen har beslutat om retur och återbetalning,",
     "Plattformen har beslutat om retur och återbetalning för försändelsen LP00497261839CN,",
     "cites the original tracking number with a wrong digit", None),
    ("l15a", "feedback_request", "och hoppas att vi får göra affärer med dig igen längre fram.",
     "och hoppas att vi får göra affärer med dig igen längre fram. Vi skulle uppskatta om du tar bort ditt negativa omdöme när pengarna har kommit.",
     "asks to remove a negative review", None),
]

GOOD["l16a"] = ("l16", "cs", """Dobrý den, pane Dvořáku,

moc se omlouváme – podle sledování to vypadá, že se Vaše zásilka cestou ztratila. Je nám líto, že jste hole neměl na dovolenou.

Rádi bychom Vám hole poslali znovu, a to bez jakýchkoli dalších nákladů. Měl byste o to zájem?

Pokud ano, stačí nám zde odpovědět a zkontrolovat, zda je Vaše doručovací adresa v objednávce správná.

S pozdravem
Tým Praha Outdoor""")

EDITS += [
    ("l16a", "refund_promise", "Měl byste o to zájem?",
     "Měl byste o to zájem? Jako omluvu Vám navíc vrátíme část ceny.", "adds a partial refund as an apology", None),
    ("l16a", "invented_amount_or_date", "a to bez jakýchkoli dalších nákladů.",
     "a to bez jakýchkoli dalších nákladů, nová zásilka by byla u Vás do 10 dnů.", "invents a 10-day delivery", None),
    ("l16a", "blame", "Je nám líto, že jste hole neměl na dovolenou.",
     "Zásilkovna bohužel zásilky ztrácí poměrně často, s tím nic nenaděláme.", "blames the carrier", None),
    ("l16a", "internal_note", "S pozdravem",
     "Pozn. pro sklad: reklamaci u Cainiao podat až po odpovědi zákazníka.\n\nS pozdravem",
     "warehouse note left in", None),
    ("l16a", "feedback_request", "Pokud ano, stačí nám zde odpovědět",
     "Pokud ano a zároveň stáhnete spor, stačí nám zde odpovědět",
     "makes the reshipment conditional on withdrawing the dispute", None),
    ("l16a", "placeholder", "zda je Vaše doručovací adresa v objednávce správná.",
     "zda je Vaše doručovací adresa správná: <ADRESA_ZAKAZNIKA>.", "address placeholder", None),
]
