package meterbridge

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"go.uber.org/zap/zapcore"

	"github.com/campus-grid/gridchain/chain/manifest"
	"github.com/campus-grid/gridchain/db"
	"github.com/campus-grid/gridchain/svcconfig"
)

// Meter sources.
const (
	SourceChain  = "chain"  // follow the Registry contract's events
	SourceStatic = "static" // a fixed table from the configuration (tests, benchmarks)
)

// Config is meterbridge's configuration (file plus MB_* environment overrides, see LoadConfig).
type Config struct {
	// Listen is the HTTP address, e.g. "127.0.0.1:8480" (":0" picks a free port).
	Listen string `mapstructure:"listen"`
	// TLS serves HTTPS when both files are given. It is required when Listen is not a loopback
	// address, unless TLS.AllowPlaintextOffLoopback waives it.
	TLS TLSConfig `mapstructure:"tls"`
	// DB is the PostgreSQL pool.
	DB db.Config `mapstructure:"db"`
	// Ingest bounds batches.
	Ingest IngestConfig `mapstructure:"ingest"`
	// HeadEnds are the AMI head-ends allowed to post readings, each with its bearer token.
	HeadEnds []HeadEnd `mapstructure:"head_ends"`
	// ReadTokens, when any, are required (bearer) on the query endpoints.
	ReadTokens []string `mapstructure:"read_tokens"`
	// Registry says where meter assignments and keys come from.
	Registry RegistryConfig `mapstructure:"registry"`
	// Log configures zap.
	Log LogConfig `mapstructure:"log"`
	// StartupTimeout bounds how long Start waits for the database.
	StartupTimeout time.Duration `mapstructure:"startup_timeout"`
	// PprofListen, when set, serves net/http/pprof on this (local!) address for profiling.
	PprofListen string `mapstructure:"pprof_listen"`
	// ShutdownTimeout bounds a graceful stop (in-flight batches finish and commit).
	ShutdownTimeout time.Duration `mapstructure:"shutdown_timeout"`
}

// TLSConfig names the certificate and key files.
type TLSConfig struct {
	CertFile string `mapstructure:"cert_file"`
	KeyFile  string `mapstructure:"key_file"`
	// AllowPlaintextOffLoopback serves plain HTTP on a non-loopback Listen address: bearer
	// tokens and readings then cross the network in clear. Only for a listener that something
	// else already protects (a TLS-terminating proxy on a private link).
	AllowPlaintextOffLoopback bool `mapstructure:"allow_plaintext_off_loopback"`
}

// Enabled is true when a certificate is configured.
func (t TLSConfig) Enabled() bool { return t.CertFile != "" || t.KeyFile != "" }

// HeadEnd is one AMI head-end and its bearer token.
type HeadEnd struct {
	Name  string `mapstructure:"name"`
	Token string `mapstructure:"token"`
}

// RegistryConfig is the source of meter assignments and of the EIP-712 domain.
type RegistryConfig struct {
	// Source is "chain" (follow Registry events) or "static".
	Source string `mapstructure:"source"`
	// Manifest, when set, fills RPCURL, ChainID, Address and StartBlock from a deployment manifest.
	Manifest string `mapstructure:"manifest"`
	// RPCURL is a node's JSON-RPC endpoint (chain source).
	RPCURL string `mapstructure:"rpc_url"`
	// ChainID and Address bind the signing domain (and are checked against the node).
	ChainID uint64         `mapstructure:"chain_id"`
	Address common.Address `mapstructure:"address"`
	// StartBlock is where the follower starts scanning (the Registry's deployment block).
	StartBlock uint64 `mapstructure:"start_block"`
	// PollInterval is how often the follower asks for new blocks.
	PollInterval time.Duration `mapstructure:"poll_interval"`
	// Confirmations is how far behind the head the follower stays.
	Confirmations uint64 `mapstructure:"confirmations"`
	// MaxRange is the most blocks one eth_getLogs call covers.
	MaxRange uint64 `mapstructure:"max_range"`
	// MetersFile (static source) is a JSON array of {"id","signer"} (metersim keys writes one).
	MetersFile string `mapstructure:"meters_file"`
	// Meters (static source) are listed inline.
	Meters []StaticMeter `mapstructure:"meters"`
}

// LogConfig configures the logger (level, format) and builds it (NewLogger).
type LogConfig = svcconfig.Log

// DefaultConfig is the configuration before file and environment.
func DefaultConfig() Config {
	return Config{
		Listen: "127.0.0.1:8480",
		DB:     db.DefaultConfig(),
		Ingest: IngestConfig{MaxBatch: 1000, MaxClockSkew: 5 * time.Minute, MaxInterval: 24 * time.Hour},
		Registry: RegistryConfig{Source: SourceChain, PollInterval: 2 * time.Second, MaxRange: 5000,
			Manifest: ""},
		Log:             LogConfig{Level: "info", Format: "json"},
		StartupTimeout:  60 * time.Second,
		ShutdownTimeout: 30 * time.Second,
	}
}

var (
	ErrNoListen     = errors.New("listen address is empty")
	ErrTLSHalf      = errors.New("tls needs both cert_file and key_file")
	ErrPlaintext    = errors.New("listen is not a loopback address: set tls.cert_file and tls.key_file (or, behind a TLS proxy, tls.allow_plaintext_off_loopback)")
	ErrNoHeadEnds   = errors.New("no head_ends configured: nobody could post readings")
	ErrHeadEnd      = errors.New("every head-end needs a name and a token of at least 16 characters")
	ErrDupToken     = errors.New("two head-ends share a token")
	ErrSource       = errors.New("registry.source must be chain or static")
	ErrNoChainID    = errors.New("registry.chain_id is required (it binds the signing domain)")
	ErrNoRegistry   = errors.New("registry.address is required (it binds the signing domain)")
	ErrNoRPC        = errors.New("registry.rpc_url is required with the chain source")
	ErrNoMeters     = errors.New("the static source needs registry.meters or registry.meters_file")
	ErrPoll         = errors.New("registry.poll_interval must be positive")
	ErrMaxRange     = errors.New("registry.max_range must be at least 1")
	ErrLogLevel     = svcconfig.ErrLogLevel
	ErrLogFormat    = errors.New("log.format must be json or console")
	ErrTimeouts     = errors.New("startup_timeout and shutdown_timeout must be positive")
	ErrStaticMeters = errors.New("a static meter needs a non-zero id and signer")
)

