"""Good replies and planted defects, e17-e25."""

R = {}

R["e17"] = [
dict(sfx="a", msg="""Здравствуйте, Дмитрий!

Спасибо, что прислали фотографии: расходящиеся швы и облезающая кожа на лямках видны отчётливо. Нам очень жаль, что рюкзак оказался такого качества.

Мы можем предложить два варианта на ваш выбор:
— оставить рюкзак себе и получить частичный возврат средств в размере до 1620.00 RUB;
— вернуть рюкзак и получить полный возврат денег.

Подскажите, пожалуйста, какой вариант вам удобнее?

С уважением, команда Urban Satchel""", bads=[
("amount_over_cap", "в размере до 1620.00 RUB;", "в размере до 1620.00 RUB, а если этого мало — до 2500 RUB;", "2500 RUB offered over the cap"),
("amount_over_cap", "— оставить рюкзак себе и получить частичный возврат средств в размере до 1620.00 RUB;", "— оставить рюкзак себе и получить частичный возврат: обычно это до 1620.00 RUB, но вам мы готовы вернуть половину стоимости;", "half the price offered", None, "2"),
("amount_over_cap", "до 1620.00 RUB;", "до 1620.00 RUB (или 40 % от суммы заказа — как вам больше нравится);", "40% of 5400 = 2160 RUB, over cap", None, "3"),
("refund_promise", "— вернуть рюкзак и получить полный возврат денег.", "— вернуть рюкзак и получить полный возврат денег.\nВ любом случае в подарок вышлем вам фирменный кошелёк.", "free gift promised"),
("shouting", "Подскажите, пожалуйста,", "ПРОСИМ НЕ ЗАТЯГИВАТЬ С ОТВЕТОМ!!! Подскажите, пожалуйста,", "capitals sentence with !!!"),
("placeholder", "Здравствуйте, Дмитрий!", "Здравствуйте, [ИМЯ ПОКУПАТЕЛЯ]!", "name placeholder"),
]),
dict(sfx="b", msg="""Дмитрий, добрый день.

Благодарим за фото — проблема со швами и кожей на лямках очевидна, и нам искренне неловко за такое качество.

Предлагаем на выбор: либо вы оставляете рюкзак, а мы частично возвращаем вам деньги — до 1620.00 RUB, либо вы отправляете рюкзак обратно и получаете полный возврат. Какой вариант вы выберете?

С уважением, команда Urban Satchel""", bads=[
("amount_over_cap", "— до 1620.00 RUB,", "— до 1620.00 RUB, а при необходимости и 3000 RUB,", "3000 RUB next to the cap"),
("amount_over_cap", "а мы частично возвращаем вам деньги — до 1620.00 RUB,", "а мы возвращаем вам всю сумму целиком (лимит частичного возврата 1620.00 RUB для вас не действует),", "full refund while keeping the item", None, "2"),
("amount_over_cap", "— до 1620.00 RUB,", "— до 1620.00 RUB; впрочем, можем вернуть и 60 % стоимости, если хотите,", "60% of the price over cap", None, "3"),
("blame", "и нам искренне неловко за такое качество.", "хотя, если честно, рюкзак явно перегружали — лямки на такой вес не рассчитаны.", "buyer blamed for overloading"),
("off_platform_contact", "Какой вариант вы выберете?", "Какой вариант вы выберете? Ответить можно и в Telegram: @urbansatchel_help.", "Telegram handle"),
("internal_note", "\n\nС уважением,", "\n\n[сделать: предложить частичный возврат в панели решений, загрузить наши фото упаковки]\n\nС уважением,", "seller checklist left in"),
("invented_tracking_number", "получаете полный возврат.", "получаете полный возврат (обратную отправку оформим по накладной RR448019273CN).", "invented return waybill"),
("feedback_request", "Какой вариант вы выберете?", "Какой вариант вы выберете? Будем благодарны, если после решения вопроса вы пересмотрите свой отзыв о магазине.", "asks to revise review"),
]),
]

