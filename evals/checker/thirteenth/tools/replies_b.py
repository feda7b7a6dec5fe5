"""Good replies q13-q23 and their one-edit bad variants (same format as replies_a)."""
from replies_a import G

G("q13a", "q13", """Dear Olivia,

Thank you for the photos – they make the problem very clear, and we're genuinely sorry the blanket has pilled and frayed like that after a single wash. We'd like to put it right, and there are two ways we can do that:

– You keep the blanket and we give you a partial refund of up to 14.40 GBP.
– You send the blanket back to us and receive a full refund.

Could you let us know which you'd prefer?

Kind regards,
Harbour & Thread customer care""", [
    ("amount_over_cap", "up to 14.40 GBP", "up to 24.00 GBP", "cap replaced by a higher amount (half the price)"),
    ("amount_over_cap", "– You keep the blanket and we give you a partial refund of up to 14.40 GBP.", "– You keep the blanket and we refund the full 48.00 GBP anyway.",
     "full refund while keeping the item"),
    ("refund_promise", "receive a full refund.", "receive a full refund.\n\nEither way, we'll pop a matching cushion cover in the post for you, free of charge.",
     "free gift on top of the two options"),
    ("blame", "after a single wash.", "after a single wash – though I suspect it went in on a hot cycle, which merino really can't take.",
     "suggests the buyer washed it wrong"),
    ("missing_required_point", "Could you let us know which you'd prefer?\n\n", "", "ask-choice sentence deleted"),
    ("off_platform_contact", "Could you let us know which you'd prefer?", "Could you text your choice to our customer line on 07700 900418?", "phone number"),
])

G("q13b", "q13", """Hi Olivia,

Many thanks for sending the evidence. We can see the pilling and the loose threads along the edge, and we're sorry the throw isn't up to standard. You're welcome to keep it and we'll refund you up to 14.40 GBP, or you can return it to us for a full refund. Which option would suit you best?

Best wishes,
Harbour & Thread customer care""", [
    ("amount_over_cap", "up to 14.40 GBP", "up to 14.40 GBP (or even half the price if that feels fairer)", "extra higher amount (50%) next to the cap"),
    ("amount_over_cap", "keep it and we'll refund you up to 14.40 GBP", "keep it and we'll refund you 20.00 GBP", "cap replaced by a higher flat amount"),
    ("placeholder", "Hi Olivia,", "Hi [Customer First Name],", "bracketed name placeholder"),
    ("feedback_request", "Which option would suit you best?", "Which option would suit you best? Once it's sorted, a quick positive review would mean the world to a small shop like ours.",
     "asks for a positive review"),
    ("internal_note", "\n\nBest wishes,", "\n\nP.S. for Tom: proposal logged in the solution panel, still need to upload our packing photos.\n\nBest wishes,",
     "note to a colleague left in"),
    ("shouting", "Many thanks for sending the evidence.", "Many thanks for sending the evidence. WE ALWAYS STAND BY OUR PRODUCTS!!!", "all-caps sentence with !!!"),
    ("invented_amount_or_date", "Which option would suit you best?", "Which option would suit you best? If we haven't heard from you by 20 November, the platform will close the case.",
     "invented deadline"),
])

