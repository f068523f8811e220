// Package audit checks the campus books from the chain alone: it replays every reading, order,
// cancellation and settlement in block order with reference rules written independently of the
// contracts, and compares the result with the balances the tokens report.
package audit

import (
	"math/big"
	"sort"
)

// BookOrder is one live (not cancelled) order of an epoch's book.
type BookOrder struct {
	ID         *big.Int
	Sell       bool
	Amount     *big.Int // GRID base units
	LimitPrice *big.Int // settlement-token base units per kWh
}

// Rules are the price grid of the epoch.
type Rules struct {
	Floor, Ceiling, Tick *big.Int
}

// Clearing is the reference result of a call auction.
type Clearing struct {
	Price  *big.Int // nil when nothing trades
	Volume *big.Int
}

// ReferenceClearing sets the uniform price the way exchanges set call-auction prices: over every
// tick price, (1) maximum executable volume, (2) minimum surplus, (3) market pressure (demand above
// supply at every remaining price: the highest; supply above demand at every one: the lowest),
// (4) nearest the last traded price (the lower on a tie), else the middle of the remaining range
// rounded down to a tick. It is a brute force over price levels, written for clarity, not speed.
func ReferenceClearing(book []BookOrder, r Rules, lastPrice *big.Int) Clearing {
	type level struct {
		price, supply, demand, exec, surplus *big.Int
	}
	var levels []level
	for p := new(big.Int).Set(r.Floor); p.Cmp(r.Ceiling) <= 0; p = new(big.Int).Add(p, r.Tick) {
		s, d := new(big.Int), new(big.Int)
		for _, o := range book {
			if o.Sell && o.LimitPrice.Cmp(p) <= 0 {
				s.Add(s, o.Amount)
			}
			if !o.Sell && o.LimitPrice.Cmp(p) >= 0 {
				d.Add(d, o.Amount)
			}
		}
		exec := minBig(s, d)
		levels = append(levels, level{price: p, supply: s, demand: d, exec: exec, surplus: new(big.Int).Abs(new(big.Int).Sub(s, d))})
	}
	best := new(big.Int)
	for _, l := range levels {
		if l.exec.Cmp(best) > 0 {
			best = l.exec
		}
	}
	if best.Sign() == 0 {
		return Clearing{Volume: new(big.Int)}
	}
	var kept []level
	for _, l := range levels {
		if l.exec.Cmp(best) == 0 {
			kept = append(kept, l)
		}
	}
	minSurplus := kept[0].surplus
	for _, l := range kept {
		if l.surplus.Cmp(minSurplus) < 0 {
			minSurplus = l.surplus
		}
	}
	var rest []level
	for _, l := range kept {
		if l.surplus.Cmp(minSurplus) == 0 {
			rest = append(rest, l)
		}
	}
	allDemand, allSupply := true, true
	for _, l := range rest {
		if l.demand.Cmp(l.supply) <= 0 {
			allDemand = false
		}
		if l.supply.Cmp(l.demand) <= 0 {
			allSupply = false
		}
	}
	prices := make([]*big.Int, len(rest))
	for i, l := range rest {
		prices[i] = l.price
	}
	sort.Slice(prices, func(i, j int) bool { return prices[i].Cmp(prices[j]) < 0 })
	var price *big.Int
	switch {
	case allDemand:
		price = prices[len(prices)-1]
	case allSupply:
		price = prices[0]
	case lastPrice != nil && lastPrice.Sign() > 0:
		var bestDist *big.Int
		for _, p := range prices { // ascending, so a tie keeps the lower
			dist := new(big.Int).Abs(new(big.Int).Sub(p, lastPrice))
			if bestDist == nil || dist.Cmp(bestDist) < 0 {
				price, bestDist = p, dist
			}
		}
	default:
		mid := new(big.Int).Rsh(new(big.Int).Add(prices[0], prices[len(prices)-1]), 1)
		off := new(big.Int).Sub(mid, r.Floor)
		off.Sub(off, new(big.Int).Mod(off, r.Tick))
		price = off.Add(off, r.Floor)
	}
	return Clearing{Price: price, Volume: best}
}

func minBig(a, b *big.Int) *big.Int {
	if a.Cmp(b) < 0 {
		return new(big.Int).Set(a)
	}
	return new(big.Int).Set(b)
}
