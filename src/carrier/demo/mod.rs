//! The embedded demo carrier: its own SQLite file (never the journal), seeded on first open
//! with the SIMs listed in docs/CARRIER-API.md, which it really renews.

mod seed;

pub use seed::{DEMO_SIMS, DemoSim};

use super::{CarrierBackend, CarrierError, Renewal, RenewalRequest, Subscriber};
use crate::domain::SimId;
use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};
use std::path::Path;
use std::sync::Mutex;

/// What the demo carrier needs to know of a catalogue plan to renew with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoPlan {
    pub id: String,
    pub carrier_id: String,
    pub name: String,
    pub days: u32,
    /// `None` = unlimited.
    pub data_mb: Option<u64>,
}

impl From<&crate::domain::Plan> for DemoPlan {
    fn from(p: &crate::domain::Plan) -> Self {
        DemoPlan {
            id: p.id.clone(),
            carrier_id: p.carrier_id.clone(),
            // The carrier's records keep one name: the English one, as its API speaks.
            name: p.name.get("en").to_string(),
            days: p.days,
            data_mb: p.data.megabytes().map(u64::from),
        }
    }
}

/// One renewal the demo carrier applied (for tests and the crash test's tally).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoRenewal {
    pub idempotency_key: String,
    pub subscriber_ref: String,
    pub plan_id: String,
    pub months: u32,
    pub amount_yen: i64,
    pub renewal: Renewal,
}

type Today = Box<dyn Fn() -> NaiveDate + Send + Sync>;

pub struct DemoCarrier {
    conn: Mutex<Connection>,
    plans: Vec<DemoPlan>,
    today: Today,
}

impl std::fmt::Debug for DemoCarrier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DemoCarrier")
            .field("plans", &self.plans.len())
            .finish()
    }
}

const SCHEMA: &str = "
    CREATE TABLE subscribers (
        subscriber_ref TEXT PRIMARY KEY NOT NULL,
        msisdn         TEXT NOT NULL UNIQUE,
        iccid          TEXT NOT NULL UNIQUE,
        carrier_id     TEXT NOT NULL,
        plan_id        TEXT,
        plan_name      TEXT NOT NULL,
        data_left_mb   INTEGER,
        expires_on     TEXT NOT NULL
    ) STRICT;
    CREATE TABLE renewals (
        idempotency_key TEXT PRIMARY KEY NOT NULL,
        renewal_id      TEXT NOT NULL UNIQUE,
        subscriber_ref  TEXT NOT NULL REFERENCES subscribers(subscriber_ref),
        plan_id         TEXT NOT NULL,
        months          INTEGER NOT NULL,
        amount_yen      INTEGER NOT NULL,
        new_expiry      TEXT NOT NULL,
        data_left_mb    INTEGER
    ) STRICT;";

pub(super) fn sql(op: &'static str) -> impl Fn(rusqlite::Error) -> CarrierError {
    move |e| CarrierError::Unavailable(format!("demo carrier database: {op}: {e}"))
}

pub(super) fn opaque_id(prefix: &str) -> String {
    format!(
        "{prefix}{}",
        &uuid::Uuid::new_v4().simple().to_string()[..16]
    )
}

impl DemoCarrier {
    /// Opens (creating and seeding on first use) the demo carrier's database. `today` gives the
    /// current date in Japan (JST), which expiry dates are counted in.
    pub fn open(
        path: &Path,
        plans: Vec<DemoPlan>,
        today: impl Fn() -> NaiveDate + Send + Sync + 'static,
    ) -> Result<DemoCarrier, CarrierError> {
        crate::journal::create_private(path)
            .map_err(|e| CarrierError::Unavailable(format!("demo carrier database: {e}")))?;
        let conn = Connection::open(path).map_err(sql("open"))?;
        conn.busy_timeout(std::time::Duration::from_secs(5))
            .map_err(sql("set busy timeout"))?;
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(sql("set WAL"))?;
        DemoCarrier::setup(conn, plans, Box::new(today))
    }

    pub fn open_in_memory(
        plans: Vec<DemoPlan>,
        today: impl Fn() -> NaiveDate + Send + Sync + 'static,
    ) -> Result<DemoCarrier, CarrierError> {
        let conn = Connection::open_in_memory().map_err(sql("open"))?;
        DemoCarrier::setup(conn, plans, Box::new(today))
    }

