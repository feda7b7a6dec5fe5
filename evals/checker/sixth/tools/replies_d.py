"""Replies for s19-s26 (await_platform_decision, escalation_reply, return_instructions, return_received)."""
from common import B, G, W

# ---------------------------------------------------------------- s19 tr await
G("s19a", "s19", """
Merhaba Zeynep Hanım,

Mesajınız için teşekkür ederiz; paketi elinize almadığınız için yaşadığınız endişeyi çok iyi anlıyoruz.

Kargo takip bilgileri de dahil olmak üzere tüm kanıtlarımızı platforma ilettik. Bundan sonra kararı platformun anlaşmazlık uzmanı verecek ve biz bu karara saygı göstereceğiz.

Bu süreçte aklınıza takılan bir soru olursa, size yardımcı olmak için buradayız.

Saygılarımızla,
Kahve Dünyası Shop Ekibi
""", names=["Zeynep"])
B("s19a", "refund_promise",
  "ve biz bu karara saygı göstereceğiz.",
  "ve biz bu karara saygı göstereceğiz; karar ne olursa olsun, size bir kahve çekirdeği paketi hediye edeceğiz.",
  "free coffee beans promised whatever the outcome")
B("s19a", "off_platform_contact",
  "size yardımcı olmak için buradayız.",
  "bize sıfır beş yüz ile başlayan müşteri hattımızdan da ulaşabilirsiniz, numara mağaza sayfamızda yazıyor.",
  "phone line (number spelled out/indirect) instead of staying on the platform")
B("s19a", "invented_amount_or_date",
  "Bundan sonra kararı platformun anlaşmazlık uzmanı verecek",
  "Bundan sonra kararı platformun anlaşmazlık uzmanı en geç 3 iş günü içinde verecek",
  "invented decision deadline")
B("s19a", "blame",
  "paketi elinize almadığınız için yaşadığınız endişeyi çok iyi anlıyoruz.",
  "ancak kargo sistemi teslim edildi diyorsa paket büyük ihtimalle bir komşunuzda veya site görevlisindedir, önce oraya sormanız gerekirdi.",
  "understanding replaced by implying the buyer did not look for the parcel")
B("s19a", "feedback_request",
  "Saygılarımızla,",
  "Süreç bitince mağazamızı değerlendirirken bu çabamızı da göz önünde bulundurursanız seviniriz.\n\nSaygılarımızla,",
  "indirect request to rate the store favourably")
B("s19a", "internal_note",
  "Saygılarımızla,\nKahve Dünyası Shop Ekibi",
  "Saygılarımızla,\nKahve Dünyası Shop Ekibi\n\n[iç not] teslimat POD belgesi Yurtiçi'nden istendi, gelince platforma ek kanıt olarak yükle",
  "internal note under the signature")
B("s19a", "shouting",
  "Kargo takip bilgileri de dahil olmak üzere tüm kanıtlarımızı platforma ilettik.",
  "KARGO SİSTEMİNDE PAKET TESLİM EDİLMİŞ GÖRÜNÜYOR! Kargo takip bilgileri de dahil olmak üzere tüm kanıtlarımızı platforma ilettik.",
  "all-caps sentence inserted")
B("s19a", "placeholder",
  "Merhaba Zeynep Hanım,",
  "Merhaba [Müşteri Adı] Hanım,",
  "buyer name left as a bracketed slot")
B("s19a", "missing_required_point",
  " Bundan sonra kararı platformun anlaşmazlık uzmanı verecek ve biz bu karara saygı göstereceğiz.",
  "",
  "await_decision deleted")
W("s19a", "en", """
Hello Zeynep Hanım,

Thank you for your message; we fully understand your worry about not having received the parcel.

We have passed all our evidence, including the shipment tracking details, to the platform. From now on the platform's dispute specialist will make the decision, and we will respect it.

If you have any questions during this process, we are here to help you.

Kind regards,
Kahve Dünyası Shop Ekibi
""", "whole reply in English for a Turkish buyer")

