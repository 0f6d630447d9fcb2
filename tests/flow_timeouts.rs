//! The flow's clocks on a virtual time line: idle prompt, more time, return to attract, the done
//! screen's own time-out, and no time-out while money or the renewal is in flight.

mod flow_support;

use flow_support::*;
use simkiosk::flow::{Event, Flow, ReceiptOutcome, Screen};
use simkiosk::i18n::Lang;
use std::time::Duration;

fn secs(s: u64) -> Duration {
    Duration::from_secs(s)
}

#[test]
fn the_prompt_shows_after_the_idle_timeout_and_counts_down() {
    let mut k = Kiosk::at(Step::Plans);
    k.wait(IDLE - secs(1));
    assert_eq!(k.prompt(), None, "no prompt before the idle time-out");
    k.wait(secs(1));
    assert_eq!(
        k.prompt(),
        Some(PROMPT),
        "prompt shows with its full time at the idle time-out"
    );
    assert_eq!(
        k.name(),
        "plans",
        "the prompt is shown over the screen, which stays"
    );
    k.wait(secs(5));
    assert_eq!(k.prompt(), Some(PROMPT - secs(5)), "prompt counts down");
}

#[test]
fn an_ignored_prompt_returns_to_attract_in_the_default_language_with_input_dropped() {
    let mut k = Kiosk::at(Step::Review);
    k.wait(IDLE);
    k.wait(PROMPT - secs(1));
    assert_eq!(
        k.name(),
        "review",
        "one second before the prompt ends the session is still there"
    );
    k.wait(secs(1));
    assert_eq!(k.screen(), &Screen::Attract, "the prompt ran out: attract");
    assert_eq!(k.flow.lang(), Lang::Ja, "the default language is back");
    assert_eq!(k.flow.entered_sim(), None, "the SIM entered is dropped");
    assert_eq!(k.flow.chosen_quote(), None, "the quote is dropped");
    assert_eq!(k.prompt(), None, "no prompt on attract");
    assert_eq!(k.flow.next_deadline(), None, "attract has nothing pending");
}

#[test]
fn more_time_takes_the_prompt_down_and_restarts_the_count() {
    let mut k = Kiosk::at(Step::Status);
    k.wait(IDLE);
    k.wait(secs(15));
    k.send(Event::MoreTime);
    assert_eq!(k.prompt(), None, "MoreTime takes the prompt down");
    assert_eq!(
        k.flow.next_deadline(),
        Some(k.now + IDLE),
        "the idle count restarts from the tap"
    );
    k.wait(IDLE - secs(1));
    assert_eq!(
        k.prompt(),
        None,
        "a full idle time-out before the next prompt"
    );
    assert_eq!(k.name(), "status", "the session survives");
}

#[test]
fn any_touch_while_the_prompt_shows_extends_like_more_time() {
    let mut k = Kiosk::at(Step::Identify);
    k.wait(IDLE);
    k.send(Event::Activity);
    assert_eq!(k.prompt(), None, "a touch takes the prompt down");
    k.wait(IDLE - secs(1));
    assert_eq!(k.name(), "identify", "and restarts the idle count");
}

#[test]
fn a_tap_the_screen_ignores_is_still_activity() {
    let mut k = Kiosk::at(Step::Identify);
    k.wait(IDLE - secs(1));
    k.send(Event::ContinueToPlans);
    k.wait(secs(2));
    assert_eq!(
        k.prompt(),
        None,
        "an ignored tap still proves someone is there"
    );
}

#[test]
fn a_tick_is_not_activity() {
    let mut k = Kiosk::at(Step::Language);
    for _ in 0..IDLE.as_secs() {
        k.wait(secs(1));
    }
    assert!(
        k.prompt().is_some(),
        "ticks every second must not hold the prompt off"
    );
}

#[test]
fn a_new_screen_restarts_the_idle_count() {
    let mut k = Kiosk::at(Step::LookingUp);
    k.wait(IDLE - secs(1));
    k.send(Event::LookupDone(Ok(subscriber())));
    k.wait(secs(2));
    assert_eq!(
        k.prompt(),
        None,
        "the status screen gets its own idle time-out"
    );
}

#[test]
fn a_late_tick_still_gives_the_customer_the_whole_prompt() {
    let mut k = Kiosk::at(Step::Plans);
    k.wait(IDLE + PROMPT + secs(30));
    assert_eq!(k.name(), "plans", "a late tick must not skip the prompt");
    assert_eq!(
        k.prompt(),
        Some(PROMPT),
        "the prompt gets its full time from when it showed"
    );
}

