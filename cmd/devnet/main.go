// Command devnet runs the four-signer development network of the campus market:
//
//	devnet up      create (first time), start, wait for peering and rotation, deploy, write the manifest
//	devnet down    stop the geth processes it started
//	devnet reset   stop them and wipe build/devnet
//	devnet status  each node's process, head, head age and peers
//
// and, for bringing up the production network (deploy/RUNBOOK.md):
//
//	devnet genesis -signers A,B,C,D [-fund X,Y] [-chain-id N] [-period S] > genesis.json
//	devnet deploy -rpc URL -deployer-key FILE -holders holders.json -manifest out.json [-renounce]
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"text/tabwriter"
	"time"

	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"

	"github.com/campus-grid/gridchain/chain/devnet"
)

func main() {
	root, err := repoRoot()
	if err != nil { // outside the repository (genesis and deploy on an operator's machine)
		root, _ = os.Getwd()
	}
	cfg := devnet.DefaultConfig(root)
	fs := flag.NewFlagSet("devnet", flag.ExitOnError)
	fs.StringVar(&cfg.Dir, "dir", cfg.Dir, "devnet directory (keys, chain data, logs, manifest)")
	fs.StringVar(&cfg.Geth, "geth", cfg.Geth, "geth v1.13.15 binary")
	fs.Uint64Var(&cfg.Period, "period", cfg.Period, "block period in seconds (only when the chain is created)")
	fs.IntVar(&cfg.DemoUsers, "demo-users", cfg.DemoUsers, "demo campus users to generate (only when the chain is created)")
	fs.Uint64Var(&cfg.EpochLength, "epoch-length", cfg.EpochLength, "Trading epoch in seconds (only when Trading is first deployed)")
	fs.IntVar(&cfg.HTTPPort, "http-port", cfg.HTTPPort, "the RPC node's HTTP port; signers serve no HTTP (only when the chain is created)")
	fs.IntVar(&cfg.WSPort, "ws-port", cfg.WSPort, "the RPC node's WebSocket port; signers serve no WS (only when the chain is created)")
	fs.IntVar(&cfg.AuthRPCPort, "authrpc-port", cfg.AuthRPCPort, "first signer's engine API port; signer i uses port+i (only when the chain is created)")
	fs.IntVar(&cfg.P2PPort, "p2p-port", cfg.P2PPort, "first node's peer-to-peer port; node i uses port+i, the RPC node port+4 (only when the chain is created)")
	fs.StringVar(&cfg.CORSOrigins, "cors-origins", cfg.CORSOrigins, "comma-separated browser origins the RPC node answers (HTTP CORS and WS Origin)")
	fs.IntVar(&cfg.Verbosity, "geth-verbosity", cfg.Verbosity, "geth log level 0-5")
	asJSON := fs.Bool("json", false, "status: print JSON")
	debug := fs.Bool("debug", false, "debug logging")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: devnet [flags] up|down|reset|status")
		fs.PrintDefaults()
	}
	_ = fs.Parse(os.Args[1:])
	if fs.NArg() >= 1 && (fs.Arg(0) == "genesis" || fs.Arg(0) == "deploy") {
		log := newLogger(*debug)
		var err error
		if fs.Arg(0) == "genesis" {
			err = genesisCmd(fs.Args()[1:], os.Stdout)
		} else {
			err = deployCmd(fs.Args()[1:], log)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "devnet "+fs.Arg(0)+":", err)
			os.Exit(1)
		}
		return
	}
	if fs.NArg() != 1 {
		fs.Usage()
		os.Exit(2)
	}
	if v := os.Getenv("DEVNET_PERIOD"); v != "" {
		if _, err := fmt.Sscan(v, &cfg.Period); err != nil {
			fmt.Fprintln(os.Stderr, "devnet: DEVNET_PERIOD:", err)
			os.Exit(2)
		}
	}
	log := newLogger(*debug)
	defer func() { _ = log.Sync() }()

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	d, err := devnet.New(cfg, log)
	if err != nil {
		log.Fatal("config", zap.Error(err))
	}
	if err := run(ctx, d, fs.Arg(0), *asJSON, log); err != nil {
		log.Error(fs.Arg(0)+" failed", zap.Error(err))
		os.Exit(1)
	}
}

func run(ctx context.Context, d *devnet.Devnet, cmd string, asJSON bool, log *zap.Logger) error {
	started := time.Now()
	switch cmd {
	case "up":
		if err := d.Up(ctx); err != nil {
			return err
		}
		nodesUp := time.Since(started)
		sent, err := d.Deploy(ctx)
		if err != nil {
			return err
		}
		log.Info("devnet up", zap.Duration("nodes", nodesUp.Round(time.Millisecond)),
			zap.Duration("total", time.Since(started).Round(time.Millisecond)),
			zap.Int("txsSent", sent), zap.String("manifest", d.ManifestPath()))
		return nil
	case "down":
		return d.Down(ctx)
	case "reset":
		return d.Reset(ctx)
	case "status":
		st := d.Status(ctx)
		if asJSON {
			enc := json.NewEncoder(os.Stdout)
			enc.SetIndent("", "  ")
			return enc.Encode(st)
		}
		tw := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "NODE\tPID\tHEAD\tAGE\tPEERS\tSIGNER\tERROR")
		for _, s := range st {
			fmt.Fprintf(tw, "%s\t%d\t%d\t%.1fs\t%d\t%s\t%s\n", s.Name, s.PID, s.Head, s.HeadAge, s.Peers, s.Signer, s.Error)
		}
		return tw.Flush()
	default:
		return fmt.Errorf("unknown command %q (want up, down, reset or status)", cmd)
	}
}

func newLogger(debug bool) *zap.Logger {
	cfg := zap.NewDevelopmentConfig()
	cfg.Level = zap.NewAtomicLevelAt(zapcore.InfoLevel)
	if debug {
		cfg.Level = zap.NewAtomicLevelAt(zapcore.DebugLevel)
	}
	cfg.DisableStacktrace = true
	cfg.EncoderConfig.EncodeTime = zapcore.TimeEncoderOfLayout("15:04:05.000")
	log, err := cfg.Build()
	if err != nil {
		panic(err)
	}
	return log
}

// repoRoot walks up from the working directory to the directory holding go.mod.
func repoRoot() (string, error) {
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
			return "", fmt.Errorf("no go.mod above the working directory")
		}
		dir = parent
	}
}
