# SIM 身份输入的错误提示。负责: domain (src/domain/sim.rs)

sim-error-empty = 请输入手机号码，或SIM卡上印有的ICCID。
# $ch: 输入的字符；$position: 第几个字符（从1开始）
sim-error-invalid-character = 第{ $position }个字符“{ $ch }”无法使用，请只输入数字。
# $digits: 已输入位数；$expected: 所需位数
sim-error-too-short = 目前只输入了{ $digits }位，需要{ $expected }位。
# $digits: 已输入位数；$max: 最多位数
sim-error-too-long = 您输入了{ $digits }位数字，最多应为{ $max }位，请核对号码。
# $prefix: 号码开头，例如 03
sim-error-not-mobile = 以{ $prefix }开头的不是手机号码。日本手机号码以070、080或090开头。
# $digits: 去掉开头0的号码
sim-error-missing-zero = 开头的“0”好像漏掉了。您要输入的是 0{ $digits } 吗？
# $code: 输入的国家代码
sim-error-foreign-country = +{ $code } 不是日本的国家代码。请输入日本号码（+81 或以 0 开头）。
# $found: 输入的前两位
sim-error-iccid-prefix = ICCID应以89开头，但您输入的号码以{ $found }开头。请核对SIM卡上的号码。
sim-error-iccid-check-digit = 这个ICCID校验不通过，可能有一位输错了。请对照SIM卡再检查一下。
