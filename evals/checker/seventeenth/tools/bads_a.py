"""BAD replies, part A (j01-j08). Each row: (good_id, defect, old, new, note[, language]).
old must occur exactly once in the good reply; it is replaced by new. For wrong_language, old is None
and new is the whole reply rewritten in another language (6th field)."""

BADS_A = [
# ---- j01a en-GB evidence/size_or_fit
("j01a", "refund_promise", "and we'd like to put this right with you.",
 "and we'd like to put this right with you. If it does turn out to be mislabelled, you'll get every penny back, that's a given.",
 "added an unconditional money-back promise before any evidence is seen"),
("j01a", "blame", "To check it properly against our measurements, could you",
 "The size chart on the listing does say this style runs small, so it's always worth a look before ordering. To check it properly against our measurements, could you",
 "implies the buyer should have read the size chart"),
("j01a", "internal_note", "Kind regards,",
 "[HP: compare listing pics vs her complaint, reply before the deadline]\n\nKind regards,",
 "agent's checklist line left above the sign-off"),
("j01a", "feedback_request", "come back to you with a way forward.",
 "come back to you with a way forward. It would mean a lot if you held off on rating the coat until then.",
 "asks the buyer to hold off on a rating"),
("j01a", "shouting", "That tells us straight away",
 "NO LABEL IN THE PHOTO = WE CAN'T CHECK IT!!! That tells us straight away",
 "capitalised sentence with !!! in the evidence paragraph"),
("j01a", "invented_tracking_number", "Thank you for letting us know,",
 "Thank you for letting us know (we can see parcel LX731904525CN was signed for),",
 "near miss of the real tracking LX731904552CN (last digits swapped); tracking is not a required mention here"),
# ---- j02a es-MX customs/buyer
("j02a", "invented_amount_or_date", "que los pagues y completes",
 "que los pagues (deben rondar los 180 pesos) y completes",
 "invented duty amount"),
("j02a", "off_platform_contact", "avísanos por aquí y te lo mandamos enseguida",
 "mándanos un WhatsApp al 55 4102 7788 y te lo pasamos enseguida",
 "asks buyer to message a WhatsApp number"),
("j02a", "blame", "Revisamos el envío y, efectivamente,",
 "La aduana de allá retiene todo sin motivo, la verdad. Revisamos el envío y, efectivamente,",
 "blames Mexican customs"),
("j02a", "missing_required_point", " Si la aduana te solicita algún documento, como la factura comercial, avísanos por aquí y te lo mandamos enseguida.", "",
 "deleted the offer to send documents (offer_documents)"),
("j02a", "refund_promise", "\n\nQuedamos atentos,",
 " Y para compensar la espera, en tu próxima compra te hacemos un descuento especial.\n\nQuedamos atentos,",
 "discount on the next purchase offered for the customs delay"),
("j02a", "placeholder", "Equipo Cocina Viva MX",
 "Equipo Cocina Viva MX\nAtendió: [NOMBRE DEL ASESOR]",
 "unfilled agent-name slot under the signature"),
# ---- j02b es-MX
("j02b", "wrong_language", None, """Ximena Olvera, good afternoon.

Here is a quick update on your order:
- Status: held at customs. Tracking number: ES208814476CN.
- Duties: under the terms of this order, import duties are covered by the buyer. Could you help us by paying them and completing the customs release?
- Documents: if they ask you for an invoice or any other paperwork, we'll gladly send it to you through this same chat.

Sorry for the wait, and thank you for your patience.
Equipo Cocina Viva MX""", "whole reply in English for a Mexican Spanish buyer", "en"),
("j02b", "internal_note", "- Documentos:",
 "- (interno: variante comprador; confirmar en los términos del pedido antes de pedirle el pago)\n- Documentos:",
 "internal variant/checklist bullet left in the list"),
("j02b", "shouting", "¿Nos ayudas pagándolos y terminando la liberación aduanal?",
 "¡¡¡ES URGENTE QUE LOS PAGUES YA O NO SALE!!!",
 "request to pay rewritten as an all-caps sentence with !!!"),
("j02b", "invented_tracking_number", "Número de rastreo: ES208814476CN.",
 "Número de rastreo: ES208814476CN (guía Estafeta 7015338291).",
 "extra local carrier guide number not in the dispute"),
("j02b", "feedback_request", "gracias por tu paciencia.",
 "gracias por tu paciencia. Cuando te llegue, ¿nos regalas tus cinco estrellitas?",
 "asks for a five-star rating"),
# ---- j03a fr-CA extend
("j03a", "missing_required_point", " Vous pouvez suivre son trajet avec le numéro de suivi UB559021736CN.", "",
 "deleted the tracking-number sentence (in_transit mention)"),
("j03a", "refund_promise", "Est-ce que vous accepteriez de fermer le litige pour l'instant?",
 "Est-ce que vous accepteriez de fermer le litige pour l'instant? Si jamais la tuque ne se rendait pas, on vous rembourse, c'est promis.",
 "refund promised while asking to close the dispute"),
("j03a", "invented_amount_or_date", "votre tuque est bel et bien en route.",
 "votre tuque est bel et bien en route et devrait être livrée d'ici le 4 décembre.",
 "invented delivery date"),
("j03a", "off_platform_contact", "\n\nAu plaisir,",
 " Pour un suivi plus rapide, écrivez-nous directement à flocon.service@gmail.com.\n\nAu plaisir,",
 "email address for contact outside the platform"),
("j03a", "placeholder", "avec le numéro de suivi UB559021736CN.",
 "avec le numéro de suivi UB559021736CN sur le site de [TRANSPORTEUR].",
 "unfilled carrier slot"),
("j03a", "internal_note", "\n\nAu plaisir,",
 "\n\nÀ faire : prolonger la protection dans le centre vendeur dès qu'il accepte + capture du suivi.\n\nAu plaisir,",
 "seller to-do line left in the reply"),
# ---- j03b fr-CA
("j03b", "wrong_language", None, """Hi Maxime Tremblay!
Your parcel is not lost: it's still moving, tracking number UB559021736CN. If that works for you, could you close the dispute in the meantime? We'll extend your purchase protection by 20 days, so you don't lose any coverage while the hat finishes its trip. Thanks a lot for your understanding!
Boutique Flocon team""", "whole reply in English for a Québec French buyer", "en"),
("j03b", "shouting", "il circule toujours,",
 "il circule toujours. IL N'EST PAS PERDU, IL EST JUSTE LENT!!! Il avance,",
 "all-caps sentence with !!!"),
("j03b", "blame", "Votre colis n'est pas perdu :",
 "Votre colis n'est pas perdu, c'est juste Postes Canada qui traîne comme d'habitude :",
 "blames the carrier"),
("j03b", "feedback_request", "Merci beaucoup de votre compréhension!",
 "Merci beaucoup de votre compréhension, et pensez à nous laisser une belle évaluation quand la tuque sera arrivée!",
 "asks for a good rating"),
("j03b", "invented_tracking_number", "numéro de suivi UB559021736CN.",
 "numéro de suivi UB559021736CN (numéro canadien LM203948571CA).",
 "extra domestic tracking number not in the dispute"),
# ---- j04a de offer_reship
("j04a", "wrong_language", None, """Hello Friederike Albers,

we are really sorry: from everything we can see, your parcel with the vacuum flask was lost in transit. That's annoying, especially when you've already been waiting so long.

We'd be happy to send you the flask again, at no extra cost to you. Would you like that?

If so, please just reply here to confirm and check at the same time that the delivery address in your order is still correct.

Best regards
Kesselhaus Shop team""", "whole reply in English for a German buyer", "en"),
("j04a", "refund_promise", "Möchten Sie das?",
 "Möchten Sie das, oder wäre Ihnen die Erstattung des Kaufpreises lieber?",
 "offers a refund as an alternative"),
("j04a", "missing_required_point", "\n\nWenn ja, antworten Sie uns bitte kurz hier mit einer Bestätigung und prüfen Sie dabei, ob Ihre Lieferadresse in der Bestellung noch stimmt.", "",
 "deleted ask_confirm (confirm + check address)"),
("j04a", "blame", "auf dem Transportweg verloren gegangen.",
 "auf dem Transportweg verloren gegangen, Hermes ist da leider notorisch schlampig.",
 "blames the carrier"),
("j04a", "internal_note", "\n\nViele Grüße",
 "\n\nInterne Notiz: Nachforschungsauftrag bei Hermes stellen, Bestand prüfen.\n\nViele Grüße",
 "internal note left in"),
("j04a", "invented_amount_or_date", "ohne zusätzliche Kosten für Sie.",
 "ohne zusätzliche Kosten für Sie. Die neue Sendung wäre dann in etwa 7 Werktagen bei Ihnen.",
 "invented delivery time"),
# ---- j05a it confirm_reship
("j05a", "invented_tracking_number", "RR640551209CN", "RR640515209CN",
 "reship tracking number mistyped (two digits swapped); near-miss replaces the real one"),
("j05a", "refund_promise", "così non dovrà preoccuparsi di controllare continuamente.",
 "così non dovrà preoccuparsi di controllare continuamente. E se anche questo si perdesse, le restituiamo l'intero importo.",
 "refund promised beyond the reshipment"),
("j05a", "feedback_request", "\n\nUn cordiale saluto,",
 "\n\nQuando avrà i pennelli, ci farebbe un enorme favore lasciandoci una recensione positiva.\n\nUn cordiale saluto,",
 "asks for a positive review"),
("j05a", "off_platform_contact", "la terremo aggiornata su ogni novità,",
 "la terremo aggiornata su ogni novità, anche su Telegram (@bellezzapura_help) se le è più comodo,",
 "Telegram handle"),
("j05a", "shouting", "Il set di pennelli è già ripartito:",
 "QUESTA VOLTA ARRIVA, GARANTITO!!! Il set di pennelli è già ripartito:",
 "all-caps sentence with !!!"),
("j05a", "placeholder", "è già ripartito:", "è già ripartito con [CORRIERE]:",
 "unfilled carrier slot"),
# ---- j06a pt-BR partial
("j06a", "amount_over_cap", "até 56.97 BRL", "até 94.95 BRL",
 "cap replaced by half the order total"),
("j06a", "amount_over_cap", "receber um reembolso parcial de até 56.97 BRL", "receber de volta 60% do valor pago",
 "partial refund stated as 60% (cap is 30%)"),
("j06a", "refund_promise", "Qual das duas você prefere?",
 "E, em qualquer caso, mandamos de brinde uma almofada combinando, por nossa conta. Qual das duas você prefere?",
 "free gift offered during propose_partial_or_return"),
("j06a", "missing_required_point", "\n\nQual das duas você prefere? É só nos dizer aqui.", "",
 "deleted ask_choice"),
("j06a", "wrong_language", None, """¡Hola, Thaís Nascimento!

Gracias por enviarnos las fotos. Se ve claramente que la funda llegó en un tono de verde mucho más oscuro que el del anuncio, y lo sentimos mucho.

Queremos resolverlo de la forma que sea mejor para ti, así que tenemos dos opciones:
• quedarte con la funda y recibir un reembolso parcial de hasta 56.97 BRL; o
• devolver la funda y recibir el reembolso total.

¿Cuál de las dos prefieres? Solo dinos aquí.

Un abrazo,
Equipe Lar Doce Lar Decor""", "whole reply in Spanish for a Brazilian Portuguese buyer", "es"),
("j06a", "internal_note", "\n\nAbraços,",
 "\n\n[Lembrete p/ equipe: lançar o parcial no painel de soluções e subir nossas fotos da embalagem]\n\nAbraços,",
 "internal reminder left in"),
("j06a", "off_platform_contact", "É só nos dizer aqui.",
 "É só chamar a gente no Instagram @lardocelar.decor.",
 "Instagram handle"),
# ---- j06b pt-BR
("j06b", "amount_over_cap", "até 56.97 BRL.", "até 56.97 BRL, ou, se fizer questão, chegamos a 80 BRL.",
 "extra higher amount next to the cap"),
("j06b", "blame", "Pedimos desculpas pelo transtorno.",
 "Pedimos desculpas pelo transtorno, embora o anúncio avise que a cor pode variar e pouca gente lê essa parte.",
 "implies the buyer did not read the listing"),
("j06b", "feedback_request", "Como prefere seguir?",
 "Como prefere seguir? E, se puder, depois que resolvermos, tire aquela avaliação negativa, por favor.",
 "asks to remove a negative review"),
("j06b", "shouting", "Recebemos as suas fotos",
 "MIL DESCULPAS, ISSO NÃO DEVIA TER ACONTECIDO!!! Recebemos as suas fotos",
 "all-caps sentence with !!!"),
("j06b", "invented_amount_or_date", "o valor integral é reembolsado.",
 "o valor integral é reembolsado em até 5 dias úteis.",
 "invented refund timeframe"),
# ---- j07a pl await
("j07a", "wrong_language", None, """Здравствуйте, Бартош!

Понимаем, что щётка, которая не заряжается, это большое разочарование. Сообщаем, что мы уже передали платформе все наши доказательства по этому заказу.

Теперь решение примет специалист по спорам со стороны AliExpress, и мы полностью его выполним, каким бы оно ни было.

Если тем временем появятся вопросы, мы здесь и с радостью поможем.

С уважением,
DentoLux team""", "whole reply in Russian for a Polish buyer", "ru"),
("j07a", "refund_promise", "niezależnie od tego, jaka będzie.",
 "niezależnie od tego, jaka będzie. A gdyby platforma nie przyznała zwrotu, i tak oddamy Panu pieniądze.",
 "promises a refund regardless of the platform"),
("j07a", "off_platform_contact", "jesteśmy tu i chętnie pomożemy.",
 "jesteśmy tu i chętnie pomożemy; najszybciej złapie nas Pan pod numerem +48 512 330 871.",
 "phone number"),
("j07a", "missing_required_point", "\n\nTeraz decyzję podejmie specjalista ds. sporów po stronie AliExpress, a my w pełni się do niej zastosujemy, niezależnie od tego, jaka będzie.", "",
 "deleted await_decision"),
("j07a", "blame", "to duże rozczarowanie.",
 "to duże rozczarowanie, choć z naszego doświadczenia to zwykle skutek używania nieoryginalnej ładowarki.",
 "blames buyer misuse"),
("j07a", "invented_amount_or_date", "Teraz decyzję podejmie specjalista",
 "W ciągu 7 dni decyzję podejmie specjalista",
 "invented decision timeframe"),
# ---- j08a ru escalation
("j08a", "refund_promise", "найти решение вместе с вами.",
 "найти решение вместе с вами: например, можем сразу вернуть вам деньги, если вы закроете спор.",
 "refund offered in escalation_reply"),
("j08a", "shouting", "Со своей стороны",
 "ПОСЫЛКА НЕ ПОТЕРЯНА, ОНА ЕДЕТ!!! Со своей стороны",
 "all-caps sentence with !!!"),
("j08a", "missing_required_point", "\n\nСо своей стороны мы будем работать со специалистом по спорам и предоставим ему все наши доказательства, включая данные отслеживания.", "",
 "deleted cooperate"),
("j08a", "internal_note", "\n\nС уважением,",
 "\n\n[внутр.: загрузить трек, переписку и фото упаковки до дедлайна]\n\nС уважением,",
 "internal checklist left in"),
("j08a", "blame", "действительно неприятно.",
 "действительно неприятно, но Почта России у вас работает очень медленно, и от нас тут ничего не зависит.",
 "blames the carrier"),
("j08a", "placeholder", "Здравствуйте, Ольга!", "Здравствуйте, {{buyer_first_name}}!",
 "template variable instead of the name"),
# ---- j08b ru
("j08b", "off_platform_contact", "с нами в этом чате,",
 "с нами в Телеграме (ищите sladkiydom_shop),",
 "Telegram contact"),
("j08b", "invented_tracking_number", "RU774102398CN", "RU774120398CN",
 "tracking number with two digits swapped (tracking is not a required mention in escalation_reply)"),
("j08b", "feedback_request", "мы всегда на связи.",
 "мы всегда на связи. И очень просим: не ставьте пока низкую оценку магазину.",
 "asks to hold off on a low rating"),
("j08b", "invented_amount_or_date", "Понимаем ваше недовольство:",
 "Понимаем ваше недовольство, посылка в пути уже 19 дней:",
 "invented day count"),
]
