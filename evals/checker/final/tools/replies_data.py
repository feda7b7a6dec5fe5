"""Good replies and their one-edit bad variants.

GOODS: good_id -> (dispute name, reply text)
BADS: good_id -> list of (defect, old, new, note)   one edit: `old` (must occur exactly once) -> `new`
      for wrong_language: (defect, None, full translated text, note, language)
"""

GOODS = {}
BADS = {}


def g(gid, dispute, text, bads):
    GOODS[gid] = (dispute, text.strip("\n"))
    BADS[gid] = bads


# ---------------------------------------------------------------- k01 en evidence (damaged)
g("k01a", "k01_en_evidence_by_problem_type", """
Dear Harriet Cole,

Thank you for letting us know, and we are truly sorry that your teapot set arrived with a cracked lid and a chipped cup, especially as it was meant to be a present.

To help us look into this quickly, could you please send us photos of the damage and of the outer packaging as it arrived? A picture of the squashed box would be very useful too.

As soon as we receive the photos, we will check them and come back to you with a solution.

Warm regards, the Leafline Home team
""", [
    ("refund_promise", "come back to you with a solution.", "come back to you with a solution. Either way, please don't worry: you won't be out of pocket for this.", "indirect money-back promise appended to the next-step sentence"),
    ("placeholder", "Dear Harriet Cole,", "Dear [Customer Name],", "greeting name replaced by a template placeholder"),
    ("blame", "especially as it was meant to be a present.", "especially as it was meant to be a present. Sadly the couriers are not always gentle with fragile parcels, and that is most likely what happened here.", "polite blame of the carrier inserted after the apology"),
    ("internal_note", "\n\nWarm regards,", "\n\n(internal: remedy = evidence_by_problem_type, pull the packing video before replying)\n\nWarm regards,", "note to colleagues left above the signature"),
])
g("k01b", "k01_en_evidence_by_problem_type", """
Hi Harriet,

I'm sorry to hear the teapot set reached you damaged. A cracked lid and a chipped cup is definitely not how it should have arrived.

Could you please share photos of the damage and of the outer packaging as it arrived, here in the dispute? Once we have them, we will review everything straight away and get back to you with a solution.

Thank you for your patience.

Warm regards, the Leafline Home team
""", [
    ("off_platform_contact", "here in the dispute?", "on our WhatsApp at +44 7700 900412? It's much quicker than the platform.", "buyer asked to send photos through WhatsApp with a phone number"),
    ("feedback_request", "Thank you for your patience.", "Thank you for your patience, and we'd really appreciate it if you could hold off on leaving feedback until this is sorted.", "asks buyer to hold off on negative feedback"),
    ("shouting", "Thank you for your patience.", "PLEASE DON'T THROW AWAY THE BOX OR THE BROKEN PIECES!!! Thank you for your patience.", "capitals sentence with !!! inserted"),
    ("missing_required_point", "I'm sorry to hear the teapot set reached you damaged. A cracked lid and a chipped cup is definitely not how it should have arrived.\n\n", "", "acknowledge/apology paragraph deleted"),
])

# ---------------------------------------------------------------- k02 es-MX evidence (wrong item)
g("k02a", "k02_es_evidence_by_problem_type", """
Hola, Mariana Beltrán:

Lamentamos mucho que te haya llegado una funda para Samsung en lugar de la funda para iPhone 15 Pro que pediste. Entendemos la molestia y queremos resolverlo contigo.

Para revisarlo rápido, ¿podrías enviarnos fotos del artículo que recibiste y de la etiqueta de envío del paquete? Puedes adjuntarlas aquí mismo en la disputa.

En cuanto las recibamos, las revisaremos y te daremos una solución.

Saludos cordiales, equipo CaseMundo
""", [
    ("refund_promise", "te daremos una solución.", "te mandamos la funda correcta sin ningún costo o, si prefieres, te regresamos tu dinero.", "free replacement or money back promised before evidence"),
    ("wrong_language", None, """
Olá, Mariana Beltrán:

Lamentamos muito que você tenha recebido uma capinha para Samsung no lugar da capinha para iPhone 15 Pro que pediu. Entendemos o incômodo e queremos resolver isso com você.

Para verificarmos rápido, você poderia nos enviar fotos do item que recebeu e da etiqueta de envio do pacote? Pode anexá-las aqui mesmo na disputa.

Assim que as recebermos, vamos analisá-las e lhe daremos uma solução.

Saludos cordiales, equipo CaseMundo
""", "whole body in Portuguese (near language) for a Spanish buyer; signature unchanged", "pt"),
    ("invented_amount_or_date", "las revisaremos y te daremos", "las revisaremos en menos de 24 horas y te daremos", "invented response time"),
    ("off_platform_contact", "Puedes adjuntarlas aquí mismo en la disputa.", "Si se te hace más fácil, mándalas por DM a nuestro Instagram @casemundo.oficial.", "Instagram handle instead of the dispute"),
    ("placeholder", "la funda para iPhone 15 Pro que pediste", "la funda para {producto} que pediste", "item title replaced by template variable"),
])

# ---------------------------------------------------------------- k03 ko evidence (missing parts)
g("k03a", "k03_ko_evidence_by_problem_type", """
박서연 고객님, 안녕하세요.

주문하신 원목 2단 책장에 선반 하나와 나사 봉투가 빠져 있었다니 정말 죄송합니다. 조립을 하지 못하셔서 많이 불편하셨을 것 같습니다. 저희가 꼭 해결해 드리고 싶습니다.

빠르게 확인할 수 있도록, 받으신 부품을 모두 한자리에 펼쳐 놓고 찍은 사진과 택배 상자에 붙어 있는 무게 라벨 사진을 이 분쟁 페이지에 올려 주실 수 있을까요?

사진을 받는 대로 바로 확인하고, 해결 방법을 다시 안내해 드리겠습니다. 번거롭게 해 드려 다시 한번 죄송합니다.

나무공방 스토어 드림
""", [
    ("wrong_language", None, """
박서연様、こんにちは。

ご注文いただいた木製2段本棚に棚板が一枚とネジの袋が入っていなかったとのこと、誠に申し訳ございません。組み立てができず、大変ご不便をおかけしたことと存じます。必ず解決させていただきたいと思います。

早く確認できるよう、届いた部品をすべて一か所に並べて撮った写真と、箱に貼られている重量ラベルの写真を、この紛争ページにアップロードしていただけますでしょうか。

写真を受け取り次第すぐに確認し、解決方法をご案内いたします。お手数をおかけして重ねてお詫び申し上げます。

나무공방 스토어 드림
""", "whole body in Japanese for a Korean buyer; name and signature unchanged", "ja"),
    ("off_platform_contact", "이 분쟁 페이지에 올려 주실 수 있을까요?", "카카오톡 채널 '나무공방'으로 보내 주실 수 있을까요?", "KakaoTalk channel instead of the dispute page"),
    ("blame", "저희가 꼭 해결해 드리고 싶습니다.", "다만 포장을 여실 때 작은 부품 봉투를 상자와 함께 버리시는 경우가 많으니 한번 확인해 보시기 바랍니다.", "indirectly blames the buyer for throwing parts away (replaces a non-required sentence)"),
    ("feedback_request", "번거롭게 해 드려 다시 한번 죄송합니다.", "번거롭게 해 드려 다시 한번 죄송합니다. 해결되면 좋은 리뷰 한 줄 꼭 부탁드려요 ^^", "asks for a good review"),
])

