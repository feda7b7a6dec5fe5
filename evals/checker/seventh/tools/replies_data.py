"""Source of the seventh set's replies, all written by hand.

GOOD: good id -> (dispute stem, reply text).
BAD: one entry per bad reply: (good id, defect, old, new, note). The bad reply is the good reply
with `old` (which must occur exactly once) replaced by `new`. wrong_language rows instead give
("wrong_language", None, full text, note) plus the language the text is written in (LANG_OF_WL).
"""

GOOD = {}
BAD = []
WRONG_LANG = {}   # bad id -> (language, full text)


def good(gid, stem, text):
    assert gid not in GOOD, gid
    GOOD[gid] = (stem, text.strip("\n"))


def bad(gid, defect, old, new, note):
    BAD.append((gid, defect, old, new, note))


def wl(gid, lang, text, note):
    BAD.append((gid, "wrong_language", None, text.strip("\n"), note))
    WRONG_LANG[(gid, len(BAD))] = lang


# =====================================================================================
# v01 en-GB evidence_by_problem_type / counterfeit
# =====================================================================================
good("v01a", "v01_en_evidence", """
Dear Eleanor,

Thank you for getting in touch, and I'm sorry the watch has left you doubting whether it is genuine. That is not how we want anyone to feel about something they bought from us.

To look into it properly, could you please send us photos of the brand markings, labels and serial number? Close-ups of the logo on the dial and of the case back would be ideal, and you can attach them straight to the dispute.

As soon as the photos arrive, we will review them and come back to you with a solution.

Kind regards,
Harbour Lane Goods team
""")
bad("v01a", "refund_promise",
    "As soon as the photos arrive, we will review them",
    "If it does turn out not to be genuine, you will of course get your money back in full. As soon as the photos arrive, we will review them",
    "conditional full refund promised before the evidence is seen, inserted before the next-step sentence")
bad("v01a", "off_platform_contact",
    "and you can attach them straight to the dispute.",
    "and if the files are too big for the dispute page, just email them to support@harbourlanegoods.co.uk instead.",
    "email address offered instead of attaching to the dispute")
bad("v01a", "blame",
    "That is not how we want anyone to feel about something they bought from us.",
    "That said, the listing photos show exactly this dial, so it may simply be that you were expecting a more expensive model than the one you ordered.",
    "replaces the empathy sentence with an implication that the buyer misread what she bought")
bad("v01a", "placeholder",
    "Dear Eleanor,",
    "Dear [Customer First Name],",
    "greeting left as template placeholder")
bad("v01a", "internal_note",
    "come back to you with a solution.\n\n",
    "come back to you with a solution.\n\n(Internal - compare the listing snapshot with her complaint before replying; keep packing photos. Delete this line before sending.)\n\n",
    "agent's internal checklist line left in before the sign-off")
bad("v01a", "shouting",
    "That is not how we want anyone to feel about something they bought from us.",
    "That is not how we want anyone to feel about something they bought from us. WE ONLY EVER SELL ORIGINAL PRODUCTS!!!",
    "all-caps sentence with !!! appended to the first paragraph")

good("v01b", "v01_en_evidence", """
Hi Eleanor,

Sorry to hear the watch doesn't look right to you - we understand why that's worrying.

So we can check it, please add these to the dispute:
- a photo of the brand logo on the dial
- photos of any labels or tags that came with it
- a photo of the case back, where the serial number would normally be

Once we have them, we'll go through them straight away and get back to you with a way forward.

Harbour Lane Goods team
""")
bad("v01b", "missing_required_point",
    "\n\nOnce we have them, we'll go through them straight away and get back to you with a way forward.",
    "",
    "next_step point deleted: nothing says the seller will look at the photos and come back with a solution")
bad("v01b", "feedback_request",
    "get back to you with a way forward.",
    "get back to you with a way forward. In the meantime, please hold off on leaving any feedback until we've sorted this out together - every review counts for a small shop like ours.",
    "asks the buyer to hold off on feedback")
bad("v01b", "invented_amount_or_date",
    "we'll go through them straight away",
    "we'll go through them within 2 working days",
    "invented response time (2 working days) replaces 'straight away'")
bad("v01b", "invented_tracking_number",
    "we understand why that's worrying.",
    "we understand why that's worrying. We've checked the Royal Mail leg of the delivery too (reference RM418820375GB) and it shows the parcel arrived sealed.",
    "a Royal Mail reference number that is not in the dispute")

# =====================================================================================
# v02 tr evidence_by_problem_type / not_working
# =====================================================================================
good("v02a", "v02_tr_evidence", """
Merhaba Mert Bey,

Süpürgenizle ilgili yaşadığınız sorun için çok üzgünüz; birkaç saniye çalışıp kapanması gerçekten can sıkıcı olmalı.

Sorunu hızlıca inceleyebilmemiz için, cihazı açtığınız ve arızanın oluştuğu anı gösteren kısa bir video gönderebilir misiniz? Videoyu doğrudan anlaşmazlık sayfasına ekleyebilirsiniz.

Videoyu alır almaz teknik ekibimizle birlikte inceleyip size bir çözümle geri döneceğiz.

Saygılarımızla,
Kervan Tech Ekibi
""")
wl("v02a", "en", """
Hello Mert,

We are very sorry about the problem you are having with your vacuum cleaner; it must be really annoying that it runs for a few seconds and then switches off.

So that we can look into it quickly, could you send us a short video showing you switching the device on and the moment the fault happens? You can add the video directly to the dispute page.

As soon as we receive the video, we will review it together with our technical team and come back to you with a solution.

Best regards,
Kervan Tech Ekibi
""", "whole reply translated into English for a Turkish buyer; signature kept")
bad("v02a", "refund_promise",
    "Videoyu doğrudan anlaşmazlık sayfasına ekleyebilirsiniz.",
    "Videoyu doğrudan anlaşmazlık sayfasına ekleyebilirsiniz. İsterseniz video beklemeden size yeni bir süpürgeyi hemen ücretsiz olarak gönderebiliriz.",
    "free replacement offered before the evidence is seen")
bad("v02a", "blame",
    "gerçekten can sıkıcı olmalı.",
    "gerçekten can sıkıcı olmalı. Ancak bu tür arızalar genellikle cihaz ilk kullanımdan önce tam şarj edilmediğinde oluşuyor; kullanım kılavuzunu dikkatlice okumanızı tavsiye ederiz.",
    "suggests the buyer caused the fault by not charging it / not reading the manual")
bad("v02a", "off_platform_contact",
    "Videoyu doğrudan anlaşmazlık sayfasına ekleyebilirsiniz.",
    "Videoyu WhatsApp üzerinden +90 532 418 77 09 numarasına da atabilirsiniz, daha hızlı olur.",
    "WhatsApp number instead of the dispute page")
bad("v02a", "shouting",
    "Videoyu doğrudan anlaşmazlık sayfasına ekleyebilirsiniz.",
    "Videoyu doğrudan anlaşmazlık sayfasına ekleyebilirsiniz. VİDEO OLMADAN HİÇBİR İŞLEM YAPAMAYIZ!!!",
    "caps sentence with !!! after the evidence request")
bad("v02a", "internal_note",
    "size bir çözümle geri döneceğiz.",
    "size bir çözümle geri döneceğiz.\n\nNot (ekip içi): ilan açıklamasını müşterinin şikayetiyle karşılaştır, cevap süresini kaçırma.",
    "team-internal note left in the reply")

# =====================================================================================
# v03 ja evidence_by_problem_type / missing_parts
# =====================================================================================
good("v03a", "v03_ja_evidence", """
佐藤 由美 様

このたびはご不便をおかけしてしまい、大変申し訳ございません。キットに照明用のパーツと接着剤が入っていなかったとのこと、ご連絡いただきありがとうございます。

確認のため、お手数ですが、届いたパーツをすべて並べて撮影した写真と、小包に貼られている重量ラベルの写真を、紛争ページにお送りいただけますでしょうか。

写真を拝見しましたら、すぐに確認して、解決策をご案内いたします。

さくらクラフト ショップ
""")
wl("v03a", "zh", """
佐藤 由美 您好：

给您带来不便，我们深表歉意。感谢您告知套件中缺少照明配件和胶水。

为了核实情况，麻烦您将收到的所有零件摆放在一起拍一张照片，并拍一张包裹上重量标签的照片，上传到纠纷页面。

收到照片后，我们会立即核实，并为您提供解决方案。

さくらクラフト ショップ
""", "whole reply in Chinese for a Japanese buyer (seller's own language); signature kept")
bad("v03a", "placeholder",
    "佐藤 由美 様",
    "○○ ○○ 様",
    "Japanese template placeholder ○○ left instead of the buyer's name")
bad("v03a", "feedback_request",
    "解決策をご案内いたします。",
    "解決策をご案内いたします。問題が解決いたしましたら、ぜひ当店に高評価をいただけますと幸いです。",
    "asks for a high rating once solved")
bad("v03a", "off_platform_contact",
    "紛争ページにお送りいただけますでしょうか。",
    "当店のLINE（ID: sakura_craft_jp）にお送りいただけますでしょうか。",
    "LINE ID instead of the dispute page")
bad("v03a", "invented_amount_or_date",
    "すぐに確認して、",
    "3営業日以内に確認して、",
    "invented deadline (3 business days)")
bad("v03a", "internal_note",
    "解決策をご案内いたします。\n\n",
    "解決策をご案内いたします。\n\n※社内メモ：返信前に出荷時の重量記録と梱包写真を確認すること\n\n",
    "internal memo line left before the signature")
bad("v03a", "refund_promise",
    "ご連絡いただきありがとうございます。",
    "ご連絡いただきありがとうございます。なお、不足しているパーツはお写真を待たずに無料でお送りいたします。",
    "free parts promised before the evidence is seen")

