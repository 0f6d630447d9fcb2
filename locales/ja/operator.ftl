# 係員モード（PIN入力の後の係員用画面）。店舗スタッフが読む。
# Characters the operator views put between messages, listed so the font subsets carry them
# (tools/subset-fonts.sh reads these files): · → × ( ) / -

## 共通
op-back = 戻る
op-cancel = 取消
op-refresh = 再読み込み
op-loading = 読み込み中…
op-working = 処理中です。しばらくお待ちください。
op-ok = 正常
op-unknown = 不明
op-action-failed = 完了できませんでした：
op-leave = お客様画面に戻る
op-idle-hint = 2分間操作がないと係員モードは自動的に終了します。

## PIN入力
op-pin-wrong = PINが違います。あと{ $remaining }回間違えるとロックされます。
op-pin-locked = PINの誤入力が続いたため、ロック中です。{ $time }後にもう一度お試しください。
op-pin-disabled = 係員モードは無効です。kiosk.toml にPINが設定されていません（[operator] pin_hash）。
op-pin-too-short = 係員用PINは6〜8桁です。
op-pin-checking = PINを確認しています…

## ホーム：機器の状態
op-home-title = 係員メニュー
op-terminal = カード端末
op-terminal-not-ready = 使用不可（コード { $code }）
op-no-answer = 応答なし：{ $error }
op-printer = レシートプリンター
op-printer-offline = オフライン
op-printer-cover-open = カバーが開いています
op-printer-error = エラー：{ $error }
op-paper = 用紙
op-paper-ok = 正常
op-paper-near-end = 残りわずか（早めに交換してください）
op-paper-out = 用紙切れ
op-carrier = 通信事業者
op-carrier-last = { $backend }（最後のSIM更新 { $time }）
op-carrier-none = { $backend }（SIM更新はまだありません）
op-service = 販売
op-service-on = 販売中
op-service-off = 休止中（係員による設定）
op-menu-decisions = 要確認の取引
op-menu-decisions-count = 要確認の取引（{ $count }件）
op-menu-reprint = レシート再発行
op-menu-end-of-day = 締め処理
op-menu-service = 販売休止・キオスクの終了

## 要確認の取引
op-decisions-title = 要確認の取引
op-decisions-none = 確認が必要な取引はありません。
op-decision-title = 取引の詳細
op-decision-in-progress = この取引はまだ処理中の可能性があります。数分後にもう一度お試しください。
op-decision-no-action = ここで行える操作はありません。復旧処理が自動的に完了させます。
op-decision-gone = この取引はもう確認待ちではありません。
op-history = 履歴
op-field-state = 状態
op-field-amount = 金額
op-amount-value = { $amount }（うち消費税 { $tax }）
op-field-sim = SIM
op-field-plan = プラン
op-field-card = カード
op-field-approval = 承認番号
op-field-receipt-no = 端末伝票番号
op-field-started = 開始日時
op-field-id = 取引ID
op-field-renewed-until = 更新後の有効期限
op-field-note = 最新のメモ
op-action-retry = 更新を再試行
op-action-reverse = 決済を取り消す（返金）
op-action-resolve = メモを付けて解決済みにする
op-action-reprint = レシートを印刷
op-confirm-retry = 元の依頼内容でこのSIMの更新を再試行しますか？同じ支払いで二重に更新されることはありません。
op-confirm-reverse = この決済を取り消してカードに返金しますか？元に戻すことはできません。
op-settled-renewed = 更新しました。お客様にレシートを印刷してください。
op-settled-reversed = 決済を取り消しました（返金済み）。
op-settled-resolved = 解決済みにしました。

## メモ
op-note-title = メモを付けて解決
op-note-presets = メモを選ぶか、入力してください：
op-note-empty = （メモ未入力）
op-note-refunded-cash = カウンターで現金返金済み
op-note-terminal-no-charge = カード端末で確認：請求なし
op-note-customer-renewed = お客様がSIMの更新を確認済み
op-note-duplicate = 重複した取引のため対応不要
op-key-space = スペース