# ---------------------------------------------------------------- k04 de customs (buyer pays)
g("k04a", "k04_de_customs_clearance", """
Sehr geehrte Frau Krüger,

vielen Dank für Ihre Nachricht. Wir sehen ebenfalls, dass Ihr Paket mit der Sendungsnummer RQ774102395CN derzeit beim Zoll liegt.

Bei dieser Bestellung werden die Einfuhrabgaben vom Käufer getragen. Wir möchten Sie daher freundlich bitten, die Abgaben zu bezahlen und die Zollabfertigung abzuschließen. In der Regel erhalten Sie dazu eine Benachrichtigung mit den Zahlungsinformationen.

Falls der Zoll Unterlagen wie die Rechnung verlangt, senden wir Ihnen diese sehr gerne zu.

Mit freundlichen Grüßen, Ihr KüchenWerk-Direct-Team
""", [
    ("invented_amount_or_date", "die Abgaben zu bezahlen", "die Abgaben in Höhe von ca. 11,19 EUR zu bezahlen", "invented duty amount"),
    ("blame", "vielen Dank für Ihre Nachricht.", "vielen Dank für Ihre Nachricht. Leider ist der Zoll bei Sendungen aus China oft langsam und sehr pingelig, darauf haben wir keinen Einfluss.", "blames customs"),
    ("shouting", "die Zollabfertigung abzuschließen.", "die Zollabfertigung abzuschließen. BITTE ZAHLEN SIE SCHNELL, SONST GEHT DAS PAKET ZURÜCK!!!", "capitals with !!!"),
    ("missing_required_point", "\n\nFalls der Zoll Unterlagen wie die Rechnung verlangt, senden wir Ihnen diese sehr gerne zu.", "", "offer_documents sentence deleted"),
])
g("k04b", "k04_de_customs_clearance", """
Guten Tag Sabine Krüger,

danke, dass Sie sich gemeldet haben, wir verstehen gut, dass Sie das verunsichert. Ihre Sendung RQ774102395CN wird im Moment vom Zoll festgehalten.

Für diese Bestellung sind die Einfuhrabgaben vom Käufer zu zahlen. Könnten Sie die Abgaben bitte begleichen und die Verzollung abschließen? Sobald das erledigt ist, wird das Paket weitergeleitet.

Wenn der Zoll ein Dokument wie die Handelsrechnung anfordert, schicken wir es Ihnen gerne.

Mit freundlichen Grüßen, Ihr KüchenWerk-Direct-Team
""", [
    ("refund_promise", "wird das Paket weitergeleitet.", "wird das Paket weitergeleitet. Die gezahlten Gebühren ziehen wir Ihnen dann einfach bei Ihrer nächsten Bestellung ab.", "indirect compensation/credit for duties"),
    ("invented_tracking_number", "Ihre Sendung RQ774102395CN wird", "Ihre Sendung RQ774102395CN (bei der Deutschen Post unter RR047719352DE) wird", "extra invented domestic tracking number"),
    ("internal_note", "\n\nMit freundlichen Grüßen,", "\n\nInterne Notiz: duties_payer = buyer, Rechnung erst auf Anfrage schicken.\n\nMit freundlichen Grüßen,", "internal note left in"),
    ("off_platform_contact", "schicken wir es Ihnen gerne.", "schicken wir es Ihnen gerne per E-Mail, schreiben Sie uns einfach an service@kuechenwerk-direct.de.", "email address"),
])

# ---------------------------------------------------------------- k05 pl customs (seller pays)
g("k05a", "k05_pl_customs_clearance", """
Dzień dobry, Pani Magdaleno,

bardzo dziękujemy za wiadomość i rozumiemy, że kurtka była potrzebna na wyjazd. Widzimy, że paczka o numerze LP00831966207CN jest obecnie zatrzymana w urzędzie celnym.

Nie musi Pani nic płacić: to my opłacamy cło i zajmujemy się odprawą celną.

Uprzejmie prosimy jeszcze o odrobinę cierpliwości, aż urząd celny zwolni przesyłkę. Będziemy na bieżąco sprawdzać jej status.

Pozdrawiamy serdecznie, zespół Puchowa Polska Outlet
""", [
    ("invented_amount_or_date", "aż urząd celny zwolni przesyłkę.", "aż urząd celny zwolni przesyłkę, zwykle trwa to do 5 dni roboczych.", "invented day count"),
    ("wrong_language", None, """
Dobrý den, paní Magdaleno,

moc děkujeme za zprávu a chápeme, že bundu jste potřebovala na cestu. Vidíme, že balík s číslem LP00831966207CN je momentálně zadržen na celním úřadě.

Nemusíte nic platit: clo platíme my a celní odbavení vyřizujeme sami.

Prosíme vás ještě o trochu trpělivosti, než celní úřad zásilku uvolní. Budeme její stav průběžně sledovat.

Pozdrawiamy serdecznie, zespół Puchowa Polska Outlet
""", "whole body in Czech (near language) for a Polish buyer; signature unchanged", "cs"),
    ("blame", "Będziemy na bieżąco sprawdzać jej status.", "Niestety urząd celny i poczta od miesięcy wszystko przetrzymują, to nie nasza wina. Będziemy na bieżąco sprawdzać jej status.", "blames customs and post"),
    ("feedback_request", "Będziemy na bieżąco sprawdzać jej status.", "Będziemy na bieżąco sprawdzać jej status. Po odbiorze będziemy wdzięczni za pozytywną opinię o naszym sklepie.", "asks for positive feedback"),
    ("shouting", "Nie musi Pani nic płacić:", "PROSIMY NICZEGO NIE PŁACIĆ KURIEROWI!!! Nie musi Pani nic płacić:", "capitals with !!!"),
])

