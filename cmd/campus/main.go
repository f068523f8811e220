// Command campus starts the whole campus market on one machine and prints one line per epoch;
// `make run` builds the commands and runs it. Ctrl-C stops everything it started.
//
// Every setting has a default and can be set by flag or by CAMPUS_<SETTING> in the environment
// (CAMPUS_METERS=400, CAMPUS_EPOCH_SECONDS=90, CAMPUS_DAPP_ADDR=127.0.0.1:8090, ...).
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/viper"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"

	"github.com/campus-grid/gridchain/campus"
	"github.com/campus-grid/gridchain/lifecycle"
)

func main() {
	lifecycle.Main("campus", setup)
}

// setup reads the settings; the campus runs as one blocking function that Ctrl-C cancels, and it
// stops everything it started before it returns.
func setup(context.Context) (*lifecycle.App, error) {
	root, err := os.Getwd()
	if err != nil {
		return nil, err
	}
	def := campus.DefaultConfig(root)
	v := viper.New()
	v.SetEnvPrefix("CAMPUS")
	v.SetEnvKeyReplacer(strings.NewReplacer("-", "_"))
	v.AutomaticEnv()
	fs := flag.NewFlagSet("campus", flag.ExitOnError)
	settings := []struct {
		name, usage string
		def         any
	}{
		{"meters", "simulated smart meters", def.Meters},
		{"demo-users", "campus users (when the chain is first created)", def.DemoUsers},
		{"epoch-seconds", "market epoch in seconds (when the chain is first created)", def.EpochSeconds},
		{"compression", "simulated time per real time for the meters", def.Compression},
		{"keepers", "keepers, one per authority (1-4)", def.Keepers},
		{"meterbridge-addr", "meterbridge listen address", def.MeterbridgeAddr},
		{"relayer-addr", "relayer metrics and health address", def.RelayerAddr},
		{"keeper-base-port", "first keeper metrics port", def.KeeperBasePort},
		{"dapp-addr", "dapp listen address", def.DappAddr},
		{"devnet-dir", "devnet directory", def.DevnetDir},
		{"run-dir", "service configs and logs", def.RunDir},
		{"pg-dsn", "PostgreSQL DSN", def.PGDSN},
		{"verbose", "log the campus runner's own steps", false},
		{"keep-chain", "leave the devnet and PostgreSQL running after Ctrl-C", false},
	}
	for _, s := range settings {
		usage := s.usage + " (env CAMPUS_" + strings.ToUpper(strings.ReplaceAll(s.name, "-", "_")) + ")"
		if b, ok := s.def.(bool); ok {
			fs.Bool(s.name, b, usage)
		} else {
			fs.String(s.name, fmt.Sprint(s.def), usage)
		}
		v.SetDefault(s.name, s.def)
	}
	_ = fs.Parse(os.Args[1:])
	fs.Visit(func(f *flag.Flag) { v.Set(f.Name, f.Value.String()) })

	cfg := def
	cfg.Meters = v.GetInt("meters")
	cfg.DemoUsers = v.GetInt("demo-users")
	cfg.EpochSeconds = v.GetInt("epoch-seconds")
	cfg.Compression = v.GetFloat64("compression")
	cfg.Keepers = v.GetInt("keepers")
	cfg.MeterbridgeAddr = v.GetString("meterbridge-addr")
	cfg.RelayerAddr = v.GetString("relayer-addr")
	cfg.KeeperBasePort = v.GetInt("keeper-base-port")
	cfg.DappAddr = v.GetString("dapp-addr")
	cfg.DevnetDir, _ = filepath.Abs(v.GetString("devnet-dir"))
	cfg.RunDir, _ = filepath.Abs(v.GetString("run-dir"))
	cfg.PGDSN = v.GetString("pg-dsn")
	cfg.KeepChainRunning = v.GetBool("keep-chain")

	level := zapcore.WarnLevel
	if v.GetBool("verbose") {
		level = zapcore.InfoLevel
	}
	logCfg := zap.NewDevelopmentConfig()
	logCfg.Level = zap.NewAtomicLevelAt(level)
	logCfg.DisableStacktrace = true
	log, err := logCfg.Build()
	if err != nil {
		return nil, err
	}
	c, err := campus.New(cfg, log, os.Stdout)
	if err != nil {
		return nil, err
	}
	// Stopping the devnet, PostgreSQL and every service takes a while; Run does it before it returns.
	return &lifecycle.App{Service: lifecycle.Func(c.Run), Log: log, StopTimeout: 10 * time.Minute}, nil
}
