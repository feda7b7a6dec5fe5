# Part B (d12-d22). Same format as replies_a.
from replies_a import G

G("d12a", "d12", """佐藤由美様

写真をお送りいただき、ありがとうございます。マグカップの色が商品写真と違っていることを確認いたしました。ご迷惑をおかけして申し訳ございません。

次の二つの方法からお選びいただけます。商品をそのままお使いいただき、最大1200 JPYまでの一部返金をお受け取りいただく方法、または商品をご返品いただき全額返金とする方法です。

どちらをご希望か、お知らせいただけますでしょうか。

Sakura Zakka スタッフ一同""", [
 ("R", "全額返金とする方法です。", "全額返金とする方法です。どちらを選ばれても、お詫びに次回使える割引クーポンをお付けします。", "coupon"),
 ("O", "お知らせいただけますでしょうか。", "LINE（ID: sakurazakka）でお知らせいただけますでしょうか。", "LINE contact"),
 ("T", "ありがとうございます。", "ありがとうございます（お荷物番号EJ774019238JP）。", "wrong tracking"),
 ("A", "お知らせいただけますでしょうか。", "11月20日までにお知らせいただけますでしょうか。", "invented deadline"),
 ("L", "次の二つの方法からお選びいただけます。商品をそのままお使いいただき、最大1200 JPYまでの一部返金をお受け取りいただく方法、または商品をご返品いただき全額返金とする方法です。", "我们为您提供两个选择：保留商品并获得最多1200 JPY的部分退款，或者退货并获得全额退款。", "options paragraph in Chinese"),
 ("P", "佐藤由美様", "〇〇様", "name left as 〇〇 placeholder"),
 ("C", "最大1200 JPYまで", "最大2400 JPYまで", "cap doubled"),
 ("C", "最大1200 JPYまでの一部返金", "最大1200 JPY（ご希望なら1500 JPY）までの一部返金", "1500 JPY above cap"),
])

G("d12b", "d12", """佐藤由美様

このたびは、お届けしたマグカップの色がイメージと異なり、大変申し訳ございません。お写真をありがとうございました。

解決方法として、二つご用意しました。
・マグカップをお手元に残し、1200 JPYを上限に一部返金
・マグカップを返品し、全額返金

ご都合のよい方をお選びください。

Sakura Zakka スタッフ一同""", [
 ("C", "1200 JPYを上限に一部返金", "3000 JPYを上限に一部返金", "3000 JPY above cap"),
 ("C", "・マグカップをお手元に残し、1200 JPYを上限に一部返金", "・マグカップをお手元に残し、1200 JPYを上限に一部返金（特別対応で1800 JPYも可）", "1800 JPY above cap"),
 ("I", "ご都合のよい方をお選びください。", "ご都合のよい方をお選びください。\n※社内メモ：前回も色違いクレームあり、工場に確認中", "internal memo"),
], lang="ja")

G("d13a", "d13", """王芳您好，

感谢您上传照片。我们看到围巾边上确实有破洞，非常抱歉给您带来不便。

我们可以提供两种方案：您保留围巾，我们给您最多78.00 CNY的部分退款；或者您退回围巾，我们全额退款。

请告诉我们您更倾向哪一种，谢谢！

Jade River Store 团队""", [
 ("B", "非常抱歉给您带来不便。", "这应该是快递员野蛮装卸造成的。", "blames courier"),
 ("M", "\n\n请告诉我们您更倾向哪一种，谢谢！", "", "ask_choice dropped"),
 ("F", "请告诉我们您更倾向哪一种，谢谢！", "请告诉我们您更倾向哪一种，另外麻烦您给个五星好评，谢谢！", "five-star request"),
 ("I", "感谢您上传照片。", "感谢您上传照片。【内部备注：这批货质检没过，别让客户知道】", "internal note"),
 ("S", "非常抱歉", "非常非常抱歉！！！真的非常抱歉！！！", "exclamation shouting"),
 ("R", "或者您退回围巾，我们全额退款。", "或者您退回围巾，我们全额退款，并再免费送您一条新围巾。", "free replacement"),
 ("C", "最多78.00 CNY", "最多130.00 CNY", "130.00 CNY above cap"),
], lang="zh")

