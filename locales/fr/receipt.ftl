# Reçu imprimé (適格簡易請求書, facture simplifiée qualifiée). Responsable : printer.
# Les titres s’impriment « <japonais> / <français> » ; le côté japonais vient du fichier ja.

receipt-title = Reçu (facture simplifiée qualifiée)
receipt-reprint = DUPLICATA
receipt-issuer = Émetteur
receipt-registration = N° d’enregistrement de facturation
receipt-date = Date
receipt-kiosk = Borne
receipt-transaction = N° de transaction
receipt-items = Désignation
receipt-days =
    { $count ->
        [one] { $count } jour
        [many] { $count } de jours
       *[other] { $count } jours
    }
## $price est déjà formaté (3 980 ¥) ; $count est le nombre de périodes, $total leurs jours.
receipt-unit-periods =
    { $count ->
        [1] { $price } ({ $total } jours)
       *[other] { $price } × { $count } ({ $total } jours)
    }
## Volume et durée d’un article, déjà formatés ($data « 20 Go », $days « 30 jours »).
receipt-item-detail = { $data } · { $days }
receipt-unit-price = Prix
receipt-subtotal = Sous-total
receipt-discount-periods = Remise dès { $periods } périodes ({ $percent } %)
receipt-discount-promotion = Promotion : { $name }
receipt-total = Total
receipt-tax-base = Montant imposable à 10 %
receipt-tax-contained = Dont taxe sur la consommation (10 %)
receipt-payment = Paiement
receipt-card = Carte
receipt-approval = Code d’autorisation
receipt-slip-no = N° de ticket terminal
receipt-trace-no = N° de trace
receipt-sim = SIM
receipt-new-expiry = Valable jusqu’au
receipt-qr-hint = Scannez pour voir ce reçu en ligne
## $contact : téléphone ou adresse de kiosk.toml.
receipt-support = Assistance : { $contact }
receipt-thanks = Merci et bon voyage !
receipt-test-title = Page de test de l’imprimante
receipt-test-sample = Échantillon de lettres : à â ç é è ê ë î ï ô œ ù û ü ÿ · 1 234 ¥
