//! kiosk.toml: typed, validated, with errors that name the file, the line and the key.
//!
//! Loading never stops at the first problem: [`Config::from_str`] reads every section and
//! returns all problems as [`ConfigErrors`], one `file:line: key.path: reason` per line.
//! Lines come from the spans toml_edit keeps while parsing (see `config/tree.rs`).

mod catalogue;
pub mod cli;
mod fleet;
pub mod production;
mod promotions;
mod read;
mod sections;
mod tree;
mod wallet;

pub use fleet::is_local_socket;
pub use sections::{check_registration_number, corporate_number_check_digit, is_identifier};

use crate::domain::Catalogue;
use crate::i18n::Lang;
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The whole kiosk configuration.
#[derive(Debug, Clone, Serialize)]
pub struct Config {
    pub kiosk: KioskConfig,
    pub store: StoreConfig,
    pub languages: LanguagesConfig,
    pub timeouts: TimeoutsConfig,
    pub payment: PaymentConfig,
    /// The ways to pay the kiosk offers (`[payment] methods`); the card terminal alone by default.
    pub payment_methods: PaymentMethods,
    pub printer: PrinterConfig,
    pub carrier: CarrierConfig,
    pub journal: JournalConfig,
    pub operator: OperatorConfig,
    pub catalogue: Catalogue,
    /// Head office (`[fleet]`); `None` = this kiosk reports to no one.
    pub fleet: Option<FleetConfig>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct KioskConfig {
    /// Identifies this kiosk in journals, receipts and carrier requests.
    pub id: String,
}

/// The shop issuing the receipt (simplified qualified invoice, 適格簡易請求書).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StoreConfig {
    pub name: String,
    pub address: String,
    pub issuer_name: String,
    /// `T` + 13 digits (適格請求書発行事業者登録番号), check digit verified.
    pub registration_number: String,
    /// Phone number or URL printed for help.
    pub support: String,
    /// `https://…/{transaction_id}` for the receipt QR code.
    pub receipt_url_template: Option<String>,
    /// The shop's colour for the screens' header, `#RRGGBB` (validated at load).
    pub brand_color: Option<String>,
    /// The shop's logo, a PNG file shown in the header and on the attract screen in place of
    /// the demo's mark (relative to kiosk.toml; checked at load: readable, a PNG, not huge).
    pub logo: Option<PathBuf>,
}

impl StoreConfig {
    /// The brand colour as red, green, blue (validated at load, so a bad value is never here).
    pub fn brand_rgb(&self) -> Option<[u8; 3]> {
        self.brand_color.as_deref().and_then(|c| parse_rgb(c).ok())
    }

    /// The receipt URL for one transaction, when a template is configured.
    pub fn receipt_url(&self, transaction_id: &str) -> Option<String> {
        self.receipt_url_template
            .as_ref()
            .map(|t| t.replace("{transaction_id}", transaction_id))
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LanguagesConfig {
    /// Non-empty, no duplicates, in the order shown on the language screen.
    pub offered: Vec<Lang>,
    /// One of `offered`; the attract screen returns to it.
    pub default: Lang,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct TimeoutsConfig {
    /// No touch for this long shows the "need more time?" prompt (>= 15 s, default 60 s).
    pub idle: Duration,
    /// How long that prompt waits before returning to attract (>= 20 s, default 20 s).
    pub idle_prompt: Duration,
    /// The done screen returns to attract after this (default 15 s).
    pub done: Duration,
    /// Longest wait for a carrier look-up or renewal, retries included (default 10 s).
    pub carrier: Duration,
    /// Longest wait for the card terminal (default 180 s).
    pub payment: Duration,
}

/// Where the 6-digit ZVT terminal password comes from (never written in kiosk.toml itself).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum PasswordSource {
    Env(String),
    File(PathBuf),
}

impl PasswordSource {
    /// Read the password; it must be exactly 6 ASCII digits.
    pub fn read(&self) -> Result<String, String> {
        let raw = match self {
            PasswordSource::Env(var) => {
                std::env::var(var).map_err(|_| format!("environment variable {var} is not set"))?
            }
            PasswordSource::File(path) => std::fs::read_to_string(path)
                .map_err(|e| format!("cannot read {}: {e}", path.display()))?,
        };
        let pw = raw.trim();
        if pw.len() == 6 && pw.bytes().all(|b| b.is_ascii_digit()) {
            Ok(pw.to_string())
        } else {
            Err("the terminal password must be exactly 6 digits".into())
        }
    }
}

/// The card terminal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum PaymentConfig {
    /// ZVT over a serial line (`port` e.g. `/dev/ttyUSB0`).
    ZvtSerial {
        port: PathBuf,
        baud: u32,
        password: Option<PasswordSource>,
    },
    /// ZVT over TCP (`address` host:port, default port 20007).
    ZvtTcp {
        address: String,
        password: Option<PasswordSource>,
    },
    /// The embedded demo terminal simulator on a pseudo-terminal.
    Simulated { password: Option<PasswordSource> },
}

/// A way to pay, as `[payment] methods` names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PaymentMethod {
    /// The ZVT card terminal of `[payment]`.
    Card,
    /// PayPay dynamic QR (`[payment.paypay]`).
    Paypay,
}