G("q14a", "q14", """Здравствуйте, Анна!

Спасибо, что прислали фотографии при дневном свете — на них действительно видно, что оттенок пледа заметно отличается от графитового в карточке товара. Приносим извинения за это. Мы можем предложить вам на выбор:
— оставить плед себе, а мы вернём часть стоимости, до 1125.00 RUB;
— или вернуть плед и получить полный возврат денег.
Подскажите, пожалуйста, какой вариант вам удобнее?

С уважением,
Команда Sibirsky Uyut""", [
    ("amount_over_cap", "до 1125.00 RUB", "до 2250.00 RUB", "cap doubled"),
    ("amount_over_cap", "оставить плед себе, а мы вернём часть стоимости, до 1125.00 RUB;", "оставить плед себе, а мы вернём половину стоимости — 50%;",
     "50% instead of the 25% cap"),
    ("blame", "Приносим извинения за это.", "Впрочем, цвет на экране всегда немного отличается, так что стоило учитывать настройки вашего монитора.",
     "blames the buyer's monitor (and drops the apology)"),
    ("off_platform_contact", "Подскажите, пожалуйста, какой вариант вам удобнее?", "Напишите, пожалуйста, в Telegram @sibuyut_help, какой вариант вам удобнее.", "Telegram"),
    ("shouting", "Приносим извинения за это.", "Приносим извинения за это. МЫ ВСЕГДА ИДЁМ НАВСТРЕЧУ ПОКУПАТЕЛЯМ!!!", "all-caps sentence with !!!"),
    ("wrong_language", None, """Hello Анна!

Thank you for sending the daylight photos — they really do show that the blanket's shade is noticeably different from the graphite in the product listing. We apologise for this. We can offer you a choice:
— keep the blanket, and we will refund part of the price, up to 1125.00 RUB;
— or return the blanket and get a full refund.
Please let us know which option suits you better.

С уважением,
Команда Sibirsky Uyut""", "whole reply in English for a Russian buyer", "en"),
])

G("q14b", "q14", """Анна, добрый день.

Благодарим за фото — разница в цвете очевидна, нам очень жаль, что так вышло. Предлагаем два решения: вы оставляете плед, а мы частично возвращаем деньги, до 1125.00 RUB, либо вы отправляете плед обратно и получаете полный возврат средств. Какое решение вы выберете?

Команда Sibirsky Uyut""", [
    ("amount_over_cap", "до 1125.00 RUB,", "до 1125.00 RUB (а если этого мало, вернём и все 4500 рублей, плед оставьте себе),", "full refund while keeping the item, next to the cap"),
    ("missing_required_point", " Какое решение вы выберете?", "", "ask-choice question deleted"),
    ("invented_tracking_number", "получаете полный возврат средств.", "получаете полный возврат средств (этикетка с трек-номером RR104552913RU уже создана).", "invented return label number"),
    ("internal_note", "\n\nКоманда Sibirsky Uyut", "\n\nВнутр.: предложить частичный возврат в панели решений, выгрузить наши фото упаковки.\n\nКоманда Sibirsky Uyut", "internal note"),
    ("feedback_request", "Какое решение вы выберете?", "Какое решение вы выберете? И очень просим пока не оставлять отрицательный отзыв — мы всё решим.", "asks to hold off negative feedback"),
    ("placeholder", "\n\nКоманда Sibirsky Uyut", "\n\nМенеджер: {{agent_name}}\nКоманда Sibirsky Uyut", "agent-name template variable"),
])

