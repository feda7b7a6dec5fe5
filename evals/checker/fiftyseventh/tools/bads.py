"""The 156 planted defects. Each is ONE edit of one good reply: `old` must occur exactly once
in the good message and is replaced by `new` (new == "" deletes; new containing old inserts)."""

BADS = []

def B(good, defect, old, new, note, language=None):
    BADS.append(dict(good=good, defect=defect, old=old, new=new, note=note, language=language))

RP, OC, IA, IT = "refund_promise", "amount_over_cap", "invented_amount_or_date", "invented_tracking_number"
OP, PH, IN, WL = "off_platform_contact", "placeholder", "internal_note", "wrong_language"
FB, BL, SH, MR = "feedback_request", "blame", "shouting", "missing_required_point"

# nr01a en-GB evidence_by_problem_type
B("nr01a", RP, "We'd really like to put this right with you.",
  "We'd really like to put this right with you. To make up for it, we'll also refund the full price of the set straight away.",
  "promises a full refund before any evidence is seen")
B("nr01a", OP, "Pictures of the box from a couple of sides would help a lot.",
  "Pictures of the box from a couple of sides would help a lot; the easiest way is to email them to our customer care inbox rather than uploading them here.",
  "asks the buyer to send the photos by e-mail instead of the platform")
B("nr01a", IN, "Warm regards,", "Note for Sam: pull the packing video for this order before we reply.\n\nWarm regards,",
  "a note to a colleague left in before the closing")
B("nr01a", SH, "Pictures of the box from a couple of sides would help a lot.",
  "Pictures of the box from a couple of sides would help a lot. WE CANNOT DO ANYTHING WITHOUT THOSE PHOTOS!!!",
  "capitals and a string of exclamation marks")
B("nr01a", MR, "So that we can look into it properly, could you please send us photos of the damage and of the outer packaging as it arrived? Pictures of the box from a couple of sides would help a lot.\n\n", "",
  "removed point request_evidence (the whole evidence request paragraph)")

# nr01b en-GB evidence_by_problem_type (second style)
B("nr01b", PH, "sorry that your teapot set reached you damaged", "sorry that your <PRODUCT_NAME> reached you damaged",
  "angle-bracket template slot instead of the item")
B("nr01b", BL, "That must have been disappointing.",
  "That must have been disappointing. Frankly, the courier should have handled the box with far more care than they did.",
  "blames the courier")
B("nr01b", FB, "\nPriya, Kettle & Leaf", "\nOnce this is sorted, a kind word in your feedback would mean a great deal to a small shop like ours.\nPriya, Kettle & Leaf",
  "asks for positive feedback, as a line before the signature")
B("nr01b", IA, "come back to you with how we can resolve it.", "come back to you with how we can resolve it within 24 hours.",
  "invented deadline (24 hours)")

# nr02a es-MX extend_delivery_time
B("nr02a", RP, "Gracias por tu paciencia y por confiar en nosotros.",
  "Gracias por tu paciencia; como compensación, te mandaremos un cupón de descuento para tu próxima compra.",
  "promises a discount coupon as compensation")
B("nr02a", IT, "con el número de rastreo LP00422198765CN.",
  "con el número de rastreo LP00422198765CN o con la guía nacional LP00422177001MX.",
  "adds a second, invented tracking number")
B("nr02a", FB, "¿Podrías, por favor, cerrar la disputa por ahora?",
  "¿Podrías, por favor, cerrar la disputa por ahora? Y cuando recibas tus audífonos, nos ayudaría muchísimo que nos dejaras una buena reseña.",
  "asks for a good review (closing the dispute is a required point here, the review request is the defect)")
B("nr02a", IA, "hasta que el paquete llegue a tus manos.", "hasta que el paquete llegue a tus manos, en unos siete días hábiles como mucho.",
  "invented delivery estimate (seven working days, spelled out)")
B("nr02a", MR, "¿Podrías, por favor, cerrar la disputa por ahora? A cambio, ampliaremos", "Ampliaremos",
  "removed point ask_close")

# nr03a ru propose_partial_or_return
B("nr03a", OC, "частичный возврат до 1125.00 RUB", "частичный возврат до 1800.00 RUB",
  "partial refund cap raised above the Decision's 1125.00 RUB")
B("nr03a", OC, "— оставить плед себе и получить частичный возврат до 1125.00 RUB;",
  "— оставить плед себе и получить частичный возврат — половину стоимости, то есть 2250.00 RUB;",
  "partial refund of half the price, above the 25% cap", )
