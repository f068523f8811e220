// Package store keeps meterbridge's readings in PostgreSQL.
package store

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/campus-grid/gridchain/db"
	"github.com/campus-grid/gridchain/reading"
)

//go:embed migrations/*.sql
var migrationsFS embed.FS

// Migrations is meterbridge's schema, applied at start by db.Open.
var Migrations = db.Migrations{Component: "meterbridge", FS: migrationsFS, Dir: "migrations"}

// ErrNotFound is returned when a meter has no reading.
var ErrNotFound = errors.New("no reading")

// Row is a stored reading.
type Row struct {
	ID     int64
	Signed reading.Signed
	Signer common.Address
	// Assignment is the Registry assignment of the meter the reading belongs to (0: static table).
	Assignment uint32
	HeadEnd    string
	ReceivedAt time.Time
}

// Span is one assignment of a meter: its readings' counters and seq are checked against each
// other, never against another assignment's (they restart with each assignment, as in OracleClient).
type Span struct {
	MeterID    common.Hash
	Assignment uint32
}

// Key identifies a reading: a sequence number within a meter's assignment.
type Key struct {
	MeterID    common.Hash
	Assignment uint32
	Seq        uint64
}

// Latest is the newest stored reading of a meter's assignment, what the next one is checked against.
type Latest struct {
	Seq         uint64
	IntervalEnd uint64
	ExportWh    uint64
	ImportWh    uint64
}

// Store is what meterbridge needs from its database.
type Store interface {
	// LatestOf returns the newest reading of each span that has one.
	LatestOf(ctx context.Context, spans []Span) (map[Span]Latest, error)
	// Lookup returns the stored readings among keys.
	Lookup(ctx context.Context, keys []Key) (map[Key]reading.Reading, error)
	// Insert stores rows in one transaction; on a nil return they are committed.
	Insert(ctx context.Context, rows []Row) error
	// MaxID is the highest reading id stored (0 when empty).
	MaxID(ctx context.Context) (int64, error)
	// CountIDs counts the readings with lo <= id <= hi.
	CountIDs(ctx context.Context, lo, hi int64) (int64, error)
	// ByMeter returns a meter's readings with from <= intervalEnd < to, oldest first.
	ByMeter(ctx context.Context, meter common.Hash, from, to uint64, limit int) ([]Row, error)
	// LatestRow returns the newest reading of a meter, or ErrNotFound.
	LatestRow(ctx context.Context, meter common.Hash) (Row, error)
	// After returns readings with after < id <= upTo in id order.
	After(ctx context.Context, after, upTo int64, limit int) ([]Row, error)
	// Ping checks that the database answers.
	Ping(ctx context.Context) error
}

// PG is the PostgreSQL Store.
type PG struct {
	pool *pgxpool.Pool
}

var _ Store = (*PG)(nil)

// New wraps an open pool (see db.Open with Migrations).
func New(pool *pgxpool.Pool) *PG { return &PG{pool: pool} }

// Ping checks that the database answers.
func (s *PG) Ping(ctx context.Context) error { return s.pool.Ping(ctx) }

