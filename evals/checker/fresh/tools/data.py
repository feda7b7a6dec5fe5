"""Fresh labelled set: disputes + good replies + one-edit bad variants.

Edits on a good reply:
  R(defect, old, new, note)          replace `old` (must occur exactly once) by `new`
  I(defect, anchor, added, note)     insert `added` right after `anchor` (separated by one space)
  S(defect, added, note)             insert `added` as its own paragraph just before the signature
  D(defect, old, note)               delete `old` (must occur exactly once)
  W(lang, text, note)                wrong_language: the whole reply translated into `lang`
"""
from disputes_src import DISPUTES  # noqa: F401


def R(defect, old, new, note):
    return {"kind": "replace", "defect": defect, "old": old, "new": new, "note": note}


def I(defect, anchor, added, note):
    return {"kind": "replace", "defect": defect, "old": anchor, "new": anchor + " " + added, "note": note}


def S(defect, added, note):
    return {"kind": "before_sig", "defect": defect, "added": added, "note": note}


def D(defect, old, note):
    return {"kind": "replace", "defect": defect, "old": old, "new": "", "note": note}


def W(lang, text, note):
    return {"kind": "translate", "defect": "wrong_language", "lang": lang, "text": text, "note": note}


# name in greeting if it is not literally a part of buyer.name (e.g. Polish vocative)
GREETING_FORM = {"g08a": "Tomaszu", "g08b": "Tomaszu", "g18a": "Magdaleno"}

GOODS = []


def G(gid, dispute, lang, text, bads):
    GOODS.append({"id": gid, "dispute": dispute, "language": lang, "message": text, "bads": bads})


# ============================ f01 en evidence (quality) ============================
G("g01a", "f01_en_evidence_by_problem_type", "en", """Hi Hannah,

Thank you for letting us know, and I'm really sorry the mesh filter of your French press is fraying. That's not the quality we want you to receive.

So we can look into it properly, could you please send us a few clear close-up photos or a short video of the frayed filter? Please attach them here in the dispute.

As soon as the photos arrive, we will review them and come back to you with a solution.

Warm regards, the Kettle & Crumb team""", [
    I("refund_promise", "come back to you with a solution.", "Either way, you won't be out of pocket: the money for the press will find its way back to you.",
      "indirect refund promise appended to the next-step sentence"),
    R("off_platform_contact", "Please attach them here in the dispute.", "If uploading here is fiddly, just send them to our Viber account KettleCrumbNZ instead.",
      "Viber contact replaces 'attach them here'"),
    I("blame", "That's not the quality we want you to receive.", "That said, these filters should only be rinsed gently; scrubbing them hard is the usual reason they start to fray.",
      "polite blame of buyer's cleaning"),
    R("placeholder", "Hi Hannah,", "Hi [Customer First Name],", "greeting name replaced by [Customer First Name]"),
])
G("g01b", "f01_en_evidence_by_problem_type", "en", """Dear Hannah Whitfield,

We're sorry to hear the filter on your French press is fraying so soon. That must be frustrating, and we apologise for the trouble.

To check the quality issue, we'd kindly ask you to upload clear close-up photos or a short video showing the filter. We'll review them as soon as they come in and get back to you with a solution straight away.

Warm regards, the Kettle & Crumb team""", [
    R("invented_amount_or_date", "get back to you with a solution straight away.", "get back to you with a solution within 48 hours.", "invented '48 hours' turnaround"),
    S("internal_note", "(Note for Kevin: compare with the listing photos and the packing video before the next reply.)", "seller checklist note left in before signature"),
    D("missing_required_point", "To check the quality issue, we'd kindly ask you to upload clear close-up photos or a short video showing the filter. ",
      "evidence request sentence deleted (request_evidence)"),
    S("feedback_request", "And if you're happy with how we sort this out, a 5-star rating would mean the world to our small shop.", "asks for 5-star rating"),
])

# ============================ f02 es-AR evidence (not_working) ============================
G("g02a", "f02_es_evidence_by_problem_type", "es", """¡Hola, Martina!

Lamentamos mucho que el auricular izquierdo no cargue; entendemos lo molesto que es y te pedimos disculpas por el inconveniente.

Para poder revisar la falla, ¿podrías grabar un video corto donde se vea el auricular encendido o puesto en el estuche, y cómo se produce la falla? Podés adjuntarlo acá mismo, en la disputa.

Apenas recibamos el video lo vamos a revisar y te escribimos con una solución.

Saludos cordiales, equipo EcoSonido""", [
    I("refund_promise", "te escribimos con una solución.", "Quedate tranquila: si se confirma la falla, te devolvemos la plata completa.",
      "refund promise ('te devolvemos la plata') before evidence"),
    I("shouting", "Podés adjuntarlo acá mismo, en la disputa.", "¡¡¡POR FAVOR NO TE OLVIDES DE MANDARNOS EL VIDEO!!!", "shouted sentence in caps with ¡¡¡ !!!"),
    W("pt", """Olá, Martina!

Lamentamos muito que o fone esquerdo não carregue; entendemos como isso é chato e pedimos desculpas pelo transtorno.

Para podermos verificar o defeito, você poderia gravar um vídeo curto mostrando o fone ligado ou colocado no estojo, e o defeito acontecendo? Pode anexá-lo aqui mesmo, na disputa.

Assim que recebermos o vídeo, vamos analisá-lo e te escrevemos com uma solução.

Saludos cordiales, equipo EcoSonido""", "whole reply in Portuguese for an es-AR buyer (signature kept)"),
    I("invented_tracking_number", "te pedimos disculpas por el inconveniente.", "Según el seguimiento LP00915276403838, el paquete llegó en buen estado.",
      "near-miss of the real tracking LP00915276403388 (digits swapped) added"),
])
G("g02b", "f02_es_evidence_by_problem_type", "es", """Hola Martina Sosa:

Gracias por escribirnos y disculpá las molestias con los auriculares inalámbricos. Sentimos mucho que uno de ellos no funcione.

Para analizar el caso necesitamos un video breve en el que se vea el auricular encendido (o intentando encenderse) y la falla mientras ocurre. Lo podés subir directamente en esta disputa.

En cuanto llegue, nuestro equipo técnico lo revisa y te proponemos una solución.

Saludos cordiales, equipo EcoSonido""", [
    R("placeholder", "Hola Martina Sosa:", "Hola {{nombre_comprador}}:", "greeting name replaced by {{nombre_comprador}}"),
    I("internal_note", "te proponemos una solución.", "// remedy: evidence_by_problem_type, variante not_working",
      "remedy id left in the text"),
    R("off_platform_contact", "Lo podés subir directamente en esta disputa.", "Si te resulta más fácil, mandalo por Instagram a @ecosonido.ar.",
      "Instagram handle instead of uploading in the dispute"),
])

