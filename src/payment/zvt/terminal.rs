//! `ZvtTerminal`: the `PaymentTerminal` the engine drives, a thin loop around the sans-IO session.

use super::bmp::fields::CURRENCY_JPY;
use super::command::{CONFIG_DEFAULT, Command};
use super::frame::hex;
use super::link::{LinkConfig, LinkError};
use super::session::{Finish, Report, Session, SessionConfig, SessionError, SessionEvent};
use super::transport::{SerialSettings, SerialTransport, TcpTransport, Transport};
use crate::domain::Yen;
use crate::payment::{
    Approval, CancelFlag, CommitDecision, PaymentError, PaymentObserver, PaymentOutcome,
    PaymentRequest, PaymentTerminal, ReversalOutcome, TerminalHealth, TerminalMessage,
};
use std::time::{Duration, Instant};

/// Longest read between two looks at the cancel flag.
const POLL: Duration = Duration::from_millis(50);
/// A terminal that keeps T4 alive forever with intermediate statuses is stopped here.
const HARD_CAP: Duration = Duration::from_secs(15 * 60);
/// ZVT result code "aborted" (timeout or abort key), PA00P015 chapter 10.
pub const RC_ABORTED: u8 = 0x6C;
/// ZVT result code "already reversed".
pub const RC_ALREADY_REVERSED: u8 = 0xB4;

/// An observer for commands that are not sales: messages are dropped, approvals accepted.
struct AcceptAll;
impl PaymentObserver for AcceptAll {
    fn message(&mut self, _: TerminalMessage) {}
    fn approved(&mut self, _: &Approval) -> CommitDecision {
        CommitDecision::Accept
    }
}

pub struct ZvtTerminal {
    transport: Box<dyn Transport>,
    session: Session,
    password: u32,
    config_byte: u8,
    registered: bool,
    frame_log: Option<FrameLog>,
}

/// Receives every chunk of bytes on the line, in hex, with its direction (`--trace`).
pub type FrameLog = Box<dyn FnMut(&str) + Send>;

fn session_error(e: SessionError) -> PaymentError {
    match e {
        SessionError::Link(LinkError::NoAck { tries }) => PaymentError::Timeout {
            what: format!("T2 (5 s) for an ACK, {tries} tries"),
        },
        SessionError::Link(LinkError::Nak { tries }) => {
            PaymentError::Transport(format!("terminal refused our frame (NAK) {tries} times"))
        }
        e @ (SessionError::T3 { .. } | SessionError::T4 { .. }) => PaymentError::Timeout {
            what: e.to_string(),
        },
        e => PaymentError::Protocol(e.to_string()),
    }
}

impl ZvtTerminal {
    /// A terminal on a serial line (default 9600 8N2); `password` is the 6-digit ZVT password.
    pub fn serial(settings: SerialSettings, password: u32) -> Self {
        Self::with_transport(Box::new(SerialTransport::new(settings)), password)
    }

    /// A terminal over TCP (`host:port`; port 20007 if omitted).
    pub fn tcp(addr: impl Into<String>, password: u32) -> Self {
        Self::with_transport(Box::new(TcpTransport::new(addr)), password)
    }

    pub fn with_transport(transport: Box<dyn Transport>, password: u32) -> Self {
        let session = Session::new(SessionConfig::new(LinkConfig::new(transport.mode())));
        Self {
            transport,
            session,
            password,
            config_byte: CONFIG_DEFAULT,
            registered: false,
            frame_log: None,
        }
    }

    /// The registration config byte (default: intermediate statuses and receipts to the ECR).
    pub fn set_config_byte(&mut self, config: u8) {
        self.config_byte = config;
    }

    /// Hand every chunk of bytes, in hex, to `log` (the diagnostics command's `--trace`).
    pub fn set_frame_log(&mut self, log: Option<FrameLog>) {
        self.frame_log = log;
    }

    pub fn describe(&self) -> String {
        self.transport.describe()
    }

    fn lost(&mut self, e: PaymentError) -> PaymentError {
        tracing::warn!(terminal = %self.transport.describe(), error = %e, "card terminal connection lost");
        self.transport.close();
        self.session.reset();
        self.registered = false;
        e
    }