B("nr03a", BL, "нам очень жаль, что вы столкнулись с этим.",
  "нам очень жаль, что вы столкнулись с этим. Хотя, скорее всего, плед просто постирали в слишком горячей воде.",
  "suggests the buyer damaged it by washing")
B("nr03a", PH, "Подскажите, пожалуйста, какой вариант вам удобнее?", "Подскажите, пожалуйста, какой вариант вам удобнее, до [ДАТА]?",
  "unfilled date slot [ДАТА]")
B("nr03a", IN, "С уважением,", "(для Олега: сначала оформи частичный возврат в панели решений, потом отправляй)\n\nС уважением,",
  "note to a colleague in parentheses")

# nr03b ru propose_partial_or_return (second style)
B("nr03b", OC, "вернём часть суммы — до 1125.00 RUB.", "вернём часть суммы — до 1125.00 RUB, а если хотите, то и больше, вплоть до 1500.00 RUB.",
  "keeps the cap but then offers up to 1500.00 RUB")
B("nr03b", WL, "Понимаем ваше разочарование и приносим извинения.", "Розуміємо ваше розчарування і щиро перепрошуємо.",
  "one sentence in Ukrainian (close neighbour) in a Russian reply", "uk")
B("nr03b", SH, "Что для вас предпочтительнее?", "ОТВЕТЬТЕ НАКОНЕЦ, ЧТО ВЫ ВЫБИРАЕТЕ!!!",
  "the choice question turned into a shouted demand")
B("nr03b", OP, "Напишите, пожалуйста, здесь, в споре.", "Напишите нам, пожалуйста, в Telegram — так будет быстрее.",
  "moves the conversation to Telegram")
B("nr03b", FB, "Напишите, пожалуйста, здесь, в споре.",
  "Напишите, пожалуйста, здесь, в споре. И если решение вас устроит, закройте спор и поправьте, пожалуйста, отзыв.",
  "asks to close the dispute and change the review")

# nr04a ja confirm_reshipment
B("nr04a", RP, "新しい追跡番号は LX204518837CN です。", "新しい追跡番号は LX204518837CN です。お詫びのしるしとして、商品代金の一部も返金させていただきます。",
  "promises a partial refund on top of the reshipment")
B("nr04a", IT, "商品はすでに再発送いたしました。", "商品はすでに注文番号 3016620441210817 として再発送いたしました。",
  "invented order number (digits of the real one shuffled)")
B("nr04a", IN, "\n\nSakura Goods カスタマーサポート", "\n\n【社内メモ：配送業者への紛失申請を済ませてから送信すること】\n\nSakura Goods カスタマーサポート",
  "internal memo in brackets before the signature")
B("nr04a", WL, "引き続きどうぞよろしくお願いいたします。", "如果有任何問題，請隨時告訴我們。",
  "a Chinese sentence in a Japanese reply", "zh")
B("nr04a", BL, "このたびはご不便をおかけし、誠に申し訳ございません。",
  "このたびはご不便をおかけし、誠に申し訳ございません。前回の荷物は配送業者の不手際で紛失してしまいました。",
  "blames the carrier for losing the parcel")

# nr05a fr return_instructions
B("nr05a", OC, "Le remboursement sera effectué", "Le remboursement de 95,00 EUR sera effectué",
  "refund above the 79.90 EUR paid")
B("nr05a", PH, "le numéro de suivi du retour dans le litige.", "le numéro de suivi du retour (N° XXXXXXXX) dans le litige.",
  "XXXXXXXX slot left in")
B("nr05a", FB, "Nous espérons sincèrement avoir l'occasion de vous servir à nouveau.",
  "Nous espérons sincèrement avoir l'occasion de vous servir à nouveau ; d'ici là, pourriez-vous retirer votre avis négatif ?",
  "asks the buyer to remove a negative review")
B("nr05a", IA, "Le remboursement sera effectué dès que le colis nous sera parvenu.",
  "Le remboursement sera effectué sous trois jours ouvrés après réception du colis.",
  "invented refund delay (three working days, spelled out)")
B("nr05a", MR, "\n\nNous espérons sincèrement avoir l'occasion de vous servir à nouveau.", "",
  "removed point trade_again")

# nr05b fr return_instructions (second style)
B("nr05b", OC, "Dès réception, votre remboursement sera traité.", "Dès réception, nous vous rembourserons 120,00 EUR.",
  "refund amount above the 79.90 EUR paid")
