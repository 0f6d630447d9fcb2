# Mode personnel (écrans derrière le code PIN). Lu par le personnel du magasin.
# Caractères que les vues du personnel placent entre les messages, listés pour que les
# sous-ensembles de polices les contiennent (tools/subset-fonts.sh lit ces fichiers) : · → × ( ) / -

## Commun
op-back = Retour
op-cancel = Annuler
op-refresh = Actualiser
op-loading = Chargement…
op-working = En cours… veuillez patienter.
op-ok = OK
op-unknown = Inconnu
op-action-failed = Action non terminée :
op-leave = Retour aux écrans client
op-idle-hint = Le mode personnel se ferme seul après 2 minutes sans contact.

## Code PIN
op-pin-wrong = Code PIN erroné. { $remaining ->
    [one] Encore { $remaining } essai avant le verrouillage.
   *[other] Encore { $remaining } essais avant le verrouillage.
}
op-pin-locked = Trop de codes PIN erronés. Le clavier est verrouillé ; réessayez dans { $time }.
op-pin-disabled = Le mode personnel est désactivé : aucun code PIN dans kiosk.toml ([operator] pin_hash).
op-pin-too-short = Le code PIN du personnel compte 6 à 8 chiffres.
op-pin-checking = Vérification du code PIN…

## Accueil : état des appareils
op-home-title = Menu du personnel
op-terminal = Terminal de paiement
op-terminal-not-ready = Pas prêt (code { $code })
op-no-answer = Pas de réponse : { $error }
op-printer = Imprimante de reçus
op-printer-offline = Hors ligne
op-printer-cover-open = Capot ouvert
op-printer-error = Erreur : { $error }
op-paper = Papier
op-paper-ok = OK
op-paper-near-end = Presque vide – à remplacer bientôt
op-paper-out = Plus de papier
op-carrier = Opérateur
op-carrier-last = { $backend } – dernier renouvellement { $time }
op-carrier-none = { $backend } – aucun renouvellement pour l’instant
op-service = Ventes
op-service-on = En service
op-service-off = Hors service (réglé par le personnel)
op-menu-decisions = Transactions à vérifier
op-menu-decisions-count = Transactions à vérifier ({ $count })
op-menu-reprint = Réimprimer un reçu
op-menu-end-of-day = Clôture de la journée
op-menu-service = Hors service / arrêter la borne

## Transactions à décider
op-decisions-title = Transactions à vérifier
op-decisions-none = Rien à vérifier. Toutes les transactions sont réglées.
op-decision-title = Transaction
op-decision-in-progress = Une vente traite peut-être encore celle-ci. Réessayez dans quelques minutes.
op-decision-no-action = Rien à faire ici ; la reprise la termine d’elle-même.
op-decision-gone = Cette transaction n’est plus en attente.
op-history = Historique
op-field-state = État
op-field-amount = Montant
op-amount-value = { $amount } (taxe { $tax })
op-field-sim = SIM
op-field-plan = Forfait
op-field-card = Carte
op-field-approval = Code d’autorisation
op-field-receipt-no = N° de ticket terminal
op-field-started = Début
op-field-id = ID de transaction
op-field-renewed-until = Renouvelé jusqu’au
op-field-note = Dernière note
op-action-retry = Relancer le renouvellement
op-action-reverse = Rembourser le paiement
op-action-resolve = Marquer comme réglé avec une note
op-action-reprint = Imprimer le reçu
op-confirm-retry = Renouveler à nouveau cette SIM avec la demande d’origine ? L’opérateur ne renouvelle jamais deux fois pour un même paiement.
op-confirm-reverse = Rembourser ce paiement sur la carte ? C’est irréversible.
op-settled-renewed = Renouvelé. Imprimez le reçu pour le client.
op-settled-reversed = Le paiement a été remboursé.
op-settled-resolved = Marqué comme réglé.

## Note
op-note-title = Régler avec une note
op-note-presets = Choisissez une note ou saisissez-en une :
op-note-empty = (pas encore de note)
op-note-refunded-cash = Remboursé en espèces au comptoir
op-note-terminal-no-charge = Vérifié au terminal : aucun débit
op-note-customer-renewed = Le client confirme que la SIM est renouvelée
op-note-duplicate = Tentative en double ; rien à faire
op-key-space = Espace

