// Package harness is what every integration suite uses to reach the shared devnet: it loads the
// deployment manifest (env DEVNET_MANIFEST, default build/devnet/deployment.json), dials the
// public endpoint (RPC: the keyless RPC node, as wallets and services do) and single signers (over
// their IPC socket, the only endpoint a signer has), loads keys (tests sign locally), stops and
// restarts individual signers, and waits on conditions with timeouts. Suites run one after another on one devnet and
// must leave it with all four signers running and in rotation (see EnsureHealthy).
package harness

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	bind "github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/campus-grid/gridchain/chain/devnet"
	"github.com/campus-grid/gridchain/chain/manifest"
)

// ManifestEnv names the environment variable holding the manifest path.
const ManifestEnv = "DEVNET_MANIFEST"

// Net is the shared devnet as a test sees it.
type Net struct {
	Manifest *manifest.Manifest
	// Devnet is the devnet's configuration, for stopping and starting nodes.
	Devnet devnet.Config
	Root   string

	devnetErr error
	mu        sync.Mutex
	clients   map[int]*ethclient.Client
	public    *ethclient.Client
}

// RequireDevnet fails the test unless the manifest belongs to a local devnet whose processes
// this harness can control.
func (n *Net) RequireDevnet(t testing.TB) {
	t.Helper()
	require.NoError(t, n.devnetErr, "this test needs the local devnet (make devnet-up)")
}

// Load reads the manifest and the devnet settings next to it. It fails the test (with the command
// to run) when there is no devnet.
func Load(t testing.TB) *Net {
	t.Helper()
	root, err := RepoRoot()
	require.NoError(t, err)
	path := os.Getenv(ManifestEnv)
	if path == "" {
		path = filepath.Join(root, manifest.DefaultPath)
	}
	m, err := manifest.Load(path)
	require.NoError(t, err, "no devnet manifest: run `make devnet-up` first")
	// The devnet settings sit next to a devnet's manifest; a manifest of another network (no
	// devnet.json) still serves every helper except those that stop and start nodes.
	cfg, err := devnet.LoadConfig(filepath.Dir(path), filepath.Join(root, "build", "bin", "geth"))
	n := &Net{Manifest: m, Devnet: cfg, devnetErr: err, Root: root, clients: make(map[int]*ethclient.Client)}
	t.Cleanup(n.close)
	return n
}

// Reconnect drops every cached client, for tests that restarted nodes behind the harness's back.
func (n *Net) Reconnect() { n.close() }

func (n *Net) close() {
	n.mu.Lock()
	defer n.mu.Unlock()
	for i, c := range n.clients {
		c.Close()
		delete(n.clients, i)
	}
	if n.public != nil {
		n.public.Close()
		n.public = nil
	}
}

// RepoRoot walks up from the working directory to the directory holding go.mod.
func RepoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no go.mod above the working directory")
		}
		dir = parent
	}
}

// Nodes is the number of signer nodes (the RPC node not counted).
func (n *Net) Nodes() int { return len(n.Manifest.Nodes) }

// ChainID of the devnet.
func (n *Net) ChainID() *big.Int { return new(big.Int).SetUint64(n.Manifest.ChainID) }

// Ctx is a context for one step of a test, cancelled at cleanup or after timeout.
func Ctx(t testing.TB, timeout time.Duration) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	t.Cleanup(cancel)
	return ctx
}

// RPC is the chain's public endpoint (the manifest's first RPC node: eth, net, web3, no key
// behind it), cached for the test. Tests that act as a wallet or a service use it.
func (n *Net) RPC(t testing.TB) *ethclient.Client {
	t.Helper()
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.public != nil {
		return n.public
	}
	c, err := ethclient.Dial(n.Manifest.RPCURLs()[0])
	require.NoError(t, err)
	n.public = c
	return c
}

// Client is signer i's own view of the chain, over its IPC socket (a signer serves no HTTP or
// WS), cached for the test: for tests about single nodes (heads, faults, restarts).
func (n *Net) Client(t testing.TB, i int) *ethclient.Client {
	t.Helper()
	n.mu.Lock()
	defer n.mu.Unlock()
	if c, ok := n.clients[i]; ok {
		return c
	}
	path := n.Manifest.Nodes[i].IPC
	if path == "" {
		n.RequireDevnet(t)
		path = n.Devnet.IPCPath(i)
	}
	c, err := rpc.DialIPC(Ctx(t, 10*time.Second), path)
	require.NoError(t, err)
	ec := ethclient.NewClient(c)
	n.clients[i] = ec
	return ec
}

