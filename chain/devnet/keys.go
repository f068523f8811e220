package devnet

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Names of the service accounts the devnet generates besides the four authority signers.
const (
	AccountDeployer           = "deployer"
	AccountRegistrar          = "registrar"
	AccountSettlementOperator = "settlementOperator"
	AccountOracleOperator     = "oracleOperator"
	AccountGridOperator       = "gridOperator"
	keeperPrefix              = "keeper-"
	demoPrefix                = "user"
)

// KeeperAccount names the market-maker (keeper) key of an authority.
func KeeperAccount(authority string) string { return keeperPrefix + authority }

// DemoAccount names the n-th demo campus user (1-based).
func DemoAccount(n int) string { return fmt.Sprintf("%s%02d", demoPrefix, n) }

// AccountNames lists every funded account of the devnet: authorities first, then service keys,
// keepers and demo users.
func (c *Config) AccountNames() []string {
	names := append([]string{}, Authorities...)
	names = append(names, AccountDeployer, AccountRegistrar, AccountSettlementOperator, AccountOracleOperator, AccountGridOperator)
	for _, a := range Authorities {
		names = append(names, KeeperAccount(a))
	}
	for n := 1; n <= c.DemoUsers; n++ {
		names = append(names, DemoAccount(n))
	}
	return names
}

// KeyPath is the file holding the hex private key of an account (devnet only).
func (c *Config) KeyPath(name string) string {
	return filepath.Join(c.KeysDir(), lower(name)+".key")
}

func (c *Config) nodeKeyPath(i int) string {
	return filepath.Join(c.KeysDir(), "node-"+nodeDirName(i)+".key")
}

// LoadKey reads a hex private key file.
func LoadKey(path string) (*ecdsa.PrivateKey, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read key: %w", err)
	}
	key, err := crypto.HexToECDSA(strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(string(raw)), "0x")))
	if err != nil {
		return nil, fmt.Errorf("parse key %s: %w", path, err)
	}
	return key, nil
}

// ensureKey loads the key at path, generating it first when the file does not exist.
func ensureKey(path string) (*ecdsa.PrivateKey, error) {
	key, err := LoadKey(path)
	if err == nil {
		return key, nil
	}
	if !errors.Is(err, os.ErrNotExist) {
		return nil, err
	}
	if key, err = crypto.GenerateKey(); err != nil {
		return nil, fmt.Errorf("generate key: %w", err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("create keys dir: %w", err)
	}
	hexKey := common.Bytes2Hex(crypto.FromECDSA(key))
	if err := os.WriteFile(path, []byte(hexKey+"\n"), 0o600); err != nil {
		return nil, fmt.Errorf("write key: %w", err)
	}
	return key, nil
}

// Keys loads (generating on first use) every account key and node key of the devnet; node keys
// are indexed by node (the RPC node's at RPCNode).
func (c *Config) Keys() (map[string]*ecdsa.PrivateKey, []*ecdsa.PrivateKey, error) {
	accounts := make(map[string]*ecdsa.PrivateKey)
	for _, name := range c.AccountNames() {
		key, err := ensureKey(c.KeyPath(name))
		if err != nil {
			return nil, nil, fmt.Errorf("account %s: %w", name, err)
		}
		accounts[name] = key
	}
	nodeKeys := make([]*ecdsa.PrivateKey, RPCNode+1) // the signers', then the RPC node's
	for i := range nodeKeys {
		key, err := ensureKey(c.nodeKeyPath(i))
		if err != nil {
			return nil, nil, fmt.Errorf("node key %s: %w", NodeName(i), err)
		}
		nodeKeys[i] = key
	}
	return accounts, nodeKeys, nil
}

// Address of the account named name.
func (c *Config) Address(name string) (common.Address, error) {
	key, err := LoadKey(c.KeyPath(name))
	if err != nil {
		return common.Address{}, err
	}
	return crypto.PubkeyToAddress(key.PublicKey), nil
}
