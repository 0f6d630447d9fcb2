//! A ZVT terminal simulator: the terminal side of the protocol, on a pseudo-terminal, a serial port
//! or TCP. The demo kiosk pays through it over a pty, so the same bytes flow as at a shop.

mod flows;
pub mod io;
pub mod ledger;

use self::io::{Pt, PtError, SimIo};
use self::ledger::Ledger;
use crate::payment::zvt::link::LinkMode;
use serialport::{SerialPort, TTYPort};
use std::collections::HashMap;
use std::net::TcpListener;
use std::path::PathBuf;
use std::thread::JoinHandle;
use std::time::Duration;

/// How the simulated terminal behaves (`simkiosk terminal-sim` flags).
#[derive(Debug, Clone)]
pub struct SimConfig {
    /// Decline every authorisation with this result code.
    pub decline: Option<u8>,
    /// The customer presses abort: 06 1E 6C.
    pub customer_abort: bool,
    /// Never answer anything, not even ACK.
    pub no_answer: bool,
    /// Time the "host" takes to authorise.
    pub host_delay: Duration,
    /// NAK the first N frames from the ECR.
    pub nak_first: u32,
    /// Put garbage bytes before every frame (serial only).
    pub garbage: bool,
    /// How long to wait for the ECR's answer to the approval before reversing (PA00P015: 30 s).
    pub commit_timeout: Duration,
    /// How long "insert card" lasts (repeated every 500 ms), so the ECR can abort.
    pub card_wait: Duration,
    pub ledger: Option<PathBuf>,
    /// Terminal id (8 digits).
    pub terminal_id: String,
    /// Out of order with this status code: status enquiry reports it, sales get `84 code 00`.
    pub not_ready: Option<u8>,
    /// The approval's status information (04 0F) carries result 00 but no amount (BMP 04).
    pub approve_without_amount: bool,
    /// The terminal charges and reports this amount instead of the one requested.
    pub approve_amount: Option<u64>,
    /// The terminal reboots before its first authorisation and forgets the registration: every
    /// `06 01` gets `84 6B 00` (PA00P015 result 6B, "function deactivated, PT not registered")
    /// until the ECR registers again with `06 00`.
    pub lose_registration: bool,
    /// Serial only: the ECR's first frame answering each approval is neither ACKed nor acted on
    /// (lost on the line), so the ECR must repeat it after T2.
    pub drop_commit_ack: bool,
}

