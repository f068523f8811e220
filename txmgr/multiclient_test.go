package txmgr_test

import (
	"context"
	"errors"
	"math/big"
	"net"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap/zaptest"

	"github.com/campus-grid/gridchain/txmgr"
)

// ethService answers the few eth_ methods the failover test calls.
type ethService struct{ head uint64 }

func (s *ethService) ChainId() *hexutil.Big       { return (*hexutil.Big)(big.NewInt(1337)) }
func (s *ethService) BlockNumber() hexutil.Uint64 { return hexutil.Uint64(s.head) }
func (s *ethService) GetTransactionReceipt(common.Hash) (map[string]any, error) {
	return nil, nil // null: not found
}
func (s *ethService) EstimateGas(map[string]any) (hexutil.Uint64, error) {
	return 0, errors.New("execution reverted")
}

func newRPCServer(t *testing.T, head uint64) string {
	t.Helper()
	srv := rpc.NewServer()
	require.NoError(t, srv.RegisterName("eth", &ethService{head: head}))
	hs := httptest.NewServer(srv)
	t.Cleanup(func() { hs.Close(); srv.Stop() })
	return hs.URL
}

func deadURL(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	addr := l.Addr().String()
	require.NoError(t, l.Close())
	return "http://" + addr
}

func TestMultiClient_FailsOverOnlyOnTransportErrors(t *testing.T) {
	ctx := context.Background()
	live := newRPCServer(t, 42)
	mc, err := txmgr.DialMulti(ctx, []string{deadURL(t), live}, 2*time.Second, zaptest.NewLogger(t))
	require.NoError(t, err)
	defer mc.Close()

	head, err := mc.BlockNumber(ctx)
	require.NoError(t, err, "the dead endpoint is skipped")
	require.Equal(t, uint64(42), head)
	id, err := mc.ChainID(ctx)
	require.NoError(t, err)
	require.Equal(t, int64(1337), id.Int64())

	_, err = mc.TransactionReceipt(ctx, common.Hash{1})
	require.ErrorIs(t, err, ethereum.NotFound, "not found is an answer, not a failure")
	_, err = mc.EstimateGas(ctx, ethereum.CallMsg{})
	require.ErrorContains(t, err, "execution reverted", "a revert is an answer, not a failure")
	require.False(t, txmgr.IsNetworkError(err))

	all, err := txmgr.DialMulti(ctx, []string{deadURL(t), deadURL(t)}, time.Second, zaptest.NewLogger(t))
	require.NoError(t, err, "http dials lazily")
	_, err = all.BlockNumber(ctx)
	require.Error(t, err)
	require.True(t, txmgr.IsNetworkError(err))
}
