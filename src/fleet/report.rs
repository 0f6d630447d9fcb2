//! The chain's JST day from head office's views: sales, tax, per carrier, per payment method,
//! per kiosk, the transactions still open, and the kiosks' own reports to compare with.

use super::{Result, bounded};
use chrono::NaiveDate;
use serde::Serialize;
use std::time::Duration;
use tokio_postgres::Client;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ChainDay {
    pub day: NaiveDate,
    pub kiosks: i32,
    pub transactions: i32,
    pub renewals: i32,
    pub renewals_yen: i64,
    pub renewals_tax_yen: i64,
    pub reversals: i32,
    pub reversals_yen: i64,
    pub by_carrier: Vec<Line>,
    /// Renewals by payment method (`card`, `paypay`; `unknown` for a transaction head office
    /// only has rows from before kiosks reported the method).
    pub by_method: Vec<Line>,
    pub by_kiosk: Vec<Line>,
    /// Transactions of any day not yet finished, at the time of the report.
    pub unresolved: i64,
    /// The sum of the kiosks' own stored daily reports for the day (latest per kiosk).
    pub kiosk_reports: KioskReports,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Line {
    pub key: String,
    pub renewals: i32,
    pub renewals_yen: i64,
    pub renewals_tax_yen: i64,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct KioskReports {
    pub kiosks: i64,
    pub renewals: i64,
    pub renewals_yen: i64,
    pub renewals_tax_yen: i64,
}

const LIMIT: Duration = Duration::from_secs(60);

pub async fn chain_day(client: &Client, day: NaiveDate) -> Result<ChainDay> {
    let mut out = ChainDay {
        day,
        ..ChainDay::default()
    };
    let rows = bounded(
        "read fleet.day_sales",
        LIMIT,
        client.query(
            "SELECT kiosks, transactions, renewals, renewals_yen, renewals_tax_yen, reversals,
                    reversals_yen FROM fleet.day_sales WHERE day = $1",
            &[&day],
        ),
    )
    .await?;
    if let Some(r) = rows.first() {
        out.kiosks = r.get(0);
        out.transactions = r.get(1);
        out.renewals = r.get(2);
        out.renewals_yen = r.get(3);
        out.renewals_tax_yen = r.get(4);
        out.reversals = r.get(5);
        out.reversals_yen = r.get(6);
    }
    let lines = |rows: Vec<tokio_postgres::Row>| {
        rows.iter()
            .map(|r| Line {
                key: r.get(0),
                renewals: r.get(1),
                renewals_yen: r.get(2),
                renewals_tax_yen: r.get(3),
            })
            .collect::<Vec<_>>()
    };
    out.by_carrier = lines(
        bounded(
            "read fleet.day_by_carrier",
            LIMIT,
            client.query(
                "SELECT carrier_id, renewals, renewals_yen, renewals_tax_yen
                 FROM fleet.day_by_carrier WHERE day = $1 ORDER BY carrier_id",
                &[&day],
            ),
        )
        .await?,
    );
    out.by_method = lines(
        bounded(
            "read fleet.day_by_method",
            LIMIT,
            client.query(
                "SELECT method, renewals, renewals_yen, renewals_tax_yen
                 FROM fleet.day_by_method WHERE day = $1 ORDER BY method",
                &[&day],
            ),
        )
        .await?,
    );
    out.by_kiosk = lines(
        bounded(
            "read fleet.day_by_kiosk",
            LIMIT,
            client.query(
                "SELECT kiosk_id, renewals, renewals_yen, renewals_tax_yen
                 FROM fleet.day_by_kiosk WHERE day = $1 ORDER BY kiosk_id",
                &[&day],
            ),
        )
        .await?,
    );
    out.unresolved = bounded(
        "read fleet.unresolved",
        LIMIT,
        client.query_one("SELECT count(*) FROM fleet.unresolved", &[]),
    )
    .await?
    .get(0);
    let r = bounded(
        "read fleet.day_reports",
        LIMIT,
        client.query_one(
            "SELECT count(*), COALESCE(sum(renewals), 0)::bigint,
                    COALESCE(sum(renewals_yen), 0)::bigint,
                    COALESCE(sum(renewals_tax_yen), 0)::bigint
             FROM fleet.day_reports WHERE day = $1",
            &[&day],
        ),
    )
    .await?;
    out.kiosk_reports = KioskReports {
        kiosks: r.get(0),
        renewals: r.get(1),
        renewals_yen: r.get(2),
        renewals_tax_yen: r.get(3),
    };
    Ok(out)
}

impl ChainDay {
    /// For people: one block per view.
    pub fn text(&self) -> String {
        use std::fmt::Write;
        let mut s = String::new();
        let _ = writeln!(s, "Chain day {} (JST)", self.day);
        let _ = writeln!(
            s,
            "  kiosks {}  transactions {}  renewals {}  ¥{} (tax ¥{})  reversals {} ¥{}",
            self.kiosks,
            self.transactions,
            self.renewals,
            self.renewals_yen,
            self.renewals_tax_yen,
            self.reversals,
            self.reversals_yen
        );
        for (title, lines) in [
            ("carrier", &self.by_carrier),
            ("payment method", &self.by_method),
            ("kiosk", &self.by_kiosk),
        ] {
            let _ = writeln!(s, "By {title}:");
            for l in lines {
                let _ = writeln!(
                    s,
                    "  {:<20} {:>5}  ¥{:>10} (tax ¥{})",
                    l.key, l.renewals, l.renewals_yen, l.renewals_tax_yen
                );
            }
        }
        let _ = writeln!(s, "Unresolved transactions (any day): {}", self.unresolved);
        let k = &self.kiosk_reports;
        let _ = writeln!(
            s,
            "Kiosks' own reports: {} kiosks, {} renewals ¥{} (tax ¥{})",
            k.kiosks, k.renewals, k.renewals_yen, k.renewals_tax_yen
        );
        s
    }
}
