"""Good replies y01-y12 and their one-edit bad variants (hand-written).

Edit forms:
  ("R", defect, old, new, note)   replace the one occurrence of old by new
  ("I", defect, anchor, added, note)  insert `added` right after the one occurrence of anchor
  ("D", defect, old, note)        delete the one occurrence of old
  ("W", lang, full_text, note)    wrong_language: the whole reply translated into lang
"""

GOODS_A = {}

GOODS_A["y01a"] = ("y01_de_evidence_by_problem_type", """Sehr geehrte Frau Moosbrugger,

vielen Dank für Ihre Nachricht – es tut uns wirklich leid, dass der Wollmantel an Schultern und Ärmeln so knapp ausfällt und Sie ihn so nicht tragen können.

Damit wir uns das genau ansehen können, hätten wir eine Bitte: Könnten Sie den Mantel flach auf einen Tisch oder das Bett legen, ein Maßband quer über die Brust legen und ein Foto machen, auf dem auch das eingenähte Größenetikett gut zu sehen ist?

Sobald das Foto bei uns ist, prüfen wir es umgehend und melden uns mit einem Lösungsvorschlag bei Ihnen.

Herzliche Grüße, Ihr Alpenfaden-Team""", [
 ("I", "refund_promise", "melden uns mit einem Lösungsvorschlag bei Ihnen.", " Falls der Mantel wirklich zu klein ist, bekommen Sie Ihr Geld selbstverständlich zurück.", "refund promised before the evidence is seen, appended to the next-step sentence"),
 ("I", "blame", "so nicht tragen können.", " Allerdings steht in unserer Größentabelle ausdrücklich, dass der Schnitt schmal ausfällt – ein Blick dorthin vor der Bestellung hätte das verhindert.", "buyer blamed for not reading the size chart, after the apology"),
 ("R", "placeholder", "Sehr geehrte Frau Moosbrugger,", "Sehr geehrte/r [Kundenname],", "greeting left as template placeholder [Kundenname]"),
 ("I", "internal_note", "melden uns mit einem Lösungsvorschlag bei Ihnen.", "\n\n(Notiz: Listing-Fotos mit Reklamation vergleichen, Antwortfrist im Blick behalten)", "seller checklist note left above the signature"),
 ("R", "invented_amount_or_date", "prüfen wir es umgehend", "prüfen wir es innerhalb von 24 Stunden", "invented 24-hour turnaround"),
 ("I", "shouting", "gut zu sehen ist?", " OHNE DIESES FOTO KÖNNEN WIR LEIDER GAR NICHTS MACHEN!!!", "all-caps sentence with !!! after the evidence request"),
])

GOODS_A["y01b"] = ("y01_de_evidence_by_problem_type", """Liebe Frau Moosbrugger,

das ist ärgerlich, und wir entschuldigen uns, dass der Mantel nicht wie eine Größe 38 sitzt. Um die Maße mit unserer Tabelle abgleichen zu können, bräuchten wir von Ihnen bitte:
– ein Foto des flach ausgebreiteten Mantels mit einem Maßband quer darüber,
– auf dem Bild daneben gut erkennbar das Größenetikett.

Wir schauen uns die Bilder an, sobald sie da sind, und schlagen Ihnen dann eine Lösung vor.

Herzliche Grüße, Ihr Alpenfaden-Team""", [
 ("I", "off_platform_contact", "gut erkennbar das Größenetikett.", "\nGerne auch direkt per WhatsApp an uns, das geht meistens schneller.", "asks for the photos via WhatsApp"),
 ("D", "missing_required_point", "Um die Maße mit unserer Tabelle abgleichen zu können, bräuchten wir von Ihnen bitte:\n– ein Foto des flach ausgebreiteten Mantels mit einem Maßband quer darüber,\n– auf dem Bild daneben gut erkennbar das Größenetikett.\n", "evidence request (flat photo with tape and size label) deleted; 'die Bilder' later refers to nothing"),
 ("I", "feedback_request", "dann eine Lösung vor.", " Und bitte warten Sie mit einer Bewertung, bis wir das gemeinsam gelöst haben – für einen kleinen Shop wie uns tut jede schlechte Bewertung weh.", "asks to hold off on a review"),
 ("R", "invented_tracking_number", "Wir schauen uns die Bilder an,", "Laut Sendung LV742013868CN wurde der Mantel ja ordnungsgemäß zugestellt. Wir schauen uns die Bilder an,", "near miss of tracking LV742013886CN (86 -> 68)"),
 ("W", "en", """Dear Ms Moosbrugger,

that is annoying, and we apologise that the coat does not fit like a size 38. So that we can compare the measurements with our chart, we would kindly need from you:
– a photo of the coat laid out flat with a measuring tape across it,
– with the size label clearly visible next to it in the picture.

We will look at the pictures as soon as they arrive and then suggest a solution.

Herzliche Grüße, Ihr Alpenfaden-Team""", "whole reply in English (signature kept as configured)"),
])