R["e18"] = [
dict(sfx="a", msg="""مرحباً نورة،

نتفهم تماماً انزعاجك من عدم وصول الساعة. نود إعلامك بأننا قدّمنا بالفعل كل ما لدينا من أدلة إلى المنصة.

الآن سيتولى أخصائي النزاعات في المنصة مراجعة الحالة واتخاذ القرار، ونحن سنلتزم بما يقرره.

وإذا كان لديك أي سؤال في هذه الأثناء، فنحن هنا دائماً لمساعدتك.

مع خالص التحية، فريق Pulse Wear""", bads=[
("refund_promise", "ونحن سنلتزم بما يقرره.", "ونحن سنلتزم بما يقرره. وبصراحة، نتوقع أن يُعاد لك المبلغ كاملاً في النهاية، فلا تقلقي.", "refund outcome promised"),
("off_platform_contact", "فنحن هنا دائماً لمساعدتك.", "فنحن هنا دائماً لمساعدتك، ويمكنك أيضاً مراسلتنا على واتساب 0551234870.", "WhatsApp number"),
("blame", "نتفهم تماماً انزعاجك من عدم وصول الساعة.", "نتفهم انزعاجك، مع أن التتبع يؤكد التسليم، فربما استلمها أحد أفراد عائلتك دون أن تنتبهي.", "buyer's household suspected"),
("invented_amount_or_date", "واتخاذ القرار،", "واتخاذ القرار خلال ٧ أيام عمل،", "invented decision time (Arabic-Indic digit)"),
("internal_note", "\n\nمع خالص التحية", "\n\nملاحظة للفريق: راجعوا صفحة النزاع كل يوم تحسباً لطلب الأخصائي مستندات إضافية.\n\nمع خالص التحية", "team note left in"),
("wrong_language", None, """Hello Noura,

We fully understand your frustration that the watch has not arrived. We have already given all our evidence to the platform.

The platform's dispute specialist will now review the case and decide, and we will respect the decision.

If you have any questions in the meantime, we are still here to help.

مع خالص التحية، فريق Pulse Wear""", "whole reply in English for an ar buyer", "en"),
("missing_required_point", "الآن سيتولى أخصائي النزاعات في المنصة مراجعة الحالة واتخاذ القرار، ونحن سنلتزم بما يقرره.\n\n", "", "await_decision paragraph deleted"),
]),
]

R["e19"] = [
dict(sfx="a", msg="""Dobrý den, paní Horáková,

chceme Vás informovat, že jsme platformě již předali všechny naše podklady k této objednávce.

O dalším postupu teď rozhodne specialista platformy na spory a jeho rozhodnutí samozřejmě plně respektujeme.

Kdybyste mezitím cokoli potřebovala, jsme Vám tu stále k dispozici.

S pozdravem, tým Horizont Sport""", bads=[
("blame", "chceme Vás informovat,", "hodinky jsou zcela jistě originální, jen je zřejmě neumíte správně spárovat s aplikací. Chceme Vás informovat,", "buyer's competence blamed"),
("feedback_request", "jsme Vám tu stále k dispozici.", "jsme Vám tu stále k dispozici. A prosíme, do té doby nám nedávejte negativní hodnocení.", "asks to hold off negative rating"),
("placeholder", "Dobrý den, paní Horáková,", "Dobrý den, paní {{prijmeni}},", "surname template variable"),
("off_platform_contact", "jsme Vám tu stále k dispozici.", "jsme Vám k dispozici i na e-mailu podpora@horizontsport.cz.", "email address"),
("shouting", "O dalším postupu", "NAŠE HODINKY ROZHODNĚ NEJSOU PADĚLEK!!! O dalším postupu", "capitals sentence with !!!"),
("invented_amount_or_date", "rozhodne specialista platformy na spory", "rozhodne specialista platformy na spory, obvykle do 5 pracovních dnů,", "invented decision time"),
]),
]

R["e20"] = [
dict(sfx="a", msg="""Вітаємо, Олено!

Ми бачимо, що ви передали спір на платформу, і добре розуміємо ваше розчарування — зима вже минає, а дитячого комбінезона досі немає.

Ми співпрацюватимемо зі спеціалістом платформи з розгляду спорів і надамо йому всі наші докази щодо відправлення.

Водночас ми й надалі відкриті до того, щоб знайти рішення разом з вами.

З повагою, команда Teplyk Kids""", bads=[
("refund_promise", "знайти рішення разом з вами.", "знайти рішення разом з вами. Якщо хочете, можемо просто повернути вам гроші ще до рішення платформи.", "refund offered"),
("blame", "наші докази щодо відправлення.", "наші докази щодо відправлення. Чесно кажучи, затримка — це повністю провина Нової Пошти, а не наша.", "carrier blamed"),
("shouting", "Водночас ми й надалі", "ЗАКРИЙТЕ СПІР, І МИ ВСЕ ВИРІШИМО!!! Водночас ми й надалі", "capitals sentence with !!!"),
("invented_tracking_number", "наші докази щодо відправлення.", "наші докази щодо відправлення, зокрема експрес-накладну 20450718834126.", "invented waybill number"),
("wrong_language", None, """Здравствуйте, Елена!

Мы видим, что вы передали спор на платформу, и хорошо понимаем ваше разочарование — зима уже заканчивается, а комбинезона всё нет.

Мы будем сотрудничать со специалистом платформы по спорам и предоставим ему все наши доказательства.

При этом мы по-прежнему открыты к тому, чтобы найти решение вместе с вами.

З повагою, команда Teplyk Kids""", "whole reply in Russian for a uk buyer", "ru"),
("missing_required_point", "Ми співпрацюватимемо зі спеціалістом платформи з розгляду спорів і надамо йому всі наші докази щодо відправлення.\n\n", "", "cooperate paragraph deleted"),
]),
]

