# โหมดพนักงาน (หน้าจอหลังรหัส PIN) สำหรับพนักงานร้าน
# อักขระที่หน้าจอพนักงานใส่คั่นระหว่างข้อความ ระบุไว้ให้ชุดฟอนต์ย่อยมีครบ
# (tools/subset-fonts.sh อ่านไฟล์เหล่านี้): · → × ( ) / -

## ทั่วไป
op-back = ย้อนกลับ
op-cancel = ยกเลิก
op-refresh = รีเฟรช
op-loading = กำลังโหลด…
op-working = กำลังดำเนินการ… กรุณารอ
op-ok = ปกติ
op-unknown = ไม่ทราบ
op-action-failed = ดำเนินการไม่สำเร็จ:
op-leave = กลับไปหน้าจอลูกค้า
op-idle-hint = โหมดพนักงานจะปิดเองเมื่อไม่มีการแตะนาน 2 นาที

## รหัส PIN
op-pin-wrong = รหัส PIN ผิด เหลืออีก { $remaining } ครั้งก่อนแป้นจะถูกล็อก
op-pin-locked = ใส่รหัส PIN ผิดหลายครั้งเกินไป แป้นถูกล็อก ลองใหม่ในอีก { $time }
op-pin-disabled = โหมดพนักงานปิดอยู่: ยังไม่ได้ตั้งรหัส PIN ใน kiosk.toml ([operator] pin_hash)
op-pin-too-short = รหัส PIN พนักงานมี 6 ถึง 8 หลัก
op-pin-checking = กำลังตรวจสอบรหัส PIN…

## หน้าหลัก: สถานะอุปกรณ์
op-home-title = เมนูพนักงาน
op-terminal = เครื่องรับบัตร
op-terminal-not-ready = ยังไม่พร้อม (รหัส { $code })
op-no-answer = ไม่มีการตอบกลับ: { $error }
op-printer = เครื่องพิมพ์ใบเสร็จ
op-printer-offline = ออฟไลน์
op-printer-cover-open = ฝาเปิดอยู่
op-printer-error = ข้อผิดพลาด: { $error }
op-paper = กระดาษ
op-paper-ok = ปกติ
op-paper-near-end = ใกล้หมด — ควรเปลี่ยนเร็ว ๆ นี้
op-paper-out = กระดาษหมด
op-carrier = ผู้ให้บริการ
op-carrier-last = { $backend } — ต่ออายุครั้งล่าสุด { $time }
op-carrier-none = { $backend } — ยังไม่มีการต่ออายุ
op-service = การขาย
op-service-on = เปิดให้บริการ
op-service-off = งดให้บริการ (พนักงานตั้งไว้)
op-menu-decisions = รายการที่ต้องตรวจสอบ
op-menu-decisions-count = รายการที่ต้องตรวจสอบ ({ $count })
op-menu-reprint = พิมพ์ใบเสร็จซ้ำ
op-menu-end-of-day = ปิดยอดประจำวัน
op-menu-service = งดให้บริการ / หยุดตู้