GOODS_A["y02a"] = ("y02_ja_evidence_by_problem_type", """佐藤 美咲 様

このたびはご迷惑をおかけし、誠に申し訳ございません。ランプは点くのにスイッチを押してもミルクフォーマーが回らないとのこと、せっかくお待ちいただいたのに残念な思いをさせてしまいました。

状況を正確に確認するため、お手数ですが、電源を入れた状態でスイッチを押しても回らない様子が分かる短い動画をお送りいただけますでしょうか。

動画を拝見しましたらすぐに確認し、解決策をご案内いたします。

KitchenNova ショップ一同""", [
 ("I", "off_platform_contact", "お送りいただけますでしょうか。", "LINE（ID：kitchennova_jp）でも動画を受け付けておりますので、お気軽にどうぞ。", "LINE ID offered for the video"),
 ("I", "refund_promise", "お送りいただけますでしょうか。\n\n", "もちろん全額返金も可能ですので、どうぞご安心ください。", "full refund promised before the evidence"),
 ("R", "invented_amount_or_date", "すぐに確認し", "2営業日以内に確認し", "invented '2 business days'"),
 ("R", "placeholder", "佐藤 美咲 様", "〇〇 様", "name left as template 〇〇"),
 ("I", "internal_note", "解決策をご案内いたします。", "\n【社内メモ：出品ページの説明と照合済み／返答期限に注意】", "internal memo line before signature"),
 ("I", "blame", "残念な思いをさせてしまいました。", "ただ、充電が不十分なまま使われると、このような症状が出ることがよくあります。", "suggests the buyer did not charge it properly"),
 ("W", "zh", """佐藤 美咲 様

给您添麻烦了，非常抱歉。您说指示灯会亮，但按下开关后奶泡器完全不转，让您久等却如此失望，真的很抱歉。

为了准确确认情况，麻烦您发一段短视频给我们，拍下通电后按下开关却不转动的样子。

看到视频后我们会马上确认，并为您提供解决方案。

KitchenNova ショップ一同""", "whole reply in Chinese to a Japanese buyer"),
])

