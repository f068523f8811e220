// Package devnet runs the four-signer Clique network of the campus market on one machine: it
// generates the keys, the genesis and each node's config.toml, starts and stops the geth
// processes it owns (tracked by pid files), and waits until the nodes peer and the four
// authorities take turns sealing blocks. cmd/devnet is its thin command line; the integration
// test harness uses it to stop and restart individual signers.
//
// As in production (deploy/), a signer serves no HTTP or WebSocket endpoint: it holds its sealing
// key unlocked, and geth's eth namespace signs with any unlocked key for whoever calls
// (eth_sign, eth_sendTransaction), so a signer answers on its IPC socket only. A fifth geth, the
// RPC node (index RPCNode), holds no key and seals nothing; it alone serves eth, net and web3 over
// HTTP and WS on loopback, for wallets, the dapp, the services and the tests.
package devnet

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"
)

// Authorities are the four Thai energy authorities that run a signer each, in node order.
var Authorities = []string{"ERC", "MEA", "PEA", "EGAT"}

// RPCNode is the index of the non-signing RPC node, after the signers; RPCNodeName is its name.
const (
	RPCNode     = 4
	RPCNodeName = "RPC"
)

// NodeName is the name of node i: an authority, or RPCNodeName.
func NodeName(i int) string {
	if i == RPCNode {
		return RPCNodeName
	}
	return Authorities[i]
}

// validNode reports whether i is a node of the devnet (a signer or the RPC node).
func validNode(i int) bool { return i >= 0 && i <= RPCNode }

// Default settings of the development network.
const (
	DefaultChainID     = 62831
	DefaultPeriod      = 2 // seconds between blocks
	DefaultGasLimit    = 30_000_000
	DefaultHost        = "127.0.0.1"
	DefaultHTTPPort    = 8545
	DefaultWSPort      = 8645
	DefaultAuthRPCPort = 8551
	DefaultP2PPort     = 30311
	DefaultDemoUsers   = 10
	DefaultNetRestrict = "127.0.0.0/8"
	// DefaultCORSOrigins is the only browser origin allowed to call the RPC node: the dapp of
	// `make run`. The dapp page itself needs none (it calls its own server's /rpc).
	DefaultCORSOrigins = "http://127.0.0.1:8080"
	// DefaultEpochLength is the devnet's market epoch in seconds: short, so that clearing is
	// visible within minutes (production: 900).
	DefaultEpochLength  = 60
	stateFileName       = "devnet.json"
	defaultStartTimeout = 60 * time.Second
	rpcSyncTimeout      = 15 * time.Minute
)

var (
	ErrNoGeth         = errors.New("geth binary not found")
	ErrBadPeriod      = errors.New("block period must be at least 1 second")
	ErrBadGasLimit    = errors.New("gas limit must be at least 5,000,000")
	ErrBadChainID     = errors.New("chain id must not be zero")
	ErrNotInitialized = errors.New("devnet not initialised")
	ErrNodeIndex      = errors.New("node index out of range")
	ErrTimeout        = errors.New("timed out")
)

// Config is what the devnet is made of. It is persisted to <Dir>/devnet.json on first start so
// that later starts (a reboot, the test harness restarting a node) use the same settings.
type Config struct {
	// Dir holds keys, genesis, node data directories, logs and the manifest.
	Dir string `json:"-"`
	// Geth is the path of the geth v1.13.15 binary.
	Geth     string `json:"-"`
	ChainID  uint64 `json:"chainId"`
	Period   uint64 `json:"period"`
	GasLimit uint64 `json:"gasLimit"`
	Host     string `json:"host"`
	// HTTPPort and WSPort are the RPC node's public endpoints (signers serve none).
	HTTPPort int `json:"httpPort"`
	WSPort   int `json:"wsPort"`
	// AuthRPCPort+i is signer i's engine API port (unused by Clique, JWT-protected); the RPC
	// node's is picked by the OS.
	AuthRPCPort int `json:"authRpcPort"`
	// P2PPort+i is node i's peer-to-peer port (the RPC node's is P2PPort+RPCNode).
	P2PPort     int    `json:"p2pPort"`
	NetRestrict string `json:"netRestrict"`
	DemoUsers   int    `json:"demoUsers"`
	// EpochLength of the Trading market in seconds (used when Trading is deployed).
	EpochLength uint64 `json:"epochLength,omitempty"`
	// Verbosity is geth's log level (0-5).
	Verbosity int `json:"verbosity"`
	// CORSOrigins are the browser origins (comma-separated) the RPC node answers, over HTTP
	// (CORS) and WS (Origin); not part of the chain, so a restart may change them.
	CORSOrigins string `json:"-"`
}

