//! Head office's schema: the versioned SQL files in `migrations/`, embedded at build time and
//! applied by refinery (each in its own transaction, recorded in `refinery_schema_history`).
//! refinery rather than sqlx's migrator: it drives the tokio-postgres client the kiosk already
//! uses, so the fleet needs one PostgreSQL driver, not two.

use super::Result;
use tokio_postgres::Client;

mod embedded {
    refinery::embed_migrations!("migrations");
}

/// Applies the migrations not yet applied; returns the versions applied now.
pub async fn migrate(client: &mut Client) -> Result<Vec<i32>> {
    let report = embedded::migrations::runner().run_async(client).await?;
    Ok(report
        .applied_migrations()
        .iter()
        .map(|m| m.version())
        .collect())
}

/// The newest version this build carries.
pub fn latest_version() -> i32 {
    embedded::migrations::runner()
        .get_migrations()
        .iter()
        .map(|m| m.version())
        .max()
        .unwrap_or(0)
}
