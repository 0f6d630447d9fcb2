# Gedruckter Beleg (適格簡易請求書, vereinfachte qualifizierte Rechnung). Zuständig: printer.
# Überschriften werden als "<Japanisch> / <Deutsch>" gedruckt; die japanische Seite steht in ja.

receipt-title = Beleg (vereinfachte qualifizierte Rechnung)
receipt-reprint = DUPLIKAT
receipt-issuer = Aussteller
receipt-registration = Rechnungs-Registrierungsnr.
receipt-date = Datum
receipt-kiosk = Automat
receipt-transaction = Vorgangsnr.
receipt-items = Artikel
receipt-days =
    { $count ->
        [one] { $count } Tag
       *[other] { $count } Tage
    }
## $price ist schon formatiert (3.980 ¥); $count ist die Zahl der Laufzeiten, $total deren Tage.
receipt-unit-periods =
    { $count ->
        [1] { $price } ({ $total } Tage)
       *[other] { $price } × { $count } ({ $total } Tage)
    }
## Volumen und Dauer eines Artikels, schon formatiert ($data "20 GB", $days "30 Tage").
receipt-item-detail = { $data } · { $days }
receipt-unit-price = Preis
receipt-subtotal = Zwischensumme
receipt-discount-periods = Rabatt ab { $periods } Laufzeiten ({ $percent } %)
receipt-discount-promotion = Aktion: { $name }
receipt-total = Gesamt
receipt-tax-base = Steuerpflichtiger Betrag 10 %
receipt-tax-contained = Inkl. Verbrauchsteuer (10 %)
receipt-payment = Zahlung
receipt-card = Karte
receipt-approval = Genehmigungscode
receipt-slip-no = Belegnr. Terminal
receipt-trace-no = Trace-Nr.
receipt-sim = SIM
receipt-new-expiry = Neu gültig bis
receipt-qr-hint = Online-Beleg: QR-Code scannen
## $contact: Telefon oder Adresse aus kiosk.toml.
receipt-support = Hilfe: { $contact }
receipt-thanks = Vielen Dank und gute Reise!
receipt-test-title = Drucker-Testseite
receipt-test-sample = Schriftprobe: Ä Ö Ü ä ö ü ß · 1.234 ¥
