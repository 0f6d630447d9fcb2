# SIM 識別番号の入力エラー。担当: domain (src/domain/sim.rs)
# ID は SimIdError::fluent_id()、変数は SimIdError::fluent_args() と一致させること。

sim-error-empty = 電話番号、またはSIMカードに印字されたICCIDを入力してください。
# $ch: 入力された文字、$position: 何文字目か（1から数える）
sim-error-invalid-character = { $position }文字目の「{ $ch }」は使えません。数字のみで入力してください。
# $digits: 入力済みの桁数、$expected: 必要な桁数
sim-error-too-short = まだ{ $digits }桁です。{ $expected }桁で入力してください。
# $digits: 入力された桁数、$max: 最大桁数
sim-error-too-long = { $digits }桁入力されています。{ $max }桁以内の番号をご確認ください。
# $prefix: 番号の先頭（例: 03）
sim-error-not-mobile = { $prefix }で始まる番号は携帯電話番号ではありません。070・080・090で始まる番号を入力してください。
# $digits: 先頭の0を除いた番号
sim-error-missing-zero = 先頭の「0」が抜けているようです。0{ $digits } ではありませんか？
# $code: 入力された国番号
sim-error-foreign-country = +{ $code } は日本の国番号ではありません。日本の番号（+81 または 0 から始まる番号）を入力してください。
# $found: 入力された先頭2桁
sim-error-iccid-prefix = ICCIDは89で始まりますが、入力された番号は{ $found }で始まっています。SIMカードの番号をご確認ください。
sim-error-iccid-check-digit = ICCIDの番号が正しくないようです。入力ミスがないか、SIMカードの番号とお確かめください。
