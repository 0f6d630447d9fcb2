//! `simkiosk check-config` and `simkiosk plans`, run as the built binary.

use std::path::Path;
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_simkiosk");

fn shipped() -> String {
    concat!(env!("CARGO_MANIFEST_DIR"), "/kiosk.toml").to_string()
}

fn run(config: &str, args: &[&str]) -> Output {
    Command::new(BIN)
        .arg("--config")
        .arg(config)
        .args(args)
        .output()
        .expect("simkiosk runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn check_config_accepts_the_shipped_demo() {
    let o = run(&shipped(), &["check-config"]);
    assert_eq!(o.status.code(), Some(0), "stderr: {}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains(": OK"), "summary: {out}");
    assert!(
        out.contains("3 carriers, 10 plans, 3 multi-month tiers, 2 promotions"),
        "summary: {out}"
    );
}

#[test]
fn check_config_lists_every_problem_and_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("kiosk.toml");
    let text = std::fs::read_to_string(shipped())
        .unwrap()
        .replace(
            "kind = \"simulated\"\n# zvt-serial only",
            "kind = \"zvt-serial\"\nbaud = 1234\n# zvt-serial only",
        )
        .replace("idle_secs = 60", "idle_secs = 5");
    // Expected lines are found in the edited file, so the test survives edits of its comments.
    let line_of = |needle: &str| {
        text.lines()
            .position(|l| l.starts_with(needle))
            .expect(needle)
            + 1
    };
    let (idle, section, baud) = (
        line_of("idle_secs = 5"),
        line_of("[payment]"),
        line_of("baud = 1234"),
    );
    std::fs::write(&bad, &text).unwrap();
    let o = run(bad.to_str().unwrap(), &["check-config"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    let name = bad.display().to_string();
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(
        lines,
        vec![
            format!("{name}:{idle}: timeouts.idle_secs: 5 is below the minimum 15"),
            format!("{name}:{section}: payment.port: missing required key"),
            format!(
                "{name}:{baud}: payment.baud: 1234 is not one of 9600, 19200, 38400, 57600, 115200"
            ),
            format!("{name}: 3 problem(s)"),
        ]
    );
    assert!(
        stdout(&o).is_empty(),
        "nothing on stdout when the config is bad"
    );
}

#[test]
fn check_config_with_a_missing_file_exits_2() {
    let o = run("/nonexistent/kiosk.toml", &["check-config"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("cannot read"), "{}", stderr(&o));
}

fn plans_json(args: &[&str]) -> Vec<serde_json::Value> {
    let mut all = vec!["plans", "--json"];
    all.extend_from_slice(args);
    let o = run(&shipped(), &all);
    assert_eq!(o.status.code(), Some(0), "stderr: {}", stderr(&o));
    serde_json::from_slice(&o.stdout).expect("plans --json prints a JSON list")
}

#[test]
fn plans_json_has_the_documented_fields() {
    let rows = plans_json(&["--at", "2026-12-01T00:00:00+09:00"]);
    assert_eq!(rows.len(), 10);
    let unlimited = rows
        .iter()
        .find(|r| r["id"] == "docomo-30d-unlimited")
        .expect("docomo unlimited plan");
    assert_eq!(unlimited["carrier"], "docomo");
    assert_eq!(unlimited["days"], 30);
    assert!(
        unlimited["data_mb"].is_null(),
        "unlimited is null: {unlimited}"
    );
    assert_eq!(unlimited["price_yen"], 5500);
    assert_eq!(unlimited["periods"], serde_json::json!([1, 2, 3, 6]));
    assert_eq!(
        unlimited["months"], unlimited["periods"],
        "the former field name stays for existing scripts"
    );
    assert_eq!(unlimited["names"]["ja"], "ステイ 無制限");
    assert_eq!(unlimited["promotions"][0]["id"], "winter-2026");
    // Today's price with the winter promotion: 5,500 - 10 % = 4,950 (450 tax contained).
    assert_eq!(
        unlimited["prices"][0],
        serde_json::json!({"periods": 1, "months": 1, "total_days": 30, "total_yen": 4950, "tax_yen": 450})
    );
    // Three 30-day periods are 90 days: 16,500 - 8 % tier = 15,180, - 10 % promotion = 13,662.
    assert_eq!(
        unlimited["prices"][2],
        serde_json::json!({"periods": 3, "months": 3, "total_days": 90, "total_yen": 13662, "tax_yen": 1242})
    );
    let small = rows.iter().find(|r| r["id"] == "docomo-7d-3gb").unwrap();
    assert_eq!(small["data_mb"], 3072);
    assert_eq!(small["promotions"], serde_json::json!([]));
}

#[test]
fn plans_at_an_instant_before_the_promotion_shows_list_prices() {
    // One second before 2026-11-20 00:00 JST.
    let rows = plans_json(&["--at", "2026-11-19T23:59:59+09:00"]);
    let unlimited = rows
        .iter()
        .find(|r| r["id"] == "docomo-30d-unlimited")
        .unwrap();
    assert_eq!(unlimited["promotions"], serde_json::json!([]));
    assert_eq!(unlimited["prices"][0]["total_yen"], 5500);
}

#[test]
fn plans_filters_by_carrier() {
    let rows = plans_json(&["--carrier", "softbank"]);
    assert!(!rows.is_empty());
    assert!(rows.iter().all(|r| r["carrier"] == "softbank"), "{rows:?}");
    let o = run(&shipped(), &["plans", "--carrier", "kddi"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("unknown carrier \"kddi\""),
        "{}",
        stderr(&o)
    );
}

#[test]
fn plans_text_lists_carriers_prices_and_promotions() {
    let o = run(&shipped(), &["plans", "--at", "2026-12-24"]);
    assert_eq!(o.status.code(), Some(0), "stderr: {}", stderr(&o));
    let out = stdout(&o);
    for needle in [
        "NTT docomo (docomo)",
        "SoftBank (softbank)",
        "au (au)",
        "5,500 yen/period",
        "3×30d",
        "promotion winter-2026",
    ] {
        assert!(out.contains(needle), "{needle:?} missing from:\n{out}");
    }
    assert!(Path::new(BIN).exists());
}
