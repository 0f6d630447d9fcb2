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

/// The operator commands a running kiosk must run itself (they open its devices).
fn device_commands(paid: &str) -> [Vec<String>; 3] {
    [
        vec!["settle".into(), paid.into(), "--retry".into()],
        vec!["recover".into(), "--json".into()],
        vec!["print-test".into()],
    ]
}

fn files_in(dir: &std::path::Path) -> usize {
    std::fs::read_dir(dir).map_or(0, |d| d.count())
}

#[test]
fn operator_commands_beside_a_running_kiosk_run_inside_its_engine() {
    use std::os::unix::fs::PermissionsExt;
    let k = kiosk(None);
    // The "running kiosk": the lock held and the socket served by this process's demo engine.
    let engine = engine(&k);
    let sub = subscriber_ref(&engine);
    let paid = row(
        &engine,
        &sub,
        Some(approval(1980, Some(11))),
        PAID_THEN_OPERATOR,
    )
    .id;
    let _lock = simkiosk::control::KioskLock::try_acquire(&k.journal_path())
        .expect("lock file")
        .expect("nobody else holds the lock");
    let server = simkiosk::control::serve_engine(&engine).expect("control socket served");
    let mode = std::fs::metadata(server.path())
        .expect("socket file")
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600, "the control socket is not owner-only");
    let receipts_before = files_in(&k.receipts_dir());

    let [settle, recover, print_test] = device_commands(&paid);
    let run = |args: &[String]| {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        simkiosk(Some(&k), &args, "")
    };
    let out = run(&settle);
    assert_eq!(code(&out), 0, "settle --retry: {}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("renewed until"),
        "{}",
        text(&out.stdout)
    );
    let out = run(&recover);
    assert_eq!(code(&out), 0, "recover: {}", text(&out.stderr));
    let report: serde_json::Value =
        serde_json::from_slice(&out.stdout).expect("recover --json answers JSON");
    assert!(report["examined"].is_u64(), "{report}");
    let out = run(&print_test);
    assert_eq!(code(&out), 0, "print-test: {}", text(&out.stderr));
    assert!(text(&out.stdout).contains("test page printed"));

    // Three pings and three commands reached the kiosk; none opened a printer of its own.
    assert_eq!(server.served(), 6, "requests served by the kiosk");
    assert!(
        !k.dir.path().join("print-test").exists(),
        "print-test started its own simulated printer beside the kiosk"
    );
    assert!(
        files_in(&k.receipts_dir()) > receipts_before,
        "the test page did not come out of the kiosk's printer"
    );
    let journal = simkiosk::journal::Journal::open(&k.journal_path()).unwrap();
    assert_eq!(journal.get(&paid).unwrap().state, TxState::ReceiptFailed);
}

#[test]
fn an_operator_command_refuses_when_the_kiosk_holds_the_lock_but_does_not_answer() {
    let k = kiosk(None);
    let _lock = simkiosk::control::KioskLock::try_acquire(&k.journal_path())
        .expect("lock file")
        .expect("nobody else holds the lock");
    // A hung kiosk: the socket accepts connections (the kernel's backlog) and never answers.
    let _hung =
        std::os::unix::net::UnixListener::bind(simkiosk::control::socket_path(&k.journal_path()))
            .expect("bind");
    let [settle, recover, print_test] = device_commands("some-id");
    for args in [settle, print_test] {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let started = std::time::Instant::now();
        let out = simkiosk(Some(&k), &args, "");
        let took = started.elapsed();
        assert_eq!(
            code(&out),
            i32::from(simkiosk::control::EXIT_KIOSK_NOT_ANSWERING),
            "{args:?}: {}",
            text(&out.stderr)
        );
        assert!(
            text(&out.stderr).contains("did not answer"),
            "{args:?}: {}",
            text(&out.stderr)
        );
        assert!(
            took < std::time::Duration::from_secs(10),
            "{args:?} took {took:?}"
        );
        assert!(
            !k.dir.path().join("print-test").exists(),
            "{args:?} opened a printer"
        );
    }
    // No socket at all (the kiosk has not served it yet, or failed to): refused the same way.
    drop(_hung);
    std::fs::remove_file(simkiosk::control::socket_path(&k.journal_path())).expect("rm socket");
    let args: Vec<&str> = recover.iter().map(String::as_str).collect();
    let out = simkiosk(Some(&k), &args, "");
    assert_eq!(code(&out), 3, "recover: {}", text(&out.stderr));
}

#[test]
fn a_second_kiosk_on_the_same_journal_is_refused() {
    let k = kiosk(None);
    let _first = simkiosk::control::hold_for_kiosk(&k.journal_path()).expect("first kiosk");
    let second = simkiosk::control::hold_for_kiosk(&k.journal_path())
        .expect_err("the lock must be exclusive");
    assert!(second.to_string().contains(".lock"), "{second}");
}

#[test]
fn a_control_request_is_one_json_line() {
    let request = simkiosk::control::Request::Settle {
        id: "tx-1".into(),
        action: simkiosk::control::SettleAction::Retry,
        actor: "cli:gina".into(),
        json: false,
    };
    assert_eq!(
        serde_json::to_string(&request).unwrap(),
        r#"{"command":"settle","id":"tx-1","action":"retry","actor":"cli:gina","json":false}"#
    );
    assert_eq!(
        serde_json::to_string(&simkiosk::control::Request::PrintTest).unwrap(),
        r#"{"command":"print-test"}"#
    );
}

#[test]
fn without_a_running_kiosk_a_command_takes_the_lock_and_runs_here_and_blocks_a_second_one() {
    use simkiosk::control::{Request, Route, Timeouts, route_with};
    let k = kiosk(None);
    let quick = Timeouts {
        ping: std::time::Duration::from_millis(300),
        work: std::time::Duration::from_secs(1),
    };
    let first = route_with(&k.journal_path(), &Request::Recover { json: false }, quick)
        .expect("a free lock is taken");
    assert!(
        matches!(first, Route::Local(_)),
        "no kiosk runs: the command runs here, got {first:?}"
    );
    // While it runs, a second command finds the lock held and no socket: refused, not run.
    let second = route_with(&k.journal_path(), &Request::PrintTest, quick)
        .expect_err("the lock is held by the first command");
    assert_eq!(
        second.exit_code(),
        simkiosk::control::EXIT_KIOSK_NOT_ANSWERING
    );
    drop(first);
    assert!(
        matches!(
            route_with(&k.journal_path(), &Request::PrintTest, quick),
            Ok(Route::Local(_))
        ),
        "the lock is free again once the first command is done"
    );
}
