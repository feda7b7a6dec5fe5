# Hand-written good replies and planted edits, disputes oq13-oq24.
G = {}
G["oq13a"] = (13, """مرحباً فاطمة،

شكراً جزيلاً على الصور التي أرسلتِها، ونعتذر لأن لون العباية جاء مختلفاً عمّا توقعتِه.

نقترح عليكِ خيارين:
- الاحتفاظ بالعباية مع استرداد جزئي يصل إلى 48.00 SAR.
- إعادة العباية واسترداد المبلغ كاملاً.

أيّ الخيارين تفضلين؟ نحن بانتظار ردّكِ.

مع خالص التحية،
Noor Fashion team""", [
 ("amount_over_cap", "استرداد جزئي يصل إلى 48.00 SAR", "استرداد جزئي قدره 60.00 SAR", "60.00 SAR above the 48.00 SAR cap", None),
 ("amount_over_cap", "أيّ الخيارين تفضلين؟", "وإن لم يكفِ المبلغ يمكننا رفعه إلى نصف ثمن العباية. أيّ الخيارين تفضلين؟", "offers half the price (cap is 20%)", None),
 ("internal_note", "مع خالص التحية،", "ملاحظة للفريق: الحد الأقصى للاسترداد الجزئي عشرون بالمئة حسب سياسة المتجر.\n\nمع خالص التحية،", "policy note for staff", None),
 ("blame", "ونعتذر لأن لون العباية جاء مختلفاً عمّا توقعتِه.", "مع أن اللون يبدو مختلفاً غالباً بسبب إضاءة شاشتكِ فقط.", "blames buyer's screen, no apology", None),
 ("shouting", "نحن بانتظار ردّكِ.", "ردّي علينا فوراً!!! لن ننتظر طويلاً!!!", "exclamation marks, pushy", None),
])
G["oq13b"] = (13, """أهلاً فاطمة الزهراني،

نشكركِ على الأدلة التي قدّمتِها، فقد أوضحت الصور أن اللون فعلاً غير مطابق للوصف، ونأسف لذلك.

يسعدنا أن نعرض عليكِ حلّين: يمكنكِ الاحتفاظ بالعباية والحصول على استرداد جزئي بحد أقصى 48.00 SAR، أو إرجاعها إلينا واسترداد ثمنها بالكامل.

أخبرينا من فضلكِ بالخيار الذي يناسبكِ.

Noor Fashion team""", [
 ("amount_over_cap", "بحد أقصى 48.00 SAR،", "بحد أقصى 48.00 SAR، بل ويمكننا زيادته إلى الضعف إن أردتِ،", "offers to double the cap", None),
 ("invented_amount_or_date", "أخبرينا من فضلكِ بالخيار الذي يناسبكِ.", "أخبرينا من فضلكِ بالخيار الذي يناسبكِ قبل 30 نوفمبر.", "deadline 30 November invented", None),
 ("off_platform_contact", "أخبرينا من فضلكِ بالخيار الذي يناسبكِ.", "أرسلي لنا اختياركِ على البريد الإلكتروني care@noorfashion.sa.", "email address", None),
 ("feedback_request", "ونأسف لذلك.", "ونأسف لذلك، ونرجو أن تحذفي تقييمكِ السلبي بعد حل المشكلة.", "asks to delete negative review", None),
 ("missing_required_point", "أخبرينا من فضلكِ بالخيار الذي يناسبكِ.", "نتمنى لكِ يوماً سعيداً.", "ask_choice removed", None),
])
G["oq14a"] = (14, """Hej Erik!

Vi har tagit del av plattformens beslut om retur och återbetalning och godtar det fullt ut. Förlåt att du fick fel jacka.

Skicka gärna tillbaka jackan till den här adressen:
Returer Nordic Gear, Lagervägen 7, 553 02 Jönköping, Sverige

Så snart returen har kommit fram behandlas din återbetalning. Lägg gärna till returens spårningsnummer i tvisten när du har skickat paketet.

Vi hoppas att du vill handla hos oss igen framöver.

Vänliga hälsningar
Our Store team""", [
 ("amount_over_cap", "Så snart returen har kommit fram behandlas din återbetalning.", "Så snart returen har kommit fram betalar vi tillbaka hela beloppet plus ytterligare 200 SEK för besväret.", "refund above order total 899 SEK", None),
 ("invented_tracking_number", "Lägg gärna till returens spårningsnummer i tvisten", "Märk paketet med returnumret RET553021JK och lägg gärna till returens spårningsnummer i tvisten", "return id RET553021JK invented", None),
 ("placeholder", "Skicka gärna tillbaka jackan till den här adressen:", "Skicka gärna tillbaka [PRODUKT] till den här adressen:", "[PRODUKT] slot", None),
 ("wrong_language", "Vi hoppas att du vill handla hos oss igen framöver.", "Vi håber, at du har lyst til at handle hos os igen fremover.", "trade_again sentence in Danish", "da"),
 ("blame", "Förlåt att du fick fel jacka.", "Lagret i Kina packade tyvärr fel jacka, det var inte vårt misstag.", "blames the warehouse, 'not our fault'", None),
 ("internal_note", "Vänliga hälsningar", "(intern: bevaka returpaketet och bekräfta mottagandet direkt)\n\nVänliga hälsningar", "seller action note", None),
])
G["oq15a"] = (15, """Dobrý den, paní Nováková,

děkujeme, že jste souhlasila s novým odesláním zboží. Ještě jednou se omlouváme, že se první balík ztratil.

Sadu kuchyňských nožů jsme vám znovu odeslali; nové sledovací číslo zásilky je RR121314999CN.

Novou zásilku budeme průběžně sledovat a o jejím postupu vás budeme informovat.

S pozdravem
Our Store team""", [
 ("refund_promise", "Ještě jednou se omlouváme, že se první balík ztratil.", "Ještě jednou se omlouváme, že se první balík ztratil, a jako odškodné vám vrátíme i část ceny.", "partial refund/compensation where only reshipment allowed", None),
 ("invented_tracking_number", "nové sledovací číslo zásilky je RR121314999CN.", "nové sledovací číslo zásilky je RR121314990CN.", "reship tracking with last digit changed", None),
 ("internal_note", "S pozdravem", "Pozn. pro sklad: druhý balík pojistit, případ DSP-OQ-15.\n\nS pozdravem", "note for warehouse", None),
 ("feedback_request", "děkujeme, že jste souhlasila s novým odesláním zboží.", "děkujeme, že jste souhlasila s novým odesláním zboží. Mohla byste teď prosím spor uzavřít?", "asks to close the dispute", None),
 ("shouting", "Novou zásilku budeme průběžně sledovat", "TENTOKRÁT TO URČITĚ DORAZÍ, SLIBUJEME!!! Novou zásilku budeme průběžně sledovat", "capitals, exclamation marks", None),
])
G["oq16a"] = (16, """Bună ziua, Andrei,

Ne pare foarte rău că coletul cu camera de supraveghere pare să se fi pierdut pe drum.

Vă putem trimite din nou produsul, fără niciun cost suplimentar pentru dumneavoastră. Doriți să facem asta?

Dacă da, vă rugăm să ne răspundeți aici pentru confirmare și să verificați încă o dată adresa de livrare.

Cu stimă,
Echipa SmartHome Depot""", [
 ("invented_amount_or_date", "fără niciun cost suplimentar pentru dumneavoastră.", "fără niciun cost suplimentar pentru dumneavoastră, în cel mult 7 zile lucrătoare.", "7 working days invented", None),
 ("off_platform_contact", "să ne răspundeți aici pentru confirmare", "să ne sunați la 0721 456 789 pentru confirmare", "phone number", None),
 ("placeholder", "Bună ziua, Andrei,", "Bună ziua, Andrei,\n\nRe: comanda nr. ___________", "blank order number slot", None),
 ("blame", "pare să se fi pierdut pe drum.", "pare să se fi pierdut pe drum din neatenția curierului.", "blames the courier", None),
 ("missing_required_point", "Ne pare foarte rău că coletul cu camera de supraveghere pare să se fi pierdut pe drum.", "Am verificat situația comenzii dumneavoastră.", "apologise_lost removed", None),
])
G["oq17a"] = (17, """Kedves Eszter!

Köszönjük a türelmét. A robotporszívót tartalmazó csomag jelenleg a vámnál várakozik; az RH808080808CN nyomkövetési számon követheti.

A vámot mi fizetjük, és a vámkezelést is mi intézzük, így Önnek semmit nem kell fizetnie.

Kérjük, legyen még egy kis türelemmel, amíg a vámhivatal kiadja a csomagot. Amint elindul, szólunk.

Üdvözlettel:
Our Store team""", [
 ("refund_promise", "így Önnek semmit nem kell fizetnie.", "így Önnek semmit nem kell fizetnie, sőt a kellemetlenségért egy ajándék porszívószűrőt is küldünk.", "free gift", None),
 ("invented_tracking_number", "az RH808080808CN nyomkövetési számon követheti.", "az RH808080808CN nyomkövetési számon követheti (vámazonosító: HU26VAM0048812).", "customs reference invented", None),
 ("internal_note", "Üdvözlettel:", "Belső: vámszámla jóváhagyása a pénzügynél, seller_pays változat.\n\nÜdvözlettel:", "internal approval note with variant id", None),
 ("wrong_language", "Kérjük, legyen még egy kis türelemmel, amíg a vámhivatal kiadja a csomagot.", "Prosíme o trochu trpělivosti, než celní úřad zásilku uvolní.", "patience sentence in Czech", "cs"),
 ("shouting", "Köszönjük a türelmét.", "KÉRJÜK, NE ÍRJON NAPONTA TÖBBSZÖR!!! Köszönjük a türelmét.", "capitals, pushy", None),
])
G["oq18a"] = (18, """Kære Mette

Tak for din besked, og vi er kede af, at sengetøjet ikke levede op til dine forventninger.

Vi har nu sendt vores dokumentation til platformen. Platformens tvistspecialist træffer herefter afgørelsen, og vi vil naturligvis respektere den, uanset udfaldet.

Har du spørgsmål i mellemtiden, er vi stadig her og hjælper gerne.

Venlig hilsen
Hygge Home team""", [
 ("invented_amount_or_date", "træffer herefter afgørelsen,", "træffer afgørelsen senest den 4. december,", "decision date invented", None),
 ("off_platform_contact", "er vi stadig her og hjælper gerne.", "er du velkommen til at ringe til os på +45 31 22 44 66.", "phone number", None),
 ("placeholder", "Tak for din besked,", "Tak for din besked vedr. ordre #{ORDER},", "{ORDER} slot", None),
 ("feedback_request", "Har du spørgsmål i mellemtiden,", "Vi vil sætte stor pris på, hvis du trækker tvisten tilbage. Har du spørgsmål i mellemtiden,", "asks to withdraw the dispute", None),
 ("blame", "vi er kede af, at sengetøjet ikke levede op til dine forventninger.", "stoffet er præcis som beskrevet – måske har du forvekslet det med en anden vare.", "suggests the buyer is mistaken", None),
])
G["oq19a"] = (19, """Hei Aino,

Ymmärrämme hyvin, että veit riidan alustalle. On todella harmillista, kun paketista puuttui tavaraa, ja turhautumisesi on täysin ymmärrettävää.

Teemme tiivistä yhteistyötä alustan riitaselvittäjän kanssa ja toimitamme hänelle kaikki todisteemme.

Olemme silti edelleen valmiita etsimään ratkaisun yhdessä kanssasi.

Ystävällisin terveisin
Our Store team""", [
 ("refund_promise", "Olemme silti edelleen valmiita etsimään ratkaisun yhdessä kanssasi.", "Olemme silti edelleen valmiita etsimään ratkaisun yhdessä kanssasi, ja lähetämme sinulle puuttuvat sukat ilmaiseksi lahjaksi.", "free item", None),
 ("internal_note", "Ystävällisin terveisin", "// muista liittää pakkausvideo ja punnituskuitti ennen määräaikaa\n\nYstävällisin terveisin", "reminder to staff", None),
 ("wrong_language", "Olemme silti edelleen valmiita etsimään ratkaisun yhdessä kanssasi.", "Vi är ändå fortfarande öppna för att hitta en lösning tillsammans med dig.", "open_door sentence in Swedish", "sv"),
 ("shouting", "Teemme tiivistä yhteistyötä", "MUTTA MEILLÄ ON KAIKKI TODISTEET TALLESSA!!! Teemme tiivistä yhteistyötä", "capitals, aggressive", None),
 ("missing_required_point", "Teemme tiivistä yhteistyötä alustan riitaselvittäjän kanssa ja toimitamme hänelle kaikki todisteemme.", "Kiitos kärsivällisyydestäsi.", "cooperate removed", None),
 ("off_platform_contact", "Olemme silti edelleen valmiita etsimään ratkaisun yhdessä kanssasi.", "Olemme silti edelleen valmiita etsimään ratkaisun yhdessä kanssasi – laita meille viestiä Telegramissa, niin sovitaan asiasta.", "Telegram without handle", None),
])
G["oq20a"] = (20, """Dzień dobry, Pani Katarzyno,

informujemy, że odesłany ekspres do kawy dotarł już do nas. Dziękujemy za jego zwrot.

Zwrot pieniędzy zostanie teraz zrealizowany za pośrednictwem platformy.

Przepraszamy za kłopot z uszkodzonym urządzeniem i mamy nadzieję, że jeszcze kiedyś zechce Pani zrobić u nas zakupy.

Z pozdrowieniami
Our Store team""", [
 ("invented_tracking_number", "dotarł już do nas.", "dotarł już do nas (przesyłka zwrotna PLZW7766554483).", "return tracking with digit changed (real PLZW7766554433)", None),
 ("off_platform_contact", "zechce Pani zrobić u nas zakupy.", "zechce Pani zrobić u nas zakupy — najlepiej przez nasz sklep internetowy ourstore.pl.", "own website", None),
 ("placeholder", "Zwrot pieniędzy zostanie teraz zrealizowany", "Zwrot kwoty [KWOTA] zostanie teraz zrealizowany", "[KWOTA] slot", None),
 ("feedback_request", "Dziękujemy za jego zwrot.", "Dziękujemy za jego zwrot i prosimy o zmianę negatywnej opinii, skoro sprawa jest już załatwiona.", "asks to change negative feedback", None),
 ("blame", "Przepraszamy za kłopot z uszkodzonym urządzeniem", "Uszkodzenie powstało co prawda w transporcie, nie z naszej winy,", "blames transport, 'not our fault'", None),
])
G["oq20b"] = (20, """Pani Katarzyno, dzień dobry!

Potwierdzamy odbiór zwróconego ekspresu – paczka jest już w naszym magazynie. Przepraszamy raz jeszcze za uszkodzony sprzęt.

Należny zwrot środków otrzyma Pani teraz przez platformę, zgodnie z jej procedurą.

Dziękujemy za cierpliwość i liczymy, że w przyszłości znów nawiążemy współpracę.

Our Store team""", [
 ("amount_over_cap", "Należny zwrot środków otrzyma Pani teraz przez platformę", "Zwrot w wysokości 450 PLN otrzyma Pani teraz przez platformę", "450 PLN above order total 399 PLN", None),
 ("invented_amount_or_date", "Potwierdzamy odbiór zwróconego ekspresu", "Dnia 24 listopada odebraliśmy zwrócony ekspres", "receipt date invented", None),
 ("internal_note", "Dziękujemy za cierpliwość", "Notatka: remedy return_received, zwrot zatwierdzić w panelu. Dziękujemy za cierpliwość", "remedy id and panel instruction", None),
 ("wrong_language", "Dziękujemy za cierpliwość i liczymy, że w przyszłości znów nawiążemy współpracę.", "Děkujeme za trpělivost a doufáme, že u nás v budoucnu znovu nakoupíte.", "closing in Czech", "cs"),
])
G["oq21a"] = (21, """Добрий день, Олено!

Дякуємо, що повідомили, і щиро перепрошуємо за неприємну ситуацію з навушниками.

Щоб ми могли ретельно все перевірити, надішліть, будь ласка, фото маркування бренду, етикеток і серійного номера.

Щойно отримаємо фото, одразу їх переглянемо й повернемося до вас із рішенням.

З повагою,
Our Store team""", [
 ("refund_promise", "повернемося до вас із рішенням.", "повернемо вам повну вартість навушників.", "full refund promised before evidence", None),
 ("invented_tracking_number", "Дякуємо, що повідомили,", "Дякуємо, що повідомили про посилку NP565656566CN,", "tracking with last digit changed", None),
 ("off_platform_contact", "етикеток і серійного номера.", "етикеток і серійного номера нам у Viber.", "Viber", None),
 ("shouting", "Щойно отримаємо фото,", "МИ ВСЕ ПЕРЕВІРИМО ДУЖЕ ШВИДКО!!! Щойно отримаємо фото,", "capitals, defensive", None),
 ("missing_required_point", "Щоб ми могли ретельно все перевірити, надішліть, будь ласка, фото маркування бренду, етикеток і серійного номера.", "Ми вже почали розбиратися з вашим зверненням.", "request_evidence removed", None),
])
G["oq22a"] = (22, """Γεια σας, κύριε Γιώργο,

Καταλαβαίνουμε πόσο ενοχλητική είναι η αναμονή. Το δέμα σας με την ηλεκτρική σκούπα χειρός βρίσκεται αυτή τη στιγμή στο τελωνείο· μπορείτε να το παρακολουθείτε με τον αριθμό αποστολής EL727272727CN.

Για αυτή την παραγγελία οι εισαγωγικοί δασμοί βαρύνουν τον αγοραστή, οπότε σας παρακαλούμε ευγενικά να τους πληρώσετε και να ολοκληρώσετε τον εκτελωνισμό.

Αν το τελωνείο ζητήσει κάποιο έγγραφο, όπως το τιμολόγιο, θα σας το στείλουμε αμέσως.

Με εκτίμηση,
CleanPro team""", [
 ("invented_amount_or_date", "να τους πληρώσετε και", "να τους πληρώσετε (περίπου 28 ευρώ) και", "duty amount invented", None),
 ("placeholder", "όπως το τιμολόγιο,", "όπως το τιμολόγιο αρ. XXXX,", "XXXX slot", None),
 ("wrong_language", "Αν το τελωνείο ζητήσει κάποιο έγγραφο, όπως το τιμολόγιο, θα σας το στείλουμε αμέσως.", "Se la dogana richiede un documento, come la fattura, ve lo inviamo subito.", "documents sentence in Italian", "it"),
 ("feedback_request", "Με εκτίμηση,", "Μόλις παραλάβετε το δέμα, θα θέλαμε πολύ να μας αφήσετε μια θετική αξιολόγηση.\n\nΜε εκτίμηση,", "asks for positive review", None),
 ("blame", "Καταλαβαίνουμε πόσο ενοχλητική είναι η αναμονή.", "Δυστυχώς το ελληνικό τελωνείο καθυστερεί πάντα χωρίς λόγο.", "blames customs", None),
])
G["oq23a"] = (23, """Dear Oliver,

Thank you for the video – it clearly shows the missing legs and screws, and I'm sorry the table reached you incomplete.

We'd like to offer you a choice:
• keep the bedside table and receive a partial refund of up to 25.60 GBP, or
• send it back to us for a full refund.

Which would you prefer? Just let me know here and I'll set it up straight away.

Kind regards,
Brightwood team""", [
 ("amount_over_cap", "a partial refund of up to 25.60 GBP", "a partial refund of 32.00 GBP", "32.00 GBP above the 25.60 GBP cap", None),
 ("amount_over_cap", "Which would you prefer?", "If that doesn't feel like enough, I can stretch the partial refund to half the price. Which would you prefer?", "half the price (cap 40%)", None),
 ("internal_note", "Kind regards,", "[Agent: cap is 40% – do not go above without manager sign-off]\n\nKind regards,", "agent note on cap", None),
 ("shouting", "Which would you prefer?", "Pick one NOW please – we can't keep this open forever!!!", "capitals, pushy", None),
 ("missing_required_point", "Which would you prefer? Just let me know here and I'll set it up straight away.", "Thanks again for your patience.", "ask_choice removed", None),
])
G["oq23b"] = (23, """Hello Oliver,

Many thanks for sending the video. You're right: parts are missing, and that's a real nuisance when you've been waiting to put the table together.

There are two ways we can settle this. You can keep the table and we'll give you a partial refund of up to 25.60 GBP, or you can return it and receive a full refund.

Could you tell me which option suits you better?

Best wishes,
Brightwood team""", [
 ("amount_over_cap", "a partial refund of up to 25.60 GBP,", "a partial refund of up to 25.60 GBP – or, if you'd rather, sixty per cent of what you paid,", "sixty per cent, above the 40% cap", None),
 ("invented_amount_or_date", "Could you tell me which option suits you better?", "Could you tell me which option suits you better by Friday 4 December?", "deadline invented", None),
 ("off_platform_contact", "Could you tell me which option suits you better?", "Could you tell me which option suits you better? A quick text to our customer line on 07700 900123 is easiest.", "phone number", None),
 ("feedback_request", "Many thanks for sending the video.", "Many thanks for sending the video. Once we've sorted this out, would you be kind enough to update your review?", "asks to update review", None),
])
G["oq24a"] = (24, """Hola, Carmen:

Lamentamos mucho que en tu paquete falten la tapa y una de las sartenes; entendemos lo molesto que es.

Para poder comprobarlo, ¿nos podrías enviar una foto de todas las piezas que recibiste colocadas juntas y otra de la etiqueta de peso del paquete?

En cuanto las recibamos, las revisaremos y te propondremos una solución.

Un saludo,
Our Store team""", [
 ("invented_tracking_number", "Lamentamos mucho que en tu paquete", "Lamentamos mucho que en tu paquete CE929292922CN", "tracking with last digit changed (real CE929292929CN)", None),
 ("placeholder", "Hola, Carmen:", "Hola, Carmen: (pedido n.º {{pedido}})", "{{pedido}} slot", None),
 ("wrong_language", "En cuanto las recibamos, las revisaremos y te propondremos una solución.", "Assim que as recebermos, vamos analisá-las e propor uma solução.", "next_step in Portuguese", "pt"),
 ("blame", "entendemos lo molesto que es.", "aunque lo más probable es que alguna pieza se haya quedado en la caja al abrirla.", "suggests the buyer overlooked the parts", None),
 ("missing_required_point", "En cuanto las recibamos, las revisaremos y te propondremos una solución.", "", "next_step removed", None),
 ("invented_amount_or_date", "¿nos podrías enviar una foto", "¿nos podrías enviar antes del 2 de diciembre una foto", "deadline invented", None),
])
