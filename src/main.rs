//! The `simkiosk` command line: the touch UI (no subcommand), and tools for the shop and the field.

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "simkiosk",
    version,
    about = "Self-service kiosk that renews prepaid Japanese data SIMs"
)]
struct Cli {
    /// The kiosk configuration.
    #[arg(long, global = true, default_value = "kiosk.toml")]
    config: PathBuf,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    // Each subcommand delegates to the module that owns it; keep one line per arm.
    /// Check kiosk.toml and list every problem (exit 2 when there is any).
    CheckConfig(simkiosk::config::cli::CheckConfigArgs),
    /// The catalogue with today's prices and active promotions.
    Plans(simkiosk::config::cli::PlansArgs),
    /// Look a SIM up at its carrier: plan, data left, expiry.
    Lookup(simkiosk::cli::LookupArgs),
    /// One whole renewal with the configured devices (exit 0 only when the SIM was renewed).
    Renew(simkiosk::cli::RenewArgs),
    /// List the journal's transactions.
    Journal(simkiosk::cli::JournalArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::CheckConfig(a)) => simkiosk::config::cli::check_config(&cli.config, a)
            .unwrap_or_else(|e| {
                eprintln!("error: {e:#}");
                ExitCode::FAILURE
            }),
        Some(Command::Plans(a)) => {
            simkiosk::config::cli::plans(&cli.config, a).unwrap_or_else(|e| {
                eprintln!("error: {e:#}");
                ExitCode::FAILURE
            })
        }
        Some(Command::Lookup(a)) => with_config(&cli.config, |c| simkiosk::cli::lookup(a, c)),
        Some(Command::Renew(a)) => with_config(&cli.config, |c| simkiosk::cli::renew(a, c)),
        Some(Command::Journal(a)) => with_config(&cli.config, |c| simkiosk::cli::journal(a, c)),
        None => {
            eprintln!(
                "the touch UI is not wired yet; config {}",
                cli.config.display()
            );
            ExitCode::FAILURE
        }
    }
}

/// Loads kiosk.toml (exit 2 listing every problem) and runs `run` with it.
fn with_config(
    path: &std::path::Path,
    run: impl FnOnce(&simkiosk::config::Config) -> anyhow::Result<ExitCode>,
) -> ExitCode {
    let config = match simkiosk::config::Config::load(path) {
        Ok(config) => config,
        Err(errors) => {
            eprintln!("{errors}");
            return ExitCode::from(2);
        }
    };
    run(&config).unwrap_or_else(|e| {
        eprintln!("error: {e:#}");
        ExitCode::FAILURE
    })
}
