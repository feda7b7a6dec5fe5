"""Source of the eighth set's replies: hand-written good replies and one-edit bad variants.

GOODS: list of (good_id, dispute_key, text, bads)
  bads: list of (defect, old, new, note[, language])
    - old is a substring occurring exactly once in the good text; it is replaced by new.
    - old None: new is the whole message (only for wrong_language; language is then required).
"""

GOODS = []


def G(gid, key, text, bads):
    GOODS.append((gid, key, text.strip("\n"), bads))


# ============================================================== w01 de-AT evidence / not_working
G("w01a", "w01", """
Guten Tag Frau Hoffmann,

es tut uns wirklich leid, dass sich Ihr neuer Lautsprecher nach kurzer Zeit von selbst ausschaltet – das ist natürlich ärgerlich, gerade wenn man sich auf ihn gefreut hat.

Damit wir der Sache auf den Grund gehen können, bitten wir Sie um ein kurzes Video: Schalten Sie den Lautsprecher bitte ein und filmen Sie, bis er wieder ausgeht. So sehen wir genau, wann und wie der Fehler auftritt.

Sobald das Video bei uns ist, sehen wir es uns umgehend an und melden uns mit einem Lösungsvorschlag bei Ihnen.

Ihr Team von Funkwerk Elektronik
""", [
    ("refund_promise", "melden uns mit einem Lösungsvorschlag bei Ihnen.",
     "melden uns mit einem Lösungsvorschlag bei Ihnen. Falls sich der Defekt bestätigt, erstatten wir Ihnen den Kaufpreis natürlich vollständig.",
     "sentence added after next_step: full refund promised before the evidence is seen"),
    ("blame", "das ist natürlich ärgerlich, gerade wenn man sich auf ihn gefreut hat.",
     "so etwas passiert allerdings fast immer, wenn der Akku vor dem ersten Gebrauch nicht richtig geladen wurde.",
     "empathy clause replaced by suggesting the buyer charged it wrongly (she said she charged overnight)"),
    ("internal_note", "\n\nIhr Team von Funkwerk Elektronik",
     "\n\n[intern: Listing-Fotos mit der Reklamation vergleichen, Antwortfrist im Auge behalten]\n\nIhr Team von Funkwerk Elektronik",
     "bracketed internal checklist line left above the signature"),
    ("placeholder", "Guten Tag Frau Hoffmann,", "Guten Tag Frau [Nachname],",
     "surname replaced by template slot [Nachname]"),
    ("shouting", "So sehen wir genau, wann und wie der Fehler auftritt.",
     "So sehen wir genau, wann und wie der Fehler auftritt. OHNE VIDEO KÖNNEN WIR LEIDER GAR NICHTS MACHEN!",
     "all-caps sentence added after the evidence request"),
])

G("w01b", "w01", """
Hallo Frau Hoffmann,

vielen Dank für Ihre Nachricht und entschuldigen Sie bitte die Unannehmlichkeiten mit dem Outdoor-Lautsprecher, der immer wieder ausgeht.

Um den Fehler prüfen zu können, bräuchten wir von Ihnen:
- ein kurzes Video, in dem Sie das Gerät einschalten und man sieht, wie es sich wieder abschaltet.

Wir schauen uns das Video an, sobald es da ist, und kommen dann mit einer Lösung auf Sie zu.

Freundliche Grüße
Ihr Team von Funkwerk Elektronik
""", [
    ("off_platform_contact", "wie es sich wieder abschaltet.",
     "wie es sich wieder abschaltet. Am schnellsten geht es, wenn Sie es per WhatsApp an +43 660 4471205 schicken.",
     "asks to send the video via WhatsApp to a phone number"),
    ("invented_amount_or_date", "und kommen dann mit einer Lösung auf Sie zu.",
     "und kommen dann mit einer Lösung auf Sie zu. Das dauert in der Regel nicht länger als 3 Werktage.",
     "invented turnaround of 3 working days"),
    ("feedback_request", "\n\nFreundliche Grüße",
     " Bis dahin wäre es sehr nett, wenn Sie mit einer Bewertung noch warten könnten.\n\nFreundliche Grüße",
     "asks the buyer to hold off on a rating, appended to next_step paragraph"),
    ("missing_required_point",
     "Um den Fehler prüfen zu können, bräuchten wir von Ihnen:\n- ein kurzes Video, in dem Sie das Gerät einschalten und man sieht, wie es sich wieder abschaltet.\n\n",
     "", "request_evidence deleted (the later 'das Video' has no request)"),
    ("wrong_language", None, """Hello Ms Hoffmann,

Thank you for your message, and please accept our apologies for the trouble with the outdoor speaker that keeps switching itself off.

So that we can check the fault, we would need from you:
- a short video in which you switch the device on and we can see it turning itself off again.

We will look at the video as soon as it arrives and then come back to you with a solution.

Kind regards
Ihr Team von Funkwerk Elektronik""", "whole reply in English for an Austrian German buyer", "en"),
])

# ============================================================== w02 ja evidence / counterfeit
G("w02a", "w02", """
田中 美咲 様

この度はお届けした財布について、ご不安な思いをおかけして大変申し訳ございません。本革とご案内していた商品の手触りや刻印が写真と違うとのこと、しっかり確認させていただきます。

お手数をおかけしますが、ロゴの刻印、タグやラベル、シリアル番号（記載がある場合）がはっきり分かる写真をお送りいただけますでしょうか。

写真が届き次第すぐに拝見し、解決方法をご連絡いたします。どうぞよろしくお願いいたします。

Sakura Leather Goods 一同
""", [
    ("refund_promise", "解決方法をご連絡いたします。",
     "解決方法をご連絡いたします。万が一偽物と確認できた場合は、全額返金いたしますのでご安心ください。",
     "full refund promised before evidence is seen"),
    ("off_platform_contact", "はっきり分かる写真をお送りいただけますでしょうか。",
     "はっきり分かる写真を、LINE（ID：sakura_leather）宛にお送りいただけますでしょうか。",
     "asks for the photos via LINE id"),
    ("placeholder", "田中 美咲 様", "{buyer_name} 様", "buyer name replaced by {buyer_name}"),
    ("internal_note", "\n\nSakura Leather Goods 一同",
     "\n\n※社内メモ：出品ページの説明・写真と照合済みか要確認\n\nSakura Leather Goods 一同",
     "internal memo line (社内メモ) left before the signature"),
    ("blame", "しっかり確認させていただきます。",
     "しっかり確認させていただきます。ただ、刻印の違いについてはお客様が写真を見間違えていらっしゃる可能性もございます。",
     "suggests the buyer misread the listing photos"),
    ("wrong_language", None, """田中 美咲 您好，

关于您收到的钱包，给您带来困扰，我们深表歉意。您提到商品标注为真皮，但手感和印字与图片不符，我们会认真核实。

麻烦您发送能清楚看到品牌印字、吊牌或标签以及序列号（如有）的照片。

收到照片后我们会立即查看，并联系您提供解决方案。谢谢您的配合。

Sakura Leather Goods 一同""", "whole reply in Chinese for a Japanese buyer", "zh"),
])

