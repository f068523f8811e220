package dapp

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap"

	"github.com/campus-grid/gridchain/chain/manifest"
)

type fixture struct {
	dir      string
	manifest *manifest.Manifest
	path     string
	keys     map[string]string
}

func newFixture(t *testing.T, rpcURLs ...string) *fixture {
	t.Helper()
	dir := t.TempDir()
	f := &fixture{dir: dir, path: filepath.Join(dir, "deployment.json"), keys: map[string]string{}}
	m := &manifest.Manifest{ChainID: 62831, Contracts: map[string]common.Address{
		manifest.Registry: common.HexToAddress("0x01"), manifest.Trading: common.HexToAddress("0x02"),
	}, DeployBlock: 8, Accounts: map[string]manifest.Account{}, Market: map[string]uint64{"epochLength": 60}}
	if len(rpcURLs) == 0 {
		rpcURLs = []string{"http://127.0.0.1:1"}
	}
	for i, u := range rpcURLs {
		m.RPC = append(m.RPC, manifest.Node{Name: "node" + string(rune('A'+i)), RPCURL: u})
	}
	for _, name := range []string{"user01", "user02", "registrar"} {
		key, err := crypto.GenerateKey()
		require.NoError(t, err)
		file := filepath.Join(dir, name+".key")
		hexKey := hex.EncodeToString(crypto.FromECDSA(key))
		require.NoError(t, os.WriteFile(file, []byte(hexKey+"\n"), 0o600))
		f.keys[name] = "0x" + hexKey
		acct := manifest.Account{Name: name, Address: crypto.PubkeyToAddress(key.PublicKey), KeyFile: file}
		if name == "registrar" {
			m.Accounts[name] = acct
		} else {
			m.Demo = append(m.Demo, acct)
		}
	}
	require.NoError(t, m.Save(f.path))
	f.manifest = m
	return f
}

func newTestService(t *testing.T, mutate func(*Config)) *Service {
	t.Helper()
	cfg := DefaultConfig()
	cfg.Listen = "127.0.0.1:0"
	if mutate != nil {
		mutate(&cfg)
	}
	s, err := New(cfg, zap.NewNop())
	require.NoError(t, err)
	return s
}

func get(t *testing.T, h http.Handler, path string) *httptest.ResponseRecorder {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	return rec
}

func TestConfigCheck(t *testing.T) {
	tests := []struct {
		name    string
		mutate  func(*Config)
		wantErr error
	}{
		{name: "defaults", mutate: func(*Config) {}},
		{name: "no listen", mutate: func(c *Config) { c.Listen = "" }, wantErr: ErrNoListen},
		{name: "no manifest", mutate: func(c *Config) { c.ManifestPath = "" }, wantErr: ErrNoManifest},
		{name: "relative node url", mutate: func(c *Config) { c.NodeRPC = "127.0.0.1:8545" }, wantErr: ErrBadURL},
		{name: "ftp meterbridge", mutate: func(c *Config) { c.MeterbridgeURL = "ftp://x" }, wantErr: ErrBadURL},
		{name: "zero timeout", mutate: func(c *Config) { c.UpstreamTimeout = 0 }, wantErr: ErrBadDuration},
		{name: "devnet on loopback", mutate: func(c *Config) { c.Devnet = true }},
		{name: "devnet on localhost", mutate: func(c *Config) { c.Devnet, c.Listen = true, "localhost:8088" }},
		{name: "devnet on ::1", mutate: func(c *Config) { c.Devnet, c.Listen = true, "[::1]:8088" }},
		{name: "devnet on every interface", mutate: func(c *Config) { c.Devnet, c.Listen = true, ":8088" }, wantErr: ErrDevnetOffLoopback},
		{name: "devnet on 0.0.0.0", mutate: func(c *Config) { c.Devnet, c.Listen = true, "0.0.0.0:8088" }, wantErr: ErrDevnetOffLoopback},
		{name: "devnet on a lan address", mutate: func(c *Config) { c.Devnet, c.Listen = true, "192.168.1.20:8088" }, wantErr: ErrDevnetOffLoopback},
		{name: "no devnet anywhere", mutate: func(c *Config) { c.Listen = "0.0.0.0:8088" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := DefaultConfig()
			tt.mutate(&cfg)
			err := cfg.Check()
			if tt.wantErr == nil {
				require.NoError(t, err)
			} else {
				require.ErrorIs(t, err, tt.wantErr)
			}
		})
	}
}

