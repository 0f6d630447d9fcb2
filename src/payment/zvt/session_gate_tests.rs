//! Session tests for the commit gate's side of a payment: what goes to the gate, what the
//! decision's delivery means, and that card data never reaches the trace log.

use super::command::Command;
use super::frame::{ACK, encode_frame};
use super::link::T2;
use super::session::*;
use super::session_tests::{Harness, ack_frame, approval_apdu, refusal, report};
use crate::payment::CommitDecision;
use std::time::Duration;

fn status_apdu(bmps: &[u8]) -> Vec<u8> {
    let mut a = vec![0x04, 0x0F, bmps.len() as u8];
    a.extend_from_slice(bmps);
    a
}

fn authorisation() -> (Harness, Vec<u8>) {
    let (mut h, out) = Harness::start(Command::authorisation_jpy(1000));
    h.pt(&[0x80, 0, 0]);
    (h, out)
}

#[test]
fn approval_without_amount_goes_to_the_commit_gate_not_to_an_ack() {
    let (mut h, _) = authorisation();
    // 27 00: result 00, no BMP 04.
    let (out, ev) = h.pt(&status_apdu(&[0x27, 0x00, 0x87, 0x00, 0x07]));
    assert_eq!(out, vec![ACK], "no 80 00 00 before the gate has decided");
    assert!(
        matches!(&ev[..], [SessionEvent::CommitRequired(f)] if f.amount.is_none()),
        "{ev:?}"
    );
    assert!(h.s.decide(CommitDecision::Refuse, h.t), "answer queued");
    assert_eq!(h.out(), encode_frame(&[0x84, REFUSE_CODE, 0]));
}

#[test]
fn status_without_result_code_goes_to_the_commit_gate() {
    let (mut h, _) = authorisation();
    let (out, ev) = h.pt(&status_apdu(&[0x04, 0, 0, 0, 0, 0x10, 0x00]));
    assert_eq!(out, vec![ACK], "no 80 00 00 before the gate has decided");
    assert!(
        matches!(&ev[..], [SessionEvent::CommitRequired(_)]),
        "{ev:?}"
    );
}

#[test]
fn an_explicit_decline_is_acknowledged_without_the_gate() {
    let (mut h, _) = authorisation();
    let (out, ev) = h.pt(&status_apdu(&[0x27, 0x05]));
    assert_eq!(out, ack_frame(), "a decline keeps no money: 80 00 00");
    assert!(matches!(&ev[..], [SessionEvent::Status(_)]), "{ev:?}");
}

#[test]
fn a_repeated_incomplete_approval_after_a_refusal_is_refused_again() {
    let (mut h, _) = authorisation();
    let incomplete = status_apdu(&[0x27, 0x00]);
    h.pt(&incomplete);
    assert!(h.s.decide(CommitDecision::Refuse, h.t), "answer queued");
    h.out();
    h.s.handle_input(&[ACK], h.t);
    let (out, _) = h.pt(&incomplete);
    assert_eq!(out, refusal(), "the repeat must not be taken as kept");
}

#[test]
fn a_decision_after_the_session_gave_up_is_not_queued_so_nothing_may_be_committed() {
    let (mut h, _) = authorisation();
    let (_, ev) = h.pt(&approval_apdu());
    assert!(
        matches!(&ev[..], [SessionEvent::CommitRequired(_)]),
        "{ev:?}"
    );
    // The driver's hard cap (or a lost line) resets the session while the engine journals.
    h.s.reset();
    assert!(
        !h.s.decide(CommitDecision::Accept, h.t),
        "decide must say the answer was not queued"
    );
    assert_eq!(h.out(), Vec::<u8>::new(), "nothing is sent to the terminal");
}

