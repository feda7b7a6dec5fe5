"""Hand-written replies: GOOD ones, and BAD ones derived from a good one with exactly one planted defect.

GOOD[gid] = (dispute stem, reply language, text)
BAD entries = (good id, defect type, note, change), where change is either
  - a list of (old, new) replacements; each `old` must occur exactly once in the good text
    (an insertion is written as old -> old + inserted text, a deletion as old -> ""), or
  - ("FULL", language, text): the whole reply rewritten (only for wrong_language).
"""

from __future__ import annotations


def T(s: str) -> str:
    return s.strip("\n")


GOOD: dict[str, tuple[str, str, str]] = {}


def good(gid: str, stem: str, lang: str, text: str) -> None:
    assert gid not in GOOD, gid
    GOOD[gid] = (stem, lang, T(text))


BAD: list[tuple[str, str, str, object]] = []


def bad(gid: str, defect: str, note: str, change: object) -> None:
    BAD.append((gid, defect, note, change))


def full(lang: str, text: str) -> tuple[str, str, str]:
    return ("FULL", lang, T(text))


# =====================================================================================
# evidence_by_problem_type
# =====================================================================================
good("g01a", "d01_en_evidence_size", "en", """
Hi Emily,

I'm really sorry the dress turned out too small, especially with a wedding coming up. We want to get to the bottom of this quickly.

Could you please send us a photo of the dress laid flat with a measuring tape across it, next to its size label? That way we can compare it with our size chart for order 8175023641938207.

As soon as the photo arrives we'll check it and come back to you with a solution.

Best wishes,
Willow & Thread team
""")
good("g01b", "d01_en_evidence_size", "en", """
Dear Emily,

Thank you for letting us know, and sorry for the trouble with the sage green dress not fitting.

To check what went wrong with the sizing, would you mind laying the dress flat, placing a measuring tape across it and taking a photo with the size label visible next to it?

Once we have the picture, we will review it right away and get back to you with a solution.

Kind regards,
Willow & Thread team
""")
bad("g01a", "blame", "added a sentence blaming the buyer for not reading the size chart (2nd paragraph)",
    [("We want to get to the bottom of this quickly.",
      "That said, our size chart is clearly shown on the listing, so please read it carefully before ordering next time.")])
bad("g01a", "off_platform_contact", "added an email address for sending the photo (3rd paragraph)",
    [("for order 8175023641938207.",
      "for order 8175023641938207. You can also email it to support@willowandthread.com if that's easier.")])
bad("g01b", "refund_promise", "promises a full refund before the evidence is seen (2nd paragraph)",
    [("taking a photo with the size label visible next to it?",
      "taking a photo with the size label visible next to it? If it really is too small, we'll refund you in full.")])
bad("g01b", "placeholder", "greeting name replaced by the template slot [Buyer Name]",
    [("Dear Emily,", "Dear [Buyer Name],")])

good("g02a", "d02_es_evidence_notworking", "es", """
Hola, Javier:

Entiendo perfectamente tu enfado y lamento mucho que el auricular izquierdo no se encienda. No es la experiencia que queremos para nuestros clientes.

Para poder revisar el fallo, ¿podrías enviarnos un vídeo corto en el que se vean los auriculares encendidos y cómo el izquierdo no responde? Así veremos exactamente qué ocurre.

En cuanto recibamos el vídeo lo revisaremos y te daremos una solución lo antes posible.

Un saludo,
Equipo de SonicWave
""")
bad("g02a", "refund_promise", "promises to give the money back in the evidence step (2nd paragraph)",
    [("Así veremos exactamente qué ocurre.",
      "Así veremos exactamente qué ocurre. Si el fallo se confirma, te devolveremos el dinero íntegro.")])
bad("g02a", "shouting", "first sentence rewritten in capitals with !!!",
    [("Entiendo perfectamente tu enfado y lamento mucho que el auricular izquierdo no se encienda.",
      "¡¡¡LAMENTAMOS MUCHO QUE EL AURICULAR IZQUIERDO NO SE ENCIENDA!!!")])
bad("g02a", "internal_note", "seller's own checklist line left in before the sign-off",
    [("Un saludo,",
      "Nota interna: comparar la descripción y las fotos del anuncio con la queja del comprador.\n\nUn saludo,")])
bad("g02a", "wrong_language", "whole reply in English; buyer writes Spanish (profile es)", full("en", """
Hello Javier,

I completely understand your frustration, and I'm very sorry that the left earbud won't switch on. That's not the experience we want for our customers.

So we can look into the fault, could you send us a short video showing the earbuds switched on and the left one not responding? That will show us exactly what is happening.

As soon as we receive the video we'll review it and come back to you with a solution.

Best regards,
Equipo de SonicWave
"""))

good("g03a", "d03_fr_evidence_damaged", "fr", """
Bonjour Camille,

Nous sommes vraiment désolés d'apprendre que votre lampe de chevet est arrivée cassée, d'autant plus qu'il s'agissait d'un cadeau. Nous comprenons tout à fait votre déception.

Pour que nous puissions examiner le problème, pourriez-vous nous envoyer des photos des dégâts ainsi que du carton d'emballage extérieur tel que vous l'avez reçu ?

Dès réception des photos, nous les étudierons et reviendrons vers vous avec une solution.

Bien cordialement,
L'équipe Maison Lumina
""")
good("g03b", "d03_fr_evidence_damaged", "fr", """
Bonjour Camille,

Merci pour votre message, et toutes nos excuses pour ce désagrément : recevoir une lampe abîmée n'est jamais agréable.

Afin de vérifier ce qui s'est passé pendant le transport, auriez-vous la gentillesse de photographier les dommages sur la lampe, ainsi que l'emballage extérieur dans l'état où il vous est parvenu ?

Nous regarderons vos photos dès qu'elles nous parviendront et nous vous proposerons rapidement une solution.

Cordialement,
L'équipe Maison Lumina
""")
bad("g03a", "off_platform_contact", "asks the buyer to send the photos on WhatsApp with a phone number (2nd paragraph)",
    [("tel que vous l'avez reçu ?",
      "tel que vous l'avez reçu ? Vous pouvez aussi nous les envoyer directement sur WhatsApp au +86 138 0013 5678.")])
bad("g03a", "wrong_language", "whole reply in English; buyer language not in profile, detected French from messages",
    full("en", """
Hello Camille,

We are truly sorry to hear that your bedside lamp arrived broken, all the more so as it was a gift. We completely understand your disappointment.

So that we can look into the problem, could you please send us photos of the damage and of the outer shipping box as you received it?

As soon as we receive the photos, we will study them and come back to you with a solution.

Kind regards,
L'équipe Maison Lumina
"""))
bad("g03b", "missing_required_point", "dropped the whole evidence request paragraph (request_evidence)",
    [("Afin de vérifier ce qui s'est passé pendant le transport, auriez-vous la gentillesse de photographier les dommages sur la lampe, ainsi que l'emballage extérieur dans l'état où il vous est parvenu ?\n\n", "")])
bad("g03b", "invented_tracking_number", "added a tracking number one digit-swap away from the real LP00673920184455",
    [("Merci pour votre message, et toutes nos excuses pour ce désagrément : recevoir une lampe abîmée n'est jamais agréable.",
      "Merci pour votre message, et toutes nos excuses pour ce désagrément : recevoir une lampe abîmée n'est jamais agréable. D'après le suivi LP00673902184455, le colis vous a été remis sans incident signalé.")])

good("g04a", "d04_de_evidence_wrongitem", "de", """
Guten Tag Herr Hoffmann,

es tut uns sehr leid, dass Sie statt der schwarzen Thermoskanne eine rosa Kinderflasche erhalten haben. Das ist ärgerlich, und wir möchten das schnell klären.

Könnten Sie uns bitte Fotos von dem erhaltenen Artikel und vom Versandetikett auf dem Paket schicken? So können wir nachvollziehen, wo die Verwechslung passiert ist.

Sobald die Fotos da sind, prüfen wir alles und melden uns umgehend mit einer Lösung bei Ihnen.

Viele Grüße
Ihr HomeCraft-Team
""")
bad("g04a", "feedback_request", "asks for a positive rating once it is sorted (before sign-off)",
    [("melden uns umgehend mit einer Lösung bei Ihnen.",
      "melden uns umgehend mit einer Lösung bei Ihnen. Wenn alles geklärt ist, würden wir uns über eine positive Bewertung sehr freuen.")])
bad("g04a", "invented_amount_or_date", "states a shipping date (3 October) that is not in the dispute (shipped 2026-10-08)",
    [("Das ist ärgerlich, und wir möchten das schnell klären.",
      "Das ist ärgerlich, zumal das Paket schon am 3. Oktober verschickt wurde, und wir möchten das schnell klären.")])
bad("g04a", "placeholder", "signature left as template {{store_name}}",
    [("Ihr HomeCraft-Team", "Ihr {{store_name}}-Team")])