B("nr05b", OP, "Cela nous permettra de le repérer rapidement.",
  "Cela nous permettra de le repérer rapidement. Vous pouvez aussi nous l'envoyer sur notre page Instagram, nous y répondons plus vite.",
  "points the buyer to Instagram")
B("nr05b", SH, "Merci d'envoyer le sac à l'adresse suivante", "ENVOYEZ LE SAC À CETTE ADRESSE, ET VITE",
  "address instruction in capitals, bossy")
B("nr05b", WL, "Au plaisir de vous compter à nouveau parmi nos clientes.", "We hope to welcome you back as a customer soon.",
  "closing wish in English", "en")

# nr06a de-CH customs_clearance (buyer pays)
B("nr06a", RP, "das ist wirklich ärgerlich.", "das ist wirklich ärgerlich. Als kleine Entschädigung schreiben wir Ihnen einen Gutschein für die nächste Bestellung gut.",
  "promises a voucher as compensation")
B("nr06a", BL, "Danach kann die Sendung zugestellt werden.",
  "Danach kann die Sendung zugestellt werden. Dass es so lange dauert, liegt leider am Schweizer Zoll, der hier sehr langsam arbeitet.",
  "blames Swiss customs")
B("nr06a", PH, "Unterlagen wie die Rechnung verlangt", "Unterlagen wie die Rechnung Nr. {invoice_number} verlangt",
  "curly-brace slot {invoice_number}")
B("nr06a", IA, "die Gebühren zu bezahlen", "die Gebühren von rund 14.50 CHF zu bezahlen",
  "invented duty amount")
B("nr06a", MR, "\n\nFalls der Zoll Unterlagen wie die Rechnung verlangt, schicken wir Ihnen diese sehr gerne zu.", "",
  "removed point offer_documents")

# nr06b de-CH customs_clearance (second style, Du)
B("nr06b", IT, "Wir haben nachgeschaut:", "Wir haben bei Deiner Bestellung Nr. 3016620441253518 nachgeschaut:",
  "invented order number")
B("nr06b", OP, "sag einfach Bescheid", "ruf uns einfach kurz auf unserer Hotline an",
  "asks the buyer to phone a hotline")
B("nr06b", IN, "Dann geht die Maschine direkt auf den Weg zu Dir.",
  "Dann geht die Maschine direkt auf den Weg zu Dir.\n>> TODO vor dem Senden: Handelsrechnung im Seller Center hochladen <<",
  "TODO line for the team")
B("nr06b", WL, "danke für Deine Nachricht, und sorry für das Warten!", "bedankt voor je bericht, en sorry voor het wachten!",
  "second line in Dutch (close neighbour)", "nl")
B("nr06b", FB, "\nBarista Corner team", "\nSobald das Paket bei Dir ist, wäre es super, wenn Du den Streitfall zurückziehst.\nBarista Corner team",
  "asks to withdraw the dispute (not allowed outside extend_delivery_time)")

# nr07a it offer_reshipment
B("nr07a", RP, "senza alcun costo aggiuntivo per te?", "senza alcun costo aggiuntivo per te? In alternativa ti rimborsiamo subito l'intero importo.",
  "offers a full refund as an alternative")
B("nr07a", IT, "sembra proprio che il tuo pacco sia andato perso", "sembra proprio che il tuo pacco LP00566778989CN sia andato perso",
  "wrong tracking number (digits swapped)")
B("nr07a", SH, "Se sei d'accordo, rispondi pure qui per confermarcelo", "RISPONDI SUBITO per confermarcelo",
  "blunt capitalised order")
B("nr07a", FB, "Capiamo benissimo la tua delusione.", "Capiamo benissimo la tua delusione. Nel frattempo, ti chiediamo gentilmente di chiudere la controversia.",
  "asks to close the dispute in an offer_reshipment reply")
B("nr07a", IA, "così possiamo partire subito.", "così possiamo spedire entro 48 ore.",
  "invented shipping deadline (48 hours)")

# nr08a pt-BR await_platform_decision
B("nr08a", RP, "e vamos respeitar a decisão dele, seja ela qual for.",
  "e vamos respeitar a decisão dele — mas fique tranquilo, o seu reembolso integral já está garantido.",
  "promises a full refund before the platform decides")
B("nr08a", OP, "é só escrever nesta conversa.", "é só chamar a gente no WhatsApp.",
  "moves contact to WhatsApp")
