# Nội dung màn hình cảm ứng. Phụ trách: ui. Mọi ID bắt đầu bằng `ui-`.

## Mọi màn hình: thanh trên cùng.
ui-high-contrast = Tương phản cao
ui-large-text = Chữ lớn
ui-back = Quay lại
ui-cancel = Hủy

ui-step = Bước { $current }/{ $total }
ui-step-short = { $current }/{ $total }

## Màn hình chờ (mọi ngôn ngữ hiện cùng lúc, mỗi thứ tiếng bằng chữ của nó).
ui-attract-title = Gia hạn SIM data
ui-attract-touch = Chạm vào màn hình để bắt đầu
ui-attract-from = Gói cước từ { $price }

## Chọn ngôn ngữ.
ui-language-title = Vui lòng chọn ngôn ngữ

## Nhận dạng SIM.
ui-identify-title-number = Vui lòng nhập số điện thoại SIM
ui-identify-hint-number = 11 chữ số, bắt đầu bằng 070, 080 hoặc 090
ui-identify-title-iccid = Vui lòng nhập ICCID trên thẻ SIM
ui-identify-hint-iccid = 19 hoặc 20 chữ số, bắt đầu bằng 89
ui-identify-use-iccid = Không có số điện thoại? Dùng ICCID
ui-identify-use-number = Dùng số điện thoại
ui-identify-submit = Tiếp tục
ui-keypad-delete = Xóa
ui-keypad-clear = Xóa hết
ui-identify-looking-up = Đang tìm SIM của quý khách…
ui-lookup-not-found = Không tìm thấy SIM này. Vui lòng kiểm tra lại số và thử lại.
ui-lookup-unavailable = Hiện không kết nối được với nhà mạng. Vui lòng thử lại sau vài phút.

## Trạng thái SIM.
ui-status-title = SIM của quý khách
ui-status-carrier = Nhà mạng
ui-status-plan = Gói cước hiện tại
ui-status-data-left = Dung lượng còn lại
ui-status-expires = Hạn sử dụng (giờ Nhật Bản)
ui-status-continue = Chọn gói cước
ui-status-expired =
    { $days ->
        [1] Đã hết hạn từ hôm qua
       *[other] Đã hết hạn { $days } ngày trước
    }
ui-status-expires-today = Hết hạn hôm nay
ui-status-expires-soon =
    { $days ->
        [1] Hết hạn vào ngày mai
       *[other] Còn { $days } ngày nữa là hết hạn
    }
ui-status-no-data = Đã hết dung lượng

## Gói cước.
ui-plans-title = Vui lòng chọn gói cước
ui-plans-per-period = cho { $days } ngày
ui-plans-periods-title = Mua bao nhiêu kỳ cùng lúc?
ui-plans-saving = Tiết kiệm { $amount }
ui-plans-next = Xem lại đơn hàng
ui-plans-none = Máy này không có gói cước cho SIM này. Vui lòng hỏi nhân viên.

## Xem lại đơn hàng.
ui-review-title = Kiểm tra đơn hàng
ui-review-sim = SIM
ui-review-plan = Gói cước
ui-review-subtotal = Tạm tính
ui-review-discount-periods = Giảm giá khi mua từ { $periods } kỳ ({ $percent }%)
ui-review-discount-promo = Khuyến mãi: { $name }
ui-review-total = Tổng cộng
ui-review-tax = Đã gồm thuế tiêu dùng { $rate }%: { $amount }
ui-review-pay = Thanh toán bằng thẻ
ui-review-pay-wallet = Thanh toán bằng PayPay
ui-review-item = { $name } · { $periods }
ui-review-new-expiry = Hạn sử dụng mới (giờ Nhật Bản)
ui-review-carry-over = Dung lượng chưa dùng được cộng dồn
ui-review-no-carry-over = Dung lượng chưa dùng không được cộng dồn

## Thanh toán tại máy thanh toán thẻ.
ui-pay-title = Thanh toán tại máy thanh toán thẻ
ui-pay-amount = Số tiền cần trả
ui-pay-follow = Vui lòng làm theo hướng dẫn trên máy thanh toán thẻ bên dưới màn hình.
ui-pay-cancel = Hủy thanh toán
ui-pay-no-cancel = Giao dịch đang được xử lý, không thể hủy được nữa.

ui-wallet-title = Vui lòng quét mã QR bằng ví điện tử của quý khách
ui-wallet-accepted = Chấp nhận: { $wallets }
ui-wallet-time-left = Mã QR này còn hiệu lực trong { $time }.
ui-wallet-how = Mở ứng dụng, chạm vào Quét rồi hướng camera vào mã QR.

## Đang xử lý.
ui-processing-title = Đang gia hạn SIM…
ui-processing-body = Đã nhận thanh toán. Việc này mất vài giây, vui lòng chờ.