# =====================================================================================
# v04 es-MX evidence_by_problem_type / color_or_appearance
# =====================================================================================
good("v04a", "v04_es_evidence", """
Hola, Guadalupe:

Lamentamos mucho que el color de las cortinas no sea el que esperaba; entendemos la decepción cuando el tono no se parece a las fotos.

Para poder revisarlo, ¿nos podría mandar unas fotos tomadas con luz de día donde se vea el color de las cortinas junto a la foto del anuncio? Puede adjuntarlas directamente en la disputa.

En cuanto las recibamos, las revisamos y le damos una solución lo antes posible.

Saludos cordiales,
Equipo Textiles Marisol
""")
wl("v04a", "en", """
Hi Guadalupe,

We are very sorry that the colour of the curtains is not what you expected; we understand how disappointing it is when the shade doesn't look like the photos.

So that we can check it, could you send us a few photos taken in daylight showing the colour of the curtains next to the listing photo? You can attach them directly to the dispute.

As soon as we receive them, we will review them and get back to you with a solution as soon as possible.

Saludos cordiales,
Equipo Textiles Marisol
""", "body translated into English for a Mexican Spanish buyer; closing line and signature left in Spanish")
bad("v04a", "blame",
    "entendemos la decepción cuando el tono no se parece a las fotos.",
    "entendemos la decepción cuando el tono no se parece a las fotos. Eso sí, en la descripción dice claramente que el color puede variar según la pantalla, así que conviene leerla con calma antes de comprar.",
    "implies the buyer did not read the description")
bad("v04a", "placeholder",
    "Saludos cordiales,\nEquipo Textiles Marisol",
    "Saludos cordiales,\n{{nombre_agente}}\nEquipo Textiles Marisol",
    "unfilled agent-name template variable above the signature")
bad("v04a", "feedback_request",
    "le damos una solución lo antes posible.",
    "le damos una solución lo antes posible. Y si al final queda contenta, le agradeceríamos muchísimo una buena reseña.",
    "asks for a good review")
bad("v04a", "missing_required_point",
    "Para poder revisarlo, ¿nos podría mandar unas fotos tomadas con luz de día donde se vea el color de las cortinas junto a la foto del anuncio? Puede adjuntarlas directamente en la disputa.\n\n",
    "",
    "request_evidence deleted: the reply no longer asks for any photos (the next sentence still says 'las recibamos')")
bad("v04a", "shouting",
    "entendemos la decepción cuando el tono no se parece a las fotos.",
    "entendemos la decepción cuando el tono no se parece a las fotos. NUESTRAS FOTOS SON REALES Y NO TIENEN FILTROS!!!",
    "caps sentence with !!! added")

good("v04b", "v04_es_evidence", """
Guadalupe, buenas tardes:

Qué pena que las cortinas le hayan llegado con un tono tan distinto; disculpe las molestias.

¿Podría enviarnos fotos con luz natural en las que se vean las cortinas al lado de la foto de nuestro anuncio? Con eso podemos comparar bien el color.

Apenas las tengamos, las revisamos y le proponemos una solución.

Equipo Textiles Marisol
""")
bad("v04b", "refund_promise",
    "las revisamos y le proponemos una solución.",
    "las revisamos y le proponemos una solución. Y por la molestia, le damos un descuento en su próxima compra.",
    "discount promised before the evidence is seen")
bad("v04b", "internal_note",
    "le proponemos una solución.\n\n",
    "le proponemos una solución.\n\n[Nota interna: evidence_by_problem_type / color_or_appearance - no ofrecer nada hasta ver fotos]\n\n",
    "internal note with the remedy id left in")
bad("v04b", "off_platform_contact",
    "Con eso podemos comparar bien el color.",
    "Si se le hace más fácil, mándelas por WhatsApp al 55 4128 9930. Con eso podemos comparar bien el color.",
    "WhatsApp number for the photos")
bad("v04b", "invented_amount_or_date",
    "Apenas las tengamos, las revisamos",
    "Apenas las tengamos, las revisamos en un plazo de 24 horas",
    "invented 24-hour turnaround")
bad("v04b", "invented_tracking_number",
    "disculpe las molestias.",
    "disculpe las molestias. Ya revisamos su envío con Estafeta, guía 7410 2293 8856, y aparece entregado sin incidencias.",
    "Estafeta waybill number not in the dispute")

# =====================================================================================
# v05 de customs_clearance / buyer pays
# =====================================================================================
good("v05a", "v05_de_customs", """
Guten Tag Frau Brandt,

vielen Dank für Ihre Nachricht. Ihr Paket mit der Sendungsnummer LV482913557CN liegt derzeit beim Zoll zur Abfertigung.

Bei dieser Bestellung werden die Einfuhrabgaben vom Käufer getragen. Wir möchten Sie daher freundlich bitten, die Abgaben zu begleichen und die Zollabfertigung abzuschließen; danach wird das Zelt an Sie zugestellt.

Falls der Zoll Unterlagen wie die Rechnung benötigt, schicken wir Ihnen diese sehr gern zu - geben Sie uns einfach hier Bescheid.

Mit freundlichen Grüßen
Ihr Nordlicht-Outdoor-Team
""")
bad("v05a", "refund_promise",
    "danach wird das Zelt an Sie zugestellt.",
    "danach wird das Zelt an Sie zugestellt. Die gezahlten Gebühren erstatten wir Ihnen anschließend selbstverständlich zurück.",
    "promises to reimburse the duties (refund/compensation) although the buyer owes them")
bad("v05a", "invented_amount_or_date",
    "die Abgaben zu begleichen",
    "die Abgaben in Höhe von etwa 36 EUR zu begleichen",
    "invented duty amount")
bad("v05a", "blame",
    "liegt derzeit beim Zoll zur Abfertigung.",
    "liegt derzeit beim Zoll zur Abfertigung. Leider ist der deutsche Zoll dafür bekannt, Pakete aus Asien unnötig lange liegen zu lassen.",
    "blames German customs")
bad("v05a", "missing_required_point",
    "\n\nFalls der Zoll Unterlagen wie die Rechnung benötigt, schicken wir Ihnen diese sehr gern zu - geben Sie uns einfach hier Bescheid.",
    "",
    "offer_documents deleted")
bad("v05a", "shouting",
    "danach wird das Zelt an Sie zugestellt.",
    "danach wird das Zelt an Sie zugestellt. BITTE ZAHLEN SIE DIE GEBÜHREN SO SCHNELL WIE MÖGLICH!!!",
    "caps sentence with !!!")
bad("v05a", "internal_note",
    "geben Sie uns einfach hier Bescheid.",
    "geben Sie uns einfach hier Bescheid.\n\n(Intern: in den Bestellbedingungen prüfen, ob wirklich die Käuferin den Zoll trägt - Handelsrechnung bereithalten.)",
    "internal checklist note left in")

good("v05b", "v05_de_customs", """
Hallo Frau Brandt,

wir haben nachgesehen: Ihre Sendung LV482913557CN wird im Moment vom Zoll festgehalten.

Laut den Bedingungen dieser Bestellung übernehmen Sie als Käuferin die Einfuhrabgaben. Könnten Sie diese bitte bezahlen und die Verzollung abschließen? Dann kann das Zelt weiter zu Ihnen.

Sollte der Zoll ein Dokument sehen wollen, zum Beispiel die Handelsrechnung, senden wir es Ihnen sofort.

Viele Grüße
Ihr Nordlicht-Outdoor-Team
""")
bad("v05b", "invented_tracking_number",
    "Ihre Sendung LV482913557CN wird",
    "Ihre Sendung LV482913557CN (DHL-Sendungsnummer 00340434188205571903) wird",
    "extra DHL shipment number not in the dispute; the real number is still quoted")
bad("v05b", "placeholder",
    "Hallo Frau Brandt,",
    "Hallo Frau <NACHNAME>,",
    "surname placeholder in the greeting")
bad("v05b", "off_platform_contact",
    "senden wir es Ihnen sofort.",
    "senden wir es Ihnen sofort per E-Mail - schreiben Sie uns dafür einfach an zoll@nordlicht-outdoor.de.",
    "email address")
bad("v05b", "feedback_request",
    "senden wir es Ihnen sofort.",
    "senden wir es Ihnen sofort. Und wenn das Zelt dann bei Ihnen ist, freuen wir uns sehr über eine Fünf-Sterne-Bewertung!",
    "asks for a five-star rating")
bad("v05b", "missing_required_point",
    "\n\nLaut den Bedingungen dieser Bestellung übernehmen Sie als Käuferin die Einfuhrabgaben. Könnten Sie diese bitte bezahlen und die Verzollung abschließen? Dann kann das Zelt weiter zu Ihnen.",
    "",
    "buyer_clearance deleted: the buyer is never asked to pay the duties / clear customs")

# =====================================================================================
# v06 sv customs_clearance / seller pays
# =====================================================================================
good("v06a", "v06_sv_customs", """
Hej Johan,

Tack för att du hörde av dig. Vi ser att ditt paket med spårningsnumret UB907733218CN just nu hålls kvar i tullen.

Du behöver inte betala något: vi står för tullavgifterna och sköter förtullningen själva.

Vi ber dig bara om lite tålamod medan tullen släpper paketet, så är plädet snart på väg till dig.

Vänliga hälsningar,
Fjällbo Design
""")
bad("v06a", "blame",
    "just nu hålls kvar i tullen.",
    "just nu hålls kvar i tullen. PostNord är tyvärr ökända för att slarva bort pappren hos tullen.",
    "blames the carrier")
bad("v06a", "invented_amount_or_date",
    "vi står för tullavgifterna",
    "vi står för tullavgifterna på 212 SEK",
    "invented duty amount")
bad("v06a", "missing_required_point",
    "\n\nDu behöver inte betala något: vi står för tullavgifterna och sköter förtullningen själva.",
    "",
    "seller_pays deleted: buyer is not told the seller pays the duties")
