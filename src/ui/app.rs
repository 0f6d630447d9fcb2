//! The root: owns the flow and the screens' own state, maps screen actions to flow events and
//! flow effects to tasks. No I/O here: lookups and sales run as tasks on blocking threads.

use super::devices::Devices;
use super::effects::{Job, Runner};
use super::operator;
use super::screen::{
    Action, attract, done, failed, identify, language, pay, plans, receipt, review, status,
};
use super::theme::Prefs;
use super::widget::bar;
use crate::config::Config;
use crate::flow::{Effect, Event, Flow, FlowConfig, Screen};
use crate::i18n::{Lang, Localizer};
use crate::payment::CancelFlag;
use iced::widget::qr_code;
use iced::{Size, Task};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// How long the hidden top-left corner must be held to open the staff PIN pad.
pub const OPERATOR_HOLD: Duration = Duration::from_secs(3);

#[derive(Debug, Clone)]
pub enum Message {
    Attract(attract::Message),
    Language(language::Message),
    Identify(identify::Message),
    Status(status::Message),
    Plans(plans::Message),
    Review(review::Message),
    Pay(pay::Message),
    Receipt(receipt::Message),
    Done(done::Message),
    Failed(failed::Message),
    Operator(operator::Message),
    Bar(bar::Message),
    MoreTime,
    /// "Start over" on the idle prompt: the same as cancel in the bar.
    StartOver,
    /// Any touch or click anywhere: resets the idle timer.
    Activity,
    /// Once a second while the flow has a deadline.
    Tick,
    Resized(Size),
    /// A device result (lookup, sale progress), already in the flow's terms.
    Device(Event),
    CornerDown,
    CornerUp,
    /// Time to ask the devices again whether the kiosk can sell (while out of service, and
    /// after a sale failed for a device reason).
    CheckHealth,
    /// The answer: why the kiosk cannot sell, or None when it can.
    Health(Option<crate::flow::OutOfServiceReason>),
    /// Window close requests and other events the kiosk deliberately ignores.
    Ignored,
    /// The service manager's side: first frame, watchdog beats (crate::service).
    Service(crate::service::supervisor::Event),
}

pub struct Kiosk {
    pub(super) flow: Flow,
    pub(super) devices: Arc<dyn Devices>,
    /// The catalogue this customer sees and is quoted from: taken from the devices when the
    /// plans show and when the kiosk returns to attract, never in the middle of a choice.
    pub(super) catalogue: Arc<crate::domain::Catalogue>,
    pub(super) l10n: Localizer,
    pub(super) langs: Vec<Lang>,
    pub(super) prefs: Prefs,
    /// `store.brand_color`, for the header.
    pub(super) brand: Option<iced::Color>,
    /// `store.logo`, decoded once (checked at config load; a file gone since is logged).
    pub(super) logo: Option<iced::widget::image::Handle>,
    /// The size the screens are laid out at (logical pixels after `scale`).
    pub(super) size: Size,
    /// The whole UI's scale: the screens are designed for a 1080×1920 (or 1920×1080) panel and
    /// drawn smaller or larger on another, so a 720×1280 panel shows what a 1080×1920 one does.
    pub(super) scale: f32,
    pub(super) identify: identify::State,
    /// The landscape language menu is open over the screen (UI state: the flow is unchanged).
    pub(super) language_menu: bool,
    pub(super) plans: plans::State,
    pub(super) offers: Vec<plans::Offer>,
    pub(super) operator: Option<operator::State>,
    /// The language staff last used in operator mode: the PIN pad opens in it again.
    pub(super) operator_lang: Option<Lang>,
    /// The engine's operator side, when the kiosk runs on the engine (see `operator::root`).
    pub(super) console: Option<operator::Console>,
    pub(super) qr: Option<(String, qr_code::Data)>,
    /// The payment methods offered on review, read when review shows.
    pub(super) methods: Vec<crate::flow::PaymentMethod>,
    /// Sale steps seen (approved, renewed, printed): moves the processing bar.
    pub(super) progress: u8,
    corner_down: Option<Instant>,
    cancel: Option<CancelFlag>,
    runner: Runner,
    /// Jobs waiting to be run by `run_queued` (Runner::Queue only).
    pub(super) queue: Vec<Job>,
    /// Added to the system clock; tests move time forward with `advance_clock`.
    skew: Duration,
    /// The sale the done screen shows, kept from the receipt screen.
    pub(super) last_sale: Option<done::Sale>,
    /// Today in Japan, refreshed after every update (status badges, the review's new expiry).
    pub(super) today_jst: chrono::NaiveDate,
    /// systemd's READY=1, STATUS= and watchdog (silent unless run by a service manager).
    pub(super) supervisor: crate::service::supervisor::Supervisor,
    /// Full screen on a touch panel: no mouse pointer (development windows keep it).
    pub(super) hide_pointer: bool,
}

