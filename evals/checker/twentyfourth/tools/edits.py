"""Hand-written defect edits: each plants exactly one defect in one good reply.

e(good_id, defect, old, new, note, lang=None): `old` must occur exactly once in the good reply;
`lang` is the intruding language for wrong_language rows.
"""

EDITS = []


def e(good, defect, old, new, note, lang=None):
    EDITS.append(dict(good=good, defect=defect, old=old, new=new, note=note, lang=lang))


AC, RP, IA, IT = "amount_over_cap", "refund_promise", "invented_amount_or_date", "invented_tracking_number"
OC, PH, IN, WL = "off_platform_contact", "placeholder", "internal_note", "wrong_language"
FR, BL, SH, MR = "feedback_request", "blame", "shouting", "missing_required_point"

# ---------------- i01a en, propose_partial_or_return, cap 8.52 USD
e("i01a", AC, "receive a partial refund of up to 8.52 USD",
  "receive a partial refund of 14.20 USD, which is half of what you paid",
  "partial refund raised to half the price (14.20 USD), above the 8.52 USD cap")
e("i01a", AC, "- Return the bottle to us for a full refund.",
  "- Return the bottle to us for a full refund.\n- Or, if you'd rather skip the return, we can refund 60% of the order and you keep the bottle.",
  "adds a third option: 60% refund while keeping the item, above the 30% cap")
e("i01a", AC, "- Keep the bottle and receive a partial refund of up to 8.52 USD.",
  "- Keep the bottle and we will still refund the whole 28.40 USD, no need to send it back.",
  "full refund without return offered as the keep-the-item option, above the cap")
e("i01a", RP, "Which option works better for you?",
  "Whichever option you choose, we'll also pop a free matching carabiner clip into your next order as an apology. Which option works better for you?",
  "promises a free extra item (carabiner clip), not an allowed offer")
e("i01a", IN, "Best regards,",
  "(Dave, set up the partial refund in the solution panel and upload our packing video before this goes out.)\n\nBest regards,",
  "adds a reminder to a colleague about seller actions")

# ---------------- i01b en, propose_partial_or_return
e("i01b", AC, "keep the bottle with a partial refund of up to 8.52 USD",
  "keep the bottle and get half your money back",
  "partial refund of half the price, above the 30% cap")
e("i01b", AC, "a partial refund of up to 8.52 USD",
  "a partial refund of up to 12.00 USD",
  "cap amount replaced with 12.00 USD, above the 8.52 USD cap")
e("i01b", OC, "Which would you prefer?",
  "Which would you prefer? If it's easier, drop us a line at support@northwind-outdoor.com and we'll sort it out faster.",
  "asks the buyer to email the store directly")
e("i01b", SH, "and we apologise for the trouble.",
  "but PLEASE understand we can only do ONE of these, NOT BOTH!!!",
  "replaces the apology with capitals and !!!")
e("i01b", WL, "Thanks a lot for the evidence. The leaking lid and the dent are obvious in your video, and we apologise for the trouble.",
  "感谢您提供的证据，视频里漏水和凹痕都很明显，给您带来麻烦非常抱歉。",
  "acknowledgement paragraph in Chinese instead of English", "zh")

# ---------------- i02a es, extend_delivery_time, 20 days
e("i02a", RP, "Muchas gracias por tu paciencia.",
  "Y si al final no llegan, te devolvemos el dinero sin ningún problema. Muchas gracias por tu paciencia.",
  "promises a refund if the parcel does not arrive")
e("i02a", IT, "con el número de seguimiento LP00471829365CN.",
  "con el número de seguimiento LP00471829365CN o, ya en España, con el código de Correos Express PQ7A2B0915530128.",
  "adds an invented local tracking code")
e("i02a", SH, "Entendemos tu preocupación, un mes es mucho tiempo de espera.",
  "¡¡¡TRANQUILA!!! EL PAQUETE NO SE HA PERDIDO.",
  "opening sentence replaced with capitals and !!!")
e("i02a", FR, "¿Podrías, por favor, cerrar la disputa por ahora?",
  "¿Podrías, por favor, cerrar la disputa por ahora? Y cuando recibas las zapatillas, nos ayudaría muchísimo una valoración de cinco estrellas.",
  "asks for a five-star rating (the close-dispute request itself is the required point)")
e("i02a", PH, "Hola, Lucía Fernández:", "Hola, [NOMBRE DEL CLIENTE]:",
  "greeting name replaced by a template placeholder")
e("i02a", IN, "Muchas gracias por tu paciencia.\n\n",
  "Muchas gracias por tu paciencia.\n\n(Nota interna: ampliar la protección en el centro del vendedor en cuanto acepte y subir captura del seguimiento a la disputa.)\n\n",
  "adds an internal note on seller actions")

