// Package dapp serves the campus market web page: the bundle built from web/ (embedded), the
// chain configuration the page needs (/config.json, read from the deployment manifest), a
// JSON-RPC pass-through to a node that forwards only the public eth/net/web3 methods, and a
// read-only pass-through to meterbridge for meter readings.
package dapp

import (
	"errors"
	"fmt"
	"net/url"
	"time"

	"github.com/campus-grid/gridchain/svcconfig"
)

var (
	ErrNoListen    = errors.New("listen address is empty")
	ErrNoManifest  = errors.New("manifest path is empty")
	ErrBadURL      = errors.New("url must be absolute http(s)")
	ErrBadDuration = errors.New("timeout must be positive")
	// ErrDevnetOffLoopback: -devnet serves private keys, so only to this host.
	ErrDevnetOffLoopback = errors.New("-devnet serves the demo accounts' private keys: it listens on a loopback address only (127.0.0.1, ::1, localhost)")
)

// Config is the dapp server's configuration.
type Config struct {
	// Listen is the HTTP listen address, e.g. 127.0.0.1:8088.
	Listen string
	// ManifestPath is the deployment manifest (build/devnet/deployment.json); re-read on every
	// /config.json request, so a redeploy shows without a restart.
	ManifestPath string
	// NodeRPC is the node the /rpc pass-through forwards to; empty means the manifest's first node.
	NodeRPC string
	// BrowserRPC is the JSON-RPC URL the page and wallets use; empty means this server's /rpc.
	BrowserRPC string
	// MeterbridgeURL is meterbridge's base URL; empty hides meter readings.
	MeterbridgeURL string
	// MeterbridgeToken is a meterbridge read token (sent as a bearer token), if it requires one.
	MeterbridgeToken string
	// Devnet serves the demo accounts' private keys in /config.json for the demo account picker,
	// plus the registrar's for the admin view. Never set it on a chain that holds real value. Check
	// refuses it unless Listen is a loopback address.
	Devnet bool
	// ChainName is what wallets show for the network.
	ChainName string
	// UpstreamTimeout bounds each forwarded request.
	UpstreamTimeout time.Duration
}

// DefaultConfig returns the settings `make dapp` uses on the devnet.
func DefaultConfig() Config {
	return Config{
		Listen:          "127.0.0.1:8088",
		ManifestPath:    "build/devnet/deployment.json",
		ChainName:       "Campus Grid",
		UpstreamTimeout: 15 * time.Second,
	}
}

// Check rejects settings the server cannot run with.
func (c *Config) Check() error {
	if c.Listen == "" {
		return ErrNoListen
	}
	if c.ManifestPath == "" {
		return ErrNoManifest
	}
	if c.Devnet && !svcconfig.LoopbackOnly(c.Listen) {
		return fmt.Errorf("listen %q: %w", c.Listen, ErrDevnetOffLoopback)
	}
	for name, u := range map[string]string{"node rpc": c.NodeRPC, "meterbridge": c.MeterbridgeURL} {
		if u == "" {
			continue
		}
		p, err := url.Parse(u)
		if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
			return fmt.Errorf("%s %q: %w", name, u, ErrBadURL)
		}
	}
	if c.UpstreamTimeout <= 0 {
		return ErrBadDuration
	}
	if c.ChainName == "" {
		c.ChainName = "Campus Grid"
	}
	return nil
}
