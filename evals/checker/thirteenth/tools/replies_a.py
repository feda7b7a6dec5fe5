"""Good replies q01-q12 and their one-edit bad variants.
Bad edit: (defect, old, new, note) -> message = good.replace(old, new) (old must occur exactly once);
wrong_language: ("wrong_language", None, full_translation, note, lang)."""

GOODS = []


def G(gid, dispute, text, bads):
    GOODS.append({"id": gid, "dispute": dispute, "text": text.strip("\n"), "bads": bads})


G("q01a", "q01", """Bonjour Mathilde,

Nous sommes vraiment désolés d'apprendre que votre vase en verre soufflé est arrivé fêlé ; ce n'est pas du tout l'expérience que nous voulions vous offrir. Pour que nous puissions comprendre ce qui s'est passé, pourriez-vous nous envoyer ici quelques photos de la fêlure, ainsi que du carton extérieur tel qu'il vous a été livré (avant de le jeter, si possible) ? Dès que nous les aurons, nous les examinerons sans attendre et nous reviendrons vers vous avec une solution.

Merci de votre patience,
L'équipe Atelier Verre & Lin""", [
    ("refund_promise", "avec une solution.", "avec une solution. Si la casse se confirme, vous serez de toute façon remboursée intégralement.",
     "full refund promised before the evidence is seen, appended to the next-step sentence"),
    ("blame", "que nous voulions vous offrir.", "que nous voulions vous offrir. Honnêtement, avec La Poste ce genre de casse n'a rien d'étonnant, ils balancent les colis sans aucun soin.",
     "blames the carrier's staff, after the apology"),
    ("off_platform_contact", "pourriez-vous nous envoyer ici quelques photos", "pourriez-vous nous envoyer quelques photos par e-mail à sav.atelierverrelin@gmail.com",
     "asks for the photos by e-mail instead of in the dispute"),
    ("internal_note", "Merci de votre patience,", "[À faire : comparer avec les photos de l'annonce + retrouver la vidéo d'emballage de la commande]\n\nMerci de votre patience,",
     "seller checklist left in as a bracketed to-do line before the closing"),
    ("shouting", "Merci de votre patience,", "SURTOUT NE JETEZ PAS LE CARTON AVANT D'AVOIR FAIT LES PHOTOS !!!\n\nMerci de votre patience,",
     "all-caps sentence with !!! before the closing"),
    ("wrong_language", None, """Hello Mathilde,

We are really sorry to hear that your blown-glass vase arrived cracked; that is not at all the experience we wanted to give you. So that we can understand what happened, could you send us a few photos of the crack here, as well as of the outer box as it was delivered to you (before throwing it away, if possible)? As soon as we have them, we will look at them straight away and come back to you with a solution.

Thank you for your patience,
L'équipe Atelier Verre & Lin""", "whole reply translated into English for a French buyer", "en"),
])

G("q01b", "q01", """Bonjour Mme Rousseau,

Toutes nos excuses pour ce vase abîmé à la livraison, c'est très contrariant. Afin de vérifier ce qui est arrivé, nous aurions besoin de :
- photos nettes des dégâts sur le vase ;
- photos de l'emballage extérieur dans l'état où vous l'avez reçu.
Nous les regarderons dès réception et vous proposerons une solution rapidement.

L'équipe Atelier Verre & Lin""", [
    ("missing_required_point", "Afin de vérifier ce qui est arrivé, nous aurions besoin de :\n- photos nettes des dégâts sur le vase ;\n- photos de l'emballage extérieur dans l'état où vous l'avez reçu.\n", "",
     "the whole evidence request (list) deleted; 'les' now refers to nothing"),
    ("placeholder", "Bonjour Mme Rousseau,", "Bonjour {{buyer_name}},", "template variable left in the greeting"),
    ("feedback_request", "c'est très contrariant.", "c'est très contrariant. En attendant, on compte sur vous pour ne pas nous mettre d'avis négatif, promis on va arranger ça.",
     "asks the buyer to hold off negative feedback"),
    ("invented_amount_or_date", "vous proposerons une solution rapidement.", "vous proposerons une solution d'ici le 14 novembre.",
     "invented deadline date"),
    ("invented_tracking_number", "ce vase abîmé à la livraison,", "ce vase abîmé à la livraison (colis n° 8V00418273FR),",
     "a La Poste parcel number that is not in the dispute"),
])