// Check rejects settings that cannot work, naming the setting.
func (c *Config) Check() error {
	var errs []error
	if c.Listen == "" {
		errs = append(errs, ErrNoListen)
	}
	if c.TLS.Enabled() && (c.TLS.CertFile == "" || c.TLS.KeyFile == "") {
		errs = append(errs, ErrTLSHalf)
	}
	if c.Listen != "" && !c.TLS.Enabled() && !c.TLS.AllowPlaintextOffLoopback && !svcconfig.LoopbackOnly(c.Listen) {
		errs = append(errs, fmt.Errorf("listen %q: %w", c.Listen, ErrPlaintext))
	}
	if err := c.DB.Check(); err != nil {
		errs = append(errs, fmt.Errorf("db: %w", err))
	}
	if err := c.Ingest.Check(); err != nil {
		errs = append(errs, err)
	}
	if len(c.HeadEnds) == 0 {
		errs = append(errs, ErrNoHeadEnds)
	}
	tokens := map[string]bool{}
	for _, h := range c.HeadEnds {
		if h.Name == "" || len(h.Token) < 16 {
			errs = append(errs, fmt.Errorf("head-end %q: %w", h.Name, ErrHeadEnd))
		}
		if tokens[h.Token] {
			errs = append(errs, fmt.Errorf("head-end %q: %w", h.Name, ErrDupToken))
		}
		tokens[h.Token] = true
	}
	r := &c.Registry
	switch r.Source {
	case SourceChain:
		if r.RPCURL == "" {
			errs = append(errs, ErrNoRPC)
		}
		if r.PollInterval <= 0 {
			errs = append(errs, ErrPoll)
		}
		if r.MaxRange < 1 {
			errs = append(errs, ErrMaxRange)
		}
	case SourceStatic:
		if len(r.Meters) == 0 && r.MetersFile == "" {
			errs = append(errs, ErrNoMeters)
		}
		for _, m := range r.Meters {
			if m.ID == (common.Hash{}) || m.Signer == (common.Address{}) {
				errs = append(errs, ErrStaticMeters)
				break
			}
		}
	default:
		errs = append(errs, fmt.Errorf("%w (got %q)", ErrSource, r.Source))
	}
	if r.ChainID == 0 {
		errs = append(errs, ErrNoChainID)
	}
	if r.Address == (common.Address{}) {
		errs = append(errs, ErrNoRegistry)
	}
	if _, err := zapcore.ParseLevel(c.Log.Level); err != nil {
		errs = append(errs, ErrLogLevel)
	}
	if c.Log.Format != "json" && c.Log.Format != "console" {
		errs = append(errs, ErrLogFormat)
	}
	if c.StartupTimeout <= 0 || c.ShutdownTimeout <= 0 {
		errs = append(errs, ErrTimeouts)
	}
	return errors.Join(errs...)
}

// ApplyManifest fills the registry settings left empty from a deployment manifest.
func (r *RegistryConfig) ApplyManifest(m *manifest.Manifest) error {
	addr, err := m.Contract(manifest.Registry)
	if err != nil {
		return err
	}
	if r.ChainID == 0 {
		r.ChainID = m.ChainID
	}
	if r.Address == (common.Address{}) {
		r.Address = addr
	}
	if urls := m.RPCURLs(); r.RPCURL == "" && len(urls) > 0 {
		r.RPCURL = urls[0]
	}
	if r.StartBlock == 0 {
		r.StartBlock = m.DeployBlock
	}
	return nil
}

// LoadConfig reads the defaults, then the file at path (optional: "" skips it), then the
// environment: MB_<KEY> for every setting (MB_DB_DSN, MB_REGISTRY_SOURCE, ...), PG_DSN when
// MB_DB_DSN is unset, MB_HEAD_ENDS="name:token,name:token" and MB_READ_TOKENS="t1,t2". A manifest
// named by registry.manifest fills the registry settings left empty.
func LoadConfig(path string) (Config, error) {
	var cfg Config
	if err := svcconfig.Load(path, "MB", DefaultConfig(), &cfg); err != nil {
		return Config{}, err
	}
	if s := os.Getenv("MB_HEAD_ENDS"); s != "" {
		cfg.HeadEnds = nil
		for _, pair := range strings.Split(s, ",") {
			name, token, ok := strings.Cut(strings.TrimSpace(pair), ":")
			if !ok {
				return Config{}, errors.New("MB_HEAD_ENDS must be name:token[,name:token...]")
			}
			cfg.HeadEnds = append(cfg.HeadEnds, HeadEnd{Name: name, Token: token})
		}
	}
	if s := os.Getenv("MB_READ_TOKENS"); s != "" {
		cfg.ReadTokens = strings.Split(s, ",")
	}
	if cfg.Registry.Manifest != "" {
		m, err := manifest.Load(cfg.Registry.Manifest)
		if err != nil {
			return Config{}, err
		}
		if err := cfg.Registry.ApplyManifest(m); err != nil {
			return Config{}, fmt.Errorf("manifest %s: %w", cfg.Registry.Manifest, err)
		}
	}
	return cfg, nil
}