// IPC opens node i's operator endpoint (admin, clique, txpool, ...); closed at cleanup.
func (n *Net) IPC(t testing.TB, i int) *rpc.Client {
	t.Helper()
	path := n.Manifest.Nodes[i].IPC
	if path == "" {
		n.RequireDevnet(t)
		path = n.Devnet.IPCPath(i)
	}
	c, err := rpc.DialIPC(Ctx(t, 10*time.Second), path)
	require.NoError(t, err)
	t.Cleanup(c.Close)
	return c
}

// Account returns a named service account or demo user from the manifest.
func (n *Net) Account(t testing.TB, name string) manifest.Account {
	t.Helper()
	if a, ok := n.Manifest.Accounts[name]; ok {
		return a
	}
	for _, a := range n.Manifest.Demo {
		if a.Name == name {
			return a
		}
	}
	require.FailNow(t, "unknown account", name)
	return manifest.Account{}
}

// Key loads the private key of a named account (devnet keys are files).
func (n *Net) Key(t testing.TB, name string) *ecdsa.PrivateKey {
	t.Helper()
	a := n.Account(t, name)
	require.NotEmpty(t, a.KeyFile, "account %s has no key file", name)
	key, err := devnet.LoadKey(a.KeyFile)
	require.NoError(t, err)
	return key
}

// Transactor signs as the named account.
func (n *Net) Transactor(t testing.TB, name string) *bind.TransactOpts {
	t.Helper()
	return bind.NewKeyedTransactor(n.Key(t, name), n.ChainID())
}

// Contract returns the address of a deployed contract.
func (n *Net) Contract(t testing.TB, name string) common.Address {
	t.Helper()
	a, err := n.Manifest.Contract(name)
	require.NoError(t, err)
	return a
}

// Signers lists the four authority signer addresses in node order.
func (n *Net) Signers() []common.Address {
	out := make([]common.Address, len(n.Manifest.Nodes))
	for i, node := range n.Manifest.Nodes {
		out[i] = node.Signer
	}
	return out
}

// WaitFor polls cond until it holds, failing the test after timeout.
func WaitFor(t testing.TB, timeout time.Duration, what string, cond func(ctx context.Context) (bool, error)) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	require.NoError(t, devnet.Poll(ctx, 200*time.Millisecond, what, cond))
}

// Head is node i's head block number.
func (n *Net) Head(t testing.TB, i int) uint64 {
	t.Helper()
	h, err := n.Client(t, i).BlockNumber(Ctx(t, 10*time.Second))
	require.NoError(t, err)
	return h
}

// WaitBlocks waits until node i's head is k blocks past where it is now.
func (n *Net) WaitBlocks(t testing.TB, i int, k uint64, timeout time.Duration) {
	t.Helper()
	target := n.Head(t, i) + k
	WaitFor(t, timeout, fmt.Sprintf("node %s reaching block %d", n.Manifest.Nodes[i].Name, target), func(ctx context.Context) (bool, error) {
		h, err := n.Client(t, i).BlockNumber(ctx)
		return h >= target, err
	})
}

// Running reports whether node i's process runs.
func (n *Net) Running(i int) bool {
	_, ok := n.Devnet.PID(i)
	return ok
}

// StopNode stops node i and waits for its process to exit.
func (n *Net) StopNode(t testing.TB, i int) {
	t.Helper()
	n.RequireDevnet(t)
	require.NoError(t, n.Devnet.StopNode(Ctx(t, 90*time.Second), i, 60*time.Second))
	n.dropClient(i)
}

func (n *Net) dropClient(i int) {
	n.mu.Lock()
	defer n.mu.Unlock()
	if c, ok := n.clients[i]; ok {
		c.Close()
		delete(n.clients, i)
	}
}

