//go:build integration

package chain_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/campus-grid/gridchain/chain/devnet"
	"github.com/campus-grid/gridchain/test/harness"
)

// propose casts node i's clique vote for (authorize) or against a signer.
func propose(t *testing.T, n *harness.Net, i int, signer common.Address, authorize bool) {
	t.Helper()
	require.NoError(t, n.IPC(t, i).CallContext(harness.Ctx(t, 10*time.Second), nil, "clique_propose", signer, authorize))
}

func discard(t *testing.T, n *harness.Net, i int, signer common.Address) {
	t.Helper()
	require.NoError(t, n.IPC(t, i).CallContext(harness.Ctx(t, 10*time.Second), nil, "clique_discard", signer))
}

func waitSignerCount(t *testing.T, n *harness.Net, want int, timeout time.Duration) {
	t.Helper()
	harness.WaitFor(t, timeout, "signer set reaching the voted size", func(ctx context.Context) (bool, error) {
		var signers []common.Address
		if err := n.IPC(t, 0).CallContext(ctx, &signers, "clique_getSigners", nil); err != nil {
			return false, err
		}
		return len(signers) == want, nil
	})
}

func TestGovernance_VoteSignerOutAndBackIn(t *testing.T) {
	n := harness.Load(t)
	period := time.Duration(n.Devnet.Period) * time.Second
	const egat = 3
	target := n.Signers()[egat]
	t.Cleanup(func() {
		// Whatever happened, vote EGAT back in before handing the devnet on.
		if len(n.CliqueSigners(t, 0)) < n.Nodes() {
			for i := 0; i < egat; i++ {
				propose(t, n, i, target, true)
			}
			waitSignerCount(t, n, n.Nodes(), 60*time.Second)
		}
		n.EnsureHealthy(t)
	})

	// Three of the four authorities vote EGAT out (a strict majority of four).
	for i := 0; i < 3; i++ {
		propose(t, n, i, target, false)
	}
	waitSignerCount(t, n, 3, 20*period+30*time.Second)
	signers := n.CliqueSigners(t, 0)
	require.NotContains(t, signers, target)
	for i := 0; i < 3; i++ {
		discard(t, n, i, target)
	}

	// The chain goes on with three; EGAT's node follows but no longer seals.
	from := n.Head(t, 0) + 1
	n.WaitBlocks(t, 0, 6, 12*period+20*time.Second)
	sealed := signersBetween(t, n, 0, from, n.Head(t, 0))
	require.NotContains(t, sealed, target)
	require.Len(t, sealed, 3)
	harness.WaitFor(t, 30*time.Second, "EGAT following the chain", func(ctx context.Context) (bool, error) {
		h, err := n.Client(t, egat).BlockNumber(ctx)
		return h >= from+5, err
	})

	// Two of the remaining three (a strict majority of three) vote it back in.
	for i := 0; i < 2; i++ {
		propose(t, n, i, target, true)
	}
	waitSignerCount(t, n, 4, 20*period+30*time.Second)
	require.True(t, slices.Contains(n.CliqueSigners(t, 2), target), "PEA sees EGAT authorised")
	for i := 0; i < 2; i++ {
		discard(t, n, i, target)
	}
	_, err := devnet.WaitRotation(harness.Ctx(t, 60*time.Second), n.Client(t, 0), n.Signers())
	require.NoError(t, err, "EGAT seals again")
}
