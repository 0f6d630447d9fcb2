//! `simkiosk renew` end to end, paying through `simkiosk terminal-sim --pty` as a separate process
//! over a real pseudo-terminal (payment.kind = "zvt-serial"), with the simulator's ledger checked.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_simkiosk");

struct Sim(Child);

impl Drop for Sim {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn renew_against(sim_args: &[&str]) -> (i32, serde_json::Value, Vec<serde_json::Value>) {
    let dir = tempfile::tempdir().unwrap();
    let ledger = dir.path().join("ledger.jsonl");
    let mut child = Command::new(BIN)
        .args(["terminal-sim", "--pty", "--ledger"])
        .arg(&ledger)
        .args(sim_args)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start terminal-sim");
    let mut port = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut port)
        .unwrap();
    let _sim = Sim(child);
    let toml = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/kiosk.toml")).unwrap();
    let edited = toml.replacen(
        "kind = \"simulated\"\n# zvt-serial only",
        &format!(
            "kind = \"zvt-serial\"\nport = \"{}\"\npassword_env = \"SIMKIOSK_TEST_ZVT_PW\"\n# zvt-serial only",
            port.trim()
        ),
        1,
    );
    assert_ne!(
        edited, toml,
        "kiosk.toml's [payment] block changed: update this test"
    );
    std::fs::write(dir.path().join("kiosk.toml"), edited).unwrap();
    let out = Command::new(BIN)
        .current_dir(dir.path())
        .env("SIMKIOSK_TEST_ZVT_PW", "123456")
        .args([
            "--config",
            "kiosk.toml",
            "renew",
            "--sim",
            "090-1234-5678",
            "--plan",
            "docomo-7d-3gb",
            "--json",
        ])
        .output()
        .expect("run renew");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let json = stdout
        .lines()
        .rev()
        .find_map(|l| serde_json::from_str(l).ok())
        .unwrap_or_else(|| {
            panic!(
                "no JSON from renew; stdout {stdout:?} stderr {:?}",
                String::from_utf8_lossy(&out.stderr)
            )
        });
    let lines = std::fs::read_to_string(&ledger)
        .unwrap_or_default()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    (out.status.code().unwrap_or(-1), json, lines)
}

#[test]
fn renew_pays_once_through_the_terminal_simulator() {
    let (code, json, ledger) = renew_against(&[]);
    assert_eq!(code, 0, "{json}");
    assert_eq!(json["renewed"], true, "{json}");
    assert_eq!(ledger.len(), 1, "{ledger:?}");
    assert_eq!(ledger[0]["event"], "approved");
    assert_eq!(ledger[0]["amount_yen"], json["total_yen"]);
}

#[test]
fn declined_renewal_charges_nothing() {
    let (code, json, ledger) = renew_against(&["--decline", "05"]);
    assert_ne!(code, 0, "{json}");
    assert_ne!(json["renewed"], true, "{json}");
    assert!(
        ledger.iter().all(|l| l["event"] != "approved"),
        "{ledger:?}"
    );
}