G("q02a", "q02", """Dzień dobry Pani Katarzyno,

bardzo przepraszamy, że kurtka okazała się za mała – rozumiemy, jak to rozczarowuje, zwłaszcza przy zakupie na zimę. Żebyśmy mogli sprawdzić, czy doszło do pomyłki przy rozmiarze, prosimy o zdjęcie kurtki rozłożonej płasko, z miarką krawiecką przyłożoną w poprzek pod pachami, tak aby na zdjęciu widać było też metkę z rozmiarem. Jak tylko je dostaniemy, od razu porównamy wymiary z naszą tabelą i wrócimy do Pani z propozycją rozwiązania.

Pozdrawiam serdecznie,
Marta, Dom Kurtki Store""", [
    ("blame", "zwłaszcza przy zakupie na zimę.", "zwłaszcza przy zakupie na zimę. Muszę jednak zaznaczyć, że tabela rozmiarów była w opisie i wystarczyło do niej zajrzeć przed zamówieniem.",
     "blames the buyer for not checking the size chart"),
    ("refund_promise", "z propozycją rozwiązania.", "z propozycją rozwiązania. Niezależnie od wyniku dostanie Pani od nas kupon rabatowy na kolejne zakupy.",
     "discount coupon promised before the evidence is seen"),
    ("off_platform_contact", "Jak tylko je dostaniemy,", "Zdjęcia może Pani też podesłać na Messengerze, na naszym fanpage'u Dom Kurtki. Jak tylko je dostaniemy,",
     "sends the buyer to Facebook Messenger"),
    ("missing_required_point", " Jak tylko je dostaniemy, od razu porównamy wymiary z naszą tabelą i wrócimy do Pani z propozycją rozwiązania.", "",
     "next-step sentence deleted"),
    ("shouting", "Pozdrawiam serdecznie,", "PROSZĘ KONIECZNIE ZROBIĆ ZDJĘCIE Z METKĄ, BEZ NIEJ NIC NIE ZROBIMY!!!\n\nPozdrawiam serdecznie,",
     "all-caps line with !!!"),
    ("placeholder", "Dzień dobry Pani Katarzyno,", "Dzień dobry Pani [imię klientki],", "bracketed name placeholder in the greeting"),
])

G("q03a", "q03", """佐藤 美咲 様

このたびはワイヤレス充電器が正常に動作せず、ご不便をおかけして誠に申し訳ございません。
原因を確認させていただきたく、お手数ですが、充電器を電源につないだ状態でスマートフォンを置き、充電が始まらない様子を撮影した短い動画をお送りいただけますでしょうか。
動画を拝見しましたら、すぐに確認のうえ、解決策をご案内いたします。

Kiraboshi Gadgets カスタマーサポート""", [
    ("refund_promise", "解決策をご案内いたします。", "解決策をご案内いたします。なお、不良と確認でき次第、全額返金させていただきます。",
     "full refund promised before the video is seen"),
    ("internal_note", "\n\nKiraboshi Gadgets", "\n（社内メモ：evidence_by_problem_type／出荷前の検品記録を確認すること）\n\nKiraboshi Gadgets",
     "internal memo with the remedy id and checklist"),
    ("off_platform_contact", "お送りいただけますでしょうか。", "お送りいただけますでしょうか。ファイルが大きい場合は、LINE公式アカウント「@kiraboshi」に直接送っていただいても構いません。",
     "offers LINE as a channel for the video"),
    ("blame", "誠に申し訳ございません。", "誠に申し訳ございません。ただ、当店の充電器で不具合が出ることはまずございませんので、お客様の使い方に問題があるのではないかと思われます。",
     "suggests the buyer is misusing the charger"),
    ("invented_amount_or_date", "すぐに確認のうえ、", "3営業日以内に確認のうえ、", "invented day count (3 business days)"),
    ("wrong_language", None, """佐藤 美咲 様

We are very sorry that your wireless charger is not working properly and for the inconvenience this has caused.
So that we can find the cause, could you please send us a short video showing the charger plugged in, with your smartphone placed on it and charging not starting?
As soon as we have seen the video, we will check it and propose a solution.

Kiraboshi Gadgets カスタマーサポート""", "whole reply in English for a Japanese buyer (name and signature kept)", "en"),
])

