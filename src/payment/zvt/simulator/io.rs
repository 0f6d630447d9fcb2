//! The terminal side's blocking link: the same sans-IO `Link` as the ECR, pumped over a port.

use crate::payment::zvt::apdu::Apdu;
use crate::payment::zvt::frame::{ACK, DLE, NAK};
use crate::payment::zvt::link::{Link, LinkConfig, LinkError, LinkEvent, LinkMode};
use serialport::SerialPort;
use std::collections::VecDeque;
use std::io::{self, ErrorKind, Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

/// Bytes the `--garbage` scenario puts before each frame: none is DLE, ACK or NAK.
pub const GARBAGE: [u8; 4] = [0xAA, 0x55, 0x00, 0xFE];

/// A byte pipe to the ECR.
pub trait SimIo: Send {
    /// Bytes that arrived within `timeout`; `Ok(0)` when none did.
    fn read_timeout(&mut self, buf: &mut [u8], timeout: Duration) -> io::Result<usize>;
    fn write_bytes(&mut self, bytes: &[u8]) -> io::Result<()>;
}

impl SimIo for Box<dyn SerialPort> {
    fn read_timeout(&mut self, buf: &mut [u8], timeout: Duration) -> io::Result<usize> {
        self.set_timeout(timeout.max(Duration::from_millis(1)))?;
        match self.read(buf) {
            Err(e)
                if matches!(
                    e.kind(),
                    ErrorKind::TimedOut | ErrorKind::WouldBlock | ErrorKind::Interrupted
                ) =>
            {
                Ok(0)
            }
            other => other,
        }
    }
    fn write_bytes(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.write_all(bytes)?;
        self.flush()
    }
}

impl SimIo for TcpStream {
    fn read_timeout(&mut self, buf: &mut [u8], timeout: Duration) -> io::Result<usize> {
        self.set_read_timeout(Some(timeout.max(Duration::from_millis(1))))?;
        match self.read(buf) {
            Ok(0) => Err(io::Error::new(
                ErrorKind::UnexpectedEof,
                "ECR closed the connection",
            )),
            Err(e)
                if matches!(
                    e.kind(),
                    ErrorKind::TimedOut | ErrorKind::WouldBlock | ErrorKind::Interrupted
                ) =>
            {
                Ok(0)
            }
            other => other,
        }
    }
    fn write_bytes(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.write_all(bytes)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum PtError {
    #[error("i/o: {0}")]
    Io(#[from] io::Error),
    #[error("link: {0}")]
    Link(LinkError),
    #[error("the ECR did not answer within {0:?}")]
    Silent(Duration),
}

pub struct Pt<'a> {
    io: &'a mut dyn SimIo,
    link: Link,
    garbage: bool,
    inbox: VecDeque<Apdu>,
    delivered: usize,
}

impl<'a> Pt<'a> {
    pub fn new(io: &'a mut dyn SimIo, mode: LinkMode, nak_first: u32, garbage: bool) -> Self {
        let cfg = LinkConfig {
            nak_first,
            ..LinkConfig::new(mode)
        };
        Self {
            io,
            link: Link::new(cfg),
            garbage: garbage && mode == LinkMode::Serial,
            inbox: VecDeque::new(),
            delivered: 0,
        }
    }

    fn write(&mut self, mut bytes: Vec<u8>) -> io::Result<()> {
        if self.garbage {
            // Garbage goes before the frame, after a leading ACK/NAK.
            let at = usize::from(
                matches!(bytes.first(), Some(&ACK | &NAK)) && bytes.get(1) == Some(&DLE),
            );
            if bytes.get(at) == Some(&DLE) {
                bytes.splice(at..at, GARBAGE);
            }
        }
        self.io.write_bytes(&bytes)
    }

    /// One round: write what is due, read for at most `timeout`, feed the link.
    pub fn pump(&mut self, timeout: Duration) -> Result<(), PtError> {
        while let Some(out) = self.link.poll_transmit() {
            self.write(out)?;
        }
        let now = Instant::now();
        let wait = self
            .link
            .poll_timeout()
            .map_or(timeout, |d| d.saturating_duration_since(now).min(timeout));
        let mut buf = [0u8; 2048];
        let n = self.io.read_timeout(&mut buf, wait)?;
        let now = Instant::now();
        self.link.handle_input(&buf[..n], now);
        self.link.handle_timeout(now);
        self.drain_events()?;
        while let Some(out) = self.link.poll_transmit() {
            self.write(out)?;
        }
        Ok(())
    }

    fn drain_events(&mut self) -> Result<(), PtError> {
        while let Some(ev) = self.link.poll_event() {
            match ev {
                LinkEvent::Apdu(a) => self.inbox.push_back(a),
                // The ECR answered without ACKing first: it has the frame.
                LinkEvent::Delivered | LinkEvent::Superseded => self.delivered += 1,
                LinkEvent::Failed(e) => return Err(PtError::Link(e)),
            }
        }
        Ok(())
    }

    /// The next good frame from the ECR is neither ACKed nor delivered (`--drop-commit-ack`).
    pub fn drop_next_frame(&mut self) {
        self.link.drop_next_frame();
    }

    /// Read and drop everything, answering nothing (the `--no-answer` terminal).
    pub fn drain_silently(&mut self, timeout: Duration) -> Result<(), PtError> {
        let mut buf = [0u8; 2048];
        self.io.read_timeout(&mut buf, timeout)?;
        Ok(())
    }

    /// Send an APDU and wait until the ECR acknowledged it (bounded by T2 and its repeats).
    pub fn send(&mut self, apdu: &Apdu) -> Result<(), PtError> {
        let target = self.delivered + 1;
        self.link
            .send(apdu, Instant::now())
            .map_err(|e| PtError::Link(LinkError::BadApdu(e)))?;
        // Over TCP the APDU counts as delivered at once: write it, do not wait for input first.
        self.drain_events()?;
        while let Some(out) = self.link.poll_transmit() {
            self.write(out)?;
        }
        while self.delivered < target {
            self.pump(Duration::from_millis(100))?;
        }
        Ok(())
    }

    /// The next APDU from the ECR, or None after `timeout`.
    pub fn recv(&mut self, timeout: Duration) -> Result<Option<Apdu>, PtError> {
        let deadline = Instant::now() + timeout;
        loop {
            if let Some(a) = self.inbox.pop_front() {
                return Ok(Some(a));
            }
            let now = Instant::now();
            if now >= deadline {
                return Ok(None);
            }
            self.pump((deadline - now).min(Duration::from_millis(100)))?;
        }
    }

    /// Send and wait for the ECR's answer (`80 00 00`, `84 xx 00`, or an abort).
    pub fn exchange(&mut self, apdu: &Apdu, timeout: Duration) -> Result<Apdu, PtError> {
        self.send(apdu)?;
        self.recv(timeout)?.ok_or(PtError::Silent(timeout))
    }
}