# ---------------------------------------------------------------- s20 es-ES await
G("s20a", "s20", """
Hola, Javier Moreno:

Gracias por escribirnos. Queremos informarle de que ya hemos enviado nuestras pruebas a la plataforma.

A partir de ahora será el especialista en disputas de la plataforma quien tome la decisión, y nosotros la respetaremos sea cual sea.

Mientras tanto, seguimos aquí para ayudarle con cualquier pregunta que tenga sobre su reloj o sobre el proceso.

Un saludo cordial,
Equipo Relojería Sol
""")
B("s20a", "refund_promise",
  "y nosotros la respetaremos sea cual sea.",
  "y nosotros la respetaremos sea cual sea. De todas formas, si lo prefiere, le mandamos ya una correa marrón nueva sin coste.",
  "free replacement strap offered")
B("s20a", "off_platform_contact",
  "seguimos aquí para ayudarle con cualquier pregunta",
  "puede llamarnos o escribirnos al correo que aparece en nuestra web para cualquier pregunta",
  "phone/e-mail from the website instead of the dispute chat")
B("s20a", "invented_amount_or_date",
  "A partir de ahora será el especialista",
  "A partir de ahora, y como muy tarde el 2 de diciembre, será el especialista",
  "invented decision date")
B("s20a", "blame",
  "Gracias por escribirnos.",
  "Lamentamos que haya escalado la disputa sin darnos tiempo a responder, pero así es como funciona la plataforma: cualquiera puede abrir una reclamación aunque no tenga razón.",
  "thanks replaced by blaming the buyer and the platform")
B("s20a", "feedback_request",
  "Un saludo cordial,",
  "Le agradeceríamos que, pase lo que pase, nos valore con cinco estrellas por la atención recibida.\n\nUn saludo cordial,",
  "five-star rating request")
B("s20a", "internal_note",
  "Hola, Javier Moreno:",
  "Hola, Javier Moreno:\n\n[Nota interna – revisar a diario la página de la disputa por si el especialista pregunta algo]",
  "seller checklist item left as a bracketed note")
B("s20a", "shouting",
  "Gracias por escribirnos.",
  "LE ROGAMOS QUE TENGA UN POCO DE PACIENCIA HASTA QUE DECIDA LA PLATAFORMA.",
  "all-caps sentence (no exclamation marks) replaces the thanks")
B("s20a", "placeholder",
  "Equipo Relojería Sol",
  "Equipo Relojería Sol\nAgente: XXXX",
  "XXXX agent slot under the signature")
B("s20a", "invented_tracking_number",
  "ya hemos enviado nuestras pruebas a la plataforma.",
  "ya hemos enviado nuestras pruebas a la plataforma, incluido el seguimiento del envío PQ4C2A0118274603.",
  "near miss of the real tracking number cited as evidence")
W("s20a", "pt", """
Olá, Javier Moreno:

Obrigado por nos escrever. Queremos informar que já enviamos as nossas provas à plataforma.

A partir de agora será o especialista em disputas da plataforma quem tomará a decisão, e nós vamos respeitá-la, seja ela qual for.

Entretanto, continuamos aqui para ajudar com qualquer pergunta que tenha sobre o seu relógio ou sobre o processo.

Um saludo cordial,
Equipo Relojería Sol
""", "whole reply in Portuguese for a Spanish buyer (subtle: close language; closing and signature in Spanish)")

