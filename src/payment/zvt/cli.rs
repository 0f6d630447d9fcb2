//! `simkiosk terminal` (field diagnostics against a real terminal) and `simkiosk terminal-sim`.

use super::command::Command;
use super::session::{Finish, Report};
use super::simulator::{self, SimConfig};
use super::terminal::{RC_ABORTED, ZvtTerminal};
use super::transport::SerialSettings;
use crate::payment::{Approval, CommitDecision, PaymentObserver, TerminalMessage};
use serde::Serialize;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

#[derive(clap::Args, Debug)]
#[command(group = clap::ArgGroup::new("link").required(true).args(["port", "tcp"]))]
pub struct TerminalArgs {
    /// Serial port of the terminal (8N2).
    #[arg(long)]
    pub port: Option<String>,
    /// TCP address of the terminal (port 20007 if omitted).
    #[arg(long)]
    pub tcp: Option<String>,
    #[arg(long, default_value_t = 9600)]
    pub baud: u32,
    /// The terminal's 6-digit ZVT password.
    #[arg(long, default_value_t = 0)]
    pub password: u32,
    /// One JSON object on stdout.
    #[arg(long)]
    pub json: bool,
    /// Log every frame in hex on stderr.
    #[arg(long)]
    pub trace: bool,
    #[command(subcommand)]
    pub cmd: TerminalCmd,
}

#[derive(clap::Subcommand, Debug, Clone)]
pub enum TerminalCmd {
    /// Registration (06 00) with currency JPY.
    Register,
    /// Status enquiry (05 01).
    Status,
    /// Authorisation (06 01) of YEN; the sale is committed.
    Pay { yen: u64 },
    /// Reversal (06 30) of a receipt number.
    Reverse {
        receipt_no: u32,
        /// The amount of the payment, if the terminal wants it.
        #[arg(long)]
        amount: Option<u64>,
    },
    /// Repeat receipt (06 20): what the terminal last did.
    RepeatReceipt,
    /// End-of-day (06 50).
    EndOfDay,
    /// Diagnosis (06 70).
    Diagnosis,
}

/// The diagnostics command's answer (`--json`). Card data only masked.
#[derive(Debug, Default, Serialize)]
pub struct Summary {
    pub command: String,
    /// approved | declined | aborted | refused (by the commit gate) | error
    pub result: String,
    pub result_code: Option<String>,
    pub receipt_no: Option<u32>,
    pub trace_no: Option<u32>,
    pub masked_pan: Option<String>,
    pub card_name: Option<String>,
    pub auth_code: Option<String>,
    pub amount_yen: Option<u64>,
    pub terminal_id: Option<String>,
    pub sw_version: Option<String>,
    pub intermediate: Vec<String>,
    pub lines: Vec<String>,
    pub error: Option<String>,
}

struct Printer {
    json: bool,
    seen: Vec<String>,
}

impl PaymentObserver for Printer {
    fn message(&mut self, m: TerminalMessage) {
        let text = format!("{m:?} -> {}", super::message_id(m));
        if !self.json {
            eprintln!("terminal: {text}");
        }
        self.seen.push(text);
    }
    fn approved(&mut self, _: &Approval) -> CommitDecision {
        CommitDecision::Accept
    }
}

fn init_logs(trace: bool) {
    let filter = if trace {
        "simkiosk=info"
    } else {
        "simkiosk=warn"
    };
    let _ = tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| filter.into()),
        )
        .try_init();
}

fn summarise(
    command: &str,
    r: Result<Report, crate::payment::PaymentError>,
    seen: Vec<String>,
) -> Summary {
    let mut s = Summary {
        command: command.into(),
        intermediate: seen,
        ..Summary::default()
    };
    let r = match r {
        Ok(r) => r,
        Err(e) => {
            s.result = "error".into();
            s.error = Some(e.to_string());
            return s;
        }
    };
    let code = |c: u8| Some(format!("{c:02X}"));
    if let Some(f) = &r.status {
        s.receipt_no = f.receipt_no;
        s.trace_no = f.trace_no;
        s.masked_pan = f.masked_pan.clone();
        s.card_name = f.card_name.clone();
        s.auth_code = f.auth_code.clone();
        s.amount_yen = f.amount;
        s.terminal_id = f.terminal_id.clone();
    }
    let status_code = r.status.as_ref().and_then(|f| f.result_code);
    (s.result, s.result_code) = match &r.finish {
        Finish::Completed(c) => {
            if let Some(c) = c {
                s.sw_version = c.sw_version.clone();
                s.terminal_id = s.terminal_id.take().or(c.fields.terminal_id.clone());
            }
            let term = c
                .as_ref()
                .and_then(|c| c.terminal_status.or(c.fields.result_code));
            match status_code.filter(|&x| x != 0).or(term.filter(|&x| x != 0)) {
                Some(x) => ("declined".into(), code(x)),
                None => ("approved".into(), code(0)),
            }
        }
        Finish::CompletionLost => ("approved".into(), code(0)),
        Finish::Aborted { result_code, .. } if *result_code == RC_ABORTED => {
            ("aborted".into(), code(*result_code))
        }
        Finish::Aborted { result_code, .. } | Finish::Rejected { result_code } => {
            ("declined".into(), code(*result_code))
        }
        Finish::Failed(e) => {
            s.error = Some(e.to_string());
            ("error".into(), None)
        }
    };
    if r.decision == Some(CommitDecision::Refuse) {
        // The commit gate refused the approval (incomplete, another amount or currency): the
        // terminal reverses it, so it must never read as approved.
        s.result = "refused".into();
        s.error = Some("approval refused by the commit gate; the terminal reverses it".into());
    }
    if r.decision == Some(CommitDecision::Accept) && !r.decision_delivered {
        s.result = "error".into();
        s.error = Some("the terminal did not acknowledge the commit".into());
    }
    s.lines = r.lines;
    s
}

