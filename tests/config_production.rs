//! Production mode: with a real card terminal or printer, the demo's PIN, the terminal's default
//! password, the demo's registration number and a journal in memory are each refused.

mod kiosk_support;

use simkiosk::config::production::{self, Rule};
use simkiosk::config::{Config, corporate_number_check_digit};
use std::path::Path;
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_simkiosk");

/// A temp dir on the build's disk: /tmp may itself be a tmpfs on some machines.
fn disk_dir() -> tempfile::TempDir {
    tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).expect("temp dir under target/")
}

/// A format-valid registration number that is not the demo's.
fn own_registration_number() -> String {
    let base = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 9, 8];
    let digits: String = base.iter().map(|d| d.to_string()).collect();
    format!("T{}{digits}", corporate_number_check_digit(&base))
}

/// Settings a real shop would have: its own PIN, password and number, a journal on disk, and
/// a card terminal on TCP. `edit` then changes one thing.
fn production_text(dir: &Path, edit: &[(&str, String)]) -> String {
    let password = dir.join("zvt-password");
    std::fs::write(&password, "482913\n").unwrap();
    let pin_hash = simkiosk::ops::pin::hash_pin("90817263").unwrap();
    let shipped: toml::Table =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/kiosk.toml"))
            .unwrap()
            .parse()
            .unwrap();
    let mut store = shipped["store"].as_table().unwrap().clone();
    store.insert(
        "registration_number".into(),
        own_registration_number().into(),
    );
    let mut sections = vec![
        (
            "payment",
            format!(
                "kind = \"zvt-tcp\"\naddress = \"127.0.0.1:20007\"\npassword_file = \"{}\"",
                password.display()
            ),
        ),
        ("operator", format!("pin_hash = {:?}", pin_hash)),
        ("store", toml::to_string(&store).unwrap()),
    ];
    for (section, body) in edit {
        sections.retain(|(s, _)| s != section);
        sections.push((section, body.clone()));
    }
    kiosk_support::demo_config_text(dir, &sections)
}

fn config(text: &str) -> Config {
    Config::from_str(text, "kiosk.toml").unwrap_or_else(|e| panic!("test config invalid: {e}"))
}

fn rules(config: &Config) -> Vec<Rule> {
    production::check(config).iter().map(|p| p.rule).collect()
}

fn tcp_terminal_with(password: &str) -> (&'static str, String) {
    (
        "payment",
        format!("kind = \"zvt-tcp\"\naddress = \"127.0.0.1:20007\"\n{password}"),
    )
}

#[test]
fn the_demo_with_simulated_devices_is_not_production_mode() {
    let dir = disk_dir();
    let demo = config(&kiosk_support::demo_config_text(dir.path(), &[]));
    assert!(!production::is_production(&demo));
    assert_eq!(
        production::check(&demo),
        vec![],
        "the demo must run as shipped"
    );
}

#[test]
fn a_shop_with_its_own_settings_passes_every_rule() {
    let dir = disk_dir();
    let c = config(&production_text(dir.path(), &[]));
    assert!(production::is_production(&c));
    assert_eq!(production::check(&c), vec![]);
}

#[test]
fn the_demo_operator_pin_hash_is_refused() {
    let dir = disk_dir();
    let demo_pin = format!("pin_hash = {:?}", production::DEMO_PIN_HASH);
    let c = config(&production_text(dir.path(), &[("operator", demo_pin)]));
    assert_eq!(rules(&c), vec![Rule::DemoOperatorPin]);
}

#[test]
fn a_fresh_hash_of_the_demo_pin_is_refused_too() {
    let dir = disk_dir();
    let rehashed = simkiosk::ops::pin::hash_pin(production::DEMO_PIN).unwrap();
    let c = config(&production_text(
        dir.path(),
        &[("operator", format!("pin_hash = {rehashed:?}"))],
    ));
    assert_eq!(rules(&c), vec![Rule::DemoOperatorPin]);
}

#[test]
fn a_real_terminal_without_a_password_is_refused() {
    let dir = disk_dir();
    let c = config(&production_text(dir.path(), &[tcp_terminal_with("")]));
    assert_eq!(rules(&c), vec![Rule::DefaultTerminalPassword]);
    let message = production::check(&c)[0].to_string();
    assert!(
        message.contains("000000"),
        "says the default is used: {message}"
    );
}

#[test]
fn the_default_terminal_password_is_refused() {
    let dir = disk_dir();
    let file = dir.path().join("default-password");
    std::fs::write(&file, "000000\n").unwrap();
    let source = format!("password_file = \"{}\"", file.display());
    let c = config(&production_text(dir.path(), &[tcp_terminal_with(&source)]));
    assert_eq!(rules(&c), vec![Rule::DefaultTerminalPassword]);
}

