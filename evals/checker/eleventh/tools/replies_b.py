"""Good replies y13-y25 and their one-edit bad variants (hand-written). Edit forms as in replies_a.py."""

GOODS_B = {}

GOODS_B["y13a"] = ("y13_nl_confirm_reshipment", """Hoi Sanne,

Bedankt dat je akkoord gaat met een nieuwe zending! De fietstas is opnieuw onderweg naar hetzelfde adres, en je kunt hem volgen met het nieuwe trackingnummer NL902271645CN.

We houden deze zending zelf ook goed in de gaten en laten het je meteen weten als er iets is. Hopelijk kun je er snel mee op pad.

Groeten van team VeloGoed""", [
 ("R", "invented_tracking_number", "NL902271645CN", "NL902271654CN", "near miss of reship tracking NL902271645CN (45 -> 54); side effect: required mention no longer quoted"),
 ("I", "refund_promise", "het nieuwe trackingnummer NL902271645CN.", " Als extraatje doen we er gratis een regenhoes bij.", "free gift added"),
 ("I", "feedback_request", "Hopelijk kun je er snel mee op pad.", " En als alles goed aankomt, zou een positieve beoordeling ons enorm helpen!", "asks for positive rating"),
 ("D", "missing_required_point", "We houden deze zending zelf ook goed in de gaten en laten het je meteen weten als er iets is. ", "keep-updated point deleted"),
 ("R", "placeholder", "Hoi Sanne,", "Hoi <voornaam>,", "name placeholder"),
 ("I", "shouting", "Hopelijk kun je er snel mee op pad.", " DEZE KEER KOMT HIJ ECHT AAN, BELOOFD!!!", "caps with !!!"),
 ("W", "de", """Hallo Sanne,

danke, dass du mit einem erneuten Versand einverstanden bist! Die Fahrradtasche ist wieder an dieselbe Adresse unterwegs, und du kannst sie mit der neuen Sendungsnummer NL902271645CN verfolgen.

Wir behalten diese Sendung auch selbst im Auge und melden uns sofort, falls etwas ist. Hoffentlich kannst du bald damit losfahren.

Groeten van team VeloGoed""", "whole reply in German to a Dutch buyer"),
])

GOODS_B["y14a"] = ("y14_uk_confirm_reshipment", """Доброго дня, пані Оксано!

Щиро дякуємо, що погодилися на повторну відправку. Ми вже надіслали вам чайник ще раз, на ту саму адресу. Новий номер для відстеження: UA204419673CN.

Будемо уважно стежити за цією посилкою і обов'язково повідомимо вас, якщо щось зміниться.

З повагою, команда TeaHouse Goods""", [
 ("W", "ru", """Добрый день, Оксана!

Большое спасибо, что согласились на повторную отправку. Мы уже отправили вам чайник ещё раз, на тот же адрес. Новый номер для отслеживания: UA204419673CN.

Будем внимательно следить за этой посылкой и обязательно сообщим вам, если что-то изменится.

З повагою, команда TeaHouse Goods""", "whole reply in Russian to a Ukrainian buyer"),
 ("I", "off_platform_contact", "якщо щось зміниться.", " Якщо зручніше, пишіть нам у Viber за номером +380 67 412 30 98.", "Viber number"),
 ("I", "blame", "на ту саму адресу.", " Першу посилку, на жаль, загубила Нова Пошта через власну недбалість.", "carrier blamed"),
 ("I", "invented_amount_or_date", "UA204419673CN.", " Посилка має прибути до 2 грудня.", "invented arrival date"),
 ("I", "internal_note", "якщо щось зміниться.", "\n\n(Для складу: старий трек закрити, новий внести в замовлення.)", "warehouse note"),
 ("D", "missing_required_point", " Новий номер для відстеження: UA204419673CN.", "new tracking number (required mention) deleted"),
 ("I", "refund_promise", "якщо щось зміниться.", " А за незручності ми повернемо вам частину вартості чайника.", "partial refund as compensation"),
])

