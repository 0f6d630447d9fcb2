//! The simulated printer's behaviour, sans-IO: bytes in, reply bytes out, finished jobs kept.
//!
//! Like a TM-T88: real-time requests (`DLE EOT`, `DLE ENQ`) are answered at once, even while
//! stopped; `GS r 1` is answered only after all data before it was printed; paper out or an open
//! cover stops printing, and what arrives while stopped is not printed.

use crate::printer::decode::{self, Op};
use crate::printer::status::{encode_gs_r_paper, encode_replies};
use crate::printer::{PaperLevel, PrinterStatus};

/// One job as received: from `ESC @` to the `GS r` that confirms it, or to the stop that broke it.
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

    /// Takes bytes from the host; returns the bytes the printer sends back.
    pub fn receive(&mut self, bytes: &[u8]) -> Vec<u8> {
        self.pending.extend_from_slice(bytes);
        let mut replies = Vec::new();
        let mut used = 0;
        while let Some((op, n)) = decode::next_op(&self.pending[used..]) {
            let raw = self.pending[used..used + n].to_vec();
            used += n;
            self.apply(op, raw, &mut replies);
        }
        self.pending.drain(..used);
        replies
    }

    fn apply(&mut self, op: Op, raw: Vec<u8>, replies: &mut Vec<u8>) {
        // Like a TM-T88: a stop for paper end or an open cover ends once a roll is in and the
        // cover closed (what arrived meanwhile was not printed; the host reprints the job).
        if self.stopped && self.paper != PaperLevel::Out && !self.cover_open {
            self.stopped = false;
        }
        let [printer, offline, error, paper] = encode_replies(&self.status());
        match op {
            Op::StatusRequest(1) => replies.push(printer),
            Op::StatusRequest(2) => replies.push(offline),
            Op::StatusRequest(3) => replies.push(error),
            Op::StatusRequest(4) => replies.push(paper),
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
                // A new job starts; an unconfirmed earlier one ends here.
                self.finish(true);
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
            }
        }
    }

    fn stop(&mut self) {
        self.stopped = true;
        self.finish(false);
    }

    fn finish(&mut self, complete: bool) {
        if !self.job.is_empty() {
            self.finished.push(Job {
                bytes: std::mem::take(&mut self.job),
                complete,
            });
        }
    }
}
