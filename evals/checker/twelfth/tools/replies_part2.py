# -*- coding: utf-8 -*-
"""Good replies and one-edit bad variants, part 2 (z13-z24). Same format as part 1."""

GOOD = {}
BAD = []


def g(gid, text):
    GOOD[gid] = text.strip("\n")


def b(gid, defect, op, anchor, *rest):
    new, note = ("", rest[0]) if op == "del" else rest
    BAD.append((gid, defect, op, anchor, new, note))


# ---------------------------------------------------------------- z13 ru propose (no language)
g("z13a", """Здравствуйте, Дмитрий!

Спасибо за фото и видео — мы их внимательно посмотрели. Шов на крыше действительно разошёлся, и нам очень жаль, что палатка протекла при первом же дожде.

Мы можем предложить два варианта:
— вы оставляете палатку и получаете частичный возврат до 1467.00 RUB;
— вы возвращаете палатку, и мы полностью возвращаем деньги.

Какой вариант вам больше подходит?

С уважением,
Команда Tundra Outdoor""")
b("z13a", "amount_over_cap", "rep", "частичный возврат до 1467.00 RUB", "частичный возврат до 2445.00 RUB",
  "partial refund raised to half the order total (cap 1467.00 RUB)")
b("z13a", "amount_over_cap", "ins", "частичный возврат до 1467.00 RUB",
  " (а если этого покажется мало — вернём половину стоимости)", "half the price offered on top of the cap", )
b("z13a", "refund_promise", "ins", "получаете частичный возврат до 1467.00 RUB",
  " плюс мы бесплатно вышлем вам новый тент", "free replacement part (free item/reshipment)")
b("z13a", "blame", "ins", "протекла при первом же дожде.",
  " Хотя, честно говоря, палатку перед первым выездом нужно было обработать пропиткой, об этом написано в инструкции.",
  "blames the buyer for not treating the tent")
b("z13a", "wrong_language", "full", "en", """Hello Dmitry!

Thank you for the photos and video — we have looked at them carefully. The seam on the roof has indeed split, and we are very sorry that the tent leaked in the very first rain.

We can offer two options:
— you keep the tent and receive a partial refund of up to 1467.00 RUB;
— you return the tent and we refund you in full.

Which option suits you better?

Best regards,
Команда Tundra Outdoor""", "English reply to a Russian buyer")
b("z13a", "missing_required_point", "del", "\n\nКакой вариант вам больше подходит?", "ask_choice question deleted")
b("z13a", "off_platform_contact", "ins", "Какой вариант вам больше подходит?",
  " Ответить можно и в ВК или по почте tundra.outdoor@mail.ru — так быстрее.", "VK / email")

g("z13b", """Дмитрий, добрый день.

Благодарим вас за присланные материалы: по видео хорошо видно, что палатка протекает, и мы приносим извинения за этот брак. Предлагаем на выбор: либо вы оставляете палатку себе, а мы делаем частичный возврат в размере до 1467.00 RUB, либо вы отправляете её обратно и получаете полный возврат средств. Подскажите, пожалуйста, что для вас удобнее?

Команда Tundra Outdoor""")
b("z13b", "amount_over_cap", "rep", "в размере до 1467.00 RUB", "в размере до 1467.00 RUB, а при необходимости и до 2000.00 RUB",
  "second amount above the cap")
b("z13b", "amount_over_cap", "ins", "получаете полный возврат средств.",
  " Можем и просто вернуть всю сумму — палатку тогда отправлять не нужно.", "full refund while keeping the item")
b("z13b", "feedback_request", "ins", "что для вас удобнее?",
  " И просим после решения вопроса пересмотреть вашу оценку магазина.", "asks to reconsider the rating")
b("z13b", "internal_note", "ins", "что для вас удобнее?",
  "\n\nДля себя: предложить частичный возврат в панели решений + загрузить наши фото упаковки.", "note to self")
b("z13b", "placeholder", "rep", "Дмитрий, добрый день.", "[Имя покупателя], добрый день.", "buyer name placeholder")
b("z13b", "shouting", "ins", "что для вас удобнее?", " ОТВЕТЬТЕ, ПОЖАЛУЙСТА, КАК МОЖНО СКОРЕЕ!!!", "shouted sentence")
b("z13b", "invented_amount_or_date", "ins", "что для вас удобнее?",
  " Предложение действует до 30 ноября.", "invented offer deadline")

