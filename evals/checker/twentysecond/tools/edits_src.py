"""BAD rows: (good_id, defect, old, new, what the edit does, intruding language or None).

Each edit is applied exactly once to the good reply; each plants exactly one defect.
"""

E = []


def e(good, defect, old, new, what, lang=None):
    E.append((good, defect, old, new, what, lang))


# ---------------- b01a en evidence_by_problem_type (not_working)
e("b01a", "refund_promise",
  "we'll come back to you with a solution.",
  "we'll come back to you with a solution. If it turns out to be faulty, we'll refund you in full straight away.",
  "promises a full refund, not allowed before the evidence is seen")
e("b01a", "feedback_request",
  "Thanks for your patience,",
  "Thanks for your patience, and we'd be grateful if you could hold off on leaving feedback until this is sorted out,",
  "asks the buyer to hold off on leaving feedback")
e("b01a", "off_platform_contact",
  "Even half a minute on your phone is enough.",
  "Even half a minute on your phone is enough; if the file is too big for the dispute page, just email it to support@soundneststore.com.",
  "asks the buyer to send the video by email")
e("b01a", "missing_required_point",
  "\n\nAs soon as the video reaches us, our technician will look at it and we'll come back to you with a solution.",
  "",
  "deletes the next_step point (look at the evidence and come back with a solution)")
e("b01a", "wrong_language",
  "That's not the experience we want for you.",
  "Lamentamos mucho las molestias, no es la experiencia que queremos para usted.",
  "one sentence in Spanish in an English reply", "es")
e("b01a", "invented_tracking_number",
  "That's not the experience we want for you.",
  "That's not the experience we want for you. We've checked the delivery record for parcel LP00427791385CN and can see it reached you.",
  "cites a tracking number with transposed digits (real one is LP00427719385CN)")

# ---------------- b02a es extend_delivery_time
e("b02a", "invented_amount_or_date",
  "pero sigue avanzando.",
  "pero sigue avanzando y debería llegarte antes del 5 de diciembre.",
  "invents an arrival date")
e("b02a", "blame",
  "a veces el sistema tarda en actualizarse cuando el paquete cruza de un país a otro, pero sigue avanzando.",
  "el retraso es culpa de Estafeta, que no escanea los paquetes como debería, pero sigue avanzando.",
  "blames the carrier for the delay")
e("b02a", "placeholder",
  "Tu reloj ya va en camino.",
  "Tu reloj ya va en camino (fecha estimada de entrega: {ETA}).",
  "leaves a {ETA} template slot")
e("b02a", "refund_promise",
  "hasta que el paquete llegue a tus manos.",
  "hasta que el paquete llegue a tus manos, y si al final no llega te devolvemos el dinero sin problema.",
  "promises a refund if the parcel does not arrive")
e("b02a", "feedback_request",
  "¿Podrías, por favor, cerrar la disputa por ahora?",
  "¿Podrías, por favor, cerrar la disputa por ahora? Y cuando recibas el reloj, te agradeceríamos mucho una valoración de cinco estrellas.",
  "asks for a five-star rating")
e("b02a", "off_platform_contact",
  "Gracias por escribirnos y disculpa la espera;",
  "Gracias por escribirnos y disculpa la espera (si prefieres, escríbenos por WhatsApp y te respondemos más rápido);",
  "invites the buyer to WhatsApp")

# ---------------- b03a fr propose_partial_or_return (cap 17.52 EUR)
e("b03a", "invented_tracking_number",
  "– ou vous nous renvoyez la robe et vous êtes remboursé intégralement.",
  "– ou vous nous renvoyez la robe (envoi de retour à suivre sous le numéro CP004417382FR) et vous êtes remboursé intégralement.",
  "invents a return tracking number")
e("b03a", "shouting",
  "Laquelle de ces deux options vous conviendrait le mieux ?",
  "MERCI DE NOUS RÉPONDRE RAPIDEMENT : laquelle de ces deux options vous conviendrait le mieux ???",
  "capitals and ??? demanding a quick answer")
e("b03a", "internal_note",
  "Bien cordialement,",
  "(Note interne : proposer d'abord le remboursement partiel dans le panneau de solutions, puis soumettre nos preuves.)\n\nBien cordialement,",
  "leaves an internal note about the solution panel and evidence")
e("b03a", "invented_amount_or_date",
  "Nous vous proposons deux solutions :",
  "Nous vous proposons deux solutions, valables jusqu'au 30 novembre :",
  "invents a deadline for the offer")
e("b03a", "blame",
  "et nous en sommes sincèrement désolés, surtout pour un cadeau.",
  "et nous en sommes désolés, même si les réglages de l'écran de votre téléphone exagèrent sans doute la différence.",
  "suggests the buyer's phone screen causes the colour difference")
e("b03a", "placeholder",
  "Bonjour Julien,",
  "Bonjour [Prénom du client],",
  "greeting replaced by a [first name] slot")
e("b03a", "amount_over_cap",
  "jusqu'à 17.52 EUR",
  "jusqu'à 25.00 EUR",
  "raises the partial refund to 25.00 EUR, over the 17.52 EUR cap")
