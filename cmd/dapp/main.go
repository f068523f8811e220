// Command dapp serves the campus market web page (see docs/dapp.md).
//
//	dapp -manifest build/devnet/deployment.json -listen 127.0.0.1:8088 -devnet
//
// Every flag has an environment variable (DAPP_LISTEN, DAPP_MANIFEST, ...) that sets its default.
package main

import (
	"context"
	"flag"
	"os"
	"strconv"
	"time"

	"go.uber.org/zap"

	"github.com/campus-grid/gridchain/dapp"
	"github.com/campus-grid/gridchain/lifecycle"
)

func env(name, def string) string {
	if v, ok := os.LookupEnv(name); ok {
		return v
	}
	return def
}

func main() {
	def := dapp.DefaultConfig()
	cfg := def
	devnet, _ := strconv.ParseBool(env("DAPP_DEVNET", "false"))
	flag.StringVar(&cfg.Listen, "listen", env("DAPP_LISTEN", def.Listen), "HTTP listen address (DAPP_LISTEN)")
	flag.StringVar(&cfg.ManifestPath, "manifest", env("DAPP_MANIFEST", def.ManifestPath), "deployment manifest (DAPP_MANIFEST)")
	flag.StringVar(&cfg.NodeRPC, "rpc", env("DAPP_RPC_URL", ""), "node JSON-RPC URL for the /rpc pass-through; default: the manifest's RPC nodes in turn (DAPP_RPC_URL)")
	flag.StringVar(&cfg.BrowserRPC, "browser-rpc", env("DAPP_BROWSER_RPC_URL", ""), "JSON-RPC URL the page and wallets use; default: this server's /rpc (DAPP_BROWSER_RPC_URL)")
	flag.StringVar(&cfg.MeterbridgeURL, "meterbridge", env("DAPP_METERBRIDGE_URL", ""), "meterbridge base URL; empty hides readings (DAPP_METERBRIDGE_URL)")
	flag.StringVar(&cfg.MeterbridgeToken, "meterbridge-token", env("DAPP_METERBRIDGE_TOKEN", ""), "meterbridge read token (DAPP_METERBRIDGE_TOKEN)")
	flag.StringVar(&cfg.ChainName, "chain-name", env("DAPP_CHAIN_NAME", def.ChainName), "network name wallets show (DAPP_CHAIN_NAME)")
	flag.BoolVar(&cfg.Devnet, "devnet", devnet, "serve the demo accounts' keys for the demo account picker; devnet only (DAPP_DEVNET)")
	flag.Parse()
	lifecycle.Main("dapp", func(context.Context) (*lifecycle.App, error) {
		log, err := zap.NewProduction()
		if err != nil {
			return nil, err
		}
		svc, err := dapp.New(cfg, log)
		if err != nil {
			return nil, err
		}
		return &lifecycle.App{Service: svc, Log: log, StopTimeout: 10 * time.Second}, nil
	})
}