# ---------------------------------------------------------------- k06 fr customs (payer unknown, no profile language)
g("k06a", "k06_fr_customs_clearance", """
Bonjour Geneviève Tremblay,

Merci pour votre message, et nous comprenons tout à fait votre inquiétude. Nous voyons que votre colis, numéro de suivi LV309284417CN, est actuellement retenu à la douane.

Nous vérifions en ce moment avec le transporteur ce dont la douane a besoin pour libérer le colis, et nous vous tiendrons au courant dès que nous aurons une réponse.

Nous vous demandons encore un peu de patience pendant que nous réglons cela.

Bien cordialement, l'équipe ZenCork Studio
""", [
    ("refund_promise", "pendant que nous réglons cela.", "pendant que nous réglons cela. Et si jamais le colis ne sortait pas de la douane, pas d'inquiétude : vous serez remboursée intégralement.", "refund promised if customs fails"),
    ("placeholder", "Bonjour Geneviève Tremblay,", "Bonjour {{prenom_client}},", "greeting name replaced by template variable"),
    ("invented_tracking_number", "numéro de suivi LV309284417CN,", "numéro de suivi LV309284417CN (référence Postes Canada 7184 2295 0036 441),", "invented local carrier reference"),
    ("internal_note", "\n\nBien cordialement,", "\n\nNote interne : payeur des droits inconnu, vérifier les conditions de la commande avant de payer quoi que ce soit.\n\nBien cordialement,", "internal note left in"),
    ("wrong_language", None, """
Hello Geneviève Tremblay,

Thank you for your message, and we completely understand your concern. We can see that your parcel, tracking number LV309284417CN, is currently being held at customs.

We are checking with the carrier right now what customs needs in order to release the parcel, and we will keep you updated as soon as we have an answer.

We kindly ask for a little more patience while we sort this out.

Bien cordialement, l'équipe ZenCork Studio
""", "whole body in English for a French-speaking Canadian buyer (no profile language); signature unchanged", "en"),
])

# ---------------------------------------------------------------- k07 it extend (20 days)
g("k07a", "k07_it_extend_delivery_time", """
Gentile Lorenzo Ferraro,

grazie per averci scritto e ci scusiamo per l'attesa. Il suo pacco è in viaggio verso di lei e può seguirlo con il numero di tracciamento LP00266104839CN.

Le chiediamo gentilmente di chiudere la controversia per il momento. Da parte nostra estenderemo la sua protezione dell'acquisto di 20 giorni, così resterà completamente tutelato fino all'arrivo del pacco.

Restiamo a disposizione per qualsiasi domanda.

Cordiali saluti, lo staff di Luce Viva Shop
""", [
    ("refund_promise", "fino all'arrivo del pacco.", "fino all'arrivo del pacco. E se non dovesse arrivare, le rispediamo subito la lampada senza alcun costo.", "free reshipment promised while asking to close"),
    ("invented_amount_or_date", "fino all'arrivo del pacco.", "fino all'arrivo del pacco, previsto per il 3 dicembre.", "invented delivery date"),
    ("missing_required_point", "Le chiediamo gentilmente di chiudere la controversia per il momento. ", "", "ask_close sentence deleted"),
    ("feedback_request", "Restiamo a disposizione per qualsiasi domanda.", "Restiamo a disposizione per qualsiasi domanda. Quando riceverà la lampada, ci lascerebbe cinque stelle? Per un piccolo negozio fa davvero la differenza.", "asks for five stars"),
])
g("k07b", "k07_it_extend_delivery_time", """
Buongiorno Lorenzo,

capiamo bene la sua preoccupazione. Abbiamo controllato: la spedizione LP00266104839CN è ancora in transito e sta arrivando da lei; a volte il tracciamento resta fermo qualche giorno prima dell'aggiornamento successivo.

Potrebbe cortesemente chiudere la controversia per ora? Noi prolunghiamo la sua protezione di 20 giorni, così non perde nessuna tutela mentre il pacco arriva.

Grazie mille per la pazienza!

Cordiali saluti, lo staff di Luce Viva Shop
""", [
    ("off_platform_contact", "Grazie mille per la pazienza!", "Per aggiornamenti più veloci ci scriva pure su Telegram: @luceviva_shop. Grazie mille per la pazienza!", "Telegram handle"),
    ("placeholder", "Buongiorno Lorenzo,", "Buongiorno {{buyer_first_name}},", "template variable in greeting"),
    ("invented_tracking_number", "la spedizione LP00266104839CN è", "la spedizione LP00266104839CN (in Italia numero Poste 3UW1C84406271) è", "extra invented local tracking number"),
    ("blame", "a volte il tracciamento resta fermo qualche giorno prima dell'aggiornamento successivo.", "purtroppo le poste aggiornano il tracciamento quando vogliono, i ritardi sono colpa loro.", "blames the carrier"),
    ("shouting", "capiamo bene la sua preoccupazione.", "capiamo bene la sua preoccupazione. IL PACCO NON È PERSO, STIA TRANQUILLO!!!", "capitals with !!!"),
])

# ---------------------------------------------------------------- k08 nl extend (15 days)
g("k08a", "k08_nl_extend_delivery_time", """
Hoi Sanne,

Bedankt voor je bericht, en sorry dat je zo lang moet wachten. Je pakket is onderweg naar je toe; je kunt het volgen met trackingnummer LP00937751206CN.

Zou je het geschil voorlopig willen sluiten? Wij verlengen dan je aankoopbescherming met 15 dagen, zodat je volledig beschermd blijft tot het pakket er is.

Laat het ons gerust weten als je nog vragen hebt.

Met vriendelijke groet, team Trapkracht
""", [
    ("wrong_language", None, """
Hallo Sanne,

danke für deine Nachricht, und entschuldige, dass du so lange warten musst. Dein Paket ist auf dem Weg zu dir; du kannst es mit der Sendungsnummer LP00937751206CN verfolgen.

Würdest du den Streitfall vorerst schließen? Wir verlängern dann deinen Käuferschutz um 15 Tage, sodass du vollständig geschützt bleibst, bis das Paket da ist.

Sag uns gerne Bescheid, wenn du noch Fragen hast.

Met vriendelijke groet, team Trapkracht
""", "whole body in German (near language) for a Dutch buyer; signature unchanged", "de"),
    ("refund_promise", "tot het pakket er is.", "tot het pakket er is. Is het daarna nog niet binnen, dan krijg je sowieso een tegoedbon voor je volgende bestelling.", "voucher promised"),
    ("invented_amount_or_date", "Je pakket is onderweg naar je toe;", "Je pakket is onderweg en is binnen 7 tot 10 werkdagen bij je;", "invented delivery window"),
    ("missing_required_point", " Wij verlengen dan je aankoopbescherming met 15 dagen, zodat je volledig beschermd blijft tot het pakket er is.", "", "extend_protection sentence (with the 15 days) deleted"),
    ("internal_note", "\n\nMet vriendelijke groet,", "\n\nTODO: bescherming pas verlengen na akkoord koper + screenshot tracking uploaden\n\nMet vriendelijke groet,", "seller checklist left in"),
])

