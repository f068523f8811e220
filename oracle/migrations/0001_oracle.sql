-- Oracle relayer state. Every row belongs to one relayer (name), so several relayers can share a
-- database. Written before anything is sent: a crash or restart resumes from here.
CREATE SCHEMA IF NOT EXISTS oracle;

CREATE TABLE oracle.cursors (
    relayer TEXT   NOT NULL,
    name    TEXT   NOT NULL,
    value   BIGINT NOT NULL,
    PRIMARY KEY (relayer, name)
);

CREATE TABLE oracle.submissions (
    relayer    TEXT        NOT NULL,
    id         BIGSERIAL   NOT NULL,
    kind       TEXT        NOT NULL CHECK (kind IN ('readings', 'fulfill')),
    -- The transaction manager's idempotency key: the same key never sends twice.
    tx_key     TEXT        NOT NULL,
    data       BYTEA       NOT NULL,
    state      TEXT        NOT NULL CHECK (state IN ('recorded', 'sent', 'mined', 'final', 'failed', 'abandoned')),
    tx_id      BIGINT      NOT NULL DEFAULT 0,
    tx_hash    BYTEA,
    block      BIGINT      NOT NULL DEFAULT 0,
    request_id NUMERIC(78),
    reading_ids BIGINT[]   NOT NULL DEFAULT '{}',
    reorgs     INTEGER     NOT NULL DEFAULT 0,
    error      TEXT        NOT NULL DEFAULT '',
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (relayer, id),
    UNIQUE (relayer, tx_key)
);
CREATE INDEX submissions_open ON oracle.submissions (relayer, id)
    WHERE state IN ('recorded', 'sent', 'mined');

CREATE TABLE oracle.readings (
    relayer        TEXT    NOT NULL,
    -- meterbridge's cursor id.
    bridge_id      BIGINT  NOT NULL,
    meter_id       BYTEA   NOT NULL CHECK (length(meter_id) = 32),
    seq            BIGINT  NOT NULL,
    interval_start BIGINT  NOT NULL,
    interval_end   BIGINT  NOT NULL,
    export_wh      BIGINT  NOT NULL,
    import_wh      BIGINT  NOT NULL,
    signature      BYTEA   NOT NULL CHECK (length(signature) = 65),
    status         TEXT    NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'submitted', 'applied', 'baseline', 'rejected', 'covered', 'failed')),
    final          BOOLEAN NOT NULL DEFAULT false,
    reason         TEXT    NOT NULL DEFAULT '',
    submission_id  BIGINT  NOT NULL DEFAULT 0,
    attempts       INTEGER NOT NULL DEFAULT 0,
    fetched_block  BIGINT  NOT NULL DEFAULT 0,
    covered_block  BIGINT  NOT NULL DEFAULT 0,
    updated_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (relayer, bridge_id)
);
CREATE INDEX readings_waiting ON oracle.readings (relayer, status, bridge_id) WHERE NOT final;
CREATE INDEX readings_meter_end ON oracle.readings (relayer, meter_id, interval_end);

CREATE TABLE oracle.requests (
    relayer          TEXT        NOT NULL,
    request_id       NUMERIC(78) NOT NULL,
    meter_id         BYTEA       NOT NULL,
    interval_end     BIGINT      NOT NULL,
    expires_at_block BIGINT      NOT NULL,
    block            BIGINT      NOT NULL,
    status           TEXT        NOT NULL DEFAULT 'open'
        CHECK (status IN ('open', 'submitted', 'fulfilled', 'expired', 'vanished')),
    submission_id    BIGINT      NOT NULL DEFAULT 0,
    updated_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (relayer, request_id)
);
CREATE INDEX requests_open ON oracle.requests (relayer, request_id) WHERE status IN ('open', 'submitted');
