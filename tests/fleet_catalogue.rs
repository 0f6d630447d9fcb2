//! The catalogue from head office: a new price reaches every kiosk; an invalid catalogue is
//! refused by every kiosk (reason logged, outbox health row) and the last good one stays; a
//! sale quoted before the change keeps its price.

use chrono::Utc;
use simkiosk::config::Config;
use simkiosk::domain::sim::parse_sim;
use simkiosk::engine::{Engine, SaleReport, SaleRequest};
use simkiosk::fleet::catalogue::{self, Poll};
use simkiosk::i18n::Lang;
use simkiosk::journal::Journal;
use simkiosk::payment::CancelFlag;
use std::path::{Path, PathBuf};
use std::time::Duration;

mod fleet_support;
use fleet_support::{Pg, prepare, rt};

const PLAN: &str = "docomo-7d-3gb";

fn shipped() -> toml_edit::DocumentMut {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("kiosk.toml"))
        .unwrap()
        .parse()
        .unwrap()
}

/// kiosk.toml of kiosk `id` in `dir`, reporting to `pg`.
fn kiosk_toml(pg: &Pg, dir: &Path, id: &str) -> PathBuf {
    let mut doc = shipped();
    let p = |name: &str| dir.join(name).to_string_lossy().into_owned();
    doc["kiosk"]["id"] = toml_edit::value(id);
    doc["journal"]["path"] = toml_edit::value(p("journal.db"));
    doc["carrier"]["demo_db"] = toml_edit::value(p("demo-carrier.db"));
    doc["operator"]["pin_hash"] = toml_edit::value("");
    let mut fleet = toml_edit::Table::new();
    fleet["url"] = toml_edit::value(pg.url(&format!("kiosk_{id}")));
    let pw = pg.password_file(id, &format!("pw-{id}"));
    fleet["password_file"] = toml_edit::value(pw.to_string_lossy().into_owned());
    doc["fleet"] = toml_edit::Item::Table(fleet);
    let path = dir.join("kiosk.toml");
    std::fs::write(&path, doc.to_string()).unwrap();
    path
}

/// The shipped catalogue with the demo plan at `price` yen.
fn catalogue_with_price(price: i64) -> String {
    let mut cat = shipped()["catalogue"].clone();
    let plans = cat["plans"].as_array_of_tables_mut().unwrap();
    let plan = plans
        .iter_mut()
        .find(|t| t["id"].as_str() == Some(PLAN))
        .unwrap();
    plan["price_yen"] = toml_edit::value(price);
    let mut doc = toml_edit::DocumentMut::new();
    doc["catalogue"] = cat;
    doc.to_string()
}

fn price_of(config: &Config) -> i64 {
    config
        .catalogue()
        .quote(PLAN, 1, Utc::now())
        .unwrap()
        .total
        .0
}