# ============================ f03 tr evidence (damaged) ============================
G("g03a", "f03_tr_evidence_by_problem_type", "tr", """Merhaba Elif Hanım,

Fincanlarınızdan ikisinin kırık geldiğini duyduğumuz için çok üzgünüz; yaşadığınız bu sıkıntı için özür dileriz.

Durumu inceleyebilmemiz için hasarı gösteren fotoğrafları ve kargonun size ulaştığı haliyle dış ambalajın fotoğraflarını bu anlaşmazlık sayfasına yükleyebilir misiniz?

Fotoğraflar bize ulaşır ulaşmaz inceleyip size en kısa sürede bir çözümle döneceğiz.

Saygılarımızla, Anatolia Home ekibi""", [
    I("blame", "yaşadığınız bu sıkıntı için özür dileriz.", "Ancak kargo firmasının paketleri pek özenli taşımadığını biliyoruz; kırılmanın sebebi büyük ihtimalle onlar.",
      "blames the carrier for the breakage"),
    W("en", """Hello Elif,

We are very sorry to hear that two of your cups arrived broken, and we apologise for the trouble.

So that we can look into it, could you please upload photos showing the damage and photos of the outer packaging as it reached you to this dispute page?

As soon as the photos reach us, we will review them and come back to you with a solution as quickly as possible.

Saygılarımızla, Anatolia Home ekibi""", "whole reply in English for a Turkish buyer (signature kept)"),
    I("shouting", "bu anlaşmazlık sayfasına yükleyebilir misiniz?", "LÜTFEN FOTOĞRAFLARI EKSİKSİZ GÖNDERİN, AMBALAJ DA GÖRÜNSÜN!!!", "Turkish caps sentence with !!!"),
    S("feedback_request", "Bu arada, sorunu birlikte çözene kadar olumsuz değerlendirme bırakmamanızı rica ederiz.", "asks buyer to hold off negative feedback"),
])

# ============================ f04 it evidence (wrong_item) ============================
G("g04a", "f04_it_evidence_by_problem_type", "it", """Gentile Alessandro,

ci dispiace davvero che al posto dello zaino da trekking verde oliva le sia arrivata una borsa a tracolla nera: le chiediamo scusa per il disagio.

Per verificare cosa è successo, potrebbe gentilmente inviarci qui nella controversia alcune foto dell'articolo ricevuto e dell'etichetta di spedizione applicata sul pacco?

Appena riceviamo le foto le controlliamo con il nostro magazzino e le proponiamo subito una soluzione.

Un caro saluto, il team MontagnaViva""", [
    I("refund_promise", "le proponiamo subito una soluzione.", "Nel frattempo le spediamo comunque lo zaino giusto, senza alcun costo per lei.",
      "free replacement/reshipment promised before evidence"),
    I("off_platform_contact", "le proponiamo subito una soluzione.", "Per fare prima può scriverci anche su Telegram: t.me/montagnaviva_assistenza",
      "Telegram t.me link"),
    D("missing_required_point", "Per verificare cosa è successo, potrebbe gentilmente inviarci qui nella controversia alcune foto dell'articolo ricevuto e dell'etichetta di spedizione applicata sul pacco?\n\n",
      "evidence request paragraph deleted (request_evidence)"),
    R("placeholder", "le proponiamo subito una soluzione.", "le proponiamo una soluzione entro <TEMPI DI RISPOSTA>.", "<TEMPI DI RISPOSTA> placeholder"),
    R("invented_tracking_number", "dell'etichetta di spedizione applicata sul pacco?", "dell'etichetta di spedizione (numero LP00382019745560) applicata sul pacco?",
      "near-miss tracking (real LP00382019475560, 47->74) added"),
])

# ============================ f05 nl-BE customs (buyer pays) ============================
G("g05a", "f05_nl_customs_clearance", "nl", """Beste Pieter,

Bedankt voor uw bericht. Uw step met zendingsnummer LP00729401163825 wordt op dit moment door de douane in België tegengehouden.

Bij deze bestelling zijn de invoerrechten voor rekening van de koper. Wilt u zo vriendelijk zijn de invoerrechten te betalen en de douane-inklaring af te ronden?

Heeft de douane documenten nodig, zoals de factuur, dan sturen wij die graag meteen op. Laat het ons gerust hier weten.

Met vriendelijke groet, team VoltRide""", [
    I("refund_promise", "de douane-inklaring af te ronden?", "Wij storten het bedrag van de invoerrechten daarna volledig aan u terug.",
      "promises to refund the duties (compensation)"),
    I("invented_amount_or_date", "de douane-inklaring af te ronden?", "Het gaat om ongeveer 61,50 euro aan invoerrechten en btw.", "invented duty amount"),
    I("blame", "door de douane in België tegengehouden.", "Helaas is de Belgische douane erg traag en bureaucratisch, daar kunnen wij ook niets aan doen.",
      "blames customs"),
    W("fr", """Bonjour Pieter,

Merci pour votre message. Votre trottinette, numéro d'envoi LP00729401163825, est actuellement retenue par la douane en Belgique.

Pour cette commande, les droits d'importation sont à la charge de l'acheteur. Auriez-vous l'amabilité de payer les droits d'importation et de finaliser le dédouanement ?

Si la douane a besoin de documents, comme la facture, nous vous les envoyons volontiers tout de suite. N'hésitez pas à nous le dire ici.

Met vriendelijke groet, team VoltRide""", "whole reply in French for a nl-BE buyer (signature kept)"),
])
G("g05b", "f05_nl_customs_clearance", "nl", """Goedendag Pieter Claes,

Uw pakket met trackingnummer LP00729401163825 is in België aangekomen, maar ligt nog bij de douane voor inklaring.

Volgens de voorwaarden van deze bestelling betaalt de koper de invoerrechten. Wij vragen u daarom vriendelijk om de rechten te voldoen en de inklaring af te ronden, zodat de step verder kan.

Vraagt de douane om een factuur of een ander document? Dan bezorgen wij dat graag.

Met vriendelijke groet, team VoltRide""", [
    S("internal_note", "Checklist verkoper: handelsfactuur klaarzetten, screenshot van de tracking uploaden.", "seller checklist line left in"),
    D("missing_required_point", "\n\nVraagt de douane om een factuur of een ander document? Dan bezorgen wij dat graag.", "offer_documents paragraph deleted"),
    R("off_platform_contact", "Dan bezorgen wij dat graag.", "Mail ons dan even via service at voltride-store dot com, dan bezorgen wij dat graag.",
      "obfuscated email address"),
    S("feedback_request", "Zodra de step bij u is, zouden we een positieve beoordeling erg waarderen.", "asks for a positive review"),
])

# ============================ f06 de-CH customs (seller pays) ============================
G("g06a", "f06_de_customs_clearance", "de", """Grüezi Herr Baumgartner

Vielen Dank für Ihre Nachricht. Ihre Uhr mit der Sendungsnummer SF1428837065123 wird derzeit vom Zoll zurückgehalten.

Sie müssen nichts bezahlen: Die Zollgebühren übernehmen wir als Verkäufer, und wir kümmern uns auch um die Verzollung.

Wir bitten Sie noch um ein wenig Geduld, bis der Zoll das Paket freigibt. Danach geht es direkt weiter zu Ihnen.

Freundliche Grüsse, Ihr Uhrwerk-Atelier-Team""", [
    R("shouting", "Sie müssen nichts bezahlen:", "SIE MÜSSEN NICHTS BEZAHLEN!!!", "first clause shouted in caps with !!!"),
    I("invented_tracking_number", "wird derzeit vom Zoll zurückgehalten.", "In der Schweiz läuft die Sendung unter der Nummer 99.00.306600.01234567.",
      "extra invented Swiss Post number"),
    R("blame", "Wir bitten Sie noch um ein wenig Geduld", "Leider arbeitet der Schweizer Zoll bekanntlich sehr langsam, deshalb bitten wir Sie noch um ein wenig Geduld",
      "blames Swiss customs"),
    I("refund_promise", "wir kümmern uns auch um die Verzollung.", "Als kleine Entschädigung für die Wartezeit schreiben wir Ihnen ausserdem einen Gutschein gut.",
      "voucher as compensation"),
])