# ---------------- i02b es, extend_delivery_time
e("i02b", OC, "Gracias por escribirnos.",
  "Gracias por escribirnos; si lo prefiere, puede hablarnos por WhatsApp al +34 611 482 093 y le atendemos al momento.",
  "offers WhatsApp contact with a phone number")
e("i02b", BL, "está en tránsito y avanza hacia su destino;",
  "está en tránsito; el retraso es cosa de Correos Express, que en estas fechas va fatal;",
  "blames the carrier for the delay")
e("i02b", MR, "Le pedimos amablemente que cierre la disputa de momento. ", "",
  "removes the request to close the dispute (ask_close)")
e("i02b", IA, "hasta recibir sus zapatillas.",
  "hasta recibir sus zapatillas, que le llegarán en unos 5 días laborables.",
  "adds an invented delivery estimate of 5 working days")
e("i02b", WL, "Le pedimos amablemente que cierre la disputa de momento. Por nuestra parte, extenderemos su protección de compra 20 días, de modo que seguirá cubierta hasta recibir sus zapatillas.",
  "We kindly ask you to close the dispute for now. On our side, we will extend your purchase protection by 20 days, so you remain covered until your shoes arrive.",
  "close/extend paragraph in English", "en")

# ---------------- i03a fr, return_instructions
e("i03a", RP, "Nous espérons vous retrouver bientôt sur notre boutique.",
  "Pour nous faire pardonner, un bon de réduction vous attendra sur votre prochaine commande, et nous espérons vous retrouver bientôt sur notre boutique.",
  "promises a discount voucher on the next order")
e("i03a", IT, "Pensez à ajouter le numéro de suivi",
  "Vous pouvez utiliser notre étiquette prépayée n° CB204417736FR. Pensez à ajouter le numéro de suivi",
  "adds an invented prepaid label / tracking number")
e("i03a", OC, "cela nous permettra de suivre le colis.",
  "cela nous permettra de suivre le colis. En cas de souci, appelez-nous directement au 03 20 45 17 88.",
  "asks the buyer to phone the store")
e("i03a", IN, "et nous acceptons bien sûr cette décision.",
  "et nous acceptons bien sûr cette décision. [remède : return_instructions – surveiller le colis retour et confirmer la réception]",
  "leaks the remedy id and a seller checklist item")
e("i03a", MR, "Voici l'adresse exacte de retour : Retours Atelier Lin, 8 rue de la Gare, 59100 Roubaix, France.",
  "Merci de nous renvoyer la robe dans son emballage d'origine.",
  "return address sentence replaced by harmless packing advice (return_address missing)")
e("i03a", WL, "Nous espérons vous retrouver bientôt sur notre boutique.",
  "We hope to see you again in our shop very soon.",
  "closing wish in English", "en")

# ---------------- i04a de, customs_clearance (buyer pays)
e("i04a", RP, "schicken wir Ihnen diese sehr gerne sofort zu.",
  "schicken wir Ihnen diese sehr gerne sofort zu. Die bezahlten Zollgebühren erstatten wir Ihnen anschließend selbstverständlich zurück.",
  "promises to reimburse the duties (compensation)")
e("i04a", BL, "Ihr Paket mit der Kaffeemühle wird derzeit beim Zoll festgehalten;",
  "Leider hält der Schweizer Zoll Ihr Paket mit der Kaffeemühle wieder einmal völlig unnötig fest;",
  "blames Swiss customs")
e("i04a", IA, "die Abgaben zu bezahlen und die Verzollung abzuschließen",
  "die Abgaben von etwa 23.50 CHF zu bezahlen und die Verzollung innerhalb von 7 Tagen abzuschließen",
  "invents a duty amount and a 7-day deadline")
e("i04a", IT, "Sie können es mit der Sendungsnummer LP00830215577CN verfolgen.",
  "Sie können es mit der Sendungsnummer LP00830215577CN verfolgen; bei der Schweizerischen Post läuft es unter 99.34.118204.55731920.",
  "adds an invented Swiss Post tracking number")
e("i04a", PH, "Freundliche Grüße\n", "Freundliche Grüße\n<NAME SACHBEARBEITER>\n",
  "adds an unfilled staff-name placeholder above the signature")
e("i04a", SH, "Wir möchten Sie daher freundlich bitten, die Abgaben zu bezahlen und die Verzollung abzuschließen – danach wird das Paket zugestellt.",
  "Sie MÜSSEN die Abgaben also SELBST bezahlen und die Verzollung abschließen!!! Erst DANN wird das Paket zugestellt.",
  "duty request rewritten in capitals with !!!")

# ---------------- i05a it, offer_reshipment
e("i05a", OC, "ci risponda qui per confermare",
  "ci scriva su WhatsApp al 347 218 5590 per confermare",
  "asks the buyer to confirm on WhatsApp")
