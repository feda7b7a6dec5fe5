"""Good replies, written by hand for this set. GOOD[id] = (dispute number, text)."""
GOOD = {}
def g(i, text): GOOD[i] = text.strip("\n")

g("oe01a", """Hi Jordan,

Thanks for reaching out, and I'm really sorry the speaker won't switch on — that's frustrating, especially when it seems to charge normally.

To check what's going on, could you please send us a short video showing the speaker switched on (or you pressing the power button) and the fault happening? A few seconds is plenty.

As soon as the video arrives, we'll look at it straight away and come back to you with a solution.

Mia, Northwind Audio support""")

g("oe02a", """Hola, Valeria:

Entendemos perfectamente tu preocupación; tres semanas de espera se sienten largas. Te confirmamos que tu paquete va en camino y puedes seguirlo con el número de rastreo LP00482913577CN.

¿Podrías cerrar la disputa por ahora? Para que no pierdas nada, ampliaremos tu protección de compra por 20 días, así sigues totalmente protegida hasta que recibas tu funda.

Cualquier duda, aquí estamos para ayudarte.

TabletCase MX team""")

g("oe03a", """Здравствуйте, Алексей!

Нам очень жаль: судя по всему, ваша посылка с термокружкой потерялась в пути. Понимаем, как неприятно так долго ждать и в итоге ничего не получить.

Хотите, чтобы мы отправили вам термокружку повторно? Для вас это будет без каких-либо дополнительных затрат.

Пожалуйста, ответьте на это сообщение, чтобы подтвердить, и заодно проверьте, правильно ли указан адрес доставки.

Команда магазина ТермоДом""")

g("oe04a", """佐藤 美咲様

このたびはご不便をおかけし、誠に申し訳ございません。再発送にご同意いただき、ありがとうございます。

ハンカチセットを改めて発送いたしました。新しい追跡番号は LP00761234098CN です。

新しいお荷物の配送状況は私どもでもしっかり確認し、何かあればすぐにご連絡いたします。お届けまで今しばらくお待ちくださいませ。

Hana Textile カスタマーサポート""")

g("oe05a", """Bonjour Camille,

Merci pour votre message, et désolés pour cette attente. Nous voyons que votre colis est actuellement retenu en douane ; vous pouvez le suivre avec le numéro LX203948576CN.

Pour cette commande, les droits d'importation sont à la charge de l'acheteur. Pourriez-vous donc les régler et finaliser le dédouanement auprès du transporteur ? Votre montre pourra ensuite reprendre sa route.

Si la douane demande un document, comme la facture, nous vous l'enverrons volontiers.

Bonne journée,
Pulse Gear team""")

g("oe06a", """Hallo Herr Krüger,

vielen Dank für Ihre Nachricht – die Frage ist absolut berechtigt. Ihr Paket wird derzeit beim Zoll festgehalten; den Stand können Sie mit der Sendungsnummer EE550187236CN verfolgen.

Die gute Nachricht: Wir übernehmen die Zollgebühren und kümmern uns selbst um die Verzollung. Sie müssen also nichts bezahlen.

Wir bitten Sie nur noch um etwas Geduld, bis der Zoll das Paket freigibt.

Ihr Team von Werkstatt Direkt""")

g("oe07a", """Gentile Giulia,

grazie per le foto che ci ha inviato: si vede chiaramente che la cucitura della tracolla si è aperta, e ci dispiace davvero.

Possiamo proporle due soluzioni:
- tenere la borsa con un rimborso parziale fino a 16.00 EUR;
- restituire la borsa e ricevere il rimborso completo.

Quale delle due preferisce? Appena ci fa sapere, procediamo subito.

Cordiali saluti,
Casa Bella Shop team""")

g("oe07b", """Ciao Giulia,

abbiamo visto le tue foto, grazie per averle mandate. Hai ragione, una cucitura che cede così presto non va bene e ci scusiamo per l'inconveniente.

Per rimediare hai due possibilità: puoi tenere la borsa e ricevere un rimborso parziale di massimo 16.00 EUR, oppure rimandarcela e avere il rimborso completo.

Dimmi tu quale opzione ti va meglio.

Casa Bella Shop team""")

g("oe08a", """Olá, Rafael!

A plataforma decidiu pela devolução com reembolso, e nós aceitamos essa decisão. Sentimos muito pelo engano com o tênis.

Por favor, envie o produto para este endereço:
Loja Sol Nascente – Devoluções, Rua das Acácias 218, Sala 4, Campinas-SP, 13087-460, Brasil

Assim que o tênis chegar aqui, o reembolso será processado. Não se esqueça de adicionar o código de rastreio da devolução na disputa, combinado?

Esperamos voltar a fazer negócio com você no futuro.

Loja Sol Nascente team""")

