"""The 156 planted defects. Each row: (good_id, defect, op, target, text, note[, intruding language]).
op: rep (replace target by text), ins_after (insert text right after target), ins_before, del (delete target).
The target must occur exactly once in the good reply."""

B = []

def b(gid, defect, op, target, text, note, lang=None):
    B.append(dict(gid=gid, defect=defect, op=op, target=target, text=text, note=note, lang=lang))

# ---- ns01a en-GB evidence_by_problem_type
b("ns01a", "refund_promise", "ins_after", "A second shot along the sleeve would help too.",
  " In the meantime, we've added a goodwill voucher to your account for the trouble.", "voucher offered before any evidence is seen")
b("ns01a", "invented_amount_or_date", "rep", "come back to you with a solution.",
  "come back to you with a solution within 72 hours.", "invented deadline: 72 hours")
b("ns01a", "off_platform_contact", "ins_before", "Warm regards, the Northbay Outfitters team",
  "If the upload here gives you trouble, just email the photos to help@northbayoutfitters.co.uk instead.\n\n", "e-mail address postscript")
b("ns01a", "internal_note", "ins_after", "we want to put it right with you.",
  "\n\n[Internal: problem type size_or_fit; compare with the listing size chart before replying.]", "bracketed internal line with the variant id")
b("ns01a", "feedback_request", "ins_after", "come back to you with a solution.",
  " Once it's sorted, we'd be grateful if you could revise the rating you left us.", "asks to change the rating")
b("ns01a", "shouting", "rep", "To check the sizing properly, could you please send us a photo of the jacket laid flat with a measuring tape across it, next to its size label?",
  "To check the sizing properly, YOU MUST SEND US a photo of the jacket laid flat with a measuring tape across it, next to its size label!!!", "capitals and !!! on the evidence request")

# ---- ns02a es-MX evidence (usted)
b("ns02a", "invented_amount_or_date", "rep", "le responderemos con una solución.",
  "le responderemos con una solución en un plazo máximo de cinco días hábiles.", "spelled invented deadline: cinco días hábiles")
b("ns02a", "invented_tracking_number", "ins_after", "queremos resolverlo con usted.",
  " Ya ubicamos su envío con la guía EF733019871MX.", "invented guide number (real one is EF733019452MX)")
b("ns02a", "placeholder", "ins_after", "tal como la recibió?",
  " Puede subirlas aquí antes del {fecha_limite}.", "unfilled {fecha_limite} slot")
b("ns02a", "feedback_request", "ins_after", "le responderemos con una solución.",
  "\n\nMientras tanto, le pedimos de favor que retire la disputa para que podamos atenderla con más calma.", "asks to withdraw the dispute")
b("ns02a", "missing_required_point", "del",
  "\n\nPara revisar el caso cuanto antes, ¿podría enviarnos fotos del daño y también de la caja exterior tal como la recibió?", "",
  "removed point: request_evidence")

# ---- ns02b es-MX evidence (tú)
b("ns02b", "refund_promise", "ins_after", "sentimos mucho las molestias.",
  " Te vamos a devolver el dinero de todas formas, no te preocupes.", "promises the money back before evidence")
b("ns02b", "off_platform_contact", "rep", "en este mismo chat.",
  "también por WhatsApp si te resulta más cómodo, solo pídenos el número.", "WhatsApp")
b("ns02b", "wrong_language", "ins_after", "Gracias por escribirnos.",
  " Ficamos muito tristes com o que aconteceu.", "Portuguese sentence in a Spanish reply", "pt")
b("ns02b", "blame", "ins_after", "sentimos mucho las molestias.",
  " La verdad, la paquetería maltrata todo lo que toca.", "blames the carrier")

# ---- ns03a ru evidence
b("ns03a", "refund_promise", "ins_after", "вместе с вами.",
  " Деньги за чайник мы вернём вам в любом случае, даже без проверки.", "promises money back without evidence")
b("ns03a", "off_platform_contact", "rep", "пришлите короткое видео",
  "пришлите нам в Telegram @chainy_dom_help короткое видео", "Telegram handle")
b("ns03a", "placeholder", "rep", "что чайник не включается:",
  "что [НАЗВАНИЕ ТОВАРА] не включается:", "[НАЗВАНИЕ ТОВАРА] slot for the item")
b("ns03a", "internal_note", "ins_before", "С уважением, команда магазина «Чайный Дом»",
  "Коллегам: перед отправкой сверить видео с описанием в карточке товара и весом посылки.\n\n", "note to colleagues")
