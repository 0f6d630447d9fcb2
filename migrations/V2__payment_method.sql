-- V2: how each transaction was paid (the kiosk journal's payment method since its v4): `card`
-- or a QR wallet such as `paypay`, with the wallet provider's payment id and last status.
-- Kiosks send them in every transaction row from this version on; a transaction projected
-- only from older rows has NULL here, and the views count it under the method 'unknown'
-- (the older rows do not say, and head office does not guess).

ALTER TABLE fleet.transactions
    ADD COLUMN method            text,
    ADD COLUMN wallet_payment_id text,
    ADD COLUMN wallet_status     text;

-- V1's projection with the three columns; a later row of the same transaction that says
-- nothing about them (an older kiosk) keeps what an earlier one said.
CREATE OR REPLACE FUNCTION fleet.project_ingest() RETURNS trigger
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
                (kiosk_id, tx_id, created_at, updated_at, sim_masked, carrier_id, plan_id,
                 months, lang, total_yen, tax_yen, state, renewed, reversed, last_event_seq,
                 method, wallet_payment_id, wallet_status)
            VALUES (NEW.kiosk_id, p->>'tx_id', (p->>'created_at')::timestamptz,
                    (p->>'at')::timestamptz, p->>'sim_masked', p->>'carrier_id', p->>'plan_id',
                    (p->>'months')::int, p->>'lang', (p->>'total_yen')::bigint,
                    (p->>'tax_yen')::bigint, p->>'state', (p->>'renewed')::boolean,
                    (p->>'reversed')::boolean, (p->>'event_seq')::int,
                    p->>'method', p->>'wallet_payment_id', p->>'wallet_status')
            ON CONFLICT (kiosk_id, tx_id) DO UPDATE
                SET updated_at = EXCLUDED.updated_at, state = EXCLUDED.state,
                    renewed = EXCLUDED.renewed, reversed = EXCLUDED.reversed,
                    last_event_seq = EXCLUDED.last_event_seq,
                    method = COALESCE(EXCLUDED.method, t.method),
                    wallet_payment_id = COALESCE(EXCLUDED.wallet_payment_id, t.wallet_payment_id),
                    wallet_status = COALESCE(EXCLUDED.wallet_status, t.wallet_status)
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

-- V1's columns (its `t.*` was expanded when it was created), then the method.
CREATE OR REPLACE VIEW fleet.transactions_jst AS
SELECT t.kiosk_id, t.tx_id, t.created_at, t.updated_at, t.sim_masked, t.carrier_id, t.plan_id,
       t.months, t.lang, t.total_yen, t.tax_yen, t.state, t.renewed, t.reversed,
       t.last_event_seq,
       (t.created_at AT TIME ZONE 'Asia/Tokyo')::date AS day,
       CASE WHEN t.state = 'reversed' THEN 'reversal'
            WHEN t.renewed AND t.reversed THEN 'renewed_not_paid'
            WHEN t.renewed THEN 'renewal'
            ELSE 'other' END AS outcome,
       COALESCE(t.method, 'unknown') AS method,
       t.wallet_payment_id,
       t.wallet_status
FROM fleet.transactions t;

-- The chain's day split by how it was paid (card, paypay, …): the card terminals' batches
-- and the wallet provider's statement are settled apart.
CREATE VIEW fleet.day_by_method AS
SELECT day, method,
       count(*)::int AS renewals,
       sum(total_yen)::bigint AS renewals_yen,
       sum(tax_yen)::bigint AS renewals_tax_yen
FROM fleet.transactions_jst WHERE outcome = 'renewal' GROUP BY day, method;
