package keeper

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/campus-grid/gridchain/db"
	"github.com/campus-grid/gridchain/keeper/automation"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// Migrations is the keeper's schema, applied by db.Open.
var Migrations = db.Migrations{Component: "keeper", FS: migrationFS, Dir: "migrations"}

// OutcomeSent marks a perform recorded and handed to the transaction manager, not yet final.
const OutcomeSent automation.Outcome = "sent"

// CheckRecord is one checkUpkeep.
type CheckRecord struct {
	KeeperID string
	Upkeep   automation.Upkeep
	Result   automation.CheckResult
	Epoch    *uint64
}

// PerformRecord is one perform (sent or not).
type PerformRecord struct {
	ID          int64
	KeeperID    string
	Upkeep      automation.Upkeep
	CheckBlock  uint64
	Epoch       *uint64
	PerformData []byte
	SendKey     string
	TxID        int64
	TxHash      common.Hash
	MinedBlock  uint64
	GasUsed     uint64
	Outcome     automation.Outcome
	Error       string
}

// Store records checks and performs.
type Store interface {
	RecordCheck(ctx context.Context, r CheckRecord) error
	// InsertPerform records a perform and sets r.ID.
	InsertPerform(ctx context.Context, r *PerformRecord) error
	// FinishPerform writes the final outcome of a perform recorded by InsertPerform.
	FinishPerform(ctx context.Context, r *PerformRecord) error
	// FinishedWithKey counts this keeper's performs of the upkeep under sendKey prefix that reached
	// a final outcome (it numbers repeated identical perform data).
	FinishedWithKey(ctx context.Context, keeperID string, upkeep automation.UpkeepID, sendKeyPrefix string) (int, error)
	// OpenPerforms lists this keeper's performs of the upkeep still marked sent, oldest first.
	OpenPerforms(ctx context.Context, keeperID string, upkeep automation.UpkeepID) ([]PerformRecord, error)
}

// ErrNoPerform is returned when a perform to finish was never recorded.
var ErrNoPerform = errors.New("keeper: perform not recorded")

// PGStore keeps the records in PostgreSQL.
type PGStore struct{ pool *pgxpool.Pool }

var _ Store = (*PGStore)(nil)

// NewPGStore uses pool (migrated with Migrations).
func NewPGStore(pool *pgxpool.Pool) *PGStore { return &PGStore{pool: pool} }

func epochArg(e *uint64) any {
	if e == nil {
		return nil
	}
	return int64(*e)
}

func (s *PGStore) RecordCheck(ctx context.Context, r CheckRecord) error {
	errText := ""
	if r.Result.Err != nil {
		errText = r.Result.Err.Error()
	}
	_, err := s.pool.Exec(ctx, `INSERT INTO keeper_checks
		(keeper_id, upkeep_id, upkeep, block, epoch, eligible, perform_data, reason, error)
		VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)`,
		r.KeeperID, r.Upkeep.ID[:], r.Upkeep.Name, int64(r.Result.Block), epochArg(r.Epoch), r.Result.Eligible,
		r.Result.PerformData, string(r.Result.Reason), errText)
	if err != nil {
		return fmt.Errorf("record check: %w", err)
	}
	return nil
}

func (s *PGStore) InsertPerform(ctx context.Context, r *PerformRecord) error {
	var hash []byte
	if r.TxHash != (common.Hash{}) {
		hash = r.TxHash[:]
	}
	var txID any
	if r.TxID != 0 {
		txID = r.TxID
	}
	err := s.pool.QueryRow(ctx, `INSERT INTO keeper_performs
		(keeper_id, upkeep_id, upkeep, check_block, epoch, perform_data, send_key, txmgr_id, tx_hash, outcome, error)
		VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11) RETURNING id`,
		r.KeeperID, r.Upkeep.ID[:], r.Upkeep.Name, int64(r.CheckBlock), epochArg(r.Epoch), r.PerformData, r.SendKey,
		txID, hash, string(r.Outcome), r.Error).Scan(&r.ID)
	if err != nil {
		return fmt.Errorf("record perform: %w", err)
	}
	return nil
}

