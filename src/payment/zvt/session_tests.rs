//! Session tests: the unhappy paths in virtual time (the vectors are in vector_tests.rs).

use super::command::Command;
use super::frame::{ACK, NAK, encode_frame};
use super::link::{LinkConfig, LinkMode, T2};
use super::session::*;
use crate::payment::CommitDecision;
use std::time::{Duration, Instant};

pub(super) fn drain(s: &mut Session) -> (Vec<u8>, Vec<SessionEvent>) {
    let mut out = Vec::new();
    while let Some(b) = s.poll_transmit() {
        out.extend(b);
    }
    let mut ev = Vec::new();
    while let Some(e) = s.poll_event() {
        ev.push(e);
    }
    (out, ev)
}

pub(super) fn report(events: &[SessionEvent]) -> &Report {
    match events.last() {
        Some(SessionEvent::Finished(r)) => r,
        other => panic!("last event is not Finished: {other:?}"),
    }
}

pub(super) struct Harness {
    pub(super) s: Session,
    pub(super) t: Instant,
}

impl Harness {
    pub(super) fn start(cmd: Command) -> (Harness, Vec<u8>) {
        let t = Instant::now();
        let mut s = Session::new(SessionConfig::new(LinkConfig::new(LinkMode::Serial)));
        s.start(cmd, t).unwrap();
        let mut h = Harness { s, t };
        let out = h.out();
        (h, out)
    }
    pub(super) fn out(&mut self) -> Vec<u8> {
        drain(&mut self.s).0
    }
    /// The terminal ACKs our frame and sends `apdu`; returns what the ECR wrote.
    pub(super) fn pt(&mut self, apdu: &[u8]) -> (Vec<u8>, Vec<SessionEvent>) {
        let mut bytes = vec![ACK];
        bytes.extend(encode_frame(apdu));
        self.s.handle_input(&bytes, self.t);
        drain(&mut self.s)
    }
    pub(super) fn advance(&mut self, d: Duration) -> (Vec<u8>, Vec<SessionEvent>) {
        self.t += d;
        self.s.handle_timeout(self.t);
        drain(&mut self.s)
    }
}

pub(super) fn ack_frame() -> Vec<u8> {
    let mut v = vec![ACK];
    v.extend(encode_frame(&[0x80, 0, 0]));
    v
}

#[test]
fn nak_from_terminal_repeats_the_command() {
    let (mut h, first) = Harness::start(Command::Diagnosis);
    h.s.handle_input(&[NAK], h.t);
    assert_eq!(h.out(), first, "same frame after NAK");
    let (out, _) = h.pt(&[0x80, 0, 0]);
    assert_eq!(out, vec![ACK]);
}

#[test]
fn three_naks_fail_the_command() {
    let (mut h, _) = Harness::start(Command::Diagnosis);
    for _ in 0..3 {
        h.s.handle_input(&[NAK], h.t);
    }
    let (_, ev) = drain(&mut h.s);
    assert!(
        matches!(&report(&ev).finish, Finish::Failed(SessionError::Link(_))),
        "{ev:?}"
    );
}

#[test]
fn t2_silence_fails_after_two_repeats() {
    let (mut h, first) = Harness::start(Command::Diagnosis);
    assert_eq!(h.advance(T2).0, first);
    assert_eq!(h.advance(T2).0, first);
    let (out, ev) = h.advance(T2);
    assert!(out.is_empty());
    assert!(
        matches!(&report(&ev).finish, Finish::Failed(SessionError::Link(_))),
        "{ev:?}"
    );
}

#[test]
fn t3_expires_without_answer() {
    let (mut h, _) = Harness::start(Command::StatusEnquiry { password: 1 });
    h.s.handle_input(&[ACK], h.t);
    assert_eq!(h.s.poll_timeout(), Some(h.t + T3));
    let (_, ev) = h.advance(T3);
    assert_eq!(
        report(&ev).finish,
        Finish::Failed(SessionError::T3 {
            command: "status enquiry",
            secs: 5
        })
    );
}

#[test]
fn t4_restarts_on_intermediate_and_expires() {
    let (mut h, _) = Harness::start(Command::authorisation_jpy(500));
    h.pt(&[0x80, 0, 0]);
    h.advance(T4 - Duration::from_secs(1));
    let (out, ev) = h.pt(&[0x04, 0xFF, 0x01, 0x0A]);
    assert_eq!(ev, vec![SessionEvent::Intermediate(0x0A)]);
    assert_eq!(out, ack_frame());
    let (_, ev) = h.advance(T4 - Duration::from_secs(1));
    assert!(ev.is_empty(), "T4 was restarted by 04 FF");
    let (_, ev) = h.advance(Duration::from_secs(1));
    assert_eq!(
        report(&ev).finish,
        Finish::Failed(SessionError::T4 {
            command: "authorisation",
            secs: 180
        })
    );
}

