"""Good replies nz09-nz16 and the edits that plant one defect each (hand-written)."""
ROWS = []
def G(gid, dispute, lang, text, edits):
    ROWS.append(dict(id=gid, dispute=dispute, lang=lang, text=text.strip("\n"), edits=edits))

G("nz09a", "nz09_nl_escalation", "nl", """
Beste Sanne,

We zien dat je de zaak hebt voorgelegd aan het platform, en we begrijpen heel goed dat je gefrustreerd bent: je wacht al lang op je theepot.

Wij werken volledig mee met de geschilspecialist van het platform en geven hen al ons bewijs, zoals de trackinggegevens van PostNL.

Tegelijk staan we er nog steeds voor open om samen met jou tot een oplossing te komen. Laat het gerust weten als je ideeën hebt.

Met vriendelijke groet,
Team Theehuis Direct
""", [
 ("refund_promise", "Laat het gerust weten als je ideeën hebt.", "Als je wilt, betalen we je het volledige bedrag nu al terug.", "promises a full refund"),
 ("invented_tracking_number", "de trackinggegevens van PostNL.", "de trackinggegevens van PostNL (LS380192764CN).", "tracking number with two digits swapped (real: LS380192746CN)"),
 ("placeholder", "je wacht al lang op je theepot.", "je wacht al lang op je theepot. Je bestelling {{ORDER_ID}} heeft onze volle aandacht.", "{{ORDER_ID}} unfilled"),
 ("wrong_language", "Laat het gerust weten als je ideeën hebt.", "Lass es uns gerne wissen, wenn du Ideen hast.", "German sentence in a Dutch reply", "de"),
 ("blame", "je wacht al lang op je theepot.", "je wacht al lang op je theepot, al ligt dat echt aan PostNL en niet aan ons.", "blames the carrier"),
])

G("nz10a", "nz10_tr_received", "tr", """
Merhaba Emre Bey,

İade ettiğiniz botlar depomuza ulaştı, teslim aldık. Sabrınız için çok teşekkür ederiz.

Para iadeniz şimdi platform üzerinden gerçekleşecek; süreç platform tarafında ilerleyecek ve ödeme hesabınıza yansıyacak.

Bedenin uymaması can sıkıcı oldu, bunun için üzgünüz. Gelecekte yeniden sizinle alışveriş yapmayı umuyoruz.

Saygılarımızla,
Adım Shoes team
""", [
 ("amount_over_cap", "Para iadeniz şimdi platform üzerinden gerçekleşecek;", "Sipariş tutarına ek olarak kargo ücretinizi de kapsayan bir para iadesi şimdi platform üzerinden gerçekleşecek;", "refund above the order total"),
 ("invented_tracking_number", "teslim aldık.", "teslim aldık (iade takip no: TR550127734CN).", "return tracking with digits swapped (real: TR550127743CN)"),
 ("placeholder", "Merhaba Emre Bey,", "Merhaba [MÜŞTERİ ADI],", "name slot unfilled"),
 ("wrong_language", "Sabrınız için çok teşekkür ederiz.", "Vielen Dank für Ihre Geduld.", "German sentence in a Turkish reply", "de"),
 ("shouting", "Gelecekte yeniden sizinle alışveriş yapmayı umuyoruz.", "Gelecekte yeniden sizinle alışveriş yapmayı ÇOK AMA ÇOK umuyoruz!!!", "capitals and exclamation marks"),
])

G("nz10b", "nz10_tr_received", "tr", """
Emre Bey, merhaba!

Güzel bir haberimiz var: iade paketiniz bize ulaştı ve botları teslim aldık. Ödemeniz artık platform üzerinden size iade edilecek.

Ürün beklentinizi karşılamadığı için tekrar özür dileriz. Umarız ilerleyen zamanlarda yine mağazamızdan alışveriş yaparsınız; sizi tekrar ağırlamaktan memnuniyet duyarız.

İyi günler dileriz,
Adım Shoes team
""", [
 ("amount_over_cap", "Ödemeniz artık platform üzerinden size iade edilecek.", "Ödediğiniz tutarın fazlası artık platform üzerinden size iade edilecek.", "refunds more than was paid"),
 ("invented_tracking_number", "iade paketiniz bize ulaştı", "RB650391872CN numaralı iade paketiniz bize ulaştı", "wrong tracking number (real outbound RB650391827CN, return TR550127743CN)"),
 ("placeholder", "İyi günler dileriz,", "İyi günler dileriz, {temsilci_adi}", "{temsilci_adi} unfilled"),
 ("wrong_language", "Ürün beklentinizi karşılamadığı için tekrar özür dileriz.", "Sentimos de nuevo que el producto no cumpliera sus expectativas.", "Spanish sentence in a Turkish reply", "es"),
 ("shouting", "Güzel bir haberimiz var: iade paketiniz bize ulaştı ve botları teslim aldık.", "HARİKA HABER!!! İADE PAKETİNİZ BİZE ULAŞTI VE BOTLARI TESLİM ALDIK!!!", "all caps and exclamation marks"),
])

