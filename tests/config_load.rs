//! kiosk.toml loading: the shipped demo loads; bad files give `file:line: key.path: reason`.

use simkiosk::config::{
    CarrierKind, Config, PaperWidth, PasswordSource, PaymentConfig, PrinterKind,
};
use simkiosk::domain::{DataAllowance, Yen};
use simkiosk::i18n::Lang;
use std::time::Duration;

/// A small valid config; the line numbers below are relied on by the golden messages.
const BASE: &str = r#"[kiosk]
id = "test-kiosk"

[store]
name = "Test Shop"
address = "Tokyo"
issuer_name = "Test KK"
registration_number = "T7123456789012"
support = "0120-000-000"

[languages]
offered = ["ja", "en"]
default = "ja"

[payment]
kind = "simulated"

[printer]
kind = "simulated"

[carrier]
kind = "demo"
demo_db = "demo.db"

[journal]
path = "journal.db"

[[catalogue.carriers]]
id = "docomo"
name = "NTT docomo"

[[catalogue.plans]]
id = "d7"
carrier = "docomo"
name = { ja = "トラベル", en = "Travel" }
data_mb = 3072
days = 7
price_yen = 1980
periods = [1, 2]

[[catalogue.multi_period]]
periods = 2
percent = 5

[[catalogue.promotions]]
id = "dec"
name = { ja = "12月のセール", en = "December sale" }
percent_off = 10
start = 2026-12-01
end = 2027-01-01T00:00:00+09:00
"#;

/// BASE with one exact, unique snippet replaced.
fn edit(old: &str, new: &str) -> String {
    assert_eq!(
        BASE.matches(old).count(),
        1,
        "test snippet {old:?} must occur once in BASE"
    );
    BASE.replacen(old, new, 1)
}

