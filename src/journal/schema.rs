//! Schema migrations: an ordered list of SQL scripts; `PRAGMA user_version` is the number of
//! scripts applied. Never edit a released script: append a new one.
//! The final schema is pinned by tests/golden/journal_schema.sql.

/// Index i holds the script that takes the schema from version i to i + 1.
pub const MIGRATIONS: &[&str] = &[
    // v1: transactions and their state-change events.
    "CREATE TABLE transactions (
        id              TEXT PRIMARY KEY NOT NULL,
        idempotency_key TEXT NOT NULL UNIQUE,
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL,
        kiosk_id        TEXT NOT NULL,
        sim_masked      TEXT NOT NULL,
        subscriber_ref  TEXT NOT NULL,
        carrier_id      TEXT NOT NULL,
        plan_id         TEXT NOT NULL,
        months          INTEGER NOT NULL CHECK (months > 0),
        lang            TEXT NOT NULL,
        total_yen       INTEGER NOT NULL CHECK (total_yen >= 0),
        tax_yen         INTEGER NOT NULL CHECK (tax_yen >= 0),
        quote_json      TEXT NOT NULL,
        state           TEXT NOT NULL
    ) STRICT;
    CREATE TABLE events (
        tx_id       TEXT NOT NULL REFERENCES transactions(id),
        seq         INTEGER NOT NULL CHECK (seq > 0),
        at          TEXT NOT NULL,
        from_state  TEXT,
        to_state    TEXT NOT NULL,
        detail_json TEXT NOT NULL,
        PRIMARY KEY (tx_id, seq)
    ) STRICT;",
    // v2: the latest approval/renewal/slip kept on the row (no event replay for a receipt),
    // an index for the start-up recovery, and the operator audit trail.
    "ALTER TABLE transactions ADD COLUMN approval_json TEXT;
    ALTER TABLE transactions ADD COLUMN reversal_json TEXT;
    ALTER TABLE transactions ADD COLUMN renewal_json TEXT;
    ALTER TABLE transactions ADD COLUMN slip_lines_json TEXT;
    ALTER TABLE transactions ADD COLUMN last_note TEXT;
    CREATE INDEX transactions_by_state ON transactions(state, created_at);
    CREATE TABLE operator_audit (
        id     INTEGER PRIMARY KEY,
        at     TEXT NOT NULL,
        actor  TEXT NOT NULL,
        action TEXT NOT NULL,
        detail TEXT NOT NULL
    ) STRICT;",
    // v3: reports select a day's transactions by creation time.
    "CREATE INDEX transactions_by_created ON transactions(created_at);",
    // v4: how each transaction was paid, and for a QR wallet the provider's code, payment id and
    // last reported status (the merchant payment id is the transaction id itself).
    "ALTER TABLE transactions ADD COLUMN payment_method TEXT NOT NULL DEFAULT 'card';
    ALTER TABLE transactions ADD COLUMN wallet_code_id TEXT;
    ALTER TABLE transactions ADD COLUMN wallet_payment_id TEXT;
    ALTER TABLE transactions ADD COLUMN wallet_status TEXT;",
    // v5: the outbox to head office (docs/FLEET.md). `seq` is the kiosk's sequence number:
    // AUTOINCREMENT never reuses one, even after sent rows are pruned. Each row is written in
    // the SQLite transaction of the change it describes; `sent_at` is set only after head
    // office committed it. Existing history is queued in order so nothing predates the feed.
    "CREATE TABLE outbox (
        seq          INTEGER PRIMARY KEY AUTOINCREMENT,
        kiosk_id     TEXT NOT NULL,
        kind         TEXT NOT NULL
                     CHECK (kind IN ('tx_event', 'audit', 'daily_report', 'health')),
        payload_json TEXT NOT NULL CHECK (json_valid(payload_json)),
        created_at   TEXT NOT NULL,
        sent_at      TEXT
    ) STRICT;
    CREATE INDEX outbox_unsent ON outbox(seq) WHERE sent_at IS NULL;
    CREATE TABLE device_health (
        device     TEXT PRIMARY KEY NOT NULL,
        status     TEXT NOT NULL,
        detail     TEXT NOT NULL,
        changed_at TEXT NOT NULL
    ) STRICT;
    INSERT INTO outbox (kiosk_id, kind, payload_json, created_at)
        SELECT t.kiosk_id, 'tx_event', json_object(
                   'tx_id', t.id, 'created_at', t.created_at, 'sim_masked', t.sim_masked,
                   'carrier_id', t.carrier_id, 'plan_id', t.plan_id, 'months', t.months,
                   'lang', t.lang, 'total_yen', t.total_yen, 'tax_yen', t.tax_yen,
                   'state', e.to_state, 'event_seq', e.seq, 'at', e.at,
                   'from_state', e.from_state, 'to_state', e.to_state,
                   'renewed', json(CASE WHEN t.renewal_json IS NULL THEN 'false' ELSE 'true' END),
                   'reversed', json(CASE WHEN t.reversal_json IS NULL THEN 'false' ELSE 'true' END),
                   'detail', json(e.detail_json)),
               e.at
        FROM events e JOIN transactions t ON t.id = e.tx_id
        ORDER BY e.at, e.tx_id, e.seq;
    INSERT INTO outbox (kiosk_id, kind, payload_json, created_at)
        SELECT '', CASE WHEN action = 'daily_report' THEN 'daily_report' ELSE 'audit' END,
               json_object('audit_id', id, 'at', at, 'actor', actor, 'action', action,
                           'detail', CASE WHEN json_valid(detail) THEN json(detail) ELSE detail END),
               at
        FROM operator_audit ORDER BY id;",
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;
