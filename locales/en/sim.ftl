# SIM identity entry: error messages for what the customer typed. Owner: domain (src/domain/sim.rs).
# Ids match SimIdError::fluent_id(); variables match SimIdError::fluent_args().

sim-error-empty = Please enter your phone number or the ICCID printed on your SIM card.
# $ch: the character typed; $position: its place in the entry, counted from 1.
sim-error-invalid-character = “{ $ch }” can’t be used here (character { $position }). Please use digits only.
# $digits: digits entered so far; $expected: digits needed.
sim-error-too-short =
    { $digits ->
        [one] Only 1 digit so far — { $expected } are needed.
       *[other] Only { $digits } digits so far — { $expected } are needed.
    }
# $digits: digits entered; $max: the most allowed.
sim-error-too-long = That’s too many digits ({ $digits }): at most { $max }. Please check the number.
# $prefix: the start of the number, e.g. 03.
sim-error-not-mobile = Numbers starting { $prefix } aren’t mobile numbers. Japanese mobile numbers start with 070, 080 or 090.
# $digits: the number without its leading 0.
sim-error-missing-zero = It looks like the leading 0 is missing. Did you mean 0{ $digits }?
# $code: the country code typed.
sim-error-foreign-country = +{ $code } isn’t Japan’s country code. Please enter your Japanese number (+81 or starting with 0).
# $found: the first two digits typed.
sim-error-iccid-prefix = An ICCID starts with 89, but this starts with { $found }. Please check the number on your SIM card.
sim-error-iccid-check-digit = This ICCID doesn’t add up — one digit is probably mistyped. Please check it against your SIM card.
