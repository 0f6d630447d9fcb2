# Shared words every area may use. Owner: i18n.

## Language names, in this language (the picker itself shows each name in its own script).
common-lang-ja = 일본어
common-lang-en = 영어
common-lang-zh-hans = 중국어(간체)
common-lang-zh-hant = 중국어(번체)
common-lang-ko = 한국어
common-lang-th = 태국어
common-lang-vi = 베트남어
common-lang-id = 인도네시아어
common-lang-es = 스페인어
common-lang-fr = 프랑스어
common-lang-de = 독일어

## Prices. $amount is already grouped for the locale (1,980); $sign is "-" for a discount, else empty.
common-yen = { $sign }{ $amount }엔

## Data allowances. $amount is already formatted for the locale.
common-data-mb = { $amount }MB
common-data-gb = { $amount }GB
common-data-unlimited = 무제한

## Durations.
common-days = { $count }일
## A purchase of $count periods of $days days each; $total = $count × $days.
common-periods =
    { $count ->
        [1] { $days }일
       *[other] { $count }회분(총 { $total }일)
    }

common-yes = 예
common-no = 아니요