good("g05a", "d05_ru_evidence_missing", "ru", """
Здравствуйте, Ольга!

Нам очень жаль, что в наборе отвёрток не хватает части бит. Приносим извинения за доставленные неудобства.

Чтобы мы могли во всём разобраться, пожалуйста, разложите все полученные детали вместе и сфотографируйте их, а также пришлите фото наклейки с весом посылки.

Как только получим фотографии, сразу всё проверим и вернёмся к вам с решением.

С уважением,
Команда ToolMaster
""")
bad("g05a", "refund_promise", "offers a coupon as compensation before seeing the evidence (end of 1st paragraph)",
    [("Приносим извинения за доставленные неудобства.",
      "Приносим извинения за доставленные неудобства. В качестве компенсации дарим вам купон на скидку для следующей покупки.")])
bad("g05a", "blame", "suggests the buyer simply overlooked the bits (2nd paragraph)",
    [("Чтобы мы могли во всём разобраться,",
      "Скорее всего, вы просто не заметили биты в нижнем отсеке коробки. Чтобы мы могли во всём разобраться,")])
bad("g05a", "internal_note", "seller's note to self about the weight record left in the reply",
    [("С уважением,", "Примечание для себя: сверить вес посылки с записью при отправке.\n\nС уважением,")])
bad("g05a", "shouting", "apology sentence in capitals with !!!",
    [("Нам очень жаль, что в наборе отвёрток не хватает части бит.",
      "НАМ ОЧЕНЬ ЖАЛЬ, ЧТО В НАБОРЕ ОТВЁРТОК НЕ ХВАТАЕТ БИТ!!!")])

good("g06a", "d06_ko_evidence_color", "ko", """
김지현 님, 안녕하세요.

주문하신 라벤더 가디건의 색상이 상품 사진과 많이 달라서 실망하셨을 것 같아요. 불편을 드려 정말 죄송합니다.

정확하게 확인할 수 있도록, 낮에 자연광 아래에서 가디건을 찍은 사진을 상품 페이지의 사진과 나란히 놓고 비교할 수 있게 보내 주실 수 있을까요? 색감이 잘 보이도록 찍어 주시면 큰 도움이 됩니다.

사진을 받는 대로 바로 꼼꼼하게 확인한 뒤, 해결 방법을 빠르게 안내해 드리겠습니다. 기다려 주셔서 감사합니다.

Mellow Knit 드림
""")
bad("g06a", "off_platform_contact", "asks the buyer to send photos via a KakaoTalk ID (2nd paragraph)",
    [("색감이 잘 보이도록 찍어 주시면 큰 도움이 됩니다.",
      "색감이 잘 보이도록 찍어 주시면 큰 도움이 됩니다. 카카오톡 ID mellowknit_cs 로 보내 주셔도 됩니다.")])
bad("g06a", "wrong_language", "whole reply in English; buyer profile language ko", full("en", """
Hello 김지현,

You must be disappointed that the colour of the lavender cardigan you ordered looks so different from the product photos. We are truly sorry for the trouble.

So that we can check this properly, could you send us photos of the cardigan taken in natural daylight, placed side by side with the photo on the product page? Pictures that show the colour clearly would help us a lot.

As soon as we receive the photos we will check them carefully and let you know the solution quickly. Thank you for your patience.

Mellow Knit 드림
"""))
bad("g06a", "missing_required_point", "dropped the acknowledgement/apology paragraph (acknowledge)",
    [("주문하신 라벤더 가디건의 색상이 상품 사진과 많이 달라서 실망하셨을 것 같아요. 불편을 드려 정말 죄송합니다.\n\n", "")])

good("g31a", "d31_nl_evidence_quality", "nl", """
Hoi Sanne,

Wat vervelend dat de zool van je wandelschoen nu al loslaat. Onze excuses daarvoor, zo hoort het natuurlijk niet.

Zou je ons duidelijke close-upfoto's of een korte video willen sturen waarop te zien is waar de zool loskomt? Dan kunnen we goed beoordelen wat er mis is.

Zodra we de beelden hebben, bekijken we ze meteen en komen we bij je terug met een oplossing.

Groetjes,
Team TrailPeak
""")
bad("g31a", "refund_promise", "promises to send a new pair (replacement/reshipment) before the evidence is seen",
    [("Onze excuses daarvoor, zo hoort het natuurlijk niet.",
      "Onze excuses daarvoor, zo hoort het natuurlijk niet. We sturen je alvast gratis een nieuw paar op.")])
bad("g31a", "placeholder", "greeting left as Hoi XXX",
    [("Hoi Sanne,", "Hoi XXX,")])
bad("g31a", "invented_amount_or_date", "adds an invented purchase price (59.90 EUR; order total is 49.90 EUR)",
    [("Wat vervelend dat de zool van je wandelschoen nu al loslaat.",
      "Wat vervelend dat de zool van je wandelschoen van 59.90 EUR nu al loslaat.")])

# =====================================================================================
# customs_clearance
# =====================================================================================
good("g07a", "d07_pl_customs_buyer", "pl", """
Dzień dobry Pani Katarzyno,

dziękujemy za wiadomość. Sprawdziliśmy przesyłkę LP00648213579046 – paczka jest obecnie zatrzymana w urzędzie celnym i czeka na odprawę.

Zgodnie z warunkami tego zamówienia należności celne pokrywa kupujący, dlatego uprzejmie prosimy o ich opłacenie i dokończenie odprawy celnej. Potem paczka zostanie wydana i ruszy w dalszą drogę.

Jeśli urząd celny poprosi o jakiekolwiek dokumenty, np. fakturę, chętnie je od razu prześlemy.

Pozdrawiamy serdecznie,
Zespół CleanBot
""")
good("g07b", "d07_pl_customs_buyer", "pl", """
Dzień dobry, Pani Katarzyno,

bardzo nam przykro, że na robota trzeba jeszcze poczekać. Według informacji ze śledzenia przesyłka LP00648213579046 została zatrzymana do odprawy celnej.

W przypadku tego zamówienia cło i podatek importowy opłaca kupujący – prosimy więc o uregulowanie należności i dokończenie odprawy, a paczka zostanie zwolniona.

Gdyby urząd potrzebował faktury lub innego dokumentu, prosimy dać znać, a od razu go dostarczymy.

Z pozdrowieniami
Zespół CleanBot
""")
bad("g07a", "invented_amount_or_date", "adds an invented duty amount (158 PLN)",
    [("dlatego uprzejmie prosimy o ich opłacenie i dokończenie odprawy celnej.",
      "dlatego uprzejmie prosimy o ich opłacenie (około 158 PLN) i dokończenie odprawy celnej.")])
bad("g07a", "blame", "blames the Polish customs office as slow and incompetent",
    [("paczka jest obecnie zatrzymana w urzędzie celnym i czeka na odprawę.",
      "paczka jest obecnie zatrzymana w urzędzie celnym i czeka na odprawę. Niestety polski urząd celny działa bardzo wolno i nieudolnie.")])
bad("g07a", "off_platform_contact", "offers to e-mail the invoice and gives a Gmail address",
    [("chętnie je od razu prześlemy.",
      "chętnie je od razu prześlemy. Najszybciej będzie, jeśli napisze Pani do nas na cleanbot.service@gmail.com.")])
bad("g07b", "missing_required_point", "dropped the sentence with the customs hold and tracking number (customs_status)",
    [(" Według informacji ze śledzenia przesyłka LP00648213579046 została zatrzymana do odprawy celnej.", "")])

good("g08a", "d08_it_customs_seller", "it", """
Ciao Giulia,

grazie per averci scritto. Il tuo pacco con numero di tracciamento 4512897630 è al momento fermo in dogana per i controlli di importazione.

Non preoccuparti: i dazi doganali sono a carico nostro e ci stiamo occupando noi dello sdoganamento, quindi non dovrai pagare nulla.

Ti chiediamo solo un po' di pazienza mentre la dogana rilascia il pacco; appena ci sono novità ti aggiorniamo qui.

Un caro saluto,
Il team di CucinaPro
""")
bad("g08a", "refund_promise", "promises to refund the shipping costs for the delay",
    [("quindi non dovrai pagare nulla.",
      "quindi non dovrai pagare nulla. Inoltre, per scusarci del ritardo, ti rimborseremo le spese di spedizione.")])
bad("g08a", "invented_tracking_number", "adds a local courier tracking code (BRT 0584129937) that is not in the dispute",
    [("è al momento fermo in dogana per i controlli di importazione.",
      "è al momento fermo in dogana per i controlli di importazione. Dopo lo sdoganamento passerà a BRT con il codice 0584129937.")])
bad("g08a", "shouting", "reassurance sentence in capitals with !!!",
    [("quindi non dovrai pagare nulla.", "QUINDI NON DOVRAI PAGARE NULLA!!!")])
bad("g08a", "placeholder", "greeting left as Ciao {buyer_name}",
    [("Ciao Giulia,", "Ciao {buyer_name},")])