# ============================================================== w03 sv evidence / missing_parts
G("w03a", "w03", """
Hej Erik!

Tråkigt att höra att lampan, batterihållaren och två takdelar saknades i byggsatsen – förlåt för strulet, så ska det inte vara.

Kan du lägga ut alla delar du fick bredvid varandra och ta ett foto av dem? Skicka gärna också en bild på viktetiketten på paketet, så kan vi jämföra med vad som packades.

Så fort bilderna har kommit tittar vi på dem och hör av oss med en lösning.

Hälsningar, Nordlys Hobby
""", [
    ("refund_promise", "så ska det inte vara.",
     "så ska det inte vara. Vi skickar självklart de delar som fattas till dig utan kostnad.",
     "free replacement parts promised before the evidence"),
    ("shouting", "Så fort bilderna har kommit",
     "VI MÅSTE HA BILDERNA INNAN VI KAN GÖRA NÅGONTING!\n\nSå fort bilderna har kommit",
     "all-caps sentence before next_step"),
    ("invented_tracking_number", "så kan vi jämföra med vad som packades.",
     "så kan vi jämföra med vad som packades. Vi har redan tagit fram packlistan för försändelse LP00561230948CN.",
     "near miss of the real tracking number LP00561230984CN (last digits swapped)"),
    ("feedback_request", "och hör av oss med en lösning.",
     "och hör av oss med en lösning. Och när allt är löst blir vi jätteglada för ett femstjärnigt betyg!",
     "asks for a five-star rating"),
    ("wrong_language", None, """Hei Erik!

Leit å høre at lampen, batteriholderen og to takdeler manglet i byggesettet – beklager bryderiet, slik skal det ikke være.

Kan du legge alle delene du fikk ved siden av hverandre og ta et bilde av dem? Send også gjerne et bilde av vektetiketten på pakken, så kan vi sammenligne med det som ble pakket.

Så snart bildene er kommet, ser vi på dem og tar kontakt med en løsning.

Hälsningar, Nordlys Hobby""", "whole reply in Norwegian Bokmål for a Swedish buyer (close but not Swedish)", "nb"),
])

# ============================================================== w04 pl customs / buyer pays
G("w04a", "w04", """
Dzień dobry Pani Marto,

dziękujemy za wiadomość. Sprawdziliśmy przesyłkę LY248163570CN – faktycznie jest obecnie zatrzymana w urzędzie celnym i czeka na odprawę.

Zgodnie z warunkami tego zamówienia cło i opłaty importowe pokrywa kupujący, dlatego uprzejmie prosimy o ich opłacenie i dokończenie odprawy celnej. Zwykle urząd lub przewoźnik wysyła w tej sprawie powiadomienie.

Jeśli celnicy poproszą o jakiekolwiek dokumenty, na przykład fakturę, chętnie je Pani prześlemy.

Pozdrawiamy serdecznie
Zespół Amberline Shop
""", [
    ("blame", "Zwykle urząd lub przewoźnik wysyła w tej sprawie powiadomienie.",
     "Polskie urzędy celne działają niestety bardzo opieszale, stąd całe to opóźnienie.",
     "blames Polish customs for the delay"),
    ("invented_amount_or_date", "dlatego uprzejmie prosimy o ich opłacenie",
     "dlatego uprzejmie prosimy o ich opłacenie (to około 48 zł)",
     "invented duty amount"),
    ("off_platform_contact", "chętnie je Pani prześlemy.",
     "chętnie je Pani prześlemy – wystarczy napisać przez formularz na www.amberline-shop.pl/kontakt.",
     "sends the buyer to a contact form on the shop's website"),
    ("shouting", "i czeka na odprawę.",
     "i czeka na odprawę. PROSIMY NIE ZWLEKAĆ Z OPŁATĄ!!!",
     "all-caps sentence with !!! after customs_status"),
    ("refund_promise", "\n\nPozdrawiamy serdecznie",
     "\n\nPo odbiorze paczki zwrócimy Pani równowartość zapłaconego cła.\n\nPozdrawiamy serdecznie",
     "promises to reimburse the duties (compensation)"),
    ("missing_required_point",
     "Jeśli celnicy poproszą o jakiekolwiek dokumenty, na przykład fakturę, chętnie je Pani prześlemy.\n\n",
     "", "offer_documents deleted"),
])

G("w04b", "w04", """
Pani Marto, dzień dobry!

Paczka z numerem śledzenia LY248163570CN utknęła na razie w odprawie celnej – przepraszamy za nerwy z tym związane.

Co dalej:
• przy tym zamówieniu należności celne opłaca odbiorca, więc prosimy o ich uregulowanie i dokończenie odprawy;
• jeśli urząd celny będzie potrzebował faktury albo innego dokumentu, od razu go dostarczymy.

Dziękujemy za cierpliwość!
Zespół Amberline Shop
""", [
    ("placeholder", "Pani Marto, dzień dobry!", "Pani [IMIĘ], dzień dobry!", "name replaced by [IMIĘ]"),
    ("internal_note", "Dziękujemy za cierpliwość!",
     "(notatka dla zespołu: w razie potrzeby wysłać fakturę handlową, screen z trackingu wrzucić do sporu)\n\nDziękujemy za cierpliwość!",
     "team note in parentheses left in the reply"),
    ("invented_tracking_number", "Paczka z numerem śledzenia LY248163570CN utknęła",
     "Paczka z numerem śledzenia LY248163570CN (numer krajowy InPost: 620184937716502) utknęła",
     "extra domestic carrier number not in the dispute"),
    ("feedback_request", "Dziękujemy za cierpliwość!",
     "Dziękujemy za cierpliwość i bardzo prosimy, żeby przez to opóźnienie nie wystawiała nam Pani niskiej oceny!",
     "asks the buyer not to leave a low rating"),
    ("wrong_language", None, """Марта, добрый день!

Посылка с трек-номером LY248163570CN пока задержана на таможенном оформлении — извините за связанные с этим волнения.

Что дальше:
• по этому заказу таможенные пошлины оплачивает получатель, поэтому просим вас оплатить их и завершить оформление;
• если таможне понадобится счёт-фактура или другой документ, мы сразу его предоставим.

Спасибо за терпение!
Zespół Amberline Shop""", "whole reply in Russian for a Polish buyer", "ru"),
])

# ============================================================== w05 fr-CA customs / seller pays
G("w05a", "w05", """
Bonjour Gabrielle,

Merci de nous avoir écrit. Votre colis LP00417852963CN est effectivement retenu aux douanes canadiennes pour le moment.

Bonne nouvelle : pour cette commande, c'est nous qui payons les droits de douane et qui nous occupons du dédouanement. Vous n'aurez donc rien à payer de votre côté.

Nous vous demandons seulement encore un peu de patience, le temps que la douane libère le colis. Nous suivons le dossier de près.

L'équipe Atelier Boréal
""", [
    ("refund_promise", "Vous n'aurez donc rien à payer de votre côté.",
     "Vous n'aurez donc rien à payer de votre côté. Et pour nous faire pardonner ce délai, vous recevrez un bon de réduction pour votre prochaine commande.",
     "discount voucher offered for the customs delay"),
    ("invented_amount_or_date", "le temps que la douane libère le colis.",
     "le temps que la douane libère le colis, normalement d'ici le 2 décembre.",
     "invented release date"),
    ("blame", "Nous suivons le dossier de près.",
     "Malheureusement, l'Agence des services frontaliers est très lente ces temps-ci et ce n'est pas de notre faute.",
     "blames Canadian border services"),
    ("shouting", "Vous n'aurez donc rien à payer de votre côté.",
     "Vous n'aurez donc rien à payer de votre côté. SURTOUT NE PAYEZ RIEN AU TRANSPORTEUR !!!",
     "all-caps sentence after seller_pays"),
    ("missing_required_point",
     "Nous vous demandons seulement encore un peu de patience, le temps que la douane libère le colis. ",
     "", "ask_patience deleted"),
    ("invented_tracking_number", "Votre colis LP00417852963CN est",
     "Votre colis LP00417852963CN (numéro Postes Canada : 7391884205716630) est",
     "extra domestic tracking number not in the dispute"),
    ("wrong_language", None, """Hello Gabrielle,

Thank you for writing to us. Your parcel LP00417852963CN is indeed being held at Canadian customs for the moment.

Good news: for this order, we are the ones paying the customs duties and handling the clearance. So you will have nothing to pay on your side.

We only ask for a little more patience while customs releases the parcel. We are following the file closely.

L'équipe Atelier Boréal""", "whole reply in English for a Québécois (fr-CA) buyer", "en"),
])

