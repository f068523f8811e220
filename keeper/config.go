package keeper

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/campus-grid/gridchain/chain/manifest"
	"github.com/campus-grid/gridchain/db"
	"github.com/campus-grid/gridchain/keeper/automation"
	"github.com/campus-grid/gridchain/txmgr"
)

// TradingNoopEvent is Trading's event for a perform that found its work done.
const TradingNoopEvent = "UpkeepSkipped(uint8,uint256,uint256)"

// TradingClearAction is Trading's UpkeepAction.Clear (perform data word 0).
const TradingClearAction = 1

// Defaults.
const (
	DefaultGraceBlocks  = 5
	DefaultPollInterval = 2 * time.Second
	DefaultHTTPAddr     = "127.0.0.1:9470"
	DefaultMaxSteps     = 10_000
)

var (
	ErrBadIndex     = errors.New("keeper: index must be between 0 and count-1")
	ErrBadCount     = errors.New("keeper: count must be at least 1")
	ErrNoRPC        = errors.New("keeper: no rpc url (set rpc_urls or manifest)")
	ErrNoKey        = errors.New("keeper: no key (set key_file, or authority with a manifest)")
	ErrNoUpkeeps    = errors.New("keeper: no upkeep configured (set upkeeps, or a manifest with Trading or OracleClient)")
	ErrBadUpkeep    = errors.New("keeper: bad upkeep")
	ErrBadPoll      = errors.New("keeper: poll_interval must be positive")
	ErrBadPeriod    = errors.New("keeper: block_period must be whole seconds (0: no pending-block checks)")
	ErrBadGrace     = errors.New("keeper: grace_blocks must be at least 1 when count > 1")
	ErrBadMaxSteps  = errors.New("keeper: max_steps must be at least 1")
	ErrNoKeeperID   = errors.New("keeper: id is empty")
	ErrBadSchedule  = errors.New("keeper: epoch_length must be set with first_epoch_start")
	ErrNoManifest   = errors.New("keeper: no manifest loaded")
	ErrUnknownAuthz = errors.New("keeper: authority has no keeper account in the manifest")
)

// UpkeepConfig is one configured upkeep.
type UpkeepConfig struct {
	Name    string `mapstructure:"name"`
	Address string `mapstructure:"address"`
	// CheckData is hex ("" or "0x": empty).
	CheckData string `mapstructure:"check_data"`
	// UnitWord is the 32-byte word of the perform data naming the unit of work (-1: all of it).
	UnitWord int `mapstructure:"unit_word"`
	// NoopEvents are event signatures meaning "work already done", e.g. TradingNoopEvent.
	NoopEvents []string `mapstructure:"noop_events"`
	// EpochClock: the unit is an epoch of Trading at Address (or of the configured schedule);
	// the keeper wakes at every epoch end and measures clearing lag.
	EpochClock bool `mapstructure:"epoch_clock"`
	// ClearAction is the perform data word 0 value of a clearing (-1: none).
	ClearAction int64 `mapstructure:"clear_action"`
}

// Config is the keeper's configuration.
type Config struct {
	// ID names this keeper in the records (default: keeper-<authority>, or its address).
	ID string `mapstructure:"id"`
	// Authority picks the key keeper-<authority> from the manifest (devnet).
	Authority string `mapstructure:"authority"`
	// Index and Count place this keeper among the keepers taking turns.
	Index       int    `mapstructure:"index"`
	Count       int    `mapstructure:"count"`
	GraceBlocks uint64 `mapstructure:"grace_blocks"`

	Manifest string   `mapstructure:"manifest"`
	RPCURLs  []string `mapstructure:"rpc_urls"`
	WSURLs   []string `mapstructure:"ws_urls"`
	// KeyFile holds the hex private key of the market-maker account.
	KeyFile string `mapstructure:"key_file"`

	Upkeeps []UpkeepConfig `mapstructure:"upkeeps"`
	// EpochLength and FirstEpochStart override the schedule read from Trading.
	EpochLength     uint64 `mapstructure:"epoch_length"`
	FirstEpochStart uint64 `mapstructure:"first_epoch_start"`

	PollInterval time.Duration `mapstructure:"poll_interval"`
	// BlockPeriod is the chain's block interval. Within one period of an epoch's end the keeper
	// also checks the pending block, so that the clearing reaches the pool before the first block
	// after the end is sealed (0 turns this off). It needs a node that builds blocks (a signer).
	BlockPeriod time.Duration `mapstructure:"block_period"`
	MaxSteps    int           `mapstructure:"max_steps"`
	HTTPAddr    string        `mapstructure:"http_addr"`
	LogLevel    string        `mapstructure:"log_level"`
	// NoDB keeps the records in memory only (a keeper without PostgreSQL loses its crash safety).
	NoDB bool `mapstructure:"no_db"`

	DB    db.Config    `mapstructure:"db"`
	TxMgr txmgr.Config `mapstructure:"txmgr"`
}

// DefaultConfig is a single keeper on the devnet.
func DefaultConfig() Config {
	// A perform's outcome is recorded once its receipt is final by txmgr's rule (txmgr.Final, at
	// txmgr.DefaultConfirmations): a reorg below that depth puts the transaction back in play
	// instead of leaving a "performed" record the chain does not have.
	tx := txmgr.DefaultConfig()
	return Config{
		Count: 1, GraceBlocks: DefaultGraceBlocks, Manifest: manifest.DefaultPath,
		PollInterval: DefaultPollInterval, BlockPeriod: 2 * time.Second, MaxSteps: DefaultMaxSteps, HTTPAddr: DefaultHTTPAddr,
		LogLevel: "info", DB: db.DefaultConfig(), TxMgr: tx,
	}
}

