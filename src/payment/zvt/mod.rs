//! ZVT (PA00P015/PA00P016): the ECR side for real card terminals, and a terminal simulator.
//!
//! Layers, innermost first: `frame` (serial framing, CRC) and `apdu` (APDU codec) and `bmp`
//! (fields) are pure codecs; `link` (ACK/NAK, repeats, T1/T2) and `session` (commands, T3/T4,
//! the commit point) are sans-IO state machines; `transport` and `terminal` are the thin I/O.

pub mod apdu;
pub mod bmp;
pub mod command;
pub mod frame;
pub mod link;
pub mod session;
#[cfg(test)]
mod session_tests;
pub mod terminal;
pub mod transport;

pub use terminal::ZvtTerminal;
pub use transport::{SerialSettings, Transport};
pub mod messages;
pub mod simulator;
pub use messages::message_id;
pub mod cli;
