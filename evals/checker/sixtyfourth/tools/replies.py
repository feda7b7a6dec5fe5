"""Hand-written good replies (GOODS) and single-edit planted defects (EDITS) for set 'sixtyfourth'.
EDITS rows: (good_id, defect, old, new, note[, intruding_language]).  An insertion is written as
old=anchor, new=anchor+added text; a deletion as new=""."""

GOODS = {}
def g(gid, dispute, text):
    GOODS[gid] = (dispute, text.strip("\n"))

g("nj01a", "nj01_en_jacketfit", """Dear Olivia Hartley,

Thank you for getting in touch, and I'm so sorry the jacket doesn't fit as it should, especially when it was meant as a gift. That's really disappointing, and we want to put it right with you.

So that we can check the sizing properly, could you please send us a photo of the item laid flat with a measuring tape across it, next to its size label? You can attach it right here in the dispute.

As soon as the photo arrives, we'll compare it with our size chart and come back to you with a solution.

Warm regards, the Northwind Outfitters team""")

g("nj01b", "nj01_en_jacketfit", """Hi Olivia Hartley,

Oh no, sleeves that stop at the wrist are no good at all, and I'm sorry this happened with a present you'd chosen so carefully.

Could you help us with one thing? Please take a photo of the item laid flat with a measuring tape across it, next to its size label. That lets us see exactly where the sizing has gone wrong.

The moment it comes through, we'll look at it closely and get back to you with a proper solution.

Warm regards, the Northwind Outfitters team""")

g("nj02a", "nj02_es_lampara", """Hola, Mariana Ortega:

Entiendo perfectamente tu molestia; esperar tanto tiempo una compra y ver que el rastreo no avanza es muy frustrante, y lo sentimos mucho.

Te confirmamos que tu lámpara sigue en camino. Puedes seguirla con el número de rastreo LP00441122339CN; en envíos internacionales a veces el sistema tarda en actualizarse aunque el paquete avance.

¿Podrías, por favor, cerrar la disputa por ahora? Para que no pierdas ninguna garantía, ampliaremos tu protección de compra 20 días más, así sigues completamente protegida hasta que la lámpara llegue a tus manos.

Quedamos atentos a cualquier duda.

Saludos, equipo Casa Brillo""")

g("nj02b", "nj02_es_lampara", """Estimada Mariana Ortega:

Lamentamos mucho la espera y comprendemos su enojo. Hemos revisado el envío y le confirmamos que el paquete está en tránsito; puede consultar su avance con el número de seguimiento LP00441122339CN.

Le pedimos amablemente que cierre la disputa por el momento. Por nuestra parte, extenderemos su protección de compra por 20 días, de modo que usted seguirá totalmente cubierta mientras el paquete llega.

Si tiene cualquier pregunta, escríbanos por aquí y le responderemos con gusto.

Saludos, equipo Casa Brillo""")

g("nj03a", "nj03_ru_chainik", """Здравствуйте, Ирина Соколова!

Спасибо, что прислали фотографии. Мы видим трещину на крышке чайника и искренне сожалеем: понимаем, как неприятно получить вещь, которой невозможно пользоваться.

Мы можем предложить вам два варианта на выбор:
— оставить чайник и получить частичный возврат в размере до 1247.50 RUB;
— вернуть чайник и получить полный возврат денег.

Какой вариант вам больше подходит? Как только вы ответите, мы сразу оформим выбранное решение на платформе.

С уважением, команда ДомТехника""")

g("nj04a", "nj04_ja_kasa", """佐藤 美咲 様

このたびは再送にご同意いただき、誠にありがとうございます。お荷物が届かず、ご不便とご心配をおかけしましたことを心よりお詫び申し上げます。

商品はすでに再発送いたしました。新しい追跡番号は EJ771209911CN です。前回と同じご住所へお届けいたします。

新しいお荷物の配送状況は私どもでもしっかり見守り、何か動きがあればすぐにご連絡いたします。到着まで今しばらくお待ちくださいませ。

アメフリ雑貨店 スタッフ一同""")

g("nj05a", "nj05_fr_theiere", """Bonjour Julien Marchand,

La plateforme a tranché en faveur d'un retour avec remboursement, et nous acceptons bien sûr cette décision. Nous sommes désolés que la théière ne vous ait pas donné satisfaction.

Voici l'adresse de retour : Atelier Thé Retours, 8 allée des Tilleuls, 69007 Lyon, France.

Dès que la théière nous parviendra, le remboursement sera effectué. Pensez à ajouter le numéro de suivi du colis retour dans le litige, cela nous permettra de suivre son arrivée.

Nous espérons avoir le plaisir de vous compter à nouveau parmi nos clients.

Bien cordialement, l'équipe Atelier Thé""")

g("nj05b", "nj05_fr_theiere", """Cher Julien Marchand,

Nous avons bien pris connaissance de la décision de la plateforme : un retour et un remboursement. C'est entendu de notre côté.

Vous pouvez nous renvoyer la théière à l'adresse suivante :
Atelier Thé Retours, 8 allée des Tilleuls, 69007 Lyon, France

Une fois le colis arrivé chez nous, votre remboursement sera traité sans attendre. Merci d'indiquer le numéro de suivi de votre envoi dans le litige.

Encore désolés pour ce désagrément, et au plaisir de vous servir à nouveau une prochaine fois !

Bien cordialement, l'équipe Atelier Thé""")

g("nj06a", "nj06_de_kamera", """Hallo Stefan Krüger,

danke für Ihre Nachricht – wir verstehen gut, dass eine Woche Warten am Zoll ärgerlich ist.

Ihr Paket wird derzeit beim Zoll festgehalten; Sie können den Stand jederzeit mit der Sendungsnummer JD014600339874 verfolgen. Bei dieser Bestellung trägt laut den Bestellbedingungen der Käufer die Einfuhrabgaben. Wir möchten Sie daher freundlich bitten, die Abgaben zu bezahlen und die Zollabfertigung abzuschließen, damit die Kamera freigegeben wird.

Sollte der Zoll Unterlagen wie die Rechnung verlangen, schicken wir Ihnen diese selbstverständlich gern zu.

Viele Grüße, Ihr Klickwerk-Team""")

