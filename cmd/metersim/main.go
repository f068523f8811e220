// Command metersim simulates campus smart meters (see docs/meterbridge.md).
//
//	metersim run   -url http://127.0.0.1:8480 -token T -meters 40 -interval 1m -compression 15 -manifest build/devnet/deployment.json
//	metersim bench -url ... -token T -meters 4000 -per-meter 63 -workers 4 -out build/bench/readings.json
//	metersim keys  -meters 40 -out meters.json [-private]
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"go.uber.org/zap"

	"github.com/campus-grid/gridchain/chain/manifest"
	"github.com/campus-grid/gridchain/lifecycle"
	"github.com/campus-grid/gridchain/metersim"
	"github.com/campus-grid/gridchain/simclock"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: metersim run|bench|keys [flags] (-h for help)")
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "run":
		err = runCmd(os.Args[2:])
	case "bench":
		err = benchCmd(os.Args[2:])
	case "keys":
		err = keysCmd(os.Args[2:])
	default:
		err = fmt.Errorf("unknown command %q: run, bench or keys", os.Args[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "metersim:", err)
		os.Exit(1)
	}
}

type options struct {
	seed, prefix, manifest, registry, url, token string
	chainID                                      uint64
	meters, from, maxBatch                       int
	insecure                                     bool
}

func env(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}

func commonFlags(fs *flag.FlagSet) *options {
	c := &options{}
	fs.StringVar(&c.seed, "seed", env("METERSIM_SEED", "campus-grid-devnet"), "key derivation seed (env METERSIM_SEED)")
	fs.StringVar(&c.prefix, "prefix", "CAMPUS", "meter name prefix")
	fs.IntVar(&c.meters, "meters", 40, "number of meters")
	fs.IntVar(&c.from, "from", 0, "index of the first meter")
	fs.StringVar(&c.manifest, "manifest", "", "deployment manifest: chain id and Registry address")
	fs.Uint64Var(&c.chainID, "chain-id", 0, "chain id of the signing domain (or -manifest)")
	fs.StringVar(&c.registry, "registry", "", "Registry address of the signing domain (or -manifest)")
	fs.StringVar(&c.url, "url", env("METERSIM_URL", "http://127.0.0.1:8480"), "meterbridge base URL (env METERSIM_URL)")
	fs.StringVar(&c.token, "token", env("METERSIM_TOKEN", ""), "head-end bearer token (env METERSIM_TOKEN)")
	fs.IntVar(&c.maxBatch, "batch", 1000, "readings per request")
	fs.BoolVar(&c.insecure, "insecure", false, "accept a self-signed TLS certificate")
	return c
}

func (c *options) config() (metersim.Config, error) {
	cfg := metersim.Config{Seed: c.seed, Prefix: c.prefix, From: c.from, Meters: c.meters, ChainID: c.chainID, MaxBatch: c.maxBatch}
	if c.registry != "" {
		if !common.IsHexAddress(c.registry) {
			return cfg, fmt.Errorf("-registry %q is not an address", c.registry)
		}
		cfg.Registry = common.HexToAddress(c.registry)
	}
	if c.manifest != "" {
		m, err := manifest.Load(c.manifest)
		if err != nil {
			return cfg, err
		}
		addr, err := m.Contract(manifest.Registry)
		if err != nil {
			return cfg, err
		}
		if cfg.ChainID == 0 {
			cfg.ChainID = m.ChainID
		}
		if cfg.Registry == (common.Address{}) {
			cfg.Registry = addr
		}
	}
	return cfg, nil
}

