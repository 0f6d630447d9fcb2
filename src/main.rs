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
    /// Development: a normal window of this size (e.g. 1080x1920) instead of full screen.
    #[cfg(feature = "ui")]
    #[arg(long, value_name = "WxH", value_parser = simkiosk::ui::parse_size)]
    windowed: Option<(u32, u32)>,
    /// Packaging: write the manual pages (simkiosk.1, simkiosk-<command>.1) into DIR and exit.
    #[arg(long, hide = true, value_name = "DIR")]
    help_man: Option<PathBuf>,
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
    /// Settle a transaction awaiting a decision: --retry, --reverse or --resolve NOTE.
    Settle(simkiosk::ops::cli::SettleArgs),
    /// The kiosk's daily report for a JST day, from the journal.
    Report(simkiosk::ops::cli::ReportArgs),
    /// Hash an operator PIN read from stdin into the PHC string for `[operator] pin_hash`.
    HashPin(simkiosk::ops::cli::HashPinArgs),
    /// Run a simulated ESC/POS receipt printer on a pty (path on the first line) or TCP.
    PrinterSim(simkiosk::printer::cli::PrinterSimArgs),
    /// Print a sample page with every language (to the configured printer or --out FILE).
    PrintTest(simkiosk::printer::cli::PrintTestArgs),
    /// Render a journaled transaction's receipt to FILE.png or FILE.bin.
    Receipt(simkiosk::printer::cli::ReceiptArgs),
    /// Finish or hand to the operator every unfinished transaction (also runs before `renew`).
    Recover(simkiosk::cli::RecoverArgs),
    /// Talk to a ZVT card terminal: register, status, pay, reverse, repeat-receipt, end-of-day, diagnosis.
    Terminal(simkiosk::payment::zvt::cli::TerminalArgs),
    /// A ZVT card terminal simulator on a pseudo-terminal, a serial port or TCP.
    TerminalSim(simkiosk::payment::zvt::cli::TerminalSimArgs),
    /// Send the journal's outbox to head office now (--follow: keep sending).
    Sync(simkiosk::fleet::cli::SyncArgs),
    /// Head office: migrate its schema, add a kiosk, the chain's day report.
    Fleet(simkiosk::fleet::cli::FleetArgs),
    /// Run a simulated PayPay (QR wallet) API on loopback HTTP, or pay a code shown on one.
    WalletSim(simkiosk::payment::wallet::simulator::cli::WalletSimArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Some(dir) = &cli.help_man {
        return man_pages(dir);
    }
    // Logs go to stderr; RUST_LOG=info (or debug, trace for ZVT frames) says how much.
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn"));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .init();
    // Crash-test builds: FAILPOINTS="sale.after_create=panic" kills the process at that point,
    // as a power cut would (abort: no unwinding, no destructors, no flushing).
    #[cfg(feature = "failpoints")]
    let _failpoints = {
        std::panic::set_hook(Box::new(|info| {
            eprintln!("fault point: {info}");
            std::process::abort();
        }));
        fail::FailScenario::setup()
    };
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
        Some(Command::Settle(a)) => with_config(&cli.config, |c| simkiosk::ops::cli::settle(a, c)),
        Some(Command::Report(a)) => with_config(&cli.config, |c| simkiosk::ops::cli::report(a, c)),
        Some(Command::HashPin(a)) => simkiosk::ops::cli::hash_pin(a).unwrap_or_else(|e| {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }),
        Some(Command::PrinterSim(a)) => {
            simkiosk::printer::cli::printer_sim(a).unwrap_or_else(|e| {
                eprintln!("error: {e:#}");
                ExitCode::FAILURE
            })
        }
        Some(Command::PrintTest(a)) => {
            with_config(&cli.config, |c| simkiosk::printer::cli::print_test(a, c))
        }
        Some(Command::Receipt(a)) => {
            with_config(&cli.config, |c| simkiosk::printer::cli::receipt(a, c))
        }
        Some(Command::Recover(a)) => with_config(&cli.config, |c| simkiosk::cli::recover(a, c)),
        Some(Command::Terminal(a)) => {
            simkiosk::payment::zvt::cli::run_terminal(a).unwrap_or_else(|e| {
                eprintln!("error: {e:#}");
                ExitCode::FAILURE
            })
        }
        Some(Command::WalletSim(a)) => simkiosk::payment::wallet::simulator::cli::run_wallet_sim(a)
            .unwrap_or_else(|e| {
                eprintln!("error: {e:#}");
                ExitCode::FAILURE
            }),
        Some(Command::TerminalSim(a)) => simkiosk::payment::zvt::cli::run_terminal_sim(a)
            .unwrap_or_else(|e| {
                eprintln!("error: {e:#}");
                ExitCode::FAILURE
            }),
        Some(Command::Sync(a)) => with_config(&cli.config, |c| {
            simkiosk::fleet::cli::sync(a, c, &cli.config)
        }),
        Some(Command::Fleet(a)) => simkiosk::fleet::cli::fleet(a).unwrap_or_else(|e| {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }),
        #[cfg(feature = "ui")]
        None => with_config(&cli.config, |c| {
            // A real terminal or printer with demo settings: refuse (exit 2), saying why.
            if let Some(code) = simkiosk::config::production::refuse(&cli.config, c) {
                return Ok(code);
            }
            // One kiosk per journal; operator commands reach it through its control socket.
            let _lock = simkiosk::control::hold_for_kiosk(&c.journal.path)?;
            // Head office gets the outbox from its own thread; without it the kiosk sells on.
            let _sender = simkiosk::fleet::sender::spawn(c, &cli.config)
                .inspect_err(|e| tracing::error!(error = %e, "head office sender not started"));
            simkiosk::ui::run_cli(c, cli.windowed)
        }),
        #[cfg(not(feature = "ui"))]
        None => {
            eprintln!("this simkiosk was built without the touch UI (feature `ui`)");
            ExitCode::FAILURE
        }
    }
}

/// `simkiosk --help-man DIR`: simkiosk(1) and a page per subcommand, for the Debian package.
fn man_pages(dir: &std::path::Path) -> ExitCode {
    use clap::CommandFactory;
    match std::fs::create_dir_all(dir).and_then(|()| clap_mangen::generate_to(Cli::command(), dir))
    {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: writing the manual pages to {}: {e}", dir.display());
            ExitCode::FAILURE
        }
    }
}

/// Loads kiosk.toml (exit 2 listing every problem) and runs `run` with it.
fn with_config(
    path: &std::path::Path,
    run: impl FnOnce(&simkiosk::config::Config) -> anyhow::Result<ExitCode>,
) -> ExitCode {
    // With `[fleet]`, the last good catalogue from head office replaces kiosk.toml's.
    let config = match simkiosk::fleet::catalogue::load_with_kept(path) {
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
