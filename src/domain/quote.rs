//! A priced offer for one plan and a number of months. Computed by `domain::pricing`.

use super::money::Yen;
use serde::{Deserialize, Serialize};

/// What the customer is asked to pay, with everything a receipt needs to show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    pub carrier_id: String,
    pub plan_id: String,
    pub months: u32,
    /// Tax-inclusive price of one month of the plan.
    pub unit_price: Yen,
    /// `unit_price * months`, before any discount.
    pub subtotal: Yen,
    /// Discounts applied, in the order applied (multi-month tier, then promotion).
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
    /// Multi-month tier discount, e.g. 3 months → 5 %.
    MultiMonth { months: u32, percent: u32 },
    /// A promotion from kiosk.toml, by its id.
    Promotion { promotion_id: String },
}
