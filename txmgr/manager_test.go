package txmgr_test

import (
	"context"
	"errors"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap"
	"go.uber.org/zap/zaptest"

	"github.com/campus-grid/gridchain/bindings/registry"
	"github.com/campus-grid/gridchain/txmgr"
	"github.com/campus-grid/gridchain/txmgr/txmgrtest"
)

const testChainID = 1337

type callMsg = ethereum.CallMsg

type testEnv struct {
	t      *testing.T
	chain  *txmgrtest.Chain
	clock  *txmgrtest.Clock
	store  txmgr.Store
	signer *txmgr.KeySigner
	cfg    txmgr.Config
	log    *zap.Logger
}

func newTestEnv(t *testing.T) *testEnv {
	t.Helper()
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	cfg := txmgr.DefaultConfig()
	cfg.Confirmations = 3
	return &testEnv{
		t: t, chain: txmgrtest.NewChain(testChainID), clock: txmgrtest.NewClock(), store: txmgr.NewMemoryStore(),
		signer: txmgr.NewKeySigner(key), cfg: cfg, log: zaptest.NewLogger(t, zaptest.Level(zap.WarnLevel)),
	}
}

// start builds and starts a manager; it is stopped when the test ends.
func (e *testEnv) start() *txmgr.Manager {
	e.t.Helper()
	m, err := txmgr.New(e.cfg, e.chain, e.store, e.signer, e.log, txmgr.WithClock(e.clock),
		txmgr.WithErrorDecoder(txmgr.MustErrorDecoder(&registry.RegistryMetaData)))
	require.NoError(e.t, err)
	require.NoError(e.t, m.Start(context.Background()))
	e.t.Cleanup(func() { require.NoError(e.t, m.Stop(context.Background())) })
	return m
}

func (e *testEnv) poll(m *txmgr.Manager) {
	e.t.Helper()
	require.NoError(e.t, m.Poll(context.Background()))
}

// confirm mines n blocks and runs a monitoring pass.
func (e *testEnv) confirm(m *txmgr.Manager, n int) {
	e.t.Helper()
	e.chain.MineN(n)
	e.poll(m)
}

func candidate(label string) txmgr.Candidate {
	to := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	return txmgr.Candidate{To: &to, Data: []byte(label), Label: label}
}

func done(h *txmgr.Handle) bool {
	select {
	case <-h.Done():
		return true
	default:
		return false
	}
}

func result(t *testing.T, h *txmgr.Handle) (*types.Receipt, error) {
	t.Helper()
	require.True(t, done(h), "transaction nonce %d is not finished", h.Nonce)
	return h.Wait(context.Background())
}

func TestSend_WaitsForConfirmationDepth(t *testing.T) {
	e := newTestEnv(t)
	m := e.start()
	h, err := m.Queue(context.Background(), candidate("hello"))
	require.NoError(t, err)
	require.Equal(t, uint64(0), h.Nonce)

	e.confirm(m, 1)
	require.False(t, done(h), "depth 1 of 3")
	tx, err := m.Tx(context.Background(), h.ID)
	require.NoError(t, err)
	require.Equal(t, txmgr.StateMined, tx.State)

	e.confirm(m, 1)
	require.False(t, done(h), "depth 2 of 3")
	e.confirm(m, 1)
	rcpt, err := result(t, h)
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, rcpt.Status)
	require.Equal(t, uint64(1), rcpt.BlockNumber.Uint64())
	tx, err = m.Tx(context.Background(), h.ID)
	require.NoError(t, err)
	require.Equal(t, txmgr.StateConfirmed, tx.State)
	require.Equal(t, 0, m.InFlight())
}

func TestSend_BlocksUntilConfirmed(t *testing.T) {
	e := newTestEnv(t)
	m := e.start()
	type res struct {
		rcpt *types.Receipt
		err  error
	}
	out := make(chan res, 1)
	go func() {
		r, err := m.Send(context.Background(), candidate("blocking"))
		out <- res{r, err}
	}()
	require.Eventually(t, func() bool { return len(e.chain.Pooled(e.signer.Address())) == 1 }, 5*time.Second, time.Millisecond)
	e.confirm(m, 3)
	r := <-out
	require.NoError(t, r.err)
	require.Equal(t, types.ReceiptStatusSuccessful, r.rcpt.Status)
}