    fn flush(&mut self) -> Result<(), PaymentError> {
        while let Some(bytes) = self.session.poll_transmit() {
            if let Some(log) = self.frame_log.as_mut() {
                log(&format!("ECR>PT {}", hex(&bytes)));
            }
            if let Err(e) = self.transport.write_all(&bytes) {
                return Err(self.lost(e));
            }
        }
        Ok(())
    }

    /// Run one command to its end. `expected` is the amount an approval must carry.
    pub fn run(
        &mut self,
        cmd: Command,
        cancel: Option<&CancelFlag>,
        observer: &mut dyn PaymentObserver,
        expected: Option<u64>,
    ) -> Result<Report, PaymentError> {
        if let Err(e) = self.transport.ensure_open() {
            return Err(self.lost(e));
        }
        if !self.session.is_idle() {
            self.session.reset();
        }
        let started = Instant::now();
        self.session.start(cmd, started).map_err(session_error)?;
        let mut buf = [0u8; 2048];
        let mut abort_asked = false;
        loop {
            self.flush()?;
            while let Some(ev) = self.session.poll_event() {
                match ev {
                    SessionEvent::Intermediate(code) => {
                        observer.message(TerminalMessage::Intermediate(code))
                    }
                    SessionEvent::Status(f) => {
                        if let Some(code) = f.result_code.filter(|&c| c != 0) {
                            observer.message(TerminalMessage::Result(code));
                        }
                    }
                    SessionEvent::CommitRequired(f) => {
                        let approval = f.to_approval();
                        let decision = match expected {
                            Some(want)
                                if f.amount != Some(want)
                                    || f.currency.is_some_and(|c| c != CURRENCY_JPY) =>
                            {
                                tracing::error!(want, got = ?f.amount, currency = ?f.currency, "approval for another amount or currency; refused");
                                CommitDecision::Refuse
                            }
                            _ => observer.approved(&approval),
                        };
                        tracing::info!(?decision, receipt_no = ?approval.receipt_no, "zvt commit decision");
                        self.session.decide(decision, Instant::now());
                        self.flush()?;
                    }
                    SessionEvent::PrintLine(_) => {}
                    SessionEvent::Finished(r) => {
                        if matches!(r.finish, Finish::Failed(_)) {
                            self.registered = false;
                        }
                        return Ok(*r);
                    }
                }
            }
            if !abort_asked && cancel.is_some_and(CancelFlag::is_requested) {
                abort_asked = true;
                let allowed = self.session.request_abort();
                tracing::info!(
                    allowed,
                    "customer cancel: abort {}",
                    if allowed {
                        "queued"
                    } else {
                        "no longer allowed; waiting"
                    }
                );
            }
            if started.elapsed() > HARD_CAP {
                self.session.reset();
                return Err(PaymentError::Timeout {
                    what: "15 minutes for one command".into(),
                });
            }
            let now = Instant::now();
            let wait = self
                .session
                .poll_timeout()
                .map_or(POLL, |d| d.saturating_duration_since(now))
                .min(POLL);
            let n = match self.transport.read(&mut buf, wait) {
                Ok(n) => n,
                Err(e) => return Err(self.lost(e)),
            };
            if n > 0
                && let Some(log) = self.frame_log.as_mut()
            {
                log(&format!("PT>ECR {}", hex(&buf[..n])));
            }
            let now = Instant::now();
            self.session.handle_input(&buf[..n], now);
            self.session.handle_timeout(now);
        }
    }

    /// Registration `06 00` with our password, config byte and the yen.
    pub fn register(&mut self) -> Result<Report, PaymentError> {
        let cmd = Command::Registration {
            password: self.password,
            config: self.config_byte,
            currency: CURRENCY_JPY,
        };
        let r = self.run(cmd, None, &mut AcceptAll, None)?;
        match &r.finish {
            Finish::Completed(_) => {
                self.registered = true;
                Ok(r)
            }
            Finish::Failed(e) => Err(session_error(e.clone())),
            _ => Ok(r),
        }
    }