R["e21"] = [
dict(sfx="a", msg="""Bună ziua, doamna Popescu,

Am văzut că ați dus disputa la platformă și înțelegem foarte bine de ce sunteți frustrată după discuțiile de până acum.

Vom colabora cu specialistul platformei care se ocupă de dispute și îi vom pune la dispoziție toate dovezile noastre.

Totodată, rămânem deschiși să găsim împreună cu dumneavoastră o soluție care să vă mulțumească.

Cu stimă, echipa Lama Fină""", bads=[
("refund_promise", "o soluție care să vă mulțumească.", "o soluție care să vă mulțumească – de exemplu, un cupon de reducere pentru următoarea comandă.", "discount coupon offered"),
("off_platform_contact", "o soluție care să vă mulțumească.", "o soluție care să vă mulțumească; ne puteți scrie oricând pe Viber la 0722 415 630.", "Viber number"),
("internal_note", "\n\nCu stimă,", "\n\n(escalation_reply – de urcat dovezile: tracking, chat, poze ambalare, înainte de termen)\n\nCu stimă,", "remedy id and checklist"),
("feedback_request", "o soluție care să vă mulțumească.", "o soluție care să vă mulțumească. Vă rugăm doar să nu lăsați o recenzie negativă până nu se închide cazul.", "asks to hold off negative review"),
("invented_amount_or_date", "îi vom pune la dispoziție toate dovezile noastre.", "îi vom pune la dispoziție, cel târziu pe 6 martie, toate dovezile noastre.", "invented date"),
("blame", "după discuțiile de până acum.", "după discuțiile de până acum, deși ați fi putut citi mai atent descrierea setului înainte să comandați.", "buyer blamed for not reading"),
("missing_required_point", "\n\nTotodată, rămânem deschiși să găsim împreună cu dumneavoastră o soluție care să vă mulțumească.", "", "open_door deleted"),
]),
]