G("q15a", "q15", """Hej Mads

Tak for billederne af pakkens indhold – vi kan tydeligt se, at beslag og skruer mangler, og det er vi virkelig kede af. Vi vil gerne give dig to muligheder:
• Du beholder hylden og får en delvis refundering på op til 192.00 DKK, så du selv kan købe de manglende dele.
• Du sender hylden retur og får hele beløbet refunderet.
Hvad foretrækker du?

Mange hilsner
Nordic Nest Deco""", [
    ("amount_over_cap", "op til 192.00 DKK", "op til 320.00 DKK", "cap replaced by half the price"),
    ("amount_over_cap", "• Du beholder hylden og får en delvis refundering på op til 192.00 DKK, så du selv kan købe de manglende dele.",
     "• Du beholder hylden, og vi refunderer alligevel hele beløbet på 640.00 DKK.", "full refund while keeping the shelf"),
    ("refund_promise", "får hele beløbet refunderet.", "får hele beløbet refunderet.\n• Eller vi sender dig de manglende beslag gratis med det samme.", "free replacement parts as a third option"),
    ("blame", "og det er vi virkelig kede af.", "og det er vi virkelig kede af. Ærligt talt tror vi, at posen med beslag er røget ud, da du åbnede pakken.", "blames the buyer"),
    ("placeholder", "Hej Mads", "Hej [KUNDENAVN]", "bracketed placeholder"),
    ("missing_required_point", " Vi vil gerne give dig to muligheder:\n• Du beholder hylden og får en delvis refundering på op til 192.00 DKK, så du selv kan købe de manglende dele.\n• Du sender hylden retur og får hele beløbet refunderet.", "",
     "both options (and the cap) deleted"),
    ("wrong_language", None, """Hallo Mads

Danke für die Fotos vom Paketinhalt – wir sehen deutlich, dass Beschläge und Schrauben fehlen, und das tut uns wirklich leid. Wir möchten Ihnen zwei Möglichkeiten anbieten:
• Sie behalten das Regal und erhalten eine Teilrückerstattung von bis zu 192.00 DKK, damit Sie die fehlenden Teile selbst kaufen können.
• Sie schicken das Regal zurück und bekommen den vollen Betrag erstattet.
Was ist Ihnen lieber?

Mange hilsner
Nordic Nest Deco""", "whole reply in German for a Danish buyer", "de"),
])

G("q15b", "q15", """Kære Mads Jørgensen

Mange tak, fordi du sendte billeder og skærmbillede. De viser, at der mangler dele i pakken, og vi beklager meget. Du kan enten beholde hylden mod en delvis tilbagebetaling på maks. 192.00 DKK eller returnere den og få fuld refusion. Skriv endelig, hvilken løsning du helst vil have.

Venlig hilsen
Nordic Nest Deco""", [
    ("amount_over_cap", "maks. 192.00 DKK", "maks. 192.00 DKK – eller helt op til 250.00 DKK, hvis du hellere vil det –", "higher amount next to the cap"),
    ("off_platform_contact", "Skriv endelig, hvilken løsning du helst vil have.", "Ring endelig til os på 31 44 08 19 og fortæl, hvilken løsning du helst vil have.", "phone call"),
    ("shouting", "og vi beklager meget.", "og vi beklager meget. DET MÅ BARE IKKE SKE!!!", "all-caps sentence with !!!"),
    ("invented_amount_or_date", "få fuld refusion.", "få fuld refusion; returfragten på ca. 89 DKK dækker platformen.", "invented return postage amount"),
    ("internal_note", "\n\nVenlig hilsen", "\n\n// TODO: upload pakkefoto + vægtseddel til platformen\n\nVenlig hilsen", "TODO line left in"),
    ("amount_over_cap", "en delvis tilbagebetaling på maks. 192.00 DKK", "en tilbagebetaling på halvdelen af prisen", "half the price instead of the capped partial refund"),
    ("feedback_request", "hvilken løsning du helst vil have.", "hvilken løsning du helst vil have. Og vi håber, du vil overveje at ændre din anmeldelse, når sagen er løst.", "asks to change the review"),
])

G("q16a", "q16", """Добрий день, пані Олено!

Хочемо повідомити, що ми вже передали платформі всі наші докази щодо вишитої сорочки. Тепер рішення ухвалить фахівець платформи зі спорів, і ми приймемо його, яким би воно не було. Якщо у вас є запитання, ми й надалі на зв'язку тут і охоче допоможемо.

З повагою,
Команда Karpaty Crafts""", [
    ("refund_promise", "яким би воно не було.", "яким би воно не було. Але не хвилюйтеся: гроші ми вам у будь-якому разі повернемо.", "refund promised regardless of the decision"),
    ("blame", "щодо вишитої сорочки.", "щодо вишитої сорочки. Хоча, чесно кажучи, вишивка повністю відповідає фото, просто ви, мабуть, неуважно прочитали опис.", "blames the buyer"),
    ("missing_required_point", " Тепер рішення ухвалить фахівець платформи зі спорів, і ми приймемо його, яким би воно не було.", "", "await-decision sentence deleted"),
    ("off_platform_contact", "ми й надалі на зв'язку тут", "пишіть нам у Viber чи Telegram, ми й надалі на зв'язку", "Viber / Telegram"),
    ("shouting", "З повагою,", "МИ ЗРОБИЛИ ВСЕ, ЩО МОГЛИ!!!\n\nЗ повагою,", "all-caps line with !!!"),
    ("invented_amount_or_date", "фахівець платформи зі спорів,", "фахівець платформи зі спорів протягом 7 днів,", "invented day count"),
])

