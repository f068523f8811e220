package keeper

import (
	"context"
	"encoding/hex"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap"
)

func newTestConfig(t *testing.T) Config {
	t.Helper()
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	keyFile := filepath.Join(t.TempDir(), "key")
	require.NoError(t, os.WriteFile(keyFile, []byte(hex.EncodeToString(crypto.FromECDSA(key))), 0o600))
	c := DefaultConfig()
	c.Manifest = ""
	c.NoDB = true
	c.KeyFile = keyFile
	c.RPCURLs = []string{"http://127.0.0.1:1"} // nothing listens there
	c.HTTPAddr = "127.0.0.1:0"
	c.TxMgr.NetworkTimeout = time.Second
	c.Upkeeps = []UpkeepConfig{TradingUpkeep(common.HexToAddress("0x7ad1"))}
	return c
}

func TestServiceIDDefaultsToTheKeyAddress(t *testing.T) {
	s, err := New(newTestConfig(t), zap.NewNop())
	require.NoError(t, err)
	require.Regexp(t, "^keeper-0x[0-9a-f]{40}$", s.Config().ID)
}

func TestServiceRejectsABadConfig(t *testing.T) {
	c := newTestConfig(t)
	c.Index, c.Count = 3, 2
	_, err := New(c, zap.NewNop())
	require.ErrorIs(t, err, ErrBadIndex)
}

func TestServiceFailedStartCleansUpAndStopIsIdempotent(t *testing.T) {
	s, err := New(newTestConfig(t), zap.NewNop())
	require.NoError(t, err)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	require.Error(t, s.Start(ctx), "no node answers")
	require.Error(t, s.Ready())
	require.NoError(t, s.Stop(ctx))
	require.NoError(t, s.Stop(ctx), "stopping twice is safe")
	require.True(t, s.Stopped())
}