func runCmd(args []string) error {
	fs := flag.NewFlagSet("run", flag.ExitOnError)
	c := commonFlags(fs)
	interval := fs.Duration("interval", time.Minute, "real time between two readings of a meter")
	compression := fs.Float64("compression", 15, "simulated time per real time (15: a minute stands for 15 minutes)")
	simStart := fs.String("sim-start", "", "campus time at start, RFC 3339 (default: 09:00 in Bangkok, the campus morning)")
	clockFile := fs.String("clock", "", "follow the campus clock kept in this file (what `campus` runs it with); replaces -compression and -sim-start")
	ticks := fs.Int("ticks", 0, "stop after this many rounds (0: run until interrupted)")
	_ = fs.Parse(args) // ExitOnError
	cfg, err := c.config()
	if err != nil {
		return err
	}
	cfg.Interval, cfg.Compression = *interval, *compression
	if *simStart != "" {
		if cfg.SimStart, err = time.Parse(time.RFC3339, *simStart); err != nil {
			return fmt.Errorf("-sim-start: %w", err)
		}
	}
	if *clockFile != "" {
		if *simStart != "" {
			return errors.New("-clock and -sim-start exclude each other")
		}
		if cfg.Clock, err = simclock.Load(*clockFile); err != nil {
			return fmt.Errorf("-clock: %w", err)
		}
		cfg.Compression = cfg.Clock.Compression
	}
	log, err := zap.NewProduction()
	if err != nil {
		return err
	}
	sim, err := metersim.New(cfg, metersim.NewClient(c.url, c.token, 4, c.insecure), log)
	if err != nil {
		return err
	}
	return lifecycle.Run(context.Background(), func(context.Context) (*lifecycle.App, error) {
		return &lifecycle.App{Log: log, Service: lifecycle.Func(func(ctx context.Context) error {
			if err := sim.Resume(ctx); err != nil {
				return fmt.Errorf("resume from meterbridge: %w", err)
			}
			log.Info("metersim running", zap.Int("meters", cfg.Meters), zap.Duration("interval", cfg.Interval),
				zap.Float64("compression", cfg.Compression), zap.String("url", c.url))
			return sim.Run(ctx, *ticks)
		})}, nil
	})
}

func benchCmd(args []string) error {
	fs := flag.NewFlagSet("bench", flag.ExitOnError)
	c := commonFlags(fs)
	perMeter := fs.Int("per-meter", 63, "readings per meter")
	workers := fs.Int("workers", 4, "concurrent posters (each owns meters/workers meters)")
	out := fs.String("out", "", "merge {\"ingest_readings_per_s\": ...} into this JSON file")
	_ = fs.Parse(args) // ExitOnError
	cfg, err := c.config()
	if err != nil {
		return err
	}
	cfg.Interval, cfg.Compression = 15*time.Minute, 1
	t0 := time.Now()
	corpus, err := metersim.BuildCorpus(metersim.BenchConfig{Sim: cfg, PerMeter: *perMeter, Workers: *workers})
	if err != nil {
		return err
	}
	fmt.Printf("corpus: %d readings signed in %d batches per worker in %.1fs\n", corpus.Readings, len(corpus.Bodies[0]), time.Since(t0).Seconds())
	client := metersim.NewClient(c.url, c.token, *workers, c.insecure)
	res, err := metersim.RunBench(context.Background(), client, corpus)
	fmt.Printf("ingest: %d readings accepted in %.2fs: %.0f readings/s (%d workers, batches of %d)\n",
		res.Accepted, res.Seconds, res.ReadingsPerSec, res.Workers, c.maxBatch)
	if err != nil {
		return err
	}
	if *out != "" {
		return metersim.MergeJSON(*out, map[string]any{"ingest_readings_per_s": int64(res.ReadingsPerSec), "ingest": res})
	}
	return nil
}

// KeyEntry is one line of `metersim keys` output: the static meter table of meterbridge, and
// with -private the keys (devnet only).
type KeyEntry struct {
	Name       string         `json:"name"`
	ID         common.Hash    `json:"id"`
	Signer     common.Address `json:"signer"`
	Kind       string         `json:"kind"`
	PrivateKey hexutil.Bytes  `json:"privateKey,omitempty"`
}

func keysCmd(args []string) error {
	fs := flag.NewFlagSet("keys", flag.ExitOnError)
	c := commonFlags(fs)
	out := fs.String("out", "", "output file (default stdout)")
	private := fs.Bool("private", false, "include the private keys (devnet only)")
	_ = fs.Parse(args) // ExitOnError
	var entries []KeyEntry
	for _, m := range metersim.NewMeters(c.seed, c.prefix, c.from, c.meters) {
		e := KeyEntry{Name: m.Name, ID: m.ID, Signer: m.Signer, Kind: m.Profile.Kind.String()}
		if *private {
			e.PrivateKey = crypto.FromECDSA(m.Key)
		}
		entries = append(entries, e)
	}
	raw, err := json.MarshalIndent(entries, "", "  ")
	if err != nil {
		return err
	}
	raw = append(raw, '\n')
	if *out == "" {
		_, err = os.Stdout.Write(raw)
		return err
	}
	return os.WriteFile(*out, raw, 0o600)
}