# ============================ f07 pt-BR customs (payer unknown) ============================
G("g07a", "f07_pt_customs_clearance", "pt", """Olá, Larissa!

Obrigada por nos avisar. Vimos que o seu pedido, com código de rastreio NL604218837BR, está retido na alfândega.

Já estamos verificando com os Correios o que a fiscalização precisa para liberar o pacote e, assim que tivermos retorno, te atualizamos aqui mesmo.

Pedimos só um pouquinho de paciência enquanto resolvemos isso. Estamos acompanhando de perto.

Abraços, equipe Bella Pincel""", [
    I("invented_amount_or_date", "Estamos acompanhando de perto.", "A previsão é que o pacote seja liberado até 18 de fevereiro.", "invented release date"),
    R("off_platform_contact", "te atualizamos aqui mesmo.", "te atualizamos pelo WhatsApp; é só chamar no número que aparece no nosso perfil.",
      "WhatsApp via number in profile"),
    I("refund_promise", "enquanto resolvemos isso.", "E se não liberar, a gente devolve todo o seu dinheiro, pode ficar tranquila.",
      "refund promise if customs doesn't release"),
    R("placeholder", "Olá, Larissa!", "Olá, NOME_CLIENTE!", "NOME_CLIENTE placeholder"),
    W("es", """¡Hola, Larissa!

Gracias por avisarnos. Vimos que tu pedido, con código de seguimiento NL604218837BR, está retenido en la aduana.

Ya estamos consultando con Correios qué necesita la fiscalización para liberar el paquete y, en cuanto tengamos respuesta, te avisamos por aquí mismo.

Te pedimos solo un poquito de paciencia mientras lo resolvemos. Lo estamos siguiendo de cerca.

Abraços, equipe Bella Pincel""", "whole reply in Spanish for a pt-BR buyer"),
])

# ============================ f08 pl extend (20 days) ============================
G("g08a", "f08_pl_extend_delivery_time", "pl", """Dzień dobry, Panie Tomaszu,

dziękujemy za wiadomość i rozumiemy Pana niepokój. Paczka jest w drodze: numer przesyłki to LP00558210946637 i status powinien wkrótce się zaktualizować.

Czy mógłby Pan uprzejmie zamknąć na razie spór? Jednocześnie chętnie przedłużymy ochronę Pana zamówienia o 20 dni, dzięki czemu będzie Pan w pełni chroniony aż do doręczenia lampki.

Pozdrawiamy serdecznie, zespół Jasne Biuro""", [
    I("refund_promise", "aż do doręczenia lampki.", "A gdyby lampka jednak nie dotarła, od razu oddamy Panu pieniądze.", "refund promise while asking to close"),
    I("invented_amount_or_date", "status powinien wkrótce się zaktualizować.", "Przewidywany termin doręczenia to 14 lutego.", "invented delivery date"),
    S("internal_note", "Uwaga wewnętrzna: przedłużyć ochronę w panelu sprzedawcy dopiero po zamknięciu sporu.", "internal note line"),
    D("missing_required_point", " Jednocześnie chętnie przedłużymy ochronę Pana zamówienia o 20 dni, dzięki czemu będzie Pan w pełni chroniony aż do doręczenia lampki.",
      "protection extension sentence deleted (extend_protection, with the 20 days mention)"),
])
G("g08b", "f08_pl_extend_delivery_time", "pl", """Szanowny Panie Tomaszu,

bardzo przepraszamy, że czekanie tak się przeciąga. Lampka jest już w drodze do Pana, a przesyłkę można śledzić pod numerem LP00558210946637.

Mamy uprzejmą prośbę: proszę na tę chwilę zamknąć spór. Ze swojej strony przedłużymy ochronę zakupu o 20 dni, więc nie straci Pan ochrony, dopóki paczka nie dotrze.

Pozdrawiamy serdecznie, zespół Jasne Biuro""", [
    W("ru", """Уважаемый Томаш,

приносим извинения, что ожидание так затянулось. Лампа уже в пути к вам, посылку можно отследить по номеру LP00558210946637.

У нас к вам вежливая просьба: пожалуйста, закройте пока спор. Со своей стороны мы продлим защиту покупки на 20 дней, так что вы не потеряете защиту, пока посылка не придёт.

Pozdrawiamy serdecznie, zespół Jasne Biuro""", "whole reply in Russian for a Polish buyer"),
    I("blame", "bardzo przepraszamy, że czekanie tak się przeciąga.", "Niestety Poczta Polska ostatnio bardzo opóźnia przesyłki z Chin i to po jej stronie leży problem.",
      "blames the carrier"),
    R("placeholder", "Szanowny Panie Tomaszu,", "Szanowny Panie %IMIE%,", "%IMIE% placeholder"),
    R("invented_tracking_number", "pod numerem LP00558210946637.", "pod numerem LP00558210946637, a w Polsce pod numerem krajowym PX4471029385.",
      "extra invented domestic tracking number"),
    I("shouting", "dopóki paczka nie dotrze.", "PACZKA NA PEWNO DOTRZE, PROSZĘ SIĘ NIE MARTWIĆ!!!", "Polish caps sentence with !!!"),
])

# ============================ f09 fr-CA extend (15 days, default signature) ============================
G("g09a", "f09_fr_extend_delivery_time", "fr", """Bonjour Mathieu,

Merci pour votre patience, et désolés que l'attente soit si longue. Votre chauffe-tasse est bel et bien en route : vous pouvez suivre le colis avec le numéro LP00640392817724.

Pourriez-vous fermer le litige pour l'instant? De notre côté, nous prolongerons votre protection d'achat de 15 jours, pour que vous restiez entièrement protégé jusqu'à l'arrivée du colis.

Au plaisir de vous lire,
Boréal Maison team""", [
    I("off_platform_contact", "jusqu'à l'arrivée du colis.", "Pour un suivi plus rapide, textez-nous au 514 555-0148.", "Canadian phone number to text"),
    I("refund_promise", "jusqu'à l'arrivée du colis.", "Et si jamais le colis se perdait, vous seriez remboursé au complet, c'est promis.", "conditional full refund promise"),
    I("feedback_request", "jusqu'à l'arrivée du colis.", "Une fois votre chauffe-tasse reçu, une évaluation cinq étoiles nous aiderait énormément!", "asks for 5-star rating"),
    I("invented_amount_or_date", "LP00640392817724.", "Selon Postes Canada, la livraison est prévue d'ici 7 à 10 jours ouvrables.", "invented day count"),
])

# ============================ f10 ko extend (30 days) ============================
G("g10a", "f10_ko_extend_delivery_time", "ko", """이서연 님, 안녕하세요.

배송이 늦어져 걱정을 끼쳐 드려 정말 죄송합니다. 주문하신 키보드는 현재 정상적으로 배송 중이며, 운송장 번호 LP00213987650442 로 조회하실 수 있습니다.

번거로우시겠지만 우선 분쟁을 닫아 주실 수 있을까요? 대신 저희가 구매 보호 기간을 30일 연장해 드려서, 상품을 받으실 때까지 계속 보호받으실 수 있도록 하겠습니다.

KeyNest 팀 드림""", [
    I("off_platform_contact", "보호받으실 수 있도록 하겠습니다.", "더 빠른 상담은 카카오톡 오픈채팅 'KeyNest 고객센터'로 문의해 주세요.", "KakaoTalk open chat"),
    I("invented_amount_or_date", "조회하실 수 있습니다.", "예상 도착일은 2월 11일입니다.", "invented arrival date"),
    I("shouting", "분쟁을 닫아 주실 수 있을까요?", "꼭 오늘 안에 분쟁을 닫아 주세요!!! PLEASE CLOSE IT!!!", "shouting with !!! and a caps English fragment in a Korean reply"),
])

