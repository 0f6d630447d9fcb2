# คำที่ใช้ร่วมกันทุกส่วน ผู้ดูแล: i18n

## ชื่อภาษาเป็นภาษาไทย (หน้าจอเลือกภาษาแสดงชื่อแต่ละภาษาด้วยอักษรของภาษานั้น)
common-lang-ja = ภาษาญี่ปุ่น
common-lang-en = ภาษาอังกฤษ
common-lang-zh-hans = ภาษาจีน (ตัวย่อ)
common-lang-zh-hant = ภาษาจีน (ตัวเต็ม)
common-lang-ko = ภาษาเกาหลี
common-lang-th = ภาษาไทย
common-lang-vi = ภาษาเวียดนาม
common-lang-id = ภาษาอินโดนีเซีย
common-lang-es = ภาษาสเปน
common-lang-fr = ภาษาฝรั่งเศส
common-lang-de = ภาษาเยอรมัน

## ราคา $amount จัดกลุ่มหลักแล้ว (1,980); $sign เป็น "-" เมื่อเป็นส่วนลด นอกนั้นว่าง
## CLDR th: สัญลักษณ์อยู่หน้าตัวเลข ไม่เว้นวรรค
common-yen = { $sign }¥{ $amount }

## ปริมาณดาต้า $amount จัดรูปแบบแล้ว (1.5)
common-data-mb = { $amount } MB
common-data-gb = { $amount } GB
common-data-unlimited = ไม่จำกัด

## ระยะเวลา (ภาษาไทยไม่มีรูปพหูพจน์)
common-days = { $count } วัน
## การซื้อ $count รอบ รอบละ $days วัน; $total = $count × $days
common-periods =
    { $count ->
        [1] { $days } วัน
       *[other] { $count } รอบ × { $days } วัน (รวม { $total } วัน)
    }

common-yes = ใช่
common-no = ไม่ใช่
