package txmgr

import (
	"context"
	"errors"
	"fmt"
	"math/big"
)

// ErrFeeCapReached: the fees cannot be bumped further without passing MaxFeeCapWei.
var ErrFeeCapReached = errors.New("txmgr: fee cap reached, cannot bump further")

// suggestFees reads the network's tip suggestion (never below MinTipCapWei) and the base fee of
// the latest block.
func (m *Manager) suggestFees(ctx context.Context) (tip, baseFee *big.Int, err error) {
	tip, err = m.chain.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("suggest tip: %w", err)
	}
	if min := m.cfg.minTip(); tip.Cmp(min) < 0 {
		tip = min
	}
	head, err := m.chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("latest header: %w", err)
	}
	baseFee = new(big.Int)
	if head.BaseFee != nil {
		baseFee.Set(head.BaseFee)
	}
	return tip, baseFee, nil
}

// initialFees offers the tip plus twice the base fee, so that the transaction stays includable
// while the base fee rises for several full blocks (op-service's rule).
func initialFees(tip, baseFee, maxFeeCap *big.Int) (*big.Int, *big.Int, error) {
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(baseFee, big.NewInt(2)))
	if feeCap.Cmp(maxFeeCap) > 0 {
		if new(big.Int).Add(tip, baseFee).Cmp(maxFeeCap) > 0 {
			return nil, nil, fmt.Errorf("%w (base fee %s, tip %s, max %s)", ErrFeeCapTooLow, baseFee, tip, maxFeeCap)
		}
		feeCap = new(big.Int).Set(maxFeeCap)
	}
	return new(big.Int).Set(tip), feeCap, nil
}

// bumpFees raises both the tip and the fee cap by at least percent (and at least 1 wei, since
// geth wants strictly higher fees), and at least to what the network asks now.
func bumpFees(oldTip, oldFeeCap, suggestedTip, baseFee, maxFeeCap *big.Int, percent uint64) (*big.Int, *big.Int, error) {
	tip := maxBig(bumped(oldTip, percent), suggestedTip)
	feeCap := maxBig(bumped(oldFeeCap, percent), new(big.Int).Add(tip, new(big.Int).Mul(baseFee, big.NewInt(2))))
	if feeCap.Cmp(maxFeeCap) > 0 {
		if bumped(oldFeeCap, percent).Cmp(maxFeeCap) > 0 {
			return nil, nil, fmt.Errorf("%w (fee cap %s, max %s)", ErrFeeCapReached, oldFeeCap, maxFeeCap)
		}
		feeCap = new(big.Int).Set(maxFeeCap)
	}
	if tip.Cmp(feeCap) > 0 {
		tip = new(big.Int).Set(feeCap)
	}
	return tip, feeCap, nil
}

// bumped is max(ceil(v * (100+percent) / 100), v+1).
func bumped(v *big.Int, percent uint64) *big.Int {
	num := new(big.Int).Mul(v, new(big.Int).SetUint64(100+percent))
	out, rem := new(big.Int).QuoRem(num, big.NewInt(100), new(big.Int))
	if rem.Sign() > 0 {
		out.Add(out, big.NewInt(1))
	}
	return maxBig(out, new(big.Int).Add(v, big.NewInt(1)))
}

func maxBig(a, b *big.Int) *big.Int {
	if a.Cmp(b) >= 0 {
		return new(big.Int).Set(a)
	}
	return new(big.Int).Set(b)
}