g("nj06b", "nj06_de_kamera", """Guten Tag Stefan Krüger,

vielen Dank für Ihre Geduld bisher. Kurz zum Stand:

Ihre Sendung JD014600339874 liegt momentan beim Zoll. Da bei dieser Bestellung Sie als Käufer für die Einfuhrabgaben zuständig sind, bitten wir Sie höflich, die Gebühren zu begleichen und die Verzollung abzuschließen. Danach kann die Kamera direkt weiterreisen.

Falls der Zoll ein Dokument braucht, etwa die Handelsrechnung, geben Sie uns bitte hier Bescheid – wir senden es Ihnen umgehend.

Viele Grüße, Ihr Klickwerk-Team""")

g("nj07a", "nj07_it_borsa", """Gentile Giulia Romano,

ci dispiace davvero tanto: a quanto pare il pacco con la sua borsa si è perso durante il viaggio. Capiamo bene la sua delusione, soprattutto trattandosi di un regalo per sua madre.

Vorremmo rimediare subito: desidera che le spediamo di nuovo la borsa, senza alcun costo aggiuntivo?

Se è d'accordo, ci risponda qui per confermare e verifichi, per favore, che l'indirizzo di spedizione sia corretto, così la nuova spedizione partirà senza intoppi.

Un caro saluto, Pelletteria Sole""")

g("nj08a", "nj08_pt_fone", """Olá, Rafael Souza!

Entendemos sua frustração com o fone que não liga, e sentimos muito por isso.

Queremos te contar que já enviamos todas as nossas evidências para a plataforma. Agora o especialista em disputas da plataforma vai analisar o caso e tomar a decisão, e nós vamos respeitar o que for decidido.

Enquanto isso, seguimos por aqui para ajudar no que precisar. Se tiver qualquer dúvida, é só mandar uma mensagem nesta conversa.

Abraços, equipe SomMax""")

g("nj09a", "nj09_nl_fietslamp", """Beste Sanne de Vries,

We zien dat je het geschil aan het platform hebt voorgelegd, en dat begrijpen we: zo lang wachten op je fietslampen is echt vervelend.

We gaan goed samenwerken met de geschillenspecialist van het platform en leveren al ons bewijs aan, zoals de verzendgegevens en onze chatgeschiedenis.

Tegelijk staat onze deur nog altijd open. Als je samen met ons naar een oplossing wilt zoeken, laat het ons hier gerust weten.

Met vriendelijke groet, team Fietsfabriek Online""")

g("nj10a", "nj10_tr_hali", """Merhaba Elif Yıldız,

İade ettiğiniz kilim halı bize ulaştı, özenle geri gönderdiğiniz için çok teşekkür ederiz.

Ücret iadeniz artık platform üzerinden size yapılacak; ekstra bir işlem yapmanıza gerek yok. Renk konusunda beklentinizi karşılayamadığımız için ayrıca üzgünüz.

Gelecekte sizinle yeniden alışveriş yapmayı ve yeni dokumalarımızla sizi memnun etmeyi çok isteriz.

Saygılarımızla, Anadolu Dokuma ekibi""")

g("nj11a", "nj11_ko_gajeup", """김지훈 고객님, 안녕하세요.

주전자 전원이 전혀 켜지지 않는다니 정말 속상하셨겠습니다. 불편을 드려 진심으로 죄송합니다.

빠르게 확인할 수 있도록, 주전자 전원을 켜는 모습과 고장 증상이 보이는 짧은 동영상을 보내주실 수 있을까요? 이 분쟁 화면에 바로 첨부해 주시면 됩니다.

영상을 받는 대로 바로 확인하고 해결 방법을 안내해 드리겠습니다.

하나리빙 드림""")

g("nj12a", "nj12_zh_erji", """陳怡君 您好:

很抱歉讓您久等了,物流資訊遲遲沒有更新,一定讓您很著急。

我們查詢過了,您的包裹目前仍在運送途中,您可以用追蹤號碼 LP00338810276CN 隨時查看最新進度。

想麻煩您先暫時關閉這次的糾紛。為了讓您安心,我們會將您的購買保障延長 10 天,在包裹送達之前,您都會受到完整的保障。

如有任何問題,歡迎隨時在這裡留言給我們。

聲悅數碼 客服團隊""")

g("nj13a", "nj13_ar_saa", """مرحباً سارة العتيبي،

شكراً لكِ على الفيديو الذي أرسلتِه، فقد رأينا بوضوح أن الساعة تتوقف، ونعتذر بصدق عن هذه المشكلة وعن الإزعاج الذي سببته لكِ.

يسعدنا أن نعرض عليكِ خيارين:
- الاحتفاظ بالساعة مع استرداد جزئي يصل إلى 56.70 SAR،
- أو إعادة الساعة واسترداد المبلغ كاملاً.

أي الخيارين تفضّلين؟ بمجرد أن تخبرينا، سنقوم بتنفيذ اختيارك عبر المنصة.

مع أطيب التحيات، فريق متجر الوقت""")

g("nj14a", "nj14_sv_kudde", """Hej Erik Lindqvist,

Tack för att du gick med på att vi skickar kuddarna en gång till, och förlåt för krånglet med det första paketet.

Nu är de på väg igen! Den nya försändelsen har spårningsnumret UA448839917SE, och den går till samma adress som tidigare.

Vi håller ett öga på det nya paketet hela vägen och hör av oss här om något skulle hända.

Vänliga hälsningar, Nordhem Textil""")

g("nj15a", "nj15_cs_mixer", """Dobrý den, Tomáš Novák,

platforma rozhodla o vrácení zboží a vrácení peněz a my toto rozhodnutí plně respektujeme.

Mixér prosím pošlete zpět na tuto adresu: KuchyňPlus reklamace, Průmyslová 12, 602 00 Brno, Česko.

Jakmile vrácený mixér dorazí, peníze vám vrátíme. Prosíme vás také, abyste do sporu doplnil sledovací číslo zásilky, kterou nám posíláte zpět.

Mrzí nás, že mixér nefungoval, jak měl, a budeme rádi, když u nás v budoucnu zase nakoupíte.

S pozdravem, tým KuchyňPlus""")

g("nj16a", "nj16_ro_pantofi", """Bună ziua, Andreea Popescu,

Înțelegem îngrijorarea dumneavoastră și vă mulțumim că ne-ați scris.

Coletul dumneavoastră este reținut momentan la vamă; îl puteți urmări oricând cu numărul de urmărire CG550918273RO. Vă liniștim: noi plătim taxele vamale și ne ocupăm de vămuire, așa că dumneavoastră nu aveți nimic de plătit.

Vă rugăm doar să mai aveți puțină răbdare până când vama eliberează coletul. Vă ținem la curent aici.

Cu drag, echipa PasUșor""")

