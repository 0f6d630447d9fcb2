//! The operator's actions on the engine: the decisions list, settling a transaction (retry,
//! reverse, resolve), reprints, end-of-day and out of service. Each is written to the audit
//! trail (`operator_audit`) with the actor, never a card or phone number; each journal step is
//! committed before the side effect it announces, as in a sale.

use super::Engine;
use super::printing::print;
use super::renewal::{self, Outcome, Who};
use super::reversal::reverse;
use crate::domain::promotion::jst;
use crate::flow::SaleFailure;
use crate::i18n::Lang;
use crate::journal::{Detail, ListFilter, TransactionRecord, TxState};
use crate::ops::journal_actions::{audit, audit_outcome, daily_report, journal_error, resolve};
use crate::ops::report::{AUDIT_DAILY_REPORT, DailyReport, Reconciliation};
use crate::ops::settle::{
    OperatorAction, OperatorError, PendingDecision, SettleOutcome, audit_tx_ref, check,
};
use chrono::{NaiveDate, Utc};

/// Audit actions, defined beside the settle policy (ops depends on no engine module).
pub use crate::ops::settle::{
    AUDIT_END_OF_DAY, AUDIT_OUT_OF_SERVICE_OFF, AUDIT_OUT_OF_SERVICE_ON, AUDIT_REPRINT,
    AUDIT_SETTLE_RESOLVE, AUDIT_SETTLE_RETRY, AUDIT_SETTLE_REVERSE,
};

/// What `end_of_day` did.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct EndOfDay {
    /// The terminal's report lines (`06 50`), or why the terminal did not close the day.
    pub terminal: Result<Vec<String>, String>,
    pub report: DailyReport,
    /// The kiosk's charges since the previous end-of-day beside the terminal's total.
    pub reconciliation: Reconciliation,
    /// The slip came out of the printer.
    pub printed: bool,
    /// The audit row holding the report.
    pub audit_id: i64,
}

impl EndOfDay {
    /// Everything worked: the terminal closed the day and the slip printed.
    pub fn complete(&self) -> bool {
        self.terminal.is_ok() && self.printed
    }
}

/// Slack for journal writes and the terminal's reversal, on top of the renewal deadline and the
/// background retry interval: together the longest a live sale or retry leaves a paid row
/// untouched.
const QUIET_MARGIN: std::time::Duration = std::time::Duration::from_secs(60);

impl Engine {
    /// Every transaction not finished, oldest first, with what is known and what can be done:
    /// `needs_operator`, `receipt_failed` (reprint owed) and rows recovery has not finished.
    pub fn pending_decisions(&self) -> Result<Vec<PendingDecision>, OperatorError> {
        let rows = self.journal().unfinished().map_err(journal_error)?;
        rows.iter()
            .map(|r| {
                let history = self.journal().history(&r.id).map_err(journal_error)?;
                Ok(PendingDecision::new(
                    r,
                    self.wallet_of(r),
                    history,
                    self.in_progress(r),
                ))
            })
            .collect()
    }

    /// One transaction as a decision (any state), for the detail screen.
    pub fn decision(&self, id: &str) -> Result<PendingDecision, OperatorError> {
        let record = self.record(id)?;
        let history = self.journal().history(id).map_err(journal_error)?;
        Ok(PendingDecision::new(
            &record,
            self.wallet_of(&record),
            history,
            self.in_progress(&record),
        ))
    }

    /// The wallet record of a row paid (or to be paid) by a QR wallet; `None` for the card.
    fn wallet_of(&self, record: &TransactionRecord) -> Option<crate::journal::WalletRef> {
        if record.payment_method == "card" {
            return None;
        }
        self.journal().wallet(&record.id).ok()
    }

    fn record(&self, id: &str) -> Result<TransactionRecord, OperatorError> {
        self.journal().get(id).map_err(journal_error)
    }