#[test]
fn an_unreadable_terminal_password_is_refused_without_revealing_anything() {
    let dir = disk_dir();
    let source = format!(
        "password_file = \"{}\"",
        dir.path().join("missing").display()
    );
    let c = config(&production_text(dir.path(), &[tcp_terminal_with(&source)]));
    let problems = production::check(&c);
    assert_eq!(rules(&c), vec![Rule::DefaultTerminalPassword]);
    assert!(
        problems[0].message.contains("missing"),
        "names the file: {}",
        problems[0].message
    );
}

#[test]
fn the_demo_registration_number_is_refused() {
    let dir = disk_dir();
    let shipped: toml::Table =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/kiosk.toml"))
            .unwrap()
            .parse()
            .unwrap();
    let store = toml::to_string(shipped["store"].as_table().unwrap()).unwrap();
    let c = config(&production_text(dir.path(), &[("store", store)]));
    assert_eq!(rules(&c), vec![Rule::DemoRegistrationNumber]);
}

#[test]
fn a_journal_on_a_tmpfs_is_refused() {
    let shm = Path::new("/dev/shm");
    assert_eq!(
        production::journal_filesystem(&shm.join("probe.db")).map(|f| f.map(|(_, fs)| fs)),
        Ok(Some("tmpfs")),
        "precondition: /dev/shm is a tmpfs on Linux"
    );
    let dir = disk_dir();
    // A journal in a directory not created yet is judged by where it would be created.
    let journal = format!(
        "path = \"{}\"",
        shm.join("simkiosk-test/x/journal.db").display()
    );
    let c = config(&production_text(dir.path(), &[("journal", journal)]));
    assert_eq!(rules(&c), vec![Rule::JournalInMemory]);
}

#[test]
fn a_real_printer_alone_is_production_mode_but_a_simulated_terminal_needs_no_password() {
    let dir = disk_dir();
    let c = config(&production_text(
        dir.path(),
        &[
            ("payment", "kind = \"simulated\"".into()),
            (
                "printer",
                "kind = \"network\"\naddress = \"127.0.0.1:9100\"".into(),
            ),
            (
                "operator",
                format!("pin_hash = {:?}", production::DEMO_PIN_HASH),
            ),
        ],
    ));
    assert!(production::is_production(&c));
    assert_eq!(rules(&c), vec![Rule::DemoOperatorPin]);
}

/// A kiosk.toml on disk with every rule broken at once.
fn all_broken(dir: &Path) -> std::path::PathBuf {
    let text = kiosk_support::demo_config_text(
        dir,
        &[
            tcp_terminal_with(""),
            (
                "journal",
                "path = \"/dev/shm/simkiosk-test-never-created/journal.db\"".into(),
            ),
        ],
    );
    let path = dir.join("kiosk.toml");
    std::fs::write(&path, text).unwrap();
    path
}

fn assert_one_line_per_rule(stderr: &str) {
    for key in [
        "operator.pin_hash: production:",
        "payment: production:",
        "store.registration_number: production:",
        "journal.path: production:",
    ] {
        assert!(stderr.contains(key), "no line for {key}: {stderr}");
    }
    assert!(stderr.contains("4 production problem(s)"), "{stderr}");
}

#[test]
fn check_config_names_every_broken_rule_and_exits_2() {
    let dir = disk_dir();
    let config = all_broken(dir.path());
    let o = Command::new(BIN)
        .arg("--config")
        .arg(&config)
        .arg("check-config")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "stderr: {stderr}");
    assert_one_line_per_rule(&stderr);
}

#[cfg(feature = "ui")]
#[test]
fn the_kiosk_refuses_to_start_with_demo_settings_and_exits_2() {
    let dir = disk_dir();
    let config = all_broken(dir.path());
    // Refused before any window, device or journal is opened: no display needed.
    let o = Command::new(BIN)
        .arg("--config")
        .arg(&config)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "stderr: {stderr}");
    assert_one_line_per_rule(&stderr);
    assert!(!Path::new("/dev/shm/simkiosk-test-never-created").exists());
}

#[test]
fn every_rule_is_listed_in_the_readme() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let section = readme
        .split("## Production mode")
        .nth(1)
        .expect("README has a \"## Production mode\" section");
    for (rule, key, _) in production::RULES {
        assert!(
            section.contains(key),
            "README does not list {rule:?} ({key})"
        );
    }
}

#[test]
fn the_packaged_production_template_is_refused_until_the_shop_sets_its_own_values() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/dist/kiosk.production.toml");
    let c = Config::load(path).unwrap_or_else(|e| panic!("the template must be valid: {e}"));
    assert!(
        production::is_production(&c),
        "the template drives real devices"
    );
    assert_eq!(
        rules(&c),
        vec![
            Rule::DemoOperatorPin,
            Rule::DefaultTerminalPassword,
            Rule::DemoRegistrationNumber
        ],
        "the three SET THIS lines, and nothing else"
    );
}