## Réimpression
op-reprint-title = Réimprimer un reçu
op-reprint-last = Réimprimer le dernier reçu
op-reprint-recent = Reçus récents
op-reprint-none = Aucun reçu à réimprimer pour l’instant.
op-reprint-done = Le reçu a été imprimé.
op-reprint-not-printed = L’imprimante n’a pas imprimé. Vérifiez le papier et le capot, puis réessayez.

## Clôture de la journée
op-eod-title = Clôture de la journée
op-eod-explain = Clôture la journée du terminal de paiement et imprime le rapport quotidien de la borne. Le rapport est aussi enregistré.
op-eod-run = Lancer la clôture
op-eod-complete = Clôture terminée.
op-eod-incomplete = Clôture terminée avec des problèmes.
op-eod-day = Jour
op-eod-terminal = Terminal de paiement
op-eod-terminal-closed = Journée clôturée
op-eod-terminal-failed = Non clôturée : { $error }
op-eod-slip = Ticket de rapport
op-eod-printed = Imprimé
op-eod-not-printed = Non imprimé
op-eod-transactions = Transactions
op-eod-renewals = Renouvellements
op-eod-reversals = Remboursements
op-eod-count-amount = { $count } / { $amount }
op-eod-open = Reste à vérifier
op-eod-stored = Rapport enregistré (fiche { $id }).

## Hors service et sortie
op-service-title = Hors service
op-service-turn-off = Arrêter les ventes (hors service)
op-service-turn-on = Reprendre les ventes
op-service-explain = « Hors service » indique aux clients que la borne est fermée. Cet état est conservé après un redémarrage, jusqu’à ce que le personnel reprenne les ventes.
op-service-now-off = La borne est maintenant hors service.
op-service-now-on = La borne vend de nouveau.
op-quit-title = Arrêter la borne
op-quit-explain = Ferme le programme de la borne (pour maintenance). L’écran reste éteint jusqu’au prochain démarrage.
op-quit = Arrêter le programme de la borne
op-quit-confirm = Arrêter le programme de la borne maintenant ? Les clients ne pourront plus l’utiliser avant son redémarrage.
op-quit-yes = Arrêter maintenant

## États du journal
op-state-created = Commencée
op-state-payment-requested = Paiement demandé
op-state-payment-approved = Paiement accepté
op-state-payment-declined = Paiement refusé
op-state-payment-aborted = Paiement annulé
op-state-payment-failed = Échec du paiement
op-state-renewal-requested = Renouvellement demandé
op-state-renewed = Renouvelée
op-state-renewal-failed = Échec du renouvellement
op-state-reversal-requested = Remboursement demandé
op-state-reversed = Remboursée
op-state-receipt-printed = Reçu imprimé
op-state-receipt-failed = Reçu non remis
op-state-done = Terminée
op-state-needs-operator = Personnel requis
op-state-resolved = Réglée par le personnel

# La clôture demande confirmation avant de se lancer (ajouté avec l’étape de confirmation)
op-eod-confirm = Lancer la clôture maintenant ? Elle clôture la journée du terminal de paiement et est irréversible.
op-eod-confirm-run = Oui, lancer la clôture

## Payments by QR wallet
op-field-method = Payé par
op-method-card = Carte
op-field-wallet-status = État chez le prestataire
op-field-wallet-payment-id = ID de paiement du prestataire
op-decision-waiting-provider = En attente de { $method } pour savoir si ce paiement a été effectué. La borne redemande toutes les 30 secondes et rembourse tout paiement trouvé ; rien à faire pour l’instant.
op-decision-waiting-provider-renew = En attente de { $method } pour savoir si ce paiement a été effectué. La borne redemande toutes les 30 secondes : s’il a été payé, elle renouvelle la SIM ; sinon, elle clôt la vente. Rien à faire pour l’instant.
op-decision-waiting-badge = En attente de { $method }
op-confirm-reverse-wallet = Rembourser ce paiement sur le compte { $method } du client ? C’est irréversible.
op-eod-card = Renouvellements payés par carte (lot du terminal)
op-eod-wallet = Renouvellements payés par { $method } (hors lot du terminal)
