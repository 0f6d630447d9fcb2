# Textos de las pantallas táctiles. Responsable: ui. Cada ID empieza por `ui-`.

## Todas las pantallas: la barra superior.
ui-high-contrast = Alto contraste
ui-large-text = Texto grande
ui-back = Atrás
ui-cancel = Cancelar

ui-step = Paso { $current } de { $total }
ui-step-short = { $current }/{ $total }

## Pantalla de inicio (cada idioma a la vez, en su escritura).
ui-attract-title = Renueve su SIM de datos
ui-attract-touch = Toque la pantalla para empezar
ui-attract-from = Planes desde { $price }

## Idioma.
ui-language-title = Elija su idioma

## Identificar la SIM.
ui-identify-title-number = Introduzca el número de teléfono de su SIM
ui-identify-hint-number = 11 dígitos que empiezan por 070, 080 o 090
ui-identify-title-iccid = Introduzca el ICCID de su tarjeta SIM
ui-identify-hint-iccid = 19 o 20 dígitos que empiezan por 89
ui-identify-use-iccid = ¿No tiene número? Use el ICCID
ui-identify-use-number = Usar el número de teléfono
ui-identify-submit = Continuar
ui-keypad-delete = Borrar
ui-keypad-clear = Borrar todo
ui-identify-looking-up = Buscando su SIM…
ui-lookup-not-found = No encontramos esta SIM. Compruebe el número e inténtelo de nuevo.
ui-lookup-unavailable = Ahora no podemos conectar con el operador móvil. Inténtelo de nuevo en unos minutos.

## Estado de la SIM.
ui-status-title = Su SIM
ui-status-carrier = Operador
ui-status-plan = Plan actual
ui-status-data-left = Datos restantes
ui-status-expires = Válida hasta (hora de Japón)
ui-status-continue = Elegir un plan
ui-status-expired =
    { $days ->
        [one] Caducó ayer
       *[other] Caducó hace { $days } días
    }
ui-status-expires-today = Caduca hoy
ui-status-expires-soon =
    { $days ->
        [one] Caduca mañana
       *[other] Caduca dentro de { $days } días
    }
ui-status-no-data = Sin datos

## Planes.
ui-plans-title = Elija un plan
ui-plans-per-period =
    { $days ->
        [one] por día
       *[other] por { $days } días
    }
ui-plans-periods-title = ¿Cuántos periodos a la vez?
ui-plans-saving = Ahorre { $amount }
ui-plans-next = Revisar pedido
ui-plans-none = No hay planes para esta SIM en este quiosco. Consulte al personal.

## Revisión.
ui-review-title = Revise su pedido
ui-review-sim = SIM
ui-review-plan = Plan
ui-review-subtotal = Subtotal
ui-review-discount-periods = Descuento desde { $periods } periodos ({ $percent } %)
ui-review-discount-promo = Promoción: { $name }
ui-review-total = Total
ui-review-tax = Incluye impuesto al consumo del { $rate } %: { $amount }
ui-review-pay = Pagar con tarjeta
ui-review-pay-wallet = Pagar con PayPay
ui-review-item = { $name } · { $periods }
ui-review-new-expiry = Nueva fecha de caducidad (hora de Japón)
ui-review-carry-over = Los datos no usados se acumulan
ui-review-no-carry-over = Los datos no usados no se acumulan

## Pago en el terminal de tarjetas.
ui-pay-title = Pague en el terminal de tarjetas
ui-pay-amount = Importe a pagar
ui-pay-follow = Siga las instrucciones del terminal de tarjetas, debajo de la pantalla.
ui-pay-cancel = Cancelar el pago
ui-pay-no-cancel = El pago está en curso. Ya no se puede cancelar.

ui-wallet-title = Escanee el código QR con su app de pago
ui-wallet-accepted = Se acepta: { $wallets }
ui-wallet-time-left = Este código QR caduca en { $time }.
ui-wallet-how = Abra la app, toque Escanear y apunte la cámara al código QR.

## Procesando.
ui-processing-title = Renovando su SIM…
ui-processing-body = Su pago se ha aceptado. Esto tarda unos segundos; espere, por favor.

