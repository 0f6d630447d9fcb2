//! The commit gate: what may be answered `80 00 00` during an authorisation (fail closed).

use super::bmp::Fields;
use super::bmp::fields::CURRENCY_JPY;

/// Why the commit gate refused a status information offered as an approval.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GateRefusal {
    #[error("no authorisation amount to check the approval against")]
    NothingRequested,
    #[error("result code {0:?} is not an approval (00)")]
    NotApproved(Option<u8>),
    #[error("approval without an amount (BMP 04)")]
    NoAmount,
    #[error("approval for {got} yen, {want} yen requested")]
    OtherAmount { want: u64, got: u64 },
    #[error("approval in currency {0:04}, not JPY (0392)")]
    OtherCurrency(u16),
}

/// The commit gate: only a complete approval (result 00, BMP 04 amount) for exactly the amount
/// requested, in yen, may be answered `80 00 00`. BMP 49 (currency) may be absent from a status
/// information; when present it must be 0392.
pub fn commit_gate(f: &Fields, expected: Option<u64>) -> Result<(), GateRefusal> {
    let want = expected.ok_or(GateRefusal::NothingRequested)?;
    if f.result_code != Some(0) {
        return Err(GateRefusal::NotApproved(f.result_code));
    }
    let got = f.amount.ok_or(GateRefusal::NoAmount)?;
    if got != want {
        return Err(GateRefusal::OtherAmount { want, got });
    }
    match f.currency {
        Some(c) if c != CURRENCY_JPY => Err(GateRefusal::OtherCurrency(c)),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod gate_tests {
    use super::*;

    fn parsed(bmps: &[u8]) -> Fields {
        Fields::parse(bmps).expect("test vector parses")
    }

    // 27 00 = result 00; 04 00 00 00 00 10 00 = 1000 yen; 49 03 92 = JPY; 49 09 78 = EUR.
    const RESULT_00: [u8; 2] = [0x27, 0x00];
    const AMOUNT_1000: [u8; 7] = [0x04, 0, 0, 0, 0, 0x10, 0x00];

    #[test]
    fn complete_approval_for_the_requested_yen_passes_the_gate() {
        let f = parsed(&[&RESULT_00[..], &AMOUNT_1000, &[0x49, 0x03, 0x92]].concat());
        assert_eq!(commit_gate(&f, Some(1000)), Ok(()));
        let without_currency = parsed(&[&RESULT_00[..], &AMOUNT_1000].concat());
        assert_eq!(commit_gate(&without_currency, Some(1000)), Ok(()));
    }

    #[test]
    fn approval_without_amount_is_refused_so_the_terminal_reverses() {
        let f = parsed(&[0x27, 0x00, 0x49, 0x03, 0x92]);
        assert_eq!(commit_gate(&f, Some(1000)), Err(GateRefusal::NoAmount));
    }

    #[test]
    fn approval_for_another_amount_is_refused() {
        let f = parsed(&[&RESULT_00[..], &[0x04, 0, 0, 0, 0, 0x09, 0x99]].concat());
        assert_eq!(
            commit_gate(&f, Some(1000)),
            Err(GateRefusal::OtherAmount {
                want: 1000,
                got: 999
            })
        );
    }

    #[test]
    fn approval_in_another_currency_is_refused() {
        let f = parsed(&[&RESULT_00[..], &AMOUNT_1000, &[0x49, 0x09, 0x78]].concat());
        assert_eq!(
            commit_gate(&f, Some(1000)),
            Err(GateRefusal::OtherCurrency(978))
        );
    }

    #[test]
    fn status_without_result_code_is_not_an_approval() {
        let f = parsed(&AMOUNT_1000);
        assert_eq!(
            commit_gate(&f, Some(1000)),
            Err(GateRefusal::NotApproved(None))
        );
    }

    #[test]
    fn nothing_passes_the_gate_without_a_requested_amount() {
        let f = parsed(&[&RESULT_00[..], &AMOUNT_1000].concat());
        assert_eq!(commit_gate(&f, None), Err(GateRefusal::NothingRequested));
    }
}
