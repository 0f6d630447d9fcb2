//! How each sale was paid reaches head office: a PayPay sale's rows carry the method and the
//! provider's payment id and status into `fleet.transactions`, a card sale's say `card`, and
//! the chain's day (`fleet.day_by_method`, `simkiosk fleet report --day`) splits them; a
//! transaction head office knows only from rows that predate the method counts as `unknown`.

use simkiosk::engine::SaleReport;
use simkiosk::fleet::{drain, report};
use simkiosk::payment::CancelFlag;
use simkiosk::payment::wallet::simulator::Faults;
use std::time::Duration;

mod fleet_support;
mod wallet_support;
use fleet_support::{Pg, kiosk_config, prepare, rt};
use wallet_support::{pay_now, request, rig, sell};

/// The demo kiosk.toml's `[kiosk] id`, which the wallet rig's engine journals under.
const KIOSK: &str = "demo-kiosk-01";

fn completed(report: &SaleReport) -> (String, i64) {
    match report {
        SaleReport::Completed {
            transaction_id,
            total,
            ..
        } => (transaction_id.clone(), total.value()),
        other => panic!("the sale did not complete: {other:?}"),
    }
}

#[test]
fn a_wallet_sale_reaches_head_office_with_its_method_and_the_chain_day_splits_card_from_paypay() {
    let Some(pg) = Pg::start() else { return };
    let rt = rt();
    let admin = rt.block_on(prepare(&pg, &[KIOSK]));
    let rig = rig(Faults::default(), Duration::from_secs(300));
    let journal = rig.engine.journal();

    let (paypay_report, _) = sell(&rig, pay_now);
    let (paypay_id, paypay_yen) = completed(&paypay_report);
    let card_report = rig
        .engine
        .sale(request(&rig, &CancelFlag::default()), &mut |_| {});
    let (card_id, card_yen) = completed(&card_report);
    let wallet = journal.wallet(&paypay_id).unwrap();
    let provider_id = wallet.payment_id.clone().expect("a provider payment id");
    let day = journal
        .get(&paypay_id)
        .unwrap()
        .created_at
        .with_timezone(&simkiosk::domain::promotion::jst())
        .date_naive();

    rt.block_on(async {
        let cfg = kiosk_config(&pg, KIOSK);
        let client = simkiosk::fleet::connect(&cfg).await.unwrap();
        drain(journal, &client, KIOSK, &cfg).await.unwrap();
        assert_eq!(journal.outbox_counts().unwrap().pending, 0);

        let row = |id: String| {
            let admin = &admin;
            async move {
                let r = admin
                    .query_one(
                        "SELECT method, wallet_payment_id, wallet_status, state
                         FROM fleet.transactions WHERE kiosk_id = $1 AND tx_id = $2",
                        &[&KIOSK, &id],
                    )
                    .await
                    .unwrap_or_else(|e| panic!("{id} is not at head office: {e}"));
                (
                    r.get::<_, Option<String>>(0),
                    r.get::<_, Option<String>>(1),
                    r.get::<_, Option<String>>(2),
                    r.get::<_, String>(3),
                )
            }
        };
        let (method, payment_id, status, state) = row(paypay_id.clone()).await;
        assert_eq!(method.as_deref(), Some("paypay"));
        assert_eq!(payment_id, Some(provider_id), "the provider's payment id");
        assert_eq!(status, wallet.status, "the provider's last status");
        assert_eq!(state, journal.get(&paypay_id).unwrap().state.as_str());
        let (method, payment_id, status, _) = row(card_id.clone()).await;
        assert_eq!(
            (method.as_deref(), payment_id, status),
            (Some("card"), None, None)
        );

        // A transaction known only from a row sent before kiosks reported the method.
        admin
            .execute(
                "INSERT INTO fleet.ingest (kiosk_id, seq, kind, payload, created_at)
                 SELECT kiosk_id, 1000000, 'tx_event', payload - 'method'
                        - 'wallet_payment_id' - 'wallet_status'
                        || jsonb_build_object('tx_id', 'legacy', 'event_seq', 1), created_at
                 FROM fleet.ingest
                 WHERE kiosk_id = $1 AND kind = 'tx_event'
                   AND payload->>'tx_id' = $2 AND payload->>'to_state' = 'renewed'",
                &[&KIOSK, &card_id],
            )
            .await
            .unwrap();

        let chain = report::chain_day(&admin, day).await.unwrap();
        let split: Vec<(String, i32, i64)> = chain
            .by_method
            .iter()
            .map(|l| (l.key.clone(), l.renewals, l.renewals_yen))
            .collect();
        assert_eq!(
            split,
            [
                ("card".to_owned(), 1, card_yen),
                ("paypay".to_owned(), 1, paypay_yen),
                ("unknown".to_owned(), 1, card_yen),
            ],
            "the day by method"
        );
        assert_eq!(
            chain.by_method.iter().map(|l| l.renewals_yen).sum::<i64>(),
            chain.renewals_yen,
            "the methods add up to the day"
        );
    });

    // Head office's operator sees the split.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_simkiosk"))
        .args(["fleet", "report", "--url", &pg.url(fleet_support::ADMIN)])
        .args(["--day", &day.to_string()])
        .env("PGPASSWORD", fleet_support::ADMIN_PASSWORD)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let section = text
        .split("By payment method:")
        .nth(1)
        .and_then(|rest| rest.split("By kiosk:").next())
        .unwrap_or_else(|| panic!("no payment method section in:\n{text}"));
    for method in ["card", "paypay", "unknown"] {
        assert!(
            section.lines().any(|l| l.trim_start().starts_with(method)),
            "{method} missing from:\n{text}"
        );
    }
}
