"""Good replies and planted edits for disputes oz09-oz16 (hand-written)."""
GOOD = [
 dict(id="oz09a", n=9, lang="nl", note="escalation reply, custom signature", msg="""Beste Sanne,

We zien dat u het geschil aan AliExpress heeft voorgelegd, en we begrijpen goed dat u gefrustreerd bent: u wacht al lang op uw wasmand.

We werken graag mee met de geschillenspecialist van het platform en geven hen al ons bewijs, zoals de trackinggegevens van PostNL.

Tegelijk staan we nog steeds open om samen met u tot een oplossing te komen. Laat het ons gerust hier weten als u een idee heeft.

Met vriendelijke groet,
Team Huis & Co"""),
 dict(id="oz10a", n=10, lang="tr", note="return received", msg="""Merhaba Emre Bey,

Geri gönderdiğiniz çaydanlık seti depomuza ulaştı, teslim aldığımızı bildirmek isteriz. Sabrınız için teşekkür ederiz.

İadeniz artık platform üzerinden gerçekleştirilecek; ek bir işlem yapmanıza gerek yok.

Yaşadığınız sorun için tekrar özür dileriz ve gelecekte yine sizinle alışveriş yapmayı umuyoruz.

Saygılarımızla,
Anadolu Home team"""),
 dict(id="oz10b", n=10, lang="tr", note="return received, quotes return tracking from dispute", msg="""Sayın Emre Yılmaz,

YK3048817265 takip numarasıyla geri gönderdiğiniz çaydanlık seti elimize ulaştı, teşekkür ederiz. Geri ödemeniz şimdi platform aracılığıyla size yapılacak; sizin ayrıca bir şey yapmanıza gerek yok.

Bu sefer beklentinizi karşılayamadığımız için üzgünüz. Umarız ileride yeniden sizinle alışveriş yapma fırsatımız olur.

Anadolu Home team"""),
 dict(id="oz11a", n=11, lang="ko", note="two options, KRW cap", msg="""김민준 님, 안녕하세요.

보내주신 영상 잘 확인했습니다. 일부 키가 눌리지 않는 문제가 분명히 보이네요. 불편을 드려 정말 죄송합니다.

두 가지 방법을 제안드립니다. 키보드를 그대로 사용하시면서 최대 13600 KRW까지 부분 환불을 받으시거나, 제품을 반품하시고 전액 환불을 받으실 수 있습니다.

어느 쪽이 더 편하신지 알려주세요.

KeyLab team"""),
 dict(id="oz11b", n=11, lang="ko", note="two options as list, formal", msg="""김민준 고객님께

키보드 문제로 번거롭게 해드려 죄송합니다. 올려주신 영상 덕분에 어떤 키에서 입력이 안 되는지 정확히 확인할 수 있었습니다. 감사합니다.

저희가 드릴 수 있는 해결 방법은 다음과 같습니다.
- 제품을 계속 사용하시고 최대 13600 KRW의 부분 환불을 받으시는 방법
- 제품을 반품하시고 전액 환불을 받으시는 방법

고객님께서 원하시는 방법을 선택해 주시면 바로 진행하겠습니다.

KeyLab team"""),
 dict(id="oz12a", n=12, lang="zh", note="zh-TW traditional script, 10 days", msg="""陳怡君 您好：

非常理解您等待包裹的心情，讓您擔心了，真的很抱歉。我們查詢過物流，您的陶瓷保溫杯目前仍在運送途中，您可以用追蹤號碼 LP00640029731CN 隨時查看最新進度。

想麻煩您先暫時關閉這次的糾紛。為了讓您在包裹送達前都能安心，我們會將您的購買保障延長 10 天，您的權益完全不受影響。

謝謝您的耐心與體諒！

Mugful team"""),
 dict(id="oz13a", n=13, lang="ar", note="not_working video request", msg="""مرحباً أحمد،

نأسف جداً لأن المكواة التي وصلتك لا تسخن، ونقدّر أنك جربتها على أكثر من مقبس قبل أن تكتب لنا. نريد حل المشكلة معك في أسرع وقت.

حتى نتمكن من فحص العطل بدقة، هل يمكنك من فضلك إرسال فيديو قصير يظهر المكواة وهي موصولة بالكهرباء ومشغّلة والعطل يحدث؟

بمجرد وصول الفيديو سنراجعه فوراً ونعود إليك بحل مناسب.

Our Store team"""),
 dict(id="oz14a", n=14, lang="sv", note="customs, seller pays", msg="""Hej Elin!

Tack för att du hörde av dig, och förlåt för krånglet. Vi ser att ditt paket med ullfilten just nu hålls kvar i tullen. Du kan följa det med spårningsnumret UA220183746SE.

Du behöver inte betala något: vi står för tullavgifterna och sköter förtullningen själva.

Vi ber dig bara om lite tålamod medan tullen släpper paketet, så är det snart på väg till dig igen.

Vänliga hälsningar,
Nordic Wool Shop team"""),
 dict(id="oz15a", n=15, lang="cs", note="offer reshipment", msg="""Dobrý den, pane Nováku,

moc nás mrzí, že se vaše zásilka se sadou nožů na zeleninu cestou ztratila. Chápeme, že je to nepříjemné.

Chcete, abychom vám sadu poslali znovu? Nic navíc byste za to neplatil.

Prosíme, odpovězte nám zde, zda s novým odesláním souhlasíte, a zkontrolujte prosím, že je vaše doručovací adresa správná.

S pozdravem
Our Store team"""),
 dict(id="oz16a", n=16, lang="ro", note="confirm reshipment", msg="""Bună ziua, Andreea,

Vă mulțumim că ați fost de acord să vă trimitem din nou setul de pensule.

Coletul nou a fost deja expediat, iar numărul lui de urmărire este RB772019384SG. Îl puteți urmări oricând.

Vom ține sub observație noul colet și vă vom anunța dacă apare ceva. Ne pare rău pentru neplăcerea cu primul pachet.

Cu drag,
Glow Beauty team"""),
]

