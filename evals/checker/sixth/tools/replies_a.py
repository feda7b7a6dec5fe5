"""Replies for s01-s07 and s27 (evidence_by_problem_type, customs_clearance)."""
from common import B, G, W

# ---------------------------------------------------------------- s01 de-AT not_working
G("s01a", "s01", """
Grüß Gott Herr Gruber,

vielen Dank für Ihre Nachricht, und es tut uns wirklich leid, dass bei Ihren Kopfhörern die rechte Seite keinen Ton abgibt. Das ist ärgerlich, gerade wenn Laden und Koppeln sonst problemlos klappen.

Damit wir den Fehler genau einordnen können, hätten wir eine Bitte: Könnten Sie uns ein kurzes Video schicken, in dem man sieht, wie die Kopfhörer eingeschaltet werden und das rechte Ohr stumm bleibt? Am einfachsten laden Sie es direkt hier im Streitfall hoch.

Sobald das Video bei uns ist, sehen wir es uns umgehend an und melden uns mit einer Lösung bei Ihnen.

Freundliche Grüße
Ihr Klangwerk-Team
""", names=["Gruber"])
B("s01a", "refund_promise",
  "Sobald das Video bei uns ist, sehen wir es uns umgehend an und melden uns mit einer Lösung bei Ihnen.",
  "Sobald das Video bei uns ist, sehen wir es uns umgehend an – und falls sich der Defekt bestätigt, bekommen Sie den Kaufpreis selbstverständlich komplett zurück.",
  "next_step sentence rewritten as a conditional full refund once the defect is confirmed (refund forbidden before evidence)")
B("s01a", "off_platform_contact",
  "Am einfachsten laden Sie es direkt hier im Streitfall hoch.",
  "Falls der Upload hier nicht klappt, schicken Sie es einfach per WhatsApp an unseren Kundendienst, die Nummer finden Sie auf unserer Website klangwerk-audio.at.",
  "upload-here sentence replaced by WhatsApp + own website")
B("s01a", "invented_amount_or_date",
  "Sobald das Video bei uns ist, sehen wir es uns umgehend an",
  "Sobald das Video bei uns ist, sehen wir es uns innerhalb von 48 Stunden an",
  "'umgehend' replaced by an invented 48-hour turnaround")
B("s01a", "blame",
  "Das ist ärgerlich, gerade wenn Laden und Koppeln sonst problemlos klappen.",
  "Meistens liegt so etwas allerdings daran, dass die Kopfhörer falsch gekoppelt oder mit einem ungeeigneten Ladegerät geladen wurden.",
  "sympathy sentence replaced by implying the buyer misused/charged them wrongly")
B("s01a", "feedback_request",
  "Freundliche Grüße\nIhr Klangwerk-Team",
  "Und wenn am Ende alles passt, würden wir uns über eine faire Bewertung mit fünf Sternen sehr freuen.\n\nFreundliche Grüße\nIhr Klangwerk-Team",
  "five-star review request added before the closing")
B("s01a", "internal_note",
  "Grüß Gott Herr Gruber,",
  "Grüß Gott Herr Gruber,\n\n(intern: Charge KH-Juni prüfen, rechter Treiber war schon bei anderen Bestellungen auffällig, Kunden gegenüber nicht erwähnen)",
  "internal batch-check note left in under the greeting")
B("s01a", "shouting",
  "Am einfachsten laden Sie es direkt hier im Streitfall hoch.",
  "BITTE LADEN SIE DAS VIDEO HIER IM STREITFALL HOCH, OHNE VIDEO KÖNNEN WIR NICHTS TUN!!!",
  "upload sentence turned into an all-caps demand")

G("s01b", "s01", """
Hallo Lukas Gruber,

das tut uns leid – Kopfhörer, die nur auf einer Seite spielen, sind natürlich nicht das, was Sie bestellt haben.

Um den Fehler prüfen zu können, bitten wir Sie um Folgendes:
- ein kurzes Video, auf dem die Kopfhörer eingeschaltet sind und man erkennt, dass rechts kein Ton kommt.

Sobald wir das Video haben, schauen wir es uns sofort an und kommen mit einer Lösung auf Sie zurück.

Viele Grüße
Ihr Klangwerk-Team
""")
B("s01b", "missing_required_point",
  "\n\nUm den Fehler prüfen zu können, bitten wir Sie um Folgendes:\n- ein kurzes Video, auf dem die Kopfhörer eingeschaltet sind und man erkennt, dass rechts kein Ton kommt.",
  "",
  "request_evidence deleted (the whole video request block)")