func TestQueue_NonceSequencingUnderConcurrency(t *testing.T) {
	e := newTestEnv(t)
	m := e.start()
	const n = 64
	handles := make([]*txmgr.Handle, n)
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			h, err := m.Queue(context.Background(), candidate("concurrent"))
			if err != nil {
				errs <- err
				return
			}
			handles[i] = h
		}(i)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		require.NoError(t, err)
	}
	seen := map[uint64]bool{}
	for _, h := range handles {
		require.False(t, seen[h.Nonce], "nonce %d assigned twice", h.Nonce)
		seen[h.Nonce] = true
	}
	for nonce := uint64(0); nonce < n; nonce++ {
		require.True(t, seen[nonce], "nonce %d never assigned: a gap", nonce)
	}
	require.Equal(t, uint64(n), m.NextNonce())

	e.confirm(m, 3)
	for _, h := range handles {
		rcpt, err := result(t, h)
		require.NoError(t, err)
		require.Equal(t, types.ReceiptStatusSuccessful, rcpt.Status)
	}
	require.Len(t, e.chain.Included(), n)
}

func TestQueue_RefusesRevertingCallWithDecodedError(t *testing.T) {
	e := newTestEnv(t)
	user := common.HexToAddress("0x1111111111111111111111111111111111111111")
	revertData := append(registry.RegistryRegistryUserAlreadyRegisteredErrorID().Bytes()[:4], common.LeftPadBytes(user.Bytes(), 32)...)
	e.chain.Set(func(c *txmgrtest.Chain) {
		c.Estimate = func(callMsg) (uint64, error) { return 0, txmgrtest.Revert(revertData) }
	})
	m := e.start()
	_, err := m.Queue(context.Background(), candidate("registerUser"))
	require.ErrorIs(t, err, txmgr.ErrReverted)
	var rev *txmgr.RevertError
	require.ErrorAs(t, err, &rev)
	require.Equal(t, "Registry__UserAlreadyRegistered", rev.Name)
	require.Equal(t, "Registry__UserAlreadyRegistered("+user.Hex()+")", rev.Reason)
	require.Contains(t, err.Error(), "registerUser: execution reverted: Registry__UserAlreadyRegistered(0x1111")
	require.Zero(t, e.chain.Sends(), "nothing is sent")
	require.Equal(t, uint64(0), m.NextNonce(), "no nonce consumed")
}

func TestResubmit_BumpsFeesWhenStuck(t *testing.T) {
	e := newTestEnv(t)
	m := e.start()
	h, err := m.Queue(context.Background(), candidate("stuck"))
	require.NoError(t, err)
	first := e.chain.Pooled(e.signer.Address())[0]

	// The base fee jumps above the first attempt's fee cap: it cannot be mined.
	e.chain.Set(func(c *txmgrtest.Chain) { c.BaseFee = new(big.Int).Mul(first.GasFeeCap(), big.NewInt(3)) })
	e.chain.Mine()
	e.poll(m)
	require.Len(t, e.chain.Pooled(e.signer.Address()), 1)
	require.Equal(t, first.Hash(), e.chain.Pooled(e.signer.Address())[0].Hash(), "no re-send before the timeout")

	e.clock.Advance(e.cfg.ResubmitTimeout)
	e.poll(m)
	pooled := e.chain.Pooled(e.signer.Address())
	require.Len(t, pooled, 1)
	second := pooled[0]
	require.NotEqual(t, first.Hash(), second.Hash())
	require.Equal(t, first.Nonce(), second.Nonce())
	atLeast := func(old *big.Int) *big.Int {
		return new(big.Int).Div(new(big.Int).Mul(old, big.NewInt(110)), big.NewInt(100))
	}
	require.GreaterOrEqual(t, second.GasTipCap().Cmp(atLeast(first.GasTipCap())), 0, "tip bumped by >= 10%%")
	require.GreaterOrEqual(t, second.GasFeeCap().Cmp(atLeast(first.GasFeeCap())), 0, "fee cap bumped by >= 10%%")
	baseFee := new(big.Int).Mul(first.GasFeeCap(), big.NewInt(3))
	require.GreaterOrEqual(t, second.GasFeeCap().Cmp(baseFee), 0, "fee cap follows the new base fee")

	e.confirm(m, 3)
	rcpt, err := result(t, h)
	require.NoError(t, err)
	require.Equal(t, second.Hash(), rcpt.TxHash)
	tx, err := m.Tx(context.Background(), h.ID)
	require.NoError(t, err)
	require.Len(t, tx.Attempts, 2, "both attempts recorded")
}