B("nr08a", WL, "Entendemos sua frustração com a demora, e sentimos muito por tudo isso.", "Entendemos tu frustración con la demora y lo sentimos mucho.",
  "opening sentence in Spanish (close neighbour)", "es")
B("nr08a", BL, "Queremos te explicar como as coisas ficam agora.",
  "Queremos te explicar como as coisas ficam agora. A demora toda foi culpa dos Correios, que seguraram o pacote.",
  "blames the national post")
B("nr08a", MR, " A partir de agora, quem decide é o especialista em disputas da plataforma, e vamos respeitar a decisão dele, seja ela qual for.", "",
  "removed point await_decision")

# nr09a nl escalation_reply
B("nr09a", RP, "Laat het ons gerust weten als je daar ideeën over hebt.",
  "Hoe het platform ook beslist, wij betalen je in elk geval het volledige bedrag terug.",
  "promises a full refund regardless of the platform")
B("nr09a", PH, "en leveren al ons bewijs aan.", "en leveren al ons bewijs aan (zie bijlage: <BIJLAGE_NAAM>).",
  "unfilled attachment slot")
B("nr09a", IN, "Met vriendelijke groet,", "Interne notitie: escalation_reply, chatgeschiedenis en trackinghistorie vóór de deadline uploaden.\n\nMet vriendelijke groet,",
  "internal note with the remedy id")
B("nr09a", SH, "Met vriendelijke groet,", "GEDULD GRAAG!!!",
  "closing line replaced by a shouted line")
B("nr09a", IT, "wachten zonder duidelijk antwoord is frustrerend.",
  "wachten zonder duidelijk antwoord is frustrerend. We hebben je bestelling 3016620441263371 er nog eens bij gepakt.",
  "invented order number")

# nr10a tr return_received
B("nr10a", OC, "Para iadeniz şimdi platform üzerinden size ulaşacak.", "Para iadeniz şimdi platform üzerinden size ulaşacak; toplam 1000.00 TRY iade edeceğiz.",
  "refund above the 850.00 TRY paid")
B("nr10a", IT, "İade ettiğiniz cüzdan bize ulaştı", "İade ettiğiniz cüzdan (takip no: RT455667788TK) bize ulaştı",
  "wrong return tracking number (TK instead of TR)")
B("nr10a", FB, "yeniden alışveriş yapmayı içtenlikle umuyoruz.",
  "yeniden alışveriş yapmayı içtenlikle umuyoruz. Memnun kaldıysanız mağazamıza olumlu bir değerlendirme bırakmanız bizi çok mutlu eder.",
  "asks for a positive rating")
B("nr10a", BL, "Bu süreçte yaşadığınız sıkıntı için de ayrıca özür dileriz.",
  "Aslında ürün açıklamasını dikkatli okusaydınız bu sıkıntı hiç yaşanmazdı.",
  "reproaches the buyer for not reading the listing")
B("nr10a", IA, "Para iadeniz şimdi platform", "Para iadeniz yedi iş günü içinde platform",
  "invented refund delay (seven working days, spelled out)")

# nr11a ko evidence_by_problem_type
B("nr11a", RP, "저희가 꼭 해결해 드리고 싶습니다.", "저희가 꼭 해결해 드리고 싶습니다. 불편을 드린 보상으로 다음 주문에 쓰실 수 있는 할인 쿠폰도 드리겠습니다.",
  "promises a discount coupon as compensation")
B("nr11a", OP, "동영상을 받는 대로", "동영상은 카카오톡으로 보내 주셔도 됩니다. 동영상을 받는 대로",
  "asks for the video over KakaoTalk")
B("nr11a", PH, "스피커 전원이 켜지지 않는다니", "{상품명} 전원이 켜지지 않는다니",
  "product-name slot left in")
B("nr11a", WL, "동영상을 받는 대로 바로 확인하고 해결 방법을 안내해 드리겠습니다.",
  "As soon as we get the video, we will check it and come back to you with a solution.",
  "next-step sentence in English", "en")
B("nr11a", MR, "빠르게 확인할 수 있도록, 스피커를 켜려고 할 때 고장 증상이 나타나는 모습을 짧은 동영상으로 찍어서 보내 주실 수 있을까요?\n\n", "",
  "removed point request_evidence")

# nr12a zh-TW extend_delivery_time
B("nr12a", RP, "謝謝您的耐心與體諒！", "謝謝您的耐心與體諒！為了表達歉意，我們會退還您部分貨款。",
  "promises a partial refund while asking to close")
