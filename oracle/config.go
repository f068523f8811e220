package oracle

import (
	"errors"
	"fmt"
	"regexp"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"go.uber.org/zap/zapcore"

	"github.com/campus-grid/gridchain/chain/manifest"
	"github.com/campus-grid/gridchain/db"
	"github.com/campus-grid/gridchain/svcconfig"
	"github.com/campus-grid/gridchain/txmgr"
)

// Defaults.
const (
	DefaultBatchSize     = 100
	DefaultConfirmations = 6
	DefaultPollInterval  = 250 * time.Millisecond
	DefaultListen        = "127.0.0.1:8490"
	// MaxBatchSize keeps a batch well inside the block gas limit (about 60k gas per reading).
	MaxBatchSize = 400
)

// Config is the relayer's configuration (file plus ORACLE_* environment, see LoadConfig).
type Config struct {
	// Name identifies this relayer: its rows in PostgreSQL and its transaction keys are its own,
	// so several relayers may share a database.
	Name string `mapstructure:"name"`
	// Manifest, when set, fills the chain settings left empty from a deployment manifest.
	Manifest string `mapstructure:"manifest"`
	// RPCURLs are JSON-RPC endpoints of the chain (the first is read from; all are sent to).
	RPCURLs []string `mapstructure:"rpc_urls"`
	// ChainID is checked against the node.
	ChainID uint64 `mapstructure:"chain_id"`
	// OracleClient and Registry are the contract addresses.
	OracleClient common.Address `mapstructure:"oracle_client"`
	Registry     common.Address `mapstructure:"registry"`
	// KeyFile holds the oracle operator's hex private key.
	KeyFile string `mapstructure:"key_file"`
	// Bridge is the meterbridge reading stream.
	Bridge BridgeConfig `mapstructure:"bridge"`
	// BatchSize is the most readings per submitReadings transaction.
	BatchSize int `mapstructure:"batch_size"`
	// MaxInFlight is the most readings transactions waiting for the confirmation depth at once.
	MaxInFlight int `mapstructure:"max_in_flight"`
	// Confirmations is the depth at which a submission is final (also the transaction manager's).
	Confirmations uint64 `mapstructure:"confirmations"`
	// PollInterval is how often the driver looks for new readings, blocks and receipts.
	PollInterval time.Duration `mapstructure:"poll_interval"`
	// SubmitDelayBlocks holds readings back this many blocks (a standby relayer: it only sends
	// what the primary has not relayed by then).
	SubmitDelayBlocks uint64 `mapstructure:"submit_delay_blocks"`
	// MaxAttempts is how many reverted transactions a reading may be part of before it is failed.
	MaxAttempts int `mapstructure:"max_attempts"`
	// StartCursor is the meterbridge cursor of a relayer that has none stored yet.
	StartCursor int64 `mapstructure:"start_cursor"`
	// StartBlock is where request scanning begins when no request cursor is stored.
	StartBlock uint64 `mapstructure:"start_block"`
	// LogRange is the most blocks one eth_getLogs call covers.
	LogRange uint64 `mapstructure:"log_range"`
	// Requests turns on serving EnergyDataRequested.
	Requests bool `mapstructure:"requests"`
	// Listen serves /healthz, /readyz and /metrics.
	Listen string `mapstructure:"listen"`
	// DB is the PostgreSQL pool (relayer and transaction manager tables).
	DB db.Config `mapstructure:"db"`
	// TxMgr configures the transaction manager (its confirmations follow Confirmations).
	TxMgr txmgr.Config `mapstructure:"txmgr"`
	// Log configures zap.
	Log LogConfig `mapstructure:"log"`
	// ShutdownTimeout bounds a graceful stop.
	ShutdownTimeout time.Duration `mapstructure:"shutdown_timeout"`
}

// BridgeConfig locates meterbridge.
type BridgeConfig struct {
	// URL is meterbridge's base URL, e.g. http://127.0.0.1:8480.
	URL string `mapstructure:"url"`
	// Token is the read token (bearer), when meterbridge requires one.
	Token string `mapstructure:"token"`
	// CAFile trusts meterbridge's TLS certificate.
	CAFile string `mapstructure:"ca_file"`
	// Timeout bounds one request.
	Timeout time.Duration `mapstructure:"timeout"`
	// PageSize is the most readings one cursor request asks for.
	PageSize int `mapstructure:"page_size"`
}

// LogConfig configures the logger (level, format) and builds it (NewLogger).
type LogConfig = svcconfig.Log

// DefaultConfig is the configuration before file and environment.
func DefaultConfig() Config {
	tx := txmgr.DefaultConfig()
	return Config{
		Name: "oracle", BatchSize: DefaultBatchSize, MaxInFlight: 4, Confirmations: DefaultConfirmations,
		PollInterval: DefaultPollInterval, MaxAttempts: 3, LogRange: 5000, Requests: true, Listen: DefaultListen,
		Bridge: BridgeConfig{URL: "http://127.0.0.1:8480", Timeout: 10 * time.Second, PageSize: 1000},
		DB:     db.DefaultConfig(), TxMgr: tx, Log: LogConfig{Level: "info", Format: "json"},
		ShutdownTimeout: 30 * time.Second,
	}
}