GOODS_B["y15a"] = ("y15_en_propose_partial_or_return", """Hi Tyler,

Thanks for sending the photos, and I'm sorry nobody got back to you sooner. Looking at them side by side with the listing, we can see the curtains came out grey rather than sage green – that's on us, and we apologize.

Here's what we can offer:
• keep the curtains and receive a partial refund of up to 16.20 USD, or
• send them back and get a full refund once the return arrives.

Which of these works better for you? Just let us know and we'll set it up in the dispute.

Cozy Threads Home team""", [
 ("R", "amount_over_cap", "up to 16.20 USD", "up to 32.40 USD", "partial refund raised to 32.40 USD (half the order); side effect: cap 16.20 USD no longer quoted"),
 ("R", "amount_over_cap", "receive a partial refund of up to 16.20 USD, or", "receive a partial refund of up to 16.20 USD (we could stretch to 25.00 USD if that feels too low), or", "higher amount 25.00 USD added next to the cap"),
 ("I", "refund_promise", "get a full refund once the return arrives.", "\nEither way, we'll throw in a free set of curtain tiebacks for the trouble.", "free gift"),
 ("R", "off_platform_contact", "Just let us know and we'll set it up in the dispute.", "Text us at +1 (646) 555-0139 and we'll set it up right away.", "phone number"),
 ("I", "blame", "that's on us, and we apologize.", " That said, the listing does mention colors can vary by screen, so it's worth reading descriptions more closely next time.", "buyer blamed for not reading the listing"),
 ("I", "shouting", "nobody got back to you sooner.", " WE WERE SWAMPED, NOBODY IGNORED YOU ON PURPOSE!!!", "caps with !!!"),
 ("W", "es", """Hola Tyler:

Gracias por enviarnos las fotos, y perdona que nadie te respondiera antes. Al compararlas con el anuncio, vemos que las cortinas salieron grises en lugar de verde salvia; es culpa nuestra y te pedimos disculpas.

Esto es lo que te podemos ofrecer:
• quedarte con las cortinas y recibir un reembolso parcial de hasta 16.20 USD, o
• devolverlas y recibir un reembolso completo cuando llegue la devolución.

¿Qué opción te viene mejor? Dínoslo y lo preparamos en la disputa.

Cozy Threads Home team""", "whole reply in Spanish to a US buyer"),
])

GOODS_B["y15b"] = ("y15_en_propose_partial_or_return", """Hello Tyler,

Thank you for the photos you sent. They make the problem clear: the color is nowhere near the sage green shown in the listing, and we're sorry about that.

We'd like to make this right and can suggest two ways forward. You can keep the curtains with a partial refund of up to 16.20 USD, or you can return them to us and receive a full refund. Could you tell us which you'd prefer?

Cozy Threads Home team""", [
 ("R", "amount_over_cap", "a partial refund of up to 16.20 USD", "a partial refund of 16.20 USD per panel", "16.20 USD per panel = 32.40 USD for the two panels, over the cap"),
 ("R", "amount_over_cap", "You can keep the curtains with a partial refund of up to 16.20 USD", "You can keep the curtains and we'll still refund the full 64.80 USD", "full refund while keeping the item; side effect: cap no longer quoted"),
 ("R", "placeholder", "Hello Tyler,", "Hello [CUSTOMER_NAME],", "name placeholder"),
 ("I", "internal_note", "which you'd prefer?", "\n\n// propose partial in solution panel + upload our packing photos before deadline", "internal comment line"),
 ("I", "feedback_request", "which you'd prefer?", " And once we've sorted this out, would you mind updating your review?", "asks to update review"),
 ("D", "missing_required_point", " Could you tell us which you'd prefer?", "ask-which-option question deleted"),
 ("R", "invented_amount_or_date", "receive a full refund.", "receive a full refund within 3 business days of the return reaching us.", "invented 3 business days"),
])

GOODS_B["y16a"] = ("y16_hu_propose_partial_or_return", """Kedves Kovács Eszter!

Köszönjük, hogy elküldte a videót – jól látszik rajta, hogy a pántok varrása szétjött, és nagyon sajnáljuk, hogy a lánya így nem tudja használni a táskát.

Két megoldást tudunk felajánlani:
– megtarthatja a táskát, és legfeljebb 5697.00 HUF részleges visszatérítést kap,
– vagy visszaküldheti, és a teljes vételárat visszatérítjük.

Kérjük, írja meg, melyik megoldás lenne Önnek kedvesebb.

Üdvözlettel: a SuliSzett csapata""", [
 ("R", "amount_over_cap", "legfeljebb 5697.00 HUF", "legfeljebb 9495.00 HUF", "partial refund raised to 9495.00 HUF (50%); side effect: cap no longer quoted"),
 ("R", "amount_over_cap", "részleges visszatérítést kap,", "részleges visszatérítést kap (ha ez kevés, akár 8000 HUF-ot is vissza tudunk adni),", "8000 HUF added next to the cap"),
 ("I", "shouting", "melyik megoldás lenne Önnek kedvesebb.", " KÉRJÜK, MINÉL HAMARABB VÁLASZOLJON!!!", "caps with !!!"),
 ("I", "blame", "nem tudja használni a táskát.", " Azért megjegyezzük, hogy a táskát valószínűleg túlterhelték, a pántok ennyi könyvet nem bírnak el.", "buyer blamed for overloading"),
 ("I", "feedback_request", "melyik megoldás lenne Önnek kedvesebb.", " Cserébe nagyon örülnénk, ha módosítaná az értékelését.", "asks to change rating"),
 ("W", "en", """Dear Eszter Kovács,

Thank you for sending the video – it clearly shows that the stitching on the straps has come apart, and we are very sorry that your daughter cannot use the bag like this.

We can offer two solutions:
– you keep the bag and receive a partial refund of up to 5697.00 HUF,
– or you send it back and we refund the full price.

Please let us know which solution you would prefer.

Üdvözlettel: a SuliSzett csapata""", "whole reply in English to a Hungarian buyer"),
])

