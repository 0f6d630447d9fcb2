//! The kiosk's side: the socket, owner only, served on its own threads.

use super::{Answer, ControlError, MAX_LINE, Request, socket_path};
use std::io::{BufRead, BufReader, Read, Write};
use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::thread::JoinHandle;
use std::time::Duration;

/// Runs one request (on a connection's own thread) and says what to answer.
pub type Handler = Arc<dyn Fn(Request) -> Answer + Send + Sync>;

/// How long a client may take to send its request line.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(5);
/// How often the accept loop looks at the stop flag.
const ACCEPT_POLL: Duration = Duration::from_millis(50);

/// A served control socket; dropping it stops serving and removes the socket file.
pub struct ControlServer {
    path: PathBuf,
    stop: Arc<AtomicBool>,
    served: Arc<AtomicUsize>,
    thread: Option<JoinHandle<()>>,
}

impl std::fmt::Debug for ControlServer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ControlServer")
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

impl ControlServer {
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Requests handled so far, `ping` included.
    pub fn served(&self) -> usize {
        self.served.load(Ordering::SeqCst)
    }
}

impl Drop for ControlServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
        let _ = std::fs::remove_file(&self.path);
    }
}

/// Serves `<journal>.sock` with `handler`. The caller holds the kiosk lock, so a socket file
/// found there is a dead kiosk's and is replaced.
pub fn serve(journal: &Path, handler: Handler) -> Result<ControlServer, ControlError> {
    let path = socket_path(journal);
    let listener = bind_owner_only(&path).map_err(|source| ControlError::Socket {
        path: path.display().to_string(),
        source,
    })?;
    let io = |source| ControlError::Socket {
        path: path.display().to_string(),
        source,
    };
    listener.set_nonblocking(true).map_err(io)?;
    let stop = Arc::new(AtomicBool::new(false));
    let served = Arc::new(AtomicUsize::new(0));
    let (s, n) = (stop.clone(), served.clone());
    let thread = std::thread::Builder::new()
        .name("control-socket".into())
        .spawn(move || accept_loop(&listener, &s, &n, &handler))
        .map_err(io)?;
    tracing::info!(socket = %path.display(), "control socket: serving");
    Ok(ControlServer {
        path,
        stop,
        served,
        thread: Some(thread),
    })
}

/// Binds in a fresh directory only the owner can enter, makes the socket 0600, then moves it
/// into place: nobody else can connect between the bind and the chmod.
fn bind_owner_only(path: &Path) -> std::io::Result<UnixListener> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let private = path.with_file_name(format!(".{name}.{}.d", std::process::id()));
    let _ = std::fs::remove_dir_all(&private);
    std::fs::DirBuilder::new().mode(0o700).create(&private)?;
    let staged = private.join("s");
    let bound = UnixListener::bind(&staged).and_then(|listener| {
        std::fs::set_permissions(&staged, std::fs::Permissions::from_mode(0o600))?;
        std::fs::rename(&staged, path)?;
        Ok(listener)
    });
    let _ = std::fs::remove_dir_all(&private);
    bound
}

fn accept_loop(
    listener: &UnixListener,
    stop: &AtomicBool,
    served: &Arc<AtomicUsize>,
    handler: &Handler,
) {
    while !stop.load(Ordering::SeqCst) {
        match listener.accept() {
            Ok((stream, _)) => {
                let (handler, served) = (handler.clone(), served.clone());
                // A long settle must not hold up a ping from another operator command.
                let spawned = std::thread::Builder::new()
                    .name("control-request".into())
                    .spawn(move || answer(stream, &handler, &served));
                if let Err(e) = spawned {
                    tracing::warn!(error = %e, "control socket: cannot start a request thread");
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => std::thread::sleep(ACCEPT_POLL),
            Err(e) => {
                tracing::warn!(error = %e, "control socket: accept failed");
                std::thread::sleep(ACCEPT_POLL);
            }
        }
    }
}

fn answer(mut stream: UnixStream, handler: &Handler, served: &AtomicUsize) {
    if stream.set_nonblocking(false).is_err()
        || stream.set_read_timeout(Some(REQUEST_TIMEOUT)).is_err()
    {
        return;
    }
    let mut line = String::new();
    let read = match stream.try_clone() {
        Ok(s) => BufReader::new(s.take(MAX_LINE)).read_line(&mut line),
        Err(e) => Err(e),
    };
    let reply = match read {
        Err(e) => {
            tracing::warn!(error = %e, "control socket: no request read");
            return;
        }
        Ok(_) => match serde_json::from_str::<Request>(&line) {
            Ok(Request::Ping) => Answer::ok(format!("simkiosk {}\n", env!("CARGO_PKG_VERSION"))),
            Ok(request) => {
                tracing::info!(?request, "control socket: operator command");
                handler(request)
            }
            Err(e) => Answer::failed(2, format!("control socket: not a request ({e})\n")),
        },
    };
    // Counted before the answer leaves, so a client that has its answer sees the count.
    served.fetch_add(1, Ordering::SeqCst);
    let Ok(mut text) = serde_json::to_string(&reply) else {
        return;
    };
    text.push('\n');
    if let Err(e) = stream.write_all(text.as_bytes()) {
        tracing::warn!(error = %e, "control socket: the answer was not delivered");
    }
}

/// The running kiosk's handler: each request on `engine`, as the command would run it.
pub fn engine_handler(engine: crate::engine::Engine) -> Handler {
    Arc::new(move |request| match request {
        Request::Ping => Answer::ok(""),
        Request::Settle {
            id,
            action,
            actor,
            json,
        } => crate::ops::cli::settle_on(&engine, &id, action, &actor, json),
        Request::Recover { json } => crate::cli::recover_on(&engine, json),
        Request::PrintTest => crate::printer::cli::print_test_on(&engine),
    })
}

/// Serves the control socket of the running kiosk on `engine`; `None` (logged) when it cannot,
/// so the kiosk still sells and the command line refuses rather than open its ports.
pub fn serve_engine(engine: &crate::engine::Engine) -> Option<ControlServer> {
    let journal = engine.config().journal.path.clone();
    serve(&journal, engine_handler(engine.clone()))
        .inspect_err(|e| tracing::error!(error = %e, "control socket: not served"))
        .ok()
}