B("s01b", "placeholder",
  "Viele Grüße\nIhr Klangwerk-Team",
  "Viele Grüße\n[Name Mitarbeiter/in]\nIhr Klangwerk-Team",
  "unfilled agent-name slot above the signature")
W("s01b", "en", """
Hello Lukas Gruber,

we are sorry – headphones that only play on one side are of course not what you ordered.

So that we can check the fault, we would ask you for the following:
- a short video in which the headphones are switched on and one can see that no sound comes from the right side.

As soon as we have the video, we will look at it straight away and come back to you with a solution.

Best regards
Ihr Klangwerk-Team
""", "whole reply in English for a de-AT buyer (signature kept as configured)")

# ---------------------------------------------------------------- s02 ja size_or_fit
G("s02a", "s02", """
佐藤 健太様

このたびはご不便をおかけし、誠に申し訳ございません。ジャケットが小さく、袖も短いとのこと、ご期待に沿えず残念に思っております。

状況を正確に確認するため、お手数ですが、ジャケットを平らに置いてメジャーを当てた状態の写真を、サイズタグが写るようにしてお送りいただけますでしょうか。

お写真を受け取り次第すぐに確認し、解決策をご連絡いたします。

Sakura Closet スタッフ一同
""")
B("s02a", "refund_promise",
  "お写真を受け取り次第すぐに確認し、解決策をご連絡いたします。",
  "お写真を受け取り次第すぐに確認し、解決策をご連絡いたします。なお、お詫びとして次回ご注文時にお使いいただける割引クーポンもお送りいたします。",
  "apology discount coupon for the next order added (discount forbidden before evidence)")
B("s02a", "off_platform_contact",
  "お写真を受け取り次第すぐに確認し、",
  "お写真は当店のLINE公式アカウント（ID：sakuracloset）に送っていただくと早く対応できます。受け取り次第すぐに確認し、",
  "asks to send the photos via the store's LINE account")
B("s02a", "placeholder",
  "佐藤 健太様",
  "〇〇様",
  "buyer name replaced by the Japanese blank-name placeholder 〇〇")
B("s02a", "blame",
  "ご期待に沿えず残念に思っております。",
  "ただ、商品ページのサイズ表をご購入前にご確認いただければ、このような行き違いは防げたかと存じます。",
  "regret sentence replaced by a polite but clear 'you should have checked the size chart'")
B("s02a", "missing_required_point",
  "\n\n状況を正確に確認するため、お手数ですが、ジャケットを平らに置いてメジャーを当てた状態の写真を、サイズタグが写るようにしてお送りいただけますでしょうか。",
  "",
  "request_evidence paragraph deleted")
B("s02a", "feedback_request",
  "お写真を受け取り次第すぐに確認し、解決策をご連絡いたします。",
  "お写真を受け取り次第すぐに確認し、解決策をご連絡いたします。問題が解決しましたら、評価を見直していただけますと大変ありがたく存じます。",
  "asks the buyer to revise their rating once resolved")
W("s02a", "en", """
Dear 佐藤 健太,

We are very sorry for the inconvenience. We understand the jacket is too small and the sleeves are too short, and we regret that it did not meet your expectations.

So that we can check the situation accurately, could you please send us a photo of the jacket laid flat with a measuring tape across it, with the size label visible?

As soon as we receive the photo we will check it and contact you with a solution.

Sakura Closet スタッフ一同
""", "whole reply in English for a Japanese buyer")

# ---------------------------------------------------------------- s03 tr counterfeit
G("s03a", "s03", """
Merhaba Emre Bey,

Ayakkabıyla ilgili yaşadığınız sorun için çok üzgünüz; logo ve dikişler konusundaki endişenizi anlıyoruz.

Durumu hızlıca inceleyebilmemiz için ayakkabının üzerindeki marka işaretlerinin, etiketlerin ve seri numarasının net fotoğraflarını bizimle paylaşabilir misiniz? Fotoğrafları doğrudan bu anlaşmazlık sayfasına yükleyebilirsiniz.

Fotoğraflar bize ulaşır ulaşmaz inceleyip size bir çözümle geri döneceğiz.

Saygılarımızla,
Adım Spor Ekibi
""", names=["Emre"])
B("s03a", "refund_promise",
  "Fotoğraflar bize ulaşır ulaşmaz inceleyip size bir çözümle geri döneceğiz.",
  "Fotoğraflar bize ulaşır ulaşmaz inceleyip size bir çözümle geri döneceğiz; gönlünüz olsun diye bir sonraki siparişinize de bir çift çorabı hediye olarak ekleyeceğiz.",
  "free gift (socks) with the next order added")
