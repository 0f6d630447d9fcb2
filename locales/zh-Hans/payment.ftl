# 刷卡终端向顾客显示的信息（ZVT 代码的对应关系见 src/payment/zvt/messages.rs）。

pay-insert-card = 请插入、轻触或刷您的银行卡。
pay-watch-pin = 请按照刷卡机上的提示输入密码。
pay-wait-host = 正在联系发卡机构，请稍候。
pay-remove-card = 请取回您的卡。
pay-please-wait = 请稍候…
pay-confirm-amount = 请在刷卡机上确认金额。
pay-processing = 正在处理您的付款…
pay-approved = 付款成功，谢谢。
pay-declined = 发卡机构拒绝了此笔付款，请换一张卡再试。
pay-declined-host = 发卡机构未批准此笔付款，请换一张卡再试。
pay-card-not-accepted = 此卡无法在这里使用，请换一张卡再试。
pay-card-unknown = 无法识别此卡，请换一张卡再试。
pay-card-expired = 此卡已过期，请使用其他卡。
pay-card-unreadable = 无法读取此卡，请重试或使用其他卡。
pay-processing-error = 处理付款时出错，您未被扣款。
pay-not-possible = 目前无法付款，请稍后再试。
pay-insufficient-funds = 余额或额度不足，付款未获批准。
pay-wrong-pin = 密码错误，请重新输入。
pay-pin-tries-exceeded = 密码错误次数过多，请联系发卡机构。
pay-aborted = 付款已取消，您未被扣款。
pay-wrong-currency = 此卡无法以日元付款，请使用其他卡。
pay-terminal-unavailable = 刷卡机尚未就绪，请联系工作人员。
pay-host-unavailable = 暂时无法连接银行卡网络，请几分钟后再试。
pay-terminal-error = 刷卡机报告了错误，您未被扣款。
pay-already-reversed = 此笔付款已经退款。
pay-reversal-not-possible = 此笔付款无法在此退款，请联系工作人员。
pay-amount-too-large = 金额超过此卡的限额，请使用其他卡。
pay-amount-too-small = 此金额过小，无法刷卡支付。
pay-failed = 付款未能完成，请换一张卡再试。

# The payment is kept and the renewal is being applied (the carrier has not answered yet).
pay-pending-title = 您的付款已成功记录
pay-pending-body = 正在为您的SIM卡续费，可能需要几分钟，您无需在此等候。
pay-pending-reference = 编号：{ $reference }
pay-pending-staff = 30分钟后SIM卡仍未续费时，请向工作人员出示此编号。
