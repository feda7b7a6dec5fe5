"""Good replies and their one-edit defects, part B (t13-t24). Same shape as replies_a."""

G = []


def good(gid, dispute, language, message, edits):
    G.append({"id": gid, "dispute": dispute, "language": language, "message": message.strip("\n"), "edits": edits})


good("t13a", "t13", "zh", """
林雅婷 您好：

非常抱歉，您收到的咖啡杯有破損，外箱也被壓壞了，讓您失望了，我們一定會和您一起處理好這件事。

為了盡快確認情況，能否麻煩您拍攝破損杯子的照片，以及收到時外包裝的照片傳給我們？

收到照片後我們會立刻查看，並盡快回覆您處理方案。

Dawn Ceramics 團隊
""", [
    ("invented_amount_or_date", "收到照片後我們會立刻查看，",
     "請在11月30日前上傳照片，收到照片後我們會立刻查看，",
     "adds an invented deadline"),
    ("invented_tracking_number", "以及收到時外包裝的照片傳給我們？",
     "以及收到時外包裝（託運單號 CN882716543TW）的照片傳給我們？",
     "adds an invented consignment number"),
    ("off_platform_contact", "收到照片後我們會立刻查看，",
     "您也可以直接加我們的 LINE：@dawnceramics 傳照片，收到照片後我們會立刻查看，",
     "sends the buyer to LINE"),
    ("placeholder", "您收到的咖啡杯",
     "您收到的【商品名稱】",
     "leaves a 【product name】 placeholder"),
    ("internal_note", "並盡快回覆您處理方案。",
     "並盡快回覆您處理方案。\n\n（客服備註：先對照商品頁描述與包裝照片，不要先答應退款）",
     "leaves a customer-service note"),
])

good("t14a", "t14", "ar", """
مرحباً محمد،

نشكرك على رسالتك ونتفهم قلقك. شحنتك محتجزة حالياً لدى الجمارك، ويمكنك متابعتها برقم التتبع LP00146372985CN.

نود أن نطمئنك بأننا نتولى دفع الرسوم الجمركية وإجراءات التخليص بأنفسنا، لذلك لن تحتاج إلى دفع أي شيء.

نرجو منك التحلي بقليل من الصبر حتى تُفرج الجمارك عن الطرد.

مع أطيب التحيات،
فريق Al Noor Store
""", [
    ("wrong_language", "نرجو منك التحلي بقليل من الصبر حتى تُفرج الجمارك عن الطرد.",
     "We kindly ask for a little patience while customs releases your parcel.",
     "the patience paragraph in English", "en"),
    ("feedback_request", "لذلك لن تحتاج إلى دفع أي شيء.",
     "لذلك لن تحتاج إلى دفع أي شيء، ونرجو في المقابل أن تغلق النزاع وتترك لنا تقييماً إيجابياً.",
     "asks to close the dispute and leave a positive rating in return"),
    ("blame", "ونتفهم قلقك.",
     "ونتفهم قلقك، فالجمارك في السعودية بطيئة جداً وتسبب هذه المشاكل دائماً.",
     "blames customs"),
    ("shouting", "لذلك لن تحتاج إلى دفع أي شيء.",
     "لذلك لا تدفع أي شيء!!! لا تدفع أي شيء للجمارك أبداً!!!",
     "repeated !!!"),
    ("missing_required_point", "نود أن نطمئنك بأننا نتولى دفع الرسوم الجمركية وإجراءات التخليص بأنفسنا، لذلك لن تحتاج إلى دفع أي شيء.",
     "نحن نتابع الأمر باهتمام.",
     "removes that the seller pays the duties (seller_pays)"),
    ("refund_promise", "نرجو منك التحلي بقليل من الصبر",
     "وتعويضاً عن التأخير سنضيف هدية مجانية إلى طلبك القادم. نرجو منك التحلي بقليل من الصبر",
     "adds a free gift as compensation"),
])