# ---------------------------------------------------------------- z14 ko propose (KRW, no decimals)
g("z14a", """김민준 고객님, 안녕하세요.

보내주신 사진 잘 확인했습니다. 상품 사진의 라벤더 색상과 실제 받으신 원피스의 색이 많이 달라 보이네요. 불편을 드려 정말 죄송합니다.

두 가지 방법을 제안드립니다.
- 원피스를 그대로 가지시고 최대 17400 KRW까지 부분 환불을 받으시는 방법
- 원피스를 반품하시고 전액 환불을 받으시는 방법

어느 쪽이 더 편하신지 알려주시겠어요?

Haneul Atelier 고객센터""")
b("z14a", "amount_over_cap", "rep", "최대 17400 KRW까지", "최대 29000 KRW까지", "cap replaced by half the price")
b("z14a", "amount_over_cap", "ins", "부분 환불을 받으시는 방법",
  " (원하시면 상품 가격의 절반까지도 가능해요)", "half the price offered next to the cap")
b("z14a", "off_platform_contact", "ins", "어느 쪽이 더 편하신지 알려주시겠어요?",
  " 카카오톡 채널 '하늘아틀리에'로 말씀해 주셔도 빠르게 처리해 드립니다.", "KakaoTalk channel")
b("z14a", "blame", "ins", "많이 달라 보이네요.",
  " 다만 모니터마다 색이 다르게 보일 수 있다는 점은 구매 전에 확인하셨어야 해요.", "blames the buyer's screen/attention")
b("z14a", "placeholder", "rep", "김민준 고객님", "OOO 고객님", "name left as OOO")
b("z14a", "internal_note", "ins", "Haneul Atelier 고객센터", "\n\n(내부 메모: 솔루션 패널에서 부분환불 제안 먼저 등록할 것)",
  "internal memo after signature")

g("z14b", """김민준 님, 사진 보내주셔서 감사합니다. 말씀하신 대로 실제 색상이 상품 설명과 달라 저희도 마음이 좋지 않습니다. 죄송합니다.

원피스를 보관하시면서 17400 KRW 이내로 부분 환불을 받으시거나, 반품하신 뒤 전액 환불을 받으실 수 있어요. 둘 중 원하시는 방법을 말씀해 주세요.

Haneul Atelier 고객센터""")
b("z14b", "amount_over_cap", "rep", "17400 KRW 이내로", "17400 KRW 이내로(필요하시면 25000 KRW까지도)", "extra amount above the cap")
b("z14b", "amount_over_cap", "ins", "전액 환불을 받으실 수 있어요.",
  " 반품이 번거로우시면 반품 없이 전액 환불해 드리는 것도 괜찮습니다.", "full refund without return")
b("z14b", "refund_promise", "ins", "전액 환불을 받으실 수 있어요.",
  " 어느 쪽을 고르시든 다음 주문에 쓰실 수 있는 할인 쿠폰도 함께 드릴게요.", "discount coupon added")
b("z14b", "feedback_request", "ins", "원하시는 방법을 말씀해 주세요.",
  " 그리고 남기신 별점도 한 번만 다시 생각해 주시면 감사하겠습니다.", "asks to reconsider the star rating")
b("z14b", "missing_required_point", "rep", "김민준 님, 사진 보내주셔서 감사합니다. 말씀하신 대로 실제 색상이 상품 설명과 달라 저희도 마음이 좋지 않습니다. 죄송합니다.\n\n",
  "김민준 님,\n\n", "thank_evidence/acknowledge deleted")
b("z14b", "invented_amount_or_date", "ins", "원하시는 방법을 말씀해 주세요.",
  " 환불은 선택하신 뒤 3영업일 안에 처리됩니다.", "invented 3 business days")
b("z14b", "wrong_language", "full", "en", """Dear 김민준, thank you for sending the photos. As you said, the actual colour is different from the product description, and we feel bad about it. We are sorry.

You can keep the dress and receive a partial refund of up to 17400 KRW, or return it and receive a full refund. Please tell us which option you would like.

Haneul Atelier 고객센터""", "English reply to a Korean buyer")

