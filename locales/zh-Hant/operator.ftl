# 工作人員模式（輸入 PIN 後的工作人員畫面）。
# Characters the operator views put between messages, listed so the font subsets carry them
# (tools/subset-fonts.sh reads these files): · → × ( ) / -

## 通用
op-back = 返回
op-cancel = 取消
op-refresh = 重新整理
op-loading = 載入中…
op-working = 處理中，請稍候。
op-ok = 正常
op-unknown = 未知
op-action-failed = 未能完成：
op-leave = 返回顧客畫面
op-idle-hint = 2 分鐘無操作後，工作人員模式會自動關閉。

## PIN
op-pin-wrong = PIN 錯誤。再錯 { $remaining } 次將被鎖定。
op-pin-locked = PIN 錯誤次數過多，已鎖定。請於 { $time } 後再試。
op-pin-disabled = 工作人員模式未啟用：kiosk.toml 中未設定 PIN（[operator] pin_hash）。
op-pin-too-short = 工作人員 PIN 為 6 到 8 位數字。
op-pin-checking = 正在驗證 PIN…

## 設備狀態
op-home-title = 工作人員選單
op-terminal = 刷卡機
op-terminal-not-ready = 無法使用（代碼 { $code }）
op-no-answer = 無回應：{ $error }
op-printer = 收據印表機
op-printer-offline = 離線
op-printer-cover-open = 機蓋開啟
op-printer-error = 錯誤：{ $error }
op-paper = 紙張
op-paper-ok = 正常
op-paper-near-end = 即將用完，請盡快更換
op-paper-out = 缺紙
op-carrier = 電信業者
op-carrier-last = { $backend }（最近儲值 { $time }）
op-carrier-none = { $backend }（尚無儲值）
op-service = 銷售
op-service-on = 營業中
op-service-off = 暫停服務（工作人員設定）
op-menu-decisions = 待處理交易
op-menu-decisions-count = 待處理交易（{ $count }）
op-menu-reprint = 補印收據
op-menu-end-of-day = 日結
op-menu-service = 暫停服務／結束程式

## 待處理交易
op-decisions-title = 待處理交易
op-decisions-none = 沒有需要處理的交易。
op-decision-title = 交易明細
op-decision-in-progress = 此交易可能仍在處理中，請幾分鐘後再試。
op-decision-no-action = 此處沒有可執行的操作，復原程序會自動完成。
op-decision-gone = 此交易已不再等待處理。
op-history = 紀錄
op-field-state = 狀態
op-field-amount = 金額
op-amount-value = { $amount }（含稅 { $tax }）
op-field-sim = SIM
op-field-plan = 方案
op-field-card = 卡片
op-field-approval = 授權碼
op-field-receipt-no = 終端機單據號碼
op-field-started = 開始時間
op-field-id = 交易編號
op-field-renewed-until = 儲值後有效期限
op-field-note = 最新備註
op-action-retry = 重試儲值
op-action-reverse = 取消付款（退款）
op-action-resolve = 加上備註並標記為已解決
op-action-reprint = 列印收據
op-confirm-retry = 以原請求重新為此 SIM 儲值？同一筆付款不會重複儲值。
op-confirm-reverse = 取消此付款並退回卡片？此操作無法復原。
op-settled-renewed = 已儲值。請為顧客列印收據。
op-settled-reversed = 付款已取消（已退款）。
op-settled-resolved = 已標記為已解決。

## 備註
op-note-title = 加上備註並解決
op-note-presets = 請選擇或輸入備註：
op-note-empty = （尚無備註）
op-note-refunded-cash = 已於櫃台現金退款
op-note-terminal-no-charge = 已於終端機確認：未扣款
op-note-customer-renewed = 顧客已確認 SIM 儲值成功
op-note-duplicate = 重複交易，無需處理
op-key-space = 空格

## 補印收據
op-reprint-title = 補印收據
op-reprint-last = 補印最近一張收據
op-reprint-recent = 最近的收據
op-reprint-none = 尚無可補印的收據。
op-reprint-done = 收據已列印。
op-reprint-not-printed = 未能列印。請檢查紙張與機蓋後再試。

## 日結
op-eod-title = 日結
op-eod-explain = 關閉刷卡機當日交易並列印本機日報。日報也會保存。
op-eod-run = 執行日結
op-eod-complete = 日結完成。
op-eod-incomplete = 日結已結束，但有問題。
op-eod-day = 日期
op-eod-terminal = 刷卡機
op-eod-terminal-closed = 已日結
op-eod-terminal-failed = 未能日結：{ $error }
op-eod-slip = 日報列印
op-eod-printed = 已列印
op-eod-not-printed = 未列印
op-eod-transactions = 交易數
op-eod-renewals = 儲值
op-eod-reversals = 退款
op-eod-count-amount = { $count } 筆／{ $amount }
op-eod-open = 待處理
op-eod-stored = 日報已保存（紀錄 { $id }）。

## 暫停服務與結束
op-service-title = 暫停服務
op-service-turn-off = 暫停銷售
op-service-turn-on = 恢復銷售
op-service-explain = 暫停期間，顧客會看到本機暫停服務。重新啟動後仍維持暫停，直到工作人員恢復銷售。
op-service-now-off = 本機已暫停服務。
op-service-now-on = 本機已恢復銷售。
op-quit-title = 結束程式
op-quit-explain = 為維護而關閉本機程式。再次啟動前畫面不會顯示。
op-quit = 結束本機程式
op-quit-confirm = 現在結束嗎？再次啟動前顧客無法使用。
op-quit-yes = 立即結束

## 交易狀態
op-state-created = 已開始
op-state-payment-requested = 請求付款中
op-state-payment-approved = 付款已授權
op-state-payment-declined = 付款遭拒
op-state-payment-aborted = 付款已取消
op-state-payment-failed = 付款失敗
op-state-renewal-requested = 請求儲值中
op-state-renewed = 已儲值
op-state-renewal-failed = 儲值失敗
op-state-reversal-requested = 請求退款中
op-state-reversed = 已退款
op-state-receipt-printed = 收據已列印
op-state-receipt-failed = 收據未列印
op-state-done = 完成
op-state-needs-operator = 需工作人員處理
op-state-resolved = 工作人員已解決

# End of day asks before it runs (added with the confirmation step)
op-eod-confirm = 現在執行日結嗎？將關閉刷卡機的當日交易，無法撤銷。
op-eod-confirm-run = 執行日結

## Payments by QR wallet
op-field-method = 付款方式
op-method-card = 卡片
op-field-wallet-status = 支付業者狀態
op-field-wallet-payment-id = 支付業者交易編號
op-decision-waiting-provider = 正在等待{ $method }確認這筆款項是否已付款。本機每30秒自動查詢一次，如發現已付款將自動退款；目前無需操作。
op-decision-waiting-provider-renew = 正在等待{ $method }確認這筆款項是否已付款。本機每30秒自動查詢一次：已付款則為SIM卡儲值，未付款則結束本次交易。目前無需操作。
op-decision-waiting-badge = 等待{ $method }確認
op-confirm-reverse-wallet = 要將這筆款項退回顧客的{ $method }帳戶嗎？此操作無法復原。
op-eod-card = 以卡片付款的儲值（刷卡機結帳批次）
op-eod-wallet = 以{ $method }付款的儲值（不計入刷卡機結帳批次）