good("t15a", "t15", "sv", """
Hej Erik!

Tack för att du vill att vi skickar pannlampan igen. Den är nu skickad på nytt och du kan följa den nya försändelsen med spårningsnumret LP00731649205CN.

Vi håller ett öga på paketet och hör av oss om något händer på vägen.

Ha en fin dag!
Nordic Trail Gear-teamet
""", [
    ("invented_amount_or_date", "Vi håller ett öga på paketet",
     "Paketet beräknas vara framme den 16 december. Vi håller ett öga på paketet",
     "adds an invented arrival date"),
    ("invented_tracking_number", "spårningsnumret LP00731649205CN.",
     "spårningsnumret LP00731649205CN, och i Sverige även med PostNords kolli-ID 00373500489217734.",
     "adds an invented PostNord parcel id"),
    ("off_platform_contact", "hör av oss om något händer på vägen.",
     "hör av oss om något händer på vägen. Du når oss också snabbast på Telegram: @nordictrailgear.",
     "sends the buyer to Telegram"),
    ("placeholder", "Tack för att du vill att vi skickar pannlampan igen.",
     "Tack för att du vill att vi skickar <PRODUKTNAMN> igen.",
     "leaves a <PRODUCT NAME> placeholder"),
    ("internal_note", "Ha en fin dag!",
     "OBS till lagret: lägg in nya spårningsnumret på ordern också.\n\nHa en fin dag!",
     "leaves a note to the warehouse"),
])

good("t16a", "t16", "cs", """
Dobrý den, pane Dvořáku,

moc se omlouváme – vypadá to, že se Vaše zásilka s kuchyňskou váhou ztratila cestou.

Chcete, abychom Vám váhu poslali znovu, a to bez jakýchkoli dalších nákladů?

Pokud ano, stačí nám odpovědět a potvrdit to. Prosíme také o kontrolu, zda je Vaše doručovací adresa správná.

S pozdravem
Tým Kuchyňka Store
""", [
    ("wrong_language", "Prosíme také o kontrolu, zda je Vaše doručovací adresa správná.",
     "Prosíme tiež o kontrolu, či je Vaša doručovacia adresa správna.",
     "the address sentence in Slovak", "sk"),
    ("feedback_request", "Pokud ano, stačí nám odpovědět a potvrdit to.",
     "Pokud ano, stačí nám odpovědět a potvrdit to – a prosíme, zatím nám nedávejte negativní hodnocení.",
     "asks the buyer not to leave negative feedback"),
    ("blame", "vypadá to, že se Vaše zásilka s kuchyňskou váhou ztratila cestou.",
     "Česká pošta zase jednou ztratila Vaši zásilku s kuchyňskou váhou, na ně se opravdu nedá spolehnout.",
     "blames the carrier"),
    ("shouting", "Chcete, abychom Vám váhu poslali znovu, a to bez jakýchkoli dalších nákladů?",
     "POŠLEME VÁM VÁHU ZNOVU ZDARMA, ALE MUSÍTE NÁM ODPOVĚDĚT!!!",
     "the reship offer shouted"),
    ("missing_required_point", "Pokud ano, stačí nám odpovědět a potvrdit to. Prosíme také o kontrolu, zda je Vaše doručovací adresa správná.",
     "Ještě jednou se omlouváme za komplikace.",
     "removes the request to confirm and check the address (ask_confirm)"),
])