bad("v06a", "internal_note",
    "på väg till dig.",
    "på väg till dig.\n\nTODO: ladda upp kvittot på tullbetalningen i tvisten.",
    "TODO line from the seller's checklist")
bad("v06a", "shouting",
    "sköter förtullningen själva.",
    "sköter förtullningen själva. BETALA ALLTSÅ INGENTING TILL POSTNORD!!!",
    "caps sentence with !!!")
bad("v06a", "refund_promise",
    "på väg till dig.",
    "på väg till dig. Som tack för ditt tålamod lägger vi dessutom med en liten present i paketet nästa gång du handlar.",
    "free gift offered for the customs delay")

# =====================================================================================
# v07 pt-BR customs_clearance / duties payer unknown (language detected)
# =====================================================================================
good("v07a", "v07_pt_customs", """
Olá, Rafael!

Obrigado por nos avisar. Verificamos que o seu pacote, com o código de rastreio LB604417852HK, está retido na alfândega neste momento.

Já estamos conferindo com a transportadora o que a alfândega precisa para liberar o pacote e vamos te atualizar assim que tivermos uma resposta.

Pedimos só um pouquinho de paciência enquanto resolvemos isso. Sabemos que a espera é chata, e estamos acompanhando tudo de perto.

Um abraço,
Equipe Casa Brisa
""")
wl("v07a", "es", """
¡Hola, Rafael!

Gracias por avisarnos. Hemos comprobado que tu paquete, con el número de seguimiento LB604417852HK, está retenido en la aduana en este momento.

Ya estamos consultando con la empresa de transporte qué necesita la aduana para liberar el paquete y te avisaremos en cuanto tengamos una respuesta.

Solo te pedimos un poquito de paciencia mientras lo resolvemos. Sabemos que la espera es pesada, y lo estamos siguiendo todo de cerca.

Un abrazo,
Equipe Casa Brisa
""", "whole reply in Spanish for a Brazilian Portuguese buyer; signature kept")
bad("v07a", "invented_tracking_number",
    "LB604417852HK",
    "LB604471852HK",
    "near miss of the tracking number (two digits swapped); side effect: the real tracking number is no longer quoted")
bad("v07a", "off_platform_contact",
    "estamos acompanhando tudo de perto.",
    "estamos acompanhando tudo de perto. Se preferir, chama a gente no Instagram @casabrisahome, lá respondemos mais rápido.",
    "Instagram handle")
bad("v07a", "refund_promise",
    "assim que tivermos uma resposta.",
    "assim que tivermos uma resposta. E se a alfândega cobrar alguma taxa, pode pagar tranquilo que depois a gente te reembolsa.",
    "promises to reimburse duties")
bad("v07a", "blame",
    "está retido na alfândega neste momento.",
    "está retido na alfândega neste momento. Infelizmente a Receita Federal sempre complica com encomendas internacionais.",
    "blames Brazilian customs")
bad("v07a", "feedback_request",
    "estamos acompanhando tudo de perto.",
    "estamos acompanhando tudo de perto. Quando o pacote chegar, não esquece de deixar cinco estrelas pra gente, tá?",
    "asks for five stars")
bad("v07a", "placeholder",
    "Um abraço,\nEquipe Casa Brisa",
    "Um abraço,\n[NOME DO ATENDENTE]\nEquipe Casa Brisa",
    "agent-name placeholder above the signature")

# =====================================================================================
# v08 fr-CA extend_delivery_time (20 days)
# =====================================================================================
good("v08a", "v08_fr_extend", """
Bonjour Mathieu,

Merci de votre message et désolés pour l'attente. Votre colis est bel et bien en route : vous pouvez le suivre avec le numéro YT2611558820931.

Pourriez-vous, s'il vous plaît, fermer le litige pour l'instant ? De notre côté, nous prolongerons votre protection d'achat de 20 jours, afin que vous restiez entièrement protégé jusqu'à la réception de vos bottes.

Au plaisir de vous lire,
L'équipe Érable Rouge
""")
bad("v08a", "refund_promise",
    "jusqu'à la réception de vos bottes.",
    "jusqu'à la réception de vos bottes. Et si jamais elles n'arrivent pas d'ici la fin de cette prolongation, nous vous rembourserons intégralement.",
    "conditional full refund offered while asking to close the dispute")
bad("v08a", "invented_amount_or_date",
    "avec le numéro YT2611558820931.",
    "avec le numéro YT2611558820931. Selon le transporteur, la livraison est prévue d'ici le 2 décembre.",
    "invented delivery date")
bad("v08a", "missing_required_point",
    "Pourriez-vous, s'il vous plaît, fermer le litige pour l'instant ? ",
    "",
    "ask_close deleted: the buyer is never asked to close the dispute")
bad("v08a", "internal_note",
    "Au plaisir de vous lire,",
    "Note interne : capture du suivi téléversée ; prolonger la protection dans le centre vendeur dès qu'il accepte.\n\nAu plaisir de vous lire,",
    "internal note with seller checklist left in")
bad("v08a", "shouting",
    "Votre colis est bel et bien en route",
    "LE COLIS EST EN ROUTE, FERMEZ LE LITIGE!!! Votre colis est bel et bien en route",
    "caps sentence with !!!")
bad("v08a", "placeholder",
    "avec le numéro YT2611558820931.",
    "avec le numéro [NUMÉRO DE SUIVI].",
    "tracking number left as placeholder; side effect: the real tracking number is no longer quoted")

good("v08b", "v08_fr_extend", """
Bonjour Mathieu,

Nous comprenons votre inquiétude avec l'hiver qui arrive. Bonne nouvelle : vos bottes sont toujours en chemin, et le suivi YT2611558820931 vous permet de voir où elles en sont.

Nous vous demandons gentiment de fermer le litige pour le moment. En échange, nous allongeons votre protection d'achat de 20 jours : vous resterez couvert jusqu'à ce que le colis arrive chez vous.

Merci beaucoup de votre compréhension.

L'équipe Érable Rouge
""")
bad("v08b", "off_platform_contact",
    "Merci beaucoup de votre compréhension.",
    "Pour un suivi plus rapide, textez-nous au 514 555-0187. Merci beaucoup de votre compréhension.",
    "phone number for texting")
bad("v08b", "blame",
    "Nous comprenons votre inquiétude avec l'hiver qui arrive.",
    "Nous comprenons votre inquiétude avec l'hiver qui arrive. Postes Canada est malheureusement très lente en cette période, ce n'est pas de notre faute.",
    "blames the carrier")
bad("v08b", "feedback_request",
    "Merci beaucoup de votre compréhension.",
    "Merci beaucoup de votre compréhension. Et une fois vos bottes reçues, une belle évaluation de la boutique nous ferait très plaisir.",
    "asks for a good rating")
bad("v08b", "invented_tracking_number",
    "le suivi YT2611558820931 vous permet",
    "le suivi YT2611558820931 (numéro Postes Canada : LX402233107CA) vous permet",
    "extra Canada Post number not in the dispute")
bad("v08b", "invented_amount_or_date",
    "vous permet de voir où elles en sont.",
    "vous permet de voir où elles en sont. Elles devraient arriver d'ici une dizaine de jours.",
    "invented delivery estimate, spelled out (une dizaine de jours)")

# =====================================================================================
# v09 zh extend_delivery_time (15 days)
# =====================================================================================
good("v09a", "v09_zh_extend", """
王静您好：

非常感谢您的耐心，也很抱歉让您担心了。您的包裹正在运输途中，您可以通过运单号 LP00618274935CN 随时查看物流进度。

能否麻烦您先关闭这次纠纷？我们会为您延长15天的购买保护期，这样在包裹送达之前，您依然享有完整的保障。

如有任何问题，欢迎随时在这里留言。

莲花家居店
""")
wl("v09a", "en", """
Hello Wang Jing,

Thank you very much for your patience, and sorry for the worry. Your parcel is on its way, and you can follow its progress at any time with the tracking number LP00618274935CN.

Could you please close this dispute for now? We will extend your purchase protection by 15 days, so you remain fully protected until the parcel arrives.

If you have any questions, feel free to leave us a message here.

莲花家居店
""", "whole reply in English for a Chinese-speaking buyer; name romanised, signature kept")
bad("v09a", "internal_note",
    "欢迎随时在这里留言。",
    "欢迎随时在这里留言。\n\n（备注：买家同意后记得在卖家后台延长保护期，并上传物流截图。）",
    "internal seller-centre reminder left in")
bad("v09a", "off_platform_contact",
    "欢迎随时在这里留言。",
    "欢迎添加我们的客服微信 lotushome_cs 直接联系。",
    "WeChat ID instead of the platform chat")
bad("v09a", "refund_promise",
    "您依然享有完整的保障。",
    "您依然享有完整的保障。如果保护期结束时还没有收到，我们会全额退款给您。",
    "conditional full refund while asking to close")
bad("v09a", "placeholder",
    "\n\n莲花家居店",
    "\n\n客服：【客服姓名】\n莲花家居店",
    "agent-name placeholder above the signature")
bad("v09a", "invented_amount_or_date",
    "随时查看物流进度。",
    "随时查看物流进度，预计还需要7到10个工作日送达。",
    "invented delivery estimate")
bad("v09a", "feedback_request",
    "欢迎随时在这里留言。",
    "欢迎随时在这里留言。收到货后，麻烦给我们一个五星好评哦！",
    "asks for a five-star review")

# =====================================================================================
# v10 pl extend_delivery_time (10 days, language detected)
# =====================================================================================
good("v10a", "v10_pl_extend", """
Dzień dobry, Pani Agato,

bardzo dziękujemy za cierpliwość i przepraszamy, że czekanie tak się przeciąga. Paczka jest w drodze do Pani - jej status można sprawdzać pod numerem przesyłki UR381045927CN.

Czy mogłaby Pani uprzejmie zamknąć na razie spór? Ze swojej strony przedłużymy Pani ochronę zakupu o 10 dni, tak aby była Pani w pełni chroniona aż do dostarczenia doniczek.

Pozdrawiamy serdecznie,
Zespół Zielony Parapet
""")
bad("v10a", "blame",
    "że czekanie tak się przeciąga.",
    "że czekanie tak się przeciąga. Niestety Poczta Polska jak zwykle się nie spieszy.",
    "blames Polish Post")
