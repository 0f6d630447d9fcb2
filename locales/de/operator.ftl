# Personalmodus (Bildschirme hinter dem PIN-Feld). Gelesen vom Ladenpersonal.
# Zeichen, die die Personalansichten zwischen Meldungen setzen, hier aufgeführt, damit die
# Schrift-Teilmengen sie enthalten (tools/subset-fonts.sh liest diese Dateien): · → × ( ) / -

## Allgemein
op-back = Zurück
op-cancel = Abbrechen
op-refresh = Aktualisieren
op-loading = Wird geladen …
op-working = Bitte warten …
op-ok = OK
op-unknown = Unbekannt
op-action-failed = Nicht abgeschlossen:
op-leave = Zurück zu den Kundenbildschirmen
op-idle-hint = Der Personalmodus schließt sich nach 2 Minuten ohne Berührung von selbst.

## PIN-Feld
op-pin-wrong = Falsche PIN. { $remaining ->
    [one] Noch 1 Versuch, bevor das Feld gesperrt wird.
   *[other] Noch { $remaining } Versuche, bevor das Feld gesperrt wird.
}
op-pin-locked = Zu viele falsche PINs. Das Feld ist gesperrt; erneut versuchen in { $time }.
op-pin-disabled = Der Personalmodus ist ausgeschaltet: In kiosk.toml ist keine PIN gesetzt ([operator] pin_hash).
op-pin-too-short = Die Personal-PIN hat 6 bis 8 Ziffern.
op-pin-checking = PIN wird geprüft …

## Start: Gerätestatus
op-home-title = Personalmenü
op-terminal = Kartenterminal
op-terminal-not-ready = Nicht bereit (Code { $code })
op-no-answer = Keine Antwort: { $error }
op-printer = Belegdrucker
op-printer-offline = Offline
op-printer-cover-open = Deckel offen
op-printer-error = Fehler: { $error }
op-paper = Papier
op-paper-ok = OK
op-paper-near-end = Wird knapp – bald nachfüllen
op-paper-out = Kein Papier
op-carrier = Mobilfunkanbieter
op-carrier-last = { $backend } – letzte Verlängerung { $time }
op-carrier-none = { $backend } – noch keine Verlängerung
op-service = Verkauf
op-service-on = In Betrieb
op-service-off = Außer Betrieb (vom Personal gesetzt)
op-menu-decisions = Zu prüfende Vorgänge
op-menu-decisions-count = Zu prüfende Vorgänge ({ $count })
op-menu-reprint = Beleg erneut drucken
op-menu-end-of-day = Tagesabschluss
op-menu-service = Außer Betrieb / Automat beenden

## Vorgänge, die eine Entscheidung brauchen
op-decisions-title = Zu prüfende Vorgänge
op-decisions-none = Nichts zu prüfen. Alle Vorgänge sind abgeschlossen.
op-decision-title = Vorgang
op-decision-in-progress = Ein Verkauf bearbeitet diesen Vorgang vielleicht noch. In einigen Minuten erneut versuchen.
op-decision-no-action = Hier ist nichts zu tun; die Wiederherstellung schließt ihn von selbst ab.
op-decision-gone = Dieser Vorgang wartet nicht mehr.
op-history = Verlauf
op-field-state = Status
op-field-amount = Betrag
op-amount-value = { $amount } (Steuer { $tax })
op-field-sim = SIM
op-field-plan = Tarif
op-field-card = Karte
op-field-approval = Genehmigungscode
op-field-receipt-no = Belegnr. Terminal
op-field-started = Begonnen
op-field-id = Vorgangs-ID
op-field-renewed-until = Verlängert bis
op-field-note = Letzte Notiz
op-action-retry = Verlängerung wiederholen
op-action-reverse = Zahlung erstatten
op-action-resolve = Mit Notiz als erledigt markieren
op-action-reprint = Beleg drucken
op-confirm-retry = Diese SIM mit der ursprünglichen Anfrage erneut verlängern? Der Anbieter verlängert für eine Zahlung nie zweimal.
op-confirm-reverse = Diese Zahlung auf die Karte zurückbuchen? Das kann nicht rückgängig gemacht werden.
op-settled-renewed = Verlängert. Drucken Sie den Beleg für den Kunden.
op-settled-reversed = Die Zahlung wurde erstattet.
op-settled-resolved = Als erledigt markiert.

## Notiz
op-note-title = Mit Notiz erledigen
op-note-presets = Notiz wählen oder eingeben:
op-note-empty = (noch keine Notiz)
op-note-refunded-cash = Am Schalter bar erstattet
op-note-terminal-no-charge = Am Terminal geprüft: keine Belastung
op-note-customer-renewed = Kunde bestätigt, dass die SIM verlängert ist
op-note-duplicate = Doppelter Versuch; nichts zu tun
op-key-space = Leerzeichen

