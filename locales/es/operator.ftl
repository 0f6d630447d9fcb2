# Modo personal (pantallas tras el PIN). Lo lee el personal de la tienda.
# Caracteres que las vistas del personal ponen entre mensajes, listados para que los
# subconjuntos de fuentes los incluyan (tools/subset-fonts.sh lee estos archivos): · → × ( ) / -

## Común
op-back = Atrás
op-cancel = Cancelar
op-refresh = Actualizar
op-loading = Cargando…
op-working = Procesando… espere, por favor.
op-ok = Correcto
op-unknown = Desconocido
op-action-failed = No se completó:
op-leave = Volver a las pantallas del cliente
op-idle-hint = El modo personal se cierra solo tras 2 minutos sin tocar la pantalla.

## PIN
op-pin-wrong = PIN incorrecto. { $remaining ->
    [one] Queda { $remaining } intento antes de bloquear el teclado.
   *[other] Quedan { $remaining } intentos antes de bloquear el teclado.
}
op-pin-locked = Demasiados PIN incorrectos. El teclado está bloqueado; inténtelo de nuevo en { $time }.
op-pin-disabled = El modo personal está desactivado: no hay PIN en kiosk.toml ([operator] pin_hash).
op-pin-too-short = El PIN del personal tiene de 6 a 8 dígitos.
op-pin-checking = Comprobando el PIN…

## Inicio: estado de los dispositivos
op-home-title = Menú del personal
op-terminal = Terminal de tarjetas
op-terminal-not-ready = No está listo (código { $code })
op-no-answer = Sin respuesta: { $error }
op-printer = Impresora de recibos
op-printer-offline = Desconectada
op-printer-cover-open = Tapa abierta
op-printer-error = Error: { $error }
op-paper = Papel
op-paper-ok = Correcto
op-paper-near-end = Queda poco: cámbielo pronto
op-paper-out = Sin papel
op-carrier = Operador
op-carrier-last = { $backend } – última renovación { $time }
op-carrier-none = { $backend } – aún sin renovaciones
op-service = Ventas
op-service-on = En servicio
op-service-off = Fuera de servicio (activado por el personal)
op-menu-decisions = Transacciones por revisar
op-menu-decisions-count = Transacciones por revisar ({ $count })
op-menu-reprint = Reimprimir un recibo
op-menu-end-of-day = Cierre del día
op-menu-service = Fuera de servicio / detener el quiosco

## Transacciones que requieren una decisión
op-decisions-title = Transacciones por revisar
op-decisions-none = Nada que revisar. Todas las transacciones están cerradas.
op-decision-title = Transacción
op-decision-in-progress = Puede que una venta aún esté procesando esta. Inténtelo de nuevo en unos minutos.
op-decision-no-action = Aquí no hay nada que hacer; la recuperación la termina sola.
op-decision-gone = Esta transacción ya no está en espera.
op-history = Historial
op-field-state = Estado
op-field-amount = Importe
op-amount-value = { $amount } (impuesto { $tax })
op-field-sim = SIM
op-field-plan = Plan
op-field-card = Tarjeta
op-field-approval = Código de autorización
op-field-receipt-no = N.º de comprobante del terminal
op-field-started = Inicio
op-field-id = ID de transacción
op-field-renewed-until = Renovada hasta
op-field-note = Última nota
op-action-retry = Reintentar la renovación
op-action-reverse = Reembolsar el pago
op-action-resolve = Marcar como resuelta con una nota
op-action-reprint = Imprimir el recibo
op-confirm-retry = ¿Renovar de nuevo esta SIM con la solicitud original? El operador nunca renueva dos veces por un mismo pago.
op-confirm-reverse = ¿Devolver este pago a la tarjeta? No se puede deshacer.
op-settled-renewed = Renovada. Imprima el recibo para el cliente.
op-settled-reversed = El pago se ha reembolsado.
op-settled-resolved = Marcada como resuelta.

## Nota
op-note-title = Resolver con una nota
op-note-presets = Elija una nota o escriba una:
op-note-empty = (aún sin nota)
op-note-refunded-cash = Reembolsado en efectivo en el mostrador
op-note-terminal-no-charge = Comprobado en el terminal: sin cargo
op-note-customer-renewed = El cliente confirma que la SIM está renovada
op-note-duplicate = Intento duplicado; no hace falta hacer nada
op-key-space = Espacio

