//! `simkiosk settle`, `simkiosk report` and `simkiosk hash-pin`.
//!
//! Exit codes: 0 done; 1 the action could not complete (device, carrier, journal); 2 bad input
//! (unknown id, a transaction not awaiting that decision, a malformed PIN or note); 3 a running
//! kiosk holds the devices but its control socket does not answer (`settle --retry|--reverse`
//! run inside a running kiosk, see `crate::control`).

use super::lockout::{Attempt, OperatorGate};
use super::pin;
use super::settle::{OperatorError, SettleOutcome};
use crate::config::Config;
use crate::control::{self, Answer, Request, Route, SettleAction};
use crate::engine::Engine;
use crate::journal::Journal;
use anyhow::{Context, anyhow};
use chrono::{NaiveDate, Utc};
use std::io::{BufRead, IsTerminal, Write};
use std::process::ExitCode;
use std::time::Instant;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "With `[operator] pin_hash` set in kiosk.toml, the operator PIN is read from stdin first."
)]
#[command(group(
    clap::ArgGroup::new("action").required(true).args(["retry", "reverse", "resolve"])
))]
pub struct SettleArgs {
    /// The transaction id (see `simkiosk journal --pending`).
    pub id: String,
    /// Renew again with the transaction's original idempotency key.
    #[arg(long)]
    pub retry: bool,
    /// Give the payment back through the card terminal.
    #[arg(long)]
    pub reverse: bool,
    /// Close it as settled by hand, with a note saying how (no card or phone numbers).
    #[arg(long, value_name = "NOTE")]
    pub resolve: Option<String>,
    /// Who acts, for the audit trail (default `cli:$USER`).
    #[arg(long, value_name = "NAME")]
    pub operator: Option<String>,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    /// The JST calendar day, YYYY-MM-DD.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub day: NaiveDate,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

/// Reads the PIN from stdin (never from the command line, where shell history and `ps` would
/// keep it).
#[derive(Debug, clap::Args)]
pub struct HashPinArgs {}

fn actor(name: Option<String>) -> String {
    name.filter(|n| !n.trim().is_empty()).unwrap_or_else(|| {
        let user = std::env::var("USER").unwrap_or_else(|_| "unknown".into());
        format!("cli:{user}")
    })
}

/// Settle one transaction that awaits a decision. When kiosk.toml has an operator PIN, it is
/// read from stdin first and goes through the same lockout as the pad (kept in the audit
/// trail, so five wrong PINs lock the command line and the pad alike).
pub fn settle(args: SettleArgs, config: &Config) -> anyhow::Result<ExitCode> {
    let actor = actor(args.operator);
    if let Some(hash) = &config.operator.pin_hash {
        let journal = open_existing(config)?;
        let pin = read_stdin_line("operator PIN: ")?;
        let mut gate =
            OperatorGate::restore(Some(hash.clone()), &journal, Instant::now(), Utc::now());
        match gate.try_pin(&journal, &actor, &pin, Instant::now()) {
            Attempt::Granted | Attempt::Disabled => {}
            Attempt::Wrong { remaining } => {
                eprintln!("settle: wrong PIN; {remaining} tries before the pad locks");
                return Ok(ExitCode::from(2));
            }
            Attempt::LockedOut { retry_in } => {
                eprintln!(
                    "settle: too many wrong PINs: locked for {} more seconds",
                    retry_in.as_secs()
                );
                return Ok(ExitCode::from(2));
            }
        }
    }
    let Some(action) = (match (args.retry, args.reverse) {
        (true, _) => Some(SettleAction::Retry),
        (_, true) => Some(SettleAction::Reverse),
        _ => None,
    }) else {
        // `--resolve` touches the journal only: it works beside the running kiosk.
        let note = args.resolve.as_deref().unwrap_or_default();
        let journal = open_existing(config)?;
        let result = super::resolve(&journal, &args.id, &actor, note);
        return Ok(settle_answer(&args.id, args.json, result)?.emit());
    };
    let request = Request::Settle {
        id: args.id.clone(),
        action,
        actor: actor.clone(),
        json: args.json,
    };
    // A running kiosk holds the terminal and the printer: the decision runs in its engine.
    let _lock = match control::route(&config.journal.path, &request) {
        Ok(Route::Kiosk(answer)) => return Ok(answer.emit()),
        Ok(Route::Local(lock)) => lock,
        Err(e) => {
            eprintln!("settle {}: {e}", args.id);
            return Ok(ExitCode::from(e.exit_code()));
        }
    };
    let engine = Engine::from_config(config).map_err(|e| anyhow!("{e}"))?;
    Ok(settle_on(&engine, &args.id, action, &actor, args.json).emit())
}

/// `--retry` or `--reverse` on `engine` (the command line's own, or the running kiosk's).
pub fn settle_on(
    engine: &Engine,
    id: &str,
    action: SettleAction,
    actor: &str,
    json: bool,
) -> Answer {
    let result = match action {
        SettleAction::Retry => engine.settle_retry(id, actor),
        SettleAction::Reverse => engine.settle_reverse(id, actor),
    };
    settle_answer(id, json, result)
        .unwrap_or_else(|e| Answer::failed(1, format!("settle {id}: {e:#}\n")))
}

fn settle_answer(
    id: &str,
    json: bool,
    result: Result<SettleOutcome, OperatorError>,
) -> anyhow::Result<Answer> {
    match result {
        Ok(outcome) => {
            let out = if json {
                let mut v = serde_json::to_value(&outcome)?;
                v["transaction_id"] = id.into();
                format!("{v}\n")
            } else {
                match outcome {
                    SettleOutcome::Renewed { new_expiry } => {
                        format!("{id}: renewed until {new_expiry}; the receipt is owed (reprint)\n")
                    }
                    SettleOutcome::Reversed => format!("{id}: payment reversed\n"),
                    SettleOutcome::Resolved => format!("{id}: resolved\n"),
                }
            };
            Ok(Answer::ok(out))
        }
        Err(e) => Ok(Answer::failed(
            if e.is_bad_input() { 2 } else { 1 },
            format!("settle {id}: {e}\n"),
        )),
    }
}

/// The daily report of one JST day, from the journal (no devices).
pub fn report(args: ReportArgs, config: &Config) -> anyhow::Result<ExitCode> {
    let journal = open_existing(config)?;
    let report =
        super::daily_report(&journal, &config.kiosk.id, args.day).map_err(|e| anyhow!("{e}"))?;
    if args.json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        print!("{}", report.to_text());
    }
    Ok(ExitCode::SUCCESS)
}

