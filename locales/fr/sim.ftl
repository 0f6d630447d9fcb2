# Saisie de la SIM : messages d’erreur sur ce que le client a tapé. Responsable : domain (src/domain/sim.rs).
# IDs de SimIdError::fluent_id() ; variables de SimIdError::fluent_args().

sim-error-empty = Saisissez votre numéro de téléphone ou l’ICCID imprimé sur votre carte SIM.
# $ch : le caractère tapé ; $position : sa place dans la saisie, à partir de 1.
sim-error-invalid-character = « { $ch } » n’est pas accepté ici (caractère { $position }). Utilisez uniquement des chiffres.
# $digits : chiffres saisis ; $expected : chiffres nécessaires.
sim-error-too-short =
    { $digits ->
        [one] Seulement { $digits } chiffre pour l’instant : il en faut { $expected }.
       *[other] Seulement { $digits } chiffres pour l’instant : il en faut { $expected }.
    }
# $digits : chiffres saisis ; $max : le maximum autorisé.
sim-error-too-long = Trop de chiffres ({ $digits }) : { $max } au maximum. Vérifiez le numéro.
# $prefix : le début du numéro, par ex. 03.
sim-error-not-mobile = Les numéros commençant par { $prefix } ne sont pas des numéros mobiles. Au Japon, les numéros mobiles commencent par 070, 080 ou 090.
# $digits : le numéro sans son 0 initial.
sim-error-missing-zero = Le 0 initial semble manquer. Vouliez-vous dire 0{ $digits } ?
# $code : l’indicatif de pays tapé.
sim-error-foreign-country = +{ $code } n’est pas l’indicatif du Japon. Saisissez votre numéro japonais (+81 ou commençant par 0).
# $found : les deux premiers chiffres tapés.
sim-error-iccid-prefix = Un ICCID commence par 89, mais celui-ci commence par { $found }. Vérifiez le numéro sur votre carte SIM.
sim-error-iccid-check-digit = Cet ICCID n’est pas valide : un chiffre est sans doute mal saisi. Comparez-le avec votre carte SIM.