func TestResubmit_ReplacementUnderpricedBumpsAgain(t *testing.T) {
	e := newTestEnv(t)
	m := e.start()
	h, err := m.Queue(context.Background(), candidate("underpriced"))
	require.NoError(t, err)
	e.chain.Set(func(c *txmgrtest.Chain) { c.BaseFee = big.NewInt(1_000_000_000_000) })
	rejected := 0
	e.chain.Set(func(c *txmgrtest.Chain) {
		c.SendHook = func(*types.Transaction) error {
			if rejected == 0 {
				rejected++
				return &txmgrtest.RPCError{Code: -32000, Message: "replacement transaction underpriced"}
			}
			return nil
		}
	})
	e.clock.Advance(e.cfg.ResubmitTimeout)
	e.poll(m)
	require.Equal(t, 1, rejected)
	tx, err := m.Tx(context.Background(), h.ID)
	require.NoError(t, err)
	require.Len(t, tx.Attempts, 3, "first send, rejected bump, accepted bump")
	for i := 1; i < len(tx.Attempts); i++ {
		prev, cur := tx.Attempts[i-1], tx.Attempts[i]
		require.Equal(t, 1, cur.GasFeeCap.Cmp(prev.GasFeeCap), "attempt %d raises the fee cap", i)
		require.Equal(t, 1, cur.GasTipCap.Cmp(prev.GasTipCap), "attempt %d raises the tip", i)
	}
	pooled := e.chain.Pooled(e.signer.Address())
	require.Len(t, pooled, 1)
	require.Equal(t, tx.Latest().Hash, pooled[0].Hash())
}

func TestQueue_NonceTooLowResyncsToTheChain(t *testing.T) {
	e := newTestEnv(t)
	m := e.start()
	// Another holder of the key uses nonce 0 behind the manager's back.
	foreign, err := e.signer.SignTx(big.NewInt(testChainID), types.NewTx(&types.DynamicFeeTx{
		ChainID: big.NewInt(testChainID), Nonce: 0, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(100), Gas: 21000}))
	require.NoError(t, err)
	e.chain.InjectForeign(foreign)

	h, err := m.Queue(context.Background(), candidate("after-foreign"))
	require.NoError(t, err)
	require.Equal(t, uint64(1), h.Nonce, "resynced past the used nonce")
	e.confirm(m, 3)
	_, err = result(t, h)
	require.NoError(t, err)
}

func TestResubmit_NonceTooLowFindsTheMinedAttempt(t *testing.T) {
	e := newTestEnv(t)
	m := e.start()
	h, err := m.Queue(context.Background(), candidate("race"))
	require.NoError(t, err)
	first := e.chain.Pooled(e.signer.Address())[0]
	// Stuck: the base fee is above its fee cap.
	e.chain.Set(func(c *txmgrtest.Chain) { c.BaseFee = new(big.Int).Mul(first.GasFeeCap(), big.NewInt(2)) })
	e.chain.Mine()
	e.poll(m)

	// The moment the bump goes out, the first attempt is mined: the node answers "nonce too low".
	var once sync.Once
	e.chain.Set(func(c *txmgrtest.Chain) {
		c.SendHook = func(*types.Transaction) error {
			once.Do(func() {
				e.chain.Set(func(c *txmgrtest.Chain) { c.BaseFee = big.NewInt(7) })
				require.Equal(t, []common.Hash{first.Hash()}, e.chain.Mine())
			})
			return nil
		}
	})
	e.clock.Advance(e.cfg.ResubmitTimeout)
	e.poll(m)
	tx, err := m.Tx(context.Background(), h.ID)
	require.NoError(t, err)
	require.Len(t, tx.Attempts, 2, "the bump was recorded")

	e.confirm(m, 2)
	rcpt, err := result(t, h)
	require.NoError(t, err)
	require.Equal(t, first.Hash(), rcpt.TxHash, "the receipt of the attempt that was mined")
	tx, err = m.Tx(context.Background(), h.ID)
	require.NoError(t, err)
	require.Equal(t, first.Hash(), tx.MinedHash)
}