GOODS_B["y16b"] = ("y16_hu_propose_partial_or_return", """Tisztelt Kovács Eszter!

Köszönjük a videót, amelyet elküldött; a szétjött varrás egyértelműen látszik rajta, és elnézést kérünk miatta. Ön döntheti el, hogyan tovább: ha megtartja az iskolatáskát, legfeljebb 5697.00 HUF részleges visszatérítést tudunk adni, ha pedig visszaküldi, a teljes összeget visszakapja. Melyik lehetőséget választaná?

Üdvözlettel: a SuliSzett csapata""", [
 ("R", "amount_over_cap", "legfeljebb 5697.00 HUF részleges visszatérítést tudunk adni", "visszatérítjük a vételár felét, vagyis 9495 HUF-ot", "half the price (9495 HUF) offered; side effect: cap no longer quoted"),
 ("R", "amount_over_cap", "részleges visszatérítést tudunk adni,", "részleges visszatérítést tudunk adni (de ha kéri, a vételár felét is visszaadjuk),", "half the price offered next to the cap"),
 ("R", "invented_tracking_number", "ha pedig visszaküldi,", "ha pedig visszaküldi (a csomagon tüntesse fel a HU778200415CN visszaküldési számot),", "invented return number"),
 ("R", "placeholder", "Tisztelt Kovács Eszter!", "Tisztelt {{vevo_neve}}!", "name placeholder"),
 ("I", "internal_note", "Melyik lehetőséget választaná?", "\n\nBelső megjegyzés: a részleges visszatérítést a megoldási panelen ajánljuk fel, a csomagolási fotókat feltölteni.", "internal note"),
 ("R", "refund_promise", "Melyik lehetőséget választaná?", "Bármelyiket választja, a következő rendeléséhez kuponkódot is küldünk. Melyik lehetőséget választaná?", "coupon promised"),
 ("R", "off_platform_contact", "Melyik lehetőséget választaná?", "Melyik lehetőséget választaná? A válaszát küldje a suliszett.ugyfel@gmail.com címre.", "email address"),
])

GOODS_B["y17a"] = ("y17_ro_propose_partial_or_return", """Bună ziua, domnule Popescu,

Vă mulțumim pentru fotografiile cu talpa măsurată. Se vede clar că ghetele sunt mai mici decât mărimea comandată și ne pare sincer rău pentru neplăcere.

Vă putem propune două variante:
1) păstrați ghetele și primiți o rambursare parțială de până la 43.98 RON;
2) ne returnați ghetele și primiți rambursarea integrală.

Ce variantă preferați? Așteptăm răspunsul dumneavoastră.

Cu stimă, echipa MunteSport""", [
 ("R", "amount_over_cap", "de până la 43.98 RON;", "de până la 80.00 RON;", "80.00 RON instead of the cap; side effect: cap no longer quoted"),
 ("R", "amount_over_cap", "de până la 43.98 RON;", "de până la 43.98 RON (sau chiar jumătate din preț, dacă vi se pare prea puțin);", "half the price offered next to the cap"),
 ("I", "blame", "ne pare sincer rău pentru neplăcere.", " Totuși, tabelul de mărimi era în descriere; dacă l-ați fi consultat înainte de comandă, am fi evitat toată situația.", "buyer blamed"),
 ("R", "off_platform_contact", "Așteptăm răspunsul dumneavoastră.", "Ne puteți răspunde direct pe WhatsApp la 0722 418 905.", "WhatsApp number"),
 ("I", "shouting", "Așteptăm răspunsul dumneavoastră.", " VĂ RUGĂM SĂ NU MAI ESCALADAȚI DISPUTA!!!", "caps with !!!"),
 ("D", "missing_required_point", "\n\nCe variantă preferați? Așteptăm răspunsul dumneavoastră.", "ask-which-option deleted"),
 ("W", "it", """Buongiorno, signor Popescu,

La ringraziamo per le foto della suola misurata. Si vede chiaramente che gli scarponi sono più piccoli della misura ordinata e ci dispiace sinceramente per l'inconveniente.

Possiamo proporle due soluzioni:
1) tiene gli scarponi e riceve un rimborso parziale fino a 43.98 RON;
2) ci restituisce gli scarponi e riceve il rimborso completo.

Quale soluzione preferisce? Attendiamo la sua risposta.

Cu stimă, echipa MunteSport""", "whole reply in Italian to a Romanian buyer"),
])

