"""Bad replies of the ninth set: (good id, defect, edit, note). One edit each.

edit: ("ins", anchor, text)  insert text right after the (unique) anchor
      ("rep", old, new)      replace the (unique) old text
      ("del", old)           delete the (unique) old text
      ("full", lang, text)   whole reply rewritten in another language (wrong_language only)
"""

BADS = [
# ---- n01a en evidence
("n01a", "refund_promise", ("ins", "we'll get back to you with a solution.", " And if it does turn out to be faulty, don't worry, we'll simply refund you in full."), "conditional full refund promised before the evidence is seen, end of 3rd paragraph"),
("n01a", "off_platform_contact", ("rep", "you can attach it right here in the dispute.", "if it's too big for the dispute page, just send it to us on WhatsApp, our number is on the store page."), "asks to send the video over WhatsApp, 2nd paragraph"),
("n01a", "shouting", ("ins", "A phone video is perfectly fine, and you can attach it right here in the dispute.", " PLEASE MAKE SURE THE FAULT IS CLEARLY VISIBLE, OTHERWISE WE CANNOT ACCEPT IT!!!"), "all-caps sentence with !!! after the video request"),
("n01a", "internal_note", ("ins", "we'll get back to you with a solution.", "\n\nNote to self: pull the packing video and the weight record for this order before the deadline."), "seller checklist line left in before the sign-off"),

# ---- n01b en evidence
("n01b", "placeholder", ("rep", "Dear Oliver Pennington,", "Dear [Customer Name],"), "greeting name replaced by template slot"),
("n01b", "blame", ("ins", "and apologies for the hassle this has caused.", " That said, most of these faults come from people using a cheap non-original charger, so please check yours first."), "implies the buyer caused the fault with a bad charger"),
("n01b", "missing_required_point", ("del", "So we can check it quickly, please send us:\n- a short video showing the item switched on and the fault happening (both the flicker and the pad not charging, if possible)\n\n"), "evidence request (list) deleted; only apology and next step remain"),
("n01b", "feedback_request", ("ins", "come back to you with a solution.", " In the meantime we'd really appreciate it if you held off on leaving a review."), "asks buyer to hold off on feedback"),
("n01b", "invented_amount_or_date", ("rep", "we'll review it straight away and come back", "we'll review it straight away and come back by 26 November at the latest"), "invented deadline date"),

# ---- n02a tr evidence
("n02a", "blame", ("ins", "Yaşadığınız bu sorun için özür dileriz.", " Ancak sipariş vermeden önce beden tablosunu dikkatlice incelemeniz gerekirdi."), "blames the buyer for not reading the size chart"),
("n02a", "refund_promise", ("ins", "size bir çözümle geri döneceğiz.", " Beden gerçekten küçükse ücretinizi hemen iade edeceğiz."), "refund promised before the evidence is seen"),
("n02a", "invented_amount_or_date", ("rep", "size bir çözümle geri döneceğiz.", "en geç 3 iş günü içinde size bir çözümle geri döneceğiz."), "invented 3 working days"),
("n02a", "placeholder", ("rep", "Saygılarımızla,\nKuzey Outdoor Ekibi", "Saygılarımızla,\n{temsilci_adi}\nKuzey Outdoor Ekibi"), "agent-name template slot above the signature"),
("n02a", "shouting", ("ins", "paylaşabilir misiniz?", " LÜTFEN FOTOĞRAFI EN KISA SÜREDE GÖNDERİN!!!"), "all-caps demand with !!!"),
("n02a", "wrong_language", ("full", "en", """Sayın Elif Yıldırım,

We are very sorry to hear that the coat is too tight for you and the sleeves are short. Please accept our apologies for this problem.

So that we can look into it quickly, could you share a photo of the coat laid flat with a measuring tape across it, taken next to its size label?

As soon as we receive the photo, we will check it and get back to you with a solution.

Saygılarımızla,
Kuzey Outdoor Ekibi"""), "whole body in English for a Turkish buyer (greeting and signature kept)"),

# ---- n03a ja evidence
("n03a", "off_platform_contact", ("ins", "お送りいただけますでしょうか。", "LINE（ID: hanxinhome）でお送りいただいても構いません。"), "offers LINE as a channel for the photos"),
("n03a", "internal_note", ("ins", "どうぞよろしくお願いいたします。", "\n\n（社内メモ：梱包写真と発送時の重量記録を保管、期限内に返信すること）"), "internal checklist memo left in"),
("n03a", "refund_promise", ("ins", "解決策をご連絡いたします。", "もちろん、新しいティーポットを無料でお送りすることも可能です。"), "free replacement offered before evidence is seen"),
("n03a", "missing_required_point", ("del", "状況を確認させていただきたいので、お手数ですが、破損している箇所の写真と、届いた時の外箱（梱包）の写真をお送りいただけますでしょうか。\n\n"), "evidence request paragraph deleted"),
("n03a", "feedback_request", ("ins", "どうぞよろしくお願いいたします。", "解決した際には、ぜひ高評価をいただけますと幸いです。"), "asks for a good rating"),
("n03a", "wrong_language", ("full", "zh", """佐藤 美咲様

得知您收到的茶壶有破损，我们深感抱歉。让您期待已久却遇到这样的问题，给您添麻烦了。

为了核实情况，麻烦您发送破损部位的照片，以及收到时外包装箱的照片。

看到照片后，我们会立即核查，并向您提供解决方案。谢谢您的配合。

Hanxin Home カスタマーサポート"""), "body in Chinese for a Japanese buyer (greeting and signature kept)"),

# ---- n04a de customs buyer
("n04a", "invented_tracking_number", ("ins", "wartet auf die Verzollung.", " Die österreichische Sendungsnummer lautet RR558102937AT."), "extra local tracking number not in the dispute"),
("n04a", "invented_amount_or_date", ("ins", "die Abgaben zu begleichen und die Zollabfertigung abzuschließen.", " Die Abgaben betragen voraussichtlich 18,40 EUR."), "invented duty amount"),
("n04a", "blame", ("rep", "vielen Dank für Ihre Nachricht.", "vielen Dank für Ihre Nachricht. Leider arbeitet der Zoll gerade wieder einmal unglaublich langsam und schlampig."), "blames customs"),
("n04a", "refund_promise", ("ins", "Danach wird das Paket umgehend an Sie zugestellt.", " Die bezahlten Abgaben erstatten wir Ihnen anschließend selbstverständlich zurück."), "promises to reimburse the duties (compensation)"),
("n04a", "missing_required_point", ("del", "Wir möchten Sie daher freundlich bitten, die Abgaben zu begleichen und die Zollabfertigung abzuschließen. "), "request to pay duties/clear customs deleted; only the fact who pays remains"),

# ---- n04b de customs buyer
("n04b", "off_platform_contact", ("rep", "stellen wir es Ihnen gerne zur Verfügung.", "schreiben Sie uns einfach an service@luminest-shop.de, dann bekommen Sie es sofort."), "email address for documents"),
("n04b", "feedback_request", ("ins", "Dann kann das Paket weiterreisen.", " Wenn alles angekommen ist, freuen wir uns sehr über eine Bewertung mit fünf Sternen."), "asks for five-star rating"),
("n04b", "shouting", ("ins", "Dann kann das Paket weiterreisen.", " BITTE BEZAHLEN SIE DIE ABGABEN SCHNELL, SONST GEHT DAS PAKET ZURÜCK!!!"), "caps sentence with !!!"),
("n04b", "placeholder", ("rep", "Herzliche Grüße\nIhr LumiNest-Team", "Herzliche Grüße\n<Name Mitarbeiter>\nIhr LumiNest-Team"), "agent-name slot in the sign-off"),

# ---- n05a pl customs seller
("n05a", "refund_promise", ("ins", "damy znać.", " W ramach przeprosin za opóźnienie dorzucimy do paczki darmowy uchwyt na szybę."), "free gift for the delay"),
("n05a", "invented_tracking_number", ("rep", "UE662019384CN", "UE662019348CN"), "near-miss tracking number (last digits swapped); side effect: required tracking mention no longer quoted"),
("n05a", "blame", ("ins", "jest obecnie zatrzymana w urzędzie celnym.", " Niestety polscy celnicy przetrzymują paczki z Chin bez żadnego powodu."), "blames customs"),
("n05a", "internal_note", ("ins", "damy znać.", "\n\nTODO: wgrać do sporu potwierdzenie zapłaty cła od przewoźnika."), "TODO checklist line"),
("n05a", "shouting", ("ins", "nie musi Pan niczego dopłacać.", " PACZKA NA PEWNO DO PANA DOTRZE, PROSZĘ SIĘ NIE DENERWOWAĆ!!!"), "caps with !!!"),
("n05a", "wrong_language", ("full", "en", """Dzień dobry Panie Tomaszu,

thank you for your message. We can see that the parcel with tracking number UE662019384CN is currently being held at customs.

We want to reassure you: we are paying the customs duties and handling the clearance, so you do not need to pay anything extra.

Please bear with us a little longer until customs releases the parcel. As soon as anything changes, we will let you know.

Pozdrawiamy serdecznie,
Zespół OrbitCam"""), "body in English for a Polish buyer"),

# ---- n06a sv customs absent
("n06a", "off_platform_contact", ("ins", "återkommer till dig så snart vi vet mer.", " Det går snabbast om du skriver till oss på Instagram, @pixelpeakstore."), "Instagram handle"),
("n06a", "invented_amount_or_date", ("ins", "hålls kvar i tullen.", " Tullavgiften för sådana paket brukar ligga på runt 180 kronor."), "invented duty amount"),
("n06a", "feedback_request", ("ins", "så fort som möjligt.", " Vi skulle uppskatta om du väntar med att lämna ett omdöme tills paketet har kommit fram."), "asks to hold off feedback"),
("n06a", "shouting", ("ins", "återkommer till dig så snart vi vet mer.", " VI KAN INTE GÖRA NÅGONTING FÖRRÄN TULLEN SLÄPPER PAKETET!!!"), "caps with !!!"),
("n06a", "missing_required_point", ("del", "\n\nVi ber dig om lite tålamod under tiden, vi gör vad vi kan för att det ska gå så fort som möjligt."), "patience request deleted"),
("n06a", "invented_tracking_number", ("ins", "hålls kvar i tullen.", " PostNords eget kollinummer är 00373500981234566712."), "invented local parcel number"),

# ---- n07a es extend
("n07a", "refund_promise", ("ins", "hasta que llegue el paquete.", " Y si al final no llega, te devolvemos tu dinero sin ningún problema."), "refund promised while asking to close"),
("n07a", "invented_amount_or_date", ("ins", "con el número de rastreo LX903321758CN.", " Según el sistema, debería llegarte el 28 de noviembre."), "invented delivery date"),
("n07a", "missing_required_point", ("del", "¿Podrías hacernos el favor de cerrar la disputa por ahora? "), "ask to close the dispute deleted"),
("n07a", "placeholder", ("rep", "Hola, Mariana Castillo:", "Hola, {nombre_cliente}:"), "greeting name replaced by template variable"),
("n07a", "feedback_request", ("ins", "Quedamos atentos a cualquier duda.", " Y cuando lo recibas, ¿nos regalas unas estrellitas en tu reseña? Nos ayuda muchísimo."), "asks for stars in review"),

# ---- n07b es extend
("n07b", "blame", ("ins", "avanza con normalidad.", " El retraso es culpa de la paquetería, que en esta temporada trabaja pésimo."), "blames the carrier"),
("n07b", "off_platform_contact", ("ins", "Gracias por su comprensión.", " Si lo prefiere, escríbanos por WhatsApp y le mandamos capturas del envío."), "WhatsApp offered"),
("n07b", "internal_note", ("ins", "Gracias por su comprensión.", "\n\nNota interna: subir captura del rastreo a la disputa y extender la protección en el centro del vendedor cuando acepte."), "internal note with seller actions"),
("n07b", "invented_tracking_number", ("ins", "avanza con normalidad.", " En México lo entregará Estafeta con la guía EST448120937MX."), "invented local tracking number"),
("n07b", "shouting", ("ins", "Le pedimos amablemente que cierre la disputa por el momento.", " POR FAVOR NO ABRA MÁS DISPUTAS, EL PAQUETE VA A LLEGAR!!!"), "caps with !!!"),

# ---- n08a ko extend
("n08a", "refund_promise", ("ins", "계속 보호받으실 수 있도록 하겠습니다.", " 혹시 그래도 도착하지 않으면 바로 전액 환불해 드리겠습니다."), "full refund promised"),
("n08a", "invented_amount_or_date", ("ins", "배송 현황을 확인하실 수 있습니다.", " 보통 7~10일 정도면 도착합니다."), "invented 7-10 days"),
("n08a", "off_platform_contact", ("ins", "언제든지 말씀해 주세요.", " 카카오톡 채널 '하늘뷰티'로 연락 주시면 더 빠르게 답변드립니다."), "KakaoTalk channel"),
("n08a", "internal_note", ("ins", "감사합니다.", "\n\n※ 담당자 메모: 동의하면 셀러센터에서 보호 기간 연장 처리, 운송장 캡처 업로드"), "staff memo"),
("n08a", "invented_tracking_number", ("ins", "배송 현황을 확인하실 수 있습니다.", " 국내 택배사(CJ대한통운) 송장번호는 568201937415입니다."), "invented domestic waybill"),
("n08a", "wrong_language", ("full", "en", """김지훈 고객님, 안녕하세요.

We understand you must be worried that your order has not arrived yet. The parcel is on its way as normal, and you can follow it with tracking number YT2411873650214.

Sorry for the trouble, but could you close the dispute for now? We will extend your purchase protection by 20 days so you stay protected until the item arrives.

If you have any questions, please let us know. Thank you.

하늘뷰티 드림"""), "body in English for a Korean buyer"),

# ---- n09a fr offer reship
("n09a", "refund_promise", ("ins", "sans aucun frais supplémentaire pour vous ?", " Si vous préférez, nous pouvons aussi vous rembourser intégralement dès aujourd'hui."), "refund offered alongside reshipment"),
("n09a", "blame", ("ins", "semble s'être perdu en cours d'acheminement.", " Malheureusement, La Poste égare régulièrement nos colis, ce n'est pas la première fois."), "blames La Poste"),
("n09a", "placeholder", ("rep", "Bonjour Camille Lefèvre,", "Bonjour [Prénom Nom],"), "greeting name slot"),
("n09a", "invented_tracking_number", ("ins", "sans aucun frais supplémentaire pour vous ?", " Le nouveau colis partirait avec le numéro de suivi LP00571234968CN."), "invented new tracking number (near miss of the real one)"),
("n09a", "feedback_request", ("ins", "est toujours correcte.", " En contrepartie, nous comptons sur vous pour ne pas laisser d'avis négatif."), "asks not to leave negative feedback"),

# ---- n09b fr offer reship
("n09b", "off_platform_contact", ("ins", "est bien la bonne.", " Vous pouvez aussi nous envoyer votre adresse par e-mail à contact@atelier-lumen.fr."), "email"),
("n09b", "shouting", ("ins", "Cela vous conviendrait-il ?", " MERCI DE RÉPONDRE RAPIDEMENT, SINON NOUS NE POURRONS RIEN FAIRE !!!"), "caps with !!!"),
("n09b", "missing_required_point", ("del", "\n\nMerci de nous confirmer votre accord en répondant à ce message, et de vérifier que l'adresse de livraison indiquée sur la commande est bien la bonne."), "ask to confirm and check address deleted"),
("n09b", "internal_note", ("ins", "est bien la bonne.", "\n\n(à faire : ouvrir la réclamation perte chez le transporteur + vérifier le stock avant renvoi)"), "to-do note left in"),
("n09b", "wrong_language", ("full", "en", """Chère Camille Lefèvre,

Our apologies: your parcel LP00571234986CN never reached its destination and unfortunately it is considered lost.

We would like to send you the string lights again free of charge. Would that suit you?

Please confirm by replying to this message, and check that the delivery address on the order is correct.

Avec nos salutations les meilleures,
L'équipe Atelier Lumen"""), "body in English for a French buyer (language only detectable from messages)"),

# ---- n10a cs offer reship
("n10a", "refund_promise", ("ins", "Přejete si to?", " Jako omluvu Vám k nové zásilce navíc přibalíme dárek zdarma."), "free gift"),
("n10a", "invented_amount_or_date", ("ins", "Přejete si to?", " Nová zásilka by u Vás byla zhruba do 12 dnů."), "invented 12 days"),
("n10a", "shouting", ("ins", "zda je Vaše doručovací adresa správná.", " PROSÍM ODPOVĚZTE CO NEJDŘÍVE!!!"), "caps with !!!"),
("n10a", "missing_required_point", ("del", "velice se omlouváme, podle všeho se Vaše zásilka UH448201957CN bohužel ztratila na cestě.\n\n"), "apology for the lost parcel deleted"),
("n10a", "invented_tracking_number", ("ins", "Přejete si to?", " Nová zásilka by dostala číslo UH448201975CN."), "invented new tracking number"),
("n10a", "feedback_request", ("ins", "zda je Vaše doručovací adresa správná.", " A až zásilka dorazí, budeme moc rádi za hodnocení plným počtem hvězdiček."), "asks for full-star rating"),
("n10a", "wrong_language", ("full", "en", """Dobrý den, paní Dvořáková,

we are very sorry, it looks like your parcel UH448201957CN was unfortunately lost on the way.

We would be glad to send you the knife set again, at no extra cost. Would you like that?

If so, please reply here to confirm and check that your delivery address is correct.

S pozdravem
Tým KitchenJoy Store"""), "body in English for a Czech buyer"),

# ---- n11a it confirm reship
("n11a", "invented_tracking_number", ("rep", "LP00689902143CN", "LP00689902134CN"), "near-miss of reship tracking; side effect: required reship tracking no longer quoted"),
("n11a", "refund_promise", ("ins", "in caso di novità.", " Per scusarci del disagio, le abbiamo anche riservato uno sconto sul prossimo ordine."), "discount"),
("n11a", "blame", ("ins", "grazie per aver accettato che le spedissimo di nuovo gli auricolari.", " Il primo pacco è andato perso per pura negligenza di Poste Italiane."), "blames carrier"),
("n11a", "off_platform_contact", ("ins", "in caso di novità.", " Per aggiornamenti più rapidi ci trova anche su Telegram come TechNovaStore."), "Telegram"),
("n11a", "feedback_request", ("ins", "in caso di novità.", " Quando lo riceve, ci lascerebbe una recensione positiva? Per noi conta moltissimo."), "positive review"),
("n11a", "placeholder", ("rep", "Cordiali saluti,\nIl team di TechNova", "Cordiali saluti,\n<Nome operatore>\nIl team di TechNova"), "agent name slot"),

# ---- n12a uk confirm reship
("n12a", "placeholder", ("rep", "Шановна пані Олено,", "Шановна пані {ім'я},"), "greeting name slot"),
("n12a", "internal_note", ("ins", "інформуватимемо Вас про її рух.", "\n\nПримітка для себе: завантажити новий трек у спір і додати його до замовлення."), "note to self"),
("n12a", "shouting", ("ins", "Новий номер відстеження: LY381927465CN.", " ЦЬОГО РАЗУ ПОСИЛКА ТОЧНО ДІЙДЕ!!!"), "caps with !!!"),
("n12a", "invented_amount_or_date", ("ins", "Новий номер відстеження: LY381927465CN.", " Орієнтовна дата доставки: 9 грудня."), "invented delivery date"),
("n12a", "missing_required_point", ("del", "щиро дякуємо, що погодилися на повторне відправлення черевичків.\n\n"), "thanks for agreeing deleted"),
("n12a", "invented_tracking_number", ("rep", "LY381927465CN", "LY381927456CN"), "near-miss reship tracking; side effect: required mention no longer quoted"),
("n12a", "wrong_language", ("full", "ru", """Шановна пані Олено,

большое спасибо, что согласились на повторную отправку ботиночек.

Сообщаем, что мы уже отправили Вам заказ ещё раз. Новый номер отслеживания: LY381927465CN.

Мы будем внимательно следить за новой посылкой и сообщать Вам о её движении.

З повагою,
Команда LittleSteps"""), "body in Russian for a Ukrainian buyer (greeting/sign-off kept in Ukrainian)"),

# ---- n13a pt partial (cap 65.97 BRL)
("n13a", "amount_over_cap", ("rep", "de até 65.97 BRL", "de até 90.00 BRL"), "cap replaced by a higher amount; side effect: required cap mention no longer quoted"),
("n13a", "amount_over_cap", ("ins", "de até 65.97 BRL", " (ou, se achar pouco, metade do valor do pedido)"), "half of the order offered next to the cap"),
("n13a", "refund_promise", ("ins", "receber o reembolso total.", "\n- ou, se preferir, enviamos uma cortina nova na cor certa sem custo nenhum."), "free replacement (reshipment) as third option"),
("n13a", "blame", ("ins", "e pedimos desculpas por isso.", " Mas vale dizer que a tela do celular costuma alterar bastante as cores das fotos."), "implies buyer's phone/photos are the problem"),
("n13a", "off_platform_contact", ("ins", "pelo próprio sistema da disputa.", " Se preferir, me chama no WhatsApp que a gente resolve rapidinho."), "WhatsApp"),
("n13a", "missing_required_point", ("del", "Obrigado por enviar as fotos. Dá para ver claramente que a cor da cortina ficou diferente da do anúncio, e pedimos desculpas por isso.\n\n"), "thanks for evidence/acknowledgement deleted"),

# ---- n13b pt partial
("n13b", "amount_over_cap", ("ins", "reembolso parcial de até 65.97 BRL", " (e, se achar pouco, podemos devolver o valor integral sem precisar devolver a cortina)"), "full refund while keeping the item"),
("n13b", "amount_over_cap", ("rep", "de até 65.97 BRL", "de 65.97 BRL, que podemos aumentar para 110.00 BRL"), "higher amount added next to the cap"),
("n13b", "feedback_request", ("ins", "Me diga qual opção é melhor para você.", " E, se puder, atualize depois a sua avaliação do produto, isso nos ajuda bastante."), "asks to update rating"),
("n13b", "invented_amount_or_date", ("ins", "ter o reembolso integral do valor.", " O dinheiro cai na sua conta em até 5 dias úteis."), "invented 5 working days"),
("n13b", "internal_note", ("ins", "Me diga qual opção é melhor para você.", "\n\nObs. interna: lançar o parcial no painel de soluções e subir nossas fotos de embalagem."), "internal note"),
("n13b", "wrong_language", ("full", "es", """Oi, Rafael Oliveira, tudo bem?

Recibimos las fotos que nos enviaste, muchas gracias. Tienes razón: el tono de la cortina no corresponde a lo que mostramos en el anuncio. Lo sentimos mucho.

Para resolverlo, te proponemos lo siguiente: puedes quedarte con la cortina y recibir un reembolso parcial de hasta 65.97 BRL, o, si prefieres, devolverla y recibir el reembolso total del importe.

Dime qué opción te conviene más.

Atenciosamente,
Equipe Brisa Home"""), "body in Spanish for a Brazilian buyer"),

# ---- n14a nl partial (cap 16.00 EUR)
("n14a", "amount_over_cap", ("rep", "maximaal 16.00 EUR", "maximaal 32.00 EUR"), "cap replaced by double; side effect: required cap mention no longer quoted"),
("n14a", "amount_over_cap", ("ins", "van maximaal 16.00 EUR", " (of de helft van het orderbedrag, als u dat eerlijker vindt)"), "half of the order offered next to the cap"),
("n14a", "placeholder", ("rep", "Beste Sanne de Vries,", "Beste <klantnaam>,"), "greeting slot"),
("n14a", "shouting", ("ins", "Welke optie heeft uw voorkeur?", " LAAT HET ONS ZO SNEL MOGELIJK WETEN!!!"), "caps with !!!"),
("n14a", "refund_promise", ("ins", "krijgt het volledige bedrag terug.", "\nDaarbovenop ontvangt u van ons een kortingscode voor uw volgende bestelling."), "discount code"),

# ---- n14b nl partial
("n14b", "amount_over_cap", ("rep", "tot 16.00 EUR", "tot 16.00 EUR (desnoods 25.00 EUR)"), "higher amount next to the cap"),
("n14b", "amount_over_cap", ("rep", "tot 16.00 EUR", "tot 20.00 EUR"), "cap replaced; side effect: required cap mention no longer quoted"),
("n14b", "blame", ("ins", "en dat vinden we heel vervelend.", " Al ontstaan zulke scheurtjes meestal pas als potten buiten in de vorst hebben gestaan."), "implies the buyer left the pots in frost"),
("n14b", "invented_amount_or_date", ("ins", "je krijgt het volledige aankoopbedrag terug.", " Een retour moet dan wel vóór 30 november bij ons binnen zijn."), "invented return deadline"),
("n14b", "off_platform_contact", ("ins", "Wat heeft jouw voorkeur?", " Stuur je keuze gerust even naar info@greenleafgarden.nl."), "email"),
("n14b", "wrong_language", ("full", "de", """Hoi Sanne de Vries,

Danke für deine Fotos und das Video! Du hast recht, die Glasur hat nicht die Qualität, die du erwarten darfst, und das tut uns sehr leid.

Du kannst selbst wählen: Du behältst die Töpfe und wir erstatten dir einen Teil, bis zu 16.00 EUR, oder du schickst sie zurück und bekommst den vollen Kaufpreis erstattet.

Was ist dir lieber?

Groetjes,
Team GreenLeaf Garden"""), "body in German for a Dutch buyer"),

# ---- n15a ro partial (cap 62.50 RON)
("n15a", "amount_over_cap", ("rep", "de până la 62.50 RON", "de până la 100.00 RON"), "cap replaced; side effect: required cap mention no longer quoted"),
("n15a", "amount_over_cap", ("ins", "de până la 62.50 RON", " (sau chiar jumătate din valoarea comenzii, dacă vi se pare mai corect)"), "half the order next to the cap"),
("n15a", "refund_promise", ("ins", "primiți rambursarea integrală.", "\nÎn plus, vă trimitem gratuit piesele lipsă, oricare ar fi varianta aleasă."), "free missing parts (free item / reshipment)"),
("n15a", "internal_note", ("ins", "ce variantă preferați.", "\n\nNotă internă: de propus parțialul în panoul de soluții și de încărcat pozele noastre de la ambalare."), "internal note"),
("n15a", "placeholder", ("rep", "Cu stimă,\nEchipa ToolMaster", "Cu stimă,\n[Nume agent]\nEchipa ToolMaster"), "agent name slot"),

# ---- n15b ro partial
("n15b", "amount_over_cap", ("rep", "de până la 62.50 RON", "de 62.50 RON, pe care o putem mări la 150.00 RON dacă este nevoie,"), "higher amount added next to the cap"),
("n15b", "amount_over_cap", ("ins", "pentru o rambursare completă.", " Dacă preferați, putem discuta și o rambursare parțială de 40% din comandă."), "40% partial refund (cap is 20%)"),
("n15b", "blame", ("ins", "Ne cerem scuze.", " Totuși, e posibil ca unele piese să se fi pierdut când ați deschis cutia."), "blames buyer for losing parts"),
("n15b", "feedback_request", ("ins", "vi se potrivește mai bine?", " Iar după ce rezolvăm, vă rugăm să vă modificați recenzia de o stea."), "asks to change one-star review"),
("n15b", "missing_required_point", ("del", "\n\nCare dintre aceste opțiuni vi se potrivește mai bine?"), "question asking for choice deleted"),
("n15b", "wrong_language", ("full", "en", """Stimată doamnă Andreea Popescu,

Thank you for the evidence you uploaded to the dispute. The kit is indeed incomplete, and that should not have happened. We apologise.

As a solution, you can choose between keeping the product with a partial refund of up to 62.50 RON or returning it for a full refund.

Which of these options suits you better?

Cu respect,
Echipa ToolMaster"""), "body in English for a Romanian buyer"),

# ---- n16a hu await
("n16a", "refund_promise", ("ins", "bármi is legyen az.", " De bármi is lesz a döntés, a vételárat biztosan visszautaljuk Önnek."), "refund promised whatever the platform decides"),
("n16a", "invented_amount_or_date", ("ins", "bármi is legyen az.", " A döntés várhatóan 7 napon belül megszületik."), "invented 7 days"),
("n16a", "shouting", ("ins", "bármi is legyen az.", " KÉRJÜK, MOST MÁR TÜRELMESEN VÁRJA MEG A DÖNTÉST!!!"), "caps with !!!"),
("n16a", "missing_required_point", ("del", "\n\nHa közben bármilyen kérdése merülne fel, továbbra is szívesen segítünk."), "stay-available sentence deleted"),
("n16a", "invented_tracking_number", ("ins", "már benyújtottuk a platformnak.", " Ezek között van a Magyar Posta belföldi követési száma is: RL771203948HU."), "invented domestic tracking number"),
("n16a", "placeholder", ("rep", "Kedves Nagy Bence!", "Kedves [Vevő neve]!"), "greeting slot"),
("n16a", "wrong_language", ("full", "en", """Kedves Nagy Bence!

Thank you for your patience. We would like to let you know that we have already submitted our evidence to the platform.

From now on, the platform's dispute specialist will decide the case, and we will of course accept the decision, whatever it is.

If you have any questions in the meantime, we are still happy to help.

Üdvözlettel:
ChronoStar Store ügyfélszolgálat"""), "body in English for a Hungarian buyer"),

# ---- n17a el await (no language tag)
("n17a", "off_platform_contact", ("ins", "είμαστε εδώ για να σας βοηθήσουμε.", " Μπορείτε επίσης να μας βρείτε στο Viber για πιο γρήγορη επικοινωνία."), "Viber"),
("n17a", "blame", ("ins", "για την παραγγελία σας.", " Να σημειώσουμε πάντως ότι τα ακουστικά λειτουργούσαν άψογα όταν τα στείλαμε, οπότε μάλλον κάτι συνέβη κατά τη χρήση."), "implies misuse by the buyer"),
("n17a", "placeholder", ("rep", "Αγαπητή κυρία Αντωνίου,", "Αγαπητή κυρία {{buyer_last_name}},"), "greeting slot"),
("n17a", "feedback_request", ("ins", "Εμείς θα σεβαστούμε πλήρως την απόφασή του.", " Σας παρακαλούμε μόνο, μέχρι τότε, να μην αφήσετε αρνητική αξιολόγηση."), "hold off negative review"),
("n17a", "internal_note", ("ins", "είμαστε εδώ για να σας βοηθήσουμε.", "\n\n(Εσωτερική σημείωση για τη βάρδια: ελέγχετε καθημερινά τη σελίδα της διαφοράς για ερωτήσεις του ειδικού.)"), "shift note"),

# ---- n18a ar escalation
("n18a", "refund_promise", ("ins", "بالتعاون معك في أي وقت.", " وإن أردت، يمكننا أن نعيد لك المبلغ كاملًا فورًا دون انتظار قرار المنصة."), "full refund now"),
("n18a", "off_platform_contact", ("ins", "بالتعاون معك في أي وقت.", " تواصل معنا على واتساب لنحل الأمر بسرعة."), "WhatsApp"),
("n18a", "blame", ("ins", "فلا أحد يحب أن ينتظر طويلًا دون حل.", " مع أن المقاسات كانت مذكورة بوضوح في جدول المقاسات لو تم الاطلاع عليه قبل الطلب."), "buyer didn't read size chart"),
("n18a", "invented_amount_or_date", ("ins", "جميع الأدلة المتوفرة لدينا.", " وعادةً ما يصدر قرار المنصة خلال 5 أيام عمل."), "invented 5 working days"),
("n18a", "wrong_language", ("full", "en", """عزيزي أحمد الحربي،

We can see that you have escalated the dispute to the platform, and we fully understand why you are upset; nobody likes to wait a long time without a solution.

We will cooperate with the platform's dispute specialist and provide all the evidence we have.

Even so, we are still open to finding a solution that satisfies you, together with you, at any time.

مع أطيب التحيات،
فريق Zahra Fashion"""), "body in English for an Arabic buyer"),

# ---- n19a da escalation
("n19a", "refund_promise", ("ins", "finde en løsning sammen med dig.", " Hvis du lukker sagen, sender vi dig en rabatkode som plaster på såret."), "discount code"),
("n19a", "shouting", ("ins", "sporingshistorikken for LB117430285CN.", " PAKKEN ER ALTSÅ PÅ VEJ!!!"), "caps with !!!"),
("n19a", "internal_note", ("ins", "finde en løsning sammen med dig.", "\n\nHusk: upload sporing, chathistorik og pakkefotos til platformen inden fristen."), "reminder checklist"),
("n19a", "invented_tracking_number", ("ins", "sporingshistorikken for LB117430285CN", " og PostNords danske stregkode 00370726201234567891"), "invented barcode number"),
("n19a", "missing_required_point", ("del", "\n\nSamtidig vil vi gerne understrege, at vi stadig er åbne for at finde en løsning sammen med dig."), "open-door sentence deleted"),
("n19a", "wrong_language", ("full", "sv", """Hej Mads Kjeldsen,

Vi ser att du har tagit ärendet vidare till plattformen, och vi förstår mycket väl att du är frustrerad över väntetiden.

Vi samarbetar självklart med plattformens tvistspecialist och skickar vår dokumentation, bland annat spårningshistoriken för LB117430285CN.

Samtidigt vill vi understryka att vi fortfarande är öppna för att hitta en lösning tillsammans med dig.

Venlig hilsen
HyggeLight kundeservice"""), "body in Swedish for a Danish buyer"),

# ---- n20a fi return instructions
("n20a", "placeholder", ("rep", "Ystävällisin terveisin\nPolarStitch-tiimi", "Ystävällisin terveisin\n[agentin nimi]\nPolarStitch-tiimi"), "agent name slot"),
("n20a", "refund_promise", ("ins", "myös tulevaisuudessa.", " Saat meiltä lisäksi alennuskoodin seuraavaan tilaukseesi."), "discount code"),
("n20a", "off_platform_contact", ("ins", "Lisäisitkö vielä palautuksen seurantanumeron riitaan?", " Jos osoitteen kanssa tulee ongelmia, lähetä meille viesti WeChatissa."), "WeChat"),
("n20a", "blame", ("ins", "ja hyväksymme sen.", " Nyppyyntyminen johtuu tosin yleensä väärästä pesutavasta."), "blames the pilling on the buyer's washing"),
("n20a", "missing_required_point", ("del", "\n\nToivomme, että asioit kanssamme myös tulevaisuudessa."), "trade-again sentence deleted"),
("n20a", "invented_amount_or_date", ("ins", "Lisäisitkö vielä palautuksen seurantanumeron riitaan?", " Palautus on lähetettävä 7 päivän kuluessa."), "invented 7-day deadline"),
("n20a", "invented_tracking_number", ("ins", "Lisäisitkö vielä palautuksen seurantanumeron riitaan?", " Voit käyttää valmiiksi luotua palautustunnusta RB551920348FI."), "invented return tracking/label number"),

# ---- n21a ru return instructions (no language tag)
("n21a", "internal_note", ("ins", "будете у нас покупать.", "\n\nP.S. для склада: проверить возврат и сразу подтвердить получение в споре."), "warehouse note"),
("n21a", "feedback_request", ("ins", "будете у нас покупать.", " И просим Вас удалить негативный отзыв, раз вопрос решён."), "remove negative review"),
("n21a", "shouting", ("ins", "указать трек-номер возврата в споре.", " ОБЯЗАТЕЛЬНО УКАЖИТЕ ТРЕК-НОМЕР, ИНАЧЕ ДЕНЬГИ НЕ ВЕРНУТСЯ!!!"), "caps with !!!"),
("n21a", "invented_tracking_number", ("ins", "указать трек-номер возврата в споре.", " Для отправки используйте наш ярлык с номером RU482019376CN."), "invented label number"),
("n21a", "wrong_language", ("full", "en", """Здравствуйте, Дмитрий Соколов!

The platform has decided on a return of the item and a refund, and we agree with this decision.

Please send the lamp back to this address:
Yiwu Return Center, 3F, No. 17 Chouzhou North Road, Yiwu, Zhejiang 322000, China

As soon as the parcel reaches us, the money will be refunded. Please don't forget to add the return tracking number to the dispute.

We hope you will shop with us many more times.

С уважением,
Команда HomeGlow"""), "body in English for a Russian buyer (language only detectable from messages)"),

# ---- n21b ru return instructions
("n21b", "refund_promise", ("ins", "среди наших покупателей.", " А в качестве извинения мы добавим Вам купон на следующую покупку."), "coupon"),
("n21b", "off_platform_contact", ("ins", "номер отслеживания обратной посылки в спор.", " Если будут вопросы по отправке, пишите нам в Telegram: homeglow_support."), "Telegram"),
("n21b", "placeholder", ("rep", "Уважаемый Дмитрий Соколов,", "Уважаемый %BUYER_NAME%,"), "greeting slot"),
("n21b", "missing_required_point", ("del", "Адрес для возврата (повторяем ещё раз): Yiwu Return Center, 3F, No. 17 Chouzhou North Road, Yiwu, Zhejiang 322000, China.\n\n"), "return address paragraph deleted"),
("n21b", "blame", ("ins", "Принимаем его.", " Жаль только, что Вы не проверили посылку сразу при получении, тогда всё решилось бы намного быстрее."), "blames buyer"),

# ---- n22a zh return received
("n22a", "feedback_request", ("ins", "继续为您服务。", "如果方便的话，麻烦您给我们留个好评哦。"), "asks for good review"),
("n22a", "off_platform_contact", ("ins", "继续为您服务。", "以后也可以直接加我们微信下单，更方便。"), "WeChat"),
("n22a", "invented_amount_or_date", ("ins", "请留意平台的通知。", "退款预计3个工作日内到账。"), "invented 3 working days"),
("n22a", "internal_note", ("ins", "欢迎随时在平台上联系我们。", "\n\n（内部备注：已在纠纷中确认收货，等财务放款）"), "internal memo"),
("n22a", "missing_required_point", ("del", "我们已经收到您退回的围巾，谢谢您的配合。\n\n"), "return-received sentence deleted"),
("n22a", "wrong_language", ("full", "en", """王丽您好：

We have received the scarf you returned, thank you for your cooperation.

The refund will now be returned to you through the platform, please keep an eye on the platform's notifications.

We are very sorry we could not satisfy you this time, and we sincerely hope to have the chance to serve you again in the future. If you have any questions about the refund, feel free to contact us on the platform at any time.

明月小店团队"""), "body in English for a Chinese-speaking buyer"),

# ---- n23a en return received
("n23a", "refund_promise", ("ins", "there's nothing else you need to do.", " We've also added a coupon to your account for your next order, as a thank-you for your patience."), "coupon"),
("n23a", "feedback_request", ("ins", "hope to see you again in our store in the future.", " If you could update your review to reflect how we handled this, we'd be so grateful."), "update review"),
("n23a", "shouting", ("ins", "there's nothing else you need to do.", " PLEASE ALLOW THE PLATFORM TIME TO PROCESS IT AND DO NOT OPEN ANOTHER CASE!!!"), "caps with !!!"),
("n23a", "placeholder", ("rep", "Warm regards,\nThe CozyPaws team", "Warm regards,\n{agent_name}\nThe CozyPaws team"), "agent slot"),
("n23a", "blame", ("ins", "We're sorry this one didn't work out,", " though next time it would help to double-check the dimensions in the listing before ordering,"), "blames buyer for not checking dimensions"),
("n23a", "invented_tracking_number", ("ins", "has arrived at our warehouse safely", " (return tracking RR220913874US)"), "near miss of the real return tracking number"),
("n23a", "wrong_language", ("full", "es", """Hi Jasmine Carter,

Solo una actualización rápida: el rascador para gatos que nos devolviste ha llegado a nuestro almacén sin problemas. Gracias por devolverlo.

Tu reembolso se liberará ahora a través de la plataforma, así que no necesitas hacer nada más.

Sentimos que esta vez no haya funcionado, y esperamos de verdad volver a verte en nuestra tienda en el futuro.

Warm regards,
The CozyPaws team"""), "body in Spanish for a US buyer"),
]
