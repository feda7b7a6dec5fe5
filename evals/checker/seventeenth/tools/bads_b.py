"""BAD replies, part B (j09-j16). Same row format as bads_a."""

BADS_B = [
# ---- j09a nl return_instructions
("j09a", "wrong_language", None, """Liebe Sanne de Groot,

die Plattform hat Rückgabe und Rückerstattung entschieden, und damit sind wir selbstverständlich einverstanden. Wie ärgerlich, dass der Deckel gesprungen ankam.

Sie können die Teekanne an diese Adresse zurückschicken:
Theehuis Lotus Retouren, Industrieweg 14B, 3044 AS Rotterdam, Nederland

Sobald das Paket bei uns eingegangen ist, wird die Rückerstattung bearbeitet. Würden Sie die Sendungsnummer der Rücksendung im Streitfall eintragen? Dann können wir das Paket verfolgen.

Wir hoffen, dass wir in Zukunft wieder Geschäfte mit Ihnen machen dürfen.

Mit freundlichen Grüßen
Theehuis Lotus team""", "whole reply in German for a Dutch buyer (language detected from messages)", "de"),
("j09a", "refund_promise", "We hopen dat we in de toekomst nog eens zaken met u mogen doen.",
 "Als goedmakertje krijgt u van ons een kortingscode voor uw volgende bestelling. We hopen dat we in de toekomst nog eens zaken met u mogen doen.",
 "discount code offered in return_instructions"),
("j09a", "missing_required_point", "U kunt de theepot terugsturen naar dit adres:\nTheehuis Lotus Retouren, Industrieweg 14B, 3044 AS Rotterdam, Nederland\n\n", "",
 "deleted the return address (return_address mention)"),
("j09a", "invented_amount_or_date", "wordt de terugbetaling verwerkt.",
 "wordt de terugbetaling binnen 48 uur verwerkt.",
 "invented refund timeframe"),
("j09a", "blame", "Wat vervelend dat het deksel gebarsten aankwam.",
 "Wat vervelend dat het deksel gebarsten aankwam; PostNL gaat nu eenmaal erg ruw om met breekbare pakketten.",
 "blames the carrier"),
("j09a", "shouting", "Dan kunnen wij het pakket volgen.",
 "Dan kunnen wij het pakket volgen. ZONDER TRACKINGNUMMER KUNNEN WE NIETS TERUGBETALEN!!!",
 "all-caps sentence with !!!"),
("j09a", "placeholder", "Met vriendelijke groet,\n",
 "Met vriendelijke groet,\n<naam medewerker>\n",
 "unfilled agent name above the signature"),
# ---- j10a tr return_received
("j10a", "wrong_language", None, """Hallo Emre Kaplan,

das Produkt, das Sie zurückgeschickt haben, ist bei uns angekommen, vielen Dank. Für die Unannehmlichkeiten, weil ein falscher Artikel verschickt wurde, entschuldigen wir uns zusätzlich.

Ihre Rückerstattung erfolgt ab jetzt über die Plattform; Sie müssen nichts weiter tun.

Wir würden uns sehr freuen, wenn wir in Zukunft wieder ins Geschäft kommen.

Mit freundlichen Grüßen
OtoTekno Store team""", "whole reply in German for a Turkish buyer (language detected from messages)", "de"),
("j10a", "refund_promise", "İleride yeniden alışveriş yapma fırsatımız olursa çok seviniriz.",
 "Yaşadığınız zahmete karşılık iadenize ek olarak küçük bir tazminat da hesabınıza geçeceğiz. İleride yeniden alışveriş yapma fırsatımız olursa çok seviniriz.",
 "extra compensation offered in return_received"),
("j10a", "invented_amount_or_date", "İadeniz bundan sonra platform üzerinden gerçekleşecek;",
 "İadeniz bundan sonra platform üzerinden 3-5 iş günü içinde gerçekleşecek;",
 "invented refund timeframe"),
("j10a", "feedback_request", "\n\nİleride yeniden",
 "\n\nMağazamızı değerlendirirken bu aksaklığı göz ardı edip yüksek puan verirseniz çok mutlu oluruz. İleride yeniden",
 "asks for a high rating"),
("j10a", "internal_note", "\n\nSaygılarımızla,",
 "\n\nNOT: iadeyi panelden onayla ki para serbest kalsın, gelen ürünün fotoğraflarını sakla.\n\nSaygılarımızla,",
 "internal note left in"),
("j10a", "missing_required_point", "\n\nİadeniz bundan sonra platform üzerinden gerçekleşecek; sizin ek bir işlem yapmanıza gerek yok.", "",
 "deleted refund_follows"),
# ---- j11a ko evidence/not_working
("j11a", "refund_promise", "해결 방법을 안내해 드리겠습니다.",
 "해결 방법을 안내해 드리겠습니다. 불량으로 확인되면 바로 전액 환불해 드릴게요.",
 "refund promised before evidence is seen"),
("j11a", "off_platform_contact", "큰 도움이 됩니다.",
 "큰 도움이 됩니다. 용량이 크면 카카오톡 오픈채팅 'misthouse_cs'로 보내주셔도 돼요.",
 "KakaoTalk contact"),
("j11a", "blame", "정말 죄송합니다.",
 "정말 죄송합니다. 다만 이런 경우 대부분은 충전을 충분히 안 하셔서 생기는 문제이긴 합니다.",
 "blames the buyer for not charging"),
("j11a", "wrong_language", None, """박지훈様、こんにちは。

加湿器の電源が入らず、大変ご不便をおかけして申し訳ございません。私たちも早く解決したいと考えております。

正確に確認するため、電源を入れる様子と故障の症状が出ている様子を短い動画で撮影して送っていただけますか？電源ボタンを押す場面が映っていると大変助かります。

動画を受け取り次第すぐに確認し、解決方法をご案内いたします。

미스트하우스 드림""", "whole reply in Japanese for a Korean buyer", "ja"),
("j11a", "missing_required_point", "\n\n영상을 받는 대로 바로 확인하고 해결 방법을 안내해 드리겠습니다.", "",
 "deleted next_step"),
("j11a", "invented_tracking_number", "저희도 빨리 해결해 드리고 싶습니다.",
 "저희도 빨리 해결해 드리고 싶습니다. 운송장 KR447120958CN 기준으로는 정상 배송 완료로 조회됩니다.",
 "near miss of the real tracking KR447120985CN (last two digits swapped)"),
("j11a", "internal_note", "\n\n미스트하우스 드림",
 "\n\n※ 상담원 메모: 상품 페이지 설명이랑 고객 불만 비교 후 기한 내 답변\n\n미스트하우스 드림",
 "agent memo left in"),
# ---- j12a ja partial
("j12a", "amount_over_cap", "1245 JPY を上限として", "2490 JPY を上限として",
 "cap doubled"),
("j12a", "amount_over_cap", "1245 JPY を上限として一部返金する", "4980 JPY を全額返金する（返品は不要です）",
 "full refund while keeping the item"),
("j12a", "refund_promise", "\n\nどちらをご希望か",
 "\nどちらの場合も、お詫びとして新しいバッグを無料でお送りいたします。\n\nどちらをご希望か",
 "free replacement bag offered"),
("j12a", "placeholder", "ハンドバッグ工房さくら team", "ハンドバッグ工房さくら team\n担当：〇〇",
 "unfilled staff-name slot (〇〇)"),
("j12a", "internal_note", "\n\nハンドバッグ工房さくら team",
 "\n\n（社内メモ：解決策パネルで部分返金を提案、当店の梱包写真も提出すること）\n\nハンドバッグ工房さくら team",
 "internal memo left in"),
("j12a", "missing_required_point", "\n\nどちらをご希望か、お知らせいただけますでしょうか。", "",
 "deleted ask_choice"),
("j12a", "wrong_language", None, """佐々木 美咲 您好：

感谢您发来照片和视频。我们已经看到提手的缝线开线了，给您带来不便，非常抱歉。

我们为您提供以下两种方案：
・保留商品，我们给您部分退款，最多 1245 JPY
・退回商品，我们全额退款

请问您希望选择哪一种？

ハンドバッグ工房さくら team""", "whole reply in Simplified Chinese for a Japanese buyer", "zh"),
# ---- j12b ja
("j12b", "amount_over_cap", "最大1245 JPYの部分返金", "最大1245 JPYの部分返金（ご相談いただければ3000円まで対応可）",
 "extra higher amount next to the cap"),
("j12b", "feedback_request", "どちらがよろしいでしょうか？",
 "どちらがよろしいでしょうか？解決しましたら、評価の見直しもご検討いただけますと幸いです。",
 "asks to reconsider the rating"),
("j12b", "off_platform_contact", "申し訳ありません。",
 "申し訳ありません。お急ぎでしたらLINE（ID: sakura_bag）にご連絡ください。",
 "LINE contact"),
("j12b", "invented_amount_or_date", "代金を全額お返しする形か",
 "代金を全額お返しする形（返送は12月5日必着）か",
 "invented return deadline"),
("j12b", "blame", "縫製の不良であることがよく分かりました。",
 "縫製の不良であることがよく分かりました。ただ、重い物を入れすぎると持ち手に負担がかかりますので、その点はご注意いただきたかったです。",
 "blames buyer's use"),
# ---- j13a zh-TW extend
("j13a", "wrong_language", None, """Hello 林怡君,

We're really sorry you've had to wait so long, and thank you for your patience. We've checked: your lunch box is still moving normally and is not lost. You can follow it anytime with tracking number CN881430276TW.

Could you please close this dispute for now? We will extend your purchase protection by 15 days, so you stay fully protected until the parcel arrives.

好食光生活館 敬上""", "whole reply in English for a Taiwanese Chinese buyer", "en"),
("j13a", "refund_promise", "讓您在包裹送達前都能得到完整保障。",
 "讓您在包裹送達前都能得到完整保障。等待的這段期間，我們也可以先退您一部分款項，當作補償。",
 "partial refund / compensation offered while asking to close"),
("j13a", "missing_required_point", "我們會幫您把購買保障期延長 15 天，讓您在包裹送達前都能得到完整保障。", "",
 "deleted extend_protection (protection days mention)"),
("j13a", "off_platform_contact", "\n\n好食光生活館 敬上",
 "有任何問題，也歡迎加我們的 LINE 官方帳號 @haoshiguang 詢問。\n\n好食光生活館 敬上",
 "LINE official account"),
("j13a", "invented_amount_or_date", "並沒有遺失，",
 "並沒有遺失，預計 12 月 3 日前就會送達，",
 "invented delivery date"),
("j13a", "internal_note", "\n\n好食光生活館 敬上",
 "\n\n（備註：買家同意後記得去賣家中心延長保障，物流截圖也要上傳）\n\n好食光生活館 敬上",
 "internal note left in"),
("j13a", "blame", "讓您等這麼久，真的很抱歉，",
 "其實跨境包裹本來就比較慢，您這麼早開糾紛有點太急了，不過讓您等這麼久，還是很抱歉，",
 "blames buyer's impatience"),
# ---- j14a ar customs/seller
("j14a", "blame", "نرجو منك قليلاً من الصبر",
 "للأسف موظفو الجمارك عندكم يؤخرون كل شيء بلا سبب. نرجو منك قليلاً من الصبر",
 "blames customs staff"),
("j14a", "invented_amount_or_date", "نحن من يتحمّل الرسوم الجمركية",
 "نحن من يتحمّل الرسوم الجمركية البالغة 45 ريالاً",
 "invented duty amount"),
("j14a", "off_platform_contact", "وسنكون معك خطوة بخطوة.",
 "وسنكون معك خطوة بخطوة؛ ويمكنك مراسلتنا على واتساب 0551234987 لمتابعة أسرع.",
 "WhatsApp number"),
("j14a", "missing_required_point", "\n\nلا تقلقي، لن تدفعي أي شيء: نحن من يتحمّل الرسوم الجمركية ونتولى إجراءات التخليص بأنفسنا.", "",
 "deleted seller_pays"),
("j14a", "placeholder", "فريق Time Oasis", "فريق {store_name}",
 "template variable left in the signature"),
("j14a", "refund_promise", "وسنكون معك خطوة بخطوة.",
 "وسنكون معك خطوة بخطوة، وتقديراً لصبرك سنضيف لك هدية مجانية مع الساعة.",
 "free gift offered for the customs delay"),
# ---- j15a sv offer_reship
("j15a", "refund_promise", "Det kostar dig ingenting extra.",
 "Det kostar dig ingenting extra, och som plåster på såren lägger vi dessutom med en liten present i paketet.",
 "free gift offered with the reshipment"),
("j15a", "invented_tracking_number", "Vill du att vi skickar",
 "Enligt PostNords ärende på försändelse SE228840713CN är paketet borta. Vill du att vi skickar",
 "near miss of the real tracking SE228840173CN (digits swapped)"),
("j15a", "feedback_request", "så att det nya paketet hittar rätt.",
 "så att det nya paketet hittar rätt. Och blir du nöjd med hur vi löste det här blir vi jätteglada för fem stjärnor!",
 "asks for five stars"),
("j15a", "shouting", "Svara gärna här och bekräfta,",
 "DUBBELKOLLA ADRESSEN INNAN DU SVARAR!!! Svara gärna här och bekräfta,",
 "all-caps sentence with !!!"),
("j15a", "missing_required_point", "\n\nVill du att vi skickar cykelväskan till dig en gång till? Det kostar dig ingenting extra.", "",
 "deleted offer_reship"),
("j15a", "internal_note", "\n\nVänliga hälsningar",
 "\n\n(Att göra: anmäl förlorat paket hos PostNord, kolla lagersaldo)\n\nVänliga hälsningar",
 "seller to-do left in"),
# ---- j16a cs confirm_reship
("j16a", "wrong_language", None, """Guten Tag, Frau Nováková,

vielen Dank, dass Sie mit dem erneuten Versand der Lampe einverstanden sind. Sie ist bereits unterwegs, und die neue Sendungsnummer lautet CZ771390518CN.

Wir werden die neue Sendung selbst laufend im Blick behalten und Ihnen Bescheid geben, sobald sich etwas tut. Wir hoffen, dass sie diesmal ohne Probleme bei Ihrer Tochter ankommt.

Mit freundlichen Grüßen
Tým Světýlko Shop""", "whole reply in German for a Czech buyer", "de"),
("j16a", "invented_tracking_number", "je CZ771390518CN.",
 "je CZ771390518CN, u Zásilkovny ji najdete pod číslem Z 4418209377.",
 "extra carrier number not in the dispute"),
("j16a", "refund_promise", "Věříme, že tentokrát dorazí",
 "Za všechny komplikace k ní navíc přibalíme malý dárek zdarma. Věříme, že tentokrát dorazí",
 "free gift offered beyond the reshipment"),
("j16a", "blame", "Věříme, že tentokrát dorazí k Vaší dceři bez potíží.",
 "Minule to Zásilkovna zjevně ztratila vlastní nedbalostí, tak snad si tentokrát dají větší pozor.",
 "blames the carrier"),
("j16a", "shouting", "Už je na cestě",
 "LAMPIČKA UŽ JE ZASE NA CESTĚ!!! Už je na cestě",
 "all-caps sentence with !!!"),
("j16a", "internal_note", "\n\nS pozdravem",
 "\n\npozn. pro kolegy: nové číslo nahrát do sporu i do objednávky\n\nS pozdravem",
 "internal note left in"),
]
