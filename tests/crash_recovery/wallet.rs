//! Wallet rounds of the crash test: `simkiosk renew --pay paypay` against a `simkiosk
//! wallet-sim` process (which pays each code by itself a second after it is shown), killed while
//! the code is shown, after COMPLETED is journaled, during the renewal, and at random moments.
//! After each kill `simkiosk recover` runs and the invariants are checked from the journal, the
//! demo carrier and the wallet simulator's ledger (what the customer really paid and got back).

use super::{BIN, Rig, Rng, Tally, check, killed, restart_and_check, seed, wait_bounded};
use simkiosk::carrier::demo::DemoCarrier;
use simkiosk::journal::{Journal, TxState};
use std::collections::{HashMap, HashSet};
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Where a wallet sale may be killed: the code on the screen, COMPLETED journaled, the renewal
/// asked for, the carrier's renewal done.
const WALLET_POINTS: &[&str] = &[
    "wallet.code_shown",
    "wallet.after_completed",
    "sale.after_renewal_requested",
    "sale.after_carrier_renewed",
];

impl Rig {
    /// The card rig plus a wallet simulator process, and `[payment] methods = ["card", "paypay"]`
    /// pointing at it.
    fn start_wallet() -> (Rig, std::path::PathBuf, String) {
        let mut rig = Rig::start();
        let credentials = rig.dir.path().join("paypay-credentials");
        std::fs::write(
            &credentials,
            "api_key = crash-key\napi_secret = crash-secret\n",
        )
        .expect("write the credentials file");
        let wallet_ledger = rig.dir.path().join("wallet-ledger.jsonl");
        let mut child = Command::new(BIN)
            .args([
                "wallet-sim",
                "--listen",
                "127.0.0.1:0",
                "--auto-pay-after",
                "1",
            ])
            .arg("--credentials")
            .arg(&credentials)
            .arg("--ledger")
            .arg(&wallet_ledger)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start wallet-sim");
        let mut out = BufReader::new(child.stdout.take().expect("wallet-sim stdout"));
        let mut first = String::new();
        out.read_line(&mut first)
            .expect("read wallet-sim's address");
        std::thread::spawn(move || for _ in out.lines() {});
        let base_url = first.trim().to_owned();
        assert!(
            base_url.starts_with("http://127.0.0.1:"),
            "wallet-sim printed {first:?}"
        );
        rig.simulators.push(child);

        let text = std::fs::read_to_string(&rig.config).expect("read kiosk.toml");
        let mut table: toml::Table = text.parse().expect("kiosk.toml is TOML");
        let payment = table
            .get_mut("payment")
            .and_then(|p| p.as_table_mut())
            .expect("[payment]");
        payment.insert(
            "methods".into(),
            toml::Value::Array(vec!["card".into(), "paypay".into()]),
        );
        let paypay = format!(
            "kind = \"api\"\nbase_url = \"{base_url}\"\nmerchant_id = \"demo-merchant\"\n\
             credentials_file = \"{}\"\npoll_secs = 4\ntimeout_secs = 5",
            credentials.display()
        );
        payment.insert(
            "paypay".into(),
            toml::Value::Table(paypay.parse().expect("paypay table")),
        );
        std::fs::write(&rig.config, toml::to_string(&table).expect("serialise"))
            .expect("write kiosk.toml");
        (rig, wallet_ledger, base_url)
    }
}

/// Switches the running wallet simulator's faults (its loopback control endpoint).
fn set_faults(base_url: &str, faults: &str) {
    ureq::post(&format!("{base_url}/sim/faults"))
        .timeout(Duration::from_secs(5))
        .send_string(faults)
        .expect("set the wallet simulator's faults");
}

#[derive(Default, Debug)]
struct WalletTally {
    paid: usize,
    given_back: usize,
    renewed: usize,
}

/// What the wallet simulator's ledger proves against the journal and the carrier.
fn check_wallet(rig: &Rig, ledger: &std::path::Path, tally: &mut WalletTally) -> Vec<String> {
    let mut violations = Vec::new();
    let mut paid = HashSet::new();
    let mut given_back = HashSet::new();
    let mut created: HashMap<String, usize> = HashMap::new();
    for line in std::fs::read_to_string(ledger).unwrap_or_default().lines() {
        let v: serde_json::Value = serde_json::from_str(line).expect("wallet ledger line is JSON");
        let id = v["merchantPaymentId"]
            .as_str()
            .unwrap_or_default()
            .to_owned();
        match v["event"].as_str().unwrap_or_default() {
            "created" => *created.entry(id).or_default() += 1,
            "paid" if v["status"] == "COMPLETED" => {
                paid.insert(id);
            }
            "canceled" | "refunded" if paid.contains(&id) => {
                given_back.insert(id);
            }
            _ => {}
        }
    }
    for (id, n) in &created {
        if *n > 1 {
            violations.push(format!("{id}: {n} codes created for one payment"));
        }
    }
    let journal = Journal::open(&rig.journal).expect("open the journal");
    let carrier = DemoCarrier::open(&rig.carrier_db, Vec::new(), || {
        chrono::Utc::now().date_naive()
    })
    .expect("open the demo carrier");
    let renewed_keys: HashSet<String> = carrier
        .renewals()
        .expect("renewals")
        .into_iter()
        .map(|r| r.idempotency_key)
        .collect();
    for id in paid.iter().chain(created.keys()) {
        let Ok(row) = journal.get(id) else {
            violations.push(format!("{id}: a wallet payment with no transaction"));
            continue;
        };
        let renewed = renewed_keys.contains(&row.idempotency_key);
        let held = matches!(
            row.state,
            TxState::NeedsOperator | TxState::RenewalRequested
        );
        let kept = paid.contains(id) && !given_back.contains(id);
        if kept && !renewed && !held {
            violations.push(format!(
                "{id}: paid by wallet, not renewed, not queued or with the operator ({})",
                row.state.as_str()
            ));
        }
        if renewed && given_back.contains(id) && !held {
            violations.push(format!("{id}: renewed and its wallet payment given back"));
        }
        if row.state == TxState::Reversed && !given_back.contains(id) {
            violations.push(format!(
                "{id}: journal says reversed, the wallet kept the money"
            ));
        }
    }
    tally.paid = paid.len();
    tally.given_back = given_back.len();
    tally.renewed = paid
        .iter()
        .filter_map(|id| journal.get(id).ok())
        .filter(|r| renewed_keys.contains(&r.idempotency_key))
        .count();
    violations
}

