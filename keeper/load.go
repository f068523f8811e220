package keeper

import (
	"fmt"

	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"

	"github.com/campus-grid/gridchain/svcconfig"
)

// EnvPrefix prefixes the environment variables that override the configuration file:
// KEEPER_INDEX, KEEPER_RPC_URLS (comma separated), KEEPER_DB_DSN, KEEPER_TXMGR_CONFIRMATIONS...
const EnvPrefix = "KEEPER"

// LoadConfig reads the configuration file at path (yaml, toml or json; "" for none) over
// DefaultConfig, then applies KEEPER_* environment overrides for every setting but the upkeeps
// list (PG_DSN also sets db.dsn).
func LoadConfig(path string) (Config, error) {
	var cfg Config
	if err := svcconfig.Load(path, EnvPrefix, DefaultConfig(), &cfg); err != nil {
		return Config{}, err
	}
	return cfg, nil
}

// NewLogger builds the production zap logger at level (debug, info, warn, error).
func NewLogger(level string) (*zap.Logger, error) {
	lvl, err := zapcore.ParseLevel(level)
	if err != nil {
		return nil, fmt.Errorf("log_level: %w", err)
	}
	cfg := zap.NewProductionConfig()
	cfg.Level = zap.NewAtomicLevelAt(lvl)
	cfg.EncoderConfig.TimeKey = "ts"
	cfg.EncoderConfig.EncodeTime = zapcore.ISO8601TimeEncoder
	return cfg.Build()
}
