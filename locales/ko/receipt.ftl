# 인쇄 영수증(간이 적격청구서). 담당: printer.

receipt-title = 영수증(간이 적격청구서)
receipt-reprint = 재발행
receipt-issuer = 발행 사업자
receipt-registration = 등록번호
receipt-date = 일시
receipt-kiosk = 키오스크
receipt-transaction = 거래번호
receipt-items = 품목
receipt-days = { $count }일
receipt-unit-periods =
    { $count ->
        [1] { $price }({ $total }일)
       *[other] { $price } × { $count }회분(총 { $total }일)
    }
receipt-item-detail = { $data } · { $days }
receipt-unit-price = 단가
receipt-subtotal = 소계
receipt-discount-periods = 다회분 할인({ $periods }회분 이상, { $percent }%)
receipt-discount-promotion = 프로모션: { $name }
receipt-total = 합계
receipt-tax-base = 10% 과세 대상
receipt-tax-contained = 소비세 포함(10%)
receipt-payment = 결제
receipt-card = 카드
receipt-approval = 승인번호
receipt-slip-no = 전표번호
receipt-trace-no = 추적번호
receipt-sim = 유심
receipt-new-expiry = 새 유효기간
receipt-qr-hint = 스캔하여 온라인으로 영수증 확인
receipt-support = 고객센터: { $contact }
receipt-thanks = 이용해 주셔서 감사합니다. 즐거운 여행 되세요!
receipt-test-title = 프린터 테스트 페이지
receipt-test-sample = 자형: 直 骨 · ¥1,234