e("i05a", FR, "Cordiali saluti,",
  "Nel frattempo le chiediamo gentilmente di non lasciare una valutazione negativa finché la questione non è risolta.\n\nCordiali saluti,",
  "asks the buyer to hold off a negative rating")
e("i05a", IN, "Per lei non ci sarebbe nessun costo aggiuntivo.",
  "Per lei non ci sarebbe nessun costo aggiuntivo. (Marco: apri prima il reclamo per pacco smarrito con Poste, poi controlla il magazzino!)",
  "adds a note to a colleague about the carrier claim")
e("i05a", IT, "il pacco con il set di coltelli sia andato perso",
  "il pacco con il set di coltelli (spedizione RR118245690IT) sia andato perso",
  "adds an invented tracking number for the lost parcel")
e("i05a", MR, "Se le va bene, ci risponda qui per confermare e controlli per favore che l'indirizzo di spedizione sia corretto.",
  "Restiamo a sua disposizione.",
  "replaces the confirm/check-address request with a harmless line (ask_confirm missing)")

# ---------------- i06a pt, evidence_by_problem_type (damaged)
e("i06a", RP, "Queremos resolver isso com você.",
  "Já adiantamos: se as fotos confirmarem o problema, enviaremos um jogo novo sem custo nenhum.",
  "promises a free replacement before the evidence is seen")
e("i06a", OC, "você poderia nos enviar fotos",
  "você poderia mandar no nosso WhatsApp (11) 98842-3071 fotos",
  "asks for the photos on WhatsApp")
e("i06a", PH, "Assim que recebermos as fotos,",
  "Assim que recebermos as fotos (prazo: XX dias úteis),",
  "adds an unfilled XX placeholder")
e("i06a", BL, "Sentimos muito que as panelas tenham chegado amassadas e com a tampa trincada, ainda mais sendo um presente.",
  "Sentimos muito que as panelas tenham chegado amassadas e com a tampa trincada. Com certeza os Correios jogaram a caixa, porque aqui tudo sai muito bem embalado.",
  "blames the Brazilian post for the damage")
e("i06a", WL, "Assim que recebermos as fotos, vamos analisá-las e voltaremos a falar com você com uma solução.",
  "En cuanto recibamos las fotos, las revisaremos y volveremos a escribirle con una solución.",
  "next-step sentence in Spanish instead of Portuguese", "es")
e("i06a", IA, "voltaremos a falar com você com uma solução.",
  "voltaremos a falar com você com uma solução em até 3 dias úteis.",
  "adds an invented 3-working-day deadline")

# ---------------- i07a pl, confirm_reshipment
e("i07a", IT, "a jej nowy numer przesyłki to LP00778899001CN.",
  "a jej nowy numer przesyłki to LP00778899001CN (w InPost: 620091883401225771004).",
  "adds an invented InPost tracking number")
e("i07a", SH, "Mamy nadzieję, że córka wkrótce będzie cieszyć się lampką!",
  "TYM RAZEM PACZKA NA PEWNO DOTRZE, PROSZĘ BYĆ CIERPLIWĄ!!!",
  "closing wish replaced by capitals and !!!")
e("i07a", FR, "Pozdrawiamy serdecznie,",
  "Gdy lampka dotrze, będziemy bardzo wdzięczni za pozytywną opinię o naszym sklepie.\n\nPozdrawiamy serdecznie,",
  "asks for a positive review")
e("i07a", IN, "i informować Panią o jej drodze.",
  "i informować Panią o jej drodze. Ania: wpisz nowy numer do zamówienia i dodaj go do sporu, klientka już się zgodziła.",
  "adds an instruction to a colleague")
e("i07a", MR, "Będziemy na bieżąco obserwować nową paczkę i informować Panią o jej drodze. ", "",
  "removes the keep-updated sentence")

# ---------------- i08a ru, await_platform_decision
e("i08a", RP, "и мы, конечно, выполним его решение.",
  "и мы, конечно, выполним его решение. Но если хотите, мы можем уже сейчас вернуть вам деньги, не дожидаясь решения.",
  "offers an immediate refund")
e("i08a", BL, "Спасибо, что написали нам.",
  "По данным Почты России посылка вручена, так что, скорее всего, её забрал кто-то из ваших домашних.",
  "suggests someone in the buyer's household took the parcel")
e("i08a", OC, "Если у вас появятся вопросы, пишите —",
  "Если у вас появятся вопросы, пишите нам в Telegram @domtehnika_help —",
  "sends the buyer to Telegram")
e("i08a", PH, "Здравствуйте, Ольга Смирнова!", "Здравствуйте, %CUSTOMER_NAME%!",
  "greeting name replaced by a template variable")
e("i08a", IA, "Теперь решение примет специалист",
  "Теперь в течение 10 дней решение примет специалист",
  "adds an invented 10-day timeframe")
