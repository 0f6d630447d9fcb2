# Mensajes del terminal de tarjetas para el cliente (src/payment/zvt/messages.rs asigna los códigos ZVT).

pay-insert-card = Inserte su tarjeta o acérquela al terminal.
pay-watch-pin = Siga las instrucciones del terminal de tarjetas e introduzca su PIN.
pay-wait-host = Conectando con su banco. Espere, por favor.
pay-remove-card = Retire su tarjeta.
pay-please-wait = Espere, por favor…
pay-confirm-amount = Confirme el importe en el terminal de tarjetas.
pay-processing = Procesando el pago…
pay-approved = Pago aprobado. Gracias.
pay-declined = Su banco ha rechazado el pago. Pruebe con otra tarjeta.
pay-declined-host = Su banco no ha autorizado el pago. Pruebe con otra tarjeta.
pay-card-not-accepted = Esta tarjeta no se acepta aquí. Pruebe con otra tarjeta.
pay-card-unknown = No se reconoce esta tarjeta. Pruebe con otra tarjeta.
pay-card-expired = Esta tarjeta está caducada. Use otra tarjeta.
pay-card-unreadable = No se pudo leer la tarjeta. Inténtelo de nuevo o use otra tarjeta.
pay-processing-error = Hubo un problema al procesar el pago. No se ha cobrado nada.
pay-not-possible = Ahora no es posible pagar. Inténtelo más tarde.
pay-insufficient-funds = Pago rechazado: el saldo o el límite disponible no es suficiente.
pay-wrong-pin = PIN incorrecto. Inténtelo de nuevo.
pay-pin-tries-exceeded = Demasiados PIN incorrectos. Contacte con su banco.
pay-aborted = El pago se canceló. No se ha cobrado nada.
pay-wrong-currency = Con esta tarjeta no se puede pagar en yenes japoneses. Use otra tarjeta.
pay-terminal-unavailable = El terminal de tarjetas no está listo. Pida ayuda al personal.
pay-host-unavailable = No se puede conectar con la red de tarjetas. Inténtelo de nuevo en unos minutos.
pay-terminal-error = El terminal de tarjetas indicó un error. No se ha cobrado nada.
pay-already-reversed = Este pago ya se ha reembolsado.
pay-reversal-not-possible = Este pago no se puede reembolsar aquí. Pida ayuda al personal.
pay-amount-too-large = El importe supera el límite de esta tarjeta. Use otra tarjeta.
pay-amount-too-small = El importe es demasiado bajo para pagar con tarjeta.
pay-failed = No se pudo completar el pago. Pruebe con otra tarjeta.

# El pago está guardado y la renovación se está aplicando (el operador aún no ha respondido).
pay-pending-title = Su pago está registrado
pay-pending-body = Estamos aplicando la renovación de su SIM. Puede tardar unos minutos y no hace falta que espere aquí.
pay-pending-reference = Referencia: { $reference }
pay-pending-staff = Si su SIM no se renueva en 30 minutos, muestre esta referencia al personal.
