# 刷卡機向顧客顯示的訊息（ZVT 代碼的對應見 src/payment/zvt/messages.rs）。

pay-insert-card = 請插入或感應您的卡片。
pay-watch-pin = 請依照刷卡機上的指示輸入密碼。
pay-wait-host = 正在連線發卡機構，請稍候。
pay-remove-card = 請取回您的卡片。
pay-please-wait = 請稍候…
pay-confirm-amount = 請在刷卡機上確認金額。
pay-processing = 正在處理您的付款…
pay-approved = 付款成功，謝謝。
pay-declined = 發卡機構拒絕了這筆付款，請改用其他卡片。
pay-declined-host = 發卡機構未核准這筆付款，請改用其他卡片。
pay-card-not-accepted = 此卡無法在這裡使用，請改用其他卡片。
pay-card-unknown = 無法辨識此卡，請改用其他卡片。
pay-card-expired = 此卡已過期，請改用其他卡片。
pay-card-unreadable = 無法讀取此卡，請再試一次或改用其他卡片。
pay-processing-error = 處理付款時發生錯誤，您未被扣款。
pay-not-possible = 目前無法付款，請稍後再試。
pay-insufficient-funds = 餘額或額度不足，付款未獲核准。
pay-wrong-pin = 密碼錯誤，請重新輸入。
pay-pin-tries-exceeded = 密碼錯誤次數過多，請聯絡發卡機構。
pay-aborted = 付款已取消，您未被扣款。
pay-wrong-currency = 此卡無法以日圓付款，請改用其他卡片。
pay-terminal-unavailable = 刷卡機尚未就緒，請洽詢工作人員。
pay-host-unavailable = 暫時無法連線刷卡網路，請幾分鐘後再試。
pay-terminal-error = 刷卡機發生錯誤，您未被扣款。
pay-already-reversed = 這筆付款已經退款。
pay-reversal-not-possible = 這筆付款無法在此退款，請洽詢工作人員。
pay-amount-too-large = 金額超過此卡的額度，請改用其他卡片。
pay-amount-too-small = 此金額過小，無法刷卡付款。
pay-failed = 付款未能完成，請改用其他卡片。

# The payment is kept and the renewal is being applied (the carrier has not answered yet).
pay-pending-title = 您的付款已成功記錄
pay-pending-body = 正在為您的上網卡儲值，可能需要幾分鐘，您無需在此等候。
pay-pending-reference = 編號：{ $reference }
pay-pending-staff = 30分鐘後上網卡仍未完成儲值時，請向工作人員出示此編號。
