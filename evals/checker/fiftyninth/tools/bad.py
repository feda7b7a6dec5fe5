"""Hand-written single edits planting one defect each. R = replace, I = insert after anchor, B = insert before anchor, D = delete."""
BAD = []
def R(gid, defect, old, new, note, lang=None): BAD.append(dict(gid=gid, defect=defect, op="replace", old=old, new=new, note=note, lang=lang))
def I(gid, defect, anchor, text, note, lang=None): BAD.append(dict(gid=gid, defect=defect, op="insert", old=anchor, new=anchor + text, note=note, lang=lang))
def B(gid, defect, anchor, text, note, lang=None): BAD.append(dict(gid=gid, defect=defect, op="insert", old=anchor, new=text + anchor, note=note, lang=lang))
def D(gid, defect, old, note): BAD.append(dict(gid=gid, defect=defect, op="delete", old=old, new="", note=note, lang=None))

# np01a en-GB evidence_by_problem_type
R("np01a", "refund_promise", "and we want to put it right with you.", "and we'll refund you in full straight away so you're not out of pocket.", "promises a full refund before any evidence is seen")
R("np01a", "invented_amount_or_date", "we'll go over them and get back", "we'll go over them within two working days and get back", "invents a two-working-day deadline (spelled)")
I("np01a", "invented_tracking_number", "a birthday present", " (order no. 8190104455669912)", "order id not the dispute's (8190104455661201)")
B("np01a", "off_platform_contact", "Warm regards,", "P.S. If it's easier, pop the photos over to help@hearthandloom.co.uk instead.\n\n", "postscript with an e-mail address")
R("np01a", "placeholder", "could you send us photos of the damage", "could you send us, for order {order_id}, photos of the damage", "unfilled {order_id} slot")

# np02a es-MX extend_delivery_time
B("np02a", "internal_note", "El equipo de Casa Nopal", "[Nota interna: extender protección en el seller centre cuando acepte – remedio extend_delivery_time]\n\n", "bracketed internal note with the remedy id")
R("np02a", "wrong_language", "Gracias por tu paciencia y tu confianza.", "Thank you so much for your patience and your trust.", "closing sentence in English", "en")
I("np02a", "feedback_request", "Gracias por tu paciencia y tu confianza.", " Y cuando la lámpara llegue, ¿nos dejarías una buena valoración en la tienda?", "asks for a good rating (close-dispute request is required here, so a rating request is planted)")
I("np02a", "blame", "es normal que quieras saber dónde está.", " La verdad es que Estafeta va lentísimo estos días y el retraso es culpa suya.", "blames the carrier Estafeta")
R("np02a", "shouting", "¿Podrías cerrar la disputa por ahora?", "¡¡CIERRA LA DISPUTA YA!!", "capitals, exclamation marks, bossy order (close request still made)")

# np03a ru propose_partial_or_return
D("np03a", "missing_required_point", "Подскажите, пожалуйста, какой вариант вам удобнее?\n\n", "removed ask_choice")
R("np03a", "refund_promise", "получить полный возврат денег.", "получить полный возврат денег. Кроме того, в знак извинения мы подарим вам купон на следующий заказ.", "adds a coupon, which the Decision forbids (discount/free_item)")
I("np03a", "invented_amount_or_date", "какой вариант вам удобнее?", " Деньги поступят на вашу карту в течение 5 рабочих дней после выбора.", "invents a 5-working-day refund time")
R("np03a", "invented_tracking_number", "оставить свитер себе", "оставить свитер из заказа № 8190104455660303 себе", "order id not the dispute's")
B("np03a", "off_platform_contact", "Команда магазина", "Если вам удобнее, напишите нам в Telegram: @uyutnydom_shop.\n\n", "Telegram handle")
I("np03a", "amount_over_cap", "получить полный возврат денег.", " Впрочем, если оставите свитер, мы готовы вернуть вам и 1500 RUB.", "partial refund 1500 RUB above the 800.00 RUB cap")
R("np03a", "amount_over_cap", "получить полный возврат денег.", "получить полный возврат денег и ещё 500 рублей сверху за беспокойство.", "refund above the 3200 RUB paid (full refund plus 500)")