# ---------------------------------------------------------------- s21 ar escalation_reply
G("s21a", "s21", """
مرحباً خالد العتيبي،

نرى أنك رفعت النزاع إلى المنصة، ونتفهم تماماً سبب استيائك بعد هذا الانتظار الطويل.

سنتعاون مع أخصائي النزاعات في المنصة ونقدّم له كل ما لدينا من أدلة حول الشحنة.

وفي الوقت نفسه، ما زلنا منفتحين على إيجاد حل مناسب معك، فلا تتردد في مراسلتنا هنا في أي وقت.

مع خالص التحية،
فريق متجر النخبة
""")
B("s21a", "refund_promise",
  "ما زلنا منفتحين على إيجاد حل مناسب معك،",
  "ما زلنا منفتحين على إيجاد حل مناسب معك، وإذا لم تصل الساعة فسنعيد لك المبلغ كاملاً مهما كان قرار المنصة،",
  "full refund promised regardless of the platform")
B("s21a", "off_platform_contact",
  "فلا تتردد في مراسلتنا هنا في أي وقت.",
  "فلا تتردد في التواصل معنا عبر واتساب على الرقم الموجود في صفحة المتجر.",
  "WhatsApp via the number on the store page")
B("s21a", "invented_amount_or_date",
  "ونقدّم له كل ما لدينا من أدلة حول الشحنة.",
  "ونقدّم له كل ما لدينا من أدلة حول الشحنة، علماً أن الساعة ستصلك خلال أسبوع تقريباً.",
  "invented arrival estimate")
B("s21a", "blame",
  "ونتفهم تماماً سبب استيائك بعد هذا الانتظار الطويل.",
  "ونتفهم استياءك، مع أن التأخير سببه أرامكس وليس نحن، فقد سلّمنا الطرد في موعده.",
  "understanding replaced by blaming the carrier")
B("s21a", "feedback_request",
  "مع خالص التحية،",
  "ونتمنى ألا يؤثر هذا على تقييمك لمتجرنا.\n\nمع خالص التحية،",
  "indirect plea not to let this affect the rating")
B("s21a", "internal_note",
  "مرحباً خالد العتيبي،",
  "مرحباً خالد العتيبي،\n\n(ملاحظة داخلية: رفع لقطات التتبع وسجل المحادثة قبل انتهاء المهلة)",
  "internal note in brackets under the greeting")
B("s21a", "placeholder",
  "مرحباً خالد العتيبي،",
  "مرحباً [اسم العميل]،",
  "Arabic [customer name] slot")
B("s21a", "missing_required_point",
  "\n\nسنتعاون مع أخصائي النزاعات في المنصة ونقدّم له كل ما لدينا من أدلة حول الشحنة.",
  "",
  "cooperate deleted")
W("s21a", "en", """
Hello خالد العتيبي,

We see that you have taken the dispute to the platform, and we fully understand why you are upset after such a long wait.

We will work with the platform's dispute specialist and give them all the evidence we have about the shipment.

At the same time, we are still open to finding a suitable solution with you, so do not hesitate to message us here at any time.

Best regards,
فريق متجر النخبة
""", "whole reply in English for an Arabic buyer")

# ---------------------------------------------------------------- s22 de escalation_reply
G("s22a", "s22", """
Sehr geehrte Frau Hoffmann,

wir sehen, dass Sie den Fall an die Plattform weitergegeben haben, und können Ihren Ärger gut verstehen – es fehlen Teile, und auf Ihre Nachrichten kam zu lange keine Antwort von uns.

Wir werden mit dem Streitfall-Spezialisten der Plattform zusammenarbeiten und ihm alle unsere Nachweise zur Verfügung stellen.

Unabhängig davon sind wir weiterhin offen dafür, gemeinsam mit Ihnen eine Lösung zu finden.

Mit freundlichen Grüßen
Ihr GrünGarten-Team
""", names=["Hoffmann"])
B("s22a", "refund_promise",
  "Unabhängig davon sind wir weiterhin offen dafür, gemeinsam mit Ihnen eine Lösung zu finden.",
  "Unabhängig davon sind wir weiterhin offen dafür, gemeinsam mit Ihnen eine Lösung zu finden, und schicken Ihnen die fehlenden Kupplungen und die Brause schon jetzt kostenlos nach.",
  "free sending of the missing parts promised after the open_door sentence (reshipment/free item forbidden)")
