# ข้อความบนหน้าจอสัมผัส ผู้ดูแล: ui ทุก ID ขึ้นต้นด้วย `ui-`

## ทุกหน้าจอ: แถบด้านบน
ui-high-contrast = คอนทราสต์สูง
ui-large-text = ตัวอักษรใหญ่
ui-back = ย้อนกลับ
ui-cancel = ยกเลิก

ui-step = ขั้นตอนที่ { $current }/{ $total }
ui-step-short = { $current }/{ $total }

## หน้าจอรอ (แสดงทุกภาษาพร้อมกัน)
ui-attract-title = ต่ออายุซิมเน็ต
ui-attract-touch = แตะหน้าจอเพื่อเริ่ม
ui-attract-from = แพ็กเกจเริ่มต้น { $price }

## เลือกภาษา
ui-language-title = กรุณาเลือกภาษา

## ระบุซิม
ui-identify-title-number = กรุณาใส่หมายเลขโทรศัพท์ของซิม
ui-identify-hint-number = ตัวเลข 11 หลัก ขึ้นต้นด้วย 070, 080 หรือ 090
ui-identify-title-iccid = กรุณาใส่หมายเลข ICCID ที่พิมพ์อยู่บนการ์ดซิม
ui-identify-hint-iccid = ตัวเลข 19 หรือ 20 หลัก ขึ้นต้นด้วย 89
ui-identify-use-iccid = ไม่ทราบหมายเลข? ใช้ ICCID แทน
ui-identify-use-number = ใช้หมายเลขโทรศัพท์แทน
ui-identify-submit = ถัดไป
ui-keypad-delete = ลบ
ui-keypad-clear = ลบทั้งหมด
ui-identify-looking-up = กำลังค้นหาซิมของคุณ…
ui-lookup-not-found = ไม่พบซิมนี้ กรุณาตรวจสอบหมายเลขแล้วลองอีกครั้ง
ui-lookup-unavailable = ขณะนี้ติดต่อผู้ให้บริการมือถือไม่ได้ กรุณาลองใหม่ในอีกสักครู่

## สถานะซิม
ui-status-title = ซิมของคุณ
ui-status-carrier = ผู้ให้บริการ
ui-status-plan = แพ็กเกจปัจจุบัน
ui-status-data-left = ดาต้าคงเหลือ
ui-status-expires = ใช้ได้ถึง (เวลาญี่ปุ่น)
ui-status-continue = เลือกแพ็กเกจ
ui-status-expired =
    { $days ->
        [1] หมดอายุเมื่อวานนี้
       *[other] หมดอายุไปแล้ว { $days } วัน
    }
ui-status-expires-today = หมดอายุวันนี้
ui-status-expires-soon =
    { $days ->
        [1] หมดอายุพรุ่งนี้
       *[other] หมดอายุในอีก { $days } วัน
    }
ui-status-no-data = ดาต้าหมดแล้ว

## แพ็กเกจ
ui-plans-title = กรุณาเลือกแพ็กเกจ
ui-plans-per-period = ต่อ { $days } วัน
ui-plans-periods-title = ต้องการซื้อกี่รอบในครั้งเดียว?
ui-plans-saving = ประหยัด { $amount }
ui-plans-next = ตรวจสอบคำสั่งซื้อ
ui-plans-none = ตู้นี้ไม่มีแพ็กเกจสำหรับซิมนี้ กรุณาติดต่อพนักงาน

## ตรวจสอบคำสั่งซื้อ
ui-review-title = ตรวจสอบคำสั่งซื้อ
ui-review-sim = ซิม
ui-review-plan = แพ็กเกจ
ui-review-subtotal = ยอดรวมย่อย
ui-review-discount-periods = ส่วนลดเมื่อซื้อ { $periods } รอบขึ้นไป ({ $percent }%)
ui-review-discount-promo = โปรโมชัน: { $name }
ui-review-total = ยอดรวม
ui-review-tax = รวมภาษีการบริโภค { $rate }%: { $amount }
ui-review-pay = ชำระด้วยบัตร
ui-review-pay-wallet = ชำระด้วย PayPay
ui-review-item = { $name } · { $periods }
ui-review-new-expiry = วันหมดอายุใหม่ (เวลาญี่ปุ่น)
ui-review-carry-over = ดาต้าที่ใช้ไม่หมดจะยกไปใช้ต่อได้
ui-review-no-carry-over = ดาต้าที่ใช้ไม่หมดจะไม่ยกไปใช้ต่อ

