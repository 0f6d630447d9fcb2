//! The ECR session, sans-IO (PA00P015 chapter 2-3): one command at a time; bytes and instants in,
//! bytes, events and the next deadline out. It never reads the clock.
//!
//! The commit point: a status information (`04 0F`) with result `00` and an amount during an
//! authorisation yields [`SessionEvent::CommitRequired`] and the session answers nothing until
//! [`Session::decide`]: `Accept` answers `80 00 00` (the sale stands), `Refuse` answers
//! `84 66 00` (the terminal reverses it).

use super::apdu::Apdu;
use super::bmp::{Fields, Tlv};
use super::command::Command;
use super::link::{Link, LinkConfig, LinkError, LinkEvent};
pub use super::report::{Completion, Finish, Report, SessionError, SessionEvent};
use crate::payment::CommitDecision;
use std::collections::VecDeque;
use std::time::{Duration, Instant};

/// PA00P016 §3.3: T3, command to the terminal's `80 00` / `84 xx`.
pub const T3: Duration = Duration::from_secs(5);
/// T4: from `80 00` to the completion, restarted by every `04 FF` and `04 0F`.
pub const T4: Duration = Duration::from_secs(180);
/// Our negative answer to a status information we refuse: "processing error" (PA00P015 ch. 10).
pub const REFUSE_CODE: u8 = 0x66;
/// Our answer to a terminal command we do not know: "function not possible".
pub const UNKNOWN_COMMAND_CODE: u8 = 0x83;

#[derive(Debug, Clone)]
pub struct SessionConfig {
    pub link: LinkConfig,
    pub t3: Duration,
    pub t4: Duration,
}

impl SessionConfig {
    pub fn new(link: LinkConfig) -> Self {
        Self {
            link,
            t3: T3,
            t4: T4,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    Idle,
    /// Command sent; the T3 clock starts once the link delivered it.
    AwaitAnswer(Option<Instant>),
    Running(Instant),
    AwaitDecision,
}

#[derive(Debug)]
pub struct Session {
    cfg: SessionConfig,
    link: Link,
    phase: Phase,
    cmd: Option<Command>,
    status: Option<Fields>,
    decision: Option<CommitDecision>,
    decision_sent: bool,
    decision_delivered: bool,
    /// Frames handed to the link and not yet ACKed or superseded (they resolve in order).
    unresolved: u32,
    /// How many of those frames go before our commit decision; None once it resolved.
    decision_at: Option<u32>,
    lines: Vec<String>,
    abort_requested: bool,
    abort_sent: bool,
    events: VecDeque<SessionEvent>,
    deferred: VecDeque<Apdu>,
}

fn text(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| {
            if (0x20..0x7F).contains(&b) {
                b as char
            } else {
                ' '
            }
        })
        .collect::<String>()
        .trim_end()
        .to_string()
}

/// Text lines (TLV tag 07) inside a print text block, depth first.
fn tlv_lines(tlv: &[Tlv], out: &mut Vec<String>) {
    for t in tlv {
        if t.tag == 0x07 {
            out.push(text(&t.value));
        }
        tlv_lines(&t.children, out);
    }
}

impl Session {
    pub fn new(cfg: SessionConfig) -> Self {
        let link = Link::new(cfg.link.clone());
        Self {
            cfg,
            link,
            phase: Phase::Idle,
            cmd: None,
            status: None,
            decision: None,
            decision_sent: false,
            decision_delivered: false,
            unresolved: 0,
            decision_at: None,
            lines: Vec::new(),
            abort_requested: false,
            abort_sent: false,
            events: VecDeque::new(),
            deferred: VecDeque::new(),
        }
    }

    pub fn is_idle(&self) -> bool {
        self.phase == Phase::Idle
    }

    /// No frame of ours waits for its ACK (our last answer was taken).
    pub fn link_is_idle(&self) -> bool {
        self.link.is_idle()
    }

    /// Drop all state (after the transport reconnected).
    pub fn reset(&mut self) {
        *self = Session::new(self.cfg.clone());
    }

