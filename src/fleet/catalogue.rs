//! The catalogue from head office: a published version (`fleet.catalogue_versions`) is
//! validated with kiosk.toml's own rules (the same as `check-config`), kept beside the journal
//! as the last good one, and taken by the running engine between customers
//! (`Engine::refresh_catalogue`, [`kept_newer`]); an invalid one is refused with the reason
//! logged and an outbox health row. A sale already quoted keeps its quote (the quote is
//! journalled with the transaction and never re-priced).

use super::{FleetError, Result, bounded};
use crate::config::Config;
use crate::domain::Catalogue;
use crate::journal::Journal;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;
use tokio_postgres::Client;

/// First line of the kept file; the version follows.
const HEADER: &str = "# simkiosk head-office catalogue version ";

/// The health row's device name for the catalogue.
pub const HEALTH_DEVICE: &str = "catalogue";

/// What one poll did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Poll {
    /// Nothing newer than what runs.
    Current(Option<i64>),
    Applied(i64),
    /// Refused; the last good version (if any) stays.
    Rejected {
        version: i64,
        reason: String,
    },
}

/// Where the last good catalogue is kept: beside the journal.
pub fn kept_path(config: &Config) -> PathBuf {
    let mut p = config.journal.path.clone().into_os_string();
    p.push(".catalogue.toml");
    PathBuf::from(p)
}

/// The version kept, if any.
pub fn kept_version(path: &Path) -> Option<i64> {
    let text = std::fs::read_to_string(path).ok()?;
    text.lines()
        .next()?
        .strip_prefix(HEADER)?
        .trim()
        .parse()
        .ok()
}

/// kiosk.toml (`kiosk_toml`, its text) with its `[catalogue]` replaced by `published`, read
/// and validated as a whole: the published catalogue must pass every rule check-config
/// applies, against this kiosk's languages.
pub fn validate(
    kiosk_toml: &str,
    published: &str,
    version: i64,
) -> std::result::Result<Config, String> {
    let mut doc: toml_edit::DocumentMut = kiosk_toml
        .parse()
        .map_err(|e| format!("kiosk.toml does not parse: {e}"))?;
    let new: toml_edit::DocumentMut = published.parse().map_err(|e| format!("not TOML: {e}"))?;
    let Some(catalogue) = new.get("catalogue") else {
        return Err("no [catalogue] table".into());
    };
    if new.len() != 1 {
        return Err("only [catalogue] may be published".into());
    }
    doc["catalogue"] = catalogue.clone();
    Config::from_str(
        &doc.to_string(),
        &format!("head-office catalogue v{version}"),
    )
    .map_err(|e| e.to_string())
}

/// kiosk.toml with the kept head-office catalogue, when `[fleet]` is set and one is kept and
/// still valid here; otherwise kiosk.toml as it is.
pub fn load_with_kept(path: &Path) -> std::result::Result<Config, crate::config::ConfigErrors> {
    let config = Config::load(path)?;
    if config.fleet.is_none() {
        return Ok(config);
    }
    let kept = kept_path(&config);
    let (Some(version), Ok(text), Ok(base)) = (
        kept_version(&kept),
        std::fs::read_to_string(&kept),
        std::fs::read_to_string(path),
    ) else {
        return Ok(config);
    };
    match validate(&base, &text, version) {
        Ok(mut merged) => {
            merged.resolve_relative_to(path.parent().unwrap_or(Path::new("")));
            Ok(merged)
        }
        Err(reason) => {
            tracing::warn!(version, %reason, "kept head-office catalogue no longer valid here; using kiosk.toml's");
            Ok(config)
        }
    }
}

/// The kept catalogue when it is newer than `running`, read with kiosk.toml's catalogue rules
/// against `config`'s languages (a running engine's check before it swaps): `Ok(None)` when
/// nothing newer is kept, `Err((version, reason))` when the kept one cannot run here.
pub fn kept_newer(
    config: &Config,
    running: Option<i64>,
) -> std::result::Result<Option<(i64, Catalogue)>, (i64, String)> {
    let path = kept_path(config);
    let Some(version) = kept_version(&path).filter(|v| running.is_none_or(|r| *v > r)) else {
        return Ok(None);
    };
    let text = std::fs::read_to_string(&path).map_err(|e| (version, e.to_string()))?;
    config
        .read_catalogue(&text, &format!("head-office catalogue v{version}"))
        .map(|c| Some((version, c)))
        .map_err(|e| (version, e.to_string()))
}

/// Reads the newest published version; applies it when newer than the kept one and valid.
pub async fn poll(
    client: &Client,
    config_path: &Path,
    config: &Config,
    journal: &Journal,
    limit: Duration,
) -> Result<Poll> {
    let kept = kept_path(config);
    let current = kept_version(&kept);
    let row = bounded(
        "read the catalogue",
        limit,
        client.query_opt(
            "SELECT version, catalogue FROM fleet.catalogue_versions
             WHERE version > $1 ORDER BY version DESC LIMIT 1",
            &[&current.unwrap_or(0)],
        ),
    )
    .await?;
    let Some(row) = row else {
        return Ok(Poll::Current(current));
    };
    let (version, text): (i64, String) = (row.get(0), row.get(1));
    let base = std::fs::read_to_string(config_path)
        .map_err(|e| FleetError::Config(format!("{}: {e}", config_path.display())))?;
    match validate(&base, &text, version) {
        Ok(_) => {
            write_atomically(&kept, &format!("{HEADER}{version}\n{text}"))
                .map_err(|e| FleetError::Config(format!("{}: {e}", kept.display())))?;
            journal.record_health(HEALTH_DEVICE, &format!("v{version}"), "applied")?;
            tracing::info!(
                version,
                "head-office catalogue kept; the kiosk runs it from its next customer"
            );
            Ok(Poll::Applied(version))
        }
        Err(reason) => {
            let running = current.map_or("kiosk.toml".to_owned(), |v| format!("v{v}"));
            journal.record_health(
                HEALTH_DEVICE,
                &format!("rejected v{version}"),
                &format!("keeps {running}: {reason}"),
            )?;
            tracing::warn!(version, %reason, "head-office catalogue refused; the last good one stays");
            Ok(Poll::Rejected { version, reason })
        }
    }
}

/// Head office: stores `text` as the next version (kiosks validate it; a text that is not even
/// a `[catalogue]` document is refused here already). Returns the version.
pub async fn publish(client: &Client, text: &str, note: &str) -> Result<i64> {
    let doc: toml_edit::DocumentMut = text
        .parse()
        .map_err(|e| FleetError::Config(format!("the catalogue is not TOML: {e}")))?;
    if doc.get("catalogue").is_none() || doc.len() != 1 {
        return Err(FleetError::Config(
            "a published catalogue holds the [catalogue] tables and nothing else".into(),
        ));
    }
    let row = bounded(
        "publish the catalogue",
        Duration::from_secs(30),
        client.query_one(
            "INSERT INTO fleet.catalogue_versions (catalogue, note) VALUES ($1, $2)
             RETURNING version",
            &[&text, &note],
        ),
    )
    .await?;
    Ok(row.get(0))
}

/// Write to a temp file, fsync, rename over: a reader sees the old or the new file, whole.
fn write_atomically(path: &Path, text: &str) -> std::io::Result<()> {
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".tmp");
    let tmp = PathBuf::from(tmp);
    {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(text.as_bytes())?;
        f.sync_all()?;
    }
    std::fs::rename(&tmp, path)?;
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::File::open(dir)?.sync_all()?;
    }
    Ok(())
}