G("q04a", "q04", """Hallo Herr Becker,

danke für Ihre Nachricht. Wir haben nachgesehen: Ihr Zelt wird im Moment vom Zoll zurückgehalten – den Stand können Sie jederzeit mit der Sendungsnummer RX448812906CN verfolgen. Bei dieser Bestellung liegen die Einfuhrabgaben laut unseren Bedingungen beim Käufer. Wären Sie deshalb so freundlich, die Gebühren zu begleichen und die Verzollung abzuschließen? Falls der Zoll Unterlagen sehen möchte, etwa die Handelsrechnung, schicken wir Ihnen diese sofort zu – eine kurze Nachricht hier genügt.

Viele Grüße
Ihr Team von Nordlicht Outdoor""", [
    ("invented_tracking_number", "RX448812906CN", "RX448819206CN", "tracking number with two digits swapped"),
    ("blame", "danke für Ihre Nachricht.", "danke für Ihre Nachricht. Die Zollbeamten in Frankfurt sind leider bekannt dafür, dass sie langsam und schlampig arbeiten.",
     "blames customs staff"),
    ("invented_amount_or_date", "beim Käufer.", "beim Käufer; in Ihrem Fall sind das etwa 24,70 €.", "invented duty amount"),
    ("missing_required_point", " Falls der Zoll Unterlagen sehen möchte, etwa die Handelsrechnung, schicken wir Ihnen diese sofort zu – eine kurze Nachricht hier genügt.", "",
     "offer-documents sentence deleted"),
    ("shouting", "Viele Grüße", "BITTE ZAHLEN SIE SCHNELL, SONST GEHT DAS PAKET ZURÜCK NACH CHINA!!!\n\nViele Grüße", "all-caps warning with !!!"),
    ("feedback_request", "eine kurze Nachricht hier genügt.", "eine kurze Nachricht hier genügt. Und wenn am Ende alles klappt, freuen wir uns riesig über fünf Sterne!",
     "asks for a five-star rating"),
])

G("q04b", "q04", """Guten Tag Herr Becker,

kurz zum Stand Ihrer Sendung RX448812906CN: Das Paket liegt derzeit beim Zoll.
- Die Einfuhrabgaben für diese Bestellung trägt der Käufer. Wir möchten Sie daher bitten, sie zu bezahlen und die Zollabfertigung abzuschließen.
- Sollte der Zoll Dokumente verlangen, zum Beispiel die Rechnung, senden wir Ihnen diese gerne umgehend.

Vielen Dank für Ihr Verständnis!
Ihr Team von Nordlicht Outdoor""", [
    ("refund_promise", "Vielen Dank für Ihr Verständnis!", "Die Zollgebühren erstatten wir Ihnen danach natürlich zurück. Vielen Dank für Ihr Verständnis!",
     "promises to reimburse the duties (compensation)"),
    ("off_platform_contact", "senden wir Ihnen diese gerne umgehend.", "senden wir Ihnen diese gerne umgehend – schreiben Sie uns dafür einfach an zoll@nordlicht-outdoor.de.",
     "e-mail address for documents"),
    ("internal_note", "\nVielen Dank für Ihr Verständnis!", "\nIntern: Handelsrechnung schon hochgeladen? Screenshot der Tracking-Seite fehlt noch!\nVielen Dank für Ihr Verständnis!",
     "internal checklist line left in"),
    ("placeholder", "Guten Tag Herr Becker,", "Guten Tag Herr <NACHNAME>,", "angle-bracket surname placeholder"),
    ("wrong_language", None, """Buongiorno signor Becker,

un breve aggiornamento sulla sua spedizione RX448812906CN: il pacco si trova al momento in dogana.
- I dazi di importazione per questo ordine sono a carico dell'acquirente. Le chiediamo quindi di pagarli e di completare lo sdoganamento.
- Se la dogana dovesse richiedere documenti, per esempio la fattura, glieli invieremo subito.

Grazie per la comprensione!
Ihr Team von Nordlicht Outdoor""", "whole reply in Italian for a German buyer", "it"),
])