// LatestOf returns the newest reading of each span that has one.
func (s *PG) LatestOf(ctx context.Context, spans []Span) (map[Span]Latest, error) {
	out := make(map[Span]Latest, len(spans))
	if len(spans) == 0 {
		return out, nil
	}
	ids := make([][]byte, len(spans))
	numbers := make([]int64, len(spans))
	for i, sp := range spans {
		ids[i] = sp.MeterID.Bytes()
		numbers[i] = int64(sp.Assignment)
	}
	// One index probe per span (LATERAL ... LIMIT 1) instead of a scan of all their readings.
	rows, err := s.pool.Query(ctx, `
		SELECT m.id, m.assignment, r.seq, r.interval_end, r.export_wh, r.import_wh
		FROM unnest($1::bytea[], $2::bigint[]) AS m(id, assignment)
		CROSS JOIN LATERAL (
			SELECT seq, interval_end, export_wh, import_wh FROM meterbridge.readings
			WHERE meter_id = m.id AND assignment = m.assignment ORDER BY seq DESC LIMIT 1) r`, ids, numbers)
	if err != nil {
		return nil, fmt.Errorf("latest readings: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id []byte
		var number, seq, end, exp, imp int64
		if err := rows.Scan(&id, &number, &seq, &end, &exp, &imp); err != nil {
			return nil, fmt.Errorf("latest readings: %w", err)
		}
		out[Span{MeterID: common.BytesToHash(id), Assignment: uint32(number)}] = Latest{Seq: uint64(seq), IntervalEnd: uint64(end), ExportWh: uint64(exp), ImportWh: uint64(imp)}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("latest readings: %w", err)
	}
	return out, nil
}

// Lookup returns the stored readings among keys.
func (s *PG) Lookup(ctx context.Context, keys []Key) (map[Key]reading.Reading, error) {
	out := make(map[Key]reading.Reading, len(keys))
	if len(keys) == 0 {
		return out, nil
	}
	ids := make([][]byte, len(keys))
	numbers := make([]int64, len(keys))
	seqs := make([]int64, len(keys))
	for i, k := range keys {
		ids[i] = k.MeterID.Bytes()
		numbers[i] = int64(k.Assignment)
		seqs[i] = int64(k.Seq)
	}
	rows, err := s.pool.Query(ctx, `
		SELECT r.meter_id, r.assignment, r.seq, r.interval_start, r.interval_end, r.export_wh, r.import_wh
		FROM unnest($1::bytea[], $2::bigint[], $3::bigint[]) AS k(meter_id, assignment, seq)
		JOIN meterbridge.readings r ON r.meter_id = k.meter_id AND r.assignment = k.assignment AND r.seq = k.seq`, ids, numbers, seqs)
	if err != nil {
		return nil, fmt.Errorf("look up readings: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id []byte
		var number, seq, start, end, exp, imp int64
		if err := rows.Scan(&id, &number, &seq, &start, &end, &exp, &imp); err != nil {
			return nil, fmt.Errorf("look up readings: %w", err)
		}
		r := reading.Reading{MeterID: common.BytesToHash(id), Seq: uint64(seq), IntervalStart: uint64(start),
			IntervalEnd: uint64(end), ExportWh: uint64(exp), ImportWh: uint64(imp)}
		out[Key{MeterID: r.MeterID, Assignment: uint32(number), Seq: r.Seq}] = r
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("look up readings: %w", err)
	}
	return out, nil
}

var insertColumns = []string{"id", "meter_id", "seq", "interval_start", "interval_end", "export_wh", "import_wh", "signature", "signer", "head_end", "assignment"}

type copySource struct {
	rows []Row
	i    int
	vals []any
}

func (c *copySource) Next() bool { c.i++; return c.i <= len(c.rows) }
func (c *copySource) Err() error { return nil }
func (c *copySource) Values() ([]any, error) {
	r := &c.rows[c.i-1]
	s := &r.Signed
	c.vals[0] = r.ID
	c.vals[1] = s.MeterID[:]
	c.vals[2] = int64(s.Seq)
	c.vals[3] = int64(s.IntervalStart)
	c.vals[4] = int64(s.IntervalEnd)
	c.vals[5] = int64(s.ExportWh)
	c.vals[6] = int64(s.ImportWh)
	c.vals[7] = []byte(s.Signature)
	c.vals[8] = r.Signer[:]
	c.vals[9] = r.HeadEnd
	c.vals[10] = int64(r.Assignment)
	return c.vals, nil
}

// Insert stores rows with COPY in one transaction; on a nil return they are committed.
func (s *PG) Insert(ctx context.Context, rows []Row) error {
	if len(rows) == 0 {
		return nil
	}
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		_, err := tx.CopyFrom(ctx, pgx.Identifier{"meterbridge", "readings"}, insertColumns,
			&copySource{rows: rows, vals: make([]any, len(insertColumns))})
		return err
	})
	if err != nil {
		return fmt.Errorf("insert %d readings: %w", len(rows), err)
	}
	return nil
}

