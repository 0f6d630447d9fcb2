//! A simulated TM-T88 on a pseudo-terminal or a TCP port: answers status like a printer,
//! keeps every job, and (with an output folder) writes each as `job-NNNN.bin` and `.png`, drawn
//! by the ESC/POS interpreter (`printer::interp`). A job ends at a cut, at an `ESC @` after
//! content, at the `GS r` that confirms it, or when a TCP client disconnects.
//!
//! The state (paper, cover) can be changed while it runs through the [`SimHandle`]; the
//! `printer-sim` command maps lines on stdin (`paper out`, `cover open`, …) onto it.

mod machine;

pub use machine::{Job, Machine};

use super::PaperLevel;
use crate::printer::interp;
use serialport::SerialPort;
use std::io::{ErrorKind, Read, Write};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

/// How the simulator starts.
#[derive(Debug, Clone)]
pub struct SimConfig {
    pub paper: PaperLevel,
    pub cover_open: bool,
    /// Where to write `job-NNNN.bin` / `.png`; `None` keeps jobs in memory only.
    pub out_dir: Option<PathBuf>,
    /// Paper width in dots for the PNGs.
    pub width: u32,
    /// The roll runs out after this many bytes of print data (tests of a half-printed job).
    pub paper_left_bytes: Option<usize>,
}

impl Default for SimConfig {
    fn default() -> Self {
        SimConfig {
            paper: PaperLevel::Ok,
            cover_open: false,
            out_dir: None,
            width: 576,
            paper_left_bytes: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("printer simulator: {0}")]
pub struct SimError(pub String);

struct Shared {
    machine: Mutex<Machine>,
    jobs: Mutex<Vec<Job>>,
    stop: AtomicBool,
    config: SimConfig,
}

/// Controls a running simulator; dropping it stops the simulator.
pub struct SimHandle {
    shared: Arc<Shared>,
    thread: Option<JoinHandle<()>>,
}

impl std::fmt::Debug for SimHandle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SimHandle")
            .field("config", &self.shared.config)
            .finish_non_exhaustive()
    }
}

impl SimHandle {
    pub fn set_paper(&self, paper: PaperLevel) {
        if let Ok(mut m) = self.shared.machine.lock() {
            m.paper = paper;
            if paper != PaperLevel::Out {
                // A new roll: no configured paper end any more.
                m.paper_left_bytes = None;
            }
        }
    }

    pub fn set_cover_open(&self, open: bool) {
        if let Ok(mut m) = self.shared.machine.lock() {
            m.cover_open = open;
        }
    }

    /// Every job received so far, in order.
    pub fn jobs(&self) -> Vec<Job> {
        self.shared
            .jobs
            .lock()
            .map(|j| j.clone())
            .unwrap_or_default()
    }

    /// Applies one control line: `paper ok|near-end|out`, `cover open|closed`.
    pub fn command(&self, line: &str) -> Result<String, SimError> {
        let words: Vec<&str> = line.split_whitespace().collect();
        match words.as_slice() {
            ["paper", level] => {
                let level = parse_paper(level)?;
                self.set_paper(level);
                Ok(format!("paper {level:?}"))
            }
            ["cover", "open"] => {
                self.set_cover_open(true);
                Ok("cover open".into())
            }
            ["cover", "closed" | "close"] => {
                self.set_cover_open(false);
                Ok("cover closed".into())
            }
            _ => Err(SimError(format!(
                "unknown command {line:?}; try `paper ok|near-end|out` or `cover open|closed`"
            ))),
        }
    }

    pub fn stop(mut self) {
        self.halt();
    }

