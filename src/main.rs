//! The `simkiosk` command line: the touch UI (no subcommand), and tools for the shop and the field.

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "simkiosk", version, about = "Self-service kiosk that renews prepaid Japanese data SIMs")]
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
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::CheckConfig(a)) => simkiosk::config::cli::check_config(&cli.config, a).unwrap_or_else(|e| { eprintln!("error: {e:#}"); ExitCode::FAILURE }),
        Some(Command::Plans(a)) => simkiosk::config::cli::plans(&cli.config, a).unwrap_or_else(|e| { eprintln!("error: {e:#}"); ExitCode::FAILURE }),
        None => {
            eprintln!("the touch UI is not wired yet; config {}", cli.config.display());
            ExitCode::FAILURE
        }
    }
}
