//go:build integration

package txmgr_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap"
	"go.uber.org/zap/zaptest"

	"github.com/campus-grid/gridchain/bindings/registry"
	"github.com/campus-grid/gridchain/chain/manifest"
	"github.com/campus-grid/gridchain/test/harness"
	"github.com/campus-grid/gridchain/txmgr"
)

// devnet returns the shared devnet, or skips when none was started (`make test-txmgr` needs only
// PostgreSQL; `make test` starts the devnet before this suite).
func devnet(t *testing.T) *harness.Net {
	t.Helper()
	path := os.Getenv(harness.ManifestEnv)
	if path == "" {
		root, err := harness.RepoRoot()
		require.NoError(t, err)
		path = filepath.Join(root, manifest.DefaultPath)
	}
	if _, err := os.Stat(path); err != nil {
		t.Skipf("no devnet manifest at %s: run `make devnet-up` for the real-chain tests", path)
	}
	return harness.Load(t)
}

type devnetEnv struct {
	net   *harness.Net
	chain *txmgr.MultiClient
	key   *txmgr.KeySigner
	priv  *ecdsa.PrivateKey
	cfg   txmgr.Config
	log   *zap.Logger
}

// newDevnetEnv makes a fresh key funded by the deployer (through a txmgr with an in-memory store).
func newDevnetEnv(t *testing.T) *devnetEnv {
	t.Helper()
	net := devnet(t)
	ctx := context.Background()
	log := zaptest.NewLogger(t, zaptest.Level(zap.WarnLevel))
	chain, err := txmgr.DialMulti(ctx, net.Manifest.RPCURLs(), 10*time.Second, log)
	require.NoError(t, err)
	t.Cleanup(chain.Close)
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	e := &devnetEnv{net: net, chain: chain, key: txmgr.NewKeySigner(key), priv: key, cfg: txmgr.DefaultConfig(), log: log}
	e.cfg.Confirmations = 2

	fundCfg := txmgr.DefaultConfig()
	fundCfg.Confirmations = 1
	funder, err := txmgr.New(fundCfg, chain, txmgr.NewMemoryStore(), txmgr.NewKeySigner(net.Key(t, "deployer")), log)
	require.NoError(t, err)
	require.NoError(t, funder.Start(ctx))
	to := e.key.Address()
	rcpt, err := funder.Send(ctx, txmgr.Candidate{To: &to, Value: big.NewInt(params.Ether), Label: "fund"})
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, rcpt.Status)
	require.NoError(t, funder.Stop(ctx))
	return e
}

// TestDevnet_ThroughputAndRestartWithPostgres pushes transactions through a PostgreSQL-backed
// manager on the four-signer chain, crashes it half-way and lets a second process finish.
func TestDevnet_ThroughputAndRestartWithPostgres(t *testing.T) {
	e := newDevnetEnv(t)
	ctx := context.Background()
	sink := common.HexToAddress("0x000000000000000000000000000000000000dEaD")
	const first, second = 60, 60

	pool1 := openPool(t, txmgr.Migrations)
	m1, err := txmgr.New(e.cfg, e.chain, txmgr.NewPGStore(pool1), e.key, e.log)
	require.NoError(t, err)
	require.NoError(t, m1.Start(ctx))
	start := time.Now()
	for i := 0; i < first; i++ {
		_, err := m1.Queue(ctx, txmgr.Candidate{To: &sink, Value: big.NewInt(int64(i + 1)), Label: "bench"})
		require.NoError(t, err)
	}
	queued := time.Since(start)
	// Crash: no waiting, no confirmation recorded by this process.
	require.NoError(t, m1.Stop(ctx))
	pool1.Close()

	pool2 := openPool(t, txmgr.Migrations)
	m2, err := txmgr.New(e.cfg, e.chain, txmgr.NewPGStore(pool2), e.key, e.log)
	require.NoError(t, err)
	require.NoError(t, m2.Start(ctx))
	t.Cleanup(func() { _ = m2.Stop(ctx) })
	require.Equal(t, uint64(first), m2.NextNonce(), "the restarted manager continues after the recorded nonces")
	handles := make([]*txmgr.Handle, 0, second)
	for i := 0; i < second; i++ {
		h, err := m2.Queue(ctx, txmgr.Candidate{To: &sink, Value: big.NewInt(int64(first + i + 1)), Label: "bench"})
		require.NoError(t, err)
		require.Equal(t, uint64(first+i), h.Nonce)
		handles = append(handles, h)
	}
	waitCtx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	for _, h := range handles {
		rcpt, err := h.Wait(waitCtx)
		require.NoError(t, err)
		require.Equal(t, types.ReceiptStatusSuccessful, rcpt.Status)
	}
	require.Eventually(t, func() bool { return m2.InFlight() == 0 }, time.Minute, 100*time.Millisecond,
		"the recovered transactions reach the confirmation depth too")
	elapsed := time.Since(start)
	nonce, err := e.chain.NonceAt(ctx, e.key.Address(), nil)
	require.NoError(t, err)
	require.Equal(t, uint64(first+second), nonce, "every nonce used once: no gap, no duplicate")
	t.Logf("%d transactions recorded in PostgreSQL and queued in %s; all %d confirmed at depth %d in %s (%.1f tx/s) across a restart",
		first, queued.Round(time.Millisecond), first+second, e.cfg.Confirmations, elapsed.Round(time.Millisecond),
		float64(first+second)/elapsed.Seconds())
}