G("q05a", "q05", """Merhaba Elif Hanım,

Kargonuz şu anda gümrükte bekliyor; UJ772310458CN takip numarasıyla durumunu izleyebilirsiniz. İçiniz rahat olsun: bu siparişte gümrük vergisini biz ödüyoruz ve gümrük işlemlerini de biz takip ediyoruz, yani sizin herhangi bir ödeme yapmanıza gerek yok. Sizden yalnızca gümrük paketi serbest bırakana kadar biraz sabırlı olmanızı rica ediyoruz.

Saygılarımızla,
Anka Elektronik Store ekibi""", [
    ("refund_promise", "ödeme yapmanıza gerek yok.", "ödeme yapmanıza gerek yok. Beklettiğimiz için de telafi olarak hesabınıza bir indirim kuponu tanımlayacağız.",
     "discount coupon as compensation for the delay"),
    ("blame", "Sizden yalnızca", "Gecikme tamamen gümrükteki memurların beceriksizliğinden kaynaklanıyor. Sizden yalnızca",
     "blames customs officers"),
    ("missing_required_point", " İçiniz rahat olsun: bu siparişte gümrük vergisini biz ödüyoruz ve gümrük işlemlerini de biz takip ediyoruz, yani sizin herhangi bir ödeme yapmanıza gerek yok.", "",
     "seller-pays sentence deleted (the buyer's question is left unanswered)"),
    ("shouting", "Saygılarımızla,", "LÜTFEN GÜMRÜĞE KESİNLİKLE PARA ÖDEMEYİN!!!\n\nSaygılarımızla,", "all-caps line with !!!"),
    ("invented_amount_or_date", "rica ediyoruz.", "rica ediyoruz. Bu işlem genelde en fazla 5 iş günü sürüyor.", "invented day count"),
    ("invented_tracking_number", "UJ772310458CN", "UJ772310485CN", "last digits swapped"),
    ("wrong_language", None, """Hello Elif Hanım,

Your parcel is currently waiting at customs; you can follow it with the tracking number UJ772310458CN. Don't worry: for this order we are paying the customs duties and handling the clearance ourselves, so you do not have to pay anything. We only ask you to be a little patient until customs releases the parcel.

Kind regards,
Anka Elektronik Store ekibi""", "whole reply in English for a Turkish buyer", "en"),
])

G("q06a", "q06", """김지은 고객님, 안녕하세요.

주문하신 세럼 세트가 현재 세관에서 통관 보류 중인 것으로 확인됩니다. 운송장 번호 LY905531774CN으로 진행 상황을 조회하실 수 있습니다. 통관을 위해 세관에서 어떤 서류나 절차가 필요한지 지금 택배사에 확인하고 있으며, 답변을 받는 대로 바로 안내해 드리겠습니다. 번거로우시겠지만 조금만 더 기다려 주시면 감사하겠습니다.

Haneul Beauty 드림""", [
    ("off_platform_contact", "감사하겠습니다.", "감사하겠습니다. 더 빠른 안내를 원하시면 카카오톡 채널 '하늘뷰티'로 문의 주세요.", "KakaoTalk channel"),
    ("refund_promise", "감사하겠습니다.", "감사하겠습니다. 지연에 대한 보상으로 적립금도 넣어 드릴게요.", "store credit as compensation"),
    ("invented_tracking_number", "조회하실 수 있습니다.", "조회하실 수 있습니다. (국내 인계 송장번호: 6891-2045-7730)", "invented domestic waybill number"),
    ("internal_note", "\n\nHaneul Beauty 드림", "\n\n[메모: 관부가세 부담 주체 확인 전에는 결제하지 말 것 - 주문 조건 체크]\n\nHaneul Beauty 드림", "internal memo"),
    ("blame", "확인됩니다.", "확인됩니다. 솔직히 요즘 세관 직원들이 일을 너무 느리게 처리해서 이런 일이 자주 생깁니다.", "blames customs staff"),
    ("missing_required_point", " 통관을 위해 세관에서 어떤 서류나 절차가 필요한지 지금 택배사에 확인하고 있으며, 답변을 받는 대로 바로 안내해 드리겠습니다.", "",
     "checking-with-carrier sentence deleted"),
])

