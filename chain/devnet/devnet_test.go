package devnet

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap"
)

func newTestConfig(t *testing.T) Config {
	t.Helper()
	root := t.TempDir()
	cfg := DefaultConfig(root)
	require.NoError(t, os.MkdirAll(filepath.Dir(cfg.Geth), 0o755))
	require.NoError(t, os.WriteFile(cfg.Geth, []byte("#!/bin/sh\n"), 0o755))
	return cfg
}

func TestGenesis_CliqueLondonSortedSigners(t *testing.T) {
	cfg := newTestConfig(t)
	signers := []common.Address{common.HexToAddress("0x3"), common.HexToAddress("0x1"), common.HexToAddress("0x2")}
	funded := []common.Address{common.HexToAddress("0xf")}
	raw, err := cfg.Genesis(signers, funded)
	require.NoError(t, err)
	var g struct {
		Config    map[string]any               `json:"config"`
		ExtraData string                       `json:"extraData"`
		GasLimit  string                       `json:"gasLimit"`
		Alloc     map[string]map[string]string `json:"alloc"`
	}
	require.NoError(t, json.Unmarshal(raw, &g))
	require.EqualValues(t, DefaultChainID, g.Config["chainId"])
	require.EqualValues(t, 0, g.Config["londonBlock"])
	for _, later := range []string{"shanghaiTime", "cancunTime", "terminalTotalDifficulty", "mergeNetsplitBlock"} {
		require.NotContains(t, g.Config, later, "Clique cannot run %s", later)
	}
	require.Equal(t, map[string]any{"period": float64(2), "epoch": float64(cliqueEpoch)}, g.Config["clique"])
	gas, err := hexutil.DecodeUint64(g.GasLimit)
	require.NoError(t, err)
	require.EqualValues(t, DefaultGasLimit, gas)

	extra, err := hexutil.Decode(g.ExtraData)
	require.NoError(t, err)
	require.Len(t, extra, 32+3*20+65)
	got := []common.Address{}
	for i := 32; i < 32+3*20; i += 20 {
		got = append(got, common.BytesToAddress(extra[i:i+20]))
	}
	require.True(t, slices.IsSortedFunc(got, func(a, b common.Address) int { return bytes.Compare(a[:], b[:]) }))
	require.ElementsMatch(t, signers, got)
	require.Contains(t, g.Alloc, strings.ToLower(funded[0].Hex()))
}

func TestConfigTOML_StaticPeersAreTheOtherThree(t *testing.T) {
	cfg := newTestConfig(t)
	nodeKeys := generateNodeKeys(t, RPCNode+1)
	for i := range Authorities {
		toml := string(cfg.configTOML(i, nodeKeys))
		require.Contains(t, toml, "[Node.P2P]")
		require.Equal(t, 3, strings.Count(toml, "enode://"))
		require.NotContains(t, toml, cfg.enode(i, nodeKeys[i]), "a node must not peer with itself")
		for j := range Authorities {
			if j != i {
				require.Contains(t, toml, cfg.enode(j, nodeKeys[j]))
			}
		}
		require.NotContains(t, toml, cfg.enode(RPCNode, nodeKeys[RPCNode]), "the RPC node dials the signers")
	}
	toml := string(cfg.configTOML(RPCNode, nodeKeys))
	require.Equal(t, 4, strings.Count(toml, "enode://"), "the RPC node peers with every signer")
}

// A signer holds its key unlocked: it must serve no HTTP or WS at all (geth's eth namespace signs
// with an unlocked key for any caller), and must not tell geth to allow that.
func TestArgs_SignersServeIPCOnly(t *testing.T) {
	cfg := newTestConfig(t)
	signer := common.HexToAddress("0xabc")
	for i := range Authorities {
		args := strings.Join(cfg.Args(i, signer), " ")
		for _, want := range []string{
			"--nodiscover", "--netrestrict 127.0.0.0/8", "--miner.gaslimit 30000000",
			"--txpool.accountslots 16384", "--txpool.globalslots 20000", "--ipcpath " + cfg.IPCPath(i),
			"--miner.etherbase " + signer.Hex(), "--unlock " + signer.Hex(), "--miner.recommit 1s",
			"--authrpc.addr 127.0.0.1",
		} {
			require.Contains(t, args, want)
		}
		for _, banned := range []string{"--http", "--ws", "--allow-insecure-unlock", "corsdomain", "origins", "--mine "} {
			require.NotContains(t, args+" ", banned, "signer %s", Authorities[i])
		}
		for _, port := range []int{cfg.AuthRPCPort + i, cfg.P2PPort + i} {
			require.Contains(t, args, " "+itoa(port))
		}
	}
}