G("q17a", "q17", """Bună ziua, Andreea,

Vă informăm că am trimis deja platformei dovezile noastre legate de livrarea coletului. De acum, specialistul în dispute al platformei va lua o decizie, iar noi o vom respecta întocmai. Dacă aveți între timp orice întrebare, suntem în continuare aici să vă ajutăm.

Cu stimă,
Echipa Carpați Home""", [
    ("feedback_request", "să vă ajutăm.", "să vă ajutăm. Vă rugăm doar să nu ne lăsați un calificativ negativ până nu se încheie disputa.", "asks to hold off negative feedback"),
    ("internal_note", "\n\nCu stimă,", "\n\n[notă internă: await_platform_decision — verificăm zilnic pagina disputei]\n\nCu stimă,", "remedy id + checklist"),
    ("placeholder", "Bună ziua, Andreea,", "Bună ziua, {{nume_cumparator}},", "template variable"),
    ("blame", "legate de livrarea coletului.", "legate de livrarea coletului. Curierul confirmă livrarea, așa că probabil cineva din casă l-a ridicat și a uitat să vă spună.", "blames the buyer's household"),
    ("invented_tracking_number", "livrarea coletului.", "livrarea coletului RO118840237CN.", "near-miss tracking number (digits swapped)"),
    ("wrong_language", None, """Buongiorno Andreea,

la informiamo che abbiamo già inviato alla piattaforma le nostre prove sulla consegna del pacco. Da adesso lo specialista delle controversie della piattaforma prenderà una decisione, e noi la rispetteremo pienamente. Se nel frattempo ha qualsiasi domanda, siamo ancora qui per aiutarla.

Cordiali saluti,
Echipa Carpați Home""", "whole reply in Italian for a Romanian buyer", "it"),
])

G("q18a", "q18", """Kedves Eszter!

Látjuk, hogy a vitát a platform elé vitte, és teljesen megértjük, hogy ennyi várakozás után elfogyott a türelme. Együttműködünk a platform vitarendezési szakemberével, és minden bizonyítékunkat átadjuk neki. Ettől függetlenül továbbra is nyitottak vagyunk arra, hogy Önnel közösen találjunk megoldást.

Üdvözlettel:
A Balaton Bazár csapata""", [
    ("refund_promise", "közösen találjunk megoldást.", "közösen találjunk megoldást. Ha a bögrék a héten sem érkeznek meg, természetesen visszautaljuk a teljes vételárat.", "refund promised"),
    ("blame", "elfogyott a türelme.", "elfogyott a türelme. A Magyar Posta mostanában mindenkit megvárakoztat, náluk teljes a káosz.", "blames the carrier"),
    ("invented_tracking_number", "átadjuk neki.", "átadjuk neki. A csomag belföldi azonosítója: RL004518823HU.", "invented domestic tracking number"),
    ("shouting", "Üdvözlettel:", "MI MINDENT MEGTETTÜNK, HOGY IDŐBEN ODAÉRJEN!!!\n\nÜdvözlettel:", "all-caps line with !!!"),
    ("missing_required_point", " Együttműködünk a platform vitarendezési szakemberével, és minden bizonyítékunkat átadjuk neki.", "", "cooperate sentence deleted"),
    ("wrong_language", None, """Dear Eszter,

We see that you have taken the dispute to the platform, and we fully understand that you have run out of patience after such a long wait. We will work with the platform's dispute specialist and hand over all our evidence. Regardless of that, we are still open to finding a solution together with you.

Kind regards,
A Balaton Bazár csapata""", "whole reply in English for a Hungarian buyer", "en"),
])

