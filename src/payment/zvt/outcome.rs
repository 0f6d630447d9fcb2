//! What the terminal's answers mean to the engine: the `PaymentTerminal` implementation.

use super::command::Command;
use super::link::LinkError;
use super::session::{Finish, Report, SessionError};
use super::terminal::{AcceptAll, RC_ABORTED, RC_ALREADY_REVERSED, RC_NOT_REGISTERED, ZvtTerminal};
use crate::domain::Yen;
use crate::payment::{
    Approval, CommitDecision, PaymentError, PaymentObserver, PaymentOutcome, PaymentRequest,
    PaymentTerminal, ReversalOutcome, TerminalHealth,
};

fn out_of_service(reason: &str) -> PaymentError {
    tracing::error!(reason, "card terminal out of service");
    PaymentError::OutOfService {
        reason: reason.to_string(),
    }
}

pub(super) fn session_error(e: SessionError) -> PaymentError {
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
                    // A successful completion with no approval committed by us: the terminal
                    // may hold the money. Never "nothing charged".
                    None => Err(PaymentError::Unproven {
                        reason: "the terminal completed the authorisation without an approval the kiosk committed".into(),
                    }),
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
        if !self.is_registered() {
            // A terminal that refuses registration is there but cannot sell: not ready, with why.
            match self.register()?.finish {
                Finish::Completed(_) => {}
                Finish::Rejected { result_code } | Finish::Aborted { result_code, .. } => {
                    return Ok(TerminalHealth::NotReady { result_code });
                }
                other => {
                    return Err(PaymentError::Protocol(format!(
                        "registration ended oddly: {other:?}"
                    )));
                }
            }
        }
        let r = self.run(
            Command::StatusEnquiry {
                password: self.password(),
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
        let mut registered_again = false;
        loop {
            if request.cancel.is_requested() {
                return Ok(PaymentOutcome::Aborted { result_code: None });
            }
            let r = self.run(
                Command::authorisation_jpy(yen),
                Some(&request.cancel),
                observer,
                Some(yen),
            )?;
            // `84 6B 00`: the terminal rebooted and forgot us. A terminal fault, not a decline:
            // register once more, then out of service with the reason.
            if r.finish
                == (Finish::Rejected {
                    result_code: RC_NOT_REGISTERED,
                })
            {
                self.forget_registration();
                if registered_again {
                    return Err(out_of_service(
                        "the card terminal still answers 'not registered' (84 6B) after registering again",
                    ));
                }
                registered_again = true;
                tracing::warn!("card terminal lost its registration (84 6B): registering again");
                self.ensure_registered().map_err(|e| {
                    out_of_service(&format!(
                        "the card terminal lost its registration (84 6B) and registering again failed: {e}"
                    ))
                })?;
                continue;
            }
            return authorisation_outcome(r, request.cancel.is_requested());
        }
    }

    fn reverse(&mut self, receipt_no: u32, amount: Yen) -> Result<ReversalOutcome, PaymentError> {
        self.ensure_registered()?;
        let amount = u64::try_from(amount.value()).ok().filter(|&a| a > 0);
        let cmd = Command::Reversal {
            password: self.password(),
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
                password: self.password(),
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
                password: self.password(),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::payment::zvt::link::LinkMode;
    use crate::payment::zvt::transport::Transport;
    use crate::payment::{CancelFlag, PaymentRequest};
    use std::collections::VecDeque;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::time::Duration;

    /// A terminal over TCP (bare APDUs) that answers registration with success and every
    /// authorisation with `84 6B 00`: it rebooted and forgets each registration at once.
    struct ForgetfulTerminal {
        inbox: VecDeque<u8>,
        registrations: Arc<AtomicUsize>,
    }

    impl Transport for ForgetfulTerminal {
        fn mode(&self) -> LinkMode {
            LinkMode::Tcp
        }
        fn describe(&self) -> String {
            "forgetful test terminal".into()
        }
        fn ensure_open(&mut self) -> Result<(), PaymentError> {
            Ok(())
        }
        fn write_all(&mut self, bytes: &[u8]) -> Result<(), PaymentError> {
            match bytes.get(..2) {
                Some([0x06, 0x00]) => {
                    self.registrations.fetch_add(1, Ordering::SeqCst);
                    self.inbox.extend([0x80, 0x00, 0x00, 0x06, 0x0F, 0x00]);
                }
                Some([0x06, 0x01]) => self.inbox.extend([0x84, RC_NOT_REGISTERED, 0x00]),
                _ => {}
            }
            Ok(())
        }
        fn read(&mut self, buf: &mut [u8], _: Duration) -> Result<usize, PaymentError> {
            let n = self.inbox.len().min(buf.len());
            for (b, x) in buf.iter_mut().zip(self.inbox.drain(..n)) {
                *b = x;
            }
            Ok(n)
        }
        fn close(&mut self) {}
    }

    fn report(finish: Finish, decision: Option<CommitDecision>) -> Report {
        Report {
            command: "authorisation",
            finish,
            status: None,
            decision,
            decision_delivered: false,
            lines: Vec::new(),
        }
    }

    #[test]
    fn a_completion_without_a_committed_approval_is_unproven_never_nothing_charged() {
        let out = authorisation_outcome(report(Finish::Completed(None), None), false);
        assert!(
            matches!(out, Err(PaymentError::Unproven { .. })),
            "a successful completion with no approval recorded goes to the operator: {out:?}"
        );
    }

    #[test]
    fn not_registered_twice_is_out_of_service_not_a_card_decline() {
        let registrations = Arc::new(AtomicUsize::new(0));
        let transport = ForgetfulTerminal {
            inbox: VecDeque::new(),
            registrations: Arc::clone(&registrations),
        };
        let mut t = ZvtTerminal::with_transport(Box::new(transport), 123456);
        let out = t.authorise(
            &PaymentRequest {
                amount: Yen(1000),
                cancel: CancelFlag::default(),
            },
            &mut AcceptAll,
        );
        assert!(
            matches!(&out, Err(PaymentError::OutOfService { reason }) if reason.contains("84 6B")),
            "a terminal that forgets its registration is out of service with the reason: {out:?}"
        );
        assert_eq!(
            registrations.load(Ordering::SeqCst),
            2,
            "registered at start, then once again, no more"
        );
    }
}