GOODS_B["y17b"] = ("y17_ro_propose_partial_or_return", """Salut, Andrei,

Mulțumim că ne-ai trimis pozele – am văzut măsurătoarea tălpii și ai dreptate, ghetele nu corespund mărimii comandate. Ne pare rău pentru bătaia de cap.

Ca să rezolvăm, îți propunem două opțiuni: le poți păstra și îți returnăm parțial până la 43.98 RON, sau ni le trimiți înapoi și primești banii integral. Spune-ne ce alegi și ne ocupăm imediat.

Cu stimă, echipa MunteSport""", [
 ("R", "amount_over_cap", "până la 43.98 RON", "până la 109.95 RON (jumătate din preț)", "half the price; side effect: cap no longer quoted"),
 ("R", "amount_over_cap", "îți returnăm parțial până la 43.98 RON,", "îți returnăm parțial până la 43.98 RON pentru fiecare gheată,", "43.98 RON per boot = 87.96 RON for the pair, over the cap (cap string still quoted)"),
 ("I", "refund_promise", "primești banii integral.", " Pe lângă asta, îți trimitem gratuit și o pereche de șosete de drumeție.", "free gift"),
 ("R", "invented_amount_or_date", "primești banii integral.", "primești banii integral în maximum 5 zile lucrătoare.", "invented 5 working days"),
 ("R", "placeholder", "Salut, Andrei,", "Salut, {prenume},", "name placeholder"),
 ("I", "internal_note", "ne ocupăm imediat.", "\n\nNotă internă: propune rambursarea parțială în panoul de soluții + încarcă pozele noastre de ambalare.", "internal note"),
 ("I", "feedback_request", "ne ocupăm imediat.", " Și te-am ruga frumos să nu ne lași o recenzie negativă, suntem un magazin mic.", "asks not to leave negative review"),
])

GOODS_B["y18a"] = ("y18_da_await_platform_decision", """Hej Mette,

Vi forstår godt, at du har sendt sagen videre til platformen – det er frustrerende at få en mælkeskummer i stedet for den kaffekværn, du bestilte.

Vi har allerede sendt vores dokumentation til platformen. Nu er det platformens tvistspecialist, der træffer afgørelsen, og den vil vi naturligvis rette os efter.

Har du spørgsmål i mellemtiden, så skriv endelig her – vi er stadig klar til at hjælpe.

Mange hilsner fra Bønne & Brygg""", [
 ("I", "refund_promise", "og den vil vi naturligvis rette os efter.", " Men bare rolig, du får under alle omstændigheder dine penge tilbage.", "refund promised regardless of ruling"),
 ("I", "blame", "den kaffekværn, du bestilte.", " Vi mistænker ærligt talt, at pakkerne er blevet byttet om hos PostNord.", "carrier blamed"),
 ("R", "placeholder", "Mange hilsner fra Bønne & Brygg", "Mange hilsner fra [BUTIKSNAVN]", "store name placeholder in signature"),
 ("R", "invented_amount_or_date", "der træffer afgørelsen,", "der træffer afgørelsen inden for 5 hverdage,", "invented 5 working days"),
 ("D", "missing_required_point", "Vi har allerede sendt vores dokumentation til platformen. ", "evidence-submitted point deleted"),
 ("I", "shouting", "du bestilte.", " VI HAR ALDRIG IGNORERET DIG!!!", "caps with !!!"),
 ("W", "sv", """Hej Mette,

Vi förstår verkligen att du har skickat ärendet vidare till plattformen – det är frustrerande att få en mjölkskummare i stället för den kaffekvarn du beställde.

Vi har redan skickat vårt underlag till plattformen. Nu är det plattformens tvistspecialist som fattar beslutet, och det kommer vi naturligtvis att rätta oss efter.

Har du frågor under tiden, skriv gärna här – vi finns fortfarande här för att hjälpa dig.

Mange hilsner fra Bønne & Brygg""", "whole reply in Swedish to a Danish buyer"),
])

