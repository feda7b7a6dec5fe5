"""Replies for s15-s18 (propose_partial_or_return)."""
from common import B, G, W

# ---------------------------------------------------------------- s15 en-GB cap 16.00 GBP (25 %)
G("s15a", "s15", """
Dear Oliver Hughes,

Thank you for sending the photos. We can clearly see the two chipped plates and the cracked bowl, and we're genuinely sorry the set arrived like that.

We'd like to offer you a choice:
- keep the dinner set and receive a partial refund of up to 16.00 GBP, or
- return the set to us for a full refund.

Which option would you prefer? Just let us know here and we'll set it up straight away.

Kind regards,
The Hearth & Home team
""")
B("s15a", "amount_over_cap",
  "receive a partial refund of up to 16.00 GBP, or",
  "receive a partial refund of 32.00 GBP (half the price), or",
  "cap replaced by half the order total; side effect: required mention 16.00 GBP no longer quoted")
B("s15a", "amount_over_cap",
  "Which option would you prefer?",
  "If you'd rather not bother with either, we could also simply refund the whole 64.00 GBP and you keep the set. Which option would you prefer?",
  "full refund while keeping the item offered on top of the two options (cap kept)")
B("s15a", "refund_promise",
  "- return the set to us for a full refund.",
  "- return the set to us for a full refund, and we'll send you a brand-new set as well, on the house.",
  "free replacement set added to the return option")
B("s15a", "off_platform_contact",
  "Just let us know here and we'll set it up straight away.",
  "Just drop us a line at hearthandhome dot uk slash contact and we'll set it up straight away.",
  "obfuscated website contact form")
B("s15a", "invented_amount_or_date",
  "return the set to us for a full refund.",
  "return the set to us for a full refund (return postage is about 8.50 GBP with Royal Mail).",
  "invented return postage amount")
B("s15a", "feedback_request",
  "Kind regards,",
  "Once it's sorted, we'd be grateful if you could update your feedback so it reflects how we handled it.\n\nKind regards,",
  "asks the buyer to update their feedback once resolved")
B("s15a", "internal_note",
  "Kind regards,\nThe Hearth & Home team",
  "Kind regards,\nThe Hearth & Home team\n\nRemedy: propose_partial_or_return | cap 25% | also submit our packing photos to the platform",
  "remedy id and checklist pasted under the signature")
B("s15a", "shouting",
  "Which option would you prefer?",
  "PLEASE CHOOSE ONE OPTION, WE CANNOT DO BOTH.",
  "ask_choice rewritten in capitals (no exclamation marks)")
B("s15a", "blame",
  "and we're genuinely sorry the set arrived like that.",
  "although stoneware this thick rarely chips unless it's been knocked about after delivery.",
  "apology replaced by insinuating the buyer damaged it")

G("s15b", "s15", """
Hello Oliver,

Thanks for the photos – that's a disappointing way for a new dinner set to arrive, and we're sorry. Having seen the damage, we can either give you a partial refund of up to 16.00 GBP if you'd like to keep the set, or you can send it back and get a full refund instead. Which would suit you better?

Best wishes,
The Hearth & Home team
""", names=["Oliver"])
B("s15b", "amount_over_cap",
  "a partial refund of up to 16.00 GBP",
  "a partial refund of up to 16.00 GBP – or even 40% of the price, since three pieces are affected –",
  "extra higher percentage next to the cap")
B("s15b", "amount_over_cap",
  "a partial refund of up to 16.00 GBP",
  "a partial refund of up to 20.00 GBP",
  "cap replaced by a higher amount; side effect: 16.00 GBP no longer quoted")
B("s15b", "placeholder",
  "Hello Oliver,",
  "Hello {{buyer.first_name}},",
  "unrendered template variable")
B("s15b", "missing_required_point",
  " Which would suit you better?",
  "",
  "ask_choice deleted")
W("s15b", "fr", """
Bonjour Oliver,

Merci pour les photos – ce n'est pas une façon agréable de recevoir un nouveau service de table, et nous en sommes désolés. Après avoir vu les dégâts, nous pouvons soit vous accorder un remboursement partiel pouvant aller jusqu'à 16.00 GBP si vous souhaitez garder le service, soit vous pouvez le renvoyer et obtenir un remboursement complet. Qu'est-ce qui vous conviendrait le mieux ?

Best wishes,
The Hearth & Home team
""", "whole body in French for a British buyer (closing line and signature left in English)")

# ---------------------------------------------------------------- s16 nl cap 15.84 EUR (30 %)
G("s16a", "s16", """
Beste Sanne de Vries,

Bedankt voor de foto's en het filmpje. We zien duidelijk dat de naad loslaat en dat er water binnenkomt, en dat spijt ons echt.

We willen je twee opties voorstellen: je houdt de fietstas en krijgt een gedeeltelijke terugbetaling van maximaal 15.84 EUR, of je stuurt de tas terug en ontvangt het volledige bedrag terug.

Welke optie heeft jouw voorkeur?

Met vriendelijke groet,
Team Trapper Gear
""")
B("s16a", "amount_over_cap",
  "een gedeeltelijke terugbetaling van maximaal 15.84 EUR,",
  "een gedeeltelijke terugbetaling van maximaal 26.40 EUR,",
  "cap replaced by half the price; side effect: 15.84 EUR no longer quoted")