# ============================================================== w06 tr customs / payer unknown (no profile language)
G("w06a", "w06", """
Merhaba Emre Bey,

Yazdığınız için teşekkür ederiz. UH731904268CN takip numaralı paketiniz şu anda gümrükte bekliyor; bunun sizi endişelendirdiğini anlıyoruz.

Paketin serbest bırakılması için gümrüğün neye ihtiyaç duyduğunu kargo firmasıyla birlikte kontrol ediyoruz, bilgi alır almaz size haber vereceğiz.

Bu süreçte biraz sabırlı olmanızı rica ediyoruz. Anlayışınız için çok teşekkürler.

Anatolia Craft ekibi
""", [
    ("refund_promise", "Bu süreçte biraz sabırlı olmanızı rica ediyoruz.",
     "Bu süreçte biraz sabırlı olmanızı rica ediyoruz. Paket gümrükten çıkmazsa ücretinizi hemen iade ederiz.",
     "refund promised if customs does not release"),
    ("invented_amount_or_date", "bilgi alır almaz size haber vereceğiz.",
     "bilgi alır almaz size haber vereceğiz. Gümrük vergisi büyük ihtimalle 320 TL civarında olacak.",
     "invented duty amount"),
    ("off_platform_contact", "bilgi alır almaz size haber vereceğiz.",
     "bilgi alır almaz size WhatsApp'tan yazacağız; telefon numaranızı bize iletebilir misiniz?",
     "asks for the buyer's number to continue on WhatsApp"),
    ("placeholder", "\n\nAnatolia Craft ekibi", "\n\n[Temsilci Adı]\nAnatolia Craft ekibi",
     "agent-name slot left above the signature"),
    ("shouting", "Yazdığınız için teşekkür ederiz.",
     "Yazdığınız için teşekkür ederiz. PAKETİNİZ KAYBOLMADI, SADECE GÜMRÜKTE BEKLİYOR!!!",
     "all-caps sentence with !!!"),
])

# ============================================================== w07 es-MX extend (20 days)
G("w07a", "w07", """
Hola Valeria,

Entendemos perfectamente tu preocupación y queremos tranquilizarte: tu lámpara ya va en camino. Puedes seguirla en todo momento con el número de rastreo YT2410975318462057.

¿Nos harías el favor de cerrar la disputa por ahora? A cambio, ampliaremos tu protección de compra 20 días, para que sigas completamente protegida hasta que el paquete llegue a tus manos.

Cualquier duda, aquí estamos.

El equipo de Casa Jade
""", [
    ("refund_promise", "hasta que el paquete llegue a tus manos.",
     "hasta que el paquete llegue a tus manos. Y si por algo no llegara, te devolvemos tu dinero completo, sin problema.",
     "full refund promised while asking to close"),
    ("invented_amount_or_date", "tu lámpara ya va en camino.",
     "tu lámpara ya va en camino y debería llegarte a más tardar el 5 de diciembre.",
     "invented delivery date"),
    ("blame", "Entendemos perfectamente tu preocupación y queremos tranquilizarte:",
     "Estafeta siempre se tarda muchísimo con los envíos internacionales, por eso el rastreo no avanza. Aun así, queremos tranquilizarte:",
     "blames the local carrier"),
    ("missing_required_point", "¿Nos harías el favor de cerrar la disputa por ahora? A cambio, ampliaremos",
     "Ampliaremos", "ask_close deleted; extension still offered"),
    ("feedback_request", "Cualquier duda, aquí estamos.",
     "Cualquier duda, aquí estamos. Y cuando la recibas, ¡una reseña de cinco estrellas nos ayudaría muchísimo!",
     "asks for a five-star review"),
    ("internal_note", "\n\nEl equipo de Casa Jade",
     "\n\nNota interna: subir captura del rastreo a la disputa y extender protección en el centro de vendedor cuando acepte.\n\nEl equipo de Casa Jade",
     "seller checklist left as 'Nota interna'"),
])

G("w07b", "w07", """
Estimada Valeria Ramírez:

Su pedido no se ha perdido: el paquete sigue en tránsito y puede consultar su avance con la guía YT2410975318462057.

Le pedimos amablemente que cierre la disputa por el momento. Nosotros extenderemos su protección del comprador por 20 días adicionales, de modo que estará cubierta hasta que reciba su lámpara.

Quedamos atentos a cualquier pregunta.

El equipo de Casa Jade
""", [
    ("off_platform_contact", "Quedamos atentos a cualquier pregunta.",
     "Quedamos atentos a cualquier pregunta por WhatsApp al +52 55 4187 2290.",
     "WhatsApp number for questions"),
    ("invented_tracking_number", "con la guía YT2410975318462057.",
     "con la guía YT2410975318462057 o, ya en México, con la guía de Estafeta 8052364719.",
     "extra local carrier guide number not in the dispute"),
    ("shouting", "Le pedimos amablemente que cierre la disputa por el momento.",
     "Le pedimos amablemente que cierre la disputa por el momento. ¡¡EL PAQUETE NO ESTÁ PERDIDO, SOLO HAY QUE ESPERAR!!",
     "all-caps sentence added after ask_close"),
    ("placeholder", "Quedamos atentos a cualquier pregunta.\n\n",
     "Quedamos atentos a cualquier pregunta.\n\nAtentamente,\n<NOMBRE DEL AGENTE>\n",
     "agent-name slot <NOMBRE DEL AGENTE> before the signature"),
    ("wrong_language", None, """Prezada Valeria Ramírez,

Seu pedido não se perdeu: o pacote continua em trânsito e você pode acompanhar o andamento com o código YT2410975318462057.

Pedimos gentilmente que feche a disputa por enquanto. Nós vamos estender a sua proteção do comprador por mais 20 dias, para que fique coberta até receber a sua luminária.

Ficamos à disposição para qualquer dúvida.

El equipo de Casa Jade""", "whole reply in Portuguese for a Mexican Spanish buyer", "pt"),
])

# ============================================================== w08 ko extend (15 days)
G("w08a", "w08", """
김지훈 고객님, 안녕하세요.

배송 조회가 멈춰 있어서 많이 걱정되셨을 것 같습니다. 키보드는 현재 고객님께 가는 중이며, 운송장 번호 LP00603918274CN 으로 배송 상황을 확인하실 수 있습니다.

번거로우시겠지만 지금은 분쟁을 닫아 주실 수 있을까요? 대신 구매 보호 기간을 15일 연장해 드려서, 물건을 받으실 때까지 계속 보호받으실 수 있도록 하겠습니다.

불편을 드려 죄송합니다.

KeyNest Official 드림
""", [
    ("refund_promise", "계속 보호받으실 수 있도록 하겠습니다.",
     "계속 보호받으실 수 있도록 하겠습니다. 혹시 끝내 도착하지 않으면 전액 환불해 드리겠습니다.",
     "refund promised while asking to close"),
    ("off_platform_contact", "불편을 드려 죄송합니다.",
     "궁금하신 점은 카카오톡 채널 @keynest 로 편하게 문의해 주세요. 불편을 드려 죄송합니다.",
     "points the buyer to a KakaoTalk channel"),
    ("invented_amount_or_date", "키보드는 현재 고객님께 가는 중이며,",
     "키보드는 현재 고객님께 가는 중이며 3~5일 안에 도착할 예정이고,",
     "invented delivery window"),
    ("missing_required_point",
     " 대신 구매 보호 기간을 15일 연장해 드려서, 물건을 받으실 때까지 계속 보호받으실 수 있도록 하겠습니다.",
     "", "extend_protection deleted (and with it the 15-day mention)"),
    ("internal_note", "\n\nKeyNest Official 드림",
     "\n\n[내부 메모: extend_delivery_time / 구매자 동의 시 셀러센터에서 보호 기간 연장 처리]\n\nKeyNest Official 드림",
     "internal memo with remedy id left before signature"),
])

