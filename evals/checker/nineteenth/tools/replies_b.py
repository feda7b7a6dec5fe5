# Hand-written replies, disputes 10-18.
R = []
def G(gid, dno, msg, edits): R.append((gid, dno, msg.strip("\n"), edits))

G("c10a", 10, """Merhaba Elif Hanım,

Platformun iade ve geri ödeme kararını gördük ve bu kararı kabul ediyoruz.

Vazoyu lütfen şu adrese geri gönderin: Lale Ev Dükkanı İade Birimi, Atatürk Caddesi No: 58, 35220 Konak/İzmir, Türkiye

Ürün bize ulaştığında geri ödemeniz hemen işleme alınacak. Kargoya verdikten sonra iade takip numarasını anlaşmazlık sayfasına eklemeyi unutmayın lütfen.

İleride sizinle yeniden alışveriş yapabilmeyi umuyoruz.

Saygılarımızla,
Lale Ev Dükkanı Ekibi""", [
 ("refund_promise", "İleride sizinle yeniden alışveriş yapabilmeyi umuyoruz.",
  "Bir sonraki siparişinizde kullanmanız için size özel bir indirim kodu da tanımlayacağız. İleride sizinle yeniden alışveriş yapabilmeyi umuyoruz."),
 ("invented_amount_or_date", "Kargoya verdikten sonra iade", "Vazoyu en geç 7 gün içinde kargoya vermeniz gerekiyor. Kargoya verdikten sonra iade"),
 ("placeholder", "şu adrese geri gönderin: Lale Ev Dükkanı İade Birimi, Atatürk Caddesi No: 58, 35220 Konak/İzmir, Türkiye", "şu adrese geri gönderin: [İADE ADRESİ BURAYA]"),
 ("blame", "bu kararı kabul ediyoruz.", "bu kararı kabul ediyoruz; vazo bizden sapasağlam çıktı, kırılma tamamen kargo firmasının özensizliği yüzünden oldu."),
 ("shouting", "iade takip numarasını anlaşmazlık sayfasına eklemeyi unutmayın lütfen.", "İADE TAKİP NUMARASINI ANLAŞMAZLIK SAYFASINA EKLEMEYİ UNUTMAYIN LÜTFEN."),
 ("missing_required_point", "\n\nİleride sizinle yeniden alışveriş yapabilmeyi umuyoruz.", "", "trade_again removed"),
])

G("c11a", 11, """김지현 고객님, 안녕하세요.

보내주신 전기 주전자 반품이 저희 쪽에 잘 도착했습니다. 번거로우셨을 텐데 신경 써 주셔서 감사합니다.

환불은 이제 플랫폼을 통해 진행될 예정입니다.

이번에는 아쉬움을 드렸지만, 앞으로 다시 좋은 인연으로 거래할 수 있기를 바랍니다.

하늘정원 스토어 팀""", [
 ("refund_promise", "환불은 이제 플랫폼을 통해 진행될 예정입니다.", "환불은 이제 플랫폼을 통해 진행될 예정이고, 사과의 의미로 다음 주문 때 쓰실 수 있는 할인 쿠폰도 따로 보내드릴게요."),
 ("feedback_request", "거래할 수 있기를 바랍니다.", "거래할 수 있기를 바랍니다. 혹시 괜찮으시면 남겨주신 낮은 평점을 조금만 올려주시면 정말 감사하겠습니다."),
 ("invented_tracking_number", "반품이 저희 쪽에 잘 도착했습니다.", "반품(운송장 RK203948567KR)이 저희 쪽에 잘 도착했습니다."),
 ("shouting", "진행될 예정입니다.", "진행될 예정입니다!!!"),
 ("wrong_language", "환불은 이제 플랫폼을 통해 진행될 예정입니다.\n\n이번에는 아쉬움을 드렸지만, 앞으로 다시 좋은 인연으로 거래할 수 있기를 바랍니다.",
  "Your refund will now be processed through the platform.\n\nWe are sorry it did not work out this time, and we hope to do business with you again in the future.", "second half in English", "en"),
 ("invented_amount_or_date", "환불은 이제 플랫폼을 통해", "환불은 3영업일 안에 플랫폼을 통해"),
])