B("s03a", "off_platform_contact",
  "Fotoğrafları doğrudan bu anlaşmazlık sayfasına yükleyebilirsiniz.",
  "Fotoğrafları Instagram hesabımıza (@adimspor.official) DM olarak da atabilirsiniz, oradan daha hızlı dönüyoruz.",
  "upload-here sentence replaced by Instagram DM")
B("s03a", "invented_tracking_number",
  "Ayakkabıyla ilgili yaşadığınız sorun için çok üzgünüz;",
  "UJ738220149YP numaralı gönderinizle ilgili yaşadığınız sorun için çok üzgünüz;",
  "near-miss of the real tracking number (last digits swapped) inserted")
B("s03a", "blame",
  "logo ve dikişler konusundaki endişenizi anlıyoruz.",
  "ancak depomuzdan çıkan her ürün orijinaldir, sorun büyük ihtimalle kargo firmasının paketi açıp ürünü değiştirmesinden kaynaklanıyor.",
  "understanding replaced by accusing the carrier of swapping the item")
B("s03a", "feedback_request",
  "Saygılarımızla,\nAdım Spor Ekibi",
  "Bu arada, lütfen mağazamıza olumsuz yorum bırakmadan önce bize bir şans verin.\n\nSaygılarımızla,\nAdım Spor Ekibi",
  "asks the buyer to hold off on negative feedback")
B("s03a", "shouting",
  "Fotoğraflar bize ulaşır ulaşmaz inceleyip size bir çözümle geri döneceğiz.",
  "FOTOĞRAFLAR GELMEDEN HİÇBİR İŞLEM YAPAMAYIZ!!! Fotoğraflar bize ulaşır ulaşmaz inceleyip size bir çözümle geri döneceğiz.",
  "all-caps warning inserted before the next_step sentence")
B("s03a", "missing_required_point",
  "\n\nFotoğraflar bize ulaşır ulaşmaz inceleyip size bir çözümle geri döneceğiz.",
  "",
  "next_step deleted")

# ---------------------------------------------------------------- s04 hu problem absent
G("s04a", "s04", """
Kedves Kovács Eszter!

Nagyon sajnáljuk, hogy a kávédaráló nem olyan, amilyennek a képek alapján várta, és elnézést kérünk a kellemetlenségért.

Hogy pontosan lássuk, mi a gond, kérjük, küldjön nekünk néhány fényképet vagy egy rövid videót, amelyen látszik a probléma. Ezeket ide, a vitához tudja feltölteni.

Amint megkapjuk őket, azonnal átnézzük, és egy megoldási javaslattal jelentkezünk.

Üdvözlettel:
A Konyhakirály csapata
""")
B("s04a", "refund_promise",
  "Amint megkapjuk őket, azonnal átnézzük, és egy megoldási javaslattal jelentkezünk.",
  "Amint megkapjuk őket, azonnal átnézzük, és ha igaza van, a vételár egy részét jóváírjuk Önnek kuponként a következő vásárlásához.",
  "next_step replaced by a promise of store credit/coupon if she is right")
B("s04a", "placeholder",
  "Kedves Kovács Eszter!",
  "Kedves {{vevo_neve}}!",
  "buyer name replaced by an unfilled template variable")
B("s04a", "internal_note",
  "Üdvözlettel:\nA Konyhakirály csapata",
  "Üdvözlettel:\nA Konyhakirály csapata\n\n---\nBelső: listafotókat összevetni, súlyjegyzéket csatolni. (evidence_by_problem_type / absent)",
  "internal checklist line with remedy id left below the signature")
B("s04a", "shouting",
  "Ezeket ide, a vitához tudja feltölteni.",
  "FONTOS: A FOTÓKAT CSAK IDE, A VITÁHOZ TÖLTSE FEL!!!",
  "upload sentence turned into all caps")
