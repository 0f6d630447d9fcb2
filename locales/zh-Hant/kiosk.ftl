# 觸控螢幕文案。負責人：ui。所有 ID 以 `ui-` 開頭。

## 每個畫面頂部的列
ui-high-contrast = 高對比
ui-large-text = 大字體
ui-back = 返回
ui-cancel = 取消
ui-step = 第 { $current } 步，共 { $total } 步
ui-step-short = { $current }/{ $total }

## 待機畫面（各語言同時顯示）
ui-attract-title = 上網卡儲值
ui-attract-touch = 輕觸螢幕開始
ui-attract-from = 方案 { $price } 起

## 選擇語言
ui-language-title = 請選擇語言

## 識別SIM卡
ui-identify-title-number = 請輸入SIM卡的電話號碼
ui-identify-hint-number = 以070、080或090開頭的11位數字
ui-identify-title-iccid = 請輸入SIM卡上印的ICCID
ui-identify-hint-iccid = 以89開頭的19或20位數字
ui-identify-use-iccid = 不知道號碼？改用ICCID
ui-identify-use-number = 改用電話號碼
ui-identify-submit = 下一步
ui-keypad-delete = 刪除
ui-keypad-clear = 清除
ui-identify-looking-up = 正在查詢您的SIM卡…
ui-lookup-not-found = 找不到這張SIM卡。請核對號碼後再試一次。
ui-lookup-unavailable = 目前無法連線到電信業者，請過幾分鐘再試。

## SIM卡狀態
ui-status-title = 您的SIM卡
ui-status-carrier = 電信業者
ui-status-plan = 目前方案
ui-status-data-left = 剩餘數據量
ui-status-expires = 有效期限至（日本時間）
ui-status-continue = 選擇方案
ui-status-expired = 已過期（{ $days }天前）
ui-status-expires-today = 今天到期
ui-status-expires-soon = { $days }天後到期
ui-status-no-data = 數據量已用完

## 方案
ui-plans-title = 請選擇方案
ui-plans-per-period = 每{ $days }天
ui-plans-periods-title = 一次購買幾期？
ui-plans-saving = 省{ $amount }
ui-plans-next = 確認訂單
ui-plans-none = 本機沒有適用這張SIM卡的方案，請洽詢工作人員。

## 確認訂單
ui-review-title = 請確認訂單
ui-review-sim = SIM卡
ui-review-plan = 方案
ui-review-subtotal = 小計
ui-review-discount-periods = 多期優惠（{ $periods }期以上，{ $percent }%）
ui-review-discount-promo = 優惠活動：{ $name }
ui-review-total = 總計
ui-review-tax = 內含{ $rate }%消費稅：{ $amount }
ui-review-pay = 刷卡付款
ui-review-pay-wallet = PayPay付款
ui-review-item = { $name } · { $periods }
ui-review-new-expiry = 新的有效期限至（日本時間）
ui-review-carry-over = 剩餘數據量可轉入
ui-review-no-carry-over = 剩餘數據量不轉入

## 在刷卡機上付款
ui-pay-title = 請在刷卡機上付款
ui-pay-amount = 應付金額
ui-pay-follow = 請依照螢幕下方刷卡機的指示操作。
ui-pay-cancel = 取消付款
ui-pay-no-cancel = 付款處理中，現在已無法取消。

## QR wallet payment: the code on the screen
ui-wallet-title = 請用手機的行動付款應用程式掃描QR碼付款
ui-wallet-accepted = 可使用的付款方式：{ $wallets }
ui-wallet-time-left = QR碼有效時間還剩 { $time }
ui-wallet-how = 開啟應用程式，掃描這個QR碼。

## 處理中
ui-processing-title = 正在為您的SIM卡儲值…
ui-processing-body = 付款成功，需要幾秒鐘，請稍候。

## 收據
ui-receipt-title = 請取走收據
ui-receipt-printing = 正在列印收據…
ui-receipt-qr = 掃描此QR碼查看電子收據
ui-receipt-paper-out = 收據無法列印，但您的SIM卡已儲值完成。請掃描QR碼查看電子收據，或向工作人員索取紙本收據。
ui-receipt-finish = 完成

## 完成
ui-done-title = 儲值完成！
## The success mark above the title: a symbol, the same in every language.
ui-done-mark = ✓
ui-done-back = 幾秒後將回到首頁。
ui-done-finish = 完成

## 付款未成功
ui-failed-title = 付款未成功
ui-failed-title-cancelled = 已取消付款
ui-failed-title-declined = 卡片遭拒
ui-failed-title-printer = 暫停收款
ui-failed-title-reversed = 款項已退回您的卡片
ui-failed-title-operator = 請聯絡工作人員
ui-failed-declined = 您的卡片遭拒，沒有任何扣款。可以換一張卡再試。
ui-failed-aborted = 付款已取消，沒有任何扣款。
ui-failed-printer = 收據印表機尚未就緒，目前無法收款。沒有任何扣款。
ui-failed-terminal = 刷卡機發生問題，沒有任何扣款。
ui-failed-reversed = SIM卡無法儲值，款項已退回您的卡片。
ui-failed-operator = 付款後發生問題。請向工作人員出示此編號：{ $reference }
ui-failed-title-wallet-refused = 付款未獲接受
ui-failed-wallet-refused = 您的付款應用程式未接受此筆付款，沒有任何扣款。您可以再試一次，或改用其他方式付款。
ui-failed-title-wallet-expired = QR碼已過期
ui-failed-wallet-expired = QR碼在付款前已過期，沒有任何扣款。您可以用新的QR碼再試一次。
ui-failed-title-wallet-unavailable = 目前無法使用QR碼付款
ui-failed-wallet-unavailable = QR碼付款服務沒有回應，沒有任何扣款。請改用其他方式付款，或稍後再試。
ui-failed-title-wallet-returned = 款項已退回您的付款應用程式
ui-failed-wallet-returned = SIM卡無法儲值，款項已退回您的付款應用程式。
ui-failed-title-wallet-unconfirmed = 請勿再次付款
ui-failed-wallet-unconfirmed = 無法確認您的付款是否成功。如果已付款，款項將自動退回您的付款應用程式。如需協助，請向工作人員出示此編號：{ $reference }
ui-failed-retry = 再試一次
ui-failed-finish = 完成

## 暫停服務（各語言同時顯示）
ui-oos-title = 暫停服務
ui-oos-terminal = 刷卡機無法使用。
ui-oos-printer = 收據印表機無法使用。
ui-oos-carrier = 無法連線到電信業者。
ui-oos-operator = 工作人員正在維修本機。

## 「需要更多時間嗎？」
ui-idle-title = 還需要更多時間嗎？
ui-idle-countdown = { $seconds }秒後回到首頁
ui-idle-more = 需要，繼續

## 工作人員PIN（長按左上角開啟）
ui-operator-title = 工作人員入口
ui-operator-pin = 請輸入工作人員PIN
ui-operator-unavailable = 此版本未安裝工作人員畫面，目前無法驗證PIN。
ui-operator-close = 關閉

# Frame and input screens: the ICCID hint (identify), the idle prompt's second button, the
# greeting on the language screen (shown in every language at once)
ui-language-hello = 歡迎
ui-idle-start-over = 重新開始
ui-identify-iccid-where = 在哪裡找到ICCID
ui-identify-iccid-card = SIM卡附帶的卡片或包裝上
ui-identify-iccid-iphone = iPhone：設定 › 一般 › 關於本機
ui-identify-iccid-android = Android：設定 › 關於手機 › SIM卡狀態
