//go:build integration

package oracle_test

import (
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/campus-grid/gridchain/bindings/registry"
	"github.com/campus-grid/gridchain/metersim"
	"github.com/campus-grid/gridchain/reading"
	"github.com/campus-grid/gridchain/test/oracle/oracleit"
)

// A reading metered while the meter was assigned reaches meterbridge only after the meter was
// unassigned and given, with a new key, to another owner (who has already posted a reading).
// meterbridge accepts it against the old assignment, the relayer sends it, and OracleClient mints
// its energy to the old owner; the new owner gets nothing of it.
func TestRelay_LateReadingMintsToTheOldOwner(t *testing.T) {
	r := newRelayEnv(t, 1)
	p := r.relayer("late", r.keyFile, "")
	defer stop(t, p)
	r.post(2, 5, 10) // the baseline and one reading
	r.waitSettled(3 * time.Minute)

	late, err := r.campus.Rounds(1, 5) // metered now, delivered after the unassignment
	require.NoError(t, err)
	id := late[0].MeterID
	for uint64(time.Now().Unix()) <= late[0].IntervalEnd+1 {
		time.Sleep(200 * time.Millisecond)
	}
	key, err := r.env.Key("registrar")
	require.NoError(t, err)
	h, err := r.env.NewSender(key).Send(r.ctx, r.env.Registry, registry.NewRegistry().PackUnassignMeter(id), nil)
	require.NoError(t, err)
	_, err = r.env.Wait(r.ctx, h)
	require.NoError(t, err)
	newKey, err := crypto.GenerateKey()
	require.NoError(t, err)
	newOwners, err := r.env.Register(r.ctx, map[common.Hash]common.Address{id: crypto.PubkeyToAddress(newKey.PublicKey)})
	require.NoError(t, err)
	newOwner := newOwners[id]

	// The new owner's first reading, accepted once meterbridge's follower has seen the new
	// assignment. (Its seq could start again at 1; oracleit counts applied readings by meter and
	// seq only, so it takes one the campus never used.)
	now := uint64(time.Now().Unix())
	first, err := reading.NewDomain(r.env.ChainID.Uint64(), r.env.Registry).Sign(
		&reading.Reading{MeterID: id, Seq: 1000, IntervalStart: now + 2, IntervalEnd: now + 7, ExportWh: 5, ImportWh: 5}, newKey)
	require.NoError(t, err)
	body, err := metersim.EncodeBatch([]reading.Signed{*first})
	require.NoError(t, err)
	client := metersim.NewClient(r.bridge.URL, r.bridge.HeadToken, 1, false)
	require.NoError(t, oracleit.Poll(r.ctx, time.Minute, 200*time.Millisecond, "new owner's reading accepted",
		func(ctx context.Context) (bool, error) { _, err := client.PostBody(ctx, body); return err == nil, nil }))

	// The late reading: refused before meterbridge kept ended assignments.
	require.NoError(t, r.campus.Post(r.ctx, r.bridge, late, 1))
	r.waitSettled(3 * time.Minute) // the old owner holds every reading's GRID, each applied once
	bal, err := r.env.Balance(r.ctx, newOwner)
	require.NoError(t, err)
	require.Zero(t, bal.Sign(), "the new owner's first reading is a baseline, and the late one is not theirs")
}
