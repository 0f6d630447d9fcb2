//! Quoting: plan price x periods, multi-period tier, promotions, contained tax.
//!
//! Order of discounts (each on the amount left by the previous one):
//! 1. the multi-period tier (largest tier not above the periods bought);
//! 2. the single best non-stackable promotion active at `now` (largest yen amount; ties go to
//!    the first in catalogue order);
//! 3. every stackable active promotion, in catalogue order.
//!
//! Rounding: percentage discounts round *up* to the next yen (in the customer's favour); a fixed
//! discount never takes more than what is left, so the total is never negative. The consumption
//! tax is then computed once on the total (see [`super::tax`]).

use super::catalogue::Catalogue;
use super::money::Yen;
use super::promotion::percent_rounded_up;
use super::quote::{Discount, DiscountKind, Quote};
use super::tax;
use chrono::{DateTime, Utc};

/// Why a quote cannot be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum QuoteError {
    #[error("unknown plan {plan_id:?}")]
    UnknownPlan { plan_id: String },
    #[error("plan {plan_id:?} cannot be bought for {periods} periods (allowed: {allowed:?})")]
    PeriodsNotAllowed {
        plan_id: String,
        periods: u32,
        allowed: Vec<u32>,
    },
    #[error("plan {plan_id:?}: {periods} periods overflow the price arithmetic")]
    Overflow { plan_id: String, periods: u32 },
}

impl Catalogue {
    /// Price `periods` periods of `plan_id` at instant `now`.
    pub fn quote(
        &self,
        plan_id: &str,
        periods: u32,
        now: DateTime<Utc>,
    ) -> Result<Quote, QuoteError> {
        let plan = self.plan(plan_id).ok_or_else(|| QuoteError::UnknownPlan {
            plan_id: plan_id.to_string(),
        })?;
        if !plan.periods.contains(&periods) {
            return Err(QuoteError::PeriodsNotAllowed {
                plan_id: plan_id.to_string(),
                periods,
                allowed: plan.periods.clone(),
            });
        }
        let subtotal = plan
            .price
            .0
            .checked_mul(i64::from(periods))
            .map(Yen)
            .ok_or_else(|| QuoteError::Overflow {
                plan_id: plan_id.to_string(),
                periods,
            })?;

        let mut discounts = Vec::new();
        let mut left = subtotal;
        if let Some(tier) = self.tier_for(periods) {
            let amount = Yen(percent_rounded_up(left, tier.percent).0.min(left.0));
            left = left - amount;
            discounts.push(Discount {
                kind: DiscountKind::MultiPeriod {
                    periods: tier.periods,
                    percent: tier.percent,
                },
                amount,
            });
        }

        let active: Vec<_> = self.active_promotions(plan_id, now).collect();
        // max_by_key keeps the last maximum; iterate reversed so ties go to the first.
        let best = active
            .iter()
            .filter(|p| !p.stackable)
            .rev()
            .max_by_key(|p| p.discount_on(left))
            .copied();
        for promo in best
            .into_iter()
            .chain(active.iter().filter(|p| p.stackable).copied())
        {
            let amount = promo.discount_on(left);
            left = left - amount;
            discounts.push(Discount {
                kind: DiscountKind::Promotion {
                    promotion_id: promo.id.clone(),
                },
                amount,
            });
        }

        let total = Yen(left.0.max(0));
        Ok(Quote {
            carrier_id: plan.carrier_id.clone(),
            plan_id: plan.id.clone(),
            periods,
            unit_price: plan.price,
            subtotal,
            discounts,
            total,
            tax_contained: tax::consumption_tax(total),
            tax_rate_percent: tax::STANDARD_RATE_PERCENT,
        })
    }
}