# ============================ f11 ru offer reshipment ============================
G("g11a", "f11_ru_offer_reshipment", "ru", """Здравствуйте, Анастасия!

Нам очень жаль, что ваша посылка, судя по всему, потерялась в пути. Приносим извинения за это неудобство.

Хотите, чтобы мы отправили вам термокружку повторно? Для вас это будет без каких-либо дополнительных затрат.

Если вы согласны, пожалуйста, ответьте нам здесь и заодно проверьте, что адрес доставки в заказе указан верно.

С уважением, команда ТеплоДом""", [
    R("refund_promise", "Хотите, чтобы мы отправили вам термокружку повторно?", "Хотите, чтобы мы отправили вам термокружку повторно или просто вернули деньги на карту?",
      "refund offered as an alternative to reshipment"),
    I("shouting", "указан верно.", "ОБЯЗАТЕЛЬНО ПРОВЕРЬТЕ АДРЕС, ИНАЧЕ ВСЁ ПОВТОРИТСЯ!!!", "Cyrillic caps with !!!"),
    I("blame", "Приносим извинения за это неудобство.", "К сожалению, СДЭК в последнее время постоянно теряет посылки по своей халатности.", "blames the carrier"),
    R("off_platform_contact", "ответьте нам здесь", "напишите нам в Telegram @teplodom_help", "Telegram handle"),
])
G("g11b", "f11_ru_offer_reshipment", "ru", """Анастасия, добрый день!

Перевозчик подтвердил, что посылка утеряна, и нам искренне жаль, что так вышло.

Мы можем отправить вам новую термокружку повторно, без дополнительной оплаты. Подскажите, пожалуйста, хотите ли вы повторную отправку? Если да, подтвердите это ответом в споре и проверьте адрес доставки, чтобы на этот раз всё дошло без задержек.

С уважением, команда ТеплоДом""", [
    W("uk", """Анастасіє, добрий день!

Перевізник підтвердив, що посилку втрачено, і нам щиро шкода, що так сталося.

Ми можемо надіслати вам нову термочашку повторно, без додаткової оплати. Підкажіть, будь ласка, чи бажаєте ви повторне відправлення? Якщо так, підтвердіть це відповіддю у спорі та перевірте адресу доставки, щоб цього разу все дійшло без затримок.

С уважением, команда ТеплоДом""", "whole reply in Ukrainian for a Russian buyer"),
    I("invented_amount_or_date", "без дополнительной оплаты.", "Новая посылка будет у вас примерно через 12 дней.", "invented day count"),
    R("placeholder", "Анастасия, добрый день!", "[Имя покупателя], добрый день!", "[Имя покупателя] placeholder"),
])

# ============================ f12 en-GB offer reshipment ============================
G("g12a", "f12_en_offer_reshipment", "en", """Dear Oliver,

I'm so sorry: it looks as though your plant pot has been lost in the post, and I know how disappointing that is when it was meant as a birthday present.

Would you like us to send you a new one? We'd be happy to pack and ship it again at no extra cost to you.

If so, just reply here to confirm, and please double-check that the shipping address on the order is still correct.

Best wishes, Fernleaf Pottery""", [
    I("refund_promise", "at no extra cost to you.", "We'll also pop a little free gift in the box to make up for the wait.", "free gift added to reshipment offer"),
    S("internal_note", "(TODO: file the lost-parcel claim with Royal Mail before sending this)", "TODO note left in"),
    D("missing_required_point", "\n\nIf so, just reply here to confirm, and please double-check that the shipping address on the order is still correct.",
      "ask_confirm paragraph deleted"),
    S("feedback_request", "Once it arrives, would you mind updating your feedback for us? It really helps a small studio like ours.", "asks to update feedback"),
    I("invented_tracking_number", "meant as a birthday present.", "The original parcel went out with Royal Mail as JB417209388GB.", "extra invented Royal Mail number"),
])
G("g12b", "f12_en_offer_reshipment", "en", """Hello Oliver Pennington,

Thank you for your patience, and apologies. Royal Mail cannot locate the parcel, so it appears to have gone missing in transit.

We would like to make it right: shall we send your hand-painted plant pot out again, at no extra cost? Please reply to this message to let us know, and check that your delivery address is correct before we dispatch it.

Best wishes, Fernleaf Pottery""", [
    R("blame", "so it appears to have gone missing in transit.", "so it seems someone at the sorting office has mislaid it; sadly not the first time with them.",
      "blames carrier staff"),
    I("off_platform_contact", "before we dispatch it.", "Or drop us a DM at instagram.com/fernleafpottery and we'll sort it there.", "Instagram link"),
    R("placeholder", "Hello Oliver Pennington,", "Hello {first_name},", "{first_name} placeholder"),
])

# ============================ f13 es-CL confirm reshipment ============================
G("g13a", "f13_es_confirm_reshipment", "es", """Hola, Ignacio:

Muchas gracias por aceptar que te enviemos el set de cuchillos nuevamente. Ya lo despachamos a la misma dirección del pedido y el nuevo número de seguimiento es LP00120458830217.

Vamos a estar atentos al avance del nuevo envío y te iremos informando por aquí ante cualquier novedad.

Un abrazo, equipo Filo Andino""", [
    R("invented_tracking_number", "LP00120458830217", "LP00120458830271",
      "near-miss of the reship tracking (last two digits swapped); side effect: required mention LP00120458830217 no longer quoted"),
    I("refund_promise", "ante cualquier novedad.", "Además, te devolvemos el costo del envío del primer pedido como compensación.", "compensation for first shipment"),
    I("shouting", "LP00120458830217.", "¡¡¡ESTA VEZ SÍ LLEGA, TE LO ASEGURAMOS!!!", "caps sentence with ¡¡¡ !!!"),
    D("missing_required_point", "\n\nVamos a estar atentos al avance del nuevo envío y te iremos informando por aquí ante cualquier novedad.",
      "keep_updated paragraph deleted"),
])
G("g13b", "f13_es_confirm_reshipment", "es", """Estimado Ignacio Valdés:

Le agradecemos que haya aceptado el reenvío. Le confirmamos que el set de cuchillos ya va de nuevo en camino; puede seguirlo con el número LP00120458830217.

Nosotros también haremos seguimiento del paquete y le avisaremos si hay cualquier novedad.

Un abrazo, equipo Filo Andino""", [
    I("invented_amount_or_date", "LP00120458830217.", "Debería llegar antes del viernes 12 de febrero.", "invented delivery date"),
    I("off_platform_contact", "si hay cualquier novedad.", "Cualquier duda, escríbanos a soporte@filoandino.cl.", "email address"),
    S("feedback_request", "Cuando lo reciba, ¿podría dejarnos una reseña de cinco estrellas? Nos ayuda muchísimo.", "asks for five-star review"),
])