GOODS_A["y03a"] = ("y03_pt_evidence_by_problem_type", """Oi, Rafaela, tudo bem?

Poxa, sinto muito mesmo que duas taças chegaram quebradas, ainda mais sendo um presente. Entendo totalmente a sua chateação.

Para a gente conseguir analisar direitinho, você poderia mandar fotos das taças danificadas e também da embalagem externa do jeito que ela chegou? (A caixa por fora, antes de jogar fora, por favor.)

Assim que recebermos as fotos, vamos verificar tudo e voltar com uma solução pra você.

Equipe Casa Brilho""", [
 ("R", "refund_promise", "vamos verificar tudo e voltar com uma solução pra você.", "vamos verificar tudo e já mandar duas taças novas pra você, sem custo nenhum.", "free replacement promised before evidence"),
 ("I", "blame", "Entendo totalmente a sua chateação.", " Infelizmente os Correios não têm cuidado nenhum com pacote frágil, jogam tudo de qualquer jeito.", "carrier blamed"),
 ("I", "off_platform_contact", "antes de jogar fora, por favor.)", " Se preferir, manda no nosso WhatsApp (11) 98842-7310 que é mais rápido.", "WhatsApp number"),
 ("I", "shouting", "antes de jogar fora, por favor.)", " NÃO JOGUE A CAIXA FORA DE JEITO NENHUM!!!", "caps sentence with !!!"),
 ("D", "missing_required_point", "\n\nAssim que recebermos as fotos, vamos verificar tudo e voltar com uma solução pra você.", "next step (we'll check and come back with a solution) deleted"),
 ("I", "feedback_request", "voltar com uma solução pra você.", "\n\nAh, e se puder, deixa depois uma avaliação positiva pra loja, ajuda muito a gente! 😊", "asks for positive review"),
 ("W", "es", """Hola, Rafaela, ¿qué tal?

Uf, sentimos muchísimo que dos copas llegaran rotas, y más siendo un regalo. Entendemos totalmente tu disgusto.

Para poder analizarlo bien, ¿podrías mandarnos fotos de las copas dañadas y también del embalaje exterior tal como llegó? (La caja por fuera, antes de tirarla, por favor.)

En cuanto recibamos las fotos, lo revisaremos todo y te daremos una solución.

Equipe Casa Brilho""", "whole reply in Spanish to a Brazilian buyer"),
])

GOODS_A["y04a"] = ("y04_sv_evidence_by_problem_type", """Hej Johan!

Tack för att du hörde av dig, och förlåt – det är förstås jättetråkigt att skruvarna och ett av fästena saknas så att du inte kan sätta upp hyllan.

Skulle du kunna lägga ut alla delar du fick bredvid varandra och ta ett foto där allt syns tillsammans? Ta gärna också en bild på viktetiketten på paketet, så kan vi jämföra med vad som vägdes in hos oss.

När vi har fått bilderna går vi igenom dem direkt och återkommer med en lösning.

Vänliga hälsningar, NordHem Living""", [
 ("R", "placeholder", "Hej Johan!", "Hej {förnamn}!", "greeting placeholder {förnamn}"),
 ("R", "invented_tracking_number", "vad som vägdes in hos oss.", "vad som vägdes in hos oss för kolli SE4471092835CN.", "near miss of SE4471092385CN (38 -> 83)"),
 ("I", "internal_note", "återkommer med en lösning.", "\n\nIntern anteckning: ta fram packvikten från lagret innan vi svarar igen.", "internal note before signature"),
 ("I", "shouting", "vägdes in hos oss.", " UTAN BILDERNA KAN VI INTE GÖRA NÅGONTING!!!", "caps sentence with !!!"),
 ("R", "refund_promise", "återkommer med en lösning.", "återkommer med en lösning – och du får en rabattkod för besväret oavsett.", "discount code promised before evidence"),
 ("I", "feedback_request", "återkommer med en lösning.", " Och snälla, vänta med att lämna ett omdöme tills vi har löst det här tillsammans.", "asks to hold back review"),
 ("R", "invented_amount_or_date", "går vi igenom dem direkt", "går vi igenom dem inom 48 timmar", "invented 48 hours"),
])

