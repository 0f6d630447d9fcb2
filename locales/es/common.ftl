# Palabras compartidas por todas las áreas. Responsable: i18n.

## Nombres de los idiomas, en español (el selector muestra cada nombre en su propia escritura).
common-lang-ja = Japonés
common-lang-en = Inglés
common-lang-zh-hans = Chino (simplificado)
common-lang-zh-hant = Chino (tradicional)
common-lang-ko = Coreano
common-lang-th = Tailandés
common-lang-vi = Vietnamita
common-lang-id = Indonesio
common-lang-es = Español
common-lang-fr = Francés
common-lang-de = Alemán

## Precios. $amount ya está agrupado (1980, 12.000); $sign es "-" en un descuento, si no, vacío.
## CLDR es: importe, espacio de no separación, símbolo.
common-yen = { $sign }{ $amount } ¥

## Datos. $amount ya está formateado (1,5).
common-data-mb = { $amount } MB
common-data-gb = { $amount } GB
common-data-unlimited = Ilimitado

## Duraciones.
common-days =
    { $count ->
        [one] { $count } día
        [many] { $count } de días
       *[other] { $count } días
    }
## Una compra de $count periodos de $days días; $total = $count × $days.
common-periods =
    { $count ->
        [1] { $days } días
       *[other] { $count } × { $days } días ({ $total } días)
    }

common-yes = Sí
common-no = No