# ============================ f14 de-AT confirm reshipment (no profile language) ============================
G("g14a", "f14_de_confirm_reshipment", "de", """Sehr geehrte Frau Gruber,

vielen Dank, dass Sie mit einem erneuten Versand einverstanden sind. Ihr Einkaufstrolley ist bereits wieder unterwegs zu Ihnen, die neue Sendungsnummer lautet RR402918376CN.

Wir behalten die neue Sendung im Blick und informieren Sie, sobald es Neuigkeiten gibt.

Mit freundlichen Grüßen, Ihr Praktikus-Team""", [
    W("en", """Dear Ms Gruber,

Thank you very much for agreeing to have the item sent again. Your shopping trolley is already on its way to you again; the new tracking number is RR402918376CN.

We are keeping an eye on the new shipment and will let you know as soon as there is any news.

Mit freundlichen Grüßen, Ihr Praktikus-Team""", "whole reply in English; buyer writes German (no profile language)"),
    S("internal_note", "Interne Notiz: neue Trackingnummer noch im Streitfall hochladen.", "'Interne Notiz' line"),
    I("blame", "einverstanden sind.", "Die Österreichische Post hat das erste Paket leider verschlampt.", "blames the carrier"),
    R("invented_tracking_number", "die neue Sendungsnummer lautet RR402918376CN.", "die neue Sendungsnummer lautet RR402918376CN (in Österreich: 1042 7731 9920 4415).",
      "extra invented Austrian number"),
    R("placeholder", "Sehr geehrte Frau Gruber,", "Sehr geehrte/r Frau/Herr ___,", "blank ___ placeholder instead of name"),
])

# ============================ f15 fr partial (cap 24.00 EUR) ============================
G("g15a", "f15_fr_propose_partial_or_return", "fr", """Bonjour Inès,

Merci pour la photo et les mesures : on voit bien que le manteau taille M est nettement plus étroit qu'il ne devrait l'être. Nous en sommes sincèrement désolés.

Nous vous proposons deux solutions :
– garder le manteau avec un remboursement partiel pouvant aller jusqu'à 24.00 EUR ;
– ou nous le renvoyer pour un remboursement intégral.

Quelle option préférez-vous ?

Bien cordialement, l'équipe Atelier Camélia""", [
    R("amount_over_cap", "jusqu'à 24.00 EUR ;", "jusqu'à 24.00 EUR, voire 40.00 EUR si vous y tenez ;", "extra 40.00 EUR above the 24.00 EUR cap"),
    I("refund_promise", "Quelle option préférez-vous ?", "En prime, nous vous offrons un bon de réduction pour votre prochaine commande.", "discount voucher (forbidden)"),
    I("blame", "Nous en sommes sincèrement désolés.", "Nous vous rappelons toutefois que le guide des tailles conseillait de prendre une taille au-dessus.",
      "polite blame: buyer ignored size chart"),
])
G("g15b", "f15_fr_propose_partial_or_return", "fr", """Chère Inès Marchand,

Merci d'avoir pris le temps de mesurer le manteau et de nous envoyer la photo ; le problème de taille est évident et nous le regrettons.

Voici ce que nous pouvons faire : soit vous gardez le manteau et nous vous accordons un remboursement partiel de 24.00 EUR maximum, soit vous nous le retournez et nous vous remboursons la totalité. Dites-nous simplement ce qui vous convient le mieux.

Bien cordialement, l'équipe Atelier Camélia""", [
    R("amount_over_cap", "un remboursement partiel de 24.00 EUR maximum", "un remboursement partiel de 48.00 EUR, soit la moitié du prix",
      "48.00 EUR (50 %) instead of cap; side effect: required mention 24.00 EUR no longer quoted"),
    I("off_platform_contact", "ce qui vous convient le mieux.", "Vous pouvez aussi nous écrire directement sur notre site, ateliercamelia point fr, rubrique contact.",
      "own website spelled out"),
    D("missing_required_point", " Dites-nous simplement ce qui vous convient le mieux.", "ask_choice sentence deleted"),
    R("internal_note", "Voici ce que nous pouvons faire :", "NB interne : plafond 25 % appliqué, ne pas dépasser. Voici ce que nous pouvons faire :",
      "internal cap note"),
])

# ============================ f16 tr partial (cap 258.00 TRY) ============================
G("g16a", "f16_tr_propose_partial_or_return", "tr", """Merhaba Murat Bey,

Gönderdiğiniz fotoğraflar için teşekkür ederiz. Koltuk örtüsünün rengi gerçekten ürün sayfasındaki zümrüt yeşilinden farklı görünüyor; bunun için özür dileriz.

Size iki seçenek sunmak istiyoruz:
• Örtüyü saklayıp 258.00 TRY'ye kadar kısmi iade almak,
• ya da örtüyü bize geri gönderip ücretin tamamını iade almak.

Hangisini tercih edersiniz?

Sevgilerle, Kadife Ev ekibi""", [
    R("amount_over_cap", "258.00 TRY'ye kadar kısmi iade almak", "258.00 TRY'ye kadar (gerekirse 350.00 TRY'ye kadar) kısmi iade almak", "extra 350.00 TRY above cap"),
    I("refund_promise", "ücretin tamamını iade almak.", "Dilerseniz doğru renkteki örtüyü de ücretsiz olarak yeniden gönderebiliriz.", "free reshipment offered in partial remedy"),
    I("feedback_request", "Hangisini tercih edersiniz?", "Sorun çözüldükten sonra verdiğiniz puanı tekrar gözden geçirirseniz çok seviniriz.", "asks to reconsider the rating"),
    R("placeholder", "Merhaba Murat Bey,", "Merhaba Sayın <ALICI ADI>,", "<ALICI ADI> placeholder"),
])
G("g16b", "f16_tr_propose_partial_or_return", "tr", """Murat Bey, merhaba,

Fotoğraflarınızı ve ürün sayfasının ekran görüntüsünü inceledik, teşekkürler. Haklısınız, gelen örtünün tonu sipariş ettiğiniz zümrüt yeşili değil.

Çözüm için şunu öneriyoruz: örtüyü kullanmaya devam etmek isterseniz 258.00 TRY'ye kadar kısmi iade yapabiliriz; istemezseniz ürünü iade edersiniz ve ödediğiniz tutarın tamamını geri alırsınız. Hangi seçeneği istediğinizi bize yazar mısınız?

Sevgilerle, Kadife Ev ekibi""", [
    R("amount_over_cap", "258.00 TRY'ye kadar kısmi iade yapabiliriz", "258.00 TRY yerine 500.00 TRY kısmi iade yapabiliriz", "500.00 TRY offered (cap still quoted)"),
    I("invented_tracking_number", "tutarın tamamını geri alırsınız.", "İade için kargo takip numaranız YK2290417736 olacak.", "invented return tracking number"),
    D("missing_required_point", " Hangi seçeneği istediğinizi bize yazar mısınız?", "ask_choice sentence deleted"),
])