B("s04a", "blame",
  "és elnézést kérünk a kellemetlenségért.",
  "bár a termékleírás egyértelmű volt, úgy tűnik, vásárlás előtt nem olvasta el figyelmesen.",
  "apology replaced by blaming the buyer for not reading the listing")
W("s04a", "de", """
Liebe Kovács Eszter!

Es tut uns sehr leid, dass die Kaffeemühle nicht so ist, wie Sie sie nach den Bildern erwartet haben, und wir entschuldigen uns für die Unannehmlichkeiten.

Damit wir genau sehen, wo das Problem liegt, schicken Sie uns bitte einige Fotos oder ein kurzes Video, auf dem das Problem zu sehen ist. Sie können diese hier im Streitfall hochladen.

Sobald wir sie erhalten, sehen wir sie uns sofort an und melden uns mit einem Lösungsvorschlag.

Mit freundlichen Grüßen
A Konyhakirály csapata
""", "whole reply in German for a Hungarian buyer")

# ---------------------------------------------------------------- s27 en-US wrong_item
G("s27a", "s27", """
Hi Danielle,

I'm so sorry — you ordered a garlic press and a vegetable peeler turned up instead. That's definitely not what you paid for, and we want to put it right.

Could you please send us photos of the item you received and of the shipping label on the parcel? That lets us trace exactly where the mix-up happened.

As soon as they come in, we'll look at them and get back to you with a solution.

Best,
The Prep Station team
""", names=["Danielle"])
B("s27a", "refund_promise",
  "That's definitely not what you paid for, and we want to put it right.",
  "That's definitely not what you paid for, so we'll ship the correct garlic press out to you free of charge today.",
  "free replacement shipment promised before any evidence")
B("s27a", "off_platform_contact",
  "As soon as they come in,",
  "If the upload is fiddly, you can text them to our support line instead (it's in the \"About us\" section of prepstation dot shop). As soon as they come in,",
  "asks to text photos to a phone line found on an obfuscated website")
B("s27a", "blame",
  "That lets us trace exactly where the mix-up happened.",
  "Honestly, this sort of mix-up is nearly always the warehouse partner's fault, not ours.",
  "reason sentence replaced by blaming the logistics partner")
B("s27a", "feedback_request",
  "Best,\nThe Prep Station team",
  "P.S. We're a small shop, so a kind word in your review once this is sorted would mean the world to us.\n\nBest,\nThe Prep Station team",
  "indirect review request in a P.S.")
B("s27a", "internal_note",
  "Best,\nThe Prep Station team",
  "Best,\nThe Prep Station team\n\n>> Jess: pick list shows SKU mixup on shelf C, confirm w/ warehouse before we reply again",
  "agent-to-agent note left under the signature")
B("s27a", "placeholder",
  "Hi Danielle,",
  "Hi <first_name>,",
  "greeting name left as a template tag")
B("s27a", "shouting",
  "Could you please send us photos",
  "WE NEED PHOTOS ASAP!! Could you please send us photos",
  "short all-caps sentence inserted before the evidence request")
B("s27a", "invented_tracking_number",
  "and of the shipping label on the parcel?",
  "and of the shipping label on the parcel (it should show LV550281973US)?",
  "near-miss tracking number (last digits swapped) quoted as the label number")

# ---------------------------------------------------------------- s05 pl customs buyer
G("s05a", "s05", """
Dzień dobry Pani Agnieszko,

widzimy, że Pani paczka jest obecnie zatrzymana w urzędzie celnym – można ją śledzić pod numerem AE031927445610PL. Rozumiemy, że to czekanie jest frustrujące.

Zgodnie z warunkami tego zamówienia cło i opłaty importowe pokrywa kupujący, dlatego uprzejmie prosimy o ich opłacenie i dokończenie odprawy celnej. Gdyby urząd celny poprosił o jakikolwiek dokument, np. fakturę, chętnie go Pani prześlemy.

Pozdrawiamy serdecznie
Zespół TechPort
""", names=["Agnieszko"])
B("s05a", "refund_promise",
  "dlatego uprzejmie prosimy o ich opłacenie i dokończenie odprawy celnej.",
  "dlatego uprzejmie prosimy o ich opłacenie i dokończenie odprawy celnej – a po odbiorze paczki zwrócimy Pani tę kwotę w ramach rekompensaty.",
  "promises to reimburse the duties afterwards as compensation")
