//! The running kiosk's control socket: operator commands from the command line (`settle`,
//! `recover`, `print-test`) run inside the kiosk's engine instead of opening the ports it holds
//! (and, in the demo, instead of starting a second simulator that never saw the sale).
//!
//! - The kiosk holds an exclusive lock on `<journal>.lock` for its whole life ([`KioskLock`]) and
//!   serves `<journal>.sock`, a Unix socket readable and writable by its owner only (0600).
//! - One JSON request, one JSON answer per connection, each a single line ([`Request`],
//!   [`Answer`]): the answer carries the command's exit code and its output.
//! - A command line tool takes the lock itself when it is free and runs as before, holding it
//!   until it is done ([`route`]). When the lock is held, it asks the socket (`ping`, bounded by
//!   [`Timeouts::ping`]) and then sends its request; a kiosk that holds the lock but does not
//!   answer is refused with [`EXIT_KIOSK_NOT_ANSWERING`], never worked around.

mod client;
mod lock;
mod server;

pub use client::{Route, Timeouts, route, route_with};
pub use lock::{KioskLock, hold_for_kiosk};
pub use server::{ControlServer, Handler, engine_handler, serve, serve_engine};

use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// Exit code of an operator command refused because a kiosk holds the lock but its control
/// socket does not answer (0 done, 1 failed and 2 bad input keep their meaning).
pub const EXIT_KIOSK_NOT_ANSWERING: u8 = 3;
/// The largest request or answer line read from the socket.
const MAX_LINE: u64 = 1 << 20;

/// The lock file beside the journal.
pub fn lock_path(journal: &Path) -> PathBuf {
    with_suffix(journal, ".lock")
}

/// The control socket beside the journal.
pub fn socket_path(journal: &Path) -> PathBuf {
    with_suffix(journal, ".sock")
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(suffix);
    PathBuf::from(s)
}

/// What the command line asks the running kiosk to do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "command", rename_all = "kebab-case")]
pub enum Request {
    /// Is anyone there? Answered at once.
    Ping,
    /// `simkiosk settle ID --retry|--reverse` (`--resolve` needs only the journal).
    Settle {
        id: String,
        action: SettleAction,
        actor: String,
        json: bool,
    },
    /// `simkiosk recover`
    Recover { json: bool },
    /// `simkiosk print-test` on the configured printer.
    PrintTest,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SettleAction {
    Retry,
    Reverse,
}

/// A command's result as the command line prints it: exit code, standard output and error.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    pub code: u8,
    pub stdout: String,
    pub stderr: String,
}

impl Answer {
    pub fn ok(stdout: impl Into<String>) -> Answer {
        Answer {
            code: 0,
            stdout: stdout.into(),
            stderr: String::new(),
        }
    }

    pub fn failed(code: u8, stderr: impl Into<String>) -> Answer {
        Answer {
            code,
            stdout: String::new(),
            stderr: stderr.into(),
        }
    }

    /// Prints the output where the command would have printed it; returns the exit code.
    pub fn emit(&self) -> std::process::ExitCode {
        use std::io::Write;
        print!("{}", self.stdout);
        eprint!("{}", self.stderr);
        let _ = std::io::stdout().flush();
        std::process::ExitCode::from(self.code)
    }
}

/// Talking to (or standing in for) the running kiosk.
#[derive(Debug, thiserror::Error)]
pub enum ControlError {
    #[error(
        "a running kiosk holds {lock} but its control socket {socket} did not answer within {secs} s ({why}); \
         the command was not run: retry, or use the operator screen, or stop the kiosk first"
    )]
    NotAnswering {
        lock: String,
        socket: String,
        secs: u64,
        why: String,
    },
    #[error(
        "the running kiosk took the request but gave no answer within {secs} s ({why}); it may still \
         be running it: check `simkiosk journal --pending` before trying again"
    )]
    NoAnswer { secs: u64, why: String },
    #[error("the kiosk lock {path}: {source}")]
    Lock {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error(
        "another simkiosk holds {path} (a running kiosk, or an operator command on its devices)"
    )]
    Busy { path: String },
    #[error("the control socket {path}: {source}")]
    Socket {
        path: String,
        #[source]
        source: std::io::Error,
    },
}

impl ControlError {
    /// The exit code the command line gives for this error.
    pub fn exit_code(&self) -> u8 {
        match self {
            ControlError::NotAnswering { .. } | ControlError::NoAnswer { .. } => {
                EXIT_KIOSK_NOT_ANSWERING
            }
            _ => 1,
        }
    }
}
