# Shared words every area may use. Owner: i18n.

## Language names, in this language (the picker itself shows each name in its own script).
common-lang-ja = 日本語
common-lang-en = 英語
common-lang-zh-hans = 中国語（簡体字）
common-lang-zh-hant = 中国語（繁体字）
common-lang-ko = 韓国語
common-lang-th = タイ語
common-lang-vi = ベトナム語
common-lang-id = インドネシア語
common-lang-es = スペイン語
common-lang-fr = フランス語
common-lang-de = ドイツ語

## Prices. $amount is already grouped for the locale (1,980); $sign is "-" for a discount, else empty.
common-yen = { $sign }{ $amount }円

## Data allowances. $amount is already formatted for the locale.
common-data-mb = { $amount }MB
common-data-gb = { $amount }GB
common-data-unlimited = 無制限

## Durations.
common-days = { $count }日間
## A purchase of $count periods of $days days each; $total = $count × $days.
common-periods =
    { $count ->
        [1] { $days }日間
       *[other] { $count }回分（計{ $total }日間）
    }

common-yes = はい
common-no = いいえ
