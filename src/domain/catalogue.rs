//! The catalogue: carriers, their plans, multi-period tiers and promotions (from kiosk.toml).
//!
//! A plan is sold in periods of `days`; buying `n` periods at once extends expiry by `days × n`.
//! Nothing here is a calendar month.

use super::money::Yen;
use super::names::Names;
use super::promotion::Promotion;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// Days of validity a plan may have.
pub const PLAN_DAYS: std::ops::RangeInclusive<u32> = 7..=30;

/// A mobile network operator.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Carrier {
    /// `docomo`, `softbank`, `au`.
    pub id: String,
    /// Brand name as printed (`NTT docomo`).
    pub name: String,
    /// Name in Japanese if it differs (`NTTドコモ`), for the ja screens and receipt.
    pub name_ja: Option<String>,
    /// Whether data left unused at renewal carries over to the new period (the carrier's rule;
    /// the review screen says so before the customer pays).
    pub data_carries_over: bool,
    /// Whether the carrier's data SIMs may have `020` data-only numbers (kiosk.toml
    /// `numbers_020`); the identify screen then takes them besides 070/080/090.
    pub numbers_020: bool,
}

impl Carrier {
    /// The carrier's own name for `lang` (a language tag): `name_ja` in Japanese, else `name`.
    pub fn name_for(&self, lang: &str) -> &str {
        match (&self.name_ja, lang) {
            (Some(ja), "ja") => ja,
            _ => &self.name,
        }
    }
}

/// Data included in a plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DataAllowance {
    Megabytes(u32),
    Unlimited,
}

impl DataAllowance {
    /// `None` for unlimited (the `data_mb` JSON convention).
    pub fn megabytes(self) -> Option<u32> {
        match self {
            DataAllowance::Megabytes(mb) => Some(mb),
            DataAllowance::Unlimited => None,
        }
    }
}

/// One prepaid plan: `days` of validity with `data` per period, bought for one of the `periods`
/// counts at once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    pub id: String,
    pub carrier_id: String,
    /// Display name per language (`Travel 3GB`, `トラベル 3GB`).
    pub name: Names,
    pub data: DataAllowance,
    pub days: u32,
    /// Tax-inclusive price of one period.
    pub price: Yen,
    /// Period counts on offer, ascending (e.g. `[1, 2, 3, 6]`).
    pub periods: Vec<u32>,
}

/// Buying at least `periods` periods at once takes `percent` off the subtotal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct MultiPeriodTier {
    pub periods: u32,
    pub percent: u32,
}

/// A catalogue whose references are known to be consistent (see [`Catalogue::new`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Catalogue {
    carriers: Vec<Carrier>,
    plans: Vec<Plan>,
    tiers: Vec<MultiPeriodTier>,
    promotions: Vec<Promotion>,
}

/// An inconsistency in catalogue data (kiosk.toml reports these with lines before we get here).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CatalogueError {
    #[error("duplicate {what} id {id:?}")]
    DuplicateId { what: &'static str, id: String },
    #[error("plan {plan_id:?}: unknown carrier {carrier_id:?}")]
    UnknownCarrier { plan_id: String, carrier_id: String },
    #[error("promotion {promotion_id:?}: unknown plan {plan_id:?}")]
    UnknownPlan {
        promotion_id: String,
        plan_id: String,
    },
    #[error("plan {plan_id:?}: {reason}")]
    InvalidPlan { plan_id: String, reason: String },
    #[error("multi-period tier for {periods} periods: {reason}")]
    InvalidTier { periods: u32, reason: String },
    #[error("promotion {promotion_id:?}: {reason}")]
    InvalidPromotion {
        promotion_id: String,
        reason: String,
    },
}