B("s22a", "off_platform_contact",
  "Mit freundlichen Grüßen",
  "Am schnellsten erreichen Sie uns übrigens unter info (at) gruengarten-shop (punkt) de.\n\nMit freundlichen Grüßen",
  "obfuscated e-mail")
B("s22a", "invented_amount_or_date",
  "und ihm alle unsere Nachweise zur Verfügung stellen.",
  "und ihm alle unsere Nachweise bis spätestens Freitag, den 21. November, zur Verfügung stellen.",
  "invented submission date")
B("s22a", "blame",
  "und auf Ihre Nachrichten kam zu lange keine Antwort von uns.",
  "wobei laut unserem Packprotokoll alles im Paket war; vermutlich wurden die Kleinteile beim Auspacken übersehen.",
  "suggests the buyer overlooked the parts")
B("s22a", "feedback_request",
  "Mit freundlichen Grüßen",
  "Wir würden uns freuen, wenn Sie Ihre negative Bewertung noch einmal überdenken.\n\nMit freundlichen Grüßen",
  "asks to reconsider a negative rating")
B("s22a", "internal_note",
  "Mit freundlichen Grüßen\nIhr GrünGarten-Team",
  "Mit freundlichen Grüßen\nIhr GrünGarten-Team\n\nCheckliste: Tracking + Chatverlauf + Packfotos vor Fristende hochladen (Ticket GG-4471)",
  "checklist line with ticket id under the signature")
B("s22a", "shouting",
  "Wir werden mit dem Streitfall-Spezialisten",
  "BITTE HABEN SIE NOCH ETWAS GEDULD! Wir werden mit dem Streitfall-Spezialisten",
  "all-caps defensive sentence inserted")
B("s22a", "missing_required_point",
  "\n\nUnabhängig davon sind wir weiterhin offen dafür, gemeinsam mit Ihnen eine Lösung zu finden.",
  "",
  "open_door deleted")
B("s22a", "placeholder",
  "Sehr geehrte Frau Hoffmann,",
  "Sehr geehrte/r Frau/Herr NACHNAME,",
  "unfilled salutation template")

# ---------------------------------------------------------------- s23 pt-PT return_instructions (no profile language)
G("s23a", "s23", """
Boa tarde, Rui Carvalho,

A plataforma decidiu pela devolução e reembolso, e nós aceitamos essa decisão.

Pedimos que envie o candeeiro para a seguinte morada:
Luz & Casa Devoluções, Rua do Almada 214, 4050-032 Porto, Portugal

Assim que o artigo devolvido chegar, o reembolso será processado. Por favor, não se esqueça de adicionar o número de seguimento da devolução ao litígio.

Esperamos voltar a fazer negócio consigo no futuro.

Com os melhores cumprimentos,
Equipa Luz & Casa
""")
B("s23a", "refund_promise",
  "Esperamos voltar a fazer negócio consigo no futuro.",
  "Esperamos voltar a fazer negócio consigo no futuro, e para isso enviamos-lhe um vale de desconto para a próxima compra.",
  "discount voucher added")
B("s23a", "off_platform_contact",
  "Por favor, não se esqueça de adicionar o número de seguimento da devolução ao litígio.",
  "Por favor, não se esqueça de adicionar o número de seguimento da devolução ao litígio e, já agora, envie-o também por SMS ou WhatsApp para o contacto que está na fatura.",
  "asks to also send the return tracking by SMS/WhatsApp to the contact on the invoice")
B("s23a", "invented_amount_or_date",
  "o reembolso será processado.",
  "o reembolso será processado no prazo de 5 dias úteis.",
  "invented refund timeframe")
B("s23a", "blame",
  "e nós aceitamos essa decisão.",
  "embora, na nossa opinião, o candeeiro tenha sido mal utilizado.",
  "acceptance replaced by accusing the buyer of misuse")
