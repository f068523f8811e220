package gridctl

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/campus-grid/gridchain/bindings/trading"
	"github.com/campus-grid/gridchain/chain/manifest"
)

// The market commands (order sell|buy|cancel|list|claim) go here, next to `epoch show`.

var market = trading.NewTrading()

var epochStatuses = []string{"open", "closed", "cleared", "settling", "settled"}

func tradingInstance(addr common.Address) func(bind.ContractBackend) *bind.BoundContract {
	return func(b bind.ContractBackend) *bind.BoundContract { return market.Instance(b, addr) }
}

type marketStatus struct {
	CurrentEpoch     uint64 `json:"currentEpoch"`
	CurrentEpochEnds string `json:"currentEpochEnds"`
	// NextToClear is the oldest epoch with orders that is not cleared (absent: none).
	NextToClear     *uint64 `json:"nextToClear,omitempty"`
	LastTradedPrice string  `json:"lastTradedPrice"`
}

func (e *Env) marketStatus(ctx context.Context, addr common.Address) (*marketStatus, error) {
	inst := tradingInstance(addr)
	cur, err := call(ctx, e, inst, market.PackCurrentEpoch(), market.UnpackCurrentEpoch)
	if err != nil {
		return nil, fmt.Errorf("currentEpoch: %w", err)
	}
	next, err := call(ctx, e, inst, market.PackNextEpochToClear(), market.UnpackNextEpochToClear)
	if err != nil {
		return nil, fmt.Errorf("nextEpochToClear: %w", err)
	}
	price, err := call(ctx, e, inst, market.PackLastTradedPrice(), market.UnpackLastTradedPrice)
	if err != nil {
		return nil, fmt.Errorf("lastTradedPrice: %w", err)
	}
	st := &marketStatus{CurrentEpoch: cur.Epoch.Uint64(), LastTradedPrice: formatAmount(price),
		CurrentEpochEnds: time.Unix(cur.EndTime.Int64(), 0).UTC().Format(time.RFC3339)}
	if next.Pending {
		n := next.Epoch.Uint64()
		st.NextToClear = &n
	}
	return st, nil
}

type epochView struct {
	Epoch         uint64 `json:"epoch"`
	Status        string `json:"status"`
	Start         string `json:"start"`
	End           string `json:"end"`
	ClearingPrice string `json:"clearingPrice"`
	Volume        string `json:"volume"`
	Orders        uint64 `json:"orders"`
	Settled       uint64 `json:"settled"`
}

func runEpochShow(ctx context.Context, e *Env, inv *invocation) error {
	addr, err := e.contract(manifest.Trading)
	if err != nil {
		return err
	}
	var epoch *big.Int
	if len(inv.args) == 1 {
		n, err := parseUint(inv.args[0])
		if err != nil {
			return usageErr("epoch %q is not a number", inv.args[0])
		}
		epoch = new(big.Int).SetUint64(n)
	} else {
		cur, err := call(ctx, e, tradingInstance(addr), market.PackCurrentEpoch(), market.UnpackCurrentEpoch)
		if err != nil {
			return fmt.Errorf("currentEpoch: %w", err)
		}
		epoch = cur.Epoch
	}
	r, err := call(ctx, e, tradingInstance(addr), market.PackGetEpochResult(epoch), market.UnpackGetEpochResult)
	if err != nil {
		return fmt.Errorf("getEpochResult(%s): %w", epoch, err)
	}
	v := epochView{Epoch: epoch.Uint64(), Status: enumName(epochStatuses, r.Status),
		Start: time.Unix(r.StartTime.Int64(), 0).UTC().Format(time.RFC3339), End: time.Unix(r.EndTime.Int64(), 0).UTC().Format(time.RFC3339),
		ClearingPrice: formatAmount(r.ClearingPrice), Volume: formatAmount(r.Volume), Orders: r.OrderCount.Uint64(), Settled: r.SettledCount.Uint64()}
	return e.emit(v, func(w io.Writer) {
		fmt.Fprintf(w, "epoch %d: %s (%s to %s)\nclearing price %s THB/kWh, volume %s kWh, orders %d, settled %d\n",
			v.Epoch, v.Status, v.Start, v.End, v.ClearingPrice, v.Volume, v.Orders, v.Settled)
	})
}