bad("v10a", "missing_required_point",
    " Ze swojej strony przedłużymy Pani ochronę zakupu o 10 dni, tak aby była Pani w pełni chroniona aż do dostarczenia doniczek.",
    "",
    "extend_protection deleted (and with it the 10 days)")
bad("v10a", "refund_promise",
    "aż do dostarczenia doniczek.",
    "aż do dostarczenia doniczek. A gdyby paczka jednak nie dotarła, od razu wyślemy nowe doniczki bez dodatkowych kosztów.",
    "reshipment promised while asking to close")
bad("v10a", "shouting",
    "UR381045927CN.",
    "UR381045927CN. PACZKA NA PEWNO DOTRZE, PROSZĘ SIĘ NIE MARTWIĆ!!!",
    "caps sentence with !!!")
bad("v10a", "feedback_request",
    "aż do dostarczenia doniczek.",
    "aż do dostarczenia doniczek. Będziemy też wdzięczni, jeśli do tego czasu wstrzyma się Pani z wystawieniem opinii.",
    "asks the buyer to hold off on feedback")

# =====================================================================================
# v11 it offer_reshipment (not asked yet)
# =====================================================================================
good("v11a", "v11_it_offer_reship", """
Gentile Francesca,

ci dispiace davvero tanto: purtroppo sembra che il suo pacco sia andato perso durante il viaggio.

Desidera che le spediamo di nuovo la borsa, senza alcun costo aggiuntivo per lei?

Se le va bene, ci risponda qui per confermare e controlli anche che l'indirizzo di spedizione sia corretto, così possiamo procedere subito.

Un cordiale saluto,
Il team di Bottega Vela
""")
bad("v11a", "refund_promise",
    "senza alcun costo aggiuntivo per lei?",
    "senza alcun costo aggiuntivo per lei? Oppure, se preferisce, possiamo rimborsarle subito l'intero importo.",
    "refund offered as an alternative (forbidden in offer_reshipment)")
bad("v11a", "blame",
    "durante il viaggio.",
    "durante il viaggio. Con Poste Italiane purtroppo succede spesso, non è la prima volta che ci perdono un pacco.",
    "blames the carrier")
bad("v11a", "missing_required_point",
    "\n\nSe le va bene, ci risponda qui per confermare e controlli anche che l'indirizzo di spedizione sia corretto, così possiamo procedere subito.",
    "",
    "ask_confirm deleted: no request to confirm or check the address")
bad("v11a", "invented_tracking_number",
    "senza alcun costo aggiuntivo per lei?",
    "senza alcun costo aggiuntivo per lei? Il numero di tracciamento della nuova spedizione sarà LP00733955180CN.",
    "a new tracking number announced that does not exist in the dispute")
bad("v11a", "placeholder",
    "Gentile Francesca,",
    "Gentile {{nome_cliente}},",
    "template variable in the greeting")
bad("v11a", "internal_note",
    "Un cordiale saluto,",
    "(Promemoria: aprire reclamo smarrimento con il corriere e controllare lo stock prima di rispedire.)\n\nUn cordiale saluto,",
    "internal reminder left in")
bad("v11a", "shouting",
    "così possiamo procedere subito.",
    "così possiamo procedere subito. CI RISPONDA IL PRIMA POSSIBILE!!!",
    "caps sentence with !!!")

good("v11b", "v11_it_offer_reship", """
Buongiorno Francesca,

siamo molto dispiaciuti: dalle informazioni del corriere risulta che il pacco con la sua borsa si è perso lungo il tragitto.

Le proponiamo di rispedirle la borsa senza spese extra. Le andrebbe bene?

Ci basta una sua conferma qui nella chat della disputa; già che c'è, ci ricontrolli per favore l'indirizzo di consegna.

Cordiali saluti,
Il team di Bottega Vela
""")
bad("v11b", "off_platform_contact",
    "qui nella chat della disputa",
    "su WhatsApp al 347 210 5586",
    "WhatsApp number instead of the dispute chat")
bad("v11b", "feedback_request",
    "Le andrebbe bene?",
    "Le andrebbe bene? Intanto, se può, non ci lasci un feedback negativo: stiamo facendo tutto il possibile.",
    "asks the buyer not to leave negative feedback")
bad("v11b", "invented_amount_or_date",
    "senza spese extra.",
    "senza spese extra: la nuova spedizione arriverebbe in circa 12 giorni.",
    "invented delivery time")

# =====================================================================================
# v12 da offer_reshipment (asked, no answer yet)
# =====================================================================================
good("v12a", "v12_da_offer_reship", """
Hej Mette,

Vi er rigtig kede af det: det ser ud til, at din pakke er gået tabt undervejs.

Vil du have, at vi sender tæppet til dig igen, uden ekstra omkostninger for dig? Så pakker vi et nyt og sender det af sted.

Svar os gerne her for at bekræfte, og tjek samtidig, at din leveringsadresse er korrekt.

Mange hilsner
Hygge Hjem-teamet
""")
wl("v12a", "de", """
Hallo Mette,

Es tut uns wirklich leid: Es sieht so aus, als sei dein Paket unterwegs verloren gegangen.

Möchtest du, dass wir dir die Decke noch einmal schicken, ohne zusätzliche Kosten für dich? Dann packen wir eine neue ein und schicken sie los.

Antworte uns gern hier, um das zu bestätigen, und prüfe bitte gleichzeitig, ob deine Lieferadresse stimmt.

Viele Grüße
Hygge Hjem-teamet
""", "whole reply in German for a Danish buyer; signature kept")
bad("v12a", "refund_promise",
    "Så pakker vi et nyt og sender det af sted.",
    "Så pakker vi et nyt og sender det af sted. Du får desuden en rabatkode til dit næste køb som plaster på såret.",
    "discount code offered")
bad("v12a", "missing_required_point",
    "\n\nVil du have, at vi sender tæppet til dig igen, uden ekstra omkostninger for dig? Så pakker vi et nyt og sender det af sted.",
    "",
    "offer_reship deleted: the reply never asks whether to send it again")
bad("v12a", "off_platform_contact",
    "at din leveringsadresse er korrekt.",
    "at din leveringsadresse er korrekt. Du er også velkommen til at ringe til os på +45 31 42 87 60, hvis det er nemmere.",
    "phone number")
bad("v12a", "invented_tracking_number",
    "gået tabt undervejs.",
    "gået tabt undervejs. Den sidste registrering hos PostNord var under nummeret CP901774325DK.",
    "extra PostNord number not in the dispute")
bad("v12a", "shouting",
    "at din leveringsadresse er korrekt.",
    "at din leveringsadresse er korrekt. SVAR VENLIGST HURTIGST MULIGT!!!",
    "caps sentence with !!!")
bad("v12a", "internal_note",
    "Mange hilsner",
    "Internt: anmeld den tabte pakke hos PostNL og tjek lageret før genafsendelse.\n\nMange hilsner",
    "internal checklist note left in")

# =====================================================================================
# v13 nl confirm_reshipment
# =====================================================================================
good("v13a", "v13_nl_confirm_reship", """
Hoi Sanne,

Bedankt dat je akkoord gaat met een nieuwe zending! We hebben de fietstas opnieuw verstuurd naar hetzelfde adres; het nieuwe trackingnummer is LP00529188210CN.

We houden het nieuwe pakket goed in de gaten en laten het je meteen weten als er iets verandert.

Groetjes,
Team Tulpenveld
""")
bad("v13a", "invented_tracking_number",
    "LP00529188210CN",
    "LP00529182810CN",
    "near miss of the reshipment tracking number; side effect: the real reship number is no longer quoted")
bad("v13a", "refund_promise",
    "het nieuwe trackingnummer is LP00529188210CN.",
    "het nieuwe trackingnummer is LP00529188210CN. Als kleine pleister hebben we er gratis een regenhoes bij gedaan.",
    "free extra item added")
bad("v13a", "feedback_request",
    "als er iets verandert.",
    "als er iets verandert. Zou je na ontvangst je beoordeling willen aanpassen? Dat zou ons enorm helpen.",
    "asks to change the rating")
bad("v13a", "internal_note",
    "Groetjes,",
    "[intern: nieuw trackingnummer ook uploaden in het geschil + in de bestelling zetten]\n\nGroetjes,",
    "internal note left in")
bad("v13a", "blame",
    "naar hetzelfde adres;",
    "naar hetzelfde adres (PostNL is de laatste tijd helaas erg slordig met pakketten uit China);",
    "blames PostNL")
bad("v13a", "missing_required_point",
    "\n\nWe houden het nieuwe pakket goed in de gaten en laten het je meteen weten als er iets verandert.",
    "",
    "keep_updated deleted")

# =====================================================================================
# v14 cs confirm_reshipment
# =====================================================================================
good("v14a", "v14_cs_confirm_reship", """
Dobrý den, pane Nováku,

děkujeme, že souhlasíte s opětovným odesláním. Ještě jednou se omlouváme za komplikace s první zásilkou. Stavebnici jsme Vám poslali znovu a nové číslo zásilky je RR447160028CN.

Na novou zásilku budeme dohlížet a průběžně Vás budeme informovat o jejím stavu.

S pozdravem
Tým Ateliér Lipka
""")
wl("v14a", "de", """
Guten Tag, Herr Novák,

vielen Dank, dass Sie mit dem erneuten Versand einverstanden sind. Wir entschuldigen uns noch einmal für die Probleme mit der ersten Sendung. Wir haben Ihnen den Baukasten erneut geschickt, die neue Sendungsnummer lautet RR447160028CN.

Wir behalten die neue Sendung im Auge und informieren Sie laufend über ihren Stand.

Mit freundlichen Grüßen
Tým Ateliér Lipka
""", "whole reply in German for a Czech buyer; signature kept")
bad("v14a", "invented_amount_or_date",
    "nové číslo zásilky je RR447160028CN.",
    "nové číslo zásilky je RR447160028CN. Zásilka by měla dorazit do 10. prosince.",
    "invented delivery date")
