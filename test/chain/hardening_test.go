//go:build integration

package chain_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/p2p/enode"
	"github.com/ethereum/go-ethereum/p2p/rlpx"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/campus-grid/gridchain/chain/devnet"
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
	require.NotEmpty(t, n.Manifest.RPC, "the manifest names no RPC node")
	for _, node := range n.Manifest.RPC {
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

// TestHardening_NoEndpointSignsForAnAuthority: no HTTP or WS endpoint the devnet opens signs with
// an authority's key, whatever a caller (a web page in a browser on this machine, say) asks. The
// endpoints probed are those the manifest names, the devnet's configured ports (HTTP, WS and
// engine API of every node), and every TCP port any devnet geth process listens on.
func TestHardening_NoEndpointSignsForAnAuthority(t *testing.T) {
	n := harness.Load(t)
	n.RequireDevnet(t)
	cfg := n.Devnet
	ctx := harness.Ctx(t, 5*time.Minute)

	// The control: each authority's key is unlocked in its signer (the same eth_sign signs over
	// the signer's IPC), so a refusal below is the endpoint's doing, not a locked key's.
	for i, signer := range n.Signers() {
		var sig hexutil.Bytes
		require.NoError(t, n.IPC(t, i).CallContext(ctx, &sig, "eth_sign", signer, "0xdeadbeef"), "control: eth_sign over IPC of %s", n.Manifest.Nodes[i].Name)
		require.Len(t, sig, 65)
	}

	endpoints := map[string]string{} // url -> where it came from
	for _, node := range n.Manifest.Nodes {
		require.Empty(t, node.RPCURL, "signer %s advertises an HTTP endpoint", node.Name)
		require.Empty(t, node.WSURL, "signer %s advertises a WS endpoint", node.Name)
	}
	for _, node := range n.Manifest.RPC {
		endpoints[node.RPCURL] = "manifest " + node.Name
		endpoints[node.WSURL] = "manifest " + node.Name
	}
	for i := 0; i <= devnet.RPCNode; i++ {
		endpoints[fmt.Sprintf("http://%s:%d", cfg.Host, cfg.HTTPPort+i)] = "configured http port"
		endpoints[fmt.Sprintf("ws://%s:%d", cfg.Host, cfg.WSPort+i)] = "configured ws port"
		endpoints[fmt.Sprintf("http://127.0.0.1:%d", cfg.AuthRPCPort+i)] = "configured engine port"
		endpoints[fmt.Sprintf("ws://127.0.0.1:%d", cfg.AuthRPCPort+i)] = "configured engine port"
	}
	listening := 0
	for i := 0; i <= devnet.RPCNode; i++ {
		pid, running := cfg.PID(i)
		require.True(t, running, "node %s is not running", devnet.NodeName(i))
		for _, port := range listeningTCPPorts(t, pid) {
			listening++
			endpoints[fmt.Sprintf("http://127.0.0.1:%d", port)] = devnet.NodeName(i) + " listens"
			endpoints[fmt.Sprintf("ws://127.0.0.1:%d", port)] = devnet.NodeName(i) + " listens"
		}
	}
	require.Contains(t, endpoints, fmt.Sprintf("http://127.0.0.1:%d", cfg.HTTPPort), "the RPC node's HTTP port was not found listening")
	t.Logf("probing %d endpoints (%d listening ports of %d geth processes)", len(endpoints), listening, devnet.RPCNode+1)

	answered := 0
	for url, from := range endpoints {
		pctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		c, err := rpc.DialContext(pctx, url)
		if err != nil {
			cancel()
			continue // nothing listens, or it is not WS: nothing to sign with here
		}
		var chainID hexutil.Big
		err = c.CallContext(pctx, &chainID, "eth_chainId")
		cancel()
		var rpcErr rpc.Error
		if err != nil && !errors.As(err, &rpcErr) {
			// Not a JSON-RPC server to this caller (a p2p port, the engine API without its JWT):
			// it answers nothing, so it signs nothing.
			c.Close()
			continue
		}
		answered++
		for _, m := range signingCalls(n) {
			var out any
			err := c.CallContext(ctx, &out, m.method, m.params...)
			require.Error(t, err, "%s (%s) answered %s: %v", url, from, m.method, out)
		}
		c.Close()
	}
	require.Positive(t, answered, "no endpoint answered eth_chainId: the probe reached nothing")
}

// signingCalls are the calls that would make a node sign as an authority: with the key unlocked
// (eth_*) or with its devnet password (personal_*).
func signingCalls(n *harness.Net) []struct {
	method string
	params []any
} {
	var out []struct {
		method string
		params []any
	}
	add := func(method string, params ...any) {
		out = append(out, struct {
			method string
			params []any
		}{method, params})
	}
	for i, signer := range n.Signers() {
		tx := map[string]any{"from": signer, "to": signer, "value": "0x1"}
		password := "devnet-" + strings.ToLower(n.Manifest.Nodes[i].Name)
		add("eth_sendTransaction", tx)
		add("eth_signTransaction", tx)
		add("eth_sign", signer, "0xdeadbeef")
		add("personal_unlockAccount", signer, password, 1)
		add("personal_sign", "0xdeadbeef", signer, password)
		add("personal_sendTransaction", tx, password)
		add("personal_signTransaction", tx, password)
	}
	add("personal_listAccounts")
	add("personal_listWallets")
	add("personal_newAccount", "x")
	return out
}

// listeningTCPPorts lists the TCP ports process pid listens on (its sockets in LISTEN state).
func listeningTCPPorts(t *testing.T, pid int) []int {
	t.Helper()
	fds, err := os.ReadDir(fmt.Sprintf("/proc/%d/fd", pid))
	require.NoError(t, err)
	inodes := map[string]bool{}
	for _, fd := range fds {
		link, err := os.Readlink(fmt.Sprintf("/proc/%d/fd/%s", pid, fd.Name()))
		if err == nil && strings.HasPrefix(link, "socket:[") {
			inodes[strings.TrimSuffix(strings.TrimPrefix(link, "socket:["), "]")] = true
		}
	}
	var ports []int
	for _, table := range []string{"tcp", "tcp6"} {
		raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/net/%s", pid, table))
		if err != nil {
			continue
		}
		for _, line := range strings.Split(string(raw), "\n")[1:] {
			f := strings.Fields(line)
			if len(f) < 10 || f[3] != "0A" || !inodes[f[9]] { // 0A: LISTEN
				continue
			}
			_, hexPort, _ := strings.Cut(f[1], ":")
			port, err := strconv.ParseUint(hexPort, 16, 16)
			require.NoError(t, err)
			ports = append(ports, int(port))
		}
	}
	return ports
}

// TestHardening_RPCNodeAnswersOnlyTheDappOrigin: browsers may call the RPC node from the dapp's
// origin only (CORS over HTTP, Origin over WS).
func TestHardening_RPCNodeAnswersOnlyTheDappOrigin(t *testing.T) {
	n := harness.Load(t)
	ctx := harness.Ctx(t, 30*time.Second)
	node := n.Manifest.RPC[0]
	preflight := func(origin string) string {
		req, err := http.NewRequestWithContext(ctx, http.MethodOptions, node.RPCURL, nil)
		require.NoError(t, err)
		req.Header.Set("Origin", origin)
		req.Header.Set("Access-Control-Request-Method", "POST")
		req.Header.Set("Access-Control-Request-Headers", "content-type")
		res, err := http.DefaultClient.Do(req)
		require.NoError(t, err)
		res.Body.Close()
		return res.Header.Get("Access-Control-Allow-Origin")
	}
	require.Equal(t, devnet.DefaultCORSOrigins, preflight(devnet.DefaultCORSOrigins))
	require.Empty(t, preflight("http://evil.example"))
	require.Empty(t, preflight("http://127.0.0.1:9999"), "another local page")

	c, err := rpc.DialWebsocket(ctx, node.WSURL, devnet.DefaultCORSOrigins)
	require.NoError(t, err)
	c.Close()
	for _, origin := range []string{"http://evil.example", "http://localhost:9999"} {
		_, err = rpc.DialWebsocket(ctx, node.WSURL, origin)
		require.Error(t, err, "WS accepted origin %s", origin)
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