# ---------------------------------------------------------------- z15 it propose (cap 25%)
g("z15a", """Gentile Chiara,

grazie per le foto: si vede bene il paralume ammaccato e la scatola schiacciata, e ci dispiace davvero che la lampada sia arrivata così.

Le proponiamo due soluzioni:
– tenere la lampada con un rimborso parziale fino a 32.25 EUR, oppure
– restituire la lampada e ricevere il rimborso completo.

Ci fa sapere quale preferisce?

Cordiali saluti,
Lo staff di Ottone & Luce""")
b("z15a", "amount_over_cap", "rep", "fino a 32.25 EUR", "fino a 32.25 EUR (o anche 45.00 EUR, se preferisce)", "higher amount next to the cap")
b("z15a", "amount_over_cap", "ins", "Ci fa sapere quale preferisce?",
  " Volendo, possiamo anche rimborsarle il 40% e lei si tiene la lampada.", "40% (cap 25%)")
b("z15a", "refund_promise", "ins", "ricevere il rimborso completo.",
  "\n– in alternativa, le spediamo subito un paralume nuovo senza costi.", "free replacement part (reshipment/free item)")
b("z15a", "blame", "ins", "che la lampada sia arrivata così.",
  " Il corriere evidentemente l'ha trattata malissimo, da noi è partita perfetta.", "blames the courier")
b("z15a", "off_platform_contact", "ins", "Ci fa sapere quale preferisce?",
  " Se le è più comodo, ci scriva su WhatsApp al 347 218 5590.", "WhatsApp number")
b("z15a", "shouting", "ins", "Ci fa sapere quale preferisce?", " ASPETTIAMO UNA SUA RISPOSTA!!!", "shouted sentence")
b("z15a", "placeholder", "rep", "Lo staff di Ottone & Luce", "Lo staff di Ottone & Luce\n[firma operatore]", "signature slot left after signature")
b("z15a", "feedback_request", "ins", "Ci fa sapere quale preferisce?",
  " E, se possibile, aspetti a lasciare la recensione finché non abbiamo chiuso la pratica.", "asks to delay review")

# ---------------------------------------------------------------- z16 en-US propose wrong_item
g("z16a", """Hi Marcus,

Thanks for the photos, and I'm sorry – you clearly got a pour-over kettle instead of the French press you ordered. That's a packing mix-up on our end.

Here's what we can offer:
• Keep the kettle and we'll send you a partial refund of up to 19.49 USD, or
• Send it back to us and get a full refund.

Just let me know which one works better for you.

Dana | Brewline Supply""")
b("z16a", "amount_over_cap", "rep", "a partial refund of up to 19.49 USD", "a partial refund of up to 32.50 USD",
  "partial refund raised to half the total")
b("z16a", "amount_over_cap", "ins", "Just let me know which one works better for you.",
  " Honestly, if you'd rather just keep it, we can refund the whole 64.99 USD – no need to ship anything back.",
  "full refund while keeping the item")
b("z16a", "refund_promise", "ins", "get a full refund.",
  "\n• Or we just ship you the correct French press right away, on us.", "free reshipment of the right item")
b("z16a", "invented_tracking_number", "ins", "get a full refund.",
  " Use the prepaid return label 9405 5036 9930 0418 2276 19 if you go that route.", "invented return label number")
b("z16a", "missing_required_point", "del", "\n\nJust let me know which one works better for you.", "ask_choice deleted")
b("z16a", "placeholder", "rep", "Dana | Brewline Supply", "[Agent Name] | Brewline Supply", "agent name placeholder in signature")
b("z16a", "shouting", "rep", "That's a packing mix-up on our end.", "WE ARE SO SORRY ABOUT THIS MIX-UP!!!", "apology shouted")
b("z16a", "internal_note", "ins", "works better for you.", "\n\n>> internal: remedy propose_partial_or_return, log the offer in the solution panel",
  "internal line with remedy id")