    pub fn start(&mut self, cmd: Command, now: Instant) -> Result<(), SessionError> {
        if self.phase != Phase::Idle {
            return Err(SessionError::Busy);
        }
        let apdu = cmd.apdu()?;
        if !self.link.is_idle() {
            // A previous answer never got its ACK: the terminal has moved on; start clean.
            self.link.reset();
        }
        self.unresolved = 1;
        self.decision_at = None;
        self.link
            .send(&apdu, now)
            .map_err(|e| SessionError::Link(LinkError::BadApdu(e)))?;
        tracing::debug!(command = cmd.name(), "zvt command sent");
        self.cmd = Some(cmd);
        self.status = None;
        self.decision = None;
        self.decision_sent = false;
        self.decision_delivered = false;
        self.lines.clear();
        self.abort_requested = false;
        self.abort_sent = false;
        self.deferred.clear();
        self.phase = Phase::AwaitAnswer(None);
        Ok(())
    }

    /// Commands whose status information carries money this ECR asked for (or reports on).
    fn owns_approvals(&self) -> bool {
        matches!(
            self.cmd,
            Some(
                Command::Authorisation { .. }
                    | Command::Reversal { .. }
                    | Command::RepeatReceipt { .. }
                    | Command::EndOfDay { .. }
            )
        )
    }

    /// Intermediate statuses belong to payments, end-of-day and diagnosis. During a registration
    /// or a status enquiry they come from a sale whose ECR died: acknowledging them (`80 00 00`)
    /// could be paired by the terminal with that sale's status information and commit it.
    fn expects_payment_traffic(&self) -> bool {
        self.owns_approvals() || matches!(self.cmd, Some(Command::Diagnosis))
    }

    fn refuse_foreign(&mut self, a: &Apdu, now: Instant) {
        tracing::warn!(?a, "zvt terminal traffic of another transaction: refused");
        self.reply(&Apdu::nak(REFUSE_CODE), now);
    }

    fn is_authorisation(&self) -> bool {
        matches!(self.cmd, Some(Command::Authorisation { .. }))
    }

    /// Ask to abort the running authorisation. Returns false once that is no longer allowed
    /// (after the status information): then the caller keeps waiting.
    pub fn request_abort(&mut self) -> bool {
        let allowed = self.is_authorisation() && self.status.is_none() && self.decision.is_none();
        if allowed {
            self.abort_requested = true;
        }
        allowed
    }

    /// The caller's answer to [`SessionEvent::CommitRequired`]. True if the answer was queued
    /// for the terminal; false if the session no longer waits for one (it gave up or finished),
    /// and then nothing may be committed on the strength of this decision.
    #[must_use = "commit only if the answer was queued"]
    pub fn decide(&mut self, decision: CommitDecision, now: Instant) -> bool {
        if self.phase != Phase::AwaitDecision {
            tracing::warn!(
                ?decision,
                "zvt decision arrived after the session gave up; not sent"
            );
            return false;
        }
        self.decision = Some(decision);
        self.decision_sent = true;
        let answer = match decision {
            CommitDecision::Accept => Apdu::ack(),
            CommitDecision::Refuse => Apdu::nak(REFUSE_CODE),
        };
        self.send_decision(&answer, now);
        self.phase = Phase::Running(now + self.cfg.t4);
        while let Some(a) = self.deferred.pop_front() {
            if self.phase == Phase::Idle {
                break;
            }
            self.on_running(a, now);
        }
        true
    }

    fn reply(&mut self, apdu: &Apdu, now: Instant) {
        // Our answers have no data; they always encode.
        if self.link.send(apdu, now).is_ok() {
            self.unresolved += 1;
        }
    }

    /// The commit decision counts as delivered only by the ACK of its own frame.
    fn send_decision(&mut self, apdu: &Apdu, now: Instant) {
        self.decision_at = Some(self.unresolved);
        self.reply(apdu, now);
    }

    fn finish(&mut self, finish: Finish) {
        let command = self.cmd.take().map_or("none", |c| c.name());
        tracing::debug!(command, ?finish, "zvt command finished");
        self.events
            .push_back(SessionEvent::Finished(Box::new(Report {
                command,
                finish,
                status: self.status.take(),
                decision: self.decision,
                decision_delivered: self.decision_delivered,
                lines: std::mem::take(&mut self.lines),
            })));
        self.phase = Phase::Idle;
    }

    pub fn handle_input(&mut self, bytes: &[u8], now: Instant) {
        self.link.handle_input(bytes, now);
        self.drain_link(now);
    }