b("ns03a", "wrong_language", "rep", "Мы хотим разобраться в ситуации вместе с вами.",
  "Ми хочемо розібратися в ситуації разом з вами.", "Ukrainian sentence in a Russian reply", "uk")
b("ns03a", "blame", "ins_after", "вместе с вами.",
  " Скорее всего, чайник повредили на почте: там с посылками обращаются как попало.", "blames the post")

# ---- ns04a ja extend_delivery_time
b("ns04a", "refund_promise", "ins_after", "安心してお待ちいただけます。",
  "また、お詫びとして次回使えるクーポンもお送りいたします。", "coupon while asking to close the dispute")
b("ns04a", "invented_amount_or_date", "rep", "お荷物は現在お届けに向けて輸送中で、",
  "お荷物は現在お届けに向けて輸送中で、あと4日ほどで到着する見込みです。", "invented delivery estimate: 4 days")
b("ns04a", "invented_tracking_number", "ins_after", "状況をご確認いただけます。",
  "（国内配送の追跡番号は JP5530218846 です。）", "invented domestic tracking number")
b("ns04a", "internal_note", "ins_before", "Hikari Case Shop スタッフ一同",
  "※社内メモ：延長手続きは購入者の同意後にセラーセンターで行うこと\n\n", "internal memo line")
b("ns04a", "wrong_language", "ins_after", "申し訳ございません。",
  " We really appreciate your patience.", "English sentence in a Japanese reply", "en")
b("ns04a", "feedback_request", "ins_after", "安心してお待ちいただけます。",
  "商品がお手元に届きましたら、ぜひ高評価のレビューをお願いいたします。", "asks for a high-rated review (in-transit reply: closing the dispute is required, the review request is the defect)")

# ---- ns05a fr extend_delivery_time
b("ns05a", "invented_amount_or_date", "rep", "votre colis est bien en route,",
  "votre colis est bien en route et devrait arriver d'ici le 12 novembre,", "invented delivery date")
b("ns05a", "invented_tracking_number", "rep", "avec le numéro de suivi LB904417726FR.",
  "avec le numéro de suivi LB904417726FR (référence commande 5605902771).", "invented order reference (real 5605902217)")
b("ns05a", "internal_note", "ins_after", "Merci beaucoup pour votre compréhension.",
  "\n\nÀ faire avant envoi : capture du suivi à joindre au litige + prolonger la protection dans le centre vendeur.", "seller checklist line")
b("ns05a", "wrong_language", "rep", "Merci beaucoup pour votre compréhension.",
  "Grazie mille per la sua comprensione.", "Italian sentence in a French reply", "it")
b("ns05a", "shouting", "rep", "Pourriez-vous, s'il vous plaît, fermer le litige pour le moment ?",
  "FERMEZ LE LITIGE MAINTENANT !!!", "bossy capitals replacing the polite ask")

# ---- ns05b fr extend_delivery_time (short)
b("ns05b", "refund_promise", "ins_after", "quoi qu'il arrive.",
  " Et si le colis tarde encore, on vous rembourse sans discuter.", "promises a refund")
b("ns05b", "off_platform_contact", "rep", "Nous restons à votre écoute ici même.",
  "Pour toute question, appelez directement notre service client : le numéro figure sur atelier-basket.fr.", "phone + website")
b("ns05b", "feedback_request", "ins_after", "pour l'instant ?",
  " Et une fois les baskets reçues, une jolie note sur la boutique nous ferait très plaisir !", "asks for a good rating (in-transit reply)")
b("ns05b", "missing_required_point", "rep",
  " Nous vous proposons de prolonger de 15 jours votre protection d'achat, pour que vous restiez couvert quoi qu'il arrive. En échange, accepteriez-vous",
  " Accepteriez-vous", "removed point: extend_protection")

# ---- ns06a de-AT extend_delivery_time
b("ns06a", "refund_promise", "ins_after", "vollständig abgesichert bleiben.",
  " Als kleine Entschädigung für das Warten schreiben wir Ihnen außerdem einen Gutschein gut.", "compensation voucher")
b("ns06a", "invented_tracking_number", "rep", "Mit der Sendungsnummer AT0073355120 können",
  "Mit der Sendungsnummer AT0073355120 oder der Bestellnummer 5606451919 können", "invented order number (real 5606451190)")