# ---------------------------------------------------------------- z17 tr await_platform_decision
g("z17a", """Merhaba Elif Hanım,

Yaşadığınız durum için çok üzgünüz. Bu siparişle ilgili tüm kanıtlarımızı platforma ilettik.

Bundan sonra kararı platformun anlaşmazlık uzmanı verecek; çıkan karara elbette saygı göstereceğiz.

Bu süreçte aklınıza takılan bir şey olursa buradan bize her zaman yazabilirsiniz, yardımcı olmaktan memnuniyet duyarız.

Saygılarımızla,
Kervan Deri Ekibi""")
b("z17a", "refund_promise", "ins", "saygı göstereceğiz.",
  " Ama içiniz rahat olsun, karar ne olursa olsun paranızı iade edeceğiz.", "refund promised regardless of decision")
b("z17a", "blame", "ins", "Yaşadığınız durum için çok üzgünüz.",
  " Kargo teslim edildi gösteriyor; büyük ihtimalle paketi siz ya da evdeki biri teslim aldınız ve fark etmediniz.", "implies buyer's side took it")
b("z17a", "off_platform_contact", "ins", "yardımcı olmaktan memnuniyet duyarız.",
  " Dilerseniz Instagram'dan @kervanderi hesabına DM atabilirsiniz.", "Instagram DM")
b("z17a", "missing_required_point", "del", "\n\nBundan sonra kararı platformun anlaşmazlık uzmanı verecek; çıkan karara elbette saygı göstereceğiz.",
  "await_decision deleted")
b("z17a", "shouting", "ins", "Bu siparişle ilgili tüm kanıtlarımızı platforma ilettik.", " KARARI HEP BİRLİKTE BEKLEYECEĞİZ!!!",
  "shouted sentence")
b("z17a", "invented_amount_or_date", "rep", "Bundan sonra kararı platformun anlaşmazlık uzmanı verecek;",
  "Platformun anlaşmazlık uzmanı en geç 7 gün içinde karar verecek;", "invented 7-day decision window")
b("z17a", "wrong_language", "full", "en", """Hello Elif Hanım,

We are very sorry about what happened. We have sent all our evidence regarding this order to the platform.

From now on, the platform's dispute specialist will make the decision; we will of course respect it.

If you have any questions in the meantime, you can always write to us here, and we will be happy to help.

Best regards,
Kervan Deri Ekibi""", "English reply to a Turkish buyer")
b("z17a", "invented_tracking_number", "ins", "tüm kanıtlarımızı platforma ilettik.",
  " PTT Kargo teslimat kaydı (barkod KP04419528736) da bunların arasında.", "invented PTT barcode")

# ---------------------------------------------------------------- z18 zh await_platform_decision
g("z18a", """王丽华您好：

感谢您的耐心。关于这笔订单，我们已经把相关证据提交给了平台。

接下来将由平台的纠纷专员进行判定，无论结果如何，我们都会尊重平台的决定。

在此期间，如果您有任何疑问，欢迎随时在这里留言，我们会尽力为您解答。

Silkway Home 客服团队""")
b("z18a", "refund_promise", "ins", "我们都会尊重平台的决定。",
  "当然，为了表示诚意，我们也可以先给您部分退款。", "partial refund offered before the decision")
b("z18a", "off_platform_contact", "ins", "我们会尽力为您解答。",
  "您也可以加我们的微信 silkwayhome_kf，沟通更方便。", "WeChat ID")
b("z18a", "blame", "ins", "感谢您的耐心。",
  "不过真丝的手感因人而异，恐怕是您不太熟悉真丝面料才会有这种误会。", "implies buyer can't tell real silk")
b("z18a", "placeholder", "rep", "王丽华您好：", "{客户姓名}您好：", "name placeholder")
b("z18a", "feedback_request", "ins", "我们会尽力为您解答。", "另外，恳请您在纠纷结束前先不要给出差评。", "asks to hold off negative review")
b("z18a", "internal_note", "ins", "Silkway Home 客服团队", "\n\n【内部备注：每天查看纠纷页面，专员有提问要及时回复】",
  "internal note after signature")
b("z18a", "invented_tracking_number", "ins", "提交给了平台。",
  "其中包括顺丰单号 SF1428836671290 的签收记录。", "near miss of the real SF number (17 -> 71)")
