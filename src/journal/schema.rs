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
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;