e("b03a", "amount_over_cap",
  "– vous gardez la robe et nous vous remboursons partiellement, jusqu'à 17.52 EUR ;",
  "– vous gardez la robe et nous vous remboursons la moitié du prix ;",
  "offers half the price (29.20 EUR), over the 30% cap")

# ---------------- b03b fr propose_partial_or_return
e("b03b", "off_platform_contact",
  "Dites-nous simplement ce que vous préférez,",
  "Dites-nous simplement ce que vous préférez, par exemple en nous écrivant sur Instagram (@atelierrosa.officiel),",
  "sends the buyer to Instagram")
e("b03b", "missing_required_point",
  "\n\nDites-nous simplement ce que vous préférez, et nous nous en occupons tout de suite.",
  "",
  "deletes the ask_choice point")
e("b03b", "wrong_language",
  "Merci pour vos photos, elles sont très claires : la couleur reçue n'est pas celle de l'annonce, et nous comprenons votre déception.",
  "Thank you for your photos, they are very clear: the colour you received is not the one in the listing, and we understand your disappointment.",
  "first paragraph in English in a French reply", "en")
e("b03b", "invented_tracking_number",
  "soit vous la retournez et nous vous remboursons la totalité.",
  "soit vous la retournez avec l'étiquette de retour LX552093817FR et nous vous remboursons la totalité.",
  "invents a return label number")
e("b03b", "shouting",
  "Deux possibilités s'offrent à vous.",
  "ATTENTION : SEULEMENT DEUX POSSIBILITÉS !!!",
  "capitals and !!!")
e("b03b", "amount_over_cap",
  "un remboursement partiel pouvant aller jusqu'à 17.52 EUR",
  "un remboursement partiel de 40 % du prix",
  "offers 40% of the price, cap is 30% (17.52 EUR)")
e("b03b", "amount_over_cap",
  "pouvant aller jusqu'à 17.52 EUR",
  "de 35 EUR",
  "offers a 35 EUR partial refund, over the 17.52 EUR cap")

# ---------------- b04a de customs_clearance (buyer pays)
e("b04a", "placeholder",
  "schicken wir es Ihnen sehr gerne.",
  "schicken wir es Ihnen sehr gerne. <<Rechnungsnummer einfügen>>",
  "leaves an <<insert invoice number>> slot")
e("b04a", "refund_promise",
  "die Abgaben zu bezahlen und die Verzollung abzuschliessen?",
  "die Abgaben zu bezahlen und die Verzollung abzuschliessen? Die Kosten erstatten wir Ihnen anschliessend gerne zurück.",
  "promises to reimburse the duties (compensation)")
e("b04a", "feedback_request",
  "Freundliche Grüsse",
  "Über eine positive Bewertung, sobald die Mühle bei Ihnen ist, würden wir uns sehr freuen.\n\nFreundliche Grüsse",
  "asks for a positive review")
e("b04a", "off_platform_contact",
  "Wir verstehen, dass das Warten beunruhigend ist.",
  "Wir verstehen, dass das Warten beunruhigend ist. Am schnellsten erreichen Sie uns übrigens per Telegram unter @AlpinaHomeSupport.",
  "sends the buyer to Telegram")
e("b04a", "missing_required_point",
  "Bei dieser Bestellung liegen die Einfuhrabgaben beim Käufer. Dürfen wir Sie deshalb freundlich bitten, die Abgaben zu bezahlen und die Verzollung abzuschliessen?\n\n",
  "",
  "deletes the buyer_clearance point (buyer pays duties)")

# ---------------- b05a it offer_reshipment
e("b05a", "internal_note",
  "così partiamo subito.",
  "così partiamo subito. [Nota per Marco: prima di rispedire apri il reclamo con YunExpress e controlla il magazzino]",
  "note to a colleague about the carrier claim and stock")
e("b05a", "invented_amount_or_date",
  "Per te non ci sarebbe alcun costo aggiuntivo.",
  "Per te non ci sarebbe alcun costo aggiuntivo e il nuovo pacco arriverebbe in circa 12 giorni lavorativi.",
  "invents a delivery time of 12 working days")
e("b05a", "blame",
  "purtroppo sembra che il tuo pacco con il set di pennelli sia andato perso durante il viaggio.",
  "purtroppo YunExpress ha perso il tuo pacco con il set di pennelli: con loro succede spesso, non è la prima volta.",
  "blames the carrier")
e("b05a", "placeholder",
  "controlla che l'indirizzo di spedizione sia ancora corretto",
  "controlla che l'indirizzo di spedizione sia ancora corretto: {indirizzo_cliente}",
  "leaves an {indirizzo_cliente} slot")
e("b05a", "refund_promise",
  "Vorresti che te lo spedissimo di nuovo?",
  "Preferisci il rimborso completo oppure vorresti che te lo spedissimo di nuovo?",
  "offers a full refund as an alternative")

# ---------------- b06a pt confirm_reshipment
e("b06a", "wrong_language",
  "Vamos ficar de olho nesse novo pacote e avisamos você sobre qualquer novidade.",
  "Vamos a estar pendientes de este nuevo paquete y te avisaremos de cualquier novedad.",
  "keep_updated sentence in Spanish in a Portuguese reply", "es")
e("b06a", "invented_tracking_number",
  "Você pode acompanhar a entrega por ele.",
  "Você pode acompanhar a entrega por ele; no Brasil, o código dos Correios será NL482736195BR.",
  "invents a local Correios tracking number")
