//go:build integration

// Package txmgr_test runs the transaction manager's PostgreSQL store and the db migration runner
// against the project-local PostgreSQL (`make pg-up`; PG_DSN).
package txmgr_test

import (
	"context"
	"fmt"
	"os"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap"
	"go.uber.org/zap/zaptest"

	"github.com/campus-grid/gridchain/db"
	"github.com/campus-grid/gridchain/txmgr"
	"github.com/campus-grid/gridchain/txmgr/txmgrtest"
)

func dsn(t *testing.T) string {
	t.Helper()
	v := os.Getenv("PG_DSN")
	if v == "" {
		t.Skip("PG_DSN not set: run `make test-txmgr` (it starts the project-local PostgreSQL)")
	}
	return v
}

func openPool(t *testing.T, migrations ...db.Migrations) *pgxpool.Pool {
	t.Helper()
	cfg := db.DefaultConfig()
	cfg.DSN = dsn(t)
	pool, err := db.Open(context.Background(), cfg, zaptest.NewLogger(t, zaptest.Level(zap.WarnLevel)), migrations...)
	require.NoError(t, err)
	t.Cleanup(pool.Close)
	return pool
}

func TestPGStore(t *testing.T) {
	pool := openPool(t, txmgr.Migrations)
	txmgrtest.StoreSuite(t, func(*testing.T) txmgr.Store { return txmgr.NewPGStore(pool) })
}

func TestPGStore_KeyLockSpansPools(t *testing.T) {
	a := txmgr.NewPGStore(openPool(t, txmgr.Migrations))
	b := txmgr.NewPGStore(openPool(t, txmgr.Migrations))
	from := txmgrtest.RandomAddress(t)
	unlock, err := a.Lock(context.Background(), 7, from)
	require.NoError(t, err)
	_, err = b.Lock(context.Background(), 7, from)
	require.ErrorIs(t, err, txmgr.ErrKeyInUse, "a second process cannot own the same nonce")
	unlock.Release()
	unlockB, err := b.Lock(context.Background(), 7, from)
	require.NoError(t, err)
	unlockB.Release()
}

func TestMigrate_ConcurrentStartsApplyOnce(t *testing.T) {
	ctx := context.Background()
	component := fmt.Sprintf("itest_%d", time.Now().UnixNano())
	table := component + "_t"
	m := db.Migrations{Component: component, Dir: "m", FS: fstest.MapFS{
		"m/0001_init.sql": {Data: []byte("CREATE TABLE " + table + " (id INT PRIMARY KEY)")},
		// Fails if it runs twice.
		"m/0002_seed.sql": {Data: []byte("INSERT INTO " + table + " VALUES (1)")},
	}}
	admin := openPool(t)
	t.Cleanup(func() {
		_, _ = admin.Exec(ctx, "DROP TABLE IF EXISTS "+table)
		_, _ = admin.Exec(ctx, "DELETE FROM schema_migrations WHERE component = $1", component)
	})

	const processes = 6
	var wg sync.WaitGroup
	errs := make(chan error, processes)
	for i := 0; i < processes; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cfg := db.DefaultConfig()
			cfg.DSN = dsn(t)
			pool, err := db.Open(ctx, cfg, zap.NewNop(), m)
			if err == nil {
				pool.Close()
			}
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		require.NoError(t, err)
	}
	var applied, rows int
	require.NoError(t, admin.QueryRow(ctx, "SELECT count(*) FROM schema_migrations WHERE component = $1", component).Scan(&applied))
	require.Equal(t, 2, applied)
	require.NoError(t, admin.QueryRow(ctx, "SELECT count(*) FROM "+table).Scan(&rows))
	require.Equal(t, 1, rows, "each migration ran exactly once")

	edited := db.Migrations{Component: component, Dir: "m", FS: fstest.MapFS{
		"m/0001_init.sql": {Data: []byte("CREATE TABLE " + table + " (id BIGINT PRIMARY KEY)")},
		"m/0002_seed.sql": m.FS.(fstest.MapFS)["m/0002_seed.sql"],
	}}
	require.ErrorIs(t, db.Migrate(ctx, admin, edited, zap.NewNop()), db.ErrMigrationChanged)
}