    fn setup(
        mut conn: Connection,
        plans: Vec<DemoPlan>,
        today: Today,
    ) -> Result<DemoCarrier, CarrierError> {
        // Its renewals must survive a power cut like the journal's rows (the crash test counts them).
        conn.pragma_update(None, "synchronous", "FULL")
            .map_err(sql("set synchronous"))?;
        conn.pragma_update(None, "foreign_keys", "ON")
            .map_err(sql("enable foreign keys"))?;
        conn.busy_timeout(std::time::Duration::from_secs(5))
            .map_err(sql("set busy timeout"))?;
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(sql("begin"))?;
        let version: u32 = tx
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(sql("read version"))?;
        if version == 0 {
            tx.execute_batch(SCHEMA).map_err(sql("create schema"))?;
            seed::seed(&tx, &plans, today())?;
            tx.pragma_update(None, "user_version", 1)
                .map_err(sql("set version"))?;
        }
        tx.commit().map_err(sql("commit"))?;
        Ok(DemoCarrier {
            conn: Mutex::new(conn),
            plans,
            today,
        })
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Connection> {
        self.conn.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Every renewal applied so far, oldest first.
    pub fn renewals(&self) -> Result<Vec<DemoRenewal>, CarrierError> {
        let conn = self.lock();
        let mut stmt = conn
            .prepare(
                "SELECT idempotency_key, subscriber_ref, plan_id, months, amount_yen, renewal_id,
                        new_expiry, data_left_mb FROM renewals ORDER BY rowid",
            )
            .map_err(sql("list renewals"))?;
        let rows = stmt
            .query_map([], |r| {
                Ok(DemoRenewal {
                    idempotency_key: r.get(0)?,
                    subscriber_ref: r.get(1)?,
                    plan_id: r.get(2)?,
                    months: r.get(3)?,
                    amount_yen: r.get(4)?,
                    renewal: Renewal {
                        renewal_id: r.get(5)?,
                        new_expiry: r.get::<_, String>(6)?.parse().map_err(bad_date(6))?,
                        data_left_mb: r.get(7)?,
                    },
                })
            })
            .map_err(sql("list renewals"))?;
        rows.collect::<Result<Vec<_>, _>>()
            .map_err(sql("list renewals"))
    }
}

fn bad_date(col: usize) -> impl Fn(chrono::ParseError) -> rusqlite::Error {
    move |e| {
        rusqlite::Error::FromSqlConversionFailure(col, rusqlite::types::Type::Text, Box::new(e))
    }
}

impl CarrierBackend for DemoCarrier {
    fn lookup(&self, sim: &SimId) -> Result<Subscriber, CarrierError> {
        let column = match sim {
            SimId::Msisdn(_) => "msisdn",
            SimId::Iccid(_) => "iccid",
        };
        let conn = self.lock();
        let row = conn
            .query_row(
                &format!(
                    "SELECT subscriber_ref, carrier_id, plan_id, plan_name, data_left_mb, expires_on
                     FROM subscribers WHERE {column} = ?1"
                ),
                [sim.canonical()],
                |r| {
                    Ok(Subscriber {
                        sim: sim.clone(),
                        subscriber_ref: r.get(0)?,
                        carrier_id: r.get(1)?,
                        plan_id: r.get(2)?,
                        plan_name: r.get(3)?,
                        data_left_mb: r.get(4)?,
                        expires_on: r.get::<_, String>(5)?.parse().map_err(bad_date(5))?,
                    })
                },
            )
            .optional()
            .map_err(sql("lookup"))?;
        tracing::debug!(sim = %sim.masked(), found = row.is_some(), "demo carrier: lookup");
        row.ok_or(CarrierError::NotFound)
    }

    fn renew(&self, request: &RenewalRequest) -> Result<Renewal, CarrierError> {
        // Crash tests drive the carrier's faults here: `carrier.before_apply=sleep(MS)` is a
        // slow carrier; `carrier.after_apply=return` a 503 and `carrier.after_apply=sleep(MS)`
        // a time-out, both after the renewal was applied (the unclear outcomes of the policy).
        fail::fail_point!("carrier.before_apply", |_| Err(CarrierError::Unavailable(
            "503 from the carrier.before_apply fault point".into()
        )));
        let renewal = self.apply(request)?;
        fail::fail_point!("carrier.after_apply", |_| Err(CarrierError::Unavailable(
            "503 after applying, from the carrier.after_apply fault point".into()
        )));
        Ok(renewal)
    }
}

impl DemoCarrier {
    /// The renewal itself, in one SQLite transaction.
    fn apply(&self, request: &RenewalRequest) -> Result<Renewal, CarrierError> {
        let mut conn = self.lock();
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(sql("begin renewal"))?;
        let earlier = tx
            .query_row(
                "SELECT subscriber_ref, plan_id, months, amount_yen, renewal_id, new_expiry,
                        data_left_mb FROM renewals WHERE idempotency_key = ?1",
                [&request.idempotency_key],
                |r| {
                    let same = r.get::<_, String>(0)? == request.subscriber_ref
                        && r.get::<_, String>(1)? == request.plan_id
                        && r.get::<_, u32>(2)? == request.months
                        && r.get::<_, i64>(3)? == request.amount.value();
                    let renewal = Renewal {
                        renewal_id: r.get(4)?,
                        new_expiry: r.get::<_, String>(5)?.parse().map_err(bad_date(5))?,
                        data_left_mb: r.get(6)?,
                    };
                    Ok((same, renewal))
                },
            )
            .optional()
            .map_err(sql("find earlier renewal"))?;
        if let Some((same, renewal)) = earlier {
            // The same key again is a replay: answer as the first time, change nothing.
            return if same {
                tracing::info!(renewal = %renewal.renewal_id, "demo carrier: idempotent replay");
                Ok(renewal)
            } else {
                Err(CarrierError::Rejected(
                    "idempotency key already used for a different renewal".into(),
                ))
            };
        }
        let current = tx
            .query_row(
                "SELECT carrier_id, expires_on FROM subscribers WHERE subscriber_ref = ?1",
                [&request.subscriber_ref],
                |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)),
            )
            .optional()
            .map_err(sql("find subscriber"))?;
        let (carrier_id, expires_on) = current.ok_or(CarrierError::NotFound)?;
        let expires_on: NaiveDate = expires_on
            .parse()
            .map_err(|e| CarrierError::BadResponse(format!("demo carrier: stored expiry: {e}")))?;
        let plan = self
            .plans
            .iter()
            .find(|p| p.id == request.plan_id)
            .ok_or_else(|| CarrierError::Rejected(format!("unknown plan {}", request.plan_id)))?;
        if plan.carrier_id != carrier_id {
            return Err(CarrierError::Rejected(format!(
                "plan {} is a {} plan; this SIM is {}",
                plan.id, plan.carrier_id, carrier_id
            )));
        }
        if request.months == 0 || request.amount.value() < 0 {
            return Err(CarrierError::Rejected(
                "months must be at least 1 and the amount not negative".into(),
            ));
        }
        let new_expiry = extended_expiry(expires_on, (self.today)(), plan.days, request.months)
            .ok_or_else(|| CarrierError::Rejected("renewal runs past the calendar".into()))?;
        let renewal = Renewal {
            renewal_id: opaque_id("ren_"),
            new_expiry,
            data_left_mb: plan.data_mb,
        };
        tx.execute(
            "UPDATE subscribers SET plan_id = ?2, plan_name = ?3, data_left_mb = ?4, expires_on = ?5
             WHERE subscriber_ref = ?1",
            params![
                request.subscriber_ref,
                plan.id,
                plan.name,
                plan.data_mb,
                new_expiry.to_string()
            ],
        )
        .map_err(sql("extend"))?;
        tx.execute(
            "INSERT INTO renewals VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                request.idempotency_key,
                renewal.renewal_id,
                request.subscriber_ref,
                request.plan_id,
                request.months,
                request.amount.value(),
                new_expiry.to_string(),
                plan.data_mb,
            ],
        )
        .map_err(sql("record renewal"))?;
        tx.commit().map_err(sql("commit renewal"))?;
        tracing::info!(renewal = %renewal.renewal_id, %new_expiry, "demo carrier: renewed");
        Ok(renewal)
    }
}

/// The demo's renewal rule, shared with the review screen's "new expiry".
pub use crate::domain::expiry::extended_expiry;
