//! Production mode: a kiosk wired to a real card terminal or a real printer refuses the demo's
//! settings, so that a box never takes money with a PIN, a password or an invoice number that
//! anyone can read in the repository.
//!
//! Every rule is here, in [`RULES`], and listed in README ("Production mode"). The kiosk and
//! `check-config` both call [`check`] and exit 2 when it finds anything.

use super::{Config, PasswordSource, PaymentConfig, PrinterKind};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Argon2 hash of the demo operator PIN 123456, as shipped in the demo kiosk.toml.
pub const DEMO_PIN_HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$2Mvo6dciThC949OlUBR3dg$K9Py3KtkFG6JRB5+WNylZ7jY2VM0it1wW5APF7UD9e4";
/// The demo operator PIN: a fresh hash of it is refused as well.
pub const DEMO_PIN: &str = "123456";
/// The demo store's registration number (format-valid, registered to no one).
pub const DEMO_REGISTRATION_NUMBER: &str = "T7123456789012";
/// The ZVT default password that terminals leave the factory with (ZVT 2.x, Registration `06 00`).
pub const DEFAULT_TERMINAL_PASSWORD: &str = "000000";

/// statfs(2) `f_type` of file systems that live in memory (linux/magic.h): a journal on one of
/// them is gone at the next power cut, payments with it.
const TMPFS_MAGIC: u32 = 0x0102_1994;
const RAMFS_MAGIC: u32 = 0x8584_58f6;

/// One production rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    DemoOperatorPin,
    DefaultTerminalPassword,
    DemoRegistrationNumber,
    JournalInMemory,
}

/// Every rule with the key it concerns and what it demands, in the order they are checked.
pub const RULES: [(Rule, &str, &str); 4] = [
    (
        Rule::DemoOperatorPin,
        "operator.pin_hash",
        "must not be the demo's (PIN 123456): set your own with `simkiosk hash-pin`",
    ),
    (
        Rule::DefaultTerminalPassword,
        "payment.password_env / payment.password_file",
        "a real card terminal needs its own password, readable now and not the default 000000",
    ),
    (
        Rule::DemoRegistrationNumber,
        "store.registration_number",
        "must not be the demo's T7123456789012: print the shop's own on its receipts",
    ),
    (
        Rule::JournalInMemory,
        "journal.path",
        "must not be on a tmpfs or ramfs: the journal holds money records and must survive a power cut",
    ),
];

/// A broken rule, with what was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub rule: Rule,
    pub key: &'static str,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: production: {}", self.key, self.message)
    }
}

/// Production mode: any device that is not the embedded simulator.
pub fn is_production(config: &Config) -> bool {
    !matches!(config.payment, PaymentConfig::Simulated { .. })
        || config.printer.kind != PrinterKind::Simulated
}

/// Every production rule the configuration breaks; empty for a demo configuration.
pub fn check(config: &Config) -> Vec<Problem> {
    if !is_production(config) {
        return Vec::new();
    }
    let mut problems = Vec::new();
    if let Some(hash) = &config.operator.pin_hash
        && (hash.trim() == DEMO_PIN_HASH || crate::ops::pin::verify(hash, DEMO_PIN))
    {
        problems.push(problem(
            Rule::DemoOperatorPin,
            "operator.pin_hash",
            "is the demo PIN 123456; set your own with `echo NEW-PIN | simkiosk hash-pin`".into(),
        ));
    }
    if let Some(message) = terminal_password_problem(&config.payment) {
        problems.push(problem(Rule::DefaultTerminalPassword, "payment", message));
    }
    if config.store.registration_number == DEMO_REGISTRATION_NUMBER {
        problems.push(problem(
            Rule::DemoRegistrationNumber,
            "store.registration_number",
            format!(
                "{DEMO_REGISTRATION_NUMBER} is the demo's; give the shop's own (T + 13 digits)"
            ),
        ));
    }
    match journal_filesystem(&config.journal.path) {
        Ok(Some((dir, fs))) => problems.push(problem(
            Rule::JournalInMemory,
            "journal.path",
            format!(
                "{} is on a {fs}: a power cut would lose the journal's money records",
                dir.display()
            ),
        )),
        Ok(None) => {}
        Err(message) => problems.push(problem(Rule::JournalInMemory, "journal.path", message)),
    }
    problems
}