#[test]
fn a_decision_superseded_without_its_own_ack_is_not_counted_delivered() {
    let (mut h, _) = authorisation();
    h.pt(&approval_apdu());
    assert!(h.s.decide(CommitDecision::Accept, h.t), "answer queued");
    assert_eq!(h.out(), encode_frame(&[0x80, 0, 0]));
    // No ACK for our 80 00 00: the terminal's print line comes straight away (no leading ACK).
    h.s.handle_input(&encode_frame(&[0x06, 0xD1, 0x02, 0x80, b'A']), h.t);
    assert_eq!(h.out(), ack_frame(), "its frame ACKed and answered");
    // Our answer to the print line is ACKed; that ACK is not the decision's.
    let (out, ev) = h.pt(&[0x06, 0x0F, 0x00]);
    assert_eq!(out, ack_frame());
    let (_, later) = h.advance(T2 * 3);
    assert!(
        !later.iter().any(|e| matches!(e, SessionEvent::Finished(_))),
        "already finished"
    );
    let r = report(&ev);
    assert_eq!(r.decision, Some(CommitDecision::Accept));
    assert!(
        !r.decision_delivered,
        "only the ACK of the decision frame itself proves delivery"
    );
}

#[test]
fn our_answer_is_not_repeated_after_t2_once_the_terminal_moved_on() {
    let (mut h, _) = authorisation();
    h.pt(&approval_apdu());
    assert!(h.s.decide(CommitDecision::Refuse, h.t), "answer queued");
    h.out();
    // The terminal's abort arrives without an ACK for our 84 66 00.
    h.s.handle_input(&encode_frame(&[0x06, 0x1E, 0x01, 0x6C]), h.t);
    assert_eq!(h.out(), ack_frame(), "its abort ACKed and answered");
    h.s.handle_input(&[ACK], h.t);
    let (out, _) = h.advance(T2 + Duration::from_millis(1));
    assert_eq!(out, Vec::<u8>::new(), "the refusal is never sent again");
}

/// Everything logged at any level while `f` runs.
fn captured_logs(f: impl FnOnce()) -> String {
    use std::sync::{Arc, Mutex};
    #[derive(Clone)]
    struct Sink(Arc<Mutex<Vec<u8>>>);
    impl std::io::Write for Sink {
        fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
            self.0
                .lock()
                .map_err(|_| std::io::ErrorKind::Other)?
                .extend_from_slice(b);
            Ok(b.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let sink = Sink(Arc::new(Mutex::new(Vec::new())));
    let writer = sink.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .finish();
    tracing::subscriber::with_default(subscriber, f);
    let bytes = sink.0.lock().map(|b| b.clone()).unwrap_or_default();
    String::from_utf8_lossy(&bytes).into_owned()
}

#[test]
fn an_unmasked_pan_from_the_terminal_never_reaches_the_trace_log() {
    // PAN 4929 1234 5678 0119 sent in clear (BMP 22), expiry 2812 (BMP 0E), then a print line
    // with the PAN as text.
    let pan_bmps = [
        0x27, 0x00, 0x04, 0, 0, 0, 0, 0x10, 0x00, 0x22, 0xF0, 0xF8, 0x49, 0x29, 0x12, 0x34, 0x56,
        0x78, 0x01, 0x19, 0x0E, 0x28, 0x12,
    ];
    let mut line = vec![0x06, 0xD1, 0x00, 0x80];
    line.extend(b"VISA 4929123456780119");
    line[2] = (line.len() - 3) as u8;
    let logs = captured_logs(|| {
        let (mut h, _) = authorisation();
        h.pt(&status_apdu(&pan_bmps));
        assert!(h.s.decide(CommitDecision::Accept, h.t), "answer queued");
        h.out();
        h.pt(&line);
        h.pt(&[0x06, 0x0F, 0x00]);
    });
    assert!(logs.contains("zvt recv"), "the frames were traced: {logs}");
    let spaced = |digits: &str| {
        let b = digits.as_bytes();
        b.chunks(2)
            .map(|c| String::from_utf8_lossy(c).into_owned())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let pan = "4929123456780119";
    // Every 2-digit-aligned piece of the PAN before its last 4, as hex bytes or as text.
    for start in (0..pan.len() - 4).step_by(2) {
        let piece = &pan[start..(start + 6).min(pan.len())];
        assert!(
            !logs.contains(&spaced(piece)),
            "PAN digits {piece} appear as bytes in the log:\n{logs}"
        );
    }
    for start in 0..pan.len() - 4 {
        let piece = &pan[start..start + 5];
        assert!(
            !logs.contains(piece),
            "PAN digits {piece} appear as text in the log:\n{logs}"
        );
    }
    assert!(
        !logs.contains("0e 28 12"),
        "the expiry appears in the log:\n{logs}"
    );
}
