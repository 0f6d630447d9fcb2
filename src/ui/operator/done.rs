//! What a finished job changes on the staff screens, and what the root must do next.

use super::{Action, Done, Job, Notice, Page, State, pin_pad};
use crate::ops::SettleOutcome;

impl State {
    pub(super) fn done(&mut self, done: Done) -> Action {
        match done {
            Done::Pin(attempt) => return pin_pad::checked(self, attempt),
            Done::Status(status) => {
                self.out_of_service = status.out_of_service.as_ref().ok().copied();
                self.status = Some(*status);
            }
            Done::Decisions(list) => self.decisions = Some(list),
            Done::Receipts(list) => self.receipts = Some(list),
            Done::Settled { id, result } => {
                self.busy = false;
                match result {
                    // Settled: it leaves the list; the list says what happened.
                    Ok(outcome) => {
                        self.notice = Some(Notice::Done(settled_id(&outcome)));
                        self.open = None;
                        self.page = Page::Decisions;
                    }
                    Err(e) => {
                        self.notice = Some(Notice::Error(e));
                        self.open = Some(id);
                        self.page = Page::Decision;
                    }
                }
                return Action::Run(Job::Decisions);
            }
            Done::Reprinted { result, .. } => {
                self.busy = false;
                self.notice = Some(match result {
                    Ok(true) => Notice::Done("op-reprint-done"),
                    Ok(false) => Notice::Failed("op-reprint-not-printed"),
                    Err(e) => Notice::Error(e),
                });
                return if self.page == Page::Decision {
                    if self.notice == Some(Notice::Done("op-reprint-done")) {
                        self.open = None;
                        self.page = Page::Decisions;
                    }
                    Action::Run(Job::Decisions)
                } else {
                    Action::Run(Job::Receipts)
                };
            }
            Done::EndOfDay(result) => {
                self.busy = false;
                self.end_of_day = Some(*result);
            }
            Done::OutOfService { on, result } => {
                self.busy = false;
                return match result {
                    Ok(()) => {
                        self.out_of_service = Some(on);
                        self.notice = Some(Notice::Done(if on {
                            "op-service-now-off"
                        } else {
                            "op-service-now-on"
                        }));
                        Action::Service(on)
                    }
                    Err(e) => {
                        self.notice = Some(Notice::Error(e));
                        Action::None
                    }
                };
            }
            Done::Failed(e) => {
                self.busy = false;
                self.notice = Some(Notice::Error(e));
            }
            Done::Audited => {}
        }
        Action::None
    }
}

/// The message id saying how a settle action ended.
fn settled_id(outcome: &SettleOutcome) -> &'static str {
    match outcome {
        SettleOutcome::Renewed { .. } => "op-settled-renewed",
        SettleOutcome::Reversed => "op-settled-reversed",
        SettleOutcome::Resolved => "op-settled-resolved",
    }
}