## Biên lai.
ui-receipt-title = Vui lòng nhận biên lai
ui-receipt-printing = Đang in biên lai…
ui-receipt-qr = Quét mã để xem biên lai điện tử
ui-receipt-paper-out = Không in được biên lai. SIM của quý khách đã được gia hạn. Vui lòng quét mã để xem biên lai điện tử hoặc nhờ nhân viên in bản giấy.
ui-receipt-finish = Hoàn tất

## Hoàn tất.
ui-done-title = Giao dịch hoàn tất!
## Dấu thành công phía trên tiêu đề: một ký hiệu, giống nhau ở mọi ngôn ngữ.
ui-done-mark = ✓
ui-done-back = Máy sẽ quay về màn hình đầu sau vài giây.
ui-done-finish = Hoàn tất

## Giao dịch không thành công.
ui-failed-title = Thanh toán không thành công
ui-failed-title-cancelled = Đã hủy thanh toán
ui-failed-title-declined = Thẻ bị từ chối
ui-failed-title-printer = Tạm ngừng nhận thanh toán
ui-failed-title-reversed = Đã hoàn tiền về thẻ
ui-failed-title-operator = Vui lòng liên hệ nhân viên
ui-failed-declined = Thẻ của quý khách bị từ chối. Quý khách không bị trừ tiền. Quý khách có thể thử thẻ khác.
ui-failed-aborted = Thanh toán đã bị hủy. Quý khách không bị trừ tiền.
ui-failed-printer = Máy in biên lai chưa sẵn sàng nên hiện chưa thể nhận thanh toán. Quý khách không bị trừ tiền.
ui-failed-terminal = Máy thanh toán thẻ gặp sự cố. Quý khách không bị trừ tiền.
ui-failed-reversed = Không gia hạn được SIM nên tiền đã được hoàn về thẻ của quý khách.
ui-failed-operator = Đã xảy ra sự cố sau khi thanh toán. Vui lòng đưa mã tham chiếu này cho nhân viên: { $reference }
ui-failed-title-wallet-refused = Thanh toán không được chấp nhận
ui-failed-wallet-refused = Ví điện tử của quý khách đã từ chối khoản thanh toán này. Quý khách không bị trừ tiền. Quý khách có thể thử lại hoặc thanh toán bằng cách khác.
ui-failed-title-wallet-expired = Mã QR đã hết hạn
ui-failed-wallet-expired = Mã QR đã hết hạn trước khi được thanh toán. Quý khách không bị trừ tiền. Quý khách có thể thử lại với mã mới.
ui-failed-title-wallet-unavailable = Hiện không thể thanh toán bằng mã QR
ui-failed-wallet-unavailable = Dịch vụ thanh toán bằng mã QR không phản hồi. Quý khách không bị trừ tiền. Vui lòng thanh toán bằng cách khác hoặc thử lại sau.
ui-failed-title-wallet-returned = Đã hoàn tiền về ví điện tử
ui-failed-wallet-returned = Không gia hạn được SIM nên tiền đã được hoàn về ví điện tử của quý khách.
ui-failed-title-wallet-unconfirmed = Vui lòng không thanh toán lại
ui-failed-wallet-unconfirmed = Chúng tôi không thể xác nhận khoản thanh toán của quý khách đã thành công hay chưa. Nếu đã thành công, tiền sẽ được tự động hoàn về ví điện tử của quý khách. Nếu cần hỗ trợ, vui lòng đưa mã tham chiếu này cho nhân viên: { $reference }
ui-failed-retry = Thử lại
ui-failed-finish = Hoàn tất

## Tạm ngừng phục vụ (mọi ngôn ngữ hiện cùng lúc).
ui-oos-title = Tạm ngừng phục vụ
ui-oos-terminal = Máy thanh toán thẻ không hoạt động.
ui-oos-printer = Máy in biên lai không hoạt động.
ui-oos-carrier = Không kết nối được với nhà mạng.
ui-oos-operator = Nhân viên đang bảo trì máy này.

## "Cần thêm thời gian?"
ui-idle-title = Quý khách cần thêm thời gian?
ui-idle-countdown = Quay về màn hình đầu sau { $seconds } giây
ui-idle-more = Thêm thời gian

## Mã PIN nhân viên (nhấn giữ ở góc trên bên trái).
ui-operator-title = Dành cho nhân viên
ui-operator-pin = Nhập mã PIN nhân viên
ui-operator-unavailable = Phiên bản này chưa cài màn hình nhân viên nên chưa thể kiểm tra mã PIN.
ui-operator-close = Đóng

# Màn hình nhập: chỗ tìm ICCID (nhận dạng), nút thứ hai khi hỏi thời gian,
# lời chào ở màn hình ngôn ngữ (mọi ngôn ngữ hiện cùng lúc)
ui-language-hello = Xin chào
ui-idle-start-over = Làm lại từ đầu
ui-identify-iccid-where = Tìm ở đâu?
ui-identify-iccid-card = Trên thẻ hoặc hộp đựng SIM
ui-identify-iccid-iphone = iPhone: Cài đặt › Cài đặt chung › Giới thiệu
ui-identify-iccid-android = Android: Cài đặt › Giới thiệu về điện thoại › Trạng thái SIM
