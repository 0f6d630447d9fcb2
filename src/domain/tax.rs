//! Japanese consumption tax (消費税), standard rate 10 %.
//!
//! Prices are displayed tax-inclusive (総額表示, Consumption Tax Act art. 63), so the tax is the
//! part *contained* in a tax-inclusive total. For a qualified (simplified) invoice the tax is
//! computed once per invoice and per rate, never per line (消費税法施行令 art. 70-10), so callers
//! pass the receipt total, not line amounts.

use super::money::Yen;

/// The standard consumption tax rate in percent (national 7.8 % + local 2.2 %).
pub const STANDARD_RATE_PERCENT: u32 = 10;

/// Tax contained in a tax-inclusive amount at `rate_percent`:
/// `floor(total * rate / (100 + rate))`.
///
/// Rounding: fractions of a yen are truncated (切り捨て), the common practice for the
/// tax-contained amount on Japanese receipts; the law leaves the method to the issuer as long as
/// it is applied once per invoice and rate. A non-positive total contains no tax.
///
/// ```
/// use simkiosk::domain::{tax::contained_tax, Yen};
/// assert_eq!(contained_tax(Yen(1_980), 10), Yen(180));
/// assert_eq!(contained_tax(Yen(5_000), 10), Yen(454)); // 454.54… truncated
/// ```
pub fn contained_tax(total: Yen, rate_percent: u32) -> Yen {
    if total.0 <= 0 {
        return Yen::ZERO;
    }
    let rate = i128::from(rate_percent);
    // i128 so that no realistic total can overflow the multiplication.
    let tax = i128::from(total.0) * rate / (100 + rate);
    Yen(tax as i64)
}

/// [`contained_tax`] at the standard 10 % rate.
pub fn consumption_tax(total: Yen) -> Yen {
    contained_tax(total, STANDARD_RATE_PERCENT)
}
