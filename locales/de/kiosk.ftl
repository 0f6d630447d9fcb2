# Texte der Touch-Bildschirme. Zuständig: ui. Jede ID beginnt mit `ui-`.

## Jeder Bildschirm: die Leiste oben.
ui-high-contrast = Hoher Kontrast
ui-large-text = Große Schrift
ui-back = Zurück
ui-cancel = Abbrechen

ui-step = Schritt { $current } von { $total }
ui-step-short = { $current }/{ $total }

## Startbildschirm (alle Sprachen gleichzeitig, jede in ihrer Schrift).
ui-attract-title = Daten-SIM verlängern
ui-attract-touch = Zum Starten den Bildschirm berühren
ui-attract-from = Tarife ab { $price }

## Sprachauswahl.
ui-language-title = Sprache wählen

## SIM erkennen.
ui-identify-title-number = Geben Sie die Rufnummer Ihrer SIM ein
ui-identify-hint-number = 11 Ziffern, beginnend mit 070, 080 oder 090
ui-identify-title-iccid = Geben Sie die ICCID auf Ihrer SIM-Karte ein
ui-identify-hint-iccid = 19 oder 20 Ziffern, beginnend mit 89
ui-identify-use-iccid = Keine Rufnummer? ICCID verwenden
ui-identify-use-number = Stattdessen Rufnummer verwenden
ui-identify-submit = Weiter
ui-keypad-delete = Löschen
ui-keypad-clear = Alles löschen
ui-identify-looking-up = Ihre SIM wird gesucht …
ui-lookup-not-found = Diese SIM wurde nicht gefunden. Bitte prüfen Sie die Nummer und versuchen Sie es erneut.
ui-lookup-unavailable = Der Mobilfunkanbieter ist gerade nicht erreichbar. Bitte versuchen Sie es in einigen Minuten erneut.

## Status der SIM.
ui-status-title = Ihre SIM
ui-status-carrier = Mobilfunkanbieter
ui-status-plan = Aktueller Tarif
ui-status-data-left = Verbleibendes Datenvolumen
ui-status-expires = Gültig bis (japanische Zeit)
ui-status-continue = Tarif wählen
ui-status-expired =
    { $days ->
        [one] Gestern abgelaufen
       *[other] Vor { $days } Tagen abgelaufen
    }
ui-status-expires-today = Läuft heute ab
ui-status-expires-soon =
    { $days ->
        [one] Läuft morgen ab
       *[other] Läuft in { $days } Tagen ab
    }
ui-status-no-data = Kein Datenvolumen mehr

## Tarife.
ui-plans-title = Tarif wählen
ui-plans-per-period =
    { $days ->
        [one] pro Tag
       *[other] für { $days } Tage
    }
ui-plans-periods-title = Wie viele Laufzeiten auf einmal?
ui-plans-saving = Sie sparen { $amount }
ui-plans-next = Bestellung prüfen
ui-plans-none = Für diese SIM gibt es an diesem Automaten keinen Tarif. Bitte wenden Sie sich an das Personal.

## Bestellung prüfen.
ui-review-title = Bestellung prüfen
ui-review-sim = SIM
ui-review-plan = Tarif
ui-review-subtotal = Zwischensumme
ui-review-discount-periods = Rabatt ab { $periods } Laufzeiten ({ $percent } %)
ui-review-discount-promo = Aktion: { $name }
ui-review-total = Gesamt
ui-review-tax = Inkl. { $rate } % Verbrauchsteuer: { $amount }
ui-review-pay = Mit Karte bezahlen
ui-review-pay-wallet = Mit PayPay bezahlen
ui-review-item = { $name } · { $periods }
ui-review-new-expiry = Neu gültig bis (japanische Zeit)
ui-review-carry-over = Nicht genutztes Datenvolumen wird übertragen
ui-review-no-carry-over = Nicht genutztes Datenvolumen verfällt

## Bezahlen am Kartenterminal.
ui-pay-title = Am Kartenterminal bezahlen
ui-pay-amount = Zu zahlen
ui-pay-follow = Folgen Sie den Anweisungen am Kartenterminal unter dem Bildschirm.
ui-pay-cancel = Zahlung abbrechen
ui-pay-no-cancel = Die Zahlung wird ausgeführt und kann nicht mehr abgebrochen werden.

ui-wallet-title = Scannen Sie den QR-Code mit Ihrer Bezahl-App
ui-wallet-accepted = Akzeptiert: { $wallets }
ui-wallet-time-left = Dieser QR-Code ist noch { $time } Min. gültig.
ui-wallet-how = Öffnen Sie die App, tippen Sie auf Scannen und richten Sie die Kamera auf den QR-Code.

## Verarbeitung.
ui-processing-title = Ihre SIM wird verlängert …
ui-processing-body = Ihre Zahlung ist eingegangen. Das dauert einige Sekunden, bitte warten Sie.

## Beleg.
ui-receipt-title = Bitte entnehmen Sie Ihren Beleg
ui-receipt-printing = Ihr Beleg wird gedruckt …
ui-receipt-qr = Code scannen für den digitalen Beleg
ui-receipt-paper-out = Der Beleg konnte nicht gedruckt werden. Ihre SIM ist verlängert. Scannen Sie den Code für den digitalen Beleg oder bitten Sie das Personal um einen gedruckten Beleg.
ui-receipt-finish = Fertig

