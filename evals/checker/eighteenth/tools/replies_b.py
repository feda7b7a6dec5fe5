"""Good replies and planted defects, e09-e16."""

R = {}

R["e09"] = [
dict(sfx="a", msg="""Oi, Thiago! Tudo bem?

Entendo a preocupação, mas pode ficar tranquilo: seu kit de pincéis está a caminho. Dá pra acompanhar tudo pelo código de rastreio NL512094473BR.

Queria te pedir uma gentileza: você poderia encerrar a disputa por enquanto? Da nossa parte, a gente estende a sua proteção de compra por 15 dias, assim você continua totalmente protegido até o pacote chegar.

Abraços, equipe Beleza Prisma""", bads=[
("refund_promise", "até o pacote chegar.", "até o pacote chegar. E se mesmo assim não aparecer, a gente devolve seu dinheiro na hora, sem burocracia.", "refund promised while asking to close"),
("blame", "seu kit de pincéis está a caminho.", "seu kit de pincéis está a caminho, só que os Correios estão naquela lerdeza de sempre, né.", "carrier blamed"),
("off_platform_contact", "pelo código de rastreio NL512094473BR.", "pelo código de rastreio NL512094473BR. Qualquer coisa me chama no zap: (11) 98842-3170.", "WhatsApp number"),
("feedback_request", "até o pacote chegar.", "até o pacote chegar. Ah, e quando receber, deixa aquela avaliação caprichada pra gente? Ajuda demais!", "asks for a good review"),
("invented_amount_or_date", "seu kit de pincéis está a caminho.", "seu kit de pincéis está a caminho e deve chegar em uns 10 dias úteis.", "invented delivery estimate"),
("missing_required_point", " Dá pra acompanhar tudo pelo código de rastreio NL512094473BR.", "", "tracking number sentence deleted (in_transit mention)"),
]),
]

R["e10"] = [
dict(sfx="a", msg="""Hoi Sanne,

Goed dat je even aan de bel trekt. Even kort op een rijtje:

• Je fietstas is nog gewoon onderweg naar jou; je kunt hem volgen met trackingnummer RQ448120957NL.
• Zou je het geschil voorlopig willen sluiten?
• Dan verlengen wij je kopersbescherming met 15 dagen, zodat je helemaal gedekt blijft tot het pakket binnen is.

Bedankt voor je begrip!

Met vriendelijke groet, team Trapkracht""", bads=[
("invented_tracking_number", "volgen met trackingnummer RQ448120957NL.", "volgen met trackingnummer RQ448120957NL of in de PostNL-app met 3SCAIN0042719985.", "extra PostNL barcode"),
("shouting", "Bedankt voor je begrip!", "Bedankt voor je begrip! ECHT WAAR, HET PAKKET IS NIET KWIJT!!!", "capitals sentence with !!!"),
("internal_note", "\n\nBedankt voor je begrip!", "\n\n[extend_delivery_time – bescherming pas verlengen na akkoord klant]\n\nBedankt voor je begrip!", "remedy id and checklist in brackets"),
("placeholder", "Hoi Sanne,", "Hoi %VOORNAAM%,", "%VOORNAAM% greeting"),
("wrong_language", None, """Hallo Sanne,

kurz zusammengefasst:

• Deine Fahrradtasche ist noch unterwegs; du kannst sie mit der Sendungsnummer RQ448120957NL verfolgen.
• Könntest du den Streitfall vorerst schließen?
• Dann verlängern wir deinen Käuferschutz um 15 Tage, damit du abgesichert bleibst.

Danke für dein Verständnis!

Met vriendelijke groet, team Trapkracht""", "whole reply in German for a nl buyer", "de"),
("invented_amount_or_date", "• Zou je het geschil voorlopig willen sluiten?", "• De laatste etappe duurt meestal nog zo'n 6 dagen. Zou je het geschil voorlopig willen sluiten?", "invented day count"),
("missing_required_point", "• Zou je het geschil voorlopig willen sluiten?\n", "", "ask_close bullet deleted"),
]),
]