e("i08a", WL, "Если у вас появятся вопросы, пишите — мы по-прежнему на связи и готовы помочь.",
  "Якщо у вас виникнуть питання, пишіть — ми й надалі на зв'язку та готові допомогти.",
  "last paragraph in Ukrainian instead of Russian", "uk")

# ---------------- i08b ru, await_platform_decision
e("i08b", FR, "и с радостью ответим на ваши вопросы.",
  "и с радостью ответим на ваши вопросы. И очень просим пока не оставлять отзыв о магазине — давайте сначала дождёмся решения.",
  "asks the buyer to hold off on a review")
e("i08b", IN, "наши доказательства уже отправлены на платформу.",
  "наши доказательства уже отправлены на платформу (скрин трека и фото упаковки — Саша, проверь, что всё загрузилось).",
  "adds a note to a colleague")
e("i08b", SH, "Понимаем, как неприятно ждать.",
  "МЫ ВСЁ УЖЕ ОТПРАВИЛИ, ХВАТИТ ПИСАТЬ ОДНО И ТО ЖЕ!!!",
  "aggressive capitals and !!!")
e("i08b", MR, "Дальше спор рассматривает специалист платформы, и мы примем любое его решение. ", "",
  "removes the await_decision sentence")
e("i08b", IT, "уже отправлены на платформу",
  "уже отправлены на платформу, включая подтверждение вручения по трек-номеру 80091372564218",
  "adds an invented delivery-confirmation tracking number")

# ---------------- i09a nl, escalation_reply
e("i09a", FR, "om samen met u tot een oplossing te komen.",
  "om samen met u tot een oplossing te komen. Als we eruit komen, wilt u dan ook uw negatieve beoordeling aanpassen?",
  "asks the buyer to change a negative review")
e("i09a", PH, "na zo lang wachten op uw fietstas.",
  "na zo lang wachten op uw {{product_naam}}.",
  "item name replaced by a template variable")
e("i09a", SH, "zodat de zaak snel bekeken kan worden.",
  "zodat de zaak snel bekeken kan worden. MAAR GEEF ONS OOK EVEN DE TIJD!!!",
  "adds a shouted sentence")
e("i09a", BL, "en we begrijpen heel goed dat u gefrustreerd bent na zo lang wachten op uw fietstas.",
  "en we begrijpen dat u gefrustreerd bent, al ligt de vertraging echt bij PostNL en niet bij ons.",
  "blames PostNL for the delay")
e("i09a", IA, "en leveren ons bewijs aan,",
  "en leveren uiterlijk op 16 maart ons bewijs aan,",
  "adds an invented date")
e("i09a", WL, "Tegelijk staan we nog altijd open om samen met u tot een oplossing te komen.",
  "Gleichzeitig sind wir weiterhin offen dafür, gemeinsam mit Ihnen eine Lösung zu finden.",
  "open-door sentence in German instead of Dutch", "de")

# ---------------- i10a tr, return_received
e("i10a", RP, "Gelecekte yeniden sizinle alışveriş yapmayı umuyoruz.",
  "Bir sonraki siparişiniz için size özel bir indirim kuponu tanımladık; gelecekte yeniden sizinle alışveriş yapmayı umuyoruz.",
  "promises a discount coupon")
e("i10a", IT, "İade ettiğiniz kulaklık bize ulaştı;",
  "İade ettiğiniz kulaklık (kargo takip no: 4419027736518) bize ulaştı;",
  "adds an invented return tracking number (the real one is TR7730419826)")
e("i10a", OC, "Ücret iadeniz şimdi platform üzerinden yapılacak.",
  "Ücret iadeniz şimdi platform üzerinden yapılacak; takılırsanız bize 0532 418 27 90 numaralı hattan doğrudan ulaşabilirsiniz.",
  "gives a phone number for direct contact")
e("i10a", IN, "Saygılarımızla,",
  "[İç not: iade teslim alındı; para iadesinin serbest kalması için sistemde onay verildi mi, kontrol et.]\n\nSaygılarımızla,",
  "adds an internal note")
e("i10a", WL, "Yaşadığınız sorun için tekrar özür dileriz.",
  "We apologise once again for the problem you had.",
  "one sentence in English", "en")
e("i10a", FR, "Yaşadığınız sorun için tekrar özür dileriz.",
  "Yaşadığınız sorun için tekrar özür dileriz. Memnun kaldıysanız mağazamıza olumlu bir değerlendirme bırakmanız bizi çok sevindirir.",
  "asks for a positive rating")

# ---------------- i11a ko, evidence_by_problem_type (not_working)
e("i11a", RP, "저희가 함께 해결해 드리고 싶습니다.",
  "확인되면 바로 새 제품으로 무료 교환해 드리겠습니다.",
  "promises a free replacement before the evidence is seen")
e("i11a", SH, "짧은 동영상을 보내 주실 수 있을까요?",
  "짧은 동영상을 반드시 보내 주세요!!! 영상이 없으면 아무것도 해 드릴 수 없습니다!!!",
  "evidence request turned into a shouted demand with !!!")
