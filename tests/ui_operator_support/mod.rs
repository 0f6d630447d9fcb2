//! Shared by the operator tests: a kiosk on the demo engine (journal and demo carrier in a temp
//! folder, the embedded terminal and printer simulators) with the operator console attached and
//! its jobs run inline, and a transaction that waits for staff.
#![allow(dead_code)]

use crate::ops_support;
use crate::ui_support::{Harness, PORTRAIT, demo_config};
use fluent_bundle::FluentValue;
use simkiosk::engine::Engine;
use simkiosk::i18n::{Lang, Localizer};
use simkiosk::journal::{Detail, Journal, TxState, WalletRef};
use simkiosk::payment::wallet::simulator::WalletSim;
use simkiosk::payment::wallet::{CodeRequest, WalletProvider};
use simkiosk::ui::operator::{self, Console, Page};
use simkiosk::ui::{EngineDevices, Kiosk, Message, Runner};
use std::sync::Arc;
use std::time::Duration;

/// The demo PIN whose hash the shipped kiosk.toml carries.
pub const DEMO_PIN: &str = "123456";

pub struct Op {
    pub h: Harness,
    pub engine: Engine,
    pub kiosk: ops_support::Kiosk,
}

/// A kiosk on the demo engine with the operator console attached (jobs run inline).
/// `pin_hash`: None keeps the shipped demo hash (PIN 123456); Some("") turns operator mode off.
pub fn operator_kiosk(pin_hash: Option<&str>) -> Op {
    let shipped = demo_config()
        .operator
        .pin_hash
        .expect("the shipped kiosk.toml carries the demo [operator] pin_hash");
    let k = ops_support::kiosk(Some(pin_hash.unwrap_or(&shipped)));
    let config = k.config.clone();
    let engine = Engine::from_config(&config).expect("the demo engine starts");
    // The text the binary lays out, line-break marks included (as `ui_support::Harness`).
    let l10n = Localizer::embedded()
        .expect("embedded locales load")
        .for_display();
    let kiosk = Kiosk::new(
        &demo_config(),
        Arc::new(EngineDevices::from(engine.clone())),
        l10n.clone(),
        PORTRAIT,
        Runner::Queue,
    )
    .with_console(Some(Console::new(engine.clone(), Runner::Queue)));
    Op {
        h: Harness {
            kiosk,
            l10n,
            size: PORTRAIT,
        },
        engine,
        kiosk: k,
    }
}

impl Op {
    pub fn open_pad(&mut self) {
        self.h.send(Message::CornerDown);
        self.h.kiosk.advance_clock(Duration::from_secs(3));
        self.h.send(Message::CornerUp);
        assert!(self.h.kiosk.operator_open(), "a 3 s press opens the pad");
    }

    /// Operator text in the operator's language.
    pub fn tr(&self, id: &str) -> String {
        self.h.l10n.text(self.lang(), id)
    }

    pub fn tr_with(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        self.h.l10n.text_with(self.lang(), id, args)
    }

    pub fn lang(&self) -> Lang {
        self.op().map_or(self.h.kiosk.lang(), |o| o.lang())
    }

    pub fn op(&self) -> Option<&operator::State> {
        self.h.kiosk.operator()
    }

    pub fn page(&self) -> Option<Page> {
        self.op().map(|o| o.page())
    }

    pub fn tap_id(&mut self, id: &str) {
        let label = self.tr(id);
        self.h.tap(&label);
    }

    /// From the staff menu, opens the one row that needs staff (a ¥1,980 card sale, as
    /// [`needs_operator_row`] makes it).
    pub fn open_the_row_needing_staff(&mut self) {
        let menu = self.tr_with("op-menu-decisions-count", &[("count", 1.into())]);
        self.h.tap(&menu);
        let row_title = format!(
            "{} · {}",
            self.tr("op-state-needs-operator"),
            self.h.l10n.yen(self.lang(), simkiosk::domain::Yen(1980))
        );
        self.h.tap(&row_title);
        assert_eq!(self.page(), Some(Page::Decision), "the row opens its page");
    }

    pub fn enter_pin(&mut self, pin: &str) {
        self.h.type_digits(pin);
        self.tap_id("ui-identify-submit");
    }

    pub fn unlock(&mut self) {
        self.open_pad();
        self.enter_pin(DEMO_PIN);
        assert_eq!(
            self.page(),
            Some(Page::Home),
            "the demo PIN opens the staff menu"
        );
    }

    pub fn audit_actions(&self) -> Vec<String> {
        let log = self.engine.journal().audit_log().expect("audit log reads");
        log.into_iter().map(|r| r.action).collect()
    }

