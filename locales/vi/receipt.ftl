# Biên lai in (適格簡易請求書, hóa đơn đơn giản hợp lệ). Phụ trách: printer.
# Tiêu đề in dạng "<tiếng Nhật> / <tiếng Việt>"; phần tiếng Nhật lấy từ tệp ja.

receipt-title = Biên lai (hóa đơn đơn giản hợp lệ)
receipt-reprint = IN LẠI
receipt-issuer = Đơn vị phát hành
receipt-registration = Số đăng ký hóa đơn
receipt-date = Ngày giờ
receipt-kiosk = Máy
receipt-transaction = Số giao dịch
receipt-items = Nội dung
receipt-days = { $count } ngày
## $price đã được định dạng (3.980 ¥); $count là số kỳ đã mua, $total là tổng số ngày.
receipt-unit-periods =
    { $count ->
        [1] { $price } ({ $total } ngày)
       *[other] { $price } × { $count } kỳ ({ $total } ngày)
    }
## Dung lượng và thời hạn của một mục, đã định dạng ($data "20 GB", $days "30 ngày").
receipt-item-detail = { $data } · { $days }
receipt-unit-price = Đơn giá
receipt-subtotal = Tạm tính
receipt-discount-periods = Giảm giá khi mua từ { $periods } kỳ ({ $percent }%)
receipt-discount-promotion = Khuyến mãi: { $name }
receipt-total = Tổng cộng
receipt-tax-base = Giá tính thuế 10%
receipt-tax-contained = Đã gồm thuế tiêu dùng (10%)
receipt-payment = Thanh toán
receipt-card = Thẻ
receipt-approval = Mã chấp thuận
receipt-slip-no = Số phiếu máy thẻ
receipt-trace-no = Số truy vết
receipt-sim = SIM
receipt-new-expiry = Hạn sử dụng mới
receipt-qr-hint = Quét mã để xem biên lai trực tuyến
## $contact: điện thoại hoặc địa chỉ trong kiosk.toml.
receipt-support = Hỗ trợ: { $contact }
receipt-thanks = Xin cảm ơn và chúc quý khách chuyến đi vui vẻ!
receipt-test-title = Trang in thử
receipt-test-sample = Mẫu chữ: ă â đ ê ô ơ ư ạ ả ã ẵ ự · 1.234 ¥
