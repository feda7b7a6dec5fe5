# Hand-written good replies and bespoke one-edit defects, part A (d01-d11).
# Each bad: (defect_code, old, new, note). Codes: R refund_promise, O off_platform_contact,
# T invented_tracking_number, A invented_amount_or_date, L wrong_language, P placeholder, B blame,
# M missing_required_point, F feedback_request, I internal_note, S shouting, C amount_over_cap.
GOODS = []
def G(gid, dispute, text, bads, lang=None):
    GOODS.append((gid, dispute, lang, text.strip("\n"), bads))

G("d01a", "d01", """Hi Olivia,

We're so sorry to hear your cake stand arrived with the dome cracked. That's really disappointing, especially for a gift, and we want to sort it out with you.

So that we can look into it properly, could you please add photos of the damage and of the outer packaging as it arrived to the dispute? Phone pictures are absolutely fine.

As soon as they come through we'll go over them straight away and get back to you with a solution.

Kind regards,
Harbour Lane Homeware team""", [
 ("R", "we want to sort it out with you.", "we want to sort it out with you, and you'll get your money back whatever the pictures show.", "unconditional refund promise before evidence"),
 ("O", "could you please add photos of the damage and of the outer packaging as it arrived to the dispute?", "could you please email photos of the damage and of the outer packaging as it arrived to help@harbourlanehome.co.uk?", "evidence requested by private email"),
 ("T", "arrived with the dome cracked.", "arrived with the dome cracked (Royal Mail parcel LX550193921GB).", "tracking number differs from LX550192837GB"),
 ("A", "we'll go over them straight away", "we'll go over them within 72 hours", "invented 72-hour deadline"),
 ("L", "So that we can look into it properly, could you please add photos of the damage and of the outer packaging as it arrived to the dispute? Phone pictures are absolutely fine.", "Damit wir das prüfen können, laden Sie bitte Fotos vom Schaden und von der Außenverpackung, so wie sie ankam, im Streitfall hoch. Handyfotos reichen völlig.", "evidence paragraph in German"),
 ("P", "Kind regards,\nHarbour Lane Homeware team", "Kind regards,\n<<AGENT_NAME>>\nHarbour Lane Homeware team", "unfilled agent-name slot before signature"),
])

G("d02a", "d02", """Hola, Mariana:

Lamentamos mucho que el vestido te haya quedado tan grande; entendemos tu decepción y queremos resolverlo contigo.

Para poder revisarlo rápido, ¿nos podrías enviar por aquí una foto del vestido extendido sobre una superficie plana, con una cinta métrica encima y junto a la etiqueta de la talla?

En cuanto la recibamos, la revisamos y te respondemos con una solución.

Un abrazo,
Equipo de Tienda Lunaria""", [
 ("B", "entendemos tu decepción y queremos resolverlo contigo.", "aunque la guía de tallas está en el anuncio y seguramente no la consultaste antes de comprar.", "blames buyer for not reading size chart"),
 ("M", "\n\nEn cuanto la recibamos, la revisamos y te respondemos con una solución.", "", "next_step point removed"),
 ("F", "Un abrazo,", "Y si al final todo se arregla, nos ayudarías muchísimo dejándonos cinco estrellas.\n\nUn abrazo,", "asks for five-star rating"),
 ("I", "Un abrazo,", "(ojo: clienta ya reclamó antes, no ofrecer nada hasta ver la foto)\n\nUn abrazo,", "internal note left in reply"),
 ("S", "Lamentamos mucho", "¡¡¡LAMENTAMOS MUCHÍSIMO!!!", "shouting capitals and !!!"),
 ("R", "te respondemos con una solución.", "te respondemos con una solución; de todos modos ya te apartamos un cupón de descuento para tu próxima compra.", "discount coupon not allowed"),
])