    pub fn shows_id(&mut self, id: &str) -> bool {
        let label = self.tr(id);
        self.h.shows(&label)
    }
}

/// A paid transaction handed to staff (renewal outcome unknown), with a terminal receipt no.
pub fn needs_operator_row(engine: &Engine) -> String {
    let sub = ops_support::subscriber_ref(engine);
    let paid = ops_support::approval(1980, Some(42));
    ops_support::row(
        engine,
        &sub,
        Some(paid),
        &[
            TxState::PaymentRequested,
            TxState::PaymentApproved,
            TxState::RenewalRequested,
            TxState::NeedsOperator,
        ],
    )
    .id
}

/// A PayPay sale whose code was withdrawn while the provider could not say whether it had been
/// paid: `payment_requested`, waiting for the provider's word (a payment found is given back).
pub fn unconfirmed_wallet_row(engine: &Engine) -> String {
    let sub = ops_support::subscriber_ref(engine);
    let path = [TxState::PaymentRequested];
    ops_support::wallet_row(engine, &sub, None, "WITHDRAWN", &path).id
}

/// A PayPay code shown an hour ago by a kiosk that stopped, the provider unreachable since:
/// `payment_requested`, last word CREATED, no sale running (a payment found renews the SIM).
pub fn unanswered_wallet_row(t: &Op) -> String {
    let an_hour_ago = || chrono::Utc::now() - chrono::Duration::hours(1);
    let old = Journal::open(&t.kiosk.journal_path())
        .expect("journal opens")
        .with_clock(an_hour_ago);
    let sub = ops_support::subscriber_ref(&t.engine);
    let path = [TxState::PaymentRequested];
    let r = ops_support::row_in(&t.engine, &old, an_hour_ago(), &sub, None, &path);
    old.set_wallet(
        &r.id,
        &WalletRef {
            method: "paypay".into(),
            code_id: Some("04-WALLETCODE0003".into()),
            payment_id: None,
            status: Some("CREATED".into()),
        },
    )
    .expect("wallet columns");
    r.id
}

/// A PayPay payment completed, then the renewal's outcome unknown: handed to staff. Journaled
/// as the kiosk does it (the provider's payment id as the approval code, no card, no terminal
/// receipt number); the provider itself never saw it.
pub fn wallet_needs_operator_row(engine: &Engine) -> String {
    let sub = ops_support::subscriber_ref(engine);
    ops_support::wallet_row(
        engine,
        &sub,
        Some("PP-0000-4711"),
        "COMPLETED",
        ops_support::PAID_THEN_OPERATOR,
    )
    .id
}

/// As [`wallet_needs_operator_row`], paid for real at `sim`: the customer scanned the code and
/// paid, the kiosk journaled COMPLETED, then the renewal's outcome was unknown.
pub fn paid_wallet_needs_operator_row(engine: &Engine, sim: &WalletSim) -> String {
    let sub = ops_support::subscriber_ref(engine);
    let r = ops_support::row(engine, &sub, None, &[TxState::PaymentRequested]);
    let mut wallet = WalletRef {
        method: "paypay".into(),
        code_id: None,
        payment_id: None,
        status: Some("CREATED".into()),
    };
    engine
        .journal()
        .set_wallet(&r.id, &wallet)
        .expect("wallet columns");
    let mut client = ops_support::wallet_client(sim);
    let code = client
        .create_code(&CodeRequest {
            merchant_payment_id: r.id.clone(),
            amount: simkiosk::domain::Yen(r.total_yen),
            description: r.plan_id.clone(),
            lifetime: Duration::from_secs(300),
        })
        .expect("the provider creates the code");
    sim.pay_payment(&r.id).expect("the customer pays");
    let paid = client.payment(&r.id).expect("the provider answers");
    let payment_id = paid.payment_id.expect("a completed payment has an id");
    wallet.code_id = Some(code.code_id);
    wallet.payment_id = Some(payment_id.clone());
    wallet.status = Some("COMPLETED".into());
    let journal = engine.journal();
    journal.set_wallet(&r.id, &wallet).expect("wallet columns");
    let approval = ops_support::wallet_approval(r.total_yen, &payment_id);
    let steps = [
        (
            TxState::PaymentApproved,
            Detail::approval(approval, vec!["PayPay".into()]),
        ),
        (TxState::RenewalRequested, Detail::none()),
        (
            TxState::NeedsOperator,
            Detail::note("test: renewal outcome unknown"),
        ),
    ];
    for (to, detail) in steps {
        journal.advance(&r.id, to, &detail).expect("advance");
    }
    r.id
}