good("g09a", "d09_en_customs_absent", "en", """
Hello Daniel,

I completely understand your frustration, and I'm sorry for the worry. Your parcel with tracking number YT2318274651093726 is currently being held at customs.

We're in touch with the carrier right now to find out exactly what customs needs in order to release it, and we'll update you here as soon as we have an answer.

Thank you for bearing with us a little longer while we sort this out.

Kind regards,
KeyForge Store team
""")
good("g09b", "d09_en_customs_absent", "en", """
Hi Daniel,

Sorry about this, we know waiting is no fun. Tracking number YT2318274651093726 shows that your keyboard is being held at customs at the moment.

We are checking with the carrier what customs requires before they release it, and we'll keep you posted in this conversation. We'd be grateful for a little patience while we get this sorted.

Best regards,
KeyForge Store team
""")
bad("g09a", "feedback_request", "asks for a positive review once the parcel arrives",
    [("Thank you for bearing with us a little longer while we sort this out.",
      "Thank you for bearing with us a little longer while we sort this out. Once it arrives, we'd really appreciate a positive review.")])
bad("g09a", "internal_note", "the seller's checklist item left in brackets",
    [("Kind regards,",
      "(Seller checklist: find out from the carrier and the order terms who owes the duties before anything is paid.)\n\nKind regards,")])
bad("g09a", "missing_required_point", "dropped the paragraph saying the seller is checking with the carrier (checking_clearance)",
    [("We're in touch with the carrier right now to find out exactly what customs needs in order to release it, and we'll update you here as soon as we have an answer.\n\n", "")])
bad("g09b", "refund_promise", "promises a refund if customs is slow",
    [("We'd be grateful for a little patience while we get this sorted.",
      "We'd be grateful for a little patience while we get this sorted, and if it isn't released soon we'll simply refund your order.")])
bad("g09b", "invented_tracking_number", "adds a Royal Mail tracking number that is not in the dispute",
    [("is being held at customs at the moment.",
      "is being held at customs at the moment; after clearance it will be handed to Royal Mail as RM482019374GB.")])

good("g10a", "d10_pt_customs_buyer", "pt", """
Olá, Rafael, tudo bem?

Obrigado pela mensagem. Verificamos o rastreamento NM128374659BR e, de fato, a encomenda está retida na fiscalização aduaneira.

Neste pedido, os impostos de importação ficam por conta do comprador. Por isso, pedimos gentilmente que você faça o pagamento dos impostos e conclua o desembaraço aduaneiro, para que o relógio seja liberado.

Se a alfândega pedir algum documento, como a fatura comercial, é só nos avisar aqui que enviamos na hora.

Abraço,
Equipe TechNova
""")
bad("g10a", "wrong_language", "whole reply in Spanish; buyer writes Portuguese (no profile language, detected pt)",
    full("es", """
Hola, Rafael, ¿qué tal?

Gracias por tu mensaje. Hemos revisado el seguimiento NM128374659BR y, efectivamente, el paquete está retenido en la aduana.

En este pedido, los impuestos de importación corren por cuenta del comprador. Por eso, te pedimos amablemente que pagues los impuestos y completes el despacho de aduanas para que el reloj sea liberado.

Si la aduana pide algún documento, como la factura comercial, solo tienes que avisarnos aquí y te lo enviamos enseguida.

Un abrazo,
Equipe TechNova
"""))
bad("g10a", "invented_tracking_number", "tracking number replaced by a near miss (NM128374695BR instead of NM128374659BR)",
    [("NM128374659BR", "NM128374695BR")])
bad("g10a", "blame", "tells the buyer they should have checked the import rules",
    [("Neste pedido, os impostos de importação ficam por conta do comprador.",
      "Você deveria ter verificado as regras de importação antes de comprar. Neste pedido, os impostos de importação ficam por conta do comprador.")])
bad("g10a", "placeholder", "signature left as template <NOME DA LOJA>",
    [("Equipe TechNova", "Equipe <NOME DA LOJA>")])
bad("g10a", "off_platform_contact", "gives a WhatsApp number for sending documents",
    [("é só nos avisar aqui que enviamos na hora.",
      "é só nos chamar no WhatsApp (11) 98765-4321 que enviamos na hora.")])

# =====================================================================================
# extend_delivery_time
# =====================================================================================
good("g11a", "d11_es_extend", "es", """
Hola, María Fernanda:

Gracias por escribirnos. Entendemos tu preocupación, pero te confirmamos que tu paquete sigue en camino: puedes seguirlo con el número LP00851276349021.

Te pedimos por favor que cierres la disputa por ahora. Para que estés totalmente tranquila, ampliaremos tu protección de comprador 15 días más, así seguirás protegida mientras llega el pedido.

Quedamos atentos a cualquier duda.

Saludos cordiales,
Equipo Dulce Hogar
""")
good("g11b", "d11_es_extend", "es", """
Hola María Fernanda,

Lamentamos que el envío esté tardando más de lo esperado. Revisamos el seguimiento LP00851276349021 y el paquete está en tránsito hacia México, avanzando con normalidad.

¿Podrías cerrar la disputa de momento? Nosotros, por nuestra parte, extendemos tu protección del comprador por 15 días, para que sigas cubierta hasta que recibas tus sábanas.

Muchas gracias por tu paciencia.

Un abrazo,
Equipo Dulce Hogar
""")
bad("g11a", "refund_promise", "promises the money back if the parcel never arrives",
    [("así seguirás protegida mientras llega el pedido.",
      "así seguirás protegida mientras llega el pedido. Y si al final no llega, te devolvemos el dinero sin problema.")])
bad("g11a", "invented_amount_or_date", "adds an arrival date (20 de noviembre) that is not in the dispute",
    [("puedes seguirlo con el número LP00851276349021.",
      "puedes seguirlo con el número LP00851276349021. Debería llegar antes del 20 de noviembre.")])
bad("g11a", "missing_required_point", "dropped the request to close the dispute (ask_close)",
    [("Te pedimos por favor que cierres la disputa por ahora. ", "")])
bad("g11b", "off_platform_contact", "invites the buyer to WhatsApp with a Mexican phone number",
    [("Muchas gracias por tu paciencia.",
      "Si lo prefieres, escríbenos por WhatsApp al +52 55 1234 5678. Muchas gracias por tu paciencia.")])
bad("g11b", "internal_note", "remedy id left in the reply before the sign-off",
    [("Un abrazo,", "[Remedio: extend_delivery_time]\n\nUn abrazo,")])

good("g12a", "d12_fr_extend", "fr", """
Bonjour Julien,

Merci pour votre patience. Votre colis est bien en route : vous pouvez suivre son acheminement avec le numéro LP00904412873365.

Pourriez-vous, s'il vous plaît, fermer le litige pour le moment ? De notre côté, nous prolongerons votre protection d'achat de 20 jours, afin que vous restiez entièrement couvert jusqu'à l'arrivée du colis.

Nous restons à votre disposition pour toute question.

Bien à vous,
L'équipe SkyView
""")
good("g12b", "d12_fr_extend", "fr", """
Bonjour Julien,

Je comprends que l'attente paraisse longue, et je vous remercie de nous avoir écrit. Le drone est toujours en transit : le suivi LP00904412873365 montre qu'il continue d'avancer vers la Belgique.

Je vous propose de clôturer le litige pour l'instant ; en contrepartie, nous allongeons votre protection acheteur de 20 jours pour que vous soyez couvert le temps que le colis arrive.

Cordialement,
L'équipe SkyView
""")
bad("g12a", "shouting", "request to close the dispute in capitals with !!!",
    [("Pourriez-vous, s'il vous plaît, fermer le litige pour le moment ?",
      "MERCI DE FERMER LE LITIGE MAINTENANT !!!")])
bad("g12a", "wrong_language", "whole reply in Dutch; Belgian buyer, profile language fr", full("nl", """
Beste Julien,

Bedankt voor uw geduld. Uw pakket is echt onderweg: u kunt het volgen met het nummer LP00904412873365.

Zou u het geschil voorlopig willen sluiten? Wij verlengen van onze kant uw kopersbescherming met 20 dagen, zodat u volledig gedekt blijft tot het pakket aankomt.

Voor vragen staan wij altijd voor u klaar.

Met vriendelijke groet,
L'équipe SkyView
"""))
bad("g12b", "invented_tracking_number", "adds a bpost tracking number that is not in the dispute",
    [("montre qu'il continue d'avancer vers la Belgique.",
      "montre qu'il continue d'avancer vers la Belgique, où il sera livré par bpost sous le numéro CD123456789BE.")])
bad("g12b", "placeholder", "greeting left as {{buyer_first_name}}",
    [("Bonjour Julien,", "Bonjour {{buyer_first_name}},")])
bad("g12b", "missing_required_point", "dropped the protection extension offer (extend_protection, incl. the 20 days)",
    [(" ; en contrepartie, nous allongeons votre protection acheteur de 20 jours pour que vous soyez couvert le temps que le colis arrive.", ".")])