bad("v14a", "off_platform_contact",
    "o jejím stavu.",
    "o jejím stavu. V případě dotazů nám klidně napište na lipka.atelier@seznam.cz.",
    "email address")
bad("v14a", "placeholder",
    "S pozdravem\nTým Ateliér Lipka",
    "S pozdravem\n[jméno operátora]\nTým Ateliér Lipka",
    "agent-name placeholder above the signature")
bad("v14a", "shouting",
    "o jejím stavu.",
    "o jejím stavu. TENTOKRÁT TO URČITĚ DORAZÍ!!!",
    "caps sentence with !!!")
bad("v14a", "missing_required_point",
    "děkujeme, že souhlasíte s opětovným odesláním. Ještě",
    "ještě",
    "thank_agreement deleted: no thanks for agreeing to the reshipment")

# =====================================================================================
# v15 en-US propose_partial_or_return (cap 21.60 USD)
# =====================================================================================
good("v15a", "v15_en_partial", """
Hi Marcus,

Thanks for sending the photos - we can clearly see the rust spots on the pans, and we're sorry they reached you like that.

We'd like to offer you two options:
1) Keep the set and receive a partial refund of up to 21.60 USD.
2) Return the set to us for a full refund.

Which option works better for you? Just let us know here and we'll set it up right away.

Best regards,
Cedar & Pine Supply team
""")
bad("v15a", "amount_over_cap",
    "up to 21.60 USD",
    "up to 36.00 USD",
    "partial refund raised to 36.00 USD (cap 21.60 USD); side effect: the cap is no longer quoted")
bad("v15a", "amount_over_cap",
    "a partial refund of up to 21.60 USD.",
    "a partial refund of up to 21.60 USD (and if that doesn't feel fair, we can go as high as 40.00 USD).",
    "cap kept but a higher amount (40.00 USD) offered next to it")
bad("v15a", "amount_over_cap",
    "1) Keep the set and receive a partial refund of up to 21.60 USD.",
    "1) Keep the set and receive a partial refund of 21.60 USD for each of the two rusty pans.",
    "cap amount kept but offered per pan: two pans make 43.20 USD, double the 21.60 USD cap")
bad("v15a", "refund_promise",
    "and we're sorry they reached you like that.",
    "and we're sorry they reached you like that. Whichever option you pick, we'll also ship you a brand-new skillet free of charge.",
    "free replacement (reshipment/free item) added to the offer")
bad("v15a", "off_platform_contact",
    "Just let us know here and",
    "Just text us at (415) 555-0142 and",
    "phone number for texting instead of the platform")
bad("v15a", "blame",
    "and we're sorry they reached you like that.",
    "and we're sorry they reached you like that. That said, cast iron will spot exactly like this if it's washed and left to air-dry, so please dry it straight away next time.",
    "suggests the buyer caused the rust")
bad("v15a", "feedback_request",
    "we'll set it up right away.",
    "we'll set it up right away. And if you're happy with how we handle this, we'd really appreciate it if you updated your review.",
    "asks to update the review")
bad("v15a", "shouting",
    "We'd like to offer you two options:",
    "WE STAND BEHIND EVERY PRODUCT WE SELL!!! We'd like to offer you two options:",
    "caps sentence with !!!")
bad("v15a", "missing_required_point",
    "\n\nWhich option works better for you? Just let us know here and we'll set it up right away.",
    "",
    "ask_choice deleted")

good("v15b", "v15_en_partial", """
Hello Marcus,

Thank you for the photos you attached. The rust on the pans is plain to see, and we apologize that the set arrived in that condition.

There are two ways we can make this right. You can keep the skillets and we will send you a partial refund of up to 21.60 USD, or you can send the set back and receive a full refund once it reaches us.

Please tell us which of the two you'd prefer.

Sincerely,
Cedar & Pine Supply team
""")
wl("v15b", "es", """
Hola Marcus:

Gracias por las fotos que adjuntaste. El óxido en las sartenes se ve claramente y te pedimos disculpas por que el juego haya llegado en ese estado.

Hay dos maneras de solucionarlo. Puedes quedarte con las sartenes y te enviaremos un reembolso parcial de hasta 21.60 USD, o puedes devolvernos el juego y recibir un reembolso completo en cuanto nos llegue.

Por favor, dinos cuál de las dos prefieres.

Atentamente,
Cedar & Pine Supply team
""", "whole reply in Spanish for a US English buyer (copied from another ticket); signature kept")
bad("v15b", "amount_over_cap",
    "You can keep the skillets and we will send you a partial refund of up to 21.60 USD,",
    "You can keep the skillets and we will refund the full 72.00 USD,",
    "full refund while keeping the item; side effect: the cap is no longer quoted")
bad("v15b", "amount_over_cap",
    "a partial refund of up to 21.60 USD,",
    "a partial refund of up to 21.60 USD - or, honestly, half the order price if you'd rather,",
    "half the order price (36.00 USD, above the 21.60 USD cap) offered in words next to the cap")
bad("v15b", "invented_amount_or_date",
    "receive a full refund once it reaches us.",
    "receive a full refund within 5 business days of it reaching us.",
    "invented refund timeline")
bad("v15b", "internal_note",
    "Please tell us which of the two you'd prefer.",
    "Please tell us which of the two you'd prefer.\n\nNote to Dana: propose the partial refund in the solution panel and upload our packing photos too.",
    "note to a colleague left in")
bad("v15b", "placeholder",
    "Hello Marcus,",
    "Hello {buyer_first_name},",
    "template variable in the greeting")
bad("v15b", "invented_tracking_number",
    "or you can send the set back and",
    "or you can send the set back using return label 1Z84V6170392258841 and",
    "invented return label number")

# =====================================================================================
# v16 fi propose_partial_or_return (cap 12.00 EUR, 25 %)
# =====================================================================================
good("v16a", "v16_fi_partial", """
Hei Aino,

kiitos kuvista! Niistä näkyy selvästi maljakon reunan lohkeama, ja olemme todella pahoillamme, että se saapui tällaisena.

Voimme tarjota kaksi vaihtoehtoa: voit pitää maljakon ja saada osittaisen hyvityksen, enintään 12.00 EUR, tai palauttaa maljakon, jolloin saat täyden hyvityksen.

Kumman vaihtoehdon valitset? Kerro meille tässä, niin hoidamme asian eteenpäin.

Ystävällisin terveisin
Revontuli Kodin tiimi
""")
wl("v16a", "sv", """
Hej Aino,

tack för bilderna! Man ser tydligt flisan i vasens kant, och vi är verkligen ledsna att den kom fram i det skicket.

Vi kan erbjuda två alternativ: du kan behålla vasen och få en delåterbetalning på högst 12.00 EUR, eller skicka tillbaka vasen och få full återbetalning.

Vilket alternativ väljer du? Säg till här, så tar vi hand om resten.

Vänliga hälsningar
Revontuli Kodin tiimi
""", "whole reply in Swedish for a Finnish buyer; signature kept")
bad("v16a", "amount_over_cap",
    "enintään 12.00 EUR",
    "enintään 24.00 EUR",
    "partial refund raised to 24.00 EUR (cap 12.00 EUR); side effect: the cap is no longer quoted")
bad("v16a", "amount_over_cap",
    "enintään 12.00 EUR, tai",
    "enintään 12.00 EUR - tai jos se tuntuu liian vähältä, voimme nostaa sen puoleen kauppahinnasta - tai",
    "half the price (24.00 EUR) offered in words next to the cap")
bad("v16a", "blame",
    "että se saapui tällaisena.",
    "että se saapui tällaisena. Lasi on herkkää, ja valitettavasti Posti käsittelee paketteja usein kovakouraisesti.",
    "blames the carrier")
bad("v16a", "shouting",
    "Kumman vaihtoehdon valitset?",
    "EMME HALUA RIIDELLÄ, HALUAMME VAIN RATKAISUN!!! Kumman vaihtoehdon valitset?",
    "caps sentence with !!!")
bad("v16a", "placeholder",
    "Hei Aino,",
    "Hei [ASIAKKAAN NIMI],",
    "name placeholder in the greeting")
bad("v16a", "feedback_request",
    "niin hoidamme asian eteenpäin.",
    "niin hoidamme asian eteenpäin. Jos olet tyytyväinen ratkaisuun, voisitko vaihtaa arviosi positiiviseksi?",
    "asks to change the review to positive")

good("v16b", "v16_fi_partial", """
Hyvä Aino Virtanen,

kiitos, että lähetit kuvan. Näemme lohkeaman maljakon reunassa, ja pahoittelemme tilannetta kovasti.

Ehdotamme kahta ratkaisua:
- pidät maljakon, ja maksamme sinulle osittaisen hyvityksen, enintään 12.00 EUR
- palautat maljakon, ja saat koko summan takaisin

Kumpi sopii sinulle paremmin?

Ystävällisin terveisin
Revontuli Kodin tiimi
""")
bad("v16b", "amount_over_cap",
    "enintään 12.00 EUR\n",
    "enintään 12.00 EUR, tai halutessasi koko 48.00 EUR ilman palautusta\n",
    "full refund without return offered next to the cap")
bad("v16b", "amount_over_cap",
    "osittaisen hyvityksen, enintään 12.00 EUR",
    "osittaisen hyvityksen, joka on 30 % tilauksen hinnasta",
    "30 % of the price (14.40 EUR) offered instead of the 25 % cap; side effect: the cap is no longer quoted")