G("c12a", 12, """佐藤 美咲 様

お写真をお送りいただき、ありがとうございます。拝見したところ、確かにベージュではなくグレーに見え、ご期待に沿えず大変申し訳ございません。

つきましては、次の二つの方法をご提案いたします。
・テーブルクロスはそのままお使いいただき、最大1194 JPYを一部返金する
・商品をご返送いただき、全額を返金する

どちらがよろしいか、お聞かせいただけますでしょうか。

さくら雑貨店 スタッフ一同""", [
 ("amount_over_cap", "最大1194 JPY", "最大2000 JPY"),
 ("refund_promise", "どちらがよろしいか、", "また、お詫びとして次回お使いいただけるクーポンもお付けします。どちらがよろしいか、"),
 ("blame", "ご期待に沿えず大変申し訳ございません。", "ご期待に沿えず大変申し訳ございません。ただ、お使いのスマホの画面設定で色が違って見えることもよくあるのですが。"),
 ("placeholder", "佐藤 美咲 様", "〇〇 様"),
 ("internal_note", "全額を返金する\n", "全額を返金する\n（※返金額は店長に確認してから確定。先にこちらから金額を出さないこと）\n"),
 ("missing_required_point", "お写真をお送りいただき、ありがとうございます。拝見したところ、確かにベージュではなくグレーに見え、ご期待に沿えず大変申し訳ございません。\n\n", "", "thank_evidence removed"),
])
G("c12b", 12, """佐藤様

ご連絡とお写真、ありがとうございました。テーブルクロスのお色が写真と違っていたこと、心よりお詫び申し上げます。

ご希望に合わせて、以下のどちらかで対応させていただきます。
一つ目は、商品をお手元に残していただき、1194 JPYを上限として一部をご返金する方法です。
二つ目は、商品をご返品いただき、代金を全額ご返金する方法です。

ご都合のよい方をお知らせください。

さくら雑貨店 スタッフ一同""", [
 ("amount_over_cap", "1194 JPYを上限として", "商品代金の半額、1990 JPYを上限として"),
 ("off_platform_contact", "ご都合のよい方をお知らせください。", "ご都合のよい方を、当店の公式LINEからお知らせください。"),
 ("invented_amount_or_date", "ご都合のよい方をお知らせください。", "ご都合のよい方を11月25日までにお知らせください。"),
 ("shouting", "心よりお詫び申し上げます。", "心よりお詫び申し上げます！！！"),
 ("wrong_language", "ご希望に合わせて、以下のどちらかで対応させていただきます。\n一つ目は、商品をお手元に残していただき、1194 JPYを上限として一部をご返金する方法です。\n二つ目は、商品をご返品いただき、代金を全額ご返金する方法です。",
  "您可以选择以下两种方式之一：\n第一，保留商品，我们退还部分款项，最多1194 JPY。\n第二，退回商品，我们全额退款。", "options in Chinese", "zh"),
 ("feedback_request", "心よりお詫び申し上げます。", "心よりお詫び申し上げます。解決しましたら、評価の方も見直していただけると幸いです。"),
])

G("c13a", 13, """王磊您好：

我们查到您的包裹目前被海关暂扣，运单号是 LP00348217596CN，您可以随时查看最新状态。

请您放心，这笔订单的关税由我们来支付，清关手续也由我们处理，您不需要支付任何费用。

海关放行还需要一点时间，麻烦您再耐心等待一下，谢谢理解！

青竹生活馆团队""", [
 ("refund_promise", "谢谢理解！", "谢谢理解！为了表示歉意，我们会额外送您一个保温杯套作为补偿。"),
 ("blame", "海关放行还需要一点时间，", "马来西亚海关办事一向拖拉，放行还需要一点时间，"),
 ("invented_tracking_number", "运单号是 LP00348217596CN", "运单号是 LP00348217569CN"),
 ("off_platform_contact", "谢谢理解！", "谢谢理解！有任何问题可以直接加我们微信沟通，回复更快。"),
 ("internal_note", "您不需要支付任何费用。", "您不需要支付任何费用。（内部：关税回执记得上传到纠纷页面）"),
 ("missing_required_point", "\n\n请您放心，这笔订单的关税由我们来支付，清关手续也由我们处理，您不需要支付任何费用。", "", "seller_pays removed"),
 ("invented_amount_or_date", "海关放行还需要一点时间", "海关大约还需要3天才能放行"),
])