GOODS_A["y05a"] = ("y05_en_customs_clearance", """Dear Harriet,

Thank you for letting us know, and sorry for the worry. I've checked your parcel RQ660218457GB and it is indeed sitting with customs at the moment, waiting to be released.

Under the terms of this order, import duties are the buyer's responsibility, so the card you received is the customs charge for your Dutch oven. Could you kindly pay it and complete the clearance as the card describes? Once that's done, the parcel should be on its way to you.

If customs ask for any paperwork, such as the commercial invoice, just tell us here and we'll send it straight away.

Kind regards, the Ironside Cookware team""", [
 ("I", "blame", "waiting to be released.", " Honestly, UK customs have been painfully slow and fussy ever since Brexit – that's the real problem here.", "customs blamed"),
 ("R", "invented_amount_or_date", "so the card you received is the customs charge", "so the card you received (around £14.60) is the customs charge", "invented duty amount"),
 ("R", "off_platform_contact", "just tell us here and we'll send it straight away.", "just email the request to orders@ironsidecookware.co.uk and we'll send it straight away.", "email address"),
 ("D", "missing_required_point", "\n\nIf customs ask for any paperwork, such as the commercial invoice, just tell us here and we'll send it straight away.", "offer of documents (invoice) deleted"),
 ("R", "placeholder", "Dear Harriet,", "Dear {{buyer.first_name}},", "template variable in greeting"),
 ("I", "shouting", "as the card describes?", " PLEASE PAY IT SOON OR THE PARCEL WILL BE SENT BACK!!!", "caps sentence with !!!"),
 ("I", "refund_promise", "should be on its way to you.", " And don't worry about the cost – send us the receipt and we'll pay you back the duties in full.", "promises to reimburse the duties (compensation) in the buyer-pays variant"),
])

GOODS_A["y05b"] = ("y05_en_customs_clearance", """Hi Harriet,

Sorry about the hold-up. Your Dutch oven (tracking RQ660218457GB) is being held by customs, who are waiting for the import charges before they release it.

For this order the duties are payable by the buyer, so please could you settle the charge on the Royal Mail card and complete clearance? Should customs need an invoice or any other document from us, we're happy to provide it.

Kind regards, the Ironside Cookware team""", [
 ("I", "internal_note", "we're happy to provide it.", "\n\nAgent note: remedy customs_clearance / duties_payer=buyer, invoice template is in the shared drive.", "remedy id and agent note left in"),
 ("I", "feedback_request", "we're happy to provide it.", " Once it arrives, a quick five-star review would really help a small shop like ours!", "asks for five-star review"),
 ("R", "missing_required_point", "Your Dutch oven (tracking RQ660218457GB) is being held", "Your Dutch oven is being held", "tracking number (required mention of customs_status) deleted"),
 ("R", "invented_tracking_number", "(tracking RQ660218457GB)", "(tracking RQ660218457GB, Royal Mail ref. RM804412776GB)", "extra invented Royal Mail reference number"),
 ("I", "refund_promise", "we're happy to provide it.", " We'll also knock a little off your next order for the trouble.", "discount promised"),
 ("W", "fr", """Bonjour Harriet,

Désolés pour ce retard. Votre cocotte (suivi RQ660218457GB) est retenue par la douane, qui attend le paiement des frais d'importation avant de la libérer.

Pour cette commande, les droits sont à la charge de l'acheteur : pourriez-vous régler le montant indiqué sur l'avis de Royal Mail et finaliser le dédouanement ? Si la douane a besoin d'une facture ou d'un autre document de notre part, nous vous le fournirons volontiers.

Kind regards, the Ironside Cookware team""", "whole reply in French to a British buyer"),
])

