package db

import (
	"context"
	"crypto/sha256"
	"embed"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"go.uber.org/zap"
)

//go:embed migrations/*.sql
var lockMigrationFiles embed.FS

// LockMigrations is the schema of the single-writer locks (the writer_locks table).
// AcquireWriterLock applies it itself.
var LockMigrations = Migrations{Component: "db", FS: lockMigrationFiles, Dir: "migrations"}

// DefaultLockCheckInterval is how often a WriterLock checks that its session still holds the
// lock, and how long it waits between attempts to take it back after losing its connection.
const DefaultLockCheckInterval = time.Second

var (
	// ErrLockHeld: another process holds the lock (at start, or it took the lock while this
	// process had lost its connection).
	ErrLockHeld = errors.New("another process holds the single-writer lock")
	// ErrLockLost: the connection holding the lock broke and, by the time this process took the
	// lock back, another process had held it in between; this process's view of the data is stale.
	ErrLockLost = errors.New("single-writer lock lost: another process held it while this one was disconnected")
)

// WriterLock makes one process the only writer of some data, for as long as it runs.
//
// It is a PostgreSQL session advisory lock held on a dedicated connection (not one of the pool's)
// and checked every CheckInterval. A session lock vanishes with its session: when PostgreSQL
// restarts or the connection breaks, the lock takes itself back as soon as the database answers,
// unless another process took it in the meantime. Every acquisition bumps a generation in the
// writer_locks table, so the holder also sees an intruder that came and went while it was
// disconnected. In both cases the lock is lost for good: Lost is closed and Err says why; the
// service must stop (its in-memory state, such as the next id or nonce, may be stale).
//
// Between the loss of the connection and its detection (at most CheckInterval) the process may
// still write through its pool; a second process cannot start in that time unless it happens to
// connect first, and then the first one stops at its next check.
type WriterLock struct {
	name     string
	key      int64
	holder   string
	connCfg  *pgx.ConnConfig
	interval time.Duration
	log      *zap.Logger

	held atomic.Bool
	// Owned by the watch goroutine after AcquireWriterLock returns; mu guards them for Release.
	mu         sync.Mutex
	conn       *pgx.Conn
	generation int64
	released   bool

	lost    chan struct{}
	lostErr error
	cancel  context.CancelFunc
	done    chan struct{}
}

// LockOption adjusts a WriterLock.
type LockOption func(*WriterLock)

// WithCheckInterval replaces DefaultLockCheckInterval.
func WithCheckInterval(d time.Duration) LockOption {
	return func(l *WriterLock) {
		if d > 0 {
			l.interval = d
		}
	}
}

// LockKey is the advisory lock id of the single-writer lock called name.
func LockKey(name string) int64 {
	sum := sha256.Sum256([]byte("gridchain single-writer lock\x00" + name))
	return int64(binary.BigEndian.Uint64(sum[:8]))
}

// AcquireWriterLock takes the single-writer lock called name (e.g. "meterbridge") on a new
// connection to pool's database and keeps it until Release. When another process holds it, it
// fails with ErrLockHeld and says who holds it.
func AcquireWriterLock(ctx context.Context, pool *pgxpool.Pool, name string, log *zap.Logger, opts ...LockOption) (*WriterLock, error) {
	if err := Migrate(ctx, pool, LockMigrations, log); err != nil {
		return nil, err
	}
	host, _ := os.Hostname()
	l := &WriterLock{
		name: name, key: LockKey(name), holder: fmt.Sprintf("%s pid %d", host, os.Getpid()),
		connCfg: pool.Config().ConnConfig, interval: DefaultLockCheckInterval,
		log: log.With(zap.String("lock", name)), lost: make(chan struct{}), done: make(chan struct{}),
	}
	for _, o := range opts {
		o(l)
	}
	if err := l.acquire(ctx); err != nil {
		return nil, fmt.Errorf("single-writer lock %q: %w", name, err)
	}
	l.held.Store(true)
	watchCtx, cancel := context.WithCancel(context.Background())
	l.cancel = cancel
	go l.watch(watchCtx)
	return l, nil
}