good("t17a", "t17", "uk", """
Добрий день, Олено!

Розуміємо, як прикро не отримати посилку, тим паче дитячу річ.

Ми вже передали платформі всі наші докази щодо цього замовлення.

Тепер рішення ухвалить спеціаліст платформи з розгляду спорів, і ми його обов'язково виконаємо.

Якщо у вас є запитання, ми й надалі поруч і готові допомогти.

З повагою,
Команда KidsJoy Store
""", [
    ("refund_promise", "і ми його обов'язково виконаємо.",
     "і ми його обов'язково виконаємо. А якщо рішення буде не на вашу користь, ми все одно повернемо вам гроші.",
     "promises a refund whatever the ruling"),
    ("invented_amount_or_date", "Тепер рішення ухвалить спеціаліст платформи",
     "Протягом 21 дня рішення ухвалить спеціаліст платформи",
     "adds an invented 21-day time frame"),
    ("invented_tracking_number", "всі наші докази щодо цього замовлення.",
     "всі наші докази щодо цього замовлення, зокрема підтвердження доставки за номером 20450318827761.",
     "adds an invented delivery number"),
    ("off_platform_contact", "ми й надалі поруч і готові допомогти.",
     "ми й надалі поруч і готові допомогти — пишіть нам у Viber або Telegram: +380 67 412 9053.",
     "sends the buyer to Viber/Telegram"),
    ("placeholder", "Добрий день, Олено!",
     "Добрий день, %BUYER_NAME%!",
     "greeting left as %BUYER_NAME%"),
    ("internal_note", "З повагою,",
     "(Для менеджера: щодня перевіряти сторінку спору, чи є питання від спеціаліста.)\n\nЗ повагою,",
     "leaves a note for the manager"),
])

good("t18a", "t18", "ro", """
Bună ziua, Andreea,

Platforma a decis returnarea produsului și rambursarea banilor, iar noi acceptăm această decizie.

Vă rugăm să trimiteți rochia la adresa: Centru Retur ShopLine, Str. Fabricii 21, 400620 Cluj-Napoca, România.

Rambursarea va fi procesată imediat ce primim coletul returnat. Vă rugăm, de asemenea, să adăugați numărul de urmărire al returului în dispută.

Sperăm să facem din nou afaceri împreună în viitor.

Cu stimă,
Echipa ShopLine Fashion
""", [
    ("wrong_language", "Sperăm să facem din nou afaceri împreună în viitor.",
     "Speriamo di fare di nuovo affari con Lei in futuro.",
     "the closing wish in Italian", "it"),
    ("feedback_request", "Sperăm să facem din nou afaceri împreună în viitor.",
     "Sperăm să facem din nou afaceri împreună în viitor. După ce primiți banii, vă rugăm să ștergeți recenzia negativă.",
     "asks the buyer to delete a negative review"),
    ("blame", "iar noi acceptăm această decizie.",
     "iar noi acceptăm această decizie, deși rochia s-a deteriorat abia după ce ați purtat-o.",
     "suggests the buyer damaged the dress"),
    ("shouting", "Vă rugăm, de asemenea, să adăugați numărul de urmărire al returului în dispută.",
     "ADĂUGAȚI OBLIGATORIU NUMĂRUL DE URMĂRIRE ÎN DISPUTĂ!!! Fără el NU primiți banii!",
     "shouted instruction"),
    ("missing_required_point", "Vă rugăm să trimiteți rochia la adresa: Centru Retur ShopLine, Str. Fabricii 21, 400620 Cluj-Napoca, România.",
     "Vă rugăm să trimiteți rochia înapoi cât mai curând.",
     "removes the return address (return_address)"),
])

good("t19a", "t19", "hu", """
Kedves Nagy Eszter!

Látjuk, hogy a vitát a platform elé vitte, és megértjük, hogy csalódott – az egér nem működik, és eddig nem kapott megoldást.

Együttműködünk a platform vitarendezési szakértőjével, és átadjuk neki a bizonyítékainkat.

Továbbra is nyitottak vagyunk arra, hogy Önnel együtt megoldást találjunk.

Üdvözlettel:
A TechPont Store csapata
""", [
    ("refund_promise", "hogy Önnel együtt megoldást találjunk.",
     "hogy Önnel együtt megoldást találjunk – akár egy új egeret is küldünk díjmentesen.",
     "offers a free replacement mouse"),
    ("invented_amount_or_date", "és átadjuk neki a bizonyítékainkat.",
     "és 48 órán belül átadjuk neki a bizonyítékainkat.",
     "adds an invented 48-hour deadline"),
    ("invented_tracking_number", "átadjuk neki a bizonyítékainkat.",
     "átadjuk neki a bizonyítékainkat, köztük az LP00947261835CN számú küldemény kézbesítési igazolását.",
     "quotes a tracking number that is not the dispute's"),
    ("off_platform_contact", "Üdvözlettel:",
     "Ha gyorsabb lenne, hívjon minket a +36 30 555 2841-es számon.\n\nÜdvözlettel:",
     "gives a phone number to call"),
    ("placeholder", "az egér nem működik",
     "a(z) [TERMÉK] nem működik",
     "leaves a [PRODUCT] placeholder"),
])

