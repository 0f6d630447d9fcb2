# Từ dùng chung cho mọi phần. Phụ trách: i18n.

## Tên các ngôn ngữ, bằng tiếng Việt (màn hình chọn ngôn ngữ ghi mỗi tên bằng chữ của chính nó).
common-lang-ja = Tiếng Nhật
common-lang-en = Tiếng Anh
common-lang-zh-hans = Tiếng Trung (giản thể)
common-lang-zh-hant = Tiếng Trung (phồn thể)
common-lang-ko = Tiếng Hàn
common-lang-th = Tiếng Thái
common-lang-vi = Tiếng Việt
common-lang-id = Tiếng Indonesia
common-lang-es = Tiếng Tây Ban Nha
common-lang-fr = Tiếng Pháp
common-lang-de = Tiếng Đức

## Giá. $amount đã được nhóm chữ số (1.980); $sign là "-" khi giảm giá, nếu không thì để trống.
## CLDR vi: số tiền, dấu cách không ngắt, ký hiệu.
common-yen = { $sign }{ $amount } ¥

## Dung lượng. $amount đã được định dạng (1,5).
common-data-mb = { $amount } MB
common-data-gb = { $amount } GB
common-data-unlimited = Không giới hạn

## Thời hạn (tiếng Việt không đổi dạng số nhiều).
common-days = { $count } ngày
## Mua $count kỳ, mỗi kỳ $days ngày; $total = $count × $days.
common-periods =
    { $count ->
        [1] { $days } ngày
       *[other] { $count } kỳ × { $days } ngày ({ $total } ngày)
    }

common-yes = Có
common-no = Không
