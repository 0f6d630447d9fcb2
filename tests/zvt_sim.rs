//! The ZVT driver against the terminal simulator over real pseudo-terminals (and TCP), one
//! scenario per test, with the simulator's ledger checked.

use simkiosk::domain::Yen;
use simkiosk::payment::zvt::simulator::{SimConfig, spawn_on_pty, spawn_tcp};
use simkiosk::payment::zvt::{SerialSettings, ZvtTerminal};
use simkiosk::payment::{
    Approval, CancelFlag, CommitDecision, PaymentError, PaymentObserver, PaymentOutcome,
    PaymentRequest, PaymentTerminal, ReversalOutcome, TerminalHealth, TerminalMessage,
};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const PASSWORD: u32 = 123456;

struct Recorder {
    messages: Vec<TerminalMessage>,
    approvals: Vec<Approval>,
    decision: CommitDecision,
    delay: Duration,
}

impl Recorder {
    fn accepting() -> Self {
        Self {
            messages: vec![],
            approvals: vec![],
            decision: CommitDecision::Accept,
            delay: Duration::ZERO,
        }
    }
}

impl PaymentObserver for Recorder {
    fn message(&mut self, m: TerminalMessage) {
        self.messages.push(m);
    }
    fn approved(&mut self, a: &Approval) -> CommitDecision {
        self.approvals.push(a.clone());
        std::thread::sleep(self.delay);
        self.decision
    }
}

struct Rig {
    terminal: ZvtTerminal,
    ledger: PathBuf,
    path: PathBuf,
    _dir: tempfile::TempDir,
}

fn rig(cfg: SimConfig) -> Rig {
    let dir = tempfile::tempdir().unwrap();
    let ledger = dir.path().join("ledger.jsonl");
    let (path, _thread) = spawn_on_pty(SimConfig {
        ledger: Some(ledger.clone()),
        ..cfg
    })
    .unwrap();
    let terminal = ZvtTerminal::serial(SerialSettings::new(path.to_string_lossy()), PASSWORD);
    Rig {
        terminal,
        ledger,
        path,
        _dir: dir,
    }
}

fn ledger(path: &Path) -> Vec<serde_json::Value> {
    match std::fs::read_to_string(path) {
        Ok(text) => text
            .lines()
            .map(|l| serde_json::from_str(l).expect("ledger line is JSON"))
            .collect(),
        Err(_) => Vec::new(),
    }
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
fn approve_commits_and_the_ledger_shows_one_charge() {
    let mut r = rig(SimConfig::default());
    assert_eq!(r.terminal.health().unwrap(), TerminalHealth::Ready);
    let mut obs = Recorder::accepting();
    let out = pay(&mut r.terminal, 1980, &mut obs).unwrap();
    let PaymentOutcome::Approved {
        approval,
        slip_lines,
        completion_received,
    } = out
    else {
        panic!("expected approval, got {out:?}")
    };
    assert!(completion_received);
    assert_eq!(approval.amount, Yen(1980));
    assert_eq!(approval.masked_pan.as_deref(), Some("************0119"));
    assert_eq!(
        obs.approvals,
        vec![approval.clone()],
        "the observer saw the approval before the commit"
    );
    assert_eq!(
        slip_lines.first().map(String::as_str),
        Some("CUSTOMER RECEIPT")
    );
    let inter: Vec<_> = obs
        .messages
        .iter()
        .filter(|m| matches!(m, TerminalMessage::Intermediate(_)))
        .collect();
    assert_eq!(
        inter,
        [0x0A, 0x01, 0x04, 0x0B]
            .map(TerminalMessage::Intermediate)
            .iter()
            .collect::<Vec<_>>()
    );
    let l = ledger(&r.ledger);
    assert_eq!(l.len(), 1, "{l:?}");
    assert_eq!(l[0]["event"], "approved");
    assert_eq!(l[0]["amount_yen"], 1980);
    assert_eq!(l[0]["receipt_no"], approval.receipt_no.unwrap());
}

#[test]
fn decline_is_an_outcome_and_charges_nothing() {
    let mut r = rig(SimConfig {
        decline: Some(0x05),
        ..SimConfig::default()
    });
    let mut obs = Recorder::accepting();
    assert_eq!(
        pay(&mut r.terminal, 500, &mut obs).unwrap(),
        PaymentOutcome::Declined { result_code: 0x05 }
    );
    assert!(obs.approvals.is_empty());
    assert!(obs.messages.contains(&TerminalMessage::Result(0x05)));
    let l = ledger(&r.ledger);
    assert_eq!((l.len(), l[0]["event"].as_str()), (1, Some("refused")));
}

#[test]
fn customer_abort_at_the_terminal() {
    let mut r = rig(SimConfig {
        customer_abort: true,
        ..SimConfig::default()
    });
    let out = pay(&mut r.terminal, 500, &mut Recorder::accepting()).unwrap();
    assert_eq!(
        out,
        PaymentOutcome::Aborted {
            result_code: Some(0x6C)
        }
    );
    assert!(ledger(&r.ledger).is_empty());
}

#[test]
fn cancel_at_the_kiosk_sends_abort() {
    let mut r = rig(SimConfig {
        card_wait: Duration::from_secs(5),
        ..SimConfig::default()
    });
    let cancel = CancelFlag::default();
    let c2 = cancel.clone();
    std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(400));
        c2.request();
    });
    let started = Instant::now();
    let out = r.terminal.authorise(
        &PaymentRequest {
            amount: Yen(700),
            cancel,
        },
        &mut Recorder::accepting(),
    );
    assert_eq!(
        out.unwrap(),
        PaymentOutcome::Aborted {
            result_code: Some(0x6C)
        }
    );
    assert!(
        started.elapsed() < Duration::from_secs(4),
        "aborted before the card wait ended"
    );
    assert!(ledger(&r.ledger).is_empty());
}