# ---------------------------------------------------------------- k09 pt-BR offer reshipment
g("k09a", "k09_pt_offer_reshipment", """
Olá, Juliana Rocha!

Sentimos muito: pelo rastreio, parece que o seu pacote se extraviou no caminho. Entendemos totalmente a sua frustração.

Você gostaria que enviássemos o kit de pincéis de novo, sem nenhum custo extra para você?

Se sim, por favor responda aqui confirmando e verifique se o seu endereço de entrega está correto. Assim que confirmar, providenciamos o novo envio.

Um abraço, equipe Belezura Oficial
""", [
    ("refund_promise", "sem nenhum custo extra para você?", "sem nenhum custo extra para você? Se preferir, também devolvemos o seu dinheiro na hora.", "refund offered (forbidden, only reshipment)"),
    ("off_platform_contact", "por favor responda aqui confirmando", "por favor confirme pelo nosso WhatsApp (11) 94821-7730", "WhatsApp phone number"),
    ("blame", "Entendemos totalmente a sua frustração.", "Infelizmente os Correios perdem muitos pacotes internacionais, é sempre a mesma coisa com eles.", "blames the carrier (replaces non-required sentence)"),
    ("feedback_request", "Assim que confirmar, providenciamos o novo envio.", "Assim que confirmar, providenciamos o novo envio. E, por favor, não deixe avaliação negativa enquanto resolvemos isso, combinado?", "asks not to leave negative feedback"),
])
g("k09b", "k09_pt_offer_reshipment", """
Oi Juliana, tudo bem?

Pedimos desculpas: o pacote do pedido 3021845519206377 infelizmente foi extraviado durante o transporte. Sabemos como é chato esperar e não receber.

Queremos resolver isso com você. Podemos enviar o kit de pincéis de maquiagem com estojo novamente, sem custo adicional. Você aceita?

Por favor, responda a esta mensagem para confirmar e confira se o endereço de entrega continua o mesmo.

Um abraço, equipe Belezura Oficial
""", [
    ("invented_amount_or_date", "sem custo adicional.", "sem custo adicional, com postagem até sexta-feira, dia 28.", "invented posting date"),
    ("placeholder", "Oi Juliana, tudo bem?", "Oi <NOME DO CLIENTE>, tudo bem?", "placeholder in greeting"),
    ("shouting", "Queremos resolver isso com você.", "FIQUE TRANQUILA, VAMOS RESOLVER TUDO!!!", "capitals with !!! (replaces non-required sentence)"),
    ("internal_note", "\n\nUm abraço,", "\n\nObs. interna: abrir reclamação de extravio nos Correios antes de reenviar.\n\nUm abraço,", "internal note left in"),
    ("missing_required_point", "\n\nPor favor, responda a esta mensagem para confirmar e confira se o endereço de entrega continua o mesmo.", "", "ask_confirm paragraph deleted"),
])

# ---------------------------------------------------------------- k10 ru offer reshipment
g("k10a", "k10_ru_offer_reshipment", """
Здравствуйте, Ольга!

Приносим извинения за долгое ожидание ответа. К сожалению, судя по отслеживанию, ваша посылка потерялась в пути, и нам очень жаль.

Хотите, чтобы мы отправили вам термокружку повторно, без каких-либо дополнительных затрат с вашей стороны?

Пожалуйста, ответьте здесь, чтобы подтвердить, и проверьте, что ваш адрес доставки указан верно.

С уважением, команда ТеплоДом
""", [
    ("refund_promise", "без каких-либо дополнительных затрат с вашей стороны?", "без каких-либо дополнительных затрат с вашей стороны? А в качестве извинения положим в посылку ещё одну кружку в подарок.", "free gift"),
    ("off_platform_contact", "\n\nС уважением,", "\n\nДля быстрой связи пишите нам в Telegram: t.me/teplodom_shop\n\nС уважением,", "Telegram link"),
    ("invented_tracking_number", "ваша посылка потерялась в пути", "ваша посылка LP00148827930CN потерялась в пути", "near-miss of the real tracking number (390 -> 930)"),
    ("placeholder", "Здравствуйте, Ольга!", "Здравствуйте, %BUYER_NAME%!", "placeholder in greeting"),
    ("wrong_language", None, """
Вітаємо, Ольго!

Перепрошуємо за довге очікування відповіді. На жаль, судячи з відстеження, ваша посилка загубилася в дорозі, і нам дуже шкода.

Бажаєте, щоб ми надіслали вам термокухоль повторно, без жодних додаткових витрат з вашого боку?

Будь ласка, дайте відповідь тут, щоб підтвердити, і перевірте, чи правильно вказана ваша адреса доставки.

С уважением, команда ТеплоДом
""", "whole body in Ukrainian (near language) for a Russian buyer; signature unchanged", "uk"),
])

# ---------------------------------------------------------------- k11 tr confirm reshipment
g("k11a", "k11_tr_confirm_reshipment", """
Merhaba Emre Yıldız,

Ürünün tekrar gönderilmesini kabul ettiğiniz için çok teşekkür ederiz. Adresinizin aynı olduğunu not ettik. Kulaklığınızı yeniden kargoya verdik; yeni takip numarası: RS551290184CN.

Yeni paketi yakından takip edeceğiz ve sizi her adımda bilgilendireceğiz.

Bu süreçteki sabrınız için de ayrıca teşekkür ederiz, iyi günler dileriz.

Saygılarımızla, SesMarket ekibi
""", [
    ("wrong_language", None, """
Hello Emre Yıldız,

Thank you very much for agreeing to have the item sent again. We have noted that your address is the same. We have shipped your earphones again; the new tracking number is: RS551290184CN.

We will keep a close eye on the new parcel and keep you informed at every step.

Thank you also for your patience during this process, have a nice day.

Saygılarımızla, SesMarket ekibi
""", "whole body in English for a Turkish buyer; signature unchanged", "en"),
    ("refund_promise", "Kulaklığınızı yeniden kargoya verdik;", "Kulaklığınızı yeniden kargoya verdik ve gönlünüzü almak için hesabınıza bir indirim kuponu da tanımladık;", "discount coupon added (forbidden)"),
    ("invented_tracking_number", "yeni takip numarası: RS551290184CN.", "yeni takip numarası: RS551209184CN.", "near-miss of the reship tracking number (digits swapped); side effect: required mention RS551290184CN no longer quoted"),
    ("missing_required_point", "\n\nYeni paketi yakından takip edeceğiz ve sizi her adımda bilgilendireceğiz.", "", "keep_updated sentence deleted"),
    ("shouting", "Bu süreçteki sabrınız", "BU SEFER PAKET KESİNLİKLE ELİNİZE ULAŞACAK!!! Bu süreçteki sabrınız", "capitals with !!!"),
])