    pub fn handle_timeout(&mut self, now: Instant) {
        self.link.handle_timeout(now);
        self.drain_link(now);
        let command = self.cmd.as_ref().map_or("none", |c| c.name());
        match self.phase {
            Phase::AwaitAnswer(Some(d)) if now >= d => {
                let secs = self.cfg.t3.as_secs();
                self.finish(Finish::Failed(SessionError::T3 { command, secs }));
            }
            Phase::Running(d) if now >= d => {
                if self.decision == Some(CommitDecision::Accept) && self.decision_delivered {
                    self.finish(Finish::CompletionLost);
                } else {
                    let secs = self.cfg.t4.as_secs();
                    self.finish(Finish::Failed(SessionError::T4 { command, secs }));
                }
            }
            _ => {}
        }
    }

    pub fn poll_timeout(&self) -> Option<Instant> {
        let phase = match self.phase {
            Phase::AwaitAnswer(d) => d,
            Phase::Running(d) => Some(d),
            Phase::Idle | Phase::AwaitDecision => None,
        };
        [phase, self.link.poll_timeout()]
            .into_iter()
            .flatten()
            .min()
    }

    pub fn poll_transmit(&mut self) -> Option<Vec<u8>> {
        self.link.poll_transmit()
    }

    pub fn poll_event(&mut self) -> Option<SessionEvent> {
        self.events.pop_front()
    }

    fn drain_link(&mut self, now: Instant) {
        while let Some(ev) = self.link.poll_event() {
            match ev {
                LinkEvent::Delivered | LinkEvent::Superseded => {
                    let acked = ev == LinkEvent::Delivered;
                    self.unresolved = self.unresolved.saturating_sub(1);
                    self.decision_at = match self.decision_at {
                        Some(0) => {
                            self.decision_delivered = acked;
                            None
                        }
                        other => other.map(|n| n - 1),
                    };
                    if acked && self.phase == Phase::AwaitAnswer(None) {
                        self.phase = Phase::AwaitAnswer(Some(now + self.cfg.t3));
                    }
                }
                LinkEvent::Failed(e) => {
                    // The link dropped everything queued: nothing of ours can still be ACKed.
                    self.unresolved = 0;
                    self.decision_at = None;
                    if self.phase == Phase::Idle {
                        tracing::warn!(error = %e, "zvt link trouble while idle");
                    } else {
                        self.finish(Finish::Failed(SessionError::Link(e)));
                    }
                }
                LinkEvent::Apdu(a) => self.on_apdu(a, now),
            }
        }
    }

    fn on_apdu(&mut self, a: Apdu, now: Instant) {
        match self.phase {
            // Nothing of ours is running, so whatever the terminal sends belongs to a transaction
            // of an ECR that died (a repeated status information, or an intermediate status whose
            // late `80 00 00` a terminal could take as the answer to its next status information
            // and so commit a sale no journal holds). Refuse it: the terminal aborts and reverses.
            Phase::Idle => {
                if a.class != 0x80 && a.class != 0x84 {
                    tracing::warn!(?a, "zvt APDU from the terminal while idle: refused");
                    self.reply(&Apdu::nak(REFUSE_CODE), now);
                }
            }
            // Kept for after the decision: a 06 1E here means the terminal gave up waiting.
            Phase::AwaitDecision if self.deferred.len() < 64 => self.deferred.push_back(a),
            Phase::AwaitDecision => {
                tracing::warn!(?a, "zvt too many APDUs while deciding; dropped")
            }
            Phase::AwaitAnswer(_) => match a.command() {
                (0x80, _) => {
                    if self.cmd.as_ref().is_some_and(Command::ends_with_answer) {
                        self.finish(Finish::Completed(None));
                    } else {
                        self.phase = Phase::Running(now + self.cfg.t4);
                    }
                }
                (0x84, code) => self.finish(Finish::Rejected { result_code: code }),
                // A command that takes no money got a payment's traffic: it is a dead ECR's sale.
                (0x04, 0xFF) | (0x04, 0x0F) if !self.expects_payment_traffic() => {
                    self.refuse_foreign(&a, now)
                }
                // Some terminals go straight to work; that implies the positive answer.
                _ => {
                    self.phase = Phase::Running(now + self.cfg.t4);
                    self.on_running(a, now);
                }
            },
            Phase::Running(_) => self.on_running(a, now),
        }
    }

