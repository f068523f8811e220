//go:build integration

package chain_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"net"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/p2p/enode"
	"github.com/ethereum/go-ethereum/p2p/rlpx"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/campus-grid/gridchain/test/harness"
)

// Operator methods that must never answer on the endpoint wallets and dapps use.
var operatorMethods = []struct {
	method string
	params []any
}{
	{"admin_nodeInfo", nil},
	{"admin_peers", nil},
	{"admin_addPeer", []any{"enode://0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000@127.0.0.1:1"}},
	{"clique_getSigners", []any{nil}},
	{"clique_propose", []any{"0x0000000000000000000000000000000000000001", true}},
	{"personal_listAccounts", nil},
	{"personal_unlockAccount", []any{"0x0000000000000000000000000000000000000001", "x", 1}},
	{"debug_traceBlockByNumber", []any{"latest"}},
	{"debug_setHead", []any{"0x1"}},
	{"miner_stop", nil},
	{"miner_setEtherbase", []any{"0x0000000000000000000000000000000000000001"}},
	{"txpool_status", nil},
	{"txpool_content", nil},
}

func TestHardening_PublicEndpointsServeOnlyEthNetWeb3(t *testing.T) {
	n := harness.Load(t)
	for _, node := range n.Manifest.Nodes {
		for _, url := range []string{node.RPCURL, node.WSURL} {
			t.Run(fmt.Sprintf("%s %s", node.Name, url), func(t *testing.T) {
				ctx := harness.Ctx(t, 30*time.Second)
				c, err := rpc.DialContext(ctx, url)
				require.NoError(t, err)
				defer c.Close()

				var chainID, version, client string
				require.NoError(t, c.CallContext(ctx, &chainID, "eth_chainId"))
				require.NoError(t, c.CallContext(ctx, &version, "net_version"))
				require.Equal(t, strconv.FormatUint(n.Manifest.ChainID, 10), version)
				require.NoError(t, c.CallContext(ctx, &client, "web3_clientVersion"))
				require.Contains(t, client, "v1.13.15")

				for _, m := range operatorMethods {
					var out any
					err := c.CallContext(ctx, &out, m.method, m.params...)
					require.Error(t, err, "%s answered on %s", m.method, url)
					var rpcErr rpc.Error
					require.True(t, errors.As(err, &rpcErr), "%s: %v", m.method, err)
					require.Equal(t, -32601, rpcErr.ErrorCode(), "%s: %v", m.method, err) // method not found
				}
			})
		}
	}
}

func TestHardening_OperatorAPIsOnIPC(t *testing.T) {
	n := harness.Load(t)
	for i, node := range n.Manifest.Nodes {
		ctx := harness.Ctx(t, 30*time.Second)
		ipc := n.IPC(t, i)
		var info struct {
			Enode string         `json:"enode"`
			Ports map[string]int `json:"ports"`
		}
		require.NoError(t, ipc.CallContext(ctx, &info, "admin_nodeInfo"), node.Name)
		require.Equal(t, n.Devnet.P2PPort+i, info.Ports["listener"])
		var signers []any
		require.NoError(t, ipc.CallContext(ctx, &signers, "clique_getSigners", nil))
		require.Len(t, signers, 4)
		var status map[string]any
		require.NoError(t, ipc.CallContext(ctx, &status, "txpool_status"))

		// The IPC socket is a file on the node's host, not a network endpoint.
		st, err := os.Stat(n.Devnet.IPCPath(i))
		require.NoError(t, err)
		require.NotZero(t, st.Mode()&os.ModeSocket)
	}
}

func TestHardening_P2POnlyAllowListedPeers(t *testing.T) {
	n := harness.Load(t)
	for i, node := range n.Manifest.Nodes {
		pid, ok := n.Devnet.PID(i)
		require.True(t, ok)
		cmdline, err := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", pid))
		require.NoError(t, err)
		require.True(t, bytes.Contains(cmdline, []byte("\x00--nodiscover\x00")), "%s runs with discovery", node.Name)
		require.True(t, bytes.Contains(cmdline, []byte("\x00--netrestrict\x00127.0.0.0/8\x00")), "%s has no netrestrict", node.Name)
	}

	// A real handshake: allowed from loopback, refused from the host's other address.
	target, err := enode.ParseV4(n.Manifest.Nodes[0].Enode)
	require.NoError(t, err)
	port := target.TCP()
	ourKey, err := crypto.GenerateKey()
	require.NoError(t, err)

	dialErr, err := rlpxHandshake(t, "127.0.0.1", port, target, ourKey)
	require.NoError(t, dialErr)
	require.NoError(t, err, "handshake from loopback")

	outside := nonLoopbackIPv4(t)
	if outside == nil {
		t.Log("no non-loopback IPv4 address on this host: netrestrict checked on the command line only")
		return
	}
	// The TCP connection is accepted (the port listens on every interface), then dropped
	// before the encryption handshake because the address is outside the allow-list.
	dialErr, err = rlpxHandshake(t, outside.String(), port, target, ourKey)
	require.NoError(t, dialErr, "p2p port not reachable on %s", outside)
	require.Error(t, err, "node accepted a peer from %s outside 127.0.0.0/8", outside)
}

// rlpxHandshake dials the node's p2p port from host and runs the RLPx encryption handshake; it
// returns the dial error and the handshake error.
func rlpxHandshake(t *testing.T, host string, port int, target *enode.Node, key *ecdsa.PrivateKey) (error, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	var d net.Dialer
	fd, err := d.DialContext(ctx, "tcp", net.JoinHostPort(host, strconv.Itoa(port)))
	if err != nil {
		return err, nil
	}
	defer fd.Close()
	_ = fd.SetDeadline(time.Now().Add(5 * time.Second))
	conn := rlpx.NewConn(fd, target.Pubkey())
	_, err = conn.Handshake(key)
	return nil, err
}

func nonLoopbackIPv4(t *testing.T) net.IP {
	t.Helper()
	addrs, err := net.InterfaceAddrs()
	require.NoError(t, err)
	for _, a := range addrs {
		if ipn, ok := a.(*net.IPNet); ok && ipn.IP.To4() != nil && !ipn.IP.IsLoopback() {
			return ipn.IP.To4()
		}
	}
	return nil
}