b("ns06a", "placeholder", "ins_after", "wo es gerade ist.",
  " Voraussichtliche Zustellung: <LIEFERDATUM>.", "<LIEFERDATUM> slot")
b("ns06a", "wrong_language", "ins_after", "verstehen wir Ihren Ärger sehr gut.",
  " Onze excuses voor het lange wachten.", "Dutch sentence in a German reply", "nl")
b("ns06a", "blame", "rep", "es tut uns wirklich leid, dass die Drohne noch nicht bei Ihnen ist.",
  "die Drohne ist noch nicht bei Ihnen, weil die Post wieder einmal trödelt.", "blames the carrier")
b("ns06a", "shouting", "rep", "Dürfen wir Sie bitten, den Streitfall vorerst zu schließen?",
  "Schließen Sie JETZT den Streitfall, sonst können wir NICHTS für Sie tun!", "capitals and a threat")
b("ns06a", "missing_required_point", "del",
  "\n\nDie gute Nachricht: Das Paket ist unterwegs zu Ihnen. Mit der Sendungsnummer AT0073355120 können Sie jederzeit sehen, wo es gerade ist.", "",
  "removed point: in_transit (with the tracking number)")

# ---- ns07a it propose_partial_or_return (list)
b("ns07a", "amount_over_cap", "ins_after", "- restituire la borsa e ricevere il rimborso completo.",
  "\n- oppure tenere la borsa e ricevere comunque l'intero importo di 89 EUR.", "keep the item and get the full 89 EUR (cap 22.25 EUR)")
b("ns07a", "amount_over_cap", "rep", "fino a 22.25 EUR;",
  "fino a 22.25 EUR (ma per lei possiamo salire anche a 35 EUR);", "partial refund of 35 EUR above the 22.25 EUR cap")
b("ns07a", "off_platform_contact", "ins_after", "procederemo subito.",
  " Se preferisce, ci scriva pure su Instagram a @pelletteria.arno.", "Instagram")
b("ns07a", "feedback_request", "ins_after", "procederemo subito.",
  "\nE se resterà soddisfatta della soluzione, le chiediamo gentilmente di modificare la recensione negativa.", "asks to change the review")
b("ns07a", "missing_required_point", "del", "\n\nCi faccia sapere quale delle due preferisce, e procederemo subito.", "",
  "removed point: ask_choice")

# ---- ns07b it propose (prose)
b("ns07b", "amount_over_cap", "rep", "oppure rispedircela e ottenere il rimborso totale dopo il reso.",
  "oppure rispedircela e ottenere il doppio di quanto ha pagato.", "refund of twice what was paid")
b("ns07b", "invented_tracking_number", "ins_after", "Attendiamo la sua risposta qui nella conversazione.",
  " Per il reso potrà usare l'etichetta con codice RR220871999IT.", "invented return tracking code")
b("ns07b", "internal_note", "ins_after", "Ci scusiamo per il disagio.",
  " [nota per Marco: proporre il parziale nel pannello soluzioni, non oltre il tetto]", "note to a colleague")
b("ns07b", "shouting", "rep", "Quale soluzione preferisce?",
  "DECIDA SUBITO QUALE SOLUZIONE VUOLE!!", "capitals, bossy")

# ---- ns08a pt-BR propose (list)
b("ns08a", "amount_over_cap", "ins_after", "- devolver o relógio e receber o reembolso total.",
  "\nSe preferir, pode até ficar com o relógio e receber de volta tudo o que pagou.", "keep the item with a full refund")
b("ns08a", "invented_amount_or_date", "ins_after", "Qual das duas você prefere?",
  " Responda em até 48 horas para garantirmos essa condição.", "invented 48-hour deadline")
b("ns08a", "placeholder", "rep", "como você pediu.",
  "como você pediu no pedido nº {order_id}.", "{order_id} slot")
b("ns08a", "feedback_request", "ins_before", "Abraços, equipe Tempo Certo",
  "Depois, se puder, cancele a disputa para agilizar tudo.\n\n", "asks to cancel the dispute")
b("ns08a", "shouting", "rep", "Pedimos desculpas pelo engano.",
  "NÓS JÁ PEDIMOS DESCULPAS, OK?!", "capitals, aggressive")

# ---- ns08b pt-BR propose (informal)
b("ns08b", "amount_over_cap", "rep", "reembolso parcial de até 65.97 BRL;",
  "reembolso parcial de até 65.97 BRL, e para você abrimos uma exceção de até metade do valor;", "half the price (50%) above the 30% cap")
