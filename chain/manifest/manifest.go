// Package manifest reads and writes the deployment manifest: what a running chain is made of
// (chain id, endpoints, contract addresses, role holders, demo accounts). `make devnet-up` writes it
// to build/devnet/deployment.json; gridctl, the services and the tests read it.
package manifest

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"
)

// DefaultPath is where the devnet writes its manifest, relative to the repository root.
const DefaultPath = "build/devnet/deployment.json"

// Contract names used as keys of Manifest.Contracts.
const (
	Registry        = "Registry"
	GridToken       = "GridToken"
	SettlementToken = "SettlementToken"
	Trading         = "Trading"
	OracleClient    = "OracleClient"
)

var (
	ErrNoChainID       = errors.New("manifest has no chain id")
	ErrNoRPC           = errors.New("manifest has no rpc node with an rpc url")
	ErrSignerEndpoint  = errors.New("a signer node must not serve HTTP or WS (its key is unlocked): list the endpoint under rpc")
	ErrUnknownContract = errors.New("contract not in manifest")
)

// Account is a key the devnet generated. KeyFile holds the hex private key (devnet only; in
// production only addresses are shared and keys stay on each authority's host).
type Account struct {
	Name    string         `json:"name"`
	Address common.Address `json:"address"`
	KeyFile string         `json:"keyFile,omitempty"`
}

// Node is one geth node of the network: a signer (Manifest.Nodes) or an RPC node (Manifest.RPC).
type Node struct {
	Name   string         `json:"name"`
	Signer common.Address `json:"signer,omitempty"`
	// RPCURL and WSURL are the public endpoints (eth, net, web3) of an RPC node; a signer has none.
	RPCURL  string `json:"rpcUrl,omitempty"`
	WSURL   string `json:"wsUrl,omitempty"`
	Enode   string `json:"enode,omitempty"`
	DataDir string `json:"dataDir,omitempty"`
	// IPC is the node's operator endpoint (admin, clique, ...), a socket on the node's own host.
	IPC string `json:"ipc,omitempty"`
}

// Manifest describes a deployed campus market.
type Manifest struct {
	ChainID uint64 `json:"chainId"`
	// Nodes are the signers, in authority order. A signer holds its sealing key unlocked and
	// serves no HTTP or WS endpoint, only IPC on its own host; production manifests may omit them.
	Nodes []Node `json:"nodes"`
	// RPC are the nodes that serve the public JSON-RPC (eth, net, web3 over HTTP and WS). They
	// hold no key and seal nothing: wallets, the dapp, the services and the tests use these.
	RPC         []Node                    `json:"rpc"`
	Contracts   map[string]common.Address `json:"contracts"`
	DeployBlock uint64                    `json:"deployBlock"`
	// Roles maps a role name (governance, registrar, minter, burner, oracleOperator, marketMaker,
	// settlementOperator, pauser, system) to the accounts that hold it.
	Roles    map[string][]common.Address `json:"roles"`
	Accounts map[string]Account          `json:"accounts"`
	// Demo holds campus users registered for demos and tests.
	Demo []Account `json:"demo,omitempty"`
	// Market holds market parameters the services need (epoch length in seconds, etc.).
	Market map[string]uint64 `json:"market,omitempty"`
}

// Check rejects a manifest that cannot be used.
func (m *Manifest) Check() error {
	if m.ChainID == 0 {
		return ErrNoChainID
	}
	if len(m.RPC) == 0 || m.RPC[0].RPCURL == "" {
		return ErrNoRPC
	}
	for _, n := range m.Nodes {
		if n.RPCURL != "" || n.WSURL != "" {
			return fmt.Errorf("%s: %w", n.Name, ErrSignerEndpoint)
		}
	}
	return nil
}

// RPCURLs lists the HTTP endpoints of the RPC nodes, in order.
func (m *Manifest) RPCURLs() []string {
	urls := make([]string, 0, len(m.RPC))
	for _, n := range m.RPC {
		if n.RPCURL != "" {
			urls = append(urls, n.RPCURL)
		}
	}
	return urls
}

// WSURLs lists the WebSocket endpoints of the RPC nodes, in order.
func (m *Manifest) WSURLs() []string {
	var urls []string
	for _, n := range m.RPC {
		if n.WSURL != "" {
			urls = append(urls, n.WSURL)
		}
	}
	return urls
}

// Contract returns the address of the named contract.
func (m *Manifest) Contract(name string) (common.Address, error) {
	addr, ok := m.Contracts[name]
	if !ok || addr == (common.Address{}) {
		return common.Address{}, fmt.Errorf("%s: %w", name, ErrUnknownContract)
	}
	return addr, nil
}

// Load reads a manifest from path and checks it.
func Load(path string) (*Manifest, error) {
	m, err := Read(path)
	if err != nil {
		return nil, err
	}
	if err := m.Check(); err != nil {
		return nil, fmt.Errorf("manifest %s: %w", path, err)
	}
	return m, nil
}

// Read parses the manifest at path without checking it: for the writer that is about to rewrite
// it (a devnet whose manifest predates its RPC node keeps its contracts). Users call Load.
func Read(path string) (*Manifest, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read manifest: %w", err)
	}
	var m Manifest
	if err := json.Unmarshal(raw, &m); err != nil {
		return nil, fmt.Errorf("parse manifest %s: %w", path, err)
	}
	return &m, nil
}

// Save writes the manifest atomically (write to a temp file, then rename).
func (m *Manifest) Save(path string) error {
	raw, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return fmt.Errorf("encode manifest: %w", err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("create manifest dir: %w", err)
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, append(raw, '\n'), 0o644); err != nil {
		return fmt.Errorf("write manifest: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("install manifest: %w", err)
	}
	return nil
}
