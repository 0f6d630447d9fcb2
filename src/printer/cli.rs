//! The printer's subcommands: `printer-sim`, `print-test` and `receipt`.

use super::driver::{self, FilePrinter, Timeouts};
use super::render::{job_to_png, render_test_page};
use super::simulator::{self, SimConfig, SimHandle, parse_paper};
use super::{ReceiptPrinter, render_escpos};
use crate::config::{Config, PrinterKind};
use crate::control::{self, Answer, Request, Route};
use crate::engine::Engine;
use crate::i18n::Lang;
use anyhow::{Context, bail};
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Run a simulated ESC/POS printer (TM-T88 class).
///
/// The first line printed is the pseudo-terminal path (`--pty`) or the TCP address (`--tcp`).
/// While it runs, lines on standard input change its state: `paper ok|near-end|out`,
/// `cover open|closed`, `status`, `quit`.
#[derive(Debug, clap::Args)]
pub struct PrinterSimArgs {
    /// Serve on a new pseudo-terminal (the default).
    #[arg(long, conflicts_with = "tcp")]
    pub pty: bool,
    /// Serve on TCP instead, e.g. 127.0.0.1:9100.
    #[arg(long, value_name = "ADDR")]
    pub tcp: Option<String>,
    /// Paper state at start: ok, near-end or out.
    #[arg(long, default_value = "ok", value_parser = parse_paper_arg)]
    pub paper: crate::printer::PaperLevel,
    /// Cover state at start: open or closed.
    #[arg(long, default_value = "closed", value_parser = ["open", "closed"])]
    pub cover: String,
    /// Store every job as job-NNNN.bin and .png here.
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Paper width in dots: 576 (80 mm) or 384 (58 mm).
    #[arg(long, default_value_t = 576, value_parser = parse_width)]
    pub width: u32,
}

fn parse_paper_arg(s: &str) -> Result<crate::printer::PaperLevel, String> {
    parse_paper(s).map_err(|e| e.to_string())
}

fn parse_width(s: &str) -> Result<u32, String> {
    match s.parse::<u32>() {
        Ok(w @ (576 | 384)) => Ok(w),
        _ => Err(format!(
            "width must be 576 (80 mm) or 384 (58 mm), not {s:?}"
        )),
    }
}

pub fn printer_sim(args: PrinterSimArgs) -> anyhow::Result<ExitCode> {
    let config = SimConfig {
        paper: args.paper,
        cover_open: args.cover == "open",
        out_dir: args.out.clone(),
        width: args.width,
        paper_left_bytes: None,
    };
    let handle: SimHandle = match &args.tcp {
        Some(addr) => {
            let (local, handle) = simulator::spawn_tcp(addr, config)?;
            println!("{local}");
            handle
        }
        None => {
            let (path, handle) = simulator::spawn_on_pty(config)?;
            println!("{path}");
            handle
        }
    };
    std::io::stdout()
        .flush()
        .context("writing the simulator's address")?;
    if let Some(dir) = &args.out {
        eprintln!("printer-sim: jobs go to {}", dir.display());
    }
    eprintln!(
        "printer-sim: commands on stdin: paper ok|near-end|out, cover open|closed, status, quit"
    );
    for line in std::io::stdin().lock().lines() {
        let line = line.context("reading stdin")?;
        match line.trim() {
            "" => {}
            "quit" | "exit" => return Ok(ExitCode::SUCCESS),
            "status" => eprintln!("printer-sim: {} job(s) so far", handle.jobs().len()),
            cmd => match handle.command(cmd) {
                Ok(done) => eprintln!("printer-sim: {done}"),
                Err(e) => eprintln!("printer-sim: {e}"),
            },
        }
    }
    // Standard input closed (run in the background): serve until killed.
    loop {
        std::thread::park();
    }
}