    fn on_running(&mut self, a: Apdu, now: Instant) {
        match a.command() {
            (0x04, 0xFF) if !self.expects_payment_traffic() => self.refuse_foreign(&a, now),
            (0x04, 0xFF) => {
                let code = a.data.first().copied().unwrap_or(0xFF);
                self.events.push_back(SessionEvent::Intermediate(code));
                self.phase = Phase::Running(now + self.cfg.t4);
                if self.abort_requested && !self.abort_sent && self.request_abort() {
                    // PA00P015 §2.26: the ECR sends Abort in place of the answer to an
                    // intermediate status; the terminal then ends with 06 1E.
                    self.abort_sent = true;
                    tracing::info!("zvt sending abort (06 B0) at the customer's request");
                    self.reply(
                        &Command::Abort
                            .apdu()
                            .unwrap_or_else(|_| Apdu::new(0x06, 0xB0, vec![])),
                        now,
                    );
                } else {
                    self.reply(&Apdu::ack(), now);
                }
            }
            (0x04, 0x0F) => self.on_status(&a.data, now),
            (0x06, 0xD1) => {
                let line = text(a.data.get(1..).unwrap_or(&[]));
                self.events.push_back(SessionEvent::PrintLine(line.clone()));
                self.lines.push(line);
                self.reply(&Apdu::ack(), now);
            }
            (0x06, 0xD3) => {
                let mut lines = Vec::new();
                match Fields::parse(&a.data) {
                    Ok(f) => tlv_lines(&f.tlv, &mut lines),
                    Err(e) => tracing::warn!(error = %e, "zvt unreadable print text block"),
                }
                for l in lines {
                    self.events.push_back(SessionEvent::PrintLine(l.clone()));
                    self.lines.push(l);
                }
                self.reply(&Apdu::ack(), now);
            }
            (0x06, 0x0F) => {
                self.reply(&Apdu::ack(), now);
                let finish = match Completion::parse(&a.data) {
                    Ok(c) => Finish::Completed(Some(c)),
                    Err(e) => Finish::Failed(SessionError::Fields(e)),
                };
                self.finish(finish);
            }
            (0x06, 0x1E) => {
                self.reply(&Apdu::ack(), now);
                let result_code = a.data.first().copied().unwrap_or(0xFF);
                let fields = Fields::parse(a.data.get(1..).unwrap_or(&[])).unwrap_or_default();
                self.finish(Finish::Aborted {
                    result_code,
                    fields,
                });
            }
            // The terminal's answer to our abort or to our answers: nothing to do.
            (0x80, _) | (0x84, _) => {}
            (class, instr) => {
                tracing::warn!(class, instr, "zvt unknown terminal command; answered 84 83");
                self.reply(&Apdu::nak(UNKNOWN_COMMAND_CODE), now);
            }
        }
    }

    fn on_status(&mut self, data: &[u8], now: Instant) {
        self.phase = Phase::Running(now + self.cfg.t4);
        let fields = match Fields::parse(data) {
            Ok(f) => f,
            Err(e) => {
                tracing::warn!(error = %e, "zvt unreadable status information");
                if self.is_authorisation() && self.decision.is_none() {
                    // Never keep money we cannot account for: refuse, the terminal reverses.
                    self.decision = Some(CommitDecision::Refuse);
                    self.decision_sent = true;
                    self.send_decision(&Apdu::nak(REFUSE_CODE), now);
                } else {
                    self.reply(&Apdu::ack(), now);
                }
                return;
            }
        };
        let approval = fields.result_code == Some(0) && fields.amount.is_some();
        // Only an explicit decline (a result code other than 00) may be acknowledged unexamined:
        // `80 00 00` to anything else could keep money, so the commit gate decides (issue: fail
        // closed). A status without result code, or result 00 without an amount, is not a decline.
        let decline = fields.result_code.is_some_and(|c| c != 0);
        if self.is_authorisation() && !decline && self.decision.is_none() {
            self.status = Some(fields.clone());
            self.phase = Phase::AwaitDecision;
            self.events
                .push_back(SessionEvent::CommitRequired(Box::new(fields)));
            return;
        }
        if self.decision.is_none() || !approval {
            self.status = Some(fields.clone());
        }
        self.events
            .push_back(SessionEvent::Status(Box::new(fields)));
        // A repeated approval after we accepted: accept again; after a refusal: refuse again.
        // An approval during a command that takes no money (registration, status enquiry,
        // diagnosis, abort, log-off) is a stale one from an ECR that died: refuse it, or a sale no
        // journal holds would be committed.
        let answer = match self.decision {
            Some(CommitDecision::Refuse) if !decline => Apdu::nak(REFUSE_CODE),
            None if approval && !self.owns_approvals() => {
                tracing::warn!("zvt stale approval during another command: refused");
                Apdu::nak(REFUSE_CODE)
            }
            _ => Apdu::ack(),
        };
        self.reply(&answer, now);
    }
}