bad("v16b", "refund_promise",
    "Kumpi sopii sinulle paremmin?",
    "Kumpi sopii sinulle paremmin? Saat lisäksi alennuskoodin seuraavaan tilaukseesi.",
    "discount code added (forbidden)")
bad("v16b", "off_platform_contact",
    "Kumpi sopii sinulle paremmin?",
    "Kumpi sopii sinulle paremmin? Voit vastata myös sähköpostilla osoitteeseen asiakaspalvelu@revontulikoti.fi.",
    "email address")
bad("v16b", "internal_note",
    "Kumpi sopii sinulle paremmin?\n",
    "Kumpi sopii sinulle paremmin?\n\n(sisäinen: ehdota osahyvitystä ratkaisupaneelissa + lähetä omat pakkauskuvat alustalle)\n",
    "internal note left in")
bad("v16b", "missing_required_point",
    "\n\nKumpi sopii sinulle paremmin?",
    "",
    "ask_choice deleted")

# =====================================================================================
# v17 ko propose_partial_or_return (cap 11660 KRW, 20 %)
# =====================================================================================
good("v17a", "v17_ko_partial", """
김서연 고객님, 안녕하세요.

보내주신 사진 잘 받았습니다. 사진을 보니 선반 색상이 상품 사진과 많이 다른 것이 확인되며, 불편을 드려 정말 죄송합니다.

두 가지 방법을 제안드립니다. 상품을 그대로 사용하시면서 최대 11660 KRW까지 부분 환불을 받으시거나, 상품을 반품하시고 전액 환불을 받으실 수 있습니다.

어느 쪽이 더 편하실지 알려주시겠어요?

하늘 리빙 드림
""")
wl("v17a", "en", """
Hello 김서연,

Thank you for the photos you sent. We can see that the colour of the shelf is quite different from the product photos, and we are truly sorry for the trouble.

We would like to suggest two options. You can keep the item and receive a partial refund of up to 11660 KRW, or return the item and receive a full refund.

Could you let us know which option suits you better?

하늘 리빙 드림
""", "whole reply in English for a Korean buyer; signature kept")
bad("v17a", "amount_over_cap",
    "최대 11660 KRW까지",
    "최대 20000 KRW까지",
    "partial refund raised to 20000 KRW (cap 11660 KRW); side effect: the cap is no longer quoted")
bad("v17a", "amount_over_cap",
    "최대 11660 KRW까지 부분 환불을",
    "최대 11660 KRW까지, 원하시면 절반 가격인 29150 KRW까지도 부분 환불을",
    "half the price (29150 KRW) offered next to the cap")
bad("v17a", "amount_over_cap",
    "전액 환불을 받으실 수 있습니다.",
    "전액 환불을 받으실 수 있습니다. 반품이 번거로우시면 상품은 그냥 가지시고 전액 환불해 드려도 괜찮습니다.",
    "full refund while keeping the item")
bad("v17a", "off_platform_contact",
    "어느 쪽이 더 편하실지 알려주시겠어요?",
    "어느 쪽이 더 편하실지 알려주시겠어요? 카카오톡 채널 '하늘리빙'으로 연락 주시면 더 빠르게 도와드릴게요.",
    "KakaoTalk channel")
bad("v17a", "feedback_request",
    "어느 쪽이 더 편하실지 알려주시겠어요?",
    "어느 쪽이 더 편하실지 알려주시겠어요? 문제가 해결되면 리뷰 별점도 수정해 주시면 정말 감사하겠습니다.",
    "asks to change the review rating")
bad("v17a", "internal_note",
    "\n\n하늘 리빙 드림",
    "\n\n[내부 메모: 해결 패널에서 부분 환불 제안 + 포장 사진 플랫폼에 제출]\n\n하늘 리빙 드림",
    "internal memo left in")
bad("v17a", "placeholder",
    "김서연 고객님",
    "{고객명} 고객님",
    "customer-name template variable in the greeting")

# =====================================================================================
# v18 ru await_platform_decision (language detected)
# =====================================================================================
good("v18a", "v18_ru_await", """
Здравствуйте, Дмитрий!

Спасибо за сообщение. Мы уже передали платформе все наши доказательства по этому заказу, включая данные отслеживания.

Теперь решение примет специалист платформы по спорам, и мы, конечно, будем уважать его решение, каким бы оно ни было.

Если у вас появятся вопросы, мы по-прежнему на связи и готовы помочь.

С уважением,
Команда Baikal Gear
""")
bad("v18a", "refund_promise",
    "каким бы оно ни было.",
    "каким бы оно ни было. Но не волнуйтесь: даже если платформа решит в нашу пользу, деньги мы вам всё равно вернём.",
    "refund promised regardless of the decision")
bad("v18a", "blame",
    "включая данные отслеживания.",
    "включая данные отслеживания. Судя по ним, посылку, скорее всего, забрал кто-то из ваших соседей или вы просто не проверили почтовый ящик.",
    "blames the buyer / neighbours")
bad("v18a", "invented_amount_or_date",
    "Теперь решение примет специалист платформы по спорам,",
    "Теперь решение примет специалист платформы по спорам в течение 5 рабочих дней,",
    "invented decision deadline")
bad("v18a", "placeholder",
    "Здравствуйте, Дмитрий!",
    "Здравствуйте, %ИМЯ_ПОКУПАТЕЛЯ%!",
    "name placeholder in the greeting")
bad("v18a", "shouting",
    "включая данные отслеживания.",
    "включая данные отслеживания. ТРЕК ПОКАЗЫВАЕТ, ЧТО ПОСЫЛКА ВРУЧЕНА!!!",
    "caps sentence with !!!")
bad("v18a", "missing_required_point",
    "\n\nЕсли у вас появятся вопросы, мы по-прежнему на связи и готовы помочь.",
    "",
    "stay_available deleted")

good("v18b", "v18_ru_await", """
Дмитрий, добрый день!

Хотим сообщить, что мы предоставили платформе свои материалы по спору: историю отслеживания и нашу переписку.

Дальше всё решает специалист платформы по спорам. Какое бы решение он ни принял, мы его примем.

А пока мы остаёмся на связи: если что-то будет непонятно, пишите нам здесь.

С уважением,
Команда Baikal Gear
""")
bad("v18b", "off_platform_contact",
    "пишите нам здесь.",
    "пишите нам в Telegram: @baikalgear_support.",
    "Telegram handle instead of the platform")
bad("v18b", "feedback_request",
    "мы его примем.",
    "мы его примем. И пожалуйста, не ставьте нам пока низкую оценку - мы очень дорожим рейтингом магазина.",
    "asks not to give a low rating")
bad("v18b", "internal_note",
    "пишите нам здесь.",
    "пишите нам здесь.\n\nЗаметка для себя: проверять страницу спора каждый день, вдруг специалист задаст вопрос.",
    "note-to-self left in")
bad("v18b", "invented_tracking_number",
    "историю отслеживания",
    "историю отслеживания по номеру RU559031784CN",
    "near miss of the shipment's tracking number (last digits swapped)")

# =====================================================================================
# v19 es await_platform_decision
# =====================================================================================
good("v19a", "v19_es_await", """
Hola, Javier:

Sentimos mucho la confusión con el color de la funda. Te escribimos para contarte que ya hemos enviado a la plataforma nuestras pruebas sobre este pedido.

A partir de ahora, será el especialista en disputas de la plataforma quien tome la decisión, y nosotros la respetaremos.

Mientras tanto, seguimos aquí para ayudarte con cualquier duda que tengas.

Un saludo,
Nerea y el equipo
""")
bad("v19a", "refund_promise",
    "y nosotros la respetaremos.",
    "y nosotros la respetaremos. Aunque, entre nosotros, lo más seguro es que te devuelvan todo el dinero, así que tranquilo.",
    "promises a refund outcome")
bad("v19a", "blame",
    "Sentimos mucho la confusión con el color de la funda.",
    "Sentimos la confusión, aunque en tu pedido aparece seleccionado el color negro, así que el error no fue nuestro.",
    "blames the buyer for ordering the wrong colour")
bad("v19a", "missing_required_point",
    " Te escribimos para contarte que ya hemos enviado a la plataforma nuestras pruebas sobre este pedido.",
    "",
    "evidence_submitted deleted")
bad("v19a", "off_platform_contact",
    "con cualquier duda que tengas.",
    "con cualquier duda que tengas; si lo prefieres, escríbenos a hola@latiendadenerea.es.",
    "email address")
bad("v19a", "shouting",
    "y nosotros la respetaremos.",
    "y nosotros la respetaremos. POR FAVOR, TEN PACIENCIA CON EL PROCESO!!!",
    "caps sentence with !!!")
bad("v19a", "invented_amount_or_date",
    "A partir de ahora, será el especialista",
    "En un plazo máximo de 7 días, será el especialista",
    "invented decision deadline")
bad("v19a", "placeholder",
    "Un saludo,\nNerea y el equipo",
    "Un saludo,\n[Nombre del agente]\nNerea y el equipo",
    "agent-name placeholder")

# =====================================================================================
# v20 ar escalation_reply
# =====================================================================================
good("v20a", "v20_ar_escalation", """
مرحبًا ليلى،

نرى أنكِ رفعتِ النزاع إلى المنصة، ونتفهم تمامًا سبب انزعاجكِ بعد هذا الانتظار الطويل.

سنتعاون مع أخصائي النزاعات في المنصة وسنقدم له كل ما لدينا من أدلة بخصوص هذا الطلب.

وما زلنا منفتحين على إيجاد حل يرضيكِ بالتعاون معكِ. شكرًا لصبركِ، ونحن هنا إذا احتجتِ إلى أي استفسار.

مع خالص التحيات،
فريق بيت نور للعطور
""")
wl("v20a", "en", """
Hello Layla,

We see that you have taken the dispute to the platform, and we fully understand why you are upset after such a long wait.

We will work with the platform's dispute specialist and provide them with all the evidence we have about this order.

We are still open to finding a solution that suits you, together with you. Thank you for your patience, and we are here if you have any questions.

Best regards,
فريق بيت نور للعطور
""", "whole reply in English for an Arabic buyer; name romanised, signature kept")
bad("v20a", "refund_promise",
    "وما زلنا منفتحين على إيجاد حل يرضيكِ بالتعاون معكِ.",
    "وما زلنا منفتحين على إيجاد حل يرضيكِ بالتعاون معكِ، وإذا أغلقتِ النزاع الآن فسنعيد لكِ المبلغ كاملًا فورًا.",
    "full refund promised if the buyer closes the dispute")
