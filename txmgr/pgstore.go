package txmgr

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
	"go.uber.org/zap"

	"github.com/campus-grid/gridchain/db"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// Migrations is the txmgr schema; pass it to db.Open.
var Migrations = db.Migrations{Component: "txmgr", FS: migrationFiles, Dir: "migrations"}

// PGStore keeps the records in PostgreSQL (schema: Migrations).
type PGStore struct {
	pool     *pgxpool.Pool
	log      *zap.Logger
	lockOpts []db.LockOption
}

var _ Store = (*PGStore)(nil)

// PGStoreOption adjusts a PGStore.
type PGStoreOption func(*PGStore)

// WithLockLog logs the key locks' losses and recoveries on log.
func WithLockLog(log *zap.Logger) PGStoreOption { return func(s *PGStore) { s.log = log } }

// WithLockOptions passes options to the key locks (db.WithCheckInterval).
func WithLockOptions(opts ...db.LockOption) PGStoreOption {
	return func(s *PGStore) { s.lockOpts = opts }
}

// NewPGStore uses pool, whose database must have Migrations applied.
func NewPGStore(pool *pgxpool.Pool, opts ...PGStoreOption) *PGStore {
	s := &PGStore{pool: pool, log: zap.NewNop()}
	for _, o := range opts {
		o(s)
	}
	return s
}

// Lock takes the single-writer lock of (chain, key) (db.WriterLock: its own connection, checked
// every second, taken back after a database restart): a second manager for the same key, in any
// process, gets ErrKeyInUse. When the lock is lost for good, the KeyLock's Lost is closed.
func (s *PGStore) Lock(ctx context.Context, chainID uint64, from common.Address) (KeyLock, error) {
	l, err := db.AcquireWriterLock(ctx, s.pool, "txmgr "+lockName(chainID, from), s.log, s.lockOpts...)
	if errors.Is(err, db.ErrLockHeld) {
		return nil, fmt.Errorf("%s on chain %d: %w: %w", from.Hex(), chainID, ErrKeyInUse, err)
	}
	if err != nil {
		return nil, fmt.Errorf("lock key: %w", err)
	}
	return pgKeyLock{l}, nil
}

type pgKeyLock struct{ *db.WriterLock }

func (l pgKeyLock) Release() {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	l.WriterLock.Release(ctx)
}

func nullableAddress(a *common.Address) []byte {
	if a == nil {
		return nil
	}
	return a.Bytes()
}

func nullableKey(k string) *string {
	if k == "" {
		return nil
	}
	return &k
}

func (s *PGStore) Insert(ctx context.Context, tx *Tx) error {
	value := tx.Value
	if value == nil {
		value = new(big.Int)
	}
	data := tx.Data
	if data == nil {
		data = []byte{}
	}
	return pgx.BeginFunc(ctx, s.pool, func(dbtx pgx.Tx) error {
		err := dbtx.QueryRow(ctx, `INSERT INTO txmgr_txs
			(chain_id, from_address, nonce, to_address, data, value, gas_limit, label, idempotency_key, state, error)
			VALUES ($1, $2, $3, $4, $5, $6::numeric, $7, $8, $9, $10, $11)
			RETURNING id, created_at, updated_at`,
			int64(tx.ChainID), tx.From.Bytes(), int64(tx.Nonce), nullableAddress(tx.To), data, value.String(),
			int64(tx.GasLimit), tx.Label, nullableKey(tx.Key), string(tx.State), tx.Error,
		).Scan(&tx.ID, &tx.CreatedAt, &tx.UpdatedAt)
		if err != nil {
			var pgErr *pgconn.PgError
			if errors.As(err, &pgErr) && pgErr.Code == "23505" && pgErr.ConstraintName == "txmgr_txs_key" {
				return fmt.Errorf("%q: %w", tx.Key, ErrDuplicateKey)
			}
			return fmt.Errorf("insert transaction: %w", err)
		}
		for _, a := range tx.Attempts {
			if err := insertAttempt(ctx, dbtx, tx.ID, a); err != nil {
				return err
			}
		}
		return nil
	})
}

type execer interface {
	Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error)
}

func insertAttempt(ctx context.Context, q execer, id int64, a Attempt) error {
	_, err := q.Exec(ctx, `INSERT INTO txmgr_attempts (hash, tx_id, gas_tip_cap, gas_fee_cap, raw, created_at)
		VALUES ($1, $2, $3::numeric, $4::numeric, $5, $6)`,
		a.Hash.Bytes(), id, a.GasTipCap.String(), a.GasFeeCap.String(), a.Raw, a.CreatedAt)
	if err != nil {
		return fmt.Errorf("insert attempt %s: %w", a.Hash, err)
	}
	return nil
}

func (s *PGStore) AddAttempt(ctx context.Context, id int64, a Attempt) error {
	return pgx.BeginFunc(ctx, s.pool, func(dbtx pgx.Tx) error {
		tag, err := dbtx.Exec(ctx, "UPDATE txmgr_txs SET updated_at = now() WHERE id = $1", id)
		if err != nil {
			return fmt.Errorf("attempt of %d: %w", id, err)
		}
		if tag.RowsAffected() == 0 {
			return fmt.Errorf("transaction %d: %w", id, ErrNotFound)
		}
		return insertAttempt(ctx, dbtx, id, a)
	})
}

func nullableHash(h common.Hash) []byte {
	if h == (common.Hash{}) {
		return nil
	}
	return h.Bytes()
}

