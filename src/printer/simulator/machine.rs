//! The simulated printer's behaviour, sans-IO: bytes in, reply bytes out, finished jobs kept.
//!
//! Like a TM-T88: real-time requests (`DLE EOT`, `DLE ENQ`) are answered at once, even while
//! stopped; `GS r 1` is answered only after all data before it was printed; paper out or an open
//! cover stops printing, and what arrives while stopped is not printed.
//!
//! A `GS v 0` header promises `xL xH × yL yH` data bytes, and the printer takes exactly that many
//! bytes as the picture, whatever they are: a host that dies half-way leaves it waiting for the
//! rest, and the next job's first bytes become dots. `DLE EOT n` is the exception. Epson's
//! specifications (TM-T88III and TM-U295 "DLE EOT n", Notes) say the status "is transmitted
//! whenever the data sequence `<10>H<04>H<n>` is received", with the example of that sequence
//! inside `ESC *` bit-image data, and that it is executed even when the receive buffer is full:
//! the receive side spots it in every byte stream, and the bytes still count as the command's
//! data. The simulator does the same (a scan of every received byte, beside the command parser).

use crate::printer::decode::{self, Op};
use crate::printer::interp::commands::{self, Frame};
use crate::printer::status::DLE_EOT_PRINTER;
use crate::printer::status::{encode_gs_r_paper, encode_replies};
use crate::printer::{PaperLevel, PrinterStatus};

/// `GS v 0 m xL xH yL yH`: the raster command's header, before its data (ESC/POS `GS v 0`).
const GS_V_0_HEADER: usize = 8;
/// `ESC @` (1B 40): initialize printer.
const ESC_AT: [u8; 2] = [0x1B, 0x40];

/// A `GS v 0` picture whose data is still arriving.
#[derive(Debug, Clone)]
struct Graphic {
    /// The header and the data received so far.
    bytes: Vec<u8>,
    /// Data bytes still owed.
    missing: usize,
}

/// `Some(data bytes promised)` when `rest` starts with a whole `GS v 0` header but not all its data.
fn unfinished_graphic(rest: &[u8]) -> Option<usize> {
    if rest.len() < GS_V_0_HEADER || rest[..3] != [0x1D, 0x76, 0x30] {
        return None;
    }
    let width = usize::from(u16::from_le_bytes([rest[4], rest[5]]));
    let rows = usize::from(u16::from_le_bytes([rest[6], rest[7]]));
    (rest.len() - GS_V_0_HEADER < width * rows).then_some(width * rows)
}

/// One job as received: up to its cut, the `GS r` that confirms it, an `ESC @` that starts the
/// next one, the end of the connection, or the stop that broke it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Job {
    pub bytes: Vec<u8>,
    /// False when the printer stopped (paper out, cover open) before the job's end.
    pub complete: bool,
}

/// The printer's state and its jobs.
#[derive(Debug, Clone)]
pub struct Machine {
    pub paper: PaperLevel,
    pub cover_open: bool,
    /// The roll ends after this many more bytes of print data (a paper-out mid-job for tests).
    pub paper_left_bytes: Option<usize>,
    stopped: bool,
    pending: Vec<u8>,
    /// A `GS v 0` whose data is still arriving: its 8 header bytes and the data so far.
    graphic: Option<Graphic>,
    /// The last two bytes received, so a `DLE EOT n` split across reads is still seen.
    tail: [u8; 2],
    job: Vec<u8>,
    finished: Vec<Job>,
}

impl Machine {
    pub fn new(paper: PaperLevel, cover_open: bool) -> Machine {
        Machine {
            paper,
            cover_open,
            paper_left_bytes: None,
            stopped: false,
            pending: Vec::new(),
            graphic: None,
            tail: [0; 2],
            job: Vec::new(),
            finished: Vec::new(),
        }
    }

    pub fn status(&self) -> PrinterStatus {
        PrinterStatus {
            online: !self.stopped && !self.cover_open && self.paper != PaperLevel::Out,
            cover_open: self.cover_open,
            paper: self.paper,
            error: None,
        }
    }

    /// Jobs finished since the last call (complete or broken).
    pub fn take_jobs(&mut self) -> Vec<Job> {
        std::mem::take(&mut self.finished)
    }

    /// Is the printer inside a `GS v 0` picture, waiting for more of its data?
    pub fn in_graphic(&self) -> bool {
        self.graphic.is_some()
    }