fn problems(text: &str) -> Vec<String> {
    match Config::from_str(text, "t.toml") {
        Ok(_) => Vec::new(),
        Err(e) => e.0.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn base_config_is_valid_and_defaults_apply() {
    let c = Config::from_str(BASE, "t.toml").unwrap_or_else(|e| panic!("BASE rejected:\n{e}"));
    assert_eq!(c.kiosk.id, "test-kiosk");
    assert_eq!(c.languages.offered, vec![Lang::Ja, Lang::En]);
    assert_eq!(c.timeouts.idle, Duration::from_secs(60));
    assert_eq!(c.timeouts.idle_prompt, Duration::from_secs(20));
    assert_eq!(c.timeouts.done, Duration::from_secs(15));
    assert_eq!(c.timeouts.carrier, Duration::from_secs(10));
    assert_eq!(c.timeouts.payment, Duration::from_secs(180));
    assert_eq!(c.payment, PaymentConfig::Simulated { password: None });
    assert_eq!(c.printer.kind, PrinterKind::Simulated);
    assert_eq!(
        (c.printer.paper_width, c.printer.paper_width.dots()),
        (PaperWidth::Mm80, 576)
    );
    assert!(!c.printer.allow_qr_receipt_when_unavailable);
    assert_eq!(
        c.carrier.kind,
        CarrierKind::Demo {
            demo_db: "demo.db".into()
        }
    );
    assert_eq!(c.operator.pin_hash, None);
    assert_eq!(c.store.receipt_url("x"), None);
    let start = c.catalogue().promotions()[0].start;
    assert_eq!(
        start.to_rfc3339(),
        "2026-11-30T15:00:00+00:00",
        "a plain date is JST midnight"
    );
}

#[test]
fn shipped_kiosk_toml_is_a_working_demo() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/kiosk.toml");
    let c = Config::load(path).unwrap_or_else(|e| panic!("shipped kiosk.toml rejected:\n{e}"));
    assert_eq!(c.payment, PaymentConfig::Simulated { password: None });
    assert_eq!(c.printer.kind, PrinterKind::Simulated);
    // Relative paths are resolved against the file's own directory.
    let beside = |name: &str| std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(name);
    assert_eq!(
        c.carrier.kind,
        CarrierKind::Demo {
            demo_db: beside("./simkiosk-demo-carrier.db")
        }
    );
    assert_eq!(c.journal.path, beside("./simkiosk-journal.db"));
    assert_eq!(
        c.languages.offered.len(),
        11,
        "the demo offers every language"
    );
    let cat = c.catalogue();
    for carrier in ["docomo", "softbank", "au"] {
        let n = cat.plans_for(carrier).count();
        assert!((3..=4).contains(&n), "{carrier} has {n} plans");
    }
    assert!(
        cat.plans()
            .iter()
            .any(|p| p.data == DataAllowance::Unlimited)
    );
    assert_eq!(cat.plan("docomo-7d-3gb").map(|p| p.price), Some(Yen(1980)));
    assert_eq!(cat.promotions().len(), 2);
    assert_eq!(
        c.store.receipt_url("abc").as_deref(),
        Some("https://receipts.example.jp/r/abc")
    );
    // Every key is explained: each `key = value` line follows a comment line or another key.
    let text = std::fs::read_to_string(path).unwrap();
    let commented = text.contains("# The card terminal") && text.contains("# Paper width");
    assert!(commented, "kiosk.toml lost its comments");
}

#[test]
fn golden_messages_for_bad_configs() {
    let cases: Vec<(String, Vec<&str>)> = vec![
        (
            edit(
                "kind = \"simulated\"\n\n[printer]",
                "kind = \"zvt-serial\"\n\n[printer]",
            ),
            vec!["t.toml:15: payment.port: missing required key"],
        ),
        (
            edit(
                "kind = \"simulated\"\n\n[printer]",
                "kind = \"zvt-serial\"\nport = \"/dev/ttyUSB0\"\nbaud = 1234\n[printer]",
            ),
            vec!["t.toml:18: payment.baud: 1234 is not one of 9600, 19200, 38400, 57600, 115200"],
        ),
        (
            edit(
                "kind = \"simulated\"\n\n[printer]",
                "kind = \"zvt\"\n\n[printer]",
            ),
            vec!["t.toml:16: payment.kind: \"zvt\" is not one of zvt-serial, zvt-tcp, simulated"],
        ),
        (
            edit("\"T7123456789012\"", "\"T1123456789012\""),
            vec![
                "t.toml:8: store.registration_number: \"T1123456789012\" has check digit 1, expected 7",
            ],
        ),
        (
            edit("\"T7123456789012\"", "\"7123456789012\""),
            vec!["t.toml:8: store.registration_number: \"7123456789012\" must start with T"],
        ),
        (
            edit("\"T7123456789012\"", "\"T71234567890\""),
            vec![
                "t.toml:8: store.registration_number: \"T71234567890\" must be T followed by 13 digits",
            ],
        ),
        (
            edit("default = \"ja\"", "default = \"ko\""),
            vec!["t.toml:13: languages.default: \"ko\" is not in languages.offered"],
        ),
        (
            edit("[\"ja\", \"en\"]", "[\"ja\", \"pt\"]"),
            vec![
                "t.toml:12: languages.offered: \"pt\" is not one of ja, en, zh-Hans, zh-Hant, ko, th, vi, id, es, fr, de",
            ],
        ),
        (
            edit("[\"ja\", \"en\"]", "[]"),
            vec!["t.toml:12: languages.offered: must offer at least one language"],
        ),
        (
            edit(
                "default = \"ja\"\n",
                "default = \"ja\"\n[timeouts]\nidle_secs = 10\nidle_prompt_secs = 5",
            ),
            vec![
                "t.toml:15: timeouts.idle_secs: 10 is below the minimum 15",
                "t.toml:16: timeouts.idle_prompt_secs: 5 is below the minimum 20",
            ],
        ),
        (
            edit("id = \"test-kiosk\"", "id = \"test-kiosk\"\nbaud = 1"),
            vec!["t.toml:3: kiosk.baud: unknown key (expected one of id)"],
        ),
        (
            edit("[journal]\npath = \"journal.db\"", ""),
            vec!["t.toml:1: journal: missing required section [journal]"],
        ),
        (
            edit(
                "[printer]\nkind = \"simulated\"",
                "[printer]\nkind = \"simulated\"\npaper_width_mm = 72",
            ),
            vec!["t.toml:20: printer.paper_width_mm: 72 is not one of 80, 58"],
        ),
        (
            edit(
                "[printer]\nkind = \"simulated\"",
                "[printer]\nkind = \"simulated\"\nport = \"/dev/ttyS0\"",
            ),
            vec!["t.toml:20: printer.port: not used when kind = \"simulated\""],
        ),
        (
            edit("days = 7", "days = 31"),
            vec!["t.toml:37: catalogue.plans[0].days: 31 is outside 7..=30"],
        ),
        (
            edit("price_yen = 1980", "price_yen = 0"),
            vec!["t.toml:38: catalogue.plans[0].price_yen: 0 must be between 1 and 10000000 yen"],
        ),
        (
            edit("price_yen = 1980", "price_yen = \"1980\""),
            vec!["t.toml:38: catalogue.plans[0].price_yen: expected an integer, found a string"],
        ),
        (
            edit("carrier = \"docomo\"", "carrier = \"kddi\""),
            vec![
                "t.toml:34: catalogue.plans[0].carrier: unknown carrier \"kddi\" (catalogue.carriers: docomo)",
            ],
        ),
        (
            edit("periods = [1, 2]", "periods = []"),
            vec!["t.toml:39: catalogue.plans[0].periods: must list at least one period count"],
        ),
        (
            edit("data_mb = 3072", "data_mb = \"lots\""),
            vec![
                "t.toml:36: catalogue.plans[0].data_mb: expected megabytes or \"unlimited\", found \"lots\"",
            ],
        ),
        (
            edit("percent_off = 10", "percent_off = 10\nplans = [\"nope\"]"),
            vec!["t.toml:49: catalogue.promotions[0].plans: unknown plan \"nope\""],
        ),
        (
            edit("end = 2027-01-01T00:00:00+09:00", "end = 2026-11-01"),
            vec!["t.toml:50: catalogue.promotions[0].end: must be after start"],
        ),
        (
            edit("percent_off = 10", "yen_off = -5"),
            vec!["t.toml:48: catalogue.promotions[0].yen_off: -5 must be a positive number of yen"],
        ),
        (
            edit("percent = 5", "percent = 100"),
            vec!["t.toml:43: catalogue.multi_period[0].percent: 100 is outside 1..=99"],
        ),
        (
            format!(
                "{BASE}\n[[catalogue.plans]]\nid = \"d7\"\ncarrier = \"docomo\"\nname = {{ ja = \"X\", en = \"X\" }}\ndata_mb = \"unlimited\"\ndays = 30\nprice_yen = 5500\nperiods = [1]\n"
            ),
            vec!["t.toml:53: catalogue.plans[1].id: duplicate id \"d7\" (first at line 33)"],
        ),
        (
            edit("[journal]", "[operator]\npin_hash = \"1234\"\n[journal]"),
            vec![
                "t.toml:26: operator.pin_hash: not an Argon2 PHC string (password hash string missing field)",
            ],
        ),
        (
            edit("days = 7", "days = "),
            vec!["t.toml:37: (syntax): invalid string: expected `\"`, `'`"],
        ),
        (
            edit("[kiosk]", "[kiosk]\n[kiosk]"),
            vec![
                "t.toml:2: (syntax): invalid table header: duplicate key `kiosk` in document root",
            ],
        ),
    ];
    for (i, (text, expected)) in cases.iter().enumerate() {
        assert_eq!(problems(text), *expected, "case {i}, config:\n{text}");
    }
}

#[test]
fn every_problem_is_reported_in_file_order() {
    let text = edit(
        "kind = \"simulated\"\n\n[printer]",
        "kind = \"zvt-tcp\"\naddress = \"term:0\"\n[printer]",
    )
    .replace(
        "registration_number = \"T7123456789012\"",
        "registration_number = \"T0000000000000\"",
    )
    .replace("days = 7", "days = 3")
    .replace("default = \"ja\"", "default = \"xx\"");
    let got = problems(&text);
    assert_eq!(
        got,
        vec![
            "t.toml:8: store.registration_number: \"T0000000000000\" has check digit 0, expected 9",
            "t.toml:13: languages.default: \"xx\" is not one of ja, en, zh-Hans, zh-Hant, ko, th, vi, id, es, fr, de",
            "t.toml:17: payment.address: \"term:0\": \"0\" is not a port number (1-65535)",
            "t.toml:37: catalogue.plans[0].days: 3 is outside 7..=30",
        ]
    );
    let err = Config::from_str(&text, "t.toml").unwrap_err();
    assert_eq!(err.to_string().lines().count(), 4, "one problem per line");
}

#[test]
fn device_variants_and_their_defaults() {
    let load = |payment: &str, printer: &str| {
        let text = edit(
            "kind = \"simulated\"\n\n[printer]\nkind = \"simulated\"",
            &format!("{payment}\n[printer]\n{printer}"),
        );
        Config::from_str(&text, "t.toml").unwrap_or_else(|e| panic!("{e}"))
    };
    let c = load(
        "kind = \"zvt-tcp\"\naddress = \"10.0.0.5\"\npassword_env = \"ZVT_PW\"",
        "kind = \"network\"\naddress = \"printer.local\"\npaper_width_mm = 58",
    );
    assert_eq!(
        c.payment,
        PaymentConfig::ZvtTcp {
            address: "10.0.0.5:20007".into(),
            password: Some(PasswordSource::Env("ZVT_PW".into()))
        }
    );
    assert_eq!(
        c.printer.kind,
        PrinterKind::Network {
            address: "printer.local:9100".into()
        }
    );
    assert_eq!(
        (c.printer.paper_width, c.printer.paper_width.dots()),
        (PaperWidth::Mm58, 384)
    );

    let c = load(
        "kind = \"zvt-serial\"\nport = \"/dev/ttyUSB0\"\npassword_file = \"/etc/pw\"",
        "kind = \"serial\"\nport = \"/dev/ttyS0\"\nbaud = 115200",
    );
    assert_eq!(
        c.payment,
        PaymentConfig::ZvtSerial {
            port: "/dev/ttyUSB0".into(),
            baud: 9600,
            password: Some(PasswordSource::File("/etc/pw".into()))
        }
    );
    assert_eq!(
        c.printer.kind,
        PrinterKind::Serial {
            port: "/dev/ttyS0".into(),
            baud: 115200
        }
    );

    let c = load(
        "kind = \"simulated\"",
        "kind = \"file\"\npath = \"out.bin\"",
    );
    assert_eq!(
        c.printer.kind,
        PrinterKind::File {
            path: "out.bin".into()
        }
    );
}

#[test]
fn password_sources_must_hold_six_digits() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good");
    std::fs::write(&good, "123456\n").unwrap();
    let bad = dir.path().join("bad");
    std::fs::write(&bad, "12345").unwrap();
    assert_eq!(PasswordSource::File(good).read(), Ok("123456".into()));
    assert!(PasswordSource::File(bad).read().is_err());
    assert!(
        PasswordSource::Env("SIMKIOSK_TEST_SURELY_UNSET".into())
            .read()
            .is_err()
    );
}