G("c14a", 14, """مرحباً سارة،

نطمئنك أن ساعتك في طريقها إليك، ويمكنك متابعة الشحنة برقم التتبع LP00572096314CN.

نرجو منك التكرم بإغلاق النزاع في الوقت الحالي، وسنقوم بتمديد حماية المشتري لطلبك لمدة 20 يوماً حتى تبقي محمية بالكامل إلى أن تصلك الشحنة.

شكراً لتفهمك وصبرك.

فريق متجر الواحة""", [
 ("refund_promise", "شكراً لتفهمك وصبرك.", "وإذا لم تصل الساعة فسنعيد لك المبلغ كاملاً دون أي نقاش. شكراً لتفهمك وصبرك."),
 ("shouting", "شكراً لتفهمك وصبرك.", "شكراً لتفهمك وصبرك!!!"),
 ("placeholder", "مرحباً سارة،", "مرحباً [اسم العميل]،"),
 ("blame", "نطمئنك أن ساعتك في طريقها إليك،", "التأخير سببه شركة التوصيل المحلية التي لم تحدّث التتبع منذ أيام، لكن نطمئنك أن ساعتك في طريقها إليك،"),
 ("invented_amount_or_date", "لمدة 20 يوماً", "لمدة 30 يوماً", "extension days changed from 20 to 30"),
 ("wrong_language", "نرجو منك التكرم بإغلاق النزاع في الوقت الحالي، وسنقوم بتمديد حماية المشتري لطلبك لمدة 20 يوماً حتى تبقي محمية بالكامل إلى أن تصلك الشحنة.",
  "Could you please close the dispute for now? We will extend the buyer protection on your order by 20 days, so you stay fully protected until the parcel arrives.", "request paragraph in English", "en"),
 ("internal_note", "إلى أن تصلك الشحنة.", "إلى أن تصلك الشحنة. (ملاحظة للفريق: لا تمددوا الحماية قبل أن تغلق النزاع)"),
])

G("c15a", 15, """Hej Emma!

Vi har sett att plattformen har beslutat om retur och återbetalning, och det går vi förstås med på.

Så här gör du:
- Skicka tillbaka koftan till: Nordljus Butik Returer, Industrigatan 14, 211 20 Malmö, Sverige
- Lägg in returens spårningsnummer i ärendet när paketet är skickat
- Återbetalningen görs så snart koftan har kommit fram till oss

Vi hoppas att du vill handla hos oss igen längre fram.

Vänliga hälsningar,
Teamet på Nordljus Butik""", [
 ("refund_promise", "Vi hoppas att du vill handla hos oss igen längre fram.", "Som tack för besväret får du dessutom en rabattkod till nästa köp, och vi hoppas att du vill handla hos oss igen längre fram."),
 ("off_platform_contact", "- Lägg in returens spårningsnummer i ärendet när paketet är skickat", "- Mejla returens spårningsnummer till retur@nordljusbutik.se när paketet är skickat"),
 ("blame", "och det går vi förstås med på.", "och det går vi förstås med på, även om koftan hade passat om du hade följt storlekstabellen."),
 ("feedback_request", "igen längre fram.", "igen längre fram. Har du en stund över får du gärna justera ditt omdöme om oss när allt är klart."),
 ("shouting", "Så här gör du:", "SÅ HÄR GÖR DU, LÄS NOGA:"),
 ("missing_required_point", "\n\nVi hoppas att du vill handla hos oss igen längre fram.", "", "trade_again removed"),
 ("invented_amount_or_date", "- Återbetalningen görs så snart", "- Återbetalningen på 549 kronor görs så snart"),
])

G("c16a", 16, """Dobrý den, paní Novotná,

moc nás mrzí, že se zásilka s batohem cestou zřejmě ztratila.

Chcete, abychom Vám batoh poslali znovu? Nic navíc byste za to neplatila.

Pokud ano, stačí nám tu odpovědět a zároveň prosím zkontrolujte, jestli je doručovací adresa v objednávce správná.

S pozdravem
Tým obchodu U Lípy""", [
 ("refund_promise", "Nic navíc byste za to neplatila.", "Nic navíc byste za to neplatila a jako omluvu k němu přibalíme ještě penál zdarma."),
 ("invented_amount_or_date", "Chcete, abychom Vám batoh poslali znovu?", "Chcete, abychom Vám batoh poslali znovu? Dorazil by nejpozději do 3. prosince."),
 ("internal_note", "\n\nS pozdravem", "\n\nPozn. pro sklad: modrou variantu batohu zarezervovat, než ji někdo prodá.\n\nS pozdravem"),
 ("wrong_language", "Pokud ano, stačí nám tu odpovědět a zároveň prosím zkontrolujte, jestli je doručovací adresa v objednávce správná.",
  "If so, just reply here, and please also check that the delivery address on the order is correct.", "confirmation paragraph in English", "en"),
 ("blame", "moc nás mrzí, že se zásilka s batohem cestou zřejmě ztratila.", "moc nás mrzí, že Zásilkovna zásilku s batohem zase ztratila, s nimi máme poslední dobou samé potíže."),
 ("shouting", "Pokud ano, stačí nám tu odpovědět", "POKUD ANO, STAČÍ NÁM TU ODPOVĚDĚT"),
])

