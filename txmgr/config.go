package txmgr

import (
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/params"
)

// Default settings: a 2 s Clique block period and six blocks before a transaction counts as final.
const (
	DefaultConfirmations      = 6
	DefaultPollInterval       = time.Second
	DefaultResubmitTimeout    = 12 * time.Second
	DefaultFeeBumpPercent     = 10
	DefaultGasLimitMultiplier = 1.2
	// DefaultGasLimitHeadroom is added to every padded estimate: a call estimated against one block
	// may run in a later one where it does more work (the first order of a new epoch writes fresh
	// storage, ~115k gas more; a claim after a keeper's batch). Unused gas is not charged.
	DefaultGasLimitHeadroom = 100_000
	DefaultNetworkTimeout   = 10 * time.Second
	DefaultSendRetries      = 3
	// MinFeeBumpPercent is what geth's txpool demands of a replacement (--txpool.pricebump).
	MinFeeBumpPercent = 10
)

var (
	ErrBadConfirmations   = errors.New("txmgr: confirmations must be at least 1")
	ErrBadPollInterval    = errors.New("txmgr: poll interval must be positive")
	ErrBadResubmitTimeout = errors.New("txmgr: resubmit timeout must be at least the poll interval")
	ErrBadFeeBump         = errors.New("txmgr: fee bump must be at least 10 percent (geth refuses smaller replacements)")
	ErrBadGasMultiplier   = errors.New("txmgr: gas limit multiplier must be between 1 and 10")
	ErrBadNetworkTimeout  = errors.New("txmgr: network timeout must be positive")
	ErrBadFeeCaps         = errors.New("txmgr: max fee cap must be at least the min tip cap")
	ErrBadSendRetries     = errors.New("txmgr: send retries must be at least 1")
)

// Config is the transaction manager's section of a service configuration.
type Config struct {
	// Confirmations is the depth at which a receipt counts as final (1: the including block).
	Confirmations uint64 `mapstructure:"confirmations"`
	// PollInterval is how often in-flight transactions are checked.
	PollInterval time.Duration `mapstructure:"poll_interval"`
	// ResubmitTimeout is how long a transaction may wait unmined before it is re-sent with bumped fees.
	ResubmitTimeout time.Duration `mapstructure:"resubmit_timeout"`
	// FeeBumpPercent raises both the tip and the fee cap of a re-send (at least 10).
	FeeBumpPercent uint64 `mapstructure:"fee_bump_percent"`
	// MinTipCapWei is the least priority fee offered (geth's txpool rejects tips below --txpool.pricelimit).
	MinTipCapWei uint64 `mapstructure:"min_tip_cap_wei"`
	// MaxFeeCapWei bounds the fee cap; bumps stop there.
	MaxFeeCapWei uint64 `mapstructure:"max_fee_cap_wei"`
	// GasLimitMultiplier pads gas estimates.
	GasLimitMultiplier float64 `mapstructure:"gas_limit_multiplier"`
	// GasLimitHeadroom is added to the padded estimate.
	GasLimitHeadroom uint64 `mapstructure:"gas_limit_headroom"`
	// NetworkTimeout bounds each RPC call.
	NetworkTimeout time.Duration `mapstructure:"network_timeout"`
	// SendRetries is how many bumped attempts one broadcast tries when a node answers "underpriced".
	SendRetries int `mapstructure:"send_retries"`
}

// DefaultConfig returns settings for the 2 s Clique devnet.
func DefaultConfig() Config {
	return Config{
		Confirmations:      DefaultConfirmations,
		PollInterval:       DefaultPollInterval,
		ResubmitTimeout:    DefaultResubmitTimeout,
		FeeBumpPercent:     DefaultFeeBumpPercent,
		MinTipCapWei:       1,
		MaxFeeCapWei:       1000 * params.GWei,
		GasLimitMultiplier: DefaultGasLimitMultiplier,
		GasLimitHeadroom:   DefaultGasLimitHeadroom,
		NetworkTimeout:     DefaultNetworkTimeout,
		SendRetries:        DefaultSendRetries,
	}
}

// Check rejects settings that cannot work.
func (c Config) Check() error {
	switch {
	case c.Confirmations < 1:
		return ErrBadConfirmations
	case c.PollInterval <= 0:
		return ErrBadPollInterval
	case c.ResubmitTimeout < c.PollInterval:
		return ErrBadResubmitTimeout
	case c.FeeBumpPercent < MinFeeBumpPercent:
		return ErrBadFeeBump
	case c.GasLimitMultiplier < 1 || c.GasLimitMultiplier > 10:
		return ErrBadGasMultiplier
	case c.NetworkTimeout <= 0:
		return ErrBadNetworkTimeout
	case c.MaxFeeCapWei < c.MinTipCapWei || c.MaxFeeCapWei == 0:
		return fmt.Errorf("%w (min %d, max %d)", ErrBadFeeCaps, c.MinTipCapWei, c.MaxFeeCapWei)
	case c.SendRetries < 1:
		return ErrBadSendRetries
	}
	return nil
}

func (c Config) minTip() *big.Int    { return new(big.Int).SetUint64(c.MinTipCapWei) }
func (c Config) maxFeeCap() *big.Int { return new(big.Int).SetUint64(c.MaxFeeCapWei) }

// Final is the one rule of when a receipt (or any state of a block) is final: the block is
// confirmations deep at head, the including block counting as the first. The manager completes a
// transaction by it, and the keeper and the relayer, which follow receipts and chain state, use
// it too (with the same Confirmations setting, default DefaultConfirmations).
func Final(block, head, confirmations uint64) bool {
	return head >= block && head-block+1 >= confirmations
}

// LastFinal is the newest block that is Final at head, and false while no block is.
func LastFinal(head, confirmations uint64) (uint64, bool) {
	if head+1 < confirmations {
		return 0, false
	}
	return head + 1 - confirmations, true
}
