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
