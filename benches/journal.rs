//! One journal transition on a file database (WAL, synchronous=FULL): the cost of one durable
//! commit, fsync included. The file lives under the target directory (a real disk, not tmpfs).

use chrono::Utc;
use criterion::{Criterion, criterion_group, criterion_main};
use simkiosk::journal::{Detail, Journal, NewTransaction, TxState, new_uuid};

fn new_tx() -> NewTransaction {
    NewTransaction {
        id: new_uuid(),
        idempotency_key: new_uuid(),
        created_at: Utc::now(),
        kiosk_id: "bench".into(),
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

fn journal(c: &mut Criterion) {
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).expect("temp dir");
    let journal = Journal::open(&dir.path().join("bench.db")).expect("open journal");
    let tx = new_tx();
    journal.create(&tx).unwrap();
    for s in [
        TxState::PaymentRequested,
        TxState::PaymentApproved,
        TxState::RenewalRequested,
    ] {
        journal.advance(&tx.id, s, &Detail::none()).unwrap();
    }
    // renewal_requested -> renewal_requested (a retry) is always legal: one event row and one
    // state update in one BEGIN IMMEDIATE … COMMIT, like every advance.
    let detail = Detail::note("retry");
    c.bench_function("journal/advance (file, WAL, synchronous=FULL)", |b| {
        b.iter(|| {
            journal
                .advance(&tx.id, TxState::RenewalRequested, &detail)
                .unwrap()
        })
    });
    c.bench_function("journal/create (file, WAL, synchronous=FULL)", |b| {
        b.iter_batched(
            new_tx,
            |t| journal.create(&t).unwrap(),
            criterion::BatchSize::SmallInput,
        )
    });
}

criterion_group!(benches, journal);
criterion_main!(benches);
