//! Drivers: one ESC/POS conversation (`EscPosPrinter`) over any byte link (serial, TCP, USB
//! printer device), plus a file driver. Every wait is bounded by a deadline.

mod file;
mod links;

pub use file::FilePrinter;
pub use links::{SerialLink, TcpLink, UsbLink};

use super::status::{
    self, DLE_ENQ_RECOVER, DLE_EOT_ERROR, DLE_EOT_OFFLINE, DLE_EOT_PAPER, DLE_EOT_PRINTER,
    GS_R_PAPER,
};
use super::{PrinterError, PrinterStatus, ReceiptPrinter};
use std::time::{Duration, Instant};

/// A byte pipe to a printer.
pub trait Link: Send {
    /// Writes all bytes, within the link's write timeout.
    fn send(&mut self, bytes: &[u8]) -> Result<(), PrinterError>;
    /// One byte from the printer, or `None` once `deadline` has passed.
    fn recv(&mut self, deadline: Instant) -> Result<Option<u8>, PrinterError>;
}

/// How long to wait for what.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timeouts {
    /// For one `DLE EOT` reply (a printer answers within milliseconds, even while busy).
    pub status: Duration,
    /// For a job's `GS r` confirmation, on top of the time the bytes take on the line.
    pub job_base: Duration,
    /// The line speed in bytes per second, to scale the job wait (115200 baud ≈ 11520 B/s).
    pub bytes_per_second: u32,
    /// How often to poll `DLE EOT 2` while a job prints, to notice paper out or cover open.
    pub poll: Duration,
}

impl Default for Timeouts {
    fn default() -> Self {
        Timeouts {
            status: Duration::from_millis(1000),
            job_base: Duration::from_secs(15),
            bytes_per_second: 11_520,
            poll: Duration::from_millis(250),
        }
    }
}

/// An ESC/POS printer (TM-T88 class) on a link.
pub struct EscPosPrinter<L: Link> {
    link: L,
    timeouts: Timeouts,
}

impl<L: Link> std::fmt::Debug for EscPosPrinter<L> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EscPosPrinter")
            .field("timeouts", &self.timeouts)
            .finish_non_exhaustive()
    }
}

/// Bytes written per `send` call, so the polling below is not starved on slow lines.
const CHUNK: usize = 4096;
/// The most data bytes one command of ours can still owe the printer: a `GS v 0` band of the
/// widest paper (80 mm, 72 bytes a row) and `BAND_ROWS` rows; every other command is shorter.
pub const MAX_OWED_BYTES: usize = 72 * super::escpos::BAND_ROWS as usize;
/// `ESC @` (1B 40): initialize printer; clears the print buffer and resets the modes.
const ESC_AT: [u8; 2] = [0x1B, 0x40];

impl<L: Link> EscPosPrinter<L> {
    pub fn new(link: L, timeouts: Timeouts) -> Self {
        EscPosPrinter { link, timeouts }
    }

    /// Throws away bytes left over from an earlier exchange.
    fn drain(&mut self) -> Result<(), PrinterError> {
        while self.link.recv(Instant::now())?.is_some() {}
        Ok(())
    }

    /// Sends one real-time request and returns its reply byte (validated by the parser).
    fn query(&mut self, request: [u8; 3]) -> Result<u8, PrinterError> {
        self.link.send(&request)?;
        let deadline = Instant::now() + self.timeouts.status;
        // `drain` emptied the line first, so this byte is the reply; the parser checks it.
        self.link
            .recv(deadline)?
            .ok_or_else(|| PrinterError::Timeout {
                what: format!("DLE EOT {} reply ({:?})", request[2], self.timeouts.status),
            })
    }