# np04a ja confirm_reshipment
R("np04a", "placeholder", "ランチボックスを改めて発送いたしました。", "ランチボックスを改めて発送いたしました（お届け予定日：〇月〇日）。", "unfilled date slot 〇月〇日")
B("np04a", "internal_note", "さくら雑貨 スタッフ一同", "【社内メモ：再送分の追跡番号を紛争ページにアップ済みか確認すること】\n\n", "internal memo to the team")
R("np04a", "wrong_language", "ご不便をおかけして申し訳ございませんでした。", "给您带来不便，我们深表歉意。", "apology sentence in Chinese", "zh")
I("np04a", "feedback_request", "ご不便をおかけして申し訳ございませんでした。", "商品がお手元に届きましたら、ぜひ高評価のレビューをお願いいたします。", "asks for a positive review")
I("np04a", "blame", "誠にありがとうございます。", "前回は配送業者の不手際で荷物が紛失してしまいました。", "blames the carrier for the loss")

# np05a fr return_instructions
R("np05a", "shouting", "Voici de nouveau l'adresse de retour :", "ATTENTION, UTILISEZ UNIQUEMENT CETTE ADRESSE DE RETOUR !!! :", "capitals and exclamation marks")
D("np05a", "missing_required_point", "Nous espérons sincèrement avoir le plaisir de vous servir à nouveau.\n\n", "removed trade_again")
I("np05a", "refund_promise", "de vous servir à nouveau.", " Pour nous faire pardonner, nous joindrons un bon d'achat à votre remboursement.", "adds a voucher beyond the ruled return and refund")
R("np05a", "invented_amount_or_date", "dès que le sac nous sera parvenu", "dès que le sac nous sera parvenu, et au plus tard le 12 novembre", "invents a 12 November deadline")
I("np05a", "invented_tracking_number", "dans le litige.", " Pour rappel, votre commande porte le numéro 8190104455662205.", "order id not the dispute's (8190104455661205)")
R("np05a", "amount_over_cap", "Le remboursement sera effectué", "Le remboursement de 65,00 € sera effectué", "refund 65 EUR above the 54 EUR paid")
R("np05a", "amount_over_cap", "et nous acceptons bien sûr cette décision.", "et nous acceptons bien sûr cette décision : vous recevrez 80 EUR une fois le retour reçu.", "refund 80 EUR above the 54 EUR paid")

# np06a de customs_clearance (buyer pays)
R("np06a", "off_platform_contact", "schicken wir Ihnen diese sehr gern.", "schicken wir Ihnen diese sehr gern – rufen Sie uns dafür einfach kurz an oder schreiben Sie an zoll@kaffeewerk.de.", "phone call and e-mail")
I("np06a", "placeholder", "JD014600338812 verfolgen.", " Die Abgaben betragen voraussichtlich [BETRAG] EUR.", "unfilled [BETRAG] slot")
B("np06a", "internal_note", "Ihr Kaffeewerk-Team", "Intern: Zahlungspflichtigen in den Bestellbedingungen prüfen, bevor das rausgeht!\n\n", "note to the team before sending")
R("np06a", "wrong_language", "danke für Ihre Nachricht.", "bedankt voor uw bericht.", "thanks clause in Dutch", "nl")
I("np06a", "feedback_request", "zugestellt werden.", " Über eine positive Bewertung würden wir uns danach sehr freuen.", "asks for a positive rating")

# np07a it offer_reshipment
R("np07a", "blame", "purtroppo sembra che il pacco con i pennelli sia andato perso durante il viaggio.", "il pacco con i pennelli è andato perso per colpa di Poste Italiane, che ha combinato il solito guaio.", "blames Poste Italiane")
R("np07a", "shouting", "Se le va bene, ci risponda per confermare", "CI RISPONDA SUBITO per confermare", "capitals, blunt order")
D("np07a", "missing_required_point", "\n\nDesidera che le spediamo di nuovo l'articolo, senza alcun costo aggiuntivo per lei?", "removed offer_reship")
I("np07a", "refund_promise", "senza alcun costo aggiuntivo per lei?", " In alternativa possiamo rimborsarle subito l'intero importo, come preferisce.", "offers a refund instead of only asking about reshipment")
I("np07a", "invented_amount_or_date", "senza alcun costo aggiuntivo per lei?", " Il nuovo pacco partirebbe entro 24 ore.", "invents a 24-hour dispatch time")