## レシート再発行
op-reprint-title = レシート再発行
op-reprint-last = 直前のレシートを再発行
op-reprint-recent = 最近のレシート
op-reprint-none = 再発行できるレシートはまだありません。
op-reprint-done = レシートを印刷しました。
op-reprint-not-printed = 印刷できませんでした。用紙とカバーを確認して、もう一度お試しください。

## 締め処理
op-eod-title = 締め処理
op-eod-explain = カード端末の日計処理を行い、キオスクの日報を印刷します。日報は記録としても保存されます。
op-eod-run = 締め処理を実行
op-eod-complete = 締め処理が完了しました。
op-eod-incomplete = 締め処理は終わりましたが、問題がありました。
op-eod-day = 対象日
op-eod-terminal = カード端末
op-eod-terminal-closed = 日計処理済み
op-eod-terminal-failed = 日計処理できませんでした：{ $error }
op-eod-slip = 日報の印刷
op-eod-printed = 印刷済み
op-eod-not-printed = 未印刷
op-eod-transactions = 取引数
op-eod-renewals = 更新
op-eod-reversals = 返金
op-eod-count-amount = { $count }件 / { $amount }
op-eod-open = 要確認
op-eod-stored = 日報を保存しました（記録番号 { $id }）。

## 販売休止・終了
op-service-title = 販売休止・終了
op-service-turn-off = 販売を休止する
op-service-turn-on = 販売を再開する
op-service-explain = 休止中はお客様に「ご利用いただけません」と表示します。再起動しても、係員が再開するまで休止したままです。
op-service-now-off = 販売を休止しました。
op-service-now-on = 販売を再開しました。
op-quit-title = キオスクの終了
op-quit-explain = 保守のためにキオスクのプログラムを終了します。再び起動するまで画面は表示されません。
op-quit = キオスクのプログラムを終了
op-quit-confirm = 今すぐ終了しますか？再起動するまでお客様は利用できません。
op-quit-yes = 終了する

## 取引の状態
op-state-created = 開始
op-state-payment-requested = 決済依頼中
op-state-payment-approved = 決済承認済み
op-state-payment-declined = 決済不可
op-state-payment-aborted = 決済取消（お客様）
op-state-payment-failed = 決済失敗
op-state-renewal-requested = 更新依頼中
op-state-renewed = 更新済み
op-state-renewal-failed = 更新失敗
op-state-reversal-requested = 返金依頼中
op-state-reversed = 返金済み
op-state-receipt-printed = レシート印刷済み
op-state-receipt-failed = レシート未発行
op-state-done = 完了
op-state-needs-operator = 係員の確認が必要
op-state-resolved = 係員が解決

# End of day asks before it runs (added with the confirmation step)
op-eod-confirm = 本日の締めを実行しますか？カード端末の本日分が締められ、取り消せません。
op-eod-confirm-run = 締めを実行

## Payments by QR wallet
op-field-method = 支払方法
op-method-card = カード
op-field-wallet-status = 決済事業者の状態
op-field-wallet-payment-id = 決済事業者の決済ID
op-decision-waiting-provider = この支払いが完了したかを{ $method }に確認中です。30秒ごとに自動で再確認し、支払いが見つかった場合は返金します。今は操作不要です。
op-decision-waiting-provider-renew = この支払いが完了したかを{ $method }に確認中です。30秒ごとに自動で再確認します。支払い済みならSIMを更新し、未払いなら取引を終了します。今は操作不要です。
op-decision-waiting-badge = { $method }の確認待ち
op-confirm-reverse-wallet = この支払いをお客様の{ $method }に返金しますか？元に戻せません。
op-eod-card = カードで支払われた更新（端末の締め分）
op-eod-wallet = { $method }で支払われた更新（端末の締め分には含まれません）