b("ns08b", "internal_note", "ins_after", "Sentimos muito por isso.",
  " (Obs. interna: regra escalated_buyer_evidence, teto de reembolso parcial aplicado.)", "rule id in an internal remark")
b("ns08b", "blame", "rep", "Sentimos muito por isso.",
  "Isso foi erro do nosso fornecedor, que mandou o lote errado.", "blames the supplier")
b("ns08b", "missing_required_point", "del", " Conta pra gente qual opção fica melhor para você?", "",
  "removed point: ask_choice")

# ---- ns09a nl-BE propose
b("ns09a", "amount_over_cap", "rep", "van maximaal 21.98 EUR,",
  "van maximaal 21.98 EUR (of, als u wilt, gewoon het volledige bedrag van 54.95 EUR),", "keep + full 54.95 EUR (cap 21.98 EUR)")
b("ns09a", "amount_over_cap", "rep", "krijgt het volledige bedrag terugbetaald.",
  "krijgt het volledige bedrag terugbetaald, plus nog eens de helft erbovenop.", "refund above what was paid")
b("ns09a", "off_platform_contact", "ins_after", "Welke oplossing heeft uw voorkeur?",
  " Bel ons gerust even via het nummer op keukenhoek.be, dan regelen we het sneller.", "phone + website")
b("ns09a", "wrong_language", "ins_after", "Welke oplossing heeft uw voorkeur?",
  " Bitte geben Sie uns kurz Bescheid.", "German sentence in a Dutch reply", "de")
b("ns09a", "shouting", "rep", "Welke oplossing heeft uw voorkeur?",
  "KIES NU EEN OPLOSSING, WE WACHTEN NIET EEUWIG!!!", "capitals, !!!")

# ---- ns10a tr customs_clearance (buyer pays)
b("ns10a", "refund_promise", "ins_after", "hemen göndeririz.",
  " Ödediğiniz gümrük vergisini de size iade edeceğiz.", "promises to pay back the duties (compensation)")
b("ns10a", "invented_amount_or_date", "rep", "vergiyi ödeyip",
  "yaklaşık 350 TL tutarındaki vergiyi ödeyip", "invented duty amount")
b("ns10a", "invented_tracking_number", "ins_after", "izleyebilirsiniz.",
  " Gümrükteki gönderi referans numarası ise TR8830021457.", "invented reference number")
b("ns10a", "placeholder", "ins_after", "hemen göndeririz.",
  " Fatura tarihi: GG.AA.YYYY", "date template GG.AA.YYYY")
b("ns10a", "wrong_language", "rep", "Anlayışınız için çok teşekkür ederiz.",
  "Anlayışınız üçün çox sağ olun.", "Azerbaijani sentence in a Turkish reply", "az")
b("ns10a", "blame", "ins_after", "izleyebilirsiniz.",
  " Gümrük her zamanki gibi işleri yokuşa sürüyor.", "blames customs")
b("ns10a", "missing_required_point", "del",
  "Bu siparişte ithalat vergileri alıcıya ait olduğu için, vergiyi ödeyip gümrük işlemlerini tamamlamanızı rica ederiz. ", "",
  "removed point: buyer_clearance")

# ---- ns11a ko customs_clearance (seller pays)
b("ns11a", "refund_promise", "ins_after", "따로 내실 금액은 없습니다.",
  " 배송 지연에 대한 보상으로 적립금도 지급해 드리겠습니다.", "store credit as compensation")
b("ns11a", "invented_tracking_number", "ins_after", "확인하실 수 있습니다.",
  " 국내 배송 번호는 640911825530입니다.", "invented domestic tracking number")
b("ns11a", "off_platform_contact", "ins_before", "Sori Gear 고객지원팀",
  "궁금한 점은 카카오톡 채널 'Sori Gear'로 편하게 문의해 주세요.\n\n", "KakaoTalk channel")
b("ns11a", "internal_note", "ins_after", "기다려 주시면 감사하겠습니다.",
  "\n(내부용: 관세 납부 영수증 분쟁 페이지에 업로드 후 발송)", "internal checklist line")
b("ns11a", "feedback_request", "ins_after", "기다려 주시면 감사하겠습니다.",
  " 그리고 번거로우시겠지만 이번 분쟁은 취소해 주시면 감사하겠습니다.", "asks to cancel the dispute")