impl PaymentMethod {
    pub fn name(self) -> &'static str {
        match self {
            PaymentMethod::Card => "card",
            PaymentMethod::Paypay => "paypay",
        }
    }
}

/// The enabled methods in the order the review screen offers them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PaymentMethods {
    pub enabled: Vec<PaymentMethod>,
    /// Present exactly when `paypay` is enabled.
    pub paypay: Option<PayPayConfig>,
}

impl PaymentMethods {
    pub fn card_only() -> PaymentMethods {
        PaymentMethods {
            enabled: vec![PaymentMethod::Card],
            paypay: None,
        }
    }
    pub fn offers(&self, method: PaymentMethod) -> bool {
        self.enabled.contains(&method)
    }
}

/// PayPay's Open Payment API, or the embedded simulator of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PayPayConfig {
    pub kind: PayPayKind,
    /// Sent as `X-ASSUME-MERCHANT`.
    pub merchant_id: String,
    /// The API key and secret (`api_key = …`, `api_secret = …`); else the environment
    /// (SIMKIOSK_PAYPAY_API_KEY, SIMKIOSK_PAYPAY_API_SECRET). Never in kiosk.toml.
    pub credentials_file: Option<PathBuf>,
    /// Seconds between polls of a shown code (PayPay asks for 4–5).
    pub poll_secs: u64,
    /// Seconds a code is shown before the kiosk withdraws it.
    pub code_lifetime_secs: u64,
    /// Bound on each API call.
    pub timeout_secs: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum PayPayKind {
    /// The real API at `base_url` (e.g. `https://stg-api.sandbox.paypay.ne.jp`).
    Api { base_url: String },
    /// The embedded wallet simulator on loopback with throwaway credentials; it pays every
    /// code by itself after `auto_pay_after_secs` (the demo).
    Simulated { auto_pay_after_secs: Option<u64> },
}

/// Serial speeds the terminals and printers support.
pub const BAUD_RATES: [u32; 5] = [9600, 19200, 38400, 57600, 115200];
/// ZVT over TCP listens here unless told otherwise.
pub const ZVT_TCP_DEFAULT_PORT: u16 = 20007;
/// Raw ESC/POS over TCP ("JetDirect" port).
pub const PRINTER_DEFAULT_PORT: u16 = 9100;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum PrinterKind {
    Serial {
        port: PathBuf,
        baud: u32,
    },
    /// host:port, default port 9100.
    Network {
        address: String,
    },
    /// A USB printer class device file (`/dev/usb/lp0`).
    Usb {
        path: PathBuf,
    },
    /// ESC/POS bytes appended to a file (for tests and audits).
    File {
        path: PathBuf,
    },
    Simulated,
}

/// Thermal paper width.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum PaperWidth {
    Mm80,
    Mm58,
}

impl PaperWidth {
    pub fn millimetres(self) -> u32 {
        match self {
            PaperWidth::Mm80 => 80,
            PaperWidth::Mm58 => 58,
        }
    }