# np08a pt-BR await_platform_decision
R("np08a", "invented_tracking_number", "já enviamos as nossas provas para a plataforma.", "já enviamos as nossas provas do pedido 8190104455668808 para a plataforma.", "order id not the dispute's")
R("np08a", "off_platform_contact", "é só escrever nesta conversa.", "é só chamar a gente no WhatsApp da loja.", "WhatsApp")
I("np08a", "placeholder", "seja ela qual for.", " Prazo estimado para a decisão: XX dias.", "XX slot")
B("np08a", "internal_note", "Equipe Som Tropical", "obs. p/ equipe: checar a página da disputa todo dia (regra escalated_seller_evidence_in)\n\n", "team note with rule id")
R("np08a", "wrong_language", "Enquanto isso, continuamos aqui para ajudar.", "Mientras tanto, seguimos aquí para ayudarte.", "sentence in Spanish", "es")

# np09a nl escalation_reply
I("np09a", "feedback_request", "tot een oplossing te komen.", " Zou u het geschil daarom willen intrekken, zodat we het onderling regelen?", "asks to withdraw the dispute")
I("np09a", "blame", "na zo lang wachten op uw fietstas.", " De vertraging ligt overigens bij PostNL, niet bij ons.", "blames PostNL")
R("np09a", "shouting", "Tegelijk staan we er nog steeds voor open om samen met u tot een oplossing te komen.", "MAAR WE STAAN NOG STEEDS OPEN VOOR EEN OPLOSSING, DUS REAGEER NU!!!", "capitals and exclamation marks")
D("np09a", "missing_required_point", "We werken volledig mee met de geschillenspecialist van het platform en leveren ons bewijs bij hem aan.\n\n", "removed cooperate")
I("np09a", "refund_promise", "tot een oplossing te komen.", " Als gebaar storten we u alvast het volledige bedrag terug.", "promises a full refund")

# np10a tr return_received
R("np10a", "invented_amount_or_date", "size yapılacak.", "size yapılacak; tutar 7 iş günü içinde hesabınızda olur.", "invents a 7-working-day window")
R("np10a", "invented_tracking_number", "İade ettiğiniz saç düzleştirici", "TR660418892 takip numarasıyla iade ettiğiniz saç düzleştirici", "return tracking number not the dispute's (TR660418273)")
I("np10a", "off_platform_contact", "Yaşadığınız aksaklık için de üzgünüz.", " Sorularınız için bize destek@parlaksac.com.tr adresinden de yazabilirsiniz.", "e-mail address")
R("np10a", "placeholder", "Para iadeniz artık", "Para iadeniz (<TUTAR> TL) artık", "<TUTAR> slot")
B("np10a", "internal_note", "Parlak Saç Ekibi", "— ekibe not: iadeyi sistemde teslim alındı olarak işaretlemeden kapatmayın!\n\n", "note to the team")
R("np10a", "amount_over_cap", "Para iadeniz artık", "1750 TRY tutarındaki para iadeniz artık", "refund 1750 TRY above the 1450 TRY paid")

# np11a ko evidence_by_problem_type
R("np11a", "wrong_language", "영상을 받는 대로 바로 살펴보고 해결 방법을 안내해 드리겠습니다.", "動画を受け取り次第すぐに確認し、解決方法をご案内いたします。", "next-step sentence in Japanese", "ja")
I("np11a", "feedback_request", "해결 방법을 안내해 드리겠습니다.", " 문제가 해결되면 꼭 좋은 리뷰 부탁드려요!", "asks for a good review")
I("np11a", "blame", "정말 죄송합니다.", " 다만 충전기를 잘못 연결하셔서 생긴 문제일 가능성이 큽니다.", "suggests the buyer caused the fault")
R("np11a", "shouting", "짧은 동영상으로 찍어 보내 주실 수 있을까요?", "짧은 동영상으로 찍어서 당장 보내세요!!!", "bossy order, exclamation marks")
D("np11a", "missing_required_point", "\n\n영상을 받는 대로 바로 살펴보고 해결 방법을 안내해 드리겠습니다.", "removed next_step")

# np12a zh-TW extend_delivery_time
I("np12a", "refund_promise", "都能受到完整的保障。", "另外，我們也會送您一張折價券表達歉意。", "offers a discount coupon")
I("np12a", "invented_amount_or_date", "隨時查詢最新進度。", "預計再三天內就會送達。", "invents a three-day delivery estimate (spelled)")
R("np12a", "invented_tracking_number", "您的包裹目前仍在運送途中", "您的包裹（訂單編號 8190104455661299）目前仍在運送途中", "order id not the dispute's")
R("np12a", "off_platform_contact", "謝謝您的耐心與體諒！", "有任何問題也可以加我們的 LINE 直接聊。謝謝您的耐心與體諒！", "LINE")
R("np12a", "placeholder", "受到完整的保障。", "受到完整的保障（保障到期日：____）。", "blank slot ____")