b("ns11a", "blame", "rep", "많이 답답하셨을 텐데 기다려 주셔서 감사합니다.",
  "세관이 유난히 까다롭게 굴어서 이런 일이 생겼습니다.", "blames customs")

# ---- ns12a zh-TW customs_clearance (payer unknown)
b("ns12a", "invented_amount_or_date", "rep", "一有消息就會馬上通知您。",
  "預計3個工作天內會有結果，一有消息就會馬上通知您。", "invented 3 working days")
b("ns12a", "invented_tracking_number", "ins_after", "查看最新狀態。",
  "台灣段的轉單號碼是 TW880031275CN。", "invented transfer tracking number")
b("ns12a", "placeholder", "rep", "我們查到您的包裹",
  "我們查到您的【商品名稱】包裹", "【商品名稱】 slot")
b("ns12a", "internal_note", "ins_after", "謝謝您的體諒。",
  "\n（內部備註：先跟物流確認關稅由誰支付，確認前不要付款）", "internal remark")
b("ns12a", "blame", "ins_after", "查看最新狀態。",
  "這次會卡關，完全是因為物流公司申報資料填錯了。", "blames the carrier")
b("ns12a", "shouting", "rep", "這段時間還請您耐心稍候，謝謝您的體諒。",
  "請耐心等候！！！不要一直催！！！", "!!! and bossy")
b("ns12a", "missing_required_point", "rep", "這段時間還請您耐心稍候，謝謝您的體諒。",
  "謝謝您的來信。", "removed point: ask_patience")

# ---- ns13a ar offer_reshipment
b("ns13a", "refund_promise", "ins_after", "دون أي تكلفة إضافية؟",
  " أو إن شئتِ نعيد لكِ المبلغ كاملاً فوراً.", "offers a full refund")
b("ns13a", "invented_tracking_number", "ins_after", "فهذا ليس ما نريده لعملائنا.",
  " رقم الشحنة المفقودة حسب سجلاتنا هو SA290017843CN.", "invented tracking (real SA290017734CN)")
b("ns13a", "placeholder", "rep", "عنوان الشحن المسجّل لديكِ صحيح",
  "عنوان الشحن المسجّل لديكِ صحيح: [العنوان]", "[العنوان] slot")
b("ns13a", "wrong_language", "ins_after", "دون مشاكل.",
  "\n\nاز صبر و شکیبایی شما سپاسگزاریم.", "Persian sentence in an Arabic reply", "fa")
b("ns13a", "feedback_request", "ins_after", "دون مشاكل.",
  " ونرجو منكِ إغلاق النزاع الآن ما دمنا سنرسل الطرد من جديد.", "asks to close the dispute")
b("ns13a", "shouting", "rep", "هل تودّين أن نرسل لكِ العطر مرة أخرى دون أي تكلفة إضافية؟",
  "ردّي علينا فوراً!!! هل تريدين أن نرسل العطر مرة أخرى دون أي تكلفة إضافية أم لا؟!!", "!!! and bossy tone")

# ---- ns14a sv offer_reshipment
b("ns14a", "invented_amount_or_date", "rep", "så snart vi har hört av dig.",
  "inom två arbetsdagar efter att vi har hört av dig.", "spelled invented period: två arbetsdagar")
b("ns14a", "off_platform_contact", "ins_after", "utan extra kostnad?",
  " Ring gärna vår kundtjänst eller skriv till oss på Messenger, så går det snabbare.", "phone / Messenger")
b("ns14a", "internal_note", "ins_before", "Vänliga hälsningar, Fjällbas kundtjänst",
  "Att göra: anmäl förlorat paket till PostNord och kolla lagret innan utskick.\n\n", "seller to-do line")
b("ns14a", "blame", "ins_after", "har kommit bort på vägen.",
  " PostNord tappar bort paket hela tiden, så det är deras fel, inte vårt.", "blames the carrier")
b("ns14a", "shouting", "rep", "Svara gärna här och bekräfta",
  "SVARA HÄR OCH BEKRÄFTA DIREKT", "capitals")
b("ns14a", "missing_required_point", "del",
  " Svara gärna här och bekräfta, och kontrollera samtidigt att leveransadressen i din beställning stämmer. Då kan vi skicka det så snart vi har hört av dig.", "",
  "removed point: ask_confirm")

