# Chế độ nhân viên (các màn hình sau mã PIN). Nhân viên cửa hàng đọc.
# Các ký tự mà màn hình nhân viên đặt giữa các thông báo, liệt kê để bộ phông rút gọn có đủ
# (tools/subset-fonts.sh đọc các tệp này): · → × ( ) / -

## Chung
op-back = Quay lại
op-cancel = Hủy
op-refresh = Làm mới
op-loading = Đang tải…
op-working = Đang xử lý… vui lòng chờ.
op-ok = OK
op-unknown = Không rõ
op-action-failed = Chưa hoàn tất:
op-leave = Về màn hình khách hàng
op-idle-hint = Chế độ nhân viên tự đóng sau 2 phút không chạm.

## Mã PIN
op-pin-wrong = Sai mã PIN. Còn { $remaining } lần thử trước khi bàn phím bị khóa.
op-pin-locked = Sai mã PIN quá nhiều lần. Bàn phím đã bị khóa; thử lại sau { $time }.
op-pin-disabled = Chế độ nhân viên đang tắt: chưa đặt mã PIN trong kiosk.toml ([operator] pin_hash).
op-pin-too-short = Mã PIN nhân viên có từ 6 đến 8 chữ số.
op-pin-checking = Đang kiểm tra mã PIN…

## Trang chính: trạng thái thiết bị
op-home-title = Menu nhân viên
op-terminal = Máy thanh toán thẻ
op-terminal-not-ready = Chưa sẵn sàng (mã { $code })
op-no-answer = Không phản hồi: { $error }
op-printer = Máy in biên lai
op-printer-offline = Mất kết nối
op-printer-cover-open = Nắp đang mở
op-printer-error = Lỗi: { $error }
op-paper = Giấy
op-paper-ok = OK
op-paper-near-end = Sắp hết — cần thay sớm
op-paper-out = Hết giấy
op-carrier = Nhà mạng
op-carrier-last = { $backend } — lần gia hạn gần nhất { $time }
op-carrier-none = { $backend } — chưa có lần gia hạn nào
op-service = Bán hàng
op-service-on = Đang phục vụ
op-service-off = Ngừng phục vụ (do nhân viên đặt)
op-menu-decisions = Giao dịch cần kiểm tra
op-menu-decisions-count = Giao dịch cần kiểm tra ({ $count })
op-menu-reprint = In lại biên lai
op-menu-end-of-day = Chốt ngày
op-menu-service = Ngừng phục vụ / tắt máy

## Giao dịch cần quyết định
op-decisions-title = Giao dịch cần kiểm tra
op-decisions-none = Không có gì cần kiểm tra. Mọi giao dịch đã xong.
op-decision-title = Giao dịch
op-decision-in-progress = Có thể một lượt bán vẫn đang xử lý giao dịch này. Thử lại sau vài phút.
op-decision-no-action = Không cần làm gì ở đây; quá trình khôi phục sẽ tự hoàn tất.
op-decision-gone = Giao dịch này không còn chờ nữa.
op-history = Lịch sử
op-field-state = Trạng thái
op-field-amount = Số tiền
op-amount-value = { $amount } (thuế { $tax })
op-field-sim = SIM
op-field-plan = Gói cước
op-field-card = Thẻ
op-field-approval = Mã chấp thuận
op-field-receipt-no = Số phiếu máy thẻ
op-field-started = Bắt đầu
op-field-id = Mã giao dịch
op-field-renewed-until = Gia hạn đến
op-field-note = Ghi chú gần nhất
op-action-retry = Gia hạn lại
op-action-reverse = Hoàn tiền
op-action-resolve = Đánh dấu đã xử lý kèm ghi chú
op-action-reprint = In biên lai
op-confirm-retry = Gia hạn lại SIM này theo yêu cầu ban đầu? Nhà mạng không bao giờ gia hạn hai lần cho một lần thanh toán.
op-confirm-reverse = Hoàn khoản thanh toán này về thẻ? Không thể hoàn tác.
op-settled-renewed = Đã gia hạn. Hãy in biên lai cho khách.
op-settled-reversed = Đã hoàn tiền.
op-settled-resolved = Đã đánh dấu là đã xử lý.

## Ghi chú
op-note-title = Xử lý kèm ghi chú
op-note-presets = Chọn một ghi chú hoặc tự nhập:
op-note-empty = (chưa có ghi chú)
op-note-refunded-cash = Đã hoàn tiền mặt tại quầy
op-note-terminal-no-charge = Đã kiểm tra trên máy thẻ: không bị trừ tiền
op-note-customer-renewed = Khách xác nhận SIM đã được gia hạn
op-note-duplicate = Giao dịch trùng; không cần xử lý
op-key-space = Dấu cách

