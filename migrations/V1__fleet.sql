-- Head office schema (docs/FLEET.md). Money in integer yen, times as timestamptz (UTC);
-- a "day" is a JST calendar day, by the transaction's creation time, as on the kiosk.
-- Applied by `simkiosk fleet migrate` (refinery); never edit a released file: add V2__….sql.

CREATE SCHEMA fleet;

-- The group role every kiosk's login role belongs to (roles are cluster-wide: create once).
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'fleet_kiosk') THEN
        CREATE ROLE fleet_kiosk NOLOGIN;
    END IF;
END
$$;

-- Each kiosk and the database role it logs in as.
CREATE TABLE fleet.kiosks (
    kiosk_id   text PRIMARY KEY CHECK (kiosk_id <> ''),
    role_name  name NOT NULL UNIQUE,
    place      text NOT NULL DEFAULT '',
    created_at timestamptz NOT NULL DEFAULT now()
);

-- The kiosk that logs in as `role`; NULL for any other role (so its inserts fail the
-- policy). SECURITY DEFINER so kiosks need no access to fleet.kiosks; the caller passes its
-- own current_user (inside this function current_user is the owner).
CREATE FUNCTION fleet.kiosk_of(role name) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, fleet
    AS $$ SELECT kiosk_id FROM fleet.kiosks WHERE role_name = role $$;

-- The feed: one row per kiosk outbox row; (kiosk_id, seq) makes a retried batch a no-op.
CREATE TABLE fleet.ingest (
    kiosk_id    text NOT NULL REFERENCES fleet.kiosks (kiosk_id),
    seq         bigint NOT NULL CHECK (seq > 0),
    kind        text NOT NULL CHECK (kind IN ('tx_event', 'audit', 'daily_report', 'health')),
    payload     jsonb NOT NULL,
    created_at  timestamptz NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (kiosk_id, seq)
);

-- The highest sequence number head office holds for the calling kiosk (a replacement box
-- starts after it). Runs with the kiosk's rights: the policies below show it its own keys.
CREATE FUNCTION fleet.last_seq() RETURNS bigint
    LANGUAGE sql STABLE SET search_path = pg_catalog, fleet
    AS $$ SELECT COALESCE(max(seq), 0) FROM fleet.ingest
          WHERE kiosk_id = fleet.kiosk_of(current_user) $$;

-- Transactions as they are now …
CREATE TABLE fleet.transactions (
    kiosk_id       text NOT NULL,
    tx_id          text NOT NULL,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    sim_masked     text NOT NULL,
    carrier_id     text NOT NULL,
    plan_id        text NOT NULL,
    months         integer NOT NULL CHECK (months > 0),
    lang           text NOT NULL,
    total_yen      bigint NOT NULL CHECK (total_yen >= 0),
    tax_yen        bigint NOT NULL CHECK (tax_yen >= 0 AND tax_yen <= total_yen),
    state          text NOT NULL,
    renewed        boolean NOT NULL,
    reversed       boolean NOT NULL,
    last_event_seq integer NOT NULL,
    PRIMARY KEY (kiosk_id, tx_id)
);
CREATE INDEX transactions_by_created ON fleet.transactions (created_at);

-- … and every state change they went through.
CREATE TABLE fleet.transaction_events (
    kiosk_id   text NOT NULL,
    seq        bigint NOT NULL,
    tx_id      text NOT NULL,
    event_seq  integer NOT NULL,
    at         timestamptz NOT NULL,
    from_state text,
    to_state   text NOT NULL,
    detail     jsonb NOT NULL,
    PRIMARY KEY (kiosk_id, seq)
);
CREATE INDEX transaction_events_by_tx ON fleet.transaction_events (kiosk_id, tx_id, event_seq);

CREATE TABLE fleet.audit (
    kiosk_id text NOT NULL,
    seq      bigint NOT NULL,
    audit_id bigint NOT NULL,
    at       timestamptz NOT NULL,
    actor    text NOT NULL,
    action   text NOT NULL,
    detail   jsonb NOT NULL,
    PRIMARY KEY (kiosk_id, seq)
);

