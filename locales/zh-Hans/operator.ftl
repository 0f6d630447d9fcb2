# 工作人员模式（输入 PIN 后的工作人员界面）。
# Characters the operator views put between messages, listed so the font subsets carry them
# (tools/subset-fonts.sh reads these files): · → × ( ) / -

## 通用
op-back = 返回
op-cancel = 取消
op-refresh = 刷新
op-loading = 正在加载…
op-working = 正在处理，请稍候。
op-ok = 正常
op-unknown = 未知
op-action-failed = 未能完成：
op-leave = 返回顾客界面
op-idle-hint = 2 分钟无操作后，工作人员模式将自动关闭。

## PIN
op-pin-wrong = PIN 错误。再错 { $remaining } 次将被锁定。
op-pin-locked = PIN 错误次数过多，已锁定。请在 { $time } 后重试。
op-pin-disabled = 工作人员模式未启用：kiosk.toml 中未设置 PIN（[operator] pin_hash）。
op-pin-too-short = 工作人员 PIN 为 6 到 8 位数字。
op-pin-checking = 正在验证 PIN…

## 设备状态
op-home-title = 工作人员菜单
op-terminal = 刷卡机
op-terminal-not-ready = 不可用（代码 { $code }）
op-no-answer = 无响应：{ $error }
op-printer = 收据打印机
op-printer-offline = 离线
op-printer-cover-open = 机盖打开
op-printer-error = 错误：{ $error }
op-paper = 纸张
op-paper-ok = 正常
op-paper-near-end = 即将用完，请尽快更换
op-paper-out = 缺纸
op-carrier = 运营商
op-carrier-last = { $backend }（最近续费 { $time }）
op-carrier-none = { $backend }（尚无续费）
op-service = 销售
op-service-on = 营业中
op-service-off = 暂停服务（工作人员设置）
op-menu-decisions = 待处理交易
op-menu-decisions-count = 待处理交易（{ $count }）
op-menu-reprint = 补打收据
op-menu-end-of-day = 日结
op-menu-service = 暂停服务 / 退出程序

## 待处理交易
op-decisions-title = 待处理交易
op-decisions-none = 没有需要处理的交易。
op-decision-title = 交易详情
op-decision-in-progress = 此交易可能仍在处理中，请几分钟后再试。
op-decision-no-action = 此处无可执行的操作，恢复程序会自动完成。
op-decision-gone = 此交易已不再等待处理。
op-history = 记录
op-field-state = 状态
op-field-amount = 金额
op-amount-value = { $amount }（含税 { $tax }）
op-field-sim = SIM
op-field-plan = 套餐
op-field-card = 银行卡
op-field-approval = 授权码
op-field-receipt-no = 终端凭证号
op-field-started = 开始时间
op-field-id = 交易编号
op-field-renewed-until = 续费后有效期
op-field-note = 最新备注
op-action-retry = 重试续费
op-action-reverse = 撤销付款（退款）
op-action-resolve = 添加备注并标记为已解决
op-action-reprint = 打印收据
op-confirm-retry = 按原请求重新为此 SIM 续费？同一笔付款不会重复续费。
op-confirm-reverse = 撤销此付款并退回银行卡？此操作无法恢复。
op-settled-renewed = 已续费。请为顾客打印收据。
op-settled-reversed = 付款已撤销（已退款）。
op-settled-resolved = 已标记为已解决。

## 备注
op-note-title = 添加备注并解决
op-note-presets = 请选择或输入备注：
op-note-empty = （尚无备注）
op-note-refunded-cash = 已在柜台现金退款
op-note-terminal-no-charge = 已在终端确认：未扣款
op-note-customer-renewed = 顾客已确认 SIM 续费成功
op-note-duplicate = 重复交易，无需处理
op-key-space = 空格

## 补打小票
op-reprint-title = 补打收据
op-reprint-last = 补打最近一张收据
op-reprint-recent = 最近的收据
op-reprint-none = 还没有可补打的收据。
op-reprint-done = 收据已打印。
op-reprint-not-printed = 未能打印。请检查纸张和机盖后重试。

## 日结
op-eod-title = 日结
op-eod-explain = 关闭刷卡机当天的交易并打印本机日报。日报也会保存。
op-eod-run = 执行日结
op-eod-complete = 日结完成。
op-eod-incomplete = 日结已结束，但有问题。
op-eod-day = 日期
op-eod-terminal = 刷卡机
op-eod-terminal-closed = 已日结
op-eod-terminal-failed = 未能日结：{ $error }
op-eod-slip = 日报打印
op-eod-printed = 已打印
op-eod-not-printed = 未打印
op-eod-transactions = 交易数
op-eod-renewals = 续费
op-eod-reversals = 退款
op-eod-count-amount = { $count } 笔 / { $amount }
op-eod-open = 待处理
op-eod-stored = 日报已保存（记录 { $id }）。

## 暂停服务与退出
op-service-title = 暂停服务
op-service-turn-off = 暂停销售
op-service-turn-on = 恢复销售
op-service-explain = 暂停期间，顾客会看到本机暂停服务。重启后仍保持暂停，直到工作人员恢复销售。
op-service-now-off = 本机已暂停服务。
op-service-now-on = 本机已恢复销售。
op-quit-title = 退出程序
op-quit-explain = 为维护而关闭本机程序。再次启动前屏幕不会显示。
op-quit = 退出本机程序
op-quit-confirm = 现在退出吗？再次启动前顾客无法使用。
op-quit-yes = 立即退出

## 交易状态
op-state-created = 已开始
op-state-payment-requested = 请求付款中
op-state-payment-approved = 付款已授权
op-state-payment-declined = 付款被拒
op-state-payment-aborted = 付款已取消
op-state-payment-failed = 付款失败
op-state-renewal-requested = 请求续费中
op-state-renewed = 已续费
op-state-renewal-failed = 续费失败
op-state-reversal-requested = 请求退款中
op-state-reversed = 已退款
op-state-receipt-printed = 收据已打印
op-state-receipt-failed = 收据未打印
op-state-done = 完成
op-state-needs-operator = 需工作人员处理
op-state-resolved = 工作人员已解决

# End of day asks before it runs (added with the confirmation step)
op-eod-confirm = 现在执行日结吗？将关闭刷卡机的当日交易，无法撤销。
op-eod-confirm-run = 执行日结

## Payments by QR wallet
op-field-method = 支付方式
op-method-card = 银行卡
op-field-wallet-status = 支付服务商状态
op-field-wallet-payment-id = 支付服务商交易号
op-decision-waiting-provider = 正在等待{ $method }确认这笔款项是否已支付。自助机每30秒自动查询一次，如发现已付款将自动退回；目前无需操作。
op-decision-waiting-provider-renew = 正在等待{ $method }确认这笔款项是否已支付。自助机每30秒自动查询一次：已付款则为SIM卡续费，未付款则结束本次交易。目前无需操作。
op-decision-waiting-badge = 等待{ $method }确认
op-confirm-reverse-wallet = 将这笔款项退回顾客的{ $method }账户吗？此操作无法撤销。
op-eod-card = 刷卡支付的续费（刷卡机结算批次）
op-eod-wallet = 通过{ $method }支付的续费（不计入刷卡机结算批次）