impl Default for SimConfig {
    fn default() -> Self {
        Self {
            decline: None,
            customer_abort: false,
            no_answer: false,
            host_delay: Duration::ZERO,
            nak_first: 0,
            garbage: false,
            commit_timeout: Duration::from_secs(30),
            card_wait: Duration::ZERO,
            ledger: None,
            terminal_id: "12345678".into(),
            not_ready: None,
            approve_without_amount: false,
            approve_amount: None,
            lose_registration: false,
            drop_commit_ack: false,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Record {
    amount: u64,
    receipt_no: u32,
    trace_no: u32,
    reversed: bool,
}

/// The terminal's state: counters and the payments it took (kept across reconnects).
pub struct Simulator {
    cfg: SimConfig,
    ledger: Ledger,
    next_receipt: u32,
    next_trace: u32,
    records: HashMap<u32, Record>,
    last: Option<Record>,
    day_total: u64,
    day_count: u32,
    /// `--lose-registration`: the reboot has yet to happen.
    reboot_pending: bool,
    /// Rebooted and not registered again: authorisations are refused with `84 6B 00`.
    unregistered: bool,
}

impl Simulator {
    pub fn new(cfg: SimConfig) -> Self {
        let ledger = Ledger::new(cfg.ledger.as_deref());
        let reboot_pending = cfg.lose_registration;
        Self {
            reboot_pending,
            unregistered: false,
            cfg,
            ledger,
            next_receipt: 1,
            next_trace: 1,
            records: HashMap::new(),
            last: None,
            day_total: 0,
            day_count: 0,
        }
    }

    fn trace(&mut self) -> u32 {
        let t = self.next_trace;
        self.next_trace = if t >= 999_999 { 1 } else { t + 1 };
        t
    }

    fn receipt(&mut self) -> u32 {
        let r = self.next_receipt;
        self.next_receipt = if r >= 9999 { 1 } else { r + 1 };
        r
    }

    /// Serve one connection until it fails (the ECR vanished); the state stays.
    pub fn serve(&mut self, io: &mut dyn SimIo, mode: LinkMode) -> Result<(), PtError> {
        let mut pt = Pt::new(io, mode, self.cfg.nak_first, self.cfg.garbage);
        loop {
            if self.cfg.no_answer {
                // Swallow everything; say nothing.
                pt.drain_silently(Duration::from_millis(200))?;
                continue;
            }
            if let Some(cmd) = pt.recv(Duration::from_secs(1))? {
                match self.handle(&mut pt, &cmd) {
                    Ok(()) => {}
                    // The ECR went silent or the link failed mid-command: wait for the next one.
                    Err(PtError::Silent(d)) => {
                        tracing::warn!(?d, "terminal-sim: ECR silent; command dropped")
                    }
                    Err(PtError::Link(e)) => {
                        tracing::warn!(error = %e, "terminal-sim: link failed; command dropped")
                    }
                    Err(e) => return Err(e),
                }
            }
        }
    }
}

/// Run a simulator on a new pseudo-terminal; returns the path the ECR opens, and the thread.
pub fn spawn_on_pty(cfg: SimConfig) -> std::io::Result<(PathBuf, JoinHandle<()>)> {
    let (master, slave) = TTYPort::pair().map_err(std::io::Error::other)?;
    let path = slave
        .name()
        .map(PathBuf::from)
        .ok_or_else(|| std::io::Error::other("pty without a name"))?;
    let handle = std::thread::Builder::new()
        .name("terminal-sim".into())
        .spawn(move || {
            // Holding the ECR end open keeps the master readable while no ECR is connected.
            let _keep = slave;
            let mut io: Box<dyn SerialPort> = Box::new(master);
            let mut sim = Simulator::new(cfg);
            loop {
                if let Err(e) = sim.serve(&mut io, LinkMode::Serial) {
                    tracing::warn!(error = %e, "terminal-sim pty i/o error; retrying");
                    std::thread::sleep(Duration::from_millis(200));
                }
            }
        })?;
    Ok((path, handle))
}

/// Run on an existing serial port (reopened whenever it fails). Never returns normally.
pub fn run_on_port(cfg: SimConfig, path: &str, baud: u32) -> std::io::Error {
    let mut sim = Simulator::new(cfg);
    loop {
        match serialport::new(path, baud)
            .stop_bits(serialport::StopBits::Two)
            .open()
        {
            Ok(mut port) => {
                if let Err(e) = sim.serve(&mut port, LinkMode::Serial) {
                    tracing::warn!(error = %e, "terminal-sim port error; reopening");
                }
            }
            Err(e) => {
                tracing::warn!(error = %e, path, "terminal-sim cannot open the port; retrying")
            }
        }
        std::thread::sleep(Duration::from_secs(1));
    }
}

/// Serve ECR connections on a TCP listener one after another (bare APDUs).
pub fn run_on_tcp(cfg: SimConfig, listener: TcpListener) -> std::io::Error {
    let mut sim = Simulator::new(cfg);
    loop {
        match listener.accept() {
            Ok((mut stream, peer)) => {
                tracing::info!(%peer, "terminal-sim: ECR connected");
                let _ = stream.set_nodelay(true);
                if let Err(e) = sim.serve(&mut stream, LinkMode::Tcp) {
                    tracing::info!(error = %e, "terminal-sim: ECR connection ended");
                }
            }
            Err(e) => return e,
        }
    }
}

/// Spawn [`run_on_tcp`] on a thread; returns the bound address.
pub fn spawn_tcp(
    cfg: SimConfig,
    addr: &str,
) -> std::io::Result<(std::net::SocketAddr, JoinHandle<()>)> {
    let listener = TcpListener::bind(addr)?;
    let local = listener.local_addr()?;
    let handle = std::thread::Builder::new()
        .name("terminal-sim-tcp".into())
        .spawn(move || {
            let e = run_on_tcp(cfg, listener);
            tracing::error!(error = %e, "terminal-sim tcp listener failed");
        })?;
    Ok((local, handle))
}