BAD = {
 "oz09a": [
  ("refund_promise", "Laat het ons gerust hier weten als u een idee heeft.", "Als u wilt, kunnen we u alvast het volledige bedrag terugbetalen.", "refund offer in escalation"),
  ("invented_amount_or_date", "u wacht al lang op uw wasmand.", "u wacht inmiddels al 34 dagen op uw wasmand.", "invented day count"),
  ("placeholder", "Met vriendelijke groet,", "Met vriendelijke groet,\n[naam medewerker]", "unfilled agent name"),
  ("blame", "zoals de trackinggegevens van PostNL.", "zoals de trackinggegevens; de vertraging zit echt bij PostNL en niet bij ons.", "blames carrier"),
  ("shouting", "Laat het ons gerust hier weten als u een idee heeft.", "MAAR ESCALEREN WAS ECHT NIET NODIG GEWEEST!!!", "caps reproach"),
  ("missing_required_point", "We werken graag mee met de geschillenspecialist van het platform en geven hen al ons bewijs, zoals de trackinggegevens van PostNL.\n\n", "", "cooperate point deleted"),
 ],
 "oz10a": [
  ("amount_over_cap", "İadeniz artık platform üzerinden gerçekleştirilecek;", "İadeniz artık platform üzerinden gerçekleştirilecek ve ödediğiniz tutarın iki katı hesabınıza geçecek;", "refund twice the order total"),
  ("invented_amount_or_date", "İadeniz artık platform üzerinden gerçekleştirilecek;", "İadeniz en geç 3 iş günü içinde platform üzerinden gerçekleştirilecek;", "invented refund time frame"),
  ("internal_note", "Saygılarımızla,", "[iç not: iade satıcı merkezinde teslim alındı olarak onaylanacak, remedy=return_received]\n\nSaygılarımızla,", "remedy id + seller action"),
  ("blame", "Yaşadığınız sorun için tekrar özür dileriz", "Çaydanlığın kırılması kargo firmasının özensizliğinden kaynaklandı, bizim bir kusurumuz yoktu", "blames courier"),
  ("shouting", "Sabrınız için teşekkür ederiz.", "BUNDAN SONRA BAŞKA BİR ŞİKAYET KABUL ETMİYORUZ!!!", "caps"),
  ("missing_required_point", "İadeniz artık platform üzerinden gerçekleştirilecek; ek bir işlem yapmanıza gerek yok.\n\n", "", "refund_follows deleted"),
 ],
 "oz10b": [
  ("amount_over_cap", "Geri ödemeniz şimdi platform aracılığıyla size yapılacak;", "Geri ödemeniz şimdi platform aracılığıyla, sipariş tutarı olan 1250.0 TRY'nin de üzerinde olacak şekilde yapılacak;", "refund above order total"),
  ("invented_amount_or_date", "Geri ödemeniz şimdi platform aracılığıyla size yapılacak;", "Geri ödemeniz 29 Kasım'a kadar platform aracılığıyla size yapılacak;", "invented date"),
  ("internal_note", "Bu sefer beklentinizi", "TODO: iade edilen ürünün fotoğraflarını klasöre ekle. Bu sefer beklentinizi", "TODO"),
  ("wrong_language", "Bu sefer beklentinizi karşılayamadığımız için üzgünüz.", "We are sorry we could not meet your expectations this time.", "English sentence"),
  ("shouting", "elimize ulaştı, teşekkür ederiz.", "elimize ulaştı, TEŞEKKÜR EDERİZ!!! ARTIK KONU KAPANDI!!!", "caps"),
  ("missing_required_point", " Umarız ileride yeniden sizinle alışveriş yapma fırsatımız olur.", "", "trade_again deleted"),
 ],
 "oz11a": [
  ("amount_over_cap", "최대 13600 KRW까지 부분 환불을", "최대 13600 KRW까지, 원하시면 그 두 배까지도 부분 환불을", "offers double the cap"),
  ("invented_amount_or_date", "어느 쪽이 더 편하신지 알려주세요.", "어느 쪽이 더 편하신지 11월 25일까지 알려주세요.", "invented deadline"),
  ("internal_note", "어느 쪽이 더 편하신지 알려주세요.", "어느 쪽이 더 편하신지 알려주세요.\n\n(내부 메모: 셀러센터 해결 패널에 부분 환불 제안 등록할 것)", "staff memo"),
  ("wrong_language", "불편을 드려 정말 죄송합니다.", "ご不便をおかけして本当に申し訳ございません。", "Japanese sentence"),
  ("shouting", "어느 쪽이 더 편하신지 알려주세요.", "빨리 둘 중 하나 고르세요!!! 더 이상 기다릴 수 없습니다!!!", "pushy, many !"),
  ("missing_required_point", "\n\n어느 쪽이 더 편하신지 알려주세요.", "", "ask_choice deleted"),
 ],
 "oz11b": [
  ("amount_over_cap", "최대 13600 KRW의 부분 환불", "결제 금액의 절반을 부분 환불", "half of 68000 = 34000 > cap"),
  ("invented_amount_or_date", "바로 진행하겠습니다.", "48시간 안에 진행하겠습니다.", "invented time frame"),
  ("internal_note", "저희가 드릴 수 있는 해결 방법은 다음과 같습니다.", "저희가 드릴 수 있는 해결 방법은 다음과 같습니다. (정책상 상한 적용, 규칙 escalated_buyer_evidence)", "policy/rule reference"),
  ("wrong_language", "감사합니다.", "非常感谢您的耐心。", "Chinese sentence"),
  ("shouting", "키보드 문제로 번거롭게 해드려 죄송합니다.", "솔직히 이런 문의가 너무 많습니다!!! 영상은 봤어요!!!", "aggressive"),
  ("missing_required_point", "- 제품을 계속 사용하시고 최대 13600 KRW의 부분 환불을 받으시는 방법\n", "", "offer_options: partial refund option and cap removed"),
 ],
 "oz12a": [
  ("refund_promise", "謝謝您的耐心與體諒！", "如果之後還是沒收到，我們會直接全額退款給您。謝謝您的耐心與體諒！", "refund promise"),
  ("invented_amount_or_date", "隨時查看最新進度。", "隨時查看最新進度，預計 11月28日 就會送達。", "invented ETA"),
  ("internal_note", "謝謝您的耐心與體諒！", "謝謝您的耐心與體諒！\n\n【備註：買家同意後記得到賣家中心延長保障，並上傳物流截圖】", "seller checklist"),
  ("wrong_language", "讓您擔心了，真的很抱歉。", "걱정을 끼쳐 드려 정말 죄송합니다.", "Korean sentence"),
  ("shouting", "想麻煩您先暫時關閉這次的糾紛。", "請您馬上關閉糾紛！！！包裹一定會到，不要再催了！！！", "pushy, fullwidth !"),
  ("missing_required_point", "想麻煩您先暫時關閉這次的糾紛。", "", "ask_close deleted"),
 ],
 "oz13a": [
  ("refund_promise", "ونعود إليك بحل مناسب.", "ونعيد لك ثمن المكواة كاملاً دون انتظار.", "refund promise"),
  ("invented_tracking_number", "نأسف جداً لأن المكواة التي وصلتك", "نأسف جداً لأن المكواة التي وصلتك بالشحنة رقم 39920174485", "real 39920174458 with digits swapped"),
  ("internal_note", "بمجرد وصول الفيديو", "ملاحظة للفريق: قارن شكوى العميل بصور الإعلان قبل الرد. بمجرد وصول الفيديو", "note to team"),
  ("wrong_language", "نريد حل المشكلة معك في أسرع وقت.", "Nous voulons régler ce problème avec vous au plus vite.", "French sentence"),
  ("shouting", "هل يمكنك من فضلك إرسال فيديو قصير يظهر", "بدون فيديو لن نفعل أي شيء!!! أرسل فوراً فيديو قصيراً يظهر", "pushy"),
 ],
 "oz14a": [
  ("refund_promise", "Du behöver inte betala något:", "Som plåster på såren får du en rabattkod på nästa köp, och du behöver inte betala något:", "discount code"),
  ("invented_tracking_number", "spårningsnumret UA220183746SE.", "spårningsnumret UA220183764SE.", "digits swapped"),
  ("internal_note", "Vänliga hälsningar,", "Intern anteckning: ladda upp kvittot på tullbetalningen i tvisten.\n\nVänliga hälsningar,", "seller action"),
  ("wrong_language", "Tack för att du hörde av dig, och förlåt för krånglet.", "Danke für Ihre Nachricht, und entschuldigen Sie die Umstände.", "German sentence"),
  ("shouting", "Du behöver inte betala något:", "DU BEHÖVER INTE BETALA NÅGOT, SLUTA FRÅGA!!!", "caps"),
 ],
 "oz15a": [
  ("refund_promise", "Nic navíc byste za to neplatil.", "Pokud byste raději peníze zpět, vrátíme vám celou částku hned.", "refund instead of reship"),
  ("invented_tracking_number", "že se vaše zásilka se sadou nožů", "že se vaše zásilka LP00651129948CN se sadou nožů", "real LP00651129984CN, digits swapped"),
  ("internal_note", "S pozdravem", "[interní: podat reklamaci u dopravce a ověřit sklad]\n\nS pozdravem", "seller checklist"),
  ("wrong_language", "Chápeme, že je to nepříjemné.", "Rozumiemy, że to bardzo nieprzyjemna sytuacja.", "Polish sentence"),
  ("shouting", "Prosíme, odpovězte nám zde", "ODPOVĚZTE NÁM OKAMŽITĚ!!! Napište zde", "caps"),
 ],
 "oz16a": [
  ("refund_promise", "Ne pare rău pentru neplăcerea cu primul pachet.", "Ne pare rău pentru neplăcerea cu primul pachet, așa că vă vom rambursa și jumătate din preț.", "partial refund where only reship allowed"),
  ("invented_tracking_number", "Îl puteți urmări oricând.", "Îl puteți urmări oricând, iar comanda dumneavoastră are numărul 8201600044332311.", "order id with a digit changed"),
  ("internal_note", "Cu drag,", "P.S. pentru Ioana: adaugă numărul nou în comandă și în dispută.\n\nCu drag,", "instruction to colleague"),
  ("wrong_language", "Îl puteți urmări oricând.", "Può seguirlo in qualsiasi momento.", "Italian sentence"),
  ("missing_required_point", "Vom ține sub observație noul colet și vă vom anunța dacă apare ceva. ", "", "keep_updated deleted"),
 ],
}