func TestOpen_UnreachableDatabaseSaysWhere(t *testing.T) {
	cfg := db.DefaultConfig()
	cfg.DSN = "postgres://gridchain:gridchain@127.0.0.1:1/gridchain?sslmode=disable"
	cfg.ConnectTimeout = 2 * time.Second
	_, err := db.Open(context.Background(), cfg, zap.NewNop())
	require.ErrorContains(t, err, "127.0.0.1:1")
}

// TestManager_RestartFromPostgres: a manager records transactions, "crashes" (its pool is closed
// without confirming anything), the node loses its txpool, and a new process with a new pool
// re-broadcasts exactly the recorded transactions and goes on with the next nonce.
func TestManager_RestartFromPostgres(t *testing.T) {
	ctx := context.Background()
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	signer := txmgr.NewKeySigner(key)
	chain := txmgrtest.NewChain(time.Now().UnixNano() % 1_000_000_000)
	cfg := txmgr.DefaultConfig()
	cfg.Confirmations = 2
	log := zaptest.NewLogger(t, zaptest.Level(zap.WarnLevel))
	to := common.HexToAddress("0x00000000000000000000000000000000000000aa")

	pool1 := openPool(t, txmgr.Migrations)
	m1, err := txmgr.New(cfg, chain, txmgr.NewPGStore(pool1), signer, log, txmgr.WithClock(txmgrtest.NewClock()))
	require.NoError(t, err)
	require.NoError(t, m1.Start(ctx))
	var sent []common.Hash
	for i := 0; i < 3; i++ {
		h, err := m1.Queue(ctx, txmgr.Candidate{To: &to, Data: []byte{byte(i)}, Label: "restart", Key: fmt.Sprintf("job-%d", i)})
		require.NoError(t, err)
		require.Equal(t, uint64(i), h.Nonce)
		tx, err := m1.Tx(ctx, h.ID)
		require.NoError(t, err)
		sent = append(sent, tx.Latest().Hash)
	}
	require.NoError(t, m1.Stop(ctx))
	pool1.Close()
	chain.DropPool()

	pool2 := openPool(t, txmgr.Migrations)
	m2, err := txmgr.New(cfg, chain, txmgr.NewPGStore(pool2), signer, log, txmgr.WithClock(txmgrtest.NewClock()))
	require.NoError(t, err)
	require.NoError(t, m2.Start(ctx))
	t.Cleanup(func() { _ = m2.Stop(ctx) })
	pooled := chain.Pooled(signer.Address())
	require.Len(t, pooled, 3)
	for i, tx := range pooled {
		require.Equal(t, sent[i], tx.Hash(), "nonce %d re-broadcast as recorded", i)
	}
	again, err := m2.Queue(ctx, txmgr.Candidate{To: &to, Data: []byte{1}, Label: "restart", Key: "job-1"})
	require.NoError(t, err)
	require.Equal(t, uint64(1), again.Nonce, "the idempotency key survives the restart: no duplicate")
	next, err := m2.Queue(ctx, txmgr.Candidate{To: &to, Label: "restart"})
	require.NoError(t, err)
	require.Equal(t, uint64(3), next.Nonce, "no gap")

	chain.MineN(2)
	require.NoError(t, m2.Poll(ctx))
	rcpt, err := next.Wait(ctx)
	require.NoError(t, err)
	require.Equal(t, uint64(1), rcpt.Status)
	rcpt, err = again.Wait(ctx)
	require.NoError(t, err)
	require.Equal(t, sent[1], rcpt.TxHash)
	require.Len(t, chain.Included(), 4)
	require.Equal(t, 0, m2.InFlight())
}
