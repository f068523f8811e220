package oracle

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"
)

func TestEthChain_FailsOverToTheNextNode(t *testing.T) {
	calls := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		require.True(t, strings.Contains(string(body), "eth_blockNumber"))
		calls++
		w.Header().Set("Content-Type", "application/json")
		_, _ = io.WriteString(w, `{"jsonrpc":"2.0","id":1,"result":"0x2a"}`)
	}))
	defer srv.Close()
	ctx := context.Background()
	down, err := rpc.DialContext(ctx, "http://127.0.0.1:1") // nothing listens there
	require.NoError(t, err)
	up, err := rpc.DialContext(ctx, srv.URL)
	require.NoError(t, err)
	c := NewEthChain([]*rpc.Client{down, up}, common.Address{}, common.Address{})
	c.Timeout = 2 * time.Second
	for i := 0; i < 2; i++ {
		h, err := c.Head(ctx)
		require.NoError(t, err)
		require.Equal(t, uint64(42), h)
	}
	require.Equal(t, 2, calls)
	require.Equal(t, 1, c.current, "stays on the node that answers")
}
