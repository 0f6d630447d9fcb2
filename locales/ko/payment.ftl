# 카드 단말기가 고객에게 보여 주는 메시지 (ZVT 코드 대응은 src/payment/zvt/messages.rs).

pay-insert-card = 카드를 넣거나 대거나 긁어 주세요.
pay-watch-pin = 카드 단말기의 안내에 따라 비밀번호를 입력해 주세요.
pay-wait-host = 카드사에 연결하고 있습니다. 잠시 기다려 주세요.
pay-remove-card = 카드를 빼 주세요.
pay-please-wait = 잠시 기다려 주세요…
pay-confirm-amount = 카드 단말기에서 금액을 확인해 주세요.
pay-processing = 결제를 처리하고 있습니다…
pay-approved = 결제가 승인되었습니다. 감사합니다.
pay-declined = 카드사에서 결제를 거절했습니다. 다른 카드를 사용해 주세요.
pay-declined-host = 카드사에서 결제를 승인하지 않았습니다. 다른 카드를 사용해 주세요.
pay-card-not-accepted = 이 카드는 여기에서 사용할 수 없습니다. 다른 카드를 사용해 주세요.
pay-card-unknown = 이 카드를 인식할 수 없습니다. 다른 카드를 사용해 주세요.
pay-card-expired = 유효기간이 지난 카드입니다. 다른 카드를 사용해 주세요.
pay-card-unreadable = 카드를 읽을 수 없습니다. 다시 시도하거나 다른 카드를 사용해 주세요.
pay-processing-error = 결제 처리 중 오류가 발생했습니다. 요금은 청구되지 않았습니다.
pay-not-possible = 지금은 결제할 수 없습니다. 잠시 후 다시 시도해 주세요.
pay-insufficient-funds = 잔액 또는 한도가 부족하여 결제가 승인되지 않았습니다.
pay-wrong-pin = 비밀번호가 올바르지 않습니다. 다시 입력해 주세요.
pay-pin-tries-exceeded = 비밀번호 입력 횟수를 초과했습니다. 카드사에 문의해 주세요.
pay-aborted = 결제가 취소되었습니다. 요금은 청구되지 않았습니다.
pay-wrong-currency = 이 카드는 일본 엔화로 결제할 수 없습니다. 다른 카드를 사용해 주세요.
pay-terminal-unavailable = 카드 단말기가 준비되지 않았습니다. 직원에게 문의해 주세요.
pay-host-unavailable = 지금은 카드 네트워크에 연결할 수 없습니다. 몇 분 후 다시 시도해 주세요.
pay-terminal-error = 카드 단말기에서 오류가 발생했습니다. 요금은 청구되지 않았습니다.
pay-already-reversed = 이 결제는 이미 환불되었습니다.
pay-reversal-not-possible = 이 결제는 여기에서 환불할 수 없습니다. 직원에게 문의해 주세요.
pay-amount-too-large = 금액이 이 카드의 한도를 초과합니다. 다른 카드를 사용해 주세요.
pay-amount-too-small = 이 금액은 카드로 결제할 수 없습니다.
pay-failed = 결제를 완료하지 못했습니다. 다른 카드를 사용해 주세요.

# The payment is kept and the renewal is being applied (the carrier has not answered yet).
pay-pending-title = 결제가 안전하게 기록되었습니다
pay-pending-body = 유심 충전을 처리하고 있습니다. 몇 분 걸릴 수 있으니 여기서 기다리지 않으셔도 됩니다.
pay-pending-reference = 번호: { $reference }
pay-pending-staff = 30분이 지나도 유심이 충전되지 않으면 이 번호를 직원에게 보여 주세요.