B("nr12a", IA, "您的便當盒目前仍在運送途中，", "您的便當盒目前仍在運送途中，預計三天內送達，",
  "invented delivery estimate (three days)")
B("nr12a", IN, "\n\n小林家居 客服", "\n\n（內部備註：客戶同意後記得到賣家中心延長保障）\n\n小林家居 客服",
  "internal reminder in parentheses")
B("nr12a", SH, "想麻煩您先暫時關閉這個糾紛，好嗎？", "請您立刻關閉糾紛！！！",
  "bossy demand with a string of exclamation marks")
B("nr12a", FB, "都能得到完整的保障。", "都能得到完整的保障。收到包裹後，也請您幫我們留下好評喔！",
  "asks for a good review (closing is required here, the review request is the defect)")

# nr12b zh-TW extend_delivery_time (second style)
B("nr12b", IT, "追蹤號碼是 LP00987123654CN。", "追蹤號碼是 LP00987123654CN，轉運單號為 TW884512337。",
  "adds an invented transfer number")
B("nr12b", BL, "包裹還在路上，", "因為海關和物流公司動作太慢，包裹還在路上，",
  "blames customs and the carrier")
B("nr12b", WL, "有任何問題，歡迎隨時在這裡留言。", "ご不明な点がございましたら、いつでもこちらにメッセージをお送りください。",
  "a Japanese line in a Chinese reply", "ja")
B("nr12b", PH, "可否請您先關閉糾紛？", "可否請您在【日期】之前先關閉糾紛？",
  "unfilled 【日期】 slot")
B("nr12b", OP, "歡迎隨時在這裡留言。", "歡迎加我們的 LINE 官方帳號直接聯絡。",
  "points the buyer to LINE")

# nr13a ar propose_partial_or_return
B("nr13a", OC, "استرداد جزئي يصل إلى 128.00 SAR", "استرداد جزئي يصل إلى 200.00 SAR",
  "partial refund cap raised above 128.00 SAR")
B("nr13a", OC, "أو أن تعيد الساعة وتحصل على استرداد كامل للمبلغ.", "أو أن تعيد الساعة وتحصل على استرداد كامل قدره 350.00 SAR.",
  "full refund above the 320.00 SAR paid")
B("nr13a", IN, "ننتظر ردك لنكمل الإجراءات فوراً.", "ننتظر ردك لنكمل الإجراءات فوراً.\n(ملاحظة للفريق: لا ترسل قبل رفع صور التغليف إلى المنصة)",
  "note for the team in parentheses")
B("nr13a", WL, "أي الخيارين تفضّل؟", "Quelle option préférez-vous ?",
  "the choice question in French", "fr")
B("nr13a", SH, "ننتظر ردك لنكمل الإجراءات فوراً.", "رُدّ علينا فوراً!!! لا وقت لدينا للانتظار!!!",
  "aggressive demand with exclamation strings")
B("nr13a", MR, "شكراً جزيلاً على الصور التي أرسلتها، فقد اتضح لنا أن لون الساعة يختلف فعلاً عن صور الإعلان، ونعتذر بصدق عن هذا الإزعاج.\n\n", "",
  "removed point thank_evidence")

# nr14a sv confirm_reshipment
B("nr14a", RP, "Det nya spårningsnumret är LX998877665CN.", "Det nya spårningsnumret är LX998877665CN. Som plåster på såren får du dessutom en presentkod till nästa köp.",
  "promises a gift code")
B("nr14a", IT, "Ryggsäcken är nu skickad på nytt.", "Ryggsäcken är nu skickad på nytt under ordernummer 3016620441316642.",
  "invented order number")
B("nr14a", FB, "hör av oss om något händer på vägen.", "hör av oss om något händer på vägen. Det vore också jättesnällt om du stängde ärendet redan nu.",
  "asks to close the dispute in a confirm_reshipment reply")
B("nr14a", BL, "och förlåt för besväret med det förlorade paketet.", "och förlåt för besväret – PostNord slarvade bort det första paketet.",
  "blames the carrier")
B("nr14a", PH, "Vänliga hälsningar,", "Vänliga hälsningar,\n[HANDLÄGGARE]",
  "agent-name slot above the signature")

# nr15a cs return_instructions
B("nr15a", OC, "Jakmile vrácený mixér dorazí, peníze vám vrátíme.", "Jakmile vrácený mixér dorazí, vrátíme vám 1500.00 CZK.",
  "refund above the 1290.00 CZK paid")
