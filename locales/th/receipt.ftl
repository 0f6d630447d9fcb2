# ใบเสร็จที่พิมพ์ (適格簡易請求書 ใบกำกับภาษีอย่างย่อตามระบบญี่ปุ่น) ผู้ดูแล: printer
# หัวข้อพิมพ์เป็น "<ภาษาญี่ปุ่น> / <ภาษาไทย>" ฝั่งภาษาญี่ปุ่นมาจากไฟล์ ja

receipt-title = ใบเสร็จรับเงิน (ใบกำกับภาษีอย่างย่อ)
receipt-reprint = พิมพ์ซ้ำ
receipt-issuer = ผู้ออกใบเสร็จ
receipt-registration = เลขทะเบียนผู้ออกใบกำกับภาษี
receipt-date = วันที่
receipt-kiosk = ตู้
receipt-transaction = เลขที่รายการ
receipt-items = รายการ
receipt-days = { $count } วัน
## $price จัดรูปแบบแล้ว (¥3,980); $count คือจำนวนรอบที่ซื้อ $total คือจำนวนวันรวม
receipt-unit-periods =
    { $count ->
        [1] { $price } ({ $total } วัน)
       *[other] { $price } × { $count } รอบ (รวม { $total } วัน)
    }
## ดาต้าและระยะเวลาของรายการ จัดรูปแบบแล้ว ($data "20 GB", $days "30 วัน")
receipt-item-detail = { $data } · { $days }
receipt-unit-price = ราคา
receipt-subtotal = ยอดรวมย่อย
receipt-discount-periods = ส่วนลดซื้อ { $periods } รอบขึ้นไป ({ $percent }%)
receipt-discount-promotion = โปรโมชัน: { $name }
receipt-total = ยอดรวม
receipt-tax-base = มูลค่าที่ต้องเสียภาษี 10%
receipt-tax-contained = รวมภาษีการบริโภค (10%)
receipt-payment = การชำระเงิน
receipt-card = บัตร
receipt-approval = รหัสอนุมัติ
receipt-slip-no = เลขที่สลิปเครื่องรับบัตร
receipt-trace-no = เลขที่อ้างอิง
receipt-sim = ซิม
receipt-new-expiry = วันหมดอายุใหม่
receipt-qr-hint = สแกนเพื่อดูใบเสร็จนี้ทางออนไลน์
## $contact: โทรศัพท์หรือที่อยู่จาก kiosk.toml
receipt-support = ติดต่อ: { $contact }
receipt-thanks = ขอบคุณที่ใช้บริการ ขอให้เดินทางโดยสวัสดิภาพ
receipt-test-title = หน้าทดสอบเครื่องพิมพ์
receipt-test-sample = ตัวอย่างอักษร: กขฃคฅฆง ฤ ฦ ๆ ฯ · ¥1,234
