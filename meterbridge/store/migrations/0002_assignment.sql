-- meterbridge: a reading belongs to the Registry assignment in force at its interval_end (0 for a
-- static meter table). Counters, and seq, restart with each assignment, as in OracleClient, so a
-- reading is identified by its meter, assignment and seq. Readings stored before this migration
-- are counted as assignment 0.
ALTER TABLE meterbridge.readings ADD COLUMN assignment BIGINT NOT NULL DEFAULT 0 CHECK (assignment >= 0);
ALTER TABLE meterbridge.readings DROP CONSTRAINT readings_meter_seq;
ALTER TABLE meterbridge.readings
    ADD CONSTRAINT readings_meter_assignment_seq UNIQUE (meter_id, assignment, seq) INCLUDE (interval_end);
