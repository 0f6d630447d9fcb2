//! Thin byte pipes under the session: a serial port (framed ZVT) or TCP (bare APDUs).

pub mod serial;
pub mod tcp;

pub use serial::{SerialParity, SerialSettings, SerialTransport};
pub use tcp::{DEFAULT_TCP_PORT, TcpTransport};

use super::link::LinkMode;
use crate::payment::PaymentError;
use std::time::Duration;

/// A connection to a terminal. One owner (the driver's thread); every call is bounded.
pub trait Transport: Send {
    fn mode(&self) -> LinkMode;
    /// For logs and error messages: the port or address.
    fn describe(&self) -> String;
    /// Open if not open (again after an error: the terminal may be back).
    fn ensure_open(&mut self) -> Result<(), PaymentError>;
    fn write_all(&mut self, bytes: &[u8]) -> Result<(), PaymentError>;
    /// Whatever arrives within `timeout`; `Ok(0)` when nothing did.
    fn read(&mut self, buf: &mut [u8], timeout: Duration) -> Result<usize, PaymentError>;
    /// Drop the connection; the next `ensure_open` reopens it.
    fn close(&mut self);
}