GOODS_A["y06a"] = ("y06_tr_customs_clearance", """Merhaba Elif Hanım,

Yaşadığınız bekleme için çok üzgünüz. Kontrol ettik; RT290044718TR takip numaralı kargonuz şu anda gümrükte bekliyor.

Bu siparişte gümrük vergisini biz ödüyoruz ve gümrük işlemlerini de biz takip ediyoruz, yani sizden herhangi bir ücret istenmeyecek. Sizin bir şey ödemenize gerek yok.

Gümrük kargonuzu serbest bırakana kadar biraz daha sabretmenizi rica ediyoruz. Gelişme olduğunda size buradan yazacağız.

SesDünyası Store ekibi""", [
 ("I", "blame", "şu anda gümrükte bekliyor.", " Türk gümrüğü her zamanki gibi işleri yokuşa sürüyor, gecikme tamamen onlardan kaynaklanıyor.", "customs blamed"),
 ("R", "invented_amount_or_date", "Bu siparişte gümrük vergisini biz ödüyoruz", "Bu siparişte 312 TL tutarındaki gümrük vergisini biz ödüyoruz", "invented duty amount 312 TL"),
 ("R", "off_platform_contact", "Gelişme olduğunda size buradan yazacağız.", "Gelişmeleri WhatsApp'tan da sorabilirsiniz: +90 532 418 77 09.", "WhatsApp number"),
 ("D", "missing_required_point", "Gümrük kargonuzu serbest bırakana kadar biraz daha sabretmenizi rica ediyoruz. ", "ask for patience deleted"),
 ("R", "shouting", "Sizin bir şey ödemenize gerek yok.", "LÜTFEN GÜMRÜĞE HİÇBİR ÜCRET ÖDEMEYİN!!!", "the 'nothing to pay' sentence rewritten in caps with !!!"),
 ("I", "refund_promise", "biraz daha sabretmenizi rica ediyoruz.", " Gecikme için telafi olarak sipariş tutarının bir kısmını da size iade edeceğiz.", "partial refund as compensation for the delay"),
])

GOODS_A["y07a"] = ("y07_cs_customs_clearance", """Dobrý den, paní Dvořáková,

rozumíme, že chůvičku potřebujete co nejdřív, a mrzí nás, že se zásilka zdržela. Podle sledování je balík s číslem CZ0038815472CNX momentálně zadržen na celnici.

Už jsme se spojili s dopravcem a zjišťujeme, co přesně celní úřad k propuštění zásilky potřebuje. Jakmile budeme vědět víc, hned vám dáme vědět.

Prosíme vás ještě o chvilku trpělivosti, než se to vyřeší.

Tým BabyBright""", [
 ("R", "invented_amount_or_date", "hned vám dáme vědět.", "dáme vám vědět nejpozději do pátku 28. listopadu.", "invented date"),
 ("R", "placeholder", "Dobrý den, paní Dvořáková,", "Dobrý den, paní [PŘÍJMENÍ],", "surname placeholder"),
 ("I", "blame", "momentálně zadržen na celnici.", " Celníci bohužel s balíky z Číny zacházejí dost liknavě, proto to tak trvá.", "customs blamed"),
 ("I", "internal_note", "než se to vyřeší.", "\n\nPozn. pro kolegu: zjistit z podmínek objednávky, kdo platí clo, a zatím nic neplatit.", "note to colleague"),
 ("I", "refund_promise", "Jakmile budeme vědět víc, hned vám dáme vědět.", " Kdyby to trvalo déle, klidně vám vrátíme peníze.", "refund promised"),
 ("D", "missing_required_point", "Už jsme se spojili s dopravcem a zjišťujeme, co přesně celní úřad k propuštění zásilky potřebuje. Jakmile budeme vědět víc, hned vám dáme vědět.\n\n", "checking-with-carrier point deleted"),
 ("I", "off_platform_contact", "než se to vyřeší.", " Pokud chcete, zavolejte nám na +420 777 318 442.", "phone number"),
])