// MaxID is the highest reading id stored (0 when empty).
func (s *PG) MaxID(ctx context.Context) (int64, error) {
	var id int64
	if err := s.pool.QueryRow(ctx, `SELECT coalesce(max(id), 0) FROM meterbridge.readings`).Scan(&id); err != nil {
		return 0, fmt.Errorf("max reading id: %w", err)
	}
	return id, nil
}

// CountIDs counts the readings with lo <= id <= hi.
func (s *PG) CountIDs(ctx context.Context, lo, hi int64) (int64, error) {
	var n int64
	if err := s.pool.QueryRow(ctx, `SELECT count(*) FROM meterbridge.readings WHERE id BETWEEN $1 AND $2`, lo, hi).Scan(&n); err != nil {
		return 0, fmt.Errorf("count readings %d..%d: %w", lo, hi, err)
	}
	return n, nil
}

const selectRow = `SELECT id, meter_id, seq, interval_start, interval_end, export_wh, import_wh, signature, signer, head_end, received_at, assignment FROM meterbridge.readings `

func scanRows(rows pgx.Rows) ([]Row, error) {
	defer rows.Close()
	var out []Row
	for rows.Next() {
		var r Row
		var id, signer, sig []byte
		var seq, start, end, exp, imp, number int64
		if err := rows.Scan(&r.ID, &id, &seq, &start, &end, &exp, &imp, &sig, &signer, &r.HeadEnd, &r.ReceivedAt, &number); err != nil {
			return nil, err
		}
		r.Assignment = uint32(number)
		r.Signed = reading.Signed{Reading: reading.Reading{MeterID: common.BytesToHash(id), Seq: uint64(seq),
			IntervalStart: uint64(start), IntervalEnd: uint64(end), ExportWh: uint64(exp), ImportWh: uint64(imp)}, Signature: sig}
		r.Signer = common.BytesToAddress(signer)
		out = append(out, r)
	}
	return out, rows.Err()
}

func clampInt64(v uint64) int64 {
	if v > 1<<63-1 {
		return 1<<63 - 1
	}
	return int64(v)
}

// ByMeter returns a meter's readings with from <= intervalEnd < to, oldest first (by assignment, then seq).
func (s *PG) ByMeter(ctx context.Context, meter common.Hash, from, to uint64, limit int) ([]Row, error) {
	rows, err := s.pool.Query(ctx, selectRow+`WHERE meter_id = $1 AND interval_end >= $2 AND interval_end < $3 ORDER BY assignment, seq LIMIT $4`,
		meter[:], clampInt64(from), clampInt64(to), limit)
	if err != nil {
		return nil, fmt.Errorf("readings of %s: %w", meter, err)
	}
	out, err := scanRows(rows)
	if err != nil {
		return nil, fmt.Errorf("readings of %s: %w", meter, err)
	}
	return out, nil
}

// LatestRow returns the newest reading of a meter (of its latest assignment with one), or ErrNotFound.
func (s *PG) LatestRow(ctx context.Context, meter common.Hash) (Row, error) {
	rows, err := s.pool.Query(ctx, selectRow+`WHERE meter_id = $1 ORDER BY assignment DESC, seq DESC LIMIT 1`, meter[:])
	if err != nil {
		return Row{}, fmt.Errorf("latest reading of %s: %w", meter, err)
	}
	out, err := scanRows(rows)
	if err != nil {
		return Row{}, fmt.Errorf("latest reading of %s: %w", meter, err)
	}
	if len(out) == 0 {
		return Row{}, ErrNotFound
	}
	return out[0], nil
}

// After returns readings with after < id <= upTo in id order.
func (s *PG) After(ctx context.Context, after, upTo int64, limit int) ([]Row, error) {
	rows, err := s.pool.Query(ctx, selectRow+`WHERE id > $1 AND id <= $2 ORDER BY id LIMIT $3`, after, upTo, limit)
	if err != nil {
		return nil, fmt.Errorf("readings after %d: %w", after, err)
	}
	out, err := scanRows(rows)
	if err != nil {
		return nil, fmt.Errorf("readings after %d: %w", after, err)
	}
	return out, nil
}
