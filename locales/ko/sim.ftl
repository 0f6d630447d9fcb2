# SIM 식별 번호 입력 오류 메시지. 담당: domain (src/domain/sim.rs)

sim-error-empty = 휴대전화 번호 또는 유심 카드에 인쇄된 ICCID를 입력해 주세요.
# $ch: 입력한 문자, $position: 몇 번째 문자인지(1부터)
sim-error-invalid-character = { $position }번째 문자 “{ $ch }”은(는) 사용할 수 없습니다. 숫자만 입력해 주세요.
# $digits: 입력한 자릿수, $expected: 필요한 자릿수
sim-error-too-short = 지금까지 { $digits }자리를 입력하셨습니다. { $expected }자리가 필요합니다.
# $digits: 입력한 자릿수, $max: 최대 자릿수
sim-error-too-long = { $digits }자리가 입력되었습니다. 최대 { $max }자리이니 번호를 확인해 주세요.
# $prefix: 번호 앞자리(예: 03)
sim-error-not-mobile = { $prefix }(으)로 시작하는 번호는 휴대전화 번호가 아닙니다. 일본 휴대전화 번호는 070, 080, 090으로 시작합니다.
# $digits: 맨 앞 0을 뺀 번호
sim-error-missing-zero = 맨 앞의 0이 빠진 것 같습니다. 0{ $digits } 번호가 맞나요?
# $code: 입력한 국가 번호
sim-error-foreign-country = +{ $code }은(는) 일본 국가 번호가 아닙니다. 일본 번호(+81 또는 0으로 시작)를 입력해 주세요.
# $found: 입력한 앞 두 자리
sim-error-iccid-prefix = ICCID는 89로 시작하지만 입력하신 번호는 { $found }(으)로 시작합니다. 유심 카드의 번호를 확인해 주세요.
sim-error-iccid-check-digit = ICCID가 올바르지 않습니다. 한 자리가 잘못 입력되었을 수 있으니 유심 카드의 번호와 비교해 주세요.
