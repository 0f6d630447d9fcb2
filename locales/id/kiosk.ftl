# Teks layar sentuh. Penanggung jawab: ui. Setiap ID diawali `ui-`.

## Semua layar: bilah di atas.
ui-high-contrast = Kontras tinggi
ui-large-text = Teks besar
ui-back = Kembali
ui-cancel = Batal

ui-step = Langkah { $current } dari { $total }
ui-step-short = { $current }/{ $total }

## Layar awal (semua bahasa tampil bersamaan, masing-masing dalam aksaranya).
ui-attract-title = Perpanjang SIM data Anda
ui-attract-touch = Sentuh layar untuk memulai
ui-attract-from = Paket mulai { $price }

## Pilih bahasa.
ui-language-title = Pilih bahasa Anda

## Kenali SIM.
ui-identify-title-number = Masukkan nomor telepon SIM Anda
ui-identify-hint-number = 11 digit, diawali 070, 080, atau 090
ui-identify-title-iccid = Masukkan ICCID yang tercetak di kartu SIM Anda
ui-identify-hint-iccid = 19 atau 20 digit, diawali 89
ui-identify-use-iccid = Tidak tahu nomornya? Gunakan ICCID
ui-identify-use-number = Gunakan nomor telepon saja
ui-identify-submit = Lanjut
ui-keypad-delete = Hapus
ui-keypad-clear = Hapus semua
ui-identify-looking-up = Mencari SIM Anda…
ui-lookup-not-found = SIM ini tidak ditemukan. Silakan periksa nomornya dan coba lagi.
ui-lookup-unavailable = Operator seluler tidak dapat dihubungi saat ini. Silakan coba lagi dalam beberapa menit.

## Status SIM.
ui-status-title = SIM Anda
ui-status-carrier = Operator
ui-status-plan = Paket saat ini
ui-status-data-left = Sisa kuota
ui-status-expires = Berlaku hingga (waktu Jepang)
ui-status-continue = Pilih paket
ui-status-expired =
    { $days ->
        [1] Masa berlaku habis kemarin
       *[other] Masa berlaku habis { $days } hari lalu
    }
ui-status-expires-today = Masa berlaku habis hari ini
ui-status-expires-soon =
    { $days ->
        [1] Masa berlaku habis besok
       *[other] Masa berlaku habis dalam { $days } hari
    }
ui-status-no-data = Kuota habis

## Paket.
ui-plans-title = Pilih paket
ui-plans-per-period = per { $days } hari
ui-plans-periods-title = Berapa periode sekaligus?
ui-plans-saving = Hemat { $amount }
ui-plans-next = Periksa pesanan
ui-plans-none = Tidak ada paket untuk SIM ini di kios ini. Silakan tanyakan kepada petugas.

## Periksa pesanan.
ui-review-title = Periksa pesanan Anda
ui-review-sim = SIM
ui-review-plan = Paket
ui-review-subtotal = Subtotal
ui-review-discount-periods = Diskon { $periods } periode atau lebih ({ $percent }%)
ui-review-discount-promo = Promo: { $name }
ui-review-total = Total
ui-review-tax = Termasuk pajak konsumsi { $rate }%: { $amount }
ui-review-pay = Bayar dengan kartu
ui-review-pay-wallet = Bayar dengan PayPay
ui-review-item = { $name } · { $periods }
ui-review-new-expiry = Masa berlaku baru (waktu Jepang)
ui-review-carry-over = Sisa kuota dibawa ke periode berikutnya
ui-review-no-carry-over = Sisa kuota tidak dibawa ke periode berikutnya

## Membayar di terminal kartu.
ui-pay-title = Bayar di terminal kartu
ui-pay-amount = Jumlah yang harus dibayar
ui-pay-follow = Silakan ikuti petunjuk pada terminal kartu di bawah layar.
ui-pay-cancel = Batalkan pembayaran
ui-pay-no-cancel = Pembayaran sedang diproses dan tidak dapat dibatalkan lagi.

ui-wallet-title = Pindai kode QR dengan aplikasi pembayaran Anda
ui-wallet-accepted = Diterima: { $wallets }
ui-wallet-time-left = Kode QR ini berlaku selama { $time } lagi.
ui-wallet-how = Buka aplikasi, ketuk Pindai, lalu arahkan kamera ke kode QR.

## Memproses.
ui-processing-title = Memperpanjang SIM Anda…
ui-processing-body = Pembayaran Anda telah diterima. Proses ini memerlukan beberapa detik, mohon tunggu.

## Struk.
ui-receipt-title = Silakan ambil struk Anda
ui-receipt-printing = Mencetak struk Anda…
ui-receipt-qr = Pindai kode ini untuk melihat struk elektronik
ui-receipt-paper-out = Struk Anda tidak dapat dicetak. SIM Anda sudah diperpanjang. Pindai kode untuk melihat struk elektronik, atau minta struk cetak kepada petugas.
ui-receipt-finish = Selesai

