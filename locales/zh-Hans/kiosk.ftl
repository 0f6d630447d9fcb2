# 触摸屏文案。负责人：ui。所有 ID 以 `ui-` 开头。

## 每个画面顶部的栏
ui-high-contrast = 高对比度
ui-large-text = 大字体
ui-back = 返回
ui-cancel = 取消
ui-step = 第 { $current } 步，共 { $total } 步
ui-step-short = { $current }/{ $total }

## 待机画面（各语言同时显示）
ui-attract-title = 流量卡续费
ui-attract-touch = 轻触屏幕开始
ui-attract-from = 套餐价格 { $price } 以上

## 选择语言
ui-language-title = 请选择语言

## 识别SIM卡
ui-identify-title-number = 请输入SIM卡的手机号码
ui-identify-hint-number = 以070、080或090开头的11位数字
ui-identify-title-iccid = 请输入SIM卡上印的ICCID
ui-identify-hint-iccid = 以89开头的19位或20位数字
ui-identify-use-iccid = 不知道号码？改用ICCID
ui-identify-use-number = 改用手机号码
ui-identify-submit = 下一步
ui-keypad-delete = 删除
ui-keypad-clear = 清空
ui-identify-looking-up = 正在查询您的SIM卡…
ui-lookup-not-found = 未找到这张SIM卡。请核对号码后重试。
ui-lookup-unavailable = 暂时无法连接运营商，请几分钟后再试。

## SIM卡状态
ui-status-title = 您的SIM卡
ui-status-carrier = 运营商
ui-status-plan = 当前套餐
ui-status-data-left = 剩余流量
ui-status-expires = 有效期至（日本时间）
ui-status-continue = 选择套餐
ui-status-expired = 已过期（{ $days }天前）
ui-status-expires-today = 今天到期
ui-status-expires-soon = { $days }天后到期
ui-status-no-data = 流量已用完

## 套餐
ui-plans-title = 请选择套餐
ui-plans-per-period = 每{ $days }天
ui-plans-periods-title = 一次购买几份？
ui-plans-saving = 省{ $amount }
ui-plans-next = 确认订单
ui-plans-none = 本机暂无适用于这张SIM卡的套餐，请咨询工作人员。

## 确认订单
ui-review-title = 请确认订单
ui-review-sim = SIM卡
ui-review-plan = 套餐
ui-review-subtotal = 小计
ui-review-discount-periods = 多份优惠（{ $periods }份及以上，{ $percent }%）
ui-review-discount-promo = 促销：{ $name }
ui-review-total = 合计
ui-review-tax = 含{ $rate }%消费税：{ $amount }
ui-review-pay = 刷卡支付
ui-review-pay-wallet = PayPay支付
ui-review-item = { $name } · { $periods }
ui-review-new-expiry = 新的有效期至（日本时间）
ui-review-carry-over = 剩余流量可结转
ui-review-no-carry-over = 剩余流量不结转

## 在刷卡机上付款
ui-pay-title = 请在刷卡机上付款
ui-pay-amount = 应付金额
ui-pay-follow = 请按照屏幕下方刷卡机的提示操作。
ui-pay-cancel = 取消付款
ui-pay-no-cancel = 正在完成付款，现在已无法取消。

## QR wallet payment: the code on the screen
ui-wallet-title = 请用手机支付应用扫描QR码付款
ui-wallet-accepted = 可用的支付方式：{ $wallets }
ui-wallet-time-left = QR码有效时间还剩 { $time }
ui-wallet-how = 打开应用，扫描这个QR码。

## 处理中
ui-processing-title = 正在为您的SIM卡续费…
ui-processing-body = 付款已成功，需要几秒钟，请稍候。

## 收据
ui-receipt-title = 请取走收据
ui-receipt-printing = 正在打印收据…
ui-receipt-qr = 扫描此码查看电子收据
ui-receipt-paper-out = 收据未能打印，但您的SIM卡已续费成功。请扫码查看电子收据，或向工作人员索取纸质收据。
ui-receipt-finish = 完成

## 完成
ui-done-title = 续费成功！
## The success mark above the title: a symbol, the same in every language.
ui-done-mark = ✓
ui-done-back = 几秒后将返回首页。
ui-done-finish = 完成

## 付款未成功
ui-failed-title = 付款未成功
ui-failed-title-cancelled = 已取消付款
ui-failed-title-declined = 银行卡被拒绝
ui-failed-title-printer = 暂停收款
ui-failed-title-reversed = 款项已退回您的卡
ui-failed-title-operator = 请联系工作人员
ui-failed-declined = 您的卡被拒绝，未产生任何扣款。可以换一张卡再试。
ui-failed-aborted = 付款已取消，未产生任何扣款。
ui-failed-printer = 收据打印机尚未就绪，暂时无法收款。未产生任何扣款。
ui-failed-terminal = 刷卡机出现故障，未产生任何扣款。
ui-failed-reversed = SIM卡未能续费，款项已退回您的卡。
ui-failed-operator = 付款后出现问题。请向工作人员出示此编号：{ $reference }
ui-failed-title-wallet-refused = 付款未被接受
ui-failed-wallet-refused = 您的支付应用未接受此次付款，未产生任何扣款。您可以重试或改用其他方式付款。
ui-failed-title-wallet-expired = QR码已过期
ui-failed-wallet-expired = QR码在付款前已过期，未产生任何扣款。您可以用新的QR码重试。
ui-failed-title-wallet-unavailable = 暂时无法使用QR码付款
ui-failed-wallet-unavailable = QR码支付服务没有响应，未产生任何扣款。请改用其他方式付款，或稍后再试。
ui-failed-title-wallet-returned = 款项已退回您的支付应用
ui-failed-wallet-returned = SIM卡未能续费，款项已退回您的支付应用。
ui-failed-title-wallet-unconfirmed = 请勿再次付款
ui-failed-wallet-unconfirmed = 无法确认您的付款是否成功。如果已付款，款项将自动退回您的支付应用。如需帮助，请向工作人员出示此编号：{ $reference }
ui-failed-retry = 重试
ui-failed-finish = 完成

## 暂停服务（各语言同时显示）
ui-oos-title = 暂停服务
ui-oos-terminal = 刷卡机无法使用。
ui-oos-printer = 收据打印机无法使用。
ui-oos-carrier = 无法连接运营商。
ui-oos-operator = 工作人员正在维护本机。

## “需要更多时间吗？”
ui-idle-title = 还需要更多时间吗？
ui-idle-countdown = { $seconds }秒后返回首页
ui-idle-more = 需要，继续

## 工作人员PIN（长按左上角打开）
ui-operator-title = 工作人员入口
ui-operator-pin = 请输入工作人员PIN
ui-operator-unavailable = 此版本未安装工作人员画面，暂时无法验证PIN。
ui-operator-close = 关闭

# Frame and input screens: the ICCID hint (identify), the idle prompt's second button, the
# greeting on the language screen (shown in every language at once)
ui-language-hello = 欢迎
ui-idle-start-over = 重新开始
ui-identify-iccid-where = 在哪里找到ICCID
ui-identify-iccid-card = SIM卡附带的卡片或包装上
ui-identify-iccid-iphone = iPhone：设置 › 通用 › 关于本机
ui-identify-iccid-android = Android：设置 › 关于手机 › SIM卡状态
