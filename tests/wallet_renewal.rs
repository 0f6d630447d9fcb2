//! A wallet payment whose renewal the carrier refuses: returned to the payment app. Fault points
//! are process-wide, hence its own file.
#![cfg(feature = "failpoints")]

mod wallet_support;

use simkiosk::engine::SaleReport;
use simkiosk::flow::SaleFailure;
use simkiosk::journal::TxState;
use simkiosk::payment::wallet::WalletStatus;
use simkiosk::payment::wallet::simulator::Faults;
use std::time::Duration;
use wallet_support::*;

#[test]
fn a_wallet_payment_for_a_renewal_the_carrier_refuses_is_returned_to_the_app() {
    let rig = rig(Faults::default(), Duration::from_secs(300));
    let _scenario = fail::FailScenario::setup();
    fail::cfg("carrier.reject", "return").unwrap();
    let (report, _) = sell(&rig, pay_now);
    fail::remove("carrier.reject");
    assert!(
        matches!(
            &report,
            SaleReport::Failed {
                failure: SaleFailure::WalletReturned,
                ..
            }
        ),
        "returned to the payment app, not \"to your card\": {report:?}"
    );
    let id = report.transaction_id().unwrap();
    assert_eq!(row(&rig, &report).0, TxState::Reversed);
    assert_eq!(provider_status(&rig, id), WalletStatus::Canceled);
}
