package svcconfig

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"
)

type item struct {
	Name string `mapstructure:"name"`
}

type sample struct {
	Listen  string         `mapstructure:"listen"`
	Timeout time.Duration  `mapstructure:"timeout"`
	URLs    []string       `mapstructure:"urls"`
	Owner   common.Address `mapstructure:"owner"`
	DB      struct {
		DSN      string `mapstructure:"dsn"`
		MaxConns int32  `mapstructure:"max_conns"`
	} `mapstructure:"db"`
	Items []item `mapstructure:"items"`
	Log   Log    `mapstructure:"log"`
}

func defaults() sample {
	var s sample
	s.Listen, s.Timeout, s.URLs = ":8080", 5*time.Second, []string{"http://a"}
	s.DB.DSN, s.DB.MaxConns = "postgres://default", 4
	s.Log = Log{Level: "info", Format: "json"}
	return s
}

func TestLoadLayersDefaultsFileAndEnvironment(t *testing.T) {
	t.Setenv("PG_DSN", "")
	path := filepath.Join(t.TempDir(), "svc.yaml")
	require.NoError(t, os.WriteFile(path, []byte("listen: \":9000\"\ndb:\n  max_conns: 9\nitems:\n  - name: one\n  - name: two\nlog:\n  level: debug\n"), 0o600))
	t.Setenv("SVC_TIMEOUT", "90s")
	t.Setenv("SVC_URLS", "http://x,http://y")
	t.Setenv("SVC_OWNER", "0x00000000000000000000000000000000000000aa")
	t.Setenv("SVC_LOG_FORMAT", "console")

	var got sample
	require.NoError(t, Load(path, "SVC", defaults(), &got))
	require.Equal(t, ":9000", got.Listen, "file over default")
	require.Equal(t, 90*time.Second, got.Timeout, "environment over default")
	require.Equal(t, []string{"http://x", "http://y"}, got.URLs)
	require.Equal(t, common.HexToAddress("0xaa"), got.Owner)
	require.Equal(t, "postgres://default", got.DB.DSN, "default kept")
	require.EqualValues(t, 9, got.DB.MaxConns, "nested file setting")
	require.Equal(t, []item{{"one"}, {"two"}}, got.Items, "lists of structs come from the file")
	require.Equal(t, Log{Level: "debug", Format: "console"}, got.Log)

	t.Setenv("SVC_DB_MAX_CONNS", "12")
	require.NoError(t, Load(path, "SVC", defaults(), &got))
	require.EqualValues(t, 12, got.DB.MaxConns, "environment over file")
}

func TestLoadTakesPGDSNUnlessTheServiceVariableIsSet(t *testing.T) {
	t.Setenv("PG_DSN", "postgres://from-pg-dsn")
	var got sample
	require.NoError(t, Load("", "SVC", defaults(), &got))
	require.Equal(t, "postgres://from-pg-dsn", got.DB.DSN)
	t.Setenv("SVC_DB_DSN", "postgres://own")
	require.NoError(t, Load("", "SVC", defaults(), &got))
	require.Equal(t, "postgres://own", got.DB.DSN)
}

func TestLoadNamesABadFileOrValue(t *testing.T) {
	var got sample
	err := Load(filepath.Join(t.TempDir(), "missing.yaml"), "SVC", defaults(), &got)
	require.ErrorContains(t, err, "missing.yaml")
	t.Setenv("SVC_TIMEOUT", "soon")
	require.ErrorContains(t, Load("", "SVC", defaults(), &got), "decode config")
}

func TestKeysListsLeavesButNotListsOfStructs(t *testing.T) {
	keys := Keys(defaults())
	for _, k := range []string{"listen", "timeout", "urls", "owner", "db.dsn", "db.max_conns", "log.level", "log.format"} {
		require.Contains(t, keys, k)
	}
	require.NotContains(t, keys, "items")
	require.NotContains(t, keys, "db")
}

func TestNewLogger(t *testing.T) {
	_, err := Log{Level: "loud", Format: "json"}.NewLogger()
	require.ErrorIs(t, err, ErrLogLevel)
	for _, f := range []string{"json", "console"} {
		l, err := Log{Level: "warn", Format: f}.NewLogger()
		require.NoError(t, err)
		require.False(t, l.Core().Enabled(-1), "info is below warn")
	}
}

func TestLoopbackOnly(t *testing.T) {
	tests := []struct {
		name string
		addr string
		want bool
	}{
		{name: "ipv4 loopback", addr: "127.0.0.1:8480", want: true},
		{name: "anywhere in 127/8", addr: "127.3.2.1:0", want: true},
		{name: "ipv6 loopback", addr: "[::1]:8480", want: true},
		{name: "localhost", addr: "localhost:8088", want: true},
		{name: "every interface", addr: ":8480"},
		{name: "ipv4 any", addr: "0.0.0.0:8480"},
		{name: "ipv6 any", addr: "[::]:8480"},
		{name: "lan address", addr: "192.168.1.10:8480"},
		{name: "other name", addr: "campus.example:8480"},
		{name: "no port", addr: "127.0.0.1"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			require.Equal(t, tc.want, LoopbackOnly(tc.addr))
		})
	}
}