/// Prints every broken rule to stderr and returns exit status 2, or `None` when all hold.
pub fn refuse(file: &Path, config: &Config) -> Option<ExitCode> {
    let problems = check(config);
    if problems.is_empty() {
        return None;
    }
    for p in &problems {
        eprintln!("{}: {p}", file.display());
    }
    eprintln!(
        "{}: {} production problem(s): a kiosk with a real terminal or printer refuses demo settings",
        file.display(),
        problems.len()
    );
    Some(ExitCode::from(super::cli::EXIT_CONFIG))
}

fn problem(rule: Rule, key: &'static str, message: String) -> Problem {
    Problem { rule, key, message }
}

fn terminal_password_problem(payment: &PaymentConfig) -> Option<String> {
    let source = match payment {
        // The embedded simulator has no password worth protecting.
        PaymentConfig::Simulated { .. } => return None,
        PaymentConfig::ZvtSerial { password, .. } | PaymentConfig::ZvtTcp { password, .. } => {
            password
        }
    };
    let Some(source) = source else {
        return Some(format!(
            "no password_env or password_file: the terminal's default password {DEFAULT_TERMINAL_PASSWORD} would be used"
        ));
    };
    let key = match source {
        PasswordSource::Env(_) => "password_env",
        PasswordSource::File(_) => "password_file",
    };
    match source.read() {
        Ok(pw) if pw == DEFAULT_TERMINAL_PASSWORD => Some(format!(
            "{key} gives the default password {DEFAULT_TERMINAL_PASSWORD}; set the terminal's own"
        )),
        Ok(_) => None,
        // The message names the variable or the file, never the password.
        Err(e) => Some(format!("{key}: {e}")),
    }
}

/// The in-memory file system (`"tmpfs"`/`"ramfs"`) holding the journal's directory, if it is on
/// one, with the directory checked. A journal not created yet is judged by its nearest existing
/// parent, where it would be created.
pub fn journal_filesystem(journal: &Path) -> Result<Option<(PathBuf, &'static str)>, String> {
    let absolute = std::path::absolute(journal)
        .map_err(|e| format!("{}: cannot resolve: {e}", journal.display()))?;
    let mut dir = absolute.parent().unwrap_or(Path::new("/")).to_path_buf();
    while !dir.exists() {
        match dir.parent() {
            Some(parent) => dir = parent.to_path_buf(),
            None => break,
        }
    }
    let stat =
        rustix::fs::statfs(&dir).map_err(|e| format!("{}: cannot statfs: {e}", dir.display()))?;
    // The field's type differs by architecture; the magic numbers are 32-bit.
    #[allow(clippy::unnecessary_cast)]
    let magic = stat.f_type as u32;
    Ok(in_memory_kind(magic).map(|fs| (dir, fs)))
}

/// The name of an in-memory file system from its statfs magic number.
pub fn in_memory_kind(magic: u32) -> Option<&'static str> {
    match magic {
        TMPFS_MAGIC => Some("tmpfs"),
        RAMFS_MAGIC => Some("ramfs"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn in_memory_file_systems_are_known_by_their_linux_magic_numbers() {
        assert_eq!(in_memory_kind(0x0102_1994), Some("tmpfs"));
        assert_eq!(in_memory_kind(0x8584_58f6), Some("ramfs"));
        assert_eq!(in_memory_kind(0xEF53), None, "ext4 is durable storage");
        assert_eq!(in_memory_kind(0x5846_5342), None, "xfs is durable storage");
    }

    #[test]
    fn the_demo_pin_hash_constant_is_a_hash_of_the_demo_pin() {
        assert!(crate::ops::pin::verify(DEMO_PIN_HASH, DEMO_PIN));
    }
}