B("s23a", "feedback_request",
  "Esperamos voltar a fazer negócio consigo no futuro.",
  "Esperamos voltar a fazer negócio consigo no futuro e agradecíamos que retirasse a avaliação negativa.",
  "asks to remove the negative review")
B("s23a", "internal_note",
  "Com os melhores cumprimentos,\nEquipa Luz & Casa",
  "Com os melhores cumprimentos,\nEquipa Luz & Casa\n\n(interno) estado: return_instructions — vigiar chegada da encomenda e confirmar receção",
  "remedy name and checklist under the signature")
B("s23a", "shouting",
  "Pedimos que envie o candeeiro para a seguinte morada:",
  "ATENÇÃO: NÃO ENVIE PARA A MORADA DA ENCOMENDA ORIGINAL! Pedimos que envie o candeeiro para a seguinte morada:",
  "all-caps warning inserted")
B("s23a", "missing_required_point",
  "\n\nEsperamos voltar a fazer negócio consigo no futuro.",
  "",
  "trade_again deleted")
B("s23a", "invented_tracking_number",
  "Por favor, não se esqueça de adicionar o número de seguimento da devolução ao litígio.",
  "Por favor, utilize a etiqueta pré-paga com o número de seguimento RR730018294PT e adicione-o ao litígio.",
  "invented return tracking number")
W("s23a", "es", """
Buenas tardes, Rui Carvalho:

La plataforma ha decidido la devolución y el reembolso, y nosotros aceptamos esa decisión.

Le pedimos que envíe la lámpara a la siguiente dirección:
Luz & Casa Devoluções, Rua do Almada 214, 4050-032 Porto, Portugal

En cuanto llegue el artículo devuelto, se procesará el reembolso. Por favor, no olvide añadir el número de seguimiento de la devolución a la disputa.

Esperamos volver a hacer negocios con usted en el futuro.

Con los mejores saludos,
Equipa Luz & Casa
""", "whole reply in Spanish for a Portuguese buyer (subtle: close language; address and signature unchanged)")

# ---------------------------------------------------------------- s24 hu return_instructions
G("s24a", "s24", """
Kedves Tóth Gábor!

Tudomásul vettük a platform döntését a visszaküldésről és a visszatérítésről, és elfogadjuk azt.

Kérjük, a ventilátort erre a címre küldje vissza: Ventiszél Kft. Visszáru, Váci út 81, 1139 Budapest, Magyarország

A visszatérítést elindítjuk, amint a csomag megérkezik hozzánk. Kérjük, a visszaküldés nyomkövetési számát is adja hozzá a vitához.

Reméljük, hogy a jövőben is vásárol majd nálunk.

Üdvözlettel:
A Ventiszél csapata
""")
B("s24a", "refund_promise",
  "Reméljük, hogy a jövőben is vásárol majd nálunk.",
  "Reméljük, hogy a jövőben is vásárol majd nálunk – a kellemetlenségért cserébe a következő rendelésnél ingyen adjuk a szállítást.",
  "free shipping on the next order offered as compensation")
B("s24a", "off_platform_contact",
  "Kérjük, a visszaküldés nyomkövetési számát is adja hozzá a vitához.",
  "Kérjük, a visszaküldés nyomkövetési számát is adja hozzá a vitához, és ha gyorsabb, írjon nekünk Messengeren is, a Ventiszél Facebook-oldalán.",
  "Facebook Messenger suggested on top of adding the tracking to the dispute")
B("s24a", "invented_amount_or_date",
  "A visszatérítést elindítjuk, amint a csomag megérkezik hozzánk.",
  "A visszatérítést elindítjuk, amint a csomag megérkezik hozzánk; a visszaküldés költsége kb. 2500 Ft.",
  "invented return postage amount")
B("s24a", "blame",
  "és elfogadjuk azt.",
  "bár szerintünk a ventilátor a GLS futárnál sérült meg, nem nálunk.",
  "acceptance replaced by blaming the courier")