// The RPC node serves the public APIs on loopback, to the dapp's origin only, and holds no key.
func TestRPCArgs_PublicAPIsNoKey(t *testing.T) {
	cfg := newTestConfig(t)
	args := strings.Join(cfg.RPCArgs(), " ")
	for _, want := range []string{
		"--http.addr 127.0.0.1", "--http.port " + itoa(cfg.HTTPPort), "--http.api eth,net,web3",
		"--ws.addr 127.0.0.1", "--ws.port " + itoa(cfg.WSPort), "--ws.api eth,net,web3",
		"--http.corsdomain " + DefaultCORSOrigins, "--ws.origins " + DefaultCORSOrigins,
		"--port " + itoa(cfg.P2PPort+RPCNode), "--nodiscover", "--netrestrict 127.0.0.0/8",
		"--txpool.globalslots 20000", "--ipcpath " + cfg.IPCPath(RPCNode),
	} {
		require.Contains(t, args, want)
	}
	for _, banned := range []string{"--unlock", "--password", "--miner.etherbase", "--allow-insecure-unlock", "*", "admin", "personal"} {
		require.NotContains(t, args, banned)
	}
}

func TestConfig_CheckRejectsBadSettings(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(*Config)
		want   error
	}{
		{"no geth", func(c *Config) { c.Geth = "/nonexistent/geth" }, ErrNoGeth},
		{"zero period", func(c *Config) { c.Period = 0 }, ErrBadPeriod},
		{"tiny gas limit", func(c *Config) { c.GasLimit = 1000 }, ErrBadGasLimit},
		{"zero chain id", func(c *Config) { c.ChainID = 0 }, ErrBadChainID},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cfg := newTestConfig(t)
			require.NoError(t, cfg.Check())
			tc.mutate(&cfg)
			require.ErrorIs(t, cfg.Check(), tc.want)
		})
	}
}

func TestKeys_StableAcrossCalls(t *testing.T) {
	cfg := newTestConfig(t)
	a, n, err := cfg.Keys()
	require.NoError(t, err)
	b, m, err := cfg.Keys()
	require.NoError(t, err)
	require.Len(t, a, len(cfg.AccountNames()))
	for name := range a {
		require.Equal(t, crypto.FromECDSA(a[name]), crypto.FromECDSA(b[name]), name)
	}
	for i := range n {
		require.Equal(t, crypto.FromECDSA(n[i]), crypto.FromECDSA(m[i]))
	}
	st, err := os.Stat(cfg.KeyPath(AccountDeployer))
	require.NoError(t, err)
	require.Equal(t, os.FileMode(0o600), st.Mode().Perm())
}

// A node is recognised by the --datadir on its command line, so a devnet opened with a relative
// dir must resolve it: otherwise `down` from a relative path forgets (and un-records) running nodes.
func TestNew_ResolvesARelativeDir(t *testing.T) {
	cfg := newTestConfig(t)
	require.NoError(t, os.MkdirAll(cfg.Dir, 0o755))
	parent := filepath.Dir(cfg.Dir)
	t.Chdir(parent)
	cfg.Dir = filepath.Base(cfg.Dir)
	d, err := New(cfg, zap.NewNop())
	require.NoError(t, err)
	want, err := filepath.EvalSymlinks(filepath.Join(parent, cfg.Dir))
	require.NoError(t, err)
	got, err := filepath.EvalSymlinks(d.Dir)
	require.NoError(t, err)
	require.True(t, filepath.IsAbs(d.Dir), d.Dir)
	require.Equal(t, want, got)
	require.True(t, strings.HasPrefix(d.NodeDir(0), d.Dir))

	require.NoError(t, d.saveState())
	loaded, err := LoadConfig(cfg.Dir, cfg.Geth)
	require.NoError(t, err)
	require.Equal(t, d.Dir, loaded.Dir)
}