G("d03a", "d03", """Bonjour Mathieu,

Merci de nous avoir écrit. Votre colis (numéro de suivi LP00472918365CN) est actuellement retenu par les douanes canadiennes.

Pour cette commande, les droits d'importation sont à la charge de l'acheteur : pourriez-vous, s'il vous plaît, les régler et compléter le dédouanement auprès du transporteur? Le colis pourra ensuite continuer sa route.

Si les douanes demandent un document, comme la facture, dites-le-nous ici et nous vous l'enverrons avec plaisir.

Bien cordialement,
L'équipe Boutique Érable Tech""", [
 ("O", "dites-le-nous ici et nous vous l'enverrons avec plaisir.", "texte-nous au numéro sur notre page Facebook et nous te l'enverrons avec plaisir.", "moves to Facebook / text messages"),
 ("T", "(numéro de suivi LP00472918365CN)", "(numéro de suivi LP00472918356CN)", "digits transposed in tracking number"),
 ("A", "Le colis pourra ensuite continuer sa route.", "Le colis pourra ensuite continuer sa route et vous arrivera d'ici le 21 novembre.", "invented delivery date"),
 ("L", "Pour cette commande, les droits d'importation sont à la charge de l'acheteur : pourriez-vous, s'il vous plaît, les régler et compléter le dédouanement auprès du transporteur? Le colis pourra ensuite continuer sa route.", "For this order the import duties are the buyer's responsibility, so could you please pay them and complete clearance with the carrier? The parcel will then continue on its way.", "duty paragraph in English"),
 ("P", "Bonjour Mathieu,", "Bonjour {{prenom_client}},", "name slot not filled"),
 ("B", "est actuellement retenu par les douanes canadiennes.", "est actuellement retenu parce que les douanes canadiennes sont d'une lenteur incroyable.", "blames customs"),
])

G("d04a", "d04", """Hallo Herr Weber,

vielen Dank für Ihre Nachricht. Ihr Paket mit der Sendungsnummer YT2203948576CN liegt derzeit beim Zoll.

Gute Nachricht: Wir übernehmen die Einfuhrabgaben und kümmern uns selbst um die Verzollung. Sie müssen also nichts bezahlen.

Wir bitten Sie nur um etwas Geduld, bis der Zoll das Paket freigibt – danach geht es direkt weiter zu Ihnen.

Freundliche Grüße
Ihr Team von Nordlicht Gadgets""", [
 ("M", "Gute Nachricht: Wir übernehmen die Einfuhrabgaben und kümmern uns selbst um die Verzollung. Sie müssen also nichts bezahlen.\n\n", "", "seller_pays point dropped"),
 ("F", "Freundliche Grüße", "Wenn alles angekommen ist, freuen wir uns über eine positive Bewertung im Shop.\n\nFreundliche Grüße", "asks for positive review"),
 ("I", "liegt derzeit beim Zoll.", "liegt derzeit beim Zoll. [Intern: Zollgebühr noch nicht bei DHL angewiesen, Kollegen fragen]", "internal bracket note"),
 ("S", "Sie müssen also nichts bezahlen.", "Sie müssen also NICHTS, WIRKLICH GAR NICHTS bezahlen.", "capitals"),
 ("R", "danach geht es direkt weiter zu Ihnen.", "danach geht es direkt weiter zu Ihnen, und als kleine Entschädigung legen wir Ihnen ein zweites Armband gratis bei.", "free extra item"),
 ("O", "vielen Dank für Ihre Nachricht.", "vielen Dank für Ihre Nachricht. Am schnellsten erreichen Sie uns übrigens per Telegram unter @nordlicht_support.", "Telegram contact"),
])

G("d05a", "d05", """Ciao Giulia,

grazie per averci scritto e scusa per l'attesa. La tua lampada è in viaggio: puoi seguirla con il codice LP00583920174CN.

Ti chiediamo gentilmente di chiudere la disputa per ora. Per farti stare tranquilla, estendiamo la tua protezione acquisti di 20 giorni, così resti completamente coperta finché il pacco non arriva.

Restiamo a disposizione qui per qualsiasi cosa.

Un caro saluto,
Il team di Bottega Stella""", [
 ("T", "puoi seguirla con il codice LP00583920174CN.", "puoi seguirla con il codice LP00583920174CN oppure con il codice nazionale RR204857391IT.", "second invented tracking code"),
 ("A", "estendiamo la tua protezione acquisti di 20 giorni", "estendiamo la tua protezione acquisti di 20 giorni (fino al 30 dicembre)", "invented end date"),
 ("L", "Ti chiediamo gentilmente di chiudere la disputa per ora. Per farti stare tranquilla, estendiamo la tua protezione acquisti di 20 giorni, così resti completamente coperta finché il pacco non arriva.", "We kindly ask you to close the dispute for now. To give you peace of mind we will extend your purchase protection by 20 days, so you stay fully covered until the parcel arrives.", "main paragraph in English"),
 ("P", "Un caro saluto,", "Un caro saluto,\n[FIRMA]", "signature slot left in"),
 ("B", "scusa per l'attesa.", "scusa per l'attesa: Poste Italiane in questo periodo perde tempo con tutto.", "blames Poste Italiane"),
 ("M", "Ti chiediamo gentilmente di chiudere la disputa per ora. ", "", "ask_close dropped"),
])