e("b06a", "shouting",
  "Seu pedido já foi enviado novamente, e o novo",
  "SEU PEDIDO JÁ FOI ENVIADO NOVAMENTE!!! O NOVO",
  "capitals and !!!")
e("b06a", "internal_note",
  "Abraços,",
  "OBS interna: não esquecer de subir o novo rastreio na disputa e marcar como reenvio no sistema.\n\nAbraços,",
  "internal reminder about uploading the tracking number")
e("b06a", "invented_amount_or_date",
  "ficamos felizes em poder resolver assim.",
  "ficamos felizes em poder resolver assim. O prazo de entrega é de 7 a 10 dias úteis.",
  "invents a 7-10 working-day delivery time")

# ---------------- b07a pl await_platform_decision
e("b07a", "feedback_request",
  "nadal jesteśmy do dyspozycji i chętnie pomożemy.",
  "nadal jesteśmy do dyspozycji i chętnie pomożemy. Będziemy też wdzięczni, jeśli do czasu decyzji wstrzyma się Pan z wystawieniem opinii o sklepie.",
  "asks the buyer to hold off on a review")
e("b07a", "off_platform_contact",
  "nadal jesteśmy do dyspozycji i chętnie pomożemy.",
  "nadal jesteśmy do dyspozycji, najlepiej pod adresem pomoc@domtech-store.pl.",
  "gives an email address")
e("b07a", "missing_required_point",
  "Chcielibyśmy poinformować, że przekazaliśmy już platformie nasze dowody w tej sprawie. ",
  "",
  "deletes the evidence_submitted point")
e("b07a", "wrong_language",
  "rozumiemy, że odkurzacz, który wyłącza się po kilku sekundach, to duży kłopot, i przykro nam z tego powodu.",
  "we understand that a vacuum that switches off after a few seconds is a real nuisance, and we are sorry about it.",
  "opening sentence in English in a Polish reply", "en")
e("b07a", "invented_tracking_number",
  "przekazaliśmy już platformie nasze dowody w tej sprawie.",
  "przekazaliśmy już platformie nasze dowody w tej sprawie, w tym potwierdzenie doręczenia przesyłki LP00740268613CN.",
  "cites a tracking number with swapped digits (real one is LP00740286613CN)")

# ---------------- b08a ru escalation_reply
e("b08a", "blame",
  "и прекрасно понимаем ваше недовольство: ждать зимнюю обувь так долго действительно неприятно.",
  "и понимаем ваше недовольство, но задержка целиком на совести Почты России, от нас тут ничего не зависит.",
  "blames the Russian post for the delay")
e("b08a", "placeholder",
  "С уважением,",
  "С уважением,\n[Имя менеджера]",
  "leaves a [manager name] slot above the signature")
e("b08a", "refund_promise",
  "чтобы найти решение вместе с вами,",
  "чтобы найти решение вместе с вами, и можем сразу предложить скидку на следующий заказ,",
  "offers a discount on the next order")
e("b08a", "feedback_request",
  "напишите нам здесь.",
  "напишите нам здесь. И очень просим пока не оставлять отрицательный отзыв, давайте сначала дождёмся решения.",
  "asks the buyer not to leave a negative review")
e("b08a", "off_platform_contact",
  "если у вас есть пожелания, напишите нам здесь.",
  "если у вас есть пожелания, напишите нам в Telegram или ВКонтакте, так будет быстрее.",
  "sends the buyer to Telegram / VK")

# ---------------- b09a nl return_instructions
e("b09a", "shouting",
  "Wil je het trackingnummer van de retourzending aan het geschil toevoegen?",
  "VOEG HET TRACKINGNUMMER VAN DE RETOURZENDING TOE AAN HET GESCHIL!!",
  "request turned into a capitalised order with !!")
e("b09a", "internal_note",
  "Met vriendelijke groet,",
  "[intern – remedy: return_instructions; retourpakket in de gaten houden en ontvangst meteen bevestigen]\n\nMet vriendelijke groet,",
  "internal note with the remedy id and a seller action")
e("b09a", "invented_amount_or_date",
  "wordt je terugbetaling verwerkt.",
  "wordt je terugbetaling binnen 3 werkdagen verwerkt.",
  "invents a 3-working-day refund time")
e("b09a", "blame",
  "Het platform heeft besloten tot retour en terugbetaling, en wij accepteren die beslissing natuurlijk.",
  "Het platform heeft besloten tot retour en terugbetaling. Wij vinden dat eerlijk gezegd niet terecht, want de lamp werkte prima toen hij bij ons vertrok, maar we accepteren het.",
  "reproaches the buyer: the lamp worked when it left us")
e("b09a", "placeholder",
  "Je kunt de lamp terugsturen naar dit adres:",
  "Je kunt de lamp terugsturen naar dit adres (ter attentie van: XXX):",
  "leaves an XXX slot")

# ---------------- b10a tr return_received
e("b10a", "missing_required_point",
  "Para iadeniz bundan sonra platform üzerinden yapılacak; süreç platform tarafından tamamlanacaktır.\n\n",
  "",
  "deletes the refund_follows point")