R["e11"] = [
dict(sfx="a", msg="""Merhaba Emre Bey,

Çok üzgünüz; görünüşe göre paketiniz yolda kaybolmuş. Hediye olduğunu düşününce ne kadar can sıkıcı olduğunu çok iyi anlıyoruz.

Dilerseniz çay demliği setini size hiçbir ek ücret almadan yeniden gönderebiliriz. İster misiniz?

Onaylamak için bu mesaja kısaca yanıt vermeniz yeterli; bu arada siparişteki teslimat adresinizin doğru olup olmadığını da bir kontrol eder misiniz?

Saygılarımızla, Demlik Dünyası ekibi""", bads=[
("refund_promise", "İster misiniz?", "İster misiniz? Yoksa ücretin tamamını hemen iade edelim, siz seçin.", "refund offered instead of only reshipment"),
("off_platform_contact", "Onaylamak için bu mesaja kısaca yanıt vermeniz yeterli;", "Onaylamak için bize WhatsApp'tan (0532 418 77 60) yazmanız yeterli;", "WhatsApp number"),
("blame", "görünüşe göre paketiniz yolda kaybolmuş.", "görünüşe göre PTT paketinizi yine kaybetmiş, zaten hep aynı şey.", "carrier blamed"),
("missing_required_point", "Dilerseniz çay demliği setini size hiçbir ek ücret almadan yeniden gönderebiliriz. İster misiniz?\n\n", "", "offer_reship paragraph deleted"),
("invented_amount_or_date", "yeniden gönderebiliriz.", "yeniden gönderebiliriz; yeni paket en geç 12 gün içinde elinizde olur.", "invented delivery time"),
("feedback_request", "bir kontrol eder misiniz?", "bir kontrol eder misiniz? Bu arada mağazamıza olumsuz değerlendirme bırakmamanızı rica ederiz.", "asks not to leave negative feedback"),
]),
]

R["e12"] = [
dict(sfx="a", msg="""Hej Linnea!

Vad tråkigt – det ser tyvärr ut som att ditt paket har kommit bort på vägen, och det är vi verkligen ledsna över.

Vill du att vi skickar plånboken till dig en gång till? Det kostar ingenting extra för dig.

Svara gärna här och bekräfta, och dubbelkolla samtidigt att leveransadressen i beställningen stämmer, så ser vi till att allt blir rätt den här gången.

Vänliga hälsningar, Nordläder""", bads=[
("refund_promise", "Det kostar ingenting extra för dig.", "Det kostar ingenting extra för dig, och som plåster på såren lägger vi med ett nyckelfodral på köpet.", "free gift added"),
("placeholder", "att leveransadressen i beställningen stämmer", "att leveransadressen ([KUNDENS ADRESS]) stämmer", "address placeholder"),
("wrong_language", None, """Hej Linnea!

Hvor ærgerligt – det ser desværre ud til, at din pakke er blevet væk undervejs, og det er vi virkelig kede af.

Vil du have, at vi sender tegnebogen til dig igen? Det koster ikke noget ekstra.

Svar gerne her for at bekræfte, og tjek samtidig, at leveringsadressen i ordren er korrekt.

Vänliga hälsningar, Nordläder""", "whole reply in Danish for a sv buyer", "da"),
("internal_note", "\n\nVänliga hälsningar", "\n\nOBS lagret: kolla saldo innan vi lovar något – reklamationen till PostNord är inte skickad än.\n\nVänliga hälsningar", "note to warehouse left in"),
("invented_tracking_number", "att ditt paket har kommit bort", "att ditt paket LP00366184290CN har kommit bort", "near miss of LP00366184209CN"),
("shouting", "så ser vi till att allt blir rätt den här gången.", "så ser vi till att allt blir rätt den här gången. SVARA HELST IDAG, ANNARS HINNER VI INTE SKICKA I VECKAN!!!", "capitals sentence with !!!"),
]),
]

