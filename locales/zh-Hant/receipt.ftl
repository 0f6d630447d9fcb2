# 列印收據（簡易合格發票）。負責: printer。

receipt-title = 收據（簡易合格發票）
receipt-reprint = 補印
receipt-issuer = 開立者
receipt-registration = 登記號碼
receipt-date = 日期
receipt-kiosk = 終端
receipt-transaction = 交易編號
receipt-items = 項目
receipt-days = { $count } 天
receipt-unit-periods =
    { $count ->
        [1] { $price }（{ $total }天）
       *[other] { $price } × { $count }期（共{ $total }天）
    }
receipt-item-detail = { $data } · { $days }
receipt-unit-price = 單價
receipt-subtotal = 小計
receipt-discount-periods = 多期優惠（{ $periods }期以上，{ $percent }%）
receipt-discount-promotion = 促銷: { $name }
receipt-total = 總計
receipt-tax-base = 10% 稅率對象
receipt-tax-contained = 含消費稅（10%）
receipt-payment = 付款
receipt-card = 卡片
receipt-approval = 授權碼
receipt-slip-no = 單據號碼
receipt-trace-no = 交易序號
receipt-sim = SIM 卡
receipt-new-expiry = 新有效期限
receipt-qr-hint = 掃描即可線上查看本收據
receipt-support = 客服: { $contact }
receipt-thanks = 感謝使用，祝您旅途愉快！
receipt-test-title = 印表機測試頁
receipt-test-sample = 字形: 直 骨 · ¥1,234
