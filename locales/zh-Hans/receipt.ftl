# 打印收据（简易合格发票）。负责: printer。

receipt-title = 收据（简易合格发票）
receipt-reprint = 补打
receipt-issuer = 开票方
receipt-registration = 登记号码
receipt-date = 日期
receipt-kiosk = 终端
receipt-transaction = 交易编号
receipt-items = 项目
receipt-days = { $count } 天
receipt-unit-periods =
    { $count ->
        [1] { $price }（{ $total }天）
       *[other] { $price } × { $count }份（共{ $total }天）
    }
receipt-item-detail = { $data } · { $days }
receipt-unit-price = 单价
receipt-subtotal = 小计
receipt-discount-periods = 多份优惠（{ $periods }份及以上，{ $percent }%）
receipt-discount-promotion = 促销: { $name }
receipt-total = 合计
receipt-tax-base = 10% 税率对象
receipt-tax-contained = 含消费税（10%）
receipt-payment = 付款
receipt-card = 银行卡
receipt-approval = 授权码
receipt-slip-no = 单据号
receipt-trace-no = 流水号
receipt-sim = SIM 卡
receipt-new-expiry = 新有效期至
receipt-qr-hint = 扫码在线查看本收据
receipt-support = 客服: { $contact }
receipt-thanks = 感谢使用，祝您旅途愉快！
receipt-test-title = 打印机测试页
receipt-test-sample = 字形: 直 骨 · ¥1,234
