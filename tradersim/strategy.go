// Package tradersim is the campus trader simulator that `make run` starts: prosumers offer the
// GRID their rooftops earned and consumers bid for what their buildings will use, each with a
// price strategy of its own, so that every epoch of the demo market really clears.
package tradersim

import (
	"math/big"
	"math/rand/v2"
)

// Strategy is how a trader sets its limit price.
type Strategy int

const (
	// Thrifty sellers ask little above the feed-in floor; thrifty buyers bid low.
	Thrifty Strategy = iota
	// Follower traders price around the last clearing price.
	Follower
	// Eager sellers ask high; eager buyers (labs that must run) bid near the retail ceiling.
	Eager
	strategyCount
)

func (s Strategy) String() string {
	switch s {
	case Thrifty:
		return "thrifty"
	case Follower:
		return "follower"
	case Eager:
		return "eager"
	default:
		return "unknown"
	}
}

// Grid is the market's price and amount grid, read from Trading's rules for the epoch.
type Grid struct {
	Floor, Ceiling, Tick *big.Int // settlement-token base units per kWh
	Quantum, MinAmount   *big.Int // GRID base units
}

// Order is what a trader decides to place.
type Order struct {
	Sell       bool
	Amount     *big.Int
	LimitPrice *big.Int
}

// snapPrice puts a price (in ticks above the floor, as a fraction of the range) on the grid.
func (g Grid) priceAt(fraction float64) *big.Int {
	if fraction < 0 {
		fraction = 0
	}
	if fraction > 1 {
		fraction = 1
	}
	levels := new(big.Int).Div(new(big.Int).Sub(g.Ceiling, g.Floor), g.Tick).Int64()
	level := int64(fraction*float64(levels) + 0.5)
	return new(big.Int).Add(g.Floor, new(big.Int).Mul(big.NewInt(level), g.Tick))
}

// fractionOf tells where price sits between floor (0) and ceiling (1).
func (g Grid) fractionOf(price *big.Int) float64 {
	if price == nil || price.Sign() == 0 {
		return 0.5
	}
	span := new(big.Float).SetInt(new(big.Int).Sub(g.Ceiling, g.Floor))
	off := new(big.Float).SetInt(new(big.Int).Sub(price, g.Floor))
	f, _ := new(big.Float).Quo(off, span).Float64()
	return f
}

// roundAmount rounds an amount down to the quantum.
func (g Grid) roundAmount(a *big.Int) *big.Int {
	return new(big.Int).Mul(new(big.Int).Div(a, g.Quantum), g.Quantum)
}

// SellOrder decides what a prosumer with `available` GRID offers. It returns nil when the prosumer
// has less than the minimum order to offer.
func SellOrder(rng *rand.Rand, s Strategy, g Grid, available, lastPrice *big.Int) *Order {
	// Offer 40-90% of what is available, so some GRID stays for the building's own evening use.
	share := 0.4 + 0.5*rng.Float64()
	amount := g.roundAmount(mulFloat(available, share))
	if amount.Cmp(g.MinAmount) < 0 {
		amount = g.roundAmount(available)
		if amount.Cmp(g.MinAmount) < 0 {
			return nil
		}
	}
	var f float64
	switch s {
	case Thrifty:
		f = 0.05 + 0.25*rng.Float64()
	case Follower:
		f = g.fractionOf(lastPrice) - 0.15 + 0.25*rng.Float64()
	default:
		f = 0.55 + 0.35*rng.Float64()
	}
	return &Order{Sell: true, Amount: amount, LimitPrice: g.priceAt(f)}
}

// BuyOrder decides what a consumer bids for `need` kWh of GRID (base units) with `funds` of
// settlement token. It returns nil when the consumer cannot pay for the minimum order.
func BuyOrder(rng *rand.Rand, s Strategy, g Grid, need, funds, lastPrice *big.Int) *Order {
	var f float64
	switch s {
	case Thrifty:
		f = 0.1 + 0.35*rng.Float64()
	case Follower:
		f = g.fractionOf(lastPrice) - 0.1 + 0.25*rng.Float64()
	default:
		f = 0.7 + 0.3*rng.Float64()
	}
	price := g.priceAt(f)
	amount := g.roundAmount(need)
	// Escrow is amount * price / 1e18 (plus any wheeling fee, kept in hand by paying with 90% of funds).
	affordable := new(big.Int).Div(new(big.Int).Mul(mulFloat(funds, 0.9), big.NewInt(1e18)), price)
	if amount.Cmp(affordable) > 0 {
		amount = g.roundAmount(affordable)
	}
	if amount.Cmp(g.MinAmount) < 0 {
		return nil
	}
	return &Order{Sell: false, Amount: amount, LimitPrice: price}
}

func mulFloat(v *big.Int, f float64) *big.Int {
	out, _ := new(big.Float).Mul(new(big.Float).SetInt(v), big.NewFloat(f)).Int(nil)
	return out
}
