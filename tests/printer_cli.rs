//! The `printer-sim` and `print-test` commands, run as the real binary.

use simkiosk::printer::driver::{self, Timeouts};
use simkiosk::printer::{PaperLevel, ReceiptPrinter};
use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_simkiosk"))
}

/// Kills the child even when an assertion fails.
struct Child(std::process::Child);

impl Drop for Child {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn printer_sim_prints_its_pty_first_and_switches_state_from_stdin() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut child = Child(
        bin()
            .args(["printer-sim", "--pty", "--paper", "near-end", "--out"])
            .arg(dir.path())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start printer-sim"),
    );
    let stdout = child.0.stdout.take().expect("stdout");
    let mut first = String::new();
    BufReader::new(stdout)
        .read_line(&mut first)
        .expect("first line");
    let path = first.trim();
    assert!(
        path.starts_with("/dev/"),
        "first line should be the pty path, got {first:?}"
    );

    let t = Timeouts {
        status: Duration::from_millis(500),
        ..Timeouts::default()
    };
    let mut printer = driver::serial(path, 115_200, t).expect("open the simulator's pty");
    assert_eq!(
        printer.status().expect("status").paper,
        PaperLevel::NearEnd,
        "--paper near-end"
    );

    let mut stdin = child.0.stdin.take().expect("stdin");
    writeln!(stdin, "paper out").expect("send command");
    stdin.flush().expect("flush");
    let deadline = Instant::now() + Duration::from_secs(3);
    loop {
        let s = printer.status().expect("status");
        if s.paper == PaperLevel::Out {
            assert!(!s.can_print());
            break;
        }
        assert!(
            Instant::now() < deadline,
            "`paper out` on stdin did not take effect: {s:?}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn print_test_writes_a_png_of_every_language() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("test-page.png");
    let config = concat!(env!("CARGO_MANIFEST_DIR"), "/kiosk.toml");
    let status = bin()
        .args(["--config", config, "print-test", "--out"])
        .arg(&out)
        .status()
        .expect("run print-test");
    assert!(status.success(), "print-test exited with {status}");
    let png = std::fs::read(&out).expect("test page written");
    assert_eq!(&png[1..4], b"PNG");
    let bad = bin()
        .args(["--config", config, "print-test", "--out"])
        .arg(dir.path().join("page.jpg"))
        .output()
        .expect("run");
    assert!(
        !bad.status.success(),
        "an unknown extension must be refused"
    );
    assert!(
        String::from_utf8_lossy(&bad.stderr).contains(".png or .bin"),
        "clear message"
    );
}