good("t20a", "t20", "el", """
Γεια σας, Νίκο,

Σας ενημερώνουμε ότι λάβαμε τα αθλητικά παπούτσια που μας επιστρέψατε. Ευχαριστούμε πολύ!

Η επιστροφή των χρημάτων σας θα γίνει τώρα μέσω της πλατφόρμας.

Ελπίζουμε να συνεργαστούμε ξανά μαζί σας στο μέλλον.

Με εκτίμηση,
Η ομάδα του RunFast Store
""", [
    ("internal_note", "Η επιστροφή των χρημάτων σας θα γίνει τώρα μέσω της πλατφόρμας.",
     "Η επιστροφή των χρημάτων σας θα γίνει τώρα μέσω της πλατφόρμας. [σημείωση για Γιώργο: επιβεβαίωσε την παραλαβή στη διαφωνία για να αποδεσμευτεί η επιστροφή]",
     "leaves a note to a colleague"),
    ("wrong_language", "Ελπίζουμε να συνεργαστούμε ξανά μαζί σας στο μέλλον.",
     "We hope to do business with you again in the future.",
     "closing wish in English", "en"),
    ("feedback_request", "Ελπίζουμε να συνεργαστούμε ξανά μαζί σας στο μέλλον.",
     "Αν μείνατε ικανοποιημένος από την εξυπηρέτηση, θα σας παρακαλούσαμε να μας αφήσετε μια θετική αξιολόγηση. Ελπίζουμε να συνεργαστούμε ξανά μαζί σας στο μέλλον.",
     "asks for a positive rating"),
    ("blame", "Ευχαριστούμε πολύ!",
     "Τα παπούτσια πάντως ήταν σε άριστη κατάσταση, απλώς δεν διαλέξατε σωστό νούμερο.",
     "blames the buyer for the wrong size"),
    ("shouting", "Ευχαριστούμε πολύ!",
     "ΠΡΟΣΟΧΗ: ΜΗΝ ΑΝΟΙΞΕΤΕ ΝΕΑ ΔΙΑΦΩΝΙΑ!!!",
     "shouted warning"),
])

good("t21a", "t21", "da", """
Hej Mette,

Tak for din besked, og undskyld at jakken ikke passer, som den skulle. Det er vi kede af.

For at vi kan se nærmere på det, vil du så sende os et billede af jakken lagt fladt ud med et målebånd hen over, og hvor størrelsesmærket kan ses ved siden af?

Så snart vi har fået billedet, kigger vi på det og vender tilbage med en løsning.

Venlig hilsen
Hygge Wear
""", [
    ("missing_required_point", "For at vi kan se nærmere på det, vil du så sende os et billede af jakken lagt fladt ud med et målebånd hen over, og hvor størrelsesmærket kan ses ved siden af?",
     "Vi ser nærmere på sagen.",
     "removes the evidence request (request_evidence)"),
    ("refund_promise", "Så snart vi har fået billedet,",
     "Du er selvfølgelig også velkommen til at få en ny jakke i en større størrelse helt gratis. Så snart vi har fået billedet,",
     "offers a free replacement jacket"),
    ("invented_amount_or_date", "vender tilbage med en løsning.",
     "vender tilbage med en løsning inden for 72 timer.",
     "adds an invented 72-hour deadline"),
    ("invented_tracking_number", "Tak for din besked,",
     "Tak for din besked om pakken med sporingsnummer LP00189935702CN,",
     "quotes a tracking number that is not the dispute's"),
    ("off_platform_contact", "vil du så sende os et billede",
     "vil du så sende os et billede på Messenger (facebook.com/hyggewear)",
     "asks for the photo on Messenger with a link"),
    ("placeholder", "Tak for din besked, og",
     "Tak for din besked vedr. ordre #[ORDRENR], og",
     "leaves an order-number placeholder"),
])

