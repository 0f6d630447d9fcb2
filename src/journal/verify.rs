//! Replaying every stored history against the state machine (the crash test's check).

use super::error::SqlContext;
use super::{Journal, Result, TxState, Violation};

impl Journal {
    /// Replays every transaction's events: seq 1, 2, 3 … without gaps, the first is the
    /// creation, each `from` is the previous `to`, each step is legal, and the last `to` is the
    /// row's state. Returns every violation found (empty = all good).
    pub fn verify_transitions(&self) -> Result<Vec<Violation>> {
        let states: Vec<(String, String)> = {
            let conn = self.lock();
            let mut stmt = conn
                .prepare("SELECT id, state FROM transactions ORDER BY id")
                .ctx("verify: read states")?;
            stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
                .ctx("verify: read states")?
                .collect::<rusqlite::Result<_>>()
                .ctx("verify: read states")?
        };
        let events = self.events("", None)?;
        let mut violations = Vec::new();
        let mut it = events.iter().peekable();
        for (id, state) in states {
            let mut bad = |seq: u32, problem: String| {
                violations.push(Violation {
                    tx_id: id.clone(),
                    seq,
                    problem,
                })
            };
            // Events of transactions that sort before this one have no row.
            while let Some(e) = it.next_if(|e| e.tx_id < id) {
                bad(e.seq, format!("event of unknown transaction {}", e.tx_id));
            }
            let mut last: Option<TxState> = None;
            let mut expected_seq = 1;
            while let Some(e) = it.next_if(|e| e.tx_id == id) {
                if e.seq != expected_seq {
                    bad(e.seq, format!("expected event {expected_seq}"));
                }
                expected_seq = e.seq + 1;
                match (last, e.from) {
                    (None, None) if e.to == TxState::Created => {}
                    (None, _) => bad(e.seq, format!("first event is {:?} -> {}", e.from, e.to)),
                    (Some(prev), Some(from)) if prev == from => {
                        if !from.can_move_to(e.to) {
                            bad(e.seq, format!("illegal transition {from} -> {}", e.to));
                        }
                    }
                    (Some(prev), from) => bad(
                        e.seq,
                        format!("starts from {from:?} but the previous event ended in {prev}"),
                    ),
                }
                last = Some(e.to);
            }
            match last {
                None => bad(0, "transaction has no events".into()),
                Some(l) if l.as_str() != state => bad(
                    expected_seq,
                    format!("row says {state} but events end in {l}"),
                ),
                Some(_) => {}
            }
        }
        for e in it {
            violations.push(Violation {
                tx_id: e.tx_id.clone(),
                seq: e.seq,
                problem: "event of unknown transaction".into(),
            });
        }
        Ok(violations)
    }
}
