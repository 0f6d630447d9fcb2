//! The guard that keeps full phone and card numbers out of the journal's masked fields.

use super::{JournalError, Result};

/// A run of this many digits with nothing between them is a full phone (11) or card (13+)
/// number, or an ICCID; no masked value has one.
const BARE_DIGIT_RUN: usize = 10;

/// Refuses `value` if it holds what looks like a full number (see [`full_numbers`]). For the
/// structured fields, where a full number is a programming error.
pub(super) fn check_masked(field: &'static str, value: &str) -> Result<()> {
    if full_numbers(value).next().is_some() {
        return Err(JournalError::Unmasked { field });
    }
    Ok(())
}

/// Free text (notes, audit details, messages from a device or a server) is masked instead of
/// refused, so a carrier's refusal that quotes the number can still be journalled: every digit of
/// a full number but the last four becomes `*`.
pub(super) fn mask_text(value: &str) -> String {
    let mut chars: Vec<char> = value.chars().collect();
    for (start, end) in full_numbers(value).collect::<Vec<_>>() {
        let digit_positions: Vec<usize> = (start..end)
            .filter(|&i| chars[i].is_ascii_digit())
            .collect();
        let keep = digit_positions.len().saturating_sub(4);
        for &i in &digit_positions[..keep] {
            chars[i] = '*';
        }
    }
    chars.into_iter().collect()
}

/// Char ranges of what looks like a full number: a bare run of 10+ digits, or digit groups
/// joined by single spaces, hyphens or dots that make a Japanese mobile number (070/080/090 + 8
/// digits, or `81` + 70/80/90 + 8 digits) or a card number (13–19 digits). Grouped numbers count
/// only when their groups have 3+ digits (bar the `81 90` prefix), so dates (`2026-11-25 12:00`)
/// and hex dumps (`06 30 00 00`) pass.
fn full_numbers(value: &str) -> impl Iterator<Item = (usize, usize)> {
    groups(value).into_iter().filter_map(|g| {
        let long_from = |skip: usize| g.lens.iter().skip(skip).all(|&n| n >= 3);
        let d = g.digits.as_str();
        let full = match g.lens.len() {
            0 => false,
            1 => d.len() >= BARE_DIGIT_RUN,
            _ => {
                (is_national_mobile(d) && long_from(0))
                    || (d.len() == 12
                        && d.starts_with("81")
                        && is_national_mobile(&format!("0{}", &d[2..]))
                        && long_from(2))
                    || ((13..=19).contains(&d.len()) && long_from(0))
            }
        };
        full.then_some((g.start, g.end))
    })
}

fn is_national_mobile(d: &str) -> bool {
    d.len() == 11 && ["070", "080", "090"].iter().any(|p| d.starts_with(p))
}

/// A sequence of digit groups: its digits, group lengths and char range.
struct Group {
    digits: String,
    lens: Vec<usize>,
    start: usize,
    end: usize,
}

/// The digit sequences of `value`. A single space, hyphen or dot between two digits joins
/// groups; anything else ends the sequence.
fn groups(value: &str) -> Vec<Group> {
    let chars: Vec<char> = value.chars().collect();
    let mut out = Vec::new();
    let mut cur: Option<Group> = None;
    let mut run = 0;
    for (i, &c) in chars.iter().enumerate() {
        if c.is_ascii_digit() {
            let g = cur.get_or_insert_with(|| Group {
                digits: String::new(),
                lens: Vec::new(),
                start: i,
                end: i,
            });
            g.digits.push(c);
            g.end = i + 1;
            run += 1;
            continue;
        }
        if let Some(g) = cur.as_mut() {
            if run > 0 {
                g.lens.push(run);
                run = 0;
            }
            let joins = matches!(c, ' ' | '-' | '.')
                && chars.get(i + 1).is_some_and(|n| n.is_ascii_digit());
            if !joins {
                out.extend(cur.take());
            }
        }
    }
    if let Some(mut g) = cur {
        if run > 0 {
            g.lens.push(run);
        }
        out.push(g);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{check_masked, mask_text};

    fn refused(v: &str) -> bool {
        check_masked("f", v).is_err()
    }

    #[test]
    fn full_numbers_in_any_grouping_are_refused() {
        for v in [
            "09012345678",
            "090-1234-5678",
            "call 090 1234 5678 please",
            "+81 90-1234-5678",
            "4111 1111 1111 1111",
            "4111-1111-1111-1111",
            "8981100000000000010",
            "1234567890",
        ] {
            assert!(refused(v), "`{v}` was accepted");
        }
    }

    #[test]
    fn masked_values_dates_and_amounts_pass() {
        for v in [
            "090-****-5678",
            "8981…0010",
            "************1234",
            "2026-11-25 12:00",
            "2026-11-25T12:00:00.000Z",
            r#"{"total":3960,"tax":360,"lines":[1980,1980]}"#,
            "receipt 42, trace 7",
            "sub_8f2c41ab",
            "ECR>PT 06 30 10 12 34 56 87 02 31 04 00 00 00 00 19 80",
            "0a 09 01 23 45 67 8b",
        ] {
            assert!(!refused(v), "`{v}` was refused");
        }
    }

    #[test]
    fn free_text_keeps_only_the_last_four_digits_of_a_full_number() {
        assert_eq!(
            mask_text("SIM 090-1234-5678 cancelled on 2026-11-25"),
            "SIM ***-****-5678 cancelled on 2026-11-25"
        );
        assert_eq!(mask_text("card 4111111111111111"), "card ************1111");
        assert_eq!(mask_text("+81 90 1234 5678"), "+** ** **** 5678");
        assert_eq!(mask_text("result 05, receipt 42"), "result 05, receipt 42");
        assert_eq!(mask_text("日本 09012345678 です"), "日本 *******5678 です");
    }
}
