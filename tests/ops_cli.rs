//! `simkiosk hash-pin`, `simkiosk settle` and `simkiosk report` through the binary: output and
//! exit codes (0 done, 1 could not complete, 2 bad input).

mod ops_support;

use ops_support::*;
use simkiosk::journal::TxState;
use std::io::Write;
use std::process::{Command, Output, Stdio};

fn simkiosk(k: Option<&Kiosk>, args: &[&str], stdin: &str) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_simkiosk"));
    if let Some(k) = k {
        cmd.arg("--config").arg(&k.toml).current_dir(k.dir.path());
    }
    let mut child = cmd
        .args(args)
        .env_remove("RUST_LOG")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run simkiosk");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .expect("write stdin");
    child.wait_with_output().expect("simkiosk output")
}

fn code(out: &Output) -> i32 {
    out.status.code().expect("exited")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn hash_pin_reads_stdin_and_prints_a_phc_string_kiosk_toml_accepts() {
    let out = simkiosk(None, &["hash-pin"], "246810\n");
    assert_eq!(code(&out), 0, "stderr: {}", text(&out.stderr));
    let hash = text(&out.stdout).trim().to_owned();
    assert!(hash.starts_with("$argon2id$v=19$"), "{hash}");
    assert!(!hash.contains("246810"));
    assert!(simkiosk::ops::pin::verify(&hash, "246810"));
    assert!(!simkiosk::ops::pin::verify(&hash, "246811"));
    // The config loader accepts it as `[operator] pin_hash`.
    let k = kiosk(Some(&hash));
    assert_eq!(k.config.operator.pin_hash.as_deref(), Some(hash.as_str()));
}

#[test]
fn hash_pin_refuses_bad_pins_with_exit_2() {
    for (input, why) in [
        ("12345\n", "6 to 8 digits"),
        ("123456789\n", "6 to 8 digits"),
        ("12ab56\n", "digits only"),
        ("", "6 to 8 digits"),
    ] {
        let out = simkiosk(None, &["hash-pin"], input);
        assert_eq!(code(&out), 2, "{input:?}");
        assert!(
            out.stdout.is_empty(),
            "{input:?} printed {}",
            text(&out.stdout)
        );
        let err = text(&out.stderr);
        assert!(err.contains(why), "{input:?}: {err}");
        assert!(
            input.trim().is_empty() || !err.contains(input.trim()),
            "the PIN was echoed: {err}"
        );
    }
}

#[test]
fn hash_pin_takes_no_pin_on_the_command_line() {
    let out = simkiosk(None, &["hash-pin", "246810"], "");
    assert_eq!(code(&out), 2);
    assert!(out.stdout.is_empty());
}

#[test]
fn settle_exit_codes() {
    let k = kiosk(None);
    let (unpaid, resolved_later, paid, bogus_receipt, declined) = {
        let engine = engine(&k);
        let sub = subscriber_ref(&engine);
        let paid_path = PAID_THEN_OPERATOR;
        (
            row(&engine, &sub, None, UNPAID_THEN_OPERATOR).id,
            row(&engine, &sub, None, UNPAID_THEN_OPERATOR).id,
            row(&engine, &sub, Some(approval(1980, Some(11))), paid_path).id,
            row(&engine, &sub, Some(approval(1980, Some(9999))), paid_path).id,
            row(
                &engine,
                &sub,
                None,
                &[TxState::PaymentRequested, TxState::PaymentDeclined],
            )
            .id,
        )
    };
    let run = |args: &[&str]| simkiosk(Some(&k), args, "");

    let out = run(&["settle", "no-such-id", "--resolve", "x"]);
    assert_eq!(code(&out), 2, "unknown id: {}", text(&out.stderr));
    assert!(text(&out.stderr).contains("no transaction no-such-id"));
    assert_eq!(code(&run(&["settle", &unpaid, "--resolve", " "])), 2);
    assert_eq!(code(&run(&["settle", &unpaid])), 2, "no action given");
    assert_eq!(code(&run(&["settle", &unpaid, "--retry", "--reverse"])), 2);
    assert_eq!(
        code(&run(&["settle", &declined, "--resolve", "x"])),
        2,
        "a declined sale awaits nothing"
    );
    assert_eq!(
        code(&run(&["settle", &unpaid, "--retry"])),
        2,
        "no approval"
    );

    let out = run(&[
        "settle",
        &resolved_later,
        "--resolve",
        "no charge on the terminal",
        "--operator",
        "gina",
        "--json",
    ]);
    assert_eq!(code(&out), 0, "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["outcome"], "resolved");
    assert_eq!(v["transaction_id"], resolved_later.as_str());
    assert_eq!(
        code(&run(&["settle", &resolved_later, "--resolve", "again"])),
        2
    );

    let out = run(&["settle", &paid, "--retry"]);
    assert_eq!(code(&out), 0, "retry: {}", text(&out.stderr));
    assert!(text(&out.stdout).contains("renewed until"));

    let out = run(&["settle", &bogus_receipt, "--reverse"]);
    assert_eq!(code(&out), 1, "refused reversal: {}", text(&out.stderr));

    let journal = simkiosk::journal::Journal::open(&k.journal_path()).unwrap();
    assert_eq!(journal.get(&paid).unwrap().state, TxState::ReceiptFailed);
    assert_eq!(
        journal.get(&resolved_later).unwrap().state,
        TxState::Resolved
    );
    assert_eq!(
        journal.get(&bogus_receipt).unwrap().state,
        TxState::NeedsOperator
    );
    let audit = journal.audit_log().unwrap();
    let resolve = audit
        .iter()
        .find(|a| a.action == "settle_resolve")
        .expect("audited");
    assert_eq!(resolve.actor, "gina");
    assert!(
        audit
            .iter()
            .any(|a| a.action == "settle_retry" && a.actor.starts_with("cli:"))
    );
}

#[test]
fn report_for_a_jst_day() {
    let k = kiosk(None);
    let done = {
        let engine = engine(&k);
        sale(&engine)
    };
    let day = done
        .created_at
        .with_timezone(&simkiosk::domain::promotion::jst())
        .date_naive()
        .to_string();
    let out = simkiosk(Some(&k), &["report", "--day", &day, "--json"], "");
    assert_eq!(code(&out), 0, "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["day"], day.as_str());
    assert_eq!(v["transactions"], 1);
    assert_eq!(v["renewals"]["count"], 1);
    assert_eq!(v["renewals"]["total_yen"], done.total_yen);
    assert_eq!(v["by_state"]["done"]["count"], 1);
    assert_eq!(v["by_carrier"]["docomo"]["count"], 1);
    assert_eq!(v["open_decisions"], 0);

    let out = simkiosk(Some(&k), &["report", "--day", &day], "");
    assert_eq!(code(&out), 0);
    let t = text(&out.stdout);
    assert!(t.contains(&format!("daily report {day} (JST)")), "{t}");
    assert!(t.contains(&format!("docomo/{DEMO_PLAN}")), "{t}");

    let out = simkiosk(Some(&k), &["report", "--day", "2020-01-01", "--json"], "");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["transactions"], 0);

    let out = simkiosk(Some(&k), &["report", "--day", "2026-13-01"], "");
    assert_eq!(code(&out), 2, "a bad date is bad input");
}

#[test]
fn report_without_a_journal_creates_none() {
    let k = kiosk(None);
    let out = simkiosk(Some(&k), &["report", "--day", "2026-01-01"], "");
    assert_eq!(code(&out), 1);
    assert!(text(&out.stderr).contains("no journal"));
    assert!(!k.journal_path().exists());
}

#[test]
fn settle_asks_for_the_pin_when_one_is_configured_and_locks_after_five() {
    let hash = simkiosk::ops::pin::hash_pin("918273").unwrap();
    let k = kiosk(Some(&hash));
    let (first, second) = {
        let engine = engine(&k);
        let sub = subscriber_ref(&engine);
        (
            row(&engine, &sub, None, UNPAID_THEN_OPERATOR).id,
            row(&engine, &sub, None, UNPAID_THEN_OPERATOR).id,
        )
    };
    let settle = |id: &str, pin: &str| {
        simkiosk(
            Some(&k),
            &["settle", id, "--resolve", "checked at the terminal"],
            &format!("{pin}\n"),
        )
    };
    let out = settle(&first, "000000");
    assert_eq!(code(&out), 2);
    assert!(
        text(&out.stderr).contains("wrong PIN; 4 tries"),
        "{}",
        text(&out.stderr)
    );
    let out = settle(&first, "918273");
    assert_eq!(code(&out), 0, "{}", text(&out.stderr));
    for _ in 0..5 {
        assert_eq!(code(&settle(&second, "111111")), 2);
    }
    // Locked across processes: the right PIN is refused for five minutes.
    let out = settle(&second, "918273");
    assert_eq!(code(&out), 2);
    assert!(
        text(&out.stderr).contains("locked for"),
        "{}",
        text(&out.stderr)
    );

    let journal = simkiosk::journal::Journal::open(&k.journal_path()).unwrap();
    assert_eq!(journal.get(&first).unwrap().state, TxState::Resolved);
    assert_eq!(journal.get(&second).unwrap().state, TxState::NeedsOperator);
    let actions: Vec<String> = journal
        .audit_log()
        .unwrap()
        .into_iter()
        .map(|a| {
            assert!(!a.detail.contains("918273") && !a.detail.contains("111111"));
            a.action
        })
        .collect();
    assert_eq!(
        actions,
        [
            "pin_wrong",
            "pin_ok",
            "settle_resolve",
            "pin_wrong",
            "pin_wrong",
            "pin_wrong",
            "pin_wrong",
            "pin_lockout",
            "pin_refused_locked"
        ]
    );
}