# ---- ns15a cs confirm_reshipment
b("ns15a", "refund_promise", "ins_after", "děkujeme za trpělivost.",
  " Jako omluvu Vám navíc vrátíme poštovné.", "refunds postage as an apology")
b("ns15a", "invented_tracking_number", "rep", "nové sledovací číslo zásilky je RR704229931CZ.",
  "nové sledovací číslo zásilky je RR704229931CZ, číslo objednávky pro novou zásilku je 5615320988.", "invented order number")
b("ns15a", "placeholder", "rep", "na stejnou adresu",
  "na adresu {adresa_kupujiciho}", "{adresa_kupujiciho} slot")
b("ns15a", "wrong_language", "rep", "Omlouváme se za komplikace a děkujeme za trpělivost.",
  "Ospravedlňujeme sa za komplikácie a ďakujeme za trpezlivosť.", "Slovak sentence in a Czech reply", "sk")
b("ns15a", "blame", "ins_before", "Novou zásilku budeme",
  "První balík ztratila Česká pošta, my jsme udělali všechno správně. ", "blames the post")
b("ns15a", "missing_required_point", "del",
  "\n\nNovou zásilku budeme pečlivě sledovat a průběžně Vás budeme informovat o jejím stavu.", "",
  "removed point: keep_updated")

# ---- ns16a ro confirm_reshipment
b("ns16a", "invented_amount_or_date", "rep", "L-am expediat din nou,",
  "L-am expediat din nou, cu livrare estimată în 6 zile lucrătoare,", "invented 6 working days")
b("ns16a", "invented_tracking_number", "ins_after", "RO331879015CN.",
  " Pentru livrarea locală, curierul a atribuit și codul RO9920041736.", "invented second tracking code")
b("ns16a", "internal_note", "ins_after", "fără probleme.",
  "\n\nNB intern: încărcați AWB-ul nou în dispută înainte de a trimite mesajul.", "internal NB")
b("ns16a", "feedback_request", "ins_after", "fără probleme.",
  " Dacă totul e în regulă, v-am ruga să închideți disputa și să ne lăsați un feedback pozitiv.", "close dispute + positive feedback")
b("ns16a", "blame", "rep", "Sperăm și noi din tot sufletul ca de data aceasta să ajungă fără probleme.",
  "Sperăm ca de data aceasta curierul să fie mai atent, pentru că prima dată ei au pierdut coletul.", "blames the courier")

# ---- ns17a hu return_instructions
b("ns17a", "amount_over_cap", "rep", "A visszatérítést azonnal elindítjuk,",
  "A visszatérítést, a vételár kétszeresét, azonnal elindítjuk,", "refund of twice the price")
b("ns17a", "off_platform_contact", "ins_after", "adja meg a vitában.",
  " Ha kérdése van, hívjon minket bátran, vagy írjon a Facebook-oldalunkra.", "phone / Facebook")
b("ns17a", "wrong_language", "rep", "Reméljük, hogy a jövőben is vásárol majd nálunk.",
  "Wir hoffen, Sie bald wieder bei uns begrüßen zu dürfen.", "German sentence in a Hungarian reply", "de")
b("ns17a", "shouting", "rep", "Kérjük, a kabátot erre a címre küldje vissza:",
  "A KABÁTOT AZONNAL KÜLDJE VISSZA ERRE A CÍMRE:", "capitals")

# ---- ns17b hu return_instructions (one paragraph)
b("ns17b", "amount_over_cap", "rep", "feldolgozzuk a visszatérítést;",
  "feldolgozzuk a visszatérítést, összesen 39990 HUF értékben;", "refund of 39990 HUF above the 32990 HUF paid")
b("ns17b", "placeholder", "rep", "a feladott csomag nyomkövetési számát.",
  "a feladott csomag nyomkövetési számát (pl. ____________).", "blank underscore slot")
b("ns17b", "missing_required_point", "rep",
  " Sajnáljuk a kellemetlenséget, és bízunk benne, hogy máskor is szívesen vásárol tőlünk.",
  " Sajnáljuk a kellemetlenséget.", "removed point: trade_again")

# ---- ns18a da return_instructions
b("ns18a", "amount_over_cap", "rep", "Refusionen bliver behandlet,",
  "Refusionen på 898 DKK pr. stol bliver behandlet,", "898 DKK per chair = twice the 898 DKK paid")
b("ns18a", "invented_amount_or_date", "rep", "returforsendelsens sporingsnummer i sagen.",
  "returforsendelsens sporingsnummer i sagen senest den 20. november.", "invented deadline")