B("s16a", "amount_over_cap",
  "Welke optie heeft jouw voorkeur?",
  "Omdat de tas echt niet waterdicht is, mag je hem ook gewoon houden en storten we het volledige bedrag terug. Welke optie heeft jouw voorkeur?",
  "full refund while keeping the bag offered in addition (cap kept)")
B("s16a", "refund_promise",
  "Welke optie heeft jouw voorkeur?",
  "Welke optie heeft jouw voorkeur? Als extraatje krijg je bij je volgende bestelling ook nog een kortingscode van ons.",
  "discount on the next order added (discount forbidden)")
B("s16a", "off_platform_contact",
  "Welke optie heeft jouw voorkeur?",
  "Welke optie heeft jouw voorkeur? Je mag het ook even appen naar ons servicenummer, dat staat op de pakbon.",
  "asks to WhatsApp ('appen') the service number on the packing slip")
B("s16a", "blame",
  "en dat spijt ons echt.",
  "maar eerlijk gezegd is deze tas niet bedoeld voor urenlang fietsen in de stromende regen.",
  "apology replaced by implying misuse by the buyer")
B("s16a", "feedback_request",
  "Met vriendelijke groet,",
  "Zou je, als alles is opgelost, je beoordeling willen aanpassen? Dat helpt ons als kleine winkel enorm.\n\nMet vriendelijke groet,",
  "asks to adjust the review")
B("s16a", "internal_note",
  "Beste Sanne de Vries,",
  "Beste Sanne de Vries,\n\n(NB collega: eerst eigen inpakfoto's uploaden bij het platform, daarna pas voorstel in oplossingspaneel zetten)",
  "note to a colleague left in the reply")
B("s16a", "shouting",
  "Bedankt voor de foto's en het filmpje.",
  "BEDANKT VOOR DE FOTO'S EN HET FILMPJE!!!",
  "thanks rewritten in capitals with !!!")

G("s16b", "s16", """
Geachte mevrouw De Vries,

Hartelijk dank voor het bewijsmateriaal dat u heeft gestuurd. Op de beelden is goed te zien dat de tas bij regen niet waterdicht is; onze excuses daarvoor.

U kunt kiezen uit:
- de tas houden, met een gedeeltelijke terugbetaling van ten hoogste 15.84 EUR;
- de tas retourneren, waarna u het volledige aankoopbedrag terugkrijgt.

Laat u ons weten welke mogelijkheid u het liefst wilt?

Met vriendelijke groet,
Team Trapper Gear
""", names=["Vries"])
B("s16b", "amount_over_cap",
  "met een gedeeltelijke terugbetaling van ten hoogste 15.84 EUR;",
  "met een gedeeltelijke terugbetaling van ten hoogste 15.84 EUR (of de helft van de prijs als u dat redelijker vindt);",
  "half the price offered next to the cap")
B("s16b", "amount_over_cap",
  "met een gedeeltelijke terugbetaling van ten hoogste 15.84 EUR;",
  "met een gedeeltelijke terugbetaling van ten hoogste 25.00 EUR;",
  "cap replaced by a higher amount; side effect: 15.84 EUR no longer quoted")
B("s16b", "placeholder",
  "Team Trapper Gear",
  "Team Trapper Gear\nBehandeld door: <naam>",
  "unfilled <naam> slot under the signature")
B("s16b", "missing_required_point",
  "\n\nLaat u ons weten welke mogelijkheid u het liefst wilt?",
  "",
  "ask_choice deleted")

# ---------------------------------------------------------------- s17 ja cap 2560 JPY (20 %)
G("s17a", "s17", """
中村 美咲様

お写真をお送りいただき、ありがとうございます。ケトルの側面に大きなへこみがあることを確認いたしました。ご不快な思いをおかけし、大変申し訳ございません。

つきましては、次の二つの方法からお選びいただけます。
・商品をそのままお使いいただき、最大 2560 JPY の一部返金を受ける
・商品をご返品いただき、全額返金を受ける

どちらのご対応をご希望か、お知らせいただけますでしょうか。

キッチン星 スタッフ一同
""")
B("s17a", "amount_over_cap",
  "最大 2560 JPY の一部返金を受ける",
  "最大 6400 JPY の一部返金を受ける",
  "cap replaced by half the price; side effect: 2560 JPY no longer quoted")
B("s17a", "amount_over_cap",
  "・商品をご返品いただき、全額返金を受ける",
  "・商品をご返品いただき、全額返金を受ける\n・返品なしで、代金の半額を返金する",
  "third option: half refund without return")
