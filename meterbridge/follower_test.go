package meterbridge

import (
	"context"
	"crypto/ecdsa"
	"github.com/campus-grid/gridchain/chain/simtest"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap"

	"github.com/campus-grid/gridchain/bindings/registry"
)

// The follower against the real Registry bytecode on the simulated backend (behaviour only).
func TestFollowerTracksRegistryEvents(t *testing.T) {
	ctx := context.Background()
	govKey, _ := crypto.GenerateKey()
	gov := crypto.PubkeyToAddress(govKey.PublicKey)
	sim := simulated.NewBackend(types.GenesisAlloc{gov: {Balance: new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))}})
	t.Cleanup(func() { _ = sim.Close() })
	client := sim.Client()
	chainID, err := client.ChainID(ctx)
	require.NoError(t, err)
	opts := bind.NewKeyedTransactor(govKey, chainID)
	mine := func(tx *types.Transaction, err error) {
		t.Helper()
		require.NoError(t, err)
		sim.Commit()
		r, err := bind.WaitMined(ctx, client, tx.Hash())
		require.NoError(t, err)
		require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	}
	reg := registry.NewRegistry()
	addr, tx, err := bind.DeployContract(opts, common.FromHex(registry.RegistryMetaData.Bin), client, reg.PackConstructor(gov))
	mine(tx, err)
	c := reg.Instance(client, addr)
	registrar, err := bind.Call(c, nil, reg.PackREGISTRARROLE(), reg.UnpackREGISTRARROLE)
	require.NoError(t, err)
	mine(bind.Transact(c, opts, reg.PackGrantRole(registrar, gov)))
	owner := common.HexToAddress("0xa11ce")
	mine(bind.Transact(c, opts, reg.PackRegisterUser(owner, 1, "Engineering 3")))

	keys := make([]*ecdsa.PrivateKey, 3)
	for i := range keys {
		keys[i], _ = crypto.GenerateKey()
	}
	signer := func(i int) common.Address { return crypto.PubkeyToAddress(keys[i].PublicKey) }
	m1, m2 := common.HexToHash("0x01"), common.HexToHash("0x02")
	mine(bind.Transact(c, opts, reg.PackAssignMeter(m1, owner, signer(0))))
	mine(bind.Transact(c, opts, reg.PackAssignMeter(m2, owner, signer(1))))

	table := NewMeterTable()
	f := NewFollower(zap.NewNop(), client, RegistryConfig{Address: addr, PollInterval: 10 * time.Millisecond, MaxRange: 2}, table, NoopMetrics{})
	require.False(t, table.Ready())
	require.NoError(t, f.SyncOnce(ctx))
	require.True(t, table.Ready())
	got, ok := table.Meter(m1)
	require.True(t, ok)
	require.Equal(t, MeterInfo{Signer: signer(0), Owner: owner, Assignment: 1, AssignedAt: got.AssignedAt}, got)
	// assignedAt is the assignment's block timestamp, as the Registry records it.
	meter, err := bind.Call(c, nil, reg.PackGetMeter(m1), reg.UnpackGetMeter)
	require.NoError(t, err)
	require.Equal(t, meter.AssignedAt, got.AssignedAt)

	mine(bind.Transact(c, opts, reg.PackRotateMeterSigner(m1, signer(2))))
	mine(bind.Transact(c, opts, reg.PackUnassignMeter(m2)))
	require.NoError(t, f.SyncOnce(ctx))
	got, _ = table.Meter(m1)
	require.Equal(t, signer(2), got.Signer, "rotated key")
	_, ok = table.Meter(m2)
	require.False(t, ok, "unassigned meter")
	require.True(t, table.Known(m2), "its ended assignment is kept")

	// Reassigned: known again with the new assignment number.
	mine(bind.Transact(c, opts, reg.PackAssignMeter(m2, owner, signer(0))))
	runCtx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() { f.Run(runCtx); close(done) }()
	require.Eventually(t, func() bool {
		m, ok := table.Meter(m2)
		return ok && m.Assignment == 2 && m.Signer == signer(0)
	}, 10*time.Second, 10*time.Millisecond)
	cancel()
	<-done

	// Over every instant around the assignments' edges, the table names the assignment the
	// Registry's assignmentAt names (OracleClient credits a reading to it), with its last key.
	simtest.AdjustTime(t, sim, 100*time.Second)
	mine(bind.Transact(c, opts, reg.PackUnassignMeter(m2)))
	simtest.AdjustTime(t, sim, 100*time.Second)
	mine(bind.Transact(c, opts, reg.PackAssignMeter(m2, owner, signer(1))))
	mine(bind.Transact(c, opts, reg.PackRotateMeterSigner(m2, signer(2))))
	require.NoError(t, f.SyncOnce(ctx))
	head, err := client.BlockNumber(ctx)
	require.NoError(t, err)
	var instants []uint64 // every block time, and a second either side
	for n := uint64(0); n <= head; n++ {
		h, err := client.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
		require.NoError(t, err)
		instants = append(instants, h.Time-1, h.Time, h.Time+1)
	}
	seen := map[uint32]bool{}
	for _, at := range instants {
		want, err := bind.Call(c, nil, reg.PackAssignmentAt(m2, at), reg.UnpackAssignmentAt)
		require.NoError(t, err)
		seen[want.Number] = true
		got, ok := table.MeterAt(m2, at)
		if want.Number == 0 {
			require.False(t, ok, "t=%d: nobody held the meter", at)
			continue
		}
		require.True(t, ok, "t=%d: assignment %d", at, want.Number)
		require.Equal(t, MeterInfo{Signer: want.Signer, Owner: want.Owner, Assignment: want.Number, AssignedAt: want.AssignedAt}, got, "t=%d", at)
	}
	require.Equal(t, map[uint32]bool{0: true, 1: true, 2: true, 3: true}, seen, "before, between and in each of the three assignments")
}
