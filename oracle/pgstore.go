package oracle

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/campus-grid/gridchain/db"
	"github.com/campus-grid/gridchain/reading"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// Migrations is the relayer's schema (schema "oracle"); pass it to db.Open.
var Migrations = db.Migrations{Component: "oracle", FS: migrationFiles, Dir: "migrations"}

// PGStore keeps one relayer's state in PostgreSQL.
type PGStore struct {
	pool    *pgxpool.Pool
	relayer string
}

var _ Store = (*PGStore)(nil)

// NewPGStore uses pool (Migrations applied) for the relayer named relayer.
func NewPGStore(pool *pgxpool.Pool, relayer string) *PGStore {
	return &PGStore{pool: pool, relayer: relayer}
}

func (s *PGStore) Cursor(ctx context.Context, name string) (int64, bool, error) {
	var v int64
	err := s.pool.QueryRow(ctx, `SELECT value FROM oracle.cursors WHERE relayer = $1 AND name = $2`, s.relayer, name).Scan(&v)
	if errors.Is(err, pgx.ErrNoRows) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, fmt.Errorf("cursor %s: %w", name, err)
	}
	return v, true, nil
}

const upsertCursor = `INSERT INTO oracle.cursors (relayer, name, value) VALUES ($1, $2, $3)
	ON CONFLICT (relayer, name) DO UPDATE SET value = EXCLUDED.value`

func (s *PGStore) SetCursor(ctx context.Context, name string, value int64) error {
	if _, err := s.pool.Exec(ctx, upsertCursor, s.relayer, name, value); err != nil {
		return fmt.Errorf("set cursor %s: %w", name, err)
	}
	return nil
}

func (s *PGStore) AddReadings(ctx context.Context, rs []Reading, next int64) error {
	return pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		batch := &pgx.Batch{}
		for _, r := range rs {
			batch.Queue(`INSERT INTO oracle.readings (relayer, bridge_id, meter_id, seq, interval_start, interval_end,
				export_wh, import_wh, signature, fetched_block) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10)
				ON CONFLICT (relayer, bridge_id) DO NOTHING`,
				s.relayer, r.BridgeID, r.MeterID[:], int64(r.Seq), int64(r.IntervalStart), int64(r.IntervalEnd),
				int64(r.ExportWh), int64(r.ImportWh), []byte(r.Signature), int64(r.FetchedBlock))
		}
		batch.Queue(upsertCursor, s.relayer, CursorBridge, next)
		if err := tx.SendBatch(ctx, batch).Close(); err != nil {
			return fmt.Errorf("add readings: %w", err)
		}
		return nil
	})
}

const readingCols = `bridge_id, meter_id, seq, interval_start, interval_end, export_wh, import_wh, signature,
	status, final, reason, submission_id, attempts, fetched_block, covered_block FROM oracle.readings `

func scanReadings(rows pgx.Rows) ([]Reading, error) {
	defer rows.Close()
	var out []Reading
	for rows.Next() {
		var r Reading
		var meter, sig []byte
		var seq, start, end, exp, imp, fetched, covered int64
		var status string
		if err := rows.Scan(&r.BridgeID, &meter, &seq, &start, &end, &exp, &imp, &sig, &status, &r.Final, &r.Reason,
			&r.SubmissionID, &r.Attempts, &fetched, &covered); err != nil {
			return nil, err
		}
		r.Signed = reading.Signed{Reading: reading.Reading{MeterID: common.BytesToHash(meter), Seq: uint64(seq),
			IntervalStart: uint64(start), IntervalEnd: uint64(end), ExportWh: uint64(exp), ImportWh: uint64(imp)}, Signature: sig}
		r.Status, r.FetchedBlock, r.CoveredBlock = ReadingStatus(status), uint64(fetched), uint64(covered)
		out = append(out, r)
	}
	return out, rows.Err()
}