G("q07a", "q07", """¡Hola, Alejandro!

Entiendo perfecto tu preocupación, pero te tengo buenas noticias: tu lámpara sigue en camino y puedes ver por dónde va con el número de rastreo LB310942287CN. ¿Serías tan amable de cerrar la disputa por ahora? Para que no te quedes sin respaldo, nosotros extendemos tu protección de compra 20 días más, así sigues cubierto hasta que la lámpara llegue a tu casa.

Quedamos al pendiente de cualquier duda.
Equipo de Casa Tapatía Shop""", [
    ("refund_promise", "llegue a tu casa.", "llegue a tu casa, y si aun así no llega, te devolvemos tu dinero completo sin broncas.", "refund promised while asking to close"),
    ("invented_amount_or_date", "LB310942287CN.", "LB310942287CN. Según Estafeta, la entrega está programada para el 22 de noviembre.", "invented delivery date"),
    ("missing_required_point", " ¿Serías tan amable de cerrar la disputa por ahora?", "", "ask-to-close sentence deleted"),
    ("feedback_request", "Quedamos al pendiente de cualquier duda.", "Y cuando la tengas, te agradeceríamos muchísimo una reseña de cinco estrellitas. Quedamos al pendiente de cualquier duda.",
     "asks for a five-star review"),
    ("placeholder", "¡Hola, Alejandro!", "¡Hola, [NOMBRE DEL CLIENTE]!", "bracketed placeholder in greeting"),
    ("shouting", "Entiendo perfecto", "¡¡¡NO TE PREOCUPES, TU PAQUETE NO ESTÁ PERDIDO!!! Entiendo perfecto", "all-caps sentence with !!!"),
])

G("q07b", "q07", """Estimado Alejandro Ramírez:

Lamentamos la espera. Le confirmamos que su lámpara de talavera está en tránsito; el número de guía es LB310942287CN. Le pedimos de la manera más atenta que cierre la disputa por el momento. A cambio, ampliaremos su protección al comprador por 20 días, de modo que seguirá totalmente protegido mientras llega el paquete.

Saludos cordiales,
Equipo de Casa Tapatía Shop""", [
    ("missing_required_point", " A cambio, ampliaremos su protección al comprador por 20 días, de modo que seguirá totalmente protegido mientras llega el paquete.", "",
     "protection-extension sentence (with the 20 days) deleted"),
    ("off_platform_contact", "mientras llega el paquete.", "mientras llega el paquete. Si gusta, mándenos un WhatsApp y le pasamos el rastreo actualizado al momento.", "WhatsApp"),
    ("internal_note", "\n\nSaludos cordiales,", "\n\n(Nota interna: subir captura del rastreo a la disputa y extender la protección en el centro de vendedores cuando acepte.)\n\nSaludos cordiales,",
     "seller checklist as an internal note"),
    ("invented_tracking_number", "el número de guía es LB310942287CN.", "el número de guía es LB310942287CN y la guía local de Estafeta es 7702184459316.",
     "invented local carrier number"),
    ("blame", "Lamentamos la espera.", "Lamentamos la espera; Estafeta anda lentísima y pierde el tiempo con todo.", "blames the carrier"),
    ("wrong_language", None, """Dear Alejandro Ramírez,

We are sorry for the wait. We can confirm that your talavera lamp is in transit; the tracking number is LB310942287CN. We kindly ask you to close the dispute for the time being. In return, we will extend your buyer protection by 20 days, so you will remain fully protected while the parcel arrives.

Kind regards,
Equipo de Casa Tapatía Shop""", "whole reply in English for a Mexican Spanish buyer", "en"),
])