# ============================================================== w09 it offer reshipment
G("w09a", "w09", """
Gentile Giulia,

ci dispiace davvero: a quanto risulta, il Suo pacco con i pennelli si è perso durante il trasporto.

Vorrebbe che Le spedissimo di nuovo l'articolo? Per Lei non ci sarebbe nessun costo aggiuntivo.

Se è d'accordo, ci risponda qui per confermare e controlli per favore che l'indirizzo di spedizione sia ancora corretto, così possiamo procedere subito.

Un cordiale saluto,
Lo staff di Bottega Colori
""", [
    ("refund_promise", "Vorrebbe che Le spedissimo di nuovo l'articolo?",
     "Preferisce che Le spediamo di nuovo l'articolo oppure un rimborso completo?",
     "refund offered as an alternative to reshipment"),
    ("blame", "si è perso durante il trasporto.",
     "si è perso durante il trasporto: con Poste Italiane purtroppo succede spesso.",
     "blames the Italian carrier"),
    ("placeholder", "Gentile Giulia,", "Gentile [NOME CLIENTE],", "name replaced by [NOME CLIENTE]"),
    ("feedback_request", "\n\nUn cordiale saluto,",
     "\n\nNel frattempo La preghiamo di non lasciare un feedback negativo: stiamo facendo tutto il possibile.\n\nUn cordiale saluto,",
     "asks not to leave negative feedback"),
    ("invented_tracking_number", "così possiamo procedere subito.",
     "così possiamo procedere subito con la nuova spedizione RB918304725CN.",
     "tracking number for a reshipment that does not exist yet"),
    ("shouting", "si è perso durante il trasporto.",
     "si è perso durante il trasporto. NON SI PREOCCUPI, RISOLVIAMO TUTTO NOI!!!",
     "all-caps sentence with !!!"),
])

G("w09b", "w09", """
Buongiorno Giulia Russo,

purtroppo sembra proprio che la spedizione sia andata smarrita lungo il tragitto, e ce ne scusiamo molto.

Possiamo rispedirLe il set di pennelli senza alcuna spesa in più: Le andrebbe bene?

Ci basta una Sua conferma in risposta a questo messaggio. Le chiediamo anche di verificare l'indirizzo di consegna indicato nell'ordine.

Lo staff di Bottega Colori
""", [
    ("off_platform_contact", "Ci basta una Sua conferma in risposta a questo messaggio.",
     "Ci basta una Sua conferma via e-mail a ordini@bottegacolori.it.",
     "confirmation requested by e-mail instead of in the dispute"),
    ("internal_note", "\n\nLo staff di Bottega Colori",
     "\n\n— nota per il magazzino: verificare la disponibilità prima di confermare; aprire reclamo smarrimento con il vettore —\n\nLo staff di Bottega Colori",
     "warehouse note / seller checklist left in"),
    ("missing_required_point",
     "purtroppo sembra proprio che la spedizione sia andata smarrita lungo il tragitto, e ce ne scusiamo molto.\n\n",
     "", "apologise_lost deleted: no word that the parcel was lost, no apology"),
    ("invented_amount_or_date", "Le andrebbe bene?",
     "Le andrebbe bene? Il nuovo pacco partirebbe già lunedì 1° dicembre.",
     "invented dispatch date"),
    ("wrong_language", None, """Buenos días, Giulia Russo:

Lamentablemente parece que el envío se ha extraviado por el camino, y le pedimos disculpas.

Podemos reenviarle el set de pinceles sin ningún coste adicional: ¿le parece bien?

Nos basta con su confirmación en respuesta a este mensaje. Le pedimos también que compruebe la dirección de entrega indicada en el pedido.

Lo staff di Bottega Colori""", "whole reply in Spanish for an Italian buyer", "es"),
])

# ============================================================== w10 ro offer reshipment (no profile language)
G("w10a", "w10", """
Bună ziua, domnule Popescu,

Ne pare foarte rău că rucsacul dumneavoastră s-a pierdut pe drum – înțelegem cât de neplăcut este să aștepți degeaba.

Dacă doriți, vi-l putem trimite din nou, fără niciun cost suplimentar pentru dumneavoastră.

Vă rugăm să ne răspundeți aici ca să confirmați și să verificați dacă adresa de livrare din comandă este corectă.

Echipa Carpathia Gear
""", [
    ("refund_promise", "Dacă doriți, vi-l putem trimite din nou,",
     "Dacă doriți, vi-l putem trimite din nou sau, dacă preferați, vă returnăm banii imediat,",
     "refund offered next to the reshipment"),
    ("shouting", "este corectă.", "este corectă. VĂ RUGĂM SĂ NE RĂSPUNDEȚI CÂT MAI REPEDE!!!",
     "all-caps sentence with !!!"),
    ("invented_amount_or_date", "fără niciun cost suplimentar pentru dumneavoastră.",
     "fără niciun cost suplimentar pentru dumneavoastră (transportul, de obicei 25 lei, îl suportăm noi).",
     "invented shipping cost"),
    ("feedback_request", "\n\nEchipa Carpathia Gear",
     "\n\nȘi dacă sunteți mulțumit de cum am rezolvat, un review pozitiv ne-ar ajuta enorm!\n\nEchipa Carpathia Gear",
     "asks for a positive review"),
    ("blame", "– înțelegem cât de neplăcut este să aștepți degeaba.",
     "– din păcate, Poșta Română pierde des colete, nu e prima dată.",
     "blames the Romanian postal service"),
])

# ============================================================== w11 nl confirm reshipment
G("w11a", "w11", """
Hoi Sanne,

Bedankt dat je akkoord ging met een nieuwe zending! Je plantenpot is opnieuw verstuurd en is te volgen met het nieuwe trackingnummer LP00911340276CN.

We houden het pakket de komende tijd goed in de gaten en laten het je weten als er iets verandert.

Fijne dag nog!
Tulipa Home team
""", [
    ("refund_promise", "We houden het pakket",
     "Als goedmakertje stoppen we er ook een gratis extra schotel bij. We houden het pakket",
     "free extra item added"),
    ("off_platform_contact", "als er iets verandert.",
     "als er iets verandert. Vragen? Stuur gerust een appje naar +31 6 28471190.",
     "WhatsApp-style phone number"),
    ("invented_tracking_number", "trackingnummer LP00911340276CN.",
     "trackingnummer LP00911340276CN. Zodra het in Nederland is, kun je het ook bij PostNL volgen met code 3STLPH92018476.",
     "extra PostNL code not in the dispute"),
    ("shouting", "\n\nFijne dag nog!",
     "\n\nLET OP: HET OUDE TRACKINGNUMMER WERKT NIET MEER!!!\n\nFijne dag nog!",
     "all-caps line with !!!"),
    ("missing_required_point",
     "We houden het pakket de komende tijd goed in de gaten en laten het je weten als er iets verandert.\n\n",
     "", "keep_updated deleted"),
    ("wrong_language", None, """Hallo Sanne,

danke, dass du mit einem erneuten Versand einverstanden warst! Dein Pflanztopf wurde noch einmal verschickt und lässt sich mit der neuen Sendungsnummer LP00911340276CN verfolgen.

Wir behalten das Paket in nächster Zeit gut im Auge und sagen dir Bescheid, wenn sich etwas ändert.

Einen schönen Tag noch!
Tulipa Home team""", "whole reply in German for a Dutch buyer", "de"),
])

