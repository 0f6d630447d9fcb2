# Messages du terminal de paiement pour le client (src/payment/zvt/messages.rs associe les codes ZVT).

pay-insert-card = Insérez votre carte ou approchez-la du terminal.
pay-watch-pin = Suivez les instructions du terminal de paiement et saisissez votre code.
pay-wait-host = Connexion à votre banque. Veuillez patienter.
pay-remove-card = Retirez votre carte.
pay-please-wait = Veuillez patienter…
pay-confirm-amount = Confirmez le montant sur le terminal de paiement.
pay-processing = Paiement en cours…
pay-approved = Paiement accepté. Merci.
pay-declined = Votre banque a refusé le paiement. Essayez une autre carte.
pay-declined-host = Votre banque n’a pas autorisé le paiement. Essayez une autre carte.
pay-card-not-accepted = Cette carte n’est pas acceptée ici. Essayez une autre carte.
pay-card-unknown = Cette carte n’est pas reconnue. Essayez une autre carte.
pay-card-expired = Cette carte est expirée. Utilisez une autre carte.
pay-card-unreadable = La carte n’a pas pu être lue. Réessayez ou utilisez une autre carte.
pay-processing-error = Un problème est survenu pendant le paiement. Aucun montant n’a été débité.
pay-not-possible = Le paiement est impossible pour le moment. Réessayez plus tard.
pay-insufficient-funds = Paiement refusé : le solde ou le plafond est insuffisant.
pay-wrong-pin = Code incorrect. Réessayez.
pay-pin-tries-exceeded = Trop de codes incorrects. Contactez votre banque.
pay-aborted = Le paiement a été annulé. Aucun montant n’a été débité.
pay-wrong-currency = Cette carte ne permet pas de payer en yens japonais. Utilisez une autre carte.
pay-terminal-unavailable = Le terminal de paiement n’est pas prêt. Adressez-vous au personnel.
pay-host-unavailable = Le réseau de cartes est injoignable pour le moment. Réessayez dans quelques minutes.
pay-terminal-error = Le terminal de paiement a signalé une erreur. Aucun montant n’a été débité.
pay-already-reversed = Ce paiement a déjà été remboursé.
pay-reversal-not-possible = Ce paiement ne peut pas être remboursé ici. Adressez-vous au personnel.
pay-amount-too-large = Le montant dépasse le plafond de cette carte. Utilisez une autre carte.
pay-amount-too-small = Le montant est trop faible pour un paiement par carte.
pay-failed = Le paiement n’a pas pu aboutir. Essayez une autre carte.

# Le paiement est conservé et le renouvellement est en cours (l’opérateur n’a pas encore répondu).
pay-pending-title = Votre paiement est bien enregistré
pay-pending-body = Le renouvellement de votre SIM est en cours. Cela peut prendre quelques minutes ; inutile d’attendre ici.
pay-pending-reference = Référence : { $reference }
pay-pending-staff = Si votre SIM n’est pas renouvelée d’ici 30 minutes, montrez cette référence au personnel.
