# Eingabe der SIM: Fehlermeldungen zur Eingabe. Zuständig: domain (src/domain/sim.rs).
# IDs wie SimIdError::fluent_id(); Variablen wie SimIdError::fluent_args().

sim-error-empty = Bitte geben Sie Ihre Rufnummer oder die ICCID von Ihrer SIM-Karte ein.
# $ch: das eingegebene Zeichen; $position: seine Stelle, ab 1 gezählt.
sim-error-invalid-character = „{ $ch }“ ist hier nicht erlaubt ({ $position }. Zeichen). Bitte nur Ziffern eingeben.
# $digits: bisher eingegebene Ziffern; $expected: benötigte Ziffern.
sim-error-too-short =
    { $digits ->
        [one] Erst 1 Ziffer – { $expected } werden benötigt.
       *[other] Erst { $digits } Ziffern – { $expected } werden benötigt.
    }
# $digits: eingegebene Ziffern; $max: höchstens erlaubt.
sim-error-too-long = Das sind zu viele Ziffern ({ $digits }): höchstens { $max }. Bitte prüfen Sie die Nummer.
# $prefix: der Anfang der Nummer, z. B. 03.
sim-error-not-mobile = Nummern mit { $prefix } am Anfang sind keine Mobilnummern. Japanische Mobilnummern beginnen mit 070, 080 oder 090.
# $digits: die Nummer ohne die führende 0.
sim-error-missing-zero = Offenbar fehlt die führende 0. Meinten Sie 0{ $digits }?
# $code: die eingegebene Ländervorwahl.
sim-error-foreign-country = +{ $code } ist nicht die Ländervorwahl Japans. Bitte geben Sie Ihre japanische Nummer ein (+81 oder mit 0 am Anfang).
# $found: die ersten beiden eingegebenen Ziffern.
sim-error-iccid-prefix = Eine ICCID beginnt mit 89, diese aber mit { $found }. Bitte prüfen Sie die Nummer auf Ihrer SIM-Karte.
sim-error-iccid-check-digit = Diese ICCID stimmt nicht – wahrscheinlich wurde eine Ziffer falsch eingegeben. Bitte vergleichen Sie sie mit Ihrer SIM-Karte.
