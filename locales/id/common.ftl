# Kata bersama untuk semua bagian. Penanggung jawab: i18n.

## Nama bahasa, dalam bahasa Indonesia (pemilih bahasa menampilkan tiap nama dalam aksaranya sendiri).
common-lang-ja = Bahasa Jepang
common-lang-en = Bahasa Inggris
common-lang-zh-hans = Bahasa Tionghoa (Sederhana)
common-lang-zh-hant = Bahasa Tionghoa (Tradisional)
common-lang-ko = Bahasa Korea
common-lang-th = Bahasa Thai
common-lang-vi = Bahasa Vietnam
common-lang-id = Bahasa Indonesia
common-lang-es = Bahasa Spanyol
common-lang-fr = Bahasa Prancis
common-lang-de = Bahasa Jerman

## Harga. $amount sudah dikelompokkan (1.980); $sign "-" untuk potongan, selain itu kosong.
## CLDR id: simbol di depan, tanpa spasi.
common-yen = { $sign }¥{ $amount }

## Kuota. $amount sudah diformat (1,5).
common-data-mb = { $amount } MB
common-data-gb = { $amount } GB
common-data-unlimited = Tanpa batas

## Durasi (bahasa Indonesia tidak punya bentuk jamak setelah angka).
common-days = { $count } hari
## Pembelian $count periode masing-masing $days hari; $total = $count × $days.
common-periods =
    { $count ->
        [1] { $days } hari
       *[other] { $count } × { $days } hari ({ $total } hari)
    }

common-yes = Ya
common-no = Tidak