# ---------------------------------------------------------------- k12 en-AU confirm reshipment
g("k12a", "k12_en_confirm_reshipment", """
Hi Liam,

Thanks a lot for agreeing to have your cookware set sent again, we really appreciate your patience. Your new parcel is on its way, and its new tracking number is LP00774163302CN.

We'll keep a close eye on the new parcel and let you know how it's going along the way. Fingers crossed it turns up quickly this time!

Cheers, TrailPot Gear support
""", [
    ("invented_amount_or_date", "Your new parcel is on its way,", "Your new parcel went out on Monday and should be with you within 10 business days,", "invented dispatch day and delivery window"),
    ("off_platform_contact", "Fingers crossed it turns up quickly this time!", "You can also follow it on our own site, trailpotgear.com.au/track, or text us on 0412 558 903.", "own website and phone number"),
    ("feedback_request", "Fingers crossed it turns up quickly this time!", "Fingers crossed it turns up quickly this time! Once it's there, a quick positive review would mean heaps to us.", "asks for a positive review"),
    ("placeholder", "Hi Liam,", "Hi [first name],", "placeholder in greeting"),
])
g("k12b", "k12_en_confirm_reshipment", """
Dear Liam O'Connor,

Thank you for agreeing to the reshipment. We have sent the stainless steel camping cookware set to you again, and the new tracking number is LP00774163302CN.

Our team will keep an eye on this new parcel and will keep you informed until it reaches you. We're sorry again for the trouble with the first one.

Cheers, TrailPot Gear support
""", [
    ("internal_note", "\n\nCheers,", "\n\nInternal: remedy=confirm_reshipment, lost-parcel claim with Australia Post still open.\n\nCheers,", "remedy id and checklist left in"),
    ("blame", "We're sorry again for the trouble with the first one.", "Unfortunately Australia Post misplaced the first one, which was entirely on their end.", "blames the carrier"),
    ("refund_promise", "until it reaches you.", "until it reaches you. If this one goes missing as well, we'll simply refund you, no questions asked.", "conditional refund promise"),
    ("shouting", "We're sorry again", "THIS TIME IT WILL ARRIVE, WE PROMISE!!! We're sorry again", "capitals with !!!"),
    ("missing_required_point", "Thank you for agreeing to the reshipment. ", "", "thank_agreement sentence deleted"),
])

# ---------------------------------------------------------------- k13 fr partial (cap 11.50 EUR)
g("k13a", "k13_fr_propose_partial_or_return", """
Bonjour Madame Rousseau,

Merci pour les photos que vous nous avez envoyées. Nous voyons bien que les rideaux sont gris foncé et non bleu canard comme sur l'annonce, et nous en sommes sincèrement désolés.

Nous pouvons vous proposer deux solutions :
- garder les rideaux avec un remboursement partiel allant jusqu'à 11.50 EUR ;
- ou nous les renvoyer pour un remboursement intégral.

Quelle solution préférez-vous ?

Bien à vous, l'équipe Velours & Co
""", [
    ("amount_over_cap", "allant jusqu'à 11.50 EUR ;", "allant jusqu'à 23.00 EUR ;", "cap replaced by a higher amount; side effect: required mention 11.50 EUR no longer quoted"),
    ("amount_over_cap", "\n- ou nous les renvoyer", "\n- ou encore les garder et être remboursée intégralement, sans renvoi ;\n- ou nous les renvoyer", "extra option: full refund while keeping the item (cap kept)"),
    ("refund_promise", "Quelle solution préférez-vous ?", "Nous pouvons aussi vous envoyer gratuitement une nouvelle paire dans la bonne couleur. Quelle solution préférez-vous ?", "free replacement (reshipment/free item forbidden)"),
    ("wrong_language", None, """
Buongiorno Signora Rousseau,

grazie per le foto che ci ha inviato. Vediamo bene che le tende sono grigio scuro e non blu anatra come nell'annuncio, e ce ne scusiamo sinceramente.

Possiamo proporle due soluzioni:
- tenere le tende con un rimborso parziale fino a 11.50 EUR;
- oppure rispedircele per un rimborso totale.

Quale soluzione preferisce?

Bien à vous, l'équipe Velours & Co
""", "whole body in Italian for a French buyer; signature unchanged", "it"),
    ("placeholder", "Bonjour Madame Rousseau,", "Bonjour Madame XXX,", "XXX placeholder for the name"),
])
g("k13b", "k13_fr_propose_partial_or_return", """
Bonjour Amélie Rousseau,

Merci d'avoir pris le temps de nous envoyer la photo prise à la lumière du jour : la couleur ne correspond effectivement pas à l'annonce, et nous vous présentons nos excuses.

Deux options s'offrent à vous : conserver les rideaux avec un remboursement partiel d'un montant maximal de 11.50 EUR, ou bien les retourner et être remboursée en totalité.

Dites-nous simplement quelle option vous convient le mieux.

Bien à vous, l'équipe Velours & Co
""", [
    ("blame", "et nous vous présentons nos excuses.", "même si, comme indiqué dans l'annonce, le rendu des couleurs dépend aussi de l'écran de chacun.", "indirect blame of the buyer's screen (replaces apology clause)"),
    ("feedback_request", "Dites-nous simplement quelle option vous convient le mieux.", "Dites-nous simplement quelle option vous convient le mieux, et si notre geste vous satisfait, pourriez-vous revoir votre évaluation ?", "asks to reconsider the rating"),
    ("shouting", "Deux options s'offrent à vous", "NOUS SOMMES VRAIMENT DÉSOLÉS POUR CETTE ERREUR !!! Deux options s'offrent à vous", "capitals with !!!"),
    ("off_platform_contact", "Dites-nous simplement quelle option", "Envoyez-nous simplement un SMS au 06 71 24 58 93 pour nous dire quelle option", "phone number for SMS"),
    ("amount_over_cap", "d'un montant maximal de 11.50 EUR", "d'un montant maximal de 11.50 EUR (voire 18.40 EUR si vous insistez)", "higher amount added next to the cap"),
])

# ---------------------------------------------------------------- k14 es partial (cap 16.20 EUR, no profile language)
g("k14a", "k14_es_propose_partial_or_return", """
Hola, Nuria:

Muchas gracias por el vídeo y las fotos. Vemos claramente que la suela se despega y que las costuras están sueltas, y lo sentimos mucho; no es la calidad que esperabas.

Te proponemos dos opciones:
1. Quedarte con las zapatillas y recibir un reembolso parcial de hasta 16.20 EUR.
2. Devolvernos las zapatillas y recibir el reembolso completo.

¿Qué opción prefieres?

Un saludo, el equipo de RunPaso
""", [
    ("amount_over_cap", "de hasta 16.20 EUR.", "de hasta 16.20 EUR (o incluso 27.00 EUR, la mitad del precio, si lo prefieres).", "higher amount (half price) added next to the cap"),
    ("amount_over_cap", "de hasta 16.20 EUR.", "de hasta 20.00 EUR.", "cap replaced by a higher amount; side effect: required mention 16.20 EUR no longer quoted"),
    ("refund_promise", "¿Qué opción prefieres?", "Además, te regalamos un cupón de descuento para tu próxima compra. ¿Qué opción prefieres?", "discount coupon (forbidden)"),
    ("internal_note", "\n\nUn saludo,", "\n\nNota para el equipo: tope 30 %, no subir de ahí aunque insista.\n\nUn saludo,", "note to colleagues"),
    ("invented_amount_or_date", "recibir el reembolso completo.", "recibir el reembolso completo en un plazo de 3 a 5 días hábiles.", "invented refund time"),
])