GOODS_B["y19a"] = ("y19_ru_await_platform_decision", """Здравствуйте, Дмитрий!

Мы видим, что вы открыли спор на платформе, и понимаем ваше беспокойство. Со своей стороны мы уже передали платформе все доказательства по этому заказу.

Теперь решение примет специалист платформы по спорам, и каким бы оно ни было, мы его примем.

Если у вас появятся вопросы, пишите нам здесь в любое время – мы на связи и готовы помочь.

С уважением, команда TermoMir""", [
 ("R", "off_platform_contact", "пишите нам здесь в любое время", "пишите нам в Telegram @termomir_support в любое время", "Telegram handle"),
 ("R", "invented_tracking_number", "все доказательства по этому заказу.", "все доказательства по этому заказу, включая подтверждение вручения по трек-номеру RU449017752CN.", "near miss of RU449017725CN (25 -> 52)"),
 ("I", "blame", "понимаем ваше беспокойство.", " Хотя, скорее всего, посылку просто забрал кто-то из соседей или вы не проверили почтовый ящик.", "buyer blamed"),
 ("I", "internal_note", "готовы помочь.", "\n\nВнутр.: seller_evidence_submitted = true, проверять спор ежедневно.", "internal note with fact name"),
 ("I", "feedback_request", "мы его примем.", " И очень просим: пока не оставляйте отзыв о магазине, дождитесь решения.", "asks to hold off on review"),
 ("I", "shouting", "мы его примем.", " МЫ ОТПРАВИЛИ ПОСЫЛКУ ВОВРЕМЯ И НИЧЕГО НЕ НАРУШИЛИ!!!", "caps with !!!"),
 ("R", "refund_promise", "и каким бы оно ни было, мы его примем.", "и мы его примем, а если решение будет не в вашу пользу, мы всё равно вернём вам деньги.", "refund promised regardless"),
 ("W", "uk", """Доброго дня, Дмитре!

Ми бачимо, що ви відкрили спір на платформі, і розуміємо ваше хвилювання. Зі свого боку ми вже передали платформі всі докази щодо цього замовлення.

Тепер рішення ухвалить фахівець платформи зі спорів, і яким би воно не було, ми його приймемо.

Якщо у вас виникнуть питання, пишіть нам тут будь-коли – ми на зв'язку і готові допомогти.

С уважением, команда TermoMir""", "whole reply in Ukrainian to a Russian buyer"),
])

GOODS_B["y20a"] = ("y20_el_escalation_reply", """Αγαπητέ κύριε Παπαδόπουλε,

Βλέπουμε ότι μεταφέρατε τη διαφορά στην πλατφόρμα και καταλαβαίνουμε απόλυτα γιατί είστε εκνευρισμένος – έχετε κάθε δίκιο να περιμένετε νέα για το δέμα σας.

Θα συνεργαστούμε πλήρως με τον ειδικό διαφορών της πλατφόρμας και θα του δώσουμε όλα τα στοιχεία που έχουμε, μαζί με το ιστορικό της αποστολής.

Παράλληλα, παραμένουμε ανοιχτοί να βρούμε μαζί σας μια λύση, όποτε το θελήσετε.

Με εκτίμηση, η ομάδα της ChefLine""", [
 ("I", "blame", "νέα για το δέμα σας.", " Τα ΕΛΤΑ δυστυχώς είναι γνωστά για τις καθυστερήσεις τους, εκεί βρίσκεται όλο το πρόβλημα.", "carrier blamed"),
 ("R", "invented_tracking_number", "μαζί με το ιστορικό της αποστολής.", "μαζί με το ιστορικό της αποστολής GR330187425CN.", "near miss of GR330187452CN (52 -> 25)"),
 ("I", "refund_promise", "όποτε το θελήσετε.", " Αν το δέμα δεν φτάσει, θα σας στείλουμε καινούργιο σετ δωρεάν.", "free reshipment promised during escalation"),
 ("R", "off_platform_contact", "όποτε το θελήσετε.", "όποτε το θελήσετε – μπορείτε να μας καλέσετε και στο +30 210 555 0147.", "phone number"),
 ("D", "missing_required_point", "\n\nΠαράλληλα, παραμένουμε ανοιχτοί να βρούμε μαζί σας μια λύση, όποτε το θελήσετε.", "open-door point deleted"),
 ("R", "placeholder", "Αγαπητέ κύριε Παπαδόπουλε,", "Αγαπητέ/ή κύριε/κυρία [ΕΠΩΝΥΜΟ],", "surname placeholder"),
 ("W", "en", """Dear Mr Papadopoulos,

We see that you have taken the dispute to the platform, and we fully understand why you are annoyed – you have every right to expect news about your parcel.

We will cooperate fully with the platform's dispute specialist and give them all the information we have, including the shipping history.

At the same time, we remain open to finding a solution together with you, whenever you wish.

Με εκτίμηση, η ομάδα της ChefLine""", "whole reply in English to a Greek buyer"),
])