G("nz11a", "nz11_ko_evidence", "ko", """
김지훈 고객님, 안녕하세요.

스피커 전원이 켜지지 않는다니 정말 죄송합니다. 충전을 해도 마찬가지라고 하셔서 많이 불편하셨을 것 같습니다.

정확한 원인을 확인할 수 있도록, 스피커 전원을 켜려고 할 때 문제가 생기는 모습을 짧은 동영상으로 촬영해 보내주실 수 있을까요?

영상을 받는 대로 바로 확인한 뒤 해결 방법을 안내해 드리겠습니다. 감사합니다.

SoundBay team
""", [
 ("refund_promise", "많이 불편하셨을 것 같습니다.", "많이 불편하셨을 것 같습니다. 확인 전이라도 우선 전액 환불해 드리겠습니다.", "full refund before evidence"),
 ("invented_tracking_number", "정확한 원인을 확인할 수 있도록,", "송장번호 KR339150827CN 건의 정확한 원인을 확인할 수 있도록,", "tracking number with digits changed (real KR339105827CN)"),
 ("placeholder", "김지훈 고객님, 안녕하세요.", "김지훈 고객님, 안녕하세요.\n주문번호: [주문번호 입력]", "[주문번호 입력] slot"),
 ("wrong_language", "감사합니다.", "よろしくお願いいたします。", "Japanese sentence in a Korean reply", "ja"),
 ("shouting", "짧은 동영상으로 촬영해 보내주실 수 있을까요?", "짧은 동영상으로 반드시 보내주세요!!! 영상 없으면 아무것도 해드릴 수 없습니다!!", "pushy, exclamation marks"),
])

G("nz12a", "nz12_zh_extend", "zh", """
陳怡君 您好：

謝謝您的耐心，也很抱歉讓您擔心了。我們查詢過，您的手沖咖啡壺目前仍在運送途中，您可以透過追蹤號碼 LT908172635CN 隨時查看包裹的最新狀態。

想麻煩您一件事：能否請您先暫時關閉這次的糾紛呢？我們會將您的購買保護期延長 10 天，讓您在包裹送達前都能獲得完整的保障。

如果還有任何疑問，歡迎隨時在這裡留言給我們。

BrewCraft 客服團隊
""", [
 ("refund_promise", "都能獲得完整的保障。", "都能獲得完整的保障。另外，我們也會送您一張折價券作為補償。", "coupon as compensation"),
 ("invented_tracking_number", "您的手沖咖啡壺目前", "您的手沖咖啡壺（訂單編號 7001928374650021）目前", "order id with last digits swapped (real 7001928374650012)"),
 ("placeholder", "包裹的最新狀態。", "包裹的最新狀態（預計到貨日：XX月XX日）。", "XX date slot"),
 ("wrong_language", "如果還有任何疑問，歡迎隨時在這裡留言給我們。", "궁금한 점이 있으시면 언제든지 여기에 남겨 주세요.", "Korean sentence in a Chinese reply", "ko"),
 ("shouting", "能否請您先暫時關閉這次的糾紛呢？", "請您馬上關閉糾紛！！！不要再拖了！！！", "pushy demand with exclamation marks"),
])

