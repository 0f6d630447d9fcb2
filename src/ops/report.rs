//! The kiosk's own daily report (pure): counts and sums of one JST day's transactions, by state
//! and by carrier/plan, renewals, reversals and open decisions. Printed at end-of-day beside the
//! terminal's `06 50` report and stored in the audit trail (action `daily_report`).

use crate::domain::promotion::jst_midnight;
use crate::engine::wallet::method_label;
use crate::i18n::Lang;
use crate::journal::{TransactionRecord, TxState};
use crate::printer::layout::{Align, Line, Span, TextSize};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Audit action under which a printed daily report is stored (detail = the report's JSON).
pub const AUDIT_DAILY_REPORT: &str = "daily_report";

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tally {
    pub count: u32,
    pub total_yen: i64,
}

impl Tally {
    fn add(&mut self, yen: i64) {
        self.count += 1;
        self.total_yen += yen;
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DailyReport {
    /// The JST calendar day covered (00:00-24:00 JST, by the transaction's creation time).
    pub day: NaiveDate,
    pub kiosk_id: String,
    pub generated_at: DateTime<Utc>,
    /// Every transaction started that day.
    pub transactions: u32,
    /// By current journal state (snake_case names).
    pub by_state: BTreeMap<String, Tally>,
    /// Renewed and paid (not reversed): the day's takings.
    pub renewals: Tally,
    /// Consumption tax contained in `renewals.total_yen`.
    pub renewals_tax_yen: i64,
    /// Renewals by `carrier/plan`.
    pub by_plan: BTreeMap<String, Tally>,
    /// Renewals by carrier.
    pub by_carrier: BTreeMap<String, Tally>,
    /// Renewals paid by a QR wallet, by method (`paypay`): not in the card terminal's batch.
    /// Empty (and left out of the JSON) for a kiosk that sells by card only.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub by_wallet: BTreeMap<String, Tally>,
    /// Payments given back.
    pub reversals: Tally,
    /// Renewed although the terminal did not keep the payment (it reversed an approval whose
    /// commit never reached it): not in `renewals`; the operator settles each one.
    #[serde(default)]
    pub renewed_not_paid: Tally,
    /// Receipts still owed (renewed, printing failed).
    pub receipts_owed: u32,
    /// Transactions of any day still waiting for the operator or recovery when the report was made.
    pub open_decisions: u32,
}

/// The UTC instants bounding a JST day: `[start, end)`.
pub fn jst_day_bounds(day: NaiveDate) -> (DateTime<Utc>, DateTime<Utc>) {
    let next = day.succ_opt().unwrap_or(day);
    (jst_midnight(day), jst_midnight(next))
}

impl DailyReport {
    /// The report for `day` from `records` (any superset of the day's transactions) and the
    /// list of transactions open now.
    pub fn build(
        day: NaiveDate,
        kiosk_id: &str,
        records: &[TransactionRecord],
        open: &[TransactionRecord],
        generated_at: DateTime<Utc>,
    ) -> DailyReport {
        let (start, end) = jst_day_bounds(day);
        let mut report = DailyReport {
            day,
            kiosk_id: kiosk_id.to_owned(),
            generated_at,
            transactions: 0,
            by_state: BTreeMap::new(),
            renewals: Tally::default(),
            renewals_tax_yen: 0,
            by_plan: BTreeMap::new(),
            by_carrier: BTreeMap::new(),
            by_wallet: BTreeMap::new(),
            reversals: Tally::default(),
            renewed_not_paid: Tally::default(),
            receipts_owed: 0,
            open_decisions: open.iter().filter(|r| !r.state.is_terminal()).count() as u32,
        };
        for r in records
            .iter()
            .filter(|r| r.created_at >= start && r.created_at < end)
        {
            report.transactions += 1;
            report
                .by_state
                .entry(r.state.as_str().to_owned())
                .or_default()
                .add(r.total_yen);
            if r.state == TxState::Reversed {
                report.reversals.add(r.total_yen);
            } else if r.renewal.is_some() && r.reversal.is_some() {
                report.renewed_not_paid.add(r.total_yen);
            } else if r.renewal.is_some() {
                report.renewals.add(r.total_yen);
                report.renewals_tax_yen += r.tax_yen;
                report
                    .by_plan
                    .entry(format!("{}/{}", r.carrier_id, r.plan_id))
                    .or_default()
                    .add(r.total_yen);
                report
                    .by_carrier
                    .entry(r.carrier_id.clone())
                    .or_default()
                    .add(r.total_yen);
                if r.payment_method != "card" {
                    report
                        .by_wallet
                        .entry(r.payment_method.clone())
                        .or_default()
                        .add(r.total_yen);
                }
            }
            if r.state == TxState::ReceiptFailed {
                report.receipts_owed += 1;
            }
        }
        report
    }

    /// Renewals paid at the card terminal (part of its batch): the takings less the QR wallets'.
    pub fn card_renewals(&self) -> Tally {
        self.by_wallet
            .values()
            .fold(self.renewals, |card, wallet| Tally {
                count: card.count.saturating_sub(wallet.count),
                total_yen: card.total_yen - wallet.total_yen,
            })
    }

    /// Plain text for the terminal (`simkiosk report`).
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        let mut line = |s: String| {
            out.push_str(&s);
            out.push('\n');
        };
        line(format!(
            "daily report {} (JST)  kiosk {}",
            self.day, self.kiosk_id
        ));
        line(format!(
            "generated {}",
            self.generated_at.format("%Y-%m-%d %H:%M UTC")
        ));
        line(format!("{:<28}{:>6}", "transactions", self.transactions));
        line(tally("renewals", &self.renewals));
        line(format!(
            "{:<28}{:>19} JPY",
            "  tax contained", self.renewals_tax_yen
        ));
        line(tally("reversals", &self.reversals));
        line(tally("renewed, not paid", &self.renewed_not_paid));
        line(format!("{:<28}{:>6}", "receipts owed", self.receipts_owed));
        line(format!(
            "{:<28}{:>6}",
            "open decisions", self.open_decisions
        ));
        line("by state:".into());
        for (state, t) in &self.by_state {
            line(tally(&format!("  {state}"), t));
        }
        line("renewals by plan:".into());
        for (plan, t) in &self.by_plan {
            line(tally(&format!("  {plan}"), t));
        }
        line("renewals by carrier:".into());
        for (carrier, t) in &self.by_carrier {
            line(tally(&format!("  {carrier}"), t));
        }
        // Only a kiosk that also sells by QR wallet has these (the rest were paid by card).
        if !self.by_wallet.is_empty() {
            line(tally("renewals paid by card", &self.card_renewals()));
            line("renewals paid by QR wallet:".into());
            for (method, t) in &self.by_wallet {
                line(tally(&format!("  {method}"), t));
            }
        }
        out
    }

    /// The printed end-of-day slip: the terminal's report lines (or why there are none), then
    /// the kiosk's report. English: it is for the shop's staff.
    pub fn receipt_lines(&self, terminal: &Result<Vec<String>, String>) -> Vec<Line> {
        let span = |text: &str| Span {
            text: text.to_owned(),
            lang: Lang::En,
        };
        let text = |s: &str, size| Line::Text {
            spans: vec![span(s)],
            size,
            align: Align::Left,
        };
        let pair = |l: &str, r: String| Line::Pair {
            left: vec![span(l)],
            right: vec![span(&r)],
            size: TextSize::Normal,
        };
        let money = |t: &Tally| format!("{} / {} JPY", t.count, t.total_yen);
        let mut lines = vec![
            Line::Text {
                spans: vec![span("END OF DAY")],
                size: TextSize::Large,
                align: Align::Center,
            },
            Line::Text {
                spans: vec![span(&format!("{} (JST)  {}", self.day, self.kiosk_id))],
                size: TextSize::Normal,
                align: Align::Center,
            },
            Line::Rule,
            text("Card terminal", TextSize::Normal),
        ];
        match terminal {
            Ok(report) => lines.extend(report.iter().map(|l| text(l, TextSize::Small))),
            Err(e) => lines.push(text(&format!("NOT CLOSED: {e}"), TextSize::Small)),
        }
        lines.push(Line::Rule);
        lines.push(text("Kiosk", TextSize::Normal));
        lines.push(pair("Transactions", self.transactions.to_string()));
        lines.push(pair("Renewals", money(&self.renewals)));
        lines.push(pair(
            "  tax contained",
            format!("{} JPY", self.renewals_tax_yen),
        ));
        // A kiosk that also sells by QR wallet: the card's share is the terminal's batch above;
        // each wallet's is settled by its provider.
        if !self.by_wallet.is_empty() {
            lines.push(pair("  paid by card", money(&self.card_renewals())));
            for (method, t) in &self.by_wallet {
                lines.push(pair(
                    &format!("  paid by {}", method_label(method)),
                    money(t),
                ));
            }
        }
        lines.push(pair("Reversals", money(&self.reversals)));
        lines.push(pair("Renewed, not paid", money(&self.renewed_not_paid)));
        lines.push(pair("Receipts owed", self.receipts_owed.to_string()));
        lines.push(pair("Open decisions", self.open_decisions.to_string()));
        lines.push(Line::Rule);
        lines.push(text("By state", TextSize::Normal));
        for (state, t) in &self.by_state {
            lines.push(pair(state, money(t)));
        }
        lines.push(text("By plan", TextSize::Normal));
        for (plan, t) in &self.by_plan {
            lines.push(pair(plan, money(t)));
        }
        lines.push(Line::Rule);
        lines.push(text(
            &format!("{}", self.generated_at.format("%Y-%m-%d %H:%M UTC")),
            TextSize::Small,
        ));
        lines.push(Line::Gap(24));
        lines
    }
}

/// The kiosk's charges beside the terminal's own total for the same batch (since the previous
/// end-of-day), so a difference shows at the close of each day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reconciliation {
    /// The previous end-of-day (the start of the terminal's batch); None: the first one.
    pub since: Option<DateTime<Utc>>,
    /// Payments the kiosk holds as charged and standing (approved, neither reversed nor
    /// renewed-not-paid) since then.
    pub kiosk: Tally,
    /// The terminal's batch total from its end-of-day lines, when it printed one.
    pub terminal_yen: Option<i64>,
    /// `terminal_yen - kiosk.total_yen`; 0 when the two agree.
    pub difference_yen: Option<i64>,
}

impl Reconciliation {
    /// From the transactions created since the previous end-of-day and the terminal's lines.
    pub fn build(
        since: Option<DateTime<Utc>>,
        records: &[TransactionRecord],
        terminal_lines: &Result<Vec<String>, String>,
    ) -> Reconciliation {
        let mut kiosk = Tally::default();
        for r in records.iter().filter(|r| charge_stands(r)) {
            kiosk.add(r.total_yen);
        }
        let terminal_yen = terminal_lines.as_ref().ok().and_then(|l| terminal_total(l));
        Reconciliation {
            since,
            kiosk,
            terminal_yen,
            difference_yen: terminal_yen.map(|t| t - kiosk.total_yen),
        }
    }

    /// The lines added to the end-of-day slip.
    pub fn receipt_lines(&self) -> Vec<Line> {
        let span = |text: String| Span {
            text,
            lang: Lang::En,
        };
        let pair = |l: &str, r: String| Line::Pair {
            left: vec![span(l.to_owned())],
            right: vec![span(r)],
            size: TextSize::Normal,
        };
        let yen = |v: Option<i64>| v.map_or("not reported".to_owned(), |v| format!("{v} JPY"));
        vec![
            Line::Rule,
            Line::Text {
                spans: vec![span("Reconciliation".into())],
                size: TextSize::Normal,
                align: Align::Left,
            },
            pair(
                "Kiosk charges",
                format!("{} / {} JPY", self.kiosk.count, self.kiosk.total_yen),
            ),
            pair("Terminal total", yen(self.terminal_yen)),
            pair("Difference", yen(self.difference_yen)),
        ]
    }
}

/// Charged at the terminal and standing, as the journal knows it (a QR wallet's payments are
/// not in the terminal's batch).
fn charge_stands(r: &TransactionRecord) -> bool {
    r.payment_method == "card"
        && r.approval.is_some()
        && r.reversal.is_none()
        && r.state != TxState::Reversed
}

/// The batch total in a terminal's end-of-day lines: the first line whose first word is
/// `TOTAL` (any case), its last number (e.g. `TOTAL       3960 JPY`).
pub fn terminal_total(lines: &[String]) -> Option<i64> {
    lines.iter().find_map(|l| {
        let mut words = l.split_whitespace();
        if !words.next()?.eq_ignore_ascii_case("total") {
            return None;
        }
        words.filter_map(|w| w.parse::<i64>().ok()).next_back()
    })
}

fn tally(label: &str, t: &Tally) -> String {
    format!("{label:<28}{:>6} x {:>10} JPY", t.count, t.total_yen)
}

#[cfg(test)]
mod tests {
    use super::terminal_total;

    #[test]
    fn the_terminal_total_is_read_from_its_total_line() {
        let lines = ["END OF DAY", "PAYMENTS    2", "TOTAL       3960 JPY"].map(String::from);
        assert_eq!(terminal_total(&lines), Some(3960));
        assert_eq!(terminal_total(&["PAYMENTS 2".to_owned()]), None);
    }
}