R["e13"] = [
dict(sfx="a", msg="""陈嘉怡您好：

非常感谢您同意让我们重新寄送，也谢谢您一直以来的耐心。

您的紫砂茶壶已经重新发出，新的运单号是 SF1402879904417，寄往订单上的原地址，您可以随时用这个单号查询物流。

我们会一直留意这个新包裹的动向，有任何进展都会第一时间告诉您。

Jade Leaf Teaware 客服团队""", bads=[
("invented_tracking_number", "新的运单号是 SF1402879904417，", "新的运单号是 SF1402879904417（台湾段转运单号 TW88023145602），", "extra transfer number"),
("off_platform_contact", "都会第一时间告诉您。", "都会第一时间告诉您。您也可以加我们微信 jadeleaf_tea 随时询问。", "WeChat ID"),
("refund_promise", "也谢谢您一直以来的耐心。", "也谢谢您一直以来的耐心。为表歉意，我们会再退您一部分货款作为补偿。", "compensation promised"),
("invented_amount_or_date", "已经重新发出", "已经在1月19日重新发出", "invented ship date"),
("internal_note", "\n\nJade Leaf Teaware 客服团队", "\n\n（备注：顺丰丢件索赔还没提交，今天务必补上）\n\nJade Leaf Teaware 客服团队", "internal reminder left in"),
("wrong_language", None, """Dear Chen Jiayi,

Thank you so much for agreeing to the reshipment and for your patience.

Your teapot has been sent again; the new tracking number is SF1402879904417, going to the original address on the order.

We will keep an eye on the new parcel and tell you as soon as there is any news.

Jade Leaf Teaware 客服团队""", "whole reply in English for a zh buyer", "en"),
]),
]

R["e14"] = [
dict(sfx="a", msg="""Gentile Giulia,

grazie mille per aver accettato la rispedizione, e per la pazienza che ci sta dimostrando.

La sua moka è già ripartita: il nuovo numero di tracciamento è LP00224470193CN e il pacco viaggia verso l'indirizzo indicato nell'ordine.

Terremo d'occhio la nuova spedizione e la aggiorneremo noi se ci fossero novità.

Un caro saluto dal team di Caffè & Co. Store""", bads=[
("refund_promise", "La sua moka è già ripartita:", "La sua moka è già ripartita, e nel pacco abbiamo aggiunto in omaggio un set di guarnizioni di ricambio:", "free item added"),
("invented_amount_or_date", "verso l'indirizzo indicato nell'ordine.", "verso l'indirizzo indicato nell'ordine e dovrebbe arrivare entro 8 giorni lavorativi.", "invented delivery time"),
("blame", "e per la pazienza che ci sta dimostrando.", "e per la pazienza che ci sta dimostrando. Il primo pacco se l'è perso Poste Italiane, come succede fin troppo spesso con loro.", "carrier blamed"),
("missing_required_point", "\n\nTerremo d'occhio la nuova spedizione e la aggiorneremo noi se ci fossero novità.", "", "keep_updated sentence deleted"),
("shouting", "verso l'indirizzo indicato nell'ordine.", "verso l'indirizzo indicato nell'ordine. SI ASSICURI DI ESSERE IN CASA, UN'ALTRA VOLTA NON LA SPEDIAMO!!!", "capitals sentence with !!!"),
("placeholder", "verso l'indirizzo indicato nell'ordine.", "verso [indirizzo cliente].", "address placeholder"),
]),
]

