package keeper

import (
	"context"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/campus-grid/gridchain/bindings/automation"
	"github.com/campus-grid/gridchain/bindings/oracleclient"
	"github.com/campus-grid/gridchain/bindings/trading"
	"github.com/campus-grid/gridchain/txmgr"
)

// tradingSchedule reads Trading's epochLength and firstEpochStart once (both are fixed at
// deployment).
type tradingSchedule struct {
	chain Chain
	addr  common.Address
	abi   *trading.Trading

	mu     sync.Mutex
	cached Schedule
}

var _ ScheduleSource = (*tradingSchedule)(nil)

func newTradingSchedule(chain Chain, addr common.Address) *tradingSchedule {
	return &tradingSchedule{chain: chain, addr: addr, abi: trading.NewTrading()}
}

func (t *tradingSchedule) Schedule(ctx context.Context) (Schedule, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.cached.Valid() {
		return t.cached, nil
	}
	out, err := t.chain.CallContract(ctx, ethereum.CallMsg{To: &t.addr, Data: t.abi.PackEpochLength()}, nil)
	if err != nil {
		return Schedule{}, fmt.Errorf("trading epochLength: %w", err)
	}
	length, err := t.abi.UnpackEpochLength(out)
	if err != nil {
		return Schedule{}, fmt.Errorf("trading epochLength: %w", err)
	}
	out, err = t.chain.CallContract(ctx, ethereum.CallMsg{To: &t.addr, Data: t.abi.PackFirstEpochStart()}, nil)
	if err != nil {
		return Schedule{}, fmt.Errorf("trading firstEpochStart: %w", err)
	}
	first, err := t.abi.UnpackFirstEpochStart(out)
	if err != nil {
		return Schedule{}, fmt.Errorf("trading firstEpochStart: %w", err)
	}
	if !length.IsUint64() || !first.IsUint64() || length.Sign() == 0 {
		return Schedule{}, fmt.Errorf("trading schedule out of range (length %s, first %s)", length, first)
	}
	t.cached = Schedule{Length: length.Uint64(), First: first.Uint64()}
	return t.cached, nil
}

// errorDecoder decodes the custom errors of the contracts the keeper drives.
func errorDecoder() *txmgr.ErrorDecoder {
	return txmgr.MustErrorDecoder(&automation.AutomationCompatibleInterfaceMetaData, &trading.TradingMetaData,
		&oracleclient.OracleClientMetaData)
}

// scheduleFor is the epoch clock of an upkeep: the configured one, or Trading's own.
func (s *Service) scheduleFor(uc UpkeepConfig) ScheduleSource {
	if s.cfg.EpochLength > 0 {
		return StaticSchedule{Length: s.cfg.EpochLength, First: s.cfg.FirstEpochStart}
	}
	return newTradingSchedule(s.client, common.HexToAddress(uc.Address))
}