e("b10a", "wrong_language",
  "Bu sefer istediğiniz gibi olmadığı için üzgünüz. İleride sizinle yeniden alışveriş yapmayı umuyoruz.",
  "We are sorry it did not work out this time. We hope to do business with you again in the future.",
  "closing paragraph in English in a Turkish reply", "en")
e("b10a", "invented_tracking_number",
  "İade ettiğiniz cüzdan bize ulaştı, teslim aldık.",
  "İade ettiğiniz cüzdan bize ulaştı; RR482091375TR numaralı gönderiyi teslim aldık.",
  "cites a return tracking number with swapped digits (real one is RR482019375TR)")
e("b10a", "shouting",
  "Sabrınız için teşekkür ederiz.",
  "PARANIZ PLATFORMDAN GELECEK, BİZE TEKRAR YAZMANIZA GEREK YOK!!!",
  "aggressive capitals and !!!")
e("b10a", "internal_note",
  "Saygılarımızla,",
  "(İç not: iade onayını anlaşmazlık sayfasında işaretle, yoksa para serbest kalmaz.)\n\nSaygılarımızla,",
  "internal note about confirming the return in the dispute")

# ---------------- b11a ko evidence_by_problem_type (size_or_fit)
e("b11a", "refund_promise",
  "해결 방법을 가지고 다시 연락드리겠습니다.",
  "해결 방법을 가지고 다시 연락드리겠습니다. 사이즈가 다르면 더 큰 사이즈로 무료 교환해 드릴게요.",
  "promises a free exchange for a bigger size")
e("b11a", "feedback_request",
  "사진을 받는 대로",
  "그리고 가능하시면 상품 평점은 문제가 해결된 뒤에 남겨주시면 감사하겠습니다. 사진을 받는 대로",
  "asks the buyer to wait with the rating")
e("b11a", "off_platform_contact",
  "보내주실 수 있을까요?",
  "카카오톡 채널 '서울스타일'로 보내주실 수 있을까요?",
  "asks for the photo via KakaoTalk")
e("b11a", "missing_required_point",
  "정확히 확인할 수 있도록, 코트를 평평하게 펼쳐 놓고 줄자를 가로로 대어 잰 사진을 사이즈 라벨이 함께 보이도록 보내주실 수 있을까요?\n\n",
  "",
  "deletes the request_evidence point")
e("b11a", "wrong_language",
  "주문하신 코트의 어깨와 소매 사이즈가 맞지 않아 불편을 드려 정말 죄송합니다.",
  "非常抱歉，您订购的大衣肩宽和袖长不合适，给您带来了不便。",
  "apology paragraph in Chinese in a Korean reply", "zh")

# ---------------- b12a ja extend_delivery_time
e("b12a", "invented_amount_or_date",
  "お荷物は現在、お客様のもとへ配送中です。",
  "お荷物は現在、お客様のもとへ配送中で、11月28日までには到着する見込みです。",
  "invents an arrival date")
e("b12a", "blame",
  "お届けが遅れており、ご心配をおかけして申し訳ございません。",
  "お届けが遅れているのは日本郵便の配達が遅いためで、当店の責任ではございません。",
  "blames Japan Post and denies responsibility")
e("b12a", "placeholder",
  "佐藤 健 様",
  "{顧客名} 様",
  "greeting replaced by a {customer name} slot")
e("b12a", "refund_promise",
  "商品が届くまで引き続き安心してお待ちいただけます。",
  "商品が届くまで引き続き安心してお待ちいただけます。また、お詫びとして次回使える割引クーポンをお送りいたします。",
  "offers a discount coupon")
e("b12a", "feedback_request",
  "よろしくお願いいたします。",
  "商品がお手元に届きましたら、ぜひ高評価のレビューをお願いいたします。\n\nよろしくお願いいたします。",
  "asks for a good review")

# ---------------- b12b ja extend_delivery_time
e("b12b", "invented_tracking_number",
  "（追跡番号：LP00781204536CN）",
  "（追跡番号：LP00781204536CN、日本国内の追跡番号：EJ123948576JP）",
  "adds an invented domestic tracking number")
e("b12b", "shouting",
  "お手数ですが、紛争を一度取り下げていただけないでしょうか。",
  "とにかく紛争は今すぐ取り下げてください！！！",
  "aggressive demand with ！！！")
e("b12b", "internal_note",
  "引き続きどうぞよろしくお願いいたします。",
  "※社内メモ：お客様が同意したらセラーセンターで保護期間延長の手続きを忘れずに\n\n引き続きどうぞよろしくお願いいたします。",
  "internal memo about extending protection in the seller centre")
e("b12b", "invented_amount_or_date",
  "ただいま輸送中です",
  "ただいま輸送中で、あと3日ほどで到着予定です",
  "invents a 3-day arrival estimate")
e("b12b", "blame",
  "こんにちは。さくら雑貨店です。ご連絡ありがとうございます。",
  "こんにちは。さくら雑貨店です。ご連絡ありがとうございます。追跡が動かないのは税関の処理が遅いせいで、こちらではどうにもできません。",
  "blames customs")

# ---------------- b13a zh customs_clearance (seller pays)
e("b13a", "off_platform_contact",
  "感谢您的留言，也理解您的担心。",
  "感谢您的留言，也理解您的担心。如需更快回复，可以加我们的微信：youpin_home_cs。",
  "gives a WeChat id")