func (s *PGStore) query(ctx context.Context, what, where string, args ...any) ([]Reading, error) {
	rows, err := s.pool.Query(ctx, `SELECT `+readingCols+where, append([]any{s.relayer}, args...)...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	out, err := scanReadings(rows)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	return out, nil
}

func (s *PGStore) Pending(ctx context.Context, limit int) ([]Reading, error) {
	return s.query(ctx, "pending readings", `WHERE relayer = $1 AND status = 'pending' AND NOT final ORDER BY bridge_id LIMIT $2`, limit)
}

func (s *PGStore) Readings(ctx context.Context, ids []int64) ([]Reading, error) {
	return s.query(ctx, "readings", `WHERE relayer = $1 AND bridge_id = ANY($2) ORDER BY bridge_id`, ids)
}

func (s *PGStore) MarkCovered(ctx context.Context, ids []int64, block uint64) error {
	_, err := s.pool.Exec(ctx, `UPDATE oracle.readings SET status = 'covered', covered_block = $3, updated_at = now()
		WHERE relayer = $1 AND bridge_id = ANY($2) AND status = 'pending'`, s.relayer, ids, int64(block))
	if err != nil {
		return fmt.Errorf("mark covered: %w", err)
	}
	return nil
}

func (s *PGStore) Covered(ctx context.Context) ([]Reading, error) {
	return s.query(ctx, "covered readings", `WHERE relayer = $1 AND status = 'covered' AND NOT final ORDER BY bridge_id`)
}

func (s *PGStore) SettleCovered(ctx context.Context, ids []int64, final bool) error {
	q := `UPDATE oracle.readings SET final = true, updated_at = now()`
	if !final {
		q = `UPDATE oracle.readings SET status = 'pending', covered_block = 0, updated_at = now()`
	}
	_, err := s.pool.Exec(ctx, q+` WHERE relayer = $1 AND bridge_id = ANY($2) AND status = 'covered' AND NOT final`, s.relayer, ids)
	if err != nil {
		return fmt.Errorf("settle covered: %w", err)
	}
	return nil
}

func (s *PGStore) ReadingReaching(ctx context.Context, meter common.Hash, end uint64) (Reading, error) {
	rs, err := s.query(ctx, "reading reaching", `WHERE relayer = $1 AND meter_id = $2 AND interval_end >= $3
		AND status NOT IN ('rejected', 'failed') ORDER BY seq LIMIT 1`,
		meter[:], int64(end))
	if err != nil {
		return Reading{}, err
	}
	if len(rs) == 0 {
		return Reading{}, ErrNotFound
	}
	return rs[0], nil
}

func numeric(v *big.Int) any {
	if v == nil {
		return nil
	}
	return pgtype.Numeric{Int: new(big.Int).Set(v), Valid: true}
}

func (s *PGStore) RecordSubmission(ctx context.Context, sub *Submission, keyPrefix string) error {
	if sub.Kind == KindReadings && len(sub.ReadingIDs) == 0 {
		return ErrNoReadings
	}
	return pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		var id int64
		if err := tx.QueryRow(ctx, `SELECT nextval(pg_get_serial_sequence('oracle.submissions', 'id'))`).Scan(&id); err != nil {
			return fmt.Errorf("record submission: %w", err)
		}
		key := fmt.Sprintf("%s%d", keyPrefix, id)
		ids := sub.ReadingIDs
		if ids == nil {
			ids = []int64{}
		}
		var created pgtype.Timestamptz
		if err := tx.QueryRow(ctx, `INSERT INTO oracle.submissions (relayer, id, kind, tx_key, data, state, request_id, reading_ids)
			VALUES ($1, $2, $3, $4, $5, 'recorded', $6, $7) RETURNING created_at`,
			s.relayer, id, string(sub.Kind), key, sub.Data, numeric(sub.RequestID), ids).Scan(&created); err != nil {
			return fmt.Errorf("record submission: %w", err)
		}
		if sub.Kind == KindReadings {
			tag, err := tx.Exec(ctx, `UPDATE oracle.readings SET status = 'submitted', submission_id = $3,
				attempts = attempts + 1, updated_at = now() WHERE relayer = $1 AND bridge_id = ANY($2) AND status = 'pending'`,
				s.relayer, ids, id)
			if err != nil {
				return fmt.Errorf("record submission: %w", err)
			}
			if int(tag.RowsAffected()) != len(ids) {
				return fmt.Errorf("record submission: %d of %d readings are not pending", len(ids)-int(tag.RowsAffected()), len(ids))
			}
		}
		if sub.Kind == KindFulfill && sub.RequestID != nil {
			if _, err := tx.Exec(ctx, `UPDATE oracle.requests SET status = 'submitted', submission_id = $3, updated_at = now()
				WHERE relayer = $1 AND request_id = $2`, s.relayer, numeric(sub.RequestID), id); err != nil {
				return fmt.Errorf("record submission: %w", err)
			}
		}
		sub.ID, sub.Key, sub.State, sub.CreatedAt = id, key, SubRecorded, created.Time
		return nil
	})
}