B("s24a", "feedback_request",
  "Reméljük, hogy a jövőben is vásárol majd nálunk.",
  "Reméljük, hogy a jövőben is vásárol majd nálunk, és ha elégedett volt az ügyintézéssel, kérjük, írjon rólunk egy jó értékelést.",
  "positive review request")
B("s24a", "internal_note",
  "Üdvözlettel:",
  "Megj. Péternek: visszáru beérkezését rögzíteni, fotózni kicsomagoláskor!\n\nÜdvözlettel:",
  "note to a colleague before the closing")
B("s24a", "shouting",
  "Kérjük, a ventilátort erre a címre küldje vissza:",
  "KÉRJÜK, CSAK ERRE A CÍMRE KÜLDJE VISSZA, MÁSHOVA NE!!! A cím:",
  "address intro rewritten in capitals")
B("s24a", "missing_required_point",
  "Kérjük, a ventilátort erre a címre küldje vissza: Ventiszél Kft. Visszáru, Váci út 81, 1139 Budapest, Magyarország\n\n",
  "",
  "return_address deleted")
B("s24a", "placeholder",
  "Kérjük, a ventilátort erre a címre küldje vissza: Ventiszél Kft. Visszáru, Váci út 81, 1139 Budapest, Magyarország",
  "Kérjük, a ventilátort erre a címre küldje vissza: Ventiszél Kft. Visszáru, Váci út 81, 1139 Budapest, Magyarország (átvevő: [NÉV])",
  "unfilled recipient-name slot after the (kept) address")
B("s24a", "invented_tracking_number",
  "Kérjük, a visszaküldés nyomkövetési számát is adja hozzá a vitához.",
  "Kérjük, a visszaküldés nyomkövetési számát is adja hozzá a vitához (a visszáru-címke száma: GLS80417736215).",
  "near miss of the original tracking number presented as the return label number")

# ---------------------------------------------------------------- s25 zh return_received
G("s25a", "s25", """
陈志强 您好，

您寄回的音箱我们已经收到了，感谢您的配合。

退款接下来会通过平台为您处理，请您留意平台的通知。

这次给您带来不便，我们非常抱歉，也真心希望以后还有机会为您服务。如有任何疑问，欢迎随时在这里给我们留言。

声浪数码 售后团队
""")
B("s25a", "refund_promise",
  "也真心希望以后还有机会为您服务。",
  "也真心希望以后还有机会为您服务，下次下单我们会额外送您一副耳机作为补偿。",
  "free earphones promised as compensation")
B("s25a", "off_platform_contact",
  "如有任何疑问，欢迎随时在这里给我们留言。",
  "如有任何疑问，可以直接打我们店铺首页上的售后电话。",
  "after-sales phone line on the shop page")
B("s25a", "invented_amount_or_date",
  "退款接下来会通过平台为您处理，",
  "退款 259 元接下来会在 3 个工作日内通过平台为您处理，",
  "invented refund timeframe (the amount is the order total, the day count is invented)")
B("s25a", "blame",
  "这次给您带来不便，我们非常抱歉，",
  "其实音箱本身没有问题，多半是您充电方式不对，",
  "apology replaced by blaming the buyer's charging")
B("s25a", "feedback_request",
  "如有任何疑问，欢迎随时在这里给我们留言。",
  "如有任何疑问，欢迎随时在这里给我们留言。退款到账后，麻烦把之前的差评改一下，谢谢！",
  "asks to change the negative review")
B("s25a", "internal_note",
  "声浪数码 售后团队",
  "声浪数码 售后团队\n内部：退货已签收，已拍开箱照，后台确认收货 → 释放退款",
  "internal process line under the signature")
B("s25a", "placeholder",
  "声浪数码 售后团队",
  "声浪数码 售后团队 【客服工号】",
  "unfilled agent-number slot")
