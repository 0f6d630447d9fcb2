# Pesan terminal kartu untuk pelanggan (src/payment/zvt/messages.rs memetakan kode ZVT ke sini).

pay-insert-card = Silakan masukkan atau tempelkan kartu Anda.
pay-watch-pin = Silakan ikuti petunjuk pada terminal kartu dan masukkan PIN Anda.
pay-wait-host = Menghubungi penerbit kartu Anda. Mohon tunggu.
pay-remove-card = Silakan ambil kartu Anda.
pay-please-wait = Mohon tunggu…
pay-confirm-amount = Silakan konfirmasi jumlahnya pada terminal kartu.
pay-processing = Memproses pembayaran Anda…
pay-approved = Pembayaran berhasil. Terima kasih.
pay-declined = Penerbit kartu Anda menolak pembayaran. Silakan coba kartu lain.
pay-declined-host = Penerbit kartu Anda tidak menyetujui pembayaran. Silakan coba kartu lain.
pay-card-not-accepted = Kartu ini tidak dapat digunakan di sini. Silakan coba kartu lain.
pay-card-unknown = Kartu ini tidak dikenali. Silakan coba kartu lain.
pay-card-expired = Masa berlaku kartu ini sudah habis. Silakan gunakan kartu lain.
pay-card-unreadable = Kartu tidak dapat dibaca. Silakan coba lagi atau gunakan kartu lain.
pay-processing-error = Terjadi masalah saat memproses pembayaran. Tidak ada biaya yang ditagihkan.
pay-not-possible = Pembayaran belum dapat dilakukan saat ini. Silakan coba lagi nanti.
pay-insufficient-funds = Pembayaran ditolak: saldo atau limit kartu tidak mencukupi.
pay-wrong-pin = PIN salah. Silakan coba lagi.
pay-pin-tries-exceeded = Terlalu banyak PIN salah. Silakan hubungi penerbit kartu Anda.
pay-aborted = Pembayaran dibatalkan. Tidak ada biaya yang ditagihkan.
pay-wrong-currency = Kartu ini tidak dapat digunakan untuk membayar dalam yen Jepang. Silakan gunakan kartu lain.
pay-terminal-unavailable = Terminal kartu belum siap. Silakan minta bantuan petugas.
pay-host-unavailable = Jaringan kartu tidak dapat dihubungi saat ini. Silakan coba lagi dalam beberapa menit.
pay-terminal-error = Terminal kartu melaporkan kesalahan. Tidak ada biaya yang ditagihkan.
pay-already-reversed = Pembayaran ini sudah dikembalikan.
pay-reversal-not-possible = Pembayaran ini tidak dapat dikembalikan di sini. Silakan minta bantuan petugas.
pay-amount-too-large = Jumlahnya melebihi limit kartu ini. Silakan gunakan kartu lain.
pay-amount-too-small = Jumlahnya terlalu kecil untuk pembayaran kartu.
pay-failed = Pembayaran tidak dapat diselesaikan. Silakan coba kartu lain.

# Pembayaran tersimpan dan perpanjangan sedang diproses (operator belum menjawab).
pay-pending-title = Pembayaran Anda sudah tercatat
pay-pending-body = Perpanjangan SIM Anda sedang diproses. Ini bisa memakan waktu beberapa menit, dan Anda tidak perlu menunggu di sini.
pay-pending-reference = Referensi: { $reference }
pay-pending-staff = Jika SIM Anda belum diperpanjang dalam 30 menit, silakan tunjukkan nomor referensi ini kepada petugas.