## รายการที่ต้องตัดสินใจ
op-decisions-title = รายการที่ต้องตรวจสอบ
op-decisions-none = ไม่มีรายการที่ต้องตรวจสอบ ทุกรายการเรียบร้อยแล้ว
op-decision-title = รายการ
op-decision-in-progress = อาจมีการขายที่ยังดำเนินการรายการนี้อยู่ ลองใหม่ในอีกสักครู่
op-decision-no-action = ไม่ต้องทำอะไรที่นี่ ระบบกู้คืนจะจัดการให้เอง
op-decision-gone = รายการนี้ไม่ได้รออยู่แล้ว
op-history = ประวัติ
op-field-state = สถานะ
op-field-amount = ยอดเงิน
op-amount-value = { $amount } (ภาษี { $tax })
op-field-sim = ซิม
op-field-plan = แพ็กเกจ
op-field-card = บัตร
op-field-approval = รหัสอนุมัติ
op-field-receipt-no = เลขที่สลิปเครื่องรับบัตร
op-field-started = เริ่มเมื่อ
op-field-id = รหัสรายการ
op-field-renewed-until = ต่ออายุถึง
op-field-note = บันทึกล่าสุด
op-action-retry = ต่ออายุอีกครั้ง
op-action-reverse = คืนเงิน
op-action-resolve = ทำเครื่องหมายว่าจัดการแล้วพร้อมบันทึก
op-action-reprint = พิมพ์ใบเสร็จ
op-confirm-retry = ต่ออายุซิมนี้อีกครั้งด้วยคำขอเดิมใช่ไหม? ผู้ให้บริการจะไม่ต่ออายุซ้ำสำหรับการชำระเงินครั้งเดียว
op-confirm-reverse = คืนเงินรายการนี้เข้าบัตรใช่ไหม? ยกเลิกภายหลังไม่ได้
op-settled-renewed = ต่ออายุแล้ว กรุณาพิมพ์ใบเสร็จให้ลูกค้า
op-settled-reversed = คืนเงินแล้ว
op-settled-resolved = ทำเครื่องหมายว่าจัดการแล้ว

## บันทึก
op-note-title = จัดการพร้อมบันทึก
op-note-presets = เลือกบันทึก หรือพิมพ์เอง:
op-note-empty = (ยังไม่มีบันทึก)
op-note-refunded-cash = คืนเงินสดที่เคาน์เตอร์แล้ว
op-note-terminal-no-charge = ตรวจที่เครื่องรับบัตรแล้ว: ไม่มีการเรียกเก็บเงิน
op-note-customer-renewed = ลูกค้ายืนยันว่าซิมต่ออายุแล้ว
op-note-duplicate = ทำรายการซ้ำ ไม่ต้องดำเนินการ
op-key-space = เว้นวรรค

## พิมพ์ซ้ำ
op-reprint-title = พิมพ์ใบเสร็จซ้ำ
op-reprint-last = พิมพ์ใบเสร็จล่าสุดซ้ำ
op-reprint-recent = ใบเสร็จล่าสุด
op-reprint-none = ยังไม่มีใบเสร็จให้พิมพ์ซ้ำ
op-reprint-done = พิมพ์ใบเสร็จแล้ว
op-reprint-not-printed = เครื่องพิมพ์ไม่พิมพ์ ตรวจสอบกระดาษและฝาเครื่อง แล้วลองอีกครั้ง

## ปิดยอดประจำวัน
op-eod-title = ปิดยอดประจำวัน
op-eod-explain = ปิดยอดของวันที่เครื่องรับบัตรและพิมพ์รายงานประจำวันของตู้ รายงานจะถูกบันทึกไว้ด้วย
op-eod-run = เริ่มปิดยอดประจำวัน
op-eod-complete = ปิดยอดประจำวันเรียบร้อย
op-eod-incomplete = ปิดยอดประจำวันเสร็จแต่มีปัญหา
op-eod-day = วันที่
op-eod-terminal = เครื่องรับบัตร
op-eod-terminal-closed = ปิดยอดแล้ว
op-eod-terminal-failed = ปิดยอดไม่ได้: { $error }
op-eod-slip = สลิปรายงาน
op-eod-printed = พิมพ์แล้ว
op-eod-not-printed = ไม่ได้พิมพ์
op-eod-transactions = รายการ
op-eod-renewals = การต่ออายุ
op-eod-reversals = การคืนเงิน
op-eod-count-amount = { $count } / { $amount }
op-eod-open = ยังต้องตรวจสอบ
op-eod-stored = บันทึกรายงานแล้ว (ระเบียน { $id })