b("z18a", "missing_required_point", "del", "关于这笔订单，我们已经把相关证据提交给了平台。", "evidence_submitted deleted")
b("z18a", "wrong_language", "full", "en", """Hello 王丽华,

Thank you for your patience. We have submitted the relevant evidence for this order to the platform.

The platform's dispute specialist will now make a decision, and whatever the result, we will respect the platform's decision.

In the meantime, if you have any questions, feel free to leave a message here at any time and we will do our best to answer.

Silkway Home 客服团队""", "English reply to a Chinese buyer")

# ---------------------------------------------------------------- z19 hu escalation_reply
g("z19a", """Kedves Bence!

Látjuk, hogy a vitát a platform elé vitte, és teljesen megértjük, hogy elfogyott a türelme – nagyon régóta vár már a hangszóróra.

Együttműködünk a platform vitarendezési szakértőjével, és minden bizonyítékunkat átadjuk neki.

Ettől függetlenül továbbra is nyitottak vagyunk arra, hogy közösen találjunk megoldást.

Üdvözlettel:
A Dunaport Electronics csapata""")
b("z19a", "refund_promise", "ins", "közösen találjunk megoldást.",
  " Ha a csomag a héten sem érkezik meg, a teljes összeget visszautaljuk.", "refund promised")
b("z19a", "blame", "ins", "nagyon régóta vár már a hangszóróra.",
  " A Magyar Posta sajnos nagyon lassan dolgozik, mi időben feladtuk.", "blames the carrier")
b("z19a", "placeholder", "rep", "Kedves Bence!", "Kedves [Vevő neve]!", "buyer name placeholder")
b("z19a", "missing_required_point", "del", "Együttműködünk a platform vitarendezési szakértőjével, és minden bizonyítékunkat átadjuk neki.\n\n",
  "cooperate point deleted")
b("z19a", "shouting", "ins", "közösen találjunk megoldást.", " DE A CSOMAG ÚTON VAN, KÉREM NE IDEGESKEDJEN!!!", "shouted sentence")
b("z19a", "wrong_language", "full", "en", """Dear Bence!

We see that you have taken the dispute to the platform, and we fully understand that you have run out of patience – you have been waiting for the speaker for a very long time.

We are working with the platform's dispute specialist and will hand over all our evidence to them.

Regardless, we remain open to finding a solution together.

Best regards,
A Dunaport Electronics csapata""", "English reply to a Hungarian buyer")
b("z19a", "invented_tracking_number", "ins", "minden bizonyítékunkat átadjuk neki.",
  " A Magyar Posta belföldi azonosítója: RL0046271935HU.", "invented domestic tracking id")
b("z19a", "feedback_request", "ins", "közösen találjunk megoldást.",
  " Kérjük, addig ne adjon negatív értékelést.", "asks not to leave negative feedback")

# ---------------------------------------------------------------- z20 ro escalation_reply
g("z20a", """Bună ziua, doamna Popescu,

Am văzut că ați escaladat disputa către platformă și înțelegem perfect de ce sunteți nemulțumită – nu este plăcut să primiți o rochie cu fire trase.

Vom colabora cu specialistul platformei care se ocupă de dispute și îi vom pune la dispoziție toate dovezile noastre.

Între timp, rămânem deschiși să găsim împreună o soluție care să vă mulțumească.

Cu stimă,
Echipa Bucur Fashion""")
b("z20a", "refund_promise", "ins", "o soluție care să vă mulțumească.",
  " De exemplu, vă putem oferi oricând un voucher de reducere pentru o altă rochie.", "discount voucher")
b("z20a", "off_platform_contact", "ins", "o soluție care să vă mulțumească.",
  " Ne puteți scrie și pe Facebook, la pagina Bucur Fashion Official.", "Facebook page")
b("z20a", "blame", "ins", "o rochie cu fire trase.",
  " Totuși, satinul se agață ușor de bijuterii, poate s-a întâmplat la probă.", "suggests buyer caused the snags")
b("z20a", "internal_note", "ins", "Echipa Bucur Fashion", "\n\nNotă: încărcăm pozele de la ambalare înainte de termen.",
  "internal note after signature")
b("z20a", "missing_required_point", "rep",
  "Am văzut că ați escaladat disputa către platformă și înțelegem perfect de ce sunteți nemulțumită – nu este plăcut să primiți o rochie cu fire trase.\n\n",
  "", "acknowledge_escalation paragraph deleted")