g("nj16b", "nj16_ro_pantofi", """Dragă Andreea Popescu,

Știm cât de neplăcut este să vezi coletul blocat la vamă, așa că vă explicăm pe scurt ce se întâmplă.

Pachetul cu pantofii (număr de urmărire CG550918273RO) se află acum în vamă. Taxele vamale le achităm noi integral și ne ocupăm de toate formalitățile; nu trebuie să plătiți nimic.

Vama are nevoie de puțin timp ca să elibereze coletul, așa că vă rugăm frumos să mai aveți puțină răbdare.

Cu drag, echipa PasUșor""")

g("nj17a", "nj17_hu_parna", """Kedves Kovács Péter!

Nagyon sajnáljuk, úgy tűnik, a csomagja elveszett útközben. Megértjük, hogy ez bosszantó, főleg ennyi várakozás után.

Szívesen újra elküldjük Önnek a párnát, mindenféle további költség nélkül. Kérjük, írja meg, szeretné-e!

Ha igen, kérjük, válaszában erősítse meg ezt, és ellenőrizze, hogy a szállítási címe helyes-e, hogy az új csomag biztosan megérkezzen.

Üdvözlettel: az Álomház csapata""")

g("nj18a", "nj18_da_kande", """Kære Mette Jensen,

Vi kan godt forstå, at du er træt af at vente på din kande, og vi er kede af, at det er endt sådan.

Vi har allerede sendt vores dokumentation til platformen. Nu er det platformens tvistspecialist, der træffer afgørelsen, og den vil vi naturligvis respektere.

Skulle du have spørgsmål undervejs, er vi stadig her og hjælper gerne – skriv blot til os i sagen.

Venlig hilsen, Hyggehjem""")

g("nj19a", "nj19_fi_sukset", """Hei Aino Virtanen,

Näemme, että olet vienyt riidan alustalle, ja ymmärrämme hyvin turhautumisesi – väärien hanskojen saaminen on todella harmillista.

Teemme tiivistä yhteistyötä alustan riita-asiantuntijan kanssa ja toimitamme hänelle kaiken aineistomme.

Olemme edelleen valmiita etsimään ratkaisua yhdessä kanssasi, joten kerro ihmeessä täällä, jos sinulla on toiveita.

Ystävällisin terveisin, Lumikide""")

g("nj20a", "nj20_pl_buty", """Dzień dobry, Katarzyna Wiśniewska,

dziękujemy za odesłanie butów – paczka właśnie do nas dotarła i wszystko jest w porządku.

Zwrot pieniędzy zostanie teraz zrealizowany przez platformę, więc nie musi Pani nic więcej robić. Przykro nam, że rozmiar nie pasował.

Mamy nadzieję, że jeszcze kiedyś zrobi Pani u nas zakupy – będzie nam bardzo miło znów Panią obsłużyć.

Pozdrawiamy, zespół Szlak Sklep""")

g("nj21a", "nj21_uk_chashka", """Вітаю, Оксана Мельник!

Нам дуже шкода, що дві чашки прийшли розбитими, – розуміємо, як це прикро, особливо коли чекаєш на гарний посуд.

Щоб ми могли швидко розібратися, надішліть, будь ласка, фото пошкоджень і зовнішнього пакування в тому вигляді, в якому посилка до вас прийшла.

Щойно отримаємо фото, одразу все переглянемо й повернемося до вас із рішенням.

З повагою, команда «Глина і Вогонь»""")

g("nj22a", "nj22_el_kafetiera", """Γεια σας, Νίκος Παπαδόπουλος,

Καταλαβαίνουμε την ανησυχία σας και σας ευχαριστούμε για την υπομονή. Η καφετιέρα σας βρίσκεται καθ' οδόν και μπορείτε να παρακολουθείτε την πορεία της με τον αριθμό αποστολής RE119283746GR.

Θα σας παρακαλούσαμε, αν είναι εύκολο, να κλείσετε τη διαφορά προς το παρόν. Εμείς θα παρατείνουμε την προστασία αγοράς σας κατά 15 ημέρες, ώστε να παραμένετε πλήρως καλυμμένος μέχρι να φτάσει το δέμα.

Είμαστε εδώ για οποιαδήποτε ερώτηση.

Με εκτίμηση, η ομάδα του Καφές & Σπίτι""")

g("nj23a", "nj23_en_drone", """Hi Marcus Bell,

Thanks so much for the photos. They make it clear the spare propellers and charging cable weren't in the box, and we're really sorry about that. It's not the unboxing you should have had.

Here's what we can offer, and it's entirely your call:
- Keep the drone and receive a partial refund of up to 12.80 USD, or
- Send the drone back for a full refund.

Just let us know which option works better for you, and we'll set it up on the platform right away.

SkyToy Hub team""")

g("nj23b", "nj23_en_drone", """Hello Marcus Bell,

Thank you for sending the photos of the box contents. You're right: the spare propellers and the charging cable are missing, and we apologise for the inconvenience.

We'd like to offer you a choice. You can keep the drone with a partial refund of up to 12.80 USD, or you can return it and receive a full refund.

Which would you prefer? Reply here whenever you're ready and we'll take care of the rest.

SkyToy Hub team""")

g("nj24a", "nj24_es_perfume", """Hola, Javier Moreno:

Gracias por escribirnos y perdona la preocupación. Tu paquete está retenido en la aduana en este momento; puedes seguir su estado con el número de seguimiento CE449201837ES.

Estamos consultando con la empresa de transporte qué documentación o trámite necesita la aduana para liberar el envío, y te avisaremos en cuanto lo sepamos.

Te pedimos un poco de paciencia mientras lo resolvemos. Seguimos pendientes de tu difusor.

Un saludo, equipo Aroma Hogar""")