var (
	ErrName          = errors.New("name must be 1-40 characters of a-z, 0-9, - or _")
	ErrNoRPC         = errors.New("rpc_urls is empty (or set manifest)")
	ErrNoChainID     = errors.New("chain_id is required (or set manifest)")
	ErrNoOracle      = errors.New("oracle_client address is required (or set manifest)")
	ErrNoRegistry    = errors.New("registry address is required (or set manifest)")
	ErrNoKey         = errors.New("key_file is required (the oracle operator's key)")
	ErrNoBridge      = errors.New("bridge.url is required")
	ErrBatchSize     = fmt.Errorf("batch_size must be between 1 and %d", MaxBatchSize)
	ErrInFlight      = errors.New("max_in_flight must be at least 1")
	ErrConfirmations = errors.New("confirmations must be at least 1")
	ErrPoll          = errors.New("poll_interval must be positive")
	ErrAttempts      = errors.New("max_attempts must be at least 1")
	ErrLogRange      = errors.New("log_range must be at least 1")
	ErrPageSize      = errors.New("bridge.page_size must be between 1 and 10000")
	ErrTimeout       = errors.New("bridge.timeout and shutdown_timeout must be positive")
	ErrLogLevel      = svcconfig.ErrLogLevel
	ErrLogFormat     = errors.New("log.format must be json or console")
	ErrStartCursor   = errors.New("start_cursor must not be negative")
)

var nameRE = regexp.MustCompile(`^[a-z0-9_-]{1,40}$`)

// Check rejects settings that cannot work, naming each.
func (c *Config) Check() error {
	var errs []error
	add := func(bad bool, err error) {
		if bad {
			errs = append(errs, err)
		}
	}
	add(!nameRE.MatchString(c.Name), ErrName)
	add(len(c.RPCURLs) == 0, ErrNoRPC)
	add(c.ChainID == 0, ErrNoChainID)
	add(c.OracleClient == (common.Address{}), ErrNoOracle)
	add(c.Registry == (common.Address{}), ErrNoRegistry)
	add(c.KeyFile == "", ErrNoKey)
	add(c.Bridge.URL == "", ErrNoBridge)
	add(c.BatchSize < 1 || c.BatchSize > MaxBatchSize, ErrBatchSize)
	add(c.MaxInFlight < 1, ErrInFlight)
	add(c.Confirmations < 1, ErrConfirmations)
	add(c.PollInterval <= 0, ErrPoll)
	add(c.MaxAttempts < 1, ErrAttempts)
	add(c.LogRange < 1, ErrLogRange)
	add(c.Bridge.PageSize < 1 || c.Bridge.PageSize > 10000, ErrPageSize)
	add(c.Bridge.Timeout <= 0 || c.ShutdownTimeout <= 0, ErrTimeout)
	add(c.StartCursor < 0, ErrStartCursor)
	if _, err := zapcore.ParseLevel(c.Log.Level); err != nil {
		errs = append(errs, ErrLogLevel)
	}
	add(c.Log.Format != "json" && c.Log.Format != "console", ErrLogFormat)
	if err := c.DB.Check(); err != nil {
		errs = append(errs, fmt.Errorf("db: %w", err))
	}
	tx := c.TxMgr
	tx.Confirmations = max(c.Confirmations, 1)
	if err := tx.Check(); err != nil {
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}

// ApplyManifest fills the chain settings left empty from a deployment manifest.
func (c *Config) ApplyManifest(m *manifest.Manifest) error {
	if c.ChainID == 0 {
		c.ChainID = m.ChainID
	}
	if len(c.RPCURLs) == 0 {
		c.RPCURLs = m.RPCURLs()
	}
	if c.OracleClient == (common.Address{}) {
		a, err := m.Contract(manifest.OracleClient)
		if err != nil {
			return err
		}
		c.OracleClient = a
	}
	if c.Registry == (common.Address{}) {
		a, err := m.Contract(manifest.Registry)
		if err != nil {
			return err
		}
		c.Registry = a
	}
	if c.StartBlock == 0 {
		c.StartBlock = m.DeployBlock
	}
	if c.KeyFile == "" {
		if a, ok := m.Accounts["oracleOperator"]; ok {
			c.KeyFile = a.KeyFile
		}
	}
	return nil
}

// LoadConfig reads the defaults, then the file at path ("" skips it), then the environment:
// ORACLE_<KEY> for every setting (ORACLE_BATCH_SIZE, ORACLE_BRIDGE_URL, ORACLE_RPC_URLS="u1,u2",
// ...), PG_DSN when ORACLE_DB_DSN is unset. A manifest fills the chain settings left empty.
func LoadConfig(path string) (Config, error) {
	var cfg Config
	if err := svcconfig.Load(path, "ORACLE", DefaultConfig(), &cfg); err != nil {
		return Config{}, err
	}
	if cfg.Manifest != "" {
		m, err := manifest.Load(cfg.Manifest)
		if err != nil {
			return Config{}, err
		}
		if err := cfg.ApplyManifest(m); err != nil {
			return Config{}, fmt.Errorf("manifest %s: %w", cfg.Manifest, err)
		}
	}
	return cfg, nil
}