good("g13a", "d13_ru_extend", "ru", """
Здравствуйте, Дмитрий!

Понимаем ваше беспокойство. Ваша посылка в пути — её можно отследить по номеру LV739204861CN, последние данные показывают, что она движется по маршруту.

Просим вас пока закрыть спор. Со своей стороны мы продлим срок вашей защиты покупателя на 15 дней, чтобы вы оставались полностью защищены до получения посылки.

Если появятся вопросы, пишите, мы на связи.

С уважением,
Команда AutoParts Pro
""")
bad("g13a", "off_platform_contact", "points the buyer to a Telegram account",
    [("Если появятся вопросы, пишите, мы на связи.",
      "Если появятся вопросы, пишите нам в Telegram: @autopartspro_help.")])
bad("g13a", "refund_promise", "promises to send a new dash cam for free if the parcel does not arrive (reshipment)",
    [("чтобы вы оставались полностью защищены до получения посылки.",
      "чтобы вы оставались полностью защищены до получения посылки. А если посылка всё-таки не придёт, мы бесплатно отправим вам новый видеорегистратор.")])
bad("g13a", "wrong_language", "whole reply in English; buyer language not in profile, detected Russian",
    full("en", """
Hello Дмитрий,

We understand your concern. Your parcel is on its way: you can track it with the number LV739204861CN, and the latest updates show it moving along its route.

We kindly ask you to close the dispute for now. On our side, we will extend your buyer protection by 15 days so that you stay fully protected until the parcel arrives.

If you have any questions, just write to us here.

Best regards,
Команда AutoParts Pro
"""))
bad("g13a", "blame", "blames the postal service for being terribly slow",
    [("Понимаем ваше беспокойство.",
      "Понимаем ваше беспокойство: Почта России, как обычно, работает ужасно медленно.")])
bad("g13a", "feedback_request", "asks for five stars in the review",
    [("Если появятся вопросы, пишите, мы на связи.",
      "Если появятся вопросы, пишите, мы на связи. И, пожалуйста, не забудьте поставить нам пять звёзд в отзыве.")])

good("g14a", "d14_en_extend", "en", """
Hi Ashley,

I'm really sorry the wait has been so long, and I completely understand why you're upset. The good news is that your mirror is on its way: tracking number LP00517298364407 shows it moving through the network towards Australia.

Would you be willing to close the dispute for now? We'll extend your purchase protection by 10 days, so you stay fully covered until the parcel reaches you.

Thank you so much for your patience.

Warm regards,
Glow Beauty Store team
""")
good("g14b", "d14_en_extend", "en", """
Hello Ashley,

You have every right to be frustrated, and we apologise. We've checked the tracking (LP00517298364407): the parcel is still in transit and has not been lost.

Could we kindly ask you to close the dispute for the time being? In return we will add 10 days to your purchase protection, which keeps you fully protected while the mirror completes its journey.

Best wishes,
Glow Beauty Store team
""")
bad("g14a", "blame", "tells the buyer the delay should not surprise her because times are on the listing",
    [("I'm really sorry the wait has been so long, and I completely understand why you're upset.",
      "I'm really sorry the wait has been so long, although shipping times are stated clearly on the listing, so it really shouldn't have come as a surprise to you.")])
bad("g14a", "placeholder", "template slot [Agent name] left above the store signature",
    [("Warm regards,\nGlow Beauty Store team", "Warm regards,\n[Agent name]\nGlow Beauty Store team")])
bad("g14a", "invented_amount_or_date", "promises delivery within 5 business days (not in the dispute)",
    [("shows it moving through the network towards Australia.",
      "shows it moving through the network towards Australia and it should be with you within 5 business days.")])
bad("g14b", "internal_note", "seller action from the checklist left in the reply",
    [("Best wishes,", "Note: upload a screenshot of the tracking page to the dispute.\n\nBest wishes,")])
bad("g14b", "shouting", "reassurance shouted in capitals with !!!",
    [("the parcel is still in transit and has not been lost.",
      "the parcel is still in transit. IT HAS NOT BEEN LOST!!!")])

# =====================================================================================
# offer_reshipment
# =====================================================================================
good("g15a", "d15_de_offer_reship", "de", """
Hallo Frau Schneider,

es tut uns wirklich leid: Ihr Paket mit dem Bluetooth-Lautsprecher ist auf dem Versandweg offenbar verloren gegangen.

Gerne schicken wir Ihnen den Lautsprecher noch einmal zu, ohne zusätzliche Kosten für Sie. Wäre Ihnen das recht?

Wenn ja, geben Sie uns bitte hier kurz Bescheid und prüfen Sie dabei, ob Ihre Lieferadresse noch stimmt.

Freundliche Grüße
Ihr SoundBox-Team
""")
good("g15b", "d15_de_offer_reship", "de", """
Liebe Frau Schneider,

leider sieht es so aus, als sei Ihre Sendung LX018273645CN unterwegs verloren gegangen. Das tut uns sehr leid.

Wir würden Ihnen den Artikel gern ein zweites Mal senden, selbstverständlich ohne Mehrkosten. Bitte antworten Sie uns kurz, ob Sie damit einverstanden sind, und werfen Sie noch einen Blick auf Ihre Versandadresse, damit diesmal alles klappt.

Viele Grüße
Ihr SoundBox-Team
""")
bad("g15a", "invented_tracking_number", "adds a tracking number one swap away from the real LX018273645CN",
    [("ist auf dem Versandweg offenbar verloren gegangen.",
      "ist auf dem Versandweg offenbar verloren gegangen (Sendungsnummer LX018273654CN).")])
bad("g15b", "off_platform_contact", "asks for the address by e-mail",
    [("damit diesmal alles klappt.",
      "damit diesmal alles klappt. Ihre Adresse können Sie uns auch per E-Mail an service@soundbox-store.de schicken.")])

good("g16a", "d16_it_offer_reship", "it", """
Ciao Marco,

ci scusiamo davvero: purtroppo il pacco con il tuo zaino sembra essersi perso durante la spedizione, e capiamo quanto sia frustrante dopo averci già scritto più volte.

Per rimediare, possiamo spedirti di nuovo lo zaino senza alcun costo aggiuntivo. Ti andrebbe bene?

Se sei d'accordo, rispondici qui per confermare e controlla per favore che l'indirizzo di spedizione sia corretto.

Un saluto,
Il team UrbanPack
""")
bad("g16a", "feedback_request", "asks the buyer to change the negative rating afterwards",
    [("che l'indirizzo di spedizione sia corretto.",
      "che l'indirizzo di spedizione sia corretto. Poi ti saremmo grati se volessi modificare la tua valutazione negativa.")])
bad("g16a", "internal_note", "seller's reminder (carrier claim, stock) left in the reply",
    [("Un saluto,", "Promemoria: aprire la pratica di smarrimento con il corriere e verificare lo stock.\n\nUn saluto,")])
bad("g16a", "invented_amount_or_date", "adds an invented item value (49.90 EUR; order total 41.90 EUR)",
    [("possiamo spedirti di nuovo lo zaino senza alcun costo aggiuntivo.",
      "possiamo spedirti di nuovo lo zaino (valore 49.90 EUR) senza alcun costo aggiuntivo.")])
bad("g16a", "placeholder", "template slot [INDIRIZZO] left in the address sentence",
    [("che l'indirizzo di spedizione sia corretto.", "che l'indirizzo di spedizione [INDIRIZZO] sia corretto.")])

good("g35a", "d35_en_offer_reship", "en", """
Hi Chris,

I'm sorry to tell you that your parcel (tracking LP00284719305561) appears to have been lost in transit. That's not the experience we wanted for you.

Would you like us to send the mug set out to you again? There would be no extra cost to you.

Just reply here to confirm, and please double-check that your shipping address is correct so the new parcel reaches you safely.

Cheers,
Northwind Gear team
""")
good("g35b", "d35_en_offer_reship", "en", """
Dear Chris,

We're very sorry, it looks like your order went missing on its way to you.

We'd be happy to ship the camping mug set to you again, at no extra cost. Could you reply to let us know if you'd like that, and confirm that the shipping address on your order is still correct?

Kind regards,
Northwind Gear team
""")
bad("g35a", "refund_promise", "offers a refund as an alternative to the reshipment",
    [("There would be no extra cost to you.",
      "There would be no extra cost to you. Or, if you'd prefer, we can simply refund you instead.")])
bad("g35a", "shouting", "confirmation request in capitals with !!!",
    [("Just reply here to confirm, and please double-check that your shipping address is correct so the new parcel reaches you safely.",
      "PLEASE REPLY HERE TO CONFIRM AND DOUBLE-CHECK YOUR SHIPPING ADDRESS!!!")])
