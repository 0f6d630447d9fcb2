# The touch screens. Owner: ui. Every id starts with `ui-`.

## Every screen: the bar at the top.
ui-high-contrast = High contrast
ui-large-text = Large text
ui-back = Back
ui-cancel = Cancel
# $current of $total steps (numbers): the customer's step in the header.
ui-step = Step { $current } of { $total }
# The same, where there is no room for words (large text in portrait).
ui-step-short = { $current }/{ $total }

## Attract screen (each language's line is shown at once, in its own script).
ui-attract-title = Renew your data SIM
ui-attract-touch = Touch the screen to start
# $price: the lowest price of one period of any plan (already formatted, ¥1,980).
ui-attract-from = Plans from { $price }

## Language screen.
ui-language-title = Choose your language

## Identify the SIM.
ui-identify-title-number = Enter the phone number of your SIM
ui-identify-hint-number = 11 digits, starting with 070, 080 or 090
ui-identify-title-iccid = Enter the ICCID printed on your SIM card
ui-identify-hint-iccid = 19 or 20 digits, starting with 89
ui-identify-use-iccid = No number? Use the ICCID
ui-identify-use-number = Use the phone number instead
ui-identify-submit = Continue
ui-keypad-delete = Delete
ui-keypad-clear = Clear
ui-identify-looking-up = Looking up your SIM…
ui-lookup-not-found = We could not find this SIM. Please check the number and try again.
ui-lookup-unavailable = We cannot reach the mobile carrier right now. Please try again in a few minutes.

## Status of the SIM.
ui-status-title = Your SIM
ui-status-carrier = Carrier
ui-status-plan = Current plan
ui-status-data-left = Data left
ui-status-expires = Valid until (Japan time)
ui-status-continue = Choose a plan
ui-status-expired =
    { $days ->
        [one] Expired yesterday
       *[other] Expired { $days } days ago
    }
ui-status-expires-today = Expires today
ui-status-expires-soon =
    { $days ->
        [one] Expires tomorrow
       *[other] Expires in { $days } days
    }
ui-status-no-data = No data left

## Plans.
ui-plans-title = Choose a plan
ui-plans-per-period =
    { $days ->
        [one] per day
       *[other] per { $days } days
    }
ui-plans-periods-title = How many periods at once?
ui-plans-saving = Save { $amount }
ui-plans-next = Review order
ui-plans-none = There are no plans for this SIM at this kiosk. Please ask staff.

## Review.
ui-review-title = Check your order
ui-review-sim = SIM
ui-review-plan = Plan
ui-review-subtotal = Subtotal
ui-review-discount-periods = Discount for { $periods }+ periods at once ({ $percent }%)
ui-review-discount-promo = Promotion: { $name }
ui-review-total = Total
ui-review-tax = Includes { $rate }% consumption tax: { $amount }
ui-review-pay = Pay by card
ui-review-pay-wallet = Pay by PayPay
ui-review-item = { $name } · { $periods }
ui-review-new-expiry = New expiry (Japan time)
ui-review-carry-over = Unused data carries over
ui-review-no-carry-over = Unused data does not carry over

## Paying at the card terminal.
ui-pay-title = Pay at the card terminal
ui-pay-amount = Amount to pay
ui-pay-follow = Follow the instructions on the card terminal below the screen.
ui-pay-cancel = Cancel payment
ui-pay-no-cancel = The payment is going through. It can no longer be cancelled.

## QR wallet payment: the code on the screen
ui-wallet-title = Scan the code with your wallet app
ui-wallet-accepted = Accepted: { $wallets }
ui-wallet-time-left = This code is valid for { $time } more.
ui-wallet-how = Open the app, tap Scan and point the camera at the QR code.

## Processing.
ui-processing-title = Renewing your SIM…
ui-processing-body = Your payment was accepted. This takes a few seconds; please wait.

## Receipt.
ui-receipt-title = Please take your receipt
ui-receipt-printing = Printing your receipt…
ui-receipt-qr = Scan this code for your e-receipt
ui-receipt-paper-out = The printer could not print your receipt. Your SIM is renewed. Scan the code for your e-receipt, or ask staff for a printed copy.
ui-receipt-finish = Finish

## Done.
ui-done-title = All done!
## The success mark above the title: a symbol, the same in every language.
ui-done-mark = ✓
ui-done-back = The start screen comes back in a few seconds.
ui-done-finish = Finish

## The sale did not go through.
ui-failed-title = The payment did not go through
ui-failed-title-cancelled = Payment cancelled
ui-failed-title-declined = Card declined
ui-failed-title-printer = Payments are paused
ui-failed-title-reversed = Payment returned to your card
ui-failed-title-operator = Please ask staff
ui-failed-declined = Your card was declined. Nothing was charged. You can try another card.
ui-failed-aborted = The payment was cancelled. Nothing was charged.
ui-failed-printer = The receipt printer is not ready, so we cannot take payments right now. Nothing was charged.
ui-failed-terminal = The card terminal had a problem. Nothing was charged.
ui-failed-reversed = Your SIM could not be renewed, so the payment was returned to your card.
ui-failed-operator = Something went wrong after your payment. Please show this reference to staff: { $reference }
ui-failed-title-wallet-refused = Payment not accepted
ui-failed-wallet-refused = Your payment app did not accept the payment. Nothing was charged. You can try again or pay another way.
ui-failed-title-wallet-expired = The QR code has expired
ui-failed-wallet-expired = The QR code expired before it was paid. Nothing was charged. You can try again with a new code.
ui-failed-title-wallet-unavailable = QR payment is not available
ui-failed-wallet-unavailable = The QR payment service is not answering. Nothing was charged. Please pay another way or try again later.
ui-failed-title-wallet-returned = Payment returned to your app
ui-failed-wallet-returned = Your SIM was not renewed, so your payment was returned to your payment app.
ui-failed-title-wallet-unconfirmed = Please do not pay again
ui-failed-wallet-unconfirmed = We could not confirm whether your payment went through. If it did, it will be returned to your payment app automatically. If you need help, show this reference to staff: { $reference }
ui-failed-retry = Try again
ui-failed-finish = Finish

## Out of service (each language's line is shown at once).
ui-oos-title = Temporarily out of service
ui-oos-terminal = The card terminal is not working.
ui-oos-printer = The receipt printer is not working.
ui-oos-carrier = The mobile carrier cannot be reached.
ui-oos-operator = Staff are servicing this kiosk.

## "Need more time?" prompt.
ui-idle-title = Do you need more time?
ui-idle-countdown =
    { $seconds ->
        [one] Returning to the start in { $seconds } second
       *[other] Returning to the start in { $seconds } seconds
    }
ui-idle-more = Yes, more time

## Staff PIN pad (opened by a long press in the top-left corner).
ui-operator-title = Staff access
ui-operator-pin = Enter the staff PIN
ui-operator-unavailable = Staff screens are not installed in this version, so the PIN cannot be checked yet.
ui-operator-close = Close

# Frame and input screens: the ICCID hint (identify), the idle prompt's second button, the
# greeting on the language screen (shown in every language at once)
ui-language-hello = Welcome
ui-idle-start-over = Start over
ui-identify-iccid-where = Where to find it
ui-identify-iccid-card = The card or box your SIM came in
ui-identify-iccid-iphone = iPhone: Settings › General › About
ui-identify-iccid-android = Android: Settings › About phone › SIM status