    /// Could a sale, a background retry (or another process's recovery) still be working on
    /// `record`? A renewal pass is bounded by `[timeouts] carrier_secs` and an unclear renewal
    /// is retried every `BACKGROUND_RETRY_EVERY`; until then an operator's action could race
    /// it. `needs_operator` and `receipt_failed` are never in progress.
    pub fn in_progress(&self, record: &TransactionRecord) -> bool {
        if !record.state.needs_recovery() || record.state == TxState::ReceiptFailed {
            return false;
        }
        let quiet = self.config().timeouts.carrier + renewal::BACKGROUND_RETRY_EVERY + QUIET_MARGIN;
        (Utc::now() - record.updated_at)
            .to_std()
            .map_or(true, |age| age < quiet)
    }

    fn check_idle(&self, record: &TransactionRecord) -> Result<(), OperatorError> {
        if self.in_progress(record) {
            return Err(OperatorError::NotAwaiting {
                id: record.id.clone(),
                state: record.state,
                why: "updated moments ago: a sale may still be running; try again in a few minutes"
                    .into(),
            });
        }
        Ok(())
    }

    fn audit(&self, actor: &str, action: &str, detail: &str) -> Result<i64, OperatorError> {
        audit(self.journal(), actor, action, detail)
    }

    fn audit_outcome(
        &self,
        actor: &str,
        action: &str,
        id: &str,
        result: &Result<SettleOutcome, OperatorError>,
    ) {
        audit_outcome(self.journal(), actor, action, id, result);
    }

    /// Renew again with the transaction's ORIGINAL idempotency key (the carrier never renews
    /// twice for one key). Renewed: the receipt is owed (`receipt_failed`, reprint). A definite
    /// refusal by the carrier: the payment is reversed by the terminal.
    pub fn settle_retry(&self, id: &str, actor: &str) -> Result<SettleOutcome, OperatorError> {
        let record = self.record(id)?;
        check(OperatorAction::Retry, &record)?;
        self.check_idle(&record)?;
        let result = self.retry_checked(&record, actor);
        self.audit_outcome(actor, AUDIT_SETTLE_RETRY, id, &result);
        result
    }

    fn retry_checked(
        &self,
        record: &TransactionRecord,
        actor: &str,
    ) -> Result<SettleOutcome, OperatorError> {
        let id = record.id.as_str();
        let not_completed = |what: String| OperatorError::NotCompleted {
            id: id.to_owned(),
            what,
        };
        let note = format!("operator {actor}: retry with the original idempotency key");
        match renewal::renew(self, record, Who::Operator, Detail::note(note)) {
            Outcome::Renewed(renewal) => {
                self.journal()
                    .advance(
                        id,
                        TxState::ReceiptFailed,
                        &Detail::note(format!("renewed by operator {actor}: reprint owed")),
                    )
                    .map_err(journal_error)?;
                Ok(SettleOutcome::Renewed {
                    new_expiry: renewal.new_expiry,
                })
            }
            Outcome::Refused {
                reversal: SaleFailure::RenewalFailedReversed,
                ..
            } => Ok(SettleOutcome::Reversed),
            Outcome::Refused { error, .. } => Err(not_completed(format!(
                "the carrier refused the renewal ({error}) and the reversal did not complete"
            ))),
            // Unknown whether it renewed: never reversed on a guess; the same key makes the
            // next retry safe.
            Outcome::Unclear { error, .. } => Err(not_completed(format!(
                "the carrier did not answer ({error}); the payment is kept: try again later"
            ))),
            Outcome::NotAnnounced(e) => Err(OperatorError::Journal(e)),
        }
    }

