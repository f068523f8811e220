-- Transaction manager records: one row per (chain, key, nonce) attempt-set, written before the
-- first broadcast; one row per signed attempt, written before that attempt is broadcast.
CREATE TABLE txmgr_txs (
    id               BIGSERIAL   PRIMARY KEY,
    chain_id         BIGINT      NOT NULL,
    from_address     BYTEA       NOT NULL CHECK (length(from_address) = 20),
    nonce            BIGINT      NOT NULL CHECK (nonce >= 0),
    to_address       BYTEA       CHECK (to_address IS NULL OR length(to_address) = 20),
    data             BYTEA       NOT NULL,
    value            NUMERIC(78) NOT NULL CHECK (value >= 0),
    gas_limit        BIGINT      NOT NULL CHECK (gas_limit > 0),
    label            TEXT        NOT NULL DEFAULT '',
    idempotency_key  TEXT,
    state            TEXT        NOT NULL CHECK (state IN ('pending', 'mined', 'confirmed', 'failed')),
    mined_hash       BYTEA,
    mined_block      BIGINT,
    mined_block_hash BYTEA,
    error            TEXT        NOT NULL DEFAULT '',
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- One live transaction per nonce: a failed one gave its nonce back, and confirmed ones of a reset
-- devnet (same chain id) must not block the new chain's nonces.
CREATE UNIQUE INDEX txmgr_txs_open_nonce ON txmgr_txs (chain_id, from_address, nonce)
    WHERE state IN ('pending', 'mined');
CREATE UNIQUE INDEX txmgr_txs_key ON txmgr_txs (chain_id, from_address, idempotency_key)
    WHERE idempotency_key IS NOT NULL;
CREATE INDEX txmgr_txs_open ON txmgr_txs (chain_id, from_address, nonce)
    WHERE state IN ('pending', 'mined');

CREATE TABLE txmgr_attempts (
    seq         BIGSERIAL   NOT NULL UNIQUE,
    hash        BYTEA       PRIMARY KEY CHECK (length(hash) = 32),
    tx_id       BIGINT      NOT NULL REFERENCES txmgr_txs (id) ON DELETE CASCADE,
    gas_tip_cap NUMERIC(78) NOT NULL,
    gas_fee_cap NUMERIC(78) NOT NULL,
    raw         BYTEA       NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX txmgr_attempts_tx ON txmgr_attempts (tx_id, seq);
