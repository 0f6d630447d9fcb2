//! The file driver: appends each job to a file (or a spool device). It cannot ask a file for
//! status, so it always reports a ready printer.

use crate::printer::{PaperLevel, PrinterError, PrinterStatus, ReceiptPrinter};
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, Clone)]
pub struct FilePrinter {
    path: PathBuf,
}

impl FilePrinter {
    pub fn new(path: impl Into<PathBuf>) -> FilePrinter {
        FilePrinter { path: path.into() }
    }
}

impl ReceiptPrinter for FilePrinter {
    fn status(&mut self) -> Result<PrinterStatus, PrinterError> {
        Ok(PrinterStatus {
            online: true,
            cover_open: false,
            paper: PaperLevel::Ok,
            error: None,
        })
    }

    fn print(&mut self, job: &[u8]) -> Result<(), PrinterError> {
        let fail = |e: std::io::Error| {
            PrinterError::JobFailed(format!("writing {}: {e}", self.path.display()))
        };
        let mut f = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&self.path)
            .map_err(fail)?;
        f.write_all(job).map_err(fail)?;
        f.sync_data().map_err(fail)
    }
}
