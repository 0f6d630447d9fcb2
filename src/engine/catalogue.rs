//! The catalogue the engine quotes from: kiosk.toml's (or head office's kept one) at start,
//! replaced by a newer head-office version between customers (docs/FLEET.md, "Catalogue from
//! head office"). A swap is one pointer exchange under a lock: a reader holds the old
//! catalogue or the new one, whole, never a mix.
//!
//! A sale never re-prices: it charges the quote it was given (`sale.rs`), made from whichever
//! catalogue ran when the customer chose. A shop honours the price the customer saw and
//! confirmed; refusing that quote after the confirmation, or charging a price the customer
//! never saw, would be worse than one sale at yesterday's price.

use super::Engine;
use crate::domain::Catalogue;
use std::sync::{Arc, RwLock, RwLockReadGuard, RwLockWriteGuard};

/// The outbox health row's device for the catalogue (the sender reports what it kept).
const DEVICE: &str = crate::fleet::catalogue::HEALTH_DEVICE;

pub(super) struct Running {
    /// Head office's version, or `None` for the catalogue the engine started with before its
    /// first look at the kept one.
    version: Option<i64>,
    catalogue: Arc<Catalogue>,
    /// The last kept version that could not run here (warned once, not at every customer).
    refused: Option<i64>,
}

impl Running {
    pub(super) fn new(catalogue: Catalogue) -> RwLock<Running> {
        RwLock::new(Running {
            version: None,
            catalogue: Arc::new(catalogue),
            refused: None,
        })
    }
}

impl Engine {
    /// The catalogue quotes are made from now. Take it once per customer (the UI takes it when
    /// the plans show; `renew` when it quotes): a later swap does not change what they hold.
    pub fn catalogue(&self) -> Arc<Catalogue> {
        self.running().catalogue.clone()
    }

    /// The head-office version the engine quotes from (`None`: the one it started with, not
    /// yet compared with the kept one, or no head office).
    pub fn catalogue_version(&self) -> Option<i64> {
        self.running().version
    }

    /// Between two customers: takes the catalogue the sender kept beside the journal when it
    /// is newer than the running one (read with kiosk.toml's catalogue rules against this
    /// kiosk's languages). Returns the version it switched to. Reads one small local file.
    pub fn refresh_catalogue(&self) -> Option<i64> {
        self.config().fleet.as_ref()?;
        let (running, refused) = {
            let r = self.running();
            (r.version, r.refused)
        };
        match crate::fleet::catalogue::kept_newer(self.config(), running) {
            Ok(Some((version, catalogue))) => self.run_catalogue(version, catalogue),
            Ok(None) => None,
            Err((version, reason)) => {
                if refused != Some(version) {
                    tracing::warn!(version, %reason, "kept head-office catalogue cannot run here; the running one stays");
                    self.running_mut().refused = Some(version);
                }
                None
            }
        }
    }

    /// Quotes from `catalogue`, head office's `version`, from now on, unless a version as new
    /// already runs; journals (and queues for head office) the health row `running vN`.
    pub fn run_catalogue(&self, version: i64, catalogue: Catalogue) -> Option<i64> {
        {
            let mut r = self.running_mut();
            if r.version.is_some_and(|v| v >= version) {
                return None;
            }
            r.version = Some(version);
            r.catalogue = Arc::new(catalogue);
        }
        tracing::info!(
            version,
            "head-office catalogue running from the next customer"
        );
        if let Err(e) =
            self.journal()
                .record_health(DEVICE, &format!("running v{version}"), "quotes from it")
        {
            tracing::warn!(version, error = %e, "running catalogue version not journalled");
        }
        Some(version)
    }

    fn running(&self) -> RwLockReadGuard<'_, Running> {
        // A panic while swapping cannot leave a half-written value: the fields are set whole.
        self.inner
            .catalogue
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn running_mut(&self) -> RwLockWriteGuard<'_, Running> {
        self.inner
            .catalogue
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}