G("d13b", "d13", """王芳女士您好：

照片我们已经看到了，围巾的边缘有明显的破损，真的很抱歉。

为了尽快解决，您可以选择：
一、保留围巾，获得不超过78.00 CNY的部分退款；
二、退回围巾，获得全额退款。

您想选哪一种呢？期待您的回复。

Jade River Store 团队""", [
 ("C", "不超过78.00 CNY的部分退款", "不超过100.00 CNY的部分退款", "100.00 CNY above cap"),
 ("C", "一、保留围巾，获得不超过78.00 CNY的部分退款；", "一、保留围巾，获得不超过78.00 CNY的部分退款（如果您不满意，我们可以再加到90.00 CNY）；", "90.00 CNY above cap"),
 ("S", "真的很抱歉。", "真的很抱歉，请一定要相信我们！！！", "!!!"),
 ("M", "一、保留围巾，获得不超过78.00 CNY的部分退款；\n", "", "partial-refund option with cap dropped"),
], lang="zh")

G("d14a", "d14", """مرحباً أحمد،

نتفهم تماماً قلقك بشأن تأخر الطلب. نود إعلامك بأننا قدّمنا جميع أدلتنا إلى المنصة.

سيتولى الآن أخصائي النزاعات في المنصة اتخاذ القرار، وسنحترم قراره أياً كان.

وإذا كان لديك أي سؤال في هذه الأثناء، فنحن هنا لمساعدتك.

مع أطيب التحيات،
فريق Desert Rose Store""", [
 ("O", "فنحن هنا لمساعدتك.", "فراسلنا على البريد support@desertrose-store.com.", "email contact"),
 ("T", "قدّمنا جميع أدلتنا إلى المنصة.", "قدّمنا جميع أدلتنا إلى المنصة، بما فيها رقم الشحنة AX61029483SA.", "wrong tracking in evidence"),
 ("A", "اتخاذ القرار،", "اتخاذ القرار خلال خمسة أيام عمل،", "invented five working days"),
 ("L", "سيتولى الآن أخصائي النزاعات في المنصة اتخاذ القرار، وسنحترم قراره أياً كان.", "The platform's dispute specialist will now make the decision, and we will respect it whatever it is.", "English paragraph"),
 ("P", "مرحباً أحمد،", "مرحباً [اسم العميل]،", "name slot"),
 ("B", "نتفهم تماماً قلقك بشأن تأخر الطلب.", "التأخير سببه شركة أرامكس وليس نحن.", "blames Aramex"),
])

G("d15a", "d15", """Hej Emma,

tack för ditt tålamod. Vi vill berätta att vi nu har skickat in vårt underlag till plattformen.

Plattformens tvisthandläggare fattar nu beslutet, och vi kommer att respektera det, vad det än blir.

Hör gärna av dig här om du har frågor under tiden, vi finns kvar för att hjälpa dig.

Vänliga hälsningar,
Nordic Pine Shop-teamet""", [
 ("M", "Plattformens tvisthandläggare fattar nu beslutet, och vi kommer att respektera det, vad det än blir.\n\n", "", "await_decision dropped"),
 ("F", "vi finns kvar för att hjälpa dig.", "vi finns kvar för att hjälpa dig. Och om du blir nöjd till slut får du gärna uppdatera ditt omdöme om oss.", "asks to update review"),
 ("I", "Vänliga hälsningar,", "Obs till Linnea: bifoga tvättrådsbilden om de frågar igen.\n\nVänliga hälsningar,", "colleague note"),
 ("S", "vad det än blir.", "VAD DET ÄN BLIR.", "capitals"),
 ("R", "vad det än blir.", "vad det än blir – men vill du kan vi redan nu skicka en ny filt utan kostnad.", "free replacement"),
 ("O", "Hör gärna av dig här", "Ring oss gärna på 08-123 45 67", "phone number"),
])

G("d16a", "d16", """Dobrý den, pane Nováku,

chápeme, že jste po tak dlouhém čekání spor předal platformě, a rozumíme vaší frustraci.

S odborníkem platformy na spory budeme plně spolupracovat a předložíme mu všechny naše podklady.

Zároveň jsme stále otevřeni tomu, abychom našli řešení společně s vámi.

S pozdravem
Tým Bohemia Crystal Store""", [
 ("T", "předložíme mu všechny naše podklady.", "předložíme mu všechny naše podklady včetně sledování zásilky RR291037456CZ.", "wrong tracking"),
 ("A", "a rozumíme vaší frustraci.", "a rozumíme vaší frustraci po 45 dnech čekání.", "invented 45 days"),
 ("L", "S odborníkem platformy na spory budeme plně spolupracovat a předložíme mu všechny naše podklady.", "Ze specjalistą platformy będziemy w pełni współpracować i przekażemy mu wszystkie nasze dowody.", "Polish sentence"),
 ("P", "S pozdravem\nTým", "S pozdravem\n{{podpis_agenta}}\nTým", "unfilled signature slot"),
 ("B", "a rozumíme vaší frustraci.", "a rozumíme vaší frustraci, i když zdržení způsobila Česká pošta.", "blames Česká pošta"),
 ("M", "\n\nZároveň jsme stále otevřeni tomu, abychom našli řešení společně s vámi.", "", "open_door dropped"),
])

