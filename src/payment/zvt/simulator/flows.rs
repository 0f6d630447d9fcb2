//! What the simulated terminal does for each ECR command (PA00P015 chapter 2, terminal side).

use super::io::{Pt, PtError};
use super::ledger::LedgerEvent;
use super::{Record, Simulator};
use crate::payment::zvt::apdu::Apdu;
use crate::payment::zvt::bmp::fields::CURRENCY_JPY;
use crate::payment::zvt::bmp::{Fields, lllvar, parse_bmps};
use std::time::{Duration, Instant};

/// How long the terminal waits for the ECR's answer to one of its commands (T3-like).
const ANSWER_WAIT: Duration = Duration::from_secs(5);
/// PA00P015 §2.2: after `84 9C 00` the status information is repeated after 2 s, a few times.
const RETRY_9C: Duration = Duration::from_secs(2);
const MAX_9C: u32 = 3;

const RC_ABORTED: u8 = 0x6C;
const RC_WRONG_CURRENCY: u8 = 0x6F;
const RC_NOT_POSSIBLE: u8 = 0x83;
const RC_ALREADY_REVERSED: u8 = 0xB4;
const RC_REVERSAL_NOT_POSSIBLE: u8 = 0xB5;
use crate::payment::zvt::terminal::RC_NOT_REGISTERED;

/// The masked PAN the simulator reports; never a full card number.
pub const SIM_PAN: &str = "************0119";

fn intermediate(code: u8) -> Apdu {
    Apdu::new(0x04, 0xFF, vec![code])
}

fn abort(code: u8) -> Apdu {
    Apdu::new(0x06, 0x1E, vec![code])
}

fn completion(data: Vec<u8>) -> Apdu {
    Apdu::new(0x06, 0x0F, data)
}

fn print_line(text: &str, last: bool) -> Apdu {
    let mut d = vec![if last { 0x80 } else { 0x00 }];
    d.extend_from_slice(text.as_bytes());
    Apdu::new(0x06, 0xD1, d)
}

fn now_fields() -> (String, String) {
    let now = chrono::Utc::now();
    (
        now.format("%H%M%S").to_string(),
        now.format("%m%d").to_string(),
    )
}

/// Fields after the 3-byte password, if the command has them.
fn fields_after_password(data: &[u8]) -> Fields {
    Fields::parse(data.get(3..).unwrap_or(&[])).unwrap_or_default()
}

impl Simulator {
    pub(super) fn handle(&mut self, pt: &mut Pt<'_>, cmd: &Apdu) -> Result<(), PtError> {
        tracing::debug!(?cmd, "terminal-sim command");
        match cmd.command() {
            (0x06, 0x00) => {
                self.unregistered = false;
                pt.send(&Apdu::ack())?;
                let mut d = vec![0x19, 0x00, 0x29];
                d.extend(crate::payment::zvt::bmp::u64_to_bcd(self.tid(), 4).unwrap_or_default());
                d.extend([0x49, 0x03, 0x92]);
                self.finish(pt, completion(d))
            }
            (0x06, 0x01) | (0x06, 0x30) | (0x06, 0x50) if self.cfg.not_ready.is_some() => {
                pt.send(&Apdu::nak(self.cfg.not_ready.unwrap_or(RC_NOT_POSSIBLE)))
            }
            (0x06, 0x01) => {
                if std::mem::take(&mut self.reboot_pending) {
                    tracing::info!("terminal-sim: rebooted, registration lost");
                    self.unregistered = true;
                }
                if self.unregistered {
                    // Refused before anything is charged: no ledger line.
                    return pt.send(&Apdu::nak(RC_NOT_REGISTERED));
                }
                self.authorisation(pt, cmd)
            }
            (0x06, 0x30) => self.reversal(pt, cmd),
            (0x06, 0x20) => self.repeat_receipt(pt),
            (0x06, 0x50) => self.end_of_day(pt),
            (0x05, 0x01) => {
                pt.send(&Apdu::ack())?;
                let mut d = lllvar(b"SIMKIOSK-SIM 1.0");
                d.push(self.cfg.not_ready.unwrap_or(0x00));
                self.finish(pt, completion(d))
            }
            (0x06, 0x70) => {
                pt.send(&Apdu::ack())?;
                self.finish(pt, completion(vec![0x27, 0x00]))
            }
            (0x06, 0xB0) | (0x06, 0x02) => pt.send(&Apdu::ack()),
            (0x80, _) | (0x84, _) => Ok(()),
            _ => pt.send(&Apdu::nak(RC_NOT_POSSIBLE)),
        }
    }

    fn tid(&self) -> u64 {
        self.cfg.terminal_id.parse().unwrap_or(12345678)
    }