e("b13a", "missing_required_point",
  "请您放心，这笔订单的关税由我们来支付，清关手续也由我们负责办理，您不需要支付任何费用。\n\n",
  "",
  "deletes the seller_pays point")
e("b13a", "wrong_language",
  "海关放行还需要一点时间，恳请您再耐心等待一下。",
  "Customs still needs a little time to release it, so we kindly ask for your patience.",
  "ask_patience paragraph in English in a Chinese reply", "en")
e("b13a", "invented_tracking_number",
  "随时查看最新进度。",
  "随时查看最新进度，新加坡本地派送单号为 SG88420315776。",
  "invents a local delivery number")
e("b13a", "shouting",
  "您不需要支付任何费用。",
  "您不需要支付任何费用！！！不要再问了！！！",
  "aggressive ！！！ telling the buyer to stop asking")

# ---------------- b14a ar offer_reshipment
e("b14a", "placeholder",
  "هل ترغب في أن نعيد إرسال الساعة إليك",
  "هل ترغب في أن نعيد إرسال [اسم المنتج] إليك",
  "item name replaced by a [product name] slot")
e("b14a", "refund_promise",
  "دون أي تكلفة إضافية؟",
  "دون أي تكلفة إضافية، أم تفضل استرداد المبلغ كاملاً؟",
  "offers a full refund as an alternative")
e("b14a", "feedback_request",
  "مع خالص التحية،",
  "ونرجو منك بعد استلام الساعة أن تترك لنا تقييماً إيجابياً.\n\nمع خالص التحية،",
  "asks for a positive rating")
e("b14a", "off_platform_contact",
  "يرجى الرد هنا للتأكيد،",
  "يرجى التواصل معنا عبر الواتساب للتأكيد،",
  "asks the buyer to confirm on WhatsApp")
e("b14a", "missing_required_point",
  "\n\nإذا كنت موافقاً، يرجى الرد هنا للتأكيد، والتحقق من أن عنوان الشحن الخاص بك صحيح.",
  "",
  "deletes the ask_confirm point")

# ---------------- b15a sv propose_partial_or_return (cap 224.75 SEK, 25%)
e("b15a", "internal_note",
  "Vilket alternativ föredrar du?",
  "Vilket alternativ föredrar du?\n\nOBS till Linnea: lägg in delåterbetalningen i lösningspanelen och ladda upp våra packbilder innan fristen går ut.",
  "note to a colleague about the solution panel")
e("b15a", "invented_amount_or_date",
  "och får full återbetalning.",
  "och får full återbetalning inom 5 dagar efter att vi tagit emot den.",
  "invents a 5-day refund time")
e("b15a", "blame",
  "Vi är ledsna att ryggsäcken inte höll måttet.",
  "Sömmar brukar dock inte gå upp om man inte packar ryggsäcken för tungt, så den var kanske överlastad.",
  "suggests the buyer overloaded the backpack")
e("b15a", "placeholder",
  "Hej Erik,",
  "Hej Erik,\n\n[INFOGA STANDARDINLEDNING HÄR]",
  "leaves an [insert standard intro] slot")
e("b15a", "refund_promise",
  "och får full återbetalning.",
  "och får full återbetalning.\n– Du får en helt ny ryggsäck skickad till dig utan kostnad och behåller den gamla.",
  "adds a free new backpack as a third option")
e("b15a", "amount_over_cap",
  "upp till 224.75 SEK",
  "upp till 450 SEK",
  "partial refund up to 450 SEK, over the 224.75 SEK cap")
e("b15a", "amount_over_cap",
  "Du behåller ryggsäcken och får en delåterbetalning på upp till 224.75 SEK.",
  "Du behåller ryggsäcken och vi betalar tillbaka halva priset.",
  "offers half the price (449.50 SEK), over the 25% cap")

# ---------------- b16a cs confirm_reshipment
e("b16a", "wrong_language",
  "Novou zásilku budeme průběžně sledovat a o všem Vás budeme informovat.",
  "Nowej przesyłki będziemy pilnować i będziemy Pana o wszystkim informować.",
  "keep_updated sentence in Polish in a Czech reply", "pl")
e("b16a", "invented_tracking_number",
  "Nové sledovací číslo zásilky je LP00613002847CN.",
  "Nové sledovací číslo zásilky je LP00613002847CN, v České republice ji najdete pod číslem RR019384756CZ.",
  "adds an invented Czech post tracking number")
e("b16a", "shouting",
  "Váhu jsme Vám již znovu odeslali na stejnou adresu.",
  "VÁHU JSME VÁM UŽ ZNOVU ODESLALI NA STEJNOU ADRESU, TAK PROSÍM BUĎTE TRPĚLIVÝ!!!",
  "capitals and !!!")
e("b16a", "internal_note",
  "S pozdravem",
  "Pozn. pro sklad: původní zásilka UA401928375CN – podat reklamaci u Yanwen.\n\nS pozdravem",
  "note for the warehouse about a carrier claim")
e("b16a", "invented_amount_or_date",
  "na stejnou adresu.",
  "na stejnou adresu, doručení očekáváme do 14 dnů.",
  "invents a 14-day delivery estimate")