# ============================================================== w12 pt-BR confirm reshipment
G("w12a", "w12", """
Olá, Rafael!

Muito obrigado por topar o reenvio. Seu fone de ouvido já foi despachado de novo, e você pode acompanhar a nova remessa pelo código de rastreio LB715902846CN.

Vamos ficar de olho nesse novo pacote e te avisamos de qualquer novidade.

Um abraço,
Equipe Loja Brisa
""", [
    ("refund_promise", "Vamos ficar de olho",
     "Como pedido de desculpas, também vamos estornar o valor do frete da primeira compra. Vamos ficar de olho",
     "refund of shipping cost added (compensation)"),
    ("placeholder", "Olá, Rafael!", "Olá, {{nome_cliente}}!", "name replaced by {{nome_cliente}}"),
    ("invented_amount_or_date", "e te avisamos de qualquer novidade.",
     "e te avisamos de qualquer novidade. A previsão de entrega é de 15 a 20 dias úteis.",
     "invented delivery estimate"),
    ("internal_note", "\n\nUm abraço,",
     "\n\nOBS interna: anexar o novo rastreio na disputa antes do prazo.\n\nUm abraço,",
     "internal 'OBS interna' line"),
    ("feedback_request", "\n\nUm abraço,",
     " Quando chegar, se puder deixar uma avaliação positiva pra gente, agradecemos demais!\n\nUm abraço,",
     "asks for a positive rating"),
    ("blame", "Muito obrigado por topar o reenvio.",
     "Muito obrigado por topar o reenvio. Os Correios extraviaram o primeiro pacote, como sempre.",
     "blames Correios"),
    ("invented_tracking_number", "pelo código de rastreio LB715902846CN.",
     "pelo código de rastreio LB715902846CN ou, já no Brasil, pelo código dos Correios OV482913706BR.",
     "extra domestic code not in the dispute"),
])

# ============================================================== w13 en-GB propose (cap 13.77 GBP)
G("w13a", "w13", """
Dear Oliver,

Thank you for sending the photos. We can clearly see that the jumper is much paler than the forest green shown in our listing, and we're sorry it isn't what you expected.

We'd like to offer you two options. You could keep the jumper and receive a partial refund of up to 13.77 GBP, or you could return it to us for a full refund.

Please let us know which of these you'd prefer, and we'll set it up straight away.

Kind regards,
Thistle & Thread team
""", [
    ("amount_over_cap", "a partial refund of up to 13.77 GBP", "a partial refund of up to 22.95 GBP",
     "cap replaced by half the price (side effect: required mention 13.77 GBP no longer quoted)"),
    ("amount_over_cap", "a partial refund of up to 13.77 GBP,",
     "a partial refund of up to 13.77 GBP – and if that doesn't feel fair, we can go up to half the price –",
     "cap kept, but 'up to half the price' offered on top"),
    ("refund_promise", "or you could return it to us for a full refund.",
     "or you could return it to us for a full refund – and we'll pop a free scarf in with your next order as an apology.",
     "free gift added"),
    ("off_platform_contact", "and we'll set it up straight away.",
     "and we'll set it up straight away – or email us at help@thistlethread.co.uk if that's easier.",
     "e-mail address offered"),
    ("feedback_request", "\n\nKind regards,",
     "\n\nWe'd really appreciate it if you could amend your review once this is sorted.\n\nKind regards,",
     "asks to amend the review"),
    ("blame", "and we're sorry it isn't what you expected.",
     "and we're sorry it isn't what you expected. That said, it does look as if it may have been washed too hot, which fades wool.",
     "suggests the buyer washed it wrongly"),
])

G("w13b", "w13", """
Hi Oliver,

Thanks for the photos — you're right, that colour is a long way from the green in our listing. Sorry about that.

Here's what we can do:
• Keep the jumper, and we refund part of the price (up to 13.77 GBP).
• Send it back, and we refund you in full.

Just tell us which one works better for you.

Thistle & Thread team
""", [
    ("amount_over_cap", "(up to 13.77 GBP).",
     "(up to 13.77 GBP, or 20.00 GBP if you'd rather not bother with a return).",
     "extra 20.00 GBP above the cap"),
    ("amount_over_cap", "Keep the jumper, and we refund part of the price (up to 13.77 GBP).",
     "Keep the jumper, and we refund you the full 45.90 GBP anyway.",
     "full refund while keeping the item (side effect: cap no longer quoted)"),
    ("shouting", "Just tell us which one works better for you.",
     "Just tell us which one works better for you. PLEASE ANSWER BEFORE THE DEADLINE OR WE CAN'T HELP!!!",
     "all-caps sentence added after ask_choice"),
    ("internal_note", "\n\nThistle & Thread team",
     "\n\n>> Oliver Bennett / escalated / propose_partial_or_return — offer in solution panel + upload our packing pics\n\nThistle & Thread team",
     "agent's internal summary line with remedy id"),
    ("placeholder", "\n\nThistle & Thread team", "\n\n[Your name]\nThistle & Thread team",
     "[Your name] slot above the signature"),
    ("wrong_language", None, """Bonjour Oliver,

Merci pour les photos — vous avez raison, cette couleur est bien loin du vert de notre annonce. Nous en sommes désolés.

Voici ce que nous pouvons faire :
• Vous gardez le pull et nous vous remboursons une partie du prix (jusqu'à 13.77 GBP).
• Vous nous le renvoyez et nous vous remboursons intégralement.

Dites-nous simplement quelle option vous convient le mieux.

Thistle & Thread team""", "whole reply in French for a British buyer", "fr"),
])

# ============================================================== w14 cs propose (cap 322.50 CZK, 25 %)
G("w14a", "w14", """
Dobrý den, paní Nováková,

děkujeme za zaslané fotografie. Je na nich jasně vidět, že dvě sklenice mají otlučený okraj, a moc nás to mrzí.

Nabízíme Vám dvě možnosti: sklenice si můžete ponechat a my Vám vrátíme část ceny, a to až 322.50 CZK, nebo nám zboží pošlete zpět a dostanete plnou náhradu kupní ceny.

Dejte nám prosím vědět, kterou možnost si vyberete.

S pozdravem
Tým Bohemia Glass Studio
""", [
    ("amount_over_cap", "a to až 322.50 CZK,", "a to až 500.00 CZK,",
     "cap replaced by 500.00 CZK (side effect: required mention 322.50 CZK no longer quoted)"),
    ("amount_over_cap", "a to až 322.50 CZK,",
     "a to až 322.50 CZK (vzhledem ke dvěma poškozeným kusům klidně i polovinu ceny),",
     "cap kept but half the price offered too"),
    ("refund_promise", "Dejte nám prosím vědět",
     "K tomu Vám navíc pošleme dvě nové sklenice zdarma. Dejte nám prosím vědět",
     "free replacement glasses added"),
    ("blame", "a moc nás to mrzí.",
     "a moc nás to mrzí. Dopravce s balíkem zjevně zacházel dost hrubě.",
     "blames the carrier's handling"),
    ("missing_required_point", "\n\nDejte nám prosím vědět, kterou možnost si vyberete.", "",
     "ask_choice deleted"),
])

G("w14b", "w14", """
Paní Terezo, dobrý den,

díky za fotky – otlučené okraje jsou na nich dobře vidět. Omlouváme se, že sada dorazila v takovém stavu.

Můžeme to vyřešit jedním z těchto způsobů:
– ponecháte si sadu a vrátíme Vám částečně peníze, maximálně 322.50 CZK;
– sadu vrátíte a peníze Vám vrátíme v plné výši.

Která varianta by Vám vyhovovala víc?

Tým Bohemia Glass Studio
""", [
    ("amount_over_cap", "maximálně 322.50 CZK;",
     "maximálně 322.50 CZK – u Vás ale uděláme výjimku a vrátíme 400.00 CZK;",
     "400.00 CZK offered above the cap"),
    ("amount_over_cap", "maximálně 322.50 CZK;", "třeba 30 % z ceny;",
     "30 % of 1290.00 = 387 CZK, above the 25 % cap (side effect: cap no longer quoted)"),
    ("off_platform_contact", "Která varianta by Vám vyhovovala víc?",
     "Která varianta by Vám vyhovovala víc? Klidně nám zavolejte na +420 731 284 559.",
     "phone number offered"),
    ("invented_amount_or_date", "peníze Vám vrátíme v plné výši.",
     "peníze Vám vrátíme v plné výši do 3 pracovních dnů od doručení.",
     "invented refund deadline"),
    ("placeholder", "Paní Terezo, dobrý den,", "Paní XXX, dobrý den,", "name replaced by XXX"),
    ("feedback_request", "\n\nTým Bohemia Glass Studio",
     "\n\nA prosíme, zvažte pak úpravu svého hodnocení našeho obchodu.\n\nTým Bohemia Glass Studio",
     "asks to revise the store rating"),
])

