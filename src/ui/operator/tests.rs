//! The component alone (no engine, no iced): what each message does to the state and asks of
//! the root. The whole thing on the demo engine is in tests/ui_operator.rs.

use super::*;
use crate::ui::widget::keypad::Key;

fn pad(available: bool) -> (State, Instant) {
    let t0 = Instant::now();
    (State::new(t0, Lang::Ja, available), t0)
}

fn type_pin(s: &mut State, pin: &str, now: Instant) {
    for d in pin.chars() {
        assert_eq!(s.update(Message::PinKey(Key::Digit(d)), now), Action::None);
    }
}

#[test]
fn the_pin_goes_to_the_gate_once_and_is_not_kept() {
    let (mut s, t0) = pad(true);
    type_pin(&mut s, "123456", t0);
    assert_eq!(
        s.update(Message::PinSubmit, t0),
        Action::Run(Job::Pin("123456".into()))
    );
    assert!(s.pin.is_empty(), "the PIN is not kept in the state");
    assert!(s.busy());
    assert_eq!(
        s.update(Message::PinSubmit, t0),
        Action::None,
        "no second check while one runs"
    );
    assert_eq!(
        s.update(Message::Done(Done::Pin(Attempt::Granted)), t0),
        Action::Run(Job::Status),
        "granted: the home screen loads the device status"
    );
    assert!(s.unlocked());
    assert_eq!(s.page(), Page::Home);
}

#[test]
fn nothing_but_the_pad_works_before_the_pin() {
    let (mut s, t0) = pad(true);
    for m in [
        Message::Go(Page::Service),
        Message::SetOutOfService(true),
        Message::EndOfDay,
        Message::Reprint("x".into()),
        Message::AskQuit,
        Message::Quit,
    ] {
        assert_eq!(
            s.update(m.clone(), t0),
            Action::None,
            "{m:?} before the PIN"
        );
    }
    assert_eq!(s.page(), Page::Pin);
    assert_eq!(s.update(Message::Leave, t0), Action::Leave { audit: None });
}

#[test]
fn a_locked_pad_takes_no_keys_and_counts_down() {
    let (mut s, t0) = pad(true);
    let lock = Duration::from_secs(300);
    s.update(
        Message::Done(Done::Pin(Attempt::LockedOut { retry_in: lock })),
        t0,
    );
    assert_eq!(s.locked_secs(), Some(300));
    type_pin(&mut s, "123456", t0);
    assert!(s.pin.is_empty(), "keys are ignored while locked");
    s.update(Message::Tick, t0 + Duration::from_secs(61));
    assert_eq!(s.locked_secs(), Some(239));
    s.update(Message::Tick, t0 + lock);
    assert_eq!(s.locked_secs(), None);
    type_pin(&mut s, "1", t0 + lock);
    assert_eq!(s.pin, "1", "keys work again once the lock ends");
}

#[test]
fn without_a_console_the_pad_says_so_and_checks_nothing() {
    let (mut s, t0) = pad(false);
    type_pin(&mut s, "123456", t0);
    assert_eq!(s.update(Message::PinSubmit, t0), Action::None);
    assert_eq!(s.notice(), Some(&Notice::Failed("ui-operator-unavailable")));
}

#[test]
fn short_entries_use_no_try() {
    let (mut s, t0) = pad(true);
    type_pin(&mut s, "1234", t0);
    assert_eq!(s.update(Message::PinSubmit, t0), Action::None);
    assert_eq!(s.notice(), Some(&Notice::Failed("op-pin-too-short")));
}

#[test]
fn idle_for_two_minutes_leaves_and_is_audited() {
    let (mut s, t0) = pad(true);
    s.update(Message::Done(Done::Pin(Attempt::Granted)), t0);
    let almost = t0 + OPERATOR_IDLE - Duration::from_secs(1);
    assert_eq!(s.update(Message::Tick, almost), Action::None);
    assert_eq!(s.update(Message::Touched, almost), Action::None);
    assert_eq!(
        s.update(
            Message::Tick,
            almost + OPERATOR_IDLE - Duration::from_secs(1)
        ),
        Action::None,
        "a touch restarts the two minutes"
    );
    assert_eq!(
        s.update(Message::Tick, almost + OPERATOR_IDLE),
        Action::Leave {
            audit: Some(AUDIT_IDLE_EXIT)
        }
    );
}

#[test]
fn retry_and_reverse_ask_first_resolve_needs_a_note() {
    let (mut s, t0) = pad(true);
    s.update(Message::Done(Done::Pin(Attempt::Granted)), t0);
    s.update(Message::Done(Done::Decisions(Ok(Vec::new()))), t0);
    s.update(Message::Open("tx-1".into()), t0);
    assert_eq!(s.update(Message::Settle(Settle::Reverse), t0), Action::None);
    assert_eq!(s.update(Message::CancelConfirm, t0), Action::None);
    assert_eq!(
        s.update(Message::Confirm, t0),
        Action::None,
        "cancelled: nothing to confirm"
    );
    s.update(Message::Settle(Settle::Reverse), t0);
    assert_eq!(
        s.update(Message::Confirm, t0),
        Action::Run(Job::Settle {
            id: "tx-1".into(),
            kind: Settle::Reverse
        })
    );
    s.update(
        Message::Done(Done::Settled {
            id: "tx-1".into(),
            result: Err("transaction tx-1: terminal busy".into()),
        }),
        t0,
    );
    assert_eq!(
        s.page(),
        Page::Decision,
        "a failure stays on the transaction"
    );
    s.update(Message::Go(Page::Note), t0);
    assert_eq!(
        s.update(Message::Resolve, t0),
        Action::None,
        "no note, no resolve"
    );
    s.update(Message::Note(note::Message::Space), t0);
    assert_eq!(
        s.update(Message::Resolve, t0),
        Action::None,
        "a blank note is no note"
    );
    for c in "OK".chars() {
        s.update(Message::Note(note::Message::Char(c)), t0);
    }
    assert_eq!(
        s.update(Message::Resolve, t0),
        Action::Run(Job::Resolve {
            id: "tx-1".into(),
            note: "OK".into()
        })
    );
}