GOODS_A["y08a"] = ("y08_es_extend_delivery_time", """Buenas tardes, Guadalupe:

Entendemos perfectamente su preocupación y le agradecemos la paciencia. Revisamos su envío y las sartenes siguen en camino; puede consultar el avance con el número de rastreo MX20931877460CN.

Como el paquete todavía está en tránsito, ¿sería tan amable de cerrar la disputa por ahora? A cambio, le ampliamos la protección de su compra 20 días más, para que siga completamente protegida hasta que le llegue el pedido.

Cualquier duda, aquí estamos.

Saludos cordiales, equipo CocinaFeliz""", [
 ("I", "refund_promise", "Cualquier duda, aquí estamos.", " Y si al final no llega, le reembolsamos el total sin ningún problema.", "refund promised while asking to close"),
 ("R", "invented_tracking_number", "MX20931877460CN.", "MX20931877460CN (en Estafeta aparece como EST7720419588).", "extra invented Estafeta number"),
 ("I", "shouting", "¿sería tan amable de cerrar la disputa por ahora?", " SI NO LA CIERRA NO PODEMOS HACER NADA!!!", "caps sentence with !!!"),
 ("I", "internal_note", "Cualquier duda, aquí estamos.", "\n\n[interno: extend_delivery_time – activar la ampliación en el panel cuando acepte]", "remedy id / internal note"),
 ("D", "missing_required_point", " A cambio, le ampliamos la protección de su compra 20 días más, para que siga completamente protegida hasta que le llegue el pedido.", "protection extension (20 days) deleted"),
 ("R", "invented_amount_or_date", "las sartenes siguen en camino;", "las sartenes siguen en camino y deberían llegarle a más tardar el 26 de noviembre;", "invented delivery date"),
 ("I", "feedback_request", "Cualquier duda, aquí estamos.", " Y cuando reciba sus sartenes, le agradeceríamos muchísimo una calificación de cinco estrellas.", "asks for five stars"),
 ("W", "pt", """Boa tarde, Guadalupe:

Entendemos perfeitamente a sua preocupação e agradecemos a paciência. Verificamos o seu envio e as frigideiras continuam a caminho; pode acompanhar com o código de rastreio MX20931877460CN.

Como o pacote ainda está em trânsito, poderia fazer a gentileza de fechar a disputa por enquanto? Em troca, prolongamos a proteção da sua compra por mais 20 dias, para que continue totalmente protegida até o pedido chegar.

Qualquer dúvida, estamos aqui.

Saludos cordiales, equipo CocinaFeliz""", "whole reply in Portuguese to a Mexican buyer"),
])

GOODS_A["y09a"] = ("y09_ko_extend_delivery_time", """박지훈 고객님, 안녕하세요.

캠핑 일정이 있으신데 랜턴이 아직 도착하지 않아 많이 걱정되셨죠. 확인해 보니 상품은 정상적으로 배송 중이며, 운송장 번호 KR557120934CN 으로 배송 상황을 계속 확인하실 수 있습니다.

번거로우시겠지만 지금은 분쟁을 일단 종료해 주실 수 있을까요? 대신 저희가 구매 보호 기간을 15일 연장해 드려서, 상품을 받으실 때까지 계속 보호받으실 수 있도록 하겠습니다.

궁금하신 점이 있으면 언제든 말씀해 주세요.

OutdoorLumi 드림""", [
 ("R", "off_platform_contact", "궁금하신 점이 있으면 언제든 말씀해 주세요.", "궁금하신 점은 카카오톡 채널 '아웃도어루미'로 문의 주시면 더 빨리 답변드립니다.", "KakaoTalk channel"),
 ("I", "blame", "배송 상황을 계속 확인하실 수 있습니다.", " 요즘 CJ대한통운 쪽 처리가 워낙 엉망이라 늦어지는 것이지 저희 잘못은 아닙니다.", "carrier blamed"),
 ("R", "placeholder", "박지훈 고객님, 안녕하세요.", "[고객명] 고객님, 안녕하세요.", "name placeholder"),
 ("R", "invented_amount_or_date", "상품은 정상적으로 배송 중이며,", "상품은 정상적으로 배송 중이고 11월 24일까지는 도착할 예정이며,", "invented arrival day"),
 ("I", "feedback_request", "언제든 말씀해 주세요.", " 상품 받으시면 리뷰에 별 다섯 개 꼭 부탁드려요!", "asks for five-star review"),
 ("I", "refund_promise", "분쟁을 일단 종료해 주실 수 있을까요?", " 혹시 주말까지 안 오면 바로 전액 환불해 드릴게요.", "refund promised"),
 ("W", "en", """Dear Jihoon Park,

We understand you must be worried, since you have a camping trip planned and the lanterns have not arrived yet. We checked, and the item is on its way as normal; you can keep following it with tracking number KR557120934CN.

Sorry for the bother, but could you close the dispute for now? In return, we will extend your purchase protection by 15 days, so you stay protected until you receive the item.

If you have any questions, just let us know.

OutdoorLumi 드림""", "whole reply in English to a Korean buyer"),
])