#[test]
fn a_real_argon2_pin_hash_is_accepted() {
    use argon2::password_hash::{PasswordHasher, SaltString};
    let salt = SaltString::from_b64("c2lta2lvc2tzYWx0").unwrap();
    let hash = argon2::Argon2::default()
        .hash_password(b"2468", &salt)
        .unwrap()
        .to_string();
    let text = edit(
        "[journal]",
        &format!("[operator]\npin_hash = \"{hash}\"\n[journal]"),
    );
    let c = Config::from_str(&text, "t.toml").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(c.operator.pin_hash, Some(hash));
}

#[test]
fn the_registration_check_digit_follows_the_nta_rule() {
    use simkiosk::config::check_registration_number;
    // Toyota Motor Corporation's published corporate number 1180301018771.
    assert_eq!(check_registration_number("T1180301018771"), Ok(()));
    assert!(check_registration_number("T2180301018771").is_err());
}

#[test]
fn an_unreadable_file_is_an_error_not_a_panic() {
    let err = Config::load("/nonexistent/kiosk.toml").unwrap_err();
    assert_eq!(err.0.len(), 1);
    assert!(
        err.to_string()
            .starts_with("/nonexistent/kiosk.toml: (file): cannot read"),
        "{err}"
    );
}

#[test]
fn dotted_keys_and_inline_tables_keep_their_lines() {
    // Before the first [header], so they belong to the document root.
    let text = edit("[printer]\nkind = \"simulated\"", "").replacen(
        "[kiosk]",
        "printer = { kind = \"laser\" }\ntimeouts.idle_secs = 3\n[kiosk]",
        1,
    );
    assert_eq!(
        problems(&text),
        vec![
            "t.toml:1: printer.kind: \"laser\" is not one of serial, network, usb, file, simulated",
            "t.toml:2: timeouts.idle_secs: 3 is below the minimum 15",
        ]
    );
}

/// The shop's brand colour is `#RRGGBB`; anything else is refused at load with the key and what
/// is wrong, not drawn in some other colour.
#[test]
fn brand_color_is_hash_and_six_hex_digits() {
    let with = |c: &str| {
        edit(
            "support = \"0120-000-000\"",
            &format!("support = \"0120-000-000\"\nbrand_color = \"{c}\""),
        )
    };
    let config = Config::from_str(&with("#0F766e"), "t.toml").expect("a valid brand colour loads");
    assert_eq!(config.store.brand_rgb(), Some([0x0F, 0x76, 0x6E]));
    for bad in ["0F766E", "#0F766", "#0F766EE", "#GG766E", "teal"] {
        let found = problems(&with(bad));
        assert!(
            found.len() == 1
                && found[0].contains("store.brand_color")
                && found[0].contains("#RRGGBB"),
            "{bad:?} is refused with the key and the expected form, got {found:?}"
        );
    }
}