    /// Send a terminal command and expect the ECR's `80 00 00`.
    fn finish(&mut self, pt: &mut Pt<'_>, apdu: Apdu) -> Result<(), PtError> {
        pt.exchange(&apdu, ANSWER_WAIT).map(drop)
    }

    /// Sends an intermediate status; true if the ECR aborted in its answer (then 06 1E 6C is sent).
    fn status(&mut self, pt: &mut Pt<'_>, code: u8) -> Result<bool, PtError> {
        let answer = pt.exchange(&intermediate(code), ANSWER_WAIT)?;
        if answer.is(0x06, 0xB0) {
            tracing::info!("terminal-sim: ECR aborted");
            self.finish(pt, abort(RC_ABORTED))?;
            return Ok(true);
        }
        Ok(false)
    }

    fn status_info(&self, r: &Record, result: u8) -> Apdu {
        let (time, date) = now_fields();
        let f = Fields {
            result_code: Some(result),
            amount: Some(r.amount),
            currency: Some(CURRENCY_JPY),
            trace_no: Some(r.trace_no),
            receipt_no: (result == 0).then_some(r.receipt_no),
            turnover_no: (result == 0).then_some(r.trace_no),
            time: Some(time),
            date: Some(date),
            masked_pan: Some(SIM_PAN.into()),
            card_name: Some("VISA".into()),
            card_type: Some(0x0A),
            auth_code: (result == 0).then(|| format!("{:06}", 100_000 + r.trace_no % 900_000)),
            terminal_id: Some(self.cfg.terminal_id.clone()),
            vu_number: Some("SIMKIOSK0000001".into()),
            ..Fields::default()
        };
        Apdu::new(0x04, 0x0F, f.encode())
    }

    fn authorisation(&mut self, pt: &mut Pt<'_>, cmd: &Apdu) -> Result<(), PtError> {
        pt.send(&Apdu::ack())?;
        let f = Fields::parse(&cmd.data).unwrap_or_default();
        if f.currency != Some(CURRENCY_JPY) {
            // No currency means EUR to a terminal (PROTOCOL.md); this one only takes yen.
            return self.finish(pt, abort(RC_WRONG_CURRENCY));
        }
        let Some(requested) = f.amount.filter(|&a| a > 0) else {
            return self.finish(pt, abort(RC_NOT_POSSIBLE));
        };
        // What the terminal really charges, so the ledger tells the truth.
        let amount = self.cfg.approve_amount.unwrap_or(requested);
        // Insert card, repeated while the customer takes their time.
        let card_until = Instant::now() + self.cfg.card_wait;
        loop {
            if self.status(pt, 0x0A)? {
                return Ok(());
            }
            if Instant::now() >= card_until {
                break;
            }
            pt.recv(Duration::from_millis(500))?;
        }
        if self.cfg.customer_abort {
            return self.finish(pt, abort(RC_ABORTED));
        }
        for code in [0x01, 0x04] {
            if self.status(pt, code)? {
                return Ok(());
            }
        }
        std::thread::sleep(self.cfg.host_delay);
        let trace_no = self.trace();
        if let Some(code) = self.cfg.decline {
            let r = Record {
                amount,
                receipt_no: 0,
                trace_no,
                reversed: false,
            };
            self.ledger.record(
                LedgerEvent::Refused,
                amount,
                None,
                Some(trace_no),
                &format!("result {code:02X}"),
            );
            pt.exchange(&self.status_info(&r, code), ANSWER_WAIT)?;
            self.finish(pt, print_line("DECLINED", true))?;
            return self.finish(pt, abort(code));
        }
        if self.status(pt, 0x0B)? {
            return Ok(());
        }
        let r = Record {
            amount,
            receipt_no: self.receipt(),
            trace_no,
            reversed: false,
        };
        self.commit(pt, r)
    }

