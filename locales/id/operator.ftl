# Mode petugas (layar di balik PIN). Dibaca oleh petugas toko.
# Karakter yang diletakkan tampilan petugas di antara pesan, dicantumkan agar subset font
# memuatnya (tools/subset-fonts.sh membaca berkas ini): · → × ( ) / -

## Umum
op-back = Kembali
op-cancel = Batal
op-refresh = Muat ulang
op-loading = Memuat…
op-working = Sedang diproses… mohon tunggu.
op-ok = OK
op-unknown = Tidak diketahui
op-action-failed = Tidak selesai:
op-leave = Kembali ke layar pelanggan
op-idle-hint = Mode petugas tertutup otomatis setelah 2 menit tanpa sentuhan.

## PIN
op-pin-wrong = PIN salah. Sisa { $remaining } kali percobaan sebelum papan tombol terkunci.
op-pin-locked = Terlalu banyak PIN salah. Papan tombol terkunci; coba lagi dalam { $time }.
op-pin-disabled = Mode petugas nonaktif: belum ada PIN di kiosk.toml ([operator] pin_hash).
op-pin-too-short = PIN petugas terdiri dari 6 sampai 8 digit.
op-pin-checking = Memeriksa PIN…

## Beranda: status perangkat
op-home-title = Menu petugas
op-terminal = Terminal kartu
op-terminal-not-ready = Belum siap (kode { $code })
op-no-answer = Tidak ada jawaban: { $error }
op-printer = Printer struk
op-printer-offline = Luring
op-printer-cover-open = Penutup terbuka
op-printer-error = Kesalahan: { $error }
op-paper = Kertas
op-paper-ok = OK
op-paper-near-end = Hampir habis — segera ganti
op-paper-out = Kertas habis
op-carrier = Operator
op-carrier-last = { $backend } — perpanjangan terakhir { $time }
op-carrier-none = { $backend } — belum ada perpanjangan
op-service = Penjualan
op-service-on = Beroperasi
op-service-off = Tidak beroperasi (diatur petugas)
op-menu-decisions = Transaksi yang perlu diperiksa
op-menu-decisions-count = Transaksi yang perlu diperiksa ({ $count })
op-menu-reprint = Cetak ulang struk
op-menu-end-of-day = Tutup hari
op-menu-service = Tidak beroperasi / hentikan kios

## Transaksi yang perlu keputusan
op-decisions-title = Transaksi yang perlu diperiksa
op-decisions-none = Tidak ada yang perlu diperiksa. Semua transaksi sudah selesai.
op-decision-title = Transaksi
op-decision-in-progress = Mungkin masih ada penjualan yang memproses transaksi ini. Coba lagi dalam beberapa menit.
op-decision-no-action = Tidak ada yang perlu dilakukan di sini; pemulihan akan menyelesaikannya sendiri.
op-decision-gone = Transaksi ini sudah tidak menunggu lagi.
op-history = Riwayat
op-field-state = Status
op-field-amount = Jumlah
op-amount-value = { $amount } (pajak { $tax })
op-field-sim = SIM
op-field-plan = Paket
op-field-card = Kartu
op-field-approval = Kode persetujuan
op-field-receipt-no = No. slip terminal
op-field-started = Dimulai
op-field-id = ID transaksi
op-field-renewed-until = Diperpanjang hingga
op-field-note = Catatan terakhir
op-action-retry = Ulangi perpanjangan
op-action-reverse = Kembalikan pembayaran
op-action-resolve = Tandai selesai dengan catatan
op-action-reprint = Cetak struk
op-confirm-retry = Perpanjang SIM ini lagi dengan permintaan awal? Operator tidak pernah memperpanjang dua kali untuk satu pembayaran.
op-confirm-reverse = Kembalikan pembayaran ini ke kartu? Tindakan ini tidak dapat dibatalkan.
op-settled-renewed = Sudah diperpanjang. Cetak struk untuk pelanggan.
op-settled-reversed = Pembayaran sudah dikembalikan.
op-settled-resolved = Ditandai selesai.

## Catatan
op-note-title = Selesaikan dengan catatan
op-note-presets = Pilih catatan, atau ketik sendiri:
op-note-empty = (belum ada catatan)
op-note-refunded-cash = Dikembalikan tunai di konter
op-note-terminal-no-charge = Sudah dicek di terminal: tidak ada tagihan
op-note-customer-renewed = Pelanggan memastikan SIM sudah diperpanjang
op-note-duplicate = Percobaan ganda; tidak perlu tindakan
op-key-space = Spasi

