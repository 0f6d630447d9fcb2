# Shared words every area may use. Owner: i18n.

## Language names, in this language (the picker itself shows each name in its own script).
common-lang-ja = 日文
common-lang-en = 英文
common-lang-zh-hans = 簡體中文
common-lang-zh-hant = 繁體中文
common-lang-ko = 韓文
common-lang-th = 泰文
common-lang-vi = 越南文
common-lang-id = 印尼文
common-lang-es = 西班牙文
common-lang-fr = 法文
common-lang-de = 德文

## Prices. $amount is already grouped for the locale (1,980); $sign is "-" for a discount, else empty.
## "日圓" as on Taiwanese price tags; "¥" would be ambiguous with renminbi.
common-yen = { $sign }{ $amount }日圓

## Data allowances. $amount is already formatted for the locale.
common-data-mb = { $amount } MB
common-data-gb = { $amount } GB
common-data-unlimited = 無限流量

## Durations.
common-days = { $count }天
## A purchase of $count periods of $days days each; $total = $count × $days.
common-periods =
    { $count ->
        [1] { $days }天
       *[other] { $count }期（共{ $total }天）
    }

common-yes = 是
common-no = 否
