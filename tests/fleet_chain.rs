//! The fleet: several kiosk processes sell on the demo devices (`simkiosk renew`) while their
//! senders (`simkiosk sync --follow`) feed a throwaway PostgreSQL that is stopped, crashed and
//! restarted, and while senders and sales are killed. At the end every outbox row is at head
//! office exactly once, every transaction has the journal's state, and the chain's JST day
//! equals the sum of the kiosks' own daily reports to the yen.
//!
//! KIOSKS and SALES are sized for CI on 2 cores (the 20 kiosks run the same code:
//! `FLEET_KIOSKS=20 cargo test --test fleet_chain`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

mod fleet_support;
use fleet_support::{Pg, prepare, rt};

const SALES: usize = 4;
const DEMO_PHONE: &str = "09012345678";
const DEMO_PLAN: &str = "docomo-7d-3gb";

fn kiosks() -> usize {
    std::env::var("FLEET_KIOSKS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(4)
}

struct Kiosk {
    id: String,
    dir: PathBuf,
    sender: std::sync::Mutex<Option<Child>>,
}

impl Kiosk {
    fn toml(&self) -> PathBuf {
        self.dir.join("kiosk.toml")
    }
    fn journal(&self) -> PathBuf {
        self.dir.join("journal.db")
    }
    fn simkiosk(&self, args: &[&str]) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_simkiosk"));
        c.arg("--config").arg(self.toml()).args(args);
        c.current_dir(&self.dir).env("RUST_LOG", "warn");
        c
    }
    fn start_sender(&self) {
        let child = self
            .simkiosk(&["sync", "--follow"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start the sender");
        *self.sender.lock().unwrap() = Some(child);
    }
    fn kill_sender(&self) {
        if let Some(mut c) = self.sender.lock().unwrap().take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

impl Drop for Kiosk {
    fn drop(&mut self) {
        self.kill_sender();
    }
}

fn make_kiosk(pg: &Pg, root: &Path, n: usize) -> Kiosk {
    let id = format!("k{n:02}");
    let dir = root.join(&id);
    std::fs::create_dir_all(&dir).unwrap();
    let shipped =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("kiosk.toml")).unwrap();
    let mut doc: toml_edit::DocumentMut = shipped.parse().unwrap();
    let p = |name: &str| dir.join(name).to_string_lossy().into_owned();
    doc["kiosk"]["id"] = toml_edit::value(&id);
    doc["journal"]["path"] = toml_edit::value(p("journal.db"));
    doc["carrier"]["demo_db"] = toml_edit::value(p("demo-carrier.db"));
    doc["operator"]["pin_hash"] = toml_edit::value("");
    let pw = pg.password_file(&id, &format!("pw-{id}"));
    let mut fleet = toml_edit::Table::new();
    fleet["url"] = toml_edit::value(pg.url(&format!("kiosk_{id}")));
    fleet["password_file"] = toml_edit::value(pw.to_string_lossy().into_owned());
    fleet["interval_secs"] = toml_edit::value(1);
    fleet["connect_timeout_secs"] = toml_edit::value(2);
    fleet["batch_size"] = toml_edit::value(7);
    doc["fleet"] = toml_edit::Item::Table(fleet);
    std::fs::write(dir.join("kiosk.toml"), doc.to_string()).unwrap();
    Kiosk {
        id,
        dir,
        sender: std::sync::Mutex::new(None),
    }
}

/// One sale; `kill_after` kills it part-way (the next run's recovery settles it).
/// `Some(Err(stderr))` when it ran to the end without renewing.
fn sell(k: &Kiosk, kill_after: Option<Duration>) -> Option<Result<(), String>> {
    let mut child = k
        .simkiosk(&[
            "renew", "--sim", DEMO_PHONE, "--plan", DEMO_PLAN, "--lang", "en",
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start renew");
    if let Some(after) = kill_after {
        std::thread::sleep(after);
        let _ = child.kill();
        let _ = child.wait();
        return None;
    }
    let out = child.wait_with_output().expect("renew ends");
    Some(if out.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).into_owned())
    })
}

fn json_of(mut c: Command) -> serde_json::Value {
    let out = c.output().expect("run simkiosk");
    assert!(
        out.status.success(),
        "{c:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON output")
}

#[test]
fn every_sale_reaches_head_office_once_and_the_chain_day_adds_up() {
    let started = Instant::now();
    let Some(pg) = Pg::start() else { return };
    let root = tempfile::tempdir().unwrap();
    let n = kiosks();
    let ids: Vec<String> = (0..n).map(|i| format!("k{i:02}")).collect();
    let admin_rt = rt();
    let admin = admin_rt.block_on(prepare(
        &pg,
        &ids.iter().map(String::as_str).collect::<Vec<_>>(),
    ));
    let fleet: Vec<Kiosk> = (0..n).map(|i| make_kiosk(&pg, root.path(), i)).collect();
    for k in &fleet {
        k.start_sender();
    }

    // Sales on every kiosk at once; head office goes away and comes back meanwhile.
    let outage_sales = std::sync::atomic::AtomicUsize::new(0);
    let db_up = std::sync::atomic::AtomicBool::new(true);
    std::thread::scope(|s| {
        for (i, k) in fleet.iter().enumerate() {
            let (outage_sales, db_up) = (&outage_sales, &db_up);
            s.spawn(move || {
                for sale in 0..SALES {
                    // One sale per kiosk is killed mid-way (the second of kiosk 0, 1, …).
                    let kill = (sale == 1 && i % 2 == 0).then(|| Duration::from_millis(300));
                    let down = !db_up.load(std::sync::atomic::Ordering::SeqCst);
                    let outcome = sell(k, kill);
                    if kill.is_none() {
                        if let Some(Err(stderr)) = &outcome {
                            panic!(
                                "kiosk {} sale {sale} failed (head office up: {}): {stderr}",
                                k.id, !down
                            );
                        }
                        if down {
                            outage_sales.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                        }
                    }
                }
            });
        }
        // Chaos: a crash of the server, a clean stop, each with sales going on; every
        // sender killed (SIGKILL) and restarted while the server is down.
        std::thread::sleep(Duration::from_secs(2));
        db_up.store(false, std::sync::atomic::Ordering::SeqCst);
        pg.stop_server("immediate");
        for k in &fleet {
            k.kill_sender();
            k.start_sender();
        }
        std::thread::sleep(Duration::from_secs(3));
        pg.start_server();
        db_up.store(true, std::sync::atomic::Ordering::SeqCst);
        std::thread::sleep(Duration::from_secs(2));
        db_up.store(false, std::sync::atomic::Ordering::SeqCst);
        pg.stop_server("fast");
        std::thread::sleep(Duration::from_secs(3));
        pg.start_server();
        db_up.store(true, std::sync::atomic::Ordering::SeqCst);
    });
    // Now stop the senders and let one last `simkiosk sync` per kiosk finish the job, as a
    // restarted kiosk would.
    for k in &fleet {
        k.kill_sender();
    }
    let deadline = Instant::now() + Duration::from_secs(60);
    for k in &fleet {
        loop {
            let out = k.simkiosk(&["sync", "--json"]).output().unwrap();
            if out.status.success() {
                let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
                assert_eq!(v["outbox"]["pending"], 0, "{}: {v}", k.id);
                break;
            }
            assert!(
                Instant::now() < deadline,
                "{}: sync keeps failing: {}",
                k.id,
                String::from_utf8_lossy(&out.stderr)
            );
            std::thread::sleep(Duration::from_millis(500));
        }
    }

    // The server restarted: head office's own connection is new too.
    drop(admin);
    admin_rt.block_on(async {
        let admin = simkiosk::fleet::connect(&pg.admin_config())
            .await
            .expect("admin reconnects");
        let mut days = BTreeMap::<String, (i64, i64, i64)>::new();
        for k in &fleet {
            let journal = simkiosk::journal::Journal::open(&k.journal()).unwrap();
            let counts = journal.outbox_counts().unwrap();
            let row = admin
                .query_one(
                    "SELECT count(*), COALESCE(max(seq), 0) FROM fleet.ingest WHERE kiosk_id = $1",
                    &[&k.id],
                )
                .await
                .unwrap();
            let (at_hq, max_seq): (i64, i64) = (row.get(0), row.get(1));
            assert_eq!(
                (at_hq, max_seq),
                (counts.last_seq, counts.last_seq),
                "{}: head office holds seq 1..={} exactly once",
                k.id,
                counts.last_seq
            );
            let records = journal
                .list(simkiosk::journal::ListFilter {
                    pending_only: false,
                    limit: 100_000,
                })
                .unwrap();
            for r in &records {
                let state: String = admin
                    .query_one(
                        "SELECT state FROM fleet.transactions WHERE kiosk_id = $1 AND tx_id = $2",
                        &[&k.id, &r.id],
                    )
                    .await
                    .unwrap_or_else(|e| panic!("{} {} missing at head office: {e}", k.id, r.id))
                    .get(0);
                assert_eq!(state, r.state.as_str(), "{} {}", k.id, r.id);
                let day = r
                    .created_at
                    .with_timezone(&simkiosk::domain::promotion::jst())
                    .date_naive()
                    .to_string();
                days.entry(day).or_default();
            }
        }
        let mut renewals = 0;
        for (day, sum) in &mut days {
            for k in &fleet {
                let mut c = k.simkiosk(&["report", "--day", day, "--json"]);
                c.stderr(Stdio::piped());
                let r = json_of(c);
                sum.0 += r["renewals"]["count"].as_i64().unwrap();
                sum.1 += r["renewals"]["total_yen"].as_i64().unwrap();
                sum.2 += r["renewals_tax_yen"].as_i64().unwrap();
            }
            // Head office's own report, as its operator runs it.
            let mut c = Command::new(env!("CARGO_BIN_EXE_simkiosk"));
            c.args(["fleet", "report", "--url", &pg.url(fleet_support::ADMIN)])
                .args(["--day", day, "--json"])
                .env("PGPASSWORD", fleet_support::ADMIN_PASSWORD);
            let chain = json_of(c);
            let figure = |key: &str| chain[key].as_i64().unwrap();
            assert_eq!(
                (
                    figure("renewals"),
                    figure("renewals_yen"),
                    figure("renewals_tax_yen")
                ),
                *sum,
                "chain day {day} (renewals, yen, tax) differs from the kiosks' reports"
            );
            renewals += sum.0;
        }
        let outage = outage_sales.load(std::sync::atomic::Ordering::SeqCst);
        eprintln!(
            "fleet tally: {n} kiosks, {renewals} renewals at head office, {outage} sold while it was down, {:.0?} in all",
            started.elapsed()
        );
        assert!(renewals > 0, "the fleet sold something");
    });
}
