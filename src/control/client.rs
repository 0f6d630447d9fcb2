//! The command line's side: take the lock and run here, or ask the running kiosk.

use super::{Answer, ControlError, KioskLock, MAX_LINE, Request, lock_path, socket_path};
use std::io::{BufRead, BufReader, Read, Write};
use std::os::unix::net::UnixStream;
use std::path::Path;
use std::time::Duration;

/// How long the command line waits on the kiosk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timeouts {
    /// For the answer to `ping`: a live kiosk answers in milliseconds.
    pub ping: Duration,
    /// For the answer to the work itself: bounded by the kiosk's own device and carrier waits.
    pub work: Duration,
}

impl Default for Timeouts {
    fn default() -> Self {
        Timeouts {
            ping: Duration::from_secs(3),
            work: Duration::from_secs(300),
        }
    }
}

/// Where an operator command runs.
#[derive(Debug)]
pub enum Route {
    /// No kiosk is running: run here, holding the lock until done.
    Local(KioskLock),
    /// The running kiosk ran it: its answer.
    Kiosk(Answer),
}

/// [`route_with`] with the default time-outs.
pub fn route(journal: &Path, request: &Request) -> Result<Route, ControlError> {
    route_with(journal, request, Timeouts::default())
}

/// Takes the kiosk lock beside `journal` (then the caller runs the command itself), or sends
/// `request` to the kiosk that holds it.
pub fn route_with(
    journal: &Path,
    request: &Request,
    timeouts: Timeouts,
) -> Result<Route, ControlError> {
    if let Some(lock) = KioskLock::try_acquire(journal)? {
        return Ok(Route::Local(lock));
    }
    let socket = socket_path(journal);
    let not_answering = |why: String| ControlError::NotAnswering {
        lock: lock_path(journal).display().to_string(),
        socket: socket.display().to_string(),
        secs: timeouts.ping.as_secs().max(1),
        why,
    };
    match exchange(&socket, &Request::Ping, timeouts.ping) {
        Ok(a) if a.code == 0 => {}
        Ok(a) => return Err(not_answering(format!("ping answered {}", a.code))),
        Err(why) => return Err(not_answering(why)),
    }
    tracing::info!(socket = %socket.display(), "operator command: sent to the running kiosk");
    exchange(&socket, request, timeouts.work)
        .map(Route::Kiosk)
        .map_err(|why| ControlError::NoAnswer {
            secs: timeouts.work.as_secs(),
            why,
        })
}

/// One connection: the request line out, the answer line back, within `timeout` for each step.
fn exchange(socket: &Path, request: &Request, timeout: Duration) -> Result<Answer, String> {
    let mut stream = UnixStream::connect(socket).map_err(|e| format!("connecting: {e}"))?;
    stream
        .set_write_timeout(Some(timeout))
        .and_then(|()| stream.set_read_timeout(Some(timeout)))
        .map_err(|e| e.to_string())?;
    let mut line = serde_json::to_string(request).map_err(|e| e.to_string())?;
    line.push('\n');
    stream
        .write_all(line.as_bytes())
        .map_err(|e| format!("sending: {e}"))?;
    let mut answer = String::new();
    BufReader::new(stream.take(MAX_LINE))
        .read_line(&mut answer)
        .map_err(|e| format!("waiting for the answer: {e}"))?;
    if answer.is_empty() {
        return Err("the connection closed without an answer".into());
    }
    serde_json::from_str(&answer).map_err(|e| format!("the answer is not JSON ({e})"))
}
