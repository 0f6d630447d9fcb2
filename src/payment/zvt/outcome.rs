//! What the terminal's answers mean to the engine: the `PaymentTerminal` implementation.

use super::command::Command;
use super::link::LinkError;
use super::session::{Finish, Report, SessionError};
use super::terminal::{AcceptAll, RC_ABORTED, RC_ALREADY_REVERSED, ZvtTerminal};
use crate::domain::Yen;
use crate::payment::{
    Approval, CommitDecision, PaymentError, PaymentObserver, PaymentOutcome, PaymentRequest,
    PaymentTerminal, ReversalOutcome, TerminalHealth,
};

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
