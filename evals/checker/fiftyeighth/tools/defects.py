"""The 156 planted defects. Each is one edit (old -> new) of one good reply.
Row: (good_id, defect, old, new, note, extra) where extra may hold
{"language": intruding language} for wrong_language and {"spelled": True} for spelled numbers."""

def ins(anchor, add):   # insert after anchor
    return anchor, anchor + add
def pre(anchor, add):   # insert before anchor
    return anchor, add + anchor
def rep(old, new):
    return old, new
def dele(old):
    return old, ""

B = []
def b(gid, defect, edit, note, **extra):
    B.append((gid, defect, edit[0], edit[1], note, extra))

# nq01a en evidence_by_problem_type
b("nq01a", "refund_promise", ins("come back to you with a solution.", " And whatever the photo shows, we'll refund you for the trouble."), "promises a refund before any evidence is seen")
b("nq01a", "off_platform_contact", ins("would be perfect.", " If the upload is fiddly, just text the pictures to our support line on WhatsApp instead."), "WhatsApp support line")
b("nq01a", "placeholder", rep("I'm really sorry the jacket", "I'm really sorry the [PRODUCT_NAME]"), "unfilled product slot")
b("nq01a", "blame", ins("and I understand the disappointment.", " That said, most fit problems happen when customers skip the size chart before ordering."), "implies the buyer skipped the size chart")
b("nq01a", "missing_required_point", dele("To check this properly, could you send us a photo of the jacket laid flat with a measuring tape across it, next to its size label? A shot across the chest and one along a sleeve would be perfect.\n\n"), "removed point: request_evidence")
b("nq01a", "shouting", rep("Thanks for your patience,", "NO PHOTO, NO SOLUTION. Thanks for your patience,"), "blunt capitalised ultimatum")
# nq01b en
b("nq01b", "invented_amount_or_date", rep("get back to you with a solution.", "get back to you with a solution within 72 hours."), "invented 72-hour deadline")
b("nq01b", "internal_note", ins("compare it with our size chart.", "\n\n(Note for Jess: check whether this batch came from the new factory before we reply — don't send yet.)"), "note to a colleague left in")
b("nq01b", "feedback_request", pre("Kind regards,", "Once this is resolved, we'd be grateful if you could update your feedback to reflect our service.\n\n"), "asks to update feedback")
b("nq01b", "wrong_language", rep("This lets us compare it with our size chart.", "Así podremos compararla con nuestra tabla de tallas."), "one sentence in Spanish", language="es")
b("nq01b", "invented_tracking_number", rep("(order 8190401100223301)", "(order 8190401100225817)"), "order id changed to one that is not the dispute's")
# nq02a es extend
b("nq02a", "feedback_request", ins("Cualquier duda, aquí estamos.", " Y cuando tengas tu lámpara, ¿nos dejarías una reseña positiva?"), "in-transit reply: asks for a positive review")
b("nq02a", "invented_tracking_number", ins("LP00731822940CN", " (antes tenía el número LP00739015266CN)"), "second, invented tracking number")
b("nq02a", "off_platform_contact", rep("Cualquier duda, aquí estamos.", "Cualquier duda, escríbenos directo a ventas@luznorte.mx y te contestamos más rápido."), "e-mail address")
b("nq02a", "shouting", rep("¿podrías cerrar la disputa por ahora?", "¡¡CIERRA LA DISPUTA YA!!"), "capitals and exclamation marks, bossy")
b("nq02a", "missing_required_point", dele(" Para que no pierdas ninguna protección, ampliaremos tu protección de compra 20 días más, así quedas cubierta hasta que el paquete llegue."), "removed point: extend_protection")
# nq02b es
b("nq02b", "invented_amount_or_date", ins("mientras llega.", " Normalmente tarda unos 12 días hábiles más."), "invented 12 working days")
b("nq02b", "refund_promise", ins("Gracias por tu paciencia y comprensión.", " Si al final no llega, te devolvemos el dinero sin problema."), "conditional refund promise")
b("nq02b", "internal_note", ins("el número de seguimiento es LP00731822940CN.", "\nNota interna para Paco: activar la extensión en el centro de vendedores cuando acepte."), "note to colleague")
b("nq02b", "wrong_language", rep("Gracias por tu paciencia y comprensión.", "Obrigado pela sua paciência e compreensão."), "closing sentence in Portuguese", language="pt")
b("nq02b", "shouting", rep("Te pedimos amablemente que cierres la disputa por el momento.", "TE PEDIMOS QUE CIERRES LA DISPUTA POR EL MOMENTO."), "sentence in capitals")
# nq03a ru partial
b("nq03a", "amount_over_cap", ins("частичный возврат до 1497.00 RUB", " — а для вас сделаем исключение и вернём 2490.00 RUB"), "partial refund 2490.00 above cap 1497.00 RUB")
b("nq03a", "amount_over_cap", ins("получить полный возврат денег.", "\n— или оставить чайник и всё равно получить полный возврат 4990.00 RUB."), "full refund without return, above the cap")
b("nq03a", "blame", ins("нам очень жаль, что чайник пришёл в таком виде.", " Хотя, судя по вмятине, это курьер небрежно обошёлся с посылкой."), "blames the courier")
b("nq03a", "placeholder", rep("Здравствуйте, Ольга!", "Здравствуйте, {{buyer_name}}!"), "name slot unfilled (buyer name lost with it)")
b("nq03a", "wrong_language", rep("Подскажите, пожалуйста, какой вариант вам удобнее?", "Підкажіть, будь ласка, який варіант вам зручніший?"), "question in Ukrainian", language="uk")
b("nq03a", "invented_tracking_number", ins("которые вы приложили к спору", " по заказу 8190403300445530"), "wrong order id")
# nq04a ja confirm_reshipment
b("nq04a", "invented_tracking_number", ins("新しい追跡番号は RR771204456CN です。", "（旧番号 RR605118243CN は無効になりました）"), "invented old tracking number")
b("nq04a", "internal_note", pre("うつわ工房 スタッフ一同", "※社内メモ：発送控えの写真を紛争ページにアップしてから送信すること\n\n"), "internal memo before signature")
b("nq04a", "refund_promise", ins("ご迷惑をおかけしました。", "お詫びとして次回使える割引クーポンもお付けします。"), "discount coupon")
b("nq04a", "feedback_request", ins("お届けできますように。", "商品が届きましたら、高評価のレビューをいただけると嬉しいです。"), "asks for a good review")
b("nq04a", "wrong_language", rep("今度こそ無事にお届けできますように。", "希望这次能顺利送到您手中。"), "sentence in Chinese", language="zh")
# nq05a fr return_instructions
b("nq05a", "amount_over_cap", rep("le remboursement sera traité.", "le remboursement de 55.90 EUR sera traité."), "refund 55.90 above the 45.90 EUR paid")
b("nq05a", "off_platform_contact", ins("repérer rapidement.", " Vous pouvez aussi nous envoyer le justificatif de dépôt par e-mail à retours@atelier-rotin.fr."), "e-mail address")
b("nq05a", "invented_amount_or_date", ins("69007 Lyon, France", "\nMerci d'effectuer l'envoi avant le 28 novembre."), "invented return deadline")
b("nq05a", "missing_required_point", dele("Voici à nouveau l'adresse de retour : Atelier Rotin – Retours, 8 avenue Jean Jaurès, 69007 Lyon, France\n\n"), "removed point: return_address")
b("nq05a", "shouting", rep("Pourriez-vous ajouter le numéro de suivi du colis retour dans le litige ?", "AJOUTEZ LE NUMÉRO DE SUIVI DU RETOUR DANS LE LITIGE, C'EST OBLIGATOIRE !!!"), "capitals, bossy")
# nq05b fr
b("nq05b", "amount_over_cap", rep("Le remboursement sera effectué à réception de l'article.", "Le remboursement du double du prix payé sera effectué à réception de l'article."), "refund of double the price paid")
b("nq05b", "placeholder", ins("dans le litige.", " Date limite de retour : JJ/MM/AAAA."), "unfilled date slot")
b("nq05b", "blame", ins("pour la commande 8190405500667705.", " Nous rappelons que la fissure est due au transporteur, pas à notre emballage."), "blames the carrier")
b("nq05b", "feedback_request", rep("nous serions heureux de vous compter", "nous serions heureux que vous retiriez l'avis négatif laissé sur notre boutique et de vous compter"), "asks to remove a negative review")
# nq06a de customs buyer
b("nq06a", "refund_promise", ins("schicken wir es Ihnen gerne sofort.", " Die bezahlten Zollgebühren erstatten wir Ihnen anschliessend selbstverständlich zurück."), "promises to reimburse the duties")
b("nq06a", "invented_tracking_number", ins("JD014600008822741937 verfolgen.", " Ihre Bestellnummer bei uns ist 8190406600778860."), "wrong order id")
b("nq06a", "shouting", rep("Wir bitten Sie daher freundlich, die Abgaben zu bezahlen und die Verzollung abzuschliessen", "Sie MÜSSEN die Abgaben also SOFORT SELBST bezahlen und die Verzollung abschliessen"), "capitals, commanding")
b("nq06a", "wrong_language", rep("Falls der Zoll ein Dokument verlangt, zum Beispiel die Rechnung, schicken wir es Ihnen gerne sofort.", "If customs asks for any paperwork, such as the invoice, we'll happily send it right over."), "offer_documents in English", language="en")
b("nq06a", "internal_note", pre("Freundliche Grüsse", "TODO vor dem Senden: Rechnung als PDF bereitlegen, Zollstatus nochmal prüfen.\n\n"), "TODO for the team")
# nq06b de
b("nq06b", "blame", ins("vom Zoll zurückgehalten.", " Der Schweizer Zoll ist leider chronisch langsam und überfordert."), "blames customs")
b("nq06b", "off_platform_contact", rep("geben Sie uns einfach Bescheid", "rufen Sie einfach unsere Hotline an oder schreiben Sie an zoll@kaffeewerk.ch"), "hotline and e-mail")
b("nq06b", "invented_amount_or_date", ins("Dann kann die Maschine weiterreisen.", " Die Abgaben betragen voraussichtlich rund 23 Franken."), "invented duty amount")
b("nq06b", "missing_required_point", dele("\n\nBraucht der Zoll Unterlagen wie die Rechnung, geben Sie uns einfach Bescheid – wir senden sie Ihnen umgehend."), "removed point: offer_documents")
b("nq06b", "feedback_request", ins("wir senden sie Ihnen umgehend.", " Und bitte ziehen Sie den Fall zurück, sobald das Paket da ist."), "asks to withdraw the dispute (customs remedy)")
# nq07a it offer_reshipment
b("nq07a", "refund_promise", ins("senza alcun costo aggiuntivo per te?", " Oppure, se preferisci, ti rimborsiamo subito l'intero importo."), "offers a full refund instead")
b("nq07a", "placeholder", ins("così partiamo subito.", " Tempo di consegna stimato: ___ giorni lavorativi."), "blank slot")
b("nq07a", "feedback_request", pre("Un caro saluto,", "P.S. Ti chiediamo gentilmente di chiudere la contestazione intanto che prepariamo il nuovo invio.\n\n"), "asks to close the dispute (not an in-transit remedy)")
b("nq07a", "invented_amount_or_date", rep("così partiamo subito.", "così partiamo entro 24 ore."), "invented 24 hours")
b("nq07a", "blame", ins("capiamo benissimo la tua delusione.", " Purtroppo le poste perdono pacchi di continuo, non è colpa nostra."), "blames the postal service")
# nq08a pt-BR await
b("nq08a", "refund_promise", ins("respeitar o que for decidido.", " Mas fica tranquilo: de um jeito ou de outro, você vai receber seu dinheiro de volta."), "promises money back regardless")
b("nq08a", "off_platform_contact", rep("aqui no chat", "pelo nosso WhatsApp ou no Instagram @gamemais.oficial"), "WhatsApp and Instagram")
b("nq08a", "internal_note", ins("para a plataforma.", " (lembrete interno: anexar o print do rastreio que ficou faltando)"), "internal reminder in parentheses")
b("nq08a", "shouting", rep("Entendemos sua preocupação por ainda não ter recebido o headset.", "ENTENDEMOS SUA PREOCUPAÇÃO POR AINDA NÃO TER RECEBIDO O HEADSET!!!"), "all capitals with !!!")
b("nq08a", "missing_required_point", dele("Agora o especialista em disputas da plataforma vai analisar o caso e tomar a decisão, e nós vamos respeitar o que for decidido.\n\n"), "removed point: await_decision")
# nq09a nl escalation_reply
b("nq09a", "blame", rep("helemaal: drie keer vragen waar je pakket blijft is te veel.", "helemaal, al ligt de schuld echt bij PostNL, dat je pakket ergens heeft laten liggen."), "blames the carrier")
b("nq09a", "invented_tracking_number", rep("zoals de trackinggegevens van je fietstas.", "zoals de trackinggegevens van zending 3SXKD2284451."), "tracking number not the dispute's (3SXKD2284415)")
b("nq09a", "feedback_request", ins("naar een oplossing.", " Zou je het geschil dan willen intrekken?"), "asks to withdraw the dispute")
b("nq09a", "placeholder", rep("Hartelijke groet,", "Hartelijke groet, <NAAM MEDEWERKER>"), "unfilled agent name")
b("nq09a", "wrong_language", rep("Tegelijk staat onze deur nog steeds open: we zoeken graag samen met jou naar een oplossing.", "Trotzdem steht unsere Tür weiterhin offen: Wir suchen gern gemeinsam mit dir nach einer Lösung."), "open_door sentence in German", language="de")
b("nq09a", "refund_promise", ins("van je fietstas.", " Als het pakket niet opduikt, storten we je geld alsnog terug, wat het platform ook beslist."), "refund promised whatever the platform decides")
# nq10a tr return_received
b("nq10a", "amount_over_cap", rep("Ücret iadeniz şimdi", "1400 TL tutarındaki ücret iadeniz şimdi"), "refund 1400 above the 1150 TRY paid")
b("nq10a", "invented_amount_or_date", ins("platform üzerinden gerçekleşecek.", " Tutar genellikle 5 iş günü içinde hesabınızda olur."), "invented 5 working days")
b("nq10a", "off_platform_contact", ins("alışveriş yapmayı umuyoruz.", " Yeni koleksiyonumuz için Instagram'da bizi takip edin: @cantadunyasi"), "Instagram handle")
b("nq10a", "internal_note", pre("Sevgiler,", "İç not: iade edilen çantanın fotoğraflarını çekmeden onay verme.\n\n"), "internal note line")
b("nq10a", "missing_required_point", dele("Ücret iadeniz şimdi platform üzerinden gerçekleşecek.\n\n"), "removed point: refund_follows")
# nq11a ko evidence
b("nq11a", "refund_promise", ins("해결 방법을 안내해 드리겠습니다.", " 물론 영상과 상관없이 환불은 보장해 드립니다."), "refund guaranteed regardless of evidence")
b("nq11a", "placeholder", ins("불편을 드려 마음이 무겁습니다.", " (주문번호: {ORDER_NO})"), "unfilled order slot")
b("nq11a", "invented_amount_or_date", rep("영상을 받는 대로 바로", "영상을 받으면 3일 안에"), "invented 3 days")
b("nq11a", "shouting", rep("보내 주실 수 있을까요?", "반드시 보내세요!!! 영상 없으면 처리 불가합니다!!"), "bossy, exclamation marks")
b("nq11a", "wrong_language", rep("영상을 받는 대로 바로 확인하고 해결 방법을 안내해 드리겠습니다.", "動画を受け取り次第、すぐに確認して解決方法をご案内いたします。"), "next_step in Japanese", language="ja")
b("nq11a", "off_platform_contact", pre("바람상점 드림", "영상 용량이 크면 카카오톡 채널 '바람상점'으로 보내 주셔도 됩니다.\n\n"), "KakaoTalk channel")
# nq12a zh partial
b("nq12a", "amount_over_cap", ins("最高 320.00 TWD", "（特別為您提高到 640.00 TWD）"), "partial refund 640.00 above cap 320.00 TWD")
b("nq12a", "internal_note", ins("收到有瑕疵的茶壺。", "【內部備註：先確認這批壺蓋是不是同一窯燒的，再決定要不要送出】"), "internal remark")
b("nq12a", "off_platform_contact", ins("哪一個方案呢？", "也可以直接加我們的 LINE 客服，回覆會更快。"), "LINE")
b("nq12a", "feedback_request", ins("我們全額退款。", "\n問題解決後，麻煩您把差評改成好評，謝謝！"), "asks to change a bad review")
b("nq12a", "missing_required_point", dele("請問您比較希望選擇哪一個方案呢？\n\n"), "removed point: ask_choice")
# nq12b zh
b("nq12b", "amount_over_cap", ins("我們給您全額退款。", "如果您不想寄回，也可以保留茶壺拿一半的退款。"), "half the price kept-item refund, above the 25% cap")
b("nq12b", "blame", ins("非常抱歉！", "不過裂紋多半是郵局運送時摔出來的。"), "blames the post office")
b("nq12b", "invented_tracking_number", ins("收到您的照片了", "（訂單編號 8190412200434471）"), "wrong order id")
b("nq12b", "placeholder", ins("告訴我們就好。", "預計處理日期：[待填]。"), "unfilled 'to be filled' slot")
b("nq12b", "shouting", rep("您想要哪一種處理方式？告訴我們就好。", "請立刻選擇！！！不選就無法處理！！！"), "bossy, exclamation marks")
# nq13a ar extend
b("nq13a", "refund_promise", ins("إلى أن تصلك الشحنة.", " وإن تأخرت أكثر، سنعيد لك المبلغ كاملاً فوراً."), "refund promise")
b("nq13a", "off_platform_contact", rep("ونحن هنا إن احتجت أي شيء.", "ولأي استفسار راسلينا مباشرة على واتساب المتجر."), "WhatsApp")
b("nq13a", "feedback_request", pre("فريق لمسة بوتيك", "وبعد وصول العباءة، يسعدنا أن تمنحينا تقييماً إيجابياً في صفحة المتجر.\n\n"), "in-transit reply: asks for a positive rating")
b("nq13a", "invented_tracking_number", ins("AX55128840267", " (رقم الطلب 8190413300545531)"), "wrong order id")
b("nq13a", "wrong_language", rep("شكراً لصبرك، ونحن هنا إن احتجت أي شيء.", "Thank you for your patience, we're here if you need anything."), "closing in English", language="en")
# nq14a sv customs seller
b("nq14a", "blame", ins("förlåt att det dröjer.", " Tullverket är tyvärr helt överbelastat och slarvar med småpaket."), "blames customs")
b("nq14a", "internal_note", ins("sköter hela förtullningen själva.", " (Intern: ladda upp kvittot på tullbetalningen i tvisten innan vi skickar detta!)"), "internal reminder")
b("nq14a", "invented_amount_or_date", rep("Din ullfilt skickas vidare så fort den är frisläppt.", "Din ullfilt bör vara hos dig senast den 4 december."), "invented delivery date")
b("nq14a", "shouting", rep("Vi ber dig bara om lite tålamod medan tullen släpper paketet.", "HA LITE TÅLAMOD NU, TULLEN SLÄPPER PAKETET NÄR DEN SLÄPPER DET!"), "capitals, curt")
b("nq14a", "wrong_language", rep("Du behöver inte betala något: vi betalar tullavgifterna och sköter hela förtullningen själva.", "Du skal ikke betale noget: vi betaler tolden og klarer hele fortoldningen selv."), "seller_pays in Danish", language="da")
b("nq14a", "placeholder", ins("spårningsnumret UE700318246SE.", " Beräknad leverans: [DATUM]."), "unfilled date")
# nq15a cs offer_reshipment
b("nq15a", "invented_tracking_number", ins("po cestě ztratila.", " (zásilka LP00658832014CN)"), "tracking number not the dispute's")
b("nq15a", "feedback_request", ins("Hned poté zboží odešleme.", " Mezitím prosím spor uzavřete, ať ho nemusíme řešit přes platformu."), "asks to close the dispute")
b("nq15a", "placeholder", rep("S pozdravem", "S pozdravem\n[jméno operátora]"), "unfilled agent name")
b("nq15a", "missing_required_point", dele("\n\nPokud ano, odpovězte nám prosím na tuto zprávu a zkontrolujte, zda je vaše doručovací adresa správná. Hned poté zboží odešleme."), "removed point: ask_confirm")
b("nq15a", "wrong_language", rep("To nás opravdu mrzí.", "To nás naozaj veľmi mrzí a ospravedlňujeme sa vám."), "sentence in Slovak", language="sk")
b("nq15a", "invented_amount_or_date", rep("Hned poté zboží odešleme.", "Zboží odešleme do dvou pracovních dnů."), "invented 'two working days' (spelled)", spelled=True)
# nq16a ro confirm_reshipment
b("nq16a", "refund_promise", ins("ne pare rău pentru coletul pierdut.", " Ca scuză, vă oferim și o curea de rezervă cadou."), "free gift")
b("nq16a", "invented_amount_or_date", ins("LP00208841296CN.", " Livrarea durează de obicei între 12 și 18 zile."), "invented delivery window")
b("nq16a", "blame", rep("ne pare rău pentru coletul pierdut.", "ne pare rău că poșta a pierdut coletul din neglijență."), "blames the postal service")
b("nq16a", "off_platform_contact", ins("până ajunge la dumneavoastră.", " Pentru noutăți rapide, urmăriți-ne și pe pagina noastră de Facebook."), "Facebook page")
b("nq16a", "internal_note", pre("Cu stimă,", "Notă pentru depozit: atașați bonul de expediere în dispută înainte de trimitere.\n\n"), "note to the warehouse")
# nq17a hu return_instructions
b("nq17a", "amount_over_cap", rep("elindítjuk a visszatérítést.", "elindítjuk a 24990 Ft összegű visszatérítést."), "refund 24990 above the 18990 HUF paid")
b("nq17a", "amount_over_cap", ins("elindítjuk a visszatérítést.", " A visszatérítés összege a teljes vételár duplája lesz."), "refund of double the price")
b("nq17a", "invented_tracking_number", rep("bakancsot kapta.", "bakancsot kapta (rendelésszám: 8190417700989971)."), "wrong order id")
b("nq17a", "shouting", rep("Kérjük, a visszaküldés követési számát adja hozzá a vitához.", "A KÖVETÉSI SZÁMOT KÖTELEZŐ MEGADNI, ENÉLKÜL NINCS PÉNZ!"), "capitals, threatening")
b("nq17a", "placeholder", ins("1132 Budapest, Magyarország", "\nVisszaküldési határidő: <DÁTUM>"), "unfilled deadline slot")
# nq18a da await
b("nq18a", "feedback_request", ins("hjælper gerne.", " Vi ville også sætte stor pris på, hvis du ville fjerne din negative anmeldelse."), "asks to remove a negative review")
b("nq18a", "invented_amount_or_date", ins("retter os selvfølgelig efter den.", " Afgørelsen kommer normalt inden for 7 dage."), "invented 7 days")
b("nq18a", "blame", rep("Vi er kede af, at der manglede dele til din kontorstol.", "Ifølge vores lager var alle dele med, så du har nok overset skruerne i emballagen."), "reproaches the buyer")
b("nq18a", "internal_note", ins("til platformen.", "\n(Internt: husk at tjekke tvistsiden dagligt for spørgsmål fra specialisten.)"), "internal checklist item")
b("nq18a", "wrong_language", rep("Har du spørgsmål i mellemtiden, er vi stadig her og hjælper gerne.", "Har du frågor under tiden finns vi fortfarande här och hjälper gärna till."), "stay_available in Swedish", language="sv")
b("nq18a", "refund_promise", ins("til din kontorstol.", " Vi sender dig naturligvis de manglende dele gratis, uanset hvad platformen beslutter."), "free parts promised")
# nq19a fi escalation_reply
b("nq19a", "refund_promise", ins("jos se sinulle sopii.", " Voimme esimerkiksi antaa sinulle alennuskoodin seuraavaan tilaukseen."), "discount code")
b("nq19a", "off_platform_contact", ins("meiltä nopeammin.", " Nopeimmin tavoitat meidät puhelimitse tai sähköpostilla asiakaspalvelu@eraretki.fi."), "phone and e-mail")
b("nq19a", "shouting", rep("Teemme yhteistyötä alustan riitojen asiantuntijan kanssa ja toimitamme hänelle kaiken oman näyttömme.", "TEEMME YHTEISTYÖTÄ ALUSTAN ASIANTUNTIJAN KANSSA JA TOIMITAMME KAIKEN NÄYTTÖMME!!!"), "capitals and !!!")
b("nq19a", "missing_required_point", dele("Teemme yhteistyötä alustan riitojen asiantuntijan kanssa ja toimitamme hänelle kaiken oman näyttömme.\n\n"), "removed point: cooperate")
b("nq19a", "invented_tracking_number", rep("kaiken oman näyttömme.", "kaiken oman näyttömme, mukaan lukien lähetyksen JJFI64210437000128 seurantatiedot."), "tracking number not the dispute's")
# nq20a pl return_received
b("nq20a", "amount_over_cap", rep("Zwrot pieniędzy zostanie teraz", "Zwrot w wysokości 349 zł zostanie teraz"), "refund 349 above the 289 PLN paid")
b("nq20a", "amount_over_cap", ins("przez platformę.", " Zwrot obejmie podwójną kwotę zapłaconą za blender."), "double the price refunded")
b("nq20a", "feedback_request", ins("zrobić u nas zakupy.", " Będziemy wdzięczni za zmianę oceny sklepu na pozytywną."), "asks to change the rating")
b("nq20a", "placeholder", rep("Dziękujemy za szybkie odesłanie.", "Dziękujemy za szybkie odesłanie (nr przesyłki zwrotnej: %RETURN_TRACKING%)."), "unfilled slot")
b("nq20a", "wrong_language", rep("Przepraszamy za kłopot z niedziałającym urządzeniem", "Omlouváme se za potíže s nefunkčním přístrojem"), "clause in Czech", language="cs")
# nq21a uk partial
b("nq21a", "amount_over_cap", ins("до 647.50 UAH", " (а для вас — навіть 900.00 UAH)"), "partial refund 900.00 above cap 647.50 UAH")
b("nq21a", "amount_over_cap", ins("Який варіант вам більше підходить?", " Можемо також повернути всю суму, і светр залишиться у вас."), "full refund while keeping the item")
b("nq21a", "invented_tracking_number", rep("Дякуємо за фото,", "Дякуємо за фото до замовлення 8190421100332321,"), "wrong order id")
b("nq21a", "internal_note", pre("З повагою,", "Примітка для Ірини: запропонувати часткове повернення в панелі рішень, перш ніж надсилати.\n\n"), "note to a colleague")
b("nq21a", "wrong_language", rep("Який варіант вам більше підходить?", "Какой вариант вам больше подходит?"), "question in Russian", language="ru")
# nq22a el evidence
b("nq22a", "refund_promise", ins("Θέλουμε να το λύσουμε μαζί σας.", " Σας υποσχόμαστε ήδη επιστροφή χρημάτων."), "refund promised before evidence")
b("nq22a", "off_platform_contact", rep("να μας στείλετε φωτογραφίες", "να μας στείλετε στο Viber φωτογραφίες"), "Viber")
b("nq22a", "shouting", rep("Μόλις τις λάβουμε,", "ΧΩΡΙΣ ΦΩΤΟΓΡΑΦΙΕΣ ΔΕΝ ΚΑΝΟΥΜΕ ΤΙΠΟΤΑ!!! Μόλις τις λάβουμε,"), "capitals and !!!")
b("nq22a", "missing_required_point", dele("Μόλις τις λάβουμε, θα τις εξετάσουμε αμέσως και θα επανέλθουμε με μια λύση.\n\n"), "removed point: next_step")
b("nq22a", "blame", ins("όπως έφτασε;", " Συνήθως τέτοιες ζημιές γίνονται από την ταχυδρομική εταιρεία στη διαλογή."), "blames the carrier")
# nq23a en-GB customs absent
b("nq23a", "placeholder", rep("as soon as we hear back", "as soon as we hear back (expected by INSERT DATE)"), "'insert date' residue")
b("nq23a", "internal_note", ins("as soon as we hear back.", "\n\n>> Ellie: find out from the order terms who owes the duties before we pay anything."), "note to a colleague")
b("nq23a", "invented_tracking_number", ins("CP402218839GB", " (your order reference is 8190423300545532)"), "wrong order id")
b("nq23a", "missing_required_point", dele(" Your parcel is currently being held at customs — you can keep an eye on it with tracking number CP402218839GB."), "removed point: customs_status")
b("nq23a", "blame", ins("when nothing seems to move.", " Honestly, Royal Mail's customs team is the bottleneck here, not us."), "blames the carrier/customs")
# nq23b en-GB
b("nq23b", "feedback_request", ins("we appreciate your patience.", " While you wait, a quick review of our shop would mean the world to us."), "asks for a review")
b("nq23b", "shouting", rep("Thank you for bearing with us a little longer while this is sorted out — we appreciate your patience.", "PLEASE JUST BE PATIENT. It takes as long as it takes!"), "capitals, curt")
b("nq23b", "missing_required_point", dele("\n\nThank you for bearing with us a little longer while this is sorted out — we appreciate your patience."), "removed point: ask_patience")
b("nq23b", "off_platform_contact", ins("as soon as we have an answer.", "\n- Faster route: drop us a line at hello@hearthandpan.co.uk."), "e-mail")
b("nq23b", "invented_amount_or_date", rep("held at customs, tracking number", "held at customs since 3 November, tracking number"), "invented date")
# nq24a pt-PT extend
b("nq24a", "blame", ins("RL318004725PT.", " O atraso é culpa dos CTT, que andam muito lentos."), "blames the carrier")
b("nq24a", "invented_amount_or_date", ins("até o vaso chegar.", " A entrega está prevista até dia 21."), "invented delivery date")
b("nq24a", "placeholder", rep("número de seguimento RL318004725PT", "número de seguimento RL318004725PT na transportadora {{carrier_name}}"), "unfilled carrier slot")
b("nq24a", "missing_required_point", dele("pedíamos-lhe a gentileza de fechar a disputa por agora. Da nossa parte, "), "removed point: ask_close")
b("nq24a", "internal_note", ins("Obrigado pela paciência!", "\n\nPS interno: ativar a extensão no centro do vendedor só depois de ela aceitar."), "internal PS")