    /// Sends `GS r 1` and waits for its reply: a printer that takes it as a command (not as the
    /// data of an unfinished one) answers once all earlier data is processed.
    fn answers_in_order(&mut self) -> Result<bool, PrinterError> {
        self.link.send(&GS_R_PAPER)?;
        let deadline = Instant::now() + self.timeouts.status;
        while let Some(b) = self.link.recv(deadline)? {
            if status::is_gs_r_reply(b) {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Brings a printer out of a job a dead host left half-sent. Real-time status still answers
    /// then (ESC/POS `DLE EOT`, Notes), but every other byte is taken as the data the unfinished
    /// command was promised — a `GS v 0` picture waits for up to `MAX_OWED_BYTES` — so the next
    /// job would print as dots and its `GS r` never be answered. If `GS r 1` gets no answer, the
    /// missing data is sent as zeros (blank dots; once the command is complete the printer ignores
    /// the rest, NUL being no command), then `ESC @` resets it. Returns whether it had to.
    fn finish_broken_job(&mut self) -> Result<bool, PrinterError> {
        if self.answers_in_order()? {
            return Ok(false);
        }
        tracing::warn!("printer: no answer in order; finishing a half-sent job with blank data");
        for chunk in [0u8; MAX_OWED_BYTES].chunks(CHUNK) {
            self.link.send(chunk)?;
        }
        self.link.send(&ESC_AT)?;
        if self.answers_in_order()? {
            return Ok(true);
        }
        Err(PrinterError::Timeout {
            what: format!(
                "GS r reply after finishing a half-sent job ({:?})",
                self.timeouts.status
            ),
        })
    }

    fn read_status(&mut self) -> Result<PrinterStatus, PrinterError> {
        let printer = self.query(DLE_EOT_PRINTER)?;
        let offline = self.query(DLE_EOT_OFFLINE)?;
        let paper = self.query(DLE_EOT_PAPER)?;
        let error = if status::parse_offline(offline)?.error {
            Some(self.query(DLE_EOT_ERROR)?)
        } else {
            None
        };
        status::combine(printer, offline, paper, error)
    }

    /// Waits for the `GS r 1` reply, polling `DLE EOT 2` so a stop mid-job is seen at once.
    fn await_confirmation(&mut self, job_len: usize) -> Result<(), PrinterError> {
        let line = Duration::from_millis(
            job_len as u64 * 1000 / u64::from(self.timeouts.bytes_per_second.max(1)),
        );
        let deadline = Instant::now() + self.timeouts.job_base + line;
        // A stop is believed when two replies in a row say so: picture data that happens to hold
        // `10 04 n` draws a real-time reply too (ESC/POS `DLE EOT`, Notes), and with paper near
        // its end that `DLE EOT 4` reply reads like "cover open".
        let mut stop_seen = false;
        loop {
            let poll_until = (Instant::now() + self.timeouts.poll).min(deadline);
            while let Some(b) = self.link.recv(poll_until)? {
                if status::is_gs_r_reply(b) {
                    tracing::debug!(reply = format!("{b:#04x}"), "printer: job confirmed (GS r)");
                    return Ok(());
                }
                let cause = status::parse_offline(b)?;
                let stopped = cause.cover_open || cause.paper_end_stop || cause.error;
                if stopped && stop_seen {
                    return Err(PrinterError::JobFailed(format!(
                        "printer stopped mid-job: {}",
                        describe_stop(cause)
                    )));
                }
                stop_seen = stopped;
            }
            if Instant::now() >= deadline {
                return Err(PrinterError::Timeout {
                    what: format!("job confirmation (GS r) for {job_len} bytes"),
                });
            }
            self.link.send(&DLE_EOT_OFFLINE)?;
        }
    }
}

fn describe_stop(cause: status::OfflineCause) -> String {
    let mut why = Vec::new();
    if cause.paper_end_stop {
        why.push("paper out");
    }
    if cause.cover_open {
        why.push("cover open");
    }
    if cause.error {
        why.push("printer error");
    }
    why.join(", ")
}

impl<L: Link> ReceiptPrinter for EscPosPrinter<L> {
    /// The printer's state; a ready printer is also brought out of a half-sent job first, so the
    /// check before a sale (and the one at start) leaves it able to print the next receipt.
    fn status(&mut self) -> Result<PrinterStatus, PrinterError> {
        self.drain()?;
        let status = self.read_status()?;
        // A stopped printer answers no `GS r`; `print` clears its buffers (`DLE ENQ 2`) anyway.
        if status.can_print() && self.finish_broken_job()? {
            self.drain()?;
            return self.read_status();
        }
        Ok(status)
    }

    fn print(&mut self, job: &[u8]) -> Result<(), PrinterError> {
        self.drain()?;
        // Clear what a broken earlier job may have left in the printer's buffers.
        self.link.send(&DLE_ENQ_RECOVER)?;
        for chunk in job.chunks(CHUNK) {
            self.link
                .send(chunk)
                .map_err(|e| PrinterError::JobFailed(format!("sending the job: {e}")))?;
        }
        self.link.send(&GS_R_PAPER)?;
        match self.await_confirmation(job.len()) {
            Ok(()) => Ok(()),
            Err(PrinterError::Timeout { what }) => {
                // No confirmation: if the printer now reports a stop, the job failed half-way.
                match self.read_status() {
                    Ok(s) if !s.can_print() => Err(PrinterError::JobFailed(format!(
                        "no confirmation and printer not ready: {s:?}"
                    ))),
                    _ => Err(PrinterError::Timeout { what }),
                }
            }
            Err(e) => Err(e),
        }
    }
}

/// A serial printer (`/dev/ttyUSB0`, 115200 baud, 8N1, RTS/CTS as the printer's DIP switches say).
pub fn serial(
    path: &str,
    baud: u32,
    timeouts: Timeouts,
) -> Result<EscPosPrinter<SerialLink>, PrinterError> {
    Ok(EscPosPrinter::new(
        SerialLink::open(path, baud)?,
        Timeouts {
            bytes_per_second: baud / 10,
            ..timeouts
        },
    ))
}

/// A network printer on its raw port (TCP 9100).
pub fn network(addr: &str, timeouts: Timeouts) -> Result<EscPosPrinter<TcpLink>, PrinterError> {
    Ok(EscPosPrinter::new(
        TcpLink::connect(addr, timeouts.status)?,
        Timeouts {
            bytes_per_second: 1_000_000,
            ..timeouts
        },
    ))
}

/// A USB printer-class device file (`/dev/usb/lp0`).
pub fn usb(path: &str, timeouts: Timeouts) -> Result<EscPosPrinter<UsbLink>, PrinterError> {
    Ok(EscPosPrinter::new(
        UsbLink::open(path)?,
        Timeouts {
            bytes_per_second: 500_000,
            ..timeouts
        },
    ))
}
