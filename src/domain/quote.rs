//! A priced offer for one plan and a number of periods (each `plan.days` long). Computed by `domain::pricing`.

use super::money::Yen;
use serde::{Deserialize, Serialize};

/// What the customer is asked to pay, with everything a receipt needs to show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    pub carrier_id: String,
    pub plan_id: String,
    /// Periods bought at once; each adds the plan's days. Stored as `months` in journals
    /// written before the rename, so the persisted name stays.
    #[serde(rename = "months")]
    pub periods: u32,
    /// Tax-inclusive price of one period of the plan.
    pub unit_price: Yen,
    /// `unit_price * periods`, before any discount.
    pub subtotal: Yen,
    /// Discounts applied, in the order applied (multi-period tier, then promotion).
    pub discounts: Vec<Discount>,
    /// Tax-inclusive total the card is charged.
    pub total: Yen,
    /// Consumption tax (10%) contained in `total`, computed once on the total.
    pub tax_contained: Yen,
    /// The tax rate in percent (10).
    pub tax_rate_percent: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Discount {
    pub kind: DiscountKind,
    /// Positive amount taken off.
    pub amount: Yen,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum DiscountKind {
    /// Discount for buying several periods at once, e.g. 3 periods or more → 8 %.
    /// Persisted under its former name, so stored quotes stay readable.
    #[serde(rename = "MultiMonth")]
    MultiPeriod {
        #[serde(rename = "months")]
        periods: u32,
        percent: u32,
    },
    /// A promotion from kiosk.toml, by its id.
    Promotion { promotion_id: String },
}

impl Quote {
    /// Days of validity bought: the plan's days for each period.
    pub fn total_days(&self, plan_days: u32) -> u32 {
        plan_days.saturating_mul(self.periods)
    }

    /// Total before promotions: the subtotal less the multi-period discount. The card's "old
    /// price" beside `total` when a promotion applies.
    pub fn before_promotions(&self) -> Yen {
        let multi: i64 = self
            .discounts
            .iter()
            .filter(|d| matches!(d.kind, DiscountKind::MultiPeriod { .. }))
            .map(|d| d.amount.0)
            .sum();
        Yen(self.subtotal.0 - multi)
    }
}