/// `simkiosk terminal ...`: exit 0 only when the terminal answered with success.
pub fn run_terminal(args: TerminalArgs) -> anyhow::Result<ExitCode> {
    init_logs(args.trace);
    let mut t = match (&args.port, &args.tcp) {
        (Some(port), _) => ZvtTerminal::serial(
            SerialSettings {
                baud: args.baud,
                ..SerialSettings::new(port)
            },
            args.password,
        ),
        (None, Some(addr)) => ZvtTerminal::tcp(addr, args.password),
        (None, None) => anyhow::bail!("give --port PATH or --tcp ADDR"),
    };
    if args.trace {
        let started = std::time::Instant::now();
        t.set_frame_log(Some(Box::new(move |line| {
            eprintln!("{:>8.3} {line}", started.elapsed().as_secs_f64())
        })));
    }
    let pw = args.password;
    let cmd = match args.cmd.clone() {
        TerminalCmd::Register => None,
        TerminalCmd::Status => Some(Command::StatusEnquiry { password: pw }),
        TerminalCmd::Pay { yen } => Some(Command::authorisation_jpy(yen)),
        TerminalCmd::Reverse { receipt_no, amount } => Some(Command::Reversal {
            password: pw,
            receipt_no,
            amount,
        }),
        TerminalCmd::RepeatReceipt => Some(Command::RepeatReceipt { password: pw }),
        TerminalCmd::EndOfDay => Some(Command::EndOfDay { password: pw }),
        TerminalCmd::Diagnosis => Some(Command::Diagnosis),
    };
    let mut printer = Printer {
        json: args.json,
        seen: Vec::new(),
    };
    let (name, report) = match cmd {
        None => ("registration", t.register()),
        Some(c) => (c.name(), t.run_simple(c, &mut printer)),
    };
    let s = summarise(name, report, printer.seen);
    // Written, not println!: a closed pipe (`| head`) is an error, never a panic.
    let mut out = std::io::stdout().lock();
    if args.json {
        writeln!(out, "{}", serde_json::to_string_pretty(&s)?)?;
    } else {
        print_human(&mut out, &s)?;
    }
    Ok(if s.result == "approved" {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

fn print_human(out: &mut impl Write, s: &Summary) -> std::io::Result<()> {
    writeln!(out, "{}: {}", s.command, s.result)?;
    let rows = [
        ("result code", s.result_code.clone()),
        ("amount", s.amount_yen.map(|a| format!("{a} JPY"))),
        ("receipt no", s.receipt_no.map(|n| n.to_string())),
        ("trace no", s.trace_no.map(|n| n.to_string())),
        ("card", s.card_name.clone()),
        ("card no", s.masked_pan.clone()),
        ("auth code", s.auth_code.clone()),
        ("terminal id", s.terminal_id.clone()),
        ("software", s.sw_version.clone()),
        ("error", s.error.clone()),
    ];
    for (k, v) in rows {
        if let Some(v) = v {
            writeln!(out, "  {k}: {v}")?;
        }
    }
    for l in &s.lines {
        writeln!(out, "  | {l}")?;
    }
    Ok(())
}

fn hex_code(s: &str) -> Result<u8, String> {
    u8::from_str_radix(s.trim_start_matches("0x"), 16)
        .map_err(|e| format!("{s:?} is not a hex result code: {e}"))
}

#[derive(clap::Args, Debug)]
#[command(group = clap::ArgGroup::new("on").required(true).args(["pty", "port", "tcp"]))]
pub struct TerminalSimArgs {
    /// Open a new pseudo-terminal and print the path of the end to connect to on the first line.
    #[arg(long)]
    pub pty: bool,
    /// Serve on an existing serial port.
    #[arg(long)]
    pub port: Option<String>,
    /// Serve bare APDUs on a TCP address (e.g. 127.0.0.1:20007).
    #[arg(long)]
    pub tcp: Option<String>,
    #[arg(long, default_value_t = 9600)]
    pub baud: u32,
    /// Decline every payment with this result code (hex, e.g. 05).
    #[arg(long, value_parser = hex_code)]
    pub decline: Option<u8>,
    /// The customer aborts at the terminal (result 6C).
    #[arg(long)]
    pub customer_abort: bool,
    /// Answer nothing at all.
    #[arg(long)]
    pub no_answer: bool,
    /// Milliseconds the host takes to authorise.
    #[arg(long, default_value_t = 0)]
    pub host_delay: u64,
    /// NAK the first N frames.
    #[arg(long, default_value_t = 0)]
    pub nak_first: u32,
    /// Garbage bytes between frames (serial only; TCP has no frames).
    #[arg(long)]
    pub garbage: bool,
    /// Seconds to wait for the kiosk's answer to the approval before reversing it.
    #[arg(long, default_value_t = 30)]
    pub commit_timeout: u64,
    /// Milliseconds "insert card" lasts (the kiosk may abort meanwhile).
    #[arg(long, default_value_t = 0)]
    pub card_wait: u64,
    /// Out of order: status enquiry reports this code (hex, e.g. A0) and sales are refused with it.
    #[arg(long, value_parser = hex_code)]
    pub not_ready: Option<u8>,
    /// The approval's status information has result 00 but no amount (BMP 04).
    #[arg(long)]
    pub approve_without_amount: bool,
    /// Charge and report this amount (yen) instead of the one requested.
    #[arg(long, value_name = "YEN")]
    pub approve_amount: Option<u64>,
    /// Reboot before the first payment and lose the registration: `84 6B 00` to every
    /// authorisation until the kiosk registers again.
    #[arg(long)]
    pub lose_registration: bool,
    /// Serial only: ignore the kiosk's first answer to each approval (no ACK), so it must repeat it.
    #[arg(long)]
    pub drop_commit_ack: bool,
    /// Append one JSON line per payment approved, reversed or refused.
    #[arg(long)]
    pub ledger: Option<PathBuf>,
}

impl TerminalSimArgs {
    pub fn config(&self) -> SimConfig {
        SimConfig {
            decline: self.decline,
            customer_abort: self.customer_abort,
            no_answer: self.no_answer,
            host_delay: Duration::from_millis(self.host_delay),
            nak_first: self.nak_first,
            garbage: self.garbage,
            commit_timeout: Duration::from_secs(self.commit_timeout),
            card_wait: Duration::from_millis(self.card_wait),
            ledger: self.ledger.clone(),
            not_ready: self.not_ready,
            approve_without_amount: self.approve_without_amount,
            approve_amount: self.approve_amount,
            lose_registration: self.lose_registration,
            drop_commit_ack: self.drop_commit_ack,
            ..SimConfig::default()
        }
    }
}

/// `simkiosk terminal-sim ...`: runs until killed.
pub fn run_terminal_sim(args: TerminalSimArgs) -> anyhow::Result<ExitCode> {
    init_logs(false);
    let cfg = args.config();
    let mut out = std::io::stdout();
    if args.pty {
        let (path, handle) = simulator::spawn_on_pty(cfg)?;
        writeln!(out, "{}", path.display())?;
        out.flush()?;
        handle
            .join()
            .map_err(|_| anyhow::anyhow!("simulator thread panicked"))?;
        return Ok(ExitCode::FAILURE);
    }
    if let Some(addr) = &args.tcp {
        let listener = std::net::TcpListener::bind(addr)?;
        writeln!(out, "{}", listener.local_addr()?)?;
        out.flush()?;
        return Err(simulator::run_on_tcp(cfg, listener).into());
    }
    let port = args.port.as_deref().unwrap_or_default();
    writeln!(out, "{port}")?;
    out.flush()?;
    Err(simulator::run_on_port(cfg, port, args.baud).into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    #[derive(Parser)]
    struct Cli {
        #[command(flatten)]
        sim: TerminalSimArgs,
    }

    #[test]
    fn terminal_sim_fault_flags_reach_the_simulator_config() {
        let cli = Cli::try_parse_from([
            "terminal-sim",
            "--pty",
            "--approve-without-amount",
            "--approve-amount",
            "1200",
            "--lose-registration",
            "--drop-commit-ack",
        ])
        .expect("flags parse");
        let cfg = cli.sim.config();
        assert!(cfg.approve_without_amount, "--approve-without-amount");
        assert_eq!(cfg.approve_amount, Some(1200), "--approve-amount");
        assert!(cfg.lose_registration, "--lose-registration");
        assert!(cfg.drop_commit_ack, "--drop-commit-ack");
    }
}
