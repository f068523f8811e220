// Command chain benchmarks the devnet with plain GRID transfers: it pre-signs a batch (10,000 by
// default) from a set of registered bench accounts, pushes them through all four nodes as fast as
// they take them, waits until every one is mined, and reports transfers per second, the median
// block interval at idle and under load, and how many transactions were dropped.
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
	"time"
)

func main() {
	cfg := Config{}
	flag.StringVar(&cfg.Manifest, "manifest", envOr("DEVNET_MANIFEST", "build/devnet/deployment.json"), "deployment manifest")
	flag.IntVar(&cfg.Transfers, "transfers", 10_000, "GRID transfers to push")
	flag.IntVar(&cfg.Senders, "senders", 20, "bench accounts sending in parallel")
	flag.DurationVar(&cfg.Timeout, "timeout", 10*time.Minute, "give up waiting for the transfers to be mined after this long")
	flag.BoolVar(&cfg.Hold, "hold", true, "pause sealing (miner_stop over IPC) while sending, so that every transfer is in flight at once; sealing resumes before measuring")
	out := flag.String("out", "build/bench/chain.json", "where to write the figures")
	flag.Parse()

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	res, err := Run(ctx, cfg, os.Stdout)
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench-chain:", err)
		os.Exit(1)
	}
	raw, _ := json.MarshalIndent(res, "", "  ")
	if err := os.MkdirAll(filepath.Dir(*out), 0o755); err != nil {
		fmt.Fprintln(os.Stderr, "bench-chain:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(*out, append(raw, '\n'), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "bench-chain:", err)
		os.Exit(1)
	}
	fmt.Printf("%s\nwritten to %s\n", raw, *out)
	if res.Dropped > 0 {
		os.Exit(1)
	}
}

func envOr(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}