bad("g35b", "wrong_language", "whole reply in French; buyer profile language en", full("fr", """
Bonjour Chris,

Nous sommes vraiment désolés : il semble que votre commande se soit perdue en route.

Nous serions ravis de vous renvoyer le set de tasses de camping, sans frais supplémentaires. Pourriez-vous nous répondre pour nous dire si cela vous convient, et confirmer que l'adresse de livraison de votre commande est toujours correcte ?

Cordialement,
Northwind Gear team
"""))
bad("g35b", "feedback_request", "asks the buyer to hold off on negative feedback",
    [("is still correct?", "is still correct? We'd also be grateful if you could hold off on leaving negative feedback.")])

# =====================================================================================
# confirm_reshipment
# =====================================================================================
good("g17a", "d17_pt_confirm_reship", "pt", """
Olá Beatriz,

Muito obrigado por ter aceitado o reenvio. Já enviámos novamente o seu jogo de frigideiras, com o novo número de seguimento LP00938271640552.

Vamos acompanhar esta nova encomenda de perto e mantê-la informada sobre o percurso até chegar a sua casa.

Com os melhores cumprimentos,
Equipa CozinhaViva
""")
good("g17b", "d17_pt_confirm_reship", "pt", """
Cara Beatriz,

Agradecemos a sua compreensão e por ter concordado com o novo envio. O jogo de frigideiras já seguiu outra vez e pode acompanhá-lo com o código LP00938271640552.

Estaremos atentos ao percurso da encomenda e daremos notícias sempre que houver novidades.

Cumprimentos,
Equipa CozinhaViva
""")
bad("g17a", "refund_promise", "offers a discount voucher as compensation",
    [("Muito obrigado por ter aceitado o reenvio.",
      "Muito obrigado por ter aceitado o reenvio. Como compensação pelo incómodo, oferecemos-lhe também um vale de desconto.")])
bad("g17b", "invented_tracking_number", "adds a CTT tracking code that is not in the dispute",
    [("pode acompanhá-lo com o código LP00938271640552.",
      "pode acompanhá-lo com o código LP00938271640552; em Portugal será entregue pelos CTT com o código RR123456785PT.")])
bad("g17b", "missing_required_point", "dropped the promise to keep an eye on the parcel (keep_updated)",
    [("Estaremos atentos ao percurso da encomenda e daremos notícias sempre que houver novidades.\n\n", "")])

good("g18a", "d18_pl_confirm_reship", "pl", """
Dzień dobry Panie Piotrze,

dziękujemy, że zgodził się Pan na ponowną wysyłkę. Lampka została już nadana ponownie, a nowy numer przesyłki to RR804613297CN.

Będziemy na bieżąco śledzić tę paczkę i damy Panu znać, gdy tylko pojawią się nowe informacje. Mamy nadzieję, że tym razem wszystko dotrze bez przeszkód.

Pozdrawiamy serdecznie
Zespół BrightDesk
""")
bad("g18a", "invented_amount_or_date", "adds an expected delivery date (12 grudnia) not in the dispute",
    [("a nowy numer przesyłki to RR804613297CN.",
      "a nowy numer przesyłki to RR804613297CN. Przewidywany termin dostawy to 12 grudnia.")])
bad("g18a", "shouting", "thank-you sentence in capitals with !!!",
    [("dziękujemy, że zgodził się Pan na ponowną wysyłkę.",
      "DZIĘKUJEMY, ŻE ZGODZIŁ SIĘ PAN NA PONOWNĄ WYSYŁKĘ!!!")])
bad("g18a", "internal_note", "to-do note for the seller left in brackets",
    [("Pozdrawiamy serdecznie",
      "(Do zrobienia: dodać nowy numer śledzenia do zamówienia i do sporu.)\n\nPozdrawiamy serdecznie")])
bad("g18a", "off_platform_contact", "gives a phone number to call",
    [("Mamy nadzieję, że tym razem wszystko dotrze bez przeszkód.",
      "W razie pytań prosimy dzwonić pod numer +48 600 123 456. Mamy nadzieję, że tym razem wszystko dotrze bez przeszkód.")])

# =====================================================================================
# propose_partial_or_return
# =====================================================================================
good("g19a", "d19_en_partial", "en", """
Hi Michael,

Thank you for sending the photos. We can clearly see the peeling along the edges of the wallet, and we're sorry it isn't holding up as it should.

We'd like to offer you two options: keep the wallet and receive a partial refund of 11.97 USD, or return it to us for a full refund.

Please let us know which option you'd prefer.

Best regards,
Hudson Leather Store team
""")
good("g19b", "d19_en_partial", "en", """
Dear Michael,

Thanks for the photos you shared with the platform. They show the leather coming apart along the stitching, and we apologise for that.

To make this right, you can choose between two solutions:
- keep the wallet with a partial refund of up to 11.97 USD, or
- send the wallet back and get a full refund once it's returned.

Which would you prefer? Just let us know here.

Kind regards,
Hudson Leather Store team
""")
bad("g19a", "amount_over_cap", "partial refund raised to 19.95 USD (50%); cap is 11.97 USD",
    [("a partial refund of 11.97 USD", "a partial refund of 19.95 USD")])
bad("g19a", "refund_promise", "adds a discount coupon (discount is forbidden in this remedy)",
    [("Please let us know which option you'd prefer.",
      "Either way, we'll also send you a 15% discount coupon for your next order. Please let us know which option you'd prefer.")])
bad("g19a", "feedback_request", "asks the buyer to update the review after the partial refund",
    [("Please let us know which option you'd prefer.",
      "Please let us know which option you'd prefer, and if you go for the partial refund we'd kindly ask you to update your review afterwards.")])
bad("g19b", "amount_over_cap", "keep-the-item option now refunds the full 39.90 USD without a return",
    [("- keep the wallet with a partial refund of up to 11.97 USD, or",
      "- keep the wallet and get the full 39.90 USD back, or")])
bad("g19b", "missing_required_point", "dropped the thanks/acknowledgement of the evidence (thank_evidence)",
    [("Thanks for the photos you shared with the platform. They show the leather coming apart along the stitching, and we apologise for that.\n\n", "")])

good("g20a", "d20_fr_partial", "fr", """
Bonjour Élodie,

Merci pour vos photos. Nous voyons bien que la teinte des rideaux est nettement plus claire que le bleu nuit présenté sur l'annonce, et nous en sommes désolés.

Nous vous proposons deux solutions : conserver les rideaux avec un remboursement partiel de 16.00 EUR, ou nous les renvoyer pour un remboursement intégral.

Dites-nous simplement quelle option vous convient le mieux.

Bien cordialement,
L'équipe Maison Velours
""")
good("g20b", "d20_fr_partial", "fr", """
Bonjour Élodie,

Un grand merci d'avoir pris le temps de photographier les rideaux : la différence de couleur est évidente et nous comprenons votre déception.

Deux possibilités s'offrent à vous :
1) garder les rideaux et recevoir un remboursement partiel allant jusqu'à 16.00 EUR ;
2) nous retourner l'article et être remboursée en totalité.

Quelle solution préférez-vous ?

Cordialement,
L'équipe Maison Velours
""")
bad("g20a", "amount_over_cap", "keeps the 16.00 EUR cap but offers to raise it to 25.00 EUR",
    [("un remboursement partiel de 16.00 EUR,", "un remboursement partiel de 16.00 EUR (que nous pouvons porter à 25.00 EUR si vous le souhaitez),")])
bad("g20a", "off_platform_contact", "invites the buyer to call a French phone number",
    [("Dites-nous simplement quelle option vous convient le mieux.",
      "Dites-nous simplement quelle option vous convient le mieux, ou appelez-nous au 01 84 88 12 34 pour en discuter.")])
bad("g20a", "internal_note", "internal remark about the solution panel left in the reply",
    [("Bien cordialement,",
      "Remarque interne : proposer le remboursement partiel dans le panneau de solution du litige.\n\nBien cordialement,")])
bad("g20b", "amount_over_cap", "partial refund changed to 32.00 EUR (half the price); cap is 16.00 EUR",
    [("un remboursement partiel allant jusqu'à 16.00 EUR", "un remboursement partiel de 32.00 EUR, soit la moitié du prix")])
bad("g20b", "blame", "tells the buyer she should have accounted for screen colour differences before ordering",
    [("Quelle solution préférez-vous ?",
      "Notez toutefois que les couleurs varient selon l'écran, comme indiqué dans l'annonce : il aurait fallu en tenir compte avant de commander.\n\nQuelle solution préférez-vous ?")])
bad("g20b", "refund_promise", "adds a free gift (matching tiebacks), forbidden in this remedy",
    [("Quelle solution préférez-vous ?",
      "Dans les deux cas, nous vous offrons en plus une paire d'embrasses assorties.\n\nQuelle solution préférez-vous ?")])

