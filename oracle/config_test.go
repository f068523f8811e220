package oracle

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/campus-grid/gridchain/reading"
)

func validConfig() Config {
	c := DefaultConfig()
	c.RPCURLs = []string{"http://127.0.0.1:8545"}
	c.ChainID = 62831
	c.OracleClient = common.HexToAddress("0x01")
	c.Registry = common.HexToAddress("0x02")
	c.KeyFile = "/dev/null"
	return c
}

func TestConfig_Check(t *testing.T) {
	tests := []struct {
		name string
		mod  func(*Config)
		want error
	}{
		{"valid", func(*Config) {}, nil},
		{"bad name", func(c *Config) { c.Name = "Has Space" }, ErrName},
		{"no rpc", func(c *Config) { c.RPCURLs = nil }, ErrNoRPC},
		{"no chain id", func(c *Config) { c.ChainID = 0 }, ErrNoChainID},
		{"no oracle", func(c *Config) { c.OracleClient = common.Address{} }, ErrNoOracle},
		{"no key", func(c *Config) { c.KeyFile = "" }, ErrNoKey},
		{"batch too big", func(c *Config) { c.BatchSize = MaxBatchSize + 1 }, ErrBatchSize},
		{"batch zero", func(c *Config) { c.BatchSize = 0 }, ErrBatchSize},
		{"no confirmations", func(c *Config) { c.Confirmations = 0 }, ErrConfirmations},
		{"bad poll", func(c *Config) { c.PollInterval = 0 }, ErrPoll},
		{"bad log level", func(c *Config) { c.Log.Level = "loud" }, ErrLogLevel},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := validConfig()
			tc.mod(&c)
			err := c.Check()
			if tc.want == nil {
				require.NoError(t, err)
				return
			}
			require.ErrorIs(t, err, tc.want)
		})
	}
}

func TestLoadConfig_FileThenEnvironment(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "oracle.yaml")
	require.NoError(t, os.WriteFile(path, []byte(`
name: relayer-a
rpc_urls: [http://127.0.0.1:8545, http://127.0.0.1:8546]
chain_id: 62831
oracle_client: "0x00000000000000000000000000000000000000aa"
registry: "0x00000000000000000000000000000000000000bb"
key_file: /tmp/key
batch_size: 50
bridge:
  url: http://127.0.0.1:9999
txmgr:
  resubmit_timeout: 20s
`), 0o600))
	t.Setenv("ORACLE_BATCH_SIZE", "80")
	t.Setenv("ORACLE_CONFIRMATIONS", "3")
	t.Setenv("ORACLE_BRIDGE_TOKEN", "secret-token")
	t.Setenv("ORACLE_DB_DSN", "")
	t.Setenv("PG_DSN", "postgres://x:y@127.0.0.1:1/z")
	c, err := LoadConfig(path)
	require.NoError(t, err)
	require.NoError(t, c.Check())
	require.Equal(t, "relayer-a", c.Name)
	require.Equal(t, 80, c.BatchSize)
	require.Equal(t, uint64(3), c.Confirmations)
	require.Len(t, c.RPCURLs, 2)
	require.Equal(t, common.HexToAddress("0xaa"), c.OracleClient)
	require.Equal(t, "secret-token", c.Bridge.Token)
	require.Equal(t, "http://127.0.0.1:9999", c.Bridge.URL)
	require.Equal(t, 1000, c.Bridge.PageSize, "defaults of nested keys survive")
	require.Equal(t, 20*time.Second, c.TxMgr.ResubmitTimeout)
	require.Equal(t, DefaultPollInterval, c.PollInterval)
	require.Equal(t, "postgres://x:y@127.0.0.1:1/z", c.DB.DSN)
}

func TestBridgeClient_After(t *testing.T) {
	sig := make([]byte, 65)
	sig[64] = 27
	rows := []map[string]any{}
	for id := 1; id <= 3; id++ {
		rows = append(rows, map[string]any{"id": id, "meterId": common.HexToHash("0x01"), "intervalStart": 10 * id,
			"intervalEnd": 10*id + 10, "exportWh": 5 * id, "importWh": 0, "seq": id, "signature": "0x" + common.Bytes2Hex(sig)})
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "Bearer tok" {
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		after := r.URL.Query().Get("after")
		var page []map[string]any
		for _, row := range rows {
			if after == "0" || (after == "2" && row["id"].(int) == 3) {
				page = append(page, row)
			}
		}
		_ = json.NewEncoder(w).Encode(map[string]any{"readings": page, "next": 0, "horizon": 3})
	}))
	defer srv.Close()
	c, err := NewBridgeClient(BridgeConfig{URL: srv.URL + "/", Token: "tok", Timeout: time.Second})
	require.NoError(t, err)
	got, next, err := c.After(context.Background(), 0, 10)
	require.NoError(t, err)
	require.Equal(t, int64(3), next)
	require.Len(t, got, 3)
	require.Equal(t, reading.Reading{MeterID: common.HexToHash("0x01"), IntervalStart: 30, IntervalEnd: 40, ExportWh: 15, Seq: 3}, got[2].Reading)
	got, next, err = c.After(context.Background(), 2, 10)
	require.NoError(t, err)
	require.Equal(t, int64(3), next)
	require.Len(t, got, 1)

	bad, err := NewBridgeClient(BridgeConfig{URL: srv.URL, Token: "wrong", Timeout: time.Second})
	require.NoError(t, err)
	_, next, err = bad.After(context.Background(), 7, 10)
	require.Error(t, err)
	require.Equal(t, int64(7), next, "a failed page leaves the cursor where it was")
}