    /// Takes bytes from the host; returns the bytes the printer sends back.
    pub fn receive(&mut self, bytes: &[u8]) -> Vec<u8> {
        let mut replies = self.real_time(bytes);
        self.pending.extend_from_slice(bytes);
        let mut used = 0;
        loop {
            if let Some(g) = &mut self.graphic {
                let take = g.missing.min(self.pending.len() - used);
                g.bytes.extend_from_slice(&self.pending[used..used + take]);
                g.missing -= take;
                used += take;
                if g.missing > 0 {
                    break;
                }
                let bytes = std::mem::take(&mut g.bytes);
                self.graphic = None;
                if let Some((op, n)) = decode::next_op(&bytes) {
                    debug_assert_eq!(n, bytes.len());
                    self.apply(op, bytes, &mut replies);
                }
                continue;
            }
            let rest = &self.pending[used..];
            if let Some(missing) = unfinished_graphic(rest) {
                // The header is in, the data is not (yet): from here every byte is picture data.
                self.graphic = Some(Graphic {
                    bytes: rest[..GS_V_0_HEADER].to_vec(),
                    missing,
                });
                used += GS_V_0_HEADER;
                continue;
            }
            // Every command is taken whole, by the length table, so that a picture's or a
            // barcode's data is never read as commands.
            let n = match commands::frame(rest) {
                Frame::Byte => 1,
                Frame::Command(n) => n,
                Frame::Unknown => 2,
                Frame::Incomplete => break,
            };
            let raw = rest[..n].to_vec();
            used += n;
            let op = decode::next_op(&raw).map_or(Op::Other(raw[0]), |(op, _)| op);
            self.apply(op, raw, &mut replies);
        }
        self.pending.drain(..used);
        replies
    }

    /// Answers every `DLE EOT n` (1 ≤ n ≤ 4) in the byte stream, inside a command's data or not
    /// (ESC/POS `DLE EOT`, Notes; see the module comment).
    fn real_time(&mut self, bytes: &[u8]) -> Vec<u8> {
        self.end_stop_if_cleared();
        let [printer, offline, error, paper] = encode_replies(&self.status());
        let mut replies = Vec::new();
        for &b in bytes {
            if self.tail == [DLE_EOT_PRINTER[0], DLE_EOT_PRINTER[1]] {
                match b {
                    1 => replies.push(printer),
                    2 => replies.push(offline),
                    3 => replies.push(error),
                    4 => replies.push(paper),
                    _ => {}
                }
            }
            self.tail = [self.tail[1], b];
        }
        replies
    }

    /// Like a TM-T88: a stop for paper end or an open cover ends once a roll is in and the
    /// cover closed (what arrived meanwhile was not printed; the host reprints the job).
    fn end_stop_if_cleared(&mut self) {
        if self.stopped && self.paper != PaperLevel::Out && !self.cover_open {
            self.stopped = false;
        }
    }

    fn apply(&mut self, op: Op, raw: Vec<u8>, replies: &mut Vec<u8>) {
        self.end_stop_if_cleared();
        match op {
            // Answered by `real_time` as the bytes came in.
            Op::StatusRequest(_) => {}
            Op::Enquiry(2) => {
                if self.paper != PaperLevel::Out && !self.cover_open {
                    self.stopped = false;
                }
            }
            Op::Enquiry(_) => {}
            _ if self.stopped => {}
            Op::TransmitStatus(_) => {
                replies.push(encode_gs_r_paper(self.paper));
                self.finish(true);
            }
            Op::Init => {
                // A new job starts; an earlier one no `GS r` confirmed (a host that died half-way,
                // whose recovery reset the printer) ends here, not complete.
                self.finish(false);
                self.job = raw;
            }
            _ => {
                if self.paper == PaperLevel::Out || self.cover_open {
                    self.stop();
                    return;
                }
                if let Some(left) = self.paper_left_bytes {
                    if raw.len() > left {
                        self.paper_left_bytes = Some(0);
                        self.paper = PaperLevel::Out;
                        self.stop();
                        return;
                    }
                    self.paper_left_bytes = Some(left - raw.len());
                }
                self.job.extend_from_slice(&raw);
                if op == Op::Cut {
                    // The paper is cut: what came before is a finished receipt.
                    self.finish(true);
                }
            }
        }
    }

    /// The host closed the connection: the job so far ends here, complete unless a command
    /// (a picture's data, say) was left half-sent.
    pub fn end_of_stream(&mut self) {
        let graphic = self.graphic.take();
        let pending = std::mem::take(&mut self.pending);
        if self.stopped {
            return;
        }
        let broken = graphic.is_some() || !pending.is_empty();
        if let Some(g) = graphic {
            self.job.extend_from_slice(&g.bytes);
        }
        self.job.extend_from_slice(&pending);
        self.finish(!broken);
    }

    fn stop(&mut self) {
        self.stopped = true;
        self.finish(false);
    }

    fn finish(&mut self, complete: bool) {
        // A lone `ESC @` (a host resetting the printer) printed nothing: no job.
        if !self.job.is_empty() && self.job != ESC_AT {
            self.finished.push(Job {
                bytes: std::mem::take(&mut self.job),
                complete,
            });
        }
    }
}