## Recibo.
ui-receipt-title = Recoja su recibo
ui-receipt-printing = Imprimiendo su recibo…
ui-receipt-qr = Escanee este código para obtener su recibo electrónico
ui-receipt-paper-out = No se pudo imprimir su recibo. Su SIM está renovada. Escanee el código para ver el recibo electrónico o pida una copia impresa al personal.
ui-receipt-finish = Terminar

## Listo.
ui-done-title = ¡Listo!
## La marca de éxito sobre el título: un símbolo, igual en todos los idiomas.
ui-done-mark = ✓
ui-done-back = En unos segundos volverá a la pantalla de inicio.
ui-done-finish = Terminar

## La venta no se completó.
ui-failed-title = El pago no se completó
ui-failed-title-cancelled = Pago cancelado
ui-failed-title-declined = Tarjeta rechazada
ui-failed-title-printer = Pagos no disponibles
ui-failed-title-reversed = Pago devuelto a su tarjeta
ui-failed-title-operator = Consulte al personal
ui-failed-declined = Su tarjeta fue rechazada. No se ha cobrado nada. Puede probar con otra tarjeta.
ui-failed-aborted = El pago se canceló. No se ha cobrado nada.
ui-failed-printer = La impresora de recibos no está lista, así que ahora no podemos aceptar pagos. No se ha cobrado nada.
ui-failed-terminal = El terminal de tarjetas tuvo un problema. No se ha cobrado nada.
ui-failed-reversed = No se pudo renovar su SIM, así que el pago se ha devuelto a su tarjeta.
ui-failed-operator = Hubo un problema después del pago. Muestre esta referencia al personal: { $reference }
ui-failed-title-wallet-refused = Pago no aceptado
ui-failed-wallet-refused = Su app de pago no aceptó el pago. No se ha cobrado nada. Puede intentarlo de nuevo o pagar de otra forma.
ui-failed-title-wallet-expired = El código QR ha caducado
ui-failed-wallet-expired = El código QR caducó antes de completarse el pago. No se ha cobrado nada. Puede intentarlo de nuevo con un código nuevo.
ui-failed-title-wallet-unavailable = El pago con código QR no está disponible
ui-failed-wallet-unavailable = El servicio de pago con código QR no responde. No se ha cobrado nada. Pague de otra forma o inténtelo más tarde.
ui-failed-title-wallet-returned = Pago devuelto a su app
ui-failed-wallet-returned = No se pudo renovar su SIM, así que el pago se ha devuelto a su app de pago.
ui-failed-title-wallet-unconfirmed = No vuelva a pagar
ui-failed-wallet-unconfirmed = No hemos podido comprobar si su pago se realizó. Si fue así, se le devolverá automáticamente a su app de pago. Si necesita ayuda, muestre esta referencia al personal: { $reference }
ui-failed-retry = Intentar de nuevo
ui-failed-finish = Terminar

## Fuera de servicio (cada idioma a la vez).
ui-oos-title = Fuera de servicio temporalmente
ui-oos-terminal = El terminal de tarjetas no funciona.
ui-oos-printer = La impresora de recibos no funciona.
ui-oos-carrier = No se puede conectar con el operador móvil.
ui-oos-operator = El personal está revisando este quiosco.

## «¿Necesita más tiempo?»
ui-idle-title = ¿Necesita más tiempo?
ui-idle-countdown =
    { $seconds ->
        [one] Volvemos al inicio en { $seconds } segundo
       *[other] Volvemos al inicio en { $seconds } segundos
    }
ui-idle-more = Sí, más tiempo

## PIN del personal (pulsación larga arriba a la izquierda).
ui-operator-title = Acceso del personal
ui-operator-pin = Introduzca el PIN del personal
ui-operator-unavailable = Las pantallas del personal no están instaladas en esta versión, así que aún no se puede comprobar el PIN.
ui-operator-close = Cerrar

# Pantallas de entrada: dónde está el ICCID (identificar), segundo botón del aviso de inactividad,
# saludo de la pantalla de idiomas (todos los idiomas a la vez)
ui-language-hello = Bienvenido
ui-idle-start-over = Reiniciar
ui-identify-iccid-where = Dónde encontrarlo
ui-identify-iccid-card = En la tarjeta o la caja de su SIM
ui-identify-iccid-iphone = iPhone: Ajustes › General › Información
ui-identify-iccid-android = Android: Ajustes › Información del teléfono › Estado de la SIM
