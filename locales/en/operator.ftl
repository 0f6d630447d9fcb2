# Operator mode (staff screens behind the PIN pad). Read by shop staff.
# Characters the operator views put between messages, listed so the font subsets carry them
# (tools/subset-fonts.sh reads these files): · → × ( ) / -

## Common
op-back = Back
op-cancel = Cancel
op-refresh = Refresh
op-loading = Loading…
op-working = Working… please wait.
op-ok = OK
op-unknown = Unknown
op-action-failed = This did not complete:
op-leave = Back to customer screens
op-idle-hint = Staff mode closes by itself after 2 minutes without a touch.

## PIN pad
op-pin-wrong = Wrong PIN. { $remaining ->
    [one] 1 more try before the pad locks.
   *[other] { $remaining } more tries before the pad locks.
}
op-pin-locked = Too many wrong PINs. The pad is locked; try again in { $time }.
op-pin-disabled = Staff mode is turned off: no PIN is set in kiosk.toml ([operator] pin_hash).
op-pin-too-short = The staff PIN has 6 to 8 digits.
op-pin-checking = Checking the PIN…

## Home: device status
op-home-title = Staff menu
op-terminal = Card terminal
op-terminal-not-ready = Not ready (code { $code })
op-no-answer = No answer: { $error }
op-printer = Receipt printer
op-printer-offline = Offline
op-printer-cover-open = Cover open
op-printer-error = Error: { $error }
op-paper = Paper
op-paper-ok = OK
op-paper-near-end = Running low — replace soon
op-paper-out = Out of paper
op-carrier = Carrier
op-carrier-last = { $backend } — last renewal { $time }
op-carrier-none = { $backend } — no renewal yet
op-service = Sales
op-service-on = In service
op-service-off = Out of service (set by staff)
op-menu-decisions = Transactions to check
op-menu-decisions-count = Transactions to check ({ $count })
op-menu-reprint = Reprint a receipt
op-menu-end-of-day = End of day
op-menu-service = Out of service / stop the kiosk

## Transactions needing a decision
op-decisions-title = Transactions to check
op-decisions-none = Nothing to check. Every transaction is settled.
op-decision-title = Transaction
op-decision-in-progress = A sale may still be working on this one. Try again in a few minutes.
op-decision-no-action = Nothing can be done here; recovery finishes it by itself.
op-decision-gone = This transaction is no longer waiting.
op-history = History
op-field-state = State
op-field-amount = Amount
op-amount-value = { $amount } (tax { $tax })
op-field-sim = SIM
op-field-plan = Plan
op-field-card = Card
op-field-approval = Approval code
op-field-receipt-no = Terminal receipt no.
op-field-started = Started
op-field-id = Transaction ID
op-field-renewed-until = Renewed until
op-field-note = Last note
op-action-retry = Retry the renewal
op-action-reverse = Refund the payment
op-action-resolve = Mark resolved with a note
op-action-reprint = Print the receipt
op-confirm-retry = Renew this SIM again with the original request? The carrier never renews twice for one payment.
op-confirm-reverse = Give this payment back to the card? This cannot be undone.
op-settled-renewed = Renewed. Print the receipt for the customer.
op-settled-reversed = The payment was refunded.
op-settled-resolved = Marked resolved.

## Note
op-note-title = Resolve with a note
op-note-presets = Choose a note, or type one:
op-note-empty = (no note yet)
op-note-refunded-cash = Refunded in cash at the counter
op-note-terminal-no-charge = Checked at the terminal: no charge
op-note-customer-renewed = Customer confirmed the SIM is renewed
op-note-duplicate = Duplicate attempt; no action needed
op-key-space = Space

## Reprint
op-reprint-title = Reprint a receipt
op-reprint-last = Reprint the last receipt
op-reprint-recent = Recent receipts
op-reprint-none = No receipt to reprint yet.
op-reprint-done = The receipt was printed.
op-reprint-not-printed = The printer did not print. Check paper and cover, then try again.

## End of day
op-eod-title = End of day
op-eod-explain = Closes the card terminal's day and prints the kiosk's daily report. The report is also stored.
op-eod-run = Run end of day
op-eod-complete = End of day complete.
op-eod-incomplete = End of day finished with problems.
op-eod-day = Day
op-eod-terminal = Card terminal
op-eod-terminal-closed = Day closed
op-eod-terminal-failed = Not closed: { $error }
op-eod-slip = Report slip
op-eod-printed = Printed
op-eod-not-printed = Not printed
op-eod-transactions = Transactions
op-eod-renewals = Renewals
op-eod-reversals = Refunds
op-eod-count-amount = { $count } / { $amount }
op-eod-open = Still to check
op-eod-stored = Report stored (record { $id }).

## Out of service and leaving
op-service-title = Out of service
op-service-turn-off = Stop sales (out of service)
op-service-turn-on = Resume sales
op-service-explain = Out of service shows customers that the kiosk is closed. It stays so after a restart until staff resume sales.
op-service-now-off = The kiosk is now out of service.
op-service-now-on = The kiosk is selling again.
op-quit-title = Stop the kiosk
op-quit-explain = Closes the kiosk program (for maintenance). The screen stays off until it is started again.
op-quit = Stop the kiosk program
op-quit-confirm = Stop the kiosk program now? Customers cannot use it until it is started again.
op-quit-yes = Stop now

## Journal states
op-state-created = Started
op-state-payment-requested = Payment requested
op-state-payment-approved = Payment approved
op-state-payment-declined = Payment declined
op-state-payment-aborted = Payment cancelled
op-state-payment-failed = Payment failed
op-state-renewal-requested = Renewal requested
op-state-renewed = Renewed
op-state-renewal-failed = Renewal failed
op-state-reversal-requested = Refund requested
op-state-reversed = Refunded
op-state-receipt-printed = Receipt printed
op-state-receipt-failed = Receipt owed
op-state-done = Done
op-state-needs-operator = Needs staff
op-state-resolved = Resolved by staff

# End of day asks before it runs (added with the confirmation step)
op-eod-confirm = Run end of day now? It closes the card terminal's day and cannot be undone.
op-eod-confirm-run = Yes, run end of day

## Payments by QR wallet
op-field-method = Paid with
op-method-card = Card
op-field-wallet-status = Provider status
op-field-wallet-payment-id = Provider payment ID
op-decision-waiting-provider = Waiting for { $method } to say whether this was paid. The kiosk asks again every 30 seconds and gives back a payment it finds; nothing to do now.
op-decision-waiting-provider-renew = Waiting for { $method } to say whether this was paid. The kiosk asks again every 30 seconds: if it was paid, it renews the SIM; if not, it closes the sale. Nothing to do now.
op-decision-waiting-badge = Waiting for { $method }
op-confirm-reverse-wallet = Give this payment back to the customer's { $method } account? This cannot be undone.
op-eod-card = Renewals paid by card (terminal's batch)
op-eod-wallet = Renewals paid by { $method } (not in the terminal's batch)
