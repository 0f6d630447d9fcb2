# カード端末からのお客様向けメッセージ（ZVT コードとの対応は src/payment/zvt/messages.rs）。

pay-insert-card = カードを差し込むか、タッチしてください。
pay-watch-pin = カード端末の案内に従い、暗証番号を入力してください。
pay-wait-host = カード会社に接続しています。しばらくお待ちください。
pay-remove-card = カードをお取りください。
pay-please-wait = しばらくお待ちください…
pay-confirm-amount = カード端末で金額をご確認ください。
pay-processing = お支払いを処理しています…
pay-approved = お支払いが承認されました。ありがとうございます。
pay-declined = カード会社によりお支払いが承認されませんでした。別のカードをお試しください。
pay-declined-host = カード会社からお支払いの承認が得られませんでした。別のカードをお試しください。
pay-card-not-accepted = このカードはご利用いただけません。別のカードをお試しください。
pay-card-unknown = このカードは認識できません。別のカードをお試しください。
pay-card-expired = このカードは有効期限が切れています。別のカードをご利用ください。
pay-card-unreadable = カードを読み取れませんでした。もう一度お試しいただくか、別のカードをご利用ください。
pay-processing-error = お支払いの処理中にエラーが発生しました。料金は請求されていません。
pay-not-possible = ただいまお支払いができません。しばらくしてからもう一度お試しください。
pay-insufficient-funds = ご利用可能額が不足しているため、お支払いが承認されませんでした。
pay-wrong-pin = 暗証番号が正しくありません。もう一度入力してください。
pay-pin-tries-exceeded = 暗証番号の入力回数が上限を超えました。カード会社にお問い合わせください。
pay-aborted = お支払いは取り消されました。料金は請求されていません。
pay-wrong-currency = このカードは日本円でのお支払いに対応していません。別のカードをご利用ください。
pay-terminal-unavailable = カード端末の準備ができていません。係員をお呼びください。
pay-host-unavailable = 現在カードネットワークに接続できません。数分後にもう一度お試しください。
pay-terminal-error = カード端末でエラーが発生しました。料金は請求されていません。
pay-already-reversed = このお支払いはすでに取り消されています。
pay-reversal-not-possible = このお支払いはここでは取り消せません。係員をお呼びください。
pay-amount-too-large = 金額がこのカードのご利用限度額を超えています。別のカードをご利用ください。
pay-amount-too-small = この金額はカードでお支払いいただけません。
pay-failed = お支払いを完了できませんでした。別のカードをお試しください。

# The payment is kept and the renewal is being applied (the carrier has not answered yet).
pay-pending-title = お支払いは確実に記録されています
pay-pending-body = ただいまSIMの更新手続き中です。数分かかることがありますが、ここでお待ちいただく必要はありません。
pay-pending-reference = 受付番号：{ $reference }
pay-pending-staff = 30分たってもSIMが更新されない場合は、この受付番号をスタッフにお見せください。
