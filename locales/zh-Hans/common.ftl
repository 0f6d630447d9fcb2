# Shared words every area may use. Owner: i18n.

## Language names, in this language (the picker itself shows each name in its own script).
common-lang-ja = 日语
common-lang-en = 英语
common-lang-zh-hans = 简体中文
common-lang-zh-hant = 繁体中文
common-lang-ko = 韩语
common-lang-th = 泰语
common-lang-vi = 越南语
common-lang-id = 印度尼西亚语
common-lang-es = 西班牙语
common-lang-fr = 法语
common-lang-de = 德语

## Prices. $amount is already grouped for the locale (1,980); $sign is "-" for a discount, else empty.
## "日元", not "¥": a mainland reader takes ¥ for renminbi.
common-yen = { $sign }{ $amount }日元

## Data allowances. $amount is already formatted for the locale.
common-data-mb = { $amount } MB
common-data-gb = { $amount } GB
common-data-unlimited = 不限流量

## Durations.
common-days = { $count }天
## A purchase of $count periods of $days days each; $total = $count × $days.
common-periods =
    { $count ->
        [1] { $days }天
       *[other] { $count }份（共{ $total }天）
    }

common-yes = 是
common-no = 否