#[test]
fn abort_replaces_the_answer_to_an_intermediate_status() {
    let (mut h, _) = Harness::start(Command::authorisation_jpy(500));
    h.pt(&[0x80, 0, 0]);
    assert!(h.s.request_abort());
    let (out, _) = h.pt(&[0x04, 0xFF, 0x01, 0x0A]);
    let mut want = vec![ACK];
    want.extend(encode_frame(&[0x06, 0xB0, 0x00]));
    assert_eq!(out, want);
    let (out, ev) = h.pt(&[0x06, 0x1E, 0x01, 0x6C]);
    assert_eq!(out, ack_frame());
    assert!(matches!(
        report(&ev).finish,
        Finish::Aborted {
            result_code: 0x6C,
            ..
        }
    ));
}

#[test]
fn decline_is_reported_without_a_commit_question() {
    let (mut h, _) = Harness::start(Command::authorisation_jpy(500));
    h.pt(&[0x80, 0, 0]);
    let (out, ev) = h.pt(&[0x04, 0x0F, 0x02, 0x27, 0x05]);
    assert_eq!(out, ack_frame(), "a decline is acknowledged at once");
    assert!(matches!(&ev[0], SessionEvent::Status(f) if f.result_code == Some(5)));
    let (_, ev) = h.pt(&[0x06, 0x1E, 0x01, 0x05]);
    let r = report(&ev);
    assert_eq!(r.decision, None);
    assert!(matches!(r.finish, Finish::Aborted { result_code: 5, .. }));
}

pub(super) fn approval_apdu() -> Vec<u8> {
    let mut a = vec![
        0x04, 0x0F, 0x00, 0x27, 0x00, 0x04, 0, 0, 0, 0, 0x05, 0x00, 0x87, 0x00, 0x07,
    ];
    a[2] = (a.len() - 3) as u8;
    a
}

#[test]
fn commit_point_waits_for_the_decision_then_refuses() {
    let (mut h, _) = Harness::start(Command::authorisation_jpy(500));
    h.pt(&[0x80, 0, 0]);
    let (out, ev) = h.pt(&approval_apdu());
    assert_eq!(
        out,
        vec![ACK],
        "only the link ACK: the answer waits for the caller"
    );
    assert!(matches!(&ev[0], SessionEvent::CommitRequired(f) if f.receipt_no == Some(7)));
    assert_eq!(
        h.s.poll_timeout(),
        None,
        "no deadline while the caller decides"
    );
    assert!(!h.s.request_abort(), "no abort after the approval");
    assert!(h.s.decide(CommitDecision::Refuse, h.t), "answer queued");
    assert_eq!(h.out(), encode_frame(&[0x84, REFUSE_CODE, 0]));
    let (_, ev) = h.pt(&[0x06, 0x1E, 0x01, 0x6C]);
    let r = report(&ev);
    assert_eq!(r.decision, Some(CommitDecision::Refuse));
    assert!(r.decision_delivered);
}

#[test]
fn completion_lost_after_accept_keeps_the_sale() {
    let (mut h, _) = Harness::start(Command::authorisation_jpy(500));
    h.pt(&[0x80, 0, 0]);
    h.pt(&approval_apdu());
    assert!(h.s.decide(CommitDecision::Accept, h.t), "answer queued");
    assert_eq!(h.out(), encode_frame(&[0x80, 0, 0]));
    h.s.handle_input(&[ACK], h.t);
    let (_, ev) = h.advance(T4);
    assert_eq!(report(&ev).finish, Finish::CompletionLost);
}

#[test]
fn reversal_status_is_auto_acknowledged() {
    let (mut h, _) = Harness::start(Command::Reversal {
        password: 1,
        receipt_no: 7,
        amount: Some(500),
    });
    h.pt(&[0x80, 0, 0]);
    let (out, ev) = h.pt(&approval_apdu());
    assert_eq!(out, ack_frame());
    assert!(matches!(ev[0], SessionEvent::Status(_)));
    let (_, ev) = h.pt(&[0x06, 0x0F, 0x00]);
    assert_eq!(report(&ev).status.as_ref().unwrap().receipt_no, Some(7));
}

#[test]
fn rejected_command_and_unknown_terminal_command() {
    let (mut h, _) = Harness::start(Command::EndOfDay { password: 1 });
    let (_, ev) = h.pt(&[0x84, 0x83, 0x00]);
    assert_eq!(report(&ev).finish, Finish::Rejected { result_code: 0x83 });
    let (mut h, _) = Harness::start(Command::EndOfDay { password: 1 });
    h.pt(&[0x80, 0, 0]);
    let (out, _) = h.pt(&[0x06, 0x99, 0x00]);
    let mut want = vec![ACK];
    want.extend(encode_frame(&[0x84, UNKNOWN_COMMAND_CODE, 0]));
    assert_eq!(out, want);
}

