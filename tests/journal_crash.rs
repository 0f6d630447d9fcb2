//! Kill -9 a process that is writing the journal, many times, and check after each kill: the file
//! passes integrity_check, every history is legal, and every write the process saw succeed (it
//! prints a line only after `advance` returned Ok) is in the file.
//! (A power cut is stronger than a kill; see docs/JOURNAL.md for why synchronous=FULL covers it.)

use chrono::Utc;
use simkiosk::journal::{Detail, Journal, NewTransaction, TxState};
use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

const CHILD_ENV: &str = "SIMKIOSK_JOURNAL_CRASH_CHILD";
const KILLS: usize = 25;

const PATH: &[TxState] = &[
    TxState::PaymentRequested,
    TxState::PaymentApproved,
    TxState::RenewalRequested,
    TxState::RenewalRequested, // a retry
    TxState::Renewed,
    TxState::ReceiptPrinted,
    TxState::Done,
];

/// The child: writes transactions until it is killed, printing `ok <id> <seq>` after each write.
fn child(path: &str) {
    let journal = Journal::open(std::path::Path::new(path)).expect("child: open journal");
    let out = std::io::stdout();
    let pid = std::process::id();
    for n in 0.. {
        let id = format!("p{pid}-{n}");
        journal
            .create(&NewTransaction {
                id: id.clone(),
                idempotency_key: format!("k-{id}"),
                created_at: Utc::now(),
                kiosk_id: "crash".into(),
                sim_masked: "090-****-5678".into(),
                subscriber_ref: "sub_crash".into(),
                carrier_id: "docomo".into(),
                plan_id: "docomo-7d-3gb".into(),
                months: 1,
                lang: "en".into(),
                total_yen: 1980,
                tax_yen: 180,
                quote_json: "{}".into(),
            })
            .expect("child: create");
        writeln!(out.lock(), "ok {id} 1")
            .and_then(|_| out.lock().flush())
            .ok();
        for (i, step) in PATH.iter().enumerate() {
            journal
                .advance(&id, *step, &Detail::note("step"))
                .expect("child: advance");
            writeln!(out.lock(), "ok {id} {}", i + 2)
                .and_then(|_| out.lock().flush())
                .ok();
        }
    }
}

/// A small xorshift so kill times vary without a dependency.
fn next(seed: &mut u64) -> u64 {
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    *seed
}

#[test]
fn killed_writers_lose_no_acknowledged_write() {
    if let Ok(path) = std::env::var(CHILD_ENV) {
        child(&path);
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    let exe = std::env::current_exe().unwrap();
    let mut seed = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64
        | 1;
    let mut acknowledged: Vec<(String, u32)> = Vec::new();
    for kill in 0..KILLS {
        let mut child = Command::new(&exe)
            .args([
                "--exact",
                "killed_writers_lose_no_acknowledged_write",
                "--nocapture",
            ])
            .env(CHILD_ENV, &path)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let reader = std::thread::spawn(move || {
            BufReader::new(stdout)
                .lines()
                .map_while(Result::ok)
                .filter_map(|l| {
                    let mut w = l.strip_prefix("ok ")?.split(' ');
                    Some((w.next()?.to_string(), w.next()?.parse::<u32>().ok()?))
                })
                .collect::<Vec<_>>()
        });
        std::thread::sleep(Duration::from_millis(30 + next(&mut seed) % 250));
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        let seen = reader.join().unwrap();
        acknowledged.extend(seen);

        let journal = Journal::open(&path).unwrap();
        assert!(
            journal.integrity_check().unwrap(),
            "kill {kill}: integrity_check failed"
        );
        let violations = journal.verify_transitions().unwrap();
        assert!(violations.is_empty(), "kill {kill}: {violations:?}");
        for (id, seq) in &acknowledged {
            let history = journal
                .history(id)
                .unwrap_or_else(|e| panic!("kill {kill}: acknowledged {id} lost: {e}"));
            assert!(
                history.len() as u32 >= *seq,
                "kill {kill}: {id} had event {seq} acknowledged, the file has {}",
                history.len()
            );
        }
    }
    assert!(
        !acknowledged.is_empty(),
        "the children never wrote anything"
    );
    println!(
        "journal crash: {KILLS} kills, {} acknowledged writes checked, 0 lost",
        acknowledged.len()
    );
}