# ============================================================== w15 hu propose (cap 4797.00 HUF)
G("w15a", "w15", """
Tisztelt Kovács Péter!

Köszönjük, hogy elküldte a videót. Jól látszik rajta, hogy a serpenyő bevonata lepattogzott – ezért őszintén elnézést kérünk.

Két megoldást tudunk felajánlani: megtarthatja a serpenyőt, és részleges visszatérítést kap, legfeljebb 4797.00 HUF összegben, vagy visszaküldi nekünk a terméket, és a teljes vételárat visszatérítjük.

Kérjük, írja meg, melyik lehetőséget választja.

Üdvözlettel:
A Danube Kitchen csapata
""", [
    ("amount_over_cap", "legfeljebb 4797.00 HUF összegben", "legfeljebb 8000.00 HUF összegben",
     "cap replaced by 8000.00 HUF (side effect: required mention no longer quoted)"),
    ("amount_over_cap", "és a teljes vételárat visszatérítjük.",
     "és a teljes vételárat visszatérítjük. Ha a részleges összeg kevés, akár a vételár felét is visszaadjuk, és a serpenyő Önnél maradhat.",
     "cap kept, half the price offered on top"),
    ("refund_promise", "Kérjük, írja meg,",
     "Ajándékba küldünk mellé egy új fedőt is, ingyen. Kérjük, írja meg,",
     "free gift added"),
    ("shouting", "melyik lehetőséget választja.",
     "melyik lehetőséget választja. KÉRJÜK, MIELŐBB DÖNTSÖN, MERT A HATÁRIDŐ HAMAROSAN LEJÁR!!!",
     "all-caps sentence with !!!"),
    ("internal_note", "\n\nÜdvözlettel:",
     "\n\n[belső: részleges visszatérítést a megoldás panelen felajánlani + saját csomagolási fotókat feltölteni]\n\nÜdvözlettel:",
     "internal checklist left in brackets"),
    ("wrong_language", None, """Dear Kovács Péter,

Thank you for sending the video. It clearly shows that the pan's coating has flaked off, and we sincerely apologise for that.

We can offer you two solutions: you can keep the pan and receive a partial refund of up to 4797.00 HUF, or you can send the product back to us and we will refund the full purchase price.

Please let us know which option you choose.

Best regards,
A Danube Kitchen csapata""", "whole reply in English for a Hungarian buyer", "en"),
])

G("w15b", "w15", """
Kedves Péter!

Köszönjük a videót, sajnos tényleg látszik, hogy a bevonat leválik. Nagyon sajnáljuk.

A következőt javasoljuk:
• a serpenyő Önnél marad, mi pedig visszaadunk legfeljebb 4797.00 HUF-ot, vagy
• visszaküldi a serpenyőt, és a teljes árát visszakapja.

Melyik lenne Önnek kényelmesebb?

A Danube Kitchen csapata
""", [
    ("amount_over_cap", "legfeljebb 4797.00 HUF-ot,",
     "legfeljebb 4797.00 HUF-ot – sőt, ha így elégedettebb, kerek 6000.00 HUF-ot –,",
     "6000.00 HUF offered above the cap"),
    ("amount_over_cap", "mi pedig visszaadunk legfeljebb 4797.00 HUF-ot,",
     "mi pedig ennek ellenére visszaadjuk a teljes 15990.00 HUF-ot,",
     "full refund while keeping the pan (side effect: cap no longer quoted)"),
    ("blame", "Nagyon sajnáljuk.",
     "Nagyon sajnáljuk, bár ez általában a túl magas hőfokon való használattól van.",
     "suggests buyer misuse (overheating)"),
    ("placeholder", "Kedves Péter!", "Kedves [Vásárló neve]!", "name replaced by [Vásárló neve]"),
    ("missing_required_point",
     "Köszönjük a videót, sajnos tényleg látszik, hogy a bevonat leválik. Nagyon sajnáljuk.\n\n",
     "", "thank_evidence deleted"),
    ("feedback_request", "Melyik lenne Önnek kényelmesebb?",
     "Melyik lenne Önnek kényelmesebb? És ha minden rendeződött, kérjük, vegye vissza a negatív értékelést.",
     "asks to withdraw the negative rating"),
])

# ============================================================== w16 uk await platform
G("w16a", "w16", """
Добрий день, пані Олено!

Дякуємо, що написали. Ми вже передали платформі всі наші докази щодо цього замовлення.

Тепер рішення ухвалить спеціаліст платформи з розгляду спорів, і ми, звісно, приймемо його.

Якщо у вас з'являться запитання, ми завжди на зв'язку тут і охоче допоможемо.

Команда Karpaty Textile
""", [
    ("refund_promise", "і ми, звісно, приймемо його.",
     "і ми, звісно, приймемо його. Але не хвилюйтеся – гроші вам у будь-якому разі повернуть.",
     "promises the money back whatever the decision"),
    ("blame", "Дякуємо, що написали.",
     "Дякуємо, що написали. Нова Пошта, на жаль, постійно плутає відділення, тому й виникла ця ситуація.",
     "blames the local carrier"),
    ("shouting", "і ми, звісно, приймемо його.",
     "і ми, звісно, приймемо його. МИ НІЧОГО НЕ МОЖЕМО ЗМІНИТИ, ПОКИ ПЛАТФОРМА НЕ ВИРІШИТЬ!!!",
     "all-caps sentence with !!!"),
    ("off_platform_contact", "ми завжди на зв'язку тут",
     "ми завжди на зв'язку у Viber за номером +380 67 512 4083",
     "Viber number instead of the platform"),
    ("invented_amount_or_date", "Тепер рішення ухвалить",
     "Тепер протягом 7 днів рішення ухвалить",
     "invented 7-day decision window"),
    ("invented_tracking_number", "щодо цього замовлення.",
     "щодо цього замовлення, зокрема скріншот трекінгу Нової Пошти з ТТН 20450718392614.",
     "invented domestic waybill number"),
    ("wrong_language", None, """Добрый день, Олена!

Спасибо, что написали. Мы уже передали платформе все наши доказательства по этому заказу.

Теперь решение примет специалист платформы по спорам, и мы, конечно, его примем.

Если у вас появятся вопросы, мы всегда на связи здесь и охотно поможем.

Команда Karpaty Textile""", "whole reply in Russian for a Ukrainian buyer", "ru"),
])

# ============================================================== w17 da await platform
G("w17a", "w17", """
Hej Mette,

Tak for din besked, og vi er kede af, at lampen ikke levede op til dine forventninger. Vi har sendt vores dokumentation for ordren til platformen.

Nu er det platformens tvistspecialist, der træffer afgørelsen, og den vil vi naturligvis respektere.

Har du spørgsmål i mellemtiden, er du altid velkommen til at skrive til os her.

Venlig hilsen, Hygge Lamps
""", [
    ("placeholder", "Hej Mette,", "Hej %KUNDENAVN%,", "name replaced by %KUNDENAVN%"),
    ("missing_required_point",
     "Nu er det platformens tvistspecialist, der træffer afgørelsen, og den vil vi naturligvis respektere.\n\n",
     "", "await_decision deleted"),
    ("feedback_request", "Har du spørgsmål i mellemtiden,",
     "Vi håber, du vil overveje at fjerne din negative anmeldelse, når sagen er afgjort. Har du spørgsmål i mellemtiden,",
     "asks to remove the negative review"),
    ("internal_note", "\n\nVenlig hilsen, Hygge Lamps",
     "\n\nNB til teamet: tjek tvistsiden dagligt for spørgsmål fra specialisten.\n\nVenlig hilsen, Hygge Lamps",
     "note to the team left in"),
    ("shouting", "til platformen.", "til platformen. VI HAR ALLEREDE GJORT ALT, HVAD VI KAN!!!",
     "all-caps sentence with !!!"),
    ("wrong_language", None, """Hej Mette,

Tack för ditt meddelande, och vi är ledsna att lampan inte levde upp till dina förväntningar. Vi har skickat vår dokumentation för ordern till plattformen.

Nu är det plattformens tvistspecialist som fattar beslutet, och det kommer vi naturligtvis att respektera.

Har du frågor under tiden är du alltid välkommen att skriva till oss här.

Venlig hilsen, Hygge Lamps""", "whole reply in Swedish for a Danish buyer", "sv"),
])

