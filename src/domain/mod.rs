//! Pure business rules: money, tax, SIM identity, catalogue, promotions and quotes.
pub mod catalogue;
pub mod expiry;
pub mod money;
pub mod names;
pub mod pricing;
pub mod promotion;
pub mod quote;
pub mod sim;
pub mod tax;

pub use catalogue::{Carrier, Catalogue, CatalogueError, DataAllowance, MultiPeriodTier, Plan};
pub use money::Yen;
pub use names::Names;
pub use pricing::QuoteError;
pub use promotion::{Promotion, PromotionKind};
pub use quote::{Discount, DiscountKind, Quote};
pub use sim::{
    ArgValue, NumberRules, SimId, SimIdError, format_partial, parse_sim, parse_sim_with,
};