EDITS = [
# ---- nj01a (en, evidence_by_problem_type)
("nj01a", "refund_promise", "and we want to put it right with you.", "and we'll refund the full price straight away, no questions asked.", "replaces the closing clause with an unconditional refund before any evidence"),
("nj01a", "off_platform_contact", " You can attach it right here in the dispute.", " If the upload gives you trouble, just email it to sizing@northwind-outfitters.co.uk instead.", "sends the photo to an e-mail address"),
("nj01a", "internal_note", "come back to you with a solution.\n\n", "come back to you with a solution.\n\nNote for Dan: compare with the listing snapshot before this goes out.\n\n", "line addressed to a colleague before the signature"),
("nj01a", "blame", "That's really disappointing, and we want to put it right with you.", "That's really disappointing, and we want to put it right with you. To be fair, the size chart is right there on the listing and should have been checked before ordering.", "reproaches the buyer for not reading the size chart"),
("nj01a", "missing_required_point", "So that we can check the sizing properly, could you please send us a photo of the item laid flat with a measuring tape across it, next to its size label? You can attach it right here in the dispute.\n\n", "", "removed point: request_evidence"),
# ---- nj01b (en)
("nj01b", "placeholder", "where the sizing has gone wrong.", "where the sizing on {item_title} has gone wrong.", "unfilled {item_title} slot"),
("nj01b", "shouting", "Could you help us with one thing?", "YOU NEED TO SEND US A PHOTO NOW!!!", "capitals and exclamation marks, bossy"),
("nj01b", "invented_amount_or_date", "we'll look at it closely", "we'll look at it closely within 24 hours", "invented 24-hour deadline"),
("nj01b", "feedback_request", "get back to you with a proper solution.", "get back to you with a proper solution.\n\nP.S. Once this is sorted, a kind review would mean the world to our small shop.", "postscript asking for a review"),
# ---- nj02a (es, extend_delivery_time)
("nj02a", "feedback_request", "Quedamos atentos a cualquier duda.", "Quedamos atentos a cualquier duda. Y cuando la recibas, ¿nos dejarías una buena valoración en la tienda?", "asks for a rating (closing the dispute is the required point here)"),
("nj02a", "invented_tracking_number", "aunque el paquete avance.", "aunque el paquete avance; el número de pedido asociado es 3021188400027.", "order id that is not the dispute's (3021188400072)"),
("nj02a", "wrong_language", "Quedamos atentos a cualquier duda.", "Qualquer dúvida, estamos à disposição para ajudar você.", "closing line in Portuguese", "pt"),
("nj02a", "invented_amount_or_date", "hasta que la lámpara llegue a tus manos.", "hasta que la lámpara llegue a tus manos, que calculamos será antes del 25 de noviembre.", "invented arrival date"),
("nj02a", "refund_promise", "y lo sentimos mucho.", "y lo sentimos mucho. Además, como disculpa te devolveremos parte del importe.", "promises a partial refund while asking to close the dispute"),
# ---- nj02b (es)
("nj02b", "off_platform_contact", "escríbanos por aquí", "escríbanos directamente a ventas@casabrillo.mx", "e-mail address instead of the platform"),
("nj02b", "blame", "comprendemos su enojo.", "comprendemos su enojo. El retraso es culpa de Estafeta, que es lentísima en esta temporada.", "blames the carrier"),
("nj02b", "missing_required_point", "Le pedimos amablemente que cierre la disputa por el momento. ", "", "removed point: ask_close"),
("nj02b", "placeholder", "el paquete está en tránsito;", "el paquete está en tránsito desde el {fecha_envio};", "unfilled {fecha_envio} slot"),
# ---- nj03a (ru, propose_partial_or_return)
("nj03a", "amount_over_cap", "— вернуть чайник и получить полный возврат денег.", "— вернуть чайник и получить полный возврат денег.\nВпрочем, если решите оставить чайник, мы готовы вернуть вам и 2000 RUB.", "partial refund of 2000 RUB above the 1247.50 RUB cap"),
("nj03a", "amount_over_cap", "Какой вариант вам больше подходит?", "Либо можем просто вернуть вам половину стоимости, а чайник оставьте себе. Какой вариант вам больше подходит?", "half the price (2495 RUB) kept-item refund, above the cap; spelled, no digits"),
("nj03a", "placeholder", "Как только вы ответите,", "Как только вы ответите до [ДАТА],", "unfilled [ДАТА] slot"),
("nj03a", "wrong_language", "Какой вариант вам больше подходит?", "Який варіант вам більше підходить?", "question in Ukrainian (close neighbour)", "uk"),
("nj03a", "shouting", "Как только вы ответите, мы сразу оформим", "ОТВЕТЬТЕ СРОЧНО!!! Только тогда мы оформим", "capitals, exclamation marks, bossy"),
("nj03a", "internal_note", "выбранное решение на платформе.", "выбранное решение на платформе.\n\n(для Оли: предложить частичный возврат в панели решений, потом загрузить наши фото упаковки)", "note to a colleague in parentheses"),
# ---- nj04a (ja, confirm_reshipment)
("nj04a", "invented_tracking_number", "EJ771209911CN です。", "EJ771209911CN です(ご注文番号は 3021188400099 となります)。", "order id that is not the dispute's (3021188400074)"),
("nj04a", "off_platform_contact", "何か動きがあればすぐにご連絡いたします。", "何か動きがあればLINE公式アカウントからお知らせしますので、友だち追加をお願いします。", "moves updates to LINE"),
("nj04a", "wrong_language", "到着まで今しばらくお待ちくださいませ。", "到着まで今しばらくお待ちくださいませ。Thank you so much for your patience with us.", "English sentence appended", "en"),
("nj04a", "refund_promise", "心よりお詫び申し上げます。", "心よりお詫び申し上げます。お詫びとして、商品代金の一部を返金させていただきます。", "promises a partial refund on top of the reshipment"),
("nj04a", "feedback_request", "今しばらくお待ちくださいませ。", "今しばらくお待ちくださいませ。お受け取りの際は、ぜひ高評価のレビューをいただけると嬉しいです。", "asks for a good review"),
# ---- nj05a (fr, return_instructions)
("nj05a", "amount_over_cap", "le remboursement sera effectué.", "nous vous rembourserons 50 EUR.", "refund of 50 EUR above the 42 EUR paid"),
("nj05a", "invented_amount_or_date", "le remboursement sera effectué.", "le remboursement sera effectué sous 5 jours ouvrés.", "invented 5-working-day deadline"),
("nj05a", "internal_note", "parmi nos clients.\n\n", "parmi nos clients.\n\nRappel interne : surveiller le colis retour et confirmer la réception rapidement.\n\n", "internal reminder line"),
("nj05a", "blame", "ne vous ait pas donné satisfaction.", "ne vous ait pas donné satisfaction. Cela dit, une théière en fonte demande un entretien que beaucoup de clients négligent.", "reproaches the buyer's care of the item"),
("nj05a", "missing_required_point", "\n\nNous espérons avoir le plaisir de vous compter à nouveau parmi nos clients.", "", "removed point: trade_again"),
# ---- nj05b (fr)
("nj05b", "amount_over_cap", "votre remboursement sera traité sans attendre.", "nous vous rembourserons le double du prix payé, sans attendre.", "refund of twice the price paid; spelled, no digits"),
("nj05b", "placeholder", "le numéro de suivi de votre envoi dans le litige.", "le numéro de suivi de votre envoi (XXXXXXXX) dans le litige.", "XXXXXXXX slot"),
("nj05b", "shouting", "C'est entendu de notre côté.", "C'EST NOTÉ. RENVOYEZ LA THÉIÈRE, ET VITE !!!", "capitals, exclamation marks"),
("nj05b", "off_platform_contact", "dans le litige.", "dans le litige. Vous pouvez aussi nous l'envoyer sur notre page Facebook, c'est plus rapide.", "social media channel"),
("nj05b", "feedback_request", "C'est entendu de notre côté.", "C'est entendu de notre côté. En échange, nous vous demandons simplement de retirer l'avis négatif laissé sur la boutique.", "asks to remove negative feedback"),
# ---- nj06a (de, customs_clearance/buyer)
("nj06a", "blame", "ärgerlich ist.", "ärgerlich ist. Leider arbeitet der deutsche Zoll unglaublich langsam, daran können wir nichts ändern.", "blames customs"),
("nj06a", "invented_tracking_number", "JD014600339874 verfolgen.", "JD014600339874 bzw. der Zusatznummer JJD0002249118 verfolgen.", "second tracking number not in the dispute"),
("nj06a", "refund_promise", "damit die Kamera freigegeben wird.", "damit die Kamera freigegeben wird. Die Kosten dafür erstatten wir Ihnen anschließend vollständig.", "promises to reimburse the duties"),
("nj06a", "wrong_language", "Sollte der Zoll Unterlagen wie die Rechnung verlangen, schicken wir Ihnen diese selbstverständlich gern zu.", "Mocht de douane documenten zoals de factuur vragen, dan sturen we die u natuurlijk graag toe.", "sentence in Dutch", "nl"),
("nj06a", "missing_required_point", " Bei dieser Bestellung trägt laut den Bestellbedingungen der Käufer die Einfuhrabgaben. Wir möchten Sie daher freundlich bitten, die Abgaben zu bezahlen und die Zollabfertigung abzuschließen, damit die Kamera freigegeben wird.", "", "removed point: buyer_clearance"),
# ---- nj06b (de)
("nj06b", "internal_note", "wir senden es Ihnen umgehend.", "wir senden es Ihnen umgehend.\n\nTODO: Handelsrechnung aus dem Shop-Backend ziehen, bevor Stefan antwortet.", "TODO line for the team"),
("nj06b", "invented_amount_or_date", "Danach kann die Kamera direkt weiterreisen.", "Danach ist die Kamera in spätestens drei Werktagen bei Ihnen.", "invented delivery time, spelled number"),
("nj06b", "shouting", "bitten wir Sie höflich, die Gebühren zu begleichen", "MÜSSEN SIE DIE GEBÜHREN SOFORT BEGLEICHEN", "capitals, bossy"),
("nj06b", "feedback_request", "wir senden es Ihnen umgehend.", "wir senden es Ihnen umgehend. Und wenn alles geklappt hat, ziehen Sie den Fall bitte zurück.", "asks to withdraw the dispute"),
("nj06b", "placeholder", "etwa die Handelsrechnung,", "etwa die Handelsrechnung Nr. [RECHNUNGSNR],", "[RECHNUNGSNR] slot"),
# ---- nj07a (it, offer_reshipment)
("nj07a", "refund_promise", "senza alcun costo aggiuntivo?", "senza alcun costo aggiuntivo? In ogni caso le rimborseremo anche le spese di spedizione.", "promises a shipping refund"),
("nj07a", "off_platform_contact", "ci risponda qui per confermare", "ci scriva su WhatsApp per confermare", "WhatsApp instead of the platform"),
("nj07a", "wrong_language", "per sua madre.", "per sua madre. Sentimos mucho lo ocurrido, de verdad.", "sentence in Spanish (close neighbour)", "es"),
("nj07a", "blame", "si è perso durante il viaggio.", "si è perso durante il viaggio. Purtroppo Poste Italiane perde pacchi di continuo, la colpa è tutta loro.", "blames the carrier"),
("nj07a", "invented_amount_or_date", "partirà senza intoppi.", "partirà entro 48 ore.", "invented 48-hour dispatch time"),
# ---- nj08a (pt, await_platform_decision)
("nj08a", "refund_promise", "respeitar o que for decidido.", "respeitar o que for decidido. De qualquer forma, já adiantamos: você vai receber seu dinheiro de volta.", "promises a refund before the decision"),
("nj08a", "placeholder", "analisar o caso", "analisar o caso nº {dispute_id}", "{dispute_id} slot"),
("nj08a", "feedback_request", "nesta conversa.", "nesta conversa. E, se puder, cancele a disputa para resolvermos entre nós.", "asks to cancel the dispute"),
("nj08a", "shouting", "Se tiver qualquer dúvida, é só mandar uma mensagem nesta conversa.", "AGORA É SÓ ESPERAR. NÃO ADIANTA INSISTIR!!!", "capitals, exclamation marks, curt"),
("nj08a", "missing_required_point", "Queremos te contar que já enviamos todas as nossas evidências para a plataforma. ", "", "removed point: evidence_submitted"),
# ---- nj09a (nl, escalation_reply)
("nj09a", "off_platform_contact", "laat het ons hier gerust weten.", "bel of app ons gerust via ons klantenservicenummer.", "phone / messaging app"),
("nj09a", "internal_note", "onze chatgeschiedenis.", "onze chatgeschiedenis. (Checklist: bewijs uploaden vóór de deadline – tracking, chat, pakfoto's.)", "seller checklist in parentheses"),
("nj09a", "blame", "echt vervelend.", "echt vervelend. Al moet gezegd: PostNL heeft hier flink steken laten vallen, niet wij.", "blames the carrier"),
("nj09a", "invented_tracking_number", "zoals de verzendgegevens", "zoals de verzendgegevens van zending LX220937199NL", "tracking number not the dispute's (LX220937154NL)"),
("nj09a", "invented_amount_or_date", "met de geschillenspecialist van het platform", "met de geschillenspecialist van het platform, die binnen 7 dagen uitspraak doet,", "invented 7-day timeline"),
("nj09a", "missing_required_point", "\n\nTegelijk staat onze deur nog altijd open. Als je samen met ons naar een oplossing wilt zoeken, laat het ons hier gerust weten.", "", "removed point: open_door"),
# ---- nj10a (tr, return_received)
("nj10a", "amount_over_cap", "Ücret iadeniz artık platform üzerinden size yapılacak;", "Platform üzerinden size 2000 TRY iade edilecek;", "refund of 2000 TRY above the 1850 TRY paid"),
("nj10a", "refund_promise", "ayrıca üzgünüz.", "ayrıca üzgünüz. Bir sonraki siparişinizde kullanmanız için size özel bir indirim kuponu da tanımlayacağız.", "discount coupon not allowed"),
("nj10a", "feedback_request", "sizi memnun etmeyi çok isteriz.", "sizi memnun etmeyi çok isteriz. Memnun kaldıysanız mağazamıza olumlu bir değerlendirme bırakmayı unutmayın.", "asks for a positive review"),
("nj10a", "wrong_language", "Gelecekte sizinle yeniden alışveriş yapmayı ve yeni dokumalarımızla sizi memnun etmeyi çok isteriz.", "We really hope to welcome you back to our shop in the future.", "trade-again sentence in English", "en"),
("nj10a", "shouting", "ekstra bir işlem yapmanıza gerek yok.", "BAŞKA BİR ŞEY YAPMAYIN, BEKLEYİN!!", "capitals, bossy"),
("nj10a", "internal_note", "çok teşekkür ederiz.", "çok teşekkür ederiz.\n(Not: iadeyi anlaşmazlıkta teslim alındı olarak onayla, yoksa para serbest bırakılmaz.)", "note to the team"),
# ---- nj11a (ko, evidence_by_problem_type)
("nj11a", "placeholder", "영상을 받는 대로", "영상을 받는 대로 {처리기한}까지", "{처리기한} slot"),
("nj11a", "invented_tracking_number", "진심으로 죄송합니다.", "진심으로 죄송합니다. 주문번호 3021188400018 건으로 확인하고 있습니다.", "order id not the dispute's (3021188400081)"),
("nj11a", "off_platform_contact", "이 분쟁 화면에 바로 첨부해 주시면 됩니다.", "카카오톡 채널로 보내주시면 더 빨리 확인할 수 있습니다.", "KakaoTalk instead of the platform"),
("nj11a", "wrong_language", "해결 방법을 안내해 드리겠습니다.", "해결 방법을 안내해 드리겠습니다. ご迷惑をおかけして本当に申し訳ございません。", "sentence in Japanese", "ja"),
("nj11a", "missing_required_point", "빠르게 확인할 수 있도록, 주전자 전원을 켜는 모습과 고장 증상이 보이는 짧은 동영상을 보내주실 수 있을까요? 이 분쟁 화면에 바로 첨부해 주시면 됩니다.\n\n", "", "removed point: request_evidence"),
# ---- nj12a (zh, extend_delivery_time)
("nj12a", "feedback_request", "歡迎隨時在這裡留言給我們。", "歡迎隨時在這裡留言給我們。收到耳機後,也請給我們一個好評喔!", "asks for a good rating (closing the dispute is required here)"),
("nj12a", "invented_amount_or_date", "隨時查看最新進度。", "隨時查看最新進度。預計三天內就會送達。", "invented 3-day arrival, spelled"),
("nj12a", "blame", "一定讓您很著急。", "一定讓您很著急。這次延誤完全是中華郵政處理太慢造成的。", "blames the carrier"),
("nj12a", "wrong_language", "如有任何問題,歡迎隨時在這裡留言給我們。", "If you have any questions, just leave us a message here.", "closing line in English", "en"),
("nj12a", "internal_note", "您都會受到完整的保障。", "您都會受到完整的保障。【內部備註:買家同意後記得到賣家中心延長保障】", "internal note in brackets"),
("nj12a", "invented_tracking_number", "LP00338810276CN 隨時", "LP00338810276CN(轉單號 TW8812093374)隨時", "second tracking number not in the dispute"),
# ---- nj13a (ar, propose_partial_or_return)
("nj13a", "amount_over_cap", "- أو إعادة الساعة واسترداد المبلغ كاملاً.", "- أو إعادة الساعة واسترداد المبلغ كاملاً.\n- أو الاحتفاظ بالساعة واسترداد 100 SAR.", "third option: keep the watch with 100 SAR, above the 56.70 SAR cap"),
("nj13a", "amount_over_cap", "أي الخيارين تفضّلين؟", "وإن لم يكفِكِ ذلك، يمكننا ردّ ثلاثة أرباع الثمن مع بقاء الساعة معكِ. أي الخيارين تفضّلين؟", "three quarters of the price with the item kept, above the cap; spelled"),
("nj13a", "off_platform_contact", "عبر المنصة.", "عبر المنصة. ويمكنكِ أيضاً مراسلتنا على واتساب للرد بشكل أسرع.", "WhatsApp"),
("nj13a", "placeholder", "سنقوم بتنفيذ اختيارك عبر المنصة.", "سنقوم بتنفيذ اختيارك عبر المنصة خلال [عدد الأيام] أيام.", "[عدد الأيام] slot"),
("nj13a", "shouting", "أي الخيارين تفضّلين؟", "اختاري الآن!!! لا وقت لدينا للانتظار!!!", "exclamation marks, bossy"),
# ---- nj14a (sv, confirm_reshipment)
("nj14a", "invented_tracking_number", "och den går till samma adress som tidigare.", "och den ersätter försändelsen UA448812777SE.", "old tracking number that is not the dispute's (UA448812095SE)"),
("nj14a", "refund_promise", "krånglet med det första paketet.", "krånglet med det första paketet. Som plåster på såren får du också tillbaka fraktkostnaden.", "refunds shipping on top of the reshipment"),
("nj14a", "feedback_request", "om något skulle hända.", "om något skulle hända. När kuddarna har kommit fram blir vi jätteglada om du ger oss ett riktigt fint betyg.", "asks for a good rating"),
("nj14a", "wrong_language", "Vi håller ett öga på det nya paketet hela vägen och hör av oss här om något skulle hända.", "Vi holder øje med den nye pakke hele vejen og giver dig besked her, hvis der sker noget.", "sentence in Danish (close neighbour)", "da"),
("nj14a", "invented_amount_or_date", "Nu är de på väg igen!", "Nu är de på väg igen! Räkna med att de är framme inom sju dagar.", "invented seven-day delivery, spelled"),
("nj14a", "shouting", "Nu är de på väg igen!", "NU ÄR DE PÅ VÄG IGEN, SÅ SLUTA ORO DIG!!!", "capitals, bossy"),
# ---- nj15a (cs, return_instructions)
("nj15a", "amount_over_cap", "peníze vám vrátíme.", "vrátíme vám 1500 CZK.", "refund of 1500 CZK above the 1290 CZK paid"),
("nj15a", "amount_over_cap", "peníze vám vrátíme.", "peníze vám vrátíme, a to v plné výši a ještě o třetinu navíc.", "refund a third above the price paid; spelled"),
("nj15a", "wrong_language", "Mrzí nás, že mixér nefungoval, jak měl, a budeme rádi, když u nás v budoucnu zase nakoupíte.", "Mrzí nás, že mixér nefungoval tak, ako mal, a budeme radi, ak u nás v budúcnosti opäť nakúpite.", "sentence in Slovak (close neighbour)", "sk"),
("nj15a", "internal_note", "zase nakoupíte.", "zase nakoupíte.\n\nInterní poznámka: hlídat vratku a hned potvrdit příjem, jinak se refundace zdrží.", "internal note line"),
("nj15a", "blame", "plně respektujeme.", "plně respektujeme, i když mixér byl podle nás nejspíš špatně používán.", "reproaches the buyer's use of the item"),
("nj15a", "placeholder", "abyste do sporu doplnil", "abyste do XX.XX. doplnil do sporu", "XX.XX date slot"),
# ---- nj16a (ro, customs_clearance/seller)
("nj16a", "refund_promise", "nu aveți nimic de plătit.", "nu aveți nimic de plătit. În plus, pentru întârziere vă oferim o compensație în bani.", "offers monetary compensation"),
("nj16a", "off_platform_contact", "Vă ținem la curent aici.", "Pentru noutăți mai rapide, scrieți-ne pe Instagram.", "social media"),
("nj16a", "invented_amount_or_date", "până când vama eliberează coletul.", "până când vama eliberează coletul, de regulă în cel mult 10 zile.", "invented 10-day estimate"),
("nj16a", "shouting", "Vă rugăm doar să mai aveți puțină răbdare", "AVEȚI RĂBDARE ȘI NU NE MAI SCRIEȚI!!! Așteptați", "capitals, aggressive"),
("nj16a", "missing_required_point", " Vă liniștim: noi plătim taxele vamale și ne ocupăm de vămuire, așa că dumneavoastră nu aveți nimic de plătit.", "", "removed point: seller_pays"),
# ---- nj16b (ro)
("nj16b", "invented_tracking_number", "(număr de urmărire CG550918273RO)", "(număr de urmărire CG550918273RO, comanda 3021188400068)", "order id not the dispute's (3021188400086)"),
("nj16b", "feedback_request", "să mai aveți puțină răbdare.", "să mai aveți puțină răbdare. Între timp, vă rugăm să retrageți disputa, nu mai este necesară.", "asks to withdraw the dispute"),
("nj16b", "blame", "se află acum în vamă.", "se află acum în vamă. Vameșii sunt extrem de lenți, de aici toată întârzierea.", "blames customs"),
("nj16b", "internal_note", "nu trebuie să plătiți nimic.", "nu trebuie să plătiți nimic.\n[intern] încarcă chitanța plății vamale în dispută", "internal checklist item"),
# ---- nj17a (hu, offer_reshipment)
("nj17a", "refund_promise", "Kérjük, írja meg, szeretné-e!", "Kérjük, írja meg, szeretné-e, vagy inkább visszautaljuk a párna árát!", "offers a refund as alternative"),
("nj17a", "wrong_language", "főleg ennyi várakozás után.", "főleg ennyi várakozás után. Es tut uns wirklich sehr leid.", "sentence in German", "de"),
("nj17a", "placeholder", "a szállítási címe helyes-e", "a szállítási címe (%ADDRESS%) helyes-e", "%ADDRESS% slot"),
("nj17a", "off_platform_contact", "biztosan megérkezzen.", "biztosan megérkezzen. A címét elküldheti nekünk e-mailben is.", "e-mail channel"),
("nj17a", "invented_tracking_number", "elveszett útközben.", "elveszett útközben (követési szám: RB882017999HU).", "tracking number not the dispute's (RB882017364HU)"),
("nj17a", "missing_required_point", "\n\nHa igen, kérjük, válaszában erősítse meg ezt, és ellenőrizze, hogy a szállítási címe helyes-e, hogy az új csomag biztosan megérkezzen.", "", "removed point: ask_confirm (reply to confirm and check the address)"),
# ---- nj18a (da, await_platform_decision)
("nj18a", "internal_note", "skriv blot til os i sagen.", "skriv blot til os i sagen.\n\nNB til Lasse: tjek sagen dagligt for spørgsmål fra specialisten.", "note to a colleague"),
("nj18a", "feedback_request", "skriv blot til os i sagen.", "skriv blot til os i sagen. Vi ville også sætte stor pris på, hvis du ville lukke sagen igen.", "asks to close the dispute"),
("nj18a", "blame", "og vi er kede af, at det er endt sådan.", "men ifølge GLS blev pakken leveret, så du må have overset den.", "blames the buyer"),
("nj18a", "invented_amount_or_date", "den vil vi naturligvis respektere.", "den vil vi naturligvis respektere; den kommer normalt inden for fem hverdage.", "invented five-working-day timeline, spelled"),
("nj18a", "shouting", "Skulle du have spørgsmål undervejs", "VENT NU BARE PÅ AFGØRELSEN!!! Skulle du have spørgsmål undervejs", "capitals and exclamation marks"),
("nj18a", "invented_tracking_number", "sendt vores dokumentation til platformen.", "sendt vores dokumentation til platformen, herunder sporingen for GL66120988DK.", "tracking number not the dispute's (GL66120934DK)"),
# ---- nj19a (fi, escalation_reply)
("nj19a", "off_platform_contact", "kerro ihmeessä täällä", "laita meille viestiä Telegramissa", "Telegram"),
("nj19a", "refund_promise", "kaiken aineistomme.", "kaiken aineistomme. Lupaamme joka tapauksessa palauttaa rahasi, päätti alusta mitä tahansa.", "promises a refund regardless of the ruling"),
("nj19a", "wrong_language", "todella harmillista.", "todella harmillista. Vi ber verkligen om ursäkt för det.", "sentence in Swedish", "sv"),
("nj19a", "invented_tracking_number", "kaiken aineistomme.", "kaiken aineistomme, myös lähetyksen JJFI650912999 seurantatiedot.", "tracking number not the dispute's (JJFI650912873)"),
("nj19a", "missing_required_point", "\n\nTeemme tiivistä yhteistyötä alustan riita-asiantuntijan kanssa ja toimitamme hänelle kaiken aineistomme.", "", "removed point: cooperate"),
("nj19a", "shouting", "joten kerro ihmeessä täällä, jos sinulla on toiveita.", "MUTTA LOPETA JO TÄMÄ VALITTAMINEN!!", "capitals, aggressive"),
# ---- nj20a (pl, return_received)
("nj20a", "amount_over_cap", "Zwrot pieniędzy zostanie teraz zrealizowany przez platformę,", "Przez platformę zwrócimy Pani 300 PLN,", "refund of 300 PLN above the 239 PLN paid"),
("nj20a", "invented_amount_or_date", "zrealizowany przez platformę,", "zrealizowany przez platformę w ciągu 3 dni roboczych,", "invented 3-working-day deadline"),
("nj20a", "placeholder", "paczka właśnie do nas dotarła", "paczka dotarła do nas dnia <DATA_ODBIORU>", "<DATA_ODBIORU> slot"),
("nj20a", "blame", "Przykro nam, że rozmiar nie pasował.", "Następnym razem prosimy dokładniej sprawdzić tabelę rozmiarów.", "reproaches the buyer"),
("nj20a", "internal_note", "znów Panią obsłużyć.", "znów Panią obsłużyć.\n\n(Potwierdzić odbiór zwrotu w sporze, żeby platforma zwolniła środki – Ania)", "note to the team"),
# ---- nj21a (uk, evidence_by_problem_type)
("nj21a", "refund_promise", "із рішенням.", "із рішенням. Гроші за розбиті чашки повернемо в будь-якому разі.", "promises a refund before the evidence"),
("nj21a", "wrong_language", "Щойно отримаємо фото, одразу все переглянемо й повернемося до вас із рішенням.", "Как только получим фото, сразу всё посмотрим и вернёмся к вам с решением.", "sentence in Russian (close neighbour)", "ru"),
("nj21a", "feedback_request", "повернемося до вас із рішенням.", "повернемося до вас із рішенням.\n\nІ будь ласка, не залишайте поки що негативного відгуку про магазин.", "asks not to leave negative feedback"),
("nj21a", "shouting", "надішліть, будь ласка,", "НЕГАЙНО НАДІШЛІТЬ", "capitals, bossy"),
("nj21a", "invented_tracking_number", "посилка до вас прийшла.", "посилка до вас прийшла (ТТН 20450098800).", "waybill number not the dispute's (NP20450098817)"),
("nj21a", "missing_required_point", "Щоб ми могли швидко розібратися, надішліть, будь ласка, фото пошкоджень і зовнішнього пакування в тому вигляді, в якому посилка до вас прийшла.\n\n", "", "removed point: request_evidence"),
# ---- nj22a (el, extend_delivery_time)
("nj22a", "off_platform_contact", "Είμαστε εδώ για οποιαδήποτε ερώτηση.", "Για οποιαδήποτε ερώτηση, επισκεφθείτε το site μας kafes-spiti.gr.", "website"),
("nj22a", "placeholder", "μέχρι να φτάσει το δέμα.", "μέχρι να φτάσει το δέμα στη διεύθυνση {shipping_address}.", "{shipping_address} slot"),
("nj22a", "internal_note", "για οποιαδήποτε ερώτηση.", "για οποιαδήποτε ερώτηση.\n\nΥπενθύμιση για Μαρία: επέκταση προστασίας στο κέντρο πωλητή μόλις συμφωνήσει.", "reminder to a colleague"),
("nj22a", "missing_required_point", "Θα σας παρακαλούσαμε, αν είναι εύκολο, να κλείσετε τη διαφορά προς το παρόν. ", "", "removed point: ask_close"),
("nj22a", "blame", "για την υπομονή.", "για την υπομονή. Τα ΕΛΤΑ δυστυχώς αργούν πάντα, δεν φταίμε εμείς.", "blames the carrier"),
# ---- nj23a (en, propose_partial_or_return)
("nj23a", "amount_over_cap", "partial refund of up to 12.80 USD, or", "partial refund of up to 12.80 USD (we can stretch that to 20 USD if you prefer), or", "partial refund of 20 USD above the 12.80 USD cap"),
("nj23a", "amount_over_cap", "- Send the drone back for a full refund.", "- Send the drone back for a full refund.\n- Or simply keep everything and we'll send back a third of the price.", "a third of the price (21.33 USD) with the item kept, above the cap; spelled"),
("nj23a", "feedback_request", "set it up on the platform right away.", "set it up on the platform right away. Once it's settled, would you mind updating your rating for us?", "asks to change the rating"),
("nj23a", "refund_promise", "It's not the unboxing you should have had.", "It's not the unboxing you should have had. To make up for it, we'll also add a store coupon to your account.", "store coupon not allowed"),
# ---- nj23b (en)
("nj23b", "amount_over_cap", "partial refund of up to 12.80 USD,", "partial refund of up to 12.80 USD (or, honestly, the whole 64.00 USD and you keep the drone),", "full refund without return, above the cap"),
("nj23b", "invented_amount_or_date", "Reply here whenever you're ready", "Please reply here within 72 hours", "invented 72-hour deadline"),
("nj23b", "internal_note", "take care of the rest.", "take care of the rest.\n\n[remedy: propose_partial_or_return / propose in solution panel + upload our packing photos]", "remedy id and checklist"),
("nj23b", "invented_tracking_number", "the charging cable are missing", "the charging cable are missing from order 3021188400039", "order id not the dispute's (3021188400093)"),
("nj23b", "blame", "we apologise for the inconvenience.", "we apologise for the inconvenience. Our warehouse crew clearly packed this one in a hurry.", "blames the warehouse"),
# ---- nj24a (es, customs_clearance/absent)
("nj24a", "shouting", "Te pedimos un poco de paciencia mientras lo resolvemos.", "¡¡¡TEN PACIENCIA, NO PODEMOS HACER MILAGROS!!!", "capitals, exclamation marks, aggressive"),
("nj24a", "placeholder", "qué documentación o trámite necesita", "qué documentación (DOC_REQUERIDO) necesita", "DOC_REQUERIDO slot"),
("nj24a", "missing_required_point", "Estamos consultando con la empresa de transporte qué documentación o trámite necesita la aduana para liberar el envío, y te avisaremos en cuanto lo sepamos.\n\n", "", "removed point: checking_clearance"),
("nj24a", "invented_amount_or_date", "en cuanto lo sepamos.", "en cuanto lo sepamos, como muy tarde el viernes 13.", "invented deadline date"),
("nj24a", "off_platform_contact", "y te avisaremos en cuanto", "y te avisaremos por Telegram en cuanto", "Telegram"),
]