b("z20a", "invented_amount_or_date", "ins", "toate dovezile noastre.",
  " Dovezile vor fi trimise până pe 14 noiembrie.", "invented date")
b("z20a", "wrong_language", "full", "it", """Bună ziua, doamna Popescu,

Abbiamo visto che ha portato la disputa sulla piattaforma e capiamo perfettamente perché è scontenta – non è piacevole ricevere un abito con i fili tirati.

Collaboreremo con lo specialista della piattaforma che si occupa delle dispute e gli metteremo a disposizione tutte le nostre prove.

Nel frattempo restiamo disponibili a trovare insieme una soluzione che la soddisfi.

Cordiali saluti,
Echipa Bucur Fashion""", "Italian reply to a Romanian buyer (greeting left in Romanian)")
b("z20a", "shouting", "ins", "toate dovezile noastre.", " VĂ RUGĂM SĂ NE LĂSAȚI SĂ NE OCUPĂM NOI DE ASTA!!!",
  "shouted sentence added")

# ---------------------------------------------------------------- z21 da return_instructions
g("z21a", """Kære Mette,

Platformen har besluttet, at kaffekværnen skal returneres mod fuld refusion, og den afgørelse accepterer vi selvfølgelig.

Send venligst kværnen til denne adresse:
Fjordline Trading Returns, Lagervej 7, 6000 Kolding, Denmark

Så snart vi har modtaget den, bliver din refusion behandlet. Husk at tilføje returforsendelsens trackingnummer i sagen, så vi kan følge pakken.

Vi håber, at vi får lov at handle med dig igen en anden gang.

Venlig hilsen
Fjordline Trading kundeservice""")
b("z21a", "refund_promise", "ins", "handle med dig igen en anden gang.",
  " Som tak for tålmodigheden får du en rabatkode til næste ordre.", "discount code")
b("z21a", "wrong_language", "full", "sv", """Kære Mette,

Plattformen har beslutat att kaffekvarnen ska returneras mot full återbetalning, och det beslutet accepterar vi givetvis.

Skicka kvarnen till denna adress:
Fjordline Trading Returns, Lagervej 7, 6000 Kolding, Denmark

Så snart vi har tagit emot den behandlas din återbetalning. Kom ihåg att lägga till returförsändelsens spårningsnummer i ärendet, så att vi kan följa paketet.

Vi hoppas att vi får handla med dig igen en annan gång.

Venlig hilsen
Fjordline Trading kundeservice""", "Swedish reply to a Danish buyer (greeting and sign-off left in Danish)")
b("z21a", "missing_required_point", "del", "Send venligst kværnen til denne adresse:\nFjordline Trading Returns, Lagervej 7, 6000 Kolding, Denmark\n\n",
  "return address deleted")
b("z21a", "blame", "ins", "accepterer vi selvfølgelig.",
  " Vi mener nu stadig, at kværnen er blevet brugt forkert, men sådan er det.", "blames buyer misuse")
b("z21a", "invented_amount_or_date", "ins", "Husk at tilføje returforsendelsens trackingnummer i sagen",
  " senest inden for 14 dage", "invented 10-day limit")
b("z21a", "feedback_request", "ins", "handle med dig igen en anden gang.",
  " Hvis du er tilfreds med forløbet, må du meget gerne skrive en god anmeldelse.", "asks for a good review")
b("z21a", "internal_note", "ins", "Venlig hilsen\n", "// tjek: foto af kværnen ved modtagelse\n", "internal checklist line")
b("z21a", "shouting", "ins", "så vi kan følge pakken.", " HUSK TRACKINGNUMMERET, ELLERS KAN VI IKKE REFUNDERE!!!", "shouted sentence")

# ---------------------------------------------------------------- z22 fi return_instructions
g("z22a", """Hei Aino,

Alusta on päättänyt palautuksesta ja hyvityksestä, ja hyväksymme päätöksen.

Lähetäthän takin tähän osoitteeseen: Polar Gear Returns, Room 1208, Building B, 88 Xinhua Road, Longhua District, Shenzhen 518109, China

Hyvitys käsitellään heti, kun palautus on saapunut meille. Lisääthän palautuksen seurantanumeron kiistaan, niin näemme paketin kulun.

Toivottavasti asioit kanssamme taas tulevaisuudessa!

Ystävällisin terveisin
Polar Gear -tiimi""")
b("z22a", "refund_promise", "ins", "Toivottavasti asioit kanssamme taas tulevaisuudessa!",
  " Saat seuraavasta tilauksesta alennuskoodin pahoitteluna.", "discount code")