#[test]
fn a_new_price_reaches_every_kiosk_and_an_invalid_catalogue_is_refused_by_each() {
    let Some(pg) = Pg::start() else { return };
    let root = tempfile::tempdir().unwrap();
    let ids = ["c1", "c2"];
    let rt = rt();
    let admin = rt.block_on(prepare(&pg, &ids));
    let kiosks: Vec<PathBuf> = ids
        .iter()
        .map(|id| {
            let dir = root.path().join(id);
            std::fs::create_dir_all(&dir).unwrap();
            kiosk_toml(&pg, &dir, id)
        })
        .collect();
    let before = Config::load(&kiosks[0]).unwrap();
    let old_price = price_of(&before);

    // A customer of kiosk c1 is quoted before the new price arrives.
    let engine = Engine::from_config(&catalogue::load_with_kept(&kiosks[0]).unwrap()).unwrap();
    let sim = parse_sim("09012345678").unwrap();
    let subscriber = engine.lookup(&sim).unwrap();
    let quote = engine.catalogue().quote(PLAN, 1, Utc::now()).unwrap();

    let new_price = old_price + 220;
    let poll_all = |expect: &dyn Fn(&Poll) -> bool| {
        for path in &kiosks {
            let config = catalogue::load_with_kept(path).unwrap();
            let journal = Journal::open(&config.journal.path)
                .unwrap()
                .with_kiosk_id(&config.kiosk.id);
            let cfg = config.fleet.clone().unwrap();
            let outcome = rt.block_on(async {
                let client = simkiosk::fleet::connect(&cfg).await.unwrap();
                catalogue::poll(&client, path, &config, &journal, Duration::from_secs(10))
                    .await
                    .unwrap()
            });
            assert!(expect(&outcome), "{}: {outcome:?}", config.kiosk.id);
        }
    };
    let v1 = rt
        .block_on(catalogue::publish(
            &admin,
            &catalogue_with_price(new_price),
            "price up",
        ))
        .unwrap();
    poll_all(&|p| *p == Poll::Applied(v1));
    for path in &kiosks {
        let config = catalogue::load_with_kept(path).unwrap();
        assert_eq!(
            price_of(&config),
            new_price,
            "{} runs v{v1}",
            config.kiosk.id
        );
    }

    // The sale quoted before the change is charged what it was quoted.
    let report = engine.sale(
        SaleRequest {
            sim,
            subscriber,
            quote,
            lang: Lang::En,
            cancel: CancelFlag::default(),
        },
        &mut |_| {},
    );
    let SaleReport::Completed { transaction_id, .. } = report else {
        panic!("the quoted sale did not complete: {report:?}");
    };
    assert_eq!(
        engine.journal().get(&transaction_id).unwrap().total_yen,
        old_price,
        "a sale in progress keeps its quoted price"
    );

    // A negative price breaks check-config's rules: every kiosk refuses it and says so.
    let v2 = rt
        .block_on(catalogue::publish(
            &admin,
            &catalogue_with_price(-5),
            "broken",
        ))
        .unwrap();
    poll_all(
        &|p| matches!(p, Poll::Rejected { version, reason } if *version == v2 && reason.contains("price_yen")),
    );
    for path in &kiosks {
        let config = catalogue::load_with_kept(path).unwrap();
        assert_eq!(
            price_of(&config),
            new_price,
            "{} keeps v{v1}",
            config.kiosk.id
        );
        let journal = Journal::open(&config.journal.path).unwrap();
        let health: Vec<serde_json::Value> = journal
            .outbox_pending(1000)
            .unwrap()
            .iter()
            .filter(|r| r.kind == "health")
            .map(|r| serde_json::from_str(&r.payload_json).unwrap())
            .collect();
        let last = health.last().expect("a health row");
        assert_eq!(last["device"], "catalogue");
        assert_eq!(last["status"], format!("rejected v{v2}"), "{last}");
        assert_eq!(health.len(), 2, "applied v{v1}, then rejected v{v2}");
    }
}

/// The running engine's sale of `quote` to the demo SIM; returns the yen journalled.
fn sell(engine: &Engine, quote: simkiosk::domain::Quote) -> i64 {
    let sim = parse_sim("09012345678").unwrap();
    let subscriber = engine.lookup(&sim).unwrap();
    let report = engine.sale(
        SaleRequest {
            sim,
            subscriber,
            quote,
            lang: Lang::En,
            cancel: CancelFlag::default(),
        },
        &mut |_| {},
    );
    let SaleReport::Completed {
        transaction_id,
        receipt_printed,
        ..
    } = report
    else {
        panic!("the sale did not complete: {report:?}");
    };
    assert!(
        receipt_printed,
        "the receipt names the plan of either catalogue"
    );
    engine.journal().get(&transaction_id).unwrap().total_yen
}

