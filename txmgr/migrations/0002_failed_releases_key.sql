-- A failed transaction can never be mined: it releases its idempotency key, so that the caller's
-- next Queue with that key sends again (see the txmgr package documentation). At most one record
-- per key holds it.
DROP INDEX txmgr_txs_key;
CREATE UNIQUE INDEX txmgr_txs_key ON txmgr_txs (chain_id, from_address, idempotency_key)
    WHERE idempotency_key IS NOT NULL AND state <> 'failed';
