//! Expiry in Japan time: what the status screen warns about and the expiry a renewal gives.
//!
//! `expires_on` is the SIM's last valid day (a Japan calendar date, as carriers state it).

use super::promotion::jst;
use chrono::{DateTime, Days, NaiveDate, Utc};

/// Within this many days of expiry the status screen says how many are left.
pub const SOON_DAYS: u32 = 7;

/// Today's date in Japan (UTC+9, no daylight saving time).
pub fn today_jst(now: DateTime<Utc>) -> NaiveDate {
    now.with_timezone(&jst()).date_naive()
}

/// A warning about a SIM, shown as a badge on the status screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SimAlert {
    /// The last valid day was `days_ago` days before today (at least 1).
    Expired { days_ago: u32 },
    /// Today is the last valid day.
    ExpiresToday,
    /// The last valid day is `days` days after today (1..=SOON_DAYS).
    ExpiresSoon { days: u32 },
    /// A limited plan with no data left (`Some(0)`); unlimited (`None`) never warns.
    NoDataLeft,
}

/// The warnings for a SIM on `today` (Japan date), the expiry one first.
pub fn alerts(expires_on: NaiveDate, data_left_mb: Option<u64>, today: NaiveDate) -> Vec<SimAlert> {
    let mut out = Vec::new();
    let delta = (expires_on - today).num_days();
    let expiry = match delta {
        d if d < 0 => Some(SimAlert::Expired {
            days_ago: u32::try_from(-d).unwrap_or(u32::MAX),
        }),
        0 => Some(SimAlert::ExpiresToday),
        d if d <= i64::from(SOON_DAYS) => Some(SimAlert::ExpiresSoon { days: d as u32 }),
        _ => None,
    };
    out.extend(expiry);
    if data_left_mb == Some(0) {
        out.push(SimAlert::NoDataLeft);
    }
    out
}

/// The last valid day after buying `periods` periods of `days`: counted from the day after the
/// current expiry, or from today (inclusive) when the SIM has already expired. `None` only when
/// the date overflows.
pub fn extended_expiry(
    expires_on: NaiveDate,
    today: NaiveDate,
    days: u32,
    periods: u32,
) -> Option<NaiveDate> {
    let start = expires_on.max(today.pred_opt()?);
    start.checked_add_days(Days::new(u64::from(days).checked_mul(u64::from(periods))?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
    }

    #[test]
    fn japan_date_turns_at_midnight_jst_not_utc() {
        let before = Utc
            .with_ymd_and_hms(2026, 12, 4, 14, 59, 59)
            .single()
            .unwrap();
        let after = Utc
            .with_ymd_and_hms(2026, 12, 4, 15, 0, 0)
            .single()
            .unwrap();
        assert_eq!(today_jst(before), d(2026, 12, 4));
        assert_eq!(
            today_jst(after),
            d(2026, 12, 5),
            "15:00 UTC is midnight in Japan"
        );
    }

    #[test]
    fn expiry_badges_by_days_from_today() {
        let today = d(2026, 12, 4);
        let at = |exp| alerts(exp, Some(100), today);
        assert_eq!(at(d(2026, 11, 30)), [SimAlert::Expired { days_ago: 4 }]);
        assert_eq!(at(d(2026, 12, 3)), [SimAlert::Expired { days_ago: 1 }]);
        assert_eq!(at(d(2026, 12, 4)), [SimAlert::ExpiresToday]);
        assert_eq!(at(d(2026, 12, 5)), [SimAlert::ExpiresSoon { days: 1 }]);
        assert_eq!(at(d(2026, 12, 11)), [SimAlert::ExpiresSoon { days: 7 }]);
        assert_eq!(at(d(2026, 12, 12)), [], "8 days left is not a warning");
    }

    #[test]
    fn no_data_left_warns_for_limited_plans_only() {
        let today = d(2026, 12, 4);
        let later = d(2027, 1, 30);
        assert_eq!(alerts(later, Some(0), today), [SimAlert::NoDataLeft]);
        assert_eq!(
            alerts(later, None, today),
            [],
            "unlimited has no data figure"
        );
        assert_eq!(
            alerts(d(2026, 11, 30), Some(0), today),
            [SimAlert::Expired { days_ago: 4 }, SimAlert::NoDataLeft]
        );
    }

    #[test]
    fn periods_extend_expiry_by_days_times_periods() {
        let today = d(2026, 12, 4);
        // Active until 12-10: two 15-day periods append 30 days after it.
        assert_eq!(
            extended_expiry(d(2026, 12, 10), today, 15, 2),
            Some(d(2027, 1, 9))
        );
        // Expired: counted from today, today being day 1 of 15.
        assert_eq!(
            extended_expiry(d(2026, 11, 30), today, 15, 1),
            Some(d(2026, 12, 18))
        );
    }
}