// acquire connects and takes the lock. With l.generation set (taking it back) it fails with
// ErrLockLost when another process held the lock since.
func (l *WriterLock) acquire(ctx context.Context) error {
	conn, err := pgx.ConnectConfig(ctx, l.connCfg.Copy())
	if err != nil {
		return fmt.Errorf("connect: %w", err)
	}
	ok := false
	defer func() {
		if !ok {
			_ = conn.Close(context.WithoutCancel(ctx)) // ends the session and any lock it took
		}
	}()
	var got bool
	if err := conn.QueryRow(ctx, "SELECT pg_try_advisory_lock($1)", l.key).Scan(&got); err != nil {
		return fmt.Errorf("lock: %w", err)
	}
	if !got {
		var holder string
		var gen int64
		var since time.Time
		err := conn.QueryRow(ctx, "SELECT holder, generation, acquired_at FROM writer_locks WHERE name = $1", l.name).Scan(&holder, &gen, &since)
		switch {
		case errors.Is(err, pgx.ErrNoRows):
			return ErrLockHeld
		case err != nil:
			return fmt.Errorf("lock holder: %w", err)
		case l.generation != 0 && gen == l.generation:
			// Our own old session, not yet gone from the server: try again later.
			return errOwnStaleSession
		}
		return fmt.Errorf("%w (%s, since %s)", ErrLockHeld, holder, since.UTC().Format(time.RFC3339))
	}
	var gen int64
	if l.generation == 0 {
		err = conn.QueryRow(ctx, `INSERT INTO writer_locks (name, generation, holder, acquired_at) VALUES ($1, 1, $2, now())
			ON CONFLICT (name) DO UPDATE SET generation = writer_locks.generation + 1, holder = EXCLUDED.holder,
			acquired_at = EXCLUDED.acquired_at RETURNING generation`, l.name, l.holder).Scan(&gen)
	} else {
		err = conn.QueryRow(ctx, `UPDATE writer_locks SET generation = generation + 1, holder = $3, acquired_at = now()
			WHERE name = $1 AND generation = $2 RETURNING generation`, l.name, l.generation, l.holder).Scan(&gen)
		if errors.Is(err, pgx.ErrNoRows) {
			return ErrLockLost
		}
	}
	if err != nil {
		return fmt.Errorf("record holder: %w", err)
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.released {
		return errReleased
	}
	l.conn, l.generation, ok = conn, gen, true
	return nil
}

var (
	errOwnStaleSession = errors.New("the lock is still held by this process's previous session")
	errReleased        = errors.New("released")
)

// check asks the server whether this session still holds the lock.
func (l *WriterLock) check(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, max(l.interval, 5*time.Second))
	defer cancel()
	u := uint64(l.key)
	var held bool
	err := l.conn.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory'
		AND pid = pg_backend_pid() AND granted AND objsubid = 1 AND classid = $1::bigint::oid AND objid = $2::bigint::oid)`,
		int64(u>>32), int64(u&0xffffffff)).Scan(&held)
	if err != nil {
		return err
	}
	if !held {
		return errors.New("the session no longer holds the lock")
	}
	return nil
}

func (l *WriterLock) watch(ctx context.Context) {
	defer close(l.done)
	t := time.NewTicker(l.interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		err := l.check(ctx)
		if err == nil || ctx.Err() != nil {
			continue
		}
		l.held.Store(false)
		l.log.Warn("single-writer lock: connection lost, taking the lock back", zap.Error(err))
		l.mu.Lock()
		_ = l.conn.Close(context.Background()) // the server may be gone: nothing to tell it
		l.mu.Unlock()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
			actx, cancel := context.WithTimeout(ctx, 2*max(l.interval, 5*time.Second))
			err := l.acquire(actx)
			cancel()
			if err == nil {
				l.held.Store(true)
				l.log.Info("single-writer lock taken back")
				break
			}
			if errors.Is(err, ErrLockHeld) || errors.Is(err, ErrLockLost) {
				l.lostErr = fmt.Errorf("single-writer lock %q: %w", l.name, err)
				close(l.lost)
				return
			}
			l.log.Debug("single-writer lock: not taken back yet", zap.Error(err))
		}
	}
}

// Held reports whether the lock is held right now (false while its connection is down).
func (l *WriterLock) Held() bool { return l.held.Load() }

// Lost is closed when the lock is lost for good; Err then says why.
func (l *WriterLock) Lost() <-chan struct{} { return l.lost }

// Err is why the lock was lost (ErrLockHeld or ErrLockLost), nil while it is not.
func (l *WriterLock) Err() error {
	select {
	case <-l.lost:
		return l.lostErr
	default:
		return nil
	}
}

// Release stops the checks and gives the lock up. Releasing twice is safe.
func (l *WriterLock) Release(ctx context.Context) {
	l.cancel()
	<-l.done
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.released {
		return
	}
	l.released = true
	l.held.Store(false)
	if l.conn == nil || l.conn.IsClosed() {
		return
	}
	if _, err := l.conn.Exec(ctx, "SELECT pg_advisory_unlock($1)", l.key); err != nil {
		l.log.Debug("single-writer lock: unlock failed; closing the session releases it", zap.Error(err))
	}
	_ = l.conn.Close(ctx) // closing the session releases whatever it still holds
}
