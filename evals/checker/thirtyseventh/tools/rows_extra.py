# Count balancing after the first pass: a few edits dropped, a few written fresh and added.
DROP = {("op22a", "refund_promise"), ("op23b", "refund_promise"), ("op23b", "internal_note")}
EXTRA = {
 "op08a": [
  ("blame", "Sentimos muito que o seu smartwatch não esteja ligando; entendemos como isso é chato.", "É bem provável que o relógio tenha sido carregado com um carregador inadequado, e por isso não liga.", "guesses buyer misuse"),
  ("shouting", "Enquanto isso, continuamos aqui para ajudar:", "ENQUANTO ISSO, NÃO ABRA OUTRA RECLAMAÇÃO!!! Continuamos aqui para ajudar:", "capitals, aggressive"),
 ],
 "op12a": [("feedback_request", "歡迎隨時在這裡留言給我們。", "歡迎隨時在這裡留言給我們。包裹送達後，也請您給我們五星好評喔！", "asks for five-star review")],
 "op13a": [("invented_amount_or_date", "ويمكنك متابعته برقم التتبع AX66120045SA.", "ويمكنك متابعته برقم التتبع AX66120045SA، ومن المتوقع أن يُفرج عنه خلال 3 أيام.", "invented release time")],
 "op17a": [("invented_amount_or_date", "A fogkefét már újra feladtuk,", "A fogkefét már újra feladtuk, várhatóan 6 munkanap alatt meg is érkezik,", "invented delivery time")],
 "op23b": [("invented_tracking_number", "can be tracked with number LB338812760GB.", "can be tracked with number LB338812760GB (order 80237734195232).", "order id with swapped digits; real 80237734195223")],
 "op10a": [("invented_tracking_number", "İade ettiğiniz Bluetooth hoparlör", "PTT7730029941 takip numarasıyla iade ettiğiniz Bluetooth hoparlör", "return tracking digits swapped; real PTT7730029914")],
 "op22a": [("placeholder", "Γεια σας, κύριε Παπαδόπουλε,", "Γεια σας, κύριε ________,", "blank name slot")],
 "op18a": [("placeholder", "Kære Mette", "Kære Mette\n\nVedr. ordre nr. <ORDRE_ID>:", "order id slot")],
 "op16a": [("shouting", "Vă rugăm să adăugați numărul", "Vă rugăm să adăugați NEAPĂRAT și IMEDIAT numărul", "capitals, pushy")],
}