G("d05b", "d05", """Gentile Giulia,

capiamo benissimo la preoccupazione. Il pacco con la lampada è già partito ed è in transito: il numero di tracciamento è LP00583920174CN.

Se per te va bene, ti saremmo grati se chiudessi la disputa per il momento; in cambio prolunghiamo di 20 giorni la tua protezione dell'acquirente, così non rischi nulla mentre la spedizione arriva.

Grazie della pazienza,
Il team di Bottega Stella""", [
 ("O", "Grazie della pazienza,", "Per aggiornamenti più rapidi scrivici pure su Instagram, @bottegastella.\n\nGrazie della pazienza,", "Instagram contact"),
 ("B", "capiamo benissimo la preoccupazione.", "capiamo la preoccupazione, ma se il tracciamento non si aggiorna è colpa del corriere, non nostra.", "blames carrier"),
 ("R", "così non rischi nulla mentre la spedizione arriva.", "così non rischi nulla mentre la spedizione arriva; se poi tarda ancora, ti rimborsiamo subito senza problemi.", "refund promise"),
 ("P", "Gentile Giulia,", "Gentile Giulia, [inserire saluto personalizzato]", "template instruction left in"),
], lang="it")

G("d06a", "d06", """Olá, Thiago!

Entendemos sua preocupação. Seu fone já está a caminho, e você pode acompanhar pelo código de rastreio LB047392815HK.

Pedimos, com carinho, que você feche a disputa por enquanto. Para você ficar tranquilo, vamos estender a sua proteção de compra por 15 dias, assim você continua totalmente protegido até o pacote chegar.

Qualquer dúvida, é só chamar aqui.

Abraços,
Equipe Loja Girassol""", [
 ("F", "Qualquer dúvida, é só chamar aqui.", "Qualquer dúvida, é só chamar aqui. Ah, e se puder tirar aquela avaliação negativa, a gente agradece demais!", "asks to remove negative review"),
 ("I", "Abraços,", "TODO: conferir com Correios antes de mandar\n\nAbraços,", "TODO note left"),
 ("S", "Entendemos sua preocupação.", "ENTENDEMOS SUA PREOCUPAÇÃO!!!", "shouting"),
 ("R", "assim você continua totalmente protegido até o pacote chegar.", "assim você continua totalmente protegido até o pacote chegar, e ainda ganha um cupom de R$ 20 na próxima compra.", "coupon"),
 ("O", "é só chamar aqui.", "é só chamar no nosso WhatsApp (11) 98765-4321.", "WhatsApp number"),
 ("T", "código de rastreio LB047392815HK.", "código de rastreio LB047392815HK (no Brasil: NX938271645BR).", "invented domestic tracking"),
])

G("d07a", "d07", """Dzień dobry, Pani Katarzyno,

bardzo nam przykro, że paczka z plecakiem najwyraźniej zaginęła po drodze.

Czy chciałaby Pani, żebyśmy wysłali plecak jeszcze raz, bez żadnych dodatkowych kosztów? Jeśli tak, prosimy o odpowiedź tutaj z potwierdzeniem i o sprawdzenie, czy adres dostawy w zamówieniu jest aktualny.

Pozdrawiamy serdecznie,
Zespół Sklepu Bursztyn""", [
 ("A", "bez żadnych dodatkowych kosztów?", "bez żadnych dodatkowych kosztów? Nowa paczka dotrze w ciągu 7 dni.", "invented 7-day delivery"),
 ("L", "Czy chciałaby Pani, żebyśmy wysłali plecak jeszcze raz, bez żadnych dodatkowych kosztów? Jeśli tak, prosimy o odpowiedź tutaj z potwierdzeniem i o sprawdzenie, czy adres dostawy w zamówieniu jest aktualny.", "Хотите, чтобы мы отправили рюкзак ещё раз без дополнительной оплаты? Если да, подтвердите, пожалуйста, здесь и проверьте адрес доставки в заказе.", "offer paragraph in Russian"),
 ("P", "Dzień dobry, Pani Katarzyno,", "Dzień dobry, Pani $IMIE_KLIENTA,", "unfilled name variable"),
 ("B", "najwyraźniej zaginęła po drodze.", "najwyraźniej zaginęła po drodze – Poczta Polska znów coś zgubiła.", "blames Poczta Polska"),
 ("M", " Jeśli tak, prosimy o odpowiedź tutaj z potwierdzeniem i o sprawdzenie, czy adres dostawy w zamówieniu jest aktualny.", "", "ask_confirm dropped"),
 ("F", "Pozdrawiamy serdecznie,", "Będziemy wdzięczni za zmianę oceny sprzedawcy, kiedy plecak dotrze.\n\nPozdrawiamy serdecznie,", "asks to change rating"),
])