pub fn flow_config(config: &Config) -> FlowConfig {
    FlowConfig {
        default_lang: config.languages.default,
        languages: config.languages.offered.clone(),
        idle_timeout: config.timeouts.idle,
        idle_prompt: config.timeouts.idle_prompt,
        done_timeout: config.timeouts.done,
    }
}

impl Kiosk {
    pub fn new(
        config: &Config,
        devices: Arc<dyn Devices>,
        l10n: Localizer,
        size: Size,
        runner: Runner,
    ) -> Kiosk {
        Kiosk {
            flow: Flow::new(flow_config(config), Instant::now()),
            catalogue: devices.catalogue(),
            devices,
            l10n,
            langs: config.languages.offered.clone(),
            prefs: Prefs::default(),
            brand: config
                .store
                .brand_rgb()
                .map(|[r, g, b]| iced::Color::from_rgb8(r, g, b)),
            logo: config
                .store
                .logo
                .as_deref()
                .and_then(super::widget::logo::load),
            // The window opens at `size`; iced may report no resize before the first frame, so
            // the scale that fits the panel is taken from it now (720×1280 draws at 2/3).
            size: super::layout_size(size),
            scale: super::fit_scale(size),
            identify: identify::State::default(),
            language_menu: false,
            plans: plans::State::default(),
            offers: Vec::new(),
            operator: None,
            operator_lang: None,
            console: None,
            qr: None,
            methods: Vec::new(),
            progress: 0,
            corner_down: None,
            cancel: None,
            runner,
            queue: Vec::new(),
            skew: Duration::ZERO,
            today_jst: crate::domain::expiry::today_jst(chrono::Utc::now()),
            last_sale: None,
            supervisor: crate::service::supervisor::Supervisor::new(
                crate::service::notify::Notifier::silent(),
            ),
            hide_pointer: true,
        }
    }

    /// Tell the service manager about this kiosk (READY=1, STATUS=, watchdog beats).
    pub fn with_notifier(mut self, notifier: crate::service::notify::Notifier) -> Kiosk {
        self.supervisor = crate::service::supervisor::Supervisor::new(notifier);
        self
    }

    /// Show the mouse pointer (a development window); the kiosk hides it.
    pub fn with_pointer(mut self, visible: bool) -> Kiosk {
        self.hide_pointer = !visible;
        self
    }

    /// Is the mouse pointer hidden over the kiosk?
    pub fn pointer_hidden(&self) -> bool {
        self.hide_pointer
    }

    pub fn now(&self) -> Instant {
        Instant::now() + self.skew
    }

    /// Move this kiosk's clock forward (tests of time-outs; the real kiosk never calls it).
    pub fn advance_clock(&mut self, by: Duration) {
        self.skew += by;
    }

    pub fn flow(&self) -> &Flow {
        &self.flow
    }

    pub fn screen(&self) -> &Screen {
        self.flow.screen()
    }

    pub fn prefs(&self) -> Prefs {
        self.prefs
    }

    /// The size the screens are laid out at (the panel divided by the scale).
    pub fn layout_size(&self) -> Size {
        self.size
    }

    /// The scale iced draws the whole UI at ([`super::fit_scale`] of the panel).
    pub fn scale_factor(&self) -> f32 {
        self.scale
    }

    pub fn set_size(&mut self, size: Size) {
        self.size = size;
    }

    /// The identify screen's entry (kept across language switches).
    pub fn identify_state(&self) -> &identify::State {
        &self.identify
    }

    pub fn operator_open(&self) -> bool {
        self.operator.is_some()
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        let checked = matches!(message, Message::Health(_));
        let task = self.handle(message);
        let status = self.supervisor.after_update(checked, self.flow.screen());
        Task::batch([task, status])
    }

