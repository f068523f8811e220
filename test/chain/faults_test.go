//go:build integration

package chain_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/campus-grid/gridchain/chain/devnet"
	"github.com/campus-grid/gridchain/test/harness"
)

func TestFaults_OneDownContinuesTwoDownHaltsAndResumes(t *testing.T) {
	n := harness.Load(t)
	t.Cleanup(func() { n.EnsureHealthy(t) })
	period := time.Duration(n.Devnet.Period) * time.Second
	const egat, pea = 3, 2

	// One signer down: the other three keep sealing, and only they do.
	n.StopNode(t, egat)
	from := n.Head(t, 0)
	n.WaitBlocks(t, 0, 6, 12*period+20*time.Second)
	signers := signersBetween(t, n, 0, from+1, n.Head(t, 0))
	require.NotContains(t, signers, n.Signers()[egat])
	require.Len(t, signers, 3, "the three remaining signers take turns")

	// Two down: no majority of signers can seal; production halts within two blocks.
	n.StopNode(t, pea)
	halted := waitHeadStill(t, n, 0, 5*period+2*time.Second, 60*time.Second)
	require.Equal(t, halted, n.Head(t, 1), "the two live nodes agree on the halted head")

	// Transactions sent during the halt wait in the pools of both live nodes.
	user, payee := n.Manifest.Demo[2], n.Manifest.Demo[3]
	key := n.Key(t, user.Name)
	ctx := harness.Ctx(t, 2*time.Minute)
	nonce, err := n.Client(t, 0).PendingNonceAt(ctx, user.Address)
	require.NoError(t, err)
	head, err := n.Client(t, 0).HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(4)), big.NewInt(2e9))
	const haltTxs = 30
	var hashes []common.Hash
	for k := 0; k < haltTxs; k++ {
		tx, err := types.SignNewTx(key, types.LatestSignerForChainID(n.ChainID()), &types.DynamicFeeTx{
			ChainID: n.ChainID(), Nonce: nonce + uint64(k), GasTipCap: big.NewInt(2e9), GasFeeCap: feeCap,
			Gas: 21000, To: &payee.Address, Value: big.NewInt(int64(1e12 + k)),
		})
		require.NoError(t, err)
		require.NoError(t, n.Client(t, k%2).SendTransaction(ctx, tx), "tx %d", k) // alternate live nodes
		hashes = append(hashes, tx.Hash())
	}
	// Half were sent to the other node: wait until gossip has brought them all into node 0's pool.
	harness.WaitFor(t, 30*time.Second, "txpool holds the halted transactions", func(ctx context.Context) (bool, error) {
		var pool struct{ Pending, Queued string }
		if err := n.IPC(t, 0).CallContext(ctx, &pool, "txpool_status"); err != nil {
			return false, err
		}
		pending, err := hexutil.DecodeUint64(pool.Pending)
		return pending >= haltTxs, err
	})
	require.Equal(t, halted, n.Head(t, 0), "still halted after sending")

	// One signer returns: production resumes and every transaction sent during the halt is mined.
	n.StartNode(t, pea)
	for _, h := range hashes {
		r := n.WaitReceipt(t, 0, h, 12*period+30*time.Second)
		require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
		require.Greater(t, r.BlockNumber.Uint64(), halted)
	}

	// The last one returns; all four converge on one chain and take turns again.
	n.StartNode(t, egat)
	n.WaitSynced(t, 60*time.Second)
	_, err = devnet.WaitRotation(harness.Ctx(t, 60*time.Second), n.Client(t, 0), n.Signers())
	require.NoError(t, err)
	for _, h := range hashes {
		r, err := n.Client(t, egat).TransactionReceipt(harness.Ctx(t, 10*time.Second), h)
		require.NoError(t, err, "the returning node has the halted transactions")
		require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	}
}

func TestFaults_RestartEachSignerInTurn(t *testing.T) {
	n := harness.Load(t)
	t.Cleanup(func() { n.EnsureHealthy(t) })
	period := time.Duration(n.Devnet.Period) * time.Second
	for i, node := range n.Manifest.Nodes {
		other := (i + 1) % n.Nodes()
		n.StopNode(t, i)
		n.WaitBlocks(t, other, 2, 6*period+20*time.Second) // three signers carry on
		n.StartNode(t, i)
		target := n.Head(t, other)
		harness.WaitFor(t, 60*time.Second, node.Name+" catching up", func(ctx context.Context) (bool, error) {
			h, err := n.Client(t, i).BlockNumber(ctx)
			return h >= target, err
		})
	}
	n.WaitSynced(t, 60*time.Second)
	_, err := devnet.WaitRotation(harness.Ctx(t, 60*time.Second), n.Client(t, 0), n.Signers())
	require.NoError(t, err)
}

// signersBetween lists the distinct signers of blocks [from, to] on node i.
func signersBetween(t *testing.T, n *harness.Net, i int, from, to uint64) []common.Address {
	t.Helper()
	ctx := harness.Ctx(t, 30*time.Second)
	seen := map[common.Address]bool{}
	var out []common.Address
	for b := from; b <= to; b++ {
		h, err := n.Client(t, i).HeaderByNumber(ctx, new(big.Int).SetUint64(b))
		require.NoError(t, err)
		s, err := devnet.BlockSigner(h)
		require.NoError(t, err)
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}
