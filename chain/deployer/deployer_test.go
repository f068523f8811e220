package deployer

import (
	"bytes"
	"crypto/ecdsa"
	"math/big"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/campus-grid/gridchain/bindings/gridtoken"
	"github.com/campus-grid/gridchain/bindings/oracleclient"
	"github.com/campus-grid/gridchain/bindings/registry"
	"github.com/campus-grid/gridchain/bindings/settlementtoken"
	"github.com/campus-grid/gridchain/bindings/trading"
	"github.com/campus-grid/gridchain/chain/manifest"
)

func key(t *testing.T) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.GenerateKey()
	require.NoError(t, err)
	return k
}

func devnetStyleConfig(t *testing.T) Config {
	t.Helper()
	cfg := Config{
		RPCURL: "http://127.0.0.1:8545", ChainID: 62831,
		Keys:         map[string]*ecdsa.PrivateKey{},
		Authorities:  []string{"ERC", "MEA"},
		Keepers:      map[string]string{"ERC": "keeper-ERC"},
		DemoUsers:    []string{"user01"},
		GasAllowance: big.NewInt(1), DemoTopUp: big.NewInt(1),
	}
	for _, n := range []string{KeyDeployer, KeyRegistrar, KeySettlementOperator, KeyOracleOperator, KeyGridOperator, "ERC", "MEA", "keeper-ERC", "user01"} {
		cfg.Keys[n] = key(t)
	}
	return cfg
}

func TestConfigCheck(t *testing.T) {
	tests := []struct {
		name    string
		mutate  func(*Config)
		wantErr error
	}{
		{"complete", func(*Config) {}, nil},
		{"no deployer key", func(c *Config) { delete(c.Keys, KeyDeployer) }, ErrMissingKey},
		{"demo user without key", func(c *Config) { delete(c.Keys, "user01") }, ErrMissingKey},
		{"registrar key needed for demo users", func(c *Config) { delete(c.Keys, KeyRegistrar) }, ErrMissingKey},
		{"registrar address is enough without demo users", func(c *Config) {
			c.DemoUsers = nil
			c.Addresses = map[string]common.Address{KeyRegistrar: addr(c.Keys[KeyRegistrar])}
			delete(c.Keys, KeyRegistrar)
			delete(c.Keys, "user01")
		}, nil},
		{"authority with neither key nor address", func(c *Config) { delete(c.Keys, "MEA") }, ErrMissingKey},
		{"keeper with neither key nor address", func(c *Config) { delete(c.Keys, "keeper-ERC") }, ErrMissingKey},
		{"no chain id", func(c *Config) { c.ChainID = 0 }, manifest.ErrNoChainID},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cfg := devnetStyleConfig(t)
			tc.mutate(&cfg)
			err := cfg.Check()
			if tc.wantErr == nil {
				require.NoError(t, err)
				return
			}
			require.ErrorIs(t, err, tc.wantErr)
		})
	}
}

func TestHoldersApply(t *testing.T) {
	path := filepath.Join("..", "..", "deploy", "authority", "holders.json.example")
	h, err := LoadHolders(path)
	require.NoError(t, err)
	cfg := Config{RPCURL: "http://x", Keys: map[string]*ecdsa.PrivateKey{KeyDeployer: key(t)},
		GasAllowance: new(big.Int), DemoTopUp: new(big.Int)}
	h.Apply(&cfg)
	require.NoError(t, cfg.Check())
	require.Equal(t, []string{"ERC", "MEA", "PEA", "EGAT"}, cfg.Authorities)
	a, ok := cfg.address("keeper-EGAT")
	require.True(t, ok)
	require.Equal(t, common.HexToAddress("0x8888888888888888888888888888888888888888"), a)

	bad := filepath.Join(t.TempDir(), "holders.json")
	require.NoError(t, os.WriteFile(bad, []byte(`{"chainId":1,"authorities":[],"typo":1}`), 0o644))
	_, err = LoadHolders(bad)
	require.Error(t, err)
}

func TestSpecsDeployInDependencyOrder(t *testing.T) {
	seen := map[string]bool{}
	for _, s := range specs() {
		for _, dep := range s.deps {
			require.True(t, seen[dep], "%s depends on %s, listed later", s.name, dep)
		}
		seen[s.name] = true
		require.NotNil(t, s.creation)
		require.NotNil(t, s.ac)
		require.NotNil(t, s.grants)
	}
	for _, name := range []string{manifest.Registry, manifest.GridToken, manifest.SettlementToken, manifest.OracleClient, manifest.Trading} {
		require.True(t, seen[name], name)
	}
}

func TestRoleIDsMatchTheContracts(t *testing.T) {
	// Solidity inlines a constant role id into the bytecode (PUSH32): the id the deployer grants
	// must be there, or the grant would go to a role the contract never checks.
	tests := []struct {
		name string
		bin  string
		role [32]byte
	}{
		{"Registry registrar", registry.RegistryMetaData.Bin, RegistrarRole},
		{"GridToken minter", gridtoken.GridTokenMetaData.Bin, MinterRole},
		{"GridToken burner", gridtoken.GridTokenMetaData.Bin, BurnerRole},
		{"GridToken pauser", gridtoken.GridTokenMetaData.Bin, PauserRole},
		{"GridToken system", gridtoken.GridTokenMetaData.Bin, SystemRole},
		{"SettlementToken operator", settlementtoken.SettlementTokenMetaData.Bin, SettlementOperatorRole},
		{"SettlementToken system", settlementtoken.SettlementTokenMetaData.Bin, SystemRole},
		{"OracleClient operator", oracleclient.OracleClientMetaData.Bin, OracleOperatorRole},
		{"OracleClient market maker", oracleclient.OracleClientMetaData.Bin, MarketMakerRole},
		{"Trading market maker", trading.TradingMetaData.Bin, MarketMakerRole},
		{"Trading pauser", trading.TradingMetaData.Bin, PauserRole},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			require.True(t, bytes.Contains(common.FromHex(tc.bin), tc.role[:]), "role id not in bytecode")
		})
	}
	require.Equal(t, [32]byte{}, GovernanceRole, "governance is DEFAULT_ADMIN_ROLE")
}