func TestReorg_ReceiptDisappearsAndTxIsBackInPlay(t *testing.T) {
	e := newTestEnv(t)
	m := e.start()
	h, err := m.Queue(context.Background(), candidate("reorged"))
	require.NoError(t, err)
	e.confirm(m, 1)
	tx, err := m.Tx(context.Background(), h.ID)
	require.NoError(t, err)
	require.Equal(t, txmgr.StateMined, tx.State)
	minedIn := tx.MinedBlockHash

	// The block is replaced by a longer fork that does not carry the transaction, and the node
	// lost it from its pool too.
	e.chain.Reorg(1)
	e.chain.DropPool()
	e.chain.MineEmpty()
	e.chain.MineEmpty()
	e.poll(m)
	require.False(t, done(h))
	tx, err = m.Tx(context.Background(), h.ID)
	require.NoError(t, err)
	require.Equal(t, txmgr.StatePending, tx.State, "back in play")
	require.Len(t, e.chain.Pooled(e.signer.Address()), 1, "re-broadcast")

	e.confirm(m, 1)
	require.False(t, done(h), "depth restarts in the new block")
	e.confirm(m, 2)
	rcpt, err := result(t, h)
	require.NoError(t, err)
	require.NotEqual(t, minedIn, rcpt.BlockHash)
	require.Equal(t, uint64(3), rcpt.BlockNumber.Uint64())
}

func TestReorg_TxMovesToAnotherBlock(t *testing.T) {
	e := newTestEnv(t)
	m := e.start()
	h, err := m.Queue(context.Background(), candidate("moved"))
	require.NoError(t, err)
	e.confirm(m, 2)
	e.chain.Reorg(2) // the transaction returns to the pool, as geth does
	e.chain.Mine()   // and is mined again on the new fork
	e.poll(m)
	tx, err := m.Tx(context.Background(), h.ID)
	require.NoError(t, err)
	require.Equal(t, txmgr.StateMined, tx.State)
	require.Equal(t, uint64(1), tx.MinedBlock)
	require.False(t, done(h))
	e.confirm(m, 2)
	_, err = result(t, h)
	require.NoError(t, err)
}