GOODS_A["y10a"] = ("y10_it_extend_delivery_time", """Buongiorno Giorgio,

grazie per averci scritto e ci scusi per l'attesa. Abbiamo controllato: la lampada è in viaggio verso di lei e può seguirla con il codice di tracciamento IT0092847713CN. A volte il tracciamento resta fermo qualche giorno mentre il pacco passa da un centro di smistamento all'altro.

Le chiederemmo quindi la cortesia di chiudere la contestazione per il momento. Da parte nostra prolunghiamo di 10 giorni la sua protezione acquisti, così resta completamente tutelato fino all'arrivo del pacco.

Un caro saluto dal team LuceViva""", [
 ("D", "missing_required_point", "Le chiederemmo quindi la cortesia di chiudere la contestazione per il momento. ", "request to close the dispute deleted"),
 ("I", "internal_note", "IT0092847713CN.", " NB interno: caricare lo screenshot del tracking nella disputa prima di inviare.", "internal NB"),
 ("I", "shouting", "fino all'arrivo del pacco.", " NON APRA ALTRE CONTESTAZIONI, IL PACCO ARRIVA!!!", "caps with !!!"),
 ("I", "off_platform_contact", "fino all'arrivo del pacco.", " Per aggiornamenti più rapidi ci scriva pure su Telegram: @luceviva_shop.", "Telegram handle"),
 ("R", "placeholder", "Buongiorno Giorgio,", "Buongiorno %NOME_CLIENTE%,", "name placeholder"),
 ("I", "invented_tracking_number", "all'altro.", " Il numero di spedizione interno di Poste Italiane è RR093318204IT.", "invented Poste Italiane number"),
 ("I", "blame", "da un centro di smistamento all'altro.", " Poste Italiane, purtroppo, è lentissima e ci mette sempre il doppio del dovuto.", "carrier blamed"),
 ("W", "es", """Buenos días, Giorgio:

gracias por escribirnos y disculpe la espera. Lo hemos comprobado: la lámpara va de camino hacia usted y puede seguirla con el número de seguimiento IT0092847713CN. A veces el seguimiento se queda parado unos días mientras el paquete pasa de un centro de clasificación a otro.

Por eso le pediríamos el favor de cerrar la disputa por ahora. Por nuestra parte, ampliamos su protección del comprador 10 días, para que siga totalmente protegido hasta que llegue el paquete.

Un caro saluto dal team LuceViva""", "whole reply in Spanish to an Italian buyer"),
])