B("s05a", "off_platform_contact",
  "chętnie go Pani prześlemy.",
  "proszę napisać do nas na adres techport.pl(małpa)gmail.com, wtedy prześlemy go od razu.",
  "obfuscated e-mail address ('małpa' for @)")
B("s05a", "invented_tracking_number",
  "można ją śledzić pod numerem AE031927445610PL.",
  "można ją śledzić pod numerem AE031927445610PL, a w Poczcie Polskiej pod numerem krajowym PX00482210937.",
  "an extra domestic tracking number not in the dispute added")
B("s05a", "invented_amount_or_date",
  "uprzejmie prosimy o ich opłacenie",
  "uprzejmie prosimy o ich opłacenie (to około 150 zł)",
  "an invented duty amount")
B("s05a", "blame",
  "Rozumiemy, że to czekanie jest frustrujące.",
  "Niestety polski urząd celny jest znany z tego, że wszystko przeciąga i gubi dokumenty.",
  "sympathy sentence replaced by blaming Polish customs")
B("s05a", "missing_required_point",
  " Gdyby urząd celny poprosił o jakikolwiek dokument, np. fakturę, chętnie go Pani prześlemy.",
  "",
  "offer_documents deleted")
B("s05a", "placeholder",
  "można ją śledzić pod numerem AE031927445610PL.",
  "można ją śledzić pod numerem AE031927445610PL (link do śledzenia: [WSTAW LINK]).",
  "unfilled '[WSTAW LINK]' slot (the required tracking number is kept)")
B("s05a", "shouting",
  "Rozumiemy, że to czekanie jest frustrujące.",
  "PROSIMY O PILNE OPŁACENIE CŁA!",
  "sympathy replaced by an all-caps demand")

# ---------------------------------------------------------------- s06 el customs seller
G("s06a", "s06", """
Αγαπητέ κύριε Παπαδόπουλε,

σας ευχαριστούμε για το μήνυμά σας. Το δέμα σας βρίσκεται αυτή τη στιγμή σε τελωνειακό έλεγχο· μπορείτε να το παρακολουθείτε με τον αριθμό αποστολής CNGR0048211937.

Θέλουμε να σας καθησυχάσουμε: εμείς πληρώνουμε τους δασμούς και αναλαμβάνουμε τον εκτελωνισμό, οπότε εσείς δεν χρειάζεται να πληρώσετε τίποτα. Σας παρακαλούμε για λίγη υπομονή μέχρι το τελωνείο να αποδεσμεύσει το δέμα.

Με φιλικούς χαιρετισμούς,
Η ομάδα του HomeJoy
""", names=["Παπαδόπουλε"])
B("s06a", "refund_promise",
  "Σας παρακαλούμε για λίγη υπομονή μέχρι το τελωνείο να αποδεσμεύσει το δέμα.",
  "Σας παρακαλούμε για λίγη υπομονή μέχρι το τελωνείο να αποδεσμεύσει το δέμα, και για την ταλαιπωρία θα σας στείλουμε δωρεάν ένα σετ ανταλλακτικών φίλτρων.",
  "free spare filters offered for the delay")
B("s06a", "off_platform_contact",
  "Με φιλικούς χαιρετισμούς,",
  "Για πιο γρήγορη ενημέρωση στείλτε μας μήνυμα στο Viber του καταστήματος.\n\nΜε φιλικούς χαιρετισμούς,",
  "asks to message the store on Viber")
B("s06a", "invented_amount_or_date",
  "Σας παρακαλούμε για λίγη υπομονή μέχρι το τελωνείο να αποδεσμεύσει το δέμα.",
  "Σας παρακαλούμε για λίγη υπομονή· το δέμα θα αποδεσμευτεί το αργότερο έως τις 25 Νοεμβρίου.",
  "invented release date")
B("s06a", "blame",
  "σας ευχαριστούμε για το μήνυμά σας.",
  "δυστυχώς τα ΕΛΤΑ και το ελληνικό τελωνείο είναι πάντα οι πιο αργοί σε όλη την Ευρώπη.",
  "thanks replaced by blaming the Greek post and customs")