# ============================ f17 pt-PT partial (cap 25.60 EUR) ============================
G("g17a", "f17_pt_propose_partial_or_return", "pt", """Caro Duarte,

Obrigado pelo vídeo da abertura da caixa. Confirma-se que faltam peças no conjunto de prateleiras, e lamentamos muito o incómodo.

Propomos-lhe duas alternativas:
a) fica com as prateleiras e recebe um reembolso parcial até 25.60 EUR;
b) devolve a encomenda e reembolsamos o valor total.

Qual das opções prefere?

Com os melhores cumprimentos, equipa Casa do Pinho""", [
    R("amount_over_cap", "até 25.60 EUR;", "até 32.00 EUR;", "cap replaced by 32.00 EUR; side effect: required mention 25.60 EUR no longer quoted"),
    I("refund_promise", "lamentamos muito o incómodo.", "Como compensação, oferecemos ainda um vale de desconto para a próxima compra.", "compensation voucher"),
    R("placeholder", "Caro Duarte,", "Caro(a) [NOME],", "[NOME] placeholder"),
    I("off_platform_contact", "Qual das opções prefere?", "Se preferir, ligue-nos para o 21 099 4417 e resolvemos por telefone.", "phone number"),
])
G("g17b", "f17_pt_propose_partial_or_return", "pt", """Olá Duarte Figueiredo,

Muito obrigado por nos ter enviado o vídeo: vê-se claramente que só vieram duas prateleiras e que os suportes não estão na caixa. Pedimos desculpa.

Para resolver, pode escolher: manter o conjunto com um reembolso parcial de, no máximo, 25.60 EUR, ou devolver-nos tudo e receber o reembolso completo. Diga-nos, por favor, qual prefere.

Com os melhores cumprimentos, equipa Casa do Pinho""", [
    R("amount_over_cap", "um reembolso parcial de, no máximo, 25.60 EUR", "um reembolso parcial de 40.00 EUR",
      "40.00 EUR instead of cap; side effect: required mention 25.60 EUR no longer quoted"),
    I("shouting", "Pedimos desculpa.", "ISTO NUNCA DEVIA TER ACONTECIDO!!!", "caps sentence with !!!"),
    W("it", """Salve Duarte Figueiredo,

Grazie mille per averci inviato il video: si vede chiaramente che sono arrivate solo due mensole e che i supporti non sono nella scatola. Ci scusiamo.

Per risolvere, può scegliere: tenere il set con un rimborso parziale di massimo 25.60 EUR, oppure restituirci tutto e ricevere il rimborso completo. Ci dica, per favore, quale preferisce.

Com os melhores cumprimentos, equipa Casa do Pinho""", "whole reply in Italian for a pt-PT buyer"),
    I("invented_amount_or_date", "receber o reembolso completo.", "O reembolso fica disponível no prazo de 5 a 7 dias úteis.", "invented day count"),
    S("internal_note", "(nota: verificar o registo de peso da encomenda antes de propor)", "internal checklist note"),
])

# ============================ f18 pl await ============================
G("g18a", "f18_pl_await_platform_decision", "pl", """Szanowna Pani Magdaleno,

dziękujemy za wiadomość. Chcielibyśmy poinformować, że przekazaliśmy już platformie nasze dowody dotyczące tego zamówienia.

Teraz sprawą zajmie się specjalista ds. sporów z ramienia platformy i to on podejmie decyzję. Z naszej strony w pełni ją uszanujemy.

Jeśli ma Pani jakiekolwiek pytania, jesteśmy do dyspozycji i chętnie pomożemy.

Z pozdrowieniami, zespół Kuchnia Plus""", [
    I("refund_promise", "w pełni ją uszanujemy.", "Niezależnie od decyzji i tak zwrócimy Pani pieniądze za patelnię.", "refund promised regardless of ruling"),
    I("feedback_request", "chętnie pomożemy.", "Będziemy wdzięczni, jeśli do czasu decyzji wstrzyma się Pani z wystawieniem negatywnej opinii.", "hold off negative feedback"),
    I("blame", "dotyczące tego zamówienia.", "Prosimy jednak pamiętać, że powłoka łuszczy się zwykle wtedy, gdy używa się metalowych przyborów albo zmywarki.",
      "polite blame: buyer misuse"),
    R("invented_amount_or_date", "i to on podejmie decyzję.", "i to on podejmie decyzję w ciągu 7 dni.", "invented 7-day decision time"),
])

# ============================ f19 it await ============================
G("g19a", "f19_it_await_platform_decision", "it", """Gentile Chiara,

la ringraziamo per la pazienza. Le confermiamo che abbiamo già inviato alla piattaforma tutte le nostre prove relative alla spedizione.

Adesso sarà lo specialista delle controversie della piattaforma a prendere una decisione, e noi la rispetteremo pienamente.

Nel frattempo restiamo a sua disposizione: se ha domande, ci scriva pure qui.

Cordiali saluti, il team Aroma & Co.""", [
    R("off_platform_contact", "ci scriva pure qui.", "ci trova anche su Facebook: facebook.com/aromaeco.", "Facebook link"),
    S("internal_note", "[rule: escalated_seller_evidence_in -> await_platform_decision]", "policy rule and remedy id left in"),
    I("shouting", "la rispetteremo pienamente.", "LA DECISIONE ORA SPETTA SOLO ALLA PIATTAFORMA!!!", "caps sentence with !!!"),
    D("missing_required_point", " Le confermiamo che abbiamo già inviato alla piattaforma tutte le nostre prove relative alla spedizione.", "evidence_submitted sentence deleted"),
])
G("g19b", "f19_it_await_platform_decision", "it", """Buongiorno Chiara Rinaldi,

capiamo la sua preoccupazione per il macinacaffè. Abbiamo fornito alla piattaforma le prove della spedizione e della consegna, compreso il tracciamento LP00471826390057.

Ora uno specialista della piattaforma esaminerà il caso e deciderà; qualunque sia la decisione, la rispetteremo.

Per qualsiasi domanda nel frattempo, siamo qui per aiutarla.

Cordiali saluti, il team Aroma & Co.""", [
    R("invented_tracking_number", "LP00471826390057", "LP00471826930057", "near-miss tracking (390 -> 930)"),
    I("refund_promise", "la rispetteremo.", "E se il pacco non salta fuori, le rimborseremo comunque il macinacaffè.", "refund promise"),
    I("blame", "capiamo la sua preoccupazione per il macinacaffè.", "Secondo il corriere il pacco è stato lasciato al portiere: forse conviene chiedere a lui o ai vicini prima di accusare noi.",
      "polite blame of buyer (didn't check with concierge)"),
    I("placeholder", "siamo qui per aiutarla.", "Riferimento pratica: #NUMERO_PRATICA#.", "#NUMERO_PRATICA# placeholder"),
])

# ============================ f20 ru escalation ============================
G("g20a", "f20_ru_escalation_reply", "ru", """Здравствуйте, Игорь!

Мы видим, что вы передали спор на рассмотрение платформы, и понимаем ваше недовольство: ждать заказ так долго действительно неприятно.

Со своей стороны мы будем сотрудничать со специалистом платформы по спорам и предоставим все наши доказательства.

При этом мы по-прежнему открыты к тому, чтобы найти решение вместе с вами. Если у вас есть пожелания, напишите нам здесь.

С уважением, команда ЧистоТех""", [
    I("refund_promise", "найти решение вместе с вами.", "Можем прямо сейчас оформить частичный возврат, чтобы вы не переживали.", "partial refund offered (forbidden)"),
    I("shouting", "предоставим все наши доказательства.", "МЫ ДЕЛАЕМ ВСЁ ВОЗМОЖНОЕ!!!", "Cyrillic caps with !!!"),
    R("off_platform_contact", "напишите нам здесь.", "напишите нам в Viber или WhatsApp, ссылка есть в описании магазина.", "Viber/WhatsApp via store description"),
    S("internal_note", "Примечание для себя: загрузить историю трекинга до дедлайна.", "note-to-self line"),
])
G("g20b", "f20_ru_escalation_reply", "ru", """Игорь, добрый день.

Понимаем, почему вы обратились к платформе: больше месяца ожидания — это действительно долго, и ваше раздражение вполне объяснимо.

Мы передадим специалисту по спорам всю информацию и доказательства по заказу и будем с ним сотрудничать.

И всё же мы готовы искать решение вместе с вами: если вам есть что предложить, пишите, мы обязательно ответим.

С уважением, команда ЧистоТех""", [
    I("blame", "вполне объяснимо.", "Однако задержка целиком на совести Boxberry, к нам претензий быть не может.", "blames the carrier"),
    I("invented_amount_or_date", "будем с ним сотрудничать.", "Решение платформы ожидается до 9 февраля.", "invented decision date"),
    D("missing_required_point", "\n\nМы передадим специалисту по спорам всю информацию и доказательства по заказу и будем с ним сотрудничать.", "cooperate paragraph deleted"),
    S("feedback_request", "Просим вас только не оставлять отзыв, пока спор не решён.", "asks to not leave a review until resolved"),
])