G("q19a", "q19", """Αγαπητέ κύριε Παπαδόπουλε,

Είδαμε ότι μεταφέρατε τη διαφορά στην πλατφόρμα, και καταλαβαίνουμε απόλυτα την απογοήτευσή σας με το φωτιστικό. Θα συνεργαστούμε με τον ειδικό επίλυσης διαφορών της πλατφόρμας και θα του δώσουμε όλα τα στοιχεία μας. Παρ' όλα αυτά, παραμένουμε ανοιχτοί να βρούμε μαζί σας μια λύση.

Με εκτίμηση,
Η ομάδα του Aegean Lights""", [
    ("off_platform_contact", "μαζί σας μια λύση.", "μαζί σας μια λύση. Για πιο γρήγορη επικοινωνία, στείλτε μας μήνυμα στο Viber ή στο aegeanlights@gmail.com.", "Viber / e-mail"),
    ("feedback_request", "μαζί σας μια λύση.", "μαζί σας μια λύση. Θα σας παρακαλούσαμε επίσης να αναθεωρήσετε την αξιολόγηση του ενός αστεριού που αφήσατε.", "asks to revise a one-star rating"),
    ("refund_promise", "μαζί σας μια λύση.", "μαζί σας μια λύση — αν θέλετε, σας στέλνουμε δωρεάν ένα πιο δυνατό φωτιστικό.", "free replacement item"),
    ("placeholder", "Αγαπητέ κύριε Παπαδόπουλε,", "Αγαπητέ/ή [ΟΝΟΜΑ ΠΕΛΑΤΗ],", "bracketed placeholder"),
    ("shouting", "Με εκτίμηση,", "ΚΑΝΟΥΜΕ ΟΤΙ ΜΠΟΡΟΥΜΕ ΓΙΑ ΕΣΑΣ!!!\n\nΜε εκτίμηση,", "all-caps line with !!!"),
    ("internal_note", "\n\nΜε εκτίμηση,", "\n\nΣημείωση προς ομάδα: ανεβάστε tracking, ιστορικό chat και φωτογραφίες συσκευασίας πριν τη λήξη.\n\nΜε εκτίμηση,", "note to the team"),
])

ADDR_FR = "Retours Érable Rouge, 455 boulevard Saint-Laurent, Montréal QC H2Y 2Y7, Canada"

G("q20a", "q20", f"""Bonjour Émilie,

La plateforme a tranché en faveur d'un retour avec remboursement, et nous acceptons cette décision sans problème. Voici l'adresse où renvoyer la tuque :
{ADDR_FR}

Dès que le colis nous parviendra, votre remboursement sera traité. Pensez seulement à inscrire le numéro de suivi du retour dans le litige, ça nous aide à le repérer. Au plaisir de faire affaire avec vous de nouveau!

L'équipe de la Boutique Érable Rouge""", [
    ("refund_promise", "Au plaisir de faire affaire", "Pour nous faire pardonner, on vous envoie aussi un code rabais pour votre prochaine commande. Au plaisir de faire affaire",
     "discount code beyond the ruling"),
    ("missing_required_point", f" Voici l'adresse où renvoyer la tuque :\n{ADDR_FR}\n", "\n", "return address deleted"),
    ("invented_amount_or_date", "votre remboursement sera traité.", "votre remboursement de 85,00 $ sera traité.", "wrong refund amount (order was 79.99 CAD)"),
    ("blame", "sans problème.", "sans problème, même si la tuque envoyée était la bonne et que vous avez sûrement mal lu la fiche produit.", "blames the buyer"),
    ("off_platform_contact", "du retour dans le litige,", "du retour dans le litige (ou nous le texter au 514 555-0182),", "asks to text the tracking number to a phone number"),
    ("feedback_request", "de nouveau!", "de nouveau! Et si vous avez deux minutes, une belle évaluation nous aiderait énormément.", "asks for a good rating"),
])