    /// Give the payment back through the terminal (`06 30`, by the terminal's receipt number).
    pub fn settle_reverse(&self, id: &str, actor: &str) -> Result<SettleOutcome, OperatorError> {
        let record = self.record(id)?;
        check(OperatorAction::Reverse, &record)?;
        self.check_idle(&record)?;
        tracing::info!(transaction = id, %actor, "operator: reversing the payment");
        let result = match reverse(self, id) {
            SaleFailure::RenewalFailedReversed => Ok(SettleOutcome::Reversed),
            _ => {
                let why = self
                    .journal()
                    .get(id)
                    .ok()
                    .and_then(|r| r.last_note)
                    .unwrap_or_else(|| "reversal did not complete".to_owned());
                Err(OperatorError::NotCompleted {
                    id: id.to_owned(),
                    what: why,
                })
            }
        };
        self.audit_outcome(actor, AUDIT_SETTLE_REVERSE, id, &result);
        result
    }

    /// Close a `needs_operator` transaction with the operator's note (settled by hand); see
    /// [`resolve`], which needs no device.
    pub fn settle_resolve(
        &self,
        id: &str,
        actor: &str,
        note: &str,
    ) -> Result<SettleOutcome, OperatorError> {
        resolve(self.journal(), id, actor, note)
    }

    /// The newest transaction with a receipt (renewed), for "reprint the last receipt".
    pub fn last_receipt_id(&self) -> Result<Option<String>, OperatorError> {
        let rows = self
            .journal()
            .list(ListFilter {
                pending_only: false,
                limit: 50,
            })
            .map_err(journal_error)?;
        Ok(rows
            .into_iter()
            .find(|r| check(OperatorAction::Reprint, r).is_ok())
            .map(|r| r.id))
    }

    /// Print the receipt of `id` again, marked REPRINT, in `lang` (default: the customer's).
    /// An owed receipt (`receipt_failed`) moves to `receipt_printed` and `done` once printed.
    /// Ok(false) when the printer did not print it.
    pub fn reprint(
        &self,
        id: &str,
        lang: Option<Lang>,
        actor: &str,
    ) -> Result<bool, OperatorError> {
        let record = self.record(id)?;
        check(OperatorAction::Reprint, &record)?;
        let lang = lang
            .or_else(|| Lang::from_tag(&record.lang))
            .unwrap_or(self.config().languages.default);
        let printed = print(self, id, lang, true);
        let mut journaled = Ok(());
        if printed && record.state == TxState::ReceiptFailed {
            let step = |to: TxState, note: String| {
                self.journal()
                    .advance(id, to, &Detail::note(note))
                    .map_err(journal_error)
            };
            journaled = step(
                TxState::ReceiptPrinted,
                format!("operator {actor}: reprinted"),
            )
            .and_then(|()| step(TxState::Done, "receipt delivered by reprint".to_owned()));
        }
        let detail = serde_json::json!({
            "tx": audit_tx_ref(id),
            "lang": lang.tag(),
            "printed": printed,
        });
        self.audit(actor, AUDIT_REPRINT, &detail.to_string())?;
        journaled.map(|()| printed)
    }

    /// The kiosk's report of a JST day, from the journal.
    pub fn daily_report(&self, day: NaiveDate) -> Result<DailyReport, OperatorError> {
        daily_report(self.journal(), &self.config().kiosk.id, day)
    }

