# Recibo impreso (適格簡易請求書, factura simplificada cualificada). Responsable: printer.
# Los títulos se imprimen «<japonés> / <español>»; el lado japonés viene del archivo ja.

receipt-title = Recibo (factura simplificada cualificada)
receipt-reprint = REIMPRESIÓN
receipt-issuer = Emisor
receipt-registration = N.º de registro de facturas
receipt-date = Fecha
receipt-kiosk = Quiosco
receipt-transaction = N.º de transacción
receipt-items = Concepto
receipt-days =
    { $count ->
        [one] { $count } día
        [many] { $count } de días
       *[other] { $count } días
    }
## $price ya está formateado (3980 ¥); $count es el número de periodos, $total sus días.
receipt-unit-periods =
    { $count ->
        [1] { $price } ({ $total } días)
       *[other] { $price } × { $count } ({ $total } días)
    }
## Datos y duración de un artículo, ya formateados ($data «20 GB», $days «30 días»).
receipt-item-detail = { $data } · { $days }
receipt-unit-price = Precio
receipt-subtotal = Subtotal
receipt-discount-periods = Descuento desde { $periods } periodos ({ $percent } %)
receipt-discount-promotion = Promoción: { $name }
receipt-total = Total
receipt-tax-base = Base imponible al 10 %
receipt-tax-contained = Incl. impuesto al consumo (10 %)
receipt-payment = Pago
receipt-card = Tarjeta
receipt-approval = Código de autorización
receipt-slip-no = N.º de comprobante
receipt-trace-no = N.º de traza
receipt-sim = SIM
receipt-new-expiry = Válida hasta
receipt-qr-hint = Escanee para ver este recibo en línea
## $contact: teléfono o dirección de kiosk.toml.
receipt-support = Atención al cliente: { $contact }
receipt-thanks = ¡Gracias y buen viaje!
receipt-test-title = Página de prueba de la impresora
receipt-test-sample = Muestra de letras: á é í ñ ó ú ü ¿ ¡ · 1234 ¥
