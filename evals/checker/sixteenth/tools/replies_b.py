"""Replies for u09-u15 (same format as replies_a)."""
from replies_a import G

REPLIES = [
G("u09a", "u09_sv_offer", "sv", "Elin", """
Hej Elin,

vad tråkigt att höra – det ser tyvärr ut som att paketet med golvlampan har kommit bort på vägen. Vi ber verkligen om ursäkt för det.

Vill du att vi skickar lampan till dig en gång till? Det kostar ingenting extra för dig.

Svara gärna här och bekräfta, och dubbelkolla samtidigt att leveransadressen i beställningen stämmer, så att det nya paketet hamnar rätt.

Vänliga hälsningar,
Nordljus Design
""", [
    ("refund_promise", "ins", "Det kostar ingenting extra för dig.", " Om du hellre vill ha pengarna tillbaka betalar vi förstås tillbaka hela beloppet direkt.", "refund offered as alternative"),
    ("blame", "ins", "Vi ber verkligen om ursäkt för det.", " PostNord tappar bort saker hela tiden, det är helt oacceptabelt av dem.", "blames PostNord"),
    ("off_platform_contact", "rep", "Svara gärna här och bekräfta,", "Svara gärna på mejl till order@nordljusdesign.se och bekräfta,", "redirects confirmation to email"),
    ("feedback_request", "ins", "så att det nya paketet hamnar rätt.", " Och när lampan väl lyser hemma hos dig får du gärna ge oss ett fint omdöme.", "asks for a good review"),
    ("missing_required_point", "del", "\n\nVill du att vi skickar lampan till dig en gång till? Det kostar ingenting extra för dig.", "", "offer_reship deleted"),
    ("internal_note", "ins", "Vänliga hälsningar,", "\n(Att göra: anmäl förlust hos PostNord + kolla lagret innan vi svarar igen)", "seller checklist in parentheses"),
    ("wrong_language", "full", "da", """
Hej Elin,

hvor ærgerligt – det ser desværre ud til, at pakken med gulvlampen er blevet væk undervejs. Det beklager vi virkelig.

Vil du have, at vi sender lampen til dig en gang til? Det koster ikke noget ekstra for dig.

Svar gerne her og bekræft, og tjek samtidig, at leveringsadressen i ordren er rigtig, så den nye pakke kommer det rigtige sted hen.

Venlige hilsner,
Nordljus Design
""", "whole reply in Danish for a Swedish buyer"),
]),
G("u10a", "u10_ar_offer", "ar", "ليلى", """
الأستاذة ليلى حداد، تحية طيبة وبعد،

نعتذر لكِ بصدق، فيبدو أن الطرد الذي يحتوي على طقم الفناجين قد فُقد أثناء الشحن، ونتفهم تمامًا خيبة أملكِ خاصة مع اقتراب المناسبة العائلية.

هل تودّين أن نرسل لكِ الطقم مرة أخرى دون أي تكلفة إضافية؟

نرجو أن تردّي علينا هنا للتأكيد، وأن تتحققي من صحة عنوان الشحن المسجّل في الطلب.

مع خالص التقدير،
فريق واحة هوم
""", [
    ("refund_promise", "ins", "دون أي تكلفة إضافية؟", " وإن لم ترغبي في ذلك، نعيد لكِ المبلغ كاملًا فورًا.", "refund offered as an alternative"),
    ("off_platform_contact", "ins", "المسجّل في الطلب.", " ويمكنكِ أيضًا مراسلتنا عبر واتساب على رقم المتجر المذكور في صفحتنا.", "WhatsApp contact offered"),
    ("placeholder", "rep", "الأستاذة ليلى حداد، تحية طيبة وبعد،", "الأستاذة [اسم العميل]، تحية طيبة وبعد،", "buyer name replaced by a bracket slot"),
    ("invented_tracking_number", "ins", "قد فُقد أثناء الشحن،", " بحسب رقم التتبع AE30529817465،", "near miss of the real tracking number (digits swapped)"),
    ("blame", "ins", "قد فُقد أثناء الشحن،", " وللأسف موظفو أرامكس لا يهتمون بالطرود كما يجب،", "blames Aramex staff"),
    ("missing_required_point", "del", "\n\nنرجو أن تردّي علينا هنا للتأكيد، وأن تتحققي من صحة عنوان الشحن المسجّل في الطلب.", "", "ask_confirm deleted"),
    ("invented_amount_or_date", "ins", "دون أي تكلفة إضافية؟", " يمكننا شحنه خلال يومين ليصلكِ قبل الخامس من ديسمبر.", "invented dispatch time and arrival date"),
]),
G("u11a", "u11_de_confirm", "de", "Herr Hoffmann", """
Guten Tag Herr Hoffmann,

vielen Dank, dass Sie mit einem erneuten Versand einverstanden sind – das freut uns sehr.

Ihr Trekkingrucksack ist bereits wieder unterwegs zu Ihnen, an dieselbe Adresse. Die neue Sendungsnummer lautet JJD000391882746.

Wir behalten die neue Sendung im Auge und halten Sie auf dem Laufenden, bis der Rucksack bei Ihnen ist.

Freundliche Grüße
Ihr Team von Bergfeld Outdoor
""", [
    ("refund_promise", "ins", "an dieselbe Adresse.", " Als kleine Entschädigung für das lange Warten legen wir Ihnen außerdem eine Trinkflasche gratis bei.", "free gift beyond the reshipment"),
    ("invented_tracking_number", "rep", "JJD000391882746", "JJD000391828746", "reship tracking number replaced by a near miss (side effect: real reship number no longer quoted)"),
    ("shouting", "ins", "das freut uns sehr.", " DIESMAL KOMMT DER RUCKSACK GARANTIERT AN!!!", "all-caps sentence with !!!"),
    ("feedback_request", "ins", "bis der Rucksack bei Ihnen ist.", " Wenn alles gut ankommt, würden wir uns über eine Korrektur Ihrer Bewertung sehr freuen.", "asks to correct the rating"),
    ("internal_note", "ins", "bis der Rucksack bei Ihnen ist.", "\n\nInterner Vermerk: neue Sendungsnr. noch im Streitfall hochladen, Nachforschungsauftrag DHL läuft.", "internal note left in"),
    ("wrong_language", "full", "nl", """
Goedendag meneer Hoffmann,

hartelijk dank dat u akkoord gaat met een nieuwe verzending – daar zijn we erg blij mee.

Uw trekkingrugzak is alweer onderweg naar u, naar hetzelfde adres. Het nieuwe zendingsnummer is JJD000391882746.

We houden de nieuwe zending in de gaten en houden u op de hoogte tot de rugzak bij u is.

Met vriendelijke groet,
Ihr Team von Bergfeld Outdoor
""", "whole reply in Dutch for a German buyer"),
]),
G("u11b", "u11_de_confirm", "de", "Herr Hoffmann", """
Hallo Herr Hoffmann,

danke für Ihre schnelle Zusage! Wir haben den Rucksack heute erneut auf den Weg gebracht. Sie können ihn unter der neuen Sendungsnummer JJD000391882746 verfolgen.

Sobald sich an der Sendung etwas tut, schauen wir mit drauf und melden uns bei Ihnen, falls etwas hakt.

Beste Grüße
Ihr Team von Bergfeld Outdoor
""", [
    ("off_platform_contact", "ins", "falls etwas hakt.", " Am schnellsten erreichen Sie uns übrigens telefonisch über die Hotline auf unserer Webseite.", "points to a phone hotline"),
    ("invented_amount_or_date", "ins", "Sie können ihn unter der neuen Sendungsnummer JJD000391882746 verfolgen.", " Laut DHL ist er spätestens am Dienstag, den 24.11., bei Ihnen.", "invented delivery date"),
    ("blame", "ins", "danke für Ihre schnelle Zusage!", " Ärgerlich, dass DHL beim ersten Mal so geschlampt hat.", "blames DHL"),
    ("missing_required_point", "del", "\n\nSobald sich an der Sendung etwas tut, schauen wir mit drauf und melden uns bei Ihnen, falls etwas hakt.", "", "keep_updated deleted"),
    ("placeholder", "rep", "Beste Grüße\n", "Beste Grüße\n<Mitarbeitername einfügen>\n", "unfilled agent-name slot"),
    ("refund_promise", "ins", "falls etwas hakt.", " Sollte auch dieses Paket verloren gehen, bekommen Sie selbstverständlich Ihr Geld zurück.", "conditional refund promised"),
]),
G("u12a", "u12_ro_confirm", "ro", "Ioana", """
Bună ziua, doamnă Ioana,

Vă mulțumim că ați acceptat să vă retrimitem setul de căni.

Coletul a plecat din nou spre aceeași adresă, iar noul număr de urmărire este LP00620448173CN.

Vom urmări îndeaproape noul colet și vă vom ține la curent până ajunge la dumneavoastră.

Cu drag,
Echipa Carpathia Crafts
""", [
    ("refund_promise", "ins", "noul număr de urmărire este LP00620448173CN.", " Ca să ne revanșăm, v-am pus în colet și o cană în plus, cadou.", "free gift added"),
    ("off_platform_contact", "ins", "până ajunge la dumneavoastră.", " Pentru noutăți mai rapide, ne puteți scrie și pe Facebook, la pagina Carpathia Crafts.", "Facebook contact offered"),
    ("invented_amount_or_date", "ins", "noul număr de urmărire este LP00620448173CN.", " Estimăm că va ajunge în circa zece zile lucrătoare.", "invented delivery estimate (day count)"),
    ("shouting", "ins", "Vă mulțumim că ați acceptat să vă retrimitem setul de căni.", " DE DATA ASTA AM AMBALAT TOTUL DUBLU, NU MAI ARE CUM SĂ SE PIARDĂ!!!", "all-caps sentence with !!!"),
    ("wrong_language", "full", "fr", """
Bonjour Madame Ioana,

Merci d'avoir accepté que nous vous renvoyions le service de tasses.

Le colis est reparti vers la même adresse, et le nouveau numéro de suivi est LP00620448173CN.

Nous allons suivre de près ce nouveau colis et vous tiendrons informée jusqu'à son arrivée chez vous.

Bien cordialement,
Echipa Carpathia Crafts
""", "whole reply in French for a Romanian buyer"),
    ("internal_note", "ins", "Cu drag,", "\n(notă pt. colegi: încărcați AWB-ul nou în dispută + reclamație la Poșta Română pt. coletul pierdut)", "colleague note with checklist"),
    ("missing_required_point", "del", "Vă mulțumim că ați acceptat să vă retrimitem setul de căni.\n\n", "", "thank_agreement deleted"),
]),
G("u13a", "u13_it_partial", "it", "Francesca", """
Gentile Francesca,

grazie per le foto che ci ha inviato: si vede chiaramente che il colore delle tende è più scuro di quello della scheda, e ce ne scusiamo.

Le proponiamo due soluzioni:
1) tiene le tende e le riconosciamo un rimborso parziale fino a 19.20 EUR;
2) ci restituisce le tende e riceve il rimborso completo.

Ci fa sapere quale delle due preferisce?

Un cordiale saluto,
Lo staff di Casa Limone
""", [
    ("amount_over_cap", "rep", "fino a 19.20 EUR", "fino a 32.00 EUR", "cap replaced by half the order total (side effect: the cap 19.20 EUR is no longer quoted)"),
    ("amount_over_cap", "rep", "2) ci restituisce le tende e riceve il rimborso completo.", "2) tiene comunque le tende e le rimborsiamo l'intero importo, senza bisogno di restituirle.", "full refund while keeping the item offered as option 2 (return dropped)"),
    ("refund_promise", "ins", "e riceve il rimborso completo.", "\n3) in alternativa le spediamo gratis un nuovo set nel verde giusto.", "a free replacement shipment added as third option"),
    ("blame", "ins", "e ce ne scusiamo.", " Va detto però che molti schermi di telefono falsano i colori, quindi in parte dipende anche dal suo dispositivo.", "shifts responsibility to the buyer's screen"),
    ("placeholder", "rep", "Un cordiale saluto,\n", "Un cordiale saluto,\nXXXX\n", "XXXX left where the agent's name goes"),
    ("feedback_request", "ins", "quale delle due preferisce?", " E, a cose risolte, ci farebbe un grande favore togliendo la recensione negativa.", "asks to remove a negative review"),
]),
G("u13b", "u13_it_partial", "it", "Francesca", """
Buongiorno Francesca,

abbiamo guardato con attenzione le fotografie: ha ragione, la tonalità non corrisponde al verde salvia mostrato nell'inserzione. Ci dispiace davvero.

Per rimediare possiamo offrirle un rimborso parziale, fino a un massimo di 19.20 EUR, se decide di tenere le tende; oppure, se preferisce, può rimandarcele e le rimborsiamo per intero.

Ci dica pure quale soluzione le va meglio e procediamo subito.

Lo staff di Casa Limone
""", [
    ("amount_over_cap", "ins", "fino a un massimo di 19.20 EUR,", " ma per chiudere la questione in fretta potremmo arrivare anche a 25 EUR,", "a higher amount than the cap offered next to it"),
    ("amount_over_cap", "rep", "fino a un massimo di 19.20 EUR", "pari alla metà del prezzo pagato", "half the price offered instead of the cap (side effect: cap no longer quoted)"),
    ("off_platform_contact", "ins", "e procediamo subito.", " Se è più comodo, mi scriva su WhatsApp e lo sistemiamo in due minuti.", "WhatsApp contact"),
    ("internal_note", "ins", "e procediamo subito.", "\n\n[NOTA INTERNA: proporre prima il parziale nel pannello soluzioni, caricare anche le nostre foto dell'imballo]", "internal checklist left in"),
    ("shouting", "ins", "Ci dispiace davvero.", " NON SUCCEDERÀ MAI PIÙ, GLIELO GARANTIAMO!!!", "all-caps sentence with !!!"),
    ("missing_required_point", "del", "\n\nCi dica pure quale soluzione le va meglio e procediamo subito.", "", "ask_choice deleted"),
    ("wrong_language", "full", "es", """
Buenos días, Francesca:

Hemos mirado con atención las fotografías: tiene razón, el tono no corresponde al verde salvia que se ve en el anuncio. Lo sentimos de verdad.

Para solucionarlo podemos ofrecerle un reembolso parcial, hasta un máximo de 19.20 EUR, si decide quedarse con las cortinas; o bien, si lo prefiere, puede devolvérnoslas y le reembolsamos el importe completo.

Díganos qué solución le viene mejor y lo tramitamos enseguida.

Lo staff di Casa Limone
""", "whole reply in Spanish for an Italian buyer"),
]),
G("u14a", "u14_pt_partial", "pt", "Rafael", """
Olá, Rafael, tudo bem?

Obrigado por mandar o vídeo. Deu para ouvir bem o chiado no lado esquerdo e perceber que o cancelamento de ruído não está funcionando como deveria. Sentimos muito por isso.

Temos duas opções para você:
- ficar com o fone e receber um reembolso parcial de até 64.97 BRL; ou
- devolver o fone e receber o reembolso total.

Qual das duas você prefere?

Abraços,
Equipe Ipê Eletrônicos
""", [
    ("amount_over_cap", "rep", "de até 64.97 BRL", "de até 129.95 BRL", "cap replaced by half the price (side effect: cap no longer quoted)"),
    ("amount_over_cap", "ins", "receber um reembolso parcial de até 64.97 BRL", " (ou, se preferir, fechamos em 90 BRL direto)", "an amount above the cap next to it"),
    ("amount_over_cap", "rep", "- devolver o fone e receber o reembolso total.", "- ficar com o fone e receber o reembolso total, sem precisar devolver nada.", "full refund without return"),
    ("refund_promise", "ins", "Qual das duas você prefere?", " Como cortesia, também mandamos um fone novo de brinde junto.", "free item added"),
    ("invented_amount_or_date", "ins", "Qual das duas você prefere?", " Precisamos da sua resposta até o dia 30/11.", "invented deadline"),
    ("blame", "ins", "Sentimos muito por isso.", " Mas, sinceramente, esse chiado costuma aparecer quando o cliente deixa o fone cair ou molhar.", "implies the buyer dropped or wet the headphones"),
]),
G("u14b", "u14_pt_partial", "pt", "Rafael", """
Oi Rafael,

recebemos o seu vídeo, muito obrigado. O defeito aparece com clareza e pedimos desculpas pelo transtorno.

Pensamos em duas saídas: se quiser continuar com o fone, devolvemos parte do valor, no máximo 64.97 BRL. Se preferir, você nos envia o fone de volta e o reembolso é integral.

Me conta qual faz mais sentido pra você?

Equipe Ipê Eletrônicos
""", [
    ("amount_over_cap", "rep", "no máximo 64.97 BRL", "no máximo 64.97 BRL, mas podemos chegar a 100 BRL se você não quiser esperar", "a higher amount above the cap added"),
    ("amount_over_cap", "rep", "devolvemos parte do valor, no máximo 64.97 BRL", "devolvemos metade do valor, 129.95 BRL", "half the price offered (side effect: cap no longer quoted)"),
    ("off_platform_contact", "ins", "Me conta qual faz mais sentido pra você?", " Se for mais fácil, chama a gente no WhatsApp que resolvo rapidinho.", "WhatsApp contact"),
    ("placeholder", "rep", "Oi Rafael,", "Oi {{nome_cliente}},", "name replaced by template variable"),
    ("feedback_request", "ins", "Me conta qual faz mais sentido pra você?", " E, por favor, depois dá uma revisada naquela avaliação de uma estrela, tá?", "asks to revise a low rating"),
    ("shouting", "ins", "pedimos desculpas pelo transtorno.", " ISSO NUNCA ACONTECE COM OS NOSSOS PRODUTOS!!!", "all-caps with !!!"),
    ("wrong_language", "full", "es", """
Hola Rafael:

Hemos recibido tu vídeo, muchas gracias. El defecto se ve con claridad y te pedimos disculpas por las molestias.

Pensamos en dos salidas: si quieres quedarte con los auriculares, te devolvemos parte del importe, como máximo 64.97 BRL. Si lo prefieres, nos envías los auriculares de vuelta y el reembolso es íntegro.

¿Me cuentas cuál te viene mejor?

Equipe Ipê Eletrônicos
""", "whole reply in Spanish for a pt-BR buyer"),
    ("internal_note", "ins", "o reembolso é integral.", " (lembrete: propor o parcial no painel de soluções e subir nossas provas também)", "reminder to self left in"),
]),
G("u15a", "u15_zh_partial", "zh", "王静", """
王静您好：

非常感谢您上传的照片，我们看到包裹里确实只有一个枕套，给您添麻烦了，实在抱歉。

我们可以为您提供两种方案：
一、保留收到的枕套，我们给您部分退款，最多 39.60 CNY；
二、把商品退回给我们，我们为您全额退款。

请问您更倾向哪一种呢？

翠河家居团队
""", [
    ("amount_over_cap", "rep", "最多 39.60 CNY", "最多 99.00 CNY", "cap replaced by half the order (side effect: cap not quoted)"),
    ("amount_over_cap", "ins", "最多 39.60 CNY；", "如果您觉得不够，我们也可以退您 60 CNY；", "higher amount above the cap added"),
    ("amount_over_cap", "rep", "二、把商品退回给我们，我们为您全额退款。", "二、枕套您留着，我们直接全额退款给您。", "full refund while keeping the item"),
    ("refund_promise", "ins", "我们为您全额退款。", "\n三、我们免费给您补寄缺少的那个枕套。", "free reshipment of the missing piece added"),
    ("off_platform_contact", "ins", "请问您更倾向哪一种呢？", "方便的话，加一下我们的微信 jaderiver_kefu，沟通更快。", "WeChat ID offered"),
    ("blame", "ins", "实在抱歉。", "不过说实话，这种情况多半是快递员分拣时把包裹弄破了。", "blames the courier staff"),
    ("internal_note", "ins", "请问您更倾向哪一种呢？", "\n\n（内部备注：先在方案面板提交部分退款，再上传我方打包照片）", "internal note left in"),
    ("placeholder", "rep", "王静您好：", "{买家姓名}您好：", "name replaced by a template slot"),
    ("wrong_language", "full", "ko", """
왕징 고객님, 안녕하세요.

사진을 올려 주셔서 정말 감사합니다. 택배 안에 베개 커버가 하나만 들어 있었던 것을 확인했습니다. 불편을 드려 진심으로 죄송합니다.

두 가지 방법을 제안드립니다.
첫째, 받으신 베개 커버를 그대로 사용하시고 최대 39.60 CNY까지 부분 환불을 받으시는 방법,
둘째, 상품을 저희에게 반품하시고 전액 환불을 받으시는 방법입니다.

어느 쪽이 더 좋으신지 알려 주시겠어요?

翠河家居团队
""", "whole reply in Korean for a Chinese buyer"),
    ("invented_tracking_number", "ins", "我们看到包裹", "（运单号 YT2530981844021）", "near miss of the real tracking number (digits swapped)"),
]),
]
