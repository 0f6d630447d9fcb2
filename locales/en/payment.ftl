# Card terminal messages for the customer (src/payment/zvt/messages.rs maps ZVT codes here).

pay-insert-card = Please insert, tap or swipe your card.
pay-watch-pin = Please follow the instructions on the card terminal and enter your PIN.
pay-wait-host = Contacting your card issuer. Please wait.
pay-remove-card = Please remove your card.
pay-please-wait = Please wait…
pay-confirm-amount = Please confirm the amount on the card terminal.
pay-processing = Processing your payment…
pay-approved = Payment approved. Thank you.
pay-declined = Your card issuer declined the payment. Please try another card.
pay-declined-host = Your card issuer did not approve the payment. Please try another card.
pay-card-not-accepted = This card cannot be used here. Please try another card.
pay-card-unknown = This card is not recognised. Please try another card.
pay-card-expired = This card has expired. Please use another card.
pay-card-unreadable = The card could not be read. Please try again or use another card.
pay-processing-error = Something went wrong while processing the payment. You have not been charged.
pay-not-possible = Payment is not possible right now. Please try again later.
pay-insufficient-funds = The payment was declined: the available balance or limit is not enough.
pay-wrong-pin = Incorrect PIN. Please try again.
pay-pin-tries-exceeded = Too many incorrect PIN entries. Please contact your card issuer.
pay-aborted = The payment was cancelled. You have not been charged.
pay-wrong-currency = This card cannot pay in Japanese yen. Please use another card.
pay-terminal-unavailable = The card terminal is not ready. Please ask staff for help.
pay-host-unavailable = The card network cannot be reached right now. Please try again in a few minutes.
pay-terminal-error = The card terminal reported an error. You have not been charged.
pay-already-reversed = This payment has already been refunded.
pay-reversal-not-possible = This payment cannot be refunded here. Please ask staff for help.
pay-amount-too-large = The amount is above this card's limit. Please use another card.
pay-amount-too-small = The amount is too small for card payment.
pay-failed = The payment could not be completed. Please try another card.

# The payment is kept and the renewal is being applied (the carrier has not answered yet).
pay-pending-title = Your payment is safe
pay-pending-body = Your SIM renewal is being applied. It can take a few minutes, and you do not need to wait here.
pay-pending-reference = Reference: { $reference }
pay-pending-staff = If your SIM is not renewed within 30 minutes, please show this reference to staff.
