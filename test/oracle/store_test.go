//go:build integration

package oracle_test

import (
	"context"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap/zaptest"

	"github.com/campus-grid/gridchain/db"
	"github.com/campus-grid/gridchain/oracle"
	"github.com/campus-grid/gridchain/oracle/oracletest"
	"github.com/campus-grid/gridchain/txmgr"
)

func dsn() string {
	if d := os.Getenv("PG_DSN"); d != "" {
		return d
	}
	return db.DefaultDSN
}

func openPool(t *testing.T) *pgxpool.Pool {
	t.Helper()
	cfg := db.DefaultConfig()
	cfg.DSN = dsn()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	pool, err := db.Open(ctx, cfg, zaptest.NewLogger(t), txmgr.Migrations, oracle.Migrations)
	require.NoError(t, err, "PostgreSQL: run `make pg-up`")
	t.Cleanup(pool.Close)
	return pool
}

// The driver's behaviour suite (cursor, batching, crash resume, reorgs, racing relayers,
// requests) with the PostgreSQL store: every state change goes through the real schema.
func TestDriverSuite_PostgreSQL(t *testing.T) {
	pool := openPool(t)
	run := time.Now().UnixNano()
	oracletest.RunDriverSuite(t, func(t *testing.T, name string) oracle.Store {
		return oracle.NewPGStore(pool, fmt.Sprintf("suite-%d-%s-%s", run, t.Name(), name))
	})
}

// A restarted process sees exactly what the first one wrote.
func TestPGStore_SurvivesReopen(t *testing.T) {
	pool := openPool(t)
	ctx := context.Background()
	name := fmt.Sprintf("reopen-%d", time.Now().UnixNano())
	st := oracle.NewPGStore(pool, name)
	rs := []oracle.Reading{{BridgeID: 7}, {BridgeID: 9}}
	for i := range rs {
		rs[i].Signature = make([]byte, 65)
		rs[i].Seq = uint64(i + 1)
		rs[i].IntervalStart, rs[i].IntervalEnd = 10, uint64(20+i)
	}
	require.NoError(t, st.AddReadings(ctx, rs, 9))
	sub := &oracle.Submission{Kind: oracle.KindReadings, Data: []byte{1, 2, 3}, ReadingIDs: []int64{7, 9}}
	require.NoError(t, st.RecordSubmission(ctx, sub, "oracle/"+name+"/"))
	require.Equal(t, fmt.Sprintf("oracle/%s/%d", name, sub.ID), sub.Key)

	other := oracle.NewPGStore(pool, name) // the next process
	cur, ok, err := other.Cursor(ctx, oracle.CursorBridge)
	require.NoError(t, err)
	require.True(t, ok)
	require.Equal(t, int64(9), cur)
	open, err := other.OpenSubmissions(ctx)
	require.NoError(t, err)
	require.Len(t, open, 1)
	require.Equal(t, sub.Key, open[0].Key)
	require.Equal(t, []int64{7, 9}, open[0].ReadingIDs)
	require.Equal(t, []byte{1, 2, 3}, open[0].Data)
	st2, err := other.Stats(ctx)
	require.NoError(t, err)
	require.Equal(t, 2, st2.Submitted)

	// Another relayer sharing the database sees none of it.
	stranger := oracle.NewPGStore(pool, name+"-b")
	_, ok, err = stranger.Cursor(ctx, oracle.CursorBridge)
	require.NoError(t, err)
	require.False(t, ok)
}
