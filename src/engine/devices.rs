//! Connects the devices kiosk.toml names. The demo kinds (`simulated`) start the terminal and
//! printer simulators in-process on pseudo-terminals and connect the real drivers to them, so the
//! same ZVT and ESC/POS bytes flow in the demo as at a shop.

use super::EngineError;
use crate::carrier::CarrierBackend;
use crate::carrier::demo::{DemoCarrier, DemoPlan};
use crate::carrier::http::{HttpCarrier, api_key_from_env};
use crate::config::{CarrierKind, Config, PasswordSource, PaymentConfig, PrinterKind};
use crate::domain::promotion::jst;
use crate::payment::PaymentTerminal;
use crate::payment::zvt::{SerialSettings, ZvtTerminal, simulator as terminal_sim};
use crate::printer::ReceiptPrinter;
use crate::printer::driver::{self, FilePrinter, Timeouts};
use crate::printer::simulator as printer_sim;
use std::path::PathBuf;

pub(super) struct Devices {
    pub carrier: Box<dyn CarrierBackend>,
    pub terminal: Box<dyn PaymentTerminal>,
    pub printer: Box<dyn ReceiptPrinter>,
    pub demo: DemoDevices,
}

/// The embedded simulators of the demo configuration; they stop when this is dropped.
#[derive(Default)]
pub struct DemoDevices {
    pub printer: Option<printer_sim::SimHandle>,
    /// Where the demo printer writes each job as `.bin` and `.png`.
    pub receipts_dir: Option<PathBuf>,
    pub terminal_port: Option<PathBuf>,
}

/// The password simulators and unconfigured terminals use (ZVT default `000000`).
const DEFAULT_PASSWORD: u32 = 0;

pub(super) fn connect(config: &Config) -> Result<Devices, EngineError> {
    let mut demo = DemoDevices::default();
    let terminal = terminal(config, &mut demo)?;
    let printer = printer(config, &mut demo)?;
    let carrier = carrier(config)?;
    Ok(Devices {
        carrier,
        terminal,
        printer,
        demo,
    })
}

fn password(source: &Option<PasswordSource>) -> Result<u32, EngineError> {
    match source {
        None => Ok(DEFAULT_PASSWORD),
        Some(source) => source
            .read()
            .and_then(|pw| pw.parse::<u32>().map_err(|e| e.to_string()))
            .map_err(|e| EngineError::Terminal(format!("payment password: {e}"))),
    }
}

fn terminal(
    config: &Config,
    demo: &mut DemoDevices,
) -> Result<Box<dyn PaymentTerminal>, EngineError> {
    Ok(match &config.payment {
        PaymentConfig::ZvtSerial {
            port,
            baud,
            password: pw,
        } => {
            let mut settings = SerialSettings::new(port.to_string_lossy());
            settings.baud = *baud;
            Box::new(ZvtTerminal::serial(settings, password(pw)?))
        }
        PaymentConfig::ZvtTcp {
            address,
            password: pw,
        } => Box::new(ZvtTerminal::tcp(address.clone(), password(pw)?)),
        PaymentConfig::Simulated { password: pw } => {
            let sim = terminal_sim::SimConfig {
                // A demo customer takes a moment at the terminal; the screen shows each step.
                card_wait: std::time::Duration::from_millis(1500),
                host_delay: std::time::Duration::from_millis(800),
                ..terminal_sim::SimConfig::default()
            };
            let (path, _thread) = terminal_sim::spawn_on_pty(sim).map_err(|e| {
                EngineError::Terminal(format!("starting the demo terminal simulator: {e}"))
            })?;
            tracing::info!(port = %path.display(), "demo card terminal simulator on a pseudo-terminal");
            demo.terminal_port = Some(path.clone());
            Box::new(ZvtTerminal::serial(
                SerialSettings::new(path.to_string_lossy()),
                password(pw)?,
            ))
        }
    })
}

fn printer(
    config: &Config,
    demo: &mut DemoDevices,
) -> Result<Box<dyn ReceiptPrinter>, EngineError> {
    let timeouts = Timeouts::default();
    let fail = |e: crate::printer::PrinterError| EngineError::Printer(e.to_string());
    Ok(match &config.printer.kind {
        PrinterKind::Serial { port, baud } => {
            Box::new(driver::serial(&port.to_string_lossy(), *baud, timeouts).map_err(fail)?)
        }
        PrinterKind::Network { address } => {
            Box::new(driver::network(address, timeouts).map_err(fail)?)
        }
        PrinterKind::Usb { path } => {
            Box::new(driver::usb(&path.to_string_lossy(), timeouts).map_err(fail)?)
        }
        PrinterKind::File { path } => Box::new(FilePrinter::new(path.clone())),
        PrinterKind::Simulated => {
            let out_dir = demo_receipts_dir(config);
            let sim = printer_sim::SimConfig {
                out_dir: Some(out_dir.clone()),
                width: config.printer.paper_width.dots(),
                ..printer_sim::SimConfig::default()
            };
            let (path, handle) = printer_sim::spawn_on_pty(sim).map_err(|e| {
                EngineError::Printer(format!("starting the demo printer simulator: {e}"))
            })?;
            tracing::info!(port = %path, receipts = %out_dir.display(), "demo receipt printer simulator");
            demo.printer = Some(handle);
            demo.receipts_dir = Some(out_dir);
            Box::new(driver::serial(&path, 115_200, timeouts).map_err(fail)?)
        }
    })
}

/// Beside the journal: `demo-receipts/`.
fn demo_receipts_dir(config: &Config) -> PathBuf {
    let base = config
        .journal
        .path
        .parent()
        .filter(|p| !p.as_os_str().is_empty());
    base.map_or_else(
        || PathBuf::from("demo-receipts"),
        |p| p.join("demo-receipts"),
    )
}

fn carrier(config: &Config) -> Result<Box<dyn CarrierBackend>, EngineError> {
    let fail = |e: crate::carrier::CarrierError| EngineError::Carrier(e.to_string());
    Ok(match &config.carrier.kind {
        CarrierKind::Demo { demo_db } => {
            let plans = config
                .catalogue()
                .plans()
                .iter()
                .map(DemoPlan::from)
                .collect();
            let today = || chrono::Utc::now().with_timezone(&jst()).date_naive();
            Box::new(DemoCarrier::open(demo_db, plans, today).map_err(fail)?)
        }
        CarrierKind::Http {
            base_url,
            api_key_env,
        } => {
            let key =
                api_key_from_env(api_key_env).map_err(|e| EngineError::Carrier(e.to_string()))?;
            Box::new(HttpCarrier::new(base_url, key, config.carrier.request_timeout).map_err(fail)?)
        }
    })
}