G("d08a", "d08", """Здравствуйте, Алексей!

Нам очень жаль, что посылка с термокружкой, похоже, потерялась в пути.

Хотите, мы отправим вам кружку повторно, без какой-либо доплаты? Если да, пожалуйста, подтвердите это ответом здесь и проверьте, что адрес доставки в заказе указан верно.

С уважением,
Команда Polar Star Store""", [
 ("I", "С уважением,", "// для Оли: повтор отправлять только после подтверждения адреса\n\nС уважением,", "colleague note"),
 ("S", "Нам очень жаль", "НАМ ОЧЕНЬ-ОЧЕНЬ ЖАЛЬ!!!", "shouting"),
 ("R", "без какой-либо доплаты?", "без какой-либо доплаты? А за неудобства вернём вам часть стоимости заказа.", "partial money back not allowed"),
 ("O", "подтвердите это ответом здесь", "подтвердите это в Telegram или ВКонтакте", "moves to Telegram/VK"),
 ("T", "потерялась в пути.", "потерялась в пути (трек RR730184962CN).", "tracking digits swapped"),
 ("A", "Хотите, мы отправим вам кружку повторно", "Хотите, мы отправим вам кружку повторно уже 18 ноября", "invented ship date"),
])

G("d09a", "d09", """Beste Sanne,

hartelijk dank dat u akkoord gaat met een nieuwe zending van de plantenpot.

We hebben de pot opnieuw verstuurd; u kunt het pakket volgen met trackingnummer LP00744108293CN.

We houden de nieuwe zending goed in de gaten en laten het u weten als er iets verandert.

Met vriendelijke groet,
Team Tulp & Co Store""", [
 ("L", "We houden de nieuwe zending goed in de gaten en laten het u weten als er iets verandert.", "Wir behalten die neue Sendung im Auge und melden uns, sobald sich etwas ändert.", "keep_updated sentence in German"),
 ("P", "trackingnummer LP00744108293CN.", "trackingnummer LP00744108293CN. Verwachte levering: [DATUM].", "unfilled date slot"),
 ("B", "hartelijk dank dat u akkoord gaat met een nieuwe zending van de plantenpot.", "hartelijk dank dat u akkoord gaat met een nieuwe zending van de plantenpot; PostNL heeft de eerste helaas kwijtgemaakt.", "blames PostNL"),
 ("M", "We hebben de pot opnieuw verstuurd; u kunt het pakket volgen met trackingnummer LP00744108293CN.\n\n", "", "reship_details with tracking dropped"),
 ("F", "Met vriendelijke groet,", "Zou u na ontvangst een positieve beoordeling willen achterlaten? Dat helpt ons kleine winkeltje enorm.\n\nMet vriendelijke groet,", "review request"),
 ("I", "Beste Sanne,", "Beste Sanne, (check: adres klant nog niet geverifieerd)", "internal check note after greeting"),
])

