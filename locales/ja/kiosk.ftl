# タッチ画面の文言。担当: ui。ID はすべて `ui-` で始まる。

## 全画面共通（上部バー）
ui-high-contrast = ハイコントラスト
ui-large-text = 文字を大きく
ui-back = 戻る
ui-cancel = 取消
ui-step = ステップ { $current }/{ $total }
ui-step-short = { $current }/{ $total }

## 待ち受け画面（各言語の文が同時に表示される）
ui-attract-title = データSIMの更新
ui-attract-touch = 画面にタッチしてスタート
ui-attract-from = プラン { $price }から

## 言語選択
ui-language-title = 言語を選んでください

## SIMの確認
ui-identify-title-number = SIMの電話番号を入力してください
ui-identify-hint-number = 070・080・090で始まる11桁
ui-identify-title-iccid = SIMカードに印字されたICCIDを入力してください
ui-identify-hint-iccid = 89で始まる19桁または20桁
ui-identify-use-iccid = 番号がわからない方はICCIDで
ui-identify-use-number = 電話番号で入力する
ui-identify-submit = 次へ
ui-keypad-delete = 1文字消去
ui-keypad-clear = すべて消去
ui-identify-looking-up = SIMを確認しています…
ui-lookup-not-found = このSIMが見つかりませんでした。番号をお確かめのうえ、もう一度お試しください。
ui-lookup-unavailable = ただいま通信会社に接続できません。しばらくしてからもう一度お試しください。

## SIMの状態
ui-status-title = ご利用中のSIM
ui-status-carrier = 通信会社
ui-status-plan = 現在のプラン
ui-status-data-left = データ残量
ui-status-expires = 有効期限
ui-status-continue = プランを選ぶ
ui-status-expired = 有効期限切れ（{ $days }日前）
ui-status-expires-today = 本日で有効期限切れ
ui-status-expires-soon = 有効期限まであと{ $days }日
ui-status-no-data = データ残量なし

## プラン
ui-plans-title = プランを選んでください
ui-plans-per-period = { $days }日間あたり
ui-plans-periods-title = 何回分まとめて購入しますか？
ui-plans-saving = { $amount }おトク
ui-plans-next = ご注文の確認へ
ui-plans-none = この端末ではこのSIMのプランをお取り扱いしていません。係員にお声がけください。

## ご注文の確認
ui-review-title = ご注文内容の確認
ui-review-sim = SIM
ui-review-plan = プラン
ui-review-subtotal = 小計
ui-review-discount-periods = まとめ買い割引（{ $periods }回分以上・{ $percent }%）
ui-review-discount-promo = キャンペーン：{ $name }
ui-review-total = 合計
ui-review-tax = うち消費税（{ $rate }%）：{ $amount }
ui-review-pay = カードでお支払い
ui-review-pay-wallet = PayPayでお支払い
ui-review-item = { $name }・{ $periods }
ui-review-new-expiry = 更新後の有効期限
ui-review-carry-over = 残っているデータは繰り越されます
ui-review-no-carry-over = 残っているデータは繰り越されません

## カード端末でのお支払い
ui-pay-title = カード端末でお支払いください
ui-pay-amount = お支払い金額
ui-pay-follow = 画面の下にあるカード端末の案内に従ってください。
ui-pay-cancel = お支払いを中止する
ui-pay-no-cancel = お支払いの手続き中です。ここからは取り消しできません。

## QR wallet payment: the code on the screen
ui-wallet-title = スマートフォンの決済アプリでQRコードを読み取ってください
ui-wallet-accepted = ご利用いただける決済：{ $wallets }
ui-wallet-time-left = QRコードの有効時間：残り{ $time }
ui-wallet-how = アプリを開き、QRコードを読み取ってください。

## 処理中
ui-processing-title = SIMを更新しています…
ui-processing-body = お支払いを受け付けました。数秒かかりますので、そのままお待ちください。