#[test]
fn a_tap_after_the_prompt_ran_out_lands_on_attract() {
    let mut k = Kiosk::at(Step::Review);
    k.wait(IDLE);
    k.now += PROMPT;
    k.send(Event::ConfirmPayment);
    assert_eq!(
        k.screen(),
        &Screen::Attract,
        "time passes first: the session was already over"
    );
}

#[test]
fn no_time_out_while_paying_processing_or_printing() {
    for step in [
        Step::Pay,
        Step::PayCancelling,
        Step::Processing,
        Step::ReceiptPrinting,
    ] {
        let mut k = Kiosk::at(step);
        assert_eq!(
            k.flow.next_deadline(),
            None,
            "{step:?}: no deadline, no tick needed"
        );
        let before = k.screen().clone();
        for _ in 0..10 {
            k.wait(IDLE + PROMPT);
        }
        assert_eq!(k.screen(), &before, "{step:?} must not time out");
        assert_eq!(k.prompt(), None, "{step:?} must not prompt");
    }
}

#[test]
fn the_idle_count_starts_fresh_after_a_sale_fails() {
    let mut k = Kiosk::at(Step::Pay);
    k.wait(secs(600));
    k.send(Event::SaleFailed(
        simkiosk::flow::SaleFailure::TerminalFault,
    ));
    assert_eq!(
        k.flow.next_deadline(),
        Some(k.now + IDLE),
        "sale-failed gets a full idle time-out"
    );
    k.wait(IDLE);
    assert!(k.prompt().is_some(), "then the prompt");
    k.wait(PROMPT);
    assert_eq!(k.screen(), &Screen::Attract, "then attract");
}

#[test]
fn a_failed_receipt_follows_the_idle_rules() {
    let mut k = Kiosk::at(Step::ReceiptPrinting);
    k.wait(secs(300));
    k.send(Event::ReceiptDone(ReceiptOutcome::Failed));
    k.wait(IDLE);
    assert!(
        k.prompt().is_some(),
        "receipt-failed prompts after the idle time-out"
    );
    k.wait(PROMPT);
    assert_eq!(k.screen(), &Screen::Attract, "then returns to attract");
}

#[test]
fn the_done_screen_returns_to_attract_by_itself_without_a_prompt() {
    let mut k = Kiosk::at(Step::Done);
    assert_eq!(
        k.flow.next_deadline(),
        Some(k.now + DONE),
        "done asks for a tick at its time-out"
    );
    k.wait(DONE - secs(1));
    assert_eq!(k.name(), "done", "done stays until its time-out");
    assert_eq!(k.prompt(), None, "done never shows the prompt");
    k.wait(secs(1));
    assert_eq!(k.screen(), &Screen::Attract, "done returns to attract");
    assert_eq!(k.flow.lang(), Lang::Ja, "in the default language");
}

#[test]
fn attract_and_out_of_service_need_no_tick() {
    let k = Kiosk::new();
    assert_eq!(k.flow.next_deadline(), None, "attract must use no CPU");
    let k = Kiosk::at(Step::OutOfService);
    assert_eq!(
        k.flow.next_deadline(),
        None,
        "out of service waits for BackInService"
    );
}

#[test]
fn a_prompt_shorter_than_twenty_seconds_is_raised_to_twenty() {
    let mut config = config();
    config.idle_prompt = secs(5);
    let mut k = Kiosk::with_config(config);
    k.walk_to(Step::Identify);
    k.wait(IDLE);
    assert_eq!(
        k.prompt(),
        Some(secs(20)),
        "issue 2 requires a prompt of at least 20 s"
    );
}

#[test]
fn huge_time_outs_never_fire_and_never_panic() {
    let mut config = config();
    config.idle_timeout = Duration::MAX;
    config.done_timeout = Duration::MAX;
    let t0 = std::time::Instant::now();
    let mut flow = Flow::new(config, t0);
    flow.handle(Event::Start, t0);
    flow.handle(Event::Tick, t0 + secs(1_000_000));
    assert_eq!(
        flow.screen(),
        &Screen::Language,
        "an unrepresentable time-out never fires"
    );
    assert_eq!(flow.next_deadline(), None, "and asks for no tick");
}