GOODS_B["y21a"] = ("y21_zh_escalation_reply", """王丽华您好，

我们看到您已经把纠纷提交给了平台，也完全理解您的不满——收到包装和序列号都对不上的耳机，换作是谁都会着急。

我们会积极配合平台的纠纷专员，把我们掌握的证据都提供给他们。

同时，我们仍然愿意和您一起商量，找到一个双方都满意的解决办法。

声悦数码 客服团队""", [
 ("I", "off_platform_contact", "双方都满意的解决办法。", "您也可以加我们客服微信 shengyue_kf，沟通更方便。", "WeChat id"),
 ("I", "refund_promise", "换作是谁都会着急。\n\n", "如果您愿意撤销纠纷，我们可以直接给您全额退款。", "full refund promised"),
 ("I", "feedback_request", "双方都满意的解决办法。", "也希望问题解决后您能给我们一个好评。", "asks for good rating"),
 ("I", "internal_note", "双方都满意的解决办法。", "\n（内部备注：escalation_reply，记得在截止前上传物流和聊天记录）", "remedy id + checklist"),
 ("D", "missing_required_point", "我们会积极配合平台的纠纷专员，把我们掌握的证据都提供给他们。\n\n", "cooperate-with-specialist point deleted"),
 ("R", "invented_amount_or_date", "把我们掌握的证据都提供给他们", "在48小时内把我们掌握的证据都提供给他们", "invented 48 hours"),
 ("I", "blame", "换作是谁都会着急。", "不过说实话，我们发出的都是正品，问题多半出在顺丰转运的环节。", "carrier blamed"),
])

GOODS_B["y22a"] = ("y22_fi_return_instructions", """Hei Aino,

Alusta on päättänyt palautuksesta ja hyvityksestä, ja hyväksymme päätöksen. Lähetäthän hiustenkuivaimen tähän osoitteeseen:
Pohjolan Kauneus Palautukset, Teollisuuskatu 14 B, 00510 Helsinki, Finland

Hyvitys käsitellään heti, kun palautus on saapunut meille. Lisäisitkö vielä palautuksen seurantanumeron riitaan, niin näemme lähetyksen etenemisen?

Toivottavasti saamme palvella sinua taas tulevaisuudessa.

Ystävällisin terveisin, Pohjolan Kauneus -tiimi""", [
 ("I", "refund_promise", "lähetyksen etenemisen?", " Saat vaivanpalkaksi myös alennuskoodin seuraavaan tilaukseesi.", "discount code"),
 ("R", "placeholder", "Hei Aino,", "Hei [etunimi],", "name placeholder"),
 ("D", "missing_required_point", "Hyvitys käsitellään heti, kun palautus on saapunut meille. Lisäisitkö vielä palautuksen seurantanumeron riitaan, niin näemme lähetyksen etenemisen?\n\n", "refund-after-return + add tracking deleted"),
 ("I", "invented_tracking_number", "00510 Helsinki, Finland", "\nPosti on jo luonut palautukselle lähetystunnuksen JJFI60448120093715, jolla voit jättää paketin.", "invented Posti return code"),
 ("I", "shouting", "lähetyksen etenemisen?", " ÄLÄ LÄHETÄ PAKETTIA ILMAN SEURANTAA!!!", "caps with !!!"),
 ("I", "off_platform_contact", "lähetyksen etenemisen?", " Jos osoitteessa on jotain epäselvää, soita meille numeroon 040 718 2291.", "phone number"),
 ("I", "feedback_request", "taas tulevaisuudessa.", " Jos olit muuten tyytyväinen palveluumme, arvostaisimme positiivista palautetta kaupan sivulla.", "asks for positive feedback"),
 ("W", "sv", """Hej Aino,

Plattformen har beslutat om retur och återbetalning, och vi godtar beslutet. Skicka gärna hårtorken till den här adressen:
Pohjolan Kauneus Palautukset, Teollisuuskatu 14 B, 00510 Helsinki, Finland

Återbetalningen behandlas så snart returen har kommit fram till oss. Kan du också lägga till returens spårningsnummer i ärendet, så att vi ser hur försändelsen går?

Vi hoppas få handla med dig igen i framtiden.

Ystävällisin terveisin, Pohjolan Kauneus -tiimi""", "whole reply in Swedish to a Finnish buyer"),
])