# ============================================================== w18 ar escalation reply
G("w18a", "w18", """
مرحباً ليلى،

نرى أنكِ رفعتِ النزاع إلى المنصة، ونتفهم تماماً انزعاجكِ من طول الانتظار.

سنتعاون مع مختص النزاعات في المنصة وسنقدّم له كل ما لدينا من أدلة حول الشحنة.

وما زلنا منفتحين على إيجاد حل يرضيكِ بالتعاون معكِ.

مع خالص التحية،
فريق Oasis Scents
""", [
    ("refund_promise", "وما زلنا منفتحين على إيجاد حل يرضيكِ بالتعاون معكِ.",
     "وما زلنا منفتحين على إيجاد حل يرضيكِ بالتعاون معكِ، وإن لم تصلكِ الشحنة قريباً فسنعيد لكِ المبلغ كاملاً.",
     "full refund promised"),
    ("off_platform_contact", "\n\nمع خالص التحية،",
     "\n\nويمكنكِ أيضاً التواصل معنا مباشرة عبر واتساب على الرقم 0553184720.\n\nمع خالص التحية،",
     "WhatsApp number"),
    ("invented_tracking_number", "كل ما لدينا من أدلة حول الشحنة.",
     "كل ما لدينا من أدلة حول الشحنة، بما فيها رقم تتبع أرامكس المحلي 48217396054.",
     "invented Aramex number"),
    ("blame", "من طول الانتظار.",
     "من طول الانتظار، مع أن التأخير سببه الجمارك وليس نحن.",
     "blames customs"),
    ("internal_note", "\n\nمع خالص التحية،",
     "\n\n(ملاحظة داخلية: رفع سجل التتبع والمحادثة إلى المنصة قبل الموعد النهائي)\n\nمع خالص التحية،",
     "internal note in parentheses"),
    ("placeholder", "مرحباً ليلى،", "مرحباً [اسم العميل]،", "name replaced by [اسم العميل]"),
])

# ============================================================== w19 fi escalation reply
G("w19a", "w19", """
Hei Aino,

Näemme, että olet vienyt riidan alustan ratkaistavaksi, ja ymmärrämme hyvin, että liian pienet kengät harmittavat.

Teemme yhteistyötä alustan riitojenratkaisijan kanssa ja toimitamme hänelle omat todisteemme.

Olemme silti edelleen valmiita etsimään ratkaisun yhdessä kanssasi, jos se vain on mahdollista.

Ystävällisin terveisin, Revontuli Outdoor
""", [
    ("blame", "liian pienet kengät harmittavat.",
     "liian pienet kengät harmittavat. Kokotaulukko on kyllä tuotesivulla, joten se kannattaa jatkossa tarkistaa ennen tilaamista.",
     "blames the buyer for not checking the size chart"),
    ("shouting", "omat todisteemme.", "omat todisteemme. EMME OLE TEHNEET MITÄÄN VÄÄRIN!!!",
     "all-caps sentence with !!!"),
    ("invented_amount_or_date", "toimitamme hänelle omat todisteemme.",
     "toimitamme hänelle omat todisteemme 30.11. mennessä.",
     "invented date"),
    ("feedback_request", "\n\nYstävällisin terveisin",
     "\n\nToivomme, ettet jätä meille huonoa arvostelua tämän takia.\n\nYstävällisin terveisin",
     "asks not to leave a bad review"),
    ("refund_promise", "jos se vain on mahdollista.",
     "jos se vain on mahdollista – voimme vaikka antaa alennuskoodin seuraavaan tilaukseesi.",
     "discount code offered"),
    ("wrong_language", None, """Hej Aino,

Vi ser att du har tagit tvisten vidare till plattformen, och vi förstår mycket väl att det är frustrerande med för små skor.

Vi samarbetar med plattformens tvistspecialist och lämnar in våra egna bevis till hen.

Vi är ändå fortfarande öppna för att hitta en lösning tillsammans med dig, om det bara är möjligt.

Ystävällisin terveisin, Revontuli Outdoor""", "whole reply in Swedish for a Finnish buyer", "sv"),
])

# ============================================================== w20 zh return instructions
G("w20a", "w20", """
王芳您好，

平台已经判定本单退货退款，我们尊重并接受这个结果。

请把茶壶寄回以下地址：
广东省深圳市龙岗区坂田街道五和大道88号 玉园茶舍退货部 518129

我们收到退回的茶壶后会尽快处理退款。寄出后，麻烦您把退货物流单号填写到纠纷页面里。

希望以后还有机会为您服务。

Jade Garden Tea 团队
""", [
    ("refund_promise", "希望以后还有机会为您服务。",
     "为表歉意，我们会另外送您一张下次购物可用的优惠券。希望以后还有机会为您服务。",
     "coupon added"),
    ("off_platform_contact", "麻烦您把退货物流单号填写到纠纷页面里。",
     "麻烦您把退货物流单号填写到纠纷页面里，也可以加我们的微信 jadegarden_tea 直接发给我们。",
     "adds: send the number to our WeChat id as well"),
    ("invented_amount_or_date", "我们收到退回的茶壶后会尽快处理退款。",
     "我们收到退回的茶壶后会在3个工作日内处理退款。",
     "invented 3-working-day refund window"),
    ("missing_required_point",
     "请把茶壶寄回以下地址：\n广东省深圳市龙岗区坂田街道五和大道88号 玉园茶舍退货部 518129\n\n",
     "", "return_address deleted"),
    ("internal_note", "\n\nJade Garden Tea 团队",
     "\n\n【内部备注：注意查收退货包裹，到货后拍照留证】\n\nJade Garden Tea 团队",
     "internal memo line"),
    ("placeholder", "王芳您好，", "{客户姓名}您好，", "name replaced by {客户姓名}"),
])

# ============================================================== w21 el return instructions
G("w21a", "w21", """
Καλησπέρα σας, κύριε Παπαδόπουλε,

Η πλατφόρμα αποφάσισε επιστροφή του προϊόντος και επιστροφή χρημάτων, και αποδεχόμαστε πλήρως την απόφαση.

Παρακαλούμε στείλτε το σερβίτσιο στη διεύθυνση: Aegean Home Returns, Ermou 45, 105 63 Athina, Greece

Μόλις παραλάβουμε το δέμα, θα γίνει η επιστροφή των χρημάτων σας. Μην ξεχάσετε να προσθέσετε στη διαφωνία τον αριθμό παρακολούθησης της αποστολής επιστροφής.

Ελπίζουμε να συνεργαστούμε ξανά στο μέλλον.

Η ομάδα του Aegean Home
""", [
    ("shouting", "105 63 Athina, Greece",
     "105 63 Athina, Greece\n\nΠΡΟΣΟΧΗ: ΜΗΝ ΣΤΕΙΛΕΤΕ ΤΟ ΔΕΜΑ ΣΕ ΑΛΛΗ ΔΙΕΥΘΥΝΣΗ!!!",
     "all-caps line with !!! after the address"),
    ("invented_tracking_number", "Μην ξεχάσετε να προσθέσετε",
     "Μπορείτε να χρησιμοποιήσετε την προπληρωμένη ετικέτα ΕΛΤΑ με αριθμό RE550193847GR. Μην ξεχάσετε να προσθέσετε",
     "invented prepaid label number"),
    ("refund_promise", "Ελπίζουμε να συνεργαστούμε ξανά στο μέλλον.",
     "Ελπίζουμε να συνεργαστούμε ξανά στο μέλλον, και στην επόμενη παραγγελία σας θα έχετε έκπτωση.",
     "discount on next order"),
    ("placeholder", "\n\nΗ ομάδα του Aegean Home", "\n\n[Όνομα υπαλλήλου]\nΗ ομάδα του Aegean Home",
     "employee-name slot"),
    ("blame", "και αποδεχόμαστε πλήρως την απόφαση.",
     "και αποδεχόμαστε πλήρως την απόφαση, αν και τα πιάτα έσπασαν από κακό χειρισμό των ΕΛΤΑ και όχι από δικό μας λάθος.",
     "blames the Greek postal service"),
    ("missing_required_point", "\n\nΕλπίζουμε να συνεργαστούμε ξανά στο μέλλον.", "",
     "trade_again deleted"),
])