G("nz13a", "nz13_ar_customs_seller", "ar", """
مرحباً نورة،

شكراً لتواصلك معنا، ونتفهم قلقك تماماً. طردك محتجز حالياً لدى الجمارك، ويمكنك متابعته برقم التتبع AX7730219845.

لا داعي للقلق بشأن الرسوم: نحن من سيدفع الرسوم الجمركية وسنتولى إجراءات التخليص بأنفسنا، فلن يكون عليك دفع أي شيء.

نرجو منك القليل من الصبر إلى أن تُفرج الجمارك عن طردك، وسنبقيك على اطلاع دائم.

مع أطيب التحيات،
Smart Time Store team
""", [
 ("refund_promise", "فلن يكون عليك دفع أي شيء.", "فلن يكون عليك دفع أي شيء. وتعويضاً عن التأخير سنرسل لك حزام ساعة إضافياً مجاناً.", "free extra strap"),
 ("invented_tracking_number", "وسنبقيك على اطلاع دائم.", "وسنبقيك على اطلاع دائم بحالة الشحنة AX7730219854.", "tracking with last digits swapped (real AX7730219845)"),
 ("placeholder", "نحن من سيدفع الرسوم الجمركية", "نحن من سيدفع الرسوم الجمركية البالغة [المبلغ]", "[المبلغ] slot"),
 ("feedback_request", "وسنبقيك على اطلاع دائم.", "وسنبقيك على اطلاع دائم. ونتمنى أن تتركي لنا تقييماً إيجابياً بعد استلام الطرد.", "asks for positive rating"),
 ("shouting", "نرجو منك القليل من الصبر إلى أن تُفرج الجمارك عن طردك،", "يجب أن تصبري!!! لا نستطيع فعل أي شيء أسرع من الجمارك!!!", "pushy tone and exclamation marks"),
])

G("nz14a", "nz14_sv_partial", "sv", """
Hej Elin,

Tack för bilderna och videon – vi ser tydligt sprickan i vasen, och vi beklagar verkligen att den kom fram så.

Vi vill ge dig två alternativ att välja mellan:
– Du behåller vasen och får en delåterbetalning på upp till 179.60 SEK.
– Du skickar tillbaka vasen och får full återbetalning.

Vilket alternativ föredrar du? Svara gärna här i ärendet så ordnar vi resten.

Vänliga hälsningar,
Nordic Glass Outlet team
""", [
 ("amount_over_cap", "upp till 179.60 SEK.", "upp till 179.60 SEK – eller halva priset om du tycker att det är för lite.", "half the price exceeds the 40% cap"),
 ("invented_tracking_number", "Svara gärna här i ärendet", "Returen skickar du med fraktsedel UA204938517SE. Svara gärna här i ärendet", "return label number invented (close to real UA204938571SE)"),
 ("placeholder", "Vänliga hälsningar,\nNordic", "Vänliga hälsningar,\n<handläggarens namn>\nNordic", "<handläggarens namn> slot"),
 ("feedback_request", "så ordnar vi resten.", "så ordnar vi resten. Och är du nöjd med lösningen vore vi tacksamma om du höjer ditt betyg av butiken.", "asks to raise rating"),
 ("shouting", "Vilket alternativ föredrar du?", "VÄLJ ETT ALTERNATIV NU!!! Vi väntar inte hur länge som helst!", "caps and pushy"),
])

G("nz14b", "nz14_sv_partial", "sv", """
Hej Elin!

Stort tack för att du skickade både foton och video. Det är tråkigt att vasen gick sönder, och vi förstår att du blev besviken.

Så här kan vi lösa det: antingen behåller du vasen och vi betalar tillbaka en del av beloppet, högst 179.60 SEK, eller så returnerar du den och får hela summan tillbaka. Vad passar dig bäst?

Hälsningar,
Nordic Glass Outlet team
""", [
 ("amount_over_cap", "högst 179.60 SEK,", "högst 179.60 SEK (vi kan gå upp till två tredjedelar av priset om det behövs),", "two thirds of the price is above the cap"),
 ("invented_tracking_number", "eller så returnerar du den", "eller så returnerar du den med returnumret SE88120394RT", "return number invented"),
 ("placeholder", "Så här kan vi lösa det:", "Så här kan vi lösa ärende #XXXX:", "#XXXX residue"),
 ("feedback_request", "Vad passar dig bäst?", "Vad passar dig bäst? Väljer du delåterbetalningen ber vi dig samtidigt att stänga tvisten.", "asks to close dispute in exchange"),
 ("shouting", "Stort tack för att du skickade både foton och video.", "Stort tack för att du skickade både foton och video!!! Vi MÅSTE få svar snabbt!!!", "caps and exclamation marks"),
])

