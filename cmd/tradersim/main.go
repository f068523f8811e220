// Command tradersim runs the campus trader simulator: every demo prosumer offers its GRID and
// every demo consumer bids, once per epoch, with varied price strategies.
//
//	tradersim [--config file.yaml] [--manifest build/devnet/deployment.json] [--seed 1]
//
// Every setting can also come from the environment as TRADERSIM_<KEY> (TRADERSIM_MANIFEST, ...).
package main

import (
	"context"
	"flag"
	"fmt"
	"strings"
	"time"

	"github.com/spf13/viper"
	"go.uber.org/zap"

	"github.com/campus-grid/gridchain/lifecycle"
	"github.com/campus-grid/gridchain/tradersim"
)

func main() {
	lifecycle.Main("tradersim", setup)
}

func setup(ctx context.Context) (*lifecycle.App, error) {
	def := tradersim.DefaultConfig()
	configFile := flag.String("config", "", "YAML/TOML/JSON config file")
	flag.String("manifest", def.ManifestPath, "deployment manifest")
	flag.Uint64("seed", def.Seed, "random seed of the traders' decisions")
	flag.Int("max-traders", def.MaxTraders, "trade with at most this many demo users (0: all)")
	flag.Parse()

	v := viper.New()
	v.SetEnvPrefix("TRADERSIM")
	v.SetEnvKeyReplacer(strings.NewReplacer(".", "_", "-", "_"))
	v.AutomaticEnv()
	v.SetDefault("manifest", def.ManifestPath)
	v.SetDefault("seed", def.Seed)
	v.SetDefault("max_traders", def.MaxTraders)
	v.SetDefault("poll_interval", def.PollInterval)
	v.SetDefault("top_up_below_thb", def.TopUpBelow)
	if *configFile != "" {
		v.SetConfigFile(*configFile)
		if err := v.ReadInConfig(); err != nil {
			return nil, fmt.Errorf("read config: %w", err)
		}
	}
	flag.Visit(func(f *flag.Flag) { v.Set(strings.ReplaceAll(f.Name, "-", "_"), f.Value.String()) })

	cfg := def
	cfg.ManifestPath = v.GetString("manifest")
	cfg.Seed = v.GetUint64("seed")
	cfg.MaxTraders = v.GetInt("max_traders")
	cfg.PollInterval = v.GetDuration("poll_interval")
	cfg.TopUpBelow = v.GetInt64("top_up_below_thb")

	log, err := zap.NewProduction()
	if err != nil {
		return nil, err
	}
	sim, err := tradersim.New(ctx, cfg, log)
	if err != nil {
		return nil, err
	}
	log.Info("trader simulator", zap.String("manifest", cfg.ManifestPath))
	return &lifecycle.App{Service: sim, Log: log, StopTimeout: 30 * time.Second}, nil
}