# ---------------- b17a uk await_platform_decision
e("b17a", "feedback_request",
  "Якщо у вас виникнуть запитання,",
  "Просимо також не залишати негативний відгук про магазин, поки платформа не ухвалить рішення. Якщо у вас виникнуть запитання,",
  "asks the buyer not to leave a negative review")
e("b17a", "off_platform_contact",
  "ми й надалі поруч і охоче допоможемо.",
  "ми й надалі поруч: пишіть нам у Viber, там відповідаємо найшвидше.",
  "sends the buyer to Viber")
e("b17a", "missing_required_point",
  " Тепер рішення ухвалить фахівець платформи з розгляду спорів, і ми його поважатимемо.",
  "",
  "deletes the await_decision point")
e("b17a", "wrong_language",
  "Нам дуже прикро, що рюкзак досі не у вас, і ми розуміємо, як це неприємно.",
  "Нам очень жаль, что рюкзак до сих пор не у вас, и мы понимаем, как это неприятно.",
  "opening sentence in Russian in a Ukrainian reply", "ru")
e("b17a", "invented_tracking_number",
  "щодо цього замовлення.",
  "щодо цього замовлення, зокрема підтвердження доставки Нової Пошти за ТТН 20450038117263.",
  "invents a Nova Poshta waybill number")

# ---------------- b18a ro escalation_reply
e("b18a", "blame",
  "o cameră care nu se conectează și răspunsuri care nu vă ajută nu sunt deloc ce v-ați dorit.",
  "totuși, din experiența noastră, camera nu se conectează doar atunci când routerul nu a fost configurat corect de client.",
  "suggests the buyer's router is misconfigured")
e("b18a", "placeholder",
  "Vom colabora cu specialistul platformei pentru dispute",
  "Vom colabora cu specialistul platformei pentru dispute (dosar nr. ####)",
  "leaves a #### slot")
e("b18a", "refund_promise",
  "să găsim împreună cu dumneavoastră o soluție,",
  "să găsim împreună cu dumneavoastră o soluție (de exemplu, vă putem trimite gratuit o cameră nouă),",
  "offers a free new camera")
e("b18a", "feedback_request",
  "dacă doriți să continuăm discuția aici.",
  "dacă doriți să continuăm discuția aici. Iar după ce rezolvăm, v-am ruga să ne lăsați și o recenzie pozitivă.",
  "asks for a positive review")
e("b18a", "off_platform_contact",
  "dacă doriți să continuăm discuția aici.",
  "dacă doriți să continuăm discuția la telefon sau pe WhatsApp.",
  "moves the conversation to phone / WhatsApp")

# ---------------- b19a hu return_instructions
e("b19a", "shouting",
  "Kérjük, a táskát erre a címre küldje vissza:",
  "KIZÁRÓLAG ERRE A CÍMRE KÜLDJE VISSZA A TÁSKÁT, MÁSHOVA NEM!!!",
  "capitals and !!!")
e("b19a", "internal_note",
  "Üdvözlettel:",
  "Belső megjegyzés: a visszárut beérkezéskor lefotózni, és azonnal visszaigazolni a vitában.\n\nÜdvözlettel:",
  "internal note about photographing and confirming the return")
e("b19a", "invented_amount_or_date",
  "feldolgozzuk a visszatérítést.",
  "2 munkanapon belül feldolgozzuk a visszatérítést.",
  "invents a 2-working-day refund time")
e("b19a", "blame",
  "A platform visszaküldésről és visszatérítésről döntött, és mi ezt elfogadjuk.",
  "A platform visszaküldésről és visszatérítésről döntött, bár szerintünk a táska eredeti volt, csak Ön nem ismerte fel a márkajelzést. Elfogadjuk.",
  "suggests the buyer misjudged the brand markings")
e("b19a", "placeholder",
  "a visszaküldés nyomkövetési számát adja hozzá",
  "a visszaküldés nyomkövetési számát (pl. XXXXXXXXXX) adja hozzá",
  "leaves an XXXXXXXXXX slot")

# ---------------- b19b hu return_instructions
e("b19b", "missing_required_point",
  "Visszaküldési cím: Divat Pont Visszáru, Fehérvári út 120, 1116 Budapest, Magyarország\n\n",
  "",
  "deletes the return_address point")
e("b19b", "wrong_language",
  "Bízunk benne, hogy máskor is szívesen vásárol tőlünk!",
  "Wir hoffen, dass Sie bald wieder bei uns einkaufen!",
  "trade_again sentence in German in a Hungarian reply", "de")
e("b19b", "invented_tracking_number",
  "a feladás nyomkövetési számát.",
  "a feladás nyomkövetési számát. A visszaküldéshez előre kitöltött címkét is készítettünk, száma: RB774102936HU.",
  "invents a return label number")
e("b19b", "shouting",
  "A visszatérítést a csomag beérkezése után indítjuk.",
  "A VISSZATÉRÍTÉST CSAK A CSOMAG BEÉRKEZÉSE UTÁN INDÍTJUK, ELŐBB NEM!",
  "capitals")
e("b19b", "internal_note",
  "Természetesen, itt a cím még egyszer.",
  "Természetesen, itt a cím még egyszer. (Szabály: ruled_return_pending, a szöveg jóváhagyva, mehet.)",
  "internal rule id and approval note")

