//! `ZvtTerminal`: the `PaymentTerminal` the engine drives, a thin loop around the sans-IO session.

use super::bmp::fields::CURRENCY_JPY;
use super::command::{CONFIG_DEFAULT, Command};
use super::gate::commit_gate;
use super::link::LinkConfig;
use super::mask::WireLog;
use super::outcome::session_error;
use super::session::{Finish, Report, Session, SessionConfig, SessionEvent};
use super::transport::{SerialSettings, SerialTransport, TcpTransport, Transport};
use crate::payment::{
    Approval, CancelFlag, CommitDecision, PaymentError, PaymentObserver, TerminalMessage,
};
use std::time::{Duration, Instant};

/// Longest read between two looks at the cancel flag.
const POLL: Duration = Duration::from_millis(50);
/// Longest wait for the ACK of our last answer after a command finished.
const SETTLE: Duration = Duration::from_millis(500);
/// A terminal that keeps T4 alive forever with intermediate statuses is stopped here.
const HARD_CAP: Duration = Duration::from_secs(15 * 60);
/// ZVT result code "aborted" (timeout or abort key), PA00P015 chapter 10.
pub const RC_ABORTED: u8 = 0x6C;
/// ZVT result code "already reversed".
pub const RC_ALREADY_REVERSED: u8 = 0xB4;
/// ZVT result code "function deactivated (PT not registered)", PA00P015 chapter 10: the answer
/// of a terminal that rebooted and lost the ECR's registration.
pub const RC_NOT_REGISTERED: u8 = 0x6B;

/// An observer for commands that are not sales: messages are dropped, approvals accepted.
pub(super) struct AcceptAll;
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
    /// Decoders for the frame log (to the terminal, from it): only masked APDUs are shown.
    wire: Option<(WireLog, WireLog)>,
}

/// Receives every APDU (masked), ACK and NAK on the line, in hex, with its direction (`--trace`).
pub type FrameLog = Box<dyn FnMut(&str) + Send>;

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
            wire: None,
        }
    }

    /// The registration config byte (default: intermediate statuses and receipts to the ECR).
    pub fn set_config_byte(&mut self, config: u8) {
        self.config_byte = config;
    }

    /// Hand every chunk of bytes, in hex, to `log` (the diagnostics command's `--trace`).
    pub fn set_frame_log(&mut self, log: Option<FrameLog>) {
        let mode = self.transport.mode();
        self.wire = log
            .is_some()
            .then(|| (WireLog::new(mode), WireLog::new(mode)));
        self.frame_log = log;
    }

    /// Card data masked before anything is shown (PAN, expiry, track data).
    fn log_wire(&mut self, to_terminal: bool, bytes: &[u8]) {
        let (Some(log), Some((tx, rx))) = (self.frame_log.as_mut(), self.wire.as_mut()) else {
            return;
        };
        let (dir, decoder) = if to_terminal {
            ("ECR>PT", tx)
        } else {
            ("PT>ECR", rx)
        };
        for line in decoder.lines(bytes) {
            log(&format!("{dir} {line}"));
        }
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
            self.log_wire(true, &bytes);
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
                        let decision = match commit_gate(&f, expected) {
                            Err(why) => {
                                tracing::error!(%why, "approval refused by the commit gate; the terminal reverses");
                                CommitDecision::Refuse
                            }
                            Ok(()) => observer.approved(&approval),
                        };
                        tracing::info!(?decision, receipt_no = ?approval.receipt_no, "zvt commit decision");
                        if !self.session.decide(decision, Instant::now()) {
                            // The session already ended (its report follows): no answer went
                            // out, so the terminal reverses on its commit time-out.
                            tracing::error!(
                                ?decision,
                                "zvt decision not sent: the session had given up"
                            );
                            observer.decision_not_sent();
                        }
                        self.flush()?;
                    }
                    SessionEvent::PrintLine(_) => {}
                    SessionEvent::Finished(r) => {
                        if matches!(r.finish, Finish::Failed(_)) {
                            self.registered = false;
                        } else {
                            self.settle();
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
            self.log_wire(false, &buf[..n]);
            let now = Instant::now();
            self.session.handle_input(&buf[..n], now);
            self.session.handle_timeout(now);
        }
    }

    /// Wait briefly for the ACK of our last answer, so the next command starts on a quiet line.
    fn settle(&mut self) {
        let until = Instant::now() + SETTLE;
        let mut buf = [0u8; 256];
        while !self.session.link_is_idle() && Instant::now() < until {
            if self.flush().is_err() {
                return;
            }
            match self.transport.read(&mut buf, POLL) {
                Ok(n) => {
                    self.log_wire(false, &buf[..n]);
                    let now = Instant::now();
                    self.session.handle_input(&buf[..n], now);
                    self.session.handle_timeout(now);
                }
                Err(e) => {
                    self.lost(e);
                    return;
                }
            }
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

    pub(super) fn ensure_registered(&mut self) -> Result<(), PaymentError> {
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
        // A yen authorisation is gated on its own amount; any other currency passes no gate.
        let expected = match cmd {
            Command::Authorisation {
                amount,
                currency: CURRENCY_JPY,
            } => Some(amount),
            _ => None,
        };
        self.run(cmd, None, observer, expected)
    }

    /// The terminal said it is not registered (it rebooted): register before the next command.
    pub(super) fn forget_registration(&mut self) {
        self.registered = false;
    }

    /// Registered since the connection was (re)opened.
    pub fn is_registered(&self) -> bool {
        self.registered
    }

    pub fn password(&self) -> u32 {
        self.password
    }
}