// TestDevnet_GethAnswers checks the manager against geth's own wording: a decoded revert from
// eth_estimateGas, "already known", "nonce too low" and "replacement transaction underpriced".
func TestDevnet_GethAnswers(t *testing.T) {
	e := newDevnetEnv(t)
	ctx := context.Background()
	m, err := txmgr.New(e.cfg, e.chain, txmgr.NewMemoryStore(), e.key, e.log,
		txmgr.WithErrorDecoder(txmgr.MustErrorDecoder(&registry.RegistryMetaData)))
	require.NoError(t, err)
	require.NoError(t, m.Start(ctx))
	t.Cleanup(func() { _ = m.Stop(ctx) })

	// A registrar-only call from a key without the role.
	reg := e.net.Contract(t, manifest.Registry)
	_, err = m.Queue(ctx, txmgr.Candidate{To: &reg, Label: "registerUser",
		Data: registry.NewRegistry().PackRegisterUser(e.key.Address(), 1, "nowhere")})
	require.ErrorIs(t, err, txmgr.ErrReverted)
	require.ErrorContains(t, err, "AccessControlUnauthorizedAccount("+e.key.Address().Hex())
	require.Equal(t, uint64(0), m.NextNonce(), "a refused call consumes no nonce")

	// Someone else put nonce 1 in the pool with a 1.2 gwei tip: the manager's nonce 1 (1 gwei tip
	// suggested) must outbid it by geth's 10% price bump.
	sink := common.HexToAddress("0x000000000000000000000000000000000000dEaD")
	chainID := m.ChainID()
	foreign, err := e.key.SignTx(chainID, types.NewTx(&types.DynamicFeeTx{ChainID: chainID, Nonce: 1,
		GasTipCap: big.NewInt(1_200_000_000), GasFeeCap: big.NewInt(1_200_000_000), Gas: 21000, To: &sink, Value: big.NewInt(7)}))
	require.NoError(t, err)
	require.NoError(t, e.chain.SendTransaction(ctx, foreign))

	h0, err := m.Queue(ctx, txmgr.Candidate{To: &sink, Value: big.NewInt(1), Label: "n0"})
	require.NoError(t, err)
	tx0, err := m.Tx(ctx, h0.ID)
	require.NoError(t, err)
	var raw0 types.Transaction
	require.NoError(t, raw0.UnmarshalBinary(tx0.Latest().Raw))
	known := e.chain.SendTransaction(ctx, &raw0)
	if known != nil { // nil only if a node dropped it; any answer must read as "already known"
		require.Equal(t, "already known", txmgr.SendErrorKind(known), known.Error())
	}

	h1, err := m.Queue(ctx, txmgr.Candidate{To: &sink, Value: big.NewInt(2), Label: "n1"})
	require.NoError(t, err, "the manager outbids the foreign transaction")
	require.Equal(t, uint64(1), h1.Nonce)
	waitCtx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	rcpt1, err := h1.Wait(waitCtx)
	require.NoError(t, err)
	tx1, err := m.Tx(ctx, h1.ID)
	require.NoError(t, err)
	require.Greater(t, len(tx1.Attempts), 1, "geth said replacement transaction underpriced and the manager bumped")
	require.Equal(t, tx1.Latest().Hash, rcpt1.TxHash)
	require.NotEqual(t, foreign.Hash(), rcpt1.TxHash)
	require.GreaterOrEqual(t, tx1.Latest().GasTipCap.Cmp(big.NewInt(1_320_000_000)), 0)

	_, err = h0.Wait(waitCtx)
	require.NoError(t, err)
	tooLow := e.chain.SendTransaction(ctx, &raw0)
	require.Error(t, tooLow)
	require.Equal(t, "nonce too low", txmgr.SendErrorKind(tooLow), tooLow.Error())
}