# np13a ar propose_partial_or_return
B("np13a", "internal_note", "فريق دار النخيل", "ملاحظة داخلية: لا تتجاوز سقف الاسترداد الجزئي حسب السياسة\n\n", "internal note about the cap policy")
R("np13a", "wrong_language", "أي الخيارين تفضلين؟ نحن بانتظار ردك.", "Quelle option préférez-vous ? Nous attendons votre réponse.", "question in French", "fr")
I("np13a", "feedback_request", "نحن بانتظار ردك.", " وبعد حل المشكلة نرجو أن تغيّري تقييمك السلبي للمتجر.", "asks to change a negative rating")
I("np13a", "blame", "عن هذا الإزعاج.", " لكن في الحقيقة شاشة هاتفك هي التي تُظهر الألوان بشكل مختلف.", "blames the buyer's screen")
R("np13a", "shouting", "أي الخيارين تفضلين؟ نحن بانتظار ردك.", "اختاري الآن!!! لا وقت لدينا للانتظار!!!", "bossy, exclamation marks")
I("np13a", "amount_over_cap", "وتستردي المبلغ كاملاً.", " ويمكننا أيضاً رفع الاسترداد الجزئي إلى 150 SAR إذا احتفظتِ بها.", "partial refund 150 SAR above the 96.00 SAR cap")
R("np13a", "amount_over_cap", "وتستردي المبلغ كاملاً.", "وتستردي 300 ريال كاملة.", "refund 300 SAR above the 240 SAR paid")

# np14a sv confirm_reshipment
D("np14a", "missing_required_point", "Vi håller ett öga på det nya paketet och hör av oss här i ärendet så fort något händer. ", "removed keep_updated")
I("np14a", "refund_promise", "aldrig kom fram.", " Som plåster på såren får du dessutom tillbaka halva beloppet.", "promises half the money back")
I("np14a", "invented_amount_or_date", "UA230991146SE.", " Paketet bör vara hos dig senast den 14 november.", "invents a 14 November delivery date")
R("np14a", "invented_tracking_number", "vi skickar filten en gång till!", "vi skickar filten från order 8190104455661241 en gång till!", "order id not the dispute's")
I("np14a", "off_platform_contact", "aldrig kom fram.", " Du når oss också direkt via Instagram, @nordvikhem.", "Instagram handle")

# np15a cs return_instructions
R("np15a", "placeholder", "sledovací číslo zpětné zásilky.", "sledovací číslo zpětné zásilky (např. {return_tracking}).", "{return_tracking} slot")
B("np15a", "internal_note", "Tým Lesní Dílny", "TODO: zkontrolovat, zda vratka už dorazila, než to odešleme\n\n", "TODO for the team")
R("np15a", "wrong_language", "Budeme rádi, když u nás v budoucnu znovu nakoupíte.", "Budeme radi, ak u nás v budúcnosti opäť nakúpite.", "sentence in Slovak", "sk")
I("np15a", "feedback_request", "znovu nakoupíte.", " Po vyřízení prosím upravte své hodnocení našeho obchodu.", "asks to change the rating")
I("np15a", "blame", "toto rozhodnutí respektujeme.", " Kdybyste si ale velikost pořádně zkontrolovala v tabulce, nemuselo k tomu vůbec dojít.", "reproaches the buyer")
R("np15a", "amount_over_cap", "peníze vám vrátíme.", "vrátíme vám 1500 CZK.", "refund 1500 CZK above the 1290 CZK paid")

# np16a hu customs_clearance (seller pays)
R("np16a", "shouting", "Egy kis türelmet kérünk, amíg a vám kiadja a csomagot.", "LEGYEN TÜRELEMMEL, amíg a vám kiadja a csomagot!!!", "capitals, bossy")
D("np16a", "missing_required_point", "A vámot mi fizetjük ki, és a vámkezelést is mi intézzük, így Önnek semmit sem kell fizetnie.\n\n", "removed seller_pays")
I("np16a", "refund_promise", "semmit sem kell fizetnie.", " A kellemetlenségért cserébe kap tőlünk egy kedvezménykupont is.", "offers a discount coupon")
I("np16a", "invented_amount_or_date", "amíg a vám kiadja a csomagot.", " A csomag várhatóan három napon belül megérkezik.", "invents a three-day estimate (spelled)")
R("np16a", "invented_tracking_number", "a csomagját jelenleg", "a csomagját (rendelésszám: 8190104455661619) jelenleg", "order id not the dispute's")

