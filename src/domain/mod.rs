//! Pure business rules: money, tax, SIM identity, catalogue, promotions and quotes.
pub mod money;
pub mod quote;
pub mod sim;

pub use money::Yen;
pub use quote::Quote;
pub use sim::SimId;