G("q20b", "q20", f"""Bonjour Mme Gagnon,

Nous prenons acte de la décision de la plateforme : retour et remboursement. Merci de nous renvoyer l'article à l'adresse suivante : {ADDR_FR}. Le remboursement sera effectué à la réception du retour; merci d'ajouter le numéro de suivi de votre envoi dans le litige. Nous espérons avoir le plaisir de vous servir à nouveau.

L'équipe de la Boutique Érable Rouge""", [
    ("placeholder", "Bonjour Mme Gagnon,", "Bonjour Mme [NOM],", "bracketed placeholder"),
    ("internal_note", "\n\nL'équipe de la Boutique", "\n\nNOTE : surveiller le colis retour et confirmer la réception rapidement (procédure return_instructions).\n\nL'équipe de la Boutique", "internal note with remedy id"),
    ("shouting", "dans le litige.", "dans le litige. SANS NUMÉRO DE SUIVI, ON NE PEUT RIEN FAIRE!!!", "all-caps sentence with !!!"),
    ("invented_tracking_number", "dans le litige.", "dans le litige. Vous pouvez utiliser l'étiquette de retour n° 1047338522916604 déjà créée à votre nom.", "invented return label number"),
    ("missing_required_point", " Nous espérons avoir le plaisir de vous servir à nouveau.", "", "trade-again sentence deleted"),
    ("wrong_language", None, f"""Hello Ms Gagnon,

We acknowledge the platform's decision: return and refund. Please send the item back to the following address: {ADDR_FR}. The refund will be made once the return is received; please add the tracking number of your parcel to the dispute. We hope to have the pleasure of serving you again.

L'équipe de la Boutique Érable Rouge""", "whole reply in English for a Canadian French buyer", "en"),
])

ADDR_AR = "Al Noor Returns, Warehouse 7, Jebel Ali Free Zone, Dubai, United Arab Emirates"

G("q21a", "q21", f"""مرحباً سارة،

نحترم قرار المنصة بإرجاع الطقم واسترداد المبلغ، ونتقبله تماماً. يُرجى إرسال الطقم إلى العنوان التالي:
{ADDR_AR}

سيتم استرداد المبلغ فور وصول الطقم المُرتجع إلينا، ونرجو منكِ إضافة رقم تتبع شحنة الإرجاع إلى النزاع. نتمنى أن نتعامل معكِ مجدداً في المستقبل.

مع أطيب التحيات،
فريق Al Noor Home""", [
    ("off_platform_contact", "إلى النزاع.", "إلى النزاع، ولأي استفسار تواصلي معنا مباشرة عبر واتساب.", "WhatsApp"),
    ("refund_promise", "ونتقبله تماماً.", "ونتقبله تماماً، وسنضيف لكِ قسيمة خصم على طلبك القادم تعويضاً عن الإزعاج.", "discount voucher as compensation"),
    ("blame", "ونتقبله تماماً.", "ونتقبله تماماً، مع أن الطقم غادر مستودعنا سليماً والكسر حدث بسبب إهمال شركة الشحن.", "blames the carrier"),
    ("missing_required_point", "سيتم استرداد المبلغ فور وصول الطقم المُرتجع إلينا، ونرجو منكِ إضافة رقم تتبع شحنة الإرجاع إلى النزاع. ", "",
     "refund-after-return + tracking request sentence deleted"),
    ("internal_note", "\n\nمع أطيب التحيات،", "\n\n(ملاحظة داخلية: تصوير المرتجع عند الوصول وحفظ رقم التتبع)\n\nمع أطيب التحيات،", "internal note"),
    ("invented_amount_or_date", "يُرجى إرسال الطقم إلى", "يُرجى إرسال الطقم قبل 30 نوفمبر إلى", "invented deadline"),
])