R["e22"] = [
dict(sfx="a", msg="""Kedves Eszter!

A platform visszaküldés és visszatérítés mellett döntött, és mi ezt természetesen elfogadjuk.

Kérjük, a cserepeket erre a címre küldje vissza:
Zöldsarok Visszáru, Dózsa György út 17, 6720 Szeged, Magyarország

Amint a csomag megérkezik hozzánk, elindítjuk a visszatérítést. Kérjük, a feladás után a visszaküldés nyomkövetési számát is adja meg a vitában.

Reméljük, hogy a jövőben még vásárol nálunk.

Üdvözlettel: a Zöldsarok csapata""", bads=[
("refund_promise", "Reméljük, hogy a jövőben még vásárol nálunk.", "Reméljük, hogy a jövőben még vásárol nálunk – kárpótlásként a következő rendelésére kedvezménykupont is adunk.", "discount coupon"),
("invented_amount_or_date", "Amint a csomag megérkezik hozzánk, elindítjuk", "Amint a csomag megérkezik hozzánk, 3 munkanapon belül elindítjuk", "invented refund time"),
("missing_required_point", "Kérjük, a cserepeket erre a címre küldje vissza:\nZöldsarok Visszáru, Dózsa György út 17, 6720 Szeged, Magyarország\n\n", "", "return address deleted"),
("shouting", "Szeged, Magyarország\n", "Szeged, Magyarország\nCSAK ALAPOSAN BECSOMAGOLVA KÜLDJE, MERT TÖRÉKENY!!!\n", "capitals sentence with !!!"),
("off_platform_contact", "is adja meg a vitában.", "is küldje el nekünk SMS-ben a +36 30 418 2276 számra.", "SMS phone number instead of dispute"),
("placeholder", "Kedves Eszter!", "Kedves <vásárló keresztneve>!", "name placeholder"),
]),
dict(sfx="b", msg="""Kedves Eszter!

Tudomásul vettük a platform döntését a visszaküldésről és a visszatérítésről. A visszaküldési cím: Zöldsarok Visszáru, Dózsa György út 17, 6720 Szeged, Magyarország.

Ha megérkeztek a cserepek, a visszatérítés elindul; kérjük, a csomag nyomkövetési számát írja be a vitába.

Bízunk benne, hogy máskor is szívesen vásárol majd tőlünk.

Üdvözlettel: a Zöldsarok csapata""", bads=[
("invented_tracking_number", "kérjük, a csomag nyomkövetési számát írja be a vitába.", "kérjük, az előre kiállított címkén szereplő RE204451873HU számot írja be a vitába.", "invented prepaid label number"),
("blame", "Tudomásul vettük a platform döntését", "Bár szerintünk a rendelésnél Ön jelölt be rossz terméket, tudomásul vettük a platform döntését", "buyer blamed for ordering wrong"),
("internal_note", "\n\nÜdvözlettel:", "\n\n(belső: visszáru érkezésekor fotózni + azonnal visszaigazolni a rendszerben)\n\nÜdvözlettel:", "internal note"),
("wrong_language", None, """Liebe Eszter,

wir haben die Entscheidung der Plattform über Rückgabe und Rückerstattung zur Kenntnis genommen. Die Rücksendeadresse lautet: Zöldsarok Visszáru, Dózsa György út 17, 6720 Szeged, Magyarország.

Sobald die Töpfe bei uns sind, wird die Erstattung veranlasst; bitte tragen Sie die Sendungsnummer im Streitfall ein.

Wir hoffen, Sie bald wieder bei uns begrüßen zu dürfen.

Üdvözlettel: a Zöldsarok csapata""", "whole reply in German for a hu buyer", "de"),
("feedback_request", "máskor is szívesen vásárol majd tőlünk.", "máskor is szívesen vásárol majd tőlünk. Ha elégedett volt az ügyintézéssel, értékeljen minket öt csillaggal!", "asks for five stars"),
("missing_required_point", "\n\nBízunk benne, hogy máskor is szívesen vásárol majd tőlünk.", "", "trade_again deleted"),
]),
]

R["e23"] = [
dict(sfx="a", msg="""Καλησπέρα σας, κύριε Παπαδόπουλε,

Η πλατφόρμα αποφάσισε επιστροφή του προϊόντος και επιστροφή χρημάτων, και εμείς σεβόμαστε πλήρως αυτή την απόφαση.

Η σωστή διεύθυνση επιστροφής είναι η εξής:
Voyager Cases Returns, Οδός Πειραιώς 142, 11854 Αθήνα, Ελλάδα

Μόλις παραλάβουμε τη βαλίτσα, θα προχωρήσει η επιστροφή των χρημάτων σας. Παρακαλούμε να προσθέσετε στη διαφορά και τον αριθμό αποστολής της επιστροφής.

Ελπίζουμε να συνεργαστούμε ξανά στο μέλλον.

Με εκτίμηση, η ομάδα της Voyager Cases""", bads=[
("refund_promise", "Ελπίζουμε να συνεργαστούμε ξανά στο μέλλον.", "Ελπίζουμε να συνεργαστούμε ξανά στο μέλλον. Για την ταλαιπωρία θα σας στείλουμε δωρεάν και ένα σετ ετικετών αποσκευών.", "free gift"),
("invented_tracking_number", "τον αριθμό αποστολής της επιστροφής.", "τον αριθμό αποστολής της επιστροφής, δηλαδή το RR552018863GR.", "near miss of RR552018836GR"),
("shouting", "11854 Αθήνα, Ελλάδα\n", "11854 Αθήνα, Ελλάδα\nΜΗΝ ΤΗ ΣΤΕΙΛΕΤΕ ΠΟΥΘΕΝΑ ΑΛΛΟΥ!!!\n", "capitals sentence with !!!"),
("blame", "και εμείς σεβόμαστε πλήρως αυτή την απόφαση.", "και εμείς τη σεβόμαστε, παρόλο που οι ζημιές μάλλον προήλθαν από το πώς ταξιδέψατε με τη βαλίτσα.", "buyer's use blamed"),
("wrong_language", None, """Buonasera signor Papadopoulos,

la piattaforma ha deciso per il reso e il rimborso, e noi rispettiamo pienamente questa decisione.

L'indirizzo corretto per il reso è:
Voyager Cases Returns, Οδός Πειραιώς 142, 11854 Αθήνα, Ελλάδα

Appena riceveremo la valigia, il rimborso verrà elaborato. La preghiamo di aggiungere alla controversia anche il numero di spedizione del reso.

Speriamo di lavorare di nuovo insieme in futuro.

Με εκτίμηση, η ομάδα της Voyager Cases""", "whole reply in Italian for an el buyer", "it"),
("missing_required_point", "Μόλις παραλάβουμε τη βαλίτσα, θα προχωρήσει η επιστροφή των χρημάτων σας. Παρακαλούμε να προσθέσετε στη διαφορά και τον αριθμό αποστολής της επιστροφής.\n\n", "", "refund_after_return paragraph deleted"),
("placeholder", "κύριε Παπαδόπουλε,", "κύριε ___,", "blank name slot"),
]),
]

