//! `simkiosk terminal-sim` and `simkiosk terminal` as processes: the simulator prints its pty path
//! first, the diagnostics command answers in JSON and exits 0 only on success.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_simkiosk");

struct Sim(Child);

impl Drop for Sim {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn sim(extra: &[&str], ledger: &Path) -> (Sim, String) {
    let mut child = Command::new(BIN)
        .args(["terminal-sim", "--pty", "--ledger"])
        .arg(ledger)
        .args(extra)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start terminal-sim");
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .expect("pty path line");
    let path = first.trim().to_string();
    assert!(
        path.starts_with("/dev/"),
        "first line is the pty path, got {first:?}"
    );
    (Sim(child), path)
}

fn terminal(port: &str, args: &[&str]) -> (i32, serde_json::Value) {
    let out = Command::new(BIN)
        .args(["terminal", "--port", port, "--password", "123456", "--json"])
        .args(args)
        .output()
        .expect("run terminal");
    let json = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: stdout {:?}", String::from_utf8_lossy(&out.stdout)));
    (out.status.code().unwrap_or(-1), json)
}

#[test]
fn pay_reverse_and_status_through_the_simulator_process() {
    let dir = tempfile::tempdir().unwrap();
    let ledger = dir.path().join("ledger.jsonl");
    let (_sim, port) = sim(&[], &ledger);
    let (code, j) = terminal(&port, &["status"]);
    assert_eq!((code, j["result"].as_str()), (0, Some("approved")), "{j}");
    let (code, j) = terminal(&port, &["pay", "1980"]);
    assert_eq!(code, 0, "{j}");
    assert_eq!(j["result"], "approved");
    assert_eq!(j["result_code"], "00");
    assert_eq!(j["amount_yen"], 1980);
    assert_eq!(j["masked_pan"], "************0119");
    assert_eq!(j["card_name"], "VISA");
    let receipt = j["receipt_no"].as_u64().unwrap().to_string();
    assert!(j["trace_no"].is_u64() && j["auth_code"].is_string(), "{j}");
    let (code, j) = terminal(&port, &["reverse", &receipt, "--amount", "1980"]);
    assert_eq!((code, j["result"].as_str()), (0, Some("approved")), "{j}");
    let (code, j) = terminal(&port, &["reverse", &receipt, "--amount", "1980"]);
    assert_eq!(
        (code, j["result"].as_str(), j["result_code"].as_str()),
        (1, Some("declined"), Some("B4"))
    );
    let events: Vec<String> = std::fs::read_to_string(&ledger)
        .unwrap()
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["event"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(events, ["approved", "reversed"]);
}

#[test]
fn decline_exits_nonzero_with_the_code() {
    let dir = tempfile::tempdir().unwrap();
    let (_sim, port) = sim(&["--decline", "05"], &dir.path().join("l.jsonl"));
    let (code, j) = terminal(&port, &["pay", "500"]);
    assert_eq!(
        (code, j["result"].as_str(), j["result_code"].as_str()),
        (1, Some("declined"), Some("05")),
        "{j}"
    );
}

#[test]
fn customer_abort_is_reported_as_aborted() {
    let dir = tempfile::tempdir().unwrap();
    let (_sim, port) = sim(&["--customer-abort"], &dir.path().join("l.jsonl"));
    let (code, j) = terminal(&port, &["pay", "500"]);
    assert_eq!(
        (code, j["result"].as_str(), j["result_code"].as_str()),
        (1, Some("aborted"), Some("6C")),
        "{j}"
    );
}

#[test]
fn pay_refuses_an_approval_without_amount_and_exits_nonzero() {
    let dir = tempfile::tempdir().unwrap();
    let ledger = dir.path().join("l.jsonl");
    let (_sim, port) = sim(&["--approve-without-amount"], &ledger);
    let (code, j) = terminal(&port, &["pay", "500"]);
    assert_eq!(
        (code, j["result"].as_str()),
        (1, Some("refused")),
        "an approval without amount must not read as approved: {j}"
    );
    let ledger = std::fs::read_to_string(&ledger).unwrap_or_default();
    assert!(
        ledger.contains("\"event\":\"reversed\"") && !ledger.contains("\"event\":\"approved\""),
        "the terminal reversed what it charged: {ledger}"
    );
}

#[test]
fn missing_port_is_an_error_not_a_hang() {
    let (code, j) = terminal("/dev/does-not-exist-zvt", &["status"]);
    assert_eq!((code, j["result"].as_str()), (1, Some("error")));
    assert!(
        j["error"].as_str().unwrap().contains("does-not-exist"),
        "{j}"
    );
}