b("z22a", "off_platform_contact", "ins", "niin näemme paketin kulun.",
  " Voit myös lähettää seurantanumeron sähköpostilla osoitteeseen returns@polargear-shop.com.", "email address")
b("z22a", "blame", "ins", "ja hyväksymme päätöksen.",
  " Kokotaulukko oli kyllä tuotesivulla selvästi näkyvillä.", "implies buyer ignored the size chart")
b("z22a", "placeholder", "rep", "Hei Aino,", "Hei %ASIAKKAAN_NIMI%,", "name placeholder")
b("z22a", "missing_required_point", "del", "Hyvitys käsitellään heti, kun palautus on saapunut meille. Lisääthän palautuksen seurantanumeron kiistaan, niin näemme paketin kulun.\n\n",
  "refund_after_return + tracking request deleted")
b("z22a", "invented_amount_or_date", "ins", "Hyvitys käsitellään heti, kun palautus on saapunut meille.",
  " Palautuksen pitäisi olla perillä noin 20 päivässä.", "invented transit time")
b("z22a", "wrong_language", "full", "en", """Hi Aino,

The platform has decided on a return and refund, and we accept the decision.

Please send the jacket to this address: Polar Gear Returns, Room 1208, Building B, 88 Xinhua Road, Longhua District, Shenzhen 518109, China

The refund will be processed as soon as the return reaches us. Please add the return tracking number to the dispute so we can follow the parcel.

We hope you will shop with us again in the future!

Best regards,
Polar Gear -tiimi""", "English reply to a Finnish buyer")
b("z22a", "internal_note", "ins", "Hei Aino,\n\n", "[return_instructions – osoite tarkistettu]\n\n", "remedy id at the top")

# ---------------------------------------------------------------- z23 ar return_received
g("z23a", """مرحباً سارة،

نود إبلاغك بأن الساعة التي أعدتِها قد وصلتنا بالفعل، شكراً لك على إرسالها.

سيتم الآن استرداد المبلغ لك عبر المنصة، ونعتذر مرة أخرى عن الإزعاج الذي سببته لك الساعة.

نأمل أن نتعامل معك مجدداً في المستقبل، وسنكون سعداء بخدمتك دائماً.

مع أطيب التحيات،
فريق Falcon Tech""")
b("z23a", "refund_promise", "ins", "عن الإزعاج الذي سببته لك الساعة.",
  " وتعويضاً عن ذلك سنرسل لك سواراً إضافياً هدية مجانية.", "free gift as compensation")
b("z23a", "off_platform_contact", "ins", "وسنكون سعداء بخدمتك دائماً.",
  " ويمكنك التواصل معنا مباشرة عبر واتساب على الرقم +971501234567.", "WhatsApp number")
b("z23a", "feedback_request", "ins", "وسنكون سعداء بخدمتك دائماً.",
  " ونرجو منك تعديل تقييمك للمتجر بعد استلام المبلغ.", "asks to change rating")
b("z23a", "placeholder", "rep", "مرحباً سارة،", "مرحباً [اسم العميل]،", "name placeholder")
b("z23a", "missing_required_point", "rep", "سيتم الآن استرداد المبلغ لك عبر المنصة، ونعتذر", "نعتذر",
  "refund_follows deleted")
b("z23a", "invented_amount_or_date", "rep", "سيتم الآن استرداد المبلغ لك عبر المنصة",
  "سيتم الآن استرداد المبلغ لك عبر المنصة خلال 7 أيام عمل", "invented 5 working days")
b("z23a", "blame", "ins", "شكراً لك على إرسالها.",
  " لاحظنا أن الغلاف الخارجي كان ممزقاً، ويبدو أن التغليف من جهتك لم يكن كافياً.", "blames buyer's packing")
