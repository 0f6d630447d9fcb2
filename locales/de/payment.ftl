# Meldungen des Kartenterminals für Kunden (src/payment/zvt/messages.rs ordnet die ZVT-Codes zu).

pay-insert-card = Bitte Karte einstecken oder an das Terminal halten.
pay-watch-pin = Bitte folgen Sie den Anweisungen am Kartenterminal und geben Sie Ihre PIN ein.
pay-wait-host = Ihre Bank wird kontaktiert. Bitte warten.
pay-remove-card = Bitte entnehmen Sie Ihre Karte.
pay-please-wait = Bitte warten …
pay-confirm-amount = Bitte bestätigen Sie den Betrag am Kartenterminal.
pay-processing = Ihre Zahlung wird bearbeitet …
pay-approved = Zahlung erfolgreich. Vielen Dank.
pay-declined = Ihre Bank hat die Zahlung abgelehnt. Bitte verwenden Sie eine andere Karte.
pay-declined-host = Ihre Bank hat die Zahlung nicht freigegeben. Bitte verwenden Sie eine andere Karte.
pay-card-not-accepted = Diese Karte wird hier nicht akzeptiert. Bitte verwenden Sie eine andere Karte.
pay-card-unknown = Diese Karte wird nicht erkannt. Bitte verwenden Sie eine andere Karte.
pay-card-expired = Diese Karte ist abgelaufen. Bitte verwenden Sie eine andere Karte.
pay-card-unreadable = Die Karte konnte nicht gelesen werden. Bitte versuchen Sie es erneut oder verwenden Sie eine andere Karte.
pay-processing-error = Bei der Zahlung ist ein Fehler aufgetreten. Es wurde nichts abgebucht.
pay-not-possible = Eine Zahlung ist gerade nicht möglich. Bitte versuchen Sie es später erneut.
pay-insufficient-funds = Die Zahlung wurde abgelehnt: Guthaben oder Kartenlimit reichen nicht aus.
pay-wrong-pin = Falsche PIN. Bitte versuchen Sie es erneut.
pay-pin-tries-exceeded = Zu oft eine falsche PIN eingegeben. Bitte wenden Sie sich an Ihre Bank.
pay-aborted = Die Zahlung wurde abgebrochen. Es wurde nichts abgebucht.
pay-wrong-currency = Mit dieser Karte kann nicht in japanischen Yen bezahlt werden. Bitte verwenden Sie eine andere Karte.
pay-terminal-unavailable = Das Kartenterminal ist nicht bereit. Bitte wenden Sie sich an das Personal.
pay-host-unavailable = Das Kartennetz ist gerade nicht erreichbar. Bitte versuchen Sie es in einigen Minuten erneut.
pay-terminal-error = Das Kartenterminal hat einen Fehler gemeldet. Es wurde nichts abgebucht.
pay-already-reversed = Diese Zahlung wurde bereits erstattet.
pay-reversal-not-possible = Diese Zahlung kann hier nicht erstattet werden. Bitte wenden Sie sich an das Personal.
pay-amount-too-large = Der Betrag übersteigt das Limit dieser Karte. Bitte verwenden Sie eine andere Karte.
pay-amount-too-small = Der Betrag ist für eine Kartenzahlung zu gering.
pay-failed = Die Zahlung konnte nicht abgeschlossen werden. Bitte verwenden Sie eine andere Karte.

# Die Zahlung ist gesichert, die Verlängerung läuft (der Anbieter hat noch nicht geantwortet).
pay-pending-title = Ihre Zahlung ist gesichert
pay-pending-body = Ihre SIM wird gerade verlängert. Das kann einige Minuten dauern; Sie müssen nicht hier warten.
pay-pending-reference = Referenz: { $reference }
pay-pending-staff = Ist Ihre SIM nach 30 Minuten nicht verlängert, zeigen Sie diese Referenz bitte dem Personal.
