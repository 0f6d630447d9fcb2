# 직원 모드(PIN 입력 후의 직원용 화면).
# Characters the operator views put between messages, listed so the font subsets carry them
# (tools/subset-fonts.sh reads these files): · → × ( ) / -

## 공통
op-back = 뒤로
op-cancel = 취소
op-refresh = 새로 고침
op-loading = 불러오는 중…
op-working = 처리 중입니다. 잠시 기다려 주세요.
op-ok = 정상
op-unknown = 알 수 없음
op-action-failed = 완료하지 못했습니다:
op-leave = 고객 화면으로 돌아가기
op-idle-hint = 2분 동안 조작이 없으면 직원 모드가 자동으로 종료됩니다.

## PIN
op-pin-wrong = PIN이 틀렸습니다. { $remaining }번 더 틀리면 잠깁니다.
op-pin-locked = PIN을 여러 번 잘못 입력하여 잠겼습니다. { $time } 후에 다시 시도하세요.
op-pin-disabled = 직원 모드가 꺼져 있습니다. kiosk.toml에 PIN이 설정되어 있지 않습니다([operator] pin_hash).
op-pin-too-short = 직원 PIN은 6~8자리 숫자입니다.
op-pin-checking = PIN을 확인하는 중…

## 기기 상태
op-home-title = 직원 메뉴
op-terminal = 카드 단말기
op-terminal-not-ready = 사용 불가(코드 { $code })
op-no-answer = 응답 없음: { $error }
op-printer = 영수증 프린터
op-printer-offline = 오프라인
op-printer-cover-open = 커버 열림
op-printer-error = 오류: { $error }
op-paper = 용지
op-paper-ok = 정상
op-paper-near-end = 얼마 남지 않음 — 곧 교체하세요
op-paper-out = 용지 없음
op-carrier = 통신사
op-carrier-last = { $backend } (최근 충전 { $time })
op-carrier-none = { $backend } (아직 충전 없음)
op-service = 판매
op-service-on = 판매 중
op-service-off = 운영 중지(직원 설정)
op-menu-decisions = 확인이 필요한 거래
op-menu-decisions-count = 확인이 필요한 거래({ $count })
op-menu-reprint = 영수증 재발행
op-menu-end-of-day = 마감
op-menu-service = 운영 중지 / 프로그램 종료

## 확인이 필요한 거래
op-decisions-title = 확인이 필요한 거래
op-decisions-none = 확인할 거래가 없습니다.
op-decision-title = 거래 상세
op-decision-in-progress = 이 거래는 아직 처리 중일 수 있습니다. 몇 분 후에 다시 시도하세요.
op-decision-no-action = 여기서 할 수 있는 작업이 없습니다. 복구 처리가 자동으로 완료합니다.
op-decision-gone = 이 거래는 더 이상 확인 대기 중이 아닙니다.
op-history = 기록
op-field-state = 상태
op-field-amount = 금액
op-amount-value = { $amount } (세금 { $tax } 포함)
op-field-sim = 유심
op-field-plan = 요금제
op-field-card = 카드
op-field-approval = 승인 번호
op-field-receipt-no = 카드 단말기 전표 번호
op-field-started = 시작 시각
op-field-id = 거래 ID
op-field-renewed-until = 충전 후 유효기간
op-field-note = 최근 메모
op-action-retry = 충전 다시 시도
op-action-reverse = 결제 취소(환불)
op-action-resolve = 메모를 남기고 해결로 표시
op-action-reprint = 영수증 인쇄
op-confirm-retry = 원래 요청으로 이 유심의 충전을 다시 시도할까요? 한 번의 결제로 두 번 충전되지는 않습니다.
op-confirm-reverse = 이 결제를 취소하고 카드로 환불할까요? 되돌릴 수 없습니다.
op-settled-renewed = 충전했습니다. 고객에게 영수증을 인쇄해 주세요.
op-settled-reversed = 결제를 취소했습니다(환불 완료).
op-settled-resolved = 해결로 표시했습니다.

## 메모
op-note-title = 메모를 남기고 해결
op-note-presets = 메모를 선택하거나 입력하세요:
op-note-empty = (아직 메모 없음)
op-note-refunded-cash = 카운터에서 현금으로 환불함
op-note-terminal-no-charge = 카드 단말기에서 확인: 청구 없음
op-note-customer-renewed = 고객이 유심 충전을 확인함
op-note-duplicate = 중복 거래로 조치 불필요
op-key-space = 띄어쓰기