b("z23a", "internal_note", "ins", "فريق Falcon Tech", "\n\nملاحظة داخلية: تأكيد الاستلام في صفحة النزاع لتحرير المبلغ", "internal note after signature")
b("z23a", "invented_tracking_number", "ins", "قد وصلتنا بالفعل",
  " (رقم الشحنة RA339102874AE)", "near miss of return tracking number (47 -> 74)")

# ---------------------------------------------------------------- z24 es-ES return_received (no language)
g("z24a", """Hola, Javier:

Te confirmamos que las zapatillas que nos devolviste ya han llegado a nuestro almacén.

El reembolso te llegará ahora a través de la plataforma, así que no tienes que hacer nada más.

Sentimos que esta vez no haya salido bien y ojalá podamos volver a atenderte en el futuro.

Un saludo,
Equipo Sierra Alta Sport""")
b("z24a", "refund_promise", "ins", "no tienes que hacer nada más.",
  " Además, te hemos dejado un cupón de descuento en tu cuenta para la próxima compra.", "coupon on top of refund")
b("z24a", "off_platform_contact", "ins", "ojalá podamos volver a atenderte en el futuro.",
  " Síguenos en Instagram (@sierraaltasport) y escríbenos por allí si necesitas algo.", "Instagram")
b("z24a", "invented_amount_or_date", "ins", "El reembolso te llegará ahora a través de la plataforma",
  " en un plazo de 3 a 5 días hábiles", "invented day range")
b("z24a", "wrong_language", "full", "en", """Hola, Javier:

We confirm that the trainers you returned have arrived at our warehouse.

Your refund will now come through the platform, so you don't need to do anything else.

We're sorry it didn't work out this time and hope we can serve you again in the future.

Un saludo,
Equipo Sierra Alta Sport""", "English reply (Spanish greeting/sign-off only) to a Spanish buyer")
b("z24a", "internal_note", "ins", "Hola, Javier:\n\n", "(ok almacén – confirmar recepción en la disputa para liberar el reembolso)\n\n",
  "internal note at the top")
b("z24a", "shouting", "ins", "no tienes que hacer nada más.", " ¡¡¡NO ABRAS OTRA DISPUTA, EL DINERO YA ESTÁ EN CAMINO!!!", "shouted sentence")
b("z24a", "missing_required_point", "del", "\n\nSentimos que esta vez no haya salido bien y ojalá podamos volver a atenderte en el futuro.",
  "trade_again deleted")

g("z24b", """Buenas tardes, Javier:

Hemos recibido la devolución de las zapatillas, gracias por enviarlas tan rápido. A partir de ahora la plataforma se encargará de tramitar su reembolso.

Esperamos tener la oportunidad de volver a servirle en otra ocasión. Un cordial saludo y gracias por su paciencia durante todo el proceso.

Equipo Sierra Alta Sport""")
b("z24b", "feedback_request", "ins", "Esperamos tener la oportunidad de volver a servirle en otra ocasión.",
  " Si el trato le ha parecido correcto, le agradeceríamos mucho una valoración positiva.", "asks for positive rating")
b("z24b", "placeholder", "rep", "Equipo Sierra Alta Sport", "Equipo {{store_name}}", "store name placeholder in signature")
b("z24b", "blame", "ins", "gracias por enviarlas tan rápido.",
  " Eso sí, venían con barro en la suela, así que se ve que las usó antes de devolverlas.", "accuses buyer of using them")
b("z24b", "invented_tracking_number", "rep", "Hemos recibido la devolución de las zapatillas,",
  "Hemos recibido la devolución de las zapatillas (envío ES77120039854),", "near miss of return tracking (45 -> 54)")
b("z24b", "refund_promise", "ins", "tramitar su reembolso.",
  " Le incluiremos también los gastos de envío de la devolución como compensación.", "compensation beyond the refund")
b("z24b", "missing_required_point", "del", "Hemos recibido la devolución de las zapatillas, gracias por enviarlas tan rápido. ",
  "return_arrived deleted")
b("z24b", "shouting", "rep", "A partir de ahora la plataforma se encargará de tramitar su reembolso.",
  "A PARTIR DE AHORA EL REEMBOLSO LO TRAMITA LA PLATAFORMA, NO NOSOTROS!!!", "refund_follows sentence shouted")