## งดให้บริการและออก
op-service-title = งดให้บริการ
op-service-turn-off = หยุดขาย (งดให้บริการ)
op-service-turn-on = เปิดขายต่อ
op-service-explain = "งดให้บริการ" แจ้งลูกค้าว่าตู้ปิดอยู่ และจะยังคงเป็นเช่นนั้นหลังรีสตาร์ตจนกว่าพนักงานจะเปิดขายต่อ
op-service-now-off = ตู้งดให้บริการแล้ว
op-service-now-on = ตู้กลับมาขายแล้ว
op-quit-title = หยุดตู้
op-quit-explain = ปิดโปรแกรมของตู้ (เพื่อบำรุงรักษา) หน้าจอจะดับจนกว่าจะเปิดโปรแกรมอีกครั้ง
op-quit = หยุดโปรแกรมของตู้
op-quit-confirm = หยุดโปรแกรมของตู้ตอนนี้ใช่ไหม? ลูกค้าจะใช้งานไม่ได้จนกว่าจะเปิดอีกครั้ง
op-quit-yes = หยุดเลย

## สถานะในบันทึกรายการ
op-state-created = เริ่มแล้ว
op-state-payment-requested = ขอชำระเงินแล้ว
op-state-payment-approved = อนุมัติการชำระเงินแล้ว
op-state-payment-declined = การชำระเงินถูกปฏิเสธ
op-state-payment-aborted = ยกเลิกการชำระเงินแล้ว
op-state-payment-failed = ชำระเงินไม่สำเร็จ
op-state-renewal-requested = ขอต่ออายุแล้ว
op-state-renewed = ต่ออายุแล้ว
op-state-renewal-failed = ต่ออายุไม่สำเร็จ
op-state-reversal-requested = ขอคืนเงินแล้ว
op-state-reversed = คืนเงินแล้ว
op-state-receipt-printed = พิมพ์ใบเสร็จแล้ว
op-state-receipt-failed = ค้างใบเสร็จ
op-state-done = เสร็จสิ้น
op-state-needs-operator = ต้องให้พนักงานดู
op-state-resolved = พนักงานจัดการแล้ว

# การปิดยอดประจำวันจะถามก่อนเริ่ม (เพิ่มพร้อมขั้นตอนยืนยัน)
op-eod-confirm = ปิดยอดประจำวันตอนนี้ใช่ไหม? จะปิดยอดของวันที่เครื่องรับบัตรและยกเลิกภายหลังไม่ได้
op-eod-confirm-run = ใช่ ปิดยอดประจำวัน

## Payments by QR wallet
op-field-method = ชำระด้วย
op-method-card = บัตร
op-field-wallet-status = สถานะจากผู้ให้บริการชำระเงิน
op-field-wallet-payment-id = รหัสการชำระเงินของผู้ให้บริการ
op-decision-waiting-provider = กำลังรอ { $method } ยืนยันว่ารายการนี้ชำระแล้วหรือไม่ ตู้จะสอบถามใหม่ทุก 30 วินาที และคืนเงินหากพบการชำระเงิน ขณะนี้ไม่ต้องดำเนินการใด ๆ
op-decision-waiting-provider-renew = กำลังรอ { $method } ยืนยันว่ารายการนี้ชำระแล้วหรือไม่ ตู้จะสอบถามใหม่ทุก 30 วินาที หากชำระแล้วจะต่ออายุซิม หากยังไม่ชำระจะปิดรายการขาย ขณะนี้ไม่ต้องดำเนินการใด ๆ
op-decision-waiting-badge = รอ { $method } ยืนยัน
op-confirm-reverse-wallet = คืนเงินรายการนี้เข้าบัญชี { $method } ของลูกค้าใช่ไหม? ยกเลิกภายหลังไม่ได้
op-eod-card = การต่ออายุที่ชำระด้วยบัตร (ยอดปิดของเครื่องรับบัตร)
op-eod-wallet = การต่ออายุที่ชำระด้วย { $method } (ไม่รวมในยอดปิดของเครื่องรับบัตร)