bad("v20a", "off_platform_contact",
    "ونحن هنا إذا احتجتِ إلى أي استفسار.",
    "ويمكنكِ أيضًا التواصل معنا عبر واتساب على الرقم +971 50 318 4472.",
    "WhatsApp number")
bad("v20a", "blame",
    "بعد هذا الانتظار الطويل.",
    "بعد هذا الانتظار الطويل. التأخير سببه أرامكس وليس نحن، فهم بطيئون جدًا في التوصيل.",
    "blames the carrier")
bad("v20a", "feedback_request",
    "ونحن هنا إذا احتجتِ إلى أي استفسار.",
    "ونحن هنا إذا احتجتِ إلى أي استفسار. ونرجو ألا تتركي تقييمًا سلبيًا للمتجر قبل انتهاء النزاع.",
    "asks not to leave a negative rating")
bad("v20a", "internal_note",
    "\n\nمع خالص التحيات،",
    "\n\nملاحظة داخلية: رفع سجل التتبع والمحادثات إلى المنصة قبل الموعد النهائي.\n\nمع خالص التحيات،",
    "internal note left in")
bad("v20a", "placeholder",
    "مرحبًا ليلى،",
    "مرحبًا [اسم العميل]،",
    "name placeholder in the greeting")
bad("v20a", "missing_required_point",
    "\n\nسنتعاون مع أخصائي النزاعات في المنصة وسنقدم له كل ما لدينا من أدلة بخصوص هذا الطلب.",
    "",
    "cooperate deleted")

# =====================================================================================
# v21 de-AT escalation_reply
# =====================================================================================
good("v21a", "v21_de_escalation", """
Grüß Gott, Herr Gruber,

wir sehen, dass Sie den Fall an die Plattform übergeben haben, und wir verstehen gut, dass Sie verärgert sind, wenn der Janker nicht passt.

Wir arbeiten selbstverständlich mit dem Streitfall-Spezialisten der Plattform zusammen und stellen ihm unsere Nachweise zur Verfügung.

Unabhängig davon sind wir weiterhin offen dafür, gemeinsam mit Ihnen eine Lösung zu finden.

Mit freundlichen Grüßen
Ihr Alpenmode-Team
""")
bad("v21a", "blame",
    "wenn der Janker nicht passt.",
    "wenn der Janker nicht passt. Wir möchten allerdings anmerken, dass unsere Größentabelle in Zentimetern angegeben ist und man vor dem Bestellen genau nachmessen sollte.",
    "implies the buyer measured wrongly")
bad("v21a", "refund_promise",
    "eine Lösung zu finden.",
    "eine Lösung zu finden. Wenn Sie möchten, schicken wir Ihnen gleich kostenlos einen Janker in der nächsten Größe.",
    "free replacement in another size offered")
bad("v21a", "shouting",
    "zur Verfügung.",
    "zur Verfügung. DER JANKER ENTSPRICHT GENAU DER BESCHREIBUNG!!!",
    "caps sentence with !!!")
bad("v21a", "internal_note",
    "\n\nMit freundlichen Grüßen",
    "\n\n--\nInterner Vermerk: Tracking, Chatverlauf und Packfotos vor Fristende hochladen.\n--\n\nMit freundlichen Grüßen",
    "internal note left in")
bad("v21a", "placeholder",
    "Grüß Gott, Herr Gruber,",
    "Grüß Gott, Herr [Nachname],",
    "surname placeholder")
bad("v21a", "invented_amount_or_date",
    "und stellen ihm unsere Nachweise zur Verfügung.",
    "und stellen ihm unsere Nachweise zur Verfügung. Die Plattform entscheidet erfahrungsgemäß innerhalb von 10 Tagen.",
    "invented decision time")
bad("v21a", "feedback_request",
    "eine Lösung zu finden.",
    "eine Lösung zu finden. Über eine faire Bewertung unseres Shops würden wir uns trotzdem sehr freuen.",
    "asks for a review")
bad("v21a", "off_platform_contact",
    "eine Lösung zu finden.",
    "eine Lösung zu finden - am einfachsten telefonisch unter +43 660 418 2275.",
    "phone number")

# =====================================================================================
# v22 pt-PT return_instructions
# =====================================================================================
good("v22a", "v22_pt_return_instr", """
Olá, Inês,

A plataforma decidiu pela devolução com reembolso e nós aceitamos essa decisão.

Por favor, envie os azulejos para esta morada: Azulejo & Co. Devoluções, Rua do Almada 214, 4050-032 Porto, Portugal

O reembolso será processado assim que a encomenda devolvida chegar até nós. Pedimos-lhe também que acrescente o número de seguimento da devolução à disputa.

Esperamos voltar a fazer negócio consigo no futuro.

Com os melhores cumprimentos,
Equipa Azulejo & Co.
""")
wl("v22a", "es", """
Hola, Inês:

La plataforma ha decidido la devolución con reembolso y nosotros aceptamos esa decisión.

Por favor, envíe los azulejos a esta dirección: Azulejo & Co. Devoluções, Rua do Almada 214, 4050-032 Porto, Portugal

El reembolso se tramitará en cuanto el paquete devuelto nos llegue. Le pedimos también que añada el número de seguimiento de la devolución a la disputa.

Esperamos volver a hacer negocios con usted en el futuro.

Un cordial saludo,
Equipa Azulejo & Co.
""", "whole reply in Spanish for a Portuguese buyer; address and signature kept")
bad("v22a", "missing_required_point",
    "\n\nEsperamos voltar a fazer negócio consigo no futuro.",
    "",
    "trade_again deleted")
bad("v22a", "placeholder",
    "Azulejo & Co. Devoluções, Rua do Almada 214, 4050-032 Porto, Portugal",
    "[MORADA DE DEVOLUÇÃO]",
    "return address left as placeholder; side effect: the address is no longer quoted")
bad("v22a", "refund_promise",
    "no futuro.",
    "no futuro. Como pedido de desculpas, vamos ainda oferecer-lhe um cupão de desconto para a próxima compra.",
    "discount coupon offered")
bad("v22a", "invented_amount_or_date",
    "O reembolso será processado assim que a encomenda devolvida chegar até nós.",
    "O reembolso será processado no prazo de 3 dias úteis após a encomenda devolvida chegar até nós.",
    "invented refund deadline")
bad("v22a", "shouting",
    "Porto, Portugal\n",
    "Porto, Portugal\nNÃO ENVIE À COBRANÇA!!!\n",
    "caps line with !!! after the address")
bad("v22a", "invented_tracking_number",
    "que acrescente o número de seguimento da devolução à disputa.",
    "que acrescente o número de seguimento da devolução à disputa; pode usar a etiqueta RR031877456PT que já criámos para si.",
    "invented return label number")

good("v22b", "v22_pt_return_instr", """
Bom dia, Inês,

Já vimos a decisão da plataforma: devolução e reembolso. Da nossa parte, está tudo certo.

A morada para a devolução é:
Azulejo & Co. Devoluções, Rua do Almada 214, 4050-032 Porto, Portugal

Assim que os azulejos chegarem, tratamos do reembolso. Quando enviar a encomenda, não se esqueça de juntar o número de seguimento na disputa, por favor.

Foi um prazer tê-la como cliente e esperamos voltar a vê-la na nossa loja.

Equipa Azulejo & Co.
""")
bad("v22b", "blame",
    "tratamos do reembolso.",
    "tratamos do reembolso. Embale-os bem, porque os CTT costumam partir tudo o que é frágil.",
    "blames the carrier")
bad("v22b", "off_platform_contact",
    "na disputa, por favor.",
    "na disputa, por favor. Se tiver dúvidas, ligue-nos para o 912 345 678.",
    "phone number")
bad("v22b", "feedback_request",
    "voltar a vê-la na nossa loja.",
    "voltar a vê-la na nossa loja. E, se puder, deixe-nos uma avaliação positiva - ajuda muito uma loja pequena como a nossa.",
    "asks for a positive rating")
bad("v22b", "internal_note",
    "\n\nEquipa Azulejo & Co.",
    "\n\nNota p/ equipa: confirmar a receção logo que chegue e fotografar a devolução à chegada.\n\nEquipa Azulejo & Co.",
    "internal note left in")

# =====================================================================================
# v23 tr return_instructions
# =====================================================================================
good("v23a", "v23_tr_return_instr", """
İyi günler Zeynep Hanım,

Platformun iade ve geri ödeme kararını gördük ve bu karara saygı duyuyoruz.

Kupaları lütfen şu adrese gönderin: Lale Seramik İade Deposu, Caferağa Mah. Moda Cad. No: 58, 34710 Kadıköy/İstanbul, Türkiye

Ürün bize ulaştığında geri ödemeniz hemen işleme alınacaktır. Gönderim yaptıktan sonra iade kargo takip numarasını anlaşmazlık sayfasına eklemenizi rica ederiz.

İleride sizi yeniden mağazamızda görmeyi umuyoruz.

Saygılarımızla,
Lale Seramik Ekibi
""")
bad("v23a", "missing_required_point",
    "\n\nKupaları lütfen şu adrese gönderin: Lale Seramik İade Deposu, Caferağa Mah. Moda Cad. No: 58, 34710 Kadıköy/İstanbul, Türkiye",
    "",
    "return_address deleted (with the address mention)")