func hashOrNil(h common.Hash) []byte {
	if h == (common.Hash{}) {
		return nil
	}
	return h[:]
}

const updateSubmission = `UPDATE oracle.submissions SET state = $3, tx_id = $4, tx_hash = $5, block = $6, error = $7,
	reorgs = $8, updated_at = now() WHERE relayer = $1 AND id = $2`

func subArgs(relayer string, sub *Submission) []any {
	return []any{relayer, sub.ID, string(sub.State), sub.TxID, hashOrNil(sub.TxHash), int64(sub.Block), sub.Error, sub.Reorgs}
}

func (s *PGStore) UpdateSubmission(ctx context.Context, sub *Submission) error {
	tag, err := s.pool.Exec(ctx, updateSubmission, subArgs(s.relayer, sub)...)
	if err != nil {
		return fmt.Errorf("update submission %d: %w", sub.ID, err)
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("submission %d: %w", sub.ID, ErrNotFound)
	}
	return nil
}

const subCols = `id, kind, tx_key, data, state, tx_id, tx_hash, block, request_id, reading_ids, error, reorgs, created_at FROM oracle.submissions `

func (s *PGStore) subs(ctx context.Context, where string, args ...any) ([]*Submission, error) {
	rows, err := s.pool.Query(ctx, `SELECT `+subCols+where, append([]any{s.relayer}, args...)...)
	if err != nil {
		return nil, fmt.Errorf("submissions: %w", err)
	}
	defer rows.Close()
	var out []*Submission
	for rows.Next() {
		sub := &Submission{}
		var kind, state string
		var hash []byte
		var block int64
		var req pgtype.Numeric
		var created pgtype.Timestamptz
		if err := rows.Scan(&sub.ID, &kind, &sub.Key, &sub.Data, &state, &sub.TxID, &hash, &block, &req, &sub.ReadingIDs,
			&sub.Error, &sub.Reorgs, &created); err != nil {
			return nil, fmt.Errorf("submissions: %w", err)
		}
		sub.Kind, sub.State, sub.Block, sub.CreatedAt = SubmissionKind(kind), SubmissionState(state), uint64(block), created.Time
		if len(hash) == common.HashLength {
			sub.TxHash = common.BytesToHash(hash)
		}
		if req.Valid {
			sub.RequestID = new(big.Int).Set(req.Int)
			for i := int32(0); i < req.Exp; i++ {
				sub.RequestID.Mul(sub.RequestID, big.NewInt(10))
			}
		}
		out = append(out, sub)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("submissions: %w", err)
	}
	return out, nil
}

func (s *PGStore) OpenSubmissions(ctx context.Context) ([]*Submission, error) {
	return s.subs(ctx, `WHERE relayer = $1 AND state IN ('recorded', 'sent', 'mined') ORDER BY id`)
}

func (s *PGStore) Submission(ctx context.Context, id int64) (*Submission, error) {
	out, err := s.subs(ctx, `WHERE relayer = $1 AND id = $2`, id)
	if err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("submission %d: %w", id, ErrNotFound)
	}
	return out[0], nil
}

func (s *PGStore) FinishSubmission(ctx context.Context, sub *Submission, outcomes map[int64]Outcome) error {
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		final := *sub
		final.State = SubFinal
		if _, err := tx.Exec(ctx, updateSubmission, subArgs(s.relayer, &final)...); err != nil {
			return err
		}
		if sub.Kind != KindReadings {
			return nil
		}
		batch := &pgx.Batch{}
		for id, o := range outcomes {
			batch.Queue(`UPDATE oracle.readings SET status = $4, reason = $5, final = true, updated_at = now()
				WHERE relayer = $1 AND bridge_id = $2 AND submission_id = $3 AND status = 'submitted'`,
				s.relayer, id, sub.ID, string(o.Status), o.Reason)
		}
		// Readings the receipt said nothing about go back to be sent again.
		batch.Queue(`UPDATE oracle.readings SET status = 'pending', updated_at = now()
			WHERE relayer = $1 AND submission_id = $2 AND status = 'submitted'`, s.relayer, sub.ID)
		return tx.SendBatch(ctx, batch).Close()
	})
	if err != nil {
		return fmt.Errorf("finish submission %d: %w", sub.ID, err)
	}
	sub.State = SubFinal
	return nil
}