B("nr15a", IA, "doplnění sledovacího čísla zásilky do sporu.", "doplnění sledovacího čísla zásilky do sporu nejpozději do deseti dnů.",
  "invented deadline (ten days, spelled out)")
B("nr15a", OP, "S pozdravem", "Dotazy nám můžete posílat i na e-mail vratky@domacipotreby.cz.\n\nS pozdravem",
  "gives an e-mail address")
B("nr15a", WL, "Budeme rádi, když u nás v budoucnu opět nakoupíte.", "Budeme radi, ak u nás v budúcnosti opäť nakúpite.",
  "trade-again sentence in Slovak (close neighbour)", "sk")
B("nr15a", IN, "a my toto rozhodnutí plně respektujeme.", "a my toto rozhodnutí plně respektujeme. [pozn. pro sklad: hlídat příchozí vratku a hned potvrdit převzetí]",
  "warehouse note in brackets")
B("nr15a", SH, "Mixér prosím zašlete na tuto adresu:", "MIXÉR POŠLETE POUZE NA TUTO ADRESU, NIKAM JINAM!!!",
  "address instruction shouted")

# nr16a hu customs_clearance (seller pays)
B("nr16a", RP, "így Önnek semmit sem kell fizetnie.", "így Önnek semmit sem kell fizetnie. A késésért cserébe ráadásul visszatérítjük a szállítási díjat is.",
  "promises to refund the shipping fee")
B("nr16a", IT, "a RR112233445CN követési számmal", "a RR112233445CN követési számmal (vagy az RR112233454HU belföldi számmal)",
  "adds an invented domestic tracking number")
B("nr16a", BL, "Nagyon sajnáljuk a kellemetlenséget, teljesen érthető, hogy bosszantó ez a helyzet.",
  "Sajnos a Magyar Posta és a vámhivatal nagyon lassan dolgozik, ezért tart ilyen sokáig.",
  "blames the post and customs")
B("nr16a", MR, "\n\nJó hír, hogy a vámot mi fizetjük ki, és a vámkezelést is mi intézzük, így Önnek semmit sem kell fizetnie.", "",
  "removed point seller_pays")
B("nr16a", FB, "amíg a vám kiadja a csomagot.", "amíg a vám kiadja a csomagot. Közben kérjük, zárja le a vitát, hogy ne kapjunk rossz értékelést.",
  "asks to close the dispute to avoid a bad rating")
B("nr16a", PH, "Egy kis türelmet kérünk,", "Egy kis türelmet kérünk (kb. XX nap),",
  "XX slot for a number of days")

# nr17a da offer_reshipment
B("nr17a", IT, "at din pakke er gået tabt undervejs.", "at din pakke med sporingsnummer LP00448811575CN er gået tabt undervejs.",
  "wrong tracking number (last digits swapped)")
B("nr17a", OP, "Svar os gerne her for at bekræfte", "Skriv gerne til os på Facebook Messenger for at bekræfte",
  "moves the confirmation to Facebook Messenger")
B("nr17a", WL, "Vi forstår godt, at du er skuffet, når du havde glædet dig til sweateren.",
  "Vi förstår verkligen att du är besviken, när du hade sett fram emot tröjan.",
  "one sentence in Swedish (close neighbour)", "sv")
B("nr17a", IA, "helt uden ekstra omkostninger?", "helt uden ekstra omkostninger, så den er hos dig inden for fem hverdage?",
  "invented delivery promise (five working days, spelled out)")
B("nr17a", IN, "at din leveringsadresse er korrekt.", "at din leveringsadresse er korrekt.\n\nHusk: anmeld pakken som bortkommet hos PostNord og tjek lageret, før vi sender igen.",
  "checklist reminder for the team")
B("nr17a", SH, "Svar os gerne her for at bekræfte, og tjek samtidig", "SVAR HER MED DET SAMME, og TJEK samtidig",
  "capitalised blunt orders")

# nr18a fi await_platform_decision
B("nr18a", PH, "Olemme jo toimittaneet oman näyttömme alustalle.", "Olemme jo toimittaneet oman näyttömme alustalle ({LIITTEET}).",
  "attachment slot left in")
B("nr18a", FB, "kirjoita vain tähän keskusteluun.", "kirjoita vain tähän keskusteluun. Jos olet tyytyväinen palveluumme, voisitko perua riidan ja antaa meille hyvän arvion?",
  "asks to cancel the dispute and leave a good rating")