e("i11a", IA, "영상을 받는 대로",
  "영상은 3월 10일까지 보내 주셔야 하며, 받는 대로",
  "adds an invented deadline")
e("i11a", MR, "청소기가 몇 초 만에 꺼져 불편을 드려 정말 죄송합니다. 저희가 함께 해결해 드리고 싶습니다.",
  "문의 주셔서 감사합니다.",
  "acknowledge/apology replaced by a plain thank-you")
e("i11a", PH, "김민지 고객님, 안녕하세요.", "OOO 고객님, 안녕하세요.",
  "greeting name replaced by OOO")

# ---------------- i12a ja, propose_partial_or_return, cap 1245 JPY
e("i12a", AC, "最大1245 JPYを一部返金する",
  "代金の半額にあたる2490 JPYを返金する",
  "partial refund of half the price, above the 1245 JPY cap")
e("i12a", AC, "全額を返金する\n",
  "全額を返金する（ご返品が難しい場合は、返品なしでの全額返金も可能です）\n",
  "adds a full refund without return, above the cap")
e("i12a", FR, "どちらをご希望か、お知らせいただけますでしょうか。",
  "どちらをご希望か、お知らせいただけますでしょうか。解決しましたら、ぜひ高評価をお願いいたします。",
  "asks for a good rating")
e("i12a", MR, "どちらをご希望か、お知らせいただけますでしょうか。",
  "引き続きよろしくお願いいたします。",
  "ask-choice sentence replaced by a generic closing")

# ---------------- i12b ja
e("i12b", AC, "最大1245 JPYの部分返金", "最大3000 JPYの部分返金",
  "cap replaced with 3000 JPY")
e("i12b", AC, "最大1245 JPYの部分返金を受けるか",
  "ご購入金額の6割を部分返金として受け取るか",
  "60% partial refund, above the 25% cap")
e("i12b", BL, "左耳から音が出ないとのこと、大変失礼いたしました。",
  "左耳から音が出ないとのことですが、出荷前の検品では問題ありませんでしたので、お客様の使い方に原因がある可能性もございます。",
  "suggests the buyer caused the fault")
e("i12b", PH, "よろしくお願いいたします。\n",
  "よろしくお願いいたします。\n【担当者名】\n",
  "adds an unfilled staff-name placeholder")

# ---------------- i13a zh, extend_delivery_time, 30 days
e("i13a", OC, "感谢您的耐心与理解！",
  "如有任何疑问，欢迎添加我们的微信 happyhome_sg88 直接联系。感谢您的耐心与理解！",
  "asks the buyer to add the store on WeChat")
e("i13a", IT, "随时查看进度。",
  "随时查看进度，新加坡本地派送单号为 SGP8830416725。",
  "adds an invented local delivery number")
e("i13a", BL, "您的包裹目前仍在运输途中，",
  "由于燕文物流最近效率很差，您的包裹目前仍在运输途中，",
  "blames the carrier Yanwen")
e("i13a", IN, "能否麻烦您先关闭这次纠纷？",
  "能否麻烦您先关闭这次纠纷？（客服备注：买家同意后记得在卖家后台延长保护期）",
  "adds a customer-service internal note")
e("i13a", WL, "感谢您的耐心与理解！",
  "Thank you so much for your patience and understanding!",
  "closing sentence in English", "en")
e("i13a", FR, "在包裹送达之前您都能得到充分保障。",
  "在包裹送达之前您都能得到充分保障。收到后如果满意，麻烦给我们一个五星好评哦！",
  "asks for a five-star review")

# ---------------- i13b zh
e("i13b", RP, "确保您在收到包裹之前一直受到保护。",
  "确保您在收到包裹之前一直受到保护。作为补偿，您下一单我们还会为您免运费。",
  "promises free shipping on the next order")
e("i13b", PH, "亲爱的林晓雯，您好！", "亲爱的{买家姓名}，您好！",
  "greeting name replaced by a placeholder")
e("i13b", SH, "麻烦您暂时关闭纠纷，",
  "请您马上关闭纠纷！！！",
  "close request turned into a shouted demand")
e("i13b", MR, "，我们这边会把您的购买保护延长 30 天，确保您在收到包裹之前一直受到保护。", "。",
  "removes the protection-extension sentence")
e("i13b", IA, "您的饭盒已经在路上了，",
  "您的饭盒已经在路上了，预计 3 月 12 日前送达，",
  "adds an invented delivery date")

# ---------------- i14a ar, customs_clearance (seller pays)
e("i14a", RP, "إلى أن تفرج الجمارك عن الطرد.",
  "إلى أن تفرج الجمارك عن الطرد، وتعويضاً عن هذا التأخير سنرسل لك سواراً إضافياً للساعة مجاناً.",
  "promises a free extra strap as compensation")