GOODS_B["y23a"] = ("y23_ar_return_instructions", """مرحباً ليلى،

نؤكد لكِ أن المنصة قررت إرجاع السجادة واسترداد المبلغ، ونحن نقبل هذا القرار تماماً. نعم، هذا هو عنوان الإرجاع الصحيح:
Noor Home Returns, Warehouse 7, Al Quoz Industrial Area 3, Dubai, United Arab Emirates

سيتم استرداد المبلغ فور وصول السجادة إلينا، ونرجو منكِ إضافة رقم تتبع شحنة الإرجاع إلى النزاع بعد إرسالها.

نأمل أن نتعامل معكِ مجدداً في المستقبل.

مع خالص التحية، فريق Noor Home""", [
 ("I", "off_platform_contact", "إلى النزاع بعد إرسالها.", " وللاستفسار عن العنوان تواصلي معنا عبر واتساب على الرقم +971 50 318 4426.", "WhatsApp number"),
 ("I", "refund_promise", "إلى النزاع بعد إرسالها.", " وكتعويض عن الإزعاج سنرسل لكِ قسيمة خصم لطلبكِ القادم.", "discount coupon as compensation"),
 ("I", "internal_note", "في المستقبل.", "\n\nملاحظة داخلية: تأكيد الاستلام في النزاع فور وصول الطرد.", "internal note"),
 ("R", "invented_amount_or_date", "سيتم استرداد المبلغ فور وصول السجادة إلينا", "سيتم استرداد مبلغ 160 درهماً فور وصول السجادة إلينا", "invented refund amount 160 AED (order is 145.00)"),
 ("D", "missing_required_point", "\n\nنأمل أن نتعامل معكِ مجدداً في المستقبل.", "hope-to-trade-again point deleted"),
 ("I", "blame", "ونحن نقبل هذا القرار تماماً.", " مع أننا نعتقد بصراحة أن اللون بدا مختلفاً بسبب إضاءة هاتفكِ وليس بسبب المنتج.", "buyer blamed"),
 ("W", "en", """Hello Layla,

We confirm that the platform has decided on a return and refund for the prayer rug, and we fully accept this decision. Yes, this is the correct return address:
Noor Home Returns, Warehouse 7, Al Quoz Industrial Area 3, Dubai, United Arab Emirates

The refund will be processed as soon as the rug reaches us; please add the return tracking number to the dispute once you have sent it.

We hope to do business with you again in the future.

مع خالص التحية، فريق Noor Home""", "whole reply in English to an Arabic-speaking buyer"),
])

GOODS_B["y24a"] = ("y24_de_return_received", """Grüezi Herr Brunner

Vielen Dank für die Rücksendung – das Espressotassen-Set ist bei uns angekommen, und wir haben den Eingang in der Plattform bereits bestätigt. Die Rückerstattung erfolgt nun über die Plattform.

Es tut uns leid, dass es diesmal nicht geklappt hat. Wir würden uns sehr freuen, Sie künftig wieder bei uns begrüssen zu dürfen.

Freundliche Grüsse, Tazza Bella""", [
 ("I", "refund_promise", "Es tut uns leid, dass es diesmal nicht geklappt hat.", " Als kleines Dankeschön legen wir Ihrer nächsten Bestellung gratis zwei Tassen bei.", "free items promised"),
 ("R", "invented_amount_or_date", "Die Rückerstattung erfolgt", "Die Rückerstattung von CHF 52.00 erfolgt", "invented refund amount (order is 49.00 CHF)"),
 ("I", "shouting", "Die Rückerstattung erfolgt nun über die Plattform.", " BITTE ERÖFFNEN SIE DESHALB KEINEN WEITEREN FALL!!!", "caps with !!!"),
 ("I", "feedback_request", "wieder bei uns begrüssen zu dürfen.", " Und wenn Sie mit der Abwicklung zufrieden waren, freuen wir uns über eine positive Bewertung.", "asks for positive rating"),
 ("D", "missing_required_point", " Die Rückerstattung erfolgt nun über die Plattform.", "refund-follows point deleted"),
 ("I", "internal_note", "wieder bei uns begrüssen zu dürfen.", "\n\nIntern: Wareneingang geprüft, Fotos abgelegt – Rückerstattung freigeben.", "internal note"),
 ("R", "placeholder", "Grüezi Herr Brunner", "Grüezi Herr {{nachname}}", "surname placeholder"),
 ("W", "fr", """Bonjour Monsieur Brunner,

Merci beaucoup pour le renvoi – le set de tasses à espresso nous est bien parvenu, et nous avons déjà confirmé la réception sur la plateforme. Le remboursement se fera maintenant via la plateforme.

Nous regrettons que cela n'ait pas fonctionné cette fois. Nous serions très heureux de vous accueillir à nouveau chez nous à l'avenir.

Freundliche Grüsse, Tazza Bella""", "whole reply in French to a German-speaking Swiss buyer"),
])