## In lại
op-reprint-title = In lại biên lai
op-reprint-last = In lại biên lai gần nhất
op-reprint-recent = Biên lai gần đây
op-reprint-none = Chưa có biên lai nào để in lại.
op-reprint-done = Đã in biên lai.
op-reprint-not-printed = Máy in không in được. Kiểm tra giấy và nắp máy rồi thử lại.

## Chốt ngày
op-eod-title = Chốt ngày
op-eod-explain = Chốt ngày trên máy thanh toán thẻ và in báo cáo ngày của máy. Báo cáo cũng được lưu lại.
op-eod-run = Thực hiện chốt ngày
op-eod-complete = Đã chốt ngày xong.
op-eod-incomplete = Chốt ngày xong nhưng có lỗi.
op-eod-day = Ngày
op-eod-terminal = Máy thanh toán thẻ
op-eod-terminal-closed = Đã chốt ngày
op-eod-terminal-failed = Chưa chốt: { $error }
op-eod-slip = Phiếu báo cáo
op-eod-printed = Đã in
op-eod-not-printed = Chưa in
op-eod-transactions = Giao dịch
op-eod-renewals = Lượt gia hạn
op-eod-reversals = Lượt hoàn tiền
op-eod-count-amount = { $count } / { $amount }
op-eod-open = Còn cần kiểm tra
op-eod-stored = Đã lưu báo cáo (bản ghi { $id }).

## Ngừng phục vụ và thoát
op-service-title = Ngừng phục vụ
op-service-turn-off = Ngừng bán (ngừng phục vụ)
op-service-turn-on = Mở bán lại
op-service-explain = "Ngừng phục vụ" cho khách biết máy đang đóng. Trạng thái này giữ nguyên sau khi khởi động lại cho đến khi nhân viên mở bán lại.
op-service-now-off = Máy đã ngừng phục vụ.
op-service-now-on = Máy đã mở bán trở lại.
op-quit-title = Tắt máy
op-quit-explain = Đóng chương trình của máy (để bảo trì). Màn hình sẽ tắt cho đến khi chương trình được chạy lại.
op-quit = Tắt chương trình
op-quit-confirm = Tắt chương trình ngay? Khách không thể sử dụng cho đến khi chương trình được chạy lại.
op-quit-yes = Tắt ngay

## Trạng thái trong nhật ký
op-state-created = Bắt đầu
op-state-payment-requested = Đã yêu cầu thanh toán
op-state-payment-approved = Thanh toán được chấp thuận
op-state-payment-declined = Thanh toán bị từ chối
op-state-payment-aborted = Đã hủy thanh toán
op-state-payment-failed = Thanh toán thất bại
op-state-renewal-requested = Đã yêu cầu gia hạn
op-state-renewed = Đã gia hạn
op-state-renewal-failed = Gia hạn thất bại
op-state-reversal-requested = Đã yêu cầu hoàn tiền
op-state-reversed = Đã hoàn tiền
op-state-receipt-printed = Đã in biên lai
op-state-receipt-failed = Chưa in được biên lai
op-state-done = Xong
op-state-needs-operator = Cần nhân viên
op-state-resolved = Nhân viên đã xử lý

# Chốt ngày hỏi lại trước khi chạy (thêm cùng bước xác nhận)
op-eod-confirm = Chốt ngày ngay bây giờ? Thao tác này chốt ngày trên máy thanh toán thẻ và không thể hoàn tác.
op-eod-confirm-run = Có, chốt ngày

## Payments by QR wallet
op-field-method = Phương thức thanh toán
op-method-card = Thẻ
op-field-wallet-status = Trạng thái từ nhà cung cấp
op-field-wallet-payment-id = Mã thanh toán của nhà cung cấp
op-decision-waiting-provider = Đang chờ { $method } xác nhận giao dịch này đã được thanh toán hay chưa. Máy tự hỏi lại mỗi 30 giây và sẽ hoàn tiền nếu thấy khoản thanh toán; hiện không cần thao tác.
op-decision-waiting-provider-renew = Đang chờ { $method } xác nhận giao dịch này đã được thanh toán hay chưa. Máy tự hỏi lại mỗi 30 giây: nếu đã thanh toán thì gia hạn SIM, nếu chưa thì đóng giao dịch; hiện không cần thao tác.
op-decision-waiting-badge = Đang chờ { $method }
op-confirm-reverse-wallet = Hoàn khoản thanh toán này về tài khoản { $method } của khách? Không thể hoàn tác.
op-eod-card = Lượt gia hạn thanh toán bằng thẻ (lô của máy thẻ)
op-eod-wallet = Lượt gia hạn thanh toán bằng { $method } (không thuộc lô của máy thẻ)
