//! The renewal flow as a pure state machine.
//!
//! Time and device results enter as `Event`s (each with the `Instant` it happened); effects leave
//! as `Effect` values for the engine/UI root to perform. Nothing here reads a clock or does I/O.
//!
//! CONTRACT (shared by the UI and the engine; change only together with them):
//! `Flow::new(FlowConfig, Instant)`, `Flow::handle(&mut self, Event, Instant) -> Vec<Effect>`,
//! `Flow::screen() -> &Screen`, `Flow::lang() -> Lang`, `Flow::idle_prompt(Instant) -> Option<Duration>`
//! (time left on the "need more time?" prompt), `Flow::next_deadline() -> Option<Instant>` (send a
//! `Tick` at least once a second while it is Some; None: nothing pending, no Tick needed).
//! For the UI: `can_go_back()`, `can_cancel()`, `cancel_pending()`, `languages()`, `entered_sim()`,
//! `chosen_quote()`.
//!
//! The root answers every `Effect::LookupSim` with exactly one `Event::LookupDone` (the carrier call
//! is bounded, so it always ends); the flow keeps one lookup outstanding at a time and drops the
//! answers of sessions that ended, so a late answer never resurrects a session.
//! On the receipt-failed and done screens `Event::Start` is the customer's "finish" tap.

mod idle;
mod lookup;
mod machine;
mod steps;

pub use machine::Flow;

use crate::carrier::Subscriber;
use crate::domain::{Quote, SimId};
use crate::i18n::Lang;
use crate::payment::TerminalMessage;
use chrono::NaiveDate;
use std::time::{Duration, Instant};

pub use crate::config::PaymentMethod;

/// A QR wallet code on the pay screen: what it encodes and when it can no longer be paid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WalletCode {
    pub url: String,
    pub expires_at: Instant,
}

/// The "need more time?" prompt stays at least this long (issue 2: "at least 20 s").
pub const MIN_IDLE_PROMPT: Duration = Duration::from_secs(20);

/// Settings the flow needs, from kiosk.toml's `[timeouts]` and `[languages]`.
#[derive(Debug, Clone)]
pub struct FlowConfig {
    pub default_lang: Lang,
    pub languages: Vec<Lang>,
    /// Idle time before the "need more time?" prompt (default 60 s).
    pub idle_timeout: Duration,
    /// How long the prompt stays before returning to attract (at least 20 s).
    pub idle_prompt: Duration,
    /// How long the done screen stays before returning to attract.
    pub done_timeout: Duration,
}

/// Why the SIM lookup failed, as the customer is told.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LookupFailure {
    NotFound,
    /// The carrier cannot be reached now.
    Unavailable,
}

/// Why a sale did not go through, as the customer is told.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaleFailure {
    /// The card was declined; ZVT result code.
    Declined { result_code: u8 },
    /// The customer or the terminal aborted; nothing charged.
    Aborted,
    /// The printer cannot print and no receipt alternative is allowed; nothing charged.
    PrinterNotReady,
    /// The terminal failed before the sale committed; nothing charged.
    TerminalFault,
    /// Charged, but the renewal failed and the payment was reversed.
    RenewalFailedReversed,
    /// Charged, renewal failed, reversal not proved: staff will settle it (journal has it).
    NeedsOperator { transaction_id: String },
    /// Charged and kept safe; the carrier has not answered yet, so the renewal is being
    /// applied in the background with the same request (never refunded on a guess).
    RenewalPending { transaction_id: String },
    /// The QR wallet refused the payment (provider state FAILED); nothing charged.
    WalletRefused,
    /// The QR code expired before anyone paid it; nothing charged.
    WalletExpired,
    /// The QR wallet service could not be used (no code, or it stopped answering while the code
    /// was shown and then confirmed that nothing was paid); nothing charged.
    WalletUnavailable,
    /// A wallet payment was made but could not be kept (it came after the code was withdrawn, for
    /// another amount, or the SIM could not be renewed) and was given back to the wallet.
    WalletReturned,
    /// The code was withdrawn but the provider could not say whether it had been paid: the kiosk
    /// keeps asking, and gives back a payment it finds. The customer must not pay again now.
    WalletUnconfirmed { transaction_id: String },
}

impl SaleFailure {
    /// Was the customer's money taken and kept (so the sale must not be tried again)?
    pub fn payment_kept(&self) -> bool {
        matches!(
            self,
            SaleFailure::NeedsOperator { .. } | SaleFailure::RenewalPending { .. }
        )
    }

    /// May the customer go back and pay again? Not when the money was kept, nor while a wallet
    /// payment's outcome is unknown (a second payment would be a double charge until the first
    /// is given back).
    pub fn may_pay_again(&self) -> bool {
        !self.payment_kept() && !matches!(self, SaleFailure::WalletUnconfirmed { .. })
    }
}