## ชำระเงินที่เครื่องรับบัตร
ui-pay-title = กรุณาชำระเงินที่เครื่องรับบัตร
ui-pay-amount = ยอดที่ต้องชำระ
ui-pay-follow = เครื่องรับบัตรอยู่ใต้หน้าจอ กรุณาทำตามคำแนะนำบนเครื่อง
ui-pay-cancel = ยกเลิกการชำระเงิน
ui-pay-no-cancel = กำลังดำเนินการชำระเงิน ไม่สามารถยกเลิกได้แล้ว

ui-wallet-title = สแกนคิวอาร์โค้ดด้วยแอปชำระเงินของคุณ
ui-wallet-accepted = รองรับ: { $wallets }
ui-wallet-time-left = คิวอาร์โค้ดนี้ใช้ได้อีก { $time }
ui-wallet-how = เปิดแอป แตะสแกน แล้วส่องกล้องไปที่คิวอาร์โค้ด

## กำลังดำเนินการ
ui-processing-title = กำลังต่ออายุซิม…
ui-processing-body = ได้รับการชำระเงินแล้ว ใช้เวลาเพียงไม่กี่วินาที กรุณารอสักครู่

## ใบเสร็จ
ui-receipt-title = กรุณารับใบเสร็จ
ui-receipt-printing = กำลังพิมพ์ใบเสร็จ…
ui-receipt-qr = สแกนคิวอาร์โค้ดนี้เพื่อดูใบเสร็จอิเล็กทรอนิกส์
ui-receipt-paper-out = พิมพ์ใบเสร็จไม่ได้ แต่ต่ออายุซิมเรียบร้อยแล้ว กรุณาสแกนคิวอาร์โค้ด เพื่อดูใบเสร็จอิเล็กทรอนิกส์ หรือขอใบเสร็จฉบับพิมพ์จากพนักงาน
ui-receipt-finish = เสร็จสิ้น

## เสร็จแล้ว
ui-done-title = เรียบร้อยแล้ว!
## เครื่องหมายสำเร็จเหนือหัวข้อ: สัญลักษณ์เดียวกันทุกภาษา
ui-done-mark = ✓
ui-done-back = ระบบจะกลับสู่หน้าจอเริ่มต้นในอีกไม่กี่วินาที
ui-done-finish = เสร็จสิ้น