-- The kiosks' own end-of-day reports (the figures the chain's day is checked against).
CREATE TABLE fleet.daily_reports (
    kiosk_id         text NOT NULL,
    seq              bigint NOT NULL,
    day              date NOT NULL,
    generated_at     timestamptz NOT NULL,
    renewals         integer NOT NULL,
    renewals_yen     bigint NOT NULL,
    renewals_tax_yen bigint NOT NULL,
    report           jsonb NOT NULL,
    PRIMARY KEY (kiosk_id, seq)
);

CREATE TABLE fleet.health (
    kiosk_id text NOT NULL,
    seq      bigint NOT NULL,
    device   text NOT NULL,
    status   text NOT NULL,
    detail   text NOT NULL,
    at       timestamptz NOT NULL,
    PRIMARY KEY (kiosk_id, seq)
);

-- Published catalogues (kiosk.toml's catalogue tables as TOML text); the highest version wins.
CREATE TABLE fleet.catalogue_versions (
    version      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    published_at timestamptz NOT NULL DEFAULT now(),
    catalogue    text NOT NULL,
    note         text NOT NULL DEFAULT ''
);

-- Projects each new feed row into its table. Runs only for rows actually inserted, so a
-- duplicate (ON CONFLICT DO NOTHING) projects nothing. SECURITY DEFINER: kiosks may insert
-- into the feed only, never into these tables.
CREATE FUNCTION fleet.project_ingest() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, fleet
AS $$
DECLARE
    p jsonb := NEW.payload;
BEGIN
    IF NEW.kind = 'tx_event' THEN
        INSERT INTO fleet.transaction_events
            VALUES (NEW.kiosk_id, NEW.seq, p->>'tx_id', (p->>'event_seq')::int,
                    (p->>'at')::timestamptz, p->>'from_state', p->>'to_state', p->'detail');
        INSERT INTO fleet.transactions AS t
            VALUES (NEW.kiosk_id, p->>'tx_id', (p->>'created_at')::timestamptz,
                    (p->>'at')::timestamptz, p->>'sim_masked', p->>'carrier_id', p->>'plan_id',
                    (p->>'months')::int, p->>'lang', (p->>'total_yen')::bigint,
                    (p->>'tax_yen')::bigint, p->>'state', (p->>'renewed')::boolean,
                    (p->>'reversed')::boolean, (p->>'event_seq')::int)
            ON CONFLICT (kiosk_id, tx_id) DO UPDATE
                SET updated_at = EXCLUDED.updated_at, state = EXCLUDED.state,
                    renewed = EXCLUDED.renewed, reversed = EXCLUDED.reversed,
                    last_event_seq = EXCLUDED.last_event_seq
                WHERE t.last_event_seq < EXCLUDED.last_event_seq;
    ELSIF NEW.kind = 'audit' THEN
        INSERT INTO fleet.audit
            VALUES (NEW.kiosk_id, NEW.seq, (p->>'audit_id')::bigint, (p->>'at')::timestamptz,
                    p->>'actor', p->>'action', p->'detail');
    ELSIF NEW.kind = 'daily_report' THEN
        INSERT INTO fleet.audit
            VALUES (NEW.kiosk_id, NEW.seq, (p->>'audit_id')::bigint, (p->>'at')::timestamptz,
                    p->>'actor', p->>'action', p->'detail');
        INSERT INTO fleet.daily_reports
            VALUES (NEW.kiosk_id, NEW.seq, (p#>>'{detail,report,day}')::date,
                    (p#>>'{detail,report,generated_at}')::timestamptz,
                    (p#>>'{detail,report,renewals,count}')::int,
                    (p#>>'{detail,report,renewals,total_yen}')::bigint,
                    (p#>>'{detail,report,renewals_tax_yen}')::bigint,
                    p#>'{detail,report}');
    ELSIF NEW.kind = 'health' THEN
        INSERT INTO fleet.health
            VALUES (NEW.kiosk_id, NEW.seq, p->>'device', p->>'status', p->>'detail',
                    (p->>'at')::timestamptz);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER ingest_project AFTER INSERT ON fleet.ingest
    FOR EACH ROW EXECUTE FUNCTION fleet.project_ingest();

-- Row-level security: a kiosk inserts only its own rows, and of the feed sees only its own
-- keys (ON CONFLICT needs SELECT on the key columns; the payloads stay unreadable).
ALTER TABLE fleet.ingest ENABLE ROW LEVEL SECURITY;
CREATE POLICY kiosk_inserts_its_own ON fleet.ingest FOR INSERT TO fleet_kiosk
    WITH CHECK (kiosk_id = fleet.kiosk_of(current_user));
CREATE POLICY kiosk_sees_its_keys ON fleet.ingest FOR SELECT TO fleet_kiosk
    USING (kiosk_id = fleet.kiosk_of(current_user));

REVOKE ALL ON ALL TABLES IN SCHEMA fleet FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA fleet FROM PUBLIC;
GRANT USAGE ON SCHEMA fleet TO fleet_kiosk;
GRANT INSERT ON fleet.ingest TO fleet_kiosk;
GRANT SELECT (kiosk_id, seq) ON fleet.ingest TO fleet_kiosk;
GRANT SELECT ON fleet.catalogue_versions TO fleet_kiosk;
GRANT EXECUTE ON FUNCTION fleet.kiosk_of(name), fleet.last_seq() TO fleet_kiosk;

-- The chain's JST day. A transaction counts as the kiosk's daily report counts it: reversed,
-- renewed but not paid (the terminal gave the payment back), or a renewal (the takings).
CREATE VIEW fleet.transactions_jst AS
SELECT t.*,
       (t.created_at AT TIME ZONE 'Asia/Tokyo')::date AS day,
       CASE WHEN t.state = 'reversed' THEN 'reversal'
            WHEN t.renewed AND t.reversed THEN 'renewed_not_paid'
            WHEN t.renewed THEN 'renewal'
            ELSE 'other' END AS outcome
FROM fleet.transactions t;

CREATE VIEW fleet.day_sales AS
SELECT day,
       count(DISTINCT kiosk_id)::int AS kiosks,
       count(*)::int AS transactions,
       (count(*) FILTER (WHERE outcome = 'renewal'))::int AS renewals,
       COALESCE(sum(total_yen) FILTER (WHERE outcome = 'renewal'), 0)::bigint AS renewals_yen,
       COALESCE(sum(tax_yen) FILTER (WHERE outcome = 'renewal'), 0)::bigint AS renewals_tax_yen,
       (count(*) FILTER (WHERE outcome = 'reversal'))::int AS reversals,
       COALESCE(sum(total_yen) FILTER (WHERE outcome = 'reversal'), 0)::bigint AS reversals_yen
FROM fleet.transactions_jst GROUP BY day;

CREATE VIEW fleet.day_by_carrier AS
SELECT day, carrier_id,
       count(*)::int AS renewals,
       sum(total_yen)::bigint AS renewals_yen,
       sum(tax_yen)::bigint AS renewals_tax_yen
FROM fleet.transactions_jst WHERE outcome = 'renewal' GROUP BY day, carrier_id;

CREATE VIEW fleet.day_by_kiosk AS
SELECT day, kiosk_id,
       count(*)::int AS transactions,
       (count(*) FILTER (WHERE outcome = 'renewal'))::int AS renewals,
       COALESCE(sum(total_yen) FILTER (WHERE outcome = 'renewal'), 0)::bigint AS renewals_yen,
       COALESCE(sum(tax_yen) FILTER (WHERE outcome = 'renewal'), 0)::bigint AS renewals_tax_yen
FROM fleet.transactions_jst GROUP BY day, kiosk_id;

-- Not finished (any day): the states from which something may still happen.
CREATE VIEW fleet.unresolved AS
SELECT day, kiosk_id, tx_id, state, created_at, updated_at, total_yen
FROM fleet.transactions_jst
WHERE state NOT IN ('payment_declined', 'payment_aborted', 'payment_failed', 'reversed', 'done',
                    'resolved');

-- The latest report each kiosk stored for each day.
CREATE VIEW fleet.day_reports AS
SELECT DISTINCT ON (kiosk_id, day) kiosk_id, day, generated_at, renewals, renewals_yen,
       renewals_tax_yen
FROM fleet.daily_reports ORDER BY kiosk_id, day, generated_at DESC, seq DESC;

CREATE VIEW fleet.health_now AS
SELECT DISTINCT ON (kiosk_id, device) kiosk_id, device, status, detail, at
FROM fleet.health ORDER BY kiosk_id, device, seq DESC;
