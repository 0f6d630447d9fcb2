//! The demo carrier's seed: the SIMs listed in docs/CARRIER-API.md.

use super::{DemoPlan, opaque_id, sql};
use crate::carrier::CarrierError;
use crate::domain::sim::luhn_check_digit;
use chrono::NaiveDate;
use rusqlite::params;

/// A SIM the demo database is seeded with (dates relative to the day of the first open).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DemoSim {
    pub msisdn: &'static str,
    /// The ICCID without its Luhn check digit (18 digits); see [`DemoSim::iccid`].
    pub iccid_body: &'static str,
    pub carrier_id: &'static str,
    /// `None` = unlimited data.
    pub data_left_mb: Option<u64>,
    /// Expiry relative to the seeding day (negative = already expired).
    pub expires_in_days: i64,
    pub note: &'static str,
}

impl DemoSim {
    /// The full ICCID with its Luhn check digit.
    pub fn iccid(&self) -> String {
        format!("{}{}", self.iccid_body, luhn_check_digit(self.iccid_body))
    }
}

/// The seed. ICCIDs: `89` (telecom) `81` (Japan) + issuer digits + serial + Luhn digit.
pub const DEMO_SIMS: &[DemoSim] = &[
    DemoSim {
        msisdn: "09012345678",
        iccid_body: "898110000000000001",
        carrier_id: "docomo",
        data_left_mb: Some(1200),
        expires_in_days: 3,
        note: "active",
    },
    DemoSim {
        msisdn: "09087654321",
        iccid_body: "898110000000000002",
        carrier_id: "docomo",
        data_left_mb: Some(0),
        expires_in_days: -5,
        note: "expired 5 days ago",
    },
    DemoSim {
        msisdn: "08012345678",
        iccid_body: "898120000000000001",
        carrier_id: "softbank",
        data_left_mb: Some(512),
        expires_in_days: 10,
        note: "active",
    },
    DemoSim {
        msisdn: "08022223333",
        iccid_body: "898120000000000002",
        carrier_id: "softbank",
        data_left_mb: None,
        expires_in_days: 20,
        note: "unlimited data",
    },
    DemoSim {
        msisdn: "07012345678",
        iccid_body: "898130000000000001",
        carrier_id: "au",
        data_left_mb: Some(2048),
        expires_in_days: 2,
        note: "active",
    },
    DemoSim {
        msisdn: "07098765432",
        iccid_body: "898130000000000002",
        carrier_id: "au",
        data_left_mb: Some(100),
        expires_in_days: 0,
        note: "last valid day today",
    },
];

pub(super) fn seed(
    tx: &rusqlite::Transaction<'_>,
    plans: &[DemoPlan],
    today: NaiveDate,
) -> Result<(), CarrierError> {
    for sim in DEMO_SIMS {
        let unlimited = sim.data_left_mb.is_none();
        // The SIM's current plan: the carrier's first plan of the same kind (limited/unlimited).
        let plan = plans
            .iter()
            .find(|p| p.carrier_id == sim.carrier_id && p.data_mb.is_none() == unlimited);
        let plan_name = match plan {
            Some(p) => p.name.clone(),
            None if unlimited => "Unlimited (demo)".to_string(),
            None => "Prepaid data (demo)".to_string(),
        };
        let expires_on = today
            .checked_add_signed(chrono::Duration::days(sim.expires_in_days))
            .unwrap_or(today);
        tx.execute(
            "INSERT INTO subscribers VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                opaque_id("sub_"),
                sim.msisdn,
                sim.iccid(),
                sim.carrier_id,
                plan.map(|p| p.id.as_str()),
                plan_name,
                sim.data_left_mb,
                expires_on.to_string(),
            ],
        )
        .map_err(sql("seed"))?;
    }
    tracing::info!(sims = DEMO_SIMS.len(), "demo carrier: seeded");
    Ok(())
}