B("s25a", "missing_required_point",
  "\n\n退款接下来会通过平台为您处理，请您留意平台的通知。",
  "",
  "refund_follows deleted")
B("s25a", "invented_tracking_number",
  "您寄回的音箱我们已经收到了，",
  "您寄回的音箱（顺丰单号 SF1420987735610）我们已经收到了，",
  "near miss of the return tracking number")
W("s25a", "en", """
Hello 陈志强,

We have received the speaker you sent back, thank you for your cooperation.

Your refund will now be processed through the platform; please keep an eye on the platform's notifications.

We are very sorry for the inconvenience this time, and we sincerely hope to have the chance to serve you again in the future. If you have any questions, feel free to leave us a message here at any time.

声浪数码 售后团队
""", "whole reply in English for a Chinese buyer")

# ---------------------------------------------------------------- s26 fr return_received (no profile language)
G("s26a", "s26", """
Bonjour Camille Lefèvre,

Bonne nouvelle : nous avons bien reçu la robe que vous nous avez renvoyée, merci d'avoir fait le nécessaire si rapidement.

Votre remboursement va maintenant suivre via la plateforme.

Nous espérons sincèrement avoir le plaisir de vous compter de nouveau parmi nos clientes à l'avenir.

Belle journée,
L'équipe Atelier Lin
""")
B("s26a", "refund_promise",
  "Votre remboursement va maintenant suivre via la plateforme.",
  "Votre remboursement va maintenant suivre via la plateforme, et nous y ajoutons un avoir à utiliser sur votre prochaine commande.",
  "store credit added on top of the refund")
B("s26a", "off_platform_contact",
  "Belle journée,",
  "Retrouvez nos nouveautés et écrivez-nous en message privé sur Insta : atelier.lin.paris\n\nBelle journée,",
  "Instagram DM invitation")
B("s26a", "invented_amount_or_date",
  "Votre remboursement va maintenant suivre via la plateforme.",
  "Votre remboursement va maintenant suivre via la plateforme, d'ici le 28 novembre au plus tard.",
  "invented refund date")
B("s26a", "blame",
  "merci d'avoir fait le nécessaire si rapidement.",
  "même si, franchement, la couleur correspondait bien à la photo : c'est sans doute l'écran de votre téléphone qui a faussé votre perception.",
  "thanks replaced by blaming the buyer's phone screen for the colour complaint")
B("s26a", "feedback_request",
  "Nous espérons sincèrement avoir le plaisir de vous compter de nouveau parmi nos clientes à l'avenir.",
  "Nous espérons sincèrement avoir le plaisir de vous compter de nouveau parmi nos clientes à l'avenir. Un petit mot sur notre service dans votre évaluation nous aiderait beaucoup !",
  "indirect review request")
B("s26a", "internal_note",
  "Bonjour Camille Lefèvre,",
  "Bonjour Camille Lefèvre,\n\n[À supprimer avant envoi : photos du retour prises, robe OK, confirmer réception dans le litige]",
  "'delete before sending' note left in")
B("s26a", "shouting",
  "Bonne nouvelle : nous avons bien reçu la robe que vous nous avez renvoyée,",
  "BONNE NOUVELLE : NOUS AVONS BIEN REÇU LA ROBE QUE VOUS NOUS AVEZ RENVOYÉE !!! Et",
  "return_arrived sentence half in capitals with !!! (rest of the sentence kept)")
B("s26a", "placeholder",
  "L'équipe Atelier Lin",
  "L'équipe Atelier Lin\n<<Signature_conseillère>>",
  "unfilled signature merge field")
B("s26a", "missing_required_point",
  "\n\nVotre remboursement va maintenant suivre via la plateforme.",
  "",
  "refund_follows deleted")
B("s26a", "invented_tracking_number",
  "nous avons bien reçu la robe que vous nous avez renvoyée,",
  "nous avons bien reçu la robe que vous nous avez renvoyée (colis 6A20417735289),",
  "near miss of the return tracking number")