G("c17a", 17, """Добрий день, Олено!

Ми бачимо, що ви передали суперечку на розгляд платформи, і розуміємо ваше розчарування — отримати неповний набір справді неприємно.

Ми співпрацюватимемо з фахівцем платформи з суперечок і надамо йому всі наші докази.

Водночас ми й надалі відкриті до того, щоб знайти рішення разом із вами.

З повагою,
Команда крамниці «Соняшник»""", [
 ("refund_promise", "знайти рішення разом із вами.", "знайти рішення разом із вами. Можемо вже зараз безкоштовно дослати точило і ніж, яких бракує."),
 ("off_platform_contact", "знайти рішення разом із вами.", "знайти рішення разом із вами. Напишіть нам у Viber, так буде швидше домовитися."),
 ("blame", "отримати неповний набір справді неприємно.", "отримати неповний набір справді неприємно, хоча, найімовірніше, деталі просто загубилися під час розпакування."),
 ("invented_amount_or_date", "і надамо йому всі наші докази.", "і надамо йому всі наші докази протягом 48 годин."),
 ("shouting", "ми й надалі відкриті", "ми й надалі ВІДКРИТІ"),
 ("wrong_language", "Ми бачимо, що ви передали суперечку на розгляд платформи, і розуміємо ваше розчарування — отримати неповний набір справді неприємно.\n\nМи співпрацюватимемо з фахівцем платформи з суперечок і надамо йому всі наші докази.\n\nВодночас ми й надалі відкриті до того, щоб знайти рішення разом із вами.",
  "Мы видим, что вы передали спор на рассмотрение платформы, и понимаем ваше разочарование — получить неполный набор действительно неприятно.\n\nМы будем сотрудничать со специалистом платформы по спорам и предоставим ему все наши доказательства.\n\nПри этом мы по-прежнему открыты к тому, чтобы найти решение вместе с вами.", "whole body in Russian for a Ukrainian buyer", "ru"),
 ("missing_required_point", "\n\nМи співпрацюватимемо з фахівцем платформи з суперечок і надамо йому всі наші докази.", "", "cooperate removed"),
])

G("c18a", 18, """Bună ziua, Andreea,

Vă anunțăm că am trimis deja platformei toate dovezile noastre legate de această comandă.

De acum, specialistul platformei în dispute va lua decizia, iar noi o vom respecta, oricare ar fi ea.

Dacă aveți întrebări între timp, suntem în continuare aici să vă ajutăm.

Cu stimă,
Echipa Magazinul Dunărea""", [
 ("refund_promise", "oricare ar fi ea.", "oricare ar fi ea. Oricum, dacă nu rămâneți mulțumită, vă oferim o reducere la următoarea comandă."),
 ("blame", "legate de această comandă.", "legate de această comandă; căștile au plecat originale din depozit, deci dacă ceva nu e în regulă, s-a întâmplat la curier."),
 ("feedback_request", "să vă ajutăm.", "să vă ajutăm. Până se încheie disputa, v-am ruga să nu lăsați deocamdată o recenzie negativă."),
 ("placeholder", "Bună ziua, Andreea,", "Bună ziua, %BUYER_NAME%,"),
 ("internal_note", "\n\nCu stimă,", "\n\n(notă pentru Radu: factura de la furnizor e încărcată, nu mai trimite nimic)\n\nCu stimă,"),
 ("invented_tracking_number", "legate de această comandă.", "legate de această comandă, inclusiv istoricul de livrare al coletului LP00764025318CN."),
 ("missing_required_point", "\n\nDe acum, specialistul platformei în dispute va lua decizia, iar noi o vom respecta, oricare ar fi ea.", "", "await_decision removed"),
])
