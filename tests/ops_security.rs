//! Security of the box, after real runs of the binary on the demo configuration with debug
//! logging: no full phone number of a demo SIM and no card-like number (13-19 digits passing
//! Luhn) in the journal file, the logs, the command output or the demo receipts; the journal
//! is readable by its owner only.

mod ops_support;

use ops_support::*;
use simkiosk::carrier::demo::DEMO_SIMS;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Every way a full phone number of a demo SIM could be written.
fn phone_forms() -> Vec<String> {
    DEMO_SIMS
        .iter()
        .flat_map(|s| {
            let m = s.msisdn;
            let (a, b, c) = (&m[..3], &m[3..7], &m[7..]);
            [
                m.to_owned(),
                format!("{a}-{b}-{c}"),
                format!("{a} {b} {c}"),
                format!("+81{}", &m[1..]),
                format!("+81 {}-{b}-{c}", &a[1..]),
                // The national significant number alone (10 digits).
                m[1..].to_owned(),
            ]
        })
        .collect()
}

fn luhn_ok(digits: &[u8]) -> bool {
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, d)| {
            let d = u32::from(d - b'0');
            if i % 2 == 1 {
                let x = d * 2;
                if x > 9 { x - 9 } else { x }
            } else {
                d
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

/// Card-like numbers in `bytes`: maximal runs of 13-19 ASCII digits, or groups of four
/// digits joined by single spaces or hyphens (`4111 1111 1111 1111`), passing Luhn.
fn card_like_numbers(bytes: &[u8]) -> Vec<String> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        let mut digits = Vec::new();
        let mut j = i;
        // Take digits; allow a single space or hyphen between groups of exactly four.
        let mut group = 0;
        let mut grouped = false;
        while j < bytes.len() {
            let b = bytes[j];
            if b.is_ascii_digit() {
                digits.push(b);
                group += 1;
                j += 1;
            } else if (b == b' ' || b == b'-')
                && group == 4
                && bytes.get(j + 1).is_some_and(u8::is_ascii_digit)
            {
                grouped = true;
                group = 0;
                j += 1;
            } else {
                break;
            }
        }
        // A grouped number must end on a full or partial group, like a printed card number.
        let shaped = !grouped || (1..=4).contains(&group);
        if (13..=19).contains(&digits.len()) && shaped && luhn_ok(&digits) {
            found.push(String::from_utf8_lossy(&bytes[start..j]).into_owned());
        }
        i = j.max(i + 1);
    }
    found
}

fn leaks(what: &str, bytes: &[u8]) -> Vec<String> {
    let mut problems = Vec::new();
    for form in phone_forms() {
        if bytes.windows(form.len()).any(|w| w == form.as_bytes()) {
            problems.push(format!("{what}: full phone number {form}"));
        }
    }
    for n in card_like_numbers(bytes) {
        problems.push(format!("{what}: card-like number {n}"));
    }
    problems
}

fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                out.extend(files_under(&p));
            } else {
                out.push(p);
            }
        }
    }
    out
}

#[test]
fn the_scanner_finds_what_it_looks_for() {
    assert_eq!(
        card_like_numbers(b"pan=4111111111111111;"),
        ["4111111111111111"]
    );
    assert_eq!(
        card_like_numbers(b"x 4111 1111 1111 1111 y"),
        ["4111 1111 1111 1111"]
    );
    assert!(card_like_numbers(b"4111111111111112").is_empty(), "Luhn");
    assert!(card_like_numbers(b"************1111 2026-11-25").is_empty());
    assert!(!leaks("t", b"sim 090-1234-5678").is_empty());
    assert!(leaks("t", b"sim 090-****-5678").is_empty());
}

#[test]
fn no_phone_or_card_number_leaves_a_renewal_and_the_journal_is_private() {
    let k = kiosk(None);
    let mut output = Vec::new();
    let run = |args: &[&str], output: &mut Vec<u8>| {
        let out = Command::new(env!("CARGO_BIN_EXE_simkiosk"))
            .arg("--config")
            .arg(&k.toml)
            .args(args)
            .current_dir(k.dir.path())
            .env("RUST_LOG", "debug")
            .output()
            .expect("run simkiosk");
        output.extend_from_slice(&out.stdout);
        output.extend_from_slice(&out.stderr);
        out
    };
    let iccid = DEMO_SIMS[2].iccid();
    let renewals: [(&str, &str); 3] = [
        ("090-1234-5678", DEMO_PLAN),
        ("+81 90 8765 4321", "docomo-15d-10gb"),
        (iccid.as_str(), "softbank-7d-5gb"),
    ];
    for (sim, plan) in renewals {
        let out = run(&["renew", "--sim", sim, "--plan", plan], &mut output);
        assert!(
            out.status.success(),
            "renew {plan} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    run(
        &[
            "renew",
            "--sim",
            "09012345678",
            "--plan",
            DEMO_PLAN,
            "--json",
        ],
        &mut output,
    );
    run(&["lookup", "08022223333"], &mut output);
    run(&["journal", "--json"], &mut output);
    let day = chrono::Utc::now()
        .with_timezone(&simkiosk::domain::promotion::jst())
        .date_naive()
        .to_string();
    run(&["report", "--day", &day, "--json"], &mut output);
    assert!(
        String::from_utf8_lossy(&output).contains("DEBUG"),
        "debug logging did not reach stderr: the scan would prove nothing"
    );

    let mut problems = leaks("command output and logs", &output);
    let mut iccid_seen = Vec::new();
    let journal_files: Vec<PathBuf> = ["journal.db", "journal.db-wal", "journal.db-shm"]
        .iter()
        .map(|n| k.dir.path().join(n))
        .filter(|p| p.exists())
        .collect();
    assert!(journal_files.iter().any(|p| p.ends_with("journal.db")));
    let receipts = files_under(&k.receipts_dir());
    assert!(!receipts.is_empty(), "no demo receipts were written");
    for file in journal_files.iter().chain(&receipts) {
        let bytes = std::fs::read(file).expect("read");
        problems.extend(leaks(&file.display().to_string(), &bytes));
        if bytes.windows(iccid.len()).any(|w| w == iccid.as_bytes()) {
            iccid_seen.push(file.display().to_string());
        }
    }
    assert!(problems.is_empty(), "leaks:\n{}", problems.join("\n"));
    assert!(iccid_seen.is_empty(), "ICCID stored in {iccid_seen:?}");

    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        for f in &journal_files {
            let mode = std::fs::metadata(f).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600, "{} is {mode:o}", f.display());
        }
    }
}

#[test]
fn secrets_cannot_be_written_into_kiosk_toml() {
    // The terminal password and the carrier API key come from the environment or a file
    // outside the repository; an inline value is an error, not a silent secret in the repo.
    let shipped =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("kiosk.toml")).unwrap();
    let mut doc: toml_edit::DocumentMut = shipped.parse().unwrap();
    doc["payment"]["password"] = toml_edit::value("123456");
    doc["carrier"]["api_key"] = toml_edit::value("sk-live-secret");
    let errors = match simkiosk::config::Config::from_str(&doc.to_string(), "kiosk.toml") {
        Ok(_) => panic!("inline secrets must be refused"),
        Err(e) => e.to_string(),
    };
    assert!(errors.contains("payment.password: unknown key"), "{errors}");
    assert!(errors.contains("carrier.api_key: unknown key"), "{errors}");
    assert!(
        !errors.contains("sk-live-secret"),
        "the secret was echoed: {errors}"
    );
}
