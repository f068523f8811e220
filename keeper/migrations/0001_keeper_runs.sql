-- Every checkUpkeep and every performUpkeep of every keeper.
CREATE TABLE keeper_checks (
    id           BIGSERIAL PRIMARY KEY,
    keeper_id    TEXT        NOT NULL,
    upkeep_id    BYTEA       NOT NULL,
    upkeep       TEXT        NOT NULL,
    block        BIGINT      NOT NULL,
    epoch        BIGINT,
    eligible     BOOLEAN     NOT NULL,
    perform_data BYTEA,
    reason       TEXT        NOT NULL DEFAULT '',
    error        TEXT        NOT NULL DEFAULT '',
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX keeper_checks_by_keeper ON keeper_checks (keeper_id, upkeep_id, block);

CREATE TABLE keeper_performs (
    id           BIGSERIAL PRIMARY KEY,
    keeper_id    TEXT        NOT NULL,
    upkeep_id    BYTEA       NOT NULL,
    upkeep       TEXT        NOT NULL,
    -- block of the check that found the work, and the epoch (unit number) when known
    check_block  BIGINT      NOT NULL,
    epoch        BIGINT,
    perform_data BYTEA       NOT NULL,
    -- idempotency key given to the transaction manager
    send_key     TEXT        NOT NULL,
    txmgr_id     BIGINT,
    tx_hash      BYTEA,
    mined_block  BIGINT,
    gas_used     BIGINT,
    -- sent (in flight), performed, noop, reverted, simulation_failed, send_failed
    outcome      TEXT        NOT NULL,
    error        TEXT        NOT NULL DEFAULT '',
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX keeper_performs_by_key ON keeper_performs (keeper_id, upkeep_id, send_key);
CREATE INDEX keeper_performs_by_epoch ON keeper_performs (upkeep_id, epoch);
