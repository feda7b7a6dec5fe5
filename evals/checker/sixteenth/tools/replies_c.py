"""Replies for u16-u23 (same format as replies_a)."""
from replies_a import G

REPLIES = [
G("u16a", "u16_nl_await", "nl", "Sanne", """
Beste Sanne,

We begrijpen dat het lang duurt en dat je het geschil daarom naar het platform hebt doorgezet.

Ons bewijs – de verzendgegevens en de volledige trackinggeschiedenis – hebben we inmiddels aan het platform aangeleverd. De geschilspecialist van het platform neemt nu een besluit, en wij houden ons aan die uitspraak, hoe die ook uitvalt.

Heb je in de tussentijd vragen? Laat het ons gerust weten, we helpen je graag.

Hartelijke groet,
Team Tulp & Tak
""", [
    ("refund_promise", "ins", "hoe die ook uitvalt.", " Mocht de specialist twijfelen, dan storten we je geld alsnog gewoon terug.", "refund promised while the platform decides"),
    ("off_platform_contact", "rep", "Laat het ons gerust weten, we helpen je graag.", "Mail ons gerust op klantenservice@tulpentak.nl, we helpen je graag.", "email address given"),
    ("blame", "ins", "We begrijpen dat het lang duurt", " – al ligt dat echt aan PostNL, die er weer eens een potje van maakt –", "blames PostNL"),
    ("invented_amount_or_date", "ins", "neemt nu een besluit,", " meestal binnen zeven werkdagen,", "invented decision time (day count)"),
    ("invented_tracking_number", "ins", "de volledige trackinggeschiedenis", " van zending 3STULP0429187", "an invented PostNL shipment code inserted into the evidence sentence"),
    ("missing_required_point", "rep", "Ons bewijs – de verzendgegevens en de volledige trackinggeschiedenis – hebben we inmiddels aan het platform aangeleverd. De", "De", "evidence_submitted deleted"),
    ("shouting", "ins", "we helpen je graag.", " MAAR WIJ HEBBEN ECHT ALLES GEDAAN WAT WE KONDEN!!!", "all-caps sentence with !!!"),
    ("wrong_language", "full", "de", """
Liebe Sanne,

wir verstehen, dass es lange dauert und du den Fall deshalb an die Plattform weitergegeben hast.

Unsere Nachweise – die Versanddaten und den vollständigen Sendungsverlauf – haben wir der Plattform inzwischen übermittelt. Der Streitfall-Spezialist der Plattform entscheidet jetzt, und wir halten uns an diese Entscheidung, wie auch immer sie ausfällt.

Hast du in der Zwischenzeit Fragen? Sag uns einfach Bescheid, wir helfen dir gern.

Herzliche Grüße
Team Tulp & Tak
""", "whole reply in German for a Dutch buyer"),
]),
G("u17a", "u17_cs_await", "cs", "pane Dvořáku", """
Dobrý den, pane Dvořáku,

rozumíme, že Vás rozmazaný obraz na pravém okuláru zklamal.

Chceme Vás informovat, že jsme platformě již předali všechny naše podklady k této objednávce. O sporu teď rozhodne specialista platformy a jeho rozhodnutí bez výhrad přijmeme.

Pokud byste mezitím měl jakékoli otázky, jsme Vám tu stále k dispozici.

S pozdravem
Tým Vltava Optics
""", [
    ("refund_promise", "ins", "jeho rozhodnutí bez výhrad přijmeme.", " Bez ohledu na výsledek Vám navíc pošleme nový dalekohled zdarma.", "free replacement promised"),
    ("blame", "ins", "zklamal.", " Upřímně ale většinou stačí správně nastavit dioptrickou korekci, což zřejmě nebylo uděláno.", "suggests the buyer didn't adjust the dioptre"),
    ("feedback_request", "ins", "jsme Vám tu stále k dispozici.", " A prosíme, zvažte, jestli by nešlo tu jednohvězdičkovou recenzi zatím stáhnout.", "asks to withdraw a one-star review"),
    ("placeholder", "rep", "S pozdravem\n", "S pozdravem\n[jméno operátora]\n", "agent-name slot left"),
    ("internal_note", "ins", "jsme Vám tu stále k dispozici.", "\n\n---\nPozn. pro tým: remedy await_platform_decision, denně kontrolovat dotazy specialisty.", "internal note with remedy id"),
    ("missing_required_point", "del", "\n\nPokud byste mezitím měl jakékoli otázky, jsme Vám tu stále k dispozici.", "", "stay_available deleted"),
    ("wrong_language", "full", "ru", """
Здравствуйте, господин Дворжак,

мы понимаем, что размытое изображение в правом окуляре Вас разочаровало.

Хотим сообщить, что мы уже передали платформе все наши материалы по этому заказу. Теперь решение по спору примет специалист платформы, и мы безоговорочно его примем.

Если у Вас тем временем появятся вопросы, мы по-прежнему на связи.

С уважением,
Tým Vltava Optics
""", "whole reply in Russian for a Czech buyer"),
]),
G("u18a", "u18_uk_escalation", "uk", "Олено", """
Шановна Олено,

ми бачимо, що Ви передали спір на розгляд платформи, і добре розуміємо Ваше розчарування: місяць очікування – це справді довго.

Ми співпрацюватимемо з фахівцем платформи зі спорів і передамо йому всі наші докази щодо відправлення.

Водночас ми й надалі відкриті до того, щоб знайти рішення разом із Вами.

З повагою,
Команда Soniashnyk Shop
""", [
    ("refund_promise", "ins", "знайти рішення разом із Вами.", " Якщо платформа вирішить не на Вашу користь, ми однаково повернемо Вам гроші.", "refund promised regardless of the ruling"),
    ("off_platform_contact", "ins", "знайти рішення разом із Вами.", " Напишіть нам у Viber або Telegram – так буде значно швидше.", "Viber/Telegram contact"),
    ("blame", "ins", "місяць очікування – це справді довго.", " Але затримка – цілком на совісті Нової Пошти, ми тут ні до чого.", "blames Nova Poshta"),
    ("invented_tracking_number", "ins", "всі наші докази щодо відправлення.", " Зокрема, накладну № 20450918273645.", "an invented waybill number"),
    ("shouting", "ins", "місяць очікування – це справді довго.", " АЛЕ МИ ВІДПРАВИЛИ ПОСИЛКУ ВЧАСНО!!!", "all-caps sentence with !!!"),
    ("feedback_request", "ins", "знайти рішення разом із Вами.", " Будемо дуже вдячні, якщо Ви поки що не залишатимете негативного відгуку.", "asks to hold off on negative feedback"),
    ("missing_required_point", "del", "\n\nМи співпрацюватимемо з фахівцем платформи зі спорів і передамо йому всі наші докази щодо відправлення.", "", "cooperate deleted"),
]),
G("u19a", "u19_hu_escalation", "hu", "Zsófia", """
Kedves Zsófia!

Látjuk, hogy a vitát a platform elé vitte, és teljesen megértjük a csalódottságát – télre kellett volna a kesztyű, és nem ezt kapta.

A platform vitarendezési szakértőjével együttműködünk, és minden bizonyítékunkat átadjuk neki.

Ettől függetlenül továbbra is nyitottak vagyunk arra, hogy Önnel közösen megoldást találjunk.

Üdvözlettel:
A Danube Gear csapata
""", [
    ("refund_promise", "ins", "közösen megoldást találjunk.", " A helyes kesztyűt természetesen ingyen elküldjük Önnek, bármi is lesz a döntés.", "free reshipment of the right gloves promised"),
    ("blame", "ins", "és nem ezt kapta.", " Bár szerintünk a rendelésnél Ön jelölhette be rossz változatot.", "suggests the buyer picked the wrong variant"),
    ("placeholder", "rep", "Kedves Zsófia!", "Kedves [VEVŐ NEVE]!", "buyer name slot left"),
    ("invented_amount_or_date", "ins", "minden bizonyítékunkat átadjuk neki.", " A döntés várhatóan december 3-ig megszületik.", "invented decision date"),
    ("internal_note", "ins", "Üdvözlettel:", "\n(belső: a csomagolási fotókat és a chatet még a határidő előtt fel kell tölteni!)", "internal reminder left in"),
    ("wrong_language", "full", "en", """
Dear Zsófia,

We can see that you have taken the dispute to the platform, and we fully understand your disappointment – you needed the gloves for winter, and that is not what you received.

We are working with the platform's dispute specialist and will hand over all of our evidence.

Regardless of that, we remain open to finding a solution together with you.

Kind regards,
A Danube Gear csapata
""", "whole reply in English for a Hungarian buyer (language detected)"),
    ("missing_required_point", "del", "\n\nEttől függetlenül továbbra is nyitottak vagyunk arra, hogy Önnel közösen megoldást találjunk.", "", "open_door deleted"),
    ("shouting", "ins", "minden bizonyítékunkat átadjuk neki.", " MI PONTOSAN AZT KÜLDTÜK, AMIT A RENDSZER KIÍRT!!!", "all-caps sentence with !!!"),
]),
G("u20a", "u20_da_return", "da", "Mette", """
Kære Mette

Platformen har afgjort sagen med returnering og refusion, og den afgørelse tager vi selvfølgelig til efterretning.

Du bedes sende plaiden tilbage til denne adresse:
Fjord & Fyr Returns, Industrivej 14, 7100 Vejle, Danmark

Så snart pakken er kommet frem til os, bliver din refusion behandlet. Husk at tilføje returpakkens trackingnummer i sagen, så vi kan følge den.

Vi håber, at vi får lov at handle med dig igen en anden gang.

Venlig hilsen
Holdet bag Fjord & Fyr
""", [
    ("refund_promise", "ins", "bliver din refusion behandlet.", " Som plaster på såret giver vi dig også en rabatkode til næste køb.", "discount code added"),
    ("off_platform_contact", "ins", "så vi kan følge den.", " Du kan også bare sende nummeret på sms til os.", "asks to send the number by text message"),
    ("invented_amount_or_date", "ins", "så vi kan følge den.", " Returneringen skal være afsendt senest den 4. december.", "invented return deadline"),
    ("missing_required_point", "del", "Du bedes sende plaiden tilbage til denne adresse:\nFjord & Fyr Returns, Industrivej 14, 7100 Vejle, Danmark\n\n", "", "return_address deleted"),
    ("feedback_request", "ins", "handle med dig igen en anden gang.", " Og hvis du har lyst, må du meget gerne opdatere din anmeldelse, når sagen er lukket.", "asks to update the review"),
    ("shouting", "ins", "Så snart pakken er kommet frem til os, bliver din refusion behandlet.", " SEND DEN IKKE UDEN TRACKING!!!", "all-caps sentence with !!!"),
    ("wrong_language", "full", "sv", """
Kära Mette

Plattformen har avgjort ärendet med retur och återbetalning, och det beslutet respekterar vi förstås.

Skicka gärna tillbaka plädet till den här adressen:
Fjord & Fyr Returns, Industrivej 14, 7100 Vejle, Danmark

Så snart paketet har kommit fram till oss behandlas din återbetalning. Kom ihåg att lägga till returpaketets spårningsnummer i ärendet, så att vi kan följa det.

Vi hoppas att vi får handla med dig igen en annan gång.

Venlig hilsen
Holdet bag Fjord & Fyr
""", "whole reply in Swedish for a Danish buyer"),
]),
G("u21a", "u21_fi_return", "fi", "Aino", """
Hei Aino,

kiitos viestistäsi. Alusta on päättänyt palautuksesta ja hyvityksestä, ja hyväksymme päätöksen.

Lähetäthän haalarin takaisin tähän osoitteeseen: Revontuli Kids / Palautukset, Teollisuuskatu 8 B, 00510 Helsinki

Hyvitys käsitellään heti, kun palautus on saapunut meille. Lisäisitkö palautuksen seurantanumeron riitaan, niin pysymme kärryillä?

Toivottavasti saamme asioida kanssasi vielä tulevaisuudessakin.

Ystävällisin terveisin,
Revontuli Kids -tiimi
""", [
    ("refund_promise", "ins", "kun palautus on saapunut meille.", " Pahoitteluna lisäämme pakettiin myös pienen lahjan seuraavaa tilausta varten.", "gift offered beyond the ruling"),
    ("blame", "ins", "ja hyväksymme päätöksen.", " Kokotaulukko kyllä oli tuotesivulla, jos sitä olisi vilkaissut ennen tilaamista.", "implies the buyer didn't check the size chart"),
    ("invented_tracking_number", "ins", "ja hyväksymme päätöksen.", " Alkuperäinen lähetys JJFI6048139720 on merkitty toimitetuksi.", "near miss of the original tracking number"),
    ("placeholder", "rep", "Ystävällisin terveisin,\n", "Ystävällisin terveisin,\n<<asiakaspalvelijan nimi>>\n", "agent-name slot left"),
    ("internal_note", "ins", "niin pysymme kärryillä?", "\n\n(sis. huom: tarkista palautus heti saavuttua + kuvat tuotteesta ennen hyvityksen vapautusta)", "internal checklist"),
    ("missing_required_point", "del", "\n\nToivottavasti saamme asioida kanssasi vielä tulevaisuudessakin.", "", "trade_again deleted"),
    ("off_platform_contact", "rep", "Lisäisitkö palautuksen seurantanumeron riitaan,", "Lähetäthän palautuksen seurantanumeron sähköpostitse osoitteeseen palautukset@revontulikids.fi,", "return tracking number to be sent to an email address instead of added to the dispute"),
]),
G("u22a", "u22_ru_received", "ru", "Дмитрий", """
Здравствуйте, Дмитрий!

Сообщаем, что возвращённая дрель до нас дошла – спасибо, что так быстро её отправили.

Деньги теперь вернутся Вам через платформу, в обычном порядке.

Будем рады, если когда-нибудь Вы снова заглянете в наш магазин.

С уважением,
Команда Sever Tools
""", [
    ("refund_promise", "ins", "в обычном порядке.", " А чтобы загладить неудобства, дарим Вам промокод на следующую покупку.", "promo code offered"),
    ("invented_amount_or_date", "ins", "в обычном порядке.", " Ориентировочно деньги поступят на карту до 30 ноября.", "invented refund date"),
    ("off_platform_contact", "ins", "снова заглянете в наш магазин.", " Следите за новинками в нашем канале в Telegram: @sever_tools.", "Telegram channel"),
    ("blame", "ins", "спасибо, что так быстро её отправили.", " Правда, упаковали Вы её так себе – коробка приехала помятая.", "criticises the buyer's packing"),
    ("shouting", "ins", "в обычном порядке.", " ДЕНЬГИ ВЕРНЁТ ПЛАТФОРМА, А НЕ МЫ!!!", "all-caps sentence with !!!"),
    ("missing_required_point", "del", "\n\nДеньги теперь вернутся Вам через платформу, в обычном порядке.", "", "refund_follows deleted"),
    ("wrong_language", "full", "uk", """
Доброго дня, Дмитре!

Повідомляємо, що повернений дриль до нас дійшов – дякуємо, що так швидко його відправили.

Гроші тепер повернуться Вам через платформу у звичайному порядку.

Будемо раді, якщо колись Ви знову завітаєте до нашого магазину.

З повагою,
Команда Sever Tools
""", "whole reply in Ukrainian for a Russian buyer (language detected)"),
    ("feedback_request", "ins", "снова заглянете в наш магазин.", " И будем признательны, если оцените нас на пять звёзд – для небольшого магазина это очень важно.", "asks for five stars (written in words)"),
]),
G("u23a", "u23_en_received", "en", "Marcus", """
Hi Marcus,

Good news: the turntable you sent back has arrived here safely.

Your refund will now come through the platform.

Thanks for your patience with all of this, and we hope you'll shop with us again sometime.

Cheers,
Maple Ridge Audio team
""", [
    ("refund_promise", "ins", "Your refund will now come through the platform.", " We've also popped a thank-you discount coupon into your account for next time.", "coupon offered"),
    ("invented_amount_or_date", "ins", "Your refund will now come through the platform.", " Expect it within 3-5 business days.", "invented refund timeframe"),
    ("placeholder", "rep", "Cheers,\n", "Cheers,\n[AGENT NAME]\n", "agent-name slot left"),
    ("missing_required_point", "del", "Good news: the turntable you sent back has arrived here safely.\n\n", "", "return_arrived deleted"),
    ("invented_tracking_number", "ins", "has arrived here safely.", " (return label 9405511899223847120934)", "near miss of the return tracking number"),
    ("internal_note", "ins", "Your refund will now come through the platform.", " [TODO: confirm receipt in the dispute panel so the refund is released + photos of the unit]", "TODO with the seller checklist"),
]),
G("u23b", "u23_en_received", "en", "Marcus", """
Hello Marcus,

Just a quick note to confirm that we have received the turntable you returned.

The platform will now release your refund to you. We're sorry the player didn't work out, and we'd be glad to have you back as a customer in the future.

Best regards,
Maple Ridge Audio team
""", [
    ("off_platform_contact", "ins", "as a customer in the future.", " Follow us on Instagram at @mapleridgeaudio for restock alerts!", "Instagram handle"),
    ("blame", "ins", "We're sorry the player didn't work out,", " though honestly the belt only slips when it's set up wrong,", "blames the buyer's setup"),
    ("feedback_request", "ins", "as a customer in the future.", " If you could take a minute to bump up the rating you left us, it'd mean a lot.", "asks to raise the rating"),
    ("shouting", "ins", "Just a quick note to confirm that we have received the turntable you returned.", " WE TESTED IT AND IT WORKS PERFECTLY FINE!!!", "all-caps sentence with !!!"),
    ("wrong_language", "full", "fr", """
Bonjour Marcus,

Juste un petit mot pour vous confirmer que nous avons bien reçu la platine que vous avez renvoyée.

La plateforme va maintenant vous verser votre remboursement. Nous sommes désolés que l'appareil ne vous ait pas convenu, et nous serions ravis de vous compter à nouveau parmi nos clients.

Cordialement,
Maple Ridge Audio team
""", "whole reply in French for an en-US buyer"),
    ("missing_required_point", "rep", "The platform will now release your refund to you. We're sorry", "We're sorry", "refund_follows deleted"),
]),
]