    /// Close the day: the terminal's end-of-day (`06 50`), then the kiosk's daily report for
    /// today (JST), printed on the receipt printer with the terminal's lines and stored in the
    /// audit trail (action `daily_report`, detail = the report's JSON). The report is stored
    /// and printed even when the terminal fails; `EndOfDay::complete` says whether all worked.
    pub fn end_of_day(&self, actor: &str) -> Result<EndOfDay, OperatorError> {
        let terminal = self.terminal().end_of_day().map_err(|e| e.to_string());
        if let Err(e) = &terminal {
            tracing::warn!(error = %e, "terminal end-of-day failed");
        }
        let today = Utc::now().with_timezone(&jst()).date_naive();
        let report = self.daily_report(today)?;
        let reconciliation = self.reconcile(&terminal)?;
        if reconciliation.difference_yen.is_some_and(|d| d != 0) {
            tracing::warn!(
                ?reconciliation,
                "the terminal's total differs from the kiosk's"
            );
        }
        let mut lines = report.receipt_lines(&terminal);
        let feed = lines.pop();
        lines.extend(reconciliation.receipt_lines());
        lines.extend(feed);
        let printed =
            match crate::printer::render::render_lines(&lines, self.config().printer.dots())
                .map_err(|e| e.to_string())
                .and_then(|pieces| {
                    crate::printer::escpos::encode_job(&pieces).map_err(|e| e.to_string())
                }) {
                Ok(job) => match self.printer().print(&job) {
                    Ok(()) => true,
                    Err(e) => {
                        tracing::warn!(error = %e, "end-of-day report not printed");
                        false
                    }
                },
                Err(e) => {
                    tracing::error!(error = %e, "cannot render the end-of-day report");
                    false
                }
            };
        let stored = serde_json::json!({ "report": &report, "reconciliation": &reconciliation });
        let audit_id = self.audit(actor, AUDIT_DAILY_REPORT, &stored.to_string())?;
        let summary = serde_json::json!({
            "day": report.day.to_string(),
            "terminal": match &terminal {
                Ok(lines) => serde_json::json!({ "closed": true, "lines": lines }),
                Err(e) => serde_json::json!({ "closed": false, "error": e }),
            },
            "printed": printed,
            "report_audit_id": audit_id,
            "difference_yen": reconciliation.difference_yen,
        });
        self.audit(actor, AUDIT_END_OF_DAY, &summary.to_string())?;
        Ok(EndOfDay {
            terminal,
            report,
            reconciliation,
            printed,
            audit_id,
        })
    }

    /// The kiosk's charges since the previous end-of-day (the terminal's batch) beside the
    /// terminal's total from `terminal`'s lines.
    fn reconcile(
        &self,
        terminal: &Result<Vec<String>, String>,
    ) -> Result<Reconciliation, OperatorError> {
        let since = self
            .journal()
            .audit_log()
            .map_err(journal_error)?
            .into_iter()
            .rev()
            .find(|a| a.action == AUDIT_END_OF_DAY)
            .map(|a| a.at);
        let from = since.unwrap_or(chrono::DateTime::UNIX_EPOCH);
        let records = self
            .journal()
            .created_between(from, Utc::now() + chrono::Duration::seconds(1))
            .map_err(journal_error)?;
        Ok(Reconciliation::build(since, &records, terminal))
    }

    /// Take the kiosk out of service (or back). Durable: the audit trail is the record, so the
    /// state survives a restart (`out_of_service`). The UI turns it into
    /// `Event::OutOfService(OutOfServiceReason::Operator)` / `Event::BackInService`.
    pub fn set_out_of_service(&self, on: bool, actor: &str) -> Result<(), OperatorError> {
        let (action, detail) = if on {
            (AUDIT_OUT_OF_SERVICE_ON, "kiosk taken out of service")
        } else {
            (AUDIT_OUT_OF_SERVICE_OFF, "kiosk back in service")
        };
        self.audit(actor, action, detail).map(|_| ())
    }

    /// Audits an operator event the screens handle themselves (e.g. `operator_exit`,
    /// `kiosk_quit`). Long digit runs in `detail` are masked.
    pub fn audit_operator(
        &self,
        actor: &str,
        action: &str,
        detail: &str,
    ) -> Result<i64, OperatorError> {
        self.audit(actor, action, detail)
    }

    /// Did an operator take the kiosk out of service (last on/off in the audit trail)?
    pub fn out_of_service(&self) -> Result<bool, OperatorError> {
        let log = self
            .journal()
            .audit_log()
            .map_err(|e| OperatorError::Journal(e.to_string()))?;
        Ok(log
            .iter()
            .rev()
            .find_map(|r| match r.action.as_str() {
                AUDIT_OUT_OF_SERVICE_ON => Some(true),
                AUDIT_OUT_OF_SERVICE_OFF => Some(false),
                _ => None,
            })
            .unwrap_or(false))
    }
}
