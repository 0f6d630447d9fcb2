//! The receipt printer, behind a trait the engine drives. Layout and rasterising are pure.
//!
//! `receipt` (facts) -> `layout` (lines, Fluent) -> `raster` (1-bit, cosmic-text) -> `escpos`
//! (bytes); `status` parses replies; `driver` talks to real printers; `simulator` plays one.

pub mod cli;
pub mod decode;
pub mod driver;
pub mod escpos;
pub mod interp;
pub mod layout;
pub mod raster;
pub mod receipt;
pub mod render;
pub mod simulator;
pub mod status;
pub mod textmode;

pub use receipt::ReceiptFacts;
pub use render::{render_escpos, render_png};

/// How much paper is left, from `DLE EOT 4` (ESC/POS).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum PaperLevel {
    Ok,
    NearEnd,
    Out,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct PrinterStatus {
    pub online: bool,
    pub cover_open: bool,
    pub paper: PaperLevel,
    /// An error the printer reports (cutter, unrecoverable, …), in plain words for the operator.
    pub error: Option<String>,
}

impl PrinterStatus {
    /// Can a receipt be printed now? Paper near its end still prints.
    pub fn can_print(&self) -> bool {
        self.online && !self.cover_open && self.paper != PaperLevel::Out && self.error.is_none()
    }
}

#[derive(Debug, Clone, thiserror::Error, PartialEq, Eq)]
pub enum PrinterError {
    #[error("printer connection: {0}")]
    Transport(String),
    #[error("printer did not answer within {what}")]
    Timeout { what: String },
    #[error("printer sent an answer that is not an ESC/POS status: {0}")]
    BadStatus(String),
    #[error("printing failed: {0}")]
    JobFailed(String),
}

/// A receipt printer. Every call is bounded in time.
pub trait ReceiptPrinter: Send {
    fn status(&mut self) -> Result<PrinterStatus, PrinterError>;
    /// Send a whole job and confirm the printer processed it (ESC/POS `GS r`).
    fn print(&mut self, job: &[u8]) -> Result<(), PrinterError>;
}