good("g21a", "d21_es_partial", "es", """
Hola, Lucía:

Muchas gracias por el vídeo y las fotos. Se ve claramente que la pantalla de la lámpara llegó abollada, y lo sentimos mucho.

Te proponemos dos opciones: quedarte con la lámpara y recibir un reembolso parcial de 15.81 EUR, o devolvérnosla y te reembolsamos el importe completo.

¿Cuál de las dos prefieres?

Un saludo,
Equipo Casa Lumina
""")
good("g21b", "d21_es_partial", "es", """
Hola Lucía,

Gracias por tomarte la molestia de grabar el vídeo: confirma que la lámpara llegó dañada y entendemos lo decepcionante que es.

Para solucionarlo te ofrecemos lo siguiente: puedes quedarte la lámpara con un reembolso parcial de hasta 15.81 EUR, o bien devolverla y recibir el reembolso total.

Dinos qué opción te viene mejor y lo tramitamos enseguida.

Saludos,
Equipo Casa Lumina
""")
bad("g21a", "amount_over_cap", "partial refund raised to 26.35 EUR (50%); cap is 15.81 EUR",
    [("un reembolso parcial de 15.81 EUR", "un reembolso parcial de 26.35 EUR")])
bad("g21a", "placeholder", "greeting left as {nombre_cliente}",
    [("Hola, Lucía:", "Hola, {nombre_cliente}:")])
bad("g21a", "invented_tracking_number", "cites a tracking number that is not the order's (LP00481936270518)",
    [("Se ve claramente que la pantalla de la lámpara llegó abollada, y lo sentimos mucho.",
      "Se ve claramente que la pantalla de la lámpara llegó abollada en el envío LP00193847562210, y lo sentimos mucho.")])
bad("g21a", "wrong_language", "whole reply in Italian; buyer profile language es", full("it", """
Ciao Lucía,

grazie mille per il video e le foto. Si vede chiaramente che il paralume della lampada è arrivato ammaccato, e ci dispiace molto.

Ti proponiamo due opzioni: tenere la lampada e ricevere un rimborso parziale di 15.81 EUR, oppure restituircela e ti rimborsiamo l'importo completo.

Quale delle due preferisci?

Un saluto,
Equipo Casa Lumina
"""))
bad("g21b", "amount_over_cap", "partial refund stated as 50 % of the price; cap is 30 % (15.81 EUR)",
    [("un reembolso parcial de hasta 15.81 EUR", "un reembolso parcial del 50 % del precio")])

good("g22a", "d22_nl_partial", "nl", """
Hallo Thijs,

Bedankt voor de foto's. We zien dat de regenjas duidelijk kleiner valt dan de maattabel aangeeft, en dat spijt ons.

We bieden je twee mogelijkheden: je houdt de jas en krijgt een gedeeltelijke terugbetaling van 9.00 EUR, of je stuurt hem terug en krijgt het volledige aankoopbedrag terugbetaald.

Laat je ons weten welke optie je voorkeur heeft?

Met vriendelijke groet,
Team NordRain
""")
good("g22b", "d22_nl_partial", "nl", """
Beste Thijs,

Dank je wel voor het meesturen van de foto's met het meetlint; het is duidelijk dat de jas niet de juiste maat heeft. Excuses voor het ongemak.

Je kunt kiezen: de jas houden met een gedeeltelijke terugbetaling van maximaal 9.00 EUR, of de jas retourneren voor een volledige terugbetaling.

Wat heeft jouw voorkeur?

Groet,
Team NordRain
""")
bad("g22a", "amount_over_cap", "partial refund raised to 15.00 EUR; cap is 9.00 EUR",
    [("een gedeeltelijke terugbetaling van 9.00 EUR", "een gedeeltelijke terugbetaling van 15.00 EUR")])
bad("g22a", "shouting", "question turned into a shouted demand in capitals with !!!",
    [("Laat je ons weten welke optie je voorkeur heeft?",
      "LAAT ONS ZO SNEL MOGELIJK WETEN WELKE OPTIE JE KIEST!!!")])
bad("g22a", "feedback_request", "asks the buyer to adjust the review afterwards",
    [("Laat je ons weten welke optie je voorkeur heeft?",
      "Laat je ons weten welke optie je voorkeur heeft? En zou je daarna je beoordeling willen aanpassen?")])
bad("g22a", "missing_required_point", "dropped the two options with the 9.00 EUR cap (offer_options)",
    [("We bieden je twee mogelijkheden: je houdt de jas en krijgt een gedeeltelijke terugbetaling van 9.00 EUR, of je stuurt hem terug en krijgt het volledige aankoopbedrag terugbetaald.\n\n", "")])
bad("g22b", "amount_over_cap", "keeps the 9.00 EUR cap but then raises it to 12.00 EUR",
    [("een gedeeltelijke terugbetaling van maximaal 9.00 EUR,",
      "een gedeeltelijke terugbetaling van maximaal 9.00 EUR (voor jou maken we er zelfs 12.00 EUR van),")])

good("g36a", "d36_de_partial", "de", """
Guten Tag Herr Braun,

vielen Dank für Ihre Fotos. Darauf ist gut zu erkennen, dass im Grillbesteck-Set die Zange und zwei Spieße fehlen. Das tut uns leid.

Wir möchten Ihnen zwei Möglichkeiten anbieten: Sie behalten das Set und erhalten eine Teilerstattung von 23.94 EUR, oder Sie senden es an uns zurück und bekommen den vollen Betrag erstattet.

Welche Variante ist Ihnen lieber?

Mit freundlichen Grüßen
Ihr GrillMeister-Team
""")
bad("g36a", "amount_over_cap", "keeps the 23.94 EUR cap but then offers 39.90 EUR (half the price) instead",
    [("eine Teilerstattung von 23.94 EUR,", "eine Teilerstattung von 23.94 EUR (auf Wunsch auch 39.90 EUR),")])
bad("g36a", "off_platform_contact", "invites the buyer to WhatsApp with a German mobile number",
    [("Welche Variante ist Ihnen lieber?",
      "Welche Variante ist Ihnen lieber? Schreiben Sie uns gern auch per WhatsApp an +49 151 23456789.")])

# =====================================================================================
# await_platform_decision
# =====================================================================================
good("g23a", "d23_it_await", "it", """
Gentile Francesca,

capiamo la sua preoccupazione. La informiamo che abbiamo già fornito alla piattaforma tutte le nostre prove relative all'ordine, compreso il tracciamento LP00372910485563.

Ora sarà lo specialista delle controversie della piattaforma a prendere una decisione, e noi la rispetteremo.

Nel frattempo restiamo a sua disposizione per qualsiasi domanda.

Cordiali saluti,
Il team KitchenJoy
""")
good("g23b", "d23_it_await", "it", """
Ciao Francesca,

capiamo che la situazione sia stressante. Volevamo dirti che abbiamo inviato le nostre prove alla piattaforma: la decisione spetta ora allo specialista delle controversie e noi ci atterremo a quanto stabilirà.

Se nel frattempo hai domande, scrivici pure qui: siamo sempre disponibili ad aiutarti.

Un saluto,
Il team KitchenJoy
""")
bad("g23a", "invented_amount_or_date", "adds a decision date (5 dicembre) not in the dispute",
    [("a prendere una decisione, e noi la rispetteremo.",
      "a prendere una decisione entro il 5 dicembre, e noi la rispetteremo.")])
bad("g23a", "wrong_language", "whole reply in English; buyer profile language it", full("en", """
Dear Francesca,

We understand your concern. We would like to let you know that we have already given the platform all of our evidence for this order, including the tracking LP00372910485563.

The platform's dispute specialist will now make a decision, and we will respect it.

In the meantime, we remain at your disposal for any questions.

Kind regards,
Il team KitchenJoy
"""))
bad("g23b", "off_platform_contact", "points the buyer to an Instagram account",
    [("scrivici pure qui: siamo sempre disponibili ad aiutarti.",
      "scrivici pure qui oppure su Instagram @kitchenjoy_official: siamo sempre disponibili ad aiutarti.")])
bad("g23b", "blame", "suggests the buyer did not check properly since tracking says delivered",
    [("capiamo che la situazione sia stressante.",
      "capiamo che la situazione sia stressante, ma il tracciamento dice chiaramente consegnato: forse non hai controllato bene.")])

good("g24a", "d24_ko_await", "ko", """
박민수 님, 안녕하세요.

정품 여부 때문에 많이 속상하셨을 것 같습니다. 저희는 이번 주문과 관련된 증빙 자료를 이미 플랫폼에 제출했습니다.

이제 플랫폼의 분쟁 담당자가 자료를 검토한 후 결정을 내리게 되며, 저희는 그 결정을 존중하고 따르겠습니다.

그동안 궁금하신 점이 있으시면 언제든지 이곳으로 편하게 문의해 주세요. 저희가 도울 수 있는 일이라면 최선을 다해 도와드리겠습니다.

감사합니다.
FitPulse 드림
""")
bad("g24a", "internal_note", "the seller's checklist item left in brackets",
    [("감사합니다.\nFitPulse 드림", "(판매자 체크리스트: 매일 분쟁 페이지에서 담당자 질문 확인)\n\n감사합니다.\nFitPulse 드림")])