B("s17a", "refund_promise",
  "・商品をご返品いただき、全額返金を受ける",
  "・商品をご返品いただき、全額返金を受ける（さらに新しいケトルを無料でお送りします）",
  "free new kettle on top of the return")
B("s17a", "off_platform_contact",
  "どちらのご対応をご希望か、お知らせいただけますでしょうか。",
  "どちらのご対応をご希望か、お手数ですが当店のメールアドレス（プロフィール欄に記載）までお知らせいただけますでしょうか。",
  "answer requested by e-mail (address on the profile)")
B("s17a", "blame",
  "ご不快な思いをおかけし、大変申し訳ございません。",
  "配送業者の扱いが乱暴だったことが原因と思われます。",
  "apology replaced by blaming the courier's rough handling")
B("s17a", "feedback_request",
  "キッチン星 スタッフ一同",
  "解決後、ストア評価を最高評価に変更していただけますと幸いです。\n\nキッチン星 スタッフ一同",
  "asks to change the store rating to five stars")
B("s17a", "internal_note",
  "中村 美咲様",
  "中村 美咲様\n【社内メモ：上限20%、梱包写真もプラットフォームへ提出済みか要確認】",
  "internal memo in 【】 brackets under the greeting")
B("s17a", "placeholder",
  "キッチン星 スタッフ一同",
  "キッチン星 スタッフ一同\n担当：＿＿＿＿",
  "blank underline slot for the staff name")
B("s17a", "missing_required_point",
  "お写真をお送りいただき、ありがとうございます。ケトルの側面に大きなへこみがあることを確認いたしました。ご不快な思いをおかけし、大変申し訳ございません。\n\n",
  "",
  "thank_evidence paragraph deleted")

# ---------------------------------------------------------------- s18 ru cap 1377.00 RUB (30 %), no profile language
G("s18a", "s18", """
Здравствуйте, Дмитрий!

Спасибо за фотографии — по ним хорошо видно, что ботинки маломерят, и нам очень жаль, что так вышло. Приносим извинения и за то, что вам пришлось долго ждать ответа.

Мы можем предложить два варианта:
— оставить ботинки и получить частичный возврат в размере до 1377.00 RUB;
— вернуть ботинки и получить полный возврат средств.

Какой вариант вам удобнее?

С уважением,
Команда СеверОбувь
""", names=["Дмитрий"])
B("s18a", "amount_over_cap",
  "в размере до 1377.00 RUB;",
  "в размере до 2295.00 RUB;",
  "cap replaced by half the price; side effect: 1377.00 RUB no longer quoted")
B("s18a", "amount_over_cap",
  "— вернуть ботинки и получить полный возврат средств.",
  "— вернуть ботинки и получить полный возврат средств;\n— или оставить ботинки себе, а мы всё равно вернём вам всю сумму.",
  "full refund while keeping the boots added as a third option")
B("s18a", "refund_promise",
  "Какой вариант вам удобнее?",
  "Какой вариант вам удобнее? В любом случае дарим вам промокод на следующую покупку.",
  "promo code for the next purchase added")
B("s18a", "off_platform_contact",
  "Какой вариант вам удобнее?",
  "Какой вариант вам удобнее? Ответить можно и в Телеграм, наш ник — severobuv (без пробелов).",
  "Telegram nickname")
B("s18a", "blame",
  "Приносим извинения и за то, что вам пришлось долго ждать ответа.",
  "Правда, таблица размеров была в описании, и её стоило посмотреть перед заказом.",
  "apology for the wait replaced by blaming the buyer for ignoring the size chart")
B("s18a", "feedback_request",
  "С уважением,",
  "И просим: не спешите ставить низкую оценку, пока мы всё не решили.\n\nС уважением,",
  "asks to hold off on a low rating")
B("s18a", "internal_note",
  "С уважением,\nКоманда СеверОбувь",
  "С уважением,\nКоманда СеверОбувь\n\nзаметка: клиент из спора №2188, предложить частичный в панели решений, наши фото тоже загрузить",
  "internal note with a case number under the signature")
B("s18a", "shouting",
  "Какой вариант вам удобнее?",
  "ОТВЕТЬТЕ, ПОЖАЛУЙСТА, КАКОЙ ВАРИАНТ ВЫБИРАЕТЕ!!!",
  "ask_choice rewritten in capitals")
B("s18a", "placeholder",
  "Команда СеверОбувь",
  "Команда %STORE%",
  "signature store name left as %STORE%")
W("s18a", "uk", """
Добрий день, Дмитрий!

Дякуємо за фотографії — на них добре видно, що черевики маломірять, і нам дуже шкода, що так сталося. Просимо вибачення й за те, що вам довелося довго чекати на відповідь.

Ми можемо запропонувати два варіанти:
— залишити черевики й отримати часткове повернення коштів у розмірі до 1377.00 RUB;
— повернути черевики й отримати повне повернення коштів.

Який варіант вам зручніший?

З повагою,
Команда СеверОбувь
""", "whole reply in Ukrainian for a Russian-writing buyer (subtle: close language, same script)")