# ---------------------------------------------------------------- k15 de-AT partial (cap 4.40 EUR)
g("k15a", "k15_de_propose_partial_or_return", """
Grüß Gott, Herr Huber,

vielen Dank für das Video. Darauf ist gut zu sehen, dass das Display der Küchenwaage schwarz bleibt, und das tut uns wirklich leid.

Wir können Ihnen zwei Möglichkeiten anbieten: Sie behalten die Waage und erhalten eine Teilrückerstattung von bis zu 4.40 EUR, oder Sie senden die Waage zurück und bekommen den vollen Betrag erstattet.

Welche Lösung ist Ihnen lieber?

Freundliche Grüße, Ihr WiegeGut-Team
""", [
    ("amount_over_cap", "von bis zu 4.40 EUR,", "von bis zu 11.00 EUR (die Hälfte des Kaufpreises),", "cap replaced by half price; side effect: required mention 4.40 EUR no longer quoted"),
    ("amount_over_cap", "den vollen Betrag erstattet.", "den vollen Betrag erstattet. Sie können die Waage aber auch einfach behalten, und wir erstatten Ihnen trotzdem den vollen Kaufpreis.", "full refund without return added"),
    ("blame", "Welche Lösung ist Ihnen lieber?", "Bitte prüfen Sie vorher aber noch, ob die Batterien wirklich richtig herum eingelegt sind. Welche Lösung ist Ihnen lieber?", "implies buyer misuse"),
    ("refund_promise", "Welche Lösung ist Ihnen lieber?", "Als kleine Entschädigung legen wir Ihrer nächsten Bestellung außerdem einen Gutschein bei. Welche Lösung ist Ihnen lieber?", "compensation voucher (forbidden)"),
    ("wrong_language", None, """
Hello Mr Huber,

thank you very much for the video. It clearly shows that the display of the kitchen scale stays black, and we are really sorry about that.

We can offer you two options: you keep the scale and receive a partial refund of up to 4.40 EUR, or you send the scale back and get the full amount refunded.

Which solution do you prefer?

Freundliche Grüße, Ihr WiegeGut-Team
""", "whole body in English for an Austrian German-speaking buyer; signature unchanged", "en"),
])
g("k15b", "k15_de_propose_partial_or_return", """
Sehr geehrter Herr Florian Huber,

danke, dass Sie uns das Video geschickt haben. Wir sehen, dass die Waage nach dem Einschalten nichts anzeigt, und bitten dafür um Entschuldigung.

Gerne bieten wir Ihnen an:
– die Waage zu behalten, mit einer Teilrückerstattung von höchstens 4.40 EUR, oder
– die Waage zurückzuschicken, gegen Erstattung des vollen Kaufpreises.

Bitte teilen Sie uns mit, welche Option Sie bevorzugen.

Freundliche Grüße, Ihr WiegeGut-Team
""", [
    ("amount_over_cap", "von höchstens 4.40 EUR,", "von 13.20 EUR,", "cap replaced by a higher amount; side effect: required mention 4.40 EUR no longer quoted"),
    ("placeholder", "Sehr geehrter Herr Florian Huber,", "Sehr geehrte/r Frau/Herr [Nachname],", "placeholder greeting"),
    ("internal_note", "\n\nFreundliche Grüße,", "\n\nInterner Hinweis: Cap 20 % laut Profil, Lösung im Panel eintragen.\n\nFreundliche Grüße,", "internal note"),
    ("off_platform_contact", "Bitte teilen Sie uns mit,", "Bitte teilen Sie uns per WhatsApp unter +43 664 1839207 mit,", "WhatsApp number"),
    ("feedback_request", "welche Option Sie bevorzugen.", "welche Option Sie bevorzugen. Über eine faire Bewertung mit fünf Sternen nach Abschluss würden wir uns sehr freuen.", "asks for five stars"),
])

# ---------------------------------------------------------------- k16 pl await platform decision
g("k16a", "k16_pl_await_platform_decision", """
Dzień dobry, Panie Tomaszu,

rozumiemy, że oczekiwanie jest frustrujące, i przepraszamy, że buty okazały się za małe. Chcemy wyjaśnić, jak wygląda sytuacja: przekazaliśmy już platformie nasze dowody.

Teraz decyzję podejmie specjalista ds. sporów z ramienia platformy, a my oczywiście uszanujemy jego rozstrzygnięcie.

Jeśli ma Pan jakiekolwiek pytania, nadal jesteśmy do dyspozycji i chętnie pomożemy.

Z pozdrowieniami, zespół GórskiKrok
""", [
    ("refund_promise", "a my oczywiście uszanujemy jego rozstrzygnięcie.", "a my oczywiście uszanujemy jego rozstrzygnięcie. Jesteśmy przekonani, że skończy się to zwrotem pieniędzy dla Pana.", "refund outcome promised"),
    ("wrong_language", None, """
Здравствуйте, Томаш!

Мы понимаем, что ожидание расстраивает, и извиняемся, что ботинки оказались малы. Хотим объяснить ситуацию: мы уже передали платформе наши доказательства.

Теперь решение примет специалист платформы по спорам, и мы, конечно, будем уважать его решение.

Если у вас есть какие-либо вопросы, мы по-прежнему на связи и с радостью поможем.

Z pozdrowieniami, zespół GórskiKrok
""", "whole body in Russian for a Polish buyer; signature unchanged", "ru"),
    ("invented_amount_or_date", "Teraz decyzję podejmie", "W ciągu 7 dni decyzję podejmie", "invented decision deadline"),
    ("shouting", "Jeśli ma Pan jakiekolwiek pytania,", "PROSIMY O CIERPLIWOŚĆ, ROBIMY WSZYSTKO, CO MOŻEMY!!! Jeśli ma Pan jakiekolwiek pytania,", "capitals with !!!"),
    ("missing_required_point", "Teraz decyzję podejmie specjalista ds. sporów z ramienia platformy, a my oczywiście uszanujemy jego rozstrzygnięcie.\n\n", "", "await_decision paragraph deleted"),
    ("blame", "i przepraszamy, że buty okazały się za małe.", "choć tabela rozmiarów była w opisie i wystarczyło ją sprawdzić przed zakupem.", "blames the buyer for not checking the size chart"),
])

