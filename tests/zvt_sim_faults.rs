//! The terminal simulator's fault scenarios (`terminal-sim --approve-without-amount`,
//! `--approve-amount`, `--lose-registration`, `--drop-commit-ack`) against the ZVT driver over a
//! pseudo-terminal, each with the simulator's ledger checked: what the terminal really charged.

use simkiosk::domain::Yen;
use simkiosk::payment::zvt::simulator::{SimConfig, spawn_on_pty};
use simkiosk::payment::zvt::{SerialSettings, ZvtTerminal};
use simkiosk::payment::{
    Approval, CancelFlag, CommitDecision, PaymentError, PaymentObserver, PaymentOutcome,
    PaymentRequest, PaymentTerminal, TerminalMessage,
};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const PASSWORD: u32 = 123456;

#[derive(Default)]
struct Recorder {
    approvals: Vec<Approval>,
}

impl PaymentObserver for Recorder {
    fn message(&mut self, _: TerminalMessage) {}
    fn approved(&mut self, a: &Approval) -> CommitDecision {
        self.approvals.push(a.clone());
        CommitDecision::Accept
    }
}

struct Rig {
    terminal: ZvtTerminal,
    ledger: PathBuf,
    _dir: tempfile::TempDir,
}

fn rig(cfg: SimConfig) -> Rig {
    let dir = tempfile::tempdir().expect("temp dir");
    let ledger = dir.path().join("ledger.jsonl");
    let (path, _thread) = spawn_on_pty(SimConfig {
        ledger: Some(ledger.clone()),
        ..cfg
    })
    .expect("simulator on a pty");
    let terminal = ZvtTerminal::serial(SerialSettings::new(path.to_string_lossy()), PASSWORD);
    Rig {
        terminal,
        ledger,
        _dir: dir,
    }
}

/// (event, amount_yen, reason) per ledger line.
fn ledger(path: &Path) -> Vec<(String, u64, String)> {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    text.lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("ledger line is JSON");
            (
                v["event"].as_str().unwrap_or_default().to_string(),
                v["amount_yen"].as_u64().unwrap_or_default(),
                v["reason"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

fn pay(t: &mut ZvtTerminal, yen: i64, obs: &mut Recorder) -> Result<PaymentOutcome, PaymentError> {
    t.authorise(
        &PaymentRequest {
            amount: Yen(yen),
            cancel: CancelFlag::default(),
        },
        obs,
    )
}

#[test]
fn approval_without_amount_is_refused_and_the_terminal_reverses_the_charge() {
    let mut r = rig(SimConfig {
        approve_without_amount: true,
        ..SimConfig::default()
    });
    let mut obs = Recorder::default();
    let out = pay(&mut r.terminal, 1000, &mut obs);
    assert!(
        matches!(out, Ok(PaymentOutcome::Aborted { .. })),
        "an approval without amount must end refused, got {out:?}"
    );
    assert!(
        obs.approvals.is_empty(),
        "the gate refused before any commit"
    );
    assert_eq!(
        ledger(&r.ledger),
        [("reversed".into(), 1000, "refused-by-ecr 66".into())],
        "the terminal charged 1000 yen and reversed them on our 84 xx"
    );
}

#[test]
fn approval_for_another_amount_is_refused_and_the_terminal_reverses_what_it_charged() {
    let mut r = rig(SimConfig {
        approve_amount: Some(1200),
        ..SimConfig::default()
    });
    let mut obs = Recorder::default();
    let out = pay(&mut r.terminal, 1000, &mut obs);
    assert!(
        matches!(out, Ok(PaymentOutcome::Aborted { .. })),
        "an approval for 1200 yen when 1000 were asked must end refused, got {out:?}"
    );
    assert!(
        obs.approvals.is_empty(),
        "the gate refused before any commit"
    );
    assert_eq!(
        ledger(&r.ledger),
        [("reversed".into(), 1200, "refused-by-ecr 66".into())],
        "the ledger holds what the terminal really charged, then reversed"
    );
}

#[test]
fn terminal_that_lost_its_registration_refuses_sales_until_registered_again() {
    use simkiosk::payment::zvt::command::Command;
    use simkiosk::payment::zvt::session::Finish;
    let mut r = rig(SimConfig {
        lose_registration: true,
        ..SimConfig::default()
    });
    r.terminal
        .register()
        .expect("registration before the reboot");
    let first = r
        .terminal
        .run_simple(Command::authorisation_jpy(500), &mut Recorder::default())
        .expect("the terminal answers");
    assert_eq!(
        first.finish,
        Finish::Rejected { result_code: 0x6B },
        "84 6B 00: not registered"
    );
    let again = r
        .terminal
        .run_simple(Command::authorisation_jpy(500), &mut Recorder::default())
        .expect("the terminal answers");
    assert_eq!(
        again.finish,
        Finish::Rejected { result_code: 0x6B },
        "still refused: nobody registered"
    );
    assert!(
        ledger(&r.ledger).is_empty(),
        "nothing charged: {:?}",
        ledger(&r.ledger)
    );
    r.terminal.register().expect("registering again");
    let second = pay(&mut r.terminal, 500, &mut Recorder::default());
    assert!(
        matches!(second, Ok(PaymentOutcome::Approved { .. })),
        "after 06 00 the terminal sells again: {second:?}"
    );
    assert_eq!(
        ledger(&r.ledger),
        [("approved".into(), 500, "committed".into())]
    );
}

#[test]
fn commit_answer_lost_on_the_line_is_repeated_and_charged_once() {
    let mut r = rig(SimConfig {
        drop_commit_ack: true,
        ..SimConfig::default()
    });
    let started = Instant::now();
    let out = pay(&mut r.terminal, 700, &mut Recorder::default());
    assert!(
        matches!(out, Ok(PaymentOutcome::Approved { .. })),
        "the repeated 80 00 00 commits the sale: {out:?}"
    );
    assert!(
        started.elapsed() >= Duration::from_secs(5),
        "the first answer was ignored, so the kiosk waited T2 before repeating it"
    );
    assert_eq!(
        ledger(&r.ledger),
        [("approved".into(), 700, "committed".into())],
        "one charge, however many times the answer was sent"
    );
}

#[test]
fn not_registered_answer_makes_the_kiosk_register_again_and_the_sale_goes_through() {
    let mut r = rig(SimConfig {
        lose_registration: true,
        ..SimConfig::default()
    });
    r.terminal
        .register()
        .expect("registration before the reboot");
    let out = pay(&mut r.terminal, 600, &mut Recorder::default());
    assert!(
        matches!(out, Ok(PaymentOutcome::Approved { .. })),
        "84 6B is a terminal fault healed by one registration, not a decline: {out:?}"
    );
    assert_eq!(
        ledger(&r.ledger),
        [("approved".into(), 600, "committed".into())]
    );
}