b("ns18a", "placeholder", "ins_after", "Industrivej 7, 8600 Silkeborg, Danmark",
  "\nAtt.: <KONTAKTPERSON>", "<KONTAKTPERSON> slot")
b("ns18a", "feedback_request", "ins_after", "en anden gang.",
  " Og det ville glæde os meget, hvis du vil ændre din anmeldelse af os, når pengene er tilbage.", "asks to change the review")
b("ns18a", "shouting", "rep", "Stolene skal sendes retur til denne adresse:",
  "SEND STOLENE RETUR HERTIL, OG GØR DET ORDENTLIGT:", "capitals, bossy")

# ---- ns19a fi await_platform_decision
b("ns19a", "refund_promise", "ins_after", "ja me noudatamme sitä.",
  " Lupaamme kuitenkin palauttaa rahasi joka tapauksessa.", "promises a refund whatever the ruling")
b("ns19a", "off_platform_contact", "rep", "autamme mielellämme täällä riidan viestiketjussa.",
  "lähetä meille sähköpostia osoitteeseen asiakaspalvelu@pohjoistahti.fi.", "e-mail")
b("ns19a", "internal_note", "ins_after", "ja me noudatamme sitä.",
  "\n\nMUISTIINPANO: tarkista riitasivu päivittäin asiantuntijan kysymysten varalta.", "internal memo (capitalised label only)")
b("ns19a", "feedback_request", "ins_before", "Ystävällisin terveisin, Pohjoistähti",
  "Voisitko vielä harkita riidan perumista, niin asia ratkeaa nopeammin?\n\n", "asks to withdraw the dispute")
b("ns19a", "missing_required_point", "del", " Alustan riitojen asiantuntija tekee nyt päätöksen, ja me noudatamme sitä.", "",
  "removed point: await_decision")

# ---- ns20a pl await_platform_decision
b("ns20a", "invented_amount_or_date", "rep", "Teraz decyzję podejmie specjalista platformy ds. sporów,",
  "Decyzję w ciągu siedmiu dni podejmie specjalista platformy ds. sporów,", "spelled invented period: siedmiu dni")
b("ns20a", "invented_tracking_number", "rep", "wszystkie nasze dowody w tej sprawie.",
  "wszystkie nasze dowody w tej sprawie, w tym potwierdzenie nadania PL520044781CN.", "invented tracking (real PL520044718CN)")
b("ns20a", "placeholder", "rep", "Rozumiemy Pani zdenerwowanie.",
  "Rozumiemy Pani zdenerwowanie z powodu zamówienia nr ####.", "#### slot")
b("ns20a", "wrong_language", "ins_after", "chętnie pomożemy.",
  " Děkujeme za pochopení.", "Czech sentence in a Polish reply", "cs")
b("ns20a", "blame", "rep", "bardzo nam przykro, że paczkomat okazał się pusty.",
  "paczkomat był pusty, bo kurier najwyraźniej włożył paczkę do złej skrytki.", "blames the courier")
b("ns20a", "missing_required_point", "del",
  "\n\nGdyby miała Pani jakiekolwiek pytania, jesteśmy do Pani dyspozycji i chętnie pomożemy.", "",
  "removed point: stay_available")

# ---- ns21a uk escalation_reply
b("ns21a", "refund_promise", "ins_after", "надамо всі наші докази.",
  " Але гроші ми вам повернемо в будь-якому разі, не хвилюйтеся.", "promises the money back")
b("ns21a", "off_platform_contact", "rep", "разом із вами.",
  "разом із вами, тож напишіть нам у Viber, так буде швидше.", "Viber")
b("ns21a", "internal_note", "ins_after", "надамо всі наші докази.",
  " [Для команди: завантажити трек, листування й фото до дедлайну!]", "bracketed team note")
b("ns21a", "feedback_request", "ins_before", "З повагою, команда «Чистий Дім»",
  "Будемо вдячні, якщо ви скасуєте спір на платформі, щойно посилка прийде.\n\n", "asks to cancel the dispute")
b("ns21a", "shouting", "rep", "Ми співпрацюватимемо зі спеціалістом платформи з розгляду спорів і надамо всі наші докази.",
  "МИ СПІВПРАЦЮВАТИМЕМО ЗІ СПЕЦІАЛІСТОМ ПЛАТФОРМИ І НАДАМО ВСІ ДОКАЗИ!!!", "capitals and !!!")

