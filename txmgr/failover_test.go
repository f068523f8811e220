package txmgr_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap"
	"go.uber.org/zap/zaptest"

	"github.com/campus-grid/gridchain/txmgr"
	"github.com/campus-grid/gridchain/txmgr/txmgrtest"
)

// rpcProxy serves JSON-RPC over HTTP by forwarding each call to a simulated node. afterSend, when
// set, runs once an eth_sendRawTransaction was forwarded, before the answer is written.
func rpcProxy(t *testing.T, node *rpc.Client, afterSend func(w http.ResponseWriter, r *http.Request) bool) string {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(r.Body)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		var req struct {
			ID     json.RawMessage   `json:"id"`
			Method string            `json:"method"`
			Params []json.RawMessage `json:"params"`
		}
		if err := json.Unmarshal(body, &req); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		args := make([]any, len(req.Params))
		for i, p := range req.Params {
			args[i] = p
		}
		var result json.RawMessage
		callErr := node.CallContext(r.Context(), &result, req.Method, args...)
		if req.Method == "eth_sendRawTransaction" && afterSend != nil && !afterSend(w, r) {
			return
		}
		resp := map[string]any{"jsonrpc": "2.0", "id": req.ID}
		var rpcErr rpc.Error
		switch {
		case errors.As(callErr, &rpcErr):
			e := map[string]any{"code": rpcErr.ErrorCode(), "message": rpcErr.Error()}
			var dataErr rpc.DataError
			if errors.As(callErr, &dataErr) {
				e["data"] = dataErr.ErrorData()
			}
			resp["error"] = e
		case callErr != nil:
			resp["error"] = map[string]any{"code": -32603, "message": callErr.Error()}
		default:
			if result == nil {
				result = json.RawMessage("null")
			}
			resp["result"] = result
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(resp)
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

// TestQueue_SendAcceptedByATimedOutNodeIsNotPaidTwice: the first endpoint takes the transfer (and
// it is mined) but never answers; the failover client asks the second, which says "nonce too low".
// That nonce is ours: the transfer must not be sent again under the next nonce.
func TestQueue_SendAcceptedByATimedOutNodeIsNotPaidTwice(t *testing.T) {
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	signer := txmgr.NewKeySigner(key)
	port := freePort(t)
	sim := simulated.NewBackend(types.GenesisAlloc{signer.Address(): {Balance: new(big.Int).Mul(big.NewInt(10), big.NewInt(params.Ether))}},
		func(nc *node.Config, _ *ethconfig.Config) {
			nc.HTTPHost, nc.HTTPPort, nc.HTTPModules = "127.0.0.1", port, []string{"eth"}
		})
	t.Cleanup(func() { _ = sim.Close() })
	node, err := rpc.Dial(fmt.Sprintf("http://127.0.0.1:%d", port))
	require.NoError(t, err)
	t.Cleanup(node.Close)

	stalled := 0
	slow := rpcProxy(t, node, func(_ http.ResponseWriter, r *http.Request) bool {
		stalled++
		sim.Commit() // the node took it and it is mined...
		<-r.Context().Done()
		return false // ...but the answer never arrives
	})
	fast := rpcProxy(t, node, nil)
	log := zaptest.NewLogger(t, zaptest.Level(zap.WarnLevel))
	ctx := context.Background()
	mc, err := txmgr.DialMulti(ctx, []string{slow, fast}, time.Second, log)
	require.NoError(t, err)
	t.Cleanup(mc.Close)

	cfg := txmgr.DefaultConfig()
	cfg.Confirmations = 2
	m, err := txmgr.New(cfg, mc, txmgr.NewMemoryStore(), signer, log, txmgr.WithClock(txmgrtest.NewClock()))
	require.NoError(t, err)
	require.NoError(t, m.Start(ctx))
	t.Cleanup(func() { require.NoError(t, m.Stop(ctx)) })

	payee := common.HexToAddress("0x00000000000000000000000000000000000000b0")
	h, err := m.Queue(ctx, txmgr.Candidate{To: &payee, Value: big.NewInt(params.Ether), Label: "transfer"})
	require.NoError(t, err)
	require.Equal(t, 1, stalled, "the first endpoint took the send and timed out")
	sim.Commit()
	sim.Commit()
	sim.Commit()
	require.NoError(t, m.Poll(ctx))
	rcpt, err := h.Wait(harnessCtx(t))
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, rcpt.Status)

	paid, err := mc.BalanceAt(ctx, payee, nil)
	require.NoError(t, err)
	require.Equal(t, big.NewInt(params.Ether).String(), paid.String(), "paid once")
	nonce, err := mc.NonceAt(ctx, signer.Address(), nil)
	require.NoError(t, err)
	require.Equal(t, uint64(1), nonce, "one transaction of the key on chain")
	require.Equal(t, uint64(1), m.NextNonce())
	tx, err := m.Tx(ctx, h.ID)
	require.NoError(t, err)
	require.Equal(t, txmgr.StateConfirmed, tx.State)
	require.Equal(t, tx.Attempts[0].Hash, rcpt.TxHash, "the attempt the first node took")
}

func harnessCtx(t *testing.T) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}