impl Catalogue {
    /// Build a catalogue, checking every reference and range; returns every problem found.
    pub fn new(
        carriers: Vec<Carrier>,
        plans: Vec<Plan>,
        mut tiers: Vec<MultiPeriodTier>,
        promotions: Vec<Promotion>,
    ) -> Result<Catalogue, Vec<CatalogueError>> {
        let mut errors = Vec::new();
        let dup = |what: &'static str, ids: Vec<&str>, errors: &mut Vec<CatalogueError>| {
            let mut seen = HashSet::new();
            for id in ids {
                if !seen.insert(id) {
                    errors.push(CatalogueError::DuplicateId {
                        what,
                        id: id.to_string(),
                    });
                }
            }
        };
        dup(
            "carrier",
            carriers.iter().map(|c| c.id.as_str()).collect(),
            &mut errors,
        );
        dup(
            "plan",
            plans.iter().map(|p| p.id.as_str()).collect(),
            &mut errors,
        );
        dup(
            "promotion",
            promotions.iter().map(|p| p.id.as_str()).collect(),
            &mut errors,
        );
        for p in &plans {
            if !carriers.iter().any(|c| c.id == p.carrier_id) {
                errors.push(CatalogueError::UnknownCarrier {
                    plan_id: p.id.clone(),
                    carrier_id: p.carrier_id.clone(),
                });
            }
            let bad = |reason: String| CatalogueError::InvalidPlan {
                plan_id: p.id.clone(),
                reason,
            };
            if !PLAN_DAYS.contains(&p.days) {
                errors.push(bad(format!("{} days is outside 7..=30", p.days)));
            }
            if p.price.0 <= 0 {
                errors.push(bad(format!("price {} must be positive", p.price.0)));
            }
            if p.periods.is_empty() || p.periods.contains(&0) {
                errors.push(bad("periods must be a non-empty list of counts >= 1".into()));
            }
        }
        for t in &tiers {
            if t.periods < 2 || t.percent == 0 || t.percent >= 100 {
                errors.push(CatalogueError::InvalidTier {
                    periods: t.periods,
                    reason: "needs periods >= 2 and 1..=99 percent".into(),
                });
            }
        }
        for pr in &promotions {
            for plan_id in pr.plans.iter().flatten() {
                if !plans.iter().any(|p| &p.id == plan_id) {
                    errors.push(CatalogueError::UnknownPlan {
                        promotion_id: pr.id.clone(),
                        plan_id: plan_id.clone(),
                    });
                }
            }
            if pr.start >= pr.end {
                errors.push(CatalogueError::InvalidPromotion {
                    promotion_id: pr.id.clone(),
                    reason: "start must be before end".into(),
                });
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        tiers.sort_by_key(|t| t.periods);
        Ok(Catalogue {
            carriers,
            plans,
            tiers,
            promotions,
        })
    }

    pub fn carriers(&self) -> &[Carrier] {
        &self.carriers
    }

    pub fn carrier(&self, id: &str) -> Option<&Carrier> {
        self.carriers.iter().find(|c| c.id == id)
    }

    /// The numbers a customer may type: `020` ones only when a carrier here sells such SIMs.
    pub fn number_rules(&self) -> super::NumberRules {
        super::NumberRules {
            data_020: self.carriers.iter().any(|c| c.numbers_020),
        }
    }

    pub fn plans(&self) -> &[Plan] {
        &self.plans
    }

    pub fn plan(&self, id: &str) -> Option<&Plan> {
        self.plans.iter().find(|p| p.id == id)
    }

    /// The plans of one carrier, in catalogue order.
    pub fn plans_for<'a>(&'a self, carrier_id: &'a str) -> impl Iterator<Item = &'a Plan> + 'a {
        self.plans
            .iter()
            .filter(move |p| p.carrier_id == carrier_id)
    }

    /// Multi-period tiers, ascending by periods.
    pub fn tiers(&self) -> &[MultiPeriodTier] {
        &self.tiers
    }

    pub fn promotions(&self) -> &[Promotion] {
        &self.promotions
    }

    /// The tier for buying `periods` periods: the largest tier not above `periods`.
    pub fn tier_for(&self, periods: u32) -> Option<MultiPeriodTier> {
        self.tiers
            .iter()
            .rev()
            .find(|t| t.periods <= periods)
            .copied()
    }

    /// Promotions that apply to `plan_id` at `now` (for badges), in catalogue order.
    pub fn active_promotions<'a>(
        &'a self,
        plan_id: &'a str,
        now: DateTime<Utc>,
    ) -> impl Iterator<Item = &'a Promotion> + 'a {
        self.promotions
            .iter()
            .filter(move |p| p.is_active(now) && p.applies_to(plan_id))
    }
}