    fn ensure_registered(&mut self) -> Result<(), PaymentError> {
        if self.registered {
            return Ok(());
        }
        let r = self.register()?;
        match r.finish {
            Finish::Completed(_) => Ok(()),
            Finish::Rejected { result_code } | Finish::Aborted { result_code, .. } => {
                Err(PaymentError::Protocol(format!(
                    "registration refused with result {result_code:02X}"
                )))
            }
            other => Err(PaymentError::Protocol(format!(
                "registration ended oddly: {other:?}"
            ))),
        }
    }

    /// Any command with an accepting observer (the diagnostics command).
    pub fn run_simple(
        &mut self,
        cmd: Command,
        observer: &mut dyn PaymentObserver,
    ) -> Result<Report, PaymentError> {
        if !matches!(
            cmd,
            Command::Registration { .. } | Command::Diagnosis | Command::StatusEnquiry { .. }
        ) {
            self.ensure_registered()?;
        }
        self.run(cmd, None, observer, None)
    }

    pub fn password(&self) -> u32 {
        self.password
    }
}

/// What an authorisation report means for the engine.
pub fn authorisation_outcome(r: Report, cancelled: bool) -> Result<PaymentOutcome, PaymentError> {
    let status_code = r
        .status
        .as_ref()
        .and_then(|s| s.result_code)
        .filter(|&c| c != 0);
    match r.decision {
        // An abort after our 80 00 00 means the terminal did not take it (its commit timeout ran
        // out) and reversed: not provable either way here; the engine checks by repeat receipt.
        Some(CommitDecision::Accept) if matches!(r.finish, Finish::Aborted { .. }) => {
            Err(PaymentError::Protocol(format!(
                "terminal ended with {:?} after our commit; it may have reversed: check repeat receipt",
                r.finish
            )))
        }
        Some(CommitDecision::Accept) if r.decision_delivered => {
            let approval = r
                .status
                .as_ref()
                .map(|s| s.to_approval())
                .unwrap_or_default();
            let completion_received = matches!(r.finish, Finish::Completed(_));
            Ok(PaymentOutcome::Approved {
                approval,
                slip_lines: r.lines,
                completion_received,
            })
        }
        Some(CommitDecision::Accept) => Err(PaymentError::Protocol(format!(
            "the terminal did not acknowledge our commit ({:?}); the sale is unproven: ask repeat receipt",
            r.finish
        ))),
        Some(CommitDecision::Refuse) => Ok(PaymentOutcome::Aborted {
            result_code: match r.finish {
                Finish::Aborted { result_code, .. } => Some(result_code),
                _ => None,
            },
        }),
        None => match r.finish {
            Finish::Aborted { result_code, .. } if result_code == RC_ABORTED || cancelled => {
                Ok(PaymentOutcome::Aborted {
                    result_code: Some(result_code),
                })
            }
            Finish::Aborted { result_code, .. } | Finish::Rejected { result_code } => {
                Ok(PaymentOutcome::Declined {
                    result_code: status_code.unwrap_or(result_code),
                })
            }
            Finish::Completed(c) => {
                match status_code.or(c.and_then(|c| c.fields.result_code).filter(|&x| x != 0)) {
                    Some(code) => Ok(PaymentOutcome::Declined { result_code: code }),
                    None => Err(PaymentError::Protocol(
                        "authorisation completed without an approval".into(),
                    )),
                }
            }
            Finish::CompletionLost => Err(PaymentError::Protocol(
                "completion lost before any approval".into(),
            )),
            Finish::Failed(e) => Err(session_error(e)),
        },
    }
}

