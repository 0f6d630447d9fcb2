# 터치 화면 문구. 담당: ui. 모든 ID는 `ui-`로 시작. (한국어)

## 모든 화면 위쪽 막대
ui-high-contrast = 고대비
ui-large-text = 큰 글씨
ui-back = 뒤로
ui-cancel = 취소
ui-step = { $total }단계 중 { $current }단계
ui-step-short = { $current }/{ $total }

## 대기 화면 (모든 언어가 함께 표시됨)
ui-attract-title = 유심 충전
ui-attract-touch = 화면을 터치하여 시작하세요
ui-attract-from = 요금제 { $price }부터

## 언어 선택
ui-language-title = 언어를 선택하세요

## SIM 확인
ui-identify-title-number = 유심의 전화번호를 입력하세요
ui-identify-hint-number = 070, 080, 090으로 시작하는 11자리
ui-identify-title-iccid = 유심 카드에 인쇄된 ICCID를 입력하세요
ui-identify-hint-iccid = 89로 시작하는 19자리 또는 20자리
ui-identify-use-iccid = 번호를 모르시나요? ICCID로 입력
ui-identify-use-number = 전화번호로 입력
ui-identify-submit = 다음
ui-keypad-delete = 지우기
ui-keypad-clear = 모두 지우기
ui-identify-looking-up = 유심을 조회하고 있습니다…
ui-lookup-not-found = 이 유심을 찾을 수 없습니다. 번호를 확인하고 다시 시도해 주세요.
ui-lookup-unavailable = 지금은 통신사에 연결할 수 없습니다. 몇 분 후에 다시 시도해 주세요.

## SIM 상태
ui-status-title = 고객님의 유심
ui-status-carrier = 통신사
ui-status-plan = 현재 요금제
ui-status-data-left = 남은 데이터
ui-status-expires = 유효기간(일본 시간)
ui-status-continue = 요금제 선택
ui-status-expired = 유효기간 만료({ $days }일 전)
ui-status-expires-today = 오늘 유효기간 만료
ui-status-expires-soon = 유효기간 { $days }일 남음
ui-status-no-data = 남은 데이터 없음

## 요금제
ui-plans-title = 요금제를 선택하세요
ui-plans-per-period = { $days }일 기준
ui-plans-periods-title = 몇 회분을 구매하시겠습니까?
ui-plans-saving = { $amount } 할인
ui-plans-next = 주문 확인
ui-plans-none = 이 키오스크에는 이 유심에 맞는 요금제가 없습니다. 직원에게 문의해 주세요.

## 주문 확인
ui-review-title = 주문 내용을 확인하세요
ui-review-sim = 유심
ui-review-plan = 요금제
ui-review-subtotal = 소계
ui-review-discount-periods = 다회분 할인({ $periods }회분 이상, { $percent }%)
ui-review-discount-promo = 프로모션: { $name }
ui-review-total = 합계
ui-review-tax = 소비세 { $rate }% 포함: { $amount }
ui-review-pay = 카드로 결제
ui-review-pay-wallet = PayPay로 결제
ui-review-item = { $name } · { $periods }
ui-review-new-expiry = 새 유효기간(일본 시간)
ui-review-carry-over = 남은 데이터는 이월됩니다
ui-review-no-carry-over = 남은 데이터는 이월되지 않습니다

## 카드 단말기 결제
ui-pay-title = 카드 단말기에서 결제해 주세요
ui-pay-amount = 결제 금액
ui-pay-follow = 화면 아래 카드 단말기의 안내를 따라 주세요.
ui-pay-cancel = 결제 취소
ui-pay-no-cancel = 결제를 처리하고 있습니다. 이제 취소할 수 없습니다.

## QR wallet payment: the code on the screen
ui-wallet-title = 모바일 결제로 QR 코드를 스캔해 주세요
ui-wallet-accepted = 사용할 수 있는 결제 수단: { $wallets }
ui-wallet-time-left = QR 코드 유효 시간: 남은 시간 { $time }
ui-wallet-how = 결제 앱을 열고 QR 코드를 스캔해 주세요.

## 처리 중
ui-processing-title = 유심을 충전하고 있습니다…
ui-processing-body = 결제가 완료되었습니다. 몇 초 정도 걸리니 잠시만 기다려 주세요.

## 영수증
ui-receipt-title = 영수증을 받아 가세요
ui-receipt-printing = 영수증을 인쇄하고 있습니다…
ui-receipt-qr = 이 코드를 스캔하면 전자 영수증을 볼 수 있습니다
ui-receipt-paper-out = 영수증을 인쇄하지 못했습니다. 유심 충전은 완료되었습니다. 코드를 스캔해 전자 영수증을 확인하시거나 직원에게 종이 영수증을 요청해 주세요.
ui-receipt-finish = 종료

