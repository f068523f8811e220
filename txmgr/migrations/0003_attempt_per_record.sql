-- A failed record releases its idempotency key (0002), and the caller's next Queue under that key
-- may sign byte for byte the same transaction: same nonce (the refused one never took it), same data
-- and, on a quiet chain, the same fees. The same attempt hash then belongs to two records, the failed
-- one and its successor. With the hash alone as the key the successor could never be recorded, so
-- nothing was ever sent again under that key (a keeper refused for want of funds stayed silent after
-- it was funded). An attempt is unique within its record; attempts are only ever read by record.
ALTER TABLE txmgr_attempts DROP CONSTRAINT txmgr_attempts_pkey;
ALTER TABLE txmgr_attempts ADD PRIMARY KEY (tx_id, hash);
