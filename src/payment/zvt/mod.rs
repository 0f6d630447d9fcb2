//! ZVT (PA00P015/PA00P016): the ECR side for real card terminals, and a terminal simulator.
//!
//! Layers, innermost first: `frame` (serial framing, CRC) and `apdu` (APDU codec) and `bmp`
//! (fields) are pure codecs; `link` (ACK/NAK, repeats, T1/T2) and `session` (commands, T3/T4,
//! the commit point) are sans-IO state machines; `transport`, `terminal` and `outcome` (the
//! `PaymentTerminal` impl) are the thin I/O around them. `simulator` is the terminal side.

pub mod apdu;
pub mod bmp;
pub mod cli;
pub mod command;
pub mod frame;
pub mod gate;
pub mod link;
pub mod mask;
pub mod messages;
pub mod outcome;
mod report;
pub mod session;
#[cfg(test)]
mod session_gate_tests;
#[cfg(test)]
mod session_tests;
pub mod simulator;
pub mod terminal;
pub mod transport;
#[cfg(test)]
mod vector_tests;

pub use messages::message_id;
pub use terminal::ZvtTerminal;
pub use transport::{SerialSettings, Transport};