// DefaultConfig is the development network under root/build/devnet with root/build/bin/geth.
func DefaultConfig(root string) Config {
	return Config{
		Dir:         filepath.Join(root, "build", "devnet"),
		Geth:        filepath.Join(root, "build", "bin", "geth"),
		ChainID:     DefaultChainID,
		Period:      DefaultPeriod,
		GasLimit:    DefaultGasLimit,
		Host:        DefaultHost,
		HTTPPort:    DefaultHTTPPort,
		WSPort:      DefaultWSPort,
		AuthRPCPort: DefaultAuthRPCPort,
		P2PPort:     DefaultP2PPort,
		NetRestrict: DefaultNetRestrict,
		DemoUsers:   DefaultDemoUsers,
		EpochLength: DefaultEpochLength,
		Verbosity:   3,
		CORSOrigins: DefaultCORSOrigins,
	}
}

// Check rejects settings the network cannot run with.
func (c *Config) Check() error {
	var errs []error
	if c.Dir == "" {
		errs = append(errs, errors.New("devnet dir is empty"))
	}
	if st, err := os.Stat(c.Geth); err != nil || st.IsDir() {
		errs = append(errs, fmt.Errorf("%w at %q (run `make deps`)", ErrNoGeth, c.Geth))
	}
	if c.ChainID == 0 {
		errs = append(errs, ErrBadChainID)
	}
	if c.Period < 1 {
		errs = append(errs, ErrBadPeriod)
	}
	if c.GasLimit < 5_000_000 {
		errs = append(errs, ErrBadGasLimit)
	}
	if c.DemoUsers < 0 || c.DemoUsers > 99 {
		errs = append(errs, errors.New("demo users must be between 0 and 99"))
	}
	return errors.Join(errs...)
}

func (c *Config) statePath() string { return filepath.Join(c.Dir, stateFileName) }

// saveState records the chain-defining settings once, when the chain is created.
func (c *Config) saveState() error {
	raw, err := json.MarshalIndent(c, "", "  ")
	if err != nil {
		return fmt.Errorf("encode devnet state: %w", err)
	}
	if err := os.WriteFile(c.statePath(), append(raw, '\n'), 0o644); err != nil {
		return fmt.Errorf("write devnet state: %w", err)
	}
	return nil
}

// LoadConfig reads the settings an existing devnet under dir was created with; geth is the binary
// to run it with.
func LoadConfig(dir, geth string) (Config, error) {
	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs // see New
	}
	raw, err := os.ReadFile(filepath.Join(dir, stateFileName))
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return Config{}, fmt.Errorf("%s: %w", dir, ErrNotInitialized)
		}
		return Config{}, fmt.Errorf("read devnet state: %w", err)
	}
	var c Config
	if err := json.Unmarshal(raw, &c); err != nil {
		return Config{}, fmt.Errorf("parse devnet state: %w", err)
	}
	c.Dir, c.Geth = dir, geth
	return c, nil
}

// adoptState replaces the chain-defining settings with those the existing chain was created
// with, so a changed flag cannot silently fork an existing devnet.
func (c *Config) adoptState() (bool, error) {
	old, err := LoadConfig(c.Dir, c.Geth)
	if errors.Is(err, ErrNotInitialized) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	verbosity, epoch, cors := c.Verbosity, c.EpochLength, c.CORSOrigins
	*c = old
	c.Verbosity, c.CORSOrigins = verbosity, cors
	if c.EpochLength == 0 { // created before Trading existed
		c.EpochLength = epoch
	}
	return true, nil
}

// NodeDir is the data directory of node i.
func (c *Config) NodeDir(i int) string {
	return filepath.Join(c.Dir, nodeDirName(i))
}

func nodeDirName(i int) string { return lower(NodeName(i)) }

// IPCPath is node i's IPC socket: the operator endpoint (admin, clique, ...), reachable only on
// the node's own host. It is a signer's only endpoint.
func (c *Config) IPCPath(i int) string { return filepath.Join(c.NodeDir(i), "geth.ipc") }

// HTTPURL is the RPC node's public JSON-RPC endpoint (eth, net, web3 only, no key behind it).
func (c *Config) HTTPURL() string { return fmt.Sprintf("http://%s:%d", c.Host, c.HTTPPort) }

// WSURL is the RPC node's public WebSocket endpoint (eth, net, web3 only, no key behind it).
func (c *Config) WSURL() string { return fmt.Sprintf("ws://%s:%d", c.Host, c.WSPort) }

// LogPath is node i's geth log.
func (c *Config) LogPath(i int) string { return filepath.Join(c.NodeDir(i), "geth.log") }

// PIDPath is node i's pid file, written when this package starts the node.
func (c *Config) PIDPath(i int) string { return filepath.Join(c.NodeDir(i), "geth.pid") }

// KeysDir holds every generated key, one hex file per account.
func (c *Config) KeysDir() string { return filepath.Join(c.Dir, "keys") }

// ManifestPath is where the deployment manifest is written.
func (c *Config) ManifestPath() string { return filepath.Join(c.Dir, "deployment.json") }

// GenesisPath is the genesis file every node was initialised with.
func (c *Config) GenesisPath() string { return filepath.Join(c.Dir, "genesis.json") }

func lower(s string) string {
	b := []byte(s)
	for i, ch := range b {
		if 'A' <= ch && ch <= 'Z' {
			b[i] = ch + 'a' - 'A'
		}
	}
	return string(b)
}