func (s *PGStore) ReleaseSubmission(ctx context.Context, sub *Submission, maxAttempts int) error {
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, updateSubmission, subArgs(s.relayer, sub)...); err != nil {
			return err
		}
		if maxAttempts > 0 {
			if _, err := tx.Exec(ctx, `UPDATE oracle.readings SET status = 'failed', final = true, reason = $4, updated_at = now()
				WHERE relayer = $1 AND submission_id = $2 AND status = 'submitted' AND attempts >= $3`,
				s.relayer, sub.ID, maxAttempts, sub.Error); err != nil {
				return err
			}
		}
		if _, err := tx.Exec(ctx, `UPDATE oracle.readings SET status = 'pending', updated_at = now()
			WHERE relayer = $1 AND submission_id = $2 AND status = 'submitted'`, s.relayer, sub.ID); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, `UPDATE oracle.requests SET status = 'open', updated_at = now()
			WHERE relayer = $1 AND submission_id = $2 AND status = 'submitted'`, s.relayer, sub.ID)
		return err
	})
	if err != nil {
		return fmt.Errorf("release submission %d: %w", sub.ID, err)
	}
	return nil
}

func (s *PGStore) AddRequests(ctx context.Context, rs []Request) error {
	if len(rs) == 0 {
		return nil
	}
	batch := &pgx.Batch{}
	for _, r := range rs {
		batch.Queue(`INSERT INTO oracle.requests (relayer, request_id, meter_id, interval_end, expires_at_block, block)
			VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (relayer, request_id) DO NOTHING`,
			s.relayer, numeric(r.ID), r.MeterID[:], int64(r.IntervalEnd), int64(r.ExpiresAtBlock), int64(r.Block))
	}
	if err := s.pool.SendBatch(ctx, batch).Close(); err != nil {
		return fmt.Errorf("add requests: %w", err)
	}
	return nil
}

func (s *PGStore) OpenRequests(ctx context.Context) ([]Request, error) {
	rows, err := s.pool.Query(ctx, `SELECT request_id::text, meter_id, interval_end, expires_at_block, block, status, submission_id
		FROM oracle.requests WHERE relayer = $1 AND status IN ('open', 'submitted') ORDER BY request_id`, s.relayer)
	if err != nil {
		return nil, fmt.Errorf("open requests: %w", err)
	}
	defer rows.Close()
	var out []Request
	for rows.Next() {
		var id, status string
		var meter []byte
		var end, expires, block int64
		var r Request
		if err := rows.Scan(&id, &meter, &end, &expires, &block, &status, &r.SubmissionID); err != nil {
			return nil, fmt.Errorf("open requests: %w", err)
		}
		var ok bool
		if r.ID, ok = new(big.Int).SetString(id, 10); !ok {
			return nil, fmt.Errorf("open requests: bad id %q", id)
		}
		r.MeterID, r.IntervalEnd, r.ExpiresAtBlock, r.Block = common.BytesToHash(meter), uint64(end), uint64(expires), uint64(block)
		r.Status = RequestStatus(status)
		out = append(out, r)
	}
	return out, rows.Err()
}

func (s *PGStore) SetRequestStatus(ctx context.Context, id *big.Int, status RequestStatus) error {
	tag, err := s.pool.Exec(ctx, `UPDATE oracle.requests SET status = $3, updated_at = now() WHERE relayer = $1 AND request_id = $2`,
		s.relayer, numeric(id), string(status))
	if err != nil {
		return fmt.Errorf("request %s: %w", id, err)
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("request %s: %w", id, ErrNotFound)
	}
	return nil
}

func (s *PGStore) Stats(ctx context.Context) (Stats, error) {
	var st Stats
	var oldest int64
	err := s.pool.QueryRow(ctx, `SELECT
		count(*) FILTER (WHERE status = 'pending'),
		count(*) FILTER (WHERE status = 'submitted'),
		count(*) FILTER (WHERE status = 'covered'),
		coalesce(min(fetched_block) FILTER (WHERE status IN ('pending', 'submitted')), 0)
		FROM oracle.readings WHERE relayer = $1 AND NOT final`, s.relayer).Scan(&st.Pending, &st.Submitted, &st.Covered, &oldest)
	if err != nil {
		return Stats{}, fmt.Errorf("stats: %w", err)
	}
	st.OldestFetchedBlock = uint64(oldest)
	return st, nil
}