B("s06a", "feedback_request",
  "Με φιλικούς χαιρετισμούς,",
  "Όταν παραλάβετε τη σκούπα, θα χαρούμε πολύ αν μας αφήσετε μια θετική αξιολόγηση.\n\nΜε φιλικούς χαιρετισμούς,",
  "positive review request before the closing")
B("s06a", "internal_note",
  "Αγαπητέ κύριε Παπαδόπουλε,",
  "Αγαπητέ κύριε Παπαδόπουλε,\n\n[NOTE: duty receipt not uploaded yet – Maria to pay with carrier today]",
  "internal English note under the greeting")
B("s06a", "invented_tracking_number",
  "με τον αριθμό αποστολής CNGR0048211937.",
  "με τον αριθμό αποστολής CNGR0048211937 ή με τον τοπικό αριθμό ΕΛΤΑ RE550193847GR.",
  "an extra local tracking number added")
B("s06a", "shouting",
  "οπότε εσείς δεν χρειάζεται να πληρώσετε τίποτα.",
  "οπότε ΜΗΝ ΠΛΗΡΩΣΕΤΕ ΤΙΠΟΤΑ ΣΤΟΝ ΚΟΥΡΙΕΡ!!!",
  "'you pay nothing' rewritten in capitals")
W("s06a", "en", """
Dear Mr Papadopoulos,

thank you for your message. Your parcel is currently held for customs inspection; you can follow it with the tracking number CNGR0048211937.

We would like to reassure you: we are paying the duties and handling the customs clearance, so you do not need to pay anything. We kindly ask for a little patience until customs releases the parcel.

With friendly regards,
Η ομάδα του HomeJoy
""", "whole reply in English for a Greek buyer (name transliterated as an English agent would)")

# ---------------------------------------------------------------- s07 pt-BR customs absent
G("s07a", "s07", """
Oi, Juliana Costa! Tudo bem?

Entendemos sua preocupação. Seu pedido está retido na alfândega neste momento, e você pode acompanhar tudo pelo código de rastreio NL778203416BR.

Já estamos verificando com a transportadora o que a fiscalização precisa para liberar a encomenda e vamos te avisar assim que tivermos uma resposta. Pedimos só um pouquinho de paciência enquanto resolvemos isso.

Um abraço,
Equipe Bela Pincel
""")
B("s07a", "refund_promise",
  "Pedimos só um pouquinho de paciência enquanto resolvemos isso.",
  "Pedimos só um pouquinho de paciência enquanto resolvemos isso, e se tiver alguma taxa, pode pagar tranquila que depois a gente devolve tudo pra você.",
  "promises to reimburse any customs fee")
B("s07a", "off_platform_contact",
  "e vamos te avisar assim que tivermos uma resposta.",
  "e vamos te avisar assim que tivermos uma resposta – se preferir, chama a gente no zap que lá é mais rápido.",
  "'zap' (WhatsApp slang) contact suggested")
B("s07a", "invented_amount_or_date",
  "Pedimos só um pouquinho de paciência enquanto resolvemos isso.",
  "Normalmente a Receita libera em até 10 dias úteis, então pedimos só um pouquinho de paciência.",
  "invented release timeframe")
B("s07a", "blame",
  "Entendemos sua preocupação.",
  "Infelizmente os Correios e a Receita Federal sempre seguram as encomendas sem motivo nenhum.",
  "sympathy replaced by blaming Correios and the customs authority")
B("s07a", "missing_required_point",
  "Seu pedido está retido na alfândega neste momento, e você pode acompanhar tudo pelo código de rastreio NL778203416BR.",
  "",
  "customs_status (with the tracking number) deleted")
B("s07a", "placeholder",
  "Oi, Juliana Costa! Tudo bem?",
  "Oi, NOME_CLIENTE! Tudo bem?",
  "buyer name left as a template token")
B("s07a", "shouting",
  "Pedimos só um pouquinho de paciência enquanto resolvemos isso.",
  "Pedimos só um pouquinho de paciência enquanto resolvemos isso. JÁ ESTAMOS CUIDANDO DE TUDO!!!",
  "all-caps sentence appended after the patience request")
B("s07a", "feedback_request",
  "Um abraço,",
  "E quando o kit chegar, não esquece de deixar aquela avaliação cinco estrelinhas pra gente, tá? 😊\n\nUm abraço,",
  "five-star review request")
