//go:build integration

package chain_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/campus-grid/gridchain/test/harness"
)

const njsModule = "/usr/lib/nginx/modules/ngx_http_js_module.so"

// TestHardening_DappProxyAllowList runs deploy/nginx/dapp-rpc.conf (TLS swapped for a loopback
// port) in front of the RPC node, as in production, and checks that it passes what wallets need
// and refuses operator and node-account methods (the upstream holds no key, and the proxy does
// not rely on that).
func TestHardening_DappProxyAllowList(t *testing.T) {
	nginx, err := exec.LookPath("nginx")
	if err != nil {
		t.Skip("nginx not installed (apt-get install nginx-light libnginx-mod-http-js)")
	}
	if _, err := os.Stat(njsModule); err != nil {
		t.Skip("nginx njs module not installed (apt-get install libnginx-mod-http-js)")
	}
	n := harness.Load(t)
	url := startProxy(t, n, nginx)
	ctx := harness.Ctx(t, time.Minute)
	c, err := rpc.DialContext(ctx, url)
	require.NoError(t, err)
	defer c.Close()

	var chainID string
	require.NoError(t, c.CallContext(ctx, &chainID, "eth_chainId"))
	require.Equal(t, fmt.Sprintf("0x%x", n.Manifest.ChainID), chainID)
	for _, m := range operatorMethods {
		err := c.CallContext(ctx, new(any), m.method, m.params...)
		var rpcErr rpc.Error
		require.True(t, errors.As(err, &rpcErr), "%s: %v", m.method, err)
		require.Equal(t, -32601, rpcErr.ErrorCode())
	}
	signer := n.Signers()[0]
	for _, m := range []struct {
		method string
		params []any
	}{
		{"eth_accounts", nil},
		{"eth_sign", []any{signer, "0xdeadbeef"}},
		{"eth_sendTransaction", []any{map[string]any{"from": signer, "to": signer, "value": "0x1"}}},
		{"eth_signTransaction", []any{map[string]any{"from": signer, "to": signer, "value": "0x1"}}},
	} {
		err := c.CallContext(ctx, new(any), m.method, m.params...)
		var rpcErr rpc.Error
		require.True(t, errors.As(err, &rpcErr), "%s passed the proxy: %v", m.method, err)
		require.Equal(t, -32601, rpcErr.ErrorCode())
	}

	// A wallet's signed transaction goes through.
	client := ethclient.NewClient(c)
	user, payee := n.Manifest.Demo[4], n.Manifest.Demo[5]
	nonce, err := client.PendingNonceAt(ctx, user.Address)
	require.NoError(t, err)
	tipCap, err := client.SuggestGasTipCap(ctx)
	require.NoError(t, err)
	head, err := client.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	tx, err := types.SignNewTx(n.Key(t, user.Name), types.LatestSignerForChainID(n.ChainID()), &types.DynamicFeeTx{
		ChainID: n.ChainID(), Nonce: nonce, GasTipCap: tipCap, Gas: 21000, To: &payee.Address, Value: big.NewInt(1e9),
		GasFeeCap: new(big.Int).Add(tipCap, new(big.Int).Mul(head.BaseFee, big.NewInt(2))),
	})
	require.NoError(t, err)
	require.NoError(t, client.SendTransaction(ctx, tx))
	require.Equal(t, types.ReceiptStatusSuccessful, n.WaitReceipt(t, 0, tx.Hash(), time.Minute).Status)
}

// startProxy renders the production config for a loopback port and runs nginx until cleanup.
func startProxy(t *testing.T, n *harness.Net, nginx string) string {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(n.Root, "deploy", "nginx", "dapp-rpc.conf"))
	require.NoError(t, err)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	port := l.Addr().(*net.TCPAddr).Port
	require.NoError(t, l.Close())

	conf := string(raw)
	conf = strings.Replace(conf, `js_path "/etc/nginx/njs/";`, fmt.Sprintf("js_path %q;", filepath.Join(n.Root, "deploy", "nginx")+"/"), 1)
	conf = strings.Replace(conf, "listen 443 ssl;", fmt.Sprintf("listen 127.0.0.1:%d;", port), 1)
	conf = regexp.MustCompile(`\n\s*ssl_[^\n]*`).ReplaceAllString(conf, "")
	upstream := strings.TrimPrefix(n.Manifest.RPCURLs()[0], "http://")
	conf = regexp.MustCompile(`(?s)upstream gridchain_geth \{.*?\n\}`).ReplaceAllString(conf,
		fmt.Sprintf("upstream gridchain_geth {\n    server %s;\n}", upstream))
	require.Contains(t, conf, "server "+upstream)

	dir := t.TempDir()
	main := fmt.Sprintf(`load_module %s;
pid %[2]s/nginx.pid;
error_log %[2]s/error.log;
daemon off;
events {}
http {
    access_log off;
    client_body_temp_path %[2]s/body;
    proxy_temp_path %[2]s/proxy;
    fastcgi_temp_path %[2]s/fastcgi;
    uwsgi_temp_path %[2]s/uwsgi;
    scgi_temp_path %[2]s/scgi;
%s
}
`, njsModule, dir, conf)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "nginx.conf"), []byte(main), 0o644))
	cmd := exec.Command(nginx, "-c", filepath.Join(dir, "nginx.conf"), "-p", dir)
	out, err := exec.Command(nginx, "-t", "-c", filepath.Join(dir, "nginx.conf"), "-p", dir).CombinedOutput()
	require.NoError(t, err, "nginx -t: %s", out)
	require.NoError(t, cmd.Start())
	t.Cleanup(func() {
		_ = cmd.Process.Signal(syscall.SIGQUIT)
		_ = cmd.Wait()
	})
	url := fmt.Sprintf("http://127.0.0.1:%d/", port)
	harness.WaitFor(t, 10*time.Second, "nginx listening", func(ctx context.Context) (bool, error) {
		conn, err := net.Dial("tcp", fmt.Sprintf("127.0.0.1:%d", port))
		if err != nil {
			return false, nil
		}
		return true, conn.Close()
	})
	return url
}