    fn handle(&mut self, message: Message) -> Task<Message> {
        let action = match message {
            Message::Attract(m) => attract::update(m),
            Message::Language(m) => language::update(m),
            Message::Identify(m) => {
                let editing =
                    matches!(m, identify::Message::Key(_) | identify::Message::SwitchMode);
                let action = self.identify.update(m, self.catalogue.number_rules());
                if editing && matches!(self.flow.screen(), Screen::LookupFailed { .. }) {
                    // Editing the entry dismisses the failed lookup's message (Back leads to identify).
                    let _ = self.send_to_flow(Event::Back);
                }
                action
            }
            Message::Status(m) => status::update(m),
            Message::Plans(m) => self.plans.update(m, &self.offers),
            Message::Review(m) => review::update(m),
            Message::Pay(m) => pay::update(m),
            Message::Receipt(m) => receipt::update(m),
            Message::Done(m) => done::update(m),
            Message::Failed(m) => failed::update(m),
            Message::Operator(m) => return self.operator_update(m),
            Message::Bar(bar::Message::Lang(lang)) => {
                self.language_menu = false;
                Action::Flow(Event::ChangeLanguage(lang))
            }
            Message::Bar(bar::Message::LanguageMenu) => {
                self.language_menu = !self.language_menu;
                Action::None
            }
            Message::Bar(bar::Message::HighContrast) => {
                self.prefs.high_contrast = !self.prefs.high_contrast;
                Action::None
            }
            Message::Bar(bar::Message::LargeText) => {
                self.prefs.large_text = !self.prefs.large_text;
                Action::None
            }
            Message::Bar(bar::Message::Cancel) => Action::Flow(Event::Cancel),
            Message::MoreTime => Action::Flow(Event::MoreTime),
            Message::StartOver => Action::Flow(Event::Cancel),
            Message::Activity => Action::Flow(Event::Activity),
            Message::Tick => Action::Flow(Event::Tick),
            Message::Resized(size) => {
                // iced reports the size divided by the scale in effect: undo it to get the panel.
                let panel = Size::new(size.width * self.scale, size.height * self.scale);
                self.scale = super::fit_scale(panel);
                self.size = super::layout_size(panel);
                Action::None
            }
            Message::Device(Event::SaleFailed(failure))
                if matches!(
                    failure,
                    crate::flow::SaleFailure::TerminalFault
                        | crate::flow::SaleFailure::PrinterNotReady
                ) =>
            {
                // A device let the sale down: ask whether the kiosk can still sell.
                let shown = self.send_to_flow(Event::SaleFailed(failure));
                return Task::batch([shown, self.check_health()]);
            }
            Message::Device(event) => {
                if matches!(
                    event,
                    Event::PaymentApproved | Event::Renewed { .. } | Event::ReceiptDone(_)
                ) {
                    self.progress = self.progress.saturating_add(1);
                }
                Action::Flow(event)
            }
            Message::CornerDown => {
                self.corner_down = Some(self.now());
                Action::None
            }
            Message::CornerUp => {
                let held = self
                    .corner_down
                    .take()
                    .map(|t| self.now().saturating_duration_since(t));
                if held.is_some_and(|h| h >= OPERATOR_HOLD) && self.operator.is_none() {
                    self.open_operator();
                }
                Action::None
            }
            Message::CheckHealth => return self.check_health(),
            Message::Health(reason) => match (reason, self.flow.screen()) {
                (Some(reason), screen) if !matches!(screen, Screen::OutOfService { .. }) => {
                    Action::Flow(Event::OutOfService(reason))
                }
                (None, Screen::OutOfService { reason })
                    if *reason != crate::flow::OutOfServiceReason::Operator =>
                {
                    Action::Flow(Event::BackInService)
                }
                _ => Action::None,
            },
            Message::Ignored => Action::None,
            Message::Service(event) => return self.supervisor.update(event, self.flow.screen()),
        };
        self.act(action)
    }

    fn act(&mut self, action: Action) -> Task<Message> {
        match action {
            Action::None => Task::none(),
            Action::Flow(event) => self.send_to_flow(event),
            Action::ChoosePlan { plan_id, periods } => {
                let now_utc =
                    chrono::Utc::now() + chrono::Duration::from_std(self.skew).unwrap_or_default();
                match self.catalogue.quote(&plan_id, periods, now_utc) {
                    Ok(quote) => self.send_to_flow(Event::ChoosePlan(quote)),
                    Err(e) => {
                        tracing::warn!(error = %e, "ui: the chosen plan cannot be priced");
                        Task::none()
                    }
                }
            }
            Action::CloseOperator => {
                self.operator = None;
                Task::none()
            }
        }
    }

    fn send_to_flow(&mut self, event: Event) -> Task<Message> {
        let before = self.flow.screen().name();
        let effects = self.flow.handle(event, self.now());
        let after = self.flow.screen().name();
        if before != after
            && matches!(
                self.flow.screen(),
                Screen::Attract | Screen::OutOfService { .. }
            )
        {
            self.new_customer();
        }
        self.sync_with_screen();
        Task::batch(effects.into_iter().map(|e| self.perform(e)))
    }

    /// Nothing of the last customer survives, toggles included.
    fn new_customer(&mut self) {
        self.language_menu = false;
        self.identify = identify::State::default();
        self.plans = plans::State::default();
        self.offers.clear();
        self.qr = None;
        self.last_sale = None;
        self.progress = 0;
        self.cancel = None;
        self.prefs = Prefs::default();
        // Attract's "plans from" price follows a catalogue swapped in since the last customer.
        self.catalogue = self.devices.catalogue();
        // A PIN pad left open closes; staff at work stay (operator mode has its own idle exit).
        self.operator.take_if(|op| !op.unlocked());
    }