    /// Send the approval and wait for the ECR's decision: the sale's commit point.
    fn commit(&mut self, pt: &mut Pt<'_>, r: Record) -> Result<(), PtError> {
        let mut info = self.status_info(&r, 0);
        if self.cfg.approve_without_amount {
            let mut f = Fields::parse(&info.data).unwrap_or_default();
            f.amount = None;
            info = Apdu::new(0x04, 0x0F, f.encode());
        }
        if self.cfg.drop_commit_ack {
            pt.drop_next_frame();
        }
        let deadline = Instant::now() + self.cfg.commit_timeout;
        let mut retries = 0;
        let answer = loop {
            let sent = pt.send(&info);
            let left = deadline.saturating_duration_since(Instant::now());
            let answer = match sent {
                Ok(()) => pt.recv(left).unwrap_or(None),
                Err(_) => None,
            };
            match answer {
                Some(a)
                    if a.is(0x84, 0x9C)
                        && retries < MAX_9C
                        && Instant::now() + RETRY_9C < deadline =>
                {
                    retries += 1;
                    std::thread::sleep(RETRY_9C);
                }
                other => break other,
            }
        };
        let reason = match answer {
            Some(a) if a.is(0x80, 0x00) => {
                self.records.insert(r.receipt_no, r);
                self.last = Some(r);
                self.day_total += r.amount;
                self.day_count += 1;
                self.ledger.record(
                    LedgerEvent::Approved,
                    r.amount,
                    Some(r.receipt_no),
                    Some(r.trace_no),
                    "committed",
                );
                for (i, line) in self.slip(&r, "APPROVED").iter().enumerate() {
                    self.finish(pt, print_line(line, i == 4))?;
                }
                return self.finish(pt, completion(Vec::new()));
            }
            Some(a) => format!("refused-by-ecr {:02X}", a.instr),
            None => "commit-timeout".to_string(),
        };
        // PA00P015: any other answer, or none in time, and the terminal reverses the payment itself.
        self.ledger.record(
            LedgerEvent::Reversed,
            r.amount,
            Some(r.receipt_no),
            Some(r.trace_no),
            &reason,
        );
        self.finish(pt, abort(RC_ABORTED))
    }

    fn slip(&self, r: &Record, verdict: &str) -> [String; 5] {
        [
            "CUSTOMER RECEIPT".into(),
            format!("VISA  {SIM_PAN}"),
            format!("AMOUNT      {} JPY", r.amount),
            format!("RECEIPT {:04}  TRACE {:06}", r.receipt_no, r.trace_no),
            verdict.into(),
        ]
    }

    fn reversal(&mut self, pt: &mut Pt<'_>, cmd: &Apdu) -> Result<(), PtError> {
        pt.send(&Apdu::ack())?;
        let f = fields_after_password(&cmd.data);
        let Some(found) = f.receipt_no.and_then(|n| self.records.get(&n).copied()) else {
            return self.finish(pt, abort(RC_REVERSAL_NOT_POSSIBLE));
        };
        if found.reversed {
            return self.finish(pt, abort(RC_ALREADY_REVERSED));
        }
        if f.amount.is_some_and(|a| a != found.amount) {
            return self.finish(pt, abort(RC_REVERSAL_NOT_POSSIBLE));
        }
        let r = Record {
            reversed: true,
            ..found
        };
        self.records.insert(r.receipt_no, r);
        self.day_total = self.day_total.saturating_sub(r.amount);
        self.day_count = self.day_count.saturating_sub(1);
        self.ledger.record(
            LedgerEvent::Reversed,
            r.amount,
            Some(r.receipt_no),
            Some(r.trace_no),
            "reversal",
        );
        let rev = Record {
            trace_no: self.trace(),
            ..r
        };
        pt.exchange(&self.status_info(&rev, 0), ANSWER_WAIT)?;
        for (i, line) in self.slip(&rev, "REVERSED").iter().enumerate() {
            self.finish(pt, print_line(line, i == 4))?;
        }
        self.finish(pt, completion(Vec::new()))
    }

    fn repeat_receipt(&mut self, pt: &mut Pt<'_>) -> Result<(), PtError> {
        pt.send(&Apdu::ack())?;
        let Some(r) = self.last else {
            return self.finish(pt, abort(RC_NOT_POSSIBLE));
        };
        pt.exchange(&self.status_info(&r, 0), ANSWER_WAIT)?;
        for (i, line) in self.slip(&r, "DUPLICATE").iter().enumerate() {
            self.finish(pt, print_line(line, i == 4))?;
        }
        self.finish(pt, completion(Vec::new()))
    }

    fn end_of_day(&mut self, pt: &mut Pt<'_>) -> Result<(), PtError> {
        pt.send(&Apdu::ack())?;
        let (time, date) = now_fields();
        let f = Fields {
            result_code: Some(0),
            amount: Some(self.day_total),
            trace_no: Some(self.trace()),
            time: Some(time),
            date: Some(date),
            ..Fields::default()
        };
        debug_assert!(parse_bmps(&f.encode()).is_ok());
        pt.exchange(&Apdu::new(0x04, 0x0F, f.encode()), ANSWER_WAIT)?;
        let lines = [
            "END OF DAY".to_string(),
            format!("PAYMENTS    {}", self.day_count),
            format!("TOTAL       {} JPY", self.day_total),
        ];
        for (i, line) in lines.iter().enumerate() {
            self.finish(pt, print_line(line, i == 2))?;
        }
        self.day_total = 0;
        self.day_count = 0;
        self.finish(pt, completion(Vec::new()))
    }
}