// Check rejects settings that cannot work. Call Resolve first to fill what the manifest gives.
func (c *Config) Check() error {
	var errs []error
	if c.ID == "" {
		errs = append(errs, ErrNoKeeperID)
	}
	if c.Count < 1 {
		errs = append(errs, ErrBadCount)
	} else if c.Index < 0 || c.Index >= c.Count {
		errs = append(errs, fmt.Errorf("%w (index %d, count %d)", ErrBadIndex, c.Index, c.Count))
	}
	if c.Count > 1 && c.GraceBlocks < 1 {
		errs = append(errs, ErrBadGrace)
	}
	if len(c.RPCURLs) == 0 {
		errs = append(errs, ErrNoRPC)
	}
	if c.KeyFile == "" {
		errs = append(errs, ErrNoKey)
	}
	if len(c.Upkeeps) == 0 {
		errs = append(errs, ErrNoUpkeeps)
	}
	for i, u := range c.Upkeeps {
		if err := u.check(); err != nil {
			errs = append(errs, fmt.Errorf("upkeeps[%d] %s: %w", i, u.Name, err))
		}
	}
	if c.EpochLength == 0 && c.FirstEpochStart != 0 {
		errs = append(errs, ErrBadSchedule)
	}
	if c.BlockPeriod < 0 || c.BlockPeriod%time.Second != 0 {
		errs = append(errs, ErrBadPeriod)
	}
	if c.PollInterval <= 0 {
		errs = append(errs, ErrBadPoll)
	}
	if c.MaxSteps < 1 {
		errs = append(errs, ErrBadMaxSteps)
	}
	if err := c.TxMgr.Check(); err != nil {
		errs = append(errs, err)
	}
	if !c.NoDB {
		if err := c.DB.Check(); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

func (u UpkeepConfig) check() error {
	if !common.IsHexAddress(u.Address) || common.HexToAddress(u.Address) == (common.Address{}) {
		return fmt.Errorf("%w: address %q", ErrBadUpkeep, u.Address)
	}
	if _, err := u.checkData(); err != nil {
		return fmt.Errorf("%w: check_data: %v", ErrBadUpkeep, err)
	}
	if u.UnitWord < -1 {
		return fmt.Errorf("%w: unit_word %d", ErrBadUpkeep, u.UnitWord)
	}
	for _, e := range u.NoopEvents {
		if !strings.Contains(e, "(") || !strings.HasSuffix(e, ")") {
			return fmt.Errorf("%w: noop event %q is not a signature like Name(type,...)", ErrBadUpkeep, e)
		}
	}
	return nil
}

func (u UpkeepConfig) checkData() ([]byte, error) {
	if u.CheckData == "" || u.CheckData == "0x" {
		return nil, nil
	}
	return hexutil.Decode(u.CheckData)
}

// Upkeep builds the automation upkeep.
func (u UpkeepConfig) Upkeep() automation.Upkeep {
	data, _ := u.checkData()
	topics := make([]common.Hash, 0, len(u.NoopEvents))
	for _, e := range u.NoopEvents {
		topics = append(topics, crypto.Keccak256Hash([]byte(e)))
	}
	name := u.Name
	if name == "" {
		name = u.Address
	}
	return automation.NewUpkeep(name, common.HexToAddress(u.Address), data, u.UnitWord, topics...)
}

// TradingUpkeep is the default upkeep of a Trading contract.
func TradingUpkeep(addr common.Address) UpkeepConfig {
	return UpkeepConfig{Name: manifest.Trading, Address: addr.Hex(), UnitWord: 1, NoopEvents: []string{TradingNoopEvent},
		EpochClock: true, ClearAction: TradingClearAction}
}

// OracleClientUpkeep is the default upkeep of an OracleClient (request expiry).
func OracleClientUpkeep(addr common.Address) UpkeepConfig {
	return UpkeepConfig{Name: manifest.OracleClient, Address: addr.Hex(), UnitWord: -1, ClearAction: -1}
}

// Resolve fills what is not set from the manifest (when one is configured and exists): RPC and
// WS endpoints, the key of keeper-<authority>, the default upkeeps, and the keeper id.
func (c *Config) Resolve(m *manifest.Manifest) error {
	if m != nil {
		if len(c.RPCURLs) == 0 {
			c.RPCURLs = m.RPCURLs()
		}
		if len(c.WSURLs) == 0 {
			c.WSURLs = m.WSURLs()
		}
		if c.KeyFile == "" && c.Authority != "" {
			acct, ok := m.Accounts["keeper-"+c.Authority]
			if !ok || acct.KeyFile == "" {
				return fmt.Errorf("%w: %s", ErrUnknownAuthz, c.Authority)
			}
			c.KeyFile = acct.KeyFile
		}
		if len(c.Upkeeps) == 0 {
			if a, err := m.Contract(manifest.Trading); err == nil {
				c.Upkeeps = append(c.Upkeeps, TradingUpkeep(a))
			}
			if a, err := m.Contract(manifest.OracleClient); err == nil {
				c.Upkeeps = append(c.Upkeeps, OracleClientUpkeep(a))
			}
		}
	}
	if c.ID == "" && c.Authority != "" {
		c.ID = "keeper-" + c.Authority
	}
	return nil
}