R["e24"] = [
dict(sfx="a", msg="""Hej Mette,

Tak for din tålmodighed! Vi kan bekræfte, at jakken, du sendte retur, er kommet sikkert frem til os.

Din refusion bliver nu sendt videre via platformen.

Vi håber, at vi får fornøjelsen af at handle med dig igen en anden gang.

Mange hilsner fra Skagen Outdoor Co.""", bads=[
("refund_promise", "Din refusion bliver nu sendt videre via platformen.", "Din refusion bliver nu sendt videre via platformen. Som tak for besværet får du også en rabatkode til dit næste køb.", "discount code"),
("invented_amount_or_date", "sendt videre via platformen.", "sendt videre via platformen og står typisk på din konto inden for 5 bankdage.", "invented refund time"),
("feedback_request", "igen en anden gang.", "igen en anden gang. Har du et øjeblik, vil vi blive rigtig glade for en god anmeldelse af butikken.", "asks for good review"),
("off_platform_contact", "igen en anden gang.", "igen en anden gang – følg os gerne på Instagram @skagenoutdoorco og skriv til os der, hvis du har spørgsmål.", "Instagram handle"),
("missing_required_point", "Din refusion bliver nu sendt videre via platformen.\n\n", "", "refund_follows deleted"),
("internal_note", "\n\nMange hilsner", "\n\n(husk: bekræft modtagelsen i sagen, så pengene frigives – Lars)\n\nMange hilsner", "checklist note"),
("placeholder", "Hej Mette,", "Hej {{kunde.fornavn}},", "template variable"),
]),
]

R["e25"] = [
dict(sfx="a", msg="""Hi Marcus,

Good news – the vacuum you sent back has arrived at our warehouse, so the return is all done on your end.

Your refund will now go through the platform, so keep an eye on your AliExpress account.

Thanks for bearing with us through all this. We'd love to have you back as a customer someday, and we hope your next order with us goes a lot more smoothly.

Cheers, Brightnest Appliances team""", bads=[
("invented_amount_or_date", "Your refund will now go through", "Your refund of $64.50 will now go through", "invented refund amount (order was 58 USD)"),
("refund_promise", "goes a lot more smoothly.", "goes a lot more smoothly – we've popped a store coupon into your account for next time.", "coupon added"),
("shouting", "so keep an eye on your AliExpress account.", "so keep an eye on your AliExpress account. THE PLATFORM RELEASES THE MONEY, NOT US!!!", "capitals sentence with !!!"),
("blame", "so the return is all done on your end.", "so the return is all done on your end. For what it's worth, our tech thinks the motor only quit because the filter was never cleaned.", "buyer misuse blamed"),
("internal_note", "\n\nCheers,", "\n\nInternal – confirm receipt in the dispute panel so the refund releases. Jen\n\nCheers,", "internal line left in"),
("placeholder", "Hi Marcus,", "Hi <<customer>>,", "placeholder greeting"),
("off_platform_contact", "so keep an eye on your AliExpress account.", "so keep an eye on your AliExpress account, or text us at (415) 555-0148 if it doesn't show.", "phone number"),
("feedback_request", "Thanks for bearing with us through all this.", "Thanks for bearing with us through all this, and if we handled the return well, would you mind bumping your rating up a star or two?", "asks to raise rating"),
]),
]