#[test]
fn kiosk_refusing_the_commit_makes_the_terminal_reverse() {
    let mut r = rig(SimConfig::default());
    let mut obs = Recorder {
        decision: CommitDecision::Refuse,
        ..Recorder::accepting()
    };
    let out = pay(&mut r.terminal, 800, &mut obs).unwrap();
    assert!(matches!(out, PaymentOutcome::Aborted { .. }), "{out:?}");
    let l = ledger(&r.ledger);
    assert_eq!(l.len(), 1);
    assert_eq!(l[0]["event"], "reversed");
    assert!(
        l[0]["reason"]
            .as_str()
            .unwrap()
            .starts_with("refused-by-ecr")
    );
}

#[test]
fn late_commit_after_the_terminal_timeout_is_not_called_approved() {
    let mut r = rig(SimConfig {
        commit_timeout: Duration::from_millis(500),
        ..SimConfig::default()
    });
    let mut obs = Recorder {
        delay: Duration::from_millis(1200),
        ..Recorder::accepting()
    };
    let out = pay(&mut r.terminal, 900, &mut obs);
    assert!(matches!(out, Err(PaymentError::Protocol(_))), "{out:?}");
    let l = ledger(&r.ledger);
    assert_eq!(
        (l[0]["event"].as_str(), l[0]["reason"].as_str()),
        (Some("reversed"), Some("commit-timeout"))
    );
}

#[test]
fn slow_host_still_approves() {
    let mut r = rig(SimConfig {
        host_delay: Duration::from_millis(600),
        ..SimConfig::default()
    });
    let started = Instant::now();
    let out = pay(&mut r.terminal, 300, &mut Recorder::accepting()).unwrap();
    assert!(matches!(out, PaymentOutcome::Approved { .. }), "{out:?}");
    assert!(started.elapsed() >= Duration::from_millis(600));
}

#[test]
fn two_naks_are_survived() {
    let mut r = rig(SimConfig {
        nak_first: 2,
        ..SimConfig::default()
    });
    let out = pay(&mut r.terminal, 300, &mut Recorder::accepting()).unwrap();
    assert!(matches!(out, PaymentOutcome::Approved { .. }), "{out:?}");
}

#[test]
fn three_naks_fail_then_the_terminal_comes_back() {
    let mut r = rig(SimConfig {
        nak_first: 3,
        ..SimConfig::default()
    });
    let err = r.terminal.health().unwrap_err();
    assert!(
        matches!(&err, PaymentError::Transport(m) if m.contains("NAK")),
        "{err:?}"
    );
    assert_eq!(r.terminal.health().unwrap(), TerminalHealth::Ready);
}

#[test]
fn garbage_between_frames_is_ignored() {
    let mut r = rig(SimConfig {
        garbage: true,
        ..SimConfig::default()
    });
    let out = pay(&mut r.terminal, 1000, &mut Recorder::accepting()).unwrap();
    assert!(matches!(out, PaymentOutcome::Approved { .. }), "{out:?}");
}

#[test]
fn silent_terminal_times_out_with_a_clear_reason() {
    let mut r = rig(SimConfig {
        no_answer: true,
        ..SimConfig::default()
    });
    let started = Instant::now();
    let err = r.terminal.health().unwrap_err();
    assert!(
        matches!(&err, PaymentError::Timeout { what } if what.contains("T2")),
        "{err:?}"
    );
    assert!(
        started.elapsed() < Duration::from_secs(20),
        "bounded by 3 x T2"
    );
}