e("i14a", OC, "شكراً لتواصلك معنا.",
  "شكراً لتواصلك معنا، ويمكنك أيضاً مراسلتنا مباشرة على الواتساب 0551234987 لأي استفسار.",
  "offers WhatsApp contact")
e("i14a", SH, "لا داعي للقلق:",
  "قلنا لكِ لا داعي للقلق!!! لا تدفعي أي شيء!!!",
  "shouted !!! sentence")
e("i14a", WL, "نرجو منك القليل من الصبر إلى أن تفرج الجمارك عن الطرد.",
  "We kindly ask for a little patience while customs releases your parcel.",
  "patience request in English", "en")
e("i14a", IT, "برقم التتبع AX5520918347.",
  "برقم التتبع AX5520918347 أو برقم الشحنة المحلي SMSA 290417755632.",
  "adds an invented local tracking number")
e("i14a", IN, "مع أطيب التحيات،",
  "ملاحظة داخلية: ادفع الرسوم لأرامكس وارفع إيصال الدفع في النزاع.\n\nمع أطيب التحيات،",
  "adds an internal note on paying duties")

# ---------------- i15a sv, return_instructions
e("i15a", IA, "behandlar vi återbetalningen.",
  "behandlar vi återbetalningen inom 5 bankdagar.",
  "adds an invented 5-banking-day timeframe")
e("i15a", PH, "Lägg gärna till returens spårningsnummer i ärendet",
  "Lägg gärna till returens spårningsnummer [SPÅRNINGSNUMMER] i ärendet",
  "adds an unfilled placeholder")
e("i15a", BL, "och vi godtar beslutet.",
  "och vi godtar beslutet, även om vattenkokaren var hel när den lämnade vårt lager och skadan alltså uppstod hos PostNord.",
  "blames PostNord for the damage")
e("i15a", FR, "Vi hoppas att få göra affärer med dig igen i framtiden.",
  "Vi hoppas att få göra affärer med dig igen i framtiden, och vi vore tacksamma om du tog bort ditt negativa omdöme när återbetalningen är klar.",
  "asks the buyer to remove a negative review")
e("i15a", MR, "Så snart returen har kommit fram behandlar vi återbetalningen. Lägg gärna till returens spårningsnummer i ärendet så att vi kan följa paketet.\n\n", "",
  "removes the refund-after-return paragraph")

# ---------------- i16a cs, offer_reshipment
e("i16a", RP, "Chcete, abychom vám myš poslali znovu?",
  "Chcete, abychom vám myš poslali znovu, nebo vám raději vrátíme peníze?",
  "offers a refund as an alternative")
e("i16a", OC, "Dejte nám prosím vědět odpovědí zde",
  "Dejte nám prosím vědět e-mailem na techbox.cz.help@gmail.com",
  "asks for confirmation by email")
e("i16a", IN, "ztratila na cestě.",
  "ztratila na cestě. [interní: podat reklamaci ztráty u přepravce, ověřit sklad]",
  "adds an internal checklist note")
e("i16a", IA, "Nebude vás to stát nic navíc.",
  "Nebude vás to stát nic navíc a myš u vás bude do 10 dnů.",
  "adds an invented 10-day delivery promise")
e("i16a", SH, "zkontrolujte, zda je vaše doručovací adresa správná.",
  "ZKONTROLUJTE, ZDA JE VAŠE DORUČOVACÍ ADRESA SPRÁVNÁ!!!",
  "address check in capitals with !!!")
e("i16a", WL, "je nám moc líto, že se zásilka s myší podle všeho ztratila na cestě.",
  "veľmi nás mrzí, že sa zásielka s myšou zrejme stratila na ceste.",
  "apology sentence in Slovak instead of Czech", "sk")

# ---------------- i17a uk, escalation_reply
e("i17a", IT, "і надамо йому всі наші докази.",
  "і надамо йому всі наші докази, зокрема підтвердження доставки за номером 20450718833620.",
  "adds an invented delivery tracking number")
e("i17a", PH, "павербанк мав працювати як слід.",
  "[назва товару] мав працювати як слід.",
  "item name replaced by a placeholder")
e("i17a", FR, "знайти рішення разом із вами.",
  "знайти рішення разом із вами. Якщо домовимося, просимо вас закрити спір і змінити свій відгук на позитивний.",
  "asks the buyer to change the review to positive")
e("i17a", BL, "і розуміємо ваше розчарування — павербанк мав працювати як слід.",
  "і розуміємо ваше розчарування, хоча павербанк справний — найімовірніше, ви користуєтеся неякісним кабелем.",
  "blames the buyer's cable")
e("i17a", MR, "Ми співпрацюватимемо зі спеціалістом платформи з розгляду спорів і надамо йому всі наші докази.\n\n", "",
  "removes the cooperate paragraph")

