package meterbridge

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"
)

func validConfig() Config {
	cfg := DefaultConfig()
	cfg.HeadEnds = []HeadEnd{{Name: "ami", Token: "0123456789abcdef"}}
	cfg.Registry = RegistryConfig{Source: SourceStatic, ChainID: 1337, Address: common.HexToAddress("0x1234"),
		Meters: []StaticMeter{{ID: common.HexToHash("0x01"), Signer: common.HexToAddress("0x02")}}}
	return cfg
}

func TestConfigCheck(t *testing.T) {
	require.NoError(t, func() error { c := validConfig(); return c.Check() }())
	tests := []struct {
		name   string
		mutate func(c *Config)
		want   error
	}{
		{"no head-ends", func(c *Config) { c.HeadEnds = nil }, ErrNoHeadEnds},
		{"short token", func(c *Config) { c.HeadEnds[0].Token = "short" }, ErrHeadEnd},
		{"shared token", func(c *Config) { c.HeadEnds = append(c.HeadEnds, HeadEnd{Name: "b", Token: c.HeadEnds[0].Token}) }, ErrDupToken},
		{"half a TLS pair", func(c *Config) { c.TLS.CertFile = "cert.pem" }, ErrTLSHalf},
		{"no chain id", func(c *Config) { c.Registry.ChainID = 0 }, ErrNoChainID},
		{"no registry", func(c *Config) { c.Registry.Address = common.Address{} }, ErrNoRegistry},
		{"chain source without rpc", func(c *Config) { c.Registry.Source = SourceChain }, ErrNoRPC},
		{"static source without meters", func(c *Config) { c.Registry.Meters = nil }, ErrNoMeters},
		{"unknown source", func(c *Config) { c.Registry.Source = "oracle" }, ErrSource},
		{"bad log level", func(c *Config) { c.Log.Level = "loud" }, ErrLogLevel},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := validConfig()
			tc.mutate(&c)
			require.ErrorIs(t, c.Check(), tc.want)
		})
	}
	c := validConfig()
	c.Ingest.MaxBatch = 0
	require.ErrorContains(t, c.Check(), "ingest.max_batch")
}

func TestConfigCheckPlaintextOnlyOnLoopback(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(c *Config)
		want   error
	}{
		{name: "plain http on 127.0.0.1", mutate: func(c *Config) { c.Listen = "127.0.0.1:8480" }},
		{name: "plain http on ::1", mutate: func(c *Config) { c.Listen = "[::1]:8480" }},
		{name: "plain http on localhost", mutate: func(c *Config) { c.Listen = "localhost:8480" }},
		{name: "plain http on every interface", mutate: func(c *Config) { c.Listen = ":8480" }, want: ErrPlaintext},
		{name: "plain http on 0.0.0.0", mutate: func(c *Config) { c.Listen = "0.0.0.0:8480" }, want: ErrPlaintext},
		{name: "plain http on a lan address", mutate: func(c *Config) { c.Listen = "10.1.2.3:8480" }, want: ErrPlaintext},
		{name: "tls on every interface", mutate: func(c *Config) {
			c.Listen, c.TLS.CertFile, c.TLS.KeyFile = "0.0.0.0:8480", "cert.pem", "key.pem"
		}},
		{name: "plain http off loopback, waived", mutate: func(c *Config) {
			c.Listen, c.TLS.AllowPlaintextOffLoopback = "0.0.0.0:8480", true
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := validConfig()
			tc.mutate(&c)
			if tc.want == nil {
				require.NoError(t, c.Check())
			} else {
				require.ErrorIs(t, c.Check(), tc.want)
			}
		})
	}
}

func TestLoadConfigPlaintextWaiverFromEnv(t *testing.T) {
	t.Setenv("MB_LISTEN", "0.0.0.0:8480")
	t.Setenv("MB_TLS_ALLOW_PLAINTEXT_OFF_LOOPBACK", "true")
	cfg, err := LoadConfig("")
	require.NoError(t, err)
	require.True(t, cfg.TLS.AllowPlaintextOffLoopback)
}

func TestLoadConfigFileAndEnv(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "mb.yaml")
	require.NoError(t, os.WriteFile(path, []byte(`
listen: 127.0.0.1:9999
ingest:
  max_batch: 500
  max_clock_skew: 2m
head_ends:
  - {name: kmutt, token: "kmutt-token-0123456789"}
registry:
  source: static
  chain_id: 31337
  address: "0x5FbDB2315678afecb367f032d93F642f64180aa3"
  meters:
    - {id: "0x0000000000000000000000000000000000000000000000000000000000000001", signer: "0x0000000000000000000000000000000000000002"}
`), 0o600))
	t.Setenv("MB_INGEST_MAX_BATCH", "250")
	t.Setenv("MB_DB_DSN", "postgres://x:y@127.0.0.1:1/z")
	cfg, err := LoadConfig(path)
	require.NoError(t, err)
	require.NoError(t, cfg.Check())
	require.Equal(t, "127.0.0.1:9999", cfg.Listen)
	require.Equal(t, 250, cfg.Ingest.MaxBatch, "environment beats the file")
	require.Equal(t, 2*time.Minute, cfg.Ingest.MaxClockSkew)
	require.Equal(t, 24*time.Hour, cfg.Ingest.MaxInterval, "default kept")
	require.Equal(t, "postgres://x:y@127.0.0.1:1/z", cfg.DB.DSN)
	require.Equal(t, common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3"), cfg.Registry.Address)
	require.Len(t, cfg.Registry.Meters, 1)
	require.Equal(t, common.HexToAddress("0x02"), cfg.Registry.Meters[0].Signer)
	require.Equal(t, []HeadEnd{{Name: "kmutt", Token: "kmutt-token-0123456789"}}, cfg.HeadEnds)

	t.Setenv("MB_HEAD_ENDS", "a:token-a-0123456789abc,b:token-b-0123456789abc")
	cfg, err = LoadConfig(path)
	require.NoError(t, err)
	require.Len(t, cfg.HeadEnds, 2)
	require.Equal(t, "b", cfg.HeadEnds[1].Name)
}