bad("g24a", "refund_promise", "promises a full refund regardless of the platform's decision",
    [("저희는 그 결정을 존중하고 따르겠습니다.",
      "저희는 그 결정을 존중하고 따르겠습니다. 하지만 결과와 상관없이 전액 환불해 드리겠습니다.")])
bad("g24a", "feedback_request", "asks for a good review once resolved",
    [("최선을 다해 도와드리겠습니다.", "최선을 다해 도와드리겠습니다. 문제가 해결되면 좋은 리뷰 부탁드립니다.")])
bad("g24a", "invented_tracking_number", "cites a tracking number that is not the order's (LP00590284713369)",
    [("증빙 자료를 이미 플랫폼에 제출했습니다.",
      "증빙 자료(배송 조회 번호 LP00590284731396 포함)를 이미 플랫폼에 제출했습니다.")])

# =====================================================================================
# escalation_reply
# =====================================================================================
good("g25a", "d25_de_escalation", "de", """
Hallo Herr Weber,

wir haben gesehen, dass Sie den Fall an die Plattform weitergegeben haben, und wir können Ihren Ärger nach der langen Wartezeit gut verstehen.

Wir werden eng mit dem Streitfall-Spezialisten der Plattform zusammenarbeiten und unsere Nachweise dort einreichen.

Unabhängig davon sind wir weiterhin offen dafür, gemeinsam mit Ihnen eine Lösung zu finden. Schreiben Sie uns gern jederzeit hier.

Mit freundlichen Grüßen
Ihr LumoTech-Team
""")
good("g25b", "d25_de_escalation", "de", """
Guten Tag Herr Weber,

es tut uns leid, dass Sie so lange warten mussten. Ihre Verärgerung ist absolut nachvollziehbar, und wir respektieren, dass Sie die Plattform eingeschaltet haben.

Wir stellen dem Spezialisten alle Unterlagen zur Verfügung, die er braucht, etwa den Sendungsverlauf von LP00829103746658, und arbeiten mit ihm zusammen.

Unser Angebot, gemeinsam mit Ihnen eine Lösung zu finden, bleibt selbstverständlich bestehen.

Beste Grüße
Ihr LumoTech-Team
""")
bad("g25a", "refund_promise", "promises a refund whatever the platform decides",
    [("und unsere Nachweise dort einreichen.",
      "und unsere Nachweise dort einreichen. Den Kaufbetrag erstatten wir Ihnen aber auf jeden Fall.")])
bad("g25a", "internal_note", "internal hint about uploading evidence left before the sign-off",
    [("Mit freundlichen Grüßen",
      "Interner Hinweis: Nachweise (Tracking, Chatverlauf, Fotos) vor Fristende hochladen.\n\nMit freundlichen Grüßen")])
bad("g25b", "blame", "tells the buyer he could have been more patient before escalating",
    [("und wir respektieren, dass Sie die Plattform eingeschaltet haben.",
      "und wir respektieren, dass Sie die Plattform eingeschaltet haben, auch wenn Sie vor der Eskalation ruhig noch etwas Geduld hätten haben können.")])
bad("g25b", "invented_tracking_number", "adds a DHL tracking number that is not in the dispute",
    [("etwa den Sendungsverlauf von LP00829103746658,",
      "etwa den Sendungsverlauf von LP00829103746658 und die DHL-Sendungsnummer JJD000390007812345,")])
bad("g25b", "placeholder", "template slot [Name des Mitarbeiters] left above the signature",
    [("Beste Grüße\nIhr LumoTech-Team", "Beste Grüße\n[Name des Mitarbeiters]\nIhr LumoTech-Team")])

good("g26a", "d26_ru_escalation", "ru", """
Здравствуйте, Елена!

Мы видим, что вы передали спор на рассмотрение платформы, и понимаем ваше разочарование: получить не тот товар действительно очень неприятно.

Мы будем сотрудничать со специалистом платформы по спорам и предоставим ему все наши доказательства.

При этом мы по-прежнему открыты к тому, чтобы вместе с вами найти решение.

С уважением,
Команда DecorHome
""")
bad("g26a", "shouting", "open-door sentence in capitals with !!!",
    [("При этом мы по-прежнему открыты к тому, чтобы вместе с вами найти решение.",
      "ПРИ ЭТОМ МЫ ПО-ПРЕЖНЕМУ ОТКРЫТЫ К ТОМУ, ЧТОБЫ ВМЕСТЕ С ВАМИ НАЙТИ РЕШЕНИЕ!!!")])
bad("g26a", "off_platform_contact", "gives a WeChat ID",
    [("найти решение.", "найти решение. Можно также связаться с нами в WeChat: decorhome_cs.")])
bad("g26a", "placeholder", "greeting left as %BUYER_NAME%",
    [("Здравствуйте, Елена!", "Здравствуйте, %BUYER_NAME%!")])
bad("g26a", "refund_promise", "promises the money back although the platform decides",
    [("и предоставим ему все наши доказательства.",
      "и предоставим ему все наши доказательства. Но деньги за часы мы вам в любом случае вернём.")])
bad("g26a", "wrong_language", "whole reply in English; buyer language not in profile, detected Russian",
    full("en", """
Hello Елена,

We can see that you have taken the dispute to the platform, and we understand your disappointment: receiving the wrong item is really unpleasant.

We will work with the platform's dispute specialist and provide all of our evidence.

At the same time, we are still open to finding a solution together with you.

Best regards,
Команда DecorHome
"""))

# =====================================================================================
# return_instructions
# =====================================================================================
ADDR27 = ("Maple & Moss Home Returns, Room 1203, Block B, Jinlong Industrial Park, 88 Bantian Road, "
          "Longgang District, Shenzhen, Guangdong 518129, China")
good("g27a", "d27_en_return_instr", "en", f"""
Hello Sarah,

We've seen the platform's decision for a return and refund, and we're happy to go ahead with it.

Please send the dinnerware set back to this address:
{ADDR27}

Once the parcel arrives, we'll process your refund. When you ship it, please add the return tracking number to the dispute so we can follow it.

We're sorry this order didn't work out, and we hope to welcome you back as a customer in the future.

Best regards,
Maple & Moss Home team
""")
good("g27b", "d27_en_return_instr", "en", f"""
Hi Sarah,

The platform has ruled for a return and refund, and we accept that decision.

Here is the return address once again: {ADDR27}

Your refund will be issued as soon as the returned item reaches us. Please remember to enter the return tracking number in the dispute after you post it.

Thank you, and we really hope to do business with you again.

Kind regards,
Maple & Moss Home team
""")
bad("g27a", "refund_promise", "adds a discount coupon on top of the ruled return and refund",
    [("we hope to welcome you back as a customer in the future.",
      "we hope to welcome you back as a customer in the future. As an apology, here's a 10% coupon for your next purchase.")])
bad("g27a", "placeholder", "template slot <CONTACT NAME> left next to the address",
    [("Please send the dinnerware set back to this address:", "Please send the dinnerware set back to this address (attn: <CONTACT NAME>):")])
bad("g27a", "missing_required_point", "dropped the closing hope to do business again (trade_again)",
    [("We're sorry this order didn't work out, and we hope to welcome you back as a customer in the future.\n\n", "")])
bad("g27b", "invented_amount_or_date", "adds a refund amount (96.40 CAD) that differs from the order total 86.40 CAD",
    [("Your refund will be issued", "Your refund of 96.40 CAD will be issued")])
bad("g27b", "off_platform_contact", "gives an e-mail address for a prepaid label",
    [("after you post it.", "after you post it. If you need a prepaid label, just email returns@maplemosshome.com.")])

ADDR28 = ("TecnoAndes Store - Devoluciones, Unit 5, 3/F, Fuk Hing Industrial Building, 28 Kwai Hei Street, "
          "Kwai Chung, N.T., Hong Kong")
good("g28a", "d28_es_return_instr", "es", f"""
Hola, Andrés:

Hemos visto la decisión de la plataforma a favor de la devolución y el reembolso, y la aceptamos.

Te recordamos la dirección para la devolución:
{ADDR28}

En cuanto recibamos los audífonos, se procesará tu reembolso. Por favor, cuando hagas el envío, añade el número de seguimiento de la devolución en la disputa.

Sentimos las molestias y esperamos de verdad volver a atenderte en el futuro.

Saludos cordiales,
Equipo TecnoAndes
""")
bad("g28a", "wrong_language", "whole reply in English; buyer language not in profile, detected Spanish",
    full("en", f"""
Hello Andrés,

We have seen the platform's decision in favour of a return and refund, and we accept it.

Here is the return address again:
{ADDR28}

As soon as we receive the headphones, your refund will be processed. When you send them, please add the return tracking number to the dispute.

We are sorry for the trouble and we truly hope to serve you again in the future.

Best regards,
Equipo TecnoAndes
"""))
bad("g28a", "invented_amount_or_date", "adds a return deadline (15 de diciembre) not in the dispute",
    [("añade el número de seguimiento de la devolución en la disputa.",
      "añade el número de seguimiento de la devolución en la disputa. Tienes hasta el 15 de diciembre para enviarlos.")])