G("q08a", "q08", """Hej Linnea!

Tack för att du hörde av dig, och jag förstår att det känns osäkert. Paketet med din linneduk är på väg – du kan följa det med spårningsnumret CNSE00481126. Skulle du vilja stänga tvisten så länge? Vi förlänger ditt köpskydd med 15 dagar, så du har fortfarande fullt skydd ända tills duken är hos dig. Du förlorar alltså inga pengar på det.

Vänliga hälsningar,
Fjällbo Home""", [
    ("refund_promise", "Du förlorar alltså inga pengar på det.", "Och skulle den inte dyka upp skickar vi en ny duk gratis direkt.", "free reshipment promised while asking to close"),
    ("blame", "känns osäkert.", "känns osäkert. PostNord är tyvärr helt hopplösa just nu, de slarvar bort hälften av allt.", "blames the carrier"),
    ("invented_amount_or_date", "CNSE00481126.", "CNSE00481126. Enligt PostNord beräknas leveransen till den 19 november.", "invented delivery date"),
    ("feedback_request", "Du förlorar alltså inga pengar på det.", "Du förlorar alltså inga pengar på det. Och snälla, vänta med att lämna ett omdöme tills duken har kommit.",
     "asks to hold off the review"),
    ("shouting", "Vänliga hälsningar,", "STÄNG TVISTEN NU SÅ LÖSER VI ALLT!!!\n\nVänliga hälsningar,", "all-caps line with !!!"),
    ("placeholder", "Hej Linnea!", "Hej {buyer_first_name}!", "curly-brace variable in greeting"),
])

G("q09a", "q09", """Gentile Giulia,

ci dispiace davvero: a quanto risulta, il pacco con la sua lampada da scrivania si è perso durante il viaggio. Se le va bene, possiamo spedirgliela di nuovo, senza alcun costo aggiuntivo per lei. Ci risponda qui per confermare e, già che c'è, controlli per favore che l'indirizzo di spedizione sia ancora corretto, così partiamo subito.

Un caro saluto,
Lo staff di Bottega Luce""", [
    ("refund_promise", "Se le va bene, possiamo spedirgliela di nuovo,", "Se preferisce, possiamo rimborsarla subito per intero, oppure spedirgliela di nuovo,",
     "full refund offered as an alternative"),
    ("off_platform_contact", "Ci risponda qui per confermare", "Ci scriva su WhatsApp o a info@bottegaluce.it per confermare", "WhatsApp / e-mail"),
    ("invented_tracking_number", "così partiamo subito.", "così partiamo subito: il nuovo invio avrà il codice RB662019473CN.", "near-miss tracking number for a reshipment not yet agreed"),
    ("missing_required_point", " Ci risponda qui per confermare e, già che c'è, controlli per favore che l'indirizzo di spedizione sia ancora corretto, così partiamo subito.", "",
     "ask-to-confirm + address-check sentence deleted"),
    ("internal_note", "\n\nUn caro saluto,", "\n\nNB interno: aprire reclamo smarrimento con Cainiao + verificare giacenza lampade ottone.\n\nUn caro saluto,", "internal checklist"),
    ("wrong_language", None, """Estimada Giulia:

lo sentimos de verdad: por lo que vemos, el paquete con su lámpara de escritorio se perdió durante el viaje. Si le parece bien, podemos enviársela de nuevo, sin ningún coste adicional para usted. Respóndanos aquí para confirmarlo y, ya de paso, compruebe por favor que su dirección de envío sigue siendo correcta, así la enviamos enseguida.

Un cordial saludo,
Lo staff di Bottega Luce""", "whole reply in Spanish for an Italian buyer", "es"),
])

