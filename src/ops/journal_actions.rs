//! Operator actions that need only the journal (so the command line can run them while the
//! kiosk holds the devices): the audit helpers, resolving with a note, the daily report.

use super::report::{DailyReport, jst_day_bounds};
use super::settle::{
    AUDIT_SETTLE_RESOLVE, OperatorAction, OperatorError, SettleOutcome, audit_tx_ref, check,
    mask_long_digit_runs,
};
use crate::journal::{Detail, Journal, JournalError, TxState};
use chrono::{NaiveDate, Utc};

pub(crate) fn journal_error(e: JournalError) -> OperatorError {
    match e {
        JournalError::NotFound { id } => OperatorError::UnknownTransaction { id },
        other => OperatorError::Journal(other.to_string()),
    }
}

/// The daily report straight from a journal (no devices): `simkiosk report`.
pub fn daily_report(
    journal: &Journal,
    kiosk_id: &str,
    day: NaiveDate,
) -> Result<DailyReport, OperatorError> {
    let (from, to) = jst_day_bounds(day);
    let of_day = journal.created_between(from, to).map_err(journal_error)?;
    let open = journal.unfinished().map_err(journal_error)?;
    Ok(DailyReport::build(
        day,
        kiosk_id,
        &of_day,
        &open,
        Utc::now(),
    ))
}

/// Writes one operator action to the audit trail. Card and phone numbers never reach it: long
/// digit runs are masked, and the journal refuses any that slip through.
pub(crate) fn audit(
    journal: &Journal,
    actor: &str,
    action: &str,
    detail: &str,
) -> Result<i64, OperatorError> {
    journal
        .audit(actor, action, &mask_long_digit_runs(detail))
        .map_err(|e| OperatorError::Journal(format!("audit: {e}")))
}

pub(crate) fn audit_outcome(
    journal: &Journal,
    actor: &str,
    action: &str,
    id: &str,
    result: &Result<SettleOutcome, OperatorError>,
) {
    let outcome = match result {
        Ok(SettleOutcome::Renewed { new_expiry }) => format!("renewed until {new_expiry}"),
        Ok(SettleOutcome::Reversed) => "reversed".to_owned(),
        Ok(SettleOutcome::Resolved) => "resolved".to_owned(),
        Err(e) => format!("failed: {e}"),
    };
    let detail = serde_json::json!({ "tx": audit_tx_ref(id), "outcome": outcome }).to_string();
    if let Err(e) = audit(journal, actor, action, &detail) {
        tracing::error!(transaction = id, error = %e, "operator action not audited");
    }
}

/// Close a `needs_operator` transaction with the operator's note (settled by hand, e.g. the
/// payment checked at the terminal). The note must say something and hold no card or phone
/// number. Needs only the journal, so the command line can do it while the kiosk runs.
pub fn resolve(
    journal: &Journal,
    id: &str,
    actor: &str,
    note: &str,
) -> Result<SettleOutcome, OperatorError> {
    let note = note.trim();
    if note.is_empty() {
        return Err(OperatorError::BadInput(
            "a resolution needs a note saying how it was settled".into(),
        ));
    }
    if mask_long_digit_runs(note) != note {
        return Err(OperatorError::BadInput(
            "the note holds a long number (a card or phone number?): leave it out".into(),
        ));
    }
    let record = journal.get(id).map_err(journal_error)?;
    check(OperatorAction::Resolve, &record)?;
    let detail = Detail::note(format!("operator {actor}: {note}"));
    let result = journal
        .advance(id, TxState::Resolved, &detail)
        .map(|()| SettleOutcome::Resolved)
        .map_err(journal_error);
    audit_outcome(journal, actor, AUDIT_SETTLE_RESOLVE, id, &result);
    result
}