g("oe08b", """Oi Rafael, tudo bem?

Recebemos a decisão da plataforma de devolução e reembolso e estamos de acordo. O endereço para enviar o tênis é: Loja Sol Nascente – Devoluções, Rua das Acácias 218, Sala 4, Campinas-SP, 13087-460, Brasil.

Quando o pacote chegar, processamos o seu reembolso. Pedimos só que você inclua o código de rastreio da devolução na disputa.

Obrigado pela paciência, e esperamos poder atendê-lo de novo em breve!

Loja Sol Nascente team""")

g("oe09a", """Beste Sanne,

We begrijpen goed dat het wachten lang duurt, en het spijt ons dat je fietsmand er nog niet is.

We willen je laten weten dat wij ons bewijs inmiddels aan het platform hebben gegeven. De geschillenspecialist van het platform neemt nu een beslissing, en die zullen wij respecteren.

Heb je in de tussentijd vragen? We blijven gewoon voor je klaar staan.

Met vriendelijke groet, team FietsFijn""")

g("oe10a", """Merhaba Emre Bey,

İtirazınızı platforma taşıdığınızı gördük. Kumandanın hâlâ elinize ulaşmamasından dolayı yaşadığınız hayal kırıklığını çok iyi anlıyoruz.

Platformun anlaşmazlık uzmanıyla iş birliği yapacak ve elimizdeki tüm kanıtları kendisine ileteceğiz.

Bununla birlikte, sizinle birlikte bir çözüm bulmaya hâlâ açığız; aklınızdaki her şeyi bize yazabilirsiniz.

Saygılarımızla,
OyunPark team""")

g("oe11a", """김지훈님, 안녕하세요.

반품하신 키보드가 저희 쪽에 잘 도착했습니다. 번거로우셨을 텐데 보내 주셔서 감사합니다.

환불은 이제 플랫폼을 통해 진행될 예정입니다.

이번에는 불편을 드렸지만, 앞으로도 다시 거래할 수 있기를 바랍니다.

KeyLab 고객지원팀""")

g("oe11b", """안녕하세요, 김지훈 고객님.

보내 주신 반품 상품을 정상적으로 수령했음을 알려 드립니다. 구성품이 빠져 있어 불편을 겪으신 점 다시 한번 사과드립니다.

환불은 플랫폼을 통해 곧 처리될 것입니다. 혹시 궁금하신 점이 있으면 언제든지 이 대화창으로 문의해 주세요.

다음에 더 좋은 상품으로 다시 뵙기를 진심으로 바랍니다.

KeyLab 고객지원팀""")

g("oe12a", """陳怡君 您好：

很抱歉讓您對收到的耳機產生疑慮，包裝印刷模糊確實讓人不安，我們非常重視這個問題。

為了盡快確認，能否請您拍攝耳機上的品牌標誌、標籤以及序號的照片傳給我們？

收到照片後，我們會立即查看，並盡快回覆您解決方案。

聲活館 客服團隊""")

g("oe13a", """مرحباً أحمد،

شكراً لتواصلك معنا، ونتفهم تماماً قلقك بشأن تأخر الطلب. نطمئنك بأن طردك في الطريق إليك، ويمكنك متابعته برقم التتبع UH036218475CN.

هل يمكنك التكرم بإغلاق النزاع في الوقت الحالي؟ وسنقوم بتمديد حماية الشراء الخاصة بك لمدة 15 يوماً، حتى تبقى محمياً بالكامل إلى أن تصلك الحقيبة.

مع أطيب التحيات،
فريق متجر Rahala Bags""")

g("oe14a", """Hej Linnea,

Tack för bilderna du skickade. Vi ser tydligt fläcken på filten och är ledsna att den kom fram i det skicket.

Vi kan erbjuda dig två alternativ:
– behålla filten och få en delåterbetalning på upp till 96.00 SEK, eller
– skicka tillbaka filten och få full återbetalning.

Vilket alternativ föredrar du?

Vänliga hälsningar,
Nordic Nest Home team""")

g("oe14b", """Hej Linnea!

Stort tack för att du tog bilder – det hjälper oss mycket. Det är tråkigt att se fläcken, och vi förstår att du blev besviken.

Du får välja det som passar dig bäst: antingen behåller du filten och vi ger dig en delåterbetalning på högst 96.00 SEK, eller så returnerar du den och får pengarna tillbaka i sin helhet.

Hör av dig och berätta vad du föredrar.

Nordic Nest Home team""")

g("oe15a", """Dobrý den, pane Nováku,

platforma rozhodla o vrácení zboží a vrácení peněz a my toto rozhodnutí plně respektujeme.

Lampu prosím pošlete na tuto adresu:
Vratky Domov Plus, Skladová 12, 190 00 Praha 9, Česko

Jakmile vrácená lampa dorazí, vrácení peněz zpracujeme. Prosíme také, abyste do sporu doplnil sledovací číslo zásilky s vratkou.

Věříme, že s námi budete v budoucnu opět nakupovat.

Domov Plus team""")

