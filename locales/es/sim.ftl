# Entrada de la SIM: mensajes de error sobre lo que escribió el cliente. Responsable: domain (src/domain/sim.rs).
# IDs de SimIdError::fluent_id(); variables de SimIdError::fluent_args().

sim-error-empty = Introduzca su número de teléfono o el ICCID impreso en su tarjeta SIM.
# $ch: el carácter escrito; $position: su lugar en la entrada, contando desde 1.
sim-error-invalid-character = «{ $ch }» no se puede usar aquí (carácter { $position }). Use solo dígitos.
# $digits: dígitos escritos hasta ahora; $expected: dígitos necesarios.
sim-error-too-short =
    { $digits ->
        [one] Solo { $digits } dígito por ahora: se necesitan { $expected }.
       *[other] Solo { $digits } dígitos por ahora: se necesitan { $expected }.
    }
# $digits: dígitos escritos; $max: el máximo permitido.
sim-error-too-long = Demasiados dígitos ({ $digits }): como máximo { $max }. Compruebe el número.
# $prefix: el comienzo del número, p. ej. 03.
sim-error-not-mobile = Los números que empiezan por { $prefix } no son números de móvil. Los móviles japoneses empiezan por 070, 080 o 090.
# $digits: el número sin el 0 inicial.
sim-error-missing-zero = Parece que falta el 0 inicial. ¿Quería decir 0{ $digits }?
# $code: el prefijo de país escrito.
sim-error-foreign-country = +{ $code } no es el prefijo de Japón. Introduzca su número japonés (+81 o empezando por 0).
# $found: los dos primeros dígitos escritos.
sim-error-iccid-prefix = Un ICCID empieza por 89, pero este empieza por { $found }. Compruebe el número de su tarjeta SIM.
sim-error-iccid-check-digit = Este ICCID no es válido: seguramente hay un dígito mal escrito. Compárelo con su tarjeta SIM.
