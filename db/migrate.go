package db

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strconv"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"go.uber.org/zap"
)

// migrationLockKey is the advisory lock every process takes while it migrates, so that several
// services starting at once apply each migration exactly once ("gridchain" in ASCII).
const migrationLockKey int64 = 0x67726964636861

var (
	ErrBadMigrationName = errors.New("migration file name must be NNNN_description.sql")
	ErrDuplicateVersion = errors.New("two migrations share a version")
	ErrMigrationChanged = errors.New("an applied migration was edited: add a new migration instead")
	ErrNoComponent      = errors.New("migrations need a component name")
)

var migrationName = regexp.MustCompile(`^(\d{4,})_[a-z0-9_]+\.sql$`)

// Migrations are the schema changes of one component (txmgr, meterbridge, relayer...), as SQL
// files named NNNN_description.sql in Dir of FS (usually an embed.FS). They are applied in version
// order, each in its own transaction, and recorded in schema_migrations.
type Migrations struct {
	Component string
	FS        fs.FS
	Dir       string
}

// Migration is one parsed migration file.
type Migration struct {
	Version  int
	Name     string
	SQL      string
	Checksum string
}

// Load reads and orders the migration files.
func (m Migrations) Load() ([]Migration, error) {
	if m.Component == "" {
		return nil, ErrNoComponent
	}
	dir := m.Dir
	if dir == "" {
		dir = "."
	}
	entries, err := fs.ReadDir(m.FS, dir)
	if err != nil {
		return nil, fmt.Errorf("%s migrations: %w", m.Component, err)
	}
	var out []Migration
	seen := map[int]string{}
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		match := migrationName.FindStringSubmatch(e.Name())
		if match == nil {
			return nil, fmt.Errorf("%s migrations: %s: %w", m.Component, e.Name(), ErrBadMigrationName)
		}
		version, err := strconv.Atoi(match[1])
		if err != nil {
			return nil, fmt.Errorf("%s migrations: %s: %w", m.Component, e.Name(), err)
		}
		if other, dup := seen[version]; dup {
			return nil, fmt.Errorf("%s migrations: %s and %s: %w", m.Component, other, e.Name(), ErrDuplicateVersion)
		}
		seen[version] = e.Name()
		raw, err := fs.ReadFile(m.FS, path.Join(dir, e.Name()))
		if err != nil {
			return nil, fmt.Errorf("%s migrations: %w", m.Component, err)
		}
		sum := sha256.Sum256(raw)
		out = append(out, Migration{Version: version, Name: e.Name(), SQL: string(raw), Checksum: hex.EncodeToString(sum[:])})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Version < out[j].Version })
	return out, nil
}

const createMigrationsTable = `CREATE TABLE IF NOT EXISTS schema_migrations (
	component  TEXT        NOT NULL,
	version    INTEGER     NOT NULL,
	name       TEXT        NOT NULL,
	checksum   TEXT        NOT NULL,
	applied_at TIMESTAMPTZ NOT NULL DEFAULT now(),
	PRIMARY KEY (component, version)
)`

// Migrate applies the migrations of m that the database has not seen. It holds a session
// advisory lock for the whole run: a second process waits, then finds everything applied.
func Migrate(ctx context.Context, pool *pgxpool.Pool, m Migrations, log *zap.Logger) error {
	migrations, err := m.Load()
	if err != nil {
		return err
	}
	conn, err := pool.Acquire(ctx)
	if err != nil {
		return fmt.Errorf("migrate %s: %w", m.Component, err)
	}
	defer conn.Release()
	if _, err := conn.Exec(ctx, "SELECT pg_advisory_lock($1)", migrationLockKey); err != nil {
		return fmt.Errorf("migrate %s: lock: %w", m.Component, err)
	}
	defer func() {
		// A fresh context: the caller's may be cancelled, and a leaked session lock would block
		// every later start until the pooled connection closes.
		if _, err := conn.Exec(context.WithoutCancel(ctx), "SELECT pg_advisory_unlock($1)", migrationLockKey); err != nil {
			conn.Conn().Close(context.WithoutCancel(ctx)) //nolint:errcheck // closing ends the session and its lock
		}
	}()
	if _, err := conn.Exec(ctx, createMigrationsTable); err != nil {
		return fmt.Errorf("migrate %s: create schema_migrations: %w", m.Component, err)
	}
	applied := map[int]string{}
	rows, err := conn.Query(ctx, "SELECT version, checksum FROM schema_migrations WHERE component = $1", m.Component)
	if err != nil {
		return fmt.Errorf("migrate %s: %w", m.Component, err)
	}
	for rows.Next() {
		var v int
		var sum string
		if err := rows.Scan(&v, &sum); err != nil {
			rows.Close()
			return fmt.Errorf("migrate %s: %w", m.Component, err)
		}
		applied[v] = sum
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("migrate %s: %w", m.Component, err)
	}
	for _, mig := range migrations {
		if sum, ok := applied[mig.Version]; ok {
			if sum != mig.Checksum {
				return fmt.Errorf("migrate %s: %s: %w", m.Component, mig.Name, ErrMigrationChanged)
			}
			continue
		}
		err := pgx.BeginFunc(ctx, conn, func(tx pgx.Tx) error {
			if _, err := tx.Exec(ctx, mig.SQL); err != nil {
				return err
			}
			_, err := tx.Exec(ctx, "INSERT INTO schema_migrations (component, version, name, checksum) VALUES ($1, $2, $3, $4)",
				m.Component, mig.Version, mig.Name, mig.Checksum)
			return err
		})
		if err != nil {
			return fmt.Errorf("migrate %s: %s: %w", m.Component, mig.Name, err)
		}
		log.Info("migration applied", zap.String("component", m.Component), zap.String("migration", mig.Name))
	}
	return nil
}