G("q10a", "q10", """Beste Daan,

Wat vervelend, het spijt ons echt: het ziet ernaar uit dat je pakket met de acrylverf onderweg is kwijtgeraakt. Zullen we de set opnieuw naar je versturen? Dat kost je uiteraard niets extra. Laat je hier even weten of je dat wilt? Kijk dan ook meteen even of je verzendadres nog klopt. Dan kan de verf zo snel mogelijk weer richting jouw cursus.

Groetjes,
Team Tulip Craft Supplies""", [
    ("blame", "onderweg is kwijtgeraakt.", "onderweg is kwijtgeraakt. Typisch PostNL: die bezorgers gooien pakketjes gewoon ergens neer.", "blames the carrier's couriers"),
    ("refund_promise", "Dat kost je uiteraard niets extra.", "Dat kost je uiteraard niets extra, en als goedmakertje doen we er een gratis penselenset bij.", "free gift"),
    ("feedback_request", "richting jouw cursus.", "richting jouw cursus. Heb je al een negatieve beoordeling gegeven? Dan zouden we het fijn vinden als je die aanpast zodra alles goed komt.",
     "asks to change a negative rating"),
    ("placeholder", "Beste Daan,", "Beste %KLANTNAAM%,", "percent placeholder"),
    ("shouting", "Groetjes,", "LAAT HET ONS ZO SNEL MOGELIJK WETEN!!!\n\nGroetjes,", "all-caps line with !!!"),
    ("invented_amount_or_date", "Dan kan de verf zo snel mogelijk weer richting jouw cursus.", "Dan ligt de verf binnen 10 dagen bij je.", "invented delivery day count"),
])

G("q11a", "q11", """Oi, Rafael, tudo bem?

Muito obrigado por topar o reenvio da mochila! Ela já foi despachada de novo, e o novo código de rastreio é YT2611830042915. A gente vai ficar de olho nessa nova remessa e te avisa por aqui sobre qualquer novidade.

Um abraço,
Equipe Loja Bem-te-vi""", [
    ("invented_tracking_number", "YT2611830042915", "YT2611830042951", "last two digits swapped"),
    ("refund_promise", "Ela já foi despachada de novo,", "Como pedido de desculpas, também vamos devolver o valor do frete pra você. Ela já foi despachada de novo,",
     "shipping cost refunded as compensation"),
    ("blame", "Muito obrigado por topar o reenvio da mochila!", "Muito obrigado por topar o reenvio da mochila! Os Correios, como sempre, deram um jeito de sumir com o primeiro pacote.",
     "blames the carrier"),
    ("off_platform_contact", "sobre qualquer novidade.", "sobre qualquer novidade. Se preferir, chama a gente no Instagram @lojabemtevi que respondemos bem mais rápido.", "Instagram"),
    ("missing_required_point", " A gente vai ficar de olho nessa nova remessa e te avisa por aqui sobre qualquer novidade.", "", "keep-updated sentence deleted"),
    ("internal_note", "\n\nUm abraço,", "\n\n[interno: anexar novo rastreio na disputa + guardar print do aceite do cliente]\n\nUm abraço,", "internal note"),
])

G("q12a", "q12", """Dobrý den, pane Nováku,

děkujeme, že souhlasíte s opětovným odesláním sady šroubováků. Zásilku jsme už znovu odeslali a její nové sledovací číslo je RP900477125CN. Budeme novou zásilku průběžně sledovat a o všem vás budeme informovat.

S pozdravem
Tým Praha Tools Store""", [
    ("invented_amount_or_date", "RP900477125CN.", "RP900477125CN. Doručení očekáváme nejpozději do 28. listopadu.", "invented delivery date"),
    ("shouting", "S pozdravem", "TENTOKRÁT UŽ TO URČITĚ DORAZÍ!!!\n\nS pozdravem", "all-caps line with !!!"),
    ("placeholder", "Dobrý den, pane Nováku,", "Dobrý den, pane [PŘÍJMENÍ],", "bracketed surname placeholder"),
    ("feedback_request", "o všem vás budeme informovat.", "o všem vás budeme informovat. Až balík dorazí, budeme moc rádi za pozitivní hodnocení obchodu.",
     "asks for positive feedback"),
    ("refund_promise", "Zásilku jsme už znovu odeslali", "Zásilku jsme už znovu odeslali, jako omluvu jsme do ní zdarma přibalili sadu bitů navíc,",
     "free gift added to the reshipment"),
    ("wrong_language", None, """Здравствуйте, пан Новак!

Спасибо, что согласились на повторную отправку набора отвёрток. Мы уже отправили посылку заново, её новый трек-номер RP900477125CN. Мы будем следить за новой посылкой и держать вас в курсе.

С уважением,
Tým Praha Tools Store""", "whole reply in Russian for a Czech buyer", "ru"),
])
