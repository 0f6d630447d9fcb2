# SIM 識別碼輸入的錯誤訊息。負責: domain (src/domain/sim.rs)

sim-error-empty = 請輸入手機門號，或SIM卡上印的ICCID。
# $ch: 輸入的字元；$position: 第幾個字元（從1起算）
sim-error-invalid-character = 第{ $position }個字元「{ $ch }」無法使用，請只輸入數字。
# $digits: 已輸入位數；$expected: 需要的位數
sim-error-too-short = 目前只輸入{ $digits }碼，需要{ $expected }碼。
# $digits: 已輸入位數；$max: 最多位數
sim-error-too-long = 您輸入了{ $digits }碼，最多應為{ $max }碼，請再確認號碼。
# $prefix: 號碼開頭，例如 03
sim-error-not-mobile = { $prefix }開頭的號碼不是手機門號。日本的手機門號以070、080或090開頭。
# $digits: 去掉開頭0的號碼
sim-error-missing-zero = 開頭的「0」似乎漏掉了。您要輸入的是 0{ $digits } 嗎？
# $code: 輸入的國碼
sim-error-foreign-country = +{ $code } 不是日本的國碼。請輸入日本門號（+81 或以 0 開頭）。
# $found: 輸入的前兩碼
sim-error-iccid-prefix = ICCID應以89開頭，但您輸入的號碼以{ $found }開頭。請核對SIM卡上的號碼。
sim-error-iccid-check-digit = 這組ICCID的檢查碼不符，可能有一碼輸入錯誤。請對照SIM卡再確認一次。