fn restart_and_check_wallet(
    rig: &Rig,
    ledger: &std::path::Path,
    tally: &mut Tally,
    wallet: &mut WalletTally,
    context: &str,
) {
    restart_and_check(rig, tally, context);
    let violations = check_wallet(rig, ledger, wallet);
    if !violations.is_empty() {
        eprintln!(
            "wallet ledger:\n{}",
            std::fs::read_to_string(ledger).unwrap_or_default()
        );
    }
    assert!(
        violations.is_empty(),
        "{context}: {} wallet violation(s):\n{}",
        violations.len(),
        violations.join("\n")
    );
}

#[test]
fn killed_during_wallet_sales_the_kiosk_never_loses_or_doubles_a_wallet_payment() {
    let (rig, ledger, wallet_url) = Rig::start_wallet();
    let mut tally = Tally::default();
    let mut wallet = WalletTally::default();

    let start = Instant::now();
    let status = wait_bounded(
        &mut rig.renew_paying("paypay", ""),
        Duration::from_secs(60),
        "a clean wallet renew",
    );
    let sale_time = start.elapsed();
    assert!(
        status.success(),
        "clean wallet renewal failed ({status}); see kiosk.log in the rig"
    );
    restart_and_check_wallet(
        &rig,
        &ledger,
        &mut tally,
        &mut wallet,
        "after a clean wallet sale",
    );

    for point in WALLET_POINTS {
        let failpoints = format!("{point}=panic");
        let status = wait_bounded(
            &mut rig.renew_paying("paypay", &failpoints),
            Duration::from_secs(60),
            &failpoints,
        );
        assert!(
            killed(status),
            "FAILPOINTS={failpoints}: the wallet sale did not reach it ({status})"
        );
        tally.kills += 1;
        restart_and_check_wallet(
            &rig,
            &ledger,
            &mut tally,
            &mut wallet,
            &format!("wallet sale killed at {point}"),
        );
    }

    // The customer is charged another amount: the kiosk gives it back, also when it is killed
    // right after journaling `reversal_requested`.
    set_faults(&wallet_url, r#"{"pay_amount": 1}"#);
    for failpoints in ["", "sale.after_reversal_requested=panic"] {
        let status = wait_bounded(
            &mut rig.renew_paying("paypay", failpoints),
            Duration::from_secs(60),
            "a wallet sale charged another amount",
        );
        assert!(
            !status.success(),
            "FAILPOINTS={failpoints:?}: renewed on a wrong amount ({status})"
        );
        if killed(status) {
            tally.kills += 1;
        }
        restart_and_check_wallet(
            &rig,
            &ledger,
            &mut tally,
            &mut wallet,
            &format!("wrong wallet amount, FAILPOINTS={failpoints:?}"),
        );
    }
    set_faults(&wallet_url, "{}");
    assert_eq!(wallet.given_back, 2, "both wrong amounts were given back");

    let kills: usize = std::env::var("CRASH_WALLET_KILLS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(6);
    let seed = seed();
    let mut rng = Rng(seed);
    let window = sale_time.as_micros() as u64 + 1;
    let (mut random_kills, mut round) = (0, 0);
    while random_kills < kills && round < kills * 3 {
        round += 1;
        let mut child = rig.renew_paying("paypay", "");
        std::thread::sleep(Duration::from_micros(rng.next() % window));
        let _ = child.kill();
        let status = wait_bounded(&mut child, Duration::from_secs(10), "killed wallet renew");
        if killed(status) {
            tally.kills += 1;
            random_kills += 1;
        }
        restart_and_check_wallet(
            &rig,
            &ledger,
            &mut tally,
            &mut wallet,
            &format!("wallet random kill {round} (seed {seed})"),
        );
    }
    // The card still sells beside the wallet.
    let status = wait_bounded(&mut rig.renew(""), Duration::from_secs(60), "a card renew");
    assert!(
        status.success(),
        "card sale beside the wallet failed ({status})"
    );
    let violations = check(&rig, &mut tally);
    assert!(violations.is_empty(), "{violations:?}");

    eprintln!(
        "crash test (wallet) tally: kills={} random kills={random_kills} recoveries={} \
         transactions checked={} wallet payments={} given back={} renewed={} \
         needs_operator={} queued_for_retry={} violations=0 (a clean wallet sale takes \
         {sale_time:?}; CRASH_SEED={seed})",
        tally.kills,
        tally.recoveries,
        tally.transactions,
        wallet.paid,
        wallet.given_back,
        wallet.renewed,
        tally.needs_operator,
        tally.queued,
    );
    assert_eq!(
        random_kills, kills,
        "only {random_kills} of {kills} random kills landed"
    );
}
