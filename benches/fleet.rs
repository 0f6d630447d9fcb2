//! Fleet figures (docs/PERFORMANCE.md, "Fleet"), on a throwaway PostgreSQL cluster:
//! - a sale's journal writes (create + 7 state changes, each with its outbox row) with no
//!   sender, and with a sender retrying an unreachable head office on another thread: a sale
//!   never waits on the network, so the two must match (criterion);
//! - ingest rate: FLEET_BENCH_KIOSKS (1,000) kiosks replaying FLEET_BENCH_SALES (100) sales
//!   each, 8 rows a sale, through their own roles (row-level security and projection included);
//! - the outbox drain time of one kiosk after a day offline (the same 100 sales, batch 500);
//! - pruning a month of acknowledged rows in the sender's batches beside sales (no PostgreSQL).
//!
//! `cargo bench --no-default-features --profile dev --bench fleet` (a release build with
//! `--no-default-features` is refused by iced_renderer, see docs/PERFORMANCE.md);
//! FLEET_BENCH_INGEST=0 runs only the first; without PostgreSQL only the first runs.

use chrono::Utc;
use criterion::Criterion;
use simkiosk::journal::{Detail, Journal, NewTransaction, TxState, new_uuid};
use std::time::{Duration, Instant};

#[path = "../tests/fleet_support/mod.rs"]
mod fleet_support;

const PATH: [TxState; 6] = [
    TxState::PaymentRequested,
    TxState::PaymentApproved,
    TxState::RenewalRequested,
    TxState::Renewed,
    TxState::ReceiptPrinted,
    TxState::Done,
];

fn new_tx(kiosk: &str) -> NewTransaction {
    NewTransaction {
        id: new_uuid(),
        idempotency_key: new_uuid(),
        created_at: Utc::now(),
        kiosk_id: kiosk.into(),
        sim_masked: "090-****-5678".into(),
        subscriber_ref: "sub_bench".into(),
        carrier_id: "docomo".into(),
        plan_id: "docomo-7d-3gb".into(),
        months: 1,
        lang: "en".into(),
        total_yen: 1980,
        tax_yen: 180,
        quote_json: "{}".into(),
    }
}

/// The journal writes of one whole sale.
fn sale(journal: &Journal, kiosk: &str) {
    let tx = new_tx(kiosk);
    journal.create(&tx).unwrap();
    for s in PATH {
        journal.advance(&tx.id, s, &Detail::none()).unwrap();
    }
}

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn sale_time(c: &mut Criterion) {
    // On tmpfs where there is one: fsync then costs nothing, so the figure is the sale's own
    // work and any wait on the sender, not the disk load of whatever else runs on the machine.
    let shm = std::path::Path::new("/dev/shm");
    let dir = if shm.is_dir() {
        tempfile::tempdir_in(shm).unwrap()
    } else {
        tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap()
    };
    let path = dir.path().join("sale.db");
    let journal = Journal::open(&path).unwrap().with_kiosk_id("bench");
    let mut g = c.benchmark_group("fleet_sale_journal");
    g.sample_size(30);
    g.bench_function("no_sender", |b| b.iter(|| sale(&journal, "bench")));
    // A sender on its own thread, head office unreachable (a socket directory with no
    // server): it fails, backs off and retries while the sales run.
    let cfg = simkiosk::config::FleetConfig {
        url: format!("host={} port=1 user=kiosk_bench", dir.path().display()),
        ca_file: None,
        password: None,
        batch_size: 500,
        interval: Duration::from_secs(1),
        connect_timeout: Duration::from_secs(1),
        statement_timeout: Duration::from_secs(1),
        outbox_keep: Duration::from_secs(30 * 24 * 3600),
    };
    // The kiosk's own sender loop (`fleet::sender::run`: connect, back off with jitter, retry).
    let toml = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("kiosk.toml");
    let mut config = simkiosk::config::Config::load(&toml).unwrap();
    config.journal.path = path.clone();
    config.kiosk.id = "bench".into();
    config.fleet = Some(cfg);
    let sender_journal = Journal::open(&path).unwrap().with_kiosk_id("bench");
    std::thread::spawn(move || {
        fleet_support::rt().block_on(simkiosk::fleet::sender::run(sender_journal, config, toml))
    });
    g.bench_function("sender_unreachable", |b| b.iter(|| sale(&journal, "bench")));
    g.finish();
}