#[test]
fn reversal_repeat_receipt_and_end_of_day() {
    let mut r = rig(SimConfig::default());
    let PaymentOutcome::Approved { approval, .. } =
        pay(&mut r.terminal, 2500, &mut Recorder::accepting()).unwrap()
    else {
        panic!("not approved")
    };
    let again = r
        .terminal
        .repeat_receipt()
        .unwrap()
        .expect("the terminal remembers the sale");
    assert_eq!(again.receipt_no, approval.receipt_no);
    let receipt = approval.receipt_no.unwrap();
    let rev = r.terminal.reverse(receipt, Yen(2500)).unwrap();
    assert!(matches!(rev, ReversalOutcome::Reversed { .. }), "{rev:?}");
    assert_eq!(
        r.terminal.reverse(receipt, Yen(2500)).unwrap(),
        ReversalOutcome::AlreadyReversed
    );
    assert_eq!(
        r.terminal.reverse(9999, Yen(1)).unwrap(),
        ReversalOutcome::Refused { result_code: 0xB5 }
    );
    let lines = r.terminal.end_of_day().unwrap();
    assert!(
        lines
            .iter()
            .any(|l| l.contains("TOTAL") && l.contains(" 0 JPY")),
        "{lines:?}"
    );
    let events: Vec<String> = ledger(&r.ledger)
        .iter()
        .map(|v| v["event"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(events, ["approved", "reversed"]);
}

#[test]
fn kiosk_reconnects_and_the_terminal_keeps_its_state() {
    let mut r = rig(SimConfig::default());
    let PaymentOutcome::Approved { approval: a1, .. } =
        pay(&mut r.terminal, 100, &mut Recorder::accepting()).unwrap()
    else {
        panic!("first payment")
    };
    drop(r.terminal);
    let mut t2 = ZvtTerminal::serial(SerialSettings::new(r.path.to_string_lossy()), PASSWORD);
    let PaymentOutcome::Approved { approval: a2, .. } =
        pay(&mut t2, 200, &mut Recorder::accepting()).unwrap()
    else {
        panic!("second payment")
    };
    assert_eq!(a2.receipt_no, a1.receipt_no.map(|n| n + 1));
    assert_eq!(ledger(&r.ledger).len(), 2);
}

#[test]
fn tcp_bare_apdus() {
    let dir = tempfile::tempdir().unwrap();
    let ledger_path = dir.path().join("l.jsonl");
    let (addr, _t) = spawn_tcp(
        SimConfig {
            ledger: Some(ledger_path.clone()),
            ..SimConfig::default()
        },
        "127.0.0.1:0",
    )
    .unwrap();
    let mut t = ZvtTerminal::tcp(addr.to_string(), PASSWORD);
    assert_eq!(t.health().unwrap(), TerminalHealth::Ready);
    let out = pay(&mut t, 1234, &mut Recorder::accepting()).unwrap();
    assert!(
        matches!(
            out,
            PaymentOutcome::Approved {
                completion_received: true,
                ..
            }
        ),
        "{out:?}"
    );
    assert_eq!(ledger(&ledger_path)[0]["amount_yen"], 1234);
}

/// A "terminal" that only writes `bytes` again and again on a raw pseudo-terminal.
fn raw_terminal(bytes: Vec<u8>) -> PathBuf {
    use serialport::{SerialPort, TTYPort};
    use std::io::Write;
    let (mut master, slave) = TTYPort::pair().unwrap();
    let path = PathBuf::from(slave.name().unwrap());
    std::thread::spawn(move || {
        let _keep = slave;
        let _ = master.set_timeout(Duration::from_millis(100));
        let until = Instant::now() + Duration::from_secs(20);
        while Instant::now() < until {
            if master.write_all(&bytes).is_err() {
                std::thread::sleep(Duration::from_millis(10));
            }
        }
    });
    path
}

#[test]
fn flooding_terminal_is_a_clear_protocol_error() {
    let path = raw_terminal(vec![0xAA; 512]);
    let mut t = ZvtTerminal::serial(SerialSettings::new(path.to_string_lossy()), PASSWORD);
    let err = t.health().unwrap_err();
    assert!(
        matches!(&err, PaymentError::Protocol(m) if m.contains("flooded")),
        "{err:?}"
    );
}

#[test]
fn terminal_sending_broken_frames_is_a_clear_protocol_error() {
    // Frames with a wrong CRC, forever.
    let path = raw_terminal(vec![0x10, 0x02, 0x80, 0x00, 0x00, 0x10, 0x03, 0x00, 0x00]);
    let mut t = ZvtTerminal::serial(SerialSettings::new(path.to_string_lossy()), PASSWORD);
    let err = t.health().unwrap_err();
    assert!(
        matches!(&err, PaymentError::Protocol(m) if m.contains("broken frames")),
        "{err:?}"
    );
}

#[test]
fn terminal_out_of_order_is_not_ready_and_refuses_sales() {
    let mut r = rig(SimConfig {
        not_ready: Some(0xA0),
        ..SimConfig::default()
    });
    assert_eq!(
        r.terminal.health().unwrap(),
        TerminalHealth::NotReady { result_code: 0xA0 }
    );
    let out = pay(&mut r.terminal, 500, &mut Recorder::accepting()).unwrap();
    assert_eq!(out, PaymentOutcome::Declined { result_code: 0xA0 });
    assert!(ledger(&r.ledger).is_empty(), "nothing charged");
}
