// Package db opens the PostgreSQL pool the services share and applies each component's schema
// migrations at start.
package db

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"go.uber.org/zap"
)

// DefaultDSN is the project-local cluster started by `make pg-up`.
const DefaultDSN = "postgres://gridchain:gridchain@127.0.0.1:55432/gridchain?sslmode=disable"

var (
	ErrNoDSN          = errors.New("database dsn is empty")
	ErrBadMaxConns    = errors.New("database max conns must be at least 1")
	ErrBadMinConns    = errors.New("database min conns must be between 0 and max conns")
	ErrBadTimeout     = errors.New("database connect timeout must be positive")
	ErrNegativeLength = errors.New("database connection lifetime must not be negative")
)

// Config is the database section of a service's configuration.
type Config struct {
	// DSN is a libpq-style URL or key/value string, e.g. DefaultDSN.
	DSN string `mapstructure:"dsn"`
	// MaxConns bounds the pool (default 10).
	MaxConns int32 `mapstructure:"max_conns"`
	// MinConns is kept open when idle (default 0).
	MinConns int32 `mapstructure:"min_conns"`
	// ConnectTimeout bounds the first connection and each later dial (default 10 s).
	ConnectTimeout time.Duration `mapstructure:"connect_timeout"`
	// MaxConnLifetime recycles connections (0: pgx's default of one hour).
	MaxConnLifetime time.Duration `mapstructure:"max_conn_lifetime"`
}

// DefaultConfig returns the settings for the project-local cluster.
func DefaultConfig() Config {
	return Config{DSN: DefaultDSN, MaxConns: 10, ConnectTimeout: 10 * time.Second}
}

// Check rejects settings that cannot work, with a message naming the setting.
func (c Config) Check() error {
	if c.DSN == "" {
		return ErrNoDSN
	}
	if _, err := pgxpool.ParseConfig(c.DSN); err != nil {
		return fmt.Errorf("database dsn: %w", err)
	}
	if c.MaxConns < 1 {
		return ErrBadMaxConns
	}
	if c.MinConns < 0 || c.MinConns > c.MaxConns {
		return ErrBadMinConns
	}
	if c.ConnectTimeout <= 0 {
		return ErrBadTimeout
	}
	if c.MaxConnLifetime < 0 {
		return ErrNegativeLength
	}
	return nil
}

// Open checks cfg, connects, waits for the server to answer and applies the migrations of every
// component given (in order). The caller closes the pool.
func Open(ctx context.Context, cfg Config, log *zap.Logger, migrations ...Migrations) (*pgxpool.Pool, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	pcfg, err := pgxpool.ParseConfig(cfg.DSN)
	if err != nil {
		return nil, fmt.Errorf("database dsn: %w", err)
	}
	pcfg.MaxConns = cfg.MaxConns
	pcfg.MinConns = cfg.MinConns
	pcfg.ConnConfig.ConnectTimeout = cfg.ConnectTimeout
	if cfg.MaxConnLifetime > 0 {
		pcfg.MaxConnLifetime = cfg.MaxConnLifetime
	}
	pool, err := pgxpool.NewWithConfig(ctx, pcfg)
	if err != nil {
		return nil, fmt.Errorf("database pool: %w", err)
	}
	pingCtx, cancel := context.WithTimeout(ctx, cfg.ConnectTimeout)
	defer cancel()
	if err := pool.Ping(pingCtx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("database %s:%d: %w", pcfg.ConnConfig.Host, pcfg.ConnConfig.Port, err)
	}
	log.Debug("database connected", zap.String("host", pcfg.ConnConfig.Host),
		zap.Uint16("port", pcfg.ConnConfig.Port), zap.String("database", pcfg.ConnConfig.Database))
	for _, m := range migrations {
		if err := Migrate(ctx, pool, m, log); err != nil {
			pool.Close()
			return nil, err
		}
	}
	return pool, nil
}
