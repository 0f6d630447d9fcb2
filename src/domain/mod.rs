//! Pure business rules: money, tax, SIM identity, catalogue, promotions and quotes.
pub mod catalogue;
pub mod money;
pub mod pricing;
pub mod promotion;
pub mod quote;
pub mod sim;
pub mod tax;

pub use catalogue::{Carrier, Catalogue, CatalogueError, DataAllowance, MultiMonthTier, Plan};
pub use money::Yen;
pub use pricing::QuoteError;
pub use promotion::{Promotion, PromotionKind};
pub use quote::{Discount, DiscountKind, Quote};
pub use sim::{ArgValue, SimId, SimIdError, format_partial, parse_sim};
