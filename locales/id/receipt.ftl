# Struk cetak (適格簡易請求書, faktur sederhana yang memenuhi syarat). Penanggung jawab: printer.
# Judul dicetak "<Jepang> / <Indonesia>"; sisi Jepang berasal dari berkas ja.

receipt-title = Struk (faktur sederhana yang memenuhi syarat)
receipt-reprint = CETAK ULANG
receipt-issuer = Penerbit
receipt-registration = No. registrasi faktur
receipt-date = Tanggal
receipt-kiosk = Kios
receipt-transaction = No. transaksi
receipt-items = Keterangan
receipt-days = { $count } hari
## $price sudah diformat (¥3.980); $count jumlah periode yang dibeli, $total jumlah harinya.
receipt-unit-periods =
    { $count ->
        [1] { $price } ({ $total } hari)
       *[other] { $price } × { $count } ({ $total } hari)
    }
## Kuota dan durasi satu item, sudah diformat ($data "20 GB", $days "30 hari").
receipt-item-detail = { $data } · { $days }
receipt-unit-price = Harga
receipt-subtotal = Subtotal
receipt-discount-periods = Diskon { $periods } periode atau lebih ({ $percent }%)
receipt-discount-promotion = Promo: { $name }
receipt-total = Total
receipt-tax-base = Dasar pengenaan pajak 10%
receipt-tax-contained = Termasuk pajak konsumsi (10%)
receipt-payment = Pembayaran
receipt-card = Kartu
receipt-approval = Kode persetujuan
receipt-slip-no = No. slip terminal
receipt-trace-no = No. trace
receipt-sim = SIM
receipt-new-expiry = Masa berlaku baru
receipt-qr-hint = Pindai untuk melihat struk ini secara daring
## $contact: telepon atau alamat dari kiosk.toml.
receipt-support = Layanan pelanggan: { $contact }
receipt-thanks = Terima kasih, selamat jalan!
receipt-test-title = Halaman uji printer
receipt-test-sample = Contoh huruf: Aa Gg Jj Qq Yy · ¥1.234
