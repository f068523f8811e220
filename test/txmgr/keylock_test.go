//go:build integration

package txmgr_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap"
	"go.uber.org/zap/zaptest"

	"github.com/campus-grid/gridchain/db"
	"github.com/campus-grid/gridchain/test/meterbridge/pgtmp"
	"github.com/campus-grid/gridchain/txmgr"
	"github.com/campus-grid/gridchain/txmgr/txmgrtest"
)

// TestPGStore_KeyLockAcrossRestart restarts a throwaway PostgreSQL cluster (never the shared one)
// under a held key lock.
func TestPGStore_KeyLockAcrossRestart(t *testing.T) {
	port, err := pgtmp.FreePort()
	require.NoError(t, err)
	cluster, err := pgtmp.New(filepath.Join(t.TempDir(), "pg"), port)
	require.NoError(t, err)
	t.Cleanup(func() { _ = cluster.Destroy() })
	ctx := context.Background()
	log := zaptest.NewLogger(t, zaptest.Level(zap.InfoLevel))
	open := func() *pgxpool.Pool {
		cfg := db.DefaultConfig()
		cfg.DSN, cfg.ConnectTimeout = cluster.DSN(), 2*time.Second
		pool, err := db.Open(ctx, cfg, log, txmgr.Migrations)
		require.NoError(t, err)
		t.Cleanup(pool.Close)
		return pool
	}
	restart := func() {
		require.NoError(t, cluster.Stop())
		require.NoError(t, cluster.Start())
	}
	// heldBySomeone asks the server whether any session holds an advisory lock.
	heldBySomeone := func() bool {
		conn, err := pgx.Connect(ctx, cluster.DSN())
		if err != nil {
			return false
		}
		defer conn.Close(ctx)
		var n int
		require.NoError(t, conn.QueryRow(ctx, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted").Scan(&n))
		return n > 0
	}

	t.Run("the owner takes its key back after a restart; a second owner is refused", func(t *testing.T) {
		from := txmgrtest.RandomAddress(t)
		storeA := txmgr.NewPGStore(open(), txmgr.WithLockLog(log), txmgr.WithLockOptions(db.WithCheckInterval(200*time.Millisecond)))
		lock, err := storeA.Lock(ctx, 7, from)
		require.NoError(t, err)
		defer lock.Release()
		restart()
		require.Eventually(t, heldBySomeone, 20*time.Second, 50*time.Millisecond, "the key lock is held again")
		// The second process starts after the restart.
		_, err = txmgr.NewPGStore(open()).Lock(ctx, 7, from)
		require.ErrorIs(t, err, txmgr.ErrKeyInUse, "a second process still cannot own the nonce")
		require.NoError(t, lock.Err())
	})

	t.Run("an owner whose key another process took during the restart loses it", func(t *testing.T) {
		from := txmgrtest.RandomAddress(t)
		// A slow check, so that the second process takes the key while the first one is cut off.
		storeA := txmgr.NewPGStore(open(), txmgr.WithLockLog(log), txmgr.WithLockOptions(db.WithCheckInterval(3*time.Second)))
		lock, err := storeA.Lock(ctx, 7, from)
		require.NoError(t, err)
		defer lock.Release()
		restart()
		storeB := txmgr.NewPGStore(open()) // a second process, started right after the restart
		var other txmgr.KeyLock
		require.Eventually(t, func() bool {
			other, err = storeB.Lock(ctx, 7, from)
			return err == nil
		}, 10*time.Second, 20*time.Millisecond, "the second process takes the key: %v", err)
		defer other.Release()
		select {
		case <-lock.Lost():
		case <-time.After(20 * time.Second):
			t.Fatal("the first owner did not notice")
		}
		require.ErrorIs(t, lock.Err(), db.ErrLockHeld)
		require.NoError(t, other.Err())
	})
}
