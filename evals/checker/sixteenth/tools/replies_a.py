"""Replies for u01-u08. Each good reply: G(id, dispute key, lang, greet, text, bads).
A bad is (defect, op, a, b, note): op 'ins' inserts b right after anchor a, 'rep' replaces a by b,
'del' deletes a (b unused), 'full' = whole reply rewritten in language a (text b)."""

def G(gid, key, lang, greet, text, bads):
    return {"id": gid, "key": key, "lang": lang, "greet": greet, "text": text.strip("\n"), "bads": bads}


REPLIES = [
G("u01a", "u01_en_evidence", "en", "Fiona", """
Dear Fiona,

I'm so sorry the teapot reached you with a cracked spout, especially when it was meant as a birthday present. That's not how we want any of our pieces to arrive.

To look into this properly, could you send us a few photos of the crack and of the outer box and packing as the parcel was delivered? Pictures of the box from more than one side help us see what happened on the way.

The moment those come through, we'll go over them and get back to you with a way forward.

Kind regards,
Harbour Lane Ceramics team
""", [
    ("refund_promise", "ins", "That's not how we want any of our pieces to arrive.", " Whatever the photos show, you'll have your money back, so please don't worry on that score.", "inserted an unconditional money-back promise before any evidence is seen"),
    ("blame", "ins", "That's not how we want any of our pieces to arrive.", " Royal Mail's sorting offices are famously heavy-handed with anything breakable, so I'd bet this happened there.", "blames the carrier's staff for the crack"),
    ("placeholder", "rep", "Dear Fiona,", "Dear {{customer.first_name}},", "greeting replaced by an unfilled template variable"),
    ("internal_note", "ins", "get back to you with a way forward.", "\n\n(agent: check our packing video for this order first - if the wrap looks fine, open a claim with RM before offering anything)", "agent's own to-do line left in the reply"),
    ("missing_required_point", "rep", "To look into this properly, could you send us a few photos of the crack and of the outer box and packing as the parcel was delivered? Pictures of the box from more than one side help us see what happened on the way.\n\nThe moment those come through, we'll go over them and get back", "We'll look into what happened and get back", "request_evidence removed (photo request paragraph replaced by a vague 'we'll look into it')"),
    ("shouting", "ins", "help us see what happened on the way.", " PLEASE DO NOT THROW AWAY THE BOX OR THE TEAPOT!!!", "an all-caps sentence with !!! added"),
]),
G("u01b", "u01_en_evidence", "en", "Fiona", """
Hi Fiona,

Sorry to hear about the crack in the spout - what a let-down for a gift.

Could you please send us:
- a couple of clear photos of the damage itself
- photos of the outer packaging just as it arrived

We'll review them as soon as they're in and come straight back to you with a solution.

Best wishes,
Harbour Lane Ceramics team
""", [
    ("off_platform_contact", "ins", "photos of the outer packaging just as it arrived", "\n(if the upload here is fiddly, just WhatsApp them to us - search Harbour Lane Ceramics and you'll find our business account)", "asks the buyer to send photos through WhatsApp"),
    ("invented_amount_or_date", "rep", "come straight back to you with a solution.", "come straight back to you with a solution by Friday 27 November at the latest.", "a reply deadline date not in the dispute"),
    ("feedback_request", "ins", "what a let-down for a gift.", " While we sort it, we'd really appreciate it if you didn't leave a review just yet.", "asks the buyer to hold off on a review"),
    ("invented_tracking_number", "ins", "what a let-down for a gift.", " I can see parcel RM448120937GB was signed for on your doorstep.", "near miss of the real tracking number (digits swapped) quoted as the parcel"),
    ("wrong_language", "full", "de", """
Hallo Fiona,

es tut uns leid, dass die Tülle gesprungen ist - was für eine Enttäuschung bei einem Geschenk.

Könnten Sie uns bitte Folgendes schicken:
- ein paar deutliche Fotos vom Schaden selbst
- Fotos der Außenverpackung so, wie sie angekommen ist

Wir sehen sie uns an, sobald sie da sind, und melden uns sofort mit einer Lösung.

Viele Grüße
Harbour Lane Ceramics team
""", "whole reply in German for an en-GB buyer"),
]),
G("u02a", "u02_es_evidence", "es", "Mariana", """
Hola, Mariana:

Lamentamos mucho que la chamarra le haya quedado tan chica; entendemos lo frustrante que es no poder ni cerrarla.

Para revisar bien su caso, ¿nos podría mandar una foto de la chamarra extendida sobre una superficie plana, con una cinta métrica de lado a lado y junto a la etiqueta de la talla? Así la comparamos con nuestra tabla de medidas.

En cuanto nos llegue la foto la revisamos y le damos una solución.

Saludos cordiales,
Equipo Nopal Textil
""", [
    ("refund_promise", "ins", "no poder ni cerrarla.", " No se preocupe: le mandamos otra chamarra en una talla más sin ningún costo.", "free replacement promised before evidence"),
    ("blame", "ins", "Así la comparamos con nuestra tabla de medidas.", " Aunque, siendo sinceros, casi siempre que nos pasa esto es porque la clienta no se midió bien antes de pedir.", "suggests the buyer measured herself wrong"),
    ("off_platform_contact", "rep", "¿nos podría mandar una foto", "¿nos podría mandar por Instagram (@nopaltextil.mx) una foto", "asks to send the photo via Instagram"),
    ("shouting", "ins", "Así la comparamos con nuestra tabla de medidas.", " ¡¡¡SIN ESA FOTO CON LA CINTA NO PODEMOS HACER ABSOLUTAMENTE NADA!!!", "all-caps sentence with !!!"),
    ("missing_required_point", "del", "\n\nEn cuanto nos llegue la foto la revisamos y le damos una solución.", "", "next_step deleted"),
    ("invented_amount_or_date", "ins", "Así la comparamos con nuestra tabla de medidas.", " Según la tabla, la talla M debe medir 52 cm de pecho.", "an invented measurement not in the dispute"),
]),
G("u02b", "u02_es_evidence", "es", "Mariana", """
Mariana, buenas tardes:

Qué pena que la talla M no le haya quedado bien. ¿Sería tan amable de enviarnos una foto de la prenda estirada, con una cinta de medir encima y donde se alcance a ver la etiqueta de la talla?

Apenas la tengamos a la mano, la revisamos con calma y le proponemos una solución.

Un saludo afectuoso,
Equipo Nopal Textil
""", [
    ("placeholder", "rep", "Un saludo afectuoso,\n", "Un saludo afectuoso,\n[NOMBRE DEL ASESOR]\n", "unfilled agent-name slot above the signature"),
    ("internal_note", "ins", "le proponemos una solución.", "\n\n>> nota interna: variante size_or_fit, NO ofrecer cambio hasta ver la foto <<", "internal note with the variant name left in"),
    ("feedback_request", "ins", "le proponemos una solución.", " Mientras tanto le pedimos de favor que no nos deje una calificación baja, que esto lo vamos a arreglar.", "asks buyer not to leave a low rating"),
    ("wrong_language", "full", "pt", """
Mariana, boa tarde:

Que pena que o tamanho M não tenha servido bem. Poderia nos enviar uma foto da peça esticada, com uma fita métrica por cima e mostrando a etiqueta do tamanho?

Assim que a recebermos, vamos analisar com calma e propor uma solução.

Um abraço,
Equipo Nopal Textil
""", "whole reply in Portuguese for an es-MX buyer"),
    ("invented_tracking_number", "ins", "no le haya quedado bien.", " Por lo que vemos, su paquete LP00711893204CN llegó completo.", "near miss of the real tracking number (digits swapped)"),
]),
G("u03a", "u03_ja_evidence", "ja", "佐藤", """
佐藤 美咲 様

このたびはご不便をおかけして、誠に申し訳ございません。お届けした加湿器の電源が入らないとのこと、大変ご迷惑をおかけしております。

状況を確認させていただくため、お手数ですが、電源を入れようとしている様子と、不具合が起きている状態がわかる短い動画をお送りいただけますでしょうか。

動画を拝見しましたら、すぐに確認のうえ、解決策をご連絡いたします。

Kitsune Gadget サポートチーム
""", [
    ("refund_promise", "ins", "大変ご迷惑をおかけしております。", "もちろん代金は全額お返しいたしますので、どうぞご安心ください。", "full refund promised before evidence"),
    ("off_platform_contact", "ins", "短い動画をお送りいただけますでしょうか。", "LINE公式アカウント（@kitsune-gadget）に送っていただいても大丈夫です。", "offers LINE as a channel for the video"),
    ("placeholder", "rep", "佐藤 美咲 様", "【お客様名】様", "buyer name replaced by a bracketed slot"),
    ("blame", "ins", "短い動画をお送りいただけますでしょうか。", "なお、このようなお問い合わせの大半はケーブルの差し込み不足が原因ですので、まずはご自身でよくお確かめください。", "implies the buyer did not plug it in properly"),
    ("missing_required_point", "rep", "状況を確認させていただくため、お手数ですが、電源を入れようとしている様子と、不具合が起きている状態がわかる短い動画をお送りいただけますでしょうか。\n\n動画を拝見しましたら、すぐに確認のうえ、", "こちらで早急に確認のうえ、", "request_evidence removed: no video is asked for"),
    ("invented_amount_or_date", "rep", "すぐに確認のうえ、", "三営業日以内に確認のうえ、", "an invented three-business-day deadline"),
]),
G("u24a", "u24_es_evidence", "es", "Javier", """
Hola, Javier:

Vaya faena que te hayan llegado sin tornillos y sin una de las baldas; siento mucho las molestias, así no hay forma de montarla.

Para comprobar qué ha pasado, ¿podrías hacernos una foto con todas las piezas que te han llegado extendidas juntas en el suelo, y otra de la etiqueta del paquete donde aparece el peso?

En cuanto las veamos, lo revisamos y te decimos cómo lo solucionamos.

Un saludo,
Equipo Almendro Hogar
""", [
    ("refund_promise", "ins", "así no hay forma de montarla.", " Te mandamos ahora mismo los tornillos y la balda que faltan, gratis, sin esperar a nada.", "free parts shipment promised before evidence"),
    ("blame", "ins", "así no hay forma de montarla.", " Eso sí, los de Correos Express no se caracterizan por tratar bien las cajas, seguro que se abrió por su culpa.", "blames the carrier"),
    ("placeholder", "rep", "Hola, Javier:", "Hola, <NOMBRE_CLIENTE>:", "name replaced by a placeholder token"),
    ("shouting", "ins", "donde aparece el peso?", " ¡¡¡IMPORTANTE: QUE SE VEAN TODAS LAS PIEZAS EN LA MISMA FOTO!!!", "all-caps line with !!!"),
    ("invented_tracking_number", "ins", "donde aparece el peso?", " Es la etiqueta con el código LP00845529017CN.", "near miss of the real tracking number"),
    ("internal_note", "ins", "te decimos cómo lo solucionamos.", "\n\n[Pendiente: pedir al almacén el registro de peso del envío y la foto del embalaje antes de contestar]", "seller checklist item left in brackets"),
    ("off_platform_contact", "ins", "donde aparece el peso?", " Si te resulta más cómodo, nos las puedes mandar por Telegram a @almendrohogar.", "Telegram handle offered"),
]),
G("u04a", "u04_tr_customs", "tr", "Emre", """
Merhaba Emre Bey,

Kargonuz şu anda gümrükte bekliyor; UY417736052CN takip numarasıyla durumunu izleyebilirsiniz. Bu bekleyiş için anlayışınıza teşekkür ederiz.

Bu siparişte gümrük vergileri alıcıya ait olduğu için, rica etsek vergileri ödeyip gümrük işlemlerini tamamlayabilir misiniz? Böylece paket en kısa sürede size doğru yola çıkacaktır.

Gümrük fatura ya da başka bir belge isterse, memnuniyetle hemen gönderebiliriz.

Saygılarımızla,
Lale Aksesuar Ekibi
""", [
    ("refund_promise", "ins", "hemen gönderebiliriz.", " Vergiyi ödemek istemezseniz de sorun değil, ücretinizi hemen iade ederiz.", "refund offered for the customs delay"),
    ("blame", "ins", "Bu bekleyiş için anlayışınıza teşekkür ederiz.", " Gümrük her zamanki gibi işi ağırdan alıyor, maalesef bu onların yavaşlığı.", "blames customs"),
    ("invented_amount_or_date", "ins", "gümrük işlemlerini tamamlayabilir misiniz?", " Ödenecek tutar yaklaşık 180 TL civarında olacaktır.", "an invented duty amount"),
    ("off_platform_contact", "rep", "memnuniyetle hemen gönderebiliriz.", "memnuniyetle hemen gönderebiliriz; bize lale.aksesuar.destek@gmail.com adresinden yazmanız yeterli.", "an email address for documents"),
    ("shouting", "ins", "size doğru yola çıkacaktır.", " LÜTFEN ÖDEMEYİ GECİKTİRMEYİN, YOKSA PAKET İADE EDİLİR!!!", "all-caps warning with !!!"),
    ("wrong_language", "full", "en", """
Hello Emre,

Your parcel is currently waiting at customs; you can follow it with the tracking number UY417736052CN. Thank you for your patience while it waits.

For this order the customs duties are paid by the buyer, so could you kindly pay them and complete the customs clearance? That way the parcel can be on its way to you as soon as possible.

If customs asks for an invoice or any other document, we will gladly send it right away.

Best regards,
Lale Aksesuar Ekibi
""", "whole reply in English for a Turkish buyer"),
    ("missing_required_point", "del", "\n\nGümrük fatura ya da başka bir belge isterse, memnuniyetle hemen gönderebiliriz.", "", "offer_documents deleted"),
    ("invented_tracking_number", "ins", "takip numarasıyla durumunu izleyebilirsiniz.", " PTT tarafındaki yerel gönderi kodu ise RR552019384TR.", "an invented local PTT tracking code added"),
]),
G("u05a", "u05_pl_customs", "pl", "Pani Agnieszko", """
Dzień dobry Pani Agnieszko,

bardzo przepraszamy za nerwy. Sprawdziliśmy przesyłkę o numerze LX903214876NL – rzeczywiście jest obecnie zatrzymana w urzędzie celnym.

Dobra wiadomość jest taka, że to my opłacamy cło i sami zajmujemy się odprawą, więc nie musi Pani niczego płacić ani załatwiać.

Prosimy jeszcze o odrobinę cierpliwości, aż urząd zwolni paczkę – wtedy lampa od razu pojedzie dalej do Pani.

Pozdrawiamy serdecznie,
Zespół Amber Nook
""", [
    ("blame", "ins", "jest obecnie zatrzymana w urzędzie celnym.", " Polscy celnicy, jak zwykle, nie spieszą się z niczym.", "blames Polish customs officers"),
    ("invented_amount_or_date", "ins", "nie musi Pani niczego płacić ani załatwiać.", " Opłaciliśmy już 46 zł należności.", "an invented duty amount"),
    ("placeholder", "rep", "Dzień dobry Pani Agnieszko,", "Dzień dobry Pani %IMIE_KLIENTA%,", "name slot left as a macro"),
    ("feedback_request", "ins", "od razu pojedzie dalej do Pani.", " Będziemy wdzięczni, jeśli po odbiorze zmieni Pani swoją ocenę na wyższą.", "asks to raise the rating after delivery"),
    ("missing_required_point", "del", "\n\nDobra wiadomość jest taka, że to my opłacamy cło i sami zajmujemy się odprawą, więc nie musi Pani niczego płacić ani załatwiać.", "", "seller_pays deleted"),
    ("refund_promise", "ins", "od razu pojedzie dalej do Pani.", " Za to opóźnienie doliczymy Pani rabat na następne zamówienie.", "a discount offered as compensation for the delay"),
]),
G("u06a", "u06_el_customs", "el", "Νίκο", """
Αγαπητέ Νίκο,

σας ευχαριστούμε που μας γράψατε. Πράγματι, το δέμα σας κρατείται αυτή τη στιγμή στο τελωνείο· μπορείτε να το παρακολουθείτε με τον αριθμό αποστολής LP00982245713CN.

Ήδη επικοινωνούμε με τη μεταφορική εταιρεία για να μάθουμε τι ακριβώς χρειάζεται το τελωνείο ώστε να αποδεσμεύσει το δέμα, και θα σας ενημερώσουμε μόλις έχουμε νέα.

Σας παρακαλούμε για λίγη υπομονή μέχρι να τακτοποιηθεί αυτό.

Με εκτίμηση,
Η ομάδα του Olive & Loom
""", [
    ("refund_promise", "ins", "για λίγη υπομονή μέχρι να τακτοποιηθεί αυτό.", " Για την ταλαιπωρία θα σας στείλουμε και ένα δώρο μαζί με το τραπεζομάντιλο.", "free gift offered for the customs delay"),
    ("blame", "ins", "για να μάθουμε τι ακριβώς χρειάζεται το τελωνείο ώστε να αποδεσμεύσει το δέμα, και θα σας ενημερώσουμε μόλις έχουμε νέα.", " Δυστυχώς τα ελληνικά τελωνεία είναι γνωστά για την αργοπορία και την ακαταστασία τους.", "blames Greek customs"),
    ("shouting", "ins", "μόλις έχουμε νέα.", " ΜΗΝ ΠΛΗΡΩΣΕΤΕ ΤΙΠΟΤΑ ΜΕΧΡΙ ΝΑ ΣΑΣ ΠΟΥΜΕ ΕΜΕΙΣ!!!", "all-caps sentence with !!!"),
    ("invented_tracking_number", "rep", "με τον αριθμό αποστολής LP00982245713CN.", "με τον αριθμό αποστολής LP00982245713CN ή με τον τοπικό αριθμό ΕΛΤΑ EL771209348GR.", "adds an invented local tracking number"),
    ("wrong_language", "full", "it", """
Gentile Nikos,

grazie per averci scritto. In effetti il suo pacco è al momento trattenuto in dogana; può seguirlo con il numero di spedizione LP00982245713CN.

Stiamo già contattando il corriere per capire esattamente che cosa serve alla dogana per sbloccare il pacco, e la aggiorneremo appena avremo notizie.

Le chiediamo ancora un po' di pazienza finché la cosa non sarà sistemata.

Cordiali saluti,
Η ομάδα του Olive & Loom
""", "whole reply in Italian for a Greek buyer"),
    ("internal_note", "ins", "Με εκτίμηση,", "\n[ΕΣΩΤ.: duties_payer άγνωστο – ΜΗΝ πληρώσουμε τίποτα πριν ρωτήσουμε τη μεταφορική]", "internal checklist line in brackets before the signature"),
]),
G("u07a", "u07_fr_extend", "fr", "Geneviève", """
Bonjour Geneviève,

Bonne nouvelle : vos bottes sont bel et bien en route vers vous. Vous pouvez suivre le colis avec le numéro de suivi CA772091534CN.

Je comprends qu'avec l'hiver qui s'installe, l'attente soit longue. Pourriez-vous, s'il vous plaît, fermer le litige pour l'instant? De notre côté, nous prolongerons votre protection d'achat de 20 jours, pour que vous restiez entièrement couverte jusqu'à l'arrivée du colis.

Merci de votre patience et bonne journée!

L'équipe Érable & Cie
""", [
    ("refund_promise", "ins", "jusqu'à l'arrivée du colis.", " Et si jamais elles n'arrivent pas, on vous rembourse au complet, promis.", "refund promised while asking to close the dispute"),
    ("invented_amount_or_date", "ins", "sont bel et bien en route vers vous.", " Elles devraient être chez vous d'ici le 2 décembre.", "an invented delivery date"),
    ("placeholder", "rep", "L'équipe Érable & Cie", "{agent_prenom}\nL'équipe Érable & Cie", "unfilled agent first-name slot"),
    ("feedback_request", "ins", "Merci de votre patience et bonne journée!", " Et une fois les bottes aux pieds, une belle évaluation cinq étoiles nous ferait chaud au cœur.", "asks for a five-star review"),
    ("missing_required_point", "rep", " De notre côté, nous prolongerons votre protection d'achat de 20 jours, pour que vous restiez entièrement couverte jusqu'à l'arrivée du colis.", "", "extend_protection deleted (with its 20 days)"),
    ("blame", "ins", "l'attente soit longue.", " Postes Canada est d'une lenteur incroyable ces temps-ci, ce n'est vraiment pas de notre faute.", "blames Canada Post"),
]),
G("u07b", "u07_fr_extend", "fr", "Geneviève", """
Bonjour Geneviève,

Merci pour votre message. Le colis CA772091534CN circule toujours et avance vers chez vous, même si le suivi se met à jour lentement.

Si vous êtes d'accord, est-ce que vous accepteriez de fermer le litige en attendant? En échange, on allonge votre protection acheteur de 20 jours : vous demeurez protégée tant que les bottes ne sont pas arrivées.

Au plaisir,
L'équipe Érable & Cie
""", [
    ("off_platform_contact", "ins", "même si le suivi se met à jour lentement.", " Pour un suivi plus rapide, textez-nous directement au numéro indiqué sur notre site web.", "asks buyer to text the seller via a number on its website"),
    ("invented_tracking_number", "rep", "Le colis CA772091534CN circule", "Le colis CA772091534CN (numéro local Postes Canada : LM481027736CA) circule", "an invented local tracking number added"),
    ("internal_note", "ins", "vous demeurez protégée tant que les bottes ne sont pas arrivées.", "\n\nNB interne : dès qu'elle ferme, prolonger la protection dans le centre vendeur + capture du suivi au dossier.", "seller checklist left in the reply"),
    ("shouting", "ins", "Merci pour votre message.", " NE VOUS INQUIÉTEZ PAS, LES BOTTES ARRIVENT!!!", "all-caps sentence with !!!"),
    ("wrong_language", "full", "en", """
Hello Geneviève,

Thanks for your message. Parcel CA772091534CN is still moving and on its way to you, even if the tracking updates slowly.

If that's alright with you, would you agree to close the dispute in the meantime? In return, we'll extend your buyer protection by 20 days: you stay protected as long as the boots haven't arrived.

All the best,
L'équipe Érable & Cie
""", "whole reply in English for a fr-CA buyer"),
    ("missing_required_point", "rep", "Si vous êtes d'accord, est-ce que vous accepteriez de fermer le litige en attendant? En échange, on allonge", "On allonge", "ask_close deleted"),
]),
G("u08a", "u08_ko_extend", "ko", "김지훈", """
김지훈 고객님, 안녕하세요.

주문하신 키보드는 현재 정상적으로 배송 중입니다. 운송장 번호 SF6031874492057로 배송 상황을 확인하실 수 있습니다.

번거로우시겠지만 지금 열려 있는 분쟁은 잠시 닫아 주실 수 있을까요? 대신 저희가 구매 보호 기간을 15일 연장해 드려서, 물건을 받으실 때까지 계속 보호받으실 수 있도록 하겠습니다.

기다려 주셔서 진심으로 감사드립니다.

한빛스토어 드림
""", [
    ("refund_promise", "ins", "계속 보호받으실 수 있도록 하겠습니다.", " 혹시 그래도 늦어지면 다음 주문 때 쓰실 수 있는 할인 쿠폰도 챙겨 드릴게요.", "discount coupon offered while asking to close"),
    ("off_platform_contact", "ins", "배송 상황을 확인하실 수 있습니다.", " 더 빠른 안내가 필요하시면 카카오톡 채널 '한빛스토어'로 말씀 주세요.", "KakaoTalk channel offered"),
    ("blame", "ins", "배송 상황을 확인하실 수 있습니다.", " 요즘 우체국 쪽 처리가 엉망이라 조금 늦어지는 것뿐입니다.", "blames the postal service"),
    ("invented_amount_or_date", "ins", "배송 상황을 확인하실 수 있습니다.", " 예상 도착일은 11월 25일입니다.", "an invented arrival date"),
    ("placeholder", "rep", "김지훈 고객님, 안녕하세요.", "[고객명] 고객님, 안녕하세요.", "buyer name replaced by a bracket slot"),
    ("internal_note", "ins", "기다려 주셔서 진심으로 감사드립니다.", "\n\n※ 상담원 메모: extend_delivery_time 적용, 분쟁 종료 확인 후 셀러센터에서 보호기간 연장할 것", "agent memo with the remedy id"),
    ("missing_required_point", "rep", "번거로우시겠지만 지금 열려 있는 분쟁은 잠시 닫아 주실 수 있을까요? 대신 저희가", "저희가", "ask_close deleted"),
    ("wrong_language", "full", "ja", """
김지훈 様

ご注文のキーボードは現在、通常どおり配送中です。追跡番号 SF6031874492057 で配送状況をご確認いただけます。

お手数ですが、現在開いている紛争をいったん閉じていただけますでしょうか。その代わりに、購入保護期間を15日延長いたしますので、商品がお手元に届くまで引き続き保護されます。

お待ちいただき、誠にありがとうございます。

한빛스토어 드림
""", "whole reply in Japanese for a Korean buyer"),
]),
]