## Fertig.
ui-done-title = Alles erledigt!
## Das Erfolgszeichen über dem Titel: ein Symbol, in jeder Sprache gleich.
ui-done-mark = ✓
ui-done-back = Gleich erscheint wieder der Startbildschirm.
ui-done-finish = Fertig

## Der Kauf kam nicht zustande.
ui-failed-title = Die Zahlung ist nicht erfolgt
ui-failed-title-cancelled = Zahlung abgebrochen
ui-failed-title-declined = Karte abgelehnt
ui-failed-title-printer = Zahlung zurzeit nicht möglich
ui-failed-title-reversed = Betrag auf Ihre Karte zurückgebucht
ui-failed-title-operator = Bitte wenden Sie sich an das Personal
ui-failed-declined = Ihre Karte wurde abgelehnt. Es wurde nichts abgebucht. Sie können eine andere Karte verwenden.
ui-failed-aborted = Die Zahlung wurde abgebrochen. Es wurde nichts abgebucht.
ui-failed-printer = Der Belegdrucker ist nicht bereit, daher sind gerade keine Zahlungen möglich. Es wurde nichts abgebucht.
ui-failed-terminal = Am Kartenterminal ist ein Fehler aufgetreten. Es wurde nichts abgebucht.
ui-failed-reversed = Ihre SIM konnte nicht verlängert werden, daher wurde der Betrag auf Ihre Karte zurückgebucht.
ui-failed-operator = Nach Ihrer Zahlung ist ein Fehler aufgetreten. Bitte zeigen Sie dem Personal diese Referenz: { $reference }
ui-failed-title-wallet-refused = Zahlung nicht angenommen
ui-failed-wallet-refused = Ihre Bezahl-App hat die Zahlung nicht angenommen. Es wurde nichts abgebucht. Sie können es erneut versuchen oder eine andere Zahlungsart wählen.
ui-failed-title-wallet-expired = Der QR-Code ist abgelaufen
ui-failed-wallet-expired = Der QR-Code ist abgelaufen, bevor er bezahlt wurde. Es wurde nichts abgebucht. Sie können es mit einem neuen Code erneut versuchen.
ui-failed-title-wallet-unavailable = Zahlung per QR-Code nicht verfügbar
ui-failed-wallet-unavailable = Der Dienst für Zahlungen per QR-Code antwortet nicht. Es wurde nichts abgebucht. Bitte wählen Sie eine andere Zahlungsart oder versuchen Sie es später erneut.
ui-failed-title-wallet-returned = Betrag an Ihre Bezahl-App zurückgebucht
ui-failed-wallet-returned = Ihre SIM konnte nicht verlängert werden, daher wurde der Betrag an Ihre Bezahl-App zurückgebucht.
ui-failed-title-wallet-unconfirmed = Bitte nicht erneut bezahlen
ui-failed-wallet-unconfirmed = Wir konnten nicht feststellen, ob Ihre Zahlung erfolgt ist. Falls ja, wird der Betrag automatisch an Ihre Bezahl-App zurückgebucht. Wenn Sie Hilfe brauchen, zeigen Sie dem Personal diese Referenz: { $reference }
ui-failed-retry = Erneut versuchen
ui-failed-finish = Fertig

## Außer Betrieb (alle Sprachen gleichzeitig).
ui-oos-title = Vorübergehend außer Betrieb
ui-oos-terminal = Das Kartenterminal funktioniert nicht.
ui-oos-printer = Der Belegdrucker funktioniert nicht.
ui-oos-carrier = Der Mobilfunkanbieter ist nicht erreichbar.
ui-oos-operator = Dieser Automat wird gerade gewartet.

## „Brauchen Sie mehr Zeit?“
ui-idle-title = Brauchen Sie mehr Zeit?
ui-idle-countdown =
    { $seconds ->
        [one] Zurück zum Start in { $seconds } Sekunde
       *[other] Zurück zum Start in { $seconds } Sekunden
    }
ui-idle-more = Ja, mehr Zeit

## PIN-Feld für das Personal (langes Drücken oben links).
ui-operator-title = Zugang für Personal
ui-operator-pin = Personal-PIN eingeben
ui-operator-unavailable = Die Personal-Bildschirme sind in dieser Version nicht installiert, daher kann die PIN noch nicht geprüft werden.
ui-operator-close = Schließen

# Rahmen und Eingabe: Hinweis zur ICCID (SIM erkennen), zweite Taste der Zeitabfrage,
# Begrüßung auf der Sprachauswahl (alle Sprachen gleichzeitig)
ui-language-hello = Willkommen
ui-idle-start-over = Neu beginnen
ui-identify-iccid-where = Wo finde ich sie?
ui-identify-iccid-card = Auf der Karte oder Packung Ihrer SIM
ui-identify-iccid-iphone = iPhone: Einstellungen › Allgemein › Info
ui-identify-iccid-android = Android: Einstellungen › Über das Telefon › SIM-Status
