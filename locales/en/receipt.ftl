# Printed receipt (simplified qualified invoice). Owner: printer.
# Headings are printed as "<Japanese> / <this language>"; the Japanese file gives the Japanese side.

receipt-title = Receipt (simplified qualified invoice)
receipt-reprint = REPRINT
receipt-issuer = Issuer
receipt-registration = Invoice Registration No.
receipt-date = Date
receipt-kiosk = Kiosk
receipt-transaction = Transaction No.
receipt-items = Description
receipt-days =
    { $count ->
        [one] { $count } day
       *[other] { $count } days
    }
## $price is already formatted (¥3,980); $count is the number of periods bought, $total their days.
receipt-unit-periods =
    { $count ->
        [1] { $price } ({ $total } days)
       *[other] { $price } × { $count } ({ $total } days)
    }
## One item's allowance and duration, already worded ($data "20 GB", $days "30 days").
receipt-item-detail = { $data } · { $days }
receipt-unit-price = Price
receipt-subtotal = Subtotal
receipt-discount-periods = Discount for { $periods }+ periods ({ $percent }%)
receipt-discount-promotion = Promotion: { $name }
receipt-total = Total
receipt-tax-base = 10% taxable amount
receipt-tax-contained = Incl. consumption tax (10%)
receipt-payment = Payment
receipt-card = Card
receipt-approval = Approval code
receipt-slip-no = Slip No.
receipt-trace-no = Trace No.
receipt-sim = SIM
receipt-new-expiry = New expiry date
receipt-qr-hint = Scan for this receipt online
## $contact: phone or address from kiosk.toml.
receipt-support = Support: { $contact }
receipt-thanks = Thank you, and have a good trip!
receipt-test-title = Printer test page
receipt-test-sample = Glyph forms: 直 骨 · ¥1,234