## Cetak ulang
op-reprint-title = Cetak ulang struk
op-reprint-last = Cetak ulang struk terakhir
op-reprint-recent = Struk terbaru
op-reprint-none = Belum ada struk untuk dicetak ulang.
op-reprint-done = Struk sudah dicetak.
op-reprint-not-printed = Printer tidak mencetak. Periksa kertas dan penutup, lalu coba lagi.

## Tutup hari
op-eod-title = Tutup hari
op-eod-explain = Menutup hari di terminal kartu dan mencetak laporan harian kios. Laporan juga disimpan.
op-eod-run = Jalankan tutup hari
op-eod-complete = Tutup hari selesai.
op-eod-incomplete = Tutup hari selesai dengan masalah.
op-eod-day = Hari
op-eod-terminal = Terminal kartu
op-eod-terminal-closed = Hari ditutup
op-eod-terminal-failed = Belum ditutup: { $error }
op-eod-slip = Slip laporan
op-eod-printed = Dicetak
op-eod-not-printed = Tidak dicetak
op-eod-transactions = Transaksi
op-eod-renewals = Perpanjangan
op-eod-reversals = Pengembalian dana
op-eod-count-amount = { $count } / { $amount }
op-eod-open = Masih perlu diperiksa
op-eod-stored = Laporan disimpan (catatan { $id }).

## Tidak beroperasi dan keluar
op-service-title = Tidak beroperasi
op-service-turn-off = Hentikan penjualan (tidak beroperasi)
op-service-turn-on = Lanjutkan penjualan
op-service-explain = "Tidak beroperasi" memberi tahu pelanggan bahwa kios tutup. Status ini tetap setelah dinyalakan ulang sampai petugas melanjutkan penjualan.
op-service-now-off = Kios sekarang tidak beroperasi.
op-service-now-on = Kios kembali berjualan.
op-quit-title = Hentikan kios
op-quit-explain = Menutup program kios (untuk perawatan). Layar tetap mati sampai program dijalankan lagi.
op-quit = Hentikan program kios
op-quit-confirm = Hentikan program kios sekarang? Pelanggan tidak dapat memakainya sampai dijalankan lagi.
op-quit-yes = Hentikan sekarang

## Status jurnal
op-state-created = Dimulai
op-state-payment-requested = Pembayaran diminta
op-state-payment-approved = Pembayaran disetujui
op-state-payment-declined = Pembayaran ditolak
op-state-payment-aborted = Pembayaran dibatalkan
op-state-payment-failed = Pembayaran gagal
op-state-renewal-requested = Perpanjangan diminta
op-state-renewed = Diperpanjang
op-state-renewal-failed = Perpanjangan gagal
op-state-reversal-requested = Pengembalian dana diminta
op-state-reversed = Dana dikembalikan
op-state-receipt-printed = Struk dicetak
op-state-receipt-failed = Struk belum dicetak
op-state-done = Selesai
op-state-needs-operator = Perlu petugas
op-state-resolved = Diselesaikan petugas

# Tutup hari meminta konfirmasi sebelum berjalan (ditambahkan bersama langkah konfirmasi)
op-eod-confirm = Jalankan tutup hari sekarang? Ini menutup hari di terminal kartu dan tidak dapat dibatalkan.
op-eod-confirm-run = Ya, jalankan tutup hari

## Payments by QR wallet
op-field-method = Dibayar dengan
op-method-card = Kartu
op-field-wallet-status = Status dari penyedia
op-field-wallet-payment-id = ID pembayaran penyedia
op-decision-waiting-provider = Menunggu { $method } memastikan apakah transaksi ini sudah dibayar. Kios menanyakan lagi setiap 30 detik dan mengembalikan pembayaran yang ditemukan; tidak perlu tindakan sekarang.
op-decision-waiting-provider-renew = Menunggu { $method } memastikan apakah transaksi ini sudah dibayar. Kios menanyakan lagi setiap 30 detik: jika sudah dibayar, SIM diperpanjang; jika belum, penjualan ditutup. Tidak perlu tindakan sekarang.
op-decision-waiting-badge = Menunggu { $method }
op-confirm-reverse-wallet = Kembalikan pembayaran ini ke akun { $method } pelanggan? Tindakan ini tidak dapat dibatalkan.
op-eod-card = Perpanjangan yang dibayar dengan kartu (batch terminal)
op-eod-wallet = Perpanjangan yang dibayar dengan { $method } (tidak termasuk batch terminal)