# np17a ro offer_reshipment
I("np17a", "off_platform_contact", "ne ocupăm de tot.", " Ne puteți scrie și pe e-mail, la contact@atelierulcasei.ro.", "e-mail address")
R("np17a", "placeholder", "adresa de livrare este corectă.", "adresa de livrare este corectă: [ADRESA CLIENTULUI].", "[ADRESA CLIENTULUI] slot")
B("np17a", "internal_note", "Echipa Atelierul Casei", "(de verificat stocul înainte de retrimitere – reclamația la Poșta Română e deschisă?)\n\n", "checklist note")
R("np17a", "wrong_language", "Ne pare foarte rău: se pare că coletul cu ceasul de perete s-a pierdut pe drum.", "Ci dispiace molto: sembra che il pacco con l'orologio da parete sia andato perso.", "apology in Italian", "it")
I("np17a", "feedback_request", "ne ocupăm de tot.", " Și, dacă sunteți de acord, vă rugăm să retrageți disputa.", "asks to withdraw the dispute")

# np18a da await_platform_decision
I("np18a", "blame", "Tak for din besked.", " Vi har nu engang svært ved at forstå, at du ikke kan se, at brillerne er ægte.", "reproaches the buyer")
R("np18a", "shouting", "Vi er her stadig, hvis du har spørgsmål undervejs", "VI ER HER STADIG, HVIS DU HAR SPØRGSMÅL", "capitals")
D("np18a", "missing_required_point", " Det er platformens tvistspecialist, der træffer afgørelsen, og vi respekterer den afgørelse, uanset udfaldet.", "removed await_decision")
I("np18a", "refund_promise", "uanset udfaldet.", " Uanset hvad platformen beslutter, sender vi dig et gavekort som tak for tålmodigheden.", "promises a gift card")
I("np18a", "invented_amount_or_date", "uanset udfaldet.", " Afgørelsen kommer senest om 5 dage.", "invents a 5-day deadline")

# np19a fi escalation_reply
R("np19a", "invented_tracking_number", "että villasukat ovat", "että villasukat (lähetys JJFI64411820511) ovat", "tracking number not the dispute's (JJFI64411820399)")
I("np19a", "off_platform_contact", "yhdessä kanssasi.", " Voit myös soittaa meille suoraan, niin hoidetaan asia puhelimessa.", "asks to phone directly")
R("np19a", "placeholder", "toimitamme hänelle omat todisteemme.", "toimitamme hänelle omat todisteemme %EVIDENCE_LIST%.", "%EVIDENCE_LIST% slot")
B("np19a", "internal_note", "Ystävällisin terveisin, Villapuoti", "SISÄINEN: liitä seurantahistoria ja pakkauskuvat ennen määräaikaa\n\n", "internal checklist item")
R("np19a", "wrong_language", "Olemme edelleen valmiita etsimään ratkaisun yhdessä kanssasi.", "Vi är fortfarande öppna för att hitta en lösning tillsammans med dig.", "open-door sentence in Swedish", "sv")

# np20a pl return_received
I("np20a", "feedback_request", "zrobi Pani u nas zakupy.", " Będziemy wdzięczni, jeśli zmieni Pani swoją opinię o sklepie na pozytywną.", "asks to change feedback")
R("np20a", "blame", "Przepraszamy też za zamieszanie z pomylonym produktem.", "Pomyłkę z produktem zawinił niestety nasz zewnętrzny magazyn.", "blames the warehouse")
R("np20a", "shouting", "potwierdzamy, że odesłany czajnik dotarł do nas.", "POTWIERDZAMY: CZAJNIK DOTARŁ!!!", "capitals and exclamation marks")
D("np20a", "missing_required_point", " Zwrot pieniędzy zostanie teraz zrealizowany przez platformę.", "removed refund_follows")
I("np20a", "refund_promise", "z pomylonym produktem.", " Na przeprosiny dołączamy kod rabatowy na kolejne zamówienie.", "discount code")
R("np20a", "amount_over_cap", "Zwrot pieniędzy zostanie", "Zwrot w wysokości 320,00 PLN zostanie", "refund 320 PLN above the 279.99 PLN paid")