func TestRestart_RecoversInFlightWithNoGapAndNoDuplicate(t *testing.T) {
	e := newTestEnv(t)
	ctx := context.Background()
	m1, err := txmgr.New(e.cfg, e.chain, e.store, e.signer, e.log, txmgr.WithClock(e.clock))
	require.NoError(t, err)
	require.NoError(t, m1.Start(ctx))
	mined, err := m1.Queue(ctx, candidate("mined-before-crash"))
	require.NoError(t, err)
	e.chain.Mine()
	require.NoError(t, m1.Poll(ctx))
	var hashes []common.Hash
	for i := 0; i < 3; i++ {
		h, err := m1.Queue(ctx, candidate("in-flight"))
		require.NoError(t, err)
		tx, err := m1.Tx(ctx, h.ID)
		require.NoError(t, err)
		hashes = append(hashes, tx.Latest().Hash)
	}
	// A record whose broadcast never reached the node (crash between record and send).
	e.chain.Set(func(c *txmgrtest.Chain) {
		c.SendHook = func(*types.Transaction) error { return txmgrtest.ErrConnRefused }
	})
	lost, err := m1.Queue(ctx, candidate("recorded-not-sent"))
	require.NoError(t, err, "an unanswered broadcast keeps the transaction")
	require.Equal(t, uint64(4), lost.Nonce)
	require.NoError(t, m1.Stop(ctx))
	_, err = mined.Wait(ctx)
	require.ErrorIs(t, err, txmgr.ErrStopped)

	// The node restarts too and forgets its pool.
	e.chain.Set(func(c *txmgrtest.Chain) { c.SendHook = nil })
	e.chain.DropPool()

	m2 := e.start()
	pooled := e.chain.Pooled(e.signer.Address())
	require.Len(t, pooled, 4, "every in-flight transaction re-broadcast")
	for i, tx := range pooled {
		require.Equal(t, uint64(i+1), tx.Nonce())
		if i < 3 {
			require.Equal(t, hashes[i], tx.Hash(), "the recorded attempt, not a new transaction")
		}
	}
	next, err := m2.Queue(ctx, candidate("after-restart"))
	require.NoError(t, err)
	require.Equal(t, uint64(5), next.Nonce, "no gap, no reuse")

	e.confirm(m2, 3)
	_, err = result(t, next)
	require.NoError(t, err)
	require.Equal(t, 0, m2.InFlight())
	included := e.chain.Included()
	require.Len(t, included, 6, "six nonces, six transactions: nothing twice")
	for i, tx := range included {
		require.Equal(t, uint64(i), tx.Nonce())
	}
}

func TestIdempotencyKey_SendsOnce(t *testing.T) {
	e := newTestEnv(t)
	ctx := context.Background()
	m := e.start()
	c := candidate("perform-upkeep")
	c.Key = "epoch-42"
	h1, err := m.Queue(ctx, c)
	require.NoError(t, err)
	h2, err := m.Queue(ctx, c)
	require.NoError(t, err)
	require.Same(t, h1, h2)
	require.Equal(t, 1, e.chain.Sends())
	e.confirm(m, 3)
	r1, err := result(t, h1)
	require.NoError(t, err)

	h3, err := m.Queue(ctx, c)
	require.NoError(t, err)
	r3, err := result(t, h3)
	require.NoError(t, err)
	require.Equal(t, r1.TxHash, r3.TxHash, "a confirmed key returns its receipt")
	require.Equal(t, 1, e.chain.Sends())
}

func TestNonceConsumedElsewhere_ResentUnderANewNonce(t *testing.T) {
	e := newTestEnv(t)
	m := e.start()
	h, err := m.Queue(context.Background(), candidate("lost-race"))
	require.NoError(t, err)
	// Another holder of the key gets nonce 0 mined first (our attempt sat in another node's pool).
	foreign, err := e.signer.SignTx(big.NewInt(testChainID), types.NewTx(&types.DynamicFeeTx{
		ChainID: big.NewInt(testChainID), Nonce: 0, GasTipCap: big.NewInt(5), GasFeeCap: big.NewInt(100), Gas: 21000}))
	require.NoError(t, err)
	e.chain.InjectForeign(foreign)
	e.chain.DropPool()
	e.poll(m)
	require.False(t, done(h), "the node may simply not have indexed our receipt yet")
	require.Empty(t, e.chain.Pooled(e.signer.Address()))

	e.chain.MineEmpty()
	e.chain.MineEmpty()
	e.chain.MineEmpty()
	e.poll(m)
	pooled := e.chain.Pooled(e.signer.Address())
	require.Len(t, pooled, 1, "re-sent")
	require.Equal(t, uint64(1), pooled[0].Nonce(), "under the next free nonce")
	require.Equal(t, uint64(2), m.NextNonce())
	tx, err := m.Tx(context.Background(), h.ID)
	require.NoError(t, err)
	require.Equal(t, uint64(1), tx.Nonce, "same record, new nonce")

	e.confirm(m, 3)
	rcpt, err := result(t, h)
	require.NoError(t, err)
	require.Equal(t, pooled[0].Hash(), rcpt.TxHash)
	included := e.chain.Included()
	require.Len(t, included, 2, "the foreign transaction and ours, once each")
}