#[test]
fn a_running_kiosk_sells_at_a_published_price_from_its_next_customer_and_an_earlier_quote_keeps_its_price()
 {
    let Some(pg) = Pg::start() else { return };
    let root = tempfile::tempdir().unwrap();
    let rt = rt();
    let admin = rt.block_on(prepare(&pg, &["r1"]));
    let path = kiosk_toml(&pg, root.path(), "r1");
    let config = catalogue::load_with_kept(&path).unwrap();
    let engine = Engine::from_config(&config).unwrap();
    let old_price = engine
        .catalogue()
        .quote(PLAN, 1, Utc::now())
        .unwrap()
        .total
        .0;

    // Customer A is quoted; then head office publishes a new price and the sender keeps it.
    let quote_a = engine.catalogue().quote(PLAN, 1, Utc::now()).unwrap();
    let new_price = old_price + 330;
    let v = rt
        .block_on(catalogue::publish(
            &admin,
            &catalogue_with_price(new_price),
            "price up",
        ))
        .unwrap();
    let polled = rt.block_on(async {
        let client = simkiosk::fleet::connect(config.fleet.as_ref().unwrap())
            .await
            .unwrap();
        catalogue::poll(
            &client,
            &path,
            &config,
            engine.journal(),
            Duration::from_secs(10),
        )
        .await
        .unwrap()
    });
    assert_eq!(polled, Poll::Applied(v));
    assert_eq!(
        engine
            .catalogue()
            .quote(PLAN, 1, Utc::now())
            .unwrap()
            .total
            .0,
        old_price,
        "kept is not running: the engine swaps only when it looks, between customers"
    );

    // Between customers the same engine (no restart) takes it, once.
    assert_eq!(engine.refresh_catalogue(), Some(v), "the kept v{v} runs");
    assert_eq!(
        engine.refresh_catalogue(),
        None,
        "nothing newer the second time"
    );
    assert_eq!(engine.catalogue_version(), Some(v));

    // A's sale, quoted before the change, is charged what A was quoted.
    assert_eq!(
        sell(&engine, quote_a),
        old_price,
        "a quote made before the change keeps its price"
    );
    // Customer B, quoted after the change, pays the new price.
    let quote_b = engine.catalogue().quote(PLAN, 1, Utc::now()).unwrap();
    assert_eq!(
        sell(&engine, quote_b),
        new_price,
        "the running engine sells at the published price"
    );

    // Head office hears which version runs: kept, then running.
    let statuses: Vec<String> = engine
        .journal()
        .outbox_pending(1000)
        .unwrap()
        .iter()
        .filter(|r| r.kind == "health")
        .map(|r| serde_json::from_str::<serde_json::Value>(&r.payload_json).unwrap())
        .filter(|p| p["device"] == "catalogue")
        .map(|p| p["status"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(statuses, [format!("v{v}"), format!("running v{v}")]);
}

#[test]
fn a_kept_catalogue_the_running_kiosk_cannot_read_is_not_run_and_the_next_good_one_is() {
    let dir = tempfile::tempdir().unwrap();
    let mut doc = shipped();
    let p = |name: &str| dir.path().join(name).to_string_lossy().into_owned();
    doc["journal"]["path"] = toml_edit::value(p("journal.db"));
    doc["carrier"]["demo_db"] = toml_edit::value(p("demo-carrier.db"));
    doc["operator"]["pin_hash"] = toml_edit::value("");
    // No server is needed: the engine reads only the file the sender keeps.
    let mut fleet = toml_edit::Table::new();
    fleet["url"] = toml_edit::value(format!("host={} user=kiosk_x", p("no-socket")));
    doc["fleet"] = toml_edit::Item::Table(fleet);
    let config = Config::from_str(&doc.to_string(), "kiosk.toml").unwrap();
    let engine = Engine::from_config(&config).unwrap();
    let price = || {
        engine
            .catalogue()
            .quote(PLAN, 1, Utc::now())
            .unwrap()
            .total
            .0
    };
    let old_price = price();
    let kept = catalogue::kept_path(&config);
    let keep = |version: i64, text: &str| {
        std::fs::write(
            &kept,
            format!("# simkiosk head-office catalogue version {version}\n{text}"),
        )
        .unwrap()
    };

    keep(7, &catalogue_with_price(-5));
    assert_eq!(
        engine.refresh_catalogue(),
        None,
        "a negative price never runs"
    );
    assert_eq!(price(), old_price, "the running catalogue stays");
    assert_eq!(engine.catalogue_version(), None);

    keep(8, &catalogue_with_price(old_price + 110));
    assert_eq!(engine.refresh_catalogue(), Some(8));
    assert_eq!(price(), old_price + 110);

    keep(6, &catalogue_with_price(old_price + 990));
    assert_eq!(
        engine.refresh_catalogue(),
        None,
        "an older version never replaces a newer one"
    );
    assert_eq!(price(), old_price + 110);
}