#[test]
fn next_command_starts_clean_when_the_last_answer_was_never_acked() {
    let (mut h, _) = Harness::start(Command::Diagnosis);
    h.pt(&[0x80, 0, 0]);
    let (out, ev) = h.pt(&[0x06, 0x0F, 0x00]);
    assert_eq!(out, ack_frame());
    assert!(matches!(report(&ev).finish, Finish::Completed(_)));
    assert!(!h.s.link_is_idle(), "our 80 00 00 waits for its ACK");
    let cmd = Command::StatusEnquiry { password: 1 };
    let want = encode_frame(&cmd.apdu().unwrap().encode().unwrap());
    h.s.start(cmd, h.t).unwrap();
    assert_eq!(
        drain(&mut h.s).0,
        want,
        "only the new command, not the stale answer"
    );
}

#[test]
fn terminal_giving_up_while_the_kiosk_decides_is_not_lost() {
    let (mut h, _) = Harness::start(Command::authorisation_jpy(500));
    h.pt(&[0x80, 0, 0]);
    h.pt(&approval_apdu());
    // The terminal's own commit time-out ran out before our answer: it aborts.
    let (_, ev) = h.pt(&[0x06, 0x1E, 0x01, 0x6C]);
    assert!(ev.is_empty(), "held until the decision");
    assert!(h.s.decide(CommitDecision::Accept, h.t), "answer queued");
    let (_, ev) = drain(&mut h.s);
    let r = report(&ev);
    assert!(
        matches!(
            r.finish,
            Finish::Aborted {
                result_code: 0x6C,
                ..
            }
        ),
        "{:?}",
        r.finish
    );
    assert_eq!(r.decision, Some(CommitDecision::Accept));
}

/// What the ECR writes when the terminal's frame arrives (no ACK of ours first).
pub(super) fn answer_to(s: &mut Session, t: Instant, apdu: &[u8]) -> Vec<u8> {
    s.handle_input(&encode_frame(apdu), t);
    drain(s).0
}

pub(super) fn refusal() -> Vec<u8> {
    let mut v = vec![ACK];
    v.extend(encode_frame(&[0x84, REFUSE_CODE, 0]));
    v
}

#[test]
fn a_stale_approval_reaching_an_idle_kiosk_is_refused_not_committed() {
    // The ECR that started this sale died before answering; the terminal repeats its status
    // information to the next process. `80 00 00` would charge a sale no journal holds.
    let t = Instant::now();
    let mut s = Session::new(SessionConfig::new(LinkConfig::new(LinkMode::Serial)));
    assert_eq!(answer_to(&mut s, t, &approval_apdu()), refusal());
}

#[test]
fn an_orphan_intermediate_status_reaching_an_idle_kiosk_is_refused() {
    // Acknowledging it could be taken by the terminal as the answer to its next status
    // information, committing a sale of a dead ECR (found by tests/crash_recovery.rs).
    let t = Instant::now();
    let mut s = Session::new(SessionConfig::new(LinkConfig::new(LinkMode::Serial)));
    assert_eq!(answer_to(&mut s, t, &[0x04, 0xFF, 0x01, 0x0B]), refusal());
}

#[test]
fn a_stale_approval_during_registration_is_refused_not_committed() {
    let (mut h, _) = Harness::start(Command::Registration {
        password: 0,
        config: 0xBE,
        currency: 0x0392,
    });
    let (out, _) = h.pt(&approval_apdu());
    assert_eq!(out, refusal(), "a registration must never commit a payment");
}

#[test]
fn intermediate_statuses_of_a_dead_ecrs_sale_during_registration_are_refused() {
    // Acknowledging them lets the terminal pair our 80 00 00 with that sale's status
    // information and commit it (found by tests/crash_recovery.rs).
    let (mut h, _) = Harness::start(Command::Registration {
        password: 0,
        config: 0xBE,
        currency: 0x0392,
    });
    let (out, _) = h.pt(&[0x04, 0xFF, 0x01, 0x0B]);
    assert_eq!(
        out,
        refusal(),
        "an intermediate status must not be acknowledged"
    );
    h.pt(&[0x80, 0x00, 0x00]);
    let (_, ev) = h.pt(&[0x06, 0x0F, 0x00]);
    assert!(
        matches!(report(&ev).finish, Finish::Completed(Some(_))),
        "the registration still completes on its own answer: {ev:?}"
    );
}