fn ingest_and_drain() {
    let Some(pg) = fleet_support::Pg::start() else {
        return;
    };
    let kiosks = env_usize("FLEET_BENCH_KIOSKS", 1000);
    let sales = env_usize("FLEET_BENCH_SALES", 100);
    let rt = fleet_support::rt();
    let ids: Vec<String> = (0..kiosks).map(|i| format!("b{i:04}")).collect();
    let admin = rt.block_on(fleet_support::prepare(
        &pg,
        &ids.iter().map(String::as_str).collect::<Vec<_>>(),
    ));

    // One kiosk's day: its outbox after `sales` sales, drained as a kiosk back online does.
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let journal = Journal::open(&dir.path().join("day.db"))
        .unwrap()
        .with_kiosk_id(&ids[0]);
    for _ in 0..sales {
        sale(&journal, &ids[0]);
    }
    let rows_per_kiosk = journal.outbox_counts().unwrap().pending;
    let mut cfg = fleet_support::kiosk_config(&pg, &ids[0]);
    cfg.batch_size = 500;
    let started = Instant::now();
    let report = rt.block_on(async {
        let client = simkiosk::fleet::connect(&cfg).await.unwrap();
        simkiosk::fleet::drain(&journal, &client, &ids[0], &cfg)
            .await
            .unwrap()
    });
    let drain = started.elapsed();
    println!(
        "fleet/drain_day_offline: {} rows ({sales} sales) in {:.3} s ({} batches)",
        report.sent,
        drain.as_secs_f64(),
        report.batches
    );

    // The other kiosks replay a day like it under their own ids, 4 connections at a time.
    let replay = Journal::open(&dir.path().join("replay.db"))
        .unwrap()
        .with_kiosk_id("replay");
    for _ in 0..sales {
        sale(&replay, "replay");
    }
    let rows = replay.outbox_pending(usize::MAX >> 1).unwrap();
    let started = Instant::now();
    let inserted = rt.block_on(async {
        let mut total = 0u64;
        for chunk in ids[1..].chunks(4) {
            let mut tasks = Vec::new();
            for id in chunk {
                let cfg = fleet_support::kiosk_config(&pg, id);
                let rows = rows.clone();
                let id = id.clone();
                tasks.push(tokio::spawn(async move {
                    let client = simkiosk::fleet::connect(&cfg).await.unwrap();
                    let sql = "INSERT INTO fleet.ingest (kiosk_id, seq, kind, payload, created_at)
                        SELECT $1, u.s, u.k, u.p::jsonb, u.c::timestamptz
                        FROM unnest($2::bigint[], $3::text[], $4::text[], $5::text[]) AS u(s, k, p, c)
                        ON CONFLICT (kiosk_id, seq) DO NOTHING";
                    let mut n = 0;
                    for batch in rows.chunks(500) {
                        n += client
                            .execute(
                                sql,
                                &[
                                    &id,
                                    &batch.iter().map(|r| r.seq).collect::<Vec<_>>(),
                                    &batch.iter().map(|r| r.kind.clone()).collect::<Vec<_>>(),
                                    &batch.iter().map(|r| r.payload_json.clone()).collect::<Vec<_>>(),
                                    &batch.iter().map(|r| r.created_at.clone()).collect::<Vec<_>>(),
                                ],
                            )
                            .await
                            .unwrap();
                    }
                    n
                }));
            }
            for t in tasks {
                total += t.await.unwrap();
            }
        }
        total
    });
    let took = started.elapsed();
    let at_hq: i64 = rt
        .block_on(admin.query_one("SELECT count(*) FROM fleet.ingest", &[]))
        .unwrap()
        .get(0);
    println!(
        "fleet/ingest: {} kiosks x {sales} sales = {inserted} rows in {:.1} s = {:.0} rows/s \
         ({rows_per_kiosk} rows per kiosk; {at_hq} rows at head office)",
        kiosks - 1,
        took.as_secs_f64(),
        inserted as f64 / took.as_secs_f64()
    );
}