/// Print a sample page with every language to the configured printer, or to a file.
#[derive(Debug, clap::Args)]
pub struct PrintTestArgs {
    /// Write the job here instead: FILE.png (a picture of it) or FILE.bin (the ESC/POS bytes).
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

pub fn print_test(args: PrintTestArgs, config: &Config) -> anyhow::Result<ExitCode> {
    let width = config.printer.paper_width.dots();
    let job = render_test_page(width)?;
    if let Some(out) = args.out {
        write_job(&out, &job, width)?;
        println!("{}", out.display());
        return Ok(ExitCode::SUCCESS);
    }
    // A running kiosk holds the printer: the page is printed through it.
    let _lock = match control::route(&config.journal.path, &Request::PrintTest) {
        Ok(Route::Kiosk(answer)) => return Ok(answer.emit()),
        Ok(Route::Local(lock)) => lock,
        Err(e) => {
            eprintln!("print-test: {e}");
            return Ok(ExitCode::from(e.exit_code()));
        }
    };
    let mut printer = open_printer(config)?;
    let status = printer
        .status()
        .context("asking the printer for its status")?;
    if !status.can_print() {
        bail!("the printer cannot print: {status:?}");
    }
    printer.print(&job).context("printing the test page")?;
    println!("test page printed ({} bytes)", job.len());
    Ok(ExitCode::SUCCESS)
}

/// The test page on the running kiosk's printer.
pub fn print_test_on(engine: &Engine) -> Answer {
    let width = engine.config().printer.paper_width.dots();
    let printed = render_test_page(width)
        .map_err(|e| format!("{e:#}"))
        .and_then(|job| {
            engine
                .print_job(&job)
                .map(|()| job.len())
                .map_err(|e| format!("printing the test page: {e}"))
        });
    match printed {
        Ok(n) => Answer::ok(format!("test page printed ({n} bytes)\n")),
        Err(e) => Answer::failed(1, format!("error: {e}\n")),
    }
}

/// Opens the configured printer; `simulated` starts a simulator that stores jobs in
/// `./print-test/` (kept alive for the command's lifetime).
fn open_printer(config: &Config) -> anyhow::Result<Box<dyn ReceiptPrinter>> {
    let t = Timeouts::default();
    Ok(match &config.printer.kind {
        PrinterKind::Serial { port, baud } => {
            Box::new(driver::serial(&port.to_string_lossy(), *baud, t)?)
        }
        PrinterKind::Network { address } => Box::new(driver::network(address, t)?),
        PrinterKind::Usb { path } => Box::new(driver::usb(&path.to_string_lossy(), t)?),
        PrinterKind::File { path } => Box::new(FilePrinter::new(path.clone())),
        PrinterKind::Simulated => {
            let dir = PathBuf::from("print-test");
            let sim = SimConfig {
                out_dir: Some(dir.clone()),
                width: config.printer.paper_width.dots(),
                ..SimConfig::default()
            };
            let (path, handle) = simulator::spawn_on_pty(sim)?;
            eprintln!(
                "print-test: simulated printer stores the page in {}",
                dir.display()
            );
            Box::new(WithSim {
                printer: driver::serial(&path, 115_200, t)?,
                _sim: handle,
            })
        }
    })
}

/// A printer and the simulator behind it, dropped together.
struct WithSim<P> {
    printer: P,
    _sim: SimHandle,
}

impl<P: ReceiptPrinter> ReceiptPrinter for WithSim<P> {
    fn status(&mut self) -> Result<super::PrinterStatus, super::PrinterError> {
        self.printer.status()
    }
    fn print(&mut self, job: &[u8]) -> Result<(), super::PrinterError> {
        self.printer.print(job)
    }
}

/// Render the receipt of a journaled transaction to a file.
#[derive(Debug, clap::Args)]
pub struct ReceiptArgs {
    /// The transaction id, as `simkiosk journal` lists it.
    pub transaction_id: String,
    /// The receipt's language: ja, en, zh-Hans, zh-Hant, ko, th, vi, id, es, fr or de.
    #[arg(long, default_value = "ja", value_parser = parse_lang)]
    pub lang: Lang,
    /// FILE.png (a picture of the printout) or FILE.bin (the ESC/POS bytes).
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
    /// Mark it REPRINT / 再発行.
    #[arg(long)]
    pub reprint: bool,
}

fn parse_lang(s: &str) -> Result<Lang, String> {
    Lang::from_tag(s)
        .ok_or_else(|| format!("language must be one of {}, not {s:?}", Lang::tag_list()))
}

pub fn receipt(args: ReceiptArgs, config: &Config) -> anyhow::Result<ExitCode> {
    let width = config.printer.paper_width.dots();
    // Only the journal: the devices may be in use by the running kiosk.
    let journal = crate::journal::Journal::open(&config.journal.path)?;
    let record = journal.get(&args.transaction_id)?;
    let mut facts = crate::engine::receipt_facts_from(config, &record, args.lang, args.reprint)?;
    let history = journal.history(&args.transaction_id)?;
    facts.issued_at = crate::engine::paid_at(&history).unwrap_or(facts.issued_at);
    let job = render_escpos(&facts, width)?;
    write_job(&args.out, &job, width)?;
    println!("{}", args.out.display());
    Ok(ExitCode::SUCCESS)
}

/// Writes a job as `.bin` bytes or as a `.png` of what the printer would print.
fn write_job(out: &Path, job: &[u8], width: u32) -> anyhow::Result<()> {
    let data = match out.extension().and_then(|e| e.to_str()) {
        Some("png") => job_to_png(job, width),
        Some("bin") => job.to_vec(),
        _ => bail!("{}: the output must end in .png or .bin", out.display()),
    };
    std::fs::write(out, data).with_context(|| format!("writing {}", out.display()))
}
