-- meterbridge: signed meter readings as the AMI head-end delivered them.
CREATE SCHEMA IF NOT EXISTS meterbridge;

CREATE TABLE meterbridge.readings (
    -- Cursor for relayers: assigned by meterbridge in commit order (see docs/meterbridge.md).
    id             BIGINT      PRIMARY KEY,
    meter_id       BYTEA       NOT NULL CHECK (length(meter_id) = 32),
    seq            BIGINT      NOT NULL CHECK (seq >= 0),
    interval_start BIGINT      NOT NULL CHECK (interval_start >= 0),
    interval_end   BIGINT      NOT NULL CHECK (interval_end > interval_start),
    export_wh      BIGINT      NOT NULL CHECK (export_wh >= 0),
    import_wh      BIGINT      NOT NULL CHECK (import_wh >= 0),
    signature      BYTEA       NOT NULL CHECK (length(signature) = 65),
    signer         BYTEA       NOT NULL CHECK (length(signer) = 20),
    head_end       TEXT        NOT NULL,
    received_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    -- A meter's sequence number identifies a reading: never stored twice. interval_end grows with
    -- seq, so the same index serves time-range queries per meter (filtering on the included
    -- column) without the cost of a third index on every insert.
    CONSTRAINT readings_meter_seq UNIQUE (meter_id, seq) INCLUDE (interval_end)
);
