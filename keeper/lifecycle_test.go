package keeper

import (
	"context"
	"math/big"
	"net"
	"net/http"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap"

	kauto "github.com/campus-grid/gridchain/keeper/automation"
	"github.com/campus-grid/gridchain/txmgr"
	"github.com/campus-grid/gridchain/txmgr/txmgrtest"
)

// slowHeads answers HeaderByNumber only after its caller's context ended, and a moment later.
type slowHeads struct {
	*fakeMarket
	inflight atomic.Int32
}

func (s *slowHeads) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	s.inflight.Add(1)
	defer s.inflight.Add(-1)
	<-ctx.Done()
	time.Sleep(50 * time.Millisecond)
	return nil, ctx.Err()
}

func TestHeadSourceRunWaitsForItsGoroutines(t *testing.T) {
	chain := &slowHeads{fakeMarket: newFakeMarket(1000, 20, 2)}
	h := newHeadSource(chain, []string{"ws://127.0.0.1:1"}, time.Millisecond, zap.NewNop())
	ctx, cancel := context.WithCancel(context.Background())
	returned := make(chan struct{})
	go func() {
		h.run(ctx)
		close(returned)
	}()
	require.Eventually(t, func() bool { return chain.inflight.Load() == 1 }, 5*time.Second, time.Millisecond)
	cancel()
	<-returned
	require.Zero(t, chain.inflight.Load(), "the head poller was still running after run returned")
}

func TestServiceStopReleasesEverythingEvenWhenTheDriverHangs(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	s := &Service{log: zap.NewNop(), started: true, cancel: func() {}, done: make(chan struct{}), // a driver that never returns
		httpLn: ln, httpSrv: &http.Server{ReadHeaderTimeout: time.Second}}
	s.bg.Add(1)
	go func() {
		defer s.bg.Done()
		_ = s.httpSrv.Serve(ln)
	}()
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	require.ErrorIs(t, s.Stop(ctx), context.DeadlineExceeded, "the hung driver is reported")
	_, err = net.DialTimeout("tcp", ln.Addr().String(), time.Second)
	require.Error(t, err, "the HTTP listener is closed all the same")
	require.True(t, s.Stopped())
}

// TestPerformRecordedOnlyOnceFinal follows a perform through the real transaction manager with the
// keeper's default settings on a fake chain whose block with the perform is reorged out at depth 1.
func TestPerformRecordedOnlyOnceFinal(t *testing.T) {
	ctx := context.Background()
	cfg := DefaultConfig()
	chain := txmgrtest.NewChain(1337)
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	m, err := txmgr.New(cfg.TxMgr, chain, txmgr.NewMemoryStore(), txmgr.NewKeySigner(key), zap.NewNop(),
		txmgr.WithClock(txmgrtest.NewClock()))
	require.NoError(t, err)
	require.NoError(t, m.Start(ctx))
	t.Cleanup(func() { require.NoError(t, m.Stop(ctx)) })

	store := &MemoryStore{}
	d := &driver{keeperID: "k", store: store, metrics: NoopMetrics{}, log: zap.NewNop(), sender: txSender{m: m}}
	spec := UpkeepSpec{Upkeep: OracleClientUpkeep(chainTarget).Upkeep(), ClearAction: -1}
	d.addUpkeep(spec)
	r := d.runners[0]
	pd := []byte{1}
	rec := &PerformRecord{KeeperID: "k", Upkeep: spec.Upkeep, PerformData: pd, SendKey: sendKeyPrefix(spec.Upkeep, pd) + "/0",
		Outcome: OutcomeSent}
	pending, err := d.sender.Queue(ctx, candidateFor(chainTarget, pd, rec.SendKey))
	require.NoError(t, err)
	rec.TxID = pending.TxID()
	require.NoError(t, store.InsertPerform(ctx, rec))
	f := r.follow(ctx, rec, pending)
	included := make(chan bool, 1)
	go func() {
		more, err := r.awaitIncluded(ctx, f, true)
		assert.NoError(t, err)
		included <- more
	}()
	outcome := func() kauto.Outcome { return store.Snapshot()[0].Outcome }

	chain.Mine()
	require.NoError(t, m.Poll(ctx))
	select {
	case more := <-included:
		require.True(t, more, "in a block: the runner checks for the next work at once")
	case <-time.After(5 * time.Second):
		t.Fatal("the runner still waits for a perform that is in a block")
	}
	require.Equal(t, OutcomeSent, outcome(), "in a block, not final")

	// The block is replaced by a longer fork without the perform; the node lost it too.
	chain.Reorg(1)
	chain.DropPool()
	chain.MineEmpty()
	chain.MineEmpty()
	require.NoError(t, m.Poll(ctx))
	time.Sleep(50 * time.Millisecond)
	require.Equal(t, OutcomeSent, outcome(), "no performed record the chain does not have")

	// Re-broadcast by txmgr, mined again and followed to the depth.
	chain.Mine()
	for i := uint64(1); i < cfg.TxMgr.Confirmations; i++ {
		require.NoError(t, m.Poll(ctx))
		require.Equal(t, OutcomeSent, outcome(), "depth %d", i)
		chain.MineEmpty()
	}
	require.NoError(t, m.Poll(ctx))
	select {
	case <-f.final:
	case <-time.After(5 * time.Second):
		t.Fatal("perform not finished at the confirmation depth")
	}
	d.finalizers.Wait()
	got := store.Snapshot()[0]
	require.Equal(t, kauto.OutcomePerformed, got.Outcome)
	require.Equal(t, uint64(3), got.MinedBlock, "the block of the new fork")
	require.Len(t, chain.Included(), 1)
	require.Equal(t, got.TxHash, chain.Included()[0].Hash())
}

var chainTarget = common.HexToAddress("0x0c1e")