func TestPageConfig(t *testing.T) {
	f := newFixture(t)
	t.Run("devnet serves demo keys and the registrar's", func(t *testing.T) {
		s := newTestService(t, func(c *Config) { c.ManifestPath = f.path; c.Devnet = true; c.MeterbridgeURL = "http://127.0.0.1:9" })
		rec := get(t, s.Handler(), "/config.json")
		require.Equal(t, http.StatusOK, rec.Code)
		var pc PageConfig
		require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &pc))
		require.Equal(t, uint64(62831), pc.ChainID)
		require.Equal(t, "rpc", pc.RPCURL)
		require.True(t, pc.Meterbridge)
		require.Equal(t, f.manifest.Contracts[manifest.Trading], pc.Contracts[manifest.Trading])
		require.NotContains(t, pc.Contracts, manifest.GridToken)
		require.Len(t, pc.DemoAccounts, 3)
		require.Equal(t, "user01", pc.DemoAccounts[0].Name)
		require.Equal(t, f.keys["user01"], pc.DemoAccounts[0].PrivateKey)
		require.Equal(t, "registrar (admin)", pc.DemoAccounts[2].Name)
	})
	t.Run("without devnet no key leaves the server", func(t *testing.T) {
		s := newTestService(t, func(c *Config) { c.ManifestPath = f.path; c.BrowserRPC = "https://rpc.campus.example" })
		rec := get(t, s.Handler(), "/config.json")
		require.Equal(t, http.StatusOK, rec.Code)
		require.NotContains(t, rec.Body.String(), "privateKey")
		require.Contains(t, rec.Body.String(), `"rpcUrl":"https://rpc.campus.example"`)
	})
	t.Run("a key file of another account is refused", func(t *testing.T) {
		other, err := crypto.GenerateKey()
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(f.manifest.Demo[0].KeyFile, []byte(hex.EncodeToString(crypto.FromECDSA(other))), 0o600))
		s := newTestService(t, func(c *Config) { c.ManifestPath = f.path; c.Devnet = true })
		_, err = s.BuildPageConfig()
		require.ErrorIs(t, err, ErrKeyMismatch)
		require.Equal(t, http.StatusServiceUnavailable, get(t, s.Handler(), "/config.json").Code)
	})
	t.Run("a missing manifest answers 503", func(t *testing.T) {
		s := newTestService(t, func(c *Config) { c.ManifestPath = filepath.Join(f.dir, "none.json") })
		require.Equal(t, http.StatusServiceUnavailable, get(t, s.Handler(), "/config.json").Code)
	})
}

func TestStaticAssets(t *testing.T) {
	s := newTestService(t, nil)
	rec := get(t, s.Handler(), "/")
	require.Equal(t, http.StatusOK, rec.Code)
	require.Contains(t, rec.Body.String(), "<title>Campus Solar Market</title>")
	require.Contains(t, rec.Header().Get("Content-Security-Policy"), "connect-src 'self'")
	js := get(t, s.Handler(), "/app.js")
	require.Equal(t, http.StatusOK, js.Code)
	require.Contains(t, js.Header().Get("Content-Type"), "javascript")
	require.Greater(t, js.Body.Len(), 10_000)
}

func fakeNode(t *testing.T, calls *atomic.Int32) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		body, _ := io.ReadAll(r.Body)
		w.Header().Set("Content-Type", "application/json")
		if strings.HasPrefix(strings.TrimSpace(string(body)), "[") {
			_, _ = io.WriteString(w, `[{"jsonrpc":"2.0","id":1,"result":"0xf56f"},{"jsonrpc":"2.0","id":2,"result":"0x10"}]`)
			return
		}
		_, _ = io.WriteString(w, `{"jsonrpc":"2.0","id":1,"result":"0xf56f"}`)
	}))
	t.Cleanup(srv.Close)
	return srv
}

func post(t *testing.T, h http.Handler, path, body string) *httptest.ResponseRecorder {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, path, strings.NewReader(body)))
	return rec
}

