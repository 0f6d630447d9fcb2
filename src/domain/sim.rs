//! SIM identity: a Japanese mobile number (MSISDN) or an ICCID.

use serde::{Deserialize, Serialize};

/// A validated SIM identity in canonical form.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SimId {
    /// National form, 11 digits, starting 070/080/090 (e.g. `09012345678`).
    Msisdn(String),
    /// 19 or 20 digits starting `89`, Luhn-valid.
    Iccid(String),
}

impl SimId {
    /// The canonical digits, as sent to the carrier backend.
    pub fn canonical(&self) -> &str {
        match self {
            SimId::Msisdn(d) | SimId::Iccid(d) => d,
        }
    }

    /// Safe for logs, receipts and the journal: `090-****-5678`, ICCID `8981…1234` style.
    pub fn masked(&self) -> String {
        match self {
            SimId::Msisdn(d) => format!("{}-****-{}", &d[..3], &d[d.len() - 4..]),
            SimId::Iccid(d) => format!("{}…{}", &d[..4], &d[d.len() - 4..]),
        }
    }
}
