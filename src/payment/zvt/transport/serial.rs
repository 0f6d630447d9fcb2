//! RS-232 (or USB-serial, or a pseudo-terminal) through `serialport`. Default 9600 8N2 (PA00P016 §1).

use super::Transport;
use crate::payment::PaymentError;
use crate::payment::zvt::link::LinkMode;
use serde::{Deserialize, Serialize};
use serialport::{ClearBuffer, DataBits, FlowControl, Parity, SerialPort, StopBits};
use std::io::{ErrorKind, Read, Write};
use std::time::Duration;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SerialParity {
    #[default]
    None,
    Even,
    Odd,
}

/// Line settings, as kiosk.toml gives them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SerialSettings {
    pub port: String,
    pub baud: u32,
    pub data_bits: u8,
    pub parity: SerialParity,
    pub stop_bits: u8,
}

impl Default for SerialSettings {
    fn default() -> Self {
        Self {
            port: String::new(),
            baud: 9600,
            data_bits: 8,
            parity: SerialParity::None,
            stop_bits: 2,
        }
    }
}

impl SerialSettings {
    pub fn new(port: impl Into<String>) -> Self {
        Self {
            port: port.into(),
            ..Self::default()
        }
    }
}

pub struct SerialTransport {
    settings: SerialSettings,
    port: Option<Box<dyn SerialPort>>,
}

impl SerialTransport {
    pub fn new(settings: SerialSettings) -> Self {
        Self {
            settings,
            port: None,
        }
    }

    fn err(&self, what: &str, e: impl std::fmt::Display) -> PaymentError {
        PaymentError::Transport(format!("{} {what}: {e}", self.settings.port))
    }
}

impl Transport for SerialTransport {
    fn mode(&self) -> LinkMode {
        LinkMode::Serial
    }

    fn describe(&self) -> String {
        let s = &self.settings;
        format!(
            "{} {} {}{:?}{}",
            s.port, s.baud, s.data_bits, s.parity, s.stop_bits
        )
    }

    fn ensure_open(&mut self) -> Result<(), PaymentError> {
        if self.port.is_some() {
            return Ok(());
        }
        let s = &self.settings;
        let data_bits = match s.data_bits {
            7 => DataBits::Seven,
            8 => DataBits::Eight,
            n => {
                return Err(PaymentError::Transport(format!(
                    "{}: {n} data bits unsupported",
                    s.port
                )));
            }
        };
        let stop_bits = if s.stop_bits == 1 {
            StopBits::One
        } else {
            StopBits::Two
        };
        let parity = match s.parity {
            SerialParity::None => Parity::None,
            SerialParity::Even => Parity::Even,
            SerialParity::Odd => Parity::Odd,
        };
        let mut port = serialport::new(&s.port, s.baud)
            .data_bits(data_bits)
            .stop_bits(stop_bits)
            .parity(parity)
            .flow_control(FlowControl::None)
            .timeout(Duration::from_millis(100))
            .open()
            .map_err(|e| self.err("cannot be opened", e))?;
        // Modem lines and stale input: best effort (pseudo-terminals refuse some of it).
        let _ = port.write_data_terminal_ready(true);
        let _ = port.write_request_to_send(true);
        let _ = port.clear(ClearBuffer::All);
        tracing::info!(port = %self.describe(), "card terminal port open");
        self.port = Some(port);
        Ok(())
    }

    fn write_all(&mut self, bytes: &[u8]) -> Result<(), PaymentError> {
        let port = self
            .port
            .as_mut()
            .ok_or_else(|| PaymentError::Transport("port not open".into()))?;
        let r = port.write_all(bytes).and_then(|()| port.flush());
        r.map_err(|e| {
            let err = self.err("write failed", e);
            self.close();
            err
        })
    }

    fn read(&mut self, buf: &mut [u8], timeout: Duration) -> Result<usize, PaymentError> {
        let port = self
            .port
            .as_mut()
            .ok_or_else(|| PaymentError::Transport("port not open".into()))?;
        let _ = port.set_timeout(timeout.max(Duration::from_millis(1)));
        match port.read(buf) {
            Ok(n) => Ok(n),
            Err(e)
                if matches!(
                    e.kind(),
                    ErrorKind::TimedOut | ErrorKind::WouldBlock | ErrorKind::Interrupted
                ) =>
            {
                Ok(0)
            }
            Err(e) => {
                let err = self.err("read failed", e);
                self.close();
                Err(err)
            }
        }
    }

    fn close(&mut self) {
        self.port = None;
    }
}