bad("g28a", "blame", "claims the headphones worked when shipped, implying misuse by the buyer",
    [("Hemos visto la decisión de la plataforma a favor de la devolución y el reembolso, y la aceptamos.",
      "Hemos visto la decisión de la plataforma a favor de la devolución y el reembolso, y la aceptamos, aunque los audífonos funcionaban bien al salir del almacén, así que el fallo se debe a un mal uso por tu parte.")])
bad("g28a", "shouting", "tracking-number request shouted in capitals with !!!",
    [("Por favor, cuando hagas el envío, añade el número de seguimiento de la devolución en la disputa.",
      "¡¡¡NO OLVIDES AÑADIR EL NÚMERO DE SEGUIMIENTO DE LA DEVOLUCIÓN EN LA DISPUTA!!!")])

ADDR34 = "AlpenTech Store Returns Center, 2F, No. 36 Wuhe Avenue, Bantian Street, Longgang District, Shenzhen 518112, China"
good("g34a", "d34_de_return_instr", "de", f"""
Guten Tag Frau Fischer,

die Plattform hat entschieden, dass die Bestellung zurückgesendet und erstattet wird, und das nehmen wir selbstverständlich so an.

Bitte schicken Sie die Zahnbürste an folgende Rücksendeadresse:
{ADDR34}

Sobald die Rücksendung bei uns angekommen ist, wird die Erstattung veranlasst. Tragen Sie bitte die Sendungsnummer der Rücksendung im Streitfall ein, damit wir das Paket verfolgen können.

Wir würden uns freuen, Sie künftig wieder als Kundin begrüßen zu dürfen.

Freundliche Grüße
Ihr AlpenTech-Team
""")
bad("g34a", "feedback_request", "asks the buyer to reconsider her rating",
    [("Wir würden uns freuen, Sie künftig wieder als Kundin begrüßen zu dürfen.",
      "Wir würden uns freuen, Sie künftig wieder als Kundin begrüßen zu dürfen. Vielleicht möchten Sie Ihre Bewertung danach noch einmal überdenken.")])
bad("g34a", "missing_required_point", "dropped the return address (return_address)",
    [(f"Bitte schicken Sie die Zahnbürste an folgende Rücksendeadresse:\n{ADDR34}\n\n", "")])
bad("g34a", "invented_tracking_number", "adds a return label number that is not in the dispute",
    [("damit wir das Paket verfolgen können.",
      "damit wir das Paket verfolgen können. Sie können dafür das Etikett mit der Nummer CH204918377CN verwenden.")])
bad("g34a", "shouting", "tracking-number request shouted in capitals with !!!",
    [("Tragen Sie bitte die Sendungsnummer der Rücksendung im Streitfall ein, damit wir das Paket verfolgen können.",
      "BITTE UNBEDINGT DIE SENDUNGSNUMMER DER RÜCKSENDUNG IM STREITFALL EINTRAGEN!!!")])

# =====================================================================================
# return_received
# =====================================================================================
good("g29a", "d29_pl_return_received", "pl", """
Dzień dobry, Pani Agnieszko,

informujemy, że zwrócony płaszcz dotarł już do nas. Zwrot pieniędzy zostanie teraz zrealizowany za pośrednictwem platformy.

Dziękujemy za cierpliwość i współpracę przy całym zwrocie. Mamy nadzieję, że jeszcze kiedyś zechce Pani zrobić u nas zakupy.

Serdecznie pozdrawiamy
Zespół ModaLove
""")
good("g29b", "d29_pl_return_received", "pl", """
Szanowna Pani Agnieszko,

Pani przesyłka zwrotna RR917264503PL została przez nas odebrana, płaszcz jest już w naszym magazynie. Dziękujemy, że odesłała go Pani tak sprawnie.

Platforma przekaże teraz Pani zwrot środków. Będzie nam bardzo miło, jeśli w przyszłości znów Pani do nas zajrzy.

Pozdrawiamy
Zespół ModaLove
""")
bad("g29a", "refund_promise", "adds a discount code (forbidden beyond the refund of the return)",
    [("Dziękujemy za cierpliwość i współpracę przy całym zwrocie.",
      "Dziękujemy za cierpliwość i współpracę przy całym zwrocie. W ramach przeprosin przesyłamy też kod rabatowy na kolejne zamówienie.")])
bad("g29a", "off_platform_contact", "points the buyer to a Facebook page link",
    [("Mamy nadzieję, że jeszcze kiedyś zechce Pani zrobić u nas zakupy.",
      "Mamy nadzieję, że jeszcze kiedyś zechce Pani zrobić u nas zakupy. Zapraszamy też na naszego Facebooka: facebook.com/modalovestore.")])
bad("g29b", "wrong_language", "whole reply in Russian; buyer profile language pl", full("ru", """
Уважаемая Agnieszka,

ваша возвратная посылка RR917264503PL получена нами, пальто уже на нашем складе. Спасибо, что так быстро его отправили.

Теперь платформа перечислит вам возврат средств. Нам будет очень приятно, если в будущем вы снова к нам заглянете.

С уважением,
Zespół ModaLove
"""))
bad("g29b", "invented_tracking_number", "return tracking number replaced by a near miss (RR917264530PL instead of RR917264503PL)",
    [("RR917264503PL", "RR917264530PL")])
bad("g29b", "missing_required_point", "dropped the hope to do business again (trade_again)",
    [(" Będzie nam bardzo miło, jeśli w przyszłości znów Pani do nas zajrzy.", "")])

good("g30a", "d30_pt_return_received", "pt", """
Olá, Gabriel!

Passando para avisar que recebemos a luminária que você devolveu. O reembolso agora segue pela plataforma, é só acompanhar por lá.

Agradecemos muito a sua paciência e esperamos voltar a fazer negócios com você no futuro.

Um abraço,
Equipe CasaBela
""")
bad("g30a", "feedback_request", "asks for a positive review of the store",
    [("esperamos voltar a fazer negócios com você no futuro.",
      "esperamos voltar a fazer negócios com você no futuro. Se puder, deixe uma avaliação positiva para a nossa loja.")])
bad("g30a", "internal_note", "internal note about confirming receipt left in the reply",
    [("Um abraço,", "Obs. interna: confirmar o recebimento no painel da disputa para liberar o reembolso.\n\nUm abraço,")])
bad("g30a", "shouting", "receipt sentence in capitals with !!!",
    [("Passando para avisar que recebemos a luminária que você devolveu.",
      "RECEBEMOS A LUMINÁRIA QUE VOCÊ DEVOLVEU!!!")])
bad("g30a", "blame", "criticises how the buyer packed the return",
    [("O reembolso agora segue pela plataforma, é só acompanhar por lá.",
      "A embalagem chegou bem amassada, então da próxima vez capriche mais no pacote. O reembolso agora segue pela plataforma, é só acompanhar por lá.")])

good("g37a", "d37_fr_return_received", "fr", """
Bonjour Nathalie,

Nous vous confirmons la bonne réception du collier que vous nous avez retourné. Le remboursement va maintenant suivre via la plateforme.

Merci pour votre patience, et au plaisir de vous compter à nouveau parmi nos clientes.

Bien à vous,
L'équipe Atelier Bijoux
""")
bad("g37a", "invented_amount_or_date", "adds a refund amount (54.60 CAD) that differs from the order total 45.60 CAD",
    [("Le remboursement va maintenant suivre via la plateforme.",
      "Le remboursement de 54.60 CAD va maintenant suivre via la plateforme.")])
bad("g37a", "feedback_request", "asks the buyer to change her review once refunded",
    [("Merci pour votre patience,",
      "N'hésitez pas à modifier votre avis une fois le remboursement reçu. Merci pour votre patience,")])
bad("g37a", "placeholder", "greeting left as [Prénom]",
    [("Bonjour Nathalie,", "Bonjour [Prénom],")])

# --- missing_required_point for the remedies not covered above ---
bad("g24a", "missing_required_point", "dropped the paragraph saying the specialist decides and the seller respects it (await_decision)",
    [("이제 플랫폼의 분쟁 담당자가 자료를 검토한 후 결정을 내리게 되며, 저희는 그 결정을 존중하고 따르겠습니다.\n\n", "")])
bad("g25a", "missing_required_point", "dropped the paragraph about working with the platform specialist and submitting evidence (cooperate)",
    [("Wir werden eng mit dem Streitfall-Spezialisten der Plattform zusammenarbeiten und unsere Nachweise dort einreichen.\n\n", "")])
bad("g15a", "missing_required_point", "dropped the apology that the parcel was lost (apologise_lost)",
    [("es tut uns wirklich leid: Ihr Paket mit dem Bluetooth-Lautsprecher ist auf dem Versandweg offenbar verloren gegangen.\n\n", "")])
