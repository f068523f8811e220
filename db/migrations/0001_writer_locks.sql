-- One row per single-writer lock (db.WriterLock): who holds it, and a generation that every
-- acquisition bumps, so that a holder coming back after a lost connection can tell whether
-- another process held the lock in between.
CREATE TABLE writer_locks (
	name        TEXT        PRIMARY KEY,
	generation  BIGINT      NOT NULL,
	holder      TEXT        NOT NULL,
	acquired_at TIMESTAMPTZ NOT NULL
);