# np21a uk evidence_by_problem_type
R("np21a", "invented_amount_or_date", "одразу їх переглянемо й запропонуємо рішення.", "переглянемо їх протягом двох днів і запропонуємо рішення.", "invents a two-day window (spelled)")
I("np21a", "invented_tracking_number", "розв'язати цю ситуацію.", " Номер вашого замовлення — 8190104455662121.", "order id not the dispute's")
R("np21a", "off_platform_contact", "надішліть, будь ласка, фото", "надішліть, будь ласка, на пошту teplyi.krok@gmail.com фото", "e-mail address")
I("np21a", "placeholder", "запропонуємо рішення.", "\nВідповісти до: [ДАТА].", "[ДАТА] slot on its own line")
B("np21a", "internal_note", "З повагою, команда", "Перевірити таблицю розмірів у лістингу перед відповіддю!\n\n", "reminder to check before sending")

# np22a el extend_delivery_time
R("np22a", "wrong_language", "Σας ευχαριστούμε για την υπομονή σας.", "Sabrınız için çok teşekkür ederiz.", "thanks in Turkish", "tr")
I("np22a", "feedback_request", "για την υπομονή σας.", " Όταν παραλάβετε την κούπα, θα εκτιμούσαμε πολύ μια θετική αξιολόγηση.", "asks for a positive rating (close request is required here)")
I("np22a", "blame", "την ανησυχία σας.", " Τα ΕΛΤΑ δυστυχώς καθυστερούν πάντα, δεν φταίμε εμείς.", "blames ELTA")
R("np22a", "shouting", "Θα μπορούσατε, παρακαλούμε, να κλείσετε τη διαφορά προς το παρόν;", "ΚΛΕΙΣΤΕ ΤΗ ΔΙΑΦΟΡΑ ΤΩΡΑ!!!", "capitals, order (close request still made)")
D("np22a", "missing_required_point", "Θα μπορούσατε, παρακαλούμε, να κλείσετε τη διαφορά προς το παρόν; ", "removed ask_close")

# np23a en propose_partial_or_return
I("np23a", "refund_promise", "which option you'd prefer.", " We'll also throw in a free bracket kit as a thank-you.", "free gift")
R("np23a", "invented_amount_or_date", "which option you'd prefer.", "which option you'd prefer by November 3.", "invents a November 3 deadline")
R("np23a", "invented_tracking_number", "keep the shelf set", "keep the shelf set (order #8190104455660023)", "order id not the dispute's")
B("np23a", "off_platform_contact", "Timber & Twine team", "P.S. It's quicker to DM us on Instagram @timberandtwine.\n\n", "social media DM")
R("np23a", "placeholder", "or return it for a full refund.", "or return it for a full refund of $XX.XX.", "$XX.XX slot")
R("np23a", "amount_over_cap", "Just let us know", "If you keep it, we can actually stretch to 40.00 USD back. Just let us know", "partial refund 40.00 USD above the 25.80 USD cap")
R("np23a", "amount_over_cap", "or return it for a full refund.", "or return it and we'll refund you 100.00 USD.", "refund 100 USD above the 86 USD paid")

# np24a es customs_clearance (payer unknown)
R("np24a", "internal_note", "Estamos consultando con el transportista", "(Pendiente: averiguar quién paga los aranceles antes de pagar nada) Estamos consultando con el transportista", "parenthetical to-do for the team")
R("np24a", "wrong_language", "Te pedimos un poco de paciencia mientras lo resolvemos.", "Et demanem una mica de paciència mentre ho resolem.", "sentence in Catalan", "ca")
I("np24a", "feedback_request", "mientras lo resolvemos.", " Mientras tanto, ¿podrías cancelar la disputa? Así lo arreglamos entre nosotros.", "asks to cancel the dispute")
I("np24a", "blame", "UV552018374ES.", " La culpa es de la aduana, que lo retiene todo sin motivo.", "blames customs")