    fn halt(&mut self) {
        self.shared.stop.store(true, Ordering::SeqCst);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl Drop for SimHandle {
    fn drop(&mut self) {
        self.halt();
    }
}

pub fn parse_paper(s: &str) -> Result<PaperLevel, SimError> {
    match s {
        "ok" => Ok(PaperLevel::Ok),
        "near-end" => Ok(PaperLevel::NearEnd),
        "out" => Ok(PaperLevel::Out),
        _ => Err(SimError(format!(
            "paper must be ok, near-end or out, not {s:?}"
        ))),
    }
}

fn shared(config: SimConfig) -> Result<Arc<Shared>, SimError> {
    if let Some(dir) = &config.out_dir {
        std::fs::create_dir_all(dir)
            .map_err(|e| SimError(format!("creating {}: {e}", dir.display())))?;
    }
    let mut machine = Machine::new(config.paper, config.cover_open);
    machine.paper_left_bytes = config.paper_left_bytes;
    Ok(Arc::new(Shared {
        machine: Mutex::new(machine),
        jobs: Mutex::new(Vec::new()),
        stop: AtomicBool::new(false),
        config,
    }))
}

/// Feeds received bytes to the machine, stores finished jobs, returns the replies.
fn handle(shared: &Shared, bytes: &[u8]) -> Vec<u8> {
    let (replies, jobs) = match shared.machine.lock() {
        Ok(mut m) => {
            let r = m.receive(bytes);
            (r, m.take_jobs())
        }
        Err(_) => return Vec::new(),
    };
    store(shared, jobs);
    replies
}

/// The host closed its connection: the job in progress ends and is stored.
fn close(shared: &Shared) {
    let jobs = match shared.machine.lock() {
        Ok(mut m) => {
            m.end_of_stream();
            m.take_jobs()
        }
        Err(_) => return,
    };
    store(shared, jobs);
}

fn store(shared: &Shared, jobs: Vec<Job>) {
    if let Ok(mut all) = shared.jobs.lock() {
        for job in jobs {
            all.push(job.clone());
            if let Some(dir) = &shared.config.out_dir {
                save(dir, all.len(), &job, shared.config.width);
            }
        }
    }
}

fn save(dir: &std::path::Path, n: usize, job: &Job, width: u32) {
    let stem = if job.complete {
        format!("job-{n:04}")
    } else {
        format!("job-{n:04}-incomplete")
    };
    let printed = interp::render(&job.bytes, width);
    for (ext, data) in [
        ("bin", job.bytes.clone()),
        ("png", interp::to_png(&printed.page)),
    ] {
        let path = dir.join(format!("{stem}.{ext}"));
        match std::fs::write(&path, data) {
            Ok(()) => {
                tracing::info!(path = %path.display(), complete = job.complete, "printer-sim: job stored")
            }
            Err(e) => {
                tracing::warn!(path = %path.display(), error = %e, "printer-sim: cannot store job")
            }
        }
    }
}

/// Starts a simulator on a new pseudo-terminal; returns the path to open as a serial printer.
pub fn spawn_on_pty(config: SimConfig) -> Result<(String, SimHandle), SimError> {
    let (mut master, slave) =
        serialport::TTYPort::pair().map_err(|e| SimError(format!("opening a pty: {e}")))?;
    let path = slave
        .name()
        .ok_or_else(|| SimError("the pty has no name".into()))?;
    master
        .set_timeout(Duration::from_millis(50))
        .map_err(|e| SimError(e.to_string()))?;
    let shared = shared(config)?;
    let s = shared.clone();
    let thread = std::thread::Builder::new()
        .name("printer-sim".into())
        .spawn(move || {
            // Holding the slave end open keeps the master readable between client sessions.
            let _slave = slave;
            let mut buf = [0u8; 8192];
            while !s.stop.load(Ordering::SeqCst) {
                match master.read(&mut buf) {
                    Ok(0) => std::thread::sleep(Duration::from_millis(10)),
                    Ok(n) => {
                        let replies = handle(&s, &buf[..n]);
                        if !replies.is_empty() && master.write_all(&replies).is_err() {
                            tracing::warn!("printer-sim: cannot answer on the pty");
                        }
                    }
                    Err(e)
                        if e.kind() == ErrorKind::TimedOut || e.kind() == ErrorKind::WouldBlock => {
                    }
                    Err(e) => {
                        tracing::warn!(error = %e, "printer-sim: pty read failed");
                        std::thread::sleep(Duration::from_millis(50));
                    }
                }
            }
        })
        .map_err(|e| SimError(format!("starting the simulator thread: {e}")))?;
    Ok((
        path,
        SimHandle {
            shared,
            thread: Some(thread),
        },
    ))
}

/// Starts a simulator listening on `addr` (e.g. `127.0.0.1:9100`, or port 0 for any free port);
/// returns the address it listens on.
pub fn spawn_tcp(
    addr: &str,
    config: SimConfig,
) -> Result<(std::net::SocketAddr, SimHandle), SimError> {
    let listener =
        std::net::TcpListener::bind(addr).map_err(|e| SimError(format!("binding {addr}: {e}")))?;
    let local = listener.local_addr().map_err(|e| SimError(e.to_string()))?;
    listener
        .set_nonblocking(true)
        .map_err(|e| SimError(e.to_string()))?;
    let shared = shared(config)?;
    let s = shared.clone();
    let thread = std::thread::Builder::new()
        .name("printer-sim-tcp".into())
        .spawn(move || {
            while !s.stop.load(Ordering::SeqCst) {
                match listener.accept() {
                    Ok((stream, _)) => serve_tcp(&s, stream),
                    Err(_) => std::thread::sleep(Duration::from_millis(20)),
                }
            }
        })
        .map_err(|e| SimError(format!("starting the simulator thread: {e}")))?;
    Ok((
        local,
        SimHandle {
            shared,
            thread: Some(thread),
        },
    ))
}

fn serve_tcp(s: &Shared, mut stream: std::net::TcpStream) {
    if stream.set_nonblocking(false).is_err()
        || stream
            .set_read_timeout(Some(Duration::from_millis(50)))
            .is_err()
    {
        return;
    }
    let mut buf = [0u8; 8192];
    while !s.stop.load(Ordering::SeqCst) {
        match stream.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => {
                let replies = handle(s, &buf[..n]);
                if !replies.is_empty() && stream.write_all(&replies).is_err() {
                    break;
                }
            }
            Err(e) if e.kind() == ErrorKind::TimedOut || e.kind() == ErrorKind::WouldBlock => {}
            Err(_) => break,
        }
    }
    close(s);
}