## Erneut drucken
op-reprint-title = Beleg erneut drucken
op-reprint-last = Letzten Beleg erneut drucken
op-reprint-recent = Letzte Belege
op-reprint-none = Noch kein Beleg zum erneuten Drucken.
op-reprint-done = Der Beleg wurde gedruckt.
op-reprint-not-printed = Der Drucker hat nicht gedruckt. Papier und Deckel prüfen, dann erneut versuchen.

## Tagesabschluss
op-eod-title = Tagesabschluss
op-eod-explain = Schließt den Tag am Kartenterminal ab und druckt den Tagesbericht des Automaten. Der Bericht wird auch gespeichert.
op-eod-run = Tagesabschluss ausführen
op-eod-complete = Tagesabschluss erledigt.
op-eod-incomplete = Tagesabschluss mit Problemen beendet.
op-eod-day = Tag
op-eod-terminal = Kartenterminal
op-eod-terminal-closed = Tag abgeschlossen
op-eod-terminal-failed = Nicht abgeschlossen: { $error }
op-eod-slip = Berichtsbeleg
op-eod-printed = Gedruckt
op-eod-not-printed = Nicht gedruckt
op-eod-transactions = Vorgänge
op-eod-renewals = Verlängerungen
op-eod-reversals = Erstattungen
op-eod-count-amount = { $count } / { $amount }
op-eod-open = Noch zu prüfen
op-eod-stored = Bericht gespeichert (Eintrag { $id }).

## Außer Betrieb und Beenden
op-service-title = Außer Betrieb
op-service-turn-off = Verkauf stoppen (außer Betrieb)
op-service-turn-on = Verkauf fortsetzen
op-service-explain = „Außer Betrieb“ zeigt Kunden, dass der Automat geschlossen ist. Das bleibt auch nach einem Neustart so, bis das Personal den Verkauf fortsetzt.
op-service-now-off = Der Automat ist jetzt außer Betrieb.
op-service-now-on = Der Automat verkauft wieder.
op-quit-title = Automat beenden
op-quit-explain = Beendet das Automatenprogramm (zur Wartung). Der Bildschirm bleibt dunkel, bis es wieder gestartet wird.
op-quit = Automatenprogramm beenden
op-quit-confirm = Automatenprogramm jetzt beenden? Kunden können den Automaten erst nach einem Neustart wieder nutzen.
op-quit-yes = Jetzt beenden

## Status im Journal
op-state-created = Begonnen
op-state-payment-requested = Zahlung angefordert
op-state-payment-approved = Zahlung genehmigt
op-state-payment-declined = Zahlung abgelehnt
op-state-payment-aborted = Zahlung abgebrochen
op-state-payment-failed = Zahlung fehlgeschlagen
op-state-renewal-requested = Verlängerung angefordert
op-state-renewed = Verlängert
op-state-renewal-failed = Verlängerung fehlgeschlagen
op-state-reversal-requested = Erstattung angefordert
op-state-reversed = Erstattet
op-state-receipt-printed = Beleg gedruckt
op-state-receipt-failed = Beleg ausstehend
op-state-done = Erledigt
op-state-needs-operator = Personal nötig
op-state-resolved = Vom Personal erledigt

# Der Tagesabschluss fragt vorher nach (mit dem Bestätigungsschritt hinzugefügt)
op-eod-confirm = Tagesabschluss jetzt ausführen? Er schließt den Tag am Kartenterminal ab und kann nicht rückgängig gemacht werden.
op-eod-confirm-run = Ja, Tagesabschluss ausführen

## Payments by QR wallet
op-field-method = Bezahlt mit
op-method-card = Karte
op-field-wallet-status = Status beim Anbieter
op-field-wallet-payment-id = Zahlungs-ID des Anbieters
op-decision-waiting-provider = Warten auf { $method }: Ist diese Zahlung erfolgt? Der Automat fragt alle 30 Sekunden nach und bucht eine gefundene Zahlung zurück; jetzt ist nichts zu tun.
op-decision-waiting-provider-renew = Warten auf { $method }: Ist diese Zahlung erfolgt? Der Automat fragt alle 30 Sekunden nach: Ist sie bezahlt, verlängert er die SIM; wenn nicht, schließt er den Verkauf ab. Jetzt ist nichts zu tun.
op-decision-waiting-badge = Wartet auf { $method }
op-confirm-reverse-wallet = Diese Zahlung auf das { $method }-Konto des Kunden zurückbuchen? Das kann nicht rückgängig gemacht werden.
op-eod-card = Mit Karte bezahlte Verlängerungen (Terminal-Kassenschnitt)
op-eod-wallet = Mit { $method } bezahlte Verlängerungen (nicht im Terminal-Kassenschnitt)
