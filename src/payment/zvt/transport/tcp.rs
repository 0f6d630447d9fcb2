//! ZVT over TCP: bare APDUs, no framing, CRC or ACK (PA00P016: port 20007 by default).

use super::Transport;
use crate::payment::PaymentError;
use crate::payment::zvt::link::LinkMode;
use std::io::{ErrorKind, Read, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::time::Duration;

pub const DEFAULT_TCP_PORT: u16 = 20007;
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
const WRITE_TIMEOUT: Duration = Duration::from_secs(5);

pub struct TcpTransport {
    addr: String,
    stream: Option<TcpStream>,
}

impl TcpTransport {
    /// `host:port`, or a bare host for port 20007.
    pub fn new(addr: impl Into<String>) -> Self {
        let mut addr = addr.into();
        if !addr.contains(':') {
            addr = format!("{addr}:{DEFAULT_TCP_PORT}");
        }
        Self { addr, stream: None }
    }

    fn err(&mut self, what: &str, e: impl std::fmt::Display) -> PaymentError {
        self.stream = None;
        PaymentError::Transport(format!("{} {what}: {e}", self.addr))
    }
}

impl Transport for TcpTransport {
    fn mode(&self) -> LinkMode {
        LinkMode::Tcp
    }

    fn describe(&self) -> String {
        format!("tcp {}", self.addr)
    }

    fn ensure_open(&mut self) -> Result<(), PaymentError> {
        if self.stream.is_some() {
            return Ok(());
        }
        let addrs: Vec<_> = match self.addr.to_socket_addrs() {
            Ok(a) => a.collect(),
            Err(e) => return Err(self.err("is not an address", e)),
        };
        let mut last = None;
        for a in addrs {
            match TcpStream::connect_timeout(&a, CONNECT_TIMEOUT) {
                Ok(s) => {
                    let _ = s.set_nodelay(true);
                    let _ = s.set_write_timeout(Some(WRITE_TIMEOUT));
                    self.stream = Some(s);
                    return Ok(());
                }
                Err(e) => last = Some(e),
            }
        }
        let e = last.map_or_else(|| "no address".to_string(), |e| e.to_string());
        Err(self.err("cannot be reached", e))
    }

    fn write_all(&mut self, bytes: &[u8]) -> Result<(), PaymentError> {
        let Some(s) = self.stream.as_mut() else {
            return Err(PaymentError::Transport("not connected".into()));
        };
        match s.write_all(bytes) {
            Ok(()) => Ok(()),
            Err(e) => Err(self.err("write failed", e)),
        }
    }

    fn read(&mut self, buf: &mut [u8], timeout: Duration) -> Result<usize, PaymentError> {
        let Some(s) = self.stream.as_mut() else {
            return Err(PaymentError::Transport("not connected".into()));
        };
        let _ = s.set_read_timeout(Some(timeout.max(Duration::from_millis(1))));
        match s.read(buf) {
            Ok(0) => Err(self.err("closed by the terminal", "end of stream")),
            Ok(n) => Ok(n),
            Err(e)
                if matches!(
                    e.kind(),
                    ErrorKind::TimedOut | ErrorKind::WouldBlock | ErrorKind::Interrupted
                ) =>
            {
                Ok(0)
            }
            Err(e) => Err(self.err("read failed", e)),
        }
    }

    fn close(&mut self) {
        self.stream = None;
    }
}