# ---------------- b20a el return_received
e("b20a", "refund_promise",
  "ελπίζουμε να συνεργαστούμε ξανά στο μέλλον.",
  "ελπίζουμε να συνεργαστούμε ξανά στο μέλλον· στην επόμενη παραγγελία σας θα έχετε έκπτωση από εμάς.",
  "offers a discount on the next order")
e("b20a", "feedback_request",
  "Ευχαριστούμε για την υπομονή σας.",
  "Ευχαριστούμε για την υπομονή σας και θα εκτιμούσαμε αν αφαιρούσατε την αρνητική κριτική που αφήσατε.",
  "asks the buyer to remove a negative review")
e("b20a", "off_platform_contact",
  "θα ακολουθήσει τώρα μέσω της πλατφόρμας.",
  "θα ακολουθήσει τώρα μέσω της πλατφόρμας· για οποιαδήποτε απορία, στείλτε μας email στο info@aigaioshop.gr.",
  "gives an email address")
e("b20a", "missing_required_point",
  "Σας ενημερώνουμε ότι παραλάβαμε την οδοντόβουρτσα που μας επιστρέψατε. ",
  "",
  "deletes the return_arrived point")
e("b20a", "wrong_language",
  "Λυπούμαστε που το προϊόν δεν ανταποκρίθηκε στις προσδοκίες σας και ελπίζουμε να συνεργαστούμε ξανά στο μέλλον.",
  "We are sorry the product did not meet your expectations and we hope to work with you again in the future.",
  "closing paragraph in English in a Greek reply", "en")

# ---------------- b21a da evidence_by_problem_type (damaged)
e("b21a", "invented_amount_or_date",
  "Så snart vi har modtaget billederne,",
  "Send dem gerne senest fredag den 21. november. Så snart vi har modtaget billederne,",
  "invents a deadline for the photos")
e("b21a", "blame",
  "Det er vi virkelig kede af at høre – og vi forstår godt, at det er ærgerligt, når man har glædet sig.",
  "Det er vi kede af at høre. Desværre er det PostNord, der har været for hårdhændet med pakken; den var pakket helt forsvarligt, da den forlod os.",
  "blames the carrier")
e("b21a", "placeholder",
  "For at vi kan undersøge sagen hurtigt,",
  "For at vi kan undersøge sagen (ordre INDSÆT ORDRENR) hurtigt,",
  "leaves an INSERT ORDER NO slot")
e("b21a", "refund_promise",
  "vender tilbage til dig med en løsning.",
  "vender tilbage til dig med en løsning. Vi sender selvfølgelig et nyt sæt vaser gratis.",
  "promises a free replacement set before the evidence")
e("b21a", "feedback_request",
  "Mange hilsner",
  "Og vent gerne med at skrive en anmeldelse, til vi har fundet en løsning sammen.\n\nMange hilsner",
  "asks the buyer to wait with the review")

# ---------------- b22a fi customs_clearance (payer unknown)
e("b22a", "invented_tracking_number",
  "seurantanumerolla LP00718830452CN.",
  "seurantanumerolla LP00718830452CN tai Postin omalla numerolla JJFI65432100012345678.",
  "adds an invented Posti tracking number")
e("b22a", "shouting",
  "Pyydämme vielä hieman kärsivällisyyttä, kun hoidamme asiaa.",
  "ODOTTAKAA NYT VAIN KÄRSIVÄLLISESTI, ASIA ON HOIDOSSA!!!",
  "capitals and !!!")
e("b22a", "internal_note",
  "Ystävällisin terveisin",
  "// sisäinen: älä maksa tullimaksuja ennen kuin on selvää, kuka ne maksaa (tilausehdot + kuljetusyhtiö)\n\nYstävällisin terveisin",
  "internal comment about not paying duties yet")
e("b22a", "invented_amount_or_date",
  "ja kerromme sinulle heti, kun tiedämme lisää.",
  "ja kerromme sinulle viimeistään 3 arkipäivän kuluessa.",
  "invents a 3-working-day deadline")
e("b22a", "blame",
  "Pahoittelemme, että odotus venyy.",
  "Valitettavasti Suomen tulli on tunnetusti hidas, ja siksi odotus venyy.",
  "blames Finnish customs")

# ---------------- b23a en propose_partial_or_return (cap 25.60 GBP, 40%)
e("b23a", "off_platform_contact",
  "Just let us know here and we'll get it moving.",
  "Just drop us a line at help@littleoaktoys.co.uk and we'll get it moving.",
  "gives an email address")
e("b23a", "missing_required_point",
  "We'd like to offer you a choice. You can keep the play kitchen and we'll give you a partial refund of up to 25.60 GBP, or you can return it to us for a full refund.",
  "We'd like to put this right for you.",
  "replaces the offer_options paragraph with a harmless sentence")
e("b23a", "wrong_language",
  "Which would you prefer?",
  "¿Qué opción prefiere usted?",
  "the question in Spanish in an English reply", "es")
e("b23a", "invented_tracking_number",
  "Thank you for sending the photo.",
  "Thank you for sending the photo of parcel LP00296637105CN.",
  "cites a tracking number with swapped digits (real one is LP00296673105CN)")