    /// Keep the screens' own state in step with where the flow is.
    fn sync_with_screen(&mut self) {
        self.today_jst = crate::domain::expiry::today_jst(
            chrono::Utc::now() + chrono::Duration::from_std(self.skew).unwrap_or_default(),
        );
        match self.flow.screen() {
            Screen::Plans { subscriber } if self.offers.is_empty() => {
                let now_utc =
                    chrono::Utc::now() + chrono::Duration::from_std(self.skew).unwrap_or_default();
                // The lookup took any newer catalogue: the offers and the quote come from it.
                self.catalogue = self.devices.catalogue();
                self.offers =
                    super::effects::offers(&self.catalogue, &subscriber.carrier_id, now_utc);
                if self.plans.plan_id.is_none()
                    && let Some(first) = self.offers.first()
                {
                    self.plans = plans::State {
                        plan_id: Some(first.plan.id.clone()),
                        periods: first.plan.periods.first().copied().unwrap_or(1),
                    };
                }
            }
            Screen::Review { .. } => self.methods = self.devices.payment_methods(),
            // The wallet's code, drawn once per code (not per frame).
            Screen::Pay {
                code: Some(code), ..
            } if self.qr.as_ref().is_none_or(|(url, _)| *url != code.url) => {
                match qr_code::Data::new(code.url.as_bytes()) {
                    Ok(data) => self.qr = Some((code.url.clone(), data)),
                    Err(e) => tracing::warn!(error = %e, "ui: wallet code does not fit a QR code"),
                }
            }
            Screen::Receipt { .. } | Screen::Done { .. } => {
                if let Screen::Receipt { quote, outcome, .. } = self.flow.screen() {
                    self.last_sale = Some(done::Sale {
                        quote: quote.clone(),
                        receipt: outcome.clone(),
                    });
                }
                let (Screen::Receipt { transaction_id, .. } | Screen::Done { transaction_id, .. }) =
                    self.flow.screen()
                else {
                    return;
                };
                if self.qr.as_ref().is_none_or(|(id, _)| id != transaction_id)
                    && let Some(url) = self.devices.e_receipt_url(transaction_id)
                {
                    match qr_code::Data::new(url.as_bytes()) {
                        Ok(data) => self.qr = Some((transaction_id.clone(), data)),
                        Err(e) => {
                            tracing::warn!(error = %e, "ui: e-receipt address does not fit a QR code")
                        }
                    }
                }
            }
            _ => {}
        }
    }

    fn perform(&mut self, effect: Effect) -> Task<Message> {
        let job = match effect {
            Effect::LookupSim(sim) => Job::Lookup(sim),
            Effect::StartSale {
                sim,
                quote,
                lang,
                method,
            } => {
                let subscriber = match self.flow.screen() {
                    Screen::Pay { subscriber, .. } => subscriber.clone(),
                    other => {
                        tracing::error!(
                            screen = other.name(),
                            "ui: sale asked for away from the pay screen"
                        );
                        return Task::none();
                    }
                };
                let cancel = CancelFlag::default();
                self.cancel = Some(cancel.clone());
                self.progress = 0;
                Job::Sale(Box::new(super::devices::SaleOrder {
                    sim,
                    subscriber,
                    quote,
                    lang,
                    method,
                    cancel,
                }))
            }
            Effect::CancelPayment => {
                if let Some(flag) = &self.cancel {
                    flag.request();
                }
                return Task::none();
            }
        };
        match self.runner {
            Runner::Tasks => super::effects::task(self.devices.clone(), job),
            Runner::Queue => {
                self.queue.push(job);
                Task::none()
            }
        }
    }

    fn check_health(&mut self) -> Task<Message> {
        match self.runner {
            Runner::Tasks => super::effects::health_check(self.devices.clone()),
            Runner::Queue => {
                let reason = self.devices.out_of_service();
                self.update(Message::Health(reason))
            }
        }
    }

    /// Runner::Queue: run the queued device jobs now, on this thread, feeding every result back
    /// through `update` (tests and the snapshot tool; the kiosk uses tasks).
    pub fn run_queued(&mut self) {
        while !self.queue.is_empty() {
            let jobs = std::mem::take(&mut self.queue);
            for job in jobs {
                for event in super::effects::run_blocking(self.devices.as_ref(), job) {
                    let _ = self.update(Message::Device(event));
                }
            }
        }
    }

    /// Jobs waiting in Runner::Queue mode.
    pub fn queued(&self) -> usize {
        self.queue.len()
    }

    /// Seconds left on the "need more time?" prompt, if it is showing.
    pub fn idle_prompt_secs(&self) -> Option<u64> {
        self.flow
            .idle_prompt(self.now())
            .map(|d| d.as_secs_f64().ceil() as u64)
    }

    pub fn lang(&self) -> Lang {
        self.flow.lang()
    }

    pub(super) fn can_retry(&self) -> bool {
        self.flow.can_go_back()
    }
}