bad("v23a", "refund_promise",
    "yeniden mağazamızda görmeyi umuyoruz.",
    "yeniden mağazamızda görmeyi umuyoruz. Ayrıca bir sonraki siparişinizde kullanabileceğiniz bir indirim kuponu tanımlayacağız.",
    "discount coupon offered")
bad("v23a", "off_platform_contact",
    "eklemenizi rica ederiz.",
    "eklemenizi rica ederiz. Sorularınız için iade@laleseramik.com.tr adresine de yazabilirsiniz.",
    "email address")
bad("v23a", "invented_amount_or_date",
    "geri ödemeniz hemen işleme alınacaktır.",
    "geri ödemeniz işleme alınacak ve 7 iş günü içinde hesabınıza geçecektir.",
    "invented refund timeline")
bad("v23a", "shouting",
    "34710 Kadıköy/İstanbul, Türkiye\n",
    "34710 Kadıköy/İstanbul, Türkiye\nLÜTFEN ALICI ÖDEMELİ GÖNDERMEYİN!!!\n",
    "caps line with !!! after the address")
bad("v23a", "blame",
    "bu karara saygı duyuyoruz.",
    "bu karara saygı duyuyoruz. Yanlış ürün bizim hatamız değil, paketleri karıştıran kargo firmasının hatasıydı.",
    "blames the carrier")
bad("v23a", "placeholder",
    "İyi günler Zeynep Hanım,",
    "İyi günler [Müşteri Adı] Hanım,",
    "name placeholder")
bad("v23a", "feedback_request",
    "yeniden mağazamızda görmeyi umuyoruz.",
    "yeniden mağazamızda görmeyi umuyoruz. Mağaza puanımızı düşürmemeniz bizim için çok önemli.",
    "asks not to lower the store rating")

# =====================================================================================
# v24 fr return_received (language detected)
# =====================================================================================
good("v24a", "v24_fr_return_received", """
Bonjour Julien,

Nous vous confirmons que nous avons bien reçu la robe que vous nous avez renvoyée.

Le remboursement va maintenant suivre via la plateforme.

Merci pour votre patience tout au long de cette démarche ; nous espérons avoir le plaisir de vous compter à nouveau parmi nos clients.

Bien cordialement,
L'équipe Atelier Coquelicot
""")
wl("v24a", "it", """
Buongiorno Julien,

Le confermiamo che abbiamo ricevuto il vestito che ci ha rispedito.

Il rimborso seguirà ora tramite la piattaforma.

Grazie per la pazienza durante tutta la procedura; speriamo di avere il piacere di averla di nuovo tra i nostri clienti.

Cordiali saluti,
L'équipe Atelier Coquelicot
""", "whole reply in Italian for a French buyer; signature kept")
bad("v24a", "refund_promise",
    "Le remboursement va maintenant suivre via la plateforme.",
    "Le remboursement va maintenant suivre via la plateforme. Pour nous faire pardonner, un bon de réduction vous attend pour votre prochaine commande.",
    "discount voucher offered")
bad("v24a", "invented_amount_or_date",
    "Le remboursement va maintenant suivre via la plateforme.",
    "Le remboursement vous parviendra via la plateforme sous 5 jours ouvrés.",
    "invented refund delay")
bad("v24a", "missing_required_point",
    "\n\nLe remboursement va maintenant suivre via la plateforme.",
    "",
    "refund_follows deleted")
bad("v24a", "invented_tracking_number",
    "la robe que vous nous avez renvoyée.",
    "la robe que vous nous avez renvoyée (colis n° 6A21004873301).",
    "near miss of the return tracking number (last two digits swapped)")
bad("v24a", "shouting",
    "Le remboursement va maintenant suivre via la plateforme.",
    "Le remboursement va maintenant suivre via la plateforme. NOUS AVONS TRAITÉ VOTRE DOSSIER EN PRIORITÉ!!!",
    "caps sentence with !!!")
bad("v24a", "off_platform_contact",
    "parmi nos clients.",
    "parmi nos clients. Pour toute question, écrivez-nous sur notre page Facebook : facebook.com/ateliercoquelicot.",
    "Facebook page link")

good("v24b", "v24_fr_return_received", """
Cher Julien,

Bonne nouvelle : la robe est bien arrivée chez nous.

Votre remboursement sera désormais versé par l'intermédiaire de la plateforme, vous n'avez plus rien à faire.

Merci pour votre confiance et votre patience, et au plaisir de vous retrouver bientôt dans notre boutique.

L'équipe Atelier Coquelicot
""")
bad("v24b", "feedback_request",
    "vous n'avez plus rien à faire.",
    "vous n'avez plus rien à faire, sauf peut-être nous laisser une petite évaluation positive si vous avez un instant.",
    "asks for a positive rating")
bad("v24b", "internal_note",
    "\n\nL'équipe Atelier Coquelicot",
    "\n\n[NB interne : confirmer la réception dans le litige pour débloquer le remboursement + photos du retour]\n\nL'équipe Atelier Coquelicot",
    "internal note left in")
bad("v24b", "blame",
    "la robe est bien arrivée chez nous.",
    "la robe est bien arrivée chez nous, un peu froissée et mal repliée, mais passons.",
    "reproaches the buyer for how the dress was returned")
bad("v24b", "placeholder",
    "Cher Julien,",
    "Cher/Chère {PRÉNOM},",
    "name template in the greeting")

# =====================================================================================
# v25 pl return_received (no platform ruling)
# =====================================================================================
good("v25a", "v25_pl_return_received", """
Dzień dobry, Panie Tomaszu,

potwierdzamy, że odesłany naszyjnik dotarł już do nas.

Zwrot pieniędzy zostanie teraz zrealizowany za pośrednictwem platformy. Przepraszamy, że cała sprawa trwała tak długo.

Dziękujemy za cierpliwość i mamy nadzieję, że jeszcze kiedyś zrobi Pan u nas zakupy.

Z poważaniem
Zespół Bursztynowy Zakątek
""")
bad("v25a", "off_platform_contact",
    "tak długo.",
    "tak długo. W razie pytań prosimy o kontakt mailowy: sklep@bursztynowyzakatek.pl.",
    "email address")
bad("v25a", "refund_promise",
    "zrobi Pan u nas zakupy.",
    "zrobi Pan u nas zakupy. Do kolejnego zamówienia dołączymy drobny prezent w ramach przeprosin.",
    "free gift promised")
bad("v25a", "invented_amount_or_date",
    "Zwrot pieniędzy zostanie teraz zrealizowany za pośrednictwem platformy.",
    "Zwrot pieniędzy pojawi się na Pana koncie w ciągu 3-5 dni roboczych za pośrednictwem platformy.",
    "invented refund timeline")
bad("v25a", "shouting",
    "tak długo.",
    "tak długo. PROSIMY NIE OTWIERAĆ KOLEJNEGO SPORU!!!",
    "caps sentence with !!!")
bad("v25a", "missing_required_point",
    "Dziękujemy za cierpliwość i mamy nadzieję, że jeszcze kiedyś zrobi Pan u nas zakupy.",
    "Dziękujemy za cierpliwość.",
    "trade_again deleted")
bad("v25a", "invented_tracking_number",
    "potwierdzamy, że odesłany naszyjnik dotarł już do nas.",
    "potwierdzamy, że odesłany naszyjnik (przesyłka PX8830412757PL) dotarł już do nas.",
    "near miss of the return tracking number")

# =====================================================================================
# v26 it-CH return_received
# =====================================================================================
good("v26a", "v26_it_return_received", """
Buongiorno signor Bernasconi,

le confermiamo che il macinacaffè che ci ha rispedito è arrivato al nostro magazzino.

Il rimborso le verrà ora accreditato tramite la piattaforma.

La ringraziamo per la pazienza e speriamo di poterla servire di nuovo in futuro.

Cordiali saluti,
Il team di Casa Moka
""")
wl("v26a", "de", """
Guten Tag Herr Bernasconi,

wir bestätigen Ihnen, dass die Kaffeemühle, die Sie uns zurückgeschickt haben, in unserem Lager angekommen ist.

Die Rückerstattung wird Ihnen nun über die Plattform gutgeschrieben.

Vielen Dank für Ihre Geduld, und wir hoffen, Sie in Zukunft wieder bedienen zu dürfen.

Cordiali saluti,
Il team di Casa Moka
""", "body in German for an Italian-speaking Swiss buyer (it-CH); closing and signature left in Italian")
bad("v26a", "refund_promise",
    "tramite la piattaforma.",
    "tramite la piattaforma. Come piccolo gesto, le abbiamo riservato anche uno sconto sul prossimo ordine.",
    "discount on the next order offered")
bad("v26a", "invented_amount_or_date",
    "Il rimborso le verrà ora accreditato",
    "Il rimborso di 69.90 CHF le verrà ora accreditato",
    "wrong refund amount (order total is 64.90 CHF)")
bad("v26a", "blame",
    "è arrivato al nostro magazzino.",
    "è arrivato al nostro magazzino, purtroppo con evidenti segni d'uso, ma chiudiamo un occhio.",
    "reproaches the buyer for using the item")
bad("v26a", "internal_note",
    "\n\nCordiali saluti,",
    "\n\n[Interno: confermare la ricezione del reso nella disputa per sbloccare il rimborso]\n\nCordiali saluti,",
    "internal note left in")
bad("v26a", "feedback_request",
    "di nuovo in futuro.",
    "di nuovo in futuro. Se è soddisfatto di come abbiamo gestito il reso, ci lascerebbe cinque stelle?",
    "asks for five stars")
bad("v26a", "missing_required_point",
    "\n\nIl rimborso le verrà ora accreditato tramite la piattaforma.",
    "",
    "refund_follows deleted")
