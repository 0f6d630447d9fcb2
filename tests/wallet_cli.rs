//! `simkiosk renew --pay paypay` on the shipped demo (the embedded wallet simulator pays by
//! itself), `journal --json` naming the method, and `simkiosk wallet-sim` as a process.

use std::io::BufRead;
use std::process::{Command, Stdio};

mod kiosk_support;

const BIN: &str = env!("CARGO_BIN_EXE_simkiosk");

/// The shipped demo with the journal and carrier in `dir`, the demo customer paying after 1 s.
fn demo_config(dir: &std::path::Path) -> std::path::PathBuf {
    let text = kiosk_support::demo_config_text(dir, &[])
        .replace("auto_pay_after_secs = 8", "auto_pay_after_secs = 1");
    assert!(
        text.contains("auto_pay_after_secs = 1"),
        "demo config changed shape"
    );
    let path = dir.join("kiosk.toml");
    std::fs::write(&path, text).unwrap();
    path
}

fn simkiosk(config: &std::path::Path, args: &[&str]) -> std::process::Output {
    Command::new(BIN)
        .arg("--config")
        .arg(config)
        .args(args)
        .current_dir(config.parent().unwrap())
        .output()
        .expect("run simkiosk")
}

#[test]
fn renew_pay_paypay_renews_on_the_demo_and_the_journal_names_the_method() {
    let dir = tempfile::tempdir().unwrap();
    let config = demo_config(dir.path());
    let out = simkiosk(
        &config,
        &[
            "renew",
            "--sim",
            "09012345678",
            "--plan",
            "docomo-7d-3gb",
            "--lang",
            "en",
            "--pay",
            "paypay",
            "--json",
        ],
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "renew --pay paypay failed: {stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: serde_json::Value = serde_json::from_str(stdout.trim()).unwrap();
    assert_eq!(report["renewed"], true);

    let out = simkiosk(&config, &["journal", "--json"]);
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(rows[0]["payment_method"], "paypay", "{rows}");
    assert_eq!(rows[0]["wallet_status"], "COMPLETED");
    assert!(rows[0]["wallet_payment_id"].is_string());
}

#[test]
fn renew_refuses_a_method_the_configuration_does_not_enable() {
    let dir = tempfile::tempdir().unwrap();
    let text = kiosk_support::demo_config_text(
        dir.path(),
        &[("payment", "kind = \"simulated\"".to_owned())],
    );
    let config = dir.path().join("kiosk.toml");
    std::fs::write(&config, text).unwrap();
    let args = [
        "renew",
        "--sim",
        "09012345678",
        "--plan",
        "docomo-7d-3gb",
        "--pay",
    ];
    let out = simkiosk(&config, &[&args[..], &["paypay"]].concat());
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not enabled"));
    let out = simkiosk(&config, &[&args[..], &["bitcoin"]].concat());
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn wallet_sim_prints_its_address_and_pay_names_an_unknown_code() {
    let mut child = Command::new(BIN)
        .args(["wallet-sim", "--listen", "127.0.0.1:0"])
        .env("SIMKIOSK_PAYPAY_API_KEY", "k")
        .env("SIMKIOSK_PAYPAY_API_SECRET", "s")
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let addr = line.trim().trim_start_matches("http://").to_owned();
    let out = Command::new(BIN)
        .args(["wallet-sim", "pay", "04-NOPE", "--addr", &addr])
        .output()
        .unwrap();
    child.kill().unwrap();
    child.wait().unwrap();
    assert_eq!(out.status.code(), Some(1), "paying an unknown code");
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("DYNAMIC_QR_NOT_FOUND"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
