//go:build integration

// Package chain_test runs on the shared devnet (`make devnet-up`): boot and rotation, the
// deployed contracts, faults, signer governance and endpoint hardening. Every test leaves all
// four signers running and in rotation for the suites that follow.
package chain_test

import (
	"context"
	"math/big"
	"sort"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/campus-grid/gridchain/chain/devnet"
	"github.com/campus-grid/gridchain/test/harness"
)

func TestBoot_FourSignersPeerAndTakeTurns(t *testing.T) {
	n := harness.Load(t)
	require.Equal(t, 4, n.Nodes())
	require.EqualValues(t, 62831, n.Manifest.ChainID)

	for i, node := range n.Manifest.Nodes {
		require.True(t, n.Running(i), "%s is not running", node.Name)
		peers, err := n.Devnet.PeerCount(harness.Ctx(t, 10*time.Second), i)
		require.NoError(t, err)
		require.Equal(t, 4, peers, "%s peers with the other three signers and the RPC node", node.Name)

		id, err := n.Client(t, i).ChainID(harness.Ctx(t, 10*time.Second))
		require.NoError(t, err)
		require.EqualValues(t, n.Manifest.ChainID, id.Uint64())
	}

	want := n.Signers()
	sort.Slice(want, func(a, b int) bool { return want[a].Cmp(want[b]) < 0 })
	require.Equal(t, want, n.CliqueSigners(t, 0), "clique_getSigners")

	ctx := harness.Ctx(t, 60*time.Second)
	seen, err := devnet.WaitRotation(ctx, n.Client(t, 0), n.Signers())
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(seen), 4)

	// Clique's spam rule: with four signers none seals twice within three consecutive blocks.
	recent, head, err := devnet.RecentSigners(ctx, n.Client(t, 0), 16)
	require.NoError(t, err)
	for k := 0; k+2 < len(recent); k++ {
		window := map[common.Address]bool{recent[k]: true, recent[k+1]: true, recent[k+2]: true}
		require.Len(t, window, 3, "a signer sealed twice in three blocks below %d", head.Number)
	}
	require.EqualValues(t, devnet.DefaultGasLimit, head.GasLimit, "block gas limit")
	require.NotNil(t, head.BaseFee, "London rules (base fee)")

	// Blocks keep coming at the configured period.
	n.WaitBlocks(t, 0, 3, time.Duration(6*n.Devnet.Period+10)*time.Second)
	start := head.Number.Uint64()
	end := n.Head(t, 0)
	first, err := n.Client(t, 0).HeaderByNumber(ctx, new(big.Int).SetUint64(start))
	require.NoError(t, err)
	last, err := n.Client(t, 0).HeaderByNumber(ctx, new(big.Int).SetUint64(end))
	require.NoError(t, err)
	interval := float64(last.Time-first.Time) / float64(end-start)
	require.InDelta(t, float64(n.Devnet.Period), interval, 1.0, "mean block interval")
}

// waitHeadStill waits until node i's head has not moved for still, and returns it.
func waitHeadStill(t *testing.T, n *harness.Net, i int, still, timeout time.Duration) uint64 {
	t.Helper()
	var last uint64
	var since time.Time
	harness.WaitFor(t, timeout, "block production halting", func(ctx context.Context) (bool, error) {
		h, err := n.Client(t, i).BlockNumber(ctx)
		if err != nil {
			return false, err
		}
		if h != last || since.IsZero() {
			last, since = h, time.Now()
			return false, nil
		}
		return time.Since(since) >= still, nil
	})
	return last
}