G("nz15a", "nz15_cs_return", "cs", """
Dobrý den, pane Nováku,

děkujeme za zprávu. Platforma rozhodla o vrácení zboží a vrácení peněz a my toto rozhodnutí plně respektujeme.

Adresa pro vrácení je tato:
AudioPoint Returns, Room 512, 16 Huaqiang North Road, Futian, Shenzhen 518031, China

Jakmile nám vrácená sluchátka dorazí, peníze vám vrátíme. Pokud jste ještě nevyplnil sledovací číslo zpětné zásilky (CZ118306274CN) ve sporu, doplňte ho tam prosím.

Budeme rádi, když u nás v budoucnu znovu nakoupíte.

S pozdravem
AudioPoint team
""", [
 ("amount_over_cap", "peníze vám vrátíme.", "vrátíme vám celou částku a ještě polovinu navíc.", "refund above the order total"),
 ("invented_tracking_number", "(CZ118306274CN)", "(CZ118306247CN)", "return tracking with digits swapped"),
 ("placeholder", "Adresa pro vrácení je tato:", "Adresa pro vrácení je tato (k rukám: <JMÉNO SKLADNÍKA>):", "<JMÉNO SKLADNÍKA> slot"),
 ("feedback_request", "znovu nakoupíte.", "znovu nakoupíte. A prosíme, upravte své hodnocení obchodu, až dostanete peníze.", "asks to change rating"),
 ("shouting", "doplňte ho tam prosím.", "OKAMŽITĚ HO TAM DOPLŇTE!!!", "caps and exclamation marks"),
])

G("nz15b", "nz15_cs_return", "cs", """
Dobrý den, Tomáši,

rozhodnutí platformy o vrácení zboží a peněz bereme na vědomí a souhlasíme s ním. Mrzí nás, že sluchátka nesplnila vaše očekávání.

Zboží prosím posílejte na adresu: AudioPoint Returns, Room 512, 16 Huaqiang North Road, Futian, Shenzhen 518031, China.

Peníze vám vrátíme, jakmile vrácené zboží dorazí k nám. Do sporu prosím doplňte číslo pro sledování zpětné zásilky, ať ji můžeme hlídat.

Doufáme, že se k nám ještě někdy vrátíte.

AudioPoint team
""", [
 ("amount_over_cap", "Peníze vám vrátíme,", "Vrátíme vám víc, než jste zaplatil,", "refund above the order total"),
 ("invented_tracking_number", "číslo pro sledování zpětné zásilky,", "číslo pro sledování zpětné zásilky CZ119306274CN,", "return tracking with a digit changed (real CZ118306274CN)"),
 ("internal_note", "Doufáme, že se k nám ještě někdy vrátíte.", "[interní: remedy=return_instructions, po doručení ověřit, zda nejde o padělek]\n\nDoufáme, že se k nám ještě někdy vrátíte.", "internal note with remedy id"),
 ("feedback_request", "ať ji můžeme hlídat.", "ať ji můžeme hlídat. Budeme vděční, když mezitím spor zrušíte.", "asks to cancel dispute"),
 ("shouting", "Zboží prosím posílejte na adresu:", "ZBOŽÍ POŠLETE HNED NA TUTO ADRESU!!!", "caps and exclamation marks"),
])

G("nz16a", "nz16_ro_confirm", "ro", """
Bună ziua, Andreea,

Vă mulțumim că ați fost de acord să vă retrimitem coletul. Setul de pensule a plecat din nou spre aceeași adresă, iar noul număr de urmărire este LY230955408CN.

Vom urmări cu atenție noul colet și vă vom ține la curent pe parcurs.

Ne pare rău pentru neplăcerea cu primul colet și vă mulțumim pentru răbdare!

Cu stimă,
GlowBrush team
""", [
 ("refund_promise", "vă mulțumim pentru răbdare!", "vă mulțumim pentru răbdare! Ca mulțumire, vă rambursăm și costul transportului inițial.", "refunds the shipping cost"),
 ("invented_tracking_number", "noul număr de urmărire este LY230955408CN.", "noul număr de urmărire este LY230955408CN (comanda 4019283746501139).", "order id with digits swapped (real 4019283746501193)"),
 ("internal_note", "Cu stimă,\nGlowBrush", "TODO: încarcă noul tracking în dispută înainte de trimitere.\n\nCu stimă,\nGlowBrush", "TODO for staff"),
 ("feedback_request", "vă mulțumim pentru răbdare!", "vă mulțumim pentru răbdare! După ce primiți pensulele, vă rugăm să ne lăsați o recenzie de cinci stele.", "asks for a five-star review"),
 ("shouting", "Vom urmări cu atenție noul colet și vă vom ține la curent pe parcurs.", "VOM URMĂRI NOUL COLET!!! NU MAI DESCHIDEȚI ALTE DISPUTE!!!", "caps and aggressive"),
])