func (s *PGStore) FinishPerform(ctx context.Context, r *PerformRecord) error {
	var hash []byte
	if r.TxHash != (common.Hash{}) {
		hash = r.TxHash[:]
	}
	var txID any
	if r.TxID != 0 {
		txID = r.TxID
	}
	tag, err := s.pool.Exec(ctx, `UPDATE keeper_performs SET txmgr_id = COALESCE($2, txmgr_id),
		tx_hash = COALESCE($3, tx_hash), mined_block = $4, gas_used = $5, outcome = $6, error = $7, updated_at = now()
		WHERE id = $1`, r.ID, txID, hash, int64(r.MinedBlock), int64(r.GasUsed), string(r.Outcome), r.Error)
	if err != nil {
		return fmt.Errorf("finish perform %d: %w", r.ID, err)
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("finish perform %d: %w", r.ID, ErrNoPerform)
	}
	return nil
}

func (s *PGStore) FinishedWithKey(ctx context.Context, keeperID string, upkeep automation.UpkeepID, prefix string) (int, error) {
	var n int
	err := s.pool.QueryRow(ctx, `SELECT count(*) FROM keeper_performs
		WHERE keeper_id = $1 AND upkeep_id = $2 AND send_key LIKE $3 || '/%' AND outcome IN ('performed','noop','reverted')`,
		keeperID, upkeep[:], prefix).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("count performs: %w", err)
	}
	return n, nil
}

func (s *PGStore) OpenPerforms(ctx context.Context, keeperID string, upkeep automation.UpkeepID) ([]PerformRecord, error) {
	rows, err := s.pool.Query(ctx, `SELECT id, upkeep, check_block, epoch, perform_data, send_key, COALESCE(txmgr_id, 0)
		FROM keeper_performs WHERE keeper_id = $1 AND upkeep_id = $2 AND outcome = $3 ORDER BY id`,
		keeperID, upkeep[:], string(OutcomeSent))
	if err != nil {
		return nil, fmt.Errorf("open performs: %w", err)
	}
	defer rows.Close()
	var out []PerformRecord
	for rows.Next() {
		r := PerformRecord{KeeperID: keeperID, Outcome: OutcomeSent}
		r.Upkeep.ID = upkeep
		var checkBlock int64
		var epoch *int64
		if err := rows.Scan(&r.ID, &r.Upkeep.Name, &checkBlock, &epoch, &r.PerformData, &r.SendKey, &r.TxID); err != nil {
			return nil, fmt.Errorf("open performs: %w", err)
		}
		r.CheckBlock = uint64(checkBlock)
		if epoch != nil {
			e := uint64(*epoch)
			r.Epoch = &e
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("open performs: %w", err)
	}
	return out, nil
}

// MemoryStore keeps the records in memory (tests, and a keeper run without a database).
type MemoryStore struct {
	mu       sync.Mutex
	Checks   []CheckRecord
	Performs []PerformRecord
}

var _ Store = (*MemoryStore)(nil)

func (m *MemoryStore) RecordCheck(_ context.Context, r CheckRecord) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.Checks = append(m.Checks, r)
	return nil
}

func (m *MemoryStore) InsertPerform(_ context.Context, r *PerformRecord) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	r.ID = int64(len(m.Performs) + 1)
	m.Performs = append(m.Performs, *r)
	return nil
}

func (m *MemoryStore) FinishPerform(_ context.Context, r *PerformRecord) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if r.ID < 1 || int(r.ID) > len(m.Performs) {
		return ErrNoPerform
	}
	m.Performs[r.ID-1] = *r
	return nil
}

func (m *MemoryStore) FinishedWithKey(_ context.Context, keeperID string, upkeep automation.UpkeepID, prefix string) (int, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	n := 0
	for _, p := range m.Performs {
		if p.KeeperID == keeperID && p.Upkeep.ID == upkeep && len(p.SendKey) > len(prefix) &&
			p.SendKey[:len(prefix)+1] == prefix+"/" && isFinal(p.Outcome) {
			n++
		}
	}
	return n, nil
}

func (m *MemoryStore) OpenPerforms(_ context.Context, keeperID string, upkeep automation.UpkeepID) ([]PerformRecord, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []PerformRecord
	for _, p := range m.Performs {
		if p.KeeperID == keeperID && p.Upkeep.ID == upkeep && p.Outcome == OutcomeSent {
			out = append(out, p)
		}
	}
	return out, nil
}

// Snapshot copies the performs (tests).
func (m *MemoryStore) Snapshot() []PerformRecord {
	m.mu.Lock()
	defer m.mu.Unlock()
	return append([]PerformRecord(nil), m.Performs...)
}

func isFinal(o automation.Outcome) bool {
	return o == automation.OutcomePerformed || o == automation.OutcomeNoop || o == automation.OutcomeReverted
}