# ============================================================== w22 ru return received (no profile language)
G("w22a", "w22", """
Здравствуйте, Дмитрий!

Спешим сообщить: ваша посылка с курткой до нас дошла, мы её получили. Спасибо, что так быстро отправили её обратно.

Возврат денег теперь пройдёт через платформу в обычном порядке.

Спасибо за терпение, будем рады видеть вас снова в нашем магазине!

С уважением, команда Baikal Store
""", [
    ("refund_promise", "Спасибо за терпение,",
     "В качестве извинения дарим вам промокод на скидку к следующему заказу. Спасибо за терпение,",
     "discount promo code added"),
    ("invented_amount_or_date", "Возврат денег теперь пройдёт через платформу в обычном порядке.",
     "Возврат денег поступит через платформу на вашу карту в течение 3–5 рабочих дней.",
     "invented refund window"),
    ("shouting", "в обычном порядке.",
     "в обычном порядке. ПОЖАЛУЙСТА, НЕ ОТКРЫВАЙТЕ НОВЫЙ СПОР!!!",
     "all-caps sentence with !!!"),
    ("feedback_request", "будем рады видеть вас снова в нашем магазине!",
     "будем рады видеть вас снова в нашем магазине! И если не сложно, оставьте, пожалуйста, отзыв на пять звёзд.",
     "asks for a five-star review"),
    ("missing_required_point", "Возврат денег теперь пройдёт через платформу в обычном порядке.\n\n", "",
     "refund_follows deleted"),
    ("placeholder", "\n\nС уважением, команда Baikal Store",
     "\n\nМенеджер: ______\nС уважением, команда Baikal Store",
     "blank manager-name slot"),
])

G("w22b", "w22", """
Дмитрий, добрый день!

Благодарим вас за возврат. Подтверждаем, что отправленный вами пуховик пришёл на наш склад.

Теперь платформа перечислит вам деньги за этот возврат — с нашей стороны для этого всё готово.

Нам очень жаль, что размер не подошёл, и мы надеемся, что вы ещё не раз будете делать у нас покупки.

С уважением, команда Baikal Store
""", [
    ("off_platform_contact", "Нам очень жаль,",
     "Если будут вопросы, пишите нам в Telegram: @baikal_store_help. Нам очень жаль,",
     "Telegram handle"),
    ("invented_tracking_number", "пришёл на наш склад.",
     "пришёл на наш склад (трек-номер возврата RU407182953CN).",
     "near miss of the return tracking number RU407182935CN"),
    ("blame", "Нам очень жаль, что размер не подошёл,",
     "Жаль, что вы не сверились с таблицей размеров перед заказом,",
     "apology replaced by blaming the buyer for not checking sizes"),
    ("internal_note", "\n\nС уважением,",
     "\n\n[внутр.: подтвердить получение возврата в споре, приложить фото товара при вскрытии]\n\nС уважением,",
     "internal bracket note"),
    ("wrong_language", None, """Guten Tag, Дмитрий!

Vielen Dank für die Rücksendung. Wir bestätigen, dass die von Ihnen zurückgeschickte Daunenjacke in unserem Lager angekommen ist.

Die Plattform wird Ihnen nun das Geld für diese Rücksendung überweisen — von unserer Seite ist dafür alles bereit.

Es tut uns sehr leid, dass die Größe nicht gepasst hat, und wir hoffen, dass Sie noch oft bei uns einkaufen werden.

С уважением, команда Baikal Store""", "whole reply in German for a Russian buyer", "de"),
])

# ============================================================== w23 en-US return received (no ruling)
G("w23a", "w23", """
Hi Megan,

Good news — your return made it back to us, and we've got the mugs.

Your refund will now come through the platform, so there's nothing else you need to do.

Thanks so much for your patience with this mix-up. We'd love to see you back in the shop again someday!

Cheers, the Pinecrest Outfitters team
""", [
    ("refund_promise", "We'd love to see you back",
     "As a thank-you, here's a code for a discount on your next order: PINEBACK. We'd love to see you back",
     "discount code added"),
    ("invented_amount_or_date", "Your refund will now come through the platform,",
     "Your refund of $68.50 will now come through the platform,",
     "invented refund amount (order total is 64.00 USD)"),
    ("shouting", "so there's nothing else you need to do.",
     "so there's nothing else you need to do. PLEASE DO NOT SEND ANYTHING ELSE BACK TO US!!!",
     "all-caps sentence with !!!"),
    ("placeholder", "Hi Megan,", "Hi {{first_name}},", "name replaced by {{first_name}}"),
    ("feedback_request", "We'd love to see you back in the shop again someday!",
     "We'd love to see you back in the shop again someday! And if you have a sec, a quick 5-star review would make our day.",
     "asks for a 5-star review"),
    ("off_platform_contact", "so there's nothing else you need to do.",
     "so there's nothing else you need to do. If anything looks off, just shoot us an email at support@pinecrestoutfitters.com.",
     "support e-mail offered"),
    ("wrong_language", None, """Hola Megan:

Buenas noticias: tu devolución ya nos llegó y tenemos las tazas.

Tu reembolso llegará ahora a través de la plataforma, así que no necesitas hacer nada más.

Muchas gracias por tu paciencia con esta confusión. ¡Nos encantaría volver a verte en la tienda algún día!

Cheers, the Pinecrest Outfitters team""", "whole reply in Spanish for a US English buyer", "es"),
])

G("w23b", "w23", """
Dear Megan Carter,

We are writing to confirm that the mugs you sent back have arrived at our warehouse.

The refund for your return will now be released to you through the platform.

We are sorry the wrong item reached you the first time, and we sincerely hope you will shop with us again in the future.

Cheers, the Pinecrest Outfitters team
""", [
    ("internal_note", "\n\nCheers, the Pinecrest",
     "\n\nInternal: confirm receipt in the dispute panel so the refund is released - done by JK.\n\nCheers, the Pinecrest",
     "internal note line"),
    ("blame", "We are sorry the wrong item reached you the first time,",
     "We are sorry the wrong item reached you the first time - the labels got swapped at the USPS sorting center,",
     "blames the carrier's staff"),
    ("missing_required_point", "The refund for your return will now be released to you through the platform.\n\n", "",
     "refund_follows deleted"),
    ("invented_tracking_number", "have arrived at our warehouse.",
     "have arrived at our warehouse (USPS return label 9400111899223344556767).",
     "near miss of the return tracking number 9400111899223344556677"),
    ("shouting", "through the platform.",
     "through the platform. PLEASE ALLOW YOUR BANK TIME TO PROCESS IT!!!",
     "all-caps sentence with !!!"),
    ("refund_promise", "shop with us again in the future.",
     "shop with us again in the future - we've added a free mug to your account for next time.",
     "free item added"),
])