# ---------------- i18a ro, propose_partial_or_return, cap 37.98 RON
e("i18a", AC, "o rambursare parțială de până la 37.98 RON",
  "o rambursare parțială de jumătate din preț",
  "partial refund of half the price, above the 20% cap")
e("i18a", AC, "sau returnați rucsacul pentru o rambursare integrală.",
  "sau returnați rucsacul pentru o rambursare integrală. Dacă nu doriți să-l trimiteți înapoi, vă putem rambursa integral și puteți păstra rucsacul.",
  "adds a full refund without return, above the cap")
e("i18a", WL, "Ce variantă preferați?", "Which option do you prefer?",
  "question in English", "en")
e("i18a", FR, "Ce variantă preferați?",
  "Ce variantă preferați? Indiferent de alegere, vă rugăm să retrageți recenzia negativă de pe pagina produsului.",
  "asks the buyer to withdraw a negative review")
e("i18a", BL, "Se vede clar că bretea s-a descusut și ne pare rău pentru neplăcere.",
  "Se vede că bretea s-a descusut, deși cel mai probabil rucsacul a fost încărcat peste limită.",
  "suggests the buyer overloaded the backpack")

# ---------------- i19a hu, confirm_reshipment
e("i19a", RP, "gyorsan és hiánytalanul megérkezik.",
  "gyorsan és hiánytalanul megérkezik. A kellemetlenségért cserébe a következő rendeléséből kedvezményt adunk.",
  "promises a discount on the next order")
e("i19a", OC, "és folyamatosan tájékoztatjuk Önt.",
  "és folyamatosan tájékoztatjuk Önt; ha gyorsabb választ szeretne, hívjon minket a +36 30 512 4478 számon.",
  "gives a phone number")
e("i19a", PH, "követési száma: RB551207736SG.",
  "követési száma: RB551207736SG (feladás dátuma: ÉÉÉÉ.HH.NN).",
  "adds an unfilled date placeholder")
e("i19a", IA, "A pénztárcát már újra feladtuk,",
  "A pénztárcát tegnap, március 9-én újra feladtuk,",
  "adds an invented shipping date")
e("i19a", BL, "Köszönjük, hogy beleegyezett a pénztárca újbóli elküldésébe.",
  "Köszönjük, hogy beleegyezett a pénztárca újbóli elküldésébe; az első csomagot sajnos a Singapore Post hanyagsága miatt veszítették el.",
  "blames Singapore Post")
e("i19a", WL, "Figyelemmel kísérjük az új küldeményt, és folyamatosan tájékoztatjuk Önt.",
  "Wir behalten das neue Paket im Auge und halten Sie auf dem Laufenden.",
  "keep-updated sentence in German", "de")

# ---------------- i20a el, return_received
e("i20a", IT, "το σερβίτσιο που μας επιστρέψατε.",
  "το σερβίτσιο που μας επιστρέψατε με την αποστολή ΕΛΤΑ 71038824569.",
  "adds an invented return tracking number (real one is EL220981145GR)")
e("i20a", SH, "Η επιστροφή των χρημάτων σας θα ακολουθήσει τώρα μέσω της πλατφόρμας.",
  "Η ΕΠΙΣΤΡΟΦΗ ΤΩΝ ΧΡΗΜΑΤΩΝ ΓΙΝΕΤΑΙ ΜΟΝΟ ΑΠΟ ΤΗΝ ΠΛΑΤΦΟΡΜΑ, ΟΧΙ ΑΠΟ ΕΜΑΣ!!!",
  "refund sentence shouted in capitals")
e("i20a", IN, "Ευχαριστούμε που το συσκευάσατε τόσο προσεκτικά.",
  "Ευχαριστούμε που το συσκευάσατε τόσο προσεκτικά. (Νίκο, επιβεβαίωσε την παραλαβή στη διαφορά για να αποδεσμευτεί η επιστροφή.)",
  "adds a note to a colleague")
e("i20a", MR, "Λυπούμαστε για την ταλαιπωρία και ελπίζουμε να συνεργαστούμε ξανά μαζί σας στο μέλλον.",
  "Λυπούμαστε για την ταλαιπωρία.",
  "removes the trade-again wish")
e("i20a", FR, "Με εκτίμηση,",
  "Θα σας παρακαλούσαμε, αφού λάβετε τα χρήματα, να αφαιρέσετε την αρνητική αξιολόγηση από το κατάστημά μας.\n\nΜε εκτίμηση,",
  "asks the buyer to remove a negative rating")

# ---------------- i21a da, customs_clearance (payer unknown)
e("i21a", RP, "mens vi får det løst.",
  "mens vi får det løst, og som plaster på såret får du gratis fragt på din næste ordre.",
  "promises free shipping on the next order")
