//go:build integration

package meterbridge_test

import (
	"context"
	"crypto/ecdsa"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap"
	"go.uber.org/zap/zaptest"

	"github.com/campus-grid/gridchain/db"
	"github.com/campus-grid/gridchain/meterbridge"
	"github.com/campus-grid/gridchain/meterbridge/store"
	"github.com/campus-grid/gridchain/reading"
)

// A meter is unassigned and given to another owner; a reading metered under the first assignment
// arrives afterwards. On real PostgreSQL it is checked against the first assignment's key and
// counters, stored under that assignment, served after the newer readings in commit order, and
// still recognised after a restart (cold cache); a reading metered while nobody held the meter is
// refused and nothing of its batch is stored.
func TestLateReadingOfEndedAssignmentIsStoredAndServed(t *testing.T) {
	ctx := context.Background()
	pool, err := db.Open(ctx, db.Config{DSN: newDB(t), MaxConns: 4, ConnectTimeout: 5 * time.Second},
		zaptest.NewLogger(t, zaptest.Level(zap.WarnLevel)), store.Migrations)
	require.NoError(t, err)
	t.Cleanup(pool.Close)
	st := store.New(pool)

	oldKey, _ := crypto.GenerateKey()
	newKey, _ := crypto.GenerateKey()
	addr := func(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }
	var id common.Hash
	copy(id[:], "IT-LATE-READING")
	base := uint64(time.Now().Add(-10 * 24 * time.Hour).Unix())
	table := meterbridge.NewMeterTable()
	table.Assign(id, meterbridge.MeterInfo{Signer: addr(oldKey), Owner: common.HexToAddress("0xa11ce"), Assignment: 1, AssignedAt: base})
	table.SetReady(true)
	cfg := meterbridge.IngestConfig{MaxBatch: 100, MaxClockSkew: time.Minute, MaxInterval: 24 * time.Hour}
	newIngester := func() *meterbridge.Ingester {
		maxID, err := st.MaxID(ctx)
		require.NoError(t, err)
		return meterbridge.NewIngester(cfg, domain, table, st, nil, maxID)
	}
	in := newIngester()
	rd := func(key *ecdsa.PrivateKey, seq, end, exp uint64) reading.Signed {
		return sign(t, key, reading.Reading{MeterID: id, Seq: seq, IntervalStart: end - 900, IntervalEnd: end, ExportWh: exp, ImportWh: 7})
	}
	ingest := func(batch ...reading.Signed) meterbridge.Outcome {
		t.Helper()
		out, err := in.Ingest(ctx, "it", batch)
		require.NoError(t, err)
		return out
	}

	require.Equal(t, 3, ingest(rd(oldKey, 1, base+900, 100), rd(oldKey, 2, base+1800, 200), rd(oldKey, 3, base+2700, 300)).Accepted)
	// Reading 4 (ending at base+3600) is metered; the meter is unassigned at base+3900 and given,
	// with a new key, to another owner at base+4500, whose seq and counters start again.
	table.Unassign(id, base+3900)
	table.Assign(id, meterbridge.MeterInfo{Signer: addr(newKey), Owner: common.HexToAddress("0xb0b"), Assignment: 2, AssignedAt: base + 4500})
	require.Equal(t, 2, ingest(rd(newKey, 1, base+5400, 10), rd(newKey, 2, base+6300, 20)).Accepted)

	late := rd(oldKey, 4, base+3600, 400)
	out := ingest(late)
	require.Equal(t, 1, out.Accepted, "%+v", out.Results)
	lateID := out.Results[0].ID

	out = ingest(rd(oldKey, 5, base+4200, 500), rd(newKey, 3, base+7200, 30))
	require.Equal(t, 1, out.Rejected, "metered while nobody held the meter")
	require.Equal(t, meterbridge.CodeNoAssignment, out.FirstReject.Code)

	// Served in commit order: the late reading after the new owner's, under its own assignment.
	rows, err := st.After(ctx, 0, lateID, 100)
	require.NoError(t, err)
	require.Len(t, rows, 6)
	got := rows[len(rows)-1]
	require.Equal(t, late.Reading, got.Signed.Reading)
	require.Equal(t, uint32(1), got.Assignment)
	require.Equal(t, addr(oldKey), got.Signer)
	require.Equal(t, uint32(2), rows[3].Assignment)

	// After a restart (cold cache), the counters of each assignment come from the database.
	in = newIngester()
	out = ingest(late, rd(newKey, 2, base+6300, 20))
	require.Equal(t, 2, out.Duplicates, "%+v", out.Results)
	out = ingest(rd(oldKey, 5, base+3900, 350))
	require.Equal(t, meterbridge.CodeCounterRegression, out.FirstReject.Code, "below the first assignment's seq 4")
	out = ingest(rd(newKey, 3, base+7200, 15))
	require.Equal(t, meterbridge.CodeCounterRegression, out.FirstReject.Code, "below the second assignment's seq 2")
	require.Equal(t, 1, ingest(rd(newKey, 3, base+7200, 30)).Accepted)

	latest, err := st.LatestRow(ctx, id)
	require.NoError(t, err)
	require.Equal(t, uint32(2), latest.Assignment)
	require.Equal(t, uint64(3), latest.Signed.Seq)
	byMeter, err := st.ByMeter(ctx, id, 0, base+10_000, 100)
	require.NoError(t, err)
	var seqs []uint64
	for _, r := range byMeter {
		seqs = append(seqs, r.Signed.Seq)
	}
	require.Equal(t, []uint64{1, 2, 3, 4, 1, 2, 3}, seqs, "oldest first: by assignment, then seq")
}