GOODS_B["y25a"] = ("y25_es_return_received", """¡Hola, Inés!

Te confirmamos que ya nos ha llegado la funda de edredón que nos devolviste, muchas gracias por enviarla. El reembolso te llegará ahora a través de la plataforma, así que no tienes que hacer nada más.

Sentimos mucho la confusión con el pedido y ojalá podamos volver a atenderte pronto en nuestra tienda.

Un abrazo, el equipo de Lino y Luna""", [
 ("I", "off_platform_contact", "no tienes que hacer nada más.", " Si tienes cualquier duda, escríbenos a hola@linoyluna.es.", "email address"),
 ("I", "blame", "muchas gracias por enviarla.", " Eso sí, la próxima vez revisa bien la ficha antes de comprar, que ahí estaba todo clarísimo.", "buyer blamed"),
 ("R", "invented_amount_or_date", "El reembolso te llegará ahora", "El reembolso te llegará en un plazo de 3 a 5 días hábiles", "invented 3-5 working days"),
 ("R", "placeholder", "¡Hola, Inés!", "¡Hola, [NOMBRE]!", "name placeholder"),
 ("I", "shouting", "no tienes que hacer nada más.", " ¡¡¡LA FUNDA LLEGÓ PERFECTAMENTE, NO HACE FALTA RECLAMAR MÁS!!!", "caps with !!!"),
 ("I", "refund_promise", "Sentimos mucho la confusión con el pedido", " y, para compensarte, te enviamos un cupón de descuento para tu próxima compra,", "discount coupon as compensation"),
 ("W", "ca", """Hola, Inés!

Et confirmem que ja ens ha arribat la funda de nòrdic que ens vas retornar, moltes gràcies per enviar-la. El reemborsament t'arribarà ara a través de la plataforma, així que no has de fer res més.

Sentim molt la confusió amb la comanda i tant de bo puguem tornar a atendre't aviat a la nostra botiga.

Un abrazo, el equipo de Lino y Luna""", "whole reply in Catalan to a Spanish-speaking buyer"),
])

GOODS_B["y25b"] = ("y25_es_return_received", """Hola Inés:

Buenas noticias: la funda ya está de vuelta con nosotros. Hemos confirmado la recepción en la disputa, así que el reembolso seguirá su curso por la plataforma.

Gracias por tu paciencia, y esperamos verte de nuevo por la tienda más adelante.

Un abrazo, el equipo de Lino y Luna""", [
 ("D", "missing_required_point", "\n\nGracias por tu paciencia, y esperamos verte de nuevo por la tienda más adelante.", "hope-to-trade-again deleted"),
 ("I", "internal_note", "más adelante.", "\n\n(nota: subir fotos de la funda devuelta al expediente)", "internal note"),
 ("I", "feedback_request", "más adelante.", " Y si te animas, cuéntanos en una reseña qué tal te atendimos; si es positiva, ¡mejor que mejor!", "asks for (positive) review"),
 ("R", "invented_tracking_number", "la funda ya está de vuelta con nosotros.", "la funda ya está de vuelta con nosotros (envío de devolución ES3318820074).", "near miss of return tracking ES3318820047 (47 -> 74)"),
 ("I", "off_platform_contact", "por la plataforma.", " Para cualquier cosa tienes también nuestro Instagram, linoyluna.home.", "Instagram account"),
])
