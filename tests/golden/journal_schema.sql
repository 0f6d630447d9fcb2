-- user_version = 5
CREATE TABLE device_health (
        device     TEXT PRIMARY KEY NOT NULL,
        status     TEXT NOT NULL,
        detail     TEXT NOT NULL,
        changed_at TEXT NOT NULL
    ) STRICT;

CREATE TABLE events (
        tx_id       TEXT NOT NULL REFERENCES transactions(id),
        seq         INTEGER NOT NULL CHECK (seq > 0),
        at          TEXT NOT NULL,
        from_state  TEXT,
        to_state    TEXT NOT NULL,
        detail_json TEXT NOT NULL,
        PRIMARY KEY (tx_id, seq)
    ) STRICT;

CREATE TABLE operator_audit (
        id     INTEGER PRIMARY KEY,
        at     TEXT NOT NULL,
        actor  TEXT NOT NULL,
        action TEXT NOT NULL,
        detail TEXT NOT NULL
    ) STRICT;

CREATE TABLE outbox (
        seq          INTEGER PRIMARY KEY AUTOINCREMENT,
        kiosk_id     TEXT NOT NULL,
        kind         TEXT NOT NULL
                     CHECK (kind IN ('tx_event', 'audit', 'daily_report', 'health')),
        payload_json TEXT NOT NULL CHECK (json_valid(payload_json)),
        created_at   TEXT NOT NULL,
        sent_at      TEXT
    ) STRICT;

CREATE TABLE transactions (
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
    , approval_json TEXT, reversal_json TEXT, renewal_json TEXT, slip_lines_json TEXT, last_note TEXT, payment_method TEXT NOT NULL DEFAULT 'card', wallet_code_id TEXT, wallet_payment_id TEXT, wallet_status TEXT) STRICT;

CREATE INDEX outbox_unsent ON outbox(seq) WHERE sent_at IS NULL;

CREATE INDEX transactions_by_created ON transactions(created_at);

CREATE INDEX transactions_by_state ON transactions(state, created_at);
