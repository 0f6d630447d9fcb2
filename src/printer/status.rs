//! Printer status from ESC/POS replies, pure: bytes in, `PrinterStatus` out.
//!
//! Real-time status (`DLE EOT n`, ESC/POS "Transmit real-time status"): one byte per request,
//! always of the form `0xx1xx10`. Paper sensor status (`GS r 1`): one byte of the form `0xx0xx00`;
//! bit 4 tells the two apart when both are in flight.

use super::{PaperLevel, PrinterError, PrinterStatus};

/// `DLE EOT n` (10 04 n): three bytes. The escpos crate sends `10 04 n 00`; the trailing NUL would
/// be taken by the printer as the next data byte, so we send these ourselves.
pub const fn dle_eot(n: u8) -> [u8; 3] {
    [0x10, 0x04, n]
}
/// `DLE EOT 1`: printer status.
pub const DLE_EOT_PRINTER: [u8; 3] = dle_eot(1);
/// `DLE EOT 2`: offline cause.
pub const DLE_EOT_OFFLINE: [u8; 3] = dle_eot(2);
/// `DLE EOT 3`: error cause.
pub const DLE_EOT_ERROR: [u8; 3] = dle_eot(3);
/// `DLE EOT 4`: roll paper sensor.
pub const DLE_EOT_PAPER: [u8; 3] = dle_eot(4);
/// `GS r 1` (1D 72 01): transmit paper sensor status; answered only after all earlier data.
pub const GS_R_PAPER: [u8; 3] = [0x1D, 0x72, 0x01];
/// `DLE ENQ 2` (10 05 02): recover from a recoverable error after clearing the receive and print
/// buffers, so a broken job is not finished but reprinted whole.
pub const DLE_ENQ_RECOVER: [u8; 3] = [0x10, 0x05, 0x02];

/// Is this byte a real-time status reply (`0xx1xx10`)?
pub fn is_realtime_reply(b: u8) -> bool {
    b & 0b1001_0011 == 0b0001_0010
}

/// Is this byte a `GS r 1` reply (bits 4 and 7 clear; a real-time reply always has bit 4 set)?
pub fn is_gs_r_reply(b: u8) -> bool {
    b & 0b1001_0000 == 0
}

fn check(request: u8, b: u8) -> Result<u8, PrinterError> {
    if is_realtime_reply(b) {
        Ok(b)
    } else {
        Err(PrinterError::BadStatus(format!(
            "reply {b:#010b} to DLE EOT {request} is not of the form 0xx1xx10"
        )))
    }
}

/// `DLE EOT 1` reply: bit 3 = offline.
pub fn parse_printer(b: u8) -> Result<bool, PrinterError> {
    Ok(check(1, b)? & 0b0000_1000 == 0)
}

/// What `DLE EOT 2` says: bit 2 cover open, bit 5 stopped by paper end, bit 6 error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OfflineCause {
    pub cover_open: bool,
    pub paper_end_stop: bool,
    pub error: bool,
}

pub fn parse_offline(b: u8) -> Result<OfflineCause, PrinterError> {
    let b = check(2, b)?;
    Ok(OfflineCause {
        cover_open: b & 0b0000_0100 != 0,
        paper_end_stop: b & 0b0010_0000 != 0,
        error: b & 0b0100_0000 != 0,
    })
}

/// `DLE EOT 3` reply in plain words: bit 3 autocutter, bit 5 unrecoverable, bit 6 auto-recoverable.
pub fn parse_error_cause(b: u8) -> Result<Option<String>, PrinterError> {
    let b = check(3, b)?;
    let mut causes = Vec::new();
    if b & 0b0000_1000 != 0 {
        causes.push("autocutter error");
    }
    if b & 0b0010_0000 != 0 {
        causes.push("unrecoverable error");
    }
    if b & 0b0100_0000 != 0 {
        causes.push("auto-recoverable error (head temperature)");
    }
    Ok((!causes.is_empty()).then(|| causes.join(", ")))
}

/// `DLE EOT 4` reply: bits 2–3 near end, bits 5–6 paper end.
pub fn parse_paper(b: u8) -> Result<PaperLevel, PrinterError> {
    let b = check(4, b)?;
    Ok(if b & 0b0110_0000 != 0 {
        PaperLevel::Out
    } else if b & 0b0000_1100 != 0 {
        PaperLevel::NearEnd
    } else {
        PaperLevel::Ok
    })
}

/// `GS r 1` reply: bits 0–1 near end, bits 2–3 paper end.
pub fn parse_gs_r_paper(b: u8) -> Result<PaperLevel, PrinterError> {
    if b & 0b1001_0000 != 0 {
        return Err(PrinterError::BadStatus(format!(
            "reply {b:#010b} to GS r 1 has reserved bits 4 or 7 set"
        )));
    }
    Ok(if b & 0b0000_1100 != 0 {
        PaperLevel::Out
    } else if b & 0b0000_0011 != 0 {
        PaperLevel::NearEnd
    } else {
        PaperLevel::Ok
    })
}

/// Combines the replies to `DLE EOT 1`, `2`, `4` (and `3` when `2` reports an error).
pub fn combine(
    printer: u8,
    offline: u8,
    paper: u8,
    error_cause: Option<u8>,
) -> Result<PrinterStatus, PrinterError> {
    let online = parse_printer(printer)?;
    let cause = parse_offline(offline)?;
    let mut paper_level = parse_paper(paper)?;
    if cause.paper_end_stop {
        paper_level = PaperLevel::Out;
    }
    let error = match (cause.error, error_cause) {
        (false, _) => None,
        (true, Some(b)) => Some(parse_error_cause(b)?.unwrap_or_else(|| "printer error".into())),
        (true, None) => Some("printer error".into()),
    };
    Ok(PrinterStatus {
        online,
        cover_open: cause.cover_open,
        paper: paper_level,
        error,
    })
}

/// The replies a healthy printer in a given state sends (the simulator answers with these).
pub fn encode_replies(status: &PrinterStatus) -> [u8; 4] {
    let base = 0b0001_0010;
    let printer = base | if status.online { 0 } else { 0b0000_1000 };
    let mut offline = base;
    if status.cover_open {
        offline |= 0b0000_0100;
    }
    if status.paper == PaperLevel::Out {
        offline |= 0b0010_0000;
    }
    if status.error.is_some() {
        offline |= 0b0100_0000;
    }
    let error = base
        | if status.error.is_some() {
            0b0010_0000
        } else {
            0
        };
    let paper = base
        | match status.paper {
            PaperLevel::Ok => 0,
            PaperLevel::NearEnd => 0b0000_1100,
            PaperLevel::Out => 0b0110_1100,
        };
    [printer, offline, error, paper]
}

/// The `GS r 1` reply for a paper level.
pub fn encode_gs_r_paper(paper: PaperLevel) -> u8 {
    match paper {
        PaperLevel::Ok => 0,
        PaperLevel::NearEnd => 0b0000_0011,
        PaperLevel::Out => 0b0000_1111,
    }
}