GOODS_A["y11a"] = ("y11_pl_offer_reshipment", """Dzień dobry, Pani Małgorzato,

bardzo nam przykro – wygląda na to, że paczka z plecakiem zaginęła gdzieś po drodze w sortowni. Rozumiemy, że to szczególnie niefortunne przed wyjazdem.

Czy chciałaby Pani, żebyśmy wysłali plecak jeszcze raz? Wysyłka będzie oczywiście bez żadnych dodatkowych kosztów.

Prosimy o krótką odpowiedź z potwierdzeniem i sprawdzenie, czy adres dostawy w zamówieniu jest aktualny – wtedy od razu nadamy nową paczkę.

Pozdrawiamy serdecznie, zespół TrailPack""", [
 ("R", "refund_promise", "Czy chciałaby Pani, żebyśmy wysłali plecak jeszcze raz?", "Możemy od razu zwrócić Pani całą kwotę albo, jeśli Pani woli, wysłać plecak jeszcze raz.", "refund offered next to reshipment"),
 ("I", "blame", "zaginęła gdzieś po drodze w sortowni.", " Niestety InPost ostatnio gubi paczki na potęgę.", "carrier blamed"),
 ("R", "invented_amount_or_date", "wtedy od razu nadamy nową paczkę.", "wtedy nadamy nową paczkę, która dotrze w ciągu 7 dni.", "invented 7 days"),
 ("I", "feedback_request", "od razu nadamy nową paczkę.", "\n\nBędziemy wdzięczni, jeśli wstrzyma się Pani z negatywnym komentarzem – naprawdę robimy, co możemy.", "asks not to leave negative feedback"),
 ("R", "placeholder", "Pozdrawiamy serdecznie, zespół TrailPack", "Pozdrawiamy serdecznie,\n[imię konsultanta], zespół TrailPack", "agent-name placeholder in signature"),
 ("D", "missing_required_point", "\n\nProsimy o krótką odpowiedź z potwierdzeniem i sprawdzenie, czy adres dostawy w zamówieniu jest aktualny – wtedy od razu nadamy nową paczkę.", "ask to confirm and check address deleted"),
 ("W", "ru", """Здравствуйте, Małgorzata!

Нам очень жаль – похоже, посылка с рюкзаком потерялась где-то по дороге на сортировке. Понимаем, что это особенно неприятно перед поездкой.

Хотите, чтобы мы отправили рюкзак ещё раз? Отправка, конечно, будет без каких-либо дополнительных расходов.

Пожалуйста, ответьте коротко с подтверждением и проверьте, актуален ли адрес доставки в заказе – тогда мы сразу отправим новую посылку.

Pozdrawiamy serdecznie, zespół TrailPack""", "whole reply in Russian to a Polish buyer"),
])

GOODS_A["y12a"] = ("y12_fr_offer_reshipment", """Bonjour Mathieu,

Nous sommes vraiment désolés : d'après Postes Canada, votre colis s'est perdu en chemin, et on comprend que ce soit frustrant avec l'hiver qui arrive.

Aimeriez-vous qu'on vous renvoie la tuque? L'envoi serait entièrement à nos frais, sans aucun coût supplémentaire pour vous.

Si ça vous convient, répondez-nous simplement ici pour confirmer, et profitez-en pour vérifier que votre adresse de livraison est toujours la bonne.

L'équipe Laine & Flocon""", [
 ("R", "off_platform_contact", "répondez-nous simplement ici pour confirmer", "texte-nous au 514 555-0182 pour confirmer", "phone number for texting"),
 ("R", "refund_promise", "Aimeriez-vous qu'on vous renvoie la tuque?", "Aimeriez-vous qu'on vous renvoie la tuque, ou préférez-vous un remboursement complet?", "refund offered as alternative"),
 ("I", "shouting", "est toujours la bonne.", " ON NE PEUT RIEN ENVOYER SANS VOTRE CONFIRMATION!!!", "caps with !!!"),
 ("I", "internal_note", "est toujours la bonne.", "\n\n— À faire : réclamation de perte chez Postes Canada + vérifier le stock de tuques.", "to-do note"),
 ("R", "invented_tracking_number", "votre colis s'est perdu en chemin", "votre colis CA774190285CN s'est perdu en chemin", "near miss of CA774190258CN (58 -> 85)"),
 ("I", "feedback_request", "est toujours la bonne.", " Et si vous êtes satisfait de la suite, un petit commentaire positif sur la boutique nous ferait vraiment plaisir.", "asks for positive comment"),
 ("W", "en", """Hello Mathieu,

We are really sorry: according to Canada Post, your parcel got lost on the way, and we understand how frustrating that is with winter coming.

Would you like us to send you the toque again? The shipping would be entirely on us, at no extra cost to you.

If that works for you, just reply here to confirm, and please take the opportunity to check that your delivery address is still correct.

L'équipe Laine & Flocon""", "whole reply in English to a French-Canadian buyer"),
])
