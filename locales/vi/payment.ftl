# Thông báo của máy thanh toán thẻ cho khách (src/payment/zvt/messages.rs ánh xạ mã ZVT vào đây).

pay-insert-card = Vui lòng cắm thẻ hoặc chạm thẻ vào máy.
pay-watch-pin = Vui lòng làm theo hướng dẫn trên máy thanh toán thẻ và nhập mã PIN.
pay-wait-host = Đang kết nối với ngân hàng phát hành thẻ. Vui lòng chờ.
pay-remove-card = Vui lòng rút thẻ ra.
pay-please-wait = Vui lòng chờ…
pay-confirm-amount = Vui lòng xác nhận số tiền trên máy thanh toán thẻ.
pay-processing = Đang xử lý thanh toán…
pay-approved = Thanh toán thành công. Xin cảm ơn.
pay-declined = Ngân hàng phát hành thẻ đã từ chối giao dịch. Vui lòng thử thẻ khác.
pay-declined-host = Ngân hàng phát hành thẻ không chấp thuận giao dịch. Vui lòng thử thẻ khác.
pay-card-not-accepted = Không dùng được thẻ này tại đây. Vui lòng thử thẻ khác.
pay-card-unknown = Không nhận dạng được thẻ này. Vui lòng thử thẻ khác.
pay-card-expired = Thẻ này đã hết hạn. Vui lòng dùng thẻ khác.
pay-card-unreadable = Không đọc được thẻ. Vui lòng thử lại hoặc dùng thẻ khác.
pay-processing-error = Đã xảy ra lỗi khi xử lý thanh toán. Quý khách không bị trừ tiền.
pay-not-possible = Hiện chưa thể thanh toán. Vui lòng thử lại sau.
pay-insufficient-funds = Giao dịch bị từ chối: số dư hoặc hạn mức không đủ.
pay-wrong-pin = Mã PIN không đúng. Vui lòng thử lại.
pay-pin-tries-exceeded = Nhập sai mã PIN quá nhiều lần. Vui lòng liên hệ ngân hàng phát hành thẻ.
pay-aborted = Thanh toán đã bị hủy. Quý khách không bị trừ tiền.
pay-wrong-currency = Thẻ này không thanh toán được bằng yên Nhật. Vui lòng dùng thẻ khác.
pay-terminal-unavailable = Máy thanh toán thẻ chưa sẵn sàng. Vui lòng nhờ nhân viên hỗ trợ.
pay-host-unavailable = Hiện không kết nối được mạng thanh toán thẻ. Vui lòng thử lại sau vài phút.
pay-terminal-error = Máy thanh toán thẻ báo lỗi. Quý khách không bị trừ tiền.
pay-already-reversed = Giao dịch này đã được hoàn tiền.
pay-reversal-not-possible = Không thể hoàn tiền giao dịch này tại đây. Vui lòng nhờ nhân viên hỗ trợ.
pay-amount-too-large = Số tiền vượt hạn mức của thẻ này. Vui lòng dùng thẻ khác.
pay-amount-too-small = Số tiền quá nhỏ để thanh toán bằng thẻ.
pay-failed = Không hoàn tất được thanh toán. Vui lòng thử thẻ khác.

# Khoản thanh toán được giữ an toàn và việc gia hạn đang được thực hiện (nhà mạng chưa trả lời).
pay-pending-title = Khoản thanh toán của quý khách đã được ghi nhận
pay-pending-body = SIM của quý khách đang được gia hạn. Việc này có thể mất vài phút, quý khách không cần chờ ở đây.
pay-pending-reference = Mã tham chiếu: { $reference }
pay-pending-staff = Nếu sau 30 phút SIM vẫn chưa được gia hạn, vui lòng đưa mã tham chiếu này cho nhân viên.