func TestRestart_AbandonsTransactionsAboveAGap(t *testing.T) {
	e := newTestEnv(t)
	ctx := context.Background()
	stale := txmgrtest.NewTestTx(t, testChainID, e.signer.Address(), 5)
	require.NoError(t, e.store.Insert(ctx, stale))
	m := e.start()
	require.Equal(t, uint64(0), m.NextNonce(), "follows the chain, not the stale record")
	tx, err := m.Tx(ctx, stale.ID)
	require.NoError(t, err)
	require.Equal(t, txmgr.StateFailed, tx.State)
	require.Contains(t, tx.Error, "abandoned")
}

func TestQueue_InsufficientFundsConsumesNoNonce(t *testing.T) {
	e := newTestEnv(t)
	e.chain.Set(func(c *txmgrtest.Chain) { c.Balance = func(common.Address) *big.Int { return big.NewInt(0) } })
	m := e.start()
	_, err := m.Queue(context.Background(), candidate("broke"))
	require.ErrorIs(t, err, txmgr.ErrInsufficientFund)
	require.Equal(t, uint64(0), m.NextNonce())
	e.chain.Set(func(c *txmgrtest.Chain) { c.Balance = nil })
	h, err := m.Queue(context.Background(), candidate("funded"))
	require.NoError(t, err)
	require.Equal(t, uint64(0), h.Nonce, "the refused transaction left no gap")
}

func TestSend_RevertedOnChainExplainsWhy(t *testing.T) {
	e := newTestEnv(t)
	user := common.HexToAddress("0x2222222222222222222222222222222222222222")
	revertData := append(registry.RegistryRegistryUserNotRegisteredErrorID().Bytes()[:4], common.LeftPadBytes(user.Bytes(), 32)...)
	e.chain.Set(func(c *txmgrtest.Chain) {
		c.Fails = func(*types.Transaction) bool { return true }
		c.Call = func(callMsg, *big.Int) ([]byte, error) { return nil, txmgrtest.Revert(revertData) }
	})
	m := e.start()
	c := candidate("suspendUser")
	c.GasLimit = 100_000
	h, err := m.Queue(context.Background(), c)
	require.NoError(t, err)
	e.confirm(m, 3)
	rcpt, err := result(t, h)
	require.NotNil(t, rcpt, "the receipt comes back with the error")
	require.Equal(t, types.ReceiptStatusFailed, rcpt.Status)
	require.ErrorIs(t, err, txmgr.ErrReverted)
	require.Contains(t, err.Error(), "Registry__UserNotRegistered("+user.Hex()+")")
}

func TestStart_OneManagerPerKey(t *testing.T) {
	e := newTestEnv(t)
	e.start()
	second, err := txmgr.New(e.cfg, e.chain, e.store, e.signer, e.log)
	require.NoError(t, err)
	require.ErrorIs(t, second.Start(context.Background()), txmgr.ErrKeyInUse)
}

func TestLifecycle(t *testing.T) {
	e := newTestEnv(t)
	m, err := txmgr.New(e.cfg, e.chain, e.store, e.signer, e.log)
	require.NoError(t, err)
	_, err = m.Queue(context.Background(), candidate("early"))
	require.ErrorIs(t, err, txmgr.ErrNotStarted)

	e.chain.Set(func(c *txmgrtest.Chain) { c.Down = true })
	require.Error(t, m.Start(context.Background()), "unreachable chain")
	e.chain.Set(func(c *txmgrtest.Chain) { c.Down = false })
	require.NoError(t, m.Start(context.Background()), "a failed start left nothing behind")
	require.ErrorIs(t, m.Start(context.Background()), txmgr.ErrAlreadyStarted)
	require.NoError(t, m.Stop(context.Background()))
	require.NoError(t, m.Stop(context.Background()), "stop twice")
	require.True(t, m.Stopped())
	_, err = m.Queue(context.Background(), candidate("late"))
	require.ErrorIs(t, err, txmgr.ErrStopped)
	require.True(t, errors.Is(err, txmgr.ErrStopped))
}