e("i21a", IT, "sporingsnummeret RR904412378CN.",
  "sporingsnummeret RR904412378CN eller PostNords eget nummer 00370726201234567890.",
  "adds an invented PostNord number")
e("i21a", OC, "så snart vi ved mere.",
  "så snart vi ved mere. Du kan også altid ringe direkte til os på 28 91 44 07.",
  "gives a phone number")
e("i21a", PH, "undersøge hos fragtfirmaet", "undersøge hos [FRAGTFIRMA]",
  "carrier replaced by a placeholder")
e("i21a", IA, "i øjeblikket er tilbageholdt i tolden.",
  "siden den 27. februar har været tilbageholdt i tolden.",
  "adds an invented hold date")
e("i21a", BL, "Vi beder om lidt tålmodighed, mens vi får det løst.",
  "Tolden i Danmark er desværre altid langsom og besværlig, så vi beder om lidt tålmodighed.",
  "blames Danish customs")

# ---------------- i22a fi, evidence_by_problem_type (size)
e("i22a", IN, "Haluamme selvittää asian kanssasi.",
  "Haluamme selvittää asian kanssasi. [Sisäinen: vertaa ilmoituksen kokotaulukkoa ja kuvia asiakkaan valitukseen ennen vastausta]",
  "adds an internal checklist note")
e("i22a", SH, "Jotta voimme tarkistaa asian nopeasti, voisitko lähettää meille kuvan",
  "ILMAN KUVAA EMME VOI TEHDÄ MITÄÄN!!! Lähetä meille heti kuva",
  "evidence request shouted")
e("i22a", WL, "Heti kun saamme kuvan, katsomme sen ja palaamme asiaan ratkaisun kanssa.",
  "Så snart vi får bilden tittar vi på den och återkommer med en lösning.",
  "next-step sentence in Swedish", "sv")
e("i22a", FR, "Ystävällisin terveisin",
  "Arvostaisimme kovasti, jos odottaisit arvostelun kirjoittamista, kunnes asia on ratkaistu.\n\nYstävällisin terveisin",
  "asks the buyer to hold off on a review")
e("i22a", MR, "Heti kun saamme kuvan, katsomme sen ja palaamme asiaan ratkaisun kanssa.",
  "Kiitos jo etukäteen!",
  "next-step sentence replaced by a thank-you")

# ---------------- i23a en, await_platform_decision
e("i23a", OC, "just reply in this dispute.",
  "just give us a call on +44 20 7946 0321 or message us on WhatsApp.",
  "sends the buyer to phone/WhatsApp")
e("i23a", IA, "review the case and make a decision,",
  "review the case and make a decision within 7 working days,",
  "adds an invented 7-day timeframe")
e("i23a", BL, "we're sorry the speaker reached you with a crushed grille.",
  "we're sorry the speaker reached you with a crushed grille, which is clearly down to Royal Mail's rough handling rather than anything on our side.",
  "blames Royal Mail")
e("i23a", PH, "Thank you for your message,",
  "Thank you for your message regarding order #{{order_number}},",
  "adds a template variable")
e("i23a", IN, "we have already submitted our evidence to the platform.",
  "we have already submitted our evidence to the platform. [Jess: photos + packing video uploaded Monday, check the dispute page daily for the specialist's questions]",
  "adds a note to a colleague")
e("i23a", SH, "we will fully respect whatever they decide.",
  "we will fully respect whatever they decide. There is NOTHING MORE WE CAN DO until then, so PLEASE stop messaging us!!!",
  "adds a shouted aggressive sentence")

# ---------------- i24a es (MX), propose_partial_or_return, cap 279.60 MXN
e("i24a", AC, "un reembolso parcial de hasta 279.60 MXN",
  "un reembolso parcial de hasta 420.00 MXN",
  "cap replaced with 420.00 MXN")
e("i24a", AC, "- Devolver el artículo y recibir el reembolso completo.",
  "- Devolver el artículo y recibir el reembolso completo.\n- O bien quedarse con todo y le reembolsamos el precio completo de la lámpara dañada, 349.50 MXN.",
  "adds a keep-and-refund of 349.50 MXN, above the 279.60 MXN cap")
e("i24a", IA, "¿Cuál de las dos opciones prefiere?",
  "¿Cuál de las dos opciones prefiere? Le pedimos responder antes del 12 de marzo; después la oferta ya no será válida.",
  "adds an invented response deadline")
e("i24a", IT, "Devolver el artículo y recibir",
  "Devolver el artículo con la guía prepagada EST-4418820573MX y recibir",
  "adds an invented prepaid return waybill number")
e("i24a", MR, "Muchas gracias por las fotos. Vemos que una de las lámparas llegó con el brazo roto y lamentamos mucho el inconveniente, sobre todo siendo para su oficina.",
  "Le escribimos en relación con su pedido de lámparas.",
  "thank-for-evidence/acknowledge sentence replaced by a neutral line")
