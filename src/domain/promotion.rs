//! Promotions: a discount on some plans during a JST date-time window.

use super::money::Yen;
use chrono::{DateTime, FixedOffset, NaiveDate, TimeZone, Utc};
use serde::{Deserialize, Serialize};

/// Japan Standard Time, UTC+9 all year (Japan has no daylight saving time).
pub fn jst() -> FixedOffset {
    FixedOffset::east_opt(9 * 3600).expect("UTC+9 is a valid offset")
}

/// The instant of JST midnight starting `date`.
pub fn jst_midnight(date: NaiveDate) -> DateTime<Utc> {
    let midnight = date.and_hms_opt(0, 0, 0).expect("00:00:00 is a valid time");
    jst()
        .from_local_datetime(&midnight)
        .single()
        .expect("a fixed offset has exactly one mapping")
        .with_timezone(&Utc)
}

/// How much a promotion takes off.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PromotionKind {
    /// Percent off the amount it applies to (1..=100).
    Percent(u32),
    /// Fixed yen off (never more than the amount it applies to).
    Fixed(Yen),
}

/// A promotion from kiosk.toml.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Promotion {
    pub id: String,
    /// Badge text per language (kiosk.toml gives one per offered language).
    pub name: super::names::Names,
    pub kind: PromotionKind,
    /// Plan ids it applies to; `None` means every plan.
    pub plans: Option<Vec<String>>,
    /// First instant the promotion applies (inclusive).
    pub start: DateTime<Utc>,
    /// First instant it no longer applies (exclusive).
    pub end: DateTime<Utc>,
    /// Applies on top of the best promotion instead of competing with it.
    pub stackable: bool,
}

impl Promotion {
    /// Active at `now`: `start <= now < end`.
    pub fn is_active(&self, now: DateTime<Utc>) -> bool {
        self.start <= now && now < self.end
    }

    pub fn applies_to(&self, plan_id: &str) -> bool {
        match &self.plans {
            None => true,
            Some(ids) => ids.iter().any(|id| id == plan_id),
        }
    }

    /// Yen taken off `amount`, rounded in the customer's favour (a percentage discount is
    /// rounded up to the next whole yen) and never more than `amount`.
    pub fn discount_on(&self, amount: Yen) -> Yen {
        let off = match &self.kind {
            PromotionKind::Percent(p) => percent_rounded_up(amount, *p),
            PromotionKind::Fixed(y) => *y,
        };
        Yen(off.0.clamp(0, amount.0.max(0)))
    }
}

/// `ceil(amount * percent / 100)` for a non-negative amount: discounts round up, in the
/// customer's favour.
pub fn percent_rounded_up(amount: Yen, percent: u32) -> Yen {
    if amount.0 <= 0 {
        return Yen::ZERO;
    }
    let n = i128::from(amount.0) * i128::from(percent);
    Yen(((n + 99) / 100) as i64)
}