## Selesai.
ui-done-title = Selesai!
## Tanda berhasil di atas judul: sebuah simbol, sama di semua bahasa.
ui-done-mark = ✓
ui-done-back = Kembali ke layar awal sebentar lagi.
ui-done-finish = Selesai

## Penjualan tidak berhasil.
ui-failed-title = Pembayaran tidak berhasil
ui-failed-title-cancelled = Pembayaran dibatalkan
ui-failed-title-declined = Kartu ditolak
ui-failed-title-printer = Pembayaran dihentikan sementara
ui-failed-title-reversed = Pembayaran dikembalikan ke kartu Anda
ui-failed-title-operator = Silakan hubungi petugas
ui-failed-declined = Kartu Anda ditolak. Tidak ada biaya yang ditagihkan. Anda dapat mencoba kartu lain.
ui-failed-aborted = Pembayaran dibatalkan. Tidak ada biaya yang ditagihkan.
ui-failed-printer = Printer struk belum siap, sehingga pembayaran belum dapat diterima. Tidak ada biaya yang ditagihkan.
ui-failed-terminal = Terminal kartu mengalami masalah. Tidak ada biaya yang ditagihkan.
ui-failed-reversed = SIM Anda tidak dapat diperpanjang, sehingga pembayaran dikembalikan ke kartu Anda.
ui-failed-operator = Terjadi masalah setelah pembayaran Anda. Silakan tunjukkan nomor referensi ini kepada petugas: { $reference }
ui-failed-title-wallet-refused = Pembayaran tidak diterima
ui-failed-wallet-refused = Aplikasi pembayaran Anda tidak menerima pembayaran ini. Tidak ada biaya yang ditagihkan. Anda dapat mencoba lagi atau membayar dengan cara lain.
ui-failed-title-wallet-expired = Kode QR sudah tidak berlaku
ui-failed-wallet-expired = Masa berlaku kode QR habis sebelum dibayar. Tidak ada biaya yang ditagihkan. Anda dapat mencoba lagi dengan kode baru.
ui-failed-title-wallet-unavailable = Pembayaran dengan kode QR sedang tidak tersedia
ui-failed-wallet-unavailable = Layanan pembayaran dengan kode QR tidak merespons. Tidak ada biaya yang ditagihkan. Silakan bayar dengan cara lain atau coba lagi nanti.
ui-failed-title-wallet-returned = Pembayaran dikembalikan ke aplikasi Anda
ui-failed-wallet-returned = SIM Anda tidak dapat diperpanjang, sehingga pembayaran dikembalikan ke aplikasi pembayaran Anda.
ui-failed-title-wallet-unconfirmed = Mohon jangan membayar lagi
ui-failed-wallet-unconfirmed = Kami tidak dapat memastikan apakah pembayaran Anda berhasil. Jika berhasil, pembayaran akan dikembalikan ke aplikasi pembayaran Anda secara otomatis. Jika perlu bantuan, tunjukkan nomor referensi ini kepada petugas: { $reference }
ui-failed-retry = Coba lagi
ui-failed-finish = Selesai

## Tidak beroperasi (semua bahasa tampil bersamaan).
ui-oos-title = Untuk sementara tidak beroperasi
ui-oos-terminal = Terminal kartu tidak berfungsi.
ui-oos-printer = Printer struk tidak berfungsi.
ui-oos-carrier = Operator seluler tidak dapat dihubungi.
ui-oos-operator = Petugas sedang memeriksa kios ini.

## "Perlu waktu lagi?"
ui-idle-title = Perlu waktu lagi?
ui-idle-countdown = Kembali ke awal dalam { $seconds } detik
ui-idle-more = Tambah waktu

## PIN petugas (tekan lama di pojok kiri atas).
ui-operator-title = Akses petugas
ui-operator-pin = Masukkan PIN petugas
ui-operator-unavailable = Layar petugas belum terpasang di versi ini, sehingga PIN belum dapat diperiksa.
ui-operator-close = Tutup

# Layar input: letak ICCID (kenali SIM), tombol kedua pada pertanyaan waktu,
# salam di layar bahasa (semua bahasa tampil bersamaan)
ui-language-hello = Selamat datang
ui-idle-start-over = Mulai lagi
ui-identify-iccid-where = Di mana letaknya?
ui-identify-iccid-card = Di kartu atau kemasan SIM Anda
ui-identify-iccid-iphone = iPhone: Pengaturan › Umum › Mengenai
ui-identify-iccid-android = Android: Setelan › Tentang ponsel › Status SIM
