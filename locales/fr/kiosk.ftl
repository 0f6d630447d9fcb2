# Textes des écrans tactiles. Responsable : ui. Chaque ID commence par `ui-`.

## Tous les écrans : la barre du haut.
ui-high-contrast = Contraste élevé
ui-large-text = Grands caractères
ui-back = Retour
ui-cancel = Annuler

ui-step = Étape { $current } sur { $total }
ui-step-short = { $current }/{ $total }

## Écran d’accueil (chaque langue en même temps, dans son écriture).
ui-attract-title = Renouvelez votre carte SIM data
ui-attract-touch = Touchez l’écran pour commencer
ui-attract-from = Forfaits à partir de { $price }

## Choix de la langue.
ui-language-title = Choisissez votre langue

## Identifier la SIM.
ui-identify-title-number = Saisissez le numéro de téléphone de votre SIM
ui-identify-hint-number = 11 chiffres, commençant par 070, 080 ou 090
ui-identify-title-iccid = Saisissez l’ICCID de votre carte SIM
ui-identify-hint-iccid = 19 ou 20 chiffres, commençant par 89
ui-identify-use-iccid = Pas de numéro ? Utilisez l’ICCID
ui-identify-use-number = Utiliser plutôt le numéro de téléphone
ui-identify-submit = Continuer
ui-keypad-delete = Effacer
ui-keypad-clear = Tout effacer
ui-identify-looking-up = Recherche de votre SIM…
ui-lookup-not-found = Cette SIM est introuvable. Vérifiez le numéro et réessayez.
ui-lookup-unavailable = L’opérateur mobile est injoignable pour le moment. Réessayez dans quelques minutes.

## État de la SIM.
ui-status-title = Votre SIM
ui-status-carrier = Opérateur
ui-status-plan = Forfait actuel
ui-status-data-left = Données restantes
ui-status-expires = Valable jusqu’au (heure du Japon)
ui-status-continue = Choisir un forfait
ui-status-expired =
    { $days ->
        [one] Expiré hier
       *[other] Expiré depuis { $days } jours
    }
ui-status-expires-today = Expire aujourd’hui
ui-status-expires-soon =
    { $days ->
        [one] Expire demain
       *[other] Expire dans { $days } jours
    }
ui-status-no-data = Données épuisées

## Forfaits.
ui-plans-title = Choisissez un forfait
ui-plans-per-period =
    { $days ->
        [one] par jour
       *[other] pour { $days } jours
    }
ui-plans-periods-title = Combien de périodes à la fois ?
ui-plans-saving = { $amount } d’économie
ui-plans-next = Vérifier la commande
ui-plans-none = Aucun forfait n’est disponible pour cette SIM sur cette borne. Adressez-vous au personnel.

## Récapitulatif.
ui-review-title = Vérifiez votre commande
ui-review-sim = SIM
ui-review-plan = Forfait
ui-review-subtotal = Sous-total
ui-review-discount-periods = Remise dès { $periods } périodes ({ $percent } %)
ui-review-discount-promo = Promotion : { $name }
ui-review-total = Total
ui-review-tax = Dont taxe sur la consommation ({ $rate } %) : { $amount }
ui-review-pay = Payer par carte
ui-review-pay-wallet = Payer avec PayPay
ui-review-item = { $name } · { $periods }
ui-review-new-expiry = Nouvelle fin de validité (heure du Japon)
ui-review-carry-over = Les données non utilisées sont reportées
ui-review-no-carry-over = Les données non utilisées ne sont pas reportées

## Paiement au terminal de paiement.
ui-pay-title = Payez au terminal de paiement
ui-pay-amount = Montant à payer
ui-pay-follow = Suivez les instructions du terminal de paiement, sous l’écran.
ui-pay-cancel = Annuler le paiement
ui-pay-no-cancel = Le paiement est en cours. Il ne peut plus être annulé.

ui-wallet-title = Scannez le code QR avec votre appli de paiement
ui-wallet-accepted = Accepté : { $wallets }
ui-wallet-time-left = Ce code QR expire dans { $time }.
ui-wallet-how = Ouvrez l’appli, touchez Scanner et visez le code QR.

## Traitement.
ui-processing-title = Renouvellement de votre SIM…
ui-processing-body = Votre paiement a été accepté. Cela prend quelques secondes, merci de patienter.