## 완료
ui-done-title = 모두 완료되었습니다!
## The success mark above the title: a symbol, the same in every language.
ui-done-mark = ✓
ui-done-back = 잠시 후 처음 화면으로 돌아갑니다.
ui-done-finish = 종료

## 결제되지 않았을 때
ui-failed-title = 결제가 완료되지 않았습니다
ui-failed-title-cancelled = 결제를 취소했습니다
ui-failed-title-declined = 카드가 거절되었습니다
ui-failed-title-printer = 지금은 결제를 받을 수 없습니다
ui-failed-title-reversed = 결제 금액이 카드로 환불되었습니다
ui-failed-title-operator = 직원을 불러 주세요
ui-failed-declined = 카드가 거절되었습니다. 요금은 청구되지 않았습니다. 다른 카드로 시도해 보세요.
ui-failed-aborted = 결제가 취소되었습니다. 요금은 청구되지 않았습니다.
ui-failed-printer = 영수증 프린터가 준비되지 않아 지금은 결제할 수 없습니다. 요금은 청구되지 않았습니다.
ui-failed-terminal = 카드 단말기에 문제가 생겼습니다. 요금은 청구되지 않았습니다.
ui-failed-reversed = 유심을 충전하지 못해 결제 금액을 카드로 환불했습니다.
ui-failed-operator = 결제 후 문제가 발생했습니다. 직원에게 이 번호를 보여 주세요: { $reference }
ui-failed-title-wallet-refused = 결제가 승인되지 않았습니다
ui-failed-wallet-refused = 결제 앱에서 결제가 승인되지 않았습니다. 요금은 청구되지 않았습니다. 다시 시도하거나 다른 방법으로 결제해 주세요.
ui-failed-title-wallet-expired = QR 코드가 만료되었습니다
ui-failed-wallet-expired = 결제 전에 QR 코드가 만료되었습니다. 요금은 청구되지 않았습니다. 새 코드로 다시 시도할 수 있습니다.
ui-failed-title-wallet-unavailable = 지금은 QR 결제를 이용할 수 없습니다
ui-failed-wallet-unavailable = QR 결제 서비스가 응답하지 않습니다. 요금은 청구되지 않았습니다. 다른 방법으로 결제하거나 잠시 후 다시 시도해 주세요.
ui-failed-title-wallet-returned = 결제 금액이 결제 앱으로 환불되었습니다
ui-failed-wallet-returned = 유심을 충전하지 못해 결제 금액을 결제 앱으로 환불했습니다.
ui-failed-title-wallet-unconfirmed = 다시 결제하지 마세요
ui-failed-wallet-unconfirmed = 결제가 완료되었는지 확인할 수 없습니다. 결제가 완료되었다면 결제 앱으로 자동 환불됩니다. 도움이 필요하면 직원에게 이 번호를 보여 주세요: { $reference }
ui-failed-retry = 다시 시도
ui-failed-finish = 종료

## 서비스 중단 (모든 언어가 함께 표시됨)
ui-oos-title = 일시적으로 서비스를 중단합니다
ui-oos-terminal = 카드 단말기를 사용할 수 없습니다.
ui-oos-printer = 영수증 프린터를 사용할 수 없습니다.
ui-oos-carrier = 통신사에 연결할 수 없습니다.
ui-oos-operator = 직원이 키오스크를 점검하고 있습니다.

## "시간이 더 필요하신가요?"
ui-idle-title = 시간이 더 필요하신가요?
ui-idle-countdown = { $seconds }초 후 처음 화면으로 돌아갑니다
ui-idle-more = 계속하기

## 직원용 PIN (왼쪽 위를 길게 누르면 열림)
ui-operator-title = 직원 메뉴
ui-operator-pin = 직원용 PIN을 입력하세요
ui-operator-unavailable = 이 버전에는 직원용 화면이 없어 아직 PIN을 확인할 수 없습니다.
ui-operator-close = 닫기

# Frame and input screens: the ICCID hint (identify), the idle prompt's second button, the
# greeting on the language screen (shown in every language at once)
ui-language-hello = 환영합니다
ui-idle-start-over = 처음부터 다시
ui-identify-iccid-where = ICCID 확인 위치
ui-identify-iccid-card = SIM이 붙어 있던 카드나 포장
ui-identify-iccid-iphone = iPhone: 설정 › 일반 › 정보
ui-identify-iccid-android = Android: 설정 › 휴대전화 정보 › SIM 상태
