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
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        None => {
            eprintln!("the touch UI is not wired yet; config {}", cli.config.display());
            ExitCode::FAILURE
        }
    }
}
