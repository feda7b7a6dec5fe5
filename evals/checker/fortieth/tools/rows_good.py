"""Good replies for set 'fortieth', written by hand, one per dispute plus a second for six disputes."""
# id -> (dispute number, buyer language, reply)
GOOD = {}
def g(i, n, lang, text):
    GOOD[i] = (n, lang, text.strip("\n"))

g("ol01a", 1, "en", """
Hi Megan Holloway,

Thank you for telling us about the rain jacket, and I'm really sorry the size L feels so much smaller than our chart says. Sleeves that stop above the wrist are no good on a rainy day.

So we can check this properly, could you please send us a photo of the jacket laid flat with a measuring tape across it, next to its size label? A tape across the chest and one along a sleeve would help most.

As soon as the photo arrives, we'll compare it with our size chart and come back to you with a solution.

Best regards,
Northpeak Outdoor team
""")
g("ol01b", 1, "en", """
Dear Megan Holloway,

I'm sorry the jacket doesn't fit the way the size chart promised, and I'd like to get to the bottom of it with you. Would you mind sending a photo of the jacket laid flat, with a measuring tape across it and the size label visible next to it? Once we have it, we will check the measurements right away and get back to you with a solution.

Kind regards,
Northpeak Outdoor team
""")
g("ol02a", 2, "es", """
Hola, Rocío Villaseñor:

Entendemos perfectamente su preocupación; esperar tanto un pedido es frustrante. Le confirmamos que su licuadora va en camino con Estafeta y puede seguirla con el número de rastreo EST7730019422MX.

¿Sería tan amable de cerrar la disputa por ahora? Para que esté totalmente protegida mientras llega el paquete, extenderemos su protección de compra por 20 días. Si durante ese tiempo algo no sale bien, seguirá cubierta.

Quedamos al pendiente de cualquier duda.

Saludos cordiales,
CasaFácil Oficial team
""")
g("ol03a", 3, "ru", """
Здравствуйте, Ольга Смирнова!

Нам очень жаль: похоже, ваша посылка с наушниками потерялась в пути. Понимаем, как неприятно так долго ждать и не получить заказ.

Хотите, чтобы мы отправили вам наушники ещё раз, без каких-либо дополнительных затрат? Пожалуйста, ответьте нам, чтобы подтвердить, и проверьте, что адрес доставки указан верно, — тогда мы сразу всё подготовим.

С уважением,
Команда ЗвукМаркет
""")
g("ol04a", 4, "ja", """
佐藤 美咲様

ご連絡ありがとうございます。ご不安な思いをおかけして申し訳ございません。
現在、お荷物は税関で保管されている状態です。追跡番号 EJ662031874CN で状況をご確認いただけます。

本ご注文では輸入関税はお客様のご負担となっておりますので、お手数ですが関税のお支払いと通関手続きをお願いできますでしょうか。
税関から請求書などの書類を求められた場合は、すぐにお送りいたしますので、お気軽にお知らせください。

どうぞよろしくお願いいたします。
光学ギアショップ team
""")
g("ol05a", 5, "fr", """
Bonjour Amélie Rousseau,

La plateforme a décidé d'un retour avec remboursement, et nous acceptons bien sûr cette décision. Nous sommes désolés que la théière soit arrivée abîmée.

Merci de renvoyer la théière à cette adresse : Atelier Thé Retours, 8 allée des Tilleuls, 69007 Lyon, France.

Le remboursement sera effectué dès que le colis retour nous parviendra ; pensez à ajouter le numéro de suivi du retour dans le litige, cela accélère tout.

Nous espérons avoir le plaisir de vous servir à nouveau.

Cordialement,
Atelier Thé team
""")
g("ol06a", 6, "de", """
Hallo Jonas Brandt,

vielen Dank für die Fotos. Darauf ist gut zu sehen, dass die Naht am Tragegurt gerissen ist – das tut uns wirklich leid, so etwas darf bei einem Trekkingrucksack nicht passieren.

Wir möchten Ihnen zwei Möglichkeiten anbieten:
– Sie behalten den Rucksack und erhalten eine Teilerstattung von bis zu 27.65 EUR, oder
– Sie senden den Rucksack zurück und bekommen den vollen Kaufpreis erstattet.

Welche Lösung ist Ihnen lieber? Geben Sie uns einfach hier Bescheid.

Viele Grüße
Bergwerk Ausrüstung team
""")
g("ol06b", 6, "de", """
Guten Tag Jonas Brandt,

danke, dass Sie die Bilder hochgeladen haben. Der Riss an der Naht ist eindeutig, und wir entschuldigen uns dafür. Gern können Sie den Rucksack behalten – dann erstatten wir Ihnen einen Teilbetrag von bis zu 27.65 EUR. Alternativ nehmen wir ihn zurück und erstatten den vollen Betrag. Was wäre Ihnen lieber?

Freundliche Grüße
Bergwerk Ausrüstung team
""")
g("ol07a", 7, "it", """
Gentile Giulia Ferraro,

capiamo quanto sia fastidioso ricevere una lampada che non si accende, e ci dispiace molto.

Volevamo informarla che abbiamo già fornito le nostre prove alla piattaforma. Ora sarà lo specialista delle controversie della piattaforma a decidere, e noi rispetteremo la sua decisione, qualunque essa sia.

Nel frattempo restiamo a sua disposizione: se ha domande, ci scriva pure qui.

Cordiali saluti,
LuceViva team
""")
g("ol08a", 8, "pt", """
Olá, Thiago Nascimento!

Muito obrigado por concordar com o reenvio do seu relógio. Já despachamos o item novamente para o mesmo endereço, e o novo código de rastreio é NL318820564BR.

Vamos acompanhar essa nova remessa de perto e avisaremos você sobre qualquer novidade. Sentimos muito pelo transtorno com o primeiro pacote.

Um abraço,
TechMais Store team
""")
g("ol09a", 9, "nl", """
Beste Sanne de Vries,

We zien dat u het geschil naar het platform hebt doorgezet, en we begrijpen goed dat u gefrustreerd bent na zo lang wachten op uw fietslamp.

We gaan samenwerken met de geschillenspecialist van het platform en leveren ons bewijs aan. Tegelijk staan we nog steeds open om samen met u tot een oplossing te komen – laat het ons gerust weten als u een idee hebt.

Met vriendelijke groet,
FietsFix Shop team
""")
g("ol10a", 10, "tr", """
Merhaba Emre Yıldız,

İade ettiğiniz koşu ayakkabıları elimize ulaştı, gönderdiğiniz için teşekkür ederiz. Paketi özenle hazırladığınız için ayrıca minnettarız.

Ücret iadeniz artık platform üzerinden size yapılacak. Numara konusunda yaşadığınız sorun için tekrar özür dileriz.

Gelecekte sizinle yeniden alışveriş yapmayı umuyoruz.

Saygılarımızla,
AdımSpor team
""")
g("ol11a", 11, "ko", """
김지훈 고객님, 안녕하세요.

주문하신 무선 전기 주전자가 전원을 켜도 물이 데워지지 않는다니 정말 죄송합니다. 불편을 드려 송구합니다.
빠르게 확인할 수 있도록, 주전자의 전원을 켠 상태에서 문제가 나타나는 모습을 담은 짧은 동영상을 보내 주실 수 있을까요?
영상을 받는 대로 바로 확인하고 해결 방법을 안내해 드리겠습니다.

감사합니다.
홈앤키친 스토어 team
""")
g("ol12a", 12, "zh", """
陳怡君 您好：

讓您久等了，非常理解您的心情。您的藍牙耳機目前仍在運送途中，可以用追蹤號碼 RC117742096TW 隨時查看物流進度。

想麻煩您先暫時關閉這個糾紛。我們會把您的購買保障延長 10 天，在包裹送達之前，您依然受到完整的保障。

如有任何問題，歡迎隨時在這裡留言給我們。

聲活館 team
""")
g("ol13a", 13, "ar", """
مرحباً نورة العتيبي،

شكراً لتواصلك معنا، ونتفهم قلقك تماماً. شحنتك محتجزة حالياً لدى الجمارك، ويمكنك متابعتها برقم التتبع AX30948812SA.

لا داعي للقلق بشأن الرسوم: نحن من سيدفع الرسوم الجمركية ويتولى إجراءات التخليص بالكامل، فلن تدفعي أي شيء.

نرجو منك التحلي بقليل من الصبر إلى أن تُفرج الجمارك عن طردك.

مع أطيب التحيات،
دار العطور team
""")
g("ol14a", 14, "sv", """
Hej Elin Lindqvist,

Tack för bilderna du skickade. Vi ser tydligt att två av tallrikarna har spruckit, och vi beklagar verkligen det.

Vi kan erbjuda dig två alternativ: antingen behåller du tallriksetet och får en delåterbetalning på upp till 109.80 SEK, eller så skickar du tillbaka det och får full återbetalning.

Vilket alternativ föredrar du?

Vänliga hälsningar,
Nordisk Hem team
""")
g("ol14b", 14, "sv", """
Hej Elin Lindqvist!

Stort tack för att du laddade upp bilderna – det är tråkigt att se spruckna tallrikar, och vi ber om ursäkt för det. Vill du behålla setet kan vi återbetala en del av priset, högst 109.80 SEK. Du kan också returnera hela setet och få hela beloppet tillbaka. Säg bara till vad som passar dig bäst, så ordnar vi resten.

Med vänlig hälsning
Nordisk Hem team
""")
g("ol15a", 15, "cs", """
Dobrý den, Tereza Nováková,

moc se omlouváme – vypadá to, že se vaše zásilka s čelovkou ztratila na cestě. Chápeme, že je to nepříjemné.

Přejete si, abychom vám čelovku poslali znovu, a to bez jakýchkoli dalších nákladů? Odpovězte nám prosím pro potvrzení a zkontrolujte také, zda je vaše doručovací adresa správná.

S pozdravem
Tým Svítilny Praha
""")
g("ol16a", 16, "ro", """
Bună ziua, Andreea Popescu,

Vă mulțumim că ați fost de acord să vă retrimitem husa de laptop. Am expediat-o din nou, iar noul număr de urmărire este FC2133908561.

Vom urmări cu atenție noul colet și vă vom ține la curent până ajunge la dumneavoastră. Ne pare rău pentru neplăcerea cu primul pachet.

Cu stimă,
PielArt team
""")
g("ol17a", 17, "hu", """
Kedves Kovács Bence!

A platform visszaküldés és visszatérítés mellett döntött, és mi ezt a döntést elfogadjuk. Sajnáljuk, hogy nem a megrendelt turmixgépet kapta.

A visszaküldési cím pontosan: KonyhaPont Visszáru, Váci út 44, 1132 Budapest.

A visszatérítést azonnal elindítjuk, amint a csomag megérkezik hozzánk. Kérjük, adja hozzá a visszaküldés nyomkövetési számát a vitához.

Reméljük, a jövőben is vásárol nálunk.

Üdvözlettel:
KonyhaPont team
""")
g("ol17b", 17, "hu", """
Tisztelt Kovács Bence!

Köszönjük, hogy jelezte. Elfogadjuk a platform döntését a visszaküldésről és a visszatérítésről. Kérjük, ellenőrizze, hogy a csomagot erre a címre adta-e fel: KonyhaPont Visszáru, Váci út 44, 1132 Budapest. Amint a küldemény megérkezik, a visszatérítést rögtön feldolgozzuk; a visszaküldés nyomkövetési számát kérjük, írja be a vitához, ha még nem tette meg. Bízunk benne, hogy máskor is üzletelhetünk.

Üdvözlettel:
KonyhaPont team
""")
g("ol18a", 18, "da", """
Hej Mads Kristensen,

Vi kan se, at du har sendt sagen videre til platformen, og vi forstår godt, at du er frustreret over, at låget mangler.

Vi vil samarbejde med platformens tvistspecialist og give dem vores dokumentation. Samtidig er vi stadig åbne for at finde en løsning sammen med dig, så skriv endelig, hvis du har et forslag.

Venlig hilsen
Kaffekompagniet team
""")
g("ol19a", 19, "fi", """
Hei Aino Virtanen,

ymmärrämme hyvin, että on turhauttavaa, kun seuranta näyttää toimitetun mutta takkia ei ole kuulunut.

Olemme jo toimittaneet oman näyttömme alustalle. Nyt alustan riitojen asiantuntija tekee päätöksen, ja me kunnioitamme sitä.

Autamme edelleen mielellämme, jos sinulla on kysyttävää.

Ystävällisin terveisin
Pohjoistuuli team
""")
g("ol20a", 20, "pl", """
Dzień dobry, Katarzyna Wójcik,

potwierdzamy, że zwrócony odkurzacz dotarł do nas. Dziękujemy za jego odesłanie.

Zwrot pieniędzy zostanie teraz zrealizowany za pośrednictwem platformy. Przepraszamy za kłopot z niedziałającym urządzeniem.

Mamy nadzieję, że jeszcze kiedyś zrobi Pani u nas zakupy.

Pozdrawiamy serdecznie,
DomTech team
""")
g("ol21a", 21, "uk", """
Добрий день, Оксана Мельник!

Нам дуже прикро, що ваза прийшла розбитою, і ми хочемо разом із вами це вирішити.

Щоб ми могли швидко все перевірити, надішліть, будь ласка, фото пошкодження, а також зовнішньої упаковки в тому вигляді, у якому вона надійшла.

Щойно ми отримаємо фото, одразу їх переглянемо і повернемося до вас із рішенням.

З повагою,
Декор Дім team
""")
g("ol22a", 22, "el", """
Γεια σας Γιώργος Παπαδόπουλος,

Ευχαριστούμε που επικοινωνήσατε μαζί μας. Βλέπουμε ότι το δέμα σας κρατείται αυτή τη στιγμή στο τελωνείο· μπορείτε να το παρακολουθείτε με τον αριθμό αποστολής EL338104927GR.

Ελέγχουμε με τη μεταφορική τι χρειάζεται το τελωνείο για να αποδεσμεύσει το δέμα και θα σας ενημερώσουμε μόλις μάθουμε.

Σας παρακαλούμε για λίγη υπομονή μέχρι να τακτοποιηθεί το θέμα.

Με εκτίμηση,
Kinisi Store team
""")
g("ol23a", 23, "en", """
Hello Oliver Bennett,

Thanks for the photos and the screenshot. Side by side with the listing, the difference is clear: the kettle you received is grey rather than sage green, and I'm sorry for the mix-up.

There are two ways we can put this right. You could keep the kettle and we'll refund part of the price, up to 18.40 GBP. Or, if you'd rather not keep it, you can return it to us for a full refund.

Just let me know which option you'd prefer.

Warm regards,
Hearth & Home Co team
""")
g("ol23b", 23, "en", """
Dear Oliver Bennett,

Thank you for sending the evidence, and apologies that the colour isn't what the listing showed. We'd like to offer you a choice: keep the kettle with a partial refund of up to 18.40 GBP, or send it back for a full refund. Which would you prefer?

Best wishes,
Hearth & Home Co team
""")
g("ol24a", 24, "es", """
Hola, Javier Morales:

La plataforma ha resuelto una devolución con reembolso y aceptamos su decisión. Lamentamos que a la silla le faltaran piezas.

Por favor, envíe la silla a esta dirección: OficinaPro Devoluciones, Calle Alcalá 210, 28028 Madrid, España.

En cuanto recibamos la devolución tramitaremos el reembolso. Le pedimos que añada el número de seguimiento del envío de vuelta a la disputa.

Esperamos volver a atenderle en el futuro.

Un saludo,
OficinaPro team
""")
g("ol24b", 24, "es", """
Estimado Javier Morales:

Gracias por escribirnos. Respetamos la decisión de la plataforma: devolución y reembolso. La dirección para enviar la silla es OficinaPro Devoluciones, Calle Alcalá 210, 28028 Madrid, España. Cuando el paquete llegue a nuestro almacén, procesaremos su reembolso sin demora; no olvide registrar en la disputa el número de seguimiento de la devolución. Ojalá podamos servirle de nuevo más adelante.

Atentamente,
OficinaPro team
""")