/// A read or a settle must not create an empty journal where the kiosk's is missing.
fn open_existing(config: &Config) -> anyhow::Result<Journal> {
    let path = &config.journal.path;
    if !path.exists() {
        return Err(anyhow!("no journal at {}", path.display()));
    }
    Journal::open(path).with_context(|| format!("opening the journal {}", path.display()))
}

/// One line from stdin, trimmed; prompts on stderr when stdin is a terminal (where the input
/// is echoed: there is no terminal control without `unsafe`).
fn read_stdin_line(prompt: &str) -> anyhow::Result<String> {
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        eprint!("{prompt}");
        std::io::stderr().flush()?;
    }
    let mut line = String::new();
    stdin.lock().read_line(&mut line)?;
    Ok(line.trim().to_owned())
}

/// Reads a PIN from stdin and prints its Argon2id PHC string for kiosk.toml. Exit 2 when the
/// PIN is not 6-8 digits (or, typed at a terminal, the two entries differ).
pub fn hash_pin(_args: HashPinArgs) -> anyhow::Result<ExitCode> {
    let stdin = std::io::stdin();
    let interactive = stdin.is_terminal();
    let mut lines = stdin.lock().lines();
    let mut read = |prompt: &str| -> anyhow::Result<String> {
        if interactive {
            eprint!("{prompt}");
            std::io::stderr().flush()?;
        }
        let line = lines.next().transpose()?.unwrap_or_default();
        Ok(line.trim().to_owned())
    };
    let pin = read("operator PIN (6-8 digits; it is echoed): ")?;
    if let Err(e) = pin::check_format(&pin) {
        eprintln!("hash-pin: {e}");
        return Ok(ExitCode::from(2));
    }
    if interactive && read("the same PIN again: ")? != pin {
        eprintln!("hash-pin: the two PINs differ");
        return Ok(ExitCode::from(2));
    }
    let hash = pin::hash_pin(&pin)?;
    println!("{hash}");
    if interactive {
        eprintln!("put it in kiosk.toml:\n[operator]\npin_hash = \"{hash}\"");
    }
    Ok(ExitCode::SUCCESS)
}
