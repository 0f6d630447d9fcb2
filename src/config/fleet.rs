//! The `[fleet]` section: where head office's PostgreSQL is and how this kiosk logs in.
//! Absent = the kiosk is an island (no outbox sender, no catalogue polling).

use super::read::{Ctx, Table};
use super::{FleetConfig, FleetPassword};
use std::time::Duration;

pub(super) const KEYS: [&str; 9] = [
    "url",
    "ca_file",
    "password_file",
    "password_env",
    "batch_size",
    "interval_secs",
    "connect_timeout_secs",
    "statement_timeout_secs",
    "outbox_keep_days",
];

pub(super) fn read(ctx: &mut Ctx, root: &Table) -> Option<Option<FleetConfig>> {
    if !root.has("fleet") {
        return Some(None);
    }
    let t = ctx.table(root, "fleet", &KEYS);
    let url = ctx.req_str(&t, "url").and_then(|u| check_url(ctx, &t, u));
    let ca_file = ctx.opt_str(&t, "ca_file").map(Into::into);
    let password = match (
        ctx.opt_str(&t, "password_file"),
        ctx.opt_str(&t, "password_env"),
    ) {
        (Some(_), Some(_)) => {
            ctx.err(
                &t,
                "password_env",
                "give password_file or password_env, not both",
            );
            None
        }
        (Some(f), None) => Some(FleetPassword::File(f.into())),
        (None, Some(v)) => Some(FleetPassword::Env(v)),
        (None, None) => None,
    };
    let batch_size = ctx.int_in(&t, "batch_size", 1..=10_000, 500) as usize;
    let interval = ctx.int_in(&t, "interval_secs", 1..=3600, 5) as u64;
    let connect = ctx.int_in(&t, "connect_timeout_secs", 1..=120, 10) as u64;
    let statement = ctx.int_in(&t, "statement_timeout_secs", 1..=600, 30) as u64;
    let keep_days = ctx.int_in(&t, "outbox_keep_days", 1..=3650, 30) as u64;
    let url = url?;
    // Over a network the connection is TLS with a verified certificate, so a CA is needed;
    // only a local socket (host = a directory) goes without.
    let local = is_local_socket(&url);
    if !local && ca_file.is_none() {
        ctx.err(
            &t,
            "ca_file",
            "required when url names a network host (TLS verifies head office's certificate)",
        );
        return None;
    }
    Some(Some(FleetConfig {
        url,
        ca_file,
        password,
        batch_size,
        interval: Duration::from_secs(interval),
        connect_timeout: Duration::from_secs(connect),
        statement_timeout: Duration::from_secs(statement),
        outbox_keep: Duration::from_secs(keep_days * 24 * 3600),
    }))
}

fn check_url(ctx: &mut Ctx, t: &Table, url: String) -> Option<String> {
    match url.parse::<tokio_postgres::Config>() {
        Err(e) => {
            ctx.err(t, "url", format!("not a PostgreSQL connection string: {e}"));
            None
        }
        Ok(c) if c.get_user().is_none() => {
            ctx.err(t, "url", "names no user (the kiosk's own database role)");
            None
        }
        Ok(c) if c.get_password().is_some() => {
            ctx.err(
                t,
                "url",
                "holds a password: use password_file or password_env instead",
            );
            None
        }
        Ok(_) => Some(url),
    }
}

/// Is every host of `url` a Unix socket directory (no network, no TLS)?
pub fn is_local_socket(url: &str) -> bool {
    url.parse::<tokio_postgres::Config>().is_ok_and(|c| {
        !c.get_hosts().is_empty()
            && c.get_hosts()
                .iter()
                .all(|h| matches!(h, tokio_postgres::config::Host::Unix(_)))
    })
}