e("b23a", "shouting",
  "Which would you prefer?",
  "PLEASE TELL US WHICH ONE YOU WANT!!!",
  "capitals and !!!")
e("b23a", "amount_over_cap",
  "a partial refund of up to 25.60 GBP",
  "a partial refund of up to 35.00 GBP",
  "partial refund up to 35.00 GBP, over the 25.60 GBP cap")
e("b23a", "amount_over_cap",
  "You can keep the play kitchen and we'll give you a partial refund of up to 25.60 GBP,",
  "You can keep the play kitchen and we'll refund half of what you paid,",
  "offers half the price (32.00 GBP), over the 40% cap")

# ---------------- b23b en propose_partial_or_return
e("b23b", "placeholder",
  "can see the missing parts;",
  "can see the missing parts ({{missing_parts_list}});",
  "leaves a {{missing_parts_list}} slot")
e("b23b", "refund_promise",
  "• send it back to us and receive a full refund.",
  "• send it back to us and receive a full refund; or\n• we send you the missing oven door and knobs free of charge.",
  "adds free replacement parts as a third option")
e("b23b", "feedback_request",
  "Please tell us which option suits you best.",
  "Please tell us which option suits you best, and once it's settled, a kind word in your feedback would mean a lot to a small shop like ours.",
  "asks for good feedback")
e("b23b", "off_platform_contact",
  "Best wishes,",
  "If it's easier, you can also reach me on WhatsApp and we can sort it out there.\n\nBest wishes,",
  "invites the buyer to WhatsApp")
e("b23b", "missing_required_point",
  "Many thanks for the evidence you uploaded. We've looked at the photo and can see the missing parts; apologies, that's not how the set should have reached you.\n\n",
  "",
  "deletes the thank_evidence point")
e("b23b", "amount_over_cap",
  "• keep the kitchen, with a partial refund of up to 25.60 GBP; or",
  "• keep the kitchen, with a partial refund of up to 60% of the price; or",
  "offers up to 60% of the price, cap is 40% (25.60 GBP)")
e("b23b", "amount_over_cap",
  "with a partial refund of up to 25.60 GBP",
  "with a partial refund of 40.00 GBP",
  "partial refund of 40.00 GBP, over the 25.60 GBP cap")

# ---------------- b24a es propose_partial_or_return (cap 39.99 EUR, 50%)
e("b24a", "internal_note",
  "¿Cuál de las dos prefieres?",
  "¿Cuál de las dos prefieres?\n\n>> Nota para el equipo: antes de nada subir nuestras propias pruebas a la plataforma y proponer el reembolso parcial en el panel.",
  "internal note to the team")
e("b24a", "invented_amount_or_date",
  "Devolvernos el artículo y recibir el reembolso completo.",
  "Devolvernos el artículo en un plazo de 10 días y recibir el reembolso completo.",
  "invents a 10-day return deadline")
e("b24a", "blame",
  "Sentimos mucho la confusión y el tiempo que te ha hecho perder.",
  "La confusión viene de nuestro proveedor, que nos etiquetó mal el lote; nosotros no tuvimos nada que ver.",
  "blames the supplier")
e("b24a", "placeholder",
  "Gracias por las fotos y la captura;",
  "Gracias por las fotos y la captura del pedido n.º <ORDER_ID>;",
  "leaves an <ORDER_ID> slot")
e("b24a", "refund_promise",
  "- Devolvernos el artículo y recibir el reembolso completo.",
  "- Devolvernos el artículo y recibir el reembolso completo.\n- O, si lo prefieres, te enviamos gratis los auriculares correctos y te quedas también con los otros.",
  "adds a free reshipment of the right item as a third option")
e("b24a", "amount_over_cap",
  "hasta 39.99 EUR",
  "hasta 55 EUR",
  "partial refund up to 55 EUR, over the 39.99 EUR cap")
e("b24a", "amount_over_cap",
  "Quedarte con los auriculares recibidos y recibir un reembolso parcial de hasta 39.99 EUR.",
  "Quedarte con los auriculares recibidos y te devolvemos el 70 % del importe.",
  "offers 70% of the price, cap is 50% (39.99 EUR)")
e("b24a", "amount_over_cap",
  "un reembolso parcial de hasta 39.99 EUR",
  "un reembolso parcial de 60.00 EUR",
  "partial refund of 60.00 EUR, over the 39.99 EUR cap")

# ---------------- added to balance the defect counts
e("b21a", "wrong_language",
  "Så snart vi har modtaget billederne, kigger vi på dem og vender tilbage til dig med en løsning.",
  "Så snart vi har fått bilderna tittar vi på dem och återkommer till dig med en lösning.",
  "next_step sentence in Swedish in a Danish reply", "sv")
e("b14a", "shouting",
  "مرة أخرى دون أي تكلفة إضافية؟",
  "مرة أخرى دون أي تكلفة إضافية؟؟؟ أجبنا بسرعة!!!",
  "??? and !!! demanding a fast answer")
e("b08a", "internal_note",
  "предоставим ему все наши доказательства.",
  "предоставим ему все наши доказательства. (Для Лены: до дедлайна загрузить в спор трек, переписку и фото упаковки!)",
  "note to a colleague about uploading evidence")