## レシート
ui-receipt-title = レシートをお取りください
ui-receipt-printing = レシートを印刷しています…
ui-receipt-qr = こちらのコードから電子レシートを表示できます
ui-receipt-paper-out = レシートを印刷できませんでした。SIMの更新は完了しています。コードを読み取って電子レシートをご覧いただくか、係員に紙のレシートをお申し付けください。
ui-receipt-finish = 終了

## 完了
ui-done-title = 手続きが完了しました
## The success mark above the title: a symbol, the same in every language.
ui-done-mark = ✓
ui-done-back = まもなく最初の画面に戻ります。
ui-done-finish = 終了

## お支払いができなかったとき
ui-failed-title = お支払いが完了しませんでした
ui-failed-title-cancelled = お支払いを中止しました
ui-failed-title-declined = カードがご利用になれませんでした
ui-failed-title-printer = ただいまお支払いを受け付けていません
ui-failed-title-reversed = お支払いをカードに返金しました
ui-failed-title-operator = 係員をお呼びください
ui-failed-declined = カードがご利用いただけませんでした。請求はされていません。別のカードをお試しください。
ui-failed-aborted = お支払いを取り消しました。請求はされていません。
ui-failed-printer = レシートプリンターの準備ができていないため、ただいまお支払いを受け付けられません。請求はされていません。
ui-failed-terminal = カード端末に問題が発生しました。請求はされていません。
ui-failed-reversed = SIMを更新できなかったため、お支払いをカードに返金しました。
ui-failed-operator = お支払いの後に問題が発生しました。係員にこの番号をお見せください：{ $reference }
ui-failed-title-wallet-refused = お支払いが承認されませんでした
ui-failed-wallet-refused = 決済アプリでお支払いが承認されませんでした。請求はされていません。もう一度お試しいただくか、別の方法でお支払いください。
ui-failed-title-wallet-expired = QRコードの有効期限が切れました
ui-failed-wallet-expired = お支払いの前にQRコードの有効期限が切れました。請求はされていません。新しいコードでもう一度お試しいただけます。
ui-failed-title-wallet-unavailable = QRコード決済は現在ご利用になれません
ui-failed-wallet-unavailable = QRコード決済のサービスから応答がありません。請求はされていません。別の方法でお支払いいただくか、しばらくしてからお試しください。
ui-failed-title-wallet-returned = お支払いを決済アプリに返金しました
ui-failed-wallet-returned = SIMを更新できなかったため、お支払いを決済アプリに返金しました。
ui-failed-title-wallet-unconfirmed = 再度のお支払いはお控えください
ui-failed-wallet-unconfirmed = お支払いが完了したかどうかを確認できませんでした。完了していた場合は、自動的に決済アプリに返金されます。お困りの場合は、係員にこの番号をお見せください：{ $reference }
ui-failed-retry = もう一度お試しください
ui-failed-finish = 終了

## 休止中（各言語の文が同時に表示される）
ui-oos-title = ただいま休止中です
ui-oos-terminal = カード端末がご利用いただけません。
ui-oos-printer = レシートプリンターがご利用いただけません。
ui-oos-carrier = 通信会社に接続できません。
ui-oos-operator = 係員が点検中です。

## 「まだ操作しますか？」
ui-idle-title = まだ操作を続けますか？
ui-idle-countdown = あと{ $seconds }秒で最初の画面に戻ります
ui-idle-more = 続ける

## 係員用PIN入力（左上の長押しで開く）
ui-operator-title = 係員メニュー
ui-operator-pin = 係員用PINを入力してください
ui-operator-unavailable = このバージョンには係員用画面が入っていないため、まだPINを確認できません。
ui-operator-close = 閉じる

# Frame and input screens: the ICCID hint (identify), the idle prompt's second button, the
# greeting on the language screen (shown in every language at once)
ui-language-hello = ようこそ
ui-idle-start-over = 最初からやり直す
ui-identify-iccid-where = ICCIDの場所
ui-identify-iccid-card = SIMが付いていたカードや外箱
ui-identify-iccid-iphone = iPhone: 設定 › 一般 › 情報
ui-identify-iccid-android = Android: 設定 › デバイス情報 › SIMのステータス