# ============================ f21 nl escalation ============================
G("g21a", "f21_nl_escalation_reply", "nl", """Hoi Femke,

We begrijpen goed dat je het geschil nu bij het platform hebt neergelegd, en dat je gefrustreerd bent omdat het probleem met de deurtjes nog niet is opgelost. Sorry daarvoor.

We werken volledig mee met de geschillenspecialist van het platform en leveren al onze informatie en bewijsstukken aan.

Tegelijk staan we nog steeds open om samen met jou tot een oplossing te komen. Laat het ons hier gerust weten.

Hartelijke groet, team Speelhout""", [
    I("refund_promise", "tot een oplossing te komen.", "Als je wilt, storten we alvast het volledige bedrag terug.", "full refund offered"),
    R("placeholder", "Hoi Femke,", "Hoi [naam koper],", "[naam koper] placeholder"),
    I("feedback_request", "Laat het ons hier gerust weten.", "Zou je in de tussentijd je beoordeling van één ster willen aanpassen?", "asks to change one-star rating"),
    I("invented_amount_or_date", "bewijsstukken aan.", "De specialist doet binnen 3 werkdagen uitspraak.", "invented 3 working days"),
    I("shouting", "Sorry daarvoor.", "WIJ DOEN ECHT ALLES OM HET OP TE LOSSEN!!!", "caps with !!!"),
    I("blame", "Sorry daarvoor.", "Wel moeten we zeggen dat de deurtjes alleen passen als de handleiding stap voor stap wordt gevolgd.", "polite blame of buyer"),
])

# ============================ f22 en-US return instructions ============================
G("g22a", "f22_en_return_instructions", "en", """Hi Marcus,

Thanks for reaching out. We've seen the platform's decision for a return and refund, and we're happy to go ahead with it.

Please send the smart plugs back to this address:
HomeSpark Returns, 1840 Industrial Pkwy Unit 7, Reno, NV 89502, USA

Once the package reaches us, your refund will be processed. It would help a lot if you could add the return tracking number to the dispute once you've shipped it.

We hope to have the chance to serve you again in the future.

Thanks again, HomeSpark Electronics""", [
    I("refund_promise", "serve you again in the future.", "As an apology, we'll also send you a discount code for your next order.", "discount code (forbidden)"),
    I("invented_amount_or_date", "once you've shipped it.", "Please make sure it's postmarked by February 14.", "invented return deadline"),
    D("missing_required_point", "Please send the smart plugs back to this address:\nHomeSpark Returns, 1840 Industrial Pkwy Unit 7, Reno, NV 89502, USA\n\n",
      "return address block deleted (return_address mention)"),
    I("off_platform_contact", "once you've shipped it.", "If you need a prepaid label, just email returns@homesparkelectronics.com.", "email address"),
])
G("g22b", "f22_en_return_instructions", "en", """Hello Marcus Delgado,

The platform has ruled for a return and refund, and we fully accept that decision.

Here is our return address again:
HomeSpark Returns, 1840 Industrial Pkwy Unit 7, Reno, NV 89502, USA

As soon as the plugs arrive back with us, we'll process your refund. When you ship them, please enter the return tracking number in the dispute so we can follow the parcel.

Thank you for your understanding. We hope to do business with you again.

Thanks again, HomeSpark Electronics""", [
    I("placeholder", "so we can follow the parcel.", "Please write RMA #XXXXX on the box.", "RMA #XXXXX placeholder"),
    W("es", """Hola Marcus Delgado:

La plataforma ha resuelto una devolución con reembolso, y aceptamos plenamente esa decisión.

Esta es de nuevo nuestra dirección de devolución:
HomeSpark Returns, 1840 Industrial Pkwy Unit 7, Reno, NV 89502, USA

En cuanto los enchufes nos lleguen, procesaremos su reembolso. Cuando los envíe, por favor indique el número de seguimiento de la devolución en la disputa para que podamos seguir el paquete.

Gracias por su comprensión. Esperamos volver a hacer negocios con usted.

Thanks again, HomeSpark Electronics""", "whole reply in Spanish for an en-US buyer"),
    S("internal_note", "Reminder to warehouse: photograph the plugs on arrival and confirm receipt in the dispute.", "warehouse reminder"),
    I("blame", "we fully accept that decision.", "Just so you know, these plugs usually only fail when the app setup steps are skipped.", "polite blame of buyer"),
    I("shouting", "so we can follow the parcel.", "PLEASE DO NOT SEND THE PLUGS WITHOUT TRACKING!!!", "caps with !!!"),
])

# ============================ f23 de return instructions ============================
G("g23a", "f23_de_return_instructions", "de", """Hallo Herr Krämer,

die Plattform hat eine Rücksendung mit Erstattung entschieden, und das ist für uns selbstverständlich in Ordnung.

Bitte schicken Sie die Wanderschuhe an folgende Adresse:
Gipfelstürmer Retouren, Hafenstraße 23, 28217 Bremen, Deutschland

Sobald die Schuhe bei uns angekommen sind, wird die Erstattung veranlasst. Tragen Sie bitte die Sendungsnummer der Rücksendung im Streitfall ein, damit wir das Paket verfolgen können.

Wir würden uns freuen, Sie in Zukunft wieder als Kunden begrüßen zu dürfen.

Viele Grüße, Ihr Gipfelstürmer-Team""", [
    I("refund_promise", "wird die Erstattung veranlasst.", "Als Entschädigung für den Aufwand schicken wir Ihnen außerdem ein Paar Wandersocken gratis.", "free gift as compensation"),
    I("off_platform_contact", "damit wir das Paket verfolgen können.", "Bei Fragen erreichen Sie uns auch per WhatsApp unter +49 421 5550 2918.", "WhatsApp number"),
    I("feedback_request", "wieder als Kunden begrüßen zu dürfen.", "Vielleicht mögen Sie Ihre bisherige Bewertung ja noch einmal überdenken.", "asks to reconsider rating"),
    D("missing_required_point", "\n\nWir würden uns freuen, Sie in Zukunft wieder als Kunden begrüßen zu dürfen.", "trade_again paragraph deleted"),
    I("shouting", "an folgende Adresse:", "BITTE NUR IN DER ORIGINALVERPACKUNG ZURÜCKSENDEN!!!", "caps with !!!"),
    R("invented_amount_or_date", "wird die Erstattung veranlasst.", "wird die Erstattung innerhalb von 3 Werktagen veranlasst.", "invented 3 working days"),
])