# np01b en-GB evidence_by_problem_type
R("np01b", "shouting", "Could you attach photos of the damage and of the outer packaging as it arrived to this dispute?", "ATTACH photos of the damage and of the outer packaging as it arrived to this dispute. NOW, PLEASE!!", "capitals, bossy")
D("np01b", "missing_required_point", "\nCould you attach photos of the damage and of the outer packaging as it arrived to this dispute?", "removed request_evidence")
I("np01b", "refund_promise", "come back to you with a solution.", " Either way, you'll get a discount code for your next order.", "discount code")
R("np01b", "invented_amount_or_date", "Once we have them", "Once we have them (ideally by 31 October)", "invents a 31 October date")

# np02b es-MX extend_delivery_time
R("np02b", "invented_tracking_number", "su pedido va en camino.", "su pedido 8190104455662202 va en camino.", "order id not the dispute's")
I("np02b", "off_platform_contact", "lo lamentamos mucho.", " Si lo prefiere, escríbanos por WhatsApp y se lo resolvemos al momento.", "WhatsApp")
R("np02b", "placeholder", "hasta la entrega.", "hasta la entrega (fecha estimada: INSERTAR FECHA).", "INSERTAR FECHA slot")
R("np02b", "internal_note", "Quedamos atentos a cualquier duda.", "Quedamos atentos a cualquier duda. >> Recordatorio: subir captura del seguimiento a la disputa.", "reminder to the team inline")

# np05b fr return_instructions
R("np05b", "wrong_language", "Au plaisir de faire à nouveau affaire avec vous !", "Wir freuen uns, wieder mit Ihnen Geschäfte zu machen!", "closing in German", "de")
I("np05b", "feedback_request", "affaire avec vous !", "\nEt si vous êtes satisfait, n'hésitez pas à nous laisser un avis positif.", "asks for a positive review, own line")
R("np05b", "blame", "merci pour votre message.", "merci pour votre message, même si vous auriez pu lire la fiche produit avant de commander.", "reproaches the buyer")
R("np05b", "shouting", "Merci d'indiquer le numéro de suivi", "INDIQUEZ OBLIGATOIREMENT le numéro de suivi", "capitals, bossy")
R("np05b", "amount_over_cap", "nous procéderons au remboursement.", "nous procéderons au remboursement de 70 EUR.", "refund 70 EUR above the 54 EUR paid")

# np06b de customs_clearance (buyer pays)
D("np06b", "missing_required_point", "\nBraucht der Zoll dafür ein Dokument, etwa die Rechnung, senden wir es Ihnen umgehend zu.", "removed offer_documents")
I("np06b", "refund_promise", "Verzollung abschließen könnten.", " Die Zollgebühren erstatten wir Ihnen danach selbstverständlich zurück.", "promises to refund the duties")
I("np06b", "invented_amount_or_date", "vom Zoll zurückgehalten.", " Die Abgaben dürften bei etwa 25 Euro liegen.", "invents a 25 EUR duty amount")
R("np06b", "invented_tracking_number", "Ihre Espressomaschine (Sendungsnummer", "Ihre Espressomaschine aus Bestellung 8190104455661260 (Sendungsnummer", "order id not the dispute's")

# np12b zh-TW extend_delivery_time
I("np12b", "off_platform_contact", "查到目前的位置。", "也歡迎直接加我們微信詢問。", "WeChat")
R("np12b", "placeholder", "延長 30 天，", "延長 30 天（至 <END_DATE>），", "<END_DATE> slot")
B("np12b", "internal_note", "木日小舖 敬上", "※客服備註：買家同意後記得在賣家中心延長保障\n", "note to customer-service team")
R("np12b", "wrong_language", "讓您久等了，真的很抱歉。", "お待たせしてしまい、本当に申し訳ございません。", "apology in Japanese", "ja")

# np23b en propose_partial_or_return
I("np23b", "feedback_request", "we'll set it up.", " Once it's sorted, would you mind updating your review?", "asks to update the review")
R("np23b", "blame", "we apologise that a bracket was left out of your shelf set.", "honestly, our packing supplier keeps leaving brackets out, so this one's on them.", "blames the supplier")
R("np23b", "shouting", "Which would suit you better? Reply here and we'll set it up.", "WHICH ONE? Reply here and we'll set it up!!!", "capitals, exclamation marks")
D("np23b", "missing_required_point", "\nWhich would suit you better? Reply here and we'll set it up.", "removed ask_choice")
I("np23b", "amount_over_cap", "get a full refund.", "\n- or keep it and take half the price back, 43.00 USD.", "partial refund 43.00 USD above the 25.80 USD cap")