/// Pruning FLEET_BENCH_PRUNE_DAYS (30) days of acknowledged rows (100 sales, 700 rows a day)
/// the way the sender does (`fleet::sender::prune`: batches of 500 with a pause between) while
/// another connection journals a sale every 5 ms (a kiosk is hundreds of times slower): each
/// batch's time, and the sales' times beside it and, as many at the same pace, without it.
/// Needs no PostgreSQL.
fn prune_beside_sales() {
    use std::sync::atomic::{AtomicBool, Ordering};
    let days = env_usize("FLEET_BENCH_PRUNE_DAYS", 30);
    let shm = std::path::Path::new("/dev/shm");
    let dir = if shm.is_dir() {
        tempfile::tempdir_in(shm).unwrap()
    } else {
        tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap()
    };
    let path = dir.path().join("prune.db");
    // Sold and acknowledged 60 days ago: every row is older than the 30 days kept.
    let old = Journal::open(&path)
        .unwrap()
        .with_clock(|| Utc::now() - chrono::Duration::days(60))
        .with_kiosk_id("bench");
    for _ in 0..days * 100 {
        sale(&old, "bench");
    }
    let last = old.outbox_counts().unwrap().last_seq;
    old.outbox_mark_sent(&(1..=last).collect::<Vec<_>>())
        .unwrap();
    let seller = Journal::open(&path).unwrap().with_kiosk_id("bench");
    let pace = Duration::from_millis(5);
    let timed_sale = || {
        let t = Instant::now();
        sale(&seller, "bench");
        let took = t.elapsed();
        std::thread::sleep(pace.saturating_sub(took));
        took
    };
    let summary = |mut v: Vec<Duration>, what: &str| {
        v.sort();
        let ms = |d: Duration| d.as_secs_f64() * 1e3;
        format!(
            "median {:.2} ms, p99 {:.2} ms, max {:.2} ms ({} {what})",
            ms(v[v.len() / 2]),
            ms(v[v.len() * 99 / 100]),
            ms(*v.last().unwrap()),
            v.len()
        )
    };

    let done = AtomicBool::new(false);
    let (batches, beside) = std::thread::scope(|s| {
        let pruner = s.spawn(|| {
            let journal = Journal::open(&path).unwrap().with_kiosk_id("bench");
            let keep = chrono::Duration::days(30);
            let mut batches = Vec::new();
            loop {
                let t = Instant::now();
                let n = journal
                    .outbox_prune_sent(keep, simkiosk::fleet::sender::PRUNE_BATCH)
                    .unwrap();
                batches.push(t.elapsed());
                if n < simkiosk::fleet::sender::PRUNE_BATCH {
                    done.store(true, Ordering::SeqCst);
                    return batches;
                }
                std::thread::sleep(simkiosk::fleet::sender::PRUNE_PAUSE);
            }
        });
        let mut beside = Vec::new();
        while !done.load(Ordering::SeqCst) {
            beside.push(timed_sale());
        }
        (pruner.join().unwrap(), beside)
    });
    let alone: Vec<Duration> = (0..beside.len()).map(|_| timed_sale()).collect();
    let pruned = last as u64 - seller.outbox_counts().unwrap().sent;
    println!(
        "fleet/prune: {pruned} acknowledged rows ({days} days) in {} batches of {} (pause {:?}): {:.1} s in all; batch {}",
        batches.len(),
        simkiosk::fleet::sender::PRUNE_BATCH,
        simkiosk::fleet::sender::PRUNE_PAUSE,
        batches.iter().sum::<Duration>().as_secs_f64()
            + simkiosk::fleet::sender::PRUNE_PAUSE.as_secs_f64() * (batches.len() - 1) as f64,
        summary(batches.clone(), "batches")
    );
    println!(
        "fleet/prune: a sale's journal writes while the batches ran: {}",
        summary(beside, "sales")
    );
    println!(
        "fleet/prune: the same, no pruning: {}",
        summary(alone, "sales")
    );
}

fn main() {
    let mut c = Criterion::default().configure_from_args();
    sale_time(&mut c);
    c.final_summary();
    prune_beside_sales();
    if std::env::var("FLEET_BENCH_INGEST").as_deref() != Ok("0") {
        ingest_and_drain();
    }
}
