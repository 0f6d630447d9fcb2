# 印刷するレシート（適格簡易請求書）。担当: printer。

receipt-title = 領収書（適格簡易請求書）
receipt-reprint = 再発行
receipt-issuer = 発行事業者
receipt-registration = 登録番号
receipt-date = 日時
receipt-kiosk = 端末
receipt-transaction = 取引番号
receipt-items = 品目
receipt-days = { $count }日間
receipt-unit-periods =
    { $count ->
        [1] { $price }（{ $total }日間）
       *[other] { $price } × { $count }回分（計{ $total }日間）
    }
receipt-item-detail = { $data }・{ $days }
receipt-unit-price = 単価
receipt-subtotal = 小計
receipt-discount-periods = まとめ買い割引（{ $periods }回分以上・{ $percent }%）
receipt-discount-promotion = キャンペーン: { $name }
receipt-total = 合計
receipt-tax-base = 10%対象
receipt-tax-contained = 内消費税（10%）
receipt-payment = お支払い
receipt-card = カード
receipt-approval = 承認番号
receipt-slip-no = 伝票番号
receipt-trace-no = 処理通番
receipt-sim = SIM
receipt-new-expiry = 新しい有効期限
receipt-qr-hint = このレシートをオンラインで確認
receipt-support = お問い合わせ: { $contact }
receipt-thanks = ご利用ありがとうございました。よい旅を！
receipt-test-title = プリンターテスト
receipt-test-sample = 字形: 直 骨 · ¥1,234