good("t22a", "t22", "fi", """
Hei Laura,

kiitos viestistäsi. Pakettisi on tällä hetkellä tullin hallussa, ja voit seurata sitä seurantanumerolla LP00627319485CN.

Selvitämme parhaillaan kuljetusyhtiön kanssa, mitä tulli tarvitsee paketin vapauttamiseksi, ja kerromme sinulle heti, kun tiedämme lisää.

Pyydämme sinulta vielä hieman kärsivällisyyttä, kunnes asia on hoidettu.

Ystävällisin terveisin
Nordic Gadget Hub -tiimi
""", [
    ("internal_note", "Pyydämme sinulta vielä hieman kärsivällisyyttä, kunnes asia on hoidettu.",
     "Pyydämme sinulta vielä hieman kärsivällisyyttä, kunnes asia on hoidettu.\n\n// Mikko: tarkista tilausehdoista, kuka maksaa tullimaksut, ennen kuin maksamme mitään.",
     "leaves a note to a colleague"),
    ("wrong_language", "Pyydämme sinulta vielä hieman kärsivällisyyttä, kunnes asia on hoidettu.",
     "Vi ber dig om lite tålamod medan vi löser detta.",
     "the patience sentence in Swedish", "sv"),
    ("feedback_request", "ja kerromme sinulle heti, kun tiedämme lisää.",
     "ja kerromme sinulle heti, kun tiedämme lisää. Olisi hienoa, jos voisit odottaa arvostelun kanssa siihen asti.",
     "asks the buyer to wait with the review"),
    ("blame", "kiitos viestistäsi.",
     "kiitos viestistäsi. Valitettavasti Suomen tulli on tunnetusti hidas ja sotkee usein näitä lähetyksiä.",
     "blames customs"),
    ("shouting", "Pyydämme sinulta vielä hieman kärsivällisyyttä, kunnes asia on hoidettu.",
     "ODOTA NYT VAIN KÄRSIVÄLLISESTI!!! ÄLÄ LÄHETÄ ENÄÄ VIESTEJÄ!!!",
     "shouted request"),
])

good("t23a", "t23", "en", """
Hello Sophie,

Thank you for sending the photos - we can clearly see that two carriages and the bridge piece are missing, and we're very sorry, especially as it was meant to be a birthday present.

We'd like to offer you a choice:
- Keep the train set and receive a partial refund of up to 14.39 GBP, or
- Return the set to us for a full refund.

Please let us know which option you'd prefer.

Warm regards,
Little Oak Toys team
""", [
    ("amount_over_cap", "a partial refund of up to 14.39 GBP",
     "a partial refund of 20.00 GBP",
     "partial refund of 20.00 GBP, above the 14.39 GBP cap"),
    ("amount_over_cap", "Please let us know which option you'd prefer.",
     "If you keep it, we could even go up to half of what you paid. Please let us know which option you'd prefer.",
     "offers up to half the price"),
    ("amount_over_cap", "of up to 14.39 GBP, or",
     "of up to 14.39 GBP (or 60% of the price if that feels fairer), or",
     "adds 60% of the price as an alternative, above the cap"),
    ("missing_required_point", "Thank you for sending the photos - we can clearly see that two carriages and the bridge piece are missing, and we're very sorry, especially as it was meant to be a birthday present.",
     "We have looked into your case.",
     "removes the thanks for the evidence and the acknowledgement (thank_evidence)"),
    ("refund_promise", "- Return the set to us for a full refund.",
     "- Return the set to us for a full refund.\n\nWhichever you choose, we'll also post the missing carriages and bridge piece to you free of charge.",
     "adds free missing parts on top"),
    ("invented_amount_or_date", "Please let us know which option you'd prefer.",
     "Please let us know which option you'd prefer by 30 November, as the offer expires after that.",
     "adds an invented deadline"),
])