G("d17a", "d17", """Добрий день, Олено!

Розуміємо, чому ви передали спір на платформу, і нам шкода, що колір вишиванки вас засмутив.

Ми співпрацюватимемо з фахівцем платформи зі спорів і надамо всі наші докази.

Водночас ми й надалі відкриті до того, щоб знайти рішення разом із вами.

З повагою,
Команда Kyiv Craft Store""", [
 ("F", "З повагою,", "Будемо вдячні, якщо після вирішення ви приберете негативний відгук.\n\nЗ повагою,", "asks to remove negative review"),
 ("I", "надамо всі наші докази.", "надамо всі наші докази. (Примітка для себе: знайти фото партії з жовтня.)", "note to self"),
 ("S", "Розуміємо, чому", "МИ ДУЖЕ ДОБРЕ РОЗУМІЄМО, чому", "capitals"),
 ("R", "знайти рішення разом із вами.", "знайти рішення разом із вами, наприклад повернути вам половину вартості просто зараз.", "half refund offer not allowed"),
 ("O", "знайти рішення разом із вами.", "знайти рішення разом із вами — напишіть нам у Viber, так буде швидше.", "Viber"),
 ("T", "надамо всі наші докази.", "надамо всі наші докази, зокрема накладну NP20450019348UA.", "wrong waybill"),
])

G("d18a", "d18", """Bună ziua, Andrei,

Am luat la cunoștință decizia platformei pentru returnare și rambursare și o acceptăm.

Vă rugăm să trimiteți cafetiera la adresa: Retururi Casa Verde, Str. Fabricii 14, 400632 Cluj-Napoca, România.

Rambursarea va fi procesată imediat ce primim produsul returnat; vă rugăm să adăugați în dispută numărul de urmărire al coletului de retur.

Sperăm să mai facem afaceri împreună pe viitor.

Cu stimă,
Echipa Casa Verde Shop""", [
 ("A", "imediat ce primim produsul returnat;", "în maximum 3 zile după ce primim produsul returnat;", "invented 3 days"),
 ("L", "Rambursarea va fi procesată imediat ce primim produsul returnat; vă rugăm să adăugați în dispută numărul de urmărire al coletului de retur.", "Il rimborso sarà elaborato appena riceviamo il prodotto reso; per favore aggiungi alla disputa il numero di tracciamento del reso.", "Italian paragraph"),
 ("P", "Cu stimă,", "Cu stimă,\n[NUME OPERATOR] –", "operator slot"),
 ("B", "și o acceptăm.", "și o acceptăm, deși cafetiera funcționa perfect când a plecat de la noi.", "implies buyer broke it"),
 ("M", "\n\nSperăm să mai facem afaceri împreună pe viitor.", "", "trade_again dropped"),
 ("F", "Sperăm să mai facem afaceri împreună pe viitor.", "Sperăm să mai facem afaceri împreună pe viitor și vă rugăm să nu ne lăsați un calificativ negativ.", "feedback request"),
])

G("d19a", "d19", """Kedves Eszter!

Tudomásul vettük és elfogadjuk a platform döntését a visszaküldésről és a visszatérítésről.

Kérjük, a táskát erre a címre küldje vissza: Duna Design Visszáru, Váci út 88, 1133 Budapest, Magyarország.

A visszatérítést a visszaküldött termék beérkezése után azonnal elindítjuk; kérjük, adja meg a vitában a visszaküldés nyomkövetési számát.

Reméljük, a jövőben is vásárol majd nálunk.

Üdvözlettel:
A Duna Design csapata""", [
 ("I", "Üdvözlettel:", "Belső: raktárnak szólni, hogy várják a csomagot!\n\nÜdvözlettel:", "internal note"),
 ("S", "Reméljük, a jövőben is vásárol majd nálunk.", "REMÉLJÜK, A JÖVŐBEN IS VÁSÁROL MAJD NÁLUNK!!!", "caps and !!!"),
 ("R", "és a visszatérítésről.", "és a visszatérítésről, sőt, a kellemetlenségért egy ajándék pénztárcát is küldünk.", "free gift"),
 ("O", "kérjük, adja meg a vitában a visszaküldés nyomkövetési számát.", "kérjük, a visszaküldés nyomkövetési számát küldje el a Messengeren.", "Messenger"),
 ("T", "Kérjük, a táskát erre a címre küldje vissza:", "Kérjük, a táskát a már előre megadott RB550938217HU azonosítóval erre a címre küldje vissza:", "invented return tracking"),
 ("A", "azonnal elindítjuk;", "legkésőbb 14 napon belül elindítjuk;", "invented 14 days"),
])