impl PaymentTerminal for ZvtTerminal {
    fn health(&mut self) -> Result<TerminalHealth, PaymentError> {
        if let Err(e) = self.ensure_registered() {
            if let PaymentError::Protocol(_) = e
                && let Ok(r) = self.run(Command::Diagnosis, None, &mut AcceptAll, None)
                && let Finish::Rejected { result_code } = r.finish
            {
                return Ok(TerminalHealth::NotReady { result_code });
            }
            return Err(e);
        }
        let r = self.run(
            Command::StatusEnquiry {
                password: self.password,
            },
            None,
            &mut AcceptAll,
            None,
        )?;
        match r.finish {
            Finish::Completed(c) => {
                match c.and_then(|c| c.terminal_status.or(c.fields.result_code)) {
                    None | Some(0) => Ok(TerminalHealth::Ready),
                    Some(code) => Ok(TerminalHealth::NotReady { result_code: code }),
                }
            }
            Finish::Rejected { result_code } | Finish::Aborted { result_code, .. } => {
                Ok(TerminalHealth::NotReady { result_code })
            }
            Finish::CompletionLost => Err(PaymentError::Protocol("status enquiry lost".into())),
            Finish::Failed(e) => Err(session_error(e)),
        }
    }

    fn authorise(
        &mut self,
        request: &PaymentRequest,
        observer: &mut dyn PaymentObserver,
    ) -> Result<PaymentOutcome, PaymentError> {
        let yen = u64::try_from(request.amount.value())
            .ok()
            .filter(|&y| y > 0)
            .ok_or_else(|| {
                PaymentError::Protocol(format!("amount {} is not payable", request.amount))
            })?;
        self.ensure_registered()?;
        if request.cancel.is_requested() {
            return Ok(PaymentOutcome::Aborted { result_code: None });
        }
        let r = self.run(
            Command::authorisation_jpy(yen),
            Some(&request.cancel),
            observer,
            Some(yen),
        )?;
        authorisation_outcome(r, request.cancel.is_requested())
    }

    fn reverse(&mut self, receipt_no: u32, amount: Yen) -> Result<ReversalOutcome, PaymentError> {
        self.ensure_registered()?;
        let amount = u64::try_from(amount.value()).ok().filter(|&a| a > 0);
        let cmd = Command::Reversal {
            password: self.password,
            receipt_no,
            amount,
        };
        let r = self.run(cmd, None, &mut AcceptAll, None)?;
        let code = r.status.as_ref().and_then(|s| s.result_code);
        match r.finish {
            Finish::Completed(_) | Finish::CompletionLost if code.is_none_or(|c| c == 0) => {
                let mut approval = r.status.map(|s| s.to_approval()).unwrap_or_default();
                approval.receipt_no.get_or_insert(receipt_no);
                Ok(ReversalOutcome::Reversed { approval })
            }
            Finish::Completed(_) | Finish::CompletionLost => Ok(ReversalOutcome::Refused {
                result_code: code.unwrap_or(0xFF),
            }),
            Finish::Aborted {
                result_code: RC_ALREADY_REVERSED,
                ..
            } => Ok(ReversalOutcome::AlreadyReversed),
            Finish::Aborted { result_code, .. } | Finish::Rejected { result_code } => {
                Ok(ReversalOutcome::Refused { result_code })
            }
            Finish::Failed(e) => Err(session_error(e)),
        }
    }

    fn repeat_receipt(&mut self) -> Result<Option<Approval>, PaymentError> {
        self.ensure_registered()?;
        let r = self.run(
            Command::RepeatReceipt {
                password: self.password,
            },
            None,
            &mut AcceptAll,
            None,
        )?;
        match r.finish {
            Finish::Failed(e) => Err(session_error(e)),
            _ => Ok(r
                .status
                .filter(|s| s.result_code == Some(0) && s.amount.is_some())
                .map(|s| s.to_approval())),
        }
    }

    fn end_of_day(&mut self) -> Result<Vec<String>, PaymentError> {
        self.ensure_registered()?;
        let r = self.run(
            Command::EndOfDay {
                password: self.password,
            },
            None,
            &mut AcceptAll,
            None,
        )?;
        match r.finish {
            Finish::Completed(_) | Finish::CompletionLost => Ok(r.lines),
            Finish::Aborted { result_code, .. } | Finish::Rejected { result_code } => Err(
                PaymentError::Protocol(format!("end-of-day refused with result {result_code:02X}")),
            ),
            Finish::Failed(e) => Err(session_error(e)),
        }
    }
}
