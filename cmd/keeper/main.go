// Command keeper runs the market maker's automation daemon (see docs/keeper.md).
//
//	keeper -config keeper.yaml     (KEEPER_* environment variables override the file)
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"

	"go.uber.org/zap"

	"github.com/campus-grid/gridchain/keeper"
)

func main() {
	configPath := flag.String("config", "", "configuration file (yaml, toml or json); KEEPER_* environment variables override it")
	flag.Parse()
	if err := run(*configPath); err != nil {
		fmt.Fprintln(os.Stderr, "keeper:", err)
		os.Exit(1)
	}
}

func run(configPath string) error {
	cfg, err := keeper.LoadConfig(configPath)
	if err != nil {
		return err
	}
	log, err := keeper.NewLogger(cfg.LogLevel)
	if err != nil {
		return err
	}
	defer log.Sync() //nolint:errcheck // stderr may not support sync
	svc, err := keeper.New(cfg, log)
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
	sctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := svc.Stop(sctx); err != nil {
		log.Error("stop", zap.Error(err))
		return err
	}
	return nil
}