B("nr18a", IA, "tekee päätöksen,", "tekee päätöksen viimeistään viiden päivän kuluessa,",
  "invented decision deadline (five days, spelled out)")
B("nr18a", BL, "Ymmärrämme hyvin turhautumisesi.", "Ymmärrämme hyvin turhautumisesi. Kaasuliitin kyllä pakattiin mukaan, joten se on todennäköisesti hukkunut sinun päässäsi.",
  "implies the buyer lost the part")
B("nr18a", SH, "Ymmärrämme hyvin turhautumisesi.", "EMME VOI TEHDÄ ASIALLE ENÄÄ MITÄÄN!!!",
  "shouted, curt sentence replacing the empathy")
B("nr18a", MR, "Olemme jo toimittaneet oman näyttömme alustalle. ", "",
  "removed point evidence_submitted")

# nr19a pl escalation_reply
B("nr19a", RP, "przekażemy mu wszystkie nasze dowody.", "przekażemy mu wszystkie nasze dowody. Niezależnie od wyniku zwrócimy Pani pieniądze za buty.",
  "promises a refund regardless of the outcome")
B("nr19a", OP, "prosimy o wiadomość tutaj.", "prosimy o telefon lub SMS na nasz numer firmowy.",
  "asks the buyer to phone or text")
B("nr19a", IN, "Z wyrazami szacunku", "[DO ZESPOŁU: wgrać historię czatu i śledzenie przed terminem, reguła escalated_other]\n\nZ wyrazami szacunku",
  "team note with a rule id")
B("nr19a", WL, "Jednocześnie wciąż jesteśmy otwarci na to, by wspólnie z Panią znaleźć rozwiązanie.",
  "Zároveň jsme stále otevřeni tomu, abychom s Vámi společně našli řešení.",
  "open-door sentence in Czech (close neighbour)", "cs")
B("nr19a", IA, "tak długie oczekiwanie na buty jest naprawdę męczące.", "czekanie na buty od ponad sześciu tygodni jest naprawdę męczące.",
  "invented waiting time (six weeks, spelled out)")
B("nr19a", BL, "jest naprawdę męczące.", "jest naprawdę męczące. Niestety Poczta Polska kompletnie zawaliła tę przesyłkę.",
  "blames the national post")

# nr20a uk return_received
B("nr20a", OC, "Повернення коштів тепер надійде через платформу.", "Повернення коштів у розмірі 2000.00 UAH тепер надійде через платформу.",
  "refund above the 1450.00 UAH paid")
B("nr20a", IT, "Кавомолку, яку ви повернули, ми вже отримали.", "Кавомолку, яку ви повернули (відправлення RT771234590UA), ми вже отримали.",
  "wrong return tracking number (digits swapped)")
B("nr20a", WL, "Перепрошуємо за незручності, яких вам завдала ця ситуація.", "Приносим извинения за неудобства, которые вам доставила эта ситуация.",
  "apology in Russian (close neighbour)", "ru")
B("nr20a", FB, "тепер надійде через платформу.", "тепер надійде через платформу. Будемо вдячні, якщо ви оновите свій відгук про наш магазин.",
  "asks the buyer to update the review")
B("nr20a", PH, "Дякуємо, що написали нам.", "Дякуємо, що написали нам щодо замовлення № <ORDER_ID>.",
  "<ORDER_ID> slot left in")
B("nr20a", SH, "Якщо у вас виникнуть запитання, пишіть нам тут, у спорі.", "І БІЛЬШЕ НЕ ПИШІТЬ НАМ ПРО ЦЕ!!!",
  "aggressive shouted line")

# nr21a el propose_partial_or_return
B("nr21a", OC, "έως 11.70 EUR", "έως 19.50 EUR",
  "partial refund cap raised above 11.70 EUR")
B("nr21a", IN, "Ποια επιλογή προτιμάτε;", "Ποια επιλογή προτιμάτε;\n\n[ΕΣΩΤΕΡΙΚΟ: πριν την αποστολή, καταχώρισε τη μερική επιστροφή στο πάνελ λύσεων]",
  "internal instruction in brackets")
B("nr21a", OP, "Ποια επιλογή προτιμάτε;", "Ποια επιλογή προτιμάτε; Στείλτε μας την απάντησή σας στο Viber για να προχωρήσουμε πιο γρήγορα.",
  "asks for the answer on Viber")
