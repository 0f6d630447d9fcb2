//! Byte links to a printer: serial port, TCP socket, USB printer-class device file.

use super::Link;
use crate::printer::PrinterError;
use std::io::{ErrorKind, Read, Write};
use std::time::{Duration, Instant};

/// Longest single blocking read, so a deadline is never overshot by much.
const SLICE: Duration = Duration::from_millis(50);
/// Longest time one write may block (a printer holding CTS low while it prints).
const WRITE_TIMEOUT: Duration = Duration::from_secs(10);

fn transport(what: &str, e: impl std::fmt::Display) -> PrinterError {
    PrinterError::Transport(format!("{what}: {e}"))
}

fn slice_until(deadline: Instant) -> Option<Duration> {
    let left = deadline.saturating_duration_since(Instant::now());
    (!left.is_zero()).then(|| left.min(SLICE))
}

/// A serial port (`serialport`), 8N1.
pub struct SerialLink {
    port: Box<dyn serialport::SerialPort>,
    name: String,
}

impl SerialLink {
    pub fn open(path: &str, baud: u32) -> Result<SerialLink, PrinterError> {
        let port = serialport::new(path, baud)
            .timeout(SLICE)
            .open()
            .map_err(|e| transport(&format!("opening serial printer {path}"), e))?;
        Ok(SerialLink {
            port,
            name: path.to_string(),
        })
    }
}

impl Link for SerialLink {
    fn send(&mut self, bytes: &[u8]) -> Result<(), PrinterError> {
        self.port
            .set_timeout(WRITE_TIMEOUT)
            .map_err(|e| transport(&self.name, e))?;
        self.port
            .write_all(bytes)
            .map_err(|e| transport(&format!("writing to {}", self.name), e))?;
        self.port
            .flush()
            .map_err(|e| transport(&format!("flushing {}", self.name), e))
    }

    fn recv(&mut self, deadline: Instant) -> Result<Option<u8>, PrinterError> {
        let mut b = [0u8; 1];
        // A zero deadline still looks once, so `drain` sees bytes already waiting.
        let mut wait = slice_until(deadline).unwrap_or(Duration::from_millis(1));
        loop {
            self.port
                .set_timeout(wait)
                .map_err(|e| transport(&self.name, e))?;
            match self.port.read(&mut b) {
                Ok(1) => return Ok(Some(b[0])),
                Ok(_) => {}
                Err(e) if e.kind() == ErrorKind::TimedOut || e.kind() == ErrorKind::WouldBlock => {}
                Err(e) => return Err(transport(&format!("reading from {}", self.name), e)),
            }
            match slice_until(deadline) {
                Some(w) => wait = w,
                None => return Ok(None),
            }
        }
    }
}

/// A raw TCP connection (port 9100).
pub struct TcpLink {
    stream: std::net::TcpStream,
    name: String,
}

impl TcpLink {
    pub fn connect(addr: &str, timeout: Duration) -> Result<TcpLink, PrinterError> {
        use std::net::ToSocketAddrs;
        let sa = addr
            .to_socket_addrs()
            .map_err(|e| transport(&format!("resolving printer {addr}"), e))?
            .next()
            .ok_or_else(|| {
                PrinterError::Transport(format!("printer address {addr} resolves to nothing"))
            })?;
        let stream = std::net::TcpStream::connect_timeout(&sa, timeout)
            .map_err(|e| transport(&format!("connecting to printer {addr}"), e))?;
        stream
            .set_write_timeout(Some(WRITE_TIMEOUT))
            .map_err(|e| transport(addr, e))?;
        stream.set_nodelay(true).map_err(|e| transport(addr, e))?;
        Ok(TcpLink {
            stream,
            name: addr.to_string(),
        })
    }
}

impl Link for TcpLink {
    fn send(&mut self, bytes: &[u8]) -> Result<(), PrinterError> {
        self.stream
            .write_all(bytes)
            .map_err(|e| transport(&format!("writing to {}", self.name), e))
    }

    fn recv(&mut self, deadline: Instant) -> Result<Option<u8>, PrinterError> {
        let mut b = [0u8; 1];
        let mut wait = slice_until(deadline).unwrap_or(Duration::from_millis(1));
        loop {
            self.stream
                .set_read_timeout(Some(wait))
                .map_err(|e| transport(&self.name, e))?;
            match self.stream.read(&mut b) {
                Ok(1) => return Ok(Some(b[0])),
                Ok(_) => {
                    return Err(PrinterError::Transport(format!(
                        "{} closed the connection",
                        self.name
                    )));
                }
                Err(e) if e.kind() == ErrorKind::TimedOut || e.kind() == ErrorKind::WouldBlock => {}
                Err(e) => return Err(transport(&format!("reading from {}", self.name), e)),
            }
            match slice_until(deadline) {
                Some(w) => wait = w,
                None => return Ok(None),
            }
        }
    }
}

/// A USB printer-class device (`/dev/usb/lp0`), opened non-blocking so reads never hang.
pub struct UsbLink {
    file: std::fs::File,
    name: String,
}

impl UsbLink {
    pub fn open(path: &str) -> Result<UsbLink, PrinterError> {
        use std::os::unix::fs::OpenOptionsExt;
        let file = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .custom_flags(libc::O_NONBLOCK)
            .open(path)
            .map_err(|e| transport(&format!("opening USB printer {path}"), e))?;
        Ok(UsbLink {
            file,
            name: path.to_string(),
        })
    }
}

impl Link for UsbLink {
    fn send(&mut self, mut bytes: &[u8]) -> Result<(), PrinterError> {
        let deadline = Instant::now() + WRITE_TIMEOUT;
        while !bytes.is_empty() {
            match self.file.write(bytes) {
                Ok(n) => bytes = &bytes[n..],
                Err(e)
                    if e.kind() == ErrorKind::WouldBlock || e.kind() == ErrorKind::Interrupted =>
                {
                    if Instant::now() >= deadline {
                        return Err(PrinterError::Timeout {
                            what: format!("writing to {}", self.name),
                        });
                    }
                    std::thread::sleep(Duration::from_millis(5));
                }
                Err(e) => return Err(transport(&format!("writing to {}", self.name), e)),
            }
        }
        Ok(())
    }

    fn recv(&mut self, deadline: Instant) -> Result<Option<u8>, PrinterError> {
        let mut b = [0u8; 1];
        loop {
            match self.file.read(&mut b) {
                Ok(1) => return Ok(Some(b[0])),
                Ok(_) => {}
                Err(e)
                    if e.kind() == ErrorKind::WouldBlock || e.kind() == ErrorKind::Interrupted => {}
                Err(e) => return Err(transport(&format!("reading from {}", self.name), e)),
            }
            if Instant::now() >= deadline {
                return Ok(None);
            }
            std::thread::sleep(Duration::from_millis(5));
        }
    }
}