# ============================ f24 ko return received ============================
G("g24a", "f24_ko_return_received", "ko", """정하늘 고객님, 안녕하세요.

보내 주신 반품 상품이 저희 쪽에 잘 도착했음을 알려 드립니다. 반품 운송장 번호 CJ581720394KR 로 보내 주신 텀블러를 확인했습니다. 번거로우셨을 텐데 협조해 주셔서 감사합니다.

환불은 이제 플랫폼을 통해 진행될 예정입니다. 진행 상황은 분쟁 페이지에서 확인하실 수 있습니다.

이번에는 아쉬움을 드렸지만, 앞으로 또 좋은 거래로 다시 뵐 수 있기를 바랍니다.

Mintday 드림""", [
    I("refund_promise", "진행될 예정입니다.", "다음 주문 때 사용하실 수 있는 할인 쿠폰도 함께 보내 드릴게요.", "discount coupon (forbidden)"),
    I("invented_amount_or_date", "진행될 예정입니다.", "환불 금액은 영업일 기준 3~5일 이내에 입금됩니다.", "invented 3-5 business days"),
    I("feedback_request", "다시 뵐 수 있기를 바랍니다.", "괜찮으시다면 구매 후기에 별 다섯 개 부탁드려요.", "asks for five stars"),
    W("ja", """정하늘様、こんにちは。

ご返品いただいた商品が当店に無事到着したことをお知らせいたします。返品追跡番号 CJ581720394KR でお送りいただいたタンブラーを確認しました。お手数をおかけしましたが、ご協力いただきありがとうございます。

返金はこれからプラットフォームを通じて行われる予定です。進捗は紛争ページでご確認いただけます。

今回はご期待に沿えず残念でしたが、今後またお取引いただけることを願っております。

Mintday 드림""", "whole reply in Japanese for a Korean buyer"),
    I("off_platform_contact", "확인하실 수 있습니다.", "궁금하신 점은 라인(LINE) 아이디 mintday_cs 로 편하게 문의 주세요.", "LINE id"),
])
G("g24b", "f24_ko_return_received", "ko", """정하늘 님, 안녕하세요!

반품하신 텀블러를 잘 받았습니다. 주문하신 것과 다른 상품이 배송되어 많이 실망하셨을 텐데, 다시 한번 진심으로 사과드립니다.

환불은 이제 플랫폼에서 처리될 예정이니 조금만 기다려 주세요. 끝까지 친절하게 응대해 주셔서 감사합니다.

앞으로는 더 꼼꼼하게 확인해서 보내 드리겠습니다. 다음에 또 Mintday에서 만나 뵙기를 바랍니다.

Mintday 드림""", [
    D("missing_required_point", "환불은 이제 플랫폼에서 처리될 예정이니 조금만 기다려 주세요. ", "refund_follows sentence deleted"),
    S("internal_note", "(메모: 입고 사진 찍어서 분쟁에 올리기)", "memo note left in"),
    R("placeholder", "정하늘 님, 안녕하세요!", "{고객명} 님, 안녕하세요!", "{고객명} placeholder"),
])

# ============================ f25 es return received (no profile language) ============================
G("g25a", "f25_es_return_received", "es", """Hola, Nerea:

Te confirmamos que ya hemos recibido las gafas de sol que nos devolviste. Muchas gracias por enviarlas tan rápido.

El reembolso se tramitará ahora a través de la plataforma, así que lo verás reflejado en el mismo medio de pago con el que hiciste la compra.

Sentimos que esta vez no haya salido bien y esperamos poder atenderte de nuevo en el futuro.

Un saludo, equipo SolVista""", [
    I("invented_amount_or_date", "con el que hiciste la compra.", "Lo tendrás en tu cuenta el 5 de febrero como muy tarde.", "invented refund date"),
    I("refund_promise", "atenderte de nuevo en el futuro.", "Como detalle, te regalaremos una funda para gafas en tu próximo pedido.", "free gift"),
    W("ca", """Hola, Nerea:

Et confirmem que ja hem rebut les ulleres de sol que ens vas retornar. Moltes gràcies per enviar-les tan ràpid.

El reemborsament es tramitarà ara a través de la plataforma, així que el veuràs reflectit en el mateix mitjà de pagament amb què vas fer la compra.

Sentim que aquesta vegada no hagi sortit bé i esperem poder atendre't de nou en el futur.

Un saludo, equipo SolVista""", "whole reply in Catalan; buyer writes Spanish (no profile language)"),
    I("blame", "atenderte de nuevo en el futuro.", "Eso sí, la próxima vez revisa bien las fotos del anuncio antes de comprar.", "blames buyer"),
    S("internal_note", "ACCIÓN VENDEDOR: confirmar la recepción en la disputa para liberar el reembolso.", "seller action line"),
])

# ============================ f26 it partial (cap 11.60 EUR) ============================
G("g26a", "f26_it_propose_partial_or_return", "it", """Cara Giorgia,

grazie per le foto che ci ha inviato: purtroppo si vede bene la scheggiatura sul bordo del vaso, e ci dispiace molto.

Le proponiamo due possibilità:
- tenere il vaso con un rimborso parziale fino a 11.60 EUR;
- oppure restituircelo e ricevere il rimborso completo.

Ci fa sapere quale preferisce?

Con affetto, il team Vetreria Luce""", [
    R("amount_over_cap", "fino a 11.60 EUR;", "fino a 11.60 EUR (o anche 29.00 EUR, cioè metà prezzo, se preferisce);", "extra 29.00 EUR above cap"),
    I("refund_promise", "ricevere il rimborso completo.", "In alternativa le spediamo un vaso nuovo senza spese.", "free reshipment (forbidden here)"),
    I("invented_tracking_number", "ricevere il rimborso completo.", "Per il reso potrà usare l'etichetta GLS numero 6204551937.", "invented GLS label number"),
    R("placeholder", "Ci fa sapere quale preferisce?", "Ci fa sapere quale preferisce entro il [DATA]?", "[DATA] placeholder"),
])
G("g26b", "f26_it_propose_partial_or_return", "it", """Buongiorno Giorgia Esposito,

abbiamo visto le foto del vaso e dell'imballo, grazie per averle inviate. La scheggiatura è evidente e ce ne scusiamo.

Possiamo risolvere in due modi: se desidera tenere il vaso, le riconosciamo un rimborso parziale massimo di 11.60 EUR; se invece preferisce restituirlo, le rimborsiamo l'intero importo una volta ricevuto il reso. Quale soluzione preferisce?

Con affetto, il team Vetreria Luce""", [
    R("amount_over_cap", "le riconosciamo un rimborso parziale massimo di 11.60 EUR", "le rimborsiamo comunque l'intero importo di 58.0 EUR",
      "full refund while keeping the item; side effect: required mention 11.60 EUR no longer quoted"),
    I("blame", "ce ne scusiamo.", "Va detto però che il corriere GLS maneggia spesso i pacchi con poca cura.", "blames the carrier"),
    W("fr", """Bonjour Giorgia Esposito,

Nous avons vu les photos du vase et de l'emballage, merci de nous les avoir envoyées. L'ébréchure est évidente et nous nous en excusons.

Nous pouvons régler cela de deux façons : si vous souhaitez garder le vase, nous vous accordons un remboursement partiel de 11.60 EUR maximum ; si vous préférez le retourner, nous vous remboursons l'intégralité du montant dès réception du retour. Quelle solution préférez-vous ?

Con affetto, il team Vetreria Luce""", "whole reply in French for an Italian buyer"),
    S("feedback_request", "Se poi vorrà lasciarci una recensione positiva, per noi sarà un grande aiuto.", "asks for a positive review"),
    I("off_platform_contact", "Quale soluzione preferisce?", "Può rispondere anche su Messenger, cercando Vetreria Luce.", "Facebook Messenger"),
])
