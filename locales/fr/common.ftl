# Mots partagés par tous les domaines. Responsable : i18n.

## Noms des langues, en français (le sélecteur montre chaque nom dans sa propre écriture).
common-lang-ja = Japonais
common-lang-en = Anglais
common-lang-zh-hans = Chinois (simplifié)
common-lang-zh-hant = Chinois (traditionnel)
common-lang-ko = Coréen
common-lang-th = Thaï
common-lang-vi = Vietnamien
common-lang-id = Indonésien
common-lang-es = Espagnol
common-lang-fr = Français
common-lang-de = Allemand

## Prix. $amount est déjà groupé (1 980) ; $sign vaut "-" pour une remise, sinon vide.
## CLDR fr : montant, espace insécable, symbole.
common-yen = { $sign }{ $amount } ¥

## Volumes de données. $amount est déjà formaté (1,5). En français : Mo et Go.
common-data-mb = { $amount } Mo
common-data-gb = { $amount } Go
common-data-unlimited = Illimité

## Durées. En français, 0 et 1 sont au singulier.
common-days =
    { $count ->
        [one] { $count } jour
        [many] { $count } de jours
       *[other] { $count } jours
    }
## Un achat de $count périodes de $days jours ; $total = $count × $days.
common-periods =
    { $count ->
        [1] { $days } jours
       *[other] { $count } × { $days } jours ({ $total } jours)
    }

common-yes = Oui
common-no = Non