# ---------------------------------------------------------------- k17 it escalation reply
g("k17a", "k17_it_escalation_reply", """
Gentile Chiara Bianchi,

vediamo che ha portato la controversia alla piattaforma e capiamo perfettamente la sua frustrazione: aspettare un ordine così a lungo è davvero spiacevole.

Collaboreremo con lo specialista delle controversie della piattaforma e gli forniremo tutte le nostre prove, compreso lo storico del tracciamento.

Nel frattempo restiamo comunque aperti a trovare una soluzione insieme a lei.

Un caro saluto, il team di CucinaFacile Store
""", [
    ("refund_promise", "restiamo comunque aperti a trovare una soluzione insieme a lei.", "restiamo comunque aperti a trovare una soluzione insieme a lei, e in ogni caso le restituiremo l'intero importo.", "refund promised regardless of the decision"),
    ("off_platform_contact", "\n\nUn caro saluto,", "\n\nSe preferisce, ci chiami pure al 333 481 2267 e ne parliamo a voce.\n\nUn caro saluto,", "phone number"),
    ("invented_tracking_number", "compreso lo storico del tracciamento.", "compreso lo storico del tracciamento BRT 058812447731.", "invented local tracking number"),
    ("placeholder", "Gentile Chiara Bianchi,", "Gentile [Nome Cognome],", "placeholder greeting"),
    ("feedback_request", "Nel frattempo restiamo", "Le chiediamo solo di non lasciare una recensione negativa prima della decisione. Nel frattempo restiamo", "asks to hold off on negative review"),
])
g("k17b", "k17_it_escalation_reply", """
Buongiorno Chiara,

abbiamo visto che ha chiesto l'intervento della piattaforma. Comprendiamo la sua frustrazione dopo tanta attesa per il set di pentole.

Da parte nostra lavoreremo con lo specialista delle controversie e metteremo a sua disposizione le nostre prove.

Siamo comunque sempre disponibili a cercare con lei una soluzione insieme.

Un caro saluto, il team di CucinaFacile Store
""", [
    ("blame", "dopo tanta attesa per il set di pentole.", "dopo tanta attesa per il set di pentole, anche se il ritardo dipende solo dal corriere e non da noi.", "blames the carrier"),
    ("internal_note", "\n\nUn caro saluto,", "\n\nNota interna: caricare tracking e chat prima della scadenza.\n\nUn caro saluto,", "internal checklist"),
    ("shouting", "Da parte nostra", "IL PACCO È STATO SPEDITO REGOLARMENTE!!! Da parte nostra", "capitals with !!!"),
    ("missing_required_point", "Da parte nostra lavoreremo con lo specialista delle controversie e metteremo a sua disposizione le nostre prove.\n\n", "", "cooperate paragraph deleted"),
    ("invented_amount_or_date", "Siamo comunque sempre disponibili", "Entro 48 ore invieremo tutto alla piattaforma. Siamo comunque sempre disponibili", "invented hour count"),
])

# ---------------------------------------------------------------- k18 ru escalation reply (no profile language)
g("k18a", "k18_ru_escalation_reply", """
Здравствуйте, Дмитрий!

Мы видим, что вы передали спор на рассмотрение платформы, и понимаем ваше недовольство, особенно после того, как вам долго не отвечали. Приносим за это извинения.

Мы будем сотрудничать со специалистом платформы по спорам и предоставим ему все наши доказательства.

При этом мы по-прежнему открыты к тому, чтобы найти решение вместе с вами.

С уважением, магазин СпортЛиния
""", [
    ("refund_promise", "найти решение вместе с вами.", "найти решение вместе с вами. Если хотите, можем сразу предложить вам скидку на следующий заказ.", "discount offered (forbidden)"),
    ("off_platform_contact", "\n\nС уважением,", "\n\nНапишите нам в WhatsApp +7 916 482-19-07, так будет быстрее.\n\nС уважением,", "WhatsApp number"),
    ("invented_amount_or_date", "все наши доказательства.", "все наши доказательства до 25 ноября.", "invented date"),
    ("blame", "Приносим за это извинения.", "Но заметим, что логотип на фото может выглядеть иначе из-за освещения, возможно, вы просто неудачно его сфотографировали.", "implicit blame of the buyer (replaces non-required apology)"),
    ("placeholder", "Здравствуйте, Дмитрий!", "Здравствуйте, {имя_покупателя}!", "template variable in greeting"),
])

# ---------------------------------------------------------------- k19 pt-PT return instructions
g("k19a", "k19_pt_return_instructions", """
Bom dia, Inês Carvalho,

A plataforma decidiu pela devolução e reembolso, e aceitamos esta decisão.

Por favor, envie o vestido para a seguinte morada: Linho & Sol Devoluções, Rua do Almada 212, 4050-031 Porto, Portugal.

O reembolso será processado assim que o artigo devolvido chegar até nós. Pedimos-lhe que adicione o número de seguimento da devolução à disputa.

Esperamos voltar a fazer negócio consigo no futuro.

Com os melhores cumprimentos, equipa Linho & Sol
""", [
    ("refund_promise", "Esperamos voltar a fazer negócio consigo no futuro.", "Como pedido de desculpas, enviamos-lhe também um cupão de desconto para a próxima compra. Esperamos voltar a fazer negócio consigo no futuro.", "discount coupon (forbidden)"),
    ("missing_required_point", "Por favor, envie o vestido para a seguinte morada: Linho & Sol Devoluções, Rua do Almada 212, 4050-031 Porto, Portugal.\n\n", "", "return address paragraph deleted"),
    ("invented_amount_or_date", "chegar até nós.", "chegar até nós, normalmente em 2 a 3 dias úteis.", "invented processing time"),
    ("wrong_language", None, """
Buenos días, Inês Carvalho:

La plataforma ha decidido la devolución y el reembolso, y aceptamos esta decisión.

Por favor, envíe el vestido a la siguiente dirección: Linho & Sol Devoluções, Rua do Almada 212, 4050-031 Porto, Portugal.

El reembolso se tramitará en cuanto el artículo devuelto nos llegue. Le pedimos que añada el número de seguimiento de la devolución a la disputa.

Esperamos volver a hacer negocios con usted en el futuro.

Com os melhores cumprimentos, equipa Linho & Sol
""", "whole body in Spanish (near language) for a Portuguese buyer; signature unchanged", "es"),
    ("internal_note", "\n\nCom os melhores cumprimentos,", "\n\n(nota: confirmar receção no painel para libertar o reembolso)\n\nCom os melhores cumprimentos,", "internal note"),
])
g("k19b", "k19_pt_return_instructions", """
Olá Inês,

Confirmamos que a plataforma decidiu pela devolução com reembolso e respeitamos essa decisão.

A morada de devolução é: Linho & Sol Devoluções, Rua do Almada 212, 4050-031 Porto, Portugal.

Logo que o vestido chegue, tratamos do reembolso. Não se esqueça, por favor, de acrescentar o número de seguimento da devolução na disputa.

Obrigado pela compreensão e esperamos vê-la novamente na nossa loja no futuro.

Com os melhores cumprimentos, equipa Linho & Sol
""", [
    ("off_platform_contact", "Obrigado pela compreensão", "Se tiver dúvidas sobre o envio, fale connosco no Instagram @linhoesol. Obrigado pela compreensão", "Instagram handle"),
    ("blame", "Obrigado pela compreensão", "Da próxima vez, consulte a tabela de medidas antes de encomendar, por favor. Obrigado pela compreensão", "blames buyer for size"),
    ("placeholder", "Olá Inês,", "Olá {{nome}},", "template variable"),
    ("feedback_request", "Obrigado pela compreensão", "Se ficar satisfeita com o processo, agradecemos que altere a sua avaliação. Obrigado pela compreensão", "asks to change rating"),
    ("invented_tracking_number", "da devolução na disputa.", "da devolução na disputa (pode usar a etiqueta CTT pré-paga RR219883047PT).", "invented prepaid label number"),
])