    /// Printable dots per line at 203 dpi.
    pub fn dots(self) -> u32 {
        match self {
            PaperWidth::Mm80 => 576,
            PaperWidth::Mm58 => 384,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PrinterConfig {
    pub kind: PrinterKind,
    pub paper_width: PaperWidth,
    /// When the printer is out of order, offer a QR code of the receipt URL instead of refusing.
    pub allow_qr_receipt_when_unavailable: bool,
}

impl PrinterConfig {
    /// Printable dots per line of the configured paper.
    pub fn dots(&self) -> u32 {
        self.paper_width.dots()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum CarrierKind {
    /// The embedded demo backend (SQLite file, seeded on first use).
    Demo { demo_db: PathBuf },
    /// The JSON REST backend; the API key is read from the environment variable `api_key_env`.
    Http {
        base_url: String,
        api_key_env: String,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CarrierConfig {
    pub kind: CarrierKind,
    /// Time-out of one HTTP request (default 5 s).
    pub request_timeout: Duration,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct JournalConfig {
    pub path: PathBuf,
}

/// Head office's PostgreSQL (docs/FLEET.md).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FleetConfig {
    /// libpq-style connection string naming the kiosk's own role (no password in it).
    pub url: String,
    /// PEM file of the CA that signed head office's certificate (required over a network).
    pub ca_file: Option<PathBuf>,
    pub password: Option<FleetPassword>,
    /// Outbox rows per INSERT: bounds the sender's memory whatever the backlog.
    pub batch_size: usize,
    /// Pause between drains when the outbox is empty (and between catalogue polls).
    pub interval: Duration,
    pub connect_timeout: Duration,
    pub statement_timeout: Duration,
    /// How long rows head office acknowledged stay in the outbox (`outbox_keep_days`, default
    /// 30) before the sender deletes them; an unsent row is never deleted.
    pub outbox_keep: Duration,
}

/// Where the kiosk's database password comes from (never kiosk.toml itself).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum FleetPassword {
    Env(String),
    File(PathBuf),
}

impl FleetPassword {
    pub fn read(&self) -> Result<String, String> {
        let raw = match self {
            FleetPassword::Env(var) => {
                std::env::var(var).map_err(|_| format!("environment variable {var} is not set"))?
            }
            FleetPassword::File(path) => std::fs::read_to_string(path)
                .map_err(|e| format!("cannot read {}: {e}", path.display()))?,
        };
        let pw = raw.trim_end_matches(['\r', '\n']);
        if pw.is_empty() {
            return Err("the head-office password is empty".into());
        }
        Ok(pw.to_string())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OperatorConfig {
    /// Argon2 PHC string of the operator PIN; `None` disables operator mode.
    pub pin_hash: Option<String>,
}

/// One problem in kiosk.toml.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct ConfigError {
    pub file: String,
    /// 1-based; `None` only when the file could not be read at all.
    pub line: Option<usize>,
    /// Dotted key path (`payment.baud`, `catalogue.plans[2].days`).
    pub path: String,
    pub message: String,
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}: {}: {}", self.file, self.path, self.message),
            None => write!(f, "{}: {}: {}", self.file, self.path, self.message),
        }
    }
}

/// Every problem found, in file order; displays one per line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct ConfigErrors(pub Vec<ConfigError>);

impl std::fmt::Display for ConfigErrors {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

impl Config {
    /// Read and validate a kiosk.toml. Errors name the file as given.
    pub fn load(path: impl AsRef<Path>) -> Result<Config, ConfigErrors> {
        let path = path.as_ref();
        let name = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| {
            ConfigErrors(vec![ConfigError {
                file: name.clone(),
                line: None,
                path: "(file)".into(),
                message: format!("cannot read: {e}"),
            }])
        })?;
        let mut config = Config::from_str(&text, &name)?;
        config.resolve_relative_to(path.parent().unwrap_or(Path::new("")));
        if let Some(logo) = &config.store.logo
            && let Err(message) = check_logo(logo)
        {
            return Err(ConfigErrors(vec![ConfigError {
                file: name,
                line: store_logo_line(&text),
                path: "store.logo".into(),
                message: format!("{}: {message}", logo.display()),
            }]));
        }
        Ok(config)
    }

    /// Files named in kiosk.toml are relative to the file itself, not to wherever the kiosk was
    /// started from (a service manager's working directory is rarely the config's).
    pub fn resolve_relative_to(&mut self, dir: &Path) {
        let fix = |p: &mut PathBuf| {
            if p.is_relative() && !dir.as_os_str().is_empty() {
                *p = dir.join(&*p);
            }
        };
        fix(&mut self.journal.path);
        if let Some(logo) = &mut self.store.logo {
            fix(logo);
        }
        if let CarrierKind::Demo { demo_db } = &mut self.carrier.kind {
            fix(demo_db);
        }
        if let PrinterKind::File { path } = &mut self.printer.kind {
            fix(path);
        }
        let password = match &mut self.payment {
            PaymentConfig::ZvtSerial { password, .. }
            | PaymentConfig::ZvtTcp { password, .. }
            | PaymentConfig::Simulated { password } => password,
        };
        if let Some(PasswordSource::File(p)) = password {
            fix(p);
        }
        if let Some(fleet) = &mut self.fleet {
            fleet.ca_file.as_mut().map(fix);
            if let Some(FleetPassword::File(p)) = &mut fleet.password {
                fix(p);
            }
        }
        if let Some(PayPayConfig {
            credentials_file: Some(p),
            ..
        }) = &mut self.payment_methods.paypay
        {
            fix(p);
        }
    }

    /// Parse and validate kiosk.toml text; `name` is used in messages (`kiosk.toml:41: ...`).
    #[allow(clippy::should_implement_trait)] // needs the file name, so not `FromStr`
    pub fn from_str(text: &str, name: &str) -> Result<Config, ConfigErrors> {
        let root = tree::parse(text).map_err(|e| {
            ConfigErrors(vec![ConfigError {
                file: name.to_string(),
                line: e.line,
                path: "(syntax)".into(),
                message: e.message,
            }])
        })?;
        let mut ctx = read::Ctx::new(name);
        let config = sections::read(&mut ctx, &root);
        let mut errors = match ctx.finish(()) {
            Ok(()) => Vec::new(),
            Err(e) => e.0,
        };
        match config {
            Some(c) if errors.is_empty() => Ok(c),
            _ => {
                if errors.is_empty() {
                    // A section gave up without saying why: a bug here, but still no panic.
                    errors.push(ConfigError {
                        file: name.to_string(),
                        line: None,
                        path: "(internal)".into(),
                        message: "configuration rejected without a reason; please report".into(),
                    });
                }
                errors.sort_by_key(|e| e.line.unwrap_or(0));
                Err(ConfigErrors(errors))
            }
        }
    }

    /// The catalogue for quoting.
    pub fn catalogue(&self) -> &Catalogue {
        &self.catalogue
    }
}

/// `#RRGGBB` as red, green, blue; the error says what is wrong with it.
pub fn parse_rgb(s: &str) -> Result<[u8; 3], &'static str> {
    let hex = s
        .strip_prefix('#')
        .ok_or("must start with # (\"#RRGGBB\")")?;
    if hex.len() != 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err("must be # and six hexadecimal digits (\"#RRGGBB\")");
    }
    let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).map_err(|_| "is not hexadecimal");
    Ok([byte(0)?, byte(2)?, byte(4)?])
}

/// The largest logo accepted (pixels per side): a header mark, not a photograph.
pub const LOGO_MAX_SIDE: u32 = 2048;

/// Is `path` a logo the screens can show: a readable PNG of at most [`LOGO_MAX_SIDE`] pixels a
/// side? Its width and height when it is.
pub fn check_logo(path: &Path) -> Result<(u32, u32), String> {
    let file = std::fs::File::open(path).map_err(|e| format!("cannot read: {e}"))?;
    let decoder = png::Decoder::new(std::io::BufReader::new(file));
    let reader = decoder
        .read_info()
        .map_err(|e| format!("not a PNG image: {e}"))?;
    let info = reader.info();
    let (w, h) = (info.width, info.height);
    if w == 0 || h == 0 || w > LOGO_MAX_SIDE || h > LOGO_MAX_SIDE {
        return Err(format!(
            "{w}×{h} pixels; a logo has 1 to {LOGO_MAX_SIDE} pixels a side"
        ));
    }
    Ok((w, h))
}

/// The line of `logo = …` in kiosk.toml's `[store]` table, for the error message.
fn store_logo_line(text: &str) -> Option<usize> {
    let mut in_store = false;
    for (i, line) in text.lines().enumerate() {
        let t = line.trim_start();
        if t.starts_with('[') {
            in_store = t.starts_with("[store]");
        } else if in_store
            && t.strip_prefix("logo")
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        {
            return Some(i + 1);
        }
    }
    None
}