## Reimprimir
op-reprint-title = Reimprimir un recibo
op-reprint-last = Reimprimir el último recibo
op-reprint-recent = Recibos recientes
op-reprint-none = Aún no hay recibos para reimprimir.
op-reprint-done = Se ha impreso el recibo.
op-reprint-not-printed = La impresora no imprimió. Revise el papel y la tapa e inténtelo de nuevo.

## Cierre del día
op-eod-title = Cierre del día
op-eod-explain = Cierra el día del terminal de tarjetas e imprime el informe diario del quiosco. El informe también se guarda.
op-eod-run = Hacer el cierre del día
op-eod-complete = Cierre del día completado.
op-eod-incomplete = El cierre del día terminó con problemas.
op-eod-day = Día
op-eod-terminal = Terminal de tarjetas
op-eod-terminal-closed = Día cerrado
op-eod-terminal-failed = No cerrado: { $error }
op-eod-slip = Comprobante del informe
op-eod-printed = Impreso
op-eod-not-printed = No impreso
op-eod-transactions = Transacciones
op-eod-renewals = Renovaciones
op-eod-reversals = Reembolsos
op-eod-count-amount = { $count } / { $amount }
op-eod-open = Por revisar
op-eod-stored = Informe guardado (registro { $id }).

## Fuera de servicio y salir
op-service-title = Fuera de servicio
op-service-turn-off = Detener las ventas (fuera de servicio)
op-service-turn-on = Reanudar las ventas
op-service-explain = «Fuera de servicio» indica a los clientes que el quiosco está cerrado. Sigue así tras un reinicio hasta que el personal reanude las ventas.
op-service-now-off = El quiosco está ahora fuera de servicio.
op-service-now-on = El quiosco vuelve a vender.
op-quit-title = Detener el quiosco
op-quit-explain = Cierra el programa del quiosco (para mantenimiento). La pantalla queda apagada hasta que se vuelva a iniciar.
op-quit = Detener el programa del quiosco
op-quit-confirm = ¿Detener ahora el programa del quiosco? Los clientes no podrán usarlo hasta que se vuelva a iniciar.
op-quit-yes = Detener ahora

## Estados del registro
op-state-created = Iniciada
op-state-payment-requested = Pago solicitado
op-state-payment-approved = Pago aprobado
op-state-payment-declined = Pago rechazado
op-state-payment-aborted = Pago cancelado
op-state-payment-failed = Pago fallido
op-state-renewal-requested = Renovación solicitada
op-state-renewed = Renovada
op-state-renewal-failed = Renovación fallida
op-state-reversal-requested = Reembolso solicitado
op-state-reversed = Reembolsada
op-state-receipt-printed = Recibo impreso
op-state-receipt-failed = Recibo pendiente
op-state-done = Terminada
op-state-needs-operator = Requiere personal
op-state-resolved = Resuelta por el personal

# El cierre del día pide confirmación antes de empezar (añadido con el paso de confirmación)
op-eod-confirm = ¿Hacer ahora el cierre del día? Cierra el día del terminal de tarjetas y no se puede deshacer.
op-eod-confirm-run = Sí, hacer el cierre del día

## Payments by QR wallet
op-field-method = Pagado con
op-method-card = Tarjeta
op-field-wallet-status = Estado según el proveedor
op-field-wallet-payment-id = ID de pago del proveedor
op-decision-waiting-provider = Esperando a que { $method } confirme si se pagó. El quiosco vuelve a preguntar cada 30 segundos y devuelve el pago si lo encuentra; no hay que hacer nada ahora.
op-decision-waiting-provider-renew = Esperando a que { $method } confirme si se pagó. El quiosco vuelve a preguntar cada 30 segundos: si se pagó, renueva la SIM; si no, cierra la venta. No hay que hacer nada ahora.
op-decision-waiting-badge = Esperando a { $method }
op-confirm-reverse-wallet = ¿Devolver este pago a la cuenta de { $method } del cliente? No se puede deshacer.
op-eod-card = Renovaciones pagadas con tarjeta (lote del terminal)
op-eod-wallet = Renovaciones pagadas con { $method } (fuera del lote del terminal)
