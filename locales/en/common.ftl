# Shared words every area may use. Owner: i18n.

## Language names, in this language (the picker itself shows each name in its own script).
common-lang-ja = Japanese
common-lang-en = English
common-lang-zh-hans = Chinese (Simplified)
common-lang-zh-hant = Chinese (Traditional)
common-lang-ko = Korean
common-lang-th = Thai
common-lang-vi = Vietnamese
common-lang-id = Indonesian
common-lang-es = Spanish
common-lang-fr = French
common-lang-de = German

## Prices. $amount is already grouped for the locale (1,980); $sign is "-" for a discount, else empty.
common-yen = { $sign }¥{ $amount }

## Data allowances. $amount is already formatted for the locale.
common-data-mb = { $amount } MB
common-data-gb = { $amount } GB
common-data-unlimited = Unlimited

## Durations.
common-days =
    { $count ->
        [one] { $count } day
       *[other] { $count } days
    }
## A purchase of $count periods of $days days each; $total = $count × $days.
common-periods =
    { $count ->
        [1] { $days } days
       *[other] { $count } × { $days } days ({ $total } days)
    }

common-yes = Yes
common-no = No