func (s *PGStore) Update(ctx context.Context, tx *Tx) error {
	var minedBlock *int64
	if tx.MinedHash != (common.Hash{}) {
		b := int64(tx.MinedBlock)
		minedBlock = &b
	}
	err := s.pool.QueryRow(ctx, `UPDATE txmgr_txs SET state = $2, error = $3, gas_limit = $4, mined_hash = $5,
			mined_block = $6, mined_block_hash = $7, nonce = $8, updated_at = now()
		WHERE id = $1 RETURNING updated_at`,
		tx.ID, string(tx.State), tx.Error, int64(tx.GasLimit), nullableHash(tx.MinedHash), minedBlock,
		nullableHash(tx.MinedBlockHash), int64(tx.Nonce)).Scan(&tx.UpdatedAt)
	if errors.Is(err, pgx.ErrNoRows) {
		return fmt.Errorf("transaction %d: %w", tx.ID, ErrNotFound)
	}
	if err != nil {
		return fmt.Errorf("update transaction %d: %w", tx.ID, err)
	}
	return nil
}

const txColumns = `id, chain_id, from_address, nonce, to_address, data, value::text, gas_limit, label,
	coalesce(idempotency_key, ''), state, mined_hash, coalesce(mined_block, 0), mined_block_hash, error, created_at, updated_at`

func scanTx(row pgx.Row) (*Tx, error) {
	var (
		tx                                 Tx
		chainID, nonce, gasLimit, mined    int64
		from, to, minedHash, minedBlockHsh []byte
		value, state                       string
	)
	if err := row.Scan(&tx.ID, &chainID, &from, &nonce, &to, &tx.Data, &value, &gasLimit, &tx.Label, &tx.Key,
		&state, &minedHash, &mined, &minedBlockHsh, &tx.Error, &tx.CreatedAt, &tx.UpdatedAt); err != nil {
		return nil, err
	}
	tx.ChainID, tx.Nonce, tx.GasLimit, tx.MinedBlock = uint64(chainID), uint64(nonce), uint64(gasLimit), uint64(mined)
	tx.From = common.BytesToAddress(from)
	if to != nil {
		addr := common.BytesToAddress(to)
		tx.To = &addr
	}
	v, ok := new(big.Int).SetString(value, 10)
	if !ok {
		return nil, fmt.Errorf("transaction %d: bad value %q", tx.ID, value)
	}
	tx.Value = v
	tx.State = State(state)
	tx.MinedHash = common.BytesToHash(minedHash)
	tx.MinedBlockHash = common.BytesToHash(minedBlockHsh)
	return &tx, nil
}

// loadAttempts fills the attempts of txs (by id), oldest first.
func (s *PGStore) loadAttempts(ctx context.Context, txs []*Tx) error {
	if len(txs) == 0 {
		return nil
	}
	byID := make(map[int64]*Tx, len(txs))
	ids := make([]int64, len(txs))
	for i, tx := range txs {
		byID[tx.ID], ids[i] = tx, tx.ID
	}
	rows, err := s.pool.Query(ctx, `SELECT tx_id, hash, gas_tip_cap::text, gas_fee_cap::text, raw, created_at
		FROM txmgr_attempts WHERE tx_id = ANY($1) ORDER BY tx_id, seq`, ids)
	if err != nil {
		return fmt.Errorf("load attempts: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var (
			id          int64
			hash        []byte
			tip, feeCap string
			a           Attempt
		)
		if err := rows.Scan(&id, &hash, &tip, &feeCap, &a.Raw, &a.CreatedAt); err != nil {
			return fmt.Errorf("load attempts: %w", err)
		}
		a.Hash = common.BytesToHash(hash)
		a.GasTipCap, _ = new(big.Int).SetString(tip, 10)
		a.GasFeeCap, _ = new(big.Int).SetString(feeCap, 10)
		if a.GasTipCap == nil || a.GasFeeCap == nil {
			return fmt.Errorf("attempt %s: bad fees %q %q", a.Hash, tip, feeCap)
		}
		byID[id].Attempts = append(byID[id].Attempts, a)
	}
	return rows.Err()
}

func (s *PGStore) Open(ctx context.Context, chainID uint64, from common.Address) ([]*Tx, error) {
	rows, err := s.pool.Query(ctx, `SELECT `+txColumns+` FROM txmgr_txs
		WHERE chain_id = $1 AND from_address = $2 AND state IN ('pending', 'mined') ORDER BY nonce`,
		int64(chainID), from.Bytes())
	if err != nil {
		return nil, fmt.Errorf("open transactions: %w", err)
	}
	var out []*Tx
	for rows.Next() {
		tx, err := scanTx(rows)
		if err != nil {
			rows.Close()
			return nil, fmt.Errorf("open transactions: %w", err)
		}
		out = append(out, tx)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("open transactions: %w", err)
	}
	if err := s.loadAttempts(ctx, out); err != nil {
		return nil, err
	}
	return out, nil
}

func (s *PGStore) one(ctx context.Context, what, where string, args ...any) (*Tx, error) {
	tx, err := scanTx(s.pool.QueryRow(ctx, `SELECT `+txColumns+` FROM txmgr_txs WHERE `+where, args...))
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, fmt.Errorf("%s: %w", what, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	if err := s.loadAttempts(ctx, []*Tx{tx}); err != nil {
		return nil, err
	}
	return tx, nil
}

func (s *PGStore) Get(ctx context.Context, id int64) (*Tx, error) {
	return s.one(ctx, fmt.Sprintf("transaction %d", id), "id = $1", id)
}

func (s *PGStore) ByKey(ctx context.Context, chainID uint64, from common.Address, key string) (*Tx, error) {
	// The record holding the key first, else the latest failed one.
	return s.one(ctx, fmt.Sprintf("key %q", key), `chain_id = $1 AND from_address = $2 AND idempotency_key = $3
		ORDER BY (state <> 'failed') DESC, id DESC LIMIT 1`, int64(chainID), from.Bytes(), key)
}