/// How the receipt ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReceiptOutcome {
    Printed,
    /// Paper out / fault mid-job: marked for reprint; the screen shows the QR e-receipt instead.
    Failed,
}

/// Things that happen: customer taps, device results, time.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// Any touch anywhere: resets the idle timer.
    Activity,
    /// Tap on the attract screen.
    Start,
    /// A language picked on the language screen (moves on to identify).
    PickLanguage(Lang),
    /// The language button on any screen (stays on the screen, keeps input).
    ChangeLanguage(Lang),
    /// A valid SIM identity entered on the identify screen.
    SubmitSim(SimId),
    LookupDone(Result<Subscriber, LookupFailure>),
    /// Status screen: go on to the plans.
    ContinueToPlans,
    /// Plans screen: a plan and months chosen; the root priced it.
    ChoosePlan(Quote),
    /// Review screen: confirm and pay by card (the only method, or the card button).
    ConfirmPayment,
    /// Review screen: confirm and pay by the method the customer picked.
    ConfirmPaymentBy(PaymentMethod),
    /// The wallet sale created its code: show it until the payment ends.
    WalletCode(WalletCode),
    /// The terminal shows something to the customer.
    TerminalMessage(TerminalMessage),
    /// The payment committed; renewal is under way (no cancel, no time-out from here).
    PaymentApproved,
    /// The SIM was renewed; printing follows.
    Renewed {
        transaction_id: String,
        new_expiry: NaiveDate,
    },
    ReceiptDone(ReceiptOutcome),
    SaleFailed(SaleFailure),
    Back,
    Cancel,
    /// Tap on "more time" in the idle prompt.
    MoreTime,
    /// Time passes: sent at least once a second while a deadline is pending.
    Tick,
    /// A device or the operator took the kiosk out of service.
    OutOfService(OutOfServiceReason),
    BackInService,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OutOfServiceReason {
    TerminalUnavailable,
    PrinterUnavailable,
    CarrierUnavailable,
    Operator,
}

/// What the flow asks the outside world to do.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    LookupSim(SimId),
    /// Check the printer, take the payment, renew, print: the engine's one sale.
    StartSale {
        sim: SimId,
        quote: Quote,
        lang: Lang,
        method: PaymentMethod,
    },
    /// Ask the terminal (or the wallet, which withdraws its code) to abort the running payment (only emitted before commit).
    CancelPayment,
}

/// The screen the customer sees and the data it shows.
#[derive(Debug, Clone, PartialEq)]
pub enum Screen {
    Attract,
    Language,
    Identify,
    /// Looking the SIM up (identify screen with a spinner).
    LookingUp {
        sim: SimId,
    },
    /// The lookup failed: identify screen with the reason.
    LookupFailed {
        failure: LookupFailure,
    },
    Status {
        subscriber: Subscriber,
    },
    Plans {
        subscriber: Subscriber,
    },
    Review {
        subscriber: Subscriber,
        quote: Quote,
    },
    /// Paying: at the card terminal (`message` is the latest thing it said) or by a QR wallet
    /// (`code` once created); `cancellable` until commit.
    Pay {
        subscriber: Subscriber,
        quote: Quote,
        message: Option<TerminalMessage>,
        cancellable: bool,
        method: PaymentMethod,
        code: Option<WalletCode>,
    },
    Processing {
        subscriber: Subscriber,
        quote: Quote,
    },
    Receipt {
        quote: Quote,
        transaction_id: String,
        new_expiry: NaiveDate,
        printing: bool,
        outcome: Option<ReceiptOutcome>,
    },
    Done {
        new_expiry: NaiveDate,
        transaction_id: String,
    },
    /// The sale did not happen (or was reversed); retry or leave.
    SaleFailed {
        failure: SaleFailure,
        subscriber: Subscriber,
        quote: Quote,
    },
    OutOfService {
        reason: OutOfServiceReason,
    },
}

impl Screen {
    /// A short stable name, for logs and tests (no customer data).
    pub fn name(&self) -> &'static str {
        match self {
            Screen::Attract => "attract",
            Screen::Language => "language",
            Screen::Identify => "identify",
            Screen::LookingUp { .. } => "looking-up",
            Screen::LookupFailed { .. } => "lookup-failed",
            Screen::Status { .. } => "status",
            Screen::Plans { .. } => "plans",
            Screen::Review { .. } => "review",
            Screen::Pay { .. } => "pay",
            Screen::Processing { .. } => "processing",
            Screen::Receipt { .. } => "receipt",
            Screen::Done { .. } => "done",
            Screen::SaleFailed { .. } => "sale-failed",
            Screen::OutOfService { .. } => "out-of-service",
        }
    }
}
