# Gemeinsame Wörter für alle Bereiche. Zuständig: i18n.

## Sprachnamen auf Deutsch (die Sprachauswahl zeigt jeden Namen in seiner eigenen Schrift).
common-lang-ja = Japanisch
common-lang-en = Englisch
common-lang-zh-hans = Chinesisch (vereinfacht)
common-lang-zh-hant = Chinesisch (traditionell)
common-lang-ko = Koreanisch
common-lang-th = Thailändisch
common-lang-vi = Vietnamesisch
common-lang-id = Indonesisch
common-lang-es = Spanisch
common-lang-fr = Französisch
common-lang-de = Deutsch

## Preise. $amount ist schon gruppiert (1.980); $sign ist "-" bei einem Rabatt, sonst leer.
## CLDR de: Betrag, geschütztes Leerzeichen, Währungszeichen.
common-yen = { $sign }{ $amount } ¥

## Datenvolumen. $amount ist schon formatiert (1,5).
common-data-mb = { $amount } MB
common-data-gb = { $amount } GB
common-data-unlimited = Unbegrenzt

## Dauer.
common-days =
    { $count ->
        [one] { $count } Tag
       *[other] { $count } Tage
    }
## Ein Kauf von $count Laufzeiten zu je $days Tagen; $total = $count × $days.
common-periods =
    { $count ->
        [1] { $days } Tage
       *[other] { $count } × { $days } Tage ({ $total } Tage)
    }

common-yes = Ja
common-no = Nein