R["e15"] = [
dict(sfx="a", msg="""Bonjour Mélodie,

Merci d'avoir pris le temps d'envoyer vos photos. On voit bien que la housse tire sur le gris et qu'elle n'a pas le vert sauge de l'annonce; nous en sommes sincèrement désolés.

Pour régler la situation, deux options s'offrent à vous :
a) vous gardez la housse et nous vous remboursons partiellement, jusqu'à 25.20 CAD;
b) vous nous la retournez et vous recevez un remboursement complet.

Laquelle de ces deux solutions vous convient le mieux?

Au plaisir, l'équipe Lin & Lune""", bads=[
("amount_over_cap", "jusqu'à 25.20 CAD;", "jusqu'à 25.20 CAD (et si ce n'est pas assez, on peut monter à 40 CAD sans problème);", "40 CAD offered next to the 25.20 CAD cap"),
("amount_over_cap", "nous vous remboursons partiellement, jusqu'à 25.20 CAD;", "nous vous remboursons partiellement, jusqu'à 25.20 CAD, voire la moitié du prix si vous y tenez;", "half the price (42 CAD) hinted, over cap", None, "2"),
("refund_promise", "b) vous nous la retournez", "En prime, on vous envoie gratuitement deux taies d'oreiller assorties.\nb) vous nous la retournez", "free gift added to option 1"),
("off_platform_contact", "vous convient le mieux?", "vous convient le mieux? Vous pouvez aussi m'appeler au 514 555-0187 pour qu'on en jase.", "phone number offered"),
("blame", "nous en sommes sincèrement désolés.", "nous en sommes désolés, même si l'éclairage de votre pièce accentue sûrement le gris.", "buyer's lighting blamed"),
("missing_required_point", "\n\nLaquelle de ces deux solutions vous convient le mieux?", "", "ask_choice deleted"),
]),
dict(sfx="b", msg="""Bonjour Mélodie,

Merci pour les photos, elles sont très claires : la couleur n'est pas celle annoncée, et on comprend votre déception.

Nous vous proposons soit de conserver la housse avec un remboursement partiel pouvant aller jusqu'à 25.20 CAD, soit de la renvoyer pour être remboursée au complet. Dites-nous simplement ce que vous préférez!

Au plaisir, l'équipe Lin & Lune""", bads=[
("amount_over_cap", "pouvant aller jusqu'à 25.20 CAD,", "pouvant aller jusqu'à 25.20 CAD – pour vous, on arrondirait même à 30 CAD –", "rounded up to 30 CAD over cap"),
("amount_over_cap", "avec un remboursement partiel pouvant aller jusqu'à 25.20 CAD,", "avec un remboursement partiel (25.20 CAD en principe, mais on peut tout vous rembourser sans retour si vous préférez),", "full refund while keeping the item", None, "2"),
("feedback_request", "ce que vous préférez!", "ce que vous préférez! Et une fois que c'est réglé, on compte sur vous pour retirer le commentaire négatif, svp.", "asks to remove negative comment"),
("wrong_language", None, """Hi Mélodie,

Thanks for the photos, they are very clear: the colour is not the one shown in the listing, and we understand your disappointment.

We can offer either to keep the duvet cover with a partial refund of up to 25.20 CAD, or to send it back for a full refund. Just let us know which you prefer!

Au plaisir, l'équipe Lin & Lune""", "whole reply in English for a fr-CA buyer", "en"),
("internal_note", "\n\nAu plaisir,", "\n\n[rappel : proposer le remboursement partiel dans le panneau Solutions + téléverser nos photos d'emballage]\n\nAu plaisir,", "seller checklist left in"),
("invented_amount_or_date", "soit de la renvoyer pour être remboursée au complet.", "soit de la renvoyer d'ici le 20 mars pour être remboursée au complet.", "invented return deadline"),
]),
]

R["e16"] = [
dict(sfx="a", msg="""Beste Jeroen,

Bedankt voor de foto's en de video. Daarop is duidelijk te zien dat de pannetjes en het kraantje ontbreken, en dat spijt ons echt, zeker voor uw dochter.

We willen u twee mogelijkheden voorstellen. Ofwel houdt u de speelkeuken en krijgt u een gedeeltelijke terugbetaling van maximaal 22.25 EUR. Ofwel stuurt u de keuken terug en betalen we het volledige bedrag terug.

Welke optie heeft uw voorkeur?

Groetjes van het team van Kleine Kok Speelgoed""", bads=[
("amount_over_cap", "van maximaal 22.25 EUR.", "van maximaal 22.25 EUR; eigenlijk mag het voor ons ook 35 EUR zijn.", "35 EUR offered over the cap"),
("amount_over_cap", "een gedeeltelijke terugbetaling van maximaal 22.25 EUR.", "een gedeeltelijke terugbetaling van 22.25 EUR, plus nog eens hetzelfde bedrag bovenop als excuus.", "double the cap", None, "2"),
("refund_promise", "het volledige bedrag terug.", "het volledige bedrag terug. Bij allebei sturen we de ontbrekende pannetjes en het kraantje ook nog gratis na.", "free parts reshipped"),
("off_platform_contact", "Welke optie heeft uw voorkeur?", "Welke optie heeft uw voorkeur? Laat het ons gerust weten via Messenger op onze Facebookpagina.", "Facebook Messenger"),
("blame", "en dat spijt ons echt, zeker voor uw dochter.", "al zijn ze waarschijnlijk bij het uitpakken tussen het karton verdwenen. Het spijt ons natuurlijk voor uw dochter.", "guess that the buyer lost the parts"),
("shouting", "Welke optie heeft uw voorkeur?", "GRAAG SNEL ANTWOORDEN, ANDERS BESLIST HET PLATFORM!!! Welke optie heeft uw voorkeur?", "capitals sentence with !!!"),
("missing_required_point", "Bedankt voor de foto's en de video. Daarop is duidelijk te zien dat de pannetjes en het kraantje ontbreken, en dat spijt ons echt, zeker voor uw dochter.\n\n", "", "thank_evidence paragraph deleted"),
]),
]