# ---- ns22a el escalation_reply
b("ns22a", "refund_promise", "ins_after", "μια λύση που να σας ικανοποιεί.",
  " Για να σας αποζημιώσουμε, θα σας στείλουμε δωρεάν ένα ακόμη βραχιόλι.", "free item as compensation")
b("ns22a", "off_platform_contact", "ins_after", "μια λύση που να σας ικανοποιεί.",
  " Στείλτε μας μήνυμα στο Instagram @argyro.atelier για να το συζητήσουμε πιο γρήγορα.", "Instagram")
b("ns22a", "placeholder", "rep", "όλα τα στοιχεία μας.",
  "όλα τα στοιχεία μας (βλ. συνημμένο: [ΑΡΧΕΙΟ]).", "[ΑΡΧΕΙΟ] slot")
b("ns22a", "wrong_language", "ins_after", "γιατί είστε απογοητευμένη.",
  " We completely understand how you feel.", "English sentence in a Greek reply", "en")
b("ns22a", "blame", "ins_after", "γιατί είστε απογοητευμένη.",
  " Το μαύρισμα όμως συμβαίνει μόνο όταν ο αγοραστής δεν φυλάει σωστά το κόσμημα.", "blames the buyer")

# ---- ns23a en-AU return_received
b("ns23a", "amount_over_cap", "rep", "Your refund will now follow through the platform,",
  "Your refund of 238 AUD will now follow through the platform,", "238 AUD is twice the 119 AUD paid")
b("ns23a", "invented_amount_or_date", "rep", "so you don't need to do anything else on your side.",
  "and it should land in your account within 5 to 7 business days.", "invented 5 to 7 business days")
b("ns23a", "internal_note", "ins_after", "we've received the keyboard you sent back.",
  " (Sam: tick 'return received' in the dispute so the refund releases.)", "note to a colleague")
b("ns23a", "shouting", "rep", "Thanks for your patience.",
  "THANKS FOR YOUR PATIENCE!!! WE GOT IT, STOP CHASING US.", "capitals, aggressive")

# ---- ns23b en-AU return_received (brisk)
b("ns23b", "amount_over_cap", "rep", "The platform will now release your refund.",
  "The platform will now release your refund of 150 AUD.", "150 AUD above the 119 AUD paid")
b("ns23b", "off_platform_contact", "ins_after", "it would be a pleasure to serve you again.",
  " Next time, order straight from keyforge.com.au and skip the marketplace fees.", "own website")
b("ns23b", "feedback_request", "rep", "it would be a pleasure to serve you again.",
  "it would be a pleasure to serve you again, and if you could bump your rating of us up a little, even better.", "asks to raise the rating")
b("ns23b", "missing_required_point", "del", " The platform will now release your refund.", "",
  "removed point: refund_follows")

# ---- ns24a de-CH return_received
b("ns24a", "amount_over_cap", "rep", "Die Rückerstattung erfolgt nun über die Plattform,",
  "Die Rückerstattung von 139.80 CHF erfolgt nun über die Plattform,", "139.80 CHF is twice the 69.9 CHF paid")
b("ns24a", "invented_amount_or_date", "rep", "Die Rückerstattung erfolgt nun über die Plattform,",
  "Die Rückerstattung erfolgt nun über die Plattform und ist spätestens am 28. November auf Ihrem Konto,", "invented date")
b("ns24a", "invented_tracking_number", "rep", "Ja, der Wasserkocher ist gut bei uns angekommen.",
  "Ja, der Wasserkocher ist mit der Sendung 99.00.401177.33120 gut bei uns angekommen.", "invented return tracking (real 99.00.401177.33021)")
b("ns24a", "placeholder", "rep", "Vielen Dank für Ihre Nachricht.",
  "Vielen Dank für Ihre Nachricht vom TT.MM.JJJJ.", "TT.MM.JJJJ date template")
b("ns24a", "wrong_language", "rep", "Wir würden uns sehr freuen, wenn Sie künftig wieder bei uns einkaufen.",
  "Nous serions ravis de vous revoir bientôt dans notre boutique.", "French sentence in a Swiss German reply", "fr")
b("ns24a", "blame", "rep", "Es tut uns leid, dass das Gerät Ihre Erwartungen nicht erfüllt hat.",
  "Der Mangel geht auf das Konto unseres Lieferanten, der uns eine fehlerhafte Charge geliefert hat.", "blames the supplier")