## 영수증 재발행
op-reprint-title = 영수증 재발행
op-reprint-last = 마지막 영수증 재발행
op-reprint-recent = 최근 영수증
op-reprint-none = 아직 재발행할 영수증이 없습니다.
op-reprint-done = 영수증을 인쇄했습니다.
op-reprint-not-printed = 인쇄하지 못했습니다. 용지와 커버를 확인한 후 다시 시도하세요.

## 마감
op-eod-title = 마감
op-eod-explain = 카드 단말기의 하루 거래를 마감하고 키오스크 일일 보고서를 인쇄합니다. 보고서는 저장도 됩니다.
op-eod-run = 마감 실행
op-eod-complete = 마감을 완료했습니다.
op-eod-incomplete = 마감은 끝났지만 문제가 있었습니다.
op-eod-day = 날짜
op-eod-terminal = 카드 단말기
op-eod-terminal-closed = 마감 완료
op-eod-terminal-failed = 마감하지 못함: { $error }
op-eod-slip = 보고서 인쇄
op-eod-printed = 인쇄함
op-eod-not-printed = 인쇄 안 됨
op-eod-transactions = 거래 수
op-eod-renewals = 충전
op-eod-reversals = 환불
op-eod-count-amount = { $count }건 / { $amount }
op-eod-open = 확인 필요
op-eod-stored = 보고서를 저장했습니다(기록 { $id }).

## 운영 중지와 종료
op-service-title = 운영 중지
op-service-turn-off = 판매 중지
op-service-turn-on = 판매 재개
op-service-explain = 운영 중지 중에는 고객에게 이용할 수 없다고 표시됩니다. 다시 시작해도 직원이 판매를 재개할 때까지 중지 상태가 유지됩니다.
op-service-now-off = 운영을 중지했습니다.
op-service-now-on = 판매를 재개했습니다.
op-quit-title = 프로그램 종료
op-quit-explain = 점검을 위해 키오스크 프로그램을 종료합니다. 다시 시작할 때까지 화면이 표시되지 않습니다.
op-quit = 키오스크 프로그램 종료
op-quit-confirm = 지금 종료할까요? 다시 시작할 때까지 고객이 이용할 수 없습니다.
op-quit-yes = 지금 종료

## 거래 상태
op-state-created = 시작
op-state-payment-requested = 결제 요청 중
op-state-payment-approved = 결제 승인됨
op-state-payment-declined = 결제 거절됨
op-state-payment-aborted = 결제 취소됨
op-state-payment-failed = 결제 실패
op-state-renewal-requested = 충전 요청 중
op-state-renewed = 충전됨
op-state-renewal-failed = 충전 실패
op-state-reversal-requested = 환불 요청 중
op-state-reversed = 환불됨
op-state-receipt-printed = 영수증 인쇄됨
op-state-receipt-failed = 영수증 미발행
op-state-done = 완료
op-state-needs-operator = 직원 확인 필요
op-state-resolved = 직원이 해결함

# End of day asks before it runs (added with the confirmation step)
op-eod-confirm = 지금 마감을 실행할까요? 카드 단말기의 오늘 거래가 마감되며 취소할 수 없습니다.
op-eod-confirm-run = 마감 실행

## Payments by QR wallet
op-field-method = 결제 수단
op-method-card = 카드
op-field-wallet-status = 결제사 상태
op-field-wallet-payment-id = 결제사 결제 ID
op-decision-waiting-provider = { $method }에서 이 결제의 완료 여부를 확인하는 중입니다. 키오스크가 30초마다 다시 확인하며, 결제가 확인되면 환불합니다. 지금은 할 일이 없습니다.
op-decision-waiting-provider-renew = { $method }에서 이 결제의 완료 여부를 확인하는 중입니다. 키오스크가 30초마다 다시 확인하며, 결제되었으면 SIM을 충전하고 결제되지 않았으면 거래를 종료합니다. 지금은 할 일이 없습니다.
op-decision-waiting-badge = { $method } 확인 대기 중
op-confirm-reverse-wallet = 이 결제를 고객의 { $method } 계정으로 환불할까요? 되돌릴 수 없습니다.
op-eod-card = 카드로 결제된 충전 (단말기 정산분)
op-eod-wallet = { $method }로 결제된 충전 (단말기 정산분에 포함되지 않음)
