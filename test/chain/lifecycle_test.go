//go:build integration

package chain_test

import (
	"context"
	"math/big"
	"os"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"go.uber.org/zap"

	"github.com/campus-grid/gridchain/chain/devnet"
	"github.com/campus-grid/gridchain/test/harness"
)

func newDevnet(t *testing.T, n *harness.Net) *devnet.Devnet {
	t.Helper()
	d, err := devnet.New(n.Devnet, zap.NewNop())
	require.NoError(t, err)
	return d
}

func TestLifecycle_UpOnLiveDevnetChangesNothing(t *testing.T) {
	n := harness.Load(t)
	d := newDevnet(t, n)
	before, err := os.ReadFile(n.Devnet.ManifestPath())
	require.NoError(t, err)
	pids := make([]int, devnet.RPCNode+1) // the signers and the RPC node
	for i := range pids {
		pids[i], _ = n.Devnet.PID(i)
	}

	ctx := harness.Ctx(t, 2*time.Minute)
	require.NoError(t, d.Up(ctx))
	sent, err := d.Deploy(ctx)
	require.NoError(t, err)
	require.Zero(t, sent, "a second devnet-up sent transactions")

	after, err := os.ReadFile(n.Devnet.ManifestPath())
	require.NoError(t, err)
	require.Equal(t, string(before), string(after), "manifest changed")
	for i := range pids {
		pid, running := n.Devnet.PID(i)
		require.True(t, running)
		require.Equal(t, pids[i], pid, "node %d was restarted", i)
	}
}

// TestLifecycle_ResumesAfterReboot kills every node without a clean shutdown (as a power cut
// would), then runs devnet-up again: the same chain continues, nothing is redeployed.
func TestLifecycle_ResumesAfterReboot(t *testing.T) {
	n := harness.Load(t)
	t.Cleanup(func() { n.EnsureHealthy(t) })
	d := newDevnet(t, n)
	ctx := harness.Ctx(t, 3*time.Minute)
	manifestBefore, err := os.ReadFile(n.Devnet.ManifestPath())
	require.NoError(t, err)
	head, err := n.Client(t, 0).HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	// A block a few below the head: deep enough that no Clique reorg among the last sealed blocks
	// can replace it, so it must survive the reboot on every node.
	deep := new(big.Int).Sub(head.Number, big.NewInt(3))
	if deep.Sign() < 0 {
		deep.SetInt64(0)
	}
	before, err := n.Client(t, 0).HeaderByNumber(ctx, deep)
	require.NoError(t, err)

	for i := 0; i <= devnet.RPCNode; i++ {
		pid, running := n.Devnet.PID(i)
		require.True(t, running)
		require.NoError(t, syscall.Kill(pid, syscall.SIGKILL))
	}
	harness.WaitFor(t, 30*time.Second, "all nodes gone", func(context.Context) (bool, error) {
		for i := 0; i <= devnet.RPCNode; i++ {
			if n.Running(i) {
				return false, nil
			}
		}
		return true, nil
	})

	n.Reconnect()
	started := time.Now()
	require.NoError(t, d.Up(ctx))
	sent, err := d.Deploy(ctx)
	require.NoError(t, err)
	t.Logf("devnet up after a simulated reboot: %s", time.Since(started).Round(time.Millisecond))
	require.Zero(t, sent, "redeployed after a reboot")
	manifestAfter, err := os.ReadFile(n.Devnet.ManifestPath())
	require.NoError(t, err)
	require.Equal(t, string(manifestBefore), string(manifestAfter))

	// The same chain: that block is still canonical on every node, and blocks keep coming.
	for i := 0; i < n.Nodes(); i++ {
		h, err := n.Client(t, i).HeaderByNumber(ctx, deep)
		require.NoError(t, err)
		require.Equal(t, before.Hash(), h.Hash(), "node %d lost block %d", i, deep)
	}
	h, err := n.RPC(t).HeaderByNumber(ctx, deep)
	require.NoError(t, err)
	require.Equal(t, before.Hash(), h.Hash(), "the RPC node lost block %d", deep)
	n.WaitBlocks(t, 0, 3, time.Duration(8*n.Devnet.Period+20)*time.Second)
	code, err := n.Client(t, 0).CodeAt(ctx, n.Manifest.Contracts["Registry"], nil)
	require.NoError(t, err)
	require.NotEmpty(t, code)
}