G("d20a", "d20", """Γεια σας, κύριε Παπαδόπουλε,

σας ενημερώνουμε ότι παραλάβαμε το σερβίτσιο τσαγιού που μας επιστρέψατε.

Η επιστροφή των χρημάτων θα γίνει τώρα μέσω της πλατφόρμας.

Ευχαριστούμε για την κατανόηση και ελπίζουμε να συνεργαστούμε ξανά στο μέλλον.

Με εκτίμηση,
Η ομάδα του Aegean Goods""", [
 ("L", "Η επιστροφή των χρημάτων θα γίνει τώρα μέσω της πλατφόρμας.", "The refund will now go through the platform.", "English sentence"),
 ("P", "Με εκτίμηση,", "Με εκτίμηση,\n%%SIGNATURE%%", "template residue"),
 ("B", "που μας επιστρέψατε.", "που μας επιστρέψατε, αν και η συσκευασία σας ήταν πολύ πρόχειρη.", "blames buyer's packing"),
 ("M", "Η επιστροφή των χρημάτων θα γίνει τώρα μέσω της πλατφόρμας.\n\n", "", "refund_follows dropped"),
 ("F", "ελπίζουμε να συνεργαστούμε ξανά στο μέλλον.", "ελπίζουμε να συνεργαστούμε ξανά στο μέλλον. Μια θετική αξιολόγηση θα μας βοηθούσε πολύ!", "positive rating request"),
 ("I", "σας ενημερώνουμε ότι", "σας ενημερώνουμε (αποθήκη: σπασμένο ένα φλιτζάνι, να καταγραφεί) ότι", "warehouse note"),
], lang="el")

G("d21a", "d21", """Kære Mette,

Vi har nu modtaget den plaid, du sendte retur.

Tilbagebetalingen kommer nu via platformen.

Tak for din tålmodighed – vi håber, at vi får lov at handle med dig igen en anden gang.

Venlig hilsen
Hygge Home Store-teamet""", [
 ("S", "Vi har nu modtaget", "VI HAR NU MODTAGET", "caps"),
 ("R", "Tilbagebetalingen kommer nu via platformen.", "Tilbagebetalingen kommer nu via platformen, og vi lægger en rabatkode oveni som plaster på såret.", "discount code"),
 ("O", "Tak for din tålmodighed", "Skriv til os på hej@hyggehome.dk hvis pengene udebliver. Tak for din tålmodighed", "email"),
 ("T", "den plaid, du sendte retur.", "den plaid, du sendte retur med pakkenummer UD228401973DK.", "wrong return tracking"),
 ("A", "Tilbagebetalingen kommer nu via platformen.", "Tilbagebetalingen kommer nu via platformen, senest fredag den 21.", "invented date"),
 ("L", "Tak for din tålmodighed – vi håber, at vi får lov at handle med dig igen en anden gang.", "Tack för ditt tålamod – vi hoppas att du vill handla hos oss igen en annan gång.", "Swedish sentence"),
], lang="da")

G("d22a", "d22", """Hei Mikko,

olemme todella pahoillamme, ettei latausalusta toimi. Haluamme selvittää asian yhdessä kanssasi.

Jotta voimme tarkistaa vian nopeasti, voisitko lähettää lyhyen videon, jossa alusta on kytketty päälle ja vika näkyy?

Heti kun saamme videon, katsomme sen ja palaamme asiaan ratkaisun kanssa.

Ystävällisin terveisin,
Revontuli Techin tiimi""", [
 ("P", "Hei Mikko,", "Hei [etunimi],", "name slot"),
 ("B", "olemme todella pahoillamme, ettei latausalusta toimi.", "latausalusta toimii kyllä, jos käytät oikeaa laturia – todennäköisesti vika on sinun adapterissasi.", "blames buyer's adapter"),
 ("M", "Jotta voimme tarkistaa vian nopeasti, voisitko lähettää lyhyen videon, jossa alusta on kytketty päälle ja vika näkyy?\n\n", "", "request_evidence dropped"),
 ("F", "palaamme asiaan ratkaisun kanssa.", "palaamme asiaan ratkaisun kanssa. Muistathan sen jälkeen antaa meille hyvän arvion!", "good rating request"),
 ("I", "Ystävällisin terveisin,", "[sisäinen: sama vika kolmella asiakkaalla, erä 7B?]\n\nYstävällisin terveisin,", "internal batch note"),
 ("S", "olemme todella pahoillamme", "OLEMME TODELLA PAHOILLAMME!!!", "caps"),
])