func TestRPCPassThrough(t *testing.T) {
	var calls atomic.Int32
	node := fakeNode(t, &calls)
	// The first node is down: the pass-through moves on to the next one.
	f := newFixture(t, "http://127.0.0.1:1", node.URL)
	s := newTestService(t, func(c *Config) { c.ManifestPath = f.path })

	tests := []struct {
		name      string
		body      string
		wantIn    string
		wantCalls int32
	}{
		{name: "single call", body: `{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]}`, wantIn: `"result":"0xf56f"`, wantCalls: 1},
		{name: "batch", body: `[{"jsonrpc":"2.0","id":1,"method":"eth_chainId"},{"jsonrpc":"2.0","id":2,"method":"net_version"}]`, wantIn: `"id":2,"result":"0x10"`, wantCalls: 1},
		{name: "node-held keys denied", body: `{"jsonrpc":"2.0","id":5,"method":"eth_sendTransaction","params":[{}]}`, wantIn: `"code":-32601`},
		{name: "operator namespace denied in a batch", body: `[{"jsonrpc":"2.0","id":1,"method":"eth_chainId"},{"jsonrpc":"2.0","id":2,"method":"admin_peers"}]`, wantIn: `method not allowed: admin_peers`},
		{name: "garbage", body: `{nope`, wantIn: `"code":-32700`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := calls.Load()
			rec := post(t, s.Handler(), "/rpc", tt.body)
			require.Equal(t, http.StatusOK, rec.Code)
			require.Contains(t, rec.Body.String(), tt.wantIn)
			require.Equal(t, tt.wantCalls, calls.Load()-before)
		})
	}
	t.Run("readyz checks the chain id", func(t *testing.T) {
		require.Equal(t, http.StatusOK, get(t, s.Handler(), "/readyz").Code)
		f.manifest.ChainID = 1
		require.NoError(t, f.manifest.Save(f.path))
		require.Equal(t, http.StatusServiceUnavailable, get(t, s.Handler(), "/readyz").Code)
	})
	t.Run("no node answers", func(t *testing.T) {
		dead := newTestService(t, func(c *Config) { c.ManifestPath = f.path; c.NodeRPC = "http://127.0.0.1:1" })
		rec := post(t, dead.Handler(), "/rpc", `{"jsonrpc":"2.0","id":1,"method":"eth_chainId"}`)
		require.Equal(t, http.StatusBadGateway, rec.Code)
	})
}

func TestMeterbridgePassThrough(t *testing.T) {
	const meter = "0x1111111111111111111111111111111111111111111111111111111111111111"
	var gotPath, gotQuery, gotAuth string
	mb := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		gotPath, gotQuery, gotAuth = r.URL.Path, r.URL.RawQuery, r.Header.Get("Authorization")
		w.Header().Set("Content-Type", "application/json")
		_, _ = io.WriteString(w, `{"readings":[]}`)
	}))
	t.Cleanup(mb.Close)
	s := newTestService(t, func(c *Config) { c.MeterbridgeURL = mb.URL + "/"; c.MeterbridgeToken = "read-secret" })

	rec := get(t, s.Handler(), "/api/meters/"+meter+"/readings?from=100&limit=5&evil=1")
	require.Equal(t, http.StatusOK, rec.Code)
	require.JSONEq(t, `{"readings":[]}`, rec.Body.String())
	require.Equal(t, "/v1/meters/"+meter+"/readings", gotPath)
	require.Equal(t, "from=100&limit=5", gotQuery)
	require.Equal(t, "Bearer read-secret", gotAuth)

	require.Equal(t, http.StatusOK, get(t, s.Handler(), "/api/meters/"+meter+"/latest").Code)
	require.Equal(t, "/v1/meters/"+meter+"/latest", gotPath)
	require.Equal(t, http.StatusBadRequest, get(t, s.Handler(), "/api/meters/0x12/readings").Code)

	off := newTestService(t, nil)
	require.Equal(t, http.StatusNotFound, get(t, off.Handler(), "/api/meters/"+meter+"/readings").Code)
}

func TestLifecycle(t *testing.T) {
	s := newTestService(t, nil)
	_, err := s.Addr()
	require.ErrorIs(t, err, ErrNotStarted)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	require.NoError(t, s.Start(ctx))
	addr, err := s.Addr()
	require.NoError(t, err)
	res, err := http.Get("http://" + addr + "/healthz")
	require.NoError(t, err)
	require.NoError(t, res.Body.Close())
	require.Equal(t, http.StatusOK, res.StatusCode)
	require.NoError(t, s.Stop(ctx))
	require.NoError(t, s.Stop(ctx))
	require.True(t, s.Stopped())
	_, err = http.Get("http://" + addr + "/healthz")
	require.Error(t, err)
}