func TestIdempotencyKey_FailedRecordReleasesKey(t *testing.T) {
	e := newTestEnv(t)
	ctx := context.Background()
	e.chain.Set(func(c *txmgrtest.Chain) { c.Balance = func(common.Address) *big.Int { return big.NewInt(0) } })
	m := e.start()
	c := candidate("perform-upkeep")
	c.Key = "epoch-7"
	for i := 0; i < 2; i++ {
		_, err := m.Queue(ctx, c)
		require.ErrorIs(t, err, txmgr.ErrInsufficientFund, "refused while the account is unfunded (try %d)", i)
	}
	failed, err := e.store.ByKey(ctx, testChainID, e.signer.Address(), c.Key)
	require.NoError(t, err)
	require.Equal(t, txmgr.StateFailed, failed.State)

	// Funded: the same key is sent again, once.
	e.chain.Set(func(c *txmgrtest.Chain) { c.Balance = nil })
	h, err := m.Queue(ctx, c)
	require.NoError(t, err)
	require.False(t, done(h), "a new transaction, not the failed record")
	require.NotEqual(t, failed.ID, h.ID)
	require.Len(t, e.chain.Pooled(e.signer.Address()), 1)
	again, err := m.Queue(ctx, c)
	require.NoError(t, err)
	require.Same(t, h, again, "the live record holds the key")
	e.confirm(m, 3)
	_, err = result(t, h)
	require.NoError(t, err)
	require.Len(t, e.chain.Included(), 1)
	holder, err := e.store.ByKey(ctx, testChainID, e.signer.Address(), c.Key)
	require.NoError(t, err)
	require.Equal(t, h.ID, holder.ID)
	require.Equal(t, txmgr.StateConfirmed, holder.State)
}

func TestQueue_KeyedCandidateSurvivesNonceTooLow(t *testing.T) {
	e := newTestEnv(t)
	m := e.start()
	foreign, err := e.signer.SignTx(big.NewInt(testChainID), types.NewTx(&types.DynamicFeeTx{
		ChainID: big.NewInt(testChainID), Nonce: 0, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(100), Gas: 21000}))
	require.NoError(t, err)
	e.chain.InjectForeign(foreign)

	c := candidate("keyed-after-foreign")
	c.Key = "epoch-9"
	h, err := m.Queue(context.Background(), c)
	require.NoError(t, err)
	require.False(t, done(h), "the resynced transaction, not the record that gave its nonce up")
	require.Equal(t, uint64(1), h.Nonce)
	e.confirm(m, 3)
	rcpt, err := result(t, h)
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, rcpt.Status)
	require.Len(t, e.chain.Included(), 2, "the foreign transaction and ours")
}

// failingStore refuses to record new transactions or attempts on demand.
type failingStore struct {
	txmgr.Store
	mu                    sync.Mutex
	failInsert, failBumps bool
}

var errStoreDown = errors.New("store down")

func (s *failingStore) set(insert, bumps bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.failInsert, s.failBumps = insert, bumps
}

func (s *failingStore) Insert(ctx context.Context, tx *txmgr.Tx) error {
	s.mu.Lock()
	fail := s.failInsert
	s.mu.Unlock()
	if fail {
		return errStoreDown
	}
	return s.Store.Insert(ctx, tx)
}

func (s *failingStore) AddAttempt(ctx context.Context, id int64, a txmgr.Attempt) error {
	s.mu.Lock()
	fail := s.failBumps
	s.mu.Unlock()
	if fail {
		return errStoreDown
	}
	return s.Store.AddAttempt(ctx, id, a)
}

