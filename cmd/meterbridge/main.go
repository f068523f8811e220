// Command meterbridge runs the AMI head-end bridge (see docs/meterbridge.md).
//
//	meterbridge -config meterbridge.yaml     (MB_* environment variables override the file)
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"

	"go.uber.org/zap"

	"github.com/campus-grid/gridchain/meterbridge"
)

func main() {
	// Batches are short-lived garbage; a larger GC target trades a little memory for CPU that
	// signature recovery needs. GOGC in the environment still wins.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	configPath := flag.String("config", "", "configuration file (yaml, toml or json); MB_* environment variables override it")
	flag.Parse()
	if err := run(*configPath); err != nil {
		fmt.Fprintln(os.Stderr, "meterbridge:", err)
		os.Exit(1)
	}
}

func run(configPath string) error {
	cfg, err := meterbridge.LoadConfig(configPath)
	if err != nil {
		return err
	}
	if err := cfg.Check(); err != nil {
		return err
	}
	log, err := cfg.Log.NewLogger()
	if err != nil {
		return err
	}
	defer log.Sync() //nolint:errcheck // stderr may not support sync
	svc, err := meterbridge.New(cfg, log, nil)
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := svc.Start(ctx); err != nil {
		return err
	}
	<-ctx.Done()
	log.Info("signal received, stopping")
	sctx, cancel := context.WithTimeout(context.Background(), cfg.ShutdownTimeout)
	defer cancel()
	if err := svc.Stop(sctx); err != nil {
		log.Error("stop", zap.Error(err))
		return err
	}
	return nil
}