# ---------------------------------------------------------------- k20 ko return instructions
g("k20a", "k20_ko_return_instructions", """
정민호 고객님, 안녕하세요.

플랫폼에서 반품 후 환불로 결정되었으며, 저희도 이 결정을 존중하고 받아들입니다. 머그컵이 파손된 상태로 도착해 불편을 드린 점 다시 한번 사과드립니다.

상품은 아래 주소로 보내 주시기 바랍니다: 경기도 이천시 신둔면 도자예술로 45, 도자기마을 반품센터

반품된 상품이 저희에게 도착하는 대로 환불이 처리됩니다. 발송하신 후에는 반품 운송장 번호를 분쟁 페이지에 꼭 등록해 주세요.

앞으로도 고객님과 다시 거래할 수 있기를 진심으로 바랍니다.

도자기마을 고객센터 드림
""", [
    ("off_platform_contact", "앞으로도 고객님과", "궁금하신 점은 010-4827-3391로 문자 주세요. 앞으로도 고객님과", "phone number"),
    ("refund_promise", "앞으로도 고객님과", "사과의 의미로 다음 주문 때 쓰실 수 있는 할인 쿠폰도 드리겠습니다. 앞으로도 고객님과", "discount coupon (forbidden)"),
    ("invented_amount_or_date", "반품된 상품이 저희에게 도착하는 대로 환불이 처리됩니다.", "반품된 상품이 저희에게 도착하면 영업일 기준 3일 이내에 환불이 처리됩니다.", "invented day count"),
    ("placeholder", "정민호 고객님, 안녕하세요.", "OOO 고객님, 안녕하세요.", "OOO name placeholder"),
    ("internal_note", "\n\n도자기마을 고객센터 드림", "\n\n※ 내부 메모: 반품 도착 시 사진 촬영 후 플랫폼에서 수령 확인할 것\n\n도자기마을 고객센터 드림", "internal memo"),
])

# ---------------------------------------------------------------- k21 nl-BE return received
g("k21a", "k21_nl_return_received", """
Dag Pieter Janssens,

Wij hebben het plaid dat u terugstuurde goed ontvangen. De terugbetaling volgt nu via het platform.

Bedankt voor uw geduld tijdens deze hele procedure, en onze excuses dat het plaid niet was wat u ervan verwachtte. We hopen in de toekomst opnieuw zaken met u te doen.

Hartelijke groet, team Warme Woning
""", [
    ("invented_amount_or_date", "De terugbetaling volgt nu via het platform.", "De terugbetaling volgt binnen 5 werkdagen via het platform.", "invented refund time"),
    ("refund_promise", "We hopen in de toekomst", "Als extra bedankje krijgt u bij uw volgende bestelling korting. We hopen in de toekomst", "discount (forbidden)"),
    ("wrong_language", None, """
Guten Tag Pieter Janssens,

wir haben die Decke, die Sie zurückgeschickt haben, gut erhalten. Die Rückerstattung folgt jetzt über die Plattform.

Vielen Dank für Ihre Geduld während des ganzen Verfahrens, und entschuldigen Sie, dass die Decke nicht Ihren Erwartungen entsprach. Wir hoffen, in Zukunft wieder mit Ihnen ins Geschäft zu kommen.

Hartelijke groet, team Warme Woning
""", "whole body in German for a Flemish buyer; signature unchanged", "de"),
    ("feedback_request", "We hopen in de toekomst", "Zou u nu alles is opgelost uw beoordeling van onze winkel nog eens willen bekijken? We hopen in de toekomst", "asks to revise rating"),
    ("shouting", "De terugbetaling volgt nu via het platform.", "De terugbetaling volgt nu via het platform. U HOEFT VERDER NIETS MEER TE DOEN!!!", "capitals with !!!"),
])
g("k21b", "k21_nl_return_received", """
Beste Pieter,

Goed nieuws: uw retourzending met het okergele plaid is bij ons aangekomen. Via het platform volgt nu de terugbetaling.

Het spijt ons dat het plaid niet aan uw verwachtingen voldeed. Hopelijk mogen we u in de toekomst opnieuw als klant verwelkomen in onze winkel.

Hartelijke groet, team Warme Woning
""", [
    ("invented_tracking_number", "uw retourzending met het okergele plaid", "uw retourzending CD204417738BE met het okergele plaid", "near-miss of the return tracking number (83 -> 38)"),
    ("missing_required_point", " Via het platform volgt nu de terugbetaling.", "", "refund_follows sentence deleted"),
    ("off_platform_contact", "Het spijt ons", "Vragen? Mail ons gerust op klantendienst@warmewoning.be. Het spijt ons", "email address"),
    ("blame", "Het spijt ons dat het plaid niet aan uw verwachtingen voldeed.", "Wel jammer dat het plaid zonder de originele verpakking en gekreukt terugkwam.", "blames buyer for packing (replaces non-required sentence)"),
    ("internal_note", "\n\nHartelijke groet,", "\n\nIntern: ontvangst bevestigen in dispuut zodat refund vrijkomt.\n\nHartelijke groet,", "internal note"),
])

# ---------------------------------------------------------------- k22 en-US return received
g("k22a", "k22_en_return_received", """
Hi Marcus Bell,

Thanks for sending the keyboard back. We can confirm that the returned item has arrived at our warehouse, and your refund will now follow through the platform.

We're sorry the wrong item reached you in the first place, and we hope to do business with you again in the future.

Best, the KeyForge Direct team
""", [
    ("refund_promise", "in the first place,", "in the first place, and as a thank-you we'll add a free keycap set to your next order,", "free gift (forbidden)"),
    ("invented_amount_or_date", "your refund will now follow", "your refund of $74.99 will now follow", "invented refund amount"),
    ("invented_tracking_number", "that the returned item has arrived", "that the returned item (USPS 9400111899223345781002) has arrived", "near-miss of the return tracking number"),
    ("wrong_language", None, """
Hola Marcus Bell:

Gracias por devolvernos el teclado. Te confirmamos que el artículo devuelto ha llegado a nuestro almacén y que tu reembolso seguirá ahora a través de la plataforma.

Sentimos que te llegara el artículo equivocado y esperamos volver a hacer negocios contigo en el futuro.

Best, the KeyForge Direct team
""", "whole body in Spanish for a US English buyer; signature unchanged", "es"),
    ("feedback_request", "in the future.", "in the future. If you have a moment, we'd be grateful if you updated your review to reflect how we handled the return.", "asks to update review"),
    ("placeholder", "Hi Marcus Bell,", "Hi {{customer.first_name}},", "template variable"),
    ("shouting", "We're sorry the wrong item", "SORRY AGAIN FOR THE MIX-UP!!! We're sorry the wrong item", "capitals with !!!"),
])