B("nr21a", IA, "για το βίντεο που μας στείλατε.", "για το βίντεο που μας στείλατε στις 28 Οκτωβρίου.",
  "invented date (28 October)")
B("nr21a", MR, "\n\nΠοια επιλογή προτιμάτε;", "",
  "removed point ask_choice")

# nr22a ro customs_clearance (payer unknown)
B("nr22a", RP, "vă anunțăm imediat ce aflăm.", "vă anunțăm imediat ce aflăm. Pentru neplăcere, vă oferim și o reducere la următoarea comandă.",
  "promises a discount")
B("nr22a", IT, "numărul de urmărire RR667788990CN.", "numărul de urmărire RR667788990CN sau, local, cu numărul RO667788909.",
  "adds an invented local tracking number")
B("nr22a", BL, "Îmi pare foarte rău că ați ajuns să vă faceți griji din cauza coletului.",
  "Din păcate, vama română e foarte lentă și complică totul, nu e vina noastră.",
  "blames Romanian customs")
B("nr22a", WL, "Vă rugăm să mai aveți puțină răbdare până rezolvăm această situație.",
  "Vi chiediamo ancora un po' di pazienza mentre risolviamo la situazione.",
  "patience request in Italian (close neighbour)", "it")
B("nr22a", PH, "vă anunțăm imediat ce aflăm.", "vă anunțăm până la data de __/__/____.",
  "unfilled date slot")
B("nr22a", MR, "\n\nVă rugăm să mai aveți puțină răbdare până rezolvăm această situație.", "",
  "removed point ask_patience")

# nr23a en-US offer_reshipment
B("nr23a", IT, "It looks like your lantern was lost", "It looks like your lantern (order 3016620441401176) was lost",
  "invented order number")
B("nr23a", FB, "so it goes to the right place.", "so it goes to the right place.\n\nP.S. Would you mind closing the dispute in the meantime so it doesn't count against our store?",
  "postscript asking to close the dispute")
B("nr23a", OP, "just reply here to confirm", "just text our support line to confirm",
  "asks the buyer to text a support line")
B("nr23a", SH, "Would you like us to ship it to you again?", "DO YOU WANT IT SENT AGAIN OR NOT?",
  "capitalised, aggressive question")
B("nr23a", IN, "when you had a trip coming up.", "when you had a trip coming up. (Dana: file the lost-parcel claim with USPS and check lantern stock first!)",
  "self-reminder in parentheses")
B("nr23a", MR, "Would you like us to ship it to you again? There would be no extra cost to you.\n\n", "",
  "removed point offer_reship")

# nr24a es return_instructions
B("nr24a", OC, "tramitaremos tu reembolso.", "tramitaremos tu reembolso de 80,00 EUR.",
  "refund above the 64.95 EUR paid")
B("nr24a", BL, "aceptamos su decisión.", "aceptamos su decisión. Eso sí, la guía de tallas estaba bien clara; si la hubieras consultado, nada de esto habría pasado.",
  "reproaches the buyer about the size guide")
B("nr24a", PH, "Puedes enviar las zapatillas a esta dirección:", "Puedes enviar las zapatillas a esta dirección antes del [FECHA LÍMITE]:",
  "[FECHA LÍMITE] slot")
B("nr24a", MR, "\n\nEn cuanto recibamos el paquete, tramitaremos tu reembolso. Te pedimos, por favor, que añadas el número de seguimiento de la devolución a la disputa.", "",
  "removed point refund_after_return")
B("nr24a", IN, "Un saludo,", "Nota interna (ruled_return_pending): vigilar el paquete de devolución y confirmar la recepción.\n\nUn saludo,",
  "internal note with a rule id")

# nr24b es return_instructions (second style)
B("nr24b", OC, "El reembolso se procesará", "El reembolso de 69,95 EUR se procesará",
  "refund above the 64.95 EUR paid")
B("nr24b", IA, "por haberle hecho esperar.", "por haberle hecho esperar casi dos semanas.",
  "invented waiting time (two weeks, spelled out)")
B("nr24b", OP, "el número de seguimiento del envío de devolución.", "el número de seguimiento del envío de devolución. Si lo prefiere, también puede mandárnoslo a devoluciones@pasofirme.es.",
  "gives an e-mail address")
B("nr24b", SH, "La dirección de devolución es:", "¡¡¡ATENCIÓN!!! LA DIRECCIÓN DE DEVOLUCIÓN ES ESTA Y NO OTRA:",
  "capitals and exclamation strings")