## การซื้อไม่สำเร็จ
ui-failed-title = ชำระเงินไม่สำเร็จ
ui-failed-title-cancelled = ยกเลิกการชำระเงินแล้ว
ui-failed-title-declined = บัตรถูกปฏิเสธ
ui-failed-title-printer = หยุดรับชำระเงินชั่วคราว
ui-failed-title-reversed = คืนเงินเข้าบัตรแล้ว
ui-failed-title-operator = กรุณาติดต่อพนักงาน
ui-failed-declined = บัตรของคุณถูกปฏิเสธ ไม่มีการเรียกเก็บเงิน คุณสามารถลองใช้บัตรอื่นได้
ui-failed-aborted = ยกเลิกการชำระเงินแล้ว ไม่มีการเรียกเก็บเงิน
ui-failed-printer = เครื่องพิมพ์ใบเสร็จยังไม่พร้อม จึงยังรับชำระเงินไม่ได้ ไม่มีการเรียกเก็บเงิน
ui-failed-terminal = เครื่องรับบัตรมีปัญหา ไม่มีการเรียกเก็บเงิน
ui-failed-reversed = ต่ออายุซิมไม่สำเร็จ จึงคืนเงินเข้าบัตรของคุณแล้ว
ui-failed-operator = เกิดปัญหาหลังการชำระเงิน กรุณาแสดงหมายเลขอ้างอิงนี้แก่พนักงาน: { $reference }
ui-failed-title-wallet-refused = การชำระเงินไม่ได้รับการอนุมัติ
ui-failed-wallet-refused = แอปชำระเงินของคุณไม่อนุมัติการชำระเงินนี้ ไม่มีการเรียกเก็บเงิน คุณสามารถลองอีกครั้งหรือชำระด้วยวิธีอื่น
ui-failed-title-wallet-expired = คิวอาร์โค้ดหมดอายุแล้ว
ui-failed-wallet-expired = คิวอาร์โค้ดหมดอายุก่อนการชำระเงิน ไม่มีการเรียกเก็บเงิน คุณสามารถลองอีกครั้งด้วยโค้ดใหม่
ui-failed-title-wallet-unavailable = ขณะนี้ไม่สามารถชำระด้วยคิวอาร์โค้ดได้
ui-failed-wallet-unavailable = บริการชำระเงินด้วยคิวอาร์โค้ดไม่ตอบสนอง ไม่มีการเรียกเก็บเงิน กรุณาชำระด้วยวิธีอื่นหรือลองใหม่ภายหลัง
ui-failed-title-wallet-returned = คืนเงินเข้าแอปชำระเงินแล้ว
ui-failed-wallet-returned = ต่ออายุซิมไม่สำเร็จ จึงคืนเงินเข้าแอปชำระเงินของคุณแล้ว
ui-failed-title-wallet-unconfirmed = กรุณาอย่าชำระเงินซ้ำ
ui-failed-wallet-unconfirmed = ไม่สามารถยืนยันได้ว่าการชำระเงินของคุณสำเร็จหรือไม่ หากสำเร็จ เงินจะถูกคืนเข้าแอปชำระเงินของคุณโดยอัตโนมัติ หากต้องการความช่วยเหลือ กรุณาแสดงหมายเลขอ้างอิงนี้แก่พนักงาน: { $reference }
ui-failed-retry = ลองอีกครั้ง
ui-failed-finish = เสร็จสิ้น

## งดให้บริการ (แสดงทุกภาษาพร้อมกัน)
ui-oos-title = งดให้บริการชั่วคราว
ui-oos-terminal = เครื่องรับบัตรใช้งานไม่ได้
ui-oos-printer = เครื่องพิมพ์ใบเสร็จใช้งานไม่ได้
ui-oos-carrier = ติดต่อผู้ให้บริการมือถือไม่ได้
ui-oos-operator = พนักงานกำลังตรวจสอบตู้นี้

## "ต้องการเวลาเพิ่มหรือไม่?"
ui-idle-title = ต้องการเวลาเพิ่มหรือไม่?
ui-idle-countdown = จะกลับไปหน้าเริ่มต้นใน { $seconds } วินาที
ui-idle-more = ต้องการเวลาเพิ่ม

## รหัส PIN พนักงาน (กดค้างที่มุมซ้ายบน)
ui-operator-title = สำหรับพนักงาน
ui-operator-pin = กรุณาใส่รหัส PIN พนักงาน
ui-operator-unavailable = เวอร์ชันนี้ยังไม่ได้ติดตั้งหน้าจอพนักงาน จึงยังตรวจสอบรหัส PIN ไม่ได้
ui-operator-close = ปิด

# หน้าจอป้อนข้อมูล: ตำแหน่ง ICCID (ระบุซิม) ปุ่มที่สองของคำถามเรื่องเวลา
# คำทักทายบนหน้าจอเลือกภาษา (แสดงทุกภาษาพร้อมกัน)
ui-language-hello = ยินดีต้อนรับ
ui-idle-start-over = เริ่มใหม่
ui-identify-iccid-where = ดูได้ที่ไหน
ui-identify-iccid-card = บนการ์ดหรือกล่องที่ใส่ซิมมา
ui-identify-iccid-iphone = iPhone: การตั้งค่า › ทั่วไป › เกี่ยวกับ
ui-identify-iccid-android = Android: การตั้งค่า › เกี่ยวกับโทรศัพท์ › สถานะซิม