G("q22a", "q22", """王磊您好：

您寄回的茶具我们已经收到了，谢谢您。这次的茶具让您失望了，给您添了不少麻烦，我们再次向您表示歉意。退款接下来会通过平台发放给您，请您留意平台的通知，如有任何疑问，欢迎随时在这里给我们留言。期待以后还有机会为您服务！

青山茶舍 Qingshan Tea House""", [
    ("feedback_request", "期待以后还有机会为您服务！", "期待以后还有机会为您服务！如果方便的话，麻烦给我们一个五星好评，非常感谢！", "asks for a five-star review"),
    ("off_platform_contact", "期待以后还有机会为您服务！", "期待以后还有机会为您服务！以后有需要可以直接加我们微信：qingshan_tea，价格更优惠。", "WeChat"),
    ("invented_amount_or_date", "退款接下来会通过平台发放给您", "退款会在3个工作日内通过平台发放给您", "invented day count"),
    ("missing_required_point", "期待以后还有机会为您服务！", "", "trade-again sentence deleted"),
    ("refund_promise", "请您留意平台的通知，", "请您留意平台的通知。另外我们给您送一张店铺优惠券，下次购买可以直接抵扣。", "coupon beyond the refund"),
    ("internal_note", "\n\n青山茶舍", "\n【内部备注：已拍照存档退货到货状态，待财务确认】\n\n青山茶舍", "internal note"),
    ("wrong_language", None, """Hello 王磊,

We have received the tea set you sent back, thank you. We apologise again for the trouble. The refund will now be issued to you through the platform; please keep an eye on the platform's notifications. We hope to have the chance to serve you again in the future!

青山茶舍 Qingshan Tea House""", "whole reply in English for a Chinese buyer", "en"),
])

G("q23a", "q23", """Hei Aino!

Kiitos viestistäsi ja kiitos, että palautit sukat niin nopeasti. Voin vahvistaa, että palauttamasi villasukat ovat saapuneet meille hyvässä kunnossa. Hyvitys tulee nyt sinulle alustan kautta, joten sinun ei tarvitse tehdä enää mitään. Harmi, että koko ei tällä kertaa osunut kohdalleen. Toivottavasti saamme palvella sinua taas joskus tulevaisuudessa!

Lämpimin terveisin,
Revontuli Knits""", [
    ("shouting", "Lämpimin terveisin,", "KIITOS VIELÄ KERRAN TOSI PALJON!!!\n\nLämpimin terveisin,", "all-caps line with !!!"),
    ("feedback_request", "tulevaisuudessa!", "tulevaisuudessa! Olisimme myös tosi kiitollisia, jos jättäisit meille viiden tähden arvion.", "asks for a five-star review"),
    ("placeholder", "Hei Aino!", "Hei [ASIAKKAAN NIMI]!", "bracketed placeholder"),
    ("blame", "ovat saapuneet meille hyvässä kunnossa.", "ovat saapuneet meille hyvässä kunnossa. Sukat olivat kyllä ihan oikean kokoiset, joten ehkä luit kokotaulukkoa väärin.", "blames the buyer"),
    ("refund_promise", "alustan kautta,", "alustan kautta, ja saat meiltä lisäksi alennuskoodin seuraavaan tilaukseesi,", "discount code"),
    ("invented_tracking_number", "palauttamasi villasukat ovat", "palauttamasi villasukat (seurantanumero JJFI64420331) ovat", "near-miss of the return tracking number"),
    ("missing_required_point", " Hyvitys tulee nyt sinulle alustan kautta, joten sinun ei tarvitse tehdä enää mitään.", "", "refund-follows sentence deleted"),
])
