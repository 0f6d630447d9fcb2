# Input SIM: pesan kesalahan atas yang diketik pelanggan. Penanggung jawab: domain (src/domain/sim.rs).
# ID sesuai SimIdError::fluent_id(); variabel sesuai SimIdError::fluent_args().

sim-error-empty = Silakan masukkan nomor telepon Anda atau ICCID yang tercetak di kartu SIM Anda.
# $ch: karakter yang diketik; $position: urutannya dalam input, mulai dari 1.
sim-error-invalid-character = “{ $ch }” tidak dapat digunakan di sini (karakter ke-{ $position }). Gunakan angka saja.
# $digits: digit yang sudah dimasukkan; $expected: digit yang diperlukan.
sim-error-too-short = Baru { $digits } digit — perlu { $expected } digit.
# $digits: digit yang dimasukkan; $max: jumlah maksimal.
sim-error-too-long = Terlalu banyak digit ({ $digits }): maksimal { $max }. Silakan periksa nomornya.
# $prefix: awal nomor, mis. 03.
sim-error-not-mobile = Nomor yang diawali { $prefix } bukan nomor seluler. Nomor seluler Jepang diawali 070, 080, atau 090.
# $digits: nomor tanpa angka 0 di depan.
sim-error-missing-zero = Sepertinya angka 0 di depan terlewat. Maksud Anda 0{ $digits }?
# $code: kode negara yang diketik.
sim-error-foreign-country = +{ $code } bukan kode negara Jepang. Silakan masukkan nomor Jepang Anda (+81 atau diawali 0).
# $found: dua digit pertama yang diketik.
sim-error-iccid-prefix = ICCID diawali 89, tetapi nomor ini diawali { $found }. Silakan periksa nomor di kartu SIM Anda.
sim-error-iccid-check-digit = ICCID ini tidak valid — mungkin ada satu digit yang salah ketik. Silakan cocokkan dengan kartu SIM Anda.