func TestRecordBeforeSend_NothingReachesTheNodeUnrecorded(t *testing.T) {
	e := newTestEnv(t)
	st := &failingStore{Store: e.store}
	e.store = st
	m := e.start()
	ctx := context.Background()

	st.set(true, false)
	_, err := m.Queue(ctx, candidate("unrecorded"))
	require.ErrorIs(t, err, errStoreDown)
	require.Zero(t, e.chain.Sends(), "a transaction the store refused was not broadcast")
	require.Equal(t, uint64(0), m.NextNonce())

	// A fee bump the store refuses is not broadcast either: the node keeps the recorded attempt.
	st.set(false, false)
	h, err := m.Queue(ctx, candidate("stuck"))
	require.NoError(t, err)
	first := e.chain.Pooled(e.signer.Address())[0]
	e.chain.Set(func(c *txmgrtest.Chain) { c.BaseFee = new(big.Int).Mul(first.GasFeeCap(), big.NewInt(3)) })
	st.set(false, true)
	sends := e.chain.Sends()
	e.clock.Advance(e.cfg.ResubmitTimeout)
	require.Error(t, m.Poll(ctx))
	require.Equal(t, sends, e.chain.Sends(), "no unrecorded bump was broadcast")
	tx, err := m.Tx(ctx, h.ID)
	require.NoError(t, err)
	for _, p := range e.chain.Accepted() {
		var known bool
		for _, a := range tx.Attempts {
			known = known || a.Hash == p.Hash()
		}
		require.True(t, known, "the node has %s, which the store does not", p.Hash())
	}
}

// blockingChain holds every send until released.
type blockingChain struct {
	*txmgrtest.Chain
	entered chan struct{}
	release chan struct{}
}

func (c *blockingChain) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	c.entered <- struct{}{}
	<-c.release
	return c.Chain.SendTransaction(ctx, tx)
}

func TestStop_KeepsTheKeyUntilAQueueBetweenRecordAndBroadcastIsDone(t *testing.T) {
	e := newTestEnv(t)
	ctx := context.Background()
	bc := &blockingChain{Chain: e.chain, entered: make(chan struct{}, 1), release: make(chan struct{})}
	m, err := txmgr.New(e.cfg, bc, e.store, e.signer, e.log, txmgr.WithClock(e.clock))
	require.NoError(t, err)
	require.NoError(t, m.Start(ctx))

	queued := make(chan error, 1)
	go func() {
		_, err := m.Queue(ctx, candidate("racing-stop"))
		queued <- err
	}()
	<-bc.entered // recorded, broadcast under way
	stopped := make(chan error, 1)
	go func() { stopped <- m.Stop(ctx) }()
	require.Eventually(t, m.Stopped, 5*time.Second, time.Millisecond)
	time.Sleep(50 * time.Millisecond)
	_, err = e.store.Lock(ctx, testChainID, e.signer.Address())
	require.ErrorIs(t, err, txmgr.ErrKeyInUse, "the key is not released while a send for it is in progress")
	select {
	case err := <-stopped:
		t.Fatalf("Stop returned (%v) before the send finished", err)
	default:
	}
	close(bc.release)
	require.NoError(t, <-queued)
	require.NoError(t, <-stopped)
	lock, err := e.store.Lock(ctx, testChainID, e.signer.Address())
	require.NoError(t, err, "released once the send is done")
	lock.Release()

	_, err = m.Queue(ctx, candidate("after-stop"))
	require.ErrorIs(t, err, txmgr.ErrStopped)
	require.Len(t, e.chain.Accepted(), 1, "nothing sent after Stop")
}

func TestFinal(t *testing.T) {
	tests := []struct {
		name                 string
		block, head, confirm uint64
		want                 bool
	}{
		{"the including block is depth 1", 10, 10, 1, true},
		{"depth 5 of 6", 10, 14, 6, false},
		{"depth 6 of 6", 10, 15, 6, true},
		{"head behind the block (another node)", 10, 9, 1, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.Equal(t, tt.want, txmgr.Final(tt.block, tt.head, tt.confirm))
			last, ok := txmgr.LastFinal(tt.head, tt.confirm)
			require.Equal(t, tt.want, ok && tt.block <= last, "LastFinal agrees with Final")
		})
	}
	_, ok := txmgr.LastFinal(4, 6)
	require.False(t, ok, "no block is 6 deep at head 4")
}