// StartNode starts node i and waits until it has peered with every other running node.
func (n *Net) StartNode(t testing.TB, i int) {
	t.Helper()
	n.RequireDevnet(t)
	require.NoError(t, n.Devnet.StartNode(Ctx(t, 90*time.Second), i))
	n.dropClient(i)
	var others []int
	for j := range n.Manifest.Nodes {
		if j != i && n.Running(j) {
			others = append(others, j)
		}
	}
	ctx := Ctx(t, 60*time.Second)
	require.NoError(t, n.Devnet.WaitConnected(ctx, []int{i}, others))
}

// WaitSynced waits until every running node reports the same head hash at the highest block all
// of them have, and their heads are within one block of each other.
func (n *Net) WaitSynced(t testing.TB, timeout time.Duration) {
	t.Helper()
	WaitFor(t, timeout, "nodes converging on one chain", func(ctx context.Context) (bool, error) {
		var heads []*types.Header
		for i := range n.Manifest.Nodes {
			if !n.Running(i) {
				continue
			}
			h, err := n.Client(t, i).HeaderByNumber(ctx, nil)
			if err != nil {
				return false, err
			}
			heads = append(heads, h)
		}
		lowest := heads[0].Number.Uint64()
		for _, h := range heads {
			lowest = min(lowest, h.Number.Uint64())
		}
		var ref common.Hash
		for i := range n.Manifest.Nodes {
			if !n.Running(i) {
				continue
			}
			h, err := n.Client(t, i).HeaderByNumber(ctx, new(big.Int).SetUint64(lowest))
			if err != nil {
				return false, err
			}
			if ref == (common.Hash{}) {
				ref = h.Hash()
			} else if h.Hash() != ref {
				return false, nil
			}
		}
		for _, h := range heads {
			if h.Number.Uint64() > lowest+1 {
				return false, nil
			}
		}
		return true, nil
	})
}

// CliqueSigners asks node i (over IPC) for the current authorised signers.
func (n *Net) CliqueSigners(t testing.TB, i int) []common.Address {
	t.Helper()
	var out []common.Address
	require.NoError(t, n.IPC(t, i).CallContext(Ctx(t, 10*time.Second), &out, "clique_getSigners", nil))
	return out
}

// EnsureHealthy restores the state every suite may assume: all four signers and the RPC node
// running (started one at a time), no pending clique votes, all four authorised and in rotation.
// Register it with t.Cleanup in any test that disturbs the network.
func (n *Net) EnsureHealthy(t testing.TB) {
	t.Helper()
	n.RequireDevnet(t)
	for i := range n.Manifest.Nodes {
		if !n.Running(i) {
			n.StartNode(t, i)
		}
	}
	if !n.Running(devnet.RPCNode) {
		require.NoError(t, n.Devnet.StartNode(Ctx(t, 90*time.Second), devnet.RPCNode))
		n.mu.Lock()
		if n.public != nil {
			n.public.Close()
			n.public = nil
		}
		n.mu.Unlock()
	}
	for i := range n.Manifest.Nodes {
		var proposals map[common.Address]bool
		ipc := n.IPC(t, i)
		require.NoError(t, ipc.CallContext(Ctx(t, 10*time.Second), &proposals, "clique_proposals"))
		for a := range proposals {
			require.NoError(t, ipc.CallContext(Ctx(t, 10*time.Second), nil, "clique_discard", a))
		}
	}
	require.Len(t, n.CliqueSigners(t, 0), len(n.Manifest.Nodes), "a signer was voted out and not back in")
	all := []int{0, 1, 2, 3}
	require.NoError(t, n.Devnet.WaitConnected(Ctx(t, 60*time.Second), append(all, devnet.RPCNode), all))
	ctx := Ctx(t, time.Duration(10*n.Devnet.Period+30)*time.Second)
	_, err := devnet.WaitRotation(ctx, n.RPC(t), n.Signers())
	require.NoError(t, err)
}

// WaitReceipt waits for a transaction's receipt on node i.
func (n *Net) WaitReceipt(t testing.TB, i int, hash common.Hash, timeout time.Duration) *types.Receipt {
	t.Helper()
	var r *types.Receipt
	WaitFor(t, timeout, "receipt of "+hash.Hex(), func(ctx context.Context) (bool, error) {
		var err error
		r, err = n.Client(t, i).TransactionReceipt(ctx, hash)
		if errors.Is(err, ethereum.NotFound) {
			return false, nil
		}
		return err == nil, err
	})
	return r
}