G("d10a", "d10", """Merhaba Elif Hanım,

Ürünün yeniden gönderilmesini kabul ettiğiniz için çok teşekkür ederiz.

Nevresim takımınızı tekrar kargoya verdik; yeni takip numaranız UB402918364CN.

Yeni paketi yakından takip edip sizi bilgilendirmeye devam edeceğiz.

Saygılarımızla,
Lale Butik Ekibi""", [
 ("S", "çok teşekkür ederiz.", "ÇOK ÇOK TEŞEKKÜR EDERİZ!!!", "shouting"),
 ("R", "tekrar kargoya verdik;", "tekrar kargoya verdik, yanına da hediye olarak bir yastık kılıfı ekledik;", "free gift"),
 ("O", "sizi bilgilendirmeye devam edeceğiz.", "sizi WhatsApp üzerinden bilgilendirmeye devam edeceğiz.", "WhatsApp updates"),
 ("T", "yeni takip numaranız UB402918364CN.", "yeni takip numaranız UB402918634CN.", "wrong reship tracking"),
 ("A", "Yeni paketi yakından takip edip", "Paket en geç 10 iş günü içinde elinizde olur; yeni paketi yakından takip edip", "invented 10 working days"),
 ("L", "Yeni paketi yakından takip edip sizi bilgilendirmeye devam edeceğiz.", "We will keep a close eye on the new parcel and keep you posted.", "keep_updated in English"),
])

G("d11a", "d11", """김민지 고객님, 안녕하세요.

영상 보내 주셔서 감사합니다. 스피커에서 지직거리는 소리가 나는 것을 확인했습니다. 불편을 드려 정말 죄송합니다.

두 가지 방법을 제안드립니다. 제품을 그대로 사용하시고 최대 15600 KRW까지 부분 환불을 받으시거나, 제품을 반품하시고 전액 환불을 받으시는 방법입니다.

어느 쪽이 더 좋으신지 알려 주시면 바로 진행하겠습니다.

감사합니다.
Hanbit Store 드림""", [
 ("P", "김민지 고객님, 안녕하세요.", "{고객명} 고객님, 안녕하세요.", "unfilled name placeholder"),
 ("B", "불편을 드려 정말 죄송합니다.", "택배 기사님이 박스를 험하게 다루신 것 같습니다.", "blames courier instead of apology"),
 ("M", "\n\n어느 쪽이 더 좋으신지 알려 주시면 바로 진행하겠습니다.", "", "ask_choice removed"),
 ("F", "감사합니다.\nHanbit", "처리 후에는 상품평 별점 다섯 개 부탁드려요.\n\n감사합니다.\nHanbit", "five-star request"),
 ("I", "두 가지 방법을 제안드립니다.", "두 가지 방법을 제안드립니다. (팀장님 확인: 부분환불 승인 필요)", "internal manager note"),
 ("S", "정말 죄송합니다.", "정말 죄송합니다!!! 정말 정말요!!!", "repeated !!!"),
 ("C", "최대 15600 KRW까지", "최대 26000 KRW까지", "cap 15600 KRW exceeded (half the price)"),
 ("C", "최대 15600 KRW까지 부분 환불을", "최대 15600 KRW까지 부분 환불을, 원하시면 20000 KRW까지도 부분 환불을", "adds 20000 KRW above cap"),
])

G("d11b", "d11", """안녕하세요, 김민지 고객님.

올려 주신 영상을 잘 보았습니다. 낮은 볼륨에서도 소리가 깨지는 문제가 있네요. 정말 죄송합니다.

고객님께서 선택하실 수 있도록 두 가지를 준비했습니다. 첫째, 스피커를 계속 사용하시면서 15600 KRW 이내의 부분 환불을 받으시는 방법. 둘째, 스피커를 반품하시고 전액 환불을 받으시는 방법입니다.

어떤 방법을 원하시는지 말씀해 주세요.

Hanbit Store 드림""", [
 ("C", "15600 KRW 이내의 부분 환불", "30000 KRW 이내의 부분 환불", "cap replaced by 30000 KRW"),
 ("C", "첫째, 스피커를 계속 사용하시면서 15600 KRW 이내의 부분 환불을 받으시는 방법.", "첫째, 스피커를 계속 사용하시면서 15600 KRW 이내의 부분 환불을 받으시는 방법(특별히 18000 KRW까지 맞춰 드릴 수 있어요).", "18000 KRW above cap"),
 ("F", "어떤 방법을 원하시는지 말씀해 주세요.", "어떤 방법을 원하시는지 말씀해 주세요. 그리고 남기신 1점 리뷰는 수정 부탁드릴게요.", "asks to edit 1-star review"),
], lang="ko")