## Reçu.
ui-receipt-title = Prenez votre reçu
ui-receipt-printing = Impression de votre reçu…
ui-receipt-qr = Scannez ce code pour obtenir votre reçu électronique
ui-receipt-paper-out = Le reçu n’a pas pu être imprimé. Votre SIM est bien renouvelée. Scannez le code pour obtenir votre reçu électronique, ou demandez un reçu imprimé au personnel.
ui-receipt-finish = Terminer

## Terminé.
ui-done-title = C’est fait !
## Le signe de réussite au-dessus du titre : un symbole, le même dans toutes les langues.
ui-done-mark = ✓
ui-done-back = Retour à l’accueil dans quelques secondes.
ui-done-finish = Terminer

## La vente n’a pas abouti.
ui-failed-title = Le paiement n’a pas abouti
ui-failed-title-cancelled = Paiement annulé
ui-failed-title-declined = Carte refusée
ui-failed-title-printer = Paiements suspendus
ui-failed-title-reversed = Paiement remboursé sur votre carte
ui-failed-title-operator = Adressez-vous au personnel
ui-failed-declined = Votre carte a été refusée. Aucun montant n’a été débité. Vous pouvez essayer une autre carte.
ui-failed-aborted = Le paiement a été annulé. Aucun montant n’a été débité.
ui-failed-printer = L’imprimante de reçus n’est pas prête : les paiements sont impossibles pour le moment. Aucun montant n’a été débité.
ui-failed-terminal = Le terminal de paiement a rencontré un problème. Aucun montant n’a été débité.
ui-failed-reversed = Votre SIM n’a pas pu être renouvelée : le paiement a été remboursé sur votre carte.
ui-failed-operator = Un problème est survenu après votre paiement. Montrez cette référence au personnel : { $reference }
ui-failed-title-wallet-refused = Paiement non accepté
ui-failed-wallet-refused = Votre appli de paiement n’a pas accepté le paiement. Aucun montant n’a été débité. Vous pouvez réessayer ou choisir un autre moyen de paiement.
ui-failed-title-wallet-expired = Le code QR a expiré
ui-failed-wallet-expired = Le code QR a expiré avant le paiement. Aucun montant n’a été débité. Vous pouvez réessayer avec un nouveau code.
ui-failed-title-wallet-unavailable = Paiement par code QR indisponible
ui-failed-wallet-unavailable = Le service de paiement par code QR ne répond pas. Aucun montant n’a été débité. Choisissez un autre moyen de paiement ou réessayez plus tard.
ui-failed-title-wallet-returned = Paiement remboursé sur votre appli
ui-failed-wallet-returned = Votre SIM n’a pas pu être renouvelée : le paiement a été remboursé sur votre appli de paiement.
ui-failed-title-wallet-unconfirmed = Ne payez pas une deuxième fois
ui-failed-wallet-unconfirmed = Nous n’avons pas pu vérifier si votre paiement a abouti. Si c’est le cas, il sera remboursé automatiquement sur votre appli de paiement. Si vous avez besoin d’aide, montrez cette référence au personnel : { $reference }
ui-failed-retry = Réessayer
ui-failed-finish = Terminer

## Hors service (chaque langue en même temps).
ui-oos-title = Temporairement hors service
ui-oos-terminal = Le terminal de paiement ne fonctionne pas.
ui-oos-printer = L’imprimante de reçus ne fonctionne pas.
ui-oos-carrier = L’opérateur mobile est injoignable.
ui-oos-operator = Le personnel intervient sur cette borne.

## « Besoin de plus de temps ? »
ui-idle-title = Besoin de plus de temps ?
ui-idle-countdown =
    { $seconds ->
        [one] Retour à l’accueil dans { $seconds } seconde
       *[other] Retour à l’accueil dans { $seconds } secondes
    }
ui-idle-more = Oui, continuer

## Code PIN du personnel (appui long en haut à gauche).
ui-operator-title = Accès personnel
ui-operator-pin = Saisissez le code PIN du personnel
ui-operator-unavailable = Les écrans du personnel ne sont pas installés dans cette version : le code PIN ne peut pas encore être vérifié.
ui-operator-close = Fermer

# Écrans de saisie : où trouver l’ICCID (identification), second bouton de l’inactivité,
# salutation de l’écran des langues (toutes les langues en même temps)
ui-language-hello = Bienvenue
ui-idle-start-over = Recommencer
ui-identify-iccid-where = Où le trouver ?
ui-identify-iccid-card = Sur la carte ou la boîte de la SIM
ui-identify-iccid-iphone = iPhone : Réglages › Général › Informations
ui-identify-iccid-android = Android : Paramètres › À propos du téléphone › État de la SIM