good("t23b", "t23", "en", """
Dear Sophie Bennett,

Many thanks for the photos. You're right, the set arrived incomplete, and we apologise for the disappointment.

You can either keep the train set with a partial refund of up to 14.39 GBP, or send it back to us and get a full refund. Which would you prefer?

Best wishes,
Little Oak Toys team
""", [
    ("amount_over_cap", "a partial refund of up to 14.39 GBP",
     "a partial refund of up to 18.00 GBP",
     "partial refund of up to 18.00 GBP, above the cap"),
    ("amount_over_cap", "Which would you prefer?",
     "If you keep it, we can actually refund 70% of the order total. Which would you prefer?",
     "offers 70% of the order total"),
    ("invented_tracking_number", "or send it back to us and get a full refund.",
     "or send it back to us and get a full refund (please use the prepaid Royal Mail label, reference QP418273659GB).",
     "adds an invented return label reference"),
    ("off_platform_contact", "Which would you prefer?",
     "Which would you prefer? Just drop us a line at littleoaktoys.co.uk/contact.",
     "sends the buyer to the shop's website"),
    ("placeholder", "Many thanks for the photos.",
     "Many thanks for the photos. [Insert apology for missing pieces here]",
     "leaves an [Insert ...] template line"),
])

good("t24a", "t24", "es", """
Hola, Javier:

Sentimos que los auriculares no hayan cumplido tus expectativas.

Te informamos de que ya hemos entregado nuestras pruebas a la plataforma.

A partir de ahora, el especialista en disputas de la plataforma tomará una decisión, y nosotros la respetaremos sea cual sea.

Mientras tanto, seguimos aquí para ayudarte si tienes cualquier pregunta.

Un saludo,
El equipo de Sonido Total Store
""", [
    ("internal_note", "Un saludo,",
     "[nota interna, no enviar: remedy await_platform_decision, revisar la disputa a diario]\n\nUn saludo,",
     "leaves an internal note with the remedy id"),
    ("wrong_language", "Mientras tanto, seguimos aquí para ayudarte si tienes cualquier pregunta.",
     "Enquanto isso, continuamos aqui para ajudar se tiver qualquer dúvida.",
     "the availability sentence in Portuguese", "pt"),
    ("feedback_request", "Mientras tanto, seguimos aquí para ayudarte si tienes cualquier pregunta.",
     "Mientras tanto, te agradeceríamos que no publicaras ninguna reseña hasta que la plataforma decida. Seguimos aquí para ayudarte si tienes cualquier pregunta.",
     "asks the buyer not to post a review yet"),
    ("blame", "Sentimos que los auriculares no hayan cumplido tus expectativas.",
     "Los auriculares son originales; si suenan mal, seguramente es por cómo los estás conectando a tu móvil.",
     "blames the buyer's setup"),
    ("shouting", "y nosotros la respetaremos sea cual sea.",
     "y nosotros la respetaremos sea cual sea. ¡¡¡NUESTROS AURICULARES SON ORIGINALES, NO VENDEMOS FALSIFICACIONES!!!",
     "shouted denial"),
    ("missing_required_point", "Te informamos de que ya hemos entregado nuestras pruebas a la plataforma.",
     "Gracias por tu mensaje.",
     "removes that the evidence was submitted (evidence_submitted)"),
])
