# Nhập SIM: thông báo lỗi về những gì khách đã nhập. Phụ trách: domain (src/domain/sim.rs).
# ID theo SimIdError::fluent_id(); biến theo SimIdError::fluent_args().

sim-error-empty = Vui lòng nhập số điện thoại hoặc số ICCID in trên thẻ SIM.
# $ch: ký tự đã nhập; $position: vị trí của nó, đếm từ 1.
sim-error-invalid-character = Không dùng được “{ $ch }” ở đây (ký tự thứ { $position }). Vui lòng chỉ nhập chữ số.
# $digits: số chữ số đã nhập; $expected: số chữ số cần có.
sim-error-too-short = Mới nhập { $digits } chữ số — cần { $expected } chữ số.
# $digits: số chữ số đã nhập; $max: tối đa cho phép.
sim-error-too-long = Quá nhiều chữ số ({ $digits }): tối đa { $max }. Vui lòng kiểm tra lại số.
# $prefix: phần đầu của số, ví dụ 03.
sim-error-not-mobile = Số bắt đầu bằng { $prefix } không phải số di động. Số di động Nhật Bản bắt đầu bằng 070, 080 hoặc 090.
# $digits: số điện thoại không có số 0 ở đầu.
sim-error-missing-zero = Có vẻ thiếu số 0 ở đầu. Có phải quý khách muốn nhập 0{ $digits }?
# $code: mã quốc gia đã nhập.
sim-error-foreign-country = +{ $code } không phải mã quốc gia của Nhật Bản. Vui lòng nhập số điện thoại Nhật Bản (+81 hoặc bắt đầu bằng 0).
# $found: hai chữ số đầu tiên đã nhập.
sim-error-iccid-prefix = ICCID bắt đầu bằng 89, nhưng số này bắt đầu bằng { $found }. Vui lòng kiểm tra số trên thẻ SIM.
sim-error-iccid-check-digit = Số ICCID này không hợp lệ — có lẽ nhập nhầm một chữ số. Vui lòng đối chiếu với thẻ SIM.