g("oe15b", """Dobrý den, Tomáši,

děkujeme za zprávu. Rozhodnutí platformy o vrácení zboží s vrácením peněz přijímáme.

Adresa pro vrácení lampy je: Vratky Domov Plus, Skladová 12, 190 00 Praha 9, Česko.

Peníze vám budou vráceny, jakmile k nám lampa dorazí. Sledovací číslo vratky prosím přidejte do sporu, ať můžeme zásilku hlídat.

Omlouváme se za potíže a budeme rádi, když se k nám někdy vrátíte.

Domov Plus team""")

g("oe16a", """Bună ziua, Andreea,

Vă mulțumim pentru mesaj și înțelegem că situația este neplăcută. Coletul dumneavoastră este reținut în acest moment la vamă; îl puteți urmări cu numărul de urmărire CY774401928CN.

Verificăm chiar acum cu firma de transport ce anume are nevoie vama pentru a elibera coletul și vă anunțăm imediat ce aflăm.

Vă rugăm să aveți puțină răbdare până lămurim situația.

Cu stimă,
Espresso Corner team""")

g("oe17a", """Kedves Zsófia!

Nagyon sajnáljuk, úgy tűnik, hogy a csomagja útközben elveszett. Értjük, mennyire bosszantó ez.

Szeretné, ha újra elküldenénk Önnek a virágcserép szettet? Ez Önnek semmilyen többletköltséggel nem járna.

Kérjük, válaszban erősítse meg, és ellenőrizze, hogy a szállítási címe helyes-e.

Üdvözlettel:
Zöld Sarok team""")

g("oe18a", """Hej Mads,

Tak for din besked, og vi er kede af, at jakken ikke lever op til dine forventninger.

Vi har allerede givet platformen vores dokumentation i sagen. Nu er det platformens tvistspecialist, der træffer afgørelsen, og den vil vi naturligvis respektere.

Har du spørgsmål undervejs, er vi stadig her for at hjælpe.

Venlig hilsen
Løbeliv team""")

g("oe19a", """Hei Aino,

Näemme, että olet vienyt riidan alustan käsiteltäväksi, ja ymmärrämme hyvin, miksi olet turhautunut – sukkien värin pitäisi tietenkin vastata kuvaa.

Teemme yhteistyötä alustan riitojen asiantuntijan kanssa ja toimitamme hänelle oman näyttömme.

Olemme silti edelleen avoimia löytämään ratkaisun yhdessä kanssasi.

Ystävällisin terveisin, Villatupan asiakaspalvelu""")

g("oe20a", """Dzień dobry, Pani Katarzyno,

dziękujemy za zgodę na ponowną wysyłkę zestawu pędzli.

Paczka została już nadana ponownie, a jej nowy numer śledzenia to LP00993817264CN.

Będziemy pilnować nowej przesyłki i na bieżąco informować Panią o jej postępach.

Pozdrawiamy serdecznie,
Piękno Studio team""")

g("oe21a", """Вітаємо, Олено!

Повідомляємо, що ми отримали рюкзак, який ви повернули. Дякуємо, що так швидко його надіслали.

Тепер повернення коштів надійде вам через платформу.

Вибачте ще раз за плутанину із замовленням. Сподіваємося, що ви й надалі робитимете покупки в нашому магазині.

Kids Joy team""")

g("oe22a", """Γεια σας, κύριε Παπαδόπουλε,

Λυπούμαστε πολύ που το πουκάμισο δεν σας έρχεται σωστά και είναι μικρότερο από τον πίνακα μεγεθών.

Για να το ελέγξουμε γρήγορα, θα μπορούσατε να μας στείλετε μια φωτογραφία του πουκάμισου απλωμένου, με μια μεζούρα πάνω του, δίπλα στην ετικέτα μεγέθους;

Μόλις τη λάβουμε, θα την εξετάσουμε αμέσως και θα επανέλθουμε με μια λύση.

Με εκτίμηση,
Linen Lane team""")

g("oe23a", """Dear Oliver,

Thank you for the photos — I can see the two chipped plates, and I'm very sorry the set arrived like that.

We'd like to offer you a choice:
- keep the set with a partial refund of up to 16.50 GBP, or
- return the set for a full refund.

Which would you prefer? Just let me know here and I'll set it up.

Kind regards,
Harriet at Kiln & Co""")

g("oe23b", """Hi Oliver,

Thanks for sending the pictures through, and apologies that two of your plates were chipped on arrival.

There are two ways we can put this right. You can keep the dinner set and we'll give you a partial refund of up to 16.50 GBP, or you can send it back to us for a full refund.

Let me know which option suits you best.

Harriet at Kiln & Co""")

g("oe24a", """Olá Inês,

Lamentamos a demora e compreendemos a sua preocupação. A sua encomenda está a caminho e pode acompanhá-la com o número de seguimento RS482910337NL.

Pedimos-lhe, por gentileza, que feche a disputa por agora. Da nossa parte, vamos prolongar a sua proteção de compra por 30 dias, para que fique totalmente protegida até o candeeiro chegar.

Obrigado pela compreensão!

Bambu Casa team""")
